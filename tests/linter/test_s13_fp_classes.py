"""False alarms of a labelled corpus (session 13, issue 17), as classes, through the CLI.

1. Terraform/HCL references in a password slot (``aws_iam_access_key.x.ses_smtp_password_v4``, ``data.x.y.z``,
   ``each.value.x``, Terragrunt ``dependency.x.outputs.y``): generic rules drop them; a quoted literal stays.
2. AWS Copilot's long-form ``secrets:`` entries (``secretsmanager: name``, ``ssm: path``, ``from: name``) are
   references; a literal in a ``secrets:`` block stays (yaml-secrets-block-literal).
3. CSV columns of tokenised cards (``card_token``, ``payment_token``, ``pm_token``; Stripe ``tok_``/``pm_``/
   ``card_`` object ids): references, not credentials; an ``api_token`` column stays.
4. The Stripe CLI's test-mode key (``test_mode_api_key`` in ``~/.config/stripe/config.toml`` or ``.stripe/``):
   info (kept, never blocks, not counted); the live_mode key there still blocks.
5. A key named as a test value (``testHmacKey``, ``TEST_HMAC_KEY``, ``dummySigningKey``) in a test path is a
   fixture; the same key in a live config, and an unmarked key in a test fixture, are still reported.
6. A Kubernetes Secret's short value (six characters at most) under a key no word of which names a credential
   (``sabre-pcc: 7H2K``, ``amadeus-office``); under ``door-code``, ``admin-password``, ``alarm-pin`` it stays.
7. Lower-case words joined by ``_`` without a digit in an IaC password slot (``opera_rpt``, ``svc_reporting``):
   a role or user name; ``etl_loader7`` and ``Opera_rpt!`` stay passwords.
8. A Braze SDK API key (a UUID under a Braze name in an app's config: ``.xcconfig``, ``res/values``): info; a
   Braze REST API key, and a Braze key in a server's ``.env``, still block.

Fixtures: tests/fixtures/s13_fp_classes/{hit,clean} (synthetic values), scanned with an empty config from the
fixture folder (paths carry no ``tests/fixtures`` prefix, which test-path checks would read).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13_fp_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("tf/ses.tf", 4): ("iac-terraform-secret", "Wq7vLp2xRt9zKm"),
    ("copilot/api/manifest.yml", 7): ("yaml-secrets-block-literal", "8d4f2a9c6e1b7d3f5a0c8e2b4d6f9a1c3e5b7d9f2a4c6e8b"),
    ("csv/integrations.csv", 2): ("csv-secret-column", "Hq8Zt3vLx9Wm2Nc5Rb7Kp4Ys6Df1Gj0Q"),
    ("stripe/.config/stripe/config.toml", 3): (
        "stripe-restricted-key",
        "rk_live_51Kq8ZtRvW3xLmN8bYc4HsD6fGj1Qa5LzTn2Vr7Pk9Ws4Xe6Yb0Cd3Fh8Jm2Lq5Nt7Rv9Tx1Zb"),
    ("config/payments.json", 3): ("hmac-signing-secret", "44782DEF547AAA06C910C43932B1EB0C71FC68D9D0C057550C48EC2ACF6BA056"),
    ("app/tests/fixtures/adyen-live.json", 3): (
        "hmac-signing-secret", "B7D2E9A4C1F6B3D8E5A0C7F2B9D4E1A6C3F8B5D0E2A7C9F4B1D6E3A8C5F0B2D7"),
    ("k8s/door.yaml", 7): ("iac-k8s-secret-data", "7H2K"),
    ("k8s/door.yaml", 8): ("iac-k8s-secret-data", "Kx9q"),
    ("k8s/door.yaml", 10): ("iac-k8s-secret-data", "UTd6WA=="),
    ("tfvars/pms.tfvars.json", 3): ("iac-terraform-secret", "etl_loader7"),
    ("tfvars/pms.tfvars.json", 4): ("iac-terraform-secret", "Opera_rpt!"),
    ("ios/Config.xcconfig", 1): ("generic-high-entropy-secret", "2f7c9e1a-4b6d-4a8f-8e3c-5d1b9a7f2c64"),
    ("server/.env", 1): ("generic-high-entropy-secret", "6d3a8f2c-9e1b-4c7d-a5f0-2b8e4d6a1c93"),
}

# public by design: kept at info (shown with --verbose, never blocks)
INFO = {
    ("ios/Config.xcconfig", 2): ("generic-high-entropy-secret", "51585c41-7d3e-4f2a-9b1c-2e8f6a4d0c7b"),
    ("mobile/android/app/src/main/res/values/braze.xml", 3): (
        "generic-high-entropy-secret", "3c9e7a1f-5b2d-4e8a-9c6f-1d4b7e2a8c50"),
    ("stripe/.config/stripe/config.toml", 6): (
        "stripe-test-secret-key", "51Kq8ZtRvW3xLmN8bYc4HsD6fGj1Qa5LzTn2Vr7Pk9Ws4Xe6Yb0Cd3Fh8Jm2Lq5Nt7Rv9Tx1Zb"),
    ("stripe/shop/.stripe/config.toml", 3): (
        "stripe-test-secret-key", "51Ab9XyZqW3vLmN8bYc4HsD6fGj1Qa5LzTn2Vr7Pk9Ws4Xe6Yb0Cd3Fh8Jm2Lq5Nt7Rv9Tx1Zc"),
}


def _scan(sub: str, tmp_path: Path) -> "tuple[int, dict]":
    code, found = scan_built_in(Path(sub), tmp_path, cwd=FIX)
    return code, findings_by_line(found, FIX / sub)


def test_neighbours_of_the_classes_are_still_reported(tmp_path: Path) -> None:
    code, got = _scan("hit", tmp_path)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_tokens_test_keys_codes_and_role_names_stay_quiet(tmp_path: Path) -> None:
    code, got = _scan("clean", tmp_path)
    shown = {w: f for w, f in got.items() if f["severity"] != "info"}
    assert not shown, [(w, f["rule_id"], f["severity"], f["secret"]) for w, f in shown.items()]
    info = {w: (f["rule_id"], f["secret"]) for w, f in got.items() if f["severity"] == "info"}
    assert info == INFO, info
    assert code == 0


def test_terraform_reference_shapes() -> None:
    from credgate.linter.filters import generic_value

    for v in ("aws_iam_access_key.ses_smtp_crs.ses_smtp_password_v4", "random_password.root_v3.result",
              "data.aws_ssm_parameter.smtp_v2.value_v2", "each.value.password_v1",
              "dependency.rds.outputs.master_password_v2", "azurerm_key_vault_secret.sql-sa2.value"):
        assert generic_value(v, password_slot=True), v
    for v in ("Wq7vLp2xRt9zKm", "Kestrel4471x", "Hx7#mQ2v.Lp9", "aws_Prod2024!"):
        assert generic_value(v, password_slot=True) is None, v


def test_short_k8s_settings_and_role_names() -> None:
    from credgate.iac.formats import k8s_short_setting
    from credgate.iac.names import literal_problem

    assert k8s_short_setting("sabre-pcc", "7H2K") and k8s_short_setting("region", "EU")
    for key in ("password", "door-code", "alarm-pin", "api-key", "DB_PW1", "wifi", "token"):
        assert not k8s_short_setting(key, "Q7zX"), key
    assert not k8s_short_setting("sabre-pcc", "Hq8Zt3vLx9")  # long: judged as a value
    for v in ("opera_rpt", "svc_reporting", "datastore_ro"):
        assert literal_problem(v), v
    for v in ("etl_loader7", "Opera_rpt!", "walnut-ladder-64"):
        assert literal_problem(v) is None, v
