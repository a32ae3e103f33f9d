"""fresh7 templates, infrastructure as code (Lanternfall Interactive): CloudFormation YAML and JSON, parameter
files, CDK, SAM and samconfig, serverless.yml, Copilot, ECS, Lambda, CodeBuild, Step Functions, SSM, App
Runner, Amplify, GameLift and Windows UserData, Glue, Terraform (tf, tfvars, tfstate), Pulumi, Packer,
compose, Kubernetes, Helm, Dockerfiles, Ansible. Markers: render.py and README.md."""

FILES = [
    ("deploy/cfn/player-auth.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: >-
  gatekeeper - player sign-in. Cognito user pool, the platform token exchange
  (Steam, Epic, Xbox, PSN) and the pre-token-generation trigger. Emberline live, us-west-2.
Parameters:
  Stage:
    Type: String
    Default: live
  EosClientSecret:
    Type: String
    NoEcho: true
    Description: Epic Online Services client secret (set by the pipeline, no default)
Globals:
  Function:
    Runtime: provided.al2023
    Architectures: [arm64]
    Timeout: 10
Resources:
  PlayerPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: !Sub emberline-players-${Stage}
      MfaConfiguration: OPTIONAL
  TokenExchangeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: bootstrap
      CodeUri: s3://lf-artifacts-730155948862/gatekeeper/«sha:gatekeeper».zip  ⟪git SHA in artifact key⟫
      Environment:
        Variables:
          STEAM_APP_ID: "2231870"
          STEAM_WEB_API_KEY: «uhex:32-steamweb»  ⟦app-secret|Steam Web API publisher key in SAM env⟧
          EOS_CLIENT_ID: xyza7891«b62:24-eosid»  ⟪EOS client id, public half⟫
          EOS_CLIENT_SECRET: !Ref EosClientSecret  ⟪Ref of a NoEcho parameter with no Default⟫
          XBL_RELYING_PARTY_CERT: '{{resolve:secretsmanager:gatekeeper/xbl:SecretString:pfx}}'  ⟪dynamic reference⟫
          USER_POOL_ID: !Ref PlayerPool
  PreTokenFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: bootstrap
      Events:
        PreToken:
          Type: Cognito
          Properties:
            UserPool: !Ref PlayerPool
            Trigger: PreTokenGeneration
Outputs:
  PoolArn:
    Value: !GetAtt PlayerPool.Arn
"""),
    ("deploy/cfn/economy-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: economy service - Aurora PostgreSQL for wallets, entitlements and the item shop
Resources:
  EconomyCluster:
    Type: AWS::RDS::DBCluster
    DeletionPolicy: Snapshot
    Properties:
      Engine: aurora-postgresql
      EngineVersion: "16.4"
      DatabaseName: economy
      MasterUsername: economy_owner
      MasterUserPassword: «pwc:economydb»  ⟦password|Aurora master password, studio name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-west-2:472913860254:key/«uuid:kmseconomy»  ⟪KMS key ARN⟫
      Tags:
        - Key: team
          Value: economy
        - Key: data-class
          Value: player-financial
  EconomyWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      DBClusterIdentifier: !Ref EconomyCluster
      DBInstanceClass: db.r7g.xlarge
      Engine: aurora-postgresql
  ReportingUserSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: economy/live/reporting
      GenerateSecretString:
        SecretStringTemplate: '{"username": "economy_reporting"}'
        GenerateStringKey: password
        PasswordLength: 32
        ExcludePunctuation: true
"""),
    ("deploy/cfn/leaderboard-cache.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Leaderboards - Redis (ElastiCache) sorted sets per season, plus the Valkey replay cache
Parameters:
  ReplayCacheToken:
    Type: String
    NoEcho: true
    Description: replay cache AUTH token (pipeline supplies it)
  SeasonId:
    Type: String
    Default: s7-ashfall
Resources:
  BoardsCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: season leaderboards
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 3
      TransitEncryptionEnabled: true
      AuthToken: «pwr:boardscache»  ⟦password|ElastiCache AuthToken literal⟧
  ReplayCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: replay metadata
      Engine: valkey
      TransitEncryptionEnabled: true
      AuthToken: !Ref ReplayCacheToken
      SecurityGroupIds:
        - sg-0«hex:16-sgboards»  ⟪security group id⟫
"""),
    ("deploy/cfn/gamelift-fleet-windows.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Emberline dedicated servers - GameLift EC2 fleet (Windows), Unreal 5.4 server build
Parameters:
  BuildId:
    Type: String
    Default: build-«uuid:glbuild»  ⟪GameLift build id⟫
Resources:
  EmberlineFleet:
    Type: AWS::GameLift::Fleet
    Properties:
      Name: emberline-live-usw2
      BuildId: !Ref BuildId
      EC2InstanceType: c6i.2xlarge
      FleetType: ON_DEMAND
      RuntimeConfiguration:
        ServerProcesses:
          - LaunchPath: C:\game\EmberlineServer.exe
            Parameters: -log -port=7777 -region=usw2
            ConcurrentExecutions: 6
  CrashUploaderBox:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0«hex:16-amiwin»  ⟪AMI id⟫
      InstanceType: t3.large
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          [Environment]::SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "«akid:crashupload»", "Machine")  ⟦aws-key-id|key ID in Windows UserData⟧
          [Environment]::SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "«awssec:crashupload»", "Machine")  ⟦aws-secret|secret in Windows UserData⟧
          [Environment]::SetEnvironmentVariable("AWS_DEFAULT_REGION", "${AWS::Region}", "Machine")
          net user crashsvc «pw:crashsvc» /add /y  ⟦password|net user password in UserData⟧
          Start-Service -Name CrashUploader
          </powershell>
"""),
    ("deploy/cfn/matchmaker.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: matchmaker - FlexMatch rule sets, the ticket notifier and the ops alert forwarder
Resources:
  RankedRuleSet:
    Type: AWS::GameLift::MatchmakingRuleSet
    Properties:
      Name: ranked-trios-v4
      RuleSetBody: '{"ruleLanguageVersion":"1.0","teams":[{"name":"party","minPlayers":3,"maxPlayers":3,"quantity":2}]}'
  TicketNotifier:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: go1.x
      Handler: notifier
      Environment:
        Variables:
          TICKET_TOPIC: arn:aws:sns:us-west-2:472913860254:matchmaking-events  ⟪SNS topic ARN⟫
          OPS_DISCORD_WEBHOOK: «discordhook:mmops»  ⟦discord-webhook|Discord webhook in Lambda env⟧
          QUEUE_TIMEOUT_SECONDS: "90"
          TRACE_SAMPLE: "0.05"
"""),
    ("deploy/cfn/telemetry-firehose.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Gameplay telemetry - Firehose to Redshift and S3, and the Amplitude forwarder
Resources:
  TelemetryToRedshift:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: DirectPut
      RedshiftDestinationConfiguration:
        ClusterJDBCURL: jdbc:redshift://telemetry.c«lo:10-rs».us-west-2.redshift.amazonaws.com:5439/events
        CopyCommand:
          DataTableName: raw_events
          CopyOptions: "json 'auto' gzip"
        Username: firehose_loader
        Password: «pwn:firehose»  ⟦password|Redshift loader password, a first name and a year⟧
        RoleARN: arn:aws:iam::472913860254:role/telemetry-firehose
        S3Configuration:
          BucketARN: arn:aws:s3:::lf-telemetry-staging-472913860254
          RoleARN: arn:aws:iam::472913860254:role/telemetry-firehose
  AmplitudeForwarder:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: forward.handler
      Role: arn:aws:iam::472913860254:role/telemetry-forwarder
      Code:
        ZipFile: |
          import os, json
          def handler(event, context):
              return {"forwarded": len(event.get("records", []))}
      Environment:
        Variables:
          AMPLITUDE_SECRET_KEY: «hex:32-ampsecret»  ⟦app-secret|Amplitude secret key in Lambda env⟧
"""),
    ("deploy/cfn/iam-build-users.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IAM users for the console SDK upload boxes (cannot assume roles)
Resources:
  ConsoleUploadUser:
    Type: AWS::IAM::User
    Properties:
      UserName: console-sdk-uploader
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess
  ConsoleUploadKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref ConsoleUploadUser
  ConsoleUploadKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: build/console-uploader/aws
      SecretString: !Sub '{"id":"${ConsoleUploadKey}","secret":"${ConsoleUploadKey.SecretAccessKey}"}'  ⟪Sub over the generated key⟫
Outputs:
  UploaderKeyId:
    Value: !Ref ConsoleUploadKey
  UploaderSecret:
    Value: !GetAtt ConsoleUploadKey.SecretAccessKey  ⟪GetAtt SecretAccessKey⟫
"""),
    ("deploy/cfn/mq-live-events.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Amazon MQ (RabbitMQ) for live-ops event fan-out to game servers
Resources:
  LiveEventsBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: live-events
      EngineType: RABBITMQ
      EngineVersion: "3.13"
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: liveops_admin
          Password: «pp:mqadmin»  ⟦password|MQ admin passphrase⟧
        - Username: gameserver
          Password: '{{resolve:secretsmanager:liveops/mq-gameserver:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("deploy/cfn/opensearch-logs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Chat moderation search (OpenSearch) with fine-grained access control
Resources:
  ChatSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: chat-moderation
      EngineVersion: OpenSearch_2.13
      ClusterConfig:
        InstanceType: r6g.large.search
        InstanceCount: 3
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: modadmin
          MasterUserPassword: «pwl:chatsearch»  ⟦password|OpenSearch master password, leetspeak⟧
      EncryptionAtRestOptions:
        Enabled: true
      NodeToNodeEncryptionOptions:
        Enabled: true
"""),
    ("deploy/cfn/json/inventory-docdb.template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Player inventory snapshots (DocumentDB) for the support tooling",
  "Parameters": {
    "SupportDbPassword": {"Type": "String", "NoEcho": "true", "MinLength": "16"}
  },
  "Resources": {
    "InventoryCluster": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "MasterUsername": "inventory",
        "MasterUserPassword": "«pw:docdb»",  ⟦password|DocumentDB master password in JSON template⟧
        "StorageEncrypted": true,
        "EngineVersion": "5.0.0"
      }
    },
    "SupportReadCluster": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "MasterUsername": "support_ro",
        "MasterUserPassword": {"Ref": "SupportDbPassword"},  ⟪Ref of a NoEcho parameter⟫
        "StorageEncrypted": true
      }
    }
  }
}
"""),
    ("deploy/cfn/json/store-webhooks.template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Web store - payment webhooks for the Emberline founder packs",
  "Resources": {
    "StripeWebhookFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "webhook.handler",
        "Role": "arn:aws:iam::472913860254:role/store-webhooks",
        "Code": {"S3Bucket": "lf-artifacts-730155948862", "S3Key": "store/webhooks-«sha:storewh».zip"},  ⟪git SHA in S3 key⟫
        "Environment": {
          "Variables": {
            "STRIPE_SECRET_KEY": "«sk:store»",  ⟦stripe|Stripe live secret key in Lambda env⟧
            "STRIPE_WEBHOOK_SECRET": "«whsec:store»",  ⟦stripe|Stripe webhook signing secret⟧
            "STRIPE_PUBLISHABLE_KEY": "«pk:store»",  ⟪publishable key⟫
            "ENTITLEMENTS_URL": "https://economy.internal.lanternfall.gg/v2/grants"
          }
        }
      }
    }
  }
}
"""),
    ("deploy/cfn/json/crashdesk.template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "crashdesk - minidump intake, symbolication queue and crash routing",
  "Resources": {
    "IntakeQueue": {"Type": "AWS::SQS::Queue", "Properties": {"VisibilityTimeout": 300}},
    "RouterFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "router.main",
        "Role": {"Fn::GetAtt": ["RouterRole", "Arn"]},
        "Code": {"S3Bucket": "lf-artifacts-730155948862", "S3Key": "crashdesk/router.zip"},
        "Environment": {
          "Variables": {
            "BACKTRACE_SUBMIT_TOKEN": "«hex:64-backtrace»",  ⟦app-secret|Backtrace submission token⟧
            "SENTRY_DSN_SERVER": "«sentryold:crashserver»",  ⟦sentry-dsn|legacy DSN with secret part⟧
            "SENTRY_DSN_LAUNCHER": "«sentrynew:launcher»",  ⟪modern DSN, public⟫
            "INTAKE_QUEUE_URL": {"Ref": "IntakeQueue"}
          }
        }
      }
    },
    "RouterRole": {"Type": "AWS::IAM::Role", "Properties": {"AssumeRolePolicyDocument": {"Version": "2012-10-17", "Statement": []}}}
  }
}
"""),
    ("deploy/cfn/params/live-economy.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "live"},
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0«hex:16-vpclive»"},  ⟪VPC id⟫
  {"ParameterKey": "EconomyDbPassword", "ParameterValue": "«pwc:economyparam»"},  ⟦password|parameter file password⟧
  {"ParameterKey": "StripeRestrictedKey", "ParameterValue": "«rk:economyparam»"},  ⟦stripe|restricted key in parameter file⟧
  {"ParameterKey": "XsollaMerchantId", "ParameterValue": "«num:6-xsollamerchant»"}
]
"""),
    ("deploy/cfn/params/staging-leaderboard.json", r"""
{
  "Parameters": {
    "SeasonId": "s7-ashfall",
    "ReplayCacheToken": "«pp:replaystaging»",  ⟦password|CodePipeline template configuration passphrase⟧
    "BoardsNodeType": "cache.t4g.medium"
  },
  "Tags": {
    "team": "leaderboards",
    "env": "staging"
  },
  "StackPolicy": {"Statement": [{"Effect": "Allow", "NotAction": "Update:Delete", "Principal": "*", "Resource": "*"}]}
}
"""),
    ("deploy/cfn/params/liveops-console.params", r"""
# aws cloudformation deploy --parameter-overrides $(cat liveops-console.params)
Stage=live
ConsoleDomain=liveops.lanternfall.gg
DjangoAdminUser=ops-admin
DjangoAdminPassword=«pwn:djadmin»  ⟦password|.params override⟧
CertificateArn=arn:aws:acm:us-west-2:472913860254:certificate/«uuid:acmliveops»  ⟪ACM certificate ARN⟫
"""),
    ("deploy/sam/patch-notes/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: patch-notes - drafts player-facing patch notes from merged changelists
Resources:
  DraftFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.draft
      MemorySize: 512
      Timeout: 120
      Environment:
        Variables:
          OPENAI_API_KEY: «oai:patchnotes»  ⟦openai|OpenAI project key in SAM env⟧
          LAUNCHDARKLY_SDK_KEY: «ldsdk:patchnotes»  ⟦launchdarkly|server-side SDK key⟧
          LAUNCHDARKLY_CLIENT_ID: «hex:24-ldclient»  ⟪client-side id, public⟫
          P4PORT: ssl:perforce.lanternfall.internal:1666
          P4USER: patchnotes-bot
      Policies:
        - SSMParameterReadPolicy:
            ParameterName: patch-notes/*
"""),
    ("deploy/sam/patch-notes/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "patch-notes"
resolve_s3 = true
s3_prefix = "patch-notes"
region = "us-west-2"
confirm_changeset = false
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"live\" P4User=\"patchnotes-bot\" LogLevel=\"INFO\""
image_repositories = []

[staging.deploy.parameters]
stack_name = "patch-notes-staging"
parameter_overrides = "Stage=\"staging\" P4Password=\"{{resolve:ssm-secure:/patch-notes/p4}}\""  ⟪dynamic reference in overrides⟫
"""),
    ("deploy/sam/ugc-moderation/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ugc-moderation - screens player-made emblems and guild names
Parameters:
  ModerationDbPassword:
    Type: String
    NoEcho: true
Resources:
  ScreenFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: screen.handler
      Environment:
        Variables:
          ANTHROPIC_API_KEY: «ant:ugc»  ⟦anthropic|Anthropic key in SAM env⟧
          REPLICATE_API_TOKEN: «replicate:ugc»  ⟦replicate|Replicate token in SAM env⟧
          MODERATION_DB_PASSWORD: !Ref ModerationDbPassword  ⟪Ref of NoEcho parameter⟫
          REVIEW_QUEUE: !GetAtt ReviewQueue.QueueName
  ReviewQueue:
    Type: AWS::SQS::Queue
"""),
    ("services/community-bot/serverless.yml", r"""
service: community-bot
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  stage: ${opt:stage, 'live'}
  environment:
    DISCORD_BOT_TOKEN: «discord:communitybot»  ⟦discord|Discord bot token in serverless env⟧
    DISCORD_PUBLIC_KEY: «hex:64-discordpub»  ⟪interactions public key (Ed25519), public⟫
    TWITCH_CLIENT_ID: «twitch:clientid»  ⟪Twitch client id, public⟫
    TWITCH_CLIENT_SECRET: «twitch:clientsecret»  ⟦app-secret|Twitch client secret⟧
    GUILD_ID: "«num:19-guild»"
    ZENDESK_TOKEN: ${ssm:/community-bot/zendesk-token}  ⟪serverless ssm reference⟫

functions:
  interactions:
    handler: src/interactions.handler
    events:
      - httpApi: 'POST /discord/interactions'
  streamAlerts:
    handler: src/twitch.eventsub
    events:
      - httpApi: 'POST /twitch/eventsub'
"""),
    ("services/store-api/serverless.yml", r"""
service: merch-store-api
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  environment:
    SQUARE_ACCESS_TOKEN: «square:merch»  ⟦square|Square production access token⟧
    SQUARE_APPLICATION_ID: sq0idp-«b62:22-sqapp»  ⟪Square application id, public⟫
    BRAINTREE_TOKEN: ${env:BRAINTREE_TOKEN}  ⟪env reference⟫
    CONVENTION_POS_TOKEN: «braintree:pos»  ⟦braintree|Braintree/PayPal access token for the convention POS⟧
functions:
  checkout:
    handler: handler.checkout
    events:
      - http: {path: checkout, method: post}
"""),
    ("deploy/ecs/economy-task.json", r"""
{
  "family": "economy-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::472913860254:role/economy-exec",
  "containerDefinitions": [
    {
      "name": "economy-api",
      "image": "730155948862.dkr.ecr.us-west-2.amazonaws.com/economy-api@sha256:«sha256:economyimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "live"},
        {"name": "SPRING_DATASOURCE_USERNAME", "value": "economy_app"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwc:economyapp»"},  ⟦password|ECS env password⟧
        {"name": "XSOLLA_PROJECT_ID", "value": "«num:6-xsollaproj»"}
      ],
      "secrets": [
        {"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-west-2:472913860254:secret:economy/stripe-«b62:6-stripesfx»"},  ⟪valueFrom Secrets Manager ARN⟫
        {"name": "PLAYFAB_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-west-2:472913860254:parameter/economy/playfab-secret"}  ⟪valueFrom SSM parameter ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/economy-api", "awslogs-region": "us-west-2"}}
    }
  ]
}
"""),
    ("deploy/ecs/presence-task.json", r"""
{
  "family": "presence",
  "containerDefinitions": [
    {
      "name": "presence",
      "image": "730155948862.dkr.ecr.us-west-2.amazonaws.com/presence:2026.11.3",
      "environment": [
        {"name": "PHX_HOST", "value": "presence.lanternfall.gg"},
        {"name": "SECRET_KEY_BASE", "value": "«b64k:64-phxskb»"},  ⟦app-secret|Phoenix secret_key_base in ECS env⟧
        {"name": "RELEASE_COOKIE", "value": "«up:40-erlcookie»"},  ⟦app-secret|Erlang distribution cookie⟧
        {"name": "REDIS_URL", "value": "rediss://:«pwr:presredis»@presence.«lo:6-presrc».usw2.cache.amazonaws.com:6379/0"},  ⟦conn-string|rediss URL with password⟧
        {"name": "VIVOX_ISSUER", "value": "lanternf-emb-«lo:4-vivoxiss»-live"},
        {"name": "ERL_AFLAGS", "value": "-kernel shell_history enabled"}
      ]
    }
  ]
}
"""),
    ("deploy/ecs/telemetry-ingest-task.yaml", r"""
# rendered by scripts/render-taskdef.py; edit the jinja source, not this
family: telemetry-ingest
cpu: "512"
memory: "1024"
containerDefinitions:
  - name: ingest
    image: 730155948862.dkr.ecr.us-west-2.amazonaws.com/telemetry-ingest:«sha:telemimg»  ⟪git SHA image tag⟫
    environment:
      - name: AWS_REGION
        value: us-west-2
      - name: AWS_ACCESS_KEY_ID
        value: «akid:telemingest»  ⟦aws-key-id|key ID in a YAML task definition⟧
      - name: AWS_SECRET_ACCESS_KEY
        value: «awssec:telemingest»  ⟦aws-secret|secret in a YAML task definition⟧
      - name: FIREHOSE_STREAM
        value: telemetry-to-redshift
      - name: SCHEMA_REGISTRY_PASSWORD
        value: ${SCHEMA_REGISTRY_PASSWORD}  ⟪render-time variable⟫
"""),
    ("deploy/ecs/crash-symbolicator-task.json", r"""
{
  "family": "crash-symbolicator",
  "containerDefinitions": [{
    "name": "symbolicator",
    "image": "730155948862.dkr.ecr.us-west-2.amazonaws.com/symbolicator:24.10",
    "environment": [
      {"name": "SYMBOL_SERVER_URL", "value": "https://symbols.lanternfall.internal/store"},
      {"name": "SYMBOL_SERVER_USER", "value": "symbolicator"},
      {"name": "SYMBOL_SERVER_PASSWORD", "value": "«pwn:symserver»"},  ⟦password|symbol server password, a name and digits⟧
      {"name": "GITLAB_TOKEN", "value": "«glpat:symbolicator»"},  ⟦gitlab|GitLab PAT in ECS env⟧
      {"name": "CACHE_BUCKET", "value": "lf-symbol-cache-472913860254"}
    ],
    "secrets": [{"name": "SENTRY_AUTH_TOKEN", "valueFrom": "crashdesk/sentry-auth-token"}]  ⟪valueFrom name⟫
  }]
}
"""),
    ("deploy/lambda/steam-entitlements.json", r"""
{
    "FunctionName": "steam-entitlements-sync",
    "FunctionArn": "arn:aws:lambda:us-west-2:472913860254:function:steam-entitlements-sync",
    "Runtime": "go1.x",
    "Role": "arn:aws:iam::472913860254:role/steam-entitlements",
    "Handler": "main",
    "CodeSize": 8123904,
    "Timeout": 60,
    "MemorySize": 256,
    "LastModified": "2026-11-19T08:14:31.000+0000",
    "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "STEAM_PUBLISHER_KEY": "«uhex:32-steampub»",  ⟦app-secret|Steam publisher Web API key in function config⟧
            "STEAM_APP_ID": "2231870",
            "DLC_APP_IDS": "2231871,2231872,2231875"
        }
    },
    "TracingConfig": {"Mode": "PassThrough"},
    "RevisionId": "«uuid:steamrev»"  ⟪revision id⟫
}
"""),
    ("deploy/lambda/refund-notifier.json", r"""
{
  "FunctionName": "refund-notifier",
  "Runtime": "nodejs20.x",
  "Handler": "index.handler",
  "KMSKeyArn": "arn:aws:kms:us-west-2:472913860254:key/«uuid:kmsrefund»",  ⟪KMS key ARN⟫
  "Environment": {
    "Variables": {
      "SENDGRID_API_KEY": "«sg:refunds»",  ⟦sendgrid|SendGrid key in Lambda config⟧
      "FROM_ADDRESS": "support@lanternfall.gg",
      "TEMPLATE_ID": "d-«hex:32-sgtemplate»"  ⟪SendGrid template id⟫
    }
  }
}
"""),
    ("ci/buildspec-server.yml", r"""
version: 0.2
# Unreal dedicated server build on the Windows CodeBuild fleet
env:
  variables:
    P4PORT: ssl:perforce.lanternfall.internal:1666
    P4USER: build-server
    P4PASSWD: «pw:p4buildserver»  ⟦password|Perforce password in buildspec variables⟧
    P4CLIENT: cb-server-%CODEBUILD_BUILD_NUMBER%
    UE_ROOT: D:\UE_5.4
  parameter-store:
    GAMELIFT_UPLOAD_ROLE: /build/gamelift/upload-role  ⟪parameter-store reference⟫
  secrets-manager:
    SIGNING_PFX_PASSWORD: build/signing:pfx_password  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - p4 trust -y
      - p4 sync -q //emberline/main/...@%CHANGELIST%
  build:
    commands:
      - '%UE_ROOT%\Engine\Build\BatchFiles\RunUAT.bat BuildCookRun -project=Emberline.uproject -server -noclient -platform=Win64 -serverconfig=Shipping -cook -stage -pak -archive'
      - aws gamelift upload-build --name emberline-%CHANGELIST% --build-version %CHANGELIST% --build-root Archive\WindowsServer --operating-system WINDOWS_2016
"""),
    ("ci/buildspec-steam.yml", r"""
version: 0.2
env:
  variables:
    STEAM_USER: lanternfall_build
    STEAM_APP_ID: "2231870"
    STEAM_BRANCH: beta
  exported-variables:
    - BUILD_ID
phases:
  install:
    commands:
      - curl -sqL https://steamcdn-a.akamaihd.net/client/installer/steamcmd_linux.tar.gz | tar zxvf - -C /opt/steamcmd
  build:
    commands:
      - python tools/steam/make_vdf.py --app $STEAM_APP_ID --depot 2231871 --content build/Linux
      - /opt/steamcmd/steamcmd.sh +login $STEAM_USER «pwn:steambuild» +run_app_build build/app_build.vdf +quit  ⟦password|steamcmd login password on the command line⟧
      - export BUILD_ID=$(grep -o 'BuildID [0-9]*' /root/Steam/logs/stderr.txt | tail -1)
artifacts:
  files: [build/app_build.vdf]
"""),
    ("ci/buildspec-launcher.yml", r"""
version: 0.2
env:
  variables:
    NODE_ENV: production
    NPM_TOKEN: «npm:launcher»  ⟦npm|npm token in buildspec plaintext variables⟧
  secrets-manager:
    CSC_KEY_PASSWORD: build/launcher-signing:password  ⟪secrets-manager reference⟫
phases:
  pre_build:
    commands:
      - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc  ⟪shell variable⟫
      - npm ci
  build:
    commands:
      - npm run dist -- --publish never
      - npm publish --access restricted packages/launcher-sdk
"""),
    ("ci/buildspec-mobile.yml", r"""
version: 0.2
# Emberline Companion (Unity 2022 LTS) Android build
env:
  variables:
    UNITY_VERSION: 2022.3.44f1
    UNITY_SERIAL: «unityserial:mobile»  ⟦?app-secret|Unity Pro licence serial (a licence, not an access credential)⟧
    UNITY_EMAIL: build-bot@lanternfall.gg
    ANDROID_KEYALIAS_NAME: companion-release
  parameter-store:
    ANDROID_KEYSTORE_PASS: /build/android/keystore-pass  ⟪parameter-store reference⟫
    UNITY_PASSWORD: /build/unity/password  ⟪parameter-store reference⟫
phases:
  build:
    commands:
      - unity-editor -quit -batchmode -nographics -serial "$UNITY_SERIAL" -username "$UNITY_EMAIL" -password "$UNITY_PASSWORD"
      - unity-editor -quit -batchmode -projectPath companion -executeMethod BuildScript.Android -keystorePass "$ANDROID_KEYSTORE_PASS"  ⟪shell variable⟫
"""),
    ("ci/codebuild/server-project.json", r"""
{
  "name": "emberline-server",
  "source": {"type": "CODEPIPELINE", "buildspec": "ci/buildspec-server.yml"},
  "environment": {
    "type": "WINDOWS_SERVER_2019_CONTAINER",
    "image": "730155948862.dkr.ecr.us-west-2.amazonaws.com/ue-builder:5.4",
    "computeType": "BUILD_GENERAL1_LARGE",
    "environmentVariables": [
      {"name": "DOCKERHUB_USER", "value": "lanternfallci", "type": "PLAINTEXT"},
      {"name": "DOCKERHUB_TOKEN", "value": "«dckr:serverproj»", "type": "PLAINTEXT"},  ⟦dockerhub|Docker Hub PAT as PLAINTEXT⟧
      {"name": "P4PASSWD", "value": "/build/p4/build-server", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE name⟫
      {"name": "SIGNING", "value": "build/signing", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER name⟫
    ]
  },
  "serviceRole": "arn:aws:iam::730155948862:role/codebuild-emberline",
  "encryptionKey": "arn:aws:kms:us-west-2:730155948862:alias/aws/s3"
}
"""),
    ("ci/codebuild/symbols-project.json", r"""
{
  "name": "upload-symbols",
  "source": {"type": "S3", "location": "lf-build-output-730155948862/symbols/"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "environmentVariables": [
      {"name": "SENTRY_ORG", "value": "lanternfall"},
      {"name": "SENTRY_AUTH_TOKEN", "value": "«sntrys:symbols»"},  ⟦sentry|Sentry org auth token⟧
      {"name": "BACKTRACE_SYMBOL_TOKEN", "value": "«hex:64-btsymbols»"}  ⟦app-secret|Backtrace symbol upload token⟧
    ]
  },
  "artifacts": {"type": "NO_ARTIFACTS"}
}
"""),
    ("deploy/stepfunctions/season-rollover.asl.json", r"""
{
  "Comment": "End of season: freeze boards, grant rewards, post the podium to Slack",
  "StartAt": "FreezeBoards",
  "States": {
    "FreezeBoards": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "leaderboards-freeze", "Payload.$": "$"},
      "Next": "GrantRewards"
    },
    "GrantRewards": {
      "Type": "Map",
      "ItemsPath": "$.podium",
      "Iterator": {"StartAt": "Grant", "States": {"Grant": {"Type": "Task", "Resource": "arn:aws:lambda:us-west-2:472913860254:function:economy-grant", "End": true}}},
      "Next": "Announce"
    },
    "Announce": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://slack.com/api/chat.postMessage",
        "Method": "POST",
        "Headers": {"Authorization": "Bearer «xoxb:seasonbot»"},  ⟦slack|Slack bot token in a Step Functions header⟧
        "RequestBody": {"channel": "C05«up:8-seasonch»", "text.$": "$.summary"},
        "Authentication": {"ConnectionArn": "arn:aws:events:us-west-2:472913860254:connection/slack/«uuid:slackconn»"}  ⟪EventBridge connection ARN⟫
      },
      "End": true
    }
  }
}
"""),
    ("deploy/stepfunctions/refund-saga.asl.yaml", r"""
Comment: Refund saga - revoke entitlements, refund, notify support
StartAt: Revoke
States:
  Revoke:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: economy-revoke
      Payload:
        order.$: $.order
    Next: OpenTicket
  OpenTicket:
    Type: Task
    Resource: arn:aws:states:::lambda:invoke
    Parameters:
      FunctionName: zendesk-open-ticket
      Payload:
        subdomain: lanternfall
        email: refunds-bot@lanternfall.gg/token
        api_token: «b62:40-zendesk»  ⟦app-secret|Zendesk API token in a state machine payload⟧
        body.$: $.reason
        secret_ref.$: $.secrets.zendesk  ⟪JSONPath reference⟫
    End: true
"""),
    ("deploy/ssm/provision-build-agent.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Provision a Windows build agent: local builder account, Jenkins agent service, Perforce client",
  "parameters": {
    "AgentName": {"type": "String"},
    "BuilderPassword": {"type": "String", "default": "{{ssm-secure:/build/agents/builder-password}}"}  ⟪ssm-secure parameter reference⟫
  },
  "mainSteps": [
    {
      "action": "aws:runPowerShellScript",
      "name": "CreateBuilder",
      "inputs": {
        "runCommand": [
          "net user builder «pwc:builder» /add /passwordchg:no",  ⟦password|net user in an SSM document⟧
          "net localgroup Administrators builder /add",
          "sc.exe config jenkins-agent obj= .\\builder password= {{ BuilderPassword }}"  ⟪SSM document parameter⟫
        ]
      }
    }
  ]
}
"""),
    ("deploy/ssm/rotate-p4-ticket.yaml", r"""
schemaVersion: '2.2'
description: Refresh the Perforce ticket of the nightly cook user on edge replicas
parameters:
  P4User:
    type: String
    default: cook-nightly
mainSteps:
  - action: aws:runShellScript
    name: login
    inputs:
      runCommand:
        - export P4PORT=ssl:p4-edge-usw2.lanternfall.internal:1666
        - echo '«pwc:p4cook»' | p4 -u {{ P4User }} login -a  ⟦password|echoed into p4 login⟧
        - echo "{{ssm:/perforce/cook-nightly/password}}" | p4 -u cook-nightly login -p  ⟪ssm parameter reference⟫
"""),
    ("deploy/eventbridge/opsgenie-connection.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - Opsgenie and the status page
Resources:
  OpsgenieConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: GenieKey «uuid:opsgenie»  ⟦app-secret|Opsgenie GenieKey in a connection⟧
  StatusPageConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://status.lanternfall.gg/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: liveops-eventbridge
            ClientSecret: '{{resolve:secretsmanager:statuspage/oauth:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("services/web-store/apprunner.yaml", r"""
version: 1.0
runtime: nodejs18
build:
  commands:
    build:
      - npm ci
      - npm run build
run:
  command: npm start
  network:
    port: 3000
  env:
    - name: NEXTAUTH_URL
      value: https://store.lanternfall.gg
    - name: NEXTAUTH_SECRET
      value: "«b64k:32-nextauth»"  ⟦app-secret|NEXTAUTH_SECRET in apprunner.yaml⟧
    - name: NEXT_PUBLIC_STRIPE_KEY
      value: «pk:webstore»  ⟪publishable key⟫
  secrets:
    - name: STRIPE_SECRET_KEY
      value-from: arn:aws:secretsmanager:us-west-2:472913860254:secret:webstore/stripe-«b62:6-wssfx»  ⟪value-from ARN⟫
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.8"
  backend "s3" {
    bucket         = "lf-terraform-state-730155948862"
    key            = "live/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "terraform-locks"
  }
}

provider "aws" {
  region = "us-west-2"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in provider block⟧
  api_url = "https://api.datadoghq.com/"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "p4_super_password" {
  description = "Perforce super user on the commit server (rotate after the migration!)"
  type        = string
  default     = "«pw:p4super»"  ⟦password|Terraform variable default⟧
  sensitive   = true
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "grafana_sa_token" {
  type      = string
  sensitive = true
  default   = ""
}

variable "build_agent_count" {
  type    = number
  default = 14
}
"""),
    ("infra/terraform/rds_analytics.tf", r"""
resource "aws_db_instance" "analytics" {
  identifier              = "analytics-pg"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.m7g.large"
  allocated_storage       = 500
  username                = "analyst_admin"
  password                = "«pwl:analyticsdb»"  ⟦password|aws_db_instance password literal⟧
  storage_encrypted       = true
  kms_key_id              = "arn:aws:kms:us-west-2:472913860254:key/«uuid:kmsanalytics»"  ⟪KMS ARN⟫
  backup_retention_period = 14
  skip_final_snapshot     = false
}

resource "aws_db_instance" "analytics_replica" {
  identifier          = "analytics-pg-ro"
  replicate_source_db = aws_db_instance.analytics.identifier
  instance_class      = "db.m7g.large"
  password            = random_password.replica.result  ⟪resource reference⟫
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "vivox" {
  name = "presence/vivox"
}

resource "aws_secretsmanager_secret_version" "vivox" {
  secret_id = aws_secretsmanager_secret.vivox.id
  secret_string = jsonencode({
    issuer     = "lanternf-emb-live"
    domain     = "mtu1xp.vivox.com"
    signing_key = "«b62:32-vivoxkey»"  ⟦app-secret|Vivox signing key in secret_string⟧
  })
}

resource "aws_secretsmanager_secret_version" "grafana_admin" {
  secret_id     = "grafana/admin"
  secret_string = jsonencode({ user = "admin", password = "«pp:grafanaadmin»" })  ⟦password|jsonencode password literal⟧
}

resource "aws_secretsmanager_secret_version" "playfab" {
  secret_id     = "economy/playfab"
  secret_string = random_password.playfab.result  ⟪resource reference⟫
}
"""),
    ("infra/terraform/lambda_discord.tf", r"""
resource "aws_lambda_function" "patch_announcer" {
  function_name    = "patch-announcer"
  runtime          = "python3.12"
  handler          = "announce.handler"
  filename         = "build/announce.zip"
  source_code_hash = "«b64k:32-announcehash»"  ⟪source_code_hash⟫
  role             = aws_iam_role.announcer.arn

  environment {
    variables = {
      DISCORD_WEBHOOK_URL = "«discordhook:patches»"  ⟦discord-webhook|Discord webhook in Lambda env (Terraform)⟧
      ROLE_PING           = "<@&«num:19-pingrole»>"  ⟪Discord role id⟫
    }
  }
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.44.1"
  constraints = "~> 3.44"
  hashes = [
    "h1:«b64k:32-lockdd»",  ⟪lock hash⟫
    "zh:«sha256:lockdd2»",  ⟪lock zh hash⟫
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockaws»",  ⟪lock hash⟫
    "zh:«sha256:lockaws2»",  ⟪lock zh hash⟫
  ]
}
"""),
    ("infra/terraform/envs/live.tfvars", r"""
environment          = "live"
vpc_id               = "vpc-0«hex:16-vpctf»"  ⟪VPC id⟫
build_agent_count    = 18
grafana_sa_token     = "«glsa:tfvars»"  ⟦grafana|Grafana service account token in tfvars⟧
cloudflare_zone_id   = "«hex:32-cfzone»"  ⟪Cloudflare zone id⟫
"""),
    ("infra/terraform/envs/staging.auto.tfvars.json", r"""
{
  "environment": "staging",
  "cloudflare_api_token": "«b62:40-cftoken»",  ⟦app-secret|Cloudflare API token in tfvars JSON⟧
  "boards_auth_token": "«pwr:boardsstaging»",  ⟦password|ElastiCache auth token in tfvars JSON⟧
  "cloudflare_account_id": "«hex:32-cfacct»",  ⟪Cloudflare account id⟫
  "build_agent_count": 4
}
"""),
    ("infra/terraform/terraform.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.9.5",
  "serial": 311,
  "lineage": "«uuid:lineage»",  ⟪state lineage UUID⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "ses_smtp",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "2026-05-02T11:40:12Z",
            "encrypted_secret": null,
            "id": "«akid:sessmtp»",  ⟦aws-key-id|key ID in state⟧
            "secret": "«awssec:sessmtp»",  ⟦aws-secret|secret in state⟧
            "ses_smtp_password_v4": "«sesv4:sessmtp»",  ⟦aws-ses-smtp|SES SMTP password in state⟧
            "status": "Active",
            "user": "ses-smtp-support"
          },
          "sensitive_attributes": []
        }
      ]
    }
  ]
}
"""),
    ("infra/terraform/modules/gamelift/main.tf", r"""
resource "aws_gamelift_build" "server" {
  name             = "emberline-${var.changelist}"
  operating_system = "WINDOWS_2016"
  version          = var.changelist
  storage_location {
    bucket   = "lf-gamelift-builds-472913860254"
    key      = "server/${var.changelist}.zip"
    role_arn = aws_iam_role.gamelift_upload.arn
  }
}

resource "aws_instance" "metrics_relay" {
  ami           = "ami-0«hex:16-amirelay»"  ⟪AMI id⟫
  instance_type = "t4g.small"
  user_data     = <<-EOT
    #!/bin/bash
    curl -Ls https://cli.doppler.com/install.sh | sh
    echo 'DOPPLER_TOKEN=«doppler:relay»' > /etc/default/metrics-relay  ⟦doppler|Doppler service token in user_data⟧
    systemctl enable --now metrics-relay
  EOT
}
"""),
    ("infra/pulumi/Pulumi.live.yaml", r"""
secretsprovider: awskms://alias/pulumi-live?region=us-west-2
encryptedkey: «kms:pulumikey»  ⟪KMS-encrypted data key⟫
config:
  aws:region: us-west-2
  lanternfall-obs:grafanaUrl: https://lanternfall.grafana.net
  lanternfall-obs:grafanaAdminPassword: «pwc:pulumigrafana»  ⟦password|plaintext Pulumi config password⟧
  lanternfall-obs:datadogApiKey:
    secure: v1:«b64k:24-pulumisec1»:«b64k:48-pulumisec2»  ⟪Pulumi secure value⟫
  lanternfall-obs:alertEmail: sre@lanternfall.gg
"""),
    ("infra/packer/build-agent.pkr.hcl", r"""
source "amazon-ebs" "win_agent" {
  ami_name       = "lf-build-agent-{{timestamp}}"
  instance_type  = "c6i.4xlarge"
  region         = "us-west-2"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:winrm»"  ⟦password|Packer WinRM password⟧
  winrm_use_ssl  = true
  user_data_file = "scripts/bootstrap-winrm.ps1"
}

variable "p4_password" {
  type    = string
  default = env("P4PASSWD")  ⟪env() reference⟫
}

build {
  sources = ["source.amazon-ebs.win_agent"]
  provisioner "powershell" {
    scripts = ["scripts/install-agent.ps1"]
  }
}
"""),
    ("infra/packer/scripts/install-agent.ps1", r"""
$ErrorActionPreference = "Stop"
# Jenkins inbound agent + Perforce ticket for the cook user
$JenkinsUrl = "https://jenkins.lanternfall.internal/"
$AgentSecret = "«hex:64-jnlp»"  ⟦app-secret|Jenkins inbound agent secret⟧
Invoke-WebRequest "$JenkinsUrl/jnlpJars/agent.jar" -OutFile C:\jenkins\agent.jar
New-Item -ItemType Directory -Force -Path "C:\Users\builder" | Out-Null
Set-Content -Path "C:\Users\builder\p4tickets.txt" -Value "perforce.lanternfall.internal:1666=cook-nightly:«uhex:32-p4ticketagent»"  ⟦app-secret|Perforce ticket written to p4tickets⟧
Write-Host "agent checksum: «sha256:agentjar»"  ⟪checksum⟫
"""),
    ("k8s/live/economy-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: economy-worker
  namespace: economy
type: Opaque
data:
  DB_USER: ZWNvbm9teV93b3JrZXI=  ⟪base64 of a user name⟫
  DB_PASSWORD: «b64:pwc:economyworker»  ⟦password-b64|base64 password in Secret data⟧
  STRIPE_SECRET_KEY: «b64:rk:economyworker»  ⟦stripe|base64 Stripe restricted key in Secret data⟧
  LOG_LEVEL: aW5mbw==
"""),
    ("k8s/live/telemetry-aws.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: telemetry-aws
  namespace: telemetry
  annotations:
    owner: data-eng
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8stelem»  ⟦aws-b64|base64 key ID in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8stelem»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: dXMtd2VzdC0y
"""),
    ("k8s/live/presence-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: presence
  namespace: social
type: Opaque
stringData:
  VIVOX_SIGNING_KEY: «b62:32-vivoxk8s»  ⟦app-secret|Vivox signing key in stringData⟧
  REDIS_PASSWORD: «pp:presredisk8s»  ⟦password|passphrase in stringData⟧
  PHX_HOST: presence.lanternfall.gg
"""),
    ("k8s/live/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-regcred
  namespace: economy
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:regcred»  ⟦gitlab|base64 dockerconfigjson with a GitLab PAT inside⟧
"""),
    ("k8s/live/matchmaker-deploy.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: matchmaker
  namespace: matchmaking
spec:
  replicas: 4
  selector:
    matchLabels: {app: matchmaker}
  template:
    metadata:
      labels: {app: matchmaker}
      annotations:
        checksum/config: «sha256:mmconfig»  ⟪config checksum annotation⟫
    spec:
      containers:
        - name: matchmaker
          image: 730155948862.dkr.ecr.us-west-2.amazonaws.com/matchmaker@sha256:«sha256:mmimg»  ⟪image digest⟫
          env:
            - name: EOS_CLIENT_SECRET
              value: «b62:43-eossecret»  ⟦app-secret|EOS client secret as a literal env value⟧
            - name: FLEXMATCH_CONFIG
              value: ranked-trios-v4
            - name: PLAYFAB_SECRET_KEY
              valueFrom:
                secretKeyRef: {name: playfab, key: secret}  ⟪secretKeyRef⟫
"""),
    ("k8s/live/sealed-playfab.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: playfab
  namespace: matchmaking
spec:
  encryptedData:
    secret: AgB«b64k:180-sealed1»  ⟪SealedSecret ciphertext⟫
    title_id: AgC«b64k:120-sealed2»  ⟪SealedSecret ciphertext⟫
"""),
    ("k8s/live/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: economy-db
  namespace: economy
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: economy-db}
  data:
    - secretKey: password
      remoteRef: {key: economy/live/db, property: password}  ⟪remoteRef⟫
"""),
    ("k8s/live/leaderboards.enc.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: leaderboards
  namespace: boards
type: Opaque
stringData:
  REDIS_AUTH: «sops:boardsredis»  ⟪SOPS ciphertext⟫
  ANTICHEAT_HMAC: «sops:boardshmac»  ⟪SOPS ciphertext⟫
sops:
  kms:
    - arn: arn:aws:kms:us-west-2:472913860254:alias/sops-live
      created_at: "2026-10-02T09:12:44Z"
      enc: «kms:sopsdata»  ⟪KMS-wrapped data key⟫
  age:
    - recipient: «agepub:sops»  ⟪age public recipient⟫
  lastmodified: "2026-10-02T09:12:44Z"
  mac: «sops:boardsmac»  ⟪SOPS MAC⟫
  version: 3.9.1
"""),
    ("k8s/live/crashdesk-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: crashdesk
  namespace: crash
data:
  BACKTRACE_UNIVERSE: lanternfall
  BACKTRACE_SUBMIT_TOKEN: "«hex:64-btconfigmap»"  ⟦app-secret|submission token in a ConfigMap⟧
  SYMBOL_BUCKET: lf-symbol-cache-472913860254
  MINIDUMP_MAX_MB: "64"
"""),
    ("k8s/argocd/repo-emberline-deploy.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-emberline-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/lanternfall/emberline-deploy
  username: lf-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in an Argo CD repo secret⟧
"""),
    ("k8s/kubeconfig-live.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: emberline-live
    cluster:
      server: https://«uhex:32-eksid».gr7.us-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ecca:emberline-live-ca»  ⟪certificate authority data (base64 certificate)⟫
contexts:
  - name: ci-deployer@emberline-live
    context: {cluster: emberline-live, user: ci-deployer}
current-context: ci-deployer@emberline-live
users:
  - name: ci-deployer
    user:
      token: «k8stoken:cideployer»  ⟦k8s-token|service-account token in a kubeconfig⟧
"""),
    ("helm/economy/values-live.yaml", r"""
replicaCount: 6
image:
  repository: 730155948862.dkr.ecr.us-west-2.amazonaws.com/economy-api
  tag: "2026.11.21-«sha:helmeconomy»"  ⟪version tag with git SHA⟫
postgresql:
  enabled: false
externalDatabase:
  host: economy.cluster-c«lo:10-auroraeco».us-west-2.rds.amazonaws.com
  user: economy_app
  existingSecret: economy-db  ⟪existing Secret reference⟫
  existingSecretPasswordKey: password
xsolla:
  projectId: «num:6-xsollaproj»
  webhookSecret: «b62:32-xsollawh»  ⟦app-secret|Xsolla webhook secret in Helm values⟧
resources:
  limits: {cpu: "2", memory: 3Gi}
"""),
    ("helm/presence/values.yaml", r"""
# defaults; overridden per cluster in values-<cluster>.yaml
image:
  repository: 730155948862.dkr.ecr.us-west-2.amazonaws.com/presence
  pullPolicy: IfNotPresent
redis:
  architecture: replication
  auth:
    enabled: true
    password: ""
    existingSecret: presence-redis  ⟪existing Secret reference⟫
env:
  SECRET_KEY_BASE: "{{ .Values.secrets.secretKeyBase }}"  ⟪Helm template reference⟫
  RELEASE_COOKIE: "{{ required \"cookie\" .Values.secrets.cookie }}"  ⟪Helm template reference⟫
"""),
    ("helm/grafana/values-live.yaml", r"""
adminUser: admin
admin:
  existingSecret: grafana-admin  ⟪existing Secret reference⟫
grafana.ini:
  server:
    root_url: https://grafana.lanternfall.internal
  smtp:
    enabled: true
    host: email-smtp.us-west-2.amazonaws.com:587
    user: «akid:grafanases»  ⟦aws-key-id|SES SMTP user is an access key ID⟧
    password: «sesv4:grafanases»  ⟦aws-ses-smtp|SES SMTP password⟧
    from_address: grafana@lanternfall.gg
  auth.generic_oauth:
    client_id: grafana-live
    client_secret: $__file{/etc/secrets/oauth_client_secret}  ⟪Grafana file provider reference⟫
"""),
    ("helm/telemetry/values-staging.yaml", r"""
ingest:
  replicas: 2
  image:
    tag: sha-«sha:telemhelm»  ⟪image tag⟫
  env:
    MIXPANEL_PROJECT_TOKEN: «hex:32-mixpaneltok»  ⟪Mixpanel project token, public in clients⟫
    MIXPANEL_API_SECRET: «hex:32-mixpanelsec»  ⟦app-secret|Mixpanel API secret in Helm values⟧
    GAMEANALYTICS_GAME_KEY: «hex:32-gakey»  ⟪GameAnalytics game key, shipped in clients⟫
"""),
    ("compose/docker-compose.yml", r"""
# local dev stack: `docker compose up` then `make seed`
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres  ⟪local default password⟫
    ports: ["5432:5432"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "changeme"]  ⟪placeholder password⟫
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack test credentials⟫
      AWS_SECRET_ACCESS_KEY: test
      SERVICES: s3,sqs,dynamodb,kinesis
  minio:
    image: minio/minio
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin  ⟪MinIO default credentials⟫
"""),
    ("compose/docker-compose.liveops.yml", r"""
# liveops console on the ops VM (ops-1.lanternfall.internal) until it moves to ECS
services:
  console:
    image: 730155948862.dkr.ecr.us-west-2.amazonaws.com/liveops-console:2026.11
    restart: unless-stopped
    environment:
      DJANGO_SETTINGS_MODULE: liveops.settings.prod
      DJANGO_SECRET_KEY_FILE: /run/secrets/django_secret_key  ⟪path to a secret file⟫
      DATABASE_URL: postgres://liveops:«pwn:liveopsdb»@liveops-db.lanternfall.internal:5432/liveops  ⟦conn-string|Postgres URL with password⟧
      PLAYFAB_TITLE_ID: «up:5-playfabtitle»
      PLAYFAB_SECRET_KEY: «up:52-playfab»  ⟦app-secret|PlayFab title secret key⟧
    ports: ["8000:8000"]
  worker:
    image: 730155948862.dkr.ecr.us-west-2.amazonaws.com/liveops-console:2026.11
    command: celery -A liveops worker
    environment:
      CELERY_BROKER_URL: ${CELERY_BROKER_URL}  ⟪compose variable⟫
"""),
    ("docker/server/Dockerfile", r"""
FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command"]
ARG STEAMCMD_USER=lanternfall_build
ARG STEAMCMD_PASSWORD  ⟪build argument without a value⟫
RUN Invoke-WebRequest https://steamcdn-a.akamaihd.net/client/installer/steamcmd.zip -OutFile steamcmd.zip ; Expand-Archive steamcmd.zip C:\steamcmd
COPY Archive/WindowsServer C:/game
EXPOSE 7777/udp
ENTRYPOINT ["C:\\game\\EmberlineServer.exe", "-log"]
"""),
    ("docker/launcher/Dockerfile", r"""
FROM node:20-bookworm@sha256:«sha256:nodebase» AS build  ⟪base image digest⟫
WORKDIR /src
RUN echo "//npm.pkg.github.com/:_authToken=«ghp:launcherdocker»" > .npmrc && echo "@lanternfall:registry=https://npm.pkg.github.com" >> .npmrc  ⟦github|GitHub token baked into an image layer⟧
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪BuildKit secret mount⟫
COPY . .
RUN npm run build
"""),
    ("docker/symbolicator/Dockerfile", r"""
FROM python:3.12-slim
ENV AWS_ACCESS_KEY_ID=«akid:symdocker» \  ⟦aws-key-id|key ID in Dockerfile ENV⟧
    AWS_SECRET_ACCESS_KEY=«awssec:symdocker» \  ⟦aws-secret|secret in Dockerfile ENV⟧
    AWS_DEFAULT_REGION=us-west-2
RUN pip install --no-cache-dir symbolic==12.12.0 boto3
COPY symbolicate.py /app/
CMD ["python", "/app/symbolicate.py"]
"""),
    ("deploy/userdata/perforce-edge.sh", r"""
#!/bin/bash
# user data for p4-edge-* (Helix Core edge replicas), see runbooks/perforce.md
set -euo pipefail
dnf install -y helix-p4d
export P4PORT=ssl:1666 P4ROOT=/p4/1/root
P4SUPER_PASS=$(aws ssm get-parameter --with-decryption --name /perforce/super --query Parameter.Value --output text)  ⟪fetched at boot⟫
/opt/perforce/sbin/configure-helix-p4d.sh p4edge -n -p ssl:1666 -r /p4/1/root -u super -P "$P4SUPER_PASS"
p4 -u super configure set rpl.forward.login=1
echo "serviceUser edge-svc password: «pwc:edgesvc»" >> /root/provisioning.log  ⟦password|password echoed into a log by user data⟧
"""),
    ("deploy/cfn/perforce-commit.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Helix Core commit server (i4i.2xlarge, NVMe depot cache)
Parameters:
  P4Port:
    Type: String
    Default: ssl:1666
Resources:
  CommitServer:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: i4i.2xlarge
      ImageId: ami-0«hex:16-amip4»  ⟪AMI id⟫
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          /opt/perforce/sbin/configure-helix-p4d.sh commit -n -p ${P4Port} -r /p4/1/root -u super -P '«pw:p4commit»' --case 1  ⟦password|Perforce super password in UserData !Sub⟧
          p4 -p ${P4Port} -u super admin checkpoint
"""),
    ("deploy/cdk/cdk.out/LiveOpsStack.template.json", r"""
{
 "Resources": {
  "SupportSyncFn12AB34CD": {
   "Type": "AWS::Lambda::Function",
   "Properties": {
    "Code": {
     "S3Bucket": "cdk-hnb659fds-assets-472913860254-us-west-2",
     "S3Key": "«sha256:cdkasset».zip"  ⟪CDK asset hash⟫
    },
    "Environment": {
     "Variables": {
      "HUBSPOT_TOKEN": "«hubspot:supportsync»",  ⟦hubspot|HubSpot private app token in CDK output⟧
      "ZENDESK_SUBDOMAIN": "lanternfall"
     }
    },
    "Handler": "index.handler",
    "Runtime": "nodejs20.x"
   },
   "Metadata": {
    "aws:cdk:path": "LiveOpsStack/SupportSyncFn/Resource",
    "aws:asset:hash": "«sha256:cdkasset2»"  ⟪asset hash⟫
   }
  }
 }
}
"""),
    ("deploy/cdk/lib/analytics-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class AnalyticsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // TODO(sre-412): move to fromGeneratedSecret before the season 8 launch
    const creds = rds.Credentials.fromPassword('looker', cdk.SecretValue.unsafePlainText('«pwc:looker»'));  ⟦password|unsafePlainText password in CDK⟧
    const etl = rds.Credentials.fromSecret(sm.Secret.fromSecretNameV2(this, 'Etl', 'analytics/etl'));  ⟪fromSecret lookup⟫
    const adminCreds = rds.Credentials.fromGeneratedSecret('analytics_admin');
  }
}
"""),
    ("deploy/copilot/economy-worker/manifest.yml", r"""
name: economy-worker
type: Worker Service
image:
  location: 730155948862.dkr.ecr.us-west-2.amazonaws.com/economy-worker:latest
cpu: 512
memory: 1024
variables:
  XSOLLA_API_KEY: «hex:40-xsollacopilot»  ⟦app-secret|Xsolla API key in Copilot variables⟧
  LOG_FORMAT: json
secrets:
  DB_PASSWORD: /copilot/economy/live/secrets/db_password  ⟪Copilot secret SSM path⟫
  STRIPE_KEY:
    secretsmanager: 'economy/stripe:key::'  ⟪Copilot Secrets Manager reference⟫
"""),
    ("deploy/glue/telemetry-jobs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs - session rollups into Redshift
Resources:
  RedshiftConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: telemetry-redshift
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:redshift://telemetry.c«lo:10-rs».us-west-2.redshift.amazonaws.com:5439/events
          USERNAME: glue_etl
          PASSWORD: «pwc:glueetl»  ⟦password|Glue connection password⟧
  SessionRollup:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::472913860254:role/glue-telemetry
      Command: {Name: glueetl, ScriptLocation: s3://lf-glue-scripts-472913860254/session_rollup.py}
      DefaultArguments:
        --job-bookmark-option: job-bookmark-enable
        --redshift_user: glue_etl
        --redshift_secret_id: telemetry/redshift/glue_etl  ⟪Secrets Manager secret name⟫
        --TempDir: s3://lf-glue-temp-472913860254/
"""),
    ("deploy/sagemaker/churn-training.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Churn model - SageMaker pipeline and the training image env
Resources:
  ChurnModel:
    Type: AWS::SageMaker::Model
    Properties:
      ExecutionRoleArn: arn:aws:iam::472913860254:role/sagemaker-churn
      PrimaryContainer:
        Image: 763104351884.dkr.ecr.us-west-2.amazonaws.com/pytorch-training:2.3-gpu-py311
        Environment:
          WANDB_API_KEY: «hex:40-wandb»  ⟦app-secret|Weights & Biases API key in SageMaker env⟧
          HF_TOKEN: «hf:churn»  ⟦huggingface|Hugging Face token in SageMaker env⟧
          WANDB_PROJECT: churn-s7
          SAGEMAKER_PROGRAM: train.py
"""),
    ("deploy/cfn/cdn-patches.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Patch CDN - CloudFront in front of the patch bucket and the manifest API
Resources:
  PatchDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: manifest-api
            DomainName: manifest.internal.lanternfall.gg
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:48-originverify»  ⟦app-secret|shared origin-verify secret header⟧
          - Id: patches
            DomainName: lf-patches-472913860254.s3.us-west-2.amazonaws.com
            OriginAccessControlId: E«up:13-oacid»  ⟪OAC id⟫
        DefaultCacheBehavior:
          TargetOriginId: patches
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6
"""),
    ("deploy/cfn/amplify-press-kit.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Press kit site (Amplify Hosting) behind basic auth until the reveal trailer
Resources:
  PressKitApp:
    Type: AWS::Amplify::App
    Properties:
      Name: emberline-press-kit
      Repository: https://github.com/lanternfall/press-kit
      AccessToken: «ghp:amplify»  ⟦github|GitHub token in an Amplify app⟧
      BasicAuthConfig:
        EnableBasicAuth: true
        Username: press
        Password: «pp:presskit»  ⟦password|Amplify basic-auth password⟧
      EnvironmentVariables:
        - Name: NEXT_PUBLIC_FIREBASE_API_KEY
          Value: «aiza:presskit»  ⟪Firebase web API key, public⟫
"""),
    ("deploy/cfn/directory.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Managed AD for the build farm and the QA lab
Resources:
  StudioDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: corp.lanternfall.internal
      Password: '{{resolve:secretsmanager:corp/ad-admin:SecretString:password}}'  ⟪dynamic reference⟫
      Edition: Standard
      VpcSettings:
        VpcId: vpc-0«hex:16-vpcad»
        SubnetIds: [subnet-0«hex:16-subad1», subnet-0«hex:16-subad2»]  ⟪subnet ids⟫
"""),
    ("deploy/ansible/group_vars/perforce/vars.yml", r"""
p4_version: "2024.2"
p4_root: /p4/1/root
p4_super_user: super
p4_super_password: "{{ vault_p4_super_password }}"  ⟪Jinja vault reference⟫
p4_service_users:
  - name: edge-svc
    password: "{{ vault_edge_svc_password }}"  ⟪Jinja vault reference⟫
  - name: swarm
    password: «pwn:swarm»  ⟦password|service user password left in plain group_vars⟧
p4_ssl_cert: /p4/ssl/certificate.txt
"""),
    ("deploy/ansible/group_vars/perforce/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«vault:p4vault»  ⟪ansible-vault payload⟫
"""),
    ("deploy/cfn/README.md", r"""
# CloudFormation conventions

- Secrets never go in templates or parameter files. Use dynamic references:
  `'{{resolve:secretsmanager:economy/live/db:SecretString:password}}'`  ⟪dynamic reference in docs⟫
- For IAM users that must have keys, output only `!Ref` and store `!GetAtt Key.SecretAccessKey` in
  Secrets Manager (see `iam-build-users.yaml`).
- Local runs of cfn-lint and taskcat use the AWS documentation keys:
  `AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE`  ⟪documentation key⟫
  `AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`  ⟪documentation secret⟫
- Parameter files use `REPLACE_ME` for anything secret, e.g. `{"ParameterKey": "DbPassword", "ParameterValue": "REPLACE_ME"}`.  ⟪placeholder⟫
"""),
    ("secrets/live.enc.json", r"""
{
	"stripe_secret_key": "«sops:enc1»",  ⟪SOPS ciphertext⟫
	"playfab_secret_key": "«sops:enc2»",  ⟪SOPS ciphertext⟫
	"eos_client_secret": "«sops:enc3»",  ⟪SOPS ciphertext⟫
	"sops": {
		"kms": [
			{
				"arn": "arn:aws:kms:us-west-2:472913860254:alias/sops-live",
				"enc": "«kms:sopsjson»",  ⟪KMS-wrapped data key⟫
				"created_at": "2026-09-11T08:01:44Z",
				"aws_profile": ""
			}
		],
		"lastmodified": "2026-11-02T10:20:31Z",
		"mac": "«sops:encmac»",  ⟪SOPS MAC⟫
		"version": "3.9.1"
	}
}
"""),
    ("deploy/cfn/heroku-sunset-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Bridge Lambda that drains the old Heroku marketing app's Postgres before shutdown (OPS-2350)
Resources:
  DrainFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: drain.handler
      Role: arn:aws:iam::472913860254:role/heroku-drain
      Code: {S3Bucket: lf-artifacts-730155948862, S3Key: marketing/drain.zip}
      Environment:
        Variables:
          HEROKU_API_KEY: «heroku:drain»  ⟦heroku|Heroku API key in Lambda env⟧
          HEROKU_APP: lanternfall-marketing
          TARGET_BUCKET: lf-marketing-archive-472913860254
"""),
]
