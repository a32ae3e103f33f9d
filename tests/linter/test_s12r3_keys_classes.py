"""UUID secrets under whole secret names (session 12 round 3, issue 17, fresh14), through the CLI.

A UUID under ``client_secret``, ``access_token``, ``AppSecret`` in a live config (not a test, fixture, example,
document or template) is the credential itself (ADP and in-house token services issue UUIDs); a vendor's
``*_REST_KEY`` / ``*_APP_KEY`` reads like its ``*_API_KEY``.  Ids (client_id, tenant_id, access_key_id,
client_secret_id, a bare app_key), generic tokens (session_token, request_token), nil UUIDs, references and documents stay quiet.
Also: Chef SNMP community attributes (default['x']['snmp']['community'] = '...'), SSHPASS set for sshpass -e
(export, one-command prefix), zeep/suds UsernameToken("user", "pw"), a secret_id line of saved vault CLI output,
process.env.X_REST_KEY ?? '<uuid>' fallbacks,
a literal under a vendor's X-...-Key / X-...-Secret header (PowerShell hashtable, dict); references, variables,
"public", the secret_id_accessor and word-like values stay quiet.

Fixtures: tests/fixtures/s12r3_keys_classes/{hit,clean} (synthetic values), scanned from there with an empty config
(paths carry no tests/fixtures prefix).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r3_keys_classes"

HITS = {
    ("hr/adp.json", 3): "c48e1f27-9d3a-4b6e-a0f5-7e2d91b8c3a6",
    ("svc/production.yaml", 3): "5d2a9f3e-81c4-4e7b-b06a-c3f8e15d927b",
    ("svc/appsettings.json", 3): "9a7e3c1f-4b2d-4f8a-9e6c-d1b05a3f7e28",
    ("svc/braze.yaml", 2): "e7b3a1d9-2c4f-4e8a-b6d0-93f1c5a7e2b4",
    ("pms/fias.properties", 2): "3f7c9e1a-5b2d-4c8e-a6f0-d2b9e7c1a5f3",
    ("chef/default.rb", 2): "wqcfhvkl3ura",
    ("chef/default.rb", 3): "Pz7-yard-rw",
    ("sh/sftp_push.sh", 3): "Harbor77x",
    ("sh/sftp_push.sh", 5): "Tn5vQm8kRz",
    ("soap/workday.py", 6): "7GNHr3WqSMLp_o0VJ6JdRFx",
    ("ops/approle-etl.txt", 6): "d8a3f1c6-9e2b-4d7a-b5f0-c3e1a9d7f2b6",
    ("pos/spa-sync.ps1", 2): "qhRVcLN7ejzWoYCqsU08iTtqOHQB81ckJ79",
    ("pos/rates.py", 3): "Vt7Ks2Df5Gj0YaB3r7Kx2Qm9LXk2Qm9L",
    ("web/offers.ts", 1): "2d9f4b7e-8a1c-4e3f-b6d5-a0c7e9f1b2d8",
    ("web/offers.ts", 2): "Lq7wRt2zXn9vKp4mBs8Hc3Yd",
}


def test_uuid_secrets_under_secret_names_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    assert sorted(got) == sorted(HITS), [(w, got[w]["rule_id"], got[w]["secret"]) for w in got]
    for where, secret in HITS.items():
        assert got[where]["secret"] == secret, (where, got[where]["secret"])
        assert got[where]["severity"] in ("medium", "high"), (where, got[where]["severity"])
    assert code == 1


def test_ids_placeholders_and_documents_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
