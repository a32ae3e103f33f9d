#!/usr/bin/env python3
"""Make a large directory tree of JSON and source files with planted secrets.

    python bench/make_tree.py /tmp/cgb/tree --mb 150                # synthetic, deterministic
    python bench/make_tree.py /tmp/cgb/real --mb 150 --copy-from "$(python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"

Synthetic mode writes about --mb megabytes: half JSON (API dumps and configs,
10 KB - 2 MB each), half source (Python/JavaScript/Go), plus CloudFormation
templates, with one synthetic secret planted per ~200 files (listed in
``<tree>.planted.json``, no values).  ``--copy-from DIR`` instead copies real
.py/.json/.js/.ts/.yaml/.yml/.md/.txt/.go files from DIR (e.g. the Python
installation's site-packages) until --mb is reached: real-world content,
but different on every machine.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import CFN_BASE, PLANTS, code_line, json_record  # noqa: E402

REAL_EXT = {".py", ".json", ".js", ".ts", ".yaml", ".yml", ".md", ".txt", ".go", ".toml", ".cfg"}


def copy_real(src: Path, dst: Path, budget: int) -> tuple[int, int]:
    n = total = 0
    for root, dirs, names in os.walk(src):
        dirs.sort()
        for name in sorted(names):
            p = Path(root) / name
            if p.suffix not in REAL_EXT or p.is_symlink():
                continue
            try:
                size = p.stat().st_size
            except OSError:
                continue
            if size > 5 << 20:
                continue
            target = dst / p.relative_to(src)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(p, target)
            n += 1
            total += size
            if total >= budget:
                return n, total
    return n, total


def synth(dst: Path, budget: int, seed: int) -> tuple[int, int, list[dict]]:
    rng = random.Random(seed)
    pool = [code_line(rng) for _ in range(20000)]  # drawing from a pool keeps generation fast
    n = total = 0
    planted: list[dict] = []
    while total < budget:
        k = n % 20
        if k < 9:
            recs = [json_record(rng, i) for i in range(rng.randint(20, 200))]
            if k == 0:
                recs = recs * rng.randint(5, 40)  # a few large dumps (up to a couple of MB)
            text = json.dumps(recs, indent=1 if k % 2 else None) + "\n"
            p = dst / f"data/d{n % 40}/dump_{n}.json"
        elif k < 19:
            ext = (".py", ".js", ".go")[n % 3]
            text = "".join(rng.choice(pool) for _ in range(rng.randint(50, 1500)))
            p = dst / f"src/m{n % 60}/file_{n}{ext}"
        else:
            text = CFN_BASE + "".join(f"  Q{i}:\n    Type: AWS::SQS::Queue\n" for i in range(rng.randint(1, 50)))
            p = dst / f"infra/stack_{n}.yaml"
        if n % 200 == 7:
            kind, suffix, render = PLANTS[len(planted) % len(PLANTS)]
            p = dst / f"deploy/{kind}_{n}{suffix}"
            text = render(rng)
            planted.append({"kind": kind, "path": str(p.relative_to(dst))})
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        n += 1
        total += len(text)
    return n, total, planted


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--mb", type=float, default=150)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--copy-from", metavar="DIR")
    a = ap.parse_args()
    dst = Path(a.path)
    dst.mkdir(parents=True, exist_ok=False)
    budget = int(a.mb * (1 << 20))
    if a.copy_from:
        n, total = copy_real(Path(a.copy_from), dst, budget)
        print(f"{dst}: {n} real files copied from {a.copy_from}, {total / (1 << 20):.1f} MB")
        return
    n, total, planted = synth(dst, budget, a.seed)
    Path(str(dst) + ".planted.json").write_text(json.dumps(planted, indent=1))
    print(f"{dst}: {n} files, {total / (1 << 20):.1f} MB, {len(planted)} planted secrets")


if __name__ == "__main__":
    main()
