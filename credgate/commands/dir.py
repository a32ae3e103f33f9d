"""credgate dir: scan files and folders."""
from __future__ import annotations

import argparse

from credgate.cli import add_dir_options, require_paths
from credgate.config import parse_size
from credgate.scan import Collector, config_from_args, finish, make_engine
from credgate.sources.archives import ArchiveAwareWalker, ArchiveLimits, NOT_SCANNED
from credgate.sources.filesystem import read_in_workers, scan_base

DESCRIPTION = """\
Scan files and folders for secrets.  Folders are walked recursively (symbolic
links are not followed; binaries and files over --max-file-size are skipped
and listed).  IaC documents (CloudFormation, SAM, ECS task definitions,
parameter files, samconfig.toml, ...) are read as structure.  Archives (zip,
tar, gz, bz2, xz, nested; told by content) are opened in memory within limits,
and .git folders, bare repositories and bundles, on disk or inside archives,
are read as full histories.  A docker save or OCI image layout tarball is read
as a container image: config Env and build history, then every layer, with
files deleted in a later layer still reported (README section "Archives,
backups and old repositories").
"""

EPILOG = """\
examples:
  credgate dir .                                   text report of the current folder
  credgate dir src/ config/app.env --format json -o findings.json
  credgate dir . --fail-on high                    exit 1 only for high and critical
  credgate dir . --baseline .credgate-baseline.json   only what is new since the baseline
  credgate dir . --format html -o report.html      a filterable page to share
  credgate dir . --format markdown -o findings.md  for a ticket or a pull-request comment
  credgate dir backups/ --archive-max-size 4GB --archive-max-depth 3
  credgate dir myapp.tar                           a `docker save` image: config, history, layers
  credgate dir . --verbose                         every finding in full, every skipped item

each finding:
  path:line:column, severity, rule, the secret redacted, why it looks live, where
  to move it (an IAM role for AWS keys; Secrets Manager or the environment, with
  the line of code that reads it) and the exact comment or config line to allow
  it if it is not a secret.  Rotation steps: credgate explain RULE_ID.

exit codes: 0 nothing at or above --fail-on, 1 findings, an archive limit hit
or a bundle ref that could not be read (something left unread), or any skip
with --fail-on-skip, 2 usage or config error, 123 internal error.

see also: credgate git (histories), credgate baseline, credgate explain.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    add_dir_options(p)


def run(args: argparse.Namespace) -> int:
    paths = args.paths or ["."]
    require_paths(paths)
    config = config_from_args(args)
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size

    limits = ArchiveLimits.build(
        config.section("archives"),
        max_file_size=max_size,
        enabled=False if args.no_archives else None,
        git_history=False if args.no_git_history else None,
        max_depth=args.archive_max_depth,
        max_total_size=args.archive_max_size,
        max_members=args.archive_max_members,
        max_ratio=args.archive_max_ratio,
    )
    walker = ArchiveAwareWalker(scan_base(config.root, config.path), max_size, limits)
    walker.excluded = lambda shown: engine.path_excluded(shown) is not None
    col = Collector(engine).feed(walker.walk(paths, deferred=read_in_workers()))  # files read where scanned
    unread = [s for s in col.skips if s.reason in NOT_SCANNED]
    if unread:  # clean means scanned: a limit hit leaves part of an archive or bundle unread, so it blocks
        kinds = ", ".join(sorted({s.reason for s in unread}))
        col.errors.append(f"{len(unread)} part(s) of archives or bundles were not read ({kinds}; listed under "
                          "skipped), so this is not a clean scan; each skip says why and which option raises the limit")
    return finish(args, config, col, "dir")
