"""fresh16 templates, the right way next to the wrong one (Quayline Fresh): IaC and CI files that hold their
secrets by reference (Secrets Manager rotation, SES SMTP from Terraform attributes, a state backend, random
passwords, CDK secret references, IRSA, OIDC workflows, an IoT certificate from a CSR), and one SAM template that
still carries a partner's key pair.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated secrets for the POS journal database and the WMS integration user
Resources:
  PosJournalSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: pos/journal-db
      KmsKeyId: alias/stores-secrets
      GenerateSecretString:
        SecretStringTemplate: '{"username": "journal_app"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  PosJournalRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref PosJournalSecret
      HostedRotationLambda:
        RotationType: SQLServerSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
  JournalDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: sqlserver-se
      DBInstanceClass: db.m6i.large
      LicenseModel: license-included
      MasterUsername: !Sub '{{resolve:secretsmanager:${PosJournalSecret}:SecretString:username}}'
      MasterUserPassword: !Sub '{{resolve:secretsmanager:${PosJournalSecret}:SecretString:password}}'  ⟪dynamic reference⟫
      AllocatedStorage: '200'
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "ses_backoffice" {
  name = "ses-backoffice-smtp"
}

resource "aws_iam_access_key" "ses_backoffice" {
  user = aws_iam_user.ses_backoffice.name
}

resource "aws_secretsmanager_secret_version" "ses_backoffice" {
  secret_id = aws_secretsmanager_secret.ses_backoffice.id
  secret_string = jsonencode({
    username = aws_iam_access_key.ses_backoffice.id
    password = aws_iam_access_key.ses_backoffice.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}
"""),
    ("infra/terraform/env/backend-prod.hcl", r"""
bucket         = "qlf-tfstate-905361728414"
key            = "platform/prod.tfstate"
region         = "us-east-1"
dynamodb_table = "qlf-tf-locks"
kms_key_id     = "arn:aws:kms:us-east-1:905361728414:key/«uuid:tfstatekms»"  ⟪KMS ARN⟫
"""),
    ("infra/terraform/random-passwords.tf", r"""
resource "random_password" "cartwheel_dr" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret_version" "cartwheel_dr" {
  secret_id     = "cartwheel/dr-db"
  secret_string = random_password.cartwheel_dr.result  ⟪random_password result⟫
}
"""),
    ("infra/sam/instacart-feed/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: catalogue and inventory feed to Instacart Connect (hourly)
Parameters:
  InstacartKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /commerce/prod/instacart-connect-key  ⟪SSM parameter name⟫
Resources:
  FeedFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: feed.handler
      CodeUri: src/
      Environment:
        Variables:
          INSTACART_KEY: !Ref InstacartKey  ⟪Ref of an SSM parameter type⟫
          FEED_BUCKET: qlf-partner-feeds-618204937551
          # Instacart's own bucket for the legacy CSV drop (their key pair, they would not set up a role)
          PARTNER_BUCKET_KEY_ID: «akid:instacartdrop»  ⟦aws-key-id|a partner's key id in SAM env⟧
          PARTNER_BUCKET_SECRET: «awssec:instacartdrop»  ⟦aws-secret|a partner's secret in SAM env⟧
      Events:
        Hourly:
          Type: Schedule
          Properties:
            Schedule: rate(1 hour)
"""),
    ("infra/cdk/lib/coldwatch-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class ColdwatchStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const tts = cdk.SecretValue.secretsManager('coldwatch/tts', { jsonField: 'api_key' });  ⟪SecretValue.secretsManager⟫
    const threshold = ssm.StringParameter.valueForStringParameter(this, '/coldwatch/freezer-max-c');  ⟪SSM lookup⟫
    new lambda.Function(this, 'Ingest', {
      runtime: lambda.Runtime.PYTHON_3_12,
      handler: 'ingest.handler',
      code: lambda.Code.fromAsset('../services/coldwatch/ingest'),
      environment: { TTS_SECRET_NAME: 'coldwatch/tts', FREEZER_MAX_C: threshold },
    });
  }
}
"""),
    ("deploy/k8s/dockside/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: dockside
  namespace: dockside
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::274930816602:role/dockside-irsa  ⟪IRSA role ARN⟫
    eks.amazonaws.com/sts-regional-endpoints: "true"
"""),
    (".github/workflows/terraform-plan.yml", r"""
name: terraform-plan
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
    defaults:
      run:
        working-directory: infra/terraform
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::905361728414:role/gha-terraform-plan  ⟪OIDC role⟫
          aws-region: us-east-1
      - uses: hashicorp/setup-terraform@v3
        with:
          cli_config_credentials_token: ${{ secrets.TF_API_TOKEN }}  ⟪secrets reference⟫
      - run: terraform init -backend-config=env/backend-prod.hcl
      - run: terraform plan -var-file=env/prod.tfvars -no-color
        env:
          TF_VAR_datadog_app_key: ${{ secrets.DATADOG_APP_KEY }}
"""),
    (".github/workflows/stores-deploy.yml", r"""
name: stores-deploy
on:
  workflow_dispatch:
    inputs:
      store: {description: store number, required: true}
jobs:
  push:
    runs-on: [self-hosted, windows, stores]
    steps:
      - uses: actions/checkout@v4
      - name: push POS package
        shell: pwsh
        env:
          POS_DEPLOY_PASSWORD: ${{ secrets.POS_DEPLOY_PASSWORD }}  ⟪secrets reference⟫
          SCALE_FTP_PASSWORD: ${{ secrets.SCALE_FTP_PASSWORD }}
        run: |
          $pw = ConvertTo-SecureString $env:POS_DEPLOY_PASSWORD -AsPlainText -Force  ⟪AsPlainText of an env variable⟫
          .\deploy\Push-PosPackage.ps1 -Store ${{ inputs.store }} -Password $pw
"""),
    ("infra/cfn/iot-gateway-cert.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT certificate for the EWR-CFC edge gateway, issued from a CSR made on the device
Resources:
  GatewayCert:
    Type: AWS::IoT::Certificate
    Properties:
      Status: ACTIVE
      CertificateSigningRequest: |
        «csr:rsagw:ewr-cfc-edge01.iot.quaylinefresh.com»  ⟪certificate signing request⟫
  GatewayThing:
    Type: AWS::IoT::Thing
    Properties:
      ThingName: ewr-cfc-edge01
"""),
    ("deploy/helm/cartwheel/values-stage.yaml", r"""
image:
  repository: 905361728414.dkr.ecr.us-east-1.amazonaws.com/cartwheel/api
  tag: 2026.12.3-rc1
replicaCount: 2
externalDatabase:
  host: cartwheel-stage.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com
  user: cartwheel_app
  existingSecret: cartwheel-stage-db  ⟪existingSecret⟫
  existingSecretPasswordKey: password
rabbitmq:
  auth:
    existingPasswordSecret: cartwheel-stage-mq  ⟪existing secret⟫
"""),
    ("infra/cfn/parameters-from-ssm.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ESL price push - every secret comes from Parameter Store or Secrets Manager
Resources:
  PricePushFn:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: esl-price-push-v2
      Runtime: nodejs20.x
      Handler: index.handler
      Role: arn:aws:iam::381726045913:role/esl-price-push
      Code:
        S3Bucket: qlf-artifacts-905361728414
        S3Key: esl/price-push-2.1.0.zip
      Environment:
        Variables:
          VUSION_KEY_PARAM: /stores/esl/vusion-subscription-key  ⟪parameter name⟫
          HANSHOW_SECRET_ID: stores/esl/hanshow  ⟪secret name⟫
          PRICE_TABLE: '{{resolve:ssm:/stores/esl/price-table}}'  ⟪ssm dynamic reference⟫
"""),
]
