"""fresh19 templates, AWS infrastructure as code (Kestrel Valley Health): CloudFormation YAML (with tags) and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, HealthLake,
Transfer Family, Site-to-Site VPN, AppStream, WorkSpaces, Terraform and tfvars, Terragrunt, CDK (TypeScript,
Python, Java), Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/osprey-integration-engine.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  osprey - clinical integration engine (Mirth Connect on ECS Fargate, HL7 v2 over MLLP behind an NLB,
  FHIR R4 facade). Aurora PostgreSQL holds the message store. PHI: yes.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, nonprod]
  MirthAdminPassword:
    Type: String
    NoEcho: true
Resources:
  MessageStore:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: mirthdb
      MasterUsername: mirth_owner
      MasterUserPassword: «pwh:mirthdb»  ⟦password|Aurora master password, unit word + digits⟧
      StorageEncrypted: true
      KmsKeyId: !ImportValue kvh-phi-kms-key-arn
      Tags:
        - Key: kvh:data-class
          Value: phi
        - Key: kvh:app
          Value: osprey
  EngineTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub osprey-mirth-${Env}
      RequiresCompatibilities: [FARGATE]
      Cpu: '2048'
      Memory: '8192'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: mirth
          Image: 418306275591.dkr.ecr.us-east-2.amazonaws.com/osprey/mirth@sha256:«sha256:mirthimg»  ⟪image digest⟫
          PortMappings:
            - ContainerPort: 8443
            - ContainerPort: 6661
          Environment:
            - Name: DATABASE
              Value: postgres
            - Name: DATABASE_USERNAME
              Value: mirth_owner
            - Name: DATABASE_PASSWORD
              Value: «pwh:mirthdb»  ⟦password|same master password repeated in the ECS environment⟧
            - Name: KEYSTORE_STOREPASS
              Value: «pwr:mirthks»  ⟦password|Mirth keystore store password in ECS env⟧
            - Name: MIRTH_ADMIN_PASSWORD
              Value: !Ref MirthAdminPassword  ⟪Ref of a NoEcho parameter without Default⟫
"""),
    ("infra/cfn/osprey-integration-engine.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "MirthAdminPassword", "ParameterValue": "«pwc:mirthadmin»"},  ⟦password|parameter file supplies the NoEcho value⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-east-2:418306275591:osprey-alarms"}
]
"""),
    ("infra/cfn/heron-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: heron - patient portal backend (appointments, bill pay, proxy access); fronted by CloudFront + WAF
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 20
    Tracing: Active
    Environment:
      Variables:
        EPIC_FHIR_BASE: https://fhir.kestrelvalley.org/interconnect-prd-oauth/api/FHIR/R4
        EPIC_CLIENT_ID: «uuid:epicportalclient»  ⟪Epic on FHIR client id, an identifier⟫
Resources:
  AppointmentsFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/appointments.handler
      CodeUri: ./
      Environment:
        Variables:
          TWILIO_ACCOUNT_SID: «twac:portal»  ⟪Twilio account SID⟫
          TWILIO_AUTH_TOKEN: «hex:32-twportal»  ⟦app-secret|Twilio auth token in SAM env⟧
          SENDGRID_API_KEY: «sg:portal»  ⟦app-secret|SendGrid key in SAM env⟧
  BillPayFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/billpay.handler
      CodeUri: ./
      Environment:
        Variables:
          INSTAMED_ACCOUNT_ID: kestrelvalley-prod
          INSTAMED_API_KEY: «uuid:instamedkey»  ⟪InstaMed API key id (paired with a secret below)⟫
          INSTAMED_API_SECRET: «b62:40-instamedsec»  ⟦app-secret|InstaMed API secret in SAM env⟧
          STRIPE_PUBLISHABLE_KEY: «pk:portal»  ⟪Stripe publishable key⟫
          PAYMENTS_DB_SECRET: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:heron/payments-db  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/heron-portal/samconfig.toml", r"""
version = 0.1
[prod.deploy.parameters]
stack_name = "heron-portal-prod"
s3_bucket = "kvh-sam-artifacts-418306275591"
region = "us-east-2"
capabilities = "CAPABILITY_IAM CAPABILITY_AUTO_EXPAND"
parameter_overrides = "Env=prod PortalDbPassword=«pwn:portaldb» AlertEmail=portal-oncall@kestrelvalley.org"  ⟦password|samconfig parameter_overrides password⟧
confirm_changeset = false

[nonprod.deploy.parameters]
stack_name = "heron-portal-nonprod"
s3_bucket = "kvh-sam-artifacts-720954318846"
region = "us-east-2"
parameter_overrides = "Env=nonprod PortalDbPassword={{resolve:ssm-secure:/heron/nonprod/db}}"  ⟪dynamic reference in parameter_overrides⟫
"""),
    ("infra/cfn/wren-imaging-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: wren - cloud vendor-neutral archive (Orthanc cluster on EC2 behind an internal NLB, S3 storage plugin)
Parameters:
  InstanceType:
    Type: String
    Default: r6i.2xlarge
  LatestAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64  ⟪SSM public parameter path⟫
Resources:
  OrthancLaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateData:
        ImageId: !Ref LatestAmi
        InstanceType: !Ref InstanceType
        IamInstanceProfile: {Name: wren-orthanc}
        UserData:
          Fn::Base64: !Sub |
            #!/bin/bash
            dnf install -y docker
            systemctl enable --now docker
            cat >/etc/orthanc/credentials.json <<'JSON'
            {"RegisteredUsers": {"wren-admin": "«pwx:orthancadmin»", "powerscribe": "«pwn:orthancps»"}}  ⟦password|Orthanc registered users in UserData⟧
            JSON
            export AWS_ACCESS_KEY_ID=«akid:wrens3»  ⟦aws-key-id|key id exported in UserData⟧
            export AWS_SECRET_ACCESS_KEY=«awssec:wrens3»  ⟦aws-secret|secret exported in UserData⟧
            docker run -d --name orthanc -p 4242:4242 -p 8042:8042 -v /etc/orthanc:/etc/orthanc \
              -e AWS_ACCESS_KEY_ID -e AWS_SECRET_ACCESS_KEY osimis/orthanc:24.6.2
      TagSpecifications:
        - ResourceType: instance
          Tags:
            - {Key: kvh:app, Value: wren}
            - {Key: kvh:data-class, Value: phi}
            - {Key: kvh:backup, Value: daily-35d}
"""),
    ("infra/cfn/wren-dicom-router.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "wren DICOM router: forwards CT and MR studies from the modalities to the cloud VNA and to the reading radiologists' PACS",
  "Resources": {
    "RouterFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "wren-dicom-router",
        "Runtime": "python3.12",
        "Handler": "router.handler",
        "Role": "arn:aws:iam::418306275591:role/wren-router",
        "Code": {"S3Bucket": "kvh-artifacts-418306275591", "S3Key": "wren/router-3.4.1.zip"},
        "Environment": {
          "Variables": {
            "CALLING_AE": "«ae:KVH_ROUTER»",  ⟪DICOM AE title⟫
            "TELERAD_DICOMWEB_URL": "https://dicomweb.nightreads-telerad.net/studies",
            "TELERAD_DICOMWEB_USER": "kvh_router",
            "TELERAD_DICOMWEB_PASSWORD": "«pwx:telerad»",  ⟦password|teleradiology DICOMweb password in Lambda env (JSON)⟧
            "STUDY_BUCKET": "kvh-wren-studies-418306275591"
          }
        },
        "Tags": [{"Key": "kvh:app", "Value": "wren"}, {"Key": "kvh:owner", "Value": "imaging-informatics"}]
      }
    }
  }
}
"""),
    ("infra/cfn/finch-clearinghouse-sftp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: finch - revenue cycle file exchange (837P/837I out, 835/277CA in) with the clearinghouse over SFTP
Resources:
  ClearinghouseConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.clearinghouse-partner.net
      AccessRole: arn:aws:iam::418306275591:role/finch-transfer
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-2:418306275591:secret:finch/clearinghouse-sftp-«b62:6-chsftp»  ⟪Secrets Manager ARN⟫
        TrustedHostKeys:
          - «sshpub:edchhost:»  ⟪SFTP host public key⟫
  LockboxSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: finch/bank-lockbox-sftp
      Description: Bank lockbox remittance SFTP (BAI2 / 835)
      SecretString: '{"username":"kvh_lockbox","password":"«pwc:lockbox»"}'  ⟦password|literal SecretString in CloudFormation⟧
      Tags:
        - Key: kvh:app
          Value: finch
        - Key: kvh:pci
          Value: 'no'
"""),
    ("infra/cfn/finch-eligibility.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: finch - real-time eligibility (270/271) and claim status (276/277) through the clearinghouse API
Parameters:
  ClearinghouseClientSecret:
    Type: String
    NoEcho: true
    Default: «secret20:chclient»  ⟦app-secret|NoEcho parameter with a literal Default (clearinghouse API client secret)⟧
Resources:
  EligibilityFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: java21
      Handler: org.kestrelvalley.finch.Eligibility::handleRequest
      Role: arn:aws:iam::418306275591:role/finch-eligibility
      MemorySize: 1024
      Code: {S3Bucket: kvh-artifacts-418306275591, S3Key: finch/eligibility-2.8.0.jar}
      Environment:
        Variables:
          CH_TOKEN_URL: https://apigw.clearinghouse-partner.net/apip/auth/v2/token
          CH_CLIENT_ID: «lo:32-chclientid»  ⟪client id⟫
          CH_CLIENT_SECRET: !Ref ClearinghouseClientSecret
          AVAILITY_CLIENT_ID: «uuid:availityid»  ⟪Availity client id⟫
          AVAILITY_CLIENT_SECRET: «secret20:availity»  ⟦app-secret|Availity client secret in Lambda env⟧
"""),
    ("infra/cfn/sparrow-rx-interfaces.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: sparrow - pharmacy interfaces (Surescripts e-prescribing relay, PDMP lookups, dispensing cabinet sync)
Resources:
  PdmpFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: sparrow-pdmp-gateway
      Runtime: python3.12
      Handler: pdmp.handler
      Role: arn:aws:iam::418306275591:role/sparrow-pdmp
      Code: {S3Bucket: kvh-artifacts-418306275591, S3Key: sparrow/pdmp-1.9.3.zip}
      Environment:
        Variables:
          PMP_GATEWAY_URL: https://prep.pmpgateway.net/v5_1/patient
          PMP_GATEWAY_USERNAME: kestrelvalley_ehr
          PMP_GATEWAY_PASSWORD: «pwr:pmpgw»  ⟦password|PMP Gateway password in Lambda env⟧
          SURESCRIPTS_KEYSTORE_PASSWORD: «pwx:ssks»  ⟦password|Surescripts client keystore password⟧
          DEA_REGISTRATION: «dea:kvhrx»  ⟪DEA number, an identifier⟫
      Tags:
        - Key: kvh:app
          Value: sparrow
        - Key: kvh:controlled-substances
          Value: 'yes'
  CabinetSyncQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: sparrow-cabinet-sync
      KmsMasterKeyId: alias/kvh-phi
"""),
    ("infra/cfn/merlin-research-warehouse.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: merlin - research data warehouse (OMOP CDM on Redshift, de-identified extracts for IRB-approved studies)
Parameters:
  RedshiftAdminPassword:
    Type: String
    NoEcho: true
    MinLength: 12
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterIdentifier: merlin-omop
      NodeType: ra3.4xlarge
      NumberOfNodes: 2
      DBName: omop
      MasterUsername: merlin_admin
      MasterUserPassword: !Ref RedshiftAdminPassword  ⟪Ref of a NoEcho parameter⟫
      Encrypted: true
      Tags:
        - {Key: kvh:app, Value: merlin}
        - {Key: kvh:irb, Value: 'KVH-IRB-2024-118'}
  RedcapSyncFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: redcap_sync.handler
      Role: arn:aws:iam::253619847702:role/merlin-redcap
      Code: {S3Bucket: kvh-research-artifacts, S3Key: merlin/redcap-sync-0.7.zip}
      Environment:
        Variables:
          REDCAP_API_URL: https://redcap.kestrelvalley.org/api/
          REDCAP_API_TOKEN: «redcap:sepsis»  ⟦app-secret|REDCap API token in Lambda env⟧
          REDSHIFT_PASSWORD: «pwl:rsetl»  ⟦password|Redshift ETL password in Lambda env⟧
"""),
    ("infra/cfn/merlin-research-warehouse.params.json", r"""
[
  {"ParameterKey": "RedshiftAdminPassword", "ParameterValue": "{{resolve:secretsmanager:merlin/redshift-admin:SecretString:password}}"}  ⟪dynamic reference in a parameter file⟫
]
"""),
    ("infra/cfn/lark-telehealth.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lark - telehealth visit orchestration (Zoom Video SDK sessions, interpreter dial-in, waiting room)
Resources:
  SessionFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: lark-session
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::418306275591:role/lark-session
      Code: {S3Bucket: kvh-artifacts-418306275591, S3Key: lark/session-4.2.0.zip}
      Environment:
        Variables:
          ZOOM_SDK_KEY: «zoomid:videosdk»  ⟪Zoom Video SDK key (identifier)⟫
          ZOOM_SDK_SECRET: «zoomsec:videosdk»  ⟦app-secret|Zoom Video SDK secret in Lambda env⟧
          INTERPRETER_VENDOR_TOKEN: «b62:40-interp»  ⟦app-secret|interpreter service API token⟧
          WAITING_ROOM_TABLE: lark-waiting-room
      Tags:
        - Key: kvh:app
          Value: lark
"""),
    ("infra/cfn/plover-device-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: plover - biomedical device data (infusion pump server feeds, patient monitor HL7 via the vendor gateway) into IoT Core
Resources:
  PumpFeedRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'kvh/pumps/+/events'
        Actions:
          - Http:
              Url: https://alerts.clinicalcomms-vendor.net/api/v2/events
              Auth:
                Sigv4: {ServiceName: execute-api, SigningRegion: us-east-2, RoleArn: arn:aws:iam::418306275591:role/plover-http}
              Headers:
                - Key: X-Api-Key
                  Value: «b62:36-commsvendor»  ⟦app-secret|clinical comms vendor API key in an IoT rule header⟧
  MonitorGatewayUser:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: plover-monitor-gateway
Outputs:
  GatewayKeyId:
    Value: !Ref MonitorGatewayUser
  GatewaySecret:
    Value: !GetAtt MonitorGatewayUser.SecretAccessKey  ⟪GetAtt of a generated secret⟫
"""),
    ("infra/cfn/vpn-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPNs to partners - reference lab (HL7 ORM/ORU), state immunization registry, HIE
Resources:
  RefLabVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0a7d31e9c4b58f216  ⟪customer gateway id⟫
      TransitGatewayId: tgw-04c9e1b7a2d6f3850
      StaticRoutesOnly: true
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-reflabpsk1»  ⟦password|VPN tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «lo:32-reflabpsk2»  ⟦password|second tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.44.4/30
      Tags:
        - Key: Name
          Value: reflab-hl7
        - Key: kvh:partner
          Value: reference-lab
  HieVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0e52b8a1d97c3f640
      TransitGatewayId: tgw-04c9e1b7a2d6f3850
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: '{{resolve:secretsmanager:network/hie-vpn:SecretString:psk1}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/appstream-epic-hyperspace.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AppStream 2.0 fleet for Epic Hyperspace for affiliated community physicians (non-employed)
Resources:
  HyperspaceImageBuilder:
    Type: AWS::AppStream::ImageBuilder
    Properties:
      Name: hyperspace-ib-2026q2
      InstanceType: stream.standard.large
      ImageName: AppStream-WinServer2019-06-12-2024
      DomainJoinInfo:
        DirectoryName: kvh.local
        OrganizationalUnitDistinguishedName: OU=AppStream,OU=Servers,DC=kvh,DC=local
  DirectoryConfig:
    Type: AWS::AppStream::DirectoryConfig
    Properties:
      DirectoryName: kvh.local
      OrganizationalUnitDistinguishedNames: [OU=AppStream,OU=Servers,DC=kvh,DC=local]
      ServiceAccountCredentials:
        AccountName: KVH\svc-appstream-join
        AccountPassword: «pwc:appstreamjoin»  ⟦password|AppStream directory service account password⟧
"""),
    ("infra/cfn/workspaces-coding.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "WorkSpaces for remote HIM coders and CDI specialists",
  "Parameters": {
    "DirectoryId": {"Type": "String", "Default": "d-9067a1b2c3"},
    "AdConnectorPassword": {"Type": "String", "NoEcho": true, "Default": "«pwh:adconnector»"}  ⟦password|NoEcho Default in a JSON template⟧
  },
  "Resources": {
    "CoderBundleWorkspace": {
      "Type": "AWS::WorkSpaces::Workspace",
      "Properties": {
        "BundleId": "wsb-8vbljg4r6",
        "DirectoryId": {"Ref": "DirectoryId"},
        "UserName": "coder.pool01",
        "Tags": [{"Key": "kvh:dept", "Value": "him-coding"}, {"Key": "kvh:cost-center", "Value": "7420"}]
      }
    }
  }
}
"""),
    ("infra/cfn/healthlake-import.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: HealthLake FHIR data store for population health; nightly bulk export import from Epic
Resources:
  PopHealthStore:
    Type: AWS::HealthLake::FHIRDatastore
    Properties:
      DatastoreName: kvh-pophealth
      DatastoreTypeVersion: R4
      PreloadDataConfig: {PreloadDataType: SYNTHEA}  ⟪HealthLake preload setting⟫
      SseConfiguration:
        KmsEncryptionConfig: {CmkType: CUSTOMER_MANAGED_KMS_KEY, KmsKeyId: arn:aws:kms:us-east-2:418306275591:key/«uuid:hlkms»}
  BulkExportFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: bulk.handler
      Role: arn:aws:iam::418306275591:role/pophealth-bulk
      Code: {S3Bucket: kvh-artifacts-418306275591, S3Key: pophealth/bulk-1.2.0.zip}
      Environment:
        Variables:
          EPIC_BACKEND_CLIENT_ID: «uuid:epicbulkclient»  ⟪Epic backend client id⟫
          EPIC_PRIVATE_KEY_SSM: /pophealth/epic/backend-jwk  ⟪SSM parameter name⟫
"""),
    ("infra/cfn/mychart-sms-ses.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: outbound patient notifications - SES SMTP relay user for the Epic interconnect mail relay
Resources:
  SmtpRelayUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-epic-relay
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Version: '2012-10-17'
            Statement: [{Effect: Allow, Action: 'ses:SendRawEmail', Resource: '*'}]
Outputs:
  SmtpUsername:
    Description: SES SMTP username, copied here on 2026-02-11 by the relay migration
    Value: «akid:sesrelay»  ⟦aws-ses-smtp|SES SMTP user name (an access key id) in an Output⟧
  SmtpPassword:
    Description: do not remove - the relay reads it from the stack outputs
    Value: «sesv4:sesrelay»  ⟦aws-ses-smtp|SES SMTP password in an Output⟧
"""),
    ("infra/cfn/ehr-downtime-bca.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Epic BCA (business continuity access) downtime report distribution - S3 + EC2 print servers
Resources:
  BcaPrintServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0b8e4d6c2a9f17350  ⟪AMI id⟫
      InstanceType: m6i.large
      SubnetId: subnet-03f9c8e2a1b7d4560
      UserData:
        Fn::Base64: |
          <powershell>
          net user bcaadmin «pwh:bcaadmin» /add  ⟦password|net user password in a Windows UserData⟧
          net localgroup Administrators bcaadmin /add
          Read-S3Object -BucketName kvh-bca-reports -KeyPrefix daily -Folder D:\BCA
          </powershell>
      Tags:
        - {Key: Name, Value: bca-print-01}
        - {Key: kvh:app, Value: epic-bca}
"""),
    ("infra/cfn/kvh-stackset-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: org baseline StackSet - CloudTrail, Config, break-glass role, guardrails
Resources:
  BreakGlassRole:
    Type: AWS::IAM::Role
    Properties:
      RoleName: kvh-breakglass
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {AWS: arn:aws:iam::720954318846:root}  ⟪account principal⟫
            Action: sts:AssumeRole
            Condition: {Bool: {aws:MultiFactorAuthPresent: 'true'}}
  TrailBucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: kvh-org-cloudtrail
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: cloudtrail.amazonaws.com}
            Action: s3:PutObject
            Resource: arn:aws:s3:::kvh-org-cloudtrail/AWSLogs/*
"""),
    ("infra/cfn/ecs-taskdefs/osprey-fhir-facade.json", r"""
{
  "family": "osprey-fhir-facade",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::418306275591:role/osprey-exec",
  "containerDefinitions": [
    {
      "name": "facade",
      "image": "418306275591.dkr.ecr.us-east-2.amazonaws.com/osprey/fhir-facade:2.14.0",
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SMART_CLIENT_ID", "value": "kvh-fhir-facade"},
        {"name": "SMART_CLIENT_SECRET", "value": "«smartsec:facade»"},  ⟦app-secret|SMART on FHIR client secret in an ECS task definition⟧
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com:5432/facade"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:facadedb»"}  ⟦password|datasource password in an ECS task definition⟧
      ],
      "secrets": [
        {"name": "EPIC_INTERCONNECT_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-2:418306275591:parameter/osprey/interconnect-emp"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/osprey-fhir-facade", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "facade"}}
    }
  ]
}
"""),
    ("infra/cfn/ecs-taskdefs/finch-remit-poster.json", r"""
{
  "family": "finch-remit-poster",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "poster",
      "image": "418306275591.dkr.ecr.us-east-2.amazonaws.com/finch/remit-poster:1.33.2",
      "environment": [
        {"name": "REMIT_BUCKET", "value": "kvh-finch-835-inbound"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:finchposter»"},  ⟦aws-key-id|key id in ECS environment⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:finchposter»"},  ⟦aws-secret|secret in ECS environment⟧
        {"name": "LOCKBOX_SFTP_PASSWORD", "value": "«pwc:lockbox»"}  ⟦password|lockbox SFTP password reused in ECS env⟧
      ]
    }
  ]
}
"""),
    ("infra/cfn/ecs-taskdefs/wren-ai-triage.json", r"""
{
  "family": "wren-ai-triage",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "4096",
  "memory": "16384",
  "containerDefinitions": [
    {
      "name": "triage",
      "image": "418306275591.dkr.ecr.us-east-2.amazonaws.com/wren/ai-triage:0.9.4",
      "environment": [
        {"name": "VENDOR_LICENSE_SERVER", "value": "https://license.imaging-ai-vendor.com"},
        {"name": "VENDOR_SITE_ID", "value": "KVH-MAIN-01"},
        {"name": "VENDOR_API_KEY", "value": "«hex:40-aivendor»"},  ⟦app-secret|imaging AI vendor API key in ECS env⟧
        {"name": "ORTHANC_URL", "value": "http://wren-orthanc.kvh.internal:8042"},
        {"name": "ORTHANC_PASSWORD", "value": "«pwx:orthancadmin»"}  ⟦password|Orthanc admin password reused in ECS env⟧
      ],
      "secrets": [{"name": "PACS_DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:418306275591:secret:wren/pacs-db-«b62:6-pacsdb»:password::"}]  ⟪valueFrom Secrets Manager⟫
    }
  ]
}
"""),
    ("infra/lambda/sparrow-omnicell-sync.config.json", r"""
{
  "FunctionName": "sparrow-omnicell-sync",
  "Runtime": "dotnet8",
  "Handler": "Sparrow.CabinetSync::Sparrow.CabinetSync.Function::Handler",
  "MemorySize": 512,
  "Timeout": 60,
  "Role": "arn:aws:iam::418306275591:role/sparrow-cabinet",
  "VpcConfig": {"SubnetIds": ["subnet-0c6a1e8d9b2f47350"], "SecurityGroupIds": ["sg-07d9e2c1b8a4f6530"]},
  "Environment": {
    "Variables": {
      "OMNICENTER_URL": "https://omnicenter.kvh.local/OmnicellWebServices",
      "OMNICENTER_USER": "svc_sparrow",
      "OMNICENTER_PASSWORD": "«pw6:omnicenter»",  ⟦password|OmniCenter service password in a Lambda configuration⟧
      "FORMULARY_DB": "Server=rxformulary.kvh.local;Database=Formulary;User Id=sparrow;Password=«pwh:formularydb»;"  ⟦conn-string|SQL Server connection string with a password⟧
    }
  },
  "CodeSha256": "«b64k:32-omnisha»",  ⟪CodeSha256⟫
  "Version": "$LATEST"
}
"""),
    ("infra/lambda/nursecall-bridge.config.json", r"""
{
  "FunctionName": "nursecall-bridge",
  "Runtime": "python3.12",
  "Handler": "bridge.handler",
  "Environment": {
    "Variables": {
      "RESPONDER_API": "https://responder5.kvh.local/api",
      "RESPONDER_API_USER": "kvh-integration",
      "RESPONDER_API_PASSWORD": "«pwh:responder»",  ⟦password|nurse call integration password in a Lambda configuration⟧
      "SECURE_TEXT_API_KEY": "«b62:32-tigerkey»",  ⟪secure-messaging API key id (the secret is below)⟫
      "SECURE_TEXT_API_SECRET": "«b64k:33-tigersec»",  ⟦app-secret|secure texting API secret in a Lambda configuration⟧
      "LOG_LEVEL": "INFO"
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-2:418306275591:key/«uuid:ncbkms»"  ⟪KMS key ARN⟫
}
"""),
    ("infra/sls/heron-notifications/serverless.yml", r"""
service: heron-notifications
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  environment:
    FIREBASE_PROJECT: kvh-heron-app
    FCM_SERVER_KEY: AAAA«okx:7-fcmhead»:APA91b«okx:134-fcm»  ⟦app-secret|legacy FCM server key in serverless.yml⟧
    APNS_KEY_ID: «asc:apnskeyid»  ⟪APNs key id⟫
    APNS_TEAM_ID: «asc:teamid»  ⟪Apple team id⟫
    EPIC_SECURE_CHAT_SECRET: ${ssm:/heron/${sls:stage}/secure-chat}  ⟪SSM lookup⟫
    MAILGUN_API_KEY: «mailgun:heron»  ⟦app-secret|Mailgun key in serverless.yml⟧
functions:
  appointmentReminder:
    handler: src/reminder.handler
    events:
      - schedule: cron(0 13 * * ? *)
"""),
    ("infra/sls/finch-statements/serverless.yml", r"""
service: finch-statements
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    PRINT_VENDOR_SFTP_HOST: sftp.statement-printer.net
    PRINT_VENDOR_SFTP_USER: kestrelvalley
    PRINT_VENDOR_SFTP_PASSWORD: «pw:printvendor»  ⟦password|print-and-mail vendor SFTP password in serverless.yml⟧
    PAYMENT_PORTAL_URL: https://pay.kestrelvalley.org
    STATEMENT_SIGNING_SECRET: ${env:STATEMENT_SIGNING_SECRET}  ⟪env lookup⟫
functions:
  render:
    handler: render.handler
    timeout: 900
"""),
    ("infra/terraform/envs/prod/main.tf", r"""
terraform {
  required_version = ">= 1.7.0"
  backend "s3" {
    bucket         = "kvh-tfstate-720954318846"
    key            = "prod/core.tfstate"
    region         = "us-east-2"
    dynamodb_table = "kvh-tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-2"
  default_tags {
    tags = {
      "kvh:owner"      = "cloud-platform"
      "kvh:data-class" = "phi"
      "kvh:hipaa"      = "true"
    }
  }
}

module "osprey_db" {
  source                      = "../../modules/aurora-pg"
  name                        = "osprey"
  master_username             = "osprey_admin"
  manage_master_user_password = true  ⟪RDS-managed master password⟫
}

module "portal_cache" {
  source     = "../../modules/redis"
  name       = "heron-sessions"
  auth_token = "«pwr:heronredis»"  ⟦password|Redis auth token literal in a module call⟧
}
"""),
    ("infra/terraform/envs/prod/terraform.tfvars", r"""
environment          = "prod"
vpc_cidr             = "10.40.0.0/16"
epic_interconnect_ip = "10.12.8.40"
clarity_sql_password = "«pwh:claritysql»"  ⟦password|Clarity SQL password in tfvars⟧
pacs_admin_password  = "«pw:pacsadmin»"  ⟦password|PACS admin password in tfvars⟧
datadog_api_key      = "«ddapi:prod»"  ⟦datadog|Datadog API key in tfvars⟧
datadog_app_key      = "«ddapp:prod»"  ⟦datadog|Datadog application key in tfvars⟧
pagerduty_token      = "«okx:20-pdtoken»"  ⟦app-secret|PagerDuty API token in tfvars⟧
alert_email          = "cloud-oncall@kestrelvalley.org"
"""),
    ("infra/terraform/envs/nonprod/terraform.tfvars", r"""
environment          = "nonprod"
vpc_cidr             = "10.41.0.0/16"
clarity_sql_password = ""  ⟪empty value⟫
pacs_admin_password  = "REPLACE_ME"  ⟪placeholder⟫
datadog_api_key      = "<datadog-api-key>"  ⟪placeholder⟫
synthetic_patient_seed = "«hex:16-synthseed»"
"""),
    ("infra/terraform/modules/aurora-pg/variables.tf", r"""
variable "name" {
  type = string
}

variable "master_username" {
  type    = string
  default = "postgres"
}

variable "master_password" {
  type      = string
  sensitive = true
  default   = null  ⟪null default⟫
}

variable "replica_password" {
  type      = string
  sensitive = true
  default   = "«pwn:replica»"  ⟦password|sensitive variable with a literal default⟧
}
"""),
    ("infra/terraform/modules/redis/main.tf", r"""
resource "aws_elasticache_replication_group" "this" {
  replication_group_id       = var.name
  description                = "${var.name} session cache"
  engine                     = "redis"
  node_type                  = "cache.r7g.large"
  num_cache_clusters         = 2
  transit_encryption_enabled = true
  auth_token                 = var.auth_token  ⟪variable reference⟫
}

variable "auth_token" {
  type      = string
  sensitive = true
}
"""),
    ("infra/terraform/envs/prod/transfer-family.tf", r"""
resource "aws_transfer_server" "partners" {
  identity_provider_type = "SERVICE_MANAGED"
  protocols              = ["SFTP"]
  endpoint_type          = "VPC"
  tags = {
    Name        = "kvh-partner-sftp"
    "kvh:owner" = "integration"
  }
}

resource "aws_transfer_user" "reflab" {
  server_id = aws_transfer_server.partners.id
  user_name = "reflab-results"
  role      = aws_iam_role.transfer_reflab.arn
}

resource "aws_transfer_ssh_key" "reflab" {
  server_id = aws_transfer_server.partners.id
  user_name = aws_transfer_user.reflab.user_name
  body      = "«sshpub:edreflab:reflab-results»"  ⟪SSH public key⟫
}

resource "aws_transfer_connector" "immunization_registry" {
  access_role = aws_iam_role.transfer_connector.arn
  url         = "sftp://iis-sftp.state-health.gov"
  sftp_config {
    user_secret_id = aws_secretsmanager_secret.iis_sftp.id  ⟪secret reference⟫
    trusted_host_keys = ["«sshpub:ediishost:»"]
  }
}

resource "aws_secretsmanager_secret_version" "iis_sftp" {
  secret_id     = aws_secretsmanager_secret.iis_sftp.id
  secret_string = jsonencode({ Username = "kvh_iis", Password = "«pwh:iissftp»" })  ⟦password|literal password in a secret version⟧
}
"""),
    ("infra/terraform/envs/prod/iam-legacy.tf", r"""
# Legacy IAM users for on-prem systems that cannot assume roles (tracked in CLOUD-2210)
resource "aws_iam_user" "pacs_archiver" {
  name = "pacs-onprem-archiver"
  tags = { "kvh:owner" = "imaging-informatics" }
}

resource "aws_iam_access_key" "pacs_archiver" {
  user    = aws_iam_user.pacs_archiver.name
  pgp_key = "keybase:kvh_cloudsec"  ⟪pgp_key reference⟫
}

output "pacs_archiver_secret" {
  value     = aws_iam_access_key.pacs_archiver.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

locals {
  # copied from the old Jenkins box so the Kodak CR uploader keeps working until it is retired
  cr_uploader_key_id     = "«akid:cruploader»"  ⟦aws-key-id|key id in Terraform locals⟧
  cr_uploader_secret_key = "«awssec:cruploader»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/envs/prod/providers-saas.tf", r"""
provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = var.datadog_app_key
  api_url = "https://api.us5.datadoghq.com/"
}

provider "pagerduty" {
  token = var.pagerduty_token
}

provider "okta" {
  org_name  = "kestrelvalley"
  base_url  = "okta.com"
  api_token = "«okta:tf»"  ⟦app-secret|Okta API token literal in a provider block⟧
}

provider "github" {
  owner = "kestrel-valley-health"
  token = "«ghp:tfprovider»"  ⟦github|GitHub token literal in a provider block⟧
}
"""),
    ("infra/terraform/envs/prod/rds-clarity-replica.tf", r"""
resource "aws_db_instance" "clarity_reporting" {
  identifier             = "clarity-reporting"
  engine                 = "sqlserver-se"
  engine_version         = "15.00.4355.3.v1"
  instance_class         = "db.r6i.2xlarge"
  allocated_storage      = 2000
  username               = "clarity_admin"
  password               = "«pwc:clarityrds»"  ⟦password|RDS SQL Server password literal⟧
  license_model          = "license-included"
  storage_encrypted      = true
  kms_key_id             = "arn:aws:kms:us-east-2:418306275591:key/«uuid:claritykms»"  ⟪KMS key ARN⟫
  tags = {
    Name             = "clarity-reporting"
    "kvh:data-class" = "phi"
  }
}
"""),
    ("infra/terraform/envs/prod/dms-caboodle.tf", r"""
resource "aws_dms_endpoint" "caboodle_source" {
  endpoint_id   = "caboodle-src"
  endpoint_type = "source"
  engine_name   = "sqlserver"
  server_name   = "caboodle-db01.kvh.local"
  port          = 1433
  database_name = "Caboodle"
  username      = "dms_reader"
  password      = "«pwn:dmsreader»"  ⟦password|DMS source endpoint password⟧
}

resource "aws_dms_endpoint" "merlin_target" {
  endpoint_id                     = "merlin-tgt"
  endpoint_type                   = "target"
  engine_name                     = "redshift"
  secrets_manager_arn             = aws_secretsmanager_secret.merlin_dms.arn  ⟪Secrets Manager ARN reference⟫
  secrets_manager_access_role_arn = aws_iam_role.dms_secrets.arn
}
"""),
    ("infra/terraform/envs/prod/mq-results.tf", r"""
resource "aws_mq_broker" "lab_results" {
  broker_name        = "lab-results"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "CLUSTER_MULTI_AZ"

  user {
    username = "osprey"
    password = "«pwr:rabbitosprey»"  ⟦password|Amazon MQ user password in Terraform⟧
  }
}
"""),
    ("infra/terraform/envs/research/main.tf", r"""
provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:researchtf»"  ⟦aws-key-id|static access key in a Terraform provider⟧
  secret_key = "«awssec:researchtf»"  ⟦aws-secret|static secret key in a Terraform provider⟧
}

resource "aws_sagemaker_domain" "merlin" {
  domain_name = "merlin-studio"
  auth_mode   = "IAM"
  vpc_id      = "vpc-0d2a7c9e1f4b83560"  ⟪VPC id⟫
  subnet_ids  = ["subnet-0a4c8e1d2f6b93570"]
  default_user_settings {
    execution_role = "arn:aws:iam::253619847702:role/merlin-sagemaker"
  }
}
"""),
    ("infra/terraform/envs/research/terraform.tfvars.json", r"""
{
  "databricks_host": "https://dbc-«hex:8-dbxhost»-«hex:4-dbxh2».cloud.databricks.com",
  "databricks_token": "«dapi:merlin»",  ⟦app-secret|Databricks token in a tfvars JSON⟧
  "snowflake_account": "kvh-research",
  "snowflake_password": "«snowpw:researchtf»",  ⟦password|Snowflake password in a tfvars JSON⟧
  "redcap_project_ids": [118, 122, 140]
}
"""),
    ("infra/terraform/envs/prod/workspaces.tf", r"""
resource "aws_workspaces_directory" "coders" {
  directory_id = aws_directory_service_directory.connector.id
  self_service_permissions {
    restart_workspace = true
  }
}

resource "aws_directory_service_directory" "connector" {
  name     = "kvh.local"
  password = "«pwh:adconnector»"  ⟦password|AD Connector service account password in Terraform⟧
  size     = "Small"
  type     = "ADConnector"
  connect_settings {
    customer_dns_ips  = ["10.12.0.10", "10.12.0.11"]
    customer_username = "svc-adconnector"
    subnet_ids        = ["subnet-0b5d9e2c1a7f48360", "subnet-0e8c1a4d7b2f65390"]
    vpc_id            = "vpc-0f1e2d3c4b5a69780"
  }
}
"""),
    ("infra/terraform/envs/prod/secrets.tf", r"""
resource "random_password" "interconnect" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "interconnect" {
  secret_id     = aws_secretsmanager_secret.interconnect.id
  secret_string = random_password.interconnect.result  ⟪random_password result⟫
}

data "aws_secretsmanager_secret_version" "clearinghouse" {
  secret_id = "finch/clearinghouse-api"  ⟪secret name⟫
}

resource "aws_ssm_parameter" "surescripts_portal" {
  name  = "/sparrow/surescripts/portal-password"
  type  = "SecureString"
  value = "«pwx:ssportal»"  ⟦password|SecureString parameter with a literal value⟧
}
"""),
    ("infra/terraform/envs/prod/eventbridge-epic.tf", r"""
resource "aws_cloudwatch_event_connection" "epic_interconnect" {
  name               = "epic-interconnect"
  authorization_type = "BASIC"
  auth_parameters {
    basic {
      username = "emp^OSPREY"
      password = "«pwh:interconnectemp»"  ⟦password|EventBridge connection basic password (Epic EMP user)⟧
    }
  }
}

resource "aws_cloudwatch_event_connection" "servicenow" {
  name               = "servicenow"
  authorization_type = "OAUTH_CLIENT_CREDENTIALS"
  auth_parameters {
    oauth {
      authorization_endpoint = "https://kestrelvalley.service-now.com/oauth_token.do"
      http_method            = "POST"
      client_parameters {
        client_id     = "«hex:32-snowclient»"  ⟪ServiceNow OAuth client id⟫
        client_secret = "«b62:10-snowsec»"  ⟦app-secret|ServiceNow OAuth client secret⟧
      }
    }
  }
}
"""),
    ("infra/terraform/envs/prod/terragrunt/pacs/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::ssh://git@github.com/kestrel-valley-health/tf-modules.git//pacs?ref=v3.2.0"
}

inputs = {
  name                 = "wren-pacs"
  instance_type        = "r6i.4xlarge"
  pacs_db_password     = "«pw:pacsdb»"  ⟦password|Terragrunt input password⟧
  dicom_ae_title       = "«ae:KVH_PACS»"  ⟪AE title⟫
  ldap_bind_password   = get_env("PACS_LDAP_BIND")  ⟪env lookup⟫
}
"""),
    ("infra/terraform/envs/prod/imprivata.tf", r"""
# Imprivata OneSign appliances (badge-tap SSO for clinical workstations) - virtual appliances on EC2
resource "aws_instance" "onesign" {
  count         = 2
  ami           = "ami-0e7f3a1c9d2b84650"
  instance_type = "m6i.xlarge"
  subnet_id     = element(["subnet-0b5d9e2c1a7f48360", "subnet-0e8c1a4d7b2f65390"], count.index)
  user_data = templatefile("${path.module}/onesign-init.tpl", {
    admin_password    = "«pwh:onesignadmin»"  ⟦password|appliance admin password passed to a template⟧
    ad_bind_user      = "svc-onesign"
    ad_bind_password  = var.onesign_ad_bind  ⟪variable reference⟫
  })
  tags = { Name = "onesign-${count.index + 1}", "kvh:app" = "imprivata" }
}
"""),
    ("infra/cdk/osprey/lib/osprey-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class OspreyStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const db = new rds.DatabaseCluster(this, 'Store', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_4 }),
      credentials: rds.Credentials.fromGeneratedSecret('osprey_admin'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });

    const task = new ecs.FargateTaskDefinition(this, 'Mllp', { cpu: 1024, memoryLimitMiB: 4096 });
    task.addContainer('mllp', {
      image: ecs.ContainerImage.fromRegistry('418306275591.dkr.ecr.us-east-2.amazonaws.com/osprey/mllp-listener:5.1.0'),
      environment: {
        RHAPSODY_LOCKER_PASSWORD: '«pwx:rhapsodylocker»',  ⟦password|literal password in a CDK container environment⟧
        CLOVERLEAF_HOST: 'cloverleaf.kvh.local',
      },
      secrets: {
        DB_PASSWORD: ecs.Secret.fromSecretsManager(db.secret!, 'password'),  ⟪ECS secret from Secrets Manager⟫
      },
    });

    new secretsmanager.Secret(this, 'LabVendor', {
      secretName: 'osprey/lab-vendor',
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwn:labvendor»'),  ⟦password|unsafePlainText secret in CDK⟧
    });
    cdk.Tags.of(this).add('kvh:app', 'osprey');
  }
}
"""),
    ("infra/cdk/merlin/app.py", r"""
#!/usr/bin/env python3
import aws_cdk as cdk
from aws_cdk import aws_glue as glue, aws_secretsmanager as sm
from constructs import Construct


class MerlinEtl(cdk.Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        glue.CfnConnection(self, "CaboodleJdbc", catalog_id=self.account, connection_input=glue.CfnConnection.ConnectionInputProperty(
            connection_type="JDBC",
            connection_properties={
                "JDBC_CONNECTION_URL": "jdbc:sqlserver://caboodle-db01.kvh.local:1433;databaseName=Caboodle",
                "USERNAME": "glue_reader",
                "PASSWORD": "«pwh:gluecaboodle»",  ⟦password|Glue JDBC connection password in CDK Python⟧
            }))
        sm.Secret.from_secret_name_v2(self, "Redcap", "merlin/redcap-token")  ⟪secret lookup by name⟫
        cdk.Tags.of(self).add("kvh:app", "merlin")


app = cdk.App()
MerlinEtl(app, "merlin-etl", env=cdk.Environment(account="253619847702", region="us-east-2"))
app.synth()
"""),
    ("infra/cdk/finch/src/main/java/org/kestrelvalley/finch/FinchStack.java", r"""
package org.kestrelvalley.finch;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.constructs.Construct;

public class FinchStack extends Stack {
    public FinchStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "ClaimsDb")
            .credentials(Credentials.fromPassword("finch_admin", SecretValue.unsafePlainText("«pwc:finchdb»")))  ⟦password|CDK Java fromPassword with a literal⟧
            .build();
        DatabaseInstance.Builder.create(this, "ArchiveDb")
            .credentials(Credentials.fromSecret(software.amazon.awscdk.services.secretsmanager.Secret.fromSecretNameV2(this, "A", "finch/archive-db")))  ⟪secret by name⟫
            .build();
    }
}
"""),
    ("infra/cdk/lark/cdk.context.json", r"""
{
  "acknowledged-issue-numbers": [31885],
  "availability-zones:account=418306275591:region=us-east-2": ["us-east-2a", "us-east-2b", "us-east-2c"],
  "hosted-zone:account=418306275591:domainName=kestrelvalley.org:region=us-east-2": {"Id": "/hostedzone/Z0«up:19-hz»", "Name": "kestrelvalley.org."}  ⟪hosted zone id⟫
}
"""),
    ("infra/pulumi/heron-web/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  heron-web:domain: my.kestrelvalley.org
  heron-web:cloudflareToken:
    secure: v1:«b64k:16-plnonce»:«b64k:48-plcf»  ⟪Pulumi secure value⟫
  heron-web:recaptchaSecret: 6L«okx:38-recaptchasec»  ⟦app-secret|reCAPTCHA secret key in Pulumi plaintext config⟧
  heron-web:recaptchaSiteKey: 6L«okx:38-recaptchasite»  ⟪reCAPTCHA site key, public⟫
  heron-web:sessionSecret: «b64k:48-heronsession»  ⟦app-secret|session secret in Pulumi plaintext config⟧
"""),
    ("infra/pulumi/heron-web/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const cfToken = cfg.requireSecret("cloudflareToken");  ⟪requireSecret⟫

const db = new aws.rds.Instance("heron-db", {
    engine: "postgres",
    instanceClass: "db.t4g.large",
    allocatedStorage: 100,
    username: "heron",
    password: "«pwn:heronweb»",  ⟦password|Pulumi resource literal password⟧
    skipFinalSnapshot: false,
    tags: { "kvh:app": "heron" },
});
export const endpoint = db.endpoint;
"""),
    ("infra/pulumi/merlin-notebooks/__main__.py", r"""
import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()
wandb_key = cfg.get_secret("wandbKey")  ⟪get_secret⟫

bucket = aws.s3.BucketV2("merlin-notebooks", tags={"kvh:app": "merlin"})
aws.ssm.Parameter("hf-token", type="SecureString", name="/merlin/hf-token",
                  value="«hf:merlin»")  ⟦app-secret|Hugging Face token literal in Pulumi Python⟧
"""),
    ("infra/cfn/kvh-codebuild-imaging.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project for the imaging viewer (OHIF fork) builds
Resources:
  ViewerBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: wren-viewer
      ServiceRole: arn:aws:iam::720954318846:role/codebuild-wren
      Source: {Type: GITHUB, Location: https://github.com/kestrel-valley-health/wren-viewer.git}
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: NPM_TOKEN
            Type: PLAINTEXT
            Value: «npm:wrenviewer»  ⟦npm|npm token as a PLAINTEXT CodeBuild variable⟧
          - Name: SENTRY_AUTH_TOKEN
            Type: SECRETS_MANAGER
            Value: wren/sentry:token  ⟪SECRETS_MANAGER variable⟫
          - Name: DICOMWEB_DEMO_PASSWORD
            Type: PARAMETER_STORE
            Value: /wren/dicomweb-demo  ⟪PARAMETER_STORE variable⟫
"""),
    ("infra/cfn/apigw-partner-keys.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: API Gateway usage plan and keys for referring-practice partners (referral and results API)
Resources:
  FamilyPracticeKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: riverbend-family-practice
      Enabled: true
      Value: «b62:40-apigwriverbend»  ⟦app-secret|literal API Gateway key value⟧
  OrthoGroupKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: summit-ortho-group
      Enabled: true
      GenerateDistinctId: true  ⟪generated key⟫
"""),
    ("infra/cfn/dms-epic-clarity.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: nightly DMS task from Epic Clarity (on premises) to the Redshift research warehouse
Resources:
  ClaritySource:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: sqlserver
      ServerName: clarity-db01.kvh.local
      Port: 1433
      DatabaseName: Clarity
      Username: dms_clarity
      Password: «pwh:dmsclarity»  ⟦password|DMS endpoint password in CloudFormation⟧
      Tags:
        - Key: kvh:data-class
          Value: phi
"""),
    ("infra/cfn/glue-claims-etl.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue job that loads 835 remittance detail into the finance mart
Resources:
  RemitJob:
    Type: AWS::Glue::Job
    Properties:
      Name: finch-835-load
      Role: arn:aws:iam::418306275591:role/finch-glue
      GlueVersion: '4.0'
      Command: {Name: glueetl, ScriptLocation: s3://kvh-glue-scripts/finch/835_load.py}
      DefaultArguments:
        --job-language: python
        --FINANCE_DB_PASSWORD: «pwc:financemart»  ⟦password|Glue DefaultArguments password⟧
        --AWS_SECRET_ACCESS_KEY: «awssec:finchglue»  ⟦aws-secret|Glue DefaultArguments AWS secret⟧
        --AWS_ACCESS_KEY_ID: «akid:finchglue»  ⟦aws-key-id|Glue DefaultArguments AWS key id⟧
        --enable-metrics: 'true'
"""),
]
