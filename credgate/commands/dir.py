"""credgate dir: scan files and folders."""
from __future__ import annotations

import argparse

from credgate.cli import Collector, add_common, config_from_args, finish, make_engine, require_paths
from credgate.config import parse_size

DESCRIPTION = """\
Scan files and folders for secrets.  Folders are walked recursively (symbolic
links are not followed; binaries and files over --max-file-size are skipped
and listed).  IaC documents (CloudFormation, SAM, ECS task definitions,
parameter files, samconfig.toml, ...) are read as structure.
"""

EPILOG = """\
examples:
  credgate dir .
  credgate dir src/ config/app.env --format json -o findings.json
  credgate dir . --fail-on high --baseline .credgate-baseline.json
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to scan (default: .)")
    p.add_argument("--max-file-size", metavar="SIZE", help="skip files larger than SIZE (default 10MB)")
    add_common(p)


def run(args: argparse.Namespace) -> int:
    paths = args.paths or ["."]
    require_paths(paths)
    config = config_from_args(args)
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    from credgate.sources.filesystem import FileWalker, scan_base

    walker = FileWalker(scan_base(config.root, config.path), max_size)
    col = Collector(engine).feed(walker.walk(paths))
    return finish(args, config, col, "dir")
