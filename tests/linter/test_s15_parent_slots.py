"""Values whose NAME is on their parent or their column, and files that hold a bare secret (session 15, issue 17,
mechanism E), through the CLI.

1. a declaration named for a secret whose literal is its child: GitHub composite-action ``inputs``, GitLab
   ``variables: {X: {value:}}``, JSON-schema ``properties`` (Helm values.schema.json), and ``name:`` items with a
   ``default:`` below (Tekton, Argo, Azure Pipelines parameters): :func:`credgate.iac.deep._parent_slots`, read in
   any YAML/JSON file the "slots" sniff picks (:func:`credgate.iac._slots_kind`);
2. PIN slots (``PrinterAdminPin``, ``rtu-pin``, ``SwitchPasscode``): 4 to 8 digits are the PIN
   (:func:`credgate.iac.names.pin_name`), in CloudFormation parameters and CI parameters alike;
3. a password column holding digits only (an HMI user export), a Teamcenter ``.pwf`` password file (its
   encrypted form, base64, is not read), a ``secrets/db_pass`` file, a key file in a secrets folder
   (``secrets/jwt_secret``);
4. keys carried in URLs (PagerDuty Events v1 ``/integration/<key>/enqueue``, ``?apiKey=``/``&token=`` UUIDs) and
   a UUID named a developer id (Ewon Talk2M);
5. clean: references, empty defaults, key files' paths, names of secrets (``firmware-signing-key``), lengths and
   TTLs, GPIO pins, postal pin codes, certificate pins, SSM parameter names, encrypted .pwf, placeholders in URLs.

Fixtures: tests/fixtures/s15_parent_slots/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15_parent_slots"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("airline/cfn/crew-door.json", 4): ("iac-cfn-parameter-default-secret", "582914"),
    ("airline/cfn/crew-door.json", 5): ("iac-cfn-parameter-default-secret", "3307"),
    ("education/.gitlab-ci.yml", 3): ("iac-document-secret", "Canvas2291!"),
    ("government/hmi/permit-desk-users.csv", 2): ("csv-password-column", "5182"),
    ("government/hmi/permit-desk-users.csv", 3): ("csv-password-column", "Perm1t!77"),
    ("law/.github/actions/docket-sync/action.yml", 12): ("iac-document-secret", "imw_9fK2mQ7vX4pL8sR1tY6zB3nC"),
    ("law/.github/actions/docket-sync/action.yml", 8): ("iac-document-secret", "Gavel!2291"),
    ("media/helm/reel/values.schema.json", 5): ("iac-document-secret", "Reel7734!x"),
    ("media/helm/reel/values.schema.json", 8): ("iac-document-secret", "tc_live_7Hq2Wm9Rz4Kp1Vx8"),
    ("media/deploy/secrets/jwt_secret", 1): ("credential-file-password", "Jw7tQ2xR9vL4mP8sK1nB6cY3"),
    ("shipping/secrets/api_token.txt", 1): ("credential-file-password", "tk_9fK2mQ7vX4pL8sR1tY6zB3"),
    ("mining/plc/security/sysadm.pwf", 1): ("credential-file-password", "Qu4rry#Sys9"),
    ("monitoring/alert-endpoints.yaml", 1): ("pagerduty-events-v1-integration-url", "8c1f0a9e2b7d4c63a5e1f9d0b3c7a214"),
    ("monitoring/alert-endpoints.yaml", 2): ("url-query-uuid-key", "7d2c9e4a-1b3f-4e8a-9c6d-2f5b8a1e3c7d"),
    ("monitoring/alert-endpoints.yaml", 3): ("url-query-uuid-key", "3f9a2c7e-8b1d-4e6f-a0c5-9d2b7e4f1a8c"),
    ("monitoring/alert-endpoints.yaml", 5): ("developer-id-uuid-key", "9b3c1e7a-2d4f-4a86-b0e5-7c1f3a9d2e64"),
    ("oilgas/tekton/scada-task.yaml", 11): ("iac-document-secret", "48213"),
    ("oilgas/tekton/scada-task.yaml", 9): ("iac-document-secret", "Wellhead77&"),
    ("pharma/argo/lims-export.yaml", 11): ("iac-document-secret", "Assay#5521q"),
    ("retail/azure-pipelines.yml", 10): ("name-value-pair-secret", "lyt_s3cr3t_Q8wE2rT6yU0iO4pA"),
    ("retail/azure-pipelines.yml", 4): ("iac-document-secret", "Till$9083"),
    ("shipping/tf/tos.tf", 3): ("iac-terraform-secret", "Berth!6620"),
    ("telecom/sam/voicemail.yaml", 11): ("iac-cfn-parameter-default-secret", "77120"),
    ("telecom/sam/voicemail.yaml", 4): ("iac-cfn-parameter-default-secret", "4729"),
    ("telecom/sam/voicemail.yaml", 7): ("iac-cfn-parameter-default-secret", "603184"),
    ("telecom/secrets/db_pass", 1): ("credential-file-password", "Sw1tch#884x"),
}


def test_parent_named_values_are_reported(tmp_path: Path) -> None:
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


def test_pin_names() -> None:
    from credgate.iac.names import pin_name, pin_value

    for n in ("PrinterAdminPin", "door_pin", "ADMIN_PASSCODE", "voicemail-pin", "PIN", "pinNumber"):
        assert pin_name(n), n
    for n in ("pincode", "pin_code", "GpioResetPin", "ssl_pin", "led_pin", "spinner", "pinned"):
        assert not pin_name(n), n
    assert pin_value(8395) and pin_value("004721") and not pin_value("17") and not pin_value(True)


def test_names_of_secrets_are_not_secrets() -> None:
    from credgate.iac.names import literal_problem

    for v in ("firmware-signing-key", "lims-db-credentials", "smtp-password", "pos-api-key"):
        assert literal_problem(v) is not None, v


def test_references_and_look_alikes_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
