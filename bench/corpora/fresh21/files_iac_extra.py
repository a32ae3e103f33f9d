"""fresh21 templates, the right way next to the wrong one (Kestrel Valley Communications): IaC, deployment and CI
files for the CDR mediation and roaming (TAP) export, most of which hold their secrets by reference (Secrets
Manager rotation, SSM parameter types, ses_smtp_password_v4, CDK secret references, IRSA, OIDC, ExternalSecrets,
Pulumi secure values, KMS-encrypted Lambda environment), next to the static AWS keys the same project still has.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/mediation-secrets.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: mediation - rotated database secret and the partner credentials, by reference only
Resources:
  MediationDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: mediation/prod/db
      KmsKeyId: alias/mediation
      GenerateSecretString:
        SecretStringTemplate: '{"username": "mediation_app"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  MediationDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref MediationDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfter: 30 days
  MediationDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r6g.large
      AllocatedStorage: '500'
      MasterUsername: '{{resolve:secretsmanager:mediation/prod/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:mediation/prod/db:SecretString:password}}'  ⟪dynamic reference⟫
      Tags:
        - Key: app
          Value: mediation
        - Key: data-class
          Value: cpni
"""),
    ("infra/cfn/partner-cdr-bucket.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: S3 drop for Cascadia Open Access CDRs (they cannot assume roles, so an IAM user)
Resources:
  CascadiaUser:
    Type: AWS::IAM::User
    Properties:
      UserName: partner-cascadia-cdr
  CascadiaKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CascadiaUser
  CascadiaKeySecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: partners/cascadia/s3-key
      SecretString: !Sub '{"id":"${CascadiaKey}","secret":"${CascadiaKey.SecretAccessKey}"}'  ⟪Sub of GetAtt attributes⟫
Outputs:
  KeyId:
    Value: !Ref CascadiaKey
  Secret:
    Value: !GetAtt CascadiaKey.SecretAccessKey  ⟪GetAtt of the secret⟫
# first key (before this stack existed), sent to Cascadia by e-mail; deactivate after 2026-12-31:
#   AccessKeyId: «akid:cascadiaold»  ⟦aws-key-id|partner key id in a template comment⟧
#   SecretAccessKey: «awssec:cascadiaold»  ⟦aws-secret|partner secret in a template comment⟧
"""),
    ("infra/sam/tap-export/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: tap-export - TAP3 files to the roaming clearing house, and a copy to the host MNO's bucket
Parameters:
  ClearingHousePassword:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /ledgerline/tap/clearinghouse-password  ⟪SSM parameter name⟫
  HostMnoAccessKeyId:
    Type: String
  HostMnoSecretAccessKey:
    Type: String
    NoEcho: true
Resources:
  ExportFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: export.handler
      CodeUri: src/
      Environment:
        Variables:
          CH_PASSWORD: !Ref ClearingHousePassword
          CH_SFTP_KEY: '{{resolve:ssm-secure:/ledgerline/tap/sftp-key}}'  ⟪ssm-secure reference⟫
          HOST_MNO_BUCKET: meridian-roaming-inbound
          HOST_MNO_KEY_ID: !Ref HostMnoAccessKeyId
          HOST_MNO_SECRET: !Ref HostMnoSecretAccessKey  ⟪Ref of a NoEcho parameter⟫
          LEGACY_UPLOAD_KEY_ID: «akid:taplegacy»  ⟦aws-key-id|key id literal in SAM env⟧
          LEGACY_UPLOAD_SECRET: «awssec:taplegacy»  ⟦aws-secret|secret literal in SAM env⟧
"""),
    ("infra/sam/tap-export/samconfig.toml", r"""
version = 0.1

[default.deploy.parameters]
stack_name = "tap-export"
region = "us-east-2"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "HostMnoAccessKeyId=«akid:meridianbucket» HostMnoSecretAccessKey=«awssec:meridianbucket»"  ⟦aws-key-id|key pair in samconfig parameter_overrides⟧
"""),
    ("infra/ecs/mediation-task.json", r"""
{
  "family": "mediation-collector",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "taskRoleArn": "arn:aws:iam::418270395561:role/mediation-collector",  ⟪task role⟫
  "containerDefinitions": [
    {
      "name": "collector",
      "image": "562948170323.dkr.ecr.us-east-2.amazonaws.com/mediation/collector:3.4.0",
      "secrets": [
        {"name": "DB_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:418270395561:secret:mediation/prod/db-«b62:6-meddb»:password::"},  ⟪valueFrom ARN⟫
        {"name": "SWITCH_FTP_PASSWORD", "valueFrom": "/mediation/switch-ftp-password"}  ⟪valueFrom SSM name⟫
      ],
      "environment": [
        {"name": "CDR_BUCKET", "value": "kvc-cdr-raw"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:mediationtask»"},  ⟦aws-key-id|key id in ECS env next to a task role⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:mediationtask»"}  ⟦aws-secret|secret in ECS env next to a task role⟧
      ]
    }
  ]
}
"""),
    ("infra/lambda/cdr-sftp-bridge.json", r"""
{
  "FunctionName": "cdr-sftp-bridge",
  "Runtime": "python3.12",
  "Handler": "bridge.handler",
  "Role": "arn:aws:iam::418270395561:role/cdr-sftp-bridge",
  "Environment": {
    "Variables": {
      "SFTP_HOST": "sftp.cascadia-oan.net",
      "SFTP_PASSWORD_SECRET_ARN": "arn:aws:secretsmanager:us-east-2:418270395561:secret:partners/cascadia/sftp-«b62:6-cascsftp»",  ⟪secret ARN⟫
      "SFTP_PASSWORD_ENCRYPTED": "«kms:cascsftp»"  ⟪KMS ciphertext⟫
    }
  },
  "KMSKeyArn": "arn:aws:kms:us-east-2:418270395561:key/«uuid:kmsbridge»"  ⟪KMS key ARN⟫
}
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "smtp_mediation" {
  name = "ses-smtp-mediation"
}

resource "aws_iam_access_key" "smtp_mediation" {
  user = aws_iam_user.smtp_mediation.name
}

resource "aws_secretsmanager_secret_version" "smtp_mediation" {
  secret_id = aws_secretsmanager_secret.smtp_mediation.id
  secret_string = jsonencode({
    user     = aws_iam_access_key.smtp_mediation.id
    password = aws_iam_access_key.smtp_mediation.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}
"""),
    ("infra/terraform/provider-colo.tf", r"""
variable "colo_access_key" { type = string }
variable "colo_secret_key" {
  type      = string
  sensitive = true
}

provider "aws" {
  alias      = "colo"
  region     = "us-east-2"
  access_key = var.colo_access_key
  secret_key = var.colo_secret_key  ⟪variable reference⟫
}

provider "aws" {
  alias  = "video"
  region = "us-west-2"
  assume_role {
    role_arn = "arn:aws:iam::289304716658:role/terraform-video"  ⟪assume_role ARN⟫
  }
}
"""),
    ("infra/terraform/env/colo.auto.tfvars", r"""
colo_access_key = "«akid:colotf»"  ⟦aws-key-id|access key in auto.tfvars⟧
colo_secret_key = "«awssec:colotf»"  ⟦aws-secret|secret key in auto.tfvars⟧
"""),
    ("infra/cdk/lib/mediation-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class MediationStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const db = secretsmanager.Secret.fromSecretNameV2(this, 'Db', 'mediation/prod/db');  ⟪fromSecretNameV2⟫
    const ftp = ssm.StringParameter.fromSecureStringParameterAttributes(this, 'Ftp', { parameterName: '/mediation/switch-ftp-password' });
    const task = new ecs.FargateTaskDefinition(this, 'Collector');
    task.addContainer('collector', {
      image: ecs.ContainerImage.fromRegistry('562948170323.dkr.ecr.us-east-2.amazonaws.com/mediation/collector:3.4.0'),
      secrets: {
        DB_PASSWORD: ecs.Secret.fromSecretsManager(db, 'password'),
        SWITCH_FTP_PASSWORD: ecs.Secret.fromSsmParameter(ftp),  ⟪fromSsmParameter⟫
      },
      environment: {
        SLACK_TOKEN: cdk.SecretValue.secretsManager('mediation/slack').unsafeUnwrap(),  ⟪SecretValue.secretsManager⟫
      },
    });
  }
}
"""),
    ("deploy/k8s/mediation/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: mediation-collector
  namespace: mediation
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418270395561:role/mediation-collector  ⟪IRSA role ARN⟫
"""),
    ("deploy/k8s/mediation/secretstore.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: aws-static
  namespace: mediation
spec:
  provider:
    aws:
      service: SecretsManager
      region: us-east-2
      auth:
        secretRef:
          accessKeyIDSecretRef: {name: awssm-secret, key: access-key}  ⟪secretRef⟫
          secretAccessKeySecretRef: {name: awssm-secret, key: secret-access-key}
---
apiVersion: v1
kind: Secret
metadata:
  name: awssm-secret
  namespace: mediation
stringData:
  access-key: «akid:esostatic»  ⟦aws-key-id|key id in a Secret for a SecretStore⟧
  secret-access-key: «awssec:esostatic»  ⟦aws-secret|secret in a Secret for a SecretStore⟧
"""),
    ("deploy/helm/mediation/values.yaml", r"""
serviceAccount:
  create: false
  name: mediation-collector
db:
  existingSecret: mediation-db  ⟪existingSecret⟫
  existingSecretPasswordKey: password
aws:
  accessKeyId: ""  ⟪empty value⟫
  secretAccessKey: ""
switchFtp:
  host: 10.70.2.15
  user: cdrpull
  password: «pw6:switchftp»  ⟦password|switch CDR FTP password in Helm values⟧
"""),
    (".github/workflows/tap-export-deploy.yml", r"""
name: tap-export-deploy
on:
  push:
    branches: [main]
    paths: ['infra/sam/tap-export/**']
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418270395561:role/gha-tap-export  ⟪OIDC role⟫
          aws-region: us-east-2
      - uses: aws-actions/setup-sam@v2
      - run: sam deploy --no-confirm-changeset
  smoke:
    runs-on: [self-hosted, bss]
    needs: deploy
    env:
      AWS_ACCESS_KEY_ID: «asia:tapsmoke»  ⟦aws-key-id|temporary key id pasted into a workflow⟧
      AWS_SECRET_ACCESS_KEY: «awssec:tapsmoke»  ⟦aws-secret|temporary secret pasted into a workflow⟧
      AWS_SESSION_TOKEN: «stok:tapsmoke»  ⟦aws-session-token|session token pasted into a workflow⟧
    steps:
      - run: aws lambda invoke --function-name tap-export-ExportFn out.json
"""),
    ("infra/codebuild/buildspec-tap-export.yml", r"""
version: 0.2
env:
  secrets-manager:
    CH_PASSWORD: ledgerline/tap:clearinghouse_password  ⟪secrets-manager reference⟫
  parameter-store:
    HOST_MNO_SECRET: /ledgerline/tap/host-mno-secret  ⟪parameter-store reference⟫
phases:
  build:
    commands:
      - CREDS=$(aws sts assume-role --role-arn arn:aws:iam::418270395561:role/tap-export-deployer --role-session-name cb)  ⟪assume-role call⟫
      - sam build && sam deploy --no-confirm-changeset
"""),
    ("infra/pulumi/Pulumi.colo.yaml", r"""
config:
  aws:region: us-east-2
  aws:accessKey: «akid:pulumicolo»  ⟦aws-key-id|plaintext aws:accessKey in Pulumi config⟧
  aws:secretKey:
    secure: AAABA«b64k:60-pulumisecretkey»  ⟪Pulumi secure value⟫
  kvc-colo:switchFtpPassword:
    secure: AAABA«b64k:40-pulumiftp»  ⟪Pulumi secure value⟫
"""),
]
