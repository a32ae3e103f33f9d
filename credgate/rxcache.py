"""Compiled regular expressions kept across runs.

``re.compile`` parses a pattern and generates its matcher code every time a process first uses it: the rule
regexes a hook confirms and the filters it asks about cost ~10 ms of a ~140 ms pre-commit hook (the big
key-name alternations ~1-1.5 ms each).  :func:`compile` keeps the generated code of each pattern in the cache
directory (``rx-<python>-<sre magic>/<hash>.json``: the code as a list of integers, the flags and the group
names) and builds the pattern from it with ``_sre.compile``, as ``re.compile`` does after its own parse
(~0.05 ms).  The code is CPython's own, keyed by the interpreter version and the regex engine's magic number;
``_sre.compile`` validates the code it is given (a damaged or altered file raises, and the pattern is compiled
as usual), and any other interpreter, a missing cache directory or ``CREDGATE_NO_RULE_CACHE=1`` falls back to
``re.compile``.  The files hold patterns only (rule and filter text), never scanned data.
"""
from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any, Optional

from credgate.linter.rulecache import cache_dir, key_hash, write_atomic

_state: dict[str, Any] = {}  # "dir": the cache folder (or None: off); "tools": (parse, code, sre_compile)


def _setup() -> "Optional[str]":
    if "dir" in _state:
        return _state["dir"]
    d = None
    try:
        if os.environ.get("CREDGATE_NO_RULE_CACHE") or sys.implementation.name != "cpython":
            raise LookupError
        import _sre

        if sys.version_info >= (3, 11):
            from re import _compiler as comp, _parser as parse_mod
        else:  # pragma: no cover - 3.9 and 3.10
            import sre_compile as comp
            import sre_parse as parse_mod
        base = cache_dir()
        if base is not None:
            tag = "%d%d-%s" % (sys.version_info[0], sys.version_info[1], _sre.MAGIC)
            d = str(base / f"rx-{tag}")
            os.makedirs(d, mode=0o700, exist_ok=True)
            _state["tools"] = (parse_mod.parse, comp._code, _sre.compile)
    except Exception:  # another interpreter, no cache directory, an API that moved: plain re.compile
        d = None
    _state["dir"] = d
    return d


def _key(pattern: "str | bytes", flags: int) -> str:
    h = key_hash()
    h.update(b"b" if isinstance(pattern, bytes) else b"s")
    h.update(int(flags).to_bytes(4, "little"))
    h.update(pattern if isinstance(pattern, bytes) else pattern.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def compile(pattern: "str | bytes", flags: int = 0) -> "re.Pattern":
    """``re.compile(pattern, flags)``, from the code cached by an earlier run when there is one."""
    d = _setup()
    if d is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    path = os.path.join(d, _key(pattern, flags) + ".json")
    parse, code_of, sre_compile = _state["tools"]
    try:
        with open(path, "rb") as fh:
            final, code, groups, groupindex, indexgroup = json.loads(fh.read())
        return sre_compile(pattern, final, code, groups, groupindex, tuple(indexgroup))
    except FileNotFoundError:
        pass
    except Exception:  # damaged, altered or written by another build: compile, and write it again
        pass
    try:
        p = parse(pattern, flags)
        code = code_of(p, flags)
        groupindex = dict(p.state.groupdict)
        indexgroup: list = [None] * p.state.groups
        for k, i in groupindex.items():
            indexgroup[i] = k
        final = int(flags | p.state.flags)
        rx = sre_compile(pattern, final, code, p.state.groups - 1, groupindex, tuple(indexgroup))
    except re.error:
        raise
    except Exception:
        return re.compile(pattern, flags)
    _write(path, json.dumps([final, list(code), p.state.groups - 1, groupindex, indexgroup]).encode())
    return rx


def _write(path: str, data: bytes) -> None:
    try:
        write_atomic(Path(path), data)
    except OSError:  # a read-only or full cache: the pattern is compiled again next time
        pass
