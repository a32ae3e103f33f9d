"""Jupyter notebooks read as the code they hold.

An ``.ipynb`` file is JSON: every line of a cell's source (and of a text output) is a JSON string on
its own line, ``"client = Client(api_key=\\"...\\")\\n",``.  Rules written for code do not see
``api_key="..."`` there (the quotes are escaped), so the pattern rules scan a *view* of the notebook in
which each such line is replaced, in place, by the text it encodes (the escapes undone, the trailing
``\\n`` dropped).  Every other line is kept as it is, and the view has exactly the lines of the file,
so findings keep the file's line numbers; :func:`back_to_file` then gives each finding the file's column and
spelling of its secret where the file holds it.
"""
from __future__ import annotations

from typing import Any, Optional

from credgate.lazyre import LazyPattern
from credgate.records import replace
from credgate.redact import fingerprint

# one JSON string alone on its line (nbformat writes one list item per line, indented), optional comma;
# compiled on first use, json imported then too: the engine imports this module on the hook path
# (or the value of a cell's "source" / an output's "text" written as one string, as some tools save them)
_STRING_LINE = LazyPattern(globals(), "_STRING_LINE",
                           rb'^([ \t]*(?:"(?:source|text|text/plain|text/markdown)"[ \t]*:[ \t]*)?)'
                           rb'("(?:[^"\\\r\n]|\\.)*")[ \t]*,?[ \t]*\r?$')


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


def back_to_file(found: "list[Any]", raw: bytes) -> "list[Any]":
    """Findings made on the view, told as the file spells them: where the raw line holds the secret's JSON
    spelling (a private key's ``\\\\n``), that spelling, its column and fingerprint are the finding's, so a
    finding the raw text already gave keeps its fingerprint (baselines) and column."""
    import json  # lazy: only for notebooks (hook path)

    lines = raw.split(b"\n")
    out = []
    for f in found:
        loc = f.location
        if not 0 < loc.line <= len(lines):
            out.append(f)
            continue
        text = lines[loc.line - 1].decode("utf-8", "replace")
        spelled = json.dumps(f.secret, ensure_ascii=False)[1:-1]
        at = text.find(spelled)
        if at < 0:
            out.append(f)
            continue
        out.append(replace(f, secret=spelled, fingerprint=fingerprint(f.rule_id, loc.path, spelled),
                           location=replace(loc, column=at + 1), line_text=text[:400]))
    return out
