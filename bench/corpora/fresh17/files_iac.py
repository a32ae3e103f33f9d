"""fresh17 templates, AWS infrastructure as code (Tarnwell Mutual): CloudFormation YAML and JSON, parameter
files, SAM and samconfig, serverless, ECS task definitions, Lambda configurations, CodeBuild, Amazon Connect,
Transfer Family, Site-to-Site VPN, Terraform and tfvars, Terragrunt, CDK, Pulumi, Copilot.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/core-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  keel - bridge between the hosted Symitar Episys core (SymXchange over the vendor VPN) and the digital
  channels. Aurora PostgreSQL for the posting journal, ECS Fargate, Amazon MQ (RabbitMQ) for posting events.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, uat]
  SymXchangePassword:
    Type: String
    NoEcho: true
Resources:
  JournalDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: keel_journal
      MasterUsername: keel_admin
      MasterUserPassword: «pwc:keeldb»  ⟦password|Aurora PostgreSQL master password, company name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-2:382716504938:key/«uuid:kmskeel»  ⟪KMS key ARN⟫
      Tags:
        - Key: app
          Value: keel
        - Key: data-class
          Value: member-npi
  PostingBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub keel-posting-${Env}
      EngineType: RABBITMQ
      EngineVersion: '3.11.20'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: keel-admin
          Password: '{{resolve:secretsmanager:keel/mq-admin:SecretString:password}}'  ⟪dynamic reference⟫
  SymxSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub keel/${Env}/symxchange
      SecretString: !Sub '{"device":"KEEL01","user":"0931","password":"${SymXchangePassword}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/posting-cache.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Description: keel - share balance cache (Redis) in front of SymXchange inquiries
Parameters:
  VpcId:
    Type: AWS::EC2::VPC::Id
    Default: vpc-0a4c19e7d3b28f561  ⟪VPC id⟫
  CacheAuthToken:
    Type: String
    NoEcho: true
    Default: «pwr:keelredis»  ⟦password|NoEcho parameter with a literal Default⟧
    MinLength: 16
Resources:
  BalanceCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: share and loan balance cache
      Engine: redis
      CacheNodeType: cache.r7g.large
      NumCacheClusters: 2
      TransitEncryptionEnabled: true
      AuthToken: !Ref CacheAuthToken
"""),
    ("infra/cfn/aggregation-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ferrylight - external account linking (Plaid, MX) for the member portal - account 614209837152
Globals:
  Function:
    Runtime: python3.12
    Timeout: 20
    MemorySize: 512
Resources:
  LinkFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: link.handler
      CodeUri: src/
      Environment:
        Variables:
          PLAID_ENV: production
          PLAID_CLIENT_ID: «plaidid:ferry»  ⟪Plaid client id, an identifier⟫
          PLAID_SECRET: «plaidsec:ferryprod»  ⟦app-secret|Plaid production secret in Lambda env⟧
          MX_CLIENT_ID: «uuid:mxclient»
          MX_API_KEY: «mxkey:ferry»  ⟦app-secret|MX Platform API key in Lambda env⟧
  RefreshFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: refresh.handler
      CodeUri: src/
      Environment:
        Variables:
          FINICITY_PARTNER_SECRET: '{{resolve:ssm-secure:/ferrylight/finicity/partner-secret}}'  ⟪ssm-secure dynamic reference⟫
          TOKENS_SECRET_ARN: arn:aws:secretsmanager:us-east-2:614209837152:secret:ferrylight/plaid-items-«b62:6-items»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/aggregation-api.params.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "PortalDbPassword", "ParameterValue": "«pwn:portaldb»"},  ⟦password|parameter file password, first name + year⟧
  {"ParameterKey": "AlertEmail", "ParameterValue": "digital-oncall@tarnwellmutual.org"},
  {"ParameterKey": "AkoyaClientSecret", "ParameterValue": "«b62:40-akoya»"}  ⟦app-secret|Akoya data-access client secret in a parameter file⟧
]
"""),
    ("infra/cfn/card-services.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: slate - card services (debit and credit, instant issue, Marqeta virtual cards). PCI CDE, account 382716504938
Parameters:
  MarqetaAdminToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /slate/prod/marqeta-admin-token  ⟪SSM parameter name as Default⟫
  ProcessorSftpPassword:
    Type: String
    NoEcho: true
    Default: «symx:pscusftp»  ⟦password|card processor SFTP password as NoEcho Default⟧
Resources:
  CardEventsFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: slate-card-events
      Runtime: java21
      Handler: org.tarnwell.slate.CardEvents::handleRequest
      Role: arn:aws:iam::382716504938:role/slate-card-events
      Code:
        S3Bucket: tmcu-artifacts-250468193377
        S3Key: slate/card-events-3.8.1.jar
      Environment:
        Variables:
          MARQETA_BASE_URL: https://tarnwell-api.marqeta.com/v3
          MARQETA_APP_TOKEN: «marqeta:app»  ⟪Marqeta application token, the user name half⟫
          MARQETA_ADMIN_TOKEN: «marqeta:admin»  ⟦app-secret|Marqeta admin access token in Lambda env⟧
          MARQETA_WEBHOOK_PASSWORD: «pwx:marqetahook»  ⟦password|Marqeta webhook basic-auth password⟧
          VISA_DPS_TRACE: 'false'
"""),
    ("infra/cfn/card-services.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "slate - card dispute portal search domain",
  "Resources": {
    "DisputeSearch": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "slate-disputes",
        "EngineVersion": "OpenSearch_2.11",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "disputes_admin",
            "MasterUserPassword": "«pwl:disputes»"  ⟦password|OpenSearch master password in CloudFormation JSON⟧
          }
        },
        "EncryptionAtRestOptions": {"Enabled": true, "KmsKeyId": "arn:aws:kms:us-east-2:382716504938:key/«uuid:kmsdisp»"},  ⟪KMS key ARN⟫
        "NodeToNodeEncryptionOptions": {"Enabled": true}
      }
    },
    "DisputeApiKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "chargeback-vendor",
        "Enabled": true,
        "Value": "«b62:40-cbvendorkey»"  ⟦app-secret|API Gateway key Value for the chargeback vendor⟧
      }
    }
  }
}
"""),
    ("infra/cfn/contact-centre.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon Connect member contact centre - IVR PIN verification, Pindrop, Calabrio (account 733190562481)
Parameters:
  ConnectInstanceArn:
    Type: String
    Default: arn:aws:connect:us-east-2:733190562481:instance/«uuid:connectinst»  ⟪Connect instance ARN⟫
Resources:
  IvrAuthFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: ivr-member-auth
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::733190562481:role/ivr-member-auth
      Code:
        S3Bucket: tmcu-artifacts-250468193377
        S3Key: connect/ivr-member-auth-1.12.0.zip
      Environment:
        Variables:
          SYMX_URL: https://symx.tarnwell.episys.hosted:42443/SymXchange/2.0
          SYMX_DEVICE_NUMBER: '20417'
          SYMX_DEVICE_TYPE: IVR
          SYMX_PASSWORD: «symx:ivrdevice»  ⟦password|SymXchange device password in Lambda env⟧
          PINDROP_API_TOKEN: «b62:48-pindrop»  ⟦app-secret|Pindrop Passport API token⟧
  SupervisorUser:
    Type: AWS::Connect::User
    Properties:
      InstanceArn: !Ref ConnectInstanceArn
      Username: cc.supervisor.night
      Password: «pw:ccnight»  ⟦password|Amazon Connect user password⟧
      RoutingProfileArn: !Sub '${ConnectInstanceArn}/routing-profile/«uuid:routeprof»'
      SecurityProfileArns:
        - !Sub '${ConnectInstanceArn}/security-profile/«uuid:secprof»'
      PhoneConfig:
        PhoneType: SOFT_PHONE
"""),
    ("infra/cfn/bureau-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Transfer Family for Metro 2 credit reporting files and the Verafin AML extract
Resources:
  Metro2Connector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.bureau-intake.equifax.com
      AccessRole: arn:aws:iam::907351248826:role/transfer-metro2
      SftpConfig:
        UserSecretId: arn:aws:secretsmanager:us-east-2:907351248826:secret:transfer/equifax-metro2-«b62:6-m2»  ⟪secret ARN⟫
        TrustedHostKeys:
          - «sshpub:edequifaxhost:»  ⟪host public key⟫
  VerafinSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: transfer/verafin-upload
      SecretString: '{"Username":"tarnwell_fcu","Password":"«pwx:verafinsftp»"}'  ⟦password|literal SecretString with the Verafin SFTP password⟧
"""),
    ("infra/cfn/branch-vpn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN to the Jack Henry hosted core and two branch hubs (account 733190562481)
Resources:
  CoreCgw:
    Type: AWS::EC2::CustomerGateway
    Properties:
      BgpAsn: 65120
      IpAddress: 198.51.100.44
      Type: ipsec.1
  CoreVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: !Ref CoreCgw
      TransitGatewayId: tgw-04c9e1a7b35d82f60  ⟪transit gateway id⟫
      VpnTunnelOptionsSpecifications:
        - TunnelInsideCidr: 169.254.44.0/30
          PreSharedKey: «lo:24-psk1»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 1⟧
        - TunnelInsideCidr: 169.254.44.4/30
          PreSharedKey: «lo:24-psk2»  ⟦password|Site-to-Site VPN pre-shared key, tunnel 2⟧
  HubVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0b5e2d81c4a9f3e17
      TransitGatewayId: tgw-04c9e1a7b35d82f60
      VpnTunnelOptionsSpecifications:
        - PreSharedKeyStorage: SecretsManager  ⟪PSK kept in Secrets Manager⟫
"""),
    ("infra/cfn/ses-notices.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES identity and an SMTP user for the statement-notice mailer on the teller print server
Resources:
  NoticeSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-notices
      Policies:
        - PolicyName: send
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  NoticeSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref NoticeSmtpUser
Outputs:
  SmtpUser:
    Value: !Ref NoticeSmtpKey
  SmtpSecretRaw:
    Value: !GetAtt NoticeSmtpKey.SecretAccessKey  ⟪GetAtt of the secret, not a value⟫
  HandedToPrintVendor:
    Description: what was pasted into the print vendor's portal on 2026-02-11
    Value: «akid:sesnotice» / «sesv4:sesnotice»  ⟦aws-ses-smtp|SES SMTP user and password left in an Output⟧
"""),
    ("infra/cfn/warehouse.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: member data warehouse (Redshift Serverless, Glue) - account 907351248826
Resources:
  Namespace:
    Type: AWS::RedshiftServerless::Namespace
    Properties:
      NamespaceName: tmcu-dw
      AdminUsername: dwadmin
      AdminUserPassword: «pwl:dwadmin»  ⟦password|Redshift Serverless admin password⟧
      DbName: memberdw
  SymitarExtractConn:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '907351248826'
      ConnectionInput:
        Name: symitar-ods
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://ods.keel.internal:5432/ods
          USERNAME: glue_ods
          PASSWORD: «pwp:glueods»  ⟦password|Glue JDBC connection password⟧
  ArgusLoadJob:
    Type: AWS::Glue::Job
    Properties:
      Name: card-argus-load
      Role: arn:aws:iam::907351248826:role/glue-card
      Command:
        Name: glueetl
        ScriptLocation: s3://tmcu-dw-scripts/card_argus_load.py
      DefaultArguments:
        --PSCU_SFTP_USER: tarnwellfcu
        --PSCU_SFTP_PASSWORD: «symx:pscusftp»  ⟦password|card processor SFTP password in Glue DefaultArguments⟧
        --enable-metrics: 'true'
"""),
    ("infra/cfn/fraud-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fraud signals - EventBridge API destinations to Alloy and Socure, and to the Verafin webhook
Resources:
  AlloyConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: «alloy:token»  ⟦app-secret|Alloy workflow token used as the basic-auth user⟧
          Password: «alloy:secret»  ⟦app-secret|Alloy workflow secret⟧
  SocureConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: SocureApiKey «uuid:socure»  ⟦app-secret|Socure API key in an EventBridge connection⟧
  VerafinConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://api.verafin.com/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: tarnwell-fcu-events
            ClientSecret: '{{resolve:secretsmanager:fraud/verafin-oauth:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/codebuild-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild for the PowerOn specfile packager (account 250468193377)
Resources:
  SpecfileBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: poweron-specfiles
      ServiceRole: arn:aws:iam::250468193377:role/codebuild-poweron
      Artifacts: {Type: NO_ARTIFACTS}
      Source:
        Type: GITHUB
        Location: https://github.com/tarnwell-mutual/poweron-specfiles.git
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_SMALL
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: EPISYS_HOST
            Value: episys-uat.tarnwell.hosted
          - Name: EPISYS_SFTP_PASSWORD
            Type: PLAINTEXT
            Value: «symx:episysuat»  ⟦password|PLAINTEXT CodeBuild variable with the Episys SFTP password⟧
          - Name: SYMX_PROD_PASSWORD
            Type: SECRETS_MANAGER
            Value: keel/prod/symxchange:password  ⟪SECRETS_MANAGER reference⟫
          - Name: SONAR_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/sonar-token  ⟪PARAMETER_STORE reference⟫
"""),
    ("infra/cfn/pipeline-digital.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodePipeline for the member portal (v1 GitHub source, to be moved to CodeStar connections)
Resources:
  PortalPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::250468193377:role/codepipeline-portal
      ArtifactStore: {Type: S3, Location: tmcu-pipeline-250468193377}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: tarnwell-mutual
                Repo: ferrylight-portal
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub PAT as a CodePipeline v1 OAuthToken⟧
              OutputArtifacts: [{Name: src}]
        - Name: Build
          Actions:
            - Name: Build
              ActionTypeId: {Category: Build, Owner: AWS, Provider: CodeBuild, Version: '1'}
              Configuration: {ProjectName: ferrylight-portal}
              InputArtifacts: [{Name: src}]
"""),
    ("infra/cfn/portal-cdn.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: member portal CloudFront distribution with an origin-verify header and the Alkami SSO origin
Resources:
  PortalCdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [my.tarnwellmutual.org]
        Origins:
          - Id: portal-alb
            DomainName: portal-alb-1482093.us-east-2.elb.amazonaws.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:36-originverify»  ⟦app-secret|CloudFront origin-verify shared header⟧
        DefaultCacheBehavior:
          TargetOriginId: portal-alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 658327ea-f89d-4fab-a63d-7e88639e58f6  ⟪managed cache policy id⟫
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:614209837152:certificate/«uuid:acmportal»  ⟪ACM ARN⟫
          SslSupportMethod: sni-only
"""),
    ("infra/cfn/member-idp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: staff Cognito pool federated with Entra ID (OIDC) for the lending and contact-centre tools
Resources:
  StaffPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: tmcu-staff
  EntraIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref StaffPool
      ProviderName: EntraID
      ProviderType: OIDC
      ProviderDetails:
        client_id: «uuid:entraapp»  ⟪Entra application id⟫
        client_secret: «azad:cognito»  ⟦app-secret|Entra ID client secret in a Cognito IdP⟧
        oidc_issuer: https://login.microsoftonline.com/«uuid:entratenant»/v2.0
        authorize_scopes: openid email profile
        attributes_request_method: GET
"""),
    ("infra/cfn/docdb-notes.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: contact-centre member notes store (DocumentDB)
Resources:
  NotesCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      DBClusterIdentifier: cc-member-notes
      MasterUsername: notesadmin
      MasterUserPassword: ChangeMe2025!  ⟦?password|placeholder-looking literal deployed as the real master password⟧
      StorageEncrypted: true
      EngineVersion: '5.0.0'
"""),
    ("infra/cfn/branch-ssm-document.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document run on the teller PCs of every branch (hybrid activations)
Resources:
  TellerBaseline:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: tmcu-teller-baseline
      Content:
        schemaVersion: '2.2'
        description: local admin, Symitar Teller config, recycler service
        parameters:
          RecyclerPassword:
            type: String
            default: '{{ssm-secure:/branch/glory-service}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: baseline
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwc:telleradmin»' -AsPlainText -Force  ⟦password|local admin password in a StackSet SSM document⟧
                - Set-LocalUser -Name tmcuadmin -Password $pw
                - Set-Service -Name GloryFCC -StartupType Automatic
                - '& sc.exe config GloryFCC obj= ".\gloryfcc" password= "{{ RecyclerPassword }}"'  ⟪SSM parameter reference⟫
"""),
    ("infra/cfn/print-server.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: statement and notice print server (Windows, EC2) - joins tmcu.local
Resources:
  PrintServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c7d94b1e5a28f360  ⟪AMI id⟫
      InstanceType: m6i.large
      UserData:
        Fn::Base64: |
          <powershell>
          $cred = New-Object PSCredential('TMCU\svc-domainjoin', (ConvertTo-SecureString '«pwn:domainjoin»' -AsPlainText -Force))  ⟦password|domain-join password in EC2 UserData⟧
          Add-Computer -DomainName tmcu.local -Credential $cred -Restart
          [Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID', '«akid:printsrv»', 'Machine')  ⟦aws-key-id|key id set in UserData⟧
          [Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY', '«awssec:printsrv»', 'Machine')  ⟦aws-secret|secret set in UserData⟧
          </powershell>
"""),
    ("infra/cfn/datasync-imaging.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the branch check-imaging share (Windows) to S3
Resources:
  ImagingSmb:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: img01.tmcu.local
      Subdirectory: /CheckImages
      User: svc-datasync
      Domain: TMCU
      Password: «pwx:datasyncsmb»  ⟦password|DataSync SMB password⟧
      AgentArns:
        - arn:aws:datasync:us-east-2:907351248826:agent/agent-0f3c8e17a9b2d4c65
"""),
    ("infra/cfn/iot-atm-telemetry.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ATM fleet telemetry - IoT rule forwarding cassette and fault events to the ATM monitoring vendor
Resources:
  AtmFaultRule:
    Type: AWS::IoT::TopicRule
    Properties:
      TopicRulePayload:
        Sql: SELECT * FROM 'tmcu/atm/+/fault'
        Actions:
          - Http:
              Url: https://ingest.atmwatch-vendor.net/v2/events
              Headers:
                - Key: x-api-key
                  Value: «b62:40-atmwatch»  ⟦app-secret|ATM monitoring vendor ingest key in an IoT HTTP action⟧
          - Http:
              Url: https://hooks.tarnwellmutual.org/atm
              Headers:
                - Key: Authorization
                  Value: ${get_secret('atm/hook-token', 'SecretString', '', 'arn:aws:iam::382716504938:role/iot-secret')}  ⟪IoT get_secret()⟫
"""),
    ("infra/cfn/stepfn-wires.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: outgoing wire approval workflow (dual control) calling the wire platform over HTTPS
Resources:
  WireApproval:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      RoleArn: arn:aws:iam::382716504938:role/sfn-wires
      Definition:
        StartAt: Callback
        States:
          Callback:
            Type: Task
            Resource: arn:aws:states:::http:invoke
            Parameters:
              ApiEndpoint: https://wires.weir.internal/api/approvals
              Method: POST
              Headers:
                Authorization: Bearer «b62:44-wireplatform»  ⟦app-secret|static bearer token in a Step Functions http:invoke⟧
              Authentication:
                ConnectionArn: arn:aws:events:us-east-2:382716504938:connection/wires/«uuid:wireconn»  ⟪connection ARN⟫
            End: true
"""),
    ("infra/cfn/lending-db.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: millrace loan origination - Aurora MySQL for MeridianLink decision exports
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
Resources:
  LendingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: mysql
      DBInstanceClass: db.t4g.large
      AllocatedStorage: '200'
      MasterUsername: millrace
      MasterUserPassword: !Ref DbPassword  ⟪Ref of a NoEcho parameter⟫
      ManageMasterUserPassword: false
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: '100'
      MasterUsername: lendrpt
      ManageMasterUserPassword: true  ⟪RDS-managed password⟫
"""),
    ("infra/cfn/lending-db.params.yaml", r"""
# deploy: aws cloudformation deploy --parameter-overrides $(cat lending-db.params.yaml | yq ...)
Env: prod
DbPassword: «pw:millracedb»  ⟦password|parameter overrides file with the lending DB password⟧
AlertTopic: arn:aws:sns:us-east-2:382716504938:lending-alerts
"""),
    ("infra/sam/ach-returns/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: weir - ACH return and NOC processor (reads FedLine files landed in S3)
Parameters:
  CatalystApiKey:
    Type: String
    NoEcho: true
  SettlementDbPassword:
    Type: String
    NoEcho: true
    Default: «pwn:settledb»  ⟦password|SAM NoEcho Default⟧
Resources:
  ReturnsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: returns.handler
      CodeUri: src/
      Environment:
        Variables:
          CATALYST_API_KEY: !Ref CatalystApiKey  ⟪Ref of a NoEcho parameter⟫
          ODFI_ROUTING: '«routing:odfi»'  ⟪routing number, public⟫
          SLACK_WEBHOOK: «slackhook:achreturns»  ⟦slack|Slack webhook in SAM env⟧
"""),
    ("infra/sam/ach-returns/samconfig.toml", r"""
version = 0.1
[default.deploy.parameters]
stack_name = "weir-ach-returns"
resolve_s3 = true
s3_prefix = "weir-ach-returns"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "CatalystApiKey=«b62:32-catalyst» SettlementDbPassword=«pwn:settledb»"  ⟦app-secret|samconfig parameter_overrides with the Catalyst key and the DB password⟧
image_repositories = []
"""),
    ("infra/sam/zelle-bridge/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: weir - Zelle (Early Warning) bridge; mTLS client cert from ACM PCA, API credentials from SSM
Parameters:
  EwsClientSecret:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /weir/zelle/ews-client-secret  ⟪SSM parameter type⟫
Resources:
  ZelleFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: org.tarnwell.weir.zelle.Handler
      CodeUri: build/zelle.jar
      Environment:
        Variables:
          EWS_CLIENT_ID: tarnwell-fcu-prod
          EWS_CLIENT_SECRET: !Ref EwsClientSecret
          EWS_KEYSTORE_PASSWORD: «pwr:zellekeystore»  ⟦password|Java keystore password in SAM env⟧
"""),
    ("infra/sam/zelle-bridge/samconfig.yaml", r"""
version: 0.1
prod:
  deploy:
    parameters:
      stack_name: weir-zelle-bridge
      region: us-east-2
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - EwsClientSecret=/weir/zelle/ews-client-secret  ⟪SSM parameter name⟫
        - AlertEmail=payments-oncall@tarnwellmutual.org
uat:
  deploy:
    parameters:
      stack_name: weir-zelle-bridge-uat
      region: us-east-2
      parameter_overrides:
        - EwsClientSecret=/weir-uat/zelle/ews-client-secret
"""),
    ("infra/sam/remote-deposit/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ferrylight - mobile remote deposit capture; forwards check images to the RDC vendor
Resources:
  RdcFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: rdc.handler
      CodeUri: dist/
      Environment:
        Variables:
          RDC_VENDOR_URL: https://rdc.ensenta-gw.net/api/v3
          RDC_USERNAME: tarnwell_mrdc
          RDC_PASSWORD: «bureau:rdc»  ⟦password|remote deposit vendor password in SAM env⟧
          RDC_CLIENT_KEY: «uhex:32-rdckey»  ⟦app-secret|remote deposit vendor client key⟧
          IMAGE_BUCKET: tmcu-rdc-images-614209837152
"""),
    ("infra/serverless/billpay/serverless.yml", r"""
service: weir-billpay-sso
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prod'}  ⟪option reference⟫
  environment:
    IPAY_SSO_URL: https://sso.ipaysolutions.com/tarnwell
    IPAY_SSO_SHARED_KEY: «ssoshared:ipay»  ⟦app-secret|bill-pay SSO shared key in serverless.yml⟧
    IPAY_SITE_ID: '4471'
    PORTAL_DB_PASSWORD: ${ssm:/ferrylight/portal-db-password}  ⟪ssm reference⟫
functions:
  sso:
    handler: handler.sso
    events:
      - httpApi: 'POST /billpay/sso'
"""),
    ("infra/serverless/alerts/serverless.yml", r"""
service: ferrylight-member-alerts
frameworkVersion: '3'
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    TWILIO_ACCOUNT_SID: «twac:alerts»  ⟪Twilio account SID, an identifier⟫
    TWILIO_AUTH_TOKEN: «hex:32-twilioalerts»  ⟦app-secret|Twilio auth token in serverless.yml⟧
    SENDGRID_API_KEY: «sg:alerts»  ⟦app-secret|SendGrid key in serverless.yml⟧
    ALERT_FROM: alerts@tarnwellmutual.org
functions:
  lowBalance:
    handler: alerts.low_balance
    events:
      - sqs: arn:aws:sqs:us-east-2:614209837152:low-balance
"""),
    ("infra/serverless/loan-docs/serverless.ts", r"""
import type { AWS } from '@serverless/typescript';

const config: AWS = {
  service: 'millrace-loan-docs',
  frameworkVersion: '3',
  provider: {
    name: 'aws',
    runtime: 'nodejs20.x',
    region: 'us-east-2',
    environment: {
      DOCUSIGN_INTEGRATION_KEY: '«docusign:intkey»',  ⟪DocuSign integration key, an identifier⟫
      DOCUSIGN_USER_ID: '«uuid:dsuser»',
      DOCUSIGN_ACCOUNT_ID: '«uuid:dsaccount»',
      DOCUSIGN_SECRET_KEY: '«uuid:dssecret»',  ⟦app-secret|DocuSign secret key in serverless.ts⟧
      DOCUSIGN_RSA_KEY_SECRET: '${ssm:/millrace/docusign/rsa-key}',  ⟪ssm reference⟫
    },
  },
  functions: {
    envelope: { handler: 'src/envelope.handler', events: [{ sqs: 'arn:aws:sqs:us-east-2:382716504938:loan-docs' }] },
  },
};

module.exports = config;
"""),
    ("infra/ecs/keel-api.taskdef.json", r"""
{
  "family": "keel-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::382716504938:role/keel-exec",
  "containerDefinitions": [
    {
      "name": "keel-api",
      "image": "250468193377.dkr.ecr.us-east-2.amazonaws.com/keel-api@sha256:«sha256:keelimg»",  ⟪image digest⟫
      "environment": [
        {"name": "SYMX_ENDPOINT", "value": "https://symx.tarnwell.episys.hosted:42443/SymXchange/2.0"},
        {"name": "SYMX_DEVICE_NUMBER", "value": "20401"},
        {"name": "SYMX_DEVICE_PASSWORD", "value": "«symx:keeldevice»"},  ⟦password|SymXchange device password in ECS env⟧
        {"name": "JOURNAL_DB_URL", "value": "postgresql://keel_app:«pct:pwx:keelapp»@keel-journal.cluster-cq4z8m1wfx3b.us-east-2.rds.amazonaws.com:5432/keel_journal"},  ⟦conn-string|Postgres URL with password in ECS env⟧
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"}
      ],
      "secrets": [
        {"name": "RABBIT_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:382716504938:secret:keel/mq-app-«b62:6-mqapp»"}  ⟪valueFrom⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/slate-hsm-proxy.taskdef.json", r"""
{
  "family": "slate-hsm-proxy",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "hsm-proxy",
      "image": "250468193377.dkr.ecr.us-east-2.amazonaws.com/slate-hsm-proxy:2.4.0",
      "environment": [
        {"name": "PAYSHIELD_HOST", "value": "10.40.8.21"},
        {"name": "PAYSHIELD_PORT", "value": "1500"},
        {"name": "PAYSHIELD_HEADER", "value": "TMCU"},
        {"name": "ZPK_UNDER_LMK", "value": "«lmk:zpk»"},  ⟪key encrypted under the LMK, a cryptogram⟫
        {"name": "PVK_UNDER_LMK", "value": "«lmk:pvk»"},
        {"name": "PROXY_ADMIN_PASSWORD", "value": "«pwl:hsmproxy»"}  ⟦password|HSM proxy admin password in ECS env⟧
      ]
    }
  ]
}
"""),
    ("infra/ecs/recon.taskdef.yaml", r"""
family: weir-recon
networkMode: awsvpc
requiresCompatibilities: [FARGATE]
cpu: '512'
memory: '1024'
executionRoleArn: arn:aws:iam::382716504938:role/weir-exec
containerDefinitions:
  - name: recon
    image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/weir-recon:1.19.2
    environment:
      - name: CATALYST_SFTP_HOST
        value: sftp.catalystcorp.org
      - name: CATALYST_SFTP_USER
        value: tarnwell_settle
      - name: CATALYST_SFTP_PASSWORD
        value: «bureau:catalystsftp»  ⟦password|corporate CU settlement SFTP password in ECS YAML⟧
      - name: GL_DB_PASSWORD
        valueFrom: arn:aws:ssm:us-east-2:382716504938:parameter/weir/gl-db-password  ⟪valueFrom SSM⟫
"""),
    ("infra/ecs/contact-recorder.taskdef.json", r"""
{
  "family": "calabrio-bridge",
  "containerDefinitions": [
    {
      "name": "bridge",
      "image": "250468193377.dkr.ecr.us-east-2.amazonaws.com/calabrio-bridge:0.9.7",
      "environment": [
        {"name": "CALABRIO_TENANT", "value": "tarnwell"},
        {"name": "CALABRIO_API_KEY", "value": "«b62:40-calabrio»"},  ⟦app-secret|Calabrio API key in ECS env⟧
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:calabrio»"},  ⟦aws-key-id|static key id in an ECS task definition⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:calabrio»"},  ⟦aws-secret|static secret in an ECS task definition⟧
        {"name": "AWS_REGION", "value": "us-east-2"}
      ]
    }
  ]
}
"""),
    ("infra/lambda/statement-render.config.json", r"""
{
  "FunctionName": "statement-render",
  "Runtime": "java21",
  "Role": "arn:aws:iam::907351248826:role/statement-render",
  "Handler": "org.tarnwell.statements.Render::handle",
  "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
  "Environment": {
    "Variables": {
      "PRINT_VENDOR_SFTP": "sftp.printmail-partner.com",
      "PRINT_VENDOR_USER": "tmcu_stmt",
      "PRINT_VENDOR_PASSWORD": "«pwp:printvendor»",  ⟦password|print vendor password in a Lambda configuration⟧
      "PDF_OWNER_PASSWORD": "«pwr:pdfowner»"  ⟦password|PDF owner password for member statements⟧
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-2:907351248826:key/«uuid:kmsstmt»"
}
"""),
    ("infra/lambda/dispute-intake.config.json", r"""
{
  "FunctionName": "dispute-intake",
  "Runtime": "python3.12",
  "Handler": "intake.handler",
  "Environment": {
    "Variables": {
      "ZENDESK_SUBDOMAIN": "tarnwellmutual",
      "ZENDESK_EMAIL": "disputes@tarnwellmutual.org/token",
      "ZENDESK_API_TOKEN": "«zendesk:disputes»",  ⟦app-secret|Zendesk API token in a Lambda configuration⟧
      "SENTRY_DSN": "«sentrynew:disputes»"  ⟪modern Sentry DSN, public⟫
    }
  },
  "RevisionId": "«uuid:disprev»"
}
"""),
    ("infra/lambda/lex-fulfilment.config.json", r"""
{
  "FunctionName": "ivr-lex-fulfilment",
  "Runtime": "nodejs20.x",
  "Environment": {
    "Variables": {
      "CORE_LOOKUP_URL": "https://keel.internal/api/v1/members",
      "CORE_LOOKUP_TOKEN": "{{resolve:secretsmanager:keel/ivr-token}}",  ⟪dynamic reference⟫
      "OPENAI_API_KEY": "«oai:lex»"  ⟦openai|OpenAI key in a Lambda configuration⟧
    }
  }
}
"""),
]
