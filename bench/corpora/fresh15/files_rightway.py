"""fresh15 templates, the right way next to the wrong one (Lowmoor University): IaC and deployment files that keep
their secrets by reference, generated secrets, OIDC roles, managed passwords, public identifiers.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/rightway/canvas-db-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: lectern - Canvas database secret with hosted rotation (replaces the literal in values-prod.yaml)
Resources:
  CanvasDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: lectern/prod/db
      GenerateSecretString:
        SecretStringTemplate: '{"username":"canvas"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  CanvasDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:lectern/prod/db:SecretString:username}}'
      MasterUserPassword: !Sub '{{resolve:secretsmanager:${CanvasDbSecret}:SecretString:password}}'  ⟪dynamic reference⟫
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref CanvasDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
"""),
    ("infra/cfn/rightway/ses-smtp-from-iam.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SES SMTP credentials for departmental copiers, derived at deploy time and stored in Secrets Manager
Resources:
  CopierSmtpUser:
    Type: AWS::IAM::User
    Properties:
      UserName: ses-smtp-copiers
  CopierSmtpKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CopierSmtpUser
  CopierSmtpSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: printing/ses-smtp-copiers
      SecretString: !Sub '{"user":"${CopierSmtpKey}","secret":"${CopierSmtpKey.SecretAccessKey}"}'  ⟪Sub of a GetAtt secret, no literal⟫
Outputs:
  SmtpUser:
    Value: !Ref CopierSmtpKey  ⟪Ref of a generated key⟫
"""),
    ("infra/terraform/rightway/rds-managed.tf", r"""
resource "aws_rds_cluster" "registry" {
  cluster_identifier          = "health-research-registry"
  engine                      = "aurora-postgresql"
  master_username             = "registry_admin"
  manage_master_user_password = true  ⟪RDS-managed master password⟫
  master_user_secret_kms_key_id = "arn:aws:kms:us-east-1:582017364490:key/«uuid:registrykms»"  ⟪KMS ARN⟫
}

data "aws_secretsmanager_secret_version" "epic" {
  secret_id = "health/epic-backend-jwk"  ⟪secret name⟫
}

resource "aws_ssm_parameter" "redcap_url" {
  name  = "/health/redcap/url"
  type  = "String"
  value = "https://redcap.lowmoor.edu/api/"
}
"""),
    ("infra/terraform/rightway/ses-smtp.tf", r"""
resource "aws_iam_access_key" "moodle_smtp" {
  user = "ses-smtp-moodle"
}

resource "aws_secretsmanager_secret_version" "moodle_smtp" {
  secret_id = "cpd/moodle/smtp"
  secret_string = jsonencode({
    user     = aws_iam_access_key.moodle_smtp.id
    password = aws_iam_access_key.moodle_smtp.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}
"""),
    ("infra/sam/rightway/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: financial aid document upload (StudentForms) - secrets from SSM
Parameters:
  StudentFormsKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /finaid/studentforms/api-key  ⟪SSM parameter name as Default⟫
  ImageRepoDigest:
    Type: String
    Default: sha256:«sha256:finaidimg»  ⟪image digest⟫
Resources:
  UploadFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: upload.handler
      CodeUri: upload/
      Environment:
        Variables:
          STUDENTFORMS_KEY: !Ref StudentFormsKey
          POWERFAIDS_KEY: '{{resolve:ssm-secure:/finaid/powerfaids/key}}'  ⟪ssm-secure dynamic reference⟫
          NSLDS_PASSWORD: ${NSLDS_PASSWORD}  ⟪template placeholder⟫
          PARTNER_PORTAL_KEY: «b62:32-finaidpartner»  ⟦app-secret|a partner key left literal next to the references⟧
"""),
    ("infra/cdk/rightway/secrets-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class HousingSecretsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    const starrez = sm.Secret.fromSecretNameV2(this, 'StarRez', 'housing/starrez');  ⟪fromSecretNameV2⟫
    const doorKey = ssm.StringParameter.fromSecureStringParameterAttributes(this, 'Door', { parameterName: '/housing/door-vendor-key' });  ⟪fromSecureStringParameterAttributes⟫
    const task = new ecs.FargateTaskDefinition(this, 'Rooms');
    task.addContainer('rooms', {
      image: ecs.ContainerImage.fromRegistry('256908417733.dkr.ecr.us-east-1.amazonaws.com/housing/rooms:4.1'),
      secrets: {
        STARREZ_TOKEN: ecs.Secret.fromSecretsManager(starrez, 'token'),
        DOOR_VENDOR_KEY: ecs.Secret.fromSsmParameter(doorKey),  ⟪fromSsmParameter⟫
      },
      environment: { DB_PASSWORD: cdk.SecretValue.secretsManager('housing/db').unsafeUnwrap() },  ⟪secretsManager reference⟫
    });
  }
}
"""),
    ("deploy/k8s/rightway/eso-clustersecretstore.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-secrets-manager
spec:
  provider:
    aws:
      service: SecretsManager
      region: us-east-1
      auth:
        jwt:
          serviceAccountRef:
            name: external-secrets
            namespace: external-secrets
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: external-secrets
  namespace: external-secrets
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418273650192:role/eks-external-secrets  ⟪IRSA role⟫
"""),
    (".github/workflows/rightway-terraform.yml", r"""
name: terraform (enterprise)
on:
  pull_request:
    paths: ["infra/terraform/**"]
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::256908417733:role/github-terraform-plan  ⟪OIDC role⟫
          aws-region: us-east-1
      - uses: hashicorp/setup-terraform@v3
        with:
          cli_config_credentials_token: ${{ secrets.TF_API_TOKEN }}  ⟪secrets reference⟫
      - run: terraform -chdir=infra/terraform plan -var "datadog_app_key=${{ secrets.DATADOG_APP_KEY }}"  ⟪secrets reference⟫
        env:
          TF_VAR_banner_db_password: ${{ secrets.BANNER_DB_PASSWORD }}  ⟪secrets reference⟫
"""),
    ("infra/cfn/rightway/public-ids.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: heron mobile app - public configuration only (Cognito ids, publishable keys)
Resources:
  MobileConfig:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /mobile/public-config
      Type: String
      Value: |
        {"userPoolId": "us-east-1_«b62:9-cogpool»",
         "userPoolClientId": "«lo:26-cogclient»",  ⟪Cognito app client id⟫
         "identityPoolId": "us-east-1:«uuid:idpool»",
         "stripePublishableKey": "«pk:concessions»",  ⟪Stripe publishable key⟫
         "firebaseApiKey": "«aiza:heronmobile»",  ⟪Firebase web key⟫
         "transactTenant": "lowmoor"}
      Tags:
        visibility: public
"""),
]
