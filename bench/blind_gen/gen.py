#!/usr/bin/env python3
"""Generate tests/fixtures/corpus_blind/ and its labels.json.

    python bench/blind_gen/gen.py                 # reproducible (seed "blind-v1")
    python bench/blind_gen/gen.py --seed random   # fresh values from `secrets`
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from core import FILES, extract  # noqa: E402
from ctx import Ctx  # noqa: E402
import files_aws, files_apps, files_misc  # noqa: E402,F401

REPO = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(REPO, "tests", "fixtures", "corpus_blind")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", default="blind-v1")
    ap.add_argument("--out", default=OUT)
    a = ap.parse_args()
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
    with open(os.path.join(a.out, "labels.json"), "w", encoding="utf-8") as fh:
        json.dump({"version": 1, "files": labels}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    with open(os.path.join(HERE, "negatives.json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": a.seed, "decoys": decoys}, fh, indent=1, sort_keys=True)
        fh.write("\n")
    n = sum(len(v) for v in labels.values())
    print(f"wrote {len(labels)} files, {n} labelled lines, {sum(len(v) for v in decoys.values())} decoys -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
