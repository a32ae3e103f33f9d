"""Write the fresh corpus: ``python bench/corpora/gen.py fresh [--seed SEED] [--out DIR] [--negatives FILE]``.

Templates (files_iac.py, files_app.py) are lists of (path, text). In a template line ``⟦kind|note⟧`` marks a
labelled positive and ``⟪note⟫`` a decoy (bench/corpora/markers.py); ``«fn:tag»`` is replaced by a value
from values.py. A value spanning several lines (a PEM block) takes the template line's indentation on its
following lines, and a label on that template line goes to its first line.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))
REPO = os.path.dirname(BENCH)
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

from corpora.fresh import files_app, files_iac  # noqa: E402
from corpora.fresh.values import Ctx  # noqa: E402
from corpora.markers import label, split_line, write_labels  # noqa: E402
from corpora.rng import SeededRng  # noqa: E402

SEED = "fresh-v1"
PH = re.compile(r"«([^»]+)»")
BANNED = ("example", "test", "fake", "dummy", "sample")


def render(template: str, ctx: Ctx) -> tuple[str, list[dict], list[dict]]:
    out: list[str] = []
    labels: list[dict] = []
    decoys: list[dict] = []
    body = template[1:] if template.startswith("\n") else template
    for tline in body.split("\n"):
        line, positives, notes = split_line(tline, lead_space=True)
        lineno = len(out) + 1
        indent = re.match(r"[ \t]*", line).group(0)

        def sub(m: re.Match) -> str:
            v = ctx.get(m.group(1))
            return v.replace("\n", "\n" + indent)

        text = PH.sub(sub, line)
        for _, kind, note in positives:
            for word in BANNED:  # a positive never spells a placeholder word
                if word in text.lower() and "-----BEGIN" not in text:
                    raise ValueError(f"positive line spells {word!r}: {text[:60]}")
            labels.append(label(lineno, kind, note))
        for note in notes:
            decoys.append({"line": lineno, "note": note})
        out.extend(text.split("\n"))
    return "\n".join(out), labels, decoys


def build(seed: "str | None") -> dict[str, tuple[str, list, list]]:
    rng = SeededRng(seed)
    result = {}
    for path, template in files_iac.FILES + files_app.FILES:
        if path in result:
            raise ValueError(f"duplicate path {path}")
        result[path] = render(template, Ctx(rng))
    return result


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(prog="gen.py fresh")
    ap.add_argument("--seed", default=SEED, help='seed (default %(default)s); "random" for fresh values')
    ap.add_argument("--out", default=os.path.join(REPO, "tests", "fixtures", "corpus_fresh"))
    ap.add_argument("--negatives", default=os.path.join(HERE, "negatives.json"))
    a = ap.parse_args(argv)
    files = build(None if a.seed == "random" else a.seed)
    if os.path.isdir(a.out):
        shutil.rmtree(a.out)
    labels, negatives = {}, {}
    for path, (text, labs, decs) in files.items():
        full = os.path.join(a.out, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        labels[path] = labs
        if decs:
            negatives[path] = decs
    write_labels(a.out, labels)
    with open(a.negatives, "w", encoding="utf-8") as fh:
        json.dump(negatives, fh, indent=1, sort_keys=True)
        fh.write("\n")
    n = sum(len(v) for v in labels.values())
    print(f"fresh: {len(files)} files, {n} labelled lines, "
          f"{sum(len(v) for v in negatives.values())} decoys -> {a.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
