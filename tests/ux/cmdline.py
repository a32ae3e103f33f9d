"""Pull credgate command lines out of help texts and README blocks, and check argparse accepts them."""
from __future__ import annotations

import contextlib
import io
import re
import shlex
from typing import Optional

_CMD = re.compile(r"(?:^|[|;&]\s*|\$\(\s*|&&\s*)(credgate\s.*)$")


def credgate_invocations(line: str) -> list[str]:
    """The `credgate ...` command(s) on a shell or help line, without trailing commentary.

    Help texts align commentary after two or more spaces; shell lines use `#`.
    """
    out = []
    line = line.strip()
    if line.startswith("#"):
        return out
    for part in re.split(r"\s(?:\|\||&&|\||;)\s", line):
        part = part.strip()
        m = re.match(r"^(?:[A-Z_][A-Z0-9_]*=\S*\s+)*(credgate\s.*|credgate)$", part)
        if not m:
            continue
        cmd = m.group(1)
        cmd = re.split(r"\s#\s|\s#$", cmd)[0]
        cmd = re.split(r"\s{2,}", cmd)[0]
        out.append(cmd.strip())
    return out


def parse_error(cmd: str) -> Optional[str]:
    """None when credgate's own parser accepts the command line, else argparse's message."""
    from credgate.main import _command_in, build_parser

    argv = shlex.split(cmd)[1:]
    name = _command_in(argv)
    parser = build_parser(only=name if name else "")
    err = io.StringIO()
    try:
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            parser.parse_args(argv)
    except SystemExit as exc:
        if exc.code not in (0, None):
            return err.getvalue().strip() or f"exit {exc.code}"
    return None
