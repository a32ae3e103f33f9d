"""CloudFormation (YAML and JSON), SAM, parameter files, samconfig.toml, serverless.yml, CodeBuild projects and
buildspecs, EC2 UserData and launch templates, Step Functions: Tallowbrook Payments' infrastructure repo."""
FILES = [
("infra/cfn/ledger/aurora-cluster.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Tallowbrook ledger Aurora PostgreSQL cluster (prod, ap-southeast-2)

Parameters:
  Environment:
    Type: String
    AllowedValues: [prod, staging]
  MasterUsername:
    Type: String
    Default: ledger_admin
  ReplicaPassword:
    Type: String
    NoEcho: true
    Default: «pw:rep»  ⟦password|NoEcho parameter with a literal Default⟧
  VpcId:
    Type: AWS::EC2::VPC::Id

Resources:
  LedgerSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: ledger private subnets
      SubnetIds: !Split [",", !ImportValue core-network-PrivateSubnets]

  LedgerCluster:
    Type: AWS::RDS::DBCluster
    DeletionPolicy: Snapshot
    Properties:
      Engine: aurora-postgresql
      EngineVersion: "15.4"
      DatabaseName: ledger
      MasterUsername: !Ref MasterUsername
      MasterUserPassword: «pw:master»  ⟦password|low-entropy MasterUserPassword literal⟧
      DBSubnetGroupName: !Ref LedgerSubnets
      StorageEncrypted: true
      KmsKeyId: !ImportValue security-kms-LedgerKeyArn
      Tags:
        - Key: cost-centre
          Value: ledger

  ReportingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: reporting
      MasterUserPassword: '{{resolve:secretsmanager:ledger/reporting/master:SecretString:password}}'  ⟪dynamic reference⟫
      DBSubnetGroupName: !Ref LedgerSubnets

Outputs:
  ClusterEndpoint:
    Value: !GetAtt LedgerCluster.Endpoint.Address
    Export:
      Name: !Sub "${AWS::StackName}-Endpoint"
"""),
("infra/cfn/ledger/aurora-cluster.prod.params.json", r"""
[
  { "ParameterKey": "Environment", "ParameterValue": "prod" },
  { "ParameterKey": "MasterUsername", "ParameterValue": "ledger_admin" },
  { "ParameterKey": "ReplicaPassword", "ParameterValue": "«pw:p»" },  ⟦password|parameter file, password parameter⟧
  { "ParameterKey": "VpcId", "ParameterValue": "vpc-0b4e7c19a2f3d8e61" }
]
"""),
("infra/cfn/ledger/aurora-cluster.staging.params.json", r"""
{
  "Parameters": {
    "Environment": "staging",
    "MasterUsername": "ledger_admin",
    "ReplicaPassword": "{{resolve:ssm-secure:/staging/ledger/replica-password:3}}",  ⟪ssm-secure reference⟫
    "VpcId": "vpc-07a1c3e5f2b9d0c44"
  },
  "Tags": {
    "owner": "ledger-team",
    "env": "staging"
  }
}
"""),
("infra/cfn/iam/ci-deployer.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: >
  Long-lived deployer user for the legacy Bitbucket pipeline (to be removed, see SEC-412).

Resources:
  DeployerUser:
    Type: AWS::IAM::User
    Properties:
      UserName: bitbucket-deployer
      ManagedPolicyArns:
        - !Sub arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess

  DeployerKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref DeployerUser
      Status: Active

  DeployerKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: ci/bitbucket-deployer
      SecretString: !Sub '{"AccessKeyId":"${DeployerKey}","SecretAccessKey":"${DeployerKey.SecretAccessKey}"}'  ⟪!Sub of the generated key, no literal⟫

Outputs:
  AccessKeyId:
    Value: !Ref DeployerKey
  SecretAccessKey:
    Value: !GetAtt DeployerKey.SecretAccessKey  ⟪GetAtt output, no literal in file⟫
"""),
("infra/cfn/iam/partner-sftp-user.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Settlement file drop for Northgate Clearing (prod 306914827753)",
  "Resources": {
    "SettlementBucketPolicy": {
      "Type": "AWS::S3::BucketPolicy",
      "Properties": {
        "Bucket": "tallowbrook-settlement-drop-apse2",
        "PolicyDocument": {
          "Statement": [{
            "Effect": "Allow",
            "Principal": {"AWS": "arn:aws:iam::306914827753:role/settlement-reader"},
            "Action": ["s3:GetObject"],
            "Resource": "arn:aws:s3:::tallowbrook-settlement-drop-apse2/*"
          }]
        }
      }
    },
    "ForwarderFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "forward.handler",
        "Role": {"Fn::GetAtt": ["ForwarderRole", "Arn"]},
        "Code": {"S3Bucket": "tallowbrook-artifacts-apse2", "S3Key": "settlement/forwarder-1.8.2.zip"},
        "Environment": {
          "Variables": {
            "NORTHGATE_BUCKET": "northgate-inbound-prod",
            "NORTHGATE_ACCESS_KEY_ID": "«akid:ng»",  ⟦aws-access-key-id|partner key in Lambda env (CFN JSON)⟧
            "NORTHGATE_SECRET_ACCESS_KEY": "«awssec:ng»",  ⟦aws-secret-access-key|partner secret in Lambda env (CFN JSON)⟧
            "NORTHGATE_REGION": "ap-southeast-2"
          }
        }
      }
    }
  }
}
"""),
("infra/cfn/network/vpn-gateway.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Site-to-site VPN to the Parramatta card processing DC

Parameters:
  TunnelPsk:
    Type: String
    NoEcho: true
    Description: pre-shared key, pass it at deploy time (never set a default)
    MinLength: 8

Resources:
  CustomerGateway:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65010
      IpAddress: 203.0.113.18
      Type: ipsec.1

  VpnConnection:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref CustomerGateway
      TransitGatewayId: tgw-0c1d9e2f3a4b5c6d7
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: !Ref TunnelPsk  ⟪!Ref of a NoEcho parameter without Default⟫
          TunnelInsideCidr: 169.254.10.0/30
        - PreSharedKey: «pw2:psk»  ⟦password|literal VPN PreSharedKey⟧
          TunnelInsideCidr: 169.254.10.4/30
"""),
("infra/cfn/cache/redis.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::LanguageExtensions
Description: session cache for checkout-api

Resources:
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: checkout sessions
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: «hipw:32»  ⟦password|ElastiCache AuthToken literal⟧
      AtRestEncryptionEnabled: true
      CacheSubnetGroupName: !ImportValue core-network-CacheSubnets
      SecurityGroupIds:
        - !GetAtt CacheSg.GroupId

  RateLimitCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: rate limiter
      Engine: redis
      CacheNodeType: cache.t4g.medium
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:checkout/ratelimit-redis:SecretString:token}}'
      CacheSubnetGroupName: !ImportValue core-network-CacheSubnets

  CacheSg:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: redis from checkout tasks
      VpcId: !ImportValue core-network-VpcId
"""),
("infra/sam/refunds-api/template.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: refunds-api (SAM)

Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 15
    MemorySize: 512
    Tracing: Active
    Environment:
      Variables:
        POWERTOOLS_SERVICE_NAME: refunds
        LEDGER_URL: !Sub "https://ledger.${AWS::Region}.tbpay.internal"

Parameters:
  Stage:
    Type: String
    Default: prod
  StripeSecretArn:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /refunds/stripe-secret-arn

Resources:
  RefundsFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: handler.refund
      Policies:
        - DynamoDBCrudPolicy:
            TableName: !Ref RefundsTable
      Environment:
        Variables:
          STRIPE_SECRET_ARN: !Ref StripeSecretArn  ⟪SSM-resolved ARN⟫
          STRIPE_WEBHOOK_SECRET: «whsec:1»  ⟦stripe-key|whsec_ in SAM env⟧
          REFUNDS_TABLE: !Ref RefundsTable
      Events:
        Api:
          Type: Api
          Properties:
            Path: /refunds
            Method: post

  ReconcileFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: reconcile.handler
      Environment:
        Variables:
          AWS_ACCESS_KEY_ID_RECON: «akid:r»  ⟦aws-access-key-id|SAM env key id⟧
          AWS_SECRET_ACCESS_KEY_RECON: «awssec:r»  ⟦aws-secret-access-key|SAM env secret⟧
          RECON_BUCKET: !Sub "tallowbrook-recon-${AWS::AccountId}"

  RefundsTable:
    Type: AWS::Serverless::SimpleTable
    Properties:
      PrimaryKey:
        Name: refundId
        Type: String

Outputs:
  ApiUrl:
    Value: !Sub "https://${ServerlessRestApi}.execute-api.${AWS::Region}.amazonaws.com/Prod/"
"""),
("infra/sam/refunds-api/samconfig.toml", r"""
version = 0.1

[default.global.parameters]
stack_name = "refunds-api"

[default.deploy.parameters]
s3_bucket = "tallowbrook-sam-artifacts-use1"
s3_prefix = "refunds-api"
region = "us-east-1"
confirm_changeset = true
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"prod\" StripeSecretArn=\"/refunds/stripe-secret-arn\""

[staging.deploy.parameters]
stack_name = "refunds-api-staging"
region = "ap-southeast-2"
parameter_overrides = "Stage=\"staging\" DbPassword=\"«pw:sam»\" AlertEmail=\"payments-oncall@tallowbrook.com.au\""  ⟦password|samconfig parameter_overrides password⟧
"""),
("infra/sam/fx-rates/template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Transform": "AWS::Serverless-2016-10-31",
  "Resources": {
    "RatesPoller": {
      "Type": "AWS::Serverless::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "poll.main",
        "CodeUri": "src/",
        "Environment": {
          "Variables": {
            "RATES_PROVIDER_URL": "https://api.openfx.example.net/v2/latest",  ⟪placeholder host⟫
            "RATES_API_KEY": {"Fn::Sub": "{{resolve:secretsmanager:fx/rates-provider:SecretString:apiKey}}"},
            "DB_URL": "postgresql://fx_poller:«urlpw:fx»@fx-rates.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com:5432/fx",  ⟦db-url|postgres URL with password in SAM JSON env⟧
            "SLACK_WEBHOOK_URL": "«slackhook:1»"  ⟦slack-webhook|webhook in SAM JSON env⟧
          }
        },
        "Events": {
          "Every15": {"Type": "Schedule", "Properties": {"Schedule": "rate(15 minutes)"}}
        }
      }
    }
  }
}
"""),
("infra/sam/fraud-scoring/template.yaml", r"""
Transform: AWS::Serverless-2016-10-31
Description: fraud scoring (container image Lambda)

Resources:
  ScoreFunction:
    Type: AWS::Serverless::Function
    Properties:
      PackageType: Image
      ImageUri: 149265803371.dkr.ecr.us-east-1.amazonaws.com/fraud-score@sha256:«rhex:64»  ⟪image digest⟫
      MemorySize: 2048
      Environment:
        Variables:
          MODEL_BUCKET: tallowbrook-models-use1
          MAXMIND_LICENSE_KEY: «b62:6»_«b62:29»_mmk  ⟦maxmind-license-key|MaxMind license key⟧
          DATADOG_API_KEY: «rhex:32»  ⟦datadog-api-key|32 hex under DATADOG_API_KEY⟧
          DD_SITE: datadoghq.com
          DD_TRACE_ENABLED: "true"
      Layers:
        - !Sub arn:aws:lambda:${AWS::Region}:464622532012:layer:Datadog-Extension:65
"""),
("infra/serverless/chargebacks/serverless.yml", r"""
service: chargebacks
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: ap-southeast-2
  stage: ${opt:stage, 'prod'}
  deploymentBucket:
    name: tallowbrook-sls-deploy-apse2
  environment:
    STAGE: ${self:provider.stage}
    CARD_NETWORK_API_KEY: ${ssm:/chargebacks/${self:provider.stage}/network-api-key}  ⟪ssm reference⟫
    PAGERDUTY_ROUTING_KEY: «rhex:32»  ⟦pagerduty-key|32 hex routing key under PAGERDUTY_ROUTING_KEY⟧
    DB_HOST: chargebacks.cluster-ro-c8kq2vn4mz.ap-southeast-2.rds.amazonaws.com

functions:
  ingest:
    handler: handler.ingest
    events:
      - sqs:
          arn: arn:aws:sqs:ap-southeast-2:306914827753:chargebacks-inbound
  notify:
    handler: handler.notify
    environment:
      SENDGRID_API_KEY: «sendgrid:1»  ⟦sendgrid-key|SendGrid key in function env⟧
      FROM_ADDRESS: disputes@tallowbrook.com.au

custom:
  pythonRequirements:
    dockerizePip: true
"""),
("infra/serverless/kyc-webhooks/serverless.yml", r"""
service: kyc-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  iam:
    role: arn:aws:iam::306914827753:role/kyc-webhooks-lambda
  environment:
    ONFIDO_WEBHOOK_TOKEN: ${env:ONFIDO_WEBHOOK_TOKEN}  ⟪env reference⟫
    KYC_TABLE: kyc-cases
    AWS_NODEJS_CONNECTION_REUSE_ENABLED: "1"

functions:
  receive:
    handler: dist/receive.handler
    url: true
"""),
("infra/codebuild/projects/payments-build.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: CodeBuild projects for the payments monorepo (shared services 149265803371)

Resources:
  PaymentsBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: payments-build
      ServiceRole: !GetAtt BuildRole.Arn
      Artifacts: { Type: NO_ARTIFACTS }
      Source:
        Type: CODECOMMIT
        Location: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/payments
        BuildSpec: ci/buildspec.yml
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: NPM_TOKEN
            Type: SECRETS_MANAGER
            Value: ci/npm:token  ⟪secrets manager typed variable⟫
          - Name: SONAR_HOST
            Type: PLAINTEXT
            Value: https://sonar.tbpay.internal
          - Name: SONAR_TOKEN
            Type: PLAINTEXT
            Value: squ_«rhex:40»  ⟦sonarqube-token|SonarQube user token in a PLAINTEXT variable⟧
          - Name: ARTIFACTORY_PASSWORD
            Type: PLAINTEXT
            Value: «pw:arti»  ⟦password|PLAINTEXT CodeBuild variable⟧
          - Name: DOCKERHUB_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/dockerhub/token
"""),
("infra/codebuild/projects/migrations.json", r"""
{
  "name": "ledger-migrations",
  "source": {
    "type": "S3",
    "location": "tallowbrook-ci-sources/ledger/migrations.zip",
    "buildspec": "version: 0.2\nphases:\n  build:\n    commands:\n      - flyway -url=jdbc:postgresql://ledger.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com/ledger -user=flyway -password=«pw:fly» migrate\n"  ⟦password|flyway -password in an inline buildspec⟧
  },
  "artifacts": {"type": "NO_ARTIFACTS"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "149265803371.dkr.ecr.ap-southeast-2.amazonaws.com/flyway:10",
    "computeType": "BUILD_GENERAL1_SMALL",
    "environmentVariables": [
      {"name": "FLYWAY_CONNECT_RETRIES", "value": "5", "type": "PLAINTEXT"},
      {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:m»", "type": "PLAINTEXT"},  ⟦aws-access-key-id|CodeBuild project JSON env⟧
      {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:m»", "type": "PLAINTEXT"},  ⟦aws-secret-access-key|CodeBuild project JSON env⟧
      {"name": "DB_SECRET", "value": "arn:aws:secretsmanager:ap-southeast-2:306914827753:secret:ledger/flyway-Qx7Lm2", "type": "SECRETS_MANAGER"}
    ]
  },
  "serviceRole": "arn:aws:iam::149265803371:role/codebuild-migrations"
}
"""),
("ci/buildspec.yml", r"""
version: 0.2

env:
  variables:
    NODE_OPTIONS: --max-old-space-size=4096
    AWS_DEFAULT_REGION: us-east-1
  parameter-store:
    SONAR_TOKEN: /ci/sonar/token  ⟪parameter-store reference⟫
  secrets-manager:
    NPM_TOKEN: ci/npm:token
    CODECOV_TOKEN: arn:aws:secretsmanager:us-east-1:149265803371:secret:ci/codecov-9TfK2q:token

phases:
  install:
    runtime-versions:
      nodejs: 20
    commands:
      - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc  ⟪shell variable⟫
      - npm ci
  build:
    commands:
      - npm run build
      - npm test -- --ci
  post_build:
    commands:
      - aws s3 sync dist/ s3://tallowbrook-web-artifacts/$CODEBUILD_RESOLVED_SOURCE_VERSION/
"""),
("ci/buildspec-release.yml", r"""
version: 0.2
env:
  variables:
    TWINE_USERNAME: __token__
    TWINE_PASSWORD: «pypi:1»  ⟦pypi-token|PyPI token in buildspec variables⟧
    GIT_AUTHOR_NAME: tallowbrook-release-bot
  exported-variables:
    - RELEASE_VERSION
phases:
  build:
    commands:
      - python -m build
      - twine upload --repository-url https://pypi.org/legacy/ dist/*
      - export RELEASE_VERSION=$(python -c 'import tb_sdk; print(tb_sdk.__version__)')
"""),
("ci/buildspec-e2e.yml", r"""
version: 0.2
phases:
  pre_build:
    commands:
      - aws sts get-caller-identity
      - export AWS_ACCESS_KEY_ID=«akid:e2e»  ⟦aws-access-key-id|exported in buildspec commands⟧
      - export AWS_SECRET_ACCESS_KEY=«awssec:e2e»  ⟦aws-secret-access-key|exported in buildspec commands⟧
      - export CYPRESS_BASE_URL=https://staging.tallowbrook.com.au
  build:
    commands:
      - npx cypress run --record --key $CYPRESS_RECORD_KEY  ⟪shell variable⟫
"""),
("infra/ec2/bastion.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: bastion host for the settlement VPC

Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a5c3558529277641
      InstanceType: t3.small
      IamInstanceProfile: bastion-ssm
      SubnetId: subnet-0a1b2c3d4e5f60718
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash -xe
          yum install -y amazon-cloudwatch-agent jq
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<'CREDS'
          [settlement]
          aws_access_key_id = «akid:bas»  ⟦aws-access-key-id|credentials file written by UserData⟧
          aws_secret_access_key = «awssec:bas»  ⟦aws-secret-access-key|credentials file written by UserData⟧
          CREDS
          /opt/aws/bin/cfn-signal -e $? --stack ${AWS::StackName} --resource Bastion --region ${AWS::Region}
"""),
("infra/ec2/batch-worker-lt.json", r"""
{
  "LaunchTemplateName": "batch-worker",
  "VersionDescription": "v14 settlement workers",
  "LaunchTemplateData": {
    "ImageId": "ami-0d9f7a2b3c4e5f601",
    "InstanceType": "c7g.xlarge",
    "IamInstanceProfile": {"Name": "batch-worker"},
    "MetadataOptions": {"HttpTokens": "required", "HttpPutResponseHopLimit": 2},
    "UserData": "«b64:ud:1»"  ⟦aws-b64|base64 UserData script exporting a key pair⟧
  }
}
"""),
("infra/ec2/reporting-lt.yaml", r"""
Resources:
  ReportingTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: reporting-node
      LaunchTemplateData:
        ImageId: ami-0c1f2e3d4a5b6c7d8
        InstanceType: r6i.large
        MetadataOptions:
          HttpTokens: required
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            set -euo pipefail
            REGION=${AWS::Region}
            DB_PASS=$(aws secretsmanager get-secret-value --secret-id reporting/db --query SecretString --output text --region $REGION)
            echo "export PGPASSWORD=$DB_PASS" >> /etc/profile.d/reporting.sh  ⟪value fetched at boot⟫
            echo "export METABASE_DB_PASS=«pw:mb»" >> /etc/profile.d/reporting.sh  ⟦password|literal password exported by UserData⟧
            systemctl enable --now metabase
"""),
("infra/stepfunctions/settlement.asl.json", r"""
{
  "Comment": "Nightly settlement run (prod, ap-southeast-2)",
  "StartAt": "ExtractBatches",
  "States": {
    "ExtractBatches": {
      "Type": "Task",
      "Resource": "arn:aws:states:::glue:startJobRun.sync",
      "Parameters": {
        "JobName": "settlement-extract",
        "Arguments": {
          "--source_jdbc_url": "jdbc:postgresql://ledger.cluster-ro-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com:5432/ledger",
          "--source_user": "settle_ro",
          "--source_password": "«pw:sfn»",  ⟦password|Glue argument passed by a state machine⟧
          "--run_date.$": "$.runDate"
        }
      },
      "Next": "NotifyClearingHouse"
    },
    "NotifyClearingHouse": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.northgateclearing.com.au/v1/batches",
        "Method": "POST",
        "Authentication": {
          "ConnectionArn": "arn:aws:events:ap-southeast-2:306914827753:connection/northgate/7c1e2a9b-3f4d-4e5a-9b6c-0d1e2f3a4b5c"  ⟪EventBridge connection ARN⟫
        },
        "RequestBody.$": "$.summary"
      },
      "End": true
    }
  }
}
"""),
("infra/stepfunctions/chargeback-review.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ReviewMachine:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: chargeback-review
      RoleArn: !GetAtt ReviewRole.Arn
      DefinitionSubstitutions:
        CaseApiKey: «hipw:40»  ⟦api-key|literal API key in DefinitionSubstitutions⟧
        QueueUrl: !Ref ReviewQueue
      DefinitionString: |
        {
          "StartAt": "OpenCase",
          "States": {
            "OpenCase": {
              "Type": "Task",
              "Resource": "arn:aws:states:::apigateway:invoke",
              "Parameters": {
                "ApiEndpoint": "cases.tbpay.internal",
                "Method": "POST",
                "Headers": {"x-api-key": ["${CaseApiKey}"]},  ⟪substitution reference⟫
                "Stage": "prod",
                "Path": "/cases"
              },
              "End": true
            }
          }
        }
  ReviewQueue:
    Type: AWS::SQS::Queue
"""),
("infra/cfn/apigw/partner-usage-plan.yaml", r"""
Resources:
  PartnerApiKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: northgate-clearing
      Enabled: true
      Value: «b62:40»  ⟦api-gateway-key|API Gateway ApiKey with a literal Value⟧
  GeneratedKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: reconciler-internal
      Enabled: true
      GenerateDistinctId: true
  UsagePlanKey:
    Type: AWS::ApiGateway::UsagePlanKey
    Properties:
      KeyId: !Ref PartnerApiKey
      KeyType: API_KEY
      UsagePlanId: !Ref PartnerPlan
  PartnerPlan:
    Type: AWS::ApiGateway::UsagePlan
    Properties:
      Throttle: {RateLimit: 50, BurstLimit: 100}
"""),
("infra/cfn/ssm/app-parameters.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: non-secret app parameters (secrets go to Secrets Manager)

Resources:
  LedgerUrl:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /payments/ledger-url
      Type: String
      Value: https://ledger.ap-southeast-2.tbpay.internal
  FeatureFlags:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /payments/feature-flags
      Type: String
      Value: '{"instant_payouts": true, "npp_osko": true, "apple_pay": false}'
  KmsCipher:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /payments/wrapped-data-key
      Type: String
      Value: «kmsblob:1»  ⟪KMS ciphertext blob⟫
  SftpPassword:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /payments/northgate/sftp-password
      Type: String
      Value: «pw:ssm»  ⟦password|password stored as a plain String parameter⟧
"""),
("infra/cfn/secrets/webhook-secrets.yaml", r"""
Resources:
  StripeWebhook:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payments/stripe-webhook
      GenerateSecretString:
        SecretStringTemplate: '{"endpoint": "https://pay.tallowbrook.com.au/hooks/stripe"}'
        GenerateStringKey: signing_secret
        PasswordLength: 48
        ExcludePunctuation: true
  AdyenHmac:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payments/adyen-hmac
      SecretString: '{"hmacKey":"«rhex:64»","merchantAccount":"TallowbrookAU"}'  ⟦app-secret-key|Adyen HMAC key in a literal SecretString⟧
"""),
("infra/cfn/glue/settlement-jobs.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ExtractJob:
    Type: AWS::Glue::Job
    Properties:
      Name: settlement-extract
      Role: arn:aws:iam::306914827753:role/glue-settlement
      GlueVersion: "4.0"
      Command:
        Name: glueetl
        ScriptLocation: s3://tallowbrook-glue-scripts-apse2/settlement/extract.py
      DefaultArguments:
        "--enable-metrics": "true"
        "--job-bookmark-option": job-bookmark-enable
        "--secret_id": ledger/settle-ro  ⟪secret name⟫
  CardVaultConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: cardvault-oracle
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@//cardvault-db01.dc.tallowbrook.internal:1521/CVPROD
          USERNAME: glue_reader
          PASSWORD: «pw:glue»  ⟦password|Glue connection PASSWORD⟧
"""),
("infra/cfn/stacksets/audit-role.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: cross-account audit role deployed to every account by StackSets

Parameters:
  SecurityAccountId:
    Type: String
    Default: "720458193362"
  ExternalId:
    Type: String
    NoEcho: true

Resources:
  AuditRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: tb-security-audit
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub arn:aws:iam::${SecurityAccountId}:root
            Action: sts:AssumeRole
            Condition:
              StringEquals:
                sts:ExternalId: !Ref ExternalId  ⟪NoEcho reference⟫
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/SecurityAudit
"""),
("infra/cfn/cognito/userpool.json", r"""
{
  "Resources": {
    "CustomerPool": {
      "Type": "AWS::Cognito::UserPool",
      "Properties": {
        "UserPoolName": "tallowbrook-customers",
        "MfaConfiguration": "OPTIONAL"
      }
    },
    "GoogleIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": {"Ref": "CustomerPool"},
        "ProviderName": "Google",
        "ProviderType": "Google",
        "ProviderDetails": {
          "client_id": "«digits:12»-«b62:32».apps.googleusercontent.com",
          "client_secret": "«gocspx:1»",  ⟦google-oauth-secret|Cognito IdP client_secret⟧
          "authorize_scopes": "openid email profile"
        }
      }
    },
    "AppleIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": {"Ref": "CustomerPool"},
        "ProviderName": "SignInWithApple",
        "ProviderType": "SignInWithApple",
        "ProviderDetails": {
          "client_id": "au.com.tallowbrook.app",
          "team_id": "7QK2M9X4RB",
          "key_id": "K8L2N4P6Q9",
          "private_key": "«pemjson:pkcs8:ec_jwt»"  ⟦private-key|Apple private key inside CFN JSON⟧
        }
      }
    }
  }
}
"""),
("infra/cfn/lambda/ip-allowlist-sync.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  SyncFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: !GetAtt SyncRole.Arn
      Environment:
        Variables:
          CLOUDFLARE_ZONE_ID: «rhex:32»  ⟪zone id, an identifier⟫
          CLOUDFLARE_API_TOKEN: «b62:40»  ⟦cloudflare-token|Cloudflare API token under its provider name⟧
      Code:
        ZipFile: |
          import os, json, urllib.request
          def handler(event, context):
              token = os.environ["CLOUDFLARE_API_TOKEN"]
              req = urllib.request.Request(
                  "https://api.cloudflare.com/client/v4/zones/%s/firewall/rules" % os.environ["CLOUDFLARE_ZONE_ID"],
                  headers={"Authorization": "Bearer " + token})
              return json.load(urllib.request.urlopen(req))
"""),
("infra/cfn/README.md", r"""
# CloudFormation stacks

Deploy with `rain deploy` or the pipeline. Account map:

| account | id | regions |
|---|---|---|
| prod | 306914827753 | ap-southeast-2, us-east-1 |
| staging | 582031467719 | ap-southeast-2 |
| shared-services | 149265803371 | us-east-1 |
| security | 720458193362 | us-east-1 |

Never put a literal in a password property. Use a dynamic reference:

```yaml
MasterUserPassword: '{{resolve:secretsmanager:ledger/master:SecretString:password}}'
```

or a `NoEcho` parameter with no `Default`. In docs, use the AWS documentation key
`AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.  ⟪AWS documentation key⟫
"""),
("infra/cfn/network/vpc.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: core network (one per account and region)

Parameters:
  CidrBlock:
    Type: String
    Default: 10.40.0.0/16

Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref CidrBlock
      EnableDnsHostnames: true
      Tags:
        - Key: Name
          Value: !Sub "${AWS::StackName}-vpc"
  PrivateA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [0, !GetAZs ""]
      CidrBlock: !Select [0, !Cidr [!GetAtt Vpc.CidrBlock, 6, 12]]
  PrivateB:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      AvailabilityZone: !Select [1, !GetAZs ""]
      CidrBlock: !Select [1, !Cidr [!GetAtt Vpc.CidrBlock, 6, 12]]
  FlowLogs:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: REJECT
      LogDestinationType: s3
      LogDestination: !Sub "arn:aws:s3:::tallowbrook-flowlogs-${AWS::AccountId}"

Outputs:
  VpcId:
    Value: !Ref Vpc
    Export: {Name: core-network-VpcId}
  PrivateSubnets:
    Value: !Join [",", [!Ref PrivateA, !Ref PrivateB]]
    Export: {Name: core-network-PrivateSubnets}
"""),
("infra/cfn/rds/ledger-proxy.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  LedgerProxy:
    Type: AWS::RDS::DBProxy
    Properties:
      DBProxyName: ledger-proxy
      EngineFamily: POSTGRESQL
      RequireTLS: true
      RoleArn: !GetAtt ProxyRole.Arn
      VpcSubnetIds: !Split [",", !ImportValue core-network-PrivateSubnets]
      Auth:
        - AuthScheme: SECRETS
          IAMAuth: REQUIRED
          SecretArn: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:ledger/app-credentials  ⟪SecretArn⟫
  ProxyRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: rds.amazonaws.com}
            Action: sts:AssumeRole
"""),
("infra/cfn/kms/keys.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "LedgerKey": {
      "Type": "AWS::KMS::Key",
      "Properties": {
        "Description": "ledger data at rest",
        "EnableKeyRotation": true,
        "KeyPolicy": {
          "Version": "2012-10-17",
          "Statement": [
            {"Sid": "root", "Effect": "Allow", "Principal": {"AWS": {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:root"}}, "Action": "kms:*", "Resource": "*"},
            {"Sid": "security-audit", "Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::720458193362:role/tb-security-audit"}, "Action": ["kms:DescribeKey", "kms:GetKeyPolicy"], "Resource": "*"}
          ]
        }
      }
    },
    "LedgerKeyAlias": {
      "Type": "AWS::KMS::Alias",
      "Properties": {"AliasName": "alias/ledger", "TargetKeyId": {"Ref": "LedgerKey"}}
    }
  },
  "Outputs": {
    "LedgerKeyArn": {"Value": {"Fn::GetAtt": ["LedgerKey", "Arn"]}, "Export": {"Name": "security-kms-LedgerKeyArn"}}
  }
}
"""),
("infra/cfn/observability/alarms.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "OncallTopic": {
      "Type": "AWS::SNS::Topic",
      "Properties": {
        "TopicName": "payments-oncall",
        "KmsMasterKeyId": "alias/aws/sns",
        "Subscription": [{"Protocol": "https", "Endpoint": "https://events.pagerduty.com/integration/{{resolve:ssm:/oncall/pagerduty-integration-key}}/enqueue"}]  ⟪resolve inside a URL⟫
      }
    },
    "SettlementLate": {
      "Type": "AWS::CloudWatch::Alarm",
      "Properties": {
        "AlarmName": "settlement-batch-late",
        "Namespace": "Tallowbrook/Settlement",
        "MetricName": "MinutesSinceLastBatch",
        "Statistic": "Maximum",
        "Period": 300,
        "EvaluationPeriods": 1,
        "Threshold": 120,
        "ComparisonOperator": "GreaterThanThreshold",
        "AlarmActions": [{"Ref": "OncallTopic"}]
      }
    }
  }
}
"""),
]

