"""Classes of session 19's second round (issue 17, detection depth), each seen missed in corpus_fresh28 (a city
government's IT) and written for the class:

1. a password written to the registry from a script: WScript.Shell ``RegWrite "...\\DefaultPassword", "X"`` and
   Python ``winreg.SetValueEx(key, "ServicePassword", 0, REG_SZ, "X")``, while a variable stays quiet;
2. the password FreeRADIUS's PAP module logs on a mismatch (``rlm_pap: Cleartext password "X" does not match``),
   while the form without a value stays quiet;
3. an SNMP community under a read/write community field inside an inline object (``"readCommunity": "X"``),
   while ``public`` and templates stay quiet;
4. a Rancher kubeconfig / API token (``kubeconfig-u-<id>:<54 chars>``), while a reference and a mask stay quiet;
5. a web framework's session cookie in a HAR ``Set-Cookie`` header (``sessionid=``), while a cleared cookie and
   the CSRF cookie stay quiet;
6. literal keys in a list under a plural key name (``apiKeys: ['<hex>', '<hex>']``), while environment look-ups
   and names stay quiet;
7. a key in a subscripted vendor header (``session.headers["X-Meter-Api-Key"] = "<uuid>"``), while an environment
   look-up and a request id stay quiet;
8. a machine key in an XML element named for its service (``<PlateReaderKey>``), and a numeric device password or
   service menu code in an XML device config (``<DevicePassword>``, ``<ServiceMenuCode>``), while a factory
   default, a length, a partition key and a pagination token stay quiet;
9. a key given in a chat message quoted with JSON-escaped quotes (``\\u0022...\\u0022``), while a vault pointer and a
   commit stay quiet;
10. a two-way radio privacy key (``Privacy key ARC4 (basic privacy 40-bit): <10 hex>``), while a pointer and a slot
   number stay quiet;
11. a camera verification code written as printed "on the label" (``Verification code on the label: X``), while a
   pointer and a setting stay quiet.

Fixtures: tests/fixtures/s19b_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s19b_classes"

HITS = {
    ("kiosk/setup/autologon.vbs", 4): ("script-registry-write-password", "Tide#7731"),
    ("kiosk/setup/agent_setup.py", 4): ("script-registry-write-password", "Brine!4408"),
    ("logs/radius/radius.log", 2): ("freeradius-pap-cleartext-password", "harb0r7x"),
    ("net/signals/cabinet-2207.json", 4): ("snmp-read-write-community-field", "Rq7Lm2Tx"),
    ("home/ops/.kube/config", 10): ("rancher-api-token",
                                    "kubeconfig-u-q7x2kmw4z:tq4x9vk2lmr8wz7cpn3bd6hs5fj2kx9wqv4tz8mn6rp2ld7cgh5bxs"),
    ("captures/har/billing-login.har", 3): ("framework-session-cookie-header", "q7x2kmw4ztr8vn3bd6hs5fj2kx9wqv4t"),
    ("services/intake/config/production.js", 4): ("key-list-under-key-name", "7c2e9a4f1b8d3e6a0c5f2b9d4e1a7c3f"),
    ("tools/meters/export.py", 4): ("custom-header-key-literal", "3e8c1a5f-7b2d-4f9e-a6c0-9d4b2e7f1a3c"),
    ("devices/handheld/appconfig.xml", 3): ("device-numeric-password-setting", "504817"),
    ("devices/handheld/appconfig.xml", 4): ("xml-element-vendor-key-value", "Tq7vLx2Rw9KmP4sZbN3cHw8kQz2Lp5Rt"),
    ("devices/paystation/station.xml", 3): ("device-numeric-password-setting", "730514"),
    ("chat/export/ops-room.json", 3): ("prose-key-for-thing-value", "Wq8zLp3nTx5Rv2Km9Yc4Hd7Bf1Gj6Ns3Qa8Ue"),
    ("radio/cps/dispatch-notes.txt", 3): ("radio-privacy-key", "7A3C9E1F5B"),
    ("sites/cameras/yard-nvr.txt", 3): ("device-verification-code", "7KQ2TM"),
}


def test_session_19b_classes_are_reported_and_block(tmp_path: Path) -> None:
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


def test_references_defaults_ids_and_pointers_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
