"""IaC templates: CloudFormation, SAM, CDK, ECS, Step Functions, Kubernetes, Helm, Terraform, Pulumi, compose."""
FILES = [
("infra/cfn/rds-orders.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: Tidewell orders database (eu-central-1)
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  OrdersDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: tidewell_admin
      MasterUserPassword: !Ref DbPassword  ⟪NoEcho Ref without Default⟫
      DBSubnetGroupName: !Ref OrdersSubnets
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      MasterUsername: reporting
      MasterUserPassword: «pw:1»  ⟦password|literal RDS master password⟧
Outputs:
  Endpoint:
    Value: !GetAtt OrdersDb.Endpoint.Address
"""),
("infra/cfn/cache.yaml", """
Resources:
  RouteCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: route cache
      TransitEncryptionEnabled: true
      AuthToken: «pw:1»Redis  ⟦password|ElastiCache AuthToken⟧
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: sessions
      AuthToken: '{{resolve:secretsmanager:prod/session-cache:SecretString:token}}'  ⟪dynamic reference⟫
"""),
("infra/cfn/docdb.json", """
{
  "Resources": {
    "TrackingCluster": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "MasterUsername": "tracking",
        "MasterUserPassword": "«pw:1»",  ⟦password|DocumentDB master password in JSON⟧
        "StorageEncrypted": true,
        "KmsKeyId": {"Fn::GetAtt": ["DataKey", "Arn"]}
      }
    }
  }
}
"""),
("infra/cfn/opensearch.yaml", """
Resources:
  SearchDomain:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: shipments-search
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: osadmin
          MasterUserPassword: «pw:1»  ⟦password|OpenSearch master user password⟧
"""),
("infra/cfn/mq-broker.yaml", """
Resources:
  DispatchBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: dispatch
      EngineType: RABBITMQ
      Users:
        - Username: dispatcher
          Password: «pw:1»  ⟦password|Amazon MQ user password⟧
        - Username: monitor
          Password: !Sub '{{resolve:ssm-secure:/mq/monitor-password:3}}'  ⟪ssm-secure dynamic reference⟫
"""),
("infra/cfn/redshift.yaml", """
Parameters:
  AdminPassword:
    Type: String
    NoEcho: true
    Default: «pw:1»  ⟦password|NoEcho parameter Default⟧
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: multi-node
      NodeType: ra3.xlplus
      MasterUsername: whadmin
      MasterUserPassword: !Ref AdminPassword
      DBName: freight
"""),
("infra/cfn/iam-ci-user.yaml", """
Resources:
  CiUser:
    Type: AWS::IAM::User
  CiKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CiUser
Outputs:
  CiAccessKeyId:
    Value: !Ref CiKey
  CiSecret:
    Value: !GetAtt CiKey.SecretAccessKey  ⟪GetAtt output, no value⟫
"""),
("infra/cfn/lambda-label-printer.yaml", """
Resources:
  LabelPrinterFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: !GetAtt LabelPrinterRole.Arn
      Environment:
        Variables:
          PRINTER_BUCKET: !Sub 'tidewell-labels-${AWS::AccountId}'
          LEGACY_AWS_KEY: «akid:1»  ⟦aws-access-key-id|Lambda env key ID⟧
          LEGACY_AWS_SECRET: «awssec:1»  ⟦aws-secret-access-key|Lambda env secret⟧
          ZEBRA_CLOUD_PASSWORD: «pw:2»  ⟦password|Lambda env password⟧
          STAGE: prod
"""),
("infra/cfn/userdata-bastion.yaml", """
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref LatestAmi
      InstanceType: t3.micro
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          yum install -y postgresql15
          export AWS_ACCESS_KEY_ID=«akid:1»  ⟦aws-access-key-id|UserData export⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:1»  ⟦aws-secret-access-key|UserData export⟧
          export AWS_DEFAULT_REGION=${AWS::Region}
          aws s3 cp s3://tidewell-ops/bootstrap.sh /opt/bootstrap.sh
"""),
("infra/cfn/launch-template.json", """
{
  "Resources": {
    "WorkerLT": {
      "Type": "AWS::EC2::LaunchTemplate",
      "Properties": {
        "LaunchTemplateData": {
          "InstanceType": "c6i.large",
          "UserData": "«b64:credfile:1»"  ⟦aws-base64|whole credentials file base64 in UserData⟧
        }
      }
    }
  }
}
"""),
("infra/cfn/stepfunctions-billing.yaml", """
Resources:
  BillingFlow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      Definition:
        StartAt: CallCarrier
        States:
          CallCarrier:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://api.carrierhub.example.net/v2/rates
              Authentication:
                ConnectionArn: !GetAtt CarrierConnection.Arn  ⟪connection ARN⟫
            End: true
  CarrierConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: «alnum:40»  ⟦api-key|EventBridge connection API key⟧
"""),
("infra/cfn/appsync.yaml", """
Resources:
  TrackingApi:
    Type: AWS::AppSync::GraphQLApi
    Properties:
      Name: tracking
      AuthenticationType: API_KEY
  TrackingApiKey:
    Type: AWS::AppSync::ApiKey
    Properties:
      ApiId: !GetAtt TrackingApi.ApiId
      Expires: 1798761600
Outputs:
  ApiKey:
    Value: !GetAtt TrackingApiKey.ApiKey  ⟪GetAtt of an API key⟫
"""),
("infra/cfn/params-prod.json", """
[
  {"ParameterKey": "Environment", "ParameterValue": "prod"},
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0a93be1c2d4f5e6a7"},
  {"ParameterKey": "DbMasterPassword", "ParameterValue": "«pw:1»"},  ⟦password|parameter file password⟧
  {"ParameterKey": "AmiId", "ParameterValue": "ami-0c1f4d2e9b8a7c6d5"}
]
"""),
("infra/cfn/params-staging.json", """
{
  "Parameters": {
    "Environment": "staging",
    "DbMasterPassword": "{{resolve:secretsmanager:staging/rds:SecretString:password}}",  ⟪resolve⟫
    "KmsKeyArn": "arn:aws:kms:eu-central-1:730915284416:key/«uuid:1»"  ⟪KMS key ARN⟫
  }
}
"""),
("infra/sam/template.yaml", """
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: nodejs20.x
    Environment:
      Variables:
        POWERTOOLS_SERVICE_NAME: manifests
Resources:
  ManifestFn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/manifest
      Handler: index.handler
      Environment:
        Variables:
          DB_URL: postgresql://manifest:«urlpw:1»@manifests.cluster-c3x9d2.eu-central-1.rds.amazonaws.com:5432/manifests  ⟦connection-string|SAM env DB URL⟧
          SLACK_WEBHOOK: «slackhook:1»  ⟦slack-webhook|SAM env webhook⟧
          DB_SECRET_ARN: arn:aws:secretsmanager:eu-central-1:418277350962:secret:prod/manifests-AbC12d  ⟪secret ARN⟫
"""),
("infra/sam/samconfig.toml", """
version = 0.1
[default.deploy.parameters]
stack_name = "tidewell-manifests"
region = "eu-central-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=prod DbPassword=«pw:1» AlertEmail=ops@tidewell.io"  ⟦password|samconfig parameter_overrides⟧
[staging.deploy.parameters]
parameter_overrides = "Stage=staging DbPassword=${DB_PASSWORD}"  ⟪env reference⟫
"""),
("services/routing/serverless.yml", """
service: routing
provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  environment:
    MAPS_API_KEY: ${ssm:/routing/maps-api-key}  ⟪ssm reference⟫
    REDIS_URL: rediss://:«urlpw:1»@routing-cache.abc123.usw2.cache.amazonaws.com:6379/0  ⟦connection-string|redis URL with password⟧
    DD_API_KEY: «hexs:32»  ⟦datadog-key|Datadog API key under DD_API_KEY⟧
functions:
  plan:
    handler: handler.plan
"""),
("infra/cdk/lib/data-stack.ts", """
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class DataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const cluster = new rds.DatabaseCluster(this, 'Fleet', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),
      credentials: rds.Credentials.fromGeneratedSecret('fleet_admin'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });
    new rds.DatabaseInstance(this, 'Legacy', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      credentials: rds.Credentials.fromPassword('legacy', cdk.SecretValue.unsafePlainText('«pw:1»')),  ⟦password|CDK unsafePlainText⟧
      vpc: props?.env ? undefined : undefined,
    });
    new secretsmanager.Secret(this, 'PartnerKey', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«alnum:36»'),  ⟦generic-secret|CDK secret string literal⟧
    });
  }
}
"""),
("infra/cdk/stacks/ingest_stack.py", """
from aws_cdk import Stack, SecretValue, aws_lambda as lambda_, aws_secretsmanager as sm
from constructs import Construct


class IngestStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        token = sm.Secret.from_secret_name_v2(self, "EdiToken", "prod/edi/token")  ⟪lookup by name⟫
        lambda_.Function(
            self, "EdiIngest",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="edi.handler",
            code=lambda_.Code.from_asset("lambda/edi"),
            environment={
                "EDI_TOKEN_ARN": token.secret_arn,
                "AS2_PASSWORD": "«pw:1»",  ⟦password|CDK Python lambda env⟧
                "SFTP_HOST": "sftp.partner-edi.net",
            },
        )
"""),
("infra/ecs/taskdef-dispatch.json", """
{
  "family": "dispatch-api",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "418277350962.dkr.ecr.eu-central-1.amazonaws.com/dispatch-api@sha256:«sha256:1»",  ⟪image digest⟫
      "environment": [
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pw:1»"},  ⟦password|ECS env password⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:1»"},  ⟦aws-access-key-id|ECS env⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:1»"},  ⟦aws-secret-access-key|ECS env⟧
        {"name": "JAVA_OPTS", "value": "-Xmx1g"}
      ],
      "secrets": [
        {"name": "STRIPE_KEY", "valueFrom": "arn:aws:ssm:eu-central-1:418277350962:parameter/dispatch/stripe"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
("infra/codebuild/buildspec.yml", """
version: 0.2
env:
  variables:
    DOCKER_BUILDKIT: "1"
    NEXUS_PASSWORD: «pw:1»  ⟦password|buildspec variable⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store⟫
  secrets-manager:
    NPM_TOKEN: ci/npm:token  ⟪secrets-manager⟫
phases:
  build:
    commands:
      - mvn -s settings.xml deploy
"""),
("infra/events/rules.json", """
{
  "Name": "shipment-delayed",
  "EventPattern": {"source": ["tidewell.tracking"], "detail-type": ["ShipmentDelayed"]},
  "Targets": [
    {"Id": "pager", "Arn": "arn:aws:events:us-west-2:418277350962:api-destination/pager/«uuid:1»",  ⟪API destination ARN⟫
     "HttpParameters": {"HeaderParameters": {"Authorization": "Token token=«alnum:20»"}}}  ⟦api-key|PagerDuty REST token in header⟧
  ]
}
"""),
("k8s/base/secret-aws.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: s3-sync-credentials
  namespace: ingest
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:1»  ⟦aws-base64|k8s Secret data key ID⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:1»  ⟦aws-base64|k8s Secret data secret⟧
  AWS_REGION: ZXUtY2VudHJhbC0x
"""),
("k8s/base/secret-db.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: tracking-db
stringData:
  username: tracking
  password: «pw:1»  ⟦password|stringData password⟧
  url: mongodb+srv://tracking:«urlpw:1»@tracking.x7pqr.mongodb.net/tracking?retryWrites=true  ⟦connection-string|mongodb srv⟧
"""),
("k8s/base/deployment-portal.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: customer-portal
spec:
  template:
    spec:
      containers:
        - name: portal
          image: ghcr.io/tidewell/portal:1.42.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: portal-db, key: password}  ⟪secretKeyRef⟫
            - name: NEXTAUTH_SECRET
              value: "«b64s:44»"  ⟦generic-secret|NEXTAUTH_SECRET literal⟧
            - name: NEXTAUTH_URL
              value: https://portal.tidewell.io
"""),
("k8s/sealed/portal-sealed.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-db
spec:
  encryptedData:
    password: «sealed:1»  ⟪SealedSecret blob⟫
    username: «sealed:2»  ⟪SealedSecret blob⟫
"""),
("k8s/overlays/prod/secrets.enc.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: billing
stringData:
  STRIPE_SECRET_KEY: «sops:1»  ⟪SOPS⟫
  DB_PASSWORD: «sops:2»  ⟪SOPS⟫
sops:
  kms:
    - arn: arn:aws:kms:eu-central-1:418277350962:key/«uuid:1»
      enc: «kmsblob:1»  ⟪SOPS KMS data key⟫
  mac: «sops:3»  ⟪SOPS mac⟫
  version: 3.8.1
"""),
("k8s/overlays/prod/kustomization.yaml", """
resources:
  - ../../base
secretGenerator:
  - name: edi-partner
    literals:
      - EDI_USER=tidewell
      - EDI_PASSWORD=«pw:1»  ⟦password|kustomize literal⟧
  - name: vendor
    envs: [vendor.env]
images:
  - name: ghcr.io/tidewell/portal
    digest: sha256:«sha256:1»  ⟪digest⟫
"""),
("charts/tracking/values-prod.yaml", """
replicaCount: 3
image:
  repository: 418277350962.dkr.ecr.eu-central-1.amazonaws.com/tracking
  tag: "2.8.1"
postgresql:
  auth:
    username: tracking
    password: «pw:1»  ⟦password|Helm values password⟧
    existingSecret: ""
rabbitmq:
  auth:
    password: "{{ .Values.global.mqPassword }}"  ⟪template reference⟫
    erlangCookie: «alnum:32»  ⟦generic-secret|RabbitMQ erlang cookie⟧
"""),
("charts/tracking/values.yaml", """
postgresql:
  auth:
    username: tracking
    password: changeme  ⟪placeholder⟫
aws:
  accessKeyId: ""
  secretAccessKey: ""
  region: eu-central-1
"""),
("deploy/docker-compose.yml", """
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tidewell
      POSTGRES_PASSWORD: «pw:1»  ⟦password|compose POSTGRES_PASSWORD⟧
  localstack:
    image: localstack/localstack:3
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack⟫
      AWS_SECRET_ACCESS_KEY: test  ⟪LocalStack⟫
  worker:
    build: .
    environment:
      AWS_ACCESS_KEY_ID: «akid:1»  ⟦aws-access-key-id|compose env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:1»  ⟦aws-secret-access-key|compose env⟧
"""),
("deploy/Dockerfile", """
FROM python:3.12-slim
WORKDIR /app
ENV PIP_NO_CACHE_DIR=1
ENV AWS_ACCESS_KEY_ID=«akid:1»  ⟦aws-access-key-id|Dockerfile ENV⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:1»  ⟦aws-secret-access-key|Dockerfile ENV⟧
ARG GH_TOKEN
RUN --mount=type=secret,id=npmrc cp /run/secrets/npmrc ~/.npmrc  ⟪build secret mount⟫
COPY . .
CMD ["python", "-m", "ingest"]
"""),
("terraform/prod/main.tf", """
provider "aws" {
  region     = "eu-central-1"
  access_key = "«akid:1»"  ⟦aws-access-key-id|terraform provider⟧
  secret_key = "«awssec:1»"  ⟦aws-secret-access-key|terraform provider⟧
}

resource "aws_db_instance" "billing" {
  engine         = "postgres"
  instance_class = "db.r6g.large"
  username       = "billing"
  password       = var.billing_db_password  ⟪variable reference⟫
}

resource "aws_iam_access_key" "deployer" {
  user    = aws_iam_user.deployer.name
  pgp_key = "keybase:tidewell_ops"  ⟪pgp_key⟫
}
"""),
("terraform/prod/variables.tf", """
variable "billing_db_password" {
  type      = string
  sensitive = true
  default   = "«pw:1»"  ⟦password|terraform variable default⟧
}

variable "region" {
  default = "eu-central-1"
}
"""),
("terraform/staging/terraform.tfvars", """
region              = "us-west-2"
billing_db_password = "«pw:1»"  ⟦password|tfvars password⟧
datadog_api_key     = "«hexs:32»"  ⟦datadog-key|tfvars datadog_api_key⟧
datadog_app_key     = "«hexs:40»"  ⟦datadog-key|tfvars datadog_app_key⟧
vpc_cidr            = "10.42.0.0/16"
"""),
("terraform/.terraform.lock.hcl", """
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.61.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:«b64s:43»=",  ⟪lock hash⟫
    "zh:«sha256:1»",  ⟪lock hash⟫
    "zh:«sha256:2»",  ⟪lock hash⟫
  ]
}
"""),
("pulumi/Pulumi.prod.yaml", """
config:
  aws:region: eu-central-1
  tidewell:dbPassword:
    secure: v1:«b64s:16»:«b64s:60»  ⟪pulumi secure value⟫
  tidewell:mapsKey: «aiza:1»  ⟦?google-api-key|Pulumi config plain Google Maps server key (policy)⟧
"""),
("pulumi/index.ts", """
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const db = new aws.rds.Instance("yard", {
    engine: "postgres",
    instanceClass: "db.t4g.medium",
    username: "yard",
    password: cfg.requireSecret("dbPassword"),  ⟪config secret⟫
    allocatedStorage: 50,
});
const mq = new aws.mq.Broker("yard-events", {
    engineType: "ActiveMQ",
    users: [{ username: "yard", password: "«pw:1»" }],  ⟦password|Pulumi MQ user literal⟧
});
"""),
]
