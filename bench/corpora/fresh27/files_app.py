"""fresh27 templates, application configuration (Tessaly Clinical Research): Spring, .NET, Node, Python, Go,
Ruby and PHP configs, .env files, settings modules, mobile app configs. Markers: render.py and README.md."""

FILES = [
    ("services/lims-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/quillon
    username: lims_app
    password: ${SPRING_DATASOURCE_PASSWORD}  ⟪Spring placeholder⟫
  mail:
    host: email-smtp.us-east-1.amazonaws.com
    username: «akid:seslims»  ⟦aws-key-id|SES SMTP user in Spring config (same key as the stack outputs)⟧
    password: «sesv4:seslimsspring»  ⟦aws-ses-smtp|SES SMTP password in Spring config⟧
chromaverse:
  base-url: https://rdu-cds01.lab.tessaly-cro.com:8091/api
  username: lims_import
  password: «pw6:cdsimportspring»  ⟦password|CDS import account password in application yml⟧
ionforge:
  base-url: https://rdu-ionforge01.lab.tessaly-cro.com:8443
  api-key: ${IONFORGE_API_KEY:}  ⟪Spring placeholder with empty default⟫
management:
  endpoints.web.exposure.include: health,info,prometheus
"""),
    ("services/lims-api/src/main/resources/application-local.properties", r"""
spring.datasource.url=jdbc:postgresql://localhost:5432/quillon
spring.datasource.username=quillon
spring.datasource.password=quillon  ⟪local default equal to the user⟫
chromaverse.base-url=http://localhost:8091/api
chromaverse.password=changeme  ⟪placeholder changeme⟫
logging.level.com.tessaly=DEBUG
"""),
    ("services/lims-api/src/main/resources/application-val.properties", r"""
spring.datasource.url=jdbc:postgresql://quillon-val.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/quillon
spring.datasource.username=lims_app
spring.datasource.password=«pwc:limsval»  ⟦password|validation environment DB password in .properties⟧
quillon.audit.hmac-key=«hex:64-auditval»  ⟦app-secret|audit HMAC key in .properties⟧
quillon.eln.api-token=«b62:40-elnval»  ⟦app-secret|ELN API token in .properties⟧
quillon.coa.signing-cert-alias=coa-signing-2026
"""),
    ("services/lims-api/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:quillon;MODE=PostgreSQL
spring.datasource.username=sa
spring.datasource.password=
quillon.audit.hmac-key=0000000000000000000000000000000000000000000000000000000000000000  ⟪all-zero key in a test resource⟫
quillon.eln.api-token=test-eln-token-not-real  ⟪test-marked value in a test path⟫
"""),
    ("services/instrument-relay/appsettings.Production.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ConnectionStrings": {
    "Cds": "Server=rdu-cds01.lab.tessaly-cro.com;Database=ChromaVerse;User Id=relay_ro;Password=«pw6:relayro»;TrustServerCertificate=True",  ⟦conn-string|SQL Server connection string in appsettings (same as the Dockerfile)⟧
    "Relay": "Server=tcp:relay-sql.lab.tessaly-cro.com,1433;Database=Relay;Integrated Security=SSPI"  ⟪integrated security, no password⟫
  },
  "IonForge": {
    "ApiBase": "https://rdu-ionforge01.lab.tessaly-cro.com:8443",
    "ClientId": "relay",
    "ClientSecret": "«okx:32-ionforgeclient»"  ⟦app-secret|IonForge OAuth client secret in appsettings⟧
  },
  "Aws": {
    "Region": "us-east-1",
    "AccessKey": "«akid:relayapp»",  ⟦aws-key-id|key ID in appsettings⟧
    "SecretKey": "«awssec:relayapp»"  ⟦aws-secret|secret key in appsettings⟧
  },
  "AzureStorage": "DefaultEndpointsProtocol=https;AccountName=tcrlabarchive;AccountKey=«azstor:labarchive»;EndpointSuffix=core.windows.net"  ⟦conn-string|Azure storage connection string with an account key⟧
}
"""),
    ("services/instrument-relay/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Cds": "Server=localhost,1433;Database=ChromaVerse;User Id=sa;Password=<YourStrong@Passw0rd>;TrustServerCertificate=True"  ⟪SQL Server documented placeholder⟫
  },
  "IonForge": { "ApiBase": "https://localhost:8443", "ClientSecret": "<your-ionforge-client-secret>" },  ⟪angle-bracket placeholder⟫
  "Aws": { "Region": "us-east-1", "AccessKey": "«docs:akidx»", "SecretKey": "" }  ⟪X-filled key id⟫
}
"""),
    ("services/instrument-relay/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="FrostGuardApi" value="https://raleigh-frostguard.lab.tessaly-cro.com/api/v2" />
    <add key="FrostGuardKey" value="«hex:40-frostguard»" />  ⟦app-secret|FrostGuard key in Web.config appSettings⟧
    <add key="SmtpPassword" value="«pwp:relaysmtp»" />  ⟦password|SMTP password in appSettings⟧
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=rdu-sql02;Initial Catalog=LimsLegacy;User ID=lims_legacy;Password=«pwn:limslegacy»" providerName="System.Data.SqlClient" />  ⟦conn-string|legacy SQL Server connection string in Web.config⟧
  </connectionStrings>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />  ⟪assembly publicKeyToken⟫
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
"""),
    ("services/specimen-tracker/.env.production", r"""
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://tracker:«pct:pwc:trackerdb»@specimen-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432/specimens  ⟦conn-string|.env database URL (same password as ECS)⟧
SESSION_SECRET=«b64k:48-trackersession»  ⟦app-secret|Express session secret⟧
GOOGLE_MAPS_KEY=«aiza:trackermaps»  ⟪Maps JavaScript key, public and referrer-restricted⟫
MAPBOX_SECRET_TOKEN=«mapsk:tracker»  ⟦app-secret|Mapbox secret token⟧
POSTMARK_SERVER_TOKEN=«postmark:tracker»  ⟦app-secret|Postmark server token⟧
"""),
    ("services/specimen-tracker/.env.example", r"""
NODE_ENV=development
DATABASE_URL=postgres://tracker:tracker@localhost:5432/specimens  ⟪local default⟫
SESSION_SECRET=replace-me-with-32-random-bytes  ⟪placeholder⟫
MAPBOX_SECRET_TOKEN=sk.your-mapbox-secret-token  ⟪placeholder⟫
POSTMARK_SERVER_TOKEN=
"""),
    ("services/specimen-tracker/src/config.ts", r"""
export const config = {
  port: Number(process.env.PORT ?? 8080),
  databaseUrl: process.env.DATABASE_URL!,  ⟪env reference⟫
  zebra: {
    host: process.env.ZEBRA_HOST ?? '10.40.12.31',
    port: 9100,
  },
  cryoline: {
    baseUrl: 'https://api.cryoline-logistics.com/v1',
    // TODO(mateo): move to Secrets Manager before go-live
    apiKey: process.env.CRYOLINE_API_KEY ?? '«uuid:cryolinekey»',  ⟦app-secret|Cryoline key as a fallback default in code⟧
  },
  barcodePrefix: 'TCR-SPC-',
};
"""),
    ("services/edc-bridge/edc_bridge/settings.py", r"""
import os

TRIALFORM_BASE_URL = "https://tessaly.trialform-edc.net/api/v3"
TRIALFORM_CLIENT_ID = "tcr-edc-bridge-prd"
TRIALFORM_CLIENT_SECRET = os.environ["TRIALFORM_CLIENT_SECRET"]  ⟪os.environ reference⟫
ODM_EXPORT_USER = "odm_export"
ODM_EXPORT_PASSWORD = os.environ.get("TRIALFORM_ODM_PASSWORD", "«pwx:odmexport»")  ⟦password|password as an environment fallback default (same as Lambda)⟧
LANDING_BUCKET = os.environ.get("LANDING_BUCKET", "tcr-lake-landing-718204593361")
STUDIES = ["TCR-4471-201", "TCR-5120-102", "HLX-0931-301"]
"""),
    ("services/site-portal/portal/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["sites.tessaly-cro.com"]
SECRET_KEY = "«django:siteportalprod»"  ⟦app-secret|Django SECRET_KEY in production settings⟧
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "portal-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com",
        "NAME": "portal",
        "USER": "portal",
        "PASSWORD": "«pwp:portaldb»",  ⟦password|Django DATABASES password (same as the serverless URL)⟧
    }
}
EMAIL_HOST_PASSWORD = "«sg:portal»"  ⟦sendgrid|SendGrid key as SMTP password⟧
AWS_STORAGE_BUCKET_NAME = "tcr-site-portal-uploads"
CSRF_TRUSTED_ORIGINS = ["https://sites.tessaly-cro.com"]
"""),
    ("services/site-portal/portal/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-«lo:24-ciportal»"  ⟪CI-only marked Django key⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
"""),
    ("services/pv-intake/intake/config.py", r"""
from dataclasses import dataclass
import boto3


@dataclass
class Settings:
    vigilarc_url: str = "https://vigilarc.tessaly-cro.com/safety/api"
    vigilarc_user: str = "pv_intake_svc"
    e2b_sender_id: str = "TESSALY-PV"
    e2b_receiver_id: str = "HELIXA-GSS"


def vigilarc_password() -> str:
    sm = boto3.client("secretsmanager")
    return sm.get_secret_value(SecretId="pv-intake/prod/vigilarc")["SecretString"]  ⟪Secrets Manager lookup⟫


# call-centre intake line; the IVR vendor posts here with basic auth
IVR_BASIC_AUTH = "Basic «basic:ivr»"  ⟦password-b64|base64 basic-auth credential in code⟧
"""),
    ("services/irt-sync/config/default.json", r"""
{
  "randogate": {
    "baseUrl": "https://api.randogate-irt.com/v4",
    "tenant": "tessaly",
    "user": "svc_irt_sync",
    "password": "«pwl:randogate»"  ⟦password|RandoGate password in Node config (same as the k8s Secret)⟧
  },
  "siteledger": {
    "baseUrl": "https://tessaly.siteledger.io/api",
    "token": "«b62:48-siteledger»"  ⟦app-secret|SiteLedger token in Node config (same as SAM)⟧
  },
  "slack": {
    "appToken": "«xapp:irt»",  ⟦slack|Slack app-level token⟧
    "signingSecret": "«hex:32-irtslacksign»"  ⟦app-secret|Slack signing secret⟧
  }
}
"""),
    ("services/irt-sync/config/custom-environment-variables.json", r"""
{
  "randogate": { "password": "RANDOGATE_API_PASSWORD" },
  "siteledger": { "token": "SITELEDGER_TOKEN" },
  "slack": { "appToken": "SLACK_APP_TOKEN", "signingSecret": "SLACK_SIGNING_SECRET" }
}
"""),
    ("services/freezer-gw/config.go", r"""
package main

import "os"

// Config for the Kraków biorepository gateway (Modbus -> MQTT -> FrostGuard).
type Config struct {
	ModbusAddr   string
	MQTTURL      string
	CloudAPIKey  string
	AlarmWebhook string
}

func Load() Config {
	return Config{
		ModbusAddr:   "10.42.8.20:502",
		MQTTURL:      "ssl://krk-frz-mqtt.lab.tessaly-cro.com:8883",
		CloudAPIKey:  os.Getenv("FROSTGUARD_API_KEY"),  ⟪os.Getenv⟫
		AlarmWebhook: "«discord:krkfreezer»",  ⟦app-secret|Discord webhook URL in Go code⟧
	}
}

const mqttPassword = "«pwn:krkmqtt»"  ⟦password|MQTT password as a Go constant⟧
"""),
    ("services/tlf-refresh/config.yaml", r"""
study_defaults:
  sas_server: rdu-sas01.tessaly-cro.com
  sas_user: tlf_runner
  sas_password: «pwn:tlfrunner»  ⟦password|SAS runner password in YAML (same as the CronJob URL)⟧
  output_bucket: s3://tcr-tlf-output-264019837745
  reviewers:
    - fiona.mccrae@tessaly-cro.com
    - desmond.achterberg@tessaly-cro.com
"""),
    ("services/medwriter/config.toml", r"""
[llm]
provider = "anthropic"
model = "claude-sonnet-4-5"
api_key_env = "ANTHROPIC_API_KEY"

[retrieval]
db_url = "postgresql://rag@pgvector:5432/rag"
top_k = 8

[integrations]
docketa_api = "https://tessaly.docketa.com/api/v2"
notion_token = "«notion:medwriter»"  ⟦app-secret|Notion integration token in TOML⟧
"""),
    ("services/medwriter/.env", r"""
ANTHROPIC_API_KEY=«ant:medwriter»  ⟦anthropic|Anthropic key in .env (same as Lambda and compose)⟧
OPENAI_API_KEY=sk-proj-REPLACE_ME  ⟪placeholder⟫
LANGFUSE_HOST=https://langfuse.tessaly-cro.com
PULUMI_ACCESS_TOKEN=«pulumi:medwriter»  ⟦app-secret|Pulumi access token⟧
"""),
    ("services/coa-mailer/mailer.rb", r"""
require 'mail'

Mail.defaults do
  delivery_method :smtp, address: 'smtp.mailgun.org', port: 587,
                         user_name: 'postmaster@mg.tessaly-cro.com',
                         password: '«pwx:mailgunsmtp»'  ⟦password|Mailgun SMTP password in Ruby⟧
end

MAILGUN_API_KEY = ENV.fetch('MAILGUN_API_KEY') { '«mailgun:coa»' }  ⟦app-secret|Mailgun API key as a fetch default⟧
"""),
    ("services/sponsor-portal/wp-config.php", r"""
<?php
define( 'DB_NAME', 'sponsorportal' );
define( 'DB_USER', 'wp_sponsor' );
define( 'DB_PASSWORD', '«pwc:wpsponsor»' );  ⟦password|WordPress DB password⟧
define( 'DB_HOST', 'sponsor-wp.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress auth key⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress default phrase⟫
define( 'WP_DEBUG', false );
"""),
    ("services/sponsor-portal/.env", r"""
APP_NAME="Tessaly Sponsor Portal"
APP_ENV=production
APP_KEY=«laravel:sponsor»  ⟦app-secret|Laravel APP_KEY⟧
DB_CONNECTION=mysql
DB_HOST=sponsor-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com
DB_USERNAME=sponsor_app
DB_PASSWORD=«pw:sponsordb»  ⟦password|Laravel DB password, season + year⟧
DOCUSIGN_INTEGRATION_KEY=«docusign:ik»  ⟪DocuSign integration key, an identifier⟫
DOCUSIGN_ACCOUNT_ID=«uuid:dsaccount»  ⟪DocuSign account id⟫
DOCUSIGN_USER_ID=«uuid:dsuser»
"""),
    ("services/sponsor-portal/storage/docusign_private.key", r"""
«pem:pkcs1:rsadocusign»  ⟦private-key|DocuSign JWT grant RSA key committed to the repo⟧
"""),
    ("apps/diarypath/android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-fcmproj»",
    "project_id": "diarypath-prod",
    "storage_bucket": "diarypath-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«num:12-fcmproj»:android:«hex:16-fcmapp»",
        "android_client_info": { "package_name": "com.tessaly.diarypath" }
      },
      "api_key": [ { "current_key": "«aiza:diaryandroid»" } ]  ⟪Firebase Android API key, public⟫
    }
  ]
}
"""),
    ("apps/diarypath/src/env.ts", r"""
export const ENV = {
  apiBase: 'https://api.diarypath.tessaly-cro.com',
  sentryDsn: '«sentrynew:diary»',  ⟪modern Sentry DSN⟫
  amplitudeKey: '«hex:32-amplitude»',  ⟪Amplitude browser project key, public⟫
  revenuecat: 'goog_«b62:23-revcat»',  ⟪RevenueCat public SDK key⟫
  recaptchaSiteKey: '6L«okx:38-recaptcha»',  ⟪reCAPTCHA site key, public⟫
};
"""),
    ("apps/diarypath/eas.json", r"""
{
  "cli": { "version": ">= 7.0.0" },
  "build": {
    "production": {
      "env": {
        "SENTRY_AUTH_TOKEN": "«sntryu:diaryeas»",  ⟦app-secret|Sentry user auth token in eas.json⟧
        "APP_VARIANT": "production"
      }
    }
  },
  "submit": {
    "production": {
      "ios": { "ascAppId": "«num:10-ascapp»", "appleTeamId": "«up:10-teamid»" }  ⟪App Store ids⟫
    }
  }
}
"""),
    ("services/lims-api/.mvn/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>tessaly-releases</id>
      <username>deployer</username>
      <password>«pwc:nexusdeploy»</password>  ⟦password|Maven settings password (same as the Jenkinsfile)⟧
    </server>
    <server>
      <id>chromaverse-sdk</id>
      <username>tessaly</username>
      <password>{«b64k:24-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/pk-calc/gradle.properties", r"""
org.gradle.jvmargs=-Xmx3g
artifactoryUser=gradle-ci
artifactoryPassword=«akcp:gradle»  ⟦app-secret|Artifactory API key in gradle.properties⟧
phoenixSdkVersion=8.4.1
"""),
    ("services/pk-calc/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="tessaly" value="https://pkgs.dev.azure.com/tessaly/_packaging/lab/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <tessaly>
      <add key="Username" value="az" />
      <add key="ClearTextPassword" value="«gpat:nugetfeed»" />  ⟦app-secret|Azure DevOps PAT in NuGet.Config (same as the pipeline)⟧
    </tessaly>
  </packageSourceCredentials>
</configuration>
"""),
    ("services/edc-bridge/tests/conftest.py", r"""
import pytest


@pytest.fixture
def trialform_settings(monkeypatch):
    monkeypatch.setenv("TRIALFORM_CLIENT_SECRET", "unit-secret-not-real")  ⟪test-marked value in a test path⟫
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "«docs:akid»")  ⟪AWS documentation key id⟫
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "«docs:secret»")  ⟪AWS documentation secret⟫
    return {"base_url": "http://trialform.local"}
"""),
    ("services/stipend-svc/src/main/resources/application.yml", r"""
paysora:
  api-base: https://api.paysora.com/v2
  api-secret: ${PAYSORA_API_SECRET}  ⟪Spring placeholder⟫
  program-id: PRG-«num:7-paysoraprg»
stripe:
  secret-key: ${STRIPE_SECRET_KEY}
  publishable-key: «pk:stipend»  ⟪Stripe publishable key⟫
spring:
  datasource:
    url: jdbc:mysql://stipend-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:3306/stipend?user=stipend&password=«pwn:stipenddb»  ⟦conn-string|JDBC URL with a password parameter⟧
"""),
    ("services/unblinding-audit/src/main/resources/logback-spring.xml", r"""
<configuration>
  <appender name="SPLUNK" class="com.splunk.logging.HttpEventCollectorLogbackAppender">
    <url>https://http-inputs-tessaly.splunkcloud.com</url>
    <token>«uuid:splunkhecaudit»</token>  ⟦app-secret|Splunk HEC token in logback config⟧
    <index>gxp_audit</index>
  </appender>
  <root level="INFO"><appender-ref ref="SPLUNK" /></root>
</configuration>
"""),
    ("services/query-manager/config/secrets.yml", r"""
production:
  secret_key_base: «hexb:128-qmkeybase»  ⟦app-secret|Rails secret_key_base⟧
  trialform_webhook_token: <%= ENV["TRIALFORM_WEBHOOK_TOKEN"] %>  ⟪ERB env reference⟫
development:
  secret_key_base: «hexb:128-qmdevkeybase»  ⟦app-secret|Rails development secret_key_base (a real random value)⟧
"""),
    ("services/visit-scheduler/src/main/resources/bootstrap.yml", r"""
spring:
  application:
    name: visit-scheduler
  cloud:
    vault:
      uri: https://vault.tessaly-cro.com:8200
      authentication: TOKEN
      token: «hvs:visitsched»  ⟦vault|Vault token in bootstrap.yml⟧
      kv:
        backend: clinical
"""),
    ("services/sponsor-status-api/main.go", r"""
package main

import (
	"log"
	"net/http"
	"os"
)

var hmacKey = []byte(os.Getenv("SPONSOR_STATUS_HMAC"))  ⟪os.Getenv⟫

func main() {
	http.HandleFunc("/v1/status", statusHandler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
"""),
    ("services/chain-of-custody/db.js", r"""
const { Pool } = require('pg');

module.exports = new Pool({
  host: process.env.PGHOST || 'coc-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com',
  user: 'coc_app',
  password: process.env.PGPASSWORD || '«pwn:cocdb»',  ⟦password|Postgres password fallback in Node (same as the Deployment)⟧
  database: 'custody',
  ssl: { rejectUnauthorized: true },
});
"""),
]
