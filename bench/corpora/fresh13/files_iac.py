"""fresh13 templates, AWS infrastructure as code (Harrowgate County): CloudFormation on GovCloud and commercial
(YAML and JSON), parameter files, SAM and samconfig, CDK, Terraform and tfvars, ECS task definitions, Lambda,
CodeBuild, SSM documents and hybrid activations, Directory Service, Storage Gateway, Transfer Family,
Amazon Connect, IoT SiteWise, WorkSpaces, Image Builder, and the evidence, elections and transit stacks.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/govcloud/evidence-vault.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  evidence-vault - Sheriff's Office body-worn camera and digital evidence intake (GovCloud, CJIS scope).
  Axon Evidence export -> S3 Object Lock (compliance mode, 7 years) -> index in Aurora PostgreSQL.
Parameters:
  Stage:
    Type: String
    AllowedValues: [prod, stage]
  IndexDbPassword:
    Type: String
    NoEcho: true
    MinLength: 16
Resources:
  EvidenceBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub hcg-evidence-${Stage}-184736290517
      ObjectLockEnabled: true
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
        Rule:
          DefaultRetention:
            Mode: COMPLIANCE
            Years: 7
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws-us-gov:kms:us-gov-west-1:184736290517:key/«uuid:kmsevid»  ⟪KMS key ARN in GovCloud⟫
  IndexCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.5'
      DatabaseName: evidence
      MasterUsername: evidence_admin
      MasterUserPassword: !Ref IndexDbPassword  ⟪Ref of a NoEcho parameter without Default⟫
      StorageEncrypted: true
  AxonPullFunction:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: !Sub evidence-axon-pull-${Stage}
      Runtime: python3.12
      Handler: pull.handler
      Role: !Sub arn:${AWS::Partition}:iam::${AWS::AccountId}:role/evidence-axon-pull
      Code:
        S3Bucket: hcg-artifacts-184736290517
        S3Key: evidence/axon-pull-2026.11.2.zip
      Environment:
        Variables:
          AXON_PARTNER_ID: «uuid:axonpartner»  ⟪Axon partner id, an identifier⟫
          AXON_CLIENT_ID: «lo:24-axonclient»  ⟪Axon client id⟫
          AXON_CLIENT_SECRET: «b62:48-axonsecret»  ⟦app-secret|Axon Evidence partner API client secret in Lambda env⟧
          INDEX_DB_HOST: !GetAtt IndexCluster.Endpoint.Address
      Tags:
        - Key: cjis
          Value: 'true'
        - Key: department
          Value: sheriff
"""),
    ("infra/cfn/govcloud/cad-gateway.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: cad-gateway - relays 911 CAD incidents (Hexagon) to mobile data terminals and RapidSOS
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-04c7e1a9b2d58f316  ⟪VPC id⟫
  RapidSosClientSecret:
    Type: String
    NoEcho: true
    Default: «urlsafe:32-rapidsos»  ⟦app-secret|RapidSOS client secret as a NoEcho Default⟧
  MessageSwitchPassword:
    Type: String
    NoEcho: true
    Default: '{{resolve:secretsmanager:cad/message-switch:SecretString:password}}'  ⟪dynamic reference as a Default⟫
Resources:
  CadQueue:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: cad-events
      EngineType: ACTIVEMQ
      EngineVersion: 5.17.6
      HostInstanceType: mq.m5.large
      DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: cad-admin
          Password: «pwc:cadmq»  ⟦password|Amazon MQ admin password, county name + digits⟧
          ConsoleAccess: true
        - Username: mdt-relay
          Password: «pw:mdtrelay»  ⟦password|Amazon MQ relay user, season + year⟧
        - Username: rapidsos
          Password: !Ref MessageSwitchPassword
      Logs:
        General: true
"""),
    ("infra/cfn/govcloud/directory.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Managed Microsoft AD (cloud.hcg.local) with a forest trust to the on-premises ad.harrowgatecounty.gov
Parameters:
  AdminPassword:
    Type: String
    NoEcho: true
    Default: «pwl:mad»  ⟦password|Managed AD Admin password as NoEcho Default, leetspeak⟧
  TrustPassword:
    Type: String
    NoEcho: true
Resources:
  CloudDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: cloud.hcg.local
      ShortName: HCGCLOUD
      Edition: Standard
      Password: !Ref AdminPassword
      VpcSettings:
        VpcId: vpc-04c7e1a9b2d58f316
        SubnetIds: [subnet-0a71c4e93d2b58f60, subnet-06e2d91b7f4a3c085]  ⟪subnet ids⟫
  OnPremConnector:
    Type: AWS::DirectoryService::SimpleAD
    Condition: NeverCreate
    Properties:
      Name: legacy.hcg.local
      Password: «pwc:simplead»  ⟦password|SimpleAD password literal in a disabled resource⟧
      Size: Small
      VpcSettings:
        VpcId: vpc-04c7e1a9b2d58f316
        SubnetIds: [subnet-0a71c4e93d2b58f60, subnet-06e2d91b7f4a3c085]
Conditions:
  NeverCreate: !Equals [!Ref 'AWS::Region', 'nowhere-1']
Outputs:
  DirectoryId:
    Value: !Ref CloudDirectory
"""),
    ("infra/cfn/govcloud/workspaces-adconnector.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "WorkSpaces for dispatch supervisors and records clerks through an AD Connector (created by the console, exported to IaC 2026-03)",
  "Resources": {
    "AdConnectorSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "workspaces/ad-connector-svc",
        "SecretString": "{\"username\":\"svc_adconnector\",\"password\":\"«pwn:adconn»\"}",  ⟦password|AD Connector service account password in SecretString JSON⟧
        "KmsKeyId": "alias/hcg-workspaces"
      }
    },
    "RecordsBundle": {
      "Type": "AWS::WorkSpaces::Workspace",
      "Properties": {
        "BundleId": "wsb-«lo:9-bundle»",  ⟪WorkSpaces bundle id⟫
        "DirectoryId": "d-9267«lo:6-dir»",  ⟪directory id⟫
        "UserName": "ypruitt",
        "WorkspaceProperties": {"RunningMode": "AUTO_STOP", "RunningModeAutoStopTimeoutInMinutes": 60}
      }
    },
    "GeneratedSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "workspaces/local-admin",
        "GenerateSecretString": {"SecretStringTemplate": "{\"username\":\"wsadmin\"}", "GenerateStringKey": "password", "PasswordLength": 24}  ⟪GenerateSecretString⟫
      }
    }
  }
}
"""),
    ("infra/cfn/govcloud/storage-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: File Gateway for the Clerk of Courts scanned records share (SMB, joined to ad.harrowgatecounty.gov)
Resources:
  CourtsGatewayShare:
    Type: AWS::StorageGateway::SMBFileShare
    Properties:
      GatewayARN: arn:aws-us-gov:storagegateway:us-gov-west-1:184736290517:gateway/sgw-«up:8-sgw»  ⟪gateway ARN⟫
      LocationARN: arn:aws-us-gov:s3:::hcg-courts-records-184736290517
      Role: arn:aws-us-gov:iam::184736290517:role/courts-file-gateway
      Authentication: ActiveDirectory
      ValidUserList: ['@HARROWGATE\Courts-Records-RW']
      DefaultStorageClass: S3_INTELLIGENT_TIERING
  GatewayJoin:
    Type: Custom::GatewayDomainJoin
    Properties:
      ServiceToken: arn:aws-us-gov:lambda:us-gov-west-1:184736290517:function:sgw-join-domain  ⟪Lambda ARN⟫
      DomainName: ad.harrowgatecounty.gov
      OrganizationalUnit: OU=Gateways,OU=Servers,DC=ad,DC=harrowgatecounty,DC=gov
      UserName: svc_sgwjoin
      Password: «pws:sgwjoin»  ⟦password|domain-join password passed to a custom resource⟧
      DomainControllers: [10.20.1.11, 10.20.1.12]
"""),
    ("infra/cfn/govcloud/courts-efile.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: courts-efile - receives e-filing envelopes from the state EFM (Tyler Odyssey) and files them to OnBase
Globals:
  Function:
    Runtime: dotnet8
    Timeout: 60
    MemorySize: 1024
Parameters:
  OnBasePassword:
    Type: String
    NoEcho: true
Resources:
  EnvelopeFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: Courts.Efile::Courts.Efile.EnvelopeHandler::Handle
      CodeUri: ./src/Courts.Efile
      Environment:
        Variables:
          EFM_ENDPOINT: https://efile.state-courts.gov/EFM/EFMUserService.svc
          EFM_USER: harrowgate.clerk.integration
          EFM_PASSWORD: «pwc:efm»  ⟦password|state EFM integration password in SAM env⟧
          ONBASE_USER: svc_onbase_efile
          ONBASE_PASSWORD: !Ref OnBasePassword  ⟪Ref of NoEcho parameter⟫
          ONBASE_URL: https://onbase.ad.harrowgatecounty.gov/AppNet
      Events:
        Envelope:
          Type: Api
          Properties:
            Path: /envelopes
            Method: post
"""),
    ("infra/cfn/govcloud/courts-efile.samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "courts-efile-prod"
resolve_s3 = true
s3_prefix = "courts-efile"
region = "us-gov-west-1"
confirm_changeset = true
capabilities = "CAPABILITY_IAM"
parameter_overrides = "OnBasePassword=\"«pwn:onbase»\""  ⟦password|samconfig parameter_overrides password⟧

[stage.deploy.parameters]
stack_name = "courts-efile-stage"
region = "us-gov-west-1"
parameter_overrides = "OnBasePassword=\"{{resolve:ssm-secure:/courts/efile/onbase-stage}}\""  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/cfn/govcloud/elections-enr.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  Election night results (ENR) publishing. The tabulation room uploads summary XML from an air-gapped export
  workstation via a one-way USB transfer; this stack publishes it through CloudFront. Commercial partition.
Resources:
  ResultsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: hcg-enr-results-561093827446
      WebsiteConfiguration:
        IndexDocument: index.html
  EnrUploaderUser:
    Type: AWS::IAM::User
    Properties:
      UserName: enr-uploader
      Policies:
        - PolicyName: put-results
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ['s3:PutObject']
                Resource: arn:aws:s3:::hcg-enr-results-561093827446/*
  EnrUploaderKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref EnrUploaderUser
Outputs:
  UploaderAccessKeyId:
    Value: !Ref EnrUploaderKey
  UploaderSecret:
    Value: !GetAtt EnrUploaderKey.SecretAccessKey  ⟪GetAtt of the secret, a reference⟫
"""),
    ("infra/cfn/params/enr-uploader.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "general-2026"},
  {"ParameterKey": "PublisherAccessKeyId", "ParameterValue": "«akid:enr»"},  ⟦aws-key-id|key id in a parameter file⟧
  {"ParameterKey": "PublisherSecretAccessKey", "ParameterValue": "«awssec:enr»"},  ⟦aws-secret|secret in a parameter file⟧
  {"ParameterKey": "ClarityFtpPassword", "ParameterValue": "«pp:clarity»"},  ⟦password|Clarity ENR FTP password, two county words⟧
  {"ParameterKey": "NotifyTopicArn", "ParameterValue": "arn:aws:sns:us-east-2:561093827446:enr-notify"}
]
"""),
    ("infra/cfn/params/cad-gateway-prod.json", r"""
{
  "Parameters": {
    "VpcId": "vpc-04c7e1a9b2d58f316",
    "RapidSosClientSecret": "{{resolve:secretsmanager:cad/rapidsos:SecretString:client_secret}}",  ⟪dynamic reference in a template configuration file⟫
    "MessageSwitchPassword": "«pw6:nlets»",  ⟦password|message-switch (NLETS) terminal password in a template configuration⟧
    "AlertEmail": "911-it@harrowgatecounty.gov"
  },
  "Tags": {
    "department": "emergency-communications",
    "cjis": "true"
  }
}
"""),
    ("infra/cfn/govcloud/records-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for the state crime lab and the public defender (Transfer Family, service-managed users)
Resources:
  Server:
    Type: AWS::Transfer::Server
    Properties:
      Domain: S3
      EndpointType: VPC
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
      SecurityPolicyName: TransferSecurityPolicy-FIPS-2024-01
  CrimeLabUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: statecrimelab
      Role: arn:aws-us-gov:iam::184736290517:role/transfer-crimelab  ⟪role ARN⟫
      HomeDirectory: /hcg-records-exchange-184736290517/crimelab
      SshPublicKeys:
        - «sshpub:edcrimelab:crimelab-upload»  ⟪SSH public key⟫
  PublicDefenderUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: publicdefender
      Role: arn:aws-us-gov:iam::184736290517:role/transfer-pd
      HomeDirectory: /hcg-records-exchange-184736290517/pd
"""),
    ("infra/cfn/commercial/hc311-connect.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: HC311 - Amazon Connect contact flows, Lex bot and the case Lambda that writes to the CRM
Resources:
  CaseFunction:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: hc311-create-case
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::561093827446:role/hc311-lambda
      Code:
        ZipFile: |
          const https = require('https');
          const SDP_KEY = process.env.SDP_TECHNICIAN_KEY;  ⟪environment lookup⟫
          exports.handler = async (event) => { /* create a ServiceDesk Plus request */ };
      Environment:
        Variables:
          SDP_URL: https://servicedesk.harrowgatecounty.gov/api/v3/requests
          SDP_TECHNICIAN_KEY: «sdp:hc311»  ⟦app-secret|ServiceDesk Plus technician key in Lambda env⟧
          TWILIO_ACCOUNT_SID: «twac:hc311»  ⟪Twilio account SID, public⟫
          TWILIO_AUTH_TOKEN: «hex:32-twilio311»  ⟦app-secret|Twilio auth token in Lambda env⟧
          TWILIO_FROM: '+13305550142'
  ConnectInstance:
    Type: AWS::Connect::Instance
    Properties:
      IdentityManagementType: CONNECT_MANAGED
      InstanceAlias: harrowgate-311
      Attributes:
        InboundCalls: true
        OutboundCalls: true
  SupervisorUser:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: !GetAtt ConnectInstance.Arn
      Username: hc311.supervisor
      Password: «pwp:connectsup»  ⟦password|Amazon Connect user password, short weak⟧
      RoutingProfileArn: arn:aws:connect:us-east-2:561093827446:instance/«uuid:connectinst»/routing-profile/«uuid:connectrp»  ⟪Connect ARN with ids⟫
      SecurityProfileArns:
        - arn:aws:connect:us-east-2:561093827446:instance/«uuid:connectinst»/security-profile/«uuid:connectsp»
      PhoneConfig:
        PhoneType: SOFT_PHONE
      IdentityInfo:
        FirstName: Keisha
        LastName: Dunmore
"""),
    ("infra/cfn/commercial/transit-realtime.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  hcta-realtime - GTFS-realtime TripUpdates/VehiclePositions/ServiceAlerts for Harrowgate County Transit
  Authority, built from Clever Devices AVL and Swiftly predictions. Served from CloudFront.
Parameters:
  SwiftlyApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /hcta/realtime/swiftly-api-key  ⟪SSM parameter name as Default⟫
Resources:
  FeedTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: hcta-gtfsrt
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '512'
      Memory: '1024'
      ExecutionRoleArn: arn:aws:iam::561093827446:role/hcta-gtfsrt-exec
      ContainerDefinitions:
        - Name: gtfsrt
          Image: 561093827446.dkr.ecr.us-east-2.amazonaws.com/hcta/gtfsrt@sha256:«sha256:gtfsimg»  ⟪image digest⟫
          PortMappings: [{ContainerPort: 8080}]
          Environment:
            - {Name: SWIFTLY_AGENCY, Value: harrowgate-transit}
            - {Name: SWIFTLY_API_KEY, Value: !Ref SwiftlyApiKey}  ⟪Ref of an SSM parameter type⟫
            - {Name: CLEVER_AVL_DB, Value: "Server=avl-sql.hcta.local;Database=CleverCAD;User Id=gtfs_reader;Password=«pwn:avlsql»;"}  ⟦conn-string|SQL Server connection string with password in ECS env⟧
            - {Name: ALERTS_API_TOKEN, Value: «b62:40-alerts»}  ⟦app-secret|service alerts admin API token⟧
            - {Name: FEED_PUBLIC_URL, Value: https://gtfs.hcta.org/realtime}
"""),
    ("infra/cfn/commercial/fare-collection.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "hcta-fares: Masabi Justride account-based ticketing webhooks and the ridership export to the data lake",
  "Parameters": {
    "JustrideApiKey": {"Type": "String", "NoEcho": true},  ⟪NoEcho parameter without Default⟫
    "JustrideHmacSecret": {"Type": "String", "NoEcho": true, "Default": "«hex:64-justhmac»"}  ⟦app-secret|Justride webhook HMAC secret as NoEcho Default⟧
  },
  "Resources": {
    "WebhookFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "hcta-fares-webhook",
        "Runtime": "java21",
        "Handler": "org.hcta.fares.Webhook::handleRequest",
        "Role": "arn:aws:iam::561093827446:role/hcta-fares",
        "Code": {"S3Bucket": "hcg-artifacts-561093827446", "S3Key": "fares/webhook-3.4.1.jar"},
        "Environment": {
          "Variables": {
            "JUSTRIDE_BRAND": "harrowgate",
            "JUSTRIDE_API_KEY": {"Ref": "JustrideApiKey"},
            "JUSTRIDE_HMAC_SECRET": {"Ref": "JustrideHmacSecret"},
            "STRIPE_KEY": "«sk:fares»",  ⟦stripe|Stripe live secret key in Lambda env⟧
            "STRIPE_PUBLISHABLE": "«pk:fares»"  ⟪Stripe publishable key⟫
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/commercial/ses-relay.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP relay user for the on-premises Exchange hybrid send connector and the permitting system
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-exchange-hybrid
      Policies:
        - PolicyName: ses-send
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
  # pasted from the first deploy so the Exchange team could set up the connector:
  # SmtpUsername = «akid:sesexch»  ⟦aws-key-id|SES SMTP user name (key id) pasted in a comment⟧
  # SmtpPassword = «sesv4:sesexch»  ⟦aws-ses-smtp|SES SMTP password pasted in a comment⟧
  SmtpPasswordHint:
    Value: derive with the SigV4 SMTP algorithm from !GetAtt SmtpKey.SecretAccessKey
"""),
    ("infra/cfn/commercial/opendata-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: data.harrowgatecounty.gov - CKAN on ECS with RDS PostgreSQL and the Socrata mirror job
Resources:
  CkanDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: '16.3'
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: '100'
      MasterUsername: ckan_admin
      ManageMasterUserPassword: true  ⟪managed master password⟫
  MirrorJob:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: cron(15 6 * * ? *)
      Targets:
        - Id: socrata-mirror
          Arn: arn:aws:lambda:us-east-2:561093827446:function:opendata-socrata-mirror
          Input: '{"domain":"data.harrowgatecounty.gov","keyId":"«socid:mirror»","keySecret":"«socsec:mirror»"}'  ⟦app-secret|Socrata API key secret in an EventBridge target input⟧
  AppTokenParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /opendata/socrata/app-token
      Type: String
      Value: «b62:25-socapp»  ⟪Socrata app token, a public throttling id⟫
"""),
    ("infra/cfn/govcloud/scada-sitewise.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Water utility - IoT SiteWise Edge gateway reading the Ignition OPC UA server at the Millbrook treatment plant
Resources:
  PlantGateway:
    Type: AWS::IoTSiteWise::Gateway
    Properties:
      GatewayName: millbrook-wtp-edge
      GatewayPlatform:
        Greengrass:
          GroupArn: arn:aws-us-gov:greengrass:us-gov-west-1:184736290517:/greengrass/groups/«uuid:gggroup»  ⟪Greengrass group ARN⟫
      GatewayCapabilitySummaries:
        - CapabilityNamespace: iotsitewise:opcuacollector:2
          CapabilityConfiguration: >-
            {"sources":[{"name":"ignition-millbrook","endpoint":{"certificateTrust":{"type":"TrustAny"},
            "endpointUri":"opc.tcp://10.61.4.20:62541","securityPolicy":"BASIC256_SHA256","messageSecurityMode":"SIGN_AND_ENCRYPT",
            "identityProvider":{"type":"Username","usernameSecretArn":"arn:aws-us-gov:secretsmanager:us-gov-west-1:184736290517:secret:scada/opcua-«b62:6-opcua»"},  ⟪Secrets Manager ARN⟫
            "nodeFilterRules":[{"action":"INCLUDE","definition":{"type":"OpcUaRootPath","rootPath":"/Millbrook/"}}]}}]}
  LegacyGateway:
    Type: AWS::IoTSiteWise::Gateway
    Properties:
      GatewayName: eastfork-booster-edge
      GatewayPlatform:
        Greengrass:
          GroupArn: arn:aws-us-gov:greengrass:us-gov-west-1:184736290517:/greengrass/groups/«uuid:gggroup2»
      GatewayCapabilitySummaries:
        - CapabilityNamespace: iotsitewise:opcuacollector:2
          CapabilityConfiguration: '{"sources":[{"name":"kepware-eastfork","endpoint":{"endpointUri":"opc.tcp://10.61.9.5:49320","identityProvider":{"type":"Username","username":"sitewise","password":"«pwn:kepware»"}}}]}'  ⟦password|OPC UA password inline in a SiteWise capability configuration⟧
"""),
    ("infra/cfn/govcloud/ssm-hybrid-activation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Systems Manager hybrid activation for the on-premises Windows estate (file servers, SQL, SCADA historians)
Resources:
  OnPremRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: hcg-ssm-onprem
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {Service: ssm.amazonaws.com}
            Action: sts:AssumeRole
      ManagedPolicyArns:
        - arn:aws-us-gov:iam::aws:policy/AmazonSSMManagedInstanceCore
# Activation created by hand (CloudFormation has no resource for it):
#   aws ssm create-activation --iam-role hcg-ssm-onprem --registration-limit 400 --region us-gov-west-1
#   ActivationId:   «uuid:ssmact1»  ⟪activation id, an identifier⟫
#   ActivationCode: «ssmact:ssmact1»  ⟦app-secret|SSM hybrid activation code pasted in a comment⟧
"""),
    ("infra/cfn/govcloud/imagebuilder-win.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EC2 Image Builder - Windows Server 2022 golden image with the county's agents (SCCM client, Splunk UF, CrowdStrike)
Resources:
  AgentsComponent:
    Type: AWS::ImageBuilder::Component
    Properties:
      Name: hcg-win-agents
      Platform: Windows
      Version: 1.4.2
      Data: |
        name: hcg-win-agents
        schemaVersion: 1.0
        phases:
          - name: build
            steps:
              - name: SplunkForwarder
                action: ExecutePowerShell
                inputs:
                  commands:
                    - msiexec.exe /i C:\Temp\splunkforwarder-9.2.1-x64.msi DEPLOYMENT_SERVER="splunk-ds.ad.harrowgatecounty.gov:8089" AGREETOLICENSE=Yes SPLUNKUSERNAME=admin SPLUNKPASSWORD=«pwc:splunkuf» /quiet  ⟦password|Splunk forwarder admin password on an msiexec line⟧
              - name: CrowdStrike
                action: ExecutePowerShell
                inputs:
                  commands:
                    - C:\Temp\WindowsSensor.exe /install /quiet /norestart CID=«uhex:32-cscid»-«uhex:2-cscid2»  ⟪CrowdStrike customer id, an installation identifier⟫
              - name: LocalAdmin
                action: ExecutePowerShell
                inputs:
                  commands:
                    - $pw = ConvertTo-SecureString '«pw:imglocal»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in an Image Builder component⟧
                    - New-LocalUser -Name hcgadmin -Password $pw -PasswordNeverExpires
"""),
    ("infra/cfn/govcloud/sql-server-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SQL Server 2019 on EC2 for the Munis ERP reporting replica (license included)
Resources:
  MunisReportingSql:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: r6i.2xlarge
      ImageId: ami-0d81f4b2c79e35a16  ⟪AMI id⟫
      SubnetId: subnet-0a71c4e93d2b58f60
      IamInstanceProfile: hcg-ssm-ec2
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $ErrorActionPreference = 'Stop'
          Add-Computer -DomainName ad.harrowgatecounty.gov -OUPath "OU=SQL,OU=Servers,DC=ad,DC=harrowgatecounty,DC=gov" -Credential (New-Object PSCredential('HARROWGATE\svc_domainjoin', (ConvertTo-SecureString '«pws:domjoin»' -AsPlainText -Force)))  ⟦password|domain-join password in EC2 UserData⟧
          Invoke-Sqlcmd -ServerInstance localhost -Query "ALTER LOGIN sa WITH PASSWORD = N'«pwx:munissa»'; ALTER LOGIN sa ENABLE;"  ⟦password|SQL Server sa password in UserData⟧
          Restart-Computer -Force
          </powershell>
"""),
    ("infra/cfn/govcloud/fsx-ontap-shares.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: FSx for NetApp ONTAP - departmental shares (Planning, Assessor, GIS) migrated from the Isilon
Parameters:
  SvmAdminPassword:
    Type: String
    NoEcho: true
Resources:
  Ontap:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: ONTAP
      StorageCapacity: 10240
      SubnetIds: [subnet-0a71c4e93d2b58f60, subnet-06e2d91b7f4a3c085]
      OntapConfiguration:
        DeploymentType: MULTI_AZ_1
        ThroughputCapacity: 512
        FsxAdminPassword: «pwl:fsxadmin»  ⟦password|FSx ONTAP fsxadmin password literal⟧
        PreferredSubnetId: subnet-0a71c4e93d2b58f60
  DeptSvm:
    Type: AWS::FSx::StorageVirtualMachine
    Properties:
      FileSystemId: !Ref Ontap
      Name: svm-departments
      SvmAdminPassword: !Ref SvmAdminPassword
      ActiveDirectoryConfiguration:
        NetBiosName: HCGFSXDEPT
        SelfManagedActiveDirectoryConfiguration:
          DomainName: ad.harrowgatecounty.gov
          UserName: svc_fsxjoin
          Password: «pwn:fsxjoin»  ⟦password|self-managed AD join password⟧
          DnsIps: [10.20.1.11, 10.20.1.12]
          FileSystemAdministratorsGroup: FSx-Admins
"""),
    ("infra/cfn/govcloud/backup-vault.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Backup vault lock for CJIS data and the Veeam immutable repository bucket
Resources:
  CjisVault:
    Type: AWS::Backup::BackupVault
    Properties:
      BackupVaultName: hcg-cjis
      EncryptionKeyArn: arn:aws-us-gov:kms:us-gov-west-1:184736290517:key/«uuid:kmsbackup»  ⟪KMS key ARN⟫
      LockConfiguration:
        MinRetentionDays: 365
  VeeamRepoBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: hcg-veeam-immutable-290457183664
      ObjectLockEnabled: true
  VeeamRepoUser:
    Type: AWS::IAM::User
    Properties:
      UserName: veeam-sobr-capacity
      Path: /service/
"""),
    ("infra/cfn/commercial/library-kiosk.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Public library self-checkout kiosks phone home to this API (Polaris ILS)
Resources:
  KioskApi:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: kiosk/
      Environment:
        Variables:
          POLARIS_API_ID: HCGKIOSK
          POLARIS_API_KEY: «uuid:polaris»  ⟦app-secret|Polaris ILS API access key under its provider key⟧
          POLARIS_STAFF_DOMAIN: HCPL
          POLARIS_STAFF_USER: kiosksvc
          POLARIS_STAFF_PASSWORD: «pwp:polaris»  ⟦password|Polaris staff password, short weak⟧
          SIP2_LOGIN_PASSWORD: ''  ⟪empty value⟫
Transform: AWS::Serverless-2016-10-31
"""),
    ("infra/cfn/govcloud/iam-vendor-users.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Vendor access - Hexagon (CAD), Tyler (Munis/Odyssey), Axon. Console users with forced MFA.
Resources:
  HexagonSupport:
    Type: AWS::IAM::User
    Properties:
      UserName: vendor-hexagon
      LoginProfile:
        Password: «pwc:hexvendor»  ⟦password|IAM LoginProfile initial password literal⟧
        PasswordResetRequired: true
      Groups: [vendors-readonly]
  TylerSupport:
    Type: AWS::IAM::User
    Properties:
      UserName: vendor-tyler
      LoginProfile:
        Password: '{{resolve:secretsmanager:iam/vendor-tyler-initial:SecretString:password}}'  ⟪dynamic reference⟫
        PasswordResetRequired: true
      Groups: [vendors-readonly]
"""),
    ("infra/sam/permit-notify/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: permit-notify - texts and e-mails applicants when an Accela permit changes status
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
Parameters:
  AccelaAppSecret:
    Type: String
    NoEcho: true
  SendGridKey:
    Type: String
    NoEcho: true
    Default: «sg:permit»  ⟦sendgrid|SendGrid key as a NoEcho Default⟧
Resources:
  StatusChanged:
    Type: AWS::Serverless::Function
    Properties:
      Handler: notify.handler
      CodeUri: src/
      Environment:
        Variables:
          ACCELA_APP_ID: '«num:18-accelaapp»'  ⟪Accela app id, an identifier⟫
          ACCELA_APP_SECRET: !Ref AccelaAppSecret
          ACCELA_AGENCY: HARROWGATE
          SENDGRID_API_KEY: !Ref SendGridKey
          TEXTIT_TOKEN: ${TEXTIT_TOKEN}  ⟪shell-style reference left for envsubst⟫
      Events:
        Queue:
          Type: SQS
          Properties:
            Queue: arn:aws:sqs:us-east-2:561093827446:permit-status
"""),
    ("infra/sam/permit-notify/samconfig.toml", r"""
version = 0.1
[default]
[default.global.parameters]
stack_name = "permit-notify"

[default.deploy.parameters]
region = "us-east-2"
s3_bucket = "hcg-sam-artifacts-561093827446"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "AccelaAppSecret=«hex:32-accela» SendGridKey=«sg:permit»"  ⟦app-secret|Accela app secret and SendGrid key in parameter_overrides⟧
"""),
    ("infra/sam/permit-notify/env.json", r"""
{
  "StatusChanged": {
    "ACCELA_APP_SECRET": "«hex:32-accela»",  ⟦app-secret|Accela app secret in sam local env.json⟧
    "SENDGRID_API_KEY": "SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",  ⟪masked SendGrid placeholder⟫
    "TEXTIT_TOKEN": ""
  }
}
"""),
    ("infra/sam/gtfs-static/template.yml", r"""
Transform: AWS::Serverless-2016-10-31
Description: Publishes the weekly GTFS static zip to the open data bucket, Google Transit and the Transit app
Resources:
  PublishGtfs:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: publish.main
      CodeUri: publish/
      Timeout: 300
      Environment:
        Variables:
          GOOGLE_TRANSIT_SFTP_HOST: partnerupload.google.com
          GOOGLE_TRANSIT_SFTP_USER: hcta-gtfs
          GOOGLE_TRANSIT_SFTP_PASSWORD: «pwr:gtfssftp»  ⟦password|partner SFTP password in SAM env⟧
          TRANSITAPP_PARTNER_KEY: «b62:32-transitapp»  ⟦app-secret|Transit app partner API key⟧
          MAPBOX_TOKEN: «mapboxpk:gtfs»  ⟪Mapbox public token⟫
      Events:
        Weekly:
          Type: Schedule
          Properties:
            Schedule: cron(0 9 ? * MON *)
"""),
    ("infra/sam/water-ami/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: water-ami - pulls interval reads from the Sensus FlexNet head end and Badger BEACON into the billing staging DB
Resources:
  SensusPull:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: gov.harrowgate.water.SensusPull::handleRequest
      CodeUri: build/libs/water-ami.jar
      MemorySize: 1536
      Timeout: 900
      Environment:
        Variables:
          SENSUS_RNI_URL: https://rni.harrowgatewater.local:8443/api
          SENSUS_RNI_USER: ami_export
          SENSUS_RNI_PASSWORD: «pwl:sensus»  ⟦password|Sensus RNI password in SAM env⟧
          BEACON_ACCOUNT: «num:6-beaconacct»  ⟪Badger BEACON account number⟫
          BEACON_API_USER: water-it@harrowgatecounty.gov
          BEACON_API_PASSWORD: !Sub '{{resolve:secretsmanager:water/beacon:SecretString:password}}'  ⟪dynamic reference under !Sub⟫
          BILLING_JDBC_URL: jdbc:sqlserver://cis-sql.ad.harrowgatecounty.gov:1433;databaseName=CIS_Staging;user=ami_loader;password=«pwn:cisloader»;encrypt=true  ⟦conn-string|JDBC URL with password in SAM env⟧
"""),
    ("infra/ecs/permit-portal.taskdef.json", r"""
{
  "family": "permit-portal",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "3072",
  "executionRoleArn": "arn:aws:iam::561093827446:role/permit-portal-exec",
  "taskRoleArn": "arn:aws:iam::561093827446:role/permit-portal",  ⟪role ARN⟫
  "containerDefinitions": [
    {
      "name": "web",
      "image": "561093827446.dkr.ecr.us-east-2.amazonaws.com/permit-portal:2026.11.18",
      "essential": true,
      "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
      "environment": [
        {"name": "ASPNETCORE_ENVIRONMENT", "value": "Production"},
        {"name": "ConnectionStrings__Permits", "value": "Server=permits-db.c7hq2w9ykx3n.us-east-2.rds.amazonaws.com;Database=Permits;User Id=permits_app;Password=«pwx:permitsapp»;TrustServerCertificate=True"},  ⟦conn-string|SQL Server connection string in ECS env⟧
        {"name": "Accela__AppSecret", "value": "«hex:32-accela»"},  ⟦app-secret|Accela app secret in ECS env⟧
        {"name": "Payments__Paymentus__ApiKey", "value": "«b62:36-paymentus»"},  ⟦app-secret|Paymentus API key⟧
        {"name": "Recaptcha__SiteKey", "value": "6Lc«b62:37-recap»"}  ⟪reCAPTCHA site key, public⟫
      ],
      "secrets": [
        {"name": "Payments__Paymentus__HmacKey", "valueFrom": "arn:aws:ssm:us-east-2:561093827446:parameter/permit-portal/paymentus-hmac"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/permit-portal", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "web"}}
    }
  ]
}
"""),
    ("infra/ecs/rms-sync.taskdef.json", r"""
{
  "family": "rms-sync",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws-us-gov:iam::184736290517:role/rms-sync-exec",
  "containerDefinitions": [
    {
      "name": "rms-sync",
      "image": "184736290517.dkr.ecr.us-gov-west-1.amazonaws.com/rms-sync:1.9.0",
      "environment": [
        {"name": "RMS_ODBC", "value": "Driver={ODBC Driver 18 for SQL Server};Server=rms-sql01.ad.harrowgatecounty.gov;Database=RMS;Uid=rms_extract;Pwd=«pw:rmsextract»;Encrypt=yes"},  ⟦conn-string|ODBC connection string with Pwd in ECS env⟧
        {"name": "NIBRS_SUBMIT_URL", "value": "https://nibrs.state-bci.gov/submit"},
        {"name": "NIBRS_ORI", "value": "XX0450000"}
      ],
      "secrets": [
        {"name": "NIBRS_CERT_PASSWORD", "valueFrom": "arn:aws-us-gov:secretsmanager:us-gov-west-1:184736290517:secret:rms/nibrs-cert-«b62:6-nibrs»:password::"}  ⟪Secrets Manager ARN with JSON key⟫
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws-us-gov:secretsmanager:us-gov-west-1:184736290517:secret:ghcr-pull-«b62:6-ghcr»"}  ⟪repositoryCredentials reference⟫
    }
  ]
}
"""),
    ("infra/ecs/fme-flow.taskdef.yaml", r"""
# ecs-cli compose style, converted by hand; FME Flow engine for the GIS nightly jobs
family: fme-flow-engine
requiresCompatibilities: [EC2]
containerDefinitions:
  - name: fmeflowengine
    image: safesoftware/fmeflow-engine:2024.2
    memory: 8192
    environment:
      - name: FMEFLOW_ENGINE_NAME
        value: gis-engine-1
      - name: EXTERNALHOSTNAME
        value: fme.ad.harrowgatecounty.gov
      - name: FMEFLOW_DB_PASSWORD
        value: «pwc:fmedb»  ⟦password|FME Flow database password in a task definition⟧
      - name: FMEFLOW_ADMIN_TOKEN
        value: «hex:40-fmetoken»  ⟦app-secret|FME Flow API token⟧
      - name: ESRI_API_KEY
        value: «esri:fme»  ⟦app-secret|ArcGIS developer API key⟧
"""),
    ("infra/lambda/enr-publish.config.json", r"""
{
  "FunctionName": "enr-publish",
  "FunctionArn": "arn:aws:lambda:us-east-2:561093827446:function:enr-publish",
  "Runtime": "python3.11",
  "Role": "arn:aws:iam::561093827446:role/enr-publish",
  "Handler": "publish.handler",
  "CodeSize": 48211,
  "Timeout": 120,
  "MemorySize": 512,
  "LastModified": "2026-11-03T23:58:40.112+0000",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256 digest⟫
  "Version": "$LATEST",
  "Environment": {
    "Variables": {
      "CLARITY_FTP_USER": "harrowgate_oh",
      "CLARITY_FTP_PASSWORD": "«pp:clarity»",  ⟦password|Clarity FTP password in Lambda configuration output⟧
      "RESULTS_BUCKET": "hcg-enr-results-561093827446",
      "SLACK_WEBHOOK": "«slackhook:enr»"  ⟦slack|Slack webhook in Lambda env⟧
    }
  },
  "TracingConfig": {"Mode": "PassThrough"},
  "RevisionId": "«uuid:revenr»",  ⟪revision id⟫
  "State": "Active"
}
"""),
    ("infra/lambda/ad-password-expiry.env", r"""
# exported with: aws lambda get-function-configuration --function-name ad-password-expiry --query Environment
LDAP_URL=ldaps://dc01.ad.harrowgatecounty.gov:636
LDAP_BIND_DN=CN=svc_pwexpiry,OU=Service Accounts,DC=ad,DC=harrowgatecounty,DC=gov
LDAP_BIND_PASSWORD=«pws:pwexpiry»  ⟦password|LDAP bind password in an exported Lambda env⟧
SMTP_HOST=email-smtp.us-gov-west-1.amazonaws.com
SMTP_USER=«akid:sesgov»  ⟦aws-ses-smtp|SES SMTP user name in GovCloud⟧
SMTP_PASS=«sesv4:sesgov»  ⟦aws-ses-smtp|SES SMTP password in GovCloud⟧
NOTIFY_DAYS=14,7,3,1
"""),
    ("ci/codebuild/permit-portal-buildspec.yml", r"""
version: 0.2
env:
  variables:
    DOTNET_CLI_TELEMETRY_OPTOUT: "1"
    NUGET_FEED: https://proget.ad.harrowgatecounty.gov/nuget/county/v3/index.json
    NUGET_FEED_PASSWORD: «pwn:proget»  ⟦password|ProGet feed password as a plain buildspec variable⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar/token  ⟪buildspec parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_PASS: ci/dockerhub:password  ⟪buildspec secrets-manager reference⟫
phases:
  install:
    runtime-versions:
      dotnet: 8.0
  pre_build:
    commands:
      - dotnet nuget add source "$NUGET_FEED" -n county -u svc_build -p "$NUGET_FEED_PASSWORD" --store-password-in-clear-text  ⟪variable reference on a command line⟫
      - aws ecr get-login-password --region us-east-2 | docker login --username AWS --password-stdin 561093827446.dkr.ecr.us-east-2.amazonaws.com
  build:
    commands:
      - dotnet publish src/PermitPortal -c Release -o out
      - docker build -t permit-portal:$CODEBUILD_RESOLVED_SOURCE_VERSION .
"""),
    ("ci/codebuild/gis-buildspec.yaml", r"""
version: 0.2
phases:
  build:
    commands:
      - python -m pip install -r requirements.txt
      - python publish_services.py --portal https://gis.harrowgatecounty.gov/portal --user gis_publisher --password '«pwc:gispub»'  ⟦password|ArcGIS publisher password on a buildspec command⟧
      - aws s3 sync dist/ s3://hcg-gis-tiles-561093827446/ --delete
artifacts:
  files:
    - dist/**/*
"""),
    ("ci/codebuild/projects/transit-apc.json", r"""
{
  "project": {
    "name": "transit-apc-etl",
    "source": {"type": "GITHUB", "location": "https://github.com/harrowgate-county/transit-apc.git", "buildspec": "buildspec.yml"},
    "environment": {
      "type": "LINUX_CONTAINER",
      "image": "aws/codebuild/standard:7.0",
      "computeType": "BUILD_GENERAL1_SMALL",
      "environmentVariables": [
        {"name": "APC_VENDOR_API", "value": "https://api.infodev-apc.com/v2", "type": "PLAINTEXT"},
        {"name": "APC_VENDOR_TOKEN", "value": "«b62:48-infodev»", "type": "PLAINTEXT"},  ⟦app-secret|APC vendor token as a PLAINTEXT CodeBuild variable⟧
        {"name": "REDSHIFT_PASSWORD", "value": "/transit/redshift/etl", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE variable⟫
        {"name": "GITHUB_TOKEN", "value": "ci/github:token", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER variable⟫
      ]
    },
    "serviceRole": "arn:aws:iam::561093827446:role/codebuild-transit",
    "arn": "arn:aws:codebuild:us-east-2:561093827446:project/transit-apc-etl"  ⟪CodeBuild ARN⟫
  }
}
"""),
    ("ci/codebuild/projects/munis-ssis.json", r"""
{
  "name": "munis-ssis-deploy",
  "source": {"type": "CODECOMMIT", "location": "https://git-codecommit.us-gov-west-1.amazonaws.com/v1/repos/munis-ssis"},
  "environment": {
    "type": "WINDOWS_SERVER_2019_CONTAINER",
    "image": "aws/codebuild/windows-base:2019-3.0",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "environmentVariables": [
      {"name": "SSISDB_SERVER", "value": "munis-sql02.ad.harrowgatecounty.gov", "type": "PLAINTEXT"},
      {"name": "SSISDB_USER", "value": "svc_ssis_deploy", "type": "PLAINTEXT"},
      {"name": "SSISDB_PASSWORD", "value": "«pw:ssisdeploy»", "type": "PLAINTEXT"}  ⟦password|SSIS deploy password as a PLAINTEXT variable⟧
    ]
  },
  "serviceRole": "arn:aws-us-gov:iam::184736290517:role/codebuild-munis"
}
"""),
    ("infra/ssm/documents/join-domain.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Join a Windows instance to ad.harrowgatecounty.gov",
  "parameters": {
    "OU": {"type": "String", "default": "OU=Servers,DC=ad,DC=harrowgatecounty,DC=gov"},
    "JoinPassword": {"type": "String", "default": "{{ssm-secure:/ad/join/svc_domainjoin}}"}  ⟪ssm-secure reference as a default⟫
  },
  "mainSteps": [
    {
      "action": "aws:runPowerShellScript",
      "name": "join",
      "inputs": {
        "runCommand": [
          "$pw = ConvertTo-SecureString '{{ JoinPassword }}' -AsPlainText -Force",  ⟪SSM document parameter reference⟫
          "$cred = New-Object PSCredential('HARROWGATE\\svc_domainjoin', $pw)",
          "Add-Computer -DomainName ad.harrowgatecounty.gov -OUPath '{{ OU }}' -Credential $cred -Restart"  ⟪SSM parameter reference⟫
        ]
      }
    }
  ]
}
"""),
    ("infra/ssm/documents/register-onprem.yaml", r"""
schemaVersion: '2.2'
description: Register an on-premises server with Systems Manager (used by the SCCM task sequence)
mainSteps:
  - action: aws:runPowerShellScript
    name: registerAgent
    inputs:
      runCommand:
        - $code = "«ssmact:ssmact2»"  ⟦app-secret|SSM hybrid activation code in a document⟧
        - $id = "«uuid:ssmact2»"  ⟪activation id⟫
        - $region = "us-gov-west-1"
        - $dir = $env:TEMP + "\ssm"
        - New-Item -ItemType directory -Path $dir -Force
        - Invoke-WebRequest "https://amazon-ssm-$region.s3.$region.amazonaws.com/latest/windows_amd64/AmazonSSMAgentSetup.exe" -OutFile $dir\AmazonSSMAgentSetup.exe
        - Start-Process $dir\AmazonSSMAgentSetup.exe -ArgumentList @("/q", "/log", "install.log", "CODE=$code", "ID=$id", "REGION=$region") -Wait
"""),
    ("infra/terraform/govcloud/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "hcg-tfstate-290457183664"
    key            = "govcloud/core.tfstate"
    region         = "us-gov-west-1"
    dynamodb_table = "hcg-tflock"
    encrypt        = true
  }
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.70"
    }
    vsphere = {
      source  = "hashicorp/vsphere"
      version = "~> 2.9"
    }
  }
}

provider "aws" {
  region = "us-gov-west-1"
  assume_role {
    role_arn = "arn:aws-us-gov:iam::184736290517:role/terraform-deploy"  ⟪role ARN⟫
  }
}

provider "vsphere" {
  user                 = "svc_terraform@vsphere.local"
  password             = "«pwc:vsphtf»"  ⟦password|vSphere provider password literal⟧
  vsphere_server       = "vcsa01.ad.harrowgatecounty.gov"
  allow_unverified_ssl = true
}
"""),
    ("infra/terraform/govcloud/variables.tf", r"""
variable "environment" {
  type    = string
  default = "prod"
}

variable "cad_db_password" {
  type      = string
  sensitive = true
  default   = "«pw6:caddb»"  ⟦password|Terraform variable default for the CAD database password⟧
}

variable "evidence_index_password" {
  type      = string
  sensitive = true
}

variable "splunk_hec_token" {
  description = "HEC token for the county Splunk (index=aws_govcloud)"
  type        = string
  default     = "«uuid:hecgov»"  ⟦app-secret|Splunk HEC token as a variable default⟧
}

variable "placeholder_password" {
  type    = string
  default = "CHANGE_ME"  ⟪placeholder⟫
}
"""),
    ("infra/terraform/govcloud/rds.tf", r"""
resource "aws_db_instance" "cad_reporting" {
  identifier              = "cad-reporting"
  engine                  = "sqlserver-se"
  engine_version          = "15.00.4385.2.v1"
  license_model           = "license-included"
  instance_class          = "db.m6i.xlarge"
  allocated_storage       = 500
  username                = "cadadmin"
  password                = var.cad_db_password  ⟪variable reference⟫
  backup_retention_period = 35
  deletion_protection     = true
  tags = {
    department = "emergency-communications"
  }
}

resource "aws_db_instance" "elections_pollbook" {
  identifier                  = "pollbook-sync"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.t4g.large"
  allocated_storage           = 50
  username                    = "pollbook"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_db_instance" "jail_commissary" {
  identifier        = "jail-commissary"
  engine            = "mysql"
  engine_version    = "8.0.39"
  instance_class    = "db.t3.medium"
  allocated_storage = 40
  username          = "commissary"
  password          = "«pwn:commissary»"  ⟦password|literal RDS password in Terraform⟧
}
"""),
    ("infra/terraform/govcloud/secrets.tf", r"""
resource "aws_secretsmanager_secret" "rapidsos" {
  name       = "cad/rapidsos"
  kms_key_id = aws_kms_key.cad.arn
}

resource "aws_secretsmanager_secret_version" "rapidsos" {
  secret_id = aws_secretsmanager_secret.rapidsos.id
  secret_string = jsonencode({
    client_id     = "«lo:32-rapidsosid»"  ⟪RapidSOS client id⟫
    client_secret = "«urlsafe:32-rapidsos»"  ⟦app-secret|RapidSOS client secret in secret_string⟧
  })
}

resource "random_password" "pollbook_api" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "pollbook_api" {
  secret_id     = aws_secretsmanager_secret.pollbook_api.id
  secret_string = random_password.pollbook_api.result  ⟪random_password result⟫
}

resource "aws_ssm_parameter" "hec_token" {
  name  = "/splunk/hec/govcloud"
  type  = "SecureString"
  value = var.splunk_hec_token
}
"""),
    ("infra/terraform/govcloud/iam-legacy.tf", r"""
# Legacy static keys still used by the Veeam capacity tier and the Ignition historian export.
# Imported 2024-07 so they show up in plans; rotation tracked in SEC-340.
resource "aws_iam_user" "veeam" {
  name = "veeam-sobr-capacity"
  path = "/service/"
}

resource "aws_iam_access_key" "veeam" {
  user    = aws_iam_user.veeam.name
  pgp_key = "keybase:hcg_secops"  ⟪pgp_key reference⟫
}

output "veeam_key_secret" {
  value     = aws_iam_access_key.veeam.encrypted_secret  ⟪encrypted_secret output⟫
  sensitive = true
}

locals {
  # TODO(SEC-340) move to Secrets Manager; the historian export still reads these from tfvars
  historian_key_id     = "«akid:historian»"  ⟦aws-key-id|key id in Terraform locals⟧
  historian_key_secret = "«awssec:historian»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/govcloud/env/prod.tfvars", r"""
environment             = "prod"
region                  = "us-gov-west-1"
evidence_index_password = "«pwx:evidx»"  ⟦password|tfvars password⟧
cad_db_password         = "«pw6:caddb»"  ⟦password|CAD database password repeated in tfvars⟧
axon_client_secret      = "«b62:48-axonsecret»"  ⟦app-secret|Axon client secret in tfvars⟧
vpn_psk_tunnel1         = "«pp:vpnpsk1»"  ⟦password|site-to-site VPN pre-shared key, two words⟧
vpn_psk_tunnel2         = "«pp:vpnpsk2»"  ⟦password|second tunnel pre-shared key⟧
alarm_email             = "cloud-ops@harrowgatecounty.gov"
"""),
    ("infra/terraform/govcloud/vpn.tf", r"""
resource "aws_customer_gateway" "courthouse" {
  bgp_asn    = 65010
  ip_address = "198.51.100.24"
  type       = "ipsec.1"
  tags = { Name = "courthouse-fortigate" }
}

resource "aws_vpn_connection" "courthouse" {
  vpn_gateway_id        = aws_vpn_gateway.main.id
  customer_gateway_id   = aws_customer_gateway.courthouse.id
  type                  = "ipsec.1"
  tunnel1_preshared_key = var.vpn_psk_tunnel1  ⟪variable reference⟫
  tunnel2_preshared_key = var.vpn_psk_tunnel2
}

resource "aws_vpn_connection" "water_plant" {
  vpn_gateway_id        = aws_vpn_gateway.main.id
  customer_gateway_id   = aws_customer_gateway.millbrook.id
  type                  = "ipsec.1"
  static_routes_only    = true
  tunnel1_preshared_key = "«b62:32-wtpspsk»"  ⟦password|VPN pre-shared key literal in Terraform⟧
  tunnel1_inside_cidr   = "169.254.44.0/30"
}
"""),
    ("infra/terraform/govcloud/vsphere-vms.tf", r"""
data "vsphere_datacenter" "dc" {
  name = "HCG-Courthouse-DC"
}

resource "vsphere_virtual_machine" "gis_sde" {
  name             = "gis-sde02"
  resource_pool_id = data.vsphere_compute_cluster.prod.resource_pool_id
  datastore_id     = data.vsphere_datastore.vsan.id
  num_cpus         = 8
  memory           = 32768
  guest_id         = "windows2019srv_64Guest"

  clone {
    template_uuid = data.vsphere_virtual_machine.win2022.id
    customize {
      windows_options {
        computer_name         = "GIS-SDE02"
        join_domain           = "ad.harrowgatecounty.gov"
        domain_admin_user     = "svc_domainjoin"
        domain_admin_password = "«pws:domjoin»"  ⟦password|domain join password in vSphere customization⟧
        admin_password        = "«pw:vmlocaladmin»"  ⟦password|local administrator password in vSphere customization⟧
        auto_logon            = false
      }
      network_interface {
        ipv4_address = "10.30.12.41"
        ipv4_netmask = 24
      }
      ipv4_gateway = "10.30.12.1"
    }
  }
}
"""),
    ("infra/terraform/commercial/main.tf", r"""
provider "aws" {
  region = "us-east-2"
}

resource "aws_elasticache_replication_group" "gtfsrt" {
  replication_group_id       = "hcta-gtfsrt"
  description                = "vehicle positions cache"
  engine                     = "redis"
  node_type                  = "cache.t4g.small"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = "«pwr:gtfsredis»"  ⟦password|ElastiCache auth token literal⟧
}

resource "aws_mq_broker" "fares" {
  broker_name        = "hcta-fares"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.t3.micro"
  user {
    username = "fares"
    password = "«pwc:faresmq»"  ⟦password|Amazon MQ user password in Terraform⟧
  }
}

resource "aws_opensearch_domain" "library" {
  domain_name    = "library-catalog"
  engine_version = "OpenSearch_2.13"
  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "catalog_admin"
      master_user_password = "«pwl:osmaster»"  ⟦password|OpenSearch master user password⟧
    }
  }
}
"""),
    ("infra/terraform/commercial/cloudfront.tf", r"""
resource "aws_cloudfront_distribution" "gtfs" {
  enabled = true
  aliases = ["gtfs.hcta.org"]
  origin {
    domain_name = "hcta-gtfsrt-alb-1642093857.us-east-2.elb.amazonaws.com"
    origin_id   = "gtfsrt-alb"
    custom_header {
      name  = "X-Origin-Verify"
      value = "«b62:32-originverify»"  ⟦app-secret|CloudFront origin-verify shared secret header⟧
    }
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }
  default_cache_behavior {
    target_origin_id       = "gtfsrt-alb"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "658327ea-f89d-4fab-a63d-7e88639e58f6"  ⟪managed cache policy id⟫
  }
  restrictions {
    geo_restriction { restriction_type = "none" }
  }
  viewer_certificate {
    acm_certificate_arn = "arn:aws:acm:us-east-1:561093827446:certificate/«uuid:acmgtfs»"  ⟪ACM certificate ARN⟫
    ssl_support_method  = "sni-only"
  }
}
"""),
    ("infra/terraform/commercial/terraform.tfvars.json", r"""
{
  "environment": "prod",
  "gtfs_public_bucket": "hcta-gtfs-public",
  "swiftly_api_key": "«hex:32-swiftly»",  ⟦app-secret|Swiftly API key in tfvars JSON⟧
  "cradlepoint_ecm_api_key": "«hex:40-ecmkey»",  ⟦app-secret|Cradlepoint NetCloud ECM API key in tfvars JSON⟧
  "cradlepoint_ecm_api_id": "«uuid:ecmid»",  ⟪Cradlepoint ECM API id⟫
  "alerts_email": "transit-it@hcta.org"
}
"""),
    ("infra/terraform/commercial/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-tflock1»",  ⟪provider hash⟫
    "zh:«sha256:tflock2»",  ⟪provider hash⟫
    "zh:«sha256:tflock3»",
  ]
}
"""),
    ("infra/terraform/modules/sftp-vendor/main.tf", r"""
variable "vendor" { type = string }
variable "public_key" { type = string }

resource "aws_transfer_user" "this" {
  server_id = var.server_id
  user_name = var.vendor
  role      = aws_iam_role.vendor.arn
  home_directory_type = "LOGICAL"
  home_directory_mappings {
    entry  = "/"
    target = "/hcg-vendor-exchange/${var.vendor}"
  }
}

resource "aws_transfer_ssh_key" "this" {
  server_id = var.server_id
  user_name = aws_transfer_user.this.user_name
  body      = var.public_key
}
"""),
    ("infra/terraform/modules/sftp-vendor/vendors.auto.tfvars", r"""
vendors = {
  tyler_munis = {
    public_key = "«sshpub:edtyler:tyler-munis-sftp»"  ⟪SSH public key⟫
  }
  paymentus = {
    public_key = "«sshpub:edpaymentus:paymentus-recon»"
  }
}
"""),
    ("infra/terraform/govcloud/tfstate-backup/cad.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 212,
  "lineage": "«uuid:lineage»",  ⟪state lineage id⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "cad_mdt_uploader",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "2025-02-11T16:20:07Z",
            "encrypted_secret": null,
            "id": "«akid:mdtupl»",  ⟦aws-key-id|access key id in a state backup⟧
            "key_fingerprint": null,
            "pgp_key": null,
            "secret": "«awssec:mdtupl»",  ⟦aws-secret|secret in a state backup⟧
            "ses_smtp_password_v4": "«sesv4:mdtupl»",  ⟦aws-ses-smtp|SES SMTP password in a state backup⟧
            "status": "Active",
            "user": "cad-mdt-uploader"
          },
          "sensitive_attributes": [[{"type": "get_attr", "value": "secret"}]]
        }
      ]
    }
  ]
}
"""),
    ("infra/cdk/transit/lib/realtime-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class RealtimeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0a52e7c19d4b3f068' });

    const db = new rds.DatabaseInstance(this, 'AvlMirror', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret('avl'),  ⟪fromGeneratedSecret⟫
      vpc,
    });

    const swiftly = secretsmanager.Secret.fromSecretNameV2(this, 'Swiftly', 'hcta/swiftly');  ⟪fromSecretNameV2⟫

    const cradlepoint = new secretsmanager.Secret(this, 'Cradlepoint', {
      secretName: 'hcta/cradlepoint-ncm',
      secretObjectValue: {
        cpApiId: cdk.SecretValue.unsafePlainText('«hex:8-cpid»'),
        cpApiKey: cdk.SecretValue.unsafePlainText('«hex:32-cpkey»'),  ⟦app-secret|Cradlepoint X-CP-API-KEY via SecretValue.unsafePlainText⟧
        ecmApiId: cdk.SecretValue.unsafePlainText('«uuid:ecmid»'),  ⟪Cradlepoint ECM API id (an identifier)⟫
        ecmApiKey: cdk.SecretValue.unsafePlainText('«hex:40-ecmkey»'),  ⟦app-secret|Cradlepoint X-ECM-API-KEY via unsafePlainText⟧
      },
    });

    const task = new ecs.FargateTaskDefinition(this, 'Feed', { cpu: 512, memoryLimitMiB: 1024 });
    task.addContainer('gtfsrt', {
      image: ecs.ContainerImage.fromRegistry('561093827446.dkr.ecr.us-east-2.amazonaws.com/hcta/gtfsrt:4.2.0'),
      environment: {
        CLEVER_AVL_USER: 'gtfs_reader',
        CLEVER_AVL_PASSWORD: '«pwn:avlsql»',  ⟦password|AVL SQL password in CDK container environment⟧
      },
      secrets: {
        SWIFTLY_API_KEY: ecs.Secret.fromSecretsManager(swiftly),  ⟪ecs.Secret reference⟫
      },
    });
  }
}
"""),
    ("infra/cdk/opendata/app.py", r"""
#!/usr/bin/env python3
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_, aws_secretsmanager as sm

app = cdk.App()
stack = cdk.Stack(app, "OpenData", env=cdk.Environment(account="561093827446", region="us-east-2"))

ckan_key = sm.Secret(stack, "CkanApiToken",
                     secret_name="opendata/ckan-sysadmin",
                     secret_string_value=cdk.SecretValue.unsafe_plain_text("«jwt:ckan-sysadmin»"))  ⟦jwt|CKAN sysadmin API token via unsafe_plain_text⟧

lambda_.Function(stack, "Harvester",
                 runtime=lambda_.Runtime.PYTHON_3_12,
                 handler="harvest.main",
                 code=lambda_.Code.from_asset("harvester"),
                 environment={
                     "CKAN_URL": "https://data.harrowgatecounty.gov",
                     "CKAN_TOKEN_SECRET": ckan_key.secret_name,
                     "ARCGIS_HUB_CLIENT_ID": "«b62:16-hubid»",  ⟪ArcGIS client id⟫
                     "ARCGIS_HUB_CLIENT_SECRET": "«hex:32-hubsecret»",  ⟦app-secret|ArcGIS Hub OAuth client secret in CDK env⟧
                 })
app.synth()
"""),
    ("infra/cdk/elections/lib/pollbook-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as rds from 'aws-cdk-lib/aws-rds';
import { Construct } from 'constructs';

// KnowInk Poll Pad sync relay for early voting sites. Separate account per the elections board.
export class PollbookStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0e93b2c1a4d7f8056' });  ⟪VPC id⟫
    new rds.DatabaseInstance(this, 'Sync', {
      vpc,
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromPassword('pollbook', cdk.SecretValue.unsafePlainText('«pwc:pollbook»')),  ⟦password|Credentials.fromPassword with unsafePlainText⟧
      instanceType: ec2.InstanceType.of(ec2.InstanceClass.T4G, ec2.InstanceSize.LARGE),
    });
  }
}
"""),
    ("infra/cfn/govcloud/jail-kiosk-vpc-endpoints.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Interface endpoints for the detention center VLAN (no internet egress)
Resources:
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-04c7e1a9b2d58f316
      ServiceName: com.amazonaws.us-gov-west-1.s3
      VpcEndpointType: Gateway
      RouteTableIds: [rtb-0b4e2a91c7d35f806]  ⟪route table id⟫
  SsmEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-04c7e1a9b2d58f316
      ServiceName: com.amazonaws.us-gov-west-1.ssm
      VpcEndpointType: Interface
      PrivateDnsEnabled: true
      SubnetIds: [subnet-0a71c4e93d2b58f60]
      SecurityGroupIds: [sg-09c3d1f7a2e4b6805]  ⟪security group id⟫
"""),
    ("infra/cfn/govcloud/glue-munis.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs copying Munis GL and payroll tables to the finance data lake (Athena, QuickSight)
Resources:
  MunisConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: munis-sqlserver
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://munis-sql02.ad.harrowgatecounty.gov:1433;databaseName=munprod
          USERNAME: glue_reader
          PASSWORD: «pwn:gluemunis»  ⟦password|Glue JDBC connection password⟧
        PhysicalConnectionRequirements:
          SubnetId: subnet-0a71c4e93d2b58f60
          SecurityGroupIdList: [sg-09c3d1f7a2e4b6805]
  PayrollJob:
    Type: AWS::Glue::Job
    Properties:
      Name: munis-payroll-to-lake
      Role: arn:aws-us-gov:iam::184736290517:role/glue-finance
      GlueVersion: '4.0'
      Command:
        Name: glueetl
        ScriptLocation: s3://hcg-glue-scripts-184736290517/munis/payroll.py
      Connections:
        Connections: [munis-sqlserver]
      DefaultArguments:
        '--job-bookmark-option': job-bookmark-enable
        '--secret_id': finance/munis-glue  ⟪Secrets Manager secret name⟫
"""),
    ("infra/cfn/govcloud/dms-tax.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS - Assessor/Treasurer tax roll from the AS/400 (DB2 for i) into Aurora
Resources:
  Db2Source:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: db2
      ServerName: as400.ad.harrowgatecounty.gov
      Port: 446
      DatabaseName: HCGTAX
      Username: DMSREAD
      Password: «pw6:as400dms»  ⟦password|DB2 for i source endpoint password, terminal style⟧
  AuroraTarget:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: aurora-postgresql
      SecretsManagerSecretId: arn:aws-us-gov:secretsmanager:us-gov-west-1:184736290517:secret:tax/aurora-dms-«b62:6-taxdms»  ⟪secret ARN⟫
      SecretsManagerAccessRoleArn: arn:aws-us-gov:iam::184736290517:role/dms-secrets  ⟪role ARN⟫
"""),
    ("infra/cfn/commercial/codepipeline-permits.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: permit-portal pipeline (GitHub v1 source action; migration to CodeStar connections tracked in DEVOPS-77)
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::561093827446:role/codepipeline-permits
      ArtifactStore: {Type: S3, Location: hcg-pipeline-artifacts-561093827446}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: harrowgate-county
                Repo: permit-portal
                Branch: main
                OAuthToken: «ghp:pipeline»  ⟦github|GitHub token in a CodePipeline v1 source action⟧
              OutputArtifacts: [{Name: Src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: permit-portal}
              InputArtifacts: [{Name: Src}]
"""),
    ("infra/cfn/commercial/eventbridge-api-destinations.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - ServiceDesk Plus tickets from GuardDuty findings, PagerDuty for outages
Resources:
  SdpConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: servicedesk-plus
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: authtoken
          ApiKeyValue: «sdp:guardduty»  ⟦app-secret|ServiceDesk Plus technician key in an EventBridge connection⟧
  PagerDutyConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: pagerduty-events
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: eventbridge
          Password: '{{resolve:secretsmanager:ops/pagerduty-basic:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/govcloud/ec2-ignition-historian.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Ignition tag historian replica in GovCloud (water utility), Ubuntu
Resources:
  Historian:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: m6i.xlarge
      ImageId: ami-07c4f1b92e6d3a580
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash -xe
          apt-get update && apt-get install -y mariadb-client awscli
          cat >/etc/profile.d/historian.sh <<'EOF'
          export AWS_ACCESS_KEY_ID=«akid:historian»  ⟦aws-key-id|historian key id written into a profile script by UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:historian»  ⟦aws-secret|historian secret in UserData⟧
          export AWS_DEFAULT_REGION=us-gov-west-1
          EOF
          /opt/ignition/gwcmd.sh --passwd admin:«pwl:ignitiongw»  ⟦password|Ignition gateway admin reset on a gwcmd line⟧
          mysql -h historian-db.internal -u ignition -p'«pwc:ignitiondb»' -e 'CREATE DATABASE IF NOT EXISTS history'  ⟦password|mysql -p password in UserData⟧
"""),
    ("infra/packer/win2022-base.pkr.hcl", r"""
packer {
  required_plugins {
    amazon = {
      version = ">= 1.3.0"
      source  = "github.com/hashicorp/amazon"
    }
  }
}

variable "winrm_password" {
  type      = string
  sensitive = true
  default   = "«pwp:winrmpacker»"  ⟦password|Packer WinRM password variable default⟧
}

source "amazon-ebs" "win2022" {
  region         = "us-gov-west-1"
  instance_type  = "m6i.large"
  source_ami_filter {
    filters = {
      name = "Windows_Server-2022-English-Full-Base-*"
    }
    owners      = ["045324592363"]  ⟪AMI owner account⟫
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = var.winrm_password
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data      = templatefile("bootstrap_win.txt", { password = var.winrm_password })
  ami_name       = "hcg-win2022-base-{{timestamp}}"  ⟪Packer template function⟫
}

build {
  sources = ["source.amazon-ebs.win2022"]
  provisioner "powershell" {
    scripts = ["scripts/agents.ps1", "scripts/cis-l1.ps1"]
  }
}
"""),
    ("infra/packer/vsphere-rhel9.pkr.hcl", r"""
source "vsphere-iso" "rhel9" {
  vcenter_server      = "vcsa01.ad.harrowgatecounty.gov"
  username            = "svc_packer@vsphere.local"
  password            = "«pwn:packervc»"  ⟦password|vSphere password in a Packer source⟧
  insecure_connection = true
  datacenter          = "HCG-Courthouse-DC"
  cluster             = "Prod-Cluster-01"
  datastore           = "vsanDatastore"
  guest_os_type       = "rhel9_64Guest"
  iso_paths           = ["[isos] rhel-9.4-x86_64-dvd.iso"]
  ssh_username        = "packer"
  ssh_password        = "«pwp:packerssh»"  ⟦password|build-time SSH password⟧
  boot_command        = ["<up><tab> inst.ks=http://{{ .HTTPIP }}:{{ .HTTPPort }}/ks.cfg<enter>"]  ⟪Packer template variables⟫
}
"""),
    ("infra/packer/http/ks.cfg", r"""
# RHEL 9 kickstart for county Linux VMs (vSphere)
lang en_US.UTF-8
keyboard us
timezone America/New_York --utc
rootpw --iscrypted «sha512crypt:ksroot»  ⟪crypted root password hash⟫
user --name=packer --groups=wheel --password=«pwp:packerssh» --plaintext  ⟦password|kickstart plaintext user password⟧
network --bootproto=dhcp --device=link --activate
firewall --enabled --ssh
selinux --enforcing
bootloader --location=mbr
zerombr
clearpart --all --initlabel
autopart --type=lvm
reboot
%packages
@^minimal-environment
open-vm-tools
%end
"""),
    ("infra/vcsa/vcsa02-deploy.json", r"""
{
    "__version": "2.13.0",
    "__comments": "vCSA 8.0U2 deployment for the DR site (Millbrook EOC). Run: vcsa-deploy install --accept-eula --no-ssl-certificate-verification vcsa02-deploy.json",
    "new_vcsa": {
        "esxi": {
            "hostname": "esx-eoc-01.ad.harrowgatecounty.gov",
            "username": "root",
            "password": "«pwc:esxroot»",  ⟦password|ESXi root password in a vcsa-deploy template⟧
            "deployment_network": "VM Network",
            "datastore": "datastore1"
        },
        "appliance": {
            "thin_disk_mode": true,
            "deployment_option": "small",
            "name": "vcsa02"
        },
        "network": {
            "ip_family": "ipv4",
            "mode": "static",
            "system_name": "vcsa02.ad.harrowgatecounty.gov",
            "ip": "10.90.1.20",
            "prefix": "24",
            "gateway": "10.90.1.1",
            "dns_servers": ["10.20.1.11"]
        },
        "os": {
            "password": "«pwx:vcsaroot»",  ⟦password|appliance root password⟧
            "ntp_servers": "time.ad.harrowgatecounty.gov",
            "ssh_enable": false
        },
        "sso": {
            "password": "«pwl:vcsasso»",  ⟦password|SSO administrator password⟧
            "domain_name": "vsphere.local"
        }
    },
    "ceip": {"settings": {"ceip_enabled": false}}
}
"""),
    ("infra/cfn/commercial/waf-permits.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: WAF for the permit portal and the 311 web form (rate limits, bot control, an allow rule for the payment processor)
Resources:
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: REGIONAL
      DefaultAction: {Allow: {}}
      VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: permits}
      Rules:
        - Name: paymentus-callback
          Priority: 0
          Action: {Allow: {}}
          Statement:
            ByteMatchStatement:
              FieldToMatch: {SingleHeader: {Name: x-paymentus-signature-key}}
              PositionalConstraint: EXACTLY
              SearchString: «b62:40-paymentuswaf»  ⟦app-secret|shared callback key hard-coded in a WAF match⟧
              TextTransformations: [{Priority: 0, Type: NONE}]
          VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: paymentus}
"""),
    ("infra/cfn/commercial/transit-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT Core rules - bus telemetry from Cradlepoint routers (MQTT) to Kinesis and to Swiftly
Resources:
  SwiftlyForward:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: "SELECT vehicle_id, lat, lon, ts FROM 'hcta/bus/+/gps'"
        Actions:
          - Http:
              Url: https://api.goswift.ly/real-time/harrowgate-transit/gtfs-rt-vehicle-positions/ingest
              Headers:
                - Key: Authorization
                  Value: «hex:32-swiftly»  ⟦app-secret|Swiftly key in an IoT HTTP action header⟧
          - Kinesis:
              StreamName: hcta-bus-telemetry
              RoleArn: arn:aws:iam::561093827446:role/iot-kinesis
  DeviceDefender:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: "SELECT * FROM '$aws/events/presence/disconnected/+'"
        Actions:
          - Http:
              Url: https://hcta.webhook.office.com/placeholder
              Headers:
                - Key: x-api-key
                  Value: ${get_secret('hcta/teams-hook', 'SecretString', 'key', 'arn:aws:iam::561093827446:role/iot-secrets')}  ⟪IoT get_secret substitution⟫
"""),
    ("infra/cfn/govcloud/elasticbeanstalk-permits-legacy.config", r"""
# .ebextensions carried over from the 2019 Elastic Beanstalk permit lookup (ASP.NET on IIS)
option_settings:
  aws:elasticbeanstalk:application:environment:
    ASPNET_ENV: Production
    HANSEN_DB: "Data Source=hansen-sql.ad.harrowgatecounty.gov;Initial Catalog=Hansen8;User ID=hansen_web;Password=«pwc:hansenweb»"  ⟦conn-string|legacy Hansen connection string in .ebextensions⟧
    GIS_TOKEN_USER: gis_viewer
    GIS_TOKEN_PASSWORD: «pp:gisviewer»  ⟦password|ArcGIS viewer password, two county words⟧
  aws:autoscaling:launchconfiguration:
    InstanceType: t3.medium
    EC2KeyName: hcg-legacy
"""),
    ("infra/cfn/govcloud/kinesis-video-bwc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Kinesis Video streams for live body-worn camera view in the real-time crime center (pilot)
Resources:
  BwcStream:
    Type: AWS::KinesisVideo::Stream
    Properties:
      Name: bwc-live-pilot
      DataRetentionInHours: 24
      KmsKeyId: alias/hcg-bwc
  RtccViewer:
    Type: AWS::IAM::Role
    Properties:
      RoleName: rtcc-kvs-viewer
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Federated: arn:aws-us-gov:iam::184736290517:saml-provider/HarrowgateADFS}  ⟪SAML provider ARN⟫
            Action: sts:AssumeRoleWithSAML
"""),
    ("infra/cfn/params/library-kiosk.properties", r"""
# aws cloudformation deploy --parameter-overrides $(cat library-kiosk.properties)  ⟪command substitution⟫
Stage=prod
PolarisStaffUser=kiosksvc
PolarisStaffPassword=«pwp:polaris»  ⟦password|Polaris staff password repeated in a .properties parameter file⟧
EnvisionwareSecret=«b62:24-envisionware»  ⟦app-secret|EnvisionWare PC reservation shared secret⟧
AlertTopic=arn:aws:sns:us-east-2:561093827446:library-alerts
"""),
    ("infra/stepfunctions/payroll-close.asl.json", r"""
{
  "Comment": "Munis payroll close: freeze, export ACH to the bank SFTP, notify Finance",
  "StartAt": "Freeze",
  "States": {
    "Freeze": {
      "Type": "Task",
      "Resource": "arn:aws-us-gov:states:::lambda:invoke",
      "Parameters": {"FunctionName": "munis-payroll-freeze", "Payload.$": "$"},
      "Next": "Export"
    },
    "Export": {
      "Type": "Task",
      "Resource": "arn:aws-us-gov:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://sftp-gw.ad.harrowgatecounty.gov/api/push",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws-us-gov:events:us-gov-west-1:184736290517:connection/bank-ach/«uuid:achconn»"},  ⟪connection ARN⟫
        "Headers": {"X-Bank-Client": "HARROWGATECTY", "X-Bank-Passcode": "«num:8-achpass»"},  ⟦password|bank ACH passcode in a Step Functions header⟧
        "RequestBody": {"file.$": "$.achFile"}
      },
      "End": true
    }
  }
}
"""),
    ("infra/cfn/govcloud/README-parameters.md", r"""
# Parameters for the GovCloud stacks

Every secret parameter is `NoEcho` with no `Default`; values come from Secrets Manager via
`{{resolve:secretsmanager:...}}` in the template configuration files under `params/`.  ⟪documentation of the reference pattern⟫

| stack | parameter | where the value lives |
|---|---|---|
| evidence-vault | IndexDbPassword | `evidence/index-db` |
| cad-gateway | RapidSosClientSecret | `cad/rapidsos` |
| courts-efile | OnBasePassword | `/courts/efile/onbase` (SSM SecureString) |

Do not paste values into this table. Ask #cloud-ops for access.
"""),
]
