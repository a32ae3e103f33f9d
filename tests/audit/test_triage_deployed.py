"""Deployed secrets rank as the same slot in a template does, raised for exposure; known ones stay in every report."""
from __future__ import annotations

import io
import json
import string
import zipfile

import pytest

from tests.helpers import run_credgate, typed_password
from tests import rand

TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def _password() -> str:
    body = "".join(rand.choice(string.ascii_letters + string.digits) for _ in range(14))
    return f"Tq7-{body}-x9"  # synthetic, made at run time


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("i.py", "x = 1\n")
    return buf.getvalue()


@pytest.fixture
def role(aws_client):
    return aws_client("iam").create_role(RoleName="svc", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]


def plant_slots(c, role) -> dict[str, str]:
    """One literal password in each kind of deployed slot (distinct values): slot label -> value."""
    pw = {k: _password() for k in ("lambda", "ecs", "codebuild", "glue", "ssm")}
    c("lambda").create_function(FunctionName="fn", Runtime="python3.11", Role=role, Handler="i.h",
                                Code={"ZipFile": _zip()}, Environment={"Variables": {"DB_PASSWORD": pw["lambda"]}})
    c("ecs").register_task_definition(family="task", containerDefinitions=[{
        "name": "app", "image": "nginx", "memory": 128, "environment": [{"name": "DB_PASSWORD", "value": pw["ecs"]}]}])
    c("codebuild").create_project(
        name="build", source={"type": "NO_SOURCE", "location": "none", "buildspec": "version: 0.2\n"},
        artifacts={"type": "NO_ARTIFACTS"}, serviceRole=role,
        environment={"type": "LINUX_CONTAINER", "image": "aws/codebuild/standard:7.0",
                     "computeType": "BUILD_GENERAL1_SMALL",
                     "environmentVariables": [{"name": "DB_PASSWORD", "value": pw["codebuild"], "type": "PLAINTEXT"}]})
    c("glue").create_job(Name="job", Role=role, Command={"Name": "glueetl", "ScriptLocation": "s3://b/s.py"},
                         DefaultArguments={"--db_password": pw["glue"]})
    c("ssm").put_parameter(Name="/app/db_password", Value=pw["ssm"], Type="String")
    return pw


SERVICES = ("--services", "lambda,ecs,codebuild,glue,ssm")


def test_deployed_slot_ranks_as_the_template_slot_plus_one_for_exposure(audit, aws_client, role, tmp_path):
    pw = plant_slots(aws_client, role)
    run = audit(*SERVICES, "--no-redact", state=False)
    assert run.rc == 1
    by_value = {f["secret"]: f for f in run.findings}
    assert set(by_value) == set(pw.values()), [(f["rule_id"], f["location_detail"]) for f in run.findings]
    for label, value in pw.items():
        f = by_value[value]
        assert f["exposure"] == ["deployed"]
        # kind: a literal in a secret slot is high (as iac-cfn-literal-secret in a template); deployed: +1
        assert f["severity"] == "critical" and f["confidence"] == "medium", (label, f["severity"], f["why"])
        assert any("secret slot" in w for w in f["why"]), (label, f["why"])
        assert any("deployed in AWS: severity raised one level" in w for w in f["why"]), (label, f["why"])

    # the same value in the same slot of a template and of a parameter file: the same kind-based severity
    # (high), not raised (only in the working tree)
    v = pw["lambda"]
    (tmp_path / "tpl").mkdir()
    (tmp_path / "tpl" / "fn.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        f"    Properties:\n      Environment:\n        Variables:\n          DB_PASSWORD: {v}\n")
    proc = run_credgate(["dir", "tpl", "-f", "json", "--no-redact"], cwd=tmp_path)
    (t,) = [f for f in json.loads(proc.stdout)["findings"] if f["secret"] == v]
    assert t["severity"] == "high" and t["confidence"] == "medium"
    assert not any("raised one level" in w for w in t["why"])


def test_a_value_inside_a_non_secret_slot_keeps_the_generic_rank(audit, aws_client, role):
    # the password sits inside a CONNECTION string, not alone in a slot named like a secret: the generic
    # rule's rank (at most medium), raised one level for being deployed
    v = typed_password()
    aws_client("lambda").create_function(
        FunctionName="fn2", Runtime="python3.11", Role=role, Handler="i.h", Code={"ZipFile": _zip()},
        Environment={"Variables": {"CONNECTION": f"host=db user=app password={v}", "LOG_LEVEL": "info"}})
    run = audit("--services", "lambda", "--no-redact", state=False)
    (f,) = run.findings
    assert f["secret"] == v and f["severity"] == "high"
    assert not any("secret slot" in w for w in f["why"])


def test_known_findings_appear_in_every_report_marked_not_new(audit, aws_client, role):
    pw = plant_slots(aws_client, role)
    first = audit(*SERVICES, "--no-redact")
    assert first.rc == 1 and len(first.findings) == 5
    assert {f["new_since_last_run"] for f in first.findings} == {True}

    second = audit(*SERVICES, "--no-redact")  # incremental: nothing changed
    assert second.rc == 1
    assert {f["secret"] for f in second.findings} == set(pw.values())
    assert {f["new_since_last_run"] for f in second.findings} == {False}
    assert sorted(f["fingerprint"] for f in second.findings) == sorted(f["fingerprint"] for f in first.findings)
    assert [f["severity"] for f in second.findings] == ["critical"] * 5

    text = audit(*SERVICES, fmt="text")
    assert text.rc == 1
    assert text.doc.count("(known, not new)") == 5
    assert all(v not in text.doc for v in pw.values())

    # a new secret next to them: only it is new
    extra = _password()
    aws_client("ssm").put_parameter(Name="/app/api_token", Value=extra, Type="String")
    third = audit(*SERVICES, "--no-redact")
    assert sorted((f["secret"] == extra, f["new_since_last_run"]) for f in third.findings) == sorted(
        [(False, False)] * 5 + [(True, True)])


def test_a_typed_password_no_pattern_rule_finds_is_found_in_a_deployed_slot_as_in_a_template(audit, aws_client, role,
                                                                                           tmp_path):
    # low entropy, no provider format: only the slot says it is a secret (as iac-cfn-literal-secret does)
    words = ["harbor", "lantern", "violet", "quarry", "meadow", "pylon"]
    value = "-".join(rand.choice(words) for _ in range(3)) + str(rand.randbelow(90) + 10)
    aws_client("lambda").create_function(
        FunctionName="fn3", Runtime="python3.11", Role=role, Handler="i.h", Code={"ZipFile": _zip()},
        Environment={"Variables": {"API_TOKEN": value, "API_TOKEN_ARN": "arn:aws:secretsmanager:us-east-1:"
                                   "123456789012:secret:x", "SERVICE_NAME": "billing"}})
    aws_client("ecs").register_task_definition(family="t3", containerDefinitions=[{
        "name": "app", "image": "nginx", "memory": 128, "environment": [{"name": "API_TOKEN", "value": value}]}])
    run = audit("--services", "lambda,ecs", "--no-redact", state=False)
    assert run.rc == 1
    (f,) = run.findings  # one secret, two places
    assert f["secret"] == value and f["severity"] == "critical"
    assert {f["rule_id"], *f.get("also_matched", [])} == {"iac-cfn-literal-secret", "iac-ecs-plaintext-env-secret"}
    places = {l["location_detail"].split(" ", 1)[1] for l in f["locations"]}
    assert places == {"Environment.Variables.API_TOKEN", "containerDefinitions.app.environment.API_TOKEN"}

    (tmp_path / "fn.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        f"    Properties:\n      Environment:\n        Variables:\n          API_TOKEN: {value}\n")
    proc = run_credgate(["dir", "fn.yaml", "-f", "json", "--no-redact"], cwd=tmp_path)
    (t,) = json.loads(proc.stdout)["findings"]
    assert t["rule_id"] == "iac-cfn-literal-secret" and t["severity"] == "high"  # same kind, not deployed
