"""Slots found missing by bench/probe_iac.py (issue 17): lists of passwords, Terraform nested name/value blocks,
encoded literals, provider arguments, and the references beside them that stay quiet."""
from __future__ import annotations

import textwrap

import pytest

from tests import rand
from tests.iac.conftest import scan_text

from credgate.models import Severity


def _found(engine, path, text):
    found, _skips = scan_text(engine, path, textwrap.dedent(text).lstrip("\n"))
    return [(f.line, f.secret, f.severity) for f in found]


def _blocks(engine, path, text, secret, line):
    got = _found(engine, path, text)
    assert any(ln == line and s == secret and sev >= Severity.MEDIUM for ln, s, sev in got), got


# a low-entropy password as people type it, built at run time (not a literal in this file)
def _human() -> str:
    return "Harbor" + str(2000 + rand.randbelow(30))


CFN_LIST = """
Resources:
  User:
    Type: {rtype}
    Properties:
      UserName: app
{body}
"""


@pytest.mark.parametrize("rtype,body,line", [
    ("AWS::ElastiCache::User", "      Engine: redis\n      Passwords:\n        - {v}\n", 8),
    ("AWS::MemoryDB::User", "      AuthenticationMode:\n        Type: password\n        Passwords: [{v}]\n", 8),
])
def test_cfn_list_of_passwords_blocks(engine, rtype, body, line):
    pw = _human()
    _blocks(engine, "infra/users.yaml", CFN_LIST.format(rtype=rtype, body=body.format(v=pw)), pw, line)


def test_cfn_list_of_passwords_with_cfnlint_decoder():
    """cfn-lint's decoder gives list_node/str_node: the same hits as with plain lists."""
    from cfnlint.decode import decode_str

    from credgate.iac.cfn import analyze_template

    pw = _human()
    text = CFN_LIST.format(rtype="AWS::ElastiCache::User",
                           body=f"      Passwords:\n        - {pw}\n        - !Ref OtherPassword\n"
                                "        - '{{resolve:secretsmanager:app/redis:SecretString:password}}'\n")
    tpl, errs = decode_str(text)
    assert not errs
    hits = analyze_template(tpl)
    assert [(h.rule, h.path, h.secret) for h in hits] == [
        ("iac-cfn-literal-secret", ("Resources", "User", "Properties", "Passwords", 0), pw)]


def test_cfn_list_of_references_is_quiet(engine):
    text = CFN_LIST.format(rtype="AWS::ElastiCache::User", body=(
        "      Passwords:\n        - !Ref RedisPassword\n"
        "        - '{{resolve:secretsmanager:app/redis:SecretString:password}}'\n"))
    assert _found(engine, "infra/users.yaml", text) == []


def _tf(rtype: str, body: str) -> str:
    return f'resource "{rtype}" "main" {{\n{textwrap.indent(textwrap.dedent(body).strip(), "  ")}\n}}\n'


@pytest.mark.parametrize("rtype,body,line", [
    ("aws_codebuild_project", 'environment {{\n  environment_variable {{\n    name  = "DB_PASSWORD"\n'
     '    type  = "PLAINTEXT"\n    value = "{v}"\n  }}\n}}', 6),
    ("aws_elasticache_user", 'user_name = "app"\npasswords = ["{v}"]', 3),
    ("aws_memorydb_user", 'user_name = "app"\nauthentication_mode {{\n  type      = "password"\n'
     '  passwords = ["{v}"]\n}}', 5),
    ("aws_cloudwatch_event_connection", 'authorization_type = "API_KEY"\nauth_parameters {{\n  api_key {{\n'
     '    key   = "x-api-key"\n    value = "{v}"\n  }}\n}}', 6),
    ("helm_release", 'chart = "app"\nset_sensitive {{\n  name  = "image.pullSecret"\n  value = "{v}"\n}}', 5),
    ("helm_release", 'chart = "app"\nset {{\n  value = "{v}"\n  name  = "auth.rootPassword"\n}}', 4),
    ("aws_amplify_app", 'name = "web"\nenable_basic_auth = true\n'
     'basic_auth_credentials = base64encode("admin:{v}")', 4),
    ("aws_elasticache_user", 'user_name = "app"\npasswords = [\n  "{v}",\n]', 4),
    ("kubernetes_secret", 'type = "kubernetes.io/dockerconfigjson"\ndata = {{\n  ".dockerconfigjson" = jsonencode({{\n'
     '    auths = {{\n      "registry.corp.example" = {{\n        auth = base64encode("deploy:{v}")\n      }}\n    }}\n'
     '  }})\n}}', 7),
])
def test_terraform_slots_block(engine, rtype, body, line):
    pw = _human()
    _blocks(engine, "infra/main.tf", _tf(rtype, body.format(v=pw)), pw, line)


def test_terraform_provider_argument_named_by_provider(engine):
    pw = _human()
    text = f'provider "grafana" {{\n  url  = "https://grafana.corp.example"\n  auth = "admin:{pw}"\n}}\n'
    got = _found(engine, "infra/providers.tf", text)
    assert any(ln == 3 and pw in s and sev >= Severity.MEDIUM for ln, s, sev in got), got


@pytest.mark.parametrize("rtype,body", [
    ("aws_elasticache_user", 'passwords = [var.redis_password]'),
    ("aws_elasticache_user", 'passwords = [random_password.redis.result, "${var.other}"]'),
    ("aws_elasticache_user", 'passwords = [\n  var.redis_password,\n  "${var.other}",\n]'),
    ("aws_elasticache_user", 'passwords = [\n  "",\n]\ntags = {\n  Name = "redis-app"\n}'),
    ("helm_release", 'set_sensitive {\n  name  = "db.password"\n  value = data.vault_generic_secret.db.data["password"]\n}'),
    ("helm_release", 'set_sensitive {\n  name  = "db.password"\n'
     '  value = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]\n}'),
    ("helm_release", 'set {\n  name  = "auth.password"\n  value = sensitive(var.db_password)\n}'),
    ("helm_release", 'set {\n  name  = "service.type"\n  value = "LoadBalancer"\n}'),
    ("helm_release", 'set {\n  name  = "image.tag"\n  value = "v2024.11.3-corvane"\n}'),
    ("aws_cloudwatch_event_connection", 'auth_parameters {\n  api_key {\n    key   = "x-api-key"\n'
     '    value = var.crm_api_key\n  }\n}'),
    ("aws_amplify_app", 'basic_auth_credentials = base64encode("${var.user}:${var.password}")'),
    ("aws_codebuild_project", 'environment {\n  environment_variable {\n    name  = "DB_PASSWORD"\n'
     '    type  = "SECRETS_MANAGER"\n    value = "prod/db:password"\n  }\n  environment_variable {\n'
     '    name  = "NPM_TOKEN"\n    value = "npm-token-param"\n    type  = "PARAMETER_STORE"\n  }\n}'),
    ("aws_cognito_user_pool_client", 'token_validity_units {\n  access_token  = "hours"\n  refresh_token = "days"\n}'),
    ("helm_release", 'set {\n  name  = "auth.existingSecret"\n  value = "platform-db-credentials-v2"\n}'),
    ("helm_release", 'set {\n  name  = "auth.secretKeys.adminPasswordKey"\n  value = "postgres-password"\n}'),
    ("helm_release", 'set {\n  name  = "redis.auth.existingSecretPasswordKey"\n  value = "redis-password"\n}'),
    ("kubernetes_secret", 'data = {\n  ".dockerconfigjson" = jsonencode({\n    auths = {\n      "r.example" = {\n'
     '        auth = base64encode("${var.registry_user}:${var.registry_password}")\n      }\n    }\n  })\n}'),
    ("provider_grafana", ""),
])
def test_terraform_references_and_settings_are_quiet(engine, rtype, body):
    if rtype == "provider_grafana":
        text = 'provider "grafana" {\n  url  = "https://grafana.corp.example"\n  auth = var.grafana_auth\n}\n'
    else:
        text = _tf(rtype, body)
    assert _found(engine, "infra/main.tf", text) == []


# --------------------------------------------------------------- weak passwords in password slots
def _weak() -> str:
    # the shape of the weak passwords attackers try first ("Passw0rd12!"), built at run time
    return "Passw" + "0rd" + str(10 + rand.randbelow(80)) + "!"


@pytest.mark.parametrize("path,text,line", [
    ("infra/main.tf", 'resource "aws_db_instance" "db" {{\n  username = "app"\n  password = "{v}"\n}}\n', 3),
    ("infra/eb.tf", 'resource "aws_elastic_beanstalk_environment" "e" {{\n  setting {{\n'
     '    namespace = "aws:elasticbeanstalk:application:environment"\n    name      = "DB_PASSWORD"\n'
     '    value     = "{v}"\n  }}\n}}\n', 5),
    ("infra/main.tf", 'module "db" {{\n  source          = "./modules/db"\n  master_password = "{v}"\n}}\n', 3),
    ("env/prod.tfvars", 'region = "eu-west-1"\ndb_password = "{v}"\n', 2),
    ("infra/variables.tf", 'variable "admin_password" {{\n  type    = string\n  default = "{v}"\n}}\n', 3),
    ("env/prod.tfvars.json", '{{\n  "region": "eu-west-1",\n  "rds_master_password": "{v}"\n}}\n', 3),
    ("env/prod.tfvars.json", '{{\n  "db": {{\n    "username": "app",\n    "password": "{v}"\n  }}\n}}\n', 4),
    ("params/prod.json", '{{"Parameters": {{"Env": "prod", "MasterUserPassword": "{v}"}}}}\n', 1),
    ("sam/samconfig.toml", 'version = 0.1\n[default.deploy.parameters]\n'
     'parameter_overrides = "Env=prod DirectoryPassword={v}"\n', 3),
    ("stacks/db.yaml", 'Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: "{v}"\n'
     'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: !Ref DbPassword\n', 5),
    ("stacks/db.yaml", "Conditions:\n  P: !Equals [!Ref AWS::Region, eu-west-1]\nResources:\n  Db:\n"
     "    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: !If [P, '{{{{resolve:ssm-secure:/db}}}}', "
     "'{v}']\n", 7),
    ("stacks/users.yaml", "Resources:\n  U:\n    Type: AWS::ElastiCache::User\n    Properties:\n      Passwords:\n"
     "        - '{v}'\n", 6),
])
def test_weak_password_in_a_password_slot_blocks(engine, path, text, line):
    pw = _weak()
    _blocks(engine, path, text.format(v=pw), pw, line)


@pytest.mark.parametrize("path,text", [
    ("env/prod.tfvars.json", '{"region": "eu-west-1", "db_password": "${DB_PASSWORD}", "api_token": ""}\n'),
    ("env/prod.tfvars.json", '{"db_password_secret_arn": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db",'
     ' "db": {"password_length": 24, "password": null}}\n'),
    ("env/prod.tfvars", 'db_password = "CHANGE_ME"\napi_token = "<api-token>"\n'),
    ("infra/main.tf", 'resource "aws_db_instance" "db" {\n  password = "changeme"\n}\n'),
])
def test_placeholders_in_password_slots_stay_quiet(engine, path, text):
    assert _found(engine, path, text) == []


def test_tfvars_json_is_read_as_terraform_values():
    from credgate.iac import kind_of

    assert kind_of("env/prod.tfvars.json", b'{"region": "eu-west-1"}') == "structured"
    assert kind_of("env/prod.json", b'{"region": "eu-west-1"}') is None
