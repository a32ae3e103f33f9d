"""Score a credgate command against the blind commit scenarios (bench/blocking/make_scenarios.py).

For each scenario: a real git repository made with the git CLI (base committed,
change staged), then, with default settings (no config file anywhere above the
repository):

* ``credgate git --staged``
* ``credgate hook pre-commit -- FILES`` with the staged files the pre-commit
  framework would pass (added, copied, modified, renamed; not deleted).  A change
  that only deletes files passes no file: the framework does not run the hook,
  so that mode is "n/a" there.

Exit 1 = blocked, 0 = passed, anything else = error (listed separately, never
counted as a block or a pass).  Prints, per category and mode, the share of
block-labelled scenarios that blocked and of pass-labelled ones that passed,
then every failure; writes the JSON results (default bench/results/blocking.json).

    python bench/blocking/score.py                          # the credgate on PATH
    python bench/blocking/score.py --credgate "python -m credgate" --seed 14
    python bench/blocking/score.py --credgate /work/other/.venv/bin/credgate -o /tmp/other.json
"""
from __future__ import annotations

import argparse
import concurrent.futures
import datetime
import json
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, List, Optional

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import make_scenarios  # noqa: E402

MODES = ("staged", "hook")
GIT_ID = {
    "GIT_AUTHOR_NAME": "Bench Author", "GIT_AUTHOR_EMAIL": "author@example.invalid",
    "GIT_COMMITTER_NAME": "Bench Committer", "GIT_COMMITTER_EMAIL": "committer@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def _env(root: Path) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "CREDGATE_"))}
    env.update(GIT_ID)
    home = root / "home"
    home.mkdir(exist_ok=True)
    env.update(HOME=str(home), CREDGATE_CACHE_DIR=str(root / "cache"), CI="1", NO_COLOR="1",
               CREDGATE_PROGRESS="0")
    return env


def _git(repo: Path, env: Dict[str, str], *args: str) -> str:
    proc = subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", *args],
                          cwd=repo, env=env, capture_output=True)
    if proc.returncode != 0:
        raise RuntimeError("git %s: %s" % (" ".join(args), proc.stderr.decode(errors="replace")))
    return proc.stdout.decode("utf-8", "replace")


def _write(repo: Path, rel: str, content: str) -> None:
    p = repo / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(content.encode("utf-8"))


def build_repo(s: dict, repo: Path, env: Dict[str, str]) -> List[str]:
    """Commit the base, stage the change; return the files the pre-commit framework would pass."""
    repo.mkdir(parents=True)
    _git(repo, env, "init", "-q")
    for rel, content in s["base"].items():
        _write(repo, rel, content)
    _git(repo, env, "add", "-A")
    _git(repo, env, "commit", "-q", "-m", "base")
    for old, new in s.get("renames", []):
        (repo / new).parent.mkdir(parents=True, exist_ok=True)
        _git(repo, env, "mv", old, new)
    for rel, content in s["change"].items():
        if content is None:
            _git(repo, env, "rm", "-q", "--", rel)
        else:
            _write(repo, rel, content)
            _git(repo, env, "add", "--", rel)
    out = _git(repo, env, "diff", "--cached", "--name-only", "-z", "--diff-filter=ACMRTUXB")
    return [f for f in out.split("\0") if f]


def _run(cmd: List[str], repo: Path, env: Dict[str, str], timeout: float) -> dict:
    t0 = time.monotonic()
    try:
        proc = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, timeout=timeout)
        rc, out = proc.returncode, (proc.stdout + proc.stderr).decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        rc, out = None, "timeout after %ss" % timeout
    except OSError as exc:
        rc, out = None, "cannot run %s: %s" % (cmd[0], exc)
    outcome = {0: "pass", 1: "block"}.get(rc, "error")  # type: ignore[arg-type]
    return {"rc": rc, "outcome": outcome, "seconds": round(time.monotonic() - t0, 3), "output": out}


def score_one(s: dict, root: Path, credgate: List[str], env: Dict[str, str], timeout: float) -> dict:
    repo = root / "repos" / s["id"]
    res = {k: s[k] for k in ("id", "category", "format", "label", "reason")}
    try:
        files = build_repo(s, repo, env)
    except Exception as exc:  # a scenario that cannot be built is a bench bug: say so, keep going
        res["setup_error"] = str(exc)
        return res
    res["hook_files"] = files
    runs = {"staged": credgate + ["git", "--staged"]}
    if files:
        runs["hook"] = credgate + ["hook", "pre-commit", "--"] + files
    for mode in MODES:
        if mode not in runs:
            res[mode] = {"outcome": "n/a"}
            continue
        r = _run(runs[mode], repo, env, timeout)
        ok = r["outcome"] == s["label"]
        r["ok"] = ok
        out = r.pop("output")
        if not ok:  # credgate's own (redacted) report, to see why; synthetic values only
            r["output_tail"] = out[-1500:]
        res[mode] = r
    return res


def _frac(k: int, n: int) -> str:
    return "-" if n == 0 else "%d/%d (%.0f%%)" % (k, n, 100.0 * k / n)


def summarize(results: List[dict]) -> dict:
    cats: Dict[str, dict] = {}
    order = []
    for r in results:
        if r["category"] not in cats:
            order.append(r["category"])
        c = cats.setdefault(r["category"], {m: {"block_n": 0, "block_ok": 0, "pass_n": 0, "pass_ok": 0, "errors": 0, "na": 0}
                                            for m in MODES})
        for m in MODES:
            o = r.get(m, {}).get("outcome", "error")
            d = c[m]
            if o == "n/a":
                d["na"] += 1
                continue
            if o == "error":
                d["errors"] += 1
            d[r["label"] + "_n"] += 1
            d[r["label"] + "_ok"] += int(o == r["label"])
    total = {m: {k: sum(cats[c][m][k] for c in cats) for k in ("block_n", "block_ok", "pass_n", "pass_ok", "errors", "na")} for m in MODES}
    return {"categories": {c: cats[c] for c in order}, "total": total}


def table(summary: dict) -> str:
    lines = ["| category | block-labelled that blocked: git --staged | hook pre-commit | pass-labelled that passed: git --staged | hook pre-commit | errors (staged/hook) |",
             "|---|---|---|---|---|---|"]
    rows = list(summary["categories"].items()) + [("**total**", summary["total"])]
    for name, c in rows:
        st, hk = c["staged"], c["hook"]
        lines.append("| %s | %s | %s | %s | %s | %d/%d |" % (
            name, _frac(st["block_ok"], st["block_n"]), _frac(hk["block_ok"], hk["block_n"]),
            _frac(st["pass_ok"], st["pass_n"]), _frac(hk["pass_ok"], hk["pass_n"]), st["errors"], hk["errors"]))
    return "\n".join(lines)


def failures(results: List[dict]) -> List[str]:
    out = []
    for r in results:
        if "setup_error" in r:
            out.append("- %s: SETUP ERROR %s" % (r["id"], r["setup_error"]))
            continue
        bad = {m: r[m]["outcome"] for m in MODES if r[m]["outcome"] not in ("n/a", r["label"])}
        if not bad:
            continue
        got = ", ".join("%s=%s%s" % (m, o, "" if o != "error" else "(rc %s)" % r[m]["rc"]) for m, o in bad.items())
        out.append("- `%s` expected **%s**, got %s: %s" % (r["id"], r["label"], got, r["reason"]))
    return out


def _version(credgate: List[str], env: Dict[str, str]) -> str:
    try:
        p = subprocess.run(credgate + ["--version"], capture_output=True, env=env, timeout=60)
        return (p.stdout or p.stderr).decode(errors="replace").strip()
    except (OSError, subprocess.TimeoutExpired) as exc:
        return "unknown (%s)" % exc


def _git_head() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=HERE, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description="score credgate's blocking decision on the blind commit scenarios")
    ap.add_argument("--credgate", default="credgate", help="command to test (split like a shell; default: credgate)")
    ap.add_argument("--seed", type=int, default=14, help="scenario seed (default 14)")
    ap.add_argument("--scenarios", type=Path, help="folder written by make_scenarios.py (default: generate with --seed)")
    ap.add_argument("-k", "--only", help="only scenarios whose id contains this text")
    ap.add_argument("-o", "--output", type=Path, default=HERE.parent / "results" / "blocking.json",
                    help="JSON results (default bench/results/blocking.json)")
    ap.add_argument("-j", "--jobs", type=int, default=1, help="scenarios run in parallel (default 1)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds per credgate run (default 120)")
    ap.add_argument("--keep", action="store_true", help="keep the scenario repositories (path printed)")
    args = ap.parse_args(argv)

    credgate = shlex.split(args.credgate)
    if shutil.which(credgate[0]) is None and not Path(credgate[0]).exists():
        ap.error("command not found: %s" % credgate[0])
    scenarios = make_scenarios.load(args.scenarios) if args.scenarios else make_scenarios.generate(args.seed)
    if args.only:
        scenarios = [s for s in scenarios if args.only in s["id"]]

    root = Path(tempfile.mkdtemp(prefix="credgate-blocking-"))
    for d in [root, *root.parents]:  # default settings: nothing above the repositories may configure credgate
        for name in (".credgate.toml", "pyproject.toml"):
            if (d / name).exists():
                print("warning: %s exists above the scenario repositories" % (d / name), file=sys.stderr)
    env = _env(root)
    t0 = time.monotonic()
    try:
        with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
            results = list(pool.map(lambda s: score_one(s, root, credgate, env, args.timeout), scenarios))
    finally:
        if args.keep:
            print("repositories kept in %s" % root, file=sys.stderr)
        else:
            shutil.rmtree(root, ignore_errors=True)
    elapsed = time.monotonic() - t0

    summary = summarize(results)
    fails = failures(results)
    nb = sum(1 for s in scenarios if s["label"] == "block")
    print("credgate: %s (%s)" % (args.credgate, _version(credgate, env)))
    print("%d scenarios (%d block, %d pass), seed %s, %.1f s\n" % (len(scenarios), nb, len(scenarios) - nb,
                                                                 "from " + str(args.scenarios) if args.scenarios else args.seed, elapsed))
    print(table(summary))
    print("\nfailures (%d):" % len(fails))
    print("\n".join(fails) if fails else "none")

    doc = {"date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
           "credgate": args.credgate, "version": _version(credgate, env), "bench_commit": _git_head(),
           "seed": None if args.scenarios else args.seed, "scenarios": len(scenarios), "seconds": round(elapsed, 1),
           "summary": summary, "failures": fails, "results": results}
    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_name(args.output.name + ".tmp")
    tmp.write_text(json.dumps(doc, indent=1) + "\n")
    tmp.replace(args.output)
    print("\nresults: %s" % args.output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
