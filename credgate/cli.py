"""Options every scanning command shares (the scan itself is :mod:`credgate.scan`).

Kept apart from :mod:`credgate.scan` so that option parsing stays one small module every command
parser imports, and the pipeline can be used (audit exports, tests) without argparse definitions."""
from __future__ import annotations

import argparse
import os

from credgate.errors import UsageError

FORMAT_CHOICES = ["text", "json", "jsonl", "sarif", "junit", "csv", "markdown", "html", "asff"]


def add_common(p: argparse.ArgumentParser, *, hook: bool = False) -> None:
    g = p.add_argument_group("output and policy")
    g.add_argument("-f", "--format", default="text", choices=FORMAT_CHOICES, help="report format (default: text)")
    g.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE (default: stdout)")
    g.add_argument(
        "--fail-on",
        choices=["critical", "high", "medium", "low", "info"],
        default=None,
        help="lowest severity that makes the exit code 1 (default: config fail_on, else "
        + ("high" if hook else "medium") + ")",
    )
    g.add_argument("--fail-on-skip", action="store_true", help="exit 1 when anything requested could not be scanned")
    g.add_argument("-c", "--config", metavar="FILE", help="config file (default: nearest .credgate.toml or pyproject.toml)")
    g.add_argument("--baseline", metavar="FILE", help="report only findings not in this baseline")
    g.add_argument("--no-redact", action="store_true", help="show secrets in full in the report (never the default)")
    g.add_argument("-q", "--quiet", action="store_true", help="print nothing when there are no findings")
    g.add_argument("-v", "--verbose", action="store_true", help="list every skipped item and dropped candidate")
    g.add_argument("--color", choices=["auto", "always", "never"], default="auto", help="colour in text output")
    if not hook:
        g.add_argument("--no-progress", action="store_true",
                       help="no progress line or summary table on a terminal (never shown in hooks, CI or pipes)")
    g.add_argument("--no-iac", action="store_true", help="do not analyse IaC documents as structure")
    g.add_argument("--rules", metavar="FILE", action="append", default=[], help="extra rule file (TOML or gitleaks TOML)")
    g.add_argument("--verify", action="store_true", help="check whether found credentials are live (network; opt-in)")
    g.add_argument("--verify-permissions", action="store_true",
                   help="--verify, and for a live AWS key also summarise what it may do (read-only IAM calls as "
                        "that key: policies, groups, admin or not)")
    p.set_defaults(hook_default_fail="high" if hook else None)


def add_gate_options(p: argparse.ArgumentParser) -> None:
    """``--allow-skip`` for the commands that gate (hooks, ci, git --staged/--range/--pre-push)."""
    p.add_argument("--allow-skip", metavar="REASON", action="append", default=[],
                   help="gates: let a skip with this reason (e.g. too-large) pass instead of blocking; "
                   "repeatable; config: [gate] allow_skips")


def add_dir_options(p: argparse.ArgumentParser) -> None:
    """The options of ``credgate dir`` (and of ``credgate baseline``, which scans the same way)."""
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to scan (default: .)")
    p.add_argument("--max-file-size", metavar="SIZE", help="skip files larger than SIZE (default 10MB)")
    a = p.add_argument_group("archives and repositories (config: [archives])")
    a.add_argument("--no-archives", action="store_true", help="do not open zip/tar/gz/bz2/xz files or bundles")
    a.add_argument("--no-git-history", action="store_true",
                   help="do not read .git folders, bare repositories and bundles as full histories")
    a.add_argument("--archive-max-depth", type=int, metavar="N", help="archives inside archives to open (default 5)")
    a.add_argument("--archive-max-size", metavar="SIZE",
                   help="uncompressed bytes one archive may produce, nesting included (default 1GB)")
    a.add_argument("--archive-max-members", type=int, metavar="N",
                   help="members one archive may hold, nesting included (default 100000)")
    a.add_argument("--archive-max-ratio", type=float, metavar="N",
                   help="largest expansion of one compressed stream or zip member (default 200)")
    add_common(p)


def require_paths(paths: list[str]) -> None:
    if not paths:
        raise UsageError("give at least one PATH to scan")
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:  # a typo must not read as a clean scan
        raise UsageError(f"no such file or directory: {', '.join(missing)}")


__all__ = ["FORMAT_CHOICES", "add_common", "add_dir_options", "add_gate_options", "require_paths"]
