"""Issue 18 "No dead ends": a long report into a pipe the reader closes early (`credgate ci ... | head`).

The exit code stays the verdict (1 when findings block, 0 when clean), never 123; no traceback, no
"Exception ignored" message from the interpreter at exit.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import aws_pair, commit_file, git, init_repo

NOISE = ("Traceback", "Exception ignored", "BrokenPipe", "internal error", "Broken pipe")


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """A repository whose last commit adds 150 AWS key pairs: a report far larger than a pipe's buffer."""
    repo = init_repo(tmp_path_factory.mktemp("pipe") / "repo")
    commit_file(repo, "README.md", "# app\n", "base")
    git(repo, "branch", "base")
    for i in range(150):
        kid, sec = aws_pair()
        (repo / f"conf{i}.py").write_text(f'AWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n')
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "keys")
    return repo


def _closed_early(args: list[str], cwd: Path, tmp_path: Path, read: int = 200, stderr_too: bool = False,
                  env: dict | None = None) -> tuple[int, str, bytes]:
    """Run credgate with stdout on a pipe; read ``read`` bytes (0: none), close the pipe, wait."""
    err_path = tmp_path / "stderr.txt"
    e = {k: v for k, v in os.environ.items() if not k.startswith("CODEBUILD_")}
    e.update(env or {})
    with open(err_path, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "credgate", *args], cwd=cwd, env=e, stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT if stderr_too else err)
        got = proc.stdout.read(read) if read else b""
        proc.stdout.close()  # the reader goes away, as `| head -c N` does
        rc = proc.wait(timeout=300)
    return rc, err_path.read_text(errors="replace"), got


@pytest.mark.parametrize("args", [
    ["ci", "--range", "base..HEAD"],
    ["ci", "--range", "base..HEAD", "--format", "json"],
    ["git", "--range", "base..HEAD"],
    ["git", "."],
    ["dir", "."],
    ["dir", ".", "--format", "sarif"],
])
def test_blocking_verdict_survives_a_reader_that_stops_early(many, tmp_path, args):
    for read in (200, 0):
        rc, err, got = _closed_early(args, many, tmp_path, read=read)
        assert rc == 1, (args, read, rc, err)
        assert not [n for n in NOISE if n in err], err
        if read:
            assert len(got) == read  # the report had started
    rc, err, got = _closed_early(args, many, tmp_path, stderr_too=True)  # `2>&1 | head`
    assert rc == 1, (args, rc)
    assert not [n for n in NOISE if n.encode() in got], got


def test_clean_runs_and_listings_exit_0_into_a_closed_pipe(many, tmp_path):
    for args in (["rules", "list"], ["rules", "list", "--format", "json"], ["explain", "aws-access-key-id"],
                 ["--help"]):
        rc, err, _ = _closed_early(args, many, tmp_path, read=10)
        assert rc == 0, (args, rc, err)
        assert not [n for n in NOISE if n in err], err
    clean = init_repo(tmp_path / "clean")
    commit_file(clean, "a.py", "x = 1\n", "base")
    git(clean, "branch", "base")
    for i in range(300):
        (clean / f"m{i}.py").write_text("def f():\n    return 1\n")
    git(clean, "add", ".")
    git(clean, "commit", "-q", "-m", "many")
    for args in (["ci", "--range", "base..HEAD", "--format", "json"], ["dir", ".", "--format", "sarif"]):
        rc, err, _ = _closed_early(args, clean, tmp_path, read=0)
        assert rc == 0, (args, rc, err)
        assert not [n for n in NOISE if n in err], err


def test_hook_into_a_closed_pipe_still_blocks(many, tmp_path):
    kid, sec = aws_pair()
    (many / "new.py").write_text(f'AWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n' * 3)
    for i in range(100):
        (many / f"more{i}.py").write_text(f'KEY_{i} = "{aws_pair()[0]}"\nSECRET_{i} = "{aws_pair()[1]}"\n')
    git(many, "add", ".")
    try:
        rc, err, _ = _closed_early(["hook", "pre-commit"], many, tmp_path, read=100)
        assert rc == 1, (rc, err)
        assert not [n for n in NOISE if n in err], err
    finally:
        git(many, "reset", "-q", "--hard")
