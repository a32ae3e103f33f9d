"""fresh26 templates, the right way next to the wrong one (Harbourline Gaming Group): Secrets Manager
generation and rotation, dynamic references, NoEcho parameters, ECS `secrets`, ExternalSecret with IRSA, CDK
secret references, the Parameters and Secrets Lambda extension, GitHub OIDC and Terraform data sources, each
beside the one leftover literal a reviewer would still find. Rendered last.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/patterns/rotated-db-secret.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: pattern - generated and rotated database secret, consumed through dynamic references only
Resources:
  JackpotDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: quayside/jackpot-db
      GenerateSecretString:
        SecretStringTemplate: '{"username": "jackpot_admin"}'  ⟪template without a password⟫
        GenerateStringKey: password
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  JackpotDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: '{{resolve:secretsmanager:quayside/jackpot-db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:quayside/jackpot-db:SecretString:password}}'  ⟪dynamic reference⟫
  Attachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: !Ref JackpotDbSecret
      TargetId: !Ref JackpotDb
      TargetType: AWS::RDS::DBCluster
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    DependsOn: Attachment
    Properties:
      SecretId: !Ref JackpotDbSecret
      HostedRotationLambda: {RotationType: PostgreSQLSingleUser}
      RotationRules: {ScheduleExpression: rate(30 days)}
"""),
    ("infra/cfn/patterns/noecho-params.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: pattern - NoEcho parameters without defaults, SSM SecureString by dynamic reference
Parameters:
  AdvantageApiKey:
    Type: String
    NoEcho: true  ⟪NoEcho without Default⟫
  OasisApiPassword:
    Type: String
    NoEcho: true
    Default: «pw6:oasisapi»  ⟦password|the one NoEcho parameter that kept a Default⟧
Resources:
  FloorBridgeFn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: bridge.handler
      Role: arn:aws:iam::604127739582:role/floor-bridge
      Code: {S3Bucket: hbl-lambda-604127739582, S3Key: floor/bridge.zip}
      Environment:
        Variables:
          ADVANTAGE_API_KEY: !Ref AdvantageApiKey  ⟪Ref of a NoEcho parameter⟫
          OASIS_API_PASSWORD: !Ref OasisApiPassword
          SYNKROS_API_PASSWORD: '{{resolve:ssm-secure:/floor/synkros/api-password:3}}'  ⟪ssm-secure dynamic reference⟫
"""),
    ("infra/ecs/patterns/wallet-secrets.taskdef.json", r"""
{
  "family": "saltire-wallet-v2",
  "executionRoleArn": "arn:aws:iam::318204957716:role/saltire-wallet-exec",
  "containerDefinitions": [
    {
      "name": "wallet",
      "image": "927315840063.dkr.ecr.us-east-1.amazonaws.com/saltire/wallet:5.0.0",
      "secrets": [
        {"name": "NUVEI_SECRET_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-1:318204957716:secret:saltire/nuvei-«b62:6-nuveiarn»:secret_key::"},  ⟪Secrets Manager ARN with a JSON key⟫
        {"name": "PAYPAL_CLIENT_SECRET", "valueFrom": "arn:aws:ssm:us-east-1:318204957716:parameter/saltire/paypal/client-secret"},  ⟪SSM ARN⟫
        {"name": "TRUSTLY_PASSWORD", "valueFrom": "saltire/trustly:password::"}
      ],
      "environment": [
        {"name": "NUVEI_MERCHANT_SITE_ID", "value": "«num:6-nuveisite»"},  ⟪site id⟫
        {"name": "APPLE_PAY_MERCHANT_CERT_PASSWORD", "value": "«pwc:applepaycert»"}  ⟦password|the one literal left in the environment block⟧
      ]
    }
  ]
}
"""),
    ("deploy/k8s/patterns/wallet-external-secret.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: external-secrets-wallet
  namespace: payments
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::318204957716:role/eso-wallet  ⟪IRSA role⟫
---
apiVersion: external-secrets.io/v1beta1
kind: SecretStore
metadata:
  name: wallet-store
  namespace: payments
spec:
  provider:
    aws:
      service: ParameterStore
      region: us-east-1
      auth:
        jwt:
          serviceAccountRef: {name: external-secrets-wallet}
---
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: wallet-psps
  namespace: payments
spec:
  secretStoreRef: {name: wallet-store, kind: SecretStore}
  target: {name: wallet-psps}
  dataFrom:
    - extract:
        key: /saltire/prod/psps  ⟪remote key⟫
"""),
    ("infra/cdk/lib/patterns/secret-refs.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as sm from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class SecretRefsStack extends cdk.Stack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new rds.DatabaseCluster(this, 'Ggr', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_6 }),
      credentials: rds.Credentials.fromGeneratedSecret('ggr_admin'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.provisioned('writer'),
    });
    const genius = sm.Secret.fromSecretNameV2(this, 'Genius', 'lodestar/genius');
    const sportradar = cdk.SecretValue.secretsManager('lodestar/sportradar', { jsonField: 'api_key' });  ⟪secretsManager reference⟫
    const igoFeed = ssm.StringParameter.valueForStringParameter(this, '/lodestar/igo-feed-token');
    // TODO remove once the Kambi integration reads from Secrets Manager (LODE-514)
    const kambi = cdk.SecretValue.unsafePlainText('«hex:32-kambicdk»');  ⟦app-secret|the leftover unsafePlainText beside the references⟧
    new cdk.CfnOutput(this, 'Refs', { value: [genius.secretName, igoFeed].join(',') });
    void sportradar; void kambi;
  }
}
"""),
    ("services/quayside/lambda/get_secret.py", r"""
import json
import os
import urllib.request

# AWS Parameters and Secrets Lambda Extension: secrets never sit in the environment
PORT = os.environ.get("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT", "2773")
TOKEN = os.environ["AWS_SESSION_TOKEN"]  ⟪the runtime's own session token, read at runtime⟫


def get_secret(name: str) -> dict:
    req = urllib.request.Request(f"http://localhost:{PORT}/secretsmanager/get?secretId={name}",
                                 headers={"X-Aws-Parameters-Secrets-Token": TOKEN})
    with urllib.request.urlopen(req, timeout=2) as r:
        return json.loads(json.load(r)["SecretString"])
"""),
    (".github/workflows/patterns-oidc-deploy.yml", r"""
name: deploy-quayside
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::451890263307:role/gha-quayside-deploy  ⟪OIDC role⟫
          aws-region: eu-south-1
          # aws-access-key-id: «akid:oidcleft»  ⟦aws-key-id|commented-out key ID left above the OIDC step⟧
      - run: ./deploy.sh
        env:
          HUB88_API_PASSWORD: ${{ secrets.HUB88_API_PASSWORD }}  ⟪secrets reference⟫
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
"""),
    ("infra/terraform/patterns/data-sources.tf", r"""
data "aws_secretsmanager_secret_version" "hub88" {
  secret_id = "quayside/hub88"
}

resource "aws_db_instance" "rg_registry" {
  identifier                  = "rg-registry"
  engine                      = "postgres"
  instance_class              = "db.t4g.large"
  username                    = "rg_admin"
  manage_master_user_password = true  ⟪managed master password⟫
}

resource "aws_iam_access_key" "none" {
  count = 0
  user  = "unused"
}

variable "mga_sftp_password" {
  type      = string
  sensitive = true
  default   = "«pwn:mgasftpvar»"  ⟦password|variable default left next to the data source⟧
}
"""),
]
