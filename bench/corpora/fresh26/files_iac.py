"""fresh26 templates, AWS infrastructure as code (Harbourline Gaming Group): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, Step Functions,
Transfer Family, IoT, Cognito, MSK, Glue, Terraform and tfvars, Terragrunt, CDK (TypeScript, Python, Java).
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/sportsbook/betslip-db.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  tidemark-betslip - bet placement ledger (Aurora PostgreSQL) for the NJ and Ontario sportsbooks.
  Account 318204957716, us-east-1 (NJ, hosted in the Atlantic City data-centre Outpost) / ca-central-1 (ON).
Parameters:
  Jurisdiction:
    Type: String
    AllowedValues: [nj, on]
  LedgerAdminPassword:
    Type: String
    NoEcho: true
Resources:
  LedgerCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: betslip
      MasterUsername: ledger_admin
      MasterUserPassword: !Ref LedgerAdminPassword  ⟪Ref of a NoEcho parameter without Default⟫
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:318204957716:key/«uuid:kmsbetslip»  ⟪KMS key ARN⟫
      BackupRetentionPeriod: 35
      DeletionProtection: true
  ReportingReader:
    Type: AWS::RDS::DBInstance
    Properties:
      DBClusterIdentifier: !Ref LedgerCluster
      DBInstanceClass: db.r7g.xlarge
      Engine: aurora-postgresql
  RegulatorReplicaUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub tidemark/${Jurisdiction}/dge-replica
      Description: read-only user the DGE's Internet gaming monitoring system uses
      SecretString: '{"username":"dge_readonly","password":"«pwx:dgereplica»"}'  ⟦password|regulator replica password as a literal SecretString⟧
"""),
    ("infra/cfn/sportsbook/odds-ingest.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: lodestar odds ingest - Sportradar UOF / Genius Sports feeds into MSK (account 318204957716)
Parameters:
  GeniusClientSecret:
    Type: String
    NoEcho: true
    Default: «b62:48-geniussec»  ⟦app-secret|Genius Sports client secret as NoEcho Default⟧
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
    MemorySize: 1024
    Tracing: Active
Resources:
  UofConsumerFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: uof.consumer.handler
      CodeUri: src/
      Environment:
        Variables:
          UOF_HOST: mq.betradar.com
          UOF_ACCESS_TOKEN: «b62:40-uoftoken»  ⟦app-secret|Sportradar UOF access token in Lambda env⟧
          UOF_BOOKMAKER_ID: '«num:5-bookmaker»'  ⟪bookmaker id⟫
          MSK_BOOTSTRAP: b-1.lodestar-odds.9x3k2q.c4.kafka.us-east-1.amazonaws.com:9096
          MSK_SCRAM_USER: odds-writer
          MSK_SCRAM_PASSWORD: «pwr:mskodds»  ⟦password|MSK SCRAM password in Lambda env⟧
  GeniusFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: genius.poller.handler
      CodeUri: src/
      Environment:
        Variables:
          GENIUS_CLIENT_ID: hbl-sportsbook-prd
          GENIUS_CLIENT_SECRET: !Ref GeniusClientSecret
          GENIUS_API_KEY: '{{resolve:secretsmanager:lodestar/genius:SecretString:api_key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/sportsbook/odds-ingest.params.json", r"""
[
  {"ParameterKey": "Environment", "ParameterValue": "prd"},
  {"ParameterKey": "GeniusClientSecret", "ParameterValue": "«b62:48-geniussec2»"},  ⟦app-secret|Genius client secret in a parameter file⟧
  {"ParameterKey": "KambiPunterApiKey", "ParameterValue": "{{resolve:secretsmanager:lodestar/kambi}}"},  ⟪dynamic reference⟫
  {"ParameterKey": "AlarmTopicArn", "ParameterValue": "arn:aws:sns:us-east-1:318204957716:lodestar-alarms"}
]
"""),
    ("infra/cfn/sportsbook/cashout.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "tidemark cash-out pricing service on ECS Fargate",
  "Parameters": {
    "ImageTag": {"Type": "String", "Default": "2026.11.3"},
    "RedisAuth": {"Type": "String", "NoEcho": true, "Default": "«pwr:cashoutredis»"}  ⟦password|ElastiCache auth token as NoEcho Default (JSON)⟧
  },
  "Resources": {
    "PricingCache": {
      "Type": "AWS::ElastiCache::ReplicationGroup",
      "Properties": {
        "ReplicationGroupDescription": "cash-out price cache",
        "Engine": "redis",
        "CacheNodeType": "cache.r7g.large",
        "TransitEncryptionEnabled": true,
        "AuthToken": {"Ref": "RedisAuth"}
      }
    },
    "CashoutTask": {
      "Type": "AWS::ECS::TaskDefinition",
      "Properties": {
        "Family": "tidemark-cashout",
        "RequiresCompatibilities": ["FARGATE"],
        "Cpu": "1024",
        "Memory": "2048",
        "NetworkMode": "awsvpc",
        "ContainerDefinitions": [{
          "Name": "cashout",
          "Image": {"Fn::Sub": "927315840063.dkr.ecr.us-east-1.amazonaws.com/tidemark/cashout:${ImageTag}"},
          "Environment": [
            {"Name": "PRICING_MODEL", "Value": "margin-v4"},
            {"Name": "TRADING_API_TOKEN", "Value": "«jwt:cashout-svc»"},  ⟦jwt|service JWT in an ECS task env⟧
            {"Name": "BUILD_SHA", "Value": "«sha:cashoutbuild»"}  ⟪git commit SHA⟫
          ],
          "Secrets": [
            {"Name": "LEDGER_DB_PASSWORD", "ValueFrom": "arn:aws:secretsmanager:us-east-1:318204957716:secret:tidemark/ledger-«b62:6-ledgerarn»"}  ⟪Secrets Manager ARN⟫
          ]
        }]
      }
    }
  }
}
"""),
    ("infra/cfn/sportsbook/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "lodestar-settlement"
s3_bucket = "hbl-sam-artifacts-318204957716-use1"
s3_prefix = "lodestar-settlement"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
confirm_changeset = true
parameter_overrides = "Env=\"prd\" SettlementDbPassword=\"«pwc:settledb»\" ResultsFeedKey=\"«sradar:results»\""  ⟦password|samconfig parameter_overrides with a password and a Sportradar key⟧
image_repositories = []

[uat.deploy.parameters]
stack_name = "lodestar-settlement-uat"
parameter_overrides = "Env=\"uat\" SettlementDbPassword=\"{{resolve:ssm-secure:/lodestar/uat/settle-db}}\""  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/cfn/sportsbook/liability-stream.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lodestar risk and liability - Kinesis stream, Flink app, Redshift sink
Resources:
  BetEvents:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: lodestar-bet-events
      StreamModeDetails: {StreamMode: ON_DEMAND}
      StreamEncryption: {EncryptionType: KMS, KeyId: alias/aws/kinesis}
  LiabilityApp:
    Type: AWS::KinesisAnalyticsV2::Application
    Properties:
      ApplicationName: lodestar-liability
      RuntimeEnvironment: FLINK-1_18
      ServiceExecutionRole: arn:aws:iam::318204957716:role/lodestar-flink
      ApplicationConfiguration:
        EnvironmentProperties:
          PropertyGroups:
            - PropertyGroupId: sinks
              PropertyMap:
                redshift.jdbc: jdbc:redshift://lodestar-wh.c8kq1z.us-east-1.redshift.amazonaws.com:5439/risk
                redshift.user: flink_sink
                redshift.password: «pwl:flinkrs»  ⟦password|Redshift password in a Flink property map⟧
                alert.slack: «slackhook:liability»  ⟦slack|Slack webhook in a Flink property map⟧
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: multi-node
      NodeType: ra3.xlplus
      NumberOfNodes: 2
      DBName: risk
      MasterUsername: rsadmin
      ManageMasterPassword: true  ⟪managed master password⟫
"""),
    ("infra/cfn/sportsbook/stream-ivs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: in-play live streaming for the sportsbook app (IVS channels re-streamed from the rights holder)
Resources:
  RacingChannel:
    Type: AWS::IVS::Channel
    Properties:
      Name: hbl-racing-1
      LatencyMode: LOW
      Type: STANDARD
      Authorized: true
  RacingStreamKey:
    Type: AWS::IVS::StreamKey
    Properties:
      ChannelArn: !Ref RacingChannel
  PlaybackKey:
    Type: AWS::IVS::PlaybackKeyPair
    Properties:
      Name: hbl-playback-2026
      PublicKeyMaterial: |
        «pubpem:ecivs»  ⟪public key PEM⟫
Outputs:
  IngestEndpoint:
    Value: !GetAtt RacingChannel.IngestEndpoint
  StreamKeyValue:
    Value: !GetAtt RacingStreamKey.Value  ⟪GetAtt of a stream key⟫
"""),
    ("infra/cfn/sportsbook/restream-task.json", r"""
{
  "family": "hbl-restream",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "2048",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::318204957716:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "ffmpeg-relay",
      "image": "927315840063.dkr.ecr.us-east-1.amazonaws.com/media/ffmpeg-relay@sha256:«sha256:ffmpegdigest»",  ⟪image digest⟫
      "command": ["-i", "srt://feeds.racing-rights.net:7001?streamid=hbl&passphrase=«pwr:srtpass»", "-c", "copy", "-f", "flv", "rtmps://3f8a1c2d9e4b.global-contribute.live-video.net:443/app/«ivs:racing»"],  ⟦app-secret|SRT passphrase and IVS stream key in a task command⟧
      "environment": [
        {"name": "CHANNEL", "value": "racing-1"},
        {"name": "LOG_LEVEL", "value": "info"}
      ]
    }
  ]
}
"""),
    ("infra/cfn/igaming/rgs-aggregator.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: quayside RGS aggregator wallet callbacks (Malta, eu-south-1, account 451890263307)
Parameters:
  Env: {Type: String, Default: prod}
Resources:
  WalletCallbackFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: quayside-wallet-callback
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::451890263307:role/quayside-wallet
      Code:
        S3Bucket: hbl-lambda-451890263307
        S3Key: quayside/wallet-callback-2026.12.1.zip
      Environment:
        Variables:
          RELAX_PARTNER_ID: '«num:4-relaxpid»'  ⟪partner id⟫
          RELAX_HMAC_SECRET: «hmac64:relax»  ⟦app-secret|RGS aggregator HMAC secret in Lambda env⟧
          EVOLUTION_CASINO_KEY: hbl-mt-«lo:8-evokey»  ⟪casino key, an identifier⟫
          EVOLUTION_API_TOKEN: «hex:32-evotoken»  ⟦app-secret|live-casino provider API token⟧
          PRAGMATIC_SECURE_LOGIN: hbl_mt
          PRAGMATIC_SECRET_KEY: '{{resolve:secretsmanager:quayside/pragmatic:SecretString:secret_key}}'  ⟪dynamic reference⟫
  JackpotTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: quayside-jackpot-contrib
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{AttributeName: pk, AttributeType: S}]
      KeySchema: [{AttributeName: pk, KeyType: HASH}]
"""),
    ("infra/cfn/igaming/bonus-engine.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: quayside bonus engine - free spins, wagering requirements, Optimove triggers
Resources:
  BonusApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        ApiKeyRequired: true
  BonusFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: com.harbourline.bonus.Handler::handleRequest
      CodeUri: target/bonus-engine.jar
      Environment:
        Variables:
          OPTIMOVE_API_KEY: «b62:32-optimove»  ⟦app-secret|Optimove API key in Lambda env⟧
          OPTIMOVE_TENANT: '«num:3-opttenant»'  ⟪tenant id⟫
          SPRING_DATASOURCE_URL: jdbc:postgresql://bonus.cluster-cq7w1.eu-south-1.rds.amazonaws.com:5432/bonus
          SPRING_DATASOURCE_PASSWORD: «pwp:bonusdb»  ⟦password|weak datasource password in Lambda env⟧
      Events:
        Grant:
          Type: Api
          Properties: {RestApiId: !Ref BonusApi, Path: /grant, Method: post}
  PartnerKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: affiliate-postback
      Enabled: true
      Value: «b62:40-apigwkey»  ⟦app-secret|API Gateway key with a literal Value⟧
"""),
    ("infra/cfn/igaming/rg-limits.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: responsible-gambling limits and self-exclusion sync (GAMSTOP, NJ DGE list, iGaming Ontario, MGA)
Resources:
  SelfExclusionSync:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      StateMachineName: rg-self-exclusion-sync
      RoleArn: arn:aws:iam::451890263307:role/rg-sfn
      Definition:
        StartAt: Gamstop
        States:
          Gamstop:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://api.gamstop.co.uk/v2
              Method: POST
              Authentication:
                ConnectionArn: arn:aws:events:eu-west-2:451890263307:connection/gamstop/«uuid:gamstopconn»  ⟪EventBridge connection ARN⟫
            Next: DgeList
          DgeList:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://sftp-gw.harbourline.internal/dge/exclusions
              Method: GET
              Headers:
                Authorization: Bearer «b62:44-dgegw»  ⟦app-secret|bearer token in a Step Functions header⟧
            End: true
  GamstopConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: gamstop
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-API-Key
          ApiKeyValue: «b62:36-gamstop»  ⟦app-secret|GAMSTOP API key in an EventBridge connection⟧
"""),
    ("infra/cfn/compliance/geolocation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon geolocation - GeoComply license rotation and decrypt service (NJ and ON)
Resources:
  GeoDecryptFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: beacon-geocomply-decrypt
      Runtime: python3.12
      Handler: decrypt.handler
      Role: arn:aws:iam::318204957716:role/beacon-geo
      Code: {S3Bucket: hbl-lambda-318204957716, S3Key: beacon/geo-decrypt.zip}
      Environment:
        Variables:
          GEOCOMPLY_API_URL: https://es-api.geocomply.net
          GEOCOMPLY_DECRYPT_KEY: «hex:32-geodecrypt»  ⟦app-secret|GeoComply decryption key in Lambda env⟧
          GEOCOMPLY_DECRYPT_IV: «hex:32-geoiv»  ⟦app-secret|GeoComply IV beside its key⟧
          GEOCOMPLY_API_KEY: '{{resolve:secretsmanager:beacon/geocomply:SecretString:api_key}}'  ⟪dynamic reference⟫
  LicenseParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /beacon/geocomply/license-nj
      Type: String
      Value: «b64k:96-geolicense»  ⟦app-secret|GeoComply license string in a plain SSM parameter⟧
"""),
    ("infra/cfn/compliance/kyc-vendors.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: beacon KYC/IDV - Onfido (UK/MT), Jumio (NJ), Veriff fallback, LexisNexis age check
Resources:
  KycWebhookFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: kyc.webhook.handler
      CodeUri: src/
      Environment:
        Variables:
          ONFIDO_API_TOKEN: «onfido:kyc»  ⟦app-secret|Onfido live API token⟧
          ONFIDO_WEBHOOK_TOKEN: '{{resolve:secretsmanager:beacon/onfido:SecretString:webhook_token}}'  ⟪dynamic reference⟫
          JUMIO_API_TOKEN: «uuid:jumiotok»  ⟪Jumio API token id (the public half)⟫
          JUMIO_API_SECRET: «b62:32-jumiosec»  ⟦app-secret|Jumio API secret⟧
          VERIFF_API_KEY: «uuid:veriffkey»  ⟪Veriff publishable key⟫
          VERIFF_SHARED_SECRET: «uuid:veriffshared»  ⟦app-secret|Veriff shared secret (a UUID-shaped secret)⟧
          LN_INSTANTID_USER: hblprod_api
          LN_INSTANTID_PASSWORD: «pw:lnid»  ⟦password|LexisNexis InstantID password, season + year⟧
Transform: AWS::Serverless-2016-10-31
"""),
    ("infra/cfn/compliance/regulator-sftp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Transfer Family drops for regulator reporting (NJ DGE, AGCO/iGO, UKGC, MGA) and vendor pushes
Resources:
  RegServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: VPC
  DgeUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt RegServer.ServerId
      UserName: nj-dge
      Role: arn:aws:iam::318204957716:role/transfer-dge
      HomeDirectory: /hbl-regulatory-318204957716/nj/dge
      SshPublicKeys:
        - «sshpub:eddge:dge-pull@njdge»  ⟪SSH public key⟫
  MgaConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.mga.org.mt
      AccessRole: arn:aws:iam::451890263307:role/transfer-mga
      SftpConfig:
        UserSecretId: mga/sftp/harbourline  ⟪secret name⟫
        TrustedHostKeys:
          - «sshpub:edmgahost:»  ⟪host public key⟫
  AgcoCreds:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: transfer/agco/harbourline
      SecretString: !Sub |
        {"Username": "hbl-on-rpt", "Password": "«pwn:agco»"}  ⟦password|AGCO SFTP password in a SecretString⟧
"""),
    ("infra/cfn/compliance/aml-ctr.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bulwark AML - CTR/SAR aggregation from cage and sportsbook, FinCEN BSA E-Filing batch (SDTM)
Resources:
  CtrAggregator:
    Type: AWS::Glue::Job
    Properties:
      Name: bulwark-ctr-daily
      Role: arn:aws:iam::604127739582:role/bulwark-glue
      GlueVersion: '4.0'
      Command: {Name: glueetl, ScriptLocation: s3://hbl-glue-604127739582/bulwark/ctr_daily.py}
      DefaultArguments:
        --cms_jdbc_url: jdbc:sqlserver://acy-cms-db01.floor.harbourline.internal:1433;databaseName=ADVANTAGE
        --cms_user: bulwark_ro
        --cms_password: «pw6:cmsro»  ⟦password|slot-system read-only password in Glue DefaultArguments⟧
        --bsa_efiling_user: HBLACY01
        --bsa_efiling_password: «pwx:bsaefile»  ⟦password|FinCEN BSA E-Filing password in Glue arguments⟧
        --enable-metrics: 'true'
  CageConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '604127739582'
      ConnectionInput:
        Name: cage-cms
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://acy-cage-db.floor.harbourline.internal:1433;databaseName=CAGE
          USERNAME: glue_cage
          PASSWORD: «pwc:gluecage»  ⟦password|Glue connection PASSWORD⟧
"""),
    ("infra/cfn/payments/wallet-psps.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: saltire wallet - deposits and withdrawals (Worldpay, Nuvei, PayPal, Trustly, Paysafe, Interac)
Parameters:
  NuveiSecretKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /saltire/prod/nuvei-secret  ⟪SSM parameter name as Default⟫
  PaypalClientSecret:
    Type: String
    NoEcho: true
Resources:
  WalletTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: saltire-wallet
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: wallet
          Image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/saltire/wallet:4.12.0
          Environment:
            - {Name: NUVEI_MERCHANT_ID, Value: '«num:19-nuveimid»'}  ⟪merchant id⟫
            - {Name: NUVEI_SECRET_KEY, Value: !Ref NuveiSecretKey}
            - {Name: PAYPAL_CLIENT_ID, Value: A«b62:79-ppcid»}  ⟪PayPal client id⟫
            - {Name: PAYPAL_CLIENT_SECRET, Value: !Ref PaypalClientSecret}
            - {Name: PAYSAFE_API_KEY, Value: «paysafe:wallet»}  ⟦app-secret|Paysafe API key (base64 user:password)⟧
            - {Name: INTERAC_GATEWAY_SECRET, Value: '{{resolve:ssm-secure:/saltire/prod/interac-secret}}'}  ⟪ssm-secure dynamic reference⟫
            - {Name: WORLDPAY_XML_PASSWORD, Value: «pwl:worldpay»}  ⟦password|Worldpay XML password in ECS env⟧
          Secrets:
            - {Name: TRUSTLY_PRIVATE_KEY, ValueFrom: arn:aws:ssm:us-east-1:318204957716:parameter/saltire/trustly-key}  ⟪SSM ARN⟫
"""),
    ("infra/cfn/payments/crypto-onramp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: saltire crypto on-ramp (Ontario is excluded; MT only) - MoonPay widget signing
Resources:
  SignerFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: saltire-moonpay-signer
      Runtime: nodejs20.x
      Handler: sign.handler
      Role: arn:aws:iam::451890263307:role/saltire-onramp
      Code: {ZipFile: "exports.handler = async () => ({})"}
      Environment:
        Variables:
          MOONPAY_PUBLISHABLE_KEY: pk_live_«b62:32-moonpk»  ⟪publishable key⟫
          MOONPAY_SECRET_KEY: «moonpay:signer»  ⟦app-secret|MoonPay secret key in Lambda env⟧
          MOONPAY_WEBHOOK_KEY: wk_live_«b62:32-moonwh»  ⟦app-secret|MoonPay webhook key⟧
"""),
    ("infra/cfn/payments/checkout-params.json", r"""
{
  "Parameters": {
    "Env": "prod",
    "CheckoutSecretKey": "«cko:saltire»",  ⟦app-secret|Checkout.com secret key in a CodePipeline template configuration⟧
    "CheckoutProcessingChannel": "pc_«lo:26-ckopc»",  ⟪processing channel id⟫
    "CheckoutWebhookAuth": "«b62:40-ckowh»"  ⟦app-secret|Checkout.com webhook authorization header value⟧
  },
  "Tags": {"cost-centre": "payments", "pci": "cde"}
}
"""),
    ("infra/cfn/marketing/braze-crm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: marketing - Braze currents to S3, Optimove export, affiliate postbacks (Income Access, MyAffiliates)
Resources:
  CurrentsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: hbl-braze-currents-604127739582
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
  AffiliatePostbackFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: affiliate-postback
      Runtime: python3.12
      Handler: postback.handler
      Role: arn:aws:iam::604127739582:role/affiliate-postback
      Code: {S3Bucket: hbl-lambda-604127739582, S3Key: marketing/postback.zip}
      Environment:
        Variables:
          BRAZE_REST_API_KEY: «uuid:brazerest»  ⟦app-secret|Braze REST API key (UUID) in Lambda env⟧
          BRAZE_APP_ID: «uuid:brazeapp»  ⟪Braze app identifier⟫
          INCOME_ACCESS_API_KEY: '{{resolve:secretsmanager:marketing/income-access}}'  ⟪dynamic reference⟫
          MYAFFILIATES_PASSWORD: «pwc:myaff»  ⟦password|MyAffiliates feed password⟧
"""),
    ("infra/cfn/marketing/sms-push.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: marketing SMS and push - Twilio, MessageBird (UK), OneSignal, FCM legacy for the old Android app
Resources:
  SenderFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: crm-sender
      Runtime: python3.12
      Handler: sender.handler
      Role: arn:aws:iam::604127739582:role/crm-sender
      Code: {S3Bucket: hbl-lambda-604127739582, S3Key: marketing/sender.zip}
      Environment:
        Variables:
          TWILIO_ACCOUNT_SID: «twac:crm»  ⟪Twilio account SID⟫
          TWILIO_AUTH_TOKEN: «hex:32-twauth»  ⟦app-secret|Twilio auth token⟧
          MESSAGEBIRD_ACCESS_KEY: '{{resolve:secretsmanager:crm/messagebird:SecretString:access_key}}'  ⟪dynamic reference⟫
          ONESIGNAL_APP_ID: «uuid:osapp»  ⟪OneSignal app id⟫
          ONESIGNAL_REST_API_KEY: «onesig:crm»  ⟦app-secret|OneSignal REST API key⟧
          FCM_SERVER_KEY: «fcm:legacy»  ⟦app-secret|FCM legacy server key⟧
"""),
    ("infra/cfn/loyalty/harbour-club.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: anchorage - Harbour Club loyalty (tier points, comps, host app) bridging to the casino CMS
Parameters:
  CmsBridgePassword:
    Type: String
    NoEcho: true
    Default: ''  ⟪empty NoEcho Default⟫
Resources:
  HostAppPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: harbour-club-hosts
      MfaConfiguration: 'ON'
      EnabledMfas: [SOFTWARE_TOKEN_MFA]
  HostAppClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref HostAppPool
      GenerateSecret: true
      ClientName: host-app-ios
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref HostAppPool
      ProviderName: HarbourlineOkta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktacid»  ⟪Okta client id⟫
        client_secret: «okx:40-oktasec»  ⟦app-secret|Okta OIDC client secret in a Cognito IdP⟧
        attributes_request_method: GET
        oidc_issuer: https://harbourline.okta.com
        authorize_scopes: openid email profile
  CompsApiFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: java21
      Handler: com.harbourline.comps.Api::handle
      Role: arn:aws:iam::604127739582:role/anchorage-comps
      Code: {S3Bucket: hbl-lambda-604127739582, S3Key: anchorage/comps.jar}
      Environment:
        Variables:
          CMS_BRIDGE_USER: anchorage
          CMS_BRIDGE_PASSWORD: !Ref CmsBridgePassword
"""),
    ("infra/cfn/resort/pms-pos.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: resort systems - Agilysys LMS/PMS interface, Infor HMS for Niagara, InfoGenesis POS, spa booking
Resources:
  PmsInterfaceTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: resort-pms-interface
      ContainerDefinitions:
        - Name: ifc
          Image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/resort/pms-ifc:2.8.1
          Environment:
            - Name: LMS_ENDPOINT
              Value: https://acy-lms.resort.harbourline.internal/LMSWebService
            - Name: LMS_USER
              Value: IFC_CMS
            - Name: LMS_PASSWORD
              Value: «pw6:lmsifc»  ⟦password|PMS interface password in ECS env⟧
            - Name: INFOGENESIS_SITE
              Value: '«num:4-igsite»'  ⟪site id⟫
            - Name: INFOGENESIS_API_KEY
              Value: «uhex:40-igkey»  ⟦app-secret|POS API key in ECS env⟧
            - Name: SPA_BOOK4TIME_KEY
              Value: '{{resolve:secretsmanager:resort/book4time}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/floor/iot-kiosks.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: cage kiosks and TITO redemption telemetry over IoT Core (Atlantic City and Niagara)
Resources:
  KioskPolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyName: kiosk-telemetry
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: [iot:Connect, iot:Publish]
            Resource: arn:aws:iot:us-east-1:604127739582:*
  KioskAlertsRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: kiosk_alerts
      TopicRulePayload:
        Sql: SELECT * FROM 'floor/+/kiosk/alert'
        Actions:
          - Http:
              Url: https://events.pagerduty.com/v2/enqueue
              Headers:
                - Key: X-Routing-Key
                  Value: «pdkey:kiosk»  ⟦app-secret|PagerDuty routing key in an IoT HTTP action header⟧
          - Http:
              Url: https://ops.harbourline.internal/hooks/kiosk
              Headers:
                - Key: Authorization
                  Value: Basic «basic:kioskhook»  ⟦password-b64|basic-auth header in an IoT HTTP action⟧
"""),
    ("infra/cfn/floor/surveillance-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: surveillance archive - Genetec Security Center cloud archive to S3 via DataSync (gaming control retention)
Resources:
  NvrLocation:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: acy-genetec-arch01.surv.harbourline.internal
      Subdirectory: /Archives
      User: svc_datasync
      Domain: SURV
      Password: «pwn:datasyncsmb»  ⟦password|DataSync SMB password⟧
      AgentArns: [arn:aws:datasync:us-east-1:604127739582:agent/agent-0«hex:16-dsagent»]  ⟪agent ARN⟫
  ArchiveBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: hbl-surv-archive-604127739582
      ObjectLockEnabled: true
"""),
    ("infra/cfn/shared/vpn-properties.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: site-to-site VPN from the Atlantic City and Niagara properties (Palo Alto) to the casino VPC
Resources:
  AcyVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0a71c3e9b52d4f186  ⟪customer gateway id⟫
      TransitGatewayId: tgw-05f2e8a1c6b93d470
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-acypsk1»  ⟦password|VPN tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.21.0/30
        - PreSharedKey: «lo:32-acypsk2»  ⟦password|second tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.21.4/30
  NiaVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0e4b9d2c7a1f35608
      TransitGatewayId: tgw-05f2e8a1c6b93d470
"""),
    ("infra/cfn/shared/ci-codebuild.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: shared CI - CodeBuild projects for the sportsbook web and GLI submission bundles
Resources:
  WebBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: tidemark-web
      ServiceRole: arn:aws:iam::927315840063:role/codebuild-web
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - {Name: NPM_TOKEN, Type: PLAINTEXT, Value: «npm:webci»}  ⟦npm|npm token as a PLAINTEXT CodeBuild variable⟧
          - {Name: SENTRY_AUTH_TOKEN, Type: SECRETS_MANAGER, Value: ci/sentry:token}  ⟪SECRETS_MANAGER reference⟫
          - {Name: SONAR_TOKEN, Type: PARAMETER_STORE, Value: /ci/sonar-token}  ⟪PARAMETER_STORE reference⟫
          - {Name: NEXT_PUBLIC_GEOCOMPLY_ENV, Type: PLAINTEXT, Value: production}
      Source:
        Type: GITHUB
        Location: https://github.com/harbourline/tidemark-web.git
  GliBundle:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: gli-submission-bundle
      ServiceRole: arn:aws:iam::927315840063:role/codebuild-gli
      Artifacts: {Type: S3, Location: hbl-gli-submissions-927315840063}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - {Name: GLI_PORTAL_USER, Type: PLAINTEXT, Value: harbourline.compliance}
          - {Name: GLI_PORTAL_PASSWORD, Type: PLAINTEXT, Value: «pwl:gliportal»}  ⟦password|GLI portal password as a PLAINTEXT variable⟧
      Source: {Type: CODECOMMIT, Location: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/gli-artefacts}
"""),
    ("infra/cfn/shared/pipeline-v1.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: legacy CodePipeline (v1 GitHub source) for the host app
Resources:
  HostAppPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::927315840063:role/codepipeline-hostapp
      ArtifactStore: {Type: S3, Location: hbl-pipeline-927315840063}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: harbourline
                Repo: anchorage-host-app
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub token in a CodePipeline v1 source⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: anchorage-host-app}
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/shared/cloudfront-waf.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: edge for harbourline.bet - CloudFront, WAF geo rules, origin verification header
Resources:
  Edge:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [www.harbourline.bet, nj.harbourline.bet, on.harbourline.bet]
        Origins:
          - Id: alb
            DomainName: tidemark-web-alb-«num:9-albid».us-east-1.elb.amazonaws.com  ⟪ALB DNS name⟫
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:32-originverify»  ⟦app-secret|CloudFront origin verification header⟧
        DefaultCacheBehavior:
          TargetOriginId: alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad  ⟪managed cache policy id⟫
        WebACLId: !GetAtt GeoAcl.Arn
  GeoAcl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: CLOUDFRONT
      DefaultAction: {Block: {}}
      VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: geo}
      Rules: []
"""),
    ("infra/cfn/shared/ses-smtp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the cage and hotel back-office mailers
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-backoffice
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt SecretAccessKey⟫
  LegacyRelayCredentials:
    Description: 'old relay pair kept for the Niagara cage mailer until INC-4471 closes: «akid:sesniagara» / «sesv4:sesniagara»'  ⟦aws-ses-smtp|SES SMTP username and password in an Output description⟧
    Value: see description
"""),
    ("infra/cfn/shared/ec2-jump.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: floor-systems jump host (Windows) for slot-system vendors
Resources:
  JumpHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c7e91d53a2f48b06  ⟪AMI id⟫
      InstanceType: m6i.large
      SubnetId: subnet-04e8b1a7c39d52f60
      UserData:
        Fn::Base64: |
          <powershell>
          $pw = ConvertTo-SecureString "«pwc:jumpadmin»" -AsPlainText -Force  ⟦password|local admin password in EC2 UserData⟧
          New-LocalUser -Name "vendoradmin" -Password $pw -PasswordNeverExpires
          Add-LocalGroupMember -Group "Administrators" -Member "vendoradmin"
          [Environment]::SetEnvironmentVariable("AWS_ACCESS_KEY_ID", "«akid:jumphost»", "Machine")  ⟦aws-key-id|AWS key ID in UserData⟧
          [Environment]::SetEnvironmentVariable("AWS_SECRET_ACCESS_KEY", "«awssec:jumphost»", "Machine")  ⟦aws-secret|AWS secret in UserData⟧
          Install-WindowsFeature RSAT-AD-Tools
          </powershell>
"""),
    ("infra/cfn/shared/msk-scram.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MSK cluster for bet events and odds, SCRAM users
Resources:
  Cluster:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: lodestar-odds
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m7g.large
        ClientSubnets: [subnet-0a1b2c3d4e5f60718, subnet-0b2c3d4e5f6071829, subnet-0c3d4e5f607182930]
      ClientAuthentication:
        Sasl: {Scram: {Enabled: true}}
  OddsWriterSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_lodestar_odds_writer
      KmsKeyId: alias/msk-scram
      GenerateSecretString:
        SecretStringTemplate: '{"username": "odds-writer"}'
        GenerateStringKey: password  ⟪generated secret⟫
        PasswordLength: 32
  SettlementSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_lodestar_settlement
      KmsKeyId: alias/msk-scram
      SecretString: '{"username": "settlement", "password": "«pwr:msksettle»"}'  ⟦password|MSK SCRAM secret as a literal⟧
"""),
    ("infra/cfn/casino/docdb-player.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "anchorage player profile store (DocumentDB) and host-app OpenSearch",
  "Resources": {
    "ProfileCluster": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "DBClusterIdentifier": "anchorage-profiles",
        "MasterUsername": "profiles_admin",
        "MasterUserPassword": "«pwn:docdb»",  ⟦password|DocumentDB master password (JSON)⟧
        "StorageEncrypted": true
      }
    },
    "HostSearch": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "host-search",
        "EngineVersion": "OpenSearch_2.13",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {"MasterUserName": "hostadmin", "MasterUserPassword": "«pwx:hostsearch»"}  ⟦password|OpenSearch master user password⟧
        }
      }
    }
  }
}
"""),
    ("infra/sam/settlement/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: lodestar settlement - grade bets from official results (Sportradar, Genius), credit wallets
Parameters:
  Env: {Type: String}
  SettlementDbPassword: {Type: String, NoEcho: true}
  ResultsFeedKey: {Type: String, NoEcho: true}
Resources:
  GradeFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: grade.handler
      CodeUri: grade/
      Environment:
        Variables:
          DB_PASSWORD: !Ref SettlementDbPassword
          RESULTS_KEY: !Ref ResultsFeedKey
          WALLET_URL: https://wallet.internal.harbourline.bet/v3
          WALLET_HMAC_KEY: «hmac64:walletgrade»  ⟦app-secret|wallet HMAC key in SAM env⟧
"""),
    ("infra/sam/settlement/samconfig.yaml", r"""
version: 0.1
prod:
  deploy:
    parameters:
      stack_name: lodestar-settlement-on
      region: ca-central-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - Env=prod
        - SettlementDbPassword=«pw:settleon»  ⟦password|samconfig.yaml parameter override password⟧
        - ResultsFeedKey=«sradar:resultson»  ⟦app-secret|Sportradar key in a parameter override⟧
uat:
  deploy:
    parameters:
      stack_name: lodestar-settlement-on-uat
      parameter_overrides:
        - Env=uat
        - SettlementDbPassword=changeme  ⟪placeholder⟫
"""),
    ("infra/sam/host-app/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Harbour Club host app back end - player lookup, comp approval, jackpot notifications
Globals:
  Function: {Runtime: nodejs20.x, Timeout: 10}
Resources:
  PlayerLookupFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/lookup.handler
      Environment:
        Variables:
          SYNKROS_API: https://nia-synkros-api.floor.harbourline.internal/api
          SYNKROS_API_USER: hostapp
          SYNKROS_API_PASSWORD: «pwl:synkrosapi»  ⟦password|Konami Synkros API password⟧
          ADVANTAGE_API: https://acy-adv-api.floor.harbourline.internal
          ADVANTAGE_API_KEY: '{{resolve:secretsmanager:floor/advantage-api}}'  ⟪dynamic reference⟫
          APNS_KEY_ID: «asc:apnskid»  ⟪APNs key id⟫
          APNS_TEAM_ID: «asc:apnsteam»  ⟪Apple team id⟫
"""),
    ("infra/serverless/affiliates/serverless.yml", r"""
service: affiliate-feeds
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    MYAFFILIATES_URL: https://harbourline.myaffiliates.com/feeds.php
    MYAFFILIATES_USER: hbl_feed
    MYAFFILIATES_PASS: ${ssm:/affiliates/myaff-pass}  ⟪ssm reference⟫
    CELLXPERT_TOKEN: «b62:48-cellxpert»  ⟦app-secret|affiliate platform token in serverless.yml⟧
    UKGC_LCCP_REPORT_BUCKET: hbl-ukgc-returns
functions:
  nightly:
    handler: feeds.nightly
    events:
      - schedule: cron(15 3 * * ? *)
custom:
  slackAlerts: «slackhook:affiliates»  ⟦slack|Slack webhook in serverless custom⟧
"""),
    ("infra/serverless/sms-optout/serverless.yml", r"""
service: sms-optout
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  environment:
    TWILIO_ACCOUNT_SID: ${env:TWILIO_ACCOUNT_SID}  ⟪env reference⟫
    TWILIO_AUTH_TOKEN: ${env:TWILIO_AUTH_TOKEN}
    BRAZE_API_KEY: ${ssm:/crm/braze-rest}
    SENTRY_DSN: «sentryold:smsoptout»  ⟦sentry|legacy Sentry DSN with its secret part⟧
functions:
  inbound:
    handler: handler.inbound
    events:
      - httpApi: {path: /sms/inbound, method: post}
"""),
    ("infra/ecs/trading-ui.taskdef.json", r"""
{
  "family": "lodestar-trading-ui",
  "taskRoleArn": "arn:aws:iam::318204957716:role/lodestar-trading-ui",
  "executionRoleArn": "arn:aws:iam::318204957716:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "trading-ui",
      "image": "927315840063.dkr.ecr.us-east-1.amazonaws.com/lodestar/trading-ui:7.3.0",
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "RISK_DB_URL", "value": "postgresql://trader:«pwn:riskdb»@lodestar-risk.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432/risk"},  ⟦conn-string|database URL with a password in ECS env⟧
        {"name": "BETGENIUS_FEED_USER", "value": "harbourline_trading"},
        {"name": "BETGENIUS_FEED_PASSWORD", "value": "«pwx:betgenius»"},  ⟦password|feed password in ECS env⟧
        {"name": "DD_API_KEY", "value": "«ddapi:trading»"}  ⟦datadog|Datadog API key in ECS env⟧
      ],
      "secrets": [
        {"name": "KAMBI_API_SECRET", "valueFrom": "arn:aws:secretsmanager:us-east-1:318204957716:secret:lodestar/kambi-«b62:6-kambiarn»"}  ⟪Secrets Manager ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/trading-ui", "awslogs-region": "us-east-1"}}
    }
  ]
}
"""),
    ("infra/ecs/bet-api.taskdef.yaml", r"""
family: tidemark-bet-api
cpu: '2048'
memory: '4096'
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
containerDefinitions:
  - name: bet-api
    image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/tidemark/bet-api:12.4.2
    environment:
      - name: GEOCOMPLY_REQUIRED
        value: 'true'
      - name: WALLET_SERVICE_TOKEN
        value: «jwtrs:betapi»  ⟦jwt|RS256 service token in an ECS task env⟧
      - name: REDIS_URL
        value: rediss://:«pwr:betredis»@tidemark-bets.abc123.ng.0001.use1.cache.amazonaws.com:6379/0  ⟦conn-string|Redis URL with an auth token⟧
      - name: NEW_RELIC_LICENSE_KEY
        value: «nrlic:betapi»  ⟦newrelic|New Relic license key⟧
    secrets:
      - name: DB_PASSWORD
        valueFrom: arn:aws:ssm:us-east-1:318204957716:parameter/tidemark/bet-api/db-password  ⟪SSM ARN⟫
"""),
    ("infra/ecs/player-account.taskdef.json", r"""
{
  "family": "tidemark-player-account",
  "containerDefinitions": [
    {
      "name": "pam",
      "image": "927315840063.dkr.ecr.us-east-1.amazonaws.com/tidemark/pam:3.19.0",
      "environment": [
        {"name": "PAM_DB_HOST", "value": "pam.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com"},
        {"name": "PAM_DB_USER", "value": "pam_app"},
        {"name": "AGE_CHECK_PROVIDER", "value": "lexisnexis"},
        {"name": "IDOLOGY_PASSWORD", "value": "«pwx:idology»"},  ⟦password|IDV vendor password in an ECS task env⟧
        {"name": "COGNITO_USER_POOL", "value": "us-east-1_«b62:9-cognitopool»"}  ⟪user pool id⟫
      ],
      "secrets": [
        {"name": "PAM_DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:318204957716:secret:tidemark/pam-db-«b62:6-pamarn»:password::"},  ⟪Secrets Manager ARN⟫
        {"name": "ONFIDO_API_TOKEN", "valueFrom": "/beacon/onfido/token"}  ⟪SSM name⟫
      ]
    }
  ]
}
"""),
    ("infra/lambda/jackpot-notify.config.json", r"""
{
  "FunctionName": "floor-jackpot-notify",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::604127739582:role/floor-jackpot-notify",
  "Handler": "notify.handler",
  "CodeSize": 48213,
  "CodeSha256": "«b64k:32-jpcodesha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "TEAMS_WEBHOOK": "«teamshook:jackpot»",  ⟦app-secret|Teams incoming webhook URL in a Lambda configuration⟧
      "HANDPAY_THRESHOLD": "1200",
      "W2G_SERVICE_PASSWORD": "«pwc:w2gsvc»"  ⟦password|W-2G tax form service password⟧
    }
  },
  "RevisionId": "«uuid:jprev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/selfexclusion-checker.config.json", r"""
{
  "FunctionName": "rg-selfexclusion-checker",
  "Runtime": "nodejs20.x",
  "Handler": "index.handler",
  "Environment": {
    "Variables": {
      "IGO_REGISTRY_URL": "https://registry.igamingontario.ca/api/v1",
      "IGO_CLIENT_ID": "harbourline-on",
      "IGO_CLIENT_SECRET": "«b62:40-igosecret»",  ⟦app-secret|iGaming Ontario registry client secret in a Lambda config⟧
      "MGA_SE_TOKEN": "«b64k:48-mgase»"  ⟦app-secret|MGA self-exclusion API token⟧
    }
  },
  "LastModified": "2026-11-18T09:12:44.000+0000"
}
"""),
    ("infra/stepfunctions/payout-approval.asl.json", r"""
{
  "Comment": "cage jackpot payout approval: handpay > $1,200 needs W-2G, > $10,000 triggers CTR",
  "StartAt": "CheckThreshold",
  "States": {
    "CheckThreshold": {
      "Type": "Choice",
      "Choices": [{"Variable": "$.amount", "NumericGreaterThan": 10000, "Next": "FileCtr"}],
      "Default": "Approve"
    },
    "FileCtr": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://bulwark.internal.harbourline.bet/ctr",
        "Method": "POST",
        "Headers": {"x-api-key": "«b62:40-bulwarkkey»"},  ⟦app-secret|API key in a Step Functions header⟧
        "RequestBody.$": "$"
      },
      "Next": "Approve"
    },
    "Approve": {"Type": "Succeed"}
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "hbl-tfstate-927315840063"
    key            = "platform/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "hbl-tf-locks"
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "datadog" {
  api_key = "«ddapi:tfprov»"  ⟦datadog|Datadog API key in a Terraform provider⟧
  app_key = "«ddapp:tfprov»"  ⟦datadog|Datadog application key in a Terraform provider⟧
}

provider "pagerduty" {
  token = var.pagerduty_token  ⟪variable reference⟫
}

provider "cloudflare" {
  api_token = "«cfapi:tfprov»"  ⟦app-secret|Cloudflare API token in a Terraform provider⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "pagerduty_token" {
  type      = string
  sensitive = true
}

variable "okta_api_token" {
  type      = string
  sensitive = true
  default   = "«ssws:oktatf»"  ⟦app-secret|Okta API token as a variable default⟧
}

variable "environment" {
  type    = string
  default = "prod"
}

variable "redshift_admin_password" {
  type      = string
  sensitive = true
  default   = "«pwp:rsadmin»"  ⟦password|weak password as a variable default⟧
}

variable "ggr_reporting_password" {
  type      = string
  sensitive = true
  default   = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/rds-cms-replica.tf", r"""
resource "aws_db_instance" "cms_replica" {
  identifier              = "acy-cms-replica"
  engine                  = "sqlserver-se"
  engine_version          = "15.00.4365.2.v1"
  instance_class          = "db.r6i.2xlarge"
  license_model           = "license-included"
  username                = "cmsadmin"
  password                = "«pwc:cmsreplica»"  ⟦password|RDS SQL Server password in Terraform⟧
  backup_retention_period = 30
  storage_encrypted       = true
  kms_key_id              = "arn:aws:kms:us-east-1:604127739582:key/«uuid:kmscms»"  ⟪KMS key ARN⟫
}

resource "aws_db_instance" "loyalty" {
  identifier                  = "anchorage-loyalty"
  engine                      = "postgres"
  instance_class              = "db.r7g.large"
  username                    = "anchorage"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# Vendor access: IGT field service uploads logs, Sportradar pulls settlement reports
resource "aws_iam_user" "igt_field" {
  name = "vendor-igt-field"
}

resource "aws_iam_access_key" "igt_field" {
  user    = aws_iam_user.igt_field.name
  pgp_key = "keybase:harbourline_secops"  ⟪PGP-encrypted key output⟫
}

output "igt_field_secret" {
  value     = aws_iam_access_key.igt_field.encrypted_secret  ⟪encrypted secret⟫
  sensitive = true
}

locals {
  # Sportradar asked for static keys; rotate with SR-2291
  sportradar_reports_key_id     = "«akid:srreports»"  ⟦aws-key-id|vendor key ID in Terraform locals⟧
  sportradar_reports_secret_key = "«awssec:srreports»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "gamstop" {
  name = "rg/gamstop"
}

resource "aws_secretsmanager_secret_version" "gamstop" {
  secret_id     = aws_secretsmanager_secret.gamstop.id
  secret_string = jsonencode({ api_key = "«b62:36-gamstoptf»" })  ⟦app-secret|literal secret_string in Terraform⟧
}

resource "random_password" "bonus_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "bonus_db" {
  secret_id     = "quayside/bonus-db"
  secret_string = random_password.bonus_db.result  ⟪generated password⟫
}

resource "aws_ssm_parameter" "skrill_secret_word" {
  name  = "/saltire/skrill/secret-word"
  type  = "SecureString"
  value = "«pwl:skrillsw»"  ⟦password|Skrill secret word as a literal SecureString value⟧
}
"""),
    ("infra/terraform/msk-users.tf", r"""
resource "aws_secretsmanager_secret" "msk_risk" {
  name       = "AmazonMSK_risk_reader"
  kms_key_id = aws_kms_key.msk.key_id
}

resource "aws_secretsmanager_secret_version" "msk_risk" {
  secret_id     = aws_secretsmanager_secret.msk_risk.id
  secret_string = jsonencode({ username = "risk-reader", password = "«pwr:mskrisk»" })  ⟦password|MSK SCRAM password in Terraform⟧
}

resource "aws_msk_scram_secret_association" "odds" {
  cluster_arn     = aws_msk_cluster.odds.arn
  secret_arn_list = [aws_secretsmanager_secret.msk_risk.arn]
}
"""),
    ("infra/terraform/transfer-vendors.tf", r"""
resource "aws_transfer_user" "gli" {
  server_id = aws_transfer_server.reg.id
  user_name = "gli-lab"
  role      = aws_iam_role.transfer_gli.arn
  home_directory = "/hbl-gli-submissions/inbound"
}

resource "aws_transfer_ssh_key" "gli" {
  server_id = aws_transfer_server.reg.id
  user_name = aws_transfer_user.gli.user_name
  body      = "«sshpub:edgli:gli-lab-upload»"  ⟪SSH public key⟫
}

resource "aws_secretsmanager_secret_version" "igo_sftp" {
  secret_id     = "transfer/igo/harbourline"
  secret_string = <<-EOT
    {"Username":"hbl-igo","Password":"«pwn:igosftp»"}  ⟦password|iGO SFTP password in a heredoc⟧
  EOT
}
"""),
    ("infra/terraform/cloudfront-keys.tf", r"""
resource "aws_cloudfront_public_key" "streams" {
  name        = "hbl-stream-signing-2026"
  encoded_key = file("${path.module}/keys/stream-signing.pub.pem")
}

resource "aws_cloudfront_key_group" "streams" {
  name  = "stream-signers"
  items = [aws_cloudfront_public_key.streams.id]
}

resource "aws_ssm_parameter" "stream_signing_key" {
  name  = "/media/cf-signing-key"
  type  = "SecureString"
  value = <<-EOT
    «pem:pkcs1:rsastream»  ⟦private-key|RSA CloudFront signing key in a Terraform heredoc⟧
  EOT
}
"""),
    ("infra/terraform/monitoring.tf", r"""
resource "datadog_monitor" "bet_latency" {
  name    = "bet placement p99 > 800ms"
  type    = "metric alert"
  query   = "avg(last_5m):p99:trace.http.request{service:bet-api} > 0.8"
  message = "@pagerduty-sportsbook @slack-trading-alerts"
}

resource "pagerduty_service_integration" "cage" {
  name    = "cage kiosks"
  service = pagerduty_service.cage.id
  type    = "events_api_v2_inbound_integration"
}

resource "aws_cloudwatch_event_connection" "statuspage" {
  name               = "statuspage"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "OAuth «uuid:statuspage»"  ⟦app-secret|Statuspage API key in an EventBridge connection⟧
    }
  }
}
"""),
    ("infra/terraform/eks.tf", r"""
module "eks" {
  source          = "terraform-aws-modules/eks/aws"
  version         = "20.8.4"
  cluster_name    = "hbl-igaming-mt"
  cluster_version = "1.30"
  vpc_id          = "vpc-0f3a8c91d27e4b506"  ⟪VPC id⟫
  subnet_ids      = ["subnet-02a9e1c7b4d38f650", "subnet-07c4e2b1a9d36f580"]
  enable_irsa     = true
}

resource "helm_release" "external_dns" {
  name       = "external-dns"
  repository = "https://kubernetes-sigs.github.io/external-dns/"
  chart      = "external-dns"
  set {
    name  = "provider"
    value = "cloudflare"
  }
  set_sensitive {
    name  = "cloudflare.apiToken"
    value = "«cfapi:extdns»"  ⟦app-secret|Cloudflare token in a helm_release set_sensitive⟧
  }
}
"""),
    ("infra/terraform/prod.tfvars", r"""
environment            = "prod"
region                 = "us-east-1"
pagerduty_token        = "u+«b62:18-pdtoken»"  ⟦app-secret|PagerDuty REST API token in tfvars⟧
redshift_admin_password = "«pwl:rsadmintfv»"  ⟦password|password in tfvars⟧
ggr_reporting_password = "«pw:ggrrpt»"  ⟦password|season + year password in tfvars⟧
alarm_email            = "noc@harbourline.bet"
allowed_cidrs          = ["10.40.0.0/16", "10.48.0.0/16"]
"""),
    ("infra/terraform/igaming-mt.auto.tfvars.json", r"""
{
  "environment": "prod",
  "region": "eu-south-1",
  "mga_reporting_sftp_password": "«pwx:mgasftp»",  ⟦password|MGA reporting SFTP password in JSON tfvars⟧
  "hub88_operator_id": "«num:5-hub88op»",  ⟪operator id⟫
  "hub88_private_key_path": "keys/hub88-operator.pem",
  "kms_key_alias": "alias/igaming-mt"
}
"""),
    ("infra/terraform/modules/rgs-wallet/main.tf", r"""
variable "operator_secret" {
  type        = string
  description = "wallet callback secret shared with the aggregator"
  sensitive   = true
}

resource "aws_lambda_function" "callback" {
  function_name = "rgs-wallet-${var.provider_name}"
  role          = var.role_arn
  runtime       = "java21"
  handler       = "com.harbourline.rgs.Callback::handle"
  filename      = "build/callback.zip"
  environment {
    variables = {
      OPERATOR_SECRET = var.operator_secret  ⟪variable reference⟫
      PROVIDER        = var.provider_name
    }
  }
}
"""),
    ("infra/terraform/rgs.tf", r"""
module "wallet_relax" {
  source          = "./modules/rgs-wallet"
  provider_name   = "relax"
  role_arn        = aws_iam_role.rgs.arn
  operator_secret = "«hmac64:relaxtf»"  ⟦app-secret|module argument with a literal HMAC secret⟧
}

module "wallet_hub88" {
  source          = "./modules/rgs-wallet"
  provider_name   = "hub88"
  role_arn        = aws_iam_role.rgs.arn
  operator_secret = data.aws_secretsmanager_secret_version.hub88.secret_string  ⟪data source reference⟫
}
"""),
    ("infra/terraform/redshift-serverless.tf", r"""
resource "aws_redshiftserverless_namespace" "analytics" {
  namespace_name      = "hbl-analytics"
  admin_username      = "analytics_admin"
  admin_user_password = "«pwc:rsserverless»"  ⟦password|Redshift Serverless admin password⟧
  db_name             = "ggr"
}

resource "aws_redshiftserverless_workgroup" "analytics" {
  namespace_name = aws_redshiftserverless_namespace.analytics.namespace_name
  workgroup_name = "hbl-analytics"
  base_capacity  = 32
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = ">= 5.40.0"
  hashes = [
    "h1:«b64k:32-tflock1»",  ⟪lock hash⟫
    "zh:«sha256:tflock2»",  ⟪lock hash⟫
    "zh:«sha256:tflock3»",
  ]
}
"""),
    ("infra/terragrunt/ca-central-1/sportsbook/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules//sportsbook"
}

inputs = {
  jurisdiction          = "on"
  ledger_admin_password = "«pwn:ledgeron»"  ⟦password|Terragrunt input password⟧
  igo_feed_token        = "«b62:40-igofeed»"  ⟦app-secret|iGaming Ontario feed token in Terragrunt inputs⟧
  geocomply_env         = "production"
}
"""),
    ("infra/terragrunt/eu-south-1/igaming/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

inputs = {
  jurisdiction      = "mt"
  db_password       = get_env("IGAMING_DB_PASSWORD")  ⟪get_env reference⟫
  evolution_token   = run_cmd("--terragrunt-quiet", "aws", "secretsmanager", "get-secret-value", "--secret-id", "quayside/evolution", "--query", "SecretString", "--output", "text")
}
"""),
    ("infra/cdk/lib/wallet-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import { Construct } from 'constructs';

export class WalletStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const db = new rds.DatabaseCluster(this, 'WalletDb', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_6 }),
      credentials: rds.Credentials.fromPassword('wallet_admin', cdk.SecretValue.unsafePlainText('«pwx:walletcdk»')),  ⟦password|CDK unsafePlainText password⟧
      writer: rds.ClusterInstance.provisioned('writer'),
    });

    const task = new ecs.FargateTaskDefinition(this, 'WalletTask', { cpu: 1024, memoryLimitMiB: 2048 });
    task.addContainer('wallet', {
      image: ecs.ContainerImage.fromRegistry('927315840063.dkr.ecr.us-east-1.amazonaws.com/saltire/wallet:4.12.0'),
      environment: {
        TRUSTLY_USERNAME: 'harbourline_nj',
        TRUSTLY_PASSWORD: '«pwr:trustlycdk»',  ⟦password|Trustly API password in CDK container env⟧
        ACH_ORIGINATOR_ID: '«num:10-achorig»',  ⟪ACH originator id⟫
      },
    });
  }
}
"""),
    ("infra/cdk/lib/floor-bridge-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secrets from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class FloorBridgeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const oasis = secrets.Secret.fromSecretNameV2(this, 'Oasis', 'floor/oasis360-api');  ⟪secret name reference⟫
    new lambda.Function(this, 'TitoReconcile', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'tito.reconcile',
      code: lambda.Code.fromAsset('dist/tito'),
      environment: {
        OASIS_API_SECRET_ARN: oasis.secretArn,
        TITO_VALIDATION_HOST: 'acy-tito01.floor.harbourline.internal',
        TITO_DB_PASSWORD: '«pw6:titodb»',  ⟦password|TITO database password in CDK Lambda env⟧
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/harbourline.ts",
  "context": {
    "@aws-cdk/aws-iam:minimizePolicies": true,
    "account-sportsbook": "318204957716",
    "account-casino": "604127739582",
    "vpn-psk-niagara": "«lo:32-niapsk»",  ⟦password|VPN pre-shared key in cdk.json context⟧
    "statuspageComponent": "«lo:12-spcomp»"  ⟪component id⟫
  }
}
"""),
    ("infra/cdk-py/stacks/reporting_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_redshift_alpha as redshift, aws_lambda as _lambda
from constructs import Construct


class ReportingStack(Stack):
    # GGR / tax reporting to the NJ DGE, AGCO and the UKGC regulatory returns
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        redshift.Cluster(
            self, "Ggr",
            master_user=redshift.Login(master_username="ggr_admin",
                                       master_password=SecretValue.unsafe_plain_text("«pwn:ggrcdk»")),  ⟦password|CDK Python unsafe_plain_text password⟧
            vpc=None,
        )
        _lambda.Function(
            self, "DgeExport",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="export.handler",
            code=_lambda.Code.from_asset("lambda/dge_export"),
            environment={
                "DGE_SFTP_HOST": "sftp.njdge.harbourline.internal",
                "DGE_SFTP_PASSWORD": SecretValue.secrets_manager("reporting/dge-sftp").unsafe_unwrap(),  ⟪secrets manager reference⟫
                "UKGC_RETURNS_TOKEN": "«b62:40-ukgcret»",  ⟦app-secret|UKGC returns portal token in CDK Python⟧
            },
        )
"""),
    ("infra/cdk-java/src/main/java/com/harbourline/infra/SportsbookStack.java", r"""
package com.harbourline.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.constructs.Construct;

public class SportsbookStack extends Stack {
    public SportsbookStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseCluster.Builder.create(this, "BetHistory")
            .masterUser(Login.builder()
                .username("bethist")
                .password(SecretValue.unsafePlainText("«pwc:bethistjava»"))  ⟦password|CDK Java unsafePlainText password⟧
                .build())
            .instances(2)
            .build();
    }
}
"""),
    ("infra/cfn/igaming/parameters/prod-mt.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "Hub88OperatorKeyPem", "ParameterValue": "«jsonesc:pem:pkcs8:rsahub88»"},  ⟦private-key|PEM private key in a parameter file⟧
  {"ParameterKey": "EvolutionApiToken", "ParameterValue": "{{resolve:secretsmanager:quayside/evolution}}"},  ⟪dynamic reference⟫
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0f3a8c91d27e4b506"}
]
"""),
    ("infra/cfn/README-parameters.md", r"""
# Parameter conventions (platform team)

- Passwords and keys go in Secrets Manager (`{{resolve:secretsmanager:...}}`) or SSM SecureString. Never a
  `Default` on a `NoEcho` parameter.
- Parameter files under `infra/cfn/**/parameters/` are committed; they must only hold references.
- The one exception we still carry: `prod-mt.json` holds the Hub88 operator key until QS-881 moves it.
- Example of the right shape: `{"ParameterKey": "DbPassword", "ParameterValue": "{{resolve:ssm-secure:/x/y}}"}`  ⟪documentation of the right shape⟫
- Reference placeholder: `AKIA` + 16 `X` = «docs:akidx»  ⟪X-filled key id⟫
"""),
    ("infra/cfn/sportsbook/dns.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Route 53 records for the sportsbook (no secrets)
Resources:
  NjRecord:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneId: Z0«up:12-zoneid»  ⟪hosted zone id⟫
      Name: nj.harbourline.bet.
      Type: A
      AliasTarget:
        DNSName: d1«lo:12-cfdist».cloudfront.net
        HostedZoneId: Z2FDTNDATAQYW2
  OnRecord:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneId: Z0«up:12-zoneid»
      Name: on.harbourline.bet.
      Type: CNAME
      TTL: '300'
      ResourceRecords: [on-edge.harbourline.bet]
"""),
    ("infra/cfn/shared/kms-keys.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: KMS keys per data class (PII, payments, surveillance)
Resources:
  PiiKey:
    Type: AWS::KMS::Key
    Properties:
      Description: player PII
      EnableKeyRotation: true
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: root
            Effect: Allow
            Principal: {AWS: arn:aws:iam::318204957716:root}
            Action: kms:*
            Resource: '*'
  PiiAlias:
    Type: AWS::KMS::Alias
    Properties:
      AliasName: alias/pii
      TargetKeyId: !Ref PiiKey
"""),
    ("infra/cfn/casino/table-games.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: table games - RFID chip tracking and shuffler telemetry collector (Atlantic City)
Resources:
  CollectorTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: tables-rfid-collector
      ContainerDefinitions:
        - Name: collector
          Image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/floor/rfid-collector:1.6.0
          Environment:
            - {Name: CHIPTRACK_HOST, Value: 10.44.12.30}
            - {Name: CHIPTRACK_USER, Value: collector}
            - {Name: CHIPTRACK_PASSWORD, Value: «pw6:chiptrack»}  ⟦password|RFID chip system password in ECS env⟧
            - {Name: SHUFFLER_API_TOKEN, Value: '{{resolve:secretsmanager:floor/shuffler-fleet}}'}  ⟪dynamic reference⟫
            - {Name: TABLE_IDS, Value: 'BJ01,BJ02,BJ07,BAC3,RL1,CR2'}
"""),
    ("infra/cfn/sportsbook/params/uat.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "uat"},
  {"ParameterKey": "GeniusClientSecret", "ParameterValue": "REPLACE_ME"},  ⟪placeholder⟫
  {"ParameterKey": "KambiPunterApiKey", "ParameterValue": "<kambi-uat-key>"}  ⟪placeholder⟫
]
"""),
]
