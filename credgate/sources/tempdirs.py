"""Private temporary folders that are always removed.

``private_tempdir()`` makes a 0700 folder with :func:`tempfile.mkdtemp` and
removes it when the ``with`` block ends, whatever way it ends: normally, on an
exception, on Ctrl-C (KeyboardInterrupt), or on SIGTERM/SIGHUP, which are
turned into ``SystemExit`` while a private folder exists so that ``finally``
blocks run.  An ``atexit`` hook removes anything still registered.

A folder is registered *before* it is made (:func:`_make`), so a Ctrl-C that lands while
``mkdir`` returns still leaves it on the list the ``finally`` and the ``atexit`` hook remove.  The
parent folder is chosen here, from ``TMPDIR``/``TEMP``/``TMP`` and the system's usual places
(:func:`_bases`), not by :func:`tempfile.gettempdir`: on its first call that probes the folder by
creating a file with a bare random name (``k3x9_q2a``, no prefix) and removing it, and a Ctrl-C in
between left that file behind in TMPDIR.  Every entry credgate makes there is named ``credgate-...``.
"""
from __future__ import annotations

import atexit
import contextlib
import os
import shutil
import signal
import tempfile
import threading
from pathlib import Path
from typing import Any, Iterator, Optional

_live: set[str] = set()
_lock = threading.Lock()
_installed = False


def _remove(path: str) -> None:
    def onerror(func: Any, p: str, exc: Any) -> None:  # make read-only folders removable, then retry
        try:
            os.chmod(os.path.dirname(p) or p, 0o700)
            os.chmod(p, 0o700)
            func(p)
        except OSError:
            pass

    shutil.rmtree(path, onerror=onerror)


def _cleanup_all() -> None:
    with _lock:
        paths = list(_live)
        _live.clear()
    for p in paths:
        _remove(p)


def _on_signal(signum: int, frame: Any) -> None:
    # Unwind the stack so every ``finally`` (and context manager) runs.
    raise SystemExit(128 + signum)


def _install_handlers() -> None:
    global _installed
    if _installed:
        return
    _installed = True
    atexit.register(_cleanup_all)
    if threading.current_thread() is not threading.main_thread():
        return
    for name in ("SIGTERM", "SIGHUP"):
        sig = getattr(signal, name, None)
        if sig is None:
            continue
        try:
            if signal.getsignal(sig) in (signal.SIG_DFL, None):
                signal.signal(sig, _on_signal)
        except (ValueError, OSError):  # not the main thread / not allowed here
            pass


def _bases() -> list[str]:
    """Where a private folder may go, best first: ``tempfile.tempdir`` when a program set it, else what
    :func:`tempfile.gettempdir` would consider (``TMPDIR``, ``TEMP``, ``TMP``, then the system's
    folders), and its own answer last (on a platform whose folders are not listed here)."""
    if tempfile.tempdir is not None:
        return [tempfile.tempdir]
    out = [os.environ[v] for v in ("TMPDIR", "TEMP", "TMP") if os.environ.get(v)]
    if os.name != "nt":
        out += ["/tmp", "/var/tmp", "/usr/tmp"]
    return out


def _make(prefix: str, mine: list[str]) -> str:
    """Make a new 0700 folder ``<base>/<prefix><random>`` and return its path.  The path is on ``_live`` and
    in ``mine`` from before ``mkdir`` runs, so an interrupt can never leave it made and unknown (a name
    that turns out to be taken is dropped from both).  OSError when no base works."""
    error: Optional[OSError] = None
    for base in [*_bases(), None]:
        if base is None:
            if error is None or tempfile.tempdir is not None:
                break
            base = tempfile.gettempdir()  # nothing listed works here: Python's own choice (its probe included)
        for _ in range(100):
            path = os.path.abspath(os.path.join(base, prefix + os.urandom(6).hex()))
            with _lock:
                _live.add(path)
            mine.append(path)
            try:
                os.mkdir(path, 0o700)
            except OSError as exc:
                mine.remove(path)
                with _lock:
                    _live.discard(path)
                if isinstance(exc, FileExistsError):
                    continue
                error = exc  # missing, not writable: the next base
                break
            return path
    raise error or FileExistsError(f"no free name for a temporary folder in {_bases()}")


@contextlib.contextmanager
def private_tempdir(prefix: str = "credgate-") -> Iterator[Path]:
    """A folder only this user can read, removed on exit from the block."""
    _install_handlers()
    mine: list[str] = []
    try:
        yield Path(_make(prefix, mine))
    finally:
        for path in mine:
            with _lock:
                _live.discard(path)
            _remove(path)


def live_tempdirs() -> list[str]:
    """Folders currently held open (for tests and diagnostics)."""
    with _lock:
        return sorted(_live)
