"""--verify never calls AWS with canary keys; --verify-permissions summarises what a live AWS key may do."""
from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from credgate import awskeys
from credgate.verify import canary
from tests.helpers import run_credgate
from tests.triage.util import aws_secret, key_for

THINKST = "052310077262"  # a Thinkst Canarytokens account (credgate/verify/canary_accounts.json)


@pytest.fixture
def sts_recorder(monkeypatch):
    """A local stand-in for STS that records every request (and refuses them all)."""
    seen: list[dict] = []

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):
            pass

        def do_POST(self):
            n = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(n).decode() if n else ""
            seen.append({"auth": self.headers.get("Authorization", ""), "body": body})
            raw = (b"<ErrorResponse><Error><Type>Sender</Type><Code>InvalidClientTokenId</Code>"
                   b"<Message>no</Message></Error></ErrorResponse>")
            self.send_response(403)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

    srv = ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    monkeypatch.setenv("CREDGATE_VERIFY_AWS_URL", f"http://127.0.0.1:{srv.server_address[1]}")
    yield seen
    srv.shutdown()
    srv.server_close()


def test_shipped_canary_list_is_well_formed():
    accts = canary.known()
    assert THINKST in accts and len(accts) >= 20
    assert all(len(a) == 12 and a.isdigit() for a in accts)
    # every listed account round-trips through the offline key-ID decoding
    assert all(awskeys.account_id(key_for(a)) == a for a in accts)


def test_canary_keys_are_never_sent_to_aws(sts_recorder, tmp_path):
    thinkst, mine, normal = key_for(THINKST), key_for("210987654321"), key_for("123456789012")
    (tmp_path / ".credgate.toml").write_text('[verify]\ncanary_accounts = ["210987654321"]\n')
    (tmp_path / "a.env").write_text(f"AWS_ACCESS_KEY_ID={thinkst}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n")
    (tmp_path / "b.env").write_text(f"AWS_ACCESS_KEY_ID={mine}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n")
    (tmp_path / "c.env").write_text(f"AWS_ACCESS_KEY_ID={normal}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n")
    p = run_credgate(["dir", ".", "--verify", "-f", "json"], cwd=tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    got = {(f["path"], f["rule_id"]): f for f in json.loads(p.stdout)["findings"]}
    for path, who in (("a.env", "Thinkst Canarytokens"), ("b.env", "listed in [verify] canary_accounts")):
        f = got[(path, "aws-secret-access-key")]
        assert f["verified"] == "unknown"
        assert f["verified_detail"].startswith("canary token (not verified, to avoid tripping it)")
        assert who in f["verified_detail"] and f["canary"] == who
        assert f["severity"] in ("critical", "high")  # still blocks: a key in the code is a key in the code
    assert got[("c.env", "aws-secret-access-key")]["verified"] == "revoked"
    # the recorder saw the ordinary key, and never a canary key
    auths = " ".join(r["auth"] for r in sts_recorder)
    assert normal in auths
    assert thinkst not in auths and mine not in auths


# ---------------------------------------------------------------- permissions, against moto with IAM auth on
def _user_key(iam, user: str) -> dict:
    iam.create_user(UserName=user)
    for _ in range(20):
        k = iam.create_access_key(UserName=user)["AccessKey"]
        if awskeys.is_key_id(k["AccessKeyId"]):
            return k
        iam.delete_access_key(UserName=user, AccessKeyId=k["AccessKeyId"])
    raise AssertionError("moto gave no matching key")


@pytest.fixture
def aws_managed_policies(aws, moto_endpoint, monkeypatch):
    """moto with AWS managed policies (AdministratorAccess ...) loaded, for this test only.

    The moto server runs in this process (tests/conftest.py), so its IAM backend reads this
    setting when it is reset.
    """
    import requests

    monkeypatch.setenv("MOTO_IAM_LOAD_MANAGED_POLICIES", "true")
    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=60).raise_for_status()
    yield
    monkeypatch.delenv("MOTO_IAM_LOAD_MANAGED_POLICIES")
    requests.post(f"{moto_endpoint}/moto-api/reset", timeout=60).raise_for_status()


def test_verify_permissions_summarises_live_keys(aws_managed_policies, aws_client, moto_auth, tmp_path):
    iam = aws_client("iam")
    admin = _user_key(iam, "deploy-admin")
    iam.attach_user_policy(UserName="deploy-admin", PolicyArn="arn:aws:iam::aws:policy/AdministratorAccess")
    dev = _user_key(iam, "dev-ci")
    iam.create_group(GroupName="devs")
    iam.add_user_to_group(GroupName="devs", UserName="dev-ci")
    iam.put_group_policy(GroupName="devs", PolicyName="ReadIam", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["iam:Get*", "iam:List*"],
                                                "Resource": "*"}]}))
    logs = iam.create_policy(PolicyName="ReadLogs", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "logs:Get*", "Resource": "*"}]}))
    iam.attach_user_policy(UserName="dev-ci", PolicyArn=logs["Policy"]["Arn"])
    nobody = _user_key(iam, "nobody")
    wide = _user_key(iam, "wide")
    iam.put_user_policy(UserName="wide", PolicyName="Everything", PolicyDocument=json.dumps({
        "Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
    moto_auth(0)
    for name, k in (("admin", admin), ("dev", dev), ("nobody", nobody), ("wide", wide)):
        (tmp_path / f"{name}.env").write_text(
            f"AWS_ACCESS_KEY_ID={k['AccessKeyId']}\nAWS_SECRET_ACCESS_KEY={k['SecretAccessKey']}\n")

    p = run_credgate(["dir", ".", "--verify", "-f", "json"], cwd=tmp_path)
    plain = json.loads(p.stdout)["findings"]
    assert {f["verified"] for f in plain} == {"live"} and not any("aws_permissions" in f for f in plain)

    p = run_credgate(["dir", ".", "--verify-permissions", "-f", "json"], cwd=tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    got = {f["path"]: f for f in json.loads(p.stdout)["findings"] if f["rule_id"] == "aws-secret-access-key"}
    a = got["admin.env"]
    assert a["verified"] == "live" and a["aws_permissions"]["admin"] is True
    assert a["aws_permissions"]["identity"].endswith(":user/deploy-admin")
    assert "AdministratorAccess attached" in a["aws_permissions"]["admin_because"]
    assert "permissions: ADMIN" in a["verified_detail"]
    d = got["dev.env"]["aws_permissions"]
    assert d["admin"] is False and d["groups"] == ["devs"] and d["unreadable"] == []
    assert d["attached_policies"] == ["ReadLogs"] and d["inline_policies"] == ["ReadIam (group devs)"]
    assert "not admin" in got["dev.env"]["verified_detail"]
    n = got["nobody.env"]["aws_permissions"]
    assert n["admin"] is None and "iam:ListAttachedUserPolicies (AccessDenied)" in n["unreadable"]
    assert "admin unknown" in got["nobody.env"]["verified_detail"]
    w = got["wide.env"]["aws_permissions"]
    assert w["admin"] is True and w["admin_because"] == ["inline policy Everything allows * on *"]
    out = p.stdout.decode()
    assert all(k["SecretAccessKey"] not in out for k in (admin, dev, nobody, wide))
