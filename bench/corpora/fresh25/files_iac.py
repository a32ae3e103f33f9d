"""fresh25 templates, AWS infrastructure as code (Ironvale Civil & Building): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
Step Functions, IoT, Transfer Family and DataSync.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/costbook-erp-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  costbook - job-cost and equipment-billing bridge between Viewpoint Vista (on-prem SQL Server, Denver),
  Spectrum (Calgary) and the AWS data lake. Account 280371946620.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  VistaSqlPassword:
    Type: String
    NoEcho: true
  SpectrumAuthId:
    Type: String
    NoEcho: true
    Default: «spectrum:sde-calgary»  ⟦app-secret|Spectrum Data Exchange authorization id as a NoEcho Default⟧
Resources:
  CostbookDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: '16.3'
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '200'
      MasterUsername: costbook_admin
      MasterUserPassword: «pwc:costbookdb»  ⟦password|RDS master password, company name + digits⟧
      KmsKeyId: arn:aws:kms:us-east-2:280371946620:key/«uuid:kmscostbook»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: costbook
        - Key: cost-center
          Value: '9100-IT'
  VistaLinkSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub costbook/${Env}/vista-sql
      SecretString: !Sub '{"username":"svc_costbook","password":"${VistaSqlPassword}"}'  ⟪Sub of a NoEcho parameter⟫
  SpectrumLinkSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub costbook/${Env}/spectrum-sde
      SecretString: !Sub '{"company_code":"IVC","authorization_id":"${SpectrumAuthId}"}'
"""),
    ("infra/cfn/fieldline-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: fieldline - daily logs, timecards and safety observations from field tablets (account 614208937155)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
    MemorySize: 512
    Environment:
      Variables:
        POWERTOOLS_SERVICE_NAME: fieldline
        LOG_LEVEL: INFO
Resources:
  DailyLogFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fieldline.daily_log.handler
      CodeUri: src/
      Environment:
        Variables:
          PROCORE_CLIENT_ID: «hex:64-procoreid»  ⟪Procore OAuth client id⟫
          PROCORE_CLIENT_SECRET: «procore:fieldline»  ⟦app-secret|Procore OAuth client secret in Lambda env⟧
          PROCORE_COMPANY_ID: '«num:6-procoreco»'
  TimecardFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fieldline.timecards.handler
      CodeUri: src/
      Environment:
        Variables:
          VISTA_API_PASSWORD: '{{resolve:secretsmanager:fieldline/vista-api:SecretString:password}}'  ⟪dynamic reference⟫
          EXAKTIME_API_KEY: «uuid:exaktime»  ⟦app-secret|ExakTime time-clock API key in Lambda env⟧
  SafetyFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fieldline.safety.handler
      CodeUri: src/
      Environment:
        Variables:
          SAFETYCULTURE_API_TOKEN: «hex:64-safetyculture»  ⟦app-secret|SafetyCulture (iAuditor) API token⟧
          HAMMERTECH_KEY_PARAM: /fieldline/prod/hammertech-key  ⟪SSM parameter name⟫
"""),
    ("infra/cfn/fieldline-api.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0c41e9a7d3b58f216"},
  {"ParameterKey": "FieldDbPassword", "ParameterValue": "«pw:fielddb»"},  ⟦password|parameter file password, season + year⟧
  {"ParameterKey": "AlarmTopicEmail", "ParameterValue": "field-apps-oncall@ironvale-civil.com"},
  {"ParameterKey": "HammerTechApiKey", "ParameterValue": "«ggkey:hammertech»"}  ⟦app-secret|HammerTech API key in a parameter file⟧
]
"""),
    ("infra/cfn/plancore-sync.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: plancore - drawing and model sync between Autodesk Construction Cloud, ProjectWise and Procore
Parameters:
  ApsClientSecret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /plancore/prod/aps-client-secret  ⟪SSM parameter name as Default⟫
Resources:
  SyncTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: plancore-sync
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '4096'
      NetworkMode: awsvpc
      ExecutionRoleArn: arn:aws:iam::614208937155:role/plancore-exec
      ContainerDefinitions:
        - Name: sync
          Image: 739152804461.dkr.ecr.us-west-2.amazonaws.com/plancore-sync@sha256:«sha256:plancoreimg»  ⟪image digest⟫
          Environment:
            - Name: APS_CLIENT_ID
              Value: «apsid:plancore»  ⟪APS client id (identifier)⟫
            - Name: APS_CLIENT_SECRET
              Value: !Ref ApsClientSecret
            - Name: PW_DATASOURCE
              Value: pw-den01.ironvale.local:IVC-Projects
            - Name: PW_PASSWORD
              Value: «pwl:pwsync»  ⟦password|ProjectWise sync account password in ECS env⟧
            - Name: BLUEBEAM_CLIENT_SECRET
              Value: «b62:40-bluebeam»  ⟦app-secret|Bluebeam Studio API client secret⟧
          Secrets:
            - Name: PROCORE_CLIENT_SECRET
              ValueFrom: arn:aws:secretsmanager:us-west-2:614208937155:secret:plancore/procore-«b62:6-pcsm»  ⟪ValueFrom Secrets Manager ARN⟫
"""),
    ("infra/cfn/ironfleet-telematics.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ironfleet - AEMP 2.0 (ISO 15143-3) pulls from CAT VisionLink, Komtrax and JDLink into Timestream
Resources:
  VisionLinkPull:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.visionlink
      Runtime: python3.12
      CodeUri: pull/
      Events:
        Every15:
          Type: Schedule
          Properties:
            Schedule: rate(15 minutes)
      Environment:
        Variables:
          CAT_CLIENT_ID: ironvale-aemp-prod
          CAT_CLIENT_SECRET: «b62:36-catvl»  ⟦app-secret|CAT VisionLink AEMP client secret⟧
  KomtraxPull:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.komtrax
      Runtime: python3.12
      CodeUri: pull/
      Environment:
        Variables:
          KOMTRAX_AEMP_USER: ironvale_fleet
          KOMTRAX_AEMP_PASSWORD: «pwn:komtrax»  ⟦password|Komtrax AEMP feed password⟧
  JdLinkPull:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.jdlink
      Runtime: python3.12
      CodeUri: pull/
      Environment:
        Variables:
          DEERE_CLIENT_ID: «hex:20-deereid»  ⟪Deere client id⟫
          DEERE_CLIENT_SECRET: «okx:43-deere»  ⟦app-secret|John Deere Operations Center client secret⟧
          SAMSARA_TOKEN: '{{resolve:secretsmanager:ironfleet/samsara:SecretString:token}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ironfleet-telematics.samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "ironfleet-telematics"
resolve_s3 = true
s3_prefix = "ironfleet"
region = "us-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=prod FleetDbPassword=«pwp:fleetdb» AlertTopic=arn:aws:sns:us-west-2:614208937155:fleet-alerts"  ⟦password|samconfig parameter_overrides password⟧
image_repositories = []

[stage.deploy.parameters]
stack_name = "ironfleet-telematics-stage"
parameter_overrides = "Env=stage FleetDbPassword={{resolve:ssm-secure:/ironfleet/stage/db}}"  ⟪ssm-secure in parameter_overrides⟫
"""),
    ("infra/cfn/skyframe-drone.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: skyframe - drone flight ingest (DJI FlightHub 2, DroneDeploy exports, Pix4D processing on Batch)
Parameters:
  DroneDeployApiKey:
    Type: String
    NoEcho: true
Resources:
  IngestBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: ivc-skyframe-ingest-614208937155
      Tags:
        - Key: data-class
          Value: survey
  Pix4dJobDef:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: pix4d-engine
      ContainerProperties:
        Image: 739152804461.dkr.ecr.us-west-2.amazonaws.com/pix4dengine:1.7
        Vcpus: 16
        Memory: 64000
        Environment:
          - Name: PIX4D_CLIENT_ID
            Value: «b62:24-pix4did»  ⟪Pix4D client id⟫
          - Name: PIX4D_CLIENT_SECRET
            Value: «okx:40-pix4d»  ⟦app-secret|Pix4D engine client secret in a Batch job definition⟧
          - Name: DRONEDEPLOY_API_KEY
            Value: !Ref DroneDeployApiKey
          - Name: DJI_APP_KEY
            Value: «djikey:flighthub»  ⟦app-secret|DJI Cloud API app key⟧
"""),
    ("infra/cfn/sitewatch-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: sitewatch - concrete maturity sensors, weather stations and gate counters over IoT Core (account 458830127093)
Resources:
  MaturityRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: concrete_maturity_to_vendor
      TopicRulePayload:
        Sql: SELECT * FROM 'ivc/+/concrete/+/maturity'
        AwsIotSqlVersion: '2016-03-23'
        Actions:
          - Http:
              Url: https://api.giatec360.com/v2/readings
              Headers:
                - Key: x-api-key
                  Value: «b62:40-giatec»  ⟦app-secret|concrete sensor vendor API key in an IoT HTTP action header⟧
          - Timestream:
              DatabaseName: sitewatch
              TableName: maturity
              RoleArn: arn:aws:iam::458830127093:role/iot-timestream
              Dimensions:
                - Name: sensor
                  Value: ${topic(4)}
  WeatherRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: weather_to_lambda
      TopicRulePayload:
        Sql: SELECT * FROM 'ivc/+/weather'
        Actions:
          - Http:
              Url: https://api.weatherlink.com/v2/current
              Headers:
                - Key: X-Api-Secret
                  Value: ${get_secret('sitewatch/weatherlink', 'SecretString', 'api_secret', 'arn:aws:iam::458830127093:role/iot-secrets')}  ⟪IoT get_secret()⟫
"""),
    ("infra/cfn/payrun-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: payrun - SFTP drops for union benefit funds, LCPtracker certified payroll and the bank (Transfer Family)
Resources:
  PayrunServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: PUBLIC
  UnionFundConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.iuoe9-benefits.org
      AccessRole: arn:aws:iam::280371946620:role/payrun-connector
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-2:280371946620:secret:payrun/iuoe9-sftp-«b62:6-iuoe»  ⟪Secrets Manager ARN⟫
        TrustedHostKeys:
          - ssh-ed25519 «b64k:32-iuoehostkey»  ⟪SFTP host public key⟫
  BankConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payrun/bank-h2h-sftp
      SecretString: '{"Username":"ironvale_h2h","Password":"«pwx:bankh2h»"}'  ⟦password|bank SFTP password in a literal SecretString⟧
  LcpTrackerSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payrun/lcptracker
      GenerateSecretString:
        SecretStringTemplate: '{"username":"ironvale-api"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
"""),
    ("infra/cfn/site-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN for the Denver yard, the Calgary shop and the Brisbane precast yard (account 458830127093)
Resources:
  DenverYardCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65010
      IpAddress: 203.0.113.44
      Type: ipsec.1
  DenverYardVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref DenverYardCgw
      TransitGatewayId: tgw-0a7c31e95d2b846f1  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-vpnden1»  ⟦password|Site-to-Site VPN pre-shared key⟧
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «b62:32-vpnden2»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 2⟧
          TunnelInsideCidr: 169.254.44.4/30
  BrisbanePrecastVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-05e9a1c7b3d2f4086
      TransitGatewayId: tgw-0a7c31e95d2b846f1
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: '{{resolve:secretsmanager:net/vpn/bne-precast:SecretString:psk1}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/badge-gate.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "sitewatch badge and turnstile event bridge (Brivo, LenelS2 NetBox) -> EventBridge",
  "Parameters": {
    "BrivoClientSecret": {"Type": "String", "NoEcho": true}
  },
  "Resources": {
    "BrivoConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "brivo-api",
        "AuthorizationType": "OAUTH_CLIENT_CREDENTIALS",
        "AuthParameters": {
          "OAuthParameters": {
            "AuthorizationEndpoint": "https://auth.brivo.com/oauth/token",
            "HttpMethod": "POST",
            "ClientParameters": {"ClientID": "«uuid:brivoclient»", "ClientSecret": {"Ref": "BrivoClientSecret"}},  ⟪Ref of a NoEcho parameter⟫
            "OAuthHttpParameters": {
              "HeaderParameters": [{"Key": "api-key", "Value": "«b62:32-brivoapikey»", "IsValueSecret": true}]  ⟦app-secret|Brivo api-key header in an EventBridge connection⟧
            }
          }
        }
      }
    },
    "NetBoxConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "Name": "lenels2-netbox-denver",
        "AuthorizationType": "BASIC",
        "AuthParameters": {
          "BasicAuthParameters": {"Username": "evtbridge", "Password": "«pwl:netbox»"}  ⟦password|LenelS2 NetBox basic-auth password in an EventBridge connection⟧
        }
      }
    }
  }
}
"""),
    ("infra/cfn/erp-datasync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync of Sage 300 CRE (Timberline) data folders and scanned AP invoices from the Calgary file server
Resources:
  TimberlineShare:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: yyc-fs01.ironvale.local
      Subdirectory: /Timberline Office/9.5/Data
      User: svc_datasync
      Domain: IRONVALE
      Password: «pwn:datasyncyyc»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:ca-central-1:458830127093:agent/agent-0f3b71c9a2e58d4b6  ⟪DataSync agent ARN⟫
  ApScansShare:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: yyc-fs01.ironvale.local
      Subdirectory: /AP/Scans
      User: svc_datasync
      Domain: IRONVALE
      Password: '{{resolve:secretsmanager:erp/datasync-smb:SecretString:password}}'  ⟪dynamic reference⟫
      AgentArns:
        - arn:aws:datasync:ca-central-1:458830127093:agent/agent-0f3b71c9a2e58d4b6
"""),
    ("infra/cfn/survey-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: NTRIP caster relay and TBC license host for the survey department
Resources:
  CasterHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0b7e3d9a51c24f680  ⟪AMI id⟫
      InstanceType: t3.small
      SubnetId: subnet-04d9e7a1b3c52f608
      Tags:
        - Key: Name
          Value: ntrip-caster-den
      UserData:
        Fn::Base64: |
          #!/bin/bash
          set -euo pipefail
          export AWS_ACCESS_KEY_ID=«akid:survey»  ⟦aws-key-id|key id in EC2 UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:survey»  ⟦aws-secret|secret in EC2 UserData⟧
          aws s3 cp s3://ivc-survey-tools/snip/snip-linux.tgz /opt/
          tar -xzf /opt/snip-linux.tgz -C /opt/snip
          cat >/opt/snip/relay.cfg <<CFG
          upstream=rtk2go.com:2101/IVC_DEN_BASE
          upstream_user=survey@ironvale-civil.com
          upstream_pass=«ntrip:rtk2go»  ⟦password|NTRIP upstream password in UserData⟧
          CFG
          systemctl enable --now snip
"""),
    ("infra/cfn/ses-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for job-site printers, time-clock kiosks and the Sage 300 CRE server
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-sites
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
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
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt SecretAccessKey⟫
  LegacyKioskSmtpUser:
    Description: copied from the 2023 kiosk rollout
    Value: «akid:seskiosk»  ⟦aws-ses-smtp|SES SMTP user in Outputs⟧
  LegacyKioskSmtpPassword:
    Value: «sesv4:seskiosk»  ⟦aws-ses-smtp|SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/subgate-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: subgate - subcontractor prequalification portal (Cognito, App Runner) with ISNetworld, Avetta and Highwire pulls
Resources:
  SubgatePool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: subgate
  EntraIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref SubgatePool
      ProviderName: IronvaleEntra
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraapp»  ⟪Entra application id⟫
        client_secret: «azad:subgate»  ⟦azure-ad|Entra client secret in a Cognito IdP⟧
        oidc_issuer: https://login.microsoftonline.com/«uuid:entratenant»/v2.0
        authorize_scopes: openid email profile
  PortalService:
    Type: AWS::AppRunner::Service
    Properties:
      ServiceName: subgate
      SourceConfiguration:
        ImageRepository:
          ImageIdentifier: 739152804461.dkr.ecr.us-west-2.amazonaws.com/subgate:2026.05.2
          ImageRepositoryType: ECR
          ImageConfiguration:
            Port: '8080'
            RuntimeEnvironmentVariables:
              - Name: AVETTA_API_KEY
                Value: «b62:40-avetta»  ⟦app-secret|Avetta API key in App Runner env⟧
              - Name: HIGHWIRE_TOKEN
                Value: «okx:48-highwire»  ⟦app-secret|Highwire prequalification API token⟧
            RuntimeEnvironmentSecrets:
              - Name: ISN_PASSWORD
                Value: arn:aws:secretsmanager:us-west-2:614208937155:secret:subgate/isn-«b62:6-isnsm»  ⟪App Runner secret ARN⟫
"""),
    ("infra/cfn/docdb-submittals.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: submittal and RFI index (DocumentDB) for plancore
Resources:
  SubmittalCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: plancore
      MasterUserPassword: «pwc:docdb»  ⟦password|DocumentDB master password⟧
      EngineVersion: 5.0.0
      StorageEncrypted: true
  SubmittalCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: rfi lookups
      Engine: redis
      CacheNodeType: cache.t4g.medium
      TransitEncryptionEnabled: true
      AuthToken: «pwr:rfiredis»  ⟦password|ElastiCache AuthToken literal⟧
"""),
    ("infra/cfn/stacksets/site-pc-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet deployed to every site trailer account - SSM document that baselines trailer PCs (Windows)
Resources:
  TrailerBaseline:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: IVC-TrailerPcBaseline
      Content:
        schemaVersion: '2.2'
        description: Local admin, plotter share and Bluebeam licence on site trailer PCs
        parameters:
          PlotterSharePassword:
            type: String
            default: '{{ssm-secure:/sites/plotter-share}}'  ⟪ssm-secure reference in an SSM document⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: baseline
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwl:traileradmin»' -AsPlainText -Force  ⟦password|trailer PC local admin password in a StackSet SSM document⟧
                - Set-LocalUser -Name 'ivcadmin' -Password $pw
                - net use P: \\den-fs02\plot '{{ PlotterSharePassword }}' /user:IRONVALE\svc_plot  ⟪SSM document parameter⟫
                - '& "C:\Program Files\Bluebeam Software\Bluebeam Revu\21\Pushbutton PDF\PbMngr5.exe" /register «up:25-bbserial» /silent'  ⟦?app-secret|Bluebeam Revu serial number on a command line (licence key)⟧
"""),
    ("infra/cfn/vista-glue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs that copy Vista job-cost (JC), equipment (EM) and payroll (PR) tables into the lake
Resources:
  VistaConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '280371946620'
      ConnectionInput:
        Name: vista-sql-den
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://den-vista-sql01.ironvale.local:1433;databaseName=Viewpoint
          USERNAME: svc_glue_vista
          PASSWORD: «pwn:gluevista»  ⟦password|Glue connection password⟧
  EmBillingJob:
    Type: AWS::Glue::Job
    Properties:
      Name: vista-em-billing
      Role: arn:aws:iam::280371946620:role/glue-vista
      Command:
        Name: glueetl
        ScriptLocation: s3://ivc-glue-scripts/vista_em_billing.py
      DefaultArguments:
        '--HCSS_CLIENT_ID': ironvale-equipment360
        '--HCSS_CLIENT_SECRET': «b62:40-hcss»  ⟦app-secret|HCSS client secret in Glue DefaultArguments⟧
        '--enable-metrics': 'true'
      Connections:
        Connections: [vista-sql-den]
"""),
    ("infra/cfn/codebuild-fieldapp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild for the fieldline tablet app (Android, MDM-distributed) - account 739152804461
Resources:
  FieldAppBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: fieldline-android
      ServiceRole: arn:aws:iam::739152804461:role/codebuild-fieldapp
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/ironvale-civil/fieldline-android.git
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: KEYSTORE_PASSWORD
            Type: PLAINTEXT
            Value: «pwx:keystore»  ⟦password|Android keystore password as a PLAINTEXT CodeBuild variable⟧
          - Name: SOTI_CLIENT_SECRET
            Type: SECRETS_MANAGER
            Value: mdm/soti:client_secret  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: SENTRY_AUTH_TOKEN
            Type: PLAINTEXT
            Value: «sntrys:fieldapp»  ⟦sentry|Sentry org auth token as PLAINTEXT⟧
          - Name: GRADLE_OPTS
            Type: PLAINTEXT
            Value: -Dorg.gradle.daemon=false
          - Name: MAPBOX_DOWNLOADS_TOKEN
            Type: PARAMETER_STORE
            Value: /fieldline/mapbox-downloads  ⟪CodeBuild PARAMETER_STORE reference⟫
"""),
    ("infra/cfn/stepfn-lcptracker.asl.json", r"""
{
  "Comment": "Weekly certified payroll (WH-347) upload to LCPtracker for the Colorado DOT jobs",
  "StartAt": "BuildReport",
  "States": {
    "BuildReport": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "payrun-wh347-build", "Payload.$": "$"},
      "Next": "Upload"
    },
    "Upload": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.lcptracker.net/v2/payrolls",
        "Method": "POST",
        "Headers": {"x-api-key": "«uuid:lcptracker»"},  ⟦app-secret|LCPtracker API key in a Step Functions HTTP task⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:280371946620:connection/lcptracker/«uuid:lcpconn»"},  ⟪EventBridge connection ARN⟫
        "RequestBody.$": "$.report"
      },
      "End": true
    }
  }
}
"""),
    ("infra/cfn/stage-overrides.params.yaml", r"""
# rain / cfn-lint parameter file for the stage stacks (copied from prod, then edited)
Parameters:
  Env: stage
  FieldDbPassword: «pwp:fielddbstage»  ⟦password|stage database password in a YAML parameter file⟧
  HammerTechApiKey: '{{resolve:ssm-secure:/fieldline/stage/hammertech}}'  ⟪ssm-secure dynamic reference⟫
  ProcoreSandboxSecret: «procore:sandbox»  ⟦app-secret|Procore sandbox client secret in a parameter file⟧
  AlarmTopicEmail: field-apps-stage@ironvale-civil.com
"""),
    ("infra/serverless/earthcam-snapshots/serverless.yml", r"""
service: earthcam-snapshots
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    EARTHCAM_USER: ironvale_api
    EARTHCAM_PASSWORD: «pwc:earthcam»  ⟦password|EarthCam API password in serverless.yml⟧
    OXBLUE_API_KEY: ${ssm:/sitewatch/oxblue-api-key}  ⟪serverless ssm variable⟫
    BUCKET: ivc-site-timelapse
functions:
  hourly:
    handler: handler.hourly
    events:
      - schedule: cron(5 12-23 ? * MON-SAT *)
  oxblue:
    handler: handler.oxblue
    environment:
      OXBLUE_API_SECRET: «b62:40-oxblue»  ⟦app-secret|OxBlue API secret in function env⟧
"""),
    ("infra/serverless/weather-poll/serverless.yml", r"""
service: weather-poll
provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  environment:
    WEATHERLINK_API_KEY: «wlink:key»  ⟪WeatherLink v2 api-key (sent as a query parameter, paired with the secret)⟫
    WEATHERLINK_API_SECRET: «wlink:secret»  ⟦app-secret|WeatherLink v2 api-secret⟧
    TOMORROW_IO_KEY: ${env:TOMORROW_IO_KEY}  ⟪env variable⟫
functions:
  poll:
    handler: poll.main
    events:
      - schedule: rate(10 minutes)
"""),
    ("infra/ecs/costbook-api.taskdef.json", r"""
{
  "family": "costbook-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::280371946620:role/costbook-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "739152804461.dkr.ecr.us-east-2.amazonaws.com/costbook-api:4.12.0",
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "VISTA_JDBC_URL", "value": "jdbc:sqlserver://den-vista-sql01.ironvale.local:1433;databaseName=Viewpoint;user=svc_costbook;password=«pwx:vistasql»"},  ⟦conn-string|Vista SQL Server JDBC URL with password in ECS env⟧
        {"name": "SPECTRUM_SDE_URL", "value": "https://spectrum.ironvale-civil.ca/ws/"},
        {"name": "SPECTRUM_AUTH_ID", "value": "«spectrum:sde-calgary»"},  ⟦app-secret|Spectrum authorization id in ECS env (the same as the CloudFormation Default)⟧
        {"name": "SAGE_CRE_ODBC_PWD", "value": "«pw6:sagecre»"}  ⟦password|Sage 300 CRE ODBC password⟧
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-2:280371946620:parameter/costbook/prod/db-password"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/costbook-api", "awslogs-region": "us-east-2"}}
    }
  ]
}
"""),
    ("infra/ecs/gridpoint-sync.taskdef.json", r"""
{
  "family": "gridpoint-sync",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "sync",
      "image": "739152804461.dkr.ecr.us-west-2.amazonaws.com/gridpoint-sync:2.3.1",
      "environment": [
        {"name": "TRIMBLE_CONNECT_CLIENT_ID", "value": "«uuid:tcclient»"},  ⟪Trimble Connect client id⟫
        {"name": "TRIMBLE_CONNECT_CLIENT_SECRET", "value": "«b62:32-tcsecret»"},  ⟦app-secret|Trimble Connect (TID) client secret in ECS env⟧
        {"name": "WORKSMANAGER_PASSWORD", "value": "«pwn:worksmanager»"},  ⟦password|Trimble WorksManager service password⟧
        {"name": "LEICA_CONX_API_KEY", "value": "«b62:48-conx»"},  ⟦app-secret|Leica ConX API key⟧
        {"name": "AWS_REGION", "value": "us-west-2"}
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-west-2:614208937155:secret:ecr/topcon-registry-«b62:6-topconreg»"}  ⟪repositoryCredentials ARN⟫
    }
  ]
}
"""),
    ("infra/ecs/subgate-worker.taskdef.yaml", r"""
family: subgate-worker
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '512'
memory: '1024'
containerDefinitions:
  - name: worker
    image: 739152804461.dkr.ecr.us-west-2.amazonaws.com/subgate-worker:2026.05.2
    environment:
      - name: ISN_USERNAME
        value: ironvale.api
      - name: ISN_PASSWORD
        value: «pwl:isn»  ⟦password|ISNetworld API password in a YAML task definition⟧
      - name: TRADETAPP_KEY
        value: «b62:32-tradetapp»  ⟦app-secret|TradeTapp API key⟧
      - name: TEXTURA_PASSWORD
        valueFrom: arn:aws:ssm:us-west-2:614208937155:parameter/subgate/textura  ⟪valueFrom SSM ARN⟫
"""),
    ("infra/lambda/fuel-sync.config.json", r"""
{
  "FunctionName": "fuel-sync",
  "Runtime": "python3.12",
  "Handler": "fuel.handler",
  "Role": "arn:aws:iam::614208937155:role/fuel-sync",
  "Timeout": 60,
  "MemorySize": 256,
  "CodeSha256": "«b64k:32-fuelsha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "FUELFORCE_URL": "https://ironvale.fuelforce.net/api",
      "FUELFORCE_USER": "apisync",
      "FUELFORCE_PASSWORD": "«pwp:fuelforce»",  ⟦password|FuelForce API password in a Lambda configuration⟧
      "WEX_API_KEY": "«b62:32-wex»",  ⟦app-secret|WEX fleet card API key⟧
      "WEX_ACCOUNT": "«num:10-wexacct»"
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-west-2:614208937155:key/«uuid:kmsfuel»"
}
"""),
    ("infra/lambda/badge-sync.config.json", r"""
{
  "FunctionName": "badge-sync",
  "Runtime": "nodejs20.x",
  "Handler": "index.handler",
  "Environment": {
    "Variables": {
      "NETBOX_URL": "https://netbox-den.ironvale.local/nbws/goforms/nbapi",
      "NETBOX_USER": "badge-sync",
      "NETBOX_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:us-west-2:458830127093:secret:badge/netbox-«b62:6-nbsm»",  ⟪Secrets Manager ARN⟫
      "OPENPATH_EMAIL": "badge-sync@ironvale-civil.com",
      "OPENPATH_PASSWORD": "«pwc:openpath»"  ⟦password|Openpath (Avigilon Alta) API password in a Lambda configuration⟧
    }
  }
}
"""),
    ("infra/codebuild/buildspec-costbook.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    NEXUS_USER: ci-deploy
    NEXUS_PASSWORD: «pwx:nexus»  ⟦password|Nexus password in buildspec env variables⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪buildspec parameter-store⟫
  secrets-manager:
    GH_TOKEN: ci/github:token  ⟪buildspec secrets-manager⟫
phases:
  install:
    runtime-versions:
      java: corretto21
  build:
    commands:
      - mvn -B -s .mvn/settings.xml deploy -Dnexus.password="$NEXUS_PASSWORD"
      - aws ecr get-login-password | docker login --username AWS --password-stdin 739152804461.dkr.ecr.us-east-2.amazonaws.com
"""),
    ("infra/codebuild/buildspec-skyframe.yml", r"""
version: 0.2
env:
  variables:
    PIX4D_LICENSE_SERVER: lic.pix4d.com
    DRONEDEPLOY_API_KEY: «b62:32-dronedeploy»  ⟦app-secret|DroneDeploy API key in buildspec⟧
phases:
  build:
    commands:
      - export AWS_ACCESS_KEY_ID=«akid:skyframeci»  ⟦aws-key-id|key id exported in a buildspec⟧
      - export AWS_SECRET_ACCESS_KEY=«awssec:skyframeci»  ⟦aws-secret|secret exported in a buildspec⟧
      - python -m pytest -q tests/unit
      - aws s3 sync dist/ s3://ivc-skyframe-artifacts/
"""),
    ("infra/cfn/mdm-intune-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Field tablet inventory bridge - Intune, SOTI MobiControl and Samsung Knox Manage into the asset register
Resources:
  InventoryFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: inv.handler
      Role: arn:aws:iam::614208937155:role/mdm-bridge
      Code:
        S3Bucket: ivc-lambda-artifacts
        S3Key: mdm-bridge/1.4.0.zip
      Environment:
        Variables:
          GRAPH_TENANT_ID: «uuid:entratenant»  ⟪Entra tenant id⟫
          GRAPH_CLIENT_ID: «uuid:graphmdm»  ⟪Entra application id⟫
          GRAPH_CLIENT_SECRET: «azad:graphmdm»  ⟦azure-ad|Entra client secret for Intune Graph⟧
          SOTI_API_CLIENT_ID: «hex:32-sotiid»  ⟪SOTI API client id⟫
          SOTI_API_CLIENT_SECRET: «ggkey:soti»  ⟦app-secret|SOTI MobiControl API client secret⟧
          SOTI_ADMIN_PASSWORD: «pw:sotiadmin»  ⟦password|SOTI MobiControl admin password (password grant)⟧
          KNOX_CLIENT_SECRET: «okx:44-knox»  ⟦app-secret|Samsung Knox Manage client secret⟧
"""),
    ("infra/cfn/datalake-redshift.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Job-cost warehouse (Redshift Serverless) for WIP reports, fade/gain and equipment utilisation
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: jobcost
      AdminUsername: wip_admin
      ManageAdminPassword: true  ⟪ManageAdminPassword⟫
      DbName: jobcost
  PowerBiUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: jobcost/powerbi-gateway
      SecretString: !Sub '{"username":"pbi_gateway","password":"«pwn:pbigateway»","host":"${Namespace}"}'  ⟦password|literal password inside a SecretString Sub⟧
"""),
    ("infra/cfn/equipment-billing-queue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Equipment billing queue (Amazon MQ RabbitMQ) for hour-meter readings from telematics and time-clock kiosks
Parameters:
  MqAdminPassword:
    Type: String
    NoEcho: true
    MinLength: 12
Resources:
  Broker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: equip-billing
      EngineType: RABBITMQ
      EngineVersion: '3.13'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: admin
          Password: !Ref MqAdminPassword  ⟪Ref of a NoEcho parameter⟫
  KioskPublisherSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: equip-billing/kiosk-publisher
      SecretString: '{"username":"kiosk-pub","password":"«pwp:kioskpub»"}'  ⟦password|RabbitMQ publisher password in a literal SecretString⟧
"""),
    ("infra/cfn/codepipeline-subgate.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: subgate delivery pipeline (legacy v1 GitHub source action)
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::739152804461:role/codepipeline-subgate
      ArtifactStore: {Type: S3, Location: ivc-pipeline-artifacts}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: ironvale-civil
                Repo: subgate
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub token in a CodePipeline v1 source action⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration:
                ProjectName: subgate-build
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/cloudfront-plans.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: plans.ironvale-civil.com - read-only drawing viewer for subcontractors (CloudFront in front of ACC viewer proxy)
Resources:
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [plans.ironvale-civil.com]
        Origins:
          - Id: viewer-proxy
            DomainName: viewer-proxy.internal.ironvale-civil.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verification header secret⟧
        DefaultCacheBehavior:
          TargetOriginId: viewer-proxy
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/apigw-partner-keys.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Partner API keys for the subgate supplier feed (precast plant, rebar fabricator)",
  "Resources": {
    "PrecastKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "bne-precast", "Enabled": true, "Value": "«b62:40-apikeyprecast»"}  ⟦app-secret|API Gateway API key Value literal⟧
    },
    "RebarKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "rebar-fab", "Enabled": true, "GenerateDistinctId": true}
    },
    "UsagePlan": {
      "Type": "AWS::ApiGateway::UsagePlan",
      "Properties": {"UsagePlanName": "suppliers", "Throttle": {"RateLimit": 20, "BurstLimit": 40}}
    }
  }
}
"""),
    ("infra/cfn/README-parameters.md", r"""
# CloudFormation parameters

Secrets never go into `*.params.json`: reference them with `{{resolve:secretsmanager:...}}` or an
`AWS::SSM::Parameter::Value<String>` parameter. Examples:

```yaml
MasterUserPassword: '{{resolve:secretsmanager:costbook/prod/db:SecretString:password}}'  ⟪dynamic reference in docs⟫
```

The stage parameter file still had a real password in it in May (ticket IT-4471); it was rotated.
If you need the Spectrum SDE authorization id, ask #erp-integrations - do not paste it here.
"""),
]
