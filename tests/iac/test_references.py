"""Reference following, slots, and the values that are never findings."""
from __future__ import annotations

import textwrap

import pytest

from tests.iac.conftest import iac_rule, scan_text
from tests import rand


def _iac(engine, path, text):
    found, skips = scan_text(engine, path, textwrap.dedent(text).lstrip("\n"))
    assert skips == []
    return sorted((iac_rule(f), f.line, f.location.location_detail) for f in found if iac_rule(f).startswith("iac-"))


TEMPLATE = """
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Upstream:
    Type: String
    Default: Lantern-Glow-2027
  Stage:
    Type: String
    Default: prod
Resources:
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Environment:
        Variables:
          STAGE: !Ref Stage
          SLOT
"""


@pytest.mark.parametrize("slot", [
    "DB_PASSWORD: !Ref Upstream",
    'DB_PASSWORD: !Sub "${Upstream}"',
    "DB_PASSWORD: {'Fn::Sub': '${Upstream}'}",
    "DB_PASSWORD: !Join ['', [!Ref Upstream]]",
    "DB_PASSWORD: !If [IsProd, !Ref Upstream, !Ref AWS::NoValue]",
    "DB_PASSWORD: !Base64 {Ref: Upstream}",
])
def test_reference_to_a_parameter_with_a_literal_default_is_reported_at_the_default(engine, slot):
    got = _iac(engine, "t.yaml", TEMPLATE.replace("SLOT", slot))
    assert got == [("iac-cfn-parameter-default-secret", 5, "Parameters.Upstream.Default")]


def test_reference_inside_a_composed_value_counts_for_secret_parameters_only(engine):
    composed = 'DB_PASSWORD: !Sub "postgres://app:${Upstream}@db.internal/app"'
    assert _iac(engine, "t.yaml", TEMPLATE.replace("SLOT", composed)) == []  # Upstream is neither NoEcho nor secret-named
    noecho = TEMPLATE.replace("Type: String\n    Default: Lantern", "Type: String\n    NoEcho: true\n    Default: Lantern")
    got = _iac(engine, "t.yaml", noecho.replace("SLOT", composed))
    assert got == [("iac-cfn-parameter-default-secret", 6, "Parameters.Upstream.Default")]


def test_reference_makes_a_plainly_named_parameter_a_finding(engine):
    text = """
    AWSTemplateFormatVersion: "2010-09-09"
    Parameters:
      Upstream:
        Type: String
        Default: Meadow-Lark-6021
    Resources:
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              STRIPE_SECRET: !Sub "${Upstream}"
    """
    assert _iac(engine, "t.yaml", text) == [("iac-cfn-parameter-default-secret", 5, "Parameters.Upstream.Default")]
    # the same parameter used in a non-secret slot is not a finding
    plain = text.replace("STRIPE_SECRET", "UPSTREAM_NAME")
    assert _iac(engine, "t.yaml", plain) == []


@pytest.mark.parametrize("value", [
    "!Ref DbPassword",                              # no Default
    '"{{resolve:secretsmanager:prod/db:SecretString:password}}"',
    '"{{resolve:ssm-secure:/prod/db/password:1}}"',
    "!GetAtt Secret.Arn",
    "!Ref AWS::NoValue",
    "!Ref AWS::StackName",
    '!Sub "${AWS::AccountId}-${AWS::Region}"',
    "!ImportValue shared-db-secret-arn",
    '!Sub "{{resolve:secretsmanager:${Stage}/db:SecretString:password}}"',
    "''",
    '"changeme"',
    '"${DB_PASSWORD}"',
])
def test_never_a_finding(engine, value):
    text = f"""
    AWSTemplateFormatVersion: "2010-09-09"
    Parameters:
      DbPassword:
        Type: String
        NoEcho: true
      Stage:
        Type: String
        Default: prod
    Resources:
      Db:
        Type: AWS::RDS::DBInstance
        Properties:
          MasterUserPassword: {value}
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              DB_PASSWORD: {value}
    """
    assert _iac(engine, "t.yaml", text) == []


def test_low_entropy_literal_in_a_secret_slot_is_a_finding(engine):
    text = """
    Resources:
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              DB_PASSWORD: Winter2024!
    """
    got = _iac(engine, "t.yaml", text)
    assert got == [("iac-cfn-literal-secret", 7, "Resources.Fn.Properties.Environment.Variables.DB_PASSWORD")]


def test_secret_line_inside_block_scalar_and_sub_string(engine):
    text = """
    AWSTemplateFormatVersion: "2010-09-09"
    Resources:
      Box:
        Type: AWS::EC2::Instance
        Properties:
          UserData:
            Fn::Base64: !Sub |
              #!/bin/bash
              set -e
              echo "${AWS::Region}"

              export API_TOKEN='Thistle-Down-3318'
    """
    found, _ = scan_text(engine, "t.yaml", textwrap.dedent(text).lstrip("\n"))
    f = [x for x in found if iac_rule(x) == "iac-userdata-secret"]
    assert len(f) == 1 and f[0].line == 12 and f[0].secret == "Thistle-Down-3318"
    assert "aws secretsmanager get-secret-value" in f[0].remediation


def test_userdata_join_reference_follows_to_default(engine):
    text = """
    {
      "AWSTemplateFormatVersion": "2010-09-09",
      "Parameters": {"AdminPw": {"Type": "String", "NoEcho": "true", "Default": "Cobalt-Sky-5512"}},
      "Resources": {
        "Box": {
          "Type": "AWS::AutoScaling::LaunchConfiguration",
          "Properties": {
            "UserData": {"Fn::Base64": {"Fn::Join": ["", ["#!/bin/bash\\n", "ADMIN_PASSWORD=", {"Ref": "AdminPw"}, "\\n"]]}}
          }
        }
      }
    }
    """
    assert _iac(engine, "t.json", text) == [("iac-cfn-parameter-default-secret", 3, "Parameters.AdminPw.Default")]


def test_ecs_and_codebuild_slots_and_their_remediation(engine):
    text = """
    Resources:
      Task:
        Type: AWS::ECS::TaskDefinition
        Properties:
          ContainerDefinitions:
            - Name: app
              Environment:
                - Name: API_KEY
                  Value: Birch-Bark-2290
      Build:
        Type: AWS::CodeBuild::Project
        Properties:
          Environment:
            EnvironmentVariables:
              - Name: DOCKERHUB_PASSWORD
                Value: Willow-Creek-8871
              - Name: SONAR_TOKEN
                Type: PARAMETER_STORE
                Value: /ci/sonar
    """
    found, _ = scan_text(engine, "t.yaml", textwrap.dedent(text).lstrip("\n"))
    by_rule = {iac_rule(f): f for f in found}
    assert set(by_rule) == {"iac-ecs-plaintext-env-secret", "iac-codebuild-plaintext-secret"}
    assert by_rule["iac-ecs-plaintext-env-secret"].line == 9
    assert "ValueFrom" in by_rule["iac-ecs-plaintext-env-secret"].remediation
    assert by_rule["iac-codebuild-plaintext-secret"].line == 16
    assert "SECRETS_MANAGER" in by_rule["iac-codebuild-plaintext-secret"].remediation


def test_parameter_file_and_samconfig_values_for_noecho_parameters(engine):
    params = '[{"ParameterKey": "MasterUserPassword", "ParameterValue": "Hollow-Oak-4471"}]\n'
    assert _iac(engine, "deploy/prod.json", params) == [
        ("iac-parameter-file-secret", 1, "[0].ParameterValue (MasterUserPassword)")]
    sam = 'version = 0.1\n[default.deploy.parameters]\nparameter_overrides = "Stage=prod DbPassword=\\"Hollow Oak 4471\\""\n'
    assert _iac(engine, "samconfig.toml", sam) == [
        ("iac-samconfig-secret", 3, "default.deploy.parameters.parameter_overrides.DbPassword")]
    sam_list = 'version = 0.1\n[default.deploy.parameters]\nparameter_overrides = [\n  "Stage=prod",\n  "DbPassword=Hollow-Oak-4471",\n]\n'
    assert _iac(engine, "samconfig.toml", sam_list) == [
        ("iac-samconfig-secret", 5, "default.deploy.parameters.parameter_overrides.DbPassword")]


def test_inline_allow_comment_suppresses_a_slot_finding(engine):
    text = """
    Resources:
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              DB_PASSWORD: Winter2024!  # credgate:allow=iac-cfn-literal-secret
    """
    assert _iac(engine, "t.yaml", text) == []


def test_pattern_and_slot_finding_of_the_same_secret_are_one(engine):
    import string

    key = "sk_live_" + "".join(rand.choice(string.ascii_letters + string.digits) for _ in range(24))
    text = f"""
    Resources:
      Api:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              STRIPE_KEY: {key}
    """
    found, _ = scan_text(engine, "t.yaml", textwrap.dedent(text).lstrip("\n"))
    assert len(found) == 1
    f = found[0]
    assert f.line == 7
    assert f.location.location_detail == "Resources.Api.Properties.Environment.Variables.STRIPE_KEY"
    assert {f.rule_id, f.extra.get("also_matched")} >= {"iac-cfn-literal-secret"}


def test_staged_scan_keeps_only_added_lines(engine):
    from credgate.models import Fragment

    text = textwrap.dedent("""
    Resources:
      Fn:
        Type: AWS::Lambda::Function
        Properties:
          Environment:
            Variables:
              DB_PASSWORD: Winter2024!
              API_TOKEN: Harvest-Moon-1144
    """).lstrip("\n").encode()
    found, _ = engine.scan(Fragment(path="t.yaml", data=text, source="staged", added_lines=frozenset({8})))
    assert [(f.line, f.secret) for f in found] == [(8, "Harvest-Moon-1144")]


def test_user_data_script_shapes(engine):
    script = [
        "#!/bin/bash",
        "echo 'DB_PASSWORD=Sparrow-Nest-2024' >> /etc/app.env",
        "cat <<EOF > /etc/app.json",
        "{",
        '  "password": "Heron-Lake-7777",',
        '  "user": "app"',
        "}",
        "EOF",
        "aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin "
        "111122223333.dkr.ecr.us-east-1.amazonaws.com",
        "myapp --db-password=Maple-Leaf-3030 --secret-id prod/db",
        "mysql -u root -pRiverStone42 -e 'select 1'",
        'TOKEN="$(aws ssm get-parameter --name /app/token --with-decryption --query Parameter.Value --output text)"',
    ]
    text = ("Resources:\n  Box:\n    Type: AWS::EC2::Instance\n    Properties:\n      UserData: !Base64 |\n"
            + "".join(f"        {line}\n" for line in script))
    found, _ = scan_text(engine, "t.yaml", text)
    got = sorted((f.line, f.secret) for f in found if iac_rule(f) == "iac-userdata-secret")
    assert got == [(7, "Sparrow-Nest-2024"), (10, "Heron-Lake-7777"), (15, "Maple-Leaf-3030"), (16, "RiverStone42")]
