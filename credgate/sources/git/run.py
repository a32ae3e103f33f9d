"""Running git: the one subprocess wrapper (:func:`git`, :class:`GitError`), the clean environment, path unquoting."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import Optional, Union

from credgate.models import Fragment, Skip


Item = Union[Fragment, Skip]


Z40 = "0" * 40


EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


EMPTY_BLOB = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"


Z40B = Z40.encode()


DEFAULT_MAX_SIZE = 10 * 1024 * 1024


BINARY_SNIFF = 8192


GITLINK = "160000"


# Variables git exports into hooks that would point our own git calls at the
# wrong repository; GIT_INDEX_FILE is kept for the staged case only (``git
# commit <paths>`` and ``git commit -a`` run hooks against a temporary index).
_REPO_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR")


class GitError(Exception):
    """A git command failed; the message is git's own, shortened."""


def _env(keep_index: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REPO_ENV}
    idx = os.environ.get("GIT_INDEX_FILE")
    if keep_index and idx:
        env["GIT_INDEX_FILE"] = os.path.abspath(idx)
    env.setdefault("LC_ALL", "C")
    env["GIT_TERMINAL_PROMPT"] = "0"
    return env


_BASE = ("git", "-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "log.showSignature=false",
         "-c", "core.fsmonitor=false")


def git(repo: Path, *args: str, input: Optional[bytes] = None, check: bool = True,
        keep_index: bool = False) -> bytes:
    """Run one git command in ``repo`` and return its stdout (bytes)."""
    try:
        proc = subprocess.run([*_BASE, *args], cwd=str(repo), input=input, capture_output=True,
                              env=_env(keep_index))
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    except NotADirectoryError:
        raise GitError(f"{repo} is not a directory") from None
    if proc.returncode < 0 or (check and proc.returncode != 0):  # a signal is never an expected failure
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        if proc.returncode < 0:
            raise GitError(f"git {args[0]} {_exit_text(proc.returncode)}")
        raise GitError(f"git {args[0]} failed: {msg[-1] if msg else 'exit ' + str(proc.returncode)}")
    return proc.stdout


# ----------------------------------------------------------------- quoting
_ESC = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def unquote(raw: bytes) -> bytes:
    """Undo git's C-style path quoting (``"a\\tb\\303\\261"``)."""
    if not raw.startswith(b'"') or not raw.endswith(b'"') or len(raw) < 2:
        return raw
    s = raw[1:-1]
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = chr(s[i + 1])
            if n in "01234567" and i + 3 < len(s) + 0 and all(chr(x) in "01234567" for x in s[i + 1 : i + 4]):
                out.append(int(s[i + 1 : i + 4], 8) & 0xFF)
                i += 4
                continue
            out.append(_ESC.get(n, ord(n)))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def _path(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


def _exit_text(rc: Optional[int]) -> str:
    if rc is None:
        return "still running"
    if rc < 0:
        import signal

        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = str(-rc)
        return f"killed by signal {-rc} ({name})"
    return f"exit status {rc}"
