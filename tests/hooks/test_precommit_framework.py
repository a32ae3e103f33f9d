"""The real pre-commit framework running credgate's hooks as declared in .pre-commit-hooks.yaml.

``pre-commit try-repo`` would build a virtualenv and pip-install credgate and
its dependencies from an index, which needs the network; so the hooks run as a
``repo: local`` entry that copies every field of our manifest and only swaps
``language: python`` for ``language: system`` (the credgate installed in this
interpreter).  The manifest itself is validated with pre-commit's own loader.
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from tests.helpers import aws_pair, commit_file, git, git_env, github_pat, init_repo

from .conftest import aws_file

ROOT = Path(__file__).resolve().parents[2]


def _env(tmp_path: Path) -> dict:
    env = git_env()
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pc-home")
    env["PATH"] = os.pathsep.join([str(Path(sys.executable).parent), env.get("PATH", "")])
    return env


def _config(repo: Path) -> None:
    from pre_commit.clientlib import load_manifest

    hooks = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    raw = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    assert [h["id"] for h in hooks] == ["credgate", "credgate-push"]
    local = []
    for h in raw:
        h = dict(h)
        assert h.pop("language") == "python"
        h.pop("minimum_pre_commit_version", None)
        h["language"] = "system"
        local.append(h)
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump({"repos": [{"repo": "local", "hooks": local}]}))


def _run(repo: Path, env: dict, *cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run(list(cmd), cwd=repo, capture_output=True, env=env, timeout=600)


def test_framework_blocks_aws_key_pair_then_allows(tmp_path: Path) -> None:
    env = _env(tmp_path)
    repo = init_repo(tmp_path / "repo")
    _config(repo)
    git(repo, "add", ".pre-commit-config.yaml")
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit",
             "--hook-type", "pre-push")
    assert r.returncode == 0, r.stderr
    kid, sec = aws_pair()
    (repo / "deploy.py").write_text("import boto3\n" + aws_file(kid, sec))
    git(repo, "add", "deploy.py")
    r = _run(repo, env, "git", "commit", "-m", "add deploy")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0, out
    assert "credgate (secrets in staged changes)" in out and "Failed" in out
    assert "deploy.py:2" in out and "aws-access-key-id" in out and "aws-secret-access-key" in out
    assert kid not in out and sec not in out
    # removed: the commit goes through
    (repo / "deploy.py").write_text("import boto3\nsession = boto3.Session()\n")
    git(repo, "add", "deploy.py")
    r = _run(repo, env, "git", "commit", "-m", "add deploy")
    assert r.returncode == 0, (r.stdout + r.stderr).decode()
    # annotated as allowed: the commit goes through
    k2, s2 = aws_pair()
    (repo / "test_keys.py").write_text(aws_file(k2, s2).replace("\n", "  # credgate:allow\n"))
    git(repo, "add", "test_keys.py")
    r = _run(repo, env, "git", "commit", "-m", "allowed test keys")
    assert r.returncode == 0, (r.stdout + r.stderr).decode()
    # a secret committed with --no-verify is still caught by `pre-commit run --all-files` (CI)
    tok = github_pat()
    (repo / "later.env").write_text(f"GITHUB_TOKEN={tok}\n")
    git(repo, "add", "later.env")
    assert _run(repo, env, "git", "commit", "--no-verify", "-m", "bypass").returncode == 0
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "run", "credgate", "--all-files")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "later.env:1" in out and tok not in out, out


def test_framework_pre_push_blocks_new_branch_with_secret(tmp_path: Path) -> None:
    env = _env(tmp_path)
    origin = init_repo(tmp_path / "origin.git", bare=True)
    repo = init_repo(tmp_path / "repo")
    _config(repo)
    git(repo, "add", ".pre-commit-config.yaml")
    commit_file(repo, "README.md", "hi\n")
    git(repo, "remote", "add", "origin", str(origin))
    git(repo, "push", "-q", "origin", "main")
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-push")
    assert r.returncode == 0, r.stderr
    git(repo, "checkout", "-q", "-b", "feat")
    tok = github_pat()
    commit_file(repo, "ci.sh", f"export GH_TOKEN={tok}\n", "ci")  # no pre-commit hook installed here
    commit_file(repo, "ci.sh", "export GH_TOKEN=$GH_TOKEN\n", "fix")
    r = _run(repo, env, "git", "push", "origin", "feat")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "ci.sh:1" in out and tok not in out, out
    assert git(origin, "branch", "--list", "feat") == ""


def test_framework_blocks_plain_named_pair_added_reference_and_broken_template(tmp_path: Path) -> None:
    """Issue 14 through the real framework: a key pair under plain names, a `!Ref` added to a parameter
    whose literal Default was committed earlier, and a template that does not parse but holds a
    secret-named value each block the commit; an unrelated change to the same template does not."""
    from .test_iac_gates import BROKEN, TEMPLATE

    env = _env(tmp_path)
    repo = init_repo(tmp_path / "repo")
    _config(repo)
    commit_file(repo, "stack.yaml", TEMPLATE)
    git(repo, "add", ".pre-commit-config.yaml")
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit")
    assert r.returncode == 0, r.stderr
    kid, sec = aws_pair()
    (repo / "settings.py").write_text(f'KEY = "{kid}"\nSECRET = "{sec}"\n')
    git(repo, "add", "settings.py")
    r = _run(repo, env, "git", "commit", "-m", "settings")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "settings.py:2" in out and "aws-access-key-pair" in out and "CRITICAL" in out, out
    assert kid not in out and sec not in out
    git(repo, "rm", "-q", "--cached", "settings.py")
    (repo / "settings.py").unlink()
    # an unrelated change to the template goes through
    (repo / "stack.yaml").write_text(TEMPLATE + "      Port: 5432\n")
    git(repo, "add", "stack.yaml")
    r = _run(repo, env, "git", "commit", "-m", "port")
    assert r.returncode == 0, (r.stdout + r.stderr).decode()
    # the reference to the old literal Default does not
    (repo / "stack.yaml").write_text(TEMPLATE + "      Port: 5432\n      MasterUserPassword: !Ref AdminValue\n")
    git(repo, "add", "stack.yaml")
    r = _run(repo, env, "git", "commit", "-m", "password")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "stack.yaml:5" in out and "iac-cfn-parameter-default-secret" in out, out
    git(repo, "checkout", "-q", "HEAD", "--", "stack.yaml")
    (repo / "db.yaml").write_text(BROKEN)
    git(repo, "add", "db.yaml")
    r = _run(repo, env, "git", "commit", "-m", "broken")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "db.yaml:7" in out and "iac-parse-error" in out and "HIGH" in out, out


OPTION_NAMES = ["-h", "--help", "--no-redact", "--fail-on=critical"]


def _install(repo: Path, env: dict, entry: "str | None" = None, args: "list[str] | None" = None) -> None:
    _config(repo)
    if entry is not None or args is not None:
        cfg = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())
        hook = cfg["repos"][0]["hooks"][0]
        if entry is not None:
            hook["entry"] = entry
        if args is not None:
            hook["args"] = args
        (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(cfg))
    git(repo, "add", ".pre-commit-config.yaml")
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit")
    assert r.returncode == 0, r.stderr


def _stage_option_named_files(repo: Path, names: "list[str]") -> None:
    for name in names:
        (repo / name).write_text("just a note\n")
        git(repo, "add", "--", name)


def test_manifest_entry_ends_options_with_double_dash() -> None:
    raw = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    [commit_hook] = [h for h in raw if h["id"] == "credgate"]
    assert commit_hook["entry"].split()[-1] == "--" and commit_hook["pass_filenames"] is True
    from credgate.commands.init import pre_commit_snippet

    local = yaml.safe_load(pre_commit_snippet())["repos"][0]["hooks"]
    assert [h["entry"] for h in local if h["id"] == "credgate"] == ["credgate hook pre-commit --"]


def test_staged_files_named_like_options_are_scanned_not_obeyed(tmp_path: Path) -> None:
    """Files named -h, --help, --no-redact, --fail-on=critical next to an AWS pair: the commit is blocked,
    redacted, with the shipped entry (`--`) and with an old entry without it."""
    for entry in (None, "credgate hook pre-commit"):
        env = _env(tmp_path)
        repo = init_repo(tmp_path / f"repo-{'old' if entry else 'new'}")
        _install(repo, env, entry=entry)
        _stage_option_named_files(repo, OPTION_NAMES)
        kid, sec = aws_pair()
        (repo / "deploy.py").write_text(aws_file(kid, sec))
        git(repo, "add", "deploy.py")
        r = _run(repo, env, "git", "commit", "-m", "add deploy")
        out = (r.stdout + r.stderr).decode()
        assert r.returncode != 0, (entry, out)
        assert "deploy.py:1" in out and "aws-access-key-id" in out and "aws-secret-access-key" in out, out
        assert kid not in out and sec not in out, (entry, out)  # --no-redact was a file, not an option
        assert "usage:" not in out and "show this help" not in out, (entry, out)
        assert git(repo, "rev-list", "--all") == ""  # nothing was committed


def test_lone_aws_secret_next_to_a_fail_on_critical_file_still_blocks(tmp_path: Path) -> None:
    env = _env(tmp_path)
    repo = init_repo(tmp_path / "repo")
    _install(repo, env)
    _stage_option_named_files(repo, ["--fail-on=critical"])
    _, sec = aws_pair()
    (repo / "settings.py").write_text(f'aws_secret_access_key = "{sec}"\n')
    git(repo, "add", "settings.py")
    r = _run(repo, env, "git", "commit", "-m", "settings")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "settings.py:1" in out and "aws-secret-access-key" in out, out
    assert sec not in out


def test_args_from_the_framework_config_are_still_options(tmp_path: Path) -> None:
    """`args:` land after the entry's `--`; naming no file, they are still read as options."""
    env = _env(tmp_path)
    repo = init_repo(tmp_path / "repo")
    _install(repo, env, args=["--fail-on", "critical"])
    _stage_option_named_files(repo, ["--help"])
    _, sec = aws_pair()
    (repo / "settings.py").write_text(f'aws_secret_access_key = "{sec}"\n')  # high: below critical
    git(repo, "add", "settings.py")
    r = _run(repo, env, "git", "commit", "-m", "settings")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode == 0, out
    assert sec not in out


def test_framework_pure_rename_of_an_old_file_passes_but_a_rename_with_new_secret_blocks(tmp_path: Path) -> None:
    """A rename adds no content: the framework passes the new name, which is staged, not an outside file.
    (The hook judges the change; the old secret is history's business.)"""
    env = _env(tmp_path)
    repo = init_repo(tmp_path / "repo")
    _config(repo)
    git(repo, "add", ".pre-commit-config.yaml")
    r = _run(repo, env, sys.executable, "-m", "pre_commit", "install", "--hook-type", "pre-commit")
    assert r.returncode == 0, r.stderr
    kid, sec = aws_pair()
    (repo / "creds.py").write_text(aws_file(kid, sec))
    git(repo, "add", "creds.py")
    git(repo, "commit", "-q", "--no-verify", "-m", "old debt")
    git(repo, "mv", "creds.py", "legacy_creds.py")
    r = _run(repo, env, "git", "commit", "-m", "rename")
    assert r.returncode == 0, (r.stdout + r.stderr).decode()
    kid2, sec2 = aws_pair()
    git(repo, "mv", "legacy_creds.py", "settings.py")
    (repo / "settings.py").write_text((repo / "settings.py").read_text() + aws_file(kid2, sec2))
    git(repo, "add", "settings.py")
    r = _run(repo, env, "git", "commit", "-m", "rename and add")
    out = (r.stdout + r.stderr).decode()
    assert r.returncode != 0 and "settings.py" in out and sec2 not in out, out
