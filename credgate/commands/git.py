"""credgate git: staged changes, a commit range, a push, or the full history of a repository."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional

from credgate.cli import add_common, add_gate_options
from credgate.config import parse_size
from credgate.errors import UsageError
from credgate.scan import GitCollector, add_ref_exposure, config_from_args, finish, make_engine
from credgate.sources.archives import ArchiveLimits
from credgate.sources.git.archived import HistoryArchives
from credgate.sources.git.blobcache import BlobCache
from credgate.sources.git.changes import iter_push, iter_range, iter_staged
from credgate.sources.git.history import _history, open_repo
from credgate.sources.git.run import GitError, git

DESCRIPTION = """\
Scan git content.  Without a mode option, audit the full history of REPO
(default: .): every branch, tag, remote ref and stash entry, including files
deleted long ago.  Each unique blob is read once and every finding is
attributed to the commit that introduced it (author and date).  REPO may be a
work tree, a bare repository or mirror, or a .bundle file.  A shallow clone is
scanned as far as it goes and the missing part is reported.

--staged scans what is about to be committed (what the pre-commit hook runs):
only lines the commit adds are reported, but whole files are analysed so IaC
context stays complete.  --staged and --pre-push block at --fail-on high by
default, like the hooks.  --range A..B scans every commit in a range (pull
requests, CI).  --pre-push REMOTE reads git's pre-push lines on stdin.
"""

EPILOG = """\
examples:
  credgate git                              audit the whole history of the current repo
  credgate git /srv/mirrors/app.git --all-commits --format json -o history.json
  credgate git backup.bundle                audit a bundle (cloned to a private temp dir)
  credgate git --staged                     what is about to be committed
  credgate git --range origin/main..HEAD    the commits of a branch
  credgate git --unreachable                also dangling objects (amends, resets, dropped stashes)
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("repo", nargs="?", default=".", metavar="REPO",
                   help="work tree, bare repository, mirror or .bundle file (default: .)")
    mode = p.add_mutually_exclusive_group()
    mode.add_argument("--staged", action="store_true", help="scan the staged changes (pre-commit)")
    mode.add_argument("--range", metavar="A..B", dest="rev_range", help="scan every commit in a revision range")
    mode.add_argument("--pre-push", metavar="REMOTE", dest="pre_push",
                      help="read git pre-push lines on stdin and scan the commits REMOTE lacks")
    p.add_argument("--all-lines", action="store_true",
                   help="with --staged/--range: report findings on every line of a changed file, not only added lines")
    p.add_argument("--all-commits", action="store_true",
                   help="history: list every commit whose changes carry each secret, not only the first")
    p.add_argument("--unreachable", action="store_true",
                   help="history: also scan objects no ref reaches (git fsck --unreachable)")
    p.add_argument("--max-file-size", metavar="SIZE", help="skip blobs larger than SIZE (default 10MB)")
    p.add_argument("--full", action="store_true",
                   help="history: rescan every blob, ignoring the cache of blobs earlier audits found clean")
    p.add_argument("--no-archives", action="store_true",
                   help="history: do not open zip/tar/gz/bz2/xz blobs (config: [archives] enabled; the other "
                        "[archives] limits apply as in credgate dir)")
    add_common(p)
    add_gate_options(p)
    p.set_defaults(hook_default_fail=None)  # set to "high" in run() for --staged / --range / --pre-push (gates)


def run(args: argparse.Namespace) -> int:

    repo = Path(args.repo)
    if not repo.exists():
        raise UsageError(f"{args.repo}: no such repository or bundle")
    if (args.all_lines and not (args.staged or args.rev_range or args.pre_push)):
        raise UsageError("--all-lines applies to --staged, --range and --pre-push")
    if (args.all_commits or args.unreachable) and (args.staged or args.rev_range or args.pre_push):
        raise UsageError("--all-commits and --unreachable apply to full-history audits only")
    if args.staged or args.pre_push or args.rev_range:
        args.hook_default_fail = "high"  # a gate on a change (README "What blocks"), unless --fail-on or config
    # --staged/--range/--pre-push gate like the hooks: what could not be scanned blocks (README "Skips and exit codes")
    args.gate = bool(args.staged or args.rev_range or args.pre_push)
    if args.allow_skip and not args.gate:
        raise UsageError("--allow-skip applies to --staged, --range and --pre-push")
    if args.gate and not (repo.is_dir() and _in_repository(repo)):
        raise UsageError(f"{args.repo}: not inside a git repository (--staged, --range and --pre-push read one; "
                         "give its path, or run from inside it)")
    start = repo if repo.is_dir() else Path.cwd()
    config = config_from_args(args, start=_toplevel(repo) if repo.is_dir() else start)
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    col = GitCollector(engine)
    meta: dict[str, Any] = {"repo": str(args.repo)}
    if args.staged:
        col.feed(iter_staged(repo, all_lines=args.all_lines, max_size=max_size))
        return finish(args, config, col, "git --staged", meta=meta)
    if args.rev_range:
        meta["range"] = args.rev_range
        col.feed(iter_range(repo, args.rev_range, all_lines=args.all_lines, max_size=max_size))
        return finish(args, config, col, "git --range", meta=meta)
    if args.pre_push:
        text = sys.stdin.read() if not sys.stdin.isatty() else ""
        col.feed(iter_push(repo, text, args.pre_push, all_lines=args.all_lines, max_size=max_size))
        return finish(args, config, col, "git --pre-push", meta=meta)
    try:
        with open_repo(repo) as info:
            prefix = repo.name if info.temp is not None else None
            cache = None
            if info.temp is None:  # a bundle's temporary clone is never cached
                common = git(info.path, "rev-parse", "--git-common-dir").decode().strip()
                gd = Path(common) if Path(common).is_absolute() else info.path / common
                cache = col.blob_cache = BlobCache.for_repo(gd, engine, config.path, full=args.full)
            limits = ArchiveLimits.build(config.section("archives"), max_file_size=max_size,
                                         enabled=False if args.no_archives else None)
            col.feed(_history(info, args.unreachable, args.all_commits, "history", prefix, max_size,
                                        cache=cache, archives=HistoryArchives(limits), deferred=True))
            add_ref_exposure(info.path, col.findings)
            if cache is not None and not col.errors:  # a run that could not read everything writes nothing
                cache.save()
                meta["blobs_known_clean"] = cache.hits
    except GitError as exc:
        raise UsageError(str(exc)) from None
    return finish(args, config, col, "git", meta=meta)


def _in_repository(repo: Path) -> bool:
    """False only when git itself says this is no repository (a missing git binary is reported, and
    fails closed, where the changes are read)."""
    try:
        git(repo, "rev-parse", "--git-dir", check=True)
    except GitError as exc:
        return "not a git repository" not in str(exc).lower()
    return True


def _toplevel(repo: Path) -> Optional[Path]:
    try:
        out = git(repo, "rev-parse", "--show-toplevel", check=True).decode().strip()
    except GitError:
        return repo
    return Path(out) if out else repo
