"""The real CLI: credgate git / hook / install, native hooks run by a real `git commit`."""
from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.helpers import aws_pair, commit_file, git, git_env, github_pat, init_repo, run_credgate

from .conftest import aws_file, stage


def _commit(repo: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "msg", *extra], cwd=repo,
                          capture_output=True, env=git_env())


def test_git_staged_json_and_history_attribution(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    tok = github_pat()
    c = commit_file(repo, "ci/deploy.sh", f"export GH_TOKEN={tok}\n", "deploy", date="2022-03-04T05:06:07+00:00")
    commit_file(repo, "ci/deploy.sh", "export GH_TOKEN=$GH_TOKEN\n", "use env")
    kid, sec = aws_pair()
    stage(repo, "creds.py", aws_file(kid, sec))
    p = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert p.returncode == 1, p.stderr
    rep = json.loads(p.stdout)
    assert {f["rule_id"] for f in rep["findings"]} >= {"aws-access-key-id", "aws-secret-access-key"}
    assert all(f["source"] == "staged" and f["path"] == "creds.py" for f in rep["findings"])
    assert kid.encode() not in p.stdout and sec.encode() not in p.stdout  # redacted
    git(repo, "reset", "-q")
    p = run_credgate(["git", str(repo), "--format", "json", "--all-commits"], cwd=tmp_path)
    assert p.returncode == 1, p.stderr
    (f,) = [f for f in json.loads(p.stdout)["findings"] if f["path"] == "ci/deploy.sh"]
    assert (f["commit"], f["author"], f["source"]) == (c, "Test Author <author@example.invalid>", "history")
    assert f["date"].startswith("2022-03-04T05:06:07")
    assert "branch:main" in f["exposure"] and "history-only" in f["exposure"]
    assert [x["commit"] for x in f["commits"]] == [c]
    p = run_credgate(["git", str(repo), "--range", "HEAD~2..HEAD~1", "--format", "json"], cwd=tmp_path)
    assert p.returncode == 1 and json.loads(p.stdout)["findings"][0]["commit"] == c
    p = run_credgate(["git", str(repo), "--staged", "--unreachable"], cwd=tmp_path)
    assert p.returncode == 2 and "history audits only" in p.stderr.decode()


def test_native_hooks_block_then_allow_and_chain(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    hooks = repo / ".git" / "hooks"
    hooks.mkdir(exist_ok=True)
    old = hooks / "pre-commit"
    old.write_text(f"#!/bin/sh\necho ran >> '{tmp_path}/chained.log'\n")
    old.chmod(0o755)
    p = run_credgate(["install"], cwd=repo)
    assert p.returncode == 0, p.stderr
    assert (hooks / "pre-commit.credgate-chained").exists() and (hooks / "pre-push").exists()
    kid, sec = aws_pair()
    stage(repo, "settings.py", aws_file(kid, sec))
    r = _commit(repo)
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0
    assert "settings.py:1" in out and "aws-access-key-id" in out and "credgate:allow" in out
    assert kid not in out and sec not in out
    assert (tmp_path / "chained.log").read_text() == "ran\n"  # the existing hook still runs
    # annotated as a known test value: allowed
    stage(repo, "settings.py", aws_file(kid, sec).replace("\n", "  # credgate:allow\n"))
    assert _commit(repo).returncode == 0
    # `git commit -a` runs the hook against a temporary index: still checked
    k2, s2 = aws_pair()
    (repo / "README.md").write_text(aws_file(k2, s2))
    r = _commit(repo, "-a")
    assert r.returncode != 0 and "README.md:1" in (r.stdout + r.stderr).decode()
    git(repo, "checkout", "--", "README.md")
    p = run_credgate(["install", "--uninstall"], cwd=repo)
    assert p.returncode == 0
    assert old.read_text().startswith("#!/bin/sh\necho ran")
    assert not (hooks / "pre-commit.credgate-chained").exists() and not (hooks / "pre-push").exists()


def test_install_honours_core_hooks_path_and_pre_push_blocks(tmp_path: Path) -> None:
    origin = init_repo(tmp_path / "origin.git", bare=True)
    repo = init_repo(tmp_path / "repo")
    git(repo, "config", "core.hooksPath", "githooks")
    commit_file(repo, "README.md", "hi\n")
    git(repo, "remote", "add", "origin", str(origin))
    git(repo, "push", "-q", "origin", "main")
    p = run_credgate(["install", "--hook-type", "pre-push"], cwd=repo)
    assert p.returncode == 0 and (repo / "githooks" / "pre-push").exists(), p.stderr
    assert not (repo / ".git" / "hooks" / "pre-push").exists()
    git(repo, "checkout", "-q", "-b", "feat")
    tok = github_pat()
    commit_file(repo, "t.py", f'T = "{tok}"\n')
    r = subprocess.run(["git", "push", "-q", "origin", "feat"], cwd=repo, capture_output=True, env=git_env())
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "t.py:1" in out and tok not in out
    assert git(origin, "branch", "--list", "feat") == ""


def test_hook_fails_closed_outside_a_repository(tmp_path: Path) -> None:
    p = run_credgate(["hook", "pre-commit"], cwd=tmp_path, env={"GIT_CEILING_DIRECTORIES": str(tmp_path.parent)})
    err = p.stderr.decode()
    assert p.returncode == 123, err
    assert "--no-verify" in err and "SKIP=credgate" in err


def test_hook_pre_push_reads_stdin(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "a.txt", "a\n")
    tok = github_pat()
    head = commit_file(repo, "b.py", f'B = "{tok}"\n')
    line = f"refs/heads/main {head} refs/heads/main {base}\n".encode()
    p = run_credgate(["hook", "pre-push", "origin", "file:///nowhere"], cwd=repo, input=line)
    assert p.returncode == 1 and b"b.py" in p.stdout
    line = f"(delete) {'0' * 40} refs/heads/old {head}\n".encode()
    assert run_credgate(["hook", "pre-push", "origin", "x"], cwd=repo, input=line).returncode == 0
