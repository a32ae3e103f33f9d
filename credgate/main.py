"""credgate command line: argparse and a flat dispatch, one module per command.

Only the module of the command being run is imported, so a pre-commit hook
pays for nothing it does not use.
"""
from __future__ import annotations

import argparse
import errno
import importlib
import os
import sys
from typing import TYPE_CHECKING, Iterable, Optional, Sequence, TextIO

from credgate import __version__, interrupts, startup
from credgate.termsize import columns
from credgate.errors import EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_USAGE, CredgateError

if TYPE_CHECKING:
    from credgate.hooks.policy import FailClosedPolicy

# name -> (module, one-line help).  Each module has add_arguments(parser) and run(args) -> int.
COMMANDS: dict[str, tuple[str, str]] = {
    "dir": ("credgate.commands.dir", "scan files and folders (and archives inside them)"),
    "git": ("credgate.commands.git", "scan git history, staged changes or a commit range"),
    "hook": ("credgate.commands.hook", "entry point for git hooks and the pre-commit framework"),
    "install": ("credgate.commands.install", "install native pre-commit and pre-push hooks"),
    "ci": ("credgate.commands.ci", "CodeBuild / CodeCommit pull-request gate"),
    "aws": ("credgate.commands.aws", "audit deployed AWS resources for secrets"),
    "baseline": ("credgate.commands.baseline", "create, update or check a baseline of known findings"),
    "rules": ("credgate.commands.rules", "list rules, or check rule files against their examples"),
    "explain": ("credgate.commands.explain", "show what a rule finds and how to fix its findings"),
    "init": ("credgate.commands.init", "write a starter .credgate.toml and pre-commit config"),
}

DESCRIPTION = """\
credgate stops AWS credentials and other secrets before they ship, and finds
the ones that already did: in staged changes and pushes, whole git histories
(every branch, tag, stash and deleted file), archives and backups,
CloudFormation/SAM/ECS/Terraform read as structure, and resources already
deployed in AWS.  One engine serves every entry point; findings are redacted
unless you ask otherwise, and each says why the value looks live and how to
move it out of the code or allow it.

Run `credgate COMMAND --help` for the options of one command.
"""

EPILOG = """\
getting started:
  credgate init                           starter .credgate.toml and .pre-commit-config.yaml
  credgate dir .                          what is in the working tree today

at commit time (developers):
  credgate install                        native pre-commit and pre-push hooks (or, with the
                                          pre-commit framework, after `credgate init`:
                                          pre-commit install --hook-type pre-commit --hook-type pre-push)
  credgate git --staged                   the same check by hand
  credgate explain aws-access-key-id      what a rule finds and how to fix its findings

in a pipeline (CodeBuild, any CI):
  credgate ci --junit credgate-junit.xml --sarif credgate.sarif
  credgate git --range origin/main..HEAD --format markdown -o comment.md

audits (security):
  credgate git . --format html -o history.html         every commit of every ref
  credgate dir backups/ --format sarif -o backups.sarif  archives and bundles inside
  credgate aws --regions us-east-1,eu-west-1 --format html -o aws.html

output:
  --format text (default; colour on a terminal unless NO_COLOR is set), json,
  jsonl, sarif, junit, csv, markdown (pull-request comments), html (a
  self-contained, filterable page), asff (Security Hub).  --output FILE writes
  the report with mode 0600.  Long runs on a terminal show progress on stderr
  (a rich bar with the ui extra, else a plain line) and end with a summary
  table; nothing of that reaches hooks, CI logs or pipes (--no-progress: never).

configuration:
  the nearest .credgate.toml, or [tool.credgate] in pyproject.toml, or
  --config FILE.  Allow a false positive in place with a `credgate:allow`
  comment on its line, or by fingerprint under [[allowlist]].

environment:
  NO_COLOR                 no colour in text output (also: --color never)
  CI                       no progress bar or summary table (also: --no-progress)
  CREDGATE_PROGRESS=0      never show progress; CREDGATE_PROGRESS_DELAY=SEC
  CREDGATE_DEBUG=1         show the traceback of an internal error

exit codes:
  0 nothing at or above --fail-on; 1 findings that block (or skips with
  --fail-on-skip); 2 usage or configuration error; 123 internal error (a hook
  then blocks: it fails closed); 130 interrupted.  A reader that closes the
  output early (| head) does not change the exit code.
"""


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """argparse's formatter, reading the terminal width itself: argparse's own imports ``shutil`` (and with it
    ``bz2`` and ``lzma``, ~2.5 ms of a hook's start-up) for ``shutil.get_terminal_size``.  Same width rule."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24,
                 width: Optional[int] = None) -> None:
        if width is None:
            width = columns() - 2
        super().__init__(prog, indent_increment, max_help_position, width)


def _available(names: Optional[Sequence[str]] = None) -> dict[str, tuple[str, str]]:
    """The commands whose modules this install has (a trimmed install may leave some out)."""
    import importlib.util  # not on a hook's path: ``credgate hook`` imports its one module directly (build_parser)

    out = {}
    for name, (mod, help_) in COMMANDS.items():
        if names is not None and name not in names:
            continue
        try:
            spec = importlib.util.find_spec(mod)
        except (ImportError, ValueError):
            spec = None
        if spec is not None:
            out[name] = (mod, help_)
    return out


def build_parser(only: Optional[str] = None, alone: bool = False) -> argparse.ArgumentParser:
    """The parser; with ``only``, only that command's options are built (the others get a name and a
    help line for the top-level help); with ``alone`` too, the other commands are left out entirely
    (``credgate hook ...``: nothing but that command's parser can be reached)."""
    parser = argparse.ArgumentParser(
        prog="credgate",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"credgate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    alone_one = bool(alone and only and only in COMMANDS)
    commands = {only: COMMANDS[only]} if alone_one else _available()  # type: ignore[index]
    for name, (mod, help_) in commands.items():
        if only is not None and name != only:
            sub.add_parser(name, help=help_, add_help=False, formatter_class=_Formatter)
            continue
        try:
            module = importlib.import_module(mod)
        except ModuleNotFoundError as exc:
            if not alone_one or exc.name != mod:
                raise
            continue  # not in this install: as _available would have left it out
        p = sub.add_parser(
            name,
            help=help_,
            description=getattr(module, "DESCRIPTION", help_),
            epilog=getattr(module, "EPILOG", None),
            formatter_class=_Formatter,
        )
        module.add_arguments(p)
    return parser


def _subparser(parser: argparse.ArgumentParser, name: str) -> argparse.ArgumentParser:
    for action in parser._actions:  # noqa: SLF001 - the sub-command parsers argparse keeps
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            return action.choices[name]
    raise KeyError(name)


def _command_in(argv: Sequence[str]) -> Optional[str]:
    for a in argv:
        if a.startswith("-"):
            continue
        return a if a in COMMANDS else None
    return None


class _PipeSafe:
    """stdout or stderr when it is a pipe: a reader that goes away (``| head``) does not end the run.

    The first write that meets a closed pipe points the file descriptor at /dev/null (so what is
    still buffered, and the interpreter's last flush at exit, go nowhere quietly: no "Exception
    ignored" message); the command then finishes and exits with its own verdict.
    """

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream
        self.closed_by_reader = False

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except BrokenPipeError:
            self._drop()
            return len(text)

    def writelines(self, lines: Iterable[str]) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except BrokenPipeError:
            self._drop()

    def _drop(self) -> None:
        self.closed_by_reader = True
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            try:
                os.dup2(devnull, self._stream.fileno())
            finally:
                os.close(devnull)
            self._stream.flush()  # what was buffered for the closed pipe
        except (OSError, ValueError):
            pass

    def __getattr__(self, name: str) -> object:
        return getattr(self._stream, name)


def _pipe_safe() -> list[tuple[str, TextIO]]:
    """Wrap sys.stdout/sys.stderr when they are pipes or sockets; return what to restore."""
    import stat

    saved = []
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        try:
            mode = os.fstat(stream.fileno()).st_mode
        except (AttributeError, ValueError, OSError):
            continue
        if stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode):
            saved.append((name, stream))
            setattr(sys, name, _PipeSafe(stream))
    return saved


def main(argv: Optional[Sequence[str]] = None) -> int:
    startup.pause()  # resumed before the command runs; a hook resumes once its engine is built (scan.make_engine)
    saved = _pipe_safe()
    try:
        with interrupts.guard():  # a Ctrl-C that CPython swallows in a callback is delivered again
            return _main(argv)
    except KeyboardInterrupt:  # before the command ran (its imports, its options) or after it ended
        return _interrupted()
    finally:
        startup.resume()
        for name, stream in saved:
            setattr(sys, name, stream)


def _interrupted() -> int:
    interrupts.handled()
    interrupts.forget_unhandled()  # else `python -m credgate` can end by SIGINT instead of exiting 130
    print("credgate: interrupted", file=sys.stderr)
    return EXIT_INTERRUPTED


def _main(argv: Optional[Sequence[str]] = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cmd = _command_in(argv)
    # the command first (hooks, scripts): no top-level option can ask for the list of commands
    parser = build_parser(only=cmd if cmd else "", alone=bool(argv) and argv[0] == cmd)
    files = None
    if cmd == "hook":  # staged file names are never options, even one named --help or --no-redact
        from credgate.hooks.githooks import split_argv

        at = argv.index("hook")
        rest, files = split_argv(argv[at + 1:], _subparser(parser, "hook"))
        if files is not None:
            argv = argv[:at + 1] + rest
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse: 2 on usage errors, 0 for --help
        if files and int(exc.code or 0) == 0:
            return EXIT_USAGE  # never a pass when files were given to scan
        return int(exc.code or 0)
    if files is not None:
        args.hook_args = list(args.hook_args) + files
    if not args.command:
        parser.print_help()
        return EXIT_USAGE
    module = importlib.import_module(COMMANDS[args.command][0])
    # at the command boundary, like the command itself: `credgate --version`/`--help` stay light
    from credgate.hooks.policy import FailClosedPolicy, print_bypass

    policy = FailClosedPolicy.from_args(args)  # options only: config may be what failed
    hook_mode = policy.hook_mode
    if args.command != "hook":
        startup.resume()
    try:
        return _run(module, args)
    except CredgateError as exc:
        print(f"credgate: error: {exc}", file=sys.stderr)
        if hook_mode:
            print_bypass(policy.bypass_hint)
            return 1 if exc.exit_code == EXIT_USAGE else exc.exit_code
        return exc.exit_code
    except KeyboardInterrupt:
        return _interrupted()
    except BrokenPipeError:  # a closed output that is not a pipe we watch: the verdict is unknown
        from credgate.report import _silence_stdout

        _silence_stdout()
        return 1 if hook_mode else 0  # a gate or hook fails closed; other commands had nothing to decide
    except OSError as exc:
        if exc.errno not in _WRITE_ERRORS:
            return _internal(exc, args, policy)
        # a full disk, a quota, a dead device: say what could not be written, exit 2 (a hook or gate blocks)
        what = f"cannot write {exc.filename}" if exc.filename else "cannot write output"
        print(f"credgate: error: {what}: {exc.strerror or exc}", file=sys.stderr)
        from credgate.report import _silence_stdout

        _silence_stdout()
        if hook_mode:
            print_bypass(policy.bypass_hint)
            return 1
        return EXIT_USAGE
    except Exception as exc:  # noqa: BLE001 - last line of defence: no tracebacks for users
        return _internal(exc, args, policy)


def _run(module: object, args: argparse.Namespace) -> int:
    try:
        return int(module.run(args))  # type: ignore[attr-defined]
    finally:  # an error or an interrupt: end a progress line before anything else is printed
        prog = sys.modules.get("credgate.progress")
        if prog is not None:
            prog.stop_all()  # type: ignore[attr-defined]


_WRITE_ERRORS = {errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EROFS}


def _internal(exc: BaseException, args: argparse.Namespace, policy: "FailClosedPolicy") -> int:
    """The last line of defence: no traceback for users (CREDGATE_DEBUG=1 shows it, scrubbed)."""
    if os.environ.get("CREDGATE_DEBUG"):  # the traceback, with secret-looking tokens redacted
        import traceback

        from credgate.safety import scrub_message

        print(scrub_message("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))),
              file=sys.stderr)
    print(
        f"credgate: internal error: {type(exc).__name__}: {_safe(str(exc))}\n"
        "  This is a bug in credgate; set CREDGATE_DEBUG=1 for the traceback and report it.",
        file=sys.stderr,
    )
    if policy.hook_mode:
        policy.print_bypass()
    return EXIT_INTERNAL


def _safe(msg: str) -> str:
    from credgate.safety import scrub_message  # an exception can quote the value it choked on

    msg = scrub_message(msg)
    return msg if len(msg) < 300 else msg[:300] + "..."


if __name__ == "__main__":
    raise SystemExit(main())
