"""The pre-commit hook imports only what it needs (issue 16: hook start-up).

Run through the CLI with ``python -X importtime`` in real repositories: a clean one-file change, a
staged AWS key (the finding path, text report), and a staged CloudFormation template with a secret
in it (the IaC path).  None of them may import the heavy modules a hook never needs; a clean change
does not even load the report-free parts (the RE2 engine, the IaC rule docs, argparse's ``shutil``).
Figures: ``python bench/hook_importtime.py`` (bench/README.md, "Hook start-up").
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.helpers import aws_pair, commit_file, git, init_repo

# never on a hook's path, whatever it finds (README "Hook start-up")
HEAVY = ("boto3", "botocore", "cfnlint", "rich", "git", "pygit2", "dulwich", "yaml", "multiprocessing",
         "concurrent", "credgate.verify", "credgate.audit", "credgate.iac.cfnlint_rules", "credgate.report.html",
         "credgate.report.sarif", "credgate.report.junit", "credgate.report.asff", "credgate.report.csv_report",
         "credgate.linter.baseline", "http", "urllib.request", "email", "xml", "sqlite3", "tomllib", "tomli",
         "credgate.sources.git.history", "credgate.sources.git.exposure", "credgate.sources.git.blobcache")
# not needed when the staged change is clean (they load only for what they are for)
# (hashlib loads OpenSSL: the caches are keyed with _blake2, and only a finding's fingerprint needs SHA-256)
CLEAN_ONLY = ("re2", "shutil", "difflib", "tempfile", "credgate.iac.rules", "credgate.iac.runner",
              "credgate.linter.awspair", "hashlib", "_hashlib", "datetime", "credgate.report.text",
              "credgate.report.advice")


def _imports(repo: Path, *args: str) -> tuple[int, list[str], str]:
    """The modules a warm hook imports: a first run fills the rule and matcher caches, as any earlier
    credgate run on the machine does (a cold run parses the rule files once: tomllib, tempfile)."""
    subprocess.run([sys.executable, "-m", "credgate", "hook", "pre-commit", *args], cwd=repo, capture_output=True,
                   timeout=120)
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "credgate", "hook", "pre-commit", *args],
                       cwd=repo, capture_output=True, text=True, timeout=120)
    mods = [l.split("|")[-1].strip() for l in p.stderr.splitlines() if l.startswith("import time:")]
    return p.returncode, mods, p.stderr


def _heavy(mods: list[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in mods if any(m == h or m.startswith(h + ".") for h in names))


def _repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "app/service.py", "import os\n\n\ndef handler(event):\n    return os.environ['STAGE']\n" * 40)
    return repo


def test_clean_change_imports_nothing_heavy(tmp_path):
    repo = _repo(tmp_path)
    (repo / "app/service.py").write_text((repo / "app/service.py").read_text() + "\n# one more line\n")
    git(repo, "add", "app/service.py")
    rc, mods, err = _imports(repo)
    assert rc == 0, err
    assert "credgate.linter.engine" in mods and "credgate.hooks.githooks" in mods  # importtime did report
    assert _heavy(mods, HEAVY) == []
    assert _heavy(mods, CLEAN_ONLY) == []


def test_clean_change_to_a_long_source_file_stays_on_re(tmp_path):
    """A 47 KB module full of rule keywords (credgate's engine as it was at c81d5ecd, frozen in the fixtures:
    the live one grows; bench/hook_importtime.py stages the same file): its windows span more than 2 KB but hold
    less, so the few windows a hook confirms stay on ``re``."""
    repo = init_repo(tmp_path / "repo")
    src = (Path(__file__).resolve().parents[1] / "fixtures" / "hook_imports" / "long_module.py").read_text()
    commit_file(repo, "engine.py", src)
    (repo / "engine.py").write_text(src + "\n# one more line\n")
    git(repo, "add", "engine.py")
    rc, mods, err = _imports(repo)
    assert rc == 0, err
    assert "credgate.linter.matcher" in mods
    assert _heavy(mods, HEAVY) == []
    assert _heavy(mods, CLEAN_ONLY) == []


def test_finding_path_imports_nothing_heavy(tmp_path):
    repo = _repo(tmp_path)
    key_id, secret = aws_pair()
    (repo / "app/settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    git(repo, "add", "app/settings.py")
    rc, mods, err = _imports(repo)
    assert rc == 1, err  # blocked
    assert "credgate.linter.awspair" in mods  # the key ID and its secret were paired
    assert _heavy(mods, HEAVY) == []


def test_iac_path_imports_nothing_heavy(tmp_path):
    repo = _repo(tmp_path)
    _, secret = aws_pair()
    (repo / "template.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        "    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Environment:\n"
        f"        Variables:\n          DB_PASSWORD: {secret[:20]}\n")
    git(repo, "add", "template.yaml")
    rc, mods, err = _imports(repo)
    assert rc == 1, err  # a literal secret in a Lambda environment blocks
    assert "credgate.iac.runner" in mods  # the template was read as structure
    # PyYAML's scanner is what the IaC loader reads YAML with (about 19 ms, PERF_NOTES): only for templates
    assert _heavy(mods, tuple(h for h in HEAVY if h != "yaml")) == []
