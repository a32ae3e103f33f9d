"""Write the fresh4 corpus: ``python bench/corpora/gen.py fresh4 [--seed SEED] [--out DIR] [--negatives FILE]``.

Templates (files_*.py) are lists of (path, text). In a template line ``⟦kind|note⟧`` marks a labelled
positive, ``⟦?kind|note⟧`` a positive under the project's labelling policy (written with ``"policy": true``)
and ``⟪note⟫`` a decoy (bench/corpora/markers.py, stripped with the space before them); ``«fn:tag»`` is
replaced by a value from values.py. A multi-line value continues with the template line's indentation,
and a label on that line goes to its first line. See README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil

from corpora import markers
from corpora.rng import BANNED, SeededRng

from . import files_app, files_extra, files_iac, files_ops
from .values import Values, install_keys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
DEFAULT_SEED = "fresh4-v1"
DEFAULT_OUT = os.path.join(REPO, "tests", "fixtures", "corpus_fresh4")
DEFAULT_NEG = os.path.join(HERE, "negatives.json")
PH = re.compile(r"«([^»]+)»")


def templates():
    out = list(files_iac.FILES) + list(files_app.FILES) + list(files_ops.FILES) + list(files_extra.FILES)
    seen = set()
    for path, _ in out:
        if path in seen:
            raise ValueError(f"duplicate template path {path}")
        seen.add(path)
    return out


def render(path: str, text: str, vals: Values):
    cache: dict = {}
    lines, labels, decoys = [], [], []
    if text.startswith("\n"):
        text = text[1:]
    for tline in text.split("\n"):
        clean, pos, neg = markers.split_line(tline, lead_space=True)
        if pos or neg:
            clean = clean.rstrip(" ")
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
            if policy:
                lab["policy"] = True
            labels.append(lab)
        for note in neg:
            decoys.append({"path": path, "line": lineno, "note": note})
        lines.extend(parts)
    body = "\n".join(lines)
    if "«" in body or "⟦" in body or "⟪" in body:
        raise ValueError(f"{path}: unrendered marker")
    return body, labels, decoys


def build(seed, out_dir: str, neg_path: str) -> tuple[int, int, int]:
    rng = SeededRng(seed)
    vals = Values(rng)
    install_keys(vals, rng)
    files, all_decoys, n_labels, rendered = {}, [], 0, []
    for path, text in templates():
        body, labels, decoys = render(path, text, vals)
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


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="gen.py fresh4")
    ap.add_argument("--seed", default=DEFAULT_SEED, help="'random' for fresh values")
    ap.add_argument("--out", default=DEFAULT_OUT)
    ap.add_argument("--negatives", default=DEFAULT_NEG)
    a = ap.parse_args(argv)
    seed = None if a.seed == "random" else a.seed
    n_files, n_labels, n_decoys = build(seed, a.out, a.negatives)
    print(f"fresh4: {n_files} files, {n_labels} labelled lines, {n_decoys} decoys -> {a.out}")
    return 0
