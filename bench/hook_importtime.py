#!/usr/bin/env python3
"""Hook start-up: what the pre-commit hook imports, and how long the whole hook takes.

    python bench/hook_importtime.py                       # this checkout, 15 timed runs
    python bench/hook_importtime.py --runs 30 --top 25
    python bench/hook_importtime.py --pythonpath /tmp/cg-ref   # another checkout (A/B)
    python bench/hook_importtime.py --json bench/results/hook_importtime.json

Makes a git repository (git CLI) holding one 47 KB Python source file (tests/fixtures/hook_imports/
long_module.py, credgate's engine as it was at c81d5ecd), stages a one-line change to it,
byte-compiles credgate (as pip does on install; this machine sets PYTHONDONTWRITEBYTECODE=1, so without
it every run would compile every module from source), then:

1. runs ``python -X importtime -m credgate hook pre-commit`` ``--import-runs`` times and prints, per
   module, the smallest self and cumulative import time seen (the minimum is the least disturbed by the
   neighbours on a shared machine), the top ``--top`` entries by cumulative time and the total;
2. times the hook end to end ``--runs`` times, after one warm-up, in three forms: the console script
   the pre-commit framework calls (``credgate hook pre-commit --`` with the staged file name, if the
   script sits next to this Python), ``python -m credgate hook pre-commit``, and ``python -c pass``
   for scale.  Wall time and CPU time (user + system of the child, from ``getrusage``) are reported as
   min and median: on a loaded machine the CPU figures are the ones to compare.
"""
from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# modules worth seeing when the hook imports them: the heavy ones it must never import (tests/hooks/
# test_hook_imports.py fails on those), and RE2/PyYAML/shutil/hashlib/datetime, which it needs only for some
# inputs (hashlib: a finding's fingerprint; datetime: a dated allowlist entry, a JSON report)
HEAVY = ("boto3", "botocore", "cfnlint", "rich", "git", "pygit2", "dulwich", "multiprocessing", "credgate.verify",
         "credgate.audit", "credgate.report.html", "credgate.report.sarif", "yaml", "re2", "shutil", "hashlib",
         "_hashlib", "datetime")


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def make_repo(where: Path, env: dict[str, str]) -> Path:
    repo = where / "repo"
    repo.mkdir()
    # a 47 KB module full of rule keywords: credgate's engine as it was at c81d5ecd, frozen (the live one grows,
    # and the figures of two sessions should time the same file)
    frozen = ROOT / "tests" / "fixtures" / "hook_imports" / "long_module.py"
    src = (frozen if frozen.exists() else ROOT / "credgate" / "linter" / "engine.py").read_bytes()
    subprocess.run(["git", "init", "-q", str(repo)], check=True, env=env)
    (repo / "engine.py").write_bytes(src)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "base"], cwd=repo, check=True, env=env)
    (repo / "engine.py").write_bytes(src + b"\n# one more line\n")
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    return repo


def importtime(cmd: list[str], cwd: Path, env: dict[str, str], runs: int) -> dict[str, tuple[int, int, int]]:
    """module -> (min self µs, min cumulative µs, depth) over ``runs`` runs."""
    best: dict[str, tuple[int, int, int]] = {}
    line = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \|( *)(\S+)")
    for _ in range(runs):
        p = subprocess.run([sys.executable, "-X", "importtime", *cmd[1:]], cwd=cwd, env=env, capture_output=True,
                           text=True)
        for m in line.finditer(p.stderr):
            s, c, depth, name = int(m.group(1)), int(m.group(2)), len(m.group(3)) // 2, m.group(4)
            old = best.get(name)
            best[name] = (s, c, depth) if old is None else (min(old[0], s), min(old[1], c), depth)
    return best


def timed(cmd: list[str], cwd: Path, env: dict[str, str], runs: int) -> dict[str, float]:
    walls, cpus = [], []
    for i in range(runs + 1):
        c0, t0 = _cpu(), time.perf_counter()
        p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
        w, c = time.perf_counter() - t0, _cpu() - c0
        if p.returncode != 0:
            sys.exit(f"{' '.join(cmd)} exited {p.returncode}: {p.stderr.decode()[-400:]}")
        if i:  # the first run warms the page cache and the rule/DB caches
            walls.append(w)
            cpus.append(c)
    return {"wall_min": min(walls), "wall_median": statistics.median(walls), "cpu_min": min(cpus),
            "cpu_median": statistics.median(cpus), "runs": runs}


def editable_finders() -> "list[str]":
    """Editable installs of this interpreter (``pip install -e``): their import hook runs at every start-up."""
    import site
    import sysconfig

    dirs = {sysconfig.get_paths()["purelib"], *getattr(site, "getsitepackages", lambda: [])()}
    return sorted(p.name for d in dirs for p in Path(d).glob("__editable__*") if p.suffix == ".pth")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--runs", type=int, default=15, help="timed end-to-end runs (default 15)")
    ap.add_argument("--import-runs", type=int, default=7, help="-X importtime runs (default 7; minimum kept)")
    ap.add_argument("--top", type=int, default=20)
    ap.add_argument("--pythonpath", type=Path, help="run the credgate of this checkout instead of this one")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    a = ap.parse_args()
    root = (a.pythonpath or ROOT).resolve()
    env = {**os.environ, "PYTHONPATH": str(root), "PYTHONDONTWRITEBYTECODE": "",
           "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.com"}
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(root / "credgate")], check=True,
                   stdout=subprocess.DEVNULL)
    tmp = Path(tempfile.mkdtemp(prefix="cg-hook-imp-"))
    try:
        repo = make_repo(tmp, env)
        env["CREDGATE_CACHE_DIR"] = str(tmp / "cache")  # its own rule/DB cache, filled by the warm-up run
        safe = ["-P"] if sys.version_info >= (3, 11) else []  # PYTHONPATH's credgate, not the cwd's
        hook = [sys.executable, *safe, "-m", "credgate", "hook", "pre-commit"]
        # fill the caches: the rule databases compiled here (CREDGATE_HS_BUILD=now), not by a detached build
        # that would still be compiling, beside the python engine, while the timed runs run
        subprocess.run(hook, cwd=repo, env={**env, "CREDGATE_HS_BUILD": "now"}, capture_output=True)
        best = importtime(hook, repo, env, a.import_runs)
        total = sum(s for s, _, _ in best.values())
        ours = sum(s for n, (s, _, _) in best.items() if n.startswith("credgate"))
        print(f"-X importtime, min over {a.import_runs} runs: {len(best)} modules, self total {total / 1000:.1f} ms "
              f"(credgate's own modules {ours / 1000:.1f} ms)")
        print(f"{'cumulative':>11} {'self':>8}  module (top {a.top} by cumulative)")
        for name, (s, c, d) in sorted(best.items(), key=lambda kv: -kv[1][1])[: a.top]:
            print(f"{c / 1000:9.1f}ms {s / 1000:6.1f}ms  {'  ' * d}{name}")
        heavy = [m for m in best if m.split(".")[0] in HEAVY or m in HEAVY or any(m.startswith(h + ".") for h in HEAVY)]
        print("heavy or input-dependent modules imported:", ", ".join(sorted(heavy)) or "none")
        editable = editable_finders()
        if editable:
            print(f"note: this interpreter has editable installs ({', '.join(editable)}): their finder runs at every "
                  "start-up (~10-14 ms of CPU here, in `python -c pass` too), which a normal install (`pip install .`, "
                  "the pre-commit framework's) does not pay; for the figure users get, run this script with a "
                  "Python where credgate is installed normally or not at all (this script sets PYTHONPATH)")
        rows: dict[str, dict[str, float]] = {}
        script = Path(sys.executable).with_name("credgate")
        if a.pythonpath is None and script.exists():
            rows["credgate hook pre-commit -- FILE (console script)"] = timed(
                [str(script), "hook", "pre-commit", "--", "engine.py"], repo, env, a.runs)
        rows["python -m credgate hook pre-commit"] = timed(hook, repo, env, a.runs)
        # what the console script does (import credgate.main, call main), for any checkout: no runpy
        rows["python -c 'from credgate.main import main; main()' hook pre-commit"] = timed(
            [sys.executable, *safe, "-c", "from credgate.main import main; raise SystemExit(main())", "hook",
             "pre-commit"], repo, env, a.runs)
        rows["python -c pass"] = timed([sys.executable, "-c", "pass"], repo, env, a.runs)
        print(f"\nend to end, {a.runs} runs after one warm-up (load average now "
              + " ".join(f"{x:.1f}" for x in os.getloadavg()) + ")")
        print(f"{'':52} {'wall min':>9} {'median':>8} {'CPU min':>8} {'median':>8}")
        for k, r in rows.items():
            print(f"{k:52} {r['wall_min']:8.3f}s {r['wall_median']:7.3f}s {r['cpu_min']:7.3f}s {r['cpu_median']:7.3f}s")
        if a.json:
            a.json.parent.mkdir(parents=True, exist_ok=True)
            a.json.write_text(json.dumps({
                "when": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()), "checkout": str(root),
                "python": sys.version.split()[0], "load_average": os.getloadavg(),
                "importtime_min_ms": {n: {"self": s / 1000, "cumulative": c / 1000}
                                      for n, (s, c, _) in sorted(best.items(), key=lambda kv: -kv[1][1])},
                "import_self_total_ms": total / 1000, "heavy_imported": sorted(heavy), "timings_s": rows,
            }, indent=1) + "\n")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
