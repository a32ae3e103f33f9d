"""credgate hook: what native git hooks and the pre-commit framework call.

``credgate hook pre-commit`` scans the staged changes; ``credgate hook
pre-push REMOTE URL`` reads git's pre-push lines on stdin (or, under the
pre-commit framework, ``PRE_COMMIT_FROM_REF``/``PRE_COMMIT_TO_REF``);
``credgate hook pre-receive`` runs on a git server and scans the commits a push
brings that the server lacks.  All block at ``--fail-on high`` by default and
fail closed: an internal error blocks and says how to bypass deliberately.
"""
from __future__ import annotations

import argparse

from credgate.cli import add_common, add_gate_options
from credgate.hooks import githooks
from credgate.hooks.policy import RECEIVE_BYPASS

DESCRIPTION = """\
Entry point for git hooks.  Native hooks written by `credgate install` and the
hooks in .pre-commit-hooks.yaml call this; you rarely run it by hand.

  pre-commit [FILE...]   scan what is about to be committed (lines it adds).
                         FILEs that are not staged (pre-commit run --all-files)
                         are scanned whole, as work-tree files.
  pre-push REMOTE [URL]  scan the commits being pushed that REMOTE lacks
                         (git's pre-push lines on stdin).
  pre-receive            on a git server (the bare repository's hooks/pre-receive):
                         scan the commits a push brings that no ref of the server
                         reaches yet (git's '<old> <new> <ref>' lines on stdin)
                         and refuse the whole push on a blocking finding.  The
                         policy is the server's: --config FILE or CREDGATE_CONFIG,
                         else the built-in defaults; a .credgate.toml in the
                         pushed commits is never read.

The hook blocks on findings at or above --fail-on (default high) and fails
closed on an internal error.

File names are never read as options: everything after `--` that names a
file or folder (and, without `--`, every argument that names one) is scanned
as a file, so a staged file called `--help` or `--no-redact` is scanned, not
obeyed.  Options given after `--` that name no file still work (pre-commit's
`args:` land there).
"""

EPILOG = """\
examples:
  credgate hook pre-commit
  echo "refs/heads/main $(git rev-parse HEAD) refs/heads/main $(git rev-parse origin/main)" \
    | credgate hook pre-push origin
  # hooks/pre-receive of a bare repository on a server:
  #   #!/bin/sh
  #   exec credgate hook pre-receive --config /etc/credgate/server.toml
"""


class _HookType(argparse.Action):
    """The hook type; a server's pre-receive hook says how it is bypassed (not with --no-verify)."""

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        setattr(namespace, self.dest, values)
        if values == "pre-receive":
            namespace.bypass_hint = RECEIVE_BYPASS


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("hook_type", choices=["pre-commit", "pre-push", "pre-receive"], action=_HookType,
                   help="which git hook is running")
    p.add_argument("hook_args", nargs="*", metavar="ARG",
                   help="pre-commit: files (from the framework); pre-push: REMOTE [URL] as git passes them; "
                   "pre-receive: none (refs on stdin)")
    p.add_argument("--repo", default=".", help="repository (default: current directory)")
    p.add_argument("--all-lines", action="store_true", help="report findings on every line of changed files")
    p.add_argument("--max-file-size", metavar="SIZE", help="skip files larger than SIZE (default: config, 10MB)")
    add_common(p, hook=True)
    add_gate_options(p)
    p.set_defaults(hook_mode=True)


def run(args: argparse.Namespace) -> int:
    if args.hook_type == "pre-receive":
        from credgate.hooks import receive  # a server's hook: only its own part is imported

        return receive.run(args)
    return githooks.run(args)
