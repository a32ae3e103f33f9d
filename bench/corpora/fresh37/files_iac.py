"""fresh37 templates, AWS infrastructure as code and CI (Karrabin Resources): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
UserData, Terraform, compose, Kubernetes, Helm, Dockerfiles and CI pipelines of several vendors.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/fms-dispatch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  haulmind-dispatch - fleet management backend for the Mount Tarrow pit (CAT MineStar-style dispatch feed,
  truck assignment optimiser, shovel queue). Aurora PostgreSQL, ECS Fargate, MSK for telemetry.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, nonprod]
  OptimiserLicence:
    Type: String
    NoEcho: true
Resources:
  DispatchDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: dispatch
      MasterUsername: fms_admin
      MasterUserPassword: «pwc:dispatchdb»  ⟦password|Aurora master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:ap-southeast-2:618204937551:key/«uuid:kmsfms»  ⟪KMS key ARN⟫
  TelemetryBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub vims-${Env}
      EngineType: RABBITMQ
      EngineVersion: 3.11.20
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: vims-admin
          Password: '{{resolve:secretsmanager:fms/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: truck-gateway
          Password: «pw:vimsmq»  ⟦password|Amazon MQ user password, season + year⟧
  OptimiserSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub fms/${Env}/optimiser
      SecretString: !Sub '{"licence":"${OptimiserLicence}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/fms-dispatch.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "OptimiserLicence", "ParameterValue": "«up:24-optlic»"},  ⟦?app-secret|optimiser licence key in a parameter file⟧
  {"ParameterKey": "ReportingDbPassword", "ParameterValue": "«pwn:reportingdb»"},  ⟦password|parameter file password, first name + digits⟧
  {"ParameterKey": "AlertTopicEmail", "ParameterValue": "fms-oncall@karrabin.com.au"}
]
"""),
    ("infra/cfn/lims-assay.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: assaylink - LIMS integration for the site lab (fire assay, XRF, ICP-OES results to the grade control model)
Parameters:
  LimsDbPassword:
    Type: String
    NoEcho: true
    Default: «pwx:limsdb»  ⟦password|NoEcho parameter with a literal Default⟧
  LabVendorApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /assaylink/prod/vendor-api-key  ⟪SSM parameter name as Default⟫
Resources:
  LimsDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      DBInstanceClass: db.m6i.xlarge
      MasterUsername: lims_sa
      MasterUserPassword: !Ref LimsDbPassword
      AllocatedStorage: '500'
  ResultsFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: results.handler
      Role: !GetAtt ResultsRole.Arn
      Environment:
        Variables:
          LIMS_API_URL: https://lims.tarrow.karrabin.internal/api/v2
          LIMS_API_TOKEN: «b62:40-limsapi»  ⟦app-secret|LIMS API token in Lambda env⟧
          VENDOR_KEY_PARAM: !Ref LabVendorApiKey
          GRADE_MODEL_BUCKET: krb-grade-control-prod
"""),
    ("infra/cfn/blast-portal.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "shotfirer portal - blast designs, magazine reconciliation, explosives licence register",
  "Resources": {
    "MagazineRecon": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "index.handler",
        "Role": {"Fn::GetAtt": ["ReconRole", "Arn"]},
        "Environment": {
          "Variables": {
            "BLAST_DESIGN_API": "https://api.blastdesign-partner.net/v1",
            "BLASTIQ_CLIENT_SECRET": "«okx:40-blastiq»",  ⟦app-secret|blast vendor client secret in Lambda env⟧
            "MAGAZINE_DB_SECRET": {"Fn::Sub": "arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:blast/magazine-db"},  ⟪Secrets Manager ARN via Fn::Sub⟫
            "DG_REGULATOR_PORTAL_PASSWORD": "«pwl:dgportal»"  ⟦password|dangerous goods regulator portal password⟧
          }
        }
      }
    },
    "ShotfirerUser": {
      "Type": "AWS::IAM::AccessKey",
      "Properties": {"UserName": "svc-blast-export"}
    }
  },
  "Outputs": {
    "ExportSecret": {"Value": {"Fn::GetAtt": ["ShotfirerUser", "SecretAccessKey"]}}  ⟪GetAtt SecretAccessKey output⟫
  }
}
"""),
    ("infra/cfn/ses-smtp-camp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: camp-notify - SMTP relay for the accommodation village (room allocations, roster changes, flight manifests)
Resources:
  CampMailer:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-camp
Outputs:
  SmtpUser:
    Value: «akid:sescamp»  ⟦aws-key-id|SES SMTP user key id pasted into Outputs⟧
  SmtpPassword:
    Value: «sesv4:sescamp»  ⟦aws-ses-smtp|SES SMTP password pasted into Outputs⟧
  SmtpHost:
    Value: email-smtp.ap-southeast-2.amazonaws.com
"""),
    ("infra/cfn/historian-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: process plant historian collector (AVEVA PI interface node) in the OT DMZ
Resources:
  PiInterfaceNode:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a7c2e91f5b3d6481  ⟪AMI id⟫
      InstanceType: m6i.large
      SubnetId: subnet-03b9f2e7a15c84d60  ⟪subnet id⟫
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString '«pwx:pisvc»' -AsPlainText -Force  ⟦password|PowerShell ConvertTo-SecureString in UserData⟧
          New-LocalUser -Name svc_piint -Password $pw -PasswordNeverExpires
          [Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID','«akid:pinode»','Machine')  ⟦aws-key-id|key id in UserData⟧
          [Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY','«awssec:pinode»','Machine')  ⟦aws-secret|secret in UserData⟧
          & "C:\Program Files\PIPC\bin\piconfig.exe" /user piadmin /password «pwp:piadmin»  ⟦password|PI admin on a command line⟧
          </powershell>
"""),
    ("infra/cfn/tailings-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: TSF-2 tailings dam monitoring - piezometers, inclinometers, InSAR feed, TARP alerting
Resources:
  PiezoRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'tsf2/piezo/+/reading' WHERE pore_pressure_kpa > 180
        Actions:
          - Http:
              Url: https://tarp.geotech-partner.com.au/ingest
              Headers:
                - Key: x-api-key
                  Value: «b62:36-tarpkey»  ⟦app-secret|geotech vendor API key in an IoT HTTP action⟧
          - Sns:
              TargetArn: arn:aws:sns:ap-southeast-2:618204937551:tsf2-tarp-red  ⟪SNS topic ARN⟫
              RoleArn: arn:aws:iam::618204937551:role/iot-tarp
  InsarConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Bearer «okx:48-insar»  ⟦app-secret|InSAR provider bearer token in an EventBridge connection⟧
"""),
    ("infra/cfn/codebuild-autonomy.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: build of the autonomy supervisor images (AHS interface, perception map tiles)
Resources:
  AutonomyBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: ahs-supervisor
      ServiceRole: arn:aws:iam::618204937551:role/codebuild-ahs
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: ARTIFACTORY_USER
            Value: ci-ahs
          - Name: ARTIFACTORY_PASSWORD
            Type: PLAINTEXT
            Value: «pwr:artahs»  ⟦password|CodeBuild PLAINTEXT password⟧
          - Name: MAPBOX_SECRET
            Type: SECRETS_MANAGER
            Value: ahs/mapbox:token  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: SONAR_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/sonar-token  ⟪CodeBuild PARAMETER_STORE reference⟫
          - Name: GITHUB_TOKEN
            Value: «ghp:ahsbuild»  ⟦github|GitHub PAT in a CodeBuild env⟧
      Source:
        Type: GITHUB
        Location: https://github.com/karrabin/ahs-supervisor.git
"""),
    ("infra/sam/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: roster-sync - camp rosters (2/1, 8/6 FIFO swings) from the HR system to the accommodation booking tool
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
Resources:
  RosterSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Environment:
        Variables:
          SUCCESSFACTORS_CLIENT_ID: karrabin-roster-prd
          SUCCESSFACTORS_PRIVATE_KEY_PARAM: /roster/sf-key  ⟪SSM parameter name⟫
          CAMP_BOOKING_API_KEY: «b62:32-campbook»  ⟦app-secret|camp booking API key in SAM env⟧
          FLIGHT_CHARTER_PASSWORD: «pwn:charter»  ⟦password|charter airline manifest portal password⟧
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "roster-sync"
resolve_s3 = true
s3_prefix = "roster-sync"
region = "ap-southeast-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=\"prod\" HrDbPassword=\"«pwc:hrdb»\" CampApiUrl=\"https://camp.karrabin.com.au\""  ⟦password|samconfig parameter_overrides password⟧
image_repositories = []

[nonprod.deploy.parameters]
stack_name = "roster-sync-np"
parameter_overrides = "Env=\"nonprod\" HrDbPassword=\"{{resolve:ssm-secure:/roster/np/hrdb}}\""  ⟪ssm-secure reference⟫
"""),
    ("infra/serverless/drone-ingest/serverless.yml", r"""
service: drone-survey-ingest
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: ap-southeast-2
  environment:
    PROPELLER_API_TOKEN: ${ssm:/drone/propeller-token}  ⟪serverless ssm variable⟫
    DRONEDEPLOY_API_KEY: «hex:32-dronedeploy»  ⟦app-secret|DroneDeploy API key in serverless env⟧
    DJI_FLIGHTHUB_ORG_KEY: «b62:32-flighthub»  ⟦app-secret|DJI FlightHub organisation key⟧
    SURVEY_BUCKET: krb-survey-pointclouds
    SLACK_WEBHOOK: «slackhook:survey»  ⟦slack|Slack webhook in serverless env⟧
functions:
  ingest:
    handler: handler.ingest
    events:
      - s3:
          bucket: krb-survey-raw
          event: s3:ObjectCreated:*
"""),
    ("infra/ecs/taskdef-fms-api.json", r"""
{
  "family": "haulmind-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::618204937551:role/ecsTaskExecution",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/haulmind-api@sha256:«sha256:fmsimg»",  ⟪image digest⟫
      "environment": [
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://dispatch.cluster-c8x2.ap-southeast-2.rds.amazonaws.com:5432/dispatch"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:fmsapi»"},  ⟦password|ECS env password⟧
        {"name": "MODULAR_WENCO_BRIDGE_TOKEN", "value": "«okx:40-wenco»"},  ⟦app-secret|fleet system bridge token in ECS env⟧
        {"name": "DD_API_KEY", "value": "«ddapi:fmsecs»"}  ⟦datadog|Datadog API key in ECS env⟧
      ],
      "secrets": [
        {"name": "KAFKA_PASSWORD", "valueFrom": "arn:aws:secretsmanager:ap-southeast-2:618204937551:secret:fms/msk-«b62:6-msk»"}  ⟪valueFrom ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/taskdef-rail-loadout.json", r"""
{
  "family": "rail-loadout-scheduler",
  "containerDefinitions": [
    {
      "name": "scheduler",
      "image": "618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/loadout:2.8.1",
      "environment": [
        {"name": "RAIL_OPERATOR_SFTP_HOST", "value": "sftp.pilbararail-partner.net"},
        {"name": "RAIL_OPERATOR_SFTP_USER", "value": "krb_tarrow"},
        {"name": "RAIL_OPERATOR_SFTP_PASS", "value": "«pwl:railsftp»"},  ⟦password|rail operator SFTP password in ECS env⟧
        {"name": "TRAIN_LOADOUT_PLC_OPCUA_PASSWORD", "value": "«pw6:tlo»"},  ⟦password|OPC UA password of the train loadout PLC⟧
        {"name": "AWS_REGION", "value": "ap-southeast-2"}
      ]
    }
  ]
}
"""),
    ("infra/lambda/tsf-alert-config.json", r"""
{
  "FunctionName": "tsf2-tarp-notifier",
  "Runtime": "python3.11",
  "Role": "arn:aws:iam::618204937551:role/tarp-notifier",
  "Handler": "notify.handler",
  "CodeSha256": "«b64k:32»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "TWILIO_ACCOUNT_SID": "«twac:tarp»",  ⟪Twilio account SID⟫
      "TWILIO_AUTH_TOKEN": "«hex:32-twtok»",  ⟦app-secret|Twilio auth token in Lambda env⟧
      "PAGERDUTY_ROUTING_KEY": "«pdkey:tarp»",  ⟦pagerduty|PagerDuty routing key⟧
      "EOR_EMAIL": "eor@geotech-partner.com.au"
    }
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "krb-tfstate-618204937551"
    key            = "site/tarrow.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "tf-locks"
  }
}

provider "aws" {
  region     = "ap-southeast-2"
  access_key = "«akid:tfprov»"  ⟦aws-key-id|key id in a Terraform provider block⟧
  secret_key = "«awssec:tfprov»"  ⟦aws-secret|secret in a Terraform provider block⟧
}

provider "snowflake" {
  organization_name = "KARRABIN"
  account_name      = "TARROW_PRD"
  user              = "TF_ADMIN"
  password          = var.snowflake_password  ⟪Terraform variable reference⟫
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog app key in a provider block⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "snowflake_password" {
  type      = string
  sensitive = true
  default   = "«snowpw:tf»"  ⟦password|Terraform variable default password⟧
}

variable "historian_ro_password" {
  type      = string
  sensitive = true
}

variable "fleet_radio_psk" {
  description = "WPA2 PSK of the pit mesh (Rajant) management SSID"
  type        = string
  default     = "«wifipsk:mesh»"  ⟦password|mesh radio PSK as a variable default⟧
}

variable "kms_key_alias" {
  default = "alias/krb-ot"
}
"""),
    ("infra/terraform/prod.tfvars", r"""
env                    = "prod"
site                   = "tarrow"
vpc_cidr               = "10.40.0.0/16"
historian_ro_password  = "«pwn:histro»"  ⟦password|tfvars password⟧
lims_vendor_api_key    = "«b62:40-limsvendor»"  ⟦app-secret|LIMS vendor API key in tfvars⟧
fleet_radio_psk        = ""
alert_emails           = ["ot-security@karrabin.com.au"]
"""),
    ("infra/terraform/ot-dmz/rds.tf", r"""
resource "random_password" "historian" {
  length  = 32
  special = true
}

resource "aws_db_instance" "historian_mirror" {
  identifier              = "pi-mirror"
  engine                  = "sqlserver-se"
  instance_class          = "db.m6i.large"
  username                = "pi_mirror"
  password                = random_password.historian.result  ⟪random_password result⟫
  manage_master_user_password = null
}

resource "aws_db_instance" "survey" {
  identifier = "survey-gis"
  engine     = "postgres"
  username   = "gis_admin"
  password   = "«pwc:gisdb»"  ⟦password|Terraform literal RDS password⟧
}
"""),
    ("infra/terraform/vendor-access.tf", r"""
resource "aws_iam_user" "fms_vendor" {
  name = "vendor-fms-support"
}

resource "aws_iam_access_key" "fms_vendor" {
  user    = aws_iam_user.fms_vendor.name
  pgp_key = "keybase:karrabin_ot"  ⟪pgp_key keybase reference⟫
}

output "fms_vendor_secret" {
  value     = aws_iam_access_key.fms_vendor.encrypted_secret  ⟪encrypted_secret⟫
  sensitive = true
}

# vendor asked for the old key back while their jump box is rebuilt - remove after 30/11
locals {
  legacy_vendor_key_id     = "«akid:legacyvendor»"  ⟦aws-key-id|vendor key id in a Terraform local⟧
  legacy_vendor_key_secret = "«awssec:legacyvendor»"  ⟦aws-secret|vendor secret in a Terraform local⟧
}
"""),
    ("deploy/compose/plant-edge/docker-compose.yml", r"""
services:
  opcua-bridge:
    image: karrabin/opcua-mqtt-bridge:1.9
    environment:
      OPCUA_ENDPOINT: opc.tcp://10.52.4.20:4840
      OPCUA_USER: bridge
      OPCUA_PASSWORD: «pw6:opcbridge»  ⟦password|OPC UA password in compose⟧
      MQTT_URL: mqtts://mqtt.plant.karrabin.internal:8883
      MQTT_PASSWORD: ${MQTT_PASSWORD}  ⟪compose variable⟫
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pp:influx»  ⟦password|InfluxDB init password⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:48-influx»  ⟦app-secret|InfluxDB admin token⟧
  grafana:
    image: grafana/grafana:11.1.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: admin  ⟪vendor default⟫
"""),
    ("deploy/compose/lims/.env", r"""
COMPOSE_PROJECT_NAME=lims
MSSQL_SA_PASSWORD=«pwx:limssa»  ⟦password|compose .env SA password⟧
LIMS_LICENSE_SERVER=flex.karrabin.internal:27000
BALANCE_BRIDGE_PASSWORD=«pwp:balance»  ⟦password|lab balance bridge password⟧
SENTRY_DSN=«sentrynew:lims»  ⟪modern Sentry DSN⟫
"""),
    ("deploy/k8s/fms/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: haulmind-creds
  namespace: fms
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8sfms»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8sfms»  ⟦aws-b64|base64 secret in a Secret⟧
  AWS_REGION: «b64:lit:ap-southeast-2»  ⟪base64 region name⟫
stringData:
  WENCO_DB_PASSWORD: «pwl:wencodb»  ⟦password|stringData password⟧
"""),
    ("deploy/k8s/fms/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: haulmind-db
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-sm
    kind: ClusterSecretStore
  target:
    name: haulmind-db
  data:
    - secretKey: password
      remoteRef:
        key: fms/prod/db  ⟪ExternalSecret remoteRef⟫
        property: password
"""),
    ("deploy/k8s/fleet-telemetry/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: vims-ingest
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: vims-ingest
      containers:
        - name: ingest
          image: 618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/vims-ingest:4.2.0
          env:
            - name: KAFKA_SASL_PASSWORD
              valueFrom:
                secretKeyRef: {name: msk-scram, key: password}  ⟪secretKeyRef⟫
            - name: TRUCK_GATEWAY_SHARED_SECRET
              value: "«hex:40-truckgw»"  ⟦app-secret|shared secret in a Deployment env⟧
            - name: NEW_RELIC_LICENSE_KEY
              value: «nrlic:vims»  ⟦newrelic|New Relic license key in a Deployment env⟧
"""),
    ("deploy/helm/survey-portal/values-prod.yaml", r"""
image:
  repository: 618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/survey-portal
  tag: 3.4.2
postgresql:
  auth:
    username: survey
    password: «pwn:surveypg»  ⟦password|Helm values password⟧
    existingSecret: ""
cesium:
  ionToken: «jwt:cesium»  ⟦jwt|Cesium ion access token (a JWT) in Helm values⟧
mapbox:
  publicToken: pk.«b62:60-mbx».«b62:22-mbx2»  ⟪Mapbox public token⟫
oidc:
  clientId: «uuid:surveyoidc»  ⟪Entra application id⟫
  clientSecret: «azad:surveyoidc»  ⟦app-secret|Entra client secret in Helm values⟧
"""),
    ("deploy/helm/historian-api/values.yaml", r"""
replicaCount: 2
pi:
  webApiUrl: https://piwebapi.plant.karrabin.internal/piwebapi
  username: KARRABIN\svc_piweb
  password:
    existingSecret: piweb-creds  ⟪existingSecret⟫
    key: password
redis:
  auth:
    password: changeme  ⟪placeholder password⟫
"""),
    ("deploy/docker/fms-gateway.Dockerfile", r"""
FROM eclipse-temurin:21-jre
LABEL maintainer="fleet-systems@karrabin.com.au"
ARG ARTIFACTORY_TOKEN
ENV JAVA_OPTS="-Xmx1g" \
    GATEWAY_MODE=pit \
    TRUCK_CERT_PASSWORD=«pwp:truckcert»  ⟦password|keystore password in a Dockerfile ENV⟧
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc echo building  ⟪BuildKit secret mount⟫
COPY build/libs/gateway.jar /app/gateway.jar
ENTRYPOINT ["java", "-jar", "/app/gateway.jar"]
"""),
    ("deploy/docker/lims-worker.Dockerfile", r"""
FROM python:3.12-slim
ENV PIP_INDEX_URL=https://ci-lims:«pwr:pipidx»@artifactory.karrabin.com.au/api/pypi/pypi/simple  ⟦conn-string|pip index URL with a password⟧
RUN pip install --no-cache-dir assaylink-worker==2.3.1
ENV LIMS_DB=mssql+pyodbc://lims_rw@lims-db/lims?driver=ODBC+Driver+18
CMD ["assaylink-worker"]
"""),
    (".github/workflows/fms-deploy.yml", r"""
name: fms-deploy
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
          role-to-assume: arn:aws:iam::618204937551:role/gha-fms-deploy  ⟪OIDC role⟫
          aws-region: ap-southeast-2
      - run: ./gradlew build
        env:
          ARTIFACTORY_PASSWORD: ${{ secrets.ARTIFACTORY_PASSWORD }}  ⟪GitHub secret reference⟫
      - run: 'curl -sf -X POST -H "Authorization: Bearer «okx:40-dispatchhook»" https://dispatch.karrabin.com.au/hooks/deployed'  ⟦app-secret|bearer token in a workflow curl⟧
"""),
    (".github/workflows/survey-nightly.yml", r"""
name: survey-nightly
on:
  schedule:
    - cron: '0 18 * * *'
jobs:
  pointcloud:
    runs-on: [self-hosted, gpu]
    env:
      AWS_ACCESS_KEY_ID: «akid:gha-survey»  ⟦aws-key-id|key id in workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:gha-survey»  ⟦aws-secret|secret in workflow env⟧
      PROPELLER_TOKEN: ${{ secrets.PROPELLER_TOKEN }}  ⟪GitHub secret reference⟫
    steps:
      - run: python tools/decimate.py --in s3://krb-survey-raw --out s3://krb-survey-pointclouds
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_HOST_URL: https://sonar.karrabin.com.au
  SONAR_TOKEN: «sqp:gitlab»  ⟦sonarqube|SonarQube token in GitLab variables⟧
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI job token variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy-plant:
  stage: deploy
  script:
    - sshpass -p '«pwl:plantdeploy»' scp dist/*.zip scada@10.52.4.11:/opt/deploy/  ⟦password|sshpass password in GitLab CI⟧
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'windows-ot' }
  environment {
    HISTORIAN_CREDS = credentials('pi-svc')  // ⟪Jenkins credentials()⟫
    NEXUS_PASSWORD = '«pwc:nexus»'  // ⟦password|Jenkinsfile environment password⟧
  }
  stages {
    stage('Deploy HMI screens') {
      steps {
        bat 'net use \\\\plant-eng01\\thinmanager /user:KARRABIN\\svc_hmi «pwp:hmishare»'  // ⟦password|net use password in a Jenkinsfile⟧
        bat 'robocopy build \\\\plant-eng01\\thinmanager\\screens /MIR'
      }
    }
  }
}
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: camp portal
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪pipeline variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: krb-camp-portal
            - curl -u camp-deploy:«pwn:campdeploy» https://camp.karrabin.com.au/admin/cache/purge  ⟦password|curl -u password in a pipeline⟧
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  - group: ot-shared
  - name: LimsSqlPassword
    value: «pwx:limsazdo»  # ⟦password|Azure Pipelines variable password⟧
steps:
  - task: SqlAzureDacpacDeployment@1
    inputs:
      SqlPassword: $(LimsSqlPassword)  ⟪pipeline variable⟫
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  mineplan:
    docker:
      - image: cimg/python:3.12
        auth:
          username: karrabin-ci
          password: «dckr:circle»  # ⟦docker-hub|Docker Hub token in a CircleCI auth block⟧
    environment:
      DESWIK_LICENSE_URL: https://licensing.karrabin.internal
    steps:
      - checkout
      - run: pytest tests
"""),
    ("buildkite/pipeline.yml", r"""
steps:
  - label: ":truck: autonomy sim"
    command: ./sim/run.sh
    env:
      SIM_LICENSE_TOKEN: "«b62:32-simlic»"  # ⟦app-secret|simulator licence token in Buildkite env⟧
      NPM_TOKEN: «npm:bk»  # ⟦npm|npm token in Buildkite env⟧
    plugins:
      - docker-login#v3.0.0:
          username: karrabin-ci
          password-env: DOCKER_PASSWORD  ⟪env var name⟫
"""),
]

# -- per-service variants (each its own values: the tag carries the service name) --------------------------
SVCS = [("haulmind", "fleet dispatch", "fms"), ("vims", "truck health (VIMS/KOMTRAX feed)", "fleet"),
        ("ahs", "autonomous haulage supervisor", "autonomy"), ("plantsight", "plant SCADA gateway", "plant"),
        ("pibridge", "PI historian bridge", "plant"), ("assaylink", "assay LIMS link", "lab"),
        ("shotfirer", "blast design portal", "drill-blast"), ("magtrack", "explosives magazine tracking", "drill-blast"),
        ("surveyhub", "survey and drone data", "survey"), ("tsfwatch", "tailings monitoring", "geotech"),
        ("campstay", "camp accommodation", "camp"), ("railout", "rail loadout scheduling", "logistics"),
        ("fuelbay", "fuel management", "fleet"), ("tyretrack", "tyre management", "fleet")]

_PARAMS = r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "ServiceName", "ParameterValue": "@S@"},
  {"ParameterKey": "DbMasterPassword", "ParameterValue": "«@PW@:@S@-params»"},  ⟦password|@D@ parameter file password⟧
  {"ParameterKey": "VendorApiKeyParam", "ParameterValue": "/@S@/prod/vendor-api-key"},  ⟪SSM parameter name⟫
  {"ParameterKey": "CostCentre", "ParameterValue": "CC-@N@"}
]
"""
_TASK = r"""
{
  "family": "@S@-worker",
  "taskRoleArn": "arn:aws:iam::618204937551:role/@S@-task",
  "containerDefinitions": [
    {
      "name": "worker",
      "image": "618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/@S@-worker:1.@N@.0",
      "essential": true,
      "environment": [
        {"name": "SERVICE", "value": "@S@"},
        {"name": "DB_PASSWORD", "value": "«@PW@:@S@-task»"},  ⟦password|@D@ ECS env password⟧
        {"name": "LOG_LEVEL", "value": "info"}
      ],
      "secrets": [
        {"name": "VENDOR_TOKEN", "valueFrom": "arn:aws:ssm:ap-southeast-2:618204937551:parameter/@S@/vendor-token"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/@S@"}}
    }
  ]
}
"""
_K8S = r"""
apiVersion: v1
kind: Secret
metadata:
  name: @S@-db
  namespace: @NS@
  labels:
    app.kubernetes.io/part-of: @S@
type: Opaque
data:
  username: «b64:lit:svc_@S@»  ⟪base64 user name⟫
  password: «b64:@PW@:@S@-k8s»  ⟦password-b64|@D@ base64 password in a Secret⟧
  host: «b64:lit:@S@-db.@NS@.svc.cluster.local»  ⟪base64 host name⟫
"""
_HELM = r"""
# @D@ - production values (ArgoCD app @S@-prod)
replicaCount: 2
image:
  repository: 618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/@S@
  tag: "2.@N@.1"
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::618204937551:role/@S@-irsa  ⟪IRSA role⟫
env:
  APP_ENV: production
  OTEL_EXPORTER_OTLP_ENDPOINT: http://otel-collector.observability:4317
config:
  database:
    host: @S@-db.@NS@.svc
    user: @S@
    password: "«@PW@:@S@-helm»"  ⟦password|@D@ Helm values password⟧
  sso:
    clientSecret: "{{ .Values.global.ssoSecret }}"  ⟪Helm template reference⟫
"""
_TFVARS = r"""
# @D@ (@NS@) - terraform.tfvars for the prod workspace
service_name       = "@S@"
instance_type      = "t3.large"
min_capacity       = 2
db_username        = "@S@_admin"
db_password        = "«@PW@:@S@-tfvars»"  ⟦password|@D@ tfvars password⟧
alarm_sns_topic    = "arn:aws:sns:ap-southeast-2:618204937551:@NS@-alarms"
"""
_LAMBDA = r"""
{
  "FunctionName": "@S@-notifier",
  "Runtime": "python3.12",
  "Handler": "app.handler",
  "Timeout": 30,
  "Environment": {
    "Variables": {
      "TEAMS_WEBHOOK_URL": "https://karrabin.webhook.office.com/webhookb2/«uuid:@S@-teams»@«uuid:tenant»/IncomingWebhook/«hex:32-@S@-teamshook»/«uuid:@S@-teams2»",  ⟦app-secret|@D@ Teams incoming webhook URL⟧
      "STAGE": "prod",
      "SECRET_ARN": "arn:aws:secretsmanager:ap-southeast-2:618204937551:secret:@S@/notifier-«b62:6-@S@-arn»"  ⟪Secrets Manager ARN⟫
    }
  },
  "TracingConfig": {"Mode": "Active"},
  "RevisionId": "«uuid:@S@-rev»"  ⟪revision id⟫
}
"""
_COMPOSE = r"""
# local stack for @D@ - do not use these settings in the pit network
services:
  app:
    build: .
    environment:
      DATABASE_URL: postgres://@S@:localdev@db:5432/@S@  ⟪local default password in a dev compose⟫
      UPSTREAM_API_KEY: ${UPSTREAM_API_KEY:?set me}  ⟪compose required variable⟫
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: localdev
"""
_GHA = r"""
name: @S@-release
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: actions/checkout@v4
      - name: login to ECR
        uses: aws-actions/amazon-ecr-login@v2
      - name: push
        run: ./scripts/push.sh
        env:
          AWS_ACCESS_KEY_ID: «akid:gha-@S@»  ⟦aws-key-id|@D@ workflow key id⟧
          AWS_SECRET_ACCESS_KEY: «awssec:gha-@S@»  ⟦aws-secret|@D@ workflow secret⟧
          AWS_DEFAULT_REGION: ap-southeast-2
          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}  ⟪GitHub secret reference⟫
"""
_PWS = ["pwc", "pw", "pwn", "pwx", "pwl", "pwr", "pp", "pwp"]
_NS = {"fms": "fleet", "fleet": "fleet", "autonomy": "autonomy", "plant": "plant", "lab": "lab",
       "drill-blast": "drillblast", "survey": "survey", "geotech": "geotech", "camp": "camp", "logistics": "rail"}


def _fill(t, s, d, area, i):
    return (t.replace("@S@", s).replace("@D@", d).replace("@NS@", _NS[area]).replace("@N@", str(10 + i))
            .replace("@PW@", _PWS[i % len(_PWS)]))


for _i, (_s, _d, _a) in enumerate(SVCS):
    FILES.append((f"infra/cfn/params/{_s}.prod.json", _fill(_PARAMS, _s, _d, _a, _i)))
    FILES.append((f"infra/ecs/{_s}-worker.taskdef.json", _fill(_TASK, _s, _d, _a, _i + 1)))
    if _i % 2 == 0:
        FILES.append((f"deploy/k8s/{_NS[_a]}/{_s}-db-secret.yaml", _fill(_K8S, _s, _d, _a, _i + 2)))
        FILES.append((f"deploy/helm/{_s}/values-prod.yaml", _fill(_HELM, _s, _d, _a, _i + 3)))
        FILES.append((f"infra/lambda/{_s}-notifier.json", _fill(_LAMBDA, _s, _d, _a, _i)))
    else:
        FILES.append((f"infra/terraform/services/{_s}/terraform.tfvars", _fill(_TFVARS, _s, _d, _a, _i + 4)))
        FILES.append((f".github/workflows/{_s}-release.yml", _fill(_GHA, _s, _d, _a, _i)))
    if _i % 3 == 0:
        FILES.append((f"services/{_s}/docker-compose.dev.yml", _fill(_COMPOSE, _s, _d, _a, _i)))

_ES = r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: @S@-vendor
  namespace: @NS@
spec:
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: @S@-vendor}
  dataFrom:
    - extract:
        key: @S@/prod/vendor  ⟪ExternalSecret extract key⟫
"""
_DOCKER = r"""
FROM 618204937551.dkr.ecr.ap-southeast-2.amazonaws.com/base/python:3.12@sha256:«sha256:base-@S@»  ⟪image digest⟫
ARG PIP_EXTRA_INDEX_URL
WORKDIR /srv/@S@
COPY . .
RUN pip install --no-cache-dir -r requirements.txt
ENV SERVICE=@S@ \
    UPSTREAM_BASIC_AUTH=«basic:@S@-docker»  ⟦password-b64|@D@ base64 basic-auth credential in a Dockerfile ENV⟧
USER 10001
CMD ["python", "-m", "@S@"]
"""
_SLS = r"""
service: @S@-events
provider:
  name: aws
  runtime: python3.12
  region: ap-southeast-2
  environment:
    STAGE: ${opt:stage, 'prod'}  ⟪serverless option variable⟫
    VENDOR_TOKEN: ${ssm:/@S@/vendor-token}  ⟪serverless ssm variable⟫
    WEBHOOK_SIGNING_SECRET: «hex:40-@S@-sls»  ⟦app-secret|@D@ webhook signing secret in serverless env⟧
functions:
  handle:
    handler: handler.handle
    events:
      - httpApi: {path: /events, method: post}
"""
for _i, (_s, _d, _a) in enumerate(SVCS):
    if _i % 2 == 1:
        FILES.append((f"deploy/k8s/{_NS[_a]}/{_s}-externalsecret.yaml", _fill(_ES, _s, _d, _a, _i)))
    if _i % 3 == 1:
        FILES.append((f"services/{_s}/Dockerfile", _fill(_DOCKER, _s, _d, _a, _i)))
    if _i % 3 == 2:
        FILES.append((f"services/{_s}/serverless.yml", _fill(_SLS, _s, _d, _a, _i)))
