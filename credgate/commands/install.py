"""credgate install: native pre-commit and pre-push hooks, for people without the pre-commit framework.

The hooks directory comes from ``git rev-parse --git-path hooks``, so
``core.hooksPath`` is honoured.  An existing hook that is not ours is kept:
it is renamed to ``<hook>.credgate-chained`` and run first; ``--uninstall``
removes our hook and puts the chained one back.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from credgate.errors import EXIT_CLEAN, EXIT_USAGE, UsageError
from credgate.hooks.install import framework_plan, hooks_dir, install, uninstall
from credgate.sources.git.run import GitError, git

DESCRIPTION = """\
Install (or with --uninstall remove) native git hooks that run credgate:
pre-commit scans the staged changes, pre-push scans the commits being pushed;
on a git server, pre-receive (--hook-type pre-receive --repo BARE.git) refuses
pushes whose new commits hold a secret.
core.hooksPath is honoured.  An existing hook is kept and chained (renamed to
<hook>.credgate-chained and run first); --uninstall restores it.  The hook
runs this Python interpreter directly ({python}) for speed.

When the pre-commit framework manages a hook (`pre-commit install` wrote it),
no native hook is added next to it: if the framework's config runs credgate
there, it would scan every commit twice (exit 0, nothing to do); if not, add
credgate to the framework's config instead (exit 2).  --force installs anyway.
"""

EPILOG = """\
examples:
  credgate install                          pre-commit and pre-push hooks
  credgate install --hook-type pre-commit   only the pre-commit hook
  credgate install --uninstall              remove them, restoring chained hooks
  credgate install --hook-type pre-receive --repo /srv/git/app.git --config /etc/credgate/server.toml
                                            on a git server: refuse pushes that bring secrets
  credgate install --force                  also where the pre-commit framework manages the hook

exit codes: 0 installed (or credgate already runs there through the pre-commit
framework), 2 not a git repository, or a hook the framework manages does not
run credgate (add it to .pre-commit-config.yaml, or --force).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = DESCRIPTION.format(python=sys.executable)
    p.add_argument("--uninstall", action="store_true", help="remove credgate hooks and restore chained ones")
    p.add_argument("--hook-type", action="append", choices=["pre-commit", "pre-push", "pre-receive"],
                   dest="hook_types",
                   help="hook to (un)install; repeat for several (default: pre-commit and pre-push); pre-receive "
                   "is the server-side hook of a bare repository")
    p.add_argument("--config", metavar="FILE",
                   help="pre-receive: the server's policy file, written into the hook as --config (absolute path); "
                   "without it the hook uses CREDGATE_CONFIG or the built-in defaults")
    p.add_argument("--repo", default=".", help="repository (default: current directory)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.add_argument("--force", action="store_true",
                   help="install even where the pre-commit framework manages the hook (chained after it)")


def run(args: argparse.Namespace) -> int:
    hooks = args.hook_types or ["pre-commit", "pre-push"]
    config = None
    if args.config:
        if "pre-receive" not in hooks or args.uninstall:
            raise UsageError("--config applies to --hook-type pre-receive (the server's policy)")
        path = Path(args.config)
        if not path.is_file():
            raise UsageError(f"--config {args.config}: no such file")
        config = str(path.resolve())
    hdir = hooks_dir(Path(args.repo))
    client_hooks = [h for h in hooks if h != "pre-receive"]  # the framework manages client hooks only
    plan = {} if args.uninstall or args.force or not client_hooks else framework_plan(
        _toplevel(Path(args.repo)), hdir, client_hooks)
    code = EXIT_CLEAN
    for h in hooks:
        verdict, note = plan.get(h, ("", ""))
        if verdict in ("covered", "refused"):
            print(f"credgate: warning: {note}", file=sys.stderr)
            if verdict == "refused":
                code = EXIT_USAGE
            continue
        msg = uninstall(hdir, h) if args.uninstall else install(hdir, h, config if h == "pre-receive" else None)
        if not args.quiet:
            print(f"credgate: {msg}")
        if verdict == "warn":
            print(f"credgate: warning: {note}", file=sys.stderr)
    return code


def _toplevel(repo: Path) -> Path:
    try:
        out = git(repo, "rev-parse", "--show-toplevel").decode().strip()
    except GitError:
        return repo
    return Path(out) if out else repo
