"""fresh25 templates, Terraform, tfvars, Terragrunt, CDK and Pulumi (Ironvale Civil & Building).
Markers: render.py and README.md."""

FILES = [
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.8"
  backend "s3" {
    bucket         = "ivc-tfstate-739152804461"
    key            = "platform/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "ivc-tf-locks"
    encrypt        = true
  }
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.60" }
    cloudflare = { source = "cloudflare/cloudflare", version = "~> 4.40" }
    datadog    = { source = "DataDog/datadog", version = "~> 3.44" }
  }
}

provider "aws" {
  region = "us-west-2"
  assume_role {
    role_arn = "arn:aws:iam::614208937155:role/terraform-deploy"  ⟪role ARN⟫
  }
}

provider "cloudflare" {
  api_token = "«cfapi:tf»"  ⟦app-secret|Cloudflare API token in a provider block⟧
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
  api_url = "https://api.datadoghq.com/"
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "vista_sql_password" {
  type      = string
  sensitive = true
  default   = "«pwn:vistasqltf»"  ⟦password|Terraform variable default password⟧
}

variable "cradlepoint_ecm_api_key" {
  description = "NetCloud ECM key for the site LTE router fleet"
  type        = string
  default     = "«cpkey:ecm»"  ⟦app-secret|Cradlepoint X-ECM-API-KEY as a variable default⟧
}

variable "cradlepoint_ecm_api_id" {
  type    = string
  default = "«hex:8-ecmid»"  ⟪Cradlepoint X-ECM-API-ID⟫
}
"""),
    ("infra/terraform/rds-payrun.tf", r"""
resource "aws_db_instance" "payrun" {
  identifier                  = "payrun-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.m7g.large"
  allocated_storage           = 100
  username                    = "payrun"
  manage_master_user_password = true  ⟪manage_master_user_password⟫
  storage_encrypted           = true
  tags = {
    app         = "payrun"
    data-class  = "pii-payroll"
  }
}

resource "aws_db_instance" "payrun_reporting" {
  identifier        = "payrun-reporting"
  engine            = "postgres"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "reporting"
  password          = "«pw:payrunrpt»"  ⟦password|RDS password literal in Terraform⟧
  replicate_source_db = aws_db_instance.payrun.identifier
}

resource "random_password" "certpay" {
  length  = 32
  special = true
}

resource "aws_ssm_parameter" "certpay" {
  name  = "/payrun/prod/certified-payroll-db"
  type  = "SecureString"
  value = random_password.certpay.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/secrets-vendors.tf", r"""
resource "aws_secretsmanager_secret" "visionlink" {
  name = "ironfleet/visionlink"
}

resource "aws_secretsmanager_secret_version" "visionlink" {
  secret_id = aws_secretsmanager_secret.visionlink.id
  secret_string = jsonencode({
    client_id     = "ironvale-aemp-prod"
    client_secret = "«b62:36-catvl»"  ⟦app-secret|CAT VisionLink client secret in a secret version (the same as the SAM env)⟧
  })
}

resource "aws_secretsmanager_secret_version" "samsara" {
  secret_id     = "ironfleet/samsara"
  secret_string = "«samsara:fleet»"  ⟦app-secret|Samsara API token⟧
}

resource "aws_ssm_parameter" "egnyte" {
  name  = "/plancore/egnyte-token"
  type  = "SecureString"
  value = "«egnyte:plancore»"  ⟦app-secret|Egnyte API token in an SSM parameter value⟧
}

resource "aws_ssm_parameter" "arcgis_public" {
  name  = "/gis/arcgis-viewer-item"
  type  = "String"
  value = "«hex:32-arcgisitem»"  ⟪ArcGIS item id⟫
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# Legacy IAM users for vendors that cannot assume roles yet (TKT-2291: move EarthCam and the drone vendor to roles)
resource "aws_iam_user" "earthcam_upload" {
  name = "vendor-earthcam-upload"
}

resource "aws_iam_access_key" "earthcam_upload" {
  user    = aws_iam_user.earthcam_upload.name
  pgp_key = "keybase:ironvale_secops"  ⟪pgp_key keybase⟫
}

output "earthcam_secret" {
  value     = aws_iam_access_key.earthcam_upload.encrypted_secret  ⟪encrypted_secret output⟫
  sensitive = true
}

locals {
  # drone survey vendor (AeroMetrix) still uploads with a static key; rotate every 90 days
  aerometrix_key_id     = "«akid:aerometrix»"  ⟦aws-key-id|vendor key id in Terraform locals⟧
  aerometrix_secret_key = "«awssec:aerometrix»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("infra/terraform/site-network.tf", r"""
resource "aws_customer_gateway" "munich_yard" {
  bgp_asn    = 65030
  ip_address = "198.51.100.71"
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "munich_yard" {
  customer_gateway_id   = aws_customer_gateway.munich_yard.id
  transit_gateway_id    = "tgw-0a7c31e95d2b846f1"
  type                  = "ipsec.1"
  tunnel1_preshared_key = "«b62:32-vpnmuc1»"  ⟦password|VPN tunnel pre-shared key in Terraform⟧
  tunnel2_preshared_key = "«b62:32-vpnmuc2»"  ⟦password|VPN tunnel 2 pre-shared key⟧
}

resource "aws_vpn_connection" "calgary_shop" {
  customer_gateway_id   = "cgw-0d81b5f3e7a29c416"
  transit_gateway_id    = "tgw-0a7c31e95d2b846f1"
  type                  = "ipsec.1"
  tunnel1_preshared_key = data.aws_secretsmanager_secret_version.yyc_psk.secret_string  ⟪data source reference⟫
}
"""),
    ("infra/terraform/mq-rabbit.tf", r"""
resource "aws_mq_broker" "telemetry" {
  broker_name        = "telemetry-fanout"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"

  user {
    username = "ironfleet"
    password = "«pwr:mqironfleet»"  ⟦password|Amazon MQ user password in Terraform⟧
  }
}
"""),
    ("infra/terraform/modules/site-router/main.tf", r"""
variable "site_code" { type = string }
variable "router_admin_password" {
  type      = string
  sensitive = true
}

resource "null_resource" "netcloud_config" {
  triggers = { site = var.site_code }
  provisioner "local-exec" {
    command = <<-EOT
      curl -s -X PUT https://www.cradlepointecm.com/api/v2/configuration_managers/ \
        -H "X-CP-API-ID: «hex:8-cpid»" \
        -H "X-CP-API-KEY: «cpkey:cp»" \  ⟦app-secret|Cradlepoint X-CP-API-KEY header in a local-exec⟧
        -H "X-ECM-API-ID: ${var.ecm_api_id}" \
        -H "X-ECM-API-KEY: ${var.ecm_api_key}" \  ⟪variable interpolation⟫
        -d @config-${var.site_code}.json
    EOT
  }
}
"""),
    ("infra/terraform/sites/den-i70-interchange.tf", r"""
module "router_i70" {
  source                = "../modules/site-router"
  site_code             = "DEN-2417"
  router_admin_password = "«pwp:routeri70»"  ⟦password|site router admin password in a module call⟧
}

module "router_union_station" {
  source                = "../modules/site-router"
  site_code             = "DEN-2452"
  router_admin_password = var.router_admin_password
}
"""),
    ("infra/terraform/prod.tfvars", r"""
env                     = "prod"
region                  = "us-west-2"
datadog_app_key         = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
procore_webhook_secret  = "«b62:32-procorehook»"  ⟦app-secret|Procore webhook signing secret in tfvars⟧
earthcam_password       = "«pwc:earthcam»"  ⟦password|EarthCam password in tfvars (reused)⟧
arcgis_api_key          = "«arcgis:tfvars»"  ⟦app-secret|ArcGIS location platform API key⟧
mapbox_public_token     = "«mapboxpk:web»"  ⟪Mapbox public token⟫
"""),
    ("infra/terraform/stage.auto.tfvars.json", r"""
{
  "env": "stage",
  "vista_sql_password": "«pwn:vistastage»",  ⟦password|tfvars JSON password⟧
  "cradlepoint_ecm_api_key": "«cpkey:ecmstage»",  ⟦app-secret|Cradlepoint ECM key in tfvars JSON⟧
  "google_maps_key": "«aiza:maps»"  ⟪Google Maps browser key⟫
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪lock hash⟫
    "zh:«sha256:lockzh1»",
    "zh:«sha256:lockzh2»",
  ]
}
"""),
    ("infra/terraform/datadog-monitors.tf", r"""
resource "datadog_monitor" "telematics_lag" {
  name    = "AEMP pull lag > 45 min"
  type    = "metric alert"
  query   = "max(last_15m):max:ironfleet.aemp.lag_minutes{*} > 45"
  message = "@pagerduty-ironfleet @slack-fleet-alerts"
}

resource "datadog_integration_pagerduty_service_object" "ironfleet" {
  service_name = "ironfleet"
  service_key  = "«pdkey:ironfleet»"  ⟦pagerduty|PagerDuty integration key in Terraform⟧
}

resource "datadog_webhook" "teams" {
  name = "teams-field-ops"
  url  = "https://ironvale.webhook.office.com/webhookb2/«uuid:teamswh1»@«uuid:entratenant»/IncomingWebhook/«hex:32-teamswh»/«uuid:teamswh2»/V2«b62:40-teamswhv2»"  ⟦app-secret|Teams incoming webhook URL⟧
}
"""),
    ("infra/terragrunt/ap-southeast-2/payroll-au/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//payroll-au"
}

inputs = {
  employment_hero_api_key = "«eh:keypay»"  ⟦app-secret|Employment Hero (KeyPay) API key in Terragrunt inputs⟧
  xero_client_id          = "«uhex:32-xeroid»"  ⟪Xero client id⟫
  xero_client_secret      = "«xero:payroll»"  ⟦app-secret|Xero client secret in Terragrunt inputs⟧
  sbr_keystore_password   = "«pwau:sbrks»"  ⟦password|ATO SBR machine credential keystore password⟧
  qleave_portal_password  = get_env("QLEAVE_PASSWORD")  ⟪get_env⟫
}
"""),
    ("infra/terragrunt/eu-central-1/payroll-de/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

inputs = {
  datev_client_id      = "«uuid:datevid»"  ⟪DATEV client id⟫
  datev_client_secret  = "«hex:32-datev»"  ⟦app-secret|DATEV client secret in Terragrunt inputs⟧
  elster_cert_pin      = "«pw7:elster»"  ⟦password|ELSTER certificate PIN (a password)⟧
  sv_meldeportal_user  = "IVCBAU01"
  sv_meldeportal_pw    = "«pw7:svmelde»"  ⟦password|SV-Meldeportal password⟧
  soka_bau_password    = "{{ssm:/payroll-de/soka-bau}}"  ⟪template reference⟫
}
"""),
    ("infra/cdk/lib/ironfleet-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

export class IronfleetStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const db = new rds.DatabaseInstance(this, 'FleetDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),
      credentials: rds.Credentials.fromGeneratedSecret('ironfleet'),  ⟪fromGeneratedSecret⟫
      vpc: cdk.aws_ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'field-prod' }),
    });

    const komtrax = secretsmanager.Secret.fromSecretNameV2(this, 'Komtrax', 'ironfleet/komtrax');  ⟪fromSecretNameV2⟫

    new lambda.Function(this, 'HourMeterFn', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/hour-meter'),
      environment: {
        KOMTRAX_SECRET_ARN: komtrax.secretArn,
        VISIONLINK_CLIENT_SECRET: '«b62:36-catvl»',  ⟦app-secret|VisionLink client secret in CDK Lambda env (reused)⟧
        TENNA_API_TOKEN: '«okx:40-tenna»',  ⟦app-secret|Tenna asset-tracking API token in CDK⟧
        DB_HOST: db.dbInstanceEndpointAddress,
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/ironvale.ts",
  "context": {
    "@aws-cdk/core:enableStackNameDuplicates": true,
    "fieldAccount": "614208937155",
    "erpAccount": "280371946620",
    "hostedZoneId": "Z0839471A2BC5DEF6G7H",
    "weatherlinkStationIds": ["«num:6-wlst1»", "«num:6-wlst2»"],
    "procoreSandboxClientSecret": "«procore:sandbox»"  ⟦app-secret|Procore sandbox secret in cdk.json context (reused)⟧
  }
}
"""),
    ("infra/cdk_py/payrun_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_rds as rds, aws_ec2 as ec2, aws_lambda as _lambda
from constructs import Construct


class PayrunStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc.from_lookup(self, "Vpc", vpc_name="erp-prod")
        rds.DatabaseInstance(
            self, "CertPayDb",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
            vpc=vpc,
            credentials=rds.Credentials.from_password(
                "certpay", SecretValue.unsafe_plain_text("«pwc:certpaydb»")),  ⟦password|CDK unsafe_plain_text password⟧
        )
        _lambda.Function(
            self, "UnionRemit",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="remit.handler",
            code=_lambda.Code.from_asset("lambda/remit"),
            environment={
                "EPR_PORTAL_USER": "ironvale_remit",
                "EPR_PORTAL_PASSWORD": "«pwn:eprportal»",  ⟦password|union fund remittance portal password in CDK Python⟧
                "LCP_KEY": SecretValue.secrets_manager("payrun/lcptracker").unsafe_unwrap(),  ⟪SecretValue.secrets_manager⟫
            },
        )
"""),
    ("infra/cdk_java/src/main/java/com/ironvale/infra/SurveyStack.java", r"""
package com.ironvale.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.services.rds.DatabaseInstanceEngine;
import software.constructs.Construct;

public class SurveyStack extends Stack {
    public SurveyStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "ControlPointDb")
            .engine(DatabaseInstanceEngine.MYSQL)
            .credentials(Credentials.fromPassword("gnss", SecretValue.unsafePlainText("«pwn:gnssdb»")))  ⟦password|CDK Java unsafePlainText password⟧
            .build();
        DatabaseInstance.Builder.create(this, "MachineControlDb")
            .engine(DatabaseInstanceEngine.MYSQL)
            .credentials(Credentials.fromSecret(SecretValue.secretsManager("survey/mc-db")))  ⟪SecretValue.secretsManager⟫
            .build();
    }
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: ap-southeast-2
  brisbane-sites:earthcamPassword:
    secure: AAABA«b64k:40-pulsecure»  ⟪Pulumi secure value⟫
  brisbane-sites:weatherzoneKey: «b62:32-weatherzone»  ⟦app-secret|Weatherzone API key in plaintext Pulumi config⟧
  brisbane-sites:routerAdminPassword: «pwau:bnerouter»  ⟦password|plaintext Pulumi config password⟧
  brisbane-sites:siteCodes:
    - BNE-3104
    - BNE-3122
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const routerPw = cfg.requireSecret("routerAdminPassword");  ⟪requireSecret⟫

const gateLog = new aws.dynamodb.Table("gate-events", {
  attributes: [{ name: "pk", type: "S" }, { name: "sk", type: "S" }],
  hashKey: "pk",
  rangeKey: "sk",
  billingMode: "PAY_PER_REQUEST",
});

const turnstileFn = new aws.lambda.Function("turnstile-ingest", {
  runtime: "nodejs20.x",
  handler: "index.handler",
  role: "arn:aws:iam::458830127093:role/turnstile-ingest",
  code: new pulumi.asset.FileArchive("./dist"),
  environment: {
    variables: {
      TABLE: gateLog.name,
      BOON_EDAM_API_USER: "ivc-gates",
      BOON_EDAM_API_PASSWORD: "«pwau:boonedam»",  ⟦password|turnstile controller API password in a Pulumi program⟧
    },
  },
});
"""),
    ("infra/pulumi/Pulumi.stage.yaml", r"""
config:
  aws:region: ap-southeast-2
  brisbane-sites:earthcamPassword:
    secure: AAABA«b64k:40-pulsecure2»  ⟪Pulumi secure value⟫
  brisbane-sites:routerAdminPassword:
    secure: AAABA«b64k:36-pulsecure3»
"""),
    ("infra/terraform/iot-greengrass.tf", r"""
resource "aws_iot_thing" "gnss_base_den" {
  name = "gnss-base-den-01"
}

resource "aws_iot_certificate" "gnss_base_den" {
  csr    = file("${path.module}/csr/gnss-base-den-01.csr")
  active = true
}

resource "aws_greengrassv2_component_version" "ntrip_bridge" {
  inline_recipe = jsonencode({
    RecipeFormatVersion = "2020-01-25"
    ComponentName       = "com.ironvale.NtripBridge"
    ComponentVersion    = "1.2.0"
    ComponentConfiguration = {
      DefaultConfiguration = {
        casterHost     = "caster.ironvale-survey.net"
        casterPort     = 2101
        mountPoint     = "IVC_DEN01"
        sourcePassword = "«ntrip:densource»"  ⟦password|NTRIP source password in a Greengrass recipe⟧
      }
    }
    Manifests = [{ Platform = { os = "linux" }, Lifecycle = { Run = "python3 -u {artifacts:path}/bridge.py" } }]
  })
}
"""),
    ("infra/terraform/transfer-payroll.tf", r"""
resource "aws_transfer_user" "soka_bau" {
  server_id = aws_transfer_server.payrun.id
  user_name = "soka-bau-drop"
  role      = aws_iam_role.transfer_soka.arn
}

resource "aws_transfer_ssh_key" "soka_bau" {
  server_id = aws_transfer_server.payrun.id
  user_name = aws_transfer_user.soka_bau.user_name
  body      = "«sshpub:edsoka:soka-bau-sftp»"  ⟪SSH public key⟫
}

resource "aws_secretsmanager_secret_version" "ato_sbr" {
  secret_id     = "payroll-au/ato-sbr"
  secret_string = jsonencode({ abn = "«num:11-abn»", keystore_password = "«pwau:sbrks»" })  ⟦password|SBR keystore password in a secret version (reused)⟧
}
"""),
    ("infra/terraform/codebuild-survey.tf", r"""
resource "aws_codebuild_project" "tbc_macros" {
  name         = "tbc-macros"
  service_role = "arn:aws:iam::739152804461:role/codebuild-survey"
  artifacts { type = "NO_ARTIFACTS" }
  environment {
    compute_type = "BUILD_GENERAL1_MEDIUM"
    image        = "aws/codebuild/windows-base:2019-3.0"
    type         = "WINDOWS_SERVER_2019_CONTAINER"
    environment_variable {
      name  = "TRIMBLE_ID_PASSWORD"
      value = "«pwn:trimbleid»"  ⟦password|Trimble ID password as a CodeBuild variable in Terraform⟧
    }
    environment_variable {
      name  = "NUGET_KEY"
      type  = "SECRETS_MANAGER"
      value = "ci/nuget:key"  ⟪SECRETS_MANAGER reference⟫
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/ironvale-civil/tbc-macros.git"
  }
}
"""),
    ("infra/terraform/snowflake.tf", r"""
provider "snowflake" {
  organization_name = "IRONVALE"
  account_name      = "JOBCOST"
  user              = "TERRAFORM_SVC"
  authenticator     = "SNOWFLAKE_JWT"
  private_key       = file("~/.snowflake/tf_rsa_key.p8")  ⟪key file reference⟫
}

resource "snowflake_user" "powerbi" {
  name         = "POWERBI_SVC"
  default_role = "REPORTING"
  password     = "«snowpw:powerbi»"  ⟦password|Snowflake user password in Terraform⟧
}
"""),
    ("infra/terraform/github-oidc.tf", r"""
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["«sha:oidcthumb»"]  ⟪OIDC thumbprint⟫
}

resource "aws_iam_role" "gha_deploy" {
  name = "gha-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:ironvale-civil/*:ref:refs/heads/main" } }
    }]
  })
}
"""),
]
