"""fresh8 templates, infrastructure as code (Fernhollow Mutual): CloudFormation YAML and JSON, parameter files,
SAM and samconfig, serverless.yml, ECS, Lambda configurations, CodeBuild, CodePipeline, CodeDeploy, Step
Functions, SSM documents, DMS, Amazon MQ, Transfer Family, EMR, Glue, AppFlow, Firehose to Splunk, Elastic
Beanstalk, Terraform (tf, tfvars, tfstate), CDK, Kubernetes, kustomize, Helm, compose, Dockerfiles, UserData,
Packer, Ansible, CI definitions (GitHub Actions, Jenkins, GitLab, Bitbucket, Azure Pipelines, TeamCity).
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/fnol-intake.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  FNOL intake - first notice of loss by phone (Twilio IVR) and web form. API Gateway, the router
  Lambda and the photo bucket. Owner claims-platform, us-east-2.
Parameters:
  Stage:
    Type: String
    AllowedValues: [prod, nonprod]
    Default: prod
  TwilioAuthToken:
    Type: String
    NoEcho: true
    Description: Twilio auth token for the IVR webhook signature check (pipeline supplies it)
Resources:
  PhotoBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub fhm-fnol-photos-${Stage}-${AWS::AccountId}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:us-east-2:318604257719:key/«uuid:kmsfnol»  ⟪KMS key ARN⟫
  RouterFunction:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: !Sub fnol-router-${Stage}
      Runtime: python3.12
      Handler: router.handler
      Role: !GetAtt RouterRole.Arn
      Code:
        S3Bucket: fhm-artifacts-927351604482
        S3Key: fnol/router-«sha:fnolrouter».zip  ⟪git SHA in artifact key⟫
      Environment:
        Variables:
          TWILIO_ACCOUNT_SID: «twac:ivr»  ⟪Twilio account SID, an identifier⟫
          TWILIO_AUTH_TOKEN: !Ref TwilioAuthToken  ⟪Ref of a NoEcho parameter with no Default⟫
          CLAIMSDESK_API_KEY: «b62:40-claimsdeskapi»  ⟦app-secret|internal claimsdesk API key in Lambda env⟧
          GUIDEWIRE_PASSWORD: '{{resolve:secretsmanager:fnol/guidewire:SecretString:password}}'  ⟪dynamic reference⟫
          PHOTO_BUCKET: !Ref PhotoBucket
  RouterRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: {Service: lambda.amazonaws.com}
            Action: sts:AssumeRole
      Tags:
        - Key: cost-center
          Value: CC-4410-claims
        - Key: data-class
          Value: pii-claimant
"""),
    ("infra/cfn/policycore-db.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: policycore - Aurora PostgreSQL (the Oracle replacement) for policies, endorsements and billing
Resources:
  PolicyCluster:
    Type: AWS::RDS::DBCluster
    DeletionPolicy: Snapshot
    Properties:
      Engine: aurora-postgresql
      EngineVersion: "16.4"
      DatabaseName: policycore
      MasterUsername: pc_owner
      MasterUserPassword: «pwc:policycoredb»  ⟦password|Aurora master password, company name + digits⟧
      StorageEncrypted: true
      DBClusterParameterGroupName: policycore-pg16
      Tags:
        - Key: app
          Value: policycore
        - Key: data-class
          Value: pii-policyholder
  PolicyWriter:
    Type: AWS::RDS::DBInstance
    Properties:
      DBClusterIdentifier: !Ref PolicyCluster
      DBInstanceClass: db.r7g.2xlarge
      Engine: aurora-postgresql
  BillingReadSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: policycore/prod/billing-read
      GenerateSecretString:
        SecretStringTemplate: '{"username": "billing_read"}'
        GenerateStringKey: password
        PasswordLength: 32
  RatingUserSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: policycore/prod/rating
      SecretString: '{"username":"quoteforge","password":"«pw:ratingdb»"}'  ⟦password|SecretString literal in a Secret resource⟧
"""),
    ("infra/cfn/dms-oracle-migration.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS - policy admin Oracle 19c (on-prem, Columbus DC) to Aurora PostgreSQL, full load + CDC
Parameters:
  TargetSecretArn:
    Type: String
    Default: arn:aws:secretsmanager:us-east-2:318604257719:secret:dms/policycore-target-«b62:6-dmssec»  ⟪Secrets Manager ARN⟫
Resources:
  OracleSource:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: oracle
      ServerName: pas-ora-scan.cmh.fernhollow.internal
      Port: 1521
      DatabaseName: PASPRD
      Username: DMS_READER
      Password: «pwl:dmsoracle»  ⟦password|DMS Oracle source endpoint password⟧
      ExtraConnectionAttributes: useLogminerReader=N;useBfile=Y;archivedLogDestId=1
  AuroraTarget:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: aurora-postgresql
      PostgreSqlSettings:
        SecretsManagerSecretId: !Ref TargetSecretArn
        SecretsManagerAccessRoleArn: arn:aws:iam::318604257719:role/dms-secrets-access
  FullLoadTask:
    Type: AWS::DMS::ReplicationTask
    Properties:
      MigrationType: full-load-and-cdc
      SourceEndpointArn: !Ref OracleSource
      TargetEndpointArn: !Ref AuroraTarget
      ReplicationInstanceArn: arn:aws:dms:us-east-2:318604257719:rep:«up:26-dmsrep»  ⟪DMS replication instance ARN⟫
      TableMappings: '{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"pas","object-locator":{"schema-name":"PAS","table-name":"%"},"rule-action":"include"}]}'
"""),
    ("infra/cfn/mainframe-mq.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Amazon MQ (ActiveMQ) bridge between policycore and the z/OS billing batch (MQ on the mainframe)
Parameters:
  BridgeUserPassword:
    Type: String
    NoEcho: true
  ConsoleAdminPassword:
    Type: String
    NoEcho: true
    Default: «pp:mqconsole»  ⟦password|NoEcho parameter with a Default⟧
Resources:
  BillingBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: fhm-billing-bridge
      EngineType: ACTIVEMQ
      EngineVersion: "5.18"
      HostInstanceType: mq.m5.large
      DeploymentMode: ACTIVE_STANDBY_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: mqadmin
          Password: !Ref ConsoleAdminPassword
          ConsoleAccess: true
        - Username: policycore-bridge
          Password: !Ref BridgeUserPassword  ⟪Ref of a NoEcho parameter with no Default⟫
        - Username: zos-batch
          Password: «pw8:zosmq»Mq!2026  ⟦password|Amazon MQ user password literal⟧
      Logs:
        General: true
"""),
    ("infra/cfn/claims-search.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OpenSearch domain for adjuster claim search (notes, photos' OCR text, correspondence)
Resources:
  ClaimsSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: claims-search
      EngineVersion: OpenSearch_2.13
      ClusterConfig:
        InstanceType: r6g.large.search
        InstanceCount: 3
        ZoneAwarenessEnabled: true
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: search-admin
          MasterUserPassword: «pwl:claimssearch»  ⟦password|OpenSearch master user password⟧
      EncryptionAtRestOptions:
        Enabled: true
      NodeToNodeEncryptionOptions:
        Enabled: true
      DomainEndpointOptions:
        EnforceHTTPS: true
      Tags:
        - Key: owner
          Value: claims-platform
"""),
    ("infra/cfn/transfer-sftp-vendors.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: >-
  Transfer Family SFTP for vendors - check printing (Deluxe-style lockbox), the reinsurance
  bordereaux drop and the body-shop estimate feed. Custom identity provider backed by a Lambda.
Resources:
  VendorServer:
    Type: AWS::Transfer::Server
    Properties:
      IdentityProviderType: AWS_LAMBDA
      IdentityProviderDetails:
        Function: !GetAtt IdpFunction.Arn
      Protocols: [SFTP]
  IdpFunction:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: idp.handler
      Role: arn:aws:iam::318604257719:role/transfer-idp
      Code:
        ZipFile: |
          import os
          USERS = {
              "lockbox-print": {"password": "«pwr:lockboxsftp»", "home": "/fhm-sftp-vendors/lockbox"},  ⟦password|SFTP vendor password in inline Lambda code⟧
              "reinsurance": {"password": os.environ["REINS_PW"], "home": "/fhm-sftp-vendors/reins"},
          }
          def handler(event, _ctx):
              u = USERS.get(event["username"])
              if not u or event.get("password") != u["password"]:
                  return {}
              return {"Role": os.environ["ROLE"], "HomeDirectory": u["home"]}
      Environment:
        Variables:
          ROLE: arn:aws:iam::318604257719:role/transfer-vendor-access
          REINS_PW: «pp:reinssftp»  ⟦password|SFTP password in Lambda env⟧
  BodyShopUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt VendorServer.ServerId
      UserName: bodyshop-estimates
      Role: arn:aws:iam::318604257719:role/transfer-vendor-access
      SshPublicKeys:
        - «sshpub:ed-bodyshop:estimates@collision-partner»  ⟪SSH public key⟫
"""),
    ("infra/cfn/events-connections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations - PagerDuty (catastrophe-event surge alerts) and Salesforce (claim status)
Resources:
  PagerDutyConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: pagerduty-cat-surge
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Token token=«pd:events»  ⟦pagerduty|PagerDuty REST API key in an EventBridge connection⟧
  SalesforceConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: salesforce-claim-status
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://fernhollow.my.salesforce.com/services/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: «sfkey:fsc»  ⟪Salesforce consumer key, the public half⟫
            ClientSecret: '{{resolve:secretsmanager:events/salesforce:SecretString:client_secret}}'  ⟪dynamic reference⟫
  CatSurgeRule:
    Type: AWS::Events::Rule
    Properties:
      EventPattern:
        source: [fhm.claims]
        detail-type: [CatastropheDeclared]
"""),
    ("infra/cfn/redshift-actuarial.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Actuarial warehouse (Redshift RA3) - loss triangles, exposure, reserving inputs
Parameters:
  MasterPassword:
    Type: String
    NoEcho: true
    MinLength: 8
    Default: «pw:redshiftmaster»  ⟦password|NoEcho Default on the warehouse master password⟧
  SnapshotAccount:
    Type: String
    Default: "604118392750"
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterIdentifier: actuarial-wh
      NodeType: ra3.4xlarge
      NumberOfNodes: 2
      DBName: actuarial
      MasterUsername: wh_admin
      MasterUserPassword: !Ref MasterPassword
      Encrypted: true
      Tags:
        - Key: team
          Value: actuarial
"""),
    ("infra/cfn/reserving-batch.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Monthly loss-reserving run (chain ladder, Mack, bootstrap) on AWS Batch, R 4.4 image
Resources:
  ReservingJob:
    Type: AWS::Batch::JobDefinition
    Properties:
      JobDefinitionName: reserving-monthly
      Type: container
      PlatformCapabilities: [FARGATE]
      ContainerProperties:
        Image: 927351604482.dkr.ecr.us-east-2.amazonaws.com/actuarial/reserving@sha256:«sha256:resimg»  ⟪image digest⟫
        ResourceRequirements:
          - Type: VCPU
            Value: "4"
          - Type: MEMORY
            Value: "16384"
        Environment:
          - Name: SNOWFLAKE_ACCOUNT
            Value: fhm-actuarial.us-east-2.aws
          - Name: SNOWFLAKE_USER
            Value: SVC_RESERVING
          - Name: SNOWFLAKE_PASSWORD
            Value: «pwc:snowreserving»  ⟦password|Snowflake password in a Batch job environment⟧
          - Name: RESULTS_BUCKET
            Value: fhm-actuarial-results
        Secrets:
          - Name: CAS_API_TOKEN
            ValueFrom: arn:aws:ssm:us-east-2:318604257719:parameter/actuarial/cas-token  ⟪ValueFrom SSM reference⟫
        ExecutionRoleArn: arn:aws:iam::318604257719:role/batch-exec
"""),
    ("infra/cfn/emr-claims-analytics.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: EMR 7 - Spark jobs for claim severity features, Hive metastore on the shared RDS MySQL
Resources:
  AnalyticsCluster:
    Type: AWS::EMR::Cluster
    Properties:
      Name: claims-analytics
      ReleaseLabel: emr-7.2.0
      Applications: [{Name: Spark}, {Name: Hive}, {Name: JupyterEnterpriseGateway}]
      Instances:
        MasterInstanceGroup: {InstanceCount: 1, InstanceType: m6g.xlarge}
        CoreInstanceGroup: {InstanceCount: 4, InstanceType: r6g.2xlarge}
        Ec2SubnetId: subnet-0«hex:16-emrsubnet»  ⟪subnet id⟫
      Configurations:
        - Classification: hive-site
          ConfigurationProperties:
            javax.jdo.option.ConnectionURL: jdbc:mysql://hive-metastore.cluster-c8w2x.us-east-2.rds.amazonaws.com:3306/hive
            javax.jdo.option.ConnectionDriverName: org.mariadb.jdbc.Driver
            javax.jdo.option.ConnectionUserName: hive
            javax.jdo.option.ConnectionPassword: «pwn:hivemeta»  ⟦password|Hive metastore password in an EMR configuration⟧
        - Classification: spark-defaults
          ConfigurationProperties:
            spark.dynamicAllocation.enabled: "true"
      JobFlowRole: EMR_EC2_DefaultRole
      ServiceRole: EMR_DefaultRole
      Tags:
        - Key: team
          Value: claims-data
"""),
    ("infra/cfn/glue-legacy-claims.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Glue - nightly extract of the legacy claims system (SQL Server 2016, ClaimCenter 8)
Resources:
  LegacyClaimsConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: legacy-claims-mssql
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://cc8-sql01.cmh.fernhollow.internal:1433;databaseName=ClaimCenter
          USERNAME: glue_extract
          PASSWORD: «pwl:gluecc»  ⟦password|Glue JDBC connection password⟧
        PhysicalConnectionRequirements:
          SubnetId: subnet-0«hex:16-gluesubnet»  ⟪subnet id⟫
          SecurityGroupIdList: [sg-0«hex:16-gluesg»]
  ExtractJob:
    Type: AWS::Glue::Job
    Properties:
      Name: legacy-claims-nightly
      Role: arn:aws:iam::318604257719:role/glue-legacy
      GlueVersion: "4.0"
      Command:
        Name: glueetl
        ScriptLocation: s3://fhm-glue-scripts/legacy_claims_nightly.py
      Connections:
        Connections: [legacy-claims-mssql]
      DefaultArguments:
        --job-bookmark-option: job-bookmark-enable
        --secrets_name: glue/legacy-claims  ⟪Secrets Manager secret name⟫
"""),
    ("infra/cfn/appflow-salesforce.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: AppFlow - Salesforce Financial Services Cloud (agents, households) into the claims lake
Resources:
  SalesforceProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: fsc-prod
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Salesforce:
            InstanceUrl: https://fernhollow.my.salesforce.com
        ConnectorProfileCredentials:
          Salesforce:
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-2:318604257719:secret:appflow/fsc-client-«b62:6-appflowsec»  ⟪Secrets Manager ARN⟫
            RefreshToken: «sfrefresh:appflow»  ⟦salesforce|Salesforce OAuth refresh token in an AppFlow profile⟧
  AgentsFlow:
    Type: AWS::AppFlow::Flow
    Properties:
      FlowName: fsc-agents-daily
      TriggerConfig:
        TriggerType: Scheduled
"""),
    ("infra/cfn/broker-directory.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Managed Microsoft AD for the broker portal's Windows hosts and the SAS workspace servers
Resources:
  BrokerDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: corp.fernhollow.cloud
      ShortName: FHMCLOUD
      Edition: Standard
      Password: «pw:managedad»  ⟦password|Managed AD admin password literal⟧
      VpcSettings:
        VpcId: vpc-0«hex:16-advpc»  ⟪VPC id⟫
        SubnetIds:
          - subnet-0«hex:16-adsub1»
          - subnet-0«hex:16-adsub2»
"""),
    ("infra/cfn/telematics-firehose.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: DriveWell telematics - trip events from Kinesis to Splunk (fraud team dashboards) and S3
Resources:
  TripsToSplunk:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamName: drivewell-trips-splunk
      DeliveryStreamType: KinesisStreamAsSource
      KinesisStreamSourceConfiguration:
        KinesisStreamARN: arn:aws:kinesis:us-east-2:318604257719:stream/drivewell-trips
        RoleARN: arn:aws:iam::318604257719:role/firehose-drivewell
      SplunkDestinationConfiguration:
        HECEndpoint: https://http-inputs-fernhollow.splunkcloud.com:443
        HECEndpointType: Event
        HECToken: «uuid:splunkhecfirehose»  ⟦splunk|Splunk HEC token in a Firehose destination⟧
        S3BackupMode: FailedEventsOnly
        S3Configuration:
          BucketARN: arn:aws:s3:::fhm-drivewell-failed
          RoleARN: arn:aws:iam::318604257719:role/firehose-drivewell
"""),
    ("infra/cfn/agent-portal-cdn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Agent portal - CloudFront in front of the ALB; the ALB only accepts requests carrying the origin header
Parameters:
  CertificateArn:
    Type: String
    Default: arn:aws:acm:us-east-1:318604257719:certificate/«uuid:acmportal»  ⟪ACM certificate ARN⟫
Resources:
  PortalDistribution:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [agents.fernhollow.com]
        Origins:
          - Id: portal-alb
            DomainName: agent-portal-alb-1180443217.us-east-2.elb.amazonaws.com
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:36-originverify»  ⟦app-secret|CloudFront origin shared-secret header⟧
        DefaultCacheBehavior:
          TargetOriginId: portal-alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪AWS managed cache policy id⟫
        ViewerCertificate:
          AcmCertificateArn: !Ref CertificateArn
          SslSupportMethod: sni-only
"""),
    ("infra/cfn/agents-cognito.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: Cognito pool for independent agents (federated from Okta), app clients for portal and mobile
Resources:
  AgentsPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: fhm-agents
      MfaConfiguration: "ON"
      EnabledMfas: [SOFTWARE_TOKEN_MFA]
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref AgentsPool
      ProviderName: okta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktaclient»  ⟪Okta OIDC client id⟫
        client_secret: «b62:40-oktaoidcsecret»  ⟦app-secret|OIDC client secret of the Okta IdP in Cognito⟧
        oidc_issuer: https://fernhollow.okta.com
        authorize_scopes: openid email profile
        attributes_request_method: GET
  PortalClient:
    Type: AWS::Cognito::UserPoolClient
    Properties:
      UserPoolId: !Ref AgentsPool
      GenerateSecret: true
      SupportedIdentityProviders: [okta]
Outputs:
  PortalClientId:
    Value: !Ref PortalClient
"""),
    ("infra/cfn/vendor-iam-users.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IAM users for vendors that cannot assume roles (the ISO ClaimSearch upload agent, the print vendor)
Resources:
  IsoUploadUser:
    Type: AWS::IAM::User
    Properties:
      UserName: vendor-iso-upload
  IsoUploadKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref IsoUploadUser
  IsoKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: vendors/iso-upload
      SecretString: !Sub '{"id":"${IsoUploadKey}","secret":"${IsoUploadKey.SecretAccessKey}"}'  ⟪Sub over a generated key⟫
Outputs:
  IsoKeyId:
    Value: !Ref IsoUploadKey
  IsoKeySecret:
    Value: !GetAtt IsoUploadKey.SecretAccessKey  ⟪GetAtt of a generated secret⟫
"""),
    ("infra/cfn/sas-workspace.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: SAS 9.4 workspace server (Windows) for the pricing team - legacy GLM models, retiring FY27
Parameters:
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base
Resources:
  SasHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: r6i.4xlarge
      IamInstanceProfile: sas-workspace
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          net user sasinst «pwc:sasinst» /add /y  ⟦password|net user password in Windows UserData⟧
          net localgroup Administrators sasinst /add
          $pw = ConvertTo-SecureString "«pwn:sasdemo»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          New-LocalUser -Name sasdemo -Password $pw -PasswordNeverExpires
          Set-Item WSMan:\localhost\Client\TrustedHosts -Value "*.corp.fernhollow.cloud" -Force
          Start-Process "D:\SASDepot\setup.exe" -ArgumentList "-quiet -responsefile D:\SASDepot\sas94.properties" -Wait
          </powershell>
      Tags:
        - Key: Name
          Value: sas-workspace-01
        - Key: retire-by
          Value: "2027-06-30"
"""),
    ("infra/cfn/waf-agent-portal.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: WAF for the agent portal - rate limits, managed rules and the agency office IP allow-list
Resources:
  AgencyOffices:
    Type: AWS::WAFv2::IPSet
    Properties:
      Scope: CLOUDFRONT
      IPAddressVersion: IPV4
      Addresses: [198.51.100.0/24, 203.0.113.64/26]
  PortalAcl:
    Type: AWS::WAFv2::WebACL
    Properties:
      Scope: CLOUDFRONT
      DefaultAction: {Allow: {}}
      VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: portal}
      Rules:
        - Name: aws-common
          Priority: 1
          OverrideAction: {None: {}}
          Statement:
            ManagedRuleGroupStatement: {VendorName: AWS, Name: AWSManagedRulesCommonRuleSet}
          VisibilityConfig: {SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: common}
"""),
]

FILES += [
    ("infra/cfn/json/quoteforge-lambda.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "quoteforge rating callouts - ISO rating data, LexisNexis CLUE and the credit-based insurance score",
  "Resources": {
    "RatingCalloutFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "quoteforge-rating-callouts",
        "Runtime": "provided.al2023",
        "Handler": "bootstrap",
        "Architectures": ["arm64"],
        "Role": "arn:aws:iam::318604257719:role/quoteforge-callouts",
        "Code": {"S3Bucket": "fhm-artifacts-927351604482", "S3Key": "quoteforge/callouts-«sha:qfcallouts».zip"},  ⟪git SHA in artifact key⟫
        "Environment": {
          "Variables": {
            "LEXISNEXIS_ACCOUNT": "«num:6-lnacct»",  ⟪LexisNexis account number, an identifier⟫
            "LEXISNEXIS_CLUE_PASSWORD": "«pwx:lnclue»",  ⟦password|LexisNexis CLUE password in Lambda env (CFN JSON)⟧
            "VERISK_ISO_API_KEY": "«hex:32-verisk»",  ⟦app-secret|Verisk ISO API key under a provider-named key⟧
            "TRANSUNION_SUBSCRIBER_CODE": "«num:8-tusub»",  ⟪TransUnion subscriber code, an identifier⟫
            "TRANSUNION_PASSWORD": {"Ref": "TransUnionPassword"}  ⟪Ref of a NoEcho parameter with no Default⟫
          }
        }
      }
    }
  },
  "Parameters": {
    "TransUnionPassword": {"Type": "String", "NoEcho": true}
  }
}
"""),
    ("infra/cfn/json/correspondence-docdb.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "claim correspondence store (DocumentDB): letters, emails, adjuster notes",
  "Resources": {
    "CorrespondenceCluster": {
      "Type": "AWS::DocDB::DBCluster",
      "DeletionPolicy": "Snapshot",
      "Properties": {
        "DBClusterIdentifier": "claims-correspondence",
        "EngineVersion": "5.0.0",
        "MasterUsername": "corr_admin",
        "MasterUserPassword": "«pp:docdb»",  ⟦password|DocumentDB master password (passphrase) in CFN JSON⟧
        "StorageEncrypted": true,
        "Tags": [{"Key": "data-class", "Value": "pii-claimant"}]
      }
    },
    "CorrespondenceInstance": {
      "Type": "AWS::DocDB::DBInstance",
      "Properties": {"DBClusterIdentifier": {"Ref": "CorrespondenceCluster"}, "DBInstanceClass": "db.r6g.large"}
    }
  }
}
"""),
    ("infra/cfn/json/sms-notifications.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "claim status SMS via End User Messaging - origination numbers and the opt-out keyword",
  "Resources": {
    "ClaimsTopic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "claim-status-sms",
      "KmsMasterKeyId": "alias/aws/sns"}},
    "StatusQueue": {"Type": "AWS::SQS::Queue", "Properties": {"QueueName": "claim-status-outbox",
      "VisibilityTimeout": 120, "RedrivePolicy": {"deadLetterTargetArn": "arn:aws:sqs:us-east-2:318604257719:claim-status-dlq", "maxReceiveCount": 5}}}
  },
  "Outputs": {
    "TopicArn": {"Value": {"Ref": "ClaimsTopic"}},
    "TemplateChecksum": {"Value": "«sha256:smstpl»"}  ⟪template checksum⟫
  }
}
"""),
    ("infra/params/policycore-prod.json", r"""
[
  {"ParameterKey": "Stage", "ParameterValue": "prod"},
  {"ParameterKey": "DbInstanceClass", "ParameterValue": "db.r7g.2xlarge"},
  {"ParameterKey": "MqBridgePassword", "ParameterValue": "«pwx:mqbridgeparam»"},  ⟦password|CloudFormation parameter file password⟧
  {"ParameterKey": "ArtifactoryToken", "ParameterValue": "«artref:pcparams»"},  ⟦artifactory|Artifactory reference token in a parameter file⟧
  {"ParameterKey": "DuoIntegrationKey", "ParameterValue": "«duoikey:pc»"},  ⟪Duo integration key, the public half⟫
  {"ParameterKey": "DuoSecretKey", "ParameterValue": "«duo:pc»"},  ⟦duo|Duo secret key in a parameter file⟧
  {"ParameterKey": "OracleWalletPassword", "ParameterValue": "CHANGE_ME"}  ⟪placeholder⟫
]
"""),
    ("infra/params/claimsdesk-prod.json", r"""
{
  "Parameters": {
    "Stage": "prod",
    "DesiredCount": "6",
    "DjangoSecretKey": "«django:claimsdesk»",  ⟦app-secret|Django SECRET_KEY in a CodePipeline template configuration⟧
    "XactimateClientSecret": "{{resolve:secretsmanager:claimsdesk/prod/xactimate:SecretString:client_secret}}",  ⟪dynamic reference⟫
    "XactimateClientId": "fernhollow-claims-prod",
    "OktaApiToken": "{{resolve:secretsmanager:claimsdesk/okta:SecretString:token}}"  ⟪dynamic reference⟫
  },
  "Tags": {
    "app": "claimsdesk",
    "cost-center": "CC-4410-claims"
  }
}
"""),
    ("infra/params/redshift-nonprod.params", r"""
# aws cloudformation deploy --parameter-overrides $(cat redshift-nonprod.params)
MasterPassword=«pwn:redshiftnonprod»  ⟦password|parameter-overrides file, nonprod warehouse password⟧
SnapshotAccount=318604257719
NodeCount=1
"""),
    ("services/payouts-webhooks/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: payouts-webhooks - Stripe Connect payout events and Plaid bank-link webhooks for claimant payments
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 15
    Tracing: Active
Parameters:
  PlaidSecret:
    Type: String
    NoEcho: true
  StripeApiKey:
    Type: String
    NoEcho: true
Resources:
  StripeEventsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/stripe.handler
      CodeUri: .
      Environment:
        Variables:
          STRIPE_SECRET_KEY: !Ref StripeApiKey  ⟪Ref of a NoEcho parameter with no Default⟫
          STRIPE_WEBHOOK_SECRET: «whsec:payouts»  ⟦stripe|Stripe webhook signing secret in SAM env⟧
          STRIPE_PUBLISHABLE_KEY: «pk:payouts»  ⟪Stripe publishable key, public⟫
      Events:
        Hook:
          Type: HttpApi
          Properties: {Path: /stripe, Method: post}
  PlaidEventsFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/plaid.handler
      CodeUri: .
      Environment:
        Variables:
          PLAID_CLIENT_ID: «hex:24-plaidclient»  ⟪Plaid client id, an identifier⟫
          PLAID_SECRET: !Ref PlaidSecret
          PLAID_ENV: production
"""),
    ("services/payouts-webhooks/samconfig.toml", r"""
version = 0.1

[default.global.parameters]
stack_name = "payouts-webhooks"

[default.deploy.parameters]
s3_bucket = "fhm-sam-artifacts-318604257719"
s3_prefix = "payouts-webhooks"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
confirm_changeset = true
parameter_overrides = "PlaidSecret=«hex:30-plaidsecret» StripeApiKey=«rk:payouts»"  ⟦stripe|Plaid secret and Stripe restricted key in samconfig parameter_overrides⟧

[nonprod.deploy.parameters]
region = "us-east-2"
parameter_overrides = "PlaidSecret=REPLACE_ME StripeApiKey=sk_test_REPLACE_ME"  ⟪placeholders⟫
"""),
    ("services/fraud-scoring/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: fraud-scoring - SIU referral model (SageMaker endpoint) called at FNOL and at each reserve change
Resources:
  ScoreFunction:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.score
      CodeUri: src/
      MemorySize: 512
      Policies:
        - Statement:
            - Effect: Allow
              Action: sagemaker:InvokeEndpoint
              Resource: arn:aws:sagemaker:us-east-2:318604257719:endpoint/siu-referral-v14
      Environment:
        Variables:
          ENDPOINT_NAME: siu-referral-v14
          ISO_CLAIMSEARCH_USER: fhm-siu-api
          ISO_CLAIMSEARCH_PASSWORD: '{{resolve:ssm-secure:/fraud/iso-claimsearch/password}}'  ⟪dynamic reference⟫
          MODEL_SHA256: «sha256:siumodel»  ⟪model artifact checksum⟫
          NICB_API_KEY: «b62:32-nicb»  ⟦app-secret|NICB (crime bureau) API key under a provider-named key⟧
"""),
    ("services/fraud-scoring/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "fraud-scoring"
s3_bucket = "fhm-sam-artifacts-318604257719"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
image_repositories = []

[default.local_invoke.parameters]
env_vars = "local-env.json"
"""),
    ("services/broker-notify/serverless.yml", r"""
service: broker-notify
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}
  environment:
    SENDGRID_API_KEY: «sg:brokernotify»  ⟦sendgrid|SendGrid key in serverless.yml provider env⟧
    DOCUSIGN_INTEGRATION_KEY: «uuid:docusignik»  ⟪DocuSign integration key, the client id⟫
    DOCUSIGN_USER_ID: «uuid:docusignuser»  ⟪DocuSign user GUID⟫
    DOCUSIGN_ACCOUNT_ID: ${ssm:/broker-notify/docusign/account-id}  ⟪SSM reference⟫
    MAILGUN_API_KEY: ${env:MAILGUN_API_KEY}  ⟪environment reference⟫

functions:
  renewalNotice:
    handler: src/renewal.handler
    events:
      - schedule: cron(0 11 * * ? *)
  commissionStatement:
    handler: src/commission.handler
    events:
      - sqs: arn:aws:sqs:us-east-2:318604257719:commission-statements
"""),
    ("services/telematics-ingest/serverless.yml", r"""
service: drivewell-ingest
frameworkVersion: '3'

provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  iam:
    role: arn:aws:iam::318604257719:role/drivewell-ingest

custom:
  partnerBucket: cmt-fernhollow-handoff
  # the telematics vendor's bucket lives in their account; they gave us an IAM user, not a role
  partnerAccessKeyId: «akid:cmtpartner»  ⟦aws-key-id|partner AWS key ID in serverless custom block⟧
  partnerSecretAccessKey: «awssec:cmtpartner»  ⟦aws-secret|partner AWS secret in serverless custom block⟧

functions:
  pullTrips:
    handler: handler.pull_trips
    timeout: 300
    environment:
      PARTNER_BUCKET: ${self:custom.partnerBucket}
      PARTNER_AWS_ACCESS_KEY_ID: ${self:custom.partnerAccessKeyId}  ⟪serverless self reference⟫
      PARTNER_AWS_SECRET_ACCESS_KEY: ${self:custom.partnerSecretAccessKey}
    events:
      - schedule: rate(15 minutes)
"""),
    ("infra/ecs/policycore-taskdef.json", r"""
{
  "family": "policycore-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "2048",
  "memory": "8192",
  "executionRoleArn": "arn:aws:iam::318604257719:role/ecsTaskExecution-policycore",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "927351604482.dkr.ecr.us-east-2.amazonaws.com/policycore/api@sha256:«sha256:pcimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "MQ_BROKER_URL", "value": "ssl://b-«uuid:mqbroker»-1.mq.us-east-2.amazonaws.com:61617"},
        {"name": "MQ_PASSWORD", "value": "«pwx:mqbridgeparam»"},  ⟦password|Amazon MQ password in ECS environment⟧
        {"name": "DOCUSIGN_PRIVATE_KEY_B64", "value": "«b64pem:pkcs1:rsa-docusign»"}  ⟦private-key|base64 of a PEM private key in ECS environment⟧
      ],
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:318604257719:secret:policycore/prod/db-«b62:6-pcdbsec»:password::"},  ⟪valueFrom secret ARN⟫
        {"name": "MAINFRAME_RACF_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-2:318604257719:parameter/policycore/racf"}  ⟪valueFrom SSM parameter ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/claimsdesk-taskdef.json", r"""
{
  "family": "claimsdesk-web",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "4096",
  "containerDefinitions": [
    {
      "name": "web",
      "image": "927351604482.dkr.ecr.us-east-2.amazonaws.com/claimsdesk/web:2026.11.3",
      "environment": [
        {"name": "DJANGO_SETTINGS_MODULE", "value": "claimsdesk.settings.prod"},
        {"name": "DATABASE_URL", "value": "postgres://claimsdesk:«pct:pwc:claimsdeskdb»@claimsdesk.cluster-c8w2x.us-east-2.rds.amazonaws.com:5432/claimsdesk"},  ⟦conn-string|Postgres URL with password in ECS environment⟧
        {"name": "SENTRY_DSN", "value": "«sentrynew:claimsdesk»"},  ⟪modern Sentry DSN, public⟫
        {"name": "TEXTRACT_QUEUE", "value": "claims-docs-inbound"}
      ],
      "secrets": [
        {"name": "DJANGO_SECRET_KEY", "valueFrom": "arn:aws:ssm:us-east-2:318604257719:parameter/claimsdesk/django-secret-key"}  ⟪valueFrom SSM ARN⟫
      ]
    },
    {
      "name": "datadog-agent",
      "image": "public.ecr.aws/datadog/agent:7",
      "environment": [
        {"name": "DD_API_KEY", "value": "«ddapi:ecs»"},  ⟦datadog|Datadog API key in a sidecar environment⟧
        {"name": "DD_SITE", "value": "us5.datadoghq.com"},
        {"name": "ECS_FARGATE", "value": "true"}
      ]
    }
  ]
}
"""),
    ("infra/ecs/quoteforge-service.yaml", r"""
# ecspresso task definition (YAML), quoteforge rating API
family: quoteforge-api
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: "1024"
memory: "2048"
executionRoleArn: arn:aws:iam::318604257719:role/ecsTaskExecution-quoteforge
containerDefinitions:
  - name: api
    image: 927351604482.dkr.ecr.us-east-2.amazonaws.com/quoteforge/api:{{ must_env `IMAGE_TAG` }}  ⟪ecspresso template reference⟫
    environment:
      - name: QF_RATING_YEAR
        value: "2027"
      - name: QF_TRANSUNION_PASSWORD
        value: «pwx:tuprod»  ⟦password|TransUnion password in an ECS task definition (YAML)⟧
      - name: QF_REDIS_URL
        value: rediss://:«pwr:qfredis»@master.quoteforge-cache.ab12cd.use2.cache.amazonaws.com:6379/0  ⟦conn-string|Redis URL with AUTH token⟧
    secrets:
      - name: QF_LEXISNEXIS_PASSWORD
        valueFrom: /quoteforge/prod/lexisnexis  ⟪valueFrom SSM name⟫
"""),
    ("ops/lambda/fnol-router-config.json", r"""
{
    "FunctionName": "fnol-router-prod",
    "FunctionArn": "arn:aws:lambda:us-east-2:318604257719:function:fnol-router-prod",
    "Runtime": "python3.12",
    "Role": "arn:aws:iam::318604257719:role/fnol-router",
    "Handler": "router.handler",
    "CodeSize": 4117320,
    "Timeout": 30,
    "MemorySize": 512,
    "LastModified": "2026-11-18T14:02:51.000+0000",
    "CodeSha256": "«b64k:32-fnolcodesha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "TWILIO_ACCOUNT_SID": "«twac:ivr»",  ⟪Twilio account SID, an identifier⟫
            "TWILIO_AUTH_TOKEN": "«hex:32-twilioivr»",  ⟦twilio|Twilio auth token in a Lambda configuration dump⟧
            "CLAIMSDESK_API_KEY": "«b62:40-claimsdeskapi»",  ⟦app-secret|same claimsdesk API key, in get-function-configuration output⟧
            "PHOTO_BUCKET": "fhm-fnol-photos-prod-318604257719"
        }
    },
    "TracingConfig": {"Mode": "Active"},
    "RevisionId": "«uuid:fnolrev»",  ⟪Lambda revision id⟫
    "Architectures": ["x86_64"]
}
"""),
    ("ops/lambda/doc-classifier-config.json", r"""
{
    "FunctionName": "claims-doc-classifier",
    "Runtime": "python3.12",
    "Handler": "classify.handler",
    "CodeSha256": "«b64k:32-docclasssha»",
    "Environment": {
        "Variables": {
            "OPENAI_API_KEY": "«oai:docclass»",  ⟦openai|OpenAI project key in a Lambda configuration⟧
            "ANTHROPIC_API_KEY": "${ANTHROPIC_API_KEY}",  ⟪unexpanded variable⟫
            "LABELS": "estimate,police_report,medical_bill,photo,proof_of_loss,subrogation_letter",
            "KMS_KEY": "alias/claims-docs"
        }
    },
    "Layers": [{"Arn": "arn:aws:lambda:us-east-2:318604257719:layer:pymupdf:7", "CodeSize": 18201874}]
}
"""),
    ("services/policycore/buildspec.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: "-Xmx2g"
    ARTIFACTORY_URL: https://fernhollow.jfrog.io/artifactory
    ARTIFACTORY_USER: svc-codebuild
    ARTIFACTORY_PASSWORD: «akcp:codebuild»  ⟦artifactory|Artifactory API key in buildspec env variables⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar/policycore  ⟪parameter-store reference⟫
  secrets-manager:
    ORACLE_WALLET_PW: ci/oracle-wallet:password  ⟪secrets-manager reference⟫
phases:
  install:
    runtime-versions:
      java: corretto21
  build:
    commands:
      - mvn -B -s ci/settings.xml verify
      - mvn -B sonar:sonar -Dsonar.token=$SONAR_TOKEN
  post_build:
    commands:
      - aws ecr get-login-password | docker login --username AWS --password-stdin 927351604482.dkr.ecr.us-east-2.amazonaws.com
reports:
  junit:
    files: ['**/target/surefire-reports/*.xml']
"""),
    ("services/quoteforge/buildspec.yml", r"""
version: 0.2
phases:
  pre_build:
    commands:
      - echo logging in to the rating-tables registry
      - docker login ratingtables.fernhollow.jfrog.io -u svc-quoteforge -p «pwc:qfregistry»  ⟦password|docker login -p in a buildspec⟧
      - go env -w GOPRIVATE=github.com/fernhollow/*
      - git config --global url."https://x-access-token:«ghp:quoteforgebuild»@github.com/".insteadOf "https://github.com/"  ⟦github|GitHub token in a git insteadOf URL⟧
  build:
    commands:
      - go build -trimpath -o bin/quoteforge ./cmd/quoteforge
      - go test ./...
artifacts:
  files: [bin/quoteforge, appspec.yml]
"""),
    ("actuarial/buildspec-dbt.yml", r"""
version: 0.2
env:
  secrets-manager:
    DBT_SNOWFLAKE_PASSWORD: actuarial/dbt:password  ⟪secrets-manager reference⟫
  variables:
    DBT_PROFILES_DIR: ci
phases:
  install:
    commands:
      - pip install dbt-snowflake==1.8.4
  build:
    commands:
      - dbt deps
      - dbt build --target prod --select tag:monthly
"""),
    ("infra/codebuild/policycore-project.json", r"""
{
  "name": "policycore-ci",
  "source": {"type": "GITHUB", "location": "https://github.com/fernhollow/policycore.git", "buildspec": "services/policycore/buildspec.yml"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/amazonlinux2-x86_64-standard:5.0",
    "computeType": "BUILD_GENERAL1_LARGE",
    "environmentVariables": [
      {"name": "SONAR_HOST_URL", "value": "https://sonar.fernhollow.internal", "type": "PLAINTEXT"},
      {"name": "SONAR_TOKEN_FALLBACK", "value": "«sonar:pcproj»", "type": "PLAINTEXT"},  ⟦sonarqube|SonarQube token as a PLAINTEXT CodeBuild variable⟧
      {"name": "SONAR_TOKEN", "value": "/ci/sonar/policycore", "type": "PARAMETER_STORE"},  ⟪PARAMETER_STORE reference⟫
      {"name": "SNYK_TOKEN", "value": "ci/snyk:token", "type": "SECRETS_MANAGER"}
    ]
  },
  "serviceRole": "arn:aws:iam::927351604482:role/codebuild-policycore",
  "encryptionKey": "arn:aws:kms:us-east-2:927351604482:alias/aws/s3"
}
"""),
    ("infra/codebuild/agent-mobile-project.json", r"""
{
  "name": "agent-mobile-eas",
  "source": {"type": "GITHUB", "location": "https://github.com/fernhollow/agent-mobile.git"},
  "environment": {
    "type": "LINUX_CONTAINER",
    "image": "aws/codebuild/standard:7.0",
    "computeType": "BUILD_GENERAL1_MEDIUM",
    "environmentVariables": [
      {"name": "EXPO_TOKEN", "value": "«expo:codebuild»", "type": "PLAINTEXT"},  ⟦expo|Expo access token as a PLAINTEXT CodeBuild variable⟧
      {"name": "EAS_PROJECT_ID", "value": "«uuid:easproject»", "type": "PLAINTEXT"},  ⟪EAS project id⟫
      {"name": "FIREBASE_WEB_API_KEY", "value": "«aiza:agentmobile»", "type": "PLAINTEXT"}  ⟪Firebase web API key, public⟫
    ]
  },
  "serviceRole": "arn:aws:iam::927351604482:role/codebuild-mobile"
}
"""),
    ("infra/codepipeline/policycore-pipeline.json", r"""
{
  "pipeline": {
    "name": "policycore-release",
    "roleArn": "arn:aws:iam::927351604482:role/codepipeline-policycore",
    "artifactStore": {"type": "S3", "location": "fhm-codepipeline-927351604482"},
    "stages": [
      {
        "name": "Source",
        "actions": [
          {
            "name": "GitHub",
            "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub", "version": "1"},
            "configuration": {
              "Owner": "fernhollow",
              "Repo": "policycore",
              "Branch": "release",
              "OAuthToken": "«ghp:codepipelinev1»",  ⟦github|GitHub OAuthToken in a CodePipeline v1 source action⟧
              "PollForSourceChanges": "false"
            },
            "outputArtifacts": [{"name": "src"}]
          }
        ]
      },
      {
        "name": "Build",
        "actions": [
          {
            "name": "CodeBuild",
            "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
            "configuration": {"ProjectName": "policycore-ci"},
            "inputArtifacts": [{"name": "src"}]
          }
        ]
      }
    ]
  }
}
"""),
    ("infra/sfn/claims-docs.asl.json", r"""
{
  "Comment": "claim document pipeline: Textract, classify, redact SSNs, file to the claim, notify the adjuster",
  "StartAt": "Analyze",
  "States": {
    "Analyze": {
      "Type": "Task",
      "Resource": "arn:aws:states:::aws-sdk:textract:startDocumentAnalysis",
      "Parameters": {"DocumentLocation": {"S3Object": {"Bucket.$": "$.bucket", "Name.$": "$.key"}}, "FeatureTypes": ["FORMS", "TABLES"]},
      "Next": "Classify"
    },
    "Classify": {
      "Type": "Task",
      "Resource": "arn:aws:lambda:us-east-2:318604257719:function:claims-doc-classifier",
      "Next": "FileToClaim"
    },
    "FileToClaim": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://claimsdesk.fernhollow.internal/api/v2/documents",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:318604257719:connection/claimsdesk-api/«uuid:sfnconn»"},  ⟪EventBridge connection ARN⟫
        "Headers": {"X-Api-Key": "«b62:40-claimsdeskapi»"},  ⟦app-secret|claimsdesk API key as a literal header in Step Functions⟧
        "RequestBody.$": "$.document"
      },
      "Next": "Notify"
    },
    "Notify": {
      "Type": "Task",
      "Resource": "arn:aws:states:::sns:publish",
      "Parameters": {"TopicArn": "arn:aws:sns:us-east-2:318604257719:adjuster-inbox", "Message.$": "$.summary"},
      "End": true
    }
  }
}
"""),
    ("infra/sfn/subrogation.asl.yaml", r"""
Comment: subrogation recovery - demand letter, wait for the carrier, escalate to arbitration
StartAt: DraftDemand
States:
  DraftDemand:
    Type: Task
    Resource: arn:aws:lambda:us-east-2:318604257719:function:subro-draft-demand
    Next: WaitForCarrier
  WaitForCarrier:
    Type: Task
    Resource: arn:aws:states:::sqs:sendMessage.waitForTaskToken
    Parameters:
      QueueUrl: https://sqs.us-east-2.amazonaws.com/318604257719/subro-carrier-responses
      MessageBody:
        claim.$: $.claimNumber
        taskToken.$: $$.Task.Token  ⟪Step Functions task token reference⟫
    TimeoutSeconds: 2592000
    Next: Close
  Close:
    Type: Succeed
"""),
    ("infra/ssm/join-broker-domain.json", r"""
{
  "schemaVersion": "2.2",
  "description": "Join a broker-portal Windows host to corp.fernhollow.cloud and install the IIS app pool identity",
  "parameters": {
    "OU": {"type": "String", "default": "OU=Portal,DC=corp,DC=fernhollow,DC=cloud"}
  },
  "mainSteps": [
    {
      "action": "aws:runPowerShellScript",
      "name": "join",
      "inputs": {
        "runCommand": [
          "$secure = ConvertTo-SecureString '«pw:domainjoin»' -AsPlainText -Force",  ⟦password|domain-join password in an SSM document⟧
          "$cred = New-Object System.Management.Automation.PSCredential('FHMCLOUD\\svc-domainjoin', $secure)",
          "Add-Computer -DomainName corp.fernhollow.cloud -OUPath '{{ OU }}' -Credential $cred -Restart"
        ]
      }
    },
    {
      "action": "aws:runPowerShellScript",
      "name": "apppool",
      "inputs": {
        "runCommand": [
          "Import-Module WebAdministration",
          "Set-ItemProperty IIS:\\AppPools\\BrokerPortal -Name processModel -Value @{userName='FHMCLOUD\\svc-brokerpool';password='«pwn:brokerpool»';identitytype=3}"  ⟦password|IIS app pool identity password in an SSM document⟧
        ]
      }
    }
  ]
}
"""),
    ("infra/ssm/rotate-mq-cert.yaml", r"""
schemaVersion: '2.2'
description: Rotate the MQ bridge client keystore on the z/OS gateway hosts
parameters:
  KeystorePassword:
    type: String
    default: '{{ssm-secure:/mq-bridge/keystore-password}}'  ⟪ssm-secure reference⟫
mainSteps:
  - action: aws:runShellScript
    name: rotate
    inputs:
      runCommand:
        - aws s3 cp s3://fhm-mq-bridge/keystore/client.p12 /opt/mqbridge/client.p12
        - keytool -importkeystore -srckeystore /opt/mqbridge/client.p12 -srcstorepass '{{ KeystorePassword }}' -destkeystore /opt/mqbridge/client.jks -deststorepass '{{ KeystorePassword }}'  ⟪SSM parameter reference⟫
        - systemctl restart mqbridge
"""),
]

FILES += [
    ("infra/terraform/prod/providers.tf", r"""
terraform {
  required_version = ">= 1.8"
  backend "s3" {
    bucket         = "fhm-tfstate-927351604482"
    key            = "prod/core.tfstate"
    region         = "us-east-2"
    dynamodb_table = "fhm-tf-locks"
  }
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.98" }
    okta      = { source = "okta/okta", version = "~> 4.11" }
  }
}

provider "aws" {
  region = "us-east-2"
  assume_role {
    role_arn = "arn:aws:iam::318604257719:role/terraform-apply"
  }
}

provider "snowflake" {
  account  = "fhm-actuarial"
  user     = "TERRAFORM_SVC"
  password = "«pwl:tfsnowflake»"  ⟦password|Snowflake provider password in Terraform⟧
  role     = "SYSADMIN"
}

provider "okta" {
  org_name  = "fernhollow"
  base_url  = "okta.com"
  api_token = var.okta_api_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/prod/variables.tf", r"""
variable "okta_api_token" {
  type      = string
  sensitive = true
}

variable "claims_db_password" {
  description = "claimsdesk RDS master password (moved to Secrets Manager in FHM-2231, default kept for the DR rebuild)"
  type        = string
  sensitive   = true
  default     = "«pwc:claimsdr»"  ⟦password|Terraform variable default password⟧
}

variable "pagerduty_token" {
  type    = string
  default = ""
}

variable "splunk_hec_token" {
  type    = string
  default = "00000000-0000-0000-0000-000000000000"  ⟪zeroed token⟫
}
"""),
    ("infra/terraform/prod/rds.tf", r"""
resource "random_password" "claims_reporting" {
  length  = 32
  special = false
}

resource "aws_db_instance" "claims_reporting" {
  identifier              = "claims-reporting"
  engine                  = "postgres"
  engine_version          = "16.4"
  instance_class          = "db.r6g.large"
  username                = "reporting_owner"
  password                = random_password.claims_reporting.result  ⟪generated password reference⟫
  storage_encrypted       = true
  backup_retention_period = 14
  tags = { app = "claims-reporting", data-class = "pii-claimant" }
}

resource "aws_db_instance" "rating_tables" {
  identifier        = "rating-tables"
  engine            = "mysql"
  engine_version    = "8.0.39"
  instance_class    = "db.t4g.medium"
  username          = "rating_admin"
  password          = "«pw:ratingtables»"  ⟦password|aws_db_instance password literal⟧
  allocated_storage = 100
}
"""),
    ("infra/terraform/modules/observability/main.tf", r"""
provider "datadog" {
  api_key = "«ddapi:tfmodule»"  ⟦datadog|Datadog API key in a Terraform provider block⟧
  app_key = "«ddapp:tfmodule»"  ⟦datadog|Datadog application key in a Terraform provider block⟧
  api_url = "https://api.us5.datadoghq.com/"
}

provider "newrelic" {
  account_id = 4471902
  api_key    = "«nrak:tfmodule»"  ⟦newrelic|New Relic user API key in a Terraform provider⟧
  region     = "US"
}

resource "datadog_monitor" "fnol_errors" {
  name    = "FNOL router error rate"
  type    = "query alert"
  query   = "sum(last_10m):sum:aws.lambda.errors{functionname:fnol-router-prod}.as_count() > 25"
  message = "@pagerduty-claims-platform"
}
"""),
    ("infra/terraform/prod/terraform.tfvars", r"""
environment        = "prod"
vpc_cidr           = "10.40.0.0/16"
okta_api_token     = "«okta:tfvars»"  ⟦okta|Okta API token in terraform.tfvars⟧
pagerduty_token    = "«pd:tfvars»"  ⟦pagerduty|PagerDuty API token in terraform.tfvars⟧
splunk_hec_token   = "«uuid:splunkhectf»"  ⟦splunk|Splunk HEC token in terraform.tfvars⟧
claims_db_password = "<set TF_VAR_claims_db_password>"  ⟪placeholder⟫
cat_event_topic    = "arn:aws:sns:us-east-2:318604257719:cat-events"
"""),
    ("infra/terraform/nonprod/nonprod.auto.tfvars.json", r"""
{
  "environment": "nonprod",
  "vpc_cidr": "10.41.0.0/16",
  "okta_api_token": "${OKTA_API_TOKEN}",  ⟪unexpanded variable⟫
  "pagerduty_token": "«pd:tfnonprod»",  ⟦pagerduty|PagerDuty token in tfvars JSON⟧
  "claims_db_password": "«pwn:claimsnonprod»",  ⟦password|RDS password in tfvars JSON⟧
  "snowflake_password": "changeme"  ⟪placeholder⟫
}
"""),
    ("infra/terraform/prod/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "«gosum:tflock1»",  ⟪provider lock hash⟫
    "zh:«sha256:tflock2»",  ⟪provider lock hash⟫
  ]
}

provider "registry.terraform.io/snowflake-labs/snowflake" {
  version = "0.98.0"
  hashes = [
    "«gosum:tflock3»",  ⟪provider lock hash⟫
    "zh:«sha256:tflock4»",  ⟪provider lock hash⟫
  ]
}
"""),
    ("infra/terraform/prod/terraform.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 412,
  "lineage": "«uuid:tflineage»",  ⟪Terraform state lineage⟫
  "outputs": {},
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "bordereaux_export",
      "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
      "instances": [
        {
          "schema_version": 0,
          "attributes": {
            "create_date": "2026-02-11T16:40:02Z",
            "id": "«akid:bordereaux»",  ⟦aws-key-id|access key ID in a tfstate backup⟧
            "secret": "«awssec:bordereaux»",  ⟦aws-secret|secret in a tfstate backup⟧
            "ses_smtp_password_v4": "«sesv4:bordereaux»",  ⟦aws-ses-smtp|SES SMTP password derived in tfstate⟧
            "status": "Active",
            "user": "reins-bordereaux-export"
          },
          "sensitive_attributes": []
        }
      ]
    }
  ]
}
"""),
    ("infra/terraform/modules/mwaa/main.tf", r"""
resource "aws_mwaa_environment" "actuarial" {
  name               = "actuarial-airflow"
  airflow_version    = "2.9.2"
  environment_class  = "mw1.medium"
  source_bucket_arn  = "arn:aws:s3:::fhm-mwaa-actuarial"
  dag_s3_path        = "dags/"
  execution_role_arn = aws_iam_role.mwaa.arn

  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-east-2.amazonaws.com"
    "smtp.smtp_user"     = "«akid:mwaasmtp»"  ⟦aws-key-id|SES SMTP user (a key ID) in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "webserver.default_ui_timezone" = "America/New_York"
  }

  network_configuration {
    security_group_ids = ["sg-0«hex:16-mwaasg»"]  ⟪security group id⟫
    subnet_ids         = var.private_subnets
  }
}
"""),
    ("infra/cdk/lib/telematics-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class TelematicsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const cmt = secretsmanager.Secret.fromSecretNameV2(this, 'Cmt', 'drivewell/cmt-api');  ⟪Secrets Manager lookup⟫

    // TODO(FHM-2390): move to Secrets Manager before the Q1 filing; the scoring vendor key is shared with nonprod
    const vendorKey = cdk.SecretValue.unsafePlainText('«b62:40-scorevendor»');  ⟦app-secret|unsafePlainText secret in a CDK stack⟧

    new lambda.Function(this, 'TripScorer', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/trip-scorer'),
      environment: {
        CMT_SECRET_ARN: cmt.secretArn,
        SCORE_VENDOR_KEY: vendorKey.unsafeUnwrap(),
        MAPBOX_TOKEN: 'pk.«mapbox:public»',  ⟪Mapbox public token⟫
        MAPBOX_SECRET_TOKEN: 'sk.«mapbox:trips»',  ⟦mapbox|Mapbox secret token in CDK⟧
      },
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
#!/usr/bin/env python3
# quoteforge CDK app (Python): the rating API's Lambda edge for the comparative raters.
import aws_cdk as cdk
from aws_cdk import aws_lambda as _lambda

app = cdk.App()
stack = cdk.Stack(app, "QuoteforgeRaters", env=cdk.Environment(account="318604257719", region="us-east-2"))

_lambda.Function(
    stack, "ComparativeRaterBridge",
    runtime=_lambda.Runtime.PYTHON_3_12,
    handler="bridge.handler",
    code=_lambda.Code.from_asset("raters"),
    environment={
        "EZLYNX_API_USER": "fernhollow-carrier",
        "EZLYNX_API_PASSWORD": "«pwx:ezlynx»",  ⟦password|comparative rater API password in a CDK environment⟧
        "NEW_RELIC_LICENSE_KEY": "«nrlic:raters»",  ⟦newrelic|New Relic license key in a CDK environment⟧
        "NEW_RELIC_APP_NAME": "quoteforge-raters",
    },
)
app.synth()
"""),
    ("infra/cdk/cdk.context.json", r"""
{
  "vpc-provider:account=318604257719:filter.tag:Name=fhm-prod:region=us-east-2:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-0«hex:16-cdkvpc»",  ⟪VPC id⟫
    "vpcCidrBlock": "10.40.0.0/16",
    "availabilityZones": [],
    "subnetGroups": []
  },
  "ami:account=318604257719:filters.name.0=al2023-ami-*:region=us-east-2": "ami-0«hex:16-cdkami»",  ⟪AMI id⟫
  "acknowledged-issue-numbers": [31885, 32775]
}
"""),
    ("k8s/claimsdesk/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: claimsdesk-env
  namespace: claims
type: Opaque
data:
  DATABASE_PASSWORD: «b64:pwc:claimsdeskdb»  ⟦password-b64|base64 password in a Secret data field⟧
  AWS_ACCESS_KEY_ID: «b64:akid:k8sclaims»  ⟦aws-b64|base64 access key ID in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k8sclaims»  ⟦aws-b64|base64 secret in a Secret⟧
  LOG_LEVEL: aW5mbw==  ⟪base64 of a log level⟫
"""),
    ("k8s/claimsdesk/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: claimsdesk-worker
  namespace: claims
spec:
  replicas: 4
  selector:
    matchLabels: {app: claimsdesk-worker}
  template:
    metadata:
      labels: {app: claimsdesk-worker}
    spec:
      serviceAccountName: claimsdesk
      containers:
        - name: worker
          image: 927351604482.dkr.ecr.us-east-2.amazonaws.com/claimsdesk/web@sha256:«sha256:cdworker»  ⟪image digest⟫
          args: ["celery", "-A", "claimsdesk", "worker", "-Q", "docs,reserves"]
          env:
            - name: DATABASE_PASSWORD
              valueFrom:
                secretKeyRef: {name: claimsdesk-env, key: DATABASE_PASSWORD}  ⟪secretKeyRef⟫
            - name: SPLUNK_HEC_TOKEN
              value: «uuid:splunkheck8s»  ⟦splunk|Splunk HEC token as a literal container env⟧
            - name: CELERY_BROKER_URL
              value: amqps://claimsdesk:«pwn:celeryamqp»@b-«uuid:mqbroker».mq.us-east-2.amazonaws.com:5671  ⟦conn-string|AMQP URL with password in a Deployment⟧
"""),
    ("k8s/kustomize/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: quoting
resources:
  - ../../base
images:
  - name: quoteforge
    newName: 927351604482.dkr.ecr.us-east-2.amazonaws.com/quoteforge/api
    newTag: 2026.11.7
secretGenerator:
  - name: quoteforge-vendors
    literals:
      - LEXISNEXIS_USER=fhm-quoting
      - LEXISNEXIS_PASSWORD=«pwx:lnclue»  ⟦password|kustomize secretGenerator literal⟧
      - VERISK_ISO_API_KEY=«hex:32-verisk»  ⟦app-secret|Verisk key in a kustomize secretGenerator literal⟧
  - name: quoteforge-tls
    files:
      - tls.crt=secrets/quoteforge.crt
      - tls.key=secrets/quoteforge.key
configMapGenerator:
  - name: quoteforge-config
    literals:
      - RATING_YEAR=2027
"""),
    ("k8s/kustomize/base/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
resources:
  - deployment.yaml
  - service.yaml
  - hpa.yaml
configMapGenerator:
  - name: quoteforge-config
    literals:
      - RATING_YEAR=2026
      - STATES=OH,IN,KY,MI,PA,WV
commonLabels:
  app.kubernetes.io/part-of: quoting
"""),
    ("k8s/external-secrets/quoteforge.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: quoteforge-vendors
  namespace: quoting
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: quoteforge-vendors
  data:
    - secretKey: LEXISNEXIS_PASSWORD
      remoteRef:
        key: quoteforge/prod/lexisnexis  ⟪remoteRef key⟫
        property: password
    - secretKey: TRANSUNION_PASSWORD
      remoteRef:
        key: quoteforge/prod/transunion  ⟪remoteRef key⟫
        property: password
"""),
    ("k8s/argocd/repo-policycore.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-policycore
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/fernhollow/policycore-deploy.git
  username: fhm-argocd
  password: «ghfg:argocd»  ⟦github|fine-grained GitHub PAT in an Argo CD repository secret⟧
"""),
    ("k8s/drivewell/flink-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: flink-config
  namespace: drivewell
data:
  flink-conf.yaml: |
    jobmanager.rpc.address: drivewell-jobmanager
    taskmanager.numberOfTaskSlots: 4
    state.backend: rocksdb
    state.checkpoints.dir: s3://fhm-drivewell-checkpoints/trips
    s3.access-key: «akid:flinkcheckpoints»  ⟦aws-key-id|Flink s3.access-key in a ConfigMap⟧
    s3.secret-key: «awssec:flinkcheckpoints»  ⟦aws-secret|Flink s3.secret-key in a ConfigMap⟧
    s3.endpoint: https://s3.us-east-2.amazonaws.com
    metrics.reporter.dghttp.apikey: ${DD_API_KEY}  ⟪environment reference⟫
"""),
    ("k8s/cert-manager/issuer.yaml", r"""
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-route53
spec:
  acme:
    email: platform@fernhollow.com
    server: https://acme-v02.api.letsencrypt.org/directory
    privateKeySecretRef:
      name: letsencrypt-account  ⟪secret reference⟫
    solvers:
      - dns01:
          route53:
            region: us-east-2
            hostedZoneID: Z0«up:19-hostedzone»  ⟪hosted zone id⟫
            accessKeyID: «akid:certmanager»  ⟦aws-key-id|key ID in a cert-manager issuer, secret by reference⟧
            secretAccessKeySecretRef:
              name: route53-credentials
              key: secret-access-key
"""),
    ("charts/claimsdesk/values-prod.yaml", r"""
replicaCount: 6
image:
  repository: 927351604482.dkr.ecr.us-east-2.amazonaws.com/claimsdesk/web
  tag: "2026.11.3"
postgresql:
  enabled: false
externalDatabase:
  host: claimsdesk.cluster-c8w2x.us-east-2.rds.amazonaws.com
  user: claimsdesk
  existingSecret: claimsdesk-env  ⟪existingSecret reference⟫
redis:
  auth:
    enabled: true
    password: «pwl:cdredis»  ⟦password|Redis password in Helm values⟧
xactimate:
  clientId: fernhollow-claims-prod
  clientSecret: ""  ⟪empty value, filled from claimsdesk-env⟫
ingress:
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-2:318604257719:certificate/«uuid:acmcd»  ⟪certificate ARN⟫
"""),
    ("charts/broker-sso/values.yaml", r"""
# Keycloak for the legacy agency-portal brokers who are not in Okta yet
keycloak:
  auth:
    adminUser: admin
    adminPassword: «pwc:keycloakadmin»  ⟦password|Keycloak admin password in Helm values⟧
  externalDatabase:
    host: keycloak-db.fernhollow.internal
    user: keycloak
    password: '{{ .Values.global.keycloakDbPassword }}'  ⟪Helm template reference⟫
  extraEnvVars:
    - name: KC_SPI_EVENTS_LISTENER_SPLUNK_TOKEN
      valueFrom:
        secretKeyRef: {name: keycloak-splunk, key: token}  ⟪secretKeyRef⟫
"""),
    ("charts/actuarial-airflow/values.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key in Helm values⟧
webserverSecretKeySecretName: airflow-webserver-secret  ⟪secret name reference⟫
data:
  metadataSecretName: airflow-metadata  ⟪secret name reference⟫
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: «pwn:airflowadmin»  ⟦password|Airflow default admin user password⟧
env:
  - name: AIRFLOW_CONN_SNOWFLAKE_ACTUARIAL
    value: snowflake://SVC_AIRFLOW:«pct:pwc:snowairflow»@fhm-actuarial/ACTUARIAL/RESERVING?warehouse=ACT_WH&role=ACTUARIAL_ETL  ⟦conn-string|Airflow connection URI with a password⟧
"""),
    ("docker-compose.yml", r"""
# local dev for policycore: Oracle XE (legacy schema tests), Postgres, ActiveMQ, MailHog
services:
  oracle:
    image: gvenzl/oracle-xe:21-slim
    environment:
      ORACLE_PASSWORD: oracle  ⟪local default⟫
    ports: ["1521:1521"]
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: policycore
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  activemq:
    image: apache/activemq-classic:5.18.4
    environment:
      ACTIVEMQ_CONNECTION_USER: admin
      ACTIVEMQ_CONNECTION_PASSWORD: admin  ⟪local default⟫
  policycore:
    build: services/policycore
    environment:
      SPRING_PROFILES_ACTIVE: local
      ARTIFACTORY_TOKEN: «artref:devcompose»  ⟦artifactory|shared Artifactory reference token in a compose file⟧
      ISO_RATING_API_KEY: ${ISO_RATING_API_KEY:-}  ⟪environment reference⟫
"""),
    ("actuarial/docker-compose.yml", r"""
services:
  rstudio:
    image: rocker/verse:4.4.1
    ports: ["8787:8787"]
    environment:
      PASSWORD: «pwn:rstudio»  ⟦password|RStudio Server password in compose⟧
      ROOT: "TRUE"
    volumes:
      - ./:/home/rstudio/actuarial
  jupyter:
    image: quay.io/jupyter/datascience-notebook:2024-10-07
    environment:
      JUPYTER_TOKEN: «hex:48-jupyter»  ⟦app-secret|Jupyter server token in compose⟧
"""),
    ("services/policycore/Dockerfile", r"""
FROM maven:3.9-amazoncorretto-21 AS build
WORKDIR /src
ARG ARTIFACTORY_USER=svc-docker
ARG ARTIFACTORY_PASSWORD=«akcp:dockerfile»  ⟦artifactory|Artifactory API key as a Dockerfile ARG default⟧
COPY ci/settings.xml /root/.m2/settings.xml
COPY . .
RUN mvn -B -q -DskipTests package

FROM amazoncorretto:21-al2023-headless
COPY --from=build /src/target/policycore.jar /app/policycore.jar
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "/app/policycore.jar"]
"""),
    ("services/claimsdesk/Dockerfile", r"""
FROM python:3.12-slim@sha256:«sha256:pyslim»  ⟪base image digest⟫
ENV PIP_NO_CACHE_DIR=1 PYTHONDONTWRITEBYTECODE=1
WORKDIR /app
COPY requirements.lock .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install -r requirements.lock  ⟪BuildKit secret mount⟫
COPY . .
RUN DJANGO_SECRET_KEY=collectstatic-only python manage.py collectstatic --noinput  ⟪build-time throwaway value⟫
CMD ["gunicorn", "claimsdesk.wsgi", "-b", "0.0.0.0:8000", "-w", "4"]
"""),
    ("actuarial/rstudio/Dockerfile", r"""
FROM rocker/verse:4.4.1
RUN install2.r --error ChainLadder actuar data.table DBI odbc arrow
# Posit Package Manager mirror behind Artifactory
RUN echo "machine fernhollow.jfrog.io login svc-rstudio password «pwc:rstudioart»" > /root/.netrc && chmod 600 /root/.netrc  ⟦password|netrc password written in a Dockerfile RUN⟧
RUN echo 'options(repos = c(CRAN = "https://fernhollow.jfrog.io/artifactory/api/cran/cran-remote"))' >> /usr/local/lib/R/etc/Rprofile.site
"""),
]

FILES += [
    ("infra/ec2/mq-bridge-userdata.sh", r"""
#!/bin/bash
# user data for the z/OS MQ bridge hosts (RHEL 9). The mainframe side cannot use instance roles,
# so the bridge forwards to S3 with a user key until FHM-1977 lands.
set -euo pipefail
dnf install -y java-21-amazon-corretto-headless awscli
mkdir -p /etc/mqbridge
cat > /etc/mqbridge/bridge.env <<'ENV'
MQ_QMGR=FHMPQM01
MQ_CHANNEL=AWS.BRIDGE.SVRCONN
MQ_USER=MQBRG01
MQ_PASSWORD=«pw8:mqbrg»  ⟦password|RACF password for the MQ channel in UserData⟧
AWS_ACCESS_KEY_ID=«akid:mqbridge»  ⟦aws-key-id|key ID in EC2 UserData⟧
AWS_SECRET_ACCESS_KEY=«awssec:mqbridge»  ⟦aws-secret|secret in EC2 UserData⟧
AWS_DEFAULT_REGION=us-east-2
ENV
chmod 600 /etc/mqbridge/bridge.env
systemctl enable --now mqbridge
"""),
    ("packer/sas-workspace.pkr.hcl", r"""
packer {
  required_plugins {
    amazon = { source = "github.com/hashicorp/amazon", version = "~> 1.3" }
  }
}

source "amazon-ebs" "sas" {
  region         = "us-east-2"
  instance_type  = "r6i.2xlarge"
  ami_name       = "sas94-workspace-{{timestamp}}"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer winrm_password⟧
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data_file = "scripts/winrm-bootstrap.ps1"
  source_ami_filter {
    filters     = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners      = ["amazon"]
    most_recent = true
  }
}

build {
  sources = ["source.amazon-ebs.sas"]
  provisioner "powershell" {
    environment_vars = ["SAS_DEPOT_KEY=«uhex:24-sasdepot»"]  ⟦?app-secret|SAS software-depot order key, a licence entitlement⟧
    script           = "scripts/install-sas.ps1"
  }
}
"""),
    ("ansible/group_vars/mq_bridge.yml", r"""
---
mqbridge_qmgr: FHMPQM01
mqbridge_channel: AWS.BRIDGE.SVRCONN
mqbridge_user: MQBRG01
mqbridge_password: "{{ vault_mqbridge_password }}"  ⟪Jinja vault reference⟫
mqbridge_keystore_password: «pwc:mqkeystore»  ⟦password|keystore password in Ansible group_vars⟧
mqbridge_truststore_password: changeit  ⟪Java default truststore password⟫
splunk_forwarder_deployment_server: splunk-ds.fernhollow.internal:8089
"""),
    ("ansible/roles/splunk-forwarder/defaults/main.yml", r"""
---
splunk_uf_version: "9.3.1"
splunk_uf_admin_user: admin
splunk_uf_admin_password: «pp:splunkuf»  ⟦password|Splunk forwarder admin password in role defaults⟧
splunk_uf_pass4symmkey: «b62:24-pass4symm»  ⟦app-secret|Splunk pass4SymmKey in role defaults⟧
splunk_uf_indexers:
  - idx1.fernhollow.splunkcloud.com:9997
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«vault:ansiblevault»  ⟪ansible-vault ciphertext⟫
"""),
    ("agency-portal/.ebextensions/01-env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    RAILS_ENV: production
    RAILS_MASTER_KEY: «hex:32-railsmaster»  ⟦app-secret|Rails master key in Elastic Beanstalk option_settings⟧
    DATABASE_URL: mysql2://agency:«pwn:agencydb»@agency-portal.c8w2x.us-east-2.rds.amazonaws.com/agency_portal  ⟦conn-string|MySQL URL with password in ebextensions⟧
    SECRET_KEY_BASE: ${SECRET_KEY_BASE}  ⟪unexpanded variable⟫
  aws:autoscaling:launchconfiguration:
    InstanceType: t3.medium
    IamInstanceProfile: aws-elasticbeanstalk-ec2-role
"""),
    ("services/quoteforge/appspec.yml", r"""
version: 0.0
os: linux
files:
  - source: bin/quoteforge
    destination: /opt/quoteforge/bin
hooks:
  BeforeInstall:
    - location: scripts/stop.sh
      timeout: 60
  ApplicationStart:
    - location: scripts/start.sh
      timeout: 120
      runas: quoteforge
"""),
    ("services/quoteforge/scripts/start.sh", r"""
#!/bin/bash
# CodeDeploy ApplicationStart hook for the on-prem rating hosts (Columbus DC)
export QF_ENV=prod
export QF_ORACLE_DSN="quoteforge/«pwl:qforacle»@pas-ora-scan.cmh.fernhollow.internal:1521/PASPRD"  ⟦conn-string|Oracle EZConnect string with a password⟧
export QF_LEXISNEXIS_PASSWORD="$(aws ssm get-parameter --name /quoteforge/prod/lexisnexis --with-decryption --query Parameter.Value --output text)"  ⟪SSM lookup⟫
exec /opt/quoteforge/bin/quoteforge serve --port 8443
"""),
    (".github/workflows/deploy-quoteforge.yml", r"""
name: deploy-quoteforge
on:
  push:
    branches: [main]
    paths: ['services/quoteforge/**']
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    env:
      SNYK_TOKEN: «uuid:snykgha»  ⟦app-secret|Snyk token (UUID) as a literal workflow env⟧
      AWS_REGION: us-east-2
    steps:
      - uses: actions/checkout@«sha:checkoutpin»  ⟪action pinned by SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318604257719:role/gha-quoteforge-deploy
          aws-region: us-east-2
      - run: snyk test --severity-threshold=high
      - run: aws deploy create-deployment --application-name quoteforge --deployment-group-name prod --s3-location bucket=fhm-artifacts-927351604482,key=quoteforge/${{ github.sha }}.zip,bundleType=zip
        env:
          GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪Actions secret reference⟫
"""),
    (".github/workflows/agent-mobile-release.yml", r"""
name: agent-mobile-release
on:
  workflow_dispatch:
jobs:
  submit:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - uses: expo/expo-github-action@v8
        with:
          eas-version: latest
          token: ${{ secrets.EXPO_TOKEN }}  ⟪Actions secret reference⟫
      - name: Distribute to QA testers
        run: firebase appdistribution:distribute build/agent.apk --app 1:«num:12-fbapp»:android:«hex:16-fbandroid» --groups field-agents
        env:
          FIREBASE_TOKEN: «gref:firebaseci»  ⟦google-oauth|Google refresh token from firebase login:ci in a workflow⟧
      - run: eas submit --platform ios --non-interactive
        env:
          EXPO_APPLE_APP_SPECIFIC_PASSWORD: «lo:4-asp1»-«lo:4-asp2»-«lo:4-asp3»-«lo:4-asp4»  ⟦password|Apple app-specific password in a workflow⟧
"""),
    (".github/workflows/nightly-reserving.yml", r"""
name: nightly-reserving-checks
on:
  schedule:
    - cron: '30 6 * * *'
jobs:
  checks:
    runs-on: [self-hosted, actuarial]
    steps:
      - uses: actions/checkout@v4
      - uses: r-lib/actions/setup-r@v2
        with:
          r-version: '4.4.1'
      - run: Rscript tools/triangle_checks.R
        env:
          SNOWFLAKE_PASSWORD: ${{ secrets.SNOWFLAKE_ACTUARIAL_PASSWORD }}  ⟪Actions secret reference⟫
          SNOWFLAKE_USER: SVC_RESERVING
"""),
    ("services/policycore/Jenkinsfile", r"""
pipeline {
  agent { label 'linux-maven' }
  environment {
    ARTIFACTORY = credentials('artifactory-svc-jenkins')  ⟪Jenkins credentials() binding⟫
    SONAR_HOST_URL = 'https://sonar.fernhollow.internal'
  }
  stages {
    stage('Build') {
      steps { sh 'mvn -B -s ci/settings.xml verify' }
    }
    stage('Publish rating tables') {
      steps {
        sh "curl -fsS -u svc-ratingtables:«pwc:ratingtablesjenkins» -T target/rating-tables.zip https://fernhollow.jfrog.io/artifactory/rating-tables/"  ⟦password|curl -u user:password in a Jenkinsfile⟧
      }
    }
    stage('Notify') {
      steps {
        sh "curl -s -X POST -H 'Content-Type: application/json' -d '{\"text\":\"policycore ${env.BUILD_NUMBER} published\"}' «teamshook:policycore»"  ⟦teams-webhook|Teams incoming webhook URL in a Jenkinsfile⟧
      }
    }
  }
}
"""),
    ("jenkins/casc/jenkins.yaml", r"""
jenkins:
  systemMessage: "Fernhollow build farm (Columbus) - managed by JCasC, do not edit in the UI"
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://ad.cmh.fernhollow.internal:636
          rootDN: DC=cmh,DC=fernhollow,DC=internal
          managerDN: CN=svc-jenkins-ldap,OU=Service,DC=cmh,DC=fernhollow,DC=internal
          managerPasswordSecret: «pwc:jenkinsldap»  ⟦password|LDAP manager password in JCasC⟧
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: artifactory-svc-jenkins
              username: svc-jenkins
              password: ${ARTIFACTORY_PASSWORD}  ⟪JCasC variable reference⟫
          - string:
              scope: GLOBAL
              id: sonar-token
              secret: «sonar:jcasc»  ⟦sonarqube|SonarQube token in JCasC⟧
unclassified:
  slackNotifier:
    teamDomain: fernhollow
    tokenCredentialId: slack-bot  ⟪Jenkins credential id⟫
"""),
    ("actuarial/.gitlab-ci.yml", r"""
stages: [lint, build, publish]
variables:
  SNOWFLAKE_ACCOUNT: fhm-actuarial
  SNOWFLAKE_USER: SVC_GITLAB_DBT
  SNOWFLAKE_PASSWORD: «pwl:gitlabdbt»  ⟦password|Snowflake password in GitLab CI variables⟧
  DATABRICKS_HOST: https://dbc-7f21c4a0-9e11.cloud.databricks.com
  DATABRICKS_TOKEN: $DATABRICKS_TOKEN  ⟪CI variable reference⟫
lint:
  stage: lint
  image: python:3.12
  script:
    - pip install sqlfluff==3.2.0
    - sqlfluff lint models/
dbt:
  stage: build
  image: ghcr.io/dbt-labs/dbt-snowflake:1.8.4
  script:
    - dbt build --target prod
publish:
  stage: publish
  script:
    - |
      curl --fail -H "Authorization: Bearer «dapi:gitlab»" -X POST "$DATABRICKS_HOST/api/2.1/jobs/run-now" -d '{"job_id": 881203}'  ⟦databricks|Databricks token in a GitLab CI script⟧
"""),
    ("agency-portal/bitbucket-pipelines.yml", r"""
# Harbor & Vine Agency Services (acquired 2024) still builds on Bitbucket
image: ruby:3.3
pipelines:
  branches:
    main:
      - step:
          name: test
          caches: [bundler]
          script:
            - bundle install
            - bundle exec rspec
      - step:
          name: deploy
          deployment: production
          script:
            - pipe: atlassian/aws-elasticbeanstalk-deploy:1.3.0
              variables:
                AWS_ACCESS_KEY_ID: «akid:agencyeb»  ⟦aws-key-id|key ID in a Bitbucket pipe's variables⟧
                AWS_SECRET_ACCESS_KEY: «awssec:agencyeb»  ⟦aws-secret|secret in a Bitbucket pipe's variables⟧
                AWS_DEFAULT_REGION: us-east-2
                APPLICATION_NAME: agency-portal
                ENVIRONMENT_NAME: agency-portal-prod
            - git push https://hv-deploy:«atbb:agencymirror»@bitbucket.org/harborvine/agency-portal-mirror.git HEAD:main  ⟦bitbucket|Bitbucket app password in a push URL⟧
"""),
    ("broker-portal/azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-2022
variables:
  buildConfiguration: Release
  NUGET_FEED_PAT: $(NugetFeedPat)  ⟪pipeline variable reference⟫
  SERVICEBUS_CONNECTION: $(ServiceBusConnection)  ⟪pipeline variable reference⟫
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet restore --configfile NuGet.Config
  - script: dotnet publish BrokerPortal.Web -c $(buildConfiguration) -o $(Build.ArtifactStagingDirectory)
  - task: AWSShellScript@1
    inputs:
      awsCredentials: fhm-aws-broker-portal
      regionName: us-east-2
      scriptType: inline
      inlineScript: aws s3 cp $(Build.ArtifactStagingDirectory) s3://fhm-broker-portal-releases/ --recursive
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.gradle

version = "2024.03"

project {
    params {
        password("env.SONAR_TOKEN", "credentialsJSON:«uuid:tcsonar»")  ⟪TeamCity credentialsJSON token reference⟫
        param("env.GRADLE_ENTERPRISE_ACCESS_KEY", "ge.fernhollow.internal=«lo:52-gradleent»")  ⟦app-secret|Gradle Enterprise access key as a plain TeamCity param⟧
        param("env.PAYOUTS_ENV", "prod")
    }
    buildType(PayoutsBuild)
}

object PayoutsBuild : BuildType({
    name = "payouts-service"
    steps {
        gradle { tasks = "clean build" }
    }
})
"""),
    ("infra/k8s-ingress-nginx/values.yaml", r"""
controller:
  replicaCount: 3
  service:
    annotations:
      service.beta.kubernetes.io/aws-load-balancer-type: nlb
      service.beta.kubernetes.io/aws-load-balancer-ssl-cert: arn:aws:acm:us-east-2:318604257719:certificate/«uuid:acmnginx»  ⟪certificate ARN⟫
  config:
    use-forwarded-headers: "true"
    proxy-body-size: 64m
  metrics:
    enabled: true
"""),
    ("infra/amplify/agent-web/amplify.yml", r"""
version: 1
frontend:
  phases:
    preBuild:
      commands:
        - npm ci
    build:
      commands:
        - echo "NEXT_PUBLIC_MAPBOX_TOKEN=pk.«mapbox:public»" >> .env.production  ⟪Mapbox public token⟫
        - echo "NEXT_PUBLIC_SEGMENT_WRITE_KEY=«b62:32-segment»" >> .env.production  ⟪Segment browser write key, public⟫
        - npm run build
  artifacts:
    baseDirectory: .next
    files: ['**/*']
"""),
    ("infra/ecs/fnol-ivr-taskdef.json", r"""
{
  "family": "fnol-ivr-recorder",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "recorder",
      "image": "927351604482.dkr.ecr.us-east-2.amazonaws.com/fnol/ivr-recorder:1.14.0",
      "environment": [
        {"name": "TWILIO_API_KEY_SID", "value": "SK«hex:32-twsk»"},  ⟪Twilio API key SID, an identifier⟫
        {"name": "TWILIO_API_KEY_SECRET", "value": "«b62:32-twsksecret»"},  ⟦twilio|Twilio API key secret in ECS env⟧
        {"name": "TRANSCRIBE_LANGUAGE", "value": "en-US"}
      ]
    }
  ]
}
"""),
]
