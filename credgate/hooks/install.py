"""Installing and removing credgate's native git hooks (core.hooksPath honoured, existing hooks chained and restored)."""
from __future__ import annotations

import os
import shlex
import stat
import sys
from pathlib import Path
from typing import Optional

from credgate.errors import CredgateError, UsageError
from credgate.sources.git.run import GitError, git

MARKER = "# credgate-managed hook"


CHAINED_SUFFIX = ".credgate-chained"


_TEMPLATE = """#!/bin/sh
{marker} ({hook}); written by `credgate install`, removed by `credgate install --uninstall`.
# Bypass deliberately (not recommended): git {verb} --no-verify
PY={python}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$PY" ]; then
  echo "credgate: $PY not found; the {hook} hook fails closed." >&2
  echo "  Reinstall with: credgate install --hook-type {hook}   (or bypass: git {verb} --no-verify)" >&2
  exit 1
fi
{body}"""


_PRE_COMMIT_BODY = """if [ -x "$HERE/{hook}{suffix}" ]; then
  "$HERE/{hook}{suffix}" "$@" || exit $?
fi
exec "$PY" -m credgate hook {hook} "$@"
"""


# pre-push gets its ref list on stdin: keep a copy so a chained hook and credgate both see it.
_PRE_PUSH_BODY = """INPUT=$(cat)
if [ -x "$HERE/{hook}{suffix}" ]; then
  printf '%s\\n' "$INPUT" | "$HERE/{hook}{suffix}" "$@" || exit $?
fi
printf '%s\\n' "$INPUT" | exec "$PY" -m credgate hook {hook} "$@"
"""


# A server's pre-receive hook (a bare repository): the ref lines on stdin are kept for a chained hook too.
# --no-verify does not skip it; the policy is the server's (--config baked in, or CREDGATE_CONFIG).
_SERVER_TEMPLATE = """#!/bin/sh
{marker} ({hook}); written by `credgate install --hook-type pre-receive`, removed by
# `credgate install --hook-type pre-receive --uninstall`.  Refuses a push whose new commits hold a secret.
PY={python}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$PY" ]; then
  echo "credgate: $PY not found on the server; the {hook} hook fails closed and refuses this push." >&2
  exit 1
fi
INPUT=$(cat)
if [ -x "$HERE/{hook}{suffix}" ]; then
  printf '%s\\n' "$INPUT" | "$HERE/{hook}{suffix}" "$@" || exit $?
fi
printf '%s\\n' "$INPUT" | exec "$PY" -m credgate hook {hook}{options} "$@"
"""


def hooks_dir(repo: Path) -> Path:
    try:
        out = git(repo, "rev-parse", "--git-path", "hooks").decode().strip()
    except GitError as exc:
        raise UsageError(f"{repo}: not a git repository ({exc})") from None
    p = Path(out)
    return p if p.is_absolute() else (repo / p)


def script(hook: str, config: Optional[str] = None) -> str:
    """The hook script; ``config`` (pre-receive only) is the server's policy file, passed as ``--config``."""
    if hook == "pre-receive":
        options = f" --config {shlex.quote(config)}" if config else ""
        return _SERVER_TEMPLATE.format(marker=MARKER, hook=hook, python=shlex.quote(sys.executable),
                                       suffix=CHAINED_SUFFIX, options=options)
    body = _PRE_PUSH_BODY if hook == "pre-push" else _PRE_COMMIT_BODY
    return _TEMPLATE.format(
        marker=MARKER, hook=hook, python=shlex.quote(sys.executable),
        verb="push" if hook == "pre-push" else "commit",
        body=body.format(hook=hook, suffix=CHAINED_SUFFIX),
    )


def is_ours(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return MARKER.encode() in fh.read(4096)
    except OSError:
        return False


def install(hdir: Path, hook: str, config: Optional[str] = None) -> str:
    hdir.mkdir(parents=True, exist_ok=True)
    target = hdir / hook
    chained = hdir / (hook + CHAINED_SUFFIX)
    note = ""
    if (target.exists() or target.is_symlink()) and not is_ours(target):
        if chained.exists() or chained.is_symlink():
            raise CredgateError(
                f"{target} exists and {chained} is already taken; move one of them away and run credgate install again"
            )
        os.replace(target, chained)
        note = f" (existing hook kept as {chained.name} and run first)"
    tmp = hdir / f".{hook}.credgate-tmp-{os.getpid()}"
    tmp.write_text(script(hook, config))
    tmp.chmod(tmp.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH | stat.S_IRUSR)
    os.replace(tmp, target)
    return f"installed {target}{note}"


def uninstall(hdir: Path, hook: str) -> str:
    target = hdir / hook
    chained = hdir / (hook + CHAINED_SUFFIX)
    if target.exists() and not is_ours(target):
        return f"{target} is not a credgate hook; left alone"
    if not target.exists() and not chained.exists():
        return f"no credgate {hook} hook in {hdir}"
    if target.exists():
        target.unlink()
    if chained.exists() or chained.is_symlink():
        os.replace(chained, target)
        return f"removed credgate {hook} hook; restored the previous hook {target}"
    return f"removed {target}"
