"""Session 21 (detection depth): value-first rules and four generalisations, read from the misses left in the
blind corpora (three in four of them had no candidate at all: a key=value line or a prose line in a shape no rule
read).  Each class with other spellings than the corpora's:

1. a machine-drawn value under any key named for a key, secret, token, PIN or community, judged by the value alone
   (``validators.machine_token``: hex that clears the random floor of its length, letters alternating with digits,
   mixed case that is not humps of words), including a tab-separated dump row and a one-letter key suffix, while
   cache/sort/public keys, key ids, words, GPG-length hex, Google API keys and a bare ``Key=`` beside its
   ``Secret=`` (the public half of the pair) stay quiet;
2. a machine-drawn token after a password/key/token word in prose (a runbook's backticks, a wiki table), while
   vault pointers, names, versions, commits, fingerprints and public keys stay quiet;
3. an SNMP community under a role-suffixed key (``community_ro``), while ``public``/``private`` stay quiet;
4. a password that ends with its ``&`` in a key=value config line;
5. capitals that spell no word (``QWTRZX``) in an ECS container's password variable, while CHANGEME/REDACTED stay
   quiet;
6. an OpenVPN static key block (an .ovpn profile's ``<tls-crypt>``), at its BEGIN line;
7. a device status export's dotted-leader field (``WPA2 PSK........ X``), while ``(not set)`` and lengths stay quiet;
8. an SNMP community after a prefix (``SNMP: v2c community=X``);
9. a URL password holding ``#`` and ``(`` (written raw, not percent-encoded) before ``@host``;
10. ``user / password`` in notes and chats without a login word before it, while ``read / write``, versions and
    references stay quiet;
11. a hex API key after its label and a colon in a note, while key ids and fingerprints stay quiet;
12. an XML attribute (``commKey="..."``), a vendor's ``SiteKey`` (a reCAPTCHA site key stays quiet), an SNMP
    community and a capitals hex AES key in prose (lower-case hex there is a commit or a hash);
13. a vendor-prefixed site key in a CloudFormation parameter file (``KioskPosSiteKey``; iac.names), while a
    ``RecaptchaSiteKey`` stays quiet.

Fixtures: tests/fixtures/s21_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from credgate.linter.entropy import random_floor
from credgate.linter.validators import machine_token, machine_token_in_prose
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s21_classes"

HITS = {
    ("ops/lockserver/encoder.ini", 5): ("machine-value-under-secret-name", "5C19E07A4B3D"),
    ("ops/lockserver/encoder.ini", 6): ("machine-value-under-secret-name", "7d2e90b14c6a35f8e01b9d47"),
    ("exports/integrations.sql", 4): ("machine-value-under-secret-name",
                                      "3e9f1a7c5b2d8e4f6a0c9b1d7e3f5a2c8b4d6e0f1a3c5e7b9d2f4a6c8e0b1d3f"),
    ("ops/lockserver/rmm-agent.conf", 3): ("generic-password-assignment", "Xb4Tn8Wq2Lm7Rv3Kz9Hc5Fd1Jy6Gs0P"),
    ("docs/runbooks/failover.md", 4): ("machine-token-after-secret-word", "Vq3kTz8LwR2mN_x7pB4c"),
    ("docs/runbooks/failover.md", 8): ("machine-token-after-secret-word", "Qw7Er2Ty9Ui4Op1As6Df3Gh8Jk"),
    ("net/vsat/modem.opt", 4): ("snmp-community-key-value", "vqrnelstak7x"),
    ("ops/datalogger/logger.conf", 3): ("config-password-with-ampersand", "Quarry482&"),
    ("infra/ecs/folio-sync.taskdef.json", 9): ("iac-ecs-plaintext-env-secret", "QWTRZX"),
    ("ops/vpn/admin.ovpn", 5): ("openvpn-static-key", None),
    ("net/ap/status-export.txt", 4): ("dotted-leader-secret-field", "Harbour-Gull-48"),
    ("net/ap/status-export.txt", 7): ("snmp-community-key-value", "QV47RKTM"),
    ("ci/gitlab-vars.yml", 2): ("basic-auth-url", "q(7Rv#wz_LKmT2#4"),
    ("docs/toolpc-notes.md", 3): ("prose-user-slash-password-value", "Q47VXD8M"),
    ("docs/toolpc-notes.md", 4): ("prose-user-slash-password-value", "Tr4nsit$19"),
    ("docs/toolpc-notes.md", 5): ("machine-token-after-secret-word", "QX_tmvqa.hbrkWpLm4TnYx2"),
    ("docs/toolpc-notes.md", 6): ("prose-api-key-label-hex", "9c4e7a1f2b8d6e3a5c0f9b7d2e4a6c8f1b3d5e7a"),
    ("docs/toolpc-notes.md", 7): ("prose-user-slash-password-value", "Q0I5MBUX"),  # at the end of its line
    ("docs/toolpc-notes.md", 8): ("machine-token-after-secret-word", "qvn7301kzrtw"),
    ("docs/toolpc-notes.md", 9): ("machine-token-after-secret-word", "3C9E71A4D2B85F06E1A7C3D94B2F8E65"),
    ("ops/access/acs-server.xml", 2): ("machine-value-under-secret-name", "5d2f9a1c7e3b8406"),
    ("ops/lockserver/terminal.ini", 2): ("machine-value-under-secret-name", "Qm7Xc2LpV9tRz4Kw8NbY3hJd6Lm0Pq2R"),
    ("infra/cfn/kiosk.params.json", 3): ("iac-parameter-file-secret", "Xb4Tn8Wq2Lm7Rv3Kz9Hc5Fd1Jy6Gs0Pa"),
}


def test_session_21_classes_are_reported_and_block(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert f["rule_id"] == rule and secret in (None, f["secret"]), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    extra = sorted(set(got) - set(HITS))  # the bare Key= beside Secret=, sector_key_b_default, CHANGEME: quiet
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_public_halves_ids_words_and_pointers_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


@pytest.mark.parametrize("value", [
    "1cac3f159498b8cf819bcff9", "39232B6CF221", "0TY44WKI", "4M2K5PY9", "nu9b0ondra80",
    "XDE8bSToJwKN6WmVTtwUGKK2HSsFkOxORPZ8y2P3DskTmQDk", "E3B8DC93A58C6ADB8F24FF7D83029715",
])
def test_machine_token_takes_drawn_values(value: str) -> None:
    assert machine_token(value)


@pytest.mark.parametrize("value", [
    "ABC123DEF", "Windows10Pro", "release2024", "productionserver1", "abc123def456", "LAX1SITE", "v2release3",
    "prod2db3", "MyPassword123", "deadbeef12345678", "sha256", "AAAA1111BBBB", "PASSWORD", "12345678901234",
])
def test_machine_token_leaves_names_words_and_typed_runs(value: str) -> None:
    assert not machine_token(value)


def test_prose_tokens_need_mixed_case_when_dashed_and_no_hex() -> None:
    assert machine_token_in_prose("fk0lpGGI4edLhJ_g8aa5")
    assert not machine_token_in_prose("staging-db-2024")
    assert not machine_token_in_prose("3f9a2c7b1e4d8f6a0c5b9e2d7f1a4c8b3e6d9f2a")


def test_random_floor_is_what_random_values_clear() -> None:
    import random

    from credgate.linter.entropy import looks_random

    rng = random.Random(21)
    for n, alphabet in ((16, "0123456789abcdef"), (24, "0123456789ABCDEF"), (40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")):
        draws = ["".join(rng.choice(alphabet) for _ in range(n)) for _ in range(2000)]
        drawn = [d for d in draws if sum(c.isdigit() for c in d) >= 2 and sum(c.isalpha() for c in d) >= 2]
        passed = sum(looks_random(d, 4.5) for d in drawn)
        assert passed >= 0.97 * len(drawn), (n, passed, len(drawn))  # a cap of 85% of the maximum let 16% through
    assert random_floor("ABCDEFGHIJKL") == 0.0  # letters only: no floor (a word, a constant)
    assert random_floor("1234567890123") == 0.0  # digits only: no floor
