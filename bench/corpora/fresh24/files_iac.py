"""fresh24 templates, AWS infrastructure as code (Brakwater Terminals): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild, IoT Core,
Transfer Family, Terraform and tfvars, Terragrunt, CDK (TypeScript, Python, Java), Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/quayline-edi.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  quayline - EDIFACT gateway between Navis N4 (RTM, SSZ, DUR, SIN) and shipping lines / port community
  systems. BAPLIE, COPRAR, CODECO, COARRI, IFTSTA, VERMAS. Account 614203897551.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, acc]
  N4ApiPassword:
    Type: String
    NoEcho: true
Resources:
  EdiDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      EngineVersion: '16.4'
      DBInstanceClass: db.r7g.large
      AllocatedStorage: '200'
      MasterUsername: quayline
      MasterUserPassword: «pwc:quaylinedb»  ⟦password|RDS master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:614203897551:key/«uuid:kmsquayline»  ⟪KMS key ARN⟫
  EdiBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub edi-${Env}
      EngineType: RABBITMQ
      EngineVersion: 3.13.7
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: quayline-admin
          Password: '{{resolve:secretsmanager:quayline/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: baplie-consumer
          Password: «pw:baplieconsumer»  ⟦password|Amazon MQ user password, season + year⟧
  N4ApiSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub quayline/${Env}/n4-argoservice
      SecretString: !Sub '{"username":"quayline-ws","password":"${N4ApiPassword}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/quayline-edi.params.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "N4ApiPassword", "ParameterValue": "«pw6:n4argows»"}  ⟦password|N4 ArgoService password in a parameter file⟧
]
"""),
    ("infra/cfn/gatehouse-tas.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: gatehouse truck appointment system (TAS) - slot booking API, gate transactions, Portbase hinterland
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
    MemorySize: 512
Parameters:
  PortbaseClientSecret:
    Type: String
    NoEcho: true
    Default: «pwr:portbasetas»  ⟦password|NoEcho parameter with a literal Default⟧
Resources:
  SlotFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: slots.handler
      CodeUri: src/
      Environment:
        Variables:
          SLOT_TABLE: gatehouse-slots
          PORTBASE_CLIENT_ID: brakwater-tas-prd  ⟪client id⟫
          PORTBASE_CLIENT_SECRET: !Ref PortbaseClientSecret
          N4_GATE_URL: https://n4.rtm.bkw.local/apex/services/argoservice
          N4_GATE_PASSWORD: «pw6:n4gatews»  ⟦password|N4 gate web-service password in Lambda env⟧
          TWILIO_ACCOUNT_SID: «twac:gatesms»  ⟪Twilio account SID⟫
          TWILIO_AUTH_TOKEN: «hex:32-twgatesms»  ⟦app-secret|Twilio auth token in Lambda env⟧
  GateEventFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: gate_events.handler
      CodeUri: src/
      Environment:
        Variables:
          OCR_WEBHOOK_SECRET: '{{resolve:ssm-secure:/gatehouse/ocr-webhook-secret}}'  ⟪ssm-secure dynamic reference⟫
          DB_SECRET_ARN: arn:aws:secretsmanager:eu-west-1:614203897551:secret:gatehouse/tas-db-«b62:6-tasdb»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/gatehouse-tas.params.json", r"""
{
  "Parameters": {
    "Env": "prod",
    "TasDbPassword": "«pwn:tasdb»",  ⟦password|CodePipeline template configuration password⟧
    "AlarmEmail": "gate-oncall@brakwater-port.com"
  },
  "Tags": {"cost-centre": "RTM-GATE", "owner": "terminal-it"}
}
"""),
    ("infra/cfn/coldchain-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: coldchain - reefer monitoring. Reefer gateways (ISO 10368 power-line modems) publish to IoT Core; rules fan
  out to Timestream and to the reefer vendor APIs (Carrier Lynx, Thermo King TracKing, Daikin).
Resources:
  ReeferRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: reefer_alarms_to_lynx
      TopicRulePayload:
        Sql: SELECT * FROM 'bkw/+/reefer/+/alarm'
        Actions:
          - Http:
              Url: https://api.lynx.carrier.com/v2/reefer/alarms
              Headers:
                - Key: x-api-key
                  Value: «b62:40-lynx»  ⟦app-secret|Carrier Lynx API key in an IoT HTTP action header⟧
                - Key: Content-Type
                  Value: application/json
          - Timestream:
              DatabaseName: coldchain
              TableName: setpoints
              RoleArn: arn:aws:iam::458120379906:role/coldchain-iot-timestream
              Dimensions:
                - Name: container
                  Value: ${container_no}
  ThermoKingConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: thermoking-tracking
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: brakwater-api
          Password: «pwx:thermoking»  ⟦password|EventBridge connection basic-auth password⟧
  DaikinConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: daikin-reefer
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-Daikin-Key
          ApiKeyValue: '{{resolve:secretsmanager:coldchain/daikin:SecretString:key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/berthplan-api.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "berthplan - vessel line-up, berth windows and pilot/tug orders (Pronto and Portbase port calls)",
  "Parameters": {
    "ProntoApiKey": {"Type": "String", "NoEcho": true},
    "BerthDbPassword": {"Type": "String", "NoEcho": true, "Default": "«pwl:berthdb»"}  ⟦password|NoEcho Default in CloudFormation JSON⟧
  },
  "Resources": {
    "BerthFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "berthplan-sync",
        "Runtime": "java21",
        "Handler": "com.brakwater.berthplan.SyncHandler::handleRequest",
        "Role": "arn:aws:iam::614203897551:role/berthplan-sync",
        "Code": {"S3Bucket": "bkw-artifacts-930471862214", "S3Key": "berthplan/sync-2.14.0.jar"},
        "Environment": {
          "Variables": {
            "PRONTO_API_KEY": {"Ref": "ProntoApiKey"},
            "PRONTO_BASE": "https://api.pronto.portofrotterdam.com/v3",
            "MARINETRAFFIC_KEY": "«hex:40-mtberth»",  ⟦app-secret|MarineTraffic API key in Lambda env (JSON)⟧
            "DB_HOST": "berthplan.cluster-c6mq2x1pzf0a.eu-west-1.rds.amazonaws.com"
          }
        }
      }
    },
    "PartnerKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "berth-window-pilots", "Enabled": true, "Value": "«b62:40-apigwpilots»"}  ⟦app-secret|API Gateway key Value in a template⟧
    }
  }
}
"""),
    ("infra/cfn/tallyman-customs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tallyman - customs filings (ICS2 ENS, US ACE/ABI, Portbase/DMS, Siscomex Portal Unico, SARS, TradeNet)
Parameters:
  AbiPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /tallyman/prod/abi-password  ⟪SSM parameter name as Default⟫
Resources:
  FilingQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: tallyman-filings.fifo
      FifoQueue: true
  AbiFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: tallyman-ace-abi
      Runtime: nodejs20.x
      Handler: abi.handler
      Role: arn:aws:iam::287619045332:role/tallyman-abi
      Code:
        S3Bucket: bkw-artifacts-930471862214
        S3Key: tallyman/abi-1.9.2.zip
      Environment:
        Variables:
          ABI_FILER_CODE: BK7
          ABI_USER: BKWABI01
          ABI_PASSWORD: !Ref AbiPassword
  SiscomexFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: tallyman-siscomex
      Runtime: java21
      Handler: com.brakwater.tallyman.siscomex.Handler
      Role: arn:aws:iam::287619045332:role/tallyman-siscomex
      Code:
        S3Bucket: bkw-artifacts-930471862214
        S3Key: tallyman/siscomex-3.2.0.jar
      Environment:
        Variables:
          ECNPJ_PFX_S3: s3://bkw-customs-certs-287619045332/ssz/ecnpj-a1.pfx
          ECNPJ_PFX_SENHA: «pwp:ecnpja1»  ⟦password|e-CNPJ A1 certificate password in Lambda env⟧
          PUCOMEX_ROLE: IMPEXP
  Ics2Fn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: tallyman-ics2
      Runtime: python3.12
      Handler: ics2.handler
      Role: arn:aws:iam::287619045332:role/tallyman-ics2
      Code:
        S3Bucket: bkw-artifacts-930471862214
        S3Key: tallyman/ics2-0.8.1.zip
      Environment:
        Variables:
          STI_ENDPOINT: https://conformance.customs.ec.europa.eu/ics2/sti
          SEAL_KEY_SECRET: tallyman/ics2/eidas-seal  ⟪secret name⟫
"""),
    ("infra/cfn/freightdesk-cw1.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: freightdesk - CargoWise One eAdaptor bridge, rate management (ratebook) and carrier booking APIs
Resources:
  EAdaptorFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: freightdesk-eadaptor-inbound
      Runtime: python3.12
      Handler: eadaptor.inbound
      Role: arn:aws:iam::287619045332:role/freightdesk-eadaptor
      Code:
        S3Bucket: bkw-artifacts-930471862214
        S3Key: freightdesk/eadaptor-4.1.0.zip
      Environment:
        Variables:
          CW1_EADAPTOR_URL: https://bkwtrn.wisegrid.net/eAdaptor
          CW1_EADAPTOR_USER: BKW_EADAPTOR
          CW1_EADAPTOR_PASSWORD: «pwx:cw1eadaptor»  ⟦password|CargoWise eAdaptor password in Lambda env⟧
          MAERSK_CONSUMER_KEY: «b62:32-maersk»  ⟦app-secret|Maersk API consumer key⟧
          HLAG_CLIENT_ID: «uuid:hlagid»  ⟪IBM API Connect client id⟫
          HLAG_CLIENT_SECRET: «ibmsec:hlag»  ⟦app-secret|Hapag-Lloyd API client secret⟧
  RatebookCache:
    Type: AWS::ElastiCache::ServerlessCache
    Properties:
      ServerlessCacheName: ratebook
      Engine: valkey
      UserGroupId: ratebook-users
  RatebookUser:
    Type: AWS::ElastiCache::User
    Properties:
      UserId: ratebook-app
      UserName: ratebook-app
      Engine: valkey
      AccessString: on ~rate:* +@all
      Passwords:
        - «pwr:ratebookcache»  ⟦password|ElastiCache user password list⟧
  RatebookReader:
    Type: AWS::ElastiCache::User
    Properties:
      UserId: ratebook-ro
      UserName: ratebook-ro
      Engine: valkey
      AccessString: on ~rate:* +@read
      AuthenticationMode:
        Type: iam  ⟪IAM authentication⟫
"""),
    ("infra/cfn/ot-historian-vpc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OT network edge - Site-to-Site VPN from each terminal's OT DMZ firewall to the historian VPC (458120379906)
Resources:
  RtmCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65101
      IpAddress: 194.151.22.18
      Type: ipsec.1
  RtmVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref RtmCgw
      TransitGatewayId: tgw-0a93c7e51d2f48b60  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-rtmtun1»  ⟦password|Site-to-Site VPN tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.40.0/30
        - PreSharedKey: «lo:32-rtmtun2»  ⟦password|second tunnel pre-shared key⟧
          TunnelInsideCidr: 169.254.40.4/30
  DurVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-07d1e4a6c9b2f3805
      TransitGatewayId: tgw-0a93c7e51d2f48b60
      VpnTunnelOptionsSpecifications:
        - PreSharedKeyStorage: SecretsManager  ⟪PSK kept in Secrets Manager⟫
"""),
    ("infra/cfn/lookout-ais.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lookout - AIS feeds (terrestrial receivers at each terminal, Spire Maritime, AISHub) into Kinesis
Resources:
  AisStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: ais-positions
      StreamModeDetails:
        StreamMode: ON_DEMAND
  SpireFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: lookout-spire-poller
      Runtime: python3.12
      Handler: spire.poll
      Role: arn:aws:iam::614203897551:role/lookout-poller
      Code:
        ZipFile: |
          import os, json, urllib.request
          TOKEN = "«b62:32-spire»"  ⟦app-secret|Spire Maritime token inline in ZipFile code⟧
          def poll(event, context):
              req = urllib.request.Request("https://api.spire.com/graphql",
                                           headers={"Authorization": "Bearer " + TOKEN})
              return json.loads(urllib.request.urlopen(req, timeout=15).read())
      Environment:
        Variables:
          AISHUB_USERNAME: AH_BRAKWATER_4711  ⟪AISHub user name⟫
          VESSELFINDER_USERKEY: «up:24-vesselfinder»  ⟦app-secret|VesselFinder userkey in Lambda env⟧
"""),
    ("infra/cfn/dockhand-backend.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: dockhand driver app back end - pickup PINs, gate pass QR, push and WhatsApp notifications
Resources:
  NotifyFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: notify.handler
      CodeUri: dist/
      Environment:
        Variables:
          FCM_SERVER_KEY: «fcm:dockhand»  ⟦app-secret|legacy FCM server key⟧
          WHATSAPP_TOKEN: «meta:dockhandwa»  ⟦app-secret|WhatsApp Cloud API access token⟧
          WHATSAPP_PHONE_ID: '«num:15-waphone»'  ⟪phone number id⟫
          MAPBOX_PUBLIC_TOKEN: «mapboxpk:dockhand»  ⟪Mapbox public token⟫
          INFOBIP_API_KEY: '{{resolve:secretsmanager:dockhand/infobip}}'  ⟪dynamic reference⟫
  DriverPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: dockhand-drivers
      SmsConfiguration:
        SnsCallerArn: arn:aws:iam::614203897551:role/dockhand-cognito-sms
        ExternalId: dockhand-«hex:8-extid»  ⟪external id⟫
"""),
    ("infra/cfn/payrun-ses.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: payrun - payslip mail from SES for the four countries; a legacy SMTP user for the AFAS and TOTVS servers
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-payrun
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
    Value: !Ref SmtpKey  ⟪Ref of an access key resource⟫
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of the secret⟫
"""),
    ("infra/cfn/reefer-stackset-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet (four terminal OU accounts) - SSM document that installs the reefer gateway agent on the yard PCs
Resources:
  InstallReeferAgent:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: bkw-install-reefer-agent
      Content:
        schemaVersion: '2.2'
        description: Install the Identec reefer agent and register it with the TOS
        parameters:
          AgentToken:
            type: String
            default: '{{ssm-secure:/coldchain/agent-token}}'  ⟪ssm-secure parameter reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: install
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwc:yardlocaladmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal in an SSM document⟧
                - New-LocalUser -Name bkwsupport -Password $pw -PasswordNeverExpires
                - msiexec /i C:\Temp\ReeferRunnerAgent.msi /qn SERVER=reefer.bkw.local TOKEN={{ AgentToken }}  ⟪SSM document parameter⟫
"""),
    ("infra/cfn/gate-ocr-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: gate OCR edge relay (one per terminal, Outposts rack at RTM) - receives OCR/RFID/weighbridge events
Resources:
  OcrRelay:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c4f9a2d17e83b651  ⟪AMI id⟫
      InstanceType: m5.xlarge
      SubnetId: subnet-08b2e7d4a1c93f650
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -e
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<EOF
          [default]
          aws_access_key_id = «akid:gateocr»  ⟦aws-key-id|key id written by EC2 UserData⟧
          aws_secret_access_key = «awssec:gateocr»  ⟦aws-secret|secret written by EC2 UserData⟧
          EOF
          echo "OCR_N4_PASSWORD=«pw6:ocrn4»" >> /etc/gate-ocr.env  ⟦password|N4 password appended to an env file in UserData⟧
          systemctl enable --now gate-ocr-relay
"""),
    ("infra/cfn/transfer-edi.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Transfer Family SFTP for shipping-line and NVOCC EDI mailboxes (inbound BAPLIE/COPRAR, outbound CODECO)
Resources:
  EdiServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP, AS2]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: PUBLIC
  MscUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt EdiServer.ServerId
      UserName: msc-edi
      Role: arn:aws:iam::614203897551:role/transfer-edi-msc
      HomeDirectory: /bkw-edi-614203897551/msc
      SshPublicKeys:
        - «sshpub:edmsc:msc-edi@msc.com»  ⟪SSH public key⟫
  Inttra:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.inttra.com
      AccessRole: arn:aws:iam::614203897551:role/transfer-connector
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:eu-west-1:614203897551:secret:edi/inttra-«b62:6-inttra»  ⟪secret ARN⟫
        TrustedHostKeys:
          - «sshpub:edinttrahost:»  ⟪host public key⟫
  OneLineSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: edi/one-line-sftp
      SecretString: '{"Username":"bkw_rtm","Password":"«pw6:oneline»"}'  ⟦password|Transfer connector credential in a literal SecretString⟧
"""),
    ("infra/cfn/historian-timestream.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OT historian replica - PI to Timestream for LiveAnalytics and Grafana
Resources:
  PiBridge:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: pi-bridge
      RequiresCompatibilities: [FARGATE]
      Cpu: '512'
      Memory: '1024'
      NetworkMode: awsvpc
      ExecutionRoleArn: arn:aws:iam::458120379906:role/ecsTaskExecution
      ContainerDefinitions:
        - Name: pi-bridge
          Image: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/pi-bridge@sha256:«sha256:pibridge»  ⟪image digest⟫
          Environment:
            - Name: PI_WEB_API
              Value: https://pi-rtm.ot.bkw.local/piwebapi
            - Name: PI_USER
              Value: BKW\svc-piwebapi
            - Name: PI_PASSWORD
              Value: «pwl:piwebapi»  ⟦password|PI Web API password in an ECS task env⟧
            - Name: GRAFANA_TOKEN
              Value: «glsa:historian»  ⟦app-secret|Grafana service-account token⟧
          Secrets:
            - Name: TIMESTREAM_KMS
              ValueFrom: arn:aws:ssm:eu-west-1:458120379906:parameter/historian/kms  ⟪ValueFrom reference⟫
"""),
    ("infra/cfn/cctv-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CCTV archive - Milestone XProtect evidence exports to S3 Glacier, Kinesis Video for the gate lanes
Resources:
  EvidenceBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: bkw-cctv-evidence-614203897551
      ObjectLockEnabled: true
  LaneStreamFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: cctv-lane-kvs
      Runtime: python3.12
      Handler: kvs.handler
      Role: arn:aws:iam::614203897551:role/cctv-kvs
      Code:
        S3Bucket: bkw-artifacts-930471862214
        S3Key: cctv/kvs-1.2.0.zip
      Environment:
        Variables:
          RTSP_LANE_1: rtsp://svc-kvs:«pct:pwp:cctvlanes»@10.41.8.21:554/axis-media/media.amp  ⟦conn-string|RTSP URL with a camera password⟧
          RTSP_LANE_2: rtsp://svc-kvs:«pct:pwp:cctvlanes»@10.41.8.22:554/axis-media/media.amp  ⟦conn-string|same camera password, lane 2⟧
          MILESTONE_USER: BKW\svc-evidence
          MILESTONE_PASSWORD: ''  ⟪empty value⟫
"""),
    ("infra/cfn/codebuild-n4-plugins.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project for N4 Groovy code extensions and the XPS plug-ins
Resources:
  N4Plugins:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: n4-code-extensions
      ServiceRole: arn:aws:iam::930471862214:role/codebuild-n4
      Artifacts:
        Type: S3
        Location: bkw-artifacts-930471862214
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/amazonlinux2-x86_64-standard:5.0
        EnvironmentVariables:
          - Name: ARTIFACTORY_USER
            Value: ci-n4
          - Name: ARTIFACTORY_API_KEY
            Type: PLAINTEXT
            Value: «akcp:cin4»  ⟦app-secret|JFrog Artifactory API key as a PLAINTEXT CodeBuild variable⟧
          - Name: N4_DEPLOY_PASSWORD
            Type: SECRETS_MANAGER
            Value: n4/deploy:password  ⟪SECRETS_MANAGER reference⟫
          - Name: SONAR_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/sonar-token  ⟪PARAMETER_STORE reference⟫
      Source:
        Type: GITHUB
        Location: https://github.com/brakwater/n4-extensions.git
"""),
    ("infra/cfn/forwarding-docdb.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: forwarding shipment documents store (DocumentDB) - bills of lading, arrival notices, customs releases
Resources:
  DocsCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: fwd-docs
      MasterUsername: fwdadmin
      MasterUserPassword: «pwn:fwddocs»  ⟦password|DocumentDB master password, first name + year⟧
      StorageEncrypted: true
  ArchiveCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: fwd-archive
      MasterUsername: fwdadmin
      ManageMasterUserPassword: true  ⟪managed master password⟫
"""),
    ("infra/cfn/rtm-glue-jobs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: terminal KPIs - Glue jobs pulling N4 reporting views and the weighbridge SQL Server into the lake
Resources:
  N4Conn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '614203897551'
      ConnectionInput:
        Name: n4-reporting
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@//n4db.rtm.bkw.local:1521/N4RPT
          USERNAME: N4_RO
          PASSWORD: «pw6:n4ro»  ⟦password|Glue connection password⟧
  WeighbridgeJob:
    Type: AWS::Glue::Job
    Properties:
      Name: weighbridge-vgm-daily
      Role: arn:aws:iam::614203897551:role/glue-kpi
      Command:
        Name: glueetl
        ScriptLocation: s3://bkw-glue-scripts-614203897551/weighbridge_vgm.py
      DefaultArguments:
        --wb_jdbc: jdbc:sqlserver://wb01.rtm.bkw.local:1433;databaseName=WeighLog
        --wb_user: wb_reader
        --wb_password: «pwp:wbreader»  ⟦password|Glue DefaultArguments password⟧
        --enable-metrics: 'true'
"""),
    ("infra/cfn/cognito-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: partner portal identity - hauliers and NVOCCs sign in with their own IdP
Resources:
  HaulierIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: eu-west-1_Qm7Xz2KpA
      ProviderName: TransnetHauliers
      ProviderType: OIDC
      ProviderDetails:
        client_id: brakwater-portal  ⟪OIDC client id⟫
        client_secret: «b62:40-haulieroidc»  ⟦app-secret|OIDC client secret in a Cognito IdP⟧
        attributes_request_method: GET
        oidc_issuer: https://id.hauliers-za.co.za
        authorize_scopes: openid email
  EntraIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: eu-west-1_Qm7Xz2KpA
      ProviderName: BrakwaterEntra
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraportal»  ⟪Entra application id⟫
        client_secret: «azad:entraportal»  ⟦azure-ad|Entra client secret in a Cognito IdP⟧
        oidc_issuer: https://login.microsoftonline.com/«uuid:tenant»/v2.0
"""),
    ("infra/cfn/secrets-right-way.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: how secrets are meant to be held (platform team reference stack)
Resources:
  GateDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: gatehouse/tas-db
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"tas_app"}'
        GenerateStringKey: password
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  GateDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref GateDbSecret
      RotationRules:
        AutomaticallyAfterDays: 30
  TasDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.large
      MasterUsername: '{{resolve:secretsmanager:gatehouse/tas-db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:gatehouse/tas-db:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/sam/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: vgm-submit - verified gross mass (SOLAS VI/2) from weighbridges to carriers as VERMAS and via INTTRA
Parameters:
  InttraPassword:
    Type: String
    NoEcho: true
  InttraUser:
    Type: String
Resources:
  VgmFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: vgm.submit
      CodeUri: vgm/
      Environment:
        Variables:
          INTTRA_USER: !Ref InttraUser
          INTTRA_PASSWORD: !Ref InttraPassword  ⟪Ref of a NoEcho parameter⟫
          WEIGHBRIDGE_API_TOKEN: «hex:40-wbapi»  ⟦app-secret|weighbridge middleware API token in SAM env⟧
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "vgm-submit"
resolve_s3 = true
s3_prefix = "vgm-submit"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "InttraUser=\"BRAKWATER_VGM\" InttraPassword=\"«pwc:inttravgm»\""  ⟦password|samconfig parameter_overrides password⟧

[acc.deploy.parameters]
stack_name = "vgm-submit-acc"
parameter_overrides = "InttraUser=\"BRAKWATER_VGM_ACC\" InttraPassword=\"changeme\""  ⟪placeholder⟫
"""),
    ("infra/sam/reefer-alarms/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: reefer-alarms
      region: ap-southeast-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - OrbcommApiKey=«b62:32-orbcomm»  ⟦app-secret|ORBCOMM API key in samconfig.yaml⟧
        - AlarmTopic=arn:aws:sns:ap-southeast-1:458120379906:reefer-alarms
        - PagerDutyKey=«pdkey:reefer»  ⟦pagerduty|PagerDuty routing key in samconfig.yaml⟧
"""),
    ("infra/serverless/rates/serverless.yml", r"""
service: ratebook
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  stage: ${opt:stage, 'prod'}
  environment:
    RATEBOOK_TABLE: ratebook-${sls:stage}
    FREIGHTOS_API_KEY: «b62:32-freightos»  ⟦app-secret|Freightos API key in serverless.yml⟧
    XENETA_API_KEY: ${ssm:/ratebook/xeneta-key}  ⟪ssm variable⟫
    WEBCARGO_SECRET: ${env:WEBCARGO_SECRET}  ⟪env variable⟫
functions:
  spotQuote:
    handler: src/spot.handler
    events:
      - httpApi: 'POST /quotes/spot'
  contractImport:
    handler: src/contracts.import
    environment:
      SFTP_PASSWORD: «pwl:ratesftp»  ⟦password|function-level SFTP password in serverless.yml⟧
"""),
    ("infra/serverless/ics2-notify/serverless.yml", r"""
service: ics2-notify
provider:
  name: aws
  runtime: python3.12
  region: eu-central-1
  environment:
    SLACK_WEBHOOK: «slackhook:ics2»  ⟦slack|Slack webhook in serverless.yml⟧
    TEAMS_WEBHOOK: «teamshook:ics2»  ⟦app-secret|Teams incoming webhook URL⟧
functions:
  referral:
    handler: handler.referral
    events:
      - sqs: arn:aws:sqs:eu-central-1:287619045332:ics2-referrals
"""),
    ("infra/ecs/gate-ocr-taskdef.json", r"""
{
  "family": "gate-ocr-ingest",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::614203897551:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "ocr-ingest",
      "image": "930471862214.dkr.ecr.eu-west-1.amazonaws.com/gate-ocr-ingest:3.7.2",
      "environment": [
        {"name": "OCR_VENDOR", "value": "camco"},
        {"name": "CAMCO_GOS_URL", "value": "https://gos.rtm.bkw.local/api/v2"},
        {"name": "CAMCO_GOS_PASSWORD", "value": "«pwp:camcogos»"},  ⟦password|Camco gate OCR password in ECS env⟧
        {"name": "RFID_READER_PASSWORD", "value": "«pw6:rfidreaders»"},  ⟦password|RFID reader password in ECS env⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:ocringest»"},  ⟦aws-key-id|key id in an ECS task env⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:ocringest»"},  ⟦aws-secret|secret in an ECS task env⟧
        {"name": "N4_SCOPE", "value": "BKW/RTM/MVQ/MVQ"}
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:614203897551:secret:gate-ocr/db-«b62:6-ocrdb»"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/freightdesk-taskdef.json", r"""
{
  "family": "freightdesk-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "930471862214.dkr.ecr.eu-central-1.amazonaws.com/freightdesk-api:2026.11.4",
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://freightdesk.cluster-cq0n3z7d1xme.eu-central-1.rds.amazonaws.com:5432/fd"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:fdapp»"},  ⟦password|datasource password in ECS env⟧
        {"name": "XENETA_API_KEY", "value": "«uuid:xeneta»"}  ⟦app-secret|Xeneta API key in ECS env⟧
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-central-1:287619045332:secret:ghcr-pull-«b62:6-ghcr»"}  ⟪repositoryCredentials⟫
    }
  ]
}
"""),
    ("infra/ecs/cranewatch-taskdef.yaml", r"""
family: cranewatch
networkMode: awsvpc
requiresCompatibilities: [EC2]
containerDefinitions:
  - name: kalmar-insight
    image: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/cranewatch:1.18.0
    environment:
      - name: KALMAR_INSIGHT_API_KEY
        value: «b62:40-kalmar»  ⟦app-secret|Kalmar Insight API key in an ECS task definition (YAML)⟧
      - name: KONECRANES_TRUCONNECT_TOKEN
        value: «urlsafe:64-truconnect»  ⟦app-secret|Konecranes TRUCONNECT token⟧
      - name: LIDAT_USER
        value: bkw-sin-lidat
      - name: LIDAT_PASSWORD
        value: «pwn:lidat»  ⟦password|Liebherr LiDAT password⟧
    secrets:
      - name: OPCUA_PASSWORD
        valueFrom: arn:aws:ssm:ap-southeast-1:458120379906:parameter/cranewatch/opcua  ⟪valueFrom⟫
"""),
    ("infra/lambda/lookout-vesselcalls.config.json", r"""
{
  "FunctionName": "lookout-vesselcalls",
  "FunctionArn": "arn:aws:lambda:eu-west-1:614203897551:function:lookout-vesselcalls",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::614203897551:role/lookout-poller",
  "Handler": "calls.handler",
  "CodeSize": 1840231,
  "Timeout": 60,
  "MemorySize": 256,
  "CodeSha256": "«b64k:32-codesha»",  ⟪code hash⟫
  "Version": "$LATEST",
  "Environment": {
    "Variables": {
      "MARINETRAFFIC_PS07_KEY": "«hex:40-mtps07»",  ⟦app-secret|MarineTraffic key in a Lambda configuration dump⟧
      "PORTBASE_PCS_PASSWORD": "«pw6:portbasepcs»",  ⟦password|Portbase password in a Lambda configuration⟧
      "LOG_LEVEL": "INFO"
    }
  },
  "TracingConfig": {"Mode": "PassThrough"},
  "RevisionId": "«uuid:rev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/tallyman-sars.config.json", r"""
{
  "FunctionName": "tallyman-sars-edi",
  "Runtime": "java21",
  "Handler": "za.brakwater.tallyman.SarsEdi::handle",
  "Environment": {
    "Variables": {
      "SARS_EDI_TRADER_ID": "«num:8-sarsid»",  ⟪trader id⟫
      "SARS_VAN_MAILBOX": "BKWDUR01",
      "SARS_VAN_PASSWORD": "«edipw:sarsvan»",  ⟦password|SARS customs VAN mailbox password in a Lambda config⟧
      "AWS_ACCESS_KEY_ID_DUR": "«akid:sarsdur»",  ⟦aws-key-id|key id in Lambda env⟧
      "AWS_SECRET_ACCESS_KEY_DUR": "«awssec:sarsdur»"  ⟦aws-secret|secret in Lambda env⟧
    }
  }
}
"""),
    ("infra/codebuild/buildspec-quayline.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    NEXUS_USER: ci-quayline
    NEXUS_PASSWORD: «pwx:nexusci»  ⟦password|buildspec plain variable password⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    GH_TOKEN: ci/github:token  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - mvn -B -s ci/settings.xml verify
      - mvn -B deploy -DaltDeploymentRepository=bkw::https://nexus.bkw.local/repository/releases
"""),
    ("infra/codebuild/buildspec-dockhand.yml", r"""
version: 0.2
env:
  variables:
    EXPO_TOKEN: «b62:40-expo»  ⟦app-secret|Expo token in a buildspec⟧
    SENTRY_ORG: brakwater
  exported-variables:
    - BUILD_ID
phases:
  install:
    runtime-versions:
      nodejs: 20
  build:
    commands:
      - npx eas-cli build --platform android --non-interactive
      - curl -sf -X POST https://api.bitrise.io/v0.1/apps/«uuid:bitriseapp»/builds -H "Authorization: «b62:86-bitrise»" -d @trigger.json  ⟦app-secret|Bitrise personal access token in a buildspec command⟧
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.8"
  required_providers {
    aws        = { source = "hashicorp/aws", version = "~> 5.70" }
    datadog    = { source = "DataDog/datadog", version = "~> 3.44" }
    pagerduty  = { source = "PagerDuty/pagerduty", version = "~> 3.15" }
  }
  backend "s3" {
    bucket         = "bkw-tfstate-930471862214"
    key            = "terminal/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "bkw-tflock"
  }
}

provider "aws" {
  region = "eu-west-1"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a Terraform provider⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a Terraform provider⟧
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = var.pagerduty_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
}

variable "n4_db_password" {
  type      = string
  sensitive = true
  default   = "«pw6:n4dbowner»"  ⟦password|Terraform variable default password⟧
}

variable "ais_receiver_psk" {
  description = "shared key of the terminal AIS receivers (Comar SLR350N) feeding lookout"
  type        = string
  default     = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/terminal.tfvars", r"""
env                 = "prod"
region              = "eu-west-1"
pagerduty_token     = "«b62:20-pdtoken»"  ⟦pagerduty|PagerDuty API token in tfvars⟧
n4_db_password      = "«pw6:n4dbowner»"  ⟦password|tfvars password (same as the variable default)⟧
grafana_admin       = "admin"
grafana_admin_pw    = "«pwc:grafanaadmin»"  ⟦password|Grafana admin password in tfvars⟧
alert_email         = "terminal-it@brakwater-port.com"
"""),
    ("infra/terraform/rds.tf", r"""
resource "aws_db_instance" "tas" {
  identifier                  = "gatehouse-tas"
  engine                      = "postgres"
  engine_version              = "16.4"
  instance_class              = "db.r7g.large"
  username                    = "tas_owner"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_db_instance" "weighbridge_mirror" {
  identifier     = "weighbridge-mirror"
  engine         = "sqlserver-se"
  instance_class = "db.m6i.large"
  username       = "wbadmin"
  password       = "«pwl:wbmirror»"  ⟦password|aws_db_instance password literal⟧
  license_model  = "license-included"
}

resource "aws_db_instance" "berth_replica" {
  identifier = "berthplan-replica"
  engine     = "postgres"
  username   = "berth"
  password   = random_password.berth.result  ⟪random_password result⟫
}

resource "random_password" "berth" {
  length  = 32
  special = true
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# hand-made keys for vendors that cannot assume roles (CHG-4410): Identec reefer runner, Camco OCR
resource "aws_iam_user" "identec" {
  name = "vendor-identec-reefer"
}

resource "aws_iam_access_key" "identec" {
  user    = aws_iam_user.identec.name
  pgp_key = "keybase:brakwater_sec"  ⟪pgp key reference⟫
}

output "identec_secret" {
  value     = aws_iam_access_key.identec.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

locals {
  # imported from the old account; rotate before 2027 (ticket SEC-812)
  camco_access_key_id     = "«akid:camcovendor»"  ⟦aws-key-id|key id in Terraform locals⟧
  camco_secret_access_key = "«awssec:camcovendor»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/mq.tf", r"""
resource "aws_mq_broker" "n4_jms" {
  broker_name        = "n4-jms-rtm"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  deployment_mode    = "ACTIVE_STANDBY_MULTI_AZ"

  user {
    username       = "n4-admin"
    password       = "«pwc:n4jmsadmin»"  ⟦password|Amazon MQ user password in Terraform⟧
    console_access = true
  }

  user {
    username = "coprar-listener"
    password = var.coprar_listener_password  ⟪variable reference⟫
  }
}
"""),
    ("infra/terraform/msk.tf", r"""
resource "aws_msk_scram_secret_association" "telemetry" {
  cluster_arn     = aws_msk_cluster.telemetry.arn
  secret_arn_list = [aws_secretsmanager_secret.straddle.arn]
}

resource "aws_secretsmanager_secret" "straddle" {
  name       = "AmazonMSK_straddle_telemetry"
  kms_key_id = aws_kms_key.msk.key_id
}

resource "aws_secretsmanager_secret_version" "straddle" {
  secret_id     = aws_secretsmanager_secret.straddle.id
  secret_string = jsonencode({ username = "straddle-gw", password = "«pwx:mskstraddle»" })  ⟦password|literal SCRAM password in a secret version⟧
}
"""),
    ("infra/terraform/ssm-params.tf", r"""
resource "aws_ssm_parameter" "geotab" {
  name  = "/dockhand/geotab/password"
  type  = "SecureString"
  value = "«pwn:geotab»"  ⟦password|SecureString parameter with its literal value in Terraform⟧
}

resource "aws_ssm_parameter" "samsara" {
  name  = "/dockhand/samsara/token"
  type  = "SecureString"
  value = "«samsara:dockhand»"  ⟦app-secret|Samsara API token in a Terraform parameter⟧
}

resource "aws_ssm_parameter" "region" {
  name  = "/dockhand/region"
  type  = "String"
  value = "eu-west-1"
}
"""),
    ("infra/terraform/modules/edi-partner/main.tf", r"""
variable "partner" { type = string }
variable "sftp_password" {
  type      = string
  sensitive = true
}

resource "aws_secretsmanager_secret" "this" {
  name = "edi/${var.partner}"
}

resource "aws_secretsmanager_secret_version" "this" {
  secret_id     = aws_secretsmanager_secret.this.id
  secret_string = jsonencode({ password = var.sftp_password })  ⟪variable reference⟫
}
"""),
    ("infra/terraform/edi-partners.tf", r"""
module "edi_hapag" {
  source        = "./modules/edi-partner"
  partner       = "hapag-lloyd"
  sftp_password = "«edipw:hlagsftp»"  ⟦password|module argument password⟧
}

module "edi_cosco" {
  source        = "./modules/edi-partner"
  partner       = "cosco"
  sftp_password = "«pwp:coscosftp»"  ⟦password|module argument password, a short one⟧
}

module "edi_evergreen" {
  source        = "./modules/edi-partner"
  partner       = "evergreen"
  sftp_password = data.aws_secretsmanager_secret_version.evergreen.secret_string  ⟪data source⟫
}
"""),
    ("infra/terraform/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "gate_events" {
  name        = "gate-events-to-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-brakwater.splunkcloud.com:443"
    hec_token                  = "«splunkhec:gate»"  ⟦app-secret|Splunk HEC token in Firehose config⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"
  }
}
"""),
    ("infra/terraform/ot/ignition.auto.tfvars.json", r"""
{
  "ignition_gateway_admin_password": "«pwl:ignitionadmin»",  ⟦password|Ignition gateway admin password in tfvars JSON⟧
  "kepware_user": "kepadmin",
  "kepware_password": "«pw6:kepware»",  ⟦password|Kepware password in tfvars JSON⟧
  "influx_token": "«influx:ot»",  ⟦app-secret|InfluxDB token in tfvars JSON⟧
  "historian_subnet_ids": ["subnet-0c71e9b24d5a8f361", "subnet-0a4d28e6f1b7c9053"]  ⟪subnet ids⟫
}
"""),
    ("infra/terraform/ot/iot-reefer-gw.tf", r"""
resource "aws_iot_thing" "reefer_gw" {
  for_each = toset(["rtm-rgw-01", "rtm-rgw-02", "ssz-rgw-01", "dur-rgw-01", "sin-rgw-01"])
  name     = each.key
}

resource "aws_iot_certificate" "reefer_gw" {
  for_each = aws_iot_thing.reefer_gw
  csr      = file("${path.module}/csr/${each.key}.csr")
  active   = true
}

output "reefer_gw_cert_pem" {
  value = { for k, c in aws_iot_certificate.reefer_gw : k => c.certificate_pem }  ⟪certificate output⟫
}
"""),
    ("infra/terraform/ot/identec.tf", r"""
provider "aws" {
  alias      = "identec"
  region     = "eu-west-1"
  access_key = "«akid:identectf»"  ⟦aws-key-id|static key id in a Terraform provider block⟧
  secret_key = "«awssec:identectf»"  ⟦aws-secret|static secret in a Terraform provider block⟧
}
"""),
    ("infra/terraform/forwarding/eventbridge-cw1.tf", r"""
resource "aws_cloudwatch_event_connection" "cw1" {
  name               = "cargowise-eadaptor"
  authorization_type = "BASIC"
  auth_parameters {
    basic {
      username = "BKW_EADAPTOR"
      password = "«pwx:cw1eadaptor»"  ⟦password|EventBridge connection password in Terraform (same eAdaptor password)⟧
    }
  }
}

resource "aws_cloudwatch_event_connection" "descartes" {
  name               = "descartes-customsinfo"
  authorization_type = "OAUTH_CLIENT_CREDENTIALS"
  auth_parameters {
    oauth {
      authorization_endpoint = "https://auth.descartes.com/oauth2/token"
      http_method            = "POST"
      client_parameters {
        client_id     = "bkw-customsinfo"
        client_secret = "«b62:48-descartes»"  ⟦app-secret|OAuth client secret in an EventBridge connection⟧
      }
    }
  }
}
"""),
    ("infra/terraform/forwarding/terraform.tfvars", r"""
account_id          = "287619045332"
cw1_company_code    = "BKWTRN"
descartes_client_id = "bkw-customsinfo"
ace_abi_password    = "«pw6:aceabi»"  ⟦password|ACE ABI password in tfvars⟧
afas_token_data     = "«uhex:64-afas»"  ⟦app-secret|AFAS Profit token data in tfvars⟧
exact_client_secret = "«b62:12-exact»"  ⟦app-secret|Exact Online client secret in tfvars⟧
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪lock hash⟫
    "zh:«sha256:lock2»",  ⟪lock hash⟫
  ]
}
"""),
    ("infra/terragrunt/sin/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../modules//terminal-edge"
}

inputs = {
  terminal          = "SIN"
  portnet_user      = "BKWSIN_API"
  portnet_password  = "«pwp:portnet»"  ⟦password|PORTNET password in Terragrunt inputs⟧
  tradenet_api_key  = "«b62:36-tradenet»"  ⟦app-secret|TradeNet API key in Terragrunt inputs⟧
  talenox_token     = get_env("TALENOX_TOKEN")  ⟪get_env⟫
}
"""),
    ("infra/terragrunt/ssz/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

inputs = {
  terminal          = "SSZ"
  psp_usuario       = "bkwssz"
  psp_senha         = "«pw:pspsenha»"  ⟦password|Porto Sem Papel password (senha) in Terragrunt⟧
  totvs_rest_user   = "integracao"
  totvs_rest_senha  = "«pwn:totvs»"  ⟦password|TOTVS Protheus REST password in Terragrunt⟧
  region            = "sa-east-1"
}
"""),
    ("infra/cdk/lib/gate-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class GateStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const task = new ecs.FargateTaskDefinition(this, 'Weighbridge', { cpu: 512, memoryLimitMiB: 1024 });
    const dbSecret = secretsmanager.Secret.fromSecretNameV2(this, 'WbDb', 'weighbridge/db');  ⟪secret reference⟫
    task.addContainer('wb-bridge', {
      image: ecs.ContainerImage.fromRegistry('930471862214.dkr.ecr.eu-west-1.amazonaws.com/wb-bridge:1.4.0'),
      environment: {
        METTLER_INDICATOR_HOST: '10.41.12.30',
        METTLER_WEB_PASSWORD: '«pw6:mettler»',  ⟦password|weighbridge indicator password in CDK environment⟧
        VGM_SIGNATORY: 'BKW RTM Weighbridge',
      },
      secrets: { DB_PASSWORD: ecs.Secret.fromSecretsManager(dbSecret, 'password') },  ⟪Secret.fromSecretsManager⟫
    });
    new secretsmanager.Secret(this, 'KioskPin', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«pin:6-kioskpin»'),  ⟦password|unsafePlainText gate kiosk PIN⟧
    });
  }
}
"""),
    ("infra/cdk/lib/freightdesk-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class FreightdeskStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const xeneta = ssm.StringParameter.valueForStringParameter(this, '/ratebook/xeneta-key');  ⟪SSM lookup⟫
    new lambda.Function(this, 'Booking', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'booking.handler',
      code: lambda.Code.fromAsset('dist/booking'),
      environment: {
        XENETA_API_KEY: xeneta,
        ONE_LINE_API_KEY: '«b62:32-oneline»',  ⟦app-secret|ONE (Ocean Network Express) API key in CDK env⟧
        MSC_CLIENT_SECRET: cdk.SecretValue.secretsManager('freightdesk/msc').unsafeUnwrap(),  ⟪SecretValue.secretsManager⟫
      },
    });
  }
}
"""),
    ("infra/cdk/bin/app.ts", r"""
#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { GateStack } from '../lib/gate-stack';
import { FreightdeskStack } from '../lib/freightdesk-stack';

const app = new cdk.App();
new GateStack(app, 'gatehouse-prod', { env: { account: '614203897551', region: 'eu-west-1' } });  ⟪account id⟫
new FreightdeskStack(app, 'freightdesk-prod', { env: { account: '287619045332', region: 'eu-central-1' } });
"""),
    ("infra/cdk/cdk.context.json", r"""
{
  "vpc-provider:account=614203897551:filter.tag:Name=terminal-prod:region=eu-west-1:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-0f4c2a9e71b3d8056",
    "vpcCidrBlock": "10.40.0.0/16"
  },
  "acknowledged-issue-numbers": [31885],
  "gatehouse:ocrVendorKey": "«hex:32-camcokey»"  ⟦app-secret|OCR vendor licence API key in cdk.context.json⟧
}
"""),
    ("infra/cdk-py/stacks/historian_stack.py", r"""
from aws_cdk import Stack, SecretValue
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_secretsmanager as sm
from constructs import Construct


class HistorianStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        task = ecs.FargateTaskDefinition(self, "Canary", cpu=1024, memory_limit_mib=2048)
        task.add_container(
            "canary-sender",
            image=ecs.ContainerImage.from_registry("930471862214.dkr.ecr.eu-west-1.amazonaws.com/canary-sender:23.2"),
            environment={
                "CANARY_API_TOKEN": "«uuid:canary»",  ⟦app-secret|Canary historian API token in CDK Python⟧
                "CANARY_VIEWS": "https://canary-rtm.ot.bkw.local:55236",
            },
        )
        sm.Secret(self, "OpcUa", secret_string_value=SecretValue.unsafe_plain_text("«pwl:opcuacdk»"))  ⟦password|unsafe_plain_text OPC UA password⟧
        sm.Secret(self, "OpcUaGenerated")  ⟪generated secret⟫
"""),
    ("infra/cdk-java/src/main/java/com/brakwater/infra/TallymanStack.java", r"""
package com.brakwater.infra;

import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.amazon.awscdk.SecretValue;
import software.constructs.Construct;

public class TallymanStack extends Stack {
    public TallymanStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "FilingsDb")
            .credentials(Credentials.fromPassword("tallyman", SecretValue.unsafePlainText("«pwc:tallymandb»")))  ⟦password|CDK Java Credentials.fromPassword literal⟧
            .build();
        DatabaseInstance.Builder.create(this, "AuditDb")
            .credentials(Credentials.fromGeneratedSecret("audit"))  ⟪fromGeneratedSecret⟫
            .build();
    }
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: ap-southeast-1
  sin-edge:portnetUser: BKWSIN_API
  sin-edge:portnetPassword:
    secure: v1:«b64k:12-pulnonce»:«b64k:48-pulct»  ⟪Pulumi secure value⟫
  sin-edge:mpaDigitalPortKey: «hex:32-mpadp»  ⟦app-secret|MPA digitalPORT API key in plaintext Pulumi config⟧
  sin-edge:talenoxToken: «b62:40-talenox»  ⟦app-secret|Talenox payroll token in plaintext Pulumi config⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const portnetPassword = cfg.requireSecret("portnetPassword");  ⟪requireSecret⟫

new aws.secretsmanager.SecretVersion("portnet", {
    secretId: "sin-edge/portnet",
    secretString: portnetPassword,
});

new aws.secretsmanager.SecretVersion("dbs-rapid", {
    secretId: "sin-edge/dbs-rapid",
    secretString: JSON.stringify({ apiKey: "«b62:32-dbsrapid»" }),  ⟦app-secret|DBS RAPID API key as a literal in a Pulumi program⟧
});
"""),
    ("infra/pulumi/.pulumi-ci.env", r"""
PULUMI_ACCESS_TOKEN=«pulumi:ci»  ⟦app-secret|Pulumi access token⟧
PULUMI_BACKEND_URL=https://api.pulumi.com
"""),
    ("infra/cfn/rtm-kiosk-appstream.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: driver self-service kiosks at the RTM truck parking (AppStream fleet joined to the domain)
Resources:
  KioskDirectory:
    Type: AWS::AppStream::DirectoryConfig
    Properties:
      DirectoryName: bkw.local
      OrganizationalUnitDistinguishedNames:
        - OU=Kiosks,OU=RTM,DC=bkw,DC=local
      ServiceAccountCredentials:
        AccountName: BKW\svc-appstream-join
        AccountPassword: «pwc:appstreamjoin»  ⟦password|AppStream directory join password⟧
"""),
    ("infra/cfn/datasync-dur.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Durban - DataSync of the weighbridge tickets and CCTV stills from the terminal file server
Resources:
  DurSmb:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: dur-fs01.dur.bkw.local
      Subdirectory: /weighbridge
      User: svc-datasync
      Domain: BKW
      Password: «pwn:datasyncdur»  ⟦password|DataSync SMB location password⟧
      AgentArns:
        - arn:aws:datasync:af-south-1:614203897551:agent/agent-0b3e71c9d4a28f5e6  ⟪agent ARN⟫
"""),
    ("infra/cfn/opensearch-logs.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "TerminalLogs": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "terminal-logs",
        "EngineVersion": "OpenSearch_2.15",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {"MasterUserName": "osadmin", "MasterUserPassword": "«pwx:osadmin»"}  ⟦password|OpenSearch master password in CFN JSON⟧
        },
        "EncryptionAtRestOptions": {"Enabled": true},
        "NodeToNodeEncryptionOptions": {"Enabled": true}
      }
    }
  }
}
"""),
    ("infra/cfn/README.md", r"""
# CloudFormation stacks

| stack | account | parameters |
|---|---|---|
| quayline-edi | 614203897551 | `N4ApiPassword` (NoEcho, from `quayline-edi.params.prod.json` in the pipeline) |
| gatehouse-tas | 614203897551 | `PortbaseClientSecret` |
| tallyman-customs | 287619045332 | `/tallyman/prod/abi-password` (SSM) |

Parameter values never go in this repository: use `{{resolve:secretsmanager:...}}` or an SSM parameter type.  ⟪policy prose⟫
"""),
]
