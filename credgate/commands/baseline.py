"""credgate baseline create|update|check: accept what is known, report only what is new."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from credgate import triage
from credgate.cli import add_dir_options, require_paths
from credgate.config import parse_size
from credgate.errors import EXIT_CLEAN, UsageError
from credgate.linter.baseline import Baseline, DEFAULT_PATH
from credgate.scan import Collector, config_from_args, finish, make_engine
from credgate.sources.filesystem import FileWalker, read_in_workers, scan_base

DESCRIPTION = """\
Record the findings a repository has today so that later scans report only new
ones.  The baseline is one JSON file per repository, keyed by rule, path and a
salted hash of each secret (never the secret, never a line number or commit),
with sorted entries and no timestamps, so it survives rebases and rarely
conflicts.  Scans take it with --baseline FILE.

  create   scan PATHS and write a new baseline (new random salt)
  update   scan PATHS, add new findings and drop entries that match nothing
  check    scan PATHS and report findings not in the baseline (exit 1 if any);
           list entries that no longer match anything (stale) without failing
"""

EPILOG = """\
examples:
  credgate baseline create .                       # writes .credgate-baseline.json
  credgate baseline check .                        # exit 1 when something new appears
  credgate baseline update . --baseline .credgate-baseline.json
  credgate dir . --baseline .credgate-baseline.json
"""


def add_arguments(p: argparse.ArgumentParser) -> None:

    sub = p.add_subparsers(dest="action", metavar="ACTION")
    for name, help_ in (
        ("create", "scan and write a new baseline"),
        ("update", "scan, add new findings, drop stale entries"),
        ("check", "report findings not in the baseline; exit 1 if any"),
    ):
        sp = sub.add_parser(name, help=help_, description=help_, formatter_class=argparse.RawDescriptionHelpFormatter)
        add_dir_options(sp)
        sp.set_defaults(baseline=DEFAULT_PATH)
        if name == "update":
            sp.add_argument("--keep-stale", action="store_true", help="keep entries that no longer match anything")
        if name == "check":
            sp.set_defaults(fail_on_new=True)


def _scan(args: argparse.Namespace):  # -> (config, collector)

    require_paths(args.paths or ["."])
    config = config_from_args(args)
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    walker = FileWalker(scan_base(config.root, config.path), max_size)
    walker.excluded = lambda shown: engine.path_excluded(shown) is not None
    col = Collector(engine).feed(walker.walk(args.paths or ["."], deferred=read_in_workers()))
    return config, col


def run(args: argparse.Namespace) -> int:
    action = getattr(args, "action", None)
    if action not in ("create", "update", "check"):
        raise UsageError("say what to do: credgate baseline create|update|check [PATH...] (see credgate baseline --help)")

    path = Path(args.baseline)
    if action == "check":
        return _check(args, path)
    config, col = _scan(args)
    findings = triage.consolidate(col.findings, config)
    for w in sorted(col.engine.expired_allow):
        print(f"credgate: warning: {w}", file=sys.stderr)
    if action == "create":
        bl = Baseline(path=path)
        bl.add(findings)
        bl.save()
        print(f"credgate: wrote {path} with {len(bl.entries)} entr{'y' if len(bl.entries) == 1 else 'ies'} "
              f"from {len(findings)} finding(s); commit it, then scan with --baseline {path}")
        return EXIT_CLEAN
    bl = Baseline.load(path)
    stale = [] if args.keep_stale else bl.stale(findings)
    bl.entries -= set(stale)
    added = bl.add(findings)
    bl.save()
    print(f"credgate: updated {path}: {added} added, {len(stale)} stale removed, {len(bl.entries)} total")
    return EXIT_CLEAN


def _check(args: argparse.Namespace, path: Path) -> int:

    bl = Baseline.load(path)
    if args.fail_on is None:
        args.fail_on = "info"  # any new finding fails a check
    config, col = _scan(args)
    stale = bl.stale(triage.consolidate(col.findings, config))
    rc = finish(args, config, col, "baseline check", meta={"baseline": str(path), "baseline_stale": len(stale)})
    if stale:
        print(f"credgate: {len(stale)} baseline entr{'y' if len(stale) == 1 else 'ies'} in {path} no longer match "
              f"anything (fixed or moved); drop them with: credgate baseline update --baseline {path}", file=sys.stderr)
        for rule_id, p, _h in stale[:50]:
            print(f"  stale: {p} [{rule_id}]", file=sys.stderr)
    return rc
