"""Infrastructure-as-code, CI and container files."""
FILES = {}

FILES["infra/cloudformation/ingest-pipeline.yaml"] = '''
AWSTemplateFormatVersion: "2010-09-09"
Description: Invoice ingest pipeline (Aurora + Firehose)
Parameters:
  AdminPassword:
    Type: String
    NoEcho: true
    MinLength: 16
Resources:
  IngestDb:
    Type: AWS::RDS::DBCluster
    Properties:
      Engine: aurora-postgresql
      MasterUsername: ingest_admin
      MasterUserPassword: "{{resolve:secretsmanager:prod/ingest/db:SecretString:password}}"
  ReportingDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      MasterUsername: reporting
      MasterUserPassword: «pw:cfn_reporting» ⟦password|hardcoded in template⟧
  ApiKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /ingest/partner-api-key
      Type: String
      Value: !Ref AdminPassword
'''

FILES["infra/sam/webhooks/template.yaml"] = '''
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.12
    Timeout: 15
Resources:
  ChargebackNotifier:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: src/
      Environment:
        Variables:
          SLACK_WEBHOOK_URL: «slack_hook:cb» ⟦slack-webhook-url⟧
          SIGNING_SECRET: "{{resolve:ssm-secure:/webhooks/signing-secret:3}}"
          STRIPE_KEY_ARN: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:stripe-restricted
'''

FILES["infra/cdk/lib/analytics-stack.ts"] = '''
import * as cdk from "aws-cdk-lib";
import * as rds from "aws-cdk-lib/aws-rds";
import * as ec2 from "aws-cdk-lib/aws-ec2";

export class AnalyticsStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props: cdk.StackProps & { vpc: ec2.IVpc }) {
    super(scope, id, props);
    new rds.DatabaseInstance(this, "Warehouse", {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
      vpc: props.vpc,
      credentials: rds.Credentials.fromSecret(cdk.aws_secretsmanager.Secret.fromSecretNameV2(this, "WhSecret", "analytics/warehouse")),
    });
    new rds.DatabaseInstance(this, "Metabase", {
      engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_0 }),
      vpc: props.vpc,
      credentials: rds.Credentials.fromPassword("metabase", cdk.SecretValue.unsafePlainText("«pw:metabase»")), ⟦password⟧
    });
  }
}
'''

FILES["infra/terraform/live/main.tf"] = '''
provider "aws" {
  region = "eu-west-1"
}

module "vpc" {
  source = "../modules/vpc"
  cidr   = "10.42.0.0/16"
}

resource "aws_db_instance" "billing" {
  identifier          = "billing-live"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  username            = "billing_admin"
  password            = var.billing_db_password
  skip_final_snapshot = false
}

resource "aws_elasticache_replication_group" "sessions" {
  replication_group_id = "sessions-live"
  auth_token           = "«pw:ec_auth»-«alnum32:ec_auth_sfx»" ⟦password|elasticache auth token⟧
  transit_encryption_enabled = true
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
}
'''

FILES["infra/terraform/live/live.auto.tfvars"] = '''
environment         = "live"
billing_db_password = "«pw:tf_billing»" ⟦password⟧
datadog_api_key     = "«hex32:dd_tf»" ⟦datadog-api-key⟧
datadog_app_key     = "«hex40:dd_tf_app»" ⟦datadog-app-key⟧
digitalocean_token  = "«dop:tf»" ⟦digitalocean-token⟧
'''

FILES["infra/terraform/modules/rds/variables.tf"] = '''
variable "password_min_length" {
  type    = number
  default = 20
}

variable "master_password" {
  type        = string
  sensitive   = true
  description = "Master password; pass via TF_VAR_master_password or the vault provider."
}

variable "password_rotation_days" {
  type    = number
  default = 30
}
'''

FILES["infra/terraform/.terraform.lock.hcl"] = '''
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.57.0"
  constraints = "~> 5.0"
  hashes = [
    "h1:«b64_44:tfl1»",
    "zh:«sha256:tfl2»",
    "zh:«sha256:tfl3»",
  ]
}

provider "registry.terraform.io/datadog/datadog" {
  version = "3.40.0"
  hashes = [
    "h1:«b64_44:tfl4»",
    "zh:«sha256:tfl5»",
  ]
}
'''

FILES["infra/terraform/live/terraform.tfstate.backup"] = '''
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 212,
  "lineage": "«uuid:lineage»",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "exporter",
      "provider": "provider[\\"registry.terraform.io/hashicorp/aws\\"]",
      "instances": [
        {
          "attributes": {
            "id": "«akid:tfstate»", ⟦aws-access-key-id⟧
            "secret": "«aws_secret:tfstate»", ⟦aws-secret-access-key⟧
            "ses_smtp_password_v4": null,
            "status": "Active",
            "user": "svc-exporter"
          },
          "sensitive_attributes": []
        }
      ]
    },
    {
      "mode": "managed",
      "type": "aws_s3_bucket",
      "name": "exports",
      "instances": [{"attributes": {"arn": "arn:aws:s3:::tallypine-exports-live", "bucket": "tallypine-exports-live"}}]
    }
  ]
}
'''

FILES["infra/serverless/thumbnailer/serverless.yml"] = '''
service: thumbnailer
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs20.x
  region: eu-west-1
  environment:
    BUCKET: ${ssm:/thumbnailer/bucket}
    OPENAI_API_KEY: «openai_svc:thumb» ⟦openai-api-key⟧
    DB_PASSWORD: ${ssm:/aws/reference/secretsmanager/thumbnailer/db~true}

functions:
  resize:
    handler: handler.resize
    events:
      - s3: { bucket: tallypine-uploads, event: "s3:ObjectCreated:*" }
'''

FILES["infra/helm/billing/values-live.yaml"] = '''
replicaCount: 4
image:
  repository: 918273645501.dkr.ecr.eu-west-1.amazonaws.com/billing
  tag: "2024.07.2"

postgresql:
  auth:
    username: billing
    password: "«pw:helm_pg»" ⟦password⟧
    existingSecret: ""

rabbitmq:
  url: amqps://billing:«pw:helm_amqp»@mq.tallypine.net:5671/billing ⟦amqp-uri⟧

smtp:
  existingSecret: billing-smtp
  passwordKey: password
'''

FILES["infra/helm/billing/templates/secret.yaml"] = '''
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "billing.fullname" . }}-db
type: Opaque
stringData:
  DATABASE_PASSWORD: {{ .Values.postgresql.auth.password | quote }}
  AMQP_URL: {{ .Values.rabbitmq.url | quote }}
  API_TOKEN: {{ required "apiToken is required" .Values.apiToken | quote }}
'''

FILES["infra/k8s/live/ghcr-pull.yaml"] = '''
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: billing
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «dockercfg:pull|b64» ⟦docker-registry-auth|base64 dockerconfigjson with Docker Hub PAT⟧
'''

FILES["infra/k8s/live/external-secrets.yaml"] = '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-env
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: billing-env
  data:
    - secretKey: STRIPE_SECRET_KEY
      remoteRef:
        key: live/billing/stripe
        property: secret_key
'''

FILES["infra/k8s/live/sealed-smtp.yaml"] = '''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: smtp
  namespace: notifier
spec:
  encryptedData:
    password: Ag«b64blob:sealed»
    username: AgB«b64_44:sealed_u»
'''

FILES["infra/k8s/live/ingress-tls.yaml"] = '''
apiVersion: v1
kind: Secret
metadata:
  name: api-tallypine-com-tls
  namespace: ingress
type: kubernetes.io/tls
data:
  tls.crt: «cert:api_tallypine_com|b64»
  tls.key: «rsa1:api_tallypine_com|b64» ⟦private-key-rsa|base64 PEM in tls.key⟧
'''

FILES["infra/k8s/live/metabase-db.yaml"] = '''
apiVersion: v1
kind: Secret
metadata:
  name: metabase-db
  namespace: analytics
type: Opaque
data:
  MB_DB_USER: bWV0YWJhc2U=
  MB_DB_PASS: «pw:metabase|b64» ⟦password|base64 in Secret data⟧
'''

FILES[".github/workflows/publish-sdk.yml"] = '''
name: publish-sdk
on:
  push:
    tags: ["sdk-v*"]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: { python-version: "3.12" }
      - run: pip install build twine && python -m build sdk/python
      - run: twine upload dist/*
        env:
          TWINE_USERNAME: __token__
          TWINE_PASSWORD: «pypi:sdk» ⟦pypi-token⟧
  npm:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: npm publish sdk/js
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}
'''

FILES[".gitlab-ci.yml"] = '''
stages: [test, mirror]

variables:
  PIP_INDEX_URL: https://gitlab-ci-token:${CI_JOB_TOKEN}@gitlab.com/api/v4/projects/4412/packages/pypi/simple

unit:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q

mirror-legacy:
  stage: mirror
  script:
    - git clone https://oauth2:«glpat:mirror»@gitlab.com/tallypine/legacy-billing.git ⟦gitlab-token⟧
    - cd legacy-billing && git push --mirror https://github.com/tallypine/legacy-billing.git
'''

FILES[".buildkite/pipeline.yml"] = '''
steps:
  - label: ":docker: build worker"
    command:
      - echo "«dckr:bk»" | docker login -u tallypineci --password-stdin ⟦dockerhub-token⟧
      - docker build -f docker/worker.Dockerfile -t tallypine/worker:$BUILDKITE_COMMIT .
      - docker push tallypine/worker:$BUILDKITE_COMMIT
  - wait
  - label: ":rocket: deploy"
    command: ./ops/deploy.sh
    env:
      DEPLOY_TOKEN: "$${DEPLOY_TOKEN}"
'''

FILES["ci/azure/reports-release.yml"] = '''
trigger:
  branches: { include: [main] }
pool: { vmImage: ubuntu-latest }
variables:
  AZURE_TENANT_ID: «uuid:tenant»
  AZURE_CLIENT_ID: «uuid:client»
  AZURE_CLIENT_SECRET: «az_secret:reports» ⟦azure-client-secret⟧
steps:
  - script: az login --service-principal -u $(AZURE_CLIENT_ID) -p $(AZURE_CLIENT_SECRET) --tenant $(AZURE_TENANT_ID)
  - script: dotnet publish services/reports -c Release -o out
  - task: AzureWebApp@1
    inputs: { appName: tallypine-reports, package: out }
'''

FILES[".drone.yml"] = '''
kind: pipeline
type: docker
name: storefront

steps:
  - name: test
    image: php:8.3-cli
    environment:
      DB_PASSWORD:
        from_secret: storefront_db_password
      SHOPIFY_ADMIN_TOKEN:
        from_secret: shopify_admin_token
    commands:
      - composer install --no-interaction
      - vendor/bin/phpunit
'''

FILES["docker/worker.Dockerfile"] = '''
FROM node:20-bookworm-slim AS build
WORKDIR /src
ARG NPM_TOKEN=«npm:docker» ⟦npm-token⟧
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package*.json ./
RUN npm ci && rm -f .npmrc
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
ENV NODE_ENV=production
COPY --from=build /src/dist /app
CMD ["node", "/app/worker.js"]
'''

FILES["docker/compose.dev.yml"] = '''
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: tallypine
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:-changeme}
    ports: ["5432:5432"]
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_PASS: ${RABBITMQ_PASSWORD:?set RABBITMQ_PASSWORD in .env}
'''

FILES["ops/vault/policies/ci-readonly.hcl"] = '''
path "kv/data/ci/*" {
  capabilities = ["read"]
}

path "auth/token/lookup-self" {
  capabilities = ["read"]
}
'''

FILES["config/secrets/live.enc.yaml"] = '''
stripe_secret_key: ENC[AES256_GCM,data:«b64_44:sops1»,iv:«b64_44:sops2»,tag:«b64_44:sops3»,type:str]
db_password: ENC[AES256_GCM,data:«b64_44:sops4»,iv:«b64_44:sops5»,tag:«b64_44:sops6»,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:918273645501:key/«uuid:kms»
          created_at: "2024-05-02T09:12:44Z"
          enc: AQICAH«b64blob:kmsenc»
    lastmodified: "2024-05-02T09:12:45Z"
    mac: ENC[AES256_GCM,data:«b64_44:sops7»,iv:«b64_44:sops8»,tag:«b64_44:sops9»,type:str]
    version: 3.8.1
'''
