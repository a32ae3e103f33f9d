"""credgate git: staged changes, a commit range, a push, or the full history of a repository."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Optional

from credgate.cli import add_common, add_gate_options
from credgate.config import parse_size
from credgate.errors import EXIT_USAGE, UsageError
from credgate.scan import GitCollector, audit_history, audit_repositories, config_from_args, finish, make_engine
from credgate.sources.git.changes import iter_push, iter_range, iter_staged
from credgate.sources.git.history import history_filter, open_repo, parse_since
from credgate.sources.git.run import GitError, git

DESCRIPTION = """\
Scan git content.  Without a mode option, audit the full history of REPO
(default: .): every branch, tag, remote ref and stash entry, including files
deleted long ago.  Each unique blob is read once and every finding is
attributed to the commit that introduced it (author and date).  REPO may be a
work tree, a bare repository or mirror, or a .bundle file.  A shallow clone is
scanned as far as it goes and the missing part is reported.

REPO may also be a remote URL (https://, http://, ssh://, git://, file://,
user@host:path, codecommit::REGION://NAME, codecommit://NAME): it is cloned
with every ref and tag into a private temporary folder, audited the same way,
and removed.  Credentials in the URL are redacted everywhere.  --repos-file
audits a list of repositories into one report.  --since and --branch narrow
a history audit to recent commits or to some branches.

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
  credgate git https://git.example.com/team/app.git     clone (all refs) to a private temp dir, audit
  credgate git codecommit::eu-west-1://app  CodeCommit (needs: pip install git-remote-codecommit)
  credgate git --repos-file repos.txt -o all.html --format html   many repositories, one report
  credgate git --since 2024-01-01 --branch main --branch release  recent history of two branches
  credgate git --staged                     what is about to be committed
  credgate git --range origin/main..HEAD    the commits of a branch
  credgate git --unreachable                also dangling objects (amends, resets, dropped stashes)
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("repo", nargs="?", default=None, metavar="REPO",
                   help="work tree, bare repository, mirror, .bundle file or remote URL (default: .)")
    p.add_argument("--repos-file", metavar="FILE",
                   help="history: audit every repository listed in FILE (one URL or local path a line, "
                        "# comments) into one report")
    p.add_argument("--since", metavar="DATE",
                   help="history: only commits made on or after DATE (YYYY-MM-DD or ISO 8601 date and time; UTC "
                        "unless an offset is given)")
    p.add_argument("--branch", metavar="NAME", action="append", dest="branches",
                   help="history: only what these branches reach (repeatable); stash entries are left out")
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
    history_only = args.all_commits or args.unreachable or args.repos_file or args.since or args.branches
    if history_only and (args.staged or args.rev_range or args.pre_push):
        raise UsageError("--all-commits, --unreachable, --repos-file, --since and --branch apply to "
                         "full-history audits only")
    if args.repos_file and args.repo is not None:
        raise UsageError("give either REPO or --repos-file, not both")
    if args.unreachable and (args.since or args.branches):
        raise UsageError("--unreachable reads objects no ref reaches: it cannot be combined with --since or --branch")
    if args.repos_file or (args.repo is not None and ":" in args.repo and _remote(args.repo)):
        if args.staged or args.rev_range or args.pre_push:
            raise UsageError("--staged, --range and --pre-push read a local repository, not a URL")
        return _run_targets(args)
    args.repo = args.repo if args.repo is not None else "."
    repo = Path(args.repo)
    if not repo.exists():
        raise UsageError(f"{args.repo}: no such repository or bundle")
    if (args.all_lines and not (args.staged or args.rev_range or args.pre_push)):
        raise UsageError("--all-lines applies to --staged, --range and --pre-push")
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
    since = _since(args)
    try:
        with open_repo(repo) as info:
            scope = history_filter(info.path, since, args.branches)
            hits = audit_history(args, config, col, info, prefix=repo.name if info.temp is not None else None,
                                 max_size=max_size, scope_filter=scope)
            if hits is not None:
                meta["blobs_known_clean"] = hits
    except GitError as exc:
        raise UsageError(str(exc)) from None
    _filter_meta(meta, args)
    return finish(args, config, col, "git", meta=meta)


def _remote(spec: str) -> bool:
    from credgate.sources.git.remote import is_remote  # only on this path: URL parsing stays off the hook path

    return is_remote(spec)


def _since(args: argparse.Namespace) -> Optional[int]:
    if not args.since:
        return None
    try:
        return parse_since(args.since)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _filter_meta(meta: dict[str, Any], args: argparse.Namespace) -> None:
    if args.since:
        meta["since"] = args.since
    if args.branches:
        meta["branches"] = list(args.branches)


def _run_targets(args: argparse.Namespace) -> int:
    """A remote URL, or every repository of --repos-file: each opened (cloned when remote) in turn, audited
    into one collector, one report.  One that cannot be read is an error of the report (exit 1) and the
    others are still audited; a single URL that cannot be read, or a list none of which could, exits 2."""
    from credgate import progress
    from credgate.sources.git.remote import read_repos_file, redact_url

    if args.all_lines:
        raise UsageError("--all-lines applies to --staged, --range and --pre-push")
    if args.allow_skip:
        raise UsageError("--allow-skip applies to --staged, --range and --pre-push")
    args.gate = False
    since = _since(args)
    if args.repos_file:
        try:
            entries = read_repos_file(Path(args.repos_file))
        except (OSError, UnicodeError) as exc:
            raise UsageError(f"--repos-file {args.repos_file}: cannot read: "
                             f"{getattr(exc, 'strerror', None) or exc}") from None
        if not entries:
            raise UsageError(f"--repos-file {args.repos_file}: no repositories listed")
        targets = [(f"{args.repos_file}:{n}: ", shown, spec) for n, shown, spec in entries]
    else:
        targets = [("", args.repo, args.repo)]
    config = config_from_args(args, start=Path.cwd())
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    col = GitCollector(engine)
    draw = progress.wanted(args) and sys.stdout.isatty()  # clone progress: only for a person at a terminal
    read, failed = audit_repositories(args, config, col, targets, max_size=max_size, since=since,
                                      clone_progress=draw, strict=not args.repos_file)
    meta: dict[str, Any] = {"repos": read} if args.repos_file else {"repo": redact_url(args.repo)}
    if failed:
        meta["repos_failed"] = failed
    _filter_meta(meta, args)
    rc = finish(args, config, col, "git", meta=meta)
    return EXIT_USAGE if failed and not read else rc


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
