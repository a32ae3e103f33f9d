"""The pre-commit and pre-push hooks: what they read (staged changes and framework file names, pushed ranges), how the command line is split into options and files, and the fail-closed rule for changes git cannot read."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Iterator, Optional, Union

from credgate.config import parse_size
from credgate.errors import EXIT_INTERNAL, CredgateError
from credgate.models import Fragment, Skip
from credgate.scan import GitCollector, config_from_args, finish, make_engine
from credgate.sources.filesystem import decode_text, too_large_detail
from credgate.sources.git.changes import iter_push, iter_range, iter_staged, work_tree
from credgate.sources.git.run import GitError


class HookError(CredgateError):
    """The hook could not read what it must check: it fails closed."""

    exit_code = EXIT_INTERNAL


def split_argv(rest: list[str], parser: argparse.ArgumentParser) -> tuple[list[str], Optional[list[str]]]:
    """Split what follows ``credgate hook`` into (options for argparse, file names) for ``pre-commit``.

    The pre-commit framework appends staged file names to the hook's entry and ``args:``,
    and a file may be named like an option (``-h``, ``--no-redact``, ``--fail-on=critical``).
    A token that names an existing path (relative to the working directory) is a file,
    and so is everything after it: the framework puts all file names last.  Before the first
    ``--`` (the entry itself) tokens are options as usual; after it, and when there is no
    ``--``, a token is an option only when no file by that name exists.  Returns
    ``(rest, None)`` when this is not a pre-commit hook call.
    """
    takes_value = {}
    for action in parser._actions:  # noqa: SLF001 - argparse has no public way to list options
        for opt in action.option_strings:
            takes_value[opt] = action.nargs != 0

    def needs_value(tok: str) -> bool:
        if "=" in tok or not tok.startswith("--") and len(tok) > 2:
            return False
        if tok in takes_value:
            return takes_value[tok]
        hits = [o for o in takes_value if o.startswith(tok) and tok.startswith("--")]  # argparse abbreviations
        return len(hits) == 1 and takes_value[hits[0]]

    opts: list[str] = []
    i = 0
    hook_type = None
    while i < len(rest):  # options and the hook type
        tok = rest[i]
        if tok in ("pre-commit", "pre-push") and hook_type is None:
            hook_type = tok
            opts.append(tok)
            i += 1
            break
        opts.append(tok)
        if tok.startswith("-") and needs_value(tok) and i + 1 < len(rest):
            opts.append(rest[i + 1])
            i += 1
        elif not tok.startswith("-") or tok == "--":
            return rest, None  # a hook type argparse will reject, or no hook type: leave it to argparse
        i += 1
    if hook_type != "pre-commit":
        return rest, None
    trusted = "--" in rest[i:]
    repo = Path(".")
    while i < len(rest):
        tok = rest[i]
        if tok == "--" and trusted:
            trusted = False
            i += 1
            continue
        if trusted:  # the entry's own options, before its `--`
            opts.append(tok)
            if tok.startswith("-") and needs_value(tok) and i + 1 < len(rest):
                opts.append(rest[i + 1])
                if tok == "--repo":
                    repo = Path(rest[i + 1])
                i += 1
            i += 1
            continue
        if _is_path(tok, repo) or not tok.startswith("-") or tok == "-":
            return opts, rest[i:]
        opts.append(tok)
        if needs_value(tok) and i + 1 < len(rest):
            opts.append(rest[i + 1])
            if tok == "--repo":
                repo = Path(rest[i + 1])
            i += 1
        i += 1
    return opts, []


def _is_path(tok: str, repo: Path) -> bool:
    return any(os.path.lexists(base / tok) for base in {Path("."), repo})


def _framework_files(repo: Path, files: list[str], staged: set[str], max_size: int
                     ) -> Iterator[Union[Fragment, Skip]]:
    """Files the framework passed that are not staged (``pre-commit run --all-files``): scan them whole."""
    for name in files:
        rel = Path(name).as_posix()
        if rel in staged:
            continue
        p = repo / name
        try:
            if not p.is_file() or p.is_symlink():
                continue
            size = p.stat().st_size
            if size > max_size:  # never read into memory
                yield Skip(rel, "too-large", too_large_detail(size, max_size))
                continue
            with open(p, "rb") as fh:
                data = fh.read(max_size + 1)
            if len(data) > max_size:
                yield Skip(rel, "too-large", too_large_detail(len(data), max_size, " (grew while reading)"))
                continue
        except OSError as exc:
            yield Skip(rel, "unreadable", exc.strerror or str(exc))
            continue
        text = decode_text(data)  # UTF-16/UTF-32 text is scanned as UTF-8
        if text is None:
            yield Skip(rel, "binary", "binary content not scanned")
            continue
        yield Fragment(path=rel, data=text, source="worktree")


def run(args: argparse.Namespace) -> int:
    args.hook_mode = True
    repo = Path(args.repo)
    top, merge_head = _work_tree(repo)
    config = config_from_args(args, start=top)
    engine = make_engine(args, config)
    col = GitCollector(engine)
    if args.max_file_size:
        max_size = parse_size(args.max_file_size, "--max-file-size")
    else:
        max_size = config.max_file_size
    if args.hook_type == "pre-commit":
        staged: set[str] = set()  # every staged path, a fragment or not (a pure rename yields no item)
        items = list(iter_staged(top, all_lines=args.all_lines, max_size=max_size, merge_head=merge_head,
                                 paths=staged))
        _fail_closed(items)
        if args.hook_args:
            # the framework passes file names, possibly split over several runs: each run reports its own files
            wanted = {Path(a).as_posix() for a in args.hook_args}
            col.feed(i for i in items if i.path in wanted)
            col.feed(_framework_files(top, args.hook_args, staged, max_size))
        else:
            col.feed(items)
        code = finish(args, config, col, "hook pre-commit")
    else:
        items = list(_push_items(top, args, max_size))
        _fail_closed(items)
        col.feed(items)
        code = finish(args, config, col, "hook pre-push")
    return code


def _push_items(top: Path, args: argparse.Namespace, max_size: int) -> Iterator[Union[Fragment, Skip]]:
    env_from = os.environ.get("PRE_COMMIT_FROM_REF")
    env_to = os.environ.get("PRE_COMMIT_TO_REF")
    remote = args.hook_args[0] if args.hook_args else os.environ.get("PRE_COMMIT_REMOTE_NAME", "origin")
    if env_from and env_to:  # the pre-commit framework already resolved the range
        yield from iter_range(top, f"{env_from}..{env_to}", all_lines=args.all_lines, max_size=max_size)
        return
    if os.environ.get("PRE_COMMIT_LOCAL_BRANCH") and os.environ.get("PRE_COMMIT_REMOTE_NAME"):
        # framework, new branch including its root commit: everything the remote lacks
        local = os.environ["PRE_COMMIT_LOCAL_BRANCH"]
        yield from iter_range(top, f"{local} --not --remotes={remote}", all_lines=args.all_lines,
                                        max_size=max_size)
        return
    text = "" if sys.stdin is None or sys.stdin.isatty() else sys.stdin.read()
    yield from iter_push(top, text, remote, all_lines=args.all_lines, max_size=max_size)


def _fail_closed(items: list[Union[Fragment, Skip]]) -> None:
    for it in items:
        if isinstance(it, Skip) and it.reason == "git-error":
            raise HookError(f"could not read the changes to check: {it.detail}")


def _work_tree(repo: Path) -> tuple[Path, Path]:
    try:
        return work_tree(repo)
    except GitError as exc:
        raise HookError(f"not inside a git work tree ({exc})") from None
