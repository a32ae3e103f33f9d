"""Classes of session 20's second round (issue 17, detection depth), each seen missed in corpus_fresh30 (a rail and
metro operator) or in an earlier corpus of the same class, and written for the class:

1. a clear symmetric key in hex under a payment, HSM or card key name: ``zmk.component.1=<32 hex>``, a SAM log's
   ``transport key=<hex>``, an exec-form ``"--acquirer-key", "<hex>"``, YAML ``decrypt-key: <hex>``, while the KCV,
   a key id, a template and a test vector stay quiet;
2. a triple-length DES key (48 hex digits) in a row of a key list (ETCS KMAC batch, key-load CSV), while a
   placeholder and zeros stay quiet;
3. a numeric PIN or menu code under a setting name (.NET ``<add key="EngineerMenuPin" value="..."/>``,
   ``service.menu.code=``), while defaults, retry limits, lengths, station and postal codes stay quiet (reported by
   the first round's ``xml-appsetting-pin-code`` and ``device-config-service-code``: the two rounds wrote the class
   twice, and the merge kept one rule);
4. a credential header given as a Key/Value pair (CloudFormation IoT HTTP action ``- Key: Authorization`` /
   ``Value: Bearer ...``, ``X-Routing-Key``), while a dynamic reference, an operator name and a request id stay quiet;
5. a password with an ampersand in a key=value config line (``MqttPassword=Qu4rry&81x``), while a policy word pair
   and a template stay quiet;
6. a password or secret told in prose as "<password> ... changed/reset/set to <value>" (handover note, ticket work
   notes, a CSV notes column), while settings (90 days, true, 14 characters, argon2id) stay quiet;
7. a token or key named in a sentence, then a colon and the value (postmortem, Jira description), while a sentence
   without a value, a URL and a takeaway stay quiet;
8. an SNMP community quoted in prose (a pentest report), while ``public`` and a template stay quiet;
9. a Dockerfile ENV password with parentheses (``Tw7qLm2.zXkPvR(q_8_=b)``) is no function call;
10. a Kubernetes Secret's subscriber / partner reference is a setting, not a secret.

Fixtures: tests/fixtures/s20b_classes/{hit,clean} (synthetic test values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s20b_classes"

HITS = {
    ("payments/hsm/hsm-test.properties", 6): ("symmetric-key-hex-under-key-name", "5C2E9A4F1B8D3E6A0C5F2B9D4E1A7C3F"),
    ("payments/hsm/hsm-test.properties", 7): ("symmetric-key-hex-under-key-name", "8E3F1A7C5B9D2E4F6A0C8B1D3F5A7C9E"),
    ("payments/sam/personalise.log", 3): ("symmetric-key-hex-under-key-name", "9B4E2C7A1F5D8B3E6C0A9F2D5B8E1C4A"),
    ("deploy/docker/terminal-sim.Dockerfile", 4): ("symmetric-key-hex-under-key-name",
                                                   "3C9A7E1F5B2D8C4A6E0F9B3D7A1C5E2F"),
    ("services/wagers/application-prod.yml", 4): ("symmetric-key-hex-under-key-name",
                                                  "7e1c5a9f3b2d8e4c6a0f1b9d3e5c7a2f"),
    ("payments/kmc/key-batch-2027-01.txt", 3): ("key-table-row-triple-des-hex",
                                                "7C1E9A4F3B8D2E6A0C5F7B9D1E3A5C7F9B2D4E6A8C0F1B3D"),
    ("payments/kmc/key-batch-2027-01.txt", 4): ("key-table-row-triple-des-hex",
                                                "2D6F0A8C4E1B7D3F9A5C2E8B0D6F1A4C7E3B9D5F2A8C6E0B"),
    ("payments/kmc/readers.csv", 2): ("key-table-row-triple-des-hex",
                                      "3F9B1D7E2A5C8F0B4D6E1A9C3F7B2D5E8A0C4F6B1D9E3A7C"),
    ("kiosk/Kiosk.exe.config", 5): ("xml-appsetting-pin-code", "507213"),
    ("kiosk/Kiosk.exe.config", 6): ("xml-appsetting-pin-code", "407162"),
    ("devices/rig/balancer.cfg", 2): ("device-config-service-code", "730514"),
    ("infra/cfn/iot-lifts.yaml", 13): ("http-header-key-value-pair", "Tq7vLx2Rw9KmP4sZbN3cHw8kQz2Lp5Rt"),
    ("infra/cfn/iot-lifts.yaml", 15): ("http-header-key-value-pair", "5c2e9a4f1b8d3e6a0c5f2b9d4e1a7c3f"),
    ("devices/lifts/lift-07.ini", 4): ("config-password-with-ampersand", "Qu4rry&81x"),
    ("devices/lab/pcs.conf", 2): ("config-password-with-ampersand", "Tr4ck&S1gn4l"),
    ("docs/wiki/shift-handover.md", 3): ("prose-key-replaced-with", "Brake7*Pad41"),
    ("tickets/OPS-1182.txt", 3): ("prose-secret-changed-to-value", "QK72TZ"),
    ("exports/office-pcs.csv", 3): ("prose-secret-changed-to-value", "Quarry2031"),
    ("docs/postmortems/pm-cache.md", 4): ("prose-credential-clause-colon-value", "qT7vLx2Rw9KmP4sZbN3cHw"),
    ("tickets/PARTS-88.json", 5): ("prose-key-we-use-value", "Wq8zLp3nTx5Rv2Km9Yc4Hd7B"),
    ("reports/pentest-q1.md", 3): ("prose-snmp-community-value", "quarry77rw"),
    ("reports/pentest-q1.md", 4): ("prose-snmp-community-value", "Hq7mon!"),
    ("deploy/docker/player.Dockerfile", 3): ("iac-dockerfile-secret", "Tw7qLm2.zXkPvR(q_8_=b)"),
}


def test_session_20b_classes_are_reported_and_block(tmp_path: Path) -> None:
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


def test_check_values_settings_references_and_defaults_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
