"""fresh20 templates, the right way next to the wrong one (Ardent Forge Industries): IaC and deployment files that
hold their secrets by reference (Secrets Manager rotation and dynamic references, SES SMTP from Terraform
attributes, External Secrets stores, CDK secret references, SSM parameter types), and two that still carry a
literal (a supplier's webhook key in SAM, a broker password default in a module).
Rendered last. Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/sap-secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::SecretsManager-2020-07-23
Description: rotated secrets for the crucible database and the SAP technical users
Resources:
  CrucibleDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: crucible/prd/db
      KmsKeyId: alias/crucible-secrets
      GenerateSecretString:
        SecretStringTemplate: '{"username": "crucible_admin"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  CrucibleDbRotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref CrucibleDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        ScheduleExpression: rate(30 days)
  ReportingCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:crucible/prd/db:SecretString:username}}'
      MasterUserPassword: !Sub '{{resolve:secretsmanager:${CrucibleDbSecret}:SecretString:password}}'  ⟪dynamic reference with Sub⟫
  MesCluster:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: mes_admin
      ManageMasterUserPassword: true  ⟪managed master password⟫
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "smtp_labels" {
  name = "ses-smtp-labels"
}

resource "aws_iam_access_key" "smtp_labels" {
  user    = aws_iam_user.smtp_labels.name
  pgp_key = "keybase:ardentforge_platform"  ⟪keybase PGP reference⟫
}

resource "aws_ssm_parameter" "smtp_password" {
  name  = "/label-service/smtp-password"
  type  = "SecureString"
  value = aws_iam_access_key.smtp_labels.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
}

output "smtp_secret_encrypted" {
  value = aws_iam_access_key.smtp_labels.encrypted_secret  ⟪encrypted_secret attribute⟫
}
"""),
    ("deploy/k8s/anvil-mes/secretstore.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-secrets-manager
spec:
  provider:
    aws:
      service: SecretsManager
      region: us-east-2
      auth:
        jwt:
          serviceAccountRef:
            name: external-secrets  ⟪IRSA service account⟫
            namespace: external-secrets
---
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: ot-parameter-store
  namespace: tempering
spec:
  provider:
    aws:
      service: ParameterStore
      region: us-east-2
      auth:
        secretRef:
          accessKeyIDSecretRef: {name: ot-ps-creds, key: access-key}  ⟪secretRef⟫
          secretAccessKeySecretRef: {name: ot-ps-creds, key: secret-key}
"""),
    ("infra/sam/supplier-asn-webhook/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: ingot - webhook that receives advance ship notices from supplier portals
Parameters:
  SpsToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /ingot/prd/sps-token  ⟪SSM parameter name as Default⟫
Resources:
  AsnWebhookFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: asn.handler
      CodeUri: src/
      Environment:
        Variables:
          SPS_TOKEN: !Ref SpsToken  ⟪Ref of an SSM parameter type⟫
          CASTECH_HMAC_KEY: '{{resolve:ssm-secure:/ingot/prd/castech-hmac}}'  ⟪ssm-secure dynamic reference⟫
          FORJAS_HMAC_KEY: «hex:64-forjashmac»  ⟦app-secret|supplier webhook HMAC key still literal in SAM⟧
          DB_SECRET: '{{resolve:secretsmanager:ingot/portal-db}}'  ⟪dynamic reference⟫
      Events:
        Asn:
          Type: HttpApi
          Properties: {Path: '/asn/{supplier}', Method: post}
"""),
    ("infra/cdk/lib/edge-secrets-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as mq from 'aws-cdk-lib/aws-amazonmq';
import { Construct } from 'constructs';

export class EdgeSecretsStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const brokerPw = cdk.SecretValue.secretsManager('bellows/broker-admin', { jsonField: 'password' });  ⟪SecretValue.secretsManager⟫
    const opcua = ssm.StringParameter.valueForStringParameter(this, '/bellows/opcua-user');  ⟪SSM parameter lookup⟫
    const claim = secretsmanager.Secret.fromSecretNameV2(this, 'Claim', 'bellows/claim-key');  ⟪secret by name⟫

    new mq.CfnBroker(this, 'EdgeBroker', {
      brokerName: 'bellows-edge',
      engineType: 'RABBITMQ',
      engineVersion: '3.13',
      hostInstanceType: 'mq.m5.large',
      deploymentMode: 'SINGLE_INSTANCE',
      publiclyAccessible: false,
      users: [{ username: 'bellows-admin', password: brokerPw.unsafeUnwrap() }],  ⟪unwrapped reference⟫
    });
  }
}
"""),
    ("infra/terraform/modules/plant-edge/variables.tf", r"""
variable "plant" {
  type = string
}

variable "kepware_admin_password" {
  type      = string
  sensitive = true
}

variable "wifi_scanner_psk" {
  type      = string
  sensitive = true
}

variable "sparkplug_broker_password" {
  description = "fallback broker password for line gateways without a provisioned secret"
  type        = string
  default     = "«pwp:sparkplugfallback»"  ⟦password|module variable default password⟧
}
"""),
]
