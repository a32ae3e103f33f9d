"""Severity and confidence by credential kind, AWS pairs, accounts and allowlists (through the real CLI)."""
from __future__ import annotations

import datetime as dt

from tests.helpers import github_pat, run_credgate
from tests.triage.util import aws_secret, by_rule, key_for, scan_json

OWN, OTHER, CANARY = "111122223333", "444455556666", "777788889999"


def test_pair_in_same_file_is_critical_with_account(tmp_path):
    key, sec = key_for(OWN), aws_secret()
    (tmp_path / "app.env").write_text(f"AWS_ACCESS_KEY_ID={key}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    rc, rep, _ = scan_json(["."], tmp_path)
    assert rc == 1
    rules = by_rule(rep)
    kid, skey = rules["aws-access-key-id"][0], rules["aws-secret-access-key"][0]
    for f in (kid, skey):
        assert f["severity"] == "critical"
        assert f["confidence"] == "high"
        assert f["account_id"] == OWN
        assert any(OWN in w for w in f["why"])
        assert f["aws_key_kind"] == "long-lived"
    assert kid["paired_with"] == skey["fingerprint"] and skey["paired_with"] == kid["fingerprint"]
    assert key not in str(rep) and sec not in str(rep)  # private pairing data never reaches the report


def test_key_id_alone_blocks_but_not_inside_a_presigned_url(tmp_path):
    # README "What blocks": a lone live-looking key ID is high (it names the account and its secret
    # is usually nearby); in a SigV4 Authorization header it is informational, in an expired presigned URL an
    # AKIA key ID is low (the link is dead, the key it names is not: session 13, as the corpora label it)
    (tmp_path / "a.txt").write_text(f"id = {key_for(OWN)}\n")
    (tmp_path / "b.txt").write_text(f"id = {key_for(OWN, 'ASIA')}\n")
    (tmp_path / "c.txt").write_text(
        f"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential={key_for(OTHER)}"
        "%2F20240501%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240501T101500Z&X-Amz-Expires=3600"
        "&X-Amz-SignedHeaders=host&X-Amz-Signature=ab12\n")
    (tmp_path / "d.log").write_text(
        f"Authorization: AWS4-HMAC-SHA256 Credential={key_for(OTHER)}/20240501/us-east-1/s3/aws4_request, "
        "SignedHeaders=host;x-amz-date, Signature=ab12\n")
    rc, rep, _ = scan_json(["."], tmp_path)
    assert rc == 1
    # JSON keeps informational findings, marked (text hides them unless --verbose)
    assert {f["path"]: f["severity"] for f in rep["findings"] if not f.get("informational")} == \
        {"a.txt": "high", "b.txt": "high", "c.txt": "low"}
    assert {f["path"] for f in rep["findings"] if f.get("informational")} == {"d.log"}
    _, rep, _ = scan_json(["."], tmp_path, "--verbose")
    sev = {f["path"]: f["severity"] for f in rep["findings"]}
    assert sev == {"a.txt": "high", "b.txt": "high", "c.txt": "low", "d.log": "info"}
    rep["findings"] = [f for f in rep["findings"] if f["path"] in ("a.txt", "b.txt")]
    kinds = {f["path"]: f["aws_key_kind"] for f in rep["findings"]}
    assert kinds == {"a.txt": "long-lived", "b.txt": "temporary"}


def test_a_presigned_url_not_known_to_be_expired_is_low(tmp_path):
    # a presigned URL with its signature is a bearer link to the object until it expires (at most 7 days):
    # shown (low), not blocking at the default threshold; an expired one is low for an AKIA key (it names a
    # long-term key), informational for a temporary ASIA key
    url = ("https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s"
           "%%2F%s%%2Fus-east-1%%2Fs3%%2Faws4_request%s&X-Amz-SignedHeaders=host&X-Amz-Signature=ab12cd34\n")
    (tmp_path / "no-date.log").write_text(url % (key_for(OTHER), "20240501", ""))
    (tmp_path / "future.txt").write_text(url % (key_for(OTHER), "20990501", "&X-Amz-Date=20990501T101500Z"
                                                                             "&X-Amz-Expires=604800"))
    (tmp_path / "expired.txt").write_text(url % (key_for(OTHER), "20240501", "&X-Amz-Date=20240501T101500Z"
                                                                              "&X-Amz-Expires=604800"))
    (tmp_path / "expired-asia.txt").write_text(url % (key_for(OTHER, "ASIA"), "20240501",
                                                      "&X-Amz-Date=20240501T101500Z&X-Amz-Expires=604800"))
    rc, rep, _ = scan_json(["."], tmp_path, "--verbose")
    assert rc == 0
    assert {f["path"]: f["severity"] for f in rep["findings"]} == \
        {"no-date.log": "low", "future.txt": "low", "expired.txt": "low", "expired-asia.txt": "info"}
    rc, _, _ = scan_json(["."], tmp_path, "--fail-on", "low")
    assert rc == 1


def test_key_ids_in_iam_listings_and_cloudtrail_are_low(tmp_path):
    # a listing names keys, it holds none: shown (low) so a review sees them, never blocking by default
    (tmp_path / "keys.json").write_text(
        '{"AccessKeyMetadata": [{"UserName": "svc", "AccessKeyId": "%s", "Status": "Active"}]}\n' % key_for(OWN))
    (tmp_path / "trail.json").write_text(
        '{"Records": [{"eventSource": "s3.amazonaws.com", "userIdentity": {"type": "AssumedRole",\n'
        '  "accessKeyId": "%s"}}]}\n' % key_for(OWN, "ASIA"))
    rc, rep, _ = scan_json(["."], tmp_path)
    assert rc == 0 and not any(f.get("informational") for f in rep["findings"])
    assert {f["path"]: f["severity"] for f in rep["findings"]} == {"keys.json": "low", "trail.json": "low"}
    assert all("IAM key listing or CloudTrail record" in " ".join(f["why"]) for f in rep["findings"])


def test_secret_key_alone_is_high_not_critical(tmp_path):
    (tmp_path / "c.env").write_text(f"aws_secret_access_key = {aws_secret()}\n")
    _, rep, _ = scan_json(["."], tmp_path)
    (f,) = rep["findings"]
    assert f["severity"] == "high" and f["account_id"] is None


def test_temporary_pair_is_high(tmp_path):
    (tmp_path / "creds").write_text(f"{key_for(OWN, 'ASIA')}:{aws_secret()}\n")
    _, rep, _ = scan_json(["."], tmp_path)
    sev = {f["rule_id"]: f["severity"] for f in rep["findings"]}
    assert sev["aws-access-key-pair"] == "high"
    assert sev["aws-temporary-access-key-id"] == "high"


def test_checksum_valid_provider_token_is_high_confidence(tmp_path):
    (tmp_path / "t.txt").write_text(f"token: {github_pat()}\n")
    _, rep, _ = scan_json(["."], tmp_path)
    (f,) = rep["findings"]
    assert f["severity"] in ("critical", "high") and f["confidence"] == "high"


def test_own_accounts_raise_and_ignore_accounts_lower(tmp_path):
    (tmp_path / ".credgate.toml").write_text(
        f'own_accounts = ["{OWN}"]\nignore_accounts = ["{CANARY}"]\n')
    (tmp_path / "own.txt").write_text(f"id = {key_for(OWN)}\n")
    (tmp_path / "other.txt").write_text(f"id = {key_for(OTHER)}\n")
    (tmp_path / "canary.txt").write_text(f"id = {key_for(CANARY)}\n")
    _, rep, _ = scan_json(["."], tmp_path, "--fail-on", "low", "--verbose")
    got = {f["path"]: f for f in rep["findings"]}
    # a lone key ID is high (README "What blocks"); one of your own accounts raises it one level
    assert got["own.txt"]["severity"] == "critical" and got["own.txt"]["account_policy"] == "own"
    assert got["other.txt"]["severity"] == "high" and got["other.txt"]["account_policy"] == "foreign"
    assert got["canary.txt"]["severity"] == "info" and got["canary.txt"]["account_policy"] == "ignored"
    assert any("ignore_accounts" in w for w in got["canary.txt"]["why"])


def test_canary_account_alone_does_not_block(tmp_path):
    (tmp_path / ".credgate.toml").write_text(f'ignore_accounts = ["{CANARY}"]\n')
    k, s = key_for(CANARY), aws_secret()
    (tmp_path / "canary.env").write_text(f"AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n")
    rc, rep, _ = scan_json(["."], tmp_path)
    assert rc == 0
    assert [f for f in rep["findings"] if not f.get("informational")] == []  # informational: marked, not blocking
    assert {f["severity"] for f in rep["findings"]} <= {"info"}
    rc, rep, _ = scan_json(["."], tmp_path, "--verbose")
    assert rc == 0
    assert {f["severity"] for f in rep["findings"]} == {"info"}


def test_allowlist_by_account_drops_pair_end_to_end(tmp_path):
    (tmp_path / ".credgate.toml").write_text(
        f'[[allowlist]]\naccounts = ["{CANARY}"]\nreason = "canary tokens account"\n')
    (tmp_path / "x.env").write_text(f"AWS_ACCESS_KEY_ID={key_for(CANARY)}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n")
    (tmp_path / "y.env").write_text(f"AWS_ACCESS_KEY_ID={key_for(OTHER)}\n")
    rc, rep, _ = scan_json(["."], tmp_path)
    assert [f["path"] for f in rep["findings"]] == ["y.env"]


def test_expired_allowlist_entry_stops_suppressing_and_says_so(tmp_path):
    yesterday = dt.date.today() - dt.timedelta(days=1)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    (tmp_path / ".credgate.toml").write_text(
        f'[[allowlist]]\npaths = ["old/**"]\nreason = "legacy fixtures, SEC-1"\nexpires = {yesterday.isoformat()}\n\n'
        f'[[allowlist]]\npaths = ["new/**"]\nreason = "until the migration"\nexpires = {tomorrow.isoformat()}\n')
    for d in ("old", "new"):
        (tmp_path / d).mkdir()
        (tmp_path / d / "k.env").write_text(f"AWS_ACCESS_KEY_ID={key_for(OTHER)}\nAWS_SECRET_ACCESS_KEY={aws_secret()}\n")
    rc, rep, _ = scan_json(["."], tmp_path)
    assert rc == 1
    assert {f["path"] for f in rep["findings"]} == {"old/k.env"}
    warn = " ".join(rep.get("warnings", []))
    assert f"expired on {yesterday.isoformat()}" in warn and "legacy fixtures, SEC-1" in warn
    text = run_credgate(["dir", "."], cwd=tmp_path)
    assert "no longer suppresses" in text.stdout.decode() + text.stderr.decode()


def test_expired_account_allowlist_entry_stops_suppressing(tmp_path):
    yesterday = dt.date.today() - dt.timedelta(days=1)
    (tmp_path / ".credgate.toml").write_text(
        f'[[allowlist]]\naccounts = ["{CANARY}"]\nreason = "sandbox"\nexpires = {yesterday.isoformat()}\n')
    (tmp_path / "x.txt").write_text(f"id = {key_for(CANARY)}\n")
    _, rep, _ = scan_json(["."], tmp_path)
    assert [f["account_id"] for f in rep["findings"]] == [CANARY]


def test_explain_gives_exact_aws_key_steps():
    for rule in ("aws-access-key-id", "aws-secret-access-key", "aws-access-key-pair"):
        p = run_credgate(["explain", rule])
        out = p.stdout.decode()
        assert p.returncode == 0
        assert "aws iam update-access-key --access-key-id KEY_ID --status Inactive" in out
        assert "aws iam delete-access-key --access-key-id KEY_ID" in out
        assert "CloudTrail" in out and "aws cloudtrail lookup-events" in out
