"""Application half of the fresh corpus: code in several languages, env and config files, CI, logs, docs."""
from __future__ import annotations

FILES: list[tuple[str, str]] = []


def f(path: str, text: str) -> None:
    FILES.append((path, text))


# ---------------------------------------------------------------- env / properties / yaml configs
f("services/tracking/.env", r"""
# local overrides for tracking-api (do not commit) -- committed anyway
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=«akid:1» ⟦aws-access-key-id|.env⟧
AWS_SECRET_ACCESS_KEY=«awssec:1» ⟦aws-secret-access-key|.env⟧
DATABASE_URL=postgresql://tracking:«pw»@localhost:5432/tracking ⟦db-url⟧
SENTRY_DSN=«sentry_legacy» ⟦sentry-dsn-secret|legacy DSN with secret part⟧
HEROKU_API_KEY=«uuid» ⟦heroku-api-key⟧
""")

f("services/tracking/.env.example", r"""
AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE ⟪docs example⟫
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ⟪docs example⟫
DATABASE_URL=postgresql://tracking:password@localhost:5432/tracking ⟪placeholder password⟫
SENTRY_DSN=
HEROKU_API_KEY=your-heroku-api-key
""")

f("services/portal/.env.production", r"""
NEXT_PUBLIC_SENTRY_DSN=«sentry_modern» ⟪modern public DSN⟫
NEXT_PUBLIC_MAPBOX_TOKEN=«mapbox_pk» ⟪mapbox public token⟫
NEXT_PUBLIC_STRIPE_KEY=«pk_live» ⟪publishable stripe key⟫
STRIPE_SECRET_KEY=«sk_live» ⟦stripe-secret-key⟧
STRIPE_WEBHOOK_SECRET=«whsec» ⟦stripe-webhook-secret⟧
NEXTAUTH_SECRET=«jwtsecret» ⟦generic-secret|nextauth secret⟧
""")

f("services/billing/src/main/resources/application.properties", r"""
spring.application.name=billing
spring.datasource.url=jdbc:postgresql://billing-db.internal.quillwharf.net:5432/billing
spring.datasource.username=billing_app
spring.datasource.password=billing2024 ⟦password|low-entropy properties password⟧
spring.jpa.hibernate.ddl-auto=validate
management.endpoints.web.exposure.include=health,info
cloud.aws.region.static=eu-west-1
cloud.aws.credentials.access-key=«akid:1» ⟦aws-access-key-id|spring cloud aws⟧
cloud.aws.credentials.secret-key=«awssec:1» ⟦aws-secret-access-key|spring cloud aws⟧
""")

f("services/billing/src/main/resources/application-local.properties", r"""
spring.datasource.url=jdbc:h2:mem:billing
spring.datasource.username=sa
spring.datasource.password= ⟪empty⟫
cloud.aws.credentials.access-key=${AWS_ACCESS_KEY_ID}
cloud.aws.credentials.secret-key=${AWS_SECRET_ACCESS_KEY} ⟪templating⟫
billing.invoice.seed-uuid=«uuid» ⟪uuid⟫
""")

f("services/billing/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://billing-db.cluster-c9x.eu-west-1.rds.amazonaws.com:5432/billing
    username: billing_app
    password: «weakpw» ⟦password|yaml password⟧
  rabbitmq:
    host: mq.internal.quillwharf.net
    password: ${RABBIT_PASSWORD} ⟪templating⟫
pagerduty:
  integration-key: «hex32» ⟦pagerduty-key⟧
datadog:
  api-key: ENC[AES256_GCM,data:«hex32:x»,iv:«b64any:0123456789abcdef0123456789abcdef»,tag:«b64any:qwtag-0001»,type:str] ⟪sops⟫
""")

f("services/dispatch/config/settings.yaml", r"""
app:
  name: dispatch
  region: eu-west-1
  build: «sha» ⟪git sha⟫
mailchimp:
  api_key: «mailchimp» ⟦mailchimp-key⟧
  list_id: 4f1c2e9a7b
heroku:
  api_key: «uuid:h» ⟦heroku-api-key|yaml⟧
  app: qw-dispatch
tracing:
  sample_rate: 0.1
  instance_id: «uuid:i» ⟪uuid in ordinary config⟫
""")

f("services/dispatch/config/settings.dev.yaml", r"""
mailchimp:
  api_key: test-api-key-not-real ⟪says not real⟫
heroku:
  api_key: xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx ⟪placeholder uuid⟫
smtp:
  password: example ⟪says example⟫
""")

f("config/sentry.yml", r"""
# legacy raven client config (sentry 8)
raven:
  dsn: «sentry_legacy» ⟦sentry-dsn-secret|legacy DSN⟧
browser:
  dsn: «sentry_modern» ⟪modern DSN⟫
""")

f("config/datadog.yaml", r"""
api_key: «hex32» ⟦datadog-api-key|datadog agent config⟧
app_key: «hex40» ⟦datadog-app-key⟧
site: datadoghq.eu
logs_enabled: true
hostname_file: /etc/hostname
""")

f("config/pagerduty.json", r"""
{
  "service": "qw-dispatch",
  "escalation_policy": "P7QW2XZ",
  "pagerduty_api_token": "«pdtoken»", ⟦pagerduty-key|api token⟧
  "incident_key_seed": "«sha256»" ⟪hash⟫
}
""")

f("config/logging.ini", r"""
[loggers]
keys=root,dispatch

[handler_file]
class=FileHandler
args=('/var/log/qw/dispatch.log', 'a')

[formatter_json]
format={"t": "%(asctime)s", "lvl": "%(levelname)s", "msg": "%(message)s"}
""")

f("ops/aws/credentials", r"""
[default]
aws_access_key_id = «akid:1» ⟦aws-access-key-id|shared credentials file⟧
aws_secret_access_key = «awssec:1» ⟦aws-secret-access-key|shared credentials file⟧

[qw-sandbox]
aws_access_key_id = «asia:2» ⟦aws-access-key-id|session key id⟧
aws_secret_access_key = «awssec:2» ⟦aws-secret-access-key⟧
aws_session_token = «stsToken» ⟦aws-session-token⟧
""")

f("ops/aws/config", r"""
[default]
region = eu-west-1
output = json

[profile qw-prod]
role_arn = arn:aws:iam::«acct»:role/qw-admin
source_profile = default
mfa_serial = arn:aws:iam::«acct»:mfa/ops
""")

# ---------------------------------------------------------------- code
f("services/tracking/app/aws_client.py", r"""
import boto3

# TODO: move to the instance role before go-live
ACCESS_KEY = "«akid:1»" ⟦aws-access-key-id|python literal⟧
SECRET_KEY = "«awssec:1»" ⟦aws-secret-access-key|python literal⟧


def s3():
    return boto3.client("s3", aws_access_key_id=ACCESS_KEY, aws_secret_access_key=SECRET_KEY)
""")

f("services/tracking/app/storage.py", r"""
import os

import boto3

BUCKET = os.environ.get("TRACKING_BUCKET", "qw-tracking")
SCHEMA_HASH = "«sha256»" ⟪hash constant⟫


def client():
    return boto3.client("s3")  # credentials from the task role


def key_for(shipment_id: str) -> str:
    return f"shipments/{shipment_id[:2]}/{shipment_id}.json"
""")

f("services/tracking/app/encoded.py", r"""
import base64
import json

# creds handed over by the partner, encoded so "scanners don't complain"
_BLOB = "«b64cred:1»" ⟦aws-key-base64|base64 credentials file⟧
_DOUBLE = "«b64b64of:akid:2»" ⟦aws-key-double-base64|double base64 key id⟧
_DOUBLE_SECRET = "«b64b64of:awssec:2»" ⟦aws-key-double-base64|double base64 secret⟧


def creds():
    return base64.b64decode(_BLOB).decode()
""")

f("services/tracking/app/settings.py", r"""
import os

DEBUG = False
SECRET_KEY = "«djangokey»" ⟦django-secret-key⟧
ALLOWED_HOSTS = ["tracking.quillwharf.net"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tracking",
        "USER": "tracking",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "tracking-db.internal.quillwharf.net",
    }
}
FERNET_KEY = "«fernet»" ⟦fernet-key|encryption key literal⟧
""")

f("services/tracking/tests/test_storage.py", r"""
from app import storage

FAKE_KEY_ID = "AKIAIOSFODNN7EXAMPLE" ⟪docs example in tests⟫


def test_key_for():
    assert storage.key_for("ab1234") == "shipments/ab/ab1234.json"


def test_request_id_is_uuid():
    rid = "«uuid»" ⟪uuid in test⟫
    assert len(rid) == 36
""")

f("services/portal/src/lib/firebase.ts", r"""
import { initializeApp } from "firebase/app";

const firebaseConfig = {
  apiKey: "«gapi»", ⟪firebase web apiKey⟫
  authDomain: "quillwharf-portal.firebaseapp.com",
  projectId: "quillwharf-portal",
  storageBucket: "quillwharf-portal.appspot.com",
  messagingSenderId: "«acct»",
  appId: "1:«acct»:web:«hex32:app»",
};

export const app = initializeApp(firebaseConfig);
""")

f("services/portal/src/lib/uploads.ts", r"""
import { S3Client } from "@aws-sdk/client-s3";

export const s3 = new S3Client({
  region: "eu-west-1",
  credentials: {
    accessKeyId: "«akid:1»", ⟦aws-access-key-id|typescript literal⟧
    secretAccessKey: "«awssec:1»", ⟦aws-secret-access-key|typescript literal⟧
  },
});
""")

f("services/portal/src/lib/payments.ts", r"""
import Stripe from "stripe";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: "2024-06-20" });
export const publishable = "«pk_live»"; ⟪publishable⟫
export const restricted = "«rk_live»"; ⟦stripe-restricted-key⟧
""")

f("services/portal/src/lib/partner.js", r"""
// partner handoff: creds are percent-encoded because they travel in a query string
const PARTNER_KEY = "«pctof:akid:1»"; ⟦aws-access-key-id|percent-encoded form is the key itself⟧
const PARTNER_SECRET = "«pctof:awssecx:1»"; ⟦aws-key-percent|percent-encoded secret⟧
const query = `key=${PARTNER_KEY}&secret=${PARTNER_SECRET}`;
module.exports = { query };
""")

f("services/portal/src/lib/escaped.js", r"""
// generated by the old config bundler
module.exports = {
  awsKey: "«uescof:akid:1»", ⟦aws-key-unicode-escape|\u-escaped key id⟧
  awsSecret: "«uescof:awssec:1»", ⟦aws-key-unicode-escape|\u-escaped secret⟧
  region: "\u0065\u0075-west-1",
};
""")

f("services/portal/package-lock.json", r"""
{
  "name": "portal",
  "version": "3.2.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "«integrity:1»" ⟪lockfile integrity⟫
    },
    "node_modules/@aws-sdk/client-s3": {
      "version": "3.614.0",
      "resolved": "https://registry.npmjs.org/@aws-sdk/client-s3/-/client-s3-3.614.0.tgz",
      "integrity": "«integrity:2»"
    }
  }
}
""")

f("services/billing/src/main/java/net/quillwharf/billing/AwsConfig.java", r"""
package net.quillwharf.billing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

public final class AwsConfig {
    private static final String KEY_ID = "«akid:1»"; ⟦aws-access-key-id|java literal⟧
    private static final String SECRET = "«awssec:1»"; ⟦aws-secret-access-key|java literal⟧

    static StaticCredentialsProvider provider() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(KEY_ID, SECRET));
    }
}
""")

f("services/billing/src/main/java/net/quillwharf/billing/Ids.java", r"""
package net.quillwharf.billing;

import java.util.UUID;

final class Ids {
    static final UUID NAMESPACE = UUID.fromString("«uuid»"); ⟪uuid in code⟫
    static final String SCHEMA_SHA1 = "«sha»"; ⟪sha1⟫
}
""")

f("services/billing/src/main/java/net/quillwharf/billing/Mailer.java", r"""
package net.quillwharf.billing;

final class Mailer {
    private static final String SMTP_HOST = "email-smtp.eu-west-1.amazonaws.com";
    private static final String SMTP_USER = "«akid:1»"; ⟦aws-access-key-id|SES SMTP user is a key id⟧
    private static final String SMTP_PASSWORD = "«sessmtp»"; ⟦aws-ses-smtp-password⟧
}
""")

f("services/router/main.go", r"""
package main

import (
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/credentials"
)

const buildCommit = "«sha»" ⟪git sha⟫

var legacyCreds = credentials.NewStaticCredentialsProvider("«akid:1»", "«awssec:1»", "") ⟦aws-access-key-id|go pair on one line⟧

func main() {
	log.Printf("router %s starting in %s", buildCommit, os.Getenv("AWS_REGION"))
}
""")

f("services/router/hexcfg.go", r"""
package main

// hex so it survives the yaml templater
const partnerKeyHex = "«hexof:akid:1»" ⟦aws-key-hex|hex key id⟧
const partnerSecretHex = "«hexof:awssec:1»" ⟦aws-key-hex|hex secret⟧
const routeTableHash = "«sha256»" ⟪sha256 hex⟫
""")

f("services/router/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«h1:a» ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«h1:b»
github.com/aws/smithy-go v1.20.3 h1:«h1:c»
github.com/aws/smithy-go v1.20.3/go.mod h1:«h1:d»
""")

f("services/ledger/src/config.rs", r"""
pub const REGION: &str = "eu-west-1";
pub const GITHUB_APP_TOKEN: &str = "«ghs»"; ⟦github-token|installation token⟧
pub const VAULT_TOKEN: &str = "«hvs»"; ⟦vault-token⟧
pub const MIGRATION_ID: &str = "«uuid»"; ⟪uuid⟫
""")

f("services/ledger/Cargo.lock", r"""
version = 3

[[package]]
name = "aws-config"
version = "1.5.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:a»" ⟪cargo checksum⟫

[[package]]
name = "serde"
version = "1.0.204"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:b»"
""")

f("services/ops-bot/bot.rb", r"""
require "slack-ruby-client"

Slack.configure do |config|
  config.token = "«xoxb»" ⟦slack-token⟧
end

WEBHOOK = "«slackhook»" ⟦slack-webhook⟧
TELEGRAM = "«telegram»" ⟦telegram-bot-token⟧
""")

f("services/ops-bot/notify.php", r"""
<?php
$sendgrid = new \SendGrid('«sendgrid»'); ⟦sendgrid-key⟧
$dbPassword = getenv('DB_PASSWORD');
$mailchimpKey = '«mailchimp»'; ⟦mailchimp-key⟧
$cacheKey = md5('«uuid»'); ⟪uuid⟫
""")

f("services/ops-bot/Notifier.cs", r"""
namespace Quillwharf.OpsBot;

public static class Notifier
{
    private const string TwilioSid = "«twsid»"; ⟪account sid identifier⟫
    private const string TwilioToken = "«twtok»"; ⟦twilio-auth-token⟧
    private const string PagerDutyToken = "«pdtoken»"; ⟦pagerduty-key⟧
}
""")

f("services/ml/ranker.py", r"""
import openai
import anthropic

openai_client = openai.OpenAI(api_key="«openai»") ⟦openai-key⟧
claude = anthropic.Anthropic(api_key="«anthropic»") ⟦anthropic-key⟧
MODEL_SHA = "«sha256»" ⟪model hash⟫
""")

f("services/ml/notebooks/eta-model.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "session = boto3.Session(\n",
    "    aws_access_key_id=\"«akid:1»\",\n", ⟦aws-access-key-id|notebook⟧
    "    aws_secret_access_key=\"«awssec:1»\",\n", ⟦aws-secret-access-key|notebook⟧
    "    region_name=\"eu-west-1\")\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "model version «sha»\n" ⟪git sha in output⟫
     ]
    }
   ],
   "source": [
    "print('model version', MODEL_VERSION)"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

f("services/ml/notebooks/clean.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3')  # role credentials\n",
    "run_id = '«uuid»'\n"
   ]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
""")

f("services/ml/requirements.txt", r"""
boto3==1.34.144
openai==1.35.10
pandas==2.2.2 --hash=sha256:«sha256» ⟪pip hash⟫
""")

f("scripts/deploy.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
export AWS_DEFAULT_REGION=eu-west-1
# break-glass creds
export AWS_ACCESS_KEY_ID="«akid:1»" ⟦aws-access-key-id|shell export⟧
export AWS_SECRET_ACCESS_KEY="«awssec:1»" ⟦aws-secret-access-key|shell export⟧
aws cloudformation deploy --template-file infra/sam/template.yaml --stack-name shipment-events
""")

f("scripts/rotate.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
NEW=$(aws iam create-access-key --user-name qw-ci --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
read -r KEY_ID SECRET <<<"$NEW"
aws secretsmanager put-secret-value --secret-id qw/ci/aws --secret-string "{\"id\":\"$KEY_ID\",\"secret\":\"$SECRET\"}"
echo "rotated key for qw-ci"
""")

f("scripts/restore-db.sh", r"""
#!/bin/sh
PGPASSWORD='«pw»' pg_restore -h billing-db.internal.quillwharf.net -U billing_app -d billing dump.bin ⟦password|PGPASSWORD inline⟧
mysql -h legacy-db -u root -p"$MYSQL_ROOT_PASSWORD" < cleanup.sql
""")

f("ops/history/.bash_history", r"""
cd ~/src/quillwharf
git pull
aws configure set aws_access_key_id «akid:1» ⟦aws-access-key-id|shell history⟧
aws configure set aws_secret_access_key «awssec:1» ⟦aws-secret-access-key|shell history⟧
aws sts get-caller-identity
curl -H "Authorization: token «ghp»" https://api.github.com/user ⟦github-token|history⟧
git log --oneline -3
git checkout «sha» ⟪sha⟫
heroku config:set SENTRY_DSN=«sentry_modern» -a qw-dispatch
export HEROKU_API_KEY=«uuid:h» ⟦heroku-api-key|history⟧
""")

f("ops/history/.psql_history", r"""
select count(*) from shipments;
\dt
ALTER USER reporting WITH PASSWORD '«pw»'; ⟦password|sql alter user⟧
select id from carriers where api_ref = '«uuid»'; ⟪uuid in query⟫
""")

# ---------------------------------------------------------------- CI configs
f(".github/workflows/deploy.yml", r"""
name: deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«sha» ⟪pinned action sha⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::«acct»:role/qw-gha-deploy
          aws-region: eu-west-1
      - run: sam deploy --no-confirm-changeset
        env:
          DD_API_KEY: ${{ secrets.DD_API_KEY }} ⟪secrets context⟫
""")

f(".github/workflows/legacy-release.yml", r"""
name: legacy-release
on: workflow_dispatch
jobs:
  release:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «akid:1» ⟦aws-access-key-id|workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:1» ⟦aws-secret-access-key|workflow env⟧
      PYPI_TOKEN: «pypi» ⟦pypi-token⟧
    steps:
      - run: make release
""")

f(".gitlab-ci.yml", r"""
stages: [test, deploy]
variables:
  DOCKER_DRIVER: overlay2
  GITLAB_TOKEN: «glpat» ⟦gitlab-token⟧
  TF_TOKEN_app_terraform_io: «tfc» ⟦terraform-cloud-token⟧
unit:
  stage: test
  script:
    - pytest -q
deploy:
  stage: deploy
  script:
    - ./scripts/deploy.sh
""")

f(".circleci/config.yml", r"""
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/python:3.12
        auth:
          username: qwci
          password: «dckr» ⟦docker-hub-token⟧
    steps:
      - checkout
      - run: pip install -r requirements.txt
""")

f("Jenkinsfile", r"""
pipeline {
  agent any
  environment {
    AWS_CREDS = credentials('qw-jenkins-aws')
    GH_TOKEN = credentials('qw-github')
  }
  stages {
    stage('build') {
      steps { sh 'make build' }
    }
  }
}
""")

f(".npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm» ⟦npm-token⟧
@quillwharf:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN} ⟪env ref⟫
""")

f(".pre-commit-config.yaml", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
  - repo: https://github.com/quillwharf/hooks
    rev: «sha» ⟪rev sha⟫
    hooks:
      - id: lint
""")

# ---------------------------------------------------------------- keys and certificates
f("ops/keys/deploy_id_ed25519", r"""
«openssh:ed.1» ⟦private-key|openssh ed25519⟧
""")

f("ops/keys/deploy_id_ed25519.pub", r"""
«sshpub:deploy@quillwharf» ⟪public key⟫
""")

f("ops/keys/edge-tls.pem", r"""
«pem:rsa.1» ⟦private-key|rsa pkcs1⟧
""")

f("ops/keys/edge-tls.crt", r"""
«cert:ed.2» ⟪certificate⟫
""")

f("ops/keys/signing.pub.pem", r"""
«pubpem:ec.3» ⟪public key pem⟫
""")

f("services/ledger/config/jwt.yaml", r"""
issuer: https://auth.quillwharf.net
signing_key: |
  «pemec:ec.1» ⟦private-key|ec key in yaml block⟧
verify_key: |
  «pubpem:ec.1»
""")

f("services/portal/service-account.json", r"""
{
  "type": "service_account",
  "project_id": "quillwharf-portal",
  "private_key_id": "«hex40»",
  "private_key": "«pemjson:ec.1»", ⟦private-key|gcp service account json⟧
  "client_email": "portal@quillwharf-portal.iam.gserviceaccount.com",
  "client_id": "«digits»"
}
""")

# ---------------------------------------------------------------- logs, docs
f("ops/logs/deploy-2026-03-04.log", r"""
2026-03-04T10:01:12Z INFO  starting deploy of shipment-events commit=«sha» ⟪sha in log⟫
2026-03-04T10:01:13Z DEBUG env AWS_ACCESS_KEY_ID=«akid:1» AWS_SECRET_ACCESS_KEY=«awssec:1» ⟦aws-access-key-id|debug log pair⟧
2026-03-04T10:01:20Z INFO  RequestId: «uuid» status=200 ⟪request id⟫
2026-03-04T10:01:21Z INFO  uploaded artifact etag="«etag»" ⟪etag⟫
2026-03-04T10:02:40Z INFO  stack UPDATE_COMPLETE
""")

f("ops/logs/api-errors.log", r"""
2026-03-05T08:12:01Z ERROR connect failed url=postgres://api:«pw»@api-db:5432/api ⟦db-url|connection string in log⟧
2026-03-05T08:12:02Z WARN  retrying (attempt=2 backoff=400ms) trace=«hex32» ⟪trace id⟫
2026-03-05T08:13:09Z INFO  auth header redacted: Bearer ****
2026-03-05T08:14:55Z ERROR s3 put failed x-amz-request-id=«reqid» x-amz-id-2=«b64any:qw-host-id-778812345» ⟪aws request ids⟫
""")

f("ops/logs/cloudtrail-sample.json", r"""
{
  "eventVersion": "1.09",
  "userIdentity": {
    "type": "AssumedRole",
    "principalId": "AROA«reqid»:qw-gha-deploy",
    "arn": "arn:aws:sts::«acct»:assumed-role/qw-gha-deploy/run-88121",
    "accountId": "«acct»"
  },
  "eventName": "PutObject",
  "requestID": "«reqid:2»",
  "eventID": "«uuid»" ⟪event id⟫
}
""")

f("docs/runbooks/aws-access.md", r"""
# AWS access at Quillwharf

Use SSO (`aws sso login --profile qw-prod`). Never create long-lived keys.

An access key looks like `AKIAIOSFODNN7EXAMPLE` with a secret like ⟪docs example⟫
`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`. If you find one in a repository, rotate it.

During the 2025 incident this key was found in a gist and disabled:
`«akid:1»` (owner: former contractor) ⟦aws-access-key-id|leaked id quoted in a runbook⟧

Placeholders in our templates look like `AKIAXXXXXXXXXXXXXXXX`. ⟪placeholder⟫
""")

f("docs/runbooks/sentry.md", r"""
# Sentry

Browser apps use the public DSN, e.g. `«sentry_modern»`. It is safe to ship. ⟪modern DSN⟫

Old services still use a DSN with a secret part:

    SENTRY_DSN=«sentry_legacy» ⟦sentry-dsn-secret|legacy DSN in docs⟧

Replace those with the modern form.
""")

f("docs/onboarding.md", r"""
# Onboarding

1. Ask #platform for an SSO account.
2. Clone `git@github.com:quillwharf/monorepo.git`.
3. Copy `.env.example` to `.env` and fill in `DATABASE_URL=postgres://user:<password>@localhost/db`. ⟪placeholder⟫
4. Run `make bootstrap`.

The staging wiki password is `«weakpw»` (rotate quarterly). ⟦password|password in prose⟧
""")

f("docs/adr/0007-secrets.md", r"""
# ADR 7: secrets live in Secrets Manager

Status: accepted (commit «sha»). ⟪sha⟫

CloudFormation templates reference secrets with
`{{resolve:secretsmanager:qw/<service>/<name>:SecretString:<field>}}`, ECS tasks with `ValueFrom`,
and CodeBuild with `Type: SECRETS_MANAGER`. SOPS files (`ENC[AES256_GCM,...]`) are allowed for parameter files.
""")

f("README.md", r"""
# Quillwharf monorepo

Freight tracking, billing and dispatch services. Infrastructure in `infra/` (CloudFormation/SAM) and
`terraform/`. See `docs/runbooks/` for operations.

Build status for commit «sha:readme». ⟪sha⟫
""")

f("CHANGELOG.md", r"""
# Changelog

## 2026.03.1
- tracking: switch to task role credentials (removes static keys)
- billing: upgrade Spring Boot to 3.3.2 («sha»)
- portal: rotate Stripe keys after the February incident
""")

# ---------------------------------------------------------------- more app files
f("services/portal/src/lib/presign.ts", r"""
// pasted from a support ticket; the link has long expired
export const EXPORT_LINK =
  "https://qw-exports.s3.eu-west-1.amazonaws.com/manifests/2026-02.csv?AWSAccessKeyId=«akid:1»&Expires=1771459200&Signature=«pctof:sig»"; ⟦aws-access-key-id|key id in a presigned URL⟧
""")

f("ops/history/.zsh_history", r"""
: 1741080000:0;cd ~/src/quillwharf/services/portal
: 1741080012:0;curl -X POST "https://partner.lanternfreight.io/v2/upload?key=«akid:1»&secret=«pctof:awssecx:1»" -F file=@manifest.csv ⟦aws-key-percent|percent-encoded secret in query⟧
: 1741080099:0;git status
: 1741080150:0;git show «sha» ⟪sha⟫
""")

f("ops/migrations/partner-creds.txt", r"""
# exported from the old vault (hex of ~/.aws/credentials), kept until the partner confirms
«hexcred:1» ⟦aws-key-hex|hex of a credentials file⟧
""")

f(".github/workflows/sync.yml", r"""
name: sync
on:
  schedule:
    - cron: "15 3 * * *"
jobs:
  sync:
    runs-on: ubuntu-latest
    env:
      PARTNER_CREDENTIALS: «b64b64cred:1» ⟦aws-key-double-base64|double base64 credentials file⟧
    steps:
      - run: echo "$PARTNER_CREDENTIALS" | base64 -d | base64 -d > ~/.aws/credentials
      - run: aws s3 sync s3://qw-partner-drop ./drop
""")

f("ops/netrc", r"""
machine api.heroku.com
  login ops@quillwharf.net
  password «uuid:h» ⟦heroku-api-key|heroku netrc⟧
machine git.heroku.com
  login ops@quillwharf.net
  password «uuid:h» ⟦heroku-api-key|heroku netrc⟧
""")

f("services/dispatch/src/dispatch/clients.py", r"""
import os

import requests

MAILCHIMP_KEY = os.environ["MAILCHIMP_API_KEY"]
HEROKU_KEY = os.getenv("HEROKU_API_KEY", "")
DD_API_KEY = os.environ.get("DD_API_KEY")  # injected by the task definition


def mailchimp_dc(key: str) -> str:
    return key.rsplit("-", 1)[-1]


def heroku_session() -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {HEROKU_KEY}"
    s.headers["Accept"] = "application/vnd.heroku+json; version=3"
    return s


REDACTED = {"password": "<redacted>", "token": "****"}
""")

f("services/dispatch/tests/fixtures/providers.json", r"""
{
  "mailchimp": {"api_key": "fake-mailchimp-key-us1"}, ⟪says fake⟫
  "heroku": {"api_key": "11111111-1111-1111-1111-111111111111"},
  "datadog": {"api_key": "dummy-datadog-api-key"},
  "pagerduty": {"routing_key": "sample-routing-key"}
}
""")

f("services/ledger/migrations/0003_seed_users.sql", r"""
INSERT INTO users (id, email, password_hash) VALUES
  ('«uuid:1»', 'ops@quillwharf.net', '«bcrypt:1»'), ⟪bcrypt hash⟫
  ('«uuid:2»', 'billing@quillwharf.net', '«bcrypt:2»');
""")

f("services/portal/yarn.lock", r"""
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@aws-sdk/client-s3@^3.614.0":
  version "3.614.0"
  resolved "https://registry.yarnpkg.com/@aws-sdk/client-s3/-/client-s3-3.614.0.tgz#«sha:y1»"
  integrity «integrity:y1» ⟪integrity⟫

stripe@^16.2.0:
  version "16.2.0"
  resolved "https://registry.yarnpkg.com/stripe/-/stripe-16.2.0.tgz#«sha:y2»"
  integrity «integrity:y2»
""")

f("ops/logs/cfn-events.txt", r"""
2026-03-04 10:02:11 UPDATE_COMPLETE  AWS::Lambda::Function  IngestFunction  shipment-events-IngestFunction-«reqid:1»
2026-03-04 10:02:05 UPDATE_IN_PROGRESS AWS::Lambda::Function IngestFunction
2026-03-04 10:01:58 UPDATE_COMPLETE  AWS::IAM::Role  IngestFunctionRole  shipment-events-IngestFunctionRole-«reqid:2»
2026-03-04 10:01:40 UPDATE_IN_PROGRESS AWS::CloudFormation::Stack shipment-events User Initiated
ChangeSetId: arn:aws:cloudformation:eu-west-1:«acct»:changeSet/samcli-deploy1741082500/«uuid» ⟪changeset arn⟫
""")
