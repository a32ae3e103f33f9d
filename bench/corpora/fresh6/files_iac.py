"""fresh6 templates, infrastructure as code (Furrowline Agronomics): CloudFormation YAML and JSON, parameter
files, CDK output, SAM and samconfig, serverless.yml, ECS, Lambda, CodeBuild, Step Functions, Batch, SSM,
App Runner, EventBridge, Terraform (tf, tfvars, tfstate), compose, Kubernetes, Helm, Dockerfiles, CI,
Ansible. Markers: render.py and README.md."""

FILES = [
    ("deploy/cfn/sensor-ingest-stack.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  FieldSense ingest - Kinesis stream, Timestream writer and the Aurora MySQL
  metadata store for soil probes (Furrowline prod, eu-west-1)
Parameters:
  Stage:
    Type: String
    Default: prod
  ProbeDbPassword:
    Type: String
    NoEcho: true
    Description: master password for the probe metadata cluster (no default on purpose)
Resources:
  ProbeStream:
    Type: AWS::Kinesis::Stream
    Properties:
      ShardCount: 4
      StreamEncryption:
        EncryptionType: KMS
        KeyId: alias/aws/kinesis
      Tags:
        - Key: team
          Value: fieldsense
        - Key: cost-centre
          Value: "4410"
  ProbeMetadataCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      MasterUsername: fieldsense
      MasterUserPassword: !Ref ProbeDbPassword  ⟪Ref of a NoEcho parameter with no Default⟫
      StorageEncrypted: true
      Tags:
        - Key: team
          Value: fieldsense
        - Key: backup
          Value: daily
  LegacyProbeCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: probe reading de-dup
      Engine: redis
      TransitEncryptionEnabled: true
      AuthToken: «pwr:probecache»  ⟦password|ElastiCache AuthToken literal⟧
      Tags:
        - Key: team
          Value: fieldsense
Outputs:
  StreamArn:
    Value: !GetAtt ProbeStream.Arn
    Export:
      Name: !Sub ${Stage}-probe-stream-arn
"""),
    ("deploy/cfn/irrigation-scheduler.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: Irrigation scheduler (valve plans from soil moisture + ET0 forecasts)
Parameters:
  ValveApiToken:
    Type: String
    NoEcho: true
    Default: «b62:40-valve»  ⟦app-secret|NoEcho Default carries the controller vendor token⟧
  AlertsTopic:
    Type: String
    Default: arn:aws:sns:eu-west-1:318604772951:irrigation-alerts
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
    Tags:
      app: irrigation
      owner: growers-platform
Resources:
  PlanFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: plan.handler
      CodeUri: s3://furrowline-artifacts-318604772951/irrigation/«sha:irrig».zip  ⟪git SHA in artifact key⟫
      Environment:
        Variables:
          VALVE_API_TOKEN: !Ref ValveApiToken
          VALVE_API_URL: https://api.hydrovalve.io/v2
          DB_SECRET_ARN: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:irrigation/db-«b62:6-sfx»  ⟪Secrets Manager ARN⟫
          ET0_FEED_KEY: '{{resolve:ssm-secure:/furrowline/irrigation/et0-feed-key}}'  ⟪ssm-secure dynamic reference⟫
          WEATHER_PARTNER_PASSWORD: «pw:weatherpartner»  ⟦password|literal partner password in SAM env⟧
  ValveCommandFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: valves.handler
      Environment:
        Variables:
          MQTT_USERNAME: valve-cmd
          MQTT_PASSWORD: "{{resolve:secretsmanager:irrigation/mqtt:SecretString:password}}"  ⟪dynamic reference⟫
"""),
    ("deploy/cfn/grain-market-db.yml", r"""
AWSTemplateFormatVersion: 2010-09-09
Description: grain-market PostgreSQL and the read replica for the price board
Resources:
  MarketDb:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      EngineVersion: '16.3'
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '200'
      MasterUsername: market_owner
      MasterUserPassword: '«pw:marketdb»'  ⟦password|RDS master password, low entropy⟧
      KmsKeyId: arn:aws:kms:eu-west-1:318604772951:key/«uuid:kmsmarket»  ⟪KMS key ARN with UUID⟫
      Tags:
        - {Key: app, Value: grain-market}
        - {Key: data-class, Value: confidential}
  PriceBoardReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      SourceDBInstanceIdentifier: !Ref MarketDb
      DBInstanceClass: db.r6g.large
  MarketDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: grain-market/prod/db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "market_owner"}'
        GenerateStringKey: password
        PasswordLength: 30
        ExcludeCharacters: '"@/\'
"""),
    ("deploy/cfn/imagery-batch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: NDVI imagery pipeline - AWS Batch compute and job definition
Resources:
  ImageryJobDefinition:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      PlatformCapabilities: [FARGATE]
      ContainerProperties:
        Image: 905512347760.dkr.ecr.eu-west-1.amazonaws.com/imagery-tiler@sha256:«sha256:tiler»  ⟪image digest⟫
        ResourceRequirements:
          - {Type: VCPU, Value: '4'}
          - {Type: MEMORY, Value: '16384'}
        Environment:
          - Name: SENTINEL_HUB_CLIENT_ID
            Value: «uuid:shclient»  ⟪OAuth client id (a UUID), not a secret⟫
          - Name: SENTINEL_HUB_CLIENT_SECRET
            Value: «b62:32-shsecret»  ⟦app-secret|Sentinel Hub client secret in Batch env⟧
          - Name: TILE_BUCKET
            Value: furrowline-ndvi-tiles
        Secrets:
          - Name: PLANET_API_KEY
            ValueFrom: arn:aws:ssm:eu-west-1:318604772951:parameter/imagery/planet-api-key  ⟪Secrets ValueFrom SSM ARN⟫
      Tags:
        team: imagery
"""),
    ("deploy/cfn/dealer-portal-legacy.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Dealer portal (PHP) on a single EC2 box, pending migration to App Runner
Resources:
  DealerPortalInstance:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0«hex:16-ami»
      InstanceType: t3.medium
      Tags:
        - Key: Name
          Value: dealer-portal-1
        - Key: retire-by
          Value: 2026-09-30
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash -xe
          dnf install -y php8.2 php8.2-mysqlnd httpd
          cat > /etc/dealer/db.ini <<'INI'
          host = dealer-db.internal.furrowline.io
          user = dealer_web
          password = «pwc:dealerweb»  ⟦password|password written by UserData⟧
          INI
          echo 'export AWS_ACCESS_KEY_ID=«akid:dealer»' >> /etc/profile.d/dealer.sh  ⟦aws-key-id|key ID in UserData⟧
          echo 'export AWS_SECRET_ACCESS_KEY=«awssec:dealer»' >> /etc/profile.d/dealer.sh  ⟦aws-secret|secret in UserData⟧
          systemctl enable --now httpd
"""),
    ("deploy/cfn/iam-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IAM users for co-op partners that pull yield reports
Parameters:
  CoopName:
    Type: String
Resources:
  CoopUser:
    Type: AWS::IAM::User
    Properties:
      UserName: !Sub coop-${CoopName}-reports
      Tags:
        - Key: partner
          Value: !Ref CoopName
  CoopAccessKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CoopUser
      Status: Active
  CoopKeyInSecrets:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub partners/${CoopName}/aws
      SecretString: !Sub '{"AccessKeyId":"${CoopAccessKey}","SecretAccessKey":"${CoopAccessKey.SecretAccessKey}"}'  ⟪Sub over the generated key, no literal⟫
Outputs:
  AccessKeyId:
    Value: !Ref CoopAccessKey
  SecretAccessKey:
    Value: !GetAtt CoopAccessKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output⟫
"""),
    ("deploy/cfn/mq-telemetry.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Amazon MQ (RabbitMQ) for tractor telemetry fan-out
Resources:
  TelemetryBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: telemetry
      EngineType: RABBITMQ
      EngineVersion: "3.13"
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      AutoMinorVersionUpgrade: true
      Users:
        - Username: telemetry_admin
          Password: «pp:mqadmin»  ⟦password|MQ broker user passphrase⟧
        - Username: telemetry_reader
          Password: '{{resolve:secretsmanager:telemetry/mq-reader:SecretString:password:AWSCURRENT}}'  ⟪dynamic reference⟫
      Tags:
        - Key: team
          Value: machinery
"""),
    ("deploy/cfn/json/price-feed.template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Commodity price feed poller (CBOT/Euronext quotes)",
  "Parameters": {
    "QuoteVendorKey": {"Type": "String", "NoEcho": "true"}
  },
  "Resources": {
    "PricePoller": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "poller.handler",
        "Code": {"S3Bucket": "furrowline-artifacts-318604772951", "S3Key": "price-feed/«sha:pricefeed».zip"},  ⟪git SHA in S3 key⟫
        "Environment": {
          "Variables": {
            "QUOTE_VENDOR_KEY": {"Ref": "QuoteVendorKey"},
            "BARCHART_API_KEY": "«hex:32-barchart»",  ⟦app-secret|market-data vendor API key in Lambda env⟧
            "SLACK_WEBHOOK_URL": "«slackhook:prices»",  ⟦slack-webhook|Slack webhook in Lambda env⟧
            "LOG_LEVEL": "info"
          }
        },
        "Tags": [{"Key": "team", "Value": "markets"}, {"Key": "tier", "Value": "2"}]
      }
    }
  }
}
"""),
    ("deploy/cfn/json/yield-reports.template.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "ReportsCluster": {
      "Type": "AWS::Redshift::Cluster",
      "Properties": {
        "ClusterType": "multi-node",
        "NumberOfNodes": 2,
        "NodeType": "ra3.xlplus",
        "DBName": "yields",
        "MasterUsername": "yields_admin",
        "MasterUserPassword": "«pwx:redshift»",  ⟦password|Redshift master password in JSON template⟧
        "Encrypted": true,
        "Tags": [{"Key": "team", "Value": "insights"}]
      }
    },
    "ReportsSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "insights/redshift-reader",
        "SecretString": "{\"username\":\"reader\",\"password\":\"«pp:rsreader»\"}"  ⟦password|SecretString with escaped JSON password⟧
      }
    },
    "ReportsBucket": {
      "Type": "AWS::S3::Bucket",
      "Properties": {"BucketName": "furrowline-yield-reports", "Tags": [{"Key": "team", "Value": "insights"}]}
    }
  }
}
"""),
    ("deploy/cfn/json/eventbridge-connections.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "API destinations for the machinery dealers' webhooks",
  "Resources": {
    "DealerHookConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "AuthorizationType": "API_KEY",
        "AuthParameters": {
          "ApiKeyAuthParameters": {
            "ApiKeyName": "X-Dealer-Key",
            "ApiKeyValue": "«b62:36-dealerhook»"  ⟦app-secret|EventBridge connection API key value⟧
          }
        }
      }
    },
    "AgriErpConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "AuthorizationType": "BASIC",
        "AuthParameters": {
          "BasicAuthParameters": {"Username": "furrowline-events", "Password": "«pw:agrierp»"}  ⟦password|EventBridge basic auth password⟧
        }
      }
    },
    "PartnerOAuthConnection": {
      "Type": "AWS::Events::Connection",
      "Properties": {
        "AuthorizationType": "OAUTH_CLIENT_CREDENTIALS",
        "AuthParameters": {
          "OAuthParameters": {
            "AuthorizationEndpoint": "https://login.agrierp.com/oauth/token",
            "HttpMethod": "POST",
            "ClientParameters": {
              "ClientID": "furrowline-events",
              "ClientSecret": "{{resolve:secretsmanager:events/agrierp-oauth:SecretString:client_secret}}"  ⟪dynamic reference⟫
            }
          }
        }
      }
    }
  }
}
"""),
    ("deploy/cfn/params/sensor-ingest-prod.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "ProbeDbPassword", "ParameterValue": "«pp:probedb»"}  ⟦password|CFN parameter file passphrase⟧
]
"""),
    ("deploy/cfn/params/grain-market.prod.params", r"""
# passed to `aws cloudformation deploy --parameter-overrides $(cat grain-market.prod.params)`
Stage=prod
StripePublishableKey=«pk:market»  ⟪Stripe publishable key is public⟫
StripeSecretKey=«sk:market»  ⟦stripe|Stripe secret key in parameter overrides⟧
PriceBoardRefreshSeconds=15
"""),
    ("deploy/cdk/cdk.out/FieldSenseStack.template.json", r"""
{
 "Resources": {
  "ProbeApiHandler6F2A1C0B": {
   "Type": "AWS::Lambda::Function",
   "Properties": {
    "Code": {
     "S3Bucket": "cdk-hnb659fds-assets-318604772951-eu-west-1",
     "S3Key": "«sha256:cdkasset».zip"  ⟪CDK asset hash⟫
    },
    "Environment": {
     "Variables": {
      "PROBE_SIGNING_KEY": "«b64k:32-probesign»",  ⟦app-secret|HMAC signing key synthesised into the template⟧
      "DB_PASSWORD_SECRET": {"Ref": "ProbeDbSecretA1B2C3D4"},
      "TIMESTREAM_DB": "fieldsense"
     }
    },
    "Handler": "index.handler",
    "Runtime": "nodejs20.x"
   },
   "Metadata": {"aws:cdk:path": "FieldSenseStack/ProbeApiHandler/Resource", "aws:asset:hash": "«sha256:cdkasset2»"}  ⟪asset hash metadata⟫
  },
  "ProbeDbSecretA1B2C3D4": {
   "Type": "AWS::SecretsManager::Secret",
   "Properties": {"GenerateSecretString": {"ExcludeCharacters": " %+~`#$&*()|[]{}:;<>?!'/@\"\\", "GenerateStringKey": "password", "PasswordLength": 30, "SecretStringTemplate": "{\"username\":\"probe\"}"}}
  }
 }
}
"""),
    ("deploy/cdk/cdk.out/MarketsEdgeStack.template.json", r"""
{
 "Resources": {
  "EdgeAuthFn0A7B3E21": {
   "Type": "AWS::Lambda::Function",
   "Properties": {
    "Environment": {
     "Variables": {
      "AUTH0_CLIENT_SECRET": "«urlsafe:48-auth0»",  ⟦app-secret|Auth0 client secret baked into CDK output⟧
      "AUTH0_CLIENT_ID": "«b62:32-auth0id»",  ⟪OAuth client id⟫
      "AUTH0_DOMAIN": "furrowline.eu.auth0.com"
     }
    },
    "Role": {"Fn::GetAtt": ["EdgeAuthFnServiceRoleC3D2", "Arn"]}
   }
  },
  "MarketsAppRunnerService": {
   "Type": "AWS::AppRunner::Service",
   "Properties": {
    "SourceConfiguration": {
     "ImageRepository": {
      "ImageIdentifier": "905512347760.dkr.ecr.eu-west-1.amazonaws.com/markets-web:«sha:mweb»",  ⟪image tag is a git SHA⟫
      "ImageRepositoryType": "ECR",
      "ImageConfiguration": {
       "Port": "8080",
       "RuntimeEnvironmentVariables": [
        {"Name": "SPRING_DATASOURCE_PASSWORD", "Value": "«pwc:mwebdb»"},  ⟦password|App Runner runtime env password⟧
        {"Name": "SPRING_PROFILES_ACTIVE", "Value": "prod"}
       ],
       "RuntimeEnvironmentSecrets": [
        {"Name": "STRIPE_KEY", "Value": "arn:aws:secretsmanager:eu-west-1:318604772951:secret:markets/stripe-«b62:6-sfx2»"}  ⟪App Runner secret ARN⟫
       ]
      }
     }
    }
   }
  }
 }
}
"""),
    ("services/telemetry-api/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: telemetry-api (SAM) - tractor CAN-bus summaries
Parameters:
  JohnDeereClientSecret:
    Type: String
    NoEcho: true
Globals:
  Function:
    Runtime: go1.x
    Architectures: [arm64]
Resources:
  SummariesFn:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: ./bin/summaries
      Handler: bootstrap
      Environment:
        Variables:
          JD_CLIENT_ID: «b62:24-jdclient»  ⟪partner OAuth client id⟫
          JD_CLIENT_SECRET: !Ref JohnDeereClientSecret
          DATADOG_API_KEY: «hex:32-ddsam»  ⟦datadog|Datadog API key in SAM env⟧
          DD_SITE: datadoghq.eu
      Tags:
        service: telemetry-api
"""),
    ("services/telemetry-api/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "telemetry-api"
resolve_s3 = true
s3_prefix = "telemetry-api"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "JohnDeereClientSecret=«urlsafe:30-jdsecret»"  ⟦app-secret|samconfig parameter override with partner client secret⟧
image_repositories = []

[staging.deploy.parameters]
stack_name = "telemetry-api-staging"
parameter_overrides = "JohnDeereClientSecret=REPLACE_ME"  ⟪placeholder⟫
"""),
    ("services/field-boundaries/serverless.yml", r"""
service: field-boundaries
frameworkVersion: '3'

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  stage: ${opt:stage, 'dev'}
  tags:
    team: geo
    service: field-boundaries
  environment:
    POSTGIS_URL: postgresql://geo_app:«pp:postgis»@geo-db.internal.furrowline.io:5432/boundaries  ⟦conn-string|PostGIS URL with passphrase⟧
    MAPBOX_TOKEN: ${ssm:/furrowline/geo/mapbox-secret-token}  ⟪ssm reference⟫
    MAPBOX_PUBLIC_TOKEN: «mappk:geo»  ⟪Mapbox pk. public token⟫
    CADASTRE_API_KEY: ${env:CADASTRE_API_KEY}  ⟪env reference⟫

functions:
  simplify:
    handler: handlers.simplify
    events:
      - httpApi: 'POST /boundaries/simplify'
"""),
    ("services/crop-alerts/serverless.yml", r"""
service: crop-alerts
provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    TWILIO_ACCOUNT_SID: «twac:alerts»  ⟪Twilio account SID⟫
    TWILIO_API_KEY: «twsk:alerts»  ⟪Twilio API key SID, an identifier⟫
    TWILIO_API_SECRET: «b62:32-twsecret»  ⟦twilio|Twilio API key secret⟧
    TELEGRAM_BOT_TOKEN: «tg:alerts»  ⟦telegram|Telegram bot token⟧
    PUSH_VAPID_PUBLIC: B«urlsafe:64-vapidpub»  ⟪VAPID public key⟫
  iam:
    role:
      statements:
        - Effect: Allow
          Action: [sns:Publish]
          Resource: '*'
functions:
  frostWarning:
    handler: src/frost.handler
    events:
      - schedule: rate(30 minutes)
"""),
    ("deploy/ecs/probe-ingest.taskdef.json", r"""
{
  "family": "probe-ingest",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::318604772951:role/probe-ingest-exec",
  "containerDefinitions": [
    {
      "name": "ingest",
      "image": "905512347760.dkr.ecr.eu-west-1.amazonaws.com/probe-ingest:2.14.1",
      "environment": [
        {"name": "KINESIS_STREAM", "value": "prod-probe-stream"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:probe»"},  ⟦aws-key-id|key ID in ECS environment⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:probe»"},  ⟦aws-secret|secret in ECS environment⟧
        {"name": "PROBE_FIRMWARE_CHANNEL", "value": "stable"}
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:eu-west-1:318604772951:secret:probe/db-«b62:6-sfx3»:password::"}  ⟪valueFrom Secrets Manager⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/probe-ingest", "awslogs-region": "eu-west-1"}}
    }
  ]
}
"""),
    ("deploy/ecs/market-web.taskdef.json", r"""
{
  "family": "market-web",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "905512347760.dkr.ecr.eu-west-1.amazonaws.com/market-web@sha256:«sha256:mwebimg»",  ⟪image digest⟫
      "environment": [
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://market-db.internal:5432/market"},
        {"name": "SPRING_DATASOURCE_USERNAME", "value": "market_app"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pw:mwebtask»"},  ⟦password|datasource password in task definition⟧
        {"name": "NEW_RELIC_LICENSE_KEY", "value": "«nrlic:mweb»"}  ⟦newrelic|New Relic license key in task env⟧
      ],
      "secrets": [
        {"name": "STRIPE_SECRET_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:318604772951:parameter/market/stripe-secret"}  ⟪valueFrom SSM⟫
      ]
    }
  ]
}
"""),
    ("deploy/ecs/imagery-worker.taskdef.json", r"""
{
  "family": "imagery-worker",
  "containerDefinitions": [{
    "name": "worker",
    "image": "905512347760.dkr.ecr.eu-west-1.amazonaws.com/imagery-worker:v3.2.0",
    "environment": [
      {"name": "AWS_REGION", "value": "eu-west-1"},
      {"name": "AWS_ACCESS_KEY_ID", "value": "AKIAIOSFODNN7EXAMPLE"},  ⟪AWS documentation key ID⟫
      {"name": "AWS_SECRET_ACCESS_KEY", "value": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"},  ⟪AWS documentation secret⟫
      {"name": "GDAL_CACHEMAX", "value": "1024"}
    ],
    "secrets": [
      {"name": "COPERNICUS_PASSWORD", "valueFrom": "/imagery/copernicus/password"}  ⟪valueFrom SSM name⟫
    ]
  }]
}
"""),
    ("deploy/ecs/telemetry-relay.taskdef.yaml", r"""
# rendered by ecs-deploy from deploy/ecs/*.taskdef.yaml
family: telemetry-relay
containerDefinitions:
  - name: relay
    image: 905512347760.dkr.ecr.eu-west-1.amazonaws.com/telemetry-relay:1.9.3
    environment:
      - name: AMQP_URL
        value: amqps://telemetry_admin:«pp:mqadmin»@b-«uuid:mqbroker».mq.eu-west-1.amazonaws.com:5671  ⟦conn-string|AMQP URL with the broker passphrase⟧
      - name: RELAY_INSTANCE_ID
        value: «uuid:relayid»  ⟪instance UUID⟫
    secrets:
      - name: DD_API_KEY
        valueFrom: arn:aws:secretsmanager:eu-west-1:318604772951:secret:shared/datadog-«b62:6-sfx4»  ⟪valueFrom⟫
"""),
    ("deploy/lambda/soil-anomaly.function.json", r"""
{
  "FunctionName": "soil-anomaly-detector",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::318604772951:role/soil-anomaly",
  "Handler": "app.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪Lambda CodeSha256 is a hash⟫
  "RevisionId": "«uuid:rev»",  ⟪revision id⟫
  "Environment": {
    "Variables": {
      "PAGERDUTY_ROUTING_KEY": "«hex:32-pdrk»",  ⟦pagerduty|PagerDuty routing key⟧
      "SENTRY_DSN": "«sentrynew:soil»",  ⟪modern Sentry DSN has no secret⟫
      "MODEL_BUCKET": "furrowline-models"
    }
  },
  "KMSKeyArn": "arn:aws:kms:eu-west-1:318604772951:key/«uuid:kmslambda»"  ⟪KMS key ARN⟫
}
"""),
    ("deploy/lambda/frost-forecast.env.json", r"""
{
  "Variables": {
    "OPENWEATHER_API_KEY": "«hex:32-owm»",  ⟦app-secret|OpenWeather key under provider-named variable⟧
    "OPENAI_API_KEY": "«oai:frost»",  ⟦openai|OpenAI project key⟧
    "DB_PASSWORD": "",
    "DB_HOST": "frost-db.internal.furrowline.io",
    "FORECAST_MODEL": "ecmwf-ifs"
  }
}
"""),
    ("deploy/codebuild/buildspec.yml", r"""
version: 0.2

env:
  variables:
    GOFLAGS: -mod=readonly
    SONAR_HOST_URL: https://sonar.tools.furrowline.io
  parameter-store:
    SONAR_TOKEN: /ci/sonar/token  ⟪parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_PASS: ci/dockerhub:password  ⟪secrets-manager reference⟫

phases:
  install:
    runtime-versions:
      golang: 1.22
  pre_build:
    commands:
      - aws ecr get-login-password --region eu-west-1 | docker login --username AWS --password-stdin 905512347760.dkr.ecr.eu-west-1.amazonaws.com
      - echo "$DOCKERHUB_PASS" | docker login -u furrowlinebot --password-stdin
  build:
    commands:
      - make build
      - docker build -t probe-ingest:$CODEBUILD_RESOLVED_SOURCE_VERSION .
"""),
    ("deploy/codebuild/imagery-buildspec.yml", r"""
version: 0.2
env:
  variables:
    PIP_INDEX_URL: https://furrowline:«pp:pipidx»@pypi.tools.furrowline.io/simple/  ⟦conn-string|private index URL with password⟧
    AWS_DEFAULT_REGION: eu-west-1
    CODECOV_TOKEN: «uuid:codecov»  ⟦?app-secret|Codecov upload token is UUID-shaped⟧
phases:
  build:
    commands:
      - pip install -r requirements.txt
      - pytest -q
      - aws s3 cp dist/ s3://furrowline-artifacts-318604772951/imagery/ --recursive
"""),
    ("deploy/codebuild/market-web-buildspec.yml", r"""
version: 0.2
env:
  shell: bash
  variables:
    GRADLE_OPTS: "-Dorg.gradle.daemon=false"
    ARTIFACTORY_USER: ci-publisher
    ARTIFACTORY_PASSWORD: "«pwx:artifactory»"  ⟦password|buildspec plaintext variable password⟧
    ORG_GRADLE_PROJECT_signingKeyId: "«hex:8-gpgid»"  ⟪GPG key id (8 hex)⟫
phases:
  build:
    commands:
      - ./gradlew publish -PartifactoryUser=$ARTIFACTORY_USER -PartifactoryPassword=$ARTIFACTORY_PASSWORD
"""),
    ("deploy/codebuild/projects/probe-ingest.json", r"""
{
  "name": "probe-ingest",
  "source": {"type": "GITHUB", "location": "https://github.com/furrowline/probe-ingest.git", "buildspec": "deploy/codebuild/buildspec.yml"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "privilegedMode": true,
    "environmentVariables": [
      {"name": "SONAR_TOKEN", "value": "/ci/sonar/token", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE type⟫
      {"name": "DOCKERHUB_PASS", "value": "ci/dockerhub:password", "type": "SECRETS_MANAGER"},  ⟪SECRETS_MANAGER type⟫
      {"name": "GITHUB_TOKEN", "value": "«ghp:cbproj»", "type": "PLAINTEXT"},  ⟦github|GitHub token as PLAINTEXT env⟧
      {"name": "STAGE", "value": "prod", "type": "PLAINTEXT"}
    ]
  },
  "serviceRole": "arn:aws:iam::905512347760:role/codebuild-probe-ingest"
}
"""),
    ("deploy/codebuild/projects/imagery.json", r"""
{
  "name": "imagery",
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "905512347760.dkr.ecr.eu-west-1.amazonaws.com/ci-python:3.12",
    "environmentVariables": [
      {"name": "PYPI_UPLOAD_TOKEN", "value": "«pypi:imagery»", "type": "PLAINTEXT"},  ⟦pypi|PyPI API token⟧
      {"name": "NPM_TOKEN", "value": "/ci/npm/token", "type": "PARAMETER_STORE"}  ⟪PARAMETER_STORE⟫
    ]
  },
  "cache": {"type": "S3", "location": "furrowline-ci-cache/imagery"}
}
"""),
    ("deploy/stepfunctions/irrigation-plan.asl.json", r"""
{
  "Comment": "Nightly irrigation plan: fetch forecast, compute deficits, push valve schedules",
  "StartAt": "FetchForecast",
  "States": {
    "FetchForecast": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.meteoblue.com/packages/agro-1h",
        "Method": "GET",
        "Authentication": {"ConnectionArn": "arn:aws:events:eu-west-1:318604772951:connection/meteoblue/«uuid:conn»"},  ⟪connection ARN⟫
        "QueryParameters": {"apikey": "«b62:16-meteoblue»", "format": "json"}  ⟦app-secret|API key in Step Functions query parameters⟧
      },
      "Next": "ComputeDeficits"
    },
    "ComputeDeficits": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:eu-west-1:318604772951:function:irrigation-deficits",
      "Next": "PushSchedules"
    },
    "PushSchedules": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {
        "FunctionName": "irrigation-push",
        "Payload": {"valveToken.$": "$.secrets.valveToken", "planId.$": "$.planId"}
      },
      "End": true
    }
  }
}
"""),
    ("deploy/stepfunctions/harvest-reconcile.asl.yaml", r"""
Comment: Reconcile weighbridge tickets with co-op contracts
StartAt: LoadTickets
States:
  LoadTickets:
    Type: Task
    Resource: arn:aws:states:::aws-sdk:rdsdata:executeStatement
    Parameters:
      ResourceArn: arn:aws:rds:eu-west-1:318604772951:cluster:weighbridge
      SecretArn: arn:aws:secretsmanager:eu-west-1:318604772951:secret:weighbridge/reader-«b62:6-sfx5»  ⟪SecretArn⟫
      Database: tickets
      Sql: SELECT * FROM tickets WHERE reconciled = false
    Next: CallCoopApi
  CallCoopApi:
    Type: Task
    Resource: arn:aws:states:::http:invoke
    Parameters:
      ApiEndpoint: https://api.coop-union.eu/v1/contracts
      Method: GET
      Headers:
        Authorization: Basic «basic:coop»  ⟦password-b64|basic auth header with encoded password⟧
    End: true
"""),
    ("deploy/ssm/probe-gateway-bootstrap.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Bootstrap a LoRaWAN gateway at a farm site",
  "parameters": {
    "SiteCode": {"type": "String"},
    "ChirpstackApiToken": {"type": "String", "default": "{{ssm:/fieldsense/chirpstack/api-token}}"}  ⟪ssm parameter reference⟫
  },
  "mainSteps": [
    {
      "action": "aws:runShellScript",
      "name": "configure",
      "inputs": {
        "runCommand": [
          "mkdir -p /etc/chirpstack-gateway-bridge",
          "echo 'mqtt_password=«pwc:lorawan»' > /etc/chirpstack-gateway-bridge/creds",  ⟦password|MQTT password in SSM document command⟧
          "systemctl restart chirpstack-gateway-bridge"
        ]
      }
    }
  ]
}
"""),
    ("deploy/apprunner/agronomist-portal.yaml", r"""
# apprunner.yaml for the agronomist portal (Next.js)
version: 1.0
runtime: nodejs18
build:
  commands:
    build:
      - npm ci
      - npm run build
run:
  command: npm start
  network:
    port: 3000
  env:
    - name: NEXTAUTH_URL
      value: https://agronomists.furrowline.io
    - name: NEXTAUTH_SECRET
      value: «b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET literal⟧
    - name: NEXT_PUBLIC_MAPBOX_TOKEN
      value: «mappk:portal»  ⟪public Mapbox token⟫
  secrets:
    - name: DATABASE_URL
      value-from: arn:aws:secretsmanager:eu-west-1:318604772951:secret:portal/database-url-«b62:6-sfx6»  ⟪secret ARN⟫
"""),
]

FILES += [
    ("terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "furrowline-tfstate-905512347760"
    key            = "platform/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
  }
}

provider "aws" {
  region = "eu-west-1"
  default_tags {
    tags = {
      company = "furrowline"
      managed = "terraform"
    }
  }
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

provider "grafana" {
  url  = "https://grafana.tools.furrowline.io"
  auth = "admin:«pw:grafanaadm»"  ⟦password|basic auth pair in provider block⟧
}
"""),
    ("terraform/variables.tf", r"""
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
  default   = "«hex:40-ddapp»"  ⟦datadog|Datadog application key as variable default⟧
}

variable "db_password" {
  description = "Master password for the weighbridge cluster"
  type        = string
  sensitive   = true
  default     = "your-password-here"  ⟪placeholder default⟫
}

variable "vpn_psk" {
  type      = string
  sensitive = true
  default   = "«pwr:vpnpsk»"  ⟦password|site-to-site VPN pre-shared key default⟧
}

variable "farm_site_ids" {
  type    = list(string)
  default = ["«uuid:site1»", "«uuid:site2»", "«uuid:site3»"]  ⟪site UUIDs⟫
}
"""),
    ("terraform/weighbridge-db.tf", r"""
resource "aws_rds_cluster" "weighbridge" {
  cluster_identifier      = "weighbridge"
  engine                  = "aurora-postgresql"
  engine_version          = "15.5"
  master_username         = "wb_admin"
  master_password         = var.db_password
  backup_retention_period = 14
  storage_encrypted       = true
  kms_key_id              = "arn:aws:kms:eu-west-1:318604772951:key/«uuid:wbkms»"  ⟪KMS ARN⟫
  tags = {
    team = "harvest-ops"
  }
}

resource "aws_rds_cluster" "weighbridge_reporting" {
  cluster_identifier          = "weighbridge-reporting"
  engine                      = "aurora-postgresql"
  master_username             = "wb_report"
  manage_master_user_password = true
}

resource "aws_db_instance" "coop_sync" {
  identifier        = "coop-sync"
  engine            = "mysql"
  instance_class    = "db.t4g.medium"
  allocated_storage = 50
  username          = "coop"
  password          = "«pw:coopsyncdb»"  ⟦password|literal aws_db_instance password⟧
}
"""),
    ("terraform/iam-ci-user.tf", r"""
resource "aws_iam_user" "legacy_ci" {
  name = "legacy-jenkins"
}

resource "aws_iam_access_key" "legacy_ci" {
  user    = aws_iam_user.legacy_ci.name
  pgp_key = "keybase:furrowline_ops"  ⟪pgp_key reference⟫
}

output "legacy_ci_secret" {
  value     = aws_iam_access_key.legacy_ci.encrypted_secret
  sensitive = true
}

resource "aws_ssm_parameter" "legacy_ci_key" {
  name  = "/ci/legacy/aws-access-key-id"
  type  = "String"
  value = "«akid:legacyci»"  ⟦aws-key-id|key ID stored as an SSM String⟧
}

resource "aws_ssm_parameter" "legacy_ci_secret" {
  name  = "/ci/legacy/aws-secret-access-key"
  type  = "SecureString"
  value = "«awssec:legacyci»"  ⟦aws-secret|secret literal in SSM SecureString value⟧
}
"""),
    ("terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "sendgrid" {
  name = "notifications/sendgrid"
}

resource "aws_secretsmanager_secret_version" "sendgrid" {
  secret_id     = aws_secretsmanager_secret.sendgrid.id
  secret_string = jsonencode({ api_key = "«sg:notify»" })  ⟦sendgrid|SendGrid key in secret_string⟧
}

resource "aws_secretsmanager_secret_version" "mailgun" {
  secret_id     = "notifications/mailgun"
  secret_string = "«mg:notify»"  ⟦mailgun|Mailgun API key⟧
}

data "aws_secretsmanager_secret_version" "market_stripe" {
  secret_id = "markets/stripe"
}

resource "random_password" "portal_session" {
  length  = 48
  special = false
}
"""),
    ("terraform/lambda-ingest.tf", r"""
resource "aws_lambda_function" "lorawan_uplink" {
  function_name    = "lorawan-uplink"
  role             = aws_iam_role.uplink.arn
  handler          = "main"
  runtime          = "provided.al2023"
  filename         = "build/uplink.zip"
  source_code_hash = "«b64k:32-srchash»"  ⟪source_code_hash⟫

  environment {
    variables = {
      TTN_API_KEY        = "NNSXS.«b62:39-ttn».«b62:52-ttn2»"  ⟦app-secret|The Things Network API key⟧
      CHIRPSTACK_API_URL = "https://lns.furrowline.io/api"
      DB_PASSWORD        = data.aws_ssm_parameter.uplink_db.value
    }
  }
}

data "aws_ssm_parameter" "uplink_db" {
  name = "/fieldsense/uplink/db-password"
}
"""),
    ("terraform/env/prod.tfvars", r"""
environment      = "prod"
region           = "eu-west-1"
datadog_api_key  = "«hex:32-ddtf»"  ⟦datadog|Datadog API key in tfvars⟧
db_password      = "«pp:wbprod»"  ⟦password|passphrase in tfvars⟧
alert_email      = "oncall@furrowline.io"
probe_fleet_size = 4200
"""),
    ("terraform/env/staging.tfvars", r"""
environment     = "staging"
datadog_api_key = "<from 1password: Datadog staging>"  ⟪placeholder⟫
db_password     = "xxxxxxxxxxxxxxxx"  ⟪xxxx placeholder⟫
vpn_psk         = "changeme"  ⟪changeme⟫
"""),
    ("terraform/env/dr.auto.tfvars.json", r"""
{
  "environment": "dr",
  "region": "eu-central-1",
  "db_password": "«pwx:drdb»",  ⟦password|password in tfvars JSON⟧
  "tfc_token": "«tfc:dr»"  ⟦terraform-cloud|Terraform Cloud token⟧
}
"""),
    ("terraform/terraform.tfstate", r"""
{
  "version": 4,
  "terraform_version": "1.7.5",
  "serial": 212,
  "lineage": "«uuid:lineage»",  ⟪state lineage UUID⟫
  "outputs": {
    "legacy_ci_secret": {"value": "wcFMA«b64k:96-pgpmsg»", "type": "string", "sensitive": true}  ⟪PGP-encrypted secret⟫
  },
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "sensor_uploader",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "id": "«akid:uploader»",  ⟦aws-key-id|access key ID in tfstate⟧
            "secret": "«awssec:uploader»",  ⟦aws-secret|secret in tfstate⟧
            "ses_smtp_password_v4": "«sesv4:uploader»",  ⟦password|SES SMTP password in tfstate⟧
            "status": "Active",
            "user": "sensor-uploader"
          }
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_db_instance",
      "name": "coop_sync",
      "instances": [
        {
          "attributes": {
            "endpoint": "coop-sync.c«b62:12-rdsid».eu-west-1.rds.amazonaws.com:3306",
            "password": "«pw:coopsyncdb»",  ⟦password|password in tfstate⟧
            "username": "coop"
          }
        }
      ]
    }
  ]
}
"""),
    ("terraform/modules/edge/terraform.tfstate.backup", r"""
{
  "version": 4,
  "serial": 17,
  "resources": [
    {
      "type": "tls_private_key",
      "name": "edge_gateway",
      "instances": [
        {
          "attributes": {
            "algorithm": "ED25519",
            "private_key_openssh": "«opensshjson:ed1»",  ⟦private-key|OpenSSH private key in state backup⟧
            "public_key_fingerprint_sha256": "SHA256:«b64k:32-fp»"  ⟪fingerprint⟫
          }
        }
      ]
    }
  ]
}
"""),
    ("terraform/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪provider lock hash⟫
    "zh:«sha256:lock2»",  ⟪provider zip hash⟫
    "zh:«sha256:lock3»",  ⟪provider zip hash⟫
  ]
}
"""),
]

FILES += [
    ("k8s/fieldsense/secret-probe-ingest.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: probe-ingest-aws
  namespace: fieldsense
  labels:
    app.kubernetes.io/name: probe-ingest
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k8sprobe»  ⟦aws-b64|base64 key ID in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8sprobe»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: «b64:lit:eu-west-1»  ⟪base64 of a region name⟫
"""),
    ("k8s/fieldsense/secret-chirpstack.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: chirpstack
  namespace: fieldsense
type: Opaque
data:
  postgres-password: «b64:pp:chirppg»  ⟦password-b64|base64 passphrase in Secret data⟧
  api-jwt-secret: «b64:b62:48-chirpjwt»  ⟦app-secret|base64 JWT signing secret in Secret data⟧
  log-level: «b64:lit:info»  ⟪base64 of info⟫
stringData:
  mqtt-username: chirpstack
  mqtt-password: «pwc:chirpmqtt»  ⟦password|stringData literal password⟧
"""),
    ("k8s/markets/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: markets
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:ghcr»  ⟦github|base64 docker config holding a GitHub token⟧
"""),
    ("k8s/markets/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: market-web
  namespace: markets
spec:
  replicas: 3
  selector:
    matchLabels: {app: market-web}
  template:
    metadata:
      labels: {app: market-web}
      annotations:
        checksum/config: «sha256:cfgsum»  ⟪config checksum annotation⟫
    spec:
      imagePullSecrets:
        - name: ghcr-pull
      containers:
        - name: web
          image: ghcr.io/furrowline/market-web@sha256:«sha256:mwebghcr»  ⟪image digest⟫
          env:
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef: {name: market-web, key: db-password}  ⟪secretKeyRef⟫
            - name: PRICE_BOARD_WS_SECRET
              value: "«hex:64-wssecret»"  ⟦app-secret|websocket signing secret as a literal env value⟧
            - name: SPRING_REDIS_PASSWORD
              value: "$(REDIS_PASSWORD)"  ⟪Kubernetes variable expansion⟫
"""),
    ("k8s/imagery/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: copernicus
  namespace: imagery
spec:
  encryptedData:
    password: Ag«b64k:270-sealed1»  ⟪SealedSecret ciphertext⟫
    username: Ag«b64k:140-sealed2»  ⟪SealedSecret ciphertext⟫
"""),
    ("k8s/imagery/secret.sops.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
    name: planet-api
    namespace: imagery
type: Opaque
stringData:
    api-key: «sops:planet»  ⟪SOPS ciphertext⟫
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:318604772951:key/«uuid:sopskms»
          created_at: "2026-03-14T09:12:44Z"
          enc: «kms:sopsdk»  ⟪KMS data key ciphertext⟫
          aws_profile: ""
    lastmodified: "2026-03-14T09:12:45Z"
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.8.1
"""),
    ("k8s/ops/kubeconfig-fleet.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: fleet-prod
    cluster:
      server: https://«hex:32-eksid».gr7.eu-west-1.eks.amazonaws.com
      certificate-authority-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0t«b64k:300-cadata»  ⟪public CA certificate data⟫
contexts:
  - name: fleet-prod
    context: {cluster: fleet-prod, user: fleet-deployer}
current-context: fleet-prod
users:
  - name: fleet-deployer
    user:
      token: «jwt:fleet-deployer»  ⟦jwt|service-account bearer token in kubeconfig⟧
  - name: fleet-readonly
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, fleet-prod]
"""),
    ("k8s/fieldsense/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: probe-ingest
  namespace: fieldsense
data:
  FIRMWARE_MANIFEST_SHA: «sha:fw»  ⟪git SHA⟫
  PROBE_CALIBRATION_ID: «uuid:calib»  ⟪calibration UUID⟫
  application.properties: |
    ingest.batch.size=500
    ingest.kinesis.stream=prod-probe-stream
    ingest.legacy.ftp.url=ftp://probes:«pwc:probeftp»@ftp.fieldsense.furrowline.io/drop  ⟦conn-string|FTP URL with password in a ConfigMap⟧
    ingest.dedupe.window=PT5M
"""),
    ("helm/market-web/values.yaml", r"""
replicaCount: 3
image:
  repository: ghcr.io/furrowline/market-web
  tag: ""
ingress:
  enabled: true
  hosts: [market.furrowline.io]
postgresql:
  enabled: false
  auth:
    username: market_app
    password: ""  ⟪empty password⟫
    existingSecret: market-web
redis:
  auth:
    password: "{{ .Values.global.redisPassword }}"  ⟪Helm template reference⟫
env:
  SPRING_PROFILES_ACTIVE: prod
"""),
    ("helm/market-web/values-prod.yaml", r"""
global:
  redisPassword: «pwx:redisprod»  ⟦password|Helm values redis password⟧
replicaCount: 6
env:
  STRIPE_WEBHOOK_SECRET: «whsec:market»  ⟦stripe|Stripe webhook signing secret⟧
  STRIPE_PUBLISHABLE_KEY: «pk:market»  ⟪publishable key⟫
  SENTRY_DSN: «sentryold:market»  ⟦sentry-dsn|legacy Sentry DSN with secret part⟧
"""),
    ("helm/chirpstack/values.yaml", r"""
chirpstack:
  postgresql:
    dsn: postgres://chirpstack:«pp:chirppg»@chirp-pg.fieldsense.svc:5432/chirpstack?sslmode=disable  ⟦conn-string|Postgres DSN with passphrase in Helm values⟧
  redis:
    servers: [chirp-redis.fieldsense.svc:6379]
  api:
    secret: «b62:48-chirpjwt»  ⟦app-secret|ChirpStack API JWT secret⟧
gatewayBridge:
  mqtt:
    username: gateway
    password: ${MQTT_PASSWORD}  ⟪env placeholder⟫
"""),
    ("docker-compose.yml", r"""
services:
  postgis:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: geo
      POSTGRES_PASSWORD: «pp:localgeo»  ⟦password|compose database password⟧
    ports: ["5432:5432"]
  localstack:
    image: localstack/localstack:3.5
    environment:
      - SERVICES=s3,kinesis,sqs
      - AWS_ACCESS_KEY_ID=test  ⟪LocalStack test credentials⟫
      - AWS_SECRET_ACCESS_KEY=test  ⟪LocalStack test credentials⟫
  mosquitto:
    image: eclipse-mosquitto:2
    volumes:
      - ./ops/mosquitto/passwd:/mosquitto/config/passwd:ro
  minio:
    image: minio/minio:RELEASE.2024-06-13T22-53-53Z
    environment:
      MINIO_ROOT_USER: furrowline
      MINIO_ROOT_PASSWORD: ${MINIO_ROOT_PASSWORD:?set it in .env}  ⟪required env reference⟫
"""),
    ("services/grain-market/docker-compose.prod.yml", r"""
version: "3.9"
services:
  web:
    image: ghcr.io/furrowline/market-web:2026.03.2
    environment:
      - SPRING_DATASOURCE_URL=jdbc:postgresql://market-db.internal:5432/market?user=market_app&password=«pw:mwebtask»  ⟦conn-string|JDBC URL with password⟧
      - MARKET_ADMIN_TOKEN=«b62:40-madmin»  ⟦app-secret|admin token literal⟧
  worker:
    image: ghcr.io/furrowline/market-worker:2026.03.2
    env_file: .env.prod
"""),
    ("services/dealer-portal/Dockerfile", r"""
FROM php:8.2-apache
ARG COMPOSER_AUTH
ENV COMPOSER_AUTH='{"github-oauth": {"github.com": "«ghp:composer»"}}'  ⟦github|GitHub token baked into an image ENV⟧
RUN apt-get update && apt-get install -y libzip-dev && docker-php-ext-install zip pdo_mysql
COPY . /var/www/html
ENV DEALER_DB_PASS=«pwc:dealerweb»  ⟦password|DB password in Dockerfile ENV⟧
"""),
]

FILES += [
    ("deploy/cfn/glue-yield-etl.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue ETL from the co-op MySQL into the yields lake
Parameters:
  CoopDbPassword:
    Type: String
    NoEcho: true
Resources:
  CoopConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: coop-mysql
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:mysql://coop-sync.internal:3306/coop
          USERNAME: coop
          PASSWORD: !Ref CoopDbPassword  ⟪Ref of a NoEcho parameter⟫
  WeighbridgeConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: weighbridge-pg
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://weighbridge.internal:5432/tickets
          USERNAME: wb_report
          PASSWORD: «pwc:wbreport»  ⟦password|Glue connection literal password⟧
  YieldEtlJob:
    Type: AWS::Glue::Job
    Properties:
      Role: arn:aws:iam::318604772951:role/glue-yields
      Command: {Name: glueetl, ScriptLocation: s3://furrowline-artifacts-318604772951/glue/yield_etl.py}
      DefaultArguments:
        --TempDir: s3://furrowline-glue-tmp/
        --secret_arn: arn:aws:secretsmanager:eu-west-1:318604772951:secret:yields/etl-«b62:6-sfx7»  ⟪secret ARN⟫
        --planet_api_key: PLAK«hex:32-planet»  ⟦app-secret|API key in Glue default arguments⟧
      Tags:
        team: insights
"""),
    ("deploy/cfn/harvest-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: harvest-api (weighbridge tickets for co-ops) on ECS behind API Gateway
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  DbEndpoint:
    Type: String
Resources:
  HarvestTaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: harvest-api
      RequiresCompatibilities: [FARGATE]
      Cpu: '512'
      Memory: '1024'
      ContainerDefinitions:
        - Name: api
          Image: 905512347760.dkr.ecr.eu-west-1.amazonaws.com/harvest-api:4.1.0
          Environment:
            - Name: DATABASE_URL
              Value: !Sub "postgres://harvest:${DbPassword}@${DbEndpoint}:5432/tickets"  ⟪Sub of a NoEcho parameter⟫
            - Name: REPORTS_DATABASE_URL
              Value: !Sub "postgres://wb_report:«pwc:wbreport»@${DbEndpoint}:5432/tickets"  ⟦conn-string|literal password inside a Sub URL⟧
            - Name: COOP_WEBHOOK_SECRET
              Value: «whsec:coop»  ⟦app-secret|webhook signing secret⟧
          Secrets:
            - Name: JWT_SECRET
              ValueFrom: !Sub arn:aws:ssm:${AWS::Region}:${AWS::AccountId}:parameter/harvest/jwt-secret  ⟪ValueFrom⟫
      Tags:
        - Key: team
          Value: harvest-ops
  HarvestApiStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: prod
      RestApiId: !Ref HarvestApi
      Variables:
        coopApiKey: «b62:40-coopapikey»  ⟦app-secret|API Gateway stage variable holding a partner API key⟧
        backendHost: harvest.internal.furrowline.io
"""),
    ("deploy/cfn/json/params-harvest-prod.json", r"""
{
  "Parameters": {
    "DbPassword": "«pwx:harvestdb»",  ⟦password|CodePipeline template configuration parameter⟧
    "DbEndpoint": "weighbridge.cluster-c«b62:12-wbid».eu-west-1.rds.amazonaws.com"
  },
  "Tags": {"team": "harvest-ops", "cost-centre": "4420"}
}
"""),
    ("deploy/codebuild/chart-publish-buildspec.yml", r"""
version: 0.2
phases:
  build:
    commands:
      - helm registry login registry.gitlab.com -u gitlab+deploy-token-18 -p «gldt:charts»  ⟦gitlab|GitLab deploy token on a command line⟧
      - helm package charts/market-web
      - helm push market-web-*.tgz oci://registry.gitlab.com/furrowline/charts
"""),
    ("logs/github-app/release-bot-2026-03-20.log", r"""
2026-03-20T10:00:00Z release-bot: minted installation token for installation «num:8-inst»
2026-03-20T10:00:00Z release-bot: token=«ghs:releasebot» expires_at=2026-03-20T11:00:00Z  ⟦github|GitHub App installation token printed in a log⟧
2026-03-20T10:00:02Z release-bot: created tag v2026.03.20 at «sha:reltag»  ⟪commit SHA⟫
"""),
    ("ansible/group_vars/weighbridge.yml", r"""
---
weighbridge_db_host: weighbridge.internal
weighbridge_db_user: wb_admin
weighbridge_db_password: !vault |
  $ANSIBLE_VAULT;1.1;AES256
  «vault:wbvault»  ⟪inline vault ciphertext⟫
weighbridge_scale_api_password: "«pw:scaleapi»"  ⟦password|Ansible var, unvaulted⟧
weighbridge_scale_serial: WB-«hex:10-scale»
"""),
]

FILES += [
    ("deploy/cfn/opensearch-agronomy.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Agronomy notes search
Parameters:
  SearchAdminPassword:
    Type: String
    NoEcho: true
    Default: changeme  ⟪placeholder Default changeme⟫
Resources:
  AgronomySearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      EngineVersion: OpenSearch_2.13
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: agro-admin
          MasterUserPassword: !Ref SearchAdminPassword
      DomainEndpointOptions:
        EnforceHTTPS: true
      Tags:
        - Key: team
          Value: agronomy
"""),
    ("deploy/cfn/json/docdb-fieldnotes.template.json", r"""
{
  "Resources": {
    "FieldNotesDocDb": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "MasterUsername": "fieldnotes",
        "MasterUserPassword": {"Fn::Sub": "{{resolve:secretsmanager:${NotesSecret}:SecretString:password}}"},  ⟪dynamic reference via Sub⟫
        "StorageEncrypted": true
      }
    },
    "NotesSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {"GenerateSecretString": {"PasswordLength": 32, "ExcludePunctuation": true}}
    }
  }
}
"""),
    ("deploy/cfn/params/sensor-ingest-dev.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "dev"},
  {"ParameterKey": "ProbeDbPassword", "ParameterValue": "${PROBE_DB_PASSWORD}"}  ⟪variable reference⟫
]
"""),
    ("helm/imagery/values.yaml", r"""
worker:
  image: ghcr.io/furrowline/imagery-worker:v3.2.0
  resources:
    limits: {cpu: "4", memory: 16Gi}
  env:
    COPERNICUS_USER: furrowline-ops
    COPERNICUS_PASSWORD:
      valueFrom:
        secretKeyRef: {name: copernicus, key: password}  ⟪secretKeyRef⟫
    PLANET_API_KEY: vault:secret/data/imagery/planet#api_key  ⟪Vault path reference⟫
"""),
    ("services/probe-ingest/Dockerfile", r"""
FROM golang:1.22-alpine AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/ingest ./cmd/ingest

FROM gcr.io/distroless/static-debian12@sha256:«sha256:distroless»  ⟪base image digest⟫
COPY --from=build /out/ingest /ingest
ENV KINESIS_STREAM=prod-probe-stream
ENTRYPOINT ["/ingest"]
"""),
    ("deploy/cfn/json/params-harvest-staging.json", r"""
{
  "Parameters": {
    "DbPassword": "{{resolve:secretsmanager:harvest/staging/db}}",  ⟪dynamic reference in a parameter file⟫
    "DbEndpoint": "harvest-staging.internal"
  }
}
"""),
]
