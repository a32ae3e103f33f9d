"""Detection depth, second round (issue 17): the classes the blind corpora still missed, through the CLI.

1. typed constants (Rust/TypeScript/Kotlin type after the name, C#/Java before it) and HMAC/signing keys;
2. credentials in prose: `user` / `password`, "password `...$`", a Markdown table's password column, an
   HTML wiki export;
3. a provider key under a provider-named block in JSON, PHP and HCL (Twilio authToken, Postmark token);
   a SonarQube token under SONAR_LOGIN; Mapbox secret tokens (`sk.`; public `pk.` tokens stay quiet);
4. a PyPI token whose body is 4n+1 characters; an AWS secret key written as ``\\uXXXX`` escapes next to
   its escaped key ID (a pair: critical); an HTTP header value in a quoted string (curl -H "X-Api-Key: ...");
5. AWS key IDs in IAM key listings, CloudTrail records and live presigned URLs: low (shown, not blocking
   at the default threshold); an expired presigned URL: info (low for an AKIA key since session 13).

Fixtures: tests/fixtures/depth2_classes/{miss,clean} (synthetic test values).  They are scanned with an
empty config, since the repository's own .credgate.toml allowlists tests/fixtures/** by path.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, run_credgate, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "depth2_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

# (file under miss/, line) -> (rule that must report it, its severity)
MISSES = {
    ("src/partner_test.rs", 2): ("typed-constant-secret", "medium"),  # PARTNER_HMAC: &str = "<64 hex>"
    ("src/partner_test.rs", 3): ("typed-constant-secret", "medium"),  # static API_TOKEN: &'static str
    ("src/Keys_test.cs", 2): ("typed-constant-secret", "medium"),  # private const string SigningKey
    ("config/hmac_test.env", 2): ("hmac-signing-secret", "medium"),
    ("docs/runbook-test.md", 3): ("docs-prose-user-slash-password", "medium"),
    ("docs/runbook-test.md", 5): ("docs-prose-password", "medium"),  # a password ending in $
    ("docs/runbook-test.md", 9): ("docs-table-password-column", "medium"),
    ("docs/runbook-test.md", 10): ("docs-table-password-column", "medium"),
    ("docs/wiki-export-test.html", 3): ("docs-prose-user-slash-password", "medium"),
    ("docs/wiki-export-test.html", 4): ("docs-prose-user-slash-password", "medium"),  # ends in *
    ("config/prod_test.env", 3): ("generic-password-assignment", "medium"),  # a $ after the literal part
    ("ci/buildspec-test.yml", 5): ("generic-password-assignment", "medium"),  # export PGPASSWORD=...$17
    ("puppet/rabbitmq_test.pp", 4): ("generic-password-assignment", "medium"),  # dotted, random
    ("config/legacy_test.ini", 3): ("generic-password-assignment", "medium"),  # a key named pass
    ("docs/bastion-test.md", 3): ("docs-prose-password-unquoted", "medium"),
    ("infra/params_test.tf", 4): ("iac-terraform-secret", "high"),  # SecureString parameter value
    ("infra/params_test.tf", 9): ("iac-terraform-secret", "high"),  # secret_string
    ("config/services-test.json", 5): ("provider-key-under-provider-parent", "high"),
    ("config/services_test.php", 4): ("provider-key-under-provider-parent", "high"),
    ("ci/gitlab-ci-test.yml", 3): ("provider-key-uuid-or-hex", "high"),
    ("web/maps_test.env", 1): ("mapbox-secret-token", "high"),
    ("ci/Jenkinsfile-test", 3): ("pypi-upload-token", "critical"),
    ("edge/unicode_keys_test.js", 2): ("aws-access-key-id", "critical"),
    ("edge/unicode_keys_test.js", 3): ("aws-access-key-pair", "critical"),
    ("scripts/partner_header_test.sh", 1): ("custom-header-key-literal", "medium"),
    ("ops/list-access-keys-test.json", 5): ("aws-access-key-id", "low"),
    ("ops/cloudtrail-test.json", 4): ("aws-temporary-access-key-id", "low"),
    ("ops/s3-access-test.log", 1): ("aws-access-key-id", "low"),
}
SECRETS = {
    ("docs/runbook-test.md", 3): "meadow%Meadow34",
    ("docs/runbook-test.md", 5): "kookaburra1601$",
    ("docs/runbook-test.md", 9): "Kq8-vLt42x",
    ("docs/runbook-test.md", 10): "Wz7-pQr19m",
    ("docs/wiki-export-test.html", 3): "harbor9155%",
    ("docs/wiki-export-test.html", 4): "Fjord2288*",
    ("config/prod_test.env", 3): "Spring2024$BRA",
    ("ci/buildspec-test.yml", 5): "ThistleCopper$17",
    ("puppet/rabbitmq_test.pp", 4): "Kx7q.WZDNPRT4HU2ma91e",
}


def test_depth2_miss_classes_are_reported_at_their_severity(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = scan_built_in(d, tmp_path)
    got = findings_by_line([f for f in found if f["severity"] != "info"], d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rule, severity) in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert f["severity"] == severity, (where, f["severity"])
    for where, secret in SECRETS.items():
        assert got[where]["secret"] == secret, (where, got[where]["secret"])
    assert code == 1


def test_the_escaped_pair_is_decoded_and_never_shown_encoded(tmp_path: Path) -> None:
    d = FIX / "miss" / "edge"
    text = (d / "unicode_keys_test.js").read_text()
    _, found = scan_built_in(d, tmp_path)
    pair = next(f for f in found if f["rule_id"] == "aws-access-key-pair")
    assert pair["decoded"] == "escapes" and any("decoded from escapes" in w for w in pair["why"])
    escaped = text.splitlines()[2].split('"')[1]
    # redacted output (the default) shows neither the decoded secret nor its escaped spelling
    cfg = tmp_path / "empty.toml"
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(d)])
    assert pair["secret"] not in proc.stdout.decode() and escaped not in proc.stdout.decode()


def test_key_id_listings_and_presigned_urls_do_not_block_by_default(tmp_path: Path) -> None:
    d = FIX / "miss" / "ops"
    code, found = scan_built_in(d, tmp_path)
    assert {f["severity"] for f in found} == {"low"} and code == 0
    code, _ = scan_built_in(d, tmp_path, "--fail-on", "low")
    assert code == 1


def test_depth2_clean_shapes_stay_quiet(tmp_path: Path) -> None:
    """Digests and header names in typed constants, a Confluent key ID, placeholders in prose and tables,
    `test`/`test`, a Mapbox public token, HMAC settings and references, a keyboard-run .env.example value, dotted
    code references under password keys, prose about passwords, String/StringList SSM parameters: nothing,
    even at --fail-on info."""
    d = FIX / "clean"
    code, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_short_provider_names_are_word_bounded(tmp_path: Path) -> None:
    # "pd" inside "update_token" is not PagerDuty; "DD_" at the start of a name is Datadog
    d = tmp_path / "scan"
    d.mkdir()
    (d / "sync.py").write_text('update_token = "a3f1c9e7b5d20f8a6c4e1b3d5f7a9c2e"\n'
                               'PD_ROUTING_KEY = "b3d5f7a9c2ea3f1c9e7b5d20f8a6c4e1"\n')
    _, found = scan_built_in(d, tmp_path)
    rules = {f["line"]: f["rule_id"] for f in found}
    assert rules.get(1) != "provider-key-uuid-or-hex" and rules.get(2) is not None


def test_an_expired_presigned_url_is_informational(tmp_path: Path) -> None:
    # session 13: an AKIA key ID in an expired presigned URL is low (the link is dead, the long-term key it names
    # is not; the corpora label it an exposed key ID); a temporary ASIA key's is informational
    d = tmp_path / "scan"
    d.mkdir()
    live = (FIX / "miss" / "ops" / "s3-access-test.log").read_text()
    old = live.replace("&X-Amz-Signature", "&X-Amz-Date=20241129T101302Z&X-Amz-Expires=3600&X-Amz-Signature")
    (d / "old.log").write_text(old.replace("Credential=AKIA", "Credential=ASIA"))
    code, found = scan_built_in(d, tmp_path)
    assert [(f["severity"], f.get("informational")) for f in found] == [("info", True)] and code == 0
    assert "expired presigned URL" in " ".join(found[0]["why"])
    (d / "old.log").write_text(old)
    code, found = scan_built_in(d, tmp_path)
    assert [f["severity"] for f in found] == ["low"] and code == 0
    assert "expired presigned URL" in " ".join(found[0]["why"])


def test_hmac_digests_are_not_keys(tmp_path: Path) -> None:
    d = tmp_path / "scan"
    d.mkdir()
    (d / "verify.py").write_text('expected_hmac = "1aa4c0063ff7885a4ff624b6d763f88806878c50abeadec60f5c4eda4c0ed94a"\n'
                                 'partner_hmac = "1aa4c0063ff7885a4ff624b6d763f88806878c50abeadec60f5c4eda4c0ed94b"\n')
    _, found = scan_built_in(d, tmp_path)
    assert [(f["line"], f["rule_id"]) for f in found] == [(2, "hmac-signing-secret")]
