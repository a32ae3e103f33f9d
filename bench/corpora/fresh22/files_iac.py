"""fresh22 templates, AWS infrastructure as code (Marwick Hale Tennant LLP): CloudFormation YAML and JSON,
parameter files, StackSets, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations,
Step Functions, AppFlow, Transfer Family, Site-to-Site VPN, Directory Service and WorkSpaces, Terraform and
tfvars, Terragrunt, CDK (TypeScript, Python, Java, C#) and Pulumi.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/dms-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  folio-dms-bridge - keeps iManage Work (London, Frankfurt, Paris) and NetDocuments (New York, Sao Paulo)
  workspaces in step with matters opened in Intapp. Aurora PostgreSQL, ECS Fargate, Amazon MQ (RabbitMQ).
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, uat]
  IntappWebhookSecret:
    Type: String
    NoEcho: true
Resources:
  BridgeDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: foliobridge
      MasterUsername: folio_admin
      MasterUserPassword: «pwc:foliodb»  ⟦password|Aurora PostgreSQL master password, firm name + digits⟧
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:418305927614:key/«uuid:kmsfolio»  ⟪KMS key ARN⟫
      Tags:
        - Key: practice-system
          Value: dms
        - Key: data-class
          Value: client-confidential
  MatterEvents:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub folio-events-${Env}
      EngineType: RABBITMQ
      EngineVersion: 3.13.7
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: folio-publisher
          Password: «pw:foliomq»  ⟦password|Amazon MQ user password, season + year⟧
  WorkspaceSyncFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: !Sub folio-workspace-sync-${Env}
      Runtime: python3.12
      Handler: sync.handler
      Role: !Sub arn:aws:iam::${AWS::AccountId}:role/folio-sync
      Code:
        S3Bucket: mht-artifacts-375920184463
        S3Key: folio/workspace-sync-4.2.0.zip
      Environment:
        Variables:
          IMANAGE_URL: https://dms.mhtlaw.com/work/api/v2
          IMANAGE_CLIENT_ID: folio-bridge
          IMANAGE_CLIENT_SECRET: «b62:32-imanagesec»  ⟦app-secret|iManage Work API client secret in Lambda env⟧
          NETDOCS_REPOSITORY: CA-«up:8-ndcab»
          NETDOCS_CLIENT_SECRET: '{{resolve:secretsmanager:folio/netdocs:SecretString:client_secret}}'  ⟪dynamic reference⟫
          INTAPP_WEBHOOK_SECRET: !Ref IntappWebhookSecret  ⟪Ref of a NoEcho parameter without Default⟫
  IntappSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub folio/${Env}/intapp-webhook
      SecretString: !Sub '{"secret":"${IntappWebhookSecret}"}'  ⟪Sub of a NoEcho parameter⟫
"""),
    ("infra/cfn/ediscovery-workers.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: sieve - Nuix processing workers (Windows Server 2022) for the e-discovery account 629174038552
Parameters:
  WorkerAmi:
    Type: AWS::EC2::Image::Id
    Default: ami-0c4d8e2f17a93b605  ⟪AMI id⟫
  WorkerCount:
    Type: Number
    Default: 6
Resources:
  WorkerLaunchTemplate:
    Type: AWS::EC2::LaunchTemplate
    Properties:
      LaunchTemplateName: nuix-worker
      LaunchTemplateData:
        ImageId: !Ref WorkerAmi
        InstanceType: r6i.8xlarge
        IamInstanceProfile:
          Name: nuix-worker
        UserData:
          Fn::Base64: !Sub |
            <powershell>
            $ErrorActionPreference = 'Stop'
            net user mhtadmin «pwcity:nuixlocal» /add  ⟦password|net user local admin password in EC2 UserData⟧
            net localgroup Administrators mhtadmin /add
            $env:NUIX_LICENCE_SERVER = 'nms.ediscovery.mhtlaw.internal:27443'
            $env:NUIX_LICENCE_USER = 'sieve-worker'
            $env:NUIX_LICENCE_PASSWORD = '«pwx:nuixnms»'  ⟦password|Nuix Management Server licence password in UserData⟧
            [Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID', '«akid:nuixexport»', 'Machine')  ⟦aws-key-id|key id set as a machine environment variable⟧
            [Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY', '«awssec:nuixexport»', 'Machine')  ⟦aws-secret|secret set as a machine environment variable⟧
            $dbPw = (Get-SSMParameterValue -Name /sieve/worker/sql -WithDecryption $true).Parameters[0].Value  ⟪SSM lookup at boot⟫
            & C:\Nuix\worker-agent\install.ps1 -Broker ${AWS::Region}
            </powershell>
        TagSpecifications:
          - ResourceType: instance
            Tags:
              - Key: Name
                Value: nuix-worker
              - Key: matter-data
                Value: 'true'
"""),
    ("infra/cfn/relativity-sql.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Relativity Server databases (SQL Server Enterprise on RDS) and the e-discovery AD domain
Resources:
  RelativityDomain:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: ediscovery.mhtlaw.internal
      ShortName: MHTED
      Edition: Enterprise
      Password: «pwl:edad»  ⟦password|Managed Microsoft AD admin password, leetspeak⟧
      VpcSettings:
        VpcId: vpc-0a9e41c7d2b38f560  ⟪VPC id⟫
        SubnetIds: [subnet-04c1d7e9a2b36f8a1, subnet-0e93b5c1d7a2f4e60]
  PrimarySql:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-ee
      EngineVersion: 15.00.4395.2.v1
      DBInstanceClass: db.r6i.4xlarge
      LicenseModel: license-included
      MasterUsername: rel_admin
      MasterUserPassword: '{{resolve:secretsmanager:sieve/relativity/sa:SecretString:password}}'  ⟪dynamic reference⟫
      Domain: !Ref RelativityDomain
      DomainIAMRoleName: rds-directory-access
  WorkerSql:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      DBInstanceClass: db.m6i.2xlarge
      MasterUsername: rel_worker
      ManageMasterUserPassword: true  ⟪managed master password⟫
"""),
    ("infra/cfn/workspaces-lawyers.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Amazon WorkSpaces for contract reviewers and secondees (AD Connector to MHTLAW)
Parameters:
  ConnectorServiceAccount:
    Type: String
    Default: svc-adconnector
  ConnectorPassword:
    Type: String
    NoEcho: true
    Default: «pwx:adconnector»  ⟦password|NoEcho parameter with a literal Default⟧
  ReviewerBundle:
    Type: String
    Default: wsb-«lo:9-wsbundle»  ⟪WorkSpaces bundle id⟫
Resources:
  ConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: workspaces/ad-connector
      SecretString: !Sub '{"username":"${ConnectorServiceAccount}","password":"${ConnectorPassword}"}'
  ReviewerPool:
    Type: AWS::WorkSpaces::Workspace
    Properties:
      BundleId: !Ref ReviewerBundle
      DirectoryId: d-9067«lo:6-wsdir»  ⟪directory id⟫
      UserName: reviewer01
      WorkspaceProperties:
        RunningMode: AUTO_STOP
"""),
    ("infra/cfn/docketing-api.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: docketeer - court e-filing and docketing (PACER/CM-ECF, CourtAlert, Tyler EFSP, UK CE-File)
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
    MemorySize: 512
Resources:
  PacerPollerFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: pacer.poll
      CodeUri: src/
      Environment:
        Variables:
          PACER_LOGIN_URL: https://pacer.login.uscourts.gov/services/cso-auth
          PACER_USERNAME: mhtdocket01
          PACER_PASSWORD: «pwl:pacer»  ⟦password|PACER account password in Lambda env⟧
          PACER_CLIENT_CODE: LIT-GEN-0001
          COURTALERT_API_KEY_PARAM: /docketeer/courtalert/api-key  ⟪parameter name⟫
      Events:
        Every15:
          Type: Schedule
          Properties:
            Schedule: rate(15 minutes)
  EfileFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: efile.submit
      CodeUri: src/
      Environment:
        Variables:
          TYLER_EFSP_URL: https://il.tylertech.cloud/EFM/EFMUserService.svc
          TYLER_EFSP_CLIENT_TOKEN: «uuid:tylertoken»  ⟦app-secret|Tyler EFSP client token in Lambda env⟧
          CE_FILE_PASSWORD: '{{resolve:ssm-secure:/docketeer/cefile/password}}'  ⟪ssm-secure dynamic reference⟫
          CE_FILE_USERNAME: mht-litigation-ldn
          FILING_BUCKET: mht-efiling-418305927614
"""),
    ("infra/cfn/esign.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: signet - DocuSign and Adobe Acrobat Sign envelopes for engagement letters and closing sets
Parameters:
  DocuSignIntegrationKey:
    Type: String
    Default: «uuid:dsik»  ⟪DocuSign integration key, a client id⟫
  DocuSignUserId:
    Type: String
  AdobeSignRefreshToken:
    Type: String
    NoEcho: true
Resources:
  EnvelopeFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/envelope.handler
      CodeUri: ./
      Environment:
        Variables:
          DS_INTEGRATION_KEY: !Ref DocuSignIntegrationKey
          DS_USER_ID: !Ref DocuSignUserId
          DS_ACCOUNT_BASE: https://eu.docusign.net/restapi
          DS_PRIVATE_KEY_SECRET: arn:aws:secretsmanager:eu-west-2:418305927614:secret:signet/docusign-rsa-«b62:6-dsrsa»  ⟪Secrets Manager ARN⟫
          DS_CONNECT_HMAC_KEY: «b64k:32-dsconnect»  ⟦app-secret|DocuSign Connect HMAC key in Lambda env⟧
          ADOBE_SIGN_CLIENT_ID: CBJCHBCAABAA«b62:32-adobeid»  ⟪Acrobat Sign client id⟫
          ADOBE_SIGN_CLIENT_SECRET: «b62:32-adobesec»  ⟦app-secret|Acrobat Sign client secret in Lambda env⟧
          ADOBE_SIGN_REFRESH_TOKEN: !Ref AdobeSignRefreshToken
"""),
    ("infra/cfn/esign.params.json", r"""
[
  {"ParameterKey": "DocuSignIntegrationKey", "ParameterValue": "«uuid:dsik»"},
  {"ParameterKey": "DocuSignUserId", "ParameterValue": "«uuid:dsuser»"},  ⟪DocuSign API user GUID⟫
  {"ParameterKey": "AdobeSignRefreshToken", "ParameterValue": "3AAABL«b62:80-adoberefresh»"}  ⟦app-secret|Acrobat Sign refresh token in a parameter file⟧
]
"""),
    ("infra/cfn/trust-ledger.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  escrowline - client trust (IOLTA / solicitors' client account) ledger. Three-way reconciliation against
  bank statements (BAI2, camt.053), positive pay to the bank over SFTP, Plaid for client refunds.
Parameters:
  LedgerDbPassword:
    Type: String
    NoEcho: true
    MinLength: 20
Resources:
  LedgerDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-mysql
      MasterUsername: ledger_admin
      MasterUserPassword: !Ref LedgerDbPassword  ⟪Ref of a NoEcho parameter⟫
      BackupRetentionPeriod: 35
      DeletionProtection: true
  ReconTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: escrowline-recon
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: recon
          Image: 375920184463.dkr.ecr.us-east-1.amazonaws.com/escrowline/recon@sha256:«sha256:reconimg»  ⟪image digest⟫
          Environment:
            - {Name: PLAID_CLIENT_ID, Value: «hex:24-plaidid»}  ⟪Plaid client id⟫
            - {Name: PLAID_SECRET, Value: «plaid:prod»}  ⟦app-secret|Plaid production secret in ECS env⟧
            - {Name: PLAID_ENV, Value: production}
            - {Name: IOLTA_ACCOUNT_MASKED, Value: '******4471'}  ⟪masked account number⟫
          Secrets:
            - Name: BANK_API_CERT_PASSWORD
              ValueFrom: arn:aws:ssm:us-east-1:418305927614:parameter/escrowline/bank/p12-password  ⟪SSM parameter ARN⟫
  PositivePayConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://positivepay.treasury-bank.com:22
      AccessRole: arn:aws:iam::418305927614:role/escrowline-transfer
      SftpConfig:
        UserSecretId: !Ref PositivePaySecret
        TrustedHostKeys:
          - ssh-ed25519 «b64k:32-pphostkey»  ⟪host public key⟫
  PositivePaySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/c-positivepay
      SecretString: '{"Username":"MHTLLP_PP","Password":"«pwx:positivepay»"}'  ⟦password|SFTP connector password in a literal SecretString⟧
"""),
    ("infra/cfn/trust-ledger.params.json", r"""
[
  {
    "ParameterKey": "LedgerDbPassword",
    "ParameterValue": "«pwn:ledgerdb»"  ⟦password|parameter file password, first name + year⟧
  }
]
"""),
    ("infra/cfn/sftp-clients.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: courier - SFTP for clients and counterparties (Transfer Family), account 851046273390
Resources:
  CourierServer:
    Type: AWS::Transfer::Server
    Properties:
      Domain: S3
      EndpointType: PUBLIC
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
  ClientUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt CourierServer.ServerId
      UserName: client-aldergrove-capital
      Role: arn:aws:iam::851046273390:role/courier-client
      HomeDirectory: /mht-courier-851046273390/aldergrove
      SshPublicKeys:
        - «sshpub:edaldergrove:aldergrove-ops»  ⟪SSH public key⟫
  CounselConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/c-local-counsel-sg
      Description: SFTP to Singapore local counsel data room
      SecretString: '{"Username":"mht-sg","PrivateKey":"«jsonesc:pem:pkcs1:rsalocalsg»"}'  ⟦private-key|JSON-escaped PEM in a literal SecretString⟧
"""),
    ("infra/cfn/km-search.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "lodestar - knowledge-management search (precedents, know-how, matter profiles)",
  "Resources": {
    "SearchDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "lodestar-prod",
        "EngineVersion": "OpenSearch_2.15",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "lodestar-admin",
            "MasterUserPassword": "«pwl:lodestar»"  ⟦password|OpenSearch master password in CloudFormation JSON⟧
          }
        },
        "EncryptionAtRestOptions": {"Enabled": true}
      }
    },
    "CoveoIndexerFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Runtime": "python3.12",
        "Handler": "push.handler",
        "Role": "arn:aws:iam::418305927614:role/lodestar-indexer",
        "Code": {"S3Bucket": "mht-artifacts-375920184463", "S3Key": "lodestar/coveo-push-1.8.3.zip"},
        "Environment": {
          "Variables": {
            "COVEO_ORG_ID": "marwickhaletennantllp«lo:8-coveoorg»",
            "COVEO_PUSH_API_KEY": "«coveo:push»",  ⟦app-secret|Coveo push API key in Lambda env (JSON)⟧
            "COVEO_SEARCH_TOKEN_ENDPOINT": "https://platform-eu.cloud.coveo.com/rest/search/v2/token",
            "SEARCH_ENDPOINT": "https://search-lodestar-prod-«lo:26-osdom».eu-west-2.es.amazonaws.com"  ⟪OpenSearch endpoint id⟫
          }
        }
      }
    }
  }
}
"""),
    ("infra/cfn/ai-drafting.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: quillon - AI drafting assistant (clause suggestions, first drafts, precedent retrieval)
Resources:
  DraftFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: draft.handler
      CodeUri: src/
      Timeout: 120
      Environment:
        Variables:
          BEDROCK_MODEL_ARN: arn:aws:bedrock:eu-west-2::foundation-model/anthropic.claude-3-5-sonnet-20240620-v1:0  ⟪model ARN⟫
          OPENAI_API_KEY: «oai:quillon»  ⟦openai|OpenAI project key in SAM env⟧
          PINECONE_API_KEY: «pcsk:quillon»  ⟦app-secret|Pinecone API key in SAM env⟧
          PINECONE_INDEX: precedents-3072
          LANGSMITH_API_KEY: '{{resolve:ssm-secure:/quillon/langsmith}}'
          COHERE_RERANK_KEY: '{{resolve:secretsmanager:quillon/cohere:SecretString:key}}'  ⟪dynamic reference⟫
          AZURE_OPENAI_ENDPOINT: https://mht-drafting-uks.openai.azure.com/
          AZURE_OPENAI_KEY: «hex:32-azoai»  ⟦app-secret|Azure OpenAI key in SAM env⟧
"""),
    ("infra/cfn/video-rooms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Meeting-room telemetry - Zoom Rooms and Poly device events to the service desk
Resources:
  ZoomConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: zoom-s2s
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://zoom.us/oauth/token
          HttpMethod: POST
          ClientParameters:
            ClientID: «zoomid:s2sclient»  ⟪Zoom client id⟫
            ClientSecret: «zoomsec:s2s»  ⟦app-secret|Zoom Server-to-Server OAuth secret in an EventBridge connection⟧
          OAuthHttpParameters:
            BodyParameters:
              - Key: account_id
                Value: «zoomid:s2saccount»  ⟪Zoom account id⟫
  PolyLensConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: poly-lens
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: mht-lens-api
          Password: «pwr:polylens»  ⟦password|EventBridge basic-auth connection password⟧
  ServiceNowConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: servicenow-incidents
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-sn-apikey
          ApiKeyValue: '{{resolve:secretsmanager:events/servicenow:SecretString:apikey}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/codebuild-ledgerline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CI for ledgerline (Elite 3E and Aderant billing integrations, .NET 8)
Resources:
  LedgerlineBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: ledgerline-ci
      ServiceRole: arn:aws:iam::375920184463:role/codebuild-ledgerline
      Source:
        Type: GITHUB
        Location: https://github.com/marwickhale/ledgerline.git
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: WINDOWS_SERVER_2019_CONTAINER
        ComputeType: BUILD_GENERAL1_LARGE
        Image: aws/codebuild/windows-base:2019-3.0
        EnvironmentVariables:
          - Name: NUGET_FEED
            Value: https://pkgs.dev.azure.com/marwickhale/_packaging/elite-sdk/nuget/v3/index.json
          - Name: NUGET_PAT
            Type: PLAINTEXT
            Value: «gpat:nugetledger»  ⟦app-secret|Azure DevOps PAT as a PLAINTEXT CodeBuild variable⟧
          - Name: SONAR_TOKEN
            Type: PLAINTEXT
            Value: «sqp:ledgerline»  ⟦sonarqube|SonarQube token as a PLAINTEXT CodeBuild variable⟧
          - Name: ELITE_TS_PASSWORD
            Type: SECRETS_MANAGER
            Value: ledgerline/ci/elite-ts:password  ⟪Secrets Manager reference⟫
          - Name: ADERANT_API_KEY
            Type: PARAMETER_STORE
            Value: /ledgerline/ci/aderant-api-key  ⟪Parameter Store reference⟫
"""),
    ("infra/cfn/codepipeline-extranet.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: vestibule client extranet - pipeline (legacy GitHub v1 source, to be moved to CodeConnections)
Resources:
  ExtranetPipeline:
    Type: AWS::CodePipeline::Pipeline
    Properties:
      RoleArn: arn:aws:iam::375920184463:role/codepipeline-vestibule
      ArtifactStore: {Type: S3, Location: mht-pipeline-375920184463}
      Stages:
        - Name: Source
          Actions:
            - Name: GitHub
              ActionTypeId: {Category: Source, Owner: ThirdParty, Provider: GitHub, Version: '1'}
              Configuration:
                Owner: marwickhale
                Repo: vestibule
                Branch: main
                OAuthToken: «ghp:pipelinev1»  ⟦github|GitHub token as a CodePipeline v1 OAuthToken⟧
              OutputArtifacts: [{Name: src}]
        - Name: SourceNew
          Actions:
            - Name: Connection
              ActionTypeId: {Category: Source, Owner: AWS, Provider: CodeStarSourceConnection, Version: '1'}
              Configuration:
                ConnectionArn: arn:aws:codeconnections:eu-west-2:375920184463:connection/«uuid:cconn»  ⟪connection ARN⟫
                FullRepositoryId: marwickhale/vestibule
                BranchName: main
              OutputArtifacts: [{Name: src2}]
"""),
    ("infra/cfn/print-fleet.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: PaperCut MF application server (print and scan fleet, all offices) and scan-to-email over SES
Resources:
  PaperCutHost:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-07a1e3c9d5b2f4086  ⟪AMI id⟫
      InstanceType: m6i.xlarge
      UserData:
        Fn::Base64: |
          #!/bin/bash
          set -euo pipefail
          cat > /home/papercut/server/server.properties <<'PROPS'
          database.type=PostgreSQL
          database.url=jdbc:postgresql://papercut.cluster-c2k8s1mz7d4q.eu-west-2.rds.amazonaws.com/papercut
          database.username=papercut
          database.password=«pwp:papercutdb»  ⟦password|PaperCut database password in EC2 UserData⟧
          auth.webservices.auth-token=«b62:32-papercutws»  ⟦app-secret|PaperCut web-services auth token in UserData⟧
          PROPS
          /home/papercut/server/bin/linux-x64/setperms
  ScanMailer:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-mfp-scan
      Policies:
        - PolicyName: ses-send
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ses:SendRawEmail
                Resource: '*'
  ScanMailerKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref ScanMailer
Outputs:
  SmtpUser:
    Value: !Ref ScanMailerKey
  SmtpSecretAccessKey:
    Value: !GetAtt ScanMailerKey.SecretAccessKey  ⟪GetAtt of a secret access key⟫
"""),
    ("infra/cfn/mfp-smtp-secret.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP credential for the Ricoh and Konica Minolta scan-to-email fleet (copied from the console)
Resources:
  MfpSmtpSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: print/mfp-ses-smtp
      SecretString: |
        {
          "host": "email-smtp.eu-west-2.amazonaws.com",
          "port": 587,
          "smtp_username": "«akid:mfpsmtp»",  ⟦aws-key-id|SES SMTP user name (a key id) in a SecretString⟧
          "smtp_password": "«sesv4:mfpsmtp»"  ⟦aws-ses-smtp|SES SMTP password in a SecretString⟧
        }
"""),
    ("infra/cfn/dictation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: scribe - dictation (BigHand, Philips SpeechLive) and transcription (Amazon Transcribe, Rev.ai)
Resources:
  ScribeTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: scribe-router
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '512'
      Memory: '1024'
      ContainerDefinitions:
        - Name: router
          Image: 375920184463.dkr.ecr.eu-west-2.amazonaws.com/scribe/router:2.11.4
          Environment:
            - Name: BIGHAND_DB
              Value: Server=bighand-sql.mhtlaw.internal,1433;Database=BigHand;User Id=bh_router;Password=«pwx:bighandsql»;Encrypt=True  ⟦conn-string|SQL Server connection string in ECS env⟧
            - Name: REVAI_ACCESS_TOKEN
              Value: «revai:scribe»  ⟦app-secret|Rev.ai access token in ECS env⟧
            - Name: SPEECHLIVE_API_USER
              Value: api.mht@speechlive.com
            - Name: TRANSCRIBE_VOCABULARY
              Value: legal-en-gb-v7
          Secrets:
            - Name: SPEECHLIVE_API_PASSWORD
              ValueFrom: arn:aws:secretsmanager:eu-west-2:418305927614:secret:scribe/speechlive-«b62:6-slarn»  ⟪ValueFrom ARN⟫
"""),
    ("infra/cfn/kyc-intake.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: clearance - new business intake, KYC and sanctions screening for Intapp Intake
Resources:
  ScreeningFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: java21
      Handler: com.mhtlaw.clearance.Screening::handleRequest
      CodeUri: target/clearance-screening.jar
      MemorySize: 1024
      Environment:
        Variables:
          WORLDCHECK_API_KEY: «uuid:wc1key»  ⟪World-Check One API key id⟫
          WORLDCHECK_API_SECRET: «b64k:64-wc1sec»  ⟦app-secret|World-Check One API secret in SAM env⟧
          COMPANIES_HOUSE_API_KEY: «uuid:chkey»  ⟦app-secret|Companies House REST API key in SAM env⟧
          INTAPP_INTAKE_BASE: https://mhtlaw.intapp.com/intake/api
          INTAPP_CLIENT_SECRET: '{{resolve:secretsmanager:clearance/intapp:SecretString:client_secret}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/advisory-tax.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MHT Advisory - indirect tax and transfer-pricing engines (account 207318465921)
Resources:
  TaxCalcTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: advisory-taxcalc
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: taxcalc
          Image: 375920184463.dkr.ecr.us-east-1.amazonaws.com/advisory/taxcalc:2026.10
          Environment:
            - {Name: VERTEX_OSERIES_URL, Value: 'https://mht.ondemand.vertexinc.com/oseries-auth/oauth/token'}
            - {Name: VERTEX_CLIENT_ID, Value: «hex:16-vertexid»}  ⟪Vertex client id⟫
            - {Name: VERTEX_CLIENT_SECRET, Value: «b62:40-vertexsec»}  ⟦app-secret|Vertex O Series client secret in ECS env⟧
            - {Name: AVALARA_ACCOUNT_ID, Value: '2000«num:6-avaacct»'}  ⟪Avalara account id⟫
            - {Name: AVALARA_LICENSE_KEY, Value: «avalara:prod»}  ⟦app-secret|Avalara licence key in ECS env⟧
            - {Name: ONESOURCE_USER, Value: mht_advisory_api}
          Secrets:
            - {Name: ONESOURCE_PASSWORD, ValueFrom: /advisory/onesource/password}  ⟪ValueFrom parameter⟫
"""),
    ("infra/cfn/stackset-desktop-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document that maps the follow-me print queue and the DMS drive on lawyer desktops
Resources:
  DesktopBaseline:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: mht-desktop-baseline
      Content:
        schemaVersion: '2.2'
        description: Map print queues and the iManage drive
        parameters:
          PrintServer:
            type: String
            default: print-ldn01.mhtlaw.internal
          DriveSecret:
            type: String
            default: '{{ssm-secure:/desktop/imanage-drive}}'  ⟪ssm-secure parameter default⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: mapPrinters
            inputs:
              runCommand:
                - cmdkey /add:{{ PrintServer }} /user:MHTLAW\svc-print /pass:«pwcity:svcprint»  ⟦password|cmdkey /pass: in an SSM document⟧
                - Add-Printer -ConnectionName \\{{ PrintServer }}\FollowMe-Mono
                - Add-Printer -ConnectionName \\{{ PrintServer }}\FollowMe-Colour
"""),
    ("infra/cfn/mail-gateway.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Mimecast journaling and held-message digests to the records team
Resources:
  HeldDigestFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: digest.handler
      Role: arn:aws:iam::418305927614:role/mimecast-digest
      Code: {S3Bucket: mht-artifacts-375920184463, S3Key: mail/held-digest-0.9.1.zip}
      Environment:
        Variables:
          MIMECAST_BASE_URL: https://eu-api.mimecast.com
          MIMECAST_APP_ID: «uuid:mcappid»  ⟪Mimecast application id⟫
          MIMECAST_ACCESS_KEY: «mimecastkey:access»  ⟦app-secret|Mimecast access key in Lambda env⟧
          MIMECAST_SECRET_KEY: «b64k:64-mcsecret»  ⟦app-secret|Mimecast secret key in Lambda env⟧
"""),
    ("infra/cfn/payroll-etl.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Payroll and HR feeds - Workday, ADP (US), DATEV (Frankfurt), UKG (Singapore) into the finance lake
Resources:
  WorkdayConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        Name: elite-3e-reporting
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://e3e-rpt.mhtlaw.internal:1433;databaseName=TE_3E_PROD
          USERNAME: glue_reader
          PASSWORD: «pwn:gluee3e»  ⟦password|Glue JDBC connection password⟧
  PayrollJob:
    Type: AWS::Glue::Job
    Properties:
      Name: payroll-feeds
      Role: arn:aws:iam::207318465921:role/glue-payroll
      Command: {Name: glueetl, ScriptLocation: s3://mht-glue-207318465921/payroll_feeds.py}
      DefaultArguments:
        --workday_tenant: marwickhale
        --workday_isu_user: ISU_Finance_Lake
        --workday_isu_password: «pwx:workdayisu»  ⟦password|Workday integration user password in Glue arguments⟧
        --adp_client_id: «uuid:adpid»  ⟪ADP client id⟫
        --adp_client_secret: «uuid:adpsec»  ⟦app-secret|ADP client secret in Glue arguments⟧
        --enable-metrics: 'true'
"""),
    ("infra/cfn/citrix-cloud-connector.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Citrix DaaS cloud connectors for the lawyer VDI estate (two per region)
Parameters:
  ConnectorAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base  ⟪SSM public parameter⟫
Resources:
  Connector1:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref ConnectorAmi
      InstanceType: m6i.large
      UserData:
        Fn::Base64: |
          <powershell>
          Invoke-WebRequest https://downloads.cloud.com/mhtlawllp/connector/cwcconnector.exe -OutFile C:\cwc.exe
          C:\cwc.exe /q /Customer:mhtlawllp /ClientId:«uuid:citrixclient» /ClientSecret:«citrixsec:connector» /Location:«uuid:citrixloc» /AcceptTermsOfService:true  ⟦app-secret|Citrix Cloud API client secret on an installer command line⟧
          Add-Computer -DomainName mhtlaw.internal -Credential (New-Object PSCredential('MHTLAW\svc-domjoin', (ConvertTo-SecureString '«pwx:domjoin»' -AsPlainText -Force))) -Restart  ⟦password|ConvertTo-SecureString -AsPlainText in UserData⟧
          </powershell>
"""),
    ("infra/cfn/vpn-offices.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN from the Frankfurt and Madrid offices to the practice VPC
Resources:
  FrankfurtVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0f3a9c1e5b7d2c048  ⟪customer gateway id⟫
      TransitGatewayId: tgw-02d8e4a6c1b3f5097
      VpnTunnelOptionsSpecifications:
        - TunnelInsideCidr: 169.254.44.0/30
          PreSharedKey: «b62:32-psk-fra1»  ⟦password|VPN pre-shared key⟧
        - TunnelInsideCidr: 169.254.44.4/30
          PreSharedKey: '{{resolve:secretsmanager:network/vpn/fra:SecretString:psk2}}'
  MadridVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-0a7e5c3d1f9b2c468
      TransitGatewayId: tgw-02d8e4a6c1b3f5097
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: '{{resolve:secretsmanager:network/vpn/mad:SecretString:psk1}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/cognito-extranet.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: vestibule extranet sign-in - lawyers via Okta (OIDC), clients via Cognito local users
Resources:
  ExtranetPool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: vestibule-clients
      MfaConfiguration: 'ON'
  OktaIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref ExtranetPool
      ProviderName: MHT-Okta
      ProviderType: OIDC
      ProviderDetails:
        client_id: 0oa«b62:17-oktaclient»  ⟪Okta client id⟫
        client_secret: «okx:40-oktaoidc»  ⟦app-secret|OIDC client secret in a Cognito identity provider⟧
        oidc_issuer: https://mhtlaw.okta.com
        authorize_scopes: openid email profile
        attributes_request_method: GET
"""),
    ("infra/cfn/dealroom-api.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Deal room bridge API - counterparties' VDR notifications (Intralinks, Datasite)",
  "Resources": {
    "BridgeApi": {"Type": "AWS::ApiGateway::RestApi", "Properties": {"Name": "dealroom-bridge"}},
    "DatasiteKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "datasite-webhooks",
        "Enabled": true,
        "Value": "«b62:40-apigwdatasite»"  ⟦app-secret|API Gateway API key Value in CloudFormation JSON⟧
      }
    },
    "IntralinksKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "intralinks-webhooks", "Enabled": true, "GenerateDistinctId": true}
    }
  }
}
"""),
    ("infra/cfn/translation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Machine translation for cross-border matters (DeepL Pro, Amazon Translate fallback)
Resources:
  TranslateFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::418305927614:role/translate-fn
      Code: {S3Bucket: mht-artifacts-375920184463, S3Key: translate/deepl-bridge-3.0.2.zip}
      Environment:
        Variables:
          DEEPL_AUTH_KEY: «deepl:pro»  ⟦app-secret|DeepL Pro authentication key in Lambda env⟧
          DEEPL_GLOSSARY_DE_EN: «uuid:glossary»  ⟪DeepL glossary id⟫
          FALLBACK: amazon-translate
"""),
    ("infra/cfn/efiling-state-machine.asl.json", r"""
{
  "Comment": "docketeer - submit a filing envelope, poll the court until it is accepted or rejected",
  "StartAt": "SubmitEnvelope",
  "States": {
    "SubmitEnvelope": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://efile.fileandservexpress.com/api/v2/filings",
        "Method": "POST",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-1:418305927614:connection/fsx-efile/«uuid:fsxconn»"},  ⟪EventBridge connection ARN⟫
        "Headers": {
          "X-FSX-Firm-Token": "«b62:48-fsxfirm»"  ⟦app-secret|File & ServeXpress firm token as a literal header⟧
        },
        "RequestBody.$": "$.envelope"
      },
      "Next": "Wait"
    },
    "Wait": {"Type": "Wait", "Seconds": 300, "Next": "Poll"},
    "Poll": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke", "Parameters": {"FunctionName": "docketeer-poll", "Payload.$": "$"}, "End": true}
  }
}
"""),
    ("infra/cfn/appflow-crm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Business development - Salesforce (InterAction replacement) opportunities into the data lake
Resources:
  SalesforceProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: mht-salesforce
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Salesforce:
            InstanceUrl: https://marwickhale.my.salesforce.com
        ConnectorProfileCredentials:
          Salesforce:
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-1:418305927614:secret:appflow/sfdc-«b62:6-sfdc»  ⟪Secrets Manager ARN⟫
            RefreshToken: 5Aep861«b62:80-sfrefresh»  ⟦app-secret|Salesforce refresh token in an AppFlow profile⟧
"""),
    ("infra/cfn/cloudfront-extranet.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: vestibule extranet and deal-room CDN (origin is an ALB that checks X-Origin-Verify)
Resources:
  ExtranetCdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [clients.mhtlaw.com]
        Origins:
          - Id: alb
            DomainName: vestibule-alb-«num:9-albid».eu-west-2.elb.amazonaws.com
            CustomOriginConfig: {OriginProtocolPolicy: https-only}
            OriginCustomHeaders:
              - HeaderName: X-Origin-Verify
                HeaderValue: «b62:40-originverify»  ⟦app-secret|CloudFront origin verification header value⟧
        DefaultCacheBehavior:
          TargetOriginId: alb
          ViewerProtocolPolicy: redirect-to-https
          CachePolicyId: 4135ea2d-6df8-44a3-9df3-4b5a84be39ad  ⟪managed cache policy id⟫
        ViewerCertificate:
          AcmCertificateArn: arn:aws:acm:us-east-1:851046273390:certificate/«uuid:acmext»
          SslSupportMethod: sni-only
"""),
    ("infra/cfn/km-cache.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lodestar - DocumentDB for matter profiles and a Redis cache for search sessions
Resources:
  ProfilesDb:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: lodestar
      MasterUserPassword: '{{resolve:secretsmanager:lodestar/docdb:SecretString:password}}'  ⟪dynamic reference⟫
  SessionCache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: search sessions
      Engine: redis
      CacheNodeType: cache.r7g.large
      TransitEncryptionEnabled: true
      AuthToken: «pwr:lodestarredis»  ⟦password|ElastiCache AuthToken literal⟧
"""),
    ("infra/cfn/audit-firehose.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DMS access audit (iManage and NetDocuments activity) to Datadog logs
Resources:
  AuditStream:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: DirectPut
      HttpEndpointDestinationConfiguration:
        EndpointConfiguration:
          Url: https://aws-kinesis-http-intake.logs.datadoghq.eu/v1/input
          Name: datadog-eu
          AccessKey: «ddapi:firehose»  ⟦datadog|Datadog API key as a Firehose endpoint AccessKey⟧
        S3BackupMode: FailedDataOnly
        S3Configuration:
          BucketARN: arn:aws:s3:::mht-audit-backup-418305927614
          RoleARN: arn:aws:iam::418305927614:role/firehose-audit
"""),
    ("infra/sam/transcription/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: scribe-batch - overnight transcription of BigHand dictations (Amazon Transcribe; Rev.ai for accents)
Parameters:
  RevAiToken:
    Type: String
    NoEcho: true
  DeepgramKey:
    Type: String
    NoEcho: true
    Default: «hex:40-deepgram»  ⟦app-secret|Deepgram key as a NoEcho Default⟧
Globals:
  Function:
    Runtime: python3.12
    Environment:
      Variables:
        REVAI_ACCESS_TOKEN: !Ref RevAiToken
        DEEPGRAM_API_KEY: !Ref DeepgramKey
Resources:
  BatchFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: batch.run
      CodeUri: src/
"""),
    ("infra/sam/transcription/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "scribe-batch"
region = "eu-west-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "RevAiToken=«revai:batch» Env=prod"  ⟦app-secret|Rev.ai token in samconfig parameter_overrides⟧

[uat.deploy.parameters]
stack_name = "scribe-batch-uat"
region = "eu-west-2"
parameter_overrides = "RevAiToken={{resolve:ssm:/scribe/uat/revai}} Env=uat"  ⟪dynamic reference in samconfig⟫
"""),
    ("infra/sam/ebilling/samconfig.yaml", r"""
version: 0.1
default:
  deploy:
    parameters:
      stack_name: ledgerline-ebilling
      region: us-east-1
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - Env=prod
        - LegalTrackerUser=mht_ebill
        - LegalTrackerPassword=«pwc:legaltracker»  ⟦password|Legal Tracker password in samconfig.yaml⟧
        - CounselLinkApiKey=«b62:36-counsellink»  ⟦app-secret|CounselLink API key in samconfig.yaml⟧
"""),
    ("services/ebilling/serverless.yml", r"""
service: ledgerline-ebilling
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-1
  environment:
    LEDES_FORMAT: LEDES1998BI
    TYMETRIX_URL: https://www.tymetrix.com/t360/api
    TYMETRIX_USER: mht-ebill
    TYMETRIX_PASSWORD: «pw:tymetrix»  ⟦password|TyMetrix 360 password in serverless.yml⟧
    LEGAL_TRACKER_PASSWORD: ${ssm:/ledgerline/legaltracker/password}  ⟪ssm variable⟫
    SENTRY_DSN: «sentryold:ebilling»  ⟦sentry|legacy Sentry DSN with its secret part⟧
    ELITE_TS_URL: ${env:ELITE_TS_URL}  ⟪env variable⟫
functions:
  submit:
    handler: dist/submit.handler
    events:
      - schedule: cron(0 6 ? * MON-FRI *)
"""),
    ("services/courtfeeds/serverless.yml", r"""
service: docketeer-courtfeeds
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  stage: ${opt:stage, 'prod'}  ⟪opt variable⟫
custom:
  courts:
    nysd: {rss: https://ecf.nysd.uscourts.gov/cgi-bin/rss_outside.pl}
    ded: {rss: https://ecf.ded.uscourts.gov/cgi-bin/rss_outside.pl}
functions:
  poll:
    handler: feeds.poll
    environment:
      PACER_USER: mhtdocket02
      PACER_PASS: «pwl:pacer2»  ⟦password|PACER password in serverless.yml function env⟧
      COMPULAW_API_KEY: «b62:32-compulaw»  ⟦app-secret|CompuLaw API key in serverless.yml⟧
      DOCKETALARM_PASSWORD: ${env:DOCKETALARM_PASSWORD}
"""),
    ("infra/ecs/dms-bridge-task.json", r"""
{
  "family": "folio-dms-bridge",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::418305927614:role/folio-exec",
  "containerDefinitions": [
    {
      "name": "bridge",
      "image": "375920184463.dkr.ecr.us-east-1.amazonaws.com/folio/bridge:4.2.0",
      "environment": [
        {"name": "IMANAGE_SERVICE_USER", "value": "svc-folio"},
        {"name": "IMANAGE_SERVICE_PASSWORD", "value": "«pwcity:imanagesvc»"},  ⟦password|iManage service account password in an ECS task definition⟧
        {"name": "ARCHIVE_AWS_ACCESS_KEY_ID", "value": "«akid:folioarchive»"},  ⟦aws-key-id|key id in an ECS task definition⟧
        {"name": "ARCHIVE_AWS_SECRET_ACCESS_KEY", "value": "«awssec:folioarchive»"},  ⟦aws-secret|secret in an ECS task definition⟧
        {"name": "ARCHIVE_BUCKET", "value": "mht-dms-archive-418305927614"}
      ],
      "secrets": [
        {"name": "NETDOCS_CLIENT_SECRET", "valueFrom": "arn:aws:secretsmanager:us-east-1:418305927614:secret:folio/netdocs-«b62:6-ndsecarn»"}  ⟪valueFrom ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/intapp-sync-task.json", r"""
{
  "family": "clearance-intapp-sync",
  "containerDefinitions": [
    {
      "name": "sync",
      "image": "375920184463.dkr.ecr.us-east-1.amazonaws.com/clearance/intapp-sync@sha256:«sha256:intappimg»",  ⟪image digest⟫
      "environment": [
        {"name": "INTAPP_OPEN_URL", "value": "https://mhtlaw.open.intapp.com"},
        {"name": "INTAPP_CLIENT_ID", "value": "clearance-sync"},
        {"name": "INTAPP_CLIENT_SECRET", "value": "«b62:48-intappsec»"},  ⟦app-secret|Intapp client secret in ECS env⟧
        {"name": "OKTA_API_TOKEN", "value": "«ssws:intapp»"},  ⟦app-secret|Okta API token in ECS env⟧
        {"name": "OKTA_ORG", "value": "https://mhtlaw.okta.com"}
      ]
    }
  ]
}
"""),
    ("infra/ecs/relativity-agent.yaml", r"""
# ecs-params / task definition rendered for the Relativity integration points agent
family: sieve-rip-agent
taskRoleArn: arn:aws:iam::629174038552:role/sieve-rip
containerDefinitions:
  - name: rip-agent
    image: 375920184463.dkr.ecr.us-east-1.amazonaws.com/sieve/rip-agent:12.3
    environment:
      - name: RELATIVITY_URL
        value: https://mhtlaw.relativity.one
      - name: RELATIVITY_CLIENT_ID
        value: «hex:32-relid»  ⟪Relativity OAuth2 client id⟫
      - name: RELATIVITY_CLIENT_SECRET
        value: «b62:40-relsec»  ⟦app-secret|RelativityOne OAuth2 client secret in an ECS task definition⟧
      - name: RELATIVITY_WORKSPACE
        value: '1018«num:4-relws»'
    secrets:
      - name: RIP_SQL_PASSWORD
        valueFrom: /sieve/rip/sql  ⟪valueFrom parameter name⟫
"""),
    ("infra/lambda/docusign-connect-listener.json", r"""
{
    "FunctionName": "signet-connect-listener",
    "FunctionArn": "arn:aws:lambda:eu-west-2:418305927614:function:signet-connect-listener",
    "Runtime": "nodejs20.x",
    "Role": "arn:aws:iam::418305927614:role/signet-listener",
    "Handler": "index.handler",
    "CodeSize": 1845233,
    "Timeout": 30,
    "MemorySize": 256,
    "LastModified": "2026-11-18T09:41:22.000+0000",
    "CodeSha256": "«b64k:32-dscodesha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "DS_CONNECT_HMAC_KEY_1": "«b64k:32-dsconnect»",  ⟦app-secret|DocuSign Connect HMAC key in a Lambda configuration⟧
            "IMANAGE_FILE_BACK": "true"
        }
    },
    "TracingConfig": {"Mode": "Active"},
    "RevisionId": "«uuid:dsrev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/dealroom-sync.json", r"""
{
    "FunctionName": "vestibule-dealroom-sync",
    "Runtime": "python3.12",
    "Handler": "sync.handler",
    "Environment": {
        "Variables": {
            "INTRALINKS_API": "https://api.intralinks.com/v2",
            "INTRALINKS_CLIENT_ID": "«hex:32-ilid»",  ⟪Intralinks client id⟫
            "INTRALINKS_CLIENT_SECRET": "«hex:32-ilsec»",  ⟦app-secret|Intralinks client secret in a Lambda configuration⟧
            "DATASITE_API_TOKEN": "«b64k:48-datasite»",  ⟦app-secret|Datasite API token in a Lambda configuration⟧
            "HIGHQ_INSTANCE": "https://mht.highq.com/mht"
        }
    },
    "KMSKeyArn": "arn:aws:kms:eu-west-2:851046273390:key/«uuid:kmsdr»",  ⟪KMS key ARN⟫
    "Layers": [{"Arn": "arn:aws:lambda:eu-west-2:851046273390:layer:vdr-common:7", "CodeSize": 99120}]
}
"""),
    ("infra/tf/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.70" }
    okta    = { source = "okta/okta", version = "~> 4.11" }
    datadog = { source = "DataDog/datadog", version = "~> 3.46" }
  }
}

provider "aws" {
  region     = "us-east-1"
  access_key = "«akid:tfbootstrap»"  ⟦aws-key-id|access_key in a Terraform provider block⟧
  secret_key = "«awssec:tfbootstrap»"  ⟦aws-secret|secret_key in a Terraform provider block⟧
}

provider "aws" {
  alias   = "ediscovery"
  region  = "us-east-1"
  profile = "mht-ediscovery"
}

provider "okta" {
  org_name  = "mhtlaw"
  base_url  = "okta.com"
  api_token = "«ssws:tfokta»"  ⟦app-secret|Okta API token in a provider block⟧
}

provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a provider block⟧
  api_url = "https://api.datadoghq.eu/"
}
"""),
    ("infra/tf/variables.tf", r"""
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "elite_sql_password" {
  type      = string
  sensitive = true
  default   = "«pwx:elitesql»"  ⟦password|Terraform variable default password⟧
}

variable "aderant_expert_password" {
  type      = string
  sensitive = true
  default   = ""  ⟪empty default⟫
}

variable "offices" {
  type    = list(string)
  default = ["LDN", "NYC", "FRA", "PAR", "MAD", "SAO", "SIN", "TYO"]
}
"""),
    ("infra/tf/rds-billing.tf", r"""
resource "aws_db_instance" "elite_3e" {
  identifier              = "elite-3e-prod"
  engine                  = "sqlserver-se"
  engine_version          = "15.00"
  instance_class          = "db.r6i.2xlarge"
  allocated_storage       = 1500
  username                = "e3e_admin"
  password                = "«pwc:elite3e»"  ⟦password|RDS password literal in Terraform⟧
  license_model           = "license-included"
  backup_retention_period = 35
  tags = {
    system = "elite-3e"
    owner  = "finance-it"
  }
}

resource "aws_db_instance" "aderant" {
  identifier                  = "aderant-expert-prod"
  engine                      = "sqlserver-se"
  instance_class              = "db.r6i.xlarge"
  username                    = "aderant_admin"
  manage_master_user_password = true  ⟪managed master password⟫
}
"""),
    ("infra/tf/secrets.tf", r"""
resource "random_password" "intake" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "intake" {
  secret_id     = aws_secretsmanager_secret.intake.id
  secret_string = random_password.intake.result  ⟪random_password result⟫
}

resource "aws_secretsmanager_secret_version" "lexis" {
  secret_id = aws_secretsmanager_secret.lexis.id
  secret_string = jsonencode({
    client_id     = "mht-lexis-api"
    client_secret = "«b62:40-lexissec»"  ⟦app-secret|LexisNexis API client secret in a Terraform secret version⟧
  })
}

resource "aws_secretsmanager_secret_version" "westlaw" {
  secret_id     = aws_secretsmanager_secret.westlaw.id
  secret_string = "{\"api_key\":\"«b62:32-westlaw»\"}"  ⟦app-secret|Westlaw API key in an escaped JSON secret_string⟧
}
"""),
    ("infra/tf/workspaces.tf", r"""
resource "aws_directory_service_directory" "reviewers" {
  name     = "reviewers.mhtlaw.internal"
  password = "«pwl:reviewersad»"  ⟦password|Directory Service password literal in Terraform⟧
  size     = "Small"
  type     = "SimpleAD"

  vpc_settings {
    vpc_id     = "vpc-0b27e9d4c1a3f5086"  ⟪VPC id⟫
    subnet_ids = ["subnet-07d1e3c5a9b2f4e68", "subnet-0c3a5e7d9b1f2468a"]
  }
}

resource "aws_workspaces_directory" "reviewers" {
  directory_id = aws_directory_service_directory.reviewers.id
  self_service_permissions {
    restart_workspace = true
  }
}
"""),
    ("infra/tf/iam-vendors.tf", r"""
# vendor access: the Relativity hosting partner pulls productions from S3
resource "aws_iam_user" "relativity_partner" {
  name = "vendor-relativity-productions"
}

resource "aws_iam_access_key" "relativity_partner" {
  user    = aws_iam_user.relativity_partner.name
  pgp_key = "keybase:mht_secops"  ⟪pgp_key reference⟫
}

output "relativity_partner_secret" {
  value     = aws_iam_access_key.relativity_partner.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

# TODO(2026-Q1) remove: the old key handed to the partner before pgp_key was used
locals {
  legacy_partner_key_id     = "«akid:relpartner»"  ⟦aws-key-id|key id in Terraform locals⟧
  legacy_partner_secret_key = "«awssec:relpartner»"  ⟦aws-secret|secret in Terraform locals⟧
}
"""),
    ("infra/tf/mwaa.tf", r"""
resource "aws_mwaa_environment" "finance" {
  name               = "finance-pipelines"
  airflow_version    = "2.10.1"
  execution_role_arn = "arn:aws:iam::207318465921:role/mwaa-finance"
  source_bucket_arn  = "arn:aws:s3:::mht-mwaa-207318465921"
  dag_s3_path        = "dags/"

  airflow_configuration_options = {
    "smtp.smtp_host"     = "email-smtp.us-east-1.amazonaws.com"
    "smtp.smtp_user"     = "«akid:mwaasmtp»"  ⟦aws-key-id|SES SMTP user in MWAA options⟧
    "smtp.smtp_password" = "«sesv4:mwaasmtp»"  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
    "smtp.smtp_mail_from" = "finance-pipelines@mhtlaw.com"
    "webserver.secret_key" = "«hex:32-mwaaweb»"  ⟦app-secret|Airflow webserver secret key in MWAA options⟧
  }

  network_configuration {
    security_group_ids = ["sg-0e4a2c6b8d1f3a579"]
    subnet_ids         = ["subnet-0a1c3e5b7d9f2468c", "subnet-0f2e4d6c8b1a3579e"]
  }
}
"""),
    ("infra/tf/eventbridge-zoom.tf", r"""
resource "aws_cloudwatch_event_connection" "zoom_recordings" {
  name               = "zoom-recordings"
  authorization_type = "OAUTH_CLIENT_CREDENTIALS"

  auth_parameters {
    oauth {
      authorization_endpoint = "https://zoom.us/oauth/token"
      http_method            = "POST"
      client_parameters {
        client_id     = "«zoomid:recclient»"  ⟪Zoom client id⟫
        client_secret = "«zoomsec:recordings»"  ⟦app-secret|Zoom client secret in a Terraform EventBridge connection⟧
      }
    }
  }
}

resource "aws_cloudwatch_event_connection" "webex" {
  name               = "webex-events"
  authorization_type = "API_KEY"
  auth_parameters {
    api_key {
      key   = "Authorization"
      value = "Bearer «webex:bot»"  ⟦app-secret|Webex bot token in a Terraform connection⟧
    }
  }
}
"""),
    ("infra/tf/opensearch.tf", r"""
resource "aws_opensearch_domain" "ediscovery_analytics" {
  domain_name    = "sieve-analytics"
  engine_version = "OpenSearch_2.15"

  advanced_security_options {
    enabled                        = true
    internal_user_database_enabled = true
    master_user_options {
      master_user_name     = "sieve"
      master_user_password = "«pwn:sieveos»"  ⟦password|OpenSearch master password in Terraform⟧
    }
  }

  encrypt_at_rest { enabled = true }
  node_to_node_encryption { enabled = true }
}
"""),
    ("infra/tf/firehose-splunk.tf", r"""
resource "aws_kinesis_firehose_delivery_stream" "siem" {
  name        = "dms-audit-to-splunk"
  destination = "splunk"

  splunk_configuration {
    hec_endpoint               = "https://http-inputs-mhtlaw.splunkcloud.com:443"
    hec_token                  = "«uuid:splunkhec»"  ⟦app-secret|Splunk HEC token in Terraform⟧
    hec_acknowledgment_timeout = 600
    hec_endpoint_type          = "Event"
    s3_backup_mode             = "FailedEventsOnly"

    s3_configuration {
      role_arn   = "arn:aws:iam::418305927614:role/firehose-siem"
      bucket_arn = "arn:aws:s3:::mht-siem-backup-418305927614"
    }
  }
}
"""),
    ("infra/tf/github.tf", r"""
provider "github" {
  owner = "marwickhale"
  token = "«ghp:tfgithub»"  ⟦github|GitHub token in a provider block⟧
}

resource "github_actions_secret" "sonar" {
  repository      = "ledgerline"
  secret_name     = "SONAR_TOKEN"
  plaintext_value = "«sqp:ledgerline»"  ⟦sonarqube|plaintext_value of an Actions secret⟧
}

resource "github_actions_secret" "aws_role" {
  repository      = "ledgerline"
  secret_name     = "AWS_ROLE_ARN"
  plaintext_value = "arn:aws:iam::375920184463:role/gha-ledgerline"  ⟪role ARN⟫
}
"""),
    ("infra/tf/envs/prod.tfvars", r"""
environment        = "prod"
region             = "us-east-1"
elite_sql_password = "«pwx:elitesql»"  ⟦password|tfvars password⟧
duo_integration_key = "«duoikey:vpn»"  ⟪Duo integration key⟫
duo_secret_key     = "«duoskey:vpn»"  ⟦app-secret|Duo secret key in tfvars⟧
duo_api_host       = "api-«hex:8-duohost».duosecurity.com"
xero_client_id     = "«uhex:32-xeroid»"  ⟪Xero client id⟫
xero_client_secret = "«xerosec:advisory»"  ⟦app-secret|Xero client secret in tfvars⟧
"""),
    ("infra/tf/envs/uat.tfvars.json", r"""
{
  "environment": "uat",
  "region": "us-east-1",
  "elite_sql_password": "changeme",  ⟪placeholder⟫
  "pinecone_api_key": "«pcsk:uat»",  ⟦app-secret|Pinecone key in JSON tfvars⟧
  "offices": ["LDN", "NYC"]
}
"""),
    ("infra/tf/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪lock file hash⟫
    "zh:«sha256:lock2»",  ⟪lock file hash⟫
    "zh:«sha256:lock3»",
  ]
}

provider "registry.terraform.io/okta/okta" {
  version = "4.11.1"
  hashes = [
    "h1:«b64k:32-lock4»",
    "zh:«sha256:lock5»",
  ]
}
"""),
    ("infra/tf/backend.hcl", r"""
bucket         = "mht-tfstate-375920184463"
key            = "practice/prod.tfstate"
region         = "us-east-1"
dynamodb_table = "mht-tf-locks"
encrypt        = true
access_key     = "«akid:tfstate»"  ⟦aws-key-id|access_key in a partial backend configuration⟧
secret_key     = "«awssec:tfstate»"  ⟦aws-secret|secret_key in a partial backend configuration⟧
"""),
    ("infra/terragrunt/prod/ediscovery/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders("root.hcl")
}

terraform {
  source = "git::ssh://git@github.com/marwickhale/tf-modules.git//nuix-cluster?ref=v3.4.0"
}

inputs = {
  worker_count             = 6
  nuix_licence_user        = "sieve-worker"
  nuix_licence_password    = "«pwx:nuixnms»"  ⟦password|Nuix licence password in Terragrunt inputs⟧
  relativity_sql_password  = get_env("REL_SQL_PASSWORD")  ⟪get_env⟫
}
"""),
    ("infra/terragrunt/root.hcl", r"""
remote_state {
  backend = "s3"
  config = {
    bucket         = "mht-tfstate-375920184463"
    key            = "${path_relative_to_include()}/terraform.tfstate"
    region         = "us-east-1"
    encrypt        = true
    dynamodb_table = "mht-tf-locks"
    role_arn       = "arn:aws:iam::375920184463:role/terraform-state"  ⟪role ARN⟫
  }
}
"""),
    ("infra/cdk/lib/ediscovery-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class EdiscoveryStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0a9e41c7d2b38f560' });

    // processing metadata (custodians, sources, exception reports)
    new rds.DatabaseInstance(this, 'NuixMeta', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      credentials: rds.Credentials.fromPassword('nuixmeta', cdk.SecretValue.unsafePlainText('«pwc:nuixmeta»')),  ⟦password|unsafePlainText password in CDK⟧
    });

    // review analytics
    new rds.DatabaseInstance(this, 'Analytics', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret('analytics'),  ⟪generated secret⟫
    });
  }
}
"""),
    ("infra/cdk/lib/extranet-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class ExtranetStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const kiteworks = sm.Secret.fromSecretNameV2(this, 'Kw', 'courier/kiteworks');  ⟪secret by name⟫
    new lambda.Function(this, 'HighQSync', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/highq-sync'),
      environment: {
        HIGHQ_BASE: 'https://mht.highq.com/mht/api/16',
        HIGHQ_CLIENT_ID: '«num:4-highqid»',
        HIGHQ_CLIENT_SECRET: '«b62:32-highqsec»',  ⟦app-secret|HighQ client secret in a CDK environment⟧
        KITEWORKS_SECRET: kiteworks.secretValueFromJson('client_secret').unsafeUnwrap(),
      },
    });
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/mht.ts",
  "context": {
    "accounts": {"practice": "418305927614", "ediscovery": "629174038552", "shared": "375920184463"},  ⟪account ids⟫
    "monitoring": {
      "datadogSite": "datadoghq.eu",
      "datadogApiKey": "«ddapi:cdkctx»"  ⟦datadog|Datadog API key in cdk.json context⟧
    },
    "@aws-cdk/aws-lambda:recognizeLayerVersion": true
  }
}
"""),
    ("infra/cdk-py/stacks/payroll_stack.py", r"""
from aws_cdk import Stack, Duration, aws_lambda as _lambda, aws_secretsmanager as sm
from constructs import Construct


class PayrollStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        ukg = sm.Secret.from_secret_name_v2(self, "Ukg", "payroll/ukg-sg")  ⟪secret by name⟫
        _lambda.Function(
            self, "AdpWorkerSync",
            runtime=_lambda.Runtime.PYTHON_3_12,
            handler="adp.handler",
            code=_lambda.Code.from_asset("lambda/adp"),
            timeout=Duration.minutes(5),
            environment={
                "ADP_CLIENT_ID": "«uuid:adpid»",
                "ADP_CLIENT_SECRET": "«uuid:adpsec»",  ⟦app-secret|ADP client secret in a CDK Python environment⟧
                "ADP_CERT_PASSPHRASE": "«pwn:adpcert»",  ⟦password|certificate passphrase in a CDK Python environment⟧
                "UKG_SECRET_ARN": ukg.secret_arn,
            },
        )
"""),
    ("infra/cdk-java/src/main/java/com/mhtlaw/infra/KnowledgeStack.java", r"""
package com.mhtlaw.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.services.opensearchservice.*;
import software.constructs.Construct;

public class KnowledgeStack extends Stack {
    public KnowledgeStack(final Construct scope, final String id) {
        super(scope, id);
        Domain.Builder.create(this, "Precedents")
            .version(EngineVersion.OPENSEARCH_2_15)
            .fineGrainedAccessControl(AdvancedSecurityOptions.builder()
                .masterUserName("km-admin")
                .masterUserPassword(SecretValue.unsafePlainText("«pwx:kmjava»"))  ⟦password|CDK Java masterUserPassword literal⟧
                .build())
            .build();
    }
}
"""),
    ("infra/cdk-cs/src/Mht.Infra/DocketStack.cs", r"""
using Amazon.CDK;
using Amazon.CDK.AWS.Lambda;
using Constructs;
using System.Collections.Generic;

namespace Mht.Infra
{
    public class DocketStack : Stack
    {
        internal DocketStack(Construct scope, string id, IStackProps props = null) : base(scope, id, props)
        {
            new Function(this, "CourtAlertSync", new FunctionProps
            {
                Runtime = Runtime.DOTNET_8,
                Handler = "Docket::Docket.CourtAlert::Sync",
                Code = Code.FromAsset("publish/courtalert"),
                Environment = new Dictionary<string, string>
                {
                    ["COURTALERT_USER"] = "mht.docketing",
                    ["COURTALERT_API_KEY"] = "«hex:40-courtalert»",  ⟦app-secret|CourtAlert key in a CDK C# environment⟧
                    ["COMPULAW_BASE"] = "https://api.compulaw.com/v4"
                }
            });
        }
    }
}
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: eu-west-2
  vestibule:highqClientId: "4471"
  vestibule:kiteworksClientSecret: «hex:40-kiteworksprod»  ⟦app-secret|plaintext Pulumi config secret⟧
  vestibule:dbPassword:
    secure: v1:«b64k:16-pulnonce»:«b64k:40-pulct»  ⟪Pulumi secure value⟫
  vestibule:extranetAdminPassword: «pwp:extranetadmin»  ⟦password|plaintext Pulumi config password⟧
"""),
    ("infra/pulumi/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const dbPassword = cfg.requireSecret("dbPassword");  ⟪requireSecret⟫

export const extranetDb = new aws.rds.Instance("vestibule", {
    engine: "postgres",
    instanceClass: "db.t4g.large",
    allocatedStorage: 100,
    username: "vestibule",
    password: dbPassword,
});

export const dealroomDb = new aws.rds.Instance("dealroom", {
    engine: "postgres",
    instanceClass: "db.t4g.medium",
    allocatedStorage: 50,
    username: "dealroom",
    password: "«pwc:dealroomdb»",  ⟦password|Pulumi resource password literal⟧
});
"""),
    ("infra/pulumi/advisory/__main__.py", r"""
import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()

caseware = aws.secretsmanager.Secret("caseware-cloud")
aws.secretsmanager.SecretVersion(
    "caseware-cloud-v1",
    secret_id=caseware.id,
    secret_string=pulumi.Output.json_dumps({
        "api_key": "«b62:24-casewarekey»",  ⟪CaseWare API key id, the identifier half⟫
        "api_secret": "«b62:48-casewaresec»",  ⟦app-secret|CaseWare Cloud API secret in a Pulumi program⟧
    }),
)

cch = aws.secretsmanager.Secret("cch-axcess")
aws.secretsmanager.SecretVersion("cch-axcess-v1", secret_id=cch.id,
                                 secret_string=cfg.require_secret("cchAxcessPassword"))  ⟪require_secret⟫
"""),
]
