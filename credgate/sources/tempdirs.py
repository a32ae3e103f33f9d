"""Private temporary folders that are always removed.

``private_tempdir()`` makes a 0700 folder with :func:`tempfile.mkdtemp` and
removes it when the ``with`` block ends, whatever way it ends: normally, on an
exception, on Ctrl-C (KeyboardInterrupt), or on SIGTERM/SIGHUP, which are
turned into ``SystemExit`` while a private folder exists so that ``finally``
blocks run.  An ``atexit`` hook removes anything still registered.
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
from typing import Any, Iterator

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


@contextlib.contextmanager
def private_tempdir(prefix: str = "credgate-") -> Iterator[Path]:
    """A folder only this user can read, removed on exit from the block."""
    _install_handlers()
    path = tempfile.mkdtemp(prefix=prefix)  # mode 0700
    with _lock:
        _live.add(path)
    try:
        yield Path(path)
    finally:
        with _lock:
            _live.discard(path)
        _remove(path)


def live_tempdirs() -> list[str]:
    """Folders currently held open (for tests and diagnostics)."""
    with _lock:
        return sorted(_live)
