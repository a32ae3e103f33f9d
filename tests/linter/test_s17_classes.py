"""Classes of session 17 (issue 17), each seen missed in a blind corpus and written for the class, not the file:

1. aligned assignments: ``psp_senha         = "..."`` (terraform fmt pads before ``=``), ``pass:        value``
   (aligned YAML values pad after ``:``): the generic and any-language password rules read 40 blanks either side;
2. a short or low-entropy password under a password key of another language (``Senha=pato77``): entropy 1.5;
3. a password, token or key in a C/C++ ``#define`` (``#define GATE_PASSWORD "R7QK42"``);
4. six or seven upper-case letters that spell no word in a password slot (``QBZUEX``: two letter pairs no
   word holds) while ``ENABLED`` and ``STRICT`` stay settings;
5. a UUID API key in an XML config (``<ApiKey>uuid</ApiKey>``, ``<add key="...ApiKey" value="uuid" />``);
6. a machine-drawn value under a key named for a vendor (mixed-case letters and digits, or hex in dash-separated
   parts), while cache, partition and idempotency keys, Firebase ``AIza`` keys, browser write keys, Kubernetes
   label keys and a bare ``Key`` beside its ``Secret`` (the public half of the pair) stay quiet;
7. a token sent as the whole ``Authorization`` header, without a scheme;
8. the recipient's password of an EDIFACT interchange header (UNB element 0022);
round 2, from fresh25's misses and false alarms:
9. a URL whose user is empty and whose password is not (``ntrips://:pw@caster``, as Redis URLs are written);
10. name/value pairs of device-management configs: Intune ``appConfigKey``/``appConfigKeyValue`` and Android
    managed configurations ``{"key": "admin_pin", "valueString": ...}``;
11. the PIN of a certificate or keystore written like a password (``elster_cert_pin``, ``<Zertifikat pin=...>``);
12. quiet: the salt stored beside a password hash (``credentialSalt``) and a FileZilla password encrypted to
    the master password (``<Pass encoding="crypt">``).

Fixtures: tests/fixtures/s17_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s17_classes"

HITS = {
    ("infra/terragrunt/acc/terragrunt.hcl", 3): ("config-key-password-any-language", "Outono2026!x"),
    ("infra/terragrunt/acc/terragrunt.hcl", 4): ("config-key-password-any-language", "lima55"),
    ("br/erp.ini", 3): ("config-key-password-any-language", "pato77"),
    ("app/config.yml", 3): ("generic-password-assignment", "Tr0ub4dor3x"),
    ("app/settings.py", 2): ("generic-password-assignment", "Kx8#pQ2mTr"),
    ("firmware/include/gate_link.h", 2): ("c-define-password", "R7QK42"),
    ("reefer/Runner.exe.config", 4): ("xml-appsetting-secret", "QBZUEX"),
    ("pcs/client.xml", 3): ("uuid-api-key-live-config", "5c1d8e2a-7b3f-4a6c-9e0d-2f8b4a1c6e3d"),
    ("services/weather/settings.py", 3): ("vendor-key-name-machine-value",
                                          "ab12cd34ef56ab78cd90ef12ab34cd56-0f1e2d3c4b5a69788796a5b4c3d2e1f0"),
    ("gateway/config.yaml", 3): ("vendor-key-name-machine-value", "Tq8mZ2rLx7Kp4VnB9wYc3HdF6sJ1aE0u"),
    ("ci/buildspec.yml", 4): ("authorization-header-bare-token", "Wq7Lr2Kx9Pm4Tz8Vn3Bc6Hd1Fs5Ja0YeTestOnly42"),
    ("edi/inbound/IFTMIN_TEST_261105.edi", 2): ("edifact-unb-password", "TSTPW77A"),
    # round 2 (fresh25's misses)
    ("deploy/systemd/ntrip-relay.service", 5): ("uri-credentials-any-scheme", "caissonTest1429"),
    ("mdm/intune/appconfig.json", 4): ("name-value-pair-secret",
                                       "4c4140223cb27a9ecd624d696847e6c259f5c88f41ebe491a1a974efde8a0d3d"),
    ("kiosk/managed-config.json", 4): ("postman-variable-secret", "635130"),
    ("payroll/de/svnet-konfiguration.xml", 3): ("certificate-pin-password", "Kran1853$"),
    ("infra/terragrunt/payroll/terragrunt.hcl", 3): ("certificate-pin-password", "Polier74&"),
}


def test_session_17_classes_are_reported_and_block(tmp_path: Path) -> None:
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


def test_settings_prompts_public_keys_and_references_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_six_or_seven_unworded_capitals_are_a_password_only_in_a_password_slot() -> None:
    from credgate.linter.filters import generic_value

    for v in ("QBZUEX", "AFZUIV"):
        assert generic_value(v, password_slot=True) is None, v
        assert generic_value(v) is not None, v  # elsewhere an upper-case word
    for v in ("ENABLED", "STRICT", "NOTSET", "SECRET", "DEFAULT", "BEARER", "LEGACY"):
        assert generic_value(v, password_slot=True) is not None, v

