"""fresh33 templates, AWS infrastructure as code, deployment and CI (Saltmere Cruises): CloudFormation YAML and
JSON, parameter files, ECS task definitions, Lambda configurations, CodeBuild, UserData, SAM and samconfig,
serverless.yml, Terraform and tfvars, compose, Kubernetes, Helm, Dockerfiles and CI pipelines of several
vendors, plus one ship-edge stack per ship (generated from the fleet list below).
Markers: render.py and README.md."""

SHIPS = [("aur", "Saltmere Aurora", "9871204"), ("bor", "Saltmere Boreal", "9871216"),
         ("cel", "Saltmere Celeste", "9903418"), ("dor", "Saltmere Dorada", "9903420"),
         ("est", "Saltmere Estrella", "9950377"), ("fjd", "Saltmere Fjordia", "9950389")]

FILES = [
    ("infra/cfn/booking-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  tidemark booking core - voyages, cabins inventory, holds and pricing (Aurora PostgreSQL, ECS Fargate).
  Account 718204963355 (guest platform), us-east-1. Owner: guest-platform@saltmere.com
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  PricingDbPassword:
    Type: String
    NoEcho: true
Resources:
  BookingDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.5'
      DatabaseName: tidemark
      MasterUsername: tidemark_admin
      MasterUserPassword: «pwc:bookingdb»  ⟦password|Aurora master password, company name + digits⟧
      KmsKeyId: arn:aws:kms:us-east-1:718204963355:key/«uuid:kmsbook»  ⟪KMS key ARN⟫
  PricingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      MasterUsername: pricing
      MasterUserPassword: !Ref PricingDbPassword  ⟪Ref of a NoEcho parameter without Default⟫
  HoldsCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: cabin holds (15 minute TTL)
      Engine: redis
      TransitEncryptionEnabled: true
      AuthToken: «pwr:holdsredis»  ⟦password|ElastiCache AuthToken literal⟧
Outputs:
  DbEndpoint:
    Value: !GetAtt BookingDb.Endpoint.Address
"""),
    ("infra/cfn/booking-core.params.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "PricingDbPassword", "ParameterValue": "«pwn:pricingdb»"},  ⟦password|parameter file, first name + year⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-east-1:718204963355:booking-alarms"}
]
"""),
    ("infra/cfn/ta-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: compass travel-agent portal (agency logins, commissions, group blocks) behind CloudFront
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
Resources:
  AgencyAuthFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: agency_auth.handler
      CodeUri: src/
      Environment:
        Variables:
          CLIA_VERIFY_URL: https://api.cruising.org/verify/v2
          CLIA_API_KEY: «hex:32-clia»  ⟦app-secret|CLIA agent-verification API key in Lambda env⟧
          SESSION_SIGNING_KEY: «urlsafe:48-tasess»  ⟦app-secret|session signing key in Lambda env⟧
          RECAPTCHA_SITE_KEY: 6Lc«b62:37-recap»  ⟪reCAPTCHA site key, public⟫
  CommissionFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: commission.handler
      CodeUri: src/
      Environment:
        Variables:
          NETSUITE_TOKEN_SECRET: '{{resolve:secretsmanager:compass/netsuite:SecretString:token_secret}}'  ⟪dynamic reference⟫
          NETSUITE_ACCOUNT: 5518207
          PAYOUT_BANK_SFTP_PASSWORD: «pwx:payoutsftp»  ⟦password|bank SFTP password in Lambda env⟧
"""),
    ("infra/cfn/ses-notifications.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: guest e-mail (booking confirmations, e-docs, boarding passes) via SES; SMTP user for the legacy Seaware mailer
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-seaware
      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of a secret, not a value⟫
"""),
    ("infra/cfn/seaware-mailer.params.json", r"""
{
  "Parameters": {
    "SmtpHost": "email-smtp.us-east-1.amazonaws.com",
    "SmtpUser": "«akid:sesseaware»",  ⟦aws-key-id|SES SMTP user (access key id) in a parameter file⟧
    "SmtpPassword": "«sesv4:sesseaware»",  ⟦aws-ses-smtp|SES SMTP password in a parameter file⟧
    "FromAddress": "bookings@saltmere.com"
  }
}
"""),
    ("infra/cfn/crew-manifest.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "crewline - crew and passenger manifests (APIS, eNOA/D, FAL forms) to port authorities through Transfer Family",
  "Resources": {
    "ManifestServer": {
      "Type": "AWS::Transfer::Server",
      "Properties": {"Protocols": ["SFTP"], "IdentityProviderType": "SERVICE_MANAGED", "EndpointType": "PUBLIC"}
    },
    "CbpApisConnector": {
      "Type": "AWS::Transfer::Connector",
      "Properties": {
        "Url": "sftp://apis-sftp.cbp.dhs.gov",
        "AccessRole": {"Fn::GetAtt": ["ConnectorRole", "Arn"]},
        "SftpConfig": {
          "UserSecretId": {"Fn::Sub": "arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:crewline/cbp-apis"},
          "TrustedHostKeys": ["ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64k:32-cbphost»"]  ⟪trusted host public key⟫
        }
      }
    },
    "PortAgentSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "crewline/port-agent-nassau",
        "SecretString": "{\"username\":\"smc_manifest\",\"password\":\"«pw:portagentnas»\"}"  ⟦password|SecretString literal with a season password⟧
      }
    },
    "ManifestApi": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "port-authority-pull", "Enabled": true, "Value": "«b62:40-portpull»"}  ⟦app-secret|API Gateway key Value literal⟧
    }
  }
}
"""),
    ("infra/cfn/medical-emr.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: seacare medical centre - shoreside replica of the shipboard EMR, telemedicine relay
Parameters:
  EmrDbPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /seacare/prod/emr-db-password  ⟪SSM parameter name as Default⟫
  TelemedPartnerKey:
    Type: String
    NoEcho: true
    Default: «hex:40-telemed»  ⟦app-secret|NoEcho parameter with a literal Default (telemedicine partner key)⟧
Resources:
  EmrReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      LicenseModel: license-included
      MasterUsername: seacare
      ManageMasterUserPassword: true  ⟪managed master password⟫
  RelayTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: telemed-relay
      ContainerDefinitions:
        - Name: relay
          Image: 912640387155.dkr.ecr.us-east-1.amazonaws.com/telemed-relay@sha256:«sha256:relayimg»  ⟪image digest⟫
          Environment:
            - Name: PARTNER_KEY
              Value: !Ref TelemedPartnerKey
            - Name: DICOM_AE_TITLE
              Value: SMC_SHORE
          Secrets:
            - Name: EMR_DB_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-1:718204963355:parameter/seacare/prod/emr-db-password  ⟪ValueFrom SSM⟫
"""),
    ("infra/cfn/excursions.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: shorex - shore excursions inventory, port agent and tour operator APIs
Resources:
  TourOperatorConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: shorex-tour-operators
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: «b62:32-touropsapi»  ⟦app-secret|EventBridge connection API key value⟧
  PortAgentConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: shorex-port-agent-cozumel
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: saltmere
          Password: «pwl:cozagent»  ⟦password|EventBridge BASIC connection password⟧
  ViatorConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://auth.partner-tours.com/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: shorex-saltmere
            ClientSecret: '{{resolve:secretsmanager:shorex/partner-oauth:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/fleet-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ship-to-shore Site-to-Site VPN over VSAT (one tunnel pair per ship), Transit Gateway attachment
Resources:
  AuroraCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65101
      IpAddress: 203.0.113.41
      Type: ipsec.1
  AuroraVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      CustomerGatewayId: !Ref AuroraCgw
      TransitGatewayId: tgw-0c41e8a2f96b7d315  ⟪transit gateway id⟫
      Type: ipsec.1
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-aurpsk1»  ⟦password|VPN tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.41.0/30
        - PreSharedKey: «b62:32-aurpsk2»  ⟦password|VPN tunnel pre-shared key, tunnel 2⟧
          TunnelInsideCidr: 169.254.41.4/30
"""),
    ("infra/cfn/loyalty-stack.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: captains-circle loyalty (tiers, cruise points, onboard credit offers)
Resources:
  LoyaltyFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !GetAtt LoyaltyRole.Arn
      Code:
        S3Bucket: smc-artifacts-912640387155
        S3Key: loyalty/loyalty-4.12.0.zip
      Environment:
        Variables:
          BRAZE_API_KEY: «uuid:brazeloy»  ⟦app-secret|Braze REST API key in Lambda env⟧
          SEGMENT_WRITE_KEY: «segment:loyweb»  ⟪Segment browser write key (public in the site)⟫
          AIRLINE_PARTNER_HMAC: «hex:64-airlinehmac»  ⟦app-secret|partner HMAC key in Lambda env⟧
          MEMBERS_TABLE: captains-circle-members
"""),
    ("infra/cfn/datalake.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: wake data platform - Glue jobs from shipboard PMS exports, Redshift Serverless (account 339817204562)
Resources:
  FolioIngestJob:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::339817204562:role/wake-glue
      Command: {Name: glueetl, ScriptLocation: s3://wake-scripts-339817204562/folio_ingest.py}
      DefaultArguments:
        --ship_pms_jdbc: jdbc:sqlserver://fidelio-replica.smc.internal:1433;databaseName=FCRUISE
        --ship_pms_user: wake_reader
        --ship_pms_password: «pwp:folioingest»  ⟦password|Glue DefaultArguments password, short⟧
        --enable-metrics: 'true'
  CasinoConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '339817204562'
      ConnectionInput:
        Name: casino-cms
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@cms-shore.smc.internal:1521/CMSPRD
          USERNAME: wake_casino
          PASSWORD: «pwl:casinojdbc»  ⟦password|Glue connection PASSWORD⟧
  Warehouse:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: wake
      AdminUsername: wakeadmin
      ManageAdminPassword: true  ⟪managed admin password⟫
"""),
    ("infra/cfn/userdata-portsync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: provisioning port-sync host (pulls supplier ASN files from the ship chandlers' SFTP)
Resources:
  PortSync:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0f2d93e4b71c5a806  ⟪AMI id⟫
      InstanceType: t3.medium
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y lftp awscli
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<'EOF'
          [default]
          aws_access_key_id = «akid:portsync»  ⟦aws-key-id|key id in UserData heredoc⟧
          aws_secret_access_key = «awssec:portsync»  ⟦aws-secret|secret in UserData heredoc⟧
          EOF
          echo "set sftp:auto-confirm yes" > /etc/lftp.conf
          echo 'open -u saltmere_asn,«pwn:chandlersftp» sftp://sftp.bahamaship-supply.com' > /root/chandler.lftp  ⟦password|lftp open -u user,password⟧
          echo "*/20 * * * * root lftp -f /root/chandler.lftp" > /etc/cron.d/asn
"""),
    ("infra/cfn/codebuild-app.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: guest app (iOS/Android) build on CodeBuild
Resources:
  AppBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: seapass-app-release
      Environment:
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        Type: LINUX_CONTAINER
        EnvironmentVariables:
          - Name: EXPO_TOKEN
            Type: PLAINTEXT
            Value: «expo:seapassapp»  ⟦app-secret|Expo access token as a PLAINTEXT CodeBuild variable⟧
          - Name: SENTRY_AUTH_TOKEN
            Type: SECRETS_MANAGER
            Value: ci/sentry:auth_token  ⟪SECRETS_MANAGER reference⟫
          - Name: GOOGLE_PLAY_JSON
            Type: PARAMETER_STORE
            Value: /ci/play/service-account  ⟪PARAMETER_STORE reference⟫
          - Name: NPM_TOKEN
            Type: PLAINTEXT
            Value: «npm:seapassci»  ⟦npm|npm token PLAINTEXT⟧
      Source:
        Type: GITHUB
        Location: https://github.com/saltmere/seapass-app.git
"""),
    ("infra/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "shorex-api"
s3_bucket = "smc-sam-artifacts-718204963355"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=\"prod\" TourOperatorDbPassword=\"«pwc:shorexdb»\" PortAgentApiKey=\"«b62:32-portagentkey»\""  ⟦password|samconfig parameter_overrides password (with an API key on the same line)⟧

[stage.deploy.parameters]
stack_name = "shorex-api-stage"
parameter_overrides = "Env=\"stage\" TourOperatorDbPassword=\"{{resolve:ssm-secure:/shorex/stage/db}}\""  ⟪dynamic reference⟫
"""),
    ("services/provisioning/serverless.yml", r"""
service: galley-provisioning
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.11
  region: us-east-1
  environment:
    STAGE: ${sls:stage}
    SUPPLIER_EDI_PASSWORD: ${ssm:/galley/edi/password}  ⟪serverless ssm reference⟫
    ORACLE_MICROS_PASSWORD: «pw:micros»  ⟦password|serverless provider environment password⟧
    GS1_API_KEY: «hex:32-gs1»  ⟦app-secret|GS1 product data API key⟧
functions:
  asnIngest:
    handler: handlers/asn.ingest
    events:
      - s3:
          bucket: smc-provisioning-inbound
          event: s3:ObjectCreated:*
  ordersToChandler:
    handler: handlers/orders.push
    environment:
      CHANDLER_TOKEN: ${env:CHANDLER_TOKEN}  ⟪env reference⟫
"""),
    ("infra/ecs/folio-sync.taskdef.json", r"""
{
  "family": "folio-sync",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::718204963355:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "folio-sync",
      "image": "912640387155.dkr.ecr.us-east-1.amazonaws.com/folio-sync:4.3.1",
      "environment": [
        {"name": "FIDELIO_CRUISE_HOST", "value": "fcs-shore.smc.internal"},
        {"name": "FIDELIO_CRUISE_PASSWORD", "value": "«pw6:fcspw»"},  ⟦password|ECS env password (PMS terminal style)⟧
        {"name": "SHIFT4_AUTH_TOKEN", "value": "«uuid:shift4»"},  ⟦app-secret|Shift4 access token⟧
        {"name": "AWS_REGION", "value": "us-east-1"}
      ],
      "secrets": [
        {"name": "ADYEN_API_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:718204963355:secret:folio/adyen-«b62:6-adyarn»"}  ⟪valueFrom ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/folio-sync"}}
    }
  ]
}
"""),
    ("infra/ecs/excursion-pos.taskdef.json", r"""
{
  "family": "excursion-desk",
  "containerDefinitions": [
    {
      "name": "desk-api",
      "image": "912640387155.dkr.ecr.us-east-1.amazonaws.com/excursion-desk:2.8.0",
      "environment": [
        {"name": "DB_URL", "value": "postgresql://shorex:«pwn:shorexdesk»@shorex-db.cluster-c7lq2bz0wx1e.us-east-1.rds.amazonaws.com:5432/shorex"},  ⟦conn-string|postgres URL with password in ECS env⟧
        {"name": "SENTRY_DSN", "value": "«sentrynew:desk»"},  ⟪modern Sentry DSN (public)⟫
        {"name": "TWILIO_ACCOUNT_SID", "value": "«twac:desk»"},  ⟪Twilio account SID⟫
        {"name": "TWILIO_AUTH_TOKEN", "value": "«hex:32-twtok»"}  ⟦app-secret|Twilio auth token⟧
      ]
    }
  ]
}
"""),
    ("infra/lambda/muster-alerts.config.json", r"""
{
  "FunctionName": "muster-alerts",
  "Runtime": "python3.12",
  "Handler": "app.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪code hash⟫
  "Environment": {
    "Variables": {
      "PAGERDUTY_ROUTING_KEY": "«pdkey:muster»",  ⟦pagerduty|PagerDuty routing key⟧
      "SLACK_WEBHOOK": "«slackhook:muster»",  ⟦slack|Slack incoming webhook⟧
      "MUSTER_API": "https://muster.shore.saltmere.com/v1"
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-1:604391827716:key/«uuid:kmsmuster»"  ⟪KMS ARN⟫
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.60" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.94" }
    datadog   = { source = "DataDog/datadog" }
  }
  backend "s3" {
    bucket         = "smc-tfstate-912640387155"
    key            = "fleet/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "smc-tflock"
  }
}

provider "snowflake" {
  account  = "smc-wake"
  user     = "TERRAFORM_SVC"
  password = "«snowpw:tfsnow»"  ⟦password|Snowflake provider password⟧
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in provider⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_app_key" {
  type      = string
  sensitive = true
  default   = "«ddapp:tf»"  ⟦datadog|Datadog app key as a variable default⟧
}

variable "vsat_noc_password" {
  description = "password for the VSAT provider's NOC portal (used by the link-health poller)"
  type        = string
  sensitive   = true
  default     = "«vsat:noc»"  ⟦password|Terraform variable default password⟧
}

variable "env" {
  type    = string
  default = "prod"
}

variable "casino_db_password" {
  type      = string
  sensitive = true
}
"""),
    ("infra/terraform/prod.tfvars", r"""
env                = "prod"
casino_db_password = "«pwx:casinotf»"  ⟦password|tfvars password⟧
leo_terminal_api_token = "«b62:44-leotf»"  ⟦app-secret|LEO terminal fleet API token in tfvars⟧
vpc_cidr           = "10.40.0.0/16"
kms_key_id         = "«uuid:tfkms»"  ⟪KMS key id⟫
"""),
    ("infra/terraform/iam-vendors.tf", r"""
resource "aws_iam_user" "ballast_vendor" {
  name = "vendor-ballastwise-upload"
}

resource "aws_iam_access_key" "ballast_vendor" {
  user    = aws_iam_user.ballast_vendor.name
  pgp_key = "keybase:saltmere_secops"  ⟪pgp_key reference⟫
}

output "ballast_vendor_secret" {
  value     = aws_iam_access_key.ballast_vendor.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

# the old bunker-fuel vendor key, kept until their agent is upgraded (SEC-2291)
locals {
  bunker_vendor_key_id     = "«akid:bunkervendor»"  ⟦aws-key-id|key id in Terraform locals⟧
  bunker_vendor_secret_key = "«awssec:bunkervendor»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/rds-casino.tf", r"""
resource "aws_db_instance" "casino_cms" {
  identifier          = "casino-cms-shore"
  engine              = "oracle-se2"
  instance_class      = "db.m6i.xlarge"
  username            = "cmsadmin"
  password            = "«pwc:casinords»"  ⟦password|Terraform RDS password literal⟧
  storage_encrypted   = true
  skip_final_snapshot = false
}

resource "aws_db_instance" "spa_booking" {
  identifier                  = "spa-booking"
  engine                      = "mysql"
  username                    = "spa"
  manage_master_user_password = true  ⟪managed password⟫
}

resource "random_password" "loyalty" {
  length = 32
}

resource "aws_secretsmanager_secret_version" "loyalty" {
  secret_id     = aws_secretsmanager_secret.loyalty.id
  secret_string = random_password.loyalty.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/leo-terminals.tf", r"""
# LEO terminals (one per ship, two on Celeste) - the vendor's Terraform provider manages them
provider "leosat" {
  account_number = "ACC-4471902-58812-17"
  client_id      = "saltmere-fleet"
  client_secret  = "«b62:48-leoclient»"  ⟦app-secret|satellite provider client secret⟧
}

resource "leosat_terminal" "aurora" {
  kit_serial = "KIT30417720"
  nickname   = "AUR-bridge-deck-fwd"
}
"""),
    ("deploy/compose/ship-edge.yml", r"""
# runs on each ship's edge server (Dell R650xs, bridge IT room); one stack per ship
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: edge
      POSTGRES_PASSWORD: «pwn:edgepg»  ⟦password|compose POSTGRES_PASSWORD⟧
  mqtt:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  telemetry-forwarder:
    image: 912640387155.dkr.ecr.us-east-1.amazonaws.com/telemetry-fwd:1.9.4
    environment:
      AWS_ACCESS_KEY_ID: «akid:edgefwd»  ⟦aws-key-id|compose env key id⟧
      AWS_SECRET_ACCESS_KEY: «awssec:edgefwd»  ⟦aws-secret|compose env secret⟧
      KINESIS_STREAM: ship-telemetry
      STORE_AND_FORWARD_DIR: /data/spool
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${GRAFANA_ADMIN_PASSWORD}  ⟪env reference⟫
"""),
    ("deploy/compose/.env", r"""
GRAFANA_ADMIN_PASSWORD=«pwl:grafanaedge»  ⟦password|compose .env password⟧
INFLUX_TOKEN=«urlsafe:64-influx»  ⟦app-secret|InfluxDB token⟧
SHIP_CODE=AUR
"""),
    ("deploy/compose/docker-compose.portal.yml", r"""
services:
  wordpress:
    image: wordpress:6.5-php8.2
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: wp
      WORDPRESS_DB_PASSWORD: changeme  ⟪placeholder⟫
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: ${DB_ROOT_PASSWORD:?set it}  ⟪env reference⟫
"""),
    ("deploy/k8s/booking/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-api
  namespace: tidemark
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:bookingk8s»  ⟦aws-b64|base64 key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:bookingk8s»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
stringData:
  CYBERSOURCE_SHARED_SECRET: «b64k:32-cybs»  ⟦app-secret|payment gateway shared secret in stringData⟧
"""),
    ("deploy/k8s/booking/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: booking-api
  namespace: tidemark
spec:
  replicas: 6
  template:
    spec:
      serviceAccountName: booking-api
      containers:
        - name: api
          image: 912640387155.dkr.ecr.us-east-1.amazonaws.com/booking-api:7.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: booking-db, key: password}  ⟪secretKeyRef⟫
            - name: GDS_AMADEUS_CLIENT_ID
              value: «b62:32-amaid»  ⟪Amadeus client id (identifier)⟫
            - name: GDS_AMADEUS_CLIENT_SECRET
              value: «b62:16-amasec»  ⟦app-secret|Amadeus client secret in Deployment env⟧
            - name: JAVA_OPTS
              value: -Xmx3g -Dspring.datasource.password=«pwp:bookjvm»  ⟦password|JVM system property password⟧
"""),
    ("deploy/k8s/booking/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: booking-db
spec:
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: booking-db}
  data:
    - secretKey: password
      remoteRef: {key: tidemark/prod/db, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/cctv/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: vms-bridge
  namespace: cctv
spec:
  encryptedData:
    VMS_PASSWORD: «sealed:vms»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/data/airflow-connections-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: airflow-connections
  namespace: wake
type: Opaque
stringData:
  AIRFLOW_CONN_SEAWARE_DB: mssql://wake_etl:«pwn:seawareconn»@seaware-db.smc.internal:1433/SEAWARE  ⟦conn-string|Airflow connection URI with password⟧
  AIRFLOW__CORE__FERNET_KEY: «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
  AIRFLOW__WEBSERVER__SECRET_KEY: «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key⟧
"""),
    ("deploy/helm/muster/values-prod.yaml", r"""
image:
  repository: 912640387155.dkr.ecr.us-east-1.amazonaws.com/muster-shore
  tag: 3.2.0
postgresql:
  auth:
    username: muster
    password: «pw:musterhelm»  ⟦password|Helm values postgresql password⟧
    existingSecret: ""
redis:
  auth:
    existingSecret: muster-redis  ⟪existingSecret⟫
env:
  WEARABLE_GATEWAY_API_KEY: «hex:40-wearable»  ⟦app-secret|muster wearable gateway API key⟧
  PUBLIC_MAP_TILES_KEY: pk.«b62:60-mapbox»  ⟪Mapbox public token⟫
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  apiKeyExistingSecret: datadog-secret  ⟪existing secret⟫
  site: datadoghq.com
  clusterName: shore-eks-prod
clusterAgent:
  token: «b62:32-ddcluster»  ⟦app-secret|Datadog cluster agent token⟧
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-fleet-config
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/saltmere/fleet-config.git
  username: saltmere-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT as an Argo CD repository password⟧
"""),
    ("deploy/docker/Dockerfile.folio", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .
ENV ASPNETCORE_URLS=http://+:8080
ENV FolioDb__ConnectionString="Server=fcs-shore.smc.internal;Database=FCRUISE;User Id=folio_api;Password=«pwc:foliodocker»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string in Dockerfile ENV⟧
ENV Payments__Provider=adyen
RUN --mount=type=secret,id=nuget_pat dotnet nuget add source https://pkgs.dev.azure.com/saltmere/_packaging/folio/nuget/v3/index.json  ⟪BuildKit secret mount⟫
ENTRYPOINT ["dotnet", "Folio.Api.dll"]
"""),
    ("deploy/docker/Dockerfile.excursions", r"""
FROM node:20-alpine
WORKDIR /srv
ARG NPM_TOKEN=«npm:excursionsdocker»  ⟦npm|npm token as a Dockerfile ARG default⟧
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
COPY . .
CMD ["node", "server.js"]
"""),
    (".github/workflows/deploy-booking.yml", r"""
name: deploy-booking
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::718204963355:role/gha-deploy-booking  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: ./scripts/deploy.sh
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}  ⟪secrets reference⟫
          GDS_SABRE_PASSWORD: «pwx:sabregha»  ⟦password|workflow env password literal⟧
"""),
    (".github/workflows/island-kiosks.yml", r"""
name: island-kiosks
on: workflow_dispatch
jobs:
  push:
    runs-on: [self-hosted, cay-lumen]
    env:
      AWS_ACCESS_KEY_ID: «akid:kioskgha»  ⟦aws-key-id|workflow env key id⟧
      AWS_SECRET_ACCESS_KEY: «awssec:kioskgha»  ⟦aws-secret|workflow env secret⟧
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync kiosk/ s3://smc-island-kiosk-content/
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SHOREX_DB_PASSWORD: $SHOREX_DB_PASSWORD  ⟪CI variable reference⟫
build:
  stage: build
  script:
    - docker login -u saltmere-ci -p «dckr:gitlab» docker.io  ⟦docker-hub|docker login -p with a Docker Hub PAT⟧
    - docker build -t saltmere/shorex:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - curl -sf -H "PRIVATE-TOKEN: «glpat:deploy»" https://gitlab.saltmere.com/api/v4/projects/77/trigger  ⟦gitlab|GitLab PAT in a curl header⟧
"""),
    ("ci/Jenkinsfile.folio", r"""
pipeline {
  agent { label 'windows-build' }
  environment {
    NUGET_KEY = credentials('nuget-feed')  ⟪Jenkins credentials()⟫
    OCTOPUS_API_KEY = 'API-«up:26-octo»'  ⟦app-secret|Octopus Deploy API key literal⟧
  }
  stages {
    stage('build') { steps { bat 'dotnet build -c Release' } }
    stage('db') {
      steps {
        bat 'sqlcmd -S fcs-shore.smc.internal -U folio_deploy -P «pwn:foliosqlcmd» -i migrations\\all.sql'  ⟦password|sqlcmd -P password⟧
      }
    }
  }
}
"""),
    ("bitbucket-pipelines.yml", r"""
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: dbt run
          script:
            - pip install dbt-snowflake==1.8.3
            - export SNOWFLAKE_PASSWORD='«snowpw:dbtbb»'  ⟦password|export of a Snowflake password in a pipeline⟧
            - dbt run --target prod
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  publish-ta-portal:
    docker:
      - image: cimg/node:20.11
        auth:
          username: saltmereci
          password: $DOCKERHUB_PASSWORD  ⟪env reference⟫
    environment:
      CLOUDFRONT_DISTRIBUTION: E2K7Q4XZP1M9TR
      ALGOLIA_ADMIN_KEY: «algolia:taportal»  ⟦app-secret|Algolia admin key⟧
      ALGOLIA_SEARCH_KEY: «hex:32-algsearch»  ⟪Algolia search-only key (public)⟫
    steps:
      - checkout
      - run: npm ci && npm run build
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: casino-pos
  - name: IGT_SYSTEM_PASSWORD
    value: «pw6:igtsys»  ⟦password|Azure Pipelines variable password⟧
steps:
  - task: PowerShell@2
    inputs:
      targetType: inline
      script: |
        $pw = ConvertTo-SecureString '$(CasinoSvcPassword)' -AsPlainText -Force  ⟪pipeline variable reference⟫
        ./deploy-pos.ps1 -Credential (New-Object PSCredential('SMC\svc-casino', $pw))
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":ship: edge images"
    command: make edge-images
    env:
      VAULT_ADDR: https://vault.shore.saltmere.com
      VAULT_TOKEN: «hvs:buildkite»  ⟦vault|Vault token in pipeline env⟧
  - label: ":satellite: bandwidth report"
    command: python tools/bw_report.py
"""),
    ("deploy/ansible/group_vars/ships.yml", r"""
ansible_user: ansible
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_password: "{{ vault_ship_winrm_password }}"  ⟪Ansible vault variable⟫
fidelio_dsn_password: «pw6:fidelioansible»  ⟦password|Ansible group_vars password⟧
ntp_servers: [10.40.0.10, 10.40.0.11]
"""),
    ("deploy/ansible/roles/vsat/tasks/main.yml", r"""
- name: push modem options file
  uri:
    url: "https://{{ modem_ip }}/api/options"
    method: PUT
    user: admin
    password: «vsat:modemrole»  ⟦password|Ansible uri task password⟧
    force_basic_auth: true
    validate_certs: false
    body_format: json
    body: "{{ lookup('file', 'options/' + ship + '.json') }}"
"""),
    ("deploy/packer/ship-edge.pkr.hcl", r"""
source "amazon-ebs" "edge" {
  ami_name      = "ship-edge-{{timestamp}}"
  instance_type = "m6i.large"
  region        = "us-east-1"
  ssh_username  = "ec2-user"
}
build {
  sources = ["source.amazon-ebs.edge"]
  provisioner "shell" {
    environment_vars = ["REGISTRY_PASSWORD=«pwr:packerreg»"]  ⟦password|Packer environment_vars password⟧
    script = "scripts/edge-bootstrap.sh"
  }
}
"""),
]

# one edge stack per ship: the same shapes, each ship's own values (and its own habits)
for code, name, imo in SHIPS:
    up = code.upper()
    FILES.append((f"infra/ships/{code}/edge-stack.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: {name} (IMO {imo}) - ship edge, Greengrass core, store-and-forward to S3 when the link is up
Parameters:
  ShipCode:
    Type: String
    Default: {up}
  OutpostBackhaul:
    Type: String
    AllowedValues: [vsat, leo, port-wifi, lte]
Resources:
  CoreThing:
    Type: AWS::IoT::Thing
    Properties:
      ThingName: smc-{code}-core-01
  TelemetryRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'smc/{code}/engine/#'
        Actions:
          - Http:
              Url: https://ingest.vessel-perf.io/v2/{imo}
              Headers:
                - Key: x-api-key
                  Value: «hex:40-perf{code}»  ⟦app-secret|IoT HTTP action header API key ({up})⟧
  SpoolBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: smc-{code}-spool-604391827716
"""))
    FILES.append((f"infra/ships/{code}/edge-stack.params.json", f"""
[
  {{"ParameterKey": "ShipCode", "ParameterValue": "{up}"}},
  {{"ParameterKey": "OutpostBackhaul", "ParameterValue": "{'leo' if code in ('cel', 'est') else 'vsat'}"}},
  {{"ParameterKey": "LocalAdminPassword", "ParameterValue": "«vsat:edgeadm{code}»"}},  ⟦password|ship edge parameter file password ({up})⟧
  {{"ParameterKey": "KmsKeyId", "ParameterValue": "«uuid:kms{code}»"}}  ⟪KMS key id⟫
]
"""))
    FILES.append((f"deploy/ships/{code}/values.yaml", f"""
# helm values for the {name} k3s edge cluster (bridge IT room)
global:
  shipCode: {up}
  imo: "{imo}"
pms:
  host: fcs.{code}.ship.smc.internal
  user: edge_reader
  password: «pw6:pmsedge{code}»  ⟦password|Helm values PMS password ({up})⟧
muster:
  gatewayUrl: https://muster.{code}.ship.smc.internal
  apiKeySecret: muster-gw  ⟪secret name⟫
cctv:
  vmsUser: k3s-bridge
  vmsPassword: "{{{{ .Values.secrets.vms }}}}"  ⟪Helm template reference⟫
"""))

FILES += [
    ("infra/cfn/casino-pos.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "casino-shore: player tracking replica and W-2G / CTR reporting (Bahamas and US-port sailings)",
  "Parameters": {
    "CmsDbPassword": {"Type": "String", "NoEcho": true, "Default": "«pwc:cmsparam»"}  ⟦password|JSON NoEcho Default password⟧
  },
  "Resources": {
    "ReportingFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "java21",
        "Handler": "com.saltmere.casino.Reports::handle",
        "Environment": {"Variables": {
          "CMS_JDBC": {"Fn::Sub": "jdbc:oracle:thin:cmsrpt/${CmsDbPassword}@cms-shore.smc.internal:1521/CMSPRD"},  ⟪Sub of a parameter⟫
          "FINCEN_BSA_USER": "SMCBSA01",
          "FINCEN_BSA_PASSWORD": "«pwx:bsa»"  ⟦password|JSON Lambda env password⟧
        }}
      }
    }
  }
}
"""),
    ("infra/cfn/spa-booking.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: serenity spa booking (onboard treatments, charged to folio)
Resources:
  SpaDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: spaadmin
      MasterUserPassword: !Sub '{{resolve:secretsmanager:${SpaDbSecret}::password}}'  ⟪dynamic reference⟫
  SpaDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"spaadmin"}'
        GenerateStringKey: password
        ExcludeCharacters: '"@/\'
"""),
    ("infra/cfn/stackset-ship-winrm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SSM document pushed to ship hybrid-activated Windows servers (crew PCs, purser, casino cage)
Resources:
  LocalAdminDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        parameters:
          AdminPassword:
            type: String
            default: '{{ssm-secure:/ships/local-admin}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: setAdmin
            inputs:
              runCommand:
                - $p = ConvertTo-SecureString '«pwl:shipladmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal in an SSM document⟧
                - Set-LocalUser -Name smcadmin -Password $p
"""),
    ("infra/cfn/cloudfront-booking.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: www.saltmere.com booking site distribution
Resources:
  Site:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: booking-alb
            DomainName: booking-alb-1177340915.us-east-1.elb.amazonaws.com
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verify header secret⟧
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
"""),
    ("infra/cfn/cognito-crew.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: crew app sign-in (Entra ID federation for officers, Cognito for contract crew)
Resources:
  EntraIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: us-east-1_q8RzT4wKd
      ProviderName: SaltmereEntra
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraclient»  ⟪Entra application id⟫
        client_secret: «azad:crewapp»  ⟦azure-ad|Entra client secret in OIDC provider details⟧
        oidc_issuer: https://login.microsoftonline.com/«uuid:tenant»/v2.0  ⟪tenant id⟫
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/sfn-manifest.asl.json", r"""
{
  "Comment": "push the 96-hour eNOA/D to the port agent, then the crew list to immigration",
  "StartAt": "PushAgent",
  "States": {
    "PushAgent": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.caribport-agents.com/v1/arrivals",
        "Method": "POST",
        "Headers": {"Authorization": "Bearer «jwt:portagent»"},  ⟦jwt|bearer JWT in a Step Functions header⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:718204963355:connection/portagent/«uuid:connid»"}  ⟪connection ARN⟫
      },
      "End": true
    }
  }
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "wake" {
  name               = "wake-prod"
  airflow_version    = "2.9.2"
  execution_role_arn = aws_iam_role.mwaa.arn
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"     = "«akid:mwaases»"  ⟦aws-key-id|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:mwaases»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "smtp.smtp_mail_from" = "wake-alerts@saltmere.com"
  }
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "cctv_audit" {
  name        = "cctv-audit-to-splunk"
  destination = "splunk"
  splunk_configuration {
    hec_endpoint               = "https://http-inputs-saltmere.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Terraform⟧
    hec_acknowledgment_timeout = 600
    s3_backup_mode             = "FailedEventsOnly"
  }
}
"""),
    ("infra/terraform/terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪lock file hash⟫
    "zh:«sha256:lockzh»",  ⟪lock file hash⟫
  ]
}
"""),
    ("infra/terragrunt/ships/terragrunt.hcl", r"""
include "root" { path = find_in_parent_folders() }
inputs = {
  vsat_hub_username = "smc-netops"
  vsat_hub_password = "«vsat:hubtg»"  ⟦password|Terragrunt input password⟧
  leo_fallback      = true
}
"""),
    ("infra/pulumi/Pulumi.island.yaml", r"""
config:
  aws:region: us-east-1
  island:wifiRadiusSecret: «pwr:islandradius»  ⟦password|Pulumi plaintext config RADIUS secret⟧
  island:posDbPassword:
    secure: v1:«b64k:24-pulsec»:«b64k:48-pulsec2»  ⟪Pulumi secure value⟫
"""),
    ("infra/cdk/lib/kiosk-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class KioskStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    new rds.DatabaseInstance(this, 'EmbarkDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret('embark'),  ⟪generated secret⟫
    } as any);
    new sm.Secret(this, 'FaceMatchKey', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«b62:40-facematch»'),  ⟦app-secret|CDK unsafePlainText secret (face-match vendor key)⟧
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue, aws_docdb as docdb
from constructs import Construct


class LoyaltyStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        docdb.DatabaseCluster(
            self, "Members",
            master_user=docdb.Login(username="members",
                                    password=SecretValue.unsafe_plain_text("«pwn:cdkdocdb»")),  ⟦password|CDK Python plain-text password⟧
            instance_type=None,
        )


app = App()
LoyaltyStack(app, "captains-circle")
app.synth()
"""),
    ("infra/codebuild/buildspec-edge.yml", r"""
version: 0.2
env:
  variables:
    SHIPS: "aur bor cel dor est fjd"
    HARBOR_ROBOT_SECRET: «b62:32-harbor»  ⟦app-secret|Harbor robot account secret in buildspec variables⟧
  parameter-store:
    EDGE_SIGNING_KEY: /ci/edge/cosign-key  ⟪parameter-store reference⟫
  secrets-manager:
    GHCR_TOKEN: ci/ghcr:token  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - echo "$HARBOR_ROBOT_SECRET" | docker login harbor.shore.saltmere.com -u 'robot$edge' --password-stdin
      - make ships
"""),
    ("infra/codebuild/buildspec-portal.yml", r"""
version: 0.2
phases:
  pre_build:
    commands:
      - aws configure set aws_access_key_id «akid:portalcb»  ⟦aws-key-id|aws configure set key id⟧
      - aws configure set aws_secret_access_key «awssec:portalcb»  ⟦aws-secret|aws configure set secret⟧
  build:
    commands:
      - npm ci && npm run build && aws s3 sync out/ s3://smc-ta-portal-web/
"""),
    ("deploy/k8s/kustomization.yaml", r"""
resources:
  - booking/deployment.yaml
  - booking/externalsecret.yaml
secretGenerator:
  - name: gds-credentials
    literals:
      - SABRE_EPR=7Q4K
      - SABRE_PASSWORD=«pw6:sabrekust»  ⟦password|kustomize secretGenerator literal⟧
"""),
    ("deploy/k8s/ops/cronjob-bw-report.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: bandwidth-report
spec:
  schedule: "0 6 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          containers:
            - name: report
              image: 912640387155.dkr.ecr.us-east-1.amazonaws.com/bw-report:1.3
              args: ["--noc-user", "smc-netops", "--noc-password", "«vsat:bwcron»", "--ships", "all"]  ⟦password|CronJob args password⟧
          restartPolicy: OnFailure
"""),
    ("deploy/k8s/ops/irsa-sa.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: manifest-uploader
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::718204963355:role/manifest-uploader  ⟪IRSA role⟫
"""),
    ("deploy/nomad/island-pos.nomad.hcl", r"""
job "island-pos" {
  datacenters = ["cay-lumen"]
  group "pos" {
    task "api" {
      driver = "docker"
      config { image = "saltmere/island-pos:1.6" }
      template {
        data        = "DB_PASSWORD={{ with secret \"kv/island/pos\" }}{{ .Data.data.password }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/db.env"
        env         = true
      }
      env {
        STRIPE_TERMINAL_KEY = "«sk:islandpos»"  ⟦stripe|Stripe live secret key in Nomad env⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/vsat-poller.service", r"""
[Unit]
Description=VSAT/LEO link poller (ship-to-shore bandwidth and latency)
After=network-online.target

[Service]
Environment=NOC_API=https://noc.maritime-vsat.net/api/v3
Environment=NOC_TOKEN=«b62:40-nocsysd»  ⟦app-secret|systemd Environment token⟧
ExecStart=/opt/vsat-poller/bin/poller --ship ${SHIP_CODE}
Restart=always

[Install]
WantedBy=multi-user.target
"""),
]

for code, name, imo in SHIPS:
    up = code.upper()
    FILES.append((f"infra/ships/{code}/link-failover.tfvars", f"""
ship_code     = "{up}"
imo           = "{imo}"
primary_link  = "{'leo' if code in ('cel', 'est', 'fjd') else 'vsat'}"
# vsat modem web UI / API (hub-side account is in Vault)
modem_admin_user     = "admin"
modem_admin_password = "«vsat:modem{code}»"  ⟦password|tfvars modem admin password ({up})⟧
sdwan_psk            = "«b62:28-sdwan{code}»"  ⟦password|SD-WAN pre-shared key ({up})⟧
"""))

FILES += [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: the right way - rotated secrets for the booking and crew databases
Resources:
  BookingDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: tidemark/prod/db
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"tidemark_admin"}'
        GenerateStringKey: password
        PasswordLength: 32
  BookingDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref BookingDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules: {AutomaticallyAfterDays: 30}
  CrewDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: '{{resolve:secretsmanager:crewline/db:SecretString:username}}'  ⟪dynamic reference⟫
      MasterUserPassword: '{{resolve:secretsmanager:crewline/db:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ses-smtp-v4.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP for the island POS receipts - password derived at deploy time, never stored in git
Resources:
  IslandSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: ses-smtp-island
  IslandSmtpSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: island/ses-smtp
      SecretString: !Sub '{"user":"${IslandSmtpKey}","secret":"${IslandSmtpKey.SecretAccessKey}"}'  ⟪Sub of GetAtt, not a value⟫
"""),
    ("infra/terraform/ses.tf", r"""
resource "aws_iam_access_key" "seaware_smtp" {
  user = aws_iam_user.seaware_smtp.name
}

resource "aws_ssm_parameter" "seaware_smtp_password" {
  name  = "/seaware/smtp/password"
  type  = "SecureString"
  value = aws_iam_access_key.seaware_smtp.ses_smtp_password_v4  ⟪derived SMTP password reference⟫
}
"""),
    ("infra/cdk/lib/crew-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';

export function rosterSecrets(scope: cdk.Stack) {
  const db = sm.Secret.fromSecretNameV2(scope, 'RosterDb', 'crewline/roster-db');  ⟪secret reference⟫
  const key = ssm.StringParameter.fromSecureStringParameterAttributes(scope, 'RosterKey', { parameterName: '/crew/roster-key' });  ⟪SSM reference⟫
  return {
    DB_PASSWORD: ecs.Secret.fromSecretsManager(db, 'password'),  ⟪secret reference⟫
    ROSTER_KEY: ecs.Secret.fromSsmParameter(key),  ⟪SSM reference⟫
    MANNING_AGENCY_TOKEN: cdk.SecretValue.unsafePlainText('«b62:36-manningcdk»'),  ⟦app-secret|CDK unsafePlainText token⟧
  };
}
"""),
    ("infra/terraform/github-oidc.tf", r"""
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["«sha:ghthumb»"]  ⟪certificate thumbprint⟫
}

resource "aws_iam_role" "gha_deploy_booking" {
  name = "gha-deploy-booking"
  assume_role_policy = jsonencode({
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:saltmere/booking:*" } }
    }]
  })
}
"""),
    ("infra/ecs/muster-shore.taskdef.yaml", r"""
family: muster-shore
containerDefinitions:
  - name: api
    image: 912640387155.dkr.ecr.us-east-1.amazonaws.com/muster-shore@sha256:«sha256:musterimg»  ⟪image digest⟫
    repositoryCredentials:
      credentialsParameter: arn:aws:secretsmanager:us-east-1:912640387155:secret:ghcr-pull  ⟪repository credentials ARN⟫
    environment:
      - name: SMS_PROVIDER_SID
        value: «twac:muster»  ⟪Twilio account SID⟫
      - name: SMS_PROVIDER_TOKEN
        value: «hex:32-twmuster»  ⟦app-secret|Twilio auth token in a YAML task definition⟧
      - name: SENDGRID_API_KEY
        value: «sg:muster»  ⟦app-secret|SendGrid key⟧
    secrets:
      - name: DB_PASSWORD
        valueFrom: arn:aws:ssm:us-east-1:604391827716:parameter/muster/db  ⟪valueFrom⟫
"""),
    ("infra/cfn/dms-pms-replica.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS replication from each ship's PMS (SQL Server) to shore while in port
Resources:
  AuroraPmsSource:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: sqlserver
      ServerName: fcs.aur.ship.smc.internal
      Port: 1433
      DatabaseName: FCRUISE
      Username: dms_reader
      Password: «pw6:dmsaur»  ⟦password|DMS endpoint password⟧
  ShoreTarget:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: aurora-postgresql
      SecretsManagerSecretId: tidemark/prod/dms  ⟪secret reference⟫
      SecretsManagerAccessRoleArn: arn:aws:iam::718204963355:role/dms-secrets
"""),
    ("infra/cfn/appflow-salesforce.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: group sales (Salesforce) to the data lake
Resources:
  SfProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: salesforce-groups
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileCredentials:
          Salesforce:
            AccessToken: 00D«b62:12-sforg»!«b62:96-sfaccess»  ⟦app-secret|Salesforce access token in AppFlow profile⟧
            RefreshToken: 5Aep«b62:83-sfrefresh»  ⟦app-secret|Salesforce refresh token⟧
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-1:339817204562:secret:appflow/sf-«b62:6-sfarn»  ⟪secret ARN⟫
"""),
    ("deploy/k8s/data/trino-catalog.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: trino-catalogs
  namespace: wake
data:
  casino.properties: |
    connector.name=oracle
    connection-url=jdbc:oracle:thin:@cms-shore.smc.internal:1521/CMSPRD
    connection-user=trino_ro
    connection-password=«pwl:trinocasino»  ⟦password|password in a ConfigMap catalog⟧
  iceberg.properties: |
    connector.name=iceberg
    iceberg.catalog.type=glue
    hive.s3.aws-access-key=${ENV:TRINO_S3_KEY}  ⟪env reference⟫
"""),
    ("deploy/helm/airflow/values-prod.yaml", r"""
executor: KubernetesExecutor
webserverSecretKeySecretName: airflow-webserver  ⟪existing secret name⟫
fernetKeySecretName: airflow-fernet  ⟪existing secret name⟫
data:
  metadataSecretName: airflow-metadata  ⟪existing secret name⟫
config:
  smtp:
    smtp_user: «akid:airflowhelm»  ⟦aws-key-id|SES SMTP user in Helm config⟧
    smtp_password: «sesv4:airflowhelm»  ⟦aws-ses-smtp|SES SMTP password in Helm config⟧
"""),
    ("deploy/ansible/inventory/ships.ini", r"""
[aur]
aur-edge-01 ansible_host=10.40.1.10
[bor]
bor-edge-01 ansible_host=10.41.1.10 ansible_user=smcadmin ansible_password=«pwn:invbor»  ⟦password|inventory ansible_password⟧
[cel]
cel-edge-01 ansible_host=10.42.1.10
[ships:children]
aur
bor
cel
[ships:vars]
ansible_become_password="{{ vault_become }}"  ⟪vault variable⟫
"""),
    ("deploy/ansible/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
"""),
]

for i, (code, name, imo) in enumerate(SHIPS):
    up = code.upper()
    FILES.append((f"deploy/ships/{code}/docker-compose.casino.yml", f"""
# {name}: casino floor bridge and kiosk API (runs on the casino edge host, VLAN 420)
services:
  cms-bridge:
    image: harbor.shore.saltmere.com/casino/cms-bridge:5.2.{i}
    environment:
      CMS_USER: bridge
      CMS_PASSWORD: {'«pw6:cmscompose' + code + '»'}  ⟦password|compose env casino CMS password ({up})⟧
      SHIP: {up}
  kiosk-api:
    image: harbor.shore.saltmere.com/casino/kiosk-api:2.0.{i}
    environment:
      KIOSK_DB: {'"postgresql://kiosk:«pwn:kioskpg' + code + '»@cage.' + code + '.ship.smc.internal/kiosk"' + '  ⟦conn-string|kiosk DB URL with password (' + up + ')⟧' if i % 2 else '"postgresql://kiosk@cage.' + code + '.ship.smc.internal/kiosk"'}
"""))

FILES += [
    ("infra/ecs/crew-portal.taskdef.json", r"""
{
  "family": "crew-portal",
  "containerDefinitions": [{
    "name": "web",
    "image": "912640387155.dkr.ecr.us-east-1.amazonaws.com/crew-portal:9.1.0",
    "environment": [
      {"name": "MANNING_AGENCY_SFTP_PASSWORD", "value": "«pwn:manningsftp»"},  ⟦password|ECS env SFTP password⟧
      {"name": "DOCUSIGN_INTEGRATION_KEY", "value": "«uuid:docusignik»"}  ⟪DocuSign integration key (client id)⟫
    ]
  }]
}
"""),
    ("apps/ta-portal/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    DJANGO_SETTINGS_MODULE: config.settings.production
    COMPASS_DB_PASSWORD: «pwc:compassdb»  ⟦password|.ebextensions environment password⟧
    CLIA_API_KEY: '{{resolve:ssm:/compass/clia-key}}'  ⟪ssm reference⟫
"""),
    ("services/island-receipts/serverless.yml", r"""
service: island-receipts
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    SQUARE_WEBHOOK_SIGNATURE_KEY: «b62:22-sqwebhook»  ⟦app-secret|Square webhook signature key⟧
    SES_FROM: receipts@caylumen.saltmere.com
functions:
  receipt:
    handler: src/receipt.handler
"""),
    ("infra/terraform/transfer-users.tf", r"""
resource "aws_transfer_user" "port_agent_nassau" {
  server_id = aws_transfer_server.manifests.id
  user_name = "bsa-nassau"
  role      = aws_iam_role.transfer_agents.arn
}

resource "aws_transfer_ssh_key" "port_agent_nassau" {
  server_id = aws_transfer_server.manifests.id
  user_name = aws_transfer_user.port_agent_nassau.user_name
  body      = "«sshpub:edagentnas:bsa-nassau»"  ⟪SSH public key⟫
}
"""),
]
