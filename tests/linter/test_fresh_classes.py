"""The classes behind the fresh blind corpus's errors (bench/corpora/fresh), each as its own small
synthetic case through the credgate CLI; values are made at run time, never read from the corpus."""
from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from tests.helpers import run_credgate
from tests import rand


def _hex(n: int) -> str:
    return rand.token_hex(n // 2)


def _uuid() -> str:
    return str(rand.uuid4())


def _fernet() -> str:
    return base64.urlsafe_b64encode(rand.urandom(32)).decode()


def _scan(tmp_path: Path, rel: str, text: str) -> list[tuple[int, str, str]]:
    root = tmp_path / f"repo-{rand.uuid4().hex[:8]}"  # one folder per scan: earlier files stay out
    target = root / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text)
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--no-redact", "--config", str(cfg), str(root)])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return [(f["line"], f["rule_id"], f["severity"]) for f in json.loads(proc.stdout)["findings"]
            if f["severity"] != "info"]


def _lines(found: list[tuple[int, str, str]]) -> set[int]:
    return {line for line, _, _ in found}


# ------------------------------------------------------------------------ misses (must be found)
def test_pagerduty_key_under_pagerduty_parent(tmp_path: Path) -> None:
    text = f"spring:\n  application:\n    name: billing\npagerduty:\n  integration-key: {_hex(32)}\n"
    assert _lines(_scan(tmp_path, "src/main/resources/application.yml", text)) == {5}


def test_heroku_uuid_under_heroku_parent(tmp_path: Path) -> None:
    text = f"heroku:\n  app: shipping-web\n  api_key: {_uuid()}\ntracing:\n  instance_id: {_uuid()}\n"
    assert _lines(_scan(tmp_path, "config/settings.yaml", text)) == {3}


def test_datadog_app_key_under_datadog_parent_and_in_agent_config(tmp_path: Path) -> None:
    nested = f"datadog:\n  site: datadoghq.eu\n  app_key: {_hex(40)}\n"
    assert _lines(_scan(tmp_path, "config/app.yaml", nested)) == {3}
    agent = f"api_key: {_hex(32)}\napp_key: {_hex(40)}\nsite: datadoghq.eu\n"
    assert _lines(_scan(tmp_path, "etc/datadog.yaml", agent)) == {1, 2}


def test_netrc_without_a_dot_multi_and_single_line(tmp_path: Path) -> None:
    u = _uuid()
    text = (f"machine api.heroku.com\n  login ops@corp.net\n  password {u}\n"
            f"machine ftp.corp.net login deploy password Vq7!{_hex(8)}\n")
    found = _scan(tmp_path, "ops/netrc", text)
    assert _lines(found) == {3, 4}
    assert all(sev == "high" for _, _, sev in found)


def test_fernet_key_assignment_and_constructor(tmp_path: Path) -> None:
    text = (f'FERNET_KEY = "{_fernet()}"\n'
            f"box = Fernet(b'{_fernet()}')\n"
            'OTHER = os.environ["FERNET_KEY"]\n'
            'PLACEHOLDER_FERNET_KEY = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="\n')
    assert _lines(_scan(tmp_path, "app/settings.py", text)) == {1, 2}


def test_db_url_password_with_hash_on_localhost(tmp_path: Path) -> None:
    text = (f"DATABASE_URL=postgresql://app:Quartz#{_hex(4)}harbor@localhost:5432/app\n"
            "DEV_URL=postgres://postgres:postgres@localhost:5432/app\n"
            "OTHER_URL=postgres://user:password@localhost:5432/db\n")
    assert _lines(_scan(tmp_path, "svc/.env", text)) == {1}


def test_api_gateway_api_key_value_in_cloudformation_and_terraform(tmp_path: Path) -> None:
    value = "Pk" + rand.token_urlsafe(28).replace("-", "x").replace("_", "y")
    cfn = ("Resources:\n  PartnerKey:\n    Type: AWS::ApiGateway::ApiKey\n    Properties:\n"
           f"      Name: partner\n      Enabled: true\n      Value: {value}\n"
           "  Plan:\n    Type: AWS::ApiGateway::UsagePlan\n    Properties:\n      UsagePlanName: partners\n")
    found = _scan(tmp_path, "infra/api.yaml", cfn)
    assert (7, "iac-cfn-literal-secret", "high") in found and _lines(found) == {7}
    tf = f'resource "aws_api_gateway_api_key" "p" {{\n  name  = "partner"\n  value = "{value}"\n}}\n'
    assert _lines(_scan(tmp_path, "tf/api.tf", tf)) == {3}


def test_password_quoted_in_prose(tmp_path: Path) -> None:
    text = ("# Onboarding\n\nCopy `.env.example` and set `DATABASE_URL=postgres://user:<password>@localhost/db`.\n"
            f"The staging wiki password is `Lantern{rand.randbelow(9000) + 1000}` (rotate quarterly).\n"
            "The default password is `changeme`; your password must be 12 characters.\n"
            "The password is `<your password>`.\n")
    found = _scan(tmp_path, "docs/onboarding.md", text)
    assert _lines(found) == {4}
    assert found[0][2] == "medium"  # reported, blocks audits (medium), not commit gates (high)


# --------------------------------------------------------------- false alarms (must stay quiet)
def test_buildspec_secret_references_are_not_passwords(tmp_path: Path) -> None:
    text = ("version: 0.2\nenv:\n  parameter-store:\n    NPM_TOKEN: /ci/npm-token\n"
            "  secrets-manager:\n    DOCKERHUB_PASSWORD: ci/dockerhub:password\n"
            "    DB_PASSWORD: arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/db-AbCdEf:password::\n"
            "phases:\n  build:\n    commands:\n      - make\n")
    assert _scan(tmp_path, "buildspec.yml", text) == []


def test_ssh_public_keys_in_a_parameter_file(tmp_path: Path) -> None:
    blob = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00 " + rand.urandom(32)).decode()
    rsa = base64.b64encode(b"\x00\x00\x00\x07ssh-rsa" + rand.urandom(60)).decode()
    params = [{"ParameterKey": "AuthorizedKey", "ParameterValue": f"ssh-ed25519 {blob} ops@corp"},
              {"ParameterKey": "DeployKey", "ParameterValue": f"ssh-rsa {rsa}"},
              {"ParameterKey": "Stage", "ParameterValue": "prod"}]
    assert _scan(tmp_path, "infra/params/bastion.json", json.dumps(params, indent=2)) == []


def test_ciphertext_envelopes_in_every_iac_slot(tmp_path: Path) -> None:
    sops = f"ENC[AES256_GCM,data:{_hex(24)},iv:{base64.b64encode(rand.urandom(32)).decode()},tag:{base64.b64encode(rand.urandom(16)).decode()},type:str]"
    transit = "vault:v1:" + base64.b64encode(rand.urandom(40)).decode()
    kms = "AQICAH" + base64.b64encode(rand.urandom(120)).decode()
    params = {"Parameters": {"DbPassword": sops, "ApiToken": transit, "SigningSecret": kms}}
    assert _scan(tmp_path, "infra/params/staging.json", json.dumps(params, indent=2)) == []
    tf = f'resource "x" "y" {{\n  password = "{sops}"\n  token = "{transit}"\n}}\n'
    assert _scan(tmp_path, "tf/main.tf", tf) == []


def test_terraform_pgp_key_is_public_material(tmp_path: Path) -> None:
    text = ('resource "aws_iam_access_key" "d" {\n  user    = "deployer"\n  pgp_key = "keybase:ops_team"\n}\n'
            'resource "aws_iam_user_login_profile" "u" {\n  user    = "bob"\n'
            f'  pgp_key = "{base64.b64encode(rand.urandom(90)).decode()}"\n}}\n')
    assert _scan(tmp_path, "tf/iam.tf", text) == []


def test_provider_parent_does_not_reach_a_sibling_block(tmp_path: Path) -> None:
    text = f"pagerduty:\n  service: checkout\ntracing:\n  token: {_hex(32)}\n  build: {_hex(40)}\n"
    found = _scan(tmp_path, "config/app.yaml", text)
    assert not any(rule == "provider-key-under-provider-parent" for _, rule, _ in found)


@pytest.mark.parametrize("rtype", ["AWS::IAM::AccessKey"])
def test_output_of_a_generated_secret_is_reported_as_exposure(tmp_path: Path, rtype: str) -> None:
    text = (f"Resources:\n  Key:\n    Type: {rtype}\n    Properties:\n      UserName: ci\n"
            "Outputs:\n  KeyId:\n    Value: !Ref Key\n  Secret:\n    Value: !GetAtt Key.SecretAccessKey\n")
    root = tmp_path / "repo"
    (root / "infra").mkdir(parents=True)
    (root / "infra" / "user.yaml").write_text(text)
    cfg = tmp_path / "empty.toml"
    cfg.write_text("#\n")
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)])
    out = json.loads(proc.stdout)["findings"]
    assert [(f["line"], f["rule_id"]) for f in out] == [(10, "iac-cfn-output-secret")]
    assert "exposes a generated secret" in " ".join(out[0]["why"])
    # low since session 11: no credential is in the commit (reported, does not block at the default threshold)
    assert out[0]["severity"] == "low"
    assert proc.returncode == 0
