"""Reach: CloudWatch Logs samples, ECR images, Amplify, Data Pipeline, KMS-encrypted Lambda values."""
from __future__ import annotations

import base64
import io
import json
import time
import zipfile


from tests.archives.builders import env_file
from tests.archives.image_builders import config_json, sha
from tests.archives.builders import tar_bytes
from tests.helpers import github_pat, slack_bot_token, stripe_live_key

ACCOUNT = "123456789012"
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def _details(f):
    return [f["location_detail"]] + [l["location_detail"] for l in f.get("locations", [])]


def _zip() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("i.py", "x = 1\n")
    return buf.getvalue()


# ------------------------------------------------------------------ CloudWatch Logs
def test_logs_reads_a_bounded_sample_of_recent_events_per_stream(live, audit, aws_client):
    logs = aws_client("logs")
    old, recent, other = live(github_pat), live(slack_bot_token), live(stripe_live_key)
    logs.create_log_group(logGroupName="/app/api")
    logs.create_log_stream(logGroupName="/app/api", logStreamName="web-1")
    now = int(time.time() * 1000) - 60_000
    events = [{"timestamp": now, "message": f"debug: token={old}"}]
    events += [{"timestamp": now + i, "message": f"GET /health {i} 200"} for i in range(1, 30)]
    events += [{"timestamp": now + 30, "message": f"auth header Bearer {recent}"}]
    logs.put_log_events(logGroupName="/app/api", logStreamName="web-1", logEvents=events)
    logs.create_log_stream(logGroupName="/app/api", logStreamName="worker")
    logs.put_log_events(logGroupName="/app/api", logStreamName="worker",
                        logEvents=[{"timestamp": now + 40, "message": f"stripe={other}"}])
    logs.create_log_group(logGroupName="/app/quiet")
    run = audit("--services", "logs", "--logs-events", "10", state=False)
    assert run.rc == 1
    got = {d for f in run.findings for d in _details(f)}
    arn = f"arn:aws:logs:us-east-1:{ACCOUNT}:log-group:/app/api"
    assert got == {f"{arn} log-stream:web-1", f"{arn} log-stream:worker"}, got
    # the old event is outside the newest-10 sample: not read, not reported
    assert not [f for f in run.findings if f["rule_id"] == "github-personal-access-token"]
    assert all("CloudWatch Logs" in f["remediation"] for f in run.findings)
    text = run.out.read_text()
    assert recent not in text and other not in text

    # one stream per group: only the most recently written one (worker)
    run = audit("--services", "logs", "--logs-streams", "1", "--logs-events", "10", state=False)
    assert {d for f in run.findings for d in _details(f)} == {f"{arn} log-stream:worker"}


def test_logs_incremental_state_rescans_a_stream_only_when_new_events_arrive(live, audit, aws_client):
    logs = aws_client("logs")
    tok = live(github_pat)
    logs.create_log_group(logGroupName="/svc")
    for s in ("a", "b"):
        logs.create_log_stream(logGroupName="/svc", logStreamName=s)
    now = int(time.time() * 1000) - 60_000
    logs.put_log_events(logGroupName="/svc", logStreamName="a", logEvents=[{"timestamp": now, "message": f"t={tok}"}])
    logs.put_log_events(logGroupName="/svc", logStreamName="b", logEvents=[{"timestamp": now, "message": "ok"}])
    first = audit("--services", "logs")
    assert first.rc == 1 and len(first.findings) == 1
    second = audit("--services", "logs")
    # the known finding in the unchanged stream is in every report, marked not new, and still fails
    assert [(f["field"], f["new_since_last_run"]) for f in second.findings] == [("log-stream:a", False)]
    assert second.rc == 1
    logs.put_log_events(logGroupName="/svc", logStreamName="b",
                        logEvents=[{"timestamp": now + 5, "message": f"again {live(slack_bot_token)}"}])
    third = audit("--services", "logs")
    assert sorted((f["field"], f["new_since_last_run"]) for f in third.findings) == \
        [("log-stream:a", False), ("log-stream:b", True)]


def test_logs_and_ecr_are_opt_in_amplify_and_datapipeline_are_default():
    from credgate.audit.registry import DEFAULT, parse_services

    assert "logs" not in DEFAULT and "ecr" not in DEFAULT
    assert {"amplify", "datapipeline"} <= set(DEFAULT)
    assert {"logs", "ecr"} <= set(parse_services("all"))


# ------------------------------------------------------------------ Data Pipeline
def test_datapipeline_definition_fields_and_parameters(live, audit, aws_client):
    dp = aws_client("datapipeline")
    tok = live(github_pat)
    pid = dp.create_pipeline(name="etl", uniqueId="etl-1")["pipelineId"]
    dp.put_pipeline_definition(pipelineId=pid, pipelineObjects=[
        {"id": "Default", "name": "Default", "fields": [{"key": "role", "refValue": "DataPipelineDefaultRole"}]},
        {"id": "MySqlDb", "name": "MySqlDb", "fields": [
            {"key": "type", "stringValue": "JdbcDatabase"},
            {"key": "username", "stringValue": "etl"},
            {"key": "*password", "stringValue": tok}]}])
    clean = dp.create_pipeline(name="clean", uniqueId="clean-1")["pipelineId"]
    dp.put_pipeline_definition(pipelineId=clean, pipelineObjects=[
        {"id": "Default", "name": "Default", "fields": [{"key": "scheduleType", "stringValue": "ondemand"}]}])
    run = audit("--services", "datapipeline", state=False)
    assert run.rc == 1
    (f,) = run.findings
    assert f["arn"] == f"arn:aws:datapipeline:us-east-1:{ACCOUNT}:pipeline/{pid}"
    assert f["field"] == "pipelineObjects.MySqlDb.*password"
    assert "Data Pipeline" in f["remediation"]
    assert tok not in run.out.read_text()


# ------------------------------------------------------------------ Amplify
def test_amplify_on_moto_is_an_unsupported_skip_not_a_traceback(audit):
    run = audit("--services", "amplify,datapipeline", state=False)
    assert run.rc == 0
    sk = [s for s in run.skipped if s["path"] == f"aws://{ACCOUNT}/us-east-1/amplify"]
    assert len(sk) == 1 and sk[0]["reason"] == "unsupported", run.skipped
    assert "500" in sk[0]["detail"] and "Traceback" not in sk[0]["detail"]


def _amplify_shapes():
    """ListApps / ListBranches responses, checked against botocore's own Amplify output shapes."""
    import boto3
    from botocore.validate import ParamValidator

    tok, tok2, tok3 = github_pat(), slack_bot_token(), stripe_live_key()
    apps = {"apps": [{
        "appId": "d1abc", "appArn": f"arn:aws:amplify:us-east-1:{ACCOUNT}:apps/d1abc", "name": "shop",
        "description": "", "repository": "https://github.com/o/shop", "platform": "WEB",
        "createTime": "2026-01-01T00:00:00Z", "updateTime": "2026-01-01T00:00:00Z",
        "environmentVariables": {"GITHUB_TOKEN": tok, "NODE_ENV": "production"},
        "defaultDomain": "d1abc.amplifyapp.com", "enableBranchAutoBuild": True, "enableBasicAuth": False,
        "buildSpec": f"version: 1\nfrontend:\n  phases:\n    build:\n      commands:\n        - curl -H 'x: {tok2}' h\n",
    }]}
    branches = {"branches": [{
        "branchArn": f"arn:aws:amplify:us-east-1:{ACCOUNT}:apps/d1abc/branches/main", "branchName": "main",
        "description": "", "stage": "PRODUCTION", "displayName": "main", "enableNotification": False,
        "createTime": "2026-01-01T00:00:00Z", "updateTime": "2026-01-01T00:00:00Z",
        "environmentVariables": {"STRIPE_KEY": tok3}, "enableAutoBuild": True, "customDomains": [],
        "framework": "React", "activeJobId": "1", "totalNumberOfJobs": "1", "enableBasicAuth": False,
        "ttl": "5", "enablePullRequestPreview": False,
    }]}
    model = boto3.Session(region_name="us-east-1").client(
        "amplify", aws_access_key_id="x", aws_secret_access_key="x").meta.service_model
    for op, resp in (("ListApps", apps), ("ListBranches", branches)):
        report = ParamValidator().validate(resp, model.operation_model(op).output_shape)
        assert not report.has_errors(), report.generate_report()
    return apps, branches, (tok, tok2, tok3)


def test_amplify_extraction_on_the_real_api_shape(engine):
    from credgate.audit.base import Context, Options
    from credgate.audit.collectors import amplify

    apps, branches, (tok, tok2, tok3) = _amplify_shapes()
    ctx = Context(session=None, region="us-east-1", account=ACCOUNT, partition="aws", options=Options())
    app = apps["apps"][0]
    items = list(amplify.app_items(ctx, app)) + list(amplify.branch_items(ctx, app, branches["branches"][0]))
    by_path = {i.shown_path: i for i in items}
    arn = app["appArn"]
    assert set(by_path) == {f"{arn}#environmentVariables", f"{arn}#buildSpec",
                            f"{arn}/branches/main#environmentVariables"}
    found = {}
    for it in items:
        for f in engine.scan_bytes(it.data):
            found[f.secret] = it.field_for_line(f.line)
    assert found[tok] == "environmentVariables.GITHUB_TOKEN"
    assert found[tok2] == "buildSpec"
    assert found[tok3] == "environmentVariables.STRIPE_KEY"


# ------------------------------------------------------------------ ECR
def _push_image(ecr, layers, config):
    """Put a manifest in moto's ECR; return (image digest, {blob digest: bytes}) for the layers and config."""
    blobs = {}
    descs = []
    for layer in layers:
        data = layer if isinstance(layer, bytes) else tar_bytes(list(layer))  # bytes: a raw (bad) blob
        blobs[f"sha256:{sha(data)}"] = data
        descs.append({"mediaType": "application/vnd.docker.image.rootfs.diff.tar.gzip", "size": len(data),
                      "digest": f"sha256:{sha(data)}"})
    blobs[f"sha256:{sha(config)}"] = config
    manifest = {"schemaVersion": 2, "mediaType": "application/vnd.docker.distribution.manifest.v2+json",
                "config": {"mediaType": "application/vnd.docker.container.image.v1+json", "size": len(config),
                           "digest": f"sha256:{sha(config)}"}, "layers": descs}
    ecr.create_repository(repositoryName="shop/api")
    ecr.put_image(repositoryName="shop/api", imageManifest=json.dumps(manifest), imageTag="v7")
    digest = ecr.describe_images(repositoryName="shop/api")["imageDetails"][0]["imageDigest"]
    return digest, blobs


def test_ecr_on_moto_skips_each_image_with_the_reason(live, audit, aws_client):
    digest, _ = _push_image(aws_client("ecr"), [[("app/a.txt", b"x\n")]], config_json(n_layers=1))
    run = audit("--services", "ecr", state=False)
    assert run.rc == 0
    sk = [s for s in run.skipped if "@sha256:" in s["path"]]
    assert len(sk) == 1, run.skipped
    assert sk[0]["path"] == f"arn:aws:ecr:us-east-1:{ACCOUNT}:repository/shop/api@{digest}"
    assert sk[0]["reason"] == "unsupported" and "config/layers not readable" in sk[0]["detail"]


def test_ecr_image_config_history_and_layers_with_whiteouts(live, audit, aws_client):
    from credgate.audit.base import Options

    kid, sec = live("pair")
    env_tok, arg_tok = live(github_pat), live(slack_bot_token)
    config = config_json(env=[f"GITHUB_TOKEN={env_tok}"], history=[f"RUN |1 TOKEN={arg_tok} /bin/sh -c make"],
                         n_layers=2)
    # layer 3's blob is not a tar: a skip for that layer only
    layers = [[("app/.env", env_file(kid, sec)), ("app/main.py", b"print(1)\n")], [("app/.wh..env", b"")],
              b"not a layer" * 50]
    digest, blobs = _push_image(aws_client("ecr"), layers, config)
    asked = []

    def blob(ctx, repo, d):
        asked.append((repo, d))
        return blobs[d]

    run = audit("--services", "ecr", state=False, options=Options(ecr_blob=blob))
    assert run.rc == 1
    iarn = f"arn:aws:ecr:us-east-1:{ACCOUNT}:repository/shop/api@{digest}"
    fields = {(f["rule_id"], f["field"]) for f in run.findings}
    assert ("github-personal-access-token", "config.Env (v7)") in fields
    assert ("slack-bot-token", "config.history (v7)") in fields
    env = [f for f in run.findings if f["rule_id"] == "aws-secret-access-key"]
    assert env and env[0]["arn"] == iarn
    assert env[0]["field"].startswith("layer 1:/app/.env (deleted in layer 2")
    assert all("ECR image" in f["remediation"] for f in run.findings)
    assert {r for r, _ in asked} == {"shop/api"} and len(asked) == 4  # config + 3 layers, each once
    sk = [x for x in run.skipped if x["path"] == f"{iarn}!layer 3"]
    assert len(sk) == 1 and sk[0]["reason"] == "corrupt-image", run.skipped
    text = run.out.read_text()
    assert all(v not in text for v in (sec, env_tok, arg_tok))


# ------------------------------------------------------------------ Lambda values encrypted with KMS
def test_lambda_kms_encrypted_value_is_decrypted_or_reported(live, audit, aws_client, moto_endpoint):
    kms, lam = aws_client("kms"), aws_client("lambda")
    role = aws_client("iam").create_role(RoleName="fn", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    key = kms.create_key(Description="lambda helpers")["KeyMetadata"]
    tok = live(github_pat)
    blob = kms.encrypt(KeyId=key["KeyId"], Plaintext=tok.encode(),
                       EncryptionContext={"LambdaFunctionName": "enc-fn"})["CiphertextBlob"]
    lam.create_function(FunctionName="enc-fn", Runtime="python3.11", Role=role, Handler="i.h",
                        Code={"ZipFile": _zip()}, KMSKeyArn=key["Arn"],
                        Environment={"Variables": {"GH_TOKEN": base64.b64encode(blob).decode(), "MODE": "prod"}})
    run = audit("--services", "lambda", state=False)
    assert run.rc == 1
    (f,) = run.findings
    assert f["arn"] == f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:enc-fn"
    assert f["field"] == "Environment.Variables.GH_TOKEN" and f["decoded_from"] == "kms"
    assert tok not in run.out.read_text()

    # a value encrypted under another account's key the audit role may not use: a skip for that variable
    creds = aws_client("sts").assume_role(RoleArn="arn:aws:iam::111111111111:role/KeyOwner",
                                          RoleSessionName="owner")["Credentials"]
    import boto3

    other = boto3.client("kms", region_name="us-east-1", endpoint_url=moto_endpoint,
                         aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                         aws_session_token=creds["SessionToken"])
    okey = other.create_key()["KeyMetadata"]["KeyId"]
    oblob = other.encrypt(KeyId=okey, Plaintext=live(github_pat).encode(),
                          EncryptionContext={"LambdaFunctionName": "foreign-fn"})["CiphertextBlob"]
    lam.create_function(FunctionName="foreign-fn", Runtime="python3.11", Role=role, Handler="i.h",
                        Code={"ZipFile": _zip()}, Environment={"Variables": {"API_TOKEN": base64.b64encode(oblob).decode()}})
    run = audit("--services", "lambda", state=False)
    assert [f["arn"].rsplit(":", 1)[-1] for f in run.findings] == ["enc-fn"]  # the ciphertext is not a finding
    sk = [s for s in run.skipped if s["path"].endswith("function:foreign-fn#Environment.Variables.API_TOKEN")]
    assert len(sk) == 1 and sk[0]["reason"] == "encrypted" and "kms:Decrypt" in sk[0]["detail"], run.skipped
