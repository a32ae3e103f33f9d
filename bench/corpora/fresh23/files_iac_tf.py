"""fresh23 templates, Terraform, Terragrunt, Pulumi and CDK (Halverine Interactive): providers, variables, GameLift
Anywhere, Agones on EKS, RDS, vendor IAM users, Cloudflare and Sentry, tfvars (HCL and JSON), a lock file, a
build-agent module, Terragrunt, Pulumi config and program, CDK in TypeScript, Python, Go and C#.
Markers: render.py and README.md."""

FILES = [
    ("infra/tf/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.60" }
    datadog = { source = "DataDog/datadog", version = "~> 3.44" }
    github  = { source = "integrations/github", version = "~> 6.2" }
    sentry  = { source = "jianyuan/sentry", version = "~> 0.14" }
  }
}

provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::418273650921:role/terraform-live"  ⟪role ARN⟫
  }
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a provider block⟧
  api_url = "https://api.datadoghq.com/"
}

provider "github" {
  owner = "halverine"
  token = "«ghp:tfprovider»"  ⟦github|GitHub token in a provider block⟧
}

provider "sentry" {
  token = var.sentry_token  ⟪variable reference⟫
}
"""),
    ("infra/tf/variables.tf", r"""
variable "env" {
  type    = string
  default = "live"
}

variable "sentry_token" {
  type      = string
  sensitive = true
}

variable "hearth_readonly_password" {
  description = "read-only role for the live-ops dashboards"
  type        = string
  default     = "«pwn:hearthro»"  ⟦password|Terraform variable default password⟧
  sensitive   = true
}

variable "liveops_discord_webhook" {
  type    = string
  default = "«discordhook:liveops»"  ⟦discord|Discord webhook URL as a variable default⟧
}

variable "playfab_title_id" {
  type    = string
  default = "«playfabtitle:tidefall»"  ⟪PlayFab title id⟫
}
"""),
    ("infra/tf/gamelift-anywhere.tf", r"""
# Tidefall Tactics ranked servers: GameLift Anywhere fleet on the Seoul studio's bare-metal racks
resource "aws_gamelift_fleet" "tidefall_anywhere" {
  name              = "tidefall-anywhere-sel"
  compute_type      = "ANYWHERE"
  build_id          = "build-«uuid:tfbuild»"  ⟪build id⟫
}

resource "aws_secretsmanager_secret" "playfab" {
  name = "tidefall/playfab"
}

resource "aws_secretsmanager_secret_version" "playfab" {
  secret_id     = aws_secretsmanager_secret.playfab.id
  secret_string = jsonencode({
    title_id   = var.playfab_title_id
    secret_key = "«playfab:tidefall»"  ⟦app-secret|PlayFab title secret key as a literal secret_string⟧
  })
}
"""),
    ("infra/tf/agones-eks.tf", r"""
resource "helm_release" "agones" {
  name             = "agones"
  repository       = "https://agones.dev/chart/stable"
  chart            = "agones"
  version          = "1.44.0"
  namespace        = "agones-system"
  create_namespace = true

  set {
    name  = "agones.allocator.service.serviceType"
    value = "LoadBalancer"
  }
}

resource "kubernetes_secret" "gs_eos" {
  metadata {
    name      = "ironbloom-gs-eos"
    namespace = "gameservers"
  }
  data = {
    EOS_CLIENT_ID     = "«eoscid:ibserver»"  ⟪EOS client id⟫
    EOS_CLIENT_SECRET = "«eossec:ibserver»"  ⟦app-secret|EOS server client secret in a kubernetes_secret⟧
  }
}

resource "kubernetes_secret" "gs_anticheat" {
  metadata {
    name      = "ironbloom-gs-battleye"
    namespace = "gameservers"
  }
  data = {
    rcon_password = random_password.rcon.result  ⟪random_password result⟫
  }
}

resource "random_password" "rcon" {
  length  = 24
  special = false
}
"""),
    ("infra/tf/rds-hearth.tf", r"""
resource "aws_db_instance" "hearth_reporting" {
  identifier                  = "hearth-reporting"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r7g.large"
  username                    = "reporting"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_db_instance" "economy_sandbox" {
  identifier     = "economy-sandbox"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "econ"
  password       = "«pwl:econsandbox»"  ⟦password|RDS password literal in Terraform⟧
  skip_final_snapshot = true
}
"""),
    ("infra/tf/iam-vendors.tf", r"""
# QA outsourcing (Krakow partner) uploads crash repro videos; localisation vendor reads string tables
resource "aws_iam_user" "qa_vendor" {
  name = "vendor-qa-pixelforge"
}

resource "aws_iam_access_key" "qa_vendor" {
  user    = aws_iam_user.qa_vendor.name
  pgp_key = "keybase:halverine_sec"  ⟪pgp_key reference⟫
}

output "qa_vendor_secret" {
  value     = aws_iam_access_key.qa_vendor.encrypted_secret  ⟪encrypted secret⟫
  sensitive = true
}

locals {
  # old loc vendor key, kept until the vendor moves to Transfer Family (INC0098812)
  lingoforge_key_id     = "«akid:lingoforge»"  ⟦aws-key-id|vendor key id in Terraform locals⟧
  lingoforge_key_secret = "«awssec:lingoforge»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("infra/tf/cloudflare.tf", r"""
provider "cloudflare" {
  api_token = "«cfapi:tf»"  ⟦app-secret|Cloudflare API token in a provider block⟧
}

resource "cloudflare_record" "launcher" {
  zone_id = "«hex:32-cfzone»"  ⟪zone id⟫
  name    = "launcher"
  type    = "CNAME"
  value   = "d1«lo:12-cfdist».cloudfront.net"
  proxied = false
}
"""),
    ("infra/tf/sentry.tf", r"""
resource "sentry_project" "ironbloom" {
  organization = "halverine"
  teams        = ["engine"]
  name         = "ironbloom"
  platform     = "native"
}

resource "sentry_key" "ironbloom_client" {
  organization = "halverine"
  project      = sentry_project.ironbloom.id
  name         = "client"
}

output "client_dsn" {
  value = sentry_key.ironbloom_client.dsn_public  ⟪public DSN attribute⟫
}
"""),
    ("infra/tf/env/live.tfvars", r"""
env                      = "live"
region                   = "us-east-1"
hearth_replica_password  = "«pwx:hearthreplica»"  ⟦password|tfvars password⟧
webshop_db_password      = "«pwc:webshopdb»"  ⟦password|tfvars password, company name + digits⟧
pagerduty_token          = "«b62:20-pdtf»"  ⟦app-secret|PagerDuty API token in tfvars⟧
sentry_token             = "«sntryu:tf»"  ⟦sentry|Sentry auth token in tfvars⟧
alarm_topic              = "arn:aws:sns:us-east-1:418273650921:liveops-alarms"
"""),
    ("infra/tf/env/seoul.auto.tfvars.json", r"""
{
  "env": "live",
  "region": "ap-northeast-2",
  "kakao_admin_key": "«hex:32-kakaoadmin»",  ⟦app-secret|Kakao admin key in tfvars JSON⟧
  "toss_secret_key": "live_sk_«b62:24-toss»",  ⟦app-secret|Toss Payments live secret key in tfvars JSON⟧
  "toss_client_key": "live_ck_«b62:24-tossck»",  ⟪Toss client key, public⟫
  "gamelift_fleet_role": "arn:aws:iam::418273650921:role/gamelift-sel"
}
"""),
    ("infra/tf/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪lock hash⟫
    "zh:«sha256:lock2»",
    "zh:«sha256:lock3»",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version = "3.44.1"
  hashes = [
    "h1:«b64k:32-lock4»",  ⟪lock hash⟫
  ]
}
"""),
    ("infra/tf/modules/build-agent/main.tf", r"""
variable "pool" { type = string }
variable "instance_type" { default = "c7i.8xlarge" }

resource "aws_launch_template" "agent" {
  name_prefix   = "anvil-${var.pool}-"
  image_id      = data.aws_ssm_parameter.ami.value
  instance_type = var.instance_type
  user_data = base64encode(<<-EOT
    <powershell>
    p4 set -s P4PORT=ssl:p4.halverine.net:1666
    p4 set -s P4USER=svc-horde
    p4 set -s P4TICKETS=C:\ProgramData\Perforce\p4tickets.txt
    Add-Content C:\ProgramData\Perforce\p4tickets.txt "ssl:p4.halverine.net:1666=svc-horde:«p4ticket:hordeagent»"  ⟦app-secret|Perforce ticket written by build-agent UserData⟧
    Start-Service HordeAgent
    </powershell>
  EOT
  )
}

data "aws_ssm_parameter" "ami" {
  name = "/anvil/ami/win2022-ue5"  ⟪SSM parameter name⟫
}
"""),
    ("infra/tf/backend.tf", r"""
terraform {
  backend "s3" {
    bucket         = "hvi-tfstate-736104982357"
    key            = "live/platform.tfstate"
    region         = "us-east-2"
    dynamodb_table = "hvi-tf-locks"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:us-east-2:736104982357:key/«uuid:kmstf»"  ⟪KMS key ARN⟫
  }
}
"""),
    ("infra/terragrunt/live/eu-central-1/hearth/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../../modules//hearth-region"
}

inputs = {
  region            = "eu-central-1"
  db_password       = "«pw:hearthfra»"  ⟦password|Terragrunt inputs password, season + year⟧
  redis_auth_token  = get_env("REDIS_AUTH_TOKEN")  ⟪get_env⟫
  gamelift_fleet    = "fleet-«uuid:glfleeteu»"
}
"""),
    ("infra/pulumi/Pulumi.live-seoul.yaml", r"""
config:
  aws:region: ap-northeast-2
  lanternfall:dbUser: lf_app
  lanternfall:dbPassword: «pwn:lanternfalldb»  ⟦password|Pulumi plaintext config password⟧
  lanternfall:naverClientSecret: «b62:10-naversec»  ⟦app-secret|Naver login client secret in Pulumi config⟧
  lanternfall:vivoxKey:
    secure: v1:«b64k:12-pulnonce»:«b64k:40-pulct»  ⟪Pulumi secure value⟫
"""),
    ("infra/pulumi/index.ts", r"""
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config("lanternfall");
const vivoxKey = cfg.requireSecret("vivoxKey");  ⟪requireSecret⟫

const db = new aws.rds.Instance("lanternfall-playtest-db", {
  engine: "postgres",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 50,
  username: "lf_playtest",
  password: "«pwp:lfplaytest»",  ⟦password|RDS password literal in a Pulumi program⟧
  skipFinalSnapshot: true,
});

export const vivox = pulumi.secret(vivoxKey);
"""),
    ("infra/cdk/lib/player-platform-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class PlayerPlatformStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const steam = secretsmanager.Secret.fromSecretNameV2(this, 'Steam', 'hearth/steam');  ⟪fromSecretNameV2⟫

    new rds.DatabaseCluster(this, 'Friends', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_6 }),
      credentials: rds.Credentials.fromPassword('friends_admin', cdk.SecretValue.unsafePlainText('«pwx:friendsdb»')),  ⟦password|CDK unsafePlainText password⟧
      writer: rds.ClusterInstance.provisioned('writer'),
    });

    new secretsmanager.Secret(this, 'Leaderboards', {
      secretName: 'hearth/leaderboards',
      secretStringValue: cdk.SecretValue.unsafePlainText('«b62:32-lbhmac»'),  ⟦app-secret|CDK unsafePlainText leaderboard HMAC key⟧
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/platform.ts",
  "context": {
    "@aws-cdk/aws-iam:minimizePolicies": true,
    "liveAccount": "418273650921",
    "playfabTitleId": "«playfabtitle:tidefall»",
    "playfabSecretKey": "«playfab:tidefall»",  ⟦app-secret|PlayFab secret key in cdk.json context⟧
    "eosProductId": "«eosid:product»"
  }
}
"""),
    ("infra/cdk-py/stacks/telemetry_stack.py", r"""
from aws_cdk import SecretValue, Stack, aws_rds as rds
from constructs import Construct


class TelemetryStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        rds.DatabaseInstance(
            self, "EconomyWarehouse",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
            credentials=rds.Credentials.from_password(
                "econ_admin", SecretValue.unsafe_plain_text("«pwc:econwh»")),  ⟦password|CDK Python unsafe_plain_text password⟧
        )
        rds.DatabaseInstance(
            self, "FunnelReplica",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
            credentials=rds.Credentials.from_generated_secret("funnel_admin"),  ⟪from_generated_secret⟫
        )
"""),
    ("infra/cdk-go/anticheat.go", r"""
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/jsii-runtime-go"
)

func NewLookoutStack(scope awscdk.App, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)
	awslambda.NewFunction(stack, jsii.String("BanWave"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PROVIDED_AL2023(),
		Handler: jsii.String("bootstrap"),
		Code:    awslambda.Code_FromAsset(jsii.String("dist/banwave.zip"), nil),
		Environment: &map[string]*string{
			"EAC_CLIENT_ID":     jsii.String("«eoscid:eac»"),  ⟪EOS client id⟫
			"EAC_CLIENT_SECRET": jsii.String("«eossec:eac»"),  ⟦app-secret|EOS anti-cheat client secret in CDK Go⟧
			"BAN_WEBHOOK":       jsii.String("«discordhook:banwave»"),  ⟦discord|Discord webhook in CDK Go⟧
		},
	})
	return stack
}
"""),
    ("infra/cdk-cs/src/BuildFarm/BuildFarmStack.cs", r"""
using Amazon.CDK;
using Amazon.CDK.AWS.RDS;
using Constructs;

namespace BuildFarm
{
    public class BuildFarmStack : Stack
    {
        internal BuildFarmStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            new DatabaseInstance(this, "JenkinsAnalytics", new DatabaseInstanceProps
            {
                Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                Credentials = Credentials.FromPassword("anvil", SecretValue.UnsafePlainText("«pwp:anvildb»")),  ⟦password|CDK C# UnsafePlainText password⟧
            });
            new DatabaseInstance(this, "HordeTelemetry", new DatabaseInstanceProps
            {
                Engine = DatabaseInstanceEngine.Postgres(new PostgresInstanceEngineProps { Version = PostgresEngineVersion.VER_16_3 }),
                Credentials = Credentials.FromSecret(Amazon.CDK.AWS.SecretsManager.Secret.FromSecretNameV2(this, "H", "anvil/horde-db")),  ⟪FromSecretNameV2⟫
            });
        }
    }
}
"""),
]
