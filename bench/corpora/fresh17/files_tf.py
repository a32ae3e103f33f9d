"""fresh17 templates, Terraform, tfvars, Terragrunt, CDK, Pulumi, Copilot and buildspecs (Tarnwell Mutual).
Markers: render.py and README.md."""

FILES = [
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "tmcu-tfstate-250468193377"
    key            = "core/terraform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "tmcu-tf-locks"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:tfprovider»"  ⟦aws-key-id|key id hard-coded in the AWS provider⟧
  secret_key = "«awssec:tfprovider»"  ⟦aws-secret|secret hard-coded in the AWS provider⟧
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}

provider "pagerduty" {
  token = "«b62:20-pdtf»"  ⟦app-secret|PagerDuty REST API token in a provider block⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "symx_device_password" {
  type      = string
  sensitive = true
  default   = "«symx:keeldevice»"  ⟦password|sensitive variable with a literal default⟧
}

variable "experian_password" {
  description = "Experian subscriber password (rotates every 90 days, see runbook)"
  type        = string
  sensitive   = true
}

variable "alert_email" {
  type    = string
  default = "platform@tarnwellmutual.org"
}
"""),
    ("infra/terraform/rds-lending.tf", r"""
resource "aws_db_instance" "meridianlink_export" {
  identifier              = "millrace-ml-export"
  engine                  = "postgres"
  engine_version          = "16.2"
  instance_class          = "db.t4g.large"
  allocated_storage       = 200
  username                = "mlexport"
  password                = "«pwl:mlexport»"  ⟦password|RDS password literal in Terraform⟧
  storage_encrypted       = true
  kms_key_id              = "arn:aws:kms:us-east-2:382716504938:key/«uuid:kmsml»"  ⟪KMS ARN⟫
  backup_retention_period = 35
}

resource "aws_db_instance" "encompass_mirror" {
  identifier                  = "millrace-encompass-mirror"
  engine                      = "sqlserver-se"
  instance_class              = "db.m6i.xlarge"
  username                    = "encadmin"
  manage_master_user_password = true  ⟪RDS-managed password⟫
  license_model               = "license-included"
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "random_password" "wires_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "wires_db" {
  secret_id     = aws_secretsmanager_secret.wires_db.id
  secret_string = jsonencode({ username = "wires", password = random_password.wires_db.result })  ⟪random_password result⟫
}

resource "aws_secretsmanager_secret_version" "lite2" {
  secret_id = aws_secretsmanager_secret.lite2.id
  secret_string = jsonencode({
    bic          = "TMCUUS44XXX"
    lau_left     = "«lau:lite2left»"  ⟦app-secret|SWIFT Alliance Lite2 LAU key half in Terraform⟧
    lau_right    = "«lau:lite2right»"  ⟦app-secret|SWIFT Alliance Lite2 LAU key, second half⟧
    operator_pin = "«pin:8-lite2»"  ⟦password|Lite2 operator PIN in Terraform⟧
  })
}

resource "aws_secretsmanager_secret_version" "experian" {
  secret_id     = aws_secretsmanager_secret.experian.id
  secret_string = var.experian_password  ⟪variable reference⟫
}
"""),
    ("infra/terraform/vendor-iam.tf", r"""
# Verafin pulls the AML extract from S3 with a static key (they do not support role assumption yet)
resource "aws_iam_user" "verafin" {
  name = "vendor-verafin"
}

resource "aws_iam_access_key" "verafin" {
  user    = aws_iam_user.verafin.name
  pgp_key = "keybase:tarnwell_secops"  ⟪pgp_key reference⟫
}

output "verafin_secret" {
  value     = aws_iam_access_key.verafin.encrypted_secret  ⟪encrypted secret attribute⟫
  sensitive = true
}

locals {
  # previous key, kept until Verafin confirms the cutover (ticket SEC-2291)
  verafin_old_key_id = "«akid:verafinold»"  ⟦aws-key-id|old vendor key id kept in locals⟧
  verafin_old_secret = "«awssec:verafinold»"  ⟦aws-secret|old vendor secret kept in locals⟧
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "dw" {
  name               = "tmcu-dw"
  airflow_version    = "2.8.1"
  execution_role_arn = "arn:aws:iam::907351248826:role/mwaa-dw"
  source_bucket_arn  = "arn:aws:s3:::tmcu-dw-dags"
  dag_s3_path        = "dags/"

  airflow_configuration_options = {
    "core.fernet_key"          = "«fernet:mwaa»"  ⟦app-secret|Airflow Fernet key in MWAA options⟧
    "smtp.smtp_host"           = "email-smtp.us-east-2.amazonaws.com"
    "smtp.smtp_user"           = "«akid:sesmwaa»"  ⟦aws-key-id|SES SMTP user (a key id) in MWAA options⟧
    "smtp.smtp_password"       = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.expose_config"  = "False"
  }

  network_configuration {
    security_group_ids = ["sg-0d81e4a3c92b7f615"]  ⟪security group id⟫
    subnet_ids         = ["subnet-04a1c7e92b3d58f16", "subnet-0c93e1f7a42d5b803"]
  }
}
"""),
    ("infra/terraform/connect.tf", r"""
resource "aws_connect_user" "after_hours" {
  instance_id        = "«uuid:connectinst2»"  ⟪Connect instance id⟫
  name               = "afterhours.lead"
  password           = "«pwn:afterhours»"  ⟦password|Amazon Connect user password in Terraform⟧
  routing_profile_id = "«uuid:routeprof2»"
  security_profile_ids = ["«uuid:secprof2»"]
  identity_info {
    first_name = "After"
    last_name  = "Hours"
  }
  phone_config {
    phone_type = "SOFT_PHONE"
  }
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "cloudtrail_to_splunk" {
  name        = "cloudtrail-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-tarnwell.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Firehose⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"
    s3_configuration {
      role_arn   = "arn:aws:iam::250468193377:role/firehose-splunk"
      bucket_arn = "arn:aws:s3:::tmcu-firehose-failed"
    }
  }
}
"""),
    ("infra/terraform/branch-meraki.tf", r"""
provider "meraki" {
  meraki_dashboard_api_key = "«meraki:tf»"  ⟦app-secret|Meraki dashboard API key in a provider block⟧
}

resource "meraki_networks_wireless_ssids" "staff" {
  network_id      = "L_«num:18-meraknet»"  ⟪Meraki network id⟫
  number          = 1
  name            = "TMCU-Staff"
  auth_mode       = "8021x-radius"
  radius_servers = [{
    host   = "10.40.1.10"
    port   = 1812
    secret = "«pwr:radiusbranch»"  ⟦password|RADIUS shared secret in Terraform⟧
  }]
}

resource "meraki_networks_wireless_ssids" "lobby" {
  network_id = "L_«num:18-meraknet»"
  number     = 2
  name       = "TMCU-Member-Lobby"
  auth_mode  = "psk"
  psk        = "«wifipsk:lobby»"  ⟦password|branch lobby Wi-Fi PSK in Terraform⟧
}
"""),
    ("infra/terraform/modules/sftp-partner/main.tf", r"""
variable "partner" { type = string }
variable "password" {
  type      = string
  sensitive = true
}

resource "aws_transfer_user" "this" {
  server_id = "s-«hex:17-xfer»"  ⟪Transfer server id⟫
  user_name = var.partner
  role      = "arn:aws:iam::907351248826:role/transfer-${var.partner}"
}

module "sftp_cuna" {
  source   = "./"
  partner  = "cuna-mutual"
  password = "«pwc:cunasftp»"  ⟦password|module argument with a literal password⟧
}
"""),
    ("infra/terraform/codebuild-mobile.tf", r"""
resource "aws_codebuild_project" "mobile_android" {
  name         = "ferrylight-android"
  service_role = "arn:aws:iam::250468193377:role/codebuild-mobile"
  artifacts { type = "NO_ARTIFACTS" }
  environment {
    compute_type = "BUILD_GENERAL1_MEDIUM"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "ANDROID_KEYSTORE_PASSWORD"
      value = "«pwx:androidks»"  ⟦password|Android keystore password as a PLAINTEXT CodeBuild variable⟧
    }
    environment_variable {
      name  = "PLAY_JSON"
      type  = "SECRETS_MANAGER"
      value = "mobile/play-service-account"  ⟪SECRETS_MANAGER reference⟫
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/tarnwell-mutual/ferrylight-android.git"
  }
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
env                = "prod"
region             = "us-east-2"
datadog_app_key    = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
experian_password  = "«bureau:experian»"  ⟦password|Experian subscriber password in tfvars⟧
equifax_client_secret = "«b62:32-equifax»"  ⟦app-secret|Equifax client secret in tfvars⟧
transunion_password   = "«bureau:transunion»"  ⟦password|TransUnion subscriber password in tfvars⟧
alert_email        = "platform@tarnwellmutual.org"
"""),
    ("infra/terraform/env/uat.tfvars", r"""
env               = "uat"
region            = "us-east-2"
datadog_app_key   = ""  ⟪empty value⟫
experian_password = "changeme"  ⟪placeholder⟫
transunion_password = "REPLACE_ME"  ⟪placeholder⟫
"""),
    ("infra/terraform/env/dr.auto.tfvars.json", r"""
{
  "env": "dr",
  "region": "us-west-2",
  "journal_db_password": "«pw:journaldr»",  ⟦password|DR database password in tfvars JSON⟧
  "symx_device_password": "«symx:keeldevice»",  ⟦password|SymXchange device password in tfvars JSON⟧
  "pager_email": "dr-bridge@tarnwellmutual.org"
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.46.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪provider lock hash⟫
    "zh:«sha256:lock2»",  ⟪provider lock hash⟫
    "zh:«sha256:lock3»",
  ]
}
"""),
    ("infra/terragrunt/prod/lending/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//lending"
}

inputs = {
  env                     = "prod"
  meridianlink_api_user   = "tarnwell_api"
  meridianlink_api_pass   = "«bureau:meridianlink»"  ⟦password|MeridianLink API password in Terragrunt inputs⟧
  encompass_instance      = "«encid:prod»"  ⟪Encompass instance id⟫
  encompass_client_secret = "«b62:32-encompass»"  ⟦app-secret|Encompass client secret in Terragrunt inputs⟧
}
"""),
    ("infra/terragrunt/root.hcl", r"""
remote_state {
  backend = "s3"
  config = {
    bucket         = "tmcu-tfstate-250468193377"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-2"
    encrypt        = true
    dynamodb_table = "tmcu-tf-locks"
  }
}

inputs = {
  datadog_app_key = get_env("DATADOG_APP_KEY")  ⟪environment lookup⟫
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  fraud:alloyWorkflowToken: «alloy:wf2token»  ⟦app-secret|Alloy token as plaintext Pulumi config⟧
  fraud:alloyWorkflowSecret:
    secure: v1:«b64k:12-pnonce»:«b64k:48-pct»  ⟪Pulumi secure value⟫
  fraud:abrigoPassword: «pwn:abrigo»  ⟦password|BSA/AML suite password as plaintext Pulumi config⟧
  fraud:dbPassword:
    secure: v1:«b64k:12-pnonce2»:«b64k:40-pct2»
"""),
    ("infra/pulumi/index.ts", r"""
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config("fraud");
const dbPassword = cfg.requireSecret("dbPassword");  ⟪requireSecret⟫

const db = new aws.rds.Instance("fraud-scores", {
  engine: "postgres",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 50,
  username: "fraud",
  password: dbPassword,
});

const featureStore = new aws.rds.Instance("fraud-features", {
  engine: "postgres",
  instanceClass: "db.t4g.small",
  allocatedStorage: 20,
  username: "features",
  password: "«pwp:features»",  ⟦password|literal password in a Pulumi program⟧
});
"""),
    ("infra/cdk/lib/teller-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class TellerStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const db = new rds.DatabaseInstance(this, 'CashDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret('cashadmin'),  ⟪fromGeneratedSecret⟫
      vpc: undefined as any,
    });
    const task = new ecs.FargateTaskDefinition(this, 'Recycler');
    task.addContainer('recycler-hub', {
      image: ecs.ContainerImage.fromRegistry('250468193377.dkr.ecr.us-east-2.amazonaws.com/recycler-hub:1.3.0'),
      environment: {
        GLORY_HUB_USER: 'glorysvc',
        GLORY_HUB_PASSWORD: '«pwp:gloryhub»',  ⟦password|Glory recycler hub password in CDK env⟧
      },
      secrets: {
        CORE_TOKEN: ecs.Secret.fromSecretsManager(sm.Secret.fromSecretNameV2(this, 'Core', 'keel/teller-token')),  ⟪fromSecretNameV2⟫
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/tmcu.ts",
  "context": {
    "@aws-cdk/core:enableStackNameDuplicates": true,
    "tellerAccount": "382716504938",
    "gloryLicenseKey": "«up:25-glorylic»",  ⟦?app-secret|vendor licence key in cdk.json context⟧
    "hostedZoneId": "Z0«up:19-zone»"  ⟪hosted zone id⟫
  }
}
"""),
    ("infra/cdk/py/atm_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_rds as rds, aws_lambda as _lambda
from constructs import Construct


class AtmStack(Stack):
    def __init__(self, scope: Construct, id: str, **kw) -> None:
        super().__init__(scope, id, **kw)
        rds.DatabaseCluster(
            self, "AtmJournal",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
            credentials=rds.Credentials.from_password("atmjournal", SecretValue.unsafe_plain_text("«pwc:atmjournal»")),  ⟦password|unsafe_plain_text password in CDK Python⟧
        )
        _lambda.Function(
            self, "EjPull",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="ej.handler",
            code=_lambda.Code.from_asset("lambda/ej"),
            environment={
                "ATM_VENDOR_PORTAL_USER": "tarnwell.atm",
                "ATM_VENDOR_PORTAL_PASSWORD": "«pwl:atmportal»",  ⟦password|ATM vendor portal password in CDK Python env⟧
                "EJ_BUCKET": "tmcu-atm-ej-382716504938",
                "CORE_SECRET": SecretValue.secrets_manager("keel/atm-token").unsafe_unwrap(),  ⟪secrets_manager reference⟫
            },
        )
"""),
    ("infra/cdk/go/wires.go", r"""
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/jsii-runtime-go"
)

func NewWiresStack(scope awscdk.App, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)
	awslambda.NewFunction(stack, jsii.String("OfacScreen"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PROVIDED_AL2023(),
		Handler: jsii.String("bootstrap"),
		Code:    awslambda.Code_FromAsset(jsii.String("build/ofac"), nil),
		Environment: &map[string]*string{
			"OFAC_VENDOR_KEY":  jsii.String("«hex:40-ofac»"),  ⟦app-secret|sanctions screening vendor key in CDK Go⟧
			"WIRE_DB_PASSWORD": jsii.String(awscdk.SecretValue_SsmSecure(jsii.String("/weir/wire-db"), nil).ToString()),  ⟪SsmSecure reference⟫
		},
	})
	return stack
}
"""),
    ("infra/cdk/cs/LendingStack.cs", r"""
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;

namespace Tarnwell.Infra
{
    public class LendingStack : Stack
    {
        internal LendingStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            new Function(this, "FloodCert", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "FloodCert::FloodCert.Function::Handler",
                Code = Code.FromAsset("src/FloodCert/bin/Release/net8.0/publish"),
                Environment = new System.Collections.Generic.Dictionary<string, string>
                {
                    ["FLOOD_VENDOR_USER"] = "TMCU01",
                    ["FLOOD_VENDOR_PASSWORD"] = "«pw6:floodcert»",  ⟦password|flood-certification vendor password in CDK C#⟧
                    ["AVM_API_KEY"] = "«hex:32-avm»"  ⟦app-secret|automated valuation model API key in CDK C#⟧
                }
            });
        }
    }
}
"""),
    ("infra/copilot/keel-worker/manifest.yml", r"""
name: keel-worker
type: Worker Service
image:
  build: Dockerfile
variables:
  SYMX_ENDPOINT: https://symx.tarnwell.episys.hosted:42443/SymXchange/2.0
  POWERON_SPECFILE: TMCU.DIGITAL.XFER
secrets:
  SYMX_DEVICE_PASSWORD: /copilot/keel/prod/secrets/symx-device  ⟪Copilot SSM reference⟫
  RABBIT_URL:
    secretsmanager: keel/rabbit-url  ⟪Copilot secretsmanager reference⟫
environments:
  uat:
    variables:
      SYMX_UAT_PASSWORD: «symx:symxuat»  ⟦password|UAT SymXchange password as a plain Copilot variable⟧
"""),
    ("infra/buildspec/statements.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    NEXUS_USER: ci-deploy
    NEXUS_PASSWORD: «pwx:nexus»  ⟦password|buildspec variables block password⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    GPG_KEY: ci/gpg-signing:private  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - mvn -s settings.xml -B deploy
"""),
    ("infra/buildspec/ferrylight-ios.yml", r"""
version: 0.2
env:
  variables:
    FASTLANE_USER: mobile-release@tarnwellmutual.org
    FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «applepw:ios»  ⟦password|Apple app-specific password in a buildspec⟧
    MATCH_PASSWORD: «pp:match»  ⟦password|fastlane match passphrase in a buildspec⟧
phases:
  build:
    commands:
      - bundle exec fastlane ios release
"""),
    ("infra/cfn/README-parameters.md", r"""
# Parameters for the digital-banking stacks

Every secret parameter is `NoEcho` and is resolved from Secrets Manager at deploy time:

    aws cloudformation deploy --stack-name ferrylight-aggregation \
      --parameter-overrides PortalDbPassword=$(aws secretsmanager get-secret-value --secret-id ferrylight/portal-db --query SecretString --output text)  ⟪command substitution⟫

Never put values into `*.params.json`; the pre-commit hook is supposed to stop it.
Example Plaid secret shape: `<30 hex characters>`.  ⟪placeholder shape⟫
"""),
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated secrets for the posting journal and the bureau credentials
Resources:
  JournalSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: keel/journal-db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "keel_app"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  JournalAttachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: !Ref JournalSecret
      TargetId: keel-journal
      TargetType: AWS::RDS::DBCluster
  JournalRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref JournalSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
"""),
    ("infra/cfn/loan-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: millrace - Encompass webhook receiver
Parameters:
  EncompassWebhookKey:
    Type: String
    NoEcho: true
Resources:
  WebhookFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: hook.handler
      Role: arn:aws:iam::382716504938:role/encompass-hook
      Code:
        ZipFile: |
          import hmac, hashlib, os
          KEY = os.environ["ENCOMPASS_SIGNING_KEY"]  ⟪environment lookup⟫
          def handler(event, context):
              return {"statusCode": 200}
      Environment:
        Variables:
          ENCOMPASS_SIGNING_KEY: !Ref EncompassWebhookKey  ⟪Ref of a NoEcho parameter⟫
          ENCOMPASS_INSTANCE: «encid:prod»
"""),
]
