"""Baselines: no secrets, no lines, no commits; survive moved code and history rewrites; report only what is new."""
from __future__ import annotations

import json

from credgate.linter.baseline import Baseline
from tests.helpers import commit_file, git, github_pat, init_repo, run_credgate
from tests.triage.util import aws_secret, key_for, scan_json


def _plant(root, name="app.env"):
    k, s = key_for("246824682468"), aws_secret()
    (root / name).write_text(f"# settings\nAWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n")
    return k, s


def _cg(args, cwd):
    p = run_credgate(args, cwd=cwd)
    return p.returncode, p.stdout.decode(), p.stderr.decode()


def test_create_writes_no_secret_line_or_commit_and_sorted(tmp_path):
    k, s = _plant(tmp_path, "b.env")
    _plant(tmp_path, "a.env")
    rc, out, err = _cg(["baseline", "create", "."], tmp_path)
    assert rc == 0, err
    text = (tmp_path / ".credgate-baseline.json").read_text()
    assert k not in text and s not in text and k[4:] not in text
    data = json.loads(text)
    assert set(data) == {"about", "entries", "salt", "tool", "version"}
    for e in data["entries"]:
        assert set(e) == {"rule_id", "path", "hash"}
    keys = [(e["path"], e["rule_id"], e["hash"]) for e in data["entries"]]
    assert keys == sorted(keys) and len(keys) == 4
    assert len(data["salt"]) == 32


def test_salt_is_random_per_baseline_and_update_is_stable(tmp_path):
    _plant(tmp_path)
    _cg(["baseline", "create", ".", "--baseline", "one.json"], tmp_path)
    _cg(["baseline", "create", ".", "--baseline", "two.json"], tmp_path)
    one, two = (json.loads((tmp_path / n).read_text()) for n in ("one.json", "two.json"))
    assert one["salt"] != two["salt"] and one["entries"] != two["entries"]
    before = (tmp_path / "one.json").read_bytes()
    rc, _, err = _cg(["baseline", "update", ".", "--baseline", "one.json"], tmp_path)
    assert rc == 0, err
    assert (tmp_path / "one.json").read_bytes() == before  # no timestamps, no churn


def test_check_passes_after_code_moves_and_fails_on_new(tmp_path):
    k, s = _plant(tmp_path)
    _cg(["baseline", "create", "."], tmp_path)
    # move the lines: insert code above, swap their order
    (tmp_path / "app.env").write_text("\n".join(["# moved"] * 30) + f"\nAWS_SECRET_ACCESS_KEY={s}\nX=1\nAWS_ACCESS_KEY_ID={k}\n")
    rc, out, err = _cg(["baseline", "check", "."], tmp_path)
    assert rc == 0, out + err
    tok = github_pat()
    (tmp_path / "ci.yml").write_text(f"token: {tok}\n")
    rc, out, err = _cg(["baseline", "check", "."], tmp_path)
    assert rc == 1
    assert "ci.yml" in out and "app.env" not in out
    rc, rep, _ = scan_json(["."], tmp_path, "--baseline", ".credgate-baseline.json")
    assert [f["path"] for f in rep["findings"]] == ["ci.yml"]
    assert rep["summary"]["baseline_suppressed"] == 2


def test_known_secret_copied_to_a_new_file_is_new(tmp_path):
    k, s = _plant(tmp_path)
    _cg(["baseline", "create", "."], tmp_path)
    (tmp_path / "copy.ini").write_text(f"aws_secret_access_key = {s}\n")
    rc, out, _ = _cg(["baseline", "check", ".", "-f", "json"], tmp_path)
    assert rc == 1
    (f,) = json.loads(out)["findings"]
    assert {loc["path"] for loc in f["locations"]} == {"app.env", "copy.ini"}


def test_stale_entries_reported_without_failing_and_update_drops_them(tmp_path):
    _plant(tmp_path, "a.env")
    _plant(tmp_path, "gone.env")
    _cg(["baseline", "create", "."], tmp_path)
    (tmp_path / "gone.env").unlink()
    rc, out, err = _cg(["baseline", "check", "."], tmp_path)
    assert rc == 0
    assert "no longer match" in err and "stale: gone.env" in err
    rc, out, err = _cg(["baseline", "update", "."], tmp_path)
    assert rc == 0 and "2 stale removed" in out
    paths = {e["path"] for e in json.loads((tmp_path / ".credgate-baseline.json").read_text())["entries"]}
    assert paths == {"a.env"}


def test_survives_rebase_and_squash(tmp_path):
    repo = init_repo(tmp_path / "r")
    commit_file(repo, "README.md", "x\n", "init")
    k, s = key_for("135713571357"), aws_secret()
    commit_file(repo, "conf/app.env", f"AWS_ACCESS_KEY_ID={k}\n", "one")
    commit_file(repo, "conf/app.env", f"AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n", "two")
    rc, _, err = _cg(["baseline", "create", "."], repo)
    assert rc == 0, err
    bl = (repo / ".credgate-baseline.json").read_text()
    for c in git(repo, "rev-list", "HEAD").split():
        assert c not in bl
    git(repo, "reset", "--soft", "HEAD~2")
    git(repo, "commit", "-q", "-m", "squashed")
    rc, out, err = _cg(["baseline", "check", "."], repo)
    assert rc == 0, out + err
    rc, out, err = _cg(["git", ".", "--baseline", ".credgate-baseline.json", "-f", "json"], repo)
    assert rc == 0, out + err
    assert json.loads(out)["findings"] == []


def test_bad_baseline_is_a_usage_error(tmp_path):
    _plant(tmp_path)
    (tmp_path / "bl.json").write_text("{not json")
    rc, _, err = _cg(["dir", ".", "--baseline", "bl.json"], tmp_path)
    assert rc == 2 and "not valid JSON" in err and "Traceback" not in err
    rc, _, err = _cg(["dir", ".", "--baseline", "missing.json"], tmp_path)
    assert rc == 2 and "credgate baseline create" in err
    rc, _, err = _cg(["baseline"], tmp_path)
    assert rc == 2 and "create|update|check" in err


def test_baseline_api_contains_every_location(tmp_path):
    from credgate import triage
    from credgate.scan import Collector
    from credgate.config import Config
    from credgate.linter.engine import Engine
    from credgate.models import Fragment

    s = aws_secret()
    frag = lambda p: Fragment(path=p, data=f"aws_secret_access_key = {s}\n".encode())  # noqa: E731
    one = triage.consolidate(Collector(Engine(Config())).feed([frag("a")]).findings, Config())
    bl = Baseline()
    bl.add(one)
    bl.save(tmp_path / "b.json")
    loaded = Baseline.load(tmp_path / "b.json")
    assert loaded.contains(one[0])
    two = triage.consolidate(Collector(Engine(Config())).feed([frag("a"), frag("b")]).findings, Config())
    assert not loaded.contains(two[0])
    assert loaded.stale([]) and not loaded.stale(one)
