"""Terminal width without ``shutil`` (which imports ``bz2`` and ``lzma``: ~2.5 ms of a hook's start-up)."""
from __future__ import annotations

import os
import sys


def columns(fallback: int = 80) -> int:
    """``shutil.get_terminal_size((fallback, …)).columns``: $COLUMNS, else the terminal of stdout, else ``fallback``."""
    try:
        cols = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        cols = 0
    if cols <= 0:
        try:
            cols = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            cols = 0
    return cols or fallback
