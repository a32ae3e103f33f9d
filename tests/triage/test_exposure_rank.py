"""Exposure raises severity (README "Severity"): pushed or deployed one level up; staged and history keep."""
from __future__ import annotations

import json

from tests.helpers import commit_file, git, init_repo, run_credgate, typed_password


def test_pushed_raises_one_level_while_local_staged_and_history_only_keep(tmp_path):
    remote = init_repo(tmp_path / "remote.git", bare=True)
    repo = init_repo(tmp_path / "repo")
    pushed, local, gone, staged = typed_password(), typed_password(), typed_password(), typed_password()
    commit_file(repo, "pushed.env", f"DB_PASSWORD={pushed}\n", "pushed")
    git(repo, "remote", "add", "origin", str(remote))
    git(repo, "push", "-q", "origin", "main")
    git(repo, "fetch", "-q", "origin")
    commit_file(repo, "local.env", f"DB_PASSWORD={local}\n", "not pushed")
    commit_file(repo, "gone.env", f"DB_PASSWORD={gone}\n", "added")
    git(repo, "rm", "-q", "gone.env")
    git(repo, "commit", "-q", "-m", "removed")

    proc = run_credgate(["git", str(repo), "-f", "json", "--no-redact"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    found = {f["secret"]: f for f in json.loads(proc.stdout)["findings"]}
    p, l, g = found[pushed], found[local], found[gone]
    assert {p["rule_id"], l["rule_id"], g["rule_id"]} == {"generic-password-assignment"}
    # same kind (medium); only the pushed one is raised, and says why
    assert "remote:origin/main" in p["exposure"] and p["severity"] == "high"
    assert any("pushed (remote:origin/main)" in w and "raised one level" in w for w in p["why"])
    assert not any(e.startswith("remote:") for e in l["exposure"]) and l["severity"] == "medium"
    assert "history-only" in g["exposure"] and g["severity"] == "medium"
    assert not any("raised one level" in w for w in l["why"] + g["why"])

    (repo / "staged.env").write_text(f"DB_PASSWORD={staged}\n")
    git(repo, "add", "staged.env")
    proc = run_credgate(["git", "--staged", "-f", "json", "--no-redact", "--fail-on", "medium"], cwd=repo)
    assert proc.returncode == 1, proc.stderr.decode()
    (s,) = [f for f in json.loads(proc.stdout)["findings"] if f["secret"] == staged]
    assert s["exposure"] == ["staged"] and s["severity"] == "medium"


def test_exposure_never_raises_identifiers_and_caps_at_critical(tmp_path):
    from tests.helpers import aws_key_id, github_pat

    remote = init_repo(tmp_path / "remote.git", bare=True)
    repo = init_repo(tmp_path / "repo")
    kid, pat = aws_key_id(), github_pat()
    commit_file(repo, "ids.txt", f"key_id = {kid}\ntoken = {pat}\n", "ids")
    git(repo, "remote", "add", "origin", str(remote))
    git(repo, "push", "-q", "origin", "main")
    git(repo, "fetch", "-q", "origin")
    proc = run_credgate(["git", str(repo), "-f", "json", "--no-redact", "--fail-on", "info"], cwd=tmp_path)
    found = {f["secret"]: f for f in json.loads(proc.stdout)["findings"]}
    assert found[kid]["severity"] == "high"  # a lone key ID blocks at high, and an identifier is not raised
    assert found[pat]["severity"] == "critical"
