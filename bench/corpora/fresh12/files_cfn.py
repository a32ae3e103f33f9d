"""fresh12 templates, AWS infrastructure as code (Brightwater Media): CloudFormation YAML and JSON (MediaLive,
MediaPackage, MediaConnect, MediaTailor, IVS, MSK, Managed Flink, SageMaker, Aurora, DocumentDB, OpenSearch,
Redshift, Glue, EventBridge connections, Transfer Family, Directory Service, site-to-site VPN, DataSync, Cognito),
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, buildspecs,
CodeBuild, Step Functions, an SSM document, CodeDeploy, Elastic Beanstalk and CDK (TypeScript, Python).
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/live/medialive-channel-news24.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  BW News 24 - MediaLive channel fed by the Atlanta facility over RTMP push (primary) and SRT (backup
  via MediaConnect). Outputs: MediaPackage HLS/DASH plus a simulcast to YouTube. Owner: live-ops.
Parameters:
  InputSecurityGroupId:
    Type: String
  MediaLiveRoleArn:
    Type: String
    Default: arn:aws:iam::418273659021:role/MediaLiveAccessRole  ⟪role ARN⟫
Resources:
  News24Input:
    Type: AWS::MediaLive::Input
    Properties:
      Name: news24-rtmp-push
      Type: RTMP_PUSH
      InputSecurityGroups: [!Ref InputSecurityGroupId]
      Destinations:
        - StreamName: news24/primary
        - StreamName: news24/backup
  News24Channel:
    Type: AWS::MediaLive::Channel
    Properties:
      Name: bw-news24
      ChannelClass: STANDARD
      RoleArn: !Ref MediaLiveRoleArn
      InputAttachments:
        - InputId: !Ref News24Input
          InputAttachmentName: facility-rtmp
      Destinations:
        - Id: mediapackage
          MediaPackageSettings:
            - ChannelId: bw-news24-mp
        - Id: youtube-simulcast
          Settings:
            - Url: rtmp://a.rtmp.youtube.com/live2
              StreamName: «ytkey:news24»  ⟦app-secret|YouTube Live stream key as a MediaLive RTMP destination⟧
            - Url: rtmp://b.rtmp.youtube.com/live2?backup=1
              StreamName: «ytkey:news24»  ⟦app-secret|same stream key on the backup ingest⟧
        - Id: partner-rtmp
          Settings:
            - Url: rtmp://ingest.partner-ott.net/live
              StreamName: brightwater-news24
              Username: bwm-push
              PasswordParam: /medialive/news24/partner-rtmp-password  ⟪SSM parameter name (MediaLive PasswordParam)⟫
      EncoderSettings:
        TimecodeConfig:
          Source: EMBEDDED
        AudioDescriptions: []
        VideoDescriptions: []
        OutputGroups: []
      Tags:
        app: news24
        cost-center: LIVE-210
"""),
    ("infra/cfn/live/mediaconnect-srt-backup.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MediaConnect flow - SRT listener for the facility backup feed, entitlement to the partner account
Resources:
  BackupFlow:
    Type: AWS::MediaConnect::Flow
    Properties:
      Name: news24-srt-backup
      AvailabilityZone: us-east-1a
      Source:
        Name: atl-facility-srt
        Protocol: srt-listener
        IngestPort: 5000
        WhitelistCidr: 203.0.113.64/27
        Decryption:
          Algorithm: aes256
          KeyType: static-key
          RoleArn: arn:aws:iam::418273659021:role/mediaconnect-secrets-read
          SecretArn: arn:aws:secretsmanager:us-east-1:418273659021:secret:mediaconnect/news24-backup-«b62:6-mcsec»  ⟪Secrets Manager ARN of the static key⟫
  SrtHealthProbe:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: news24-srt-probe
      Runtime: python3.12
      Handler: probe.handler
      Role: arn:aws:iam::418273659021:role/live-probe-lambda
      Code:
        S3Bucket: bwm-live-artifacts-418273659021
        S3Key: probe/probe-2026.11.2.zip
      Environment:
        Variables:
          SRT_TARGET: srt://news24-backup.live.bwm-media.net:5000
          SRT_PASSPHRASE: «pwx:srtnews24»  ⟦password|SRT passphrase of the backup feed in Lambda env⟧
          SRT_PBKEYLEN: '32'
"""),
    ("infra/cfn/live/mediapackage-news24.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MediaPackage channel and endpoints for BW News 24, CDN authorization on
Resources:
  News24Channel:
    Type: AWS::MediaPackage::Channel
    Properties:
      Id: bw-news24-mp
      Description: BW News 24 primary
  News24Hls:
    Type: AWS::MediaPackage::OriginEndpoint
    Properties:
      Id: bw-news24-hls
      ChannelId: !Ref News24Channel
      StartoverWindowSeconds: 14400
      Authorization:
        CdnIdentifierSecret: arn:aws:secretsmanager:us-east-1:418273659021:secret:MediaPackage/news24-cdn-«b62:6-mpcdn»  ⟪CDN identifier secret ARN⟫
        SecretsRoleArn: arn:aws:iam::418273659021:role/MediaPackageSecretsRole
      HlsPackage:
        SegmentDurationSeconds: 6
        PlaylistWindowSeconds: 60
        Encryption:
          SpekeKeyProvider:
            ResourceId: bw-news24
            SystemIds:
              - edef8ba9-79d6-4ace-a3c8-27dcd51d21ed  ⟪Widevine DRM system id (public constant)⟫
              - 94ce86fb-07ff-4f43-adb8-93d2fa968ca2
            Url: https://drm-speke.bwm-media.net/v2/speke
            RoleArn: arn:aws:iam::418273659021:role/MediaPackageSpekeRole
Outputs:
  HlsUrl:
    Value: !GetAtt News24Hls.Url
"""),
    ("infra/cfn/live/ivs-creator-channels.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IVS low-latency channels for creator shows (Brightwater Studios), keys are read by the studio app at runtime
Resources:
  CreatorChannel:
    Type: AWS::IVS::Channel
    Properties:
      Name: bw-creator-main
      LatencyMode: LOW
      Type: STANDARD
      Authorized: true
  CreatorStreamKey:
    Type: AWS::IVS::StreamKey
    Properties:
      ChannelArn: !Ref CreatorChannel
  PlaybackKey:
    Type: AWS::IVS::PlaybackKeyPair
    Properties:
      Name: creator-playback-2026
      PublicKeyMaterial: |
        «pubpem:ecivs»  ⟪public key PEM of the playback key pair⟫
Outputs:
  IngestEndpoint:
    Value: !GetAtt CreatorChannel.IngestEndpoint
  StreamKeyValue:
    Description: read once by the studio provisioning job, never logged
    Value: !GetAtt CreatorStreamKey.Value  ⟪GetAtt of the IVS stream key⟫
"""),
    ("infra/cfn/live/mediatailor-ssai.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MediaTailor server-side ad insertion for FAST channels (harbor ad decision server)
Resources:
  FastSsai:
    Type: AWS::MediaTailor::PlaybackConfiguration
    Properties:
      Name: bw-fast-ssai
      VideoContentSourceUrl: https://origin.fast.bwm-media.net/out/v1
      AdDecisionServerUrl: https://ads.harbor.bwm-media.net/vast/v4?key=«hex:40-harborads»&cust_params=[player_params.cust]  ⟦app-secret|ad decision server key in the MediaTailor ADS URL⟧
      SlateAdUrl: https://static.brightwater.tv/slates/fast-slate-1080p.mp4
      ConfigurationAliases:
        player_params.region:
          us: na
          gb: emea
      CdnConfiguration:
        AdSegmentUrlPrefix: https://ads-cdn.brightwater.tv
        ContentSegmentUrlPrefix: https://fast-cdn.brightwater.tv
  FastSsaiStaging:
    Type: AWS::MediaTailor::PlaybackConfiguration
    Properties:
      Name: bw-fast-ssai-staging
      VideoContentSourceUrl: https://origin-stg.fast.bwm-media.net/out/v1
      AdDecisionServerUrl: https://ads-stg.harbor.bwm-media.net/vast/v4?key=[session.harbor_key]&cust_params=[player_params.cust]  ⟪MediaTailor session variable⟫
"""),
    ("infra/cfn/vod/mediaconvert-pipeline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: riptide - VOD ingest (S3 -> MediaConvert -> DRM packaging), account 418273659021
Resources:
  SubmitJobFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: riptide-submit-job
      Runtime: python3.12
      Handler: submit.handler
      Role: arn:aws:iam::418273659021:role/riptide-submit
      Timeout: 60
      Code:
        S3Bucket: bwm-vod-artifacts-418273659021
        S3Key: riptide/submit-3.14.0.zip
      Environment:
        Variables:
          MEDIACONVERT_ENDPOINT: https://«lo:8-mcep».mediaconvert.us-east-1.amazonaws.com  ⟪MediaConvert account endpoint id⟫
          JOB_TEMPLATE: riptide-abr-1080p-drm
          SPEKE_URL: https://drm-speke.bwm-media.net/v2/speke
          SPEKE_API_KEY: «b62:40-spekeapi»  ⟦app-secret|SPEKE key server API key in Lambda env⟧
          DESTINATION: s3://bwm-vod-packaged-418273659021/
      Tags:
        - Key: app
          Value: riptide
"""),
    ("infra/cfn/drm/keyserver-ecs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lighthouse - multi-DRM key server (Widevine, FairPlay, PlayReady) behind SPEKE
Parameters:
  ImageTag:
    Type: String
Resources:
  KeyServerTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: lighthouse-keyserver
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '1024'
      Memory: '2048'
      ExecutionRoleArn: arn:aws:iam::418273659021:role/lighthouse-exec
      ContainerDefinitions:
        - Name: keyserver
          Image: !Sub 702164839517.dkr.ecr.us-east-1.amazonaws.com/lighthouse/keyserver:${ImageTag}
          PortMappings: [{ContainerPort: 8443}]
          Environment:
            - {Name: WIDEVINE_PROVIDER, Value: brightwater}
            - {Name: WIDEVINE_SIGNING_KEY, Value: «hex:64-wvsign»}  ⟦app-secret|Widevine provider signing key (AES-256, hex) in ECS env⟧
            - {Name: WIDEVINE_SIGNING_IV, Value: «hex:32-wviv»}  ⟦app-secret|Widevine signing IV⟧
            - {Name: FAIRPLAY_ASK, Value: «hex:32-fpask»}  ⟦app-secret|FairPlay application secret key (ASK)⟧
            - {Name: PLAYREADY_KEY_SEED_ARN, Value: arn:aws:secretsmanager:us-east-1:418273659021:secret:lighthouse/playready-seed-«b62:6-prseed»}  ⟪Secrets Manager ARN⟫
          Secrets:
            - Name: FAIRPLAY_PRIVATE_KEY
              ValueFrom: arn:aws:ssm:us-east-1:418273659021:parameter/lighthouse/fairplay/private-key  ⟪SSM parameter ARN⟫
"""),
    ("infra/cfn/cdn/cloudfront-signing.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudFront key group for signed URLs and cookies (premium VOD), and the signer's private key
Resources:
  SignerPublicKey:
    Type: AWS::CloudFront::PublicKey
    Properties:
      PublicKeyConfig:
        Name: bwplus-signer-2026
        CallerReference: bwplus-signer-2026-04
        EncodedKey: |
          «pubpem:rsacfsign»  ⟪CloudFront public key PEM⟫
  SignerKeyGroup:
    Type: AWS::CloudFront::KeyGroup
    Properties:
      KeyGroupConfig:
        Name: bwplus-premium
        Items: [!Ref SignerPublicKey]
  SignerPrivateKey:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: cdn/bwplus-signer-2026
      Description: private key for the CloudFront signer (paired with SignerPublicKey)
      SecretString: |
        «pem:pkcs1:rsacfsign»  ⟦private-key|CloudFront signer RSA key as a literal SecretString⟧
Outputs:
  KeyPairId:
    Value: !Ref SignerPublicKey  ⟪Ref of the public key id⟫
"""),
    ("infra/cfn/data/msk-beacon.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon - MSK cluster for player events (SASL/SCRAM), account 530981274466
Resources:
  BeaconCluster:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: beacon-events
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 6
      BrokerNodeGroupInfo:
        InstanceType: kafka.m7g.xlarge
        ClientSubnets: [subnet-0a91c3e7d24f58b16, subnet-0d47b2e8c91a06f35, subnet-07c5e1a9d38b42f60]  ⟪subnet ids⟫
      ClientAuthentication:
        Sasl:
          Scram:
            Enabled: true
  ProducerScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_beacon-producer
      KmsKeyId: alias/msk-scram
      SecretString: '{"username": "beacon-producer", "password": "«pwx:scramprod»"}'  ⟦password|SCRAM user password as a literal MSK secret⟧
  FlinkScram:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_beacon-flink
      KmsKeyId: alias/msk-scram
      GenerateSecretString:
        SecretStringTemplate: '{"username": "beacon-flink"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
  ScramAssoc:
    Type: AWS::MSK::BatchScramSecret
    Properties:
      ClusterArn: !Ref BeaconCluster
      SecretArnList: [!Ref ProducerScram, !Ref FlinkScram]
"""),
    ("infra/cfn/data/flink-sessionizer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon sessionizer - Managed Service for Apache Flink reading player heartbeats from MSK
Resources:
  Sessionizer:
    Type: AWS::KinesisAnalyticsV2::Application
    Properties:
      ApplicationName: beacon-sessionizer
      RuntimeEnvironment: FLINK-1_18
      ServiceExecutionRole: arn:aws:iam::530981274466:role/beacon-flink
      ApplicationConfiguration:
        ApplicationCodeConfiguration:
          CodeContent:
            S3ContentLocation:
              BucketARN: arn:aws:s3:::bwm-data-artifacts-530981274466
              FileKey: flink/sessionizer-2.8.1.jar
          CodeContentType: ZIPFILE
        EnvironmentProperties:
          PropertyGroups:
            - PropertyGroupId: kafka
              PropertyMap:
                bootstrap.servers: b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096
                security.protocol: SASL_SSL
                sasl.mechanism: SCRAM-SHA-512
                sasl.username: beacon-flink
                sasl.password: «pwc:flinkscram»  ⟦password|Kafka SCRAM password in Flink property group⟧
            - PropertyGroupId: sink
              PropertyMap:
                redshift.jdbc: jdbc:redshift://adtech.c7vkq2mz0b4n.us-east-1.redshift.amazonaws.com:5439/events
                redshift.secret: arn:aws:secretsmanager:us-east-1:530981274466:secret:beacon/redshift-«b62:6-rssec»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/ads/harbor-aurora.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: harbor ad server - Aurora MySQL for line items and pacing
Resources:
  HarborDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineVersion: 8.0.mysql_aurora.3.05.2
      DatabaseName: harbor
      MasterUsername: harbor_admin
      MasterUserPassword: «pw:harbordb»  ⟦password|Aurora master password, season + year⟧
      BackupRetentionPeriod: 14
      StorageEncrypted: true
  HarborReportingDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      DatabaseName: harbor_reporting
      MasterUsername: reporting_admin
      ManageMasterUserPassword: true  ⟪managed master password⟫
      MasterUserSecret:
        KmsKeyId: alias/harbor-db
"""),
    ("infra/cfn/recs/sagemaker-endpoint.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: drift - recommendations (two-tower retrieval + ranker) on SageMaker real-time inference
Resources:
  RankerModel:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: drift-ranker-v41
      ExecutionRoleArn: arn:aws:iam::530981274466:role/drift-sagemaker
      PrimaryContainer:
        Image: 763104351884.dkr.ecr.us-east-1.amazonaws.com/pytorch-inference:2.3.0-gpu-py311
        ModelDataUrl: s3://bwm-ml-models-530981274466/drift/ranker/v41/model.tar.gz
        Environment:
          SAGEMAKER_PROGRAM: inference.py
          HF_TOKEN: «hf:driftranker»  ⟦app-secret|Hugging Face token in SageMaker model env⟧
          FEATURE_GROUP: drift-user-features-v7
          WANDB_PROJECT: drift-ranker
  RankerConfig:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - ModelName: !GetAtt RankerModel.ModelName
          VariantName: AllTraffic
          InstanceType: ml.g5.xlarge
          InitialInstanceCount: 2
"""),
    ("infra/cfn/cms/wordpress-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: anchor newsroom CMS (WordPress) legacy EC2 pair, to be retired after the VIP move
Resources:
  CmsHost:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: m6i.xlarge
      ImageId: ami-04c8e2b71a9d36f50  ⟪AMI id⟫
      IamInstanceProfile: anchor-cms-host
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -e
          export AWS_ACCESS_KEY_ID=«akid:cmsuserdata»  ⟦aws-key-id|key id in UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:cmsuserdata»  ⟦aws-secret|secret in UserData⟧
          aws s3 cp s3://bwm-cms-artifacts-418273659021/anchor/wp-content-2026.11.tgz /tmp/
          tar -xzf /tmp/wp-content-2026.11.tgz -C /var/www/html
          sed -i "s/define( 'DB_PASSWORD', '.*' );/define( 'DB_PASSWORD', '«pwl:cmsdb»' );/" /var/www/html/wp-config.php  ⟦password|WordPress DB password written by UserData⟧
          systemctl restart php-fpm nginx
"""),
    ("infra/cfn/facility/playout-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: cloud playout DR node (Windows) for channels BW1/BW2; joins the facility domain and maps the media share
Resources:
  PlayoutDr:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: g4dn.4xlarge
      ImageId: ami-0e7b5d2c94a1f3806  ⟪AMI id⟫
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString '«pwn:playoutjoin»' -AsPlainText -Force  ⟦password|domain-join password in PowerShell UserData⟧
          $cred = New-Object System.Management.Automation.PSCredential('BWMFAC\svc-playout-join', $pw)
          Add-Computer -DomainName fac.bwm.local -Credential $cred -OUPath 'OU=Playout,DC=fac,DC=bwm,DC=local'
          net use M: \\fsx-media.fac.bwm.local\share /user:BWMFAC\svc-media «pwp:mediashare» /persistent:yes  ⟦password|net use password⟧
          Start-Service -Name 'PlayoutEngine'
          </powershell>
"""),
    ("infra/cfn/mail/ses-smtp-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP credentials for the newsroom alerting appliance (cannot use IAM roles)
Parameters:
  SmtpUsername:
    Type: String
    Default: «akid:sesnews»  ⟦aws-key-id|SES SMTP user name as a parameter Default⟧
  SmtpPassword:
    Type: String
    NoEcho: true
    Default: «sesv4:sesnews»  ⟦aws-ses-smtp|SES SMTP password as a NoEcho Default⟧
Resources:
  NotifySmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-newsroom-2026
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  NotifySmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref NotifySmtpUser
Outputs:
  SmtpAccessKeyId:
    Value: !Ref NotifySmtpKey
  SmtpSecret:
    Value: !GetAtt NotifySmtpKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output⟫
"""),
    ("infra/cfn/paywall/api.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "paywall - subscriptions API (Stripe web checkout, Recurly legacy plans, App Store and Google Play receipts)",
  "Parameters": {
    "StripeSecretKey": {"Type": "String", "NoEcho": true},  ⟪NoEcho parameter without Default⟫
    "Stage": {"Type": "String", "Default": "prod"}
  },
  "Resources": {
    "PaywallFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "paywall-api",
        "Runtime": "nodejs20.x",
        "Handler": "dist/handler.main",
        "Role": "arn:aws:iam::418273659021:role/paywall-api",
        "Code": {"S3Bucket": "bwm-paywall-artifacts-418273659021", "S3Key": "paywall/api-5.2.0.zip"},
        "Environment": {
          "Variables": {
            "STRIPE_SECRET_KEY": {"Ref": "StripeSecretKey"},  ⟪Ref of a NoEcho parameter⟫
            "STRIPE_PUBLISHABLE_KEY": "«pk:paywall»",  ⟪Stripe publishable key⟫
            "RECURLY_API_KEY": "«hex:32-recurly»",  ⟦app-secret|Recurly private API key in Lambda env⟧
            "APPLE_SHARED_SECRET": "«hex:32-appleshared»",  ⟦app-secret|App Store app-specific shared secret⟧
            "GOOGLE_PLAY_PACKAGE": "tv.brightwater.plus"
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/integrations/eventbridge-connections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - Braze (lifecycle), mParticle (audiences), PagerDuty (ops)
Resources:
  BrazeConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: braze-rest
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Bearer «uuid:brazerest»  ⟦app-secret|Braze REST API key in an EventBridge connection⟧
  MparticleConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: mparticle-audiences
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: us1-«hex:32-mpkey»
          Password: «mpsec:mpaudience»  ⟦app-secret|mParticle server-to-server secret as a basic-auth password⟧
  PagerDutyConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: pagerduty-events
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-routing-key
          ApiKeyValue: '{{resolve:secretsmanager:ops/pagerduty-routing:SecretString:key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/newsroom/transfer-wires.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for wire agencies and stringers (Transfer Family, custom identity provider in Secrets Manager)
Resources:
  WireServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: AWS_LAMBDA
      IdentityProviderDetails:
        Function: arn:aws:lambda:us-east-1:418273659021:function:transfer-idp
  StringerUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/s-4f1c82a9e7d3b5061/stringer-lagos
      SecretString: !Sub '{"Password": "«pwn:stringer»", "Role": "arn:aws:iam::418273659021:role/transfer-wires", "HomeDirectory": "/bwm-wires/lagos"}'  ⟦password|Transfer Family user password in a SecretString⟧
  AgencyUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/s-4f1c82a9e7d3b5061/agency-afp
      SecretString: !Sub '{"PublicKey": "«sshpub:edafp:afp-feed»", "Role": "arn:aws:iam::418273659021:role/transfer-wires"}'  ⟪SSH public key⟫
"""),
    ("infra/cfn/catalog/docdb.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: catalog metadata store (DocumentDB) for titles, seasons, rights windows
Resources:
  CatalogCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: bw-catalog
      EngineVersion: '5.0.0'
      MasterUsername: catalog_admin
      MasterUserPassword: «pwl:catalogdb»  ⟦password|DocumentDB master password, short weak⟧
      StorageEncrypted: true
      DeletionProtection: true
"""),
    ("infra/cfn/ops/opensearch-player-logs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: player QoE logs (OpenSearch) with fine-grained access control
Resources:
  QoeDomain:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: bw-player-qoe
      EngineVersion: OpenSearch_2.13
      ClusterConfig:
        InstanceType: r6g.large.search
        InstanceCount: 3
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: qoe-admin
          MasterUserPassword: «pwl:qoeos»  ⟦password|OpenSearch master password, leetspeak⟧
      EncryptionAtRestOptions: {Enabled: true}
      NodeToNodeEncryptionOptions: {Enabled: true}
      DomainEndpointOptions: {EnforceHTTPS: true}
"""),
    ("infra/cfn/data/redshift-adtech.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ad-tech warehouse (impressions, bids, pacing) - Redshift RA3
Parameters:
  MasterPassword:
    Type: String
    NoEcho: true
    Default: «pwc:adtechrs»  ⟦password|Redshift master password as a NoEcho Default⟧
Resources:
  AdtechWarehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterIdentifier: adtech
      NodeType: ra3.4xlarge
      NumberOfNodes: 4
      DBName: events
      MasterUsername: adtech_admin
      MasterUserPassword: !Ref MasterPassword  ⟪Ref (the Default above is the leak)⟫
      Encrypted: true
      ClusterSubnetGroupName: adtech-private
"""),
    ("infra/cfn/data/glue-audience.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: audience builder - Glue jobs joining Snowplow events with subscriber state
Resources:
  PaywallJdbc:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '530981274466'
      ConnectionInput:
        Name: paywall-replica
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://paywall-ro.cluster-ro-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com:5432/paywall
          USERNAME: glue_reader
          PASSWORD: «pwn:gluereader»  ⟦password|Glue JDBC connection password⟧
  AudienceJob:
    Type: AWS::Glue::Job
    Properties:
      Name: audience-builder
      Role: arn:aws:iam::530981274466:role/glue-audience
      GlueVersion: '4.0'
      Command:
        Name: glueetl
        ScriptLocation: s3://bwm-data-artifacts-530981274466/glue/audience_builder.py
      DefaultArguments:
        --enable-metrics: 'true'
        --segment_api_token: «sgp:gluejob»  ⟦app-secret|Segment Public API token in Glue job arguments⟧
        --braze_key_secret: braze/rest-key  ⟪secret name⟫
      Connections:
        Connections: [paywall-replica]
"""),
    ("infra/cfn/cicd/pipeline-apps.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: player-web delivery pipeline (CodePipeline v1, GitHub source via OAuth token - legacy)
Resources:
  PlayerWebPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: player-web
      RoleArn: arn:aws:iam::702164839517:role/codepipeline-player-web
      ArtifactStore:
        Type: S3
        Location: bwm-pipelines-702164839517
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: brightwater-media
                Repo: player-web
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub PAT as CodePipeline v1 OAuthToken⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration:
                ProjectName: player-web-build
              InputArtifacts: [{Name: src}]
  CmsPipelineSource:
    Type: AWS::CodeStarConnections::Connection
    Properties:
      ConnectionName: github-brightwater
      ProviderType: GitHub
"""),
    ("infra/cfn/ads/prebid-server-ecs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Prebid Server (Go) on Fargate for CTV header bidding
Parameters:
  DbPasswordParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /harbor/pbs/db-password  ⟪SSM parameter name as Default⟫
Resources:
  PbsTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: prebid-server
      RequiresCompatibilities: [FARGATE]
      Cpu: '2048'
      Memory: '4096'
      ContainerDefinitions:
        - Name: pbs
          Image: 702164839517.dkr.ecr.us-east-1.amazonaws.com/harbor/prebid-server:0.291.0
          Environment:
            - Name: PBS_STORED_REQUESTS_POSTGRES_CONNECTION_PASSWORD
              Value: !Ref DbPasswordParam  ⟪Ref of an SSM parameter type⟫
            - Name: PBS_ADAPTERS_RUBICON_XAPI_PASSWORD
              Value: «pwr:rubiconxapi»  ⟦password|Rubicon adapter XAPI password in ECS env⟧
            - Name: PBS_ADAPTERS_RUBICON_XAPI_USERNAME
              Value: brightwater_pbs
            - Name: PBS_HOST_COOKIE_DOMAIN
              Value: .brightwater.tv
"""),
    ("infra/cfn/params/live-prod.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "WowzaAdminPassword", "ParameterValue": "«pwc:wowzaadmin»"},  ⟦password|Wowza admin password in a parameter file⟧
  {"ParameterKey": "PublishPassword", "ParameterValue": "«pw:wowzapublish»"},  ⟦password|encoder publish password in a parameter file⟧
  {"ParameterKey": "CertificateArn", "ParameterValue": "arn:aws:acm:us-east-1:418273659021:certificate/«uuid:acmlive»"},  ⟪ACM certificate ARN⟫
  {"ParameterKey": "InstanceType", "ParameterValue": "c6i.4xlarge"}
]
"""),
    ("infra/cfn/params/harbor-prod.env", r"""
Stage=prod
VpcId=vpc-07e2c94b1a5d38f60
DbMasterPassword=«pwp:harborparam»  ⟦password|DB password in a --parameter-overrides file⟧
RedisAuthToken=«pwr:harborredis»  ⟦password|Redis auth token in a parameter overrides file⟧
AlarmTopicArn=arn:aws:sns:us-east-1:418273659021:harbor-alarms
"""),
    ("infra/cfn/params/catalog-config.json", r"""
{
  "Parameters": {
    "Stage": "prod",
    "SearchApiKey": "«hex:32-algoliaadmin»",  ⟦app-secret|Algolia admin key in a CodePipeline template configuration⟧
    "SearchAppId": "«up:10-algoliaapp»",  ⟪Algolia application id⟫
    "SearchOnlyKey": "«hex:32-algoliasearch»"  ⟪Algolia search-only key (public)⟫
  },
  "Tags": {"app": "catalog", "owner": "content-platform"}
}
"""),
    ("services/thumbnailer/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: thumbnailer - sprite sheets and poster frames for VOD and live clips (Mux for creator uploads)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 120
    MemorySize: 2048
Parameters:
  SlackWebhook:
    Type: String
    NoEcho: true
Resources:
  SpriteFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: sprites.handler
      CodeUri: src/
      Layers:
        - arn:aws:lambda:us-east-1:418273659021:layer:ffmpeg-static:12
      Environment:
        Variables:
          MUX_TOKEN_ID: «uuid:muxid»  ⟪Mux access token id (identifier half)⟫
          MUX_TOKEN_SECRET: «mux:thumb»  ⟦app-secret|Mux access token secret in SAM env⟧
          SLACK_WEBHOOK: !Ref SlackWebhook  ⟪Ref of a NoEcho parameter⟫
      Events:
        Upload:
          Type: S3
          Properties:
            Bucket: !Ref SourceBucket
            Events: s3:ObjectCreated:*
  SourceBucket:
    Type: AWS::S3::Bucket
"""),
    ("services/thumbnailer/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "thumbnailer"
resolve_s3 = true
s3_prefix = "thumbnailer"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "SlackWebhook=\"«slackhook:thumb»\""  ⟦slack|Slack webhook in samconfig parameter_overrides⟧

[dev.deploy.parameters]
stack_name = "thumbnailer-dev"
parameter_overrides = "SlackWebhook=\"https://hooks.slack.com/services/TXXXXXXXX/BXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX\""  ⟪placeholder webhook⟫
"""),
    ("services/webhooks/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: paywall webhooks - Stripe, Recurly, App Store Server Notifications v2, Google Play RTDN
Parameters:
  RecurlyWebhookPassword:
    Type: String
    NoEcho: true
Globals:
  Function:
    Runtime: nodejs20.x
    Environment:
      Variables:
        STRIPE_WEBHOOK_SECRET: «whsec:paywall»  ⟦stripe|Stripe webhook signing secret in SAM Globals⟧
        PUBSUB_VERIFICATION_TOKEN: «urlsafe:24-rtdn»  ⟦app-secret|Google Play RTDN push verification token⟧
        APPLE_ROOT_CA_G3_FINGERPRINT: «sha256:applecafp»  ⟪public certificate fingerprint⟫
Resources:
  StripeHook:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/stripe.handler
      CodeUri: .
      Events:
        Api: {Type: HttpApi, Properties: {Path: /stripe, Method: post}}
  RecurlyHook:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/recurly.handler
      CodeUri: .
      Environment:
        Variables:
          BASIC_AUTH_PASSWORD: !Ref RecurlyWebhookPassword  ⟪Ref of a NoEcho parameter⟫
"""),
    ("services/webhooks/samconfig.toml", r"""
version = 0.1
[default]
[default.global.parameters]
stack_name = "paywall-webhooks"

[default.deploy.parameters]
s3_bucket = "bwm-sam-artifacts-418273659021"
region = "us-east-1"
confirm_changeset = false
capabilities = "CAPABILITY_IAM"
parameter_overrides = "RecurlyWebhookPassword=«pwl:recurlyhook» Stage=prod"  ⟦password|Recurly webhook basic-auth password in samconfig⟧

[staging.deploy.parameters]
stack_name = "paywall-webhooks-staging"
parameter_overrides = "RecurlyWebhookPassword=REPLACE_ME Stage=staging"  ⟪REPLACE_ME placeholder⟫
"""),
    ("services/webhooks/env.json", r"""
{
  "StripeHook": {
    "STRIPE_WEBHOOK_SECRET": "«whsec:paywall»",  ⟦stripe|prod Stripe webhook secret copied into sam local env⟧
    "STRIPE_SECRET_KEY": "«docs:stripetest»"  ⟪test-marked Stripe key⟫
  },
  "RecurlyHook": {
    "BASIC_AUTH_PASSWORD": "local"
  }
}
"""),
    ("services/clip-share/serverless.yml", r"""
service: clip-share
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  stage: ${opt:stage, 'prod'}
  environment:
    AKAMAI_TOKEN_KEY: «hex:64-akatoken»  ⟦app-secret|Akamai token-auth (EdgeAuth) key in serverless env⟧
    AKAMAI_TOKEN_WINDOW: '300'
    CLIPS_BUCKET: bwm-clips-418273659021
    DB_PASSWORD: ${ssm:/clip-share/${sls:stage}/db-password}  ⟪${ssm:} reference⟫

functions:
  share:
    handler: src/share.handler
    events:
      - httpApi: 'POST /clips/{id}/share'
"""),
    ("services/newsletter/serverless.yml", r"""
service: newsletter-sender
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    SENDGRID_API_KEY: «sg:newsletter»  ⟦sendgrid|SendGrid key in serverless env⟧
    LIST_ID: «num:7-sglist»
    SENTRY_DSN: ${env:SENTRY_DSN}  ⟪${env:} reference⟫
functions:
  morningBrief:
    handler: handler.morning_brief
    events:
      - schedule: cron(30 10 * * ? *)
"""),
    ("services/geo-gate/serverless.yml", r"""
service: geo-gate
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    MAXMIND_ACCOUNT_ID: '«num:6-mmacct»'  ⟪MaxMind account id⟫
    MAXMIND_LICENSE_KEY: «maxmind:geogate»  ⟦app-secret|MaxMind license key in serverless env⟧
    RIGHTS_TABLE: rights-windows
functions:
  check:
    handler: gate.check
    events:
      - httpApi: 'GET /v1/geo/{titleId}'
"""),
    ("deploy/ecs/drm-license-proxy.json", r"""
{
  "family": "lighthouse-license-proxy",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::418273659021:role/lighthouse-exec",
  "containerDefinitions": [
    {
      "name": "proxy",
      "image": "702164839517.dkr.ecr.us-east-1.amazonaws.com/lighthouse/license-proxy@sha256:«sha256:lpimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "PLAYREADY_KEY_SEED", "value": "«b64raw:30-prseed»"},  ⟦app-secret|PlayReady key seed (base64) in ECS env⟧
        {"name": "PLAYREADY_LICENSE_URL", "value": "https://pr.drm.bwm-media.net/rightsmanager.asmx"},
        {"name": "ENTITLEMENT_JWT_ISSUER", "value": "https://id.brightwater.tv"}
      ],
      "secrets": [
        {"name": "ENTITLEMENT_JWT_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:418273659021:secret:lighthouse/entitlement-jwt-«b62:6-ejwt»"}  ⟪valueFrom ARN⟫
      ]
    }
  ]
}
"""),
    ("deploy/ecs/recs-api.json", r"""
{
  "family": "drift-recs-api",
  "taskRoleArn": "arn:aws:iam::530981274466:role/drift-api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "702164839517.dkr.ecr.us-east-1.amazonaws.com/drift/recs-api:4.12.1",
      "environment": [
        {"name": "REDIS_URL", "value": "rediss://:«pwr:driftredis»@master.drift-cache.t2kq9v.use1.cache.amazonaws.com:6379/0"},  ⟦conn-string|Redis URL with auth token in ECS env⟧
        {"name": "SAGEMAKER_ENDPOINT", "value": "drift-ranker-v41"},
        {"name": "DD_API_KEY", "value": "«ddapi:driftapi»"}  ⟦datadog|Datadog API key in ECS env⟧
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/drift-recs-api", "awslogs-region": "us-east-1"}}
    }
  ]
}
"""),
    ("deploy/lambda/akamai-purge.json", r"""
{
    "FunctionName": "akamai-fast-purge",
    "FunctionArn": "arn:aws:lambda:us-east-1:418273659021:function:akamai-fast-purge",
    "Runtime": "python3.11",
    "Role": "arn:aws:iam::418273659021:role/akamai-purge",
    "Handler": "purge.handler",
    "CodeSize": 48213,
    "Timeout": 30,
    "MemorySize": 256,
    "LastModified": "2026-10-14T09:21:44.000+0000",
    "CodeSha256": "«b64k:32-purgesha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "AKAMAI_HOST": "akab-«lo:16-akhost»-«lo:16-akhost2».purge.akamaiapis.net",  ⟪EdgeGrid API host name⟫
            "AKAMAI_CLIENT_TOKEN": "«akab:purgect»",  ⟦?app-secret|EdgeGrid client token (half of the credential)⟧
            "AKAMAI_CLIENT_SECRET": "«b64k:32-purgecs»",  ⟦app-secret|EdgeGrid client secret in Lambda config⟧
            "AKAMAI_ACCESS_TOKEN": "«akab:purgeat»"  ⟦app-secret|EdgeGrid access token in Lambda config⟧
        }
    },
    "TracingConfig": {"Mode": "PassThrough"},
    "RevisionId": "«uuid:purgerev»"
}
"""),
    ("deploy/lambda/segment-forwarder.json", r"""
{
    "FunctionName": "segment-forwarder",
    "Runtime": "nodejs20.x",
    "Handler": "index.handler",
    "Environment": {
        "Variables": {
            "SEGMENT_WRITE_KEY": "«b62:32-segwrite»",  ⟦?app-secret|Segment server-side write key (can only send events)⟧
            "SEGMENT_PUBLIC_API_TOKEN": "«sgp:forwarder»",  ⟦app-secret|Segment Public API token⟧
            "SNOWPLOW_COLLECTOR": "https://sp.brightwater.tv"
        }
    },
    "KMSKeyArn": "arn:aws:kms:us-east-1:530981274466:key/«uuid:kmsseg»"  ⟪KMS key ARN⟫
}
"""),
    ("apps/android/buildspec.yml", r"""
version: 0.2
env:
  variables:
    GRADLE_OPTS: -Dorg.gradle.daemon=false
    BWPLUS_KEYSTORE_PASSWORD: «pwn:androidks»  ⟦password|Android keystore password as a plain buildspec variable⟧
    BWPLUS_KEY_ALIAS: bwplus-upload
  parameter-store:
    PLAY_SERVICE_ACCOUNT_JSON: /mobile/android/play-service-account  ⟪parameter-store reference⟫
phases:
  install:
    runtime-versions:
      java: corretto17
  build:
    commands:
      - aws s3 cp s3://bwm-mobile-secure-702164839517/android/upload.jks app/upload.jks
      - ./gradlew bundleRelease -Pandroid.injected.signing.store.password=$BWPLUS_KEYSTORE_PASSWORD
artifacts:
  files: [app/build/outputs/bundle/release/*.aab]
"""),
    ("apps/player-web/buildspec.yml", r"""
version: 0.2
env:
  variables:
    NODE_ENV: production
    NPM_TOKEN: «npm:playerweb»  ⟦npm|npm token in buildspec variables⟧
  secrets-manager:
    SENTRY_AUTH_TOKEN: ci/sentry:auth_token  ⟪secrets-manager reference⟫
phases:
  pre_build:
    commands:
      - echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
      - npm ci
  build:
    commands:
      - npm run build
      - aws s3 sync dist/ s3://bwm-player-web-418273659021/ --delete
"""),
    ("codebuild/ingest-integration.json", r"""
{
  "name": "ingest-integration",
  "source": {"type": "GITHUB", "location": "https://github.com/brightwater-media/tidepool.git"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_LARGE",
    "environmentVariables": [
      {"name": "AWS_DEFAULT_REGION", "value": "us-east-1", "type": "PLAINTEXT"},
      {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:ingestcb»", "type": "PLAINTEXT"},  ⟦aws-key-id|key id as a PLAINTEXT CodeBuild variable⟧
      {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:ingestcb»", "type": "PLAINTEXT"},  ⟦aws-secret|secret as a PLAINTEXT CodeBuild variable⟧
      {"name": "WOWZA_REST_PASSWORD", "value": "ci/wowza:rest_password", "type": "SECRETS_MANAGER"},  ⟪SECRETS_MANAGER variable⟫
      {"name": "SRT_PASSPHRASE", "value": "/ci/ingest/srt-passphrase", "type": "PARAMETER_STORE"}  ⟪PARAMETER_STORE variable⟫
    ]
  },
  "serviceRole": "arn:aws:iam::702164839517:role/codebuild-ingest"
}
"""),
    ("statemachines/ad-reconcile.asl.json", r"""
{
  "Comment": "nightly reconciliation of delivered impressions against the SSP reports",
  "StartAt": "FetchMagnite",
  "States": {
    "FetchMagnite": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.rubiconproject.com/analytics/v1/report",
        "Method": "GET",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:530981274466:connection/magnite/«uuid:mgconn»"},  ⟪EventBridge connection ARN⟫
        "Headers": {"X-Api-Key": "«hex:40-magnite»"},  ⟦app-secret|SSP reporting API key as a literal header⟧
        "QueryParameters": {"account": "publisher/«num:5-mgpub»", "date.$": "$.date"}
      },
      "Next": "Store"
    },
    "Store": {"Type": "Pass", "End": true}
  }
}
"""),
    ("ssm/encoder-bootstrap.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Bootstrap a contribution encoder (ffmpeg + SRT) on an EC2 GPU node",
  "parameters": {
    "Channel": {"type": "String", "default": "news24"},
    "WowzaHost": {"type": "String", "default": "wowza-origin.bwm-media.net"}
  },
  "mainSteps": [
    {
      "action": "aws:runShellScript",
      "name": "startEncoder",
      "inputs": {
        "runCommand": [
          "export SRT_PASSPHRASE='{{ssm:/ingest/{{Channel}}/srt-passphrase}}'",  ⟪SSM document parameter reference⟫
          "ffmpeg -re -i /media/loop/{{Channel}}-slate.ts -c copy -f flv rtmp://encoder1:«pct:pw:wowzapublish»@{{WowzaHost}}:1935/live/{{Channel}}"  ⟦password|encoder publish password in an RTMP URL⟧
        ]
      }
    }
  ]
}
"""),
    ("deploy/codedeploy/cms/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: /
    destination: /var/www/anchor
hooks:
  AfterInstall:
    - location: scripts/after_install.sh
      timeout: 300
      runas: root
"""),
    ("deploy/codedeploy/cms/scripts/after_install.sh", r"""
#!/bin/bash
set -euo pipefail
cd /var/www/anchor
cat > .env <<EOF
DB_HOST=anchor-cms.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com
DB_USER=anchor_wp
DB_PASSWORD=«pwl:cmsdb»  ⟦password|WordPress DB password in a CodeDeploy hook⟧
WP_ENV=production
EOF
chown -R nginx:nginx /var/www/anchor
"""),
    (".ebextensions/cms-preview.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    WP_ENV: preview
    DB_PASSWORD: «pwc:cmspreview»  ⟦password|DB password in .ebextensions option_settings⟧
    AP_MEDIA_API_KEY: «lo:32-apkey»  ⟦app-secret|AP Media API key in .ebextensions⟧
    S3_UPLOADS_BUCKET: bwm-cms-preview-418273659021
  aws:elasticbeanstalk:environment:proxy:staticfiles:
    /wp-content/uploads: wp-content/uploads
"""),
    ("cdk/lib/live-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as medialive from 'aws-cdk-lib/aws-medialive';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class LiveEventsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    // partner simulcast (Twitch) for the esports weekend, remove after 2026-12-14
    new secretsmanager.Secret(this, 'TwitchStreamKey', {
      secretName: 'live/esports/twitch-stream-key',
      secretStringValue: cdk.SecretValue.unsafePlainText('«twitch:esports»'),  ⟦app-secret|Twitch stream key via SecretValue.unsafePlainText⟧
    });

    const partnerRtmp = secretsmanager.Secret.fromSecretNameV2(this, 'PartnerRtmp', 'live/partner-rtmp');  ⟪fromSecretNameV2⟫

    new medialive.CfnInput(this, 'EsportsInput', {
      name: 'esports-rtmp',
      type: 'RTMP_PUSH',
      destinations: [{ streamName: 'esports/main' }, { streamName: 'esports/backup' }],
    });
    new cdk.CfnOutput(this, 'PartnerSecretArn', { value: partnerRtmp.secretArn });
  }
}
"""),
    ("cdk/app/recs_stack.py", r"""
from aws_cdk import Duration, Stack
from aws_cdk import aws_lambda as _lambda
from aws_cdk import aws_rds as rds
from constructs import Construct


class RecsTrainingStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        self.trigger = _lambda.Function(
            self, "TrainTrigger",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="trigger.handler",
            code=_lambda.Code.from_asset("lambda/trigger"),
            timeout=Duration.minutes(5),
            environment={
                "PIPELINE_NAME": "drift-ranker-train",
                "WANDB_API_KEY": "«wandb:recs»",  ⟦app-secret|Weights & Biases key in a CDK Lambda env⟧
            },
        )
        self.features_db = rds.DatabaseInstance(
            self, "FeaturesDb",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
            credentials=rds.Credentials.from_generated_secret("features_admin"),  ⟪from_generated_secret⟫
        )
"""),
    ("cdk/lib/msk-users-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as kms from 'aws-cdk-lib/aws-kms';
import { Construct } from 'constructs';

export class MskUsersStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const key = kms.Key.fromLookup(this, 'ScramKey', { aliasName: 'alias/msk-scram' });

    new secretsmanager.CfnSecret(this, 'BrazeConnectorUser', {
      name: 'AmazonMSK_braze-connector',
      kmsKeyId: key.keyArn,
      secretString: JSON.stringify({ username: 'braze-connector', password: '«pp:brazescram»' }),  ⟦password|SCRAM password in a CDK CfnSecret⟧
    });

    new secretsmanager.Secret(this, 'AnalyticsUser', {
      secretName: 'AmazonMSK_analytics',
      encryptionKey: key,
      generateSecretString: { secretStringTemplate: JSON.stringify({ username: 'analytics' }), generateStringKey: 'password' },  ⟪generateSecretString⟫
    });
  }
}
"""),
    ("cdk/cdk.context.json", r"""
{
  "availability-zones:account=418273659021:region=us-east-1": ["us-east-1a", "us-east-1b", "us-east-1c", "us-east-1d"],
  "ami:account=418273659021:filters.image-type.0=machine:filters.name.0=bwm-encoder-*:region=us-east-1": "ami-0b5d7e2a19c4f8e63",  ⟪AMI id from a lookup⟫
  "vpc-provider:account=418273659021:filter.tag:Name=live-vpc:region=us-east-1:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-0f1a6c3e8b2d94705",
    "vpcCidrBlock": "10.60.0.0/16"
  },
  "key-provider:account=530981274466:aliasName=alias/msk-scram:region=us-east-1": {"keyId": "«uuid:scramkeyid»"}  ⟪KMS key id⟫
}
"""),
    ("infra/cfn/identity/cognito-social.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Brightwater+ viewer identity: Google and Sign in with Apple federation",
  "Resources": {
    "GoogleIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": "us-east-1_«b62:9-pool»",
        "ProviderName": "Google",
        "ProviderType": "Google",
        "ProviderDetails": {
          "client_id": "«num:12-gcid»-«lo:32-gcid2».apps.googleusercontent.com",  ⟪Google OAuth client id⟫
          "client_secret": "«gocspx:cognito»",  ⟦app-secret|Google OAuth client secret in a Cognito IdP⟧
          "authorize_scopes": "openid email profile"
        }
      }
    },
    "AppleIdp": {
      "Type": "AWS::Cognito::UserPoolIdentityProvider",
      "Properties": {
        "UserPoolId": "us-east-1_«b62:9-pool»",
        "ProviderName": "SignInWithApple",
        "ProviderType": "SignInWithApple",
        "ProviderDetails": {
          "client_id": "tv.brightwater.plus.signin",
          "team_id": "«appid:teamid»",  ⟪Apple team id⟫
          "key_id": "«appid:siwakey»",
          "private_key": "«jsonesc:pem:pkcs8:ecsiwa»",  ⟦private-key|Sign in with Apple .p8 key JSON-escaped in a template⟧
          "authorize_scopes": "email name"
        }
      }
    }
  }
}
"""),
    ("infra/cfn/secrets/roku-dev.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: secrets for the smart-TV build farm (Roku sideload, Samsung Tizen signing)
Resources:
  RokuDevBox:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: tv/roku/devbox-lab3
      SecretString: '{"username":"rokudev","password":"«pwp:rokudev»"}'  ⟦password|Roku dev box password as a literal SecretString⟧
  TizenAuthor:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: tv/tizen/author-cert-password
      GenerateSecretString:
        PasswordLength: 24
        ExcludePunctuation: true  ⟪GenerateSecretString⟫
"""),
    ("infra/cfn/facility/vpn-atlanta.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: site-to-site VPN from the Atlanta broadcast facility (Fortigate) to the live VPC
Resources:
  FacilityCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      Type: ipsec.1
      BgpAsn: 65010
      IpAddress: 198.51.100.22
  FacilityVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref FacilityCgw
      TransitGatewayId: tgw-0d3e9a7c51b28f460  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-vpnpsk1»  ⟦password|IPsec tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «pwn:vpnpsk2»  ⟦password|second tunnel PSK, company name + digits⟧
          TunnelInsideCidr: 169.254.44.4/30
"""),
    ("infra/cfn/facility/managed-ad.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Managed Microsoft AD for the cloud playout and edit workstations
Resources:
  FacilityDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: cloud.fac.bwm.local
      ShortName: BWMCLOUD
      Edition: Standard
      Password: «pwl:managedad»  ⟦password|Managed AD admin password literal⟧
      VpcSettings:
        VpcId: vpc-0f1a6c3e8b2d94705
        SubnetIds: [subnet-0b2c7e91d4a3f5068, subnet-06e4a1d9c7b2f3850]
"""),
    ("infra/cfn/facility/datasync-nas.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the facility media NAS (SMB) to the archive bucket
Resources:
  NasLocation:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: mam-nas01.fac.bwm.local
      Subdirectory: /archive/ready
      User: svc-datasync
      Domain: BWMFAC
      Password: «pw:datasyncnas»  ⟦password|DataSync SMB password literal⟧
      AgentArns:
        - arn:aws:datasync:us-east-1:291837465502:agent/agent-0c7e2a9d41b5f3806  ⟪DataSync agent ARN⟫
  ArchiveLocation:
    Type: AWS::DataSync::LocationS3
    Properties:
      S3BucketArn: arn:aws:s3:::bwm-archive-291837465502
      S3Config:
        BucketAccessRoleArn: arn:aws:iam::291837465502:role/datasync-archive
"""),
    ("infra/cfn/ops/alarms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: live-ops CloudWatch alarms (MediaLive input loss, MediaPackage 5xx, IVS concurrent views)
Parameters:
  OpsTopicArn:
    Type: String
Resources:
  News24InputLoss:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: news24-input-loss
      Namespace: AWS/MediaLive
      MetricName: InputLossSeconds
      Dimensions:
        - {Name: ChannelId, Value: '«num:7-mlchan»'}  ⟪MediaLive channel id⟫
        - {Name: Pipeline, Value: '0'}
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 1
      Threshold: 5
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref OpsTopicArn]
  Mp5xx:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: news24-mp-5xx
      Namespace: AWS/MediaPackage
      MetricName: EgressResponseTime
      Statistic: Average
      Period: 60
      EvaluationPeriods: 3
      Threshold: 1500
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref OpsTopicArn]
"""),
    ("infra/cfn/ads/harbor-redis.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: harbor pacing counters and frequency caps (ElastiCache Redis)
Parameters:
  AuthToken:
    Type: String
    NoEcho: true
    MinLength: 16
Resources:
  PacingCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: harbor pacing
      Engine: redis
      CacheNodeType: cache.r7g.xlarge
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: !Ref AuthToken  ⟪Ref of a NoEcho parameter without Default⟫
  FreqCapCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: harbor frequency caps
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: «pwr:harborredis»  ⟦password|ElastiCache AuthToken literal⟧
"""),
]
