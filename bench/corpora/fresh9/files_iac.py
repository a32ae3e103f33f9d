"""fresh9 templates, infrastructure as code (Corvane Air Freight): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild, UserData,
Terraform, Kubernetes, kustomize, Helm, compose, Dockerfiles, CI definitions.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/awbhub-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  awbhub - air waybill hub (Cargo-IMP and Cargo-XML messages). ECS service, Aurora MySQL and the
  SITA Type B gateway queue. Owner: cargo-systems, us-west-2.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, staging]
  SitaGatewayPassword:
    Type: String
    NoEcho: true
    Description: Type B gateway password, supplied by the pipeline from Secrets Manager
Resources:
  AwbDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineVersion: 8.0.mysql_aurora.3.05.2
      DatabaseName: awbhub
      MasterUsername: awb_admin
      MasterUserPassword: «pwc:awbdb»  ⟦password|Aurora master password, company name + digits⟧
      KmsKeyId: arn:aws:kms:us-west-2:471902385516:key/«uuid:kmsawb»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: awbhub
        - Key: owner
          Value: cargo-systems
  AwbTaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: !Sub awbhub-${Env}
      ContainerDefinitions:
        - Name: awbhub
          Image: 905126673014.dkr.ecr.us-west-2.amazonaws.com/awbhub@sha256:«sha256:awbimg»  ⟪image digest⟫
          Environment:
            - Name: SITA_GATEWAY_USER
              Value: CVFTYPEB
            - Name: SITA_GATEWAY_PASSWORD
              Value: !Ref SitaGatewayPassword  ⟪Ref of a NoEcho parameter without Default⟫
            - Name: DESCARTES_API_KEY
              Value: «b62:36-descartes»  ⟦app-secret|Descartes CargoNet API key in an ECS env⟧
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:us-west-2:471902385516:secret:awbhub/db-«b62:6-awbsec»  ⟪Secrets ValueFrom ARN⟫
"""),
    ("infra/cfn/loadmaster-lambda.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: loadmaster - weight and balance, ULD build-up planner
Globals:
  Function:
    Runtime: python3.12
    Timeout: 30
    Tags:
      app: loadmaster
      cost-center: CC-7120-ops
Resources:
  PlanFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: planner.handler
      CodeUri: s3://cvf-artifacts-905126673014/loadmaster/«sha:lmzip».zip  ⟪git SHA in artifact key⟫
      Environment:
        Variables:
          WB_DB_URL: postgresql://lm_app:«pct:pwx:lmdb»@loadmaster.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:5432/loadmaster  ⟦conn-string|Postgres URL with password in Lambda env⟧
          FLIGHTAWARE_AEROAPI_KEY: «b62:32-aeroapi»  ⟦app-secret|FlightAware AeroAPI key⟧
          DATADOG_API_KEY: '{{resolve:secretsmanager:datadog/api-key}}'  ⟪dynamic reference⟫
          LOG_LEVEL: INFO
"""),
    ("infra/cfn/tracktrace-api.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "tracktrace public API (shipment status, SMS and e-mail notifications)",
  "Parameters": {
    "TwilioAuthToken": {"Type": "String", "NoEcho": true},
    "SendGridKey": {"Type": "String", "NoEcho": true, "Default": "«sg:tracknotify»"},  ⟦sendgrid|NoEcho parameter with a literal Default⟧
    "AlertEmail": {"Type": "String", "Default": "ops-alerts@corvane.aero"}
  },
  "Resources": {
    "NotifyFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "notify.handler",
        "Role": {"Fn::GetAtt": ["NotifyRole", "Arn"]},
        "Environment": {
          "Variables": {
            "TWILIO_ACCOUNT_SID": "«twac:track»",  ⟪Twilio account SID, an identifier⟫
            "TWILIO_AUTH_TOKEN": {"Ref": "TwilioAuthToken"},  ⟪Ref of a NoEcho parameter without Default⟫
            "SENDGRID_API_KEY": {"Ref": "SendGridKey"},
            "MAILCHIMP_API_KEY": "«mailchimp:news»"  ⟦mailchimp|Mailchimp key with -usN datacentre suffix⟧
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/customs-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: customs-bridge - CBP ACE/ACAS and EU ICS2 filings (Go on ECS Fargate)
Parameters:
  AceCertPassphrase:
    Type: String
    NoEcho: true
    Default: «pw:acecert»  ⟦password|NoEcho parameter Default, low entropy⟧
  Ics2ClientSecret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /customs/ics2/client-secret  ⟪SSM parameter path⟫
Resources:
  BridgeTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: customs-bridge
      RequiresCompatibilities: [FARGATE]
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: bridge
          Image: 905126673014.dkr.ecr.us-west-2.amazonaws.com/customs-bridge:2.14.1
          Environment:
            - {Name: ACE_FILER_CODE, Value: CVF1}
            - {Name: ICS2_CLIENT_ID, Value: «uuid:ics2client»}  ⟪OAuth client id (UUID)⟫
            - {Name: ICS2_CLIENT_SECRET, Value: !Ref Ics2ClientSecret}  ⟪Ref to an SSM parameter type⟫
            - {Name: ACE_CERT_PASSPHRASE, Value: !Ref AceCertPassphrase}
      Tags:
        - Key: data-class
          Value: customs-regulated
        - Key: owner
          Value: trade-compliance
"""),
    ("infra/cfn/bookings-redis.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bookings portal session store (ElastiCache Redis with AUTH)
Resources:
  SessionRedis:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: bookings sessions
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: «pwr:bookredis»  ⟦password|ElastiCache AuthToken literal⟧
      SecurityGroupIds: [sg-0c41d9e7a2f3b5816]  ⟪security group id⟫
      Tags:
        - Key: app
          Value: bookings
  RateCacheRedis:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: rate cache
      Engine: redis
      TransitEncryptionEnabled: true
      AuthToken: '{{resolve:secretsmanager:bookings/ratecache:SecretString:token}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/mro-docdb.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: mro - maintenance records (DocumentDB) and the AMOS sync user
Resources:
  MroDocDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: mroadmin
      MasterUserPassword: «pwl:mrodocdb»  ⟦password|DocumentDB master password, leetspeak⟧
      StorageEncrypted: true
      Tags:
        - Key: app
          Value: mro
  AmosSyncUser:
    Type: AWS::IAM::User
    Properties:
      UserName: amos-sync
      Tags:
        - Key: vendor
          Value: swiss-aviation-software
  AmosSyncKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref AmosSyncUser
Outputs:
  AmosSyncAccessKeyId:
    Value: !Ref AmosSyncKey
  AmosSyncSecret:
    Value: !GetAtt AmosSyncKey.SecretAccessKey  ⟪GetAtt of a generated secret, no literal⟫
"""),
    ("infra/cfn/opensearch-tracking.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tracking events search (OpenSearch with fine-grained access control)
Resources:
  TrackingSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: cvf-tracking
      EngineVersion: OpenSearch_2.13
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: os-master
          MasterUserPassword: «pwn:osmaster»  ⟦password|OpenSearch master password, first name + year⟧
      NodeToNodeEncryptionOptions: {Enabled: true}
      EncryptionAtRestOptions: {Enabled: true}
      Tags:
        - Key: app
          Value: tracktrace
"""),
    ("infra/cfn/mq-typeb.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon MQ (ActiveMQ) broker bridging SITA Type B and Cargo-IMP messages to awbhub
Parameters:
  BrokerAdminPassword:
    Type: String
    NoEcho: true
    MinLength: 12
Resources:
  TypeBBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: cvf-typeb
      EngineType: ACTIVEMQ
      EngineVersion: 5.18
      HostInstanceType: mq.m5.large
      DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: mqadmin
          Password: !Ref BrokerAdminPassword  ⟪Ref of a NoEcho parameter without Default⟫
          ConsoleAccess: true
        - Username: awbhub-app
          Password: «pp:mqawb»  ⟦password|Amazon MQ user password, passphrase⟧
        - Username: sita-bridge
          Password: «pw6:mqsita»  ⟦password|Amazon MQ user password, short upper-case⟧
"""),
    ("infra/cfn/transfer-ghafiles.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for ground handling agents (GHA) - ULD lists and cargo manifests
Resources:
  GhaServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      Tags:
        - Key: app
          Value: gha-drop
  SwissportUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt GhaServer.ServerId
      UserName: swissport-anc
      Role: arn:aws:iam::471902385516:role/gha-drop-access
      SshPublicKeys:
        - «sshpub:edgha:swissport-anc@gha»  ⟪SSH public key⟫
  MenziesUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt GhaServer.ServerId
      UserName: menzies-lej
      Role: arn:aws:iam::471902385516:role/gha-drop-access
      HomeDirectory: /cvf-gha-drop/menzies
"""),
    ("infra/cfn/eventbridge-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations to forwarders (status pushes)
Resources:
  KuehneConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: kn-status-push
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-KN-Api-Key
          ApiKeyValue: «hex:40-knpush»  ⟦app-secret|partner API key in an EventBridge connection⟧
  DsvConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: dsv-status-push
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://api.dsv.com/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: corvane-status
            ClientSecret: «b62:40-dsvoauth»  ⟦app-secret|OAuth client secret in an EventBridge connection⟧
  FlexportConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: flexport-push
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: corvane
          Password: '{{resolve:secretsmanager:partners/flexport:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/redshift-ops.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ops analytics warehouse (Redshift) - yield, load factor, on-time performance
Resources:
  OpsWarehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterIdentifier: cvf-ops-dw
      NodeType: ra3.xlplus
      NumberOfNodes: 2
      DBName: opsdw
      MasterUsername: dwadmin
      MasterUserPassword: «pw:redshift»  ⟦password|Redshift master password, season + year⟧
      Encrypted: true
      Tags:
        - Key: app
          Value: ops-analytics
"""),
    ("infra/cfn/glue-customs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs loading customs filings into the lake
Resources:
  CustomsJdbc:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: customs-mysql
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:mysql://customs-db.internal.corvane.aero:3306/filings
          USERNAME: glue_reader
          PASSWORD: «pwn:gluecustoms»  ⟦password|Glue JDBC connection password⟧
  FilingsJob:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::471902385516:role/glue-etl
      Command: {Name: glueetl, ScriptLocation: s3://cvf-glue-scripts/filings.py}
      DefaultArguments:
        --enable-metrics: 'true'
        --ics2_api_password: «pwc:glueics2»  ⟦password|Glue job argument password⟧
        --TempDir: s3://cvf-glue-temp/filings/
"""),
    ("infra/cfn/cloudfront-bookings.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bookings portal CDN, origin protected by a shared header
Resources:
  BookingsCdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [book.corvane.aero]
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:471902385516:certificate/«uuid:acmbook»  ⟪ACM certificate ARN⟫
          SslSupportMethod: sni-only
        Origins:
          - Id: alb
            DomainName: bookings-alb-1833729104.us-west-2.elb.amazonaws.com
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:48-originverify»  ⟦app-secret|CloudFront origin verification header secret⟧
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
        DefaultCacheBehavior:
          TargetOriginId: alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/ec2-acars-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ACARS ground gateway (EC2) - receives ARINC 620 messages from the datalink provider
Resources:
  AcarsGateway:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a7d3c91f25e84b60  ⟪AMI id⟫
      InstanceType: c7g.large
      SubnetId: subnet-04b8e61f9a3c27d55
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<CREDS
          [default]
          aws_access_key_id = «akid:acarsgw»  ⟦aws-key-id|access key written by UserData⟧
          aws_secret_access_key = «awssec:acarsgw»  ⟦aws-secret|secret written by UserData⟧
          CREDS
          cat > /etc/acars/gateway.conf <<CONF
          datalink.host=gw.arinc-datalink.net
          datalink.user=CVFGND
          datalink.password=«pw6:datalink»  ⟦password|datalink provider password in UserData⟧
          CONF
          systemctl enable --now acars-gw
      Tags:
        - Key: Name
          Value: acars-gw-1
"""),
    ("infra/cfn/ec2-windows-roster.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: rostercrew legacy Windows host (domain join, IIS)
Resources:
  RosterHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-09e1c4d7f3a2b6158
      InstanceType: m6i.xlarge
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $pw = ConvertTo-SecureString "«pwc:domjoin»" -AsPlainText -Force  ⟦password|domain join password in PowerShell UserData⟧
          $cred = New-Object System.Management.Automation.PSCredential("CORVANE\svc-domjoin", $pw)
          Add-Computer -DomainName corp.corvane.aero -Credential $cred -Restart
          $admin = Get-Credential -Message "local admin"  ⟪interactive prompt⟫
          </powershell>
"""),
    ("infra/cfn/ses-smtp-user.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP user for the MRO e-mail relay (legacy Laravel app)
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-mro
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
Outputs:
  SmtpUsername:
    Description: SMTP username (the access key id)
    Value: «akid:sesmro»  ⟦aws-key-id|SES SMTP user key id pasted into Outputs⟧
  SmtpPassword:
    Description: derived SMTP password (pasted after rotation, remove!)
    Value: «sesv4:sesmro»  ⟦aws-ses-smtp|SES SMTP v4 password⟧
"""),
    ("infra/cfn/params/awbhub-prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "SitaGatewayPassword", "ParameterValue": "«pw6:sitagw»"},  ⟦password|parameter file literal for a NoEcho parameter⟧
  {"ParameterKey": "VpcId", "ParameterValue": "vpc-0e2a9f41c7d3b8a65"},  ⟪VPC id⟫
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-west-2:471902385516:cargo-alarms"}
]
"""),
    ("infra/cfn/params/tracktrace-staging.json", r"""
{
  "Parameters": {
    "TwilioAuthToken": "«hex:32-twiliostg»",  ⟦twilio|Twilio auth token in a CodePipeline template configuration⟧
    "SendGridKey": "{{resolve:ssm-secure:/tracktrace/staging/sendgrid}}",  ⟪ssm-secure dynamic reference⟫
    "AlertEmail": "ops-alerts-staging@corvane.aero"
  },
  "Tags": {
    "app": "tracktrace",
    "env": "staging"
  }
}
"""),
    ("infra/cfn/params/customs-bridge.prod.params", r"""
AceCertPassphrase=«pp:aceprod»  ⟦password|.params file passphrase⟧
Ics2ClientSecret=/customs/ics2/client-secret
Env=prod
"""),
    ("infra/sam/hazmat-check/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: dangerous goods (DGR) declaration checker
Parameters:
  IataDgApiKey:
    Type: String
    NoEcho: true
Resources:
  DgCheckFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.lambda_handler
      Runtime: python3.12
      CodeUri: dgcheck/
      Environment:
        Variables:
          IATA_DG_API_KEY: !Ref IataDgApiKey  ⟪Ref of a NoEcho parameter without Default⟫
          SENTRY_DSN: «sentryold:hazmat»  ⟦sentry|legacy Sentry DSN with secret part⟧
          OPENAI_API_KEY: «oai:dgclassify»  ⟦openai|OpenAI key in SAM env⟧
      Events:
        Api:
          Type: Api
          Properties: {Path: /dg/check, Method: post}
"""),
    ("infra/sam/hazmat-check/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "hazmat-check"
resolve_s3 = true
s3_prefix = "hazmat-check"
region = "us-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "IataDgApiKey=\"«b62:40-iatadg»\""  ⟦app-secret|samconfig parameter_overrides key⟧
image_repositories = []

[staging.deploy.parameters]
stack_name = "hazmat-check-staging"
parameter_overrides = "IataDgApiKey=\"REPLACE_ME\""  ⟪placeholder⟫
"""),
    ("infra/sam/fuel-uplift/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: fuel uplift reconciliation with into-plane suppliers
Resources:
  ReconFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Environment:
        Variables:
          WORLDFUEL_SFTP_PASSWORD: «pwn:worldfuel»  ⟦password|supplier SFTP password in SAM env⟧
          SNOWFLAKE_PASSWORD: '{{resolve:secretsmanager:fuel/snowflake:SecretString:password}}'  ⟪dynamic reference⟫
          FUEL_DB_PASSWORD: changeme  ⟪placeholder⟫
"""),
    ("infra/sam/fuel-uplift/samconfig.toml", r"""
version = 0.1
[default]
[default.global.parameters]
stack_name = "fuel-uplift"

[default.deploy.parameters]
region = "us-west-2"
confirm_changeset = true
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Env=prod DbPassword=«pw:fueldb» AlarmEmail=fuel-ops@corvane.aero"  ⟦password|samconfig parameter_overrides password⟧
"""),
    ("services/tracktrace/serverless.yml", r"""
service: tracktrace-webhooks
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  stage: ${opt:stage, 'prod'}
  environment:
    STRIPE_SECRET_KEY: ${ssm:/tracktrace/${self:provider.stage}/stripe-secret}  ⟪ssm reference⟫
    STRIPE_WEBHOOK_SECRET: «whsec:trackstripe»  ⟦stripe|Stripe webhook signing secret⟧
    SHIPPO_API_TOKEN: «shippo:last»  ⟦app-secret|Shippo live token⟧
    EASYPOST_API_KEY: «ezak:last»  ⟦app-secret|EasyPost production key⟧
    MAPS_API_KEY: «aiza:mapsweb»  ⟪Google Maps browser key, public⟫
functions:
  stripe:
    handler: src/stripe.handler
    events:
      - httpApi: {path: /hooks/stripe, method: post}
"""),
    ("services/customs-bridge/serverless.yml", r"""
service: customs-ics2-ack
provider:
  name: aws
  runtime: go1.x
  environment:
    ICS2_CLIENT_ID: ${env:ICS2_CLIENT_ID}  ⟪env reference⟫
    ICS2_CLIENT_SECRET: ${env:ICS2_CLIENT_SECRET}
    ACE_USER: cvf-ace-filer
    ACE_PASSWORD: «pwl:aceuser»  ⟦password|ACE filer password in serverless.yml⟧
functions:
  ack:
    handler: bin/ack
"""),
    ("deploy/ecs/awbhub-taskdef.json", r"""
{
  "family": "awbhub",
  "networkMode": "awsvpc",
  "executionRoleArn": "arn:aws:iam::471902385516:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "awbhub",
      "image": "905126673014.dkr.ecr.us-west-2.amazonaws.com/awbhub:4.31.0",
      "essential": true,
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "CCS_USERNAME", "value": "CVFAWB01"},
        {"name": "CCS_PASSWORD", "value": "«pw:ccs»"},  ⟦password|cargo community system password in ECS env⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:awbecs»"},  ⟦aws-key-id|static key in ECS env⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:awbecs»"}  ⟦aws-secret|static secret in ECS env⟧
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-west-2:471902385516:parameter/awbhub/db-password"}  ⟪valueFrom SSM ARN⟫
      ]
    }
  ]
}
"""),
    ("deploy/ecs/tracktrace-taskdef.json", r"""
{
  "family": "tracktrace-api",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "905126673014.dkr.ecr.us-west-2.amazonaws.com/tracktrace@sha256:«sha256:trackimg»",  ⟪image digest⟫
      "environment": [
        {"name": "NODE_ENV", "value": "production"},
        {"name": "REDIS_URL", "value": "rediss://:«pwr:trackredis»@master.tracktrace-cache.x1lq2d.usw2.cache.amazonaws.com:6379"},  ⟦conn-string|rediss URL with AUTH token⟧
        {"name": "ALGOLIA_APP_ID", "value": "«up:10-algoliaapp»"},  ⟪Algolia application id⟫
        {"name": "ALGOLIA_ADMIN_KEY", "value": "«algolia:admin»"},  ⟦app-secret|Algolia admin key, 32 hex⟧
        {"name": "ALGOLIA_SEARCH_KEY", "value": "«hex:32-algoliasearch»"}  ⟪Algolia search-only key, public⟫
      ],
      "secrets": [
        {"name": "SENDGRID_API_KEY", "valueFrom": "arn:aws:secretsmanager:us-west-2:471902385516:secret:tracktrace/sendgrid-«b62:6-sgsec»"}
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/tracktrace"}}
    }
  ]
}
"""),
    ("deploy/ecs/rostercrew-taskdef.yaml", r"""
family: rostercrew
cpu: "2048"
memory: "4096"
requiresCompatibilities: [FARGATE]
containerDefinitions:
  - name: roster
    image: "905126673014.dkr.ecr.us-west-2.amazonaws.com/rostercrew:{{ must_env `IMAGE_TAG` }}"  ⟪ecspresso template⟫
    environment:
      - name: ConnectionStrings__Roster
        value: "Server=roster-sql.internal.corvane.aero;Database=Roster;User Id=roster_app;Password=«pwn:rostersql»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string with password⟧
      - name: Jeppesen__ApiKey
        value: «uhex:32-jeppesen»  ⟦app-secret|Jeppesen crew API key under provider name⟧
      - name: Okta__ClientId
        value: 0oa«b62:17-oktaclient»  ⟪Okta client id, public⟫
"""),
    ("deploy/lambda/dgcheck-config.json", r"""
{
    "FunctionName": "dgcheck-prod",
    "FunctionArn": "arn:aws:lambda:us-west-2:471902385516:function:dgcheck-prod",
    "Runtime": "python3.12",
    "Role": "arn:aws:iam::471902385516:role/dgcheck-exec",
    "Handler": "app.lambda_handler",
    "CodeSize": 18734112,
    "CodeSha256": "«b64k:32-dgsha»",  ⟪CodeSha256, a hash⟫
    "Environment": {
        "Variables": {
            "IATA_DG_API_KEY": "«b62:40-iatadg»",  ⟦app-secret|the samconfig key again in get-function-configuration output⟧
            "ANTHROPIC_API_KEY": "«ant:dgreview»",  ⟦anthropic|Anthropic key in Lambda env⟧
            "POWERTOOLS_SERVICE_NAME": "dgcheck"
        }
    },
    "RevisionId": "«uuid:dgrev»",  ⟪revision id⟫
    "KMSKeyArn": "arn:aws:kms:us-west-2:471902385516:key/«uuid:kmsdg»"
}
"""),
    ("deploy/lambda/env/partner-sync.env.json", r"""
{
  "Variables": {
    "FORWARDER_API_BASE": "https://api.cargowise.com/edi",
    "CARGOWISE_USERNAME": "CVF_EDI",
    "CARGOWISE_PASSWORD": "«pwc:cargowise»",  ⟦password|CargoWise eAdaptor password in a Lambda env file⟧
    "AWS_SESSION_TOKEN": "«stok:partnersync»",  ⟦aws-session-token|session token pasted into Lambda env⟧
    "WEBHOOK_HMAC_SECRET": "«hex:64-partnerhmac»"  ⟦app-secret|HMAC signing secret⟧
  }
}
"""),
    ("ci/codebuild/awbhub-buildspec.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    SONAR_HOST_URL: https://sonar.corvane.aero
  parameter-store:
    SONAR_TOKEN: /ci/sonar/token  ⟪parameter-store reference⟫
  secrets-manager:
    ARTIFACTORY_PASSWORD: ci/artifactory:password  ⟪secrets-manager reference⟫
phases:
  pre_build:
    commands:
      - aws ecr get-login-password --region us-west-2 | docker login --username AWS --password-stdin 905126673014.dkr.ecr.us-west-2.amazonaws.com
      - docker login -u corvaneci -p «dckr:hubci» docker.io  ⟦docker-hub|docker login -p with a Docker Hub PAT⟧
  build:
    commands:
      - mvn -B -s settings.xml deploy -Dsonar.login=$SONAR_TOKEN
"""),
    ("ci/codebuild/loadmaster-buildspec.yml", r"""
version: 0.2
env:
  variables:
    PIP_INDEX_URL: https://ci-reader:«pwn:pipreader»@artifacts.corvane.aero/api/pypi/pypi-virtual/simple  ⟦conn-string|pip index URL with password⟧
    AWS_DEFAULT_REGION: us-west-2
    CODECOV_TOKEN: «uuid:codecov»  ⟦app-secret|Codecov upload token (UUID) under provider name⟧
  exported-variables:
    - IMAGE_TAG
phases:
  install:
    runtime-versions:
      python: 3.12
  build:
    commands:
      - pip install -r requirements.txt
      - pytest -q
"""),
    ("ci/codebuild/projects/customs-bridge.json", r"""
{
  "name": "customs-bridge-build",
  "source": {"type": "GITHUB", "location": "https://github.com/corvane/customs-bridge.git"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "environmentVariables": [
      {"name": "GOPRIVATE", "value": "github.com/corvane/*", "type": "PLAINTEXT"},
      {"name": "GITHUB_TOKEN", "value": "ci/github:token", "type": "SECRETS_MANAGER"},  ⟪SECRETS_MANAGER variable⟫
      {"name": "GOPROXY_PASSWORD", "value": "/ci/goproxy/password", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE variable⟫
      {"name": "GH_PACKAGES_TOKEN", "value": "«ghp:ghpkgs»", "type": "PLAINTEXT"}  ⟦github|GitHub PAT as PLAINTEXT CodeBuild variable⟧
    ]
  },
  "serviceRole": "arn:aws:iam::905126673014:role/codebuild-customs"
}
"""),
    ("ci/codebuild/projects/bookings.json", r"""
{
  "project": {
    "name": "bookings-portal",
    "environment": {
      "image": "aws/codebuild/standard:7.0",
      "environmentVariables": [
        {"name": "RAILS_ENV", "value": "production", "type": "PLAINTEXT"},
        {"name": "RAILS_MASTER_KEY", "value": "«hex:32-railsmaster»", "type": "PLAINTEXT"},  ⟦app-secret|Rails master key as PLAINTEXT⟧
        {"name": "BUNDLE_GEMS__CONTRIBSYS__COM", "value": "«hex:8-sqkuser»:«hex:8-sqkpass»", "type": "PLAINTEXT"},  ⟦app-secret|Sidekiq Pro bundler credential⟧
        {"name": "STRIPE_SECRET_KEY", "value": "bookings/stripe:secret_key", "type": "SECRETS_MANAGER"}  ⟪SECRETS_MANAGER variable⟫
      ]
    }
  }
}
"""),
]

FILES += [
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "cvf-tfstate-905126673014"
    key            = "core/terraform.tfstate"
    region         = "us-west-2"
    dynamodb_table = "cvf-tf-locks"
  }
}

provider "aws" {
  region     = "us-west-2"
  access_key = "«akid:tfcore»"  ⟦aws-key-id|static key in a Terraform provider block⟧
  secret_key = "«awssec:tfcore»"  ⟦aws-secret|static secret in a Terraform provider block⟧
}

provider "aws" {
  alias   = "eu"
  region  = "eu-central-1"
  profile = "cvf-leipzig"
}

provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a provider block⟧
}

provider "cloudflare" {
  api_token = "«cfapi:tf»"  ⟦app-secret|Cloudflare API token in a provider block⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_api_key" {
  type      = string
  sensitive = true
  default   = "«ddapi:tfvar»"  ⟦datadog|Datadog API key as a variable default⟧
}

variable "ops_db_password" {
  type        = string
  sensitive   = true
  description = "master password for the ops Aurora cluster"
}

variable "grafana_auth" {
  type    = string
  default = "«glsa:tf»"  ⟦app-secret|Grafana service-account token default⟧
}

variable "pagerduty_token" {
  type    = string
  default = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "random_password" "ops" {
  length  = 32
  special = true
}

resource "aws_rds_cluster" "ops" {
  cluster_identifier  = "cvf-ops"
  engine              = "aurora-postgresql"
  master_username     = "ops_owner"
  master_password     = random_password.ops.result  ⟪random_password result⟫
  storage_encrypted   = true
  skip_final_snapshot = false
  tags = {
    app   = "ops-core"
    owner = "flight-ops"
  }
}

resource "aws_db_instance" "legacy_mro" {
  identifier        = "mro-mysql-legacy"
  engine            = "mysql"
  engine_version    = "5.7.44"
  instance_class    = "db.t3.large"
  username          = "mro"
  password          = "«pwl:mromysql»"  ⟦password|aws_db_instance password literal⟧
  allocated_storage = 200
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
resource "aws_iam_user" "jeppesen_feed" {
  name = "jeppesen-feed"
  tags = { vendor = "jeppesen" }
}

resource "aws_iam_access_key" "jeppesen_feed" {
  user    = aws_iam_user.jeppesen_feed.name
  pgp_key = "keybase:corvane_secops"  ⟪pgp_key keybase reference⟫
}

output "jeppesen_secret" {
  value     = aws_iam_access_key.jeppesen_feed.encrypted_secret
  sensitive = true
}
"""),
    ("infra/terraform/envs/prod.tfvars", r"""
env                 = "prod"
vpc_cidr            = "10.40.0.0/16"
ops_db_password     = "«pw:opsdb»"  ⟦password|tfvars password, season + year⟧
pagerduty_token     = "«b62:20-pdtf»"  ⟦pagerduty|PagerDuty REST API token in tfvars⟧
slack_webhook_url   = "«slackhook:tfalerts»"  ⟦slack|Slack incoming webhook in tfvars⟧
acm_certificate_arn = "arn:aws:acm:us-west-2:471902385516:certificate/«uuid:acmops»"
"""),
    ("infra/terraform/envs/staging.auto.tfvars.json", r"""
{
  "env": "staging",
  "ops_db_password": "«pwn:opsdbstg»",  ⟦password|tfvars JSON password⟧
  "pagerduty_token": "${PAGERDUTY_TOKEN}",  ⟪env placeholder⟫
  "kms_key_id": "«uuid:kmsstg»"  ⟪KMS key id⟫
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = ">= 5.40.0"
  hashes = [
    "h1:«b64k:32-tflock1»",  ⟪lock file hash⟫
    "zh:«sha256:tflock2»",  ⟪lock file hash⟫
  ]
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "ops" {
  name               = "cvf-ops-airflow"
  airflow_version    = "2.9.2"
  source_bucket_arn  = "arn:aws:s3:::cvf-mwaa-dags"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::471902385516:role/mwaa-exec"
  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-west-2.amazonaws.com"
    "smtp.smtp_user"     = "«akid:sesairflow»"  ⟦aws-key-id|SES SMTP user (key id) in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:sesairflow»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.secret_key" = "«hex:48-mwaaweb»"  ⟦app-secret|Airflow webserver secret_key⟧
    "core.default_timezone" = "utc"
  }
}
"""),
    ("infra/terraform/terraform.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 212,
  "lineage": "«uuid:tflineage»",  ⟪state lineage UUID⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "slot_feed",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "«akid:slotfeed»",  ⟦aws-key-id|access key id in a tfstate backup⟧
            "secret": "«awssec:slotfeed»",  ⟦aws-secret|secret in a tfstate backup⟧
            "ses_smtp_password_v4": "«sesv4:slotfeed»",  ⟦aws-ses-smtp|SES password in a tfstate backup⟧
            "status": "Active",
            "user": "slot-coordination-feed"
          }
        }
      ]
    }
  ]
}
"""),
    ("infra/terraform/modules/grafana/main.tf", r"""
resource "grafana_data_source" "cloudwatch" {
  type = "cloudwatch"
  name = "cw-ops"
  json_data_encoded = jsonencode({
    authType      = "keys"
    defaultRegion = "us-west-2"
  })
  secure_json_data_encoded = jsonencode({
    accessKey = "«akid:grafanacw»"  ⟦aws-key-id|CloudWatch data source access key⟧
    secretKey = "«awssec:grafanacw»"  ⟦aws-secret|CloudWatch data source secret key⟧
  })
}

resource "grafana_data_source" "loki" {
  type = "loki"
  name = "loki"
  url  = "https://loki.ops.corvane.aero"
  basic_auth_enabled  = true
  basic_auth_username = "grafana"
  secure_json_data_encoded = jsonencode({
    basicAuthPassword = var.loki_password  ⟪variable reference⟫
  })
}
"""),
    ("infra/terraform/modules/vault/main.tf", r"""
provider "vault" {
  address = "https://vault.corvane.aero:8200"
  token   = "«hvs:tfvault»"  ⟦vault|Vault service token in a provider block⟧
}

resource "vault_generic_secret" "gha_sftp" {
  path = "secret/gha/sftp"
  data_json = jsonencode({
    username = "menzies-lej"
    password = "«pwn:menziessftp»"  ⟦password|password in vault_generic_secret data_json⟧
  })
}
"""),
    ("infra/cdk/lib/ops-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class OpsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    new rds.DatabaseCluster(this, 'SlotDb', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_2 }),
      credentials: rds.Credentials.fromGeneratedSecret('slot_owner'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });
    new rds.DatabaseInstance(this, 'CrewDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      credentials: rds.Credentials.fromPassword('crew_owner', cdk.SecretValue.unsafePlainText('«pwc:crewdb»')),  ⟦password|CDK unsafePlainText password⟧
    });
    new secretsmanager.Secret(this, 'AcarsSecret', {
      secretStringValue: cdk.SecretValue.secretsManager('acars/datalink'),  ⟪secretsManager reference⟫
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
import aws_cdk as cdk
from aws_cdk import aws_lambda as lambda_
from constructs import Construct


class SlotStack(cdk.Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        lambda_.Function(
            self, "SlotSync",
            runtime=lambda_.Runtime.PYTHON_3_12,
            handler="slot.handler",
            code=lambda_.Code.from_asset("lambda/slot"),
            environment={
                "EUROCONTROL_B2B_PASSWORD": "«pwx:b2b»",  ⟦password|EUROCONTROL B2B password in CDK Lambda env⟧
                "SLOT_API_URL": "https://b2b.nm.eurocontrol.int",
            },
        )


app = cdk.App()
SlotStack(app, "slot-sync", env=cdk.Environment(account="471902385516", region="eu-central-1"))  ⟪account id⟫
app.synth()
"""),
    ("k8s/base/tracktrace-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tracktrace-aws
  namespace: tracking
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8strack»  ⟦aws-b64|base64 access key id in a Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8strack»  ⟦aws-b64|base64 secret in a Secret data⟧
  AWS_REGION: «b64:lit:us-west-2»  ⟪base64 of a region name⟫
"""),
    ("k8s/base/loadmaster-deploy.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: loadmaster
  namespace: ops
spec:
  replicas: 3
  selector:
    matchLabels: {app: loadmaster}
  template:
    metadata:
      labels: {app: loadmaster}
    spec:
      containers:
        - name: loadmaster
          image: 905126673014.dkr.ecr.us-west-2.amazonaws.com/loadmaster:1.19.4
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: loadmaster-db, key: password}  ⟪secretKeyRef⟫
            - name: NAVBLUE_API_KEY
              value: «b62:32-navblue»  ⟦app-secret|NAVBLUE flight-planning API key in a Deployment env⟧
            - name: AMQP_URL
              value: amqps://loadmaster:«pp:lmamqp»@b-«uuid:mqbroker».mq.us-west-2.amazonaws.com:5671  ⟦conn-string|AMQP URL with password⟧
"""),
    ("k8s/base/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: loadmaster-db
  namespace: ops
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets
    kind: ClusterSecretStore
  target:
    name: loadmaster-db
  data:
    - secretKey: password
      remoteRef:
        key: ops/loadmaster/db  ⟪remoteRef key⟫
        property: password
"""),
    ("k8s/base/grafana-agent-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-agent
  namespace: monitoring
type: Opaque
stringData:
  GRAFANA_CLOUD_API_KEY: «glsa:agent»  ⟦app-secret|Grafana token in stringData⟧
  LOKI_USERNAME: "713204"
  LOKI_PASSWORD: «b62:44-lokipw»  ⟦password|Loki password in stringData⟧
"""),
    ("k8s/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-customs-bridge
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.corvane.aero/trade/customs-bridge.git
  username: argocd
  password: «glpat:argocd»  ⟦gitlab|GitLab PAT in an Argo CD repository secret⟧
"""),
    ("k8s/sealed/bookings-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: bookings-env
  namespace: bookings
spec:
  encryptedData:
    STRIPE_SECRET_KEY: «sealed:bookstripe»  ⟪SealedSecret blob⟫
    DATABASE_URL: «sealed:bookdb»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: bookings-env
"""),
    ("k8s/cert-manager/route53-issuer.yaml", r"""
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-route53
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: platform@corvane.aero
    privateKeySecretRef:
      name: le-account-key
    solvers:
      - dns01:
          route53:
            region: us-west-2
            hostedZoneID: Z08413572KQXW9M2C1R7T  ⟪hosted zone id⟫
            accessKeyID: «akid:certmgr»  ⟦aws-key-id|access key id in a cert-manager issuer⟧
            secretAccessKeySecretRef:
              name: route53-credentials
              key: secret-access-key
"""),
    ("k8s/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ops
resources:
  - ../../base
images:
  - name: loadmaster
    newTag: 1.19.4
secretGenerator:
  - name: loadmaster-extra
    literals:
      - JEPPESEN_FLIGHTDECK_TOKEN=«b62:48-jepfd»  ⟦app-secret|secretGenerator literal token⟧
      - SMTP_PASSWORD=«pw:lmsmtp»  ⟦password|secretGenerator literal password⟧
      - FEATURE_FLAGS=wb-v2,uld-3d
  - name: loadmaster-tls
    files:
      - tls.crt
      - tls.key
"""),
    ("k8s/overlays/staging/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ops-staging
resources:
  - ../../base
secretGenerator:
  - name: loadmaster-extra
    literals:
      - JEPPESEN_FLIGHTDECK_TOKEN=replace-me  ⟪placeholder⟫
      - SMTP_PASSWORD=  ⟪empty⟫
"""),
    ("helm/tracktrace/values.yaml", r"""
replicaCount: 2
image:
  repository: 905126673014.dkr.ecr.us-west-2.amazonaws.com/tracktrace
  tag: ""
env:
  NODE_ENV: production
  LOG_LEVEL: info
secrets:
  existingSecret: tracktrace-env  ⟪existingSecret reference⟫
datadog:
  apiKey: ""  ⟪empty⟫
  apiKeyExistingSecret: datadog-keys
postgresql:
  auth:
    username: tracktrace
    password: "{{ .Values.global.pgPassword }}"  ⟪Helm template⟫
"""),
    ("helm/tracktrace/values-prod.yaml", r"""
replicaCount: 6
image:
  tag: 3.12.0
datadog:
  apiKey: «ddapi:helmtrack»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:helmtrack»  ⟦datadog|Datadog application key in Helm values⟧
postgresql:
  auth:
    username: tracktrace
    password: «pwc:trackpg»  ⟦password|Helm values Postgres password⟧
ingress:
  enabled: true
  hosts: [track.corvane.aero]
"""),
    ("helm/airflow/values-ops.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:airflowops»  ⟦app-secret|Airflow Fernet key in Helm values⟧
webserverSecretKey: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key⟧
data:
  metadataConnection:
    user: airflow
    pass: «pwn:airflowmeta»  ⟦password|Airflow metadata DB password⟧
    host: airflow-meta.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com
    db: airflow
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪local default⟫
"""),
    ("helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafanaadmin»  ⟦password|Grafana adminPassword in Helm values⟧
grafana.ini:
  server:
    root_url: https://grafana.ops.corvane.aero
  auth.generic_oauth:
    enabled: true
    client_id: «uuid:grafanaoauth»  ⟪OAuth client id⟫
    client_secret: «azad:grafanaoauth»  ⟦azure-ad|Entra ID client secret in grafana.ini⟧
    auth_url: https://login.microsoftonline.com/«uuid:tenant»/oauth2/v2.0/authorize  ⟪tenant id in URL⟫
"""),
    ("docker-compose.yml", r"""
services:
  awbhub:
    build: ./services/awbhub
    environment:
      SPRING_DATASOURCE_URL: jdbc:mysql://mysql:3306/awbhub
      SPRING_DATASOURCE_USERNAME: awb
      SPRING_DATASOURCE_PASSWORD: awb  ⟪local default equal to the user⟫
      SITA_GATEWAY_PASSWORD: ${SITA_GATEWAY_PASSWORD}  ⟪env placeholder⟫
  mysql:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: root  ⟪local default⟫
      MYSQL_DATABASE: awbhub
  localstack:
    image: localstack/localstack:3
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
"""),
    ("deploy/compose/ops-tools.yml", r"""
version: "3.9"
services:
  metabase:
    image: metabase/metabase:v0.50.9
    environment:
      MB_DB_TYPE: postgres
      MB_DB_HOST: ops-meta.internal.corvane.aero
      MB_DB_USER: metabase
      MB_DB_PASS: «pp:metabase»  ⟦password|compose env DB password⟧
      MB_ENCRYPTION_SECRET_KEY: «b64k:32-mbenc»  ⟦app-secret|Metabase encryption key⟧
  redis:
    image: redis:7
    command: ["redis-server", "--requirepass", "«pwn:opsredis»"]  ⟦password|redis-server --requirepass⟧
  uptime:
    image: louislam/uptime-kuma:1
"""),
    ("services/awbhub/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG ARTIFACTORY_USER=ci-reader
ENV SPRING_PROFILES_ACTIVE=prod
ENV CCS_ENDPOINT=https://ccs.cargo-community.net/ws
RUN --mount=type=secret,id=artifactory,env=ARTIFACTORY_PASSWORD ./fetch-plugins.sh  ⟪BuildKit secret mount⟫
COPY target/awbhub.jar /app/awbhub.jar
ENTRYPOINT ["java", "-jar", "/app/awbhub.jar"]
"""),
    ("services/mro/Dockerfile", r"""
FROM php:8.3-fpm
ENV APP_ENV=production
ENV APP_KEY=«laravel:mro»  ⟦app-secret|Laravel APP_KEY baked into a Dockerfile⟧
ENV DB_PASSWORD=«pwc:mrodb»  ⟦password|DB password baked into ENV⟧
RUN composer config --global http-basic.repo.packagist.com token «hex:40-packagist»  ⟦app-secret|Private Packagist token in composer config⟧
COPY . /var/www/html
"""),
    ("services/loadmaster/Dockerfile", r"""
FROM python:3.12-slim
ARG PIP_EXTRA_INDEX_URL
ENV PYTHONUNBUFFERED=1
RUN pip install --no-cache-dir --index-url https://ci-reader:«pwn:pipreader»@artifacts.corvane.aero/api/pypi/pypi-virtual/simple loadmaster-core==1.19.4  ⟦conn-string|pip index URL with password in RUN⟧
COPY . /app
CMD ["gunicorn", "loadmaster.wsgi", "-b", "0.0.0.0:8000"]
"""),
    (".github/workflows/customs-bridge.yml", r"""
name: customs-bridge
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      GOPRIVATE: github.com/corvane/*
      GOFLAGS: -mod=readonly
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::905126673014:role/gha-customs-bridge  ⟪OIDC role, no key⟫
          aws-region: us-west-2
      - run: git config --global url."https://x-access-token:${{ secrets.GH_PAT }}@github.com/".insteadOf "https://github.com/"  ⟪secrets expression⟫
      - run: go test ./...
"""),
    (".github/workflows/tracktrace-deploy.yml", r"""
name: tracktrace deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «akid:ghatrack»  ⟦aws-key-id|static key in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghatrack»  ⟦aws-secret|static secret in a workflow env⟧
      AWS_DEFAULT_REGION: us-west-2
      NPM_TOKEN: «npm:trackci»  ⟦npm|npm token in workflow env⟧
      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}  ⟪secrets expression⟫
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: aws ecs update-service --cluster tracking --service tracktrace-api --force-new-deployment
"""),
    (".github/workflows/hazmat-sam.yml", r"""
name: hazmat-check
on: [push]
jobs:
  sam:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/setup-sam@v2
      - run: sam build
      - run: >
          sam deploy --no-confirm-changeset
          --parameter-overrides IataDgApiKey=${{ secrets.IATA_DG_API_KEY }}  ⟪secrets expression⟫
      - name: notify
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"hazmat deployed"}' «slackhook:deploys»  ⟦slack|Slack webhook in a workflow step⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [test, build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  ICS2_SANDBOX_URL: https://conformance.ics2.ec.europa.eu
  ICS2_CONF_PASSWORD: «pwc:ics2conf»  ⟦password|GitLab CI variable password⟧
  SONAR_TOKEN: $SONAR_TOKEN  ⟪variable reference⟫
test:
  stage: test
  image: golang:1.22
  script:
    - go test ./...
deploy:
  stage: deploy
  script:
    - export AWS_ACCESS_KEY_ID=«akid:gitlabdeploy»  ⟦aws-key-id|key exported in a CI script⟧
    - export AWS_SECRET_ACCESS_KEY=«awssec:gitlabdeploy»  ⟦aws-secret|secret exported in a CI script⟧
    - aws ecs update-service --cluster customs --service bridge --force-new-deployment
"""),
    ("ci/gitlab-runner/config.toml", r"""
concurrent = 4
check_interval = 0

[[runners]]
  name = "leipzig-docker-1"
  url = "https://gitlab.corvane.aero/"
  id = 41
  token = "«glrt:leipzig»"  ⟦gitlab|GitLab runner authentication token⟧
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:runnercache»"  ⟦aws-key-id|runner cache access key⟧
      SecretKey = "«awssec:runnercache»"  ⟦aws-secret|runner cache secret key⟧
      BucketName = "cvf-gitlab-runner-cache"
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  environment {
    ARTIFACTORY = credentials('artifactory-ci')  ⟪Jenkins credentials()⟫
    JIRA_URL = 'https://corvane.atlassian.net'
  }
  stages {
    stage('build') {
      steps { sh 'mvn -B package' }
    }
    stage('notify') {
      steps {
        sh "curl -s -u jenkins@corvane.aero:«atl:jenkinsjira» -X POST $JIRA_URL/rest/api/3/issue/CARGO-1/comment"  ⟦atlassian|Atlassian API token in curl -u⟧
      }
    }
  }
}
"""),
    ("ci/azure-pipelines.yml", r"""
trigger:
  - main
pool:
  vmImage: windows-latest
variables:
  buildConfiguration: Release
  NUGET_FEED_PAT: «gpat:nuget»  ⟦azure-devops|Azure DevOps PAT as a pipeline variable⟧
  DB_PASSWORD: $(RosterDbPassword)  ⟪pipeline variable macro⟫
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: deploy bookings assets
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪variable reference⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: cvf-bookings-assets
"""),
    ("ci/packer/acars-gw.pkr.hcl", r"""
source "amazon-ebs" "acars" {
  region        = "us-west-2"
  instance_type = "c7g.large"
  source_ami    = "ami-0b2f4c7e91d3a8650"
  ssh_username  = "ec2-user"
  access_key    = "«akid:packer»"  ⟦aws-key-id|Packer builder access key⟧
  secret_key    = "«awssec:packer»"  ⟦aws-secret|Packer builder secret key⟧
}

build {
  sources = ["source.amazon-ebs.acars"]
  provisioner "shell" {
    inline = [
      "curl -fsSL -u deploy:«pwn:nexusdeploy» https://nexus.corvane.aero/repository/raw/acars-gw.tgz -o /tmp/gw.tgz",  ⟦password|curl -u password in a Packer provisioner⟧
    ]
  }
}
"""),
    ("ansible/group_vars/gha_hosts.yml", r"""
ansible_user: ec2-user
sftp_chroot: /srv/gha
gha_accounts:
  - name: swissport-anc
    password: «pwn:swissport»  ⟦password|Ansible group_vars password⟧
  - name: wfs-cdg
    password: "{{ vault_wfs_password }}"  ⟪Jinja variable⟫
rabbitmq_admin_password: «pw:rabbitgha»  ⟦password|Ansible var password⟧
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:80-vault1»  ⟪ansible-vault body⟫
«hex:80-vault2»
«hex:80-vault3»
"""),
    ("infra/eb/.ebextensions/env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    RAILS_ENV: production
    DATABASE_URL: postgres://bookings:«pct:pwx:ebbook»@bookings-db.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com/bookings  ⟦conn-string|Postgres URL in ebextensions⟧
    SECRET_KEY_BASE: «hex:128-skb»  ⟦app-secret|Rails secret_key_base⟧
    SQUARE_ACCESS_TOKEN: «sqatp:bookpos»  ⟦app-secret|Square production access token⟧
  aws:autoscaling:launchconfiguration:
    EC2KeyName: cvf-bookings
"""),
    ("infra/stepfunctions/awb-reconcile.asl.json", r"""
{
  "Comment": "Nightly AWB reconciliation against the revenue accounting system",
  "StartAt": "FetchInvoices",
  "States": {
    "FetchInvoices": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.revenue-accounting.aero/v2/invoices",
        "Method": "GET",
        "Headers": {"X-Api-Key": "«b62:40-revacct»"},  ⟦app-secret|API key header in a Step Functions task⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:us-west-2:471902385516:connection/revacct/«uuid:revconn»"}  ⟪connection ARN⟫
      },
      "End": true
    }
  }
}
"""),
    ("infra/ssm/patch-acars.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Restart the ACARS gateway after patching",
  "parameters": {
    "DatalinkPassword": {"type": "String", "default": "{{ssm-secure:/acars/datalink/password}}"}  ⟪ssm-secure reference⟫
  },
  "mainSteps": [
    {
      "action": "aws:runShellScript",
      "name": "restart",
      "inputs": {
        "runCommand": [
          "sed -i 's/^datalink.password=.*/datalink.password={{ DatalinkPassword }}/' /etc/acars/gateway.conf",  ⟪SSM document parameter⟫
          "systemctl restart acars-gw"
        ]
      }
    }
  ]
}
"""),
]

FILES += [
    ("infra/cfn/pipeline-awbhub.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: awbhub delivery pipeline (CodePipeline v1, GitHub source)
Resources:
  AwbPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::905126673014:role/codepipeline-awbhub
      ArtifactStore: {Type: S3, Location: cvf-pipeline-artifacts-905126673014}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: corvane
                Repo: awbhub
                Branch: main
                OAuthToken: «ghp:pipelineoauth»  ⟦github|GitHub token in a CodePipeline v1 source action⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration:
                ProjectName: awbhub-build
                EnvironmentVariables: '[{"name":"SONAR_TOKEN","value":"/ci/sonar/token","type":"PARAMETER_STORE"}]'  ⟪PARAMETER_STORE variable⟫
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/batch-fuel-recon.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Batch job for the monthly fuel invoice reconciliation
Resources:
  ReconJobDef:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: fuel-recon
      ContainerProperties:
        Image: 905126673014.dkr.ecr.us-west-2.amazonaws.com/fuel-recon:0.9.3
        Vcpus: 2
        Memory: 4096
        Command: [python, recon.py, --month, Ref::month]
        Environment:
          - Name: SNOWFLAKE_USER
            Value: FUEL_SVC
          - Name: SNOWFLAKE_PASSWORD
            Value: «pwc:fuelsnow»  ⟦password|Batch job environment password⟧
          - Name: IATA_FUEL_API_TOKEN
            Value: «b62:44-iatafuel»  ⟦app-secret|IATA fuel data API token⟧
        Secrets:
          - Name: SFTP_KEY
            ValueFrom: arn:aws:secretsmanager:us-west-2:471902385516:secret:fuel/sftp-key-«b62:6-fuelsec»  ⟪Secrets ValueFrom⟫
      Tags:
        app: fuel-uplift
        owner: fuel-ops
"""),
    ("infra/cfn/cognito-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: forwarder portal user pool with the Okta OIDC identity provider
Resources:
  PartnerPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: cvf-partners
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref PartnerPool
      ProviderName: okta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktacognito»  ⟪Okta client id⟫
        client_secret: «b62:40-oktacognito»  ⟦app-secret|OIDC client secret in a Cognito identity provider⟧
        oidc_issuer: https://corvane.okta.com
        authorize_scopes: openid email profile
        attributes_request_method: GET
  PortalClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref PartnerPool
      GenerateSecret: true  ⟪generated secret⟫
"""),
    ("infra/cfn/msk-telemetry.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "MSK Connect connector shipping ACARS telemetry to Confluent Cloud",
  "Resources": {
    "AcarsConnector": {
      "Type": "AWS::KafkaConnect::Connector",
      "Properties": {
        "ConnectorName": "acars-to-confluent",
        "KafkaConnectVersion": "3.7.x",
        "ConnectorConfiguration": {
          "connector.class": "io.confluent.connect.replicator.ReplicatorSourceConnector",
          "dest.kafka.bootstrap.servers": "pkc-«lo:5-pkc».us-west-2.aws.confluent.cloud:9092",
          "dest.kafka.sasl.jaas.config": "org.apache.kafka.common.security.plain.PlainLoginModule required username=\"«confkey:acars»\" password=\"«confsec:acars»\";",  ⟦app-secret|Confluent key and secret in a SASL JAAS config⟧
          "dest.kafka.security.protocol": "SASL_SSL",
          "tasks.max": "2"
        },
        "ServiceExecutionRoleArn": "arn:aws:iam::471902385516:role/msk-connect-acars"
      }
    }
  }
}
"""),
    ("infra/cfn/waf-bookings.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "BookingsAcl": {
      "Type": "AWS::WAFv2::WebACL",
      "Properties": {
        "Scope": "CLOUDFRONT",
        "DefaultAction": {"Allow": {}},
        "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "bookings"},
        "Rules": [
          {
            "Name": "partner-bypass",
            "Priority": 1,
            "Action": {"Allow": {}},
            "Statement": {"ByteMatchStatement": {"FieldToMatch": {"SingleHeader": {"Name": "x-partner-token"}}, "PositionalConstraint": "EXACTLY", "SearchString": "«b62:40-wafbypass»", "TextTransformations": [{"Priority": 0, "Type": "NONE"}]}},  ⟦app-secret|shared bypass token in a WAF rule⟧
            "VisibilityConfig": {"SampledRequestsEnabled": true, "CloudWatchMetricsEnabled": true, "MetricName": "partner-bypass"}
          }
        ]
      }
    }
  }
}
"""),
    ("infra/cfn/codedeploy/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: /
    destination: /opt/acars
hooks:
  AfterInstall:
    - location: scripts/configure.sh
      timeout: 120
      runas: root
  ApplicationStart:
    - location: scripts/start.sh
"""),
    ("infra/cfn/codedeploy/scripts/configure.sh", r"""
#!/bin/bash
# CodeDeploy AfterInstall hook for the ACARS gateway
set -e
cat > /etc/acars/env <<EOF2
KINESIS_STREAM=acars-raw
SPLUNK_HEC_TOKEN=«uuid:splunkhec»  ⟦splunk|Splunk HEC token (UUID) written by a CodeDeploy hook⟧
EOF2
chmod 600 /etc/acars/env
aws ssm get-parameter --name /acars/datalink/password --with-decryption --query Parameter.Value --output text > /etc/acars/datalink.pw  ⟪SSM lookup⟫
"""),
    ("infra/cfn/vpc-flowlogs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: VPC flow logs for the ops VPC
Resources:
  FlowLog:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: vpc-0e2a9f41c7d3b8a65  ⟪VPC id⟫
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::cvf-flowlogs-471902385516
      Tags:
        - Key: owner
          Value: network
"""),
    ("services/bookings/serverless.yml", r"""
service: bookings-quotes
provider:
  name: aws
  runtime: python3.12
  region: us-west-2
  environment:
    QUOTE_DB_PASSWORD: ${ssm:/bookings/quote-db/password}  ⟪ssm reference⟫
    HUBSPOT_TOKEN: pat-na1-«uuid:hubspot»  ⟦app-secret|HubSpot private app token⟧
    XENETA_API_KEY: «hex:40-xeneta»  ⟦app-secret|Xeneta freight-rate API key⟧
    WEBHOOK_SIGNING_SECRET: ${self:custom.signing}  ⟪self reference⟫
custom:
  signing: ${env:WEBHOOK_SIGNING_SECRET, ''}
functions:
  quote:
    handler: handler.quote
"""),
    ("deploy/ecs/customs-bridge-service.json", r"""
{
  "taskDefinition": {
    "family": "customs-ack-worker",
    "containerDefinitions": [
      {
        "name": "worker",
        "image": "905126673014.dkr.ecr.us-west-2.amazonaws.com/customs-bridge:2.14.1",
        "command": ["/bin/ack-worker", "--ace-password", "«pwl:aceuser»"],  ⟦password|password as a container command argument⟧
        "environment": [
          {"name": "DD_API_KEY", "value": "«ddapi:customsecs»"},  ⟦datadog|Datadog API key in ECS env⟧
          {"name": "DD_SITE", "value": "datadoghq.com"}
        ],
        "secrets": [
          {"name": "ICS2_CLIENT_SECRET", "valueFrom": "/customs/ics2/client-secret"}  ⟪valueFrom SSM name⟫
        ]
      }
    ]
  }
}
"""),
    ("k8s/base/telemetry-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: telemetry-config
  namespace: telemetry
data:
  application.conf: |
    kinesis.stream = "acars-raw"
    kinesis.region = "us-west-2"
    timestream.database = "fleet"
    influx.url = "https://influx.ops.corvane.aero"
    influx.token = "«urlsafe:64-influx»"  ⟦app-secret|InfluxDB token in a ConfigMap⟧
    influx.org = "corvane"
"""),
    ("k8s/base/backup-cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: mro-mysql-backup
  namespace: mro
spec:
  schedule: "30 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: dump
              image: mysql:8.0
              args:
                - /bin/sh
                - -c
                - mysqldump -h mro-mysql-legacy.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com -u mro --password=«pwl:mromysql» mro | gzip > /backup/mro.sql.gz  ⟦password|mysqldump --password in a CronJob⟧
"""),
    ("k8s/base/aws-secret-data.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: velero-aws
  namespace: velero
type: Opaque
data:
  cloud: «b64:credini:velero»  ⟦aws-b64|base64 credentials file in a Velero Secret⟧
"""),
    ("k8s/flux/gitrepository.yaml", r"""
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: ops-config
  namespace: flux-system
spec:
  interval: 5m
  url: ssh://git@gitlab.corvane.aero/platform/ops-config.git
  secretRef:
    name: ops-config-ssh  ⟪secretRef⟫
---
apiVersion: v1
kind: Secret
metadata:
  name: ops-config-ssh
  namespace: flux-system
type: Opaque
data:
  identity: «b64:openssh:edflux:flux@ops-config»  ⟦private-key|base64 OpenSSH key in a Flux Secret⟧
  known_hosts: «b64:sshpub:edgitlabhost:gitlab.corvane.aero»  ⟪base64 known_hosts⟫
"""),
    ("helm/awbhub/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "awbhub.fullname" . }}
type: Opaque
stringData:
  CCS_PASSWORD: {{ .Values.ccs.password | quote }}  ⟪Helm template⟫
  DESCARTES_API_KEY: {{ required "descartes key" .Values.descartes.apiKey | quote }}  ⟪Helm template⟫
"""),
    ("helm/awbhub/values-staging.yaml", r"""
ccs:
  user: CVFAWB02
  password: «pwn:ccsstaging»  ⟦password|Helm values password for the staging CCS login⟧
descartes:
  apiKey: «b62:36-descartesstg»  ⟦app-secret|Descartes staging key in Helm values⟧
resources:
  limits: {cpu: "1", memory: 2Gi}
"""),
    ("helmfile.yaml", r"""
repositories:
  - name: grafana
    url: https://grafana.github.io/helm-charts
  - name: corvane
    url: https://charts.corvane.aero
    username: helm-reader
    password: «pp:helmreader»  ⟦password|Helm repository password in helmfile⟧
releases:
  - name: grafana
    namespace: monitoring
    chart: grafana/grafana
    values: [helm/grafana/values.yaml]
    set:
      - name: adminPassword
        value: '{{ requiredEnv "GRAFANA_ADMIN_PASSWORD" }}'  ⟪requiredEnv template⟫
"""),
    ("deploy/compose/docker-compose.override.yml", r"""
services:
  tracktrace:
    environment:
      STRIPE_SECRET_KEY: «rk:trackdev»  ⟦stripe|Stripe restricted live key in a compose override⟧
      DATABASE_URL: postgres://tracktrace:tracktrace@db:5432/tracktrace  ⟪local default equal to the user⟫
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
"""),
    ("services/tracktrace/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN
RUN echo "//npm.pkg.github.com/:_authToken=«ghp:dockernpm»" > .npmrc && npm ci && rm .npmrc  ⟦github|GitHub token written to .npmrc in a RUN layer⟧
COPY . .
RUN npm run build
FROM node:20-alpine
COPY --from=build /app/dist /app
CMD ["node", "/app/server.js"]
"""),
    ("services/customs-bridge/Dockerfile", r"""
FROM golang:1.22 AS build
ARG GOPROXY_TOKEN
ENV GOPRIVATE=github.com/corvane/*
RUN git config --global url."https://${GOPROXY_TOKEN}@github.com/".insteadOf "https://github.com/"  ⟪build-arg reference⟫
COPY . /src
RUN cd /src && CGO_ENABLED=0 go build -o /bridge ./cmd/bridge
FROM gcr.io/distroless/static
COPY --from=build /bridge /bridge
ENTRYPOINT ["/bridge"]
"""),
    (".github/workflows/loadmaster-ci.yml", r"""
name: loadmaster ci
on: [pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres  ⟪CI service default⟫
    env:
      LM_DB_PASSWORD: postgres
      CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}  ⟪secrets expression⟫
      NAVBLUE_API_KEY: «b62:32-navblue»  ⟦app-secret|the NAVBLUE key in a workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: '3.12'}
      - run: pip install -r requirements.txt && pytest
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/ruby:3.3
        auth:
          username: corvaneci
          password: «dckr:hubcircle»  ⟦docker-hub|Docker Hub token as CircleCI image auth⟧
    environment:
      RAILS_ENV: test
      BUNDLE_PATH: vendor/bundle
    steps:
      - checkout
      - run: bundle install && bundle exec rspec
workflows:
  main:
    jobs: [build]
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":docker: build roster"
    command: make docker
    env:
      DOCKER_BUILDKIT: "1"
      SENTRY_AUTH_TOKEN: "«hex:64-sentrybk»"  ⟦app-secret|Sentry auth token in Buildkite env⟧
    plugins:
      - ecr#v2.9.0:
          login: true
          account_ids: "905126673014"  ⟪account id⟫
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-west-2
  telemetry:influxToken:
    secure: v1:«b64k:24-pulnonce»:«b64k:48-pulcipher»  ⟪Pulumi encrypted secret⟫
  telemetry:grafanaUrl: https://grafana.ops.corvane.aero
  telemetry:pagerdutyKey: «pdkey:pulumi»  ⟦pagerduty|PagerDuty routing key in plain Pulumi config⟧
"""),
    ("ansible/inventory/roster.ini", r"""
[roster_windows]
roster-app01.corp.corvane.aero
roster-app02.corp.corvane.aero

[roster_windows:vars]
ansible_connection=winrm
ansible_user=CORVANE\svc-ansible
ansible_password=«pwc:ansiblewin»  ⟦password|ansible_password in an inventory⟧
ansible_winrm_transport=ntlm
"""),
    ("infra/nomad/acars-replay.nomad.hcl", r"""
job "acars-replay" {
  datacenters = ["anc1"]
  type        = "batch"
  group "replay" {
    task "replay" {
      driver = "docker"
      config {
        image = "905126673014.dkr.ecr.us-west-2.amazonaws.com/acars-replay:0.4.0"
      }
      env {
        KINESIS_STREAM = "acars-raw"
        AWS_ACCESS_KEY_ID     = "«akid:nomadreplay»"  ⟦aws-key-id|key id in a Nomad job env⟧
        AWS_SECRET_ACCESS_KEY = "«awssec:nomadreplay»"  ⟦aws-secret|secret in a Nomad job env⟧
      }
      template {
        data        = "DATALINK_PASSWORD={{ with secret \"kv/acars\" }}{{ .Data.password }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/env"
        env         = true
      }
    }
  }
}
"""),
]

FILES += [
    ("infra/cfn/slot-alerts-inline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: slot-change alerts - inline Lambda posting EUROCONTROL slot changes to the ops channel
Resources:
  SlotAlertFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::471902385516:role/slot-alerts
      Code:
        ZipFile: |
          import json, urllib.request
          BOT_TOKEN = "«xoxb:slotalerts»"  ⟦slack|Slack bot token in inline ZipFile code⟧
          def handler(event, context):
              req = urllib.request.Request("https://slack.com/api/chat.postMessage",
                  data=json.dumps({"channel": "#ops-slots", "text": event["detail"]["summary"]}).encode(),
                  headers={"Authorization": "Bearer " + BOT_TOKEN, "Content-Type": "application/json"})
              urllib.request.urlopen(req)
      Tags:
        - Key: app
          Value: slot-sync
        - Key: owner
          Value: network-control
"""),
    ("infra/cfn/secrets-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: partner credentials (to be moved out of the template - CARGO-2240)
Resources:
  WfsSftpSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: partners/wfs/sftp
      SecretString: '{"username":"wfs-cdg","password":"«pwn:wfssftp»"}'  ⟦password|SecretString literal in a Secret resource⟧
  KnPushSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: partners/kn/push
      GenerateSecretString:
        SecretStringTemplate: '{"client":"corvane"}'
        GenerateStringKey: api_key
        PasswordLength: 40
        ExcludePunctuation: true
  SlotFeedParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /slot/feed/api-key
      Type: String
      Value: «b62:32-slotfeedapi»  ⟦app-secret|API key as a plain SSM parameter value⟧
      Tags:
        owner: network-control
"""),
    ("infra/cfn/apprunner-quotes.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "QuotesService": {
      "Type": "AWS::AppRunner::Service",
      "Properties": {
        "ServiceName": "bookings-quotes-ui",
        "SourceConfiguration": {
          "ImageRepository": {
            "ImageIdentifier": "905126673014.dkr.ecr.us-west-2.amazonaws.com/quotes-ui:1.4.2",
            "ImageRepositoryType": "ECR",
            "ImageConfiguration": {
              "Port": "3000",
              "RuntimeEnvironmentVariables": [
                {"Name": "NEXTAUTH_URL", "Value": "https://quotes.corvane.aero"},
                {"Name": "NEXTAUTH_SECRET", "Value": "«b64k:32-nextauth»"},  ⟦app-secret|NEXTAUTH_SECRET in App Runner env⟧
                {"Name": "AUTH0_CLIENT_SECRET", "Value": "«urlsafe:48-auth0»"}  ⟦app-secret|Auth0 client secret⟧
              ],
              "RuntimeEnvironmentSecrets": [
                {"Name": "DATABASE_URL", "Value": "arn:aws:secretsmanager:us-west-2:471902385516:secret:quotes/db-«b62:6-quotesdb»"}  ⟪RuntimeEnvironmentSecrets ARN⟫
              ]
            }
          }
        },
        "Tags": [{"Key": "app", "Value": "bookings"}, {"Key": "owner", "Value": "commercial-digital"}]
      }
    }
  }
}
"""),
    ("infra/terraform/ssm-params.tf", r"""
resource "aws_ssm_parameter" "oag_key" {
  name  = "/ops/oag/api-key"
  type  = "SecureString"
  value = "«hex:32-oag»"  ⟦app-secret|SecureString parameter with a literal value⟧
}

resource "aws_secretsmanager_secret_version" "unilode" {
  secret_id = aws_secretsmanager_secret.unilode.id
  secret_string = jsonencode({
    username = "corvane"
    password = "«pwc:unilode»"  ⟦password|password in a secret_string jsonencode⟧
  })
}

resource "aws_ssm_parameter" "flightaware" {
  name  = "/ops/flightaware/api-key"
  type  = "SecureString"
  value = "placeholder-set-by-console"  ⟪placeholder⟫
  lifecycle { ignore_changes = [value] }
}
"""),
    ("k8s/base/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-regcred
  namespace: bookings
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:hubk8s»  ⟦docker-hub|base64 .dockerconfigjson with a registry auth⟧
"""),
    ("k8s/base/kafka-client.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: tracking-kafka-client
  namespace: tracking
data:
  client.properties: |
    bootstrap.servers=b-1.cvf-tracking.«lo:6-msk».c3.kafka.us-west-2.amazonaws.com:9096
    security.protocol=SASL_SSL
    sasl.mechanism=SCRAM-SHA-512
    sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="tracktrace" password="«pwn:mskscram»";  ⟦password|SCRAM password in a JAAS line in a ConfigMap⟧
"""),
    ("helm/redis/values-bookings.yaml", r"""
architecture: replication
auth:
  enabled: true
  password: «pw:bookredishelm»  ⟦password|Bitnami Redis auth.password⟧
  existingSecret: ""
master:
  persistence:
    size: 8Gi
metrics:
  enabled: true
"""),
    ("deploy/windows/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪publicKeyToken, an assembly identifier⟫
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwc:winlocaladmin»</Value>  ⟦password|sysprep AdministratorPassword in clear⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
]

FILES += [
    ("infra/cfn/amplify-ops-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ops portal (Amplify Hosting) - staging branch behind basic auth
Resources:
  OpsPortal:
    Type: AWS::Amplify::App
    Properties:
      Name: cvf-ops-portal
      Repository: https://github.com/corvane/ops-portal
      AccessToken: «ghp:amplify»  ⟦github|GitHub token as an Amplify AccessToken⟧
      EnvironmentVariables:
        - Name: NEXT_PUBLIC_API_BASE
          Value: https://ops-api.corvane.aero
        - Name: NEXT_PUBLIC_MAPBOX_TOKEN
          Value: pk.«urlsafe:48-mbpubops»  ⟪Mapbox public token⟫
      Tags:
        - Key: app
          Value: ops-portal
  StagingBranch:
    Type: AWS::Amplify::Branch
    Properties:
      AppId: !GetAtt OpsPortal.AppId
      BranchName: staging
      BasicAuthConfig:
        EnableBasicAuth: true
        Username: preview
        Password: «pp:amplifypreview»  ⟦password|Amplify branch basic-auth password⟧
"""),
    ("infra/cfn/dms-crewdb.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "DMS - on-prem crew database (SQL Server, Anchorage) to Aurora",
  "Parameters": {
    "SourcePassword": {"Type": "String", "NoEcho": true, "Default": "«pwc:dmscrew»"}  ⟦password|NoEcho parameter Default in CloudFormation JSON⟧
  },
  "Resources": {
    "CrewSource": {
      "Type": "AWS::DMS::Endpoint",
      "Properties": {
        "EndpointType": "source",
        "EngineName": "sqlserver",
        "ServerName": "crew-sql.anc.corvane.internal",
        "Port": 1433,
        "DatabaseName": "CrewOps",
        "Username": "dms_reader",
        "Password": {"Ref": "SourcePassword"},
        "Tags": [{"Key": "app", "Value": "rostercrew"}]
      }
    }
  }
}
"""),
    ("ci/codebuild/rostercrew-buildspec.yml", r"""
version: 0.2
env:
  variables:
    NEXUS_USER: ci-deployer
    NEXUS_PASSWORD: «pwn:nexusdeploy»  ⟦password|buildspec plain variable password⟧
    DOTNET_CLI_TELEMETRY_OPTOUT: "1"
  secrets-manager:
    NUGET_PAT: ci/nuget:pat  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - dotnet publish -c Release -o out
      - curl -u "$NEXUS_USER:$NEXUS_PASSWORD" --upload-file out/roster.zip https://nexus.corvane.aero/repository/raw/roster/
"""),
    ("infra/terraform/postgres-roles.tf", r"""
provider "postgresql" {
  host     = "loadmaster.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com"
  username = "lm_owner"
  password = "«pw:lmowner»"  ⟦password|postgresql provider password⟧
  sslmode  = "require"
}

resource "postgresql_role" "grafana" {
  name     = "grafana_ro"
  login    = true
  password = var.grafana_ro_password  ⟪variable reference⟫
}
"""),
    ("infra/terraform/k8s-secrets.tf", r"""
resource "kubernetes_secret" "navblue" {
  metadata {
    name      = "navblue"
    namespace = "ops"
  }
  data = {
    api_key = "«b62:32-navblue»"  ⟦app-secret|the NAVBLUE key in a kubernetes_secret resource⟧
  }
}

resource "kubernetes_secret" "loadmaster_db" {
  metadata {
    name      = "loadmaster-db"
    namespace = "ops"
  }
  data = {
    password = data.aws_secretsmanager_secret_version.lm.secret_string  ⟪data source reference⟫
  }
}
"""),
    ("k8s/overlays/prod/configmap-generator.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
configMapGenerator:
  - name: awbhub-config
    literals:
      - SPRING_PROFILES_ACTIVE=prod
      - SPRING_DATASOURCE_URL=jdbc:mysql://awb_app:«pct:pwc:awbapp»@awbhub.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:3306/awbhub  ⟦conn-string|JDBC URL with credentials in a configMapGenerator literal⟧
      - CCS_ENDPOINT=https://ccs.cargo-community.net/ws
"""),
    ("services/bookings/Dockerfile", r"""
FROM ruby:3.3-slim
ARG BUNDLE_GEMS__CONTRIBSYS__COM=«hex:8-sqkuser»:«hex:8-sqkpass»  ⟦app-secret|Sidekiq Pro credential as an ARG default⟧
ENV RAILS_ENV=production
WORKDIR /app
COPY Gemfile Gemfile.lock ./
RUN bundle install --without development test
COPY . .
RUN SECRET_KEY_BASE_DUMMY=1 bundle exec rails assets:precompile  ⟪build-time dummy flag⟫
CMD ["bundle", "exec", "puma", "-C", "config/puma.rb"]
"""),
    ("deploy/compose/acars-lab.yml", r"""
services:
  replay:
    image: 905126673014.dkr.ecr.us-west-2.amazonaws.com/acars-replay:0.4.0
    env_file: .env.acars  ⟪env_file reference⟫
    environment:
      INFLUX_TOKEN: «urlsafe:64-influx»  ⟦app-secret|the InfluxDB token again in compose⟧
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwl:influxadmin»  ⟦password|InfluxDB init password in compose⟧
      DOCKER_INFLUXDB_INIT_ORG: corvane
"""),
    (".github/workflows/mro-release.yml", r"""
name: mro release
on:
  release:
    types: [published]
jobs:
  image:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "«dckr:hubgha»" | docker login -u corvaneci --password-stdin  ⟦docker-hub|Docker Hub token echoed into docker login⟧
      - run: docker build -t corvane/mro:${{ github.event.release.tag_name }} services/mro
      - uses: docker/login-action@v3
        with:
          registry: ghcr.io
          username: ${{ github.actor }}
          password: ${{ secrets.GITHUB_TOKEN }}  ⟪secrets expression⟫
"""),
    ("infra/sam/ics2-ack/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ICS2 acknowledgement processor
Resources:
  AckFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: ack.handler
      Runtime: python3.12
      AutoPublishAlias: live
      Environment:
        Variables:
          ICS2_CLIENT_SECRET: !Sub '{{resolve:ssm-secure:/customs/ics2/client-secret}}'  ⟪ssm-secure dynamic reference⟫
          PAGERDUTY_INTEGRATION_KEY: «pdkey:ics2»  ⟦pagerduty|PagerDuty integration key in SAM env⟧
      Tags:
        app: customs-bridge
"""),
]
