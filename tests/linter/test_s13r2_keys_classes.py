"""Application and provider secrets of session 13 round 2 (corpora fresh15/fresh16 misses), through the CLI.

1. salts and shared server keys that are the secret of their app: Drupal hash_salt, OJS/PKP salt, REDCap $salt,
   Shibboleth persistentId salt (app-hash-salt-literal); iRODS zone/control-plane keys, a Slurm munge key, the Duo
   authproxy skey (app-server-shared-key); a Zabbix .psk file; PaperCut's web-services auth token; a Moodle
   mdl_config row named ...privatekey; a Canvas developer key in a COPY dump;
2. provider keys by shape: OCLC WSKey (EZproxy directive, compose env, CDK env, chat), Klaviyo pk_ + 34 hex, TTN
   NNSXS., Amazon LWA Atzr|, Canvas NNNN~ tokens, k3s K10 node tokens, Talon.One ManagementKey-v1, CrowdStrike
   CID (low: shown, not blocking);
3. provider keys by slot: Vault secret_id in JSON, an Algolia admin client's key, Mirakl/Onfleet keys under the
   provider's name, a subscriptionKey (APIM-style 32 hex), a vendor terminal key in <add key= value=>, an SDK
   licence under a *_LICENSE name, a UUID under a bare api-key name in a live config or script;
4. quiet: salt references and namespace strings, bucketing salts, placeholders, a search-only Algolia client,
   a secret_id accessor, UUIDs in mobile build configs, hex digests in dumps, Stripe publishable keys.

Fixtures: tests/fixtures/s13r2_keys_classes/{hit,clean} (synthetic values), scanned from inside the folder with
an empty config (so fixture paths do not meet the test-path allowlists).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13r2_keys_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("drupal/settings.php", 3): ("app-hash-salt-literal", "Wd3kQ9vT_xL7pZr2NcY8bH5mGf1sJ4aEuW6oRiK0yVnBqT3z"),
    ("ojs/config.inc.php", 3): ("app-hash-salt-literal", "Tn4Bq8Wz2Lk6Xr9Vm3Hc7Jd5Pf"),
    ("redcap/database.php", 3): ("app-hash-salt-literal", "c83a1f9e4b7d2a60"),
    ("shib/secrets.properties", 2): ("app-hash-salt-literal", "Hb7Xk2Rq9Tz4Wn6Lp3Vc8Md5Jf1Gs0Ya"),
    ("irods/server_config.json", 3): ("app-server-shared-key", "Rk8Tq3Wz7Lp2Xv9Nm4Bc6Hd1Jf5Gs0Ya"),
    ("irods/server_config.json", 4): ("app-server-shared-key", "Vm3Hc7Jd5Pf9Tn4Bq8Wz2Lk6Xr1Gs0Ea"),
    ("slurm/vars.yml", 3): ("app-server-shared-key", "Zm9yZ2VkTXVuZ2VLZXlGb3JUZXN0aW5nT25seVJrOFRxM1d6N0xwMlh2OU5tNEJjNkhkMUpmNUdzMFlhUWs3"),
    ("duo/authproxy.cfg", 5): ("app-server-shared-key", "Hq7Tz2Wn9XvLk4Rm8Bc3Pd6Jf1Gs5Ya0EuNiOwQy"),
    ("zabbix/web01.psk", 1): ("zabbix-psk-file", "7e2c9a4f1b8d3e6c0a5f9d2b7e4c1a8f3d6b0e9c2a5f8d1b4e7c0a3f6d9b2e5c"),
    ("papercut/bootstrap.ps1", 1): ("papercut-webservices-auth-token", "Kv9Xq2Tz7Wn4Lp8Rm3Bc"),
    ("moodle/config_dump.sql", 2): ("sql-settings-row-secret", "6LdX7kTAAAAAHb7Xk2Rq9Tz4Wn6Lp3Vc8Md5Jf"),
    ("canvas/developer_keys.copy", 2): ("sql-dump-tab-token", "Qx7Tz2Wn9XvLk4Rm8Bc3Pd6Jf1Gs5Ya0EuNiOwQyTrZxCvBnMaSdFgHjKlPoIuAs"),
    ("ezproxy/config.txt", 2): ("oclc-wskey", "Lp4Rq8Tz2Wn6Xv9Km3Bc7Hd5Jf1Gs0YaEuNiOwQyTrZxCvBnMaSdFgHjKlPo"),
    ("compose/docker-compose.yml", 5): ("oclc-wskey", "Mn3Hc7Jd5Pf9Tn4Bq8Wz2Lk6Xr1Gs0EaUvYtRpQoIuZxCvBnMaSdFgHjKlPoIuTr"),
    ("cdk/catalog-stack.ts", 3): ("oclc-wskey", "Gs0EaUvYtRpQoIuZxCvBnMaSdFgHjKlPoIuTrMn3Hc7Jd5Pf9Tn4Bq8Wz2Lk6Xr1"),
    ("chat/team-channel.html", 1): ("oclc-wskey", "Bc3Pd6Jf1Gs5Ya0EuNiOwQyTrZxCvBnMaSdFgHjKlPoIuHq7Tz2Wn9XvLk4Rm8"),
    ("chat/team-channel.html", 2): ("canvas-lms-access-token", "8842~Ty4Wn8Lq2Xz6Rp9Km3Vb7Hc5Jd1Gf0SaEuNiOwQyTrZxCvBnMaSdFgHjKlPoIuAs"),
    ("klaviyo/sync.py", 2): ("klaviyo-private-api-key", "pk_8c2e4a6f1b3d5e7a9c0b2d4f6e8a1c3b5d"),
    ("ttn/sensors.env", 1): ("ttn-api-key", "NNSXS.Q7TZ2WN9XVLK4RM8BC3PD6JF1GS5YA0EUNIOWQY.TRZXCVBNMASDFGHJKLPOIUHQ7TZ2WN9XVLK4RM8BC3PD6JF1GS5Y"),
    ("lwa/settings.py", 2): ("amazon-lwa-token", "Atzr|IwEBIHq7Tz2Wn9XvLk4Rm8Bc3Pd6Jf1Gs5Ya0EuNiOwQyTrZxCvBnMaSdFgHjKlPoIu-Hq7Tz2Wn9Xv_Lk4Rm8Bc3Pd6"),
    ("k3s/config", 6): ("k3s-node-token", "K10b4e7c0a3f6d9b2e5c7e2c9a4f1b8d3e6c0a5f9d2b7e4c1a8f3d6b0e9c2a5f8d1::server:9d2b7e4c1a8f3d6b0e9c2a5f8d1b4e7c"),
    ("talon/rules.sh", 2): ("talon-one-api-key", "5f8d1b4e7c0a3f6d9b2e5c7e2c9a4f1b8d3e6c0a5f9d2b7e4c1a8f3d6b0e9c2a"),
    ("crowdstrike/install.ps1", 1): ("crowdstrike-sensor-cid", "4E7C0A3F6D9B2E5C7E2C9A4F1B8D3E6C-A9"),
    ("vault/approle.json", 3): ("vault-secret-id-assigned", "8e4c2a6f-1b3d-4f5e-9a7c-0d2b4f6e8a1c"),
    ("algolia/client.ts", 3): ("algolia-admin-client-key", "3d6b0e9c2a5f8d1b4e7c0a3f6d9b2e5c"),
    ("mirakl/operator.env", 1): ("provider-key-uuid-or-hex", "6d0e2a4c-8b1f-4d3e-b5a7-9c1e3f5a7b9d"),
    ("onfleet/config.go", 3): ("provider-key-uuid-or-hex", "a1c3e5b7d9f2a4c6e8b0d2f4a6c8e1b3"),
    ("esl/labels.json", 3): ("azure-apim-subscription-key", "e8a1c3b5d7f9e2a4c6b8d0f2a4c6e8b1"),
    ("pos/Store.config", 4): ("xml-appsetting-secret", "B5D7F9E2A4C6B8D0F2A4C6E8B1A1C3E5"),
    ("ci/pipeline.yml", 4): ("upper-key-under-key-name", "Q7TZ2WN9XVLK4RM8BC3PD6JF1GS5YA0E"),
    ("spring/application-prod.yml", 3): ("uuid-api-key-live-config", "2c6e8a1c-4f7b-4d9e-8a3c-5b7d9f1e3a6c"),
    ("illiad/Sync-Patrons.ps1", 2): ("uuid-api-key-live-config", "f1e3a6c2-6e8a-4c1c-9f7b-4d9e8a3c5b7d"),
}
LOW = {("crowdstrike/install.ps1", 1)}


def _shown(found: list) -> list:
    return [f for f in found if not f.get("informational")]


def test_app_and_provider_secrets_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(Path("."), tmp_path, cwd=root)
    got = findings_by_line(_shown(found), root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        want = ("low",) if where in LOW else ("medium", "high", "critical")
        assert f["severity"] in want, (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_public_keys_and_hashes_stay_quiet(tmp_path: Path) -> None:
    root = FIX / "clean"
    code, found = scan_built_in(Path("."), tmp_path, cwd=root)
    shown = _shown(found)
    assert not shown, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in shown]
    assert code == 0


def test_fixture_paths_still_meet_test_allowlists(tmp_path: Path) -> None:
    """Scanned from the repository root the fixture path (tests/fixtures/...) is a test path: the UUID api-key and
    salt rules, which read live configs only, give nothing there."""
    _, found = scan_built_in(FIX / "hit", tmp_path)
    rules = {f["rule_id"] for f in found}
    assert "uuid-api-key-live-config" not in rules and "app-hash-salt-literal" not in rules
