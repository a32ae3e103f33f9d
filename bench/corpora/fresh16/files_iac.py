"""fresh16 templates, AWS infrastructure as code (Quayline Fresh): CloudFormation YAML and JSON, parameter files,
SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, IoT Core for LoRaWAN, Transfer
Family for supplier EDI, CodeBuild, Terraform and tfvars, Terragrunt, CDK (TypeScript, Python, Java), Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/cartwheel-orders.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  cartwheel - order orchestration for quaylinefresh.com and the apps (basket -> slot -> pick -> dispatch).
  Aurora PostgreSQL, ECS Fargate, Amazon MQ (RabbitMQ) for pick-wave events. Account 618204937551.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, stage]
  SlotServiceToken:
    Type: String
    NoEcho: true
Resources:
  OrdersDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: cartwheel
      MasterUsername: cartwheel_admin
      MasterUserPassword: «pwc:ordersdb»  ⟦password|Aurora master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:618204937551:key/«uuid:kmsorders»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: cartwheel
        - Key: data-class
          Value: customer-pii
  WaveBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub pickwave-${Env}
      EngineType: RABBITMQ
      EngineVersion: 3.13.7
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: cartwheel
          Password: '{{resolve:secretsmanager:cartwheel/mq:SecretString:password}}'  ⟪dynamic reference⟫
  SlotSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub cartwheel/${Env}/slot-service
      SecretString: !Sub '{"client_id":"cartwheel","token":"${SlotServiceToken}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/pickwave-broker-legacy.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: pick-wave broker for the Edison CFC (pre-2026 stack, still live until AutoStore phase 2)
Parameters:
  BrokerUserPassword:
    Type: String
    NoEcho: true
    Default: «pwg:cfcmq»  ⟦password|NoEcho parameter with a literal Default⟧
    MinLength: 12
Resources:
  CfcBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: cfc-ewr-waves
      EngineType: ACTIVEMQ
      EngineVersion: 5.18.4
      HostInstanceType: mq.m5.xlarge
      DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: dockside
          Password: !Ref BrokerUserPassword
        - Username: autostore-bridge
          Password: «pw:asbridge»  ⟦password|Amazon MQ user password, season + year⟧
        - Username: admin
          Password: admin  ⟪vendor default⟫
          ConsoleAccess: true
"""),
    ("infra/cfn/pantry-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: pantry-api - storefront BFF for web and apps (catalogue, search, basket, promotions)
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 10
    MemorySize: 1024
    Environment:
      Variables:
        NODE_OPTIONS: --enable-source-maps
        CATALOG_TABLE: pantry-catalog
Resources:
  SearchFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/search.handler
      CodeUri: ./
      Environment:
        Variables:
          ALGOLIA_APP_ID: «up:10-algoliaapp»  ⟪Algolia application id⟫
          ALGOLIA_ADMIN_KEY: «algolia:admin»  ⟦app-secret|Algolia admin API key in Lambda env⟧
          ALGOLIA_SEARCH_KEY: «algolia:search»  ⟪Algolia search-only key, public⟫
          CONTENTFUL_SPACE: «lo:12-cfspace»  ⟪Contentful space id⟫
          CONTENTFUL_MANAGEMENT_TOKEN: «cfpat:pantry»  ⟦app-secret|Contentful CMA token in Lambda env⟧
  PromoFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/promo.handler
      CodeUri: ./
      Environment:
        Variables:
          LD_SDK_KEY: '{{resolve:ssm-secure:/pantry/prod/launchdarkly-sdk-key}}'  ⟪ssm-secure dynamic reference⟫
          TALON_ONE_KEY: «b62:64-talonone»  ⟦app-secret|Talon.One integration key in Lambda env⟧
          PROMO_DB_SECRET_ARN: arn:aws:secretsmanager:us-east-1:618204937551:secret:pantry/promo-db-«b62:6-promodb»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/pantry-api.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "CatalogDbPassword", "ParameterValue": "«pwn:catalogdb»"},  ⟦password|parameter file password, first name + year⟧
  {"ParameterKey": "AlertEmail", "ParameterValue": "pantry-oncall@quaylinefresh.com"},
  {"ParameterKey": "RecipePartnerSecret", "ParameterValue": "«b62:32-recipes»"}  ⟦app-secret|recipe-content partner secret in a parameter file⟧
]
"""),
    ("infra/cfn/quaypay-tokens.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: quaypay - card, wallet and SNAP EBT tokenisation (PCI CDE, account 618204937551, VPC cde-prod)
Parameters:
  AdyenApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /quaypay/prod/adyen-api-key  ⟪SSM parameter name as Default⟫
  AdyenHmacKey:
    Type: String
    NoEcho: true
    Default: «adyenhmac:notif»  ⟦app-secret|Adyen notification HMAC key as NoEcho Default⟧
Resources:
  TokenTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: quaypay-token
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '512'
      Memory: '1024'
      ExecutionRoleArn: arn:aws:iam::618204937551:role/quaypay-exec
      ContainerDefinitions:
        - Name: token
          Image: 905361728414.dkr.ecr.us-east-1.amazonaws.com/quaypay/token@sha256:«sha256:qpimg»  ⟪image digest⟫
          Environment:
            - {Name: ADYEN_API_KEY, Value: !Ref AdyenApiKey}  ⟪Ref of an SSM parameter type⟫
            - {Name: ADYEN_HMAC_KEY, Value: !Ref AdyenHmacKey}
            - {Name: ADYEN_MERCHANT_ACCOUNT, Value: QuaylineFreshECOM}
            - {Name: FORAGE_API_TOKEN, Value: «b62:40-forage»}  ⟦app-secret|SNAP EBT processor token in ECS env⟧
            - {Name: FORAGE_MERCHANT_ID, Value: mid/«lo:12-foragemid»}  ⟪merchant id⟫
            - {Name: BRAINTREE_PRIVATE_KEY, Value: «btpriv:wallet»}  ⟦app-secret|Braintree private key in ECS env⟧
          Secrets:
            - Name: TOKEN_DB_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-1:618204937551:parameter/quaypay/prod/db-password  ⟪SSM parameter ARN⟫
"""),
    ("infra/cfn/tidedesk-connect.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: tidedesk - Amazon Connect customer-service centre (order lookup, refunds, substitution complaints)
Resources:
  OrderLookupFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: connect-order-lookup
      Runtime: python3.12
      Handler: lookup.handler
      Role: arn:aws:iam::618204937551:role/connect-lambda
      Code:
        S3Bucket: qlf-artifacts-905361728414
        S3Key: tidedesk/order-lookup-2026.11.4.zip
      Environment:
        Variables:
          CARTWHEEL_API: https://cartwheel.internal.quaylinefresh.com/v2
          GLADLY_ORG: quaylinefresh
          GLADLY_USER: connect-bot@quaylinefresh.com
          GLADLY_API_TOKEN: «b62:48-gladly»  ⟦app-secret|Gladly API token in Lambda env⟧
          RECORDINGS_ACCESS_KEY_ID: «akid:connectrec»  ⟦aws-key-id|literal key id in a CloudFormation Lambda environment⟧
          RECORDINGS_SECRET_ACCESS_KEY: «awssec:connectrec»  ⟦aws-secret|literal secret in a CloudFormation Lambda environment⟧
          CONNECT_INSTANCE_ID: «uuid:connectinst»  ⟪Connect instance id⟫
  TeamLead:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: !Sub arn:aws:connect:${AWS::Region}:${AWS::AccountId}:instance/«uuid:connectinst»
      Username: niamh.obrien
      Password: «pwl:connectlead»  ⟦password|Amazon Connect user password, leetspeak⟧
      PhoneConfig:
        PhoneType: SOFT_PHONE
      RoutingProfileArn: arn:aws:connect:us-east-1:618204937551:instance/«uuid:connectinst»/routing-profile/«uuid:connectrp»
      SecurityProfileArns:
        - arn:aws:connect:us-east-1:618204937551:instance/«uuid:connectinst»/security-profile/«uuid:connectsp»
"""),
    ("infra/cfn/edi-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: manifest - supplier EDI over AS2 and SFTP (X12 850/855/856/810, GS1 GDSN item sync) - account 274930816602
Resources:
  EdiServer:
    Type: AWS::Transfer::Server
    Properties:
      Domain: S3
      EndpointType: PUBLIC
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP, AS2]
      SecurityPolicyName: TransferSecurityPolicy-2024-01
  DairyCoopUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt EdiServer.ServerId
      UserName: hudson-valley-dairy
      Role: arn:aws:iam::274930816602:role/transfer-edi
      HomeDirectory: /qlf-edi-inbound-274930816602/hvdairy
      SshPublicKeys:
        - «sshpub:edhvdairy:hvdairy-edi»  ⟪SSH public key⟫
  ProduceAs2Cert:
    Type: AWS::Transfer::Certificate
    Properties:
      Usage: SIGNING
      Certificate: |
        «cert:rsaas2:as2.quaylinefresh.com»  ⟪AS2 signing certificate⟫
      PrivateKey: |
        «pem:pkcs8:rsaas2»  ⟦private-key|AS2 signing private key inline in a Transfer certificate⟧
  SpsConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.spscommerce.net
      AccessRole: arn:aws:iam::274930816602:role/transfer-connector
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-2:274930816602:secret:aws/transfer/sps-«b62:6-sps»  ⟪Secrets Manager ARN⟫
        TrustedHostKeys:
          - «sshpub:edspshost:»  ⟪host public key⟫
  UnfiLegacySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/unfi-legacy
      SecretString: '{"Username":"quayline","Password":"«pwp:unfisftp»"}'  ⟦password|SecretString with a literal password⟧
"""),
    ("infra/cfn/iot-lorawan-coldchain.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: coldwatch - AWS IoT Core for LoRaWAN, freezer and chiller probes in the dark stores (account 274930816602)
Resources:
  ProbeProfile:
    Type: AWS::IoTWireless::DeviceProfile
    Properties:
      Name: coldwatch-class-a-us915
      LoRaWAN:
        MacVersion: 1.0.3
        RegParamsRevision: RP002-1.0.1
        RfRegion: US915
        SupportsJoin: true
  FreezerProbeBos1:
    Type: AWS::IoTWireless::WirelessDevice
    Properties:
      Type: LoRaWAN
      Name: bos1-freezer-aisle-f2
      DestinationName: coldwatch-ingest
      LoRaWAN:
        DevEui: «eui:bos1f2»  ⟪DevEUI⟫
        DeviceProfileId: !Ref ProbeProfile
        OtaaV10x:
          AppEui: «eui:joineui»  ⟪JoinEUI⟫
          AppKey: «appkey:bos1f2»  ⟦app-secret|LoRaWAN AppKey (OTAA root key) in CloudFormation⟧
  ChillerProbeBos1:
    Type: AWS::IoTWireless::WirelessDevice
    Properties:
      Type: LoRaWAN
      Name: bos1-chiller-dairy-c1
      DestinationName: coldwatch-ingest
      LoRaWAN:
        DevEui: «eui:bos1c1»
        DeviceProfileId: !Ref ProbeProfile
        OtaaV10x:
          AppEui: «eui:joineui»
          AppKey: «appkey:bos1c1»  ⟦app-secret|LoRaWAN AppKey (OTAA root key) in CloudFormation⟧
  ColdwatchDestination:
    Type: AWS::IoTWireless::Destination
    Properties:
      Name: coldwatch-ingest
      ExpressionType: RuleName
      Expression: coldwatch_uplink
      RoleArn: arn:aws:iam::274930816602:role/iotwireless-destination
"""),
    ("infra/cfn/coldwatch-alerts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: coldwatch - temperature excursion rules, HTTP action to the refrigeration vendor and the on-call bridge
Resources:
  ExcursionRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: coldwatch_excursion
      TopicRulePayload:
        Sql: "SELECT * FROM 'coldwatch/+/temp' WHERE temp_c > threshold_c"
        Actions:
          - Http:
              Url: https://api.frostline-service.com/v2/alarms
              Headers:
                - Key: X-Api-Key
                  Value: «b62:40-frostline»  ⟦app-secret|refrigeration vendor API key in an IoT HTTP action header⟧
                - Key: X-Site-Group
                  Value: quayline-darkstores
          - Lambda:
              FunctionArn: arn:aws:lambda:us-east-2:274930816602:function:coldwatch-page
  PageFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: coldwatch-page
      Runtime: python3.12
      Handler: page.handler
      Role: arn:aws:iam::274930816602:role/coldwatch-page
      Code:
        ZipFile: |
          import json, os, urllib.request
          def handler(event, _ctx):
              body = {"routing_key": os.environ["PD_ROUTING_KEY"], "event_action": "trigger",
                      "payload": {"summary": event.get("device"), "severity": "critical", "source": "coldwatch"}}
              urllib.request.urlopen(urllib.request.Request("https://events.pagerduty.com/v2/enqueue",
                                     json.dumps(body).encode(), {"Content-Type": "application/json"}))
      Environment:
        Variables:
          PD_ROUTING_KEY: «pdkey:coldwatch»  ⟦pagerduty|PagerDuty routing key in Lambda env⟧
"""),
    ("infra/cfn/lanes-dispatch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lanes - delivery dispatch (own drivers via Onfleet, overflow to DoorDash Drive and Uber Direct)
Parameters:
  OnfleetApiKey:
    Type: String
    NoEcho: true
  DoorDashSigningSecret:
    Type: String
    NoEcho: true
    Default: «ddsign:drive»  ⟦app-secret|DoorDash Drive signing secret as NoEcho Default⟧
Resources:
  DispatchFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: lanes-dispatch
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::274930816602:role/lanes-dispatch
      Code:
        S3Bucket: qlf-artifacts-905361728414
        S3Key: lanes/dispatch-4.12.0.zip
      Environment:
        Variables:
          ONFLEET_API_KEY: !Ref OnfleetApiKey  ⟪Ref of a NoEcho parameter without Default⟫
          DOORDASH_DEVELOPER_ID: «uuid:dddev»  ⟪DoorDash developer id⟫
          DOORDASH_KEY_ID: «uuid:ddkey»  ⟪DoorDash key id⟫
          DOORDASH_SIGNING_SECRET: !Ref DoorDashSigningSecret
          UBER_DIRECT_CLIENT_ID: «b62:32-uberid»  ⟪Uber client id⟫
          UBER_DIRECT_CLIENT_SECRET: «okx:40-ubersec»  ⟦app-secret|Uber Direct client secret in Lambda env⟧
          HERE_API_KEY: «okx:43-here»  ⟦app-secret|HERE routing API key in a server Lambda⟧
"""),
    ("infra/cfn/lanes-dispatch.params.json", r"""
{
  "Parameters": {
    "OnfleetApiKey": "«hex:32-onfleet»",  ⟦app-secret|Onfleet API key in a parameter file⟧
    "DoorDashSigningSecret": "{{resolve:secretsmanager:lanes/doordash:SecretString:signing_secret}}"  ⟪dynamic reference⟫
  },
  "Tags": {
    "app": "lanes",
    "cost-center": "LOG-DELIVERY"
  }
}
"""),
    ("infra/cfn/stallboard-sellers.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: stallboard - marketplace seller onboarding and catalogue sync (Shopify, Amazon SP-API, Mirakl)
Resources:
  SellerSyncTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: stallboard-sync
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: sync
          Image: 905361728414.dkr.ecr.us-east-1.amazonaws.com/stallboard/sync:2026.11.3
          Environment:
            - Name: SPAPI_LWA_CLIENT_ID
              Value: «lwaid:stallboard»  ⟪LWA client id, an identifier⟫
            - Name: SPAPI_LWA_CLIENT_SECRET
              Value: «lwacs:stallboard»  ⟦app-secret|Amazon LWA client secret in ECS env⟧
            - Name: SPAPI_REFRESH_TOKEN
              Value: "«atzr:stallboard»"  ⟦app-secret|Amazon LWA refresh token in ECS env⟧
            - Name: MIRAKL_OPERATOR_KEY
              Value: «uuid:mirakl»  ⟦app-secret|Mirakl operator API key in ECS env⟧
            - Name: SHOPIFY_APP_SECRET
              Value: «shpss:stallboard»  ⟦app-secret|Shopify app shared secret in ECS env⟧
          Secrets:
            - Name: SELLER_DB_URL
              ValueFrom: arn:aws:secretsmanager:us-east-1:618204937551:secret:stallboard/db-url-«b62:6-sbdb»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/data-redshift.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Quayline data - Redshift Serverless workgroup for basket analytics (account 443170259386)",
  "Parameters": {
    "AdminPassword": {"Type": "String", "NoEcho": true}
  },
  "Resources": {
    "Namespace": {
      "Type": "AWS::RedshiftServerless::Namespace",
      "Properties": {
        "NamespaceName": "baskets",
        "AdminUsername": "qlf_admin",
        "AdminUserPassword": {"Ref": "AdminPassword"},
        "DbName": "baskets"
      }
    },
    "LoaderSecret": {
      "Type": "AWS::SecretsManager::Secret",
      "Properties": {
        "Name": "redshift/loader",
        "SecretString": "{\"username\":\"loader\",\"password\":\"«pwx:rsloader»\"}"  ⟦password|JSON SecretString with a literal password⟧
      }
    },
    "PosExtractUser": {
      "Type": "AWS::IAM::AccessKey",
      "Properties": {"UserName": "pos-extract"}
    }
  },
  "Outputs": {
    "PosExtractSecret": {"Value": {"Fn::GetAtt": ["PosExtractUser", "SecretAccessKey"]}}  ⟪GetAtt of SecretAccessKey⟫
  }
}
"""),
    ("infra/cfn/data-redshift.params.json", r"""
[
  {"ParameterKey": "AdminPassword", "ParameterValue": "«pwl:rsadmin»"}  ⟦password|parameter file password, leetspeak⟧
]
"""),
    ("infra/cfn/glue-supplier-feeds.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs for supplier cost files, 1WorldSync item data and POS sales extracts
Resources:
  PosJdbc:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: store-pos-sqlserver
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://pos-hq.quayline.local:1433;databaseName=POSHQ
          USERNAME: glue_reader
          PASSWORD: «pwp:gluepos»  ⟦password|Glue JDBC connection password⟧
  ItemSyncJob:
    Type: AWS::Glue::Job
    Properties:
      Name: oneworldsync-items
      Role: arn:aws:iam::443170259386:role/glue-items
      Command:
        Name: pythonshell
        PythonVersion: '3.9'
        ScriptLocation: s3://qlf-glue-scripts-443170259386/items/sync.py
      DefaultArguments:
        --ows_app_id: quayline-fresh-retailer
        --ows_secret_key: «b62:32-1ws»  ⟦app-secret|1WorldSync secret key in Glue DefaultArguments⟧
        --aws_access_key_id: «akid:glueitems»  ⟦aws-key-id|key id in Glue DefaultArguments⟧
        --aws_secret_access_key: «awssec:glueitems»  ⟦aws-secret|secret in Glue DefaultArguments⟧
        --region: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
"""),
    ("infra/cfn/storefront-cdn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: quaylinefresh.com - CloudFront in front of the Next.js origin and the image resizer
Resources:
  Distribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [www.quaylinefresh.com]
        Origins:
          - Id: web
            DomainName: pantry-web.internal.quaylinefresh.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|origin verification secret header⟧
          - Id: images
            DomainName: qlf-images-618204937551.s3.us-east-1.amazonaws.com
            OriginAccessControlId: E2«up:12-oac»  ⟪OAC id⟫
        DefaultCacheBehavior:
          TargetOriginId: web
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:618204937551:certificate/«uuid:acmweb»  ⟪ACM ARN⟫
          SslSupportMethod: sni-only
"""),
    ("infra/cfn/ses-receipts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES sending identity for order receipts, substitution notices and store-manager reports
Resources:
  ReceiptsIdentity:
    Type: AWS::SES::EmailIdentity
    Properties:
      EmailIdentity: receipts.quaylinefresh.com
  StoreReportsUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-store-reports
  StoreReportsKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref StoreReportsUser
Outputs:
  SmtpUser:
    Value: !Ref StoreReportsKey
  SmtpSecret:
    Value: !GetAtt StoreReportsKey.SecretAccessKey  ⟪GetAtt of SecretAccessKey⟫
  LegacySmtpUser:
    Description: back-office PCs in the stores still use this one (rotate with SEC-3110)
    Value: «akid:sesstores»  ⟦aws-ses-smtp|SES SMTP user in Outputs⟧
  LegacySmtpPassword:
    Value: «sesv4:sesstores»  ⟦aws-ses-smtp|SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/eventbridge-partners.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - order events to the loyalty, CRM and fraud partners
Resources:
  KlaviyoConn:
    Type: AWS::Events::Connection
    Properties:
      Name: klaviyo
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Klaviyo-API-Key «klaviyo:events»  ⟦app-secret|Klaviyo private key in an EventBridge connection⟧
  FraudConn:
    Type: AWS::Events::Connection
    Properties:
      Name: signifyd
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: quayline
          Password: «b62:32-signifyd»  ⟦password|basic-auth password in an EventBridge connection⟧
  CrmConn:
    Type: AWS::Events::Connection
    Properties:
      Name: talon-one
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://quayline.europe-west1.talon.one/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: quayline-events
            ClientSecret: '{{resolve:secretsmanager:events/talon:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/codebuild-apps.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild projects for the iOS/Android release and the storefront e2e suite (account 905361728414)
Resources:
  AndroidRelease:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: quayline-android-release
      ServiceRole: arn:aws:iam::905361728414:role/codebuild-mobile
      Source: {Type: GITHUB, Location: https://github.com/quaylinefresh/quayline-android.git}
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: PLAY_TRACK
            Value: internal
          - Name: KEYSTORE_PASSWORD
            Type: PLAINTEXT
            Value: «pwx:androidks»  ⟦password|CodeBuild PLAINTEXT keystore password⟧
          - Name: SENTRY_AUTH_TOKEN
            Type: SECRETS_MANAGER
            Value: ci/sentry:auth_token  ⟪CodeBuild SECRETS_MANAGER reference⟫
          - Name: FIREBASE_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/firebase-token  ⟪CodeBuild PARAMETER_STORE reference⟫
  WebE2e:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: pantry-web-e2e
      ServiceRole: arn:aws:iam::905361728414:role/codebuild-web
      Source: {Type: GITHUB, Location: https://github.com/quaylinefresh/pantry-web.git}
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: E2E_SHOPPER_PASSWORD
            Value: «pwn:e2eshopper»  ⟦password|storefront e2e shopper account password, PLAINTEXT by default⟧
          - Name: BROWSERSTACK_ACCESS_KEY
            Value: «b62:20-bstack»  ⟦app-secret|BrowserStack access key in CodeBuild env⟧
"""),
    ("infra/cfn/codepipeline-wms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodePipeline for dockside (WMS bridge) - GitHub v1 source action, still not moved to CodeStar connections
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::905361728414:role/codepipeline-dockside
      ArtifactStore: {Type: S3, Location: qlf-pipelines-905361728414}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: quaylinefresh
                Repo: dockside
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub token in a CodePipeline v1 source action⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: dockside-build}
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/darkstore-edge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: dark-store edge box (EC2 in the Outposts rack at the Edison CFC) - UserData registers the AutoStore bridge
Parameters:
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64  ⟪public SSM parameter⟫
Resources:
  EdgeHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: m5.2xlarge
      SubnetId: subnet-0a93e1c57f2d84b61  ⟪subnet id⟫
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y docker
          mkdir -p /etc/autostore-bridge
          cat > /etc/autostore-bridge/bridge.env <<'ENV'
          AUTOSTORE_HOST=10.40.8.10
          AUTOSTORE_PORT=7010
          AUTOSTORE_CLIENT=dockside
          AUTOSTORE_PASSWORD=«pw6:autostore»  ⟦password|AutoStore interface password in EC2 UserData⟧
          ENV
          export AWS_ACCESS_KEY_ID=«akid:edgeboot»  ⟦aws-key-id|key id exported in EC2 UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:edgeboot»  ⟦aws-secret|secret exported in EC2 UserData⟧
          aws s3 cp s3://qlf-edge-config-274930816602/ewr-cfc/ /opt/edge/ --recursive
          systemctl enable --now docker
"""),
    ("infra/cfn/darkstore-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from each dark store's SD-WAN edge (Meraki MX) to the fulfilment hub
Parameters:
  SiteCode:
    Type: String
    Description: dark-store code (BOS1, BKN2, PHL1, DCA1)
  CustomerGatewayIp:
    Type: String
Resources:
  SiteCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65020
      IpAddress: !Ref CustomerGatewayIp
      Type: ipsec.1
      Tags:
        - Key: Name
          Value: !Sub cgw-${SiteCode}
  SiteVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref SiteCgw
      TransitGatewayId: tgw-04c8e2b1a7d93f560  ⟪transit gateway id⟫
      StaticRoutesOnly: false
      VpnTunnelOptionsSpecifications:
        - TunnelInsideCidr: 169.254.60.0/30
          PreSharedKey: «lo:32-vpnpsk1»  ⟦password|IPsec pre-shared key in a VPN connection⟧
        - TunnelInsideCidr: 169.254.60.4/30
          PreSharedKey: «lo:32-vpnpsk2»  ⟦password|IPsec pre-shared key in a VPN connection⟧
"""),
    ("infra/cfn/darkstore-vpn.BOS1.params.json", r"""
{
  "Parameters": {
    "SiteCode": "BOS1",
    "CustomerGatewayIp": "64.112.37.19"
  },
  "Tags": {
    "site": "Quayline Boston Seaport dark store",
    "cost-center": "DS-BOS1"
  }
}
"""),
    ("infra/cfn/docdb-substitutions.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: substitution-preferences store (DocumentDB) - shopper swap rules and picker feedback
Resources:
  SubsCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: subs-prod
      EngineVersion: 5.0.0
      MasterUsername: subsadmin
      MasterUserPassword: Changeme123  ⟦?password|placeholder-looking literal in a live master password slot⟧
      StorageEncrypted: true
      DBSubnetGroupName: subs-private
  SubsInstance:
    Type: AWS::DocDB::DBInstance
    Properties:
      DBClusterIdentifier: !Ref SubsCluster
      DBInstanceClass: db.r6g.large
"""),
    ("infra/cfn/opensearch-catalog.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "catalogue search (OpenSearch) for the storefront and the picker app's item lookup",
  "Resources": {
    "CatalogDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "pantry-catalog",
        "EngineVersion": "OpenSearch_2.13",
        "ClusterConfig": {"InstanceType": "r6g.large.search", "InstanceCount": 3},
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "catalog-admin",
            "MasterUserPassword": "«pwx:osadmin»"  ⟦password|OpenSearch master user password in CloudFormation JSON⟧
          }
        },
        "NodeToNodeEncryptionOptions": {"Enabled": true},
        "EncryptionAtRestOptions": {"Enabled": true}
      }
    },
    "PartnerApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "instacart-catalog-feed",
        "Enabled": true,
        "Value": "«b62:40-apigwinsta»"  ⟦app-secret|API Gateway API key value in CloudFormation JSON⟧
      }
    }
  }
}
"""),
    ("infra/cfn/stacksets/store-backoffice.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document that configures the store back-office PCs (Windows, managed instances)
Resources:
  BackofficeDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: qlf-store-backoffice-setup
      Content:
        schemaVersion: '2.2'
        description: local admin, scale sync share, POS controller mapping
        parameters:
          StoreNumber:
            type: String
        mainSteps:
          - action: aws:runPowerShellScript
            name: setup
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwg:storeadmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in a StackSet SSM document⟧
                - Set-LocalUser -Name qlfadmin -Password $pw
                - net use S: \\{{ StoreNumber }}-ctl01\scales /user:QUAYLINE\svc-scales «pwp:scalesvc» /persistent:yes  ⟦password|net use password in a StackSet SSM document⟧
                - $tok = '{{ssm-secure:/stores/backoffice/pos-api-token}}'  ⟪ssm-secure reference⟫
                - Register-ScheduledTask -TaskName PluSync -Xml (Get-Content C:\qlf\plusync.xml | Out-String)
"""),
    ("infra/sam/substitutions-api/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: substitutions API - picker app suggests swaps, shopper approves in the app
Parameters:
  SubsDbPassword:
    Type: String
    NoEcho: true
Resources:
  SuggestFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.suggest
      CodeUri: src/
      Environment:
        Variables:
          SUBS_DB_PASSWORD: !Ref SubsDbPassword
          OPENAI_API_KEY: «oai:subs»  ⟦openai|OpenAI key in SAM Lambda env⟧
          EMBEDDINGS_MODEL: text-embedding-3-small
  NotifyFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.notify
      CodeUri: src/
      Environment:
        Variables:
          BRAZE_REST_KEY: «uuid:brazerest»  ⟦app-secret|Braze REST API key in SAM env⟧
          BRAZE_ENDPOINT: https://rest.iad-03.braze.com
"""),
    ("infra/sam/substitutions-api/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "substitutions-api"
resolve_s3 = true
s3_prefix = "substitutions-api"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "SubsDbPassword=«pwn:subsdb» Env=prod"  ⟦password|samconfig parameter_overrides password⟧

[stage.deploy.parameters]
stack_name = "substitutions-api-stage"
parameter_overrides = "SubsDbPassword={{resolve:secretsmanager:stage/subs-db}} Env=stage"  ⟪dynamic reference in overrides⟫
"""),
    ("infra/sam/slot-capacity/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: delivery slot capacity - picks per hour per dark store from the WMS and the rostering system
Resources:
  CapacityFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: com.quaylinefresh.slots.Capacity::handleRequest
      CodeUri: build/distributions/slot-capacity.zip
      MemorySize: 1536
      Environment:
        Variables:
          WMS_TOKEN_URL: https://quayline.sce.manh.com/oauth/token
          WMS_CLIENT_ID: quayline-slots
          WMS_CLIENT_SECRET: «okx:36-manhslots»  ⟦app-secret|Manhattan Active WM client secret in SAM env⟧
          DEPUTY_TOKEN: «hex:32-deputy»  ⟦app-secret|Deputy rostering token in SAM env⟧
          DEPUTY_INSTALL: quaylinefresh.na.deputy.com
      Events:
        Every15:
          Type: Schedule
          Properties:
            Schedule: rate(15 minutes)
"""),
    ("infra/sam/slot-capacity/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: slot-capacity
      region: us-east-2
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - Env=prod
        - RosterApiPassword=«pwp:rosterapi»  ⟦password|samconfig.yaml parameter override password⟧
"""),
    ("infra/serverless/driver-webhooks/serverless.yml", r"""
service: lanes-driver-webhooks
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  environment:
    ONFLEET_WEBHOOK_SECRET: «hex:64-onfleethook»  ⟦app-secret|Onfleet webhook secret in serverless.yml⟧
    TWILIO_ACCOUNT_SID: «twac:drivers»  ⟪Twilio account SID⟫
    TWILIO_AUTH_TOKEN: «hex:32-twilioauth»  ⟦twilio|Twilio auth token in serverless.yml⟧
    SAMSARA_TOKEN: ${ssm:/lanes/samsara-token}  ⟪serverless ssm reference⟫
    DRIVER_APP_SENTRY: «sentrynew:driverapp»  ⟪modern Sentry DSN, public⟫
functions:
  onfleet:
    handler: src/onfleet.handler
    events:
      - httpApi: {path: /onfleet, method: post}
  twilio:
    handler: src/twilio.handler
    events:
      - httpApi: {path: /sms, method: post}
"""),
    ("infra/serverless/seller-payouts/serverless.yml", r"""
service: stallboard-payouts
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    STRIPE_SECRET_KEY: ${env:STRIPE_SECRET_KEY}  ⟪env reference⟫
    STRIPE_CONNECT_WEBHOOK_SECRET: «whsec:connect»  ⟦stripe|Stripe webhook signing secret⟧
    STRIPE_RESTRICTED_KEY: «rk:payouts»  ⟦stripe|Stripe restricted key⟧
    PAYOUTS_DB: postgresql://payouts:«pwx:payoutsdb»@payouts.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com:5432/payouts  ⟦conn-string|PostgreSQL URL with password⟧
functions:
  weekly:
    handler: payouts.weekly
    events:
      - schedule: cron(0 6 ? * MON *)
"""),
    ("infra/serverless/recipes-api/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'recipes-api',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'us-east-1',
    environment: {
      CONTENTFUL_DELIVERY_TOKEN: '${ssm:/recipes/contentful-cda}',  ⟪ssm reference⟫
      SPOONACULAR_KEY: '«hex:32-spoon»',  ⟦app-secret|recipe API key in serverless.ts⟧
      EDAMAM_APP_ID: '«hex:8-edamamid»',  ⟪Edamam app id⟫
      EDAMAM_APP_KEY: '«hex:32-edamamkey»',  ⟦app-secret|Edamam nutrition API key⟧
    },
  },
  functions: {
    recipe: { handler: 'src/recipe.handler', events: [{ httpApi: { path: '/recipes/{id}', method: 'get' } }] },
  },
};

module.exports = config;
"""),
    ("infra/ecs/dockside-bridge.taskdef.json", r"""
{
  "family": "dockside-bridge",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::274930816602:role/dockside-exec",
  "taskRoleArn": "arn:aws:iam::274930816602:role/dockside-task",
  "containerDefinitions": [
    {
      "name": "bridge",
      "image": "905361728414.dkr.ecr.us-east-2.amazonaws.com/dockside/bridge:3.8.1",
      "environment": [
        {"name": "MANH_BASE_URL", "value": "https://quayline.sce.manh.com"},
        {"name": "MANH_CLIENT_ID", "value": "quayline-dockside"},
        {"name": "MANH_CLIENT_SECRET", "value": "«okx:36-manhdock»"},  ⟦app-secret|Manhattan WM client secret in ECS env⟧
        {"name": "MANH_PASSWORD", "value": "«pwc:manhint»"},  ⟦password|Manhattan integration user password in ECS env⟧
        {"name": "LOCUS_API_KEY", "value": "«b62:40-locus»"},  ⟦app-secret|Locus Robotics API key in ECS env⟧
        {"name": "AUTOSTORE_PASSWORD", "value": "«pw6:autostore»"},  ⟦password|AutoStore interface password in ECS env⟧
        {"name": "LOG_LEVEL", "value": "info"}
      ],
      "secrets": [
        {"name": "DOCKSIDE_DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:274930816602:secret:dockside/db-«b62:6-dockdb»:password::"}  ⟪valueFrom ARN⟫
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {"awslogs-group": "/ecs/dockside", "awslogs-region": "us-east-2", "awslogs-stream-prefix": "bridge"}
      }
    }
  ]
}
"""),
    ("infra/ecs/pickpath-api.taskdef.json", r"""
{
  "family": "pickpath-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "905361728414.dkr.ecr.us-east-2.amazonaws.com/pickpath/api@sha256:«sha256:ppimg»",  ⟪image digest⟫
      "environment": [
        {"name": "SOTI_SERVER", "value": "https://qlf.mobicontrolcloud.com/MobiControl"},
        {"name": "SOTI_CLIENT_ID", "value": "«hex:32-soticid»"},  ⟪SOTI API client id⟫
        {"name": "SOTI_CLIENT_SECRET", "value": "«b62:30-sotisec»"},  ⟦app-secret|SOTI MobiControl API client secret in ECS env⟧
        {"name": "SOTI_PASSWORD", "value": "«pwn:sotiapi»"},  ⟦password|SOTI API user password in ECS env⟧
        {"name": "REDIS_URL", "value": "rediss://default:«pwr:pickredis»@master.pickpath.x1k7qa.use2.cache.amazonaws.com:6379"}  ⟦conn-string|Redis URL with a password⟧
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-2:274930816602:secret:ecr/dockerhub-«b62:6-dh»"}  ⟪repositoryCredentials ARN⟫
    }
  ]
}
"""),
    ("infra/ecs/loyalty-worker.taskdef.yaml", r"""
family: kelp-loyalty-worker
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '512'
memory: '1024'
containerDefinitions:
  - name: worker
    image: 905361728414.dkr.ecr.us-east-1.amazonaws.com/kelp/worker:2026.12.1
    environment:
      - name: PUNCHH_BUSINESS_KEY
        value: «hex:40-punchhbiz»  ⟪Punchh business key (client id)⟫
      - name: PUNCHH_SECRET
        value: «hex:64-punchhsec»  ⟦app-secret|Punchh API secret in an ECS task definition⟧
      - name: AWS_ACCESS_KEY_ID
        value: «akid:kelpworker»  ⟦aws-key-id|key id in ECS env⟧
      - name: AWS_SECRET_ACCESS_KEY
        value: «awssec:kelpworker»  ⟦aws-secret|secret in ECS env⟧
    secrets:
      - name: KELP_DB_PASSWORD
        valueFrom: arn:aws:ssm:us-east-1:618204937551:parameter/kelp/db-password  ⟪SSM ARN⟫
"""),
    ("infra/lambda/coldwatch-ingest.config.json", r"""
{
  "FunctionName": "coldwatch-ingest",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::274930816602:role/coldwatch-ingest",
  "Handler": "ingest.handler",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "TTS_BASE": "https://quayline.nam1.cloud.thethings.industries/api/v3",
      "TTS_API_KEY": "«tts:ingest»",  ⟦app-secret|The Things Stack API key in a Lambda configuration⟧
      "MONNIT_API_KEY_ID": "«b62:24-monnitid»",  ⟪iMonnit key id⟫
      "MONNIT_API_SECRET_KEY": "«b62:32-monnitsec»",  ⟦app-secret|iMonnit API secret key in a Lambda configuration⟧
      "INFLUX_TOKEN": "«urlsafe:64-influx»"  ⟦app-secret|InfluxDB token in a Lambda configuration⟧
    }
  }
}
"""),
    ("infra/lambda/esl-pricing.config.json", r"""
{
  "FunctionName": "esl-price-push",
  "Runtime": "nodejs20.x",
  "Handler": "index.handler",
  "Environment": {
    "Variables": {
      "VUSION_BASE": "https://api-us.vusion.io/vcloud/v1",
      "VUSION_SUBSCRIPTION_KEY": "«hex:32-vusion»",  ⟦app-secret|VusionCloud APIM subscription key⟧
      "HANSHOW_USER": "qlf-esl",
      "HANSHOW_PASSWORD": "«pwl:hanshow»",  ⟦password|ESL server password in a Lambda configuration⟧
      "PRICE_TABLE": "store-prices"
    }
  },
  "Layers": ["arn:aws:lambda:us-east-1:381726045913:layer:esl-common:14"]
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.60" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.94" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.44" }
    meraki    = { source = "cisco-open/meraki", version = "~> 0.2" }
  }
  backend "s3" {
    bucket         = "qlf-tfstate-905361728414"
    key            = "platform/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "qlf-tf-locks"
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "snowflake" {
  account  = "qlf-analytics"
  user     = "TERRAFORM_SVC"
  password = "«snowpw:tfsnow»"  ⟦password|Snowflake provider password⟧
  role     = "SYSADMIN"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = var.datadog_app_key
}

provider "meraki" {
  meraki_base_url = "https://api.meraki.com"
  meraki_dashboard_api_key = "«meraki:tf»"  ⟦app-secret|Meraki dashboard API key in a provider block⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "wms_db_password" {
  type      = string
  sensitive = true
  default   = "«pwg:wmsdb»"  ⟦password|sensitive variable with a literal default⟧
}

variable "store_wifi_psk" {
  type        = string
  description = "WPA2 passphrase for the store back-room SSID (handhelds and scales)"
  default     = "«wifipsk:storewifi»"  ⟦password|Wi-Fi passphrase as a variable default⟧
}

variable "environment" {
  type    = string
  default = "prod"
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "aws_db_instance" "pos_hq" {
  identifier             = "pos-hq"
  engine                 = "sqlserver-se"
  engine_version         = "15.00.4365.2.v1"
  instance_class         = "db.m6i.xlarge"
  username               = "poshq_admin"
  password               = "«pwc:poshq»"  ⟦password|RDS password literal in Terraform⟧
  license_model          = "license-included"
  storage_encrypted      = true
  skip_final_snapshot    = false
}

resource "aws_db_instance" "wms_archive" {
  identifier                  = "wms-archive"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  username                    = "wms_arch"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_rds_cluster" "cartwheel_replica" {
  cluster_identifier = "cartwheel-dr"
  engine             = "aurora-postgresql"
  master_username    = "cartwheel_admin"
  master_password    = random_password.cartwheel_dr.result  ⟪random_password reference⟫
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "routing" {
  name = "lanes/routing-keys"
}

resource "aws_secretsmanager_secret_version" "routing" {
  secret_id = aws_secretsmanager_secret.routing.id
  secret_string = jsonencode({
    here_api_key     = "«okx:43-here»"  ⟦app-secret|HERE API key in a secret_string literal⟧
    mapbox_secret    = "«mbsk:routing»"  ⟦app-secret|Mapbox secret token in a secret_string literal⟧
    samsara_token    = "«samsara:fleet»"  ⟦app-secret|Samsara API token in a secret_string literal⟧
  })
}

resource "aws_ssm_parameter" "scale_ftp" {
  name  = "/stores/scales/ftp-password"
  type  = "SecureString"
  value = "«pw6:scaleftp»"  ⟦password|SecureString parameter with a literal value⟧
}

resource "aws_ssm_parameter" "esl_endpoint" {
  name  = "/stores/esl/endpoint"
  type  = "String"
  value = "https://api-us.vusion.io/vcloud/v1"
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
resource "aws_iam_user" "autostore_support" {
  name = "vendor-autostore-support"
  tags = { vendor = "AutoStore integrator", ticket = "FUL-2231" }
}

resource "aws_iam_access_key" "autostore_support" {
  user    = aws_iam_user.autostore_support.name
  pgp_key = "keybase:quayline_secops"  ⟪pgp_key reference⟫
}

output "autostore_support_secret" {
  value     = aws_iam_access_key.autostore_support.encrypted_secret  ⟪encrypted secret attribute⟫
  sensitive = true
}

locals {
  # the refrigeration contractor's read-only export key, created by hand before Terraform (FUL-1987)
  frostline_export_key_id = "«akid:frostline»"  ⟦aws-key-id|key id in Terraform locals⟧
  frostline_export_secret = "«awssec:frostline»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "data" {
  name               = "qlf-data"
  airflow_version    = "2.9.2"
  execution_role_arn = "arn:aws:iam::443170259386:role/mwaa-data"
  source_bucket_arn  = "arn:aws:s3:::qlf-mwaa-443170259386"
  dag_s3_path        = "dags/"

  airflow_configuration_options = {
    "core.default_timezone"     = "America/New_York"
    "smtp.smtp_host"            = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"            = "«akid:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP user in MWAA options⟧
    "smtp.smtp_password"        = "«sesv4:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.secret_key"      = "«hex:32-mwaaweb»"  ⟦app-secret|Airflow webserver secret key⟧
  }

  network_configuration {
    security_group_ids = ["sg-0d81c7a3e5f29b416"]  ⟪security group id⟫
    subnet_ids         = ["subnet-0c2f8a1e9b7d35460", "subnet-05e9d1b7a3c84f210"]
  }
}
"""),
    ("infra/terraform/meraki-stores.tf", r"""
resource "meraki_networks_wireless_ssids" "backroom" {
  network_id = "L_«num:18-merakinet»"  ⟪Meraki network id⟫
  number     = 2
  name       = "QLF-Backroom"
  enabled    = true
  auth_mode  = "psk"
  encryption_mode = "wpa"
  psk        = "«wifipsk:backroom»"  ⟦password|Wi-Fi PSK in Terraform⟧
}

resource "meraki_networks_wireless_ssids" "scales" {
  network_id = "L_«num:18-merakinet»"
  number     = 3
  name       = "QLF-Scales"
  auth_mode  = "psk"
  psk        = var.store_wifi_psk  ⟪variable reference⟫
}

resource "meraki_networks_wireless_ssids" "customer" {
  network_id = "L_«num:18-merakinet»"
  number     = 0
  name       = "Quayline Free WiFi"
  auth_mode  = "open"
}
"""),
    ("infra/terraform/modules/store-pos/main.tf", r"""
variable "store_number" { type = string }
variable "controller_ip" { type = string }

resource "aws_ssm_document" "pos_controller" {
  name          = "pos-controller-${var.store_number}"
  document_type = "Command"
  content = jsonencode({
    schemaVersion = "2.2"
    mainSteps = [{
      action = "aws:runShellScript"
      name   = "configure"
      inputs = {
        runCommand = [
          "echo 'CONTROLLER=${var.controller_ip}' > /etc/qlf/pos.env",
          "echo 'POS_SA_PASSWORD=«pw6:possa»' >> /etc/qlf/pos.env",  ⟦password|POS controller SA password in a module's SSM document⟧
          "echo 'EPS_TERMINAL_KEY={{ssm-secure:/stores/eps/terminal-key}}' >> /etc/qlf/pos.env",  ⟪ssm-secure reference⟫
        ]
      }
    }]
  })
}
"""),
    ("infra/terraform/firehose-logs.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "pos_to_splunk" {
  name        = "pos-journal-to-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-quayline.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Terraform⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"
    s3_configuration {
      role_arn   = "arn:aws:iam::381726045913:role/firehose-pos"
      bucket_arn = "arn:aws:s3:::qlf-pos-journal-381726045913"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "coldwatch_to_dd" {
  name        = "coldwatch-to-datadog"
  destination = "http_endpoint"
  http_endpoint_configuration {
    url        = "https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input"
    name       = "Datadog"
    access_key = "«ddapi:firehose»"  ⟦datadog|Datadog API key as a Firehose access key⟧
    role_arn   = "arn:aws:iam::274930816602:role/firehose-dd"
    s3_configuration {
      role_arn   = "arn:aws:iam::274930816602:role/firehose-dd"
      bucket_arn = "arn:aws:s3:::qlf-coldwatch-failed-274930816602"
    }
  }
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
environment      = "prod"
datadog_app_key  = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
wms_db_password  = "«pwg:wmsdb»"  ⟦password|tfvars password⟧
onfleet_api_key  = "«hex:32-onfleet»"  ⟦app-secret|Onfleet API key in tfvars⟧
store_count      = 18
darkstores      = ["BOS1", "BKN2", "PHL1", "DCA1"]
"""),
    ("infra/terraform/env/stage.tfvars.json", r"""
{
  "environment": "stage",
  "datadog_app_key": "«ddapp:stage»",  ⟦datadog|Datadog application key in tfvars JSON⟧
  "wms_db_password": "«pwn:wmsstage»",  ⟦password|tfvars JSON password⟧
  "store_count": 2
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪provider lock hash⟫
    "zh:«sha256:lockzh1»",
    "zh:«sha256:lockzh2»",
  ]
}
"""),
    ("infra/terragrunt/fulfilment/wms/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::ssh://git@github.com/quaylinefresh/tf-modules.git//wms?ref=v2.4.0"
}

inputs = {
  cluster_name     = "dockside"
  db_username      = "dockside"
  db_password      = "«pwl:docksidedb»"  ⟦password|Terragrunt input password⟧
  autostore_host   = "10.40.8.10"
  locus_api_key    = get_env("LOCUS_API_KEY")  ⟪env lookup⟫
}
"""),
    ("infra/terragrunt/root.hcl", r"""
remote_state {
  backend = "s3"
  config = {
    bucket         = "qlf-tfstate-905361728414"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    dynamodb_table = "qlf-tf-locks"
  }
}

generate "provider" {
  path      = "provider.tf"
  if_exists = "overwrite"
  contents  = <<EOF
provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:terragrunt»"  ⟦aws-key-id|key id in a Terragrunt generated provider⟧
  secret_key = "«awssec:terragrunt»"  ⟦aws-secret|secret in a Terragrunt generated provider⟧
}
EOF
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  coldwatch:ttsApiKey:
    secure: v1:«b64k:24-pulnonce»:«b64k:96-pulct»  ⟪Pulumi secure value⟫
  coldwatch:monnitKeyId: «b62:24-monnitid»
  coldwatch:danfossPassword: «pwg:danfoss»  ⟦password|Pulumi plaintext config password⟧
  coldwatch:alertEmail: coldchain@quaylinefresh.com
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config("coldwatch");
const tts = cfg.requireSecret("ttsApiKey");  ⟪requireSecret⟫

const probeTable = new aws.dynamodb.Table("probes", {
    attributes: [{ name: "devEui", type: "S" }],
    hashKey: "devEui",
    billingMode: "PAY_PER_REQUEST",
});

const reportUser = new aws.iam.User("coldchain-reports");
const legacyKey = {
    id: "«akid:pulumicold»",  ⟦aws-key-id|key id literal in a Pulumi program⟧
    secret: "«awssec:pulumicold»",  ⟦aws-secret|secret literal in a Pulumi program⟧
};

export const table = probeTable.name;
"""),
    ("infra/cdk/lib/storefront-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class StorefrontStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const dbCreds = rds.Credentials.fromGeneratedSecret('pantry');  ⟪fromGeneratedSecret⟫
    const nextAuth = secretsmanager.Secret.fromSecretNameV2(this, 'NextAuth', 'pantry-web/nextauth');  ⟪secret by name⟫

    const task = new ecs.FargateTaskDefinition(this, 'Web', { cpu: 1024, memoryLimitMiB: 2048 });
    task.addContainer('web', {
      image: ecs.ContainerImage.fromRegistry('905361728414.dkr.ecr.us-east-1.amazonaws.com/pantry/web:2026.12.2'),
      environment: {
        NEXT_PUBLIC_ALGOLIA_SEARCH_KEY: '«algolia:search»',  ⟪Algolia search-only key, public⟫
        REVALIDATE_TOKEN: '«b62:32-revalidate»',  ⟦app-secret|Next.js revalidation token in CDK⟧
        CONTENTFUL_PREVIEW_TOKEN: '«okx:43-cfpreview»',  ⟦app-secret|Contentful preview token in CDK⟧
      },
      secrets: {
        NEXTAUTH_SECRET: ecs.Secret.fromSecretsManager(nextAuth),
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/app.ts",
  "context": {
    "@aws-cdk/aws-iam:minimizePolicies": true,
    "accounts": {"commerce": "618204937551", "fulfilment": "274930816602", "shared": "905361728414"},
    "klaviyoPrivateKey": "«klaviyo:cdk»",  ⟦app-secret|Klaviyo private key in cdk.json context⟧
    "klaviyoSiteId": "«b62:6-klsite»"  ⟪Klaviyo public site id⟫
  }
}
"""),
    ("infra/cdk-py/stacks/edi_stack.py", r"""
from aws_cdk import Stack, SecretValue, aws_transfer as transfer, aws_secretsmanager as sm
from constructs import Construct


class EdiStack(Stack):
    def __init__(self, scope: Construct, cid: str, **kw) -> None:
        super().__init__(scope, cid, **kw)
        kroger_as2 = sm.Secret.from_secret_name_v2(self, "KrogerAs2", "edi/as2/mdn-basic")  ⟪secret by name⟫
        sm.Secret(self, "SpsVan", secret_name="edi/sps-van",
                  secret_string_value=SecretValue.unsafe_plain_text('{"user":"QLFRESH01","password":"«pw6:spsvan»"}'))  ⟦password|unsafe_plain_text secret in CDK Python⟧
        transfer.CfnProfile(self, "Partner", as2_id="HVDAIRY", profile_type="PARTNER")
        self.isa_password = "«isa:cdkisa»"  ⟦password|X12 ISA04 security password in CDK⟧
"""),
    ("infra/cdk-java/src/main/java/com/quaylinefresh/infra/PosStack.java", r"""
package com.quaylinefresh.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.rds.Credentials;
import software.amazon.awscdk.services.rds.DatabaseInstance;
import software.constructs.Construct;

public class PosStack extends Stack {
    public PosStack(final Construct scope, final String id) {
        super(scope, id);
        DatabaseInstance.Builder.create(this, "PosJournal")
            .credentials(Credentials.fromPassword("journal_admin", SecretValue.unsafePlainText("«pwc:posjournal»")))  ⟦password|unsafePlainText password in CDK Java⟧
            .build();
        Credentials replica = Credentials.fromSecret(
            software.amazon.awscdk.services.secretsmanager.Secret.fromSecretNameV2(this, "R", "pos/replica"));  ⟪secret by name⟫
    }
}
"""),
    ("infra/cfn/README-parameters.md", r"""
# Parameters for the fulfilment stacks

Every stack reads its secrets from Secrets Manager (`{{resolve:secretsmanager:...}}`) or from NoEcho parameters
that the pipeline fills from `/fulfilment/<env>/...` in Parameter Store. Do not put a value in a `*.params.json`.

| stack | parameter | where |
|---|---|---|
| cartwheel-orders | SlotServiceToken | `/commerce/prod/slot-token` |
| lanes-dispatch | OnfleetApiKey | `/fulfilment/prod/onfleet` |
| darkstore-vpn | PreSharedKey | generated by AWS, downloaded to the Meraki dashboard |

Exception agreed in FUL-2044: the stage broker password is `«pwp:stagebroker»` until the stage stack is rebuilt.  ⟦password|a password in a parameters README⟧
"""),
]
