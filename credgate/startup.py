"""Start-up without the cyclic garbage collector: :func:`pause` at the command line's entry, :func:`resume`
once start-up is over (imports, options, config, the engine built).

What start-up makes (modules, classes, rules, the parser) lives until the process ends, yet each 700
allocations the collector walks it again: ~26 collections in a pre-commit hook.  Paused, none run;
:func:`resume` turns it back on, so a long scan collects as before (no :func:`gc.freeze`: a command run
in-process, as the tests do, would keep start-up's garbage cycles for good)."""
from __future__ import annotations

import gc

_paused = False


def pause() -> None:
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume() -> None:
    global _paused
    if _paused:
        _paused = False
        gc.enable()
