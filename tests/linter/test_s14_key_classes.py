"""Key material, provider token shapes and password slots in code (session 14, issue 17), through the CLI.

1. payment-HSM key ceremony material: clear key components and ZMK/TMK/ZPK/BDK/KEK values (16/32/48 hex, grouped
   by four or unbroken, inline or alone on the line after the label), and a 64-hex shared key labelled with a
   parenthesised note; KCVs, KSNs, key names, hashes, test vectors, UUIDs and MAC addresses stay quiet;
2. provider tokens with documented formats: Onfido (live; sandbox low), Persona (production key, webhook secret;
   sandbox low), Mercury, Samsara, Paddle, Ramp;
3. licence keys: five groups of five under licence/serial words (Windows KMS client setup keys stay quiet), a
   base64 SDK licence in an xcconfig, a hex licence key in a PHP define;
4. code slots: CDK SecretValue.UnsafePlainText (C#) and SecretValue_UnsafePlainText (Go), Go jsii.String
   passwords (short too) and keys, passwords holding "&" in CI exports and kustomize literals, terminal-emulator
   login macros (BlueZone, Reflection), Segment write keys in server code (browser snippets stay quiet);
5. false alarms: a base64 htpasswd line in a Kubernetes Secret is a hash (info, not blocking), a Power BI gateway
   export's encryptedCredentials is ciphertext.

Fixtures: tests/fixtures/s14_key_classes/{hit,clean,hashes} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14_key_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("hsm/kiosk-bdk-injection.txt", 4): ("payment-key-component-clear", "7B14 0E35 1D2C 04F0 777F E9E3 8E99 E45C"),
    ("hsm/kiosk-bdk-injection.txt", 6): ("payment-key-component-clear", "04BC 3659 9A7B AA80 4E5D 7DCE 73F9 73AE"),
    ("hsm/zpk-exchange.eml", 9): ("payment-key-component-clear", "4890 6A5F D544 10F3 EC0E D4E2 8E00 7732"),
    ("hsm/parking-hsm.properties", 4): ("payment-key-component-clear", "3F2007B2F8AB9DF6D90D94051B2B6DEC"),
    ("hsm/kek-ceremony.md", 3): ("payment-key-component-clear",
                                 "FC16 1338 C178 A4E5 54F2 0590 02B5 9BF6 715E DD3F 02C7 D3C9"),
    ("docs/sso-vendor.md", 5): ("labelled-hex-shared-key",
                                "BBA8C34B2A2F6289DA5A6C2D70FDA12DC44500B645DEB43ABC23526B265C5F97"),
    ("apps/intake/src/kyc.ts", 3): ("onfido-live-api-token", "api_live_us.obIAcRd9_xQ.1knBtiNNUL9h-kGc7MOQNL2M5tTvZbBM"),
    ("apps/intake/src/kyc.ts", 4): ("persona-api-key", "persona_production_xxpsiffhajxq4hc7wje2vv25d2huipisbp5n8et7lly"),
    ("apps/intake/src/kyc.ts", 6): ("persona-webhook-secret", "wbhsec_88f63500-fba7-4991-bee2-6c058a3b5445"),
    ("fleet/telematics.env.yaml", 3): ("samsara-api-token", "samsara_api_uUPnjYLTcHcpeDcIEyFk8AAvMN0fzc"),
    ("billing/treasury.py", 3): ("mercury-api-token",
                                 "mercury_production_rma_GuAlSt89AJ7ST7mQy9IhWMI8SQE86Mr1zcb3nDd3SBz3u_yrucrem"),
    ("billing/treasury.py", 4): ("paddle-api-key", "pdl_live_apikey_nkzza69i7w7yux2xofs8xwmgkt_uCFbszVlJlbnLNdRk8Dopj_65S"),
    ("billing/treasury.py", 5): ("ramp-api-client-secret", "ramp_sec_a2JzCrLOj7cYmks7WJUqTA5SRa5yyq1aZBagn7zwNTdgMq3k"),
    ("notes/imaging-workstation.txt", 2): ("licence-key-5x5", "32C6Z-YKDJP-RAUH9-3EL5U-YVTLV"),
    ("notes/imaging-workstation.txt", 3): ("licence-key-5x5", "HJFMS-AN7HF-EF4N5-4H6BE-9JI5O"),
    ("mobile/Config/Release.xcconfig", 3): ("sdk-licence-base64",
                                            "NXLZ9jpH0Pwg6+r3kvlhwlgeP0pzJot3VNsqVCa3GeaCz3RIpIG0ghAL5yDDkiaM"),
    ("web/wp-config.php", 3): ("php-define-licence-key-hex", "0a929735477c7d55c561aff3431f2ee8"),
    ("infra/cdk-dotnet/LisStack.cs", 9): ("cdk-secretvalue-plaintext", "Qx7*Lm-p#RtZ+!W8v+kkQG-xP"),
    ("infra/cdk-go/plant.go", 13): ("cdk-go-jsii-secret-literal", "Mfg07"),
    ("infra/cdk-go/plant.go", 16): ("cdk-secretvalue-plaintext", "Vk2#pWq8Lz4Rn"),
    ("infra/cdk-go/plant.go", 19): ("cdk-go-jsii-key-literal", "Zq8Rt3Lw9Xc2Vb7Nm4Kp1Hs6Gd5Fy0Ja"),
    ("ci/bitbucket-pipelines.yml", 6): ("env-literal-password-ampersand", "Cedar&71q"),
    ("deploy/k8s/lis/kustomization.yaml", 7): ("env-literal-password-ampersand", "Forge&2291"),
    ("pcs/pharmacy/rx-login.bzs", 8): ("terminal-macro-password", "TQ4KD8"),
    ("pcs/pharmacy/mrp-login.rvb", 5): ("terminal-macro-password", "Lathe#42"),
    ("services/events/track.js", 4): ("segment-server-write-key", "sxDJhcpAHjb6uW6gx0RWT5JJHqixmXHZ"),
}
# sandbox tokens: shown, not blocking
LOW = {
    ("billing/sandbox.env.txt", 1): ("onfido-sandbox-api-token", "api_sandbox.Kq81TWm3bnQ.0rYp5cJkH2xV7eLs9dGuRw4TnB6z"),
    ("billing/sandbox.env.txt", 2): ("persona-sandbox-api-key", "persona_sandbox_q2m8v4x7c1z9b3n6k5j0h8g2f4d7s1a3"),
}


def test_key_material_tokens_and_slots_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted((set(HITS) | set(LOW)) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])
    for where, (rule, secret) in LOW.items():
        f = got[where]
        assert (f["rule_id"], f["secret"], f["severity"]) == (rule, secret, "low"), (where, f)
    extra = sorted(set(got) - set(HITS) - set(LOW))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_kcv_ksn_hashes_gvlks_snippets_and_ciphertext_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_base64_htpasswd_in_a_secret_is_a_hash_not_a_login(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "hashes", tmp_path)
    assert all(f["rule_id"] == "htpasswd-hash" and f["severity"] in ("info", "low") for f in found), \
        [(f["line"], f["rule_id"], f["severity"]) for f in found]
    assert code == 0


def test_htpasswd_lines_and_basic_logins() -> None:
    from credgate.linter import filters
    from credgate.linter.validators import basic_auth_b64
    import base64

    for text in ("ops:$apr1$Qw7tM2xk$pR8vL3nZ9mQ4wK1yT6cB0s/", "ops:{SHA}lR4t9Qs2vWx8Kc1Zm3Np7Yb6Hj=\n",
                 "a:$2y$05$Cz3sQwN1kfPAt8rL0mV2yeJ7qYh6uWbXoE9gRdTs5nKiLzA1bC2dO\nb:$apr1$Kq2v9xTz$hJ3mYp0aWc8Rt5nLs1dFe/"):
        assert filters.htpasswd_lines(text), text
        assert not basic_auth_b64(base64.b64encode(text.encode()).decode()), text
    for text in ("nurse:Kp3vR9wLq2", "ops:$ecret-Pass9", ""):
        assert not filters.htpasswd_lines(text), text
    assert basic_auth_b64(base64.b64encode(b"nurse:Kp3vR9wLq2").decode())
