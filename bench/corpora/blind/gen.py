#!/usr/bin/env python3
"""Generate tests/fixtures/corpus_blind/ and its labels.json.

    python bench/corpora/gen.py blind                 # reproducible (seed "blind-v1")
    python bench/corpora/gen.py blind --seed random   # fresh values from the OS
"""
from __future__ import annotations

import argparse
import json
import os
import shutil

from . import files_aws, files_apps, files_misc  # noqa: F401,I001  (registration order is generation order)
from ..gen import default_out
from ..markers import write_labels
from .core import FILES, extract
from .ctx import Ctx

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = default_out("blind")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="blind-v1")
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--negatives", default=os.path.join(HERE, "negatives.json"), help="where the decoy list goes")
    a = ap.parse_args(argv)
    c = Ctx(None if a.seed == "random" else a.seed)
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    labels, decoys = {}, {}
    for path, fn in FILES:
        assert path not in labels, f"duplicate {path}"
        text, labs, decs = extract(fn(c))
        if not text.endswith("\n"):
            text += "\n"
        full = os.path.join(a.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        labels[path] = labs
        if decs:
            decoys[path] = decs
    write_labels(a.out, labels)
    with open(a.negatives, "w", encoding="utf-8") as fh:
        json.dump({"seed": a.seed, "decoys": decoys}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    n = sum(len(v) for v in labels.values())
    print(f"wrote {len(labels)} files, {n} labelled lines, {sum(len(v) for v in decoys.values())} decoys -> {a.out}")
    return 0

