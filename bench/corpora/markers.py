"""The label markers every corpus template uses, and the labels file every corpus writes.

In a template line, ``⟦kind⟧`` or ``⟦kind|note⟧`` marks the line as a labelled positive, ``⟦?kind|note⟧``
a positive that depends on a labelling policy (the hold-out corpus), and ``⟪note⟫`` a deliberate decoy
(a negative kept for error analysis, never a label). Markers are stripped from the written file.
How values are substituted into templates is each corpus's own business (see its README).
"""
from __future__ import annotations

import json
import os
import re
from typing import Any

_POS = r"⟦(\??)([^⟧|]+)(?:\|([^⟧]*))?⟧"
_NEG = r"⟪([^⟫]*)⟫"
POS, NEG = re.compile(_POS), re.compile(_NEG)
# the final corpus wrote markers after a space that is stripped with them
POS_SP, NEG_SP = re.compile(" ?" + _POS), re.compile(" ?" + _NEG)


def split_line(line: str, lead_space: bool = False) -> tuple[str, list[tuple[bool, str, str]], list[str]]:
    """(line without markers, [(policy-dependent?, kind, note)], [decoy note]) for one template line."""
    pos, neg = (POS_SP, NEG_SP) if lead_space else (POS, NEG)
    positives = [(bool(m.group(1)), m.group(2), m.group(3) or "") for m in pos.finditer(line)]
    decoys = [m.group(1) for m in neg.finditer(line)]
    return pos.sub("", neg.sub("", line)), positives, decoys


def label(line: int, kind: str, note: str = "") -> dict[str, Any]:
    lab: dict[str, Any] = {"line": line, "kind": kind}
    if note:
        lab["note"] = note
    return lab


def write_labels(out_dir: str, files: dict[str, list], *, version: bool = True, sort_keys: bool = True) -> None:
    """labels.json: {"version": 1, "files": {path: [{"line", "kind", "note"?}]}} (bench/eval_corpus.py reads it).
    The final corpus was written without the version and with keys in generation order."""
    doc: dict[str, Any] = {"version": 1, "files": files} if version else {"files": files}
    with open(os.path.join(out_dir, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, indent=1, sort_keys=sort_keys)
        fh.write("\n")
