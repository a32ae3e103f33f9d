"""The server-side pre-receive hook: refuse a push whose new commits hold a blocking finding.

git runs ``hooks/pre-receive`` in the receiving repository with one ``<old> <new> <refname>``
line per ref on stdin, before any ref moves; a non-zero exit refuses the whole push and git
relays the hook's output to the pusher as ``remote:`` lines.  What is scanned is what the push
brings that the server does not hold (:mod:`credgate.sources.git.receive`).

The policy is the server's, never the pusher's: ``--config FILE`` or ``CREDGATE_CONFIG``, else the
built-in defaults.  A ``.credgate.toml`` in the pushed commits is not read (a push must not be able
to allowlist itself through), and no config is discovered from the repository's folder upwards.
``[server] honour_inline_allows = false`` in that config also refuses ``credgate:allow`` comments.

Fails closed: malformed stdin, a git child that fails or dies, an unreadable pushed object, a
config error or an internal error refuse the push with a one-line reason.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Optional

from credgate.config import Config, load_config, parse_size
from credgate.errors import ConfigError
from credgate.hooks.githooks import HookError
from credgate.hooks.policy import FailClosedPolicy
from credgate.records import replace
from credgate.scan import GitCollector, build_report, deliver, make_engine
from credgate.sources.git.receive import ReceiveInputError, iter_receive, parse_receive, refs_bringing
from credgate.sources.git.run import GitError, git

COMMAND = "hook pre-receive"


def server_config(args: argparse.Namespace, repo: Path) -> Config:
    """The server's policy: ``--config`` / ``CREDGATE_CONFIG``, else the built-in defaults.

    Never a config from the pushed commits, and never one found by walking up from the repository's
    folder (a bare repository has no work tree to hold one, and a parent folder is not its policy)."""
    explicit = getattr(args, "config", None) or os.environ.get("CREDGATE_CONFIG")
    if explicit:
        config = load_config(explicit, start=repo)
    else:
        config = Config(root=repo, origin="built-in defaults (no --config or CREDGATE_CONFIG on the server)")
    honour = config.section("server").get("honour_inline_allows", True)
    if not isinstance(honour, bool):
        raise ConfigError(f"{config.origin or config.path}: [server] honour_inline_allows must be true or false")
    return replace(config, inline_allows=honour)


def _read_stdin() -> str:
    stream = sys.stdin
    if stream is None or stream.isatty():
        raise HookError("pre-receive reads git's '<old> <new> <refname>' lines on stdin; none were given")
    data = stream.buffer.read() if hasattr(stream, "buffer") else stream.read().encode("utf-8", "surrogateescape")
    return data.decode("utf-8", "surrogateescape")


def run(args: argparse.Namespace) -> int:
    args.hook_mode = True
    if args.hook_args:
        raise HookError(f"pre-receive takes no arguments (got {' '.join(args.hook_args)!r}); "
                        "git passes the refs on stdin")
    repo = Path(args.repo)
    try:
        git(repo, "rev-parse", "--git-dir")
    except GitError as exc:
        raise HookError(f"not a git repository: {repo} ({exc})") from None
    config = server_config(args, repo)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    try:
        updates = parse_receive(_read_stdin())
    except ReceiveInputError as exc:
        raise HookError(f"pre-receive: {exc}") from None
    engine = make_engine(args, config)
    col = GitCollector(engine)
    # streamed (a first push of a long history is scanned on every core, never held in memory): a
    # ``git-error`` skip becomes an error of the collector, which refuses the push (GitCollector.fail_closed)
    col.feed(iter_receive(repo, updates, all_lines=args.all_lines, max_size=max_size))
    prog = getattr(col, "progress", None)
    if prog is not None:
        prog.stop()
    policy = FailClosedPolicy.from_args(args, config)
    meta = {"repo": str(repo), "refs": [u.ref for u in updates], "policy": config.origin or str(config.path)}
    report = build_report(args, config, col, COMMAND, meta=meta, policy=policy)
    code = deliver(args, col, report, policy)
    if code:
        _say_refused(repo, updates, report)
    return code


def _say_refused(repo: Path, updates: list, report: object) -> None:
    """One line per pushed ref that brings a blocking finding, after the report (stderr, relayed by git)."""
    blocking = list(getattr(report, "blocking", []) or [])
    commits = {f.location.commit for f in blocking if f.location.commit}
    by_ref: Optional[dict[str, list[str]]] = refs_bringing(repo, updates, commits) if commits else None
    if by_ref:
        for ref, hit in sorted(by_ref.items()):
            shown = ", ".join(c[:12] for c in hit[:5]) + (" ..." if len(hit) > 5 else "")
            print(f"credgate: refusing the push: {ref} brings {len(hit)} commit{'s' if len(hit) != 1 else ''} "
                  f"with blocking findings ({shown})", file=sys.stderr)
    else:
        print("credgate: refusing the push: nothing it brings is accepted until the problems above are fixed",
              file=sys.stderr)
