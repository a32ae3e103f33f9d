"""Keys under names that say key or secret (session 15 round 2, corpus_fresh21 misses), through the CLI.

1. name/value call pairs: TeamCity param("env.X_LICENSE_KEY", "v"), a map's put("x.integrationKey", "v"),
   Gradle buildConfigField("String", "X_SECRET", "\\"v\\"") (code-call-key-name-value-literal); an SDK *_KEY
   in a BuildConfig field, cache keys, publishable keys and URLs stay quiet;
2. key names the generic rules did not read: a Vertex/Sovos "trusted id", sync, transaction and validation
   keys (a UUID under a validation key is the key, not an id); idempotency keys and request ids stay quiet;
3. a key attribute on an element naming a provider (xml-provider-key-attribute);
4. Laravel app keys spelled appKey / app-key (laravel-app-key);
5. (Segment write keys in Helm values stay quiet: earlier sessions judged them public);
6. CloudFormation parameter files: FairPlay ASK and other transaction keys (iac-parameter-file-secret);
7. ArcGIS API keys AAPK/AAPT (arcgis-api-key);
8. SIM subscriber keys: vendor output rows (Ki), HSS inserts (K), transport/OTA keys.

Fixtures: tests/fixtures/s15r2_keys/{hit,clean} (synthetic values, written by a generator); the expected rule
and secret of each hit line are in tests/fixtures/s15r2_keys/expected.json (no secret in this module).
"""
from __future__ import annotations

import json
import shutil
from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15r2_keys"


def _expected() -> dict:
    raw = json.loads((FIX / "expected.json").read_text())
    out = {}
    for where, (rule, secret) in raw.items():
        path, line = where.rsplit(":", 1)
        out[(path, int(line))] = (rule, secret)
    return out


def test_key_classes_are_reported(tmp_path: Path) -> None:
    hits = _expected()
    assert len(hits) >= 18
    # copied out of tests/: a UUID under a key name is read as the key only outside test sources
    root = tmp_path / "tree"
    shutil.copytree(FIX / "hit", root)
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(hits) - set(got))
    assert not missing, missing
    for where, (rule, secret) in hits.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])
    extra = sorted(set(got) - set(hits))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_public_ids_references_and_placeholders_stay_quiet(tmp_path: Path) -> None:
    root = tmp_path / "tree"
    shutil.copytree(FIX / "clean", root)
    code, found = scan_built_in(root, tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_validation_key_uuid_is_a_secret_but_request_ids_are_not() -> None:
    from credgate.linter.filters import uuid_vendor_slot

    u = "4c1e9a7b-2d3f-4e5a-8b6c-7d8e9f0a1b2c"
    assert uuid_vendor_slot('    private static final String VALIDATION_KEY = "', u)
    assert uuid_vendor_slot("    signing-key: ", u)
    assert not uuid_vendor_slot("    idempotency-key: ", u)
    assert not uuid_vendor_slot("    request_id: ", u)
    assert not uuid_vendor_slot("    validation-key: ", "00000000-0000-0000-0000-000000000000")


def test_iac_secret_names() -> None:
    from credgate.iac.names import is_secret_name

    for n in ("FairPlayAsk", "GatewayTransactionKey", "ValidationKey", "DeviceSecret"):
        assert is_secret_name(n), n
    for n in ("TaskName", "MaxTask", "ValidationKeyArn", "SyncKeyName"):
        assert not is_secret_name(n), n
