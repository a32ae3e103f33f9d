"""fresh30 templates, AWS infrastructure as code (Kestrelway Rail & Metro): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
UserData, Terraform and tfvars, per-station edge stacks.
Markers: render.py and README.md."""

ACCT = "618204937751"

FILES = [
    ("infra/cfn/fares-backoffice.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  farebridge - contactless (EMV) and smartcard back office: tap aggregation, fare capping,
  acquirer settlement files. Aurora PostgreSQL, ECS Fargate, SQS. PCI CDE account 618204937751.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, preprod]
  AcquirerApiSecret:
    Type: String
    NoEcho: true
Resources:
  TapDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: taps
      MasterUsername: farebridge_admin
      MasterUserPassword: «pwc:tapdb»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-2:618204937751:key/«uuid:kmsfares»  ⟪KMS key ARN⟫
  AcquirerSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub farebridge/${Env}/acquirer
      SecretString: !Sub '{"merchant":"KRM-TFL-0042","api_secret":"${AcquirerApiSecret}"}'  ⟪Sub of a NoEcho parameter⟫
  DenyListBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub krm-${Env}-pan-denylist
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
"""),
    ("infra/cfn/fares-backoffice.prod.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "AcquirerApiSecret", "ParameterValue": "«b62:40-acquirer»"},  ⟦app-secret|acquirer API secret in a CloudFormation parameter file⟧
  {"ParameterKey": "AlertTopicEmail", "ParameterValue": "fares-oncall@kestrelway.co.uk"}
]
"""),
    ("infra/cfn/cbtc-gateway.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: cbtc-ats-gateway - read-only mirror of ATS train positions (Line 2 CBTC) into the cloud.
  Data diode on the OT side; this stack only receives UDP replays from the DMZ collector.
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-0b41d9e7a2c63f580  ⟪VPC id⟫
  CollectorSharedKey:
    Type: String
    NoEcho: true
    Default: «pwx:atscollector»  ⟦password|NoEcho parameter with a literal Default⟧
  HistorianPassword:
    Type: String
    NoEcho: true
Resources:
  PositionStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: ats-train-positions
      ShardCount: 2
      StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}
  HistorianConn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: ats-historian-jdbc
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://10.42.8.15:1433;databaseName=ATS_HIST
          USERNAME: glue_ats_ro
          PASSWORD: !Ref HistorianPassword
"""),
    ("infra/cfn/journey-planner.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: wayfarer journey planner API (OpenTripPlanner behind API Gateway) and push alerts
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
Resources:
  AlertsFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: alerts.handler
      CodeUri: src/
      Environment:
        Variables:
          ONESIGNAL_APP_ID: «uuid:onesignalapp»  ⟪OneSignal app id, public⟫
          ONESIGNAL_REST_KEY: os_v2_app_«lo:52-onesignal»  ⟦app-secret|OneSignal REST API key in Lambda env⟧
          MAPBOX_TOKEN: pk.eyJ1Ijoia2VzdHJlbHdheSIsImEiOiJj«lo:20-mapboxpub»In0.«urlsafe:16-mapboxsig»  ⟪Mapbox public pk. token⟫
          DISRUPTION_FEED_URL: https://api.kestrelway.co.uk/siri-sx/v2
  PlannerFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: planner.handler
      CodeUri: src/
      Environment:
        Variables:
          OTP_ROUTER: default
          PARTNER_BUS_API_KEY: '{{resolve:ssm-secure:/wayfarer/partner-bus-key}}'  ⟪ssm-secure dynamic reference⟫
          GOOGLE_ROUTES_KEY: «aiza:routes»  ⟪Google Maps browser key restricted by referrer⟫
"""),
    ("infra/cfn/ses-relay.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP relay user for the control-centre incident mailer (legacy Exchange connector)
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-occ-mailer
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecretRaw:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of SecretAccessKey, not a value⟫
"""),
    ("infra/cfn/depot-wifi-offload.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "depot Wi-Fi offload of train data recorder (TDR/OTMR) downloads to S3 via Transfer Family",
  "Resources": {
    "TdrServer": {
      "Type": "AWS::Transfer::Server",
      "Properties": {"Protocols": ["SFTP"], "IdentityProviderType": "SERVICE_MANAGED", "Domain": "S3"}
    },
    "HawthornDepotUser": {
      "Type": "AWS::Transfer::User",
      "Properties": {
        "ServerId": {"Fn::GetAtt": ["TdrServer", "ServerId"]},
        "UserName": "depot-hawthorn",
        "Role": {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/tdr-offload"},
        "SshPublicKeys": ["«sshpub:ed-hawthorn:depot-hawthorn@tdr-gw»"]  ⟪SSH public key⟫
      }
    },
    "OtmrVendorConnector": {
      "Type": "AWS::Transfer::Connector",
      "Properties": {
        "Url": "sftp://sftp.railsight-analytics.com",
        "AccessRole": {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/tdr-connector"},
        "SftpConfig": {"UserSecretId": "arn:aws:secretsmanager:eu-west-2:618204937751:secret:tdr/railsight-«b62:6-railsight»"}  ⟪Secrets Manager ARN⟫
      }
    },
    "VendorSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "tdr/railsight",
        "SecretString": "{\"Username\":\"kestrelway\",\"Password\":\"«pwr:railsightsftp»\"}"  ⟦password|Transfer connector SecretString with a literal password⟧
      }
    }
  }
}
"""),
    ("infra/cfn/crew-roster.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: rosterline - crew rostering integration (driver duties, spare turns, rest rules) with the HR system
Resources:
  RosterBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: rosterline
      EngineType: RABBITMQ
      EngineVersion: 3.13
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: roster-admin
          Password: '{{resolve:secretsmanager:rosterline/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: duty-publisher
          Password: «pw:dutymq»  ⟦password|Amazon MQ user password, season + year⟧
  HrConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: hr-workforce-api
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: KRM_ROSTER_INT
          Password: «pwn:hrbasic»  ⟦password|EventBridge connection basic-auth password⟧
  SignOnKioskConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: signon-kiosk
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-Kiosk-Key
          ApiKeyValue: «hex:40-kioskkey»  ⟦app-secret|EventBridge API-key connection value⟧
"""),
    ("infra/cfn/station-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from the Hawthorn control centre (Fortinet) and the backup control centre
Resources:
  OccCgw:
    Type: AWS::EC2::CustomerGateway
    Properties: {BgpAsn: 65110, IpAddress: 198.51.100.24, Type: ipsec.1}
  OccVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref OccCgw
      TransitGatewayId: tgw-04ac9d1e7b3f26a80  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-occtun1»  ⟦password|Site-to-Site VPN tunnel 1 pre-shared key⟧
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «lo:32-occtun2»  ⟦password|Site-to-Site VPN tunnel 2 pre-shared key⟧
          TunnelInsideCidr: 169.254.44.4/30
"""),
    ("infra/cfn/pis-content.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: passenger information displays - content API for platform and on-board PIDs
Resources:
  PidsApiKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: pids-onboard-fleet
      Enabled: true
      Value: «b62:40-pidsapikey»  ⟦app-secret|API Gateway ApiKey Value literal⟧
  PidsCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: departures cache
      Engine: redis
      CacheNodeType: cache.t4g.medium
      TransitEncryptionEnabled: true
      AuthToken: «pwr:pidsredis»  ⟦password|ElastiCache AuthToken literal⟧
"""),
    ("infra/cfn/cctv-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: on-board and station CCTV evidence archive (requests from British Transport Police)
Resources:
  EvidenceBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: krm-cctv-evidence
      ObjectLockEnabled: true
  NvrSync:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: nvr-archive01.occ.kestrelway.local
      Subdirectory: /Exports
      User: svc_datasync
      Domain: KRMOPS
      Password: «pwl:nvrsmb»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:eu-west-2:618204937751:agent/agent-0«hex:16-dsagent»  ⟪DataSync agent ARN⟫
"""),
    ("infra/cfn/gtfs-rt-publisher.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: open data - GTFS static, GTFS-Realtime (TripUpdates, VehiclePositions, Alerts) and SIRI-VM/SX feeds
Resources:
  FeedFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: !Sub arn:aws:iam::${AWS::AccountId}:role/gtfsrt-publisher
      Code: {S3Bucket: krm-artifacts, S3Key: gtfsrt/publisher-1.14.2.zip}
      Environment:
        Variables:
          AVL_SOURCE: kinesis://ats-train-positions
          DATAHUB_CLIENT_ID: kestrelway-opendata  ⟪client id⟫
          DATAHUB_CLIENT_SECRET: «okx:48-datahub»  ⟦app-secret|national data hub client secret in Lambda env⟧
          FEED_SIGNING_PUBLIC_KEY: /opendata/feed-signing.pub
  FeedDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: feeds
            DomainName: krm-opendata.s3.eu-west-2.amazonaws.com
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «hex:32-originverify»  ⟦app-secret|CloudFront origin verification header⟧
        DefaultCacheBehavior: {TargetOriginId: feeds, ViewerProtocolPolicy: redirect-to-https, CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6}
"""),
    ("infra/cfn/maint-terminal-bastion.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Windows jump host for interlocking maintenance terminal (MT) log pulls; OT team only
Resources:
  MtJump:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a7c5e91d24b3f860  ⟪AMI id⟫
      InstanceType: t3.large
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString "«pwc:mtjumpadmin»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          New-LocalUser -Name "ot-maint" -Password $pw -PasswordNeverExpires
          Add-LocalGroupMember -Group "Remote Desktop Users" -Member "ot-maint"
          [Environment]::SetEnvironmentVariable("AWS_ACCESS_KEY_ID","«akid:mtjump»","Machine")  ⟦aws-key-id|key id in UserData⟧
          [Environment]::SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY","«awssec:mtjump»","Machine")  ⟦aws-secret|secret in UserData⟧
          Read-S3Object -BucketName krm-ot-tools -Key ssi/mt-logpull.zip -File C:\tools\mt-logpull.zip
          </powershell>
"""),
    ("infra/cfn/ridership-glue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ridership analytics - gate taps, APC counts and ticket sales into the lake
Resources:
  TapsJob:
    Type: AWS::Glue::Job
    Properties:
      Name: taps-to-lake
      Role: arn:aws:iam::618204937751:role/glue-ridership
      Command: {Name: glueetl, ScriptLocation: s3://krm-glue-scripts/taps_to_lake.py}
      DefaultArguments:
        --job-language: python
        --apc_vendor_user: kestrelway_apc
        --apc_vendor_password: «pwp:apcvendor»  ⟦password|Glue DefaultArguments password⟧
        --enable-metrics: ''
  SalesConn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: tvm-sales-mssql
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://tvm-central.kestrelway.local:1433;databaseName=TVMSALES
          USERNAME: glue_reader
          PASSWORD: «pw:tvmsalesglue»  ⟦password|Glue connection PASSWORD⟧
"""),
    ("infra/cfn/codebuild-onboard.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: builds of the on-board PIS and passenger Wi-Fi portal images
Resources:
  OnboardBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: onboard-pis-image
      ServiceRole: arn:aws:iam::618204937751:role/codebuild-onboard
      Artifacts: {Type: NO_ARTIFACTS}
      Source: {Type: GITHUB, Location: https://github.com/kestrelway/onboard-pis.git}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: ARTIFACTORY_USER
            Value: ci-onboard
          - Name: ARTIFACTORY_PASSWORD
            Type: PLAINTEXT
            Value: «pwx:artifactoryonboard»  ⟦password|CodeBuild PLAINTEXT environment variable⟧
          - Name: SIGNING_KEY_PASSPHRASE
            Type: SECRETS_MANAGER
            Value: onboard/signing:passphrase  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: NEXUS_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/nexus-token  ⟪CodeBuild PARAMETER_STORE reference⟫
"""),
    ("infra/cfn/iot-escalators.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: station lifts and escalators - condition monitoring from the lift vendor's gateway
Resources:
  LiftTelemetryRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: lift_faults_to_vendor
      TopicRulePayload:
        Sql: SELECT * FROM 'krm/stations/+/lifts/+/faults'
        Actions:
          - Http:
              Url: https://api.liftcare-connect.com/v3/faults
              Headers:
                - Key: Authorization
                  Value: Bearer «okx:44-liftcare»  ⟦app-secret|IoT HTTP action bearer header to the lift vendor⟧
                - Key: X-Operator
                  Value: KESTRELWAY
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "wayfarer-planner"
s3_bucket = "krm-sam-artifacts-618204937751"
region = "eu-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=\"prod\" PartnerFeedToken=\"«b62:36-partnerfeed»\" OtpRouter=\"default\""  ⟦app-secret|samconfig parameter_overrides token⟧

[preprod.deploy.parameters]
stack_name = "wayfarer-planner-preprod"
parameter_overrides = "Env=\"preprod\" PartnerFeedToken=\"{{resolve:ssm:/wayfarer/preprod/partner-feed}}\""  ⟪resolve reference⟫
"""),
    ("infra/sam/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  Env: {Type: String}
  PartnerFeedToken: {Type: String, NoEcho: true}
  OtpRouter: {Type: String, Default: default}
Resources:
  PartnerFeedFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: partner.handler
      Environment:
        Variables:
          PARTNER_FEED_TOKEN: !Ref PartnerFeedToken  ⟪Ref of a NoEcho parameter⟫
"""),
    ("infra/serverless/serverless.yml", r"""
service: tvm-telemetry
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  environment:
    TVM_VENDOR_API: https://fleet.scheidt-tvm.net/api/v2
    TVM_VENDOR_KEY: ${ssm:/tvm/vendor-key}  ⟪serverless ssm reference⟫
    CASH_COLLECT_PASSWORD: «pwn:cashcollect»  ⟦password|serverless provider environment password⟧
    SLACK_WEBHOOK: «slackhook:tvmalerts»  ⟦slack|Slack incoming webhook in serverless env⟧
functions:
  heartbeat:
    handler: src/heartbeat.handler
    events:
      - sqs: arn:aws:sqs:eu-west-2:618204937751:tvm-heartbeats
  banknoteJam:
    handler: src/jam.handler
    environment:
      PAGERDUTY_ROUTING_KEY: «pdkey:tvmjam»  ⟦pagerduty|PagerDuty routing key in serverless function env⟧
"""),
    ("infra/serverless/serverless.staff-app.yml", r"""
service: crew-app-api
provider:
  name: aws
  runtime: python3.12
  environment:
    ROSTER_API_URL: https://rosterline.internal.kestrelway.co.uk
    ROSTER_API_KEY: ${env:ROSTER_API_KEY}  ⟪env reference⟫
    FCM_SERVER_KEY: ${ssm:/crew-app/fcm}  ⟪ssm reference⟫
    JWT_ISSUER: https://id.kestrelway.co.uk
custom:
  pythonRequirements:
    dockerizePip: true
"""),
    ("infra/ecs/farebridge-taskdef.json", r"""
{
  "family": "farebridge-taps",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::618204937751:role/ecsTaskExecution",
  "containerDefinitions": [
    {
      "name": "taps",
      "image": "618204937751.dkr.ecr.eu-west-2.amazonaws.com/farebridge@sha256:«sha256:farebridgeimg»",  ⟪image digest⟫
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "HSM_PARTITION_PIN", "value": "«pin:8-hsmpart»"},  ⟦password|payment HSM partition PIN in ECS env⟧
        {"name": "ACQUIRER_SFTP_PASSWORD", "value": "«pwx:acqsftp»"},  ⟦password|acquirer SFTP password in ECS env⟧
        {"name": "DATADOG_API_KEY", "value": "«ddapi:farebridge»"}  ⟦datadog|Datadog API key in ECS env⟧
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-2:618204937751:secret:farebridge/db-«b62:6-fbdb»"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/siri-gateway-taskdef.yaml", r"""
family: siri-gateway
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '512'
memory: '1024'
containerDefinitions:
  - name: siri
    image: 618204937751.dkr.ecr.eu-west-2.amazonaws.com/siri-gateway:2.8.0
    environment:
      - name: SIRI_REQUESTOR_REF
        value: KESTRELWAY_RTI  ⟪SIRI requestor ref, an id⟫
      - name: PARTNER_BUS_SIRI_PASSWORD
        value: «pwp:busSiri»  ⟦password|partner operator SIRI subscription password in ECS task env⟧
      - name: NEW_RELIC_LICENSE_KEY
        value: «nrlic:siri»  ⟦newrelic|New Relic license key in ECS env⟧
    secrets:
      - name: DATAHUB_SECRET
        valueFrom: /opendata/datahub-secret  ⟪valueFrom SSM⟫
"""),
    ("infra/lambda/occ-paging-config.json", r"""
{
  "FunctionName": "occ-incident-paging",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::618204937751:role/occ-paging",
  "Handler": "paging.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256 hash⟫
  "Environment": {
    "Variables": {
      "TWILIO_ACCOUNT_SID": "«twac:occ»",  ⟪Twilio account SID, an id⟫
      "TWILIO_AUTH_TOKEN": "«hex:32-twilioocc»",  ⟦twilio|Twilio auth token in Lambda configuration⟧
      "TETRA_GATEWAY_PASSWORD": "«pwl:tetragw»",  ⟦password|TETRA SDS gateway password in Lambda env⟧
      "ESCALATION_POLICY": "PXO4Q2B"
    }
  }
}
"""),
    ("infra/lambda/gate-denylist-config.json", r"""
{
  "FunctionName": "gate-denylist-push",
  "Runtime": "java21",
  "Environment": {
    "Variables": {
      "GATE_FLEET_MQTT_HOST": "a3k1x9vqz7e2mb-ats.iot.eu-west-2.amazonaws.com",
      "DENYLIST_HMAC_KEY": "«hex:64-denyhmac»",  ⟦app-secret|deny-list HMAC key in Lambda env⟧
      "AWS_LAMBDA_LOG_FORMAT": "JSON"
    }
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.60" }
    datadog = { source = "DataDog/datadog", version = "~> 3.40" }
  }
  backend "s3" {
    bucket         = "krm-tfstate-618204937751"
    key            = "core/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "krm-tf-locks"
  }
}

provider "aws" {
  region = "eu-west-2"
}

provider "datadog" {
  api_key = "«ddapi:tfprov»"  ⟦datadog|Datadog API key in provider block⟧
  app_key = "«ddapp:tfprov»"  ⟦datadog|Datadog application key in provider block⟧
}
"""),
    ("infra/terraform/rds-rostering.tf", r"""
resource "aws_db_instance" "roster" {
  identifier              = "rosterline-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  username                = "roster_owner"
  password                = "«pwn:rosterrds»"  ⟦password|Terraform aws_db_instance password literal⟧
  backup_retention_period = 14
  storage_encrypted       = true
}

resource "aws_db_instance" "roster_replica" {
  identifier                  = "rosterline-reporting"
  replicate_source_db         = aws_db_instance.roster.identifier
  instance_class              = "db.t4g.large"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "etcs_kmc_sftp_password" {
  description = "KMC vendor SFTP (offline KMAC distribution)"
  type        = string
  sensitive   = true
  default     = "«pwx:kmcsftp»"  ⟦password|Terraform variable default password⟧
}

variable "wifi_portal_radius_secret" {
  type      = string
  sensitive = true
}
"""),
    ("infra/terraform/prod.tfvars", r"""
env                       = "prod"
region                    = "eu-west-2"
wifi_portal_radius_secret = "«pwr:wifiradius»"  ⟦password|RADIUS shared secret in tfvars⟧
onboard_fleet_units       = 87
pagerduty_token           = "«okx:20-pdtoken»"  ⟦pagerduty|PagerDuty REST token in tfvars⟧
"""),
    ("infra/terraform/ses.tf", r"""
resource "aws_iam_access_key" "occ_smtp" {
  user = aws_iam_user.occ_smtp.name
}

output "smtp_password" {
  value     = aws_iam_access_key.occ_smtp.ses_smtp_password_v4  ⟪computed SES password⟫
  sensitive = true
}

resource "random_password" "pidsapi" {
  length  = 32
  special = false
}
"""),
    ("infra/terraform/modules/station-edge/main.tf", r"""
variable "station_code" { type = string }
variable "snmp_community" {
  type    = string
  default = "public"  ⟪vendor default SNMP community⟫
}
resource "aws_ssm_parameter" "pa_gateway" {
  name  = "/stations/${var.station_code}/pa-gateway-password"
  type  = "SecureString"
  value = var.pa_password
}
"""),
    ("infra/terraform/live/stations.auto.tfvars.json", r"""
{
  "stations": ["HWT", "MLB", "CRS", "QNQ", "ASH", "VLD"],
  "pa_password": "«pwp:paGateway»",  ⟦password|PA gateway password in tfvars JSON⟧
  "lift_vendor_api_key": "«hex:40-liftvendor»"  ⟦app-secret|lift vendor API key in tfvars JSON⟧
}
"""),
    ("infra/terraform/iam-partners.tf", r"""
# Partner operator (Northmoor Buses) reads our SIRI-VM archive. Key handed over 2026-09-14, see RITM0041822.
resource "aws_iam_user" "northmoor" {
  name = "partner-northmoor-siri"
}

locals {
  northmoor_key_id     = "«akid:northmoor»"  ⟦aws-key-id|partner key id pasted into Terraform locals⟧
  northmoor_key_secret = "«awssec:northmoor»"  ⟦aws-secret|partner secret pasted into Terraform locals⟧
}
"""),
    ("infra/cdk/lib/control-centre-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class ControlCentreStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const incidentDb = new rds.DatabaseInstance(this, 'IncidentLog', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret('occ_admin'),  ⟪generated secret⟫
    });
    const scadaBridge = new sm.Secret(this, 'TractionScada', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwl:tractionscada»'),  ⟦password|CDK unsafePlainText secret⟧
    });
    new sm.Secret(this, 'RadioDispatch', {
      secretObjectValue: {
        username: cdk.SecretValue.unsafePlainText('dispatch'),
        password: cdk.SecretValue.unsafePlainText('«pwc:radiodispatch»'),  ⟦password|CDK secretObjectValue password⟧
      },
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue, aws_secretsmanager as sm, aws_docdb as docdb
from constructs import Construct


class OnboardStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        docdb.DatabaseCluster(
            self, "FleetHealth",
            master_user=docdb.Login(username="fleetadmin",
                                    password=SecretValue.unsafe_plain_text("«pwn:fleetdocdb»")),  ⟦password|CDK Python DocumentDB master password⟧
            instance_type=None,
        )
        sm.Secret.from_secret_name_v2(self, "WifiPortal", "onboard/wifi-portal")  ⟪secret reference⟫


app = App()
OnboardStack(app, "onboard-prod")
app.synth()
"""),
]


def _station_stacks():
    """One CloudFormation parameter file per station edge stack (PA, help points, lifts)."""
    out = []
    stations = [("HWT", "Hawthorn Junction"), ("MLB", "Millbrook"), ("CRS", "Crossgate"), ("QNQ", "Quayside North"),
                ("ASH", "Ashfield Parkway"), ("VLD", "Veldon Central"), ("BRN", "Barnmoor"), ("TWR", "Tower Street"),
                ("OKL", "Oakley Lane"), ("SWD", "Southwold Road")]
    for i, (code, name) in enumerate(stations):
        lc = code.lower()
        if i % 3 == 0:
            body = f"""
[
  {{"ParameterKey": "StationName", "ParameterValue": "{name}"}},
  {{"ParameterKey": "StationCode", "ParameterValue": "{code}"}},
  {{"ParameterKey": "LogKmsKeyArn", "ParameterValue": "arn:aws:kms:eu-west-2:618204937751:key/«uuid:logkms-{lc}»"}},  ⟪KMS key ARN⟫
  {{"ParameterKey": "PaZoneCount", "ParameterValue": "{6 + i}"}},
  {{"ParameterKey": "HelpPointSipPassword", "ParameterValue": "«pw6:hp-{lc}»"}},  ⟦password|help point SIP password in a parameter file⟧
  {{"ParameterKey": "LiftGatewayCertArn", "ParameterValue": "arn:aws:acm:eu-west-2:618204937751:certificate/«uuid:acm-{lc}»"}}  ⟪ACM ARN⟫
]
"""
        elif i % 3 == 1:
            body = f"""
[
  {{"ParameterKey": "StationName", "ParameterValue": "{name}"}},
  {{"ParameterKey": "StationCode", "ParameterValue": "{code}"}},
  {{"ParameterKey": "LogKmsKeyArn", "ParameterValue": "arn:aws:kms:eu-west-2:618204937751:key/«uuid:logkms-{lc}»"}},  ⟪KMS key ARN⟫
  {{"ParameterKey": "PaZoneCount", "ParameterValue": "{4 + i}"}},
  {{"ParameterKey": "HelpPointSipPassword", "ParameterValue": "{{{{resolve:secretsmanager:stations/{lc}/helppoint}}}}"}},  ⟪resolve reference⟫
  {{"ParameterKey": "NvrAdminPassword", "ParameterValue": "«pwp:nvr-{lc}»"}}  ⟦password|station NVR admin password in a parameter file⟧
]
"""
        else:
            body = f"""
[
  {{"ParameterKey": "StationName", "ParameterValue": "{name}"}},
  {{"ParameterKey": "StationCode", "ParameterValue": "{code}"}},
  {{"ParameterKey": "LogKmsKeyArn", "ParameterValue": "arn:aws:kms:eu-west-2:618204937751:key/«uuid:logkms-{lc}»"}},  ⟪KMS key ARN⟫
  {{"ParameterKey": "PaZoneCount", "ParameterValue": "{3 + i}"}},
  {{"ParameterKey": "PaControllerPassword", "ParameterValue": "«pwc:pa-{lc}»"}}  ⟦password|PA controller password in a parameter file⟧
]
"""
        out.append((f"infra/cfn/stations/{lc}-edge.params.json", body))
    return out


def _service_taskdefs():
    """ECS task definitions of the smaller services."""
    svcs = [("tvm-fleet", "TVM_VENDOR_PASSWORD", "pwx", "password", "TVM vendor fleet password in ECS env"),
            ("pids-renderer", "PIDS_CMS_TOKEN", "okx", "app-secret", "PIDS CMS token in ECS env"),
            ("roster-sync", "ROSTER_DB_PASSWORD", "pwn", "password", "roster DB password in ECS env"),
            ("depot-yard", "YARD_MQTT_PASSWORD", "pwl", "password", "depot yard MQTT password in ECS env"),
            ("wifi-portal", "CAPTIVE_PORTAL_SECRET", "b62", "app-secret", "captive portal signing secret in ECS env"),
            ("apc-ingest", "APC_VENDOR_TOKEN", "okx", "app-secret", "APC vendor token in ECS env"),
            ("lost-property", "ZENDESK_API_TOKEN", "zendesk", "app-secret", "Zendesk API token in ECS env"),
            ("asset-register", "MAXIMO_APIKEY", "lo", "app-secret", "Maximo API key in ECS env")]
    out = []
    for i, (svc, var, fn, kind, note) in enumerate(svcs):
        secret_ref = "" if i % 2 else f"""
        "secrets": [{{"name": "DB_URL", "valueFrom": "/svc/{svc}/db-url"}}],  ⟪valueFrom SSM⟫"""
        out.append((f"infra/ecs/{svc}-taskdef.json", f"""
{{
  "family": "{svc}",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "containerDefinitions": [
    {{
      "name": "{svc}",
      "image": "618204937751.dkr.ecr.eu-west-2.amazonaws.com/{svc}:1.{i}.{3 * i + 1}",{secret_ref}
      "environment": [
        {{"name": "LOG_LEVEL", "value": "info"}},
        {{"name": "BUILD_SHA", "value": "«sha:build-{svc}»"}},  ⟪git SHA⟫
        {{"name": "{var}", "value": "«{fn}:{svc}»"}}  ⟦{kind}|{note}⟧
      ]
    }}
  ]
}}
"""))
    return out


FILES += _station_stacks() + _service_taskdefs()


def _depot_stacks():
    """Depot edge stacks: shore-supply monitoring, wash and lathe uploads, depot Wi-Fi offload."""
    depots = [("hawthorn", "HWD"), ("barnmoor", "BMD"), ("veldon", "VLD"), ("pennyworth", "PWD"), ("okley", "OKD")]
    out = []
    for i, (d, code) in enumerate(depots):
        out.append((f"infra/cfn/depots/{d}-edge.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: {d.capitalize()} depot ({code}) edge - Greengrass core for shore supply, wash and lathe telemetry
Parameters:
  CoreThingName:
    Type: String
    Default: krm-{code.lower()}-gg01
Resources:
  DepotCore:
    Type: AWS::GreengrassV2::ComponentVersion
    Properties:
      InlineRecipe: !Sub |
        RecipeFormatVersion: '2020-01-25'
        ComponentName: uk.co.kestrelway.depot.{d}
        ComponentVersion: '1.{i}.0'
        ComponentConfiguration:
          DefaultConfiguration:
            ShoreSupplyModbusHost: 10.8{i}.1.20
            ScadaUser: depot-{d}
            ScadaPassword: «pwp:gg-{d}»  ⟦password|password in a Greengrass recipe DefaultConfiguration⟧
            HistorianToken: «okx:40-gghist-{d}»  ⟦app-secret|historian token in a Greengrass recipe⟧
            ShoreSupplySnmpCommunity: «snmp:gg-{d}»  ⟦password|SNMP community in a Greengrass recipe⟧
        Manifests:
          - Platform: {{os: linux}}
            Lifecycle: {{Run: python3 -u {{artifacts:path}}/depot_edge.py}}
  DepotLogGroup:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: /krm/depots/{d}
      KmsKeyId: arn:aws:kms:eu-west-2:618204937751:key/«uuid:kms-{d}»  ⟪KMS key ARN⟫
"""))
    return out


def _service_tfvars():
    svcs = [("farebridge", "acquirer_sftp_password", "pwx"), ("rosterline", "hr_api_password", "pwn"),
            ("wayfarer", "otp_admin_password", "pwl"), ("pids", "cms_db_password", "pwc"),
            ("opendata", "siri_partner_password", "pwp"), ("tvm-central", "tvm_sql_password", "pw6"),
            ("cctv-archive", "nvr_export_password", "pwl"), ("crew-app", "crew_db_password", "pwn")]
    out = []
    for i, (svc, var, fn) in enumerate(svcs):
        out.append((f"infra/terraform/live/{svc}/prod.tfvars", f"""
env          = "prod"
service      = "{svc}"
vpc_id       = "vpc-0{i}4c1e9a7b2d3f68"  ⟪VPC id⟫
{var} = "«{fn}:tfv-{svc}»"  ⟦password|service password in tfvars⟧
alarm_topic  = "arn:aws:sns:eu-west-2:618204937751:{svc}-alarms"
"""))
    return out


def _service_workflows():
    svcs = ["farebridge", "rosterline", "pids-renderer", "siri-gateway", "wifi-portal", "delay-repay"]
    out = []
    for i, svc in enumerate(svcs):
        if i % 2 == 0:
            creds = f"""
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «akid:gha-{svc}»  ⟦aws-key-id|key id in a workflow step⟧
          aws-secret-access-key: «awssec:gha-{svc}»  ⟦aws-secret|secret in a workflow step⟧
          aws-region: eu-west-2"""
        else:
            creds = f"""
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::618204937751:role/gha-{svc}  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: npm publish --workspace apps/{svc}/client
        env:
          NODE_AUTH_TOKEN: «npm:gha-{svc}»  ⟦npm|npm token in a workflow step⟧"""
        out.append((f".github/workflows/deploy-{svc}.yml", f"""
name: deploy-{svc}
on:
  push:
    branches: [main]
    paths: ['apps/{svc}/**']
jobs:
  deploy:
    runs-on: ubuntu-24.04
    permissions: {{id-token: write, contents: read}}
    steps:
      - uses: actions/checkout@v4{creds}
      - run: make -C apps/{svc} deploy
        env:
          SLACK_BOT_TOKEN: ${{{{ secrets.SLACK_BOT_TOKEN }}}}  ⟪GitHub secret reference⟫
"""))
    return out


FILES += _depot_stacks() + _service_tfvars() + _service_workflows()


FILES += [
    ("infra/cfn/opendata-partners.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "partner operator access to real-time feeds (SIRI-VM archive, GTFS-RT firehose)",
  "Parameters": {
    "RiverCityKey": {"Type": "String", "NoEcho": true, "Default": "«hex:32-rivercitycfn»"}  ⟦app-secret|NoEcho Default partner key in CFN JSON⟧
  },
  "Resources": {
    "PartnerApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "rivercity-trams", "Enabled": true, "Value": {"Ref": "RiverCityKey"}}  ⟪Ref of a parameter⟫
    },
    "FirehoseToPartner": {
      "Type": "AWS::KinesisFirehose::DeliveryStream",
      "Properties": {
        "DeliveryStreamName": "gtfsrt-to-rivercity",
        "HttpEndpointDestinationConfiguration": {
          "EndpointConfiguration": {
            "Url": "https://ingest.rivercitytrams.co.uk/firehose",
            "Name": "rivercity",
            "AccessKey": "«okx:40-firehosepartner»"  ⟦app-secret|Firehose HTTP endpoint access key⟧
          },
          "S3Configuration": {"BucketARN": "arn:aws:s3:::krm-firehose-backup", "RoleARN": {"Fn::Sub": "arn:aws:iam::${AWS::AccountId}:role/firehose"}}
        }
      }
    },
    "NorthmoorSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "opendata/northmoor",
        "GenerateSecretString": {"SecretStringTemplate": "{\"username\":\"kestrelway\"}", "GenerateStringKey": "password", "PasswordLength": 32}  ⟪GenerateSecretString⟫
      }
    }
  }
}
"""),
    ("infra/cfn/contactless-msk.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tap events bus (MSK, SASL/SCRAM) between gate validators' concentrators and farebridge
Resources:
  TapsScramSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_taps_validators
      KmsKeyId: alias/msk-scram
      SecretString: '{"username":"validator-concentrator","password":"«pwx:mskscram»"}'  ⟦password|MSK SCRAM SecretString literal⟧
  TapsCluster:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: taps
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      ClientAuthentication: {Sasl: {Scram: {Enabled: true}}}
      BrokerNodeGroupInfo:
        InstanceType: kafka.m7g.large
        ClientSubnets: [subnet-0a81c3f5e2d947b60, subnet-0c3e9d1a7f2b58640, subnet-05d2b7e9c1a4f3680]  ⟪subnet ids⟫
"""),
    ("infra/cfn/depot-linux-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: depot data-offload gateway (Amazon Linux 2023) - TDR and CCTV staging before S3
Resources:
  OffloadGw:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0e5c17f2a94d3b860  ⟪AMI id⟫
      InstanceType: c6i.large
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          dnf install -y docker && systemctl enable --now docker
          docker login -u kestrelci -p «dckr:userdata» docker.io  ⟦docker-hub|docker login -p in UserData⟧
          cat > /etc/offload.env <<EOT
          AWS_ACCESS_KEY_ID=«akid:offloadgw»  ⟦aws-key-id|key id written by UserData⟧
          AWS_SECRET_ACCESS_KEY=«awssec:offloadgw»  ⟦aws-secret|secret written by UserData⟧
          NAS_PASSWORD=«pwn:offloadnas»  ⟦password|NAS password written by UserData⟧
          EOT
          docker run -d --env-file /etc/offload.env kestrelway/offload-gw:1.9
"""),
    ("infra/codebuild/buildspec-ixl-data.yml", r"""
version: 0.2
env:
  variables:
    IXL_VENDOR_PORTAL: https://portal.ssi-tools.eu
    IXL_VENDOR_USER: kestrelway-data
    IXL_VENDOR_PASSWORD: «pwl:ixlportal»  ⟦password|buildspec env variable password⟧
  parameter-store:
    SIGNING_PIN: /ot/ixl/signing-pin  ⟪buildspec parameter-store⟫
  secrets-manager:
    NEXUS_PASSWORD: ci/nexus:password  ⟪buildspec secrets-manager⟫
phases:
  build:
    commands:
      - python tools/validate_ixl.py data/
      - curl -u "$IXL_VENDOR_USER:$IXL_VENDOR_PASSWORD" -F pkg=@build/ixl.tar $IXL_VENDOR_PORTAL/upload
"""),
    ("infra/terraform/msk-scram.tf", r"""
resource "aws_secretsmanager_secret" "gate_concentrator" {
  name       = "AmazonMSK_gate_concentrator"
  kms_key_id = aws_kms_key.msk.arn
}

resource "aws_secretsmanager_secret_version" "gate_concentrator" {
  secret_id = aws_secretsmanager_secret.gate_concentrator.id
  secret_string = jsonencode({
    username = "gate-concentrator"
    password = "«pwc:gateconc»"  ⟦password|jsonencode password in a secret version⟧
  })
}

resource "aws_secretsmanager_secret_version" "ats_mirror" {
  secret_id     = aws_secretsmanager_secret.ats_mirror.id
  secret_string = random_password.ats_mirror.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/legacy-smtp.tf", r"""
# Legacy SMTP for station CIS e-mail alerts. Created by hand in 2023 and imported; DO NOT copy this pattern.
locals {
  cis_smtp_user     = "«akid:cissmtp»"  ⟦aws-ses-smtp|SES SMTP user in Terraform locals⟧
  cis_smtp_password = "«sesv4:cissmtp»"  ⟦aws-ses-smtp|SES SMTP password in Terraform locals⟧
  cis_smtp_host     = "email-smtp.eu-west-2.amazonaws.com"
}
"""),
    ("deploy/helm/ats-mirror/values-prod.yaml", r"""
ingest:
  source: kinesis
  stream: ats-train-positions
historian:
  host: 10.42.8.15
  user: ats_ro
  password: «pwn:atshelm»  ⟦password|historian password in Helm values⟧
influxdb2:
  adminUser:
    user: admin
    password: «pwr:influxadmin»  ⟦password|InfluxDB admin password in Helm values⟧
    token: «urlsafe:64-influxadmin»  ⟦app-secret|InfluxDB admin token in Helm values⟧
    existingSecret: ""
grafana:
  admin:
    existingSecret: grafana-admin  ⟪existingSecret⟫
"""),
    ("deploy/argocd/pids-application.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: pids-renderer
  namespace: argocd
spec:
  project: stations
  source:
    repoURL: https://github.com/kestrelway/pids.git
    targetRevision: main
    path: chart
    helm:
      parameters:
        - name: cms.password
          value: «pwl:argopids»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 3.2.1
  destination:
    server: https://kubernetes.default.svc
    namespace: pids
"""),
    ("deploy/compose/occ-video-wall/docker-compose.yml", r"""
services:
  wall-controller:
    image: registry.kestrelway.co.uk/occ/video-wall:2.4
    environment:
      NVR_API_URL: https://vms.occ.kestrelway.local/api
      NVR_API_USER: videowall
      NVR_API_PASSWORD: «pwc:videowall»  ⟦password|VMS API password in compose⟧
      ATS_FEED: ws://ats-mirror.occ.kestrelway.local/positions
      MAP_TILES_KEY: pk.eyJ1Ijoia2VzdHJlbHdheSIsImEiOiJj«lo:20-mapboxwall»In0.«urlsafe:16-mapboxwallsig»  ⟪Mapbox public token⟫
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "«pwr:wallredis»"]  ⟦password|redis-server --requirepass⟧
"""),
    ("ci/Jenkinsfile.depot-tools", r"""
pipeline {
  agent any
  stages {
    stage('deploy to depot NAS') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'depot-nas', usernameVariable: 'U', passwordVariable: 'P')]) {  ⟪withCredentials⟫
          sh 'smbclient //hawthorn-nas01/tools -U "$U%$P" -c "put build/depot-tools.zip"'
        }
        sh 'smbclient //barnmoor-nas01/tools -U "deploy%«pwp:barnmoornas»" -c "put build/depot-tools.zip"'  ⟦password|smbclient -U user%password⟧
      }
    }
  }
}
"""),
    (".gitlab/ci/onboard-fleet.yml", r"""
onboard-fleet-push:
  stage: deploy
  image: python:3.12
  variables:
    FLEET_API: https://fleet.icomera-connect.com/api/v1
    FLEET_API_TOKEN: «okx:40-fleetapi»  ⟦app-secret|fleet management API token in GitLab CI variables⟧
    GITLAB_RUNNER_TOKEN: «glrt:onboard»  ⟦gitlab|GitLab runner token in CI variables⟧
  script:
    - python tools/push_fleet_config.py --units 380-411
"""),
    ("infra/terraform/ecs-crew-app.tf", r"""
resource "aws_ecs_task_definition" "crew_app" {
  family = "crew-app"
  container_definitions = jsonencode([{
    name  = "crew-app"
    image = "618204937751.dkr.ecr.eu-west-2.amazonaws.com/crew-app:5.1.0"
    environment = [
      { name = "ROSTER_API_KEY", value = "«okx:40-tfcrewroster»" },  ⟦app-secret|API key in a Terraform ECS container definition⟧
      { name = "FCM_PROJECT", value = "kestrelway-crew" },
    ]
    secrets = [
      { name = "DB_PASSWORD", valueFrom = aws_secretsmanager_secret.crew_db.arn },  ⟪valueFrom⟫
    ]
  }])
}
"""),
]
