"""Password slots of session 13 round 3 (issue 17), through the CLI.

1. CloudFormation resource Tags whose key names a password (``- Key: proxy:admin-pass`` / ``Value: X``), YAML
   and JSON templates: iac-cfn-literal-secret; other tags and dynamic references stay quiet;
2. CDK builder token setters (``.authToken("...")``, ``.passwords(List.of("..."))``): builder-token-literal;
3. radsecproxy ``secret X`` and FreeRADIUS ``secret = X`` lines: radius-secret-line (``radsec`` and
   ``testing123`` are defaults);
4. JSON maps of user -> password (Orthanc ``RegisteredUsers``): json-user-password-map; a plain ``"users"`` map
   whose value has a password's shape: json-users-map-password (API schemas, role maps, account ids stay quiet);
5. EZproxy ``user.txt`` local accounts (``user:password[:Admin]``): credential-file-password;
6. a Terraform ``jsonencode({...})`` map in a SecureString parameter's value: iac-terraform-secret;
7. Winlogon ``DefaultPassword`` registry data (Puppet registry_value, Ansible win_regedit): registry-default-password;
8. a semicolon CSV with a title line above its header: csv-password-column;
9. ``*.basic=<base64 user:pass>`` in .properties: properties-basic-b64;
10. X12 ISA04 security information in a ``*_SECURITY`` constant or an ``isa04`` setting.

Fixtures: tests/fixtures/s13r3_pw_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13r3_pw_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("a/proxy.yaml", 11): ("iac-cfn-literal-secret", "Tn5v*82"),
    ("a/proxy.yaml", 13): ("iac-cfn-literal-secret", "Wharf-Lantern-3310"),
    ("a/template.json", 10): ("iac-cfn-literal-secret", "Pq7!mrv3"),
    ("b/CacheStack.java", 8): ("builder-token-literal", "Xr4mPq9vLw2kTz7bNc3hYd8"),
    ("b/CacheStack.java", 11): ("builder-token-literal", "Hm3kVq8zRw5pLt2xNb7cJs"),
    ("c/clients.conf", 7): ("radius-secret-line", "Qm8!ferryRad"),
    ("c/radsecproxy.conf", 9): ("radius-secret-line", "harbourRadius417"),
    ("d/orthanc.json", 5): ("json-user-password-map", "tamarind62"),
    ("d/proxy.json", 4): ("json-users-map-password", "Kestrel-2291"),
    ("e/ezproxy/user.txt", 6): ("credential-file-password", "Quill#48"),
    ("f/radius.tf", 5): ("iac-terraform-secret", "ferryRadius512"),
    ("f/radius.tf", 6): ("iac-terraform-secret", "dockWlan884"),
    ("g/autologon.pp", 5): ("registry-default-password", "kio42"),
    ("g/autologon.yml", 5): ("registry-default-password", "Lobby!2291"),
    ("h/users.csv", 3): ("csv-password-column", "Mariner4417"),
    ("i/as2.properties", 3): ("properties-basic-b64", "ZWRpLWJvdDpDcmF0ZS00NDE3cQ=="),
    ("j/Envelope.java", 4): ("x12-security-constant", "WQ4ZP8KM2T"),
    ("j/edi.properties", 1): ("x12-isa04-setting", "Tk7rP2mQ"),
}


def test_password_slots_are_reported(tmp_path: Path) -> None:
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


def test_references_defaults_and_settings_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert not found, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_cfn_tag_judged_under_its_key() -> None:
    from credgate.iac.cfn import analyze_template

    t = {"Resources": {"H": {"Type": "AWS::EC2::Instance", "Properties": {"Tags": [
        {"Key": "ops:admin-pass", "Value": "Tn5v*82"}, {"Key": "Name", "Value": "Tn5v*82x"},
        {"Key": "db-password", "Value": {"Ref": "AWS::NoValue"}}]}},
        "P": {"Type": "AWS::SSM::Parameter", "Properties": {"Tags": {"app-secret": "Vq8mZ2pLx7Rw"}}}}}
    hits = [(h.path, h.secret) for h in analyze_template(t)]
    assert hits == [(("Resources", "H", "Properties", "Tags", 0, "Value"), "Tn5v*82"),
                    (("Resources", "P", "Properties", "Tags", "app-secret"), "Vq8mZ2pLx7Rw")], hits
