"""fresh23 templates, the right way next to the wrong one (Halverine Interactive): IaC and CI files that hold their
secrets by reference (Secrets Manager rotation with GenerateSecretString, SES SMTP from Terraform attributes, CDK
secret references, IRSA for the game-server fleet, an OIDC Terraform workflow, an ExternalSecret for Discord, a SAM
template with SSM parameters that still carries a vendor's literal key pair).
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated secrets for the hearth reporting database and the lodestar RabbitMQ admin
Resources:
  ReportingSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: hearth/reporting-db
      KmsKeyId: alias/hearth-secrets
      GenerateSecretString:
        SecretStringTemplate: '{"username": "reporting"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  ReportingRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref ReportingSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.r7g.large
      MasterUsername: '{{resolve:secretsmanager:hearth/reporting-db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:hearth/reporting-db:SecretString:password}}'  ⟪dynamic reference⟫
"""),
    ("infra/tf/ses-smtp.tf", r"""
resource "aws_iam_user" "swarm_smtp" {
  name = "ses-smtp-swarm"
}

resource "aws_iam_access_key" "swarm_smtp" {
  user = aws_iam_user.swarm_smtp.name
}

resource "aws_secretsmanager_secret_version" "swarm_smtp" {
  secret_id = "anvil/swarm-smtp"
  secret_string = jsonencode({
    username = aws_iam_access_key.swarm_smtp.id
    password = aws_iam_access_key.swarm_smtp.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}
"""),
    ("infra/cdk/lib/community-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class CommunityStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const bot = secretsmanager.Secret.fromSecretNameV2(this, 'Bot', 'community/discord-bot');  ⟪fromSecretNameV2⟫
    const twitch = ssm.StringParameter.fromSecureStringParameterAttributes(this, 'Twitch', { parameterName: '/community/twitch/client-secret' });  ⟪SSM secure parameter reference⟫
    const task = new ecs.FargateTaskDefinition(this, 'Heralds');
    task.addContainer('bot', {
      image: ecs.ContainerImage.fromRegistry('604917283540.dkr.ecr.us-east-1.amazonaws.com/community/heralds:3.1.0'),
      secrets: {
        DISCORD_BOT_TOKEN: ecs.Secret.fromSecretsManager(bot, 'token'),  ⟪ecs.Secret.fromSecretsManager⟫
        TWITCH_CLIENT_SECRET: ecs.Secret.fromSsmParameter(twitch),
      },
      environment: { DISCORD_APPLICATION_ID: '«snowflake:heraldsapp»' },
    });
  }
}
"""),
    ("deploy/k8s/agones/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: ironbloom-gameserver
  namespace: gameservers
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418273650921:role/ironbloom-gameserver  ⟪IRSA role ARN⟫
    eks.amazonaws.com/sts-regional-endpoints: "true"
"""),
    (".github/workflows/terraform-plan.yml", r"""
name: terraform-plan
on:
  pull_request:
    paths: ['infra/tf/**']
permissions:
  id-token: write
  contents: read
  pull-requests: write
jobs:
  plan:
    runs-on: ubuntu-24.04
    defaults:
      run:
        working-directory: infra/tf
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::736104982357:role/gha-terraform-plan  ⟪OIDC role⟫
          aws-region: us-east-2
      - uses: hashicorp/setup-terraform@v3
        with:
          cli_config_credentials_token: ${{ secrets.TF_API_TOKEN }}  ⟪secrets reference⟫
      - run: terraform init && terraform plan -var-file=env/live.tfvars -no-color
        env:
          TF_VAR_sentry_token: ${{ secrets.SENTRY_TOKEN }}
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
"""),
    ("deploy/k8s/community/externalsecret-discord.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: heralds
  namespace: community
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: heralds
  dataFrom:
    - extract:
        key: community/discord-bot  ⟪extract from Secrets Manager⟫
"""),
    ("sam/loc-ingest/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: loc-ingest - pulls translated string tables from the vendors into Perforce
Parameters:
  CrowdinToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /loc/crowdin/token  ⟪SSM parameter name⟫
  P4Password:
    Type: String
    NoEcho: true
Resources:
  IngestFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: ingest.handler
      Timeout: 900
      Environment:
        Variables:
          CROWDIN_TOKEN: !Ref CrowdinToken
          P4PASSWD: !Ref P4Password  ⟪Ref of a NoEcho parameter⟫
          # LingoForge still reads our bucket with their own IAM user until the Transfer move (INC0098812)
          VENDOR_AWS_ACCESS_KEY_ID: «akid:lingoforge»  ⟦aws-key-id|a vendor's literal key id in SAM env⟧
          VENDOR_AWS_SECRET_ACCESS_KEY: «awssec:lingoforge»  ⟦aws-secret|a vendor's literal secret in SAM env⟧
"""),
]
