"""fresh34 templates, infrastructure as code and deployment (Tarrow Airports Group): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
UserData, Terraform and tfvars, compose, Kubernetes, Helm, Dockerfiles and CI pipelines of several vendors.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/aodb-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  skyline-aodb - airport operational database for TRW and KLB (flights, stands, gates, belts, turnaround
  milestones). Aurora PostgreSQL, ECS Fargate, Amazon MQ (RabbitMQ) fan-out to FIDS/RMS/BHS.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, preprod]
  SitaTypeBPassword:
    Type: String
    NoEcho: true
Resources:
  AodbCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: aodb
      MasterUsername: aodb_owner
      MasterUserPassword: «pwc:aodbmaster»  ⟦password|Aurora master password, company name + digits⟧
      KmsKeyId: arn:aws:kms:eu-west-2:518204967331:key/«uuid:kmsaodb»  ⟪KMS key ARN⟫
      DeletionProtection: true
  FanoutBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub aodb-fanout-${Env}
      EngineType: RABBITMQ
      EngineVersion: 3.13
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      Users:
        - Username: aodb-publisher
          Password: '{{resolve:secretsmanager:aodb/mq-publisher:SecretString:password}}'  ⟪dynamic reference⟫
        - Username: fids-consumer
          Password: «pw:fidsmq»  ⟦password|Amazon MQ user password, season + year⟧
  SitaSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub aodb/${Env}/sita-typeb
      SecretString: !Sub '{"user":"TRWKOXH","password":"${SitaTypeBPassword}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/aodb-core.params.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "SitaTypeBPassword", "ParameterValue": "«pw6:sitatypeb»"},  ⟦password|SITA Type B gateway password in a parameter file⟧
  {"ParameterKey": "OpsAlertEmail", "ParameterValue": "aoc-duty@tarrow-airports.com"},
  {"ParameterKey": "AcdmPortalKey", "ParameterValue": "«b62:40-acdm»"}  ⟦app-secret|A-CDM portal API key in a parameter file⟧
]
"""),
    ("infra/cfn/fids-render.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: fids-render - builds the flight information display pages for 612 screens (TRW T1/T2, KLB)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    MemorySize: 1024
Resources:
  PageBuilderFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fids.pages.handler
      CodeUri: src/
      Environment:
        Variables:
          AODB_API: https://aodb.int.tarrow-airports.com/v2
          AODB_API_KEY: «b62:48-aodbapi»  ⟦app-secret|AODB API key in SAM Lambda env⟧
          WEATHER_METAR_TOKEN: «hex:32-metar»  ⟦app-secret|aviation weather feed token in Lambda env⟧
          GOOGLE_MAPS_KEY: «aiza:wayfinding»  ⟪Maps browser key, public⟫
          SIGNAGE_CMS_SECRET: '{{resolve:ssm-secure:/fids/cms-secret}}'  ⟪ssm-secure reference⟫
  CodeshareFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: fids.codeshare.handler
      CodeUri: src/
      Environment:
        Variables:
          OAG_SCHEDULES_KEY: «hex:32-oag»  ⟦app-secret|OAG schedules API key⟧
          CIRIUM_APP_ID: «hex:8-ciriumid»  ⟪Cirium app id, an identifier⟫
          CIRIUM_APP_KEY: «hex:32-ciriumkey»  ⟦app-secret|Cirium FlightStats app key⟧
"""),
    ("infra/cfn/fids-render/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "fids-render-prod"
s3_bucket = "trw-sam-artifacts-271950384416"
s3_prefix = "fids-render"
region = "eu-west-2"
confirm_changeset = false
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=\"prod\" CmsUser=\"fids-render\" CmsPassword=\"«pwl:cmspw»\" ScreenCount=\"612\""  ⟦password|samconfig parameter_overrides password⟧
image_repositories = []

[preprod.deploy.parameters]
stack_name = "fids-render-preprod"
parameter_overrides = "Env=\"preprod\" CmsUser=\"fids-render\" CmsPassword=\"{{resolve:ssm:/fids/preprod/cms}}\""  ⟪resolve reference⟫
"""),
    ("infra/cfn/bhs-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  bagtrack - BHS/BRS gateway. Receives BSM/BPM (Type B via SITA) and PLC sortation events from the
  baggage handling system SCADA (vendor: Vanmark Systems) over a Site-to-Site VPN, writes to Kinesis.
Parameters:
  ScadaPeerIp:
    Type: String
    Default: 203.0.113.44  ⟪documentation address⟫
Resources:
  BhsVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref BhsCgw
      TransitGatewayId: tgw-0c8e1f2a93b4d5067  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «b62:32-bhspsk1»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 1⟧
          TunnelInsideCidr: 169.254.44.0/30
        - PreSharedKey: «b62:32-bhspsk2»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 2⟧
          TunnelInsideCidr: 169.254.44.4/30
  BsmStream:
    Type: AWS::Kinesis::Stream
    Properties:
      Name: bagtrack-bsm
      ShardCount: 4
      StreamEncryption:
        EncryptionType: KMS
        KeyId: alias/aws/kinesis
  BrsTaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: bagtrack-brs
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: brs
          Image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/bagtrack-brs@sha256:«sha256:brsimg»  ⟪image digest⟫
          Environment:
            - Name: SITA_BAGMSG_HOST
              Value: bagmsg.sita.aero
            - Name: SITA_BAGMSG_PASSWORD
              Value: «pw6:sitabag»  ⟦password|SITA BagMessage password in ECS env⟧
            - Name: PLC_OPCUA_PASSWORD
              Value: «pwp:opcua»  ⟦password|OPC UA session password in ECS env, short and weak⟧
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:eu-west-2:604173829150:secret:bagtrack/db-«b62:6-bagdb»  ⟪ValueFrom Secrets Manager ARN⟫
"""),
    ("infra/cfn/parking-prebook.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "parkline - pre-booked parking, ANPR entry/exit and payment (account 839462017745)",
  "Parameters": {
    "BarrierVendorKey": {"Type": "String", "NoEcho": true, "Default": "«b62:36-barrier»"},  ⟦app-secret|NoEcho parameter with a literal Default (barrier vendor key)⟧
    "StripeKeyParam": {"Type": "AWS::SSM::Parameter::Value<String>", "Default": "/parkline/prod/stripe-secret"}  ⟪SSM parameter type⟫
  },
  "Resources": {
    "PrebookFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "parkline-prebook",
        "Runtime": "nodejs20.x",
        "Handler": "index.handler",
        "Role": {"Fn::GetAtt": ["PrebookRole", "Arn"]},
        "Environment": {
          "Variables": {
            "STRIPE_SECRET_KEY": "«sk:parkline»",  ⟦stripe|Stripe live secret key in Lambda env⟧
            "STRIPE_PUBLISHABLE_KEY": "«pk:parkline»",  ⟪Stripe publishable key⟫
            "ANPR_WEBHOOK_SECRET": "«whsec:anpr»",  ⟦stripe|Stripe webhook signing secret⟧
            "BARRIER_KEY": {"Ref": "BarrierVendorKey"}
          }
        }
      }
    },
    "PrebookApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "travel-agent-aggregator",
        "Enabled": true,
        "Value": "«b62:40-aggkey»"  ⟦app-secret|API Gateway ApiKey with a literal Value⟧
      }
    }
  }
}
"""),
    ("infra/cfn/ses-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the AOC shift mailer and the parking receipts relay (eu-west-1 SES)
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-aoc
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
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
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt output, no literal⟫
  # handed to the FIDS vendor in 2024 before this stack existed, still in use by the KLB display PCs:
  LegacySmtpUser:
    Value: «akid:sesklb»  ⟦aws-key-id|legacy SES SMTP user in an Outputs comment block⟧
  LegacySmtpPassword:
    Value: «sesv4:sesklb»  ⟦aws-ses-smtp|legacy SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/crew-badging-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ID-pass office badge printer host (Windows, prints airside passes for staff and tenants)
Resources:
  BadgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a3f9c2e71d4b8e65  ⟪AMI id⟫
      InstanceType: t3.large
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString '«pwn:badgeadm»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString in UserData⟧
          New-LocalUser -Name "idpass-svc" -Password $pw -PasswordNeverExpires
          Add-LocalGroupMember -Group "Administrators" -Member "idpass-svc"
          $env:AWS_ACCESS_KEY_ID = "«akid:badgehost»"  ⟦aws-key-id|static key in UserData⟧
          $env:AWS_SECRET_ACCESS_KEY = "«awssec:badgehost»"  ⟦aws-secret|its secret in UserData⟧
          Read-S3Object -BucketName trw-idpass-installers -Key cardexpert/setup.msi -File C:\Temp\setup.msi
          Start-Process msiexec -ArgumentList "/i C:\Temp\setup.msi DBPASS=«pwr:cardexpertdb» /qn" -Wait  ⟦password|msiexec property password⟧
          </powershell>
"""),
    ("infra/cfn/codebuild-fids.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild for fids-render and the signage player image
Resources:
  FidsBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: fids-render-build
      ServiceRole: !GetAtt BuildRole.Arn
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/tarrow-airports/fids-render.git
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: SONAR_TOKEN
            Type: PLAINTEXT
            Value: «sqp:fids»  ⟦app-secret|SonarQube token as PLAINTEXT CodeBuild variable⟧
          - Name: NPM_TOKEN
            Type: PLAINTEXT
            Value: «npm:fidsbuild»  ⟦npm|npm token as PLAINTEXT variable⟧
          - Name: SIGNAGE_REGISTRY_PASSWORD
            Type: SECRETS_MANAGER
            Value: fids/signage-registry:password  ⟪SECRETS_MANAGER reference⟫
          - Name: GH_PACKAGES
            Type: PARAMETER_STORE
            Value: /ci/gh-packages-token  ⟪PARAMETER_STORE reference⟫
"""),
    ("infra/cfn/glue-passenger-flow.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: passenger-flow analytics (security lane throughput, queue times from Xovis sensors, e-gates)
Resources:
  XovisConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: queue-sensors-pg
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://qsense-db.trw.local:5432/xovis
          USERNAME: glue_reader
          PASSWORD: «pwn:gluexovis»  ⟦password|Glue connection PASSWORD⟧
  FlowJob:
    Type: AWS::Glue::Job
    Properties:
      Name: security-lane-throughput
      Role: arn:aws:iam::518204967331:role/glue-paxflow
      Command: {Name: glueetl, ScriptLocation: s3://trw-glue-scripts/paxflow/lanes.py}
      DefaultArguments:
        --egates_api_user: trw-analytics
        --egates_api_secret: «b62:32-egates»  ⟦app-secret|Glue DefaultArguments e-gate API secret⟧
        --enable-metrics: 'true'
        --TempDir: s3://trw-glue-temp/paxflow/
"""),
    ("infra/cfn/acdm-eventbridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: A-CDM milestones to the network manager and to ground handlers through EventBridge API destinations
Resources:
  HandlerConn:
    Type: AWS::Events::Connection
    Properties:
      Name: swissfront-ground-handling
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: «b62:40-gha»  ⟦app-secret|EventBridge connection ApiKeyValue⟧
  FuelerConn:
    Type: AWS::Events::Connection
    Properties:
      Name: into-plane-fueller
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: trw-acdm
          Password: «pwx:fueller»  ⟦password|EventBridge BASIC connection password⟧
  NmConn:
    Type: AWS::Events::Connection
    Properties:
      Name: network-manager-b2b
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://b2b.nm.example.invalid/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: trw-acdm-prod
            ClientSecret: '{{resolve:secretsmanager:acdm/nm-b2b:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/tenant-billing.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tenant-billing - concession turnover rent, airline landing/parking charges, invoices to SAP
Parameters:
  SapRfcPassword:
    Type: String
    NoEcho: true
    Default: «pw6:saprfc»  ⟦password|NoEcho Default SAP RFC password⟧
  ConcessionPortalSecret:
    Type: String
    NoEcho: true
Resources:
  BillingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      DBInstanceClass: db.m6i.xlarge
      MasterUsername: billing_sa
      ManageMasterUserPassword: true  ⟪managed master password⟫
      AllocatedStorage: '200'
  TransferUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: s-4c1e8f0a92b7d3e65  ⟪Transfer server id⟫
      UserName: concession-pos-drop
      Role: arn:aws:iam::839462017745:role/transfer-concessions
      SshPublicKeys:
        - «sshpub:ed-concessions:pos-export@duty-free»  ⟪SSH public key⟫
"""),
    ("infra/cfn/cuppss-workstations.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: common-use passenger processing (CUPPS) back-office on WorkSpaces + directory
Resources:
  CuppsDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: cupps.trw.local
      Password: «pwl:cuppsad»  ⟦password|Managed AD admin password⟧
      VpcSettings:
        VpcId: vpc-05b7d2e9c1a4f8036  ⟪VPC id⟫
        SubnetIds: [subnet-0e1f5a3c7b9d2e481, subnet-07c2e9b4a1d5f3e06]  ⟪subnet ids⟫
  CuppsDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: cupps
      MasterUserPassword: ChangeMe2025!  ⟦?password|placeholder-looking literal as a live DocumentDB master password⟧
"""),
    ("infra/cfn/iot-airfield-lighting.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: alcms-telemetry - read-only mirror of the airfield ground lighting control (AGL CCR states, lamp
  failures) from the ALCMS historian into IoT Core; control stays on the isolated AGL network.
Resources:
  LampFailureRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'agl/+/ccr/+/fault'
        Actions:
          - Http:
              Url: https://maint.lumenfield-agl.com/api/v3/faults
              Headers:
                - Key: Authorization
                  Value: Bearer «b62:44-lumenfield»  ⟦app-secret|IoT HTTP action bearer header to the AGL vendor⟧
                - Key: X-Site
                  Value: TRW
          - Http:
              Url: https://events.pagerduty.com/v2/enqueue
              Headers:
                - Key: X-Routing-Key
                  Value: «pdkey:agl»  ⟦app-secret|PagerDuty routing key in an IoT rule header⟧
"""),
    ("infra/cfn/cloudfront-wayfinding.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: airport website and wayfinding maps (CloudFront in front of the CMS)
Resources:
  SiteDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [www.tarrow-airports.com]
        Origins:
          - Id: cms
            DomainName: cms-origin.tarrow-airports.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:32-originverify»  ⟦app-secret|CloudFront origin custom header shared secret⟧
        DefaultCacheBehavior:
          TargetOriginId: cms
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/ecs/ground-transport-taskdef.json", r"""
{
  "family": "gtd-dispatch",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::839462017745:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "dispatch",
      "image": "271950384416.dkr.ecr.eu-west-2.amazonaws.com/gtd-dispatch:2026.11.3",
      "environment": [
        {"name": "TAXI_RANK_API", "value": "https://rank.tarrowcabs.co.uk/api"},
        {"name": "TAXI_RANK_TOKEN", "value": "«b62:40-taxirank»"},  ⟦app-secret|taxi-rank dispatcher token in ECS env⟧
        {"name": "SHUTTLE_TELEMATICS_KEY", "value": "«hex:40-shuttle»"},  ⟦app-secret|shuttle-bus telematics key in ECS env⟧
        {"name": "TWILIO_ACCOUNT_SID", "value": "«twac:gtd»"},  ⟪Twilio account SID⟫
        {"name": "TWILIO_AUTH_TOKEN", "value": "«hex:32-twauth»"},  ⟦app-secret|Twilio auth token⟧
        {"name": "DATABASE_URL", "value": "postgres://gtd:«pwc:gtddb»@gtd-db.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com:5432/gtd"}  ⟦conn-string|PostgreSQL URL with password in ECS env⟧
      ],
      "secrets": [
        {"name": "MAPBOX_SECRET", "valueFrom": "arn:aws:ssm:eu-west-2:839462017745:parameter/gtd/mapbox-secret"}  ⟪valueFrom SSM ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/screening-metrics.yaml", r"""
# ecs-cli compose-style task for the security screening throughput exporter (CT lanes, remote screening)
family: screening-metrics
containerDefinitions:
  - name: exporter
    image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/screening-metrics:1.9.2
    environment:
      - name: LANE_MGMT_URL
        value: https://lanemgr.sec.trw.local/api
      - name: LANE_MGMT_USER
        value: metrics-ro
      - name: LANE_MGMT_PASSWORD
        value: «pwn:lanemgr»  ⟦password|screening lane manager API password⟧
      - name: DD_API_KEY
        value: «ddapi:screening»  ⟦datadog|Datadog API key in ECS env⟧
      - name: DD_SITE
        value: datadoghq.eu
    secrets:
      - name: XRAY_IMAGE_ARCHIVE_TOKEN
        valueFrom: arn:aws:secretsmanager:eu-west-2:518204967331:secret:sec/xray-archive-«b62:6-xray»  ⟪valueFrom Secrets Manager ARN⟫
"""),
    ("infra/lambda/parking-anpr.config.json", r"""
{
  "FunctionName": "parkline-anpr-ingest",
  "Runtime": "python3.11",
  "Handler": "anpr.handler",
  "Timeout": 20,
  "Environment": {
    "Variables": {
      "ANPR_CAMERA_USER": "anpr-push",
      "ANPR_CAMERA_PASS": "«pwp:anprcam»",  ⟦password|ANPR camera push password in Lambda config⟧
      "DVLA_VES_API_KEY": "«b62:40-dvla»",  ⟦app-secret|vehicle enquiry API key⟧
      "BLUE_BADGE_LIST_BUCKET": "trw-parking-exemptions",
      "KMS_KEY_ID": "alias/parkline"
    }
  },
  "CodeSha256": "«b64k:32-u11»",  ⟪CodeSha256⟫
  "RevisionId": "«uuid:anprrev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/cuss-kiosk-health.config.json", r"""
{
  "FunctionName": "cuss-kiosk-health",
  "Runtime": "nodejs20.x",
  "Environment": {
    "Variables": {
      "KIOSK_PLATFORM_URL": "https://cuss.trw.local/platform",
      "KIOSK_PLATFORM_TOKEN": "${ssm:/cuss/platform-token}",  ⟪serverless-style reference⟫
      "SLACK_WEBHOOK": "«slackhook:kiosk»"  ⟦slack|Slack webhook in Lambda env⟧
    }
  }
}
"""),
    ("services/lost-property/serverless.yml", r"""
service: lost-property
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    TABLE: lost-property-${sls:stage}
    ZENDESK_SUBDOMAIN: tarrowairport
    ZENDESK_EMAIL: lostproperty@tarrow-airports.com
    ZENDESK_API_TOKEN: «zendesk:lostprop»  ⟦app-secret|Zendesk API token in serverless.yml⟧
    COURIER_API_KEY: ${ssm:/lost-property/courier-key}  ⟪ssm reference⟫
    SENDGRID_API_KEY: «sg:lostprop»  ⟦app-secret|SendGrid API key⟧
functions:
  intake:
    handler: src/intake.handler
    events:
      - httpApi: 'POST /items'
"""),
    ("services/fast-track/serverless.yml", r"""
service: fast-track-vouchers
provider:
  name: aws
  runtime: python3.12
  region: eu-west-2
  environment:
    VOUCHER_HMAC_KEY: «hex:64-voucherhmac»  ⟦app-secret|fast-track voucher QR signing key⟧
    LOUNGE_PARTNER_URL: https://api.loungeclub.invalid/v1
    LOUNGE_PARTNER_KEY: ${env:LOUNGE_PARTNER_KEY}  ⟪env reference⟫
    ADYEN_CLIENT_KEY: live_«up:26-adyenclient»  ⟪Adyen client key, public⟫
    ADYEN_API_KEY: «adyen:fasttrack»  ⟦app-secret|Adyen API key⟧
functions:
  redeem:
    handler: handler.redeem
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "trw-tfstate-271950384416"
    key            = "core/terraform.tfstate"
    region         = "eu-west-2"
    dynamodb_table = "trw-tflock"
  }
}

provider "aws" {
  region     = "eu-west-2"
  access_key = "«akid:tfcore»"  ⟦aws-key-id|static key in a provider block⟧
  secret_key = "«awssec:tfcore»"  ⟦aws-secret|static secret in a provider block⟧
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in provider⟧
  api_url = "https://api.datadoghq.eu/"
}

provider "pagerduty" {
  token = "«okx:20-pdtf»"  ⟦app-secret|PagerDuty REST token in provider⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "bms_modbus_gateway_password" {
  type        = string
  description = "Terminal BMS Modbus/BACnet gateway (chillers, jet-bridge PCA units)"
  default     = "«pwl:bmsgw»"  ⟦password|Terraform variable default password⟧
}

variable "flight_data_sftp_password" {
  type    = string
  default = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/rds-parking.tf", r"""
resource "aws_db_instance" "parking" {
  identifier              = "parkline-prod"
  engine                  = "mysql"
  engine_version          = "8.0.36"
  instance_class          = "db.r6g.large"
  username                = "parkline"
  password                = "«pwc:parkdb»"  ⟦password|RDS password literal in Terraform⟧
  backup_retention_period = 14
  storage_encrypted       = true
}

resource "aws_db_instance" "tenant_portal" {
  identifier                  = "tenantportal-prod"
  engine                      = "postgres"
  username                    = "portal"
  manage_master_user_password = true  ⟪managed password⟫
}

resource "random_password" "kiosk" {
  length  = 24
  special = false
}

resource "aws_ssm_parameter" "kiosk" {
  name  = "/cuss/kiosk-local-admin"
  type  = "SecureString"
  value = random_password.kiosk.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/secrets-vendors.tf", r"""
resource "aws_secretsmanager_secret_version" "skidata" {
  secret_id     = aws_secretsmanager_secret.skidata.id
  secret_string = jsonencode({
    username = "trw-interface"
    password = "«pw6:skidata»"  ⟦password|parking equipment vendor password in secret_string⟧
  })
}

resource "aws_secretsmanager_secret_version" "fuel_farm" {
  secret_id     = aws_secretsmanager_secret.fuel_farm.id
  secret_string = "{\"api_key\":\"«hex:40-fuelfarm»\"}"  ⟦app-secret|fuel farm hydrant system API key in Terraform⟧
}

resource "aws_iam_access_key" "noise_monitor" {
  user    = aws_iam_user.noise_monitor.name
  pgp_key = "keybase:tarrow_secops"  ⟪pgp_key⟫
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
environment              = "prod"
aodb_instance_class      = "db.r6g.2xlarge"
sita_gateway_user        = "TRWKOXH"
sita_gateway_password    = "«pw6:sitatypeb»"  ⟦password|same SITA password in tfvars⟧
noise_monitoring_api_key = "«b62:32-noise»"  ⟦app-secret|aircraft noise monitoring vendor key⟧
wifi_portal_radius_secret = "«pwr:radiuswifi»"  ⟦password|RADIUS shared secret in tfvars⟧
ops_email                = "aoc-duty@tarrow-airports.com"
"""),
    ("infra/terraform/env/preprod.tfvars.json", r"""
{
  "environment": "preprod",
  "sita_gateway_user": "TRWKOXT",
  "sita_gateway_password": "REPLACE_ME",  ⟪placeholder⟫
  "noise_monitoring_api_key": "«b62:32-noisepp»",  ⟦app-secret|preprod noise vendor key (still a live vendor key)⟧
  "grafana_token": "«glsa:preprod»"  ⟦app-secret|Grafana service-account token⟧
}
"""),
    ("infra/terraform/modules/wifi/main.tf", r"""
resource "meraki_wireless_ssid" "staff" {
  network_id = var.network_id
  number     = 2
  name       = "TRW-Staff"
  auth_mode  = "psk"
  psk        = "«wifipsk:staff»"  ⟦password|staff Wi-Fi PSK in Terraform⟧
  encryption_mode = "wpa"
}

resource "meraki_wireless_ssid" "airline_ops" {
  network_id = var.network_id
  number     = 4
  name       = "TRW-Airline-Ops"
  auth_mode  = "8021x-radius"
  radius_servers = [{ host = "10.40.8.20", port = 1812, secret = var.radius_secret }]  ⟪variable reference⟫
}
"""),
    ("infra/terraform/lock/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = ">= 5.40.0"
  hashes = [
    "h1:«b64k:32-u12»",  ⟪lock hash⟫
    "zh:«sha256:lock1»",  ⟪lock hash⟫
  ]
}
"""),
    ("deploy/compose/fids-player-lab.yml", r"""
services:
  player-sim:
    image: ghcr.io/tarrow-airports/fids-player:5.2.0
    environment:
      CMS_URL: https://signage-cms.trw.local
      CMS_PLAYER_SECRET: «b62:32-playersecret»  ⟦app-secret|signage CMS player secret in compose⟧
      MQTT_URL: mqtts://fids-bus.trw.local:8883
      MQTT_PASSWORD: «pwp:fidsmqtt»  ⟦password|MQTT password in compose⟧
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
"""),
    ("deploy/compose/bagtrack/docker-compose.yml", r"""
version: "3.9"
services:
  brs:
    image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/bagtrack-brs:4.11.0
    env_file: .env
    ports: ["8443:8443"]
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "«pwr:bagredis»"]  ⟦password|redis-server --requirepass in compose⟧
"""),
    ("deploy/compose/bagtrack/.env", r"""
SITA_BAGMSG_HOST=bagmsg.sita.aero
SITA_BAGMSG_USER=TRWBAG
SITA_BAGMSG_PASSWORD=«pw6:sitabag»  ⟦password|same SITA BagMessage password in compose .env⟧
BHS_SCADA_HOST=10.60.2.15
BHS_SCADA_USER=brs_reader
BHS_SCADA_PASSWORD=«pwn:scadaread»  ⟦password|BHS SCADA historian password⟧
AWS_REGION=eu-west-2
AWS_ACCESS_KEY_ID=«akid:bagtrackenv»  ⟦aws-key-id|key id in .env⟧
AWS_SECRET_ACCESS_KEY=«awssec:bagtrackenv»  ⟦aws-secret|secret in .env⟧
"""),
    ("deploy/docker/aodb-api.Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
ARG PIP_INDEX_URL=https://trw-ci:«pct:pwc:nexus»@nexus.trw.local/repository/pypi/simple  ⟦conn-string|package index URL with percent-encoded password⟧
RUN pip install --no-cache-dir -r requirements.txt
ENV AODB_DB_HOST=aodb.cluster-c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com
ENV AODB_DB_PASSWORD=«pwc:aodbmaster»  ⟦password|same Aurora master password baked into an image⟧
RUN --mount=type=secret,id=sita_cert cp /run/secrets/sita_cert /etc/ssl/sita.pem  ⟪BuildKit secret mount⟫
COPY . .
CMD ["gunicorn", "aodb.api:app", "-b", "0.0.0.0:8000"]
"""),
    ("deploy/docker/cuss-agent.Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
ENV ASPNETCORE_URLS=http://+:8080
ENV CUSS_PLATFORM_USER=kioskagent
ENV CUSS_PLATFORM_PASSWORD=${CUSS_PLATFORM_PASSWORD}  ⟪build arg reference⟫
COPY publish/ /app
ENTRYPOINT ["dotnet", "/app/CussAgent.dll"]
"""),
    ("deploy/k8s/parkline/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: parkline-vendors
  namespace: parkline
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:parklinek8s»  ⟦aws-b64|base64 key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:parklinek8s»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: «b64:lit:eu-west-2»  ⟪base64 of a region name⟫
  DESIGNA_PASSWORD: «b64:pw6:designa»  ⟦password-b64|base64 car-park controller password⟧
stringData:
  JUSTPARK_API_KEY: «b62:40-justpark»  ⟦app-secret|parking marketplace key in stringData⟧
"""),
    ("deploy/k8s/parkline/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: parkline-api
  namespace: parkline
spec:
  replicas: 3
  template:
    spec:
      serviceAccountName: parkline-api
      containers:
        - name: api
          image: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/parkline-api:3.7.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: parkline-db, key: password}  ⟪secretKeyRef⟫
            - name: PAYMENT_GATEWAY_MERCHANT
              value: TRWPARK01
            - name: PAYMENT_GATEWAY_SECRET
              value: «hex:40-paygw»  ⟦app-secret|payment gateway secret in a Deployment env⟧
"""),
    ("deploy/k8s/fids/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: fids-cms
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: fids-cms}
  data:
    - secretKey: password
      remoteRef: {key: fids/cms, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/fids/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: fids-render-config
data:
  AODB_URL: https://aodb.int.tarrow-airports.com/v2
  LANGUAGES: en,cy,fr,pl
  # temporary until the ExternalSecret above syncs (INC-20831)
  AODB_API_KEY: «b62:48-aodbapi»  ⟦app-secret|same AODB API key in a ConfigMap⟧
  SCREEN_GROUPS: T1-DEP,T1-ARR,T2-DEP,T2-ARR,KLB-ALL
"""),
    ("deploy/k8s/registry/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '«dockercfg:pull»'  ⟦docker-hub|docker config with a Docker Hub PAT in its auth⟧
"""),
    ("deploy/k8s/sealed/bhs-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bhs-opcua
spec:
  encryptedData:
    password: «sealed:bhs»  ⟪SealedSecret blob⟫
"""),
    ("deploy/helm/aodb/values-prod.yaml", r"""
replicaCount: 4
image:
  repository: 271950384416.dkr.ecr.eu-west-2.amazonaws.com/aodb-api
  tag: 2026.11.18
postgresql:
  enabled: false
externalDatabase:
  host: aodb.cluster-c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com
  user: aodb_app
  password: «pwn:aodbapp»  ⟦password|Helm values database password⟧
  existingSecret: ""
rabbitmq:
  auth:
    username: aodb
    password: «pw:aodbrabbit»  ⟦password|Helm values RabbitMQ password⟧
    erlangCookie: «up:32-erlang»  ⟦app-secret|RabbitMQ Erlang cookie⟧
sentry:
  dsn: «sentrynew:aodb»  ⟪modern Sentry DSN⟫
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafanaadm»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    datasources:
      - name: Timestream
        type: grafana-timestream-datasource
        jsonData: {authType: default, defaultRegion: eu-west-2}
      - name: BHS-Historian
        type: mssql
        url: bhs-hist.trw.local:1433
        user: grafana_ro
        secureJsonData:
          password: «pwn:bhshist»  ⟦password|historian data source password⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
webserverSecretKey: «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key⟧
data:
  metadataSecretName: airflow-metadata  ⟪existing secret name⟫
"""),
    (".github/workflows/fids-deploy.yml", r"""
name: fids-deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::518204967331:role/gha-fids-deploy  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: sam deploy --no-confirm-changeset
        env:
          SIGNAGE_TOKEN: ${{ secrets.SIGNAGE_TOKEN }}  ⟪secrets reference⟫
"""),
    (".github/workflows/parkline-e2e.yml", r"""
name: parkline-e2e
on: [workflow_dispatch]
jobs:
  e2e:
    runs-on: ubuntu-22.04
    env:
      AWS_ACCESS_KEY_ID: «akid:parke2e»  ⟦aws-key-id|key id hard-coded in a workflow⟧
      AWS_SECRET_ACCESS_KEY: «awssec:parke2e»  ⟦aws-secret|secret hard-coded in a workflow⟧
      AWS_DEFAULT_REGION: eu-west-2
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx playwright install --with-deps
      - run: npx playwright test
        env:
          BASE_URL: https://parking.tarrow-airports.com
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  NEXUS_USER: trw-ci
  NEXUS_PASSWORD: «pwc:nexus»  ⟦password|Nexus password in GitLab CI variables⟧
  SONAR_HOST_URL: https://sonar.trw.local
build:
  stage: build
  script:
    - docker login -u trw-ci -p "$NEXUS_PASSWORD" nexus.trw.local  ⟪variable reference⟫
    - docker build -t nexus.trw.local/bagtrack/brs:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - curl -s -X POST -H "PRIVATE-TOKEN: «glpat:deploy»" https://gitlab.trw.local/api/v4/projects/88/trigger/pipeline  ⟦gitlab|GitLab PAT in a curl header⟧
"""),
    ("ci/Jenkinsfile.bhs-plc", r"""
pipeline {
  agent { label 'ot-windows' }
  environment {
    PLC_PROJECT_SHARE = '\\\\bhs-eng01\\projects'
    SHARE_CREDS = credentials('bhs-eng-share')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('Fetch') {
      steps {
        bat 'net use P: %PLC_PROJECT_SHARE% /user:TRW\\svc-plcbuild «pwn:plcbuild»'  ⟦password|net use password in a Jenkinsfile⟧
      }
    }
    stage('Archive') {
      steps {
        bat 'aws s3 cp P:\\sorter\\ s3://trw-ot-archive/bhs/ --recursive'
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
          name: tenant-portal build and deploy
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪pipeline variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY  ⟪pipeline variable⟫
                S3_BUCKET: trw-tenant-portal-web
            - curl -X POST "https://api.cloudflare.com/client/v4/zones/«hex:32-cfzone»/purge_cache" -H "Authorization: Bearer «cfapi:purge»" -d '{"purge_everything":true}'  ⟦app-secret|Cloudflare API token in a pipeline step⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  mobile-build:
    docker:
      - image: cimg/node:20.11
    environment:
      EXPO_TOKEN: «expo:app»  ⟦app-secret|Expo access token in CircleCI env⟧
      SENTRY_AUTH_TOKEN: sntrys_«b62:60-sentryauth»  ⟦app-secret|Sentry auth token⟧
    steps:
      - checkout
      - run: npx eas-cli build --platform all --non-interactive
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  - group: cupps-release  ⟪variable group⟫
  - name: CuppsSigningPfxPassword
    value: «pwx:pfx»  ⟦password|code-signing PFX password in pipeline variables⟧
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet nuget add source https://pkgs.dev.azure.com/tarrow/_packaging/cupps/nuget/v3/index.json -n cupps -u build -p «gpat:ado» --store-password-in-clear-text  ⟦app-secret|Azure DevOps PAT on a dotnet nuget command line⟧
  - script: signtool sign /f cupps.pfx /p $(CuppsSigningPfxPassword) /tr http://timestamp.digicert.com bin\*.exe  ⟪pipeline variable⟫
"""),
    ("buildkite/pipeline.yml", r"""
steps:
  - label: ":airplane: noise-monitor export"
    command: ./scripts/export_noise.sh
    env:
      NOISE_VENDOR_URL: https://envirosuite.invalid/api
      NOISE_VENDOR_TOKEN: "«b62:32-noise»"  ⟦app-secret|same noise vendor key in Buildkite env⟧
    agents:
      queue: analytics
"""),
    ("infra/cdk/lib/tenant-portal-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class TenantPortalStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new rds.DatabaseCluster(this, 'PortalDb', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_5 }),
      credentials: rds.Credentials.fromGeneratedSecret('portal'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.serverlessV2('writer'),
    });
    new sm.Secret(this, 'ConcessionPosFeed', {
      secretStringValue: cdk.SecretValue.unsafePlainText('«pwx:posfeed»'),  ⟦password|CDK unsafePlainText secret⟧
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
from aws_cdk import App, Stack, SecretValue, aws_elasticache as ec
from constructs import Construct


class QueueTimesStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        ec.CfnReplicationGroup(
            self, "QueueCache",
            replication_group_description="security queue times cache",
            engine="redis",
            cache_node_type="cache.t4g.medium",
            transit_encryption_enabled=True,
            auth_token="«pwr:queuecache»",  ⟦password|CDK Python ElastiCache auth_token⟧
        )
        SecretValue.secrets_manager("queue-times/xovis")  ⟪secrets_manager reference⟫


app = App()
QueueTimesStack(app, "queue-times-prod")
app.synth()
"""),
    ("packer/kiosk-win.pkr.hcl", r"""
source "amazon-ebs" "cuss_kiosk" {
  ami_name      = "cuss-kiosk-{{timestamp}}"
  instance_type = "t3.large"
  region        = "eu-west-2"
  communicator  = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer WinRM password⟧
  user_data_file = "scripts/winrm-bootstrap.ps1"
}

build {
  sources = ["source.amazon-ebs.cuss_kiosk"]
  provisioner "powershell" {
    inline = ["choco install -y cuss-platform --params \"'/ApiPassword:«pw6:cussplat»'\""]  ⟦password|choco params with a platform password⟧
  }
}
"""),
    ("ansible/group_vars/agl_historian.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: TRW\svc-ansible
ansible_password: "{{ vault_agl_winrm_password }}"  ⟪vault variable⟫
historian_sql_user: alcms_ro
historian_sql_password: «pwn:alcmsro»  ⟦password|ALCMS historian SQL password in group_vars⟧
"""),
    ("ansible/roles/radius/defaults/main.yml", r"""
radius_clients:
  - name: wlc-t1
    ipaddr: 10.40.1.10
    secret: «pwr:radiuswifi»  ⟦password|same RADIUS shared secret in Ansible defaults⟧
  - name: wlc-lab
    ipaddr: 127.0.0.1
    secret: testing123  ⟪FreeRADIUS default⟫
"""),
    ("ansible/vault/prod.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:40-av3»
"""),
    ("infra/sops/secrets.enc.yaml", r"""
sita:
    password: «sops:sita»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:518204967331:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
]

FILES += [
    ("amplify.yml", r"""
version: 1
applications:
  - appRoot: apps/tenant-portal-web
    frontend:
      phases:
        preBuild:
          commands:
            - npm ci
        build:
          commands:
            - echo "NEXT_PUBLIC_API=https://tenants.tarrow-airports.com/api" >> .env.production
            - echo "PORTAL_SESSION_SECRET=«b64k:32-u13»" >> .env.production  ⟦app-secret|session secret echoed into .env in amplify.yml⟧
            - echo "MAPBOX_TOKEN=pk.«b62:60-mapboxpub»" >> .env.production  ⟪Mapbox public token⟫
            - npm run build
      artifacts:
        baseDirectory: .next
        files: ['**/*']
"""),
    ("infra/codedeploy/fids-cms/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: /
    destination: /opt/signage-cms
hooks:
  AfterInstall:
    - location: scripts/configure.sh
      timeout: 300
      runas: root
"""),
    ("infra/codedeploy/fids-cms/scripts/configure.sh", r"""
#!/bin/bash
# writes the CMS config on the EC2 hosts (CodeDeploy AfterInstall)
cat > /opt/signage-cms/.env <<EOF
DB_URL=postgresql://cms:«pwn:cmsdb»@cms-db.trw.local:5432/cms  ⟦conn-string|database URL written by a deployment hook⟧
PLAYER_SECRET=$(aws secretsmanager get-secret-value --secret-id fids/player --query SecretString --output text)  ⟪runtime lookup⟫
EOF
chmod 600 /opt/signage-cms/.env
"""),
    ("infra/beanstalk/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    LOST_PROPERTY_DB_PASSWORD: «pwn:lostpropdb»  ⟦password|Beanstalk environment property password⟧
    ZENDESK_API_TOKEN: «zendesk:lostprop»  ⟦app-secret|same Zendesk token in .ebextensions⟧
    NODE_ENV: production
  aws:autoscaling:launchconfiguration:
    EC2KeyName: trw-beanstalk  ⟪key pair name⟫
"""),
    ("infra/cfn/stepfunctions-prm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: PRM (assistance) booking workflow - notifies the assistance provider and the airline
Resources:
  PrmFlow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      Definition:
        StartAt: NotifyProvider
        States:
          NotifyProvider:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://prm.ocs-assist.invalid/api/bookings
              Method: POST
              Headers:
                Authorization: Bearer «b62:40-prm»  ⟦app-secret|same PRM token in a Step Functions header⟧
              Authentication:
                ConnectionArn: arn:aws:events:eu-west-2:839462017745:connection/prm/«uuid:prmconn»  ⟪connection ARN⟫
            End: true
"""),
    ("infra/cfn/redshift-commercial.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Redshift Serverless for commercial analytics (retail, parking, advertising)
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: commercial
      AdminUsername: rsadmin
      AdminUserPassword: «pwx:rsadmin»  ⟦password|Redshift Serverless admin password⟧
      DbName: commercial
  Workgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: commercial
      NamespaceName: !Ref Namespace
      BaseCapacity: 32
"""),
    ("infra/cfn/cognito-tenants.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Cognito for the tenant portal with Okta as OIDC IdP
Resources:
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: eu-west-2_«b62:9-pool»  ⟪user pool id⟫
      ProviderName: Okta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktaid»
        client_secret: «okx:40-oktacog»  ⟦app-secret|OIDC client secret in a Cognito IdP⟧
        oidc_issuer: https://tarrow.okta.com
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/ec2-anpr-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ANPR recogniser host (GPU) for the forecourt cameras
Resources:
  AnprHost:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: g5.xlarge
      ImageId: ami-07b1e5d93c2f4a860  ⟪AMI id⟫
      UserData:
        Fn::Base64: |
          #!/bin/bash
          mkdir -p /root/.aws && echo "[default]" > /root/.aws/credentials
          echo "aws_access_key_id = «akid:anprhost»" >> /root/.aws/credentials  ⟦aws-key-id|key id written by UserData⟧
          echo "aws_secret_access_key = «awssec:anprhost»" >> /root/.aws/credentials  ⟦aws-secret|secret written by UserData⟧
          docker login -u trwci -p «dckr:anpr» docker.io  ⟦docker-hub|Docker Hub PAT on a docker login line⟧
          docker run -d --restart always -e CAMERA_PASS=«pwp:anprcam» trw/anpr:5  ⟦password|same ANPR password in docker run⟧
"""),
    ("deploy/k8s/ingress/basic-auth.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-basic-auth
  namespace: monitoring
type: Opaque
stringData:
  auth: "aoc:«apr1:grafana»"  ⟪htpasswd apr1 hash⟫
"""),
    ("deploy/k8s/mosquitto/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: fids-bus
data:
  mosquitto.conf: |
    listener 8883
    cafile /mosquitto/certs/ca.crt
    password_file /mosquitto/passwd
  passwd: |
    player:$7$101$«b64k:12-u14»$«b64k:64-u15»  ⟪mosquitto PBKDF2 hash⟫
    render:$7$101$«b64k:12-u16»$«b64k:64-u17»  ⟪mosquitto PBKDF2 hash⟫
"""),
    ("deploy/skaffold/skaffold.yaml", r"""
apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: queue-predictor
      docker:
        buildArgs:
          PIP_EXTRA_INDEX_URL: https://trw-ci:«pwc:nexus»@nexus.trw.local/repository/pypi/simple  ⟦conn-string|index URL with password in a build arg⟧
deploy:
  helm:
    releases:
      - name: queue-predictor
        chartPath: deploy/helm/queue-predictor
"""),
    ("deploy/tekton/pipelinerun-brs.yaml", r"""
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: brs-build-
spec:
  pipelineRef: {name: maven-build}
  params:
    - name: sonar-token
      value: «sqp:brs»  ⟦app-secret|SonarQube token as a PipelineRun parameter⟧
  workspaces:
    - name: maven-settings
      secret: {secretName: maven-settings}  ⟪secret workspace⟫
"""),
    ("deploy/compose/local/docker-compose.override.yml", r"""
services:
  aodb:
    environment:
      AODB_DB_PASSWORD: localdev  ⟪local dev value⟫
      AWS_ACCESS_KEY_ID: «docs:akidx»  ⟪X-filled key id⟫
      AWS_SECRET_ACCESS_KEY: «docs:secret»  ⟪AWS documentation secret⟫
      AWS_ENDPOINT_URL: http://localstack:4566
"""),
    (".gitlab/ci/ot-archive.gitlab-ci.yml", r"""
ot-archive-sync:
  stage: deploy
  image: amazon/aws-cli:2.22.0
  id_tokens:
    AWS_TOKEN:
      aud: https://gitlab.trw.local  ⟪OIDC token⟫
  script:
    - aws sts assume-role-with-web-identity --role-arn arn:aws:iam::604173829150:role/gitlab-ot-archive --web-identity-token $AWS_TOKEN --role-session-name ci  ⟪web identity⟫
    - aws s3 sync ./exports s3://trw-ot-archive/exports/
  variables:
    HISTORIAN_EXPORT_PASSWORD: «pwn:alcmsro»  ⟦password|same historian password in a GitLab CI job⟧
"""),
]
