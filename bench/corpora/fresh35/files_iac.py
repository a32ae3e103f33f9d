"""fresh35 templates, infrastructure as code, deployment and CI (Tessarine Semiconductor): CloudFormation YAML
and JSON, parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations,
CodeBuild, EC2 UserData, Terraform and tfvars, compose, Kubernetes, Helm, Dockerfiles and CI pipelines.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/mes-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  lotwright MES core (TSX2 Dresden 300mm) - Aurora PostgreSQL for WIP/lot history, Amazon MQ (RabbitMQ) for
  TIBCO-RV bridge messages from the equipment automation layer. Owner: CIM team. Account 618204937115.
Parameters:
  FabId:
    Type: String
    AllowedValues: [TSX1, TSX2, TSX3]
  RvBridgePassword:
    Type: String
    NoEcho: true
Resources:
  WipCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: lotwright
      MasterUsername: mesadmin
      MasterUserPassword: «pwc:mesdb»  ⟦password|Aurora PostgreSQL master password of the MES WIP cluster⟧
      KmsKeyId: arn:aws:kms:eu-central-1:618204937115:key/«uuid:kmsmes»  ⟪KMS key ARN⟫
      BackupRetentionPeriod: 35
  RvBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub rv-bridge-${FabId}
      EngineType: RABBITMQ
      EngineVersion: 3.13
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: rvbridge
          Password: !Ref RvBridgePassword  ⟪Ref of a NoEcho parameter without Default⟫
  HoldCodeTable:
    Type: AWS::DynamoDB::Table
    Properties:
      TableName: !Sub lot-holds-${FabId}
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{AttributeName: lotId, AttributeType: S}]
      KeySchema: [{AttributeName: lotId, KeyType: HASH}]
"""),
    ("infra/cfn/mes-core.prod-tsx2.json", r"""
[
  {"ParameterKey": "FabId", "ParameterValue": "TSX2"},
  {"ParameterKey": "RvBridgePassword", "ParameterValue": "«pwx:rvbridge»"},  ⟦password|parameter file value of a NoEcho broker password⟧
  {"ParameterKey": "AlarmTopicArn", "ParameterValue": "arn:aws:sns:eu-central-1:618204937115:cim-oncall"}
]
"""),
    ("infra/cfn/fdc-ingest.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: sparrow-fdc - trace data ingest from tool FDC collectors (1 Hz sensor traces, ~40 GB/day/fab)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
    MemorySize: 1024
Resources:
  TraceSplitterFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: splitter.handler
      CodeUri: src/
      Environment:
        Variables:
          TRACE_BUCKET: tsx-fdc-traces-618204937115
          HISTORIAN_URL: https://pi-web.tsx2.fab.tessarine.internal/piwebapi
          HISTORIAN_USER: svc_fdc_pi
          HISTORIAN_PASSWORD: «pwn:pihist»  ⟦password|PI Web API service password in Lambda env⟧
          INFLUX_TOKEN: «urlsafe:64-influxfdc»  ⟦app-secret|InfluxDB API token in Lambda env⟧
          SPC_DB_SECRET: arn:aws:secretsmanager:eu-central-1:618204937115:secret:fdc/spc-db-«b62:6-spcdb»  ⟪Secrets Manager ARN⟫
  ExcursionNotifyFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: notify.handler
      CodeUri: src/
      Environment:
        Variables:
          TEAMS_WEBHOOK: '{{resolve:ssm:/fdc/teams-webhook}}'  ⟪ssm dynamic reference⟫
          PAGERDUTY_ROUTING_KEY: «pdkey:fdcpd»  ⟦pagerduty|PagerDuty routing key for FDC excursions⟧
"""),
    ("infra/cfn/cleanwatch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: cleanwatch - FMCS/EMS bridge (particle counters, DP sensors, RH/T, AMC monitors) into Timestream
Parameters:
  FmcsOpcUser:
    Type: String
    Default: opc_cleanwatch
  FmcsOpcPassword:
    Type: String
    NoEcho: true
    Default: «pwl:fmcsopc»  ⟦password|NoEcho parameter with a literal Default (OPC UA user of the FMCS)⟧
  DesigoApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /cleanwatch/desigo/api-key  ⟪SSM parameter name as Default⟫
Resources:
  BridgeInstance:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c4f7a21d93be5e18  ⟪AMI id⟫
      InstanceType: t3.large
      SubnetId: subnet-0a19e6c7d2b834f51
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y python3.11 amazon-cloudwatch-agent
          mkdir -p /etc/cleanwatch
          cat > /etc/cleanwatch/bridge.env <<EOF
          OPCUA_ENDPOINT=opc.tcp://fmcs-srv01.tsx2.fab.tessarine.internal:4840
          OPCUA_USER=${FmcsOpcUser}
          OPCUA_PASSWORD=${FmcsOpcPassword}
          LIGHTHOUSE_LMS_USER=lmsread
          LIGHTHOUSE_LMS_PASSWORD=«pw:lms»  ⟦password|Lighthouse LMS particle-counter server password in UserData⟧
          AWS_ACCESS_KEY_ID=«akid:cleanwatch»  ⟦aws-key-id|access key id written into UserData⟧
          AWS_SECRET_ACCESS_KEY=«awssec:cleanwatch»  ⟦aws-secret|secret key written into UserData⟧
          EOF
          systemctl enable --now cleanwatch-bridge
  TsDatabase:
    Type: AWS::Timestream::Database
    Properties:
      DatabaseName: cleanwatch
"""),
    ("infra/cfn/supplier-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: supplierlink - portal for wafer, chemical, gas and photomask suppliers (CoA uploads, PCNs, 8D)
Resources:
  PortalUserPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: supplierlink
      MfaConfiguration: 'ON'
  PortalOidc:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref PortalUserPool
      ProviderName: TessarineEntra
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraportal»  ⟪Entra application id⟫
        client_secret: «azad:entraportal»  ⟦azure-ad|Entra client secret in a Cognito OIDC provider⟧
        oidc_issuer: https://login.microsoftonline.com/«uuid:tenant»/v2.0
        authorize_scopes: openid email profile
  CoaTransfer:
    Type: AWS::Transfer::User
    Properties:
      ServerId: s-4c8e1f0a9b2d7e365
      UserName: coa-siltronix
      HomeDirectory: /tsx-supplier-coa/siltronix
      Role: arn:aws:iam::618204937115:role/transfer-coa
      SshPublicKeys:
        - «sshpub:edcoa:coa-upload@siltronix-wafer»  ⟪SSH public key⟫
  PcnMailer:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: ses-pcn-mailer
Outputs:
  PcnMailerKeyId:
    Value: !Ref PcnMailer
  PcnMailerSecret:
    Value: !GetAtt PcnMailer.SecretAccessKey  ⟪GetAtt of a secret, no value⟫
"""),
    ("infra/cfn/reticle-transfer.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "reticle-vault - GDSII/OASIS jobdeck transfer to mask shops (export-controlled, ITAR/EAR 3E001)",
  "Resources": {
    "MaskShopConnector": {
      "Type": "AWS::Transfer::Connector",
      "Properties": {
        "Url": "sftp://sftp.photronix-masks.com",
        "AccessRole": "arn:aws:iam::274590316628:role/reticle-connector",
        "SftpConfig": {
          "UserSecretId": "arn:aws:secretsmanager:us-gov-west-1:274590316628:secret:reticle/photronix-«b62:6-photr»",  ⟪Secrets Manager ARN⟫
          "TrustedHostKeys": ["«sshpub:edmaskhost:»"]  ⟪host public key⟫
        }
      }
    },
    "JobdeckNotify": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "notify.handler",
        "Role": "arn:aws:iam::274590316628:role/reticle-lambda",
        "Code": {"S3Bucket": "tsx-gov-artifacts", "S3Key": "reticle/notify-1.8.2.zip"},
        "Environment": {
          "Variables": {
            "MASKSHOP_API": "https://api.photronix-masks.com/v2/orders",
            "MASKSHOP_API_KEY": "«b62:40-photronix»",  ⟦app-secret|mask shop order API key in Lambda env (JSON)⟧
            "EXPORT_CLASS": "EAR-3E001"
          }
        }
      }
    },
    "EdaBucketPolicy": {
      "Type": "AWS::S3::BucketPolicy",
      "Properties": {
        "Bucket": "tsx-gov-tapeout",
        "PolicyDocument": {"Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Condition": {"Bool": {"aws:SecureTransport": "false"}}}]}
      }
    }
  }
}
"""),
    ("infra/cfn/yield-warehouse.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: yieldscope - wafer sort / inline metrology / WAT warehouse (Redshift Serverless + Glue)
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: yieldscope
      AdminUsername: ysadmin
      AdminUserPassword: «pwr:ysredshift»  ⟦password|Redshift Serverless admin password⟧
      DbName: yield
  KlaratConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: klarity-oracle
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@klarity-db.tsx2.fab.tessarine.internal:1521/KLYPRD
          USERNAME: ys_extract
          PASSWORD: «pw6:klarity»  ⟦password|Glue connection password (defect database)⟧
  WatLoadJob:
    Type: AWS::Glue::Job
    Properties:
      Name: wat-parametric-load
      Role: arn:aws:iam::618204937115:role/glue-yield
      Command: {Name: glueetl, ScriptLocation: s3://tsx-glue-scripts/wat_load.py}
      DefaultArguments:
        --wat_ftp_host: wat-ftp.tsx2.fab.tessarine.internal
        --wat_ftp_user: watpull
        --wat_ftp_password: «pwp:watftp»  ⟦password|Glue DefaultArguments FTP password⟧
        --enable-metrics: 'true'
"""),
    ("infra/cfn/ses-alerts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for tool-alarm mailers on the fab floor (legacy tool PCs send mail over SMTP 587)
Resources:
  AlarmSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-toolalarm
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Statement: [{Effect: Allow, Action: ses:SendRawEmail, Resource: '*'}]
Outputs:
  SmtpHost:
    Value: email-smtp.eu-central-1.amazonaws.com
  # values pasted from the console when the tool-PC image was built (ticket CIM-2291)
  SmtpUsername:
    Value: «akid:sessmtp»  ⟦aws-ses-smtp|SES SMTP user name (access key id) in Outputs⟧
  SmtpPassword:
    Value: «sesv4:sessmtp»  ⟦aws-ses-smtp|SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/stackset-toolpc-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SSM document that joins fab-edge Windows servers (EAP hosts) to FAB.TESSARINE.LOCAL
Resources:
  JoinDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        parameters:
          OuPath: {type: String, default: 'OU=EAP,OU=Servers,DC=fab,DC=tessarine,DC=local'}
        mainSteps:
          - action: aws:runPowerShellScript
            name: join
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwl:domjoin»' -AsPlainText -Force  ⟦password|domain-join password in an SSM document⟧
                - $cred = New-Object System.Management.Automation.PSCredential('FAB\svc_domjoin', $pw)
                - Add-Computer -DomainName fab.tessarine.local -OUPath '{{ OuPath }}' -Credential $cred -Restart
"""),
    ("infra/sam/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "sparrow-fdc"
s3_bucket = "tsx-sam-artifacts-839157204466"
region = "eu-central-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "FabId=\"TSX2\" SpcDbPassword=\"«pwc:spcdb»\" TraceRetentionDays=\"400\""  ⟦password|samconfig parameter_overrides password⟧

[uat.deploy.parameters]
stack_name = "sparrow-fdc-uat"
parameter_overrides = "FabId=\"TSX2\" SpcDbPassword=\"{{resolve:secretsmanager:fdc/uat/spc}}\""  ⟪dynamic reference⟫
"""),
    ("services/eap-hub/serverless.yml", r"""
service: eap-hub-events
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-central-1
  environment:
    STAGE: ${opt:stage, 'prod'}
    MES_API_TOKEN: «mesapi:eaphub»  ⟦app-secret|in-house MES API token in serverless env⟧
    MES_API_URL: https://lotwright.tsx2.fab.tessarine.internal/api/v3
    SLACK_TOKEN: ${ssm:/eap-hub/slack-token}  ⟪ssm reference⟫
    DATADOG_API_KEY: «ddapi:eaphub»  ⟦datadog|Datadog API key in serverless env⟧
functions:
  alarm:
    handler: src/alarm.handler
    events:
      - sqs: arn:aws:sqs:eu-central-1:618204937115:secs-alarms
"""),
    ("infra/ecs/mes-adapter-taskdef.json", r"""
{
  "family": "lotwright-mes-adapter",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::618204937115:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "adapter",
      "image": "839157204466.dkr.ecr.eu-central-1.amazonaws.com/lotwright/mes-adapter@sha256:«sha256:adapterimg»",  ⟪image digest⟫
      "environment": [
        {"name": "MES_DB_URL", "value": "postgresql://mes_adapter:«pwr:mesadapter»@wip.cluster-cq4x.eu-central-1.rds.amazonaws.com:5432/lotwright"},  ⟦conn-string|PostgreSQL URL with password in ECS env⟧
        {"name": "RV_SERVICE", "value": "7500"},
        {"name": "RV_DAEMON", "value": "tcp:rvd.tsx2.fab.tessarine.internal:7500"},
        {"name": "SAP_RFC_PASSWD", "value": "«pw:saprfc»"}  ⟦password|SAP RFC password in ECS env⟧
      ],
      "secrets": [
        {"name": "MES_API_TOKEN", "valueFrom": "arn:aws:ssm:eu-central-1:618204937115:parameter/lotwright/api-token"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/rms-taskdef.yaml", r"""
family: recipe-mgmt
cpu: '512'
memory: '1024'
containerDefinitions:
  - name: rms
    image: 839157204466.dkr.ecr.eu-central-1.amazonaws.com/cim/recipe-mgmt:4.11.0
    environment:
      - name: RMS_RECIPE_SHARE
        value: \\eap-fs01.fab.tessarine.local\recipes
      - name: RMS_SHARE_USER
        value: FAB\svc_rms
      - name: RMS_SHARE_PASSWORD
        value: «pwl:rmsshare»  ⟦password|SMB share password in an ECS task definition (YAML)⟧
    secrets:
      - name: RMS_DB_PASSWORD
        valueFrom: 'arn:aws:secretsmanager:eu-central-1:618204937115:secret:rms/db-«b62:6-rmsdb»:password::'  ⟪valueFrom⟫
"""),
    ("infra/lambda/wafer-map-render.config.json", r"""
{
  "FunctionName": "wafer-map-render",
  "Runtime": "python3.11",
  "Handler": "render.handler",
  "CodeSha256": "«b64k:32-g1»",  ⟪code hash⟫
  "Environment": {
    "Variables": {
      "KLARF_BUCKET": "tsx-klarf-618204937115",
      "MAPBOX_TOKEN": "pk.eyJ1IjoidGVzc2FyaW5lIiwiYSI6ImNsd«b62:20-g2»",  ⟪public Mapbox token⟫
      "YMS_BASIC_AUTH": "«basic:ymsrender»",  ⟦password-b64|base64 basic-auth in Lambda env⟧
      "LOG_LEVEL": "INFO"
    }
  }
}
"""),
    ("infra/codebuild/tapeout-checks.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project that runs DRC/LVS smoke checks on tapeout candidates (GovCloud)
Resources:
  TapeoutChecks:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: tapeout-drc-smoke
      ServiceRole: arn:aws-us-gov:iam::274590316628:role/codebuild-tapeout
      Environment:
        ComputeType: BUILD_GENERAL1_2XLARGE
        Image: 274590316628.dkr.ecr.us-gov-west-1.amazonaws.com/eda/calibre-runner:2024.2
        Type: LINUX_CONTAINER
        EnvironmentVariables:
          - Name: LM_LICENSE_FILE
            Value: 27020@lic01.design.tessarine.internal
          - Name: PDK_GIT_TOKEN
            Type: PLAINTEXT
            Value: «ghp:pdkrepo»  ⟦github|GitHub PAT as a PLAINTEXT CodeBuild variable⟧
          - Name: ARTIFACTORY_PASSWORD
            Type: SECRETS_MANAGER
            Value: eda/artifactory:password  ⟪SECRETS_MANAGER reference⟫
          - Name: SIGNOFF_BOT_TOKEN
            Type: PARAMETER_STORE
            Value: /eda/signoff-bot  ⟪PARAMETER_STORE reference⟫
      Source:
        Type: CODECOMMIT
        Location: https://git-codecommit.us-gov-west-1.amazonaws.com/v1/repos/tapeout-flows
"""),
    ("infra/codebuild/buildspec-mes.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    NEXUS_USER: ci-lotwright
    NEXUS_PASSWORD: «pwx:nexus»  ⟦password|Nexus password in buildspec variables⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store reference⟫
phases:
  build:
    commands:
      - mvn -s ci/settings.xml -B verify
      - aws ecr get-login-password | docker login --username AWS --password-stdin 839157204466.dkr.ecr.eu-central-1.amazonaws.com
"""),
    ("infra/tf/fab-network/main.tf", r"""
terraform {
  backend "s3" {
    bucket = "tsx-tfstate-839157204466"
    key    = "fab-network/terraform.tfstate"
    region = "eu-central-1"
  }
}

resource "aws_customer_gateway" "tsx2_core" {
  bgp_asn    = 65012
  ip_address = "194.25.118.40"
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "tsx2" {
  customer_gateway_id   = aws_customer_gateway.tsx2_core.id
  transit_gateway_id    = "tgw-0e4b7c19a2d58f630"  ⟪transit gateway id⟫
  type                  = "ipsec.1"
  tunnel1_preshared_key = "«b62:32-vpn1»"  ⟦password|Site-to-Site VPN tunnel pre-shared key⟧
  tunnel2_preshared_key = "«b62:32-vpn2»"  ⟦password|second tunnel pre-shared key⟧
}

resource "aws_directory_service_directory" "fab" {
  name     = "fab.tessarine.local"
  password = var.ad_admin_password
  edition  = "Standard"
  type     = "MicrosoftAD"
}
"""),
    ("infra/tf/fab-network/variables.tf", r"""
variable "ad_admin_password" {
  type      = string
  sensitive = true
  default   = "«pwc:adadmin»"  ⟦password|Terraform variable default for the managed AD admin⟧
}

variable "fab_cidrs" {
  type    = map(string)
  default = { TSX1 = "10.41.0.0/16", TSX2 = "10.42.0.0/16", TSX3 = "10.43.0.0/16" }
}
"""),
    ("infra/tf/eda-license/main.tf", r"""
# FlexLM servers for Synopsys/Cadence/Siemens EDA, three-server quorum in GovCloud
resource "aws_instance" "lic" {
  count         = 3
  ami           = "ami-04d1e9b7c3a58f2e6"
  instance_type = "c6i.large"
  user_data     = <<-EOT
    #!/bin/bash
    hostnamectl set-hostname lic0${count.index + 1}
    echo "flexadm:«pwn:flexadm»" | chpasswd  ⟦password|chpasswd in Terraform user_data⟧
    aws s3 cp s3://tsx-gov-eda-licenses/ /opt/flexlm/licenses/ --recursive
  EOT
  tags = { Name = "lic0${count.index + 1}", export_control = "EAR99-admin" }
}

resource "aws_secretsmanager_secret_version" "snps_portal" {
  secret_id     = aws_secretsmanager_secret.snps_portal.id
  secret_string = jsonencode({ user = "eda-admin@tessarine-semi.com", password = "«pwx:solvnet»" })  ⟦password|SolvNet portal password in a Terraform secret version⟧
}
"""),
    ("infra/tf/datadog/providers.tf", r"""
provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a Terraform provider block⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a Terraform provider block⟧
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = var.pagerduty_token
}
"""),
    ("infra/tf/envs/tsx3.tfvars", r"""
fab_id              = "TSX3"
region              = "ap-northeast-1"
vpc_cidr            = "10.43.0.0/16"
mes_db_password     = "«pwp:tsx3mes»"  ⟦password|tfvars MES database password⟧
fmcs_bacnet_bbmd    = "10.43.200.10"
historian_password  = "«pw:tsx3pi»"  ⟦password|tfvars historian password⟧
vpn_psk             = "{{ vault: secret/fab/tsx3/vpn }}"  ⟪template reference⟫
"""),
    ("infra/tf/envs/tsx1.auto.tfvars.json", r"""
{
  "fab_id": "TSX1",
  "region": "us-west-2",
  "mes_db_password": "«pwn:tsx1mes»",  ⟦password|tfvars JSON MES database password⟧
  "amhs_mcs_password": "«pw6:tsx1mcs»",  ⟦password|AMHS material control system password in tfvars JSON⟧
  "kms_key_arn": "arn:aws:kms:us-west-2:618204937115:key/«uuid:kmstsx1»"  ⟪KMS ARN⟫
}
"""),
    ("infra/tf/iam-vendor/main.tf", r"""
# Remote-support access for the FDC vendor (read-only on trace bucket). DO NOT add keys here - use SSO.
resource "aws_iam_user" "fdc_vendor" {
  name = "vendor-sparrowfdc-support"
}

resource "aws_iam_access_key" "fdc_vendor" {
  user    = aws_iam_user.fdc_vendor.name
  pgp_key = "keybase:tessarine_secops"  ⟪pgp key reference⟫
}

output "fdc_vendor_secret" {
  value     = aws_iam_access_key.fdc_vendor.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}
"""),
    ("infra/tf/mwaa/main.tf", r"""
resource "aws_mwaa_environment" "yield" {
  name              = "yieldscope-airflow"
  airflow_version   = "2.8.1"
  execution_role_arn = "arn:aws:iam::618204937115:role/mwaa-yield"
  source_bucket_arn = "arn:aws:s3:::tsx-mwaa-yield"
  dag_s3_path       = "dags/"
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.eu-central-1.amazonaws.com"
    "smtp.smtp_user"     = "«akid:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.secret_key" = "«hex:32-mwaaweb»"  ⟦app-secret|Airflow webserver secret key⟧
  }
  network_configuration {
    security_group_ids = ["sg-0d3e81a7c4b9f2065"]
    subnet_ids         = ["subnet-0b2c7e4f19a8d6503", "subnet-07f1a9c3e5d28b461"]
  }
}
"""),
    ("infra/terragrunt/tsx2/historian/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}
terraform {
  source = "git::ssh://git@github.com/tessarine-semi/tf-modules.git//historian?ref=v3.4.0"
}
inputs = {
  fab_id          = "TSX2"
  pi_admin_user   = "piadmin"
  pi_admin_pass   = "«pwl:piadmin»"  ⟦password|Terragrunt input password⟧
  collector_count = 6
}
"""),
    ("deploy/compose/fmcs-bridge/docker-compose.yml", r"""
services:
  bridge:
    image: registry.tessarine.internal/cleanwatch/bridge:2.3.1
    restart: unless-stopped
    environment:
      OPCUA_ENDPOINT: opc.tcp://fmcs-srv01:4840
      OPCUA_USER: opc_cleanwatch
      OPCUA_PASSWORD: «pwl:fmcsopc»  ⟦password|compose env OPC UA password (same as the CloudFormation default)⟧
      MQTT_URL: mqtts://cleanwatch:«pp:mqttcw»@mqtt.tsx2.fab.tessarine.internal:8883  ⟦conn-string|MQTT URL with password⟧
  influx:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwc:influxinit»  ⟦password|InfluxDB init password in compose⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: ${INFLUX_ADMIN_TOKEN}  ⟪env reference⟫
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/gf_admin  ⟪file reference⟫
"""),
    ("deploy/compose/spc-lab/docker-compose.override.yml", r"""
# local SPC dev stack - defaults only, never used outside a laptop
services:
  postgres:
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  spc:
    environment:
      SPC_DB_URL: postgresql://postgres:postgres@postgres:5432/spc  ⟪local default credentials⟫
"""),
    ("deploy/k8s/mes-ui/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mes-ui-secrets
  namespace: lotwright
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:mesui»  ⟦aws-b64|base64 access key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:mesui»  ⟦aws-b64|base64 secret key in a Secret⟧
  AWS_REGION: «b64:lit:eu-central-1»  ⟪base64 region name⟫
  OIDC_CLIENT_SECRET: «b64:b62:40-mesuioidc»  ⟦app-secret|base64 OIDC client secret in a Secret⟧
"""),
    ("deploy/k8s/eap-hub/secret-stringdata.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: eap-hub
  namespace: eap
stringData:
  HSMS_GATEWAY_PASSWORD: «pw6:hsmsgw»  ⟦password|stringData password of the HSMS gateway⟧
  RECIPE_FTP_PASSWORD: «pwp:recipeftp»  ⟦password|stringData recipe FTP password⟧
  SLACK_BOT_TOKEN: «xoxb:eaphub»  ⟦slack|Slack bot token in stringData⟧
"""),
    ("deploy/k8s/eap-hub/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: eap-hub-vendor
  namespace: eap
spec:
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: eap-hub-vendor}
  data:
    - secretKey: cimetrix-license
      remoteRef: {key: eap/cimetrix, property: license}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/yield/cronjob-sort-loader.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: sort-stdf-loader
  namespace: yield
spec:
  schedule: "*/20 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: loader
              image: registry.tessarine.internal/yield/stdf-loader:1.9.0
              args:
                - --source=sftp://osat_pull@sftp.amkortech-partner.com/outgoing/stdf
                - --source-password=«pwx:osatsftp»  ⟦password|CronJob argument password for the OSAT SFTP⟧
                - --dest=s3://tsx-yield-stdf/raw/
              env:
                - name: REDSHIFT_PASSWORD
                  valueFrom:
                    secretKeyRef: {name: yield-redshift, key: password}  ⟪secretKeyRef⟫
"""),
    ("deploy/k8s/registry/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: cim-shared
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:pull»  ⟦docker-hub|dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/k8s/kustomize/fdc/kustomization.yaml", r"""
namespace: fdc
resources:
  - ../../base/fdc
secretGenerator:
  - name: fdc-collector
    literals:
      - HISTORIAN_PASSWORD=«pwn:pihist»  ⟦password|kustomize secretGenerator literal (PI password, also in SAM)⟧
      - CLICKHOUSE_PASSWORD=«pwr:clickhouse»  ⟦password|kustomize literal ClickHouse password⟧
    envs:
      - collector.env
"""),
    ("deploy/helm/grafana-fab/values-prod.yaml", r"""
grafana:
  adminUser: admin
  adminPassword: «pwl:grafana»  ⟦password|Helm Grafana admin password⟧
  grafana.ini:
    auth.generic_oauth:
      enabled: true
      client_id: grafana-fab
      client_secret: «b62:32-grafoauth»  ⟦app-secret|Grafana OAuth client secret in Helm values⟧
  datasources:
    datasources.yaml:
      datasources:
        - name: cleanwatch
          type: influxdb
          secureJsonData:
            token: ${INFLUX_TOKEN}  ⟪env reference⟫
"""),
    ("deploy/helm/ignition/values.yaml", r"""
# Ignition gateway for the sub-fab (pumps, abatement, chillers) - TSX2
gateway:
  edition: standard
  adminUser: admin
  adminPassword: «pwc:ignadmin»  ⟦password|Ignition gateway admin password in Helm values⟧
  licenseKey: «ignkey:ign»  ⟦?app-secret|Ignition licence key (policy-dependent)⟧
  existingSecret: ""
gan:
  outgoing:
    - host: ignition-fmcs.tsx2.fab.tessarine.internal
      port: 8060
"""),
    ("deploy/helm/airflow-yield/values.yaml", r"""
airflow:
  fernetKey: «fernet:airflowyield»  ⟦app-secret|Airflow Fernet key in Helm values⟧
  webserverSecretKey: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key⟧
  connections:
    - id: klarity_oracle
      type: oracle
      host: klarity-db.tsx2.fab.tessarine.internal
      login: ys_extract
      password: «pw6:klarity»  ⟦password|Airflow connection password (same as the Glue connection)⟧
postgresql:
  auth:
    existingSecret: airflow-pg  ⟪existingSecret⟫
"""),
    ("docker/eap-adapter/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
ARG NUGET_FEED=https://nuget.tessarine.internal/v3/index.json
ENV SECS_T3_TIMEOUT=45 \
    SECS_LINKTEST=60 \
    RECIPE_FTP_USER=eapftp \
    RECIPE_FTP_PASS=«pwp:recipeftp»  ⟦password|Dockerfile ENV recipe FTP password (same as stringData)⟧
COPY out/ .
ENTRYPOINT ["dotnet", "Tessarine.Eap.Adapter.dll"]
"""),
    ("docker/yield-notebooks/Dockerfile", r"""
FROM quay.io/jupyter/scipy-notebook:2024-05-27
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install tessarine-yieldlib==2.2.*  ⟪BuildKit secret mount⟫
ENV KLARF_READER_LICENSE_FILE=/opt/klarf/license.dat
"""),
    (".github/workflows/mes-adapter.yml", r"""
name: mes-adapter
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: [self-hosted, fab-edge]
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::839157204466:role/gha-mes-adapter  ⟪OIDC role⟫
          aws-region: eu-central-1
      - run: mvn -B verify
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}  ⟪secrets reference⟫
"""),
    (".github/workflows/recipe-sync.yml", r"""
name: recipe-sync
on:
  schedule: [{cron: '15 */4 * * *'}]
jobs:
  sync:
    runs-on: [self-hosted, fab-edge]
    env:
      AWS_ACCESS_KEY_ID: «akid:recipesync»  ⟦aws-key-id|access key id in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:recipesync»  ⟦aws-secret|secret key in a workflow env⟧
      AWS_DEFAULT_REGION: eu-central-1
    steps:
      - uses: actions/checkout@v4
      - run: python tools/recipe_sync.py --rms https://rms.tsx2.fab.tessarine.internal --bucket tsx-recipes-golden
"""),
    (".github/workflows/pdk-release.yml", r"""
name: pdk-release
on: workflow_dispatch
jobs:
  publish:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          repository: tessarine-semi/pdk-tsx180
          token: «ghfg:pdkrel»  ⟦github|fine-grained PAT inline in a workflow⟧
      - run: ./scripts/package_pdk.sh
      - run: 'curl -sf -X POST -H "Authorization: Bearer ${{ secrets.GITHUB_TOKEN }}" https://api.github.com/repos/tessarine-semi/pdk-tsx180/releases'  ⟪GITHUB_TOKEN reference⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [test, package, deploy]
variables:
  PIP_INDEX_URL: https://ci-yield:«pwx:pypiidx»@artifactory.tessarine.internal/api/pypi/pypi-virtual/simple  ⟦conn-string|package index URL with a password⟧
  DOCKER_DRIVER: overlay2
test:
  stage: test
  image: python:3.12
  script:
    - pip install -e .[test]
    - pytest -q
deploy-eap:
  stage: deploy
  script:
    - ssh -i $EAP_DEPLOY_KEY eapadmin@eap-mgmt01 'sudo systemctl restart eap-hub'  ⟪variable reference⟫
"""),
    ("ci/Jenkinsfile.toolpc-images", r"""
pipeline {
  agent { label 'windows-packer' }
  environment {
    VSPHERE_CREDS = credentials('vsphere-fab-packer')  ⟪Jenkins credentials()⟫
    TOOLPC_LOCAL_ADMIN = '«pw6:toolpcadmin»'  ⟦password|local admin password for tool-PC images in a Jenkinsfile⟧
  }
  stages {
    stage('build') {
      steps {
        bat 'packer build -var "admin_password=%TOOLPC_LOCAL_ADMIN%" toolpc-win10-ltsc.pkr.hcl'
      }
    }
  }
}
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: supplier portal
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $PORTAL_AWS_KEY  ⟪variable reference⟫
                AWS_SECRET_ACCESS_KEY: $PORTAL_AWS_SECRET  ⟪variable reference⟫
                S3_BUCKET: tsx-supplierlink-web
            - npx sentry-cli releases new "$BITBUCKET_COMMIT" --auth-token «hex:64-sentryauth»  ⟦app-secret|Sentry auth token on a CLI line⟧
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool: {name: fab-win-agents}
variables:
  - group: eap-release
  - name: CimetrixLicenseServer
    value: lic-cmx.fab.tessarine.local
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet build Tessarine.Eap.sln -c Release
  - powershell: |
      $pat = '«gpat:azdo»'  ⟦app-secret|Azure DevOps PAT in a pipeline script⟧
      $h = @{Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes(":$pat"))}
      Invoke-RestMethod -Uri https://dev.azure.com/tessarine/_apis/packaging -Headers $h
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  wafer-map-ui:
    docker:
      - image: cimg/node:20.11
        auth:
          username: tessarineci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as a CircleCI image auth password⟧
    steps:
      - checkout
      - run: npm ci && npm test
workflows:
  main: {jobs: [wafer-map-ui]}
"""),
    ("ansible/group_vars/eap_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: FAB\svc_ansible
ansible_password: «pwl:winrmfab»  ⟦password|WinRM password in Ansible group_vars⟧
ansible_winrm_server_cert_validation: ignore
cimetrix_license_server: lic-cmx.fab.tessarine.local
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-g3»  ⟪ansible-vault body⟫
«hex:64-g4»
«hex:64-g5»
"""),
    ("ansible/roles/particle-counter/tasks/main.yml", r"""
- name: push Lighthouse LMS collector settings
  template:
    src: lms-collector.ini.j2
    dest: C:\ProgramData\Lighthouse\LMS\collector.ini
  vars:
    lms_db_password: "{{ vault_lms_db_password }}"  ⟪vault variable⟫
- name: set SNMP community on counters
  community.general.snmp_facts:
    host: "{{ item }}"
    community: «pw6:snmpro»  ⟦password|SNMP community string in a task⟧
  loop: "{{ groups['particle_counters'] }}"
"""),
    ("packer/toolpc-win10-ltsc.pkr.hcl", r"""
source "vsphere-iso" "toolpc" {
  vcenter_server      = "vcsa-fab.fab.tessarine.local"
  username            = "packer@vsphere.local"
  password            = "«pwx:vsphere»"  ⟦password|vSphere password in a Packer template⟧
  insecure_connection = true
  communicator        = "winrm"
  winrm_username      = "Administrator"
  winrm_password      = var.admin_password
  iso_paths           = ["[fab-ds01] iso/Win10_LTSC_2021.iso"]
}
"""),
]

# Equipment automation: one Helm values file per tool family (EAP adapters talk SECS/GEM over HSMS to each tool
# and pull recipes over FTP or SMB from the tool's host PC). Some teams put the password inline, others reference
# a Secret.
_TOOLS = [
    ("litho-scanner", "ASML-NXT", 5000, "inline"), ("litho-track", "TEL-LITHIUS", 5001, "ref"),
    ("etch-poly", "LAM-KIYO", 5010, "inline"), ("etch-dielectric", "LAM-FLEX", 5011, "inline"),
    ("cvd-pecvd", "AMAT-PRODUCER", 5020, "ref"), ("pvd-endura", "AMAT-ENDURA", 5021, "inline"),
    ("cmp", "EBARA-F-REX", 5030, "ref"), ("implant-hc", "AXCELIS-PURION", 5040, "inline"),
    ("diffusion", "KOKUSAI-VERT", 5050, "inline"), ("wet-bench", "SCREEN-SU3200", 5060, "ref"),
    ("metrology-cd", "HITACHI-CG7300", 5070, "inline"), ("metrology-ovl", "KLA-ARCHER", 5071, "ref"),
    ("inspect-bf", "KLA-2930", 5072, "inline"), ("probe-sort", "TEL-PRECIO", 5080, "inline"),
]
for _name, _model, _port, _style in _TOOLS:
    if _style == "inline":
        _pw = f"  recipeSharePassword: «pw6:eap-{_name}»  ⟦password|EAP recipe share password for {_model} in Helm values⟧"
    else:
        _pw = f"  existingSecret: eap-{_name}-recipe  ⟪existingSecret for {_model}⟫"
    _fdc = (f"fdc:\n  uploadToken: «b62:40-fdc-{_name}»  ⟦app-secret|FDC upload token in EAP Helm values ({_model})⟧\n"
            if _style == "inline" else "")
    FILES.append((f"deploy/helm/eap/{_name}/values.yaml", f"""
# EAP adapter - {_model} ({_name}), TSX2 bay {_port - 4990}
replicaCount: 1
image:
  repository: registry.tessarine.internal/eap/adapter
  tag: 7.3.{_port % 100}
hsms:
  mode: active
  host: {_name}-01.tool.tsx2.fab.tessarine.internal
  port: {_port}
  deviceId: 0
  t3: 45
  t5: 10
  t6: 5
  t7: 10
  t8: 5
recipe:
  share: \\\\{_name}-hostpc\\recipes
  user: EAPSVC
{_pw}
mes:
  url: https://lotwright.tsx2.fab.tessarine.internal/api/v3
  tokenSecretRef: eap-mes-token  ⟪secret reference⟫
{_fdc}"""))

# Per-fab environment files for the cleanwatch edge collectors
for _fab, _reg in (("tsx1", "us-west-2"), ("tsx2", "eu-central-1"), ("tsx3", "ap-northeast-1")):
    FILES.append((f"deploy/cleanwatch/{_fab}/collector.env", f"""
FAB_ID={_fab.upper()}
AWS_REGION={_reg}
TIMESTREAM_DB=cleanwatch
BACNET_DEVICE_INSTANCE={ {'tsx1': 4101, 'tsx2': 4201, 'tsx3': 4301}[_fab] }
DESIGO_USER=cw_reader
DESIGO_PASSWORD=«pwc:desigo-{_fab}»  ⟦password|Desigo CC API password in a collector .env ({_fab})⟧
PARTICLE_ALERT_CLASS=ISO5
INFLUX_TOKEN=«urlsafe:64-influx-{_fab}»  ⟦app-secret|InfluxDB token in a collector .env ({_fab})⟧
DESIGO_CERT_THUMBPRINT=«uhex:40-thumb-{_fab}»  ⟪certificate thumbprint⟫
"""))

# GitHub Actions of smaller repos: most use OIDC; two kept an old key
_REPOS = [("klarf-parser", None), ("spc-rules", None), ("lot-genealogy", "akid"), ("fmcs-dashboards", None),
          ("tool-pm-scheduler", "slack"), ("wat-limits", "snow")]
for _repo, _leak in _REPOS:
    extra = ""
    if _leak == "akid":
        extra = (f"      - run: aws s3 sync out/ s3://tsx-{_repo}/\n        env:\n"
                 f"          AWS_ACCESS_KEY_ID: «akid:gha-{_repo}»  ⟦aws-key-id|key id in a step env ({_repo})⟧\n"
                 f"          AWS_SECRET_ACCESS_KEY: «awssec:gha-{_repo}»  ⟦aws-secret|secret key in a step env ({_repo})⟧\n")
    elif _leak == "slack":
        extra = (f"      - run: |\n          curl -s -X POST -H 'Content-type: application/json' --data '{{\"text\":\"PM schedule published\"}}' "
                 f"«slackhook:{_repo}»  ⟦slack|Slack webhook in a workflow step ({_repo})⟧\n")
    elif _leak == "snow":
        extra = (f"      - run: python publish_limits.py --account tessarine-yield --user WAT_LIMITS\n        env:\n"
                 f"          SNOWFLAKE_PASSWORD: «snowpw:{_repo}»  ⟦password|Snowflake password in a step env ({_repo})⟧\n")
    FILES.append((f"repos/{_repo}/.github/workflows/ci.yml", f"""
name: ci
on: [push, pull_request]
permissions:
  id-token: write
  contents: read
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {{python-version: '3.12'}}
      - run: pip install -r requirements.txt && pytest -q
      - uses: codecov/codecov-action@v4
        with:
          token: ${{{{ secrets.CODECOV_TOKEN }}}}  ⟪secrets reference⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::839157204466:role/gha-{_repo}  ⟪OIDC role⟫
          aws-region: eu-central-1
{extra}"""))

FILES += [
    ("infra/cfn/greengrass-subfab.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Greengrass v2 core on the sub-fab gateway (vacuum pumps, abatement, chillers over Modbus TCP)
Parameters:
  ThingName: {Type: String, Default: tsx2-subfab-gg01}
Resources:
  ModbusComponent:
    Type: AWS::GreengrassV2::ComponentVersion
    Properties:
      InlineRecipe: |
        {"RecipeFormatVersion":"2020-01-25","ComponentName":"com.tessarine.subfab.modbus","ComponentVersion":"1.4.0",
         "ComponentConfiguration":{"DefaultConfiguration":{"pollMs":1000,"ebaraCloudUser":"tsx2-subfab",
         "ebaraCloudPassword":"«pwr:ebaracloud»","secretArn":"arn:aws:secretsmanager:eu-central-1:618204937115:secret:subfab/edwards-«b62:6-edw»"}},  ⟦password|vendor cloud password inside an inline Greengrass recipe⟧
         "Manifests":[{"Platform":{"os":"linux"},"Lifecycle":{"Run":"python3 -u {artifacts:path}/modbus_poll.py"}}]}
"""),
    ("infra/cfn/iot-rules-abatement.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT rule that forwards scrubber/abatement alarms to the gas vendor's HTTPS endpoint
Resources:
  AbatementRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'tsx2/subfab/abatement/+/alarm'
        Actions:
          - Http:
              Url: https://alarms.gasvendor-services.com/ingest/tessarine
              Headers:
                - Key: x-api-key
                  Value: «b62:36-gasvendor»  ⟦app-secret|vendor API key in an IoT rule HTTP header⟧
                - Key: x-site
                  Value: TSX2
"""),
    ("infra/cfn/eventbridge-osat.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lot-ship notifications to OSAT partners (assembly and final test)
Resources:
  AmkorConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: osat-amkortech
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://b2b.amkortech-partner.com/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: tessarine-b2b
            ClientSecret: «b62:40-amkoroauth»  ⟦app-secret|EventBridge connection OAuth client secret⟧
  AsePackConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: osat-asepack
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: tsx_ship
          Password: «pwc:aseb2b»  ⟦password|EventBridge connection basic-auth password⟧
  StatsConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: osat-statschip
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-Api-Key
          ApiKeyValue: '{{resolve:secretsmanager:osat/statschip:SecretString:key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: the right way - generated and rotated secrets for the MES and yield databases
Resources:
  MesDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: lotwright/prod/db
      GenerateSecretString:  ⟪GenerateSecretString⟫
        SecretStringTemplate: '{"username":"mesadmin"}'
        GenerateStringKey: password
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  MesDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: '{{resolve:secretsmanager:lotwright/prod/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:lotwright/prod/db:SecretString:password}}'  ⟪dynamic reference⟫
      ManageMasterUserPassword: false
"""),
    ("infra/cfn/docdb-recipes.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: recipe parameter store (DocumentDB) for golden recipes and recipe diffs
Resources:
  RecipeCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: recipeadm
      MasterUserPassword: «welcome:docdb»  ⟦?password|placeholder-looking default used as a live DocumentDB master password⟧
      StorageEncrypted: true
"""),
    ("infra/cfn/opensearch-fdc.json", r"""
{
  "Resources": {
    "FdcSearch": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "fdc-alarms",
        "EngineVersion": "OpenSearch_2.11",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "fdcadmin",
            "MasterUserPassword": "«pwx:osfdc»"  ⟦password|OpenSearch master password (JSON)⟧
          }
        },
        "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "«uuid:kmsos»"}  ⟪KMS key id⟫
      }
    }
  }
}
"""),
    ("infra/cfn/apigw-supplier-keys.json", r"""
{
  "Resources": {
    "SiltronixKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "supplier-siltronix",
        "Enabled": true,
        "Value": "«b62:40-apikeysil»"  ⟦app-secret|API Gateway key Value for a supplier⟧
      }
    },
    "EntegrisKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "supplier-chemco", "Enabled": true, "GenerateDistinctId": true}
    }
  }
}
"""),
    ("infra/cdk/lib/amhs-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';

export class AmhsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    // MCS (material control system) replica for OHT/stocker analytics
    new rds.DatabaseInstance(this, 'McsReplica', {
      engine: rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromPassword('mcsadmin', cdk.SecretValue.unsafePlainText('«pwl:mcsreplica»')),  ⟦password|CDK unsafePlainText password⟧
      vpc: cdk.aws_ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'fab-data' }),
    });
    const vendor = sm.Secret.fromSecretNameV2(this, 'Daifuku', 'amhs/vendor-api');  ⟪fromSecretNameV2⟫
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue, aws_rds as rds, aws_ec2 as ec2

class YieldStack(Stack):
    def __init__(self, scope, cid, **kw):
        super().__init__(scope, cid, **kw)
        vpc = ec2.Vpc.from_lookup(self, "vpc", vpc_name="fab-data")
        rds.DatabaseCluster(self, "SortDb",
            engine=rds.DatabaseClusterEngine.aurora_postgres(version=rds.AuroraPostgresEngineVersion.VER_15_4),
            credentials=rds.Credentials.from_generated_secret("sortadmin"),  ⟪from_generated_secret⟫
            vpc=vpc)
        rds.DatabaseInstance(self, "ProbeCardDb",
            engine=rds.DatabaseInstanceEngine.MYSQL, vpc=vpc,
            credentials=rds.Credentials.from_password("pcadmin", SecretValue.unsafe_plain_text("«pwn:probecard»")))  ⟦password|CDK Python unsafe_plain_text password⟧

app = App()
YieldStack(app, "yieldscope-sort")
app.synth()
"""),
    ("infra/pulumi/Pulumi.tsx3.yaml", r"""
config:
  aws:region: ap-northeast-1
  fab:id: TSX3
  fab:mesDbPassword:
    secure: AAABA«b64k:40-g6»  ⟪Pulumi secure value⟫
  fab:historianPassword: «pw:pulumipi»  ⟦password|Pulumi plaintext config password⟧
  fab:pagerdutyKey: «pdkey:pulumipd»  ⟦pagerduty|PagerDuty key in Pulumi plaintext config⟧
"""),
    ("infra/sam/supplier-portal/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  CoaValidateFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: coa.handler
      Environment:
        Variables:
          SENDGRID_API_KEY: «sg:supplier»  ⟦app-secret|SendGrid key in SAM env⟧
          SAP_ARIBA_REALM: tessarine-T
          ARIBA_CLIENT_SECRET: '{{resolve:secretsmanager:supplierlink/ariba:SecretString:secret}}'  ⟪dynamic reference⟫
  PcnDigestFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: pcn.handler
      Environment:
        Variables:
          DOCUSIGN_INTEGRATION_KEY: «uuid:docusignik»  ⟪DocuSign integration key (an id)⟫
          DOCUSIGN_RSA_KEY: «jsonesc:pem:pkcs8:rsadocusign»  ⟦private-key|JSON-escaped RSA key in SAM env⟧
"""),
    ("infra/tf/sftp-osat/main.tf", r"""
module "osat_transfer" {
  source  = "terraform-aws-modules/transfer/aws"
  version = "~> 1.2"
  server_name = "osat-exchange"
}

resource "aws_transfer_user" "statschip" {
  server_id = module.osat_transfer.id
  user_name = "statschip"
  role      = "arn:aws:iam::618204937115:role/transfer-osat"
}

resource "aws_transfer_ssh_key" "statschip" {
  server_id = module.osat_transfer.id
  user_name = aws_transfer_user.statschip.user_name
  body      = "«sshpub:edstats:statschip-prod»"  ⟪SSH public key⟫
}

resource "aws_secretsmanager_secret_version" "amkor_pull" {
  secret_id     = "osat/amkortech/sftp"
  secret_string = "{\"Password\":\"«pwx:osatsftp»\",\"Role\":\"arn:aws:iam::618204937115:role/transfer-osat\"}"  ⟦password|SFTP password in a secret_string (same as the CronJob)⟧
}
"""),
    ("infra/tf/snowflake/providers.tf", r"""
provider "snowflake" {
  account  = "tessarine-yield"
  user     = "TF_ADMIN"
  password = "«snowpw:tfsnow»"  ⟦password|Snowflake provider password⟧
  role     = "ACCOUNTADMIN"
}
"""),
    ("infra/tf/snowflake/.terraform.lock.hcl", r"""
provider "registry.terraform.io/snowflake-labs/snowflake" {
  version     = "0.92.0"
  constraints = "~> 0.92"
  hashes = [
    "h1:«b64k:32-g7»",  ⟪lock hash⟫
    "zh:«sha256:lock1»",  ⟪lock hash⟫
  ]
}
"""),
    ("infra/tf/eks/kubeconfig.tf", r"""
locals {
  eap_edge_token = "«b62:48-eksstatic»"  ⟦app-secret|static Kubernetes service-account token in Terraform locals⟧
}
provider "kubernetes" {
  host                   = "https://«uhex:32-eksep».gr7.eu-central-1.eks.amazonaws.com"  ⟪EKS endpoint id⟫
  cluster_ca_certificate = base64decode(var.cluster_ca)
  token                  = local.eap_edge_token
}
"""),
    ("deploy/helm/mes-ui/values-tsx2.yaml", r"""
ingress:
  host: mes.tsx2.fab.tessarine.internal
env:
  OIDC_ISSUER: https://sso.tessarine-semi.com
  OIDC_CLIENT_ID: mes-ui
  SESSION_SECRET: «b62:48-mesuisession»  ⟦app-secret|session secret in Helm values⟧
  MES_API_TOKEN:
    valueFrom:
      secretKeyRef: {name: mes-ui, key: api-token}  ⟪secretKeyRef⟫
"""),
    ("deploy/helm/mcs-bridge/values.yaml", r"""
mcs:
  vendor: daifuku
  endpoint: tcp://mcs01.amhs.tsx2.fab.tessarine.internal:6000
  user: MCSHOST
  password: «pw6:mcshost»  ⟦password|AMHS MCS host password in Helm values⟧
rabbit:
  url: amqps://mcsbridge:«pwr:mcsrabbit»@b-7f3a.mq.eu-central-1.amazonaws.com:5671  ⟦conn-string|AMQPS URL with password⟧
"""),
    ("deploy/argocd/apps/fdc.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: sparrow-fdc
  namespace: argocd
spec:
  project: cim
  source:
    repoURL: https://github.com/tessarine-semi/fdc-deploy.git
    targetRevision: main
    path: charts/sparrow
    helm:
      parameters:
        - name: clickhouse.password
          value: «pwr:clickhouse»  ⟦password|Argo CD Helm parameter password (same ClickHouse password)⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: fdc
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-fdc-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://github.com/tessarine-semi/fdc-deploy.git
  username: tsx-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in an Argo CD repository Secret⟧
"""),
    ("deploy/k8s/sealed/wat-db.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: wat-db
  namespace: yield
spec:
  encryptedData:
    password: «sealed:watdb»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/sops/osat.enc.yaml", r"""
osat_amkortech_password: «sops:a»  ⟪SOPS value⟫
osat_statschip_key: «sops:b»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:eu-central-1:618204937115:key/«uuid:sopskms»
  mac: «sops:mac»  ⟪SOPS MAC⟫
  version: 3.8.1
"""),
    ("deploy/k8s/irsa/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: klarf-ingest
  namespace: yield
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::618204937115:role/irsa-klarf-ingest  ⟪IRSA role⟫
"""),
    ("deploy/nomad/fab-edge-syslog.nomad.hcl", r"""
job "fab-edge-syslog" {
  datacenters = ["tsx2-fab"]
  group "collector" {
    task "vector" {
      driver = "docker"
      config { image = "timberio/vector:0.37.1-debian" }
      template {
        data = <<EOH
SPLUNK_HEC_TOKEN={{ with secret "kv/fab/splunk" }}{{ .Data.data.hec }}{{ end }}
EOH
        destination = "secrets/env"  ⟪Vault template⟫
        env = true
      }
    }
  }
}
"""),
    ("deploy/systemd/rv-bridge.service", r"""
[Unit]
Description=TIBCO RV to RabbitMQ bridge (lotwright)
After=network-online.target

[Service]
User=rvbridge
Environment=RV_DAEMON=tcp:7500
Environment=AMQP_URL=amqps://rvbridge:«pwx:rvbridge»@b-7f3a.mq.eu-central-1.amazonaws.com:5671/mes  ⟦conn-string|AMQP URL with the broker password in a systemd unit⟧
ExecStart=/opt/rvbridge/bin/rvbridge --config /etc/rvbridge/bridge.yaml
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("buildkite/pipeline.yml", r"""
steps:
  - label: ":wafer: klarf parser wheels"
    command: |
      pip wheel . -w dist
      twine upload --repository-url https://artifactory.tessarine.internal/api/pypi/pypi-local -u ci-yield -p «pwx:pypiidx» dist/*  ⟦password|twine -p password on a Buildkite command⟧
    agents: {queue: linux}
  - label: ":docker: push"
    plugins:
      - ecr#v2.7.0: {login: true, account_ids: "839157204466"}
"""),
    ("ci/Jenkinsfile.calibre-regression", r"""
pipeline {
  agent { label 'eda-gov' }
  environment {
    LM_LICENSE_FILE = '27020@lic01:27020@lic02:27020@lic03'
    ARTIFACTORY = credentials('artifactory-eda')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('regress') {
      steps {
        sh 'calibre -drc -hier -turbo 32 rules/tsx180_drc.svrf'
        sh 'curl -u eda-ci:«pwx:edaartif» -T reports.tgz https://artifactory-gov.tessarine.internal/eda-reports/'  ⟦password|curl -u user:password in a Jenkinsfile⟧
      }
    }
  }
}
"""),
    ("ci/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>artifactory-eda</id>
          <username>eda-ci</username>
          <password>{«b64k:48-g8»}</password>  ⟪Jenkins encrypted value⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ansible/roles/flexlm/templates/license.dat.j2", r"""
SERVER lic01 «uhex:12-hostid1» 27020
SERVER lic02 «uhex:12-hostid2» 27020
SERVER lic03 «uhex:12-hostid3» 27020
VENDOR snpslmd /opt/flexlm/snpslmd
INCREMENT ICValidator snpslmd 2026.12 31-dec-2026 40 SIGN="«flexlm:icv»"  ⟦?app-secret|FlexLM licence signature (policy-dependent)⟧
"""),
    ("ansible/inventories/fab/host_vars/eap-mgmt01.yml", r"""
ansible_host: 10.42.8.21
ansible_user: eapadmin
ansible_become_password: «pwn:eapsudo»  ⟦password|become password in host_vars⟧
eap_report_db_password: «pwr:eapmysql»  ⟦password|host_vars database password (same as .my.cnf)⟧
"""),
    ("salt/pillar/fab/fmcs.sls", r"""
fmcs:
  opcua_user: opc_cleanwatch
  opcua_password: {{ salt['vault'].read_secret('kv/fab/fmcs')['opcua'] }}  ⟪Salt vault read⟫
  bacnet_password: «pw6:bacnetdcc»  ⟦password|BACnet DeviceCommunicationControl password in a Salt pillar⟧
"""),
]

# Dockerfiles of the smaller CIM services: build args only, except two that baked a value in
for _svc, _leak in (("spc-engine", None), ("lot-genealogy", None), ("klarf-ingest", "sas"),
                    ("pm-scheduler", None), ("wafer-map-ui", "npm"), ("alarm-router", None)):
    line = ""
    if _leak == "sas":
        line = "ENV KLARITY_DB_PASSWORD=«pw6:klaritywrite»  ⟦password|Dockerfile ENV defect database password⟧\n"
    elif _leak == "npm":
        line = "RUN echo \"//registry.npmjs.org/:_authToken=«npm:wafermap»\" > ~/.npmrc && npm ci && rm ~/.npmrc  ⟦npm|npm token echoed in a Dockerfile RUN⟧\n"
    FILES.append((f"docker/{_svc}/Dockerfile", f"""
FROM python:3.12-slim AS base
ARG PIP_INDEX_URL
WORKDIR /srv/{_svc}
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
{line}COPY . .
LABEL org.opencontainers.image.revision="«sha:rev-{_svc}»"  ⟪git revision⟫
USER 10001
CMD ["python", "-m", "{_svc.replace('-', '_')}"]
"""))

# Per-fab Kubernetes Secrets for the AMHS bridge (base64 data)
for _fab in ("tsx1", "tsx2", "tsx3"):
    FILES.append((f"deploy/k8s/amhs/{_fab}/secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: amhs-bridge
  namespace: amhs-{_fab}
type: Opaque
data:
  MCS_USER: «b64:lit:MCSHOST»  ⟪base64 user name⟫
  MCS_PASSWORD: «b64:pw6:mcs-{_fab}»  ⟦password-b64|base64 MCS password in a Secret ({_fab})⟧
  MCS_API_KEY: «b64:b62:32-mcsapi-{_fab}»  ⟦app-secret|base64 MCS API key in a Secret ({_fab})⟧
"""))

FILES += [
    ("infra/cfn/fab-edge-bastion.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fab-edge bastion and SMB bridge for tool-PC trace uploads (Windows, TSX1 Chandler)
Parameters:
  LocalAdminPassword:
    Type: String
    NoEcho: true
    Default: «pwc:bastionadm»  ⟦password|NoEcho Default of the bastion local admin⟧
  DomainJoinSecret:
    Type: String
    Default: fab/domain-join  ⟪secret name as Default⟫
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0f18d3c2b7a4e9615
      InstanceType: m6i.large
      KeyName: fab-edge-2026  ⟪key pair name⟫
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          net user Administrator "${LocalAdminPassword}"
          $smb = ConvertTo-SecureString "«pwl:tracesmb»" -AsPlainText -Force  ⟦password|SMB password in PowerShell UserData⟧
          New-SmbMapping -LocalPath T: -RemotePath \\fsx-traces.fab.tessarine.local\traces -UserName FAB\svc_trace -Password "«pwl:tracesmb»"  ⟦password|New-SmbMapping -Password (same)⟧
          [Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID','«akid:bastion»','Machine')  ⟦aws-key-id|key id set as a machine variable in UserData⟧
          [Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY','«awssec:bastion»','Machine')  ⟦aws-secret|secret key set as a machine variable⟧
          </powershell>
  TraceFsx:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 2048
      WindowsConfiguration:
        ThroughputCapacity: 64
        SelfManagedActiveDirectoryConfiguration:
          DomainName: fab.tessarine.local
          UserName: svc_fsxjoin
          Password: «pwn:fsxjoin»  ⟦password|FSx self-managed AD join password⟧
          DnsIps: [10.41.1.10, 10.41.1.11]
"""),
    ("infra/cfn/datasync-toolpc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from tool host PC shares (SMB) to S3 for FDC/trace archive
Resources:
  Etch12Location:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: 10.42.62.12
      Subdirectory: /TRACE
      User: lamsvc
      Password: «pw6:fse-ETCH12»  ⟦password|DataSync SMB password (the ETCH12 FSE login)⟧
      AgentArns: [arn:aws:datasync:eu-central-1:618204937115:agent/agent-0b7e3f19c2a4d5860]  ⟪agent ARN⟫
  Cvd04Location:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: 10.42.65.4
      Subdirectory: /LOGS
      User: amatsvc
      Password: '{{resolve:secretsmanager:toolpc/CVD04:SecretString:password}}'  ⟪dynamic reference⟫
      AgentArns: [arn:aws:datasync:eu-central-1:618204937115:agent/agent-0b7e3f19c2a4d5860]
"""),
    ("infra/cfn/sfn-maskshop.asl.json", r"""
{
  "Comment": "order a reticle set from the mask shop after tapeout sign-off",
  "StartAt": "CreateOrder",
  "States": {
    "CreateOrder": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.photronix-masks.com/v2/orders",
        "Method": "POST",
        "Headers": {"Authorization": "Bearer «b62:48-photronixbearer»"},  ⟦app-secret|bearer token in a Step Functions HTTP task⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:us-gov-west-1:274590316628:connection/maskshop/«uuid:connid»"}  ⟪connection ARN⟫
      },
      "End": true
    }
  }
}
"""),
    ("infra/cfn/cloudfront-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  PortalCdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Origins:
          - Id: portal-alb
            DomainName: supplierlink-alb-1187.eu-central-1.elb.amazonaws.com
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verification header⟧
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
        DefaultCacheBehavior:
          TargetOriginId: portal-alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/codepipeline-mes.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  MesPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::839157204466:role/codepipeline-mes
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: tessarine-semi
                Repo: lotwright
                Branch: main
                OAuthToken: «ghp:codepipeline»  ⟦github|CodePipeline v1 OAuthToken literal⟧
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: lotwright-build}
"""),
    ("infra/cfn/params/fdc-prod.json", r"""
{
  "Parameters": {
    "FabId": "TSX2",
    "SpcDbPassword": "«pwc:spcdb»",  ⟦password|CodePipeline template-configuration password (same as samconfig)⟧
    "ClickHousePassword": "«pwr:clickhouse»",  ⟦password|template-configuration ClickHouse password⟧
    "InfluxToken": "«urlsafe:64-influxfdc»"  ⟦app-secret|template-configuration Influx token (same as SAM)⟧
  },
  "Tags": {"cost-center": "CIM-4410"}
}
"""),
    ("infra/cfn/params/cleanwatch-tsx1.yaml", r"""
# rain/cfn-lint style parameter file
FmcsOpcUser: opc_cleanwatch
FmcsOpcPassword: «pwl:fmcsopc-tsx1»  ⟦password|YAML parameter file password (TSX1)⟧
DesigoApiKey: /cleanwatch/desigo/api-key  ⟪SSM parameter name⟫
"""),
    ("infra/tf/iot/main.tf", r"""
resource "aws_iot_thing" "subfab_gw" {
  name = "tsx2-subfab-gg01"
}

resource "aws_iot_topic_rule" "particle_excursion" {
  name        = "particle_excursion"
  enabled     = true
  sql         = "SELECT * FROM 'tsx2/cleanroom/+/particles' WHERE count_01um > 1000"
  sql_version = "2016-03-23"
  http {
    url = "https://hooks.slack.com/services/T«up:10-g9»/B«up:10-g10»/«b62:24-g11»"  ⟦slack|Slack webhook in an IoT rule HTTP action⟧
  }
}

resource "aws_iot_policy" "gg" {
  name   = "gg-subfab"
  policy = file("${path.module}/gg-policy.json")
}
"""),
    ("infra/tf/rds-spc/main.tf", r"""
resource "aws_db_instance" "spc" {
  identifier              = "spc-tsx2"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  username                = "spcadmin"
  password                = "«pwn:spcadmin»"  ⟦password|RDS password literal in Terraform⟧
  manage_master_user_password = null
  storage_encrypted       = true
}

resource "aws_db_instance" "spc_replica" {
  identifier                  = "spc-tsx2-ro"
  replicate_source_db         = aws_db_instance.spc.identifier
  instance_class              = "db.r6g.large"
}

resource "aws_db_instance" "wat" {
  identifier                  = "wat-tsx2"
  engine                      = "postgres"
  instance_class              = "db.t4g.medium"
  username                    = "watadmin"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/tf/ses/main.tf", r"""
resource "aws_iam_user" "smtp" {
  name = "ses-smtp-yield"
}
resource "aws_iam_access_key" "smtp" {
  user = aws_iam_user.smtp.name
}
output "smtp_password" {
  value     = aws_iam_access_key.smtp.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  sensitive = true
}
resource "random_password" "grafana" {
  length = 32
}
resource "aws_ssm_parameter" "grafana" {
  name  = "/yield/grafana-admin"
  type  = "SecureString"
  value = random_password.grafana.result  ⟪random_password result⟫
}
"""),
    ("infra/tf/vendor-access/providers.tf", r"""
provider "aws" {
  region     = "eu-central-1"
  alias      = "vendor_sandbox"
  access_key = "«akid:tfvendor»"  ⟦aws-key-id|access_key in a Terraform provider block⟧
  secret_key = "«awssec:tfvendor»"  ⟦aws-secret|secret_key in a Terraform provider block⟧
}

provider "aws" {
  region  = "eu-central-1"
  profile = "cim-prod"
}
"""),
    ("infra/tf/github/main.tf", r"""
provider "github" {
  owner = "tessarine-semi"
  token = "«ghp:tfgithub»"  ⟦github|GitHub provider token literal⟧
}

resource "github_actions_organization_secret" "sonar" {
  secret_name     = "SONAR_TOKEN"
  visibility      = "private"
  plaintext_value = "«sqp:orgsonar»"  ⟦sonarqube|SonarQube token as a plaintext_value⟧
}

resource "github_actions_organization_secret" "dd" {
  secret_name     = "DD_API_KEY"
  visibility      = "private"
  encrypted_value = "«b64k:80-g12»"  ⟪encrypted_value (sealed box)⟫
}
"""),
    ("infra/tf/envs/tsx2.tfvars", r"""
fab_id             = "TSX2"
region             = "eu-central-1"
mes_db_password    = "«pwc:mesdb»"  ⟦password|tfvars MES password (the same master password)⟧
historian_password = "«pwn:pihist»"  ⟦password|tfvars PI password (same as SAM)⟧
ad_admin_password  = "${AD_ADMIN_PASSWORD}"  ⟪env interpolation⟫
datadog_api_key    = "«ddapi:tf»"  ⟦datadog|Datadog key in tfvars (same as provider)⟧
"""),
    ("deploy/helm/fdc/values-tsx1.yaml", r"""
sparrow:
  fab: TSX1
  clickhouse:
    host: clickhouse.fdc.svc
    user: fdc
    password: «pwr:clickhouse-tsx1»  ⟦password|Helm ClickHouse password (TSX1)⟧
  collectors:
    - tool: PVD02
      type: opcua
      endpoint: opc.tcp://10.41.66.2:4840
      user: fdc
      password: «pw6:pvd02opc»  ⟦password|tool OPC UA password in Helm values⟧
    - tool: ETCH03
      type: secs
      endpoint: 10.41.62.3:5011
  influx:
    token:
      existingSecret: fdc-influx  ⟪existingSecret⟫
"""),
    ("deploy/helm/yield-jupyterhub/values.yaml", r"""
hub:
  config:
    GenericOAuthenticator:
      client_id: jupyterhub-yield
      client_secret: «b62:40-jhoauth»  ⟦app-secret|JupyterHub OAuth client secret⟧
      oauth_callback_url: https://jupyter.yield.tessarine.internal/hub/oauth_callback
  cookieSecret: «hex:64-jhcookie»  ⟦app-secret|JupyterHub cookie secret⟧
proxy:
  secretToken: «hex:64-jhproxy»  ⟦app-secret|JupyterHub proxy token⟧
singleuser:
  extraEnv:
    WANDB_API_KEY: «wandb:yield»  ⟦app-secret|Weights & Biases key in Helm values⟧
    HF_TOKEN: «hf:yield»  ⟦app-secret|Hugging Face token in Helm values⟧
"""),
    ("deploy/k8s/mes-ui/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: mes-ui
  namespace: lotwright
data:
  OIDC_ISSUER: https://sso.tessarine-semi.com
  FIREBASE_API_KEY: «aiza:mesui»  ⟪Firebase web key (public)⟫
  SENTRY_DSN: «sentryold:mesui»  ⟦sentry|legacy Sentry DSN with the secret part in a ConfigMap⟧
  FEATURE_FLAGS: lot-genealogy,wafer-map-v2
"""),
    ("deploy/compose/eda-license/docker-compose.yml", r"""
services:
  lmgrd:
    image: registry-gov.tessarine.internal/eda/flexlm:11.19
    network_mode: host
    volumes: [/opt/flexlm/licenses:/licenses:ro]
  license-portal:
    image: registry-gov.tessarine.internal/eda/lic-portal:1.4
    environment:
      LDAP_BIND_DN: cn=svc_licportal,ou=svc,dc=design,dc=tessarine,dc=internal
      LDAP_BIND_PASSWORD: «pwx:ldaplic»  ⟦password|LDAP bind password in compose⟧
      SECRET_KEY_BASE: «hex:128-licportal»  ⟦app-secret|secret_key_base in compose⟧
"""),
    ("ci/gitlab/eda-regression.gitlab-ci.yml", r"""
variables:
  LM_LICENSE_FILE: 27020@lic01.design.tessarine.internal
  GIT_STRATEGY: clone
regress:
  tags: [eda-gov]
  script:
    - export ARTIFACTORY_TOKEN=«b62:64-artifgov»  ⟦app-secret|Artifactory token exported in a GitLab job⟧
    - make regress
    - curl -H "X-JFrog-Art-Api: $ARTIFACTORY_TOKEN" -T out/regress.tgz https://artifactory-gov.tessarine.internal/eda-reports/
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY  ⟪CI_JOB_TOKEN⟫
register-runner:
  when: manual
  script:
    - gitlab-runner register --url https://gitlab.design.tessarine.internal --token «glrt:edarunner»  ⟦app-secret|GitLab runner token on a command line⟧
"""),
    ("ci/teamcity/settings.kts", r"""
object EapBuild : BuildType({
    name = "eap-hub"
    params {
        param("env.CIMETRIX_NUGET_USER", "tessarine-eap")
        password("env.CIMETRIX_NUGET_PASSWORD", "credentialsJSON:«uuid:tccred»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.SONAR_TOKEN", "«sqp:teamcity»")  ⟦sonarqube|SonarQube token as a plain TeamCity param⟧
    }
})
"""),
    ("ansible/roles/eap-toolpc/defaults/main.yml", r"""
eap_share: \\eap-fs01\recipes
eap_share_user: FAB\svc_eap
eap_share_password: "{{ lookup('amazon.aws.aws_secret', 'eap/share') }}"  ⟪lookup⟫
toolpc_local_admin: fabadmin
toolpc_local_admin_password: «pw6:toolpcadmin»  ⟦password|Ansible role default tool-PC admin password⟧
secomea_appliance_password: «pw6:secomea»  ⟦password|remote-access appliance password in role defaults⟧
"""),
    ("chef/cookbooks/lic_server/attributes/default.rb", r"""
default['flexlm']['port'] = 27020
default['flexlm']['admin_user'] = 'flexadm'
default['flexlm']['admin_password'] = '«pwn:flexadm»'  ⟦password|Chef attribute password (flexadm)⟧
default['flexlm']['options_file'] = '/opt/flexlm/snpslmd.opt'
"""),
]
