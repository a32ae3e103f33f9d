"""Gates fail closed: an internal error, a git failure or a rule timeout in `credgate hook` and
`credgate ci` blocks with a message saying how to bypass deliberately; a clean result only when
everything requested was scanned (skips are listed; --fail-on-skip makes them block)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli

HOOK_BYPASS = "git commit --no-verify"
CI_BYPASS = "override-pull-request-approval-rules"
EVIL = '[[rules]]\nid = "evil"\nname = "evil"\nregex = "(?<=token = )(a+)+b"\nkeywords = ["token"]\n'


@pytest.fixture
def repo(tmp_path):
    r = helpers.init_repo(tmp_path / "repo")
    helpers.commit_file(r, "README.md", "hello\n", "first")
    return r


def _stage(repo: Path, rel: str, content: "str | bytes") -> None:
    p = repo / rel
    p.write_bytes(content.encode() if isinstance(content, str) else content)
    helpers.git(repo, "add", "--", rel)


def test_internal_error_in_hook_and_ci_blocks_with_bypass_hint(repo, monkeypatch, capsys):
    """A bug in the engine (simulated: Engine.scan raises) never lets a commit or a build through."""
    from credgate import main as cg_main
    from credgate.linter.engine import Engine

    _stage(repo, "app.py", "x = 1\n")
    helpers.git(repo, "commit", "-q", "-m", "second")
    _stage(repo, "more.py", "y = 2\n")

    def boom(self, frag):
        raise RuntimeError("engine exploded")

    monkeypatch.setattr(Engine, "scan", boom)
    monkeypatch.chdir(repo)
    for argv, bypass in ((["hook", "pre-commit"], HOOK_BYPASS), (["ci", "--range", "HEAD~1..HEAD"], CI_BYPASS)):
        rc = cg_main.main(argv)
        err = capsys.readouterr().err
        assert rc == 123, argv
        assert "internal error: RuntimeError: engine exploded" in err
        assert bypass in err
        assert "Traceback" not in err


def test_unreadable_index_blocks_the_hook(repo):
    _stage(repo, "a.py", "x = 1\n")
    (repo / ".git" / "index").write_bytes(b"DIRC garbage")
    p = cli(["hook", "pre-commit"], cwd=repo)
    assert p.returncode == 123
    assert HOOK_BYPASS in p.err


def test_rule_timeout_blocks_hook_and_ci_but_is_a_listed_skip_for_audits(repo, tmp_path):
    rules = tmp_path / "evil.toml"
    rules.write_text(EVIL)
    _stage(repo, "slow.txt", "token = " + "a" * 3000 + "! ab\n")
    env = {"CREDGATE_RULE_TIMEOUT": "0.3"}
    p = cli(["hook", "pre-commit", "--rules", str(rules)], cwd=repo, env=env)
    assert p.returncode == 1
    assert "rule-timeout" in p.out and HOOK_BYPASS in p.err
    p = cli(["git", "--staged", "--rules", str(rules)], cwd=repo, env=env)  # what the hook runs, by hand
    assert p.returncode == 1 and "rule-timeout" in p.out + p.err
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "slow")
    p = cli(["ci", "--range", "HEAD~1..HEAD", "--rules", str(rules)], cwd=repo, env=env)
    assert p.returncode == 1
    assert "rule-timeout" in p.out and CI_BYPASS in p.err
    # an audit lists it and goes on; --fail-on-skip makes it block
    p = cli(["dir", str(repo / "slow.txt"), "--rules", str(rules), "-f", "json"], env=env)
    assert p.returncode == 0
    assert [s["reason"] for s in json.loads(p.out)["skipped"]] == ["rule-timeout"]
    p = cli(["dir", str(repo / "slow.txt"), "--rules", str(rules), "--fail-on-skip"], env=env)
    assert p.returncode == 1


def test_config_error_in_a_hook_blocks(repo):
    (repo / ".credgate.toml").write_text("fail_on = \n")
    _stage(repo, "a.py", "x = 1\n")
    p = cli(["hook", "pre-commit"], cwd=repo)
    assert p.returncode != 0
    assert ".credgate.toml" in p.err and "line 1" in p.err and HOOK_BYPASS in p.err


def test_hook_passes_binaries_with_skips_listed_and_fail_on_skip_blocks(repo):
    _stage(repo, "blob.bin", b"\x00\x01" * 100)
    p = cli(["hook", "pre-commit"], cwd=repo)
    assert p.returncode == 0
    assert "1 skipped" in p.out  # the summary counts what was not scanned...
    p = cli(["hook", "pre-commit", "-v"], cwd=repo)
    assert p.returncode == 0 and "binary" in p.out  # ...and lists it (binaries only with -v: they are noise)
    p = cli(["hook", "pre-commit", "--fail-on-skip"], cwd=repo)
    assert p.returncode == 1
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "skip me")
    p = cli(["ci", "--range", "HEAD~1..HEAD", "-f", "json"], cwd=repo)
    assert p.returncode == 0 and json.loads(p.out)["skipped"]
    p = cli(["ci", "--range", "HEAD~1..HEAD", "--fail-on-skip"], cwd=repo)
    assert p.returncode == 1


def test_too_large_staged_file_blocks_gates_unless_allowed(repo):
    """A file the gate did not read blocks it (it could hold anything); --allow-skip / [gate] allow_skips accept it."""
    (repo / ".credgate.toml").write_text('max_file_size = "1KB"\n')
    _stage(repo, "big.txt", "x" * 4096 + "\n")
    for argv in (["hook", "pre-commit"], ["git", "--staged"]):
        p = cli(argv, cwd=repo)
        assert p.returncode == 1, (argv, p.out, p.err)
        assert "big.txt: too-large" in p.out + p.err and "--allow-skip too-large" in p.out + p.err
        assert "--max-file-size" in p.out + p.err  # and says how to raise the limit
        p = cli([*argv, "--allow-skip", "too-large"], cwd=repo)
        assert p.returncode == 0, (argv, p.out, p.err)
        assert "1 skipped" in p.out
    (repo / ".credgate.toml").write_text('max_file_size = "1KB"\n[gate]\nallow_skips = ["too-large"]\n')
    assert cli(["hook", "pre-commit"], cwd=repo).returncode == 0
    (repo / ".credgate.toml").write_text('max_file_size = "1KB"\n')
    helpers.git(repo, "add", ".credgate.toml")  # the gate's policy comes from the base commit: commit it first
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "policy", "--", ".credgate.toml")
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "big")
    for argv in (["ci", "--range", "HEAD~1..HEAD"], ["git", "--range", "HEAD~1..HEAD"]):
        p = cli(argv, cwd=repo)
        assert p.returncode == 1 and "too-large" in p.out + p.err, argv
        assert cli([*argv, "--allow-skip", "too-large"], cwd=repo).returncode == 0, argv
    # an audit lists the skip and exits 0; --fail-on-skip makes it 1
    p = cli(["dir", str(repo / "big.txt")], cwd=repo)
    assert p.returncode == 0 and "too-large" in p.out and "--max-file-size" in p.out
    assert cli(["dir", str(repo / "big.txt"), "--fail-on-skip"], cwd=repo).returncode == 1


def test_unknown_range_in_ci_and_git_fails(repo):
    p = cli(["ci", "--range", "nosuch..HEAD"], cwd=repo)
    assert p.returncode == 2 and "nosuch" in p.err
    p = cli(["git", "--range", "nosuch..HEAD"], cwd=repo)
    assert p.returncode == 1 and "could not read the changes" in p.out


def test_pre_push_with_unreadable_commit_blocks(repo):
    """git's pre-push lines naming an object this clone does not have: blocked, not 'nothing to scan'."""
    head = helpers.git(repo, "rev-parse", "HEAD").strip()
    line = f"refs/heads/main {'1' * 40} refs/heads/main {head}\n"
    p = cli(["hook", "pre-push", "origin"], cwd=repo, input=line.encode())
    assert p.returncode == 123
    assert "could not read the changes" in p.err and "git push --no-verify" in p.err
