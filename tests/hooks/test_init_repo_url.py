"""Issue 18 "No dead ends": `credgate init --repo-url URL` pins a rev that exists in URL.

The real pre-commit framework installs credgate from a local clone of this
repository (its own virtualenv, built from the clone's `.pre-commit-hooks.yaml`
and pyproject.toml) and runs it on real commits.  The clone is taken from this
checkout's HEAD commit, so these tests judge committed code.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from credgate import __version__
from tests.helpers import aws_pair, git, git_env, init_repo, run_credgate

ROOT = Path(__file__).resolve().parents[2]
TAG = f"v{__version__}"
pytestmark = pytest.mark.slow  # pre-commit builds a virtualenv with credgate in it


@pytest.fixture(scope="module")
def pc_home(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture(scope="module")
def clones(tmp_path_factory) -> dict[str, Path]:
    """Two clones of this repository: one with the release tag of this version, one without any tag."""
    base = tmp_path_factory.mktemp("credgate-clones")
    out = {}
    for name in ("tagged", "untagged"):
        dest = base / name
        git(base, "clone", "-q", "--no-tags", str(ROOT), str(dest))
        out[name] = dest
    git(out["tagged"], "tag", "-a", TAG, "-m", f"credgate {__version__}")
    return out


def _env(pc_home: Path) -> dict:
    env = git_env()
    env["PRE_COMMIT_HOME"] = str(pc_home)
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    env.pop("CI", None)
    return env


def _run(repo: Path, env: dict, *cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), cwd=repo, capture_output=True, env=env, timeout=900)


def _secret_file() -> str:
    kid, sec = aws_pair()
    return f'AWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n'


def _app(tmp_path: Path) -> Path:
    repo = init_repo(tmp_path / "app")
    (repo / "README.md").write_text("# app\n")
    git(repo, "add", "README.md")
    git(repo, "commit", "-q", "-m", "first")
    return repo


def _out(p: subprocess.CompletedProcess) -> str:
    return p.stdout.decode(errors="replace") + p.stderr.decode(errors="replace")


def test_init_pins_the_release_tag_when_the_repository_has_it_and_commits_are_gated(tmp_path, clones, pc_home):
    env = _env(pc_home)
    repo = _app(tmp_path)
    url = clones["tagged"].as_uri()  # file:///...
    proc = run_credgate(["init", "--repo-url", url], cwd=repo)
    assert proc.returncode == 0, _out(proc)
    assert f"rev: {TAG} (the release tag" in proc.stderr.decode()
    cfg = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())
    assert cfg["repos"] == [{"repo": url, "rev": TAG, "hooks": [{"id": "credgate"}, {"id": "credgate-push"}]}]

    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit",
             "--hook-type", "pre-push")
    assert r.returncode == 0, _out(r)
    git(repo, "add", ".credgate.toml", ".pre-commit-config.yaml")
    clean = _run(repo, env, "git", "commit", "-m", "credgate config")
    assert clean.returncode == 0, _out(clean)
    assert "credgate (secrets in staged changes)" in _out(clean) and "Passed" in _out(clean)

    (repo / "settings.py").write_text(_secret_file())
    git(repo, "add", "settings.py")
    blocked = _run(repo, env, "git", "commit", "-m", "settings")
    out = _out(blocked)
    assert blocked.returncode != 0, out
    assert "Failed" in out and "settings.py:1:" in out and "aws-secret-access-key" in out, out
    assert git(repo, "rev-list", "--count", "HEAD").strip() == "2"  # the commit did not happen

    # the same hooks over the whole tree, as a CI job would run them
    run_all = _run(repo, env, sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert run_all.returncode != 0 and "settings.py:1:" in _out(run_all), _out(run_all)
    git(repo, "rm", "-q", "--cached", "settings.py")
    (repo / "settings.py").unlink()
    run_all = _run(repo, env, sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert run_all.returncode == 0, _out(run_all)


def test_init_pins_the_head_commit_of_an_untagged_repository_and_says_so(tmp_path, clones, pc_home):
    env = _env(pc_home)
    repo = _app(tmp_path)
    url = str(clones["untagged"])  # a plain local path
    head = git(clones["untagged"], "rev-parse", "HEAD").strip()
    proc = run_credgate(["init", "--repo-url", url], cwd=repo)
    assert proc.returncode == 0, _out(proc)
    err = proc.stderr.decode()
    assert f"rev: {head} ({url} has no tag {TAG}: pinned the commit its HEAD points to now" in err, err
    cfg = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())
    assert cfg["repos"][0]["rev"] == head and cfg["repos"][0]["repo"] == url

    git(repo, "add", ".credgate.toml", ".pre-commit-config.yaml")
    (repo / "app.py").write_text("import os\nKEY = os.environ['KEY']\n")
    git(repo, "add", "app.py")
    ok = _run(repo, env, sys.executable, "-m", "pre_commit", "run", "--all-files")
    assert ok.returncode == 0, _out(ok)
    assert "credgate (secrets in staged changes)" in _out(ok) and "Passed" in _out(ok)
    (repo / "deploy.py").write_text(_secret_file())
    git(repo, "add", "deploy.py")
    bad = _run(repo, env, sys.executable, "-m", "pre_commit", "run")
    assert bad.returncode != 0 and "deploy.py:1:" in _out(bad), _out(bad)


def test_rev_forces_the_pin_and_an_unreadable_url_is_a_usage_error(tmp_path, clones):
    repo = _app(tmp_path)
    forced = run_credgate(["init", "--print", "--repo-url", str(clones["tagged"]), "--rev", "my-fork-tag"], cwd=repo)
    assert forced.returncode == 0 and "rev: my-fork-tag" in forced.stdout.decode(), _out(forced)
    assert "ls-remote" not in forced.stderr.decode() and "pinned" not in forced.stderr.decode()

    missing = tmp_path / "no-such-repo"
    bad = run_credgate(["init", "--repo-url", str(missing)], cwd=repo)
    err = bad.stderr.decode()
    assert bad.returncode == 2, _out(bad)
    assert f"--repo-url {missing}: cannot read the repository" in err and "--rev REV" in err, err
    assert "Traceback" not in err
    assert not (repo / ".pre-commit-config.yaml").exists() and not (repo / ".credgate.toml").exists()


def test_try_repo_runs_the_manifest_of_a_tagged_clone(tmp_path, clones, pc_home):
    """`pre-commit try-repo` reads .pre-commit-hooks.yaml at the clone's root and installs credgate from it."""
    env = _env(pc_home)
    repo = _app(tmp_path)
    (repo / "app.py").write_text("import os\nKEY = os.environ['KEY']\n")
    git(repo, "add", "app.py")
    ok = _run(repo, env, sys.executable, "-m", "pre_commit", "try-repo", str(clones["tagged"]), "credgate",
              "--ref", TAG)
    assert ok.returncode == 0 and "Passed" in _out(ok), _out(ok)
    (repo / "keys.py").write_text(_secret_file())
    git(repo, "add", "keys.py")
    bad = _run(repo, env, sys.executable, "-m", "pre_commit", "try-repo", str(clones["tagged"]), "credgate",
               "--ref", TAG)
    out = _out(bad)
    assert bad.returncode != 0 and "Failed" in out and "keys.py:1:" in out, out
