"""fresh10 templates, AWS deployment (Northmarch Energy Networks): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild buildspecs
and projects, UserData, Step Functions, IoT Core, Systems Manager.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/meterhub-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  meterhub - AMI head-end integration (Itron OpenWay, Landis+Gyr Gridstream), interval reads into
  Kinesis, Aurora PostgreSQL for the meter data management cache. Owner: grid-data, us-east-2.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, nonprod]
  ItronHeadEndPassword:
    Type: String
    NoEcho: true
    Description: OpenWay Collection Engine service account, injected by the pipeline
Resources:
  MdmCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: mdm
      MasterUsername: mdm_admin
      MasterUserPassword: «pwc:mdmmaster»  ⟦password|Aurora master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-2:318406275591:key/«uuid:kmsmdm»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: meterhub
        - Key: nerc-cip
          Value: low-impact
  HeadEndTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub meterhub-headend-${Env}
      ContainerDefinitions:
        - Name: headend
          Image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/meterhub@sha256:«sha256:mhimg»  ⟪image digest⟫
          Environment:
            - Name: ITRON_CE_USER
              Value: svc_meterhub
            - Name: ITRON_CE_PASSWORD
              Value: !Ref ItronHeadEndPassword  ⟪Ref of a NoEcho parameter without Default⟫
            - Name: LG_GRIDSTREAM_API_KEY
              Value: «b62:40-gridstream»  ⟦app-secret|Landis+Gyr Gridstream API key in ECS env⟧
            - Name: HONEYCOMB_API_KEY
              Value: «honeycomb:mh»  ⟦app-secret|Honeycomb ingest key in ECS env⟧
          Secrets:
            - Name: MDM_DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:us-east-2:318406275591:secret:meterhub/mdm-«b62:6-mdmsec»  ⟪Secrets ValueFrom ARN⟫
"""),
    ("infra/cfn/outage-notify.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: outage-mgr customer notifications (SMS, e-mail, IVR callbacks)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
    Tags:
      app: outage-mgr
      cost-center: CC-4410-ops
Resources:
  NotifyFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: notify.handler
      CodeUri: s3://nmen-artifacts-772050186343/outage-mgr/«sha:omzip».zip  ⟪git SHA in artifact key⟫
      Environment:
        Variables:
          MAILGUN_DOMAIN: mg.northmarch-energy.com
          MAILGUN_API_KEY: «mailgun:outage»  ⟦app-secret|Mailgun key-… API key⟧
          TWILIO_ACCOUNT_SID: «twac:outage»  ⟪Twilio account SID, an identifier⟫
          TWILIO_AUTH_TOKEN: «hex:32-twoutage»  ⟦twilio|Twilio auth token in Lambda env⟧
          OMS_DB_URL: postgresql://oms_notify:«pct:pwx:omsnotify»@oms.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com:5432/oms  ⟦conn-string|Postgres URL with password in Lambda env⟧
          PAGERDUTY_ROUTING_KEY: '{{resolve:secretsmanager:outage/pagerduty:SecretString:routing_key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/billing-portal.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "billing portal API (bill presentment, payment arrangements, Adyen card and ACH)",
  "Parameters": {
    "AdyenApiKey": {"Type": "String", "NoEcho": true},
    "PostmarkToken": {"Type": "String", "NoEcho": true, "Default": "«postmark:billing»"},  ⟦app-secret|Postmark server token as a NoEcho Default⟧
    "AlertEmail": {"Type": "String", "Default": "billing-oncall@northmarch-energy.com"}
  },
  "Resources": {
    "BillApiFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "dist/api.handler",
        "Role": {"Fn::GetAtt": ["BillApiRole", "Arn"]},
        "Environment": {
          "Variables": {
            "ADYEN_API_KEY": {"Ref": "AdyenApiKey"},  ⟪Ref of a NoEcho parameter without Default⟫
            "ADYEN_MERCHANT_ACCOUNT": "NorthmarchEnergyECOM",
            "ADYEN_HMAC_KEY": "«uhex:64-adyenhmac»",  ⟦app-secret|Adyen notification HMAC key⟧
            "POSTMARK_SERVER_TOKEN": {"Ref": "PostmarkToken"},
            "PAYMENTUS_CLIENT_ID": "nmen-prod-«lo:8-pmtus»"
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/gridedge-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: gridedge DERMS - IoT Core for inverter and battery gateways, OpenADR VTN on ECS
Parameters:
  VtnCertPassphrase:
    Type: String
    NoEcho: true
    Default: «pw:vtncert»  ⟦password|NoEcho parameter Default, season + year⟧
  MqttBridgeSecret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /gridedge/mqtt/bridge-secret  ⟪SSM parameter path⟫
Resources:
  DerThingPolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyName: der-gateway
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: ['iot:Connect', 'iot:Publish', 'iot:Subscribe', 'iot:Receive']
            Resource: !Sub arn:aws:iot:${AWS::Region}:${AWS::AccountId}:client/der-*
  VtnTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: openadr-vtn
      RequiresCompatibilities: [FARGATE]
      Cpu: '512'
      Memory: '1024'
      ContainerDefinitions:
        - Name: vtn
          Image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/openadr-vtn:3.0.4
          Environment:
            - {Name: VTN_ID, Value: NMEN-VTN-01}
            - {Name: VTN_CERT_PASSPHRASE, Value: !Ref VtnCertPassphrase}
            - {Name: MQTT_BRIDGE_SECRET, Value: !Ref MqttBridgeSecret}  ⟪Ref to an SSM parameter type⟫
            - {Name: UPLIGHT_CLIENT_ID, Value: «uuid:uplightid»}  ⟪OAuth client id (UUID)⟫
            - {Name: UPLIGHT_CLIENT_SECRET, Value: «b62:48-uplight»}  ⟦app-secret|Uplight demand-response client secret⟧
      Tags:
        - Key: data-class
          Value: bes-cyber-system-information
"""),
    ("infra/cfn/oms-cache.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: outage map tile cache (ElastiCache Redis with AUTH)
Resources:
  TileCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: outage map tiles and crew ETA cache
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: «pwr:omscache»  ⟦password|ElastiCache AuthToken literal⟧
      SecurityGroupIds: [sg-0c41d8e2f97a3b615]  ⟪security group id⟫
  TileCacheStaging:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: nonprod copy
      Engine: redis
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:nonprod/oms/redis-auth}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/docdb-assets.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: asset registry (poles, transformers, reclosers) in DocumentDB
Resources:
  AssetDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: nmen-assets
      MasterUsername: assetadmin
      MasterUserPassword: «pwl:assetdocdb»  ⟦password|DocumentDB master password, leetspeak⟧
      EngineVersion: '5.0.0'
      DeletionProtection: true
  AssetDocDbNonprod:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: nmen-assets-dev
      MasterUsername: assetadmin
      MasterUserPassword: changeme  ⟪placeholder password⟫
"""),
    ("infra/cfn/opensearch-scada-logs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SCADA DMZ syslog search (OpenSearch with fine-grained access control)
Resources:
  ScadaLogs:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: scada-dmz-logs
      EngineVersion: OpenSearch_2.13
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: osadmin
          MasterUserPassword: «pw:osmaster»  ⟦password|OpenSearch master user password⟧
      EncryptionAtRestOptions:
        Enabled: true
      DomainEndpointOptions:
        EnforceHTTPS: true
"""),
    ("infra/cfn/mq-dispatch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fieldops crew dispatch broker (Amazon MQ for RabbitMQ)
Resources:
  DispatchBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: fieldops-dispatch
      EngineType: RABBITMQ
      EngineVersion: '3.13'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: dispatch_app
          Password: «pwx:mqdispatch»  ⟦password|Amazon MQ user password⟧
        - Username: samsara_bridge
          Password: «pp:mqsamsara»  ⟦password|Amazon MQ user, passphrase⟧
"""),
    ("infra/cfn/transfer-vendor-sftp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for tree-trimming contractors (vegetation work orders)
Resources:
  VegSftp:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      Tags:
        - Key: owner
          Value: vegetation-mgmt
  AsplundhUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt VegSftp.ServerId
      UserName: asplundh-ohio
      Role: arn:aws:iam::318406275591:role/transfer-veg-vendors  ⟪IAM role ARN⟫
      HomeDirectory: /nmen-veg-drop/asplundh
      SshPublicKeys:
        - «sshpub:edasplundh:asplundh-ohio»  ⟪SSH public key⟫
"""),
    ("infra/cfn/eventbridge-market.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: settlements - EventBridge API destinations to the market operator and the weather vendor
Resources:
  PjmConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: pjm-dataminer
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Ocp-Apim-Subscription-Key
          ApiKeyValue: «hex:32-pjmsub»  ⟦app-secret|PJM Data Miner subscription key in an API-key connection⟧
  TomorrowConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: tomorrow-io
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: apikey
          ApiKeyValue: '{{resolve:secretsmanager:settlements/tomorrow-io:SecretString:apikey}}'  ⟪dynamic reference⟫
  IesoConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: ieso-mim
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: NMEN_MP_0192
          Password: «pwn:iesomim»  ⟦password|EventBridge basic-auth password, first name + digits⟧
  ChargepointConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: chargepoint-fleet
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://auth.chargepoint.com/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: nmen-fleet-«lo:6-cpid»
            ClientSecret: «b62:40-cpsecret»  ⟦app-secret|OAuth client secret in an EventBridge connection⟧
"""),
    ("infra/cfn/redshift-settlements.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: settlements warehouse (Redshift RA3)
Parameters:
  MasterPassword:
    Type: String
    NoEcho: true
    MinLength: 8
Resources:
  SettlementsCluster:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterIdentifier: nmen-settlements
      NodeType: ra3.xlplus
      NumberOfNodes: 2
      DBName: settle
      MasterUsername: settle_admin
      MasterUserPassword: !Ref MasterPassword  ⟪Ref of a NoEcho parameter without Default⟫
      Encrypted: true
  LoaderSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: settlements/loader
      SecretString: '{"username":"loader","password":"«pwc:rsloader»"}'  ⟦password|SecretString with a literal password⟧
  ReadOnlySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: settlements/readonly
      GenerateSecretString:
        SecretStringTemplate: '{"username":"bi_read"}'
        GenerateStringKey: password  ⟪generated secret⟫
        PasswordLength: 32
"""),
    ("infra/cfn/glue-meter-etl.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs that copy the legacy MDM (Oracle) interval tables into S3
Resources:
  OracleMdmConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: legacy-mdm-oracle
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@//mdm-ora.nmen.internal:1521/MDMPRD
          USERNAME: GLUE_EXTRACT
          PASSWORD: «pw6:glueora»  ⟦password|Glue JDBC connection password, upper-case host style⟧
  IntervalCopy:
    Type: AWS::Glue::Job
    Properties:
      Name: mdm-interval-copy
      Role: arn:aws:iam::318406275591:role/glue-mdm
      Command:
        Name: glueetl
        ScriptLocation: s3://nmen-glue-scripts/mdm_interval_copy.py
      DefaultArguments:
        --job-bookmark-option: job-bookmark-enable
        --source_user: GLUE_EXTRACT
        --source_password: «pw6:glueora»  ⟦password|Glue job argument repeating the password⟧
        --TempDir: s3://nmen-glue-tmp/interval/
"""),
    ("infra/cfn/cloudfront-myaccount.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: myaccount customer portal distribution
Resources:
  PortalDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [my.northmarch-energy.com]
        Origins:
          - Id: apprunner
            DomainName: q7mxk2vd3f.us-east-2.awsapprunner.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:32-originverify»  ⟦app-secret|CloudFront origin verification header secret⟧
        DefaultCacheBehavior:
          TargetOriginId: apprunner
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/ec2-historian-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: PI historian bridge (Windows Server 2022) between the SCADA DMZ and the data lake
Resources:
  HistorianBridge:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a7c41e95d3b8f206  ⟪AMI id⟫
      InstanceType: m6i.xlarge
      SubnetId: subnet-04f1e2a9c7b3d5068
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $ErrorActionPreference = "Stop"
          $pw = ConvertTo-SecureString "«pwl:pibridgeadm»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          New-LocalUser -Name "pi-bridge-adm" -Password $pw -PasswordNeverExpires
          Add-LocalGroupMember -Group "Administrators" -Member "pi-bridge-adm"
          [Environment]::SetEnvironmentVariable("PIWEBAPI_USER", "NMEN\svc-piwebapi", "Machine")
          [Environment]::SetEnvironmentVariable("PIWEBAPI_PASSWORD", "«pwn:piwebapi»", "Machine")  ⟦password|machine env var set in UserData⟧
          aws s3 cp s3://nmen-bootstrap/pi-bridge/setup.msi C:\temp\setup.msi --region ${AWS::Region}
          Start-Process msiexec.exe -ArgumentList "/i C:\temp\setup.msi /qn" -Wait
          </powershell>
      Tags:
        - Key: Name
          Value: pi-bridge-01
"""),
    ("infra/cfn/ec2-mqtt-broker.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Mosquitto broker for the legacy feeder sensors that cannot speak to IoT Core
Resources:
  SensorBroker:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0f3d91a6c2e7b4058
      InstanceType: t3.medium
      IamInstanceProfile: mqtt-broker
      UserData:
        Fn::Base64: |
          #!/bin/bash
          set -euo pipefail
          dnf install -y mosquitto awscli
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<EOF
          [default]
          aws_access_key_id = «akid:mqttbroker»  ⟦aws-key-id|key id written by UserData⟧
          aws_secret_access_key = «awssec:mqttbroker»  ⟦aws-secret|secret written by UserData⟧
          EOF
          mosquitto_passwd -b /etc/mosquitto/passwd feeder-sensors «pwshort:mqttfeeder»  ⟦password|mosquitto_passwd -b password, short⟧
          echo "listener 8883" >> /etc/mosquitto/mosquitto.conf
          systemctl enable --now mosquitto
"""),
    ("infra/cfn/ses-outage-mail.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the OMS mail relay
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-oms
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
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt of the generated secret⟫
"""),
    ("infra/cfn/params/meterhub-prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "ItronHeadEndPassword", "ParameterValue": "«pwc:itronce»"},  ⟦password|parameter file password⟧
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0e2b7c91d4f3a8165"},  ⟪VPC id⟫
  {"ParameterKey": "AlarmTopicArn", "ParameterValue": "arn:aws:sns:us-east-2:318406275591:grid-data-alarms"}
]
"""),
    ("infra/cfn/params/gridedge-nonprod.json", r"""
{
  "Parameters": {
    "Env": "nonprod",
    "VtnCertPassphrase": "{{resolve:ssm-secure:/gridedge/nonprod/vtn-pass:3}}",  ⟪dynamic reference⟫
    "MqttBridgeSecret": "/gridedge/nonprod/mqtt/bridge-secret",
    "SunspecModbusPassword": "«pwshort:sunspec»"  ⟦password|template configuration password, short⟧
  },
  "Tags": {"app": "gridedge", "env": "nonprod"}
}
"""),
    ("infra/cfn/params/billing.ca-central-1.properties", r"""
# rain parameter overrides for the Canadian billing stack (rain deploy billing-portal.json billing-ca)
Env=prod
AdyenApiKey=«adyen:billingca»  ⟦app-secret|Adyen API key in a parameter overrides file⟧
PostmarkToken={{resolve:secretsmanager:billing/postmark-ca}}  ⟪dynamic reference⟫
AlertEmail=billing-oncall@northmarch-energy.com
"""),
    ("infra/sam/vegetation-ml/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: vegetation encroachment scoring (Planet imagery + SageMaker endpoint)
Parameters:
  PlanetApiKey:
    Type: String
    NoEcho: true
  HfToken:
    Type: String
    NoEcho: true
    Default: «hf:vegml»  ⟦app-secret|Hugging Face token as a NoEcho Default⟧
Resources:
  ScoreFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: score.handler
      MemorySize: 2048
      Environment:
        Variables:
          PLANET_API_KEY: !Ref PlanetApiKey  ⟪Ref of a NoEcho parameter without Default⟫
          HF_TOKEN: !Ref HfToken
          SAGEMAKER_ENDPOINT: veg-encroach-v7
          ARCGIS_API_KEY: «arcgis:vegml»  ⟦app-secret|ArcGIS developer API key⟧
"""),
    ("infra/sam/vegetation-ml/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "vegetation-ml"
resolve_s3 = true
s3_prefix = "vegetation-ml"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "PlanetApiKey=\"PLAK«hex:32-planet»\" HfToken=\"«hf:vegml»\""  ⟦app-secret|Planet and Hugging Face keys in samconfig parameter_overrides⟧
image_repositories = []

[nonprod.deploy.parameters]
stack_name = "vegetation-ml-nonprod"
parameter_overrides = "PlanetApiKey=REPLACE_ME HfToken=REPLACE_ME"  ⟪placeholders⟫
"""),
    ("infra/sam/gas-leak-alerts/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: methane sensor alerts from the gas distribution network
Resources:
  AlertFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Events:
        Sensor:
          Type: IoTRule
          Properties:
            Sql: "SELECT * FROM 'gas/+/methane' WHERE ppm > 1000"
      Environment:
        Variables:
          SLACK_WEBHOOK_URL: «slackhook:gasleak»  ⟦slack|Slack incoming webhook in SAM env⟧
          MESSAGEBIRD_ACCESS_KEY: live_«b62:25-msgbird»  ⟦app-secret|MessageBird live access key⟧
          PD_ROUTING_KEY: «pdkey:gasleak»  ⟦pagerduty|PagerDuty Events v2 routing key⟧
          ONCALL_PHONE: '+12165550142'
"""),
    ("infra/sam/gas-leak-alerts/samconfig.toml", r"""
version = 0.1
[default.global.parameters]
stack_name = "gas-leak-alerts"

[default.deploy.parameters]
region = "us-east-2"
confirm_changeset = true
capabilities = "CAPABILITY_IAM"
parameter_overrides = [
  "Env=prod",
  "ScadaReadPassword=«pwc:scadaread»",  ⟦password|samconfig array parameter override password⟧
  "AlarmTopic=arn:aws:sns:us-east-2:318406275591:gas-control",
]
"""),
    ("services/outage-mgr/serverless.yml", r"""
service: outage-ivr
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  environment:
    OMS_API_BASE: https://oms.nmen.internal/api/v2
    OMS_API_TOKEN: ${ssm:/outage/oms/api-token}  ⟪ssm reference⟫
    AMAZON_CONNECT_INSTANCE: «uuid:connectinst»  ⟪Amazon Connect instance id⟫
    TOMORROW_API_KEY: «b62:32-tomorrow»  ⟦app-secret|Tomorrow.io weather API key in serverless env⟧
    ROLLBAR_ACCESS_TOKEN: «rollbar:ivr»  ⟦app-secret|Rollbar post_server_item token⟧
functions:
  callback:
    handler: ivr.callback
    events:
      - sqs: arn:aws:sqs:us-east-2:318406275591:outage-callbacks
custom:
  pythonRequirements:
    dockerizePip: true
"""),
    ("services/evcharge/serverless.yml", r"""
service: evcharge-webhooks
provider:
  name: aws
  runtime: nodejs20.x
  region: ca-central-1
  environment:
    CHARGEPOINT_API_USER: nmen-fleet
    CHARGEPOINT_API_PASSWORD: ${env:CHARGEPOINT_API_PASSWORD}  ⟪environment reference⟫
    STRIPE_SECRET_KEY: «sk:evcharge»  ⟦stripe|Stripe live secret key⟧
    STRIPE_WEBHOOK_SECRET: «whsec:evcharge»  ⟦stripe|Stripe webhook signing secret⟧
    STRIPE_PUBLISHABLE_KEY: «pk:evcharge»  ⟪Stripe publishable key, public⟫
functions:
  stripeHook:
    handler: src/stripe.handler
    events:
      - httpApi: 'POST /stripe'
"""),
    ("services/gas-leak/serverless.yaml", r"""
service: gas-odorant-telemetry
provider:
  name: aws
  runtime: python3.11
  region: us-east-2
  iam:
    role: arn:aws:iam::318406275591:role/odorant-telemetry
  environment:
    SCADA_HISTORIAN_URL: https://pi.nmen.internal/piwebapi
    PI_USER: svc-odorant
    PI_PASSWORD: ${self:custom.secrets.PI_PASSWORD}  ⟪self reference⟫
custom:
  secrets: ${file(./secrets.${self:provider.stage}.yml)}
"""),
    ("services/gas-leak/secrets.prod.yml", r"""
PI_PASSWORD: «pwn:piodorant»  ⟦password|serverless secrets file password⟧
DATADOG_API_KEY: «ddapi:odorant»  ⟦datadog|Datadog API key in a secrets file⟧
"""),
    ("deploy/ecs/meterhub-taskdef.json", r"""
{
  "family": "meterhub-reads",
  "taskRoleArn": "arn:aws:iam::318406275591:role/meterhub-reads-task",
  "executionRoleArn": "arn:aws:iam::318406275591:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "reads",
      "image": "772050186343.dkr.ecr.us-east-2.amazonaws.com/meterhub-reads:1.42.0",
      "environment": [
        {"name": "AWS_REGION", "value": "us-east-2"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:mhreads»"},  ⟦aws-key-id|static key id in a task definition⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:mhreads»"},  ⟦aws-secret|static secret in a task definition⟧
        {"name": "KINESIS_STREAM", "value": "ami-interval-reads"}
      ],
      "secrets": [
        {"name": "MDM_DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-2:318406275591:parameter/meterhub/mdm/password"}  ⟪valueFrom SSM ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/meterhub-reads"}}
    }
  ]
}
"""),
    ("deploy/ecs/fieldops-taskdef.json", r"""
{
  "family": "fieldops-api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "772050186343.dkr.ecr.us-east-2.amazonaws.com/fieldops-api:2026.11.3",
      "environment": [
        {"name": "ASPNETCORE_ENVIRONMENT", "value": "Production"},
        {"name": "ConnectionStrings__Dispatch", "value": "Server=fieldops-sql.nmen.internal,1433;Database=Dispatch;User Id=dispatch_api;Password=«pwx:fieldsql»;Encrypt=True"},  ⟦conn-string|SQL Server connection string with password in env⟧
        {"name": "Salesforce__ClientId", "value": "3MVG9«b62:80-sfcid»"},  ⟪Salesforce connected app consumer key, an identifier⟫
        {"name": "Salesforce__ClientSecret", "value": "«uhex:64-sfsecret»"},  ⟦app-secret|Salesforce consumer secret⟧
        {"name": "Samsara__ApiToken", "value": "samsara_api_«b62:30-samsara»"}  ⟦app-secret|Samsara API token⟧
      ],
      "secrets": [
        {"name": "AzureAd__ClientSecret", "valueFrom": "arn:aws:secretsmanager:us-east-2:318406275591:secret:fieldops/entra-«b62:6-entrasm»"}  ⟪valueFrom Secrets Manager ARN⟫
      ]
    }
  ]
}
"""),
    ("deploy/ecs/evcharge-ocpp.yaml", r"""
# ecs-deploy (fabfuel) style task definition for the OCPP central system
family: evcharge-ocpp
cpu: "1024"
memory: "2048"
containerDefinitions:
  - name: ocpp
    image: 772050186343.dkr.ecr.ca-central-1.amazonaws.com/evcharge-ocpp:0.19.2
    portMappings:
      - containerPort: 9000
    environment:
      - name: SECRET_KEY_BASE
        value: «b62:64-phoenixskb»  ⟦app-secret|Phoenix secret_key_base in a task definition⟧
      - name: OCPP_BASIC_AUTH_PASSWORD
        value: «pwr:ocppbasic»  ⟦password|OCPP charge point basic-auth password⟧
      - name: DATABASE_URL
        value: ecto://evcharge:«pwc:evchargedb»@evcharge.cluster-c4lw2nq9xk7e.ca-central-1.rds.amazonaws.com/evcharge  ⟦conn-string|Ecto URL with password⟧
      - name: RELEASE_COOKIE
        valueFrom: arn:aws:ssm:ca-central-1:318406275591:parameter/evcharge/release-cookie  ⟪valueFrom SSM ARN⟫
"""),
    ("deploy/lambda/meter-anomaly-config.json", r"""
{
    "FunctionName": "meter-anomaly-detector",
    "FunctionArn": "arn:aws:lambda:us-east-2:318406275591:function:meter-anomaly-detector",
    "Runtime": "python3.12",
    "Role": "arn:aws:iam::318406275591:role/meter-anomaly",
    "Handler": "detector.handler",
    "CodeSize": 18452211,
    "Timeout": 120,
    "MemorySize": 1024,
    "LastModified": "2026-10-14T09:22:41.118+0000",
    "CodeSha256": "«b64k:32-u1»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "SNOWFLAKE_ACCOUNT": "nmen-grid01",
            "SNOWFLAKE_USER": "SVC_ANOMALY",
            "SNOWFLAKE_PASSWORD": "«pwx:sfanomaly»",  ⟦password|Lambda env password⟧
            "HONEYCOMB_DATASET": "meter-anomaly"
        }
    },
    "TracingConfig": {"Mode": "Active"},
    "RevisionId": "«uuid:revanom»"  ⟪revision id⟫
}
"""),
    ("deploy/lambda/env/billing-export.env.json", r"""
{
  "Variables": {
    "SFTP_HOST": "sftp.paymentus.com",
    "SFTP_USER": "nmen_remit",
    "SFTP_PASSWORD": "«pwl:paymentussftp»",  ⟦password|Lambda env file SFTP password⟧
    "PGP_PUBLIC_KEY_ID": "0x«uhex:16-pgpid»",  ⟪PGP key id⟫
    "ZUORA_CLIENT_ID": "«uuid:zuoraid»",  ⟪OAuth client id⟫
    "ZUORA_CLIENT_SECRET": "«b62:42-zuorasec»"  ⟦app-secret|Zuora OAuth client secret⟧
  }
}
"""),
    ("ci/codebuild/meterhub-buildspec.yml", r"""
version: 0.2
env:
  variables:
    GRADLE_OPTS: -Dorg.gradle.daemon=false
    ARTIFACTORY_USER: ci-reader
    ARTIFACTORY_PASSWORD: «pwr:artreader»  ⟦password|buildspec plaintext variable password⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar/token  ⟪parameter-store reference⟫
  secrets-manager:
    SIGNING_KEY_PASS: ci/signing:keyPassword  ⟪secrets-manager reference⟫
phases:
  install:
    runtime-versions:
      java: corretto21
  build:
    commands:
      - ./gradlew build -PartifactoryUser=$ARTIFACTORY_USER -PartifactoryPassword=$ARTIFACTORY_PASSWORD
      - docker login -u AWS -p $(aws ecr get-login-password --region us-east-2) 772050186343.dkr.ecr.us-east-2.amazonaws.com  ⟪command substitution⟫
"""),
    ("ci/codebuild/outage-buildspec.yml", r"""
version: 0.2
phases:
  pre_build:
    commands:
      - pip install -r requirements.txt --index-url https://ci-reader:«pct:pwr:artreader»@nmen.jfrog.io/artifactory/api/pypi/pypi-virtual/simple  ⟦conn-string|pip index URL with password⟧
      - export CODECOV_TOKEN=«uuid:codecovoms»  ⟦app-secret|Codecov upload token (UUID) exported in a buildspec⟧
  build:
    commands:
      - pytest -q
      - aws s3 cp dist/ s3://nmen-artifacts-772050186343/outage-mgr/ --recursive
"""),
    ("ci/codebuild/projects/gridedge.json", r"""
{
  "name": "gridedge-build",
  "source": {"type": "GITHUB", "location": "https://github.com/northmarch-energy/gridedge.git"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "environmentVariables": [
      {"name": "GOPRIVATE", "value": "github.com/northmarch-energy/*", "type": "PLAINTEXT"},
      {"name": "GITHUB_TOKEN", "value": "«ghp:gridedgecb»", "type": "PLAINTEXT"},  ⟦github|PLAINTEXT GitHub token in a CodeBuild project⟧
      {"name": "SONAR_TOKEN", "value": "/ci/sonar/token", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE name⟫
      {"name": "DOCKERHUB_TOKEN", "value": "ci/dockerhub:token", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER name⟫
    ]
  },
  "serviceRole": "arn:aws:iam::772050186343:role/codebuild-gridedge"
}
"""),
    ("ci/codebuild/projects/myaccount.json", r"""
{
  "project": {
    "name": "myaccount-web",
    "environment": {
      "image": "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
      "environmentVariables": [
        {"name": "NEXT_PUBLIC_LD_CLIENT_ID", "value": "«hex:24-ldclient»", "type": "PLAINTEXT"},  ⟪LaunchDarkly client-side id, public⟫
        {"name": "LD_SDK_KEY", "value": "«ldsdk:myaccount»", "type": "PLAINTEXT"},  ⟦app-secret|LaunchDarkly server SDK key⟧
        {"name": "SENTRY_AUTH_TOKEN", "value": "sntrys_«b62:60-sntrys»", "type": "PLAINTEXT"},  ⟦sentry|Sentry org auth token⟧
        {"name": "AUTH0_CLIENT_SECRET", "value": "myaccount/auth0:client_secret", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER reference⟫
      ]
    }
  }
}
"""),
    ("infra/stepfunctions/settlement-run.asl.json", r"""
{
  "Comment": "Daily settlement pull from IESO and PJM, then load to Redshift",
  "StartAt": "FetchIeso",
  "States": {
    "FetchIeso": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://reports-public.ieso.ca/public/RealtimeMktPrice/",
        "Method": "GET",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:318406275591:connection/ieso-mim/«uuid:connieso»"}  ⟪connection ARN⟫
      },
      "Next": "Load"
    },
    "Load": {
      "Type": "Task",
      "Resource": "arn:aws:states:::aws-sdk:redshiftdata:executeStatement",
      "Parameters": {
        "ClusterIdentifier": "nmen-settlements",
        "Database": "settle",
        "DbUser": "settle_loader",
        "Sql": "CALL load_settlement_day()"
      },
      "End": true
    }
  }
}
"""),
    ("infra/ssm/run-pi-backup.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Back up the PI Data Archive to S3",
  "parameters": {
    "BackupPassword": {"type": "String", "default": "{{ssm-secure:/pi/backup/password}}"}  ⟪ssm-secure reference⟫
  },
  "mainSteps": [
    {
      "action": "aws:runPowerShellScript",
      "name": "backup",
      "inputs": {
        "runCommand": [
          "$cred = New-Object PSCredential('NMEN\\svc-pibackup', (ConvertTo-SecureString '«pwn:pibackup»' -AsPlainText -Force))",  ⟦password|PSCredential from a plaintext secure string in an SSM document⟧
          "piartool -backup C:\\PIBackup -numarch 3",
          "aws s3 sync C:\\PIBackup s3://nmen-pi-backups/{{ BackupPassword }}/"
        ]
      }
    }
  ]
}
"""),
    ("infra/cfn/pipeline-meterhub.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: meterhub CodePipeline (GitHub v1 source - to be moved to CodeStar connections)
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::772050186343:role/codepipeline-meterhub
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: northmarch-energy
                Repo: meterhub
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub OAuthToken in a v1 source action⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration:
                ProjectName: meterhub-build
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/batch-lidar.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: LiDAR point cloud tiling for vegetation management (AWS Batch)
Resources:
  TileJob:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: lidar-tile
      ContainerProperties:
        Image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/pdal-tiler:2.7
        Vcpus: 8
        Memory: 30000
        Environment:
          - Name: NV5_FTP_USER
            Value: northmarch
          - Name: NV5_FTP_PASSWORD
            Value: «pwc:nv5ftp»  ⟦password|vendor FTP password in a Batch job⟧
          - Name: PDAL_DRIVER_PATH
            Value: /opt/pdal/plugins
        Secrets:
          - Name: MAPBOX_TOKEN
            ValueFrom: arn:aws:ssm:us-east-2:318406275591:parameter/veg/mapbox  ⟪ValueFrom SSM ARN⟫
"""),
    ("infra/cfn/cognito-contractors.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: contractor portal sign-in (Cognito with the contractors' Okta as OIDC IdP)
Resources:
  ContractorPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: contractors
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref ContractorPool
      ProviderName: ContractorOkta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktacid»  ⟪Okta client id, public⟫
        client_secret: «b62:40-oktacsec»  ⟦app-secret|OIDC client secret in a Cognito IdP⟧
        oidc_issuer: https://contractors.okta.com
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/kinesis-firehose-splunk.json", r"""
{
  "Resources": {
    "AmiToSplunk": {
      "Type": "AWS::KinesisFirehose::DeliveryStream",
      "Properties": {
        "DeliveryStreamName": "ami-events-splunk",
        "SplunkDestinationConfiguration": {
          "HECEndpoint": "https://http-inputs-nmen.splunkcloud.com:443",
          "HECEndpointType": "Event",
          "HECToken": "«uuid:splunkhec»",  ⟦splunk|Splunk HEC token in a Firehose destination⟧
          "S3BackupMode": "FailedEventsOnly",
          "S3Configuration": {"BucketARN": "arn:aws:s3:::nmen-firehose-failed", "RoleARN": "arn:aws:iam::318406275591:role/firehose-splunk"}
        }
      }
    },
    "AmiToHoneycomb": {
      "Type": "AWS::KinesisFirehose::DeliveryStream",
      "Properties": {
        "HttpEndpointDestinationConfiguration": {
          "EndpointConfiguration": {
            "Url": "https://api.honeycomb.io/1/kinesis_events/ami",
            "Name": "honeycomb",
            "AccessKey": "«honeycomb:firehose»"  ⟦app-secret|Honeycomb key as an HTTP endpoint AccessKey⟧
          },
          "SecretsManagerConfiguration": {"Enabled": false}
        }
      }
    }
  }
}
"""),
    ("infra/cfn/dms-legacy-cis.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "DMS from the legacy customer information system (Oracle CC&B) to Aurora",
  "Resources": {
    "SourceEndpoint": {
      "Type": "AWS::DMS::Endpoint",
      "Properties": {
        "EndpointType": "source",
        "EngineName": "oracle",
        "ServerName": "ccb-db01.nmen.internal",
        "Port": 1521,
        "DatabaseName": "CCBPRD",
        "Username": "DMS_READ",
        "Password": "«pw6:dmsccb»"  ⟦password|DMS source endpoint password⟧
      }
    },
    "TargetEndpoint": {
      "Type": "AWS::DMS::Endpoint",
      "Properties": {
        "EndpointType": "target",
        "EngineName": "aurora-postgresql",
        "SecretsManagerSecretId": "arn:aws:secretsmanager:us-east-2:318406275591:secret:cis/aurora-dms-«b62:6-dmssec»",  ⟪Secrets Manager ARN⟫
        "SecretsManagerAccessRoleArn": "arn:aws:iam::318406275591:role/dms-secrets"
      }
    }
  }
}
"""),
    ("infra/cfn/apprunner-myaccount.json", r"""
{
  "Resources": {
    "MyAccount": {
      "Type": "AWS::AppRunner::Service",
      "Properties": {
        "ServiceName": "myaccount",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "772050186343.dkr.ecr.us-east-2.amazonaws.com/myaccount:web-«sha:marel»",  ⟪git SHA image tag⟫
            "ImageRepositoryType": "ECR",
            "ImageConfiguration": {
              "Port": "3000",
              "RuntimeEnvironmentVariables": [
                {"Name": "NEXTAUTH_URL", "Value": "https://my.northmarch-energy.com"},
                {"Name": "NEXTAUTH_SECRET", "Value": "«b64k:32-nextauth»"},  ⟦app-secret|NEXTAUTH_SECRET literal⟧
                {"Name": "NEXT_PUBLIC_MAPBOX_TOKEN", "Value": "«mapboxpk:myaccount»"}  ⟪Mapbox public token⟫
              ],
              "RuntimeEnvironmentSecrets": [
                {"Name": "AUTH0_CLIENT_SECRET", "Value": "arn:aws:secretsmanager:us-east-2:318406275591:secret:myaccount/auth0"}  ⟪RuntimeEnvironmentSecrets ARN⟫
              ]
            }
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/lambda-inline-crew-sms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: crew callout SMS (inline Lambda, written during the 2025 ice storm)
Resources:
  CalloutFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::318406275591:role/crew-callout
      Code:
        ZipFile: |
          import base64, json, urllib.parse, urllib.request
          SID = "«twac:callout»"
          TOKEN = "«hex:32-twcallout»"  # TODO move to secrets manager after the storm  ⟦twilio|Twilio auth token in inline Lambda code⟧
          def handler(event, context):
              body = urllib.parse.urlencode({"To": event["to"], "From": "+12165550199", "Body": event["msg"]}).encode()
              req = urllib.request.Request(f"https://api.twilio.com/2010-04-01/Accounts/{SID}/Messages.json", body)
              req.add_header("Authorization", "Basic " + base64.b64encode(f"{SID}:{TOKEN}".encode()).decode())
              return json.loads(urllib.request.urlopen(req).read())
"""),
    ("infra/cfn/ssm-params-plain.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: settings for the DER aggregator integrations
Resources:
  EnphaseKey:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /gridedge/enphase/api-key
      Type: String
      Value: «hex:32-enphase»  ⟦app-secret|Enphase API key stored as a plain String parameter⟧
  TeslaClientSecret:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /gridedge/tesla-fleet/client-secret
      Type: String
      Value: ta-secret.«b62:16-teslasec»  ⟦app-secret|Tesla Fleet API client secret as a plain parameter⟧
  EndpointUrl:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /gridedge/enphase/base-url
      Type: String
      Value: https://api.enphaseenergy.com/api/v4
"""),
    ("infra/cfn/codedeploy/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: /
    destination: /opt/oms-gateway
hooks:
  AfterInstall:
    - location: scripts/configure.sh
      timeout: 120
      runas: root
"""),
    ("infra/cfn/codedeploy/scripts/configure.sh", r"""
#!/bin/bash
# writes the OMS gateway config on each deploy
set -e
cat > /etc/oms-gateway/gateway.env <<EOF
OMS_DB_PASSWORD=«pwn:omsgw»  ⟦password|heredoc env password in a CodeDeploy hook⟧
ESRI_CLIENT_ID=«b62:16-esricid»  ⟪ArcGIS OAuth client id⟫
ESRI_CLIENT_SECRET=«hex:32-esricsec»  ⟦app-secret|ArcGIS OAuth client secret⟧
DB_PASSWORD_FILE=/run/secrets/oms_db  ⟪file reference⟫
EOF
chmod 600 /etc/oms-gateway/gateway.env
"""),
    ("infra/cfn/msk-connect-debezium.json", r"""
{
  "Resources": {
    "CisCdc": {
      "Type": "AWS::KafkaConnect::Connector",
      "Properties": {
        "ConnectorName": "cis-oracle-cdc",
        "KafkaConnectVersion": "2.7.1",
        "ConnectorConfiguration": {
          "connector.class": "io.debezium.connector.oracle.OracleConnector",
          "database.hostname": "ccb-db01.nmen.internal",
          "database.user": "C##DBZUSER",
          "database.password": "«pwx:dbzora»",  ⟦password|Debezium connector password in MSK Connect⟧
          "database.dbname": "CCBPRD",
          "topic.prefix": "cis",
          "schema.history.internal.kafka.topic": "cis.schema-history"
        },
        "KafkaClusterClientAuthentication": {"AuthenticationType": "IAM"}
      }
    }
  }
}
"""),
    ("infra/cfn/iot-rule-historian.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT rule that forwards feeder sensor data to the PI Web API over HTTPS
Resources:
  FeederHttpRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'feeder/+/telemetry'
        Actions:
          - Http:
              Url: https://pi-ingest.northmarch-energy.com/piwebapi/omf
              Headers:
                - Key: Authorization
                  Value: Basic «basic:piomf»  ⟦password-b64|base64 basic-auth header in an IoT HTTP action⟧
                - Key: messagetype
                  Value: data
                - Key: x-requested-with
                  Value: xmlhttprequest
"""),
    ("infra/cfn/vpc-endpoints.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: interface endpoints for the SCADA DMZ VPC (no secrets)
Resources:
  SsmEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0e2b7c91d4f3a8165  ⟪VPC id⟫
      ServiceName: com.amazonaws.us-east-2.ssm
      VpcEndpointType: Interface
      SubnetIds: [subnet-04f1e2a9c7b3d5068, subnet-0b9a3c7e1d52f4806]
      PrivateDnsEnabled: true
  KmsEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-0e2b7c91d4f3a8165
      ServiceName: com.amazonaws.us-east-2.kms
      VpcEndpointType: Interface
Outputs:
  EndpointId:
    Value: !Ref SsmEndpoint
    Export:
      Name: scada-dmz-ssm-endpoint
"""),
    ("infra/cfn/macros/secrets-from-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: [AWS::LanguageExtensions]
Description: ECS service for the meter-to-cash reconciler, all secrets by reference
Parameters:
  DbPasswordParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /m2c/db/password  ⟪SSM parameter path⟫
Resources:
  ReconTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      ContainerDefinitions:
        - Name: recon
          Image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/m2c-recon:1.8.0
          Environment:
            - Name: DB_PASSWORD
              Value: !Ref DbPasswordParam
            - Name: ADYEN_API_KEY
              Value: '{{resolve:secretsmanager:arn:aws:secretsmanager:us-east-2:318406275591:secret:billing/adyen-«b62:6-adysm»:SecretString:apiKey}}'  ⟪dynamic reference with ARN⟫
            - Name: SFTP_PASSWORD
              Value: !Sub '{{resolve:ssm-secure:/m2c/${AWS::Region}/sftp-password}}'
"""),
]
