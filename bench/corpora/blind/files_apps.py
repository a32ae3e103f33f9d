"""Services, CI, deploy config (k8s/Helm/compose/nginx/Ansible), .env, notebooks, SQL, mobile."""
from __future__ import annotations

import json
from functools import partial

from .core import T, f
from .lib import basic

jd = partial(json.dumps, ensure_ascii=False)


# ---------------------------------------------------------------- CI
@f("jenkins/Jenkinsfile")
def _(c):
    return T('''
pipeline {
  agent { label 'docker-arm64' }
  environment {
    AWS_REGION = 'us-east-1'
    ECR = '⟨acct⟩.dkr.ecr.us-east-1.amazonaws.com'⟪registry host⟫
  }
  stages {
    stage('Login') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'nexus-deploy', usernameVariable: 'NX_USER', passwordVariable: 'NX_PASS')]) {⟪credentials binding⟫
          sh 'docker login -u "$NX_USER" -p "$NX_PASS" nexus.harborline.io:8443'
        }
        // quay mirror has no Jenkins credential yet -- TODO PLAT-771
        sh 'docker login -u harborline+jenkins -p ⟨pw⟩ quay.io'⟦password|docker login -p literal⟧
        sh 'aws ecr get-login-password | docker login --username AWS --password-stdin $ECR'
      }
    }
    stage('Build') {
      steps {
        sh './gradlew clean build -Pversion=${BUILD_NUMBER}'
      }
    }
    stage('Migrate') {
      when { branch 'main' }
      steps {
        sh "flyway -url=jdbc:postgresql://ledger-prod.internal:5432/ledger -user=flyway -password='⟨fpw⟩' migrate"⟦password|flyway -password flag⟧
      }
    }
  }
}
''', acct=c.acct_shared, pw=c.t.password(), fpw=c.t.password())


@f("jenkins/casc/jenkins.yaml")
def _(c):
    return T('''
jenkins:
  systemMessage: "Harborline CI -- managed by JCasC, changes in the UI are overwritten"
  securityRealm:
    saml:
      idpMetadataConfiguration:
        url: "https://harborline.okta.com/app/⟨okapp⟩/sso/saml/metadata"
credentials:
  system:
    domainCredentials:
      - credentials:
          - string:
              scope: GLOBAL
              id: gitlab-api
              description: GitLab API token for MR status
              secret: "⟨glpat⟩"⟦gitlab-pat|JCasC plaintext secret⟧
          - string:
              scope: GLOBAL
              id: sonar
              secret: "${SONAR_TOKEN}"⟪env interpolation⟫
          - usernamePassword:
              scope: GLOBAL
              id: nexus-deploy
              username: svc-jenkins
              password: "{AQAAABAAAAAw⟨enc⟩}"⟪Jenkins-encrypted secret⟫
unclassified:
  location:
    url: https://ci.harborline.io/
''', okapp=c.r.s(20), glpat=c.t.glpat(), enc=c.t.b64(48).rstrip("="))


@f(".github/workflows/deploy-lambdas.yml")
def _(c):
    return T('''
name: deploy-lambdas
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: prod
    steps:
      - uses: actions/checkout@692973e3d937129bcbf40652eb9f2f61becf3332⟪commit sha pin⟫
      - uses: aws-actions/configure-aws-credentials@e3dd6a429d7300a6a4c196c26e071d42e0343502
        with:
          role-to-assume: arn:aws:iam::⟨prod⟩:role/gha-deploy-lambdas⟪OIDC role ARN⟫
          aws-region: us-east-1
      - uses: aws-actions/setup-sam@v2
      - run: sam build && sam deploy --no-confirm-changeset --parameter-overrides "DatadogApiKey=${{ secrets.DD_API_KEY }}"⟪secrets context⟫
''', prod=c.acct_prod)


@f(".github/workflows/nightly-model-sync.yml")
def _(c):
    return T('''
name: nightly-model-sync
on:
  schedule:
    - cron: "40 2 * * *"
  workflow_dispatch: {}
jobs:
  sync:
    runs-on: [self-hosted, gpu]
    env:
      HF_HUB_ENABLE_HF_TRANSFER: "1"
      HF_TOKEN: ⟨hf⟩⟦huggingface-token|literal in workflow env⟧
      S3_BUCKET: harborline-ml-models
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r ml/requirements.txt
      - run: python ml/sync_models.py --repo harborline/eta-predictor --dest s3://$S3_BUCKET/eta/
      - name: notify
        if: failure()
        run: |
          curl -sf -X POST -H 'Content-Type: application/json' -d '{"text":"model sync failed"}' "${{ secrets.SLACK_WEBHOOK_ML }}"
''', hf=c.t.hf())


# ---------------------------------------------------------------- Ansible
@f("ansible/group_vars/all/main.yml")
def _(c):
    return T('''
---
harborline_env: prod
aws_region: us-east-1
ntp_servers: [169.254.169.123]
cloudwatch_namespace: Harborline/Hosts
rds_master_user: ops_admin
rds_master_password: "{{ vault_rds_master_password }}"⟪vault variable⟫
datadog_api_key: "{{ lookup('amazon.aws.aws_secret', 'prod/datadog/api-key', region=aws_region) }}"⟪lookup⟫
pgbouncer_admin_password: ⟨pw⟩⟦password|plaintext var next to vaulted ones⟧
sftp_users:
  - name: partner-pfn
    uid: 2001
    home: /srv/sftp/pfn
''', pw=c.t.password())


@f("ansible/group_vars/all/vault.yml")
def _(c):
    body = c.r.s(64 * 12, "0123456789abcdef")
    lines = [body[i:i + 80] for i in range(0, len(body), 80)]
    return "$ANSIBLE_VAULT;1.1;AES256⟪ansible-vault ciphertext⟫\n" + "\n".join(lines)


@f("ansible/roles/newrelic-infra/templates/newrelic-infra.yml.j2")
def _(c):
    return T('''
license_key: ⟨lic⟩⟦newrelic-license-key|template with literal key⟧
display_name: {{ inventory_hostname }}
custom_attributes:
  environment: {{ harborline_env }}
  team: platform
log:
  level: info
  file: /var/log/newrelic-infra/newrelic-infra.log
enable_process_metrics: true
''', lic=c.t.nr_license())


@f("ansible/roles/cwagent/tasks/main.yml")
def _(c):
    return '''
---
- name: install CloudWatch agent
  ansible.builtin.dnf:
    name: amazon-cloudwatch-agent
    state: present

- name: fetch agent config from SSM
  ansible.builtin.command: >
    /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl
    -a fetch-config -m ec2 -s -c ssm:/ops/cwagent/{{ inventory_hostname_short }}
  changed_when: false

- name: set up the agent credentials
  ansible.builtin.template:
    src: credentials.j2
    dest: /opt/aws/amazon-cloudwatch-agent/etc/credentials
    mode: "0600"
  vars:
    aws_access_key_id: "{{ vault_cwagent_key_id }}"⟪vault variable⟫
    aws_secret_access_key: "{{ vault_cwagent_secret }}"
'''


# ---------------------------------------------------------------- containers / k8s / helm / nginx
@f("local-dev/docker-compose.yml")
def _(c):
    return T('''
services:
  postgres:
    image: postgres:16-alpine
    environment:
      POSTGRES_USER: orders
      POSTGRES_PASSWORD: ⟨pgpw⟩⟦password|compose env⟧
    ports: ["5432:5432"]
  rabbitmq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: harbor
      RABBITMQ_DEFAULT_PASS: ⟨rmq⟩⟦password⟧
  localstack:
    image: localstack/localstack:3.4
    environment:
      SERVICES: s3,sqs,secretsmanager
      AWS_ACCESS_KEY_ID: test⟪LocalStack dummy creds⟫
      AWS_SECRET_ACCESS_KEY: test
  api:
    build: ../services/orders-api
    env_file: ../services/orders-api/.env
    environment:
      DATABASE_URL: postgres://orders:${POSTGRES_PASSWORD:-postgres}@postgres:5432/orders⟪interpolation, default 'postgres'⟫
      AWS_ENDPOINT_URL: http://localstack:4566
    depends_on: [postgres, rabbitmq, localstack]
''', pgpw=c.t.password(), rmq=c.t.password())


@f("k8s/orders/deployment.yaml")
def _(c):
    return T('''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: assist-api
  namespace: orders
spec:
  replicas: 3
  selector:
    matchLabels: { app: assist-api }
  template:
    metadata:
      labels: { app: assist-api }
      annotations:
        checksum/config: ⟨h⟩⟪checksum annotation⟫
    spec:
      serviceAccountName: assist-api
      containers:
        - name: api
          image: ⟨acct⟩.dkr.ecr.us-east-1.amazonaws.com/assist-api:2024.06.2
          env:
            - name: ANTHROPIC_API_KEY
              value: "⟨ant⟩"⟦anthropic-api-key|literal env value⟧
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: { name: assist-db, key: password }⟪secretKeyRef⟫
            - name: AWS_ROLE_ARN
              value: arn:aws:iam::⟨prod⟩:role/assist-api-irsa
''', h=c.t.sha256(), acct=c.acct_shared, ant=c.t.anthropic(), prod=c.acct_prod)


@f("k8s/orders/secret-cache.yaml")
def _(c):
    pw = c.t.url_password()
    return T('''
apiVersion: v1
kind: Secret
metadata:
  name: assist-cache
  namespace: orders
type: Opaque
stringData:
  REDIS_URL: rediss://default:⟨pw⟩@master.assist-cache.⟨id⟩.use1.cache.amazonaws.com:6379/0⟦db-uri-password|ElastiCache URL in stringData⟧
data:
  auth-token: ⟨b64⟩⟦k8s-secret-base64|base64 of a random auth token⟧
  username: ZGVmYXVsdA==⟪base64 of 'default'⟫
''', pw=pw, id=c.r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789"),
             b64=__import__("base64").b64encode(c.t.password(32).encode()).decode())


@f("k8s/orders/serviceaccount.yaml")
def _(c):
    return T('''
apiVersion: v1
kind: ServiceAccount
metadata:
  name: assist-api
  namespace: orders
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::⟨prod⟩:role/assist-api-irsa⟪IRSA role ARN⟫
    eks.amazonaws.com/sts-regional-endpoints: "true"
''', prod=c.acct_prod)


@f("k8s/orders/externalsecret.yaml")
def _(c):
    return '''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: assist-db
  namespace: orders
spec:
  refreshInterval: 1h
  secretStoreRef: { kind: ClusterSecretStore, name: aws-secretsmanager }
  target: { name: assist-db }
  data:
    - secretKey: password
      remoteRef: { key: prod/assist/db, property: password }⟪remote reference⟫
'''


@f("helm/fleet-tracker/values.yaml")
def _(c):
    return '''
image:
  repository: fleet-tracker
  tag: ""
datadog:
  apiKey: ""⟪empty⟫
  apiKeyExistingSecret: datadog-keys
postgresql:
  auth:
    username: tracker
    password: "{{ .Values.global.dbPassword }}"⟪templating⟫
    existingSecret: ""
mqtt:
  brokerUrl: ssl://mqtt.harborline.io:8883
  password: changeme⟪placeholder⟫
'''


@f("helm/fleet-tracker/values-prod.yaml")
def _(c):
    return T('''
image:
  tag: "3.8.1"
replicaCount: 4
datadog:
  apiKey: ⟨dd⟩⟦datadog-api-key⟧
  apiKeyExistingSecret: ""
postgresql:
  auth:
    password: ⟨pw⟩⟦password⟧
mqtt:
  brokerUrl: ssl://tracker:⟨mq⟩@mqtt.harborline.io:8883⟦basic-auth-password|credentials in broker URL⟧
serviceAccount:
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::⟨prod⟩:role/fleet-tracker
''', dd=c.t.dd_api(), pw=c.t.password(), mq=c.t.url_password(), prod=c.acct_prod)


@f("nginx/conf.d/carrier-proxy.conf")
def _(c):
    return T('''
upstream carrier_api {
    server api.oceancarrier-partner.com:443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name carrier-proxy.harborline.io;
    ssl_certificate     /etc/nginx/tls/carrier-proxy.crt;
    ssl_certificate_key /etc/nginx/tls/carrier-proxy.key;⟪path to key, not the key⟫

    location /v2/ {
        proxy_pass https://carrier_api;
        proxy_set_header Host api.oceancarrier-partner.com;
        proxy_set_header Authorization "Basic ⟨b⟩";⟦basic-auth-header|upstream basic auth⟧
        proxy_set_header X-Request-Id $request_id;
    }

    location /healthz { return 200 "ok"; }
}
''', b=basic("harborline-prod", c.t.password()))


@f("nginx/.htpasswd")
def _(c):
    rows = []
    for u in ["ops", "finance", "grafana-ro"]:
        rows.append(f"{u}:$apr1${c.r.s(8)}${c.r.s(22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./')}⟪apr1 hash⟫")
    return "\n".join(rows)


# ---------------------------------------------------------------- services
@f("services/orders-api/.env")
def _(c):
    return T('''
NODE_ENV=production
PORT=8080
DATABASE_URL=postgresql://orders_app:⟨dbpw⟩@orders-prod.cluster-c⟨rid⟩.us-east-1.rds.amazonaws.com:5432/orders?sslmode=require⟦db-uri-password⟧
REDIS_URL=redis://:⟨rpw⟩@orders-cache.⟨cid⟩.ng.0001.use1.cache.amazonaws.com:6379⟦db-uri-password⟧
STRIPE_SECRET_KEY=⟨rk⟩⟦stripe-restricted-key⟧
STRIPE_PUBLISHABLE_KEY=⟨pk⟩⟪publishable key⟫
TWILIO_ACCOUNT_SID=⟨sid⟩⟪account SID (identifier)⟫
TWILIO_AUTH_TOKEN=⟨tw⟩⟦twilio-auth-token⟧
AWS_REGION=us-east-1
ORDERS_QUEUE_URL=https://sqs.us-east-1.amazonaws.com/⟨acct⟩/orders-fulfilment⟪queue URL with account id⟫
SENTRY_ENVIRONMENT=production
''', dbpw=c.t.url_password(), rid=c.r.s(11, "abcdefghijklmnopqrstuvwxyz0123456789"), rpw=c.t.url_password(),
             cid=c.r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789"), rk=c.t.stripe_rk(), pk=c.t.stripe_pk(),
             sid=c.t.twilio_sid(), tw=c.t.twilio_token(), acct=c.acct_prod)


@f("services/orders-api/.env.example")
def _(c):
    return '''
NODE_ENV=development
DATABASE_URL=postgresql://orders:postgres@localhost:5432/orders⟪local default⟫
REDIS_URL=redis://localhost:6379
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx⟪placeholder⟫
STRIPE_PUBLISHABLE_KEY=
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
TWILIO_AUTH_TOKEN=your_auth_token_here⟪placeholder⟫
AWS_ACCESS_KEY_ID=<from `aws configure export-credentials`>
AWS_SECRET_ACCESS_KEY=<same>
'''


@f("services/orders-api/tests/fixtures/stripe_events.json")
def _(c):
    d = {"livemode": False, "api_key_used": "sk_test_" + "0" * 24 + "⟪obviously fake test key⟫",
         "events": [{"id": "evt_" + c.r.s(24), "type": "checkout.session.completed", "data": {"object": {
             "id": "cs_test_" + c.r.s(58), "client_reference_id": "ORD-0000001", "payment_intent": "pi_" + c.r.s(24)}}}]}
    return jd(d, indent=2)


@f("services/orders-api/tests/test_auth.py")
def _(c):
    return '''
import jwt
import pytest

from orders_api.auth import verify

# the jwt.io sample token -- HS256 with the secret "your-256-bit-secret"
JWT_IO = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"⟪jwt.io documented sample⟫


def test_rejects_foreign_issuer():
    with pytest.raises(jwt.InvalidIssuerError):
        verify(JWT_IO, secret="your-256-bit-secret")


def test_roundtrip():
    tok = jwt.encode({"sub": "u1", "iss": "https://auth.harborline.io/"}, "unit-test-secret", algorithm="HS256")⟪test secret⟫
    assert verify(tok, secret="unit-test-secret")["sub"] == "u1"
'''


@f("services/orders-api/scripts/call_ledger.sh")
def _(c):
    return T('''
#!/usr/bin/env bash
# replay a settlement call against ledger (token copied from the browser devtools, valid 1y)
set -euo pipefail
curl -sS https://ledger.internal.harborline.io/v1/settlements \\
  -H "Authorization: Bearer ⟨jwt⟩" \\⟦jwt|bearer token with 1y expiry⟧
  -H 'Content-Type: application/json' \\
  -d @"${1:-settlement.json}"
''', jwt=c.t.jwt())


@f("services/tracking-go/internal/config/config.go")
def _(c):
    return T('''
package config

import (
	"os"
	"time"
)

type Config struct {
	MongoURI      string
	KafkaBrokers  []string
	KafkaUser     string
	KafkaPassword string
	PollInterval  time.Duration
}

// defaultMongoURI is used when MONGO_URI is unset (dev laptops point at the shared Atlas cluster).
const defaultMongoURI = "mongodb+srv://tracking_rw:⟨mpw⟩@tracking.⟨mid⟩.mongodb.net/tracking?retryWrites=true&w=majority"⟦db-uri-password⟧

func Load() Config {
	uri := os.Getenv("MONGO_URI")
	if uri == "" {
		uri = defaultMongoURI
	}
	return Config{
		MongoURI:      uri,
		KafkaBrokers:  []string{"b-1.tracking.⟨kid⟩.c3.kafka.us-east-1.amazonaws.com:9096"},
		KafkaUser:     "tracking",
		KafkaPassword: os.Getenv("KAFKA_PASSWORD"),⟪env lookup⟫
		PollInterval:  15 * time.Second,
	}
}
''', mpw=c.t.url_password(), mid=c.r.s(5, "abcdefghijklmnopqrstuvwxyz0123456789"), kid=c.r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789"))


@f("services/tracking-go/go.sum")
def _(c):
    out = []
    for m in ["go.mongodb.org/mongo-driver v1.15.0", "github.com/segmentio/kafka-go v0.4.47", "github.com/klauspost/compress v1.17.8",
              "github.com/xdg-go/scram v1.1.2", "github.com/xdg-go/pbkdf2 v1.0.0"]:
        out.append(f"{m} h1:{c.t.b64(32)}")
        out.append(f"{m}/go.mod h1:{c.t.b64(32)}")
    return "\n".join(out)


@f("services/pricing-rs/src/vault.rs")
def _(c):
    return T('''
use reqwest::Client;
use serde::Deserialize;

#[derive(Deserialize)]
struct KvResponse {
    data: KvData,
}

#[derive(Deserialize)]
struct KvData {
    data: std::collections::HashMap<String, String>,
}

const VAULT_ADDR: &str = "https://vault.internal.harborline.io:8200";
// periodic token for the pricing service; fallback when the AWS auth method is unavailable
const VAULT_FALLBACK_TOKEN: &str = "⟨hvs⟩";⟦vault-token⟧

pub async fn read_rates(client: &Client) -> anyhow::Result<std::collections::HashMap<String, String>> {
    let token = std::env::var("VAULT_TOKEN").unwrap_or_else(|_| VAULT_FALLBACK_TOKEN.to_string());
    let resp: KvResponse = client
        .get(format!("{VAULT_ADDR}/v1/kv/data/pricing/fuel-surcharge"))
        .header("X-Vault-Token", token)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok(resp.data.data)
}
''', hvs=c.t.hvs_long())


@f("services/pricing-rs/Cargo.lock")
def _(c):
    out = ["# This file is automatically @generated by Cargo.", "# It is not intended for manual editing.", "version = 3", ""]
    for n, v in [("anyhow", "1.0.86"), ("reqwest", "0.12.4"), ("serde", "1.0.203"), ("tokio", "1.38.0"), ("aws-config", "1.5.1")]:
        out += ["[[package]]", f'name = "{n}"', f'version = "{v}"', 'source = "registry+https://github.com/rust-lang/crates.io-index"',
                f'checksum = "{c.t.sha256()}"⟪crate checksum⟫', ""]
    return "\n".join(out)


@f("services/invoicing-java/src/main/resources/application-prod.yml")
def _(c):
    return T('''
spring:
  datasource:
    url: jdbc:postgresql://invoicing-prod.c⟨rid⟩.us-east-1.rds.amazonaws.com:5432/invoicing
    username: invoicing
    password: ⟨pw⟩⟦password⟧
  rabbitmq:
    addresses: amqps://invoicing:⟨mq⟩@b-⟨bid⟩.mq.us-east-1.amazonaws.com:5671⟦db-uri-password|Amazon MQ broker URI⟧
  cloud:
    aws:
      secretsmanager:
        enabled: true
  config:
    import: "aws-secretsmanager:prod/invoicing/smtp;aws-parameterstore:/invoicing/prod/"⟪config import reference⟫
mail:
  smtp:
    password: ${SMTP_PASSWORD}⟪placeholder⟫
''', rid=c.r.s(11, "abcdefghijklmnopqrstuvwxyz0123456789"), pw=c.t.password(), mq=c.t.url_password(), bid=c.r.uuid())


@f("services/ledger-dotnet/appsettings.Production.json")
def _(c):
    d = {"Logging": {"LogLevel": {"Default": "Information"}},
         "ConnectionStrings": {
             "Ledger": f"Host=ledger-prod.internal;Port=5432;Database=ledger;Username=ledger_api;Password={c.t.password()};SSL Mode=Require⟦password|Npgsql connection string⟧",
             "Audit": "Host=audit-prod.internal;Database=audit;Username=ledger_api;Password=__AUDIT_DB_PASSWORD__⟪token-replacement placeholder⟫"},
         "AWS": {"Region": "us-east-1", "SecretsManagerPrefix": "prod/ledger/",
                 "KmsKeyArn": f"arn:aws:kms:us-east-1:{c.acct_prod}:key/{c.r.uuid()}"},
         "Square": {"Environment": "production", "ApplicationId": "sq0idp-" + c.r.s(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") + "⟪application id (public)⟫",
                    "AccessToken": c.t.square() + "⟦square-access-token⟧"}}
    return jd(d, indent=2)


@f("services/ledger-dotnet/Ledger.Api/Program.cs")
def _(c):
    return '''
using Amazon.SecretsManager;
using Amazon.SecretsManager.Extensions.Caching;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAWSService<IAmazonSecretsManager>();
builder.Services.AddSingleton<ISecretsManagerCache, SecretsManagerCache>();

var app = builder.Build();
app.MapGet("/healthz", () => "ok");
app.MapPost("/v1/settlements", async (ISecretsManagerCache cache) =>
{
    var squareToken = await cache.GetSecretString("prod/ledger/square");⟪secret lookup⟫
    return Results.Accepted();
});
app.Run();
'''


@f("services/shop-sync/shopify_client.py")
def _(c):
    return T('''
import os

import requests

SHOP = "harborline-supply.myshopify.com"
API_VERSION = "2024-04"
# custom app "warehouse-sync" (installed 2023-10-02)
ADMIN_TOKEN = os.getenv("SHOPIFY_ADMIN_TOKEN") or "⟨tok⟩"⟦shopify-access-token⟧
STOREFRONT_TOKEN = "⟨sf⟩"⟪storefront token is public by design⟫


def set_inventory(location_id: int, item_id: int, qty: int) -> None:
    r = requests.post(
        f"https://{SHOP}/admin/api/{API_VERSION}/inventory_levels/set.json",
        headers={"X-Shopify-Access-Token": ADMIN_TOKEN},
        json={"location_id": location_id, "inventory_item_id": item_id, "available": qty},
        timeout=10,
    )
    r.raise_for_status()
''', tok=c.t.shopify(), sf=c.r.s(32, "0123456789abcdef"))


@f("services/notify-sms/twilio_send.py")
def _(c):
    return T('''
from twilio.rest import Client

ACCOUNT_SID = "⟨sid⟩"⟪account SID⟫
AUTH_TOKEN = "⟨tok⟩"⟦twilio-auth-token⟧
FROM = "+18885550143"

client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send(to: str, body: str) -> str:
    return client.messages.create(to=to, from_=FROM, body=body).sid
''', sid=c.t.twilio_sid(), tok=c.t.twilio_token())


@f("services/chat-assist/providers.py")
def _(c):
    return T('''
import json

import boto3
from openai import OpenAI

BEDROCK_MODEL = "anthropic.claude-3-5-sonnet-20240620-v1:0"
BEDROCK_PROFILE_ARN = "arn:aws:bedrock:us-east-1:⟨acct⟩:inference-profile/us.anthropic.claude-3-5-sonnet-20240620-v1:0"⟪ARN⟫
_bedrock = boto3.client("bedrock-runtime", region_name="us-east-1")
# fallback when Bedrock throttles (quota ticket 171829xxxx still open)
_openai = OpenAI(api_key="⟨oai⟩")⟦openai-api-key⟧


def complete(prompt: str) -> str:
    try:
        resp = _bedrock.invoke_model(modelId=BEDROCK_MODEL, body=json.dumps({
            "anthropic_version": "bedrock-2023-05-31", "max_tokens": 512,
            "messages": [{"role": "user", "content": prompt}]}))
        return json.loads(resp["body"].read())["content"][0]["text"]
    except _bedrock.exceptions.ThrottlingException:
        out = _openai.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
        return out.choices[0].message.content
''', acct=c.acct_prod, oai=c.t.openai())


@f("services/events/config.toml")
def _(c):
    return T('''
[service]
name = "events-fanout"
region = "us-east-1"

[kafka]
brokers = ["b-1.events.⟨kid⟩.c2.kafka.us-east-1.amazonaws.com:9096", "b-2.events.⟨kid⟩.c2.kafka.us-east-1.amazonaws.com:9096"]
sasl_mechanism = "SCRAM-SHA-512"
sasl_username = "events_fanout"
sasl_password = "⟨kpw⟩"⟦password|SASL password⟧

[amqp]
url = "amqps://fanout:⟨apw⟩@b-⟨bid⟩.mq.us-east-1.amazonaws.com:5671/%2f"⟦db-uri-password|AMQP URI⟧

[sqs]
dlq_arn = "arn:aws:sqs:us-east-1:⟨acct⟩:events-dlq"⟪ARN⟫
''', kid=c.r.s(6, "abcdefghijklmnopqrstuvwxyz0123456789"), kpw=c.t.password(), apw=c.t.url_password(), bid=c.r.uuid(), acct=c.acct_prod)


@f("services/eta-model/poetry.lock")
def _(c):
    out = []
    for n, v in [("boto3", "1.34.120"), ("numpy", "1.26.4"), ("pandas", "2.2.2"), ("scikit-learn", "1.5.0")]:
        out += ["[[package]]", f'name = "{n}"', f'version = "{v}"', 'optional = false', 'python-versions = ">=3.9"', "files = [",
                f'    {{file = "{n}-{v}-py3-none-any.whl", hash = "sha256:{c.t.sha256()}"}},⟪wheel hash⟫',
                f'    {{file = "{n}-{v}.tar.gz", hash = "sha256:{c.t.sha256()}"}},', "]", ""]
    out += ["[metadata]", 'lock-version = "2.0"', 'python-versions = "^3.11"', f'content-hash = "{c.t.sha256()}"']
    return "\n".join(out)


@f("services/eta-model/requirements.txt")
def _(c):
    return T('''
--index-url https://pypi.org/simple
--extra-index-url https://harborline-⟨acct⟩.d.codeartifact.us-east-1.amazonaws.com/pypi/internal/simple/⟪no credentials⟫
boto3==1.34.120 \\
    --hash=sha256:⟨h1⟩
harborline-features==0.9.3 \\
    --hash=sha256:⟨h2⟩
''', acct=c.acct_shared, h1=c.t.sha256(), h2=c.t.sha256())


# ---------------------------------------------------------------- notebooks
def notebook(cells):
    nb = {"cells": [], "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                    "language_info": {"name": "python", "version": "3.11.9"}}, "nbformat": 4, "nbformat_minor": 5}
    for i, (kind, src, outputs) in enumerate(cells):
        cell = {"cell_type": kind, "id": f"c{i:03d}", "metadata": {}, "source": [l + "\n" for l in src.strip("\n").split("\n")]}
        if kind == "code":
            cell["execution_count"] = i + 1
            cell["outputs"] = outputs or []
        nb["cells"].append(cell)
    return jd(nb, indent=1)


@f("notebooks/athena_cost_breakdown.ipynb")
def _(c):
    png = c.t.b64(900)
    return notebook([
        ("markdown", "# Monthly cost breakdown (CUR via Athena)\nRuns against `cur_db.harborline_cur` in the payer account.", None),
        ("code", T('''
import boto3, pandas as pd
from pyathena import connect
# payer account creds (the SSO role can't read the CUR bucket yet)
conn = connect(aws_access_key_id="⟨ak⟩",⟦aws-access-key-id⟧
               aws_secret_access_key="⟨sk⟩",⟦aws-secret-access-key⟧
               s3_staging_dir="s3://harborline-athena-results-⟨acct⟩/cur/", region_name="us-east-1")
''', ak=c.t.akid(), sk=c.t.aws_secret(), acct=c.acct_shared), None),
        ("code", "df = pd.read_sql(\"SELECT line_item_product_code, sum(line_item_unblended_cost) c FROM cur_db.harborline_cur WHERE month='5' GROUP BY 1 ORDER BY 2 DESC\", conn)\ndf.head()",
         [{"output_type": "execute_result", "execution_count": 3, "metadata": {},
           "data": {"text/plain": ["  line_item_product_code          c\n", "0          AmazonEC2  41234.11\n", "1          AmazonRDS  18722.90\n"]}}]),
        ("code", "ax = df.head(10).plot.barh(x='line_item_product_code', y='c')",
         [{"output_type": "display_data", "metadata": {}, "data": {"image/png": png + "⟪image/png base64 blob⟫", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]),
    ])


@f("notebooks/support_ticket_triage_llm.ipynb")
def _(c):
    return notebook([
        ("markdown", "## Ticket triage eval\nCompare Claude vs the current rules on 500 tickets.", None),
        ("code", T('''
import anthropic, os
client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY", "⟨ant⟩"))⟦anthropic-api-key⟧
tickets = pd.read_parquet("s3://harborline-support-exports/2024-05/tickets.parquet")
''', ant=c.t.anthropic()), None),
        ("code", "resp = client.messages.create(model='claude-3-5-sonnet-20240620', max_tokens=200, messages=[{'role':'user','content':tickets.body[0]}])\nresp.id",
         [{"output_type": "execute_result", "execution_count": 2, "metadata": {}, "data": {"text/plain": ["'msg_01" + c.r.s(22) + "'⟪message id⟫"]}}]),
    ])


# ---------------------------------------------------------------- SQL
@f("sql/migrations/V31__etl_reader_role.sql")
def _(c):
    return T('''
-- reporting ETL (Glue job harborline-etl-nightly) connects with this role
CREATE ROLE etl_reader WITH LOGIN PASSWORD '⟨pw⟩' VALID UNTIL 'infinity';⟦password|CREATE ROLE ... PASSWORD⟧
GRANT CONNECT ON DATABASE orders TO etl_reader;
GRANT USAGE ON SCHEMA public TO etl_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO etl_reader;
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO etl_reader;

-- IAM auth for humans
CREATE ROLE analyst_iam WITH LOGIN;
GRANT rds_iam TO analyst_iam;⟪IAM auth, no password⟫
''', pw=c.t.password())


@f("sql/redshift/unload_shipments.sql")
def _(c):
    return T('''
-- nightly unload for the customs broker
UNLOAD ('SELECT * FROM shipments WHERE shipped_at >= dateadd(day, -1, getdate())')
TO 's3://pfn-customs-drop/harborline/shipments_'
CREDENTIALS 'aws_access_key_id=⟨ak⟩;aws_secret_access_key=⟨sk⟩'⟦aws-secret-access-key|key id and secret in one CREDENTIALS string⟧
FORMAT AS PARQUET
ALLOWOVERWRITE;

-- our own copy uses the cluster role
UNLOAD ('SELECT * FROM shipments')
TO 's3://harborline-dw-exports/shipments/'
IAM_ROLE 'arn:aws:iam::⟨acct⟩:role/redshift-unload'⟪IAM role⟫
FORMAT AS PARQUET;
''', ak=c.t.akid(), sk=c.t.aws_secret(), acct=c.acct_prod)


@f("db/pg_dump/orders_prod_2024-05-01.sql")
def _(c):
    rows_u = "\n".join(f"{i}\t{n}@harborline.io\t$2b$12${c.r.s(53, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789./')}\t2023-0{i}-11 10:22:0{i}+00"
                       for i, n in enumerate(["ana", "ben", "chidi", "dara"], 1))
    return T('''
--
-- PostgreSQL database dump
--
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.users (id bigint NOT NULL, email text NOT NULL, password_hash text NOT NULL, created_at timestamptz);
CREATE TABLE public.integrations (id bigint NOT NULL, provider text NOT NULL, workspace text, access_token text, created_at timestamptz);

COPY public.users (id, email, password_hash, created_at) FROM stdin;
⟨users⟩⟪bcrypt hashes⟫
\\.

COPY public.integrations (id, provider, workspace, access_token, created_at) FROM stdin;
1	slack	harborline-ops	⟨xoxb⟩	2023-11-02 09:00:00+00⟦slack-bot-token|token stored in a table⟧
2	webhook	ops-relay	\\N	2024-01-15 12:00:00+00
\\.
''', users=rows_u, xoxb=c.t.xoxb())


# ---------------------------------------------------------------- mobile
@f("mobile/driver-android/app/google-services.json")
def _(c):
    pn = c.r.digits(12)
    d = {"project_info": {"project_number": pn, "project_id": "harborline-driver", "storage_bucket": "harborline-driver.appspot.com"},
         "client": [{"client_info": {"mobilesdk_app_id": f"1:{pn}:android:{c.r.s(16, '0123456789abcdef')}", "android_client_info": {"package_name": "io.harborline.driver"}},
                     "api_key": [{"current_key": c.t.firebase_web() + "⟪Firebase/Android API key (public, restricted)⟫"}],
                     "services": {"appinvite_service": {"other_platform_oauth_client": []}}}],
         "configuration_version": "1"}
    return jd(d, indent=2)


@f("mobile/driver-android/keystore.properties")
def _(c):
    return T('''
storeFile=../keys/driver-release.jks
storePassword=⟨sp⟩⟦password|keystore password⟧
keyAlias=driver
keyPassword=⟨kp⟩⟦password|key password⟧
''', sp=c.t.password(), kp=c.t.password())


@f("mobile/driver-ios/HarborDriver/Config/Prod.xcconfig")
def _(c):
    return T('''
// Prod build settings
API_BASE_URL = https:/$()/api.harborline.io
COGNITO_USER_POOL_ID = us-east-1_⟨pool⟩⟪pool id⟫
COGNITO_APP_CLIENT_ID = ⟨cid⟩
MAPBOX_PUBLIC_TOKEN = pk.⟨mb⟩⟪Mapbox public token⟫
REVENUECAT_PUBLIC_KEY = appl_⟨rc⟩
''', pool=c.r.s(9), cid=c.r.s(26, "abcdefghijklmnopqrstuvwxyz0123456789"), mb=c.r.s(60) + "." + c.r.s(22), rc=c.r.s(27))


@f("mobile/driver-rn/src/firebase.ts")
def _(c):
    return T('''
import { initializeApp } from 'firebase/app';

// web config is public by design; access is enforced by App Check + security rules
export const app = initializeApp({
  apiKey: '⟨k⟩',⟪Firebase web apiKey⟫
  authDomain: 'harborline-driver.firebaseapp.com',
  projectId: 'harborline-driver',
  storageBucket: 'harborline-driver.appspot.com',
  messagingSenderId: '⟨pn⟩',
  appId: '1:⟨pn⟩:web:⟨app⟩',
});
''', k=c.t.firebase_web(), pn=c.r.digits(12), app=c.r.s(22, "0123456789abcdef"))
