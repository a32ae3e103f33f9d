#!/usr/bin/env python3
"""A/B of ref exposure: one reachability pass vs one ``git for-each-ref --contains`` per finding commit.

    python bench/make_repo.py /tmp/cgb/refs --commits 11001 --secrets 300 --refs 3153   # boto3-shaped
    python bench/exposure_ab.py /tmp/cgb/refs            # runs credgate git --full, then times both methods

Reads the finding commits from a ``credgate git --full --format json`` run (or --findings FILE), times
:func:`credgate.sources.git.exposure.refs_containing_many` (the new method, once for all commits) and
:func:`credgate.sources.git.exposure.refs_containing` (the old method, once per commit), and checks that both
give the same ref names for every commit.  Exit 1 if they differ.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo")
    ap.add_argument("--findings", help="a credgate git --format json report (default: run one)")
    a = ap.parse_args()
    from credgate.sources.git.exposure import refs_containing, refs_containing_many

    repo = Path(a.repo)
    if a.findings:
        doc = json.loads(Path(a.findings).read_text())
    else:
        with tempfile.TemporaryDirectory() as td:
            out = Path(td) / "h.json"
            t = time.perf_counter()
            subprocess.run([sys.executable, "-m", "credgate", "git", str(repo), "--full", "--format", "json",
                            "-o", str(out), "-q"], check=False)
            print(f"credgate git --full: {time.perf_counter() - t:.2f} s wall")
            doc = json.loads(out.read_text())
    commits = sorted({f["commit"] for f in doc["findings"] if f.get("commit")}
                     | {loc["commit"] for f in doc["findings"] for loc in f.get("locations", []) if loc.get("commit")})
    refs = subprocess.run(["git", "-C", str(repo), "for-each-ref"], capture_output=True, text=True).stdout
    print(f"{repo}: {len(refs.splitlines())} refs, {len(commits)} finding commits")
    t = time.perf_counter()
    many = refs_containing_many(repo, commits)
    t_new = time.perf_counter() - t
    t = time.perf_counter()
    old = {c: refs_containing(repo, c) for c in commits}
    t_old = time.perf_counter() - t
    same = many == old
    print(f"one pass (refs_containing_many): {t_new:.2f} s")
    print(f"per commit (for-each-ref --contains x {len(commits)}): {t_old:.2f} s "
          f"({t_old / max(1, len(commits)):.3f} s each)")
    print("same ref names for every commit:", "yes" if same else "NO")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
