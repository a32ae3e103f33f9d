#!/usr/bin/env python3
"""IaC probe: a literal credential in each secret-bearing slot of CloudFormation and Terraform (issue 17).

The CloudFormation slots come from the resource schemas cfn-lint ships (``cfnlint/data/schemas``): every string
property whose name says password/secret/token/key/credential (minus the names that hold a pointer or a setting:
``ClientToken``, ``HttpTokens``, ``TokenEndpoint``, ``...SecretArn``, ``PasswordParam``...), plus a few slots the
name does not show (``Passwords`` lists, Lambda/ECS environment, SSM ``Value``, Glue ``ConnectionProperties``).
The Terraform slots are listed below from the provider docs.  Each slot is written in every form:

    yaml-human / yaml-random / json-human / json-random       CloudFormation YAML and JSON, one literal
    (and -weak: Passw0rd12!, admin7: the common weak ones)
    tf-human / tf-random, tfvars-human, tfvars-json-human     Terraform, .tfvars and .tfvars.json
    decoys                                                  the right way: {{resolve:...}}, !Ref to a NoEcho
                                                            parameter, var.x, random_password.x.result, data...

A planted literal is ``block`` when found on its line at medium or above, ``weak`` below, ``miss`` not found;
a decoy file is ``fp`` when anything is reported in it.  ``python bench/probe_iac.py [--only miss|weak|fp]``.
Without cfn-lint installed only the Terraform half and the hand-listed CloudFormation slots run.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
# low-entropy passwords as people type them ("Harbor2024", "corvane99"): a word and a number, each used once
# (a value repeated across many files reads as a shared placeholder, which is another question)
WORDS = ("Harbor", "corvane", "Meadow", "quillfox", "Lantern", "juniper", "Cobalt", "tundra", "Falcon", "orchid",
         "Kestrel", "marlow", "Saffron", "brindle", "Copper", "wicket")
WEAK = ("Passw0rd", "Welcome", "admin", "Secret", "letmein", "P@ssw0rd", "Summer", "password")
FORMS = ("human", "weak", "random")
_NAME = re.compile(r"(password|secret|token|credential|passphrase|authkey|apikey|privatekey|accesskey|userdata)", re.I)
_POINTER = re.compile(
    r"(ClientToken|HttpTokens|TokenEndpoint\w*|TokenValidityUnits|Selection\w*|DkimDNSToken\w*|PasswordParam|"
    r"CredentialProvider\w*|ServiceToken|EventSourceToken|BillingToken|VersionToken|ValidationTokenHost|"
    r"PreTokenGeneration|SecretARN|SecretArn|SecretStringTemplate|AuthorizerCredentials|Credentials|"
    r"SqlServerCredentials|TokenValue|ActorTokenContent|RemovePrivateKey|UserDataOverride|"
    r"LaunchTemplateSpecificationUserData|Token|"
    r"\w*(?:Arn|Id|Name|Type|Url|Uri|Parameter|Provider|Version|ValueType|Mode|KeyId|KeyArn|Source|JsonKey|StringKey))$")
# slots whose name does not say secret, or which are lists / maps: (type, path, leaf sibling, kind)
EXTRA_CFN = [
    ("AWS::ElastiCache::User", "Passwords.[]"),
    ("AWS::MemoryDB::User", "AuthenticationMode.Passwords.[]"),
    ("AWS::Lambda::Function", "Environment.Variables.DB_PASSWORD"),
    ("AWS::Lambda::Function", "Environment.Variables.STRIPE_API_KEY"),
    ("AWS::Serverless::Function", "Environment.Variables.DB_PASSWORD"),
    ("AWS::Glue::Connection", "ConnectionInput.ConnectionProperties.PASSWORD"),
    ("AWS::SSM::Parameter", "Value"),
    ("AWS::ApiGateway::ApiKey", "Value"),
    ("AWS::DMS::Endpoint", "Password"),
    ("AWS::Neptune::DBCluster", "MasterUserPassword"),
]
ENV_LISTS = [  # name/value environment lists
    ("AWS::ECS::TaskDefinition", "ContainerDefinitions.[].Environment"),
    ("AWS::Batch::JobDefinition", "ContainerProperties.Environment"),
    ("AWS::CodeBuild::Project", "Environment.EnvironmentVariables"),
    ("AWS::AppRunner::Service", "SourceConfiguration.ImageRepository.ImageConfiguration.RuntimeEnvironmentVariables"),
]


def schema_slots() -> "list[tuple[str, str]]":
    try:
        import cfnlint
    except ImportError:
        return []
    base = os.path.join(os.path.dirname(cfnlint.__file__), "data", "schemas")
    if not os.path.exists(os.path.join(base, "providers", "us-east-1.json")):
        return []  # an older cfn-lint with another layout
    with open(os.path.join(base, "providers", "us-east-1.json")) as fh:
        prov = json.load(fh)

    def deref(schema: dict, v: dict) -> dict:
        for _ in range(5):
            ref = v.get("$ref", "") if isinstance(v, dict) else ""
            if not ref.startswith("#/definitions/"):
                break
            v = schema["definitions"][ref.split("/")[-1]]
        return v

    pointers: "list | None" = None

    def walk(schema: dict, node: dict, path: list, out: list, depth: int = 0) -> None:
        if depth > 8:
            return
        for k, v in deref(schema, node).get("properties", {}).items():
            vv = deref(schema, v)
            t = vv.get("type")
            if t == "array":
                it = deref(schema, vv.get("items", {}))
                if "properties" in it:
                    walk(schema, it, path + [k, "[]"], out, depth + 1)
            elif "properties" in vv:
                walk(schema, vv, path + [k], out, depth + 1)
            elif t in ("string", None, ["string"]) and _NAME.search(k) and not _POINTER.search(k):
                out.append(".".join(path + [k]))
            elif k in ("Token", "AccessToken", "RefreshToken", "JwtToken", "ApiToken", "SecretToken", "OauthToken",
                       "HECToken", "AzureBlobSasToken", "RepositoryAccessToken", "OAuthToken") and \
                    t in ("string", None):
                out.append(".".join(path + [k]))
            elif t in ("string", None, ["string"]) and _NAME.search(k) and pointers is not None:
                pointers.append(".".join(path + [k]))

    slots = []
    for rtype, fn in sorted(prov.items()):
        with open(os.path.join(base, "resources", fn + ".json")) as fh:
            schema = json.load(fh)
        out: list = []
        pointers = []
        walk(schema, schema, [], out)
        slots += [(rtype, p) for p in out]
        POINTER_SLOTS.extend((rtype, p) for p in pointers)
    return slots


POINTER_SLOTS: "list[tuple[str, str]]" = []  # filled by schema_slots: the pointer and setting names beside them


def pointer_value(leaf: str) -> str:
    """A realistic value for a slot whose name says it holds a pointer or a setting (decoy)."""
    low = leaf.lower()
    if low.endswith("arn"):
        return "arn:aws:secretsmanager:eu-west-1:111122223333:secret:prod/app/db-AbCdEf"
    if low.endswith(("keyid", "kmskeyid")):
        return "arn:aws:kms:eu-west-1:111122223333:key/1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
    if low.endswith(("url", "uri", "endpoint")):
        return "https://auth.corp.example/oauth2/token"
    if low.endswith("type"):
        return "SECRETS_MANAGER"
    if low.endswith(("parameter", "param")):
        return "/prod/app/db-password"
    if low.endswith("mode"):
        return "REQUIRED"
    if low.endswith(("version", "count")):
        return "2"
    if low.endswith("token") or low.endswith("tokens"):
        return "required"
    return "prod/app/db-credentials"


class Tag:
    def __init__(self, tag: str, value: str) -> None:
        self.tag, self.value = tag, value


def nest(path: str, leaf: object) -> dict:
    parts = path.split(".")
    if parts[-1] == "UserData" and isinstance(leaf, str) and not leaf.startswith("{{"):
        # a boot script that sets the credential, as user data does
        leaf = f"#!/bin/bash\nyum install -y mariadb\nexport DB_PASSWORD='{leaf}'\n/opt/app/bin/start\n"
    node: object = leaf
    for i in range(len(parts) - 1, -1, -1):
        if parts[i] == "[]":
            node = [node]
        else:
            sib = {}
            if parts[i] != "[]" and i == len(parts) - 1 and "Password" in parts[i] and parts[i] != "Password":
                sib[parts[i].replace("Password", "Username")] = "admin"
            elif parts[i] == "Password" and i == len(parts) - 1:
                sib["Username"] = "admin"
            if (path, i) == ("Value", 0):
                sib = {"Name": "/prod/app/db-password", "Type": "String"}
            node = {**sib, parts[i]: node}
    return node  # type: ignore[return-value]


def yaml_dump(node: object, ind: int = 0) -> str:
    pad = "  " * ind
    if isinstance(node, dict):
        out = ""
        for k, v in node.items():
            if isinstance(v, (dict, list)) and v:
                out += f"{pad}{k}:\n" + yaml_dump(v, ind + 1)
            elif isinstance(v, str) and "\n" in v:
                out += f"{pad}{k}: |\n" + "".join(f"{pad}  {ln}\n" for ln in v.splitlines())
            else:
                out += f"{pad}{k}: {yaml_scalar(v)}\n"
        return out
    if isinstance(node, list):
        out = ""
        for v in node:
            if isinstance(v, dict):
                body = yaml_dump(v, ind + 1)
                out += f"{pad}- " + body[len(pad) + 2:]
            else:
                out += f"{pad}- {yaml_scalar(v)}\n"
        return out
    return f"{pad}{yaml_scalar(node)}\n"


def yaml_scalar(v: object) -> str:
    if isinstance(v, Tag):
        return f"{v.tag} {v.value}"
    if isinstance(v, str) and (re.search(r"[{}:#%!&*\[\],'\"]", v) or v[:1] in "@`"):
        return "'" + v.replace("'", "''") + "'"
    return str(v)


def json_form(v: object) -> object:
    if isinstance(v, Tag):
        name = {"!Ref": "Ref", "!Sub": "Fn::Sub", "!GetAtt": "Fn::GetAtt", "!ImportValue": "Fn::ImportValue"}[v.tag]
        return {name: v.value.split(".") if v.tag == "!GetAtt" else v.value}
    if isinstance(v, dict):
        return {k: json_form(x) for k, x in v.items()}
    if isinstance(v, list):
        return [json_form(x) for x in v]
    return v


CFN_DECOYS = [
    "{{resolve:secretsmanager:prod/app/db:SecretString:password}}",
    Tag("!Ref", "DbPassword"),
    Tag("!Sub", "'{{resolve:secretsmanager:${AppSecret}:SecretString:password}}'"),
    "{{resolve:ssm-secure:/prod/app/db-password:3}}",
    Tag("!GetAtt", "AppSecret.Arn"),
    Tag("!ImportValue", "shared-db-password"),
]


def cfn_doc(rtype: str, path: str, value: object) -> dict:
    doc = {"AWSTemplateFormatVersion": "2010-09-09",
           "Parameters": {"DbPassword": {"Type": "String", "NoEcho": True}},
           "Resources": {"Target": {"Type": rtype, "Properties": nest(path, value)}}}
    if rtype.startswith("AWS::Serverless"):
        doc["Transform"] = "AWS::Serverless-2016-10-31"
    return doc


def cfn_env_doc(rtype: str, path: str, value: object) -> dict:
    item = [{"Name": "LOG_LEVEL", "Value": "info"}, {"Name": "DB_PASSWORD", "Value": value}]
    if "RuntimeEnvironmentVariables" in path:
        item = [{"Name": "LOG_LEVEL", "Value": "info"}, {"Name": "DB_PASSWORD", "Value": value}]
    parts = path.split(".")
    node = nest(".".join(parts), "X")

    def put(n: object) -> object:
        if isinstance(n, dict):
            return {k: (item if v == "X" else put(v)) for k, v in n.items()}
        if isinstance(n, list):
            return [put(x) for x in n]
        return n
    props = put(node)
    if rtype == "AWS::ECS::TaskDefinition":
        props["ContainerDefinitions"][0] = {"Name": "app", "Image": "nginx:1.25", **props["ContainerDefinitions"][0]}
    return {"AWSTemplateFormatVersion": "2010-09-09",
            "Parameters": {"DbPassword": {"Type": "String", "NoEcho": True}},
            "Resources": {"Target": {"Type": rtype, "Properties": props}}}


def dump(doc: dict, fmt: str) -> str:
    if fmt == "yaml":
        return yaml_dump(doc)
    return json.dumps(json_form(doc), indent=2) + "\n"


# Terraform: (resource type, block body with {v} where the secret goes)
TF = [
    ("aws_db_instance", 'engine = "postgres"\n  username = "app"\n  password = {v}'),
    ("aws_rds_cluster", 'engine = "aurora-postgresql"\n  master_username = "app"\n  master_password = {v}'),
    ("aws_docdb_cluster", 'master_username = "app"\n  master_password = {v}'),
    ("aws_neptune_cluster", 'engine = "neptune"\n  iam_database_authentication_enabled = false\n'
     '  master_password = {v}'),
    ("aws_redshift_cluster", 'master_username = "app"\n  master_password = {v}'),
    ("aws_redshiftserverless_namespace", 'admin_username = "app"\n  admin_user_password = {v}'),
    ("aws_lightsail_database", 'master_username = "app"\n  master_password = {v}'),
    ("aws_mq_broker", 'broker_name = "q"\n  user {{\n    username = "app"\n    password = {v}\n  }}'),
    ("aws_directory_service_directory", 'name = "corp.example.com"\n  password = {v}\n  size = "Small"'),
    ("aws_dms_endpoint", 'endpoint_type = "source"\n  engine_name = "mysql"\n  username = "app"\n  password = {v}'),
    ("aws_elasticache_user", 'user_id = "app"\n  user_name = "app"\n  engine = "REDIS"\n  passwords = [{v}]'),
    ("aws_elasticache_replication_group", 'transit_encryption_enabled = true\n  auth_token = {v}'),
    ("aws_memorydb_user", 'user_name = "app"\n  authentication_mode {{\n    type = "password"\n'
     '    passwords = [{v}]\n  }}'),
    ("aws_opensearch_domain", 'domain_name = "logs"\n  advanced_security_options {{\n    enabled = true\n'
     '    master_user_options {{\n      master_user_name = "admin"\n      master_user_password = {v}\n    }}\n  }}'),
    ("aws_elasticsearch_domain", 'domain_name = "logs"\n  advanced_security_options {{\n    enabled = true\n'
     '    master_user_options {{\n      master_user_name = "admin"\n      master_user_password = {v}\n    }}\n  }}'),
    ("aws_glue_connection", 'name = "jdbc"\n  connection_properties = {{\n    JDBC_CONNECTION_URL = '
     '"jdbc:mysql://db.corp.example:3306/app"\n    USERNAME = "app"\n    PASSWORD = {v}\n  }}'),
    ("aws_cloudwatch_event_connection", 'name = "crm"\n  authorization_type = "BASIC"\n  auth_parameters {{\n'
     '    basic {{\n      username = "app"\n      password = {v}\n    }}\n  }}'),
    ("aws_cloudwatch_event_connection", 'name = "crm"\n  authorization_type = "API_KEY"\n  auth_parameters {{\n'
     '    api_key {{\n      key = "x-api-key"\n      value = {v}\n    }}\n  }}'),
    ("aws_amplify_app", 'name = "web"\n  enable_basic_auth = true\n  basic_auth_credentials = base64encode("admin:{raw}")'),
    ("aws_amplify_app", 'name = "web"\n  access_token = {v}'),
    ("aws_datasync_location_smb", 'server_hostname = "fs.corp.example"\n  subdirectory = "/share"\n'
     '  user = "svc"\n  password = {v}'),
    ("aws_datasync_location_object_storage", 'server_hostname = "minio.corp.example"\n  bucket_name = "b"\n'
     '  access_key = var.minio_access_key\n  secret_key = {v}'),
    ("aws_fsx_windows_file_system", 'storage_capacity = 32\n  self_managed_active_directory {{\n'
     '    dns_ips = ["10.0.0.1"]\n    domain_name = "corp.example.com"\n    username = "Admin"\n    password = {v}\n  }}'),
    ("aws_fsx_ontap_file_system", 'storage_capacity = 1024\n  fsx_admin_password = {v}'),
    ("aws_fsx_ontap_storage_virtual_machine", 'name = "svm"\n  svm_admin_password = {v}'),
    ("aws_transfer_user", 'server_id = "s-1"\n  user_name = "u"\n  role = "arn:aws:iam::123456789012:role/t"\n'
     '  tags = {{ password = {v} }}'),
    ("aws_codebuild_source_credential", 'auth_type = "PERSONAL_ACCESS_TOKEN"\n  server_type = "GITHUB"\n  token = {v}'),
    ("aws_codepipeline_webhook", 'authentication = "GITHUB_HMAC"\n  authentication_configuration {{\n'
     '    secret_token = {v}\n  }}'),
    ("aws_cognito_identity_provider", 'provider_name = "Google"\n  provider_type = "Google"\n  provider_details = {{\n'
     '    client_id = "1234.apps.googleusercontent.com"\n    client_secret = {v}\n    authorize_scopes = "email"\n  }}'),
    ("aws_quicksight_data_source", 'data_source_id = "ds"\n  credentials {{\n    credential_pair {{\n'
     '      username = "app"\n      password = {v}\n    }}\n  }}'),
    ("aws_ssm_parameter", 'name = "/app/db"\n  type = "SecureString"\n  value = {v}'),
    ("aws_secretsmanager_secret_version", 'secret_id = aws_secretsmanager_secret.app.id\n  secret_string = {v}'),
    ("aws_iam_user_login_profile", 'user = "u"\n  password_length = 20\n  tags = {{ initial_password = {v} }}'),
    ("aws_lambda_function", 'function_name = "f"\n  environment {{\n    variables = {{\n      LOG_LEVEL = "info"\n'
     '      DB_PASSWORD = {v}\n    }}\n  }}'),
    ("aws_emr_cluster", 'name = "emr"\n  kerberos_attributes {{\n    realm = "EC2.INTERNAL"\n    kdc_admin_password = {v}\n  }}'),
    ("aws_appflow_connector_profile", 'name = "sf"\n  connector_profile_config {{\n    connector_profile_credentials {{\n'
     '      snowflake {{\n        username = "app"\n        password = {v}\n      }}\n    }}\n  }}'),
    ("aws_timestreaminfluxdb_db_instance", 'name = "influx"\n  username = "admin"\n  password = {v}'),
    ("aws_connect_user", 'name = "agent"\n  password = {v}'),
    ("aws_kinesis_firehose_delivery_stream", 'name = "s"\n  destination = "splunk"\n  splunk_configuration {{\n'
     '    hec_endpoint = "https://splunk.corp.example:8088"\n    hec_token = {v}\n  }}'),
    ("kubernetes_secret", 'metadata {{\n    name = "db"\n  }}\n  data = {{\n    password = {v}\n  }}'),
    ("helm_release", 'name = "app"\n  chart = "app"\n  set_sensitive {{\n    name = "db.password"\n    value = {v}\n  }}'),
    ("helm_release", 'name = "app"\n  chart = "app"\n  set {{\n    name = "auth.rootPassword"\n    value = {v}\n  }}'),
]
TF_PROVIDERS = [
    ("postgresql", 'host = "db.corp.example"\n  username = "admin"\n  password = {v}'),
    ("mysql", 'endpoint = "db.corp.example:3306"\n  username = "admin"\n  password = {v}'),
    ("github", 'owner = "corp"\n  token = {v}'),
    ("datadog", 'api_key = {v}'),
    ("grafana", 'url = "https://grafana.corp.example"\n  auth = {v}'),
    ("vault", 'address = "https://vault.corp.example"\n  token = {v}'),
    ("aws", 'region = "us-east-1"\n  access_key = "AKIAEXAMPLE"\n  secret_key = {v}'),
]
TF_DECOYS = ["var.db_password", "random_password.db.result", "data.aws_secretsmanager_secret_version.db.secret_string",
             'jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]', "local.db_password",
             '"${var.db_password}"', "sensitive(var.db_password)", "data.vault_generic_secret.db.data[\"password\"]",
             "module.secrets.db_password", "ephemeral.random_password.db.result"]


# real-world shapes beyond one property: each holds {pw} once (planted) or only references (decoys)
_CFN_HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\n'
SHAPES = [
    ("cfn-noecho-default", "stacks/db.yaml", _CFN_HEAD + "Parameters:\n  DbPassword:\n    Type: String\n"
     "    NoEcho: true\n    Default: {pw}\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
     "      MasterUsername: app\n      MasterUserPassword: !Ref DbPassword\n"),
    ("cfn-sub-connection-url", "stacks/api.yaml", _CFN_HEAD + "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
     "    Properties:\n      Runtime: python3.12\n      Environment:\n        Variables:\n"
     "          DATABASE_URL: !Sub 'postgresql://app:{pw}@${{Db.Endpoint.Address}}:5432/app'\n"),
    ("cfn-findinmap", "stacks/map.yaml", _CFN_HEAD + "Mappings:\n  EnvConfig:\n    prod:\n      DbPassword: {pw}\n"
     "Resources:\n  Db:\n    Type: AWS::RDS::DBCluster\n    Properties:\n      Engine: aurora-mysql\n"
     "      MasterUsername: app\n      MasterUserPassword: !FindInMap [EnvConfig, prod, DbPassword]\n"),
    ("cfn-if-literal", "stacks/if.yaml", _CFN_HEAD + "Conditions:\n  IsProd: !Equals [!Ref AWS::AccountId, '111122223333']\n"
     "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUsername: app\n"
     "      MasterUserPassword: !If [IsProd, '{{{{resolve:secretsmanager:prod/db:SecretString:password}}}}', {pw}]\n"),
    ("sam-globals-env", "sam/template.yaml", _CFN_HEAD + "Transform: AWS::Serverless-2016-10-31\nGlobals:\n"
     "  Function:\n    Runtime: nodejs20.x\n    Environment:\n      Variables:\n        API_TOKEN: {pw}\n"
     "Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: index.handler\n"),
    ("cfn-secretstring-json", "stacks/secret.yaml", _CFN_HEAD + "Resources:\n  S:\n    Type: AWS::SecretsManager::Secret\n"
     "    Properties:\n      SecretString: '{{\"username\": \"app\", \"password\": \"{pw}\"}}'\n"),
    ("cfn-emr-hive-site", "stacks/emr.yaml", _CFN_HEAD + "Resources:\n  C:\n    Type: AWS::EMR::Cluster\n    Properties:\n"
     "      Configurations:\n        - Classification: hive-site\n          ConfigurationProperties:\n"
     "            javax.jdo.option.ConnectionUserName: hive\n            javax.jdo.option.ConnectionPassword: {pw}\n"),
    ("cfn-beanstalk-option", "stacks/eb.yaml", _CFN_HEAD + "Resources:\n  E:\n    Type: AWS::ElasticBeanstalk::Environment\n"
     "    Properties:\n      OptionSettings:\n        - Namespace: aws:elasticbeanstalk:application:environment\n"
     "          OptionName: DB_PASSWORD\n          Value: {pw}\n"),
    ("cfn-codepipeline-oauth", "stacks/pipe.yaml", _CFN_HEAD + "Resources:\n  P:\n    Type: AWS::CodePipeline::Pipeline\n"
     "    Properties:\n      Stages:\n        - Name: Source\n          Actions:\n            - Name: GitHub\n"
     "              ActionTypeId: {{Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}}\n"
     "              Configuration:\n                Owner: corp\n                Repo: app\n                Branch: main\n"
     "                OAuthToken: {pw}\n"),
    ("cfn-glue-job-args", "stacks/glue.yaml", _CFN_HEAD + "Resources:\n  J:\n    Type: AWS::Glue::Job\n    Properties:\n"
     "      Command: {{Name: glueetl, ScriptLocation: 's3://b/job.py'}}\n      DefaultArguments:\n"
     "        '--db_user': etl\n        '--db_password': {pw}\n"),
    ("cfn-ecs-command", "stacks/task.yaml", _CFN_HEAD + "Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n"
     "    Properties:\n      ContainerDefinitions:\n        - Name: job\n          Image: corp/job:1\n"
     "          Command: ['python', 'job.py', '--db-password', '{pw}']\n"),
    ("cfn-init-file", "stacks/init.yaml", _CFN_HEAD + "Resources:\n  I:\n    Type: AWS::EC2::Instance\n    Metadata:\n"
     "      AWS::CloudFormation::Init:\n        config:\n          files:\n            /etc/app.env:\n"
     "              content: |\n                DB_HOST=db.internal\n                DB_PASSWORD={pw}\n"
     "    Properties:\n      ImageId: ami-0abcdef1234567890\n"),
    ("cfn-iam-loginprofile", "stacks/iam.yaml", _CFN_HEAD + "Resources:\n  U:\n    Type: AWS::IAM::User\n    Properties:\n"
     "      LoginProfile:\n        Password: {pw}\n        PasswordResetRequired: true\n"),
    ("cfn-json-noecho-default", "stacks/db.json", '{{\n  "Parameters": {{\n    "MasterPassword": {{\n      "Type": "String",\n'
     '      "NoEcho": true,\n      "Default": "{pw}"\n    }}\n  }},\n  "Resources": {{\n    "Db": {{\n'
     '      "Type": "AWS::RDS::DBInstance",\n      "Properties": {{"MasterUserPassword": {{"Ref": "MasterPassword"}}}}\n'
     '    }}\n  }}\n}}\n'),
    ("serverless-env", "svc/serverless.yml", "service: orders\nprovider:\n  name: aws\n  runtime: nodejs20.x\n"
     "  environment:\n    STAGE: ${{sls:stage}}\n    DB_PASSWORD: {pw}\n"),
    ("serverless-custom", "svc2/serverless.yml", "service: billing\ncustom:\n  db:\n    user: billing\n"
     "    password: {pw}\nprovider:\n  name: aws\n"),
    ("ecs-taskdef-json", "deploy/taskdef.json", '{{\n  "family": "api",\n  "containerDefinitions": [\n    {{\n'
     '      "name": "api",\n      "image": "corp/api:1",\n      "environment": [\n'
     '        {{"name": "LOG_LEVEL", "value": "info"}},\n        {{"name": "DB_PASSWORD", "value": "{pw}"}}\n'
     '      ]\n    }}\n  ]\n}}\n'),
    ("k8s-secret-stringdata", "k8s/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n"
     "type: Opaque\nstringData:\n  username: app\n  password: {pw}\n"),
    ("k8s-deployment-env", "k8s/deploy.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n"
     "  template:\n    spec:\n      containers:\n        - name: api\n          image: corp/api:1\n          env:\n"
     "            - name: DB_PASSWORD\n              value: {pw}\n"),
    ("helm-values", "charts/app/values.yaml", "postgresql:\n  auth:\n    username: app\n    password: {pw}\n"
     "    database: app\n"),
    ("compose-env-list", "docker-compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n"
     "      - POSTGRES_USER=app\n      - POSTGRES_PASSWORD={pw}\n"),
    ("compose-env-map", "ops/compose.yaml", "services:\n  db:\n    image: mysql:8\n    environment:\n"
     "      MYSQL_ROOT_PASSWORD: {pw}\n"),
    ("dockerfile-env", "images/api/Dockerfile", "FROM python:3.12-slim\nENV DB_PASSWORD={pw}\nCMD [\"python\", \"app.py\"]\n"),
    ("buildspec-env", "buildspec.yml", "version: 0.2\nenv:\n  variables:\n    NPM_TOKEN: {pw}\nphases:\n  build:\n"
     "    commands:\n      - npm ci\n"),
    ("ebextensions", ".ebextensions/env.config", "option_settings:\n  aws:elasticbeanstalk:application:environment:\n"
     "    DB_PASSWORD: {pw}\n"),
    ("tf-locals", "tf/locals.tf", 'locals {{\n  db_password = "{pw}"\n  region      = "eu-west-1"\n}}\n'),
    ("tf-variable-default", "tf/variables.tf", 'variable "admin_password" {{\n  type    = string\n  default = "{pw}"\n}}\n'),
    ("tf-multiline-list", "tf/redis.tf", 'resource "aws_elasticache_user" "app" {{\n  user_id   = "app"\n'
     '  user_name = "app"\n  engine    = "REDIS"\n  passwords = [\n    "{pw}",\n  ]\n}}\n'),
    ("tf-container-jsonencode", "tf/ecs.tf", 'resource "aws_ecs_task_definition" "api" {{\n  family = "api"\n'
     '  container_definitions = jsonencode([{{\n    name  = "api"\n    image = "corp/api:1"\n    environment = [\n'
     '      {{ name = "LOG_LEVEL", value = "info" }},\n      {{ name = "DB_PASSWORD", value = "{pw}" }},\n    ]\n  }}])\n}}\n'),
    ("tf-container-heredoc", "tf/ecs2.tf", 'resource "aws_ecs_task_definition" "w" {{\n  family = "w"\n'
     '  container_definitions = <<EOF\n[\n  {{\n    "name": "w",\n    "image": "corp/w:1",\n    "environment": [\n'
     '      {{"name": "API_TOKEN", "value": "{pw}"}}\n    ]\n  }}\n]\nEOF\n}}\n'),
    ("tf-kubernetes-secret", "tf/k8s.tf", 'resource "kubernetes_secret" "db" {{\n  metadata {{\n    name = "db"\n  }}\n'
     '  data = {{\n    username = "app"\n    password = "{pw}"\n  }}\n}}\n'),
    ("tf-connection-string", "tf/app.tf", 'resource "azurerm_linux_web_app" "a" {{\n  connection_string {{\n'
     '    name  = "Default"\n    type  = "SQLAzure"\n'
     '    value = "Server=tcp:db.corp.example,1433;User ID=app;Password={pw};"\n  }}\n}}\n'),
    ("tf-userdata-heredoc", "tf/ec2.tf", 'resource "aws_instance" "a" {{\n  ami = "ami-0abcdef1234567890"\n'
     '  user_data = <<-EOT\n    #!/bin/bash\n    export DB_PASSWORD="{pw}"\n    /opt/app/start\n  EOT\n}}\n'),
    ("tf-remote-exec", "tf/prov.tf", 'resource "null_resource" "seed" {{\n  provisioner "remote-exec" {{\n'
     '    inline = ["mysql -u root -p{pw} -e \'source /tmp/seed.sql\'"]\n  }}\n}}\n'),
    ("tfvars-nested-map", "env/prod.tfvars", 'region = "eu-west-1"\ndb = {{\n  username = "app"\n  password = "{pw}"\n}}\n'),
    ("terragrunt-inputs", "live/prod/db/terragrunt.hcl", 'terraform {{\n  source = "../../modules/db"\n}}\n'
     'inputs = {{\n  db_name     = "app"\n  db_password = "{pw}"\n}}\n'),
    ("tf-module-arg", "tf/mod.tf", 'module "db" {{\n  source          = "terraform-aws-modules/rds/aws"\n'
     '  username        = "app"\n  password        = "{pw}"\n}}\n'),
    ("samconfig-params-list", "sam2/samconfig.toml", 'version = 0.1\n[default.deploy.parameters]\n'
     'parameter_overrides = ["Env=prod", "DbPassword={pw}"]\n'),
    ("cfn-params-yaml", "params/prod.yaml", "Parameters:\n  Env: prod\n  DbPassword: {pw}\n"),
]
SHAPES2 = [
    ("k8s-secret-data-b64", "k8s/secret-b64.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\n"
     "type: Opaque\ndata:\n  password: {b64}\n"),
    ("compose-command-requirepass", "compose/docker-compose.yml", "services:\n  redis:\n    image: redis:7\n"
     "    command: redis-server --requirepass {pw}\n"),
    ("tf-connection-block", "tf/conn.tf", 'resource "null_resource" "n" {{\n  connection {{\n    type     = "winrm"\n'
     '    user     = "Administrator"\n    password = "{pw}"\n    host     = "10.0.0.5"\n  }}\n}}\n'),
    ("tf-templatefile-map", "tf/tpl.tf", 'resource "aws_instance" "a" {{\n  ami = "ami-0abcdef1234567890"\n'
     '  user_data = templatefile("${{path.module}}/init.sh", {{ db_user = "app", db_password = "{pw}" }})\n}}\n'),
    ("tf-dockerconfig", "tf/regcred.tf", 'resource "kubernetes_secret" "regcred" {{\n  type = "kubernetes.io/dockerconfigjson"\n'
     '  data = {{\n    ".dockerconfigjson" = jsonencode({{\n      auths = {{\n        "registry.corp.example" = {{\n'
     '          auth = base64encode("deploy:{pw}")\n        }}\n      }}\n    }})\n  }}\n}}\n'),
    ("cfn-nested-stack-params", "stacks/parent.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'
     "  Db:\n    Type: AWS::CloudFormation::Stack\n    Properties:\n      TemplateURL: https://s3.amazonaws.com/b/db.yaml\n"
     "      Parameters:\n        Env: prod\n        DbPassword: {pw}\n"),
    ("sam-application-params", "sam3/template.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\n'
     "Transform: AWS::Serverless-2016-10-31\nResources:\n  App:\n    Type: AWS::Serverless::Application\n"
     "    Properties:\n      Location: ./db/template.yaml\n      Parameters:\n        MasterUserPassword: {pw}\n"),
    ("cfn-sfn-substitutions", "stacks/sfn.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'
     "  M:\n    Type: AWS::StepFunctions::StateMachine\n    Properties:\n      DefinitionS3Location: {{Bucket: b, Key: sm.json}}\n"
     "      DefinitionSubstitutions:\n        Region: eu-west-1\n        ApiToken: {pw}\n"),
    ("cfn-glue-jdbc-url", "stacks/gluec.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n'
     "  C:\n    Type: AWS::Glue::Connection\n    Properties:\n      CatalogId: !Ref AWS::AccountId\n"
     "      ConnectionInput:\n        ConnectionType: JDBC\n        ConnectionProperties:\n"
     "          JDBC_CONNECTION_URL: 'jdbc:mysql://db.corp.example:3306/app?user=app&password={pw}'\n"),
    ("cfn-sub-env-mixed", "stacks/sub.yaml", 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  F:\n'
     "    Type: AWS::Lambda::Function\n    Properties:\n      Environment:\n        Variables:\n"
     "          SMTP_PASSWORD: !Sub '{pw}'\n"),
    ("cfn-json-sub-url", "stacks/url.json", '{{\n  "Resources": {{\n    "F": {{\n      "Type": "AWS::Lambda::Function",\n'
     '      "Properties": {{\n        "Environment": {{\n          "Variables": {{\n'
     '            "MONGO_URI": {{"Fn::Sub": "mongodb://app:{pw}@${{Cluster.Endpoint}}:27017/app"}}\n'
     '          }}\n        }}\n      }}\n    }}\n  }}\n}}\n'),
    ("tf-eb-setting", "tf/eb.tf", 'resource "aws_elastic_beanstalk_environment" "e" {{\n  name = "e"\n  setting {{\n'
     '    namespace = "aws:elasticbeanstalk:application:environment"\n    name      = "DB_PASSWORD"\n'
     '    value     = "{pw}"\n  }}\n}}\n'),
    ("tf-lambda-env-oneline", "tf/fn.tf", 'resource "aws_lambda_function" "f" {{\n  function_name = "f"\n'
     '  environment {{\n    variables = {{ STAGE = "prod", API_TOKEN = "{pw}" }}\n  }}\n}}\n'),
    ("tf-rds-connection-url", "tf/url.tf", 'locals {{\n  database_url = "postgres://app:{pw}@${{aws_db_instance.db.address}}:5432/app"\n}}\n'),
]
DECOY_SHAPES = [
    ("tf-pointer-pairs", "tf/pointers.tf", 'resource "aws_codebuild_project" "p" {\n  name = "p"\n  environment {\n    compute_type = "BUILD_GENERAL1_SMALL"\n    environment_variable {\n      name  = "DB_PASSWORD"\n      type  = "SECRETS_MANAGER"\n      value = "prod/db:password"\n    }\n    environment_variable {\n      name  = "NPM_TOKEN"\n      value = "npm-token-param"\n      type  = "PARAMETER_STORE"\n    }\n    environment_variable {\n      name  = "API_TOKEN"\n      type  = "PARAMETER_STORE"\n      value = "/ci/api_token"\n    }\n  }\n}\nresource "aws_cognito_user_pool_client" "c" {\n  name = "web"\n  token_validity_units {\n    access_token  = "hours"\n    id_token      = "hours"\n    refresh_token = "days"\n  }\n}\nresource "kubernetes_deployment" "d" {\n  spec {\n    template {\n      spec {\n        container {\n          env {\n            name = "DB_PASSWORD"\n            value_from {\n              secret_key_ref {\n                name = "db"\n                key  = "password"\n              }\n            }\n          }\n          env {\n            name  = "LOG_LEVEL"\n            value = "debug"\n          }\n        }\n      }\n    }\n  }\n}\nresource "aws_ecs_task_definition" "t" {\n  container_definitions = jsonencode([{\n    secrets = [{ name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.db.arn }]\n  }])\n}\nresource "aws_apprunner_service" "s" {\n  source_configuration {\n    image_repository {\n      image_configuration {\n        runtime_environment_secrets = {\n          DB_PASSWORD = "arn:aws:secretsmanager:eu-west-1:111122223333:secret:db-AbCdEf"\n        }\n      }\n    }\n  }\n}\n'),
    ("tf-helm-existing-secret", "tf/helm.tf", 'resource "helm_release" "pg" {\n  name  = "pg"\n  chart = "postgresql"\n  set {\n    name  = "auth.existingSecret"\n    value = "db-credentials"\n  }\n  set {\n    name  = "auth.secretKeys.adminPasswordKey"\n    value = "postgres-password"\n  }\n  set {\n    name  = "redis.auth.existingSecretPasswordKey"\n    value = "redis-password"\n  }\n  set {\n    name  = "global.postgresql.auth.existingSecret"\n    value = "pg-auth"\n  }\n  set {\n    name  = "auth.existingSecret"\n    value = "platform-db-credentials-v2"\n  }\n}\n'),
    ("cfn-resolve-join", "stacks/join.yaml", _CFN_HEAD + "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n"
     "    Properties:\n      MasterUsername: app\n      MasterUserPassword: !Join ['', ['{{resolve:secretsmanager:', "
     "!Ref DbSecret, ':SecretString:password}}']]\n"),
    ("cfn-managed-password", "stacks/managed.yaml", _CFN_HEAD + "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n"
     "    Properties:\n      MasterUsername: app\n      ManageMasterUserPassword: true\n"),
    ("cfn-generate-secret", "stacks/gen.yaml", _CFN_HEAD + "Resources:\n  S:\n    Type: AWS::SecretsManager::Secret\n"
     "    Properties:\n      GenerateSecretString:\n        SecretStringTemplate: '{\"username\": \"app\"}'\n"
     "        GenerateStringKey: password\n        PasswordLength: 32\n        ExcludeCharacters: '\"@/\\'\n"),
    ("cfn-noecho-no-default", "stacks/p.yaml", _CFN_HEAD + "Parameters:\n  DbPassword:\n    Type: String\n"
     "    NoEcho: true\n    MinLength: 12\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
     "      MasterUserPassword: !Ref DbPassword\n"),
    ("cfn-ssm-param-type", "stacks/ssm.yaml", _CFN_HEAD + "Parameters:\n  DbPassword:\n"
     "    Type: AWS::SSM::Parameter::Value<String>\n    Default: /prod/db/password\nResources:\n  Db:\n"
     "    Type: AWS::RDS::DBInstance\n    Properties:\n      MasterUserPassword: !Ref DbPassword\n"),
    ("cfn-ecs-secrets", "stacks/ecs.yaml", _CFN_HEAD + "Resources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n"
     "    Properties:\n      ContainerDefinitions:\n        - Name: api\n          Image: corp/api:1\n"
     "          Secrets:\n            - Name: DB_PASSWORD\n              ValueFrom: !Ref DbSecret\n"
     "            - Name: API_TOKEN\n              ValueFrom: arn:aws:ssm:eu-west-1:111122223333:parameter/api/token\n"),
    ("cfn-codebuild-secrets-manager", "stacks/cb.yaml", _CFN_HEAD + "Resources:\n  B:\n    Type: AWS::CodeBuild::Project\n"
     "    Properties:\n      Environment:\n        EnvironmentVariables:\n          - Name: NPM_TOKEN\n"
     "            Type: SECRETS_MANAGER\n            Value: ci/npm:token\n"),
    ("serverless-ssm", "svc3/serverless.yml", "service: s\nprovider:\n  name: aws\n  environment:\n"
     "    DB_PASSWORD: ${ssm:/prod/db/password}\n    API_TOKEN: ${env:API_TOKEN}\n"
     "    STRIPE_KEY: ${self:custom.stripeKey}\n    JWT_SECRET: ${file(./secrets.yml):jwt}\n"),
    ("k8s-secretkeyref", "k8s/ok.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n"
     "  template:\n    spec:\n      containers:\n        - name: api\n          image: corp/api:1\n          env:\n"
     "            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef:\n"
     "                  name: db\n                  key: password\n"),
    ("helm-template-ref", "charts/app/templates/secret.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n"
     "  name: {{ .Release.Name }}\nstringData:\n  password: {{ .Values.auth.password | quote }}\n"
     "  token: {{ required \"token\" .Values.token }}\n"),
    ("compose-interp", "compose.yml", "services:\n  db:\n    image: postgres:16\n    environment:\n"
     "      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set it}\n      POSTGRES_PASSWORD_FILE: /run/secrets/db\n"),
    ("tf-refs", "tf/ok.tf", 'resource "aws_db_instance" "a" {\n  username = "app"\n'
     '  password = try(var.db_password, null)\n}\nresource "aws_rds_cluster" "b" {\n'
     '  master_password = coalesce(var.master_password, random_password.db.result)\n}\n'
     'resource "aws_redshift_cluster" "c" {\n  master_password = lookup(var.secrets, "redshift")\n}\n'
     'resource "aws_mq_broker" "d" {\n  user {\n    username = "app"\n    password = each.value.password\n  }\n}\n'
     'resource "aws_docdb_cluster" "e" {\n  master_password = "${random_password.docdb.result}"\n}\n'
     'resource "aws_db_instance" "f" {\n  manage_master_user_password = true\n  password_wo = var.pw\n'
     '  password_wo_version = 1\n}\n'),
    ("tf-file-ref", "tf/file.tf", 'resource "aws_directory_service_directory" "d" {\n  name = "corp.example.com"\n'
     '  password = file("${path.module}/secrets/ad.txt")\n}\n'),
    ("tfvars-null", "env/ok.tfvars", 'db_password = null\napi_token = ""\nadmin_password = "CHANGE_ME"\n'),
    ("tf-sensitive-var", "tf/vars.tf", 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n'
     'variable "password_length" {\n  default = 24\n}\n'),
    ("tf-random-password", "tf/rand.tf", 'resource "random_password" "db" {\n  length  = 24\n  special = true\n'
     '  override_special = "!#$%&*()-_=+[]{}<>:?"\n}\n'),
    ("cfn-params-refs", "params/ok.json", '[\n  {"ParameterKey": "DbPassword", "ParameterValue": "{{resolve:ssm-secure:/prod/db}}"},\n'
     '  {"ParameterKey": "ApiTokenArn", "ParameterValue": "arn:aws:secretsmanager:eu-west-1:111122223333:secret:api-AbCdEf"},\n'
     '  {"ParameterKey": "DbPasswordParam", "ParameterValue": "/prod/db/password"}\n]\n'),
]


def random_pw(rng: random.Random, n: int = 20) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rng.choice(alphabet) for _ in range(n))


def cases(rng: random.Random) -> "tuple[list, list]":
    """(planted, decoys): planted = (name, rel, text, secret); decoys = (name, rel, text)."""
    planted: list = []
    decoys: list = []
    used: set = set()

    def human() -> str:
        while True:
            s = rng.choice(WORDS) + str(rng.choice((rng.randrange(1970, 2030), rng.randrange(1, 100))))
            if s not in used:
                used.add(s)
                return s

    def weak() -> str:
        # a weak password from the lists attackers try first, made unique by its number
        while True:
            s = rng.choice(WEAK) + str(rng.randrange(1, 999)) + rng.choice(("", "!", "#"))
            if s not in used:
                used.add(s)
                return s

    def pick(form: str) -> str:
        return human() if form == "human" else weak() if form == "weak" else random_pw(rng)

    slots = [(t, p, "plain") for t, p in schema_slots()] + [(t, p, "plain") for t, p in EXTRA_CFN] + \
        [(t, p, "env") for t, p in ENV_LISTS]
    seen = set()
    for rtype, path, kind in slots:
        if (rtype, path) in seen:
            continue
        seen.add((rtype, path))
        slug = re.sub(r"[^A-Za-z0-9]+", "-", rtype.split("::", 1)[1] + "-" + path.replace("[]", "")).strip("-").lower()
        build = cfn_env_doc if kind == "env" else cfn_doc
        for fmt in ("yaml", "json"):
            for form in FORMS:
                secret = pick(form)
                text = dump(build(rtype, path, secret), fmt)
                planted.append((f"cfn-{fmt}-{form} {rtype} {path}", f"cfn/{fmt}/{form}/{slug}.{fmt}", text, secret))
            for i, dv in enumerate(CFN_DECOYS):
                decoys.append((f"cfn-{fmt}-decoy{i} {rtype} {path}", f"cfn/{fmt}/decoy{i}/{slug}.{fmt}",
                               dump(build(rtype, path, dv), fmt)))
    for rtype, path in POINTER_SLOTS:
        slug = re.sub(r"[^A-Za-z0-9]+", "-", rtype.split("::", 1)[1] + "-" + path.replace("[]", "")).strip("-").lower()
        value = pointer_value(path.rsplit(".", 1)[-1])
        for fmt in ("yaml", "json"):
            decoys.append((f"cfn-{fmt}-pointer {rtype} {path}", f"cfn/{fmt}/pointer/{slug}.{fmt}",
                           dump(cfn_doc(rtype, path, value), fmt)))
    for i, (rtype, body) in enumerate(TF):
        for form in FORMS:
            secret = pick(form)
            text = f'resource "{rtype}" "main" {{\n  ' + body.format(v=f'"{secret}"', raw=secret) + "\n}\n"
            planted.append((f"tf-{form} {rtype}#{i}", f"terraform/{form}/{rtype}_{i}.tf", text, secret))
        for j, dv in enumerate(TF_DECOYS):
            if "{raw}" in body:
                continue
            text = f'resource "{rtype}" "main" {{\n  ' + body.format(v=dv, raw="") + "\n}\n"
            decoys.append((f"tf-decoy{j} {rtype}#{i}", f"terraform/decoy{j}/{rtype}_{i}.tf", text))
    for i, (prov, body) in enumerate(TF_PROVIDERS):
        for form in FORMS:
            secret = pick(form)
            text = f'provider "{prov}" {{\n  ' + body.format(v=f'"{secret}"') + "\n}\n"
            planted.append((f"tf-provider-{form} {prov}", f"terraform/providers-{form}/{prov}.tf", text, secret))
        for j, dv in enumerate(TF_DECOYS[:3]):
            text = f'provider "{prov}" {{\n  ' + body.format(v=dv) + "\n}\n"
            decoys.append((f"tf-provider-decoy{j} {prov}", f"terraform/providers-decoy{j}/{prov}.tf", text))
    # variable files and parameter files
    names = ("db_password", "master_password", "admin_password", "api_token", "github_token", "rds_master_password",
             "redis_auth_token", "smb_password", "ad_admin_password", "mq_password")
    for name in names:
        for form in FORMS:
            s = pick(form)
            planted.append((f"tfvars-{form} {name}", f"env/{form}/{name}.tfvars",
                            f'region = "eu-west-1"\n{name} = "{s}"\n', s))
            s = pick(form)
            planted.append((f"tfvars-json-{form} {name}", f"env/{form}/{name}.tfvars.json",
                            json.dumps({"region": "eu-west-1", name: s}, indent=2) + "\n", s))
        decoys.append((f"tfvars-decoy {name}", f"env/decoy/{name}.tfvars", f'region = "eu-west-1"\n{name} = ""\n'))
    pnames = ("DBPassword", "MasterUserPassword", "DbMasterPassword", "AdminPassword", "GitHubToken", "RedisAuthToken",
              "DirectoryPassword", "BasicAuthPassword")
    for name in pnames:
        for form in FORMS:
            s = pick(form)
            planted.append((f"cfn-params-list-{form} {name}", f"params/{form}/{name}-list.json",
                            json.dumps([{"ParameterKey": "Env", "ParameterValue": "prod"},
                                        {"ParameterKey": name, "ParameterValue": s}], indent=2) + "\n", s))
            s = pick(form)
            planted.append((f"cfn-params-object-{form} {name}", f"params/{form}/{name}-config.json",
                            json.dumps({"Parameters": {"Env": "prod", name: s}}, indent=2) + "\n", s))
            s = pick(form)
            planted.append((f"samconfig-{form} {name}", f"sam/{form}/{name}/samconfig.toml",
                            'version = 0.1\n[default.deploy.parameters]\nstack_name = "app"\n'
                            f'parameter_overrides = "Env=prod {name}={s}"\n', s))
        decoys.append((f"cfn-params-decoy {name}", f"params/decoy/{name}-list.json",
                       json.dumps([{"ParameterKey": name, "ParameterValue": "{{resolve:secretsmanager:prod/db}}"},
                                   {"ParameterKey": "Env", "ParameterValue": "prod"}], indent=2) + "\n"))
    for name, rel, tmpl in SHAPES + SHAPES2:
        for form in FORMS:
            s = pick(form)
            text = tmpl.format(pw=s, b64=base64.b64encode(s.encode()).decode())
            if "{b64}" in tmpl:
                s = base64.b64encode(s.encode()).decode()
            planted.append((f"shape-{form} {name}", os.path.join("shapes", form, name, rel), text, s))
    for name, rel, text in DECOY_SHAPES:
        decoys.append((f"shape-decoy {name}", os.path.join("shapes", "decoy", name, rel), text))
    return planted, decoys


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--only", choices=("block", "weak", "miss", "fp"), help="print only cases with this outcome")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)
    planted, decoys = cases(random.Random(args.seed))
    base = tempfile.mkdtemp(prefix="probe-iac-")
    root = os.path.join(base, "workspace")
    try:
        where = {}
        for name, rel, text, secret in planted:
            assert text.count(secret) == 1, name
            where[name] = (rel, next(i for i, ln in enumerate(text.splitlines(), 1) if secret in ln), secret)
        for name, rel, text, *_ in planted + decoys:
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(text)
        cmd = [sys.executable, "-m", "credgate", "dir", root, "--format", "json", "--no-redact", "-q", "--no-progress"]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=base)
        report = json.loads(proc.stdout)
        by_file: "dict[str, list[dict]]" = {}
        for f in report["findings"]:
            p = f["path"] if os.path.isabs(f["path"]) else os.path.join(base, f["path"])
            by_file.setdefault(os.path.relpath(p, root), []).append(f)
        counts = {"block": 0, "weak": 0, "miss": 0, "fp": 0}
        for name, (rel, line, secret) in where.items():
            hits = [f for f in by_file.get(rel, []) if f["line"] == line and (secret in f["secret"] or (
                f["secret"] in secret and len(f["secret"]) >= len(secret) // 2))]
            if not hits:
                outcome, rule, sev = "miss", "-", "-"
            else:
                best = max(hits, key=lambda f: RANK[f["severity"]])
                rule, sev = best["rule_id"], best["severity"]
                outcome = "block" if RANK[sev] >= RANK["medium"] else "weak"
            counts[outcome] += 1
            if not args.only or args.only == outcome:
                print(f"{outcome:5}  {name:70} {sev:8} {rule}")
        for name, rel, _text in decoys:
            fs = by_file.get(rel, [])
            if fs:
                counts["fp"] += 1
                if not args.only or args.only == "fp":
                    f = max(fs, key=lambda f: RANK[f["severity"]])
                    print(f"fp     {name:70} {f['severity']:8} {f['rule_id']} line {f['line']}")
        slots = len({n.split(" ", 1)[1] for n in where})
        print(f"planted {len(planted)} ({slots} slots), decoys {len(decoys)}: block {counts['block']}, "
              f"weak {counts['weak']}, miss {counts['miss']}, decoys reported {counts['fp']}")
    finally:
        if args.keep:
            print("kept", base)
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
