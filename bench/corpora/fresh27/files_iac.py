"""fresh27 templates, AWS infrastructure as code (Tessaly Clinical Research): CloudFormation YAML and JSON,
parameter files, SAM and samconfig, serverless.yml, ECS task definitions, Lambda configurations, CodeBuild,
EC2 UserData, Glue, MWAA, Transfer Family, Terraform and tfvars, CDK.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/lims-core.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: >-
  quillon-lims core - bioanalytical LIMS (Raleigh central lab) on Aurora PostgreSQL with the
  ChromaVerse CDS result importer. GxP system, validated; change control CC-2026-0418.
Parameters:
  Env:
    Type: String
    AllowedValues: [prod, val, dev]
  LimsDbAdminPassword:
    Type: String
    NoEcho: true
  ImporterApiToken:
    Type: String
    NoEcho: true
    Default: «b62:40-cdsimport»  ⟦app-secret|NoEcho parameter with a literal Default (CDS importer token)⟧
Resources:
  LimsCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      EngineVersion: '15.6'
      DatabaseName: quillon
      MasterUsername: lims_admin
      MasterUserPassword: !Ref LimsDbAdminPassword  ⟪Ref to a NoEcho parameter without Default⟫
      StorageEncrypted: true
      KmsKeyId: arn:aws:kms:us-east-1:718204593361:key/«uuid:kmslims»  ⟪KMS key ARN⟫
      DeletionProtection: true
  ReportingReplicaUser:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: !Sub quillon/${Env}/reporting-ro
      SecretString: '{"username":"lims_reporting","password":"«pwc:limsreporting»"}'  ⟦password|SecretString with a literal password⟧
  ImporterQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: !Sub cds-results-${Env}
      KmsMasterKeyId: alias/quillon-queues
"""),
    ("infra/cfn/lims-core.params.prod.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "prod"},
  {"ParameterKey": "LimsDbAdminPassword", "ParameterValue": "«pw:limsadmin»"},  ⟦password|parameter file password, season + year⟧
  {"ParameterKey": "ImporterApiToken", "ParameterValue": "«b62:40-cdsimport»"},  ⟦app-secret|CDS importer token in parameter file⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-east-1:718204593361:lims-alarms"}
]
"""),
    ("infra/cfn/lims-core.params.val.json", r"""
[
  {"ParameterKey": "Env", "ParameterValue": "val"},
  {"ParameterKey": "LimsDbAdminPassword", "ParameterValue": "{{resolve:secretsmanager:quillon/val/admin:SecretString:password}}"},  ⟪dynamic reference in a parameter file⟫
  {"ParameterKey": "ImporterApiToken", "ParameterValue": "«pwp:valimport»"},  ⟦password|weak validation token in parameter file⟧
  {"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:us-east-1:718204593361:lims-alarms-val"}
]
"""),
    ("infra/cfn/edc-bridge.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "edc-bridge: nightly pull of Trialform EDC clinical data (ODM XML) into the lakehouse landing bucket",
  "Parameters": {
    "TrialformClientSecret": {"Type": "String", "NoEcho": true},
    "LandingBucket": {"Type": "String", "Default": "tcr-lake-landing-718204593361"}
  },
  "Resources": {
    "PullFunction": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "FunctionName": "edc-bridge-pull",
        "Runtime": "python3.12",
        "Handler": "pull.handler",
        "Role": {"Fn::GetAtt": ["PullRole", "Arn"]},
        "Timeout": 900,
        "Environment": {
          "Variables": {
            "TRIALFORM_BASE_URL": "https://tessaly.trialform-edc.net/api/v3",
            "TRIALFORM_CLIENT_ID": "tcr-edc-bridge-prd",
            "TRIALFORM_CLIENT_SECRET": {"Ref": "TrialformClientSecret"},  ⟪Ref to a NoEcho parameter⟫
            "TRIALFORM_ODM_PASSWORD": "«pwx:odmexport»",  ⟦password|ODM export user password in Lambda env⟧
            "LANDING_BUCKET": {"Ref": "LandingBucket"},
            "CODE_SHA": "«sha:edcbridgesha»"  ⟪git commit SHA⟫
          }
        }
      }
    },
    "Schedule": {
      "Type": "AWS::Events::Rule",
      "Properties": {"ScheduleExpression": "cron(15 4 * * ? *)", "State": "ENABLED"}
    }
  }
}
"""),
    ("infra/cfn/irt-sync.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: irt-sync - RandoGate IRT randomisation and drug-supply webhooks to the CTMS
Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 30
Resources:
  WebhookFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/webhook.handler
      CodeUri: ./
      Environment:
        Variables:
          RANDOGATE_WEBHOOK_SECRET: «hex:64-randogatehook»  ⟦app-secret|RandoGate webhook signing secret in SAM env⟧
          RANDOGATE_API_USER: svc_irt_sync
          RANDOGATE_API_PASSWORD: '{{resolve:ssm-secure:/irt-sync/prod/randogate-password}}'  ⟪ssm-secure dynamic reference⟫
          SITELEDGER_TOKEN: «b62:48-siteledger»  ⟦app-secret|SiteLedger CTMS API token in SAM env⟧
          CTMS_TENANT: tessaly-prod
  SupplyFn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: dist/supply.handler
      CodeUri: ./
      Environment:
        Variables:
          DEPOT_FEED_URL: https://depot.cryoline-logistics.com/feeds/tessaly
          CRYOLINE_API_KEY: «uuid:cryolinekey»  ⟦app-secret|Cryoline courier API key (UUID shape) under a provider-named key⟧
          DEPOT_SECRET_ARN: arn:aws:secretsmanager:us-east-1:718204593361:secret:irt-sync/depot-«b62:6-depotsec»  ⟪Secrets Manager ARN⟫
"""),
    ("infra/sam/pv-intake/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: pv-intake - adverse event intake (web form, call centre, partner E2B R3 gateway) into VigilArc
Parameters:
  VigilArcPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /pv-intake/prod/vigilarc-password  ⟪SSM parameter name as Default⟫
  E2bGatewayKey:
    Type: String
    NoEcho: true
Resources:
  IntakeApi:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      Auth:
        ApiKeyRequired: true
  IntakeFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: intake.app.handler
      Environment:
        Variables:
          VIGILARC_URL: https://vigilarc.tessaly-cro.com/safety/api
          VIGILARC_USER: pv_intake_svc
          VIGILARC_PASSWORD: !Ref VigilArcPassword  ⟪Ref to an SSM parameter type⟫
          E2B_GATEWAY_KEY: !Ref E2bGatewayKey
          MEDDRA_VERSION: '27.1'
          TRANSLATE_API_KEY: «aiza:pvtranslate»  ⟦app-secret|Google Cloud Translation API key used server-side with no restriction⟧
"""),
    ("infra/sam/pv-intake/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "pv-intake-prod"
resolve_s3 = true
s3_prefix = "pv-intake"
region = "us-east-1"
confirm_changeset = true
capabilities = "CAPABILITY_IAM"
parameter_overrides = "E2bGatewayKey=\"«pwr:e2bgateway»\" Stage=\"prod\""  ⟦password|samconfig parameter_overrides with a gateway key⟧
image_repositories = []

[val.deploy.parameters]
stack_name = "pv-intake-val"
parameter_overrides = "E2bGatewayKey=\"{{resolve:secretsmanager:pv-intake/val/e2b}}\" Stage=\"val\""  ⟪dynamic reference in samconfig⟫
"""),
    ("infra/sam/freezer-alerts/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: freezer-alerts - FrostGuard -80C freezer and LN2 dewar alarms to on-call (PagerDuty, Teams, SMS)
Resources:
  AlarmFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: alerts.handler
      MemorySize: 256
      Environment:
        Variables:
          FROSTGUARD_API: https://raleigh-frostguard.lab.tessaly-cro.com/api/v2
          FROSTGUARD_API_KEY: «hex:40-frostguard»  ⟦app-secret|FrostGuard monitoring API key⟧
          PAGERDUTY_ROUTING_KEY: «pdkey:freezer»  ⟦app-secret|PagerDuty Events v2 routing key⟧
          TEAMS_WEBHOOK: «teamshook:labops»  ⟦app-secret|Teams incoming webhook URL⟧
          TWILIO_ACCOUNT_SID: «twac:freezer»  ⟪Twilio account SID, an identifier⟫
          TWILIO_AUTH_TOKEN: «hex:32-twauth»  ⟦app-secret|Twilio auth token⟧
          ESCALATION_MINUTES: '10'
      Events:
        Poll:
          Type: Schedule
          Properties:
            Schedule: rate(2 minutes)
"""),
    ("infra/cfn/data-platform/glue-sdtm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: sdtm-pipeline - Glue jobs mapping raw EDC extracts to CDISC SDTM domains (DM, AE, LB, EX, VS)
Resources:
  SdtmConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: '264019837745'
      ConnectionInput:
        Name: ctms-postgres
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:postgresql://ctms-prod.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/siteledger
          USERNAME: glue_reader
          PASSWORD: «pwn:gluereader»  ⟦password|Glue connection password, first name + digits⟧
  LbMappingJob:
    Type: AWS::Glue::Job
    Properties:
      Name: sdtm-lb-mapping
      Role: arn:aws:iam::264019837745:role/glue-sdtm
      GlueVersion: '4.0'
      Command:
        Name: glueetl
        ScriptLocation: s3://tcr-glue-scripts-264019837745/sdtm/lb_mapping.py
      DefaultArguments:
        '--job-bookmark-option': job-bookmark-enable
        '--lims_api_token': «b62:32-limsglue»  ⟦app-secret|LIMS API token in Glue DefaultArguments⟧
        '--secret_name': sdtm/lims-api  ⟪Secrets Manager secret name⟫
        '--TempDir': s3://tcr-glue-temp-264019837745/lb/
"""),
    ("infra/cfn/data-platform/mwaa.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Managed Airflow for the clinical data platform (lakehouse loads, SDTM, TLF refresh)
Resources:
  Airflow:
    Type: AWS::MWAA::Environment
    Properties:
      Name: tcr-dataplat
      AirflowVersion: 2.8.1
      SourceBucketArn: arn:aws:s3:::tcr-mwaa-264019837745
      DagS3Path: dags
      ExecutionRoleArn: arn:aws:iam::264019837745:role/mwaa-exec
      AirflowConfigurationOptions:
        core.fernet_key: «fernet:mwaa»  ⟦app-secret|Airflow Fernet key in MWAA options⟧
        secrets.backend: airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
        secrets.backend_kwargs: '{"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}'  ⟪secrets backend configuration⟫
        smtp.smtp_user: «akid:sesairflow»  ⟦aws-key-id|SES SMTP user in MWAA options⟧
        smtp.smtp_password: «sesv4:sesairflow»  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
        webserver.secret_key: «hex:48-mwaaweb»  ⟦app-secret|Airflow webserver secret_key⟧
"""),
    ("infra/cfn/transfer-sponsor-sftp.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: sponsor SFTP (Transfer Family) - sponsors drop protocol amendments, pull bioanalytical reports
Resources:
  Server:
    Type: AWS::Transfer::Server
    Properties:
      Protocols: [SFTP]
      IdentityProviderType: SERVICE_MANAGED
      EndpointType: PUBLIC
  SponsorHelixa:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: helixa-pharma
      Role: arn:aws:iam::718204593361:role/transfer-sponsor
      HomeDirectory: /tcr-sponsor-exchange/helixa
      SshPublicKeys:
        - «sshpub:edhelixa:helixa-datamgmt@helixa»  ⟪SSH public key⟫
  SponsorOrvane:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt Server.ServerId
      UserName: orvane-bio
      Role: arn:aws:iam::718204593361:role/transfer-sponsor
      HomeDirectory: /tcr-sponsor-exchange/orvane
  PartnerConnector:
    Type: AWS::Transfer::Connector
    Properties:
      Url: sftp://sftp.centrallab-partner.eu
      AccessRole: arn:aws:iam::718204593361:role/transfer-connector
      SftpConfig:
        UserSecretId: transfer/centrallab-partner  ⟪Secrets Manager secret id⟫
        TrustedHostKeys:
          - «sshpub:edpartnerhost:»  ⟪host public key⟫
"""),
    ("infra/cfn/instrument-gateway-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lab instrument gateway (Windows-less Linux relay) - pulls CDS and MS result files via SMB into S3
Parameters:
  AmiId:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64  ⟪public SSM AMI alias⟫
Resources:
  Gateway:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref AmiId
      InstanceType: t3.medium
      SubnetId: subnet-0b4e17c9a2d6f3805  ⟪subnet id⟫
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y cifs-utils rsync
          mkdir -p /mnt/cds /mnt/ionforge
          cat > /etc/smbcred-cds <<'EOF'
          username=svc_cdsexport
          password=«pwl:cdssmb»  ⟦password|SMB credentials file written by UserData⟧
          domain=TCRLAB
          EOF
          chmod 600 /etc/smbcred-cds
          echo "//rdu-cds01.lab.tessaly-cro.com/results /mnt/cds cifs credentials=/etc/smbcred-cds,ro 0 0" >> /etc/fstab
          mount -a
          export AWS_ACCESS_KEY_ID=«akid:gwuserdata»  ⟦aws-key-id|key ID exported in UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:gwuserdata»  ⟦aws-secret|secret exported in UserData⟧
          aws s3 sync /mnt/cds s3://tcr-instrument-raw-718204593361/cds/ --region ${AWS::Region}
"""),
    ("infra/cfn/freezer-monitor-ec2.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "FrostGuard collector for the Krakow biorepository (on a small EC2 in eu-central-1)",
  "Resources": {
    "Collector": {
      "Type": "AWS::EC2::Instance",
      "Properties": {
        "ImageId": "ami-0a7c3e91f24d6b580",  ⟪AMI id⟫
        "InstanceType": "t3.small",
        "UserData": {"Fn::Base64": {"Fn::Join": ["\n", [
          "#!/bin/bash",
          "echo 'FROSTGUARD_SITE=KRK-BIOREPO' >> /etc/frostguard.env",
          "echo 'FROSTGUARD_COLLECTOR_SECRET=«b62:28-krkcollector»' >> /etc/frostguard.env",  ⟦app-secret|collector secret echoed in UserData JSON⟧
          "echo 'MODBUS_GATEWAY=10.42.8.20' >> /etc/frostguard.env",
          "systemctl enable --now frostguard-collector"
        ]]}}
      }
    }
  }
}
"""),
    ("infra/ecs/lims-api.taskdef.json", r"""
{
  "family": "lims-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "executionRoleArn": "arn:aws:iam::718204593361:role/ecsTaskExecution-lims",
  "containerDefinitions": [
    {
      "name": "lims-api",
      "image": "718204593361.dkr.ecr.us-east-1.amazonaws.com/lims-api@sha256:«sha256:limsimg»",  ⟪image digest⟫
      "portMappings": [{"containerPort": 8080}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "SPRING_DATASOURCE_URL", "value": "jdbc:postgresql://quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/quillon"},
        {"name": "SPRING_DATASOURCE_USERNAME", "value": "lims_app"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pwx:limsapp»"},  ⟦password|datasource password in ECS environment⟧
        {"name": "CDS_SHARED_SECRET", "value": "«b64k:32-cdsshared»"}  ⟦app-secret|CDS HMAC shared secret in ECS environment⟧
      ],
      "secrets": [
        {"name": "JWT_SIGNING_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:718204593361:secret:lims-api/jwt-«b62:6-limsjwt»"},  ⟪valueFrom Secrets Manager ARN⟫
        {"name": "AUDIT_DB_PASSWORD", "valueFrom": "arn:aws:ssm:us-east-1:718204593361:parameter/lims-api/audit-db-password"}  ⟪valueFrom SSM parameter⟫
      ],
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/lims-api", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "api"}}
    }
  ]
}
"""),
    ("infra/ecs/specimen-tracker.taskdef.json", r"""
{
  "family": "specimen-tracker",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "tracker",
      "image": "718204593361.dkr.ecr.us-east-1.amazonaws.com/specimen-tracker:2.14.0",
      "environment": [
        {"name": "NODE_ENV", "value": "production"},
        {"name": "DATABASE_URL", "value": "postgres://tracker:«pct:pwc:trackerdb»@specimen-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/specimens"},  ⟦conn-string|Postgres URL with a percent-encoded password⟧
        {"name": "REDIS_URL", "value": "rediss://:«pwr:trackerredis»@master.specimen-cache.x1bq0e.use1.cache.amazonaws.com:6379"},  ⟦conn-string|Redis URL with an auth token⟧
        {"name": "CRYOLINE_API_KEY", "value": "«uuid:cryolinekey»"},  ⟦app-secret|Cryoline courier API key (the one also in irt-sync)⟧
        {"name": "LABEL_PRINTER_HOST", "value": "10.40.12.31"},
        {"name": "SENTRY_DSN", "value": "«sentrynew:tracker»"}  ⟪modern Sentry DSN, public⟫
      ]
    }
  ]
}
"""),
    ("infra/ecs/tmf-indexer.taskdef.json", r"""
{
  "family": "tmf-indexer",
  "taskRoleArn": "arn:aws:iam::718204593361:role/tmf-indexer-task",
  "containerDefinitions": [
    {
      "name": "indexer",
      "image": "718204593361.dkr.ecr.us-east-1.amazonaws.com/tmf-indexer:1.9.3",
      "environment": [
        {"name": "DOCKETA_TENANT", "value": "tessaly"},
        {"name": "DOCKETA_CLIENT_ID", "value": "«uuid:docketaclient»"},  ⟪Docketa OAuth client id, an identifier⟫
        {"name": "OPENSEARCH_URL", "value": "https://search-tmf-prod-«lo:26-osdomain».us-east-1.es.amazonaws.com"},
        {"name": "OCR_BUCKET", "value": "tcr-tmf-ocr-718204593361"}
      ],
      "secrets": [
        {"name": "DOCKETA_CLIENT_SECRET", "valueFrom": "arn:aws:secretsmanager:us-east-1:718204593361:secret:tmf/docketa-«b62:6-docketasec»"}  ⟪valueFrom Secrets Manager ARN⟫
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:us-east-1:718204593361:secret:ecr/dockerhub-mirror-«b62:6-dhmirror»"}  ⟪repositoryCredentials ARN⟫
    }
  ]
}
"""),
    ("infra/ecs/stipend-svc.taskdef.json", r"""
{
  "family": "stipend-svc",
  "containerDefinitions": [
    {
      "name": "stipend",
      "image": "718204593361.dkr.ecr.us-east-1.amazonaws.com/stipend-svc:3.2.1",
      "environment": [
        {"name": "PAYSORA_API_BASE", "value": "https://api.paysora.com/v2"},
        {"name": "PAYSORA_PROGRAM_ID", "value": "PRG-«num:7-paysoraprg»"},
        {"name": "PAYSORA_API_SECRET", "value": "«b62:44-paysora»"},  ⟦app-secret|Paysora stipend card API secret⟧
        {"name": "STRIPE_SECRET_KEY", "value": "«sk:stipend»"},  ⟦stripe|Stripe live secret key (sponsor invoicing)⟧
        {"name": "STRIPE_PUBLISHABLE_KEY", "value": "«pk:stipend»"},  ⟪Stripe publishable key, public⟫
        {"name": "STRIPE_WEBHOOK_SECRET", "value": "«whsec:stipend»"}  ⟦stripe|Stripe webhook signing secret⟧
      ]
    }
  ]
}
"""),
    ("infra/lambda/medwriter-config.json", r"""
{
  "FunctionName": "medwriter-draft",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::718204593361:role/medwriter-lambda",
  "Handler": "draft.handler",
  "CodeSha256": "«b64k:32-medwritersha»",  ⟪Lambda CodeSha256⟫
  "Timeout": 300,
  "MemorySize": 1024,
  "Environment": {
    "Variables": {
      "ANTHROPIC_API_KEY": "«ant:medwriter»",  ⟦anthropic|Anthropic API key in Lambda configuration⟧
      "OPENAI_API_KEY": "«oai:medwriter»",  ⟦openai|OpenAI project key in Lambda configuration⟧
      "TEMPLATE_BUCKET": "tcr-medwriting-templates",
      "CSR_STYLE_GUIDE": "ICH-E3"
    }
  },
  "TracingConfig": {"Mode": "Active"},
  "Version": "$LATEST",
  "RevisionId": "«uuid:medwriterrev»"  ⟪Lambda revision id⟫
}
"""),
    ("infra/lambda/ae-translator.env.json", r"""
{
  "Variables": {
    "DEEPL_AUTH_KEY": "«uuid:deepl»:fx",  ⟦app-secret|DeepL API authentication key (free-tier suffix)⟧
    "GROQ_API_KEY": "«gsk:aetranslate»",  ⟦app-secret|Groq API key in a Lambda environment file⟧
    "VIGILARC_CASE_QUEUE": "https://sqs.us-east-1.amazonaws.com/718204593361/vigilarc-cases",
    "LOG_LEVEL": "INFO"
  }
}
"""),
    ("infra/codebuild/lims-api.buildspec.yml", r"""
version: 0.2
env:
  variables:
    MAVEN_OPTS: -Xmx2g
    ARTIFACTORY_URL: https://tessaly.jfrog.io/artifactory
  parameter-store:
    SONAR_TOKEN: /ci/lims-api/sonar-token  ⟪buildspec parameter-store reference⟫
  secrets-manager:
    ARTIFACTORY_PASSWORD: ci/artifactory:password  ⟪buildspec secrets-manager reference⟫
phases:
  install:
    runtime-versions:
      java: corretto21
  pre_build:
    commands:
      - aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin 718204593361.dkr.ecr.us-east-1.amazonaws.com
      - export ARTIFACTORY_API_KEY=«akcp:cilims»  ⟦app-secret|JFrog Artifactory API key exported in a buildspec⟧
  build:
    commands:
      - mvn -B -s .mvn/settings.xml verify sonar:sonar -Dsonar.token=$SONAR_TOKEN
      - docker build -t lims-api:$CODEBUILD_RESOLVED_SOURCE_VERSION .
"""),
    ("infra/codebuild/sdtm-pipeline.buildspec.yml", r"""
version: 0.2
env:
  variables:
    PYTHONUNBUFFERED: "1"
    DBT_PROFILES_DIR: ./ci
    SNOWFLAKE_ACCOUNT: tcr-clinical.us-east-1
    SNOWFLAKE_USER: SVC_SDTM_CI
    SNOWFLAKE_PASSWORD: «snowpw:sdtmci»  ⟦password|Snowflake CI password in buildspec variables⟧
    AWS_DEFAULT_REGION: us-east-1
phases:
  build:
    commands:
      - pip install -r requirements.txt
      - dbt deps && dbt build --target ci
      - pytest -q tests/
"""),
    ("infra/codebuild/projects.tf", r"""
resource "aws_codebuild_project" "pv_intake" {
  name         = "pv-intake"
  service_role = aws_iam_role.codebuild.arn

  environment {
    compute_type = "BUILD_GENERAL1_SMALL"
    image        = "aws/codebuild/standard:7.0"
    type         = "LINUX_CONTAINER"

    environment_variable {
      name  = "NPM_TOKEN"
      value = "«npm:pvintake»"  ⟦npm|npm automation token as a plaintext CodeBuild variable⟧
    }

    environment_variable {
      name  = "SNYK_TOKEN"
      type  = "SECRETS_MANAGER"
      value = "ci/snyk:token"  ⟪CodeBuild SECRETS_MANAGER reference⟫
    }

    environment_variable {
      name  = "GITHUB_TOKEN"
      type  = "PARAMETER_STORE"
      value = "/ci/github/release-token"  ⟪CodeBuild PARAMETER_STORE reference⟫
    }
  }

  source {
    type     = "GITHUB"
    location = "https://github.com/tessaly-cro/pv-intake.git"
  }

  artifacts { type = "NO_ARTIFACTS" }
}

resource "aws_codebuild_source_credential" "github" {
  auth_type   = "PERSONAL_ACCESS_TOKEN"
  server_type = "GITHUB"
  token       = "«ghp:codebuildsrc»"  ⟦github|GitHub PAT as CodeBuild source credential⟧
}
"""),
    ("infra/serverless/epro-diary/serverless.yml", r"""
service: epro-diary
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-2
  stage: ${opt:stage, 'dev'}
  environment:
    DIARY_TABLE: epro-diary-${sls:stage}
    DIARYPATH_PUSH_KEY: ${ssm:/epro/${sls:stage}/push-key}  ⟪serverless ssm reference⟫
    ONESIGNAL_APP_ID: «uuid:onesignalapp»  ⟪OneSignal app id, public⟫
    ONESIGNAL_REST_KEY: os_v2_app_«lo:113-onesignalrest»  ⟦app-secret|OneSignal REST API key⟧
    JWT_SECRET: ${env:DIARY_JWT_SECRET}  ⟪env reference⟫
    MAPBOX_TOKEN: «mappk:diary»  ⟪Mapbox public token⟫

functions:
  submit:
    handler: src/submit.handler
    events:
      - httpApi: 'POST /diary/{subjectId}'
  reminders:
    handler: src/reminders.handler
    environment:
      TWILIO_API_KEY: «twsk:epro»  ⟪Twilio API key SID, an identifier⟫
      TWILIO_API_SECRET: «b62:32-eprotwsecret»  ⟦app-secret|Twilio API key secret⟧
    events:
      - schedule: cron(0 18 * * ? *)
"""),
    ("infra/serverless/site-portal/serverless.yml", r"""
service: site-portal
provider:
  name: aws
  runtime: python3.12
  region: us-east-1
  environment:
    DJANGO_SECRET_KEY: '«django:siteportal»'  ⟦app-secret|Django SECRET_KEY in serverless.yml⟧
    DATABASE_URL: postgres://portal:«pct:pwp:portaldb»@portal-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com/portal  ⟦conn-string|database URL with a weak password⟧
    AUTH0_DOMAIN: tessaly.us.auth0.com
    AUTH0_CLIENT_ID: «b62:32-auth0client»  ⟪Auth0 client id, an identifier⟫
    AUTH0_CLIENT_SECRET: «okx:64-auth0secret»  ⟦app-secret|Auth0 client secret⟧
functions:
  app:
    handler: wsgi_handler.handler
    events:
      - httpApi: '*'
"""),
    ("infra/terraform/lakehouse/main.tf", r"""
terraform {
  required_version = ">= 1.6"
  backend "s3" {
    bucket         = "tcr-tfstate-264019837745"
    key            = "lakehouse/terraform.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "clinical" {
  cluster_identifier        = "tcr-clinical-dw"
  database_name             = "clinical"
  master_username           = "dwadmin"
  manage_master_password    = true  ⟪managed master password⟫
  node_type                 = "ra3.xlplus"
  number_of_nodes           = 2
  encrypted                 = true
  kms_key_id                = "arn:aws:kms:us-east-1:264019837745:key/«uuid:kmsdw»"  ⟪KMS key ARN⟫
}

resource "aws_glue_catalog_database" "sdtm" {
  name = "sdtm_curated"
}

resource "aws_db_instance" "ctms_replica_etl" {
  identifier          = "ctms-etl-staging"
  engine              = "postgres"
  instance_class      = "db.t4g.medium"
  allocated_storage   = 100
  username            = "etl_owner"
  password            = "«pwl:ctmsetl»"  ⟦password|Terraform aws_db_instance literal password⟧
  skip_final_snapshot = true
}

resource "random_password" "athena_federation" {
  length  = 32
  special = true
}

resource "aws_secretsmanager_secret_version" "athena_federation" {
  secret_id     = aws_secretsmanager_secret.athena_federation.id
  secret_string = random_password.athena_federation.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/lakehouse/terraform.tfvars", r"""
environment        = "prod"
vpc_id             = "vpc-0d91e3b7a5c24f618"  ⟪VPC id⟫
private_subnet_ids = ["subnet-04c8a1e95f3b7d260", "subnet-0e7b2c4d9a1f56830"]
snowflake_account  = "tcr-clinical"
snowflake_password = "«pwc:snowtf»"  ⟦password|tfvars password, company name + digits⟧
datadog_api_key    = "«ddapi:lake»"  ⟦datadog|Datadog API key in tfvars⟧
datadog_app_key    = "«ddapp:lake»"  ⟦datadog|Datadog application key in tfvars⟧
owner_email        = "keiko.tanabe@tessaly-cro.com"
"""),
    ("infra/terraform/lakehouse/variables.tf", r"""
variable "environment" {
  type = string
}

variable "snowflake_password" {
  type      = string
  sensitive = true
}

variable "fivetran_api_secret" {
  type      = string
  sensitive = true
  default   = "«b62:32-fivetransec»"  ⟦app-secret|Fivetran API secret as a variable default⟧
}

variable "fivetran_api_key" {
  type    = string
  default = "«b62:16-fivetrankey»"  ⟪Fivetran API key id, the identifier half⟫
}

variable "redshift_admin_password" {
  type      = string
  sensitive = true
  default   = ""  ⟪empty default⟫
}
"""),
    ("infra/terraform/providers/monitoring.tf", r"""
provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.com/"
}

provider "pagerduty" {
  token = "«okx:20-pdtoken»"  ⟦app-secret|PagerDuty REST API token in a provider block⟧
}

provider "grafana" {
  url  = "https://tessaly.grafana.net/"
  auth = "«glsa:tfgrafana»"  ⟦app-secret|Grafana service-account token⟧
}

provider "opsgenie" {
  api_key = "${var.opsgenie_api_key}"  ⟪variable interpolation⟫
}
"""),
    ("infra/terraform/sites/leeds/main.tf", r"""
module "site_vpn" {
  source            = "../../modules/site-vpn"
  site_code         = "LDS"
  customer_gateway  = "81.134.62.17"
  bgp_asn           = 65112
  tunnel1_psk       = "«pwr:ldsvpn1»"  ⟦password|Site-to-Site VPN pre-shared key⟧
  tunnel2_psk       = "«pwr:ldsvpn2»"  ⟦password|Site-to-Site VPN pre-shared key, second tunnel⟧
  transit_gateway   = "tgw-0c7e19a4b5d83f162"  ⟪transit gateway id⟫
}

module "site_fileshare" {
  source        = "../../modules/fsx-ontap"
  site_code     = "LDS"
  svm_admin_pwd = data.aws_secretsmanager_secret_version.fsx_lds.secret_string  ⟪data source reference⟫
}
"""),
    ("infra/terraform/sites/krakow/main.tf", r"""
module "site_vpn" {
  source            = "../../modules/site-vpn"
  site_code         = "KRK"
  customer_gateway  = "91.213.44.130"
  bgp_asn           = 65118
  tunnel1_psk       = var.krk_tunnel1_psk  ⟪variable reference⟫
  tunnel2_psk       = var.krk_tunnel2_psk
  transit_gateway   = "tgw-0c7e19a4b5d83f162"
}

resource "aws_iam_access_key" "frostguard_collector" {
  user    = aws_iam_user.frostguard_collector.name
  pgp_key = "keybase:tessaly_secops"  ⟪pgp_key keybase reference⟫
}

output "frostguard_collector_secret" {
  value     = aws_iam_access_key.frostguard_collector.encrypted_secret  ⟪encrypted_secret output⟫
  sensitive = true
}
"""),
    ("infra/terraform/modules/legacy-etl/provider.tf", r"""
# legacy: the 2023 ETL account before SSO. Do not copy this pattern (SEC-1182 open).
provider "aws" {
  alias      = "legacy_etl"
  region     = "us-east-1"
  access_key = "«akid:legacyetl»"  ⟦aws-key-id|key ID in a Terraform provider block⟧
  secret_key = "«awssec:legacyetl»"  ⟦aws-secret|secret key in a Terraform provider block⟧
}
"""),
    ("infra/terraform/modules/legacy-etl/README.md", r"""
# legacy-etl

Reads the old `tcr-etl-2023` account. Credentials moved to SSO in SEC-1182; the provider block still carries
the static key for the nightly runner until cut-over. Use `aws sso login --profile legacy-etl` locally.

The documented placeholder for the provider is:

    access_key = "«docs:akid»"  ⟪AWS documentation key id⟫
    secret_key = "«docs:secret»"  ⟪AWS documentation secret key⟫
"""),
    ("infra/cdk/lib/bioanalytics-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class BioanalyticsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);

    const db = new rds.DatabaseCluster(this, 'PkDb', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_5 }),
      credentials: rds.Credentials.fromGeneratedSecret('pk_admin'),  ⟪CDK generated secret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });

    const ionforge = secretsmanager.Secret.fromSecretNameV2(this, 'IonForge', 'bioanalytics/ionforge-license');  ⟪CDK secret reference⟫

    const task = new ecs.FargateTaskDefinition(this, 'PkCalcTask', { cpu: 2048, memoryLimitMiB: 4096 });
    task.addContainer('pkcalc', {
      image: ecs.ContainerImage.fromRegistry('718204593361.dkr.ecr.us-east-1.amazonaws.com/pk-calc:4.1.0'),
      environment: {
        PHOENIX_LICENSE_SERVER: 'lic01.lab.tessaly-cro.com:27000',
        NCA_ENGINE_TOKEN: '«b62:36-ncaengine»',  ⟦app-secret|NCA engine token in a CDK container environment⟧
      },
      secrets: {
        IONFORGE_LICENSE: ecs.Secret.fromSecretsManager(ionforge),
      },
    });
  }
}
"""),
    ("infra/cdk/bin/cfg.py", r"""
# CDK app config for the data platform (Python CDK)
import aws_cdk as cdk
from aws_cdk import aws_secretsmanager as sm

ENV = cdk.Environment(account="264019837745", region="us-east-1")  ⟪account id⟫

REDSHIFT_ADMIN = sm.Secret.from_secret_name_v2  # resolved in the stack

TABLEAU_SERVER = "https://tableau.tessaly-cro.com"
TABLEAU_PAT_NAME = "cdk-refresh"
TABLEAU_PAT_SECRET = "«tsc:cdkrefresh»"  ⟦app-secret|Tableau personal access token secret in CDK config⟧
"""),
    ("infra/cfn/ses-notify.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ses-notify - SMTP relay for lab instruments and the LIMS (certificate of analysis e-mails)
Resources:
  SmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-lims
  SmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref SmtpUser
Outputs:
  SmtpUsername:
    Value: !Ref SmtpKey
  SmtpSecret:
    Value: !GetAtt SmtpKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output⟫
  RelayHost:
    Value: email-smtp.us-east-1.amazonaws.com
"""),
    ("infra/cfn/ses-notify.outputs.json", r"""
[
  {"OutputKey": "SmtpUsername", "OutputValue": "«akid:seslims»"},  ⟦aws-key-id|SES SMTP user in saved stack outputs⟧
  {"OutputKey": "SmtpSecret", "OutputValue": "«awssec:seslims»"},  ⟦aws-secret|IAM secret in saved stack outputs⟧
  {"OutputKey": "RelayHost", "OutputValue": "email-smtp.us-east-1.amazonaws.com"}
]
"""),
    ("infra/cfn/rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: Secrets Manager rotation for the EDC and IRT integration users (the right way)
Resources:
  EdcDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: edc-bridge/db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "edc_bridge"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  EdcDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref EdcDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
  DocDbCluster:
    Type: AWS::DocDB::DBCluster
    Properties:
      MasterUsername: tmfmeta
      MasterUserPassword: '{{resolve:secretsmanager:tmf/docdb:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/ctms-reporting.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CTMS reporting replica (SiteLedger) and a QuickSight data source
Resources:
  Replica:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '200'
      MasterUsername: siteledger
      MasterUserPassword: ChangeMe2025!  ⟦?password|placeholder-looking literal used as the real master password⟧
  QsSource:
    Type: AWS::QuickSight::DataSource
    Properties:
      AwsAccountId: '718204593361'
      DataSourceId: ctms-replica
      Type: POSTGRESQL
      Credentials:
        CredentialPair:
          Username: qs_reader
          Password: «pwn:qsreader»  ⟦password|QuickSight credential pair password⟧
"""),
    ("infra/cfn/stacksets/lab-pc-baseline.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SSM document for instrument PCs registered as hybrid managed nodes (ChromaVerse, IonForge, plate readers)
Resources:
  BaselineDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Content:
        schemaVersion: '2.2'
        parameters:
          AdminPassword:
            type: String
            default: '{{ssm-secure:/labpc/local-admin}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: localAdmin
            inputs:
              runCommand:
                - $pw = ConvertTo-SecureString '«pwl:labpcadmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString with a literal in an SSM document⟧
                - Set-LocalUser -Name 'labadmin' -Password $pw
                - net user cdsservice «pw6:cdsservice» /add /y  ⟦password|net user password in an SSM document⟧
"""),
    ("infra/cfn/api-keys.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: API Gateway usage plans and keys for sponsors pulling bioanalytical result status
Resources:
  HelixaKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: helixa-pharma
      Enabled: true
      Value: «b62:40-apigwhelixa»  ⟦app-secret|API Gateway key value fixed in the template⟧
  OrvaneKey:
    Type: AWS::ApiGateway::ApiKey
    Properties:
      Name: orvane-bio
      Enabled: true
      GenerateDistinctId: true
"""),
    ("infra/cfn/eventbridge-connections.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations (safety case to partner PV, TMF milestones to sponsor)
Resources:
  PartnerPvConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: tessaly-pv
          Password: «pwx:partnerpv»  ⟦password|EventBridge connection basic-auth password⟧
  SponsorTmfConnection:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: '{{resolve:secretsmanager:events/sponsor-tmf:SecretString:key}}'  ⟪dynamic reference⟫
"""),
    ("infra/cfn/opensearch-tmf.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OpenSearch for eTMF full-text search
Resources:
  TmfSearch:
    Type: AWS::OpenSearchService::Domain
    Properties:
      DomainName: tmf-prod
      EngineVersion: OpenSearch_2.13
      AdvancedSecurityOptions:
        Enabled: true
        InternalUserDatabaseEnabled: true
        MasterUserOptions:
          MasterUserName: tmfadmin
          MasterUserPassword: «pwc:tmfsearch»  ⟦password|OpenSearch master user password⟧
      NodeToNodeEncryptionOptions:
        Enabled: true
"""),
    ("infra/cfn/msk-lab-events.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MSK for instrument run events (SCRAM users stored in Secrets Manager, KMS CMK)
Resources:
  ScramSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: AmazonMSK_lab-events-ingest
      KmsKeyId: alias/msk-scram
      SecretString: '{"username":"ingest","password":"«pwr:mskingest»"}'  ⟦password|MSK SCRAM secret string literal⟧
  Association:
    Type: AWS::MSK::BatchScramSecret
    Properties:
      ClusterArn: arn:aws:kafka:us-east-1:718204593361:cluster/lab-events/«uuid:mskcluster»-3  ⟪MSK cluster ARN⟫
      SecretArnList:
        - !Ref ScramSecret
"""),
    ("infra/terraform/pv/main.tf", r"""
resource "aws_mq_broker" "e2b" {
  broker_name        = "pv-e2b"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t3.micro"

  user {
    username = "e2b_gateway"
    password = "«pwp:e2bmq»"  ⟦password|Amazon MQ user password in Terraform⟧
  }

  user {
    username       = "admin"
    password       = var.mq_admin_password  ⟪variable reference⟫
    console_access = true
  }
}

resource "aws_ssm_parameter" "vigilarc_api" {
  name  = "/pv-intake/prod/vigilarc-api-key"
  type  = "SecureString"
  value = "«hex:48-vigilarcapi»"  ⟦app-secret|VigilArc API key as a literal SecureString value⟧
}

resource "aws_ssm_parameter" "meddra_release" {
  name  = "/pv-intake/prod/meddra-release"
  type  = "String"
  value = "27.1"
}
"""),
    ("infra/terraform/identity/okta.tf", r"""
provider "okta" {
  org_name  = "tessaly"
  base_url  = "okta.com"
  api_token = "«okta:tfokta»"  ⟦app-secret|Okta API token in a provider block⟧
}

resource "okta_app_oauth" "trialform" {
  label          = "Trialform EDC"
  type           = "web"
  grant_types    = ["authorization_code"]
  redirect_uris  = ["https://tessaly.trialform-edc.net/sso/callback"]
  client_id      = "0oa«b62:17-oktatrialform»"  ⟪Okta client id⟫
}
"""),
    ("infra/terraform/identity/entra.tf", r"""
provider "azuread" {
  tenant_id     = "«uuid:tenant»"  ⟪Entra tenant id⟫
  client_id     = "«uuid:entraapp»"  ⟪Entra application id⟫
  client_secret = "«azad:tfentra»"  ⟦azure-ad|Entra client secret in a provider block⟧
}
"""),
    ("infra/cfn/kinesis-instrument-stream.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Firehose delivering IonForge run telemetry to Splunk and S3
Resources:
  ToSplunk:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: DirectPut
      SplunkDestinationConfiguration:
        HECEndpoint: https://http-inputs-tessaly.splunkcloud.com:443
        HECEndpointType: Raw
        HECToken: «uuid:splunkhec»  ⟦app-secret|Splunk HEC token in Firehose config⟧
        S3BackupMode: FailedEventsOnly
        S3Configuration:
          BucketARN: arn:aws:s3:::tcr-firehose-backup-718204593361
          RoleARN: arn:aws:iam::718204593361:role/firehose-splunk
"""),
    ("infra/cfn/appflow-ctms.json", r"""
{
  "Resources": {
    "SalesforceProfile": {
      "Type": "AWS::AppFlow::ConnectorProfile",
      "Properties": {
        "ConnectorProfileName": "bizdev-salesforce",
        "ConnectorType": "Salesforce",
        "ConnectionMode": "Public",
        "ConnectorProfileConfig": {
          "ConnectorProfileProperties": {"Salesforce": {"InstanceUrl": "https://tessaly.my.salesforce.com"}},
          "ConnectorProfileCredentials": {
            "Salesforce": {
              "ClientCredentialsArn": "arn:aws:secretsmanager:us-east-1:718204593361:secret:appflow/sf-«b62:6-appflowsf»",  ⟪Secrets Manager ARN⟫
              "RefreshToken": "5Aep861«b62:80-sfrefresh»"  ⟦app-secret|Salesforce OAuth refresh token⟧
            }
          }
        }
      }
    }
  }
}
"""),
    ("infra/terraform/backup/main.tf", r"""
resource "aws_backup_plan" "gxp" {
  name = "gxp-records-10y"
  rule {
    rule_name         = "daily"
    target_vault_name = "gxp-vault-lock"
    schedule          = "cron(0 5 * * ? *)"
    lifecycle {
      cold_storage_after = 90
      delete_after       = 3650
    }
  }
}

resource "aws_backup_vault_lock_configuration" "gxp" {
  backup_vault_name   = "gxp-vault-lock"
  min_retention_days  = 3650
  changeable_for_days = 3
}
"""),
    ("infra/terraform/network/main.tf", r"""
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"

  name = "tcr-prod"
  cidr = "10.40.0.0/16"

  azs             = ["us-east-1a", "us-east-1b", "us-east-1c"]
  private_subnets = ["10.40.1.0/24", "10.40.2.0/24", "10.40.3.0/24"]
  public_subnets  = ["10.40.101.0/24", "10.40.102.0/24", "10.40.103.0/24"]

  enable_nat_gateway = true
  single_nat_gateway = false
}

resource "aws_route53_zone" "lab" {
  name = "lab.tessaly-cro.com"
  vpc {
    vpc_id = module.vpc.vpc_id
  }
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = ">= 5.40.0"
  hashes = [
    "h1:«b64k:32-tflock1»",  ⟪provider lock hash⟫
    "zh:«hexb:64-tflock2»",  ⟪provider lock hash⟫
    "zh:«hexb:64-tflock3»",
  ]
}
"""),
]
