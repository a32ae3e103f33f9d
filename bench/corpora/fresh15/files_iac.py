"""fresh15 templates, AWS infrastructure as code (Lowmoor University): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless, ECS task definitions, Lambda configurations, CodeBuild, ParallelCluster,
Terraform and tfvars, Terragrunt, CDK, Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/sis-integration-hub.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  quadrant - Banner 9 / Ethos integration hub (enrolment events, course sections, grades to the registrar).
  Account 418273650192, us-east-1. Owner: Enterprise Applications (ea-team@lowmoor.edu).
Parameters:
  Stage:
    Type: String
    AllowedValues: [prod, ppe]
  EthosApiKey:
    Type: String
    NoEcho: true
Resources:
  HubDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: '16.3'
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '200'
      MasterUsername: quadrant_admin
      MasterUserPassword: «pwc:quadrantdb»  ⟦password|RDS master password, university name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:418273650192:key/«uuid:kmsquadrant»  ⟪KMS key ARN⟫
      Tags:
        - Key: data-classification
          Value: ferpa
        - Key: owner
          Value: enterprise-apps
  EnrolmentBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub quadrant-${Stage}
      EngineType: RABBITMQ
      EngineVersion: 3.13.7
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: quadrant-admin
          Password: '{{resolve:secretsmanager:quadrant/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: banner-listener
          Password: «pw:bannermq»  ⟦password|Amazon MQ RabbitMQ user password, season + year⟧
  EthosSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub quadrant/${Stage}/ethos
      SecretString: !Sub '{"api_key":"${EthosApiKey}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/sis-integration-hub.prod.params.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "EthosApiKey", "ParameterValue": "«uuid:ethosprod»"},  ⟦app-secret|Ellucian Ethos API key in a parameter file⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-east-1:418273650192:ea-alarms"}
]
"""),
    ("infra/cfn/lms-notifications.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: lectern - Canvas notification relay and SES identities for mail.lowmoor.edu
Parameters:
  RelaySmtpPassword:
    Type: String
    NoEcho: true
    Default: «sesv4:canvasrelay»  ⟦aws-ses-smtp|SES SMTP password as a NoEcho Default⟧
  RelaySmtpUser:
    Type: String
    Default: «akid:canvasrelay»  ⟦aws-key-id|SES SMTP user name (an access key id) as a Default⟧
Resources:
  MailIdentity:
    Type: AWS::SES::EmailIdentity
    Properties:
      EmailIdentity: notifications.lowmoor.edu
  RelayUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-canvas-relay
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  RelayKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref RelayUser
Outputs:
  RelayKeyId:
    Value: !Ref RelayKey
  RelaySecret:
    Value: !GetAtt RelayKey.SecretAccessKey  ⟪GetAtt of a generated secret⟫
"""),
    ("infra/cfn/identity-cas.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: heronpass - Apereo CAS 7 and Shibboleth IdP 5 on ECS (login.lowmoor.edu, idp.lowmoor.edu)
Parameters:
  LdapBindPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /heronpass/prod/ldap-bind  ⟪SSM parameter name as Default⟫
  DuoSecretKey:
    Type: String
    NoEcho: true
Resources:
  CasTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: heronpass-cas
      RequiresCompatibilities: [FARGATE]
      Cpu: '2048'
      Memory: '4096'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: cas
          Image: 256908417733.dkr.ecr.us-east-1.amazonaws.com/heronpass/cas:7.0.6
          Environment:
            - Name: CAS_SERVER_NAME
              Value: https://login.lowmoor.edu
            - Name: CAS_TGC_CRYPTO_SIGNING_KEY
              Value: «casjwk:tgcsign»  ⟦app-secret|CAS ticket-granting cookie signing key in ECS env⟧
            - Name: CAS_TGC_CRYPTO_ENCRYPTION_KEY
              Value: «casenc:tgcenc»  ⟦app-secret|CAS ticket-granting cookie encryption key in ECS env⟧
            - Name: CAS_AUTHN_MFA_DUO_INTEGRATION_KEY
              Value: «duoikey:cas»  ⟪Duo integration key, an identifier⟫
            - Name: CAS_AUTHN_MFA_DUO_SECRET_KEY
              Value: !Ref DuoSecretKey  ⟪Ref of a NoEcho parameter without Default⟫
            - Name: CAS_AUTHN_LDAP_BIND_CREDENTIAL
              Value: !Ref LdapBindPassword
          Secrets:
            - Name: CAS_AUTHN_OIDC_JWKS
              ValueFrom: arn:aws:secretsmanager:us-east-1:418273650192:secret:heronpass/oidc-jwks-«b62:6-jwks»  ⟪secret ARN⟫
"""),
    ("infra/cfn/eduroam-radius.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: eduroam national proxy link and campus FreeRADIUS on EC2 (account 691542078816)
Parameters:
  NroSharedSecret:
    Type: String
    NoEcho: true
    Default: «radsec:nro»  ⟦password|RADIUS shared secret with the national roaming operator, NoEcho Default⟧
  ControllerSecret:
    Type: String
    NoEcho: true
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/canonical/ubuntu/server/24.04/stable/current/amd64/hvm/ebs-gp3/ami-id
Resources:
  RadiusHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: c7g.large
      SubnetId: subnet-0c41e7a29f8d3b561  ⟪subnet id⟫
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          apt-get update && apt-get install -y freeradius freeradius-ldap radsecproxy
          cat > /etc/freeradius/3.0/clients.d/wlc.conf <<EOF
          client aruba-mm-1 {
            ipaddr = 10.40.0.11
            secret = ${ControllerSecret}
          }
          client aruba-mm-2 {
            ipaddr = 10.40.0.12
            secret = «radsec:arubamm2»  ⟦password|RADIUS client secret written literally in UserData⟧
          }
          EOF
          systemctl restart freeradius
      Tags:
        - Key: Name
          Value: eduroam-radius-a
        - Key: service
          Value: eduroam
"""),
    ("infra/cfn/library-ezproxy.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: stacks - EZproxy 7 on EC2 behind an NLB, Alma webhooks Lambda
Resources:
  AlmaWebhookFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: arn:aws:iam::418273650192:role/stacks-alma-webhook
      Code:
        S3Bucket: lmu-artifacts-418273650192
        S3Key: stacks/alma-webhook-2.4.1.zip
      Environment:
        Variables:
          ALMA_API_KEY: «alma:almaprod»  ⟦app-secret|Ex Libris Alma API key (l7xx) in Lambda env⟧
          ALMA_REGION: na
          PRIMO_VID: 01LMU_INST:LMU  ⟪Primo view id⟫
  EzproxyInstance:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.large
      ImageId: ami-0a7d31e5c28b94f60  ⟪AMI id⟫
      Tags:
        - Key: Name
          Value: ezproxy-prod
        - Key: ezproxy:admin-user
          Value: libsys
        - Key: ezproxy:admin-pass
          Value: «pwl:ezadmin»  ⟦password|EZproxy admin password put into an EC2 tag⟧
"""),
    ("infra/cfn/onecard-door-sync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: onecard - sync of card holders from Banner to CS Gold and door groups to Lenel OnGuard
Globals:
  Function:
    Runtime: python3.12
    Timeout: 120
    VpcConfig:
      SubnetIds: [subnet-05e9a1c37bd4f2086, subnet-0f1d8c24ae7b39d55]  ⟪subnet ids⟫
      SecurityGroupIds: [sg-0b7e31d9c4a25f680]
Resources:
  CsGoldSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: csgold.handler
      CodeUri: src/
      Environment:
        Variables:
          CSGOLD_DB_USER: CSGOLD_IFACE
          CSGOLD_DB_PASSWORD: «pwsis:csgoldiface»  ⟦password|CBORD CS Gold Oracle interface password in SAM env⟧
          CSGOLD_DSN: csgold-db.onecard.lowmoor.edu:1521/CSGOLD
  OnGuardSyncFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: onguard.handler
      CodeUri: src/
      Environment:
        Variables:
          OPENACCESS_URL: https://onguard.onecard.lowmoor.edu:8080/api/access/onguard/openaccess
          OPENACCESS_USER: svc_lmu_sync
          OPENACCESS_PASSWORD: '{{resolve:secretsmanager:onecard/openaccess:SecretString:password}}'  ⟪dynamic reference⟫
          OPENACCESS_APP_ID: «uuid:openaccessapp»  ⟪OpenAccess application id⟫
"""),
    ("infra/cfn/athletics-ticketing.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "heronsports - Paciolan ticket scans to the data lake, SIDEARM roster feed",
  "Resources": {
    "ScanIngestFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "index.handler",
        "Role": "arn:aws:iam::418273650192:role/heronsports-ingest",
        "Code": {"S3Bucket": "lmu-artifacts-418273650192", "S3Key": "heronsports/scan-ingest-1.9.0.zip"},
        "Environment": {
          "Variables": {
            "PACIOLAN_API_KEY": "«hex:32-paciolan»",  ⟦app-secret|Paciolan API key in a CloudFormation JSON Lambda⟧
            "PACIOLAN_ORG": "LMU",
            "DATA_LAKE_BUCKET": "lmu-athletics-raw"
          }
        }
      }
    },
    "ScanApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "turnstile-scanners",
        "Enabled": true,
        "Value": "«b62:40-turnstile»"  ⟦app-secret|API Gateway ApiKey Value set literally⟧
      }
    }
  }
}
"""),
    ("infra/cfn/hpc-fen-cluster.yaml", r"""
# AWS ParallelCluster 3 configuration - "fen" research cluster, account 730164829351 us-east-2
Region: us-east-2
Image:
  Os: rocky9
HeadNode:
  InstanceType: c7i.2xlarge
  Networking:
    SubnetId: subnet-0e7f3a9c21b64d805  ⟪subnet id⟫
  Ssh:
    KeyName: rc-admins-2026
  CustomActions:
    OnNodeConfigured:
      Script: s3://lmu-rc-bootstrap/head-node.sh
      Args:
        - --ood-client-secret
        - «b62:36-oodsecret»  ⟦app-secret|Open OnDemand OIDC client secret passed as a custom action argument⟧
Scheduling:
  Scheduler: slurm
  SlurmSettings:
    Database:
      Uri: fen-slurmdbd.c1x8rq2kd4ma.us-east-2.rds.amazonaws.com:3306
      UserName: slurm_acct
      PasswordSecretArn: arn:aws:secretsmanager:us-east-2:730164829351:secret:fen/slurmdbd-«b62:6-slurmdbd»  ⟪secret ARN⟫
  SlurmQueues:
    - Name: cpu
      ComputeResources:
        - Name: c7i
          InstanceType: c7i.24xlarge
          MinCount: 0
          MaxCount: 64
      Networking:
        SubnetIds: [subnet-0e7f3a9c21b64d805]
    - Name: gpu
      ComputeResources:
        - Name: p5
          InstanceType: p5.48xlarge
          MaxCount: 4
DirectoryService:
  DomainName: ad.lowmoor.edu
  DomainAddr: ldaps://ad.lowmoor.edu
  PasswordSecretArn: arn:aws:secretsmanager:us-east-2:730164829351:secret:fen/ad-bind-«b62:6-adbind»  ⟪secret ARN⟫
  DomainReadOnlyUser: cn=svc-pcluster,ou=Service,dc=ad,dc=lowmoor,dc=edu
SharedStorage:
  - MountDir: /scratch
    Name: scratch
    StorageType: FsxLustre
    FsxLustreSettings:
      StorageCapacity: 24000
"""),
    ("infra/cfn/hpc-globus-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Globus Connect Server v5 endpoint for research data (S3 connector to lmu-rc-projects)
Parameters:
  GlobusClientId:
    Type: String
    Default: «uuid:globusclient»  ⟪Globus client id, an identifier⟫
Resources:
  GcsNode:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: m7i.xlarge
      ImageId: ami-0f3c8e27b9d41a6e5  ⟪AMI id⟫
      IamInstanceProfile: rc-globus-node
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          dnf install -y globus-connect-server54
          export GCS_CLI_CLIENT_ID=${GlobusClientId}
          export GCS_CLI_CLIENT_SECRET='«b64k:32-globussecret»'  ⟦app-secret|Globus client secret exported in UserData⟧
          globus-connect-server node setup --ip-address $(curl -s http://169.254.169.254/latest/meta-data/public-ipv4)
          cat > /root/s3-connector.json <<EOF
          {"s3_user_credential_required": false,
           "s3_access_key_id": "«akid:globuss3»",  ⟦aws-key-id|IAM user key id in a Globus S3 storage-gateway file⟧
           "s3_secret_access_key": "«awssec:globuss3»"}  ⟦aws-secret|its secret⟧
          EOF
      Tags:
        - Key: Name
          Value: globus-gcs-1
"""),
    ("infra/cfn/health-hl7-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Lowmoor Health teaching-hospital bridge - Mirth Connect on ECS, MLLP over Site-to-Site VPN (582017364490)
Parameters:
  TunnelPsk1:
    Type: String
    NoEcho: true
Resources:
  HospitalVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0a4e7c91d3b28f6e0  ⟪customer gateway id⟫
      TransitGatewayId: tgw-07d9b3e1c5a2f8046  ⟪transit gateway id⟫
      StaticRoutesOnly: true
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: !Ref TunnelPsk1
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «lo:32-psk2»  ⟦password|Site-to-Site VPN tunnel pre-shared key written literally⟧
          TunnelInsideCidr: 169.254.44.4/30
  MirthTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: mirth-connect
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '4096'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: mirth
          Image: nextgenhealthcare/connect:4.5.0
          Environment:
            - Name: DATABASE
              Value: postgres
            - Name: DATABASE_URL
              Value: jdbc:postgresql://mirth-db.health.lowmoor.edu:5432/mirthdb
            - Name: DATABASE_USERNAME
              Value: mirth
            - Name: DATABASE_PASSWORD
              Value: «pwn:mirthdb»  ⟦password|Mirth Connect database password in ECS env, name + year⟧
            - Name: KEYSTORE_STOREPASS
              Value: '{{resolve:secretsmanager:health/mirth-keystore:SecretString:storepass}}'  ⟪dynamic reference⟫
            - Name: KEYSTORE_KEYPASS
              Value: changeme  ⟪placeholder default⟫
"""),
    ("infra/cfn/advancement-raisers-edge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: advancement - nightly gift batch from Raiser's Edge NXT (SKY API) into Redshift
Resources:
  GiftBatchFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: gifts.handler
      Role: arn:aws:iam::418273650192:role/advancement-gifts
      Code:
        S3Bucket: lmu-artifacts-418273650192
        S3Key: advancement/gifts-0.8.3.zip
      Environment:
        Variables:
          SKY_SUBSCRIPTION_KEY: «hex:32-skysub»  ⟦app-secret|Blackbaud SKY API subscription key⟧
          SKY_CLIENT_ID: «uuid:skyclient»  ⟪SKY application id⟫
          SKY_REFRESH_TOKEN_PARAM: /advancement/sky/refresh-token  ⟪SSM parameter name⟫
          REDSHIFT_WORKGROUP: advancement
  GiveCampusConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: givecampus
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Bearer «b62:48-givecampus»  ⟦app-secret|EventBridge API-key connection value for GiveCampus⟧
  SalesforceConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: advancement-salesforce
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://lowmoor.my.salesforce.com/services/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: «sfck:advsf»  ⟪Salesforce consumer key (client id)⟫
            ClientSecret: '{{resolve:secretsmanager:advancement/salesforce:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/printing-papercut.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: PaperCut MF application server on Windows (campus printing), SSM association for config
Resources:
  PaperCutConfig:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: lmu-papercut-configure
      Content:
        schemaVersion: '2.2'
        description: Configure PaperCut MF server.properties and the web-services token
        parameters:
          DbPassword:
            type: String
            default: '{{ssm-secure:/printing/papercut/db}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: configure
            inputs:
              runCommand:
                - $cfg = 'C:\Program Files\PaperCut MF\server\server.properties'
                - Add-Content $cfg 'database.password={{ DbPassword }}'
                - '& "C:\Program Files\PaperCut MF\server\bin\win\server-command.exe" set-config auth.webservices.auth-token «papercut:pcwebsvc»'  ⟦app-secret|PaperCut web-services auth token set in an SSM document⟧
                - net user pcadmin «pwp:pcadmin» /add  ⟦password|net user password in an SSM document⟧
"""),
    ("infra/cfn/research-data-lake.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: research data lake - Glue jobs pulling REDCap projects and instrument exports (730164829351)
Resources:
  RedcapPullJob:
    Type: AWS::Glue::Job
    Properties:
      Name: redcap-nightly
      Role: arn:aws:iam::730164829351:role/rc-glue
      GlueVersion: '4.0'
      Command:
        Name: pythonshell
        PythonVersion: '3.9'
        ScriptLocation: s3://lmu-rc-glue/scripts/redcap_pull.py
      DefaultArguments:
        --redcap_url: https://redcap.lowmoor.edu/api/
        --redcap_token: «redcap:glue»  ⟦app-secret|REDCap API token in Glue DefaultArguments⟧
        --additional-python-modules: pycap==2.6.0
  InstrumentsConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '730164829351'
      ConnectionInput:
        Name: core-facility-lims
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://lims-sql.corefac.lowmoor.edu:1433;databaseName=LIMS
          USERNAME: glue_reader
          PASSWORD: «pwsis:limsglue»  ⟦password|Glue JDBC connection password⟧
  LakeCrawler:
    Type: AWS::Glue::Crawler
    Properties:
      Role: arn:aws:iam::730164829351:role/rc-glue
      DatabaseName: research_raw
      Targets:
        S3Targets:
          - Path: s3://lmu-rc-projects/instruments/
"""),
    ("infra/cfn/registrar-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: registrar - SFTP (Transfer Family) for National Student Clearinghouse and transcript vendors
Resources:
  NscConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://ftps.studentclearinghouse.org
      AccessRole: arn:aws:iam::418273650192:role/registrar-transfer
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-1:418273650192:secret:registrar/nsc-sftp-«b62:6-nsc»  ⟪secret ARN⟫
        TrustedHostKeys:
          - «sshpub:ednschost:»  ⟪host public key⟫
  ParchmentSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: registrar/parchment-sftp
      SecretString: '{"Username":"lowmoor_regis","Password":"«pwx:parchment»"}'  ⟦password|SecretString with a literal password⟧
"""),
    ("infra/cfn/codebuild-banner-deploy.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project that deploys Banner 9 self-service WARs to the Tomcat fleet
Resources:
  BannerDeploy:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: banner9-deploy
      ServiceRole: arn:aws:iam::256908417733:role/codebuild-banner
      Artifacts:
        Type: NO_ARTIFACTS
      Source:
        Type: CODECOMMIT
        Location: https://git-codecommit.us-east-1.amazonaws.com/v1/repos/banner9-deploy
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
        EnvironmentVariables:
          - Name: BANINST1_PASSWORD
            Type: PLAINTEXT
            Value: «pwsis:baninst1»  ⟦password|CodeBuild PLAINTEXT Oracle password⟧
          - Name: TOMCAT_MANAGER_PASSWORD
            Type: SECRETS_MANAGER
            Value: banner/tomcat-manager:password  ⟪Secrets Manager reference⟫
          - Name: ETHOS_KEY
            Type: PARAMETER_STORE
            Value: /quadrant/prod/ethos-key  ⟪Parameter Store reference⟫
          - Name: NEXUS_PASSWORD
            Type: PLAINTEXT
            Value: «pwx:nexusci»  ⟦password|CodeBuild PLAINTEXT Nexus password⟧
"""),
    ("infra/cfn/lti-tools.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: lectern LTI 1.3 tool hosting (peer review, attendance, lab booking) on Lambda + API Gateway
Parameters:
  LtiPlatformKid:
    Type: String
    Default: «hex:16-ltikid»  ⟪JWKS key id⟫
Resources:
  PeerReviewFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/peer.handler
      CodeUri: ./
      Environment:
        Variables:
          CANVAS_DOMAIN: canvas.lowmoor.edu
          CANVAS_DEV_KEY_ID: '170000000000412'  ⟪Canvas developer key id⟫
          CANVAS_API_TOKEN: «canvas:peerreview»  ⟦app-secret|Canvas API access token in SAM env⟧
          LTI11_CONSUMER_KEY: lmu-peer-review
          SESSION_SECRET: '{{resolve:ssm-secure:/lectern/peer/session-secret}}'  ⟪dynamic reference⟫
  AttendanceFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: attendance.handler
      CodeUri: ./attendance
      Environment:
        Variables:
          ZOOM_ACCOUNT_ID: «b62:22-zoomacct»  ⟪Zoom account id⟫
          ZOOM_CLIENT_ID: «b62:22-zoomclient»  ⟪Zoom client id⟫
          ZOOM_CLIENT_SECRET: «hmsess:zoomattend»  ⟦app-secret|Zoom Server-to-Server OAuth client secret⟧
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "lectern-lti-tools"
resolve_s3 = true
s3_prefix = "lectern-lti-tools"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"prod\" CanvasClientSecret=\"«b62:64-canvasclient»\" GradebookDbPassword=\"«pp:gradebookdb»\""  ⟦app-secret|samconfig parameter_overrides with a Canvas client secret and a DB passphrase⟧
image_repositories = []

[ppe.deploy.parameters]
stack_name = "lectern-lti-tools-ppe"
parameter_overrides = "Stage=\"ppe\" CanvasClientSecret=\"{{resolve:secretsmanager:lectern/ppe/canvas}}\""  ⟪dynamic reference⟫
"""),
    ("infra/sam/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: onecard-door-sync
      region: us-east-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - Stage=prod
        - CsGoldPassword=«pwsis:csgoldiface»  ⟦password|samconfig.yaml parameter override password⟧
        - TransactApiKey=«hex:40-transact»  ⟦app-secret|Transact campus commerce API key⟧
  sync:
    parameters:
      watch: true
"""),
    ("infra/sam/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: housing - room assignment API for residence life (StarRez integration)
Parameters:
  StarRezToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /housing/starrez/token  ⟪SSM parameter name as Default⟫
Resources:
  RoomsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: rooms.handler
      CodeUri: rooms/
      Environment:
        Variables:
          STARREZ_TOKEN: !Ref StarRezToken
          STARREZ_USER: housing-api
          DOOR_VENDOR_KEY: «b62:32-housingdoor»  ⟦app-secret|door-lock vendor API key in SAM env⟧
          MAPBOX_TOKEN: pk.eyJ1IjoibG93bW9vci1ob3VzaW5nIiwiYSI6ImNs«b62:18-mbx»In0.«okx:22-mbx2»  ⟪Mapbox public token⟫
"""),
    ("infra/serverless/canvas-data/serverless.yml", r"""
service: canvas-data2-sync
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  stage: ${opt:stage, 'prod'}
  environment:
    DAP_CLIENT_ID: us-east-1#«uuid:dapclient»  ⟪Canvas Data 2 client id⟫
    DAP_CLIENT_SECRET: «b62:43-dapsecret»  ⟦app-secret|Canvas Data 2 (DAP) client secret⟧
    WAREHOUSE_SECRET_ARN: ${ssm:/lectern/warehouse-secret-arn}  ⟪ssm lookup⟫
    SNOWFLAKE_PASSWORD: ${env:SNOWFLAKE_PASSWORD}  ⟪env lookup⟫
functions:
  sync:
    handler: handler.sync
    timeout: 900
    events:
      - schedule: cron(15 6 * * ? *)
"""),
    ("infra/serverless/student-alerts/serverless.yml", r"""
service: student-success-alerts
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  environment:
    TWILIO_ACCOUNT_SID: AC«hex:32-twsid»  ⟪Twilio account SID⟫
    TWILIO_AUTH_TOKEN: «hex:32-twauth»  ⟦app-secret|Twilio auth token⟧
    NAVIGATE_API_KEY: ${ssm:/advising/eab-navigate/key}  ⟪ssm lookup⟫
    SENDGRID_API_KEY: «sg:alerts»  ⟦app-secret|SendGrid API key⟧
functions:
  nudge:
    handler: src/nudge.handler
    events:
      - sqs: arn:aws:sqs:us-east-1:418273650192:early-alerts
"""),
    ("infra/ecs/quadrant-api.taskdef.json", r"""
{
  "family": "quadrant-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::418273650192:role/quadrant-exec",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "256908417733.dkr.ecr.us-east-1.amazonaws.com/quadrant/api@sha256:«sha256:quadrantimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "BANNER_DB_URL", "value": "jdbc:oracle:thin:@//banner-db.ea.lowmoor.edu:1521/PROD"},
        {"name": "BANNER_DB_USER", "value": "QUADRANT_API"},
        {"name": "BANNER_DB_PASSWORD", "value": "«pwsis:quadrantora»"},  ⟦password|Oracle password in ECS task env⟧
        {"name": "NEW_RELIC_LICENSE_KEY", "value": "«nrlic:quadrant»"}  ⟦newrelic|New Relic license key⟧
      ],
      "secrets": [
        {"name": "DUO_SKEY", "valueFrom": "arn:aws:ssm:us-east-1:418273650192:parameter/quadrant/duo-skey"}  ⟪valueFrom reference⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/ezproxy.taskdef.json", r"""
{
  "family": "ezproxy-log-shipper",
  "taskRoleArn": "arn:aws:iam::418273650192:role/ezproxy-log-shipper",
  "containerDefinitions": [
    {
      "name": "shipper",
      "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32.2",
      "environment": [
        {"name": "LIBINSIGHT_CLIENT_ID", "value": "412"},
        {"name": "LIBINSIGHT_CLIENT_SECRET", "value": "«hex:40-libinsight»"},  ⟦app-secret|LibInsight client secret⟧
        {"name": "AWS_REGION", "value": "us-east-1"}
      ]
    }
  ]
}
"""),
    ("infra/ecs/jupyterhub.taskdef.yaml", r"""
family: rc-jupyterhub
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '2048'
memory: '8192'
containerDefinitions:
  - name: hub
    image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/rc/jupyterhub:5.2.1
    environment:
      - name: JUPYTERHUB_CRYPT_KEY
        value: «hex:64-jhcrypt»  ⟦app-secret|JupyterHub auth-state encryption key⟧
      - name: CONFIGPROXY_AUTH_TOKEN
        value: «hex:64-chp»  ⟦app-secret|configurable-http-proxy auth token⟧
      - name: OAUTH_CLIENT_ID
        value: rc-jupyterhub
      - name: OAUTH_CLIENT_SECRET
        valueFrom: arn:aws:secretsmanager:us-east-2:730164829351:secret:rc/jupyterhub-oidc-«b62:6-jhoidc»  ⟪valueFrom reference⟫
"""),
    ("infra/lambda/turnitin-bridge.config.json", r"""
{
  "FunctionName": "turnitin-bridge",
  "Runtime": "java21",
  "Handler": "edu.lowmoor.lectern.tii.Handler::handleRequest",
  "Role": "arn:aws:iam::418273650192:role/lectern-tii",
  "CodeSha256": "«b64k:32-codesha»",  ⟪code hash⟫
  "Environment": {
    "Variables": {
      "TII_API_URL": "https://lowmoor.turnitin.com/api/v1",
      "TII_API_KEY": "«uuid:tiikey»",  ⟦app-secret|Turnitin Core API key in a Lambda configuration⟧
      "TII_INTEGRATION_NAME": "lectern"
    }
  },
  "TracingConfig": {"Mode": "Active"}
}
"""),
    ("infra/lambda/kaltura-captions.config.json", r"""
{
  "FunctionName": "kaltura-captions",
  "Runtime": "python3.12",
  "Environment": {
    "Variables": {
      "KALTURA_PARTNER_ID": "2317441",
      "KALTURA_ADMIN_SECRET": "«hex:32-kaltura»",  ⟦app-secret|Kaltura admin secret⟧
      "KALTURA_USER_SECRET": "«hex:32-kalturauser»",  ⟦app-secret|Kaltura user secret⟧
      "VERBIT_API_KEY": "{{resolve:secretsmanager:media/verbit:SecretString:key}}"  ⟪dynamic reference⟫
    }
  },
  "LastModified": "2026-09-14T02:11:43.000+0000",
  "RevisionId": "«uuid:kalturarev»"  ⟪revision id⟫
}
"""),
    ("infra/codebuild/hpc-images.buildspec.yml", r"""
version: 0.2
env:
  variables:
    SPACK_MIRROR: s3://lmu-rc-spack-mirror
    APPTAINER_REGISTRY: oras://ghcr.io/lowmoor-rc
  parameter-store:
    GHCR_TOKEN: /rc/ci/ghcr-token  ⟪parameter-store reference⟫
  secrets-manager:
    SYLABS_TOKEN: rc/ci/sylabs:token  ⟪secrets-manager reference⟫
phases:
  install:
    commands:
      - dnf install -y apptainer
  build:
    commands:
      - echo "$GHCR_TOKEN" | apptainer registry login -u lmu-rc-bot --password-stdin oras://ghcr.io
      - apptainer build relion.sif relion.def
      - apptainer push relion.sif oras://ghcr.io/lowmoor-rc/relion:5.0
      - curl -s -H "Authorization: token «ghp:rcbuild»" https://api.github.com/repos/lowmoor-rc/images/statuses/$CODEBUILD_RESOLVED_SOURCE_VERSION -d '{"state":"success"}'  ⟦github|GitHub PAT inline in a buildspec⟧
"""),
    ("infra/codebuild/banner-selfservice.buildspec.yml", r"""
version: 0.2
env:
  variables:
    GRADLE_OPTS: -Xmx2g
    ARTIFACTORY_USER: ea-ci
    ARTIFACTORY_PASSWORD: «pwx:artifactory»  ⟦password|buildspec env variable password⟧
    AWS_DEFAULT_REGION: us-east-1
phases:
  build:
    commands:
      - ./gradlew -PartifactoryUser=$ARTIFACTORY_USER -PartifactoryPassword=$ARTIFACTORY_PASSWORD war
      - aws s3 cp build/libs/StudentSelfService.war s3://lmu-artifacts-418273650192/banner/
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.8"
  backend "s3" {
    bucket         = "lmu-tfstate-256908417733"
    key            = "enterprise/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "lmu-tflock"
  }
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    okta      = { source = "okta/okta", version = "~> 4.11" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.46" }
    github    = { source = "integrations/github", version = "~> 6.3" }
  }
}

provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn = "arn:aws:iam::418273650192:role/terraform-enterprise"
  }
}

provider "okta" {
  org_name  = "lowmoor"
  base_url  = "okta.com"
  api_token = "«okta:tfokta»"  ⟦app-secret|Okta API token in a Terraform provider block⟧
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}

provider "github" {
  owner = "lowmoor-university"
  token = "«ghp:tfgithub»"  ⟦github|GitHub PAT in a provider⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "banner_db_password" {
  description = "BANINST1 on the PROD Oracle database"
  type        = string
  sensitive   = true
  default     = "«pwsis:baninst1»"  ⟦password|Terraform variable default password⟧
}

variable "canvas_admin_token" {
  type      = string
  sensitive = true
  default   = ""  ⟪empty default⟫
}

variable "ldap_bind_password" {
  type    = string
  default = "REPLACE_ME"  ⟪placeholder⟫
}
"""),
    ("infra/terraform/rds-advancement.tf", r"""
resource "aws_db_instance" "advancement" {
  identifier              = "advancement-prod"
  engine                  = "sqlserver-se"
  engine_version          = "16.00.4135.4.v1"
  instance_class          = "db.m6i.xlarge"
  license_model           = "license-included"
  username                = "re_admin"
  password                = "«pwc:readmin»"  ⟦password|Terraform RDS password, university name + digits⟧
  storage_encrypted       = true
  backup_retention_period = 14
  tags = {
    owner = "advancement-it"
  }
}

resource "aws_db_instance" "alumni_portal" {
  identifier                  = "alumni-portal"
  engine                      = "mysql"
  instance_class              = "db.t4g.medium"
  username                    = "portal"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
resource "aws_iam_user" "proctoring_vendor" {
  name = "vendor-proctorio-exports"
}

resource "aws_iam_access_key" "proctoring_vendor" {
  user    = aws_iam_user.proctoring_vendor.name
  pgp_key = "keybase:lmu_cloudteam"  ⟪pgp_key reference⟫
}

output "proctoring_vendor_secret" {
  value     = aws_iam_access_key.proctoring_vendor.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

# legacy: the lecture-capture vendor could not take a role, key pasted in 2023 (INC0214553)
locals {
  echo360_access_key_id     = "«akid:echo360»"  ⟦aws-key-id|AWS key id in Terraform locals⟧
  echo360_secret_access_key = "«awssec:echo360»"  ⟦aws-secret|AWS secret in Terraform locals⟧
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "shib_sealer" {
  name = "heronpass/shibboleth/sealer"
}

resource "aws_secretsmanager_secret_version" "shib_sealer" {
  secret_id     = aws_secretsmanager_secret.shib_sealer.id
  secret_string = jsonencode({ storePassword = "«pwr:shibsealer»", keyPassword = "«pwr:shibsealer»" })  ⟦password|Shibboleth sealer keystore password in a Terraform secret version⟧
}

resource "random_password" "grouper" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret_version" "grouper" {
  secret_id     = "heronpass/grouper/db"
  secret_string = random_password.grouper.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/canvas.auto.tfvars", r"""
canvas_domain        = "canvas.lowmoor.edu"
canvas_account_id    = 1
canvas_admin_token   = "«canvas:tfadmin»"  ⟦app-secret|Canvas admin token in tfvars⟧
datadog_app_key      = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
alert_email          = "lms-admins@lowmoor.edu"
"""),
    ("infra/terraform/envs/prod.tfvars.json", r"""
{
  "environment": "prod",
  "vpc_cidr": "10.60.0.0/16",
  "starrez_api_token": "«b62:40-starrez»",  ⟦app-secret|StarRez housing API token in tfvars JSON⟧
  "touchnet_posting_key": "«b62:20-touchnet»",  ⟦app-secret|TouchNet uPay posting key⟧
  "kms_key_arn": "arn:aws:kms:us-east-1:418273650192:key/«uuid:kmsprod»"  ⟪KMS ARN⟫
}
"""),
    ("infra/terraform/eduroam-nps.tf", r"""
resource "aws_ssm_parameter" "radius_clients" {
  name  = "/eduroam/radius/clients"
  type  = "SecureString"
  value = jsonencode({
    "aruba-mm-1"  = "«radsec:arubamm1»"  ⟦password|RADIUS client secret in a SecureString value written literally⟧
    "cppm-pub"    = "«radsec:cppm»"  ⟦password|ClearPass RADIUS secret⟧
  })
}

resource "aws_ssm_parameter" "nro_secret" {
  name  = "/eduroam/radius/nro"
  type  = "SecureString"
  value = var.nro_shared_secret  ⟪variable⟫
}
"""),
    ("infra/terraform/modules/lab-instruments/main.tf", r"""
# Windows instrument PCs (cryo-EM, NMR, mass spec) get their S3 upload keys here until SSM hybrid activation
resource "aws_ssm_parameter" "cryoem_upload" {
  name  = "/corefac/cryoem/upload"
  type  = "String"
  value = "«akid:cryoem»:«awssec:cryoem»"  ⟦aws-key-id|AWS key pair id:secret in a plain String parameter⟧
}

resource "aws_ssm_activation" "instruments" {
  name               = "corefac-instruments"
  iam_role           = "corefac-ssm-hybrid"
  registration_limit = 40
}

resource "aws_iam_user_policy" "cryoem" {
  name   = "cryoem-upload"
  user   = "corefac-cryoem"
  policy = data.aws_iam_policy_document.cryoem.json
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "institutional_research" {
  name               = "ir-airflow"
  airflow_version    = "2.10.1"
  source_bucket_arn  = "arn:aws:s3:::lmu-ir-airflow"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::418273650192:role/ir-mwaa"
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"     = aws_iam_access_key.ir_smtp.id
    "smtp.smtp_password" = aws_iam_access_key.ir_smtp.ses_smtp_password_v4
    "webserver.secret_key" = "«hex:32-irweb»"  ⟦app-secret|Airflow webserver secret key⟧
    "core.fernet_key"    = var.fernet_key  ⟪variable⟫
  }
  network_configuration {
    security_group_ids = ["sg-0a93d17e4c2b58f61"]
    subnet_ids         = ["subnet-0b27e9d41c3a5f806", "subnet-09c4a1e7d32b6f580"]
  }
}
"""),
    ("infra/terraform/github-oidc.tf", r"""
resource "aws_iam_openid_connect_provider" "github" {
  url             = "https://token.actions.githubusercontent.com"
  client_id_list  = ["sts.amazonaws.com"]
  thumbprint_list = ["«hex:40-ghthumb»"]  ⟪certificate thumbprint⟫
}

resource "aws_iam_role" "deploy" {
  name = "github-deploy-lectern"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = aws_iam_openid_connect_provider.github.arn }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = { StringLike = { "token.actions.githubusercontent.com:sub" = "repo:lowmoor-university/lectern:*" } }
    }]
  })
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪lock hash⟫
    "zh:«sha256:lockzh1»",  ⟪lock hash⟫
    "zh:«sha256:lockzh2»",
  ]
}
"""),
    ("infra/terragrunt/research/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::https://github.com/lowmoor-rc/tf-modules.git//research-vpc?ref=v3.2.0"
}

inputs = {
  account_id          = "730164829351"
  slurmdbd_password   = "«pwp:slurmdbd»"  ⟦password|Terragrunt input password, short and weak⟧
  wandb_api_key       = "«wandb:rcwandb»"  ⟦app-secret|Weights & Biases API key as a Terragrunt input⟧
  hf_token            = get_env("HF_TOKEN", "")  ⟪env lookup⟫
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  rc-portal:dbPassword: «pwn:rcportal»  ⟦password|Pulumi plaintext config password⟧
  rc-portal:coldfrontSecretKey:
    secure: v1:«b64k:24-pulumisec»:«b64k:48-pulumisec2»  ⟪Pulumi secure value⟫
  rc-portal:xdmodDbPassword: «pwx:xdmod»  ⟦password|XDMoD database password in Pulumi plaintext config⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as aws from "@pulumi/aws";
import * as pulumi from "@pulumi/pulumi";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("dbPassword");  ⟪requireSecret⟫

export const coldfrontDb = new aws.rds.Instance("coldfront", {
    engine: "postgres",
    instanceClass: "db.t4g.medium",
    allocatedStorage: 50,
    username: "coldfront",
    password: dbPassword,
    skipFinalSnapshot: false,
});

const ood = new aws.secretsmanager.Secret("ood-oidc", { name: "rc/ood/oidc" });
new aws.secretsmanager.SecretVersion("ood-oidc-v1", {
    secretId: ood.id,
    secretString: JSON.stringify({ client_id: "ood", client_secret: "«b62:36-oodsecret»" }),  ⟦app-secret|OnDemand client secret reused in Pulumi⟧
});
"""),
    ("infra/cdk/lib/library-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class LibraryStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const illiadDb = new rds.DatabaseInstance(this, 'IlliadDb', {
      engine: rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromGeneratedSecret('illiad_admin'),  ⟪generated secret⟫
      vpc: cdk.aws_ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'enterprise' }),
    });

    const task = new ecs.FargateTaskDefinition(this, 'Libcal', { cpu: 512, memoryLimitMiB: 1024 });
    task.addContainer('libcal-sync', {
      image: ecs.ContainerImage.fromRegistry('256908417733.dkr.ecr.us-east-1.amazonaws.com/stacks/libcal-sync:1.3'),
      environment: {
        LIBAPPS_CLIENT_ID: '872',
        LIBAPPS_CLIENT_SECRET: '«hex:32-libapps»',  ⟦app-secret|LibApps (LibCal) client secret in CDK env⟧
        OCLC_WSKEY: '«b62:80-oclckey»',  ⟦app-secret|OCLC WSKey in CDK env⟧
      },
      secrets: {
        ILLIAD_API_KEY: ecs.Secret.fromSecretsManager(sm.Secret.fromSecretNameV2(this, 'Ill', 'stacks/illiad')),  ⟪secret reference⟫
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/lmu.ts",
  "context": {
    "@aws-cdk/aws-lambda:recognizeLayerVersion": true,
    "lmu:enterpriseAccount": "418273650192",
    "lmu:libcalClientSecret": "«hex:32-libapps»",  ⟦app-secret|LibApps client secret copied into cdk.json context⟧
    "lmu:hostedZoneId": "Z0«up:18-zone»"  ⟪hosted zone id⟫
  }
}
"""),
    ("infra/cdk/stacks/health_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_rds as rds, aws_ec2 as ec2, aws_lambda as _lambda
from constructs import Construct


class HealthBridgeStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        vpc = ec2.Vpc.from_lookup(self, "Vpc", vpc_name="health-partner")
        rds.DatabaseCluster(
            self, "ResearchRegistry",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_16_4),
            credentials=rds.Credentials.from_password("registry_admin", SecretValue.unsafe_plain_text("«pwsis:registry»")),  ⟦password|CDK unsafePlainText password⟧
            writer=rds.ClusterInstance.provisioned("w"),
            vpc=vpc,
        )
        _lambda.Function(
            self, "EpicFhirPull",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="fhir.handler",
            code=_lambda.Code.from_asset("lambda/fhir"),
            environment={
                "EPIC_CLIENT_ID": "«uuid:epicclient»",  ⟪Epic client id⟫
                "EPIC_PRIVATE_KEY_SECRET": "health/epic-backend-jwk",
                "REDCAP_TOKEN": "«redcap:healthreg»",  ⟦app-secret|REDCap token in CDK Python env⟧
            },
        )
"""),
    ("infra/cdk/stacks/StudentAppsStack.java", r"""
package edu.lowmoor.cdk;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.elasticache.CfnReplicationGroup;
import software.amazon.awscdk.services.secretsmanager.Secret;
import software.constructs.Construct;

public class StudentAppsStack extends Stack {
    public StudentAppsStack(final Construct scope, final String id) {
        super(scope, id);
        CfnReplicationGroup.Builder.create(this, "MobileCache")
            .replicationGroupDescription("lowmoor mobile app session cache")
            .engine("redis")
            .cacheNodeType("cache.t4g.medium")
            .transitEncryptionEnabled(true)
            .authToken("«pwr:mobilecache»")  ⟦password|Java CDK Redis AUTH token⟧
            .build();
        Secret apns = Secret.Builder.create(this, "Apns")
            .secretStringValue(SecretValue.secretsManager("mobile/apns-key"))  ⟪secretsManager reference⟫
            .build();
    }
}
"""),
    ("infra/cfn/README-parameters.md", r"""
# Stack parameters

Secret parameters are `NoEcho` and are passed from Secrets Manager at deploy time:

    aws cloudformation deploy --stack-name quadrant --parameter-overrides EthosApiKey=$(aws secretsmanager get-secret-value --secret-id quadrant/ethos --query SecretString --output text)  ⟪command substitution from Secrets Manager⟫

Never paste a key into a `*.params.json` file. (We know. See INC0220871.)

For the Mirth stack the second tunnel key is generated by AWS: leave `PreSharedKey` out.
"""),
    ("infra/cfn/dorms-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: residence halls - laundry and energy meters through IoT Core to Timestream (691542078816)
Resources:
  LaundryRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: laundry_status
      TopicRulePayload:
        Sql: SELECT * FROM 'dorms/+/laundry'
        Actions:
          - Http:
              Url: https://api.laundryview.com/v2/ingest
              Headers:
                - Key: x-api-key
                  Value: «b62:32-laundryview»  ⟦app-secret|laundry vendor key in an IoT HTTP action header⟧
          - Timestream:
              DatabaseName: dorms
              TableName: laundry
              RoleArn: arn:aws:iam::691542078816:role/iot-timestream
              Dimensions:
                - Name: hall
                  Value: ${topic(2)}
  MeterPolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyName: meter-publish
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: iot:Publish
            Resource: arn:aws:iot:us-east-1:691542078816:topic/dorms/*
"""),
    ("infra/cfn/docdb-alumni.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: alumni directory (DocumentDB) for the alumni mobile app
Resources:
  AlumniDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: alumniadmin
      MasterUserPassword: «pwn:alumnidoc»  ⟦password|DocumentDB master password⟧
      EngineVersion: '5.0.0'
      StorageEncrypted: true
  AlumniOpenSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: alumni-search
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: os-admin
          MasterUserPassword: '{{resolve:secretsmanager:alumni/opensearch:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/athletics-cloudfront.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: heronsports.com on CloudFront with a secret origin header to the SIDEARM origin
Resources:
  Dist:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [heronsports.com, www.heronsports.com]
        Origins:
          - Id: sidearm
            DomainName: lowmoor.sidearmsports.com
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront secret origin header⟧
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
        DefaultCacheBehavior:
          TargetOriginId: sidearm
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/sso-cognito-alumni.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: alumni app Cognito pool federated to the university's Okta for alumni accounts
Resources:
  AlumniPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: alumni
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref AlumniPool
      ProviderName: LowmoorOkta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktaclient»  ⟪Okta client id⟫
        client_secret: «okx:40-oktaalumni»  ⟦app-secret|OIDC client secret in a Cognito identity provider⟧
        attributes_request_method: GET
        oidc_issuer: https://lowmoor.okta.com
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/stacksets/lab-windows-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet for departmental Windows servers (local admin, SSM agent, CrowdStrike)
Resources:
  Baseline:
    Type: AWS::SSM::Association
    Properties:
      Name: AWS-RunPowerShellScript
      AssociationName: lab-windows-baseline
      Targets:
        - Key: tag:lmu:baseline
          Values: [windows-lab]
      Parameters:
        commands:
          - $pw = ConvertTo-SecureString '«pwl:labadmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal in an SSM association⟧
          - New-LocalUser -Name lmu-labadmin -Password $pw -PasswordNeverExpires
          - Add-LocalGroupMember -Group Administrators -Member lmu-labadmin
          - Start-Process -Wait -FilePath C:\Temp\WindowsSensor.exe -ArgumentList '/install','/quiet','CID=«uhex:32-cscid»-«uhex:2-cscid2»'  ⟦?app-secret|CrowdStrike customer id with checksum (an installation token)⟧
"""),
    ("infra/cfn/housing-datasync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the residence-life file server to S3
Resources:
  ResLifeSmb:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: reslife-fs01.ad.lowmoor.edu
      Subdirectory: /Shares/RoomAssignments
      User: svc-datasync
      Domain: AD
      Password: «pwc:datasync»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:us-east-1:418273650192:agent/agent-0b3e7d91a4c25f6e8  ⟪agent ARN⟫
"""),
    ("infra/cfn/stepfunctions-financial-aid.asl.json", r"""
{
  "Comment": "financial aid ISIR import - calls the FSA SAIG mailbox relay and PowerFAIDS",
  "StartAt": "PullIsir",
  "States": {
    "PullIsir": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://saig-relay.finaid.lowmoor.edu/isir/pull",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:418273650192:connection/saig/«uuid:saigconn»"},  ⟪connection ARN⟫
        "Headers": {"X-PowerFAIDS-Key": "«b62:32-powerfaids»"}  ⟦app-secret|PowerFAIDS key in a Step Functions header⟧
      },
      "End": true
    }
  }
}
"""),
    ("infra/cfn/research-sagemaker.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SageMaker domain for the Data Science Institute (student course workspaces)
Resources:
  Domain:
    Type: AWS::SageMaker::Domain
    Properties:
      DomainName: dsi-courses
      AuthMode: SSO
      VpcId: vpc-0d5a17c93e2b48f61  ⟪VPC id⟫
      SubnetIds: [subnet-0a1c9e47d3b25f86e]
      DefaultUserSettings:
        ExecutionRole: arn:aws:iam::730164829351:role/dsi-sagemaker
  Lifecycle:
    Type: AWS::SageMaker::StudioLifecycleConfig
    Properties:
      StudioLifecycleConfigName: dsi-hf
      StudioLifecycleConfigAppType: JupyterLab
      StudioLifecycleConfigContent: «b64:lit:#!/bin/bash; echo 'export HF_HOME=/home/sagemaker-user/.cache/hf' >> ~/.bashrc»  ⟪base64 lifecycle script without a secret⟫
"""),
    ("infra/cfn/sso-permission-sets.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IAM Identity Center permission sets for departmental IT
Resources:
  DeptAdmin:
    Type: AWS::SSO::PermissionSet
    Properties:
      InstanceArn: arn:aws:sso:::instance/ssoins-7223«hex:12-ssoins»  ⟪SSO instance ARN⟫
      Name: DepartmentAdmin
      SessionDuration: PT8H
      ManagedPolicies:
        - arn:aws:iam::aws:policy/PowerUserAccess
"""),
    ("infra/cfn/course-sandbox-accounts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: per-course sandbox IAM users for CS 4410 Cloud Computing (deprecated; use Identity Center)
Resources:
  TaUser:
    Type: AWS::IAM::User
    Properties:
      UserName: cs4410-ta
      LoginProfile:
        Password: «pwstu:cs4410ta»  ⟦password|IAM console LoginProfile password in a template⟧
        PasswordResetRequired: false
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
"""),
]
