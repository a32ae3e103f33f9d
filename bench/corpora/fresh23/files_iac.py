"""fresh23 templates, AWS infrastructure as code (Halverine Interactive): CloudFormation YAML and JSON for the player
platform, GameLift fleets and FlexMatch, IVS, store webhooks, the patch CDN, Cognito, the community site, the build
farm and render farm; parameter files, StackSets, SAM and samconfig, serverless.yml and serverless.ts, ECS task
definitions, Lambda configurations, CodeBuild, Terraform and tfvars, Terragrunt, Pulumi, CDK (TypeScript, Python,
Go, C#), Copilot and App Runner.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/hearth-platform.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  hearth - Halverine player platform (accounts, entitlements, inventory, friends). Aurora PostgreSQL,
  ElastiCache, ECS Fargate. Account 418273650921, us-east-1 (primary) / eu-central-1 / ap-northeast-2.
Parameters:
  Env:
    Type: String
    AllowedValues: [live, stage]
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-0c4e81f2a9b37d615  ⟪VPC id⟫
Resources:
  HearthDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: hearth
      MasterUsername: hearth_admin
      MasterUserPassword: «pwc:hearthmaster»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:418273650921:key/«uuid:kmshearth»  ⟪KMS key ARN⟫
      Tags:
        - Key: game
          Value: platform
        - Key: cost-centre
          Value: live-ops
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: hearth sessions and presence
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:hearth/live/redis-auth:SecretString:token}}'  ⟪dynamic reference⟫
  PresenceCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: hearth presence (friends online) - eu-central-1 replica
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: «pwr:presenceredis»  ⟦password|ElastiCache AuthToken literal⟧
"""),
    ("infra/cfn/gamelift-ironbloom.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Ironbloom dedicated servers on GameLift (UE5 Linux server build), FlexMatch backfill queue
Parameters:
  BuildId:
    Type: String
    Default: build-«uuid:glbuild»  ⟪GameLift build id⟫
  EosServerSecret:
    Type: String
    NoEcho: true
Resources:
  IronbloomFleet:
    Type: AWS::GameLift::Fleet
    Properties:
      Name: ironbloom-live-use1
      BuildId: !Ref BuildId
      EC2InstanceType: c6i.2xlarge
      FleetType: ON_DEMAND
      CertificateConfiguration:
        CertificateType: GENERATED
      RuntimeConfiguration:
        MaxConcurrentGameSessionActivations: 4
        ServerProcesses:
          - LaunchPath: /local/game/IronbloomServer.sh
            ConcurrentExecutions: 6
            Parameters: -log -port=7777 -EOSArtifactName=IronbloomLive -EOSClientSecret=«eossec:ibserver» -NOSTEAM  ⟦app-secret|EOS server client secret in GameLift launch parameters⟧
      EC2InboundPermissions:
        - {FromPort: 7777, ToPort: 7800, IpRange: 0.0.0.0/0, Protocol: UDP}
      Tags:
        - Key: game
          Value: ironbloom
        - Key: studio
          Value: montreal
  IronbloomFleetEu:
    Type: AWS::GameLift::Fleet
    Properties:
      Name: ironbloom-live-euc1
      BuildId: !Ref BuildId
      EC2InstanceType: c6i.2xlarge
      RuntimeConfiguration:
        ServerProcesses:
          - LaunchPath: /local/game/IronbloomServer.sh
            ConcurrentExecutions: 6
            Parameters: !Sub '-log -port=7777 -EOSArtifactName=IronbloomLive -EOSClientSecret=${EosServerSecret}'  ⟪Sub of a NoEcho parameter⟫
  Queue:
    Type: AWS::GameLift::GameSessionQueue
    Properties:
      Name: ironbloom-live
      TimeoutInSeconds: 60
      Destinations:
        - DestinationArn: !Sub arn:aws:gamelift:${AWS::Region}:${AWS::AccountId}:fleet/${IronbloomFleet}
"""),
    ("infra/cfn/flexmatch-lodestar.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "lodestar - FlexMatch matchmaking configuration and event notifications for Ironbloom",
  "Resources": {
    "RuleSet": {
      "Type": "AWS::GameLift::MatchmakingRuleSet",
      "Properties": {
        "Name": "ironbloom-squads-v7",
        "RuleSetBody": "{\"ruleLanguageVersion\":\"1.0\",\"teams\":[{\"name\":\"squad\",\"minPlayers\":3,\"maxPlayers\":3,\"quantity\":12}]}"
      }
    },
    "MatchTopic": {
      "Type": "AWS::SNS::Topic",
      "Properties": {"TopicName": "lodestar-match-events"}
    },
    "MatchHook": {
      "Type": "AWS::SNS::Subscription",
      "Properties": {
        "TopicArn": {"Ref": "MatchTopic"},
        "Protocol": "https",
        "Endpoint": "https://lodestar-hook:«pct:pwx:lodestarhook»@mm.halverine.games/flexmatch/events"  ⟦conn-string|basic-auth password in an SNS https endpoint⟧
      }
    },
    "Config": {
      "Type": "AWS::GameLift::MatchmakingConfiguration",
      "Properties": {
        "Name": "ironbloom-live",
        "RuleSetName": {"Ref": "RuleSet"},
        "AcceptanceRequired": false,
        "RequestTimeoutSeconds": 90,
        "BackfillMode": "AUTOMATIC",
        "NotificationTarget": {"Ref": "MatchTopic"},
        "GameSessionQueueArns": ["arn:aws:gamelift:us-east-1:418273650921:gamesessionqueue/ironbloom-live"]
      }
    }
  }
}
"""),
    ("infra/cfn/ivs-channels.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon IVS channels for the Ironbloom showcase streams and the esports cup, plus the restream relay
Resources:
  ShowcaseChannel:
    Type: AWS::IVS::Channel
    Properties:
      Name: ironbloom-showcase
      LatencyMode: LOW
      Type: STANDARD
      Tags:
        - Key: team
          Value: community
  ShowcaseKey:
    Type: AWS::IVS::StreamKey
    Properties:
      ChannelArn: !Ref ShowcaseChannel
  PlaybackKey:
    Type: AWS::IVS::PlaybackKeyPair
    Properties:
      Name: cup-private-playback
      PublicKeyMaterial: |
        «pubpem:ecivsplay»  ⟪public key PEM⟫
  RestreamFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: relay.handler
      Role: arn:aws:iam::604917283540:role/ivs-restream
      Code: {S3Bucket: hvi-community-artifacts, S3Key: restream/relay-3.2.zip}
      Environment:
        Variables:
          IVS_INGEST: rtmps://«lo:12-ivsingest».global-contribute.live-video.net:443/app/
          IVS_STREAM_KEY: «ivs:showcase-us-east-1»  ⟦app-secret|IVS stream key in Lambda env⟧
          TWITCH_STREAM_KEY: live_«num:9-twchan»_«b62:30-twitchsk»  ⟦app-secret|Twitch stream key in Lambda env⟧
Outputs:
  StreamKeyValue:
    Value: !GetAtt ShowcaseKey.Value  ⟪GetAtt of the stream key⟫
  PlaybackUrl:
    Value: !GetAtt ShowcaseChannel.PlaybackUrl
"""),
    ("infra/cfn/store-webhooks.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: quartermaster - store and payment webhooks (Steam, Xsolla, Stripe) that grant entitlements in hearth
Parameters:
  StripeSecretKey:
    Type: String
    NoEcho: true
  XsollaProjectId:
    Type: String
    Default: '«num:6-xsproject»'  ⟪Xsolla project id⟫
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 20
    Environment:
      Variables:
        HEARTH_URL: https://hearth.internal.halverine.games
Resources:
  SteamMicrotxnFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/steam.handler
      Environment:
        Variables:
          STEAM_APP_ID: '1842270'  ⟪Steam app id⟫
          STEAM_PUBLISHER_KEY: «steamkey:publisher»  ⟦app-secret|Steamworks publisher Web API key in Lambda env⟧
  XsollaFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/xsolla.handler
      Environment:
        Variables:
          XSOLLA_MERCHANT_ID: '«num:6-xsmerchant»'
          XSOLLA_WEBHOOK_SECRET: «b62:32-xsollahook»  ⟦app-secret|Xsolla webhook secret key in Lambda env⟧
          XSOLLA_API_KEY: !Sub '{{resolve:secretsmanager:quartermaster/xsolla:SecretString:api_key}}'  ⟪dynamic reference⟫
  StripeFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/stripe.handler
      Environment:
        Variables:
          STRIPE_SECRET_KEY: !Ref StripeSecretKey  ⟪Ref of a NoEcho parameter⟫
          STRIPE_WEBHOOK_SECRET: «whsec:webshop»  ⟦stripe|Stripe webhook signing secret in Lambda env⟧
          STRIPE_PUBLISHABLE_KEY: «pk:webshop»  ⟪Stripe publishable key⟫
"""),
    ("infra/cfn/params/store-webhooks.live.json", r"""
[
  {"ParameterKey": "StripeSecretKey", "ParameterValue": "«sk:webshop»"},  ⟦stripe|Stripe live secret key in a parameter file⟧
  {"ParameterKey": "XsollaProjectId", "ParameterValue": "«num:6-xsproject»"}
]
"""),
    ("infra/cfn/telemetry-firehose.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon - game telemetry. Kinesis stream from the clients' ingest API, Firehose to S3/Iceberg and to Datadog
Resources:
  EventsStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: beacon-events
      StreamModeDetails: {StreamMode: ON_DEMAND}
  ToDatadog:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamName: beacon-server-logs-datadog
      DeliveryStreamType: DirectPut
      HttpEndpointDestinationConfiguration:
        EndpointConfiguration:
          Name: Datadog
          Url: https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input
          AccessKey: «ddapi:firehose»  ⟦datadog|Datadog API key as a Firehose AccessKey⟧
        S3BackupMode: FailedDataOnly
        S3Configuration:
          BucketARN: arn:aws:s3:::hvi-beacon-firehose-backup-259847316604
          RoleARN: arn:aws:iam::259847316604:role/beacon-firehose
        RoleARN: arn:aws:iam::259847316604:role/beacon-firehose
  ToSplunk:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamName: beacon-anticheat-splunk
      SplunkDestinationConfiguration:
        HECEndpoint: https://http-inputs-halverine.splunkcloud.com:443
        HECEndpointType: Event
        HECToken: '{{resolve:secretsmanager:beacon/splunk-hec:SecretString:token}}'  ⟪dynamic reference⟫
        S3Configuration:
          BucketARN: arn:aws:s3:::hvi-beacon-firehose-backup-259847316604
          RoleARN: arn:aws:iam::259847316604:role/beacon-firehose
"""),
    ("infra/cfn/buildfarm-agents.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: anvil - Windows build agents for UE5 (Jenkins, Horde and Incredibuild helpers), account 736104982357 us-east-2
Parameters:
  AgentAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /anvil/ami/win2022-ue5  ⟪SSM parameter name as Default⟫
Resources:
  AgentTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: anvil-ue5-agent
      LaunchTemplateData:
        ImageId: !Ref AgentAmi
        InstanceType: c7i.8xlarge
        IamInstanceProfile: {Name: anvil-agent}
        UserData:
          Fn::Base64: !Sub |
            <powershell>
            $ErrorActionPreference = 'Stop'
            [Environment]::SetEnvironmentVariable('P4PORT', 'ssl:p4.halverine.net:1666', 'Machine')
            [Environment]::SetEnvironmentVariable('P4USER', 'svc-anvil', 'Machine')
            [Environment]::SetEnvironmentVariable('P4PASSWD', '«pwx:p4anvil»', 'Machine')  ⟦password|Perforce service password set in EC2 UserData⟧
            net user hvi-local «pwl:localadmin» /add  ⟦password|net user local admin password in UserData⟧
            net localgroup Administrators hvi-local /add
            $ib = (Get-SECSecretValue -SecretId anvil/incredibuild-coordinator).SecretString  ⟪Secrets Manager lookup⟫
            & C:\Installers\IBSetupConsole.exe /Install /Components=Agent /Coordinator=ib-coord.halverine.net /AGENT:OPENFIREWALL=ON
            </powershell>
      TagSpecifications:
        - ResourceType: instance
          Tags:
            - Key: anvil:pool
              Value: ue5-win
            - Key: studio
              Value: montreal
"""),
    ("infra/cfn/patch-cdn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Patch and content CDN for the Halverine launcher (signed URLs for pre-release depots)
Resources:
  LauncherPublicKey:
    Type: AWS::CloudFront::PublicKey
    Properties:
      PublicKeyConfig:
        Name: launcher-2026
        CallerReference: launcher-2026-04
        EncodedKey: |
          «pubpem:rsacdn»  ⟪public key PEM⟫
  KeyGroup:
    Type: AWS::CloudFront::KeyGroup
    Properties:
      KeyGroupConfig:
        Name: launcher-signers
        Items: [!Ref LauncherPublicKey]
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [patch.halverine.games]
        Origins:
          - Id: depots
            DomainName: hvi-depots-418273650921.s3.us-east-1.amazonaws.com
            S3OriginConfig: {OriginAccessIdentity: ''}
            OriginAccessControlId: E2«up:12-oac»  ⟪OAC id⟫
          - Id: manifest-api
            DomainName: manifests.internal.halverine.games
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verification header value⟧
        DefaultCacheBehavior:
          TargetOriginId: depots
          ViewerProtocolPolicy: https-only
          TrustedKeyGroups: [!Ref KeyGroup]
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/cognito-players.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Player sign-in for the web shop and companion app (Cognito with Google, Facebook and Apple)
Resources:
  Players:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: hvi-players
      MfaConfiguration: OPTIONAL
  Google:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Players
      ProviderName: Google
      ProviderType: Google
      ProviderDetails:
        client_id: «num:12-gclient»-«lo:32-gclient».apps.googleusercontent.com  ⟪Google OAuth client id⟫
        client_secret: «gocspx:players»  ⟦app-secret|Google OAuth client secret in a Cognito IdP⟧
        authorize_scopes: openid email
  Facebook:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Players
      ProviderName: Facebook
      ProviderType: Facebook
      ProviderDetails:
        client_id: '«num:16-fbapp»'  ⟪Facebook app id⟫
        client_secret: «hex:32-fbsecret»  ⟦app-secret|Facebook app secret in a Cognito IdP⟧
        authorize_scopes: public_profile,email
  Apple:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Players
      ProviderName: SignInWithApple
      ProviderType: SignInWithApple
      ProviderDetails:
        client_id: games.halverine.companion.signin
        team_id: «up:10-appleteam»  ⟪Apple team id⟫
        key_id: «asc:siwa»  ⟪Apple key id⟫
        private_key: '{{resolve:secretsmanager:players/siwa-key:SecretString}}'  ⟪dynamic reference⟫
        authorize_scopes: email name
"""),
    ("infra/cfn/community-site.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: forums.halverine.games - Discourse on EC2 with RDS PostgreSQL and SES, account 604917283540
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
    Default: «pp:forumsdb»  ⟦password|NoEcho parameter with a literal Default, word-word-digits⟧
Resources:
  ForumDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.large
      AllocatedStorage: '200'
      MasterUsername: discourse
      MasterUserPassword: !Ref DbPassword
  ForumHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0b3f6e21d7c84a590  ⟪AMI id⟫
      InstanceType: m7g.xlarge
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          cd /var/discourse
          sed -i "s|DISCOURSE_DB_PASSWORD:.*|DISCOURSE_DB_PASSWORD: ${DbPassword}|" containers/app.yml
          sed -i "s|DISCOURSE_SMTP_USER_NAME:.*|DISCOURSE_SMTP_USER_NAME: «akid:forumsmtp»|" containers/app.yml  ⟦aws-key-id|SES SMTP user name (a key id) in UserData⟧
          sed -i "s|DISCOURSE_SMTP_PASSWORD:.*|DISCOURSE_SMTP_PASSWORD: «sesv4:forumsmtp»|" containers/app.yml  ⟦aws-ses-smtp|SES SMTP password in UserData⟧
          ./launcher rebuild app
      Tags:
        - Key: Name
          Value: forums-prod
"""),
    ("infra/cfn/player-support.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Player support - AppFlow from Zendesk to the data lake, and the ticket-triage Lambda
Resources:
  ZendeskProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: zendesk-player-support
      ConnectorType: Zendesk
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Zendesk:
            InstanceUrl: https://halverine.zendesk.com
        ConnectorProfileCredentials:
          Zendesk:
            ClientId: appflow_halverine
            ClientSecret: «hex:64-zdclient»  ⟦app-secret|Zendesk OAuth client secret in an AppFlow profile⟧
            AccessToken: «zendesk:appflow»  ⟦app-secret|Zendesk OAuth access token in an AppFlow profile⟧
  TriageFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: triage.handler
      Role: arn:aws:iam::604917283540:role/support-triage
      Code: {S3Bucket: hvi-support-artifacts, S3Key: triage/triage-1.9.zip}
      Environment:
        Variables:
          ZENDESK_SUBDOMAIN: halverine
          ZENDESK_EMAIL: triage-bot@halverine.games/token
          ZENDESK_API_TOKEN: '{{resolve:ssm-secure:/support/zendesk-api-token}}'  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/cfn/stacksets/studio-workstations.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM association for studio workstations and render nodes (hybrid activations in MTL/KRK/SEL/AUS)
Resources:
  JoinAndMapDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: hvi-studio-join
      Content:
        schemaVersion: '2.2'
        description: Join the studio domain and map the shared drives
        parameters:
          joinPassword:
            type: String
            default: '{{ssm-secure:/studio/ad/join-password}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: join
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '{{ joinPassword }}' -AsPlainText -Force  ⟪SSM document parameter⟫
                - $cred = New-Object PSCredential('STUDIO\svc-join', $pw)
                - Add-Computer -DomainName studio.hvi.local -Credential $cred -Restart:$false
                - net use Z: \\krk-fs01\art /user:STUDIO\svc-artshare «pwn:artshare» /persistent:yes  ⟦password|net use password in an SSM document⟧
"""),
    ("infra/cfn/docdb-inventory.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Tidefall Tactics inventory and cosmetics store (DocumentDB), eu-central-1
Parameters:
  MasterPassword:
    Type: String
    NoEcho: true
    Default: «pwn:tidefalldocdb»  ⟦password|NoEcho Default, first name + digits⟧
Resources:
  InventoryCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: tidefall-inventory
      MasterUsername: tfadmin
      MasterUserPassword: !Ref MasterPassword
      StorageEncrypted: true
      EngineVersion: '5.0.0'
"""),
    ("infra/cfn/mq-lodestar.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lodestar - RabbitMQ broker for match results and party invites
Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: lodestar-live
      EngineType: RABBITMQ
      EngineVersion: '3.13'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: lodestar-admin
          Password: '{{resolve:secretsmanager:lodestar/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: party-svc
          Password: «pw:partymq»  ⟦password|Amazon MQ user password, season + year⟧
"""),
    ("infra/cfn/eventbridge-connections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - PagerDuty for live-ops alarms, Twitch for drops campaigns, Discord announcements
Resources:
  PagerDutyConn:
    Type: AWS::Events::Connection
    Properties:
      Name: pagerduty-liveops
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Token token=«b62:20-pdapi»  ⟦app-secret|PagerDuty REST API key in an EventBridge connection⟧
  TwitchConn:
    Type: AWS::Events::Connection
    Properties:
      Name: twitch-drops
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://id.twitch.tv/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: «twitchsec:dropsid»  ⟪Twitch client id⟫
            ClientSecret: «twitchsec:dropssecret»  ⟦app-secret|Twitch client secret in an EventBridge OAuth connection⟧
  DiscordConn:
    Type: AWS::Events::Connection
    Properties:
      Name: discord-announcements
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: !Sub '{{resolve:secretsmanager:community/discord-bot:SecretString:header}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/transfer-localisation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for localisation and QA outsourcing vendors (string tables, LQA reports, VO files)
Resources:
  Server:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: PUBLIC
  LocVendorUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: lingoforge
      Role: arn:aws:iam::604917283540:role/transfer-loc
      HomeDirectory: /hvi-loc-exchange/lingoforge
      SshPublicKeys:
        - «sshpub:edlingoforge:lingoforge-sftp»  ⟪SSH public key⟫
  VoConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: transfer/connector/voicebox-seoul
      SecretString: '{"Username":"halverine","Password":"«pwx:voiceboxsftp»"}'  ⟦password|literal SecretString password for an SFTP connector⟧
  VoConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.voicebox-seoul.co.kr
      AccessRole: arn:aws:iam::604917283540:role/transfer-connector
      SftpConfig:
        UserSecretId: !Ref VoConnectorSecret
        TrustedHostKeys:
          - «sshpub:edvoiceboxhost:»  ⟪host public key⟫
"""),
    ("infra/cfn/opensearch-logs.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Game server and anti-cheat log search (OpenSearch), account 259847316604",
  "Resources": {
    "LogsDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "gs-logs",
        "EngineVersion": "OpenSearch_2.13",
        "ClusterConfig": {"InstanceType": "r6g.xlarge.search", "InstanceCount": 3},
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "gslogs-admin",
            "MasterUserPassword": "«pwl:gslogs»"  ⟦password|OpenSearch master password in CloudFormation JSON⟧
          }
        },
        "NodeToNodeEncryptionOptions": {"Enabled": true},
        "EncryptionAtRestOptions": {"Enabled": true}
      }
    }
  }
}
"""),
    ("infra/cfn/apigw-partner-keys.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Partner API keys for the hearth entitlement API (creator programme, esports organisers)",
  "Resources": {
    "CreatorKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "creator-programme",
        "Enabled": true,
        "Value": "«b62:40-creatorkey»"  ⟦app-secret|API Gateway API key value in CloudFormation JSON⟧
      }
    },
    "EsportsKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "esports-organiser-faceit",
        "Enabled": true,
        "GenerateDistinctId": true
      }
    }
  }
}
"""),
    ("infra/cfn/redshift-telemetry.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon analytics - Redshift Serverless for retention, funnel and economy dashboards
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: beacon
      AdminUsername: beacon_admin
      ManageAdminPassword: true  ⟪managed admin password⟫
      DbName: telemetry
  Workgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: beacon
      NamespaceName: !Ref Namespace
      BaseCapacity: 32
"""),
    ("infra/cfn/glue-telemetry.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon - Glue jobs that join store sales (Steam, PlayStation, Xbox, Nintendo reports) with telemetry
Resources:
  SalesDbConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: finance-sales-db
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://finance-sales.c9x2kd7qzt1m.us-east-1.rds.amazonaws.com:5432/sales
          USERNAME: glue_sales
          PASSWORD: «pwn:gluesales»  ⟦password|Glue JDBC connection password⟧
  StoreReportsJob:
    Type: AWS::Glue::Job
    Properties:
      Name: store-reports-daily
      Role: arn:aws:iam::259847316604:role/glue-beacon
      GlueVersion: '4.0'
      Command: {Name: glueetl, ScriptLocation: s3://hvi-beacon-glue/store_reports.py}
      DefaultArguments:
        --steam_partner_key: «steamkey:financereports»  ⟦app-secret|Steam financial API key in Glue DefaultArguments⟧
        --gameanalytics_secret: «hex:40-gasecret»  ⟦app-secret|GameAnalytics secret key in Glue DefaultArguments⟧
        --gameanalytics_game_key: «gamekey:ironbloom»  ⟪GameAnalytics game key, public⟫
        --enable-metrics: 'true'
"""),
    ("infra/cfn/mocap-datasync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Motion-capture stage (Montreal) - DataSync from the stage NAS to S3 after each shoot day
Resources:
  StageNas:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: mtl-mocap-nas01.studio.hvi.local
      Subdirectory: /takes
      User: datasync
      Domain: STUDIO
      Password: «pwp:mocapnas»  ⟦password|DataSync SMB password, short weak⟧
      AgentArns: [arn:aws:datasync:us-east-1:736104982357:agent/agent-0«hex:16-dsagent»]  ⟪agent ARN⟫
  TakesBucket:
    Type: AWS::DataSync::LocationS3
    Properties:
      S3BucketArn: arn:aws:s3:::hvi-mocap-takes-736104982357
      S3Config: {BucketAccessRoleArn: arn:aws:iam::736104982357:role/datasync-mocap}
"""),
    ("infra/cfn/artists-directory.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Managed AD for remote artists on Amazon DCV workstations (g5 instances) in us-east-1 and ap-northeast-2
Resources:
  ArtistsAd:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: remote.hvi.local
      Edition: Standard
      Password: «pwc:artistsad»  ⟦password|Managed AD admin password⟧
      VpcSettings:
        VpcId: vpc-0a71e93c5d2b48f06  ⟪VPC id⟫
        SubnetIds: [subnet-04d1f7a2c93be5806, subnet-0e28b3c4f71a9d652]
"""),
    ("infra/cfn/render-farm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Cinematics render farm - Deadline workers on Spot, repository on FSx, MongoDB on EC2
Resources:
  WorkerTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: render-worker
      LaunchTemplateData:
        InstanceType: g5.4xlarge
        UserData:
          Fn::Base64: |
            #!/bin/bash
            mount -t lustre fs-0«hex:16-fsx».fsx.us-east-1.amazonaws.com@tcp:/render /mnt/repo
            cat > /var/lib/Thinkbox/Deadline10/deadline.ini <<INI
            [Deadline]
            NetworkRoot=/mnt/repo/DeadlineRepository10
            INI
            export DEADLINE_DB_PASSWORD='«pwx:deadlinemongo»'  ⟦password|Deadline database password exported in UserData⟧
            /opt/Thinkbox/Deadline10/bin/deadlinecommand -SetIniFileSetting ProxyUseSSL True
            /opt/Thinkbox/Deadline10/bin/deadlineworker -nogui &
"""),
    ("infra/cfn/params/hearth-live.json", r"""
{
  "Parameters": {
    "Env": "live",
    "ReplicaPassword": "«pwx:hearthreplica»",  ⟦password|parameter file password (CodePipeline template configuration)⟧
    "JwtSigningSecret": "«b64k:48-hearthjwt»",  ⟦app-secret|JWT signing secret in a template configuration⟧
    "AlarmEmail": "liveops-oncall@halverine.games"
  },
  "Tags": {"game": "platform", "cost-centre": "live-ops"}
}
"""),
    ("infra/cfn/params/community-live.json", r"""
[
  {"ParameterKey": "DbPassword", "ParameterValue": "«pp:forumsdb»"},  ⟦password|parameter file password, word-word-digits⟧
  {"ParameterKey": "DiscourseHostname", "ParameterValue": "forums.halverine.games"}
]
"""),
    ("sam/quartermaster/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: quartermaster - console store entitlement sync (PlayStation, Xbox, Nintendo)
Parameters:
  PsnClientSecret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /quartermaster/psn/client-secret  ⟪SSM parameter name⟫
  XboxClientSecret:
    Type: String
    NoEcho: true
Resources:
  PsnSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: psn.sync
      Environment:
        Variables:
          PSN_CLIENT_ID: «uuid:psnclient»  ⟪PSN client id⟫
          PSN_CLIENT_SECRET: !Ref PsnClientSecret
          PSN_ENV: np
  XboxSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: xbox.sync
      Environment:
        Variables:
          XBOX_TENANT_ID: «uuid:entratenant»  ⟪Entra tenant id⟫
          XBOX_CLIENT_ID: «uuid:xboxapp»  ⟪Entra application id⟫
          XBOX_CLIENT_SECRET: «azad:xboxcollections»  ⟦azure-ad|Entra client secret for Xbox collections in Lambda env⟧
  NintendoSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: nintendo.sync
      Environment:
        Variables:
          NSO_CERT_S3: s3://hvi-quartermaster-certs/nintendo/tidefall-s2s.pfx
          NSO_CERT_PASSWORD: «pwr:nsopfx»  ⟦password|PFX password for the Nintendo server certificate in Lambda env⟧
"""),
    ("sam/quartermaster/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "quartermaster"
resolve_s3 = true
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "XboxClientSecret=\"«azad:xboxcollections»\" Env=\"live\""  ⟦azure-ad|samconfig parameter_overrides with the Xbox client secret⟧

[stage.deploy.parameters]
stack_name = "quartermaster-stage"
region = "us-east-1"
parameter_overrides = "XboxClientSecret=\"{{resolve:secretsmanager:quartermaster/stage/xbox}}\" Env=\"stage\""  ⟪dynamic reference⟫
"""),
    ("sam/discord-heralds/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: heralds - Discord interactions endpoint (patch notes, server status, account linking) for the community server
Resources:
  InteractionsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/interactions.handler
      FunctionUrlConfig: {AuthType: NONE}
      Environment:
        Variables:
          DISCORD_APPLICATION_ID: '«snowflake:heraldsapp»'  ⟪Discord application id⟫
          DISCORD_PUBLIC_KEY: «hex:64-discordpub»  ⟪Discord interactions public key⟫
          DISCORD_BOT_TOKEN: «discord:heralds»  ⟦discord|Discord bot token in Lambda env⟧
          STATUS_WEBHOOK: «discordhook:status»  ⟦discord|Discord webhook URL in Lambda env⟧
"""),
    ("sam/discord-heralds/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: discord-heralds
      region: us-east-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - LinkingClientSecret=«b62:32-discordoauth»  ⟦app-secret|Discord OAuth2 client secret in samconfig parameter_overrides⟧
        - Env=live
"""),
    ("services/twitch-drops/serverless.yml", r"""
service: twitch-drops
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  environment:
    TWITCH_CLIENT_ID: ${ssm:/community/twitch/client-id}  ⟪${ssm:} reference⟫
    TWITCH_CLIENT_SECRET: «twitchsec:dropssecret»  ⟦app-secret|Twitch client secret in serverless.yml⟧
    EVENTSUB_SECRET: «b62:40-eventsub»  ⟦app-secret|Twitch EventSub webhook secret in serverless.yml⟧
    HEARTH_API_KEY: ${env:HEARTH_API_KEY}
functions:
  eventsub:
    handler: src/eventsub.handler
    url: true
  grant:
    handler: src/grant.handler
    events:
      - sqs: arn:aws:sqs:us-east-1:604917283540:drops-grants
"""),
    ("services/support-bot/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'support-bot',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'eu-central-1',
    environment: {
      ZENDESK_SUBDOMAIN: 'halverine',
      ZENDESK_TOKEN: '«zendesk:supportbot»',  ⟦app-secret|Zendesk API token in serverless.ts⟧
      ANTHROPIC_API_KEY: '«ant:supportbot»',  ⟦anthropic|Anthropic API key in serverless.ts⟧
      OPENAI_API_KEY: '${ssm:/support/openai-key}',  ⟪${ssm:} reference⟫
    },
  },
  functions: {
    triage: { handler: 'src/triage.handler', events: [{ sqs: 'arn:aws:sqs:eu-central-1:604917283540:support-inbound' }] },
  },
};

module.exports = config;
"""),
    ("deploy/ecs/hearth-api.taskdef.json", r"""
{
  "family": "hearth-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "2048",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::418273650921:role/hearth-exec",
  "taskRoleArn": "arn:aws:iam::418273650921:role/hearth-api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "418273650921.dkr.ecr.us-east-1.amazonaws.com/hearth/api@sha256:«sha256:hearthimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "live"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:hearthdb»"},  ⟦password|ECS environment password⟧
        {"name": "EOS_DEPLOYMENT_ID", "value": "«eosid:deploylive»"}  ⟪EOS deployment id⟫
      ],
      "secrets": [
        {"name": "STEAM_PUBLISHER_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:418273650921:secret:hearth/steam-«b62:6-steamsec»"}  ⟪valueFrom ARN⟫
      ]
    }
  ]
}
"""),
    ("deploy/ecs/lodestar-mm.taskdef.json", r"""
{
  "family": "lodestar-mm",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {
      "name": "director",
      "image": "418273650921.dkr.ecr.us-east-1.amazonaws.com/lodestar/director:4.8.0",
      "environment": [
        {"name": "REDIS_URL", "value": "rediss://:«pwr:lodestarredis»@master.lodestar.q7m2xk.use1.cache.amazonaws.com:6379"},  ⟦conn-string|Redis URL with the AUTH token⟧
        {"name": "VIVOX_ISSUER", "value": "halverine-ironbloom-live"},
        {"name": "VIVOX_DOMAIN", "value": "mtu1xp.vivox.com"},
        {"name": "VIVOX_TOKEN_KEY", "value": "«vivox:live»"}  ⟦app-secret|Vivox token-signing key in ECS env⟧
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/lodestar", "awslogs-region": "us-east-1"}}
    }
  ]
}
"""),
    ("deploy/ecs/horde-server.taskdef.yaml", r"""
family: horde-server
networkMode: awsvpc
requiresCompatibilities: [EC2]
executionRoleArn: arn:aws:iam::736104982357:role/horde-exec
containerDefinitions:
  - name: horde
    image: 736104982357.dkr.ecr.us-east-2.amazonaws.com/epic/horde-server:5.5.4
    memory: 8192
    environment:
      - name: Horde__DatabaseConnectionString
        value: mongodb://horde:«pwx:hordemongo»@horde-docdb.cluster-c3k8d1ws7qpx.us-east-2.docdb.amazonaws.com:27017/?tls=true  ⟦conn-string|MongoDB URI with a password in ECS env⟧
      - name: Horde__RedisConnectionConfig
        value: horde-redis.q3x9k1.ng.0001.use2.cache.amazonaws.com:6379
      - name: Horde__AuthMethod
        value: OpenIdConnect
    secrets:
      - name: Horde__OidcClientSecret
        valueFrom: arn:aws:ssm:us-east-2:736104982357:parameter/horde/oidc-client-secret  ⟪valueFrom SSM⟫
"""),
    ("deploy/lambda/crash-symbolicator.json", r"""
{
    "FunctionName": "crash-symbolicator",
    "FunctionArn": "arn:aws:lambda:us-east-1:418273650921:function:crash-symbolicator",
    "Runtime": "python3.11",
    "Role": "arn:aws:iam::418273650921:role/crash-symbolicator",
    "Handler": "symbolicate.handler",
    "CodeSize": 48213377,
    "Timeout": 300,
    "MemorySize": 3008,
    "LastModified": "2026-10-14T09:12:44.000+0000",
    "CodeSha256": "«b64k:32-crashcode»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "SYMBOL_BUCKET": "hvi-symbols-736104982357",
            "SYMBOLS_AWS_ACCESS_KEY_ID": "«akid:symbols»",  ⟦aws-key-id|cross-account key id in a Lambda configuration⟧
            "SYMBOLS_AWS_SECRET_ACCESS_KEY": "«awssec:symbols»",  ⟦aws-secret|cross-account secret in a Lambda configuration⟧
            "BACKTRACE_API_TOKEN": "«hex:64-btapi»",  ⟦app-secret|Backtrace API access token in a Lambda configuration⟧
            "BACKTRACE_UNIVERSE": "halverine"
        }
    },
    "TracingConfig": {"Mode": "PassThrough"},
    "RevisionId": "«uuid:crashrev»"  ⟪revision id⟫
}
"""),
    ("deploy/lambda/entitlement-sync.json", r"""
{
    "FunctionName": "entitlement-sync-epic",
    "Runtime": "nodejs20.x",
    "Handler": "dist/epic.handler",
    "Environment": {
        "Variables": {
            "EOS_CLIENT_ID": "«eoscid:ecom»",  ⟪EOS client id⟫
            "EOS_CLIENT_SECRET": "«eossec:ecom»",  ⟦app-secret|EOS client secret (ecommerce) in a Lambda configuration⟧
            "EOS_DEPLOYMENT_ID": "«eosid:deploylive»",
            "EPIC_ORG_ID": "o-«lo:30-epicorg»"
        }
    },
    "KMSKeyArn": "arn:aws:kms:us-east-1:418273650921:key/«uuid:kmslambda»",
    "Architectures": ["arm64"]
}
"""),
    ("ci/codebuild/buildspec-server.yml", r"""
version: 0.2
env:
  variables:
    UE_ROOT: /opt/ue5
    P4PORT: ssl:p4.halverine.net:1666
    P4USER: svc-codebuild
    P4PASSWD: «pwx:p4codebuild»  ⟦password|CodeBuild plaintext variable with a Perforce password⟧
  parameter-store:
    STEAM_BUILDER_PASSWORD: /anvil/steam/builder-password  ⟪parameter-store reference⟫
  secrets-manager:
    EOS_SERVER_SECRET: anvil/eos:server_secret  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - p4 trust -y
      - echo "$P4PASSWD" | p4 login
  build:
    commands:
      - $UE_ROOT/Engine/Build/BatchFiles/RunUAT.sh BuildCookRun -project=Ironbloom/Ironbloom.uproject -server -noclient -platform=Linux -build -cook -stage -pak -archive -archivedirectory=out
artifacts:
  base-directory: out
  files: ['**/*']
"""),
    ("ci/codebuild/buildspec-symbols.yml", r"""
version: 0.2
env:
  variables:
    BUGSPLAT_DATABASE: halverine_tidefall
    BUGSPLAT_CLIENT_ID: «hex:32-bsclient»  ⟪BugSplat client id⟫
    BUGSPLAT_CLIENT_SECRET: «hex:32-bssecret»  ⟦app-secret|BugSplat OAuth client secret in a buildspec⟧
    SENTRY_AUTH_TOKEN: «sntryu:symbols»  ⟦sentry|Sentry user auth token in a buildspec⟧
phases:
  build:
    commands:
      - ./symbol-upload-linux -i $BUGSPLAT_CLIENT_ID -s $BUGSPLAT_CLIENT_SECRET -b $BUGSPLAT_DATABASE -a Tidefall -v $VERSION -d ./Symbols
      - sentry-cli debug-files upload --org halverine --project ironbloom ./Binaries/Linux
"""),
    ("copilot/webshop/manifest.yml", r"""
name: webshop
type: Load Balanced Web Service
http:
  path: '/'
  healthcheck: /healthz
image:
  build: services/webshop/Dockerfile
  port: 3000
cpu: 1024
memory: 2048
variables:
  NEXT_PUBLIC_STRIPE_PK: «pk:webshop»  ⟪publishable key⟫
  XSOLLA_API_KEY: «xsolla:webshop»  ⟦app-secret|Xsolla API key in a Copilot manifest⟧
secrets:
  STRIPE_SECRET_KEY: /copilot/webshop/live/secrets/stripe_secret_key  ⟪Copilot secret reference⟫
  DATABASE_URL:
    secretsmanager: webshop/live/database-url  ⟪Copilot secretsmanager reference⟫
"""),
    ("services/community-api/apprunner.yaml", r"""
version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip install -r requirements.txt
run:
  command: gunicorn community.wsgi -b 0.0.0.0:8000
  network:
    port: 8000
  env:
    - name: DISCOURSE_API_USERNAME
      value: system
    - name: DISCOURSE_API_KEY
      value: «hex:64-discourseapi»  ⟦app-secret|Discourse API key in apprunner.yaml⟧
  secrets:
    - name: DJANGO_SECRET_KEY
      value-from: arn:aws:secretsmanager:us-east-1:604917283540:secret:community/django-«b62:6-djsec»  ⟪value-from ARN⟫
"""),
    ("infra/stepfunctions/refund-review.asl.json", r"""
{
  "Comment": "Refund review for web shop orders: check Xsolla transaction, ask support, revoke entitlement",
  "StartAt": "GetTransaction",
  "States": {
    "GetTransaction": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint.$": "States.Format('https://api.xsolla.com/merchant/v2/merchants/«num:6-xsmerchant»/reports/transactions/{}/details', $.transactionId)",
        "Method": "GET",
        "Headers": {"Authorization": "Basic «basic:xsollarefund»"},  ⟦password-b64|basic-auth header in a state machine⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:604917283540:connection/xsolla/«uuid:xsconn»"}
      },
      "Next": "Revoke"
    },
    "Revoke": {"Type": "Pass", "End": true}
  }
}
"""),
]
