"""fresh25 templates, the right way next to the wrong one (Ironvale Civil & Building): Secrets Manager
rotation and dynamic references, SSM parameter types, ses_smtp_password_v4, ExternalSecrets, OIDC CI, CDK
secret references, Ansible lookups, ECS secrets, Helm existingSecret. Rendered last.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: payrun database credentials, generated and rotated (the pattern every new stack copies)
Resources:
  PayrunDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: payrun/prod/db
      GenerateSecretString:
        SecretStringTemplate: '{"username":"payrun"}'
        GenerateStringKey: password  ⟪GenerateSecretString⟫
        PasswordLength: 32
        ExcludeCharacters: '"@/\'
  PayrunDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.m7g.large
      AllocatedStorage: '100'
      MasterUsername: '{{resolve:secretsmanager:payrun/prod/db:SecretString:username}}'
      MasterUserPassword: '{{resolve:secretsmanager:payrun/prod/db:SecretString:password}}'  ⟪dynamic reference⟫
  Attachment:
    Type: AWS::SecretsManager::SecretTargetAttachment
    Properties:
      SecretId: !Ref PayrunDbSecret
      TargetId: !Ref PayrunDb
      TargetType: AWS::RDS::DBInstance
  Rotation:
    Type: AWS::SecretsManager::RotationSchedule
    Properties:
      SecretId: !Ref PayrunDbSecret
      HostedRotationLambda:
        RotationType: PostgreSQLSingleUser
      RotationRules:
        AutomaticallyAfterDays: 30
"""),
    ("infra/sam/partner-feed/template.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: rebar fabricator delivery feed (Front Range Rebar pushes bar lists; we pull their S3 drop)
Parameters:
  FeedToken:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /subgate/partner/frr-feed-token  ⟪SSM parameter name⟫
  FeedSigningKey:
    Type: AWS::SSM::Parameter::Value<String>
    Default: /subgate/partner/frr-signing-key
Resources:
  PullFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: pull.handler
      CodeUri: src/
      Environment:
        Variables:
          FEED_TOKEN: !Ref FeedToken
          SIGNING_KEY: !Ref FeedSigningKey  ⟪Ref of an SSM parameter type⟫
          # the fabricator's own bucket: they gave us a key pair for it
          FRR_AWS_ACCESS_KEY_ID: «akid:frrpartner»  ⟦aws-key-id|a partner's key id in SAM env⟧
          FRR_AWS_SECRET_ACCESS_KEY: «awssec:frrpartner»  ⟦aws-secret|a partner's secret in SAM env⟧
"""),
    ("infra/terraform/ses-smtp.tf", r"""
resource "aws_iam_user" "smtp_kiosks" {
  name = "ses-smtp-kiosks-2026"
}

resource "aws_iam_access_key" "smtp_kiosks" {
  user = aws_iam_user.smtp_kiosks.name
}

resource "aws_secretsmanager_secret_version" "smtp_kiosks" {
  secret_id = "sites/ses-smtp-kiosks"
  secret_string = jsonencode({
    username = aws_iam_access_key.smtp_kiosks.id
    password = aws_iam_access_key.smtp_kiosks.ses_smtp_password_v4  ⟪ses_smtp_password_v4 attribute⟫
  })
}

output "smtp_kiosks_user" {
  value = aws_iam_access_key.smtp_kiosks.id
}
"""),
    ("deploy/k8s/payrun/externalsecret-de.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: payrun-de
  namespace: payrun
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm-eu, kind: ClusterSecretStore}
  target: {name: payrun-de}
  data:
    - secretKey: DATEV_CLIENT_SECRET
      remoteRef: {key: payroll-de/datev, property: client_secret}  ⟪remoteRef⟫
    - secretKey: ELSTER_PIN
      remoteRef: {key: payroll-de/elster, property: pin}  ⟪remoteRef⟫
    - secretKey: SOKA_BAU_PASSWORD
      remoteRef: {key: payroll-de/soka-bau, property: password}
"""),
    (".github/workflows/payrun-deploy.yml", r"""
name: payrun-deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: production
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::280371946620:role/gha-payrun-deploy  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: ./deploy.sh
        env:
          EH_API_KEY: ${{ secrets.EH_API_KEY }}  ⟪GitHub secret reference⟫
          XERO_CLIENT_SECRET: ${{ secrets.XERO_CLIENT_SECRET }}
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_WEBHOOK_URL }}  ⟪GitHub secret reference⟫
"""),
    ("infra/cdk/lib/sitewatch-secrets.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as ecs from 'aws-cdk-lib/aws-ecs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export function sitewatchSecrets(scope: Construct) {
  const brivo = secretsmanager.Secret.fromSecretNameV2(scope, 'Brivo', 'sitewatch/brivo');  ⟪fromSecretNameV2⟫
  const giatec = ssm.StringParameter.fromSecureStringParameterAttributes(scope, 'Giatec', {
    parameterName: '/sitewatch/giatec-api-key',  ⟪SSM parameter name⟫
  });
  return {
    BRIVO_CLIENT_SECRET: ecs.Secret.fromSecretsManager(brivo, 'client_secret'),  ⟪ecs.Secret.fromSecretsManager⟫
    GIATEC_API_KEY: ecs.Secret.fromSsmParameter(giatec),
    EARTHCAM_PASSWORD: cdk.SecretValue.secretsManager('sitewatch/earthcam', { jsonField: 'password' }),  ⟪SecretValue.secretsManager⟫
  };
}
"""),
    ("ansible/roles/ntrip-caster/tasks/main.yml", r"""
- name: render the caster configuration
  ansible.builtin.template:
    src: ntripcaster.conf.j2
    dest: /etc/ntripcaster/ntripcaster.conf
    mode: "0600"
  vars:
    encoder_password: "{{ lookup('amazon.aws.aws_secret', 'survey/ntrip-encoder') }}"  ⟪Ansible lookup⟫
  no_log: true
- name: rover logins
  ansible.builtin.template:
    src: users.aut.j2
    dest: /etc/ntripcaster/users.aut
  vars:
    rovers: "{{ lookup('amazon.aws.aws_ssm', '/survey/ntrip/rovers', decrypt=true) }}"  ⟪Ansible SSM lookup⟫
"""),
    ("infra/ecs/payrun-api.taskdef.json", r"""
{
  "family": "payrun-api",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "containerDefinitions": [
    {
      "name": "api",
      "image": "739152804461.dkr.ecr.us-east-2.amazonaws.com/payrun-api@sha256:«sha256:payrunimg»",  ⟪image digest⟫
      "secrets": [
        {"name": "LCPTRACKER_API_KEY", "valueFrom": "arn:aws:secretsmanager:us-east-2:280371946620:secret:payrun/lcptracker-«b62:6-lcpsm»:api_key::"},  ⟪valueFrom⟫
        {"name": "EH_API_KEY", "valueFrom": "arn:aws:ssm:ap-southeast-2:280371946620:parameter/payroll-au/eh-api-key"},  ⟪valueFrom SSM⟫
        {"name": "DATEV_CLIENT_SECRET", "valueFrom": "arn:aws:secretsmanager:eu-central-1:280371946620:secret:payroll-de/datev-«b62:6-datevsm»:client_secret::"}
      ],
      "environment": [
        {"name": "DATEV_CLIENT_ID", "value": "«uuid:datevid»"},  ⟪DATEV client id⟫
        {"name": "XERO_CLIENT_ID", "value": "«uhex:32-xeroid»"}  ⟪Xero client id⟫
      ]
    }
  ]
}
"""),
    ("deploy/helm/sitewatch/values.yaml", r"""
image:
  repository: 739152804461.dkr.ecr.us-west-2.amazonaws.com/sitewatch
  tag: 1.22.0
brivo:
  clientId: «uuid:brivoclient»  ⟪Brivo client id⟫
  existingSecret: sitewatch-brivo  ⟪existingSecret⟫
earthcam:
  user: ironvale_api
  passwordSecretRef: {name: sitewatch-earthcam, key: password}  ⟪secret reference⟫
map:
  mapboxToken: «mapboxpk:web»  ⟪Mapbox public token⟫
  googleMapsKey: «aiza:maps»
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::614208937155:role/sitewatch-irsa  ⟪IRSA role⟫
"""),
    ("infra/serverless/subgate-notify/serverless.yml", r"""
service: subgate-notify
provider:
  name: aws
  runtime: nodejs20.x
  region: us-west-2
  environment:
    SENDGRID_API_KEY: ${ssm:/aws/reference/secretsmanager/subgate/sendgrid}  ⟪serverless ssm secretsmanager reference⟫
    TWILIO_AUTH_TOKEN: ${ssm:/subgate/twilio-auth-token}  ⟪serverless ssm reference⟫
    TWILIO_ACCOUNT_SID: «twac:field»  ⟪Twilio account SID⟫
functions:
  expiring-coi:
    handler: coi.handler
    events:
      - schedule: cron(0 13 ? * MON-FRI *)
"""),
    ("deploy/k8s/sitewatch/grafana-datasource-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-datasources
  namespace: sitewatch
type: Opaque
stringData:
  INFLUX_TOKEN: ""  ⟪empty value⟫
  TIMESTREAM_AUTH: default  ⟪auth type word⟫
"""),
]
