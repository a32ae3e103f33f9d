"""Application secrets, people's words and false alarms of session 14 round 2 (corpus_fresh19), through the CLI.

1. app secrets in slots no generic rule read: a Keycloak confidential client's "secret" (a UUID) after its
   "clientId", an MSI public property (SITETOKEN=, SERVICEPASSWORD=) on an msiexec line or a continued line of
   an install script, c.JupyterHub.cookie_secret = bytes.fromhex(...), an R "<-" assignment, PagerDuty
   integration keys mapped by service name (a PagerDuty file, a routing_keys: parent), an appSettings *SSOKey;
2. people's words: a chat value-first reply holding "." and "+", "root / calvin was changed at install to X",
   "account X locked. Reset to Y", "password for <who> (note): X", "login <user> password <CAPS>";
3. false alarms: Jenkins {base64} ciphertext, public client ids of Keycloak, masked or referenced secrets,
   install-script references, a UUID under a generic apiKey (no Snowplow/Iglu context); a CAPTCHA site key is
   info, a Google Maps key in a client's config is low while the same key in server code or a Pulumi stack
   config keeps its rank.

Fixtures: tests/fixtures/s14r2_misc_classes/{hit,clean,public} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14r2_misc_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("idp/realm-plant.json", 4): ("keycloak-client-secret", "8e41c7a2-3d9f-4b56-a0e8-f2c61d7b9a34"),
    ("install/agent.ps1", 1): ("msiexec-property-secret", "Kiln#4471qz"),
    ("install/historian-agent.cmd", 4): ("install-script-property-secret", "2b9e7f14-6c3a-4d8e-b1f5-97a0c3e6d28b"),
    ("jupyter/jupyterhub_config.py", 2): ("jupyter-traitlets-secret",
                                          "5d2a9f7c1e4b8a3d6f0c2e9b7a4d1f8c3e6b0a5d9f2c7e4a1b8d3f6c0e9a2d7b"),
    ("r/pull_yield.R", 2): ("r-assignment-secret", "A7C2E9F41B6D3A8C5E0F7B2D9C4A1E6F"),
    ("pagerduty/services.yaml", 2): ("pagerduty-parent-key-map", "7f2a9c4e1b8d3f6a5c0e9b2d4f7a1c8e"),
    ("pagerduty/services.yaml", 3): ("pagerduty-file-key-map", "3c8e5a1f7d2b9e4c6a0f3d8b1e7c5a92"),
    ("alerting/oncall.yaml", 2): ("pagerduty-parent-key-map", "4c8e1a7f2d9b3e6c5a0f8d2b7e4c1a9f"),
    ("web/Web.config", 5): ("xml-appsetting-secret", "q7Vb2LxT9mWc4RzK8pNd3HfJ6sYg1aE5tUo0iPwQzXs="),
    ("chat/ops-export.json", 3): ("chat-reply-value-first-after-question", "Rt5vKqwnZhY+U.ZVS7w93Q1"),
    ("notes/rebuild.md", 2): ("account-reset-to-password", "7KQWSVB4"),
    ("tickets/INC0207731.json", 2): ("account-reset-to-password", "KQJPW8J3"),
    ("mail/onboarding.eml", 3): ("prose-password-word-mixed-value", "lathe#7"),
    ("notes/server-notes.txt", 2): ("prose-login-user-password-value", "QUERTWXZ"),
}

# (file under public/, line) -> (rule, severity)
PUBLIC = {
    ("pulumi/Pulumi.prod.yaml", 2): ("pulumi-plaintext-config-secret", "info"),
    ("mobile/src/config.ts", 2): ("gcp-api-key", "low"),
    ("deploy/k8s/shop/configmap.yaml", 4): ("gcp-api-key", "low"),
    ("android/gradle.properties", 1): ("gcp-api-key", "info"),
    ("api/src/geo.py", 1): ("gcp-api-key", "medium"),
    ("infra/Pulumi.plant.yaml", 2): ("gcp-api-key", "medium"),
}


def test_misc_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_ciphertext_and_ids_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_client_side_keys_rank_low_or_info(tmp_path: Path) -> None:
    root = FIX / "public"
    code, found = scan_built_in(root, tmp_path, "--fail-on", "info")
    got = findings_by_line(found, root)
    assert sorted(got) == sorted(PUBLIC), sorted(got)
    for where, (rule, severity) in PUBLIC.items():
        assert (got[where]["rule_id"], got[where]["severity"]) == (rule, severity), (where, got[where])


def test_jenkins_braced_ciphertext_is_not_a_value() -> None:
    from credgate.linter.filters import generic_value

    body = "Xq4mTSh9oKPo/9OQEvhyo91Oc59WesqjH7V40cjetNg="
    assert "Jenkins" in (generic_value("{" + body + "}", password_slot=True) or "")
    assert "Jenkins" not in (generic_value("{short}", password_slot=True) or "")
