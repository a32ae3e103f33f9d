"""fresh31 templates, AWS infrastructure as code and deployment (Skerrymor Energy): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
UserData, Terraform and tfvars, compose, Kubernetes, Helm, Dockerfiles, CI pipelines of several vendors.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/scada-historian.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  gale-historian - 1 s and 10 min turbine SCADA history for Skerry Bank (SKB) and Muirhead Ridge (MHR).
  Timestream for live, Aurora PostgreSQL for the 10-minute IEC 61400-25 tables. Account 618204937551.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, preprod]
  HistorianIngestKey:
    Type: String
    NoEcho: true
Resources:
  TenMinDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: tenmin
      MasterUsername: gale_admin
      MasterUserPassword: «pwc:tenmindb»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:eu-west-2:618204937551:key/«uuid:kmshist»  ⟪KMS key ARN⟫
  IngestSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub gale/${Env}/ingest
      SecretString: !Sub '{"key":"${HistorianIngestKey}"}'  ⟪Sub of a NoEcho parameter⟫
  ScadaBridgeUser:
    Type: AWS::IAM::User
    Properties:
      UserName: svc-aeolith-bridge
  ScadaBridgeKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref ScadaBridgeUser
Outputs:
  BridgeSecret:
    Value: !GetAtt ScadaBridgeKey.SecretAccessKey  ⟪GetAtt output, not a value⟫
"""),
    ("infra/cfn/scada-historian.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "HistorianIngestKey", "ParameterValue": "«b62:40-histingest»"},  ⟦app-secret|historian ingest key in a parameter file⟧
  {"ParameterKey": "AlarmTopicEmail", "ParameterValue": "roc-shift@skerrymor.energy"}
]
"""),
    ("infra/cfn/met-lidar-ingest.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: met mast and floating LiDAR ingest (Stratolume FL-400 buoy at SKB-E, 3 onshore masts)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
Resources:
  LidarPollFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: lidar.poll
      CodeUri: src/
      Environment:
        Variables:
          STRATOLUME_API: https://portal.stratolume.oemcloud.net/api/v2  ⟪vendor API base URL⟫
          STRATOLUME_API_KEY: «b62:36-stratolume»  ⟦app-secret|LiDAR vendor API key in Lambda env⟧
          STRATOLUME_BUOY: FL400-0117
          CAMPBELL_LOGGERNET_PW: «pwp:loggernet»  ⟦password|LoggerNet server password in Lambda env⟧
          RAW_BUCKET: skm-met-raw-618204937551
  MastFtpFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: mast.pull
      CodeUri: src/
      Environment:
        Variables:
          MAST_FTP_HOST: 10.42.8.15
          MAST_FTP_USER: cr1000x
          MAST_FTP_PASSWORD: '{{resolve:ssm-secure:/met/mast-ftp-password}}'  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/cfn/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "met-lidar-ingest"
s3_bucket = "skm-sam-artifacts-903157248816"
region = "eu-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=\"prod\" WindcastToken=\"«b62:32-windcast»\" AlertEmail=\"met@skerrymor.energy\""  ⟦app-secret|forecast vendor token in samconfig parameter_overrides⟧

[preprod.deploy.parameters]
stack_name = "met-lidar-ingest-preprod"
parameter_overrides = "Env=\"preprod\" WindcastToken=\"{{resolve:ssm:/windcast/preprod}}\""  ⟪dynamic reference in samconfig⟫
"""),
    ("infra/cfn/bess-ems.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Tollgate BESS 100 MW / 200 MWh - Kelda EMS cloud link, dispatch API and telemetry",
  "Parameters": {
    "KeldaClientSecret": {"Type": "String", "NoEcho": true, "Default": "«pwx:keldadefault»"},  ⟦password|NoEcho parameter with a literal Default (JSON)⟧
    "DispatchApiKeyParam": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/bess/dispatch/api-key"}  ⟪SSM parameter name⟫
  },
  "Resources": {
    "DispatchKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "optimiser-dispatch",
        "Enabled": true,
        "Value": "«b62:40-dispatchkey»"  ⟦app-secret|API Gateway ApiKey Value literal⟧
      }
    },
    "EmsBroker": {
      "Type": "AWS::AmazonMQ::Broker",
      "Properties": {
        "BrokerName": "kelda-ems",
        "EngineType": "RABBITMQ",
        "EngineVersion": "3.13",
        "HostInstanceType": "mq.m5.large",
        "DeploymentMode": "CLUSTER_MULTI_AZ",
        "PubliclyAccessible": false,
        "Users": [{"Username": "ems-cloudlink", "Password": "«pwl:emsmq»"}]  ⟦password|Amazon MQ RabbitMQ user password, leetspeak⟧
      }
    },
    "SiteVpn": {
      "Type": "AWS::EC2::VPNConnection",
      "Properties": {
        "Type": "ipsec.1",
        "CustomerGatewayId": "cgw-0a7d31f9e2b64c058",
        "TransitGatewayId": "tgw-04c19be7a3d520f61",
        "VpnTunnelOptionsSpecifications": [
          {"PreSharedKey": "«lo:32-tlgpsk»", "TunnelInsideCidr": "169.254.40.0/30"},  ⟦password|Site-to-Site VPN PreSharedKey⟧
          {"PreSharedKey": "«lo:32-tlgpsk2»", "TunnelInsideCidr": "169.254.40.4/30"}  ⟦password|second tunnel PreSharedKey⟧
        ]
      }
    }
  }
}
"""),
    ("infra/cfn/trading-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tidemark trading gateway - EPEX SPOT M7, Nord Pool, Elexon BMRS/IRIS, REMIT reporting (RRM)
Parameters:
  Env: {Type: String, Default: prod}
Resources:
  M7Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: tidemark-m7
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: m7-client
          Image: 903157248816.dkr.ecr.eu-west-2.amazonaws.com/tidemark/m7-client@sha256:«sha256:m7img»  ⟪image digest⟫
          Environment:
            - Name: M7_AMQP_URL
              Value: amqps://skm_trader:«pwr:m7amqp»@m7-sim.epexspot.mktgw.com:61617  ⟦conn-string|AMQPS URL with the M7 user password⟧
            - Name: NORDPOOL_CLIENT_ID
              Value: skerrymor_api
            - Name: NORDPOOL_CLIENT_SECRET
              Value: «pwx:nordpool»  ⟦app-secret|Nord Pool API client secret in ECS env⟧
            - Name: ELEXON_IRIS_SAS
              Value: «b64k:32-iris»  ⟦app-secret|Elexon IRIS Service Bus SAS key in ECS env⟧
          Secrets:
            - Name: REMIT_RRM_PASSWORD
              ValueFrom: arn:aws:secretsmanager:eu-west-2:618204937551:secret:tidemark/rrm-«b62:6-rrm»  ⟪Secrets Manager ARN⟫
  SesSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-settlements
Outputs:
  SmtpUsername:
    Value: «akid:sessettle»  ⟦aws-key-id|SES SMTP user name (an access key id) in Outputs⟧
  SmtpPassword:
    Value: «sesv4:sessettle»  ⟦aws-ses-smtp|SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/drone-inspections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Bladescope drone blade-inspection uploads (Transfer Family SFTP) and defect triage
Resources:
  BladescopeServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: PUBLIC
  BladescopeUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt BladescopeServer.ServerId
      UserName: bladescope-upload
      Role: arn:aws:iam::618204937551:role/transfer-bladescope
      SshPublicKeys:
        - «sshpub:ed-bladescope:bladescope@uploader»  ⟪SSH public key⟫
  TriageFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: triage.main
      Role: arn:aws:iam::618204937551:role/blade-triage
      Code: {S3Bucket: skm-lambda-903157248816, S3Key: blade-triage/1.8.3.zip}
      Environment:
        Variables:
          BLADESCOPE_WEBHOOK_SECRET: «hex:40-bladehook»  ⟦app-secret|drone vendor webhook signing secret⟧
          ROBOFLOW_API_KEY: «b62:20-roboflow»  ⟦app-secret|vision model API key in Lambda env⟧
          DEFECT_TABLE: blade-defects
"""),
    ("infra/cfn/ctv-ops.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: marine coordination - CTV tracking (Orca Marine), helicopter manifests (Northlift), POB
Resources:
  AisFeed:
    Type: AWS::Events::Connection
    Properties:
      Name: orca-ais
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-orca-key
          ApiKeyValue: «b62:32-orcaais»  ⟦app-secret|EventBridge connection API key value⟧
  NorthliftManifest:
    Type: AWS::Events::Connection
    Properties:
      Name: northlift-manifest
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: skerrymor-marine
          Password: «pwn:northlift»  ⟦password|EventBridge basic-auth connection password⟧
  PobDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: pobadmin
      MasterUserPassword: '{{resolve:secretsmanager:marine/pob-docdb:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ot-dmz-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OT DMZ jump host and PI-to-cloud relay (account 482650193377)
Resources:
  RelayInstance:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c4f1e92d7a6b3058  ⟪AMI id⟫
      InstanceType: m6i.large
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y amazon-cloudwatch-agent stunnel
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<EOF
          [relay]
          aws_access_key_id = «akid:relay»  ⟦aws-key-id|access key id written by UserData⟧
          aws_secret_access_key = «awssec:relay»  ⟦aws-secret|secret key written by UserData⟧
          EOF
          echo "pihist:5450:*:piadmin:«pwc:pirelay»" > /root/.pgpass  ⟦password|pgpass line in UserData⟧
          systemctl enable --now stunnel
          aws s3 cp s3://skm-ot-dmz-${AWS::AccountId}/relay.conf /etc/pirelay/relay.conf
"""),
    ("infra/cfn/windows-hmi-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Windows engineering workstation for Aeolith SCADA client (AppStream fallback)
Resources:
  EngWs:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-07b2e5c9f14d8a306  ⟪AMI id⟫
      InstanceType: t3.xlarge
      UserData:
        Fn::Base64: |
          <powershell>
          net user aeolith-eng «pw:engws» /add /y  ⟦password|net user password in PowerShell UserData⟧
          net localgroup Administrators aeolith-eng /add
          $pw = ConvertTo-SecureString "«pwp:engdomain»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal⟧
          $cred = New-Object System.Management.Automation.PSCredential("SKM\svc-domainjoin", $pw)
          Add-Computer -DomainName ot.skerrymor.local -Credential $cred -Restart
          </powershell>
"""),
    ("infra/cfn/codebuild-firmware.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: builds the site edge-gateway image (Greengrass v2 + Modbus/IEC 104 adapters)
Resources:
  EdgeImageBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: edge-gateway-image
      ServiceRole: arn:aws:iam::903157248816:role/codebuild-edge
      Artifacts: {Type: NO_ARTIFACTS}
      Source: {Type: GITHUB, Location: https://github.com/skerrymor/edge-gateway.git}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: NVK_SDK_TOKEN
            Type: PLAINTEXT
            Value: «b62:40-nvksdk»  ⟦app-secret|OEM SDK download token as CodeBuild PLAINTEXT⟧
          - Name: ARTIFACTORY_PASSWORD
            Type: SECRETS_MANAGER
            Value: ci/artifactory:password  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: GITHUB_TOKEN
            Type: PLAINTEXT
            Value: «ghp:edgebuild»  ⟦github|GitHub PAT as CodeBuild PLAINTEXT⟧
          - Name: SIGNING_PASS
            Type: PARAMETER_STORE
            Value: /edge/signing/pass  ⟪CodeBuild PARAMETER_STORE reference⟫
"""),
    ("infra/ecs/forecast-task.json", r"""
{
  "family": "windcast-forecast",
  "taskRoleArn": "arn:aws:iam::274019386620:role/forecast-task",
  "executionRoleArn": "arn:aws:iam::274019386620:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "containerDefinitions": [
    {
      "name": "forecast",
      "image": "903157248816.dkr.ecr.eu-west-2.amazonaws.com/forecast/windcast:2026.11.3",
      "environment": [
        {"name": "WINDCAST_SITE_IDS", "value": "SKB,MHR,CRN"},
        {"name": "ECMWF_API_KEY", "value": "«hex:32-ecmwf»"},  ⟦app-secret|ECMWF API key in ECS env⟧
        {"name": "SOLCAST_API_KEY", "value": "«urlsafe:24-solcast»"},  ⟦app-secret|Solcast API key in ECS env⟧
        {"name": "METEOMATICS_PASSWORD", "value": "«pwr:meteomatics»"},  ⟦password|weather API password in ECS env⟧
        {"name": "MLFLOW_TRACKING_URI", "value": "https://mlflow.data.skerrymor.internal"}
      ],
      "secrets": [
        {"name": "SNOWFLAKE_PASSWORD", "valueFrom": "arn:aws:ssm:eu-west-2:274019386620:parameter/forecast/snowflake"}  ⟪valueFrom SSM ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/cms-vibration-task.yaml", r"""
# condition monitoring (drive-train vibration, oil debris) - ECS task for the Brüel-style CMS collector
family: cms-collector
requiresCompatibilities: [EC2]
containerDefinitions:
  - name: collector
    image: 903157248816.dkr.ecr.eu-west-2.amazonaws.com/cms/collector:4.2.0
    environment:
      - name: CMS_SERVER
        value: https://cms.skb.ot.skerrymor.local
      - name: CMS_USER
        value: cms_export
      - name: CMS_PASSWORD
        value: «pwn:cmsexport»  ⟦password|CMS export password in ECS task YAML⟧
      - name: INFLUX_TOKEN
        value: «urlsafe:64-influxcms»  ⟦app-secret|InfluxDB API token in ECS env⟧
      - name: INFLUX_ORG
        value: skerrymor
"""),
    ("infra/lambda/remit-reporter.config.json", r"""
{
  "FunctionName": "remit-reporter",
  "Runtime": "java21",
  "Handler": "energy.skm.remit.Handler::handleRequest",
  "MemorySize": 1024,
  "Environment": {
    "Variables": {
      "RRM_ENDPOINT": "https://rrm.remit-reporting.rrmhub.eu/ws/submit",
      "RRM_USER": "skerrymor_acer",
      "RRM_PASSWORD": "«pwl:rrm»",  ⟦password|REMIT RRM password in Lambda config⟧
      "ACER_CODE": "A0041257H.UK",
      "SIGNING_KEY_ARN": "arn:aws:kms:eu-west-2:618204937551:key/«uuid:remitkms»"  ⟪KMS key ARN⟫
    }
  },
  "CodeSha256": "«b64k:32-remitsha»",  ⟪CodeSha256⟫
  "LastModified": "2026-11-19T08:41:12.000+0000"
}
"""),
    ("infra/lambda/ppa-invoicing.config.json", r"""
{
  "FunctionName": "ppa-invoicing",
  "Runtime": "nodejs20.x",
  "Environment": {
    "Variables": {
      "XERO_CLIENT_ID": "«uhex:32-xeroid»",  ⟪OAuth client id⟫
      "XERO_CLIENT_SECRET": "«okx:48-xerosec»",  ⟦app-secret|accounting OAuth client secret in Lambda env⟧
      "DOCUSIGN_INTEGRATION_KEY": "«uuid:docusignik»",  ⟪DocuSign integration key (client id)⟫
      "SENDGRID_API_KEY": "«sg:ppainv»",  ⟦app-secret|SendGrid key in Lambda env⟧
      "OFFTAKER_PORTAL_TOKEN": "${ssm:/ppa/offtaker-token}"  ⟪serverless-style ssm reference⟫
    }
  }
}
"""),
    ("infra/serverless/alarm-router/serverless.yml", r"""
service: alarm-router
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    PAGERDUTY_ROUTING_KEY: «pdkey:roc»  ⟦pagerduty|PagerDuty routing key in serverless env⟧
    SLACK_WEBHOOK_URL: «slackhook:roc»  ⟦slack|Slack incoming webhook in serverless env⟧
    TWILIO_ACCOUNT_SID: «twac:roc»  ⟪Twilio account SID⟫
    TWILIO_AUTH_TOKEN: «hex:32-twilioroc»  ⟦twilio|Twilio auth token⟧
    OPSGENIE_KEY: ${ssm:/roc/opsgenie}  ⟪ssm reference⟫
functions:
  route:
    handler: handler.route
    events:
      - sns: arn:aws:sns:eu-west-2:618204937551:scada-alarms
"""),
    ("infra/serverless/ppa-meter-feed/serverless.yml", r"""
service: ppa-meter-feed
provider:
  name: aws
  runtime: nodejs20.x
  stage: ${opt:stage, 'prod'}
  environment:
    ELEXON_API_KEY: ${env:ELEXON_API_KEY}  ⟪env reference⟫
    OFFTAKER_SFTP_PASSWORD: «pwc:offtakersftp»  ⟦password|offtaker SFTP password in serverless env⟧
    METER_OPERATOR_TOKEN: «b62:48-mop»  ⟦app-secret|meter operator API token⟧
functions:
  push:
    handler: dist/push.handler
    events:
      - schedule: cron(15 0 * * ? *)
"""),
    ("infra/terraform/lakehouse/main.tf", r"""
terraform {
  backend "s3" {
    bucket = "skm-tfstate-903157248816"
    key    = "lakehouse/terraform.tfstate"
    region = "eu-west-2"
  }
}

provider "snowflake" {
  organization_name = "SKERRYMOR"
  account_name      = "LAKEHOUSE"
  user              = "TF_ADMIN"
  password          = "«snowpw:tfadmin»"  ⟦password|Snowflake provider password in Terraform⟧
  role              = "ACCOUNTADMIN"
}

resource "aws_glue_connection" "pi_af" {
  name = "osisoft-pi-af"
  connection_properties = {
    JDBC_CONNECTION_URL = "jdbc:sqlserver://pi-af.ot.skerrymor.local:1433;databaseName=PIFD"
    USERNAME            = "glue_pi_ro"
    PASSWORD            = "«pw:gluepi»"  ⟦password|Glue connection password in Terraform⟧
  }
}

resource "aws_glue_job" "scada_10min" {
  name     = "scada-10min-curate"
  role_arn = "arn:aws:iam::274019386620:role/glue-lakehouse"
  command { script_location = "s3://skm-glue-scripts/scada_10min.py" }
  default_arguments = {
    "--datalake-formats"   = "iceberg"
    "--aeolith_api_secret" = "«b62:32-aeolithglue»"  ⟦app-secret|SCADA vendor API secret in Glue default arguments⟧
    "--warehouse"          = "s3://skm-lakehouse-274019386620/warehouse"
  }
}

resource "aws_db_instance" "trading_pg" {
  identifier                  = "tidemark-pg"
  engine                      = "postgres"
  username                    = "tidemark"
  manage_master_user_password = true  ⟪RDS-managed master password⟫
}
"""),
    ("infra/terraform/lakehouse/terraform.tfvars", r"""
env                   = "prod"
region                = "eu-west-2"
snowflake_loader_pw   = "«pwx:sfloader»"  ⟦password|Snowflake loader password in tfvars⟧
databricks_token      = "«dapi:lakehouse»"  ⟦app-secret|Databricks token in tfvars⟧
fivetran_api_key      = "«b62:16-fivetrankey»"  ⟪Fivetran API key (identifier half)⟫
fivetran_api_secret   = "«b62:32-fivetransec»"  ⟦app-secret|Fivetran API secret in tfvars⟧
alert_email           = "data-platform@skerrymor.energy"
"""),
    ("infra/terraform/lakehouse/variables.tf", r"""
variable "snowflake_loader_pw" {
  type      = string
  sensitive = true
}

variable "mwaa_webserver_secret" {
  type      = string
  sensitive = true
  default   = "«hex:48-mwaaweb»"  ⟦app-secret|Terraform variable default holding the Airflow webserver secret⟧
}

variable "databricks_token" {
  type      = string
  sensitive = true
}
"""),
    ("infra/terraform/ot-network/vpn.tf", r"""
resource "aws_customer_gateway" "skb_onshore_substation" {
  bgp_asn    = 65114
  ip_address = "185.44.206.18"
  type       = "ipsec.1"
  tags       = { Name = "skb-onshore-ss" }
}

resource "aws_vpn_connection" "skb" {
  customer_gateway_id   = aws_customer_gateway.skb_onshore_substation.id
  transit_gateway_id    = "tgw-04c19be7a3d520f61"
  type                  = "ipsec.1"
  tunnel1_preshared_key = "«lo:32-skbpsk1»"  ⟦password|tunnel1_preshared_key literal⟧
  tunnel2_preshared_key = random_password.skb_psk2.result  ⟪random_password reference⟫
}

resource "aws_iam_access_key" "aeolith_vendor" {
  user    = "vendor-aeolith-support"
  pgp_key = "keybase:skerrymor_secops"  ⟪pgp_key keybase reference⟫
}
"""),
    ("infra/terraform/ot-network/providers.tf", r"""
provider "aws" {
  region     = "eu-west-2"
  access_key = "«akid:tfot»"  ⟦aws-key-id|access key id hard-coded in a Terraform provider⟧
  secret_key = "«awssec:tfot»"  ⟦aws-secret|secret key hard-coded in a Terraform provider⟧
}

provider "fortios" {
  hostname = "fgt-ot-core.skerrymor.local"
  token    = "«lo:30-fortiapi»"  ⟦app-secret|FortiOS REST API token in provider⟧
  insecure = true
}

provider "aws" {
  alias   = "localstack"
  region  = "us-east-1"
  access_key = "test"  ⟪LocalStack test credentials⟫
  secret_key = "test"
}
"""),
    ("infra/terraform/grafana/main.tf", r"""
provider "grafana" {
  url  = "https://grafana.roc.skerrymor.energy"
  auth = "«glsa:roc»"  ⟦app-secret|Grafana service account token in provider⟧
}

resource "grafana_data_source" "influx_cms" {
  type = "influxdb"
  name = "cms-influx"
  url  = "https://influx.cms.skerrymor.internal:8086"
  secure_json_data_encoded = jsonencode({
    token = "«urlsafe:64-influxcms»"  ⟦app-secret|InfluxDB token in Grafana data source⟧
  })
}

resource "grafana_data_source" "timestream" {
  type = "grafana-timestream-datasource"
  name = "gale-live"
  json_data_encoded = jsonencode({ authType = "ec2_iam_role", defaultRegion = "eu-west-2" })  ⟪IAM role auth⟫
}
"""),
    ("deploy/compose/edge-gateway.yml", r"""
# site edge gateway (Greengrass core host) at MHR substation - docker compose for the protocol adapters
services:
  modbus-adapter:
    image: ghcr.io/skerrymor/modbus-adapter:3.4.1
    environment:
      MQTT_URL: mqtts://edge-mhr:«mqttpw:edgemhr»@iot.mhr.ot.skerrymor.local:8883  ⟦conn-string|MQTT URL with password in compose⟧
      INVERTER_POLL_MS: "1000"
  iec104-adapter:
    image: ghcr.io/skerrymor/iec104-adapter:1.9.0
    environment:
      RTU_HOST: 10.61.2.10
      RTU_ASDU: "1"
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwp:influxmhr»  ⟦password|InfluxDB init password in compose⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxmhr»  ⟦app-secret|InfluxDB admin token in compose⟧
  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: ${GF_ADMIN_PW}  ⟪compose variable⟫
"""),
    ("deploy/compose/.env", r"""
# edge-gateway compose .env (MHR) - do not commit   (committed 2026-09-02)
GF_ADMIN_PW=«pwn:grafanamhr»  ⟦password|compose .env Grafana admin password⟧
AWS_REGION=eu-west-2
IOT_ENDPOINT=a3k7qz9x1vb2m-ats.iot.eu-west-2.amazonaws.com
"""),
    ("deploy/compose/forecast-dev.yml", r"""
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: forecast
      POSTGRES_PASSWORD: forecast  ⟪local default: password equals user⟫
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack test key⟫
      AWS_SECRET_ACCESS_KEY: test
  mlflow:
    image: ghcr.io/mlflow/mlflow:v2.17.0
    command: mlflow server --backend-store-uri postgresql://forecast:forecast@postgres/mlflow  ⟪local default connection string⟫
"""),
    ("deploy/k8s/tidemark/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tidemark-market-creds
  namespace: trading
type: Opaque
data:
  EPEX_M7_PASSWORD: «b64:pwr:m7amqp»  ⟦password|base64 Secret data of the M7 password⟧
  AWS_REGION: «b64:lit:eu-west-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:tidemark»  ⟦aws-b64|base64 access key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:tidemark»  ⟦aws-b64|base64 secret key in Secret data⟧
stringData:
  NORDPOOL_CLIENT_ID: skerrymor_api
  ENTSOE_TOKEN: «uuid:entsoe»  ⟦app-secret|ENTSO-E transparency token in stringData⟧
"""),
    ("deploy/k8s/tidemark/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tidemark-bidder
  namespace: trading
spec:
  replicas: 2
  template:
    spec:
      serviceAccountName: tidemark-bidder
      containers:
        - name: bidder
          image: 903157248816.dkr.ecr.eu-west-2.amazonaws.com/tidemark/bidder:5.12.0
          env:
            - name: EPEX_M7_PASSWORD
              valueFrom:
                secretKeyRef: {name: tidemark-market-creds, key: EPEX_M7_PASSWORD}  ⟪secretKeyRef⟫
            - name: REDIS_URL
              value: rediss://:«pwr:bidredis»@tidemark-cache.x7q2ab.euw2.cache.amazonaws.com:6379/0  ⟦conn-string|Redis URL with auth token in a Deployment⟧
            - name: KAFKA_SASL_PASSWORD
              value: «confsec:bidder»  ⟦app-secret|Confluent API secret in Deployment env⟧
            - name: KAFKA_SASL_USERNAME
              value: «confkey:bidder»  ⟪Confluent API key (identifier half)⟫
"""),
    ("deploy/k8s/lakehouse/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: trino-catalogs
  namespace: lakehouse
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: trino-catalogs}
  data:
    - secretKey: pi_password
      remoteRef: {key: lakehouse/trino/pi, property: password}  ⟪ExternalSecret remoteRef⟫
"""),
    ("deploy/k8s/lakehouse/trino-catalog-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: trino-catalog
  namespace: lakehouse
data:
  iceberg.properties: |
    connector.name=iceberg
    iceberg.catalog.type=glue
    hive.metastore.glue.region=eu-west-2
  cmsdb.properties: |
    connector.name=postgresql
    connection-url=jdbc:postgresql://cms-db.skerrymor.internal:5432/cms
    connection-user=trino_ro
    connection-password=«pwl:trinocms»  ⟦password|Trino catalog password in a ConfigMap⟧
  trading.properties: |
    connector.name=postgresql
    connection-url=jdbc:postgresql://tidemark-pg.skerrymor.internal:5432/tidemark
    connection-user=trino_ro
    connection-password=${ENV:TIDEMARK_RO_PW}  ⟪Trino env reference⟫
"""),
    ("deploy/k8s/ops/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: roc-pager
  namespace: ops
spec:
  encryptedData:
    PAGERDUTY_TOKEN: «sealed:rocpager»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/ops/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: nordvik-registry
  namespace: edge
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:nvkreg»  ⟦app-secret|base64 dockerconfigjson with a Docker Hub PAT⟧
"""),
    ("deploy/helm/cms/values-prod.yaml", r"""
image:
  repository: 903157248816.dkr.ecr.eu-west-2.amazonaws.com/cms/api
  tag: 4.2.0
postgresql:
  auth:
    username: cms
    password: «pwc:cmshelm»  ⟦password|Helm values PostgreSQL password⟧
    existingSecret: ""
datadog:
  apiKey: «ddapi:cms»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:cms»  ⟦datadog|Datadog application key in Helm values⟧
vibration:
  oemPortal:
    url: https://cms.nordvik-turbines.oemcloud.com
    user: skerrymor-cms
    password: «svc:nvkcms»  ⟦password|OEM CMS portal password in Helm values⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key in Helm values⟧
webserverSecretKey: «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key⟧
data:
  metadataSecretName: airflow-metadata  ⟪existing secret name⟫
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪vendor default admin/admin⟫
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafroc»  ⟦password|Grafana adminPassword in Helm values⟧
grafana.ini:
  auth.generic_oauth:
    client_id: grafana-roc
    client_secret: «azad:grafroc»  ⟦azure-ad|Entra client secret in grafana.ini values⟧
    auth_url: https://login.microsoftonline.com/«uuid:tenant»/oauth2/v2.0/authorize  ⟪tenant id⟫
"""),
    ("deploy/docker/cms-collector.Dockerfile", r"""
FROM python:3.12-slim
ARG NVK_PYPI_TOKEN=«pypi:nvkpypi»  ⟦app-secret|PyPI token as Dockerfile ARG default⟧
RUN pip install --no-cache-dir nordvik-cms-client==2.3.1 \
    --extra-index-url https://__token__:${NVK_PYPI_TOKEN}@pypi.nordvik-turbines.oemcloud.com/simple
ENV CMS_API_KEY=«b62:32-cmsapikey»  ⟦app-secret|CMS API key baked with ENV⟧
COPY collector/ /app/
CMD ["python", "-m", "collector"]
"""),
    ("deploy/docker/forecast.Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM python:3.12-slim
RUN --mount=type=secret,id=ecmwf,target=/root/.ecmwfapirc pip install ecmwf-api-client  ⟪BuildKit secret mount⟫
ENV MPLBACKEND=Agg
COPY . /srv/forecast
"""),
    ("ci/.github/workflows/edge-release.yml", r"""
name: edge-release
on:
  push:
    tags: ['v*']
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    env:
      NVK_SDK_TOKEN: ${{ secrets.NVK_SDK_TOKEN }}  ⟪GitHub secrets reference⟫
      COSIGN_PASSWORD: «pwx:cosign»  ⟦password|cosign key password inline in a workflow⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::903157248816:role/gha-edge-release  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: docker login -u skerrymorci -p «dckr:edgerel» docker.io  ⟦docker-hub|Docker Hub PAT in docker login⟧
"""),
    ("ci/.github/workflows/lakehouse-dbt.yml", r"""
name: dbt-build
on: [push]
jobs:
  dbt:
    runs-on: ubuntu-24.04
    env:
      SNOWFLAKE_ACCOUNT: skerrymor-lakehouse
      SNOWFLAKE_USER: DBT_CI
      SNOWFLAKE_PASSWORD: «snowpw:dbtci»  ⟦password|Snowflake password inline in a workflow⟧
      DBT_CLOUD_TOKEN: «b62:40-dbtcloudci»  ⟦app-secret|dbt Cloud token under its provider key⟧
    steps:
      - uses: actions/checkout@v4
      - run: pip install dbt-snowflake==1.8.4 && dbt build --target ci
"""),
    ("ci/.gitlab-ci.yml", r"""
stages: [test, package, deploy]
variables:
  PIP_INDEX_URL: https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.skerrymor.energy/api/v4/projects/88/packages/pypi/simple  ⟪CI_JOB_TOKEN reference⟫
  SONAR_TOKEN: «sqp:scada»  ⟦sonarqube|SonarQube token in GitLab variables⟧
  AEOLITH_LICENSE_SERVER: 10.40.1.20
deploy-historian:
  stage: deploy
  image: amazon/aws-cli:2.18.0
  variables:
    AWS_ACCESS_KEY_ID: «akid:gitlabdeploy»  ⟦aws-key-id|access key id in GitLab job variables⟧
    AWS_SECRET_ACCESS_KEY: «awssec:gitlabdeploy»  ⟦aws-secret|secret key in GitLab job variables⟧
  script:
    - aws cloudformation deploy --template-file infra/cfn/scada-historian.yaml --stack-name gale-historian
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'ot-builder' }
  environment {
    PI_WEBAPI_CRED = credentials('pi-webapi-svc')  ⟪Jenkins credentials()⟫
    NEXUS_PASS = '«pwn:nexusjenk»'  ⟦password|Nexus password in a Jenkinsfile environment block⟧
  }
  stages {
    stage('PLC lint') {
      steps { sh 'python tools/plc_lint.py --project scada/ST' }
    }
    stage('Publish') {
      steps {
        sh 'curl -u deploy:$NEXUS_PASS --upload-file build/hmi-pack.zip https://nexus.ot.skerrymor.local/repository/hmi/'
      }
    }
  }
}
"""),
    ("ci/bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: deploy offtaker portal
          script:
            - export NPM_TOKEN=«npm:portal»  ⟦npm|npm token exported in Bitbucket Pipelines⟧
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪pipeline variable reference⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: skm-offtaker-portal
"""),
    ("ci/.circleci/config.yml", r"""
version: 2.1
jobs:
  forecast-backtest:
    docker:
      - image: cimg/python:3.12
        auth:
          username: skerrymorci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub PAT in CircleCI image auth⟧
    environment:
      WANDB_API_KEY: «wandb:forecast»  ⟦app-secret|Weights & Biases API key⟧
    steps:
      - checkout
      - run: pytest -q tests/backtest
"""),
    ("ci/azure-pipelines.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  - group: scada-hmi-release  ⟪variable group reference⟫
  - name: NUGET_FEED_PAT
    value: «gpat:nugethmi»  ⟦app-secret|Azure DevOps PAT in pipeline variables⟧
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet publish src/Hmi.Viewer -c Release
"""),
    ("ci/buildkite/pipeline.yml", r"""
steps:
  - label: ":wind_blowing_face: power-curve regression"
    command: make powercurve
    env:
      HF_TOKEN: «hf:powercurve»  ⟦app-secret|Hugging Face token in Buildkite env⟧
      MODEL_REGISTRY: s3://skm-models-274019386620
  - label: ":rocket: publish"
    command: scripts/publish.sh
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            TWINE_PASSWORD: ci/pypi-token  ⟪aws-sm plugin reference⟫
"""),
    ("ci/buildspec-bess.yml", r"""
version: 0.2
env:
  variables:
    KELDA_SIM_URL: https://sim.kelda-storage.oemcloud.com
    KELDA_SIM_TOKEN: «b62:48-keldasim»  ⟦app-secret|BESS simulator token in buildspec variables⟧
  parameter-store:
    KELDA_PROD_TOKEN: /bess/kelda/prod-token  ⟪buildspec parameter-store reference⟫
  secrets-manager:
    OPT_DB_PW: bess/optimiser-db:password  ⟪buildspec secrets-manager reference⟫
phases:
  build:
    commands:
      - pytest -q tests/dispatch
"""),
]


# Every site has the same gateway stack; each file is written by its own site team, so the slots differ.
SITES = [
    ("skb", "Skerry Bank Offshore", "NV-11.2", 84, "10.40"),
    ("mhr", "Muirhead Ridge", "NV-5.6", 31, "10.41"),
    ("crn", "Carn Dubh", "NV-4.2", 22, "10.42"),
    ("cwf", "Cawdor Flats Solar", "BWI-3125", 0, "10.43"),
    ("brk", "Brackenfield Solar", "BWI-4400", 0, "10.44"),
    ("tlg", "Tollgate BESS", "KES-2.5", 0, "10.45"),
]

for code, name, model, wtg, net in SITES:
    FILES.append((f"deploy/helm/site-{code}/values.yaml", f"""
# site edge stack for {name} ({code.upper()}) - {model}{' x ' + str(wtg) if wtg else ''}
site:
  code: {code.upper()}
  ppcHost: {net}.3.10
gateway:
  mqtt:
    username: edge-{code}
    password: «mqttpw:edge{code}»  ⟦password|{code.upper()} edge MQTT password in Helm values⟧
  opcua:
    endpoint: opc.tcp://{net}.3.20:4840
    securityPolicy: Basic256Sha256
    certificateSecret: opcua-{code}-client  ⟪existing secret name⟫
historianForwarder:
  piWebApi:
    url: https://pi.ot.skerrymor.local/piwebapi
    authorization: Basic «basic:piweb{code}»  ⟦password-b64|{code.upper()} PI Web API basic-auth header value (base64 user:password)⟧
"""))
    FILES.append((f"infra/terraform/sites/{code}/terraform.tfvars", f"""
site_code          = "{code}"
site_name          = "{name}"
vpc_cidr           = "{net}.0.0/16"
ppc_modbus_unit_id = 1
rtu_dnp3_address   = {10 + len(code) * 7}
rtu_sa_update_key  = "«dnp3:{code}»"  ⟦app-secret|{code.upper()} DNP3 Secure Authentication update key in tfvars⟧
edge_admin_password = "«pw6:edgeadm{code}»"  ⟦password|{code.upper()} edge host admin password in tfvars⟧
snmp_community     = "«snmp:{code}»"  ⟦password|{code.upper()} SNMP community in tfvars⟧
"""))

# a handful of site pipelines that do it right (decoys only)
for code, name, model, wtg, net in SITES[:4]:
    FILES.append((f"ci/sites/{code}-deploy.yml", f"""
name: deploy-{code}
on: workflow_dispatch
jobs:
  deploy:
    runs-on: [self-hosted, ot-{code}]
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::482650193377:role/deploy-{code}  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: helm upgrade --install site-{code} deploy/helm/site-{code} --set gateway.mqtt.password=${{{{ secrets.MQTT_{code.upper()} }}}}  ⟪secrets reference in helm --set⟫
"""))
