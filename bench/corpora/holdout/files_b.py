"""Templates, part B: Helm/k8s, Terraform/Pulumi, Serverless/SAM/CloudFormation, .env, Firebase,
Spring, Django/Rails/Laravel, JS/TS configs."""

FILES_B = {}


def F(path, text):
    FILES_B[path] = text


# ------------------------------------------------------------------ Helm / Kubernetes
F("charts/gateway/values.yaml", """
replicaCount: 2
image:
  repository: registry.acme-internal.net/edge/gateway
  digest: sha256:⟨sha256()⟩⟪image-digest⟫
  pullPolicy: IfNotPresent

auth:
  existingSecret: gateway-secrets⟪secret-ref⟫
  password: ""
  oidc:
    issuer: https://auth.acme-internal.net/
    clientId: gateway
    clientSecret: ""    # set via --set-file or the external secret

redis:
  enabled: true
  auth:
    enabled: true
    existingSecretPasswordKey: redis-password⟪field-name⟫

resources:
  limits: { cpu: "1", memory: 512Mi }
""")

F("charts/gateway/values-production.yaml", """
replicaCount: 6

auth:
  oidc:
    clientSecret: "⟨alnum(40)⟩"⟦oauth-client-secret⟧
  cookieSecret: "⟨cookie_secret()⟩"⟦cookie-secret|oauth2-proxy cookie secret (32 random bytes, base64)⟧

redis:
  auth:
    password: "⟨pw()⟩"⟦password⟧

podAnnotations:
  checksum/config: ⟨sha256()⟩⟪checksum⟫

ingress:
  enabled: true
  className: nginx
  hosts: [gateway.acme-corp.net]
""")

F("charts/gateway/templates/secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "gateway.fullname" . }}
  labels: {{- include "gateway.labels" . | nindent 4 }}
type: Opaque
data:
  client-secret: {{ .Values.auth.oidc.clientSecret | b64enc | quote }}⟪helm-template⟫
  cookie-secret: {{ .Values.auth.cookieSecret | b64enc | quote }}
  redis-password: {{ required "redis password" .Values.redis.auth.password | b64enc | quote }}
""")

F("k8s/overlays/prod/regcred.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: payments
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: ⟨b64(('{"auths":{"ghcr.io":{"username":"acme-deploy","auth":"' + b64(('acme-deploy:' + ghp()).encode()) + '"}}}').encode())⟩⟦docker-auth|base64 of a dockerconfigjson whose auth is base64(user:ghp_ token)⟧
""")

F("k8s/overlays/prod/configmap-worker.yaml", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: worker-config
  namespace: payments
data:
  LOG_LEVEL: info
  QUEUE_NAME: settlements
  CONCURRENCY: "8"
  TRACE_SAMPLE_RATE: "0.05"
  ALERT_WEBHOOK: ⟨slack_hook()⟩⟦slack-webhook⟧
  FEATURE_FLAGS_URL: https://flags.acme-internal.net/api/v1
""")

F("k8s/overlays/prod/secret-assistant.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: assistant
  namespace: support
type: Opaque
stringData:
  ANTHROPIC_API_KEY: ⟨anthropic()⟩⟦anthropic-api-key⟧
  DATABASE_URL: postgres://assistant:⟨pw_urlsafe()⟩@support-db.support.svc:5432/assistant⟦db-uri-password⟧
  HF_TOKEN: ⟨hf()⟩⟦huggingface-token⟧
""")

F("k8s/overlays/prod/tls-internal.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: internal-api-tls
  namespace: payments
type: kubernetes.io/tls
data:
  tls.crt: ⟨b64(cert(K['tls_k8s'], 'payments.acme-internal.net', K['ca'], 'Acme Internal Root CA').encode())⟩⟪certificate-base64⟫
  tls.key: ⟨b64(pem(K['tls_k8s'], 'trad').encode())⟩⟦private-key-rsa|base64 of a PEM RSA private key in a kubernetes.io/tls Secret⟧
""")

F("k8s/base/sealedsecret-db.yaml", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ledger-db
  namespace: ledger
spec:
  encryptedData:
    password: Ag⟨b64(t.r.token_bytes(380))⟩⟪sealed-secret⟫
    username: Ag⟨b64(t.r.token_bytes(280))⟩
  template:
    metadata:
      name: ledger-db
""")

F("k8s/base/externalsecret-ledger.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ledger
spec:
  refreshInterval: 1h
  secretStoreRef:
    kind: ClusterSecretStore
    name: aws-secrets-manager
  target:
    name: ledger-env
  data:
    - secretKey: DB_PASSWORD
      remoteRef:
        key: prod/ledger/db⟪secrets-manager-ref⟫
        property: password
    - secretKey: STRIPE_KEY
      remoteRef:
        key: prod/ledger/stripe
        property: secret_key
""")

F("k8s/overlays/prod/kustomization.yaml", """
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: payments
resources:
  - ../../base
  - regcred.yaml
  - tls-internal.yaml
images:
  - name: registry.acme-internal.net/payments/worker
    digest: sha256:⟨sha256()⟩
secretGenerator:
  - name: worker-env
    envs: [worker.env]
    options:
      disableNameSuffixHash: true
""")

# ------------------------------------------------------------------ Terraform / Pulumi
F("infra/envs/prod/prod.auto.tfvars", """
region          = "eu-west-1"
environment     = "prod"
vpc_cidr        = "10.40.0.0/16"
db_instance     = "db.r6g.xlarge"
db_password     = "⟨pw()⟩"⟦password⟧
datadog_api_key = "⟨dd_api()⟩"⟦datadog-api-key⟧
datadog_app_key = "⟨dd_app()⟩"⟦datadog-app-key⟧
alarm_emails    = ["oncall@acme-corp.net"]
ami_id          = "ami-0⟨hex(16)⟩"
""")

F("infra/envs/prod/backend.tf", """
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "core/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tfstate-locks"
    encrypt        = true
    kms_key_id     = "arn:aws:kms:eu-west-1:⟨digits(12)⟩:key/⟨uuid()⟩"⟪kms-arn⟫
  }
}
""")

F("infra/modules/rds/main.tf", """
resource "random_password" "master" {
  length           = 32
  special          = true
  override_special = "!#%&*()-_=+[]{}<>:?"
}

resource "aws_db_instance" "this" {
  identifier                  = var.name
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = var.instance_class
  username                    = "dbadmin"
  password                    = random_password.master.result⟪generated-ref⟫
  manage_master_user_password = null
  storage_encrypted           = true
}

data "aws_secretsmanager_secret_version" "app" {
  secret_id = "prod/${var.name}/app"
}

locals {
  app_password = jsondecode(data.aws_secretsmanager_secret_version.app.secret_string)["password"]⟪secrets-manager-ref⟫
}

variable "name" { type = string }
variable "instance_class" { type = string }
variable "db_password" {
  type      = string
  sensitive = true
}
""")

F("infra/envs/staging/terraform.tfvars.json", """
{
  "region": "nyc3",
  "droplet_size": "s-2vcpu-4gb",
  "do_token": "⟨do_token()⟩",⟦digitalocean-token⟧
  "spaces_bucket": "acme-staging-assets",
  "ssh_fingerprint": "⟨':'.join(hex(2) for _ in range(16))⟩"⟪ssh-fingerprint⟫
}
""")

F("home/deploy/.terraform.d/credentials.tfrc.json", """
{
  "credentials": {
    "app.terraform.io": {
      "token": "⟨tfc_token()⟩"⟦terraform-cloud-token⟧
    }
  }
}
""")

F("pulumi/Pulumi.prod.yaml", """
encryptionsalt: v1:⟨b64(t.r.token_bytes(8))⟩:v1:⟨b64(t.r.token_bytes(12))⟩:⟨b64(t.r.token_bytes(16))⟩
config:
  aws:region: us-east-2
  platform:clusterName: prod-use2
  platform:dbPassword:
    secure: v1:⟨b64(t.r.token_bytes(12))⟩:⟨b64(t.r.token_bytes(40))⟩⟪pulumi-secure⟫
  platform:githubToken: ⟨gh_fine()⟩⟦github-fine-grained-pat⟧
  platform:nodeCount: "5"
""")

F("pulumi/Pulumi.yaml", """
name: platform
runtime: yaml
description: Core platform resources

config:
  dbPassword:
    type: string
    secret: true

resources:
  db:
    type: aws:rds:Instance
    properties:
      engine: postgres
      instanceClass: db.t4g.medium
      allocatedStorage: 50
      username: platform
      password: ${dbPassword}⟪templated-secret-ref⟫
      skipFinalSnapshot: false

outputs:
  dbEndpoint: ${db.endpoint}
  dbPasswordOut:
    fn::secret: ${dbPassword}
""")

# ------------------------------------------------------------------ Serverless / SAM / CloudFormation
F("services/notifier/serverless.yml", """
service: notifier
frameworkVersion: "3"

provider:
  name: aws
  runtime: python3.12
  region: eu-west-1
  environment:
    STAGE: ${sls:stage}
    DB_PASSWORD: ${ssm:/notifier/${sls:stage}/db-password}⟪ssm-ref⟫
    SENTRY_DSN: ${env:SENTRY_DSN}
    SLACK_BOT_TOKEN: ⟨xoxb()⟩⟦slack-bot-token⟧
    TWILIO_ACCOUNT_SID: ⟨twilio_ac()⟩
    TWILIO_API_KEY: ⟨twilio_sk()⟩⟪twilio-api-key-sid|identifier of the key pair; the secret is on the next line⟫
    TWILIO_API_SECRET: ⟨twilio_secret()⟩⟦twilio-api-secret⟧

functions:
  dispatch:
    handler: handler.dispatch
    events:
      - sqs:
          arn: arn:aws:sqs:eu-west-1:⟨digits(12)⟩:notifications
""")

F("sam/orders/template.yaml", """
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: orders service

Parameters:
  Stage:
    Type: String
    Default: prod
  AdminPassword:
    Type: String
    NoEcho: true
    Default: ⟨pw()⟩⟦password|NoEcho parameter with a literal Default⟧

Globals:
  Function:
    Runtime: nodejs20.x
    Timeout: 15
    Environment:
      Variables:
        DB_PASSWORD: '{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'⟪dynamic-reference⟫
        API_SIGNING_KEY: '{{resolve:ssm-secure:/orders/prod/signing-key:3}}'⟪dynamic-reference⟫

Resources:
  CheckoutFunction:
    Type: AWS::Serverless::Function
    Properties:
      Handler: src/checkout.handler
      Environment:
        Variables:
          STRIPE_SECRET_KEY: ⟨stripe()⟩⟦stripe-secret-key⟧
          STRIPE_PUBLISHABLE_KEY: ⟨stripe('pk_live_')⟩⟪stripe-publishable⟫
      Events:
        Api:
          Type: Api
          Properties: { Path: /checkout, Method: post }
""")

F("cloudformation/legacy-reporting.json", """
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "ReportingDb": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "mysql",
        "DBInstanceClass": "db.t3.medium",
        "AllocatedStorage": "100",
        "MasterUsername": "reporting",
        "MasterUserPassword": "⟨pw()⟩"⟦password⟧
      }
    },
    "ReportingHost": {
      "Type": "AWS::EC2::Instance",
      "Properties": {
        "ImageId": "ami-0⟨hex(16)⟩",
        "InstanceType": "t3.large",
        "UserData": { "Fn::Base64": { "Fn::Join": ["\\n", [
          "#!/bin/bash",
          "export AWS_ACCESS_KEY_ID=⟨aws_id()⟩",⟦aws-access-key-id⟧
          "export AWS_SECRET_ACCESS_KEY=⟨aws_secret()⟩",⟦aws-secret-access-key⟧
          "/opt/reporting/bin/sync --bucket acme-reporting-raw"
        ]]}}
      }
    },
    "ReportingUser": { "Type": "AWS::IAM::User" },
    "ReportingUserKey": {
      "Type": "AWS::IAM::AccessKey",
      "Properties": { "UserName": { "Ref": "ReportingUser" } }
    }
  },
  "Outputs": {
    "KeyId": { "Value": { "Ref": "ReportingUserKey" } },
    "Secret": { "Value": { "Fn::GetAtt": ["ReportingUserKey", "SecretAccessKey"] } }⟪cfn-getatt⟫
  }
}
""")

F("cloudformation/network.yaml", """
AWSTemplateFormatVersion: "2010-09-09"
Description: shared VPC
Parameters:
  VpcCidr:
    Type: String
    Default: 10.50.0.0/16
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref VpcCidr
      EnableDnsHostnames: true
  FlowLogRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { Service: vpc-flow-logs.amazonaws.com }
            Action: sts:AssumeRole
  PeeringToShared:
    Type: AWS::EC2::VPCPeeringConnection
    Properties:
      VpcId: !Ref Vpc
      PeerVpcId: vpc-0⟨hex(16)⟩
      PeerOwnerId: "⟨digits(12)⟩"
      PeerRoleArn: arn:aws:iam::⟨digits(12)⟩:role/peering-acceptor
Outputs:
  VpcId:
    Value: !Ref Vpc
""")

F("cloudformation/bastion-params.json", """
[
  { "ParameterKey": "KeyName", "ParameterValue": "ops-2024" },
  { "ParameterKey": "AllowedCidr", "ParameterValue": "203.0.113.0/24" },
  { "ParameterKey": "DbMasterPassword", "ParameterValue": "⟨pw()⟩" },⟦password⟧
  { "ParameterKey": "DbMasterSecretArn", "ParameterValue": "arn:aws:secretsmanager:eu-west-1:⟨digits(12)⟩:secret:prod/bastion/db-⟨alnum(6)⟩" }⟪secret-arn⟫
]
""")

# ------------------------------------------------------------------ .env variants
F("services/search/.env.production.local", """
# search frontend (Next.js) — production overrides
NEXT_PUBLIC_FIREBASE_API_KEY=⟨aiza()⟩⟪firebase-client-api-key⟫
NEXT_PUBLIC_FIREBASE_PROJECT_ID=acme-search-prod
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=⟨stripe('pk_live_')⟩⟪stripe-publishable⟫
STRIPE_SECRET_KEY=⟨stripe()⟩⟦stripe-secret-key⟧
OPENAI_API_KEY=⟨openai()⟩⟦openai-api-key⟧
DATABASE_URL=mysql://search:⟨pw_urlsafe()⟩@search-db.internal:3306/search⟦db-uri-password⟧
NEXT_PUBLIC_SENTRY_DSN=⟨sentry_dsn()⟩⟦?sentry-dsn|Sentry DSN: public by design (browser bundle); negative unless --sentry-dsn-positive⟧
REVALIDATE_SECONDS=300
""")

F("services/search/.env.sample", """
NEXT_PUBLIC_FIREBASE_API_KEY=
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx⟪placeholder⟫
OPENAI_API_KEY=<your-openai-key>⟪placeholder⟫
DATABASE_URL=mysql://search:password@localhost:3306/search⟪placeholder⟫
ADMIN_PASSWORD=********⟪placeholder⟫
""")

F("deploy/compose/.env.docker", """
COMPOSE_PROJECT_NAME=acme
POSTGRES_USER=acme
POSTGRES_PASSWORD=⟨pw()⟩⟦password⟧
REDIS_PASSWORD=⟨pw()⟩⟦password⟧
RABBITMQ_DEFAULT_USER=acme
RABBITMQ_DEFAULT_PASS=⟨pw()⟩⟦password⟧
TZ=Europe/Berlin
""")

F("deploy/compose/.env.session", """
# pasted from `aws sts assume-role` — expires after 1h
export AWS_ACCESS_KEY_ID=⟨aws_id('ASIA')⟩⟦aws-access-key-id⟧
export AWS_SECRET_ACCESS_KEY=⟨aws_secret()⟩⟦aws-secret-access-key⟧
export AWS_SESSION_TOKEN=⟨aws_session()⟩⟦aws-session-token⟧
export AWS_REGION=eu-west-1
""")

F("infra/secrets/payments.enc.json", """
{
  "stripe_secret_key": "ENC[AES256_GCM,data:⟨b64(t.r.token_bytes(80))⟩,iv:⟨b64(t.r.token_bytes(32))⟩,tag:⟨b64(t.r.token_bytes(16))⟩,type:str]",⟪sops-ciphertext⟫
  "db_password": "ENC[AES256_GCM,data:⟨b64(t.r.token_bytes(20))⟩,iv:⟨b64(t.r.token_bytes(32))⟩,tag:⟨b64(t.r.token_bytes(16))⟩,type:str]",⟪sops-ciphertext⟫
  "sops": {
    "kms": [
      {
        "arn": "arn:aws:kms:eu-west-1:⟨digits(12)⟩:key/⟨uuid()⟩",
        "created_at": "2024-04-11T09:12:44Z",
        "enc": "AQICAH⟨b64(t.r.token_bytes(160))⟩",
        "aws_profile": ""
      }
    ],
    "lastmodified": "2024-04-11T09:12:45Z",
    "mac": "ENC[AES256_GCM,data:⟨b64(t.r.token_bytes(32))⟩,iv:⟨b64(t.r.token_bytes(32))⟩,tag:⟨b64(t.r.token_bytes(16))⟩,type:str]",
    "unencrypted_suffix": "_unencrypted",
    "version": "3.8.1"
  }
}
""")

F("services/billing/.env.vault", """
#/-------------------.env.vault---------------------/
#/         cloud-agnostic vaulting standard         /
#/--------------------------------------------------/

# production
DOTENV_VAULT_PRODUCTION="⟨b64(t.r.token_bytes(240))⟩"⟪dotenv-vault-ciphertext⟫

# ci
DOTENV_VAULT_CI="⟨b64(t.r.token_bytes(120))⟩"
""")

# ------------------------------------------------------------------ Firebase
F("web/src/lib/firebase.ts", """
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";

// Firebase web config is public by design; access is enforced by security rules.
const firebaseConfig = {
  apiKey: "⟨aiza()⟩",⟪firebase-client-api-key⟫
  authDomain: "acme-shop-prod.firebaseapp.com",
  projectId: "acme-shop-prod",
  storageBucket: "acme-shop-prod.appspot.com",
  messagingSenderId: "⟨digits(12)⟩",
  appId: "1:⟨digits(12)⟩:web:⟨hex(22)⟩",
  measurementId: "G-⟨alnum(10).upper()⟩",
};

export const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
""")

F("functions/.runtimeconfig.json", """
{
  "stripe": {
    "secret": "⟨stripe(long=False)⟩",⟦stripe-secret-key⟧
    "webhook_tolerance": "300"
  },
  "sendgrid": {
    "key": "⟨sendgrid()⟩"⟦sendgrid-api-key⟧
  },
  "app": { "region": "europe-west1" }
}
""")

F("functions/src/geocode.ts", """
import * as functions from "firebase-functions/v2";

// Server-side Geocoding API key (unrestricted, billing-enabled project)
const GEOCODING_KEY = "⟨aiza()⟩";⟦google-api-key|AIza key used server-side from Cloud Functions⟧

export const geocode = functions.https.onCall(async (req) => {
  const q = encodeURIComponent(String(req.data.address ?? ""));
  const res = await fetch(`https://maps.googleapis.com/maps/api/geocode/json?address=${q}&key=${GEOCODING_KEY}`);
  return res.json();
});
""")

F("firebase.json", """
{
  "hosting": {
    "public": "web/dist",
    "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
    "rewrites": [{ "source": "**", "destination": "/index.html" }]
  },
  "functions": [{ "source": "functions", "codebase": "default", "runtime": "nodejs20" }],
  "firestore": { "rules": "firestore.rules", "indexes": "firestore.indexes.json" }
}
""")

# ------------------------------------------------------------------ Spring / JVM
F("services/orders/src/main/resources/bootstrap.yml", """
spring:
  application:
    name: orders
  cloud:
    config:
      uri: https://config-svc:⟨pw_urlsafe()⟩@config.acme-internal.net⟦basic-auth-password⟧
      fail-fast: true
  datasource:
    url: jdbc:postgresql://orders-db.internal:5432/orders
    username: orders
    password: ${DB_PASSWORD}⟪env-lookup⟫
  rabbitmq:
    host: mq.prod.acme-internal.net
    username: orders
    password: ⟨pw()⟩⟦password⟧
jasypt:
  encryptor:
    password: ${JASYPT_ENCRYPTOR_PASSWORD}
app:
  partner-api:
    secret: ENC(⟨b64(t.r.token_bytes(48))⟩)⟪jasypt-ciphertext⟫
""")

F("services/orders/config/ssl.properties", """
# JVM TLS settings for the partner mTLS connection
javax.net.ssl.keyStore=/etc/orders/tls/partner-client.p12
javax.net.ssl.keyStoreType=PKCS12
javax.net.ssl.keyStorePassword=⟨pw()⟩⟦password⟧
javax.net.ssl.trustStore=/etc/orders/tls/truststore.jks
javax.net.ssl.trustStorePassword=changeit⟪documented-default-truststore-password⟫
""")

F("services/orders/src/main/java/net/acme/orders/kafka/KafkaConfig.java", """
package net.acme.orders.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.common.config.SaslConfigs;

public final class KafkaConfig {
    private KafkaConfig() {}

    public static Map<String, Object> base() {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "pkc-⟨alnum(5).lower()⟩.eu-west-1.aws.confluent.cloud:9092");
        props.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, "SASL_SSL");
        props.put(SaslConfigs.SASL_MECHANISM, "PLAIN");
        props.put(SaslConfigs.SASL_JAAS_CONFIG,
            "org.apache.kafka.common.security.plain.PlainLoginModule required "
            + "username=\\"⟨alnum(16).upper()⟩\\" password=\\"⟨t.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', 64)⟩\\";");⟦password|Confluent Cloud API secret in a JAAS config⟧
        props.put("client.dns.lookup", "use_all_dns_ips");
        return props;
    }
}
""")

# ------------------------------------------------------------------ Django / Rails / Laravel
F("backend/core/settings/prod.py", """
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["api.acme-corp.net"]
SECRET_KEY = "⟨django_key()⟩"⟦django-secret-key⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "core",
        "USER": "core_app",
        "PASSWORD": "⟨pw()⟩",⟦password⟧
        "HOST": "core-db.internal",
        "PORT": 5432,
    }
}

EMAIL_HOST = "smtp.eu.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.acme-corp.net"
EMAIL_HOST_PASSWORD = "⟨pw()⟩"⟦password⟧

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},⟪password-policy⟫
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 3600
""")

F("backend/core/settings/local.py", """
import os

from .base import *  # noqa

DEBUG = True
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "insecure-local-dev-only")⟪env-lookup⟫
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "core",
        "USER": os.environ.get("DB_USER", "core"),
        "PASSWORD": os.environ.get("DB_PASSWORD", ""),⟪env-lookup⟫
        "HOST": "localhost",
    }
}
""")

F("backend/core/tests/test_login.py", """
import pytest
from django.urls import reverse


@pytest.mark.django_db
def test_login_rejects_wrong_password(client, django_user_model):
    django_user_model.objects.create_user(username="alice", password="test123")⟪fake-fixture⟫
    resp = client.post(reverse("login"), {"username": "alice", "password": "wrong-password"})
    assert resp.status_code == 200
    assert "Please enter a correct username and password" in resp.content.decode()


def test_token_header_format():
    token = "fake-token-for-tests"
    assert f"Bearer {token}".startswith("Bearer ")
""")

F("rails/config/master.key", "⟨rails_master()⟩⟦rails-master-key⟧\n")

F("rails/config/storage.yml", """
local:
  service: Disk
  root: <%= Rails.root.join("storage") %>

amazon:
  service: S3
  access_key_id: <%= Rails.application.credentials.dig(:aws, :access_key_id) %>⟪credentials-lookup⟫
  secret_access_key: <%= Rails.application.credentials.dig(:aws, :secret_access_key) %>
  region: eu-west-1
  bucket: acme-rails-uploads
""")

F("rails/config/initializers/sidekiq.rb", """
Sidekiq.configure_server do |config|
  config.redis = { url: "rediss://:⟨pw_urlsafe()⟩@sidekiq-redis.prod.acme-internal.net:6380/1", network_timeout: 5 }⟦db-uri-password⟧
end

Sidekiq.configure_client do |config|
  config.redis = { url: ENV.fetch("REDIS_URL"), network_timeout: 5 }⟪env-lookup⟫
end
""")

F("rails/config/locales/es.yml", """
es:
  devise:
    passwords:
      send_instructions: "Recibirás un correo con instrucciones para restablecer tu contraseña."
      updated: "Tu contraseña se ha cambiado correctamente."
    failure:
      invalid: "Correo o contraseña no válidos."
  activerecord:
    attributes:
      user:
        password: "Contraseña"⟪i18n⟫
        password_confirmation: "Confirmación de contraseña"
""")

F("laravel/.env", """
APP_NAME=AcmeShop
APP_ENV=production
APP_KEY=⟨laravel_key()⟩⟦laravel-app-key⟧
APP_DEBUG=false
APP_URL=https://shop.acme-corp.net

DB_CONNECTION=mysql
DB_HOST=shop-db.internal
DB_PORT=3306
DB_DATABASE=shop
DB_USERNAME=shop
DB_PASSWORD=⟨pw()⟩⟦password⟧

MAIL_MAILER=smtp
MAIL_HOST=smtp.office365.com
MAIL_USERNAME=noreply@acme-corp.net
MAIL_PASSWORD=⟨pw()⟩⟦password⟧

PUSHER_APP_ID=⟨digits(7)⟩
PUSHER_APP_KEY=⟨hex(20)⟩
PUSHER_APP_SECRET=⟨pusher_secret()⟩⟦pusher-secret⟧

AWS_ACCESS_KEY_ID=⟨aws_id()⟩⟦aws-access-key-id⟧
AWS_SECRET_ACCESS_KEY=⟨aws_secret()⟩⟦aws-secret-access-key⟧
AWS_DEFAULT_REGION=eu-central-1
AWS_BUCKET=acme-shop-media
""")

F("laravel/config/database.php", """
<?php

return [
    'default' => env('DB_CONNECTION', 'mysql'),
    'connections' => [
        'mysql' => [
            'driver' => 'mysql',
            'host' => env('DB_HOST', '127.0.0.1'),
            'port' => env('DB_PORT', '3306'),
            'database' => env('DB_DATABASE', 'forge'),
            'username' => env('DB_USERNAME', 'forge'),
            'password' => env('DB_PASSWORD', ''),⟪env-lookup⟫
            'charset' => 'utf8mb4',
        ],
    ],
    'redis' => [
        'default' => [
            'host' => env('REDIS_HOST', '127.0.0.1'),
            'password' => env('REDIS_PASSWORD'),
            'port' => env('REDIS_PORT', '6379'),
        ],
    ],
];
""")

F("laravel/lang/en/passwords.php", """
<?php

return [
    'reset' => 'Your password has been reset.',⟪i18n⟫
    'sent' => 'We have emailed your password reset link.',
    'throttled' => 'Please wait before retrying.',
    'token' => 'This password reset token is invalid.',
    'user' => "We can't find a user with that email address.",
];
""")

F("laravel/resources/views/auth/login.blade.php", """
<form method="POST" action="{{ route('login') }}">
    <input type="hidden" name="_token" value="⟨alnum(40)⟩">⟪csrf-token⟫
    <label for="email">{{ __('Email') }}</label>
    <input id="email" type="email" name="email" required autofocus>
    <label for="password">{{ __('Password') }}</label>
    <input id="password" type="password" name="password" required autocomplete="current-password">⟪field-name⟫
    <button type="submit">{{ __('Log in') }}</button>
</form>
""")

F("laravel/composer.json", """
{
    "name": "acme/shop",
    "type": "project",
    "require": {
        "php": "^8.2",
        "laravel/framework": "^11.9",
        "laravel/sanctum": "^4.0",
        "stripe/stripe-php": "^14.9"
    },
    "config": {
        "optimize-autoloader": true,
        "sort-packages": true
    }
}
""")

# ------------------------------------------------------------------ JS / TS configs
F("web/.npmrc", """
@acme-corp:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=⟨ghp()⟩⟦github-pat⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}⟪env-lookup⟫
engine-strict=true
""")

F("web/sentry.properties", """
defaults.url=https://sentry.io/
defaults.org=acme
defaults.project=storefront-web
auth.token=⟨sentry_org_token()⟩⟦sentry-auth-token⟧
""")

F("web/src/sentry.client.config.ts", """
import * as Sentry from "@sentry/nextjs";

Sentry.init({
  dsn: "⟨sentry_dsn()⟩",⟦?sentry-dsn|Sentry DSN: public by design (shipped to browsers); negative unless --sentry-dsn-positive⟧
  tracesSampleRate: 0.1,
  replaysOnErrorSampleRate: 1.0,
  release: process.env.NEXT_PUBLIC_RELEASE,
});
""")

F("web/vite.config.ts", """
import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

export default defineConfig({
  plugins: [react()],
  server: {
    port: 5173,
    proxy: {
      "/api": {
        target: "https://staging-api.acme-internal.net",
        changeOrigin: true,
        headers: {
          Authorization: "Bearer ⟨jwt(iss='https://auth.acme-internal.net/', aud='staging-api', extra={'role': 'admin'})⟩",⟦jwt⟧
        },
      },
    },
  },
  build: { sourcemap: true },
});
""")

F("web/src/components/LoginForm.tsx", """
import { useState } from "react";

export function LoginForm({ onSubmit }: { onSubmit: (u: string, p: string) => void }) {
  const [username, setUsername] = useState("");
  const [password, setPassword] = useState("");⟪state-variable⟫
  const passwordField = "current-password";
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit(username, password); }}>
      <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} />
      <input name="password" type="password" placeholder="••••••••" autoComplete={passwordField}
             value={password} onChange={(e) => setPassword(e.target.value)} />
      <button type="submit">Sign in</button>
    </form>
  );
}
""")

F("web/src/lib/api.test.ts", """
import { describe, expect, it, vi } from "vitest";
import { createClient } from "./api";

describe("api client", () => {
  it("sends the bearer token", async () => {
    const fetchMock = vi.fn().mockResolvedValue(new Response("{}"));
    const client = createClient({ token: "test-token-123", fetch: fetchMock });⟪fake-fixture⟫
    await client.get("/me");
    expect(fetchMock.mock.calls[0][1].headers.Authorization).toBe("Bearer test-token-123");
  });

  it("redacts secrets in errors", () => {
    const err = createClient({ token: "dummy", apiKey: "fake-api-key" }).describe();
    expect(err).not.toContain("dummy");
  });
});
""")

F("web/src/i18n/pt-BR.json", """
{
  "login.title": "Entrar",
  "login.password": "Senha",
  "login.password.forgot": "Esqueceu a senha?",
  "login.password.tooShort": "A senha deve ter pelo menos {min} caracteres",
  "account.token.label": "Token de acesso pessoal",
  "account.apiKey.help": "Gere uma chave de API em Configurações > Integrações"
}
""")

F("web/package.json", """
{
  "name": "@acme-corp/storefront-web",
  "version": "5.12.0",
  "private": true,
  "type": "module",
  "scripts": {
    "dev": "vite",
    "build": "tsc -b && vite build",
    "test": "vitest run"
  },
  "dependencies": {
    "@sentry/nextjs": "8.9.2",
    "firebase": "10.12.2",
    "react": "18.3.1",
    "react-dom": "18.3.1"
  },
  "devDependencies": {
    "@vitejs/plugin-react": "4.3.1",
    "typescript": "5.4.5",
    "vite": "5.2.13",
    "vitest": "1.6.0"
  },
  "packageManager": "npm@10.8.1+sha512.⟨hex(128)⟩"⟪integrity-hash⟫
}
""")
