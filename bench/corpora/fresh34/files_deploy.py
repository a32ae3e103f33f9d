"""fresh34 templates, more IaC, deployment and CI: CloudFormation (StackSets, SSM documents, Transfer Family,
Connect, AppSync, MSK, OpenSearch, DMS, WorkSpaces), parameter files, SAM, ECS, CodeBuild buildspecs,
CodePipeline, Terraform and Terragrunt, Pulumi, CDK in Go and Java, Kubernetes, kustomize, Helm, Argo CD,
compose, Dockerfiles, Nomad, Chef, Salt, systemd and CI pipelines of several vendors.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/stackset-kiosk-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM baseline for CUSS kiosks and bag drops registered as hybrid managed nodes
Resources:
  KioskBaselineDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        description: set local admin and kiosk shell
        parameters:
          AdminPassword:
            type: String
            default: '{{ssm-secure:/cuss/kiosk-local-admin}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: setadmin
            inputs:
              runCommand:
                - $p = ConvertTo-SecureString '«pwl:kioskadmin»' -AsPlainText -Force  ⟦password|same kiosk admin password in an SSM document⟧
                - Set-LocalUser -Name kioskadmin -Password $p
                - Set-ItemProperty 'HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon' DefaultPassword '«pwp:kioskauto»'  ⟦password|Winlogon DefaultPassword in an SSM document⟧
"""),
    ("infra/cfn/hybrid-activation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SSM hybrid activation for OT jump hosts (BHS, AGL)
Resources:
  Activation:
    Type: AWS::SSM::Activation  # not a real resource type: created by script, kept here for reference
Outputs:
  ActivationId:
    Value: «uuid:ssmactid»  ⟪activation id⟫
  ActivationCode:
    Value: «b62:20-ssmactcode»  ⟦app-secret|SSM hybrid activation code⟧
"""),
    ("infra/cfn/transfer-sita.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Transfer Family connector to the SITA SFTP (bag message archives) and to the slot coordinator
Resources:
  SitaConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.sita.aero
      AccessRole: arn:aws:iam::604173829150:role/transfer-connector
      SftpConfig:
        UserSecretId: transfer/sita-bagarch  ⟪secret id⟫
        TrustedHostKeys:
          - «sshpub:ed-sitahost:»  ⟪host public key⟫
  SitaSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: transfer/sita-bagarch
      SecretString: '{"Username":"trwbagarch","PrivateKey":"«jsonesc:pem:trad:rsa-sitasftp»"}'  ⟦private-key|JSON-escaped private key in SecretString⟧
"""),
    ("infra/cfn/connect-aoc-hotline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon Connect - passenger help line and PRM assistance queue
Resources:
  SupervisorUser:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: arn:aws:connect:eu-west-2:839462017745:instance/«uuid:connectinst»  ⟪Connect instance ARN⟫
      Username: contact.supervisor
      Password: «pwn:connectsup»  ⟦password|Connect user password⟧
      PhoneConfig: {PhoneType: SOFT_PHONE}
      RoutingProfileArn: arn:aws:connect:eu-west-2:839462017745:instance/«uuid:connectinst»/routing-profile/«uuid:rp»
      SecurityProfileArns: [arn:aws:connect:eu-west-2:839462017745:instance/«uuid:connectinst»/security-profile/«uuid:sp»]
"""),
    ("infra/cfn/msk-flight-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MSK cluster with SCRAM for flight events to airline partners
Resources:
  PartnerScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_partner_easyfly
      KmsKeyId: alias/msk-scram
      SecretString: '{"username":"easyfly","password":"«pwx:mskeasyfly»"}'  ⟦password|MSK SCRAM password in SecretString⟧
  HandlerScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_handler_swiftramp
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"swiftramp"}'
        GenerateStringKey: password
        PasswordLength: 32
"""),
    ("infra/cfn/opensearch-ops.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "ops-logs OpenSearch (FIDS, BRS, kiosks)",
  "Resources": {
    "OpsLogs": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "trw-ops-logs",
        "EngineVersion": "OpenSearch_2.15",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {"MasterUserName": "osadmin", "MasterUserPassword": "«pwx:osadmin»"}  ⟦password|OpenSearch master password in CFN JSON⟧
        },
        "EncryptionAtRestOptions": {"Enabled": true},
        "NodeToNodeEncryptionOptions": {"Enabled": true}
      }
    }
  },
  "Outputs": {"Endpoint": {"Value": {"Fn::GetAtt": ["OpsLogs", "DomainEndpoint"]}}}
}
"""),
    ("infra/cfn/dms-legacy-billing.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS from the legacy on-premises billing (Oracle) to tenant-billing SQL Server
Resources:
  SourceEndpoint:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: oracle
      ServerName: billing-ora.trw.local
      Port: 1521
      DatabaseName: BILLP
      Username: DMS_READ
      Password: «pw6:dmsora»  ⟦password|DMS endpoint password⟧
  TargetEndpoint:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: sqlserver
      SecretsManagerSecretId: tenant-billing/dms-target  ⟪secret id⟫
      SecretsManagerAccessRoleArn: arn:aws:iam::839462017745:role/dms-secrets
"""),
    ("infra/cfn/appsync-flights.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AppSync GraphQL API for the passenger app (flights, gates, queue times)
Resources:
  FlightsApi:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: trw-flights
      AuthenticationType: API_KEY
  FlightsKey:
    Type: AWS::AppSync::ApiKey
    Properties:
      ApiId: !GetAtt FlightsApi.ApiId
      Expires: 1798675200
  AodbHttpSource:
    Type: AWS::AppSync::DataSource
    Properties:
      ApiId: !GetAtt FlightsApi.ApiId
      Name: aodb
      Type: HTTP
      HttpConfig:
        Endpoint: https://aodb.int.tarrow-airports.com
        AuthorizationConfig:
          AuthorizationType: AWS_IAM
          AwsIamConfig: {SigningRegion: eu-west-2, SigningServiceName: execute-api}
Outputs:
  PublicApiKey:
    Value: da2-«lo:26-appsyncpub»  ⟪AppSync API key shipped in the public app⟫
"""),
    ("infra/cfn/params/tenant-billing.prod.json", r"""
{
  "Parameters": {
    "SapRfcPassword": "«pw6:saprfc»",  ⟦password|same SAP RFC password in a parameter file (object form)⟧
    "ConcessionPortalSecret": "«b62:40-concportal»",  ⟦app-secret|concession portal secret⟧
    "Env": "prod"
  },
  "Tags": {"cost-centre": "commercial", "owner": "tenant-billing"}
}
"""),
    ("infra/cfn/params/bhs-gateway.preprod.json", r"""
[
  {"ParameterKey": "ScadaPeerIp", "ParameterValue": "10.60.2.15"},
  {"ParameterKey": "VanmarkSupportPassword", "ParameterValue": "{{resolve:secretsmanager:bhs/vanmark-support}}"}  ⟪resolve reference⟫
]
"""),
    ("infra/cfn/workspaces-aoc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AD Connector for the AOC WorkSpaces
Resources:
  AdConnector:
    Type: AWS::DirectoryService::SimpleAD  # replaced by AD Connector via CLI in 2025
    Properties:
      Name: aoc.trw.local
      Password: «pwc:simplead»  ⟦password|directory admin password⟧
      Size: Small
      VpcSettings: {VpcId: vpc-05b7d2e9c1a4f8036, SubnetIds: [subnet-0e1f5a3c7b9d2e481, subnet-07c2e9b4a1d5f3e06]}  ⟪VPC and subnet ids⟫
"""),
    ("infra/cfn/sam/queue-times/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  XovisPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /queue-times/xovis-password  ⟪SSM parameter type⟫
Resources:
  PublishFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Environment:
        Variables:
          XOVIS_PASSWORD: !Ref XovisPassword
          WEBSITE_PUSH_KEY: «b62:32-webpush»  ⟦app-secret|website push key in SAM env⟧
"""),
    ("infra/cfn/sam/queue-times/samconfig.yaml", r"""
version: 0.1
prod:
  deploy:
    parameters:
      stack_name: queue-times-prod
      region: eu-west-2
      parameter_overrides:
        - Env=prod
        - DisplayVendorToken=«b62:36-qtdisplay»  ⟦app-secret|samconfig.yaml parameter override token⟧
"""),
    ("infra/buildspec/bagtrack-buildspec.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    NEXUS_PASSWORD: «pwc:nexus»  ⟦password|same Nexus password in buildspec variables⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    SITA_CERT_PASS: ci/sita:cert-pass  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - mvn -s settings.xml -B verify
      - aws ecr get-login-password | docker login --username AWS --password-stdin 271950384416.dkr.ecr.eu-west-2.amazonaws.com
"""),
    ("infra/buildspec/parkline-buildspec.yml", r"""
version: 0.2
phases:
  pre_build:
    commands:
      - export STRIPE_API_KEY=«rk:parkci»  ⟦stripe|Stripe restricted key in a buildspec⟧
      - export AWS_ACCESS_KEY_ID=«akid:parkci»  ⟦aws-key-id|key id exported in a buildspec⟧
      - export AWS_SECRET_ACCESS_KEY=«awssec:parkci»  ⟦aws-secret|secret exported in a buildspec⟧
  build:
    commands:
      - npm ci && npm run build
"""),
    ("infra/codepipeline/aodb-pipeline.json", r"""
{
  "pipeline": {
    "name": "aodb-api",
    "roleArn": "arn:aws:iam::271950384416:role/codepipeline-aodb",
    "stages": [
      {"name": "Source", "actions": [{"name": "GitHub", "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub", "version": "1"},
        "configuration": {"Owner": "tarrow-airports", "Repo": "aodb-api", "Branch": "main", "OAuthToken": "«ghp:pipeline»"}}]},  ⟦github|CodePipeline v1 OAuthToken⟧
      {"name": "Build", "actions": [{"name": "CodeBuild", "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
        "configuration": {"ProjectName": "aodb-api-build"}}]}
    ]
  }
}
"""),
    ("infra/ecs/cupps-bridge-taskdef.json", r"""
{
  "family": "cupps-bridge",
  "containerDefinitions": [{
    "name": "bridge",
    "image": "271950384416.dkr.ecr.eu-west-2.amazonaws.com/cupps-bridge:1.4.0",
    "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-west-2:518204967331:secret:ci/ghcr-«b62:6-ghcr»"},  ⟪repositoryCredentials⟫
    "environment": [
      {"name": "DCS_GATEWAY_KEY", "value": "«hex:40-dcsgw»"},  ⟦app-secret|same DCS gateway key in ECS env⟧
      {"name": "BAG_TAG_PRINTER_PIN", "value": "«pin:4-btp»"},  ⟦?password|same printer PIN in ECS env⟧
      {"name": "LOG_LEVEL", "value": "info"}
    ]
  }]
}
"""),
    ("infra/ecs/copilot/prm-booking/manifest.yml", r"""
name: prm-booking
type: Load Balanced Web Service
image:
  build: Dockerfile
  port: 8080
variables:
  PRM_PROVIDER_URL: https://prm.ocs-assist.invalid/api/bookings
  PRM_PROVIDER_TOKEN: «b62:40-prm»  ⟦app-secret|same PRM token in a Copilot manifest⟧
secrets:
  DB_PASSWORD: /copilot/prm-booking/prod/secrets/db-password  ⟪Copilot secret reference⟫
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "analytics" {
  name               = "trw-analytics"
  airflow_version    = "2.10.1"
  source_bucket_arn  = aws_s3_bucket.mwaa.arn
  dag_s3_path        = "dags/"
  execution_role_arn = aws_iam_role.mwaa.arn
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.eu-west-1.amazonaws.com"
    "smtp.smtp_user"     = "«akid:sesmwaa»"  ⟦aws-key-id|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.secret_key" = "«hex:32-mwaaweb»"  ⟦app-secret|Airflow webserver secret key in MWAA options⟧
  }
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "ot_to_splunk" {
  name        = "ot-events-splunk"
  destination = "splunk"
  splunk_configuration {
    hec_endpoint      = "https://hec.trw-soc.splunkcloud.com:443"
    hec_token         = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token⟧
    hec_endpoint_type = "Raw"
    s3_configuration {
      role_arn   = aws_iam_role.firehose.arn
      bucket_arn = aws_s3_bucket.firehose_backup.arn
    }
  }
}
"""),
    ("infra/terraform/vendor-users.tf", r"""
resource "aws_iam_user" "signwise" {
  name = "signwise-fids-upload"
}

resource "aws_iam_access_key" "signwise" {
  user = aws_iam_user.signwise.name
}

output "signwise_secret" {
  value     = aws_iam_access_key.signwise.secret  ⟪attribute reference⟫
  sensitive = true
}

locals {
  # keys issued by hand before this module; vendor has not moved yet (CLOUD-771)
  signwise_legacy_key_id = "«akid:signwiselegacy»"  ⟦aws-key-id|legacy vendor key id in locals⟧
  signwise_legacy_secret = "«awssec:signwiselegacy»"  ⟦aws-secret|legacy vendor secret in locals⟧
}
"""),
    ("infra/terraform/ses.tf", r"""
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}

output "smtp_password" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4  ⟪derived attribute⟫
  sensitive = true
}
"""),
    ("infra/terraform/snowflake.tf", r"""
provider "snowflake" {
  organization_name = "trw"
  account_name      = "eu1"
  user              = "TERRAFORM_SVC"
  password          = "«snowpw:tf»"  ⟦password|Snowflake provider password⟧
  role              = "ACCOUNTADMIN"
}

resource "snowflake_user" "tableau" {
  name     = "TABLEAU_SVC"
  password = "«snowpw:tableau»"  ⟦password|Snowflake user password in a resource⟧
}
"""),
    ("infra/terraform/cloudflare.tf", r"""
provider "cloudflare" {
  api_token = var.cloudflare_api_token
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
  default   = "«cfapi:tfdefault»"  ⟦app-secret|Cloudflare token as a sensitive variable default⟧
}
"""),
    ("infra/terragrunt/prod/aodb/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//aodb"
}

inputs = {
  db_password        = "«pwc:aodbmaster»"  ⟦password|same Aurora password as a Terragrunt input⟧
  sita_user          = "TRWKOXH"
  rabbit_admin_pass  = get_env("RABBIT_ADMIN_PASS")  ⟪get_env⟫
}
"""),
    ("infra/terragrunt/prod/noise/terragrunt.hcl", r"""
inputs = {
  vendor_token = "«b62:32-noise»"  ⟦app-secret|same noise vendor key as a Terragrunt input⟧
  retention    = 365
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: eu-west-2
  gtd:shuttleTelematicsKey: «hex:40-shuttle»  ⟦app-secret|same shuttle telematics key as plain Pulumi config⟧
  gtd:dbPassword:
    secure: AAABA«b64k:40-u4»  ⟪Pulumi secure value⟫
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from '@pulumi/pulumi';
import * as aws from '@pulumi/aws';

const cfg = new pulumi.Config('gtd');
const dbPassword = cfg.requireSecret('dbPassword');  ⟪requireSecret⟫

new aws.rds.Instance('gtd', {
  engine: 'postgres',
  instanceClass: 'db.t4g.medium',
  allocatedStorage: 50,
  username: 'gtd',
  password: dbPassword,
});

new aws.ssm.Parameter('taxiRankToken', { type: 'SecureString', value: '«b62:40-taxirank»' });  ⟦app-secret|same taxi token literal in Pulumi⟧
"""),
    ("infra/cdk/go/noise_stack.go", r"""
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/jsii-runtime-go"
)

func NewNoiseStack(scope awscdk.App, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)
	awslambda.NewFunction(stack, jsii.String("NoiseIngest"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PROVIDED_AL2023(),
		Handler: jsii.String("bootstrap"),
		Code:    awslambda.Code_FromAsset(jsii.String("dist"), nil),
		Environment: &map[string]*string{
			"NOISE_VENDOR_TOKEN": jsii.String("«b62:32-noise»"),  ⟦app-secret|same noise key in CDK Go⟧
			"FLIGHT_TRACK_USER":  jsii.String("trw-noise"),
			"FLIGHT_TRACK_PASS":  jsii.String("«pwn:flighttrack»"),  ⟦password|flight-track feed password in CDK Go⟧
		},
	})
	return stack
}
"""),
    ("infra/cdk/java/src/main/java/com/tarrow/infra/BhsStack.java", r"""
package com.tarrow.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.*;
import software.constructs.Construct;

public class BhsStack extends Stack {
    public BhsStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "BagDb")
            .engine(DatabaseInstanceEngine.sqlServerSe(SqlServerSeInstanceEngineProps.builder().version(SqlServerEngineVersion.VER_16).build()))
            .credentials(Credentials.fromPassword("brs_admin", software.amazon.awscdk.SecretValue.unsafePlainText("«pwx:bagdbadm»")))  ⟦password|CDK Java unsafePlainText master password⟧
            .build();
        Credentials.fromSecret(Secret.fromSecretNameV2(this, "Ro", "bagtrack/ro"));  ⟪fromSecretNameV2⟫
    }
}
"""),
    ("deploy/k8s/kustomize/fids/kustomization.yaml", r"""
resources:
  - ../../fids
secretGenerator:
  - name: fids-weather
    literals:
      - METAR_TOKEN=«hex:32-metar»  ⟦app-secret|same METAR token as a kustomize literal⟧
      - AMHS_PASSWORD=«pw6:amhs»  ⟦password|same AMHS password as a kustomize literal⟧
  - name: fids-cms
    envs: [cms.env]
"""),
    ("deploy/k8s/kustomize/fids/cms.env", r"""
CMS_USER=fids-render
CMS_PASSWORD=«pwl:cmspw»  ⟦password|same CMS password in a kustomize env file⟧
"""),
    ("deploy/k8s/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-platform
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/tarrow-airports/platform-gitops.git
  username: trw-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in an Argo CD repository Secret⟧
"""),
    ("deploy/k8s/argocd/app-aodb.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: aodb
  namespace: argocd
spec:
  project: passenger-systems
  source:
    repoURL: https://github.com/tarrow-airports/platform-gitops.git
    path: deploy/helm/aodb
    helm:
      parameters:
        - name: externalDatabase.password
          value: «pwn:aodbapp»  ⟦password|same DB password as an Argo CD Helm parameter⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: aodb
"""),
    ("deploy/k8s/cronjobs/slot-sync.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: slot-sync
spec:
  schedule: "15 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/slot-sync:0.9.0
              args: ["--acl-user", "TRW_SCHED", "--acl-password", "«pwl:aclslots»"]  ⟦password|same slot portal password in CronJob args⟧
"""),
    ("deploy/k8s/irsa/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: parkline-api
  namespace: parkline
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::839462017745:role/parkline-api-irsa  ⟪IRSA role⟫
"""),
    ("deploy/helm/parkline/values-prod.yaml", r"""
image:
  tag: 3.7.1
env:
  STRIPE_SECRET_KEY:
    valueFrom:
      secretKeyRef: {name: parkline-stripe, key: secret}  ⟪secretKeyRef⟫
  SKIDATA_PASSWORD: «pw6:skidata»  ⟦password|same parking vendor password in Helm values⟧
ingress:
  enabled: true
  hosts: [parking.tarrow-airports.com]
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  apiKey: «ddapi:screening»  ⟦datadog|same Datadog API key in Helm values⟧
  appKey: «ddapp:helm»  ⟦datadog|Datadog app key in Helm values⟧
  site: datadoghq.eu
  clusterName: trw-prod
"""),
    ("deploy/helm/keycloak/values.yaml", r"""
auth:
  adminUser: admin
  existingSecret: keycloak-admin  ⟪existingSecret⟫
externalDatabase:
  host: keycloak-db.trw.local
  user: keycloak
  password: «pwn:keycloakdb»  ⟦password|Keycloak DB password in Helm values⟧
"""),
    ("deploy/compose/tenant-portal/docker-compose.yml", r"""
services:
  web:
    image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/tenant-portal:2026.10
    environment:
      RAILS_ENV: production
      SECRET_KEY_BASE: «hex:128-skb»  ⟦app-secret|Rails secret_key_base in compose⟧
      PORTAL_DB_PASSWORD: ${PORTAL_DB_PASSWORD}  ⟪compose variable⟫
  sidekiq:
    image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/tenant-portal:2026.10
    command: bundle exec sidekiq
    environment:
      REDIS_URL: redis://:«pwr:tpredis»@tp-redis.trw.local:6379/0  ⟦conn-string|Redis URL with password⟧
"""),
    ("deploy/compose/ot-jump/docker-compose.yml", r"""
services:
  guacamole:
    image: guacamole/guacamole:1.5.5
    environment:
      POSTGRESQL_HOSTNAME: guac-db
      POSTGRESQL_DATABASE: guacamole_db
      POSTGRESQL_USER: guacamole
      POSTGRESQL_PASSWORD: «pwn:guacdb»  ⟦password|Guacamole DB password in compose⟧
  guac-db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: «pwn:guacdb»  ⟦password|same password for the database container⟧
"""),
    ("deploy/docker/slot-sync.Dockerfile", r"""
FROM python:3.12-alpine
RUN pip install requests boto3
COPY slot_sync.py /app/
ENV ACL_USER=TRW_SCHED
CMD ["python", "/app/slot_sync.py"]
"""),
    ("deploy/docker/signage-player.Dockerfile", r"""
FROM node:20-bookworm-slim
ARG NPM_TOKEN
RUN echo "//npm.pkg.github.com/:_authToken=«ghp:signagebuild»" > ~/.npmrc && npm ci && rm ~/.npmrc  ⟦github|PAT written into .npmrc in a Dockerfile layer⟧
COPY . /app
CMD ["node", "/app/player.js"]
"""),
    ("deploy/nomad/noise-collector.nomad.hcl", r"""
job "noise-collector" {
  datacenters = ["trw-dc1"]
  group "collector" {
    task "collector" {
      driver = "docker"
      config { image = "nexus.trw.local/env/noise-collector:2.3" }
      template {
        data = <<EOF
NOISE_TOKEN={{ with secret "kv/data/env/noise" }}{{ .Data.data.token }}{{ end }}
EOF
        destination = "secrets/env"  ⟪Vault template⟫
        env = true
      }
      env { NMT_PASSWORD = "«pwp:nmt01»" }  ⟦password|same NMT password in a Nomad env block⟧
    }
  }
}
"""),
    ("deploy/systemd/brs-bridge.service", r"""
[Unit]
Description=BRS bridge to the BHS level 2 (T2)
After=network-online.target

[Service]
User=brs
Environment=BHS_SCADA_PASSWORD=«pwn:scadaread»  ⟦password|same SCADA password in a systemd unit⟧
Environment=JAVA_OPTS=-Xmx1g
ExecStart=/opt/brs/bin/brs-bridge
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("chef/cookbooks/fids_player/attributes/default.rb", r"""
default['fids_player']['cms_url'] = 'https://signage-cms.trw.local'
default['fids_player']['player_secret'] = '«b62:32-playersecret»'  ⟦app-secret|same player secret in Chef attributes⟧
default['fids_player']['service_password'] = data_bag_item('fids', 'service')['password']  ⟪data bag lookup⟫
"""),
    ("salt/pillar/agl_historian.sls", r"""
agl_historian:
  sql_user: alcms_ro
  sql_password: «pwn:alcmsro»  ⟦password|same historian password in a Salt pillar⟧
  winrm_password: {{ salt['vault'].read_secret('ot/agl/winrm')['password'] }}  ⟪Salt vault lookup⟫
"""),
    (".github/workflows/kiosk-image.yml", r"""
name: kiosk-image
on: {workflow_dispatch: {}}
jobs:
  packer:
    runs-on: [self-hosted, windows]
    steps:
      - uses: actions/checkout@v4
      - run: packer build -var "winrm_password=«pwl:packerwinrm»" packer/kiosk-win.pkr.hcl  ⟦password|same WinRM password on a packer command line⟧
      - run: packer build -var "winrm_password=${{ secrets.WINRM_PASSWORD }}" packer/bagdrop.pkr.hcl  ⟪secrets reference⟫
"""),
    (".github/workflows/notify-release.yml", r"""
name: notify-release
on:
  release: {types: [published]}
jobs:
  notify:
    runs-on: ubuntu-24.04
    steps:
      - run: |
          curl -X POST -H 'Content-type: application/json' \
            --data '{"text":"Released ${{ github.event.release.tag_name }}"}' \
            «slackhook:release»  ⟦slack|Slack webhook URL in a workflow step⟧
      - run: curl -s "https://api.telegram.org/bot«telegram:aocbot»/sendMessage?chat_id=-100«num:10»&text=released"  ⟦app-secret|Telegram bot token in a workflow⟧
"""),
    ("ci/Jenkinsfile.parkline", r"""
pipeline {
  agent any
  environment {
    AWS_ACCESS_KEY_ID = credentials('parkline-aws-key')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('Smoke') {
      steps {
        sh 'curl -fsS -H "X-Api-Key: «b62:40-aggkey»" https://api.tarrow-airports.com/parking/quote?days=3'  ⟦app-secret|same aggregator API key in a Jenkins smoke test⟧
      }
    }
  }
}
"""),
    ("ci/jenkins/credentials.xml", r"""
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>bhs-eng-share</id>
          <username>TRW\svc-plcbuild</username>
          <password>{«b64k:64-u5»}</password>  ⟪Jenkins encrypted value⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ci/teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*

object FidsPlayer : BuildType({
    name = "FIDS player (Windows)"
    params {
        password("env.CODESIGN_PFX_PASSWORD", "credentialsJSON:«uuid:tcref»")  ⟪TeamCity credentials reference⟫
        param("env.SIGNWISE_UPLOAD_KEY", "«awssec:signwiselegacy»")  ⟦aws-secret|same vendor secret as a TeamCity param⟧
    }
})
"""),
    ("ci/drone/.drone.yml", r"""
kind: pipeline
type: docker
name: queue-predictor
steps:
  - name: train
    image: python:3.12
    environment:
      WANDB_API_KEY: «wandb:qp»  ⟦app-secret|Weights & Biases API key in Drone env⟧
      HF_TOKEN:
        from_secret: hf_token  ⟪from_secret⟫
    commands:
      - python train.py
"""),
    ("ci/woodpecker/.woodpecker.yml", r"""
steps:
  deploy-docs:
    image: alpine
    commands:
      - apk add curl
      - curl -u ci-docs:«pwn:confluence» -X PUT https://wiki.trw.local/rest/api/content/88231 -d @page.json  ⟦password|curl -u password in a Woodpecker step⟧
"""),
]
