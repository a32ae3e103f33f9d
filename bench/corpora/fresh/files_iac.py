"""Infrastructure-as-code half of the fresh corpus (Quillwharf Freight, a fictional AWS shop)."""
from __future__ import annotations

FILES: list[tuple[str, str]] = []


def f(path: str, text: str) -> None:
    FILES.append((path, text))


# ---------------------------------------------------------------- CloudFormation YAML
f("infra/cfn/ledger-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Ledger Aurora cluster for Quillwharf billing
Parameters:
  Stage:
    Type: String
    AllowedValues: [dev, prod]
Resources:
  LedgerCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: ledger_admin
      MasterUserPassword: «weakpw» ⟦password|low-entropy literal in MasterUserPassword⟧
      DBSubnetGroupName: !Ref LedgerSubnets
      KmsKeyId: arn:aws:kms:eu-west-1:«acct»:key/«kmsid» ⟪kms key arn⟫
  LedgerSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: ledger
      SubnetIds: [«subnet:a», «subnet:b»]
""")

f("infra/cfn/ledger-db-resolved.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Ledger cluster, credentials from Secrets Manager
Resources:
  LedgerCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:qw/ledger/master:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:qw/ledger/master:SecretString:password}}' ⟪dynamic reference⟫
      StorageEncrypted: true
""")

f("infra/cfn/reporting-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    MinLength: 12
  DbUser:
    Type: String
    Default: reporting
Resources:
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      DBInstanceClass: db.t4g.medium
      Engine: postgres
      AllocatedStorage: "50"
      MasterUsername: !Ref DbUser
      MasterUserPassword: !Ref DbPassword ⟪Ref to NoEcho param without Default⟫
      VPCSecurityGroups: [«sg»]
""")

f("infra/cfn/cache-legacy.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AuthToken:
    Type: String
    NoEcho: true
    Default: «pw» ⟦password|NoEcho parameter with a literal Default⟧
Resources:
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: session cache
      Engine: redis
      CacheNodeType: cache.t4g.small
      TransitEncryptionEnabled: true
      AuthToken: !Ref AuthToken
""")

f("infra/cfn/docdb.yml", r"""
Resources:
  TrackingDocs:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: tracker
      MasterUserPassword: Quillwharf2024 ⟦password|company+year password in CFN⟧
      BackupRetentionPeriod: 7
  TrackingDocsInstance:
    Type: AWS::DocDB::DBInstance
    Properties:
      DBClusterIdentifier: !Ref TrackingDocs
      DBInstanceClass: db.r6g.large
""")

f("infra/sam/template.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: quillwharf shipment-events
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Environment:
      Variables:
        LOG_LEVEL: INFO
        POWERTOOLS_SERVICE_NAME: shipment-events
Resources:
  IngestFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/ingest
      Environment:
        Variables:
          TABLE_NAME: !Ref EventsTable
          CARRIER_API_KEY: «apikey» ⟦generic-api-key|literal key in Lambda env⟧
          SLACK_BOT_TOKEN: «xoxb» ⟦slack-token⟧
          DB_PASSWORD: hunter22 ⟦password|low-entropy password in Lambda env⟧
          DB_PASSWORD_ARN: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:qw/events ⟪secret arn⟫
          BUILD_SHA: «sha» ⟪git sha⟫
  EventsTable:
    Type: AWS::Serverless::SimpleTable
""")

f("infra/sam/template-prod.yaml", r"""
Transform: AWS::Serverless-2016-10-31
Parameters:
  CarrierKeyParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /qw/prod/carrier-key
Resources:
  IngestFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Environment:
        Variables:
          CARRIER_API_KEY: !Ref CarrierKeyParam ⟪ssm parameter type⟫
          DB_PASSWORD: '{{resolve:secretsmanager:qw/prod/events:SecretString:password}}'
          SENTRY_DSN: «sentry_modern» ⟪modern public sentry DSN⟫
          REQUEST_ID_SEED: «uuid» ⟪uuid in config⟫
""")

f("infra/sam/uploader.yaml", r"""
Transform: AWS::Serverless-2016-10-31
Resources:
  Uploader:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Environment:
        Variables:
          PARTNER_BUCKET: qw-partner-drop
          PARTNER_AWS_ACCESS_KEY_ID: «akid:1» ⟦aws-access-key-id|partner key in Lambda env⟧
          PARTNER_AWS_SECRET_ACCESS_KEY: «awssec:1» ⟦aws-secret-access-key⟧
          REGION: eu-west-1
""")

f("infra/cfn/monitoring.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Quillwharf monitoring forwarders",
  "Resources": {
    "DatadogForwarder": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Handler": "lambda_function.lambda_handler",
        "Runtime": "python3.11",
        "Role": {"Fn::GetAtt": ["ForwarderRole", "Arn"]},
        "Environment": {
          "Variables": {
            "DD_API_KEY": "«hex32»", ⟦datadog-api-key|32 hex under DD_API_KEY⟧
            "DD_SITE": "datadoghq.eu",
            "PAGERDUTY_ROUTING_KEY": "«hex32:pd»", ⟦pagerduty-key|32 hex routing key⟧
            "CODE_HASH": "«sha256»" ⟪sha256⟫
          }
        }
      }
    }
  }
}
""")

f("infra/cfn/monitoring-secure.json", r"""
{
  "Resources": {
    "DatadogForwarder": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Handler": "lambda_function.lambda_handler",
        "Runtime": "python3.11",
        "Environment": {
          "Variables": {
            "DD_API_KEY_SECRET_ARN": {"Fn::Sub": "arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:dd-api"},
            "DD_SITE": "datadoghq.eu"
          }
        }
      }
    }
  }
}
""")

f("infra/cfn/build-pipeline.json", r"""
{
  "Resources": {
    "BuildProject": {
      "Type": "AWS::CodeBuild::Project",
      "Properties": {
        "Name": "qw-api-build",
        "ServiceRole": {"Fn::GetAtt": ["BuildRole", "Arn"]},
        "Artifacts": {"Type": "NO_ARTIFACTS"},
        "Environment": {
          "Type": "LINUX_CONTAINER",
          "ComputeType": "BUILD_GENERAL1_SMALL",
          "Image": "aws/codebuild/standard:7.0",
          "EnvironmentVariables": [
            {"Name": "NPM_TOKEN", "Type": "SECRETS_MANAGER", "Value": "qw/ci/npm:token"}, ⟪secrets manager ref⟫
            {"Name": "SONAR_TOKEN", "Type": "PARAMETER_STORE", "Value": "/qw/ci/sonar-token"}, ⟪parameter store ref⟫
            {"Name": "GITHUB_TOKEN", "Type": "PLAINTEXT", "Value": "«ghp»"}, ⟦github-token|plaintext codebuild env⟧
            {"Name": "DEPLOY_ENV", "Type": "PLAINTEXT", "Value": "staging"}
          ]
        },
        "Source": {"Type": "GITHUB", "Location": "https://github.com/quillwharf/api.git"}
      }
    }
  }
}
""")

f("infra/cfn/bastion.yaml", r"""
Parameters:
  KeyName:
    Type: AWS::EC2::KeyPair::KeyName
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: «ami»
      InstanceType: t4g.micro
      KeyName: !Ref KeyName
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          yum install -y postgresql15
          export AWS_ACCESS_KEY_ID=«akid:1» ⟦aws-access-key-id|user data⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:1» ⟦aws-secret-access-key|user data⟧
          aws s3 cp s3://qw-ops/bootstrap.sh /opt/bootstrap.sh
""")

f("infra/cfn/iam-ci-user.yaml", r"""
Resources:
  CiUser:
    Type: AWS::IAM::User
    Properties:
      UserName: qw-ci
  CiUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CiUser
Outputs:
  CiAccessKeyId:
    Value: !Ref CiUserKey
  CiSecret:
    Value: !GetAtt CiUserKey.SecretAccessKey
""")

f("infra/cfn/ecs-tracking.yaml", r"""
Resources:
  TrackingTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: tracking-api
      RequiresCompatibilities: [FARGATE]
      Cpu: "512"
      Memory: "1024"
      ContainerDefinitions:
        - Name: api
          Image: «acct:e».dkr.ecr.eu-west-1.amazonaws.com/tracking-api:1.14.2
          Environment:
            - Name: SPRING_DATASOURCE_PASSWORD
              Value: tracking123 ⟦password|low-entropy ECS env value⟧
            - Name: STRIPE_SECRET_KEY
              Value: «sk_live» ⟦stripe-secret-key⟧
            - Name: FEATURE_FLAGS
              Value: "routing,eta-v2"
          Secrets:
            - Name: JWT_SIGNING_KEY
              ValueFrom: arn:aws:secretsmanager:eu-west-1:«acct:e»:secret:qw/tracking/jwt ⟪ValueFrom⟫
            - Name: SENDGRID_KEY
              ValueFrom: arn:aws:ssm:eu-west-1:«acct:e»:parameter/qw/sendgrid
""")

f("infra/cfn/ecs-worker.yaml", r"""
Resources:
  WorkerTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: manifest-worker
      ContainerDefinitions:
        - Name: worker
          Image: public.ecr.aws/quillwharf/manifest-worker@sha256:«sha256» ⟪image digest⟫
          Environment:
            - Name: QUEUE_URL
              Value: !Ref ManifestQueue
            - Name: DB_PASSWORD
              Value: !Ref DbPassword
          Secrets:
            - Name: SENDGRID_API_KEY
              ValueFrom: !Ref SendgridParam
""")

f("infra/cfn/vpc.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Quillwharf core VPC
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: 10.40.0.0/16
      EnableDnsHostnames: true
  PublicA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: 10.40.0.0/20
      AvailabilityZone: eu-west-1a
  Flow:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: REJECT
      LogDestination: arn:aws:s3:::qw-flowlogs-«acct»
""")

f("infra/cfn/mq-broker.yaml", r"""
Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: qw-dispatch
      EngineType: RABBITMQ
      EngineVersion: "3.13"
      HostInstanceType: mq.m5.large
      DeploymentMode: SINGLE_INSTANCE
      PubliclyAccessible: false
      Users:
        - Username: dispatch
          Password: «pw» ⟦password|AmazonMQ user password⟧
""")

f("infra/cfn/redshift.json", r"""
{
  "Resources": {
    "Warehouse": {
      "Type": "AWS::Redshift::Cluster",
      "Properties": {
        "ClusterType": "multi-node",
        "NumberOfNodes": 2,
        "NodeType": "ra3.xlplus",
        "DBName": "freight",
        "MasterUsername": "wh_admin",
        "MasterUserPassword": "Freight2023", ⟦password|low-entropy password in JSON template⟧
        "Encrypted": true
      }
    },
    "WarehouseReplica": {
      "Type": "AWS::Redshift::Cluster",
      "Properties": {
        "ClusterType": "single-node",
        "NodeType": "ra3.xlplus",
        "DBName": "freight",
        "MasterUsername": "wh_admin",
        "MasterUserPassword": {"Ref": "ReplicaPassword"}
      }
    }
  }
}
""")

f("infra/cfn/legacy-keys.yaml", r"""
# legacy integration stack, kept for the 2021 migration notes
Resources:
  ExportBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: qw-exports
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {AWS: "arn:aws:iam::«acct»:root"}
            Action: s3:GetObject
            Resource: arn:aws:s3:::qw-exports/*
  ExportFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: export.run
      Environment:
        Variables:
          LEGACY_KEY_ID: «akidbad» ⟪AKIA followed by non-base32 digits⟫
          PLACEHOLDER_KEY_ID: AKIAIOSFODNN7EXAMPLE ⟪AWS docs example key⟫
          PLACEHOLDER_SECRET: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ⟪AWS docs example secret⟫
""")

f("infra/cfn/glue-connection.yaml", r"""
Resources:
  WarehouseConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: freight-warehouse
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://wh.internal.quillwharf.net:5432/freight
          USERNAME: glue_reader
          PASSWORD: «pw» ⟦password|Glue connection password⟧
""")

f("infra/cfn/glue-connection-secure.yaml", r"""
Resources:
  WarehouseConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: freight-warehouse
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://wh.internal.quillwharf.net:5432/freight
          SECRET_ID: qw/glue/warehouse ⟪secret id⟫
""")

# ---------------------------------------------------------------- parameter files, samconfig
f("infra/params/prod.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "DbPassword", "ParameterValue": "«pw»"}, ⟦password|parameter file password⟧
  {"ParameterKey": "BastionPublicKey", "ParameterValue": "«sshpub:ops@quillwharf»"}, ⟪ssh public key⟫
  {"ParameterKey": "AmiId", "ParameterValue": "«ami»"}
]
""")

f("infra/params/staging.json", r"""
{
  "Parameters": {
    "Stage": "staging",
    "DbPassword": "«sops:1»", ⟪sops value in parameter file⟫
    "AlertEmail": "ops@quillwharf.net",
    "CertificateArn": "arn:aws:acm:eu-west-1:«acct»:certificate/«uuid»"
  }
}
""")

f("infra/params/dev.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "dev"},
  {"ParameterKey": "DbPassword", "ParameterValue": "changeme"}, ⟪placeholder password⟫
  {"ParameterKey": "DatadogApiKey", "ParameterValue": "test-api-key-not-real"}, ⟪says it is not real⟫
  {"ParameterKey": "HerokuApiKey", "ParameterValue": "00000000-0000-0000-0000-000000000000"} ⟪zero uuid⟫
]
""")

f("infra/params/sops-prod.yaml", r"""
DbPassword: «sops:1» ⟪sops value⟫
DatadogApiKey: «sops:2»
StripeKey: «sops:3»
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:«acct»:key/«kmsid»
          created_at: "2026-03-02T10:14:03Z"
          enc: «sealed:kms»
          aws_profile: ""
    lastmodified: "2026-03-02T10:14:04Z"
    mac: «sops:mac»
    version: 3.9.1
""")

f("infra/sam/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "shipment-events"
s3_bucket = "qw-sam-artifacts-«acct»"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"prod\" DbPassword=\"«pw»\" AlertTopic=\"ops\"" ⟦password|samconfig parameter override⟧
image_repositories = []
""")

f("infra/sam/samconfig-dev.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "shipment-events-dev"
resolve_s3 = true
region = "eu-west-1"
parameter_overrides = "Stage=\"dev\" DbPasswordParam=\"/qw/dev/db-password\""
""")

# ---------------------------------------------------------------- serverless, ECS task definitions, buildspecs
f("services/notifier/serverless.yml", r"""
service: qw-notifier
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    TWILIO_ACCOUNT_SID: «twsid» ⟪twilio account sid (identifier)⟫
    TWILIO_AUTH_TOKEN: «twtok» ⟦twilio-auth-token⟧
    SENDGRID_API_KEY: «sendgrid» ⟦sendgrid-key⟧
    SLACK_WEBHOOK: ${ssm:/qw/notifier/slack-webhook} ⟪ssm reference⟫
    STAGE: ${opt:stage, 'dev'}
functions:
  notify:
    handler: src/notify.handler
    events:
      - sqs: arn:aws:sqs:eu-west-1:«acct»:qw-notify
""")

f("services/pricing/serverless.yml", r"""
service: qw-pricing
provider:
  name: aws
  runtime: python3.12
  environment:
    MAILCHIMP_API_KEY: «mailchimp» ⟦mailchimp-key|hex-dc key⟧
    HEROKU_API_KEY: «uuid:h» ⟦heroku-api-key|uuid under heroku key⟧
    PRICING_TABLE: ${self:service}-${sls:stage}
    REQUEST_TRACE_ID: «uuid:t» ⟪uuid in ordinary config⟫
functions:
  quote:
    handler: handler.quote
""")

f("services/pricing/serverless.prod.yml", r"""
service: qw-pricing
provider:
  name: aws
  environment:
    MAILCHIMP_API_KEY: ${ssm:/qw/pricing/mailchimp}
    HEROKU_API_KEY: ${env:HEROKU_API_KEY}
    STRIPE_PUBLISHABLE_KEY: «pk_live» ⟪publishable key⟫
""")

f("deploy/ecs/taskdef-api.json", r"""
{
  "family": "qw-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::«acct»:role/qw-ecs-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "«acct».dkr.ecr.eu-west-1.amazonaws.com/qw-api:2026.03.1",
      "environment": [
        {"name": "NODE_ENV", "value": "production"},
        {"name": "REDIS_PASSWORD", "value": "redispass1"}, ⟦password|low-entropy redis password in taskdef⟧
        {"name": "DATABASE_URL", "value": "postgres://api:«pw»@api-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/api"}, ⟦db-url⟧
        {"name": "GIT_COMMIT", "value": "«sha»"} ⟪git sha⟫
      ],
      "secrets": [
        {"name": "JWT_SECRET", "valueFrom": "arn:aws:secretsmanager:eu-west-1:«acct»:secret:qw/api/jwt-AbCdEf"} ⟪valueFrom⟫
      ]
    }
  ]
}
""")

f("deploy/ecs/taskdef-etl.json", r"""
{
  "family": "qw-etl",
  "containerDefinitions": [
    {
      "name": "etl",
      "image": "«acct».dkr.ecr.eu-west-1.amazonaws.com/qw-etl:41",
      "environment": [
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:1»"}, ⟦aws-access-key-id|taskdef env⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:1»"}, ⟦aws-secret-access-key|taskdef env⟧
        {"name": "TARGET_BUCKET", "value": "qw-etl-out"}
      ]
    }
  ]
}
""")

f("deploy/ecs/taskdef-web.json", r"""
{
  "family": "qw-web",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "nginx:1.27-alpine",
      "environment": [
        {"name": "UPSTREAM", "value": "http://127.0.0.1:8080"},
        {"name": "SESSION_SECRET", "value": ""}
      ],
      "secrets": [
        {"name": "SESSION_SECRET", "valueFrom": "/qw/web/session"},
        {"name": "OAUTH_CLIENT_SECRET", "valueFrom": "arn:aws:ssm:eu-west-1:«acct»:parameter/qw/web/oauth"}
      ]
    }
  ]
}
""")

f("buildspec.yml", r"""
version: 0.2
env:
  variables:
    NODE_VERSION: "20"
    SONAR_HOST: https://sonar.quillwharf.net
    SONAR_TOKEN: «hex40:sonar» ⟦generic-api-key|plaintext sonar token in buildspec⟧
  parameter-store:
    NPM_TOKEN: /qw/ci/npm-token ⟪parameter-store ref⟫
  secrets-manager:
    DOCKERHUB_PASSWORD: qw/ci/dockerhub:password ⟪secrets-manager ref⟫
phases:
  install:
    commands:
      - npm ci
  build:
    commands:
      - npm run build
      - docker build -t qw-api:$CODEBUILD_RESOLVED_SOURCE_VERSION .
""")

f("services/notifier/buildspec.yml", r"""
version: 0.2
env:
  variables:
    AWS_DEFAULT_REGION: eu-west-1
    NPM_AUTH_TOKEN: «npm» ⟦npm-token⟧
phases:
  build:
    commands:
      - echo "//registry.npmjs.org/:_authToken=${NPM_AUTH_TOKEN}" > .npmrc
      - npm publish
""")

f("services/pricing/buildspec.yml", r"""
version: 0.2
env:
  secrets-manager:
    HEROKU_API_KEY: qw/ci/heroku:api_key
    PYPI_TOKEN: qw/ci/pypi:token
phases:
  build:
    commands:
      - python -m build
      - twine upload -u __token__ -p "$PYPI_TOKEN" dist/*
""")

# ---------------------------------------------------------------- kubernetes
f("k8s/tracking/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tracking-aws
  namespace: tracking
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64of:akid:1» ⟦aws-key-base64|k8s Secret data, base64 key id⟧
  AWS_SECRET_ACCESS_KEY: «b64of:awssec:1» ⟦aws-key-base64|k8s Secret data, base64 secret⟧
  REGION: «b64any:eu-west-1»
""")

f("k8s/tracking/secret-db.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tracking-db
type: Opaque
stringData:
  username: tracking
  password: «pw» ⟦password|stringData password⟧
""")

f("k8s/tracking/sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: tracking-aws
  namespace: tracking
spec:
  encryptedData:
    AWS_ACCESS_KEY_ID: «sealed:1» ⟪sealed secret blob⟫
    AWS_SECRET_ACCESS_KEY: «sealed:2»
""")

f("k8s/tracking/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tracking-api
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: tracking-api
      containers:
        - name: api
          image: «acct».dkr.ecr.eu-west-1.amazonaws.com/tracking-api:1.14.2
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: tracking-db, key: password}
            - name: AWS_REGION
              value: eu-west-1
            - name: CONFIG_CHECKSUM
              value: "«sha256»" ⟪hash⟫
""")

f("k8s/charts/portal/values.yaml", r"""
image:
  repository: «acct».dkr.ecr.eu-west-1.amazonaws.com/portal
  tag: "3.2.0"
env:
  DATABASE_PASSWORD: "{{ .Values.secrets.dbPassword }}" ⟪helm templating⟫
  SENTRY_DSN: «sentry_modern»
  DD_API_KEY: ""
secrets:
  dbPassword: ""
""")

f("k8s/charts/portal/values-prod.yaml", r"""
image:
  tag: "3.2.0"
secrets:
  dbPassword: «pw» ⟦password|helm prod values⟧
  ddApiKey: «hex32» ⟦datadog-api-key|hex under ddApiKey⟧
""")

f("k8s/jobs/backup-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: backup-credentials
type: Opaque
data:
  credentials: «b64cred:1» ⟦aws-key-base64|base64 of an aws credentials file⟧
""")

f("k8s/jobs/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64of:dockercfg:1» ⟦docker-auth|base64 dockerconfigjson with auth⟧
""")

# ---------------------------------------------------------------- terraform
f("terraform/envs/prod/main.tf", r"""
terraform {
  backend "s3" {
    bucket = "qw-tfstate-prod"
    key    = "core/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = "eu-west-1"
}

resource "aws_db_instance" "billing" {
  identifier          = "qw-billing"
  engine              = "postgres"
  instance_class      = "db.t4g.large"
  username            = "billing"
  password            = var.billing_db_password
  skip_final_snapshot = false
}

resource "aws_ssm_parameter" "datadog" {
  name  = "/qw/prod/datadog-api-key"
  type  = "SecureString"
  value = var.datadog_api_key
}
""")

f("terraform/envs/prod/terraform.tfvars", r"""
region              = "eu-west-1"
billing_db_password = "«pw»" ⟦password|tfvars⟧
datadog_api_key     = "«hex32»" ⟦datadog-api-key|tfvars⟧
allowed_cidrs       = ["10.40.0.0/16"]
""")

f("terraform/envs/dev/terraform.tfvars", r"""
region              = "eu-west-1"
billing_db_password = "dummy" ⟪says dummy⟫
datadog_api_key     = "<your-datadog-key>" ⟪placeholder⟫
""")

f("terraform/modules/legacy-provider/provider.tf", r"""
provider "aws" {
  alias      = "legacy"
  region     = "us-east-1"
  access_key = "«akid:1»" ⟦aws-access-key-id|hard-coded provider key⟧
  secret_key = "«awssec:1»" ⟦aws-secret-access-key|hard-coded provider secret⟧
}
""")

f("terraform/modules/iam-deployer/main.tf", r"""
resource "aws_iam_user" "deployer" {
  name = "qw-deployer"
}

resource "aws_iam_access_key" "deployer" {
  user    = aws_iam_user.deployer.name
  pgp_key = "keybase:quillwharf_ops"
}

output "deployer_secret" {
  value     = aws_iam_access_key.deployer.encrypted_secret
  sensitive = true
}
""")

f("terraform/envs/prod/terraform.tfstate", r"""
{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": 42,
  "lineage": "«lineage»", ⟪tfstate lineage uuid⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "reporting",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "2025-11-03T09:12:44Z",
            "encrypted_secret": null,
            "id": "«akid:1»", ⟦aws-access-key-id|tfstate⟧
            "secret": "«awssec:1»", ⟦aws-secret-access-key|tfstate⟧
            "ses_smtp_password_v4": "«sessmtp»", ⟦aws-ses-smtp-password|tfstate smtp password⟧
            "status": "Active",
            "user": "qw-reporting"
          },
          "sensitive_attributes": []
        }
      ]
    }
  ]
}
""")

f("terraform/modules/rds/variables.tf", r"""
variable "master_password" {
  type      = string
  sensitive = true
}

variable "engine_version" {
  type    = string
  default = "16.3"
}

variable "snapshot_id" {
  type    = string
  default = "rds:qw-billing-2026-02-01-03-10"
}
""")

f("terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.82.2"
  constraints = "~> 5.0"
  hashes = [
    "h1:«h1»", ⟪lock hash⟫
    "zh:«sha256:z1»",
    "zh:«sha256:z2»",
    "zh:«sha256:z3»",
  ]
}
""")

# ---------------------------------------------------------------- compose, Dockerfiles
f("docker-compose.yml", r"""
services:
  api:
    build: .
    environment:
      DATABASE_URL: postgres://api:${POSTGRES_PASSWORD}@db:5432/api ⟪env interpolation⟫
      REDIS_URL: redis://cache:6379/0
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}
  localstack:
    image: localstack/localstack:3
    environment:
      AWS_ACCESS_KEY_ID: test ⟪localstack dummy⟫
      AWS_SECRET_ACCESS_KEY: test
""")

f("deploy/compose/docker-compose.prod.yml", r"""
services:
  worker:
    image: «acct».dkr.ecr.eu-west-1.amazonaws.com/qw-worker:2026.02
    environment:
      AWS_ACCESS_KEY_ID: «akid:1» ⟦aws-access-key-id|compose env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:1» ⟦aws-secret-access-key|compose env⟧
      RABBITMQ_URL: amqp://dispatch:«pw»@mq.internal.quillwharf.net:5671/ ⟦db-url|amqp url with password⟧
  metabase:
    image: metabase/metabase:v0.50.4
    environment:
      MB_DB_PASS: metabase42 ⟦password|low-entropy compose password⟧
""")

f("Dockerfile", r"""
FROM python:3.12-slim AS base
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ARG GIT_SHA=«sha» ⟪git sha⟫
ENV APP_ENV=production
CMD ["gunicorn", "app:app", "-b", "0.0.0.0:8000"]
""")

f("services/pricing/Dockerfile", r"""
FROM node:20-alpine
WORKDIR /srv
ENV NPM_TOKEN=«npm» ⟦npm-token|token baked into image⟧
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc
ENV AWS_ACCESS_KEY_ID=«akid:1» ⟦aws-access-key-id|dockerfile env⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:1» ⟦aws-secret-access-key|dockerfile env⟧
COPY . .
CMD ["node", "server.js"]
""")

f("services/tracking/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG DB_PASSWORD
ENV SPRING_PROFILES_ACTIVE=prod
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc true
COPY build/libs/tracking.jar /app/tracking.jar
ENTRYPOINT ["java", "-jar", "/app/tracking.jar"]
""")

# ---------------------------------------------------------------- encoded AWS keys inside IaC
f("infra/cfn/partner-sync.yaml", r"""
Resources:
  PartnerSync:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: sync.main
      Environment:
        Variables:
          PARTNER_CREDS_B64: «b64pair:1» ⟦aws-key-base64|base64 of KEYID:SECRET⟧
          PARTNER_CREDS_HEX: «hexof:akid:2» ⟦aws-key-hex|hex of the key id⟧
          PARTNER_SECRET_HEX: «hexof:awssec:2» ⟦aws-key-hex|hex of the secret⟧
""")

f("infra/cfn/legacy-export.json", r"""
{
  "Resources": {
    "Exporter": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "index.handler",
        "Environment": {
          "Variables": {
            "EXPORT_KEY_ID": "«uescof:akid:1»", ⟦aws-key-unicode-escape|\uXXXX escaped key id⟧
            "EXPORT_SECRET": "«uescof:awssec:1»", ⟦aws-key-unicode-escape|\uXXXX escaped secret⟧
            "EXPORT_BUCKET": "qw-exports"
          }
        }
      }
    }
  }
}
""")

# ---------------------------------------------------------------- more stacks (mostly clean)
f("infra/cfn/secrets.yaml", r"""
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  LedgerMaster:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qw/ledger/master
      GenerateSecretString:
        SecretStringTemplate: '{"username": "ledger_admin"}'
        GenerateStringKey: password
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  ReportingCreds:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qw/reporting/db
      SecretString: !Sub '{"username":"reporting","password":"${DbPassword}"}' ⟪Sub of NoEcho param⟫
  LegacyFtpCreds:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qw/legacy/ftp
      SecretString: '{"username":"ftp_drop","password":"«pw»"}' ⟦password|literal SecretString⟧
""")

f("infra/cfn/api-gateway.yaml", r"""
Resources:
  PartnerApiKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: partner-lantern
      Enabled: true
      Value: «apigw» ⟦generic-api-key|literal API Gateway key value⟧
  InternalApiKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: internal
      Enabled: true
  UsagePlan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      UsagePlanName: partners
      Throttle: {BurstLimit: 50, RateLimit: 20}
""")

f("infra/cfn/cognito.yaml", r"""
Resources:
  UserPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: qw-portal
  PortalClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref UserPool
      GenerateSecret: true
  GoogleIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref UserPool
      ProviderName: Google
      ProviderType: Google
      ProviderDetails:
        client_id: «digits».apps.googleusercontent.com
        client_secret: «gocspx» ⟦google-oauth-client-secret⟧
        authorize_scopes: openid email
""")

f("infra/cfn/codepipeline.yaml", r"""
Resources:
  ApiPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: !GetAtt PipelineRole.Arn
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: "1"}
              Configuration:
                Owner: quillwharf
                Repo: api
                Branch: main
                OAuthToken: '{{resolve:secretsmanager:qw/ci/github:SecretString:token}}' ⟪dynamic reference⟫
  PortalPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: !GetAtt PipelineRole.Arn
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: "1"}
              Configuration:
                Owner: quillwharf
                Repo: portal
                Branch: main
                OAuthToken: «ghp» ⟦github-token|literal OAuthToken⟧
""")

f("infra/cfn/codebuild-secure.json", r"""
{
  "Resources": {
    "DocsBuild": {
      "Type": "AWS::CodeBuild::Project",
      "Properties": {
        "Name": "qw-docs",
        "Environment": {
          "Type": "LINUX_CONTAINER",
          "Image": "aws/codebuild/standard:7.0",
          "ComputeType": "BUILD_GENERAL1_SMALL",
          "EnvironmentVariables": [
            {"Name": "AWS_ACCESS_KEY_ID", "Type": "PARAMETER_STORE", "Value": "/qw/docs/aws-key-id"},
            {"Name": "AWS_SECRET_ACCESS_KEY", "Type": "SECRETS_MANAGER", "Value": "arn:aws:secretsmanager:eu-west-1:«acct»:secret:qw/docs/aws:secret"}, ⟪secrets manager arn⟫
            {"Name": "LEGACY_KEY_ID", "Type": "PLAINTEXT", "Value": "«akidbad»"}, ⟪AKIA with 0/1/8/9⟫
            {"Name": "SITE_BUCKET", "Type": "PLAINTEXT", "Value": "qw-docs-site"}
          ]
        }
      }
    }
  }
}
""")

f("infra/params/bastion.json", r"""
[
  {"ParameterKey": "KeyName", "ParameterValue": "qw-ops-2026"},
  {"ParameterKey": "AuthorizedKey", "ParameterValue": "«sshpub:bastion@quillwharf»"}, ⟪ssh public key in params⟫
  {"ParameterKey": "AllowedCidr", "ParameterValue": "10.40.0.0/16"},
  {"ParameterKey": "ImageId", "ParameterValue": "«ami»"}
]
""")

f("terraform/modules/rds/main.tf", r"""
resource "random_password" "master" {
  length  = 32
  special = false
}

resource "aws_rds_cluster" "this" {
  cluster_identifier = var.name
  engine             = "aurora-postgresql"
  master_username    = "admin_user"
  master_password    = random_password.master.result
  kms_key_id         = "arn:aws:kms:eu-west-1:«acct»:key/«kmsid»" ⟪kms arn⟫
}

resource "aws_secretsmanager_secret_version" "master" {
  secret_id     = aws_secretsmanager_secret.master.id
  secret_string = jsonencode({ username = "admin_user", password = random_password.master.result })
}
""")

f("terraform/modules/cloudfront/keys.tf", r"""
resource "aws_cloudfront_public_key" "signer" {
  name        = "qw-signer-2026"
  encoded_key = <<-EOT
    «pubpem:ec.1» ⟪public key⟫
  EOT
}

variable "legacy_key_id" {
  type    = string
  default = "«akidbad»" ⟪AKIA followed by non-base32⟫
}
""")

f("terraform/envs/staging/secrets.auto.tfvars.json", r"""
{
  "db_password": "«sops:1»", ⟪sops⟫
  "datadog_api_key": "«sops:2»",
  "sops": {"version": "3.9.1", "lastmodified": "2026-02-11T08:00:01Z", "mac": "«sops:mac»"}
}
""")

f("k8s/tracking/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: tracking-aws
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: tracking-aws
  data:
    - secretKey: AWS_SECRET_ACCESS_KEY
      remoteRef:
        key: qw/tracking/aws ⟪remote ref⟫
        property: secret_access_key
""")
