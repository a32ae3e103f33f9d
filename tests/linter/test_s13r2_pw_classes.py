"""Passwords and PINs in config slots (session 13 round 2, issue 17), through the CLI.

1. PINs under a key ending in "pin" (AdminPin=, Pin=, ...OverridePin=, *_pin: "NNNN", "pin": "NNNN", Chef
   attributes): config-pin-slot; GPIO pins, spin/hairpin, counts, lengths and references stay quiet;
2. digit-only passwords in a password slot (a pin-pad ADMIN_PASSWORD=, a scale's <Service password=>):
   config-password-digits; password_length/PasswordAge stay quiet;
3. keys that glue "pass" or "PW" to a word (keystore.storepass, BANJOBS_PW, bindDNCredential) and short
   camel-case *Pass values (Slurm StoragePass=);
4. an INI file named .php (OJS config.inc.php behind "; <?php exit; ?>"), a Google app password
   (xxxx-xxxx-xxxx-xxxx) in EMAIL_HOST_PASSWORD;
5. XML name/value parameters spelt <attribute> (OpenAS2) and <parm name="PreSharedKey"> (StageNow);
6. Zebra ZPL ^KP printer passwords and SGD setvar Wi-Fi keys.

Fixtures: tests/fixtures/s13r2_pw_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13r2_pw_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("a/default.rb", 1): ("config-pin-slot", "527381"),
    ("a/handhelds.yml", 1): ("config-pin-slot", "3158"),
    ("a/handhelds.yml", 2): ("config-pin-slot", "7720"),
    ("a/kiosk.ini", 4): ("config-pin-slot", "5831"),
    ("a/kiosk.ini", 7): ("config-pin-slot", "4702"),
    ("a/kiosk.ini", 9): ("config-pin-slot", "639204"),
    ("a/route.json", 1): ("config-pin-slot", "9046"),
    ("b/pinpad.cfg", 2): ("config-password-digits", "472913"),
    ("b/scale.xml", 2): ("config-password-digits", "5183"),
    ("c/config.inc.php", 4): ("generic-password-assignment", "Falcons88!"),
    ("c/conn.properties", 1): ("config-glued-pass-slot", "Kq8vZt3LmW2xRp7"),
    ("c/conn.properties", 2): ("config-glued-pass-slot", "Wq2vZt3LmX9xRp4"),
    ("c/conn.properties", 3): ("config-glued-pass-slot", "Cm7pq&31"),
    ("c/jobenv", 1): ("config-glued-pass-slot", "Rz7#QnB2kwt"),
    ("c/settings.py", 1): ("generic-password-assignment", "qzvb-mkwt-hrpa-ljsn"),
    ("c/slurmdbd.conf", 2): ("generic-camel-pass-assignment", "Vx4k!"),
    ("d/partnerships.xml", 3): ("xml-appsetting-secret", "harlow93"),
    ("d/setup.zpl", 2): ("zebra-printer-password", "5170"),
    ("d/setup.zpl", 4): ("zebra-sgd-secret", "MangoCrate27"),
    ("d/wifi.xml", 2): ("xml-appsetting-secret", "PlumBasket64"),
}


def test_password_and_pin_slots_are_reported(tmp_path: Path) -> None:
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


def test_counts_references_and_code_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert not found, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_app_password_shape() -> None:
    from credgate.linter.filters import app_password

    for v in ("qzvb-mkwt-hrpa-ljsn", "wkfp xqzt bnrd hjvl"):
        assert app_password(v), v
    for v in ("user-role-name-list", "test-data-file-name", "blue-gold-card-line", "qzvb-mkwt-hrpa", "qzvb-mkwt hrpa-ljsn"):
        assert not app_password(v), v
