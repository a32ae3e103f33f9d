"""fresh28 templates, infrastructure as code and CI (City of Merrow Bay): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless.yml, CodeBuild, EC2 UserData, Terraform and tfvars, compose, Helm,
Dockerfiles, Kubernetes, Ansible, Packer and CI pipelines of several systems.
Markers: render.py and README.md."""

FILES = [
    ("infra/govcloud/cad-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  bluewire CAD core (CJIS) in us-gov-west-1, account 302915746208. Interfaces to the state switch (NLETS
  via the state CJIS gateway), ALI/ANI from the 911 PBX, AVL from the mobile data terminals.
Parameters:
  CadDbPassword:
    Type: String
    NoEcho: true
  AliFeedPassword:
    Type: String
    NoEcho: true
Resources:
  CadBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: cad-events
      EngineType: RABBITMQ
      EngineVersion: 3.13
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: cad-admin
          Password: '{{resolve:secretsmanager:cad/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: avl-ingest
          Password: «pwcity:avlmq»  ⟦password|Amazon MQ user password, city name + digits⟧
  AliSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: cad/ali-feed
      SecretString: !Sub '{"username":"ali_cmb","password":"${AliFeedPassword}"}'  ⟪Sub of a NoEcho parameter⟫
  StateSwitchSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: cad/state-switch
      SecretString: '{"ori":"WA0271900","user":"MBPD_IFACE","password":"«pw6:stateswitch»"}'  ⟦password|literal SecretString, state switch interface⟧
  MdtVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0a7c31e95d42b8f16  ⟪customer gateway id⟫
      TransitGatewayId: tgw-04d9e2f1a6b837c05
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-mdtpsk1»  ⟦password|Site-to-Site VPN pre-shared key⟧
        - PreSharedKey: «lo:32-mdtpsk2»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 2⟧
"""),
    ("infra/govcloud/cad-core.params.json", r"""
[
  {"ParameterKey": "CadDbPassword", "ParameterValue": "«pwn:caddb»"},  ⟦password|parameter file password, first name + digits⟧
  {"ParameterKey": "AliFeedPassword", "ParameterValue": "«pwt:alifeed»"},  ⟦password|parameter file, short terminal password⟧
  {"ParameterKey": "AlertTopic", "ParameterValue": "arn:aws-us-gov:sns:us-gov-west-1:302915746208:cad-alerts"}
]
"""),
    ("infra/cfn/permit-portal.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "permitline citizen portal: CloudFront, WAF, API Gateway, Cognito",
  "Parameters": {
    "PaymentGatewayKey": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/permitline/prod/paygov-key"}  ⟪SSM parameter name as Default⟫
  },
  "Resources": {
    "PortalUserPool": {
      "Type": "AWS::Cognito::UserPool",
      "Properties": {"UserPoolName": "permitline-citizens", "MfaConfiguration": "OPTIONAL"}
    },
    "LoginGovIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": {"Ref": "PortalUserPool"},
        "ProviderName": "LoginGov",
        "ProviderType": "OIDC",
        "ProviderDetails": {
          "client_id": "urn:gov:gsa:openidconnect.profiles:sp:sso:merrowbay:permitline",
          "client_secret": "«b62:40-logingov»",  ⟦app-secret|OIDC client secret in a Cognito IdP⟧
          "oidc_issuer": "https://secure.login.gov",
          "authorize_scopes": "openid email"
        }
      }
    },
    "InspectorApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "inspector-tablets", "Enabled": true, "Value": "«b62:40-inspkey»"}  ⟦app-secret|API Gateway key Value⟧
    },
    "OriginVerify": {
      "Type": "AWS::CloudFront::Distribution",
      "Properties": {"DistributionConfig": {"Enabled": true, "Origins": [{"Id": "api", "DomainName": "api.permits.merrowbay.gov",
        "OriginCustomHeaders": [{"HeaderName": "X-Origin-Verify", "HeaderValue": "«hex:40-originverify»"}],  ⟦app-secret|CloudFront origin verification header⟧
        "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"}}], "DefaultCacheBehavior": {"TargetOriginId": "api", "ViewerProtocolPolicy": "redirect-to-https", "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"}}}  ⟪managed cache policy id⟫
    }
  }
}
"""),
    ("infra/sam/utility-payments/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: aquabill IVR and web payments (Paymentus relay, lockbox file import)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
Parameters:
  LockboxSftpPassword:
    Type: String
    NoEcho: true
Resources:
  PaymentRelayFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: relay.handler
      CodeUri: src/
      Environment:
        Variables:
          PAYMENTUS_BASE: https://secure8.paymentus.com/api
          PAYMENTUS_HMAC_KEY: «b64k:32-paymentushmac»  ⟦app-secret|Paymentus HMAC key in Lambda env⟧
          BANK_LOCKBOX_HOST: sftp.pacificnorthbank.com
          BANK_LOCKBOX_PASSWORD: !Ref LockboxSftpPassword
          CIS_DB_SECRET: '{{resolve:secretsmanager:aquabill/cis-db}}'  ⟪dynamic reference⟫
  ShutoffNoticeFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: notices.handler
      CodeUri: src/
      Environment:
        Variables:
          TWILIO_ACCOUNT_SID: «twac:aquabill»  ⟪Twilio account SID, identifier⟫
          TWILIO_AUTH_TOKEN: «hex:32-twilioaqua»  ⟦app-secret|Twilio auth token⟧
          LOB_API_KEY: «lob:aquabill»  ⟦app-secret|Lob live key for mailed notices⟧
"""),
    ("infra/sam/utility-payments/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "aquabill-payments"
resolve_s3 = true
s3_prefix = "aquabill-payments"
region = "us-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "LockboxSftpPassword=«pwcity:lockbox» Env=prod"  ⟦password|samconfig parameter_overrides password⟧

[stage.deploy.parameters]
stack_name = "aquabill-payments-stage"
parameter_overrides = "LockboxSftpPassword={{resolve:ssm-secure:/aquabill/stage/lockbox}} Env=stage"  ⟪dynamic reference⟫
"""),
    ("services/civicdesk-notify/serverless.yml", r"""
service: civicdesk-notify
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    SF_LOGIN_URL: https://merrowbay.my.salesforce.com
    SF_CLIENT_ID: «sfck:civicdesk»  ⟪Salesforce consumer key (client id)⟫
    SF_CLIENT_SECRET: «uhex:64-sfcivic»  ⟦app-secret|Salesforce consumer secret⟧
    SENDGRID_API_KEY: ${ssm:/civicdesk/sendgrid-key}  ⟪ssm reference⟫
    SLACK_WEBHOOK_URL: «slackhook:civic311»  ⟦slack|Slack webhook for 311 escalations⟧
    OPEN311_API_KEY: ${env:OPEN311_API_KEY}
functions:
  escalate:
    handler: src/escalate.handler
    events:
      - sqs: arn:aws:sqs:us-west-2:118204937561:civicdesk-escalations
"""),
    ("ci/codebuild/data-platform-buildspec.yml", r"""
version: 0.2
env:
  variables:
    DBT_PROFILES_DIR: ./profiles
    REDSHIFT_HOST: harborlake.c7qlx2mz9b1e.us-west-2.redshift.amazonaws.com
    REDSHIFT_USER: dbt_ci
    REDSHIFT_PASSWORD: «pwl:dbtci»  ⟦password|buildspec plaintext variable⟧
  parameter-store:
    SNOWFLAKE_KEY_PASSPHRASE: /harborlake/ci/snowflake-passphrase  ⟪parameter-store reference⟫
  secrets-manager:
    GITHUB_TOKEN: harborlake/ci/github:token  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - pip install dbt-redshift==1.8.3
  build:
    commands:
      - dbt deps && dbt build --target prod
      - aws s3 cp target/manifest.json s3://cmb-harborlake-artifacts/dbt/manifest.json
"""),
    ("infra/cfn/codebuild-gis.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: atlasgis tile cache rebuild (nightly CodeBuild)
Resources:
  TileBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: atlasgis-tiles
      ServiceRole: arn:aws:iam::118204937561:role/atlasgis-codebuild
      Artifacts: {Type: NO_ARTIFACTS}
      Source: {Type: CODECOMMIT, Location: https://git-codecommit.us-west-2.amazonaws.com/v1/repos/atlasgis-tiles}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: ARCGIS_PORTAL
            Value: https://gis.merrowbay.gov/portal
          - Name: ARCGIS_API_KEY
            Type: PLAINTEXT
            Value: «esri:tiles»  ⟦app-secret|ArcGIS API key as a PLAINTEXT CodeBuild variable⟧
          - Name: PORTAL_ADMIN_PASSWORD
            Type: SECRETS_MANAGER
            Value: atlasgis/portal-admin:password  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: SDE_PASSWORD
            Type: PLAINTEXT
            Value: «pwn:sde»  ⟦password|PLAINTEXT CodeBuild variable, SDE owner⟧
"""),
    ("infra/cfn/library-kiosk-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: shelfmark SIP2 bridge for self-checkout kiosks (Windows Server 2022)
Resources:
  Sip2Bridge:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c7d8e41f2b9a6053  ⟪AMI id⟫
      InstanceType: t3.large
      SubnetId: subnet-09f1e4c7a2b38d615
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $ErrorActionPreference = 'Stop'
          net user sip2svc «pwcity:sip2svc» /add /y  ⟦password|net user password in UserData⟧
          net localgroup Administrators sip2svc /add
          [Environment]::SetEnvironmentVariable('SIP2_LOGIN_PASSWORD', '«pw6:sip2login»', 'Machine')  ⟦password|SIP2 login password in UserData⟧
          $cfg = Get-SSMParameter -Name /shelfmark/ils-api-key -WithDecryption $true  ⟪SSM lookup⟫
          Copy-S3Object -BucketName cmb-artifacts-118204937561 -Key shelfmark/sip2bridge.msi -LocalFile C:\Temp\sip2bridge.msi
          Start-Process msiexec -ArgumentList '/i C:\Temp\sip2bridge.msi /qn' -Wait
          </powershell>
"""),
    ("infra/cfn/elections-results.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ballotbox election-night results publishing (static site + ingest of county EMS exports)
Parameters:
  CountyFtpsPassword:
    Type: String
    NoEcho: true
    Default: «pwr:countyftps»  ⟦password|NoEcho parameter with a literal Default⟧
Resources:
  ResultsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: cmb-election-results-public
      WebsiteConfiguration: {IndexDocument: index.html}
  CountyPull:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://elections-ftp.kestrelcounty.gov
      AccessRole: arn:aws:iam::118204937561:role/ballotbox-transfer
      SftpConfig:
        TrustedHostKeys:
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b64k:24-countyhost»  ⟪host public key⟫
        UserSecretId: arn:aws:secretsmanager:us-west-2:118204937561:secret:ballotbox/county-sftp-«b62:6-cntysftp»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/terraform/scada-historian/main.tf", r"""
terraform {
  backend "s3" {
    bucket         = "cmb-tfstate-540387129465"
    key            = "ot/scada-historian.tfstate"
    region         = "us-gov-west-1"
    dynamodb_table = "cmb-tf-locks"
  }
}

provider "aws" {
  region = "us-gov-west-1"
}

resource "aws_db_instance" "historian_replica" {
  identifier              = "tidewater-hist-replica"
  engine                  = "sqlserver-se"
  instance_class          = "db.m6i.xlarge"
  username                = "hist_admin"
  password                = "«pw:histreplica»"  ⟦password|Terraform RDS password, season + year⟧
  backup_retention_period = 14
  storage_encrypted       = true
}

resource "aws_dms_endpoint" "plant_historian" {
  endpoint_id   = "ot-historian-src"
  endpoint_type = "source"
  engine_name   = "sqlserver"
  server_name   = "10.40.12.21"
  port          = 1433
  username      = "dms_reader"
  password      = var.dms_reader_password  ⟪variable reference⟫
  database_name = "Runtime"
}

resource "aws_db_instance" "wims" {
  identifier                  = "wims-lab-results"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  username                    = "wims"
  manage_master_user_password = true  ⟪RDS-managed master password⟫
}
"""),
    ("infra/terraform/scada-historian/terraform.tfvars", r"""
dms_reader_password = "«pwt:dmsreader»"  ⟦password|tfvars password, short⟧
alarm_sms_numbers   = ["+13605550148", "+13605550162"]
historian_tag_prefix = "WTP1."
"""),
    ("infra/terraform/data-platform/glue.tf", r"""
resource "aws_glue_connection" "tax_assessor" {
  name            = "taxroll-sqlserver"
  connection_type = "JDBC"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:sqlserver://taxroll-db.internal.merrowbay.gov:1433;databaseName=Assessor"
    USERNAME            = "glue_reader"
    PASSWORD            = "«pwcity:gluetax»"  ⟦password|Glue connection password⟧
  }
  physical_connection_requirements {
    availability_zone      = "us-west-2a"
    subnet_id              = "subnet-0b3e8d1f7c2a94605"
    security_group_id_list = ["sg-0e4a71c9d2b8f3056"]
  }
}

resource "aws_glue_job" "court_fines_export" {
  name     = "court-fines-nightly"
  role_arn = "arn:aws:iam::667102384951:role/harborlake-glue"
  command { script_location = "s3://cmb-harborlake-scripts/court_fines.py" }
  default_arguments = {
    "--docket_api_user"     = "harborlake"
    "--docket_api_password" = "«pwx:docketapi»"  ⟦password|Glue DefaultArguments password⟧
    "--secret_id"           = "harborlake/docketline"  ⟪secret name⟫
  }
}

resource "aws_glue_connection" "cis" {
  name            = "aquabill-oracle"
  connection_type = "JDBC"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:oracle:thin:@//aquabill-db.internal.merrowbay.gov:1521/CISPRD"
    SECRET_ID           = "harborlake/aquabill-oracle"  ⟪Glue SECRET_ID reference⟫
  }
}
"""),
    ("infra/terraform/data-platform/providers.tf", r"""
terraform {
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.97" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.46" }
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "«akid:tfdata»"  ⟦aws-key-id|access key in a Terraform provider block⟧
  secret_key = "«awssec:tfdata»"  ⟦aws-secret|secret key in a Terraform provider block⟧
}

provider "snowflake" {
  account  = "cmb-harborlake"
  user     = "TERRAFORM_SVC"
  password = "«pwr:snowtf»"  ⟦password|Snowflake provider password⟧
  role     = "SYSADMIN"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in provider⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in provider⟧
  api_url = "https://api.ddog-gov.com/"
}
"""),
    ("infra/terraform/data-platform/variables.tf", r"""
variable "redshift_admin_password" {
  type      = string
  sensitive = true
  default   = "«pwcity:rsadmin»"  ⟦password|Terraform variable default password⟧
}

variable "fivetran_api_secret" {
  type      = string
  sensitive = true
}

variable "environment" {
  type    = string
  default = "prod"
}
"""),
    ("infra/terraform/data-platform/secrets.tf", r"""
resource "random_password" "athena_federation" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "athena_federation" {
  secret_id     = aws_secretsmanager_secret.athena_federation.id
  secret_string = jsonencode({ username = "athena_fed", password = random_password.athena_federation.result })  ⟪random_password result⟫
}

resource "aws_secretsmanager_secret_version" "paystub_adp" {
  secret_id     = aws_secretsmanager_secret.paystub_adp.id
  secret_string = jsonencode({ client_id = "«uuid:adpclientid»", client_secret = "«b62:36-adpsecret»" })  ⟦app-secret|ADP client secret committed in a secret version⟧
}

resource "aws_iam_user" "legacy_etl" {
  name = "legacy-etl-cognos"
}

resource "aws_iam_access_key" "legacy_etl" {
  user    = aws_iam_user.legacy_etl.name
  pgp_key = "keybase:merrowbay_secops"  ⟪pgp_key keybase reference⟫
}
"""),
    ("infra/terraform/vendors/iam-vendors.tf", r"""
# Contractors with static keys (exception EX-2024-17, review quarterly)
locals {
  vendor_keys = {
    signalworks = {
      access_key_id     = "«akid:signalworks»"  ⟦aws-key-id|vendor access key in Terraform locals⟧
      secret_access_key = "«awssec:signalworks»"  ⟦aws-secret|vendor secret in Terraform locals⟧
    }
    brightline_gis = {
      access_key_id     = "«docs:akid»"  ⟪AWS documentation key id⟫
      secret_access_key = "«docs:secret»"  ⟪AWS documentation secret⟫
    }
  }
}

output "signalworks_user_arn" {
  value = aws_iam_user.signalworks.arn
}

output "signalworks_secret" {
  value     = aws_iam_access_key.signalworks.secret  ⟪attribute reference⟫
  sensitive = true
}
"""),
    ("infra/terraform/parking/main.tf", r"""
module "meter_gateway" {
  source              = "git::https://git.merrowbay.gov/platform/tf-modules.git//lambda-api?ref=v3.4.1"
  name                = "meterline-gateway"
  environment_variables = {
    PASSPORT_API_BASE   = "https://api.passportinc.com/v4"
    PASSPORT_API_SECRET = "«hex:48-passporttf»"  ⟦app-secret|Passport parking API secret in module env⟧
    IPS_GROUP_USER      = "merrowbay_api"
    IPS_GROUP_PASSWORD  = "«pwp:ipsgroup»"  ⟦password|meter vendor password, short⟧
    PARKMOBILE_KEY      = var.parkmobile_key
  }
}

resource "aws_ssm_parameter" "citation_export" {
  name  = "/meterline/citation-export/sftp-password"
  type  = "SecureString"
  value = "«pwl:citesftp»"  ⟦password|SSM SecureString value literal in Terraform⟧
}
"""),
    ("infra/terraform/parking/terraform.tfvars.json", r"""
{
  "parkmobile_key": "«b62:32-parkmobile»",  ⟦app-secret|ParkMobile key in tfvars JSON⟧
  "citation_bucket": "cmb-meterline-citations",
  "enforcement_handheld_count": 18
}
"""),
    ("deploy/compose/library/docker-compose.yml", r"""
services:
  koha:
    image: registry.merrowbay.gov/library/koha:24.05
    environment:
      KOHA_DB_HOST: mariadb
      KOHA_DB_USER: koha_mbpl
      KOHA_DB_PASSWORD: «pwcity:kohadb»  ⟦password|compose environment password⟧
      MEMCACHED_SERVERS: memcached:11211
      ZEBRA_MARC_FORMAT: marc21
    ports: ["8080:8080", "8081:8081"]
  mariadb:
    image: mariadb:11.4
    environment:
      MARIADB_ROOT_PASSWORD: «pwp:kohamariaroot»  ⟦password|MariaDB root password, short⟧
      MARIADB_DATABASE: koha_mbpl
      MARIADB_USER: koha_mbpl
      MARIADB_PASSWORD: «pwcity:kohadb»  ⟦password|same password as the app⟧
    volumes: ["koha-db:/var/lib/mysql"]
  memcached:
    image: memcached:1.6
volumes:
  koha-db: {}
"""),
    ("deploy/compose/gis/docker-compose.yml", r"""
services:
  postgis:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: gis
      POSTGRES_PASSWORD_FILE: /run/secrets/pg_password  ⟪secret file reference⟫
    secrets: [pg_password]
  geoserver:
    image: docker.osgeo.org/geoserver:2.25.2
    environment:
      GEOSERVER_ADMIN_USER: gsadmin
      GEOSERVER_ADMIN_PASSWORD: ${GEOSERVER_ADMIN_PASSWORD:?set in .env}  ⟪variable reference⟫
      SKIP_DEMO_DATA: "true"
  pgtileserv:
    image: pramsey/pg_tileserv:latest
    environment:
      DATABASE_URL: postgresql://tiles_ro:«pct:pwn:tilesro»@postgis:5432/gis  ⟦conn-string|database URL with password in compose⟧
secrets:
  pg_password:
    file: ./secrets/pg_password.txt
"""),
    ("deploy/compose/gis/.env", r"""
GEOSERVER_ADMIN_PASSWORD=«pwl:geoserver»  ⟦password|compose .env password⟧
COMPOSE_PROJECT_NAME=atlasgis
"""),
    ("deploy/compose/gis/.gitignore", r"""
.env
secrets/
*.log
"""),
    ("deploy/compose/gis/secrets/pg_password.txt", r"""
«pwx:gispg»  ⟦password|password file next to compose⟧
"""),
    ("deploy/helm/civicdesk/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: 118204937561.dkr.ecr.us-west-2.amazonaws.com/civicdesk
  tag: "4.12.0"
ingress:
  enabled: true
  hosts: [{host: 311.merrowbay.gov, paths: [{path: /, pathType: Prefix}]}]
postgresql:
  enabled: false
externalDatabase:
  host: civicdesk311-db.cluster-cq8wx1lmb.us-west-2.rds.amazonaws.com
  user: civicdesk_app
  existingSecret: civicdesk-db  ⟪existingSecret reference⟫
redis:
  auth:
    password: «pwr:civicredis»  ⟦password|Helm redis auth password⟧
config:
  geocoder:
    provider: arcgis
    apiKey: «esri:civicgeo»  ⟦app-secret|ArcGIS key in Helm values⟧
  recaptcha:
    siteKey: 6Lc«okx:37-recapsite»  ⟪reCAPTCHA site key, public⟫
    secretKey: 6Lc«okx:37-recapsecret»  ⟦app-secret|reCAPTCHA secret key⟧
"""),
    ("deploy/helm/grafana-ot/values.yaml", r"""
adminUser: admin
adminPassword: «pwcity:grafanaot»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: Historian
        type: mssql
        url: tidewater-hist-replica.internal:1433
        user: grafana_ro
        secureJsonData:
          password: $__file{/etc/secrets/historian/password}  ⟪file reference⟫
      - name: Influx-Pumps
        type: influxdb
        url: http://influx.ot.merrowbay.gov:8086
        jsonData: {version: Flux, organization: cmb-water}
        secureJsonData:
          token: «urlsafe:64-influxgrafana»  ⟦app-secret|InfluxDB token in Grafana datasource⟧
"""),
    ("deploy/k8s/external-secrets/paystub.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: paystub-adp
  namespace: paystub
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: paystub-adp
  data:
    - secretKey: client_secret
      remoteRef:
        key: paystub/adp  ⟪remoteRef⟫
        property: client_secret
"""),
    ("deploy/k8s/elections/poll-app-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: pollworker-app
  namespace: ballotbox
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:pollworker»  ⟦aws-b64|base64 access key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:pollworker»  ⟦aws-b64|base64 secret key in a Secret⟧
  AWS_REGION: «b64:lit:us-west-2»  ⟪base64 of a region name⟫
  TWILIO_AUTH_TOKEN: «b64:hex:32-twiliopoll»  ⟦app-secret|base64 Twilio token⟧
"""),
    ("deploy/k8s/sealed/courts-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: docketline-efile
  namespace: docketline
spec:
  encryptedData:
    EFILE_PASSWORD: «sealed:efile»  ⟪SealedSecret blob⟫
    TYLER_PAY_SECRET: «sealed:tylerpay»  ⟪SealedSecret blob⟫
"""),
    ("deploy/kustomize/parkpass/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: parkpass
resources: [../../base/parkpass]
secretGenerator:
  - name: parkpass-activenet
    literals:
      - ACTIVENET_API_KEY=«lo:30-activenetk»  ⟦app-secret|kustomize secretGenerator literal⟧
      - STRIPE_SECRET_KEY=«sk:parkpass»  ⟦stripe|Stripe live key in a secretGenerator⟧
      - STRIPE_PUBLISHABLE_KEY=«pk:parkpass»  ⟪Stripe publishable key⟫
"""),
    ("deploy/docker/cad-bridge/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    CAD_ALI_HOST=10.71.4.20 \
    CAD_ALI_PASSWORD=«pw6:alibridge»  ⟦password|Dockerfile ENV password⟧
COPY publish/ .
RUN --mount=type=secret,id=nuget,target=/root/.nuget/NuGet/NuGet.Config dotnet restore  ⟪BuildKit secret mount⟫
ENTRYPOINT ["dotnet", "Bluewire.AliBridge.dll"]
"""),
    ("deploy/docker/permit-worker/Dockerfile", r"""
FROM python:3.12-slim
ARG PIP_INDEX_URL=https://pypi:«pct:pwcity:nexus»@nexus.merrowbay.gov/repository/pypi/simple  ⟦conn-string|package index URL with password⟧
RUN pip install --no-cache-dir permitline-worker==3.8.2
ENV PERMIT_QUEUE=permitline-inspections
USER 10001
CMD ["permitline-worker"]
"""),
    (".github/workflows/permitline-deploy.yml", r"""
name: permitline deploy
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
          role-to-assume: arn:aws:iam::118204937561:role/gha-permitline-deploy  ⟪OIDC role⟫
          aws-region: us-west-2
      - run: ./scripts/deploy.sh
        env:
          ACCELA_APP_SECRET: ${{ secrets.ACCELA_APP_SECRET }}  ⟪GitHub secrets reference⟫
          SONAR_TOKEN: «sqp:permitline»  ⟦sonarqube|SonarQube token inline in a workflow⟧
"""),
    (".github/workflows/gis-publish.yml", r"""
name: gis-publish
on:
  schedule: [{cron: "15 9 * * *"}]
jobs:
  publish:
    runs-on: [self-hosted, gis]
    env:
      AWS_ACCESS_KEY_ID: «akid:gisgha»  ⟦aws-key-id|static key in workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:gisgha»  ⟦aws-secret|static secret in workflow env⟧
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - run: python publish_parcels.py --portal https://gis.merrowbay.gov/portal
        env:
          PORTAL_TOKEN: ${{ secrets.PORTAL_TOKEN }}
"""),
    (".gitlab-ci.yml", r"""
stages: [lint, build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  NEXUS_USER: ci-gitlab
  NEXUS_PASSWORD: «pwcity:nexus»  ⟦password|GitLab CI variable, same Nexus password⟧
build:
  stage: build
  image: docker:27
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY  ⟪CI variable references⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - curl -s -X POST -H "PRIVATE-TOKEN: «glpat:deploy»" https://git.merrowbay.gov/api/v4/projects/212/deployments  ⟦gitlab|GitLab PAT in a curl header⟧
"""),
    ("ci/jenkins/Jenkinsfile.courts", r"""
pipeline {
  agent { label 'windows-build' }
  environment {
    EFILE_CERT_PASSWORD = credentials('docketline-efile-pfx')  ⟪Jenkins credentials()⟫
    OCTOPUS_API_KEY = 'API-«up:26-octo»'  ⟦app-secret|Octopus Deploy API key in a Jenkinsfile⟧
  }
  stages {
    stage('Build') { steps { bat 'dotnet publish Docketline.sln -c Release' } }
    stage('Deploy') {
      steps {
        bat 'octo push --package Docketline.Web.zip --server https://deploy.merrowbay.gov --apiKey %OCTOPUS_API_KEY%'
        bat 'sqlcmd -S COURTSQL01 -U deploy_svc -P «pwn:courtsqldeploy» -i migrations\\release.sql'  ⟦password|sqlcmd -P password⟧
      }
    }
  }
}
"""),
    ("ci/azure/hr-payroll-pipeline.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: paystub-prod
  - name: OracleHcmUser
    value: INTEGRATION.PAYSTUB
  - name: OracleHcmPassword
    value: «pwl:hcm»  ⟦password|Azure Pipelines plain variable⟧
steps:
  - task: AzureKeyVault@2
    inputs: {azureSubscription: cmb-hr, KeyVaultName: kv-cmb-hr, SecretsFilter: 'adp-client-secret'}  ⟪Key Vault task⟫
  - script: dotnet run --project Paystub.Sync -- --user $(OracleHcmUser) --password $(OracleHcmPassword)  ⟪pipeline variable reference⟫
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy parkpass widget
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable reference⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: cmb-parkpass-widget
                LOCAL_PATH: dist
            - curl -X POST "«slackhook:parkdeploy»" -d '{"text":"parkpass widget deployed"}'  ⟦slack|Slack webhook in a pipeline⟧
"""),
    ("ci/circleci/config.yml", r"""
version: 2.1
jobs:
  publish-app:
    docker:
      - image: cimg/node:20.15
        auth:
          username: merrowbayci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub PAT as CircleCI image auth⟧
    steps:
      - checkout
      - run: npx eas-cli build --platform all --non-interactive
      - run: npm publish --access restricted
          # NPM_TOKEN comes from the context "cmb-npm"  ⟪prose pointer to a context⟫
workflows:
  release:
    jobs: [publish-app]
"""),
    ("ansible/group_vars/scada_hmi.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: OT\svc_ansible
ansible_password: «pwcity:otansible»  ⟦password|WinRM password in group_vars⟧
wonderware_galaxy_user: ArchestrA
wonderware_galaxy_password: "{{ vault_galaxy_password }}"  ⟪Ansible vault variable⟫
historian_odbc_dsn: TIDEHIST
"""),
    ("ansible/roles/radius/defaults/main.yml", r"""
radius_clients:
  - name: city-hall-wlc
    ipaddr: 10.10.0.5
    secret: «pwr:wlcradius»  ⟦password|RADIUS shared secret⟧
  - name: pd-vpn
    ipaddr: 10.71.0.2
    secret: "{{ lookup('amazon.aws.aws_secret', 'network/radius/pd-vpn') }}"  ⟪lookup()⟫
  - name: lab-switch
    ipaddr: 192.168.50.2
    secret: testing123  ⟪FreeRADIUS default secret⟫
"""),
    ("packer/windows-mdt.pkr.hcl", r"""
source "amazon-ebs" "mdt" {
  region         = "us-gov-west-1"
  instance_type  = "m6i.large"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwcity:packerwinrm»"  ⟦password|Packer WinRM password⟧
  winrm_use_ssl  = true
  user_data_file = "scripts/bootstrap_winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.mdt"]
  provisioner "powershell" {
    inline = ["choco install -y vmware-tools", "Set-LocalUser -Name Administrator -Password (ConvertTo-SecureString '«pwcity:packerwinrm»' -AsPlainText -Force)"]  ⟦password|ConvertTo-SecureString -AsPlainText⟧
  }
}
"""),
]

FILES += [
    ("infra/cfn/shared/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated credentials for the shared reporting database (the pattern every new stack should copy)
Resources:
  ReportingSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: reporting/db-admin
      GenerateSecretString:
        SecretStringTemplate: '{"username": "rpt_admin"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      MasterUsername: '{{resolve:secretsmanager:reporting/db-admin:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:reporting/db-admin:SecretString:password}}'  ⟪dynamic reference⟫
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref ReportingSecret
      HostedRotationLambda: {RotationType: PostgreSQLSingleUser}
      RotationRules: {AutomaticallyAfterDays: 30}
"""),
    ("infra/cfn/events/permit-webhooks.json", r"""
{
  "Resources": {
    "InspectionVendorConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "inspection-vendor",
        "AuthorizationType": "API_KEY",
        "AuthParameters": {"ApiKeyAuthParameters": {"ApiKeyName": "X-Api-Key", "ApiKeyValue": "«b62:40-inspvendor»"}}  ⟦app-secret|EventBridge connection API key value⟧
      }
    },
    "ContractorPortalConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "contractor-portal",
        "AuthorizationType": "BASIC",
        "AuthParameters": {"BasicAuthParameters": {"Username": "merrowbay", "Password": "«pwcity:contractorportal»"}}  ⟦password|EventBridge basic-auth password⟧
      }
    }
  }
}
"""),
    ("infra/terraform/transfer/main.tf", r"""
resource "aws_transfer_user" "county_assessor" {
  server_id = aws_transfer_server.sftp.id
  user_name = "kestrel-assessor"
  role      = aws_iam_role.transfer_assessor.arn
  home_directory = "/cmb-transfer-inbound/assessor"
}

resource "aws_transfer_ssh_key" "county_assessor" {
  server_id = aws_transfer_server.sftp.id
  user_name = aws_transfer_user.county_assessor.user_name
  body      = "«sshpub:edcounty:assessor@kestrelcounty.gov»"  ⟪SSH public key⟫
}

resource "aws_cloudwatch_event_connection" "courts_aoc" {
  name               = "courts-aoc"
  authorization_type = "BASIC"
  auth_parameters {
    basic {
      username = "MBMC_INTEGRATION"
      password = "«pw6:aocbasic»"  ⟦password|EventBridge connection password in Terraform⟧
    }
  }
}
"""),
    ("deploy/k8s/cad/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: ali-bridge
  namespace: bluewire
data:
  ALI_HOST: 10.71.4.20
  ALI_PORT: "7001"
  ALI_USER: alibridge
  ALI_PASSWORD: «pw6:alibridge»  ⟦password|password in a ConfigMap⟧
  LOG_LEVEL: info
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-helmairflowweb»  ⟦app-secret|Airflow webserver secret key in Helm values⟧
fernetKeySecretName: harborlake-airflow-fernet  ⟪secret name reference⟫
data:
  metadataSecretName: harborlake-airflow-metadata
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪chart default password⟫
"""),
    (".github/workflows/scada-docs.yml", r"""
name: scada-docs
on:
  push:
    paths: ["ot/docs/**"]
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: mkdocs build
      - run: aws s3 sync site/ s3://cmb-ot-docs/ --delete
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.OT_DOCS_KEY_ID }}  ⟪GitHub secrets reference⟫
          AWS_SECRET_ACCESS_KEY: ${{ secrets.OT_DOCS_SECRET }}
"""),
    ("infra/cdk/lib/water-stack.ts", r"""
import * as cdk from "aws-cdk-lib";
import * as rds from "aws-cdk-lib/aws-rds";
import * as secretsmanager from "aws-cdk-lib/aws-secretsmanager";

export class WaterStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const lims = new rds.DatabaseInstance(this, "Lims", {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret("lims_admin"),  ⟪fromGeneratedSecret⟫
    });
    new secretsmanager.Secret(this, "HachWims", {
      secretName: "water/hach-wims",
      secretStringValue: cdk.SecretValue.unsafePlainText("«pwcity:hachwims»"),  ⟦password|unsafePlainText literal in CDK⟧
    });
  }
}
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":ballot_box: build results site"
    command: npm ci && npm run build
    env:
      RESULTS_PUSH_TOKEN: «b62:40-resultspush»  ⟦app-secret|token in a Buildkite env⟧
      NODE_ENV: production
  - wait
  - label: ":s3: publish"
    command: aws s3 sync dist/ s3://cmb-election-results-public/
    plugins:
      - aws-assume-role-with-web-identity#v1.1.0:
          role-arn: arn:aws:iam::118204937561:role/buildkite-ballotbox  ⟪OIDC role⟫
"""),
    ("infra/copilot/parkpass/manifest.yml", r"""
name: parkpass-web
type: Load Balanced Web Service
http:
  path: '/'
image:
  build: Dockerfile
  port: 3000
variables:
  RAILS_ENV: production
  ACTIVENET_ORG: merrowbayparks
  ACTIVENET_API_KEY: «lo:30-activenetk»  ⟦app-secret|Copilot variables literal key⟧
secrets:
  DATABASE_URL: /copilot/parkpass/prod/secrets/DATABASE_URL  ⟪Copilot secret reference⟫
  STRIPE_SECRET_KEY:
    secretsmanager: 'parkpass/stripe:secret_key::'  ⟪Copilot Secrets Manager reference⟫
"""),
    ("infra/pulumi/fleetyard/Pulumi.prod.yaml", r"""
config:
  aws:region: us-west-2
  fleetyard:fuelmasterPassword: «pw6:fuelmaster»  ⟦password|Pulumi plaintext config password⟧
  fleetyard:samsaraToken:
    secure: v1:«b64k:12-pulnonce»:«b64k:48-pulcipher»  ⟪Pulumi secure value⟫
  fleetyard:geotabDatabase: merrowbay
"""),
]
