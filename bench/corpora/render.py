"""The render-and-write loop the fresh2, fresh3, fresh4, fresh5 and fresh6 generators share.

Templates (each family's files_*.py) are lists of (path, text). In a template line ``⟦kind|note⟧`` marks a
labelled positive, ``⟦?kind|note⟧`` a positive under the project's labelling policy, and ``⟪note⟫`` a decoy
(markers.py, stripped with the space before them); ``«fn:tag»`` is replaced by the family's ``Values.get``.
A multi-line value (a PEM block) continues with the template line's indentation, and a label on that line
goes to its first line.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
from typing import Any, Callable, Iterable

from corpora import markers
from corpora.rng import BANNED, SeededRng

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PH = re.compile(r"«([^»]+)»")


def templates(*modules: Any) -> list:
    out = [t for m in modules for t in m.FILES]
    seen = set()
    for path, _ in out:
        if path in seen:
            raise ValueError(f"duplicate template path {path}")
        seen.add(path)
    return out


def render(path: str, text: str, vals: Any, *, mark_policy: bool = False):
    """(body, labels, decoys) of one template; ``mark_policy`` writes ``"policy": true`` on ``⟦?…⟧`` labels."""
    cache: dict = {}
    lines, labels, decoys = [], [], []
    if text.startswith("\n"):
        text = text[1:]
    for tline in text.split("\n"):
        clean, pos, neg = markers.split_line(tline, lead_space=True)
        if pos or neg:
            clean = clean.rstrip(" ")  # templates put two spaces before a marker
        clean = PH.sub(lambda m: vals.get(m.group(1), cache), clean)
        parts = clean.split("\n")
        if len(parts) > 1:
            indent = re.match(r"[ \t]*", tline).group(0)
            parts = parts[:1] + [indent + p if p else p for p in parts[1:]]
        lineno = len(lines) + 1
        if len(pos) > 1:
            raise ValueError(f"{path}:{lineno}: more than one label on a line")
        for policy, kind, note in pos:
            low = parts[0].lower()
            bad = [b for b in BANNED if b in low]
            if bad:
                raise ValueError(f"{path}:{lineno}: a positive line spells {bad}")
            lab = markers.label(lineno, kind, note)
            if policy and mark_policy:
                lab["policy"] = True
            labels.append(lab)
        for note in neg:
            decoys.append({"path": path, "line": lineno, "note": note})
        lines.extend(parts)
    body = "\n".join(lines)
    if "«" in body or "⟦" in body or "⟪" in body:
        raise ValueError(f"{path}: unrendered marker")
    return body, labels, decoys


def build(seed: Any, out_dir: str, neg_path: str, tmpl: Iterable, make_values: Callable[[SeededRng], Any], *,
          mark_policy: bool = False) -> "tuple[int, int, int]":
    vals = make_values(SeededRng(seed))
    files, all_decoys, n_labels, rendered = {}, [], 0, []
    for path, text in tmpl:
        body, labels, decoys = render(path, text, vals, mark_policy=mark_policy)
        rendered.append((path, body))
        files[path] = labels
        n_labels += len(labels)
        all_decoys.extend(decoys)
    if os.path.isdir(out_dir) and os.path.basename(os.path.normpath(out_dir)).startswith("corpus"):
        shutil.rmtree(out_dir)
    os.makedirs(out_dir, exist_ok=True)
    for path, body in rendered:
        full = os.path.join(out_dir, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(body)
    markers.write_labels(out_dir, files)
    with open(neg_path, "w", encoding="utf-8") as fh:
        json.dump({"seed": seed if seed else "random", "decoys": all_decoys}, fh, indent=1, ensure_ascii=False)
        fh.write("\n")
    return len(rendered), n_labels, len(all_decoys)


def main(name: str, here: str, tmpl: Callable[[], list], make_values: Callable[[SeededRng], Any], argv=None, *,
         mark_policy: bool = False) -> int:
    """``gen.py NAME [--seed SEED] [--out DIR] [--negatives FILE]``: seed ``NAME-v1`` into tests/fixtures/corpus_NAME."""
    ap = argparse.ArgumentParser(prog=f"gen.py {name}")
    ap.add_argument("--seed", default=f"{name}-v1", help="'random' for fresh values")
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "fixtures", f"corpus_{name}"))
    ap.add_argument("--negatives", default=os.path.join(here, "negatives.json"))
    a = ap.parse_args(argv)
    seed = None if a.seed == "random" else a.seed
    n_files, n_labels, n_decoys = build(seed, a.out, a.negatives, tmpl(), make_values, mark_policy=mark_policy)
    print(f"{name}: {n_files} files, {n_labels} labelled lines, {n_decoys} decoys -> {a.out}")
    return 0
