#!/usr/bin/env python3
"""What the rule databases cost to build, and what a first run on a machine pays (session 16, issue 16).

    python bench/hs_compile.py [--top 15] [--hook]

Prints the CPU seconds hyperscan takes to compile each rule group's database (matcher._rule_groups: the
built-in rules not limited to paths, those limited to paths, a config's own rules), the rules that cost most
to compile alone, and with ``--hook`` the first ``credgate hook pre-commit`` of a one-file change in a new git
repository with an empty cache, deferred (the default: the python engine while a detached process builds the
databases) and in the foreground (``CREDGATE_HS_BUILD=now``), then the next one (databases cached).
Every run compiles from nothing: nothing is read from the user's cache.
"""
from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(HERE))


def _groups(top: int) -> None:
    import hyperscan

    from credgate.linter.matcher import _rule_groups, compile_group, hs_expression, hs_flags
    from credgate.linter.ruleset import load_ruleset

    rs = load_ruleset()
    for g in _rule_groups(rs, getattr(hyperscan, "__version__", "")):
        t = time.process_time()
        compile_group(hyperscan, g.items)
        print(f"group {g.name:5s} {len(g.items):4d} rules  compile {time.process_time() - t:6.2f} s CPU")
    costs = []
    for r in rs.rules:
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        t = time.process_time()
        db.compile(expressions=[hs_expression(r.regex)[0].encode()], ids=[0], elements=1,
                   flags=[hs_flags(r.case_insensitive, r.multiline)])
        costs.append((time.process_time() - t, r.id))
    costs.sort(reverse=True)
    print(f"each rule alone: {sum(c for c, _ in costs):.2f} s CPU in all; the {top} dearest:")
    for c, rid in costs[:top]:
        print(f"  {c:6.3f} s  {rid}")


def _run(cmd: list, cwd: Path, env: dict) -> tuple[float, float, int]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.monotonic()
    p = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True)
    wall = time.monotonic() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), p.returncode


def _hook() -> None:
    with tempfile.TemporaryDirectory() as d:
        repo = Path(d) / "repo"
        subprocess.run(["git", "init", "-q", str(repo)], check=True)
        (repo / "app.py").write_text('db_password = "Tq8mV2rLw9Zp"\n')
        subprocess.run(["git", "-C", str(repo), "add", "app.py"], check=True)
        cmd = [sys.executable, "-m", "credgate", "hook", "pre-commit", "--", "app.py"]
        for mode in ("auto", "now"):
            cache = Path(d) / f"cache-{mode}"
            env = dict(os.environ, CREDGATE_CACHE_DIR=str(cache), CREDGATE_HS_BUILD=mode,
                       PYTHONPATH=str(HERE) + os.pathsep + os.environ.get("PYTHONPATH", ""))
            wall, cpu, rc = _run(cmd, repo, env)
            print(f"first hook, build {mode:4s}: {wall:6.2f} s wall, {cpu:6.2f} s CPU (exit {rc})")
            deadline = time.monotonic() + 300
            while list(cache.glob("hs-build-*.json")) and time.monotonic() < deadline:
                time.sleep(0.2)  # the background build (auto) finishing
            wall, cpu, rc = _run(cmd, repo, env)
            print(f"next hook,  build {mode:4s}: {wall:6.2f} s wall, {cpu:6.2f} s CPU (exit {rc})")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--hook", action="store_true")
    a = ap.parse_args()
    _groups(a.top)
    if a.hook:
        _hook()
    print(f"load average at the end: {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
