#!/usr/bin/env python3
"""A history of real code: a project's published releases, one commit each, in release order.

No machine of ours reaches a git host (package registries only), so issue 16's "real large history" is made
from what the registry holds: every sdist of a project between two versions, fetched with pip's own client
(``pip download --no-deps --no-binary :all:``), unpacked and committed in version order with the git CLI, one
commit and one tag per release, dated by the release order.  The blobs are the project's real files (source,
tests, docs, locale catalogues, fixtures), and consecutive commits differ the way consecutive releases do;
what it lacks against the project's own repository is the commits between releases and the branches.

    python bench/release_history.py --project django --from 4.2 --to 5.2.20 --workdir /tmp/relhist
    # -> /tmp/relhist/django-4.2..5.2.20 (a git repository); then, for example:
    python bench/run.py --scenarios history --peers-bin /tmp/cg-peers/bin --repo /tmp/relhist/django-4.2..5.2.20

Downloads are cached under WORKDIR/dl (about 10 MB per Django sdist); the repository is rebuilt only when
missing.  Prints the repository's path, its commit count and the bytes of its unique blobs.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Optional


def _key(v: str) -> tuple:
    """Release order of plain versions (4.2, 4.2.1, 5.0): pre-releases are not taken."""
    return tuple(int(x) for x in v.split("."))


def versions(project: str, lo: str, hi: str) -> list[str]:
    """The project's plain releases from ``lo`` to ``hi`` (both included), oldest first (``pip index``)."""
    out = subprocess.run([sys.executable, "-m", "pip", "index", "versions", project], capture_output=True,
                         text=True, check=True).stdout
    m = re.search(r"Available versions:\s*(.+)", out)
    if not m:
        raise SystemExit(f"pip index versions {project}: no versions listed")
    have = [v.strip() for v in m.group(1).split(",") if re.fullmatch(r"\d+(\.\d+)*", v.strip())]
    return sorted((v for v in have if _key(lo) <= _key(v) <= _key(hi)), key=_key)


def fetch(project: str, version: str, dl: Path) -> Optional[Path]:
    """The sdist of one release (downloaded once)."""
    d = dl / f"{project}-{version}"
    d.mkdir(parents=True, exist_ok=True)
    got = [p for p in d.iterdir() if p.name.endswith((".tar.gz", ".zip"))]
    if not got:
        proc = subprocess.run([sys.executable, "-m", "pip", "download", "-q", "--no-deps", "--no-binary", ":all:",
                               "-d", str(d), f"{project}=={version}"], capture_output=True, text=True)
        got = [p for p in d.iterdir() if p.name.endswith((".tar.gz", ".zip"))]
        if proc.returncode != 0 or not got:
            print(f"skipped {project} {version}: {proc.stderr.strip()[-200:]}", file=sys.stderr)
            return None
    return got[0]


def _unpack(archive: Path, into: Path) -> None:
    """The sdist's files under ``into``, without its top directory (``Django-5.0/``)."""
    with tarfile.open(archive) as tf:
        for m in tf.getmembers():
            parts = Path(m.name).parts[1:]
            if not parts or not (m.isfile() or m.isdir()) or ".." in parts or Path(m.name).is_absolute():
                continue
            dest = into.joinpath(*parts)
            if m.isdir():
                dest.mkdir(parents=True, exist_ok=True)
                continue
            dest.parent.mkdir(parents=True, exist_ok=True)
            src = tf.extractfile(m)
            if src is not None:
                dest.write_bytes(src.read())


def build(project: str, vers: list[str], work: Path) -> Path:
    repo = work / f"{project}-{vers[0]}..{vers[-1]}"
    if (repo / ".git").is_dir():
        return repo
    tmp = repo.with_name(repo.name + ".part")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    git = ["git", "-C", str(tmp), "-c", "user.name=release-history", "-c", "user.email=bench@example.invalid",
           "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false"]
    subprocess.run(["git", "init", "-q", "-b", "main", str(tmp)], check=True)
    for n, v in enumerate(vers):
        archive = fetch(project, v, work / "dl")
        if archive is None:
            continue
        for p in tmp.iterdir():  # the previous release's files, so deletions are commits too
            if p.name != ".git":
                shutil.rmtree(p) if p.is_dir() and not p.is_symlink() else p.unlink()
        _unpack(archive, tmp)
        date = f"@{1_600_000_000 + n * 86_400} +0000"
        env = dict(os.environ, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(git + ["add", "-A", "-f"], check=True)
        subprocess.run(git + ["commit", "-q", "--allow-empty", "-m", f"{project} {v}"], check=True, env=env)
        subprocess.run(git + ["tag", v], check=True)
        print(f"  {project} {v}", file=sys.stderr)
    subprocess.run(["git", "-C", str(tmp), "gc", "-q"], check=True)
    tmp.rename(repo)
    return repo


def blob_bytes(repo: Path) -> tuple[int, int]:
    out = subprocess.run(["git", "-C", str(repo), "cat-file", "--batch-all-objects",
                          "--batch-check=%(objecttype) %(objectsize)"], capture_output=True, text=True, check=True)
    sizes = [int(line.split()[1]) for line in out.stdout.splitlines() if line.startswith("blob ")]
    return len(sizes), sum(sizes)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--project", default="django")
    ap.add_argument("--from", dest="lo", default="4.2")
    ap.add_argument("--to", dest="hi", default="5.2.20")
    ap.add_argument("--workdir", type=Path, default=Path("/tmp/relhist"))
    a = ap.parse_args(argv)
    vers = versions(a.project, a.lo, a.hi)
    if not vers:
        print(f"no releases of {a.project} between {a.lo} and {a.hi}", file=sys.stderr)
        return 2
    repo = build(a.project, vers, a.workdir)
    commits = subprocess.run(["git", "-C", str(repo), "rev-list", "--count", "--all"], capture_output=True,
                             text=True, check=True).stdout.strip()
    n, size = blob_bytes(repo)
    print(f"{repo}: {commits} commits ({len(vers)} releases asked), {n} unique blobs, {size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
