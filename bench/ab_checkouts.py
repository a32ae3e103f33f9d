#!/usr/bin/env python3
"""Two checkouts of credgate, run alternately: CPU (user+sys of the children) and wall medians.

    python bench/ab_checkouts.py --ref /tmp/cg-ref dir TREE [--runs 5] [--kingfisher BIN]
    python bench/ab_checkouts.py --ref /tmp/cg-ref hook [--runs 15]
    python bench/ab_checkouts.py --ref /tmp/cg-ref hook-framework [--runs 15]
    python bench/ab_checkouts.py --ref /tmp/cg-ref git REPO [--runs 5] [--gitleaks BIN] [--kingfisher BIN]

``--ref`` is the reference checkout (e.g. ``git worktree add --detach /tmp/cg-ref HEAD~1``); the other is
this script's checkout.  Each round runs every command once, in turn, after one warm-up round, so both
see the same neighbours' load on a shared machine.  ``git`` is the cold full-history audit (``credgate git REPO
--full``, no blob cache) beside ``gitleaks git REPO`` and ``kingfisher scan REPO --git-history full``; the peak
RSS printed is the largest single process of each run (``wait4``).
``hook`` stages a one-line change to an 18 KB source file in a new git repository (git CLI) and runs ``credgate hook pre-commit``; ``hook-framework`` runs it as
the pre-commit framework does, with the staged file's name after ``--`` (``credgate hook pre-commit --
engine.py``; the framework's own start-up, ~0.3 s of Python, is not timed).
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ref", required=True, type=Path)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--kingfisher", help="also time this kingfisher binary (dir only)")
    ap.add_argument("--gitleaks", help="also time this gitleaks binary (git only)")
    ap.add_argument("what", choices=["dir", "hook", "hook-framework", "git"])
    ap.add_argument("tree", nargs="?")
    a = ap.parse_args()
    # CREDGATE_HS_BUILD=now: the warm-up round compiles the rule databases a checkout lacks; by default a first run
    # leaves that to a detached build and runs on the python engine until it ends, and the timed rounds would
    # measure that engine beside the build (session 16's hook A/B did: 0.216 s CPU where the databases give ~0.14 s)
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "", "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.com", "CREDGATE_HS_BUILD": "now"}
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
    elif a.what == "git":
        if not a.tree:
            ap.error("git needs REPO")
        cwd = str(Path(a.tree).resolve())
        # reports go to a scratch folder, never to /dev/null: a tool that writes its report by renaming a
        # temporary file over the path replaces the device with a regular file
        out = tempfile.mkdtemp(prefix="cg-ab-git-")
        for k, r in roots.items():
            cmds[k] = ([sys.executable, "-m", "credgate", "git", cwd, "--full", "--format", "json", "-o", f"{out}/{k}.json",
                        "--fail-on", "critical", "-q"], {**env, "PYTHONPATH": str(r)})
        if a.gitleaks:
            cmds["gitleaks"] = ([a.gitleaks, "git", cwd, "--no-banner", "--exit-code", "0", "-f", "json", "-r",
                                 f"{out}/gitleaks.json"], env)
        if a.kingfisher:
            cmds["kingfisher"] = ([a.kingfisher, "scan", cwd, "--git-history", "full", "--no-validate",
                                   "--no-update-check", "-f", "json", "-o", f"{out}/kingfisher.json"], env)
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
    res: dict[str, list[tuple[float, float, int]]] = {k: [] for k in cmds}
    try:
        for i in range(a.runs + 1):
            for k, (c, e) in cmds.items():
                t0 = time.perf_counter()
                with tempfile.TemporaryFile() as err:
                    p = subprocess.Popen(c, cwd=cwd, env=e, stdout=subprocess.DEVNULL, stderr=err)
                    _pid, status, ru = os.wait4(p.pid, 0)
                    p.returncode = os.waitstatus_to_exitcode(status)
                    w, u = time.perf_counter() - t0, ru.ru_utime + ru.ru_stime  # the child and every process it waited for
                    if p.returncode not in okay:
                        err.seek(0)
                        sys.exit(f"{k} exited {p.returncode}: {err.read().decode()[-400:]}")
                if i:
                    res[k].append((w, u, ru.ru_maxrss))
    finally:
        if a.what not in ("dir", "git"):  # the hook's repository is ours
            shutil.rmtree(cwd, ignore_errors=True)
    for k, v in res.items():
        print(f"{a.what} {k:10s} CPU median {statistics.median(x[1] for x in v):.3f} s, wall median "
              f"{statistics.median(x[0] for x in v):.3f} s, peak RSS {max(x[2] for x in v) // 1024} MB "
              f"(CPU {' '.join('%.2f' % x[1] for x in v)})")
    print("load average at the end: %.1f %.1f %.1f" % os.getloadavg())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
