"""credgate init: a starter .credgate.toml and pre-commit configuration for this repository."""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path
from typing import Optional

from credgate import __version__
from credgate.errors import EXIT_CLEAN, UsageError

DESCRIPTION = """\
Write a starter .credgate.toml (commented; fail_on = "high": every command,
the hooks included, blocks on high and critical, README "What blocks") and a
.pre-commit-config.yaml that runs credgate on every commit and push, in the
top folder of the current git repository (or DIR).

Nothing is overwritten: an existing .credgate.toml is kept unless --force is
given.  An existing .pre-commit-config.yaml is never rewritten (it holds your
other hooks): the lines to add under its `repos:` are printed instead.

By default the pre-commit hooks are `repo: local` hooks that run the credgate
installed in your environment (language: system): no download, same version
as your CLI.  With --repo-url URL the snippet points the pre-commit framework
at credgate's git repository instead, so it installs credgate itself.  The
`rev:` it pins always exists in that repository (checked with git ls-remote):
the release tag v<this version> when the repository has it, else the commit
its HEAD points to now (said on stderr); --rev REV pins what you choose.
"""

EPILOG = """\
examples:
  credgate init                     write both files here, then follow the printed next steps
  credgate init --print             show both files without writing anything
  credgate init --force             replace an existing .credgate.toml
  credgate init --no-pre-commit     only the .credgate.toml
  credgate init ../other-repo
  credgate init --repo-url https://github.com/OWNER/credgate   pin credgate's repository at a rev it has

after init:
  pre-commit install --hook-type pre-commit --hook-type pre-push
  git commit ...                    blocked when it adds a live-looking secret
  (without the pre-commit framework: credgate install)

exit codes: 0 written, 2 the file exists (use --force), DIR is not a folder, or
--repo-url cannot be read (then pass --rev).
"""

CONFIG_NAME = ".credgate.toml"
PRE_COMMIT_NAME = ".pre-commit-config.yaml"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("dir", nargs="?", metavar="DIR", help="repository folder (default: the current repository's top)")
    p.add_argument("--force", action="store_true", help="overwrite an existing .credgate.toml")
    p.add_argument("--print", dest="print_only", action="store_true",
                   help="print the files to stdout instead of writing them")
    p.add_argument("--no-pre-commit", action="store_true", help="do not write or print the pre-commit configuration")
    p.add_argument("--fail-on", choices=["critical", "high", "medium", "low", "info"], default="high",
                   help="fail_on for the starter config (default: high). Every command, the hooks included, "
                        "blocks on findings at or above it (README \"What blocks\")")
    p.add_argument("--repo-url", metavar="URL",
                   help="use credgate's git repository in the pre-commit snippet instead of a local hook")
    p.add_argument("--rev", metavar="REV",
                   help="with --repo-url: the tag or commit to pin, used as given (default: the tag "
                        "v<this version> if URL has it, else the commit URL's HEAD points to now)")


def _toplevel(start: Path) -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], cwd=start, capture_output=True, text=True)
    except OSError:
        return start
    if out.returncode == 0 and out.stdout.strip():
        return Path(out.stdout.strip())
    return start


WHAT_BLOCKS = (
    "# What blocks (README \"What blocks\"): findings at or above fail_on make every",
    "# command exit 1: the commit and push hooks, credgate git, ci, dir and aws.",
    "# --fail-on overrides it for one run.",
)


def starter_config(root: Path, fail_on: str = "high") -> str:
    """A commented starter config; suggestions depend on what the repository holds."""
    lines = [
        "# credgate configuration, written by `credgate init`.  Every key is optional.",
        "# Check it with: credgate dir . (a config error exits 2 and names the key).",
        "",
        *WHAT_BLOCKS,
        f'fail_on = "{fail_on}"',
        "",
        "# Files larger than this are skipped (and listed as skipped).",
        'max_file_size = "10MB"',
        "",
        "# Paths never scanned: glob patterns relative to this file.",
        "exclude_paths = [",
    ]
    for cand in ("vendor", "node_modules", "third_party", ".venv", "dist", "build"):
        if (root / cand).is_dir():
            lines.append(f'  "{cand}/**",')
    lines.append('  # "*.min.js",')
    lines += [
        "]",
        "",
        "# Rules to switch off by id (see: credgate rules list).",
        "disabled_rules = []",
        "",
        "# Your own AWS account ids: keys from them rank higher.  Test or canary accounts",
        "# in ignore_accounts are reported as info only.",
        "own_accounts = []",
        "ignore_accounts = []",
        "",
    ]
    fixtures = [d for d in ("tests/fixtures", "test/fixtures", "testdata", "spec/fixtures") if (root / d).is_dir()]
    if fixtures:
        lines += [
            "# Test fixtures with synthetic credentials (found in this repository).",
            "[[allowlist]]",
            "paths = [" + ", ".join(f'"{d}/**"' for d in fixtures) + "]",
            'reason = "synthetic test credentials"',
            "",
        ]
    lines += [
        "# Allow a known false positive by its fingerprint (every report shows it).",
        "# A line can also be allowed in place with a `credgate:allow` comment.",
        "# [[allowlist]]",
        '# fingerprints = ["cg1:0123456789abcdef0123456789abcdef"]',
        '# reason = "rotated on 2026-11-02, ticket SEC-123"',
        "# expires = 2027-06-30",
        "",
    ]
    return "\n".join(lines)


def _ls_remote(url: str, *refs: str) -> str:
    """``git ls-remote URL REFS``: its output; a UsageError naming the URL when git cannot read it."""
    import os

    env = dict(os.environ, GIT_TERMINAL_PROMPT="0")  # never wait for a password nobody will type
    try:
        proc = subprocess.run(["git", "ls-remote", url, *refs], capture_output=True, text=True, env=env,
                              stdin=subprocess.DEVNULL, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise UsageError(f"--repo-url {url}: cannot run git ls-remote ({exc}); "
                         "pin a tag or commit yourself with --rev REV") from None
    if proc.returncode != 0:
        lines = [l.strip() for l in proc.stderr.splitlines() if l.strip()] or ["git ls-remote failed"]
        err = next((l for l in lines if l.startswith("fatal:")), lines[0])
        raise UsageError(f"--repo-url {url}: cannot read the repository ({err}); "
                         "check the URL, or pin a tag or commit yourself with --rev REV")
    return proc.stdout


def resolve_rev(url: str) -> tuple[str, str]:
    """The rev to pin for credgate's repository at ``url``, and a line saying why.

    The release tag ``v<__version__>`` when the repository has it; else the commit its HEAD
    resolves to now (a pinned commit always exists, a guessed tag may not).
    """

    tag = f"v{__version__}"
    if _ls_remote(url, f"refs/tags/{tag}").strip():
        return tag, f"rev: {tag} (the release tag of this credgate, found in {url})"
    head = _ls_remote(url, "HEAD").split()
    if not head:
        raise UsageError(f"--repo-url {url}: the repository has no tag {tag} and no HEAD commit; "
                         "pin a tag or commit yourself with --rev REV")
    sha = head[0]
    return sha, (f"rev: {sha} ({url} has no tag {tag}: pinned the commit its HEAD points to now; "
                 "`pre-commit autoupdate` or --rev TAG moves it to a release)")


def pre_commit_snippet(repo_url: Optional[str] = None, rev: Optional[str] = None, with_header: bool = True) -> str:
    """The `repos:` entry that runs credgate on commit and push."""
    if repo_url:
        entry = [
            f"  - repo: {repo_url}",
            f"    rev: {rev or 'v' + __version__}",
            "    hooks:",
            "      - id: credgate",
            "      - id: credgate-push",
        ]
    else:
        entry = [
            "  - repo: local",
            "    hooks:",
            "      - id: credgate",
            "        name: credgate (secrets in staged changes)",
            "        entry: credgate hook pre-commit --",
            "        language: system",
            "        pass_filenames: true",
            "        require_serial: true",
            "        stages: [pre-commit]",
            "      - id: credgate-push",
            "        name: credgate (secrets in pushed commits)",
            "        entry: credgate hook pre-push",
            "        language: system",
            "        pass_filenames: false",
            "        always_run: true",
            "        require_serial: true",
            "        stages: [pre-push]",
        ]
    head = ["# pre-commit configuration (https://pre-commit.com), written by `credgate init`.",
            "# Install the git hooks: pre-commit install --hook-type pre-commit --hook-type pre-push",
            "repos:"] if with_header else []
    return "\n".join(head + entry) + "\n"


def _write_new(path: Path, text: str, force: bool) -> None:
    """Create ``path``; refuse when it exists unless ``force``."""
    mode = "w" if force else "x"
    with open(path, mode, encoding="utf-8") as fh:
        fh.write(text)


def run(args: argparse.Namespace) -> int:
    start = Path(args.dir) if args.dir else Path.cwd()
    if not start.is_dir():
        raise UsageError(f"{start}: not a folder")
    root = _toplevel(start) if args.dir is None else start
    config_text = starter_config(root, args.fail_on)
    if args.rev and not args.repo_url:
        raise UsageError("--rev needs --repo-url")
    if args.repo_url and not args.no_pre_commit and not args.rev:
        args.rev, why = resolve_rev(args.repo_url)
        print(f"credgate init: {why}", file=sys.stderr)
    snippet = pre_commit_snippet(args.repo_url, args.rev)

    if args.print_only:
        sys.stdout.write(f"# ---- {CONFIG_NAME}\n{config_text}")
        if not args.no_pre_commit:
            sys.stdout.write(f"\n# ---- {PRE_COMMIT_NAME}\n{snippet}")
        return EXIT_CLEAN

    cfg = root / CONFIG_NAME
    if cfg.exists() and not args.force:
        raise UsageError(f"{cfg} already exists; keep it, or replace it with: credgate init --force")
    try:
        _write_new(cfg, config_text, args.force)
    except FileExistsError:
        raise UsageError(f"{cfg} already exists; keep it, or replace it with: credgate init --force") from None
    print(f"wrote {cfg}")

    if not args.no_pre_commit:
        pc = root / PRE_COMMIT_NAME
        if pc.exists():
            existing = pc.read_text(encoding="utf-8", errors="replace")
            if "credgate" in existing:
                print(f"{pc} already runs credgate: left as it is")
            else:
                print(f"{pc} exists and was left as it is; add these lines under its `repos:`:\n")
                sys.stdout.write(pre_commit_snippet(args.repo_url, args.rev, with_header=False))
                print()
        else:
            _write_new(pc, snippet, False)
            print(f"wrote {pc}")
    print("\nnext steps:")
    if not args.no_pre_commit:
        print("  pre-commit install --hook-type pre-commit --hook-type pre-push   # or, without the framework: "
              "credgate install")
    else:
        print("  credgate install                 # native pre-commit and pre-push hooks")
    print("  credgate dir .                   # what is in the working tree today")
    print("  credgate git . -f html -o credgate-report.html   # audit the whole history")
    return EXIT_CLEAN
