"""fresh32 templates, AWS infrastructure as code and deployment (Talusridge Mountain Resorts): CloudFormation
YAML and JSON with intrinsic tags, parameter files, SAM and samconfig.toml, serverless.yml, ECS task
definitions, Lambda configurations, CodeBuild, EC2 UserData, Terraform and tfvars, compose, Kubernetes, Helm,
Dockerfiles and CI pipelines of several vendors.
Markers: render.py and README.md."""

AREAS = (("cndr", "Cinder Peak"), ("hlwb", "Hollow Basin"), ("lrks", "Larkspur Bowl"), ("ptrm", "Ptarmigan Ridge"))

FILES = [
    ("infra/cfn/switchback-store.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  switchback - season pass and lift ticket e-commerce (Aspenware-style cart, pass renewals, payment plans).
  Aurora PostgreSQL, ECS Fargate, CloudFront. Account 614829305177.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  StripeSecretKey:
    Type: String
    NoEcho: true
Resources:
  StoreDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: switchback
      MasterUsername: sb_admin
      MasterUserPassword: «pwc:storedb»  ⟦password|Aurora master password, company name + digits⟧
      KmsKeyId: !Sub arn:aws:kms:${AWS::Region}:614829305177:key/«uuid:kmsstore»  ⟪KMS key ARN⟫
  CartSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub switchback/${Env}/stripe
      SecretString: !Sub '{"secret_key":"${StripeSecretKey}"}'  ⟪Sub of a NoEcho parameter⟫
  RenewalQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Join ['-', [switchback, renewals, !Ref Env]]
      KmsMasterKeyId: alias/switchback
  CartCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: cart sessions
      Engine: redis
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:switchback/redis-auth:SecretString:token}}'  ⟪dynamic reference⟫
Outputs:
  DbEndpoint:
    Value: !GetAtt StoreDb.Endpoint.Address
  CartSecretArn:
    Value: !Ref CartSecret  ⟪secret ARN output⟫
"""),
    ("infra/cfn/switchback-store.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "StripeSecretKey", "ParameterValue": "«sk:switchback»"},  ⟦stripe|Stripe live secret key in a parameter file⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-west-2:614829305177:switchback-alarms"}
]
"""),
    ("infra/cfn/firnline-gates.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: firnline - RFID gate access service (Skidata/Axess readers report here through the gate bridge)
Parameters:
  GateBridgeToken:
    Type: String
    NoEcho: true
    Default: «b62:40-gatebridge»  ⟦app-secret|NoEcho parameter with a literal Default (gate bridge token)⟧
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-0a71c3e59d2b84f60  ⟪VPC id⟫
Resources:
  ScanIngest:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: firnline-scans
      ShardCount: 4
      StreamEncryption:
        EncryptionType: KMS
        KeyId: alias/aws/kinesis
  ScanFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: scans.handler
      Role: !GetAtt ScanRole.Arn
      Code:
        S3Bucket: trmr-artifacts-845109273366
        S3Key: firnline/scans-1.14.2.zip
      Environment:
        Variables:
          GATE_BRIDGE_TOKEN: !Ref GateBridgeToken
          AXESS_DCI_USER: dci_firnline
          AXESS_DCI_PASSWORD: «pwl:axessdci»  ⟦password|Axess DCI4 interface password in Lambda env⟧
          SKIDATA_DTA_HOST: dta.cndr.trmr.local
  ScanRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
"""),
    ("infra/cfn/firnline-gates.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "firnline gate-event API (JSON flavour kept for the old StackSet)",
  "Resources": {
    "GateApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "gate-bridge-ptrm",
        "Enabled": true,
        "Value": "«b62:40-gateapikey»"  ⟦app-secret|API Gateway ApiKey Value literal⟧
      }
    },
    "GateEventsTable": {
      "Type": "AWS::DynamoDB::Table",
      "Properties": {
        "TableName": {"Fn::Sub": "firnline-events-${AWS::Region}"},
        "BillingMode": "PAY_PER_REQUEST",
        "KeySchema": [{"AttributeName": "mediaId", "KeyType": "HASH"}],
        "AttributeDefinitions": [{"AttributeName": "mediaId", "AttributeType": "S"}]
      }
    },
    "DtaSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "firnline/dta",
        "GenerateSecretString": {"SecretStringTemplate": "{\"user\":\"dta\"}", "GenerateStringKey": "password", "PasswordLength": 32}  ⟪GenerateSecretString⟫
      }
    }
  }
}
"""),
    ("infra/cfn/lodging-pms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: summit-lodging - PMS interface host (RTP|ONE and Inntopia connectors), door-lock bridge
Resources:
  PmsBridgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c1f3a9e27b5d4086  ⟪AMI id⟫
      InstanceType: t3.large
      SubnetId: subnet-04b7e2a91cd3f5e86
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $ErrorActionPreference = 'Stop'
          net user pmsbridge «pwn:pmsbridgeuser» /add /y  ⟦password|net user in UserData⟧
          net localgroup Administrators pmsbridge /add
          [Environment]::SetEnvironmentVariable('RTPONE_API_KEY', '«hex:40-rtpone»', 'Machine')  ⟦app-secret|RTP ONE API key set in UserData⟧
          $sp = ConvertTo-SecureString '«pw:saltbridge»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          New-Item -Path C:\salto -ItemType Directory -Force
          aws s3 cp s3://trmr-artifacts-845109273366/lodging/saltobridge-4.2.msi C:\salto\
          msiexec /i C:\salto\saltobridge-4.2.msi /qn STACK=${AWS::StackName}
          </powershell>
  LodgingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      LicenseModel: license-included
      DBInstanceClass: db.m6i.large
      MasterUsername: lodging_sa
      ManageMasterUserPassword: true  ⟪managed master password⟫
"""),
    ("infra/cfn/ses-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: pass-notify - SES identities and the SMTP user the legacy ski-school booking server relays through
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-skischool
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output⟫
  # written by hand after the stack was first built, so the booking vendor could copy it:
  # smtp user «akid:sesskischool»  ⟦aws-key-id|SES SMTP user key id in a comment⟧
  # smtp pass «sesv4:sesskischool»  ⟦aws-ses-smtp|SES SMTP password in a comment⟧
"""),
    ("infra/cfn/snowmaking-hist.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: snowgun historian - Timestream for snowmaking telemetry (wet bulb, water flow, compressor amps)
Parameters:
  HistorianPassword:
    Type: String
    NoEcho: true
Resources:
  Db:
    Type: AWS::Timestream::Database
    Properties:
      DatabaseName: snowgun
  IngestRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'trmr/+/snowmaking/+/telemetry'
        Actions:
          - Http:
              Url: https://hist.snowgun.trmr.io/ingest
              Headers:
                - Key: X-Api-Key
                  Value: «hex:32-histingest»  ⟦app-secret|IoT rule HTTP action header key⟧
          - Timestream:
              DatabaseName: snowgun
              TableName: guns
              RoleArn: arn:aws:iam::270381946512:role/snowgun-ts
  HmiDirectory:
    Type: AWS::DirectoryService::SimpleAD
    Properties:
      Name: ot.trmr.local
      Password: !Ref HistorianPassword  ⟪Ref of a NoEcho parameter⟫
      Size: Small
      VpcSettings:
        SubnetIds: [subnet-0e19a4c7b3d2f6a58, subnet-09d3f2b6a1c47e5e1]
        VpcId: vpc-0b6d4e1a7c9f23580
"""),
    ("infra/cfn/webcam-cdn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: summit webcams - CloudFront in front of the Roundshot and Prism feeds, plus the marketing CMS
Resources:
  CamDist:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: roundshot
            DomainName: backend.roundshot.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Roundshot-Token
                HeaderValue: «b62:32-roundshot»  ⟦app-secret|CloudFront origin custom header token⟧
          - Id: cms
            DomainName: cms-origin.talusridge.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: '{{resolve:secretsmanager:webcams/origin-verify}}'  ⟪dynamic reference⟫
        DefaultCacheBehavior:
          TargetOriginId: roundshot
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/payroll-sftp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: seasonal payroll file drop (Transfer Family) - ADP and the J-1 sponsor pick up here
Resources:
  Server:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
  AdpUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: adp-pickup
      Role: arn:aws:iam::614829305177:role/payroll-sftp
      SshPublicKeys:
        - «sshpub:adpsftp:adp-pickup@adp»  ⟪SSH public key⟫
  SponsorConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.j1sponsor.org
      AccessRole: arn:aws:iam::614829305177:role/payroll-connector
      SftpConfig:
        UserSecretId: payroll/j1-sponsor  ⟪Secrets Manager secret name⟫
        TrustedHostKeys:
          - «sshpub:j1host:»  ⟪host public key⟫
  SponsorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payroll/j1-sponsor
      SecretString: '{"Username":"talusridge","Password":"«pwx:j1sponsor»"}'  ⟦password|SecretString literal JSON password⟧
"""),
    ("infra/cfn/grooming-telematics.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: snowcat fleet telematics - pulls SNOWsat (PistenBully) and Prinoth Fleet data every 5 minutes
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
Resources:
  SnowsatPullFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: snowsat.pull
      CodeUri: src/
      Events:
        Every5:
          Type: Schedule
          Properties: {Schedule: rate(5 minutes)}
      Environment:
        Variables:
          SNOWSAT_CLIENT_ID: talusridge-fleet
          SNOWSAT_CLIENT_SECRET: «okx:40-snowsat»  ⟦app-secret|SNOWsat OAuth client secret in SAM env⟧
          PRINOTH_API_KEY: '{{resolve:ssm:/fleet/prinoth-api-key}}'  ⟪ssm dynamic reference⟫
          FLEET_BUCKET: trmr-fleet-270381946512
  FuelPullFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fuel.pull
      CodeUri: src/
      Environment:
        Variables:
          GEOTAB_USER: fleet-api@talusridge.com
          GEOTAB_PASSWORD: «pp:geotab»  ⟦password|Geotab API password in SAM env⟧
          GEOTAB_DB: talusridge_mtn
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "snowcat-telematics"
s3_bucket = "trmr-sam-270381946512"
s3_prefix = "snowcat-telematics"
region = "us-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=prod MqttPassword=«pwl:fleetmqtt» AlertEmail=fleet@talusridge.com"  ⟦password|samconfig parameter_overrides password⟧

[stage.deploy.parameters]
stack_name = "snowcat-telematics-stage"
parameter_overrides = "Env=stage MqttPassword=changeme"  ⟪changeme placeholder⟫
"""),
    ("infra/sam/patrol-dispatch/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: patrol dispatch - radio-to-app bridge for ski patrol (MOTOTRBO text messages -> pager app)
Parameters:
  TrboGatewayPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /patrol/trbo/gateway-password  ⟪SSM parameter type⟫
Resources:
  DispatchFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Environment:
        Variables:
          TRBO_GW_PASSWORD: !Ref TrboGatewayPassword
          TWILIO_ACCOUNT_SID: «twac:patrol»  ⟪Twilio account SID⟫
          TWILIO_AUTH_TOKEN: «hex:32-twiliopatrol»  ⟦twilio|Twilio auth token in SAM env⟧
          PAGERDUTY_ROUTING_KEY: «pdkey:patrol»  ⟦pagerduty|PagerDuty routing key⟧
"""),
    ("infra/serverless/webcam-thumbs/serverless.yml", r"""
service: webcam-thumbs
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  deploymentBucket:
    name: trmr-sls-614829305177
  environment:
    PRISM_API_KEY: ${ssm:/webcams/prism-api-key}  ⟪${ssm:} reference⟫
    CMS_WEBHOOK_SECRET: ${env:CMS_WEBHOOK_SECRET}  ⟪${env:} reference⟫
    CONTENTFUL_CMA_TOKEN: CFPAT-«okx:43-contentful»  ⟦app-secret|Contentful management token literal⟧
functions:
  thumbs:
    handler: handler.thumbs
    events:
      - schedule: rate(10 minutes)
"""),
    ("infra/serverless/skischool-booking/serverless.yml", r"""
service: skischool-booking
provider:
  name: aws
  runtime: python3.11
  stage: ${opt:stage, 'prod'}  ⟪opt reference⟫
  environment:
    DB_URL: postgresql://skischool:«pwn:skischooldb»@skischool.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com:5432/lessons  ⟦conn-string|PostgreSQL URL with password⟧
    SENDGRID_API_KEY: «sg:skischool»  ⟦app-secret|SendGrid key⟧
    INSTRUCTOR_APP_JWT_SECRET: «b64k:48-instrjwt»  ⟦app-secret|JWT signing secret⟧
functions:
  book:
    handler: app.book
    events:
      - httpApi: 'POST /lessons/book'
"""),
    ("infra/ecs/switchback-api.taskdef.json", r"""
{
  "family": "switchback-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::614829305177:role/ecsTaskExecution",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "614829305177.dkr.ecr.us-west-2.amazonaws.com/switchback-api@sha256:«sha256:sbimage»",  ⟪image digest⟫
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwc:storedb»"},  ⟦password|ECS env datasource password (same as Aurora master)⟧
        {"name": "STRIPE_WEBHOOK_SECRET", "value": "«whsec:switchback»"},  ⟦stripe|Stripe webhook secret⟧
        {"name": "SIRIUSWARE_API_USER", "value": "sb-web"}
      ],
      "secrets": [
        {"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-west-2:614829305177:secret:switchback/prod/stripe-«b62:6-sbstripe»"}  ⟪valueFrom ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/lift-status.taskdef.json", r"""
{
  "family": "lift-status",
  "containerDefinitions": [
    {
      "name": "lift-status",
      "image": "845109273366.dkr.ecr.us-west-2.amazonaws.com/lift-status:2.8.0",
      "environment": [
        {"name": "OPCUA_ENDPOINT", "value": "opc.tcp://kep-cndr.ot.trmr.local:49320"},
        {"name": "OPCUA_USER", "value": "liftstatus_ro"},
        {"name": "OPCUA_PASSWORD", "value": "«plc:opcualift»"},  ⟦password|OPC UA password in ECS env⟧
        {"name": "STATUS_PUSH_URL", "value": "https://api.talusridge.com/mountain/lifts"},
        {"name": "MAPBOX_TOKEN", "value": "pk.eyJ1IjoidGFsdXNyaWRnZSIsImEiOiJjbG«b62:18-mapbox»"}  ⟪Mapbox public token⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/inntopia-sync.taskdef.yaml", r"""
family: inntopia-sync
taskRoleArn: arn:aws:iam::614829305177:role/inntopia-sync
containerDefinitions:
  - name: sync
    image: 614829305177.dkr.ecr.us-west-2.amazonaws.com/inntopia-sync:1.3.9
    environment:
      - name: INNTOPIA_SUPPLIER_ID
        value: "48213"
      - name: INNTOPIA_API_PASSWORD
        value: «pwr:inntopia»  ⟦password|Inntopia API password in ECS YAML⟧
      - name: DB_PASSWORD
        valueFrom: arn:aws:ssm:us-west-2:614829305177:parameter/inntopia/db-password  ⟪valueFrom SSM ARN⟫
"""),
    ("infra/lambda/avalanche-weather.config.json", r"""
{
  "FunctionName": "avy-weather-ingest",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::270381946512:role/avy-weather",
  "Handler": "ingest.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "WEATHERLINK_API_KEY": "«lo:32-wlkey»",
      "WEATHERLINK_API_SECRET": "«lo:32-wlsecret»",  ⟦app-secret|WeatherLink v2 API secret⟧
      "CAMPBELL_LOGGERNET_PW": "«pwp:loggernet»",  ⟦password|LoggerNet password in Lambda env⟧
      "SNOTEL_BASE": "https://wcc.sc.egov.usda.gov/awdbRestApi"
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-west-2:270381946512:key/«uuid:kmsavy»"
}
"""),
    ("infra/lambda/pass-scan-webhook.env.json", r"""
{
  "Variables": {
    "AXESS_WEBHOOK_HMAC": "«hex:64-axesshmac»",  ⟦app-secret|Axess webhook HMAC key⟧
    "AWS_ACCESS_KEY_ID": "«akid:passscan»",  ⟦aws-key-id|key pair in Lambda env (a copied laptop key)⟧
    "AWS_SECRET_ACCESS_KEY": "«awssec:passscan»",  ⟦aws-secret|AWS secret in Lambda env⟧
    "LOG_LEVEL": "INFO"
  }
}
"""),
    ("infra/codebuild/mobile-app.buildspec.yml", r"""
version: 0.2
env:
  variables:
    APP_ENV: production
    EXPO_TOKEN: «expo:mobile»  ⟦app-secret|Expo token in buildspec variables⟧
  parameter-store:
    MATCH_PASSWORD: /mobile/match-password  ⟪parameter-store reference⟫
  secrets-manager:
    ASC_KEY: mobile/asc:p8  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - npm ci
  build:
    commands:
      - npx eas build --platform all --non-interactive
      - curl -s -u 'talusridge-build:«pwx:nexusbuild»' https://nexus.trmr.io/repository/raw/mobile/ --upload-file build.json  ⟦password|curl -u password in buildspec⟧
"""),
    ("infra/codebuild/project.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  SignageBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: lift-signage-build
      ServiceRole: arn:aws:iam::845109273366:role/codebuild-signage
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/talusridge/lift-signage.git
      Environment:
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        Type: LINUX_CONTAINER
        EnvironmentVariables:
          - Name: SIGNAGE_CMS_TOKEN
            Type: PLAINTEXT
            Value: «b62:48-signagecms»  ⟦app-secret|CodeBuild PLAINTEXT token⟧
          - Name: GH_TOKEN
            Type: SECRETS_MANAGER
            Value: ci/github:token  ⟪SECRETS_MANAGER reference⟫
          - Name: NPM_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/npm-token  ⟪PARAMETER_STORE reference⟫
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "trmr-tfstate-845109273366"
    key            = "mountain/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "trmr-tflock"
  }
}

provider "aws" {
  region = "us-west-2"
}

# Datadog application key id (not the key): «uuid:ddkeyid»  ⟪key id UUID⟫
provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in provider block⟧
}

provider "snowflake" {
  account  = "trmr-ridgeline"
  user     = "TF_DEPLOY"
  password = var.snowflake_password  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "snowflake_password" {
  type      = string
  sensitive = true
}

variable "door_lock_api_password" {
  description = "Salto Space / dormakaba Ambiance bridge password for summit-lodging"
  type        = string
  default     = "«pw:doorlockapi»"  ⟦password|Terraform variable default password⟧
}

variable "contentful_space" {
  default = "t9x2kqv71m4p"
}
"""),
    ("infra/terraform/rds-ridgeline.tf", r"""
resource "aws_db_instance" "ridgeline_meta" {
  identifier             = "ridgeline-metastore"
  engine                 = "postgres"
  engine_version         = "16.2"
  instance_class         = "db.t4g.medium"
  username               = "hive"
  password               = "«pwn:hivemeta»"  ⟦password|aws_db_instance password literal⟧
  skip_final_snapshot    = false
  storage_encrypted      = true
}

resource "aws_db_instance" "payroll" {
  identifier                  = "seasonal-payroll"
  engine                      = "postgres"
  username                    = "payroll"
  manage_master_user_password = true  ⟪managed password⟫
}

resource "random_password" "glue" {
  length  = 32
  special = false
}

resource "aws_glue_connection" "pos" {
  name = "siriusware-pos"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:sqlserver://pos-db.trmr.local:1433;databaseName=SiriusSQL"
    USERNAME            = "glue_reader"
    PASSWORD            = "«pwp:gluepos»"  ⟦password|Glue connection password⟧
  }
}

resource "aws_glue_connection" "pms" {
  name = "rtpone"
  connection_properties = {
    USERNAME = "glue"
    PASSWORD = random_password.glue.result  ⟪random_password result⟫
  }
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# vendor users - TODO move to IAM Identity Center (ticket OPS-2231)
resource "aws_iam_user" "webcam_vendor" {
  name = "vendor-roundshot-upload"
}

resource "aws_iam_access_key" "webcam_vendor" {
  user    = aws_iam_user.webcam_vendor.name
  pgp_key = "keybase:talusridge_ops"  ⟪pgp_key keybase⟫
}

output "webcam_vendor_secret" {
  value     = aws_iam_access_key.webcam_vendor.encrypted_secret  ⟪encrypted_secret output⟫
  sensitive = true
}

locals {
  # the old key the snowmaking integrator still uses from their laptop; rotate after closing (OPS-2240)
  hkd_legacy_key_id     = "«akid:hkdvendor»"  ⟦aws-key-id|vendor key id in Terraform locals⟧
  hkd_legacy_secret_key = "«awssec:hkdvendor»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
environment             = "prod"
vpc_cidr                = "10.40.0.0/16"
snowflake_password      = "«snowpw:tfdeploy»"  ⟦password|tfvars Snowflake password⟧
door_lock_api_password  = "«pw:doorlockapi»"  ⟦password|tfvars door-lock password (same as the variable default)⟧
datadog_site            = "datadoghq.com"
webcam_bucket           = "trmr-webcams-614829305177"
"""),
    ("infra/terraform/env/stage.tfvars.json", r"""
{
  "environment": "stage",
  "snowflake_password": "«snowpw:tfstage»",  ⟦password|tfvars.json password⟧
  "pagerduty_token": "u+«b62:18-pdtoken»",  ⟦pagerduty|PagerDuty REST API token⟧
  "alert_email": "ops-stage@talusridge.com"
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "ridgeline" {
  name              = "ridgeline-airflow"
  airflow_version   = "2.8.1"
  source_bucket_arn = "arn:aws:s3:::trmr-mwaa-392760184453"
  dag_s3_path       = "dags/"
  airflow_configuration_options = {
    "core.fernet_key"          = "«fernet:mwaa»"  ⟦app-secret|Airflow fernet key in MWAA options⟧
    "webserver.secret_key"     = "«hex:32-mwaaweb»"  ⟦app-secret|Airflow webserver secret_key⟧
    "secrets.backend"          = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
  }
}
"""),
    ("infra/terraform/ses.tf", r"""
resource "aws_iam_user" "smtp_pms" {
  name = "ses-smtp-lodging"
}

resource "aws_iam_access_key" "smtp_pms" {
  user = aws_iam_user.smtp_pms.name
}

output "smtp_password" {
  value     = aws_iam_access_key.smtp_pms.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  sensitive = true
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "gate_audit" {
  name        = "gate-audit-to-splunk"
  destination = "splunk"
  splunk_configuration {
    hec_endpoint      = "https://http-inputs-talusridge.splunkcloud.com:443"
    hec_token         = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token⟧
    hec_endpoint_type = "Event"
    s3_configuration {
      role_arn   = "arn:aws:iam::845109273366:role/firehose"
      bucket_arn = "arn:aws:s3:::trmr-firehose-backup"
    }
  }
}
"""),
    ("infra/terragrunt/ot/snowmaking/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::https://github.com/talusridge/tf-modules.git//ot-edge?ref=v3.2.0"
}

inputs = {
  area                = "lrks"
  greengrass_version  = "2.12.1"
  hkd_modbus_gateway  = "10.61.4.20"
  influx_admin_token  = "«urlsafe:64-influxlrks»"  ⟦app-secret|InfluxDB admin token in terragrunt inputs⟧
  mqtt_bridge_password = "«plc:mqttlrks»"  ⟦password|terragrunt inputs MQTT password⟧
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-west-2
  marketing-cms:wpDbPassword: «pwl:wpdb»  ⟦password|Pulumi plaintext config password⟧
  marketing-cms:wpAuthKey:
    secure: v1:«b64k:24-pulsalt»:«b64k:48-pulsec»  ⟪Pulumi secure value⟫
  marketing-cms:cloudflareZone: «hex:32-cfzone»  ⟪Cloudflare zone id⟫
"""),
    ("infra/cdk/lib/data-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class RidgelineDataStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const dwh = new rds.DatabaseCluster(this, 'Warehouse', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),
      credentials: rds.Credentials.fromGeneratedSecret('dwh_admin'),  ⟪fromGeneratedSecret⟫
    });
    new sm.Secret(this, 'SiriuswareReader', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwc:siriusreader»'),  ⟦password|CDK unsafePlainText secret⟧
    });
    const pms = sm.Secret.fromSecretNameV2(this, 'Pms', 'ridgeline/rtpone');  ⟪fromSecretNameV2⟫
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue
from aws_cdk import aws_rds as rds
from constructs import Construct


class SkiSchoolStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        rds.DatabaseInstance(
            self, "Lessons",
            engine=rds.DatabaseInstanceEngine.POSTGRES,
            credentials=rds.Credentials.from_password("lessons", SecretValue.unsafe_plain_text("«pwn:lessonsdb»")),  ⟦password|CDK Python from_password literal⟧
        )


app = App()
SkiSchoolStack(app, "skischool-prod")
app.synth()
"""),
    ("deploy/docker-compose.yml", r"""
services:
  gate-bridge:
    image: ghcr.io/talusridge/gate-bridge:4.1.0
    environment:
      AXESS_DCI_URL: https://dci.cndr.trmr.local:8443
      AXESS_DCI_PASSWORD: «pwl:axessdci»  ⟦password|compose env password (Axess DCI)⟧
      FIRNLINE_TOKEN: ${FIRNLINE_TOKEN}  ⟪${VAR}⟫
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwc:influxinit»  ⟦password|compose InfluxDB init password⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxbase»  ⟦app-secret|compose InfluxDB admin token⟧
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin  ⟪file reference⟫
"""),
    ("deploy/compose/weather/docker-compose.yml", r"""
version: "3.8"
services:
  weewx:
    image: felddy/weewx:5
    volumes: ["./weewx.conf:/data/weewx.conf"]
  mqtt:
    image: eclipse-mosquitto:2
    command: mosquitto -c /mosquitto/config/mosquitto.conf
  loggernet-bridge:
    image: ghcr.io/talusridge/loggernet-bridge:0.9
    environment:
      - LOGGERNET_HOST=10.61.1.15
      - LOGGERNET_USER=bridge
      - LOGGERNET_PASS=«pwp:loggernet»  ⟦password|compose list-form env password⟧
      - POSTGRES_PASSWORD=postgres  ⟪local default password⟫
"""),
    ("deploy/docker/skischool/Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt \
    --extra-index-url https://talusridge-build:«pct:pwx:nexusbuild»@nexus.trmr.io/repository/pypi/simple  ⟦password|percent-encoded password in a pip index URL⟧
ENV INSTRUCTOR_SYNC_KEY=«b62:32-instrsync»  ⟦app-secret|ENV literal key in Dockerfile⟧
ENV DJANGO_SETTINGS_MODULE=skischool.settings.prod
COPY . .
CMD ["gunicorn", "skischool.wsgi", "-b", "0.0.0.0:8000"]
"""),
    ("deploy/docker/pos-sync/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY out/ .
ARG SIRIUS_CONN="Server=pos-db.trmr.local;Database=SiriusSQL;User Id=possync;Password=«pwn:possync»;"  ⟦conn-string|SQL Server connection string in Docker ARG⟧
ENV SIRIUS_CONN=$SIRIUS_CONN
RUN --mount=type=secret,id=nuget_token dotnet nuget add source https://nuget.trmr.io/v3/index.json  ⟪BuildKit secret mount⟫
ENTRYPOINT ["dotnet", "PosSync.dll"]
"""),
    ("deploy/k8s/switchback/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: switchback-api
  namespace: commerce
type: Opaque
data:
  DB_PASSWORD: «b64:pwc:storedb»  ⟦password|base64 Secret data password⟧
  REGION: «b64:lit:us-west-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:switchbackk8s»  ⟦aws-b64|base64 key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:switchbackk8s»  ⟦aws-b64|base64 AWS secret in Secret data⟧
"""),
    ("deploy/k8s/switchback/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: switchback-api
  namespace: commerce
spec:
  replicas: 3
  selector:
    matchLabels: {app: switchback-api}
  template:
    metadata:
      labels: {app: switchback-api}
    spec:
      containers:
        - name: api
          image: 614829305177.dkr.ecr.us-west-2.amazonaws.com/switchback-api:5.2.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: switchback-api, key: DB_PASSWORD}  ⟪secretKeyRef⟫
            - name: RECAPTCHA_SITE_KEY
              value: 6Lc«b62:37-recap»  ⟪reCAPTCHA site key⟫
            - name: ACCESSO_API_SECRET
              value: «b62:40-accesso»  ⟦app-secret|literal API secret in Deployment env⟧
"""),
    ("deploy/k8s/ridgeline/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ridgeline-dbt
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: ridgeline-dbt}
  data:
    - secretKey: SNOWFLAKE_PASSWORD
      remoteRef: {key: ridgeline/snowflake, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/cms/stringdata.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: wordpress-marketing
stringData:
  WORDPRESS_DB_PASSWORD: «pwl:wpdb»  ⟦password|stringData password⟧
  WORDPRESS_AUTH_KEY: '«django:wpauth»'  ⟦app-secret|WordPress auth key salt⟧
  WORDPRESS_DB_HOST: cms-db.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com
"""),
    ("deploy/k8s/registry-pull.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:pull»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/sealed-payroll.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: payroll-adp
spec:
  encryptedData:
    ADP_CLIENT_SECRET: «sealed:adp»  ⟪SealedSecret blob⟫
"""),
    ("deploy/helm/switchback/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: 614829305177.dkr.ecr.us-west-2.amazonaws.com/switchback-web
  tag: 5.2.1
env:
  NEXT_PUBLIC_STRIPE_KEY: «pk:switchbackweb»  ⟪Stripe publishable key⟫
  NEXTAUTH_SECRET: «b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET in Helm values⟧
  ALGOLIA_ADMIN_KEY: «algolia:passes»  ⟦app-secret|Algolia admin key⟧
  ALGOLIA_SEARCH_KEY: «hex:32-algsearch»  ⟪Algolia search-only key (public)⟫
redis:
  auth:
    password: «pwp:sbredis»  ⟦password|Helm redis auth password⟧
postgresql:
  auth:
    existingSecret: switchback-pg  ⟪existingSecret⟫
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafanaadmin»  ⟦password|Helm Grafana adminPassword⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: snowgun-influx
        type: influxdb
        url: http://influx.ot.svc:8086
        jsonData: {version: Flux, organization: talusridge}
        secureJsonData:
          token: «urlsafe:64-influxbase»  ⟦app-secret|Grafana datasource InfluxDB token⟧
grafana.ini:
  auth.generic_oauth:
    client_id: grafana-trmr
    client_secret: $__file{/etc/secrets/oauth}  ⟪file reference⟫
"""),
    ("deploy/argocd/apps/gates.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: firnline-gates
  namespace: argocd
spec:
  project: mountain
  source:
    repoURL: https://github.com/talusridge/firnline.git
    targetRevision: main
    path: chart
    helm:
      parameters:
        - name: dci.password
          value: «pwl:axessdci»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 4.1.0
  destination:
    server: https://kubernetes.default.svc
    namespace: gates
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-tf-modules
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://github.com/talusridge/tf-modules.git
  username: trmr-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in Argo CD repo secret⟧
"""),
    (".github/workflows/deploy-switchback.yml", r"""
name: deploy-switchback
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
          role-to-assume: arn:aws:iam::614829305177:role/gha-switchback  ⟪OIDC role⟫
          aws-region: us-west-2
      - run: npm ci && npm run build
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}  ⟪secrets reference⟫
          NEXT_PUBLIC_ALGOLIA_APP_ID: 7QX2LMB4K9
      - run: ./scripts/notify.sh
        env:
          SLACK_WEBHOOK: «slackhook:deploys»  ⟦slack|Slack webhook URL in a workflow⟧
"""),
    (".github/workflows/ota-signage.yml", r"""
name: lift-signage-ota
on: workflow_dispatch
jobs:
  push:
    runs-on: [self-hosted, ot-jump]
    env:
      AWS_ACCESS_KEY_ID: «akid:signageota»  ⟦aws-key-id|key id in workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:signageota»  ⟦aws-secret|AWS secret in workflow env⟧
      AWS_DEFAULT_REGION: us-west-2
    steps:
      - uses: actions/checkout@v4
      - run: aws s3 sync dist/ s3://trmr-signage-270381946512/ota/
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: «sqp:webcams»  ⟦app-secret|SonarQube token in GitLab CI variables⟧
  CI_REGISTRY_PASSWORD_OVERRIDE: $CI_JOB_TOKEN  ⟪$CI_JOB_TOKEN⟫
build:
  stage: build
  script:
    - docker login -u talusridge-ci -p «dckr:gitlabci» docker.io  ⟦docker-hub|docker login -p with a Docker Hub PAT⟧
    - docker build -t talusridge/webcam-thumbs:$CI_COMMIT_SHORT_SHA .
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'ot-windows' }
  environment {
    TIA_LICENSE_SERVER = 'lic.ot.trmr.local'
    KEPWARE_ADMIN = credentials('kepware-admin')  ⟪Jenkins credentials()⟫
    S7_PROJECT_PW = '«plc:s7project»'  ⟦password|Jenkins environment literal PLC project password⟧
  }
  stages {
    stage('export') {
      steps {
        bat 'Openness.Export.exe --project \\\\ot-fs\\lifts\\CNDR-C4.ap18 --password %S7_PROJECT_PW%'
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
          name: deploy cms theme
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.1.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪$VAR⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: trmr-cms-theme
                LOCAL_PATH: dist
            - curl -X POST -H "Authorization: Bearer «hex:40-wpengine»" https://api.wpengineapi.com/v1/installs/purge  ⟦app-secret|bearer token in a pipeline step⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  app:
    docker:
      - image: cimg/node:20.11
        auth:
          username: talusridge-ci
          password: «dckr:circle»  ⟦docker-hub|CircleCI image auth Docker Hub PAT⟧
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=«npm:circle»" > ~/.npmrc  ⟦npm|npm token echoed into .npmrc⟧
      - run: npm ci && npm run build
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: payroll-secrets  ⟪variable group⟫
  - name: PAYLOCITY_CLIENT_SECRET
    value: «b64k:40-paylocity»  ⟦app-secret|Azure Pipelines variable value client secret⟧
steps:
  - task: PowerShell@2
    inputs:
      targetType: inline
      script: ./export-seasonal.ps1 -ClientSecret $(PAYLOCITY_CLIENT_SECRET)  ⟪$(Var)⟫
"""),
    ("buildkite/pipeline.yml", r"""
steps:
  - label: ":snowflake: dbt run"
    command: dbt build --target prod
    env:
      DBT_SNOWFLAKE_PASSWORD: «snowpw:dbtbk»  ⟦password|Buildkite step env password⟧
      DBT_CLOUD_TOKEN: dbtc_«b62:40-dbtc»  ⟦app-secret|dbt Cloud token⟧
    agents:
      queue: data
"""),
    ("ansible/group_vars/lodging_windows.yml", r"""
ansible_user: svc-ansible
ansible_password: «pwn:ansiblewin»  ⟦password|Ansible WinRM password in group_vars⟧
ansible_connection: winrm
ansible_winrm_transport: ntlm
salto_db_password: "{{ vault_salto_db_password }}"  ⟪Jinja vault reference⟫
"""),
    ("ansible/roles/weather/tasks/main.yml", r"""
- name: weewx config
  template:
    src: weewx.conf.j2
    dest: /etc/weewx/weewx.conf
- name: register station with Weather Underground
  uri:
    url: "https://weatherstation.wunderground.com/weatherstation/updateweatherstation.php?ID=KCOTALUS3&PASSWORD=«lo:8-wu»&action=updateraw"  ⟦password|Weather Underground station key in a query string⟧
- name: loggernet
  win_shell: "cora_cmd --server=10.61.1.15 --user=bridge --password={{ lookup('aws_ssm', '/weather/loggernet') }}"  ⟪lookup⟫
"""),
    ("packer/ot-jump.pkr.hcl", r"""
source "amazon-ebs" "otjump" {
  ami_name      = "ot-jump-{{timestamp}}"
  instance_type = "t3.medium"
  region        = "us-west-2"
  communicator  = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer winrm_password literal⟧
  user_data_file = "scripts/winrm.ps1"
}
build {
  sources = ["source.amazon-ebs.otjump"]
  provisioner "powershell" {
    inline = ["choco install -y tia-portal-openness-runtime --params '/Key:«up:25-tialic»'"]  ⟦?app-secret|a TIA Portal licence key on a choco line (licence, policy)⟧
  }
}
"""),
    ("nomad/weather-relay.nomad.hcl", r"""
job "weather-relay" {
  datacenters = ["cndr-base"]
  group "relay" {
    task "relay" {
      driver = "docker"
      config { image = "ghcr.io/talusridge/weather-relay:1.2" }
      template {
        data = <<EOH
WLINK_SECRET={{ with secret "kv/weather/wlink" }}{{ .Data.data.secret }}{{ end }}
EOH
        destination = "secrets/env"  ⟪Nomad Vault template⟫
        env         = true
      }
      env {
        AVY_CENTER_API_KEY = "«hex:32-avycenter»"  ⟦app-secret|Nomad env literal API key⟧
      }
    }
  }
}
"""),
]

# one edge stack per ski area: Greengrass core for the lift, gate and snowmaking gateways in the base lodge
_EDGE = {
    "cndr": ("MqttBridgePassword", "«plc:edgecndr»", "password", "NoEcho Default MQTT bridge password"),
    "hlwb": ("KepwareAdminPassword", "«pw:kephlwb»", "password", "NoEcho Default Kepware admin password"),
    "lrks": ("GateDtaSecret", "«hex:32-dtalrks»", "app-secret", "NoEcho Default Skidata DTA secret"),
    "ptrm": ("SnowmakingApiKey", "«b62:32-hkdptrm»", "app-secret", "NoEcho Default TechnoAlpin ATASSplus API key"),
}
_AMI = {"cndr": "9c4e1a7c9f2358d", "hlwb": "3b7d20e6a1f4c95", "lrks": "e51a9c3d7b0264f", "ptrm": "7f02c6d4e9b1a38"}
for code, name in AREAS:
    pname, val, kind, note = _EDGE[code]
    FILES.append((f"infra/cfn/areas/{code}-edge.yaml", rf"""
AWSTemplateFormatVersion: '2010-09-09'
Description: {name} ({code.upper()}) base-lodge edge - Greengrass core for lift, gate and snowmaking gateways
Parameters:
  {pname}:
    Type: String
    NoEcho: true
    Default: {val}  ⟦{kind}|{note}⟧
  CoreThingName:
    Type: String
    Default: trmr-{code}-edge-01
Resources:
  EdgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0{_AMI[code]}  ⟪AMI id⟫
      InstanceType: m6i.large
      Tags:
        - Key: area
          Value: {code}
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          curl -s https://d2s8p88vqu9w66.cloudfront.net/releases/greengrass-nucleus-latest.zip -o gg.zip
          java -Droot=/greengrass/v2 -jar GreengrassInstaller/lib/Greengrass.jar --thing-name ${{CoreThingName}} --provision true
          echo "MQTT_BRIDGE_PASSWORD=${{{pname}}}" >> /etc/trmr/edge.env
  EdgeCert:
    Type: AWS::IoT::Certificate
    Properties:
      CertificateSigningRequest: !Sub '{{{{resolve:ssm:/edge/{code}/csr}}}}'  ⟪ssm dynamic reference⟫
      Status: ACTIVE
"""))

_PARAMS = {
    "cndr": ("«pwn:liftdbcndr»", "password"),
    "hlwb": ("«pwc:liftdbhlwb»", "password"),
    "lrks": ("«pp:liftdblrks»", "password"),
    "ptrm": ("{{resolve:secretsmanager:lifts/ptrm/db}}", None),
}
for code, name in AREAS:
    val, kind = _PARAMS[code]
    mark = f"  ⟦{kind}|parameter file lift-maintenance DB password ({code})⟧" if kind else "  ⟪dynamic reference in a parameter file⟫"
    FILES.append((f"infra/cfn/params/liftmaint-{code}.json", f"""
{{
  "Parameters": {{
    "Area": "{code}",
    "AreaName": "{name}",
    "MaintDbUser": "liftmaint_{code}",
    "MaintDbPassword": "{val}",{mark}
    "InstanceType": "t3.small"
  }},
  "Tags": {{"cost-center": "mountain-ops", "area": "{code}"}}
}}
"""))

_HELM = {
    "cndr": ("readers:\n  skidata:\n    dtaPassword: «pwp:dtacndr»  ⟦password|Helm gate reader DTA password (cndr)⟧", "«sha256:hcndr»"),
    "hlwb": ("readers:\n  axess:\n    dciPassword: \"{{ .Values.global.dciPassword }}\"  ⟪Helm template reference⟫", "«sha256:hhlwb»"),
    "lrks": ("readers:\n  axess:\n    dciPassword: «pwl:dcilrks»  ⟦password|Helm gate reader DCI password (lrks)⟧", "«sha256:hlrks»"),
    "ptrm": ("readers:\n  skidata:\n    existingSecret: gates-ptrm-dta  ⟪existingSecret⟫", "«sha256:hptrm»"),
}
for code, name in AREAS:
    block, dig = _HELM[code]
    FILES.append((f"deploy/helm/gates/values-{code}.yaml", f"""
# {name} gate bridge
area: {code}
image:
  repository: ghcr.io/talusridge/gate-bridge
  digest: sha256:{dig}  ⟪image digest⟫
{block}
turnstiles:
  count: {len(name) + 6}
  offlineWhitelistHours: 36
"""))

_K8S = {
    "cndr": "  TA_ATASS_PASSWORD: «b64:plc:atasscndr»  ⟦password|base64 Secret data snowmaking password (cndr)⟧",
    "hlwb": "  TA_ATASS_PASSWORD: «b64:plc:atasshlwb»  ⟦password|base64 Secret data snowmaking password (hlwb)⟧",
    "lrks": "  TA_ATASS_PASSWORD: «b64:lit:changeme»  ⟪base64 of changeme⟫",
    "ptrm": "  TA_ATASS_PASSWORD: «b64:pwl:atassptrm»  ⟦password|base64 Secret data snowmaking password (ptrm)⟧",
}
for code, name in AREAS:
    FILES.append((f"deploy/k8s/areas/{code}/snowmaking-secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: snowmaking-{code}
  namespace: ot-{code}
  annotations:
    trmr.io/area: "{name}"
type: Opaque
data:
  TA_ATASS_USER: «b64:lit:svc_ridgeline»
{_K8S[code]}
  INFLUX_BUCKET: «b64:lit:snowgun-{code}»
"""))

FILES += [
    ("infra/cfn/codepipeline-cms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  CmsPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::614829305177:role/codepipeline-cms
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: talusridge
                Repo: marketing-cms
                Branch: main
                OAuthToken: «ghp:codepipeline»  ⟦github|CodePipeline v1 OAuthToken literal⟧
              OutputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/eventbridge-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - lift status to OnTheSnow, pass scans to the resort-partner API
Resources:
  OtsConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-Api-Key
          ApiKeyValue: «hex:32-ots»  ⟦app-secret|EventBridge connection API key (same as the snow-report script)⟧
  PartnerConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: talusridge
          Password: !Join ['', ['{{resolve:secretsmanager:', partners/basic, '}}']]  ⟪Join of a dynamic reference⟫
  IkonConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://auth.passpartner.com/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: talusridge-scans
            ClientSecret: «okx:48-passpartner»  ⟦app-secret|EventBridge OAuth client secret⟧
"""),
    ("infra/cfn/vpn-areas.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from each base lodge (FortiGate) to the mountain-ops TGW
Resources:
  CgwHlwb:
    Type: AWS::EC2::CustomerGateway
    Properties: {BgpAsn: 65012, IpAddress: 198.51.100.22, Type: ipsec.1}
  VpnHlwb:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref CgwHlwb
      TransitGatewayId: tgw-0d4a7e19b3c62f580  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-psk1»  ⟦password|VPN tunnel pre-shared key⟧
        - PreSharedKey: «b62:32-psk2»  ⟦password|second tunnel pre-shared key⟧
"""),
    ("infra/cfn/connect-guest-services.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Amazon Connect - guest services line (pass office, lodging, ski school)",
  "Resources": {
    "SupervisorUser": {
      "Type": "AWS::Connect::User",
      "Properties": {
        "InstanceArn": "arn:aws:connect:us-west-2:614829305177:instance/«uuid:connectinst»",
        "Username": "passoffice.supervisor",
        "Password": "«pwc:connectsup»",  ⟦password|Connect user password in CFN JSON⟧
        "RoutingProfileArn": {"Fn::GetAtt": ["PassOfficeProfile", "RoutingProfileArn"]},
        "PhoneConfig": {"PhoneType": "SOFT_PHONE"},
        "SecurityProfileArns": [{"Ref": "SupervisorProfile"}]
      }
    },
    "IvrLambdaPermission": {
      "Type": "AWS::Lambda::Permission",
      "Properties": {"Action": "lambda:InvokeFunction", "FunctionName": {"Fn::ImportValue": "ivr-lookup-arn"}, "Principal": "connect.amazonaws.com"}
    }
  }
}
"""),
    ("infra/cfn/docdb-ski-school.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  LessonsDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: lessons-events
      MasterUsername: lessons
      MasterUserPassword: «changeme:docdb»  ⟦?password|placeholder-looking literal in a live master password slot (policy)⟧
      StorageEncrypted: true
"""),
    ("infra/cfn/opensearch-logs.json", r"""
{
  "Resources": {
    "LogsDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "trmr-logs",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {"MasterUserName": "osadmin", "MasterUserPassword": "«pwx:osadmin»"}  ⟦password|OpenSearch master password in CFN JSON⟧
        },
        "EncryptionAtRestOptions": {"Enabled": true}
      }
    }
  }
}
"""),
    ("infra/beanstalk/.ebextensions/options.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    RENTAL_DB_URL: mysql://rental:«pwn:rentaldb»@rental.c7xq2ld9f1ab.us-west-2.rds.amazonaws.com/rental  ⟦conn-string|MySQL URL in .ebextensions⟧
    RAILS_MASTER_KEY: «hex:32-railsmaster»  ⟦app-secret|Rails master key in .ebextensions (same as master.key)⟧
    RAILS_ENV: production
"""),
    ("infra/copilot/webcam-api/manifest.yml", r"""
name: webcam-api
type: Load Balanced Web Service
image:
  build: Dockerfile
  port: 8080
variables:
  ROUNDSHOT_TOKEN: «b62:32-roundshot»  ⟦app-secret|Copilot plain variable token (same as CloudFront)⟧
secrets:
  PRISM_API_KEY: /copilot/webcams/prod/secrets/prism  ⟪Copilot secret reference⟫
"""),
    ("infra/apprunner/apprunner.yaml", r"""
version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip install -r requirements.txt
run:
  command: gunicorn app:app
  env:
    - name: TRAIL_MAP_ADMIN_KEY
      value: «b62:32-trailmap»  ⟦app-secret|App Runner env literal⟧
  secrets:
    - name: DB_PASSWORD
      value-from: arn:aws:secretsmanager:us-west-2:614829305177:secret:trailmap/db  ⟪value-from ARN⟫
"""),
    ("infra/terraform/cloudflare.tf", r"""
provider "cloudflare" {
  api_token = "«cfapi:tf»"  ⟦app-secret|Cloudflare API token in a provider block⟧
}

resource "cloudflare_record" "passes" {
  zone_id = "«hex:32-cfzone»"  ⟪zone id⟫
  name    = "passes"
  type    = "CNAME"
  value   = "d3k9x2abcdq1.cloudfront.net"
}
"""),
    ("infra/terraform/iot-weather.tf", r"""
resource "aws_iot_topic_rule" "weather_to_avy" {
  name        = "weather_to_avalanche_center"
  enabled     = true
  sql         = "SELECT * FROM 'trmr/+/weather/+'"
  sql_version = "2016-03-23"
  http {
    url = "https://api.avycenter.org/obs"
    http_header {
      key   = "Authorization"
      value = "Token «hex:40-avyobs»"  ⟦app-secret|IoT rule HTTP header token in Terraform⟧
    }
  }
}
"""),
    ("infra/terraform/modules/gate-bridge/main.tf", r"""
variable "dci_password" {
  type      = string
  sensitive = true
}

resource "aws_ssm_parameter" "dci" {
  name  = "/firnline/dci/password"
  type  = "SecureString"
  value = var.dci_password  ⟪variable reference⟫
}

module "gates_cndr" {
  source       = "../gate-bridge-area"
  area         = "cndr"
  dci_password = "«pwl:axessdci»"  ⟦password|module argument literal (the DCI password again)⟧
}
"""),
    ("deploy/k8s/weather/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: snotel-pull
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: pull
              image: ghcr.io/talusridge/snotel-pull:0.4
              args: ["--influx-token", "«urlsafe:64-influxbase»", "--bucket", "weather"]  ⟦app-secret|token in CronJob args (same as compose)⟧
"""),
    ("deploy/kustomize/skischool/kustomization.yaml", r"""
resources:
  - ../../base/skischool
secretGenerator:
  - name: skischool-env
    literals:
      - DJANGO_SECRET_KEY=«django:skischool»  ⟦app-secret|secretGenerator literal (same as settings)⟧
      - DB_PASSWORD=«pwn:skischooldb»  ⟦password|secretGenerator literal DB password⟧
    envs:
      - stripe.env
"""),
    ("deploy/kustomize/skischool/stripe.env", r"""
STRIPE_SECRET_KEY=«sk:skischool»  ⟦stripe|Stripe key in a kustomize env file⟧
STRIPE_PUBLISHABLE_KEY=«pk:skischool»  ⟪publishable key⟫
"""),
    ("deploy/helm/weather/values.yaml", r"""
weewx:
  mqtt:
    host: mqtt.ot.trmr.local
    username: weewx
    password: «pwp:weewxmqtt»  ⟦password|Helm MQTT password (same as weewx.conf)⟧
wunderground:
  stations:
    - id: KCOTALUS11
      key: "{{ .Values.secrets.wuKey }}"  ⟪template reference⟫
"""),
    ("deploy/compose/rental/docker-compose.yml", r"""
services:
  rental:
    image: ghcr.io/talusridge/rental-reservations:3.0
    env_file: .env
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «pwc:rentalroot»  ⟦password|compose MySQL root password⟧
      MYSQL_PASSWORD: «pwn:rentaldb»  ⟦password|compose MySQL user password (same as .ebextensions)⟧
"""),
    ("deploy/compose/rental/.env", r"""
RAILS_ENV=production
SIRIUSWARE_PASSWORD=«pwx:salesweb»  ⟦password|compose .env password (same as the HAR)⟧
WAIVER_API_KEY=«b62:36-waiver»  ⟦app-secret|compose .env API key (same as Rails)⟧
"""),
    ("deploy/systemd/gate-bridge.service", r"""
[Unit]
Description=firnline gate bridge (CNDR fallback host)
After=network-online.target

[Service]
Environment=DCI_URL=https://dci.cndr.trmr.local:8443
Environment=DCI_PASSWORD=«pwl:axessdci»  ⟦password|systemd Environment= password⟧
ExecStart=/opt/gate-bridge/gate-bridge
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: webcam-archiver
steps:
  - name: publish
    image: plugins/ecr
    settings:
      access_key: «akid:droneecr»  ⟦aws-key-id|Drone plugin access_key literal⟧
      secret_key: «awssec:droneecr»  ⟦aws-secret|Drone plugin secret_key literal⟧
      repo: webcam-archiver
      registry: 845109273366.dkr.ecr.us-west-2.amazonaws.com
  - name: notify
    image: plugins/slack
    settings:
      webhook:
        from_secret: slack_webhook  ⟪from_secret⟫
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {
    buildType(LiftSignage)
    params {
        password("env.SIGNAGE_DEPLOY_KEY", "credentialsJSON:«uuid:tccred»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.BRIGHTSIGN_TOKEN", "«b62:48-bsncloud»")  ⟦app-secret|TeamCity plain param token (same as the signage setup)⟧
    }
}

object LiftSignage : BuildType({ name = "lift signage" })
"""),
    (".github/workflows/ridgeline-dbt.yml", r"""
name: ridgeline-dbt
on:
  schedule: [{cron: '15 7 * * *'}]
jobs:
  dbt:
    runs-on: ubuntu-latest
    container: ghcr.io/dbt-labs/dbt-snowflake:1.8.0
    env:
      DBT_SNOWFLAKE_PASSWORD: ${{ secrets.DBT_SNOWFLAKE_PASSWORD }}  ⟪secrets reference⟫
      DATAHUB_TOKEN: eyJhbGciOiJIUzI1NiJ9.«b62:80-datahubclaims».«b62:43-datahubsig»  ⟦jwt|DataHub token literal in a workflow⟧
    steps:
      - uses: actions/checkout@v4
      - run: dbt build --target prod
"""),
    ("ansible/host_vars/pms-bridge01.yml", r"""
ansible_host: 10.65.0.20
ansible_user: Administrator
ansible_password: "{{ vault_pms_bridge_admin }}"  ⟪vault reference⟫
rtpone_password: «pwr:rtponeifc»  ⟦password|host_vars literal (same as the properties)⟧
"""),
    ("ansible/vault/ot.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
"""),
    ("chef/cookbooks/kiosk/attributes/default.rb", r"""
default['kiosk']['admin_user'] = 'kioskadmin'
default['kiosk']['admin_password'] = '«pwp:kioskadmin»'  ⟦password|Chef attribute password⟧
default['kiosk']['square']['location_id'] = 'L«up:12-sqloc»'
"""),
    ("salt/pillar/weather.sls", r"""
weather:
  loggernet:
    user: bridge
    password: «pwp:loggernet»  ⟦password|Salt pillar password (same as compose)⟧
  wlink_secret: {{ salt['vault'].read_secret('kv/weather/wlink', 'secret') }}  ⟪Salt vault read⟫
"""),
    ("vagrant/ot-lab/Vagrantfile", r"""
Vagrant.configure("2") do |config|
  config.vm.box = "gusztavvargadr/windows-10"
  config.vm.communicator = "winrm"
  config.winrm.username = "vagrant"
  config.winrm.password = "vagrant"  ⟪vagrant default⟫
  config.vm.provision "shell", inline: "choco install -y kepserverex --params '/Password:«pw:kepcndr»'"  ⟦password|installer password in a Vagrant provisioner (Kepware admin)⟧
end
"""),
]

# per-area lift-maintenance ECS tasks (the CMMS sync for each area's lifts)
_CMMS = {
    "cndr": ("«pwn:cmmscndr»", "password"),
    "hlwb": ("arn:aws:ssm:us-west-2:270381946512:parameter/cmms/hlwb/password", None),
    "lrks": ("«pwl:cmmslrks»", "password"),
    "ptrm": ("«pwc:cmmsptrm»", "password"),
}
for code, name in AREAS:
    val, kind = _CMMS[code]
    if kind:
        envline = f'{{"name": "CMMS_PASSWORD", "value": "{val}"}},  ⟦{kind}|CMMS password in an area task definition ({code})⟧'
    else:
        envline = f'{{"name": "CMMS_PASSWORD_PARAM", "value": "{val}"}},  ⟪SSM parameter ARN⟫'
    FILES.append((f"infra/ecs/areas/cmms-sync-{code}.json", f"""
{{
  "family": "cmms-sync-{code}",
  "containerDefinitions": [
    {{
      "name": "sync",
      "image": "270381946512.dkr.ecr.us-west-2.amazonaws.com/cmms-sync:2.1.{len(name)}",
      "environment": [
        {{"name": "AREA", "value": "{code}"}},
        {{"name": "CMMS_URL", "value": "https://talusridge.maintainx.com/api/v1"}},
        {envline}
        {{"name": "LIFTS_CSV", "value": "s3://trmr-ot-270381946512/{code}/lifts.csv"}}
      ]
    }}
  ]
}}
"""))

FILES += [
    ("infra/cfn/vendor-upload-user.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: the right way for vendors - a key in Secrets Manager, never in an Output
Resources:
  VendorUser:
    Type: AWS::IAM::User
    Properties: {UserName: vendor-prism-upload}
  VendorKey:
    Type: AWS::IAM::AccessKey
    Properties: {UserName: !Ref VendorUser}
  VendorKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: vendors/prism/upload
      SecretString: !Sub '{"id":"${VendorKey}","secret":"${VendorKey.SecretAccessKey}"}'  ⟪Sub of GetAtt SecretAccessKey⟫
  RotationSchedule:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref VendorKeySecret
      RotationLambdaARN: !ImportValue secrets-rotation-fn  ⟪rotation Lambda import⟫
      RotationRules: {AutomaticallyAfterDays: 90}
Outputs:
  SecretArn:
    Value: !Ref VendorKeySecret  ⟪Secret ARN output⟫
"""),
    ("deploy/k8s/ridgeline/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ridgeline-loader
  namespace: data
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::392760184453:role/ridgeline-loader  ⟪IRSA role⟫
---
apiVersion: v1
kind: Pod
metadata:
  name: loader-debug
  namespace: data
spec:
  serviceAccountName: ridgeline-loader
  containers:
    - name: loader
      image: ghcr.io/talusridge/ridgeline-loader:1.9
      env:
        - name: SNOWFLAKE_PRIVATE_KEY_PATH
          value: /var/run/secrets/snowflake/key.p8  ⟪key file path⟫
        - name: SNOWFLAKE_PASSPHRASE
          valueFrom: {secretKeyRef: {name: ridgeline-snowflake, key: passphrase}}  ⟪secretKeyRef⟫
"""),
    ("deploy/helm/gates/README.md", r"""
# gate-bridge chart

    helm upgrade --install gates-cndr . -f values-cndr.yaml --set readers.axess.dciPassword=$DCI_PASSWORD  ⟪$VAR⟫

Set `readers.axess.dciPassword` to `<from Secrets Manager firnline/dci>` or use `existingSecret`.  ⟪placeholder⟫
For local testing with the Axess simulator the password is `axess-sim` (the simulator's built-in user).  ⟪simulator default⟫
Image digests are pinned per area, e.g. `sha256:«sha256:chartreadme»`.  ⟪image digest⟫
"""),
]
