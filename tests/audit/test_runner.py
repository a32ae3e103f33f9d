"""Regions, accounts, incremental state, AccessDenied, scale, sharding and exports against moto."""
from __future__ import annotations

import http.server
import io
import json
import re
import threading
import zipfile
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import quote, urlparse
from urllib.request import urlopen

import pytest

from tests.helpers import commit_file, git, github_pat, init_repo, slack_bot_token, stripe_live_key

ACCOUNT = "123456789012"
OTHER = "111111111111"
TRUST = json.dumps({"Version": "2012-10-17", "Statement": [
    {"Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]})


def _zip(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in files.items():
            z.writestr(k, v)
    return buf.getvalue()


CODE = {"ZipFile": _zip({"index.py": "def h(e, c):\n    return 1\n"})}


@pytest.fixture
def role(aws_client):
    return aws_client("iam").create_role(RoleName="svc", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]


def make_fn(lam, role, name, env):
    lam.create_function(FunctionName=name, Runtime="python3.11", Role=role, Handler="index.h", Code=CODE,
                        Environment={"Variables": env})


def summary(capsys) -> dict[str, int]:
    err = capsys.readouterr().err
    line = [l for l in err.splitlines() if l.startswith("credgate aws")][0]
    nums = {
        "scanned": r"(\d+) resource field\(s\) scanned",
        "unchanged": r"(\d+) unchanged since",
        "new": r"(\d+) new finding",
        "known": r"(\d+) known in unchanged",
        "resolved": r"(\d+) resolved",
        "units": r"(\d+) of \d+ units",
        "units_total": r"\d+ of (\d+) units",
    }
    return {k: int(re.search(p, line).group(1)) for k, p in nums.items()}


# ----------------------------------------------------------------- regions + accounts

def test_multiple_regions_and_a_second_account_through_assume_role(live, audit, aws, aws_client, moto_endpoint, role):
    s_use1, s_euw1, s_other = live(github_pat), live(slack_bot_token), live(stripe_live_key)
    make_fn(aws_client("lambda", "us-east-1"), role, "east", {"TOKEN": s_use1})
    make_fn(aws_client("lambda", "eu-west-1"), role, "west", {"TOKEN": s_euw1})
    # the second account: what moto gives a session on an assumed role in 111111111111
    creds = aws_client("sts").assume_role(RoleArn=f"arn:aws:iam::{OTHER}:role/Setup",
                                          RoleSessionName="setup")["Credentials"]
    import boto3

    other = boto3.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                          aws_session_token=creds["SessionToken"], region_name="eu-west-1")
    oiam = other.client("iam", endpoint_url=moto_endpoint)
    orole = oiam.create_role(RoleName="svc", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    make_fn(other.client("lambda", endpoint_url=moto_endpoint), orole, "theirs", {"TOKEN": s_other})

    run = audit("--services", "lambda", "--regions", "us-east-1,eu-west-1",
                "--role-arn", f"arn:aws:iam::{OTHER}:role/CredgateAudit")
    assert run.rc == 1
    got = {(f["account"], f["region"], f["arn"].rsplit(":", 1)[-1]) for f in run.findings}
    assert got == {(ACCOUNT, "us-east-1", "east"), (ACCOUNT, "eu-west-1", "west"), (OTHER, "eu-west-1", "theirs")}
    theirs = run.by_arn(f":{OTHER}:function:theirs")[0]
    assert theirs["location_detail"] == f"arn:aws:lambda:eu-west-1:{OTHER}:function:theirs Environment.Variables.TOKEN"


def test_default_regions_are_the_partitions_enabled_regions(live, engine, aws):
    from credgate.audit.runner import Audit, AuditResult, AuditSettings

    a = Audit(engine, AuditSettings(services=["lambda"]), session=aws)
    res = AuditResult()
    regions = a._regions(aws, a._botocore_config(), "aws", ACCOUNT, res)
    assert "us-east-1" in regions and "eu-west-1" in regions
    assert not [r for r in regions if r.startswith(("cn-", "us-gov-"))]


# ----------------------------------------------------------------- incremental

def test_incremental_second_run_scans_nothing_unchanged_and_reports_what_is_new(live, audit, aws_client, role, capsys):
    lam = aws_client("lambda")
    s1, s2 = live(github_pat), live(slack_bot_token)
    make_fn(lam, role, "one", {"TOKEN": s1})
    make_fn(lam, role, "two", {"MODE": "fast"})
    run1 = audit("--services", "lambda")
    first = summary(capsys)
    assert run1.rc == 1 and first["scanned"] == 2 and first["unchanged"] == 0 and first["new"] == 1
    assert [f["new_since_last_run"] for f in run1.findings] == [True]

    run2 = audit("--services", "lambda")
    second = summary(capsys)
    assert second["scanned"] == 0 and second["unchanged"] == 2 and second["known"] == 1 and second["new"] == 0
    # the known secret is still deployed: it is in this report too, marked not new, and still blocks
    assert [(f["arn"].rsplit(":", 1)[-1], f["new_since_last_run"]) for f in run2.findings] == [("one", False)]
    assert run2.findings[0]["fingerprint"] == run1.findings[0]["fingerprint"]
    assert "new since the last audit run" not in run2.findings[0]["why"]
    assert run2.rc == 1, "a known secret still deployed must not turn into a clean exit"

    # change one function, add a secret to it: only that one is scanned and its finding is new
    lam.update_function_configuration(FunctionName="two", Environment={"Variables": {"MODE": "fast", "SLACK": s2}})
    run3 = audit("--services", "lambda")
    third = summary(capsys)
    assert third["scanned"] == 1 and third["unchanged"] == 1 and third["new"] == 1
    assert sorted((f["arn"].rsplit(":", 1)[-1], f["new_since_last_run"]) for f in run3.findings) == [
        ("one", False), ("two", True)]

    # --full scans everything again; nothing is new
    run4 = audit("--services", "lambda", "--full")
    full = summary(capsys)
    assert full["scanned"] == 2 and full["new"] == 0 and len(run4.findings) == 2
    assert all(f["new_since_last_run"] is False for f in run4.findings)

    # remove the secret: the resource is reported as resolved, exit clean
    lam.update_function_configuration(FunctionName="one", Environment={"Variables": {"MODE": "x"}})
    lam.update_function_configuration(FunctionName="two", Environment={"Variables": {"MODE": "y"}})
    run5 = audit("--services", "lambda")
    last = summary(capsys)
    assert run5.rc == 0 and last["resolved"] == 2 and last["known"] == 0

    text = run5.state.read_text()
    assert s1 not in text and s2 not in text
    assert oct(run5.state.stat().st_mode & 0o777) == "0o600"


# ----------------------------------------------------------------- AccessDenied

def test_access_denied_on_one_service_is_a_skip_and_the_rest_is_audited(live, audit, aws, aws_client, moto_auth, moto_endpoint):
    iam = aws_client("iam")
    iam.create_user(UserName="auditor")
    iam.put_user_policy(UserName="auditor", PolicyName="p", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [
            {"Effect": "Allow", "Action": "*", "Resource": "*"},
            {"Effect": "Deny", "Action": "ssm:*", "Resource": "*"}]}))
    key = iam.create_access_key(UserName="auditor")["AccessKey"]
    tok, tok2 = live(slack_bot_token), live(github_pat)
    aws_client("ecs").register_task_definition(family="t", containerDefinitions=[
        {"name": "c", "image": "i", "memory": 64, "environment": [{"name": "SLACK", "value": tok}]}])
    aws_client("ssm").put_parameter(Name="/p", Value=tok2, Type="String")
    import boto3

    session = boto3.Session(aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"],
                            region_name="us-east-1")
    moto_auth(0)
    run = audit("--services", "ecs,ssm", session=session, state=False)
    assert run.rc == 1
    assert [f["rule_id"] for f in run.findings] == ["slack-bot-token"]
    denied = [s for s in run.skipped if s["path"] == f"aws://{ACCOUNT}/us-east-1/ssm"]
    assert len(denied) == 1 and denied[0]["reason"] == "access-denied"
    assert "AccessDenied" in denied[0]["detail"]


def test_everything_denied_is_not_a_clean_result_with_fail_on_skip(live, audit, aws, aws_client, moto_auth):
    iam = aws_client("iam")
    iam.create_user(UserName="nobody")
    key = iam.create_access_key(UserName="nobody")["AccessKey"]
    import boto3

    session = boto3.Session(aws_access_key_id=key["AccessKeyId"], aws_secret_access_key=key["SecretAccessKey"],
                            region_name="us-east-1")
    moto_auth(0)
    run = audit("--services", "ecs,ssm", "--fail-on-skip", session=session, state=False)
    assert run.findings == []
    assert {s["reason"] for s in run.skipped} == {"access-denied"} and len(run.skipped) == 2
    assert run.rc == 1


# ----------------------------------------------------------------- scale

def test_a_thousand_lambda_functions(live, audit, aws_client, role, capsys):
    lam = aws_client("lambda")
    secrets_ = [live(stripe_live_key) for _ in range(1000)]

    def create(i: int) -> None:
        make_fn(lam, role, f"fn-{i:04d}", {"STRIPE_KEY": secrets_[i], "STAGE": "prod"})

    with ThreadPoolExecutor(8) as pool:
        list(pool.map(create, range(1000)))
    run = audit("--services", "lambda", "--workers", "4")
    s = summary(capsys)
    assert s["scanned"] == 1000
    assert len(run.findings) == 1000
    assert len({f["arn"] for f in run.findings}) == 1000
    assert {f["rule_id"] for f in run.findings} == {"stripe-secret-key"}
    run2 = audit("--services", "lambda", "--workers", "4")
    s2 = summary(capsys)
    assert s2["scanned"] == 0 and s2["unchanged"] == 1000 and s2["known"] == 1000 and s2["new"] == 0
    # every secret still deployed is in the second report too, marked not new
    assert len(run2.findings) == 1000 and run2.rc == 1
    assert {f["new_since_last_run"] for f in run2.findings} == {False}


# ----------------------------------------------------------------- sharding

def test_shards_cover_every_unit_exactly_once(live, audit, aws_client, role, capsys):
    expected = set()
    for region in ("us-east-1", "eu-west-1", "ap-southeast-2"):
        tok = live(github_pat)
        make_fn(aws_client("lambda", region), role, f"f-{region}", {"TOKEN": tok})
        aws_client("ssm", region).put_parameter(Name=f"/p/{region}", Value=live(slack_bot_token), Type="String")
        expected |= {("lambda", region), ("ssm", region)}
    regions = "us-east-1,eu-west-1,ap-southeast-2"
    seen = []
    units = 0
    for i in (1, 2, 3):
        run = audit("--services", "lambda,ssm", "--regions", regions, "--shard", f"{i}/3", state=False)
        s = summary(capsys)
        units += s["units"]
        assert s["units_total"] == 6
        seen += [(f["service"], f["region"]) for f in run.findings]
    assert units == 6
    assert sorted(seen) == sorted(expected)


def test_bad_shard_is_a_usage_error():
    from credgate.main import main

    assert main(["aws", "--shard", "4/3"]) == 2
    assert main(["aws", "--services", "nope"]) == 2


@pytest.mark.parametrize("regions", ["us-east-9", "us-east-1,eu-wset-1"])
def test_a_region_that_does_not_exist_is_a_usage_error(live, aws, aws_client, role, moto_endpoint, tmp_path, regions,
                                                        hs_cache):
    from tests.helpers import run_credgate

    make_fn(aws_client("lambda"), role, "fn", {"TOKEN": live(github_pat)})
    for quiet in ([], ["-q"]):
        proc = run_credgate(["aws", *quiet, "--regions", regions, "--services", "lambda", "--no-state",
                             "--max-attempts", "1"],
                            env={"AWS_ENDPOINT_URL": moto_endpoint, "CREDGATE_CACHE_DIR": str(hs_cache)})
        assert proc.returncode == 2, proc.stderr.decode()
        err = proc.stderr.decode().strip().splitlines()
        bad = regions.split(",")[-1]
        assert len(err) == 1 and "unknown AWS region" in err[0] and bad in err[0], err
        assert "us-east-1" not in err[0]
    # regions botocore knows are fine, opt-in ones included (not enabled: a skip, not an error)
    out = tmp_path / "r.json"
    proc = run_credgate(["aws", "--regions", "us-east-1,af-south-1", "--services", "lambda", "--no-state",
                         "--max-attempts", "1", "--format", "json", "-o", str(out)],
                        env={"AWS_ENDPOINT_URL": moto_endpoint, "CREDGATE_CACHE_DIR": str(hs_cache)})
    assert proc.returncode == 1, proc.stderr.decode()
    assert len(json.loads(out.read_text())["findings"]) == 1


# ----------------------------------------------------------------- injectable pieces

class _ZipHandler(http.server.BaseHTTPRequestHandler):
    packages: dict[str, bytes] = {}

    def do_GET(self) -> None:  # noqa: N802
        for name, body in self.packages.items():
            if name in self.path:
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
        self.send_response(404)
        self.end_headers()

    def log_message(self, *a) -> None:
        pass


@pytest.fixture
def package_server():
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ZipHandler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv
    srv.shutdown()
    srv.server_close()


def test_lambda_code_packages_through_an_injected_fetcher(live, audit, aws_client, role, package_server):
    from credgate.audit.base import Options

    kid, sec = live('pair')
    lam = aws_client("lambda")
    make_fn(lam, role, "coded", {"MODE": "x"})
    make_fn(lam, role, "clean-code", {"MODE": "x"})
    _ZipHandler.packages = {
        "coded": _zip({"app/settings.py": f"AWS_ACCESS_KEY_ID = '{kid}'\nAWS_SECRET_ACCESS_KEY = '{sec}'\n",
                       "lib/blob.bin": "\x00\x01binary"}),
        "clean-code": _zip({"index.py": "import os\nTOKEN = os.environ['TOKEN']\n"}),
    }
    port = package_server.server_address[1]
    fetched = []

    def fetch(url: str, limit: int) -> bytes:
        # moto's Code.Location is a real-AWS presigned URL; serve the package from loopback instead
        fetched.append(urlparse(url).hostname)
        with urlopen(f"http://127.0.0.1:{port}{quote(urlparse(url).path)}", timeout=10) as r:
            return r.read(limit + 1)

    run = audit("--services", "lambda-code", options=Options(fetch=fetch), state=False)
    assert run.rc == 1
    assert len(fetched) == 2
    hits = run.by_arn("function:coded")
    assert {f["rule_id"] for f in hits} >= {"aws-secret-access-key"}
    f = [h for h in hits if h["rule_id"] == "aws-secret-access-key"][0]
    assert f["location_detail"].endswith("Code:app/settings.py")
    assert f["line"] == 2
    assert run.by_arn("function:clean-code") == []


def test_codecommit_history_from_local_bare_repositories(live, audit, aws_client, tmp_path):
    from credgate.audit.base import Options

    tok = live(github_pat)
    work = init_repo(tmp_path / "work")
    commit_file(work, "config/.env", f"GH_TOKEN={tok}\n", "add config")
    commit_file(work, "config/.env", "GH_TOKEN=${GH_TOKEN}\n", "remove the token")
    bare = tmp_path / "repos" / "payments.git"
    git(tmp_path, "clone", "-q", "--bare", str(work), str(bare))
    clean = init_repo(tmp_path / "work2")
    commit_file(clean, "README.md", "nothing here\n", "init")
    git(tmp_path, "clone", "-q", "--bare", str(clean), str(tmp_path / "repos" / "docs.git"))

    opts = Options(codecommit_clone_url=f"file://{tmp_path}/repos/{{name}}.git",
                   codecommit_lister=lambda ctx: ["payments", "docs", "missing"])
    run = audit("--services", "codecommit", options=opts, state=False)
    assert run.rc == 1
    assert len(run.findings) == 1
    f = run.findings[0]
    assert f["arn"] == f"arn:aws:codecommit:us-east-1:{ACCOUNT}:payments"
    assert f["location_detail"].startswith(f"arn:aws:codecommit:us-east-1:{ACCOUNT}:payments config/.env @ ")
    assert f["commit"] and "rewrite history" in f["remediation"]
    missing = [s for s in run.skipped if s["path"].endswith(":missing")]
    assert missing and missing[0]["reason"] == "clone-failed"


# ----------------------------------------------------------------- exports

def test_exports_send_only_redacted_values(live, audit, aws_client, role, tmp_path):
    kid, sec = live('pair')
    make_fn(aws_client("lambda"), role, "leaky", {"AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec})
    sqs = aws_client("sqs")
    q1 = sqs.create_queue(QueueName="from-sns")["QueueUrl"]
    q2 = sqs.create_queue(QueueName="from-events")["QueueUrl"]
    arn = lambda q: sqs.get_queue_attributes(QueueUrl=q, AttributeNames=["QueueArn"])["Attributes"]["QueueArn"]  # noqa: E731
    sns = aws_client("sns")
    topic = sns.create_topic(Name="secrets")["TopicArn"]
    sns.subscribe(TopicArn=topic, Protocol="sqs", Endpoint=arn(q1))
    ev = aws_client("events")
    ev.create_event_bus(Name="security")
    ev.put_rule(Name="r", EventBusName="security", EventPattern=json.dumps({"source": ["credgate.aws-audit"]}))
    ev.put_targets(Rule="r", EventBusName="security", Targets=[{"Id": "q", "Arn": arn(q2)}])
    aws_client("securityhub").enable_security_hub()
    jsonl = tmp_path / "siem.jsonl"

    run = audit("--services", "lambda", "--sns-topic", topic, "--eventbridge-bus", "security", "--security-hub",
                "--jsonl", str(jsonl), state=False)
    assert run.rc == 1 and len(run.findings) == 2

    def drain(q: str) -> list[str]:
        out = []
        for _ in range(5):
            msgs = sqs.receive_message(QueueUrl=q, MaxNumberOfMessages=10).get("Messages", [])
            if not msgs:
                break
            out += [m["Body"] for m in msgs]
        return out

    sns_bodies = drain(q1)
    assert sns_bodies
    inner = json.loads(json.loads(sns_bodies[0])["Message"])
    assert len(inner["findings"]) == 2 and inner["findings"][0]["secret"].endswith("chars)")
    ev_bodies = drain(q2)
    assert len(ev_bodies) == 2
    assert json.loads(ev_bodies[0])["detail"]["arn"].endswith(":function:leaky")
    hub = aws_client("securityhub").get_findings()["Findings"]
    assert len(hub) == 2 and {h["Resources"][0]["Type"] for h in hub} == {"AwsLambdaFunction"}
    lines = jsonl.read_text().splitlines()
    assert len(lines) == 2 and oct(jsonl.stat().st_mode & 0o777) == "0o600"
    everything = "".join(sns_bodies + ev_bodies + lines) + json.dumps(hub, default=str)
    assert sec not in everything and kid not in everything


def test_export_failure_is_reported_and_the_report_still_written(live, audit, aws_client, role):
    make_fn(aws_client("lambda"), role, "leaky", {"TOKEN": live(github_pat)})
    run = audit("--services", "lambda", "--sns-topic", f"arn:aws:sns:us-east-1:{ACCOUNT}:does-not-exist",
                state=False)
    assert run.rc == 1
    assert run.doc["errors"] and "export to SNS failed" in run.doc["errors"][0]
    assert len(run.findings) == 1


def test_the_real_cli_in_a_subprocess(live, aws, aws_client, role, moto_endpoint, tmp_path, hs_cache):
    from tests.helpers import run_credgate

    tok = live(github_pat)
    make_fn(aws_client("lambda"), role, "cli-fn", {"TOKEN": tok})
    cfg = tmp_path / "c.toml"
    cfg.write_text("[aws]\nservices = ['lambda']\nregions = ['us-east-1']\n")
    out = tmp_path / "r.json"
    proc = run_credgate(["aws", "-c", str(cfg), "--max-attempts", "1", "--state", str(tmp_path / "st.json"),
                         "--format", "json", "-o", str(out)],
                        env={"AWS_ENDPOINT_URL": moto_endpoint, "CREDGATE_CACHE_DIR": str(hs_cache)})
    assert proc.returncode == 1, proc.stderr.decode()
    doc = json.loads(out.read_text())
    assert [f["location_detail"] for f in doc["findings"]] == [
        f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:cli-fn Environment.Variables.TOKEN"]
    assert tok not in out.read_text() and tok.encode() not in proc.stderr
    assert b"1 new finding" in proc.stderr


def test_every_account_of_an_organization_through_a_role_name(live, audit, aws, aws_client, moto_endpoint, role):
    import boto3

    org = aws_client("organizations")
    org.create_organization(FeatureSet="ALL")
    member = org.create_account(AccountName="payments", Email="p@example.invalid")["CreateAccountStatus"]["AccountId"]
    creds = aws_client("sts").assume_role(RoleArn=f"arn:aws:iam::{member}:role/OrganizationAccountAccessRole",
                                          RoleSessionName="setup")["Credentials"]
    other = boto3.Session(aws_access_key_id=creds["AccessKeyId"], aws_secret_access_key=creds["SecretAccessKey"],
                          aws_session_token=creds["SessionToken"], region_name="us-east-1")
    orole = other.client("iam", endpoint_url=moto_endpoint).create_role(
        RoleName="svc", AssumeRolePolicyDocument=TRUST)["Role"]["Arn"]
    make_fn(other.client("lambda", endpoint_url=moto_endpoint), orole, "member-fn", {"TOKEN": live(github_pat)})
    make_fn(aws_client("lambda"), role, "mgmt-fn", {"TOKEN": live(slack_bot_token)})

    run = audit("--services", "lambda", "--org-role", "CredgateAudit", state=False)
    assert sorted((f["account"], f["arn"].rsplit(":", 1)[-1]) for f in run.findings) == sorted(
        [(ACCOUNT, "mgmt-fn"), (member, "member-fn")])


def test_baseline_suppresses_known_deployed_secrets_also_in_incremental_runs(live, audit, aws_client, role, tmp_path):
    from credgate.linter.baseline import Baseline

    tok = live(github_pat)
    make_fn(aws_client("lambda"), role, "old-fn", {"TOKEN": tok})
    bl = Baseline()
    bl.entries.add(("github-personal-access-token", f"arn:aws:lambda:us-east-1:{ACCOUNT}:function:old-fn", bl.hash(tok)))
    path = bl.save(tmp_path / "baseline.json")
    first = audit("--services", "lambda", "--baseline", str(path))
    assert first.rc == 0 and first.findings == [] and first.doc["summary"]["baseline_suppressed"] == 1
    second = audit("--services", "lambda", "--baseline", str(path))
    assert second.rc == 0
    third = audit("--services", "lambda")  # the same state without the baseline: still deployed, still failing
    assert third.rc == 1
    assert tok not in first.state.read_text()


class _ThrottlingProxy(http.server.BaseHTTPRequestHandler):
    """Forwards to moto, except Lambda calls, which are always throttled (HTTP 429 TooManyRequestsException)."""

    upstream = ""
    throttled = 0

    def _handle(self) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith("/2015-03-31/functions"):
            type(self).throttled += 1
            msg = b'{"Type": "User", "message": "Rate exceeded"}'
            self.send_response(429)
            self.send_header("x-amzn-ErrorType", "TooManyRequestsException")
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(msg)))
            self.end_headers()
            self.wfile.write(msg)
            return
        from urllib.error import HTTPError
        from urllib.request import Request

        req = Request(self.upstream + self.path, data=body or None, method=self.command,
                      headers={k: v for k, v in self.headers.items() if k.lower() not in ("host", "content-length")})
        try:
            resp = urlopen(req, timeout=30)
            status, headers, data = resp.status, resp.headers, resp.read()
        except HTTPError as e:
            status, headers, data = e.code, e.headers, e.read()
        self.send_response(status)
        for k, v in headers.items():
            if k.lower() not in ("content-length", "transfer-encoding", "connection", "server", "date"):
                self.send_header(k, v)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = do_PUT = do_DELETE = _handle

    def log_message(self, *a) -> None:
        pass


def test_throttling_that_outlasts_the_retries_is_a_skip(live, audit, aws_client, role, moto_endpoint):
    make_fn(aws_client("lambda"), role, "busy", {"TOKEN": live(github_pat)})
    aws_client("ssm").put_parameter(Name="/p", Value=live(slack_bot_token), Type="String")
    _ThrottlingProxy.upstream, _ThrottlingProxy.throttled = moto_endpoint, 0
    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _ThrottlingProxy)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    try:
        proxy = f"http://127.0.0.1:{srv.server_address[1]}"
        run = audit("--services", "lambda,ssm", "--endpoint-url", proxy, "--max-attempts", "2", state=False)
    finally:
        srv.shutdown()
        srv.server_close()
    assert _ThrottlingProxy.throttled == 2  # adaptive mode retried once, then gave up
    assert [f["service"] for f in run.findings] == ["ssm"]
    skip = [s for s in run.skipped if s["path"] == f"aws://{ACCOUNT}/us-east-1/lambda"]
    assert skip and skip[0]["reason"] == "throttled"
    assert run.rc == 1


def test_no_region_configured_uses_the_first_of_regions_for_sts_and_s3(live, aws, aws_client, moto_endpoint,
                                                                       tmp_path, hs_cache, monkeypatch):
    """Issue 18: with neither AWS_REGION nor a profile region, `credgate aws --endpoint-url` raised botocore's
    NoRegionError (exit 123) before reading anything; now STS and the S3 bucket listing use the first of
    --regions and the audit runs."""
    from tests.helpers import run_credgate

    tok = live(github_pat)
    aws_client("ssm", "eu-west-1").put_parameter(Name="/app/token", Value=tok, Type="String")
    s3 = aws_client("s3", "eu-west-1")
    s3.create_bucket(Bucket="cfg-eu", CreateBucketConfiguration={"LocationConstraint": "eu-west-1"})
    tok2 = live(github_pat)
    s3.put_object(Bucket="cfg-eu", Key="app/.env", Body=f"GITHUB_TOKEN={tok2}\n".encode())
    for var in ("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(var, raising=False)
    out = tmp_path / "r.json"
    proc = run_credgate(["aws", "--regions", "eu-west-1", "--services", "ssm,s3", "--endpoint-url", moto_endpoint,
                         "--max-attempts", "1", "--no-state", "--format", "json", "-o", str(out)],
                        env={"CREDGATE_CACHE_DIR": str(hs_cache)})
    err = proc.stderr.decode()
    assert proc.returncode == 1, err
    assert "NoRegionError" not in err and "internal error" not in err and "Traceback" not in err, err
    details = sorted(f["location_detail"] for f in json.loads(out.read_text())["findings"])
    assert any(d.startswith(f"arn:aws:ssm:eu-west-1:{ACCOUNT}:parameter/app/token") for d in details), details
    assert any("cfg-eu" in d and "app/.env" in d for d in details), details


def test_the_audit_caller_region_falls_back_to_the_first_of_regions_else_us_east_1():
    from credgate.audit.runner import home_region

    assert home_region("ap-south-1", ["eu-west-1"]) == "ap-south-1"  # a configured region wins
    assert home_region(None, ["eu-west-1", "us-east-1"]) == "eu-west-1"
    assert home_region(None, None) == home_region(None, []) == "us-east-1"
