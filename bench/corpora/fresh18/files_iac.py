"""fresh18 templates, AWS infrastructure as code (Halvergate Motor Group): CloudFormation YAML and JSON, parameter
files, StackSets, SAM and samconfig, serverless.yml and serverless.ts, ECS task definitions, Lambda configurations,
Step Functions, Elastic Beanstalk, App Runner, Copilot, Terraform and tfvars, Terragrunt, CDK (TypeScript, Python,
Go, C#), Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/forecourt-dms-hub.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  forecourt - DMS integration hub. Pulls deals, repair orders, parts and customers from CDK Drive (Fortellis),
  Reynolds ERA (RCI) and Dealertrack DMS (OpenTrack) for all Halvergate rooftops. Account 418263950712.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, uat]
  OpenTrackPassword:
    Type: String
    NoEcho: true
Resources:
  HubDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: forecourt
      MasterUsername: forecourt_admin
      MasterUserPassword: «pwc:hubdb»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-2:418263950712:key/«uuid:kmshub»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: forecourt
        - Key: data-class
          Value: npi
  FortellisSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub forecourt/${Env}/fortellis
      SecretString: '{"client_id":"«oktaid:fortellis»","client_secret":"«fortellis:hub»","subscription_id":"«uuid:fortsub»"}'  ⟦app-secret|Fortellis client secret written into SecretString⟧
  OpenTrackSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub forecourt/${Env}/opentrack
      SecretString: !Sub '{"enterprise":"HV","company":"HV1","username":"HMGAPI","password":"${OpenTrackPassword}"}'  ⟪Sub of a NoEcho parameter⟫
      Tags:
        - Key: rotation
          Value: manual-vendor
"""),
    ("infra/cfn/finline-credit.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: finline - credit bureau pulls for F&I (Experian, Equifax, TransUnion through 700Credit and direct)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Tracing: Active
Resources:
  BureauPullFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: finline.bureau.handler
      CodeUri: src/
      Environment:
        Variables:
          CREDIT700_ACCOUNT: HALVERGATE01
          CREDIT700_PASSWORD: «pwb:credit700»  ⟦password|700Credit account password in Lambda env⟧
          EXPERIAN_SUBSCRIBER_CODE: '«num:7-expsub»'  ⟪Experian subscriber code, an identifier⟫
          EXPERIAN_EAI_USER: hmgfi_eai
          EXPERIAN_EAI_PASSWORD: «pw6:expeai»  ⟦password|Experian EAI password in Lambda env⟧
          EQUIFAX_MEMBER_NUMBER: '«num:10-efxmember»'  ⟪Equifax member number, an identifier⟫
          EQUIFAX_SECURITY_CODE: '{{resolve:secretsmanager:finline/equifax:SecretString:security_code}}'  ⟪dynamic reference⟫
          TRANSUNION_SUBSCRIBER: '«num:8-tusub»'
          TRANSUNION_PASSWORD: '{{resolve:ssm-secure:/finline/transunion/password:3}}'  ⟪ssm-secure reference⟫
      Policies:
        - AWSSecretsManagerGetSecretValuePolicy:
            SecretArn: arn:aws:secretsmanager:us-east-2:418263950712:secret:finline/equifax-«b62:6-efxsec»  ⟪Secrets Manager ARN⟫
      Tags:
        app: finline
        glba: 'true'
"""),
    ("infra/cfn/torquebridge-ingest.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: torquebridge - telematics ingest for the rental and loaner fleet (Samsara gateways, Geotab GO9, OEM APIs)
Resources:
  TelemetryStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: torquebridge-positions
      StreamModeDetails: {StreamMode: ON_DEMAND}
  SamsaraPollerFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: torquebridge-samsara-poller
      Runtime: nodejs20.x
      Handler: poller.handler
      Role: arn:aws:iam::590371846225:role/torquebridge-lambda
      Code:
        S3Bucket: hmg-artifacts-736104928351
        S3Key: torquebridge/samsara-poller-3.2.0.zip
      Environment:
        Variables:
          SAMSARA_API_TOKEN: «samsara:poller»  ⟦app-secret|Samsara API token in a Lambda environment⟧
          GEOTAB_SERVER: my.geotab.com
          GEOTAB_DATABASE: halvergate_fleet
          GEOTAB_USERNAME: api-torquebridge@halvergate-motors.com
          GEOTAB_PASSWORD: «pwn:geotab»  ⟦password|MyGeotab API user password in a Lambda environment⟧
          MAPBOX_TOKEN: «mapbox:fleetmap»  ⟪Mapbox public token⟫
      Tags:
        - Key: app
          Value: torquebridge
        - Key: cost-centre
          Value: fleet-ops
"""),
    ("infra/cfn/halverdrive-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: halverdrive - rental and subscription API (bookings, checkout, driver verification, keyless unlock)
Parameters:
  DbSecretArn:
    Type: String
Globals:
  Function:
    Runtime: nodejs20.x
    MemorySize: 1024
    Environment:
      Variables:
        STAGE: prod
        DB_SECRET_ARN: !Ref DbSecretArn
Resources:
  CheckoutFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/checkout.handler
      Environment:
        Variables:
          STRIPE_SECRET_KEY: «sk:halverdrive»  ⟦stripe|Stripe live secret key in SAM env⟧
          STRIPE_PUBLISHABLE_KEY: «pk:halverdrive»  ⟪Stripe publishable key⟫
          STRIPE_WEBHOOK_SECRET: «whsec:halverdrive»  ⟦stripe|Stripe webhook signing secret⟧
  VerifyDriverFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/verify.handler
      Environment:
        Variables:
          PERSONA_API_KEY: «persona:drive»  ⟦app-secret|Persona production API key⟧
          PERSONA_TEMPLATE_ID: itmpl_«b62:24-personatmpl»  ⟪Persona inquiry template id⟫
          CHECKR_API_KEY: '{{resolve:secretsmanager:halverdrive/checkr:SecretString:api_key}}'  ⟪dynamic reference⟫
  UnlockFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/unlock.handler
      Environment:
        Variables:
          INVERS_API_BASE: https://api.invers.com/fleet/v1
          INVERS_API_KEY: «b62:40-invers»  ⟦app-secret|INVERS CloudBoxx fleet API key⟧
"""),
    ("infra/cfn/halverdrive-api.params.json", r"""
[
  {"ParameterKey": "DbSecretArn", "ParameterValue": "arn:aws:secretsmanager:us-east-2:590371846225:secret:halverdrive/db-«b62:6-hddb»"},  ⟪Secrets Manager ARN⟫
  {"ParameterKey": "LegacyDbPassword", "ParameterValue": "«pwb:hdlegacydb»"},  ⟦password|parameter file password, model name + digits⟧
  {"ParameterKey": "OnfidoApiToken", "ParameterValue": "«onfido:drive»"},  ⟦app-secret|Onfido live API token in a parameter file⟧
  {"ParameterKey": "SupportEmail", "ParameterValue": "rentals@halvergate-motors.com"}
]
"""),
    ("infra/cfn/keyring-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: keyring - Windows bridge between the store key cabinets (KeyTrak, KeyWatcher) and the DMS
Parameters:
  WinAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base  ⟪public SSM parameter for an AMI⟫
Resources:
  BridgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref WinAmi
      InstanceType: t3.large
      SubnetId: subnet-0c41e97a2b85d3f16
      UserData:
        Fn::Base64: |
          <powershell>
          $ErrorActionPreference = 'Stop'
          net user keysvc «pwp:keysvc» /add /y  ⟦password|net user password in EC2 UserData⟧
          net localgroup Administrators keysvc /add
          $env:AWS_ACCESS_KEY_ID = '«akid:keyringud»'  ⟦aws-key-id|key id in PowerShell UserData⟧
          $env:AWS_SECRET_ACCESS_KEY = '«awssec:keyringud»'  ⟦aws-secret|secret in PowerShell UserData⟧
          Read-S3Object -BucketName hmg-installers-736104928351 -Key keytrak/KeyTrakBridge-5.4.msi -File C:\install\kt.msi
          msiexec /i C:\install\kt.msi /qn SQLSERVER=.\KEYTRAK SQLUSER=sa SQLPASSWORD="«pwx:keytraksa»"  ⟦password|SQL sa password on an msiexec line⟧
          </powershell>
      Tags:
        - Key: Name
          Value: keyring-bridge-01
        - Key: store
          Value: all
"""),
    ("infra/cfn/washline-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: washline - tunnel controller telemetry (Sonny's, DRB) and membership events into IoT Core
Resources:
  TunnelEventsRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: washline_tunnel_events
      TopicRulePayload:
        Sql: "SELECT * FROM 'hmg/wash/+/tunnel/events'"
        AwsIotSqlVersion: '2016-03-23'
        Actions:
          - Http:
              Url: https://api.washconnect.drb.com/v2/sites/HMGX01/events
              Headers:
                - Key: x-api-key
                  Value: «b62:36-drbapi»  ⟦app-secret|DRB API key in an IoT HTTP action header⟧
                - Key: content-type
                  Value: application/json
          - Kinesis:
              StreamName: washline-events
              RoleArn: arn:aws:iam::281947536018:role/washline-iot
  ControllerPolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyName: washline-controller
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['iot:Connect', 'iot:Publish']
            Resource: arn:aws:iot:us-east-1:281947536018:*
  ControllerCertAttach:
    Type: AWS::IoT::PolicyPrincipalAttachment
    Properties:
      PolicyName: !Ref ControllerPolicy
      Principal: arn:aws:iot:us-east-1:281947536018:cert/«sha256:washcert»  ⟪IoT certificate id⟫
"""),
    ("infra/cfn/store-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from each rooftop (Meraki MX) to the stores transit gateway
Parameters:
  Tunnel2Psk:
    Type: String
    NoEcho: true
Resources:
  CedarFallsCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65021
      IpAddress: 198.51.100.71
      Type: ipsec.1
  CedarFallsVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      CustomerGatewayId: !Ref CedarFallsCgw
      TransitGatewayId: tgw-0a7c3e19d4f5b2861  ⟪transit gateway id⟫
      Type: ipsec.1
      StaticRoutesOnly: true
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-vpnpsk1»  ⟦password|Site-to-Site VPN pre-shared key⟧
          TunnelInsideCidr: 169.254.21.0/30
        - PreSharedKey: !Ref Tunnel2Psk  ⟪Ref of a NoEcho parameter⟫
          TunnelInsideCidr: 169.254.21.4/30
      Tags:
        - Key: store
          Value: HMG-FRD-CDR
"""),
    ("infra/cfn/lotfeed-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lotfeed - inventory syndication over SFTP (CarGurus, Cars.com, Autotrader) with Transfer Family connectors
Resources:
  CarGurusCreds:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: lotfeed/cargurus-sftp
      SecretString: '{"Username":"halvergate_feed","Password":"«pwx:cargurussftp»"}'  ⟦password|SFTP password written into SecretString⟧
  CarGurusConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.cargurus.com
      AccessRole: arn:aws:iam::418263950712:role/lotfeed-connector
      SftpConfig:
        UserSecretId: !Ref CarGurusCreds
        TrustedHostKeys:
          - ssh-ed25519 «b64k:51-cghostkey»  ⟪host public key⟫
  AutotraderConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://feeds.autotrader.com
      AccessRole: arn:aws:iam::418263950712:role/lotfeed-connector
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-2:418263950712:secret:lotfeed/autotrader-sftp-«b62:6-atsftp»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/leadhub-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: leadhub - EventBridge API destinations into the CRMs (VinSolutions, Elead) and Podium
Resources:
  VinSolutionsConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: vinsolutions-leads
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: api_key
          ApiKeyValue: «b62:32-vinsol»  ⟦app-secret|VinSolutions API key in an EventBridge connection⟧
  EleadConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: elead-crm
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
          HttpMethod: POST
          ClientParameters:
            ClientID: «oktaid:elead»  ⟪OAuth client id⟫
            ClientSecret: «fortellis:elead»  ⟦app-secret|Elead (Fortellis) OAuth client secret in an EventBridge connection⟧
  PodiumConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: podium-messages
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: leadhub
          Password: '{{resolve:secretsmanager:leadhub/podium:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ses-smtp-users.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP users for the DMS, the F&I menu server and the showroom copiers
Resources:
  DmsSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-dms
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - {Effect: Allow, Action: 'ses:SendRawEmail', Resource: '*'}
  DmsSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref DmsSmtpUser
Outputs:
  DmsSmtpUsername:
    Value: !Ref DmsSmtpKey
  DmsSmtpSecret:
    Value: !GetAtt DmsSmtpKey.SecretAccessKey  ⟪GetAtt of a secret attribute⟫
  CopierSmtpUsername:
    Description: scan-to-email on the showroom copiers (created by hand in 2023, do not rotate without Canon tech)
    Value: «akid:sescopier»  ⟦aws-key-id|SES SMTP user in stack Outputs⟧
  CopierSmtpPassword:
    Value: «sesv4:sescopier»  ⟦aws-ses-smtp|SES SMTP password in stack Outputs⟧
"""),
    ("infra/cfn/bodyline-estimating.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bodyline - collision centre estimates (CCC ONE Secure Share, Mitchell Cloud) into the DMS and the parts desk
Resources:
  EstimateIngestFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: bodyline-estimate-ingest
      Runtime: java21
      Handler: com.halvergate.bodyline.EstimateHandler
      MemorySize: 1024
      Role: arn:aws:iam::418263950712:role/bodyline-lambda
      Code:
        S3Bucket: hmg-artifacts-736104928351
        S3Key: bodyline/estimate-ingest-1.9.4.jar
      Environment:
        Variables:
          CCC_APP_ID: «uuid:cccapp»  ⟪CCC Secure Share app id⟫
          CCC_APP_SECRET: «b62:48-cccsecret»  ⟦app-secret|CCC Secure Share app secret in Lambda env⟧
          MITCHELL_API_KEY: «hex:40-mitchell»  ⟦app-secret|Mitchell Cloud API key in Lambda env⟧
          PPG_LINQ_TENANT: halvergate-collision
      Tags:
        - Key: app
          Value: bodyline
"""),
    ("infra/cfn/analytics-redshift.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: dealer analytics - Redshift Serverless, Glue crawlers and jobs over DMS extracts and vAuto
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: hmg-analytics
      AdminUsername: hmgadmin
      AdminUserPassword: «pw:redshift»  ⟦password|Redshift Serverless admin password, season + year⟧
      DbName: dealer
  DmsJdbc:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '418263950712'
      ConnectionInput:
        Name: forecourt-pg
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://forecourt.cluster-c2x8fh4kq1ve.us-east-2.rds.amazonaws.com:5432/forecourt
          USERNAME: glue_reader
          PASSWORD: «pwn:gluereader»  ⟦password|Glue JDBC connection password⟧
  VautoJob:
    Type: AWS::Glue::Job
    Properties:
      Name: vauto-appraisals-daily
      Role: arn:aws:iam::418263950712:role/glue-analytics
      Command: {Name: glueetl, ScriptLocation: s3://hmg-glue-418263950712/jobs/vauto_appraisals.py}
      DefaultArguments:
        --job-language: python
        --vauto_api_key: «b62:24-vautokey»  ⟪vAuto API key id (the secret is the next argument)⟫
        --vauto_api_secret: «b62:40-vautosecret»  ⟦app-secret|vAuto (Cox) API secret in Glue DefaultArguments⟧
        --TempDir: s3://hmg-glue-418263950712/tmp/
"""),
    ("infra/cfn/partsdesk-api.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "partsdesk - parts e-commerce and the after-hours parts lockers",
  "Resources": {
    "PartsApi": {
      "Type": "AWS::ApiGateway::RestApi",
      "Properties": {"Name": "partsdesk"}
    },
    "WholesaleKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "wholesale-bodyshops",
        "Enabled": true,
        "Value": "«b62:40-partsapikey»"  ⟦app-secret|API Gateway API key Value⟧
      }
    },
    "OrderFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "partsdesk-orders",
        "Runtime": "python3.12",
        "Handler": "orders.handler",
        "Role": "arn:aws:iam::418263950712:role/partsdesk-lambda",
        "Code": {"S3Bucket": "hmg-artifacts-736104928351", "S3Key": "partsdesk/orders-2.4.1.zip"},
        "Environment": {
          "Variables": {
            "REVOLUTIONPARTS_API_KEY": "«hex:32-revparts»",  ⟦app-secret|RevolutionParts API key in Lambda env (JSON)⟧
            "OEC_PASSWORD": "{{resolve:secretsmanager:partsdesk/oec:SecretString:password}}",  ⟪dynamic reference⟫
            "LOCKER_VENDOR_URL": "https://api.smiota.com/v1"
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/docdb-telemetry.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: torquebridge - trip and DTC history in DocumentDB
Resources:
  TripsCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: torquebridge-trips
      MasterUsername: tbadmin
      MasterUserPassword: «pwb:docdb»  ⟦password|DocumentDB master password, model name + digits⟧
      EngineVersion: 5.0.0
      StorageEncrypted: true
      DBSubnetGroupName: fleet-private
  DtcCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: torquebridge-dtc
      MasterUsername: tbadmin
      ManageMasterUserPassword: true  ⟪managed master password⟫
      EngineVersion: 5.0.0
"""),
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: forecourt - the replacement for hand-set passwords (rotation every 30 days)
Resources:
  ReportingUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: forecourt/prod/reporting
      GenerateSecretString:
        SecretStringTemplate: '{"username":"reporting"}'
        GenerateStringKey: password  ⟪generated secret⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  ReportingRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref ReportingUser
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: '50'
      MasterUsername: '{{resolve:secretsmanager:forecourt/prod/reporting:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:forecourt/prod/reporting:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/codebuild-dms-etl.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: nightly DMS extract build (OpenTrack SOAP pulls packaged as a container)
Resources:
  DmsEtlBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: forecourt-dms-etl
      ServiceRole: arn:aws:iam::736104928351:role/codebuild-forecourt
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/halvergate/forecourt.git
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: OPENTRACK_USER
            Value: HMGETL
          - Name: OPENTRACK_PASSWORD
            Type: PLAINTEXT
            Value: «pw6:opentracketl»  ⟦password|CodeBuild PLAINTEXT password⟧
          - Name: FORTELLIS_SECRET
            Type: SECRETS_MANAGER
            Value: forecourt/prod/fortellis:client_secret  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: NEXUS_PASSWORD
            Type: PARAMETER_STORE
            Value: /ci/nexus/password  ⟪CodeBuild PARAMETER_STORE reference⟫
"""),
    ("infra/cfn/codepipeline-lotfeed.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lotfeed pipeline (v1 GitHub source action, predates CodeStar connections)
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: lotfeed
      RoleArn: arn:aws:iam::736104928351:role/codepipeline-lotfeed
      ArtifactStore: {Type: S3, Location: hmg-pipeline-736104928351}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: halvergate
                Repo: lotfeed
                Branch: main
                OAuthToken: «ghp:pipeline»  ⟦github|GitHub PAT as a CodePipeline v1 OAuthToken⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: lotfeed-build}
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/cloudfront-rental.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: halverdrive web - CloudFront in front of the booking API (origin verified by a shared header)
Resources:
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [drive.halvergate-motors.com]
        Origins:
          - Id: api
            DomainName: api-origin.drive.halvergate-motors.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin shared-secret header⟧
        DefaultCacheBehavior:
          TargetOriginId: api
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad  ⟪managed cache policy id⟫
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:590371846225:certificate/«uuid:acmdrive»  ⟪ACM ARN⟫
          SslSupportMethod: sni-only
"""),
    ("infra/cfn/cognito-dealer-sso.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: dealer portal user pool, federated to the group's Okta
Resources:
  DealerPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: hmg-dealer-portal
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref DealerPool
      ProviderName: HalvergateOkta
      ProviderType: OIDC
      ProviderDetails:
        client_id: «oktaid:cognito»  ⟪OIDC client id⟫
        client_secret: «okx:40-oktacognito»  ⟦app-secret|Okta OIDC client secret in a Cognito IdP⟧
        attributes_request_method: GET
        oidc_issuer: https://halvergate.okta.com
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/stackset-showroom-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document that resets the local admin on showroom and service-drive PCs (WorkSpaces and on-prem via hybrid activation)
Resources:
  ResetLocalAdmin:
    Type: AWS::SSM::Document
    Properties:
      Name: hmg-reset-local-admin
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        description: Reset HMGAdmin on showroom PCs
        parameters:
          NewPassword:
            type: String
            default: '{{ssm-secure:/stores/pc/hmgadmin}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: reset
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwc:pcadmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in an SSM document⟧
                - Set-LocalUser -Name HMGAdmin -Password $pw
                - Enable-LocalUser -Name HMGAdmin
"""),
    ("infra/cfn/mq-dms-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: forecourt - RabbitMQ broker for DMS change events (deal posted, RO closed, vehicle stocked)
Resources:
  EventsBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: forecourt-events
      EngineType: RABBITMQ
      EngineVersion: '3.13'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: forecourt
          Password: «pwp:rabbit»  ⟦password|Amazon MQ RabbitMQ user password, short⟧
"""),
    ("infra/cfn/opensearch-leads.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "leadhub search over ADF leads and call transcripts",
  "Resources": {
    "LeadsDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "leadhub",
        "EngineVersion": "OpenSearch_2.13",
        "ClusterConfig": {"InstanceType": "r6g.large.search", "InstanceCount": 2},
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "leadhub-admin",
            "MasterUserPassword": "«pwl:opensearch»"  ⟦password|OpenSearch master password in CloudFormation JSON⟧
          }
        },
        "EncryptionAtRestOptions": {"Enabled": true},
        "NodeToNodeEncryptionOptions": {"Enabled": true}
      }
    }
  }
}
"""),
    ("infra/cfn/appflow-salesforce.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fleet sales (commercial accounts) from Salesforce into the analytics bucket
Resources:
  SalesforceProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: hmg-fleet-salesforce
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Salesforce:
            InstanceUrl: https://halvergate.my.salesforce.com
        ConnectorProfileCredentials:
          Salesforce:
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-2:418263950712:secret:appflow/sfdc-«b62:6-sfdc»  ⟪Secrets Manager ARN⟫
            RefreshToken: 5Aep861«b62:80-sfrefresh»  ⟦app-secret|Salesforce refresh token in an AppFlow profile⟧
            AccessToken: 00D«b62:12-sforg»!«b62:96-sfaccess»  ⟦app-secret|Salesforce session access token⟧
"""),
    ("infra/cfn/account-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: per-account baseline (CloudTrail, Config, the break-glass user)
Resources:
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      IsMultiRegionTrail: true
      S3BucketName: hmg-org-trail-736104928351
  BreakGlassUser:
    Type: AWS::IAM::User
    Properties:
      UserName: breakglass
  BreakGlassKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref BreakGlassUser
      Status: Inactive
Outputs:
  BreakGlassKeyId:
    Value: !Ref BreakGlassKey
  BreakGlassSecret:
    Value: !GetAtt BreakGlassKey.SecretAccessKey  ⟪GetAtt of a secret attribute⟫
  OrgMgmtAccount:
    Value: '736104928351'  ⟪account id⟫
"""),
    ("infra/cfn/datasync-collision.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bodyline - nightly copy of estimate photos from the collision centre file server (SMB) to S3
Resources:
  CollisionShare:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: 10.40.12.15
      Subdirectory: /CCCPhotos
      User: svc_datasync
      Domain: HMGSTORES
      Password: «pwn:datasync»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:us-east-1:281947536018:agent/agent-0f3b1c9e27a4d5168
"""),
    ("infra/cfn/ecs-ev-charging.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EV charging - OCPP central system for the service-drive and lot chargers, ChargePoint bridge
Resources:
  OcppTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: ocpp-csms
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '512'
      Memory: '1024'
      ContainerDefinitions:
        - Name: csms
          Image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/ev/csms@sha256:«sha256:csmsimg»  ⟪image digest⟫
          Environment:
            - {Name: CHARGEPOINT_API_KEY, Value: «chargepoint:keyid»}  ⟪ChargePoint API key (the login half)⟫
            - {Name: CHARGEPOINT_API_PASSWORD, Value: «b62:40-chargepointpw»}  ⟦app-secret|ChargePoint API password in ECS env⟧
            - {Name: OCPP_AUTH_KEY_CDR_LOT, Value: «ocpp:cdrlot»}  ⟦app-secret|OCPP AuthorizationKey for a charger in ECS env⟧
            - {Name: OCPP_LISTEN, Value: '0.0.0.0:9000'}
"""),
    ("infra/cfn/params/forecourt-prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "OpenTrackPassword", "ParameterValue": "«pw6:opentrackprod»"},  ⟦password|OpenTrack password in a parameter file⟧
  {"ParameterKey": "ReynoldsRciDealerNumber", "ParameterValue": "«num:6-rcidealer»"},  ⟪Reynolds dealer number⟫
  {"ParameterKey": "ReynoldsRciPassword", "ParameterValue": "«pwx:rcipassword»"}  ⟦password|Reynolds RCI password in a parameter file⟧
]
"""),
    ("infra/cfn/params/finline-prod.config.json", r"""
{
  "Parameters": {
    "RouteOneDealerId": "«up:6-r1dealer»",
    "RouteOneSystemUser": "HMG-DMS-SYS",
    "RouteOneSystemPassword": "«pwl:routeone»",  ⟦password|RouteOne system password in a CodePipeline template configuration⟧
    "MenuServerUrl": "https://menu.finline.hmg.internal"
  },
  "Tags": {
    "app": "finline",
    "owner": "fi-systems"
  }
}
"""),
    ("infra/sam/titling/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: titling - electronic registration and title (state CVR portal, ELT lienholder messages)
Parameters:
  CvrPassword:
    Type: String
    NoEcho: true
  EltSharedSecret:
    Type: String
    NoEcho: true
    Default: «b62:28-eltsecret»  ⟦app-secret|NoEcho parameter with a literal Default⟧
Resources:
  RegistrationFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: titling.registration.handler
      CodeUri: src/
      Environment:
        Variables:
          CVR_USER: HMG4471
          CVR_PASSWORD: !Ref CvrPassword  ⟪Ref of a NoEcho parameter⟫
          ELT_SECRET: !Ref EltSharedSecret
          DMV_DEALER_LICENSE: D«num:6-dmvlic»  ⟪dealer licence number⟫
"""),
    ("infra/sam/titling/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "titling"
resolve_s3 = true
s3_prefix = "titling"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "CvrPassword=\"«pwb:cvr»\" EltSharedSecret=\"«b62:28-eltsecret»\""  ⟦password|samconfig parameter_overrides with a CVR portal password⟧

[uat.deploy.parameters]
stack_name = "titling-uat"
parameter_overrides = "CvrPassword=\"{{resolve:ssm-secure:/titling/uat/cvr}}\""  ⟪ssm-secure reference⟫
"""),
    ("infra/sam/keydrop/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: keydrop
      region: us-east-2
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - KioskVendor=keyper
        - KioskApiUser=halvergate
        - KioskApiPassword=«pwx:keyperapi»  ⟦password|samconfig.yaml parameter_overrides password⟧
        - NotifyTopic=arn:aws:sns:us-east-2:418263950712:keydrop-alerts
"""),
    ("services/lotfeed/serverless.yml", r"""
service: lotfeed
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  stage: ${opt:stage, 'prod'}  ⟪serverless option variable⟫
  environment:
    HOMENET_FTP_HOST: iol.homenetinc.com
    HOMENET_FTP_USER: hmg_riverside
    HOMENET_FTP_PASSWORD: «pwp:homenetftp»  ⟦password|HomeNet FTP password in serverless.yml⟧
    CARS_COM_API_KEY: ${ssm:/lotfeed/cars-com/api-key}  ⟪serverless ssm variable⟫
    FB_CATALOG_ID: '«num:16-fbcatalog»'  ⟪Facebook catalog id⟫
    FB_SYSTEM_USER_TOKEN: «fbtok:catalog»  ⟦app-secret|Meta system-user token for the vehicle catalog⟧
functions:
  publish:
    handler: lotfeed/publish.handler
    events:
      - schedule: cron(15 * * * ? *)
"""),
    ("services/leadhub/serverless.yml", r"""
service: leadhub
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  environment:
    CALLRAIL_ACCOUNT_ID: ACC«hex:32-callrailacct»
    CALLRAIL_API_KEY: «callrail:leadhub»  ⟦app-secret|CallRail API key in serverless.yml⟧
    PODIUM_CLIENT_SECRET: ${env:PODIUM_CLIENT_SECRET}  ⟪environment variable⟫
    ADF_INBOX: leads@adf.halvergate-motors.com
functions:
  adfIngest:
    handler: src/adf.handler
    events:
      - s3: {bucket: hmg-adf-inbound, event: 's3:ObjectCreated:*'}
"""),
    ("services/halverdrive-webhooks/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'halverdrive-webhooks',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'us-east-2',
    environment: {
      TWILIO_ACCOUNT_SID: '«twac:drive»',  ⟪Twilio account SID⟫
      TWILIO_AUTH_TOKEN: '«hex:32-twilioauth»',  ⟦app-secret|Twilio auth token in serverless.ts⟧
      TWILIO_VERIFY_SID: 'VA«hex:32-verifysid»',
      SLACK_FLEET_WEBHOOK: '«slackhook:fleet»',  ⟦slack|Slack incoming webhook⟧
    },
  },
  functions: {
    sms: { handler: 'src/sms.handler', events: [{ httpApi: { method: 'post', path: '/twilio/sms' } }] },
  },
};

module.exports = config;
"""),
    ("infra/ecs/forecourt-sync.json", r"""
{
  "family": "forecourt-sync",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::418263950712:role/forecourt-exec",
  "containerDefinitions": [
    {
      "name": "sync",
      "image": "736104928351.dkr.ecr.us-east-2.amazonaws.com/forecourt/sync:4.11.0",
      "environment": [
        {"name": "DEALERTRACK_ENTERPRISE", "value": "HV"},
        {"name": "DEALERTRACK_PASSWORD", "value": "«pw6:opentrackprod»"},  ⟦password|OpenTrack password in an ECS task definition⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:forecourtsync»"},  ⟦aws-key-id|key id in an ECS task definition⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:forecourtsync»"},  ⟦aws-secret|secret in an ECS task definition⟧
        {"name": "AWS_REGION", "value": "us-east-2"}
      ],
      "secrets": [
        {"name": "FORTELLIS_CLIENT_SECRET", "valueFrom": "arn:aws:secretsmanager:us-east-2:418263950712:secret:forecourt/prod/fortellis-«b62:6-fortarn»:client_secret::"}  ⟪valueFrom ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/forecourt-sync", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "sync"}}
    }
  ]
}
"""),
    ("infra/ecs/torquebridge-consumer.json", r"""
{
  "family": "torquebridge-oem-consumer",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "oem",
      "image": "736104928351.dkr.ecr.us-east-2.amazonaws.com/torquebridge/oem-consumer:2.7.3",
      "environment": [
        {"name": "SMARTCAR_CLIENT_ID", "value": "«uuid:smartcarid»"},  ⟪Smartcar client id⟫
        {"name": "SMARTCAR_CLIENT_SECRET", "value": "«uuid:smartcarsecret»"},  ⟦app-secret|Smartcar client secret in ECS env⟧
        {"name": "TESLA_CLIENT_ID", "value": "«uuid:teslaid»"},  ⟪Tesla Fleet API client id⟫
        {"name": "TESLA_CLIENT_SECRET", "value": "«teslasec:fleet»"},  ⟦app-secret|Tesla Fleet API client secret in ECS env⟧
        {"name": "FORDPRO_TELEMATICS_KEY", "value": "«hex:32-fordpro»"}  ⟦app-secret|Ford Pro telematics API key in ECS env⟧
      ]
    }
  ]
}
"""),
    ("copilot/finline-worker/manifest.yml", r"""
name: finline-worker
type: Worker Service
image:
  build: services/finline/Dockerfile
cpu: 512
memory: 1024
variables:
  ROUTEONE_ENV: production
  DEALERTRACK_DT_PARTNER_ID: HMG
  DEALERTRACK_DT_PARTNER_KEY: «b62:32-dtpartner»  ⟦app-secret|Dealertrack partner key in a Copilot manifest⟧
secrets:
  ROUTEONE_PASSWORD: /copilot/finline/prod/secrets/routeone_password  ⟪Copilot secret reference⟫
  EXPERIAN_EAI_PASSWORD:
    secretsmanager: "finline/experian:password::"  ⟪Copilot Secrets Manager reference⟫
"""),
    ("infra/lambda/keydrop-notifier.config.json", r"""
{
    "FunctionName": "keydrop-notifier",
    "FunctionArn": "arn:aws:lambda:us-east-2:418263950712:function:keydrop-notifier",
    "Runtime": "python3.11",
    "Role": "arn:aws:iam::418263950712:role/keydrop-lambda",
    "Handler": "notifier.handler",
    "CodeSize": 48213,
    "Timeout": 10,
    "MemorySize": 256,
    "LastModified": "2026-09-14T16:02:11.000+0000",
    "CodeSha256": "«b64k:32-kdsha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "TWILIO_ACCOUNT_SID": "«twac:drive»",
            "TWILIO_AUTH_TOKEN": "«hex:32-twilioauth»",  ⟦app-secret|Twilio auth token in a Lambda configuration dump⟧
            "KEYPER_API_PASSWORD": "«pwx:keyperapi»"  ⟦password|key-drop kiosk API password in a Lambda configuration dump⟧
        }
    },
    "TracingConfig": {"Mode": "PassThrough"},
    "RevisionId": "«uuid:kdrev»"
}
"""),
    ("infra/lambda/wash-membership.config.json", r"""
{
    "FunctionName": "washline-membership-sync",
    "Runtime": "nodejs20.x",
    "Handler": "index.handler",
    "KMSKeyArn": "arn:aws:kms:us-east-1:281947536018:key/«uuid:kmswash»",  ⟪KMS key ARN⟫
    "Environment": {
        "Variables": {
            "SITEWATCH_HOST": "10.60.1.20",
            "SITEWATCH_API_USER": "hmgsync",
            "SITEWATCH_API_PASSWORD": "«pwp:sitewatchapi»",  ⟦password|SiteWatch API password in a Lambda configuration⟧
            "STRIPE_PRICE_UNLIMITED": "price_«b62:24-washprice»"  ⟪Stripe price id⟫
        }
    }
}
"""),
    ("infra/sfn/credit-app.asl.json", r"""
{
  "Comment": "finline - credit application: 700Credit soft pull, then RouteOne submission",
  "StartAt": "SoftPull",
  "States": {
    "SoftPull": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://www.700creditsolution.com/XCRS/Service.aspx",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:418263950712:connection/credit700/«uuid:c700conn»"},
        "Headers": {"X-Dealer-Key": "«hex:32-c700dealerkey»"},  ⟦app-secret|700Credit dealer key in a Step Functions HTTP task header⟧
        "RequestBody.$": "$.application"
      },
      "Next": "Submit"
    },
    "Submit": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "finline-routeone-submit", "Payload.$": "$"},
      "End": true
    }
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.60" }
    datadog = { source = "DataDog/datadog", version = "~> 3.40" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:tfprovider»"  ⟦aws-key-id|Terraform provider access_key⟧
  secret_key = "«awssec:tfprovider»"  ⟦aws-secret|Terraform provider secret_key⟧
}

provider "aws" {
  alias  = "stores"
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::281947536018:role/terraform"
  }
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "experian_eai_password" {
  type      = string
  sensitive = true
  default   = "«pw6:expeai»"  ⟦password|variable default password⟧
}

variable "db_password" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "kbb_api_key" {
  description = "Kelley Blue Book valuations (trade-in tool)"
  type        = string
  default     = "«b62:32-kbb»"  ⟦app-secret|KBB API key as a variable default⟧
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "aws_db_instance" "keytrak_replica" {
  identifier          = "keytrak-reporting"
  engine              = "sqlserver-web"
  instance_class      = "db.t3.large"
  allocated_storage   = 100
  username            = "ktadmin"
  password            = "«pwc:ktrds»"  ⟦password|aws_db_instance password literal⟧
  skip_final_snapshot = false
  license_model       = "license-included"
}

resource "aws_db_instance" "finline" {
  identifier                  = "finline"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  allocated_storage           = 200
  username                    = "finline"
  manage_master_user_password = true  ⟪managed master password⟫
  storage_encrypted           = true
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "random_password" "vinsolutions" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "blackbook" {
  name = "lotfeed/blackbook"
}

resource "aws_secretsmanager_secret_version" "blackbook" {
  secret_id = aws_secretsmanager_secret.blackbook.id
  secret_string = jsonencode({
    username = "HALVERGATE"
    password = "«pwb:blackbook»"  ⟦password|password inside jsonencode of a secret version⟧
  })
}

resource "aws_secretsmanager_secret_version" "vinsolutions" {
  secret_id     = "leadhub/vinsolutions"
  secret_string = random_password.vinsolutions.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/iam-vendor.tf", r"""
# vAuto / Cox Automotive pull the inventory photos from our bucket with this user
resource "aws_iam_user" "cox_photos" {
  name = "vendor-cox-photos"
}

resource "aws_iam_access_key" "cox_photos" {
  user    = aws_iam_user.cox_photos.name
  pgp_key = "keybase:halvergate_sec"  ⟪pgp_key keybase reference⟫
}

output "cox_photos_secret" {
  value     = aws_iam_access_key.cox_photos.encrypted_secret  ⟪encrypted secret attribute⟫
  sensitive = true
}

locals {
  # the key DealerSocket was given in 2022, still in their config - remove once they move to the role
  dealersocket_key_id     = "«akid:dealersocket»"  ⟦aws-key-id|vendor key id in Terraform locals⟧
  dealersocket_key_secret = "«awssec:dealersocket»"  ⟦aws-secret|vendor secret in Terraform locals⟧
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "dealer_etl" {
  name               = "dealer-etl"
  airflow_version    = "2.9.2"
  environment_class  = "mw1.medium"
  execution_role_arn = "arn:aws:iam::418263950712:role/mwaa-dealer-etl"
  source_bucket_arn  = "arn:aws:s3:::hmg-mwaa-418263950712"
  dag_s3_path        = "dags/"

  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-east-2.amazonaws.com"
    "smtp.smtp_user"     = "«akid:sesmwaa»"  ⟦aws-key-id|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "smtp.smtp_mail_from" = "etl@halvergate-motors.com"
  }

  network_configuration {
    security_group_ids = ["sg-0d2a7f19c43be8a51"]
    subnet_ids         = ["subnet-0a1e5c3d7b9f24e60", "subnet-0b6f2d4e8a1c35f71"]
  }
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "dms_audit" {
  name        = "dms-audit-to-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-halvergate.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Firehose⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"

    s3_configuration {
      role_arn   = "arn:aws:iam::736104928351:role/firehose-splunk"
      bucket_arn = "arn:aws:s3:::hmg-firehose-backup"
    }
  }
}
"""),
    ("infra/terraform/dealer-vpn.tf", r"""
resource "random_password" "tunnel2" {
  length  = 40
  special = false
}

resource "aws_vpn_connection" "millbrook" {
  customer_gateway_id   = aws_customer_gateway.millbrook.id
  transit_gateway_id    = "tgw-0a7c3e19d4f5b2861"
  type                  = "ipsec.1"
  static_routes_only    = true
  tunnel1_preshared_key = "«b62:32-millbrookpsk»"  ⟦password|VPN tunnel pre-shared key in Terraform⟧
  tunnel2_preshared_key = random_password.tunnel2.result  ⟪random_password result⟫
  tags = {
    store = "HMG-HON-MLB"
  }
}
"""),
    ("infra/terraform/modules/dms_connector/variables.tf", r"""
variable "dms_vendor" {
  type        = string
  description = "cdk | reynolds | dealertrack"
}

variable "dms_username" {
  type = string
}

variable "dms_password" {
  type      = string
  sensitive = true
}

variable "store_code" {
  type = string
}
"""),
    ("infra/terraform/stores.tf", r"""
module "riverside_dms" {
  source       = "./modules/dms_connector"
  dms_vendor   = "reynolds"
  store_code   = "HMG-TOY-RIV"
  dms_username = "HMGINTG"
  dms_password = "«pwx:rcipassword»"  ⟦password|module argument password⟧
}

module "cedar_falls_dms" {
  source       = "./modules/dms_connector"
  dms_vendor   = "cdk"
  store_code   = "HMG-FRD-CDR"
  dms_username = "fortellis"
  dms_password = var.db_password  ⟪variable reference⟫
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
env                   = "prod"
db_password           = "«pwn:tfvarsdb»"  ⟦password|tfvars password, first name + digits⟧
datadog_app_key       = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
fortellis_client_id   = "«oktaid:fortellis»"  ⟪OAuth client id⟫
fortellis_secret      = "«fortellis:hub»"  ⟦app-secret|Fortellis client secret in tfvars⟧
credit700_password    = "«pwb:credit700»"  ⟦password|700Credit password in tfvars⟧
store_codes           = ["HMG-TOY-RIV", "HMG-FRD-CDR", "HMG-HON-MLB"]
"""),
    ("infra/terraform/env/rental.auto.tfvars.json", r"""
{
  "env": "prod",
  "halverdrive_db_password": "«pwb:hdlegacydb»",  ⟦password|JSON tfvars password⟧
  "persona_api_key": "«persona:drive»",  ⟦app-secret|Persona API key in JSON tfvars⟧
  "fleet_size": 412,
  "checkr_api_key": ""
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/datadog/datadog" {
  version     = "3.44.1"
  constraints = "~> 3.40"
  hashes = [
    "h1:«b64k:32-lockh1dd»",  ⟪lock file hash⟫
    "zh:«sha256:lockzhdd»",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.64.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockh1aws»",  ⟪lock file hash⟫
    "zh:«sha256:lockzhaws»",
  ]
}
"""),
    ("infra/terraform/backend.tf", r"""
terraform {
  backend "s3" {
    bucket     = "hmg-tfstate-736104928351"
    key        = "dealer/prod.tfstate"
    region     = "us-east-2"
    access_key = "«akid:tfbackend»"  ⟦aws-key-id|S3 backend access_key⟧
    secret_key = "«awssec:tfbackend»"  ⟦aws-secret|S3 backend secret_key⟧
    encrypt    = true
  }
}
"""),
    ("infra/terragrunt/stores/keyring/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//keyring"
}

inputs = {
  store_codes          = ["HMG-TOY-RIV", "HMG-FRD-CDR", "HMG-HON-MLB"]
  keytrak_sql_user     = "keytrak"
  keytrak_sql_password = "«pwc:ktsql»"  ⟦password|Terragrunt inputs password⟧
  keywatcher_api_token = get_env("KEYWATCHER_API_TOKEN")  ⟪environment lookup⟫
}
"""),
    ("infra/terraform/github-oidc.tf", r"""
data "tls_certificate" "github" {
  url = "https://token.actions.githubusercontent.com/.well-known/openid-configuration"
}

resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = [data.tls_certificate.github.certificates[0].sha1_fingerprint]  ⟪thumbprint reference⟫
}

resource "aws_iam_role" "gha_deploy" {
  name = "gha-deploy"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:halvergate/*:ref:refs/heads/main" } }
    }]
  })
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  halverdrive:fleetDbUser: drive_app
  halverdrive:fleetDbPassword: «pwl:pulumidb»  ⟦password|Pulumi plaintext config password⟧
  halverdrive:onfidoToken:
    secure: v1:«b64k:12-pulnonce»:«b64k:60-pulct»  ⟪Pulumi secure value⟫
  halverdrive:checkrApiKey: «checkr:pulumi»  ⟦app-secret|Checkr API key in plaintext Pulumi config⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const onfido = cfg.requireSecret("onfidoToken");  ⟪Pulumi requireSecret⟫

const subscriptions = new aws.rds.Instance("subscriptions", {
  engine: "postgres",
  instanceClass: "db.t4g.medium",
  allocatedStorage: 50,
  username: "subs",
  password: "«pwn:pulumisubs»",  ⟦password|Pulumi program literal password⟧
  skipFinalSnapshot: true,
});

export const endpoint = subscriptions.endpoint;
export const onfidoConfigured = onfido.apply(v => v.length > 0);
"""),
    ("infra/cdk/lib/fleet-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class FleetStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const geotab = secretsmanager.Secret.fromSecretNameV2(this, 'Geotab', 'torquebridge/geotab');  ⟪CDK secret reference⟫

    new secretsmanager.Secret(this, 'PassTime', {
      secretName: 'torquebridge/passtime',
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwx:passtime»'),  ⟦password|CDK SecretValue.unsafePlainText⟧
    });

    new lambda.Function(this, 'Immobiliser', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'immobiliser.handler',
      code: lambda.Code.fromAsset('dist/immobiliser'),
      environment: {
        GEOTAB_SECRET_ARN: geotab.secretArn,
        PASSTIME_DEALER_ID: '«num:6-passtimedealer»',
        SPIREON_API_KEY: '«b62:32-spireon»',  ⟦app-secret|Spireon API key in a CDK Lambda environment⟧
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/fleet.ts",
  "context": {
    "@aws-cdk/core:enableStackNameDuplicates": true,
    "fleetAccount": "590371846225",
    "geotabDatabase": "halvergate_fleet",
    "geotabPassword": "«pwn:geotab»",  ⟦password|password in cdk.json context⟧
    "alertTopic": "arn:aws:sns:us-east-2:590371846225:fleet-alerts"
  }
}
"""),
    ("infra/cdk_py/washline_stack.py", r"""
from aws_cdk import Stack, aws_lambda as _lambda, aws_rds as rds, aws_ec2 as ec2
from constructs import Construct


class WashlineStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc.from_lookup(self, "Stores", vpc_name="stores")
        rds.DatabaseInstance(
            self, "Memberships",
            engine=rds.DatabaseInstanceEngine.postgres(version=rds.PostgresEngineVersion.VER_16_3),
            vpc=vpc,
            credentials=rds.Credentials.from_generated_secret("washline"),  ⟪CDK generated secret⟫
        )
        _lambda.Function(
            self, "TunnelBridge",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="bridge.handler",
            code=_lambda.Code.from_asset("lambda/bridge"),
            environment={
                "SONNYS_CONTROLLER_URL": "https://10.60.1.30",
                "SONNYS_CONTROLLER_PASSWORD": "«pwp:sonnys»",  ⟦password|car-wash controller password in a CDK Python environment⟧
                "WASHCARD_MERCHANT": "HMGX01",
            },
        )
"""),
    ("infra/cdk-go/stores.go", r"""
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awsdirectoryservice"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

func NewStoresDirectory(scope constructs.Construct, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)
	awsdirectoryservice.NewCfnMicrosoftAD(stack, jsii.String("StoresAD"), &awsdirectoryservice.CfnMicrosoftADProps{
		Name:     jsii.String("stores.halvergate.local"),
		Password: jsii.String("«pwc:storesad»"),  ⟦password|Managed AD admin password in CDK Go⟧
		Edition:  jsii.String("Standard"),
		VpcSettings: &awsdirectoryservice.CfnMicrosoftAD_VpcSettingsProperty{
			VpcId:     jsii.String("vpc-0e2b7d1f4a9c36580"),
			SubnetIds: jsii.Strings("subnet-0c41e97a2b85d3f16", "subnet-0d52fa8b3c96e4a27"),
		},
	})
	return stack
}
"""),
    ("infra/cdk-dotnet/BodyshopStack.cs", r"""
using Amazon.CDK;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;

namespace Halvergate.Infra
{
    public class BodyshopStack : Stack
    {
        internal BodyshopStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            new Secret(this, "PpgLinq", new SecretProps
            {
                SecretName = "bodyline/ppg-linq",
                SecretStringValue = SecretValue.UnsafePlainText("«pwx:ppglinq»")  ⟦password|C# CDK UnsafePlainText⟧
            });
            var ccc = Secret.FromSecretNameV2(this, "Ccc", "bodyline/ccc");  ⟪CDK secret reference⟫
        }
    }
}
"""),
    ("infra/eb/showroom-configurator/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    RAILS_ENV: production
    DATABASE_URL: postgres://configurator:«pct:pwc:configdb»@configurator.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com/configurator  ⟦conn-string|database URL with a password in .ebextensions⟧
    SECRET_KEY_BASE: «hex:128-railsskb»  ⟦app-secret|Rails secret_key_base⟧
    AWS_ACCESS_KEY_ID: «akid:configurator»  ⟦aws-key-id|key id in .ebextensions⟧
    AWS_SECRET_ACCESS_KEY: «awssec:configurator»  ⟦aws-secret|secret in .ebextensions⟧
  aws:autoscaling:launchconfiguration:
    InstanceType: t3.medium
"""),
    ("infra/apprunner/trade-appraisal/apprunner.yaml", r"""
version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip install -r requirements.txt
run:
  command: gunicorn appraisal.wsgi -b 0.0.0.0:8080
  network:
    port: 8080
  env:
    - name: BLACKBOOK_USER
      value: HALVERGATE
    - name: BLACKBOOK_PASSWORD
      value: "«pwb:blackbook»"  ⟦password|App Runner env password⟧
  secrets:
    - name: KBB_API_KEY
      value-from: arn:aws:secretsmanager:us-east-2:418263950712:secret:appraisal/kbb-«b62:6-kbbarn»  ⟪value-from ARN⟫
"""),
    ("infra/cfn/glue-dms-extract.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Reynolds ERA nightly extract through RCI into the lake
Resources:
  RciExtract:
    Type: AWS::Glue::Job
    Properties:
      Name: reynolds-rci-extract
      Role: arn:aws:iam::418263950712:role/glue-analytics
      GlueVersion: '4.0'
      Command: {Name: pythonshell, PythonVersion: '3.9', ScriptLocation: s3://hmg-glue-418263950712/jobs/rci_extract.py}
      DefaultArguments:
        --rci_dealer_number: '«num:6-rcidealer»'
        --rci_store: '01'
        --rci_branch: '01'
        --rci_password: '«pwx:rcipassword»'  ⟦password|Reynolds RCI password in Glue DefaultArguments⟧
        --additional-python-modules: zeep==4.2.1
"""),
    ("infra/cfn/iot-keycabinet.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: keyring - key cabinet door events (KeyTrak Edge, Morse KeyWatcher) published by the store bridge
Resources:
  KeyEventsRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: keyring_events
      TopicRulePayload:
        Sql: "SELECT * FROM 'hmg/keys/+/events'"
        Actions:
          - Lambda:
              FunctionArn: arn:aws:lambda:us-east-2:418263950712:function:keyring-events
          - Http:
              Url: https://hooks.keyring.hmg.internal/events
              Headers:
                - Key: Authorization
                  Value: "Bearer ${get_secret('keyring/hook', 'SecretString', 'token', 'arn:aws:iam::281947536018:role/iot-secrets')}"  ⟪IoT get_secret() substitution⟫
"""),
    ("infra/cfn/README.md", r"""
# CloudFormation stacks

Deploy with the parameter files in `params/`; never put a password on the command line, the stack events
keep it. Use

    aws cloudformation deploy --stack-name forecourt --template-file forecourt-dms-hub.yaml \
      --parameter-overrides OpenTrackPassword=<opentrack-password-from-1password>  ⟪placeholder in a README⟫

The first deploy of titling was done by hand and the command ended up in the change ticket (CHG0041187):

    aws cloudformation deploy --stack-name titling --template-file ../sam/titling/template.yaml --parameter-overrides CvrPassword='«pwb:cvr»'  ⟦password|parameter override pasted in a README⟧

That password was not rotated when the ticket was closed. Rotate it in the state portal, then update
`/titling/prod/cvr` in Parameter Store.
"""),
    ("infra/terraform/cloudfront-signing.tf", r"""
resource "aws_cloudfront_public_key" "drive_photos" {
  name        = "halverdrive-damage-photos"
  encoded_key = file("${path.module}/keys/drive-photos.pub.pem")  ⟪file() of a public key⟫
}

variable "photo_signing_key" {
  type      = string
  sensitive = true
  default   = <<-EOT
«pem:pkcs1:rsaphotosign»  ⟦private-key|RSA private key in a Terraform heredoc default⟧
  EOT
}
"""),
    ("infra/cfn/connect-bdc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon Connect for the BDC (business development centre) - appointment setters and service callbacks
Resources:
  BdcSupervisor:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: arn:aws:connect:us-east-2:418263950712:instance/«uuid:connectinst»  ⟪Connect instance ARN⟫
      Username: bdc.supervisor
      Password: «pwn:connectsup»  ⟦password|Amazon Connect user password⟧
      RoutingProfileArn: arn:aws:connect:us-east-2:418263950712:instance/«uuid:connectinst»/routing-profile/«uuid:bdcrp»
      SecurityProfileArns:
        - arn:aws:connect:us-east-2:418263950712:instance/«uuid:connectinst»/security-profile/«uuid:bdcsp»
      PhoneConfig: {PhoneType: SOFT_PHONE}
      IdentityInfo: {FirstName: BDC, LastName: Supervisor}
"""),
    ("infra/terraform/datadog.tf", r"""
resource "datadog_monitor" "dms_sync_lag" {
  name    = "forecourt DMS sync lag"
  type    = "metric alert"
  query   = "avg(last_15m):max:forecourt.sync.lag_seconds{*} by {store} > 1800"
  message = "@slack-dms-alerts @pagerduty-forecourt"
}

resource "datadog_integration_aws" "fleet" {
  account_id = "590371846225"  ⟪account id⟫
  role_name  = "DatadogIntegrationRole"
}
"""),
    ("infra/cfn/ecs-lotfeed-photos.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lotfeed - photo pipeline (spin photos from the studio booth, background removal)
Resources:
  PhotoTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: lotfeed-photos
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '2048'
      Memory: '4096'
      ContainerDefinitions:
        - Name: photos
          Image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/lotfeed/photos:1.18.2
          Environment:
            - Name: SPINCAR_API_KEY
              Value: «hex:40-spincar»  ⟦app-secret|SpinCar (Impel) API key in ECS env⟧
            - Name: REMOVEBG_API_KEY
              Value: «b62:24-removebg»  ⟦app-secret|remove.bg API key in ECS env⟧
          Secrets:
            - Name: HOMENET_FTP_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-2:418263950712:parameter/lotfeed/homenet/ftp-password  ⟪SSM parameter ARN⟫
"""),
]
