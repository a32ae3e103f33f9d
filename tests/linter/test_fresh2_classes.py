"""The classes behind corpus_fresh2's misses and issue 17's remaining false-alarm classes, through the CLI.

Fixtures: tests/fixtures/fresh2_classes/{miss,clean} (synthetic test values); they are copied out of
tests/fixtures (which the repository's own config allowlists) before scanning.  Values the tests build
themselves (AWS keys, templates) are made at run time.
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import aws_key_id, aws_pair, run_credgate, findings_by_line
from tests import rand

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "fresh2_classes"

# (file under miss/, line) -> rule that must report it at or above the default threshold (medium)
MISSES = {
    ("airflow/connections.yaml", 11): "airflow-connection-password",
    ("docs/runbooks/dr-failover-test.md", 5): "docs-prose-password",
    ("docs/runbooks/dr-failover-test.md", 6): "docs-prose-login-password",
    ("glue/orders_etl_test.job.json", 7): "glue-job-argument-password",
    ("glue/start_run_test.sh", 2): "glue-job-argument-password",
    ("glue/start_run_test.sh", 3): "glue-job-argument-password",
    ("helm/gateway-test/values.yaml", 4): "provider-key-under-provider-parent",
    ("helm/gateway-test/values.yaml", 5): "provider-key-under-provider-parent",
    ("kafka/src/consumer_test.rs", 4): "confluent-api-secret",
    ("kafka/client-test.properties", 3): "jaas-config-password",
}
ORDER = ["info", "low", "medium", "high", "critical"]


def _cfg(tmp_path: Path) -> Path:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    return cfg


def _scan(target: Path, tmp_path: Path, *extra: str) -> tuple[int, list[dict]]:
    proc = run_credgate(["dir", "--format", "json", "--no-redact", "--config", str(_cfg(tmp_path)), *extra,
                         str(target)])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout)["findings"]


def _copy(tmp_path: Path, which: str) -> Path:
    d = tmp_path / which
    shutil.copytree(FIX / which, d)
    return d


def test_fresh2_miss_classes_are_reported_and_block(tmp_path: Path) -> None:
    d = _copy(tmp_path, "miss")
    code, found = _scan(d, tmp_path)
    got = findings_by_line([f for f in found if f["severity"] != "info"], d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, rule in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
    assert code == 1


def test_fresh2_clean_shapes_stay_quiet(tmp_path: Path) -> None:
    d = _copy(tmp_path, "clean")
    code, found = _scan(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_two_secrets_under_one_parent_mapping_are_both_found(tmp_path: Path) -> None:
    """The mechanism, not one rule: every child secret of one structure is its own match, however many."""
    keys = [rand.token_hex(16), rand.token_hex(20), rand.token_hex(16)]
    text = ("pagerduty:\n  service: checkout\n"
            f"  integration-key: {keys[0]}\n  api_key: {keys[1]}\n  enabled: true\n  routing_key: {keys[2]}\n"
            f"tracing:\n  token_name: x\n")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "settings.yaml").write_text(text)
    _, found = _scan(tmp_path / "app", tmp_path)
    assert sorted(f["line"] for f in found) == [3, 4, 6]
    assert {f["secret"] for f in found} == set(keys)


def test_a_secret_after_the_parent_block_is_not_a_child(tmp_path: Path) -> None:
    text = (f"datadog:\n  apiKey: {rand.token_hex(16)}\nmetrics:\n  enabled: true\n"
            f"  app_key_name: {rand.token_hex(20)}\n")
    (tmp_path / "app").mkdir()
    (tmp_path / "app" / "values.yaml").write_text(text)
    _, found = _scan(tmp_path / "app", tmp_path)
    assert [f["line"] for f in found if f["rule_id"] == "provider-key-under-provider-parent"] == [2]


# ------------------------------------------------------------------ issue 17, item 3 false alarms
def test_codebuild_secret_references_in_json_templates_are_not_secrets(tmp_path: Path) -> None:
    env = [{"Name": "DB_PASSWORD", "Type": "SECRETS_MANAGER", "Value": "prod/db:password"},
           {"Name": "NPM_TOKEN", "Type": "PARAMETER_STORE", "Value": "/ci/npm/token"},
           {"Name": "API_SECRET", "Type": "SECRETS_MANAGER",
            "Value": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:ci/api-AbCdEf:secret::"},
           {"Name": "SIGNING_KEY", "Type": "PARAMETER_STORE", "Value": "ci-signing-key"}]
    t = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Build": {
        "Type": "AWS::CodeBuild::Project",
        "Properties": {"Name": "b", "ServiceRole": "arn:aws:iam::111122223333:role/cb",
                       "Artifacts": {"Type": "NO_ARTIFACTS"}, "Source": {"Type": "CODEPIPELINE"},
                       "Environment": {"Type": "LINUX_CONTAINER", "ComputeType": "BUILD_GENERAL1_SMALL",
                                       "Image": "aws/codebuild/standard:7.0", "EnvironmentVariables": env}}}}}
    (tmp_path / "cfn").mkdir()
    (tmp_path / "cfn" / "build.json").write_text(json.dumps(t, indent=2))
    assert _scan(tmp_path / "cfn", tmp_path, "--fail-on", "info")[1] == []


def test_self_describing_dummy_values_in_parameter_files(tmp_path: Path) -> None:
    params = [{"ParameterKey": "ApiKey", "ParameterValue": "test-api-key-not-real"},
              {"ParameterKey": "DbPassword", "ParameterValue": "dummy"},
              {"ParameterKey": "WebhookSecret", "ParameterValue": "example"},
              {"ParameterKey": "PartnerToken", "ParameterValue": "dummy-partner-token-0001"},
              {"ParameterKey": "ClientSecret", "ParameterValue": "example-client-secret"}]
    (tmp_path / "params").mkdir()
    (tmp_path / "params" / "staging.json").write_text(json.dumps(params, indent=2))
    (tmp_path / "params" / "dev.json").write_text(json.dumps(
        {"Parameters": {"ApiKey": "test-api-key-not-real", "Secret": "not-a-real-secret-value"}}, indent=2))
    assert _scan(tmp_path / "params", tmp_path, "--fail-on", "info")[1] == []


def test_akia_ids_with_non_base32_characters_in_iac_slots(tmp_path: Path) -> None:
    # 0, 1, 8 and 9 are not in the base32 alphabet of real key IDs: these are made-up strings
    text = ("AWSTemplateFormatVersion: '2010-09-09'\nParameters:\n  AccessKeyId:\n    Type: String\n"
            "    Default: AKIA0123456789ABCDEF\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
            "    Properties:\n      Role: arn:aws:iam::111122223333:role/fn\n      Runtime: python3.12\n"
            "      Handler: a.h\n      Code: {ZipFile: x}\n      Environment:\n        Variables:\n"
            "          AWS_ACCESS_KEY_ID: AKIA1111222233334444\n          OTHER_KEY_ID: AKIA8899008899001189\n")
    (tmp_path / "cfn").mkdir()
    (tmp_path / "cfn" / "fn.yaml").write_text(text)
    assert _scan(tmp_path / "cfn", tmp_path, "--fail-on", "info")[1] == []
    # a real-shaped key ID in the same slot is still reported
    (tmp_path / "cfn" / "fn.yaml").write_text(text.replace("AKIA1111222233334444", aws_key_id()))
    assert [f["line"] for f in _scan(tmp_path / "cfn", tmp_path)[1]] == [16]


def _template() -> dict:
    kid, sec = aws_pair()
    return {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {
        "Job": {"Type": "AWS::Glue::Job", "Properties": {
            "Role": "arn:aws:iam::111122223333:role/g", "Command": {"Name": "glueetl", "ScriptLocation": "s3://b/x.py"},
            "DefaultArguments": {"--db_password": "etl_loader7", "--secret_id": "test/glue"}}},
        "Db": {"Type": "AWS::RDS::DBInstance", "Properties": {
            "Engine": "postgres", "MasterUsername": "app", "MasterUserPassword": "Kq8zWm3Lp2x!",
            "DBInstanceClass": "db.t3.micro"}},
        "Fn": {"Type": "AWS::Lambda::Function", "Properties": {
            "Role": "arn:aws:iam::111122223333:role/f", "Runtime": "python3.12", "Handler": "a.h",
            "Code": {"ZipFile": "x"},
            "Environment": {"Variables": {"AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec,
                                          "API_TOKEN": "r8Kq2mWz7Lp3Xd9T", "DB_PASSWORD": "hunter22x",
                                          "PARTNER_PASSWORD": "qwerty2031"}}}},
    }}


def test_same_template_same_severities_in_yaml_and_json(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    t = _template()
    (tmp_path / "y").mkdir()
    (tmp_path / "j").mkdir()
    (tmp_path / "y" / "stack.yaml").write_text(yaml.safe_dump(t, sort_keys=False))
    (tmp_path / "j" / "stack.json").write_text(json.dumps(t, indent=2))

    def judged(d: Path) -> list[tuple[str, str]]:
        return sorted((f["secret"], f["severity"]) for f in _scan(d, tmp_path)[1])

    y, j = judged(tmp_path / "y"), judged(tmp_path / "j")
    assert y == j
    assert {s for s, _ in y} >= {"etl_loader7", "Kq8zWm3Lp2x!", "hunter22x", "r8Kq2mWz7Lp3Xd9T"}


# ------------------------------------------------------------------ issue 17, item 4: gitleaks import
GITLEAKS_EXTRA = '''
title = "team rules"
[extend]
useDefault = true
[[rules]]
id = "acme-token-part"
description = "ACME token (only as part of a composite rule in gitleaks)"
regex = \'\'\'acme_part_([a-z0-9]{24})\'\'\'
keywords = ["acme_part_"]
skipReport = true
[[rules]]
id = "acme-pair"
description = "ACME key pair"
regex = \'\'\'acme_key_([a-z0-9]{24})\'\'\'
keywords = ["acme_key_"]
[[rules.required]]
id = "acme-token-part"
withinLines = 2
[[rules.allowlists]]
condition = "AND"
regexTarget = "line"
regexes = [\'\'\'fixture-only\'\'\']
[[rules]]
id = "key-files"
path = \'\'\'\\.p12$\'\'\'
'''


def test_gitleaks_fields_credgate_cannot_honour_are_each_named(tmp_path: Path) -> None:
    cfg = tmp_path / "gitleaks.toml"
    cfg.write_text(GITLEAKS_EXTRA)
    proc = run_credgate(["rules", "list", "--format", "json", "--config", str(cfg)])
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "[extend] (useDefault) is not supported" in err
    assert "'acme-token-part': skipReport" in err
    assert "'acme-pair': [[rules.required]] (composite rule)" in err
    assert "'acme-pair': allowlist field(s) condition not supported" in err
    assert "'key-files' is path-only" in err
    ids = {r["id"] for r in json.loads(proc.stdout)}
    assert {"gitleaks.acme-token-part", "gitleaks.acme-pair"} <= ids and "gitleaks.key-files" not in ids
    # both parts report on their own (finds more, never less); the line allowlist still applies
    root = tmp_path / "src"
    root.mkdir()
    part, key, quiet = (rand.token_hex(12) for _ in range(3))
    (root / "a.py").write_text(f'P = "acme_part_{part}"\nK = "acme_key_{key}"\nQ = "acme_key_{quiet}"  # fixture-only\n')
    code, found = _scan(root, tmp_path, "--config", str(cfg))
    got = sorted((f["rule_id"], f["line"]) for f in found if f["rule_id"].startswith("gitleaks."))
    assert got == [("gitleaks.acme-pair", 2), ("gitleaks.acme-token-part", 1)]
    assert code == 1
