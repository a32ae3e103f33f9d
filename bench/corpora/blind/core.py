"""Template plumbing: ⟨name⟩ placeholders, ⟦kind|note⟧ positive markers, ⟪note⟫ decoy markers."""
from __future__ import annotations

import re

from ..markers import label, split_line

FILES: list = []  # (path, fn)


def f(path: str):
    def deco(fn):
        FILES.append((path, fn))
        return fn
    return deco


def T(text: str, **vals) -> str:
    def rep(m):
        k = m.group(1)
        if k not in vals:
            raise KeyError(f"placeholder {k} not given")
        return str(vals[k])
    out = re.sub(r"⟨(\w+)⟩", rep, text)
    if text.startswith("\n"):
        out = out[1:]
    return out


def mark_pem(pem: str, kind: str, note: str = "") -> str:
    first, rest = pem.split("\n", 1)
    return first + f"⟦{kind}{'|' + note if note else ''}⟧\n" + rest


def extract(text: str):
    """Strip markers; return (clean_text, labels, decoys). A second positive on a line goes into the note."""
    labels, decoys, out = [], [], []
    for i, line in enumerate(text.split("\n"), 1):
        line, ps, ns = split_line(line)
        if ps:
            _, kind, note = ps[0]
            extra = [k for _, k, _ in ps[1:]]
            if extra:
                note = (note + "; " if note else "") + "same line also: " + ", ".join(extra)
            labels.append(label(i, kind, note))
        decoys.extend({"line": i, "note": n} for n in ns)
        assert "⟨" not in line and "⟦" not in line and "⟪" not in line, line
        out.append(line)
    return "\n".join(out), labels, decoys
