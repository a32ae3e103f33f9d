"""fresh36 templates, AWS infrastructure as code and deployment (Thornbury Rovers FC): CloudFormation YAML and
JSON with intrinsic tags, parameter files, SAM and samconfig.toml, serverless.yml, ECS task definitions, Lambda
configurations, CodeBuild, UserData, Terraform and tfvars, compose, Kubernetes, Helm, Dockerfiles and CI
pipelines of several vendors. Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/ticketing-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  gatehouse ticketing core - season tickets, match-day sales, ticket exchange. Aurora PostgreSQL,
  ECS Fargate behind the ALB, SQS for barcode issue. Account 584120937716, eu-west-2.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  ExchangeWebhookSecret:
    Type: String
    NoEcho: true
Resources:
  TicketDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: gatehouse
      MasterUsername: gatehouse_admin
      MasterUserPassword: «pwc:ticketdb»  ⟦password|Aurora master password, club name + digits⟧
      StorageEncrypted: true
      KmsKeyId: !Sub arn:aws:kms:${AWS::Region}:584120937716:key/«uuid:kmsticket»  ⟪KMS key ARN⟫
  BarcodeQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub gatehouse-barcode-${Env}
      KmsMasterKeyId: alias/gatehouse
  ExchangeHook:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub gatehouse/${Env}/exchange-webhook
      SecretString: !Sub '{"secret":"${ExchangeWebhookSecret}"}'  ⟪Sub of a NoEcho parameter⟫
Outputs:
  DbEndpoint:
    Value: !GetAtt TicketDb.Endpoint.Address
"""),
    ("infra/cfn/ticketing-core.params.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "ExchangeWebhookSecret", "ParameterValue": "«b62:40-exchangehook»"},  ⟦app-secret|ticket exchange webhook secret in a parameter file⟧
  {"ParameterKey": "AlarmTopicEmail", "ParameterValue": "ticketing-oncall@thornburyrovers.co.uk"}
]
"""),
    ("infra/cfn/turnstile-ingest.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: turnstile scan ingest - Kinesis stream fed by the gate controllers through IoT Core
Parameters:
  ControllerSharedKey:
    Type: String
    NoEcho: true
    Default: «devkey:tcshared»  ⟦app-secret|NoEcho parameter with a literal Default: turnstile controller shared key⟧
  ScanBucket:
    Type: String
    Default: trfc-turnstile-scans-466273019853
Resources:
  ScanStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: turnstile-scans
      ShardCount: 4
      StreamEncryption:
        EncryptionType: KMS
        KeyId: alias/aws/kinesis
  ScanRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: "SELECT * FROM 'stadium/gates/+/scan'"
        Actions:
          - Http:
              Url: https://gatehouse.thornburyrovers.co.uk/api/v2/scans
              Headers:
                - Key: X-Gatehouse-Key
                  Value: «b62:36-gatehousescan»  ⟦app-secret|IoT HTTP action header with a literal API key⟧
          - Kinesis:
              StreamName: !Ref ScanStream
              RoleArn: !GetAtt IngestRole.Arn
              PartitionKey: ${gate}
  IngestRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement: [{Effect: Allow, Principal: {Service: iot.amazonaws.com}, Action: sts:AssumeRole}]
"""),
    ("infra/cfn/fan-app-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: kestrel fan app API (news feed, match centre, membership card, predictor)
Globals:
  Function:
    Runtime: nodejs20.x
    MemorySize: 512
    Timeout: 10
Resources:
  MatchCentreFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/matchCentre.handler
      Environment:
        Variables:
          OPTA_FEED_USER: trfc_feeds
          OPTA_FEED_PASSWORD: «pwx:optafeed»  ⟦password|match data feed password in Lambda env⟧
          BRAZE_REST_API_KEY: «uuid:brazerest»  ⟦app-secret|Braze REST key in Lambda env⟧
          FIREBASE_API_KEY: «aiza:fanappweb»  ⟪Firebase web key, public⟫
          SENTRY_DSN: «sentrynew:fanapi»  ⟪modern Sentry DSN⟫
  MembershipFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/membership.handler
      Environment:
        Variables:
          SF_CLIENT_SECRET: '{{resolve:ssm-secure:/kestrel/prod/salesforce-client-secret}}'  ⟪ssm-secure dynamic reference⟫
          MEMBERS_TABLE: kestrel-members
          WALLET_PASS_TYPE: pass.uk.co.thornburyrovers.membership
  PredictorFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/predictor.handler
      Environment:
        Variables:
          PREDICTOR_DB_SECRET: arn:aws:secretsmanager:eu-west-2:584120937716:secret:kestrel/predictor-«b62:6-predsec»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "kestrel-fan-app"
s3_bucket = "trfc-sam-artifacts-719305628441"
region = "eu-west-2"
capabilities = "CAPABILITY_IAM"
confirm_changeset = true
parameter_overrides = "Env=\"prod\" MembersDbPassword=\"«pwn:membersdb»\" PushCertPassphrase=\"«pwp:pushcert»\""  ⟦password|samconfig parameter_overrides with literal passwords⟧

[stage.deploy.parameters]
stack_name = "kestrel-fan-app-stage"
parameter_overrides = "Env=\"stage\" MembersDbPassword=\"{{resolve:secretsmanager:kestrel/stage/db}}\""  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ses-matchday-mailer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the ticket office printers and the box-office PCs (they cannot do SigV4)
Resources:
  BoxOfficeSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-boxoffice
      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement: [{Effect: Allow, Action: ses:SendRawEmail, Resource: '*'}]
  BoxOfficeSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref BoxOfficeSmtpUser
Outputs:
  SmtpUser:
    Value: !Ref BoxOfficeSmtpKey
  SmtpSecret:
    Value: !GetAtt BoxOfficeSmtpKey.SecretAccessKey  ⟪GetAtt of the secret, not a value⟫
  # values as handed to the box office in August (kept here so the printers can be re-set after a firmware reset)
  # user «akid:sesbox»  ⟦aws-key-id|SES SMTP user name (an access key id) in a comment⟧
  # pass «sesv4:sesbox»  ⟦aws-ses-smtp|SES SMTP password in a comment⟧
"""),
    ("infra/cfn/broadcast-contribution.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Match-day contribution: MediaConnect flows from the OB compound to the rights holder and the club channel",
  "Resources": {
    "ClubChannelFlow": {
      "Type": "AWS::MediaConnect::Flow",
      "Properties": {
        "Name": "trfc-club-channel",
        "Source": {
          "Name": "ob-truck-srt",
          "Protocol": "srt-listener",
          "IngestPort": 5000,
          "WhitelistCidr": "81.145.22.0/27",
          "Decryption": {"Algorithm": "aes256", "RoleArn": {"Fn::GetAtt": ["FlowRole", "Arn"]},
                         "SecretArn": {"Fn::Sub": "arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:srt/ob-truck"}}  ⟪secret ARN⟫
        }
      }
    },
    "ObTruckSrtSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "srt/ob-truck",
        "SecretString": "«srtpass:obtruck»"  ⟦password|SRT passphrase as a literal SecretString⟧
      }
    },
    "HighlightsApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "highlights-partner", "Enabled": true, "Value": "«b62:40-highlightsapi»"}  ⟦app-secret|API Gateway ApiKey Value⟧
    }
  }
}
"""),
    ("infra/cfn/scouting-reports.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: scouting report store - Transfer Family SFTP for the agents' video clips and PDFs
Resources:
  ScoutSftp:
    Type: AWS::Transfer::Server
    Properties:
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
      EndpointType: PUBLIC
  ScoutLisbon:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt ScoutSftp.ServerId
      UserName: scout-lisbon
      Role: !GetAtt ScoutRole.Arn
      HomeDirectory: /trfc-scouting-302961845527/lisbon
      SshPublicKeys:
        - «sshpub:edscoutlis:joao@scouting-laptop»  ⟪SSH public key⟫
  VideoVendorConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://clips.matchcut-video.com
      AccessRole: !GetAtt ScoutRole.Arn
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:eu-west-2:302961845527:secret:matchcut/sftp-«b62:6-mcsec»  ⟪secret ARN⟫
        TrustedHostKeys:
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b62:43-mchost»  ⟪host key⟫
  MatchcutSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: matchcut/sftp
      SecretString: '{"Username":"trfc_scouting","Password":"«pwl:matchcut»"}'  ⟦password|SFTP connector password in SecretString⟧
"""),
    ("infra/cfn/medical-records.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: physio and medical records (special category data) - private subnets only, no internet egress
Parameters:
  MedDbPassword:
    Type: String
    NoEcho: true
  DbSubnets:
    Type: List<AWS::EC2::Subnet::Id>
    Default: subnet-0a4d7e21c93f58b6e,subnet-0f1e6c8b2a7d94035  ⟪subnet ids⟫
Resources:
  MedicalDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      MasterUsername: physio
      MasterUserPassword: !Ref MedDbPassword  ⟪Ref of a NoEcho parameter without Default⟫
      StorageEncrypted: true
      DeletionProtection: true
  DexaSync:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: sync.handler
      Code: {S3Bucket: trfc-lambda-302961845527, S3Key: medical/dexa-sync.zip}
      Environment:
        Variables:
          DEXA_SCANNER_SHARE: \\\\med-dexa01\\exports
          DEXA_SHARE_USER: THORNBURY\\svc-dexa
          DEXA_SHARE_PASSWORD: «pwn:dexashare»  ⟦password|Lambda env password for the scanner share⟧
"""),
    ("infra/cfn/stadium-bms-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN between the stadium plant room (BMS, pitch heating, floodlights) and the stadium account
Resources:
  PlantRoomCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65010
      IpAddress: 81.145.22.14
      Type: ipsec.1
  PlantRoomVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref PlantRoomCgw
      TransitGatewayId: tgw-04b7e1d9a35c2f681  ⟪transit gateway id⟫
      StaticRoutesOnly: true
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «pwr:plantvpn1»  ⟦password|VPN tunnel 1 pre-shared key⟧
          TunnelInsideCidr: 169.254.41.0/30
        - PreSharedKey: «pwr:plantvpn2»  ⟦password|VPN tunnel 2 pre-shared key⟧
          TunnelInsideCidr: 169.254.41.4/30
"""),
    ("infra/cfn/concessions-pos.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: concessions POS back office (kiosks in the four stands, the fan zone bars, hospitality lounges)
Parameters:
  PosVendorApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /concessions/pos/vendor-api-key  ⟪SSM parameter name as Default⟫
Resources:
  MenuSyncTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: menu-sync
      RequiresCompatibilities: [FARGATE]
      Cpu: '256'
      Memory: '512'
      ContainerDefinitions:
        - Name: menu-sync
          Image: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/concessions/menu-sync@sha256:«sha256:menuimg»  ⟪image digest⟫
          Environment:
            - Name: TILLPOINT_API_KEY
              Value: !Ref PosVendorApiKey
            - Name: TILLPOINT_SITE_ID
              Value: millyard-01
            - Name: STOCK_DB_URL
              Value: postgresql://stock:«pwp:stockdb»@stock.internal.trfc:5432/stock  ⟦conn-string|ECS env connection string with password⟧
            - Name: CARD_GATEWAY_SECRET
              ValueFrom: arn:aws:ssm:eu-west-2:466273019853:parameter/concessions/card-gateway  ⟪ValueFrom⟫
"""),
    ("infra/cfn/codebuild-fanapp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild projects for the fan app (iOS on a Mac fleet, Android on Linux)
Resources:
  AndroidBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: kestrel-android
      ServiceRole: !GetAtt BuildRole.Arn
      Artifacts: {Type: NO_ARTIFACTS}
      Source: {Type: GITHUB, Location: https://github.com/thornbury-rovers/kestrel-app.git}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: KEYSTORE_PASSWORD
            Type: PLAINTEXT
            Value: «pwl:keystore»  ⟦password|CodeBuild PLAINTEXT keystore password⟧
          - Name: PLAY_SERVICE_ACCOUNT
            Type: SECRETS_MANAGER
            Value: kestrel/play-service-account  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: SENTRY_AUTH_TOKEN
            Type: PLAINTEXT
            Value: sntrys_«b62:60-sentryauth»  ⟦app-secret|Sentry auth token as a CodeBuild PLAINTEXT variable⟧
          - Name: GRADLE_OPTS
            Type: PLAINTEXT
            Value: -Xmx4g
"""),
    ("infra/cfn/scoreboard-relay-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: scoreboard relay - receives the match clock and events from the OB feed and drives the LED boards
Parameters:
  AmiId:
    Type: AWS::EC2::Image::Id
    Default: ami-0c7e2b91f4a58d316  ⟪AMI id⟫
Resources:
  RelayHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: t3.small
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -e
          export AWS_DEFAULT_REGION=${AWS::Region}
          mkdir -p /opt/lumaboard
          cat > /opt/lumaboard/relay.env <<EOF
          LUMA_CONTROLLER=10.40.8.21
          LUMA_CONTROLLER_PASSWORD=«pw6:lumactl»  ⟦password|scoreboard controller password written by UserData⟧
          CLOCK_FEED_URL=srt://10.40.8.5:7001?passphrase=«srtpass:clockfeed»  ⟦password|SRT passphrase in a URL⟧
          EOF
          aws configure set aws_access_key_id «akid:relay»  ⟦aws-key-id|access key id set in UserData⟧
          aws configure set aws_secret_access_key «awssec:relay»  ⟦aws-secret|secret key set in UserData⟧
          systemctl enable --now lumaboard-relay
"""),
    ("infra/cfn/merch-store-glue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: nightly export of the club shop orders (Shopify) and the retail EPOS into the data lake
Resources:
  OrdersJob:
    Type: AWS::Glue::Job
    Properties:
      Name: shop-orders-nightly
      Role: arn:aws:iam::302961845527:role/glue-shop
      Command: {Name: glueetl, ScriptLocation: s3://trfc-glue-302961845527/scripts/shop_orders.py}
      DefaultArguments:
        --shop_domain: thornbury-rovers-store.myshopify.com
        --shopify_token: «shpat:glueorders»  ⟦app-secret|Shopify Admin token in Glue DefaultArguments⟧
        --epos_jdbc_password: «pwc:eposjdbc»  ⟦password|EPOS JDBC password in Glue DefaultArguments⟧
        --enable-metrics: 'true'
  EposConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '302961845527'
      ConnectionInput:
        Name: retail-epos
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://epos-db.stadium.trfc:1433;databaseName=RetailEPOS
          USERNAME: glue_reader
          PASSWORD: «pwc:eposjdbc»  ⟦password|Glue connection PASSWORD⟧
"""),
    ("infra/cfn/eventbridge-connections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: API destinations - ticket sale events to the CRM and to the league's ID scheme
Resources:
  CrmConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://thornburyrovers.my.salesforce.com/services/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: 3MVG9«b62:60-sfclientid»  ⟪Salesforce consumer key, an identifier⟫
            ClientSecret: «hex:64-sfclientsec»  ⟦app-secret|Salesforce client secret in an EventBridge connection⟧
  LeagueIdConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-fanid-key
          ApiKeyValue: «b62:48-fanid»  ⟦app-secret|league fan-ID scheme API key in an EventBridge connection⟧
  StewardRosterConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: trfc-events
          Password: «kitpw:stewardroster»  ⟦password|EventBridge basic auth password⟧
"""),
    ("infra/cfn/cloudfront-shop.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudFront in front of the ticket site and the club shop; an origin header proves the request came through CF
Resources:
  TicketSiteCdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [tickets.thornburyrovers.co.uk]
        Origins:
          - Id: gatehouse-alb
            DomainName: gatehouse-prod-1839201.eu-west-2.elb.amazonaws.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:32-originverify»  ⟦app-secret|CloudFront origin verification header⟧
        DefaultCacheBehavior:
          TargetOriginId: gatehouse-alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/cognito-fans.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fan identity - Cognito user pool with Sign in with Apple and Google
Resources:
  FanPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: kestrel-fans
      UsernameAttributes: [email]
  GoogleIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref FanPool
      ProviderName: Google
      ProviderType: Google
      ProviderDetails:
        client_id: «num:12»-«lo:32».apps.googleusercontent.com  ⟪Google OAuth client id⟫
        client_secret: «gocspx:fanidp»  ⟦app-secret|Google OAuth client secret in the IdP definition⟧
        authorize_scopes: openid email profile
  AppleIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref FanPool
      ProviderName: SignInWithApple
      ProviderType: SignInWithApple
      ProviderDetails:
        client_id: uk.co.thornburyrovers.kestrel.signin
        team_id: «up:10»  ⟪Apple team id⟫
        key_id: «asc:applesignin»  ⟪Apple key id⟫
        private_key: '{{resolve:secretsmanager:kestrel/apple-signin-key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/tracking-ingest.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Player tracking ingest: GPS vest uploads from the training ground and optical tracking files from match days",
  "Parameters": {
    "VestVendorToken": {"Type": "String", "NoEcho": true, "Default": "«b62:44-vesttoken»"}  ⟦app-secret|NoEcho Default: GPS vest vendor token⟧
  },
  "Resources": {
    "TrackingBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {"BucketName": "trfc-tracking-302961845527",
                     "BucketEncryption": {"ServerSideEncryptionConfiguration": [{"ServerSideEncryptionByDefault": {"SSEAlgorithm": "aws:kms"}}]}}
    },
    "OpticalPullFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "pull.handler",
        "Role": {"Fn::GetAtt": ["PullRole", "Arn"]},
        "Code": {"S3Bucket": "trfc-lambda-302961845527", "S3Key": "tracking/optical-pull.zip"},
        "Environment": {"Variables": {
          "OPTICAL_VENDOR_URL": "https://api.tracksix-sports.com/v3",
          "OPTICAL_CLIENT_ID": "thornbury-rovers-fc",
          "OPTICAL_CLIENT_SECRET": "«b62:48-opticalsecret»",  ⟦app-secret|optical tracking vendor client secret in Lambda env⟧
          "VEST_TOKEN": {"Ref": "VestVendorToken"}
        }}
      }
    }
  }
}
"""),
    ("infra/lambda/matchday-alerts.config.json", r"""
{
  "FunctionName": "matchday-alerts",
  "Runtime": "python3.12",
  "Handler": "alerts.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪code hash⟫
  "Environment": {
    "Variables": {
      "SLACK_WEBHOOK": "«slackhook:matchday»",  ⟦slack|Slack webhook in a Lambda configuration dump⟧
      "PAGERDUTY_ROUTING_KEY": "«pdkey:matchday»",  ⟦pagerduty|PagerDuty routing key in Lambda env⟧
      "STADIUM_CONTROL_ROOM_NUMBER": "+441632960418",
      "TWILIO_ACCOUNT_SID": "«twac:alerts»",  ⟪Twilio account SID⟫
      "TWILIO_AUTH_TOKEN": "«hex:32-twilioauth»"  ⟦app-secret|Twilio auth token in Lambda env⟧
    }
  },
  "LastModified": "2026-08-09T10:14:22.000+0000",
  "RevisionId": "«uuid:rev»"  ⟪revision id⟫
}
"""),
    ("infra/ecs/gatehouse-api.taskdef.json", r"""
{
  "family": "gatehouse-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::584120937716:role/gatehouse-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "719305628441.dkr.ecr.eu-west-2.amazonaws.com/gatehouse/api:2026.08.3",
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwc:ticketdb»"},  ⟦password|ECS env datasource password⟧
        {"name": "BARCODE_HMAC_KEY", "value": "«hex:64-barcodehmac»"},  ⟦app-secret|ticket barcode HMAC key in ECS env⟧
        {"name": "ADYEN_CLIENT_KEY", "value": "live_«up:32»"},  ⟪Adyen client key, public⟫
        {"name": "ADYEN_API_KEY", "value": "«adyen:ticketing»"}  ⟦app-secret|Adyen API key in ECS env⟧
      ],
      "secrets": [
        {"name": "EXCHANGE_WEBHOOK_SECRET", "valueFrom": "arn:aws:secretsmanager:eu-west-2:584120937716:secret:gatehouse/prod/exchange-webhook"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/stadium-wifi-portal.taskdef.yaml", r"""
family: stadium-wifi-portal
requiresCompatibilities: [FARGATE]
cpu: "512"
memory: "1024"
containerDefinitions:
  - name: portal
    image: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/wifi/portal:1.14.0
    portMappings: [{containerPort: 8080}]
    environment:
      - name: RADIUS_HOST
        value: 10.44.0.10
      - name: RADIUS_SECRET
        value: «pwr:radius»  ⟦password|RADIUS shared secret in ECS env⟧
      - name: WIFI_CONTROLLER_PASSWORD
        value: «pw6:wlc»  ⟦password|Wi-Fi controller password in ECS env⟧
      - name: MARKETING_OPT_IN_LIST
        value: kestrel-wifi-optin
"""),
    ("infra/ecs/tracking-etl.taskdef.json", r"""
{
  "family": "tracking-etl",
  "containerDefinitions": [{
    "name": "etl",
    "image": "719305628441.dkr.ecr.eu-west-2.amazonaws.com/perf/tracking-etl:0.9.2",
    "command": ["python", "-m", "etl", "--since", "24h"],
    "environment": [
      {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:trackingetl»"},  ⟦aws-key-id|access key id in ECS env⟧
      {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:trackingetl»"},  ⟦aws-secret|secret key in ECS env⟧
      {"name": "VEST_API_BASE", "value": "https://cloud.vestlink-performance.com/api"},
      {"name": "VEST_API_KEY", "value": "«b62:40-vestapikey»"}  ⟦app-secret|GPS vest platform API key in ECS env⟧
    ],
    "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-west-2:302961845527:secret:dockerhub"}  ⟪repositoryCredentials reference⟫
  }]
}
"""),
    ("infra/serverless/shop-webhooks/serverless.yml", r"""
service: shop-webhooks
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    SHOPIFY_WEBHOOK_SECRET: «shpss:shopwebhook»  ⟦app-secret|Shopify app shared secret in serverless.yml⟧
    SHOPIFY_ADMIN_TOKEN: ${ssm:/shop/admin-token}  ⟪serverless ssm variable⟫
    KIT_PRINTER_API_KEY: «b62:32-kitprinter»  ⟦app-secret|shirt-printing vendor API key⟧
    ORDER_TABLE: shop-orders
functions:
  orderCreated:
    handler: src/orderCreated.handler
    events:
      - httpApi: {path: /webhooks/orders/create, method: post}
  shirtPersonalisation:
    handler: src/personalisation.handler
    environment:
      PERSONALISATION_API_KEY: ${env:PERSONALISATION_API_KEY}  ⟪env variable⟫
"""),
    ("infra/serverless/hospitality-bookings/serverless.yml", r"""
service: hospitality-bookings
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    LOUNGE_DB_HOST: lounges.cluster-c7kd81.eu-west-2.rds.amazonaws.com
    LOUNGE_DB_PASSWORD: «pp:loungedb»  ⟦password|passphrase DB password in serverless.yml⟧
    CATERER_SFTP_PASSWORD: «pwn:caterer»  ⟦password|caterer SFTP password in serverless.yml⟧
    STRIPE_SECRET_KEY: ${ssm:/hospitality/stripe-secret}  ⟪ssm variable⟫
functions:
  book:
    handler: handler.book
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "trfc-tfstate-719305628441"
    key            = "stadium/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "trfc-tflock"
  }
}

provider "aws" {
  region = "eu-west-2"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a provider block⟧
  api_url = "https://api.datadoghq.eu/"
}

provider "cloudflare" {
  api_token = var.cloudflare_api_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "cloudflare_api_token" {
  type      = string
  sensitive = true
}

variable "turnstile_mqtt_password" {
  type      = string
  sensitive = true
  default   = "«kitpw:tsmqtt»"  ⟦password|Terraform variable default password⟧
}

variable "floodlight_controller_community" {
  type    = string
  default = "«lo:14»"  ⟦password|SNMP community for the floodlight controller as a variable default⟧
}
"""),
    ("infra/terraform/prod.tfvars", r"""
env                     = "prod"
vpc_cidr                = "10.40.0.0/16"
cloudflare_api_token    = "«cfapi:tfvars»"  ⟦app-secret|Cloudflare API token in tfvars⟧
ticket_db_password      = "«pwc:ticketdb»"  ⟦password|database password in tfvars⟧
broadcast_srt_passphrase = "«srtpass:obtruck»"  ⟦password|SRT passphrase in tfvars⟧
alert_email             = "it-oncall@thornburyrovers.co.uk"
"""),
    ("infra/terraform/stadium.auto.tfvars.json", r"""
{
  "stadium_name": "The Millyard",
  "capacity": 31840,
  "bms_vpn_psk": "«pwr:plantvpn1»",  ⟦password|VPN PSK in tfvars JSON⟧
  "pitch_lighting_api_key": "«sgl:growlights»",  ⟦app-secret|pitch grow-light rig API key in tfvars JSON⟧
  "turnstile_vendor_support_cidrs": ["195.12.40.0/28"]
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "aws_db_instance" "scouting" {
  identifier             = "scouting-db"
  engine                 = "postgres"
  engine_version         = "16.3"
  instance_class         = "db.t4g.large"
  username               = "scout_admin"
  password               = "«pwn:scoutdb»"  ⟦password|Terraform RDS password literal⟧
  storage_encrypted      = true
  skip_final_snapshot    = false
}

resource "aws_db_instance" "medical" {
  identifier                  = "medical-db"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "physio"
  manage_master_user_password = true  ⟪managed password⟫
}

resource "random_password" "analytics" {
  length  = 32
  special = true
}

resource "aws_redshift_cluster" "analytics" {
  cluster_identifier = "performance-analytics"
  master_username    = "perf_admin"
  master_password    = random_password.analytics.result  ⟪random_password result⟫
  node_type          = "ra3.xlplus"
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# the turnstile vendor's support engineers pull controller logs from this bucket
resource "aws_iam_user" "turnstile_vendor" {
  name = "vendor-turnpike-support"
}

resource "aws_iam_access_key" "turnstile_vendor" {
  user    = aws_iam_user.turnstile_vendor.name
  pgp_key = "keybase:trfc_it"  ⟪pgp key reference⟫
}

output "turnstile_vendor_secret" {
  value     = aws_iam_access_key.turnstile_vendor.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

# old key kept for the vendor's legacy uploader until they move to the new one (TKT-4412)
locals {
  legacy_vendor_key_id     = "«akid:vendorlegacy»"  ⟦aws-key-id|legacy vendor access key id in locals⟧
  legacy_vendor_key_secret = "«awssec:vendorlegacy»"  ⟦aws-secret|legacy vendor secret in locals⟧
}
"""),
    ("infra/terraform/ses.tf", r"""
resource "aws_iam_user" "smtp_fanmail" {
  name = "ses-smtp-fanmail"
}

resource "aws_iam_access_key" "smtp_fanmail" {
  user = aws_iam_user.smtp_fanmail.name
}

output "smtp_password" {
  value     = aws_iam_access_key.smtp_fanmail.ses_smtp_password_v4  ⟪computed SMTP password⟫
  sensitive = true
}
"""),
    ("infra/terraform/modules/wifi/main.tf", r"""
resource "aws_ssm_parameter" "press_wifi" {
  name  = "/stadium/wifi/press-box-psk"
  type  = "SecureString"
  value = "«wifipsk:pressbox»"  ⟦password|press box Wi-Fi PSK as an SSM parameter value literal⟧
}

resource "aws_ssm_parameter" "broadcast_wifi" {
  name  = "/stadium/wifi/broadcast-psk"
  type  = "SecureString"
  value = var.broadcast_psk  ⟪variable⟫
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "analytics" {
  name               = "trfc-analytics"
  airflow_version    = "2.8.1"
  source_bucket_arn  = "arn:aws:s3:::trfc-mwaa-302961845527"
  dag_s3_path        = "dags/"
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.eu-west-2.amazonaws.com"
    "smtp.smtp_user"     = "«akid:sesmwaa»"  ⟦aws-key-id|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.secret_key" = "«b64k:32-airflowweb»"  ⟦app-secret|Airflow webserver secret key⟧
  }
  execution_role_arn = aws_iam_role.mwaa.arn
}
"""),
    ("infra/terraform/fanzone-kiosk.tf", r"""
resource "aws_instance" "fanzone_kiosk_hub" {
  ami           = "ami-0e5f1b2c7d9a38461"  ⟪AMI id⟫
  instance_type = "t3.micro"
  user_data     = <<-EOT
    #!/bin/bash
    echo 'KIOSK_ADMIN_PIN=«pin:4-fanzone»' >> /etc/kiosk.env  ⟦password|kiosk admin PIN in user_data⟧
    echo 'KIOSK_HUB_TOKEN=«hex:40-kioskhub»' >> /etc/kiosk.env  ⟦app-secret|kiosk hub token in user_data⟧
  EOT
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = ">= 5.0.0"
  hashes = [
    "h1:«b64k:32-tflockh1»",  ⟪provider hash⟫
    "zh:«sha256:tflock1»",  ⟪provider hash⟫
  ]
}
"""),
    ("deploy/k8s/gatehouse/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gatehouse-secrets
  namespace: ticketing
type: Opaque
data:
  AWS_REGION: «b64:lit:eu-west-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:gatehousek8s»  ⟦aws-b64|base64 access key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:gatehousek8s»  ⟦aws-b64|base64 secret key in a Secret⟧
  DB_PASSWORD: «b64:pwc:ticketdb»  ⟦password-b64|base64 DB password in a Secret⟧
"""),
    ("deploy/k8s/gatehouse/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: gatehouse-payments
  namespace: ticketing
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secretsmanager, kind: ClusterSecretStore}
  target: {name: gatehouse-payments}
  data:
    - secretKey: ADYEN_API_KEY
      remoteRef: {key: gatehouse/prod/adyen, property: api_key}  ⟪remoteRef⟫
    - secretKey: ADYEN_HMAC_KEY
      remoteRef: {key: gatehouse/prod/adyen, property: hmac_key}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/matchcentre/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: matchcentre
  namespace: fanapp
spec:
  replicas: 6
  selector: {matchLabels: {app: matchcentre}}
  template:
    metadata: {labels: {app: matchcentre}}
    spec:
      containers:
        - name: matchcentre
          image: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/fanapp/matchcentre:3.2.0
          env:
            - name: REDIS_URL
              value: rediss://:«pwr:mcredis»@matchcentre.abc123.euw2.cache.amazonaws.com:6379  ⟦conn-string|Redis URL with password in a Deployment⟧
            - name: STATS_FEED_KEY
              valueFrom: {secretKeyRef: {name: feeds, key: stats-feed-key}}  ⟪secretKeyRef⟫
            - name: PUSHER_SECRET
              value: «hex:20-pusher»  ⟦app-secret|realtime push service secret in a Deployment env⟧
"""),
    ("deploy/k8s/scouting/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: scouting-video
  namespace: scouting
spec:
  encryptedData:
    MATCHCUT_PASSWORD: «sealed:matchcut»  ⟪SealedSecret ciphertext⟫
    SCOUTHUB_TOKEN: «sealed:scouthub»  ⟪SealedSecret ciphertext⟫
"""),
    ("deploy/k8s/scouting/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: scouting-config
  namespace: scouting
data:
  SCOUTHUB_BASE: https://api.scouthub.io/v2
  SCOUTHUB_TOKEN: «b62:40-scouthub»  ⟦app-secret|scouting platform token left in a ConfigMap⟧
  VIDEO_BUCKET: trfc-scouting-302961845527
  LEAGUE_SEASON: "2026/27"
"""),
    ("deploy/k8s/tracking/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: vest-sync
  namespace: performance
spec:
  schedule: "30 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/perf/vest-sync:1.3.1
              args: ["--api-key", "«b62:40-vestapikey»", "--squad", "first-team,u21"]  ⟦app-secret|vest platform API key in CronJob args⟧
"""),
    ("deploy/k8s/registry-pull.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: fanapp
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8spull»  ⟦docker-hub|base64 docker config with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/membership/secret-stringdata.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: membership
  namespace: fanapp
type: Opaque
stringData:
  SALESFORCE_USERNAME: integration@thornburyrovers.co.uk
  SALESFORCE_PASSWORD: «pwc:sfint»  ⟦password|Secret stringData password⟧
  SALESFORCE_SECURITY_TOKEN: «b62:25-sftoken»  ⟦app-secret|Salesforce security token in stringData⟧
  WALLET_PASS_CERT_PASSWORD: ""  ⟪empty value⟫
"""),
    ("deploy/helm/gatehouse/values-prod.yaml", r"""
replicaCount: 4
image:
  repository: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/gatehouse/api
  tag: 2026.08.3
postgresql:
  enabled: false
externalDatabase:
  host: gatehouse.cluster-c7kd81.eu-west-2.rds.amazonaws.com
  user: gatehouse_app
  password: «pwc:ticketdb»  ⟦password|Helm values database password⟧
  existingSecret: ""  ⟪empty existingSecret⟫
redis:
  auth:
    password: «pwr:mcredis»  ⟦password|Helm values Redis password⟧
ingress:
  enabled: true
  hosts: [tickets-api.thornburyrovers.co.uk]
"""),
    ("deploy/helm/stadium-grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwp:grafanaadmin»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: BMS Influx
        type: influxdb
        url: http://influx.plant.trfc:8086
        secureJsonData:
          token: «b64k:48-influxgraf»  ⟦app-secret|InfluxDB token in a Grafana datasource⟧
      - name: Turnstile Postgres
        type: postgres
        url: gatehouse-ro.cluster-c7kd81.eu-west-2.rds.amazonaws.com:5432
        user: grafana_ro
        secureJsonData:
          password: ${GRAFANA_PG_PASSWORD}  ⟪environment variable⟫
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-secret  ⟪existing secret reference⟫
  appKey: «ddapp:helm»  ⟦datadog|Datadog app key in Helm values⟧
  clusterName: trfc-prod
clusterAgent:
  token: «b62:32-ddclusteragent»  ⟦app-secret|Datadog cluster agent token⟧
"""),
    ("deploy/compose/scoreboard/docker-compose.yml", r"""
services:
  relay:
    image: registry.thornburyrovers.co.uk/stadium/lumaboard-relay:4.1
    restart: unless-stopped
    environment:
      LUMA_CONTROLLER: 10.40.8.21
      LUMA_CONTROLLER_PASSWORD: «pw6:lumactl»  ⟦password|compose env scoreboard controller password⟧
      RIBBON_BOARD_PASSWORD: «pw6:ribbon»  ⟦password|ribbon board password in compose⟧
      ADS_ROTATION_API: https://ads.thornburyrovers.co.uk/rotation
  clock:
    image: registry.thornburyrovers.co.uk/stadium/matchclock:2.0
    environment:
      CLOCK_SRT_URL: srt://ob-gw.stadium.trfc:7001?mode=caller&passphrase=«srtpass:clockfeed»  ⟦password|SRT passphrase in compose⟧
"""),
    ("deploy/compose/turnstile-lab/docker-compose.yml", r"""
# lab copy of the turnstile back end for firmware trials at the training ground
services:
  mqtt:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  gatesim:
    image: registry.thornburyrovers.co.uk/stadium/gatesim:0.4
    environment:
      MQTT_USER: gatesim
      MQTT_PASSWORD: gatesim  ⟪lab default equal to the user⟫
      GATEHOUSE_URL: http://gatehouse:8080
  gatehouse:
    image: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/gatehouse/api:2026.08.3
    environment:
      SPRING_DATASOURCE_PASSWORD: postgres  ⟪local default⟫
      BARCODE_HMAC_KEY: ${BARCODE_HMAC_KEY}  ⟪variable⟫
"""),
    ("deploy/compose/analytics/docker-compose.yml", r"""
services:
  jupyter:
    image: jupyter/scipy-notebook:2024-05-27
    environment:
      JUPYTER_TOKEN: «hex:48-jupyter»  ⟦app-secret|Jupyter token in compose⟧
      SNOWFLAKE_PASSWORD: «snowpw:analyst»  ⟦password|Snowflake password in compose⟧
  metabase:
    image: metabase/metabase:v0.50.9
    environment:
      MB_DB_PASS: «pp:metabase»  ⟦password|Metabase DB password in compose⟧
      MB_ENCRYPTION_SECRET_KEY: «b64k:32-metabase»  ⟦app-secret|Metabase encryption key⟧
"""),
    ("deploy/compose/analytics/.env", r"""
COMPOSE_PROJECT_NAME=analytics
SNOWFLAKE_ACCOUNT=trfc-perf
SNOWFLAKE_USER=analyst_svc
SNOWFLAKE_PASSWORD=«snowpw:analyst»  ⟦password|Snowflake password in compose .env⟧
WYSC_API_PASSWORD=«pwn:wyscapi»  ⟦password|scouting data API password in .env⟧
"""),
    ("docker/gatehouse.Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG NEXUS_PASSWORD=«pwc:nexus»  ⟦password|build arg default password in a Dockerfile⟧
RUN curl -fsSL -u deployer:${NEXUS_PASSWORD} https://nexus.thornburyrovers.co.uk/repository/releases/gatehouse-agent.jar -o /opt/agent.jar
COPY target/gatehouse.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""),
    ("docker/vest-sync.Dockerfile", r"""
FROM python:3.12-slim
RUN pip install --index-url https://pypi-proxy:«pct:pwc:nexus»@nexus.thornburyrovers.co.uk/repository/pypi/simple vestlink-client==2.4.1  ⟦conn-string|index URL with a percent-encoded password⟧
RUN --mount=type=secret,id=vest_api_key cat /run/secrets/vest_api_key > /dev/null  ⟪BuildKit secret mount⟫
COPY . /app
CMD ["python", "-m", "vest_sync"]
"""),
    ("docker/matchclock.Dockerfile", r"""
FROM alpine:3.20
ENV CLOCK_FEED_USER=clock
ENV CLOCK_FEED_PASSWORD=«pw6:clockfeed»  ⟦password|ENV password in a Dockerfile⟧
COPY matchclock /usr/local/bin/
ENTRYPOINT ["matchclock"]
"""),
    (".github/workflows/fanapp-release.yml", r"""
name: fan app release
on:
  push:
    tags: ['v*']
jobs:
  ios:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: «pp:matchpw»  ⟦password|fastlane match password in a workflow env⟧
      APP_STORE_CONNECT_KEY_ID: «asc:ascapi»  ⟪App Store Connect key id⟫
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${{ secrets.APPLE_APP_PW }}  ⟪secrets reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew bundleRelease -Pandroid.injected.signing.store.password=«pwl:keystore»  ⟦password|keystore password on a Gradle command line⟧
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::719305628441:role/gha-fanapp  ⟪OIDC role⟫
          aws-region: eu-west-2
"""),
    (".github/workflows/ticketing-deploy.yml", r"""
name: ticketing deploy
on: {workflow_dispatch: {}}
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «akid:ghadeploy»  ⟦aws-key-id|access key id in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghadeploy»  ⟦aws-secret|secret key in a workflow env⟧
      AWS_DEFAULT_REGION: eu-west-2
      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪workflow token reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: aws ecs update-service --cluster ticketing --service gatehouse-api --force-new-deployment
"""),
    (".github/workflows/shop-theme.yml", r"""
name: shop theme deploy
on: {push: {branches: [main], paths: ['shop-theme/**']}}
jobs:
  theme:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm i -g @shopify/cli
      - run: shopify theme push --store thornbury-rovers-store --password «shpat:themedeploy» --allow-live  ⟦app-secret|Shopify token on a CLI line⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SCOUTHUB_TOKEN: «b62:40-scouthub»  ⟦app-secret|scouting platform token in GitLab CI variables⟧
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD  ⟪CI variable⟫
build:
  stage: build
  script:
    - docker login -u trfc-ci -p «dckr:gitlab» docker.io  ⟦docker-hub|Docker Hub PAT on docker login⟧
    - docker build -t scouting-portal .
deploy:
  stage: deploy
  script:
    - helm upgrade --install scouting ./chart --set db.password=«pwn:scoutdb»  ⟦password|helm --set password⟧
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'stadium-linux' }
  environment {
    NEXUS = credentials('nexus-deployer')  ⟪Jenkins credentials reference⟫
    TURNPIKE_SUPPORT_PASS = '«pw6:turnpikesupport»'  ⟦password|turnstile vendor portal password in a Jenkinsfile⟧
  }
  stages {
    stage('firmware bundle') {
      steps {
        sh 'curl -u trfc:${TURNPIKE_SUPPORT_PASS} -o fw.bin https://support.turnpike-access.com/fw/tc400/latest'
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
          name: deploy hospitality site
          script:
            - export WPENGINE_SFTP_PASSWORD=«pwx:wpengine»  ⟦password|SFTP password exported in a pipeline script⟧
            - npm ci && npm run build
            - lftp -u trfchospitality,$WPENGINE_SFTP_PASSWORD sftp://trfchospitality.sftp.wpengine.com -e "mirror -R dist /wp-content/themes/lounges; quit"
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  analytics-dbt:
    docker:
      - image: ghcr.io/dbt-labs/dbt-snowflake:1.8.3
        auth:
          username: trfc-ci
          password: «ghp:circleghcr»  ⟦github|GitHub PAT as an image auth password⟧
    environment:
      DBT_PROFILES_DIR: .
      SNOWFLAKE_PASSWORD: $SNOWFLAKE_PASSWORD  ⟪CircleCI variable⟫
    steps:
      - checkout
      - run: dbt build --target prod
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  BoxOfficeSqlPassword: «pwc:boxofficesql»  ⟦password|Azure Pipelines variable password⟧
  buildConfiguration: Release
steps:
  - task: MSBuild@1
    inputs: {solution: BoxOffice.sln, configuration: $(buildConfiguration)}
  - script: sqlcmd -S boxoffice-sql.stadium.trfc -U deploy -P $(BoxOfficeSqlPassword) -i migrations.sql  ⟪pipeline variable⟫
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":football: tracking models"
    command: python -m train --data s3://trfc-tracking-302961845527/season-2026
    env:
      WANDB_API_KEY: «wandb:tracking»  ⟦app-secret|Weights & Biases API key in a Buildkite step⟧
      HF_TOKEN: «hf:tracking»  ⟦app-secret|Hugging Face token in a Buildkite step⟧
    agents: {queue: gpu}
"""),
    ("ci/codebuild/buildspec-scoreboard.yml", r"""
version: 0.2
env:
  variables:
    LUMA_SDK_TOKEN: «b62:28-lumasdk»  ⟦app-secret|scoreboard SDK token in buildspec variables⟧
  parameter-store:
    LUMA_CONTROLLER_PASSWORD: /stadium/scoreboard/controller-password  ⟪parameter-store reference⟫
  secrets-manager:
    NEXUS_PASSWORD: nexus/deployer:password  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - make relay
"""),
    ("ansible/group_vars/stadium_windows.yml", r"""
ansible_user: THORNBURY\svc-ansible
ansible_password: «pwc:ansiblewin»  ⟦password|WinRM password in group_vars⟧
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
"""),
    ("ansible/group_vars/turnstiles.yml", r"""
turnstile_admin_user: tcadmin
turnstile_admin_password: "{{ vault_turnstile_admin_password }}"  ⟪vault variable⟫
turnstile_mqtt_password: «kitpw:tsmqtt»  ⟦password|turnstile MQTT password in group_vars⟧
turnstile_ntp: 10.44.0.1
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»  ⟪ansible-vault body⟫
"""),
    ("ansible/roles/floodlights/tasks/main.yml", r"""
- name: push lighting scenes to the floodlight controller
  ansible.builtin.uri:
    url: "https://{{ floodlight_controller }}/api/scenes"
    method: PUT
    user: lightadmin
    password: «pw6:floodlight»  ⟦password|floodlight controller password in a task⟧
    force_basic_auth: true
    body_format: json
    body: "{{ lookup('file', 'scenes.json') }}"
"""),
    ("packer/stadium-kiosk.pkr.hcl", r"""
source "amazon-ebs" "kiosk" {
  region        = "eu-west-2"
  instance_type = "t3.small"
  source_ami    = "ami-0b9d4e1f2a7c38650"  ⟪AMI id⟫
  ssh_username  = "ubuntu"
}
build {
  sources = ["source.amazon-ebs.kiosk"]
  provisioner "shell" {
    inline = [
      "echo 'kiosk:«pwp:kioskos»' | sudo chpasswd",  ⟦password|chpasswd in a Packer provisioner⟧
    ]
  }
}
"""),
    ("deploy/nomad/ticket-printers.nomad.hcl", r"""
job "ticket-printers" {
  datacenters = ["millyard"]
  group "spooler" {
    task "spooler" {
      driver = "docker"
      config { image = "registry.thornburyrovers.co.uk/boxoffice/spooler:1.2" }
      template {
        data        = "PRINTER_PASSWORD={{ with secret \"kv/boxoffice/printers\" }}{{ .Data.data.password }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/printer.env"
        env         = true
      }
    }
  }
}
"""),
    ("deploy/systemd/lumaboard-relay.service", r"""
[Unit]
Description=LumaBoard scoreboard relay
After=network-online.target

[Service]
Environment=LUMA_CONTROLLER=10.40.8.21
Environment=LUMA_CONTROLLER_PASSWORD=«pw6:lumactl»  ⟦password|systemd Environment password⟧
ExecStart=/opt/lumaboard/relay --config /etc/lumaboard/relay.yaml
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("infra/cdk/lib/broadcast-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class BroadcastStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new secretsmanager.Secret(this, 'RightsHolderSrt', {
      secretName: 'srt/rights-holder',
      secretStringValue: cdk.SecretValue.unsafePlainText('«srtpass:rightsholder»'),  ⟦password|CDK unsafePlainText SRT passphrase⟧
    });
    const vestKey = secretsmanager.Secret.fromSecretNameV2(this, 'Vest', 'performance/vest-api');  ⟪fromSecretNameV2⟫
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue
from aws_cdk import aws_rds as rds
from constructs import Construct


class ScoutingStack(Stack):
    def __init__(self, scope: Construct, id: str, **kw) -> None:
        super().__init__(scope, id, **kw)
        rds.DatabaseInstance(
            self, "ScoutDb",
            engine=rds.DatabaseInstanceEngine.POSTGRES,
            credentials=rds.Credentials.from_password("scout_admin", SecretValue.unsafe_plain_text("«pwn:scoutdb»")),  ⟦password|CDK Python plaintext DB password⟧
        )
        rds.DatabaseInstance(
            self, "ReportsDb",
            engine=rds.DatabaseInstanceEngine.POSTGRES,
            credentials=rds.Credentials.from_generated_secret("reports"),  ⟪generated secret⟫
        )


app = App()
ScoutingStack(app, "scouting")
app.synth()
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: eu-west-2
  shop:shopifyStore: thornbury-rovers-store
  shop:shopifyToken:
    secure: AAABA«b64k:48-pulumisec»  ⟪Pulumi secure value⟫
  shop:klaviyoPrivateKey: pk_«hex:34-klaviyo»  ⟦app-secret|Klaviyo private API key as plaintext Pulumi config⟧
  shop:fulfilmentPassword: «pwc:fulfil»  ⟦password|plaintext Pulumi config password⟧
"""),
    ("infra/cfn/stacksets/stadium-pcs-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document run on the box-office and control-room PCs (hybrid activations)
Resources:
  LocalAdminDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        mainSteps:
          - action: aws:runPowerShellScript
            name: setLocalAdmin
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwc:localadmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal in an SSM document⟧
                - Set-LocalUser -Name 'trfcadmin' -Password $pw
                - $ssm = '{{ssm-secure:/stadium/pcs/kiosk-password}}'  ⟪ssm-secure reference⟫
"""),
    ("infra/cfn/datasync-cctv.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync of incident CCTV exports from the control-room NAS to S3 (retained for the safety certificate)
Resources:
  CctvNas:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: cctv-nas01.stadium.trfc
      Subdirectory: /exports/incidents
      User: svc-datasync
      Domain: THORNBURY
      Password: «pwn:cctvnas»  ⟦password|DataSync SMB password⟧
      AgentArns: [arn:aws:datasync:eu-west-2:466273019853:agent/agent-0b1c2d3e4f5a69788]
"""),
    ("infra/cfn/opensearch-logs.json", r"""
{
  "Resources": {
    "StadiumLogs": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "stadium-logs",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {"MasterUserName": "logadmin", "MasterUserPassword": "«pwl:oslogs»"}  ⟦password|OpenSearch master password in CloudFormation JSON⟧
        },
        "EncryptionAtRestOptions": {"Enabled": true}
      }
    }
  }
}
"""),
    ("infra/cfn/docdb-predictor.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  PredictorDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: predictor
      MasterUserPassword: ChangeMe2026!  ⟦?password|placeholder-looking literal in a live master password slot⟧
      StorageEncrypted: true
"""),
    ("infra/cfn/README-parameters.md", r"""
# Parameter files

Every `*.params.*.json` here is read by `deploy.sh`. Secrets must not go in them: use
`{{resolve:secretsmanager:...}}` in the template instead, or an `AWS::SSM::Parameter::Value<String>` parameter.
The NoEcho parameters are filled from Secrets Manager by the pipeline (`ci/codebuild/deploy-cfn.yml`).
Example of the shape:

    {"ParameterKey": "ExchangeWebhookSecret", "ParameterValue": "<from secrets manager>"}  ⟪placeholder in docs⟫
"""),
    ("infra/cfn/ticketing-core.params.stage.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "stage"},
  {"ParameterKey": "ExchangeWebhookSecret", "ParameterValue": "REPLACE_ME"},  ⟪placeholder⟫
  {"ParameterKey": "AlarmTopicEmail", "ParameterValue": "ticketing-dev@thornburyrovers.co.uk"}
]
"""),
]

# one CloudFormation parameter file per stand's concessions stack, as the POS vendor's installer writes them
_STANDS = (("north", "Ironworks Stand"), ("south", "Kestrel End"), ("east", "Riverside Stand"), ("west", "Millyard Main Stand"))
for _code, _name in _STANDS:
    FILES.append((f"infra/cfn/concessions/{_code}-stand.params.json", f"""
[
  {{"ParameterKey": "StandName", "ParameterValue": "{_name}"}},
  {{"ParameterKey": "KioskCount", "ParameterValue": "{len(_name) + 6}"}},
  {{"ParameterKey": "TillpointSiteKey", "ParameterValue": "«b62:32-till{_code}»"}},  ⟦app-secret|POS vendor site key in a parameter file⟧
  {{"ParameterKey": "KioskVlan", "ParameterValue": "{300 + len(_code)}"}}
]
"""))
    FILES.append((f"deploy/k8s/concessions/{_code}-stand-secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: tillpoint-{_code}
  namespace: concessions
type: Opaque
data:
  SITE_KEY: «b64:b62:32-till{_code}»  ⟦app-secret|base64 POS site key in a Secret⟧
  STAND: «b64:lit:{_code}»  ⟪base64 of a stand name⟫
"""))

# one ECS task definition per match-day microservice; the first three still carry a literal, the rest use secrets
_SVCS = (("seat-map", "SEATMAP_TILE_KEY", "b62:32-seatmap", "app-secret|seat-map tile service key in ECS env"),
         ("loyalty-points", "POINTS_DB_PASSWORD", "pwn:pointsdb", "password|loyalty DB password in ECS env"),
         ("away-allocation", "AWAYCLUB_SFTP_PASSWORD", "pw6:awayclub", "password|away club allocation SFTP password"),
         ("steward-checkin", None, None, None), ("lost-property", None, None, None), ("programme-pdf", None, None, None))
for _svc, _key, _ph, _lab in _SVCS:
    if _key:
        _env = f'        {{"name": "{_key}", "value": "«{_ph}»"}},  ⟦{_lab}⟧'
    else:
        _env = f'        {{"name": "DB_SECRET_ARN", "value": "arn:aws:secretsmanager:eu-west-2:584120937716:secret:{_svc}/db"}},  ⟪secret ARN⟫'
    FILES.append((f"infra/ecs/{_svc}.taskdef.json", f"""
{{
  "family": "{_svc}",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "containerDefinitions": [
    {{
      "name": "{_svc}",
      "image": "719305628441.dkr.ecr.eu-west-2.amazonaws.com/matchday/{_svc}:latest",
      "environment": [
{_env}
        {{"name": "LOG_LEVEL", "value": "info"}}
      ]
    }}
  ]
}}
"""))

# the right way next to the wrong one: files that keep their secrets by reference (mostly decoys)
FILES += [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: rotated secrets for the ticketing and membership databases
Resources:
  TicketDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: gatehouse/prod/db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "gatehouse_admin"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  TicketDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref TicketDbSecret
      RotationRules: {AutomaticallyAfterDays: 30}
  MembersDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: '{{resolve:secretsmanager:kestrel/prod/members-db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:kestrel/prod/members-db:SecretString:password}}'  ⟪dynamic reference⟫
  ReportsDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      ManageMasterUserPassword: true  ⟪managed master password⟫
      MasterUsername: reports
"""),
    ("infra/cfn/iot-turnstile-certs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT things for the turnstile controllers (X.509 per gate; the CSR is made on the gate)
Resources:
  GateN07:
    Type: AWS::IoT::Thing
    Properties: {ThingName: gate-N07}
  GateN07Cert:
    Type: AWS::IoT::Certificate
    Properties:
      Status: ACTIVE
      CertificateSigningRequest: |
        «csr:rsagaten07:gate-N07.stadium.trfc»  ⟪certificate signing request⟫
  GatePolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyDocument:
        Statement: [{Effect: Allow, Action: iot:Publish, Resource: !Sub 'arn:aws:iot:${AWS::Region}:${AWS::AccountId}:topic/stadium/gates/*'}]
"""),
    ("infra/cfn/ecs-secrets-right.json", r"""
{
  "family": "ticket-exchange",
  "containerDefinitions": [{
    "name": "exchange",
    "image": "719305628441.dkr.ecr.eu-west-2.amazonaws.com/gatehouse/exchange@sha256:«sha256:exchimg»",  ⟪image digest⟫
    "secrets": [
      {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-2:584120937716:secret:gatehouse/prod/db:password::"},  ⟪valueFrom⟫
      {"name": "ADYEN_API_KEY", "valueFrom": "arn:aws:ssm:eu-west-2:584120937716:parameter/gatehouse/adyen-api-key"},  ⟪valueFrom⟫
      {"name": "BARCODE_HMAC_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-2:584120937716:secret:gatehouse/prod/barcode-hmac"}  ⟪valueFrom⟫
    ],
    "environment": [
      {"name": "AWS_ACCESS_KEY_ID", "value": "«docs:akid»"},  ⟪documentation key id⟫
      {"name": "AWS_SECRET_ACCESS_KEY", "value": "«docs:secret»"}  ⟪documentation secret⟫
    ]
  }]
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "random_password" "scoreboard" {
  length  = 24
  special = false
}

resource "aws_secretsmanager_secret_version" "scoreboard" {
  secret_id     = aws_secretsmanager_secret.scoreboard.id
  secret_string = random_password.scoreboard.result  ⟪random_password result⟫
}

data "aws_secretsmanager_secret_version" "vest" {
  secret_id = "performance/vest-api"  ⟪secret name⟫
}

resource "aws_ssm_parameter" "optical" {
  name  = "/performance/optical-client-secret"
  type  = "SecureString"
  value = data.aws_secretsmanager_secret_version.vest.secret_string  ⟪data source value⟫
}

resource "aws_iam_access_key" "localstack" {
  user = "ci"
  # LocalStack only: access key test / secret test
}
"""),
    ("infra/terraform/oidc-github.tf", r"""
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["«hex:40-ghthumb»"]  ⟪certificate thumbprint⟫
}

resource "aws_iam_role" "gha_fanapp" {
  name = "gha-fanapp"
  assume_role_policy = jsonencode({
    Statement = [{Effect = "Allow", Principal = {Federated = aws_iam_openid_connect_provider.github.arn},
                  Action = "sts:AssumeRoleWithWebIdentity",
                  Condition = {StringLike = {"token.actions.githubusercontent.com:sub" = "repo:thornbury-rovers/kestrel-app:*"}}}]
  })
}
"""),
    ("deploy/k8s/fanapp/serviceaccount-irsa.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: matchcentre
  namespace: fanapp
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::584120937716:role/matchcentre-irsa  ⟪IRSA role⟫
"""),
    ("deploy/k8s/fanapp/secret-placeholders.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: predictor
  namespace: fanapp
type: Opaque
stringData:
  MONGO_PASSWORD: REPLACE_ME  ⟪placeholder⟫
  JWT_SIGNING_KEY: <set-by-pipeline>  ⟪placeholder⟫
  PUSH_KEY: ""  ⟪empty⟫
"""),
    ("deploy/helm/gatehouse/values.yaml", r"""
image:
  repository: 719305628441.dkr.ecr.eu-west-2.amazonaws.com/gatehouse/api
externalDatabase:
  existingSecret: gatehouse-db  ⟪existingSecret⟫
  existingSecretPasswordKey: password
adyen:
  apiKey: ""  ⟪empty⟫
  apiKeySecretRef: {name: gatehouse-payments, key: ADYEN_API_KEY}  ⟪secret reference⟫
redis:
  auth:
    existingSecret: matchcentre-redis  ⟪existingSecret⟫
"""),
    ("deploy/sops/stadium-secrets.enc.yaml", r"""
floodlight_password: «sops:floodlight»  ⟪SOPS value⟫
pava_snmp_rw: «sops:pava»  ⟪SOPS value⟫
turnstile_site_key: «sops:tssite»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:eu-west-2:466273019853:key/«uuid:sopskms»  ⟪KMS ARN⟫
      enc: «kms:sopsdk»  ⟪KMS data key ciphertext⟫
  mac: «sops:mac»  ⟪SOPS MAC⟫
  version: 3.8.1
"""),
    (".github/workflows/infra-plan.yml", r"""
name: infra plan
on: {pull_request: {paths: ['infra/**']}}
permissions: {id-token: write, contents: read}
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::719305628441:role/gha-infra  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: terraform -chdir=infra/terraform plan -var "cloudflare_api_token=${{ secrets.CLOUDFLARE_API_TOKEN }}"  ⟪secrets reference⟫
        env:
          DD_API_KEY: ${{ secrets.DD_API_KEY }}  ⟪secrets reference⟫
          TF_VAR_turnstile_mqtt_password: ${{ secrets.TS_MQTT }}  ⟪secrets reference⟫
"""),
    (".github/workflows/integration-tests.yml", r"""
name: integration tests
on: [push]
jobs:
  localstack:
    runs-on: ubuntu-latest
    services:
      localstack: {image: localstack/localstack:3.5}
    env:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test  ⟪LocalStack default⟫
      STRIPE_SECRET_KEY: «docs:stripetest»  ⟪Stripe test-mode key⟫
    steps:
      - uses: actions/checkout@v4
      - run: make integration
"""),
    ("infra/cdk/lib/secrets-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ssm from 'aws-cdk-lib/aws-ssm';

export class SecretsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const creds = rds.Credentials.fromGeneratedSecret('medical');  ⟪fromGeneratedSecret⟫
    const key = ssm.StringParameter.valueForStringParameter(this, '/performance/vest-api');  ⟪SSM lookup⟫
    const pw = cdk.SecretValue.secretsManager('stadium/floodlight', {jsonField: 'password'});  ⟪SecretValue.secretsManager⟫
  }
}
"""),
    ("infra/serverless/fanzone-games/serverless.yml", r"""
service: fanzone-games
provider:
  name: aws
  runtime: nodejs20.x
  environment:
    LEADERBOARD_TABLE: fanzone-leaderboard
    PRIZE_API_KEY: ${ssm:/fanzone/prize-api-key}  ⟪ssm variable⟫
    SPONSOR_WEBHOOK_SECRET: ${env:SPONSOR_WEBHOOK_SECRET}  ⟪env variable⟫
    GAME_SIGNING_KEY: «b62:32-gamesign»  ⟦app-secret|game score signing key in serverless.yml⟧
functions:
  score: {handler: src/score.handler}
"""),
    ("infra/cfn/outputs-and-exports.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  TrackingUploader:
    Type: AWS::IAM::User
  TrackingUploaderKey:
    Type: AWS::IAM::AccessKey
    Properties: {UserName: !Ref TrackingUploader}
Outputs:
  UploaderKeyId:
    Value: !Ref TrackingUploaderKey
  UploaderSecret:
    Value: !GetAtt TrackingUploaderKey.SecretAccessKey  ⟪GetAtt of the secret⟫
  DashboardUrl:
    Value: !Sub https://${AWS::Region}.console.aws.amazon.com/cloudwatch/home#dashboards:name=matchday
"""),
    ("infra/cfn/sam-ssm-params.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Parameters:
  StatsFeedKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /fanapp/stats-feed-key  ⟪SSM parameter name⟫
Resources:
  StatsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: stats.handler
      Environment:
        Variables:
          STATS_FEED_KEY: !Ref StatsFeedKey
          LEAGUE_PARTNER_KEY_ID: «akid:leaguepartner»  ⟦aws-key-id|league partner's key id pasted into a SAM template⟧
          LEAGUE_PARTNER_SECRET: «awssec:leaguepartner»  ⟦aws-secret|league partner's secret pasted into a SAM template⟧
"""),
    ("deploy/compose/local-dev/docker-compose.yml", r"""
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  localstack:
    image: localstack/localstack:3.5
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
  mailpit:
    image: axllent/mailpit
  gatehouse:
    build: ../../apps/gatehouse
    environment:
      SPRING_DATASOURCE_PASSWORD: postgres  ⟪local default⟫
      ADYEN_API_KEY: your-adyen-api-key  ⟪placeholder⟫
      FANID_KEY: ${FANID_KEY:-changeme}  ⟪default placeholder⟫
"""),
    ("ansible/roles/turnstiles/tasks/main.yml", r"""
- name: write controller config
  ansible.builtin.template:
    src: tc400.cfg.j2
    dest: /etc/tc400/controller.cfg
  vars:
    site_key: "{{ lookup('amazon.aws.aws_secret', 'stadium/turnstiles/site-key') }}"  ⟪lookup⟫
    admin_password: "{{ vault_turnstile_admin_password }}"  ⟪vault variable⟫
"""),
    ("ci/codebuild/deploy-cfn.yml", r"""
version: 0.2
env:
  secrets-manager:
    EXCHANGE_WEBHOOK_SECRET: gatehouse/prod/exchange-webhook:secret  ⟪secrets-manager reference⟫
  parameter-store:
    ALARM_EMAIL: /ticketing/alarm-email  ⟪parameter-store reference⟫
phases:
  build:
    commands:
      - aws cloudformation deploy --template-file infra/cfn/ticketing-core.yaml --stack-name gatehouse --parameter-overrides ExchangeWebhookSecret=$EXCHANGE_WEBHOOK_SECRET  ⟪variable⟫
"""),
    ("infra/terraform/kms-ciphertext.tf", r"""
data "aws_kms_secrets" "stadium" {
  secret {
    name    = "pava_rw"
    payload = "«kms:pavarw»"  ⟪KMS ciphertext⟫
  }
}
"""),
    ("deploy/k8s/stadium/wifi-cert.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata: {name: portal-ca, namespace: stadium}
data:
  ca.crt: |
    «cert:edportal:portal.stadium.trfc»  ⟪certificate⟫
  signing.pub: |
    «pubpem:ecportalsign»  ⟪public key⟫
"""),
]

# late additions: more deployment files of the stadium and academy teams
FILES += [
    ("infra/cfn/academy-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: academy parent portal (safeguarding data - EU only)
Parameters:
  RailsMasterKey:
    Type: String
    NoEcho: true
    Default: «hex:32-railsmaster»  ⟦app-secret|Rails master key as a NoEcho Default⟧
  PortalDomain:
    Type: String
    Default: academy.thornburyrovers.co.uk
Resources:
  PortalDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: academy
      MasterUserPassword: «pwn:academydb»  ⟦password|academy DB master password⟧
      StorageEncrypted: true
      KmsKeyId: alias/academy  ⟪KMS alias⟫
"""),
    ("infra/cfn/elasticache-matchcentre.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  MatchCentreCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: live match centre cache (30k fans refreshing at a goal)
      Engine: redis
      CacheNodeType: cache.r7g.large
      TransitEncryptionEnabled: true
      AuthToken: «pwr:mcredis»  ⟦password|ElastiCache AuthToken literal⟧
      SecurityGroupIds: [sg-0d4c7b1e29a8f3605]  ⟪security group id⟫
"""),
    ("infra/cfn/mq-turnstile-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  GateEventsBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: gate-events
      EngineType: RABBITMQ
      EngineVersion: 3.13
      HostInstanceType: mq.m7g.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: gatehouse
          Password: «pwx:rabbitgate»  ⟦password|Amazon MQ RabbitMQ user password⟧
"""),
    ("infra/terraform/cloudflare.tf", r"""
resource "cloudflare_record" "tickets" {
  zone_id = "«hex:32-cfzone»"  ⟪zone id⟫
  name    = "tickets"
  type    = "CNAME"
  value   = "d1x2y3z4a5b6c7.cloudfront.net"
}

resource "cloudflare_worker_secret" "queue_it" {
  account_id  = "«hex:32-cfacct»"  ⟪account id⟫
  name        = "QUEUE_SECRET"
  script_name = "ticket-queue"
  secret_text = "«b62:40-queuesecret»"  ⟦app-secret|virtual waiting room secret in a Terraform worker secret⟧
}
"""),
    ("deploy/helm/turnstile-mqtt/values.yaml", r"""
mosquitto:
  auth:
    users:
      - username: gatehouse
        password: «pwx:mqttgatehouse»  ⟦password|MQTT user password in Helm values⟧
      - username: gate-n07
        passwordHash: PBKDF2$sha512$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto password hash⟫
  tls:
    existingSecret: mqtt-tls  ⟪existingSecret⟫
"""),
    ("deploy/k8s/medical/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: physio-sync
  namespace: medical
type: Opaque
data:
  PHYSIOLEDGER_API_KEY: «b64:b62:44-physioledger»  ⟦app-secret|base64 medical platform key in a Secret⟧
  SNOWFLAKE_USER: «b64:lit:physio_sync»  ⟪base64 of a user name⟫
"""),
    (".github/workflows/scouting-nightly.yml", r"""
name: scouting nightly import
on: {schedule: [{cron: '0 3 * * *'}]}
jobs:
  import:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m scouting.import --since 1d
        env:
          WYSC_USERNAME: trfc_recruitment
          WYSC_PASSWORD: «pwn:wyscapi»  ⟦password|scouting API password inline in a workflow⟧
          SLACK_BOT_TOKEN: «xoxb:scouting»  ⟦slack|Slack bot token inline in a workflow⟧
"""),
    ("deploy/compose/fanzone/docker-compose.yml", r"""
services:
  games:
    image: registry.thornburyrovers.co.uk/fanzone/games:2.3
    environment:
      GAME_SIGNING_KEY: «b62:32-gamesign»  ⟦app-secret|game signing key in compose⟧
      PRIZE_API_KEY: ${PRIZE_API_KEY}  ⟪variable⟫
  screen:
    image: registry.thornburyrovers.co.uk/fanzone/bigscreen:1.1
    environment:
      SCREEN_ADMIN_PASSWORD: «pwp:fanzonescreen»  ⟦password|fan zone screen admin password in compose⟧
"""),
    ("docker/wifi-portal.Dockerfile", r"""
FROM node:20-alpine
WORKDIR /app
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=«npm:portalbuild»" > .npmrc && npm ci && rm .npmrc  ⟦npm|npm token written in a Dockerfile RUN⟧
COPY . .
CMD ["node", "server.js"]
"""),
]
