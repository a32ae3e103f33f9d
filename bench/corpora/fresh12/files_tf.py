"""fresh12 templates, Terraform and friends (Brightwater Media): providers (AWS, Akamai, Datadog, PagerDuty,
GitHub, Fastly-free CDN modules), variables, resources with literal secrets in secret slots and the right way next
to them, tfvars (HCL and JSON), a state file and a plan, a lock file, Terragrunt, Pulumi and a CDKTF stack.
Markers: render.py and README.md."""

FILES = [
    ("terraform/live/providers.tf", r"""
terraform {
  required_version = ">= 1.7.0"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.60" }
    akamai  = { source = "akamai/akamai", version = "~> 6.4" }
    datadog = { source = "DataDog/datadog", version = "~> 3.44" }
  }
  backend "s3" {
    bucket         = "bwm-tfstate-702164839517"
    key            = "live/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::418273659021:role/terraform-live"  ⟪role ARN⟫
  }
}

provider "akamai" {
  config {
    host          = "akab-«lo:16-tfakhost»-«lo:16-tfakhost2».luna.akamaiapis.net"
    client_token  = "«akab:tfct»"  ⟦?app-secret|EdgeGrid client token in the Akamai provider⟧
    client_secret = "«b64k:32-tfcs»"  ⟦app-secret|EdgeGrid client secret in the Akamai provider⟧
    access_token  = "«akab:tfat»"  ⟦app-secret|EdgeGrid access token in the Akamai provider⟧
  }
}

provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = "«ddapp:tflive»"  ⟦datadog|Datadog application key literal in a provider⟧
  api_url = "https://api.datadoghq.com/"
}
"""),
    ("terraform/live/variables.tf", r"""
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "wowza_admin_password" {
  description = "admin password of the Wowza origin pair (rotated 2026-09)"
  type        = string
  sensitive   = true
  default     = "«pwc:wowzaadmin»"  ⟦password|Terraform variable default for the Wowza admin password⟧
}

variable "srt_passphrase" {
  description = "SRT passphrase for contribution encoders"
  type        = string
  sensitive   = true
}

variable "pagerduty_token" {
  type    = string
  default = ""  ⟪empty default⟫
}
"""),
    ("terraform/live/wowza.tf", r"""
resource "aws_instance" "wowza_origin" {
  count                  = 2
  ami                    = data.aws_ami.wowza.id
  instance_type          = "c6in.4xlarge"
  subnet_id              = element(module.live_vpc.public_subnets, count.index)
  vpc_security_group_ids = [aws_security_group.wowza.id]

  user_data = templatefile("${path.module}/templates/wowza-init.sh.tftpl", {
    admin_password   = var.wowza_admin_password  ⟪variable reference⟫
    license_key      = "«up:4-wzlk1»-«up:5-wzlk2»-«up:5-wzlk3»-«up:5-wzlk4»-«up:5-wzlk5»-«up:5-wzlk6»-«up:5-wzlk7»"  ⟦?app-secret|Wowza Streaming Engine licence key (an entitlement)⟧
    rest_password    = "«pwn:wowzarest»"  ⟦password|Wowza REST API password in templatefile vars⟧
  })

  tags = {
    Name = "wowza-origin-${count.index}"
    app  = "tidepool"
  }
}
"""),
    ("terraform/live/medialive.tf", r"""
resource "aws_medialive_input_security_group" "facility" {
  whitelist_rules {
    cidr = "198.51.100.0/26"
  }
}

resource "aws_medialive_input" "sports_srt" {
  name                  = "sports-srt-caller"
  input_security_groups = [aws_medialive_input_security_group.facility.id]
  type                  = "SRT_CALLER"
  tags = { app = "sports" }
}

resource "aws_ssm_parameter" "sports_srt_passphrase" {
  name  = "/medialive/sports/srt-passphrase"
  type  = "SecureString"
  value = "«pwx:srtsports»"  ⟦password|SRT passphrase as a literal SecureString value⟧
}

resource "aws_ssm_parameter" "partner_rtmp_password" {
  name  = "/medialive/news24/partner-rtmp-password"
  type  = "SecureString"
  value = var.partner_rtmp_password  ⟪variable reference⟫
}
"""),
    ("terraform/data/msk.tf", r"""
resource "aws_msk_cluster" "beacon" {
  cluster_name           = "beacon-events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 6
  broker_node_group_info {
    instance_type   = "kafka.m7g.xlarge"
    client_subnets  = var.private_subnets
    security_groups = [aws_security_group.msk.id]
  }
  client_authentication {
    sasl { scram = true }
  }
}

resource "aws_secretsmanager_secret" "snowplow_loader" {
  name       = "AmazonMSK_snowplow-loader"
  kms_key_id = aws_kms_key.scram.key_id
}

resource "aws_secretsmanager_secret_version" "snowplow_loader" {
  secret_id = aws_secretsmanager_secret.snowplow_loader.id
  secret_string = jsonencode({
    username = "snowplow-loader"
    password = "«pwn:snowplowscram»"  ⟦password|SCRAM password in jsonencode⟧
  })
}

resource "random_password" "segment_sink" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "segment_sink" {
  secret_id     = aws_secretsmanager_secret.segment_sink.id
  secret_string = jsonencode({ username = "segment-sink", password = random_password.segment_sink.result })  ⟪random_password result⟫
}
"""),
    ("terraform/cdn/cloudfront.tf", r"""
resource "aws_cloudfront_public_key" "signer_2026" {
  name        = "bwplus-signer-2026"
  comment     = "premium VOD signed cookies"
  encoded_key = file("${path.module}/keys/signer-2026.pub.pem")  ⟪public key read from a file⟫
}

resource "aws_cloudfront_key_group" "premium" {
  name  = "bwplus-premium"
  items = [aws_cloudfront_public_key.signer_2026.id]
}

resource "aws_secretsmanager_secret_version" "signer_private" {
  secret_id     = aws_secretsmanager_secret.signer_private.id
  secret_string = <<-EOT
    «pem:pkcs1:rsacfold»  ⟦private-key|CloudFront signer key in a heredoc secret_string⟧
  EOT
}

resource "aws_cloudfront_origin_access_control" "vod" {
  name                              = "bwm-vod-oac"
  origin_access_control_origin_type = "s3"
  signing_behavior                  = "always"
  signing_protocol                  = "sigv4"
}
"""),
    ("terraform/cdn/akamai-property.tf", r"""
resource "akamai_property" "vod" {
  name        = "vod.brightwater.tv"
  contract_id = "ctr_«up:7-akctr»"  ⟪Akamai contract id⟫
  group_id    = "grp_«num:6-akgrp»"
  product_id  = "prd_Adaptive_Media_Delivery"
  rule_format = "v2024-05-31"
  rules       = data.akamai_property_rules_template.vod.json
}

data "akamai_property_rules_template" "vod" {
  template_file = abspath("${path.module}/property-snippets/main.json")
  variables {
    name  = "tokenAuthKey"
    value = "«hex:64-akatokenvod»"  ⟦app-secret|Akamai token-auth key as a rules template variable⟧
    type  = "string"
  }
  variables {
    name  = "cpCode"
    value = "«num:7-cpcode»"  ⟪CP code⟫
    type  = "number"
  }
}
"""),
    ("terraform/ads/rds.tf", r"""
resource "aws_db_instance" "harbor_reporting" {
  identifier                  = "harbor-reporting"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.xlarge"
  allocated_storage           = 500
  username                    = "reporting"
  manage_master_user_password = true  ⟪managed master password⟫
  storage_encrypted           = true
}

resource "aws_db_instance" "pbs_stored_requests" {
  identifier        = "pbs-stored-requests"
  engine            = "postgres"
  engine_version    = "15.7"
  instance_class    = "db.t4g.large"
  allocated_storage = 50
  username          = "pbs"
  password          = "«pw:pbsdb»"  ⟦password|aws_db_instance password literal, short weak⟧
  skip_final_snapshot = true
}
"""),
    ("terraform/ads/mq.tf", r"""
resource "aws_mq_broker" "harbor_events" {
  broker_name        = "harbor-events"
  engine_type        = "RabbitMQ"
  engine_version     = "3.12.13"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"

  user {
    username = "harbor_admin"
    password = "«pp:harbormq»"  ⟦password|Amazon MQ user password, season + year⟧
  }
}
"""),
    ("terraform/ops/pagerduty.tf", r"""
terraform {
  required_providers {
    pagerduty = { source = "PagerDuty/pagerduty", version = "~> 3.15" }
  }
}

provider "pagerduty" {
  token = "«b62:20-pdtoken»"  ⟦pagerduty|PagerDuty REST API token literal in the provider⟧
}

resource "pagerduty_service" "live_ops" {
  name                    = "Live Ops - Channels"
  escalation_policy       = pagerduty_escalation_policy.live.id
  alert_creation          = "create_alerts_and_incidents"
}

resource "pagerduty_service_integration" "cloudwatch" {
  name    = "CloudWatch"
  service = pagerduty_service.live_ops.id
  vendor  = data.pagerduty_vendor.cloudwatch.id
}
"""),
    ("terraform/ops/github.tf", r"""
provider "github" {
  owner = "brightwater-media"
  token = "«ghp:tfgithub»"  ⟦github|GitHub token in the Terraform provider⟧
}

resource "github_actions_secret" "player_web_npm" {
  repository      = "player-web"
  secret_name     = "NPM_TOKEN"
  encrypted_value = "«b64k:80-ghencsec»"  ⟪sealed-box encrypted Actions secret⟫
}

resource "github_actions_variable" "region" {
  repository    = "player-web"
  variable_name = "AWS_REGION"
  value         = "us-east-1"
}
"""),
    ("terraform/ops/iam-vendor.tf", r"""
resource "aws_iam_user" "conviva_export" {
  name = "vendor-conviva-export"
  tags = { vendor = "conviva", ticket = "LIVEOPS-1882" }
}

resource "aws_iam_access_key" "conviva_export" {
  user    = aws_iam_user.conviva_export.name
  pgp_key = "keybase:brightwater_secops"  ⟪pgp_key keybase⟫
}

output "conviva_secret" {
  value     = aws_iam_access_key.conviva_export.encrypted_secret  ⟪encrypted_secret output⟫
  sensitive = true
}

locals {
  # old key kept for the vendor's on-prem exporter until they move to the role, see LIVEOPS-1882
  legacy_vendor_key_id     = "«akid:conviva»"  ⟦aws-key-id|vendor key id in Terraform locals⟧
  legacy_vendor_secret_key = "«awssec:conviva»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("terraform/live/prod.auto.tfvars", r"""
environment          = "prod"
datadog_api_key      = "«ddapi:tfvars»"  ⟦datadog|Datadog API key in tfvars⟧
srt_passphrase       = "«pwx:srtcontrib»"  ⟦password|SRT passphrase in tfvars⟧
partner_rtmp_password = "«pp:partnerrtmp»"  ⟦password|partner RTMP password in tfvars, passphrase⟧
pagerduty_token      = ""
wowza_instance_type  = "c6in.4xlarge"
"""),
    ("terraform/data/terraform.tfvars.json", r"""
{
  "environment": "prod",
  "redshift_master_password": "«pwl:rsmaster»",  ⟦password|Redshift password in JSON tfvars⟧
  "snowplow_iglu_api_key": "«uuid:iglukey»",  ⟦app-secret|Iglu Server API key in JSON tfvars⟧
  "private_subnets": ["subnet-0a91c3e7d24f58b16", "subnet-0d47b2e8c91a06f35"]
}
"""),
    ("terraform/data/example.tfvars", r"""
# copy to terraform.tfvars and fill in
environment              = "dev"
redshift_master_password = "<redshift-master-password>"  ⟪angle-bracket placeholder⟫
snowplow_iglu_api_key    = "00000000-0000-0000-0000-000000000000"  ⟪zero UUID placeholder⟫
"""),
    ("terraform/ops/terraform.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 212,
  "lineage": "«uuid:tflineage»",  ⟪state lineage⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ses_newsroom",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "«akid:tfstateses»",  ⟦aws-key-id|key id in a state file⟧
            "secret": "«awssec:tfstateses»",  ⟦aws-secret|secret in a state file⟧
            "ses_smtp_password_v4": "«sesv4:tfstateses»",  ⟦aws-ses-smtp|SES SMTP password in a state file⟧
            "status": "Active",
            "user": "ses-smtp-cms"
          },
          "sensitive_attributes": []
        }
      ]
    }
  ]
}
"""),
    ("terraform/ops/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.61.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪provider hash⟫
    "zh:«sha256:lockzh1»",  ⟪provider hash⟫
    "zh:«sha256:lockzh2»",
  ]
}

provider "registry.terraform.io/pagerduty/pagerduty" {
  version = "3.15.6"
  hashes = [
    "h1:«b64k:32-lockh2»",
    "zh:«sha256:lockzh3»",
  ]
}
"""),
    ("terraform/plans/live-plan.txt", r"""
Terraform will perform the following actions:

  # aws_ssm_parameter.sports_srt_passphrase will be updated in-place
  ~ resource "aws_ssm_parameter" "sports_srt_passphrase" {
        id    = "/medialive/sports/srt-passphrase"
        name  = "/medialive/sports/srt-passphrase"
      ~ value = (sensitive value)  ⟪masked sensitive value in a plan⟫
        # (8 unchanged attributes hidden)
    }

  # aws_instance.wowza_origin[0] will be updated in-place
  ~ resource "aws_instance" "wowza_origin" {
        id        = "i-0c4e7a91d2b35f806"
      ~ user_data = "«sha:planud1»" -> "«sha:planud2»"  ⟪user_data hashes⟫
    }

Plan: 0 to add, 2 to change, 0 to destroy.
"""),
    ("terragrunt/live/us-east-1/cms/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::git@github.com:brightwater-media/tf-modules.git//wordpress-ha?ref=v3.8.0"
}

inputs = {
  name              = "anchor-cms"
  db_username       = "anchor_wp"
  db_password       = "«pwl:cmsdb»"  ⟦password|Terragrunt input DB password⟧
  smtp_password     = get_env("ANCHOR_SMTP_PASSWORD")  ⟪get_env⟫
  instance_type     = "m6i.xlarge"
}
"""),
    ("terragrunt/live/us-east-1/recs/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

dependency "vpc" {
  config_path = "../vpc"
}

inputs = {
  vpc_id            = dependency.vpc.outputs.vpc_id
  feature_store_ttl = 604800
  redis_auth        = "«pwr:driftredis»"  ⟦password|Redis auth token as a Terragrunt input⟧
}
"""),
    ("pulumi/ads/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-1
  harbor-ads:gamNetworkCode: "«num:8-gamnet»"  ⟪Ad Manager network code⟫
  harbor-ads:dbPassword:
    secure: v1:«b64k:12-pulnonce»:«b64k:48-pulct»  ⟪Pulumi secure value⟫
  harbor-ads:pubmaticApiPassword: «pwn:pubmatic»  ⟦password|plaintext Pulumi config password⟧
  harbor-ads:indexExchangeKey: «hex:32-ixkey»  ⟦app-secret|SSP API key as plaintext Pulumi config⟧
"""),
    ("pulumi/ads/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("dbPassword");  ⟪requireSecret⟫

const pacingQueue = new aws.sqs.Queue("pacing-updates", { visibilityTimeoutSeconds: 120 });

const reporting = new aws.rds.Instance("ssp-reporting", {
    engine: "postgres",
    instanceClass: "db.t4g.medium",
    allocatedStorage: 50,
    username: "ssp",
    password: dbPassword,
    skipFinalSnapshot: true,
});

export const queueUrl = pacingQueue.url;
"""),
    ("cdktf/main.py", r"""
#!/usr/bin/env python
from cdktf import App, TerraformStack
from constructs import Construct
from imports.aws.provider import AwsProvider
from imports.aws.elasticache_user import ElasticacheUser


class CacheUsers(TerraformStack):
    def __init__(self, scope: Construct, ns: str):
        super().__init__(scope, ns)
        AwsProvider(self, "aws", region="us-east-1")
        ElasticacheUser(
            self, "recs_reader",
            user_id="recs-reader",
            user_name="recs-reader",
            access_string="on ~recs:* +get +mget",
            engine="REDIS",
            passwords=["«pwx:recsreader»"],  ⟦password|ElastiCache user password in a CDKTF stack⟧
        )


app = App()
CacheUsers(app, "cache-users")
app.synth()
"""),
    ("terraform/modules/encoder-fleet/main.tf", r"""
variable "name" { type = string }
variable "ami_id" { type = string }
variable "ssh_key_name" { type = string }

resource "aws_launch_template" "encoder" {
  name_prefix   = "${var.name}-"
  image_id      = var.ami_id
  instance_type = "g5.2xlarge"
  key_name      = var.ssh_key_name
  user_data     = base64encode(templatefile("${path.module}/init.sh.tftpl", { name = var.name }))
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_autoscaling_group" "encoder" {
  name                = var.name
  min_size            = 0
  max_size            = 12
  vpc_zone_identifier = ["subnet-0b2c7e91d4a3f5068", "subnet-06e4a1d9c7b2f3850"]  ⟪subnet ids⟫
  launch_template {
    id      = aws_launch_template.encoder.id
    version = "$Latest"
  }
}
"""),
    ("terraform/facility/fortigate.tf", r"""
provider "fortios" {
  hostname = "fw-atl-01.fac.bwm.local"
  token    = "«lo:30-fortitoken»"  ⟦app-secret|FortiOS REST API token in the provider⟧
  insecure = true
}

resource "fortios_vpnipsec_phase1interface" "aws_tunnel1" {
  name       = "aws-live-t1"
  interface  = "wan1"
  remote_gw  = "3.215.44.107"
  psksecret  = "«b62:32-vpnpsk1»"  ⟦password|IPsec PSK repeated on the FortiGate side⟧
  proposal   = "aes256-sha256"
  dhgrp      = "14"
}

resource "fortios_vpnipsec_phase1interface" "aws_tunnel2" {
  name      = "aws-live-t2"
  interface = "wan2"
  remote_gw = "52.4.190.33"
  psksecret = var.aws_tunnel2_psk  ⟪variable reference⟫
}
"""),
]
