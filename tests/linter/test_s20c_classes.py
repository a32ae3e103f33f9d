"""Classes of session 20's third round (detection depth), each seen missed in corpus_fresh32 (a mountain resort
operator's IT and OT) and written for the class, with other spellings and formats than the corpus's:

1. a device export of ``Section:Parameter:Value`` lines (Ewon comcfg.txt ``Talk2M:T2MKey:<hex>``), while a factory
   default, an empty key, a version number and a reference stay quiet;
2. a switch CLI local user (``users password NAME X``) and an SNMP community after an ``rw``/``ro`` word, while
   ``public``/``private`` and a user without a password stay quiet;
3. a card or reader key in hex after a key label (``Write key (3DES): <hex>``, OSDP ``scbk="<hex>"``), while the
   published OSDP default SCBK-D, an all-zero key and a key check value stay quiet;
4. a software licence key in a ``<Licence key=...>`` element or an installer parameter (``--params '/Key:X'``),
   while a reference and a licence element without a key stay quiet;
5. a password handed over in a ticket or postmortem (``temporary password for you: X``, ``the old password (X)``)
   and a value after ``replaced with`` / ``Current value for reference:``, while pointers stay quiet;
6. a code of digits under a name that says what it opens (``arming_code``, ``service.menu.code``, ``<add
   key="EngineerMenuPin" value=...>``, ``Emergency access code ...: N``), while ``0000`` and a PIN hash stay quiet;
7. password literals in setter and logger calls (``set_session_password("X")``, CRBasic ``FTPClient(host, user,
   "X", ...)``), while variables stay quiet;
8. an INI key ending in Pass glued to a system name whose value holds a ``$`` (``GatePass=Brk$7731xQ``), and a
   first-logon password constant (``DEFAULT_FIRST_LOGON = "X"``), while references, switches and names stay quiet;
9. a product session cookie in a HAR ``Set-Cookie`` (``PORTALSESSION=<hex>``), while a cleared cookie stays quiet;
10. an ``email / password`` account in a wiki table cell, while a pointer stays quiet;
11. a stream key of any service (``stream_key: X``), while a reference stays quiet;
12. a numeric operator password in an HMI user export (``<User ... Password="5817"/>``), while ``0000`` and a hash
   attribute stay quiet;
13. a service key that is a UUID (``BRAZE_KEY = "<uuid>"``), while an id, an integration key and an environment read stay
   quiet;
14. a framework secret key in a ``- NAME=value`` list item (Kustomize literals, Compose environment lists);
15. a label-value line in a personal logins note (``Pump house HMI: X``), while URLs, emails, dates and words stay
   quiet;
16. a radio privacy key column of a codeplug CSV (``Privacy Key``: 10 hex digits, a Basic Privacy number), while the
   key id column, an empty cell and all-zero stay quiet.

Fixtures: tests/fixtures/s20c_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s20c_classes"

HITS = {
    ("plant/routers/ewon-line2/comcfg.txt", 2): ("generic-password-assignment", "Qz8-Harbor-3310"),
    ("plant/routers/ewon-line2/comcfg.txt", 4): ("device-colon-config-secret", "7b3e9a1c5d2f4e6a8b0c1d3e5f7a9b2c"),
    ("plant/routers/ewon-line2/comcfg.txt", 5): ("generic-password-assignment", "Kx7pLw2Rv9Mq"),
    ("plant/network/ring-core.cli", 3): ("switch-cli-user-password", "Rk4(xV9qLm2Tz7Wn"),
    ("plant/network/ring-core.cli", 4): ("snmp-community-rw-ro-line", "Tq9vKm3xPz"),
    ("plant/network/ring-core.cli", 5): ("snmp-community-rw-ro-line", "Nw4hLq8rYt"),
    ("gates/commissioning/keysheet.txt", 2): ("labelled-hex-shared-key", "8E2B5D1A7C4F9E3B6A0D2C5F8E1B4A7D"),
    ("gates/commissioning/keysheet.txt", 3): ("access-control-hex-key-label", "3C9A6E1F4B7D2A5C8E0F3B6D9A2C5E8F"),
    ("gates/backup/reader-export.xml", 2): ("access-control-hex-key-label", "6D1A9C4E7B2F5A8D3E0C6B9F2A5D8E1C"),
    ("apps/dictation/Server.config", 2): ("software-license-key-attribute", "QX7K-29TM-B4VN-8RPL"),
    ("packer/tools.pkr.hcl", 3): ("software-license-key-attribute", "M7Q2X9K4T8B3N6V1P5R0W"),
    ("tickets/guest-4411.json", 3): ("prose-password-handed-over", "pebble72"),
    ("docs/postmortems/relay-outage.md", 2): ("prose-password-handed-over", "Tq4!vLm82x"),
    ("tickets/INC0099123.txt", 2): ("prose-key-replaced-with", "Zq7Kx2Lm9Pw4Rt8Vn3Bc6Hd1"),
    ("tickets/OPS-77.json", 2): ("prose-key-replaced-with", "Wq7!Brk2291x"),
    ("ot/blasting/controller.yaml", 4): ("named-access-code-digits", "58214473"),
    ("docs/vendors/hotline.md", 2): ("named-access-code-digits", "61928374"),
    ("ot/rig/balancer.cfg", 1): ("device-config-service-code", "604417"),
    ("ot/kiosk/App.config", 2): ("xml-appsetting-pin-code", "418273"),
    ("ot/lifts/laptop/plc_logger.py", 3): ("code-set-password-call", "Tarn-4471-Qx"),
    ("ot/weather/station.CR1X", 2): ("logger-ftp-client-password", "ridge2291"),
    ("pos/Register.ini", 3): ("ini-camel-pass-suffix", "Brk$7731xQ"),
    ("scripts/onboard_staff.py", 2): ("initial-logon-password-constant", "Winter2031!"),
    ("captures/portal-login.har", 1): ("har-cookie-session-named", "9C2E7A4B1D3F5E6A8B0C2D4E6F8A1B3C"),
    ("docs/wiki/Systems.md", 3): ("markdown-table-email-slash-password", "Powder2031*"),
    ("media/streams.yaml", 3): ("live-stream-ingest-key", "kq7xm2pl9wz4vn8rt3bc6hd1"),
    ("ot/hmi/UserAdmin.xml", 2): ("hmi-user-numeric-password-attribute", "5817"),
    ("apps/marketing/push.py", 2): ("uuid-named-service-key", "5b2e9c4a-7d13-4f8e-a6c2-9e1d3b7f0a54"),
    ("deploy/kustomize/app/kustomization.yaml", 4): ("env-list-item-secret-key",
                                                     "q9%x*2v)k+7m(b@4z!t&h_w3y8e#r1u^n6j0p-c5l=s&d)a"),
    ("home/maint/Documents/plant-logins.txt", 2): ("personal-logins-note-label-value", "Fjord-4471x"),
    ("home/maint/Documents/plant-logins.txt", 3): ("personal-logins-note-label-value", "Gl4c!er77"),
    ("radio/cps/codeplug.csv", 2): ("csv-secret-column", "7A3C9E1F5B"),
    ("radio/cps/codeplug.csv", 3): ("csv-secret-column", "41873"),
}


def test_session_20c_classes_are_reported_and_block(tmp_path: Path) -> None:
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


def test_defaults_references_ids_and_pointers_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
