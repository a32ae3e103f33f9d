"""A report that cannot be written (a full disk: /dev/full) is a clear error naming what could not be
written (exit 2), and in hooks and gates it never turns into a pass."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full (Linux)")


def _full_stdout(args: list[str], cwd: Path) -> "tuple[int, str]":
    """Run the CLI with standard output on /dev/full, as `credgate ... > report` on a full disk."""
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "CREDGATE_DEBUG"}
    env.update(NO_COLOR="1", CREDGATE_PROGRESS="0")
    with open("/dev/full", "w") as full:
        p = subprocess.run([sys.executable, "-m", "credgate", *args], cwd=cwd, stdout=full,
                           stderr=subprocess.PIPE, env=env, timeout=120)
    err = p.stderr.decode("utf-8", "replace")
    assert "Traceback" not in err and "internal error" not in err and "Exception ignored" not in err, err
    return p.returncode, err


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    d = tmp_path / "tree"
    d.mkdir()
    (d / "app.py").write_text("print('clean')\n")
    return d


def test_output_file_on_a_full_disk_names_the_file(tree: Path):
    for fmt in ("text", "json", "sarif"):
        p = cli(["dir", ".", "-f", fmt, "-o", "/dev/full"], cwd=tree)
        assert p.returncode == 2, (fmt, p.err)
        assert "cannot write report to /dev/full: No space left on device" in p.err, p.err
        assert "internal error" not in p.err


def test_stdout_on_a_full_disk_is_exit_2_not_an_internal_error(tree: Path):
    code, err = _full_stdout(["dir", "."], tree)
    assert code == 2 and "cannot write the report to standard output: No space left on device" in err, err
    code, err = _full_stdout(["dir", ".", "-f", "json"], tree)
    assert code == 2, err


def test_gate_with_a_clean_range_does_not_pass_when_its_report_cannot_be_written(tmp_path: Path):
    repo = helpers.init_repo(tmp_path / "repo")
    helpers.commit_file(repo, "README.md", "hi\n", "first")
    helpers.git(repo, "checkout", "-q", "-b", "feature")
    helpers.commit_file(repo, "app.py", "print('clean')\n", "clean change")
    assert cli(["ci", "--range", "main..feature"], cwd=repo).returncode == 0  # control: a clean range passes
    for extra in (["--junit", "/dev/full"], ["--sarif", "/dev/full"], ["--markdown", "/dev/full"],
                  ["-o", "/dev/full"]):
        p = cli(["ci", "--range", "main..feature", *extra], cwd=repo)
        assert p.returncode == 2, (extra, p.err)
        assert "cannot write report to /dev/full" in p.err
    code, err = _full_stdout(["ci", "--range", "main..feature"], repo)
    assert code == 2 and "standard output" in err, err


def test_hook_blocks_when_its_report_cannot_be_written(tmp_path: Path):
    repo = helpers.init_repo(tmp_path / "repo")
    helpers.commit_file(repo, "README.md", "hi\n", "first")
    (repo / "app.py").write_text("print('clean')\n")
    helpers.git(repo, "add", "app.py")
    assert cli(["hook", "pre-commit"], cwd=repo).returncode == 0  # control
    p = cli(["hook", "pre-commit", "-o", "/dev/full"], cwd=repo)
    assert p.returncode == 1 and "cannot write report to /dev/full" in p.err and "--no-verify" in p.err, p.err
    code, err = _full_stdout(["hook", "pre-commit", "-f", "json"], repo)
    assert code == 1 and "standard output" in err and "--no-verify" in err, err
