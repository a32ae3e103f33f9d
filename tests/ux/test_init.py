"""credgate init: starter config and pre-commit configuration; never clobbers; the result really blocks a commit."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from credgate.config import load_config
from tests.helpers import aws_pair, commit_file, git, git_env, init_repo, run_credgate


def test_init_writes_a_valid_config_and_pre_commit_file_at_the_repo_top(tmp_path):
    repo = init_repo(tmp_path / "repo")
    (repo / "tests" / "fixtures").mkdir(parents=True)
    (repo / "vendor").mkdir()
    sub = repo / "src" / "pkg"
    sub.mkdir(parents=True)
    proc = run_credgate(["init"], cwd=sub)
    assert proc.returncode == 0, proc.stderr.decode()
    cfg, pc = repo / ".credgate.toml", repo / ".pre-commit-config.yaml"
    assert cfg.is_file() and pc.is_file() and not (sub / ".credgate.toml").exists()
    out = proc.stdout.decode()
    assert "pre-commit install --hook-type pre-commit --hook-type pre-push" in out
    config = load_config(str(cfg))
    assert not config.warnings and str(config.fail_on) == "high"  # README "What blocks"
    # the detected fixture folder is allowlisted and vendor/ excluded, nothing else
    key_id, secret = aws_pair()
    planted = f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n'
    (repo / "tests" / "fixtures" / "creds.py").write_text(planted)
    (repo / "vendor" / "lib.py").write_text(planted)
    assert run_credgate(["dir", "."], cwd=repo).returncode == 0
    (sub / "live.py").write_text(planted)
    scan = run_credgate(["dir", "."], cwd=repo)
    assert scan.returncode == 1 and "src/pkg/live.py:1:" in scan.stdout.decode()
    import yaml

    doc = yaml.safe_load(pc.read_text())
    hooks = {h["id"]: h for r in doc["repos"] for h in r["hooks"]}
    assert hooks["credgate"]["entry"] == "credgate hook pre-commit --"
    assert hooks["credgate-push"]["stages"] == ["pre-push"]


def test_init_refuses_to_overwrite_without_force(tmp_path):
    repo = init_repo(tmp_path / "repo")
    (repo / ".credgate.toml").write_text('fail_on = "high"\n')
    (repo / ".pre-commit-config.yaml").write_text("repos: []\n")
    proc = run_credgate(["init"], cwd=repo)
    assert proc.returncode == 2
    assert "already exists" in proc.stderr.decode() and "--force" in proc.stderr.decode()
    assert (repo / ".credgate.toml").read_text() == 'fail_on = "high"\n'

    proc = run_credgate(["init", "--force"], cwd=repo)
    assert proc.returncode == 0, proc.stderr.decode()
    assert "written by `credgate init`" in (repo / ".credgate.toml").read_text()
    # an existing pre-commit config is never rewritten: the lines to add are printed
    assert (repo / ".pre-commit-config.yaml").read_text() == "repos: []\n"
    assert "- repo: local" in proc.stdout.decode() and "entry: credgate hook pre-commit" in proc.stdout.decode()


def test_init_print_writes_nothing_and_remote_form(tmp_path):
    repo = init_repo(tmp_path / "repo")
    proc = run_credgate(["init", "--print", "--repo-url", "https://git.example.invalid/credgate.git",
                         "--rev", "v9.9.9"], cwd=repo)
    assert proc.returncode == 0
    out = proc.stdout.decode()
    assert "# ---- .credgate.toml" in out and "rev: v9.9.9" in out and "- id: credgate-push" in out
    assert sorted(p.name for p in repo.iterdir()) == [".git"]
    bad = run_credgate(["init", "--rev", "v1"], cwd=repo)
    assert bad.returncode == 2 and "--repo-url" in bad.stderr.decode()


def test_from_init_to_a_blocked_commit_with_the_real_pre_commit_framework(tmp_path):
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "# app\n")
    assert run_credgate(["init"], cwd=repo).returncode == 0
    env = git_env(Path(os.environ["HOME"]))
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")
    env.pop("CI", None)
    subprocess.run([sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit",
                    "--hook-type", "pre-push"], cwd=repo, env=env, check=True, capture_output=True)
    git(repo, "add", ".credgate.toml", ".pre-commit-config.yaml")
    ok = subprocess.run(["git", "commit", "-q", "-m", "credgate"], cwd=repo, env=env, capture_output=True)
    assert ok.returncode == 0, ok.stdout.decode() + ok.stderr.decode()

    key_id, secret = aws_pair()
    (repo / "settings.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    git(repo, "add", "settings.py")
    blocked = subprocess.run(["git", "commit", "-m", "settings"], cwd=repo, env=env, capture_output=True)
    out = blocked.stdout.decode() + blocked.stderr.decode()
    assert blocked.returncode != 0, out
    assert "settings.py:1:" in out and "settings.py:2:" in out and "aws-secret-access-key" in out
    assert key_id not in out and secret not in out
    assert "IAM role" in out and "# credgate:allow=aws-access-key-id" in out
    assert "Traceback" not in out
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "2"  # the commit did not happen
