"""Password slots generic rules should already read (session 14 round 2), through the CLI.

1. one-word password names of tools: keytool/Tomcat *STOREPASS / *KEYPASS in a Dockerfile ENV (both spellings)
   and in a CodeBuild EnvironmentVariables list (credgate.iac.names._PASS_COMPOUNDS); names ending Pw/Pwd/Pass
   (PowerShell $hmiPass, $svcPwd);
2. R environment files: a NAME= line with an empty value no longer swallows the next line's NAME=value
   (generic-password-assignment crosses a line end only into an indented line), and .Rprofile Sys.setenv;
3. CSV Wi-Fi tables: a psk / wpa_psk column's cells are reported on their own rows (credgate.iac.csvtable), and
   wifi-ssid-key-list no longer reads a CSV header (ssid,security,psk,...) as a key.

Fixtures: tests/fixtures/s14r2_slot_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14r2_slot_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("docker/Dockerfile", 4): ("iac-dockerfile-secret", "Wq7rTzmn4KpXa2Lc"),
    ("docker/Dockerfile", 5): ("iac-dockerfile-secret", "Hb3xNv8qPm2Ry6Td"),
    ("cfn/codebuild.yaml", 21): ("iac-codebuild-plaintext-secret", "Vm4qRx8zLt2Nw6Pk"),
    ("ps/reset-hmi.ps1", 2): ("generic-camel-pass-assignment", "Torque#5120"),
    ("ps/reset-hmi.ps1", 3): ("generic-password-assignment", "Coil77frame"),
    ("r/.Renviron", 3): ("generic-password-assignment", "Lathe!4471"),
    ("r/.Rprofile", 2): ("generic-password-assignment", "Spindle#882"),
    ("wifi/agv-fleet.csv", 2): ("csv-password-column", "GantryMill48"),
    ("wifi/agv-fleet.csv", 4): ("csv-password-column", "ForkliftBay93"),
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


def test_pass_compound_names() -> None:
    from credgate.iac.names import is_secret_name

    for n in ("KEYSTORE_STOREPASS", "keyPass", "TOMCAT_KEYPASS", "slapd_rootpw", "DB_ADMINPW"):
        assert is_secret_name(n), n
    for n in ("BYPASS", "compass", "STOREPASS_FILE", "KEYSTORE_PATH"):
        assert not is_secret_name(n), n


def test_references_placeholders_and_headers_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
