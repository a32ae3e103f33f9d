"""Issue 18 "No dead ends": the native hooks `credgate install` writes are silent on a clean commit or push
(no banner, no "0 findings" line) and say what blocks when something does.  Real git, real hooks."""
from __future__ import annotations

import os
import pty
import subprocess
from pathlib import Path

from tests.helpers import aws_pair, commit_file, git, git_env, init_repo, run_credgate


def _repo(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "# app\n", "first")
    p = run_credgate(["install"], cwd=repo)
    assert p.returncode == 0, p.stderr.decode()
    return repo


def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = git_env()
    env.pop("CI", None)
    return subprocess.run(["git", "-c", "commit.gpgsign=false", *args], cwd=repo, capture_output=True, env=env,
                          timeout=300)


def _git_in_pty(repo: Path, *args: str) -> tuple[int, str]:
    """git with a terminal on stdout and stderr, as a person commits (colour and terminal paths)."""
    env = {k: v for k, v in git_env().items() if k not in ("CI", "NO_COLOR", "CREDGATE_PROGRESS")}
    env.update(TERM="xterm-256color", CREDGATE_PROGRESS_DELAY="0")
    master, slave = pty.openpty()
    proc = subprocess.Popen(["git", "-c", "commit.gpgsign=false", *args], cwd=repo, env=env,
                            stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks = []
    while True:
        try:
            data = os.read(master, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    rc = proc.wait(timeout=300)
    os.close(master)
    return rc, b"".join(chunks).decode("utf-8", "replace")


def _secret() -> str:
    kid, sec = aws_pair()
    return f'AWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n'


def test_clean_commit_prints_nothing_and_a_blocked_one_says_why(tmp_path):
    repo = _repo(tmp_path)
    (repo / "app.py").write_text("import os\nKEY = os.environ['KEY']\n" * 20)
    git(repo, "add", "app.py")
    ok = _git(repo, "commit", "-q", "-m", "app")
    assert ok.returncode == 0 and ok.stdout == b"" and ok.stderr == b"", (ok.stdout, ok.stderr)

    (repo / "more.py").write_text("def f():\n    return 2\n")
    git(repo, "add", "more.py")
    rc, out = _git_in_pty(repo, "commit", "-q", "-m", "more")  # at a terminal: no green "0 findings" either
    assert rc == 0 and out == "", repr(out)
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "3"

    (repo / "settings.py").write_text(_secret())
    git(repo, "add", "settings.py")
    blocked = _git(repo, "commit", "-q", "-m", "settings")
    out = (blocked.stdout + blocked.stderr).decode()
    assert blocked.returncode != 0, out
    assert "settings.py:1:" in out and "aws-secret-access-key" in out and "Blocked by" in out, out
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "3"  # the commit did not happen
    rc, out = _git_in_pty(repo, "commit", "-q", "-m", "settings")
    assert rc != 0 and "settings.py:1:" in out, out


def test_clean_push_prints_nothing_and_a_blocked_one_says_why(tmp_path):
    repo = _repo(tmp_path)
    remote = init_repo(tmp_path / "remote.git", bare=True)
    git(repo, "remote", "add", "origin", str(remote))
    ok = _git(repo, "push", "-q", "origin", "HEAD:refs/heads/main")
    assert ok.returncode == 0 and ok.stdout == b"" and ok.stderr == b"", (ok.stdout, ok.stderr)
    commit_file(repo, "app.py", "x = 1\n", "app")
    rc, out = _git_in_pty(repo, "push", "-q", "origin", "HEAD:refs/heads/main")
    assert rc == 0 and out == "", repr(out)

    (repo / "deploy.py").write_text(_secret())
    git(repo, "add", "deploy.py")
    assert _git(repo, "commit", "-q", "--no-verify", "-m", "deploy").returncode == 0
    blocked = _git(repo, "push", "-q", "origin", "HEAD:refs/heads/main")
    out = (blocked.stdout + blocked.stderr).decode()
    assert blocked.returncode != 0 and "deploy.py:1:" in out and "Blocked by" in out, out


def test_a_clean_hook_still_speaks_when_there_is_something_to_say(tmp_path):
    """A warning (here: a disabled rule id that names no rule) is printed even when nothing blocks."""
    repo = _repo(tmp_path)
    (repo / ".credgate.toml").write_text('disabled_rules = ["aws-acess-key-id"]\n')
    (repo / "app.py").write_text("x = 1\n")
    git(repo, "add", "app.py")
    ok = _git(repo, "commit", "-q", "-m", "app")
    out = (ok.stdout + ok.stderr).decode()
    assert ok.returncode == 0 and "warning:" in out and "aws-acess-key-id" in out, out


def test_a_clean_commit_with_a_file_not_scanned_says_so(tmp_path):
    repo = _repo(tmp_path)
    (repo / "logo.bin").write_bytes(b"\x00\x01" * 100)
    git(repo, "add", "logo.bin")
    ok = _git(repo, "commit", "-q", "-m", "logo")
    out = (ok.stdout + ok.stderr).decode()
    assert ok.returncode == 0 and "0 findings" in out and "1 skipped" in out, out
