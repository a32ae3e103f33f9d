#!/usr/bin/env python3
"""Check that an optimisation kept the findings identical.

    python bench/same_findings.py --ref /tmp/cg-ref -- dir tests/fixtures/corpus
    python bench/same_findings.py --ref /tmp/cg-ref -- git /tmp/cgb/repo5k

Runs ``python -m credgate ARGS --format json`` twice: with the working tree's
credgate and with the credgate importable from ``--ref`` (e.g. a checkout of
the commit before the change: ``git worktree add /tmp/cg-ref HEAD~1``), each
with an empty config and its own cache directory, and compares the sets of
(rule, path, line, column, fingerprint, commit).  Exit 0 when they are equal.
No secret value is printed.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(pythonpath: str, args: list[str]) -> "tuple[set[tuple], float]":
    with tempfile.TemporaryDirectory() as tmp:
        cfg = Path(tmp) / "empty.toml"
        cfg.write_text("# empty\n")
        out = Path(tmp) / "out.json"
        env = dict(os.environ, PYTHONPATH=pythonpath, CREDGATE_CACHE_DIR=str(Path(tmp) / "cache"))
        t = time.monotonic()
        # -P: do not put the current directory first on sys.path (it would shadow PYTHONPATH
        # with the working tree's credgate); before 3.11, run from the temp dir instead
        safe = ["-P"] if sys.version_info >= (3, 11) else []
        args = args if safe else [os.path.abspath(x) if os.path.exists(x) else x for x in args]
        subprocess.run([sys.executable, *safe, "-m", "credgate", *args, "--format", "json", "-o", str(out),
                        "--config", str(cfg), "--fail-on", "critical", "-q"], env=env, check=False,
                       cwd=None if safe else tmp)
        dt = time.monotonic() - t
        data = json.loads(out.read_text())
    rows = set()
    for f in data["findings"]:
        rows.add((f["rule_id"], f["path"], f["line"], f["column"], f["fingerprint"], f.get("commit")))
    return rows, dt


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, help="directory whose credgate package is the reference")
    ap.add_argument("args", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    args = a.args[1:] if a.args[:1] == ["--"] else a.args
    new, t_new = run(str(ROOT), args)
    old, t_old = run(a.ref, args)
    print(f"reference: {len(old)} findings in {t_old:.1f}s; working tree: {len(new)} findings in {t_new:.1f}s")
    for r in sorted(old - new, key=str):
        print("  only in reference:", r[0], f"{r[1]}:{r[2]}:{r[3]}", r[5] or "")
    for r in sorted(new - old, key=str):
        print("  only in working tree:", r[0], f"{r[1]}:{r[2]}:{r[3]}", r[5] or "")
    print("IDENTICAL" if old == new else "DIFFERENT")
    return 0 if old == new else 1


if __name__ == "__main__":
    sys.exit(main())
