"""fresh5 templates, infrastructure as code: CloudFormation (YAML with short-form tags, JSON), parameter files,
SAM + samconfig, serverless.yml, ECS, CodeBuild, UserData / launch templates, Kubernetes, compose, Docker,
Terraform, CDK. Markers: see render.py and README.md."""

FILES = [
    ("infra/cfn/booking-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Booking service Aurora PostgreSQL cluster (Quillfern Health, prod us-east-2)
Parameters:
  Environment:
    Type: String
    AllowedValues: [prod, staging]
  MasterPassword:
    Type: String
    NoEcho: true
    MinLength: 12
Resources:
  BookingDbSubnets:
    Type: AWS::RDS::DBSubnetGroup
    Properties:
      DBSubnetGroupDescription: booking
      SubnetIds: !Split [",", !ImportValue core-net-private-subnets]
  BookingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: "15.4"
      DatabaseName: booking
      MasterUsername: qf_admin
      MasterUserPassword: !Ref MasterPassword  ⟪!Ref of a NoEcho parameter without Default⟫
      DBSubnetGroupName: !Ref BookingDbSubnets
      KmsKeyId: !Sub "arn:aws:kms:${AWS::Region}:${AWS::AccountId}:key/«uuid:kms1»"  ⟪KMS key id is a UUID⟫
      StorageEncrypted: true
  ReportingReplicaUser:
    Type: AWS::SSM::Parameter
    Properties:
      Name: !Sub /qf/${Environment}/booking/reporting-user
      Type: String
      Value: reporting_ro
Outputs:
  ClusterEndpoint:
    Value: !GetAtt BookingCluster.Endpoint.Address
"""),
    ("infra/cfn/reminders-cache.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Redis for appointment reminder de-duplication
Parameters:
  CacheAuthToken:
    Type: String
    NoEcho: true
    Default: «pwr:redis1»  ⟦password|NoEcho Default holds the real token⟧
Resources:
  ReminderCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: reminders
      Engine: redis
      CacheNodeType: cache.t4g.small
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: !Ref CacheAuthToken
"""),
    ("infra/cfn/patients-docdb.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  PatientsDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: patients
      MasterUserPassword: "{{resolve:secretsmanager:qf/prod/patients-docdb:SecretString:password}}"  ⟪dynamic reference⟫
      StorageEncrypted: true
  PatientsArchiveDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: archive
      MasterUserPassword: «pw:docdb2»  ⟦password|literal DocDB master password⟧
  IntakeQueueBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: intake
      EngineType: RABBITMQ
      EngineVersion: "3.11.20"
      HostInstanceType: mq.t3.micro
      DeploymentMode: SINGLE_INSTANCE
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: intake_app
          Password: '{{resolve:ssm-secure:/qf/prod/intake/mq-password:3}}'  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/cfn/search-domain.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Provider directory search (OpenSearch)",
  "Resources": {
    "ProviderSearch": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "EngineVersion": "OpenSearch_2.11",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "qf-search-admin",
            "MasterUserPassword": "«pw:os1»"  ⟦password|OpenSearch master password in JSON template⟧
          }
        },
        "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "«uuid:kms2»"}  ⟪KMS key UUID⟫
      }
    },
    "SearchIndexerFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "indexer.handler",
        "Role": {"Fn::GetAtt": ["IndexerRole", "Arn"]},
        "Code": {"S3Bucket": "qf-artifacts-583920174465", "S3Key": "indexer/«gitsha:idx».zip"},  ⟪git SHA in artifact key⟫
        "Environment": {
          "Variables": {
            "OPENSEARCH_USER": "qf-search-admin",
            "OPENSEARCH_PASSWORD": {"Ref": "SearchPasswordParam"},
            "AWS_ACCESS_KEY_ID_INDEXER": "«akid:idx»",  ⟦aws-key-id|indexer key ID in Lambda env⟧
            "AWS_SECRET_ACCESS_KEY_INDEXER": "«awssec:idx»"  ⟦aws-secret|indexer secret in Lambda env⟧
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/params/booking-prod.json", r"""
[
  {"ParameterKey": "Environment", "ParameterValue": "prod"},
  {"ParameterKey": "MasterPassword", "ParameterValue": "«pw:bookdb»"},  ⟦password|CFN parameter file⟧
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0«hex32:vpc»"}
]
"""),
    ("infra/cfn/params/booking-staging.json", r"""
[
  {"ParameterKey": "Environment", "ParameterValue": "staging"},
  {"ParameterKey": "MasterPassword", "ParameterValue": "<set-in-pipeline>"}  ⟪placeholder parameter value⟫
]
"""),
    ("infra/cfn/params/reminders-prod.properties", r"""
# aws cloudformation deploy --parameter-overrides $(cat reminders-prod.properties)
Environment=prod
TwilioAccountSid=«twsid:main»  ⟪Twilio account SID is an identifier⟫
TwilioAuthToken=«hex32:twauth»  ⟦twilio|Twilio auth token in parameter overrides⟧
ReminderWindowHours=24
"""),
    ("infra/cfn/iam-integration-users.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: IAM users for the EHR integration partners
Resources:
  EhrPartnerUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ehr-partner-sync
  EhrPartnerKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref EhrPartnerUser
  EhrPartnerSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qf/prod/ehr-partner-key
      SecretString: !Sub '{"id":"${EhrPartnerKey}","secret":"${EhrPartnerKey.SecretAccessKey}"}'  ⟪Sub of GetAtt output, no literal⟫
Outputs:
  PartnerKeyId:
    Value: !Ref EhrPartnerKey
  PartnerSecret:
    Value: !GetAtt EhrPartnerKey.SecretAccessKey  ⟪GetAtt SecretAccessKey⟫
"""),
    ("infra/cfn/legacy-sftp.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Legacy SFTP drop for clinic fax imports (to be retired Q3)
Resources:
  FaxImportSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qf/prod/fax-import
      SecretString: '{"username":"faxdrop","password":"«pw:faxdrop»"}'  ⟦password|SecretString literal JSON⟧
  FaxImportKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: qf/prod/fax-import-aws
      GenerateSecretString:
        SecretStringTemplate: '{"username":"faxdrop"}'
        GenerateStringKey: password
        PasswordLength: 32
"""),
    ("infra/cfn/clinic-kiosk-asg.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  KioskAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64
Resources:
  KioskLaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: !Ref KioskAmi
        InstanceType: t3.small
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            set -euo pipefail
            dnf install -y amazon-cloudwatch-agent jq
            export QF_REGION=${AWS::Region}
            export AWS_ACCESS_KEY_ID=«akid:kiosk»  ⟦aws-key-id|UserData export⟧
            export AWS_SECRET_ACCESS_KEY=«awssec:kiosk»  ⟦aws-secret|UserData export⟧
            aws s3 cp s3://qf-kiosk-bundles-583920174465/kiosk.tar.gz /opt/kiosk.tar.gz
            KIOSK_DB_PASS=$(aws ssm get-parameter --with-decryption --name /qf/prod/kiosk/db --query Parameter.Value --output text)  ⟪value read from SSM at boot⟫
            echo "DB_PASSWORD=$KIOSK_DB_PASS" >> /etc/kiosk.env
"""),
    ("infra/cfn/video-relay-ec2.json", r"""
{
  "Resources": {
    "RelayInstance": {
      "Type": "AWS::EC2::Instance",
      "Properties": {
        "ImageId": "ami-0«hex32:ami»",
        "InstanceType": "c6i.large",
        "UserData": {"Fn::Base64": {"Fn::Join": ["", [
          "#!/bin/bash\n",
          "echo 'turn_secret=«hex64:turn»' >> /etc/turnserver.conf\n",  ⟦app-secret|TURN static-auth secret in UserData⟧
          "echo 'realm=video.quillfern.health' >> /etc/turnserver.conf\n",
          "systemctl restart coturn\n"
        ]]}}
      }
    }
  }
}
"""),
    ("infra/cfn/launch-template-data.b64", r"""
«b64:ud:1»  ⟦?password|base64 UserData with a DB password (not an AWS key)⟧
"""),
    ("infra/cfn/analytics-glue.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  ClaimsExportJob:
    Type: AWS::Glue::Job
    Properties:
      Role: !GetAtt GlueRole.Arn
      Command:
        Name: glueetl
        ScriptLocation: s3://qf-glue-scripts/claims_export.py
      DefaultArguments:
        "--job-language": python
        "--warehouse_user": claims_etl
        "--warehouse_password": «pw:glue1»  ⟦password|Glue DefaultArguments⟧
        "--secret_name": qf/prod/warehouse  ⟪name of a secret⟫
  BillingConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://billing.cluster-c«b62:12-rds».us-east-2.rds.amazonaws.com:5432/billing
          USERNAME: glue_reader
          PASSWORD: «pw:glue2»  ⟦password|Glue connection PASSWORD⟧
  PayerConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:mysql://payers.internal:3306/payers
          SECRET_ID: qf/prod/payers-jdbc  ⟪secret id reference⟫
"""),
    ("infra/cfn/api-stage.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  PublicApiStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref PublicApi
      StageName: v1
      Variables:
        backendHost: booking.internal.quillfern.health
        insurerApiKey: «b62:40-insurer»  ⟦?app-secret|unprefixed partner API key in a stage variable⟧
        featureFlags: "reminders,waitlist"
        requestIdHeader: X-Request-Id
"""),
    ("infra/cfn/state-machine.json", r"""
{
  "Comment": "Nightly insurance eligibility refresh",
  "StartAt": "FetchRoster",
  "States": {
    "FetchRoster": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://eligibility.claimbridge.io/v2/roster",
        "Method": "GET",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:583920174465:connection/claimbridge/«uuid:conn»"}  ⟪connection ARN with UUID⟫
      },
      "Next": "Notify"
    },
    "Notify": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://events.pagerduty.com/v2/enqueue",
        "Method": "POST",
        "RequestBody": {"routing_key": "«hex32:pdroute»", "event_action": "trigger"}  ⟦pagerduty|PagerDuty routing key in state machine⟧
      },
      "End": true
    }
  }
}
"""),
    ("infra/cfn/events-connection.yaml", r"""
Resources:
  ClaimBridgeConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: !Sub "{{resolve:secretsmanager:qf/prod/claimbridge:SecretString:apiKey}}"  ⟪dynamic reference⟫
  StatusPageConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: qf-status
          Password: «pw:statuspage»  ⟦password|EventBridge connection basic auth⟧
"""),
    ("infra/sam/reminders/template.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 15
    Environment:
      Variables:
        LOG_LEVEL: info
        POWERTOOLS_SERVICE_NAME: reminders
Parameters:
  SendGridKey:
    Type: String
    NoEcho: true
Resources:
  SendReminderFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/send.handler
      Environment:
        Variables:
          SENDGRID_API_KEY: !Ref SendGridKey  ⟪Ref of NoEcho param⟫
          TWILIO_ACCOUNT_SID: «twsid:main»  ⟪Twilio SID identifier⟫
          TWILIO_AUTH_TOKEN: "{{resolve:secretsmanager:qf/prod/twilio:SecretString:authToken}}"  ⟪dynamic reference⟫
          FROM_NUMBER: "+13125550182"
  DigestFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/digest.handler
      Environment:
        Variables:
          SLACK_WEBHOOK_URL: «slackhook:digest»  ⟦slack-webhook|SAM env webhook⟧
          DIGEST_CHANNEL: "#clinic-ops"
"""),
    ("infra/sam/reminders/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "qf-reminders"
resolve_s3 = true
s3_prefix = "qf-reminders"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "SendGridKey=«sg:rem» Environment=prod"  ⟦sendgrid|samconfig parameter_overrides⟧
image_repositories = []

[staging.deploy.parameters]
stack_name = "qf-reminders-staging"
region = "us-east-2"
parameter_overrides = "SendGridKey=${SENDGRID_KEY_STAGING} Environment=staging"  ⟪shell variable placeholder⟫
"""),
    ("infra/sam/intake/template.yml", r"""
Transform: AWS::Serverless-2016-10-31
Resources:
  IntakeFormFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Environment:
        Variables:
          DB_HOST: intake.cluster-ro-c«b62:12-rds2».us-east-2.rds.amazonaws.com
          DB_PASSWORD_PARAM: /qf/prod/intake/db-password  ⟪SSM path⟫
          RECAPTCHA_SITE_KEY: 6Lc«b62:37-rc»  ⟪reCAPTCHA site key is public⟫
          FORM_SIGNING_KEY: «b64sec:32-form»  ⟦app-secret|HMAC signing key in Lambda env⟧
      Policies:
        - SSMParameterReadPolicy:
            ParameterName: qf/prod/intake/*
"""),
    ("infra/serverless/calendar-sync/serverless.yml", r"""
service: qf-calendar-sync
frameworkVersion: "3"
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  environment:
    GOOGLE_CLIENT_ID: 58310447612-«b62:32-gcid».apps.googleusercontent.com  ⟪OAuth client id is public⟫
    GOOGLE_CLIENT_SECRET: GOCSPX-«b62:28-gcs»  ⟦app-secret|Google OAuth client secret⟧
    MS_GRAPH_TENANT: «uuid:tenant»  ⟪tenant id UUID⟫
    MS_GRAPH_SECRET: ${ssm:/qf/${sls:stage}/calendar/msgraph-secret}  ⟪serverless ssm variable⟫
    DATADOG_API_KEY: ${env:DATADOG_API_KEY}  ⟪env variable reference⟫
functions:
  pull:
    handler: dist/pull.handler
    events:
      - schedule: rate(10 minutes)
custom:
  datadog:
    apiKey: «hex32:ddcal»  ⟦datadog|Datadog API key under custom.datadog⟧
    site: datadoghq.com
"""),
    ("infra/serverless/waitlist/serverless.yml", r"""
service: qf-waitlist
provider:
  name: aws
  runtime: python3.12
  environment:
    STRIPE_SECRET_KEY: ${ssm:/aws/reference/secretsmanager/qf/prod/stripe}  ⟪secrets manager reference⟫
    STRIPE_PUBLISHABLE_KEY: «pklive:wl»  ⟪Stripe publishable key⟫
    WAITLIST_DB_URL: postgresql://waitlist:«pwu:wl»@waitlist.cluster-c«b62:12-rds3».us-east-2.rds.amazonaws.com:5432/waitlist  ⟦conn-string|postgres URL with password⟧
functions:
  promote:
    handler: handler.promote
"""),
    ("infra/ecs/booking-api-taskdef.json", r"""
{
  "family": "booking-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::583920174465:role/booking-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "583920174465.dkr.ecr.us-east-2.amazonaws.com/booking-api@sha256:«sha256:img1»",  ⟪image digest⟫
      "essential": true,
      "environment": [
        {"name": "DJANGO_SETTINGS_MODULE", "value": "booking.settings.prod"},
        {"name": "DJANGO_SECRET_KEY", "value": "«djsecret:book»"},  ⟦app-secret|Django SECRET_KEY in task env⟧
        {"name": "STRIPE_API_KEY", "value": "«sklive:book»"},  ⟦stripe|Stripe live secret in task env⟧
        {"name": "SENTRY_DSN", "value": "«sentrypub:book»"}  ⟪modern public Sentry DSN⟫
      ],
      "secrets": [
        {"name": "DATABASE_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:583920174465:secret:qf/prod/booking-db-«b62:6-sfx»:password::"},  ⟪valueFrom secrets manager⟫
        {"name": "REDIS_AUTH", "valueFrom": "arn:aws:ssm:us-east-2:583920174465:parameter/qf/prod/booking/redis-auth"}  ⟪valueFrom SSM⟫
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {"awslogs-group": "/ecs/booking-api", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "api"}
      }
    }
  ]
}
"""),
    ("infra/ecs/fax-gateway-taskdef.json", r"""
{
  "family": "fax-gateway",
  "containerDefinitions": [
    {
      "name": "fax",
      "image": "941736025518.dkr.ecr.us-east-2.amazonaws.com/fax-gateway:2.4.1",
      "environment": [
        {"name": "ASPNETCORE_ENVIRONMENT", "value": "Production"},
        {"name": "ConnectionStrings__Fax", "value": "Server=faxdb.internal;Database=fax;User Id=fax_svc;Password=«pw:faxsql»;Encrypt=True"},  ⟦conn-string|SQL Server connection string⟧
        {"name": "Phaxio__ApiKey", "value": "«hex40:phxk»"},  ⟦?app-secret|unprefixed fax API key under a provider-named key⟧
        {"name": "Phaxio__ApiSecret", "value": "«hex40:phxs»"},  ⟦app-secret|fax API secret⟧
        {"name": "AWS_REGION", "value": "us-east-2"}
      ]
    }
  ]
}
"""),
    ("infra/ecs/worker-taskdef.yaml", r"""
# rendered by ecs-deploy from the worker chart
family: reminders-worker
containerDefinitions:
  - name: worker
    image: 583920174465.dkr.ecr.us-east-2.amazonaws.com/reminders-worker:«gitsha:rw»  ⟪git SHA image tag⟫
    environment:
      - name: QUEUE_URL
        value: https://sqs.us-east-2.amazonaws.com/583920174465/reminders
      - name: AWS_SESSION_TOKEN
        value: «sesstok:worker»  ⟦aws-session-token|session token pasted into task env⟧
      - name: AWS_ACCESS_KEY_ID
        value: «asia:worker»  ⟦aws-key-id|temporary ASIA key ID⟧
      - name: AWS_SECRET_ACCESS_KEY
        value: «awssec:worker»  ⟦aws-secret|temporary secret⟧
"""),
    ("infra/codebuild/booking-buildspec.yml", r"""
version: 0.2
env:
  variables:
    DOCKER_BUILDKIT: "1"
    IMAGE_REPO: 583920174465.dkr.ecr.us-east-2.amazonaws.com/booking-api
  parameter-store:
    SONAR_TOKEN: /qf/ci/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_PASS: qf/ci/dockerhub:password  ⟪secrets-manager reference⟫
phases:
  pre_build:
    commands:
      - aws ecr get-login-password --region us-east-2 | docker login --username AWS --password-stdin $IMAGE_REPO
      - echo "$DOCKERHUB_PASS" | docker login -u qfbuild --password-stdin
  build:
    commands:
      - docker build -t $IMAGE_REPO:$CODEBUILD_RESOLVED_SOURCE_VERSION .
      - docker push $IMAGE_REPO:$CODEBUILD_RESOLVED_SOURCE_VERSION
"""),
    ("infra/codebuild/portal-buildspec.yml", r"""
version: 0.2
env:
  variables:
    NODE_ENV: production
    NPM_TOKEN: «npm:portal»  ⟦npm|npm token in buildspec variables⟧
    VITE_MAPBOX_TOKEN: «mappk:quillfern»  ⟪public Mapbox pk token⟫
    SENTRY_AUTH_TOKEN: «sntrys:portal»  ⟦app-secret|Sentry org auth token⟧
phases:
  install:
    commands:
      - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc  ⟪variable reference⟫
      - npm ci
  build:
    commands:
      - npm run build
"""),
    ("infra/codebuild/projects.json", r"""
{
  "projects": [
    {
      "name": "qf-booking-ci",
      "source": {"type": "GITHUB", "location": "https://github.com/quillfern/booking.git"},
      "environment": {
        "type": "LINUX_CONTAINER",
        "image": "aws/codebuild/standard:7.0",
        "computeType": "BUILD_GENERAL1_MEDIUM",
        "environmentVariables": [
          {"name": "SONAR_TOKEN", "value": "/qf/ci/sonar-token", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE type⟫
          {"name": "GH_TOKEN", "value": "qf/ci/github:token", "type": "SECRETS_MANAGER"},  ⟪SECRETS_MANAGER type⟫
          {"name": "CODECOV_TOKEN", "value": "«uuid:codecov»", "type": "PLAINTEXT"},  ⟦?app-secret|Codecov upload token is a UUID⟧
          {"name": "DEPLOY_BOT_TOKEN", "value": "«ghp:deploybot»", "type": "PLAINTEXT"}  ⟦github|GitHub PAT as PLAINTEXT env⟧
        ]
      }
    },
    {
      "name": "qf-analytics-nightly",
      "environment": {
        "environmentVariables": [
          {"name": "DATABRICKS_TOKEN", "value": "«dapi:nightly»", "type": "PLAINTEXT"},  ⟦databricks|Databricks token⟧
          {"name": "DATABRICKS_HOST", "value": "https://dbc-«hex32:dbc».cloud.databricks.com", "type": "PLAINTEXT"}
        ]
      }
    }
  ]
}
"""),
    ("infra/codebuild/project.yaml", r"""
Resources:
  MigrationsProject:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: qf-migrations
      ServiceRole: !GetAtt MigrationsRole.Arn
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: NO_SOURCE
        BuildSpec: |
          version: 0.2
          phases:
            build:
              commands:
                - PGPASSWORD=«pw:migr» psql -h booking.cluster-c«b62:12-rds».us-east-2.rds.amazonaws.com -U qf_admin booking -f migrate.sql  ⟦password|PGPASSWORD in inline buildspec⟧
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: DB_PASSWORD
            Type: SECRETS_MANAGER
            Value: qf/prod/booking-db:password  ⟪SECRETS_MANAGER env var⟫
          - Name: FLYWAY_LICENSE_KEY
            Type: PLAINTEXT
            Value: FL01«hex64:flyway»  ⟦?app-secret|licence key in PLAINTEXT env⟧
"""),
    ("infra/k8s/booking/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-aws
  namespace: booking
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8s1»  ⟦aws-b64|base64 key ID in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8s1»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: «b64:lit:us-east-2»
"""),
    ("infra/k8s/booking/db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: booking-db
  namespace: booking
type: Opaque
data:
  username: «b64:lit:booking»
  password: «b64:pw:k8sdb»  ⟦?password-b64|base64 password in Secret data⟧
stringData:
  DATABASE_URL: postgres://booking:«pwu:k8sdb2»@booking-pg.booking.svc:5432/booking  ⟦conn-string|stringData URL⟧
"""),
    ("infra/k8s/reminders/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: reminders-twilio
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: reminders-twilio
  data:
    - secretKey: authToken
      remoteRef:
        key: qf/prod/twilio  ⟪remoteRef key⟫
        property: authToken
"""),
    ("infra/k8s/reminders/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: reminders
spec:
  replicas: 3
  template:
    metadata:
      annotations:
        checksum/config: «sha256:cfgsum»  ⟪config checksum annotation⟫
    spec:
      serviceAccountName: reminders
      containers:
        - name: reminders
          image: 583920174465.dkr.ecr.us-east-2.amazonaws.com/reminders:3.8.0
          env:
            - name: TWILIO_AUTH_TOKEN
              valueFrom:
                secretKeyRef: {name: reminders-twilio, key: authToken}  ⟪secretKeyRef⟫
            - name: TWILIO_API_KEY_SID
              value: «twsk:rem»  ⟪Twilio API key SID (identifier)⟫
            - name: TWILIO_API_KEY_SECRET
              value: «b62:32-twsec»  ⟦twilio|Twilio API key secret⟧
            - name: REDIS_PASSWORD
              value: «pwr:remredis»  ⟦password|plain env in Deployment⟧
"""),
    ("infra/k8s/sealed/booking-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: booking-stripe
  namespace: booking
spec:
  encryptedData:
    STRIPE_API_KEY: «sealed:s1»  ⟪SealedSecret ciphertext⟫
    STRIPE_WEBHOOK_SECRET: «sealed:s2»  ⟪SealedSecret ciphertext⟫
"""),
    ("infra/k8s/sops/patients.enc.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: patients-app
stringData:
  DB_PASSWORD: «sops:p1»  ⟪SOPS encrypted value⟫
  HL7_SHARED_KEY: «sops:p2»  ⟪SOPS encrypted value⟫
sops:
  kms:
    - arn: arn:aws:kms:us-east-2:583920174465:key/«uuid:sopskms»
      created_at: "2026-03-02T10:11:12Z"
      enc: «kmsblob:sops»  ⟪SOPS KMS data key ciphertext⟫
  lastmodified: "2026-03-02T10:11:14Z"
  mac: «sops:mac»  ⟪SOPS MAC⟫
  version: 3.8.1
"""),
    ("infra/k8s/analytics/aws-creds-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: spark-aws-credentials
  namespace: analytics
type: Opaque
data:
  credentials: «b64:credfile:spark»  ⟦aws-b64|whole credentials file base64⟧
  config: W2RlZmF1bHRdCnJlZ2lvbiA9IHVzLWVhc3QtMgo=
"""),
    ("infra/k8s/analytics/registry-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:ghcr»  ⟦github|base64 dockerconfigjson with a GitHub token⟧
"""),
    ("infra/helm/booking/values-prod.yaml", r"""
image:
  repository: 583920174465.dkr.ecr.us-east-2.amazonaws.com/booking-api
  tag: "4.12.0"
  digest: sha256:«sha256:img2»  ⟪image digest⟫
env:
  DJANGO_ALLOWED_HOSTS: booking.quillfern.health
  EMAIL_HOST_PASSWORD: «pw:smtp1»  ⟦password|Helm values env⟧
  DD_API_KEY: "{{ .Values.global.ddApiKey }}"  ⟪Helm template reference⟫
postgresql:
  auth:
    username: booking
    existingSecret: booking-db
    password: ""  ⟪empty⟫
redis:
  auth:
    password: changeme  ⟪documented default changeme⟫
"""),
    ("infra/helm/booking/values-staging.yaml", r"""
env:
  DJANGO_ALLOWED_HOSTS: booking.staging.quillfern.health
  EMAIL_HOST_PASSWORD: ${SMTP_PASSWORD}  ⟪env placeholder⟫
global:
  ddApiKey: <your-datadog-api-key>  ⟪angle-bracket placeholder⟫
"""),
    ("infra/compose/docker-compose.yml", r"""
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: booking
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-postgres}  ⟪variable with local default⟫
  localstack:
    image: localstack/localstack:3.5
    environment:
      - AWS_ACCESS_KEY_ID=test  ⟪LocalStack test creds⟫
      - AWS_SECRET_ACCESS_KEY=test  ⟪LocalStack test creds⟫
  mailhog:
    image: mailhog/mailhog
  booking:
    build: ../../services/booking
    environment:
      DATABASE_URL: postgres://booking:${POSTGRES_PASSWORD:-postgres}@postgres:5432/booking  ⟪variable in URL⟫
      MAPBOX_TOKEN: «mapsk:quillfern»  ⟦mapbox|Mapbox secret sk token⟧
"""),
    ("infra/compose/docker-compose.prod-like.yml", r"""
services:
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: intake
      RABBITMQ_DEFAULT_PASS: «pw:rabbit»  ⟦password|compose RabbitMQ password⟧
  grafana:
    image: grafana/grafana:11.0.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: «pw:grafadmin»  ⟦password|Grafana admin password⟧
      GF_AUTH_GENERIC_OAUTH_CLIENT_ID: qf-grafana
"""),
    ("services/booking/Dockerfile", r"""
FROM python:3.12-slim@sha256:«sha256:pybase»  ⟪base image digest⟫
ARG PIP_INDEX_URL
ENV PYTHONDONTWRITEBYTECODE=1 \
    PIP_NO_CACHE_DIR=1
ENV PIP_EXTRA_INDEX_URL=https://qf-ci:«pwu:pipidx»@pypi.qf-internal.net/simple/  ⟦conn-string|index URL with password in Dockerfile⟧
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
CMD ["gunicorn", "booking.wsgi", "-b", "0.0.0.0:8000"]
"""),
    ("services/fax-gateway/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
ENV AWS_ACCESS_KEY_ID=«akid:faxdocker»  ⟦aws-key-id|Dockerfile ENV⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:faxdocker»  ⟦aws-secret|Dockerfile ENV⟧
ENV AWS_DEFAULT_REGION=us-east-2
COPY publish/ /app
ENTRYPOINT ["dotnet", "/app/FaxGateway.dll"]
"""),
    ("services/portal/Dockerfile", r"""
FROM node:20-alpine AS build
ARG NPM_TOKEN
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪build secret mount⟫
ENV VITE_SENTRY_DSN=«sentrypub:portal»  ⟪public browser Sentry DSN⟫
ENV VITE_STRIPE_PK=«pklive:portal»  ⟪publishable key⟫
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
"""),
    ("infra/terraform/prod/main.tf", r"""
terraform {
  backend "s3" {
    bucket         = "qf-tfstate-583920174465"
    key            = "prod/core.tfstate"
    region         = "us-east-2"
    dynamodb_table = "qf-tf-locks"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:tfprov»"  ⟦aws-key-id|provider access_key⟧
  secret_key = "«awssec:tfprov»"  ⟦aws-secret|provider secret_key⟧
}

resource "aws_db_instance" "payers" {
  identifier        = "payers"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  username          = "payers_admin"
  password          = var.payers_db_password  ⟪variable reference⟫
  allocated_storage = 50
}

resource "aws_iam_access_key" "ehr_sync" {
  user    = aws_iam_user.ehr_sync.name
  pgp_key = "keybase:quillfern_ops"  ⟪pgp_key keybase reference⟫
}

data "aws_secretsmanager_secret_version" "warehouse" {
  secret_id = "qf/prod/warehouse"  ⟪secret lookup⟫
}
"""),
    ("infra/terraform/prod/variables.tf", r"""
variable "payers_db_password" {
  type      = string
  sensitive = true
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
  default   = "«pd:tfvar»"  ⟦pagerduty|PagerDuty API token as variable default⟧
}

variable "datadog_app_key" {
  type    = string
  default = "«hex40:ddapp»"  ⟦datadog|Datadog application key default⟧
}

variable "kms_key_alias" {
  type    = string
  default = "alias/qf-prod-data"
}
"""),
    ("infra/terraform/prod/prod.tfvars", r"""
payers_db_password = "«pw:payers»"  ⟦password|tfvars password⟧
heroku_api_key     = "«uuid:heroku»"  ⟦heroku|Heroku API key UUID under heroku key⟧
vpc_cidr           = "10.42.0.0/16"
"""),
    ("infra/terraform/modules/ssm/main.tf", r"""
resource "aws_ssm_parameter" "booking_reporting_dsn" {
  name  = "/qf/prod/booking/reporting-dsn"
  type  = "SecureString"
  value = "postgresql://reporting:«pwu:rep»@booking-ro.internal:5432/booking"  ⟦conn-string|SecureString value literal in Terraform⟧
}

resource "aws_ssm_parameter" "feature_flags" {
  name  = "/qf/prod/booking/flags"
  type  = "String"
  value = "waitlist=on,reminders_v2=off"
}

resource "random_password" "grafana" {
  length  = 24
  special = false
}
"""),
    ("infra/terraform/modules/lambda/ehr.tf", r"""
resource "aws_lambda_function" "ehr_webhook" {
  function_name = "qf-ehr-webhook"
  role          = aws_iam_role.ehr.arn
  handler       = "main"
  runtime       = "provided.al2023"
  source_code_hash = "«b64sec:32-srchash»"  ⟪source code hash base64⟫
  environment {
    variables = {
      HL7_HMAC_KEY     = "«hex64:hl7»"  ⟦app-secret|HMAC key in Lambda env⟧
      EHR_CLIENT_ID    = "qf-prod-«num:6-ehrc»"
      EHR_CLIENT_SECRET = aws_secretsmanager_secret_version.ehr.secret_string  ⟪reference⟫
    }
  }
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:«b64sec:32-tfh1»",  ⟪provider hash⟫
    "zh:«hex64:tfz1»",  ⟪provider hash⟫
    "zh:«hex64:tfz2»",  ⟪provider hash⟫
  ]
}
"""),
    ("infra/cdk/lib/patients-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class PatientsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const creds = rds.Credentials.fromGeneratedSecret('patients_admin');  ⟪generated secret⟫
    const legacy = rds.Credentials.fromPassword('legacy_admin', cdk.SecretValue.unsafePlainText('«pw:cdklegacy»'));  ⟦password|CDK unsafePlainText⟧
    const hl7 = secretsmanager.Secret.fromSecretNameV2(this, 'Hl7', 'qf/prod/hl7');  ⟪secret by name⟫
    new cdk.CfnOutput(this, 'Hl7Arn', { value: hl7.secretArn });
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Environment, SecretValue, Stack
from aws_cdk import aws_ecs as ecs
from constructs import Construct


class ReportingStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        task = ecs.FargateTaskDefinition(self, "Reports")
        task.add_container(
            "reports",
            image=ecs.ContainerImage.from_registry("public.ecr.aws/quillfern/reports:1.9"),
            environment={
                "LOOKER_CLIENT_ID": "«b62:20-lkid»",  ⟪client id⟫
                "LOOKER_CLIENT_SECRET": "«b62:24-lksec»",  ⟦app-secret|Looker client secret in CDK env⟧
            },
            secrets={"DB_PASSWORD": ecs.Secret.from_secrets_manager(self.db_secret, "password")},  ⟪ecs.Secret reference⟫
        )
        SecretValue.secrets_manager("qf/prod/looker")  ⟪reference⟫


app = App()
ReportingStack(app, "qf-reporting", env=Environment(account="583920174465", region="us-east-2"))
app.synth()
"""),
    ("infra/cfn/outputs-export.json", r"""
{
  "Stacks": [
    {
      "StackName": "qf-ehr-partner",
      "StackId": "arn:aws:cloudformation:us-east-2:583920174465:stack/qf-ehr-partner/«uuid:stackid»",  ⟪stack id UUID⟫
      "Outputs": [
        {"OutputKey": "PartnerKeyId", "OutputValue": "«akid:partner»"},  ⟦aws-key-id|key ID in stack outputs⟧
        {"OutputKey": "PartnerSecret", "OutputValue": "«awssec:partner»"}  ⟦aws-secret|secret in stack outputs⟧
      ],
      "Parameters": [
        {"ParameterKey": "DbPassword", "ParameterValue": "****"}  ⟪masked NoEcho value⟫
      ]
    }
  ]
}
"""),
    ("infra/cfn/codepipeline.yaml", r"""
Resources:
  BookingPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: !GetAtt PipelineRole.Arn
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: "1"}
              Configuration:
                Owner: quillfern
                Repo: booking
                Branch: main
                OAuthToken: «gho:pipeline»  ⟦github|GitHub OAuth token in pipeline action⟧
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: "1"}
              Configuration:
                ProjectName: qf-booking-ci
                EnvironmentVariables: '[{"name":"SLACK_TOKEN","value":"«xoxb:pipe»","type":"PLAINTEXT"},{"name":"GH","value":"qf/ci/github","type":"SECRETS_MANAGER"}]'  ⟦slack|Slack bot token in pipeline env JSON⟧
"""),
    ("infra/cfn/sagemaker-lifecycle.yaml", r"""
Resources:
  NotebookLifecycle:
    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
    Properties:
      OnStart:
        - Content:
            Fn::Base64: |
              #!/bin/bash
              sudo -u ec2-user -i <<'EOF'
              echo "export HF_TOKEN=hf_«b62:34-hf»" >> ~/.bashrc  ⟦app-secret|Hugging Face token in lifecycle script⟧
              echo "export WANDB_API_KEY=«hex40:wandb»" >> ~/.bashrc  ⟦app-secret|Weights & Biases key⟧
              EOF
"""),
    ("infra/cfn/batch-jobdef.json", r"""
{
  "jobDefinitionName": "claims-reconcile",
  "type": "container",
  "containerProperties": {
    "image": "583920174465.dkr.ecr.us-east-2.amazonaws.com/claims-reconcile:1.3.2",
    "command": ["python", "reconcile.py", "--db-password", "«pw:batchdb»"],  ⟦password|password on Batch command line⟧
    "environment": [
      {"name": "CLAIMS_BUCKET", "value": "qf-claims-583920174465"},
      {"name": "RUN_ID", "value": "«uuid:batchrun»"}  ⟪run id UUID⟫
    ]
  }
}
"""),
    ("infra/cfn/ssm-document.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Rotate kiosk local admin",
  "mainSteps": [
    {
      "action": "aws:runShellScript",
      "name": "rotate",
      "inputs": {
        "runCommand": [
          "echo 'kioskadmin:«pw:kioskadm»' | chpasswd",  ⟦password|chpasswd in SSM document⟧
          "logger 'kiosk admin rotated'"
        ]
      }
    }
  ]
}
"""),
    ("infra/cfn/apprunner.yaml", r"""
Resources:
  StatusService:
    Type: AWS::AppRunner::Service
    Properties:
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: public.ecr.aws/quillfern/status:2.0.1
          ImageRepositoryType: ECR_PUBLIC
          ImageConfiguration:
            RuntimeEnvironmentVariables:
              - Name: STATUSPAGE_API_KEY
                Value: «uuid:statuspg»  ⟦?app-secret|Statuspage API key is a bare UUID⟧
            RuntimeEnvironmentSecrets:
              - Name: DB_PASSWORD
                Value: arn:aws:secretsmanager:us-east-2:583920174465:secret:qf/prod/status-«b62:6-sfx2»  ⟪secret ARN⟫
"""),
]
