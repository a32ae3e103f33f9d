#!/usr/bin/env python3
"""Precision on published code: what credgate blocks in popular PyPI and npm packages (bench/README
"Real code precision (session 7)").  Not part of the test suite: it downloads about 400 MB.

Each package below is fetched at a fixed version with its registry's own client (``pip download --no-deps``,
an sdist where the project publishes one, so tests/ and docs/ come along, else the wheel; ``npm pack``),
unpacked under WORKDIR/src, and scanned with ``credgate dir --format json --no-redact``.  Almost everything
found there is a false positive (the packages are public and their maintainers keep secrets out), so every
blocking finding (medium and up, the default --fail-on) is a candidate false positive to triage by hand.

    python bench/realcode.py --workdir /tmp/realcode            # fetch (once), scan, per-package table
    python bench/realcode.py --workdir /tmp/realcode --show     # and every blocking finding with its line
    python bench/realcode.py --workdir /tmp/realcode --credgate /other/venv/bin/credgate --out before.json

The report prints no more of a value than its rule, path and line unless --show is given (the values are
the packages' own, already public).
"""
from __future__ import annotations

import argparse
import collections
import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path
from typing import Optional

# (name, version, kind): kind "sdist" or "wheel" (pip) or "npm"
PACKAGES = [
    ("ansible-core", "2.19.14", "sdist"), ("botocore", "1.44.18", "sdist"), ("celery", "5.7.0", "sdist"),
    ("cfn-lint", "1.58.0", "sdist"), ("django", "5.2.19", "sdist"), ("google-auth", "2.63.0", "sdist"),
    ("moto", "5.2.6", "sdist"), ("oauthlib", "4.0.1", "sdist"), ("paramiko", "5.1.0", "sdist"),
    ("pyjwt", "2.15.1", "sdist"), ("requests", "2.34.2", "sdist"), ("sentry-sdk", "2.76.0", "sdist"),
    ("sqlalchemy", "2.1.9", "sdist"), ("stripe", "16.1.0", "sdist"), ("twilio", "9.13.0", "sdist"),
    ("apache-airflow-providers-amazon", "9.39.0", "wheel"), ("aws-sam-translator", "1.115.0", "wheel"),
    ("awscli", "1.46.3", "wheel"), ("azure-identity", "1.27.0", "wheel"), ("boto3", "1.44.18", "wheel"),
    ("cryptography", "50.0.2", "wheel"), ("docker", "7.2.0", "wheel"), ("flask", "3.1.3", "wheel"),
    ("kubernetes", "37.0.2", "wheel"), ("pytest", "9.2.0", "wheel"), ("requests-oauthlib", "2.0.0", "wheel"),
    ("slack-sdk", "3.48.0", "wheel"),
    ("aws-cdk-lib", "2.278.0", "npm"), ("aws-sdk", "2.1693.0", "npm"), ("@aws-sdk/client-s3", "3.1178.0", "npm"),
    ("axios", "1.21.1", "npm"), ("eslint", "10.16.0", "npm"), ("express", "5.3.0", "npm"),
    ("firebase", "13.2.0", "npm"), ("googleapis", "178.0.0", "npm"), ("jsonwebtoken", "9.0.3", "npm"),
    ("lodash", "4.18.1", "npm"), ("moment", "2.31.0", "npm"), ("next", "16.5.0", "npm"),
    ("passport", "0.7.0", "npm"), ("serverless", "4.47.0", "npm"), ("@slack/web-api", "8.2.0", "npm"),
    ("stripe", "23.2.0", "npm"), ("twilio", "6.3.1", "npm"), ("typescript", "7.0.2", "npm"),
    ("webpack", "5.113.0", "npm"),
]
BLOCKING = ("medium", "high", "critical")


def _slug(name: str, version: str, kind: str) -> str:
    return f"{'npm' if kind == 'npm' else 'py'}-{name.replace('@', '').replace('/', '-')}-{version}"


def fetch(name: str, version: str, kind: str, work: Path) -> Optional[Path]:
    """Download and unpack one package (skipped when already unpacked); the tree's root, or None."""
    dest = work / "src" / _slug(name, version, kind)
    if dest.is_dir():
        return dest
    dl = work / "dl" / dest.name
    dl.mkdir(parents=True, exist_ok=True)
    if kind == "npm":
        cmd = ["npm", "pack", "--silent", f"{name}@{version}"]
    else:
        cmd = [sys.executable, "-m", "pip", "download", "-q", "--no-deps", "-d", ".", f"{name}=={version}"]
        cmd += ["--no-binary", ":all:"] if kind == "sdist" else ["--only-binary", ":all:"]
    proc = subprocess.run(cmd, cwd=dl, capture_output=True, text=True)
    files = [p for p in dl.iterdir() if p.is_file()]
    if proc.returncode != 0 or not files:
        print(f"fetch failed: {name} {version} ({kind}): {proc.stderr.strip()[-300:]}", file=sys.stderr)
        return None
    tmp = dest.with_suffix(".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    archive = files[0]
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as z:
            z.extractall(tmp)
    else:
        with tarfile.open(archive) as t:
            if hasattr(tarfile, "data_filter"):  # Python 3.12+ and security backports
                t.extractall(tmp, filter="data")
            else:
                t.extractall(tmp)
    tmp.rename(dest)
    return dest


def scan(tree: Path, credgate: str) -> dict:
    proc = subprocess.run([credgate, "dir", ".", "--format", "json", "--fail-on", "critical", "--no-progress",
                           "--no-redact"], cwd=tree, capture_output=True)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"credgate failed on {tree}: {proc.stderr.decode(errors='replace')[-500:]}")
    return json.loads(proc.stdout)


def _line(tree: Path, path: str, line: int, column: int, secret: str) -> str:
    try:
        text = (tree / path).read_text(errors="replace").splitlines()[line - 1]
    except (OSError, IndexError):
        return ""
    c = max(0, (column or 1) - 60)
    return text[c : (column or 1) + len(secret) + 30]


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--workdir", default="/tmp/realcode-bench", help="downloads and unpacked trees (kept)")
    ap.add_argument("--credgate", default=shutil.which("credgate") or "credgate", help="the credgate to measure")
    ap.add_argument("--only", action="append", default=[], help="only packages whose name contains this")
    ap.add_argument("--show", action="store_true", help="print each blocking finding with its line")
    ap.add_argument("--out", help="write {package: [blocking findings]} as JSON (values included)")
    args = ap.parse_args(argv)
    work = Path(args.workdir)
    totals: collections.Counter = collections.Counter()
    by_rule: collections.Counter = collections.Counter()
    files = size = 0
    saved: dict[str, list] = {}
    for name, version, kind in PACKAGES:
        if args.only and not any(o in name for o in args.only):
            continue
        tree = fetch(name, version, kind, work)
        if tree is None:
            continue
        for p in tree.rglob("*"):
            if p.is_file():
                files += 1
                size += p.stat().st_size
        report = scan(tree, args.credgate)
        found = report["findings"]
        block = [f for f in found if f["severity"] in BLOCKING]
        totals.update(f["severity"] for f in found)
        by_rule.update(f["rule_id"] for f in block)
        saved[tree.name] = [{k: f[k] for k in ("rule_id", "severity", "path", "line", "secret")} for f in block]
        print(f"{tree.name:55s} findings {len(found):4d}  blocking {len(block):4d}")
        if args.show:
            for f in block:
                print(f"    {f['severity']:8s} {f['rule_id']:34s} {f['path']}:{f['line']}")
                print(f"        | {_line(tree, f['path'], f['line'], f['column'], f['secret'])!r}")
    print(f"\n{files} files, {size / 1e6:.0f} MB; findings by severity: {dict(sorted(totals.items()))}")
    print(f"blocking: {sum(by_rule.values())}  by rule: {by_rule.most_common()}")
    if args.out:
        Path(args.out).write_text(json.dumps(saved, indent=1))
        os.chmod(args.out, 0o600)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
