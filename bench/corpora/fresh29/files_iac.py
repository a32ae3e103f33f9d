"""fresh29 templates, AWS infrastructure as code and CI (Kestrel Aerotechnik, an MRO): CloudFormation YAML and
JSON, parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations,
CodeBuild buildspecs, EC2 UserData, Terraform, compose, Kubernetes, Helm, Dockerfiles, CI pipelines.
Markers: bench/corpora/render.py and README.md. Several families are written in loops over services."""

ACCT = "618204937715"
SVCS = [
    ("hangarflow", "work orders and task cards", "postgres", "AWS::RDS::DBInstance"),
    ("partsyard", "parts and tooling inventory with RFID portals", "mysql", "AWS::RDS::DBInstance"),
    ("cellwatch", "engine run-cell telemetry and run sheets", "postgres", "AWS::RDS::DBCluster"),
    ("scopevault", "borescope image archive", "postgres", "AWS::RDS::DBInstance"),
    ("ndtlog", "NDT inspection records (UT, ET, MPI, FPI)", "mysql", "AWS::RDS::DBInstance"),
    ("doorguard", "hangar door and deluge controller telemetry", "postgres", "AWS::RDS::DBInstance"),
    ("efbsync", "EFB and mechanic tablet sync", "postgres", "AWS::RDS::DBCluster"),
    ("oembridge", "OEM and regulator portal integrations", "mysql", "AWS::RDS::DBInstance"),
    ("edigate", "customer airline EDI (Spec 2000, ATA iSpec) and SFTP", "postgres", "AWS::RDS::DBInstance"),
    ("trainpath", "Part-147 training school records", "mysql", "AWS::RDS::DBInstance"),
    ("crewroster", "HR, licences and shift rosters", "postgres", "AWS::RDS::DBInstance"),
    ("toolcrib", "calibrated tooling and torque wrench tracking", "postgres", "AWS::RDS::DBInstance"),
]
PWK = ["pwc", "pw", "pwn", "pwl", "pwp", "pp", "pwx", "pwr", "pwc", "pw", "pwn", "pwx"]
PWD = {"pwc": "company name + digits", "pw": "season + year", "pwn": "first name + digits", "pwl": "leetspeak",
       "pwp": "short weak", "pp": "passphrase", "pwx": "generated", "pwr": "generated alphanumeric"}

FILES = []

# --- CloudFormation YAML, one stack per service -----------------------------------------------------------
for i, (svc, what, eng, rtype) in enumerate(SVCS):
    pk = PWK[i]
    good = i % 3 == 0  # every third stack keeps its master password by reference
    master = ("      MasterUserPassword: '{{resolve:secretsmanager:%s/db-master:SecretString:password}}'  ⟪dynamic reference⟫" % svc
              if good else
              "      MasterUserPassword: «%s:cfn-%s»  ⟦password|%s master password in CloudFormation, %s⟧" % (pk, svc, svc, PWD[pk]))
    extra = ""
    if i % 4 == 1:
        extra = """
  IntegrationUser:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref IntegrationIamUser
Outputs:
  IntegrationSecret:
    Value: !GetAtt IntegrationUser.SecretAccessKey  ⟪GetAtt of a generated secret⟫"""
    elif i % 4 == 2:
        extra = """
  ApiKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /%s/prod/vendor-api-key
      Type: String
      Value: «b62:40-ssmval-%s»  ⟦app-secret|vendor API key written as a plain SSM String parameter⟧""" % (svc, svc)
    elif i % 4 == 3:
        extra = """
  AppSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub ${Env}/%s/app
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"%s_app"}'
        GenerateStringKey: password
        PasswordLength: 32""" % (svc, svc)
    FILES.append((f"infra/cfn/{svc}-stack.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: {svc} - {what} (Kestrel Aerotechnik, account {ACCT})
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  VpcId:
    Type: AWS::EC2::VPC::Id
  DbSubnets:
    Type: List<AWS::EC2::Subnet::Id>
Resources:
  Db:
    Type: {rtype}
    Properties:
      Engine: {'aurora-postgresql' if rtype.endswith('Cluster') else eng}
      DBName: {svc}
      MasterUsername: {svc}_admin
{master}
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:{ACCT}:key/«uuid:kms-{svc}»  ⟪KMS key ARN⟫
      Tags:
        - Key: cost-centre
          Value: mro-it
        - Key: app
          Value: {svc}{extra}
"""))

# --- CloudFormation JSON --------------------------------------------------------------------------------------
for i, svc in enumerate(["hangarflow", "partsyard", "cellwatch", "edigate", "trainpath", "doorguard"]):
    if i % 2 == 0:
        env = f'''            "OEM_PORTAL_USER": "kat-{svc}",
            "OEM_PORTAL_PASSWORD": "«pwx:json-{svc}»",  ⟦password|OEM portal password in a Lambda environment (CFN JSON)⟧
            "SENTRY_DSN": "«sentrynew:json-{svc}»"  ⟪modern Sentry DSN without a secret⟫'''
    else:
        env = f'''            "DB_SECRET_ARN": "arn:aws:secretsmanager:eu-west-1:{ACCT}:secret:{svc}/db-«b62:6-arn-{svc}»",  ⟪Secrets Manager ARN⟫
            "LOG_LEVEL": "info"'''
    FILES.append((f"infra/cfn-json/{svc}-worker.template.json", f"""
{{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "{svc} worker Lambda",
  "Parameters": {{
    "ApiToken": {{"Type": "String", "NoEcho": true}}
  }},
  "Resources": {{
    "Worker": {{
      "Type": "AWS::Lambda::Function",
      "Properties": {{
        "FunctionName": "{svc}-worker",
        "Runtime": "python3.12",
        "Handler": "worker.handler",
        "Role": "arn:aws:iam::{ACCT}:role/{svc}-worker",
        "Environment": {{
          "Variables": {{
{env},
            "PARTNER_TOKEN": {{"Ref": "ApiToken"}}  ⟪Ref of a NoEcho parameter⟫
          }}
        }}
      }}
    }}
  }}
}}
"""))

# --- parameter files ----------------------------------------------------------------------------------------
for i, (svc, what, eng, rtype) in enumerate(SVCS[:8]):
    pk = PWK[(i + 3) % len(PWK)]
    FILES.append((f"infra/params/{svc}-prod.json", f"""
[
  {{"ParameterKey": "Env", "ParameterValue": "prod"}},
  {{"ParameterKey": "VpcId", "ParameterValue": "vpc-«hex:17-vpc{i}»"}},
  {{"ParameterKey": "DbPassword", "ParameterValue": "«{pk}:param-{svc}»"}},  ⟦password|parameter file password, {PWD[pk]}⟧
  {{"ParameterKey": "AlarmEmail", "ParameterValue": "mro-it-oncall@kestrel-mro.aero"}}
]
"""))

# --- ECS task definitions -------------------------------------------------------------------------------------
for i, (svc, what, eng, rtype) in enumerate(SVCS[:10]):
    dbh = f"{svc}-db.c{i}x8kq2ve1mz.eu-west-1.rds.amazonaws.com"
    if i % 2 == 0:
        envs = f'''        {{"name": "DATABASE_URL", "value": "{eng}://{svc}_app:«pct:pwr:ecs-{svc}»@{dbh}:{5432 if eng == 'postgres' else 3306}/{svc}"}},  ⟦conn-string|database URL with password in an ECS task definition⟧
        {{"name": "AWS_ACCESS_KEY_ID", "value": "«akid:ecs-{svc}»"}},  ⟦aws-key-id|static key in ECS environment⟧
        {{"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:ecs-{svc}»"}},  ⟦aws-secret|static secret in ECS environment⟧'''
        secrets = ""
    else:
        envs = f'''        {{"name": "DB_HOST", "value": "{dbh}"}},'''
        secrets = f''',
      "secrets": [
        {{"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:{ACCT}:secret:{svc}/db-«b62:6-ecs{svc}»:password::"}},  ⟪valueFrom reference⟫
        {{"name": "API_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:{ACCT}:parameter/{svc}/api-key"}}
      ]'''
    FILES.append((f"infra/ecs/{svc}-taskdef.json", f"""
{{
  "family": "{svc}",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::{ACCT}:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {{
      "name": "{svc}",
      "image": "{ACCT}.dkr.ecr.eu-west-1.amazonaws.com/{svc}@sha256:«sha256:img-{svc}»",  ⟪image digest⟫
      "essential": true,
      "environment": [
{envs}
        {{"name": "SPRING_PROFILES_ACTIVE", "value": "prod"}}
      ]{secrets}
    }}
  ]
}}
"""))

# --- Lambda configurations --------------------------------------------------------------------------------------
LAMBDA_VENDORS = [("oem-portal-sync", "OEM_API_KEY", "hex:40-oemsync", "app-secret", "OEM tech-pubs portal key"),
                  ("aog-pager", "PAGERDUTY_ROUTING_KEY", "pdkey:aog", "pagerduty", "PagerDuty routing key"),
                  ("rfid-ingest", "IMPINJ_API_SECRET", "b62:32-impinj", "app-secret", "RFID reader cloud secret"),
                  ("efb-push", "SLACK_WEBHOOK_URL", "slackhook:efbpush", "slack", "Slack webhook"),
                  ("regulator-filer", "SENDGRID_API_KEY", "sg:regfiler", "sendgrid", "SendGrid key"),
                  ("training-cert-mailer", "MAILGUN_API_KEY", "mailgun:trainmail", "app-secret", "Mailgun key")]
for name, var, ph, kind, note in LAMBDA_VENDORS:
    FILES.append((f"infra/lambda/{name}.configuration.json", f"""
{{
  "FunctionName": "{name}",
  "FunctionArn": "arn:aws:lambda:eu-west-1:{ACCT}:function:{name}",
  "Runtime": "nodejs20.x",
  "Role": "arn:aws:iam::{ACCT}:role/{name}-role",
  "Handler": "index.handler",
  "CodeSha256": "«b64k:32-code-{name}»",  ⟪code hash⟫
  "Timeout": 30,
  "Environment": {{
    "Variables": {{
      "{var}": "«{ph}»",  ⟦{kind}|{note} in a Lambda configuration export⟧
      "STAGE": "prod"
    }}
  }},
  "RevisionId": "«uuid:rev-{name}»"
}}
"""))

# --- CodeBuild buildspecs ---------------------------------------------------------------------------------------
for i, svc in enumerate(["hangarflow", "partsyard", "cellwatch", "scopevault", "efbsync", "edigate", "trainpath", "toolcrib"]):
    if i % 2 == 0:
        block = f"""env:
  variables:
    SONAR_TOKEN: «sqp:cb-{svc}»  ⟦sonarqube|SonarQube token as a plaintext CodeBuild variable⟧
    NEXUS_PASSWORD: «pwc:nexus»  ⟦password|Nexus password as a plaintext CodeBuild variable⟧
  secrets-manager:
    DOCKERHUB_TOKEN: ci/dockerhub:token  ⟪secrets-manager reference⟫"""
    else:
        block = f"""env:
  parameter-store:
    SONAR_TOKEN: /ci/{svc}/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    NEXUS_PASSWORD: ci/nexus:password"""
    FILES.append((f"ci/codebuild/{svc}-buildspec.yml", f"""
version: 0.2
{block}
phases:
  install:
    runtime-versions:
      java: corretto17
  pre_build:
    commands:
      - aws ecr get-login-password | docker login --username AWS --password-stdin {ACCT}.dkr.ecr.eu-west-1.amazonaws.com
  build:
    commands:
      - ./gradlew build sonar -Dsonar.token=$SONAR_TOKEN
      - docker build -t {svc}:$CODEBUILD_RESOLVED_SOURCE_VERSION .
artifacts:
  files: [imagedefinitions.json]
"""))

FILES.append(("infra/cfn/codebuild-projects.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild projects for the MRO apps
Resources:
  EfbAppBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: efb-app-build
      ServiceRole: arn:aws:iam::{ACCT}:role/codebuild-efb
      Environment:
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        Type: LINUX_CONTAINER
        EnvironmentVariables:
          - Name: APPCENTER_TOKEN
            Type: PLAINTEXT
            Value: «hex:40-appcenter»  ⟦app-secret|App Center API token as a PLAINTEXT CodeBuild variable⟧
          - Name: GITHUB_TOKEN
            Type: SECRETS_MANAGER
            Value: ci/github:token  ⟪SECRETS_MANAGER variable⟫
          - Name: NPM_TOKEN
            Type: PLAINTEXT
            Value: «npm:efbbuild»  ⟦npm|npm token as a PLAINTEXT CodeBuild variable⟧
          - Name: SIGNING_PASS
            Type: PARAMETER_STORE
            Value: /ci/efb/keystore-pass  ⟪PARAMETER_STORE variable⟫
      Source:
        Type: GITHUB
        Location: https://github.com/kestrel-aero/efb-app.git
      Artifacts:
        Type: NO_ARTIFACTS
"""))

# --- EC2 UserData ----------------------------------------------------------------------------------------------
FILES.append(("infra/cfn/borescope-gateway.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: scopevault upload gateway (EC2) for the engine shop borescope stations
Resources:
  Gateway:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-«hex:17-amiscope»  ⟪AMI id⟫
      InstanceType: t3.medium
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -e
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<EOF
          [default]
          aws_access_key_id = «akid:userdata-scope»  ⟦aws-key-id|static key in EC2 UserData⟧
          aws_secret_access_key = «awssec:userdata-scope»  ⟦aws-secret|static secret in EC2 UserData⟧
          EOF
          echo "SMB_PASS=«pwp:scopesmb»" >> /etc/scopevault.env  ⟦password|borescope share password in UserData, short weak⟧
          systemctl enable --now scopevault-gw
"""))
FILES.append(("infra/cfn/toolcrib-kiosk.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: toolcrib kiosk host (Windows) for the calibrated tooling store
Parameters:
  LocalAdminPassword:
    Type: String
    NoEcho: true
Resources:
  Kiosk:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-«hex:17-amikiosk»
      InstanceType: t3.large
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString '${{LocalAdminPassword}}' -AsPlainText -Force  ⟪Sub of a NoEcho parameter⟫
          New-LocalUser -Name crib-svc -Password $pw
          $kiosk = ConvertTo-SecureString '«pwl:cribkiosk»' -AsPlainText -Force  ⟦password|kiosk account password in UserData, leetspeak⟧
          New-LocalUser -Name crib-kiosk -Password $kiosk
          </powershell>
"""))
FILES.append(("infra/cfn/hangar-door-bridge.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: doorguard bridge - Modbus gateway for hangar doors and foam deluge panels (H1 Ashcombe, H2 Ridgefield)
Resources:
  BridgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-«hex:17-amidoor»
      InstanceType: t3.small
      UserData:
        Fn::Base64: |
          #cloud-config
          write_files:
            - path: /etc/doorguard/bridge.env
              content: |
                MODBUS_GW=10.41.8.20
                MQTT_USER=doorguard
                MQTT_PASS=«pw:doormqtt»  ⟦password|MQTT password in cloud-init UserData, season + year⟧
                DELUGE_PANEL_PIN=«pin:4-deluge»  ⟦password|deluge panel maintenance PIN⟧
"""))

# --- SAM and samconfig ------------------------------------------------------------------------------------------------
FILES.append(("apps/efbsync/template.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: efbsync - pushes task cards and manuals to mechanic tablets
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  IntuneSecret:
    Type: String
    NoEcho: true
    Default: «azad:intune»  ⟦azure-ad|Entra client secret as a NoEcho Default⟧
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
Resources:
  SyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Environment:
        Variables:
          DB_PASSWORD: !Ref DbPassword  ⟪Ref of a NoEcho parameter⟫
          INTUNE_TENANT_ID: «uuid:tenant»  ⟪tenant id⟫
          INTUNE_CLIENT_ID: «uuid:intuneapp»  ⟪application id⟫
          INTUNE_CLIENT_SECRET: !Ref IntuneSecret
"""))
FILES.append(("apps/efbsync/samconfig.toml", """
version = 0.1
[default.deploy.parameters]
stack_name = "efbsync-prod"
s3_bucket = "kat-sam-artifacts-eu-west-1"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "DbPassword=«pwn:efbdb» Stage=prod"  ⟦password|samconfig parameter_overrides password, first name + digits⟧
"""))
FILES.append(("apps/ndtlog/samconfig.toml", """
version = 0.1
[default.deploy.parameters]
stack_name = "ndtlog-prod"
region = "eu-west-1"
resolve_s3 = true
parameter_overrides = ["Stage=prod", "DbSecretName=ndtlog/db"]  ⟪secret name, not a value⟫

[stage.deploy.parameters]
stack_name = "ndtlog-stage"
parameter_overrides = ["Stage=stage", "DbPassword=«pwp:ndtstage»"]  ⟦password|stage DB password in samconfig, short weak⟧
"""))

# --- serverless.yml ---------------------------------------------------------------------------------------------
FILES.append(("apps/oembridge/serverless.yml", """
service: oembridge
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    OEM_PORTAL_USER: kestrel.integration
    OEM_PORTAL_PASS: ${ssm:/oembridge/portal-pass}  ⟪ssm reference⟫
    AVIATION_WX_KEY: «hex:32-avwx»  ⟦app-secret|aviation weather API key in serverless.yml⟧
    LINEAR_API_KEY: «linear:oembridge»  ⟦app-secret|Linear API key⟧
functions:
  pollBulletins:
    handler: src/bulletins.poll
    events:
      - schedule: rate(30 minutes)
"""))
FILES.append(("apps/trainpath/serverless.yml", """
service: trainpath-notifier
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    TWILIO_ACCOUNT_SID: «twac:train»  ⟪account SID, an identifier⟫
    TWILIO_AUTH_TOKEN: «hex:32-twiliotrain»  ⟦twilio|Twilio auth token in serverless.yml⟧
    LMS_DB_URL: ${env:LMS_DB_URL}  ⟪env reference⟫
functions:
  expiringLicences:
    handler: handler.expiring
"""))

# --- Terraform --------------------------------------------------------------------------------------------------
FILES.append(("infra/tf/providers.tf", """
terraform {
  backend "s3" {
    bucket = "kat-tfstate-529183746620"
    key    = "mro/prod.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "«akid:tfprov»"  ⟦aws-key-id|static key in a Terraform provider block⟧
  secret_key = "«awssec:tfprov»"  ⟦aws-secret|static secret in a Terraform provider block⟧
}

provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a provider block⟧
}
"""))
FILES.append(("infra/tf/rds.tf", """
resource "aws_db_instance" "lakehouse_meta" {
  identifier                  = "lakehouse-meta"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "meta_admin"
  manage_master_user_password = true  ⟪managed password⟫
}

resource "aws_db_instance" "cellwatch_archive" {
  identifier     = "cellwatch-archive"
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "cell_admin"
  password       = "«pwc:tfcellarch»"  ⟦password|Terraform RDS password, company name + digits⟧
}

resource "random_password" "edi" {
  length = 24
}

resource "aws_db_instance" "edi" {
  identifier = "edigate"
  engine     = "postgres"
  username   = "edi_admin"
  password   = random_password.edi.result  ⟪generated password⟫
}
"""))
FILES.append(("infra/tf/prod.tfvars", """
env                 = "prod"
vpc_cidr            = "10.40.0.0/16"
datadog_api_key     = "«ddapi:tfvars»"  ⟦datadog|Datadog API key in tfvars⟧
sftp_partner_pass   = "«pwx:tfsftp»"  ⟦password|SFTP partner password in tfvars⟧
hangar_wifi_psk     = "«wifipsk:hangar»"  ⟦password|hangar Wi-Fi PSK in tfvars⟧
alert_email         = "mro-it-oncall@kestrel-mro.aero"
"""))
FILES.append(("infra/tf/variables.tf", """
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "oem_portal_password" {
  type      = string
  sensitive = true
  default   = "«pw:tfvardefault»"  ⟦password|Terraform variable default password, season + year⟧
}

variable "efb_mdm_password" {
  type      = string
  sensitive = true
  default   = "changeme"  ⟪placeholder default⟫
}
"""))
FILES.append(("infra/tf/transfer.tf", """
resource "aws_transfer_server" "edi" {
  identity_provider_type = "SERVICE_MANAGED"
  endpoint_type          = "PUBLIC"
}

resource "aws_transfer_ssh_key" "northwind_air" {
  server_id = aws_transfer_server.edi.id
  user_name = "northwind-air"
  body      = "«sshpub:ednw:edi@northwind-air»"  ⟪SSH public key⟫
}

resource "aws_secretsmanager_secret_version" "skylark_sftp" {
  secret_id     = aws_secretsmanager_secret.skylark_sftp.id
  secret_string = jsonencode({ username = "kestrel", password = "«pwr:skylarksftp»" })  ⟦password|customer SFTP password in a secret_string literal⟧
}
"""))
FILES.append(("infra/tf/lakehouse.tf", """
resource "aws_glue_connection" "mxdb" {
  name = "hangarflow-jdbc"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:postgresql://hangarflow-db.internal:5432/hangarflow"
    USERNAME            = "glue_reader"
    PASSWORD            = "«pwn:glue»"  ⟦password|Glue connection password in Terraform⟧
  }
}

resource "aws_glue_job" "parts_usage" {
  name     = "parts-usage-daily"
  role_arn = "arn:aws:iam::704392851166:role/glue-lakehouse"
  command { script_location = "s3://kat-lakehouse-scripts/parts_usage.py" }
  default_arguments = {
    "--SNOWFLAKE_PASSWORD" = "«snowpw:glue»"  ⟦password|Snowflake password in Glue default arguments⟧
    "--secret_name"        = "lakehouse/snowflake"  ⟪secret name⟫
  }
}
"""))

# --- docker-compose -------------------------------------------------------------------------------------------------
FILES.append(("deploy/compose/hangarflow-dev.yml", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: hangarflow
      POSTGRES_PASSWORD: hangarflow  ⟪local default equal to the user⟫
  app:
    build: .
    environment:
      DATABASE_URL: postgres://hangarflow:hangarflow@db:5432/hangarflow
      OEM_API_KEY: ${OEM_API_KEY}  ⟪env interpolation⟫
"""))
FILES.append(("deploy/compose/rfid-edge.yml", """
services:
  mosquitto:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  rfid-bridge:
    image: ghcr.io/kestrel-aero/rfid-bridge:3.4.1
    environment:
      READER_HOSTS: 10.42.10.11,10.42.10.12,10.42.10.13
      READER_PASSWORD: «pw6:impinjrdr»  ⟦password|RFID reader admin password in compose⟧
      MQTT_URL: mqtt://partsyard:«pwp:rfidmqtt»@mosquitto:1883  ⟦conn-string|MQTT URL with password⟧
      PARTSYARD_API_TOKEN: «b62:48-partsyardtok»  ⟦app-secret|partsyard API token in compose⟧
"""))
FILES.append(("deploy/compose/cellwatch-edge.yml", """
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: cellops
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwl:influx»  ⟦password|InfluxDB init password in compose⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxtok»  ⟦app-secret|InfluxDB admin token⟧
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin  ⟪file reference⟫
    secrets: [grafana_admin]
secrets:
  grafana_admin:
    file: ./secrets/grafana_admin.txt
"""))
FILES.append(("deploy/compose/secrets/grafana_admin.txt", """
«pwc:grafanaadmin»  ⟦password|Grafana admin password in a compose secrets file⟧
"""))
FILES.append(("deploy/compose/.gitignore", """
secrets/
.env
"""))
FILES.append(("deploy/compose/.env", """
COMPOSE_PROJECT_NAME=cellwatch
OEM_API_KEY=«hex:40-oemsync»  ⟦app-secret|OEM portal key in a compose .env⟧
AWS_ACCESS_KEY_ID=«akid:composeenv»  ⟦aws-key-id|static key in a compose .env⟧
AWS_SECRET_ACCESS_KEY=«awssec:composeenv»  ⟦aws-secret|static secret in a compose .env⟧
"""))

# --- Kubernetes ----------------------------------------------------------------------------------------------------
for i, svc in enumerate(["hangarflow", "partsyard", "scopevault", "toolcrib", "crewroster"]):
    FILES.append((f"deploy/k8s/{svc}/secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: {svc}-secrets
  namespace: mro
type: Opaque
data:
  DB_USER: «b64:lit:{svc}_app»
  DB_PASSWORD: «b64:{PWK[i]}:k8s-{svc}»  ⟦password|base64 password in a Secret data block, {PWD[PWK[i]]}⟧
  AWS_REGION: «b64:lit:eu-west-1»  ⟪base64 of a region name⟫
"""))
    FILES.append((f"deploy/k8s/{svc}/deployment.yaml", f"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  namespace: mro
spec:
  replicas: 2
  selector:
    matchLabels: {{app: {svc}}}
  template:
    metadata:
      labels: {{app: {svc}}}
    spec:
      serviceAccountName: {svc}
      containers:
        - name: {svc}
          image: {ACCT}.dkr.ecr.eu-west-1.amazonaws.com/{svc}:2026.11.{i + 3}
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: {svc}-secrets, key: DB_PASSWORD}}  ⟪secretKeyRef⟫
            - name: JAVA_OPTS
              value: -Xmx768m
"""))
FILES.append(("deploy/k8s/aws-creds-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: scopevault-s3
  namespace: mro
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8sscope»  ⟦aws-b64|base64 key ID in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8sscope»  ⟦aws-b64|base64 secret in a Secret⟧
"""))
FILES.append(("deploy/k8s/edigate-stringdata.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: edigate-partners
stringData:
  northwind.sftp.password: «pwx:nwsftp»  ⟦password|customer SFTP password in stringData⟧
  skylark.as2.cert-pass: «pp:as2pass»  ⟦password|AS2 keystore passphrase in stringData⟧
  helvetic.api.key: «b62:32-helvkey»  ⟦app-secret|customer airline API key in stringData⟧
"""))
FILES.append(("deploy/k8s/external-secret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: hangarflow-oem
spec:
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  data:
    - secretKey: OEM_PASSWORD
      remoteRef:
        key: hangarflow/oem  ⟪remoteRef⟫
        property: password
"""))
FILES.append(("deploy/k8s/sealed-crewroster.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crewroster-payroll
spec:
  encryptedData:
    PAYROLL_API_KEY: «sealed:payroll»  ⟪SealedSecret blob⟫
"""))
FILES.append(("deploy/k8s/regcred.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8sreg»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""))

# --- Helm values ----------------------------------------------------------------------------------------------------
for i, svc in enumerate(["hangarflow", "cellwatch", "trainpath", "doorguard"]):
    pk = PWK[(i + 5) % len(PWK)]
    FILES.append((f"deploy/helm/{svc}/values-prod.yaml", f"""
replicaCount: 3
image:
  repository: {ACCT}.dkr.ecr.eu-west-1.amazonaws.com/{svc}
  tag: "2026.11.{i}"
postgresql:
  enabled: false
externalDatabase:
  host: {svc}-db.internal
  user: {svc}_app
  password: "«{pk}:helm-{svc}»"  ⟦password|Helm external database password, {PWD[pk]}⟧
  existingSecret: ""
redis:
  auth:
    existingSecret: {svc}-redis  ⟪existingSecret reference⟫
ingress:
  enabled: true
  hosts: [{svc}.kestrel-mro.aero]
"""))
FILES.append(("deploy/helm/datadog/values.yaml", """
datadog:
  apiKeyExistingSecret: datadog-secret  ⟪existing secret reference⟫
  appKey: «ddapp:helm»  ⟦datadog|Datadog app key in Helm values⟧
  site: datadoghq.eu
  clusterName: mro-prod
"""))

# --- Dockerfiles ----------------------------------------------------------------------------------------------------
FILES.append(("apps/hangarflow/Dockerfile", """
FROM eclipse-temurin:17-jre
WORKDIR /app
COPY build/libs/hangarflow.jar app.jar
ENV SPRING_PROFILES_ACTIVE=prod
ENV OEM_PORTAL_PASSWORD=«pwx:json-hangarflow»  ⟦password|OEM portal password baked into a Dockerfile⟧
ENTRYPOINT ["java", "-jar", "app.jar"]
"""))
FILES.append(("apps/partsyard/Dockerfile", """
FROM python:3.12-slim
ARG PIP_INDEX_URL
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.txt  ⟪BuildKit secret mount⟫
COPY . /app
CMD ["gunicorn", "partsyard.wsgi", "-b", "0.0.0.0:8000"]
"""))
FILES.append(("apps/scopevault/Dockerfile", """
FROM node:20-alpine
WORKDIR /srv
RUN echo "//registry.npmjs.org/:_authToken=«npm:scopebuild»" > .npmrc && npm ci && rm .npmrc  ⟦npm|npm token in a Dockerfile RUN⟧
COPY . .
CMD ["node", "server.js"]
"""))

# --- CI pipelines ----------------------------------------------------------------------------------------------------
FILES.append((".github/workflows/hangarflow.yml", """
name: hangarflow
on: [push]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::529183746620:role/gha-hangarflow  ⟪OIDC role⟫
          aws-region: eu-west-1
      - run: ./gradlew build
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}  ⟪secrets context⟫
"""))
FILES.append((".github/workflows/efb-release.yml", """
name: efb-release
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: macos-14
    env:
      AWS_ACCESS_KEY_ID: «akid:ghaefb»  ⟦aws-key-id|static key in a GitHub workflow⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghaefb»  ⟦aws-secret|static secret in a GitHub workflow⟧
      MATCH_PASSWORD: «pp:match»  ⟦password|fastlane match passphrase in a workflow⟧
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
"""))
FILES.append((".gitlab-ci.yml", """
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  CELLWATCH_DB_URL: "postgresql://cell_ci:«pwn:gitlabci»@cellwatch-db.internal:5432/cellwatch"  ⟦conn-string|database URL with password in GitLab CI variables⟧
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI job token variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  script:
    - curl -s -X POST -H "PRIVATE-TOKEN: «glpat:deploy»" https://git.kestrel-mro.aero/api/v4/projects/42/trigger  ⟦gitlab|GitLab token in a CI script⟧
"""))
FILES.append(("Jenkinsfile", """
pipeline {
  agent { label 'linux' }
  environment {
    NEXUS = credentials('nexus-deployer')  ⟪Jenkins credentials binding⟫
    TEAMS_HOOK = 'https://kestrelaero.webhook.office.com/webhookb2/«uuid:teamsg»@«uuid:teamst»/IncomingWebhook/«hex:32-teamshook»/«uuid:teamsu»'  ⟦webhook|Teams incoming webhook URL⟧
  }
  stages {
    stage('Build') { steps { sh './gradlew publish' } }
  }
}
"""))
FILES.append(("bitbucket-pipelines.yml", """
image: python:3.12
pipelines:
  default:
    - step:
        name: lakehouse dbt
        script:
          - export SNOWFLAKE_PASSWORD=«snowpw:bbdbt»  ⟦password|Snowflake password exported in a pipeline script⟧
          - dbt build --target prod
"""))
FILES.append(("azure-pipelines.yml", """
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: mro-desktop-signing  ⟪variable group reference⟫
  - name: buildConfiguration
    value: Release
steps:
  - script: nuget sources add -Name kat -Source https://pkgs.dev.azure.com/kestrel-aero/_packaging/mro/nuget/v3/index.json -Username ci -Password «gpat:nuget»  ⟦app-secret|Azure DevOps PAT on a nuget command line⟧
  - task: DotNetCoreCLI@2
    inputs: {command: build}
"""))
FILES.append((".circleci/config.yml", """
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: kestrelci
          password: $DOCKERHUB_PASSWORD  ⟪env reference⟫
    steps:
      - checkout
      - run: npm ci && npm run build
"""))
FILES.append((".buildkite/pipeline.yml", """
steps:
  - label: ":aws: deploy cellwatch"
    command: scripts/deploy.sh
    env:
      AWS_SESSION_TOKEN: «stok:bk»  ⟦aws-session-token|session token pasted into a pipeline env⟧
      AWS_ACCESS_KEY_ID: «asia:bk»  ⟦aws-key-id|temporary key ID in a pipeline env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:bk»  ⟦aws-secret|temporary secret in a pipeline env⟧
"""))

# --- more IaC and CI -----------------------------------------------------------------------------------------------
FILES.append(("infra/cdk/lib/lakehouse-stack.ts", """
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class LakehouseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const creds = rds.Credentials.fromGeneratedSecret('lake_admin');  ⟪generated secret⟫
    const fivetran = sm.Secret.fromSecretNameV2(this, 'Fivetran', 'lakehouse/fivetran');  ⟪secret by name⟫
    new sm.Secret(this, 'SnowflakeLegacy', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«snowpw:cdklegacy»'),  ⟦password|plain-text secret value in CDK⟧
    });
  }
}
"""))
FILES.append(("infra/cdk/cdk.context.json", """
{
  "acknowledged-issue-numbers": [19836],
  "hosted-zone:account=618204937715:domainName=kestrel-mro.aero:region=eu-west-1": {"Id": "/hostedzone/Z«up:13-hz»", "Name": "kestrel-mro.aero."}  ⟪hosted zone id⟫
}
"""))
FILES.append(("infra/pulumi/Pulumi.prod.yaml", """
config:
  aws:region: eu-west-1
  mro:grafanaAdminPassword:
    secure: v1:«b64k:12-pnonce»:«b64k:40-pcipher»  ⟪Pulumi secure value⟫
  mro:rfidReaderPassword: «pw6:impinjrdr»  ⟦password|plaintext Pulumi config password⟧
  mro:opsgenieKey: «uuid:opsgenie»  ⟦app-secret|Opsgenie API key in Pulumi config⟧
"""))
FILES.append(("deploy/k8s/cronjob-edi-pull.yaml", """
apiVersion: batch/v1
kind: CronJob
metadata:
  name: edi-pull
  namespace: mro
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: pull
              image: 618204937715.dkr.ecr.eu-west-1.amazonaws.com/edigate:2026.11.2
              args: ["pull", "--partner", "northwind", "--password", "«pw6:nwedi»"]  ⟦password|password in CronJob args⟧
              env:
                - name: SLACK_WEBHOOK
                  value: «slackhook:edipull»  ⟦slack|Slack webhook in a CronJob⟧
"""))
FILES.append(("deploy/helm/airflow/values.yaml", """
executor: CeleryExecutor
webserverSecretKey: «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key in Helm values⟧
fernetKeySecretName: airflow-fernet  ⟪secret name⟫
data:
  metadataConnection:
    user: airflow
    pass: «pw:airflowdb»  ⟦password|Airflow metadata password in Helm values⟧
    host: airflow-meta.internal
webserver:
  defaultUser:
    username: admin
    password: admin  ⟪vendor default⟫
"""))
FILES.append(("deploy/argocd/hangarflow-app.yaml", """
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: hangarflow
  namespace: argocd
spec:
  source:
    repoURL: https://git.kestrel-mro.aero/platform/charts.git
    path: hangarflow
    helm:
      parameters:
        - name: externalDatabase.password
          value: «pw:helm-hangarflow»  ⟦password|Argo CD Helm parameter password⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: mro
"""))
FILES.append(("deploy/argocd/repo-secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: charts-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://git.kestrel-mro.aero/platform/charts.git
  username: argocd
  password: «glpat:argocd»  ⟦gitlab|GitLab token as an Argo CD repository password⟧
"""))
FILES.append((".github/workflows/lakehouse-dbt.yml", """
name: lakehouse-dbt
on:
  schedule: [{cron: '0 4 * * *'}]
jobs:
  dbt:
    runs-on: ubuntu-latest
    env:
      DBT_SNOWFLAKE_PASSWORD: ${{ secrets.DBT_SNOWFLAKE_PASSWORD }}  ⟪secrets context⟫
      FIVETRAN_API_SECRET: «b62:32-fivetran»  ⟦app-secret|Fivetran API secret in a workflow⟧
    steps:
      - uses: actions/checkout@v4
      - run: pip install dbt-snowflake && dbt build --target prod
      - run: 'curl -X POST -H "Authorization: token ${{ secrets.GITHUB_TOKEN }}" https://api.github.com/repos/kestrel-aero/lakehouse/dispatches'  ⟪GITHUB_TOKEN context⟫
"""))
FILES.append(("infra/cfn/ses-smtp.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the hangar printers and scanners
Resources:
  SmtpUser:
    Type: AWS::IAM::User
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of a generated secret⟫
"""))
