"""One finding per secret value across rules and places, short passwords included; baselines stay valid."""
from __future__ import annotations

import json
import string

from tests.helpers import run_credgate
from tests import rand


def _password() -> str:
    # short (under 20 chars), typed-looking: synthetic, made at run time
    return "Wq7!" + "".join(rand.choice(string.ascii_letters + string.digits) for _ in range(8))


TEMPLATE = ("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
            "    Properties:\n      Environment:\n        Variables:\n          DB_PASSWORD: {pw}\n")


def test_short_password_under_two_rules_in_two_places_is_one_finding(tmp_path):
    pw = _password()
    (tmp_path / "app.env").write_text(f"DB_PASSWORD={pw}\n")
    (tmp_path / "fn.yaml").write_text(TEMPLATE.format(pw=pw))
    proc = run_credgate(["dir", "app.env", "fn.yaml", "-f", "json", "--no-redact"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    found = [f for f in json.loads(proc.stdout)["findings"] if f["secret"] == pw]
    assert len(found) == 1, [(f["rule_id"], f["path"]) for f in found]
    (f,) = found
    # the most specific (slot) rule is kept, the other is listed; every place is listed
    assert f["rule_id"] == "iac-cfn-literal-secret"
    assert sorted(f["also_matched"]) == ["generic-password-assignment", "yaml-config-password"]
    assert sorted((l["path"], l["line"]) for l in f["locations"]) == [("app.env", 1), ("fn.yaml", 8)]
    assert f["severity"] == "high"

    # the fingerprint is the slot finding's own (the same as when the template is scanned alone)
    alone = run_credgate(["dir", "fn.yaml", "-f", "json"], cwd=tmp_path)
    assert [x["fingerprint"] for x in json.loads(alone.stdout)["findings"]] == [f["fingerprint"]]

    # the text report shows it once
    text = run_credgate(["dir", "app.env", "fn.yaml"], cwd=tmp_path).stdout.decode()
    assert text.count("[iac-cfn-literal-secret]") == 1 and "[generic-password-assignment]" not in text


def test_a_baseline_of_the_two_separate_findings_still_suppresses_the_merged_one(tmp_path):
    from credgate.linter.baseline import Baseline

    pw = _password()
    (tmp_path / "app.env").write_text(f"DB_PASSWORD={pw}\n")
    (tmp_path / "fn.yaml").write_text(TEMPLATE.format(pw=pw))
    # what an earlier version wrote: one entry per rule and place
    bl = Baseline()
    bl.entries.add(("generic-password-assignment", "app.env", bl.hash(pw)))
    bl.entries.add(("iac-cfn-literal-secret", "fn.yaml", bl.hash(pw)))
    path = bl.save(tmp_path / "old-baseline.json")
    proc = run_credgate(["dir", "app.env", "fn.yaml", "--baseline", str(path), "-f", "json"], cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout.decode()
    rep = json.loads(proc.stdout)
    assert rep["findings"] == [] and rep["summary"]["baseline_suppressed"] == 1
    check = run_credgate(["baseline", "check", "app.env", "fn.yaml", "--baseline", str(path)], cwd=tmp_path)
    assert check.returncode == 0, check.stdout.decode() + check.stderr.decode()
    assert b"no longer match" not in check.stderr and b"stale:" not in check.stderr, check.stderr.decode()
