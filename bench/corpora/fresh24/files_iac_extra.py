"""fresh24 templates, the right way next to the wrong one (Brakwater Terminals): rotation with generated
secrets, SES SMTP from Terraform, OIDC workflows, an External Secrets store, Helm values with existing
secrets, SAM with SSM parameter types, CDK references.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/n4-db-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: N4 reporting replica (Aurora PostgreSQL) with a rotated master secret
Resources:
  ReportingSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: n4/reporting/master
      GenerateSecretString:  ⟪generated secret⟫
        SecretStringTemplate: '{"username":"n4_reporting"}'
        GenerateStringKey: password
        PasswordLength: 32
  ReportingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:n4/reporting/master:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:n4/reporting/master:SecretString:password}}'  ⟪dynamic reference⟫
  ReportingRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref ReportingSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
  ArchiveCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: n4_archive
      ManageMasterUserPassword: true  ⟪managed master password⟫
      MasterUserSecret:
        KmsKeyId: alias/n4-archive
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "ses_weighbridge" {
  name = "ses-smtp-weighbridge"
}

resource "aws_iam_access_key" "ses_weighbridge" {
  user = aws_iam_user.ses_weighbridge.name
}

resource "aws_secretsmanager_secret_version" "ses_weighbridge" {
  secret_id = "weighbridge/ses-smtp"
  secret_string = jsonencode({
    user     = aws_iam_access_key.ses_weighbridge.id
    password = aws_iam_access_key.ses_weighbridge.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}
"""),
    ("ci/github/workflows/terraform-plan.yml", r"""
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
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::930471862214:role/gha-terraform-plan  ⟪OIDC role⟫
          aws-region: eu-west-1
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform plan -no-color
        env:
          TF_VAR_pagerduty_token: ${{ secrets.PAGERDUTY_TOKEN }}  ⟪secrets reference⟫
          DD_API_KEY: ${{ secrets.DD_API_KEY }}  ⟪secrets reference⟫
"""),
    ("deploy/k8s/freightdesk/clustersecretstore.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-secrets-manager
spec:
  provider:
    aws:
      service: SecretsManager
      region: eu-central-1
      auth:
        jwt:
          serviceAccountRef:
            name: external-secrets  ⟪service account reference⟫
            namespace: external-secrets
"""),
    ("deploy/helm/quayline/values.yaml", r"""
image:
  repository: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/quayline-edi
  tag: 3.4.1
n4:
  existingSecret: quayline-edi  ⟪existing secret⟫
  secretKey: N4_WS_PASSWORD
partners:
  hapag:
    sftpUser: brakwater_rtm
    sftpPassword: «edipw:hlagsftp»  ⟦password|partner SFTP password in Helm values (same as the Terraform module)⟧
  cosco:
    sftpUser: brakwater_rtm
    sftpPasswordSecret: edi-cosco  ⟪secret name⟫
"""),
    ("infra/sam/ais-partners/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: AIS partner feeds (VesselFinder, Spire) - keys from SSM, one legacy literal
Parameters:
  SpireToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /lookout/spire-token  ⟪SSM parameter name⟫
Resources:
  PartnerFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: partners.handler
      CodeUri: partners/
      Environment:
        Variables:
          SPIRE_TOKEN: !Ref SpireToken
          VESSELFINDER_USERKEY: «up:24-vesselfinder»  ⟦app-secret|VesselFinder key literal (same as the Lambda)⟧
          KPLER_TOKEN: '{{resolve:ssm:/lookout/kpler-token}}'  ⟪dynamic reference⟫
"""),
    ("infra/cdk/lib/ot-refs-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class OtRefsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const pi = secretsmanager.Secret.fromSecretNameV2(this, 'Pi', 'ot/pi-web-api');  ⟪secret reference⟫
    const kep = ssm.StringParameter.fromSecureStringParameterAttributes(this, 'Kep', { parameterName: '/ot/kepware' });  ⟪SSM SecureString reference⟫
    const task = new ecs.FargateTaskDefinition(this, 'Relay');
    task.addContainer('relay', {
      image: ecs.ContainerImage.fromRegistry('930471862214.dkr.ecr.eu-west-1.amazonaws.com/historian-relay:2.3.0'),
      secrets: {
        PI_PASSWORD: ecs.Secret.fromSecretsManager(pi, 'password'),  ⟪Secret.fromSecretsManager⟫
        KEPWARE_PASSWORD: ecs.Secret.fromSsmParameter(kep),  ⟪Secret.fromSsmParameter⟫
      },
    });
  }
}
"""),
]
