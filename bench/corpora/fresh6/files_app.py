"""fresh6 templates, application code and configuration (Furrowline Agronomics): Python, TypeScript, Go,
Java, Kotlin, Ruby, PHP, C#, shell, PowerShell, notebooks; .env, .properties, .ini, .toml, .npmrc, .pypirc,
.netrc, .pgpass, .git-credentials, .bundle/config, Maven settings, AWS credentials/config, lock files,
keys and certificates, test fixtures. Markers: render.py and README.md."""

FILES = [
    ("services/irrigation/irrigation/settings.py", r"""
import os

from irrigation.secrets import from_ssm

DEBUG = os.environ.get("DEBUG") == "1"
ALLOWED_HOSTS = ["irrigation.furrowline.io"]

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  ⟪env lookup⟫

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("PGHOST", "irrigation-db.internal.furrowline.io"),
        "NAME": "irrigation",
        "USER": "irrigation_app",
        "PASSWORD": os.environ.get("PGPASSWORD", "«pw:irrigdb»"),  ⟦password|fallback password in os.environ.get default⟧
    },
    "weather": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "weather",
        "USER": "weather_ro",
        "PASSWORD": from_ssm("/irrigation/weather-ro-password"),  ⟪SSM lookup⟫
    },
}

VALVE_VENDOR = {
    "base_url": "https://api.hydrovalve.io/v2",
    "client_id": "furrowline-prod",
    "client_secret": "«b62:40-valve»",  ⟦app-secret|vendor client secret in settings⟧
}
CELERY_BROKER_URL = "redis://:«pwr:probecache»@probe-cache.internal.furrowline.io:6379/3"  ⟦conn-string|redis URL with password⟧
"""),
    ("services/irrigation/scripts/backfill_valves.py", r"""
#!/usr/bin/env python3
# One-off: backfill valve open/close events from the vendor's export bucket (ticket FARM-2291).
import boto3

session = boto3.Session(
    aws_access_key_id="«akid:backfill»",  ⟦aws-key-id|key ID passed to boto3.Session⟧
    aws_secret_access_key="«awssec:backfill»",  ⟦aws-secret|secret passed to boto3.Session⟧
    region_name="eu-west-1",
)
s3 = session.client("s3")
for obj in s3.list_objects_v2(Bucket="hydrovalve-exports-furrowline")["Contents"]:
    print(obj["Key"], obj["ETag"])
"""),
    ("services/imagery/imagery/sentinel.py", r"""
from dataclasses import dataclass

import requests

TOKEN_URL = "https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token"


@dataclass
class SentinelAuth:
    client_id: str
    client_secret: str


def token(auth: SentinelAuth) -> str:
    r = requests.post(TOKEN_URL, data={"grant_type": "client_credentials", "client_id": auth.client_id,
                                       "client_secret": auth.client_secret}, timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]


# NDVI scene ids we re-process every season (Sentinel-2 L2A product ids, not secrets)
RERUN = ["S2B_MSIL2A_20250612T105619_N0511_R094_T31UDQ_«hex:15-scene»"]  ⟪product id with hex suffix⟫
"""),
    ("services/imagery/notebooks/ndvi-drift.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# NDVI drift between Sentinel-2 and Planet, spring 2026"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "from sentinelhub import SHConfig\n",
    "cfg = SHConfig()\n",
    "cfg.sh_client_id = '«uuid:shclient»'\n",  ⟪client id UUID⟫
    "cfg.sh_client_secret = '«b62:32-shsecret»'\n",  ⟦app-secret|client secret in notebook source⟧
    "PLANET_KEY = os.environ['PL_API_KEY']\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 7,
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["loaded 418 tiles, request id «hex:32-reqid»\n"]  ⟪request id⟫
    }
   ],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nb»', aws_secret_access_key='«awssec:nb»')\n",  ⟦aws-key-id|key pair inline in a notebook cell⟧
    "tiles = list_tiles(s3)\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 9,
   "metadata": {},
   "outputs": [
    {"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAA«b64k:120-png»"}, "output_type": "display_data", "metadata": {}}  ⟪inline PNG⟫
   ],
   "source": ["plot_drift(df)\n"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/yield-model/notebooks/train-barley.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import mlflow, os\n",
    "os.environ['MLFLOW_TRACKING_URI'] = 'https://mlflow.tools.furrowline.io'\n",
    "os.environ['MLFLOW_TRACKING_PASSWORD'] = '«pp:mlflow»'\n",  ⟦password|MLflow password set in a notebook⟧
    "os.environ['HF_TOKEN'] = 'hf_«b62:34-hf»'\n"  ⟦app-secret|Hugging Face token⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": ["run_id = '«hex:32-mlrun»'  # best run so far\n"]  ⟪MLflow run id⟫
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/agronomist-portal/src/lib/config.ts", r"""
// Agronomist portal runtime config. Public values only in NEXT_PUBLIC_*.
export const config = {
  mapboxToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN ?? "«mappk:portal»",  ⟪public Mapbox pk. token⟫
  recaptchaSiteKey: "«recaptcha:site»",  ⟪reCAPTCHA site key is public⟫
  datadogRum: {
    applicationId: "«uuid:rumapp»",  ⟪RUM application id⟫
    clientToken: "«ddrum:portal»",  ⟪Datadog RUM client token is public⟫
    site: "datadoghq.eu",
  },
  firebase: {
    apiKey: "«aiza:web»",  ⟪Firebase web API key is public⟫
    authDomain: "furrowline-portal.firebaseapp.com",
    projectId: "furrowline-portal",
    appId: "1:«num:12-fbproj»:web:«hex:22-fbapp»",  ⟪Firebase app id⟫
  },
};
"""),
    ("services/agronomist-portal/src/server/linear.ts", r"""
import { LinearClient } from "@linear/sdk";

// TODO(ines): move to Secrets Manager before GA
const linear = new LinearClient({ apiKey: "«linear:portal»" });  ⟦linear|Linear API key in code⟧

export async function fileFieldIssue(title: string, farmId: string) {
  return linear.createIssue({ teamId: "«uuid:linteam»", title, description: `farm ${farmId}` });  ⟪team UUID⟫
}
"""),
    ("services/agronomist-portal/src/server/notion.ts", r"""
import { Client } from "@notionhq/client";

const notion = new Client({
  auth: process.env.NOTION_TOKEN || "«notion:kb»",  ⟦notion|Notion integration token fallback⟧
});

export const CROP_GUIDES_DB = "«hex:32-notiondb»";  ⟪Notion database id⟫
"""),
    ("services/agronomist-portal/src/server/airtable.ts", r"""
import Airtable from "airtable";

const base = new Airtable({ apiKey: "«airtable:trials»" }).base("app«b62:14-atbase»");  ⟦airtable|Airtable personal access token⟧

export async function trialPlots() {
  return base("Trial plots").select({ view: "Spring 2026" }).all();
}
"""),
    ("services/agronomist-portal/.env.production", r"""
NEXTAUTH_URL=https://agronomists.furrowline.io
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET in .env⟧
DATABASE_URL=postgresql://portal:«pwx:portaldb»@portal-db.internal.furrowline.io:5432/portal  ⟦conn-string|database URL with password⟧
NEXT_PUBLIC_SENTRY_DSN=«sentrynew:portal»  ⟪modern Sentry DSN⟫
NEXT_PUBLIC_STRIPE_KEY=«pk:portal»  ⟪Stripe publishable key⟫
ANTHROPIC_API_KEY=«ant:portal»  ⟦anthropic|Anthropic API key⟧
"""),
    ("services/agronomist-portal/.env.example", r"""
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=<generate with: openssl rand -base64 32>  ⟪placeholder⟫
DATABASE_URL=postgresql://portal:portal@localhost:5432/portal  ⟪local default credentials user=password⟫
ANTHROPIC_API_KEY=sk-ant-...  ⟪truncated placeholder⟫
"""),
    ("services/agronomist-portal/.npmrc", r"""
@furrowline:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrc»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env reference⟫
"""),
    ("services/agronomist-portal/package-lock.json", r"""
{
  "name": "agronomist-portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@linear/sdk": {
      "version": "29.0.0",
      "resolved": "https://registry.npmjs.org/@linear/sdk/-/sdk-29.0.0.tgz",
      "integrity": "«sri:linear»"  ⟪integrity hash⟫
    },
    "node_modules/airtable": {
      "version": "0.12.2",
      "resolved": "https://registry.npmjs.org/airtable/-/airtable-0.12.2.tgz",
      "integrity": "«sri:airtable»"  ⟪integrity hash⟫
    }
  }
}
"""),
    ("services/crop-alerts/src/notify.ts", r"""
import twilio from "twilio";
import { WebClient } from "@slack/web-api";

const tw = twilio(process.env.TWILIO_API_KEY!, process.env.TWILIO_API_SECRET!, {
  accountSid: process.env.TWILIO_ACCOUNT_SID,
});
const slack = new WebClient("«xoxb:alerts»");  ⟦slack|Slack bot token in code⟧

export async function frost(farmPhone: string, field: string) {
  await tw.messages.create({ to: farmPhone, from: "+441632960441", body: `Frost risk tonight in ${field}` });
  await slack.chat.postMessage({ channel: "C«b62:10-chan»", text: `frost warning sent for ${field}` });  ⟪channel id⟫
}
"""),
    ("services/crop-alerts/src/discord.ts", r"""
// community server bot (#growers-help)
import { Client, GatewayIntentBits } from "discord.js";

const client = new Client({ intents: [GatewayIntentBits.Guilds] });
client.login("«discord:growers»");  ⟦discord|Discord bot token⟧
"""),
    ("services/crop-alerts/src/notify.test.ts", r"""
import { frost } from "./notify";

jest.mock("twilio", () => () => ({ messages: { create: jest.fn() } }));

process.env.TWILIO_API_SECRET = "test-secret-not-real";  ⟪labelled test value⟫
process.env.TWILIO_ACCOUNT_SID = "AC00000000000000000000000000000000";  ⟪zeroed SID⟫

test("sends a frost warning", async () => {
  await frost("+441632960000", "North 40");
});
"""),
    ("services/probe-ingest/internal/config/config.go", r"""
package config

import "os"

type Config struct {
	Stream      string
	DBURL       string
	InfluxToken string
}

func Load() Config {
	return Config{
		Stream:      getenv("KINESIS_STREAM", "prod-probe-stream"),
		DBURL:       getenv("PROBE_DB_URL", "mysql://fieldsense:«pp:probedb»@tcp(probe-meta.internal:3306)/probes"),  ⟦conn-string|MySQL DSN default with passphrase⟧
		InfluxToken: getenv("INFLUX_TOKEN", ""),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
"""),
    ("services/probe-ingest/internal/uplink/hmac.go", r"""
package uplink

import (
	"crypto/hmac"
	"crypto/sha256"
)

// gatewaySharedKey signs uplink batches from the farm LoRaWAN gateways.
var gatewaySharedKey = []byte("«hex:64-gwkey»")  ⟦app-secret|HMAC key literal in Go⟧

// knownFirmware are the sha256 of the signed firmware images we accept.
var knownFirmware = map[string]bool{
	"«sha256:fw1»": true,  ⟪firmware digest⟫
	"«sha256:fw2»": true,  ⟪firmware digest⟫
}

func Sign(b []byte) []byte {
	m := hmac.New(sha256.New, gatewaySharedKey)
	m.Write(b)
	return m.Sum(nil)
}
"""),
    ("services/probe-ingest/internal/uplink/hmac_test.go", r"""
package uplink

import "testing"

func TestSign(t *testing.T) {
	gatewaySharedKey = []byte("0123456789abcdef0123456789abcdef")  ⟪obvious test key⟫
	if len(Sign([]byte("x"))) != 32 {
		t.Fatal("bad mac length")
	}
}
"""),
    ("services/probe-ingest/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 «gosum:a1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod «gosum:a2»  ⟪go.sum hash⟫
github.com/eclipse/paho.mqtt.golang v1.4.3 «gosum:a3»  ⟪go.sum hash⟫
"""),
    ("services/telemetry-api/cmd/summaries/main.go", r"""
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// staticCreds is only used by the on-prem relay at the Lleida depot (no instance role there).
var staticCreds = credentials.NewStaticCredentialsProvider(
	"«asia:depot»",  ⟦aws-key-id|temporary key ID in Go source⟧
	"«awssec:depot»",  ⟦aws-secret|secret in Go source⟧
	"«stok:depot»",  ⟦aws-session-token|session token in Go source⟧
)

func handler(ctx context.Context) error { return summarise(ctx, staticCreds) }

func main() { lambda.Start(handler) }
"""),
    ("services/grain-market/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://market-db.internal:5432/market
    username: market_app
    password: ${SPRING_DATASOURCE_PASSWORD}  ⟪property placeholder⟫
  rabbitmq:
    host: b-«uuid:mqbroker».mq.eu-west-1.amazonaws.com
    username: telemetry_admin
    password: «pp:mqadmin»  ⟦password|RabbitMQ password in Spring YAML⟧
market:
  euronext:
    api-key: «b62:32-euronext»  ⟦app-secret|market data API key⟧
  stripe:
    secret-key: ${STRIPE_SECRET_KEY:}  ⟪placeholder with empty default⟫
"""),
    ("services/grain-market/src/main/resources/application.properties", r"""
server.port=8080
management.endpoints.web.exposure.include=health,info
spring.datasource.url=jdbc:postgresql://localhost:5432/market
spring.datasource.username=market
spring.datasource.password=market  ⟪local default equal to the username⟫
market.jwt.signing-secret=«b64k:48-mjwt»  ⟦app-secret|JWT signing secret in properties⟧
market.okta.api-token=«okta:market»  ⟦okta|Okta API token⟧
market.okta.org-url=https://furrowline.okta.com
"""),
    ("services/grain-market/src/main/java/io/furrowline/market/CoopClient.java", r"""
package io.furrowline.market;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;
import java.util.Base64;

public final class CoopClient {
    private static final String USER = "furrowline";
    private static final String PASSWORD = "«pw:coopbasic»";  ⟦password|hardcoded password constant in Java⟧
    private static final String DEFAULT_PASSWORD = "changeit";  ⟪Java keystore default⟫

    HttpRequest contracts() {
        String basic = Base64.getEncoder().encodeToString((USER + ":" + PASSWORD).getBytes());
        return HttpRequest.newBuilder(URI.create("https://api.coop-union.eu/v1/contracts"))
                .header("Authorization", "Basic " + basic).build();
    }
}
"""),
    ("services/grain-market/src/main/kotlin/io/furrowline/market/ShopSync.kt", r"""
package io.furrowline.market

import okhttp3.OkHttpClient
import okhttp3.Request

// Farm shop (Shopify) price sync for seed and fertiliser SKUs
class ShopSync(private val http: OkHttpClient = OkHttpClient()) {
    private val shop = "furrowline-farmshop.myshopify.com"
    private val adminToken = "«shpat:farmshop»"  ⟦shopify|Shopify admin API token⟧
    private val apiSecret = System.getenv("SHOPIFY_API_SECRET") ?: ""

    fun products() = http.newCall(
        Request.Builder().url("https://$shop/admin/api/2024-04/products.json")
            .header("X-Shopify-Access-Token", adminToken).build()
    ).execute()
}
"""),
    ("services/grain-market/src/test/kotlin/io/furrowline/market/ShopSyncTest.kt", r"""
package io.furrowline.market

import org.junit.jupiter.api.Test

class ShopSyncTest {
    private val token = "shpat_00000000000000000000000000000000"  ⟪zeroed token in a unit test⟫

    @Test
    fun `builds the products request`() {
        // uses MockWebServer, no real shop
    }
}
"""),
    ("services/grain-market/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>furrowline-releases</id>
      <username>ci-publisher</username>
      <password>«pwx:artifactory»</password>  ⟦password|Maven server password⟧
    </server>
    <server>
      <id>furrowline-snapshots</id>
      <username>ci-publisher</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
    <server>
      <id>github</id>
      <username>furrowline-bot</username>
      <password>${env.GITHUB_TOKEN}</password>  ⟪env reference⟫
    </server>
  </servers>
</settings>
"""),
    ("services/billing/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: billing_development

production:
  <<: *default
  database: billing
  username: billing
  password: <%= ENV["BILLING_DATABASE_PASSWORD"] %>  ⟪ERB env lookup⟫
  host: billing-db.internal.furrowline.io

reporting:
  <<: *default
  url: postgres://billing_ro:«pwc:billingro»@billing-db-ro.internal.furrowline.io/billing  ⟦conn-string|read-only URL with password⟧
"""),
    ("services/billing/config/initializers/stripe.rb", r"""
Stripe.api_key = ENV.fetch("STRIPE_SECRET_KEY") { "«rk:billing»" }  ⟦stripe|restricted key as fetch fallback⟧
Stripe.api_version = "2024-06-20"
Rails.configuration.stripe_publishable = "«pk:billing»"  ⟪publishable key⟫
"""),
    ("services/billing/config/master.key", r"""
«hex:32-masterkey»  ⟦app-secret|Rails master key file⟧
"""),
    ("services/billing/config/credentials.yml.enc", r"""
«b64k:180-railsenc»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("services/billing/.bundle/config", r"""
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_RUBYGEMS__PKG__GITHUB__COM: "furrowline-bot:«ghp:bundle»"  ⟦github|GitHub token in bundler config⟧
BUNDLE_GEMS__CONTRIBSYS__COM: "«hex:8-sqid»:«hex:8-sqsec»"  ⟦?app-secret|Sidekiq Pro licence credential (short hex pair)⟧
"""),
    ("services/billing/spec/fixtures/webhook_event.json", r"""
{
  "id": "evt_«b62:24-evt»",  ⟪Stripe event id⟫
  "object": "event",
  "type": "invoice.paid",
  "data": {"object": {"id": "in_«b62:24-inv»", "customer": "cus_«b62:14-cus»"}},  ⟪Stripe object ids⟫
  "request": {"id": "req_«b62:14-req»", "idempotency_key": "«uuid:idem»"}  ⟪request id and idempotency key⟫
}
"""),
    ("services/dealer-portal/config/config.php", r"""
<?php
return [
    'db' => [
        'dsn'      => 'mysql:host=dealer-db.internal.furrowline.io;dbname=dealers',
        'user'     => 'dealer_web',
        'password' => '«pwc:dealerweb»',  ⟦password|PHP config array password⟧
    ],
    'mail' => [
        'mailgun_key'    => getenv('MAILGUN_KEY'),
        'mailgun_domain' => 'mg.furrowline.io',
    ],
    'legacy_sso_secret' => '«hex:40-ssosecret»',  ⟦app-secret|SSO shared secret⟧
    'asset_version'     => '«sha:assets»',  ⟪git SHA asset version⟫
];
"""),
    ("services/dealer-portal/composer.lock", r"""
{
    "content-hash": "«hex:32-chash»",  ⟪composer content hash⟫
    "packages": [
        {
            "name": "guzzlehttp/guzzle",
            "version": "7.8.1",
            "dist": {"type": "zip", "url": "https://api.github.com/repos/guzzle/guzzle/zipball/«sha:guzzle»", "shasum": ""}  ⟪commit SHA in zipball URL⟫
        }
    ]
}
"""),
    ("services/dealer-portal/auth.json", r"""
{
    "http-basic": {
        "repo.furrowline.io": {"username": "dealer-ci", "password": "«pp:composerrepo»"}  ⟦password|Composer http-basic password⟧
    },
    "gitlab-token": {"gitlab.com": "«glpat:composer»"}  ⟦gitlab|GitLab PAT in auth.json⟧
}
"""),
    ("services/weather-adapter/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Weather": "Server=weather-sql.internal.furrowline.io;Database=Weather;User Id=weather_app;Password=«pw:weathersql»;Encrypt=True",  ⟦conn-string|SQL Server connection string with password⟧
    "Blob": "«azconn:wxarchive»",  ⟦azure-key|Azure storage connection string with AccountKey⟧
    "Bus": "«azsb:wx»"  ⟦azure-key|Service Bus connection string with SharedAccessKey⟧
  },
  "Meteo": {"User": "furrowline", "Password": "«pw:meteo»"},  ⟦password|partner password in appsettings⟧
  "ApplicationInsights": {"ConnectionString": "InstrumentationKey=«uuid:appins»;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"}  ⟪App Insights instrumentation key⟫
}
"""),
    ("services/weather-adapter/src/MeteoClient.cs", r"""
using System.Net.Http.Headers;

namespace Furrowline.Weather;

public sealed class MeteoClient
{
    private const string ApiKey = "«b62:16-meteoblue»";  ⟦app-secret|API key constant in C#⟧
    private static readonly string Sha = "«sha:meteoclient»";  ⟪build SHA⟫

    public HttpRequestMessage Forecast(double lat, double lon) =>
        new(HttpMethod.Get, $"https://my.meteoblue.com/packages/agro-1h?lat={lat}&lon={lon}&apikey={ApiKey}");
}
"""),
    ("services/weather-adapter/packages.lock.json", r"""
{
  "version": 1,
  "dependencies": {
    "net8.0": {
      "Azure.Storage.Blobs": {"type": "Direct", "requested": "[12.19.1, )", "resolved": "12.19.1", "contentHash": "«b64k:64-nuget»"}  ⟪NuGet content hash⟫
    }
  }
}
"""),
    ("services/imagery/pyproject.toml", r"""
[project]
name = "furrowline-imagery"
version = "3.2.0"
dependencies = ["rasterio>=1.3", "sentinelhub>=3.10", "boto3"]

[[tool.poetry.source]]
name = "furrowline"
url = "https://pypi.tools.furrowline.io/simple/"

[tool.imagery.planet]
api_key = "PLAK«hex:32-planet»"  ⟦app-secret|Planet API key in pyproject⟧
"""),
    ("services/yield-model/config.ini", r"""
[mlflow]
tracking_uri = https://mlflow.tools.furrowline.io
username = yield-bot
password = «pp:mlflow»  ⟦password|INI password⟧

[warehouse]
host = furrowline-yields.c«b62:10-rsid».eu-west-1.redshift.amazonaws.com
port = 5439
user = reader
password = %(WAREHOUSE_PASSWORD)s  ⟪configparser interpolation⟫

[features]
seed = 1337
"""),
]

FILES += [
    ("dotfiles/ops-laptop/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:laptop»  ⟦aws-key-id|key ID in the shared credentials file⟧
aws_secret_access_key = «awssec:laptop»  ⟦aws-secret|secret in the shared credentials file⟧

[furrowline-staging]
aws_access_key_id=«asia:stgsess»  ⟦aws-key-id|temporary key ID⟧
aws_secret_access_key=«awssec:stgsess»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:stgsess»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack⟫
aws_secret_access_key = test  ⟪LocalStack⟫
"""),
    ("dotfiles/ops-laptop/.aws/config", r"""
[default]
region = eu-west-1
output = json

[profile furrowline-prod-admin]
sso_start_url = https://furrowline.awsapps.com/start
sso_region = eu-west-1
sso_account_id = 318604772951
sso_role_name = PlatformAdmin

[profile depot-relay]
credential_process = /usr/local/bin/aws-vault exec depot --json  ⟪credential_process⟫
"""),
    ("dotfiles/ops-laptop/.netrc", r"""
machine git.furrowline.io
  login svc-mirror
  password «pp:netrcgit»  ⟦password|netrc password⟧
machine api.heroku.com
  login ops@furrowline.io
  password «heroku:netrc»  ⟦heroku|Heroku API token in netrc⟧
"""),
    ("dotfiles/ops-laptop/.pgpass", r"""
# hostname:port:database:username:password
billing-db.internal.furrowline.io:5432:billing:billing:«pwx:billingpg»  ⟦password|pgpass entry⟧
weighbridge.cluster-c«b62:12-wbid».eu-west-1.rds.amazonaws.com:5432:*:wb_admin:«pp:wbprod»  ⟦password|pgpass entry with passphrase⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("dotfiles/ops-laptop/.git-credentials", r"""
https://furrowline-bot:«ghp:gitcred»@github.com  ⟦github|GitHub token in git-credentials⟧
https://oauth2:«glpat:gitcred»@gitlab.com  ⟦gitlab|GitLab token in git-credentials⟧
"""),
    ("dotfiles/ops-laptop/.pypirc", r"""
[distutils]
index-servers =
    pypi
    furrowline

[pypi]
username = __token__
password = «pypi:laptop»  ⟦pypi|PyPI token in .pypirc⟧

[furrowline]
repository = https://pypi.tools.furrowline.io/
username = ops
password = «pp:pipidx»  ⟦password|private index password⟧
"""),
    ("dotfiles/ops-laptop/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dauth:laptop»"},  ⟦dockerhub|docker auth field: base64 of user:Docker Hub PAT⟧
    "905512347760.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credsStore": "osxkeychain"
}
"""),
    ("dotfiles/ops-laptop/.ssh/id_ed25519", r"""
«openssh:ed2:ops@furrowline»  ⟦private-key|OpenSSH private key file⟧
"""),
    ("dotfiles/ops-laptop/.ssh/id_ed25519.pub", r"""
«sshpub:ed2:ops@furrowline»  ⟪SSH public key⟫
"""),
    ("dotfiles/ops-laptop/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
bastion.furrowline.io «sshpub:ec1:bastion»  ⟪host public key⟫
"""),
    ("dotfiles/ops-laptop/.config/gh/hosts.yml", r"""
github.com:
    user: ines-ops
    oauth_token: «ghu:ghcli»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
"""),
    ("dotfiles/ops-laptop/.vault-token", r"""
«hvs:laptop»  ⟦vault|Vault token file⟧
"""),
    ("keys/lorawan-gateway/gateway.key", r"""
«pem:trad:ec2»  ⟦private-key|EC private key PEM⟧
"""),
    ("keys/lorawan-gateway/gateway.crt", r"""
«cert:ec2:gw-0042.fieldsense.furrowline.io»  ⟪certificate⟫
"""),
    ("keys/lorawan-gateway/gateway.pub.pem", r"""
«pubpem:ec2»  ⟪public key PEM⟫
"""),
    ("keys/market-signing/jwt-rs256.pem", r"""
«pem:pkcs8:rsa1»  ⟦private-key|RSA private key PKCS8⟧
"""),
    ("keys/putty/depot-relay.ppk", r"""
«ppk:ed3:depot-relay»  ⟦private-key|PuTTY private key file⟧
"""),
    ("services/imagery/gcp/sentinel-sync-sa.json", r"""
{
  "type": "service_account",
  "project_id": "furrowline-imagery",
  "private_key_id": "«hex:40-gcpkid»",  ⟪private_key_id is an identifier⟫
  "private_key": "«pemjson:pkcs8:rsa2»",  ⟦private-key|GCP service account private key⟧
  "client_email": "sentinel-sync@furrowline-imagery.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpcid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("services/agronomist-portal/google-oauth.json", r"""
{"web": {"client_id": "«num:12-gcid»-«b62:32-gcid2».apps.googleusercontent.com", "project_id": "furrowline-portal", "client_secret": "«gocspx:portal»", "redirect_uris": ["https://agronomists.furrowline.io/api/auth/callback/google"]}}  ⟦app-secret|Google OAuth client secret⟧
"""),
    ("services/mobile/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-fbproj»", "project_id": "furrowline-portal"},
  "client": [{"api_key": [{"current_key": "«aiza:android»"}]}]  ⟪Firebase Android API key⟫
}
"""),
    ("services/mobile/ios/Config.xcconfig", r"""
MAPBOX_ACCESS_TOKEN = «mappk:ios»  ⟪public Mapbox token⟫
MAPBOX_DOWNLOADS_TOKEN = «mapsk:ios»  ⟦mapbox|Mapbox secret downloads token⟧
SENTRY_DSN = «sentrynew:ios»  ⟪modern Sentry DSN⟫
"""),
    ("services/imagery/tests/conftest.py", r"""
import os

import pytest


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")  ⟪moto convention⟫
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")  ⟪moto convention⟫
    monkeypatch.setenv("SENTINEL_HUB_CLIENT_SECRET", "x" * 32)


FAKE_JWT = "«jwtnone:»"  ⟪unsigned alg=none JWT fixture⟫
TILE_ETAG = '"«hex:32-etag»"'  ⟪ETag⟫
"""),
    ("services/grain-market/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:market
spring.datasource.password=
market.jwt.signing-secret=dGVzdC1zaWduaW5nLXNlY3JldC1ub3QtcmVhbA==  ⟪base64 of a labelled test secret⟫
market.okta.api-token=00xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪x placeholder⟫
"""),
]

FILES += [
    ("services/crop-alerts/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:alerts»  ⟦npm|npm automation token⟧
always-auth=true
"""),
    ("services/crop-alerts/.env", r"""
# crop-alerts local run against the shared dev workspace
SLACK_APP_TOKEN=«xapp:alerts»  ⟦slack|Slack app-level token (socket mode)⟧
SLACK_SIGNING_SECRET=«hex:32-slacksign»  ⟦slack|Slack signing secret under a Slack-named key⟧
TWILIO_ACCOUNT_SID=«twac:alerts»  ⟪account SID⟫
TWILIO_AUTH_TOKEN=«hex:32-twauth»  ⟦twilio|Twilio auth token⟧
FROST_THRESHOLD_C=0.5
"""),
    ("services/dealer-portal/.env", r"""
APP_NAME="Dealer Portal"
APP_ENV=production
APP_KEY=base64:«b64k:32-laravel»  ⟦app-secret|Laravel APP_KEY⟧
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=dealer-db.internal.furrowline.io
DB_USERNAME=dealer_web
DB_PASSWORD="«pwc:dealerweb»"  ⟦password|Laravel DB_PASSWORD⟧
MAIL_MAILER=smtp
MAIL_HOST=email-smtp.eu-west-1.amazonaws.com
MAIL_USERNAME=«akid:sessmtp»  ⟦aws-key-id|SES SMTP user is an access key ID⟧
MAIL_PASSWORD=«sesv4:sessmtp»  ⟦password|SES SMTP password⟧
PUSHER_APP_KEY=«hex:20-pusherkey»  ⟪Pusher app key is public⟫
"""),
    ("services/dealer-portal/.env.testing", r"""
APP_ENV=testing
APP_KEY=base64:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=  ⟪all-zero key in the testing env⟫
DB_CONNECTION=sqlite
DB_DATABASE=:memory:
MAIL_PASSWORD=null  ⟪null⟫
"""),
    ("services/grain-market/.env.shopify", r"""
SHOPIFY_API_KEY=«hex:32-shopkey»  ⟪Shopify app API key (the client id half)⟫
SHOPIFY_API_SECRET=«shpss:farmshop»  ⟦shopify|Shopify app shared secret⟧
SHOPIFY_SCOPES=read_products,write_products
"""),
    ("services/grain-market/src/main/kotlin/io/furrowline/market/PriceBoardAuth.kt", r"""
package io.furrowline.market

import io.jsonwebtoken.Jwts
import io.jsonwebtoken.security.Keys

object PriceBoardAuth {
    // rotated 2026-02 (MKT-412); the old value is in git history
    private val key = Keys.hmacShaKeyFor("«b62:48-pbkey»".toByteArray())  ⟦app-secret|HMAC signing key literal in Kotlin⟧
    private const val ISSUER = "https://auth.furrowline.io"
    private const val KID = "«uuid:kid»"  ⟪key id⟫

    fun parse(token: String) = Jwts.parser().verifyWith(key).requireIssuer(ISSUER).build().parseSignedClaims(token)
}
"""),
    ("services/billing/spec/support/stripe_helpers.rb", r"""
module StripeHelpers
  # stripe-mock accepts any key that starts with sk_test_
  TEST_KEY = "sk_test_«b62:24-stripetest»"  ⟪Stripe test-mode key in spec support⟫

  def stub_customer(id: "cus_«b62:14-cus2»")  ⟪customer id⟫
    stub_request(:get, "https://api.stripe.com/v1/customers/#{id}")
  end
end
"""),
    ("services/imagery/tests/test_sentinel.py", r"""
from imagery.sentinel import SentinelAuth, token


def test_token(requests_mock):
    requests_mock.post("https://services.sentinel-hub.com/auth/realms/main/protocol/openid-connect/token",
                       json={"access_token": "tok"})
    assert token(SentinelAuth("client", "not-a-real-secret")) == "tok"  ⟪labelled non-secret in a unit test⟫


AWS_DOC_KEY = "AKIAIOSFODNN7EXAMPLE"  ⟪documentation key⟫
"""),
    ("services/agronomist-portal/src/server/session.ts", r"""
import { SignJWT } from "jose";

const secret = new TextEncoder().encode(process.env.SESSION_SECRET);  ⟪env lookup⟫
const LEGACY_SECRET = "«urlsafe:32-legacysess»";  ⟦app-secret|legacy session signing secret constant⟧

export async function sign(sub: string) {
  return new SignJWT({ sub }).setProtectedHeader({ alg: "HS256" }).setIssuedAt().sign(secret);
}
"""),
    ("k8s/markets/tls-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: market-web-tls
  namespace: markets
type: kubernetes.io/tls
data:
  tls.crt: «b64cert:ec1:market.furrowline.io»  ⟪base64 of a certificate⟫
  tls.key: «b64pem:trad:ec1»  ⟦private-key|base64 of an EC private key in a TLS Secret⟧
"""),
    ("k8s/imagery/aws-credentials-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: imagery-aws
  namespace: imagery
  annotations:
    owner: imagery
type: Opaque
data:
  credentials: «b64:credini:imagerypod»  ⟦aws-b64|base64 of a credentials file in a Secret⟧
  config: «b64:awscfg:imagerypod»  ⟪base64 of an AWS config without keys⟫
"""),
]

FILES += [
    ("sites/furrowline-www/wp-config.php", r"""
<?php
/** Marketing site (WordPress on Lightsail) */
define( 'DB_NAME', 'furrowline_www' );
define( 'DB_USER', 'wp_www' );
define( 'DB_PASSWORD', '«pwc:wpdb»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'ls-«hex:40-lsdb».czqk1.eu-west-1.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«pwx:wpsalt1»«pwx:wpsalt1b»' );  ⟦?app-secret|WordPress auth salt⟧
define( 'SECURE_AUTH_KEY',  '«pwx:wpsalt2»«pwx:wpsalt2b»' );  ⟦?app-secret|WordPress auth salt⟧
define( 'NONCE_KEY',        'put your unique phrase here' );  ⟪WordPress placeholder salt⟫
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
"""),
    ("sites/furrowline-www/index.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="script-src 'nonce-«b64k:16-cspnonce»' https://www.google.com">  ⟪CSP nonce⟫
  <script src="https://cdn.furrowline.io/app.«hex:8-bundle».js" integrity="sha384-«b64k:48-sri384»" crossorigin="anonymous"></script>  ⟪SRI integrity hash⟫
  <script nonce="«b64k:16-cspnonce»">window.__CFG = {recaptcha: "«recaptcha:www»", rum: "«ddrum:www»"};</script>  ⟪public site keys⟫
</head>
<body><h1>Irrigation that listens to the soil.</h1></body>
</html>
"""),
    ("services/weather-adapter/web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=wx-legacy.internal;Initial Catalog=Obs;User ID=obs_reader;Password=«pwc:obsreader»" providerName="System.Data.SqlClient" />  ⟦conn-string|web.config connection string with password⟧
    <add name="Local" connectionString="Data Source=.;Initial Catalog=Obs;Integrated Security=SSPI" />  ⟪integrated security⟫
  </connectionStrings>
  <appSettings>
    <add key="MeteoApiKey" value="«b62:16-meteoblue»" />  ⟦app-secret|appSettings API key⟧
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
</configuration>
"""),
    ("services/grain-market/src/main/java/io/furrowline/market/LegacyPrices.java", r"""
package io.furrowline.market;

import java.sql.Connection;
import java.sql.DriverManager;

final class LegacyPrices {
    static Connection open() throws Exception {
        return DriverManager.getConnection(
                "jdbc:mysql://prices-legacy.internal:3306/prices",
                "prices_ro",
                "«pwc:pricesro»");  ⟦password|password argument to getConnection⟧
    }

    static String url(String user, String password) {
        return String.format("jdbc:mysql://prices-legacy.internal:3306/prices?user=%s&password=%s", user, password);  ⟪format placeholders⟫
    }
}
"""),
    ("services/grain-market/src/main/resources/application-s3.properties", r"""
cloud.aws.region.static=eu-west-1
cloud.aws.credentials.access-key=«akid:markets3»  ⟦aws-key-id|Spring Cloud AWS access key⟧
cloud.aws.credentials.secret-key=«awssec:markets3»  ⟦aws-secret|Spring Cloud AWS secret key⟧
cloud.aws.stack.auto=false
spring.mail.host=email-smtp.eu-west-1.amazonaws.com
spring.mail.password=${SES_SMTP_PASSWORD}  ⟪placeholder⟫
"""),
    ("services/probe-ingest/internal/mqtt/client.go", r"""
package mqtt

import paho "github.com/eclipse/paho.mqtt.golang"

func Options(broker string) *paho.ClientOptions {
	return paho.NewClientOptions().
		AddBroker(broker).
		SetClientID("probe-ingest").
		SetUsername("ingest").
		SetPassword("«pp:mqttingest»")  ⟦password|MQTT password in a Go builder chain⟧
}
"""),
    ("services/ratecards/.cargo/credentials.toml", r"""
[registry]
token = "cio«b62:32-crates»"  ⟦app-secret|crates.io API token⟧

[registries.furrowline]
token = "Bearer «jwt:cargo-publisher»"  ⟦jwt|private registry bearer JWT⟧
"""),
    ("deploy/cfn/json/irrigation-dashboard.template.json", r"""
{
  "Resources": {
    "DashboardFn": {
      "Type": "AWS::Lambda::Function",
      "Properties": {
        "Environment": {
          "Variables": {
            "DB_URL": {"Fn::Join": ["", ["postgres://dash:", "«pwc:dashdb»", "@", {"Fn::GetAtt": ["DashDb", "Endpoint.Address"]}, "/dash"]]},  ⟦conn-string|password as a literal in Fn::Join⟧
            "DB_URL_RO": {"Fn::Join": ["", ["postgres://dash_ro:", {"Ref": "DashRoPassword"}, "@dash-ro.internal/dash"]]}  ⟪Ref in Fn::Join⟫
          }
        }
      }
    }
  }
}
"""),
]
