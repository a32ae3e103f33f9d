#!/usr/bin/env python3
"""Check that an optimisation kept the whole JSON report identical (findings, skips, counts, warnings, errors).

    python bench/same_report.py --ref /tmp/cg-ref -- dir /tmp/tree
    python bench/same_report.py --ref /tmp/cg-ref -- git /tmp/repo --full --all-commits

Runs ``python -m credgate ARGS --format json -o FILE`` with the working tree's credgate and with the credgate
importable from ``--ref``, each with an empty config and its own cache directory, and compares the two reports
with the run's timestamp and elapsed time taken out.  Exit 0 when they are equal; otherwise prints the first
differing top-level keys (never a secret value).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def report(pythonpath: str, args: list[str], cache: "str | None" = None) -> "tuple[dict, int]":
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "empty.toml"
        cfg.write_text("")
        out = Path(tmp) / "report.json"
        env = dict(os.environ, PYTHONPATH=pythonpath, XDG_CACHE_HOME=cache or str(Path(tmp) / "cache"))
        rc = subprocess.run([sys.executable, "-m", "credgate", *args, "--config", str(cfg), "--format", "json",
                             "-o", str(out), "-q"], env=env, cwd=tmp).returncode
        data = json.loads(out.read_text())
    data.get("scan", {}).pop("time", None)
    data.get("summary", {}).pop("elapsed_seconds", None)
    return data, rc


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, type=Path)
    ap.add_argument("--warm", action="store_true",
                    help="run this tree twice with one cache directory and compare both runs (the second has the "
                         "hyperscan databases the first compiled; a blob cache is never used by --full audits)")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    ns = ap.parse_args()
    args = ns.args[1:] if ns.args[:1] == ["--"] else ns.args
    old, rc_old = report(str(ns.ref.resolve()), args)
    if ns.warm:
        with tempfile.TemporaryDirectory() as cache:
            first, rc_first = report(str(ROOT), args, cache)
            new, rc_new = report(str(ROOT), args, cache)
        if first != new or rc_first != rc_new:
            print("the cold and warm runs of this tree differ")
            return 1
    else:
        new, rc_new = report(str(ROOT), args)
    same = new == old and rc_new == rc_old
    print(f"findings {len(new.get('findings', []))} (this tree) vs {len(old.get('findings', []))} (ref); "
          f"exit {rc_new} vs {rc_old}: {'IDENTICAL' if same else 'DIFFERENT'}")
    if not same:
        print("differing keys:", [k for k in sorted(set(new) | set(old)) if new.get(k) != old.get(k)])
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
