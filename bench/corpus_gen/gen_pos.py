"""Files that contain at least one real-shaped (synthetic) secret, mixed with benign lines."""
import json
from lib import *


def env_files():
    write("shop-backend/.env", f"""# Local overrides for shop-backend -- DO NOT COMMIT (ha)
NODE_ENV=production
PORT=8080
LOG_LEVEL=info

DATABASE_URL=postgres://shop_app:{S('db-uri-password', strong_pw(20).replace('@', 'x').replace(':', 'y'))}@shop-db.c9xk2m1p.eu-west-1.rds.amazonaws.com:5432/shop
REDIS_URL=redis://cache.internal:6379/0

AWS_REGION=eu-west-1
AWS_ACCESS_KEY_ID={S('aws-access-key-id', aws_akid())}
AWS_SECRET_ACCESS_KEY={S('aws-secret-access-key', aws_secret())}
S3_BUCKET=shop-prod-assets

STRIPE_PUBLISHABLE_KEY={stripe_pk()}
STRIPE_SECRET_KEY={S('stripe-secret-key', stripe_sk())}
STRIPE_WEBHOOK_SECRET={S('stripe-webhook-secret', 'whsec_' + rnd(32))}

SENDGRID_API_KEY={S('sendgrid-api-key', sendgrid())}
MAIL_FROM=orders@shop.acme-corp.net
SESSION_TTL_SECONDS=86400
FEATURE_FLAGS=checkout_v2,promo_banner
""")

    write("analytics-worker/.env.production", f"""APP_NAME=analytics-worker
DD_SITE=datadoghq.eu
DD_API_KEY={S('datadog-api-key', hexs(32))}
DD_APP_KEY={S('datadog-app-key', hexs(40))}
NEW_RELIC_APP_NAME=analytics-worker
NEW_RELIC_API_KEY={S('newrelic-user-key', newrelic())}
SENTRY_DSN={S('sentry-dsn', sentry_dsn(), 'Sentry DSN with project key; arguably low sensitivity, labelled per brief')}
BATCH_SIZE=500
KAFKA_BROKERS=kafka-0.kafka:9092,kafka-1.kafka:9092
KAFKA_SASL_USERNAME=analytics
KAFKA_SASL_PASSWORD={S('password', 'Analytics#2023')}
""")

    write("ml-service/.env", f"""# model serving
OPENAI_API_KEY={S('openai-api-key', openai_proj())}
ANTHROPIC_API_KEY={S('anthropic-api-key', anthropic())}
HF_TOKEN={S('huggingface-token', hf())}
MODEL_NAME=gpt-4o-mini
MAX_TOKENS=2048
TEMPERATURE=0.2
EMBEDDINGS_CACHE=/var/cache/embeddings
""")

    write("legacy-crm/.env", f"""DB_HOST=10.20.3.14
DB_PORT=3306
DB_NAME=crm
DB_USER=crm_rw
DB_PASSWORD={S('password', 'Winter2024!')}
SMTP_HOST=smtp.office365.com
SMTP_USER=noreply@acme-corp.net
SMTP_PASS={S('password', 'Acme@Mail99')}
APP_DEBUG=false
""")

    write("chatbot/.env.local", f"""TELEGRAM_BOT_TOKEN={S('telegram-bot-token', telegram())}
DISCORD_TOKEN={S('discord-bot-token', discord_bot())}
ADMIN_CHAT_ID=-1001875623011
OWNER_ID=5512093377
COMMAND_PREFIX=!
""")

    write("platform-tools/.env.ci", f"""GITHUB_TOKEN={S('github-pat', gh_classic('ghp_'))}
GITLAB_TOKEN={S('gitlab-pat', glpat())}
DOCKERHUB_USERNAME=acmebuild
DOCKERHUB_TOKEN={S('dockerhub-pat', dockerhub())}
NPM_TOKEN={S('npm-token', npm_token())}
CI_COMMIT_SHA={sha1()}
CI_PIPELINE_ID=88123
""")

    write("payments-gateway/.env.staging", f"""# staging is wired to live processors (see INC-2231)
SQUARE_ACCESS_TOKEN={S('square-access-token', square())}
SQUARE_APPLICATION_ID=sq0idp-{rnd(22, ALNUM_US)}
SQUARE_APPLICATION_SECRET={S('square-oauth-secret', square_secret())}
BRAINTREE_ACCESS_TOKEN={S('braintree-access-token', braintree())}
BRAINTREE_MERCHANT_ID={rnd(16, LO + DIG)}
REQUEST_TIMEOUT_MS=4000
""")

    write("infra-scripts/.envrc", f"""# direnv
export VAULT_ADDR=https://vault.acme-corp.net:8200
export VAULT_TOKEN={S('vault-token', vault())}
export TF_TOKEN_app_terraform_io={S('terraform-cloud-token', tfc())}
export DIGITALOCEAN_TOKEN={S('digitalocean-token', digitalocean())}
export KUBECONFIG=$HOME/.kube/config-prod
export PATH=$PWD/bin:$PATH
""")

    write("marketing-site/.env", f"""NEXT_PUBLIC_SITE_URL=https://www.acme-corp.net
NEXT_PUBLIC_GA_ID=G-{rnd(10, UP + DIG)}
MAILCHIMP_API_KEY={S('mailchimp-api-key', mailchimp())}
MAILCHIMP_LIST_ID={hexs(10)}
MAILGUN_API_KEY={S('mailgun-api-key', mailgun())}
MAILGUN_DOMAIN=mg.acme-corp.net
SHOPIFY_ADMIN_TOKEN={S('shopify-access-token', shopify())}
SHOPIFY_STORE=acme-store.myshopify.com
""")

    write("ops-bot/.env", f"""OKTA_ORG_URL=https://acme.okta.com
OKTA_API_TOKEN={S('okta-api-token', okta())}
JIRA_BASE_URL=https://acme.atlassian.net
JIRA_USER=ops-bot@acme-corp.net
JIRA_API_TOKEN={S('atlassian-api-token', atlassian())}
HEROKU_API_KEY={S('heroku-api-key', heroku_v2())}
DOPPLER_TOKEN={S('doppler-token', doppler())}
LINEAR_API_KEY={S('linear-api-key', linear())}
POLL_INTERVAL=60
""")


def python_files():
    write("webapp-django/mysite/settings/production.py", f'''"""Production settings."""
import os

from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["www.acme-corp.net", "acme-corp.net"]

SECRET_KEY = "{S('django-secret-key', rnd(50, ALNUM + '!@#%^&*(-_=+)'))}"

DATABASES = {{
    "default": {{
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "mysite",
        "USER": "mysite",
        "PASSWORD": "{S('password', 'Mysite2022prod')}",
        "HOST": "pg-primary.internal",
        "PORT": "5432",
    }}
}}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "smtp.sendgrid.net"
EMAIL_HOST_USER = "apikey"
EMAIL_HOST_PASSWORD = "{S('sendgrid-api-key', sendgrid())}"
EMAIL_PORT = 587

AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "mysite-static")
AWS_S3_REGION_NAME = "us-east-1"

CACHES = {{"default": {{"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://redis:6379/1"}}}}
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
''')

    write("data-pipeline/config.py", f'''import os

ENV = os.getenv("ENV", "dev")

SNOWFLAKE = {{
    "account": "acme-eu1",
    "user": "ETL_SERVICE",
    "password": "{S('password', strong_pw(18))}",
    "warehouse": "ETL_WH",
    "role": "TRANSFORMER",
}}

# boto3 picks credentials from the instance profile in prod; these are for the
# on-prem runner only.
AWS_ACCESS_KEY_ID = "{S('aws-access-key-id', aws_akid())}"
AWS_SECRET_ACCESS_KEY = "{S('aws-secret-access-key', aws_secret())}"

SLACK_WEBHOOK_URL = "{S('slack-webhook', slack_webhook())}"
ALERT_CHANNEL = "#data-alerts"
RETRY_LIMIT = 3
CHUNK_SIZE = 10_000
''')

    write("slack-reporter/reporter.py", f'''import logging

from slack_sdk import WebClient

log = logging.getLogger(__name__)

client = WebClient(token="{S('slack-bot-token', slack_bot())}")


def post_report(channel: str, text: str) -> None:
    resp = client.chat_postMessage(channel=channel, text=text)
    if not resp["ok"]:
        log.error("slack error: %s", resp["error"])


if __name__ == "__main__":
    post_report("#eng-metrics", "weekly report ready")
''')

    write("scraper/github_sync.py", f'''import requests

API = "https://api.github.com"
HEADERS = {{
    "Accept": "application/vnd.github+json",
    "Authorization": "Bearer {S('github-fine-grained-pat', gh_fine())}",
    "X-GitHub-Api-Version": "2022-11-28",
}}


def list_repos(org):
    r = requests.get(f"{{API}}/orgs/{{org}}/repos", headers=HEADERS, timeout=10)
    r.raise_for_status()
    return [repo["full_name"] for repo in r.json()]
''')

    write("ml-service/app/llm.py", f'''from anthropic import Anthropic
from openai import OpenAI

# TODO: move to secrets manager before launch
openai_client = OpenAI(api_key="{S('openai-api-key', openai_legacy())}")
claude = Anthropic(api_key="{S('anthropic-api-key', anthropic())}")

SYSTEM_PROMPT = "You are a helpful assistant for Acme support agents."


def summarize(text: str) -> str:
    msg = claude.messages.create(
        model="claude-3-5-sonnet-latest",
        max_tokens=512,
        system=SYSTEM_PROMPT,
        messages=[{{"role": "user", "content": text}}],
    )
    return msg.content[0].text
''')

    write("notify/twilio_sms.py", f'''import os

from twilio.rest import Client

ACCOUNT_SID = "{twilio_sid()}"
API_KEY_SID = os.environ.get("TWILIO_API_KEY_SID", "")
API_KEY_SECRET = "{S('twilio-api-secret', rnd(32))}"
AUTH_TOKEN = "{S('twilio-auth-token', hexs(32))}"
FROM_NUMBER = "+15005550006"

client = Client(API_KEY_SID, API_KEY_SECRET, ACCOUNT_SID)


def send(to, body):
    return client.messages.create(to=to, from_=FROM_NUMBER, body=body)
''')

    write("etl/azure_upload.py", f'''from azure.storage.blob import BlobServiceClient

CONN_STR = "{azure_conn('acmeetlprod')}"
CONTAINER = "exports"


def upload(path, name):
    svc = BlobServiceClient.from_connection_string(CONN_STR)
    blob = svc.get_blob_client(container=CONTAINER, blob=name)
    with open(path, "rb") as fh:
        blob.upload_blob(fh, overwrite=True)
''')

    write("webapp-flask/app/__init__.py", f'''from flask import Flask
from flask_sqlalchemy import SQLAlchemy

db = SQLAlchemy()


def create_app():
    app = Flask(__name__)
    app.config["SECRET_KEY"] = "{S('flask-secret-key', hexs(48))}"
    app.config["SQLALCHEMY_DATABASE_URI"] = "mysql+pymysql://flask:{S('db-uri-password', 'Flask2021pass')}@mysql.internal/flaskapp"
    app.config["SQLALCHEMY_TRACK_MODIFICATIONS"] = False
    app.config["JSON_SORT_KEYS"] = False
    db.init_app(app)
    return app
''')

    write("auth-service/tokens.py", f'''import jwt

# signing secret for internal service-to-service JWTs
JWT_SECRET = "{S('jwt-signing-secret', b64bytes(48))}"
JWT_ALGORITHM = "HS256"
TOKEN_TTL = 3600

# long-lived token used by the nightly reconciler
RECONCILER_TOKEN = "{S('jwt', jwt({'sub': 'svc-reconciler', 'role': 'admin', 'iss': 'auth.acme-corp.net', 'iat': 1704067200}))}"


def issue(sub):
    return jwt.encode({{"sub": sub}}, JWT_SECRET, algorithm=JWT_ALGORITHM)
''')

    write("scripts/rotate_keys.py", f'''#!/usr/bin/env python3
"""One-off: rotate IAM keys for the legacy uploader user."""
import boto3

session = boto3.Session(
    aws_access_key_id="{S('aws-access-key-id', aws_akid())}",
    aws_secret_access_key="{S('aws-secret-access-key', aws_secret())}",
    region_name="us-west-2",
)
iam = session.client("iam")

for k in iam.list_access_keys(UserName="legacy-uploader")["AccessKeyMetadata"]:
    print(k["AccessKeyId"], k["Status"])
''')

    write("mongo-tools/backup.py", f'''import subprocess
from datetime import date

MONGO_URI = "mongodb+srv://backup_user:{S('db-uri-password', strong_pw(16).replace('@', 'Q').replace(':', 'z').replace('/', 'k'))}@cluster0.x7fq2.mongodb.net/?retryWrites=true&w=majority"
OUT = f"/backups/{{date.today():%Y%m%d}}"

subprocess.run(["mongodump", "--uri", MONGO_URI, "--out", OUT], check=True)
''')

    write("hf-train/push.py", f'''from huggingface_hub import HfApi

api = HfApi(token="{S('huggingface-token', hf())}")
api.upload_folder(folder_path="./checkpoints/final", repo_id="acme/ticket-classifier", repo_type="model")
''')

    write("sentry_setup.py", f'''import sentry_sdk

sentry_sdk.init(
    dsn="{S('sentry-dsn', sentry_dsn(), 'Sentry DSN with project key; arguably low sensitivity, labelled per brief')}",
    traces_sample_rate=0.1,
    environment="production",
)
''')

    write("databricks-jobs/client.py", f'''import requests

HOST = "https://adb-4410182039422874.14.azuredatabricks.net"
TOKEN = "{S('databricks-token', databricks())}"


def run_job(job_id):
    return requests.post(f"{{HOST}}/api/2.1/jobs/run-now", json={{"job_id": job_id}},
                         headers={{"Authorization": f"Bearer {{TOKEN}}"}}, timeout=30).json()
''')


def js_files():
    write("node-api/src/config/index.ts", f'''import {{ z }} from "zod";

export const config = {{
  port: Number(process.env.PORT ?? 3000),
  jwtSecret: process.env.JWT_SECRET!,
  stripe: {{
    secretKey: "{S('stripe-secret-key', stripe_sk_short())}",
    apiVersion: "2024-06-20",
  }},
  github: {{
    clientId: "Iv1.{hexs(16)}",
    clientSecret: "{S('github-oauth-client-secret', hexs(40))}",
  }},
  redisUrl: process.env.REDIS_URL ?? "redis://localhost:6379",
}};

export type Config = typeof config;
''')

    write("node-api/src/db.js", f'''const {{ Pool }} = require("pg");

const pool = new Pool({{
  connectionString: "postgresql://api_user:{S('db-uri-password', strong_pw(22).replace('@', 'a').replace(':', 'b').replace('/', 'c').replace('#', 'd').replace('%', 'e').replace('^', 'f').replace('+', 'g'))}@10.0.12.7:5432/api",
  max: 20,
  idleTimeoutMillis: 30000,
}});

module.exports = {{ query: (text, params) => pool.query(text, params), pool }};
''')

    write("frontend/src/services/maps.js", f'''import {{ Loader }} from "@googlemaps/js-api-loader";

const loader = new Loader({{
  apiKey: "{S('google-api-key', google_key())}",
  version: "weekly",
  libraries: ["places"],
}});

export async function initMap(el, center) {{
  const {{ Map }} = await loader.importLibrary("maps");
  return new Map(el, {{ center, zoom: 12 }});
}}
''')

    write("discord-bot/index.js", f'''const {{ Client, GatewayIntentBits }} = require("discord.js");

const client = new Client({{ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages] }});
const ALERT_WEBHOOK = "{S('discord-webhook', discord_webhook())}";

client.once("ready", () => console.log(`Logged in as ${{client.user.tag}}`));

client.on("messageCreate", async (msg) => {{
  if (msg.content === "!ping") await msg.reply("pong");
}});

client.login("{S('discord-bot-token', discord_bot())}");
''')

    write("edge-functions/supabase.ts", f'''import {{ createClient }} from "@supabase/supabase-js";

const SUPABASE_URL = "https://qzjxkwplmnbvcrty.supabase.co";
// service role bypasses RLS -- server only
const SUPABASE_SERVICE_ROLE_KEY = "{S('jwt', jwt({'iss': 'supabase', 'ref': 'qzjxkwplmnbvcrty', 'role': 'service_role', 'iat': 1700000000, 'exp': 2015576000}))}";

export const admin = createClient(SUPABASE_URL, SUPABASE_SERVICE_ROLE_KEY, {{
  auth: {{ persistSession: false }},
}});
''')

    write("cli-tool/src/publish.mjs", f'''import {{ execSync }} from "node:child_process";
import {{ writeFileSync }} from "node:fs";

writeFileSync(".npmrc", "//registry.npmjs.org/:_authToken={S('npm-token', npm_token())}\\n");
execSync("npm publish --access public", {{ stdio: "inherit" }});
''')

    write("grafana-dash/provision.js", f'''const axios = require("axios");

const grafana = axios.create({{
  baseURL: "https://grafana.acme-corp.net/api",
  headers: {{ Authorization: "Bearer {S('grafana-service-account-token', grafana_sa())}" }},
}});

module.exports = async function provision(dash) {{
  const {{ data }} = await grafana.post("/dashboards/db", {{ dashboard: dash, overwrite: true }});
  return data.uid;
}};
''')

    write("postman/sync.ts", f'''const POSTMAN_API_KEY = "{S('postman-api-key', postman())}";
const WORKSPACE = "{uuid4()}";

export async function listCollections() {{
  const res = await fetch(`https://api.getpostman.com/collections?workspace=${{WORKSPACE}}`, {{
    headers: {{ "X-Api-Key": POSTMAN_API_KEY }},
  }});
  return (await res.json()).collections;
}}
''')


def go_java_files():
    write("go-service/internal/config/config.go", f'''package config

import "os"

type Config struct {{
	DSN        string
	AWSKeyID   string
	AWSSecret  string
	ListenAddr string
}}

func Load() Config {{
	return Config{{
		DSN:        "host=pg.internal user=orders password={S('password', 'Orders!2023')} dbname=orders sslmode=require",
		AWSKeyID:   "{S('aws-access-key-id', aws_akid())}",
		AWSSecret:  "{S('aws-secret-access-key', aws_secret())}",
		ListenAddr: getenv("LISTEN_ADDR", ":8080"),
	}}
}}

func getenv(k, def string) string {{
	if v := os.Getenv(k); v != "" {{
		return v
	}}
	return def
}}
''')

    write("go-service/cmd/notifier/main.go", f'''package main

import (
	"log"

	"github.com/slack-go/slack"
)

const slackToken = "{S('slack-user-token', slack_user())}"

func main() {{
	api := slack.New(slackToken)
	if _, _, err := api.PostMessage("C04ABCD1234", slack.MsgOptionText("deploy finished", false)); err != nil {{
		log.Fatal(err)
	}}
}}
''')

    write("java-spring/src/main/resources/application.yml", f'''server:
  port: 8443
  ssl:
    key-store: classpath:keystore.p12
    key-store-password: {S('password', 'Keystore#Pass1')}
    key-store-type: PKCS12

spring:
  application:
    name: billing-service
  datasource:
    url: jdbc:postgresql://billing-db.internal:5432/billing
    username: billing
    password: {S('password', strong_pw(16))}
  jpa:
    hibernate:
      ddl-auto: validate
  mail:
    host: smtp.mailgun.org
    username: postmaster@mg.acme-corp.net
    password: {S('mailgun-api-key', mailgun())}

management:
  endpoints:
    web:
      exposure:
        include: health,info,prometheus
''')

    write("java-spring/src/main/resources/application-prod.properties", f'''spring.datasource.url=jdbc:mysql://mysql-prod.internal:3306/inventory?useSSL=true
spring.datasource.username=inventory
spring.datasource.password={S('password', 'P@ssw0rd2024')}
spring.jpa.show-sql=false
logging.level.root=WARN
aws.s3.bucket=inventory-exports
aws.access-key={S('aws-access-key-id', aws_akid())}
aws.secret-key={S('aws-secret-access-key', aws_secret())}
cache.ttl.seconds=300
''')

    write("java-spring/src/main/java/com/acme/billing/PaymentClient.java", f'''package com.acme.billing;

import com.stripe.Stripe;
import com.stripe.model.PaymentIntent;
import com.stripe.param.PaymentIntentCreateParams;

public class PaymentClient {{

    private static final String STRIPE_KEY = "{S('stripe-restricted-key', stripe_rk())}";
    private static final int MAX_RETRIES = 3;

    public PaymentClient() {{
        Stripe.apiKey = STRIPE_KEY;
        Stripe.setMaxNetworkRetries(MAX_RETRIES);
    }}

    public PaymentIntent charge(long amountCents, String currency) throws Exception {{
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
            .setAmount(amountCents)
            .setCurrency(currency)
            .build();
        return PaymentIntent.create(params);
    }}
}}
''')

    write("android-app/app/src/main/java/com/acme/app/ApiConstants.kt", f'''package com.acme.app

object ApiConstants {{
    const val BASE_URL = "https://api.acme-corp.net/v2/"
    const val TIMEOUT_SECONDS = 30L
    const val SENDBIRD_APP_ID = "{uuid4().upper()}"
    const val BACKEND_ADMIN_TOKEN = "{S('generic-api-token', rnd(40))}"
}}
''')

    write("dotnet-api/appsettings.Production.json", json.dumps({
        "Logging": {"LogLevel": {"Default": "Warning", "Microsoft.AspNetCore": "Warning"}},
        "AllowedHosts": "*",
        "ConnectionStrings": {
            "Default": f"Server=tcp:acme-sql.database.windows.net,1433;Initial Catalog=orders;User ID=orders_app;Password={S('password', strong_pw(20).replace(';', 'q'))};Encrypt=True;",
            "Storage": azure_conn("acmeordersprod"),
        },
        "AzureAd": {
            "Instance": "https://login.microsoftonline.com/",
            "TenantId": uuid4(),
            "ClientId": uuid4(),
            "ClientSecret": S("azure-ad-client-secret", azure_ad_secret()),
        },
        "FeatureManagement": {"NewCheckout": True},
    }, indent=2))

    write("dotnet-legacy/Web.config", f'''<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="DefaultConnection" connectionString="Data Source=SQL01;Initial Catalog=Intranet;User ID=intranet;Password={S('password', 'Intranet2019$')};" providerName="System.Data.SqlClient" />
    <add name="Reporting" connectionString="Data Source=SQL02;Initial Catalog=Reports;Integrated Security=True;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="SmtpPassword" value="{S('password', 'MailRelay!7')}" />
    <add key="StorageConnection" value="{azure_conn('intranetfiles')}" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <machineKey validationKey="{S('aspnet-machine-key', hexs(128).upper())}" decryptionKey="{hexs(64).upper()}" validation="HMACSHA256" decryption="AES" />
  </system.web>
</configuration>
''')

    write("php-site/wp-config.php", f'''<?php
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp_user' );
define( 'DB_PASSWORD', '{S('password', 'wpB1ogPass!')}' );
define( 'DB_HOST', 'localhost' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '{S('wordpress-salt', rnd(64, ALNUM + "!@#%^&*()-_[]{{}}<>~+=,.;:/?|"))}' );
define( 'SECURE_AUTH_KEY',  '{S('wordpress-salt', rnd(64, ALNUM + "!@#%^&*()-_[]{{}}<>~+=,.;:/?|"))}' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {{
	define( 'ABSPATH', __DIR__ . '/' );
}}
require_once ABSPATH . 'wp-settings.php';
''')

    write("rails-app/config/database.yml", f'''default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") {{ 5 }} %>

development:
  <<: *default
  database: shop_development

test:
  <<: *default
  database: shop_test

production:
  <<: *default
  database: shop_production
  username: shop
  password: {S('password', 'Sh0pProd2022')}
  host: shop-db.internal
''')


def infra_files():
    write("deploy/docker-compose.prod.yml", f'''version: "3.9"
services:
  api:
    image: ghcr.io/acme/api@sha256:{sha256()}
    environment:
      - NODE_ENV=production
      - DATABASE_URL=postgres://api:{S('db-uri-password', 'ApiDbPass2024')}@db:5432/api
      - JWT_SECRET={S('jwt-signing-secret', hexs(64))}
    ports:
      - "8080:8080"
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: api
      POSTGRES_PASSWORD: {S('password', 'ApiDbPass2024')}
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata: {{}}
''')

    write("deploy/Dockerfile", f'''FROM python:3.12-slim@sha256:{sha256()}

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PIP_NO_CACHE_DIR=1

ARG PIP_EXTRA_INDEX_URL=https://ci-reader:{S('basic-auth-password', strong_pw(18).replace('@', 'z').replace(':', 'y').replace('/', 'x').replace('#', 'w').replace('%', 'v').replace('^', 'u').replace('+', 't').replace('=', 's'))}@nexus.acme-corp.net/repository/pypi-internal/simple
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt --extra-index-url "$PIP_EXTRA_INDEX_URL"
ENV SENTRY_DSN={S('sentry-dsn', sentry_dsn(), 'Sentry DSN with project key; arguably low sensitivity, labelled per brief')}
COPY . .
USER 10001
CMD ["gunicorn", "app:create_app()", "-b", "0.0.0.0:8000"]
''')

    write("k8s/prod/secret-db.yaml", f'''apiVersion: v1
kind: Secret
metadata:
  name: billing-db
  namespace: billing
type: Opaque
data:
  username: {base64.b64encode(b"billing").decode()}
  password: {S('k8s-secret-base64', note='base64-encoded password in a k8s Secret manifest', value=base64.b64encode(strong_pw(20).encode()).decode())}
''')

    write("k8s/prod/deployment-worker.yaml", f'''apiVersion: apps/v1
kind: Deployment
metadata:
  name: worker
  labels:
    app: worker
spec:
  replicas: 3
  selector:
    matchLabels:
      app: worker
  template:
    metadata:
      labels:
        app: worker
      annotations:
        checksum/config: {sha256()}
    spec:
      containers:
        - name: worker
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:1.14.2
          env:
            - name: QUEUE_URL
              value: https://sqs.us-east-1.amazonaws.com/123456789012/jobs
            - name: AWS_ACCESS_KEY_ID
              value: {S('aws-access-key-id', aws_akid())}
            - name: AWS_SECRET_ACCESS_KEY
              value: {S('aws-secret-access-key', aws_secret())}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: worker-db
                  key: password
          resources:
            limits:
              cpu: "1"
              memory: 512Mi
''')

    write("k8s/base/configmap-app.yaml", f'''apiVersion: v1
kind: ConfigMap
metadata:
  name: app-config
data:
  LOG_LEVEL: info
  FEATURE_X: "true"
  OPENAI_API_KEY: {S('openai-api-key', openai_proj())}
  UPSTREAM_URL: http://upstream.default.svc.cluster.local:8080
''')

    write("terraform/prod/main.tf", f'''terraform {{
  required_version = ">= 1.5"
  required_providers {{
    aws = {{
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }}
  }}
}}

provider "aws" {{
  region     = "us-east-1"
  access_key = "{S('aws-access-key-id', aws_akid())}"
  secret_key = "{S('aws-secret-access-key', aws_secret())}"
}}

resource "aws_db_instance" "main" {{
  identifier          = "prod-main"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 100
  username            = "dbadmin"
  password            = "{S('password', 'Terraform2023!')}"
  skip_final_snapshot = false
}}

resource "aws_s3_bucket" "logs" {{
  bucket = "acme-prod-logs"
}}
''')

    write("terraform/do/provider.tf", f'''provider "digitalocean" {{
  token = "{S('digitalocean-token', digitalocean())}"
}}

provider "datadog" {{
  api_key = "{S('datadog-api-key', hexs(32))}"
  app_key = "{S('datadog-app-key', hexs(40))}"
}}

resource "digitalocean_droplet" "web" {{
  image  = "ubuntu-22-04-x64"
  name   = "web-1"
  region = "fra1"
  size   = "s-1vcpu-1gb"
}}
''')

    write("terraform/prod/terraform.tfvars", f'''environment     = "prod"
instance_count  = 3
db_password     = "{S('password', strong_pw(16))}"
cloudflare_api_token = "{S('cloudflare-api-token', rnd(40, ALNUM_US))}"
allowed_cidrs   = ["10.0.0.0/8"]
''')

    write("terraform/state/terraform.tfstate", json.dumps({
        "version": 4, "terraform_version": "1.6.2", "serial": 41, "lineage": uuid4(),
        "outputs": {},
        "resources": [{
            "mode": "managed", "type": "aws_iam_access_key", "name": "deployer", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
            "instances": [{"schema_version": 0, "attributes": {
                "id": S("aws-access-key-id", aws_akid()), "user": "deployer", "status": "Active",
                "secret": S("aws-secret-access-key", aws_secret()),
                "create_date": "2024-02-11T09:12:44Z", "pgp_key": None}}]}]}, indent=2))

    write("ansible/group_vars/prod.yml", f'''---
app_user: deploy
app_dir: /opt/app
mysql_root_password: {S('password', 'R00tMysql!prod')}
mysql_replication_password: "{S('password', strong_pw(16))}"
nginx_worker_processes: auto
ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
''')

    write("helm/charts/api/values-prod.yaml", f'''replicaCount: 4
image:
  repository: ghcr.io/acme/api
  tag: "2.8.1"
env:
  LOG_LEVEL: warn
  REDIS_URL: redis://:{S('db-uri-password', strong_pw(20).replace('@', 'a').replace(':', 'b').replace('/', 'c').replace('#', 'd').replace('%', 'e').replace('?', 'f'))}@redis-master:6379/0
secrets:
  mailgunApiKey: {S('mailgun-api-key', mailgun())}
ingress:
  enabled: true
  hosts:
    - api.acme-corp.net
''')


def ci_files():
    write(".github/workflows/deploy.yml", f'''name: deploy
on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_REGION: us-east-1
      AWS_ACCESS_KEY_ID: {S('aws-access-key-id', aws_akid())}
      AWS_SECRET_ACCESS_KEY: {S('aws-secret-access-key', aws_secret())}
    steps:
      - uses: actions/checkout@{sha1()}
      - uses: actions/setup-node@{sha1()} # v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm run build
      - run: aws s3 sync dist/ s3://acme-web-prod --delete
''')

    write(".gitlab-ci.yml", f'''stages: [build, publish]

variables:
  DOCKER_DRIVER: overlay2
  REGISTRY_PASSWORD: "{S('password', strong_pw(18))}"

build:
  stage: build
  image: node:20
  script:
    - npm ci
    - npm test

publish:
  stage: publish
  image: python:3.12
  script:
    - pip install twine
    - twine upload -u __token__ -p {S('pypi-token', pypi())} dist/*
  only:
    - tags
''')

    write("ci/Jenkinsfile", f'''pipeline {{
    agent any
    environment {{
        REGISTRY = 'registry.acme-corp.net'
        SONAR_TOKEN = '{S('sonarqube-token', 'squ_' + hexs(40))}'
    }}
    stages {{
        stage('Build') {{
            steps {{
                sh 'mvn -B -DskipTests package'
            }}
        }}
        stage('Push') {{
            steps {{
                sh 'docker login -u ci -p {S('password', 'J3nkins!Push')} registry.acme-corp.net'
                sh 'docker push registry.acme-corp.net/app:${{BUILD_NUMBER}}'
            }}
        }}
    }}
}}
''')

    write(".circleci/config.yml", f'''version: 2.1
jobs:
  release:
    docker:
      - image: cimg/node:20.11
        auth:
          username: acmebuild
          password: {S('dockerhub-pat', dockerhub())}
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${{NPM_TOKEN}}" > ~/.npmrc
      - run: npm publish
workflows:
  release:
    jobs: [release]
''')

    write("ci/bitbucket-pipelines.yml", f'''image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Deploy to Heroku
          script:
            - git push https://heroku:{S('heroku-api-key', uuid4(), 'legacy Heroku API key is a bare UUID; only the context makes it a secret')}@git.heroku.com/acme-web.git HEAD:main
''')


def shell_files():
    write("scripts/deploy.sh", f'''#!/usr/bin/env bash
set -euo pipefail

export AWS_ACCESS_KEY_ID={S('aws-access-key-id', aws_akid())}
export AWS_SECRET_ACCESS_KEY={S('aws-secret-access-key', aws_secret())}
export AWS_DEFAULT_REGION=eu-central-1

VERSION=$(git rev-parse --short HEAD)
docker build -t acme/web:"$VERSION" .
aws ecr get-login-password | docker login --username AWS --password-stdin 123456789012.dkr.ecr.eu-central-1.amazonaws.com
docker push acme/web:"$VERSION"
''')

    write("scripts/sts_session.sh", f'''#!/bin/sh
# temporary creds pasted from the console for the migration
export AWS_ACCESS_KEY_ID={S('aws-access-key-id', aws_asia())}
export AWS_SECRET_ACCESS_KEY={S('aws-secret-access-key', aws_secret())}
export AWS_SESSION_TOKEN={S('aws-session-token', aws_session_token())}
aws s3 ls s3://acme-migration-staging/
''')

    write("scripts/db_backup.sh", f'''#!/bin/bash
DATE=$(date +%F)
mysqldump -h db01.internal -u backup -p'{S('password', 'Backup2023!')}' --all-databases | gzip > /backups/all-$DATE.sql.gz
PGPASSWORD={S('password', 'pgBackup#99')} pg_dump -h pg01.internal -U backup appdb > /backups/appdb-$DATE.sql
find /backups -mtime +14 -delete
''')

    write("scripts/notify_release.sh", f'''#!/usr/bin/env bash
VERSION="$1"
curl -sS -X POST -H 'Content-type: application/json' \\
  --data "{{\\"text\\": \\"Released $VERSION\\"}}" \\
  {S('slack-webhook', slack_webhook())}
curl -sS -u "release-bot:{S('basic-auth-password', strong_pw(14).replace('"', 'q').replace(':', 'r'))}" https://jira.acme-corp.net/rest/api/2/version -d "{{\\"name\\": \\"$VERSION\\"}}"
''')

    write("scripts/clone_private.sh", f'''#!/bin/sh
git clone https://oauth2:{S('gitlab-pat', glpat())}@gitlab.acme-corp.net/platform/tools.git /opt/tools
git clone https://x-access-token:{S('github-app-token', gh_classic('ghs_'))}@github.com/acme/infra.git /opt/infra
''')

    write("home/alice/.bash_history", f'''ls -la
cd projects/api
git status
export GITHUB_TOKEN={S('github-pat', gh_classic('ghp_'))}
gh repo list acme --limit 50
docker ps
curl -H "Authorization: Bearer {S('openai-api-key', openai_proj())}" https://api.openai.com/v1/models
kubectl get pods -n billing
vim ~/.ssh/config
''')

    write("logs/app-2024-05-02.log", f'''2024-05-02T10:14:03.112Z INFO  request_id={uuid4()} GET /healthz 200 1ms
2024-05-02T10:14:05.870Z DEBUG outgoing request headers={{"Authorization": "Bearer {S('github-oauth-token', gh_classic('gho_'))}", "User-Agent": "acme-sync/1.4"}}
2024-05-02T10:14:05.990Z INFO  request_id={uuid4()} sync completed repos=42 duration_ms=118
2024-05-02T10:14:06.001Z WARN  retrying upload attempt=2 etag="{hexs(32)}"
''')


def home_files():
    write("home/bob/.aws/credentials", f'''[default]
aws_access_key_id = {S('aws-access-key-id', aws_akid())}
aws_secret_access_key = {S('aws-secret-access-key', aws_secret())}

[prod-admin]
aws_access_key_id = {S('aws-access-key-id', aws_akid())}
aws_secret_access_key = {S('aws-secret-access-key', aws_secret())}
region = us-east-1
''')

    auth = base64.b64encode(f"acmebuild:{dockerhub()}".encode()).decode()
    write("home/bob/.docker/config.json", json.dumps({
        "auths": {"https://index.docker.io/v1/": {"auth": S("docker-auth", auth)},
                  "ghcr.io": {"auth": S("docker-auth", note="base64(user:ghp token)", value=base64.b64encode(f"bob:{gh_classic('ghp_')}".encode()).decode())}},
        "credsStore": "", "currentContext": "default"}, indent="\t"))

    write("home/bob/.npmrc", f'''registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken={S('npm-token', npm_token())}
@acme:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken={S('github-pat', gh_classic('ghp_'))}
save-exact=true
''')

    write("home/bob/.pypirc", f'''[distutils]
index-servers =
    pypi
    internal

[pypi]
username = __token__
password = {S('pypi-token', pypi())}

[internal]
repository = https://nexus.acme-corp.net/repository/pypi-internal/
username = deployer
password = {S('password', 'Nexus!Deploy22')}
''')

    ca = base64.b64encode(key("cert.pem").encode()).decode()
    write("home/bob/.kube/config", f'''apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: {ca}
    server: https://k8s-prod.acme-corp.net:6443
  name: prod
contexts:
- context:
    cluster: prod
    user: prod-admin
  name: prod
current-context: prod
users:
- name: prod-admin
  user:
    client-certificate-data: {base64.b64encode(key("cert2.pem").encode()).decode()}
    client-key-data: {S('kubeconfig-client-key', note='base64 of a PEM EC private key', value=base64.b64encode(key("certkey2.pem").encode()).decode())}
- name: ci-bot
  user:
    token: {S('jwt', jwt({'iss': 'kubernetes/serviceaccount', 'kubernetes.io/serviceaccount/namespace': 'ci', 'sub': 'system:serviceaccount:ci:deployer'}, alg='RS256'))}
''')

    write("home/bob/.netrc", f'''machine api.heroku.com
  login bob@acme-corp.net
  password {S('heroku-api-key', uuid4(), 'legacy Heroku API key is a bare UUID; only the context makes it a secret')}
machine github.com
  login bob-acme
  password {S('github-pat', gh_classic('ghp_'))}
''')

    write("home/bob/.git-credentials", f'''https://bob-acme:{S('github-pat', gh_classic('ghp_'))}@github.com
https://bob:{S('gitlab-pat', glpat())}@gitlab.acme-corp.net
''')

    write("home/bob/.pgpass", f'''pg-primary.internal:5432:*:app:{S('password', 'PgApp2024secure')}
localhost:5432:*:postgres:postgres
''')

    write("home/bob/.ssh/id_rsa", S("private-key-openssh", key("id_rsa")))
    write("home/ci/.ssh/id_ed25519", S("private-key-openssh", key("id_ed25519")))
    write("home/ops/.ssh/id_ecdsa", S("private-key-openssh", key("id_ecdsa")))
    write("home/bob/.config/gh/hosts.yml", f'''github.com:
    user: bob-acme
    oauth_token: {S('github-oauth-token', gh_classic('gho_'))}
    git_protocol: ssh
''')


def key_files():
    write("certs/server.key", S("private-key-rsa", key("rsa_trad.pem")))
    write("certs/tls/privkey.pem", S("private-key-pkcs8", key("pkcs8.pem")))
    write("certs/ec-signing.key", S("private-key-ec", key("ec.pem")))
    write("release/signing-key.asc", S("private-key-pgp", key("pgp_priv.asc")))
    # bundle: cert + key in one file (common for nginx/haproxy)
    write("haproxy/certs/site.pem", key("cert.pem") + "\n" + S("private-key-pkcs8", key("certkey.pem")))
    write("auth-service/keys/jwt-signing.pem", S("private-key-rsa", key("rsa_trad2.pem")))
    # PEM embedded in YAML and in a Python string
    k = key("pkcs8b.pem")
    S("private-key-pkcs8", k.splitlines()[0])
    write("k8s/prod/tls-ingress.yaml", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ingress-tls\ntype: kubernetes.io/tls\nstringData:\n  tls.key: |\n"
          + "\n".join("    " + ln for ln in k.splitlines()) + "\n")
    # (label registered on the BEGIN line only, since the block is re-indented)


def gcp_files():
    sa = {
        "type": "service_account",
        "project_id": "acme-analytics-prod",
        "private_key_id": hexs(40),
        "private_key": None,
        "client_email": "etl-runner@acme-analytics-prod.iam.gserviceaccount.com",
        "client_id": digits(21),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40acme-analytics-prod.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }
    sa["private_key"] = key("gcp1.pem") + "\n"
    text = json.dumps(sa, indent=2)
    first_body = key("gcp1.pem").splitlines()[1]
    S("gcp-service-account-key", first_body)
    write("data-pipeline/credentials/gcp-sa.json", text)

    # notebook with an inline SA dict + an API key
    sa2 = dict(sa, project_id="acme-ml-sandbox", client_email="nb@acme-ml-sandbox.iam.gserviceaccount.com",
               private_key_id=hexs(40), private_key=key("gcp2.pem") + "\n")
    S("gcp-service-account-key", key("gcp2.pem").splitlines()[1])
    oa = S("openai-api-key", openai_proj())
    nb = {
        "cells": [
            {"cell_type": "markdown", "metadata": {}, "source": ["# Churn model exploration\n", "Loads data from BigQuery and trains a baseline."]},
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["import json\n", "from google.oauth2 import service_account\n", "import pandas as pd\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
             "source": ["info = " + json.dumps(sa2) + "\n", "creds = service_account.Credentials.from_service_account_info(info)\n"]},
            {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["rows: 18231\n"]}],
             "source": ["import openai\n", f"openai.api_key = \"{oa}\"\n", "df = pd.read_gbq('select * from churn.features', credentials=creds)\n", "print('rows:', len(df))\n"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                     "language_info": {"name": "python", "version": "3.11.4"}},
        "nbformat": 4, "nbformat_minor": 5}
    write("notebooks/churn_exploration.ipynb", json.dumps(nb, indent=1))

    hk = S("huggingface-token", hf())
    nb2 = {
        "cells": [
            {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
             "source": ["from huggingface_hub import login\n", f"login(token=\"{hk}\")\n"]},
            {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [
                {"data": {"text/plain": ["'Login successful'"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
             "source": ["from transformers import AutoModel\n", "m = AutoModel.from_pretrained('acme/internal-bert')\n"]},
        ],
        "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
        "nbformat": 4, "nbformat_minor": 5}
    write("notebooks/finetune.ipynb", json.dumps(nb2, indent=1))


def misc_files():
    write("sql/migrations/0042_reporting_user.sql", f'''-- create read-only reporting user
CREATE USER reporting WITH PASSWORD '{S('password', 'Rep0rting!2024')}';
GRANT CONNECT ON DATABASE app TO reporting;
GRANT USAGE ON SCHEMA public TO reporting;
GRANT SELECT ON ALL TABLES IN SCHEMA public TO reporting;
''')

    write("redis/redis.conf", f'''bind 0.0.0.0
port 6379
protected-mode yes
requirepass {S('password', 'r3disSecretProd')}
maxmemory 2gb
maxmemory-policy allkeys-lru
appendonly yes
''')

    write("config/services.json", json.dumps({
        "service": "notifications",
        "version": "3.2.0",
        "providers": {
            "sendgrid": {"apiKey": S("sendgrid-api-key", sendgrid()), "templateId": "d-" + hexs(32)},
            "twilio": {"accountSid": twilio_sid(), "authToken": S("twilio-auth-token", hexs(32))},
            "slack": {"botToken": S("slack-bot-token", slack_bot()), "defaultChannel": "#alerts"},
        },
        "retry": {"max": 5, "backoffMs": 250},
    }, indent=2))

    write("config/settings.toml", f'''[server]
host = "0.0.0.0"
port = 9000

[database]
url = "postgresql://svc:{S('db-uri-password', 'S3rvicePassw0rd')}@db.internal/svc"
pool_size = 10

[sentry]
auth_token = "{S('sentry-auth-token', sentry_user())}"
org = "acme"
''')

    write("config/app.ini", f'''[app]
name = inventory
debug = false

[smtp]
host = smtp.gmail.com
user = alerts@acme-corp.net
password = {S('password', 'gmailAppPw2023')}

[rabbitmq]
url = amqp://inventory:{S('db-uri-password', strong_pw(18).replace('@', 'a').replace(':', 'b').replace('/', 'c').replace('#', 'd').replace('%', 'e').replace('?', 'f'))}@rabbitmq.internal:5672/inventory
''')

    write("vault/agent.hcl", f'''vault {{
  address = "https://vault.acme-corp.net:8200"
}}

auto_auth {{
  method "token_file" {{
    config = {{
      token_file_path = "/etc/vault/token"
    }}
  }}
}}

# bootstrap token (rotate after first boot)
# {S('vault-token', vault())}
template {{
  source      = "/etc/vault/templates/db.ctmpl"
  destination = "/etc/app/db.env"
}}
''')

    write("docs/runbooks/incident-2023-11.md", f'''# Incident 2023-11-14: payment webhook failures

## Timeline
- 09:12 alerts fired on `payments-webhook` 5xx rate
- 09:20 on-call found the Stripe key was rotated but not redeployed

## Reproduction
```
curl https://api.stripe.com/v1/charges -u {S('stripe-secret-key', stripe_sk())}:
```

## Follow-ups
- move keys to Secrets Manager (PAY-1182)
- add alerting on key expiry
''')

    write("docs/setup.md", f'''# Local setup

1. Install Python 3.12 and `poetry`.
2. Copy `.env.example` to `.env` and fill in the values from 1Password.
3. Run `make dev`.

For the staging cluster you can temporarily use this token until your own is provisioned:

    export KUBE_TOKEN={S('jwt', jwt({'iss': 'kubernetes/serviceaccount', 'sub': 'system:serviceaccount:staging:dev-shared'}, alg='RS256'))}

Ask #platform if anything fails.
''')

    write("mobile/ios/Config/Secrets.plist", f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>APIBaseURL</key>
	<string>https://api.acme-corp.net</string>
	<key>AlgoliaAdminKey</key>
	<string>{S('algolia-admin-key', hexs(32))}</string>
</dict>
</plist>
''')


def run():
    env_files()
    python_files()
    js_files()
    go_java_files()
    infra_files()
    ci_files()
    shell_files()
    home_files()
    key_files()
    gcp_files()
    misc_files()
