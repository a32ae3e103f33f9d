"""fresh11 templates, AWS infrastructure as code (Quillmere Biosciences): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
UserData, ParallelCluster, HealthOmics, Batch, DataSync, FSx, DMS, Cognito, IoT rules, Elastic Beanstalk,
CodeDeploy, Copilot, Terraform and tfvars, Terragrunt, Pulumi, CDK (TypeScript, Python, Java), and a few CI
definitions (CodeCatalyst, Azure Pipelines, GitHub Actions).
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/lims-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  helix-lims - laboratory information management (specimen intake, plate maps, chain of custody).
  Aurora PostgreSQL, ECS Fargate, RabbitMQ broker for instrument events. Owner: lab-informatics.
Parameters:
  Stage:
    Type: String
    AllowedValues: [prod, staging]
  BrokerAdminPassword:
    Type: String
    NoEcho: true
    MinLength: 12
Resources:
  LimsDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: helixlims
      MasterUsername: lims_owner
      MasterUserPassword: «pwc:limsdb»  ⟦password|Aurora master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:618204937152:key/«uuid:kmslims»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: helix-lims
        - Key: data-class
          Value: specimen-pii
  InstrumentBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub lims-instruments-${Stage}
      EngineType: RABBITMQ
      EngineVersion: '3.11.20'
      HostInstanceType: mq.m5.large
      DeploymentMode: SINGLE_INSTANCE
      PubliclyAccessible: false
      Users:
        - Username: lims-admin
          Password: !Ref BrokerAdminPassword  ⟪Ref of a NoEcho parameter without Default⟫
        - Username: platereader
          Password: «pw:mqplate»  ⟦password|Amazon MQ user password, season + year⟧
"""),
    ("infra/cfn/lims-cache.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Redis for LIMS sessions and plate-map locks
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-0c41e9a7d25b3f861  ⟪VPC id⟫
  RedisAuth:
    Type: String
    NoEcho: true
    Default: «pwr:redisauth»  ⟦password|NoEcho parameter with a literal Default⟧
Resources:
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: helix-lims sessions
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: !Ref RedisAuth
      Tags:
        - {Key: app, Value: helix-lims}
        - {Key: cost-center, Value: RD-4410}
  LocksCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: plate-map locks
      Engine: redis
      CacheNodeType: cache.t4g.medium
      NumCacheClusters: 1
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:lims/locks-redis:SecretString:token}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/seqflow-batch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: seqflow - Nextflow head job and Batch compute for WGS / RNA-seq (account 340917265803)
Resources:
  NextflowHeadJob:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: seqflow-nextflow-head
      ContainerProperties:
        Image: 772651094338.dkr.ecr.us-east-1.amazonaws.com/seqflow/nextflow@sha256:«sha256:nfimg»  ⟪image digest⟫
        Vcpus: 2
        Memory: 8192
        Environment:
          - Name: NXF_WORK
            Value: s3://qmb-genomics-work-340917265803/nxf
          - Name: TOWER_ACCESS_TOKEN
            Value: «b64k:48-tower»  ⟦app-secret|Seqera Platform (Tower) access token in a Batch job env⟧
          - Name: TOWER_WORKSPACE_ID
            Value: '«num:15-towerws»'  ⟪Seqera workspace id⟫
          - Name: BASESPACE_ACCESS_TOKEN
            Value: «hex:32-basespace»  ⟦app-secret|Illumina BaseSpace access token⟧
          - Name: NXF_VER
            Value: 24.04.4
        Secrets:
          - Name: ICA_API_KEY
            ValueFrom: arn:aws:ssm:us-east-1:340917265803:parameter/seqflow/ica-api-key  ⟪SSM parameter ARN⟫
"""),
    ("infra/cfn/cro-portal.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "cro-portal: partner portal for contract research orders (Next.js on App Runner)",
  "Parameters": {
    "StripeSecretKey": {"Type": "String", "NoEcho": true},  ⟪NoEcho parameter without Default⟫
    "PostmarkToken": {"Type": "String", "NoEcho": true, "Default": "«postmark:portal»"},  ⟦app-secret|Postmark server token as a NoEcho Default⟧
    "Auth0ClientId": {"Type": "String", "Default": "«b62:32-auth0id»"}  ⟪Auth0 client id, public⟫
  },
  "Resources": {
    "PortalService": {
      "Type": "AWS::AppRunner::Service",
      "Properties": {
        "ServiceName": "cro-portal",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "772651094338.dkr.ecr.us-east-1.amazonaws.com/cro-portal:2026.11.3",
            "ImageRepositoryType": "ECR",
            "ImageConfiguration": {
              "Port": "3000",
              "RuntimeEnvironmentVariables": [
                {"Name": "AUTH0_CLIENT_SECRET", "Value": "«urlsafe:48-auth0»"},  ⟦app-secret|Auth0 client secret in App Runner env⟧
                {"Name": "STRIPE_SECRET_KEY", "Value": {"Ref": "StripeSecretKey"}},  ⟪Ref of NoEcho parameter⟫
                {"Name": "NEXTAUTH_SECRET", "Value": "«b64k:32-nextauth»"},  ⟦app-secret|NextAuth secret⟧
                {"Name": "NEXT_PUBLIC_STRIPE_KEY", "Value": "«pk:portal»"}  ⟪Stripe publishable key⟫
              ],
              "RuntimeEnvironmentSecrets": [
                {"Name": "DATABASE_URL", "Value": "arn:aws:secretsmanager:us-east-1:618204937152:secret:portal/db-«b62:6-pdb»"}  ⟪Secrets Manager ARN⟫
              ]
            }
          }
        },
        "Tags": [{"Key": "app", "Value": "cro-portal"}, {"Key": "owner", "Value": "partnerships"}]
      }
    }
  }
}
"""),
    ("infra/cfn/assayhub-ecs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: assayhub (Spring Boot) - plate reader and qPCR result ingestion
Parameters:
  ImageTag:
    Type: String
  DbPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /assayhub/prod/db-password  ⟪SSM parameter name as Default⟫
Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: assayhub
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      ExecutionRoleArn: arn:aws:iam::618204937152:role/assayhub-exec
      ContainerDefinitions:
        - Name: assayhub
          Image: !Sub 772651094338.dkr.ecr.us-east-1.amazonaws.com/assayhub:${ImageTag}
          Environment:
            - {Name: SPRING_PROFILES_ACTIVE, Value: prod}
            - {Name: SPRING_DATASOURCE_PASSWORD, Value: !Ref DbPassword}  ⟪Ref of an SSM parameter type⟫
            - {Name: RABBITMQ_PASSWORD, Value: «pw:mqplate»}  ⟦password|broker password repeated in ECS env⟧
            - {Name: BENCHLING_API_KEY, Value: «benchling:assay»}  ⟦app-secret|Benchling API key in ECS env⟧
            - {Name: BENCHLING_TENANT, Value: quillmere.benchling.com}
          Secrets:
            - Name: MOLLER_LICENSE_KEY
              ValueFrom: 'arn:aws:secretsmanager:us-east-1:618204937152:secret:assayhub/vendor-licences-«b62:6-lic»:moller::'  ⟪Secrets Manager ARN with JSON key⟫
      Tags:
        - Key: app
          Value: assayhub
"""),
    ("infra/cfn/cryo-headnode-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: cryo-EM processing workstation (RELION, cryoSPARC) with FSx for Lustre mount
Resources:
  CryoWorkstation:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: g5.12xlarge
      ImageId: ami-0a3c91d5e27b84f60  ⟪AMI id⟫
      SubnetId: subnet-08d1e4f2a97c35b06  ⟪subnet id⟫
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          mkdir -p /fsx && mount -t lustre -o relatime,flock fs-0e2b7c19a4d58f3e1.fsx.us-east-1.amazonaws.com@tcp:/x7kbrbev /fsx
          export AWS_ACCESS_KEY_ID=«akid:cryows»  ⟦aws-key-id|key id in UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:cryows»  ⟦aws-secret|secret in UserData⟧
          aws s3 sync s3://qmb-cryoem-raw-340917265803/incoming /fsx/incoming --only-show-errors
          # cryoSPARC licence + master install
          export CRYOSPARC_LICENSE_ID=«uuid:cryosparclic»  ⟦?app-secret|cryoSPARC licence id (a UUID entitlement, not a login): policy-dependent⟧
          su - cryosparc -c "./install.sh --standalone --license $CRYOSPARC_LICENSE_ID --hostname $(hostname -f) --initial_email ops@quillmere.bio --initial_password «pwl:cryosparc» --initial_username ops"  ⟦password|cryoSPARC initial admin password on the install line⟧
          echo "globus endpoint: ${GlobusEndpointId}"
"""),
    ("infra/cfn/foldml-sagemaker.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: foldml - protein structure models on SageMaker endpoints
Resources:
  FoldModel:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: arn:aws:iam::618204937152:role/foldml-sagemaker
      PrimaryContainer:
        Image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/huggingface-pytorch-inference:2.1.0-transformers4.37.0-gpu-py310-cu118-ubuntu20.04
        ModelDataUrl: s3://qmb-foldml-models/esm-finetune/«sha:foldsha»/model.tar.gz  ⟪commit SHA in artifact key⟫
        Environment:
          HF_MODEL_ID: quillmere/esm2-binder-v3
          HF_TOKEN: «hf:foldml»  ⟦app-secret|Hugging Face token in SageMaker env⟧
          WANDB_API_KEY: «wandb:foldml»  ⟦app-secret|Weights & Biases API key (40 hex) under its provider key⟧
          WANDB_PROJECT: binder-design
          SM_NUM_GPUS: '4'
      Tags:
        - Key: app
          Value: foldml
  NotebookLifecycle:
    Type: AWS::SageMaker::NotebookInstanceLifecycleConfig
    Properties:
      OnStart:
        - Content:
            Fn::Base64: |
              #!/bin/bash
              sudo -u ec2-user -i <<'EOF'
              echo "machine api.wandb.ai login user password «wandb:foldml»" >> ~/.netrc  ⟦app-secret|W&B key written into .netrc by a lifecycle script⟧
              pip install -q wandb==0.17.9
              EOF
"""),
    ("infra/cfn/specimen-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: specimen-api - chain-of-custody API for biobank tubes (Go on Lambda)
Globals:
  Function:
    Runtime: provided.al2023
    Architectures: [arm64]
    Tags:
      app: specimen-api
      owner: biobank
Parameters:
  RedcapToken:
    Type: String
    NoEcho: true
Resources:
  CustodyFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: bootstrap
      CodeUri: ./bin/custody
      Environment:
        Variables:
          DB_DSN: postgres://custody_rw:«pct:pwx:custody»@biobank.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432/biobank?sslmode=require  ⟦conn-string|Postgres DSN with password in Lambda env⟧
          REDCAP_API_TOKEN: !Ref RedcapToken  ⟪Ref of NoEcho parameter⟫
          REDCAP_URL: https://redcap.partnerhospital.org/api/
          FREEZERWORKS_PASSWORD: «pwn:fwx»  ⟦password|Freezerworks API password, first name + year⟧
  LabelPrinterFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: bootstrap
      CodeUri: ./bin/labels
      Environment:
        Variables:
          ZEBRA_CLOUD_API_KEY: «b62:32-zebra»  ⟦app-secret|Zebra printer cloud API key⟧
          ZEBRA_CLOUD_TENANT: «uuid:zebratenant»  ⟪tenant id⟫
"""),
    ("infra/cfn/specimen-api.samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "specimen-api"
s3_bucket = "qmb-sam-artifacts-772651094338"
s3_prefix = "specimen-api"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
confirm_changeset = true
parameter_overrides = "RedcapToken=«redcap:biobank» Stage=prod"  ⟦app-secret|REDCap API token in samconfig parameter_overrides⟧

[staging.deploy.parameters]
stack_name = "specimen-api-staging"
region = "us-east-1"
parameter_overrides = "RedcapToken=REPLACE_ME Stage=staging"  ⟪placeholder⟫
"""),
    ("infra/sam/benchsync/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: benchsync - mirrors Benchling entries to the LIMS and posts to Slack
Parameters:
  SlackBotToken:
    Type: String
    NoEcho: true
    Default: «xoxb:benchsync»  ⟦slack|Slack bot token as NoEcho Default⟧
Resources:
  SyncFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/sync.handler
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(15 3 * * ? *)
      Environment:
        Variables:
          SLACK_BOT_TOKEN: !Ref SlackBotToken
          BENCHLING_APP_CLIENT_ID: «b62:20-bclid»  ⟪Benchling app client id⟫
          BENCHLING_APP_CLIENT_SECRET: '{{resolve:ssm-secure:/benchsync/benchling-client-secret:3}}'  ⟪dynamic reference⟫
          ASANA_PAT: «asana:benchsync»  ⟦app-secret|Asana personal access token⟧
"""),
    ("infra/sam/benchsync/samconfig.toml", r"""
version = 0.1
[default]
[default.global.parameters]
stack_name = "benchsync"

[default.deploy.parameters]
resolve_s3 = true
region = "us-east-1"
capabilities = "CAPABILITY_IAM CAPABILITY_AUTO_EXPAND"
parameter_overrides = [
  "SlackBotToken={{resolve:secretsmanager:benchsync/slack}}",  ⟪dynamic reference in overrides⟫
  "LogLevel=info",
]
"""),
    ("infra/sam/plate-qc/template.yml", r"""
Transform: AWS::Serverless-2016-10-31
Description: plate-qc - flags Z'-factor outliers and pings on-call
Resources:
  QcFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: qc.handler
      Environment:
        Variables:
          PAGERDUTY_ROUTING_KEY: «pdkey:plateqc»  ⟦pagerduty|PagerDuty routing key⟧
          OPSGENIE_API_KEY: «uuid:opsgenie»  ⟦app-secret|Opsgenie API key (UUID) under its provider key⟧
          TEAMS_WEBHOOK: https://quillmere.webhook.office.com/webhookb2/«uuid:teamsa»@«uuid:teamsb»/IncomingWebhook/«hex:32-teamsc»/«uuid:teamsd»  ⟦app-secret|Microsoft Teams incoming webhook URL⟧
      Policies:
        - S3ReadPolicy:
            BucketName: qmb-plate-exports
"""),
    ("infra/sam/plate-qc/samconfig.toml", r"""
version = 0.1
[prod.deploy.parameters]
stack_name = "plate-qc"
region = "eu-west-2"
parameter_overrides = "AlertEmail=qc-alerts@quillmere.bio SmtpPassword=«pwp:qcsmtp»"  ⟦password|SMTP password in samconfig overrides⟧
"""),
    ("services/cro-portal/serverless.yml", r"""
service: cro-portal-webhooks
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  stage: ${opt:stage, 'prod'}
  environment:
    STRIPE_WEBHOOK_SECRET: «whsec:portal»  ⟦stripe|Stripe webhook signing secret⟧
    STRIPE_SECRET_KEY: ${ssm:/cro-portal/${self:provider.stage}/stripe-secret}  ⟪serverless ssm reference⟫
    SENDGRID_API_KEY: «sg:portal»  ⟦sendgrid|SendGrid key in serverless env⟧
    TWILIO_ACCOUNT_SID: «twac:portal»  ⟪Twilio account SID⟫
    TWILIO_AUTH_TOKEN: «hex:32-twauth»  ⟦twilio|Twilio auth token⟧
functions:
  stripeWebhook:
    handler: dist/stripe.handler
    events:
      - httpApi: 'POST /hooks/stripe'
"""),
    ("services/biobank-telemetry/serverless.yml", r"""
service: freezer-telemetry
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    TIMESTREAM_DB: biobank
    INFLUX_TOKEN: ${env:INFLUX_TOKEN}  ⟪env reference⟫
    SENSAPHONE_PASSWORD: «pwl:sensaphone»  ⟦password|freezer alarm portal password, leetspeak⟧
    SENSAPHONE_USER: facilities@quillmere.bio
custom:
  alerts:
    dashboards: true
functions:
  ingest:
    handler: handler.ingest
    events:
      - iot:
          sql: "SELECT * FROM 'freezers/+/temp'"
"""),
    ("services/seqflow-notify/serverless.yaml", r"""
service: seqflow-notify
provider:
  name: aws
  runtime: python3.11
  region: eu-west-2
  iam:
    role: arn:aws:iam::340917265803:role/seqflow-notify
functions:
  runDone:
    handler: notify.run_done
    environment:
      SLACK_WEBHOOK_URL: «slackhook:seqnotify»  ⟦slack|Slack incoming webhook⟧
      MAILGUN_API_KEY: «mailgun:seqnotify»  ⟦app-secret|Mailgun key- API key⟧
      MAILGUN_DOMAIN: mg.quillmere.bio
      NOTIFY_FROM: seq-bot@quillmere.bio
"""),
    ("infra/ecs/lims-web.taskdef.json", r"""
{
  "family": "lims-web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "3072",
  "executionRoleArn": "arn:aws:iam::618204937152:role/lims-web-exec",
  "containerDefinitions": [
    {
      "name": "django",
      "image": "772651094338.dkr.ecr.us-east-1.amazonaws.com/helix-lims@sha256:«sha256:limsimg»",  ⟪image digest⟫
      "environment": [
        {"name": "DJANGO_SETTINGS_MODULE", "value": "helix.settings.prod"},
        {"name": "DJANGO_SECRET_KEY", "value": "«django:lims»"},  ⟦app-secret|Django SECRET_KEY in a task definition⟧
        {"name": "DATABASE_URL", "value": "postgres://lims_app:«pct:pwx:limsapp»@helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/helixlims"},  ⟦conn-string|database URL in ECS env⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:limsweb»"},  ⟦aws-key-id|static key id in a task definition⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:limsweb»"},  ⟦aws-secret|static secret in a task definition⟧
        {"name": "AWS_DEFAULT_REGION", "value": "us-east-1"}
      ],
      "secrets": [
        {"name": "SENTRY_DSN", "valueFrom": "arn:aws:ssm:us-east-1:618204937152:parameter/lims/sentry-dsn"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/lims-web", "awslogs-region": "us-east-1"}}
    }
  ]
}
"""),
    ("infra/ecs/lims-worker.taskdef.json", r"""
{
  "family": "lims-worker",
  "containerDefinitions": [
    {
      "name": "celery",
      "image": "772651094338.dkr.ecr.us-east-1.amazonaws.com/helix-lims:2026.11.28-3",
      "command": ["celery", "-A", "helix", "worker", "-l", "info", "--broker", "amqps://lims-celery:«pct:pp:celery»@b-«uuid:mqbroker».mq.us-east-1.amazonaws.com:5671/lims"],  ⟦conn-string|AMQP broker URL with password in a container command⟧
      "environment": [
        {"name": "CELERY_RESULT_BACKEND", "value": "redis://:«pwr:redisauth»@master.lims-sessions.x8kq2f.use1.cache.amazonaws.com:6379/3"},  ⟦conn-string|Redis URL with the AUTH token⟧
        {"name": "LABWARE_PASSWORD", "value": "«pw6:labware»"},  ⟦password|LabWare LIMS legacy interface password⟧
        {"name": "LABWARE_USER", "value": "HXSYNC"}
      ],
      "secrets": [
        {"name": "DJANGO_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:618204937152:secret:lims/django-«b62:6-dj»"}  ⟪valueFrom Secrets Manager⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/assayhub-sidecar.taskdef.yaml", r"""
# ecs-deploy input (YAML), rendered to JSON in the pipeline
family: assayhub-export
containerDefinitions:
  - name: exporter
    image: 772651094338.dkr.ecr.eu-west-2.amazonaws.com/assayhub-export:1.9.2
    environment:
      - name: SFTP_HOST
        value: sftp.croalliance.eu
      - name: SFTP_PASSWORD
        value: "«pwx:croftp»"  ⟦password|partner SFTP password in ECS env⟧
      - name: SFTP_USER
        value: quillmere_drop
      - name: S3_BUCKET
        value: qmb-assay-exports-eu
  - name: otel
    image: public.ecr.aws/aws-observability/aws-otel-collector:v0.40.0
    environment:
      - name: DD_API_KEY
        value: "{{ must_env `DD_API_KEY` }}"  ⟪ecspresso template⟫
"""),
    ("infra/lambda/plate-export.config.json", r"""
{
  "FunctionName": "plate-export",
  "Runtime": "java21",
  "Role": "arn:aws:iam::618204937152:role/plate-export",
  "Handler": "bio.quillmere.export.Handler::handleRequest",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "EGNYTE_CLIENT_SECRET": "«b62:40-egnyte»",  ⟦app-secret|Egnyte client secret⟧
      "EGNYTE_CLIENT_ID": "«lo:24-egnyteid»",  ⟪client id⟫
      "EXPORT_BUCKET": "qmb-plate-exports",
      "KMS_WRAPPED_TOKEN": "«kms:platekms»"  ⟪KMS ciphertext blob⟫
    }
  },
  "RevisionId": "«uuid:revid»",  ⟪revision id⟫
  "LastModified": "2026-11-19T16:02:44.118+0000"
}
"""),
    ("infra/lambda/globus-transfer.env.json", r"""
{
  "Variables": {
    "GLOBUS_CLIENT_ID": "«uuid:globusid»",  ⟪Globus client id, public⟫
    "GLOBUS_CLIENT_SECRET": "«b64k:32-globus»",  ⟦app-secret|Globus confidential client secret⟧
    "GLOBUS_ENDPOINT_CRYO": "«uuid:globusep»",  ⟪Globus endpoint id⟫
    "DEST_PATH": "/~/incoming/cryo/"
  }
}
"""),
    ("ci/codebuild/seqflow-buildspec.yml", r"""
version: 0.2
env:
  variables:
    NXF_VER: "24.04.4"
    TOWER_API_ENDPOINT: https://tower.quillmere.bio/api
    QUAY_ROBOT_USER: "quillmere+ci_pusher"
    QUAY_ROBOT_TOKEN: "«quay:ci»"  ⟦app-secret|Quay.io robot token in buildspec variables⟧
  parameter-store:
    TOWER_ACCESS_TOKEN: /ci/seqflow/tower-token  ⟪buildspec parameter-store⟫
  secrets-manager:
    GH_TOKEN: ci/github:token  ⟪buildspec secrets-manager⟫
phases:
  pre_build:
    commands:
      - echo "$QUAY_ROBOT_TOKEN" | docker login -u "$QUAY_ROBOT_USER" --password-stdin quay.io
      - aws ecr get-login-password | docker login --username AWS --password-stdin 772651094338.dkr.ecr.us-east-1.amazonaws.com
  build:
    commands:
      - nextflow run main.nf -profile awsbatch,ci -with-tower
"""),
    ("ci/codebuild/lims-buildspec.yaml", r"""
version: 0.2
env:
  shell: bash
  variables:
    PIP_INDEX_URL: https://ci-reader:«pct:pwx:nexus»@nexus.quillmere.bio/repository/pypi-all/simple  ⟦conn-string|pip index URL with password⟧
    DJANGO_SETTINGS_MODULE: helix.settings.ci
    POSTGRES_PASSWORD: postgres  ⟪local default⟫
phases:
  install:
    commands:
      - pip install -r requirements/ci.txt
  build:
    commands:
      - pytest -q --junitxml=reports/junit.xml
      - curl -s -u deploy:«pwp:argo» https://argocd.quillmere.bio/api/v1/applications/helix-lims/sync -X POST  ⟦password|curl -u password in a buildspec⟧
reports:
  pytest:
    files: [reports/junit.xml]
"""),
    ("ci/codebuild/projects/foldml-train.json", r"""
{
  "name": "foldml-train-image",
  "source": {"type": "GITHUB", "location": "https://github.com/quillmere/foldml.git"},
  "artifacts": {"type": "NO_ARTIFACTS"},
  "environment": {
    "type": "LINUX_GPU_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_LARGE",
    "privilegedMode": true,
    "environmentVariables": [
      {"name": "HF_TOKEN", "value": "«hf:ci»", "type": "PLAINTEXT"},  ⟦app-secret|Hugging Face token as a PLAINTEXT CodeBuild variable⟧
      {"name": "WANDB_API_KEY", "value": "ci/foldml:wandb", "type": "SECRETS_MANAGER"},  ⟪SECRETS_MANAGER variable⟫
      {"name": "DOCKERHUB_TOKEN", "value": "/ci/dockerhub/token", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE variable⟫
      {"name": "DOCKERHUB_USER", "value": "quillmereci", "type": "PLAINTEXT"}
    ]
  },
  "serviceRole": "arn:aws:iam::772651094338:role/codebuild-foldml"
}
"""),
    ("ci/codebuild/projects/portal-e2e.json", r"""
{
  "name": "cro-portal-e2e",
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "mcr.microsoft.com/playwright:v1.48.2-jammy",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "environmentVariables": [
      {"name": "E2E_BASE_URL", "value": "https://staging.cro.quillmere.bio", "type": "PLAINTEXT"},
      {"name": "E2E_ADMIN_PASSWORD", "value": "«pw:e2eadmin»", "type": "PLAINTEXT"},  ⟦password|staging admin password as PLAINTEXT variable⟧
      {"name": "AUTH0_MGMT_TOKEN", "value": "cro-portal/auth0-mgmt", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER variable⟫
    ]
  }
}
"""),
    ("infra/cfn/codepipeline-lims.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: helix-lims delivery pipeline (shared services 772651094338)
Resources:
  LimsPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::772651094338:role/codepipeline-lims
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: quillmere
                Repo: helix-lims
                Branch: main
                OAuthToken: «ghp:pipeline»  ⟦github|GitHub token in a CodePipeline v1 source action⟧
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration:
                ProjectName: lims-build
                EnvironmentVariables: '[{"name":"SONAR_TOKEN","value":"ci/sonar","type":"SECRETS_MANAGER"}]'  ⟪SECRETS_MANAGER in pipeline JSON⟫
"""),
    ("infra/cfn/params/lims-prod.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "BrokerAdminPassword", "ParameterValue": "«pwx:mqadmin»"},  ⟦password|NoEcho parameter value in a parameter file⟧
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0c41e9a7d25b3f861"},
  {"ParameterKey": "AlarmTopicArn", "ParameterValue": "arn:aws:sns:us-east-1:618204937152:lims-alarms"}
]
"""),
    ("infra/cfn/params/portal-staging.json", r"""
{
  "Parameters": {
    "StripeSecretKey": "{{resolve:secretsmanager:cro-portal/staging/stripe}}",  ⟪dynamic reference in template configuration⟫
    "PostmarkToken": "POSTMARK_API_TEST",  ⟪Postmark's documented test token⟫
    "Auth0ClientId": "«b62:32-auth0stg»"  ⟪client id⟫
  },
  "Tags": {"app": "cro-portal", "stage": "staging"}
}
"""),
    ("infra/cfn/params/cryo.properties", r"""
# aws cloudformation deploy --parameter-overrides $(cat cryo.properties)
GlobusEndpointId=«uuid:globusep»
CryoSparcLicense=«uuid:cryosparclic»  ⟦?app-secret|cryoSPARC licence id in a parameter file: policy-dependent⟧
WorkstationAdminPassword=«pwn:cryoadmin»  ⟦password|workstation admin password in a .properties parameter file⟧
KeyName=cryo-ops-2026
"""),
    ("infra/cfn/omics-workflows.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS HealthOmics private workflows and the run-completion connector
Resources:
  GermlineWorkflow:
    Type: AWS::Omics::Workflow
    Properties:
      Name: germline-wgs-v4
      Engine: NEXTFLOW
      DefinitionUri: s3://qmb-omics-defs-340917265803/germline-wgs/«sha:omicssha».zip  ⟪git SHA⟫
      ParameterTemplate:
        ref_genome: {Description: GRCh38 FASTA URI, Optional: false}
      Tags:
        app: seqflow
  LimsConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: omics-callback
          Password: «pp:omicscb»  ⟦password|EventBridge connection basic-auth password⟧
  BenchlingConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: '{{resolve:secretsmanager:events/benchling:SecretString:apikey}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/eln-archive-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Transfer Family SFTP for CRO partners to drop assay data
Resources:
  PartnerServer:
    Type: AWS::Transfer::Server
    Properties:
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
      Tags:
        - Key: app
          Value: cro-drop
  AlliancePartner:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt PartnerServer.ServerId
      UserName: croalliance
      Role: arn:aws:iam::618204937152:role/transfer-croalliance
      SshPublicKeys:
        - «sshpub:edcroalliance:croalliance@sftp»  ⟪SSH public key⟫
  PartnerSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: transfer/croalliance/legacy-password
      SecretString: '{"username":"croalliance","password":"«pwc:crolegacy»"}'  ⟦password|SecretString with a literal password⟧
  GeneratedSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:
        SecretStringTemplate: '{"username":"cro-ops"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
"""),
    ("infra/cfn/redshift-analytics.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: research analytics warehouse (Redshift Serverless) and Glue crawler
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: research-analytics
      AdminUsername: rs_admin
      AdminUserPassword: «pw:rsadmin»  ⟦password|Redshift Serverless admin password, season + year⟧
      DbName: research
  GlueConn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: lims-replica
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://lims-replica.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432/helixlims
          USERNAME: glue_reader
          PASSWORD: «pwn:gluereader»  ⟦password|Glue connection PASSWORD⟧
  ExportJob:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::340917265803:role/glue-etl
      Command: {Name: glueetl, ScriptLocation: s3://qmb-glue-scripts/lims_to_lake.py}
      DefaultArguments:
        '--snowflake_password': '«pwx:sfglue»'  ⟦password|Glue job argument password⟧
        '--snowflake_user': GLUE_LOADER
        '--TempDir': s3://qmb-glue-tmp/
"""),
    ("infra/cfn/ses-relay.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for instrument PCs that e-mail run reports (legacy, see LAB-2231)
Resources:
  InstrumentSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-instruments
  InstrumentSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref InstrumentSmtpUser
Outputs:
  SmtpUser:
    Value: !Ref InstrumentSmtpKey
  SmtpSecret:
    Value: !GetAtt InstrumentSmtpKey.SecretAccessKey  ⟪GetAtt output, not a value⟫
  # values as created 2025-08, pasted here for the instrument vendor (do not do this again)
  LegacySmtpUsername:
    Value: «akid:sesinst»  ⟦aws-key-id|SES SMTP user key id pasted in Outputs⟧
  LegacySmtpPassword:
    Value: «sesv4:sesinst»  ⟦aws-ses-smtp|SES SMTP password pasted in Outputs⟧
"""),
    ("infra/cfn/cloudfront-portal.json", r"""
{
  "Resources": {
    "PortalCdn": {
      "Type": "AWS::CloudFront::Distribution",
      "Properties": {
        "DistributionConfig": {
          "Enabled": true,
          "Origins": [{
            "Id": "apprunner",
            "DomainName": "x3kfv9qmpe.us-east-1.awsapprunner.com",
            "CustomOriginConfig": {"OriginProtocolPolicy": "https-only"},
            "OriginCustomHeaders": [
              {"HeaderName": "X-Origin-Verify", "HeaderValue": "«b62:40-originhdr»"}  ⟦app-secret|CloudFront origin verification header secret⟧
            ]
          }],
          "DefaultCacheBehavior": {"TargetOriginId": "apprunner", "ViewerProtocolPolicy": "redirect-to-https",
            "CachePolicyId": "658327ea-f89d-4fab-a63d-7e88639e58f6"}  ⟪managed cache policy id⟫
        }
      }
    }
  }
}
"""),
    ("infra/cfn/opensearch-literature.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: literature search (PubMed mirror + internal reports) on OpenSearch
Resources:
  LitSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: litsearch
      EngineVersion: OpenSearch_2.13
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: lit-admin
          MasterUserPassword: «pwl:litsearch»  ⟦password|OpenSearch master user password⟧
      Tags:
        - Key: app
          Value: litsearch
"""),
    ("infra/cfn/docdb-ontologies.yaml", r"""
Resources:
  OntologyCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: onto
      MasterUserPassword: '{{resolve:secretsmanager:ontology/docdb:SecretString:password}}'  ⟪dynamic reference⟫
      DBClusterIdentifier: ontology-docdb
      Tags:
        - Key: app
          Value: ontology
  OntologyReplicaCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: onto
      MasterUserPassword: ChangeMe123  ⟦?password|a literal password in a real slot that reads like a placeholder: policy-dependent⟧
      DBClusterIdentifier: ontology-docdb-eu
"""),
    ("infra/cfn/instrument-gateway-windows.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Windows gateway for instrument PCs (SoftMax Pro, QuantStudio exports)
Resources:
  Gateway:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-07f2d4b61c9a83e55  ⟪AMI id⟫
      InstanceType: m6i.large
      UserData:
        Fn::Base64: |
          <powershell>
          $pw = ConvertTo-SecureString "«pwc:instgw»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          New-LocalUser -Name "instsvc" -Password $pw -PasswordNeverExpires
          Add-LocalGroupMember -Group "Administrators" -Member "instsvc"
          net use Z: \\fsx-win.lab.quillmere.bio\instruments /user:LAB\instsvc «pwn:netuse» /persistent:yes  ⟦password|net use password⟧
          $cred = Get-Credential -UserName "LAB\joiner" -Message "domain join"  ⟪interactive credential prompt⟫
          Add-Computer -DomainName lab.quillmere.bio -Credential $cred -Restart
          </powershell>
          <persist>true</persist>
"""),
    ("infra/parallelcluster/cryo-cluster.yaml", r"""
# pcluster create-cluster -n cryo-slurm -c cryo-cluster.yaml
Region: us-east-1
Image:
  Os: alinux2023
HeadNode:
  InstanceType: c6i.2xlarge
  Networking:
    SubnetId: subnet-08d1e4f2a97c35b06
  Ssh:
    KeyName: cryo-ops-2026
  CustomActions:
    OnNodeConfigured:
      Script: s3://qmb-pcluster-340917265803/scripts/headnode.sh
      Args:
        - --globus-secret
        - «b64k:32-globus»  ⟦app-secret|Globus client secret passed as a custom action argument⟧
Scheduling:
  Scheduler: slurm
  SlurmSettings:
    Database:
      Uri: slurmdb.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:3306
      UserName: slurm_acct
      PasswordSecretArn: arn:aws:secretsmanager:us-east-1:340917265803:secret:pcluster/slurmdbd-«b62:6-sdb»  ⟪Secrets Manager ARN⟫
  SlurmQueues:
    - Name: gpu
      ComputeResources:
        - Name: g5
          InstanceType: g5.12xlarge
          MaxCount: 24
SharedStorage:
  - MountDir: /fsx
    Name: cryo-fsx
    StorageType: FsxLustre
    FsxLustreSettings:
      FileSystemId: fs-0e2b7c19a4d58f3e1  ⟪FSx file system id⟫
"""),
    ("infra/parallelcluster/headnode.sh", r"""
#!/bin/bash
# runs on the head node after configuration (ParallelCluster OnNodeConfigured)
set -e
GLOBUS_SECRET="$2"
cat > /etc/slurm/slurmdbd.conf <<EOF
AuthType=auth/munge
DbdHost=localhost
StorageType=accounting_storage/mysql
StorageHost=slurmdb.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
StorageUser=slurm_acct
StoragePass=«pwn:slurmdb»  ⟦password|slurmdbd StoragePass⟧
EOF
dd if=/dev/urandom bs=1 count=1024 > /etc/munge/munge.key
globus-connect-server node setup --client-id «uuid:globusgcs» --secret "$GLOBUS_SECRET"
"""),
    ("infra/batch/rnaseq-jobdef.json", r"""
{
  "jobDefinitionName": "rnaseq-star-salmon",
  "type": "container",
  "containerProperties": {
    "image": "quay.io/quillmere/rnaseq:3.14.0",
    "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:340917265803:secret:quay/robot-«b62:6-qr»"},  ⟪repository credentials ARN⟫
    "resourceRequirements": [{"type": "VCPU", "value": "16"}, {"type": "MEMORY", "value": "65536"}],
    "environment": [
      {"name": "GENCODE_RELEASE", "value": "46"},
      {"name": "DNANEXUS_TOKEN", "value": "«b62:32-dnanexus»"},  ⟦app-secret|DNAnexus API token in a Batch job env⟧
      {"name": "SYNAPSE_AUTH_TOKEN", "value": "«jwt:synapse»"}  ⟦jwt|Synapse personal access token (a JWT)⟧
    ]
  }
}
"""),
    ("infra/ssm/instrument-onboarding.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Join a new instrument PC to the lab share and register the exporter service",
  "parameters": {
    "ShareUser": {"type": "String", "default": "LAB\\instsvc"},
    "SharePassword": {"type": "String", "default": "{{ssm-secure:/instruments/share-password}}"}  ⟪ssm-secure reference⟫
  },
  "mainSteps": [{
    "action": "aws:runPowerShellScript",
    "name": "mapShare",
    "inputs": {"runCommand": [
      "cmdkey /add:fsx-win.lab.quillmere.bio /user:{{ ShareUser }} /pass:{{ SharePassword }}",  ⟪SSM document parameters⟫
      "cmdkey /add:nas01.lab.quillmere.bio /user:LAB\\nasbackup /pass:«pw:nasbackup»",  ⟦password|cmdkey /pass: literal in an SSM document⟧
      "sc.exe create QsExporter binPath= C:\\QuantStudio\\exporter.exe start= auto"
    ]}
  }]
}
"""),
    ("infra/stepfunctions/benchling-register.asl.json", r"""
{
  "Comment": "register a new plasmid in Benchling, then in the LIMS",
  "StartAt": "CallBenchling",
  "States": {
    "CallBenchling": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://quillmere.benchling.com/api/v2/dna-sequences",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:618204937152:connection/benchling/«uuid:connid»"},  ⟪connection ARN⟫
        "Headers": {"X-Lims-Key": "«b62:32-limskey»"},  ⟦app-secret|LIMS API key hard-coded in a state machine header⟧
        "RequestBody.$": "$.plasmid"
      },
      "Next": "Done"
    },
    "Done": {"Type": "Succeed"}
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "qmb-tfstate-772651094338"
    key            = "research/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
  }
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.97" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.46" }
  }
}

provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::618204937152:role/terraform"
  }
}

provider "aws" {
  alias      = "london"
  region     = "eu-west-2"
  access_key = "«akid:tflondon»"  ⟦aws-key-id|provider access_key⟧
  secret_key = "«awssec:tflondon»"  ⟦aws-secret|provider secret_key⟧
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in provider⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}

provider "snowflake" {
  account  = "qmb12345.us-east-1"
  user     = "TERRAFORM"
  password = "«pwc:sftf»"  ⟦password|Snowflake provider password⟧
  role     = "SYSADMIN"
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "lims_db_password" {
  description = "master password for helix-lims (rotate via Secrets Manager after first apply)"
  type        = string
  sensitive   = true
  default     = "«pp:limstf»"  ⟦password|Terraform variable default password, passphrase⟧
}

variable "benchling_webhook_secret" {
  type    = string
  default = ""  ⟪empty default⟫
}

variable "okta_api_token" {
  type    = string
  default = "«ssws:tf»"  ⟦app-secret|Okta SSWS API token as a variable default⟧
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "random_password" "omics_db" {
  length  = 32
  special = true
}

resource "aws_db_instance" "omics_meta" {
  identifier           = "omics-meta"
  engine               = "postgres"
  engine_version       = "16.3"
  instance_class       = "db.m6g.large"
  username             = "omics"
  password             = random_password.omics_db.result  ⟪random_password result⟫
  allocated_storage    = 200
  storage_encrypted    = true
  skip_final_snapshot  = false
  tags = { app = "seqflow", owner = "genomics-platform" }
}

resource "aws_db_instance" "eln_archive" {
  identifier        = "eln-archive"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  username          = "eln"
  password          = "«pwn:elnarchive»"  ⟦password|aws_db_instance literal password⟧
  allocated_storage = 50
}

resource "aws_db_instance" "reporting" {
  identifier                  = "reporting"
  engine                      = "postgres"
  instance_class              = "db.t4g.small"
  username                    = "report"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# access for the sequencing core's Illumina ICA pipeline to push FASTQs into our bucket
resource "aws_iam_user" "ica_push" {
  name = "ica-fastq-push"
}

resource "aws_iam_access_key" "ica_push" {
  user    = aws_iam_user.ica_push.name
  pgp_key = "keybase:quillmere_ops"  ⟪pgp_key reference⟫
}

output "ica_push_secret" {
  value     = aws_iam_access_key.ica_push.encrypted_secret  ⟪encrypted output reference⟫
  sensitive = true
}

# old key handed over by e-mail in 2025, kept until Illumina confirms the switch (INFRA-812)
locals {
  ica_legacy_key_id = "«akid:icalegacy»"  ⟦aws-key-id|legacy key id in locals⟧
  ica_legacy_secret = "«awssec:icalegacy»"  ⟦aws-secret|legacy secret in locals⟧
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "benchling" {
  name = "benchsync/benchling"
}

resource "aws_secretsmanager_secret_version" "benchling" {
  secret_id     = aws_secretsmanager_secret.benchling.id
  secret_string = jsonencode({ api_key = "«benchling:tf»", tenant = "quillmere" })  ⟦app-secret|Benchling key in a secret_string⟧
}

resource "aws_ssm_parameter" "redcap" {
  name  = "/specimen-api/redcap-token"
  type  = "SecureString"
  value = "«redcap:tfparam»"  ⟦app-secret|REDCap token as an SSM parameter value⟧
}

resource "aws_ssm_parameter" "redcap_url" {
  name  = "/specimen-api/redcap-url"
  type  = "String"
  value = "https://redcap.partnerhospital.org/api/"
}

resource "aws_ssm_parameter" "tower_token" {
  name  = "/ci/seqflow/tower-token"
  type  = "SecureString"
  value = var.tower_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "research" {
  name               = "research-airflow"
  airflow_version    = "2.9.2"
  source_bucket_arn  = "arn:aws:s3:::qmb-mwaa-dags"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::340917265803:role/mwaa-research"

  airflow_configuration_options = {
    "core.fernet_key"            = "«fernet:mwaa»"  ⟦app-secret|Airflow Fernet key⟧
    "smtp.smtp_host"             = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"             = "«akid:sesmwaa»"  ⟦aws-key-id|SES SMTP user key id in Airflow options⟧
    "smtp.smtp_password"         = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in Airflow options⟧
    "secrets.backend"            = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
  }
  network_configuration {
    security_group_ids = ["sg-0b7e21c94d3a6f850"]  ⟪security group id⟫
    subnet_ids         = ["subnet-08d1e4f2a97c35b06", "subnet-0f93c2a17e5d48b21"]
  }
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
environment        = "prod"
lims_db_password   = "«pwc:limsdb»"  ⟦password|tfvars password (same as the CloudFormation master password)⟧
datadog_app_key    = "«ddapp:tf»"  ⟦datadog|Datadog application key in tfvars⟧
tower_token        = "«b64k:48-tower»"  ⟦app-secret|Seqera token in tfvars⟧
okta_api_token     = "REPLACE_ME"  ⟪placeholder⟫
alert_email        = "platform-alerts@quillmere.bio"
"""),
    ("infra/terraform/env/eu.auto.tfvars.json", r"""
{
  "environment": "prod-eu",
  "region": "eu-west-2",
  "lims_db_password": "«pw:limseu»",  ⟦password|tfvars JSON password⟧
  "benchling_webhook_secret": "«whsec:benchling»",  ⟦app-secret|Benchling webhook secret (whsec_)⟧
  "okta_api_token": "${OKTA_API_TOKEN}"  ⟪env reference⟫
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-tfh1»",  ⟪provider hash⟫
    "zh:«sha256:tfz1»",  ⟪provider hash⟫
    "zh:«sha256:tfz2»",
  ]
}

provider "registry.terraform.io/snowflake-labs/snowflake" {
  version = "0.97.0"
  hashes = [
    "h1:«b64k:32-tfh2»",  ⟪provider hash⟫
  ]
}
"""),
    ("infra/terraform/k8s-secrets.tf", r"""
resource "kubernetes_secret" "seqera" {
  metadata {
    name      = "seqera-platform"
    namespace = "seqflow"
  }
  data = {
    TOWER_CRYPTO_SECRETKEY = "«b62:32-towercrypto»"  ⟦app-secret|Seqera Platform crypto secret key⟧
    TOWER_SMTP_PASSWORD    = "«pwx:towersmtp»"  ⟦password|SMTP password in kubernetes_secret⟧
    TOWER_DB_USER          = "tower"
  }
}

resource "kubernetes_secret" "registry" {
  metadata { name = "quay-pull" }
  type = "kubernetes.io/dockerconfigjson"
  data = {
    ".dockerconfigjson" = jsonencode({ auths = { "quay.io" = { auth = base64encode("quillmere+k8s_puller:${var.quay_pull_token}") } } })  ⟪interpolated token⟫
  }
}
"""),
    ("infra/terraform/modules/redcap-bridge/main.tf", r"""
variable "redcap_token" { type = string }

resource "aws_lambda_function" "bridge" {
  function_name = "redcap-bridge"
  role          = aws_iam_role.bridge.arn
  runtime       = "python3.12"
  handler       = "bridge.handler"
  filename      = "${path.module}/bridge.zip"
  source_code_hash = filebase64sha256("${path.module}/bridge.zip")
  environment {
    variables = {
      REDCAP_TOKEN   = var.redcap_token  ⟪variable reference⟫
      HOSPITAL_SFTP  = "sftp://qmb_transfer:«pct:pwn:hospsftp»@sftp.partnerhospital.org:22/outbound"  ⟦conn-string|SFTP URL with a password in Lambda env⟧
    }
  }
}
"""),
    ("infra/terraform/tfstate-backup/seqflow.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 211,
  "lineage": "«uuid:lineage»",  ⟪state lineage uuid⟫
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "seqflow_ci",
      "instances": [
        {
          "attributes": {
            "id": "«akid:seqflowci»",  ⟦aws-key-id|access key id in a state backup⟧
            "secret": "«awssec:seqflowci»",  ⟦aws-secret|secret in a state backup⟧
            "ses_smtp_password_v4": "«sesv4:seqflowci»",  ⟦aws-ses-smtp|SMTP password in a state backup⟧
            "status": "Active",
            "user": "seqflow-ci"
          }
        }
      ]
    }
  ]
}
"""),
    ("infra/cdk/lib/lims-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class LimsReportingStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const creds = rds.Credentials.fromGeneratedSecret('report_admin');  ⟪fromGeneratedSecret⟫
    new rds.DatabaseInstance(this, 'Reporting', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: creds,
      vpc: cdk.aws_ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0c41e9a7d25b3f861' }),
    });
    new rds.DatabaseInstance(this, 'Metabase', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromPassword('metabase', cdk.SecretValue.unsafePlainText('«pwn:metabasedb»')),  ⟦password|CDK unsafePlainText password⟧
      vpc: cdk.aws_ec2.Vpc.fromLookup(this, 'Vpc2', { vpcId: 'vpc-0c41e9a7d25b3f861' }),
    });
    const token = secretsmanager.Secret.fromSecretNameV2(this, 'Tok', 'benchsync/benchling');  ⟪secret by name⟫
    new cdk.CfnOutput(this, 'TokenArn', { value: token.secretArn });
  }
}
"""),
    ("infra/cdk/foldml/app.py", r"""
import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs, aws_secretsmanager as sm

app = cdk.App()
stack = cdk.Stack(app, "FoldmlInference", env=cdk.Environment(account="618204937152", region="us-east-1"))

task = ecs.FargateTaskDefinition(stack, "Task", cpu=4096, memory_limit_mib=16384)
task.add_container(
    "api",
    image=ecs.ContainerImage.from_registry("772651094338.dkr.ecr.us-east-1.amazonaws.com/foldml-api:0.12.1"),
    environment={
        "WANDB_API_KEY": "«wandb:cdk»",  ⟦app-secret|W&B key in a CDK container environment⟧
        "HF_HUB_OFFLINE": "1",
    },
    secrets={
        "HF_TOKEN": ecs.Secret.from_secrets_manager(sm.Secret.from_secret_name_v2(stack, "Hf", "foldml/hf")),  ⟪CDK Secret reference⟫
    },
)
app.synth()
"""),
    ("infra/cdk/cdk.context.json", r"""
{
  "vpc-provider:account=618204937152:filter.vpc-id=vpc-0c41e9a7d25b3f861:region=us-east-1:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-0c41e9a7d25b3f861",
    "vpcCidrBlock": "10.42.0.0/16",
    "ownerAccountId": "618204937152",  ⟪account id⟫
    "subnetGroups": [{"name": "Private", "type": "Private", "subnets": [{"subnetId": "subnet-08d1e4f2a97c35b06", "cidr": "10.42.8.0/21", "availabilityZone": "us-east-1a", "routeTableId": "rtb-0a61f2c84e9d37b15"}]}]
  },
  "acknowledged-issue-numbers": [31885]
}
"""),
    ("infra/cfn/datasync-instruments.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the instrument SMB shares (B1-B3) to the raw-data lake
Resources:
  SoftmaxShare:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: fsx-win.lab.quillmere.bio
      Subdirectory: /instruments/softmax
      User: instsvc
      Domain: LAB
      Password: «pwn:netuse»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:us-east-1:618204937152:agent/agent-0b7c3e91d24a5f816  ⟪agent ARN⟫
  NovaSeqShare:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: nas01.lab.quillmere.bio
      Subdirectory: /runs
      User: seq-uploader
      Password: !Ref NasPassword  ⟪Ref of a NoEcho parameter⟫
      AgentArns:
        - arn:aws:datasync:us-east-1:618204937152:agent/agent-0b7c3e91d24a5f816
Parameters:
  NasPassword:
    Type: String
    NoEcho: true
"""),
    ("infra/cfn/fsx-windows.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: FSx for Windows joined to the lab's self-managed AD (instrument exports)
Resources:
  InstrumentFsx:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 2048
      SubnetIds: [subnet-08d1e4f2a97c35b06]
      WindowsConfiguration:
        ThroughputCapacity: 64
        SelfManagedActiveDirectoryConfiguration:
          DomainName: lab.quillmere.bio
          UserName: svc-fsx-join
          Password: «pwc:fsxjoin»  ⟦password|FSx self-managed AD join password⟧
          DnsIps: [10.42.0.10, 10.42.0.11]
      Tags:
        - Key: app
          Value: instrument-share
"""),
    ("infra/cfn/dms-labware.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS replication of the LabWare SQL Server into the lake (one-off migration)
Resources:
  LabwareSource:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: sqlserver
      ServerName: labware01.lab.quillmere.bio
      Port: 1433
      DatabaseName: LWPROD
      Username: dms_reader
      Password: «pw6:dmslw»  ⟦password|DMS endpoint password, short upper-case⟧
  LakeTarget:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: s3
      S3Settings:
        BucketName: qmb-lake-raw-340917265803
        ServiceAccessRoleArn: arn:aws:iam::340917265803:role/dms-s3  ⟪role ARN⟫
"""),
    ("infra/cfn/cognito-partners.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Cognito pool for CRO partner logins, federated with partner Entra ID tenants",
  "Resources": {
    "PartnerPool": {"Type": "AWS::Cognito::UserPool", "Properties": {"UserPoolName": "cro-partners"}},
    "AllianceIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": {"Ref": "PartnerPool"},
        "ProviderName": "CroAlliance",
        "ProviderType": "OIDC",
        "ProviderDetails": {
          "client_id": "«uuid:allianceapp»",  ⟪partner client id⟫
          "client_secret": "«azad:alliance»",  ⟦azure-ad|partner Entra ID client secret in a Cognito IdP⟧
          "attributes_request_method": "GET",
          "oidc_issuer": "https://login.microsoftonline.com/«uuid:alliancetenant»/v2.0",  ⟪tenant id in issuer URL⟫
          "authorize_scopes": "openid email profile"
        }
      }
    }
  }
}
"""),
    ("infra/cfn/iot-rules.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: freezer telemetry rules (IoT Core -> Timestream, and alarms -> the monitoring vendor)
Resources:
  AlarmForward:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'freezers/+/alarm'
        Actions:
          - Http:
              Url: https://ingest.coldchain-monitor.com/v1/alarms
              Headers:
                - Key: x-api-key
                  Value: «b62:40-coldchain»  ⟦app-secret|vendor API key in an IoT HTTP action header⟧
          - Timestream:
              DatabaseName: biobank
              TableName: alarms
              RoleArn: arn:aws:iam::618204937152:role/iot-timestream
              Dimensions:
                - Name: freezer
                  Value: ${topic(2)}  ⟪IoT SQL substitution⟫
"""),
    ("infra/cfn/codebuild-docs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project that builds the lab handbook (mkdocs) and publishes it
Resources:
  DocsProject:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: lab-handbook
      ServiceRole: arn:aws:iam::772651094338:role/codebuild-docs
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/quillmere/lab-handbook.git
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
        EnvironmentVariables:
          - Name: CONFLUENCE_USER
            Value: docs-bot@quillmere.bio
          - Name: CONFLUENCE_TOKEN
            Type: PLAINTEXT
            Value: «atl:docsbot»  ⟦atlassian|Atlassian token as a PLAINTEXT CodeBuild variable⟧
          - Name: ALGOLIA_ADMIN_KEY
            Type: PARAMETER_STORE
            Value: /docs/algolia-admin  ⟪PARAMETER_STORE variable⟫
          - Name: ALGOLIA_SEARCH_KEY
            Value: «hex:32-algsearch»  ⟪Algolia search-only key, public by design⟫
"""),
    ("infra/eb/reagent-shop/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    APP_ENV: prod
    DATABASE_PASSWORD: «pwx:shopdb»  ⟦password|Elastic Beanstalk option_settings password⟧
    STRIPE_SECRET_KEY: «sk:shop»  ⟦stripe|Stripe key in .ebextensions⟧
    MAILER_FROM: orders@quillmere.bio
  aws:elasticbeanstalk:environment:proxy:
    ProxyServer: nginx
"""),
    ("infra/codedeploy/omero/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: /
    destination: /opt/omero-web
hooks:
  AfterInstall:
    - location: scripts/configure.sh
      timeout: 300
      runas: omero
"""),
    ("infra/codedeploy/omero/scripts/configure.sh", r"""
#!/bin/bash
set -e
/opt/omero/server/bin/omero config set omero.db.pass '«pw:omerodb»'  ⟦password|OMERO DB password in a CodeDeploy hook⟧
/opt/omero/web/bin/omero web config nginx --http 4080 > /etc/nginx/conf.d/omero-web.conf
/opt/omero/server/bin/omero config set omero.web.secret_key "$(aws ssm get-parameter --name /omero/web-secret --with-decryption --query Parameter.Value --output text)"  ⟪SSM lookup⟫
"""),
    ("copilot/lims-web/manifest.yml", r"""
# The manifest for the "lims-web" service (AWS Copilot)
name: lims-web
type: Load Balanced Web Service
http:
  path: '/'
  healthcheck: /healthz
image:
  build: services/helix-lims/Dockerfile
  port: 8000
variables:
  DJANGO_SETTINGS_MODULE: helix.settings.prod
  LABWARE_PASSWORD: «pw6:labware»  ⟦password|Copilot manifest variable password⟧
secrets:
  DJANGO_SECRET_KEY: /copilot/${COPILOT_APPLICATION_NAME}/${COPILOT_ENVIRONMENT_NAME}/secrets/django  ⟪Copilot SSM secret path⟫
  DB_PASSWORD:
    secretsmanager: 'lims/db:password::'  ⟪Secrets Manager reference⟫
environments:
  staging:
    variables:
      LABWARE_PASSWORD: ""  ⟪empty⟫
"""),
    ("infra/sam/plate-qc/env.json", r"""
{
  "QcFn": {
    "PAGERDUTY_ROUTING_KEY": "«pdkey:plateqclocal»",  ⟦pagerduty|routing key in a sam local env file⟧
    "OPSGENIE_API_KEY": "",  ⟪empty⟫
    "TEAMS_WEBHOOK": "http://localhost:8089/webhook"
  }
}
"""),
    ("infra/terragrunt/prod/lims/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}
terraform {
  source = "git::ssh://git@github.com/quillmere/tf-modules.git//lims?ref=v3.4.1"
}
inputs = {
  db_master_username = "lims_owner"
  db_master_password = "«pwc:limsdb»"  ⟦password|Terragrunt inputs password⟧
  benchling_api_key  = get_env("BENCHLING_API_KEY")  ⟪get_env reference⟫
  alarm_email        = "lab-informatics@quillmere.bio"
}
"""),
    ("infra/terraform/datasync.tf", r"""
resource "aws_datasync_location_smb" "quantstudio" {
  server_hostname = "fsx-win.lab.quillmere.bio"
  subdirectory    = "/instruments/quantstudio"
  user            = "instsvc"
  password        = "«pwn:netuse»"  ⟦password|Terraform DataSync SMB password⟧
  agent_arns      = ["arn:aws:datasync:us-east-1:618204937152:agent/agent-0b7c3e91d24a5f816"]
}

resource "aws_codebuild_project" "handbook_preview" {
  name         = "lab-handbook-preview"
  service_role = "arn:aws:iam::772651094338:role/codebuild-docs"
  artifacts { type = "NO_ARTIFACTS" }
  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/amazonlinux2-x86_64-standard:5.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "NETLIFY_AUTH_TOKEN"
      value = "nfp_«b62:36-netlify»"  ⟦app-secret|Netlify personal access token (nfp_)⟧
      type  = "PLAINTEXT"
    }
    environment_variable {
      name  = "CONFLUENCE_TOKEN"
      value = "/docs/confluence-token"  ⟪PARAMETER_STORE name⟫
      type  = "PARAMETER_STORE"
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/quillmere/lab-handbook.git"
  }
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-1
  biobank:redcapUrl: https://redcap.partnerhospital.org/api/
  biobank:redcapToken:
    secure: v1:«b64k:12-pulnonce»:«b64k:60-pulct»  ⟪Pulumi secure value⟫
  biobank:freezerworksPassword: «pwn:fwx»  ⟦password|Pulumi plaintext config password⟧
  biobank:influxToken: «urlsafe:64-influx»  ⟦app-secret|InfluxDB token as plaintext Pulumi config⟧
"""),
    ("infra/cdk-java/src/main/java/bio/quillmere/infra/OntologyStack.java", r"""
package bio.quillmere.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.constructs.Construct;

public class OntologyStack extends Stack {
    public OntologyStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseCluster.Builder.create(this, "Ontology")
            .masterUser(Login.builder()
                .username("onto")
                .password(SecretValue.unsafePlainText("«pwl:ontojava»"))  ⟦password|CDK Java unsafePlainText password⟧
                .build())
            .build();
        String kmsKey = "arn:aws:kms:us-east-1:618204937152:key/«uuid:ontokms»";  ⟪KMS key ARN⟫
    }
}
"""),
    ("deploy/argocd/apps/omero.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: omero
  namespace: argocd
spec:
  project: imaging
  source:
    repoURL: https://charts.quillmere.bio
    chart: omero-server
    targetRevision: 0.8.2
    helm:
      parameters:
        - name: database.password
          value: «pw:omerodb»  ⟦password|Argo CD Application Helm parameter password⟧
        - name: rootPassword
          value: «pwp:omeroroot»  ⟦password|OMERO root password as a Helm parameter⟧
        - name: image.tag
          value: 5.6.14
  destination:
    server: https://kubernetes.default.svc
    namespace: imaging
"""),
    ("deploy/helm/omero-server/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "omero.fullname" . }}
type: Opaque
data:
  db-password: {{ .Values.database.password | b64enc | quote }}  ⟪Helm template⟫
  root-password: {{ required "rootPassword" .Values.rootPassword | b64enc | quote }}  ⟪Helm template⟫
"""),
    ("deploy/k8s/foldml/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: foldml
  namespace: foldml
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::618204937152:role/foldml-irsa  ⟪IRSA role ARN⟫
---
apiVersion: v1
kind: Secret
metadata:
  name: foldml-token
  namespace: foldml
  annotations:
    kubernetes.io/service-account.name: foldml
type: kubernetes.io/service-account-token
"""),
    (".codecatalyst/workflows/specimen-api.yaml", r"""
Name: specimen-api-release
SchemaVersion: "1.0"
Triggers:
  - Type: PUSH
    Branches: [main]
Actions:
  Build:
    Identifier: aws/build@v1
    Environment:
      Name: prod
      Connections:
        - Name: "618204937152"
          Role: codecatalyst-deploy  ⟪connection role⟫
    Configuration:
      Steps:
        - Run: go build ./...
        - Run: curl -fsS -H "Authorization: Bearer «b62:40-zebraci»" https://api.zebra.com/v2/templates/sync  ⟦app-secret|bearer token on a curl line in a workflow⟧
        - Run: echo ${Secrets.ZEBRA_TOKEN} > /dev/null  ⟪CodeCatalyst secret reference⟫
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-2022
variables:
  buildConfiguration: Release
  LimsPassword: «pwc:instbridge»  ⟦password|Azure Pipelines variable password⟧
  NUGET_PAT: $(NugetPat)  ⟪pipeline variable macro⟫
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet build apps/instrument-bridge --configuration $(buildConfiguration)
  - script: dotnet test apps/instrument-bridge.Tests --no-build
"""),
    (".github/workflows/specimen-api-ci.yml", r"""
name: specimen-api-ci
on: [pull_request]
jobs:
  go:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres  ⟪CI service container default⟫
        ports: ['5432:5432']
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with:
          go-version: '1.23'
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «akid:ghaspecimen»  ⟦aws-key-id|static key id in a workflow step⟧
          aws-secret-access-key: «awssec:ghaspecimen»  ⟦aws-secret|static secret in a workflow step⟧
          aws-region: us-east-1
      - run: go vet ./... && go build ./...
"""),
]
