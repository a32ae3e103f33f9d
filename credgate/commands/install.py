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

from credgate.errors import EXIT_CLEAN, EXIT_USAGE
from credgate.hooks.install import framework_plan, hooks_dir, install, uninstall

DESCRIPTION = """\
Install (or with --uninstall remove) native git hooks that run credgate:
pre-commit scans the staged changes, pre-push scans the commits being pushed.
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
  credgate install --force                  also where the pre-commit framework manages the hook

exit codes: 0 installed (or credgate already runs there through the pre-commit
framework), 2 not a git repository, or a hook the framework manages does not
run credgate (add it to .pre-commit-config.yaml, or --force).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = DESCRIPTION.format(python=sys.executable)
    p.add_argument("--uninstall", action="store_true", help="remove credgate hooks and restore chained ones")
    p.add_argument("--hook-type", action="append", choices=["pre-commit", "pre-push"], dest="hook_types",
                   help="hook to (un)install; repeat for both (default: both)")
    p.add_argument("--repo", default=".", help="repository (default: current directory)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    p.add_argument("--force", action="store_true",
                   help="install even where the pre-commit framework manages the hook (chained after it)")


def run(args: argparse.Namespace) -> int:
    hdir = hooks_dir(Path(args.repo))
    hooks = args.hook_types or ["pre-commit", "pre-push"]
    plan = {} if args.uninstall or args.force else framework_plan(_toplevel(Path(args.repo)), hdir, hooks)
    code = EXIT_CLEAN
    for h in hooks:
        verdict, note = plan.get(h, ("", ""))
        if verdict in ("covered", "refused"):
            print(f"credgate: warning: {note}", file=sys.stderr)
            if verdict == "refused":
                code = EXIT_USAGE
            continue
        msg = uninstall(hdir, h) if args.uninstall else install(hdir, h)
        if not args.quiet:
            print(f"credgate: {msg}")
        if verdict == "warn":
            print(f"credgate: warning: {note}", file=sys.stderr)
    return code


def _toplevel(repo: Path) -> Path:
    from credgate.sources.git.run import GitError, git

    try:
        out = git(repo, "rev-parse", "--show-toplevel").decode().strip()
    except GitError:
        return repo
    return Path(out) if out else repo
