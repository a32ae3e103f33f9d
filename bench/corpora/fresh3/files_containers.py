"""ECS task definitions, Lambda configuration exports, Kubernetes and Helm, compose, Dockerfiles, Terraform."""
FILES = [
("deploy/ecs/checkout-api.taskdef.json", r"""
{
  "family": "checkout-api",
  "taskRoleArn": "arn:aws:iam::306914827753:role/checkout-api-task",
  "executionRoleArn": "arn:aws:iam::306914827753:role/ecsTaskExecutionRole",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "1024",
  "memory": "2048",
  "containerDefinitions": [
    {
      "name": "checkout-api",
      "image": "306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/checkout-api:2026.11.3",
      "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
      "environment": [
        {"name": "SPRING_PROFILES_ACTIVE", "value": "prod"},
        {"name": "LEDGER_BASE_URL", "value": "https://ledger.ap-southeast-2.tbpay.internal"},
        {"name": "SPRING_DATASOURCE_PASSWORD", "value": "«pw:ecs»"},  ⟦password|ECS environment datasource password⟧
        {"name": "STRIPE_PUBLISHABLE_KEY", "value": "«pklive:1»"},  ⟪Stripe publishable key⟫
        {"name": "STRIPE_SECRET_KEY", "value": "«sklive:1»"}  ⟦stripe-key|sk_live_ in ECS env⟧
      ],
      "secrets": [
        {"name": "JWT_SIGNING_KEY", "valueFrom": "arn:aws:secretsmanager:ap-southeast-2:306914827753:secret:checkout/jwt-AbC12d"},  ⟪valueFrom ARN⟫
        {"name": "REDIS_AUTH", "valueFrom": "arn:aws:ssm:ap-southeast-2:306914827753:parameter/checkout/redis-auth"}
      ],
      "logConfiguration": {
        "logDriver": "awslogs",
        "options": {"awslogs-group": "/ecs/checkout-api", "awslogs-region": "ap-southeast-2", "awslogs-stream-prefix": "app"}
      }
    }
  ]
}
"""),
("deploy/ecs/statement-renderer.taskdef.json", r"""
{
  "family": "statement-renderer",
  "containerDefinitions": [
    {
      "name": "renderer",
      "image": "306914827753.dkr.ecr.us-east-1.amazonaws.com/statement-renderer@sha256:«rhex:64»",
      "environment": [
        {"name": "AWS_REGION", "value": "us-east-1"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:sr»"},  ⟦aws-access-key-id|ECS env key id⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:sr»"},  ⟦aws-secret-access-key|ECS env secret⟧
        {"name": "PDF_BUCKET", "value": "tallowbrook-statements-use1"}
      ],
      "essential": true
    },
    {
      "name": "datadog-agent",
      "image": "public.ecr.aws/datadog/agent:7",
      "environment": [
        {"name": "DD_API_KEY", "value": "«rhex:32»"},  ⟦datadog-api-key|DD_API_KEY in a sidecar⟧
        {"name": "ECS_FARGATE", "value": "true"}
      ]
    }
  ]
}
"""),
("deploy/ecs/ledger-worker.yaml", r"""
AWSTemplateFormatVersion: "2010-09-09"
Resources:
  LedgerWorkerTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: ledger-worker
      RequiresCompatibilities: [FARGATE]
      NetworkMode: awsvpc
      Cpu: "512"
      Memory: "1024"
      ExecutionRoleArn: !Sub arn:aws:iam::${AWS::AccountId}:role/ecsTaskExecutionRole
      ContainerDefinitions:
        - Name: worker
          Image: !Sub ${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/ledger-worker:1.42.0
          Environment:
            - Name: KAFKA_BOOTSTRAP
              Value: b-1.ledger.k8x2ab.c3.kafka.ap-southeast-2.amazonaws.com:9096
            - Name: KAFKA_SASL_USERNAME
              Value: ledger-worker
            - Name: KAFKA_SASL_PASSWORD
              Value: «pw:kafka»  ⟦password|MSK SCRAM password in ECS Environment⟧
          Secrets:
            - Name: DATABASE_URL
              ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:ledger/worker-db  ⟪ValueFrom⟫
          RepositoryCredentials:
            CredentialsParameter: arn:aws:secretsmanager:ap-southeast-2:306914827753:secret:dockerhub-pull-Ab12Cd
"""),
("deploy/lambda/payout-notifier.config.json", r"""
{
  "FunctionName": "payout-notifier",
  "FunctionArn": "arn:aws:lambda:ap-southeast-2:306914827753:function:payout-notifier",
  "Runtime": "python3.12",
  "Role": "arn:aws:iam::306914827753:role/payout-notifier",
  "Handler": "app.handler",
  "CodeSize": 48213,
  "CodeSha256": "«b64r:32»",  ⟪code hash⟫
  "Version": "$LATEST",
  "Environment": {
    "Variables": {
      "TWILIO_ACCOUNT_SID": "«twsid:1»",  ⟪Twilio account SID, an identifier⟫
      "TWILIO_AUTH_TOKEN": "«rhex:32»",  ⟦twilio-auth-token|Twilio auth token in Lambda env⟧
      "TWILIO_FROM": "+61480000123",
      "SES_SMTP_USER": "«akid:ses»",  ⟦aws-access-key-id|SES SMTP username is an access key id⟧
      "SES_SMTP_PASSWORD": "«sesmtp:1»"  ⟦aws-ses-smtp-password|SES SMTP password⟧
    }
  },
  "KMSKeyArn": "arn:aws:kms:ap-southeast-2:306914827753:key/3f1c9a2e-7b4d-4c8e-a1f2-9d0e8b7c6a54",
  "LastModified": "2026-11-02T03:14:07.000+0000",
  "RevisionId": "«uuid:rev»"  ⟪revision UUID⟫
}
"""),
("deploy/lambda/env/card-tokenizer.env.json", r"""
{
  "Variables": {
    "VAULT_ADDR": "https://vault.tbpay.internal:8200",
    "VAULT_TOKEN": "«hvs:1»",  ⟦vault-token|hvs. token in Lambda env file⟧
    "VAULT_NAMESPACE": "payments/tokenizer",
    "HSM_PARTITION": "tokenizer-prod"
  }
}
"""),
("deploy/k8s/base/aws-credentials-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: s3-archiver-aws
  namespace: archiver
  labels:
    app.kubernetes.io/name: s3-archiver
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:k1»  ⟦aws-b64|base64 key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:k1»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_DEFAULT_REGION: «b64:region:apse2»  ⟪base64 of a region name⟫
"""),
("deploy/k8s/base/reports-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: reports-config
  namespace: reports
data:
  REPORTS_BUCKET: tallowbrook-reports-apse2
  AWS_REGION: ap-southeast-2
  ATHENA_WORKGROUP: finance
  LOG_LEVEL: info
  aws-config: |
    [profile reports]
    region = ap-southeast-2
    role_arn = arn:aws:iam::306914827753:role/reports-reader
    credential_source = EcsContainer
"""),
("deploy/k8s/base/fx-gateway-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: fx-gateway
  namespace: fx
spec:
  replicas: 3
  selector:
    matchLabels: {app: fx-gateway}
  template:
    metadata:
      labels: {app: fx-gateway}
      annotations:
        checksum/config: «rhex:64»  ⟪config checksum⟫
    spec:
      serviceAccountName: fx-gateway
      containers:
        - name: gateway
          image: 306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/fx-gateway:3.8.1
          env:
            - name: FX_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: fx-db, key: password}  ⟪secretKeyRef⟫
            - name: REDIS_URL
              value: rediss://:«urlpw:redis»@fx-cache.k8x2ab.ng.0001.apse2.cache.amazonaws.com:6379/0  ⟦db-url|redis URL with password⟧
"""),
("deploy/k8s/base/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: fx-db
  namespace: fx
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: fx-db
  data:
    - secretKey: password
      remoteRef:
        key: fx/db  ⟪remoteRef⟫
        property: password
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-secrets-manager
spec:
  provider:
    aws:
      service: SecretsManager
      region: ap-southeast-2
      auth:
        jwt:
          serviceAccountRef:
            name: external-secrets
            namespace: external-secrets
"""),
("deploy/k8s/overlays/prod/sealed-stripe.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: stripe
  namespace: checkout
spec:
  encryptedData:
    secret_key: Ag«b64r:180»  ⟪SealedSecret ciphertext⟫
    webhook_secret: Ag«b64r:150»
  template:
    metadata:
      name: stripe
"""),
("deploy/k8s/overlays/prod/ledger-tls.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ledger-tls
  namespace: ledger
type: kubernetes.io/tls
data:
  tls.crt: «b64cert:ed_leaf:ledger.tbpay.internal:ed_ca»  ⟪base64 certificate⟫
  tls.key: «b64pem:pkcs8:ec_gw»  ⟦private-key|base64 PEM private key in a TLS Secret⟧
"""),
("deploy/k8s/overlays/staging/registry-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: staging
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"ghcr.io":{"username":"tallowbrook-bot","password":"«ghp:1»"}}}'  ⟦github-token|ghp_ in a dockerconfigjson⟧
"""),
("deploy/k8s/overlays/staging/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: staging
resources:
  - ../../base
  - registry-secret.yaml
images:
  - name: 306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/fx-gateway
    newTag: 3.9.0-rc2
secretGenerator:
  - name: fx-partner
    literals:
      - PARTNER_PASSWORD=«pw:kust»  ⟦password|kustomize secretGenerator literal⟧
      - PARTNER_USER=tallowbrook
"""),
("deploy/k8s/irsa/serviceaccounts.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: fx-gateway
  namespace: fx
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::306914827753:role/fx-gateway-irsa
    eks.amazonaws.com/sts-regional-endpoints: "true"
---
apiVersion: v1
kind: ServiceAccount
metadata:
  name: external-secrets
  namespace: external-secrets
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::306914827753:role/external-secrets-irsa
"""),
("deploy/helm/checkout/values.yaml", r"""
replicaCount: 3
image:
  repository: 306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/checkout-web
  tag: "2026.11.3"
ingress:
  enabled: true
  host: pay.tallowbrook.com.au
postgresql:
  auth:
    username: checkout
    password: «pw:helm»  ⟦password|Helm values postgresql password⟧
    existingSecret: ""
redis:
  auth:
    enabled: true
    existingSecret: checkout-redis  ⟪existing secret name⟫
    existingSecretPasswordKey: redis-password
datadog:
  apiKeyExistingSecret: datadog-keys
newrelic:
  licenseKey: «rhex:36»NRAL  ⟦newrelic-key|New Relic license key in Helm values⟧
"""),
("deploy/helm/checkout/values-staging.yaml", r"""
replicaCount: 1
ingress:
  host: pay.staging.tallowbrook.com.au
postgresql:
  auth:
    password: "{{ .Values.global.pgPassword }}"  ⟪Helm template reference⟫
env:
  LAUNCHDARKLY_SDK_KEY: sdk-«uuid:ld»  ⟦launchdarkly-key|LaunchDarkly server SDK key⟧
  FEATURE_CHECKOUT_V2: "true"
"""),
("deploy/helm/checkout/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "checkout.fullname" . }}-env
type: Opaque
stringData:
  DATABASE_PASSWORD: {{ .Values.postgresql.auth.password | quote }}
  {{- if .Values.sentry.enabled }}
  SENTRY_DSN: {{ required "sentry.dsn is required" .Values.sentry.dsn | quote }}
  {{- end }}
"""),
("deploy/helm/observability/values.yaml", r"""
grafana:
  adminUser: admin
  adminPassword: «pw:graf»  ⟦password|Grafana admin password in Helm values⟧
  grafana.ini:
    server:
      root_url: https://grafana.tbpay.internal
    auth.generic_oauth:
      client_id: grafana
      client_secret: ${OKTA_CLIENT_SECRET}  ⟪env placeholder⟫
prometheus:
  server:
    retention: 15d
alertmanager:
  config:
    global:
      slack_api_url: «slackhook:am»  ⟦slack-webhook|Alertmanager slack_api_url⟧
    receivers:
      - name: payments-oncall
        slack_configs:
          - channel: "#payments-oncall"
"""),
("docker/compose.local.yaml", r"""
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: ledger
      POSTGRES_PASSWORD: «pw:compose»  ⟦password|compose POSTGRES_PASSWORD⟧
      POSTGRES_DB: ledger
    ports: ["5432:5432"]
  localstack:
    image: localstack/localstack:3
    environment:
      SERVICES: s3,sqs,dynamodb,secretsmanager
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack test credentials⟫
      AWS_SECRET_ACCESS_KEY: test
  ledger:
    build: ../services/ledger
    depends_on: [postgres, localstack]
    environment:
      DATABASE_URL: postgres://ledger:${POSTGRES_PASSWORD}@postgres:5432/ledger  ⟪variable in URL⟫
      AWS_ENDPOINT_URL: http://localstack:4566
"""),
("docker/ledger.Dockerfile", r"""
FROM public.ecr.aws/docker/library/eclipse-temurin:21-jre
ARG APP_VERSION=1.42.0
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
COPY build/libs/ledger-${APP_VERSION}.jar /app/ledger.jar
USER 10001
ENTRYPOINT ["java", "-jar", "/app/ledger.jar"]
"""),
("docker/settlement-worker.Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
ENV AWS_DEFAULT_REGION=ap-southeast-2
ENV AWS_ACCESS_KEY_ID=«akid:df»  ⟦aws-access-key-id|Dockerfile ENV key id⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:df»  ⟦aws-secret-access-key|Dockerfile ENV secret⟧
COPY settlement/ settlement/
CMD ["python", "-m", "settlement.worker"]
"""),
("docker/web.Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
ARG NPM_TOKEN
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪BuildKit secret mount⟫
COPY . .
RUN npm run build
FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
"""),
("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.60"
    }
    datadog = {
      source = "DataDog/datadog"
    }
  }
  backend "s3" {
    bucket         = "tallowbrook-tfstate-apse2"
    key            = "payments/terraform.tfstate"
    region         = "ap-southeast-2"
    dynamodb_table = "tfstate-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "ap-southeast-2"
  assume_role {
    role_arn = "arn:aws:iam::306914827753:role/terraform-deployer"
  }
}

provider "aws" {
  alias      = "use1"
  region     = "us-east-1"
  access_key = "«akid:tf»"  ⟦aws-access-key-id|Terraform provider access_key⟧
  secret_key = "«awssec:tf»"  ⟦aws-secret-access-key|Terraform provider secret_key⟧
}

provider "datadog" {
  api_key = var.datadog_api_key  ⟪variable reference⟫
  app_key = "«rhex:40»"  ⟦datadog-app-key|40 hex app_key in the datadog provider⟧
}
"""),
("infra/terraform/grafana.tf", r"""
provider "grafana" {
  url  = "https://grafana.tbpay.internal"
  auth = "«grafana:1»"  ⟦grafana-token|Grafana service account token in the provider⟧
}

resource "grafana_folder" "payments" {
  title = "Payments"
}
"""),
("infra/terraform/variables.tf", r"""
variable "environment" {
  type    = string
  default = "prod"
}

variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "reporting_db_password" {
  type      = string
  sensitive = true
  default   = "«pw:tfvar»"  ⟦password|Terraform variable default for a password⟧
}

variable "alert_emails" {
  type    = list(string)
  default = ["payments-oncall@tallowbrook.com.au"]
}
"""),
("infra/terraform/envs/prod.tfvars", r"""
environment        = "prod"
aws_region         = "ap-southeast-2"
vpc_cidr           = "10.40.0.0/16"
datadog_api_key    = "«rhex:32»"  ⟦datadog-api-key|tfvars datadog_api_key⟧
okta_api_token     = "«okta:1»"  ⟦okta-token|Okta SSWS token in tfvars⟧
github_app_pem_path = "/secure/github-app.pem"
"""),
("infra/terraform/envs/staging.tfvars", r"""
environment        = "staging"
aws_region         = "ap-southeast-2"
vpc_cidr           = "10.41.0.0/16"
datadog_api_key    = "REPLACE_ME"  ⟪placeholder⟫
okta_api_token     = ""
"""),
("infra/terraform/modules/rds/main.tf", r"""
resource "aws_db_instance" "reporting" {
  identifier              = "reporting-${var.environment}"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 200
  username                = "reporting_admin"
  password                = var.reporting_db_password  ⟪variable reference⟫
  storage_encrypted       = true
  backup_retention_period = 14
}

resource "aws_db_instance" "audit_replica" {
  identifier          = "audit-replica-${var.environment}"
  engine              = "mysql"
  instance_class      = "db.t4g.medium"
  username            = "auditor"
  password            = "«pw:tfrds»"  ⟦password|literal password in aws_db_instance⟧
  skip_final_snapshot = true
}

resource "aws_rds_cluster" "risk" {
  cluster_identifier          = "risk-${var.environment}"
  engine                      = "aurora-postgresql"
  master_username             = "risk"
  manage_master_user_password = true
}
"""),
("infra/terraform/modules/ci-user/main.tf", r"""
resource "aws_iam_user" "legacy_ci" {
  name = "legacy-jenkins"
}

resource "aws_iam_access_key" "legacy_ci" {
  user    = aws_iam_user.legacy_ci.name
  pgp_key = "keybase:tallowbrook_sec"  ⟪pgp_key reference⟫
}

output "legacy_ci_secret" {
  value     = aws_iam_access_key.legacy_ci.encrypted_secret
  sensitive = true
}
"""),
("infra/terraform/modules/lambda-fx/main.tf", r"""
resource "aws_lambda_function" "fx_alerts" {
  function_name = "fx-alerts"
  runtime       = "python3.12"
  handler       = "alerts.handler"
  role          = aws_iam_role.fx_alerts.arn
  filename      = "${path.module}/build/fx-alerts.zip"
  source_code_hash = filebase64sha256("${path.module}/build/fx-alerts.zip")

  environment {
    variables = {
      TELEGRAM_BOT_TOKEN = "«digits:10»:AA«b62:33»"  ⟦telegram-token|bot token in Lambda env⟧
      TELEGRAM_CHAT_ID   = "-100«digits:10»"
      RATES_TABLE        = "fx-rates"
    }
  }
}

resource "aws_secretsmanager_secret_version" "fx_partner" {
  secret_id     = aws_secretsmanager_secret.fx_partner.id
  secret_string = jsonencode({ username = "tallowbrook", password = "«pw:tfsm»" })  ⟦password|secret_string jsonencode literal password⟧
}
"""),
("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
# Manual edits may be lost in future updates.

provider "registry.terraform.io/datadog/datadog" {
  version = "3.44.1"
  hashes = [
    "h1:«b64r:32»",  ⟪provider hash⟫
    "zh:«rhex:64»",
    "zh:«rhex:64»",
  ]
}

provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.62.0"
  constraints = "~> 5.60"
  hashes = [
    "h1:«b64r:32»",
    "zh:«rhex:64»",
    "zh:«rhex:64»",
    "zh:«rhex:64»",
  ]
}
"""),
("infra/terraform/modules/eks-nodes/user_data.sh.tpl", r"""
#!/bin/bash
set -o xtrace
/etc/eks/bootstrap.sh ${cluster_name} \
  --b64-cluster-ca ${cluster_ca} \
  --apiserver-endpoint ${cluster_endpoint} \
  --kubelet-extra-args '--node-labels=pool=${pool}'
"""),
("infra/terraform/modules/eks-nodes/launch_template.tf", r"""
resource "aws_launch_template" "payments_nodes" {
  name_prefix   = "payments-nodes-"
  image_id      = data.aws_ssm_parameter.eks_ami.value
  instance_type = "m7i.xlarge"
  user_data     = base64encode(templatefile("${path.module}/user_data.sh.tpl", {
    cluster_name     = var.cluster_name
    cluster_ca       = var.cluster_ca
    cluster_endpoint = var.cluster_endpoint
    pool             = "payments"
  }))
  metadata_options {
    http_tokens = "required"
  }
}

resource "aws_launch_template" "legacy_batch" {
  name_prefix = "legacy-batch-"
  image_id    = "ami-0e4d9f1c2b3a45678"
  user_data   = "«b64:ud:2»"  ⟦aws-b64|literal base64 user data carrying a key pair⟧
}
"""),
("deploy/ecs/fx-rates.taskdef.json", r"""
{
  "family": "fx-rates",
  "executionRoleArn": "arn:aws:iam::306914827753:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {
      "name": "fx-rates",
      "image": "306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/fx-rates:0.19.4",
      "environmentFiles": [{"value": "arn:aws:s3:::tallowbrook-config-apse2/fx-rates/prod.env", "type": "s3"}],
      "environment": [
        {"name": "RATES_PROVIDER", "value": "openfx"},
        {"name": "AWS_REGION", "value": "ap-southeast-2"}
      ],
      "secrets": [
        {"name": "RATES_API_KEY", "valueFrom": "arn:aws:secretsmanager:ap-southeast-2:306914827753:secret:fx/rates-provider:apiKey::"},  ⟪valueFrom with JSON key⟫
        {"name": "DB_PASSWORD", "valueFrom": "/fx/db-password"}
      ]
    }
  ]
}
"""),
("deploy/helm/ledger/values.yaml", r"""
image:
  repository: 306914827753.dkr.ecr.ap-southeast-2.amazonaws.com/ledger
  tag: "1.42.0"
serviceAccount:
  create: true
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::306914827753:role/ledger-irsa
database:
  host: ledger.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com
  user: ledger_app
  existingSecret: ledger-db  ⟪existing secret⟫
  passwordKey: password
resources:
  requests: {cpu: 500m, memory: 1Gi}
"""),
("infra/terraform/modules/secrets/main.tf", r"""
resource "random_password" "ledger_app" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "ledger_app" {
  name       = "ledger/app-credentials"
  kms_key_id = data.aws_kms_alias.ledger.target_key_arn
}

resource "aws_secretsmanager_secret_version" "ledger_app" {
  secret_id = aws_secretsmanager_secret.ledger_app.id
  secret_string = jsonencode({
    username = "ledger_app"
    password = random_password.ledger_app.result  ⟪generated password reference⟫
  })
}

data "aws_secretsmanager_secret_version" "northgate" {
  secret_id = "partner/northgate"
}
"""),
("infra/terraform/modules/ecr/main.tf", r"""
resource "aws_ecr_repository" "services" {
  for_each             = toset(["checkout-api", "ledger", "fx-gateway", "fx-rates", "statement-renderer"])
  name                 = each.key
  image_tag_mutability = "IMMUTABLE"
  image_scanning_configuration {
    scan_on_push = true
  }
  encryption_configuration {
    encryption_type = "KMS"
  }
}

resource "aws_ecr_replication_configuration" "dr" {
  replication_configuration {
    rule {
      destination {
        region      = "us-east-1"
        registry_id = "306914827753"
      }
    }
  }
}
"""),
]
