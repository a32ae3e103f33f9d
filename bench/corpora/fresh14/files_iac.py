"""fresh14 templates, AWS infrastructure as code (Corvane Hospitality): CloudFormation YAML and JSON, parameter
files, StackSets, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, Amazon Connect,
AppFlow, Transfer Family, Site-to-Site VPN, Terraform and tfvars, Terragrunt, CDK (TypeScript, Python, Go, C#),
Pulumi, Copilot and App Runner.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/pms-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  keystone-pms-bridge - interfaces between OPERA Cloud (OHIP) / legacy OPERA 5 (Fidelio FIAS) and the
  central reservation system. Aurora MySQL, ECS Fargate, Amazon MQ (ActiveMQ) for HTNG messages.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, uat]
  OhipClientSecret:
    Type: String
    NoEcho: true
Resources:
  BridgeDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      EngineVersion: 8.0.mysql_aurora.3.05.2
      DatabaseName: pmsbridge
      MasterUsername: bridge_admin
      MasterUserPassword: «pwc:bridgedb»  ⟦password|Aurora MySQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:493817260514:key/«uuid:kmsbridge»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: keystone-pms-bridge
        - Key: pci-scope
          Value: 'no'
  HtngBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub htng-${Env}
      EngineType: ACTIVEMQ
      EngineVersion: 5.17.6
      HostInstanceType: mq.m5.large
      DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: htng-admin
          Password: '{{resolve:secretsmanager:pms-bridge/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
          ConsoleAccess: true
        - Username: fias-listener
          Password: «pw:fiasmq»  ⟦password|Amazon MQ user password, season + year⟧
  OhipSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub pms-bridge/${Env}/ohip
      SecretString: !Sub '{"client_id":"corvane_ohip_prd","client_secret":"${OhipClientSecret}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/crs-cache.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: tidewater-crs - availability cache (Redis) and rate shopping queue
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-07e3c1a94bd2f5086  ⟪VPC id⟫
  CacheAuthToken:
    Type: String
    NoEcho: true
    Default: «pwr:crsredis»  ⟦password|NoEcho parameter with a literal Default⟧
    MinLength: 16
Resources:
  AvailabilityCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: ARI availability cache
      Engine: redis
      CacheNodeType: cache.r7g.xlarge
      NumCacheClusters: 3
      AutomaticFailoverEnabled: true
      TransitEncryptionEnabled: true
      AuthToken: !Ref CacheAuthToken
  RateShopQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: crs-rate-shop
      VisibilityTimeout: 120
      KmsMasterKeyId: alias/crs-queues
"""),
    ("infra/cfn/loyalty-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: gullwing loyalty API (points, tiers, member offers) - account 493817260514
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 15
    MemorySize: 512
    Environment:
      Variables:
        NODE_OPTIONS: --enable-source-maps
        LOYALTY_TABLE: gullwing-members
Resources:
  MemberFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/member.handler
      CodeUri: ./
      Environment:
        Variables:
          BRAZE_REST_KEY: «uuid:brazerest»  ⟦app-secret|Braze REST API key in Lambda env⟧
          BRAZE_ENDPOINT: https://rest.iad-05.braze.com
          SEGMENT_WRITE_KEY: «segment:loyaltysrv»  ⟦app-secret|Segment server-side write key⟧
          FIREBASE_WEB_API_KEY: «aiza:gullwingweb»  ⟪Firebase web key, public⟫
      Policies:
        - DynamoDBCrudPolicy:
            TableName: gullwing-members
  PointsFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/points.handler
      CodeUri: ./
      Environment:
        Variables:
          PARTNER_AIRLINE_KEY: '{{resolve:ssm-secure:/gullwing/partner-airline-key}}'  ⟪ssm-secure dynamic reference⟫
          DB_SECRET_ARN: arn:aws:secretsmanager:us-east-1:493817260514:secret:gullwing/points-db-«b62:6-ptsdb»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/loyalty-api.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "MembersDbPassword", "ParameterValue": "«pwn:membersdb»"},  ⟦password|parameter file password, first name + year⟧
  {"ParameterKey": "AlertEmail", "ParameterValue": "loyalty-oncall@corvane-hotels.com"},
  {"ParameterKey": "AirlinePartnerSecret", "ParameterValue": "«b62:32-airline»"}  ⟦app-secret|airline miles partner secret in a parameter file⟧
]
"""),
    ("infra/cfn/payments-vault.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: vaultline - card tokenisation service (PCI CDE, account 493817260514, VPC cde-prod)
Parameters:
  AdyenApiKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /vaultline/prod/adyen-api-key  ⟪SSM parameter name as Default⟫
  AdyenHmacKey:
    Type: String
    NoEcho: true
    Default: «adyenhmac:notif»  ⟦app-secret|Adyen notification HMAC key as NoEcho Default⟧
Resources:
  TokenService:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: vaultline-token
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '512'
      Memory: '1024'
      ExecutionRoleArn: arn:aws:iam::493817260514:role/vaultline-exec
      ContainerDefinitions:
        - Name: token
          Image: 861530294472.dkr.ecr.us-east-1.amazonaws.com/vaultline/token@sha256:«sha256:vlimg»  ⟪image digest⟫
          Environment:
            - {Name: ADYEN_API_KEY, Value: !Ref AdyenApiKey}  ⟪Ref of an SSM parameter type⟫
            - {Name: ADYEN_HMAC_KEY, Value: !Ref AdyenHmacKey}
            - {Name: ADYEN_MERCHANT_ACCOUNT, Value: CorvaneHospitalityECOM}
            - {Name: BRAINTREE_PRIVATE_KEY, Value: «btpriv:vault»}  ⟦app-secret|Braintree private key in ECS env⟧
            - {Name: BRAINTREE_MERCHANT_ID, Value: «lo:16-btmerch»}  ⟪Braintree merchant id⟫
          Secrets:
            - Name: TOKEN_DB_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-1:493817260514:parameter/vaultline/prod/db-password  ⟪SSM parameter ARN⟫
"""),
    ("infra/cfn/connect-callcentre.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon Connect reservations call centre - Lambdas for the IVR and the Zendesk bridge
Resources:
  CallerLookupFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: connect-caller-lookup
      Runtime: python3.12
      Handler: lookup.handler
      Role: arn:aws:iam::493817260514:role/connect-lambda
      Code:
        S3Bucket: cvh-artifacts-861530294472
        S3Key: connect/caller-lookup-2026.11.2.zip
      Environment:
        Variables:
          CRS_API_BASE: https://crs.internal.corvane-hotels.com/v3
          ZENDESK_SUBDOMAIN: corvanehospitality
          ZENDESK_EMAIL: ivr-bot@corvane-hotels.com
          ZENDESK_API_TOKEN: «zendesk:ivr»  ⟦app-secret|Zendesk API token in Lambda env⟧
          EXPORT_BUCKET_ACCESS_KEY_ID: «akid:connectexport»  ⟦aws-key-id|literal key id in a CloudFormation Lambda environment⟧
          EXPORT_BUCKET_SECRET_ACCESS_KEY: «awssec:connectexport»  ⟦aws-secret|literal secret in a CloudFormation Lambda environment⟧
          CONNECT_INSTANCE_ID: «uuid:connectinst»  ⟪Connect instance id⟫
  ConnectInstance:
    Type: AWS::Connect::Instance
    Properties:
      IdentityManagementType: SAML
      InstanceAlias: corvane-reservations
      Attributes:
        InboundCalls: true
        OutboundCalls: true
        ContactflowLogs: true
  AgentSupervisor:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: !GetAtt ConnectInstance.Arn
      Username: kwame.asante
      Password: «pwl:connectsup»  ⟦password|Amazon Connect user password, leetspeak⟧
      PhoneConfig:
        PhoneType: SOFT_PHONE
      RoutingProfileArn: arn:aws:connect:us-east-1:493817260514:instance/«uuid:connectinst»/routing-profile/«uuid:connectrp»
      SecurityProfileArns:
        - arn:aws:connect:us-east-1:493817260514:instance/«uuid:connectinst»/security-profile/«uuid:connectsp»
"""),
    ("infra/cfn/appflow-salesforce.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AppFlow - group sales opportunities from Salesforce into the warehouse landing bucket
Resources:
  SalesforceProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: sf-groupsales
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Salesforce:
            InstanceUrl: https://corvane.my.salesforce.com
            isSandboxEnvironment: false
        ConnectorProfileCredentials:
          Salesforce:
            AccessToken: «sfck:groupsales-at»  ⟦app-secret|Salesforce access token in an AppFlow profile⟧
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-1:207946381155:secret:appflow!sf-groupsales-«b62:6-sfcc»  ⟪Secrets Manager ARN⟫
  ZendeskProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: zendesk-guestcare
      ConnectorType: Zendesk
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Zendesk:
            InstanceUrl: https://corvanehospitality.zendesk.com
        ConnectorProfileCredentials:
          Zendesk:
            ClientId: corvane_appflow
            ClientSecret: «b62:64-zdappflow»  ⟦app-secret|Zendesk OAuth client secret in AppFlow⟧
            AccessToken: '{{resolve:secretsmanager:appflow/zendesk:SecretString:access_token}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/transfer-ideas.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for IDeaS G3 revenue management extracts and the night-audit files from properties
Resources:
  SftpServer:
    Type: AWS::Transfer::Server
    Properties:
      Domain: S3
      EndpointType: PUBLIC
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
      SecurityPolicyName: TransferSecurityPolicy-2024-01
  IdeasUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt SftpServer.ServerId
      UserName: ideas-g3
      Role: arn:aws:iam::207946381155:role/transfer-ideas
      HomeDirectory: /cvh-revenue-landing-207946381155/ideas
      SshPublicKeys:
        - «sshpub:edideas:ideas-g3-export»  ⟪SSH public key⟫
  NightAuditConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.duetto-partner.net
      AccessRole: arn:aws:iam::207946381155:role/transfer-connector
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-1:207946381155:secret:aws/transfer/duetto-«b62:6-duetto»  ⟪Secrets Manager ARN⟫
        TrustedHostKeys:
          - «sshpub:edduettohost:»  ⟪host public key⟫
  DuettoLegacySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/duetto-legacy
      SecretString: '{"Username":"corvane","Password":"«pwp:duettosftp»"}'  ⟦password|SecretString with a literal password⟧
"""),
    ("infra/cfn/property-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from each hotel's firewall (FortiGate) to the properties hub - account 335908174620
Parameters:
  PropertyCode:
    Type: String
    Description: four-letter property code (ALGV, MIAB, SNTR, CRTE)
  CustomerGatewayIp:
    Type: String
Resources:
  PropertyCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65010
      IpAddress: !Ref CustomerGatewayIp
      Type: ipsec.1
      Tags:
        - Key: Name
          Value: !Sub cgw-${PropertyCode}
  PropertyVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref PropertyCgw
      TransitGatewayId: tgw-0b5e2a1c9d84f7e36  ⟪transit gateway id⟫
      StaticRoutesOnly: false
      VpnTunnelOptionsSpecifications:
        - TunnelInsideCidr: 169.254.40.0/30
          PreSharedKey: «lo:32-vpnpsk1»  ⟦password|IPsec pre-shared key in a VPN connection⟧
        - TunnelInsideCidr: 169.254.40.4/30
"""),
    ("infra/cfn/property-vpn.ALGV.params.json", r"""
{
  "Parameters": {
    "PropertyCode": "ALGV",
    "CustomerGatewayIp": "85.138.41.207"
  },
  "Tags": {
    "property": "Corvane Algarve Cliffs Resort",
    "cost-center": "PROP-ALGV"
  }
}
"""),
    ("infra/cfn/guest-wifi-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: harborlink captive portal backend (RADIUS accounting, voucher API) for Nomadix and Ruckus gateways
Parameters:
  RadiusSharedSecret:
    Type: String
    NoEcho: true
Resources:
  PortalFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: harborlink-portal
      Runtime: python3.12
      Handler: portal.app.handler
      Role: arn:aws:iam::335908174620:role/harborlink-lambda
      Code:
        S3Bucket: cvh-artifacts-861530294472
        S3Key: harborlink/portal-4.8.0.zip
      Environment:
        Variables:
          RADIUS_SHARED_SECRET: !Ref RadiusSharedSecret  ⟪Ref of NoEcho parameter⟫
          NOMADIX_API_USER: portal
          NOMADIX_API_PASSWORD: «pw6:nomadix»  ⟦password|Nomadix gateway API password in Lambda env⟧
          PMS_POSTING_URL: https://pms-bridge.internal.corvane-hotels.com/fias/post
          OPERA_INTERFACE_KEY: «uhex:32-operaifc»  ⟦app-secret|OPERA interface key in Lambda env⟧
      Tags:
        - Key: app
          Value: harborlink
"""),
    ("infra/cfn/ses-guestmail.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES identities and the SMTP user the PMS uses for folios and pre-arrival mail
Resources:
  FolioIdentity:
    Type: AWS::SES::EmailIdentity
    Properties:
      EmailIdentity: folios.corvane-hotels.com
  PmsSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-opera
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  PmsSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref PmsSmtpUser
Outputs:
  SmtpUser:
    Value: !Ref PmsSmtpKey
  SmtpSecret:
    Value: !GetAtt PmsSmtpKey.SecretAccessKey  ⟪GetAtt of an access key secret⟫
  LegacySmtpUser:
    Description: old OPERA 5 SMTP login, still configured at two properties
    Value: «akid:sesopera»  ⟦aws-ses-smtp|SES SMTP user name in Outputs⟧
  LegacySmtpPassword:
    Value: «sesv4:sesopera»  ⟦aws-ses-smtp|SES SMTP password in Outputs⟧
"""),
    ("infra/cfn/warehouse-redshift.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: revenue and guest analytics warehouse (Redshift Serverless) - account 207946381155
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: cvh-analytics
      AdminUsername: rs_admin
      AdminUserPassword: «pwx:rsadmin»  ⟦password|Redshift Serverless admin password⟧
      DbName: analytics
      KmsKeyId: alias/cvh-analytics
  Workgroup:
    Type: AWS::RedshiftServerless::Workgroup
    Properties:
      WorkgroupName: cvh-analytics-wg
      NamespaceName: !Ref Namespace
      BaseCapacity: 32
      PubliclyAccessible: false
  ReportingNamespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: cvh-reporting
      AdminUsername: reporting_admin
      ManageAdminPassword: true  ⟪managed password⟫
"""),
    ("infra/cfn/glue-pos-ingest.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue jobs - Simphony and Toast POS sales into the lake
Resources:
  SimphonyConn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '207946381155'
      ConnectionInput:
        Name: simphony-rta
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:oracle:thin:@//simphony-rta.corvane.local:1521/RTAPDB
          USERNAME: rta_reader
          PASSWORD: «pwn:simphonyrta»  ⟦password|Glue JDBC connection password⟧
        PhysicalConnectionRequirements:
          SubnetId: subnet-0d81f4a2c6e93b157  ⟪subnet id⟫
          SecurityGroupIdList: [sg-04e9a1d7c2b68f305]
  ToastJob:
    Type: AWS::Glue::Job
    Properties:
      Name: toast-orders-daily
      Role: arn:aws:iam::207946381155:role/glue-pos
      GlueVersion: '4.0'
      Command:
        Name: glueetl
        ScriptLocation: s3://cvh-glue-scripts-207946381155/toast_orders.py
      DefaultArguments:
        --job-language: python
        --toast_client_id: «b62:32-toastid»  ⟪Toast client id⟫
        --toast_client_secret: «b62:64-toastsec»  ⟦app-secret|Toast client secret in Glue DefaultArguments⟧
        --target_path: s3://cvh-lake-raw-207946381155/pos/toast/
        --toast_export_access_key: «akid:toastbucket»  ⟦aws-key-id|key id in Glue DefaultArguments⟧
        --toast_export_secret_key: «awssec:toastbucket»  ⟦aws-secret|secret in Glue DefaultArguments⟧
        --toast_export_secret_name: pos/toast-export  ⟪secret name⟫
"""),
    ("infra/cfn/bms-iot.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: building management telemetry - Niagara stations publish to IoT Core, rules to Timestream and a vendor
Resources:
  EnergyRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: bms_energy_to_vendor
      TopicRulePayload:
        Sql: SELECT * FROM 'cvh/+/bms/meters'
        AwsIotSqlVersion: '2016-03-23'
        Actions:
          - Http:
              Url: https://ingest.greenvantage-energy.com/v2/meters
              Headers:
                - Key: x-api-key
                  Value: «b62:40-greenvantage»  ⟦app-secret|energy vendor API key in an IoT HTTP action header⟧
                - Key: x-site-group
                  Value: corvane
          - Timestream:
              DatabaseName: bms
              TableName: meters
              RoleArn: arn:aws:iam::335908174620:role/iot-timestream
              Dimensions:
                - Name: property
                  Value: ${topic(2)}
  AlarmRule:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: bms_alarms_to_pagerduty
      TopicRulePayload:
        Sql: SELECT * FROM 'cvh/+/bms/alarms' WHERE severity >= 3
        Actions:
          - Http:
              Url: https://events.pagerduty.com/v2/enqueue
              Headers:
                - Key: x-routing-key
                  Value: ${get_secret('bms/pagerduty', 'SecretString', 'routing_key', 'arn:aws:iam::335908174620:role/iot-secrets')}  ⟪IoT get_secret reference⟫
"""),
    ("infra/cfn/docdb-guestprofile.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: guest profile store (DocumentDB) for the CRS and the loyalty app
Resources:
  ProfileCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: guest-profiles
      MasterUsername: profileadmin
      MasterUserPassword: ChangeMe2024!  ⟦?password|placeholder-looking literal that is the real master password⟧
      EngineVersion: 5.0.0
      StorageEncrypted: true
      DeletionProtection: true
"""),
    ("infra/cfn/opensearch-logs.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "central log search for PMS interfaces and the captive portal",
  "Resources": {
    "LogsDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "cvh-logs",
        "EngineVersion": "OpenSearch_2.13",
        "ClusterConfig": {"InstanceType": "r6g.large.search", "InstanceCount": 3},
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "logadmin",
            "MasterUserPassword": "«pwl:oslogs»"  ⟦password|OpenSearch master user password in CloudFormation JSON⟧
          }
        },
        "NodeToNodeEncryptionOptions": {"Enabled": true},
        "EncryptionAtRestOptions": {"Enabled": true},
        "DomainEndpointOptions": {"EnforceHTTPS": true}
      }
    }
  }
}
"""),
    ("infra/cfn/crs-apigw.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "tidewater-crs public API for channel managers (SiteMinder, DerbySoft) and the booking engine",
  "Parameters": {
    "SiteMinderSecret": {"Type": "String", "NoEcho": true},  ⟪NoEcho parameter without Default⟫
    "DerbySoftPassword": {"Type": "String", "NoEcho": true, "Default": "«pwx:derbysoft»"}  ⟦password|NoEcho Default in CloudFormation JSON⟧
  },
  "Resources": {
    "ChannelApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "siteminder-pmsxchange",
        "Enabled": true,
        "Value": "«b62:40-smapikey»"  ⟦app-secret|API Gateway key with a literal value⟧
      }
    },
    "DerbyKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "derbysoft", "Enabled": true, "GenerateDistinctId": true}
    },
    "BookingEngineAuthorizer": {
      "Type": "AWS::ApiGateway::Authorizer",
      "Properties": {
        "Name": "booking-engine-jwt",
        "Type": "TOKEN",
        "IdentitySource": "method.request.header.Authorization",
        "RestApiId": {"Ref": "CrsApi"},
        "AuthorizerUri": {"Fn::Sub": "arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${AuthFn.Arn}/invocations"}
      }
    }
  }
}
"""),
    ("infra/cfn/stacksets/property-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet deployed to every property OU account - local admin for the back-office SSM patch window
Parameters:
  PropertyCode:
    Type: String
Resources:
  PatchWindowDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: cvh-backoffice-localadmin
      Content:
        schemaVersion: '2.2'
        description: ensure the support local admin exists on back-office PCs
        mainSteps:
          - action: aws:runPowerShellScript
            name: localadmin
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwc:localadmin»' -AsPlainText -Force  ⟦password|local admin password in a StackSet SSM document⟧
                - if (-not (Get-LocalUser -Name cvhsupport -ErrorAction SilentlyContinue)) { New-LocalUser -Name cvhsupport -Password $pw -PasswordNeverExpires }
                - Add-LocalGroupMember -Group Administrators -Member cvhsupport -ErrorAction SilentlyContinue
  LapsDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: cvh-backoffice-laps
      Content:
        schemaVersion: '2.2'
        parameters:
          AdminPassword:
            type: String
            default: '{{ssm-secure:/properties/laps/bootstrap}}'  ⟪ssm-secure parameter default⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: laps
            inputs:
              runCommand:
                - Set-LocalUser -Name cvhsupport -Password (ConvertTo-SecureString '{{ AdminPassword }}' -AsPlainText -Force)  ⟪SSM document parameter⟫
"""),
    ("infra/cfn/backoffice-ec2-userdata.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Windows jump host for the property IT vendor (Sage 300, OPERA 5 thick client, Micros EMC)
Resources:
  VendorJumpHost:
    Type: AWS::EC2::Instance
    Properties:
      InstanceType: t3.large
      ImageId: ami-0f1e72c84b9a3d615  ⟪AMI id⟫
      SubnetId: subnet-02a7c5e91f4d83b60
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          $domain = "corvane.local"
          $user = "CORVANE\svc-domainjoin"
          $pass = ConvertTo-SecureString "«pwn:domainjoin»" -AsPlainText -Force  ⟦password|domain join password in EC2 UserData⟧
          $cred = New-Object System.Management.Automation.PSCredential($user, $pass)
          Add-Computer -DomainName $domain -Credential $cred -OUPath "OU=Vendors,OU=Servers,DC=corvane,DC=local"
          net user opera5 «pw6:opera5local» /add /y  ⟦password|local user password in net user⟧
          Install-WindowsFeature -Name RSAT-AD-Tools
          & "C:\Program Files\Amazon\AWSCLIV2\aws.exe" configure set aws_access_key_id «akid:vendorjump»  ⟦aws-key-id|aws configure set key id in UserData⟧
          & "C:\Program Files\Amazon\AWSCLIV2\aws.exe" configure set aws_secret_access_key «awssec:vendorjump»  ⟦aws-secret|aws configure set secret in UserData⟧
          Restart-Computer -Force
          </powershell>
      Tags:
        - Key: Name
          Value: vendor-jump-01
"""),
    ("infra/cfn/datasync-nightaudit.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the Algarve back-office file server (night audit, PDF folios) to S3
Resources:
  AlgvSmb:
    Type: AWS::DataSync::LocationSMB
    Properties:
      AgentArns:
        - arn:aws:datasync:eu-west-1:335908174620:agent/agent-0c93e51a7d2b48f16  ⟪DataSync agent ARN⟫
      ServerHostname: algv-fs01.corvane.local
      Subdirectory: /NightAudit
      User: svc-datasync
      Domain: CORVANE
      Password: «pwp:datasyncalgv»  ⟦password|DataSync SMB location password⟧
      MountOptions:
        Version: SMB3
  LakeS3:
    Type: AWS::DataSync::LocationS3
    Properties:
      S3BucketArn: arn:aws:s3:::cvh-nightaudit-207946381155
      Subdirectory: /algv
      S3Config:
        BucketAccessRoleArn: arn:aws:iam::207946381155:role/datasync-s3
"""),
    ("infra/cfn/events-connection.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - reservation events to the spa (Book4Time) and to Workday
Resources:
  Book4TimeConn:
    Type: AWS::Events::Connection
    Properties:
      Name: book4time
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: X-B4T-Key
          ApiKeyValue: «b62:36-b4t»  ⟦app-secret|Book4Time API key in an EventBridge connection⟧
  WorkdayConn:
    Type: AWS::Events::Connection
    Properties:
      Name: workday-isu
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: ISU_Corvane_Events
          Password: «pwx:workdayisu»  ⟦password|Workday integration user password in an EventBridge connection⟧
  UkgConn:
    Type: AWS::Events::Connection
    Properties:
      Name: ukg-pro
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://service4.ultipro.com/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: corvane-events
            ClientSecret: '{{resolve:secretsmanager:events/ukg:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/codebuild-mobile.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild project for the gullwing Android build (Gradle, fastlane supply)
Resources:
  AndroidBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: gullwing-android
      ServiceRole: arn:aws:iam::861530294472:role/codebuild-mobile
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: ANDROID_KEYSTORE_PASSWORD
            Type: PLAINTEXT
            Value: «pwl:androidks»  ⟦password|Android keystore password as a PLAINTEXT CodeBuild variable⟧
          - Name: ANDROID_KEY_ALIAS
            Type: PLAINTEXT
            Value: gullwing-release
          - Name: PLAY_JSON_KEY
            Type: SECRETS_MANAGER
            Value: mobile/play-publisher:json  ⟪SECRETS_MANAGER variable⟫
          - Name: SENTRY_AUTH_TOKEN
            Type: PARAMETER_STORE
            Value: /mobile/sentry-auth-token  ⟪PARAMETER_STORE variable⟫
      Source:
        Type: GITHUB
        Location: https://github.com/corvane-hospitality/gullwing-android.git
"""),
    ("infra/cfn/codepipeline-crs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CRS deploy pipeline (legacy v1 GitHub source action)
Resources:
  Pipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      Name: tidewater-crs
      RoleArn: arn:aws:iam::861530294472:role/codepipeline-crs
      ArtifactStore:
        Type: S3
        Location: cvh-pipeline-artifacts-861530294472
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: corvane-hospitality
                Repo: tidewater-crs
                Branch: main
                OAuthToken: «ghp:pipelinecrs»  ⟦github|GitHub token in a v1 source action⟧
              OutputArtifacts: [{Name: src}]
        - Name: Deploy
          Actions:
            - Name: Ecs
              ActionTypeId: {Category: Deploy, Owner: AWS, Provider: ECS, Version: '1'}
              Configuration: {ClusterName: crs, ServiceName: crs-api}
              InputArtifacts: [{Name: src}]
"""),
    ("infra/sam/night-audit/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: night-audit collector - pulls the OPERA end-of-day reports and the Simphony totals per property
Parameters:
  OperaPassword:
    Type: String
    NoEcho: true
  SimphonyPassword:
    Type: String
    NoEcho: true
Resources:
  CollectorFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: collector.handler
      Timeout: 300
      Events:
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(30 4 * * ? *)
      Environment:
        Variables:
          OPERA_USER: NA_REPORTS
          OPERA_PASSWORD: !Ref OperaPassword
          SIMPHONY_USER: rta_reader
          SIMPHONY_PASSWORD: !Ref SimphonyPassword
"""),
    ("infra/sam/night-audit/samconfig.toml", r"""
version = 0.1

[default.global.parameters]
stack_name = "night-audit"

[default.deploy.parameters]
s3_bucket = "cvh-sam-artifacts-207946381155"
s3_prefix = "night-audit"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "OperaPassword=\"«pw6:operareports»\" SimphonyPassword=\"«pwn:simphonyrta»\""  ⟦password|samconfig parameter_overrides with two passwords⟧
confirm_changeset = false

[uat.deploy.parameters]
stack_name = "night-audit-uat"
parameter_overrides = "OperaPassword=\"{{resolve:ssm:/uat/opera}}\" SimphonyPassword=\"changeme\""  ⟪resolve and placeholder⟫
"""),
    ("infra/sam/door-keys/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: mobile key issuance - loyalty app check-in to ASSA ABLOY Vostio and dormakaba Ambiance
Resources:
  IssueKeyFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: com.corvane.keys.IssueHandler::handleRequest
      CodeUri: target/door-keys-3.2.0.jar
      MemorySize: 1024
      Environment:
        Variables:
          VOSTIO_BASE_URL: https://api.vostio.assaabloy.com/v1
          VOSTIO_API_KEY: «b62:48-vostio»  ⟦app-secret|Vostio access management API key in SAM⟧
          AMBIANCE_CLIENT_ID: corvane-mobilekey
          AMBIANCE_CLIENT_SECRET: «okx:44-ambiance»  ⟦app-secret|dormakaba Ambiance client secret in SAM⟧
          SALTO_KS_TOKEN: ${SaltoToken}  ⟪unresolved template variable⟫
"""),
    ("infra/sam/door-keys/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: door-keys
      resolve_s3: true
      region: us-east-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - SaltoToken=«hex:40-saltoks»  ⟦app-secret|Salto KS token in samconfig.yaml parameter_overrides⟧
        - Stage=prod
"""),
    ("infra/sam/spa-booking/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: spa-booking webhook receiver (Book4Time to folio posting)
Resources:
  WebhookFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: hook.handler
      FunctionUrlConfig:
        AuthType: NONE
      Environment:
        Variables:
          B4T_WEBHOOK_SECRET: «hex:40-b4thook»  ⟦app-secret|webhook signing secret in SAM env⟧
          POSTING_API_TOKEN: '{{resolve:secretsmanager:spa/posting:SecretString:token}}'  ⟪dynamic reference⟫
          STRIPE_KEY: «docs:stripetest»  ⟪test-mode Stripe key⟫
"""),
    ("infra/serverless/booking-engine/serverless.yml", r"""
service: booking-engine-api
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  stage: ${opt:stage, 'prod'}
  environment:
    CRS_BASE_URL: https://crs.internal.corvane-hotels.com/v3
    CRS_API_KEY: ${ssm:/booking-engine/${self:provider.stage}/crs-api-key}  ⟪serverless ssm variable⟫
    ADYEN_CLIENT_KEY: live_«up:32-adyenclient»  ⟪Adyen client key, public⟫
    ADYEN_API_KEY: «adyen:bookingengine»  ⟦app-secret|Adyen API key in serverless env⟧
    GOOGLE_MAPS_KEY: «aiza:maps»  ⟪Maps key, public⟫

functions:
  search:
    handler: dist/search.handler
    events:
      - httpApi: {path: /availability, method: get}
  book:
    handler: dist/book.handler
    events:
      - httpApi: {path: /bookings, method: post}
"""),
    ("infra/serverless/ota-reviews/serverless.yml", r"""
service: ota-reviews
provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    TRUSTYOU_API_KEY: «uuid:trustyou»  ⟦app-secret|TrustYou API key in serverless env⟧
    TRIPADVISOR_KEY: ${env:TRIPADVISOR_KEY}  ⟪env variable⟫
    SLACK_WEBHOOK: «slackhook:reviews»  ⟦slack|Slack webhook URL in serverless env⟧
functions:
  pull:
    handler: handler.pull
    events:
      - schedule: rate(6 hours)
"""),
    ("infra/serverless/roster-sync/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'roster-sync',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'us-east-1',
    environment: {
      SEVENSHIFTS_TOKEN: '«hex:40-7shifts»',  ⟦app-secret|7shifts API token in serverless.ts⟧
      HOTSCHEDULES_USER: 'corvane_api',
      HOTSCHEDULES_PASSWORD: '«pwc:hotsched»',  ⟦password|HotSchedules API password in serverless.ts⟧
      ADP_CLIENT_SECRET: '${ssm:/roster/adp-client-secret}',  ⟪ssm variable⟫
    },
  },
  functions: {
    sync: { handler: 'src/sync.handler', events: [{ schedule: 'cron(0 * * * ? *)' }] },
  },
};

module.exports = config;
"""),
    ("infra/ecs/crs-api.taskdef.json", r"""
{
  "family": "crs-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "2048",
  "memory": "4096",
  "executionRoleArn": "arn:aws:iam::493817260514:role/crs-exec",
  "taskRoleArn": "arn:aws:iam::493817260514:role/crs-task",
  "containerDefinitions": [
    {
      "name": "crs-api",
      "image": "861530294472.dkr.ecr.us-east-1.amazonaws.com/tidewater/crs-api:5.14.1",
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://crs.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com:5432/crs"},
        {"name": "SPRING_DATASOURCE_USERNAME", "value": "crs_app"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:crsapp»"},  ⟦password|ECS task definition datasource password⟧
        {"name": "DERBYSOFT_API_TOKEN", "value": "«b62:32-derbytok»"}  ⟦app-secret|DerbySoft token in ECS env⟧
      ],
      "secrets": [
        {"name": "SABRE_GDS_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-1:493817260514:secret:crs/sabre-«b62:6-sabre»:password::"}  ⟪Secrets Manager ARN⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/crs-api", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "crs"}}
    }
  ]
}
"""),
    ("infra/ecs/revenue-sync.taskdef.json", r"""
{
  "family": "revenue-sync",
  "requiresCompatibilities": ["FARGATE"],
  "networkMode": "awsvpc",
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "sync",
      "image": "861530294472.dkr.ecr.us-east-1.amazonaws.com/revenue-sync:1.9.0",
      "environment": [
        {"name": "IDEAS_API_URL", "value": "https://g3.ideas.com/api"},
        {"name": "IDEAS_CLIENT_CODE", "value": "CORVANE"},
        {"name": "DUETTO_API_KEY", "value": "«b62:40-duetto»"},  ⟦app-secret|Duetto API key in ECS env⟧
        {"name": "SNOWFLAKE_ACCOUNT", "value": "cvh-analytics"},
        {"name": "SNOWFLAKE_PASSWORD", "value": "«snowpw:revsync»"}  ⟦password|Snowflake password in ECS env⟧
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:207946381155:secret:dockerhub-«b62:6-dh»"}  ⟪repositoryCredentials ARN⟫
    }
  ]
}
"""),
    ("infra/ecs/harborlink-radius.taskdef.yaml", r"""
family: harborlink-radius
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '256'
memory: '512'
containerDefinitions:
  - name: freeradius
    image: 861530294472.dkr.ecr.eu-west-1.amazonaws.com/harborlink/freeradius:3.2.3
    portMappings:
      - {containerPort: 1812, protocol: udp}
      - {containerPort: 1813, protocol: udp}
    environment:
      - name: RADIUS_CLIENT_SECRET_NOMADIX
        value: «wifipsk:radnomadix»  ⟦password|RADIUS client shared secret in an ECS task definition⟧
      - name: RADIUS_DB_PASS_SECRET_ARN
        value: arn:aws:secretsmanager:eu-west-1:335908174620:secret:harborlink/radius-db-«b62:6-raddb»  ⟪Secrets Manager ARN⟫
      - name: RADIUS_DB_HOST
        value: harborlink.cluster-ro-c91mzt4q7wqe.eu-west-1.rds.amazonaws.com
"""),
    ("infra/lambda/pos-bridge.config.json", r"""
{
    "FunctionName": "pos-bridge-simphony",
    "Runtime": "dotnet8",
    "Handler": "PosBridge::PosBridge.Function::Handle",
    "Role": "arn:aws:iam::493817260514:role/pos-bridge",
    "Timeout": 30,
    "MemorySize": 512,
    "CodeSha256": "«b64k:32-possha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "SIMPHONY_STS_URL": "https://simphony-sts.corvane-hotels.com/api/v1",
            "SIMPHONY_CLIENT_ID": "CVH_POSBRIDGE",
            "SIMPHONY_CLIENT_SECRET": "«b62:40-simphonysts»",  ⟦app-secret|Simphony Transaction Services secret in a Lambda configuration⟧
            "SHIFT4_ACCESS_TOKEN": "«uuid:shift4»"  ⟦app-secret|Shift4 access token in a Lambda configuration⟧
        }
    },
    "TracingConfig": {"Mode": "Active"},
    "LastModified": "2026-11-20T13:02:44.129+0000",
    "RevisionId": "«uuid:posrev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/guest-survey.config.json", r"""
{
    "FunctionName": "guest-survey-dispatch",
    "Runtime": "python3.12",
    "Environment": {
        "Variables": {
            "MEDALLIA_CLIENT_ID": "corvane-survey",
            "MEDALLIA_CLIENT_SECRET": "«b62:48-medallia»",  ⟦app-secret|Medallia client secret in a Lambda configuration⟧
            "SES_FROM": "stay@corvane-hotels.com",
            "TWILIO_ACCOUNT_SID": "«twac:survey»",  ⟪Twilio account SID⟫
            "TWILIO_AUTH_TOKEN": "«hex:32-twiliosurvey»"  ⟦twilio|Twilio auth token in a Lambda configuration⟧
        }
    },
    "KMSKeyArn": "arn:aws:kms:us-east-1:493817260514:key/«uuid:kmssurvey»"  ⟪KMS key ARN⟫
}
"""),
    ("infra/copilot/concierge-chat/manifest.yml", r"""
# The manifest for the "concierge-chat" service.
name: concierge-chat
type: Load Balanced Web Service

http:
  path: '/'
  healthcheck: /healthz

image:
  build: Dockerfile
  port: 8080

cpu: 512
memory: 1024
count: 2

variables:
  OPENAI_API_KEY: «oai:concierge»  ⟦openai|OpenAI key in a Copilot manifest⟧
  PMS_BRIDGE_URL: https://pms-bridge.internal.corvane-hotels.com
  LOG_LEVEL: info

secrets:
  INTERCOM_TOKEN: /copilot/concierge/prod/secrets/intercom  ⟪Copilot secret reference⟫
  ANTHROPIC_API_KEY:
    secretsmanager: concierge/anthropic  ⟪Copilot Secrets Manager reference⟫

environments:
  staging:
    variables:
      OPENAI_API_KEY: ${OPENAI_API_KEY_STAGING}  ⟪variable reference⟫
"""),
    ("infra/apprunner/apprunner.yaml", r"""
version: 1.0
runtime: python311
build:
  commands:
    build:
      - pip install -r requirements.txt
run:
  command: gunicorn events_portal.wsgi --bind 0.0.0.0:8000
  network:
    port: 8000
  env:
    - name: DJANGO_SETTINGS_MODULE
      value: events_portal.settings.prod
    - name: DJANGO_SECRET_KEY
      value: "«django:eventsportal»"  ⟦app-secret|Django secret key in apprunner.yaml⟧
    - name: CVENT_API_SECRET
      value: "«b62:32-cvent»"  ⟦app-secret|Cvent API secret in apprunner.yaml⟧
  secrets:
    - name: DATABASE_URL
      value-from: "arn:aws:secretsmanager:us-east-1:493817260514:secret:events/db-«b62:6-evdb»"  ⟪value-from ARN⟫
"""),
    ("infra/ebs/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    WP_ENV: production
    DB_NAME: weddings_wp
    DB_USER: wp_weddings
    DB_PASSWORD: «pwc:wpweddings»  ⟦password|WordPress DB password in .ebextensions⟧
    AUTH_KEY: '«django:wpauth»'  ⟦app-secret|WordPress AUTH_KEY salt in .ebextensions⟧
    SMTP_HOST: email-smtp.us-east-1.amazonaws.com
  aws:elasticbeanstalk:environment:proxy:
    ProxyServer: nginx
"""),
    ("infra/stepfunctions/group-block-release.asl.json", r"""
{
  "Comment": "Release unpicked group blocks at cut-off and notify the sales manager",
  "StartAt": "ReleaseBlock",
  "States": {
    "ReleaseBlock": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://crs.internal.corvane-hotels.com/v3/groups/release",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:493817260514:connection/crs/«uuid:crsconn»"},  ⟪connection ARN⟫
        "RequestBody.$": "$.block"
      },
      "Next": "Notify"
    },
    "Notify": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.corvane.salesforce-sites.com/notify",
        "Method": "POST",
        "Headers": {"Authorization": "Bearer «sfck:notifytoken»"},  ⟦app-secret|Salesforce bearer token in a Step Functions state⟧
        "RequestBody.$": "$.owner"
      },
      "End": true
    }
  }
}
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "cvh-tfstate-861530294472"
    key            = "platform/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "cvh-tf-locks"
    encrypt        = true
  }
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.98" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.46" }
    meraki    = { source = "cisco-open/meraki", version = "~> 0.2" }
  }
}

provider "aws" {
  region = "us-east-1"
}

provider "snowflake" {
  account  = "cvh-analytics"
  user     = "TERRAFORM_SVC"
  password = "«snowpw:tfsnow»"  ⟦password|Snowflake provider password⟧
  role     = "SYSADMIN"
}

provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a provider block⟧
  app_key = var.datadog_app_key  ⟪variable reference⟫
}

provider "meraki" {
  meraki_dashboard_api_key = "«meraki:tf»"  ⟦app-secret|Meraki dashboard API key in a provider block⟧
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prod"
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "pms_db_password" {
  type      = string
  sensitive = true
  default   = "«pwn:pmsreplica»"  ⟦password|Terraform variable default password⟧
}

variable "ideas_sftp_password" {
  description = "IDeaS G3 pushes the forecast over SFTP; their side does not support keys"
  type        = string
  sensitive   = true
  default     = ""  ⟪empty default⟫
}

variable "duetto_api_key" {
  type    = string
  default = "<your-duetto-api-key>"  ⟪placeholder default⟫
}

variable "pagerduty_token" {
  type    = string
  default = "«okx:20-pdtok»"  ⟦app-secret|PagerDuty REST token in a variable default⟧
}
"""),
    ("infra/terraform/rds-pms-replica.tf", r"""
resource "aws_db_instance" "pms_replica" {
  identifier              = "opera-reporting-replica"
  engine                  = "oracle-se2"
  engine_version          = "19"
  license_model           = "license-included"
  instance_class          = "db.m6i.xlarge"
  allocated_storage       = 500
  username                = "opera_rpt"
  password                = var.pms_db_password  ⟪variable reference⟫
  storage_encrypted       = true
  backup_retention_period = 7
  tags = { app = "opera-reporting" }
}

resource "aws_db_instance" "rms_legacy" {
  identifier          = "ideas-extract"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "ideas"
  password            = "«pw:ideasrds»"  ⟦password|aws_db_instance literal password⟧
  skip_final_snapshot = true
}

resource "aws_db_instance" "crs_reporting" {
  identifier                  = "crs-reporting"
  engine                      = "postgres"
  instance_class              = "db.r6g.large"
  username                    = "crs_rpt"
  manage_master_user_password = true  ⟪managed password⟫
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "aws_secretsmanager_secret" "opera_ohip" {
  name = "pms-bridge/prod/ohip"
}

resource "aws_secretsmanager_secret_version" "opera_ohip" {
  secret_id = aws_secretsmanager_secret.opera_ohip.id
  secret_string = jsonencode({
    client_id     = "corvane_ohip_prd"
    client_secret = "«okx:36-ohip»"  ⟦app-secret|OHIP client secret in a secret_string⟧
  })
}

resource "random_password" "loyalty_db" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "loyalty_db" {
  secret_id     = aws_secretsmanager_secret.loyalty_db.id
  secret_string = random_password.loyalty_db.result  ⟪random_password result⟫
}

resource "aws_ssm_parameter" "simphony_rta" {
  name  = "/night-audit/simphony-password"
  type  = "SecureString"
  value = "«pwn:simphonyrta»"  ⟦password|SSM SecureString with a literal value⟧
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
# Vendor access for the revenue-management consultancy (read the lake exports)
resource "aws_iam_user" "revpar_consulting" {
  name = "vendor-revpar-consulting"
  tags = { vendor = "RevPAR Partners", ticket = "CHG-20817" }
}

resource "aws_iam_access_key" "revpar_consulting" {
  user    = aws_iam_user.revpar_consulting.name
  pgp_key = "keybase:corvane_secops"  ⟪pgp_key⟫
}

output "revpar_secret" {
  value     = aws_iam_access_key.revpar_consulting.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

locals {
  # TODO move to Secrets Manager - the Duetto pull still uses the key created by hand in 2023
  duetto_access_key_id     = "«akid:duettopull»"  ⟦aws-key-id|key id in Terraform locals⟧
  duetto_secret_access_key = "«awssec:duettopull»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/terraform/mwaa.tf", r"""
resource "aws_mwaa_environment" "revenue" {
  name               = "cvh-revenue"
  airflow_version    = "2.10.1"
  environment_class  = "mw1.medium"
  source_bucket_arn  = "arn:aws:s3:::cvh-mwaa-207946381155"
  dag_s3_path        = "dags/"
  execution_role_arn = "arn:aws:iam::207946381155:role/mwaa-revenue"

  airflow_configuration_options = {
    "core.default_timezone"     = "utc"
    "smtp.smtp_host"            = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"            = "«akid:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP user in MWAA options⟧
    "smtp.smtp_password"        = "«sesv4:sesmwaa»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "smtp.smtp_mail_from"       = "airflow@corvane-hotels.com"
    "secrets.backend"           = "airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend"
  }

  network_configuration {
    security_group_ids = ["sg-0a6f3e9c1d27b8450"]
    subnet_ids         = ["subnet-0e1c7a94d2b5f8036", "subnet-09f3b27e6c1a4d580"]
  }
}
"""),
    ("infra/terraform/meraki-guest-ssid.tf", r"""
resource "meraki_networks_wireless_ssids" "guest" {
  network_id = "L_«num:18-merakinet»"  ⟪Meraki network id⟫
  number     = 1
  name       = "Corvane Guest"
  enabled    = true
  auth_mode  = "open"
  splash_page = "Click-through splash page"
}

resource "meraki_networks_wireless_ssids" "staff" {
  network_id = "L_«num:18-merakinet»"
  number     = 2
  name       = "CVH-Staff"
  enabled    = true
  auth_mode  = "psk"
  encryption_mode = "wpa"
  wpa_encryption_mode = "WPA2 only"
  psk        = "«wifipsk:staffssid»"  ⟦password|staff Wi-Fi PSK in Terraform⟧
}

resource "meraki_networks_wireless_ssids" "bms" {
  network_id = "L_«num:18-merakinet»"
  number     = 5
  name       = "CVH-BMS"
  auth_mode  = "psk"
  psk        = var.bms_psk  ⟪variable reference⟫
}
"""),
    ("infra/terraform/connect.tf", r"""
resource "aws_connect_instance" "reservations" {
  identity_management_type = "SAML"
  inbound_calls_enabled    = true
  outbound_calls_enabled   = true
  instance_alias           = "corvane-reservations"
}

resource "aws_connect_user" "overflow_agent" {
  instance_id        = aws_connect_instance.reservations.id
  name               = "overflow.agent01"
  password           = "«pwp:connectagent»"  ⟦password|Connect user password in Terraform⟧
  routing_profile_id = aws_connect_routing_profile.overflow.routing_profile_id
  security_profile_ids = [aws_connect_security_profile.agent.security_profile_id]
  identity_info {
    first_name = "Overflow"
    last_name  = "Agent 01"
  }
  phone_config {
    phone_type                    = "SOFT_PHONE"
    after_contact_work_time_limit = 60
  }
}
"""),
    ("infra/terraform/modules/property-bms/main.tf", r"""
variable "property_code" { type = string }
variable "niagara_host" { type = string }

resource "aws_secretsmanager_secret" "niagara" {
  name = "bms/${var.property_code}/niagara"
}

resource "aws_secretsmanager_secret_version" "niagara" {
  secret_id     = aws_secretsmanager_secret.niagara.id
  secret_string = jsonencode({ user = "cvh_bms", password = "«pwl:niagara»", host = var.niagara_host })  ⟦password|Niagara station password in a secret_string⟧
}

resource "aws_iot_thing" "station" {
  name = "niagara-${var.property_code}"
}
"""),
    ("infra/terraform/kinesis-firehose-pos.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "pos_to_splunk" {
  name        = "pos-events-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-corvane.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in a Firehose destination⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"
    s3_configuration {
      role_arn   = "arn:aws:iam::207946381155:role/firehose-pos"
      bucket_arn = "arn:aws:s3:::cvh-firehose-backup-207946381155"
    }
  }
}

resource "aws_kinesis_firehose_delivery_stream" "pos_to_datadog" {
  name        = "pos-events-datadog"
  destination = "http_endpoint"
  http_endpoint_configuration {
    url        = "https://aws-kinesis-http-intake.logs.datadoghq.com/v1/input"
    name       = "Datadog"
    access_key = "«ddapi:firehose»"  ⟦datadog|Datadog key as a Firehose access_key⟧
    role_arn   = "arn:aws:iam::207946381155:role/firehose-pos"
    s3_configuration {
      role_arn   = "arn:aws:iam::207946381155:role/firehose-pos"
      bucket_arn = "arn:aws:s3:::cvh-firehose-backup-207946381155"
    }
  }
}
"""),
    ("infra/terraform/codebuild-ios.tf", r"""
resource "aws_codebuild_project" "gullwing_ios_match" {
  name         = "gullwing-ios-certs"
  service_role = "arn:aws:iam::861530294472:role/codebuild-mobile"
  artifacts { type = "NO_ARTIFACTS" }
  environment {
    compute_type = "BUILD_GENERAL1_MEDIUM"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"
    environment_variable {
      name  = "MATCH_PASSWORD"
      value = "«pp:match»"  ⟦password|fastlane match passphrase as a CodeBuild variable⟧
    }
    environment_variable {
      name  = "MATCH_GIT_BASIC_AUTHORIZATION"
      value = "«basic:matchgit»"  ⟦password-b64|base64 basic auth for the match certificates repo⟧
    }
    environment_variable {
      name  = "FASTLANE_USER"
      value = "mobile-release@corvane-hotels.com"
    }
    environment_variable {
      name  = "APP_STORE_CONNECT_KEY"
      type  = "SECRETS_MANAGER"
      value = "mobile/asc-api-key"  ⟪SECRETS_MANAGER variable⟫
    }
  }
  source {
    type     = "GITHUB"
    location = "https://github.com/corvane-hospitality/gullwing-ios.git"
  }
}
"""),
    ("infra/terraform/env/prod.tfvars", r"""
env                 = "prod"
region              = "us-east-1"
pms_db_password     = "«pwn:pmsreplica»"  ⟦password|tfvars password⟧
ideas_sftp_password = "«pw:ideassftp»"  ⟦password|tfvars SFTP password, season + year⟧
datadog_app_key     = "«ddapp:tfvars»"  ⟦datadog|Datadog application key in tfvars⟧
alert_emails        = ["platform@corvane-hotels.com"]
"""),
    ("infra/terraform/env/uat.tfvars.json", r"""
{
  "env": "uat",
  "region": "us-east-1",
  "pms_db_password": "opera_rpt",
  "ideas_sftp_password": "REPLACE_ME",
  "bms_psk": "«wifipsk:bmsuat»",  ⟦password|Wi-Fi PSK in a JSON tfvars file⟧
  "datadog_app_key": "${DD_APP_KEY}"
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.74.0"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪lock file hash⟫
    "zh:«sha256:lockzh1»",  ⟪lock file hash⟫
    "zh:«sha256:lockzh2»",
  ]
}
"""),
    ("infra/terragrunt/properties/algv/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//property-bms"
}

inputs = {
  property_code     = "ALGV"
  niagara_host      = "10.61.20.15"
  fortigate_admin_password = "«pw6:fgtalgv»"  ⟦password|Terragrunt input with a FortiGate admin password⟧
  inncom_api_token  = get_env("INNCOM_TOKEN")  ⟪get_env⟫
}
"""),
    ("infra/terragrunt/properties/mia/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//property-bms"
}

inputs = {
  property_code      = "MIAB"
  niagara_host       = "10.72.20.15"
  fortigate_admin_password = get_env("FGT_MIAB_PASSWORD", "")  ⟪get_env⟫
  inncom_api_token   = "«hex:32-inncommia»"  ⟦app-secret|Honeywell INNCOM API token in Terragrunt inputs⟧
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-1
  callcentre:five9Username: corvane_api
  callcentre:five9Password: «pwc:five9»  ⟦password|Pulumi plaintext config password⟧
  callcentre:zendeskToken:
    secure: v1:«b64k:24-pulumisalt»:«b64k:48-pulumict»  ⟪Pulumi secure value⟫
  callcentre:genesysClientSecret: «okx:43-genesys»  ⟦app-secret|Genesys Cloud client secret in plaintext Pulumi config⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config("callcentre");

const recordingsBucket = new aws.s3.BucketV2("call-recordings", {
    bucket: "cvh-call-recordings-493817260514",
});

const five9Secret = new aws.secretsmanager.Secret("five9", { name: "callcentre/five9" });
new aws.secretsmanager.SecretVersion("five9", {
    secretId: five9Secret.id,
    secretString: cfg.requireSecret("five9Password"),  ⟪Pulumi config secret⟫
});

const transcribeWebhook = new aws.lambda.Function("transcribe-webhook", {
    runtime: "nodejs20.x",
    handler: "index.handler",
    role: "arn:aws:iam::493817260514:role/transcribe-webhook",
    code: new pulumi.asset.FileArchive("./dist"),
    environment: {
        variables: {
            DEEPGRAM_API_KEY: "«hex:40-deepgram»",  ⟦app-secret|Deepgram API key in Pulumi Lambda env⟧
            RECORDINGS_BUCKET: recordingsBucket.bucket,
        },
    },
});
"""),
    ("infra/cdk/lib/pms-bridge-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class PmsBridgeStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcName: 'pms-bridge' });

    const db = new rds.DatabaseCluster(this, 'FiasLog', {
      vpc,
      engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_05_2 }),
      credentials: rds.Credentials.fromGeneratedSecret('fias_admin'),  ⟪fromGeneratedSecret⟫
      writer: rds.ClusterInstance.serverlessV2('writer'),
    });

    const legacy = new rds.DatabaseInstance(this, 'Opera5Archive', {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      credentials: rds.Credentials.fromPassword('opera_arch', cdk.SecretValue.unsafePlainText('«pw6:operaarch»')),  ⟦password|CDK unsafePlainText password⟧
      vpc,
    });

    const task = new ecs.FargateTaskDefinition(this, 'BridgeTask', { cpu: 512, memoryLimitMiB: 1024 });
    task.addContainer('bridge', {
      image: ecs.ContainerImage.fromRegistry('861530294472.dkr.ecr.us-east-1.amazonaws.com/pms-bridge:7.3.0'),
      environment: {
        FIAS_INTERFACE_PASSWORD: '«pw6:fiasifc»',  ⟦password|FIAS interface password in CDK container environment⟧
        HTNG_ENDPOINT: 'https://htng.corvane-hotels.com/ws',
      },
      secrets: {
        OHIP_CLIENT_SECRET: ecs.Secret.fromSecretsManager(
          secretsmanager.Secret.fromSecretNameV2(this, 'Ohip', 'pms-bridge/prod/ohip'), 'client_secret'),  ⟪fromSecretNameV2⟫
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/platform.ts",
  "context": {
    "@aws-cdk/aws-iam:minimizePolicies": true,
    "property-codes": ["ALGV", "MIAB", "SNTR", "CRTE"],
    "hosted-zone-id": "Z0«up:19-hz»",  ⟪hosted zone id⟫
    "sentry-dsn": "«sentrynew:cdk»"  ⟪modern Sentry DSN⟫
  }
}
"""),
    ("infra/cdk-py/stacks/warehouse_stack.py", r"""
from aws_cdk import SecretValue, Stack
from aws_cdk import aws_redshift_alpha as redshift
from aws_cdk import aws_secretsmanager as sm
from constructs import Construct


class WarehouseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        tableau = sm.Secret(
            self, "TableauPat",
            secret_name="warehouse/tableau-pat",
            secret_string_value=SecretValue.unsafe_plain_text("«tsc:tableau»"),  ⟦app-secret|Tableau PAT secret via unsafe_plain_text⟧
        )

        looker = sm.Secret(
            self, "LookerApi",
            secret_name="warehouse/looker",
            generate_secret_string=sm.SecretStringGenerator(  ⟪generated secret⟫
                secret_string_template='{"client_id": "«b62:20-lookerid»"}',  ⟪Looker client id⟫
                generate_string_key="client_secret",
            ),
        )

        dbt_password = "«pwn:dbtrs»"  ⟦password|Python variable password in a CDK stack⟧
        redshift.User(self, "DbtUser", cluster=None, username="dbt_runner",
                      password=SecretValue.unsafe_plain_text(dbt_password))
"""),
    ("infra/cdk-go/loyalty.go", r"""
package main

import (
	"github.com/aws/aws-cdk-go/awscdk/v2"
	"github.com/aws/aws-cdk-go/awscdk/v2/awslambda"
	"github.com/aws/constructs-go/constructs/v10"
	"github.com/aws/jsii-runtime-go"
)

func NewLoyaltyStack(scope constructs.Construct, id string) awscdk.Stack {
	stack := awscdk.NewStack(scope, &id, nil)

	awslambda.NewFunction(stack, jsii.String("TierRecalc"), &awslambda.FunctionProps{
		Runtime: awslambda.Runtime_PROVIDED_AL2023(),
		Handler: jsii.String("bootstrap"),
		Code:    awslambda.Code_FromAsset(jsii.String("build/tier-recalc.zip"), nil),
		Environment: &map[string]*string{
			"BRAZE_REST_KEY":  jsii.String("«uuid:brazerest»"),  ⟦app-secret|Braze key in CDK Go environment⟧
			"AMPLITUDE_API_KEY": jsii.String("«hex:32-amplitudeapi»"),  ⟪Amplitude project API key, public⟫
		},
	})
	return stack
}
"""),
    ("infra/cdk-net/src/CallCentre/CallCentreStack.cs", r"""
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Amazon.CDK.AWS.SecretsManager;
using Constructs;
using System.Collections.Generic;

namespace CallCentre
{
    public class CallCentreStack : Stack
    {
        internal CallCentreStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            new Function(this, "Five9Bridge", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "Five9Bridge::Five9Bridge.Function::Handle",
                Code = Code.FromAsset("src/Five9Bridge/bin/Release/net8.0/publish"),
                Environment = new Dictionary<string, string>
                {
                    ["FIVE9_USER"] = "corvane_api",
                    ["FIVE9_PASSWORD"] = "«pwc:five9»",  ⟦password|Five9 password in a CDK C# environment⟧
                    ["ZENDESK_TOKEN"] = Secret.FromSecretNameV2(this, "Zd", "callcentre/zendesk").SecretValue.UnsafeUnwrap()  ⟪secret reference⟫
                }
            });
        }
    }
}
"""),
    ("infra/cfn/cloudfront-origin.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudFront in front of the booking engine; the origin only accepts the shared header
Resources:
  BookingDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [book.corvane-hotels.com]
        Origins:
          - Id: booking-alb
            DomainName: booking-alb-1837264.us-east-1.elb.amazonaws.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:32-originverify»  ⟦app-secret|CloudFront origin verification header⟧
        DefaultCacheBehavior:
          TargetOriginId: booking-alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
"""),
    ("infra/cfn/cognito-staff.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: staff sign-in for the property apps (Entra ID federation)
Resources:
  StaffPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: cvh-staff
  EntraIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref StaffPool
      ProviderName: EntraID
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraapp»  ⟪Entra application id⟫
        client_secret: «azad:cognito»  ⟦azure-ad|Entra client secret in a Cognito IdP⟧
        attributes_request_method: GET
        oidc_issuer: https://login.microsoftonline.com/«uuid:entratenant»/v2.0  ⟪tenant id⟫
        authorize_scopes: openid email profile
"""),
    ("infra/cfn/README-params.md", r"""
# Stack parameters

| stack | parameter | where the value lives |
|---|---|---|
| pms-bridge | OhipClientSecret | Secrets Manager `pms-bridge/prod/ohip` |
| crs-apigw | SiteMinderSecret | `aws ssm get-parameter --name /crs/siteminder --with-decryption` |
| guest-wifi-portal | RadiusSharedSecret | 1Password vault "Property IT", item "RADIUS shared secret" |

Deploy: `aws cloudformation deploy --template-file pms-bridge.yaml --stack-name pms-bridge --parameter-overrides OhipClientSecret=$(op read op://Platform/ohip/secret)`  ⟪op read⟫
"""),
]
