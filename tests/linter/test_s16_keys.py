"""Key names a vendor chose, provider token formats and a few shell and code shapes (session 16 round 2, issue
17: keys16.toml and small widenings of older rules).

1. a random value under any name ending in "key" (a ShotGrid SCRIPT_KEY, an AppLovin report_key); public and
   structural keys (sdk_key, game_key, cache_key, partition_key, primary_key) stay quiet;
2. a Twitch chat OAuth token (oauth: and 30 letters and digits) and a TeamCity access token (header TCV2);
3. an environment variable's literal fallback under a vendor key name (process.env.STEAM_PUBLISHER_KEY ?? '...')
   and through Laravel's env('X', 'default');
4. a password piped into ``p4 passwd``;
5. a word and a number joined by "_" in a password slot (ServerPassword=tundra_5521), while build_1234 and
   node_01 stay names;
6. settings tables of name/value rows in SQL dumps (pg_dump COPY ``(service, key, value)``, INSERT ``(name,
   value)``): the name cell says whether the value cell is a secret (a column named "key" in a column list was
   read as a KEY constraint and dropped, so no row of such a COPY block was read at all);
7. a Kubernetes Secret's client id (psn-client-id: a UUID) is an identifier beside the secret, not one.

Fixtures: tests/fixtures/s16_keys/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s16_keys"

HITS = {
    ("bots/twitch/.env", 2): ("twitch-chat-oauth-token", "q7w2e9r4t6y1u3i8o5p0a2s4d6f8g1"),
    ("logs/teamcity-agent.log", 2): ("teamcity-access-token",
                                     "eyJ0eXAiOiAiVENWMiJ9.Qm9ndXNUZXN0VmFsdWUwMQ.VGVzdE9ubHlOb3RBUmVhbFRlYW1DaXR5VG9rZW4wMDAx"),
    ("tools/sg_publish.py", 2): ("generic-key-name-random-value", "q81t(zmmeswxa27c~4k9f33bd"),
    ("services/ads/config.yaml", 2): ("generic-key-name-random-value",
                                      "Tq4b-xKLPumWHKLqgitPsCV98vuts6ojIt-ZXMjgox2njU1QLoJkGjjno2kvOthP"),
    ("services/shop/steam.ts", 3): ("env-fallback-literal-secret", "7A2C19E4B90D1D3DA54072466DAF8C11"),
    ("php/config/database.php", 4): ("env-fallback-literal-secret", "Quarry7731x"),
    ("perforce/p4d-setup.sh", 3): ("echo-password-into-login", "gk4mpHHJ5feMiK_h9bb6"),
    ("game/Server/Game.ini", 3): ("generic-password-assignment", "tundra_5521"),
    ("dumps/service-config.copy.sql", 2): ("sql-dump-secret-column", "5C1E8A02D4F7B9136A2E0C8D4F6B1A39"),
    ("dumps/service-config.copy.sql", 4): ("sql-dump-password-column", "Harbor-2291x"),
    ("dumps/app_settings.sql", 1): ("sql-dump-password-column", "Lantern-8842q"),
    ("k8s/psn-secret.yaml", 8): ("iac-k8s-secret-data", "Wq7vLp2xRt9kMz4bNc8dYf3h"),  # not the client id on line 7
}


def test_vendor_key_names_tokens_and_shapes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_public_and_structural_keys_references_and_names_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_a_word_and_a_number_is_a_password_only_in_a_password_slot() -> None:
    from credgate.linter.filters import generic_value

    for v in ("rift_4099", "raid-7246", "tundra_5521"):
        assert generic_value(v, password_slot=True) is None, v
        assert generic_value(v) is not None, v  # elsewhere (a token, a key name) still a slug
    for v in ("build_1234", "node_01", "release-2024", "prd_1234"):
        assert generic_value(v, password_slot=True) is not None, v
