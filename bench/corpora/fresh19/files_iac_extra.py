"""fresh19 templates, the right way next to the wrong one (Kestrel Valley Health): Secrets Manager with
GenerateSecretString and rotation, {{resolve:...}}, SSM parameter types and documents, ses_smtp_password_v4, CDK
secret references, OIDC workflows, Copilot and App Runner secrets, Elastic Beanstalk, MWAA, DataSync, FSx, Bedrock
next to literal third-party keys.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/scribe-ambient-notes.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ambient clinical documentation pilot (ED and hospitalists) - transcription + note drafting
Resources:
  DraftFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: scribe-draft
      Runtime: python3.12
      Handler: draft.handler
      Role: arn:aws:iam::418306275591:role/scribe-bedrock  ⟪Bedrock through an IAM role⟫
      Code: {S3Bucket: kvh-artifacts-418306275591, S3Key: scribe/draft-0.4.1.zip}
      Environment:
        Variables:
          BEDROCK_MODEL_ID: anthropic.claude-3-5-sonnet-20240620-v1:0
          FALLBACK_OPENAI_KEY: «oai:scribe»  ⟦openai|OpenAI key literal in Lambda env⟧
          FALLBACK_ANTHROPIC_KEY: «ant:scribe»  ⟦anthropic|Anthropic key literal in Lambda env⟧
          TRANSCRIBE_VOCAB: kvh-medical-terms
      Tags:
        - {Key: kvh:app, Value: scribe}
        - {Key: kvh:data-class, Value: phi}
"""),
    ("infra/cfn/osprey-secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: osprey secrets with rotation, and the partner lab's upload key kept here during cutover
Resources:
  KeystoreSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: osprey/keystore
      GenerateSecretString:
        SecretStringTemplate: '{"username": "mirth"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  KeystoreRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref KeystoreSecret
      HostedRotationLambda: {RotationType: PostgreSQLSingleUser}
      RotationRules: {AutomaticallyAfterDays: 30}
  RefLabUploadKey:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: osprey/reflab-upload
      SecretString: !Sub |
        {"aws_access_key_id": "«akid:reflabupload»",  ⟦aws-key-id|partner key id in a literal SecretString⟧
         "aws_secret_access_key": "«awssec:reflabupload»"}  ⟦aws-secret|partner secret in a literal SecretString⟧
  EngineUser:
    Type: AWS::IAM::User
    Properties:
      UserName: osprey-engine
      LoginProfile:
        Password: '{{resolve:secretsmanager:osprey/console:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/sam/partner-results/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: results API for referring practices (reads from the osprey results store)
Parameters:
  ResultsDbPassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /osprey/results-db/password  ⟪SSM parameter type⟫
  PracticeSigningKey:
    Type: String
    NoEcho: true  ⟪NoEcho without Default⟫
Resources:
  ResultsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: results.handler
      CodeUri: src/
      Environment:
        Variables:
          DB_PASSWORD: !Ref ResultsDbPassword
          SIGNING_KEY: !Ref PracticeSigningKey
          ATHENA_PARTNER_KEY_ID: «akid:athenapartner»  ⟦aws-key-id|partner's key id literal in SAM⟧
          ATHENA_PARTNER_SECRET: «awssec:athenapartner»  ⟦aws-secret|partner's secret literal in SAM⟧
"""),
    ("infra/terraform/envs/prod/ses-smtp.tf", r"""
resource "aws_iam_user" "smtp_mychart" {
  name = "ses-smtp-mychart"
}

resource "aws_iam_access_key" "smtp_mychart" {
  user = aws_iam_user.smtp_mychart.name
}

resource "aws_secretsmanager_secret_version" "smtp_mychart" {
  secret_id = aws_secretsmanager_secret.smtp_mychart.id
  secret_string = jsonencode({
    username = aws_iam_access_key.smtp_mychart.id
    password = aws_iam_access_key.smtp_mychart.ses_smtp_password_v4  ⟪ses_smtp_password_v4⟫
  })
}

# the old relay credentials, still used by the fax server until FAX-118 is done
locals {
  fax_smtp_user     = "«akid:sesfax»"  ⟦aws-ses-smtp|SES SMTP user literal in locals⟧
  fax_smtp_password = "«sesv4:sesfax»"  ⟦aws-ses-smtp|SES SMTP password literal in locals⟧
}
"""),
    ("infra/cdk/heron/lib/secrets-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class HeronSecretsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const epic = secretsmanager.Secret.fromSecretNameV2(this, 'Epic', 'heron/prod/epic');  ⟪secret by name⟫
    const flag = ssm.StringParameter.fromStringParameterName(this, 'Flag', '/heron/flags/proxy');  ⟪SSM parameter by name⟫
    new secretsmanager.Secret(this, 'StatementsArchive', {
      secretObjectValue: {
        accessKeyId: cdk.SecretValue.unsafePlainText('«akid:statementsarchive»'),  ⟦aws-key-id|key id in unsafePlainText⟧
        secretAccessKey: cdk.SecretValue.unsafePlainText('«awssec:statementsarchive»'),  ⟦aws-secret|secret in unsafePlainText⟧
      },
    });
    new cdk.CfnOutput(this, 'EpicSecretArn', { value: epic.secretArn });
  }
}
"""),
    (".github/workflows/terraform.yml", r"""
name: terraform
on:
  pull_request:
    paths: ['infra/terraform/**']
permissions:
  id-token: write
  contents: read
  pull-requests: write
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::720954318846:role/gha-terraform-plan  ⟪OIDC role⟫
          aws-region: us-east-2
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform/envs/prod plan -no-color
        env:
          TF_VAR_datadog_api_key: ${{ secrets.DATADOG_API_KEY }}  ⟪Actions secret⟫
  plan-research:
    runs-on: [self-hosted, research]
    env:
      AWS_ACCESS_KEY_ID: «akid:researchgha»  ⟦aws-key-id|static key id in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:researchgha»  ⟦aws-secret|static secret in a workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - run: terraform -chdir=infra/terraform/envs/research plan
"""),
    ("infra/cfn/ssm-pacs-maintenance.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SSM Automation for monthly PACS maintenance (service restarts, log pruning)
Resources:
  PacsMaintDoc:
    Type: AWS::SSM::Document
    Properties:
      DocumentType: Command
      Name: kvh-pacs-maintenance
      Content:
        schemaVersion: '2.2'
        parameters:
          ServicePassword:
            type: String
            default: '{{ssm-secure:/wren/pacs/service-password}}'  ⟪ssm-secure reference⟫
        mainSteps:
          - action: aws:runPowerShellScript
            name: restart
            inputs:
              runCommand:
                - Restart-Service PacsArchive
                - net user pacsmaint «pwh:pacsmaint»  ⟦password|net user password in an SSM document⟧
                - sc.exe config PacsQueue obj= KVH\svc-pacs password= "{{ ServicePassword }}"  ⟪document parameter⟫
"""),
    ("infra/copilot/finch-api/manifest.yml", r"""
name: finch-api
type: Load Balanced Web Service
image:
  build: Dockerfile
  port: 8080
variables:
  SPRING_PROFILES_ACTIVE: prod
  WAYSTAR_SFTP_PASSWORD: «pwn:waystarsftp»  ⟦password|Copilot plain variable with a password⟧
secrets:
  DB_PASSWORD: /copilot/finch/prod/secrets/db-password  ⟪Copilot secret reference⟫
  EXPERIAN_SECRET:
    secretsmanager: 'finch/experian:client_secret::'  ⟪Secrets Manager reference⟫
"""),
    ("infra/apprunner/lark-web/apprunner.yaml", r"""
version: 1.0
runtime: nodejs18
build:
  commands:
    build:
      - npm ci && npm run build
run:
  command: node dist/server.js
  network:
    port: 3000
  env:
    - name: INTERPRETER_API_TOKEN
      value: «b62:40-interp»  ⟦app-secret|API token as a plain App Runner env value⟧
  secrets:
    - name: ZOOM_SDK_SECRET
      value-from: arn:aws:secretsmanager:us-east-2:418306275591:secret:lark/zoom-«b62:6-larkzoom»  ⟪value-from ARN⟫
"""),
    ("infra/eb/heron-legacy/.ebextensions/options.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    LEGACY_PORTAL_DB_PASSWORD: «pwc:legacyportal»  ⟦password|Elastic Beanstalk environment property password⟧
    LEGACY_PORTAL_DB_HOST: heron-legacy.c8wq2n4k1xyz.us-east-2.rds.amazonaws.com
    NEW_RELIC_LICENSE_KEY: «nrlic:heronlegacy»  ⟦newrelic|New Relic licence key in .ebextensions⟧
  aws:autoscaling:launchconfiguration:
    IamInstanceProfile: heron-legacy-eb  ⟪instance profile⟫
"""),
    ("infra/cfn/mwaa-merlin.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: MWAA environment for the research pipelines
Resources:
  MerlinAirflow:
    Type: AWS::MWAA::Environment
    Properties:
      Name: merlin
      AirflowVersion: 2.9.2
      SourceBucketArn: arn:aws:s3:::kvh-merlin-dags
      DagS3Path: dags
      ExecutionRoleArn: arn:aws:iam::253619847702:role/merlin-mwaa
      AirflowConfigurationOptions:
        secrets.backend: airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend  ⟪secrets backend⟫
        smtp.smtp_host: email-smtp.us-east-2.amazonaws.com
        smtp.smtp_user: «akid:sesmerlin»  ⟦aws-ses-smtp|SES SMTP user in MWAA options⟧
        smtp.smtp_password: «sesv4:sesmerlin»  ⟦aws-ses-smtp|SES SMTP password in MWAA options⟧
      NetworkConfiguration:
        SubnetIds: [subnet-0a4c8e1d2f6b93570, subnet-0c1e7a9d3f5b28460]
        SecurityGroupIds: [sg-0f3b8d1c6a2e94750]
"""),
    ("infra/cfn/datasync-pacs-nas.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: DataSync from the on-prem PACS NAS (SMB) to S3 Glacier Instant Retrieval for long-term image retention
Resources:
  PacsNasLocation:
    Type: AWS::DataSync::LocationSMB
    Properties:
      ServerHostname: pacs-nas01.kvh.local
      Subdirectory: /images/archive
      Domain: KVH
      User: svc-datasync
      Password: «pwh:datasync»  ⟦password|DataSync SMB location password⟧
      AgentArns: [arn:aws:datasync:us-east-2:418306275591:agent/agent-0b7e3c9a1d2f48560]
  PacsGlacierLocation:
    Type: AWS::DataSync::LocationS3
    Properties:
      S3BucketArn: arn:aws:s3:::kvh-wren-longterm
      S3StorageClass: GLACIER_INSTANT_RETRIEVAL
      S3Config: {BucketAccessRoleArn: arn:aws:iam::418306275591:role/datasync-wren}
"""),
    ("infra/cfn/fsx-clinical-shares.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: FSx for Windows (scanned documents, BCA reports) joined to the self-managed KVH domain
Resources:
  ClinicalShares:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 2048
      SubnetIds: [subnet-0b5d9e2c1a7f48360]
      WindowsConfiguration:
        ThroughputCapacity: 64
        SelfManagedActiveDirectoryConfiguration:
          DomainName: kvh.local
          UserName: svc-fsxjoin
          Password: «pwc:fsxjoin»  ⟦password|FSx self-managed AD join password⟧
          DnsIps: [10.12.0.10, 10.12.0.11]
      Tags:
        - {Key: kvh:data-class, Value: phi}
"""),
    ("infra/cfn/fsx-research-shares.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: FSx for Windows for research, joined with a secret instead of a password
Resources:
  ResearchShares:
    Type: AWS::FSx::FileSystem
    Properties:
      FileSystemType: WINDOWS
      StorageCapacity: 1024
      SubnetIds: [subnet-0a4c8e1d2f6b93570]
      WindowsConfiguration:
        ThroughputCapacity: 32
        SelfManagedActiveDirectoryConfiguration:
          DomainName: kvh.local
          UserName: svc-fsxjoin
          Password: '{{resolve:secretsmanager:network/fsx-join:SecretString:password}}'  ⟪dynamic reference⟫
          DnsIps: [10.12.0.10, 10.12.0.11]
"""),
    ("infra/terraform/envs/prod/lambda-epic-nonprod.tf", r"""
resource "aws_lambda_function" "epic_sandbox_sync" {
  function_name = "epic-sandbox-sync"
  role          = aws_iam_role.epic_sandbox.arn
  runtime       = "python3.12"
  handler       = "sync.handler"
  filename      = "build/sync.zip"
  environment {
    variables = {
      EPIC_CLIENT_ID     = "«uuid:epicbulknp»"
      EPIC_CLIENT_SECRET = "«smartsec:epicnonprod»"  ⟦app-secret|Epic non-production client secret in a Lambda env⟧
      EPIC_KEY_PARAM     = aws_ssm_parameter.epic_jwk.name  ⟪parameter reference⟫
    }
  }
}
"""),
    ("infra/terraform/envs/prod/iot-pump-fleet.tf", r"""
resource "aws_iot_thing_type" "pump_gateway" {
  name = "kvh-pump-gateway"
}

resource "aws_iot_certificate" "gw01" {
  csr    = file("${path.module}/csr/device-gw01.csr")  ⟪CSR from a file⟫
  active = true
}

resource "aws_iot_policy" "gw" {
  name   = "kvh-pump-gateway"
  policy = data.aws_iam_policy_document.gw.json
}
"""),
]
