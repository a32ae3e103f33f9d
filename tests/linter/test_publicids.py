"""Public client identifiers and fake key bodies (credgate/linter/publicids.py), by class: each public id is
info (never blocks) where the provider hands it to clients, and the live secret of the same provider beside it,
or the same key in a server-side file, still blocks.  Values are drawn at run time, never literals."""
from __future__ import annotations

import json
import string
from pathlib import Path

from credgate.linter import publicids
from credgate.models import Severity
from tests import rand
from tests.helpers import private_key_pem, scan_files

_B62 = string.ascii_letters + string.digits


def _r(alphabet: str, n: int) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def _google() -> str:
    return "AI" + "za" + _r(_B62 + "_-", 35)


def _uuid() -> str:
    return str(rand.uuid4())


def _scan(tmp_path: Path, files: dict) -> dict:
    return scan_files(tmp_path, files, "repo")[1]


# ------------------------------------------------------------------------------------------- fake bodies
def test_fake_bodies_are_typed_patterns() -> None:
    for body in ("51unitTestsOnlyNotARealKey" + "0" * 12, "abcd1234" * 4, "xXxXxXxXxXxXxXxXxXxXxXxX",
                 "Q9" + "abcdefghij" + _r(_B62, 12), _r(_B62, 10) + "placeholder" + _r(_B62, 8)):
        assert publicids.fake_body("sk" + "_test_" + body), body
    assert publicids.fake_body("gh" + "p_" + "0" * 36)


def test_random_bodies_are_never_fake() -> None:
    for alphabet, n in ((_B62, 36), (string.hexdigits[:16], 32), (string.ascii_uppercase + string.digits, 20),
                        (_B62 + "_-", 35), (_B62 + "+/", 40)):
        for _ in range(3000):
            v = _r(alphabet, n)
            assert publicids.fake_body("sk" + "_live_" + v) is None, v
    # base64 of binary keys holds runs of "A" (zero bytes): not a typed pattern
    assert publicids.fake_body("AAAAB3NzaC1yc2E" + "A" * 10 + _r(_B62, 30)) is None


def test_indented_private_keys_are_not_typed_bodies(tmp_path: Path) -> None:
    """A PEM written into code or YAML is indented: runs of spaces are layout, not a typed body.  A private key
    in a Helm values file (8 spaces deep) and in a Python triple-quoted string must block (a run of 8 spaces
    once made fake_body drop them)."""
    pem = private_key_pem()
    assert publicids.fake_body(pem.replace("\n", "\n        ")) is None
    yaml_pem = "".join("        " + ln + "\n" for ln in pem.splitlines())
    py_pem = "".join("        " + ln + "\n" for ln in private_key_pem().splitlines())
    by_line = _scan(tmp_path, {
        "deploy/helm/values-prod.yaml": "api:\n  tls:\n    key: |\n" + yaml_pem,
        "app/signing.py": "class Signer:\n    def key(self):\n        return b\"\"\"\n" + py_pem + '        """\n',
    })
    for where in (("deploy/helm/values-prod.yaml", 4), ("app/signing.py", 4)):
        assert where in by_line, (where, sorted(by_line))
        assert by_line[where]["rule_id"].startswith("private-key"), by_line[where]["rule_id"]
        assert by_line[where]["severity"] in ("high", "critical"), by_line[where]["severity"]


def test_fake_stripe_key_in_docs_is_dropped_live_one_blocks(tmp_path: Path) -> None:
    fake = "sk" + "_test_51unitTestsOnlyNotARealKey" + "0" * 12
    live = "sk" + "_live_" + _r(_B62, 99)
    by_line = _scan(tmp_path, {"docs/runbook.md": f"Unit tests use `{fake}`.\n\nProd: `{live}`\n"})
    assert ("docs/runbook.md", 1) not in by_line
    assert by_line[("docs/runbook.md", 3)]["severity"] in ("high", "critical")


# ------------------------------------------------------------------------------------------- public ids
def test_google_key_in_client_config_is_info_server_side_keeps_rank(tmp_path: Path) -> None:
    mobile, firebase, server, maps_server = _google(), _google(), _google(), _google()
    by_line = _scan(tmp_path, {
        "app/app.config.ts": "export default {\n  android: { config: { googleMaps: { apiKey: '" + mobile + "' } } },\n};\n",
        "infra/codebuild.json": json.dumps({"environment": {"environmentVariables": [
            {"name": "FIREBASE_WEB_API_KEY", "value": firebase, "type": "PLAINTEXT"}]}}, indent=2) + "\n",
        "backend/settings.py": f'GOOGLE_API_KEY = "{server}"\n',
        "backend/.env": f"GOOGLE_MAPS_API_KEY={maps_server}\n",
        # a name on the line above is read only when the value's own line names nothing
        "backend/config.yml": f"firebase_project: acme-prod\nGOOGLE_API_KEY: {server}\n",
    })
    assert by_line[("app/app.config.ts", 2)]["severity"] == "info"
    fb = [f for (p, _), f in by_line.items() if p == "infra/codebuild.json"]
    assert fb and all(f["severity"] == "info" for f in fb)
    assert by_line[("backend/settings.py", 1)]["severity"] in ("medium", "high", "critical")
    assert by_line[("backend/.env", 1)]["severity"] in ("medium", "high", "critical")
    assert by_line[("backend/config.yml", 2)]["severity"] in ("medium", "high", "critical")


def test_duo_ikey_and_docusign_integration_key_are_info_their_secrets_block(tmp_path: Path) -> None:
    ikey = "DI" + _r(string.ascii_uppercase + string.digits, 18)
    skey = _r(_B62, 40)
    ds_key, ds_secret = _uuid(), _uuid()
    sendgrid = "SG." + _r(_B62 + "_-", 22) + "." + _r(_B62 + "_-", 43)
    by_line = _scan(tmp_path, {
        "infra/params/prod.json": "[\n"
        f'  {{"ParameterKey": "DuoIntegrationKey", "ParameterValue": "{ikey}"}},\n'
        f'  {{"ParameterKey": "DuoSecretKey", "ParameterValue": "{skey}"}}\n]\n',
        "svc/serverless.yml": "service: notify\nprovider:\n  name: aws\n  environment:\n"
        f"    SENDGRID_API_KEY: {sendgrid}\n"
        f"    DOCUSIGN_INTEGRATION_KEY: {ds_key}\n"
        f"    DOCUSIGN_SECRET_KEY: {ds_secret}\n",
    })
    assert by_line[("infra/params/prod.json", 2)]["severity"] == "info"
    assert by_line[("infra/params/prod.json", 3)]["severity"] in ("high", "critical")
    assert by_line[("svc/serverless.yml", 6)]["severity"] == "info"
    assert by_line[("svc/serverless.yml", 5)]["severity"] in ("high", "critical")
    assert by_line[("svc/serverless.yml", 7)]["severity"] in ("medium", "high", "critical")


def test_scram_verifier_is_low_md5_and_plain_passwords_keep_rank(tmp_path: Path) -> None:
    b64 = _B62 + "+/"
    scram = f"SCRAM-SHA-256$4096:{_r(b64, 22)}==${_r(b64, 43)}=:{_r(b64, 43)}="
    md5 = "md5" + _r("0123456789abcdef", 32)
    plain = _r(_B62, 14)
    by_line = _scan(tmp_path, {"ops/pgbouncer/userlist.txt":
                               f'"ro" "{md5}"\n"app" "{scram}"\n"etl" "{plain}"\n'})
    assert by_line[("ops/pgbouncer/userlist.txt", 2)]["severity"] == "low"
    assert by_line[("ops/pgbouncer/userlist.txt", 1)]["severity"] in ("high", "critical")
    assert by_line[("ops/pgbouncer/userlist.txt", 3)]["severity"] in ("high", "critical")


def test_judge_contract() -> None:
    g = _google()
    assert publicids.judge(g, "const firebaseConfig = { apiKey: ", "web/src/main.js")[0] == Severity.INFO
    assert publicids.judge(g, "GOOGLE_API_KEY=", "server/.env") is None
    assert publicids.judge(g, "ANDROID_MAPS_KEY=", "ci/.env")[0] == Severity.INFO
    assert publicids.judge(g, "SERVER_ANDROID_KEY=", "ci/.env") is None
    assert publicids.judge("pk." + "eyJ1Ijoi" + _r(_B62, 20) + "." + _r(_B62, 22), "MAPBOX_TOKEN=", "x.env")[0] \
        == Severity.INFO
    assert publicids.judge("sk." + "eyJ1Ijoi" + _r(_B62, 20) + "." + _r(_B62, 22), "MAPBOX_TOKEN=", "x.env") is None
    key = _r("0123456789abcdef", 32)
    assert publicids.judge(key, "ALGOLIA_SEARCH_API_KEY=", ".env")[0] == Severity.INFO
    assert publicids.judge(key, "ALGOLIA_ADMIN_API_KEY=", ".env") is None
    assert publicids.judge(key, "ALGOLIA_WRITE_SEARCH_KEY=", ".env") is None
    ikey = "DI" + _r(string.ascii_uppercase + string.digits, 18)
    assert publicids.judge(ikey, "ikey = ", "etc/duo/login_duo.conf")[0] == Severity.INFO
    assert publicids.judge(ikey, "skey = ", "etc/duo/login_duo.conf") is None
    assert publicids.judge(_uuid(), "DocuSignClientSecret: ", "x.yml") is None
