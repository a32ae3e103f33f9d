"""Classes of session 20 (issue 17, detection depth), each seen missed in corpus_fresh29 (or left over in fresh27)
and written for the class, not the corpus line:

1. a code that opens a device's service, setup or commissioning menu in its exported configuration
   (``service.menu.code=580317``, ``"serviceModeCode": "740126"``), while a billing ``service_code`` and a menu
   item's ``menu_code`` stay quiet;
2. an engineer, installer or access code of a panel in a notice ("Level 2 (engineer) access code: 8042"), while a
   meeting's dial-in access code and "held by the contractor" stay quiet;
3. chat: a code a device asks for, answered on the next message ("panel is asking for the engineer code" then
   "it's 7305"), and a password question answered in a code span ("line 2 is <code>QX7TPW</code>"), while a
   vault pointer and a postcode stay quiet;
4. prose: a password quoted beside its name ("the SFTP password (`QW7TR2`) expired", "... the old\\nvalue
   `KORVAL448`"), a PSK or passphrase after a few words and a colon ("type the PSK by hand: X"), an API key quoted in
   a ticket ("Key we use: X");
5. people's passwords the prose allowlists read as words (filters.random_by_chance, loose): six to eight capitals
   that spell no word ("the share password is QZXKVBTM"), a short password with a symbol no sentence ends on
   ("reset password to Mox#", "password Rix#"), and in a password slot seven capitals with a consonant run through Y
   (``password = BRTYSKL``);
6. device exports: an INI password holding ``&`` (``Password=Bolt3r&58``), a bare ``Key=`` of 32 hex digits in a
   service's INI section, a PLC project's ``SourceKey=""`` / ``UnlockKey=""`` attribute, a RADIUS or TACACS shared
   secret after a space;
7. a Docker/Compose secret file holding only the value (``deploy/compose/secrets/broker_admin.txt``), a session
   cookie named for a session in a HAR capture, and a secret in an INSERT into an integrations or API key table of
   a SQL dump (a row naming its value a digest stays quiet);
8. fresh27's leftovers as classes: a password named, then "is still the old one: X"; a value in use followed by
   "please rotate/confirm" after a password or account is named (same line or up to three lines on, the value on
   the next line of an e-mail); a password change tracked per site ("Leeds done: KQWPR7"), while a runtime
   version, "yes" and a pointer stay quiet;
9. the same classes in older corpora's leftovers: a WLAN PSK in a controller export ("psk X", "set-key ascii 0 X"),
   a "Key value" password line of a game server's .cfg (RConPassword), a PIN under a .NET app setting, a validation
   or HMAC seed in hex, a password in bold/code markup of an HTML export, "pw is the same as <thing>, X" and
   "FieldDbPassword ... the old one was X", while a masked PSK, switches (PasswordAuthentication no), a PIN length
   and an identifier seed (incident_key_seed) stay quiet; a trunk's hex key as a bare XML key="" attribute, and a
   reference table's row that names its value ('API', 'KEY', '<value>') in a SQL dump;
10. fresh28's leftover: a short password (``olm47``, dropped on purpose as an identifier's shape under a lone
   password key) read where an INI device account writes its user line and, on the next line, its password line;
   a reference, a placeholder and a user line followed by another setting stay quiet.

Fixtures: tests/fixtures/s20_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s20_classes"

HITS = {
    ("devices/chiller/hmi-export.cfg", 4): ("device-config-service-code", "580317"),
    ("devices/chiller/hmi-export.cfg", 5): ("device-config-service-code", "662904"),
    ("devices/press/settings.json", 3): ("device-config-service-code", "740126"),
    ("docs/sites/fire-panel.txt", 3): ("named-access-code-digits", "8042"),
    ("docs/sites/fire-panel.txt", 4): ("prose-engineer-access-code-digits", "51739"),
    ("docs/sites/fire-panel.txt", 5): ("chat-password-shorthand", "Rix#"),
    ("chat/shift-ops.txt", 2): ("chat-reply-digits-after-code-request", "7305"),
    ("chat/teams-export-line2.json", 3): ("chat-reply-code-span-after-password-message", "QX7TPW"),
    ("docs/postmortems/2026-11-sftp.md", 3): ("prose-password-parenthesised-code-span", "QW7TR2"),
    ("docs/postmortems/2026-11-sftp.md", 5): ("prose-password-parenthesised-code-span", "KORVAL448"),
    ("docs/runbooks/tablet-reset.md", 4): ("prose-psk-or-password-words-colon-value", "CopperHeron47"),
    ("docs/runbooks/tablet-reset.md", 5): ("docs-prose-password-unquoted", "QZXKVBTM"),
    ("docs/runbooks/tablet-reset.md", 6): ("prose-psk-or-password-words-colon-value", "Lantern-Quay-82"),
    ("tickets/SD-2207.txt", 3): ("chat-password-changed-to", "Mox#"),
    ("tickets/OPS-4410.json", 4): ("prose-key-we-use-value", "Rq8ZkL2mVx7TnB4wYc9PfH3dJs6GaE1u"),
    ("devices/daq/rc9.conf", 4): ("generic-password-assignment", "BRTYSKL"),
    ("lab/kiosk.ini", 3): ("config-password-with-ampersand", "Bolt3r&58"),
    ("lab/kiosk.ini", 5): ("config-password-with-ampersand", "Kx7&mQ2v"),
    ("tools/torque-station.ini", 5): ("ini-bare-key-hex-value", "5e1c9a7f3b2d8e4c6a0f1b9d7e3c5a2f"),
    ("plc/line2/project.L5X", 3): ("xml-device-protection-key-attribute", "QWZRTPX"),
    ("plc/line2/project.L5X", 4): ("xml-device-protection-key-attribute", "Hm4pQ8xV"),
    ("devices/network/wlc-export.txt", 2): ("network-shared-secret-space-value", "Vq*7Tn2RbX9wLp4Zk"),
    ("devices/network/wlc-export.txt", 3): ("network-shared-secret-space-value", "Hm4!pQ8xVt2W"),
    ("deploy/compose/secrets/broker_admin.txt", 1): ("docker-secret-file-value", "Kestrel-Yard-2031!"),
    # a secret file named for a password was already credential-file-password's: the older id stays
    ("deploy/compose/secrets/db_password.txt", 1): ("credential-file-password", "Tallow-Brig-4471!"),
    ("captures/portal-login.har", 3): ("har-cookie-session-named", "Zq8vN2mXw9LpR4sTk7YbH3cJ5dFgA1eQ="),
    # the SQL dump reader knows this table's columns: its finding stands (the pattern rule is generic)
    ("exports/lms-dump.sql", 2): ("sql-dump-secret-column", "Qx7vN2mXw9LpR4sTk7YbH3cJ5dFg"),
    ("exports/lms-dump.sql", 3): ("sql-insert-secret-table-value", "Hk3Lm9Qx7Vb2Wn5Rt8Yp4Zs6Jd1Fg0Ca"),
    ("chat/teams-keystore.json", 3): ("prose-password-old-one-colon-value", "MORLAND882"),
    ("tickets/QA-311.json", 5): ("prose-value-then-please-rotate", "Quarry!7"),
    ("mail/2026-10-service-visit.eml", 8): ("prose-value-then-please-rotate", "T1tr4t0r#22"),
    ("tickets/PRN-88.md", 3): ("prose-password-per-site-done-value", "KQWPR7"),
    ("devices/network/wlan-ssids.txt", 3): ("network-shared-secret-space-value", "HarrierQuay2031"),
    ("devices/network/wlan-ssids.txt", 5): ("network-shared-secret-space-value", "Lantern-Brig-4417"),
    ("game/server/BEServer_x64.cfg", 1): ("cfg-space-separated-password", "raid-7246"),
    ("host/sas-host.ini", 3): ("validation-seed-hex", "7A41C9E0D3B25F86"),
    ("kiosk/Kiosk.exe.config", 4): ("validation-seed-hex", "5C2E9A71F4B3D806"),
    ("kiosk/Kiosk.exe.config", 5): ("xml-appsetting-pin-code", "639383"),
    ("chat/teams-export.html", 2): ("prose-password-html-markup-value", "Harbor1987"),
    ("chat/mattermost-ot.jsonl", 1): ("prose-password-old-one-colon-value", "KZ0PQDDX"),
    ("tickets/IT-5120.json", 3): ("prose-password-old-one-colon-value", "Quay7!"),
    ("facility/intercom/frame02.xml", 3): ("xml-key-attribute-hex", "b4d6e8a0c2f41e3a5c7e9b1d3f5a7c9e"),
    ("exports/n4-reference.sql", 1): ("sql-insert-secret-table-value", "Tq8vN2mXw9LpR4sTk7YbH3cJ5dFgA1eQ"),
    ("police/mdt/mdt-client.ini", 7): ("ini-device-user-then-short-password", "olm47"),
}


def test_session_20_classes_are_reported_and_block(tmp_path: Path) -> None:
    root = FIX / "hit"
    # run from the fixtures folder: reported paths carry no tests/fixtures prefix (rules skip test and fixture paths)
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_billing_codes_dial_ins_and_digests_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_typed_passwords_where_prose_names_one_are_not_words() -> None:
    from credgate.linter.filters import random_by_chance, slot_short_password

    for v in ("QZXKVBTM", "LXFMGFFZ", "Mox#", "KAT#", "Kat#"):
        assert random_by_chance(v, loose=True), v
    # words, sentence ends and acronyms stay words; strict (no password named) reads none of them
    for v in ("PASSWORD", "REDACTED", "CHANGEME", "Done!", "Why?", "TODO", "SECRET", "NOTSET"):
        assert not random_by_chance(v, loose=True), v
    assert not random_by_chance("QZXKVBTM") and not random_by_chance("Mox#")
    # seven capitals with a consonant run through Y are no word in a password slot; words with Y stay words
    assert slot_short_password("BRTYSKL") and slot_short_password("TRTYSHJ")
    for v in ("SYMBOLS", "MYSTERY", "STYLISH", "PHYSICS"):
        assert not slot_short_password(v), v
