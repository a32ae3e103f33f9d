#!/usr/bin/env python3
"""What decoding encoded runs (credgate.linter.decode) costs.

    python bench/decode_cost.py hook [--runs 21]          # pre-commit on a one-file staged change
    python bench/decode_cost.py tree DIR                   # in-process, every file of DIR (e.g. make_tree.py's)
    python bench/decode_cost.py dir DIR [--runs 7]         # the whole ``credgate dir DIR`` command, off and on

``hook`` builds a git repository (git CLI) with one ordinary staged source file
and runs ``credgate hook pre-commit`` alternately with ``CREDGATE_DECODE=0`` and
``1``, reporting the median wall and CPU time of each (interpreter start-up
included) and the in-process time of the decode step on that file.

``tree`` reads every file under DIR once and times, per file, the pattern pass
(``Engine._pattern_findings``) and the decode step (``decoded_findings``) with
``time.process_time``: the decode step's share of the scan is the figure to watch.
It also counts the candidate runs that decoded to text and the findings they gave.

``dir`` runs ``credgate dir DIR`` (this checkout, default jobs) alternately with ``CREDGATE_DECODE=0`` and ``1``
after one warm-up pair, and prints CPU (user+sys of the process and its pool workers, ``wait4``) and wall medians
with every run's CPU: what decoding costs a whole tree scan, start-up and the pool included.
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))


def _child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def hook(runs: int) -> None:
    from credgate.linter.decode import decoded_findings
    from credgate.linter.engine import Engine
    from credgate.models import Fragment

    work = Path(tempfile.mkdtemp(prefix="cg-decode-hook-"))
    env = {**os.environ, "GIT_AUTHOR_NAME": "b", "GIT_AUTHOR_EMAIL": "b@example.com",
           "GIT_COMMITTER_NAME": "b", "GIT_COMMITTER_EMAIL": "b@example.com"}
    subprocess.run(["git", "init", "-q", str(work)], check=True, env=env)
    src = (REPO_ROOT / "credgate" / "linter" / "engine.py").read_bytes()  # an ordinary 15 KB source file
    (work / "engine.py").write_bytes(src)
    subprocess.run(["git", "add", "."], cwd=work, check=True, env=env)
    subprocess.run(["git", "commit", "-qm", "base"], cwd=work, check=True, env=env)
    (work / "engine.py").write_bytes(src + b"\n# one more line\n")
    subprocess.run(["git", "add", "."], cwd=work, check=True, env=env)
    exe = [str(Path(sys.executable).with_name("credgate"))]
    if not Path(exe[0]).exists():
        exe = [sys.executable, "-m", "credgate.main"]
    res: dict[str, list[tuple[float, float]]] = {"0": [], "1": []}
    for i in range(runs * 2 + 2):
        flag = "01"[i % 2]
        c0, t0 = _child_cpu(), time.perf_counter()
        p = subprocess.run([*exe, "hook", "pre-commit"], cwd=work, capture_output=True,
                           env={**env, "CREDGATE_DECODE": flag})
        wall, cpu = time.perf_counter() - t0, _child_cpu() - c0
        if p.returncode not in (0, 1):
            sys.exit(f"credgate hook failed ({p.returncode}): {p.stderr.decode()[-400:]}")
        if i >= 2:  # first pair warms caches (rule cache, hyperscan DB)
            res[flag].append((wall, cpu))
    for flag, label in (("0", "decode off"), ("1", "decode on")):
        w = statistics.median(x[0] for x in res[flag])
        c = statistics.median(x[1] for x in res[flag])
        print(f"hook, one staged file ({len(src) // 1024} KB), {label}: wall {w * 1000:.1f} ms, CPU {c * 1000:.1f} ms "
              f"(median of {len(res[flag])})")
    eng = Engine()
    frag = Fragment(path="engine.py", data=src)
    plain = eng._pattern_findings(frag, src)
    n = 200
    t0 = time.process_time()
    for _ in range(n):
        decoded_findings(eng, frag, src, plain)
    print(f"decode step alone on that file: {(time.process_time() - t0) / n * 1000:.3f} ms CPU per scan")


def tree(root: Path) -> None:
    from credgate.linter import decode
    from credgate.linter.engine import Engine
    from credgate.models import Fragment

    eng = Engine(decode=False)
    t_pat = t_dec = 0.0
    nbytes = nfiles = runs = found = 0
    for dirpath, dirs, names in os.walk(root):
        dirs.sort()
        for name in sorted(names):
            p = Path(dirpath) / name
            try:
                data = p.read_bytes()
            except OSError:
                continue
            nfiles += 1
            nbytes += len(data)
            frag = Fragment(path=str(p.relative_to(root)), data=data)
            t0 = time.process_time()
            plain = eng._pattern_findings(frag, data)
            t1 = time.process_time()
            out = decode.decoded_findings(eng, frag, data, plain)
            t2 = time.process_time()
            t_pat += t1 - t0
            t_dec += t2 - t1
            found += len(out) - len(plain)
    t0 = time.process_time()
    for dirpath, _d, names in os.walk(root):  # candidate count, not timed with the rest
        for name in names:
            try:
                runs += sum(1 for _ in decode.candidates((Path(dirpath) / name).read_bytes()))
            except OSError:
                pass
    mb = nbytes / 1e6
    print(f"tree {root}: {nfiles} files, {mb:.1f} MB")
    print(f"  pattern pass: {t_pat:.2f} s CPU ({mb / t_pat:.0f} MB/s)")
    print(f"  decode step:  {t_dec:.2f} s CPU ({mb / max(t_dec, 1e-9):.0f} MB/s), "
          f"+{t_dec / t_pat * 100:.0f}% on the pattern pass")
    print(f"  runs that decoded to text: {runs}; findings they added (net): {found}")


def dir_scan(root: Path, runs: int) -> None:
    py = [sys.executable, "-P"] if sys.version_info >= (3, 11) else [sys.executable]
    cmd = [*py, "-m", "credgate", "dir", str(root.resolve()), "--format", "json", "-o", os.devnull,
           "--fail-on", "critical", "-q"]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    res: dict[str, list[tuple[float, float]]] = {"0": [], "1": []}
    for i in range(runs * 2 + 2):
        flag = "01"[i % 2]
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, cwd=root, env={**env, "CREDGATE_DECODE": flag}, stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        _pid, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
        if os.waitstatus_to_exitcode(status) not in (0, 1):
            sys.exit(f"credgate dir failed ({os.waitstatus_to_exitcode(status)})")
        if i >= 2:
            res[flag].append((wall, ru.ru_utime + ru.ru_stime))
    for flag, label in (("0", "decode off"), ("1", "decode on ")):
        w = statistics.median(x[0] for x in res[flag])
        c = statistics.median(x[1] for x in res[flag])
        print(f"credgate dir {root}, {label}: CPU median {c:.3f} s, wall median {w:.3f} s "
              f"(CPU {' '.join('%.2f' % x[1] for x in res[flag])})")
    print("load average at the end: %.1f %.1f %.1f" % os.getloadavg())


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    h = sub.add_parser("hook")
    h.add_argument("--runs", type=int, default=21)
    t = sub.add_parser("tree")
    t.add_argument("dir", type=Path)
    d = sub.add_parser("dir")
    d.add_argument("dir", type=Path)
    d.add_argument("--runs", type=int, default=7)
    a = ap.parse_args()
    if a.cmd == "hook":
        hook(a.runs)
    elif a.cmd == "dir":
        dir_scan(a.dir, a.runs)
    else:
        tree(a.dir)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
