#!/usr/bin/env python3
"""Two checkouts of credgate, run alternately: CPU (user+sys of the children) and wall medians.

    python bench/ab_checkouts.py --ref /tmp/cg-ref dir TREE [--runs 5] [--kingfisher BIN]
    python bench/ab_checkouts.py --ref /tmp/cg-ref hook [--runs 15]
    python bench/ab_checkouts.py --ref /tmp/cg-ref hook-framework [--runs 15]

``--ref`` is the reference checkout (e.g. ``git worktree add --detach /tmp/cg-ref HEAD~1``); the other is
this script's checkout.  Each round runs every command once, in turn, after one warm-up round, so both
see the same neighbours' load on a shared machine.  ``hook`` stages a one-line change to an 18 KB source
file in a new git repository (git CLI) and runs ``credgate hook pre-commit``; ``hook-framework`` runs it as
the pre-commit framework does, with the staged file's name after ``--`` (``credgate hook pre-commit --
engine.py``; the framework's own start-up, ~0.3 s of Python, is not timed).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kingfisher", help="also time this kingfisher binary (dir only)")
    ap.add_argument("what", choices=["dir", "hook", "hook-framework"])
    ap.add_argument("tree", nargs="?")
    a = ap.parse_args()
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "", "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.com"}
    roots = {"ref": a.ref.resolve(), "new": HERE}
    # -P: the scanned tree is the working directory; without it a tree holding Python packages (a copy of
    # site-packages, say) would shadow credgate's own imports (yaml, ...).  Python < 3.11 has no -P.
    py = [sys.executable, "-P"] if sys.version_info >= (3, 11) else [sys.executable]
    for r in roots.values():
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(r / "credgate")], check=True,
                       stdout=subprocess.DEVNULL)
    cmds: dict[str, tuple[list[str], dict[str, str]]] = {}
    if a.what == "dir":
        if not a.tree:
            ap.error("dir needs TREE")
        cwd = str(Path(a.tree).resolve())
        for k, r in roots.items():
            cmds[k] = ([*py, "-m", "credgate", "dir", cwd, "--format", "json", "-o", os.devnull,
                        "--fail-on", "critical"], {**env, "PYTHONPATH": str(r)})
        if a.kingfisher:
            cmds["kingfisher"] = ([a.kingfisher, "scan", cwd, "--no-validate", "--no-update-check", "-f", "json",
                                   "-o", os.devnull], env)
        okay = (0, 1, 200, 205)
    else:
        cwd = tempfile.mkdtemp(prefix="cg-ab-hook-")
        src = (a.ref / "credgate" / "linter" / "engine.py").read_bytes()
        subprocess.run(["git", "init", "-q", cwd], check=True, env=env)
        (Path(cwd) / "engine.py").write_bytes(src)
        subprocess.run(["git", "add", "."], cwd=cwd, check=True, env=env)
        subprocess.run(["git", "commit", "-qm", "base"], cwd=cwd, check=True, env=env)
        (Path(cwd) / "engine.py").write_bytes(src + b"\n# one more line\n")
        subprocess.run(["git", "add", "."], cwd=cwd, check=True, env=env)
        files = ["--", "engine.py"] if a.what == "hook-framework" else []
        for k, r in roots.items():
            cmds[k] = ([sys.executable, "-m", "credgate", "hook", "pre-commit", *files], {**env, "PYTHONPATH": str(r)})
        okay = (0,)
    res: dict[str, list[tuple[float, float]]] = {k: [] for k in cmds}
    try:
        for i in range(a.runs + 1):
            for k, (c, e) in cmds.items():
                c0, t0 = _cpu(), time.perf_counter()
                p = subprocess.run(c, cwd=cwd, env=e, capture_output=True)
                w, u = time.perf_counter() - t0, _cpu() - c0
                if p.returncode not in okay:
                    sys.exit(f"{k} exited {p.returncode}: {p.stderr.decode()[-400:]}")
                if i:
                    res[k].append((w, u))
    finally:
        if a.what != "dir":  # the hook's repository is ours
            shutil.rmtree(cwd, ignore_errors=True)
    for k, v in res.items():
        print(f"{a.what} {k:10s} CPU median {statistics.median(x[1] for x in v):.3f} s, wall median "
              f"{statistics.median(x[0] for x in v):.3f} s  (CPU {' '.join('%.2f' % x[1] for x in v)})")
    print("load average at the end: %.1f %.1f %.1f" % os.getloadavg())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
