"""Ctrl-C that always ends the run: never dropped, never turned into a death by SIGINT.

Python's own SIGINT handler raises KeyboardInterrupt wherever the main thread happens to be.  Two
places make that go wrong, and both were seen in `credgate git URL` stopped right after the clone
(where the audit imports its modules lazily):

* **Dropped.**  The handler can run inside code whose exceptions CPython throws away: a callback it
  only reports ("Exception ignored in: <function _get_module_lock.<locals>.cb>" during an import, a
  weakref callback, a ``__del__``), or, without a word, the ``close()`` a file object's finaliser calls
  (tarfile's member readers, dropped as the next member is read).  The run then goes on as if no key
  had been pressed, into a scan that may take minutes.  So under :func:`guard` credgate's own handler
  also records the interrupt as *pending* until :func:`handled` is called; the scan loops and every
  budgeted user regex call :func:`check` first, which raises it again; and a KeyboardInterrupt that
  CPython reports as ignored is sent again at once (:func:`_redeliver`), which also cuts short a
  blocking wait.  Nothing is printed for it.
* **Reported as a signal death.**  When the KeyboardInterrupt leaves source text that is being
  ``exec``-uted (``dataclasses`` and ``namedtuple`` build their methods that way while a module is
  imported), CPython records it as "unhandled" although credgate catches it, and under
  ``python -m credgate`` the interpreter then ends the process with SIGINT after finalisation: exit
  -2 instead of 130.  :func:`forget_unhandled` clears that record.

:func:`deferred` holds signals back across a few statements that must not be cut in two, such as
forking a worker pool, and delivers them afterwards.
"""
from __future__ import annotations

import contextlib
import signal
import sys
import threading
import time
from typing import Any, Callable, Iterator, Optional

_active = 0  # guard() nesting depth (main() can be called in-process, e.g. by tests)
_pending = False  # a Ctrl-C was raised as KeyboardInterrupt and nothing has handled it yet
_previous_hook: Optional[Callable[[Any], Any]] = None
_previous_handler: Any = None


_in_hook = False  # the main thread is inside _unraisable


def _on_sigint(signum: int, frame: Any) -> None:
    global _pending
    _pending = True
    if _in_hook:  # raised in the hook itself it would be dropped for good; the hook's sender brings it back
        return
    raise KeyboardInterrupt


def check() -> None:
    """Raise KeyboardInterrupt again if a Ctrl-C was raised and then lost (see the module's docstring).

    Called where normal work starts a new piece (an item to scan, a budgeted regex): code that runs
    there is not unwinding an interrupt, so a pending one was swallowed on the way."""
    if _pending:
        raise KeyboardInterrupt


def handled() -> None:
    """The interrupt reached the code that ends the run: nothing is pending any more."""
    global _pending
    _pending = False


def _unraisable(unraisable: Any) -> None:
    """sys.unraisablehook while a guard is active: a swallowed KeyboardInterrupt is delivered again."""
    global _in_hook
    exc_type = getattr(unraisable, "exc_type", None)
    if _active and isinstance(exc_type, type) and issubclass(exc_type, KeyboardInterrupt):
        _in_hook = True
        _redeliver()
        _in_hook = False  # the last statement: no signal is handled between it and the return
        return
    hook = _previous_hook or sys.__unraisablehook__
    hook(unraisable)


def _redeliver() -> None:
    """SIGINT to the main thread from a new thread: a real signal, so a blocking wait there is cut short
    too (``_thread.interrupt_main`` only sets a flag).  The thread sends once the main thread has left the
    hook (``_in_hook``), only while Python's handler is in place (a SIGINT with the default action would
    kill the process outright), and only while the run is still guarded."""
    main = threading.main_thread()
    if not hasattr(signal, "pthread_kill"):  # Windows: check() alone brings it back
        return
    go = threading.Event()

    def send() -> None:
        go.wait()
        while _in_hook:
            time.sleep(0.001)
        if _active and callable(signal.getsignal(signal.SIGINT)) and main.is_alive() and main.ident is not None:
            with contextlib.suppress(OSError, ValueError):
                signal.pthread_kill(main.ident, signal.SIGINT)

    try:
        threading.Thread(target=send, name="credgate-sigint", daemon=True).start()
    except RuntimeError:  # interpreter shutting down: the run is over anyway
        return
    go.set()


@contextlib.contextmanager
def guard() -> Iterator[None]:
    """While the block runs, a KeyboardInterrupt CPython swallows in a callback is raised again."""
    global _active, _previous_hook, _previous_handler, _pending
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    if _active == 0:
        _pending = False
        _previous_hook = sys.unraisablehook
        sys.unraisablehook = _unraisable
        _previous_handler = None
        if signal.getsignal(signal.SIGINT) is signal.default_int_handler:  # a program's own handler is kept
            _previous_handler = signal.signal(signal.SIGINT, _on_sigint)
    _active += 1
    try:
        yield
    finally:
        _active -= 1
        if _active == 0:
            if sys.unraisablehook is _unraisable:
                sys.unraisablehook = _previous_hook or sys.__unraisablehook__
            _previous_hook = None
            if _previous_handler is not None and signal.getsignal(signal.SIGINT) is _on_sigint:
                signal.signal(signal.SIGINT, _previous_handler)
            _previous_handler = None
            _pending = False


def forget_unhandled() -> None:
    """Clear CPython's record of an "unhandled" KeyboardInterrupt once credgate has handled it.

    Each ``exec`` of source text starts by clearing that record (CPython 3.8 to 3.13 at least), so a
    trivial one is enough; without it ``python -m credgate`` can exit by SIGINT instead of with 130."""
    exec("pass", {})  # noqa: S102 - constant source text, no input


@contextlib.contextmanager
def deferred(names: "tuple[str, ...]" = ("SIGINT", "SIGTERM", "SIGHUP")) -> Iterator[None]:
    """The signals ``names`` (those with a Python handler: default actions are left alone) held back until
    the block ends, then handled by the handler that was in place.  Main thread only; elsewhere a no-op.
    A process forked inside the block inherits the holding handler: it must set its own."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []

    def hold(signum: int, frame: Any) -> None:
        caught.append(signum)

    saved: list[tuple[int, Any]] = []
    try:
        for name in names:
            sig = getattr(signal, name, None)
            if sig is None:
                continue
            current = signal.getsignal(sig)
            if callable(current):  # only Python-level handlers: the default actions are left alone
                saved.append((sig, signal.signal(sig, hold)))  # a signal already pending is handled first
        yield
    finally:
        for sig, handler in reversed(saved):
            signal.signal(sig, handler)  # a signal that arrives meanwhile is held too, then replayed
        for signum in dict.fromkeys(caught):
            handler = dict(saved).get(signum)
            if callable(handler):
                handler(signum, None)
