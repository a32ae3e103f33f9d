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

from credgate.hooks.install import hooks_dir, install, uninstall

DESCRIPTION = """\
Install (or with --uninstall remove) native git hooks that run credgate:
pre-commit scans the staged changes, pre-push scans the commits being pushed.
core.hooksPath is honoured.  An existing hook is kept and chained (renamed to
<hook>.credgate-chained and run first); --uninstall restores it.  The hook
runs this Python interpreter directly ({python}) for speed.
"""

EPILOG = """\
examples:
  credgate install                          pre-commit and pre-push hooks
  credgate install --hook-type pre-commit   only the pre-commit hook
  credgate install --uninstall              remove them, restoring chained hooks
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.description = DESCRIPTION.format(python=sys.executable)
    p.add_argument("--uninstall", action="store_true", help="remove credgate hooks and restore chained ones")
    p.add_argument("--hook-type", action="append", choices=["pre-commit", "pre-push"], dest="hook_types",
                   help="hook to (un)install; repeat for both (default: both)")
    p.add_argument("--repo", default=".", help="repository (default: current directory)")
    p.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")


def run(args: argparse.Namespace) -> int:
    hdir = hooks_dir(Path(args.repo))
    hooks = args.hook_types or ["pre-commit", "pre-push"]
    for h in hooks:
        msg = uninstall(hdir, h) if args.uninstall else install(hdir, h)
        if not args.quiet:
            print(f"credgate: {msg}")
    return 0
