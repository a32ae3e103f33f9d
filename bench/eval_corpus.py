#!/usr/bin/env python3
"""Measure credgate precision/recall against the labelled corpus.

Usage (from anywhere; paths are resolved relative to the repo root):

    python bench/eval_corpus.py                  # runs credgate on tests/fixtures/corpus
    python bench/eval_corpus.py --json           # metrics as JSON
    python bench/eval_corpus.py --findings f.json  # score a saved findings file instead of running credgate

Scoring is line-based:
  * a finding on a labelled (path, line)            -> true positive (counted once per line)
  * a finding on any other line of any scanned file -> false positive (counted once per line)
  * a labelled line with no finding                 -> false negative

Findings JSON contract: an object with a "findings" list (a bare list is also accepted);
each finding has "path" (relative to the scan root, the repo root, or absolute) and "line".
This script never prints secret values: only path:line and the rule id.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
from collections import defaultdict

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_CORPUS = os.path.join("tests", "fixtures", "corpus")
_SEVERITIES = {"info": 1, "low": 2, "medium": 3, "high": 4, "critical": 5}
RULE_KEYS = ("rule", "rule_id", "ruleId", "rule_name", "id", "detector", "kind", "type")


def _die(msg: str, code: int = 2) -> None:
    print(f"eval_corpus: error: {msg}", file=sys.stderr)
    sys.exit(code)


def load_labels(path: str) -> dict[str, dict[int, str]]:
    with open(path, encoding="utf-8") as fh:
        data = json.load(fh)
    files = data.get("files") if isinstance(data, dict) else None
    if not isinstance(files, dict):
        _die(f"{path}: expected an object with a 'files' mapping")
    out: dict[str, dict[int, str]] = {}
    for rel, labels in files.items():
        rel = rel.replace("\\", "/")
        out[rel] = {}
        for lab in labels or []:
            out[rel][int(lab["line"])] = str(lab.get("kind", "secret"))
    return out


def run_credgate(corpus_rel: str, extra: list[str]) -> str:
    # An empty config: the repository's own config allowlists tests/fixtures/** by path,
    # which would hide the whole corpus.  Rules are never weakened; only the path allowlist goes.
    import tempfile

    empty = tempfile.NamedTemporaryFile("w", suffix=".toml", delete=False)
    empty.write("# empty: evaluate built-in rules only\n")
    empty.close()
    # Scanned from the corpus's own root, as a team scans its repository: paths are the corpus's own
    # ("services/api/settings.py"), not "tests/fixtures/corpus_X/..." (which every test-path check would read
    # as test code, so that test-code rules and filters applied to every file of every corpus).
    args = ["dir", "--format", "json", "--no-redact", "--config", empty.name, *extra, "."]
    exe = shutil.which("credgate")
    cmd = [exe, *args] if exe else [sys.executable, "-m", "credgate.main", *args]
    try:
        proc = subprocess.run(cmd, cwd=os.path.join(REPO_ROOT, corpus_rel), capture_output=True, text=True,
                              timeout=900)
    except FileNotFoundError as exc:
        _die(f"could not run credgate: {exc}")
    except subprocess.TimeoutExpired:
        _die("credgate timed out after 900s")
    # Scanners conventionally exit non-zero when they find something; judge by the output instead.
    if not proc.stdout.strip():
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        _die(f"credgate produced no JSON on stdout (exit {proc.returncode}); command: "
             f"{' '.join(cmd[:1] + args)}\n--- stderr (tail) ---\n{tail}")
    return proc.stdout


def parse_findings(text: str) -> list[dict]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        # tolerate log lines before the JSON document
        start = min((i for i in (text.find("{"), text.find("[")) if i >= 0), default=-1)
        if start < 0:
            _die("findings output is not JSON")
        try:
            data = json.loads(text[start:])
        except json.JSONDecodeError as exc:
            _die(f"findings output is not JSON ({exc.msg} at char {exc.pos})")
    if isinstance(data, dict):
        findings = data.get("findings")
        if findings is None:
            findings = data.get("results", [])
    else:
        findings = data
    if not isinstance(findings, list):
        _die("'findings' is not a list")
    out = []
    for f in findings:
        if not isinstance(f, dict):
            continue
        # one finding may carry many locations (the same secret seen in several places)
        locs = f.get("locations")
        if isinstance(locs, list) and locs:
            for loc in locs:
                if isinstance(loc, dict) and "path" in loc and "line" in loc:
                    out.append({**f, "path": loc["path"], "line": loc["line"]})
        else:
            out.append(f)
    return out


def normalize_path(raw: str, corpus_rel: str, corpus_abs: str, known: set[str]) -> str:
    p = str(raw).replace("\\", "/")
    if p.startswith("file://"):
        p = p[len("file://"):]
    candidates = []
    if os.path.isabs(p):
        candidates.append(os.path.relpath(p, corpus_abs).replace("\\", "/"))
    else:
        while p.startswith("./"):
            p = p[2:]
        prefix = corpus_rel.replace("\\", "/").rstrip("/") + "/"
        if p.startswith(prefix):
            candidates.append(p[len(prefix):])
        candidates.append(p)
        # relative to the current working directory
        candidates.append(os.path.relpath(os.path.abspath(p), corpus_abs).replace("\\", "/"))
        # generic: any suffix after a "corpus/" component
        if "/corpus/" in "/" + p:
            candidates.append(("/" + p).split("/corpus/", 1)[1])
    for c in candidates:
        if c in known:
            return c
    return candidates[0] if candidates else p


def rule_of(f: dict) -> str:
    for k in RULE_KEYS:
        v = f.get(k)
        if isinstance(v, (str, int)) and str(v):
            return str(v)[:80]
        if isinstance(v, dict):  # e.g. {"rule": {"id": ...}}
            for kk in ("id", "name"):
                if isinstance(v.get(kk), str):
                    return v[kk][:80]
    return "?"


def score(labels: dict[str, dict[int, str]], findings: list[dict], corpus_rel: str, corpus_abs: str) -> dict:
    known = set(labels)
    found: dict[tuple[str, int], str] = {}
    malformed = 0
    for f in findings:
        if isinstance(f, dict) and f.get("informational") is True:
            continue  # credgate's marked INFO findings (hashes, identifiers): context, never shown or blocking by default
        path = f.get("path") or f.get("file") or f.get("filename")
        line = f.get("line", f.get("line_number", f.get("start_line")))
        try:
            line = int(line)
        except (TypeError, ValueError):
            line = 0
        if not path:
            malformed += 1
            continue
        rel = normalize_path(path, corpus_rel, corpus_abs, known)
        if rel == "labels.json":
            continue  # the scorer's own label file, which lies in the corpus root: not part of the corpus
        found.setdefault((rel, line), rule_of(f))

    tp, fps, fns = [], [], []
    for (rel, line), rule in sorted(found.items()):
        if line in labels.get(rel, {}):
            tp.append((rel, line, rule, labels[rel][line]))
        else:
            fps.append((rel, line, rule))
    for rel in sorted(labels):
        for line, kind in sorted(labels[rel].items()):
            if (rel, line) not in found:
                fns.append((rel, line, kind))

    n_tp, n_fp, n_fn = len(tp), len(fps), len(fns)
    precision = n_tp / (n_tp + n_fp) if n_tp + n_fp else 0.0
    recall = n_tp / (n_tp + n_fn) if n_tp + n_fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    per_kind: dict[str, dict[str, int]] = defaultdict(lambda: {"labels": 0, "tp": 0, "fn": 0})
    for rel in labels:
        for kind in labels[rel].values():
            per_kind[kind]["labels"] += 1
    for *_, kind in tp:
        per_kind[kind]["tp"] += 1
    for *_, kind in fns:
        per_kind[kind]["fn"] += 1
    fp_files = defaultdict(int)
    for rel, _, _ in fps:
        fp_files[rel] += 1

    return {
        "tp": n_tp, "fp": n_fp, "fn": n_fn,
        "precision": round(precision, 4), "recall": round(recall, 4), "f1": round(f1, 4),
        "labelled_lines": n_tp + n_fn, "corpus_files": len(labels),
        "findings_raw": len(findings), "findings_malformed": malformed,
        "findings_outside_labelled_files": sum(1 for rel, _, _ in fps if rel not in known),
        "false_positives": [{"path": r, "line": ln, "rule": ru} for r, ln, ru in fps],
        "false_negatives": [{"path": r, "line": ln, "kind": k} for r, ln, k in fns],
        "per_kind": {k: v for k, v in sorted(per_kind.items())},
        "fp_by_file": dict(sorted(fp_files.items(), key=lambda kv: (-kv[1], kv[0]))),
    }


def print_report(m: dict, verbose_kinds: bool) -> None:
    print(f"corpus files: {m['corpus_files']}   labelled lines: {m['labelled_lines']}   "
          f"raw findings: {m['findings_raw']}")
    print(f"TP={m['tp']}  FP={m['fp']}  FN={m['fn']}")
    print(f"precision={m['precision']:.4f}  recall={m['recall']:.4f}  F1={m['f1']:.4f}")
    if m["findings_malformed"]:
        print(f"warning: {m['findings_malformed']} finding(s) had no path and were ignored")
    if m["findings_outside_labelled_files"]:
        print(f"warning: {m['findings_outside_labelled_files']} FP line(s) are in files not listed in labels.json")
    if verbose_kinds:
        print("\nrecall by kind:")
        for kind, v in m["per_kind"].items():
            print(f"  {kind:32s} {v['tp']:3d}/{v['labels']:<3d}")
    print(f"\nfalse positives ({m['fp']}):")
    for fp in m["false_positives"]:
        print(f"  FP {fp['path']}:{fp['line']}  rule={fp['rule']}")
    print(f"\nfalse negatives ({m['fn']}):")
    for fn in m["false_negatives"]:
        print(f"  FN {fn['path']}:{fn['line']}  kind={fn['kind']}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--findings", metavar="FILE", help="score this findings JSON ('-' for stdin) instead of running credgate")
    ap.add_argument("--corpus", default=DEFAULT_CORPUS, help="corpus dir, relative to repo root (default: %(default)s)")
    ap.add_argument("--labels", help="labels file (default: <corpus>/labels.json)")
    ap.add_argument("--json", action="store_true", help="print metrics as JSON")
    ap.add_argument("--by-kind", action="store_true", help="also print recall per label kind")
    ap.add_argument("--min-precision", type=float, help="exit 1 if precision is below this")
    ap.add_argument("--min-recall", type=float, help="exit 1 if recall is below this")
    ap.add_argument("--blocking", action="store_true",
                    help="count only findings at or above credgate's default fail_on (medium): what blocks a "
                         "commit, not everything a report shows (low findings are shown but do not block)")
    ap.add_argument("credgate_args", nargs="*", help="extra args passed to `credgate dir` (after --)")
    a = ap.parse_args(argv)

    corpus_rel = a.corpus.replace("\\", "/").rstrip("/")
    corpus_abs = corpus_rel if os.path.isabs(corpus_rel) else os.path.join(REPO_ROOT, corpus_rel)
    labels_path = a.labels or os.path.join(corpus_abs, "labels.json")
    if not os.path.isfile(labels_path):
        _die(f"labels file not found: {labels_path}")
    labels = load_labels(labels_path)

    if a.findings:
        if a.findings == "-":
            text = sys.stdin.read()
        else:
            with open(a.findings, encoding="utf-8") as fh:
                text = fh.read()
    else:
        text = run_credgate(corpus_rel, a.credgate_args)

    findings = parse_findings(text)
    if a.blocking:
        findings = [f for f in findings if _SEVERITIES.get(str(f.get("severity", "")).lower(), 0) >= _SEVERITIES["medium"]]
    m = score(labels, findings, corpus_rel, corpus_abs)
    if a.json:
        print(json.dumps(m, indent=2))
    else:
        print_report(m, a.by_kind)

    rc = 0
    if a.min_precision is not None and m["precision"] < a.min_precision:
        rc = 1
    if a.min_recall is not None and m["recall"] < a.min_recall:
        rc = 1
    return rc


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. piped into `head`
        sys.stderr.close()
        sys.exit(0)
