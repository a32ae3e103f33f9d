"""User/password pairs no rule read (session 14 round 2, fresh19 misses of the "password" kind), through the CLI.

1. code and command lines: two-literal basic-auth helpers (OkHttp Credentials.basic, Go SetBasicAuth), sqlcmd -P
   after a shell-history ";" prefix, an admin tool's "-u USER -p PASSWORD" (Mirth mccommand and others) in a
   runbook code span or shell history, an XML securityCode attribute (WCTP);
2. user maps and pairs: every entry of a JSON RegisteredUsers map written one per line, the map held in an
   environment variable (ORTHANC__REGISTERED_USERS), coturn "user=name:password", a SQL settings row whose name
   has upper case ('SMTP.Password') or an N'' literal on a later row of a multi-row VALUES, a four-digit PIN of
   two digits ("7337");
3. Ansible win_regedit DefaultPassword with a bare (unquoted) "data:" value.
References, port maps, "mysql -u root -p db", coturn 0x keys, 0000/1111/0001 PINs and templates stay quiet.

Fixtures: tests/fixtures/s14r2_pair_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14r2_pair_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("kotlin/HistorianClient.kt", 6): ("basic-auth-call-password", "Forge#2291$"),
    ("go/scada.go", 4): ("basic-auth-call-password", "Quench!8830"),
    ("shell/zsh_history", 1): ("cli-short-password-option", "Tooling55"),
    ("shell/zsh_history", 2): ("cli-user-pass-option-pair", "Kiln5520x"),
    ("docs/failover.md", 3): ("cli-user-pass-option-pair", "Crane42x"),
    ("compose/docker-compose.yml", 6): ("env-json-user-password-map", "Weld!4471!"),
    ("json/orthanc.json", 5): ("json-user-password-map", "Anvil-7731x"),
    ("json/orthanc.json", 6): ("json-user-password-map", "Lathe2291"),
    ("json/orthanc.json", 7): ("json-user-password-map", "Spindle55"),
    ("xml/wctp-send.xml", 5): ("xml-security-code-attribute", "r7Kq2vXw9mZt"),
    ("turn/turnserver.conf", 4): ("turnserver-static-user", "Press7741"),
    ("sql/mes_settings.sql", 3): ("sql-settings-row-secret", "Gantry1987"),
    ("sql/mes_settings.sql", 6): ("sql-settings-row-secret", "Ladder#5512"),
    ("ini/carousel.ini", 4): ("config-pin-slot", "7337"),
    ("ansible/autologon.yml", 5): ("registry-default-password", "Andon#4471"),
}


def test_pair_classes_are_reported(tmp_path: Path) -> None:
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


def test_two_digit_pins_are_not_repeats() -> None:
    from credgate.linter.filters import placeholder

    for v in ("6161", "7337", "4499", "1212"):
        assert placeholder(v) is None, v
    for v in ("0000", "1111", "0001", "1000", "aab", "abab"):
        assert placeholder(v) == "repeated characters", v


def test_references_ports_hashes_and_defaults_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
