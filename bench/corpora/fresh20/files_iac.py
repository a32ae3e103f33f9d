"""fresh20 templates, AWS infrastructure as code (Ardent Forge Industries): CloudFormation YAML and JSON, parameter
files, StackSets, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
IoT and Greengrass (recipes, deployments, nucleus config, fleet provisioning), Step Functions, Terraform and
tfvars, Terragrunt, CDK (TypeScript, Java, Python), Pulumi, Copilot and App Runner.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/crucible-sap-bridge.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  crucible - SAP S/4HANA integration hub (IDoc, RFC and OData bridging to the MES, WMS and the supplier
  portal). ECS Fargate, Aurora PostgreSQL, Amazon MQ for RabbitMQ. Account 418273650912.
Parameters:
  Env:
    Type: String
    AllowedValues: [prd, qas]
  CrucibleDbPassword:
    Type: String
    NoEcho: true
  SapBtpClientSecret:
    Type: String
    NoEcho: true
Resources:
  CrucibleDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.4'
      DatabaseName: crucible
      MasterUsername: crucible_admin
      MasterUserPassword: !Ref CrucibleDbPassword  ⟪Ref of a NoEcho parameter without Default⟫
      StorageEncrypted: true
      Tags:
        - Key: cost-center
          Value: IT-ERP-4410
        - Key: data-class
          Value: internal
  IdocBroker:
    Type: AWS::AmazonMQ::Broker
    Properties:
      BrokerName: !Sub crucible-idoc-${Env}
      EngineType: RABBITMQ
      EngineVersion: '3.13'
      HostInstanceType: mq.m5.large
      DeploymentMode: CLUSTER_MULTI_AZ
      PubliclyAccessible: false
      Users:
        - Username: crucible-admin
          Password: «pwc:idocmq»  ⟦password|Amazon MQ RabbitMQ user password, company name + digits⟧
  BtpDestinationSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub crucible/${Env}/btp-destination
      SecretString: !Sub '{"clientid":"sb-crucible-prd!t48211","clientsecret":"${SapBtpClientSecret}"}'  ⟪Sub of a NoEcho parameter⟫
  IdocTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: crucible-idoc
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: '1024'
      Memory: '2048'
      ContainerDefinitions:
        - Name: idoc-listener
          Image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/crucible/idoc@sha256:«sha256:idocimg»  ⟪image digest⟫
          Environment:
            - {Name: SAP_ASHOST, Value: s4p-app01.erp.af.corp}
            - {Name: SAP_SYSNR, Value: '00'}
            - {Name: SAP_CLIENT, Value: '100'}
            - {Name: SAP_USER, Value: RFC_CRUCIBLE}
            - {Name: SAP_PASSWD, Value: «sappw:rfccrucible»}  ⟦password|SAP RFC user password in ECS env⟧
            - {Name: SAP_GATEWAY_PROGID, Value: CRUCIBLE_IDOC_IN}
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:secretsmanager:us-east-2:418273650912:secret:crucible/prd/db-«b62:6-crdb»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/cfn/crucible-sap-bridge.params.prd.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prd"},
  {"ParameterKey": "CrucibleDbPassword", "ParameterValue": "«pwn:crucibledb»"},  ⟦password|parameter file password, first name + year⟧
  {"ParameterKey": "SapBtpClientSecret", "ParameterValue": "«sapbtp:crucible»"}  ⟦app-secret|SAP BTP XSUAA client secret in a parameter file⟧
]
"""),
    ("infra/cfn/crucible-sap-bridge.params.qas.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "qas"},
  {"ParameterKey": "CrucibleDbPassword", "ParameterValue": "{{resolve:secretsmanager:crucible/qas/db:SecretString:password}}"},  ⟪dynamic reference in a parameter file⟫
  {"ParameterKey": "SapBtpClientSecret", "ParameterValue": "REPLACE_ME"}  ⟪placeholder⟫
]
"""),
    ("infra/cfn/sitewise-edge-day1.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT SiteWise Edge gateway for Dayton plant 1 (press shop and machining), OPC UA sources
Resources:
  OpcUaUserSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: sitewise/day1/kepware-opcua
      Description: OPC UA user the SiteWise Edge collector logs in with (KEPServerEX on DAY1-KEP01)
      SecretString: '{"username":"sitewise","password":"«ftpw:kepopcday1»"}'  ⟦password|OPC UA password in a literal SecretString⟧
  OpcUaUserSecretRef:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: sitewise/day1/ignition-opcua
      GenerateSecretString:
        SecretStringTemplate: '{"username":"sitewise"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 24
  Gateway:
    Type: AWS::IoTSiteWise::Gateway
    Properties:
      GatewayName: day1-sw-gw01
      GatewayPlatform:
        Greengrass:
          GroupArn: arn:aws:greengrass:us-east-2:730164928357:/greengrass/groups/«uuid:gggroup»  ⟪Greengrass group ARN⟫
      GatewayCapabilitySummaries:
        - CapabilityNamespace: iotsitewise:opcuacollector:2
          CapabilityConfiguration: !Sub |
            {"sources":[{"name":"DAY1-KEP01","endpoint":{"endpointUri":"opc.tcp://10.20.8.15:49320",
             "securityPolicy":"BASIC256_SHA256","messageSecurityMode":"SIGN_AND_ENCRYPT",
             "identityProvider":{"type":"Username","usernamePasswordSecretArn":"${OpcUaUserSecret}"}}}]}
      Tags:
        - Key: plant
          Value: DAY1
        - Key: ot-zone
          Value: level-3.5
"""),
    ("infra/cfn/historian-ingest.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: tempering - pulls PI tags from the plant historians (PI Web API) into Timestream every minute
Globals:
  Function:
    Runtime: python3.12
    Timeout: 60
    MemorySize: 256
    VpcConfig:
      SecurityGroupIds: [sg-04c1e7a92b3d5f801]  ⟪security group id⟫
      SubnetIds: [subnet-0a7d3e91c4b2f6058, subnet-07f2c8e1a9d4b3065]
Resources:
  PiPollerDay1:
    Type: AWS::Serverless::Function
    Properties:
      Handler: poller.handler
      CodeUri: src/poller/
      Events:
        Every1m:
          Type: Schedule
          Properties:
            Schedule: rate(1 minute)
      Environment:
        Variables:
          PI_WEBAPI_URL: https://day1-piweb01.ot.af.corp/piwebapi
          PI_USER: AF\svc-tempering
          PI_PASSWORD: «pw:pipollday1»  ⟦password|PI Web API service password in SAM Lambda env, season + year⟧
          TS_DATABASE: tempering
  PiPollerBrn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: poller.handler
      CodeUri: src/poller/
      Environment:
        Variables:
          PI_WEBAPI_URL: https://brn-piweb01.ot.af.corp/piwebapi
          PI_USER: AF\svc-tempering
          PI_PASSWORD: '{{resolve:ssm-secure:/tempering/brn/pi-password}}'  ⟪ssm-secure dynamic reference⟫
          TS_DATABASE: tempering
"""),
    ("infra/cfn/edi-transfer.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ingot - supplier EDI over AS2 and SFTP (Transfer Family), X12 850/855/856/810 with the VAN
Resources:
  EdiServer:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP, AS2]
      Domain: S3
      EndpointType: VPC
      IdentityProviderType: SERVICE_MANAGED
  SupplierUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt EdiServer.ServerId
      UserName: castech-mx
      Role: arn:aws:iam::418273650912:role/ingot-transfer-user
      HomeDirectory: /af-edi-inbound/castech-mx
      SshPublicKeys:
        - «sshpub:edcastech:castech-edi»  ⟪SSH public key⟫
  VanConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/c-«hex:17-vanconn»
      SecretString: '{"Username":"ardentforge","Password":"«pwx:vansftp»"}'  ⟦password|SFTP connector password in a literal SecretString⟧
  VanConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.opentext-van.net
      AccessRole: arn:aws:iam::418273650912:role/ingot-connector
      SftpConfig:
        UserSecretId: !Ref VanConnectorSecret
        TrustedHostKeys:
          - ssh-rsa «b64k:64-vanhostkey»  ⟪trusted host key⟫
  PartnerProfile:
    Type: AWS::Transfer::Profile
    Properties:
      As2Id: CASTECHMX
      ProfileType: PARTNER
      CertificateIds: [cert-«hex:17-castechcert»]  ⟪certificate id⟫
"""),
    ("infra/cfn/vision-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: quench - archive of vision-system reject images (Cognex and Keyence cells) for SPC review
Parameters:
  LegacyUploaderKeyId:
    Type: String
    Default: «akid:visionpc»  ⟦aws-key-id|access key id pasted as a parameter Default⟧
  LegacyUploaderSecret:
    Type: String
    NoEcho: true
    Default: «awssec:visionpc»  ⟦aws-secret|secret pasted as a NoEcho parameter Default⟧
Resources:
  RejectBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: af-quench-rejects-730164928357
      LifecycleConfiguration:
        Rules:
          - Id: glacier-after-90
            Status: Enabled
            Transitions: [{StorageClass: GLACIER, TransitionInDays: 90}]
  UploaderUser:
    Type: AWS::IAM::User
    Properties:
      UserName: vision-uploader-brn
  UploaderKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref UploaderUser
Outputs:
  UploaderKeyId:
    Value: !Ref UploaderKey
  UploaderSecret:
    Value: !GetAtt UploaderKey.SecretAccessKey  ⟪GetAtt of a generated secret⟫
"""),
    ("infra/cfn/dealer-portal.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "dealerline - dealer parts and warranty portal: search, API keys for dealer DMS integrations",
  "Resources": {
    "PartsSearch": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "DomainName": "dealerline-parts",
        "EngineVersion": "OpenSearch_2.13",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "parts-admin",
            "MasterUserPassword": "«pwl:partssearch»"  ⟦password|OpenSearch master password in CloudFormation JSON⟧
          }
        }
      }
    },
    "DmsPartnerKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {
        "Name": "dealer-dms-cdk-global",
        "Enabled": true,
        "Value": "«b62:40-apigwdms»"  ⟦app-secret|API Gateway key value set in CloudFormation JSON⟧
      }
    },
    "GeneratedKey": {
      "Type": "AWS::ApiGateway::ApiKey",
      "Properties": {"Name": "dealer-dms-reynolds", "Enabled": true}
    },
    "PortalClient": {
      "Type": "AWS::Cognito::UserPoolClient",
      "Properties": {
        "UserPoolId": "us-east-2_«b62:9-dlrpool»",
        "ClientName": "dealerline-web",
        "GenerateSecret": false
      }
    }
  }
}
"""),
    ("infra/cfn/yard-telemetry.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: yardmaster - yard truck and trailer telemetry from Samsara and FourKites into EventBridge
Resources:
  SamsaraConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: samsara-api
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: Authorization
          ApiKeyValue: Bearer «samsara:yard»  ⟦app-secret|Samsara API token in an EventBridge connection⟧
  FourKitesConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: fourkites-api
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: apikey
          ApiKeyValue: '{{resolve:secretsmanager:yardmaster/fourkites:SecretString:apikey}}'  ⟪dynamic reference⟫
  GateKioskConnection:
    Type: AWS::Events::Connection
    Properties:
      Name: gate-kiosk-basic
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: yard-events
          Password: «pwp:gatekiosk»  ⟦password|EventBridge basic-auth connection password⟧
  SamsaraDestination:
    Type: AWS::Events::ApiDestination
    Properties:
      ConnectionArn: !GetAtt SamsaraConnection.Arn
      InvocationEndpoint: https://api.samsara.com/fleet/vehicles/locations
      HttpMethod: GET
"""),
    ("infra/cfn/plm-licence-server.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: FlexLM licence servers for NX, Teamcenter and Vericut (Windows, us-east-2)
Parameters:
  LatestWindowsAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-windows-latest/Windows_Server-2022-English-Full-Base  ⟪SSM public parameter⟫
Resources:
  LicenceServer:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref LatestWindowsAmi
      InstanceType: t3.medium
      SubnetId: subnet-0c4e2a7d91b3f6085
      Tags:
        - Key: Name
          Value: af-lic01
        - Key: backup
          Value: daily
      UserData:
        Fn::Base64: !Sub |
          <powershell>
          net user licadmin «pwc:licadmin» /add /y  ⟦password|net user password in EC2 UserData⟧
          net localgroup Administrators licadmin /add
          New-Item -ItemType Directory -Force C:\flexlm
          Read-S3Object -BucketName af-plm-artifacts-418273650912 -Key lic/af-lic01.lic -File C:\flexlm\af-lic01.lic
          C:\flexlm\lmtools\installs.exe -e C:\flexlm\lmgrd.exe -l C:\flexlm\debug.log -c C:\flexlm\af-lic01.lic -n "FlexLM NX"
          </powershell>
"""),
    ("infra/cfn/mes-db.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: anvil-mes - SQL Server for Opcenter Execution Discrete and DMS replication from SAP HANA
Parameters:
  MesSaPassword:
    Type: String
    NoEcho: true
    Default: «pwx:messa»  ⟦password|NoEcho parameter with a literal Default⟧
    MinLength: 12
Resources:
  MesDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      LicenseModel: license-included
      DBInstanceClass: db.r6i.xlarge
      AllocatedStorage: '500'
      MasterUsername: mesadmin
      MasterUserPassword: !Ref MesSaPassword
      MultiAZ: true
  HanaSourceEndpoint:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: source
      EngineName: sybase
      ServerName: s4p-hana.erp.af.corp
      Port: 30015
      Username: DMS_READER
      Password: «sappw:dmshana»  ⟦password|DMS endpoint password⟧
  MesTargetEndpoint:
    Type: AWS::DMS::Endpoint
    Properties:
      EndpointType: target
      EngineName: sqlserver
      MicrosoftSqlServerSettings:
        SecretsManagerSecretId: anvil-mes/dms-target  ⟪secret name⟫
        SecretsManagerAccessRoleArn: arn:aws:iam::418273650912:role/dms-secrets
"""),
    ("infra/cfn/field-service-appflow.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: fieldwrench - Salesforce Field Service work orders into the data lake (AppFlow)
Resources:
  SalesforceProfile:
    Type: AWS::AppFlow::ConnectorProfile
    Properties:
      ConnectorProfileName: sfdc-fieldservice-prod
      ConnectorType: Salesforce
      ConnectionMode: Public
      ConnectorProfileConfig:
        ConnectorProfileProperties:
          Salesforce:
            InstanceUrl: https://ardentforge.my.salesforce.com
        ConnectorProfileCredentials:
          Salesforce:
            AccessToken: «sfat:appflow»  ⟦app-secret|Salesforce access token in an AppFlow profile⟧
            RefreshToken: «sfrt:appflow»  ⟦app-secret|Salesforce refresh token in an AppFlow profile⟧
            ClientCredentialsArn: arn:aws:secretsmanager:us-east-2:903517284466:secret:appflow!sfdc-«b62:6-sfcli»  ⟪Secrets Manager ARN⟫
  WorkOrderFlow:
    Type: AWS::AppFlow::Flow
    Properties:
      FlowName: sfdc-workorders-to-s3
      TriggerConfig: {TriggerType: Scheduled, TriggerProperties: {ScheduleExpression: rate(1hours)}}
      SourceFlowConfig:
        ConnectorType: Salesforce
        ConnectorProfileName: sfdc-fieldservice-prod
        SourceConnectorProperties: {Salesforce: {Object: WorkOrder}}
      DestinationFlowConfigList:
        - ConnectorType: S3
          DestinationConnectorProperties: {S3: {BucketName: af-smelter-raw-903517284466, BucketPrefix: sfdc}}
      Tasks:
        - TaskType: Map_all
          SourceFields: []
"""),
    ("infra/cfn/stackset-ot-jumphosts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: StackSet - SSM document that hardens the OT jump hosts in every plant account
Resources:
  JumpHostBaseline:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: AF-OTJump-Baseline
      Content:
        schemaVersion: '2.2'
        description: local break-glass account, RDP restrictions, Secomea client
        parameters:
          BreakGlassPassword:
            type: String
            default: '{{ssm-secure:/ot/jump/breakglass}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: baseline
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwl:otjumpbg»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in an SSM document⟧
                - New-LocalUser -Name otbreakglass -Password $pw -PasswordNeverExpires
                - Add-LocalGroupMember -Group Administrators -Member otbreakglass
                - Set-ItemProperty 'HKLM:\System\CurrentControlSet\Control\Terminal Server' fDenyTSConnections 0
                - '& C:\Installers\SecomeaLinkManager.exe /S /gm=gm.ardentforge.com /domain=AF.OT /pw={{ BreakGlassPassword }}'  ⟪SSM document parameter⟫
"""),
    ("infra/cfn/iot-thingworx-rule.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: bellows - forward machine alarms from the Greengrass fleet to ThingWorx (service technician view)
Resources:
  AlarmToThingWorx:
    Type: AWS::IoT::TopicRule
    Properties:
      RuleName: alarms_to_thingworx
      TopicRulePayload:
        Sql: SELECT * FROM 'af/+/+/alarms'
        AwsIotSqlVersion: '2016-03-23'
        Actions:
          - Http:
              Url: https://twx.ardentforge.com/Thingworx/Things/AlarmIngest/Services/Ingest
              Headers:
                - Key: appKey
                  Value: «uuid:twxappkey»  ⟦app-secret|ThingWorx application key in an IoT rule header⟧
                - Key: Content-Type
                  Value: application/json
  FleetPolicy:
    Type: AWS::IoT::Policy
    Properties:
      PolicyName: bellows-core-policy
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: [iot:Connect, iot:Publish, iot:Subscribe, iot:Receive]
            Resource: arn:aws:iot:us-east-2:730164928357:*
"""),
    ("infra/cfn/ses-smtp-mes-alerts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SMTP credentials for the MES andon e-mails and the label-printer alerts (legacy, to be replaced)
Resources:
  AndonSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-andon
      Policies:
        - PolicyName: send
          PolicyDocument:
            Version: '2012-10-17'
            Statement: [{Effect: Allow, Action: ses:SendRawEmail, Resource: '*'}]
Outputs:
  SmtpHost:
    Value: email-smtp.us-east-2.amazonaws.com
  SmtpUser:
    Value: «akid:sesandon»  ⟦aws-key-id|SES SMTP user name in stack Outputs⟧
  SmtpPassword:
    Value: «sesv4:andon»  ⟦aws-ses-smtp|SES SMTP password pasted into stack Outputs⟧
"""),
    ("infra/cfn/quench-spc-glue.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: quench - nightly SPC extract from InfinityQS ProFicient (SQL Server) to the lake
Resources:
  ProficientConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '418273650912'
      ConnectionInput:
        Name: proficient-day1
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://day1-spc01.af.corp:1433;databaseName=ProFicient
          USERNAME: glue_spc
          PASSWORD: «pwn:gluespc»  ⟦password|Glue JDBC connection password⟧
        PhysicalConnectionRequirements:
          SubnetId: subnet-0d2a7c9e41b6f3058
          SecurityGroupIdList: [sg-0a19e7c3d4b2f6815]
  SpcJob:
    Type: AWS::Glue::Job
    Properties:
      Name: spc-extract
      Role: arn:aws:iam::418273650912:role/glue-quench
      Command: {Name: glueetl, ScriptLocation: s3://af-glue-scripts-418273650912/spc_extract.py}
      Connections: {Connections: [proficient-day1]}
      DefaultArguments:
        --job-bookmark-option: job-bookmark-enable
        --ZEISS_PIWEB_URL: https://piweb.brn.af.corp:8082
        --ZEISS_PIWEB_PASSWORD: «pwp:piweb»  ⟦password|Zeiss PiWeb password in Glue DefaultArguments⟧
        --secret_name: quench/proficient  ⟪secret name⟫
"""),
    ("infra/cfn/codebuild-firmware.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CodeBuild - edge firmware and Greengrass component builds (account 256908417733)
Resources:
  FirmwareBuild:
    Type: AWS::CodeBuild::Project
    Properties:
      Name: bellows-firmware
      ServiceRole: arn:aws:iam::256908417733:role/codebuild-bellows
      Source: {Type: GITHUB, Location: https://github.com/ardent-forge/bellows.git}
      Artifacts: {Type: NO_ARTIFACTS}
      Environment:
        Type: LINUX_CONTAINER
        ComputeType: BUILD_GENERAL1_MEDIUM
        Image: aws/codebuild/standard:7.0
        EnvironmentVariables:
          - Name: ARTIFACTORY_URL
            Value: https://artifactory.ardentforge.com/artifactory
          - Name: ARTIFACTORY_API_KEY
            Type: PLAINTEXT
            Value: «artkey:codebuild»  ⟦app-secret|Artifactory API key as a PLAINTEXT CodeBuild variable⟧
          - Name: SIGNING_KEY_PASSPHRASE
            Type: SECRETS_MANAGER
            Value: bellows/firmware-signing:passphrase  ⟪SECRETS_MANAGER reference⟫
          - Name: SONAR_TOKEN
            Type: PARAMETER_STORE
            Value: /ci/sonar/token  ⟪PARAMETER_STORE reference⟫
"""),
    ("infra/sam/label-service/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: label-service - prints shipping and part labels through NiceLabel Cloud and Zebra printers
Parameters:
  NiceLabelSubscriptionKey:
    Type: String
    NoEcho: true
  PrinterAdminPin:
    Type: String
    NoEcho: true
    Default: «pin:4-zebraadmin»  ⟦password|printer admin PIN as a NoEcho Default⟧
Resources:
  PrintFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: nodejs20.x
      Handler: dist/print.handler
      CodeUri: ./
      Environment:
        Variables:
          NICELABEL_API: https://labelcloudapi.onnicelabel.com/Trigger/v1/CloudTrigger
          NICELABEL_SUBSCRIPTION_KEY: !Ref NiceLabelSubscriptionKey
          ZEBRA_SAVANNA_API_KEY: «b62:32-savanna»  ⟦app-secret|Zebra Savanna API key in Lambda env⟧
          PRINTER_PIN: !Ref PrinterAdminPin
      Events:
        Api:
          Type: Api
          Properties: {Path: /labels, Method: post}
"""),
    ("infra/sam/label-service/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "label-service"
resolve_s3 = true
s3_prefix = "label-service"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "NiceLabelSubscriptionKey=«hex:32-nicelabel» PrinterAdminPin=«pin:4-zebraadmin»"  ⟦app-secret|NiceLabel subscription key in samconfig parameter_overrides⟧

[qas.deploy.parameters]
stack_name = "label-service-qas"
parameter_overrides = "NiceLabelSubscriptionKey=$NICELABEL_KEY"  ⟪shell variable⟫
"""),
    ("infra/sam/historian-ingest/samconfig.yaml", r"""
version: 0.1
prd:
  deploy:
    parameters:
      stack_name: tempering-historian
      region: us-east-2
      capabilities: CAPABILITY_IAM
      parameter_overrides:
        - CanaryApiToken=«uuid:canarytok»  ⟦app-secret|Canary Labs historian API token in samconfig⟧
        - InfluxToken=«urlsafe:64-influx»  ⟦app-secret|InfluxDB token in samconfig⟧
        - AlertTopicArn=arn:aws:sns:us-east-2:730164928357:tempering-alerts
"""),
    ("services/dealerline/serverless.yml", r"""
service: dealerline-checkout
frameworkVersion: '3'
provider:
  name: aws
  runtime: nodejs20.x
  region: us-east-2
  stage: ${opt:stage, 'prd'}  ⟪serverless option⟫
  environment:
    STRIPE_SECRET_KEY: «sk:dealerline»  ⟦stripe|Stripe live secret key in serverless.yml⟧
    STRIPE_PUBLISHABLE_KEY: «pk:dealerline»  ⟪Stripe publishable key⟫
    STRIPE_WEBHOOK_SECRET: ${ssm:/dealerline/prd/stripe-whsec}  ⟪SSM reference⟫
    PARTS_DB_URL: postgres://dealerline:«pct:pwx:dealerdb»@dealerline.cluster-c2k8zq1vx7ap.us-east-2.rds.amazonaws.com:5432/parts  ⟦conn-string|database URL with a password in serverless.yml⟧
functions:
  checkout:
    handler: dist/checkout.handler
    events:
      - httpApi: {path: /checkout, method: post}
  webhook:
    handler: dist/webhook.handler
    events:
      - httpApi: {path: /stripe/webhook, method: post}
"""),
    ("services/fieldwrench/serverless.yml", r"""
service: fieldwrench-sync
provider:
  name: aws
  runtime: python3.12
  region: us-east-2
  environment:
    HUBSPOT_TOKEN: «hubspot:fieldwrench»  ⟦app-secret|HubSpot private-app token in serverless.yml⟧
    MAPBOX_TOKEN: «mapboxsk:fieldwrench»  ⟦app-secret|Mapbox secret token in serverless.yml⟧
    MAPBOX_PUBLIC_TOKEN: «mapboxpk:fieldwrenchweb»  ⟪Mapbox public token⟫
    SERVICEMAX_PASSWORD: ${env:SERVICEMAX_PASSWORD}  ⟪env lookup⟫
    SFDC_CLIENT_ID: «sfck:fieldwrench»  ⟪Salesforce consumer key, an identifier⟫
functions:
  pushVisits:
    handler: handler.push_visits
    events:
      - schedule: rate(15 minutes)
"""),
    ("infra/ecs/crucible-odata-taskdef.json", r"""
{
  "family": "crucible-odata",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:aws:iam::418273650912:role/crucible-exec",
  "containerDefinitions": [
    {
      "name": "odata-proxy",
      "image": "256908417733.dkr.ecr.us-east-2.amazonaws.com/crucible/odata@sha256:«sha256:odataimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SAP_ODATA_BASE", "value": "https://s4p-gw.erp.af.corp:44300/sap/opu/odata/sap"},
        {"name": "SAP_ODATA_USER", "value": "ODATA_CRUCIBLE"},
        {"name": "SAP_ODATA_PASSWORD", "value": "«sappw:odata»"},  ⟦password|SAP OData password in an ECS task definition⟧
        {"name": "BTP_TOKEN_URL", "value": "https://ardentforge.authentication.us10.hana.ondemand.com/oauth/token"},
        {"name": "BTP_CLIENT_SECRET", "value": "«sapbtp:crucible»"}  ⟦app-secret|SAP BTP client secret in an ECS task definition⟧
      ],
      "secrets": [
        {"name": "SUPPLIER_PORTAL_KEY", "valueFrom": "arn:aws:ssm:us-east-2:418273650912:parameter/crucible/supplier-portal-key"}  ⟪SSM parameter ARN⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/mes-kepware-adapter-taskdef.json", r"""
{
  "family": "anvil-kepware-adapter",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["EC2"],
  "containerDefinitions": [
    {
      "name": "adapter",
      "image": "256908417733.dkr.ecr.us-east-2.amazonaws.com/anvil/kepware-adapter:2.8.1",
      "memory": 512,
      "environment": [
        {"name": "KEPWARE_CONFIG_API", "value": "https://slt-kep01.ot.af.corp:57513/config/v1"},
        {"name": "KEPWARE_USER", "value": "anvil-config"},
        {"name": "KEPWARE_PASSWORD", "value": "«ftpw:kepslt»"},  ⟦password|Kepware configuration API password in ECS env⟧
        {"name": "OPCUA_ENDPOINT", "value": "opc.tcp://slt-kep01.ot.af.corp:49320"},
        {"name": "OPCUA_PASSWORD", "value": "${OPCUA_PASSWORD}"}  ⟪environment placeholder⟫
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-2:256908417733:secret:ecr-pull-«b62:6-ecrpull»"}  ⟪repository credentials ARN⟫
    }
  ]
}
"""),
    ("infra/ecs/yardmaster/ecs-params.yml", r"""
version: 1
task_definition:
  task_execution_role: yardmaster-exec
  ecs_network_mode: awsvpc
  task_size:
    mem_limit: 1GB
    cpu_limit: 512
  services:
    gate:
      essential: true
      secrets:
        - value_from: /yardmaster/prd/fourkites-apikey  ⟪SSM parameter name⟫
          name: FOURKITES_API_KEY
run_params:
  network_configuration:
    awsvpc_configuration:
      subnets: [subnet-0b5d7e2a91c4f3068]
      assign_public_ip: DISABLED
"""),
    ("infra/ecs/yardmaster/docker-compose.ecs.yml", r"""
version: '3'
services:
  gate:
    image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/yardmaster/gate:5.2.0
    ports: ["8443:8443"]
    environment:
      YARD_DB_URL: jdbc:postgresql://yard-db.af.corp:5432/yard
      YARD_DB_PASSWORD: «pwc:yarddb»  ⟦password|database password in an ecs-cli compose file⟧
      LPR_CAMERA_PASSWORD: «pw6:lprcam»  ⟦password|licence-plate camera password⟧
      C3_RESERVATIONS_TOKEN: «b62:48-c3res»  ⟦app-secret|dock-scheduling API token⟧
    logging:
      driver: awslogs
      options: {awslogs-group: /ecs/yardmaster, awslogs-region: us-east-2, awslogs-stream-prefix: gate}
"""),
    ("infra/lambda/pi-poller-day1.configuration.json", r"""
{
    "FunctionName": "tempering-PiPollerDay1-«up:12-lambdaid»",
    "FunctionArn": "arn:aws:lambda:us-east-2:730164928357:function:tempering-PiPollerDay1-«up:12-lambdaid»",
    "Runtime": "python3.12",
    "Role": "arn:aws:iam::730164928357:role/tempering-poller",
    "Handler": "poller.handler",
    "CodeSize": 48213,
    "Timeout": 60,
    "MemorySize": 256,
    "LastModified": "2026-11-18T14:02:11.000+0000",
    "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256⟫
    "Version": "$LATEST",
    "Environment": {
        "Variables": {
            "PI_WEBAPI_URL": "https://day1-piweb01.ot.af.corp/piwebapi",
            "PI_USER": "AF\\svc-tempering",
            "PI_PASSWORD": "«pw:pipollday1»",  ⟦password|PI Web API password in a Lambda configuration dump⟧
            "TS_DATABASE": "tempering"
        }
    },
    "TracingConfig": {"Mode": "PassThrough"},
    "RevisionId": "«uuid:lambdarev»"  ⟪revision id⟫
}
"""),
    ("infra/lambda/edi-997-ack.configuration.json", r"""
{
  "FunctionName": "ingot-997-ack",
  "Runtime": "java21",
  "Handler": "com.ardentforge.ingot.Ack997Handler::handleRequest",
  "Environment": {
    "Variables": {
      "SPS_COMMERCE_TOKEN": "«b62:40-spscommerce»",  ⟦app-secret|SPS Commerce API token in a Lambda configuration⟧
      "VAN_MAILBOX": "ARDENTFORGE01",
      "AS2_KEYSTORE_PASSWORD": "AQICAHh«b64k:120-kmsenv»"  ⟪KMS-encrypted environment value⟫
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-2:418273650912:key/«uuid:kmsingot»"  ⟪KMS key ARN⟫
}
"""),
    ("infra/codebuild/buildspec-plc-backup.yml", r"""
version: 0.2
# nightly: pull PLC and HMI project backups from the plant file servers and version them in CodeCommit
env:
  variables:
    OCTOPLANT_URL: https://octoplant.ot.af.corp
    OCTOPLANT_API_TOKEN: «b62:44-octoplant»  ⟦app-secret|versiondog/octoplant API token in buildspec variables⟧
  parameter-store:
    SMB_PASSWORD: /ot/backup/smb-password  ⟪parameter-store reference⟫
  secrets-manager:
    GIT_TOKEN: ci/codecommit:token  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - python3 tools/pull_backups.py --plants DAY1,SLT,BRN,PNQ --out backups/
      - git add backups && git commit -m "plc backups $(date +%F)" || true
"""),
    ("infra/codebuild/buildspec-greengrass.yml", r"""
version: 0.2
env:
  variables:
    GDK_REGION: us-east-2
    AWS_ACCESS_KEY_ID: «akid:gdkpublish»  ⟦aws-key-id|key id in buildspec variables⟧
    AWS_SECRET_ACCESS_KEY: «awssec:gdkpublish»  ⟦aws-secret|secret in buildspec variables⟧
phases:
  install:
    commands:
      - pip3 install git+https://github.com/aws-greengrass/aws-greengrass-gdk-cli.git@v1.6.2
  build:
    commands:
      - gdk component build
      - gdk component publish
"""),
    ("infra/terraform/providers.tf", r"""
terraform {
  required_providers {
    aws         = { source = "hashicorp/aws", version = "~> 5.70" }
    artifactory = { source = "jfrog/artifactory", version = "~> 12.3" }
    grafana     = { source = "grafana/grafana", version = "~> 3.10" }
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:tfbootstrap»"  ⟦aws-key-id|access key in a Terraform provider block⟧
  secret_key = "«awssec:tfbootstrap»"  ⟦aws-secret|secret key in a Terraform provider block⟧
}

provider "aws" {
  alias  = "ot"
  region = "us-east-2"
  assume_role {
    role_arn = "arn:aws:iam::730164928357:role/terraform"  ⟪role ARN⟫
  }
}

provider "artifactory" {
  url          = "https://artifactory.ardentforge.com"
  access_token = "«artref:tf»"  ⟦app-secret|JFrog reference token in a Terraform provider⟧
}

provider "grafana" {
  url  = "https://ardentforge.grafana.net"
  auth = var.grafana_auth  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "env" {
  type    = string
  default = "prd"
}

variable "grafana_auth" {
  type      = string
  sensitive = true
}

variable "wms_db_password" {
  type      = string
  sensitive = true
  default   = "«pwl:wmsdb»"  ⟦password|Terraform variable default password⟧
}

variable "talk2m_password" {
  description = "Talk2M account password used by the eWON remote-access poller"
  type        = string
  default     = "«pwn:talk2m»"  ⟦password|Talk2M password as a variable default⟧
}

variable "mes_admin_password" {
  type    = string
  default = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/rds-wms.tf", r"""
resource "aws_db_instance" "wms" {
  identifier             = "wms-prd"
  engine                 = "sqlserver-se"
  instance_class         = "db.m6i.xlarge"
  allocated_storage      = 400
  username               = "wmsadmin"
  password               = var.wms_db_password  ⟪variable reference⟫
  license_model          = "license-included"
  multi_az               = true
  vpc_security_group_ids = ["sg-0f3a9d7e2c1b46058"]
  tags = {
    app  = "korber-wms"
    site = "DAY1-DC"
  }
}

resource "aws_db_instance" "yard" {
  identifier                  = "yard-prd"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  allocated_storage           = 100
  username                    = "yard"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_db_instance" "quench_replica" {
  identifier     = "quench-spc-replica"
  engine         = "postgres"
  instance_class = "db.t4g.medium"
  username       = "quench"
  password       = "«pwp:quenchrepl»"  ⟦password|literal password in an aws_db_instance⟧
}
"""),
    ("infra/terraform/secrets.tf", r"""
resource "random_password" "historian" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret" "historian" {
  name = "tempering/historian-admin"
}

resource "aws_secretsmanager_secret_version" "historian" {
  secret_id     = aws_secretsmanager_secret.historian.id
  secret_string = random_password.historian.result  ⟪random_password result⟫
}

resource "aws_secretsmanager_secret" "ariba" {
  name = "ingot/ariba-network"
}

resource "aws_secretsmanager_secret_version" "ariba" {
  secret_id = aws_secretsmanager_secret.ariba.id
  secret_string = jsonencode({
    network_id    = "AN0«num:10-aribaanid»"
    shared_secret = "«ariba:an»"  ⟦password|Ariba Network shared secret in a Terraform secret version⟧
  })
}
"""),
    ("infra/terraform/iot-rules.tf", r"""
resource "aws_iot_topic_rule" "quality_to_etq" {
  name        = "quality_events_to_etq"
  enabled     = true
  sql         = "SELECT * FROM 'af/+/quench/nonconformance'"
  sql_version = "2016-03-23"

  http {
    url = "https://ardentforge.etq.com/reliance/rest/v1/documents"
    http_header {
      key   = "Authorization"
      value = "Bearer «b62:40-etq»"  ⟦app-secret|ETQ Reliance API token in an IoT rule header⟧
    }
  }
}

resource "aws_iot_certificate" "gw" {
  csr    = file("${path.module}/csr/day1-gw07.csr")  ⟪CSR file⟫
  active = true
}

resource "aws_iot_thing" "gw" {
  name = "day1-gw07"
  attributes = {
    plant = "DAY1"
    line  = "press-4"
  }
}
"""),
    ("infra/terraform/msk-scram.tf", r"""
resource "aws_secretsmanager_secret" "msk_mes" {
  name       = "AmazonMSK_anvil-mes"
  kms_key_id = aws_kms_key.msk.key_id
}

resource "aws_secretsmanager_secret_version" "msk_mes" {
  secret_id     = aws_secretsmanager_secret.msk_mes.id
  secret_string = jsonencode({ username = "anvil-mes", password = "«pwx:mskmes»" })  ⟦password|MSK SCRAM password in Terraform⟧
}

resource "aws_msk_scram_secret_association" "mes" {
  cluster_arn     = aws_msk_cluster.plant_events.arn
  secret_arn_list = [aws_secretsmanager_secret.msk_mes.arn]
}
"""),
    ("infra/terraform/env/prd.tfvars", r"""
env              = "prd"
region           = "us-east-2"
wms_db_password  = "«pwl:wmsdb»"  ⟦password|tfvars password⟧
talk2m_password  = "«pwn:talk2m»"  ⟦password|tfvars Talk2M password⟧
samsara_token    = "«samsara:yard»"  ⟦app-secret|Samsara token in tfvars⟧
grafana_auth     = "«glc:tf»"  ⟦app-secret|Grafana Cloud token in tfvars⟧
plant_cidrs      = ["10.20.0.0/16", "10.30.0.0/16", "10.40.0.0/16", "10.50.0.0/16"]
"""),
    ("infra/terraform/env/brn.auto.tfvars.json", r"""
{
  "plant": "BRN",
  "region": "eu-central-1",
  "sitewise_gateway_name": "brn-sw-gw01",
  "opcua_password": "«ftpw:opcuabrn»",  ⟦password|OPC UA password in JSON tfvars⟧
  "ewon_device_password": "«pw6:ewonbrn»",  ⟦password|eWON device password in JSON tfvars⟧
  "kms_key_alias": "alias/bellows-brn"
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-lockh1»",  ⟪provider lock hash⟫
    "zh:«sha256:lockzh1»",  ⟪provider lock hash⟫
    "zh:«sha256:lockzh2»",
  ]
}
"""),
    ("infra/terraform/backend.tf", r"""
terraform {
  backend "s3" {
    bucket         = "af-tfstate-256908417733"
    key            = "platform/prd.tfstate"
    region         = "us-east-2"
    dynamodb_table = "af-tf-locks"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:us-east-2:256908417733:key/«uuid:tfkms»"  ⟪KMS key ARN⟫
  }
}
"""),
    ("infra/terraform/modules/plant-vpn/main.tf", r"""
resource "aws_customer_gateway" "plant" {
  bgp_asn    = var.bgp_asn
  ip_address = var.plant_public_ip
  type       = "ipsec.1"
}

resource "aws_vpn_connection" "plant" {
  customer_gateway_id   = aws_customer_gateway.plant.id
  transit_gateway_id    = var.tgw_id
  type                  = "ipsec.1"
  tunnel1_preshared_key = "«b62:32-vpnpsk1»"  ⟦password|VPN tunnel pre-shared key in a Terraform module⟧
  tunnel2_preshared_key = var.tunnel2_psk  ⟪variable reference⟫
  tags = {
    Name  = "vpn-${var.plant}"
    owner = "network-ops"
  }
}
"""),
    ("infra/terraform/datadog.tf", r"""
provider "datadog" {
  api_key = "«ddapi:tf»"  ⟦datadog|Datadog API key in a Terraform provider⟧
  app_key = "«ddapp:tf»"  ⟦datadog|Datadog application key in a Terraform provider⟧
  api_url = "https://api.us5.datadoghq.com/"
}

resource "datadog_monitor" "opcua_disconnects" {
  name    = "OPC UA collector disconnects"
  type    = "log alert"
  query   = "logs(\"service:opcua-collector status:error\").index(\"*\").rollup(\"count\").last(\"5m\") > 20"
  message = "@pagerduty-ot-oncall"
}
"""),
    ("infra/terragrunt/plants/slt/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//plant-edge"
}

inputs = {
  plant                 = "SLT"
  region                = "us-east-2"
  gateway_count         = 6
  kepware_admin_password = "«ftpw:kepslt»"  ⟦password|Kepware password in Terragrunt inputs⟧
  wifi_scanner_psk      = "«sgpsk:sltscanners»"  ⟦password|scanner WLAN passphrase in Terragrunt inputs⟧
  ntp_servers           = ["10.30.0.5", "10.30.0.6"]
}
"""),
    ("infra/terragrunt/plants/pnq/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../terraform/modules//plant-edge"
}

inputs = {
  plant                  = "PNQ"
  region                 = "ap-south-1"
  gateway_count          = 3
  kepware_admin_password = get_env("KEPWARE_ADMIN_PASSWORD")  ⟪get_env lookup⟫
  wifi_scanner_psk       = run_cmd("--terragrunt-quiet", "op", "read", "op://OT/pnq-scanners/psk")  ⟪op read⟫
}
"""),
    ("infra/pulumi/smelter/Pulumi.prd.yaml", r"""
encryptionsalt: v1:«b64k:12-pulsalt»:v1:«b64k:24-pulsalt2»:«b64k:20-pulsalt3»  ⟪Pulumi encryption salt⟫
config:
  aws:region: us-east-2
  smelter:redshiftAdminPassword: «pwc:redshift»  ⟦password|plaintext Pulumi config password⟧
  smelter:databricksToken:
    secure: v1:«b64k:18-pulsec1»:«b64k:60-pulsec2»  ⟪Pulumi secure value⟫
  smelter:bucketPrefix: af-smelter
"""),
    ("infra/pulumi/smelter/__main__.py", r"""
import pulumi
import pulumi_aws as aws

cfg = pulumi.Config()

redshift = aws.redshiftserverless.Namespace(
    "smelter",
    namespace_name="smelter",
    admin_username="smelter_admin",
    admin_user_password=cfg.require_secret("redshiftAdminPassword"),  ⟪Pulumi require_secret⟫
    db_name="smelter",
)

plm_connector = aws.glue.Connection(
    "windchill",
    connection_type="JDBC",
    connection_properties={
        "JDBC_CONNECTION_URL": "jdbc:oracle:thin:@//wc-db01.plm.af.corp:1521/WCPRD",
        "USERNAME": "wc_reader",
        "PASSWORD": "«pwn:wcreader»",  ⟦password|Glue connection password in a Pulumi program⟧
    },
)

pulumi.export("workgroup", redshift.namespace_name)
"""),
    ("infra/cdk/lib/mes-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class MesStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0e4a1c7d93b2f5068' });  ⟪VPC id⟫

    new rds.DatabaseInstance(this, 'OpcenterReporting', {
      engine: rds.DatabaseInstanceEngine.sqlServerSe({ version: rds.SqlServerEngineVersion.VER_16 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret('opc_rpt'),  ⟪generated secret⟫
    });

    new secretsmanager.Secret(this, 'MesApiKey', {
      secretName: 'anvil-mes/partner-api',
      secretStringValue: cdk.SecretValue.unsafePlainText('«b62:36-mesapi»'),  ⟦app-secret|unsafePlainText secret in CDK TypeScript⟧
    });

    const hmi = secretsmanager.Secret.fromSecretNameV2(this, 'Hmi', 'anvil-mes/hmi-service');  ⟪secret by name⟫
  }
}
"""),
    ("infra/cdk/cdk.json", r"""
{
  "app": "npx ts-node --prefer-ts-exts bin/app.ts",
  "context": {
    "@aws-cdk/core:enableStackNameDuplicates": true,
    "anvil:plants": ["DAY1", "SLT", "BRN", "PNQ"],
    "anvil:opcenterLicenseServer": "28000@af-lic01.af.corp",
    "anvil:ignitionGatewayToken": "«b62:43-ignitioncdk»",  ⟦app-secret|Ignition API token in cdk.json context⟧
    "anvil:artifactoryUser": "svc-cdk"
  }
}
"""),
    ("infra/cdk-java/src/main/java/com/ardentforge/infra/HistorianStack.java", r"""
package com.ardentforge.infra;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.docdb.DatabaseCluster;
import software.amazon.awscdk.services.docdb.Login;
import software.constructs.Construct;

public class HistorianStack extends Stack {
    public HistorianStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);

        DatabaseCluster events = DatabaseCluster.Builder.create(this, "AlarmEvents")
            .masterUser(Login.builder()
                .username("alarms")
                .password(SecretValue.unsafePlainText("«pwc:docdbalarms»"))  ⟦password|DocumentDB password in CDK Java⟧
                .build())
            .instances(2)
            .build();

        DatabaseCluster batches = DatabaseCluster.Builder.create(this, "BatchRecords")
            .masterUser(Login.builder().username("batches").build())  ⟪generated master password⟫
            .instances(2)
            .build();
    }
}
"""),
    ("infra/cdk-py/stacks/edge_fleet.py", r"""
import json

from aws_cdk import Stack
from aws_cdk import aws_greengrassv2 as ggv2
from constructs import Construct


class EdgeFleetStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        collector_cfg = {
            "opcua": {"endpoint": "opc.tcp://10.40.8.15:4840", "user": "gg-collector",
                      "password": "«ftpw:opcuabrn»"},  ⟦password|OPC UA password in a CDK Python dict⟧
            "publishInterval": 1000,
        }
        ggv2.CfnDeployment(
            self, "BrnLine2",
            target_arn="arn:aws:iot:eu-central-1:730164928357:thinggroup/brn-line2",
            components={
                "com.ardentforge.OpcUaCollector": ggv2.CfnDeployment.ComponentDeploymentSpecificationProperty(
                    component_version="1.4.0",
                    configuration_update=ggv2.CfnDeployment.ComponentConfigurationUpdateProperty(
                        merge=json.dumps(collector_cfg)),
                ),
            },
        )
"""),
    ("infra/greengrass/recipes/com.ardentforge.OpcUaCollector-1.4.0.yaml", r"""
RecipeFormatVersion: '2020-01-25'
ComponentName: com.ardentforge.OpcUaCollector
ComponentVersion: 1.4.0
ComponentDescription: Reads OPC UA tags from Kepware/Ignition and publishes to IoT SiteWise and local MQTT
ComponentPublisher: Ardent Forge OT Platform
ComponentConfiguration:
  DefaultConfiguration:
    opcua:
      endpoint: opc.tcp://localhost:49320
      user: gg-collector
      password: «ftpw:opcuadefault»  ⟦password|OPC UA password in a Greengrass recipe DefaultConfiguration⟧
    secretArn: arn:aws:secretsmanager:us-east-2:730164928357:secret:bellows/opcua-«b62:6-ggsec»  ⟪Secrets Manager ARN⟫
    accessControl:
      aws.greengrass.SecretManager:
        com.ardentforge.OpcUaCollector:secrets:1:
          policyDescription: read the OPC UA secret
          operations: [aws.greengrass#GetSecretValue]
          resources: ['*']
Manifests:
  - Platform:
      os: linux
    Lifecycle:
      Run: python3 -u {artifacts:decompressedPath}/collector/main.py
    Artifacts:
      - URI: s3://af-bellows-components-730164928357/opcua-collector/1.4.0/collector.zip
"""),
    ("infra/greengrass/recipes/com.ardentforge.KepwareBridge-2.1.3.json", r"""
{
  "RecipeFormatVersion": "2020-01-25",
  "ComponentName": "com.ardentforge.KepwareBridge",
  "ComponentVersion": "2.1.3",
  "ComponentDescription": "Pushes tag changes from KEPServerEX IoT Gateway to the cell MQTT broker",
  "ComponentPublisher": "Ardent Forge OT Platform",
  "ComponentConfiguration": {
    "DefaultConfiguration": {
      "kepwareRestUrl": "http://127.0.0.1:39320/iotgateway",
      "kepwareUser": "Administrator",
      "kepwarePassword": "",  ⟪empty value⟫
      "mqttUrl": "mqtts://cell-broker.local:8883",
      "mqttUser": "kepbridge",
      "mqttPassword": "«pwr:kepbridgemqtt»"  ⟦password|MQTT password in a Greengrass JSON recipe⟧
    }
  },
  "Manifests": [
    {"Platform": {"os": "windows"},
     "Lifecycle": {"Run": "powershell -File {artifacts:path}/bridge.ps1"}}
  ]
}
"""),
    ("infra/greengrass/deployments/slt-line3.json", r"""
{
  "targetArn": "arn:aws:iot:us-east-2:730164928357:thinggroup/slt-line3",
  "deploymentName": "slt-line3-2026-11",
  "components": {
    "aws.greengrass.Nucleus": {"componentVersion": "2.13.0"},
    "aws.greengrass.StreamManager": {"componentVersion": "2.2.0"},
    "com.ardentforge.KepwareBridge": {
      "componentVersion": "2.1.3",
      "configurationUpdate": {
        "merge": "{\"mqttUser\":\"kepbridge-slt3\",\"mqttPassword\":\"«pwp:slt3mqtt»\"}"  ⟦password|MQTT password in a Greengrass deployment merge⟧
      }
    },
    "com.ardentforge.OpcUaCollector": {
      "componentVersion": "1.4.0",
      "configurationUpdate": {"merge": "{\"opcua\":{\"endpoint\":\"opc.tcp://10.30.8.15:49320\"}}"}
    }
  },
  "deploymentPolicies": {"failureHandlingPolicy": "ROLLBACK"}
}
"""),
    ("infra/greengrass/config/day1-gw07.config.yaml", r"""
---
system:
  certificateFilePath: /greengrass/v2/device.pem.crt  ⟪certificate path⟫
  privateKeyPath: /greengrass/v2/private.pem.key  ⟪key path⟫
  rootCaPath: /greengrass/v2/AmazonRootCA1.pem
  rootpath: /greengrass/v2
  thingName: day1-gw07
services:
  aws.greengrass.Nucleus:
    componentType: NUCLEUS
    version: 2.13.0
    configuration:
      awsRegion: us-east-2
      iotRoleAlias: BellowsTokenExchangeRoleAlias
      iotDataEndpoint: «lo:14-iotep»-ats.iot.us-east-2.amazonaws.com  ⟪IoT endpoint⟫
      iotCredEndpoint: «lo:14-iotcred».credentials.iot.us-east-2.amazonaws.com
      networkProxy:
        noProxyAddresses: localhost,127.0.0.1,10.20.0.0/16
        proxy:
          url: http://svc-gg-proxy:«pct:pwp:ggproxy»@proxy.day1.af.corp:3128  ⟦conn-string|proxy URL with a password in a Greengrass nucleus config⟧
"""),
    ("infra/iot/fleet-provisioning-template.json", r"""
{
  "Parameters": {
    "SerialNumber": {"Type": "String"},
    "Plant": {"Type": "String"},
    "AWS::IoT::Certificate::Id": {"Type": "String"}
  },
  "Resources": {
    "thing": {
      "Type": "AWS::IoT::Thing",
      "Properties": {
        "ThingName": {"Fn::Join": ["", ["gw-", {"Ref": "SerialNumber"}]]},
        "ThingGroups": [{"Fn::Join": ["", [{"Ref": "Plant"}, "-gateways"]]}]
      }
    },
    "certificate": {
      "Type": "AWS::IoT::Certificate",
      "Properties": {"CertificateId": {"Ref": "AWS::IoT::Certificate::Id"}, "Status": "Active"}
    }
  }
}
"""),
    ("infra/cfn/params/mes-db.prd.json", r"""
{
  "Parameters": {
    "MesSaPassword": "«pwx:messa»",  ⟦password|template configuration file password⟧
    "Env": "prd"
  },
  "Tags": {
    "cost-center": "OT-MES-5120",
    "owner": "mes-team"
  }
}
"""),
    ("infra/stepfunctions/sap-order-sync.asl.json", r"""
{
  "Comment": "crucible - push released production orders from SAP to the MES, then confirm back",
  "StartAt": "GetReleasedOrders",
  "States": {
    "GetReleasedOrders": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://s4p-gw.erp.af.corp:44300/sap/opu/odata/sap/API_PRODUCTION_ORDER_2_SRV/A_ProductionOrder_2",
        "Method": "GET",
        "Authentication": {"ConnectionArn": "arn:aws:events:us-east-2:418273650912:connection/sap-odata/«uuid:sfnconn»"}  ⟪connection ARN⟫
      },
      "Next": "PostToMes"
    },
    "PostToMes": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://opcenter.af.corp/OpcenterEXDI/api/WorkOrders",
        "Method": "POST",
        "Headers": {"Authorization": "Basic «basic:opcenter»"},  ⟦password-b64|basic-auth header in a Step Functions state⟧
        "RequestBody.$": "$.ResponseBody"
      },
      "End": true
    }
  }
}
"""),
    ("infra/copilot/yardmaster/manifest.yml", r"""
name: yard-api
type: Load Balanced Web Service
http:
  path: '/'
  healthcheck: /healthz
image:
  build: Dockerfile
  port: 8080
cpu: 512
memory: 1024
variables:
  YARD_SITE: DAY1-DC
  FOURKITES_API_KEY: «hex:32-fourkites»  ⟦app-secret|FourKites API key in Copilot variables⟧
secrets:
  YARD_DB_PASSWORD: /copilot/yardmaster/prd/secrets/db-password  ⟪Copilot secret reference⟫
  SAMSARA_TOKEN:
    secretsmanager: yardmaster/samsara  ⟪Secrets Manager reference⟫
"""),
    ("infra/apprunner/supplier-portal/apprunner.yaml", r"""
version: 1.0
runtime: nodejs18
build:
  commands:
    build:
      - npm ci
      - npm run build
run:
  command: node dist/server.js
  network:
    port: 3000
  env:
    - name: AUTH0_DOMAIN
      value: ardentforge-suppliers.us.auth0.com
    - name: AUTH0_CLIENT_SECRET
      value: «auth0:supplierportal»  ⟦app-secret|Auth0 client secret in apprunner.yaml⟧
    - name: COUPA_API_KEY
      value: «coupa:portal»  ⟦app-secret|Coupa API key in apprunner.yaml⟧
  secrets:
    - name: DB_PASSWORD
      value-from: arn:aws:secretsmanager:us-east-2:418273650912:secret:ingot/portal-db-«b62:6-ingotdb»  ⟪value-from reference⟫
"""),
    ("infra/cfn/README-parameters.md", r"""
# Deploying the plant stacks

Parameters that carry secrets are `NoEcho` and have no default. Pass them from Secrets Manager:

```sh
aws cloudformation deploy --template-file mes-db.yaml --stack-name anvil-mes-db \
  --parameter-overrides MesSaPassword="$(aws secretsmanager get-secret-value --secret-id anvil-mes/sa --query SecretString --output text)"  ⟪command substitution⟫
```

For a local dry run use `MesSaPassword=<your-sa-password>` and never commit the filled-in file.  ⟪placeholder⟫
The SiteWise Edge OPC UA user lives in `sitewise/<plant>/kepware-opcua`.
"""),
    ("infra/cfn/ec2-ot-historian-replica.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: PI Data Archive replica in AWS (read-only copy for analytics), Brno
Resources:
  PiReplica:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0c7e1a94d2b3f5068  ⟪AMI id⟫
      InstanceType: r6i.2xlarge
      SubnetId: subnet-0e9a3c7d41b2f5086
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          mkdir -p /root/.aws
          cat > /root/.aws/credentials <<'EOF'
          [default]
          aws_access_key_id = «akid:pireplica»  ⟦aws-key-id|key id written by EC2 UserData⟧
          aws_secret_access_key = «awssec:pireplica»  ⟦aws-secret|secret written by EC2 UserData⟧
          EOF
          aws s3 sync s3://af-pi-backups-730164928357/brn/ /data/pi/restore/
      Tags:
        - Key: Name
          Value: brn-pi-replica
        - Key: ot-zone
          Value: dmz
"""),
    ("infra/cfn/mes-andon-sns.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: anvil-mes - andon escalation to Teams, PagerDuty and the plant PA system
Resources:
  AndonTopic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: anvil-andon
      Subscription:
        - Protocol: https
          Endpoint: https://events.pagerduty.com/integration/«pdkey:andon»/enqueue  ⟦pagerduty|PagerDuty integration key in an SNS endpoint URL⟧
  PaBridgeFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: index.handler
      Role: arn:aws:iam::418273650912:role/andon-pa
      Code:
        ZipFile: |
          import urllib.request, base64
          PA_URL = "http://10.20.1.40/api/announce"
          def handler(event, ctx):
              req = urllib.request.Request(PA_URL, data=event["Records"][0]["Sns"]["Message"].encode())
              req.add_header("Authorization", "Basic " + base64.b64encode(b"andon:«pw6:paandon»").decode())  ⟦password|PA system password in inline Lambda code⟧
              urllib.request.urlopen(req, timeout=5)
      Environment:
        Variables:
          TEAMS_WEBHOOK: https://ardentforge.webhook.office.com/webhookb2/«uuid:teamsg»@«uuid:teamst»/IncomingWebhook/«hex:32-teamswh»/«uuid:teamsu»/V2«b62:40-teamsv2»  ⟦app-secret|Teams incoming webhook URL in Lambda env⟧
"""),
]
