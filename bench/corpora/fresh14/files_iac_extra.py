"""fresh14 templates, the right way next to the wrong one (Corvane Hospitality): IaC and CI files that hold their
secrets by reference (Secrets Manager rotation, SES SMTP from Terraform attributes, a state backend, CDK secret
references, IRSA, an OIDC Terraform workflow), and one SAM template that still carries a partner's key pair.
Written after the other modules and rendered last, so the values of the other files do not move.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/crs/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: crs-rate-loader
  namespace: crs
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::493817260514:role/crs-rate-loader  ⟪IRSA role ARN⟫
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
          role-to-assume: arn:aws:iam::861530294472:role/gha-terraform-plan  ⟪OIDC role⟫
          aws-region: us-east-1
      - uses: hashicorp/setup-terraform@v3
        with:
          cli_config_credentials_token: ${{ secrets.TF_API_TOKEN }}  ⟪secrets reference⟫
      - run: terraform init -backend-config=env/backend-prod.hcl
      - run: terraform plan -var-file=env/prod.tfvars -no-color
        env:
          TF_VAR_datadog_app_key: ${{ secrets.DATADOG_APP_KEY }}
"""),
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated secrets for the CRS reporting database and the channel-manager credentials
Resources:
  CrsReportingSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: crs/reporting-db
      KmsKeyId: alias/crs-secrets
      GenerateSecretString:
        SecretStringTemplate: '{"username": "crs_rpt"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  CrsReportingRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref CrsReportingSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
        VpcSecurityGroupIds: sg-0b17e9d4a2c6f8530
        VpcSubnetIds: subnet-0e1c7a94d2b5f8036,subnet-09f3b27e6c1a4d580
      RotationRules:
        ScheduleExpression: rate(30 days)
  CrsReportingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:crs/reporting-db:SecretString:username}}'
      MasterUserPassword: !Sub '{{resolve:secretsmanager:${CrsReportingSecret}:SecretString:password}}'  ⟪dynamic reference with Sub⟫
  SiteMinderSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: crs/siteminder
      Description: pmsXchange credentials; value set by hand in the console, never in this template
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "ses_smtp_crs" {
  name = "ses-smtp-crs"
}

resource "aws_iam_access_key" "ses_smtp_crs" {
  user = aws_iam_user.ses_smtp_crs.name
}

resource "aws_secretsmanager_secret_version" "ses_smtp_crs" {
  secret_id = aws_secretsmanager_secret.ses_smtp_crs.id
  secret_string = jsonencode({
    username = aws_iam_access_key.ses_smtp_crs.id
    password = aws_iam_access_key.ses_smtp_crs.ses_smtp_password_v4  ⟪SMTP password attribute reference⟫
  })
}

output "ses_smtp_username" {
  value = aws_iam_access_key.ses_smtp_crs.id
}
"""),
    ("infra/terraform/env/backend-prod.hcl", r"""
bucket         = "cvh-tfstate-861530294472"
key            = "platform/prod/terraform.tfstate"
region         = "us-east-1"
dynamodb_table = "cvh-tf-locks"
encrypt        = true
kms_key_id     = "arn:aws:kms:us-east-1:861530294472:key/«uuid:kmstfstate»"  ⟪KMS key ARN⟫
role_arn       = "arn:aws:iam::861530294472:role/terraform-state"
"""),
    ("infra/sam/loyalty-events/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: loyalty events - stays and spend from the CRS to Braze and to the airline partner's bucket
Parameters:
  BrazeKeyParam:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /gullwing/braze-rest-key  ⟪SSM parameter name⟫
Resources:
  StayEventsFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: events.handler
      Timeout: 60
      Events:
        Stream:
          Type: Kinesis
          Properties:
            Stream: arn:aws:kinesis:us-east-1:493817260514:stream/crs-stays
            StartingPosition: LATEST
      Environment:
        Variables:
          BRAZE_REST_KEY: !Ref BrazeKeyParam
          PARTNER_BUCKET: skyward-miles-inbound
          PARTNER_S3_ACCESS_KEY_ID: «akid:skyward»  ⟦aws-key-id|partner's key id in a SAM function environment⟧
          PARTNER_S3_SECRET_ACCESS_KEY: «awssec:skyward»  ⟦aws-secret|partner's secret in a SAM function environment⟧
          PARTNER_EXTERNAL_ID: '{{resolve:ssm:/gullwing/skyward-external-id}}'  ⟪ssm dynamic reference⟫
"""),
    ("infra/cdk/lib/loyalty-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';

export class LoyaltyStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const task = new ecs.FargateTaskDefinition(this, 'GullwingApi', { cpu: 1024, memoryLimitMiB: 2048 });
    const adyen = secretsmanager.Secret.fromSecretNameV2(this, 'Adyen', 'vaultline/prod/adyen-api-key');
    task.addContainer('api', {
      image: ecs.ContainerImage.fromRegistry('861530294472.dkr.ecr.us-east-1.amazonaws.com/gullwing-api:4.2.0'),
      secrets: {
        ADYEN_API_KEY: ecs.Secret.fromSecretsManager(adyen),  ⟪secret reference⟫
        BRAZE_REST_KEY: ecs.Secret.fromSsmParameter(
          ssm.StringParameter.fromSecureStringParameterAttributes(this, 'Braze', { parameterName: '/gullwing/braze-rest-key' })),  ⟪SSM parameter reference⟫
      },
      environment: {
        JWT_SECRET: cdk.SecretValue.secretsManager('gullwing/jwt').unsafeUnwrap(),  ⟪SecretValue.secretsManager⟫
        LOYALTY_TABLE: 'gullwing-members',
      },
    });
  }
}
"""),
]
