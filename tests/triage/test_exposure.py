"""One finding per credential: merged locations and exposures (in-process and through real git)."""
from __future__ import annotations

import json

from credgate.scan import Collector
from credgate.config import Config
from credgate.linter.engine import Engine
from credgate.models import Fragment
from credgate import triage
from tests.helpers import commit_file, git, init_repo, run_credgate
from tests.triage.util import aws_secret, key_for


def _collect(frags):
    return Collector(Engine(Config())).feed(frags).findings


def test_same_secret_many_places_is_one_finding_with_all_locations():
    s = aws_secret()
    frags = [Fragment(path=f"svc{i}/.env", data=f"aws_secret_access_key = {s}\n".encode()) for i in range(3)]
    found = triage.consolidate(_collect(frags), Config())
    assert len(found) == 1
    assert sorted(l.path for l in found[0].locations) == ["svc0/.env", "svc1/.env", "svc2/.env"]


def test_same_secret_found_by_different_rules_merges():
    k, s = key_for("123412341234"), aws_secret()
    frags = [
        Fragment(path="a.csv", data=f"deploy,{k},{s}\n".encode()),          # aws-access-key-pair
        Fragment(path="b.ini", data=f"aws_secret_access_key = {s}\n".encode()),  # aws-secret-access-key
    ]
    raw = _collect(frags)
    assert {f.rule_id for f in raw if f.secret == s} == {"aws-access-key-pair", "aws-secret-access-key"}
    merged = [f for f in triage.consolidate(raw, Config()) if f.secret == s]
    assert len(merged) == 1
    f = merged[0]
    assert {l.path for l in f.locations} == {"a.csv", "b.ini"}
    assert f.severity.label == "critical"  # the pair location wins
    assert f.extra["also_matched"]


def test_history_and_deployed_is_one_finding_with_both_exposures():
    s = aws_secret()
    data = f"aws_secret_access_key = {s}\n".encode()
    frags = [
        Fragment(path="config/old.env", data=data, source="history", commit="a" * 40, blob_id="b" * 40,
                 extra=(("exposure", "history-only"), ("in_head", False), ("tip_of", ("branch:feature",)))),
        Fragment(path="lambda/orders", data=data, source="aws",
                 location_detail="arn:aws:lambda:us-east-1:123456789012:function:orders"),
    ]
    (f,) = triage.consolidate(_collect(frags), Config())
    assert f.exposure == ["history", "history-only", "branch:feature", "deployed"]
    assert {l.source for l in f.locations} == {"history", "aws"}
    assert any("every clone" in w for w in f.why) and any("deployed" in w for w in f.why)


def test_still_checked_out_is_not_history_only():
    s = aws_secret()
    data = f"aws_secret_access_key = {s}\n".encode()
    frags = [
        Fragment(path="x.env", data=data, source="history", commit="a" * 40, extra=(("in_head", False),)),
        Fragment(path="x.env", data=data, source="worktree"),
    ]
    (f,) = triage.consolidate(_collect(frags), Config())
    assert "history-only" not in f.exposure and {"history", "worktree"} <= set(f.exposure)


def test_consolidate_does_not_modify_its_input_and_is_repeatable():
    k = key_for("123412341234")
    frags = [Fragment(path=f"{i}.txt", data=f"id={k}\n".encode()) for i in range(2)]
    raw = _collect(frags)
    snap = [(f.severity, list(f.why), list(f.other_locations)) for f in raw]
    cfg = Config(own_accounts=frozenset({"123412341234"}))
    a = triage.consolidate(raw, cfg)
    b = triage.consolidate(raw, cfg)
    assert [(f.severity, f.why, len(f.locations)) for f in a] == [(f.severity, f.why, len(f.locations)) for f in b]
    assert snap == [(f.severity, list(f.why), list(f.other_locations)) for f in raw]


def test_real_git_history_deleted_secret_and_branch(tmp_path):
    repo = init_repo(tmp_path / "repo")
    k, s = key_for("555566667777"), aws_secret()
    commit_file(repo, "README.md", "hello\n", "init")
    commit_file(repo, "deploy/creds.env", f"AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n", "add creds")
    git(repo, "rm", "-q", "deploy/creds.env")
    git(repo, "commit", "-q", "-m", "remove creds")
    git(repo, "branch", "keep")
    proc = run_credgate(["git", str(repo), "-f", "json"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    rep = json.loads(proc.stdout)
    found = {f["rule_id"]: f for f in rep["findings"]}
    f = found["aws-secret-access-key"]
    assert f["severity"] == "critical" and f["account_id"] == "555566667777"
    assert "history" in f["exposure"] and "history-only" in f["exposure"]
    assert "worktree" not in f["exposure"]
