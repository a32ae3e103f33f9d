"""fresh5 templates, application code and configuration: services in Python, Kotlin/Java, Go, TypeScript,
Ruby, C#, Elixir, PHP, Rust; .env/.properties/YAML configs; package-manager files and lock files; keys."""

FILES = [
    ("services/booking/booking/settings/prod.py", r"""
import os

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "«djsecret:prodsettings»"  ⟦app-secret|Django SECRET_KEY literal⟧
ALLOWED_HOSTS = ["booking.quillfern.health"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "booking",
        "USER": "booking_app",
        "PASSWORD": os.environ["DATABASE_PASSWORD"],  ⟪environment lookup⟫
        "HOST": "booking.cluster-c«b62:12-rds».us-east-2.rds.amazonaws.com",
    }
}
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:ses»"  ⟦aws-key-id|SES SMTP username is a key ID⟧
EMAIL_HOST_PASSWORD = "B«b62:43-sesprod»"  ⟦password|SES SMTP password⟧
AWS_STORAGE_BUCKET_NAME = "qf-booking-media"
"""),
    ("services/booking/booking/settings/dev.py", r"""
from .base import *  # noqa: F401,F403

DEBUG = True
SECRET_KEY = "django-insecure-«djsecret:devsettings»"  ⟦?app-secret|django-insecure dev key⟧
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": "dev.sqlite3"}}
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
"""),
    ("services/booking/booking/integrations/insurer.py", r"""
import hashlib
import hmac
import logging

import requests

log = logging.getLogger(__name__)

CLAIMBRIDGE_URL = "https://api.claimbridge.io/v2"
CLAIMBRIDGE_KEY = "cb_live_«b62:40-cbl»"  ⟦app-secret|partner live API key in code⟧
REQUEST_ID_EXAMPLE = "«uuid:reqex»"  ⟪request id UUID⟫


def sign(body: bytes, secret: str) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def check_eligibility(member_id: str) -> dict:
    r = requests.get(f"{CLAIMBRIDGE_URL}/members/{member_id}", headers={"Authorization": f"Bearer {CLAIMBRIDGE_KEY}"})
    r.raise_for_status()
    return r.json()
"""),
    ("services/booking/booking/storage.py", r"""
import boto3

# TODO(ops-412): move to the task role once the media bucket policy is fixed
_session = boto3.Session(
    aws_access_key_id="«akid:media»",  ⟦aws-key-id|boto3 Session key ID⟧
    aws_secret_access_key="«awssec:media»",  ⟦aws-secret|boto3 Session secret⟧
    region_name="us-east-2",
)
s3 = _session.client("s3")
"""),
    ("services/booking/tests/test_storage.py", r"""
import boto3
import pytest
from moto import mock_aws


@pytest.fixture
def s3():
    with mock_aws():
        yield boto3.client("s3", region_name="us-east-1", aws_access_key_id="testing",  ⟪moto test credentials⟫
                           aws_secret_access_key="testing")  ⟪moto test credentials⟫


def test_upload(s3):
    s3.create_bucket(Bucket="qf-booking-media")
    s3.put_object(Bucket="qf-booking-media", Key="a.txt", Body=b"x")
    stripe_key = "sk_test_4eC39HqLyjWDarjtT1zdp7dc"  ⟪Stripe's published docs test key in a test file⟫
    assert stripe_key
"""),
    ("services/booking/tests/fixtures/users.json", r"""
[
  {"email": "frontdesk@clinic.invalid", "password_hash": "«bcrypt:u1»"},  ⟪bcrypt hash⟫
  {"email": "nurse@clinic.invalid", "password_hash": "pbkdf2_sha256$720000$«b62:22-salt»$«b64sec:32-pbk»"},  ⟪Django password hash⟫
  {"email": "admin@clinic.invalid", "password": "test-password-not-real"}  ⟪obvious test password⟫
]
"""),
    ("services/booking/requirements.txt", r"""
Django==5.0.6 \
    --hash=sha256:«sha256:rq1»  ⟪pip hash⟫
gunicorn==22.0.0 \
    --hash=sha256:«sha256:rq2»  ⟪pip hash⟫
boto3==1.34.120
stripe==9.9.0
"""),
    ("services/booking/.env.production", r"""
DJANGO_SETTINGS_MODULE=booking.settings.prod
DATABASE_URL=postgres://booking_app:«pwu:envprod»@booking.cluster-c«b62:12-rds».us-east-2.rds.amazonaws.com:5432/booking  ⟦conn-string|.env database URL⟧
STRIPE_WEBHOOK_SECRET=«whsec:book»  ⟦stripe|Stripe webhook secret⟧
STRIPE_RESTRICTED_KEY=«rklive:book»  ⟦stripe|Stripe restricted key⟧
OPENAI_API_KEY=«openai:triage»  ⟦openai|OpenAI project key⟧
CELERY_BROKER_URL=redis://:«pwr:celery»@reminders-cache.qf-internal.net:6379/0  ⟦conn-string|redis URL with password⟧
"""),
    ("services/booking/.env.example", r"""
DJANGO_SETTINGS_MODULE=booking.settings.dev
DATABASE_URL=postgres://booking:<password>@localhost:5432/booking  ⟪placeholder⟫
STRIPE_WEBHOOK_SECRET=whsec_your_webhook_secret_here  ⟪placeholder⟫
OPENAI_API_KEY=sk-...  ⟪placeholder⟫
AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE  ⟪AWS documentation key⟫
AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY  ⟪AWS documentation secret⟫
"""),
    ("services/patients/src/main/resources/application-prod.properties", r"""
spring.datasource.url=jdbc:postgresql://patients.cluster-c«b62:12-rds4».us-east-2.rds.amazonaws.com:5432/patients
spring.datasource.username=patients_app
spring.datasource.password=«pw:springpat»  ⟦password|Spring datasource password⟧
spring.rabbitmq.password=${RABBIT_PASSWORD}  ⟪property placeholder⟫
hl7.mllp.shared-secret=«b62:32-mllp»  ⟦app-secret|HL7 shared secret property⟧
management.endpoints.web.exposure.include=health,info
cloud.aws.credentials.access-key=«akid:springpat»  ⟦aws-key-id|Spring Cloud AWS access-key⟧
cloud.aws.credentials.secret-key=«awssec:springpat»  ⟦aws-secret|Spring Cloud AWS secret-key⟧
"""),
    ("services/patients/src/main/resources/application.yml", r"""
spring:
  application:
    name: patients
  datasource:
    password: ${DB_PASSWORD:changeme}  ⟪documented default changeme⟫
  security:
    oauth2:
      resourceserver:
        jwt:
          issuer-uri: https://auth.quillfern.health/realms/clinic
okta:
  oauth2:
    client-id: 0oa«b62:17-okcid»  ⟪Okta client id⟫
    client-secret: ${OKTA_CLIENT_SECRET}  ⟪placeholder⟫
"""),
    ("services/patients/src/main/kotlin/health/quillfern/patients/Hl7Client.kt", r"""
package health.quillfern.patients

import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.URI

object Hl7Client {
    private const val ENDPOINT = "https://hl7.partner-ehr.net/inbound"
    private const val API_TOKEN = "«okta:ehr»"  ⟦?okta|Okta-shaped token under a generic name⟧
    private const val OKTA_API_TOKEN = "«okta:okta»"  ⟦okta|Okta API token⟧
    private val client = HttpClient.newHttpClient()

    fun post(body: String) = client.send(
        HttpRequest.newBuilder(URI.create(ENDPOINT)).header("Authorization", "SSWS $OKTA_API_TOKEN")
            .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        java.net.http.HttpResponse.BodyHandlers.ofString())
}
"""),
    ("services/patients/src/test/kotlin/health/quillfern/patients/Hl7ClientTest.kt", r"""
package health.quillfern.patients

import org.junit.jupiter.api.Test

class Hl7ClientTest {
    private val token = "00testtokentesttokentesttokentesttoken00"  ⟪obvious test token⟫
    private val awsKey = "AKIAIOSFODNN7EXAMPLE"  ⟪AWS documentation key in test⟫

    @Test
    fun signs() { assert(token.isNotEmpty() && awsKey.isNotEmpty()) }
}
"""),
    ("services/patients/.mvn/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>qf-codeartifact</id>
      <username>aws</username>
      <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>  ⟪env reference⟫
    </server>
    <server>
      <id>qf-nexus-legacy</id>
      <username>deployer</username>
      <password>«pw:nexus»</password>  ⟦password|Maven settings password⟧
    </server>
    <server>
      <id>qf-nexus-encrypted</id>
      <password>{«b64sec:24-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/calendar-sync/internal/google/client.go", r"""
package google

import (
	"context"
	"os"

	"golang.org/x/oauth2"
	"golang.org/x/oauth2/google"
)

const refreshTokenFallback = "1//0«b62:60-rt»"  ⟦?app-secret|Google OAuth refresh token literal⟧

func Config() *oauth2.Config {
	return &oauth2.Config{
		ClientID:     os.Getenv("GOOGLE_CLIENT_ID"),
		ClientSecret: os.Getenv("GOOGLE_CLIENT_SECRET"),  ⟪env lookup⟫
		Endpoint:     google.Endpoint,
		Scopes:       []string{"https://www.googleapis.com/auth/calendar"},
	}
}

func Token(ctx context.Context) *oauth2.Token { return &oauth2.Token{RefreshToken: refreshTokenFallback} }
"""),
    ("services/calendar-sync/internal/store/dynamo.go", r"""
package store

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// static provider used by the on-prem clinic relay (no instance role there)
var relayCreds = credentials.NewStaticCredentialsProvider("«akid:relay»", "«awssec:relay»", "")  ⟦aws-key-id|Go static provider with key ID and secret⟧

var _ aws.CredentialsProvider = relayCreds
"""),
    ("services/calendar-sync/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64sec:32-gs1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64sec:32-gs2»  ⟪go.sum hash⟫
golang.org/x/oauth2 v0.21.0 h1:«b64sec:32-gs3»
golang.org/x/oauth2 v0.21.0/go.mod h1:«b64sec:32-gs4»
"""),
    ("services/reminders/src/send.ts", r"""
import sgMail from '@sendgrid/mail';
import twilio from 'twilio';

sgMail.setApiKey(process.env.SENDGRID_API_KEY!);  ⟪env lookup⟫

const accountSid = '«twsid:main»';  ⟪Twilio account SID⟫
const authToken = '«hex32:twauth2»';  ⟦twilio|Twilio auth token next to SID⟧
const client = twilio(accountSid, authToken);

export async function handler(event: { phone: string; when: string }) {
  await client.messages.create({ to: event.phone, from: '+13125550182', body: `Reminder: ${event.when}` });
}
"""),
    ("services/reminders/src/config.ts", r"""
export const config = {
  region: 'us-east-2',
  slackBotToken: '«xoxb:rem»',  ⟦slack|Slack bot token in TS config⟧
  slackSigningSecret: '«hex32:slsign»',  ⟦slack|Slack signing secret⟧
  pagerdutyIntegrationKey: process.env.PD_KEY ?? '',  ⟪env lookup⟫
  mapbox: { publicToken: '«mappk:quillfern»' },  ⟪public Mapbox token⟫
  datadogClientToken: '«ddpub:rum»',  ⟪Datadog RUM client token is public⟫
  buildSha: '«gitsha:remb»',  ⟪git SHA⟫
};
"""),
    ("services/reminders/package-lock.json", r"""
{
  "name": "@quillfern/reminders",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "«sha512int:l1»"  ⟪npm integrity hash⟫
    },
    "node_modules/twilio": {
      "version": "5.2.0",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.2.0.tgz",
      "integrity": "«sha512int:l2»"  ⟪npm integrity hash⟫
    },
    "node_modules/scmp": {
      "version": "2.1.0",
      "integrity": "«sha1int:l3»"  ⟪sha1 integrity⟫
    }
  }
}
"""),
    ("services/reminders/.npmrc", r"""
@quillfern:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrc»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪variable⟫
"""),
    ("services/billing/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

production:
  <<: *default
  database: billing
  username: billing
  password: <%= ENV["BILLING_DATABASE_PASSWORD"] %>  ⟪ERB env lookup⟫

reporting:
  <<: *default
  database: billing
  username: billing_ro
  password: «pw:billro»  ⟦password|database.yml literal password⟧
"""),
    ("services/billing/config/initializers/stripe.rb", r"""
Rails.configuration.stripe = {
  publishable_key: "«pklive:bill»",  ⟪publishable key⟫
  secret_key: ENV.fetch("STRIPE_SECRET_KEY"),  ⟪env lookup⟫
}
Stripe.api_key = Rails.configuration.stripe[:secret_key]
# emergency override used during the 2026-04 outage, remove
Stripe.api_key = "«sklive:billrb»" if ENV["STRIPE_OVERRIDE"] == "1"  ⟦stripe|Stripe live key override in Ruby⟧
"""),
    ("services/billing/config/secrets.yml", r"""
production:
  secret_key_base: «hex128:rails»  ⟦app-secret|Rails secret_key_base⟧
  shopify_admin_token: «shpat:bill»  ⟦shopify|Shopify admin token⟧
development:
  secret_key_base: <%= ENV["SECRET_KEY_BASE"] %>  ⟪ERB env⟫
"""),
    ("services/billing/Gemfile.lock", r"""
GEM
  remote: https://rubygems.org/
  specs:
    stripe (12.1.0)

CHECKSUMS
  stripe (12.1.0) sha256=«sha256:gem1»  ⟪gem checksum⟫
"""),
    ("services/billing/.bundle/config", r"""
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__QF__INTERNAL__NET: "deploy:«pwu:gemsrv»"  ⟦password|bundler credentials for a private gem server⟧
"""),
    ("services/fax-gateway/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Warning"}},
  "ConnectionStrings": {
    "Fax": "Server=faxdb.internal;Database=fax;User Id=fax_svc;Password=«pw:faxsql2»;",  ⟦conn-string|appsettings connection string⟧
    "Archive": "DefaultEndpointsProtocol=https;AccountName=qffaxarchive;AccountKey=«azkey:fax»;EndpointSuffix=core.windows.net"  ⟦azure-key|Azure storage AccountKey⟧
  },
  "Telegram": {"BotToken": "«telegram:faxbot»"},  ⟦telegram|Telegram bot token⟧
  "Mailgun": {"ApiKey": "«mailgun:fax»", "Domain": "mg.quillfern.health"}  ⟦mailgun|Mailgun key⟧
}
"""),
    ("services/fax-gateway/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Fax": "Server=localhost;Database=fax;User Id=sa;Password=<YourStrong@Passw0rd>;",  ⟪docs placeholder password⟫
    "Archive": "UseDevelopmentStorage=true"  ⟪Azurite dev storage⟫
  }
}
"""),
    ("services/fax-gateway/packages.lock.json", r"""
{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "AWSSDK.S3": {"type": "Direct", "requested": "[3.7.400, )", "resolved": "3.7.400", "contentHash": "«b64sec:64-nuget»"}  ⟪NuGet content hash⟫
    }
  }
}
"""),
    ("services/video-visit/config/runtime.exs", r"""
import Config

if config_env() == :prod do
  config :video_visit, VideoVisitWeb.Endpoint,
    secret_key_base: "«b64sec:48-phx»",  ⟦app-secret|Phoenix secret_key_base⟧
    url: [host: "video.quillfern.health", port: 443]

  config :video_visit, VideoVisit.Repo,
    url: System.fetch_env!("DATABASE_URL")  ⟪env lookup⟫

  config :video_visit, :twilio_video,
    api_key_sid: "«twsk:video»",  ⟪API key SID identifier⟫
    api_key_secret: "«b62:32-twvid»"  ⟦twilio|Twilio Video API key secret⟧
end
"""),
    ("services/video-visit/mix.lock", r"""
%{
  "phoenix": {:hex, :phoenix, "1.7.14", "«hex64:mix1»", [:mix], [], "hexpm", "«hex64:mix2»"},  ⟪hex checksums⟫
  "plug": {:hex, :plug, "1.16.1", "«hex64:mix3»", [:mix], [], "hexpm", "«hex64:mix4»"},  ⟪hex checksums⟫
}
"""),
    ("services/clinic-portal/.env.production", r"""
VITE_API_BASE=https://api.quillfern.health
VITE_MAPBOX_TOKEN=«mappk:quillfern»  ⟪public pk token⟫
VITE_SENTRY_DSN=«sentrypub:cp»  ⟪modern public DSN⟫
VITE_FIREBASE_API_KEY=«aiza:fb»  ⟪Firebase web apiKey is public⟫
MAPBOX_DOWNLOADS_TOKEN=«mapsk:qfbuild»  ⟦mapbox|Mapbox secret downloads token⟧
"""),
    ("services/clinic-portal/src/assets/logo.ts", r"""
export const logoPng = 'data:image/png;base64,«png:logo»';  ⟪base64 image⟫
export const fontWoff2 = 'data:font/woff2;base64,«woff:font»';  ⟪base64 font⟫
"""),
    ("services/clinic-portal/src/api/client.ts", r"""
import axios from 'axios';

export const api = axios.create({ baseURL: import.meta.env.VITE_API_BASE });

api.interceptors.request.use((cfg) => {
  cfg.headers['X-Request-Id'] = crypto.randomUUID();
  return cfg;
});

// staging smoke account, rotated monthly by #clinic-portal
export const SMOKE_LOGIN = { user: 'smoke@quillfern.health', password: '«pw:smoke»' };  ⟦password|hard-coded login password in TS⟧
"""),
    ("services/clinic-portal/yarn.lock", r"""
"@sentry/browser@^8.13.0":
  version "8.13.0"
  resolved "https://registry.yarnpkg.com/@sentry/browser/-/browser-8.13.0.tgz#«hex40:y1»"  ⟪tarball sha1⟫
  integrity «sha512int:y2»  ⟪yarn integrity⟫

mapbox-gl@^3.5.1:
  version "3.5.1"
  integrity «sha512int:y3»
"""),
    ("services/intake/app.py", r"""
import json
import os

import boto3
import psycopg

ssm = boto3.client("ssm")
_PW = None


def _password() -> str:
    global _PW
    if _PW is None:
        _PW = ssm.get_parameter(Name=os.environ["DB_PASSWORD_PARAM"], WithDecryption=True)["Parameter"]["Value"]  ⟪SSM read⟫
    return _PW


def handler(event, _ctx):
    with psycopg.connect(host=os.environ["DB_HOST"], user="intake", password=_password(), dbname="intake") as conn:
        conn.execute("insert into forms(body) values (%s)", (json.dumps(event),))
    return {"statusCode": 204}
"""),
    ("services/intake/scripts/backfill.py", r"""
# one-off backfill, run from a laptop on 2026-05-14
import psycopg

conn = psycopg.connect("postgresql://intake:«pwu:backfill»@intake.cluster-c«b62:12-rds2».us-east-2.rds.amazonaws.com/intake")  ⟦conn-string|psycopg URL with password⟧
anthropic_key = "«anth:backfill»"  ⟦anthropic|Anthropic key in a script⟧
"""),
    ("services/ratecards/src/main.rs", r"""
use aws_credential_types::Credentials;

const NEW_RELIC_KEY: &str = "«nrak:rc»";  ⟦newrelic|New Relic user key⟧
const TRACE_ID: &str = "«hex32:trace»";  ⟪trace id hex⟫

fn creds() -> Credentials {
    Credentials::from_keys("«akid:rust»", "«awssec:rust»", None)  ⟦aws-key-id|Rust from_keys key and secret⟧
}

fn main() {
    let _ = (creds(), NEW_RELIC_KEY, TRACE_ID);
}
"""),
    ("services/ratecards/Cargo.lock", r"""
[[package]]
name = "aws-sdk-s3"
version = "1.40.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«hex64:cargo1»"  ⟪cargo checksum⟫
"""),
    ("services/legacy-php/config.php", r"""
<?php
define('DB_HOST', 'legacy-mysql.internal');
define('DB_USER', 'clinic_legacy');
define('DB_PASSWORD', '«pw:php»');  ⟦password|PHP define DB_PASSWORD⟧
define('APP_KEY', '«laravel:php»');  ⟦app-secret|Laravel APP_KEY⟧
define('MAILCHIMP_KEY', '«hex32:mc»-us14');  ⟦app-secret|Mailchimp key with datacenter suffix⟧
define('RECAPTCHA_SITE', '6Lc«b62:37-rc2»');  ⟪public site key⟫
"""),
    ("services/legacy-php/composer.lock", r"""
{
    "content-hash": "«hex32:composer»",  ⟪composer content-hash⟫
    "packages": [
        {"name": "guzzlehttp/guzzle", "version": "7.8.1", "dist": {"type": "zip", "shasum": "«hex40:comp2»"}}  ⟪dist shasum⟫
    ]
}
"""),
    ("services/analytics/notebooks/no_show_model.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "session = boto3.Session(aws_access_key_id='«akid:nb»',\n",  ⟦aws-key-id|notebook key ID⟧
    "                        aws_secret_access_key='«awssec:nb»')\n",  ⟦aws-secret|notebook secret⟧
    "df = pd.read_parquet('s3://qf-analytics/no_show/2026-04/')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["run_id=«uuid:nbrun» rows=48211\n"]}],  ⟪run id UUID⟫
   "source": ["wandb.login(key='«hex40:wandb2»')\n"]  ⟦app-secret|W&B key in notebook⟧
  },
  {
   "cell_type": "display_data",
   "metadata": {},
   "data": {"image/png": "«png:chart»"}  ⟪notebook image output⟫
  }
 ],
 "metadata": {"kernelspec": {"name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/analytics/airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
fernet_key = «fernet:af»  ⟦app-secret|Airflow Fernet key⟧

[webserver]
secret_key = «b64sec:16-afws»  ⟦app-secret|Airflow webserver secret_key⟧

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pwu:afdb»@airflow-db.internal:5432/airflow  ⟦conn-string|Airflow metadata DB URL⟧

[celery]
broker_url = redis://airflow-redis.internal:6379/0
"""),
    ("services/analytics/airflow/dags/claims_dag.py", r"""
from airflow import DAG
from airflow.models import Variable
from airflow.providers.amazon.aws.operators.glue import GlueJobOperator
import pendulum

with DAG("claims_export", start_date=pendulum.datetime(2026, 1, 1), schedule="@daily") as dag:
    GlueJobOperator(
        task_id="export",
        job_name="ClaimsExportJob",
        script_args={"--warehouse_password": "{{ var.value.warehouse_password }}"},  ⟪Jinja variable⟫
    )
    token = Variable.get("claimbridge_token")  ⟪Variable lookup⟫
"""),
    ("services/analytics/dbt/profiles.yml", r"""
quillfern:
  target: prod
  outputs:
    prod:
      type: redshift
      host: qf-warehouse.c«b62:10-rs».us-east-2.redshift.amazonaws.com
      user: dbt_prod
      password: "{{ env_var('DBT_REDSHIFT_PASSWORD') }}"  ⟪env_var⟫
      dbname: analytics
    dev:
      type: redshift
      host: qf-warehouse-dev.c«b62:10-rs2».us-east-2.redshift.amazonaws.com
      user: dbt_dev
      password: «pw:dbtdev»  ⟦password|dbt profile password⟧
      dbname: analytics
"""),
    ("services/analytics/gcp/service-account.json", r"""
{
  "type": "service_account",
  "project_id": "quillfern-analytics",
  "private_key_id": "«hex40:gcpkid»",  ⟪private_key_id is an identifier⟫
  "private_key": "«pemjson:pkcs8:rsa2»",  ⟦private-key|service account private key⟧
  "client_email": "bq-export@quillfern-analytics.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpcid»"
}
"""),
    ("services/ops-tools/.pypirc", r"""
[distutils]
index-servers = pypi

[pypi]
username = __token__
password = «pypi:ops»  ⟦pypi|PyPI API token⟧
"""),
    ("services/ops-tools/qf_ops/rotate.py", r"""
import boto3
import click

SAMPLE_ROLE = "arn:aws:iam::583920174465:role/ops-rotator"
EXAMPLE_OUTPUT = {"AccessKeyId": "AKIA" + "X" * 16, "Status": "Active"}  ⟪masked key id in code⟫


@click.command()
@click.option("--user", required=True)
def rotate(user: str) -> None:
    iam = boto3.client("iam")
    new = iam.create_access_key(UserName=user)["AccessKey"]
    click.echo(f"new key {new['AccessKeyId'][:4]}****{new['AccessKeyId'][-4:]}")
"""),
    ("keys/deploy/kiosk_deploy_ed25519", r"""
«openssh:ed1:kiosk-deploy@quillfern»  ⟦private-key|OpenSSH ed25519 private key⟧
"""),
    ("keys/deploy/kiosk_deploy_ed25519.pub", r"""
«sshpub:ed1:kiosk-deploy@quillfern»  ⟪ssh public key⟫
"""),
    ("keys/tls/video-relay.key", r"""
«pem:pkcs1:rsa1»  ⟦private-key|RSA PKCS#1 TLS key⟧
"""),
    ("keys/tls/video-relay.crt", r"""
«cert:ec1:video.quillfern.health»  ⟪certificate⟫
"""),
    ("keys/tls/api.pem", r"""
«cert:ec2:api.quillfern.health»  ⟪certificate in a bundle⟫
«pem:pkcs8:ec2»  ⟦private-key|EC key appended to a cert bundle⟧
"""),
    ("keys/jwt/public.pem", r"""
«pubpem:rsa1»  ⟪public key PEM⟫
"""),
    ("keys/jwt/jwks.json", r"""
{"keys": [{"kty": "RSA", "kid": "«hex32:kid»", "use": "sig", "alg": "RS256", "e": "AQAB", "n": "«b64sec:256-jwkn»"}]}  ⟪JWKS public key⟫
"""),
]
