"""Jupyter notebooks read as the code they hold.

An ``.ipynb`` file is JSON: every line of a cell's source (and of a text output) is a JSON string on
its own line, ``"client = Client(api_key=\\"...\\")\\n",``.  Rules written for code do not see
``api_key="..."`` there (the quotes are escaped), so the pattern rules scan a *view* of the notebook in
which each such line is replaced, in place, by the text it encodes (the escapes undone, the trailing
``\\n`` dropped).  Every other line is kept as it is, and the view has exactly the lines of the file,
so findings keep the file's line numbers (columns are those of the view).
"""
from __future__ import annotations

from typing import Optional

from credgate.lazyre import LazyPattern

# one JSON string alone on its line (nbformat writes one list item per line, indented), optional comma;
# compiled on first use, json imported then too: the engine imports this module on the hook path
_STRING_LINE = LazyPattern(globals(), "_STRING_LINE", rb'^([ \t]*)("(?:[^"\\\r\n]|\\.)*")[ \t]*,?[ \t]*\r?$')


def is_notebook(path: str) -> bool:
    return path.lower().endswith(".ipynb")


def notebook_view(data: bytes) -> Optional[bytes]:
    """The notebook with its JSON-string lines decoded in place, or None when nothing changes
    (not a pretty-printed notebook, or no escaped text in it)."""
    if b'\\"' not in data and b"\\'" not in data and b"\\\\" not in data and b"\\t" not in data \
            and b"\\u" not in data:
        return None  # only the trailing \n escapes: the rules read the lines as they are
    import json  # lazy: only for notebooks with escaped text (hook path)

    lines = data.split(b"\n")
    changed = False
    for i, ln in enumerate(lines):
        if b"\\" not in ln:
            continue
        m = _STRING_LINE.match(ln)
        if m is None:
            continue
        try:
            text = json.loads(m.group(2))
        except ValueError:
            continue
        if not isinstance(text, str):
            continue
        # one line stays one line: a decoded newline (the usual trailing one, or one inside) becomes a space
        text = text.rstrip("\r\n").replace("\r", " ").replace("\n", " ")
        lines[i] = m.group(1) + text.encode("utf-8", "replace")
        changed = True
    return b"\n".join(lines) if changed else None
