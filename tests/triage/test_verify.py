"""Opt-in verification: AWS pairs against moto with IAM auth on, HTTP verifiers against a local server."""
from __future__ import annotations

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from credgate import awskeys, triage
from credgate.scan import Collector
from credgate.config import Config
from credgate.linter.engine import Engine
from credgate.models import Confidence, Finding, Fragment, Location, Severity
from credgate.verify import RateLimiter, Settings, USER_AGENT, verify_all
from tests.helpers import github_pat, run_credgate, slack_bot_token, stripe_live_key
from tests.triage.util import aws_secret, key_for


# ---------------------------------------------------------------- local provider
class Provider:
    def __init__(self) -> None:
        self.live: set[str] = set()
        self.slow: set[str] = set()
        self.requests: list[dict] = []


def _handler(state: Provider):
    class H(BaseHTTPRequestHandler):
        def log_message(self, *a):  # quiet
            pass

        def _send(self, code: int, body: dict, headers: dict | None = None) -> None:
            raw = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(raw)))
            self.end_headers()
            self.wfile.write(raw)

        def _token(self) -> str:
            h = self.headers
            for name in ("PRIVATE-TOKEN", "x-api-key"):
                if h.get(name):
                    return h[name]
            auth = h.get("Authorization", "")
            scheme, _, val = auth.partition(" ")
            if scheme == "Basic":
                return base64.b64decode(val).decode().rstrip(":")
            return val

        def _handle(self) -> None:
            n = int(self.headers.get("Content-Length") or 0)
            if n:
                self.rfile.read(n)
            tok = self._token()
            state.requests.append({"path": self.path, "method": self.command, "ua": self.headers.get("User-Agent"),
                                   "token": tok})
            if tok in state.slow:
                time.sleep(3)
            live = tok in state.live
            if self.path == "/api/auth.test":
                return self._send(200, {"ok": True, "team": "acme", "user": "bot"} if live
                                  else {"ok": False, "error": "invalid_auth"})
            if self.path == "/moved":
                return self._send(302, {}, {"Location": "http://127.0.0.2:9/steal"})
            if self.path == "/boom":
                return self._send(503, {})
            if live:
                return self._send(200, {"login": "octocat", "name": "ci", "scopes": ["api"], "livemode": True})
            return self._send(401, {"message": "Bad credentials"})

        do_GET = do_POST = _handle

    return H


@pytest.fixture
def provider(monkeypatch):
    state = Provider()
    srv = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    srv.daemon_threads = True
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    for name in ("GITHUB", "GITLAB", "SLACK", "STRIPE", "OPENAI", "ANTHROPIC", "NPM", "HUGGINGFACE", "SENDGRID"):
        monkeypatch.setenv(f"CREDGATE_VERIFY_{name}_URL", url)
    state.url = url  # type: ignore[attr-defined]
    yield state
    srv.shutdown()
    srv.server_close()


def _finding(rule_id: str, secret: str) -> Finding:
    return Finding(rule_id=rule_id, rule_name=rule_id, severity=Severity.HIGH, confidence=Confidence.HIGH,
                   secret=secret, location=Location(path="x", line=1), fingerprint="cg1:x")


FAST = Settings(timeout=5, rate=1000)


@pytest.mark.parametrize("rule_id,make", [
    ("github-personal-access-token", github_pat),
    ("slack-bot-token", slack_bot_token),
    ("stripe-secret-key", stripe_live_key),
    ("gitlab-personal-access-token", lambda: "glpat-" + github_pat()[4:24]),
    ("openai-project-api-key", lambda: "sk-proj-" + github_pat()[4:]),
    ("anthropic-api-key", lambda: "sk-ant-api03-" + github_pat()[4:]),
    ("npm-access-token", lambda: "npm_" + github_pat()[4:]),
])
def test_http_verifier_live_and_revoked(provider, rule_id, make):
    good, bad = make(), make()
    provider.live.add(good)
    fs = [_finding(rule_id, good), _finding(rule_id, bad)]
    verify_all(fs, Config(), FAST)
    assert [f.verified for f in fs] == ["live", "revoked"]
    assert {r["token"] for r in provider.requests} == {good, bad}
    assert all(r["ua"] == USER_AGENT and r["ua"].startswith("credgate/") for r in provider.requests)
    assert all(good not in r["path"] for r in provider.requests)  # credential in a header, never the URL


def test_provider_errors_timeouts_redirects_are_unknown_with_reason(provider, monkeypatch):
    tok = github_pat()
    monkeypatch.setenv("CREDGATE_VERIFY_GITHUB_URL", provider.url + "/boom#")
    (f,) = fs = [_finding("github-personal-access-token", tok)]
    verify_all(fs, Config(), FAST)
    assert f.verified == "unknown" and "503" in (f.verified_detail or "")

    monkeypatch.setenv("CREDGATE_VERIFY_GITHUB_URL", provider.url + "/moved#")
    verify_all(fs, Config(), FAST)
    assert f.verified == "unknown" and "redirect" in (f.verified_detail or "")
    assert not any(r["path"] == "/steal" for r in provider.requests)

    monkeypatch.setenv("CREDGATE_VERIFY_GITHUB_URL", provider.url)
    provider.slow.add(tok)
    verify_all(fs, Config(), Settings(timeout=0.5, rate=1000))
    assert f.verified == "unknown" and "within 0.5s" in (f.verified_detail or "")

    monkeypatch.setenv("CREDGATE_VERIFY_GITHUB_URL", "http://127.0.0.1:9")  # nothing listens on the discard port
    verify_all(fs, Config(), FAST)
    assert f.verified == "unknown" and "cannot reach" in (f.verified_detail or "")


def test_no_verifier_and_disabled_provider_are_unknown(provider):
    fs = [_finding("datadog-api-key", "a" * 32), _finding("github-personal-access-token", github_pat())]
    verify_all(fs, Config(), Settings(providers=frozenset({"aws"})))
    assert [f.verified for f in fs] == ["unknown", "unknown"]
    assert "no verifier" in fs[0].verified_detail and "[verify]" in fs[1].verified_detail
    assert provider.requests == []


def test_rate_limiter_spaces_calls():
    now = [100.0]
    slept: list[float] = []

    def sleep(d: float) -> None:
        slept.append(d)
        now[0] += d

    rl = RateLimiter(4, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        rl.wait()
    assert slept == [0.25, 0.25, 0.25, 0.25]


def test_cli_verify_is_opt_in_and_reported_in_json_and_sarif(provider, tmp_path):
    live, dead = github_pat(), github_pat()
    provider.live.add(live)
    (tmp_path / "a.txt").write_text(f"token: {live}\n")
    (tmp_path / "b.txt").write_text(f"token: {dead}\n")
    p = run_credgate(["dir", ".", "-f", "json"], cwd=tmp_path)
    assert provider.requests == []  # no network without --verify
    assert {f["verified"] for f in json.loads(p.stdout)["findings"]} == {None}

    p = run_credgate(["dir", ".", "-f", "json", "--verify"], cwd=tmp_path)
    got = {f["path"]: f for f in json.loads(p.stdout)["findings"]}
    assert got["a.txt"]["verified"] == "live" and got["a.txt"]["severity"] == "critical"
    assert got["b.txt"]["verified"] == "revoked" and got["b.txt"]["severity"] == "low"
    assert "octocat" in got["a.txt"]["verified_detail"]
    assert live not in p.stdout.decode()

    p = run_credgate(["dir", ".", "-f", "sarif", "--verify"], cwd=tmp_path)
    results = json.loads(p.stdout)["runs"][0]["results"]
    props = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]: r["properties"] for r in results}
    for key in ("severity", "confidence", "exposure", "account_id", "verified"):
        assert key in props["a.txt"]
    assert props["a.txt"]["verified"] == "live" and props["b.txt"]["verified"] == "revoked"


# ---------------------------------------------------------------- AWS against moto with auth on
def _moto_key(iam, n: int) -> dict:
    """An IAM access key whose ID the aws-access-key-id rule matches (moto may put 0/1/8/9 in the tail)."""
    for i in range(40):
        user = f"ci-{n}-{i}"
        iam.create_user(UserName=user)
        for _ in range(2):
            k = iam.create_access_key(UserName=user)["AccessKey"]
            if awskeys.is_key_id(k["AccessKeyId"]):
                return k
    raise AssertionError("moto gave no matching key")


def _pair_findings(pairs):
    frags = [Fragment(path=f"{i}.env", data=f"AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n".encode())
             for i, (k, s) in enumerate(pairs)]
    return triage.consolidate(Collector(Engine(Config())).feed(frags).findings, Config())


def test_aws_pairs_against_moto_with_auth(aws_client, moto_auth):
    iam = aws_client("iam")
    good = _moto_key(iam, 0)
    other = _moto_key(iam, 1)
    moto_auth(0)
    pairs = {
        "0.env": (good["AccessKeyId"], good["SecretAccessKey"]),   # created in moto's IAM -> live
        "1.env": (key_for("123456789012"), aws_secret()),          # unknown key id -> revoked
        "2.env": (other["AccessKeyId"], aws_secret()),             # real key id, wrong secret -> not live
    }
    found = _pair_findings(list(pairs.values()))
    triage.verify_findings(found, Config())
    by = {(f.path, f.rule_id): f for f in found}
    live = by[("0.env", "aws-secret-access-key")]
    assert live.verified == "live" and "arn:aws:iam::" in (live.verified_detail or "")
    assert live.account_id == "123456789012" and "123456789012" in live.verified_detail  # offline decode == STS
    assert by[("0.env", "aws-access-key-id")].verified == "live"
    assert by[("1.env", "aws-secret-access-key")].verified == "revoked"
    assert "InvalidClientTokenId" in by[("1.env", "aws-secret-access-key")].verified_detail
    wrong = by[("2.env", "aws-secret-access-key")]
    assert wrong.verified == "revoked" and "SignatureDoesNotMatch" in wrong.verified_detail
    assert live.severity == Severity.CRITICAL and wrong.severity == Severity.LOW


def test_aws_cli_verify_against_moto(aws_client, moto_auth, tmp_path):
    k = _moto_key(aws_client("iam"), 0)
    moto_auth(0)
    (tmp_path / "deploy.env").write_text(f"AWS_ACCESS_KEY_ID={k['AccessKeyId']}\nAWS_SECRET_ACCESS_KEY={k['SecretAccessKey']}\n")
    (tmp_path / "lonely.txt").write_text(f"id = {key_for('123456789012')}\n")
    p = run_credgate(["dir", ".", "--verify", "-f", "json"], cwd=tmp_path)
    assert p.returncode == 1, p.stderr.decode()
    got = {(f["path"], f["rule_id"]): f for f in json.loads(p.stdout)["findings"]}
    assert got[("deploy.env", "aws-secret-access-key")]["verified"] == "live"
    lonely = got[("lonely.txt", "aws-access-key-id")]
    assert lonely["verified"] == "unknown" and "without its secret" in lonely["verified_detail"]
    assert k["SecretAccessKey"] not in p.stdout.decode()


def test_ignored_account_is_never_verified(aws_client, moto_auth, tmp_path):
    k = _moto_key(aws_client("iam"), 0)
    moto_auth(0)
    found = _pair_findings([(k["AccessKeyId"], k["SecretAccessKey"])])
    cfg = Config(ignore_accounts=frozenset({"123456789012"}))
    found = triage.consolidate([f for f in found], cfg)
    triage.verify_findings(found, cfg)
    assert {f.verified for f in found} == {"unknown"}
    assert all("canary" in (f.verified_detail or "") for f in found)
