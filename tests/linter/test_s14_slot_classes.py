"""Name-says-secret slots of session 14 (issue 17), through the CLI.

1. device and vendor codes and PINs under compound names: SupervisorCode=, MaintenanceCode=, MasterPIN=,
   bureau.security.code=K7Q, gateway.terminal.pin=<64 alnum>, an Ansible lineinfile line, YAML/JSON/XML keys;
   postal, error, status, country, service (billing), diagnosis codes, GPIO pins, certificate pins stay quiet;
2. name/value pair objects: OCPP {"key": "AuthorizationKey", "value": ...}, SoapUI <con:name>/<con:value>;
3. settings rows of dumps (pg_dump COPY rows, CSV) and CSV keypad-code tables under a code column;
4. vendor and licence constants (PACS_VENDOR_KEY, VENDORKEY, PHP define(*_KEY / *_LICENSE)) and SWIFT LAU halves;
   *_KEY_ID, KEY_NAME, SORT_KEY, VENDOR_ID and references stay quiet.

Fixtures: tests/fixtures/s14_slot_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14_slot_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ('ansible/cash-recycler.yml', 4): ('device-code-slot', '61820937'),
    ('csv/keypad-codes.csv', 2): ('csv-code-column-row', '582913'),
    ('csv/keypad-codes.csv', 4): ('csv-code-column-row', '773104'),
    ('csv/settings.csv', 2): ('settings-row-secret', 'Birch!4418'),
    ('csv/settings.csv', 3): ('settings-row-secret', 'Kd83LmQ2pX9vW7nZc4Rb'),
    ('env/vendor.env', 1): ('constant-named-key-literal', '8f3c2a1b9d7e6f5a4c3b2a1d0e9f8c7b6a5d4e3f'),
    ('env/vendor.env', 2): ('constant-named-key-literal', '9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1a0b'),
    ('env/vendor.env', 3): ('swift-lau-key-half', 'Xq7Rm2VtX9pL4wZc8NfB3hJdKe5Tg1Ya'),
    ('env/vendor.env', 4): ('swift-lau-key-half', 'Pw2Lm9QzR4vT8nXc3KbJ7hYd1Fg6Ws0E'),
    ('ini/nurse-call.ini', 3): ('device-code-slot', '73920418'),
    ('ini/nurse-call.ini', 4): ('device-code-slot', '5038271'),
    ('ini/nurse-call.ini', 5): ('pin-slot-alnum', '602719'),
    ('ini/nurse-call.ini', 6): ('device-code-slot', 'A7K29Q'),
    ('ini/nurse-call.ini', 7): ('device-code-slot', '8812'),
    ('json/ocpp-config.json', 3): ('postman-variable-secret', 'D83AF02C19B7E4A6C5D2F1E0B9A8C7D6E5F4A3B2'),
    ('php/wp-config.php', 2): ('php-define-licence-key-hex', 'a1b2c3d4e5f60718293a4b5c6d7e8f90'),
    ('php/wp-config.php', 3): ('php-define-licence-key-hex', 'b2c3d4e5f60718293a4b5c6d7e8f90a1'),
    ('properties/bureau.properties', 2): ('device-code-slot', 'K7Q'),
    ('properties/bureau.properties', 3): ('pin-slot-alnum', 'W4N8'),
    ('properties/bureau.properties', 4): ('pin-slot-alnum', 'Q8ZT4MRK2WNV7XJP3LDF9HCB6YSG5EAU1OIQ2ZT8MRK4WNV7XJP3LDF9HCB6YSG5'),
    ('properties/bureau.properties', 5): ('device-code-slot', 'Zr83Kp1'),
    ('sql/app_settings.copy.sql', 3): ('settings-row-secret', 'W1nd0w!84'),
    ('sql/app_settings.copy.sql', 4): ('settings-row-secret', 'QmX83kLzPw02NvTr7YbC4dFg9HsJ1aEu'),
    # the SQL reader maps COPY (id, name, value) rows too (session 16): its finding names the table and the setting
    ('sql/app_settings.copy.sql', 5): ('sql-dump-secret-column', 'f3a9c1e07b2d4e5f6a8b9c0d1e2f3a4b'),
    ('xml/badge-reader.xml', 3): ('device-code-slot', '55219'),
    ('xml/soapui-project.xml', 4): ('xml-property-name-value-secret', 'K9WQZ4M2T'),
    ('yaml/plant-hmi.yaml', 3): ('device-code-slot', '830155'),
    ('yaml/plant-hmi.yaml', 4): ('device-code-slot', '4417'),
}


def test_slot_classes_are_reported(tmp_path: Path) -> None:
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


def test_other_codes_references_and_public_names_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
