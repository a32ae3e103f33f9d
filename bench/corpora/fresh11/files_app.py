"""fresh11 templates, application configuration and code (Quillmere Biosciences): Django, Spring, .NET instrument
software, Go, TypeScript, R, notebooks, lab tools (iRODS, OMERO, Galaxy, Benchling, BaseSpace, Synapse, conda).
Markers: render.py and README.md."""

FILES = [
    ("services/helix-lims/helix/settings/prod.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:lims»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["lims.quillmere.bio"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "helixlims",
        "USER": "lims_app",
        "PASSWORD": "«pwx:limsapp»",  ⟦password|Django DATABASES password⟧
        "HOST": "helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com",
    },
    "labware": {
        "ENGINE": "mssql",
        "NAME": "LWPROD",
        "USER": "HXSYNC",
        "PASSWORD": os.environ.get("LABWARE_PASSWORD", ""),  ⟪environment lookup⟫
        "HOST": "labware01.lab.quillmere.bio",
    },
}
EMAIL_HOST_PASSWORD = "«pwp:limsmail»"  ⟦password|short SMTP password in Django settings⟧
BENCHLING = {"tenant": "quillmere", "api_key": "«benchling:lims»"}  ⟦app-secret|Benchling key in a settings dict⟧
"""),
    ("services/helix-lims/helix/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-" + "x" * 20  ⟪marked CI value⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.postgresql", "NAME": "ci", "USER": "postgres",
                         "PASSWORD": "postgres", "HOST": "localhost"}}  ⟪local default⟫
BENCHLING = {"tenant": "quillmere-sandbox", "api_key": ""}  ⟪empty⟫
"""),
    ("services/helix-lims/tests/test_benchling_client.py", r"""
import pytest

from helix.integrations.benchling import BenchlingClient

FAKE_KEY = "sk_test_benchling_not_a_real_key"  ⟪test-marked value in a test path⟫


@pytest.fixture
def client(requests_mock):
    requests_mock.get("https://quillmere.benchling.com/api/v2/dna-sequences", json={"dnaSequences": []})
    return BenchlingClient(tenant="quillmere", api_key=FAKE_KEY)


def test_lists_sequences(client):
    assert client.dna_sequences() == []
"""),
    ("services/helix-lims/helix/integrations/redcap.py", r"""
import requests

REDCAP_URL = "https://redcap.partnerhospital.org/api/"
# TODO(katarzyna): move to SSM before the hospital audit
REDCAP_TOKEN = "«redcap:biobank»"  ⟦app-secret|REDCap API token hard-coded in a module⟧


def export_records(form: str) -> list:
    resp = requests.post(REDCAP_URL, data={"token": REDCAP_TOKEN, "content": "record", "format": "json",
                                           "forms[0]": form}, timeout=30)
    resp.raise_for_status()
    return resp.json()
"""),
    ("services/helix-lims/alembic.ini", r"""
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://reporting_owner:«pct:pwn:reportowner»@reporting.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/reporting  ⟦conn-string|SQLAlchemy URL with password⟧

[loggers]
keys = root
"""),
    ("services/assayhub/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://assayhub.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432/assayhub
    username: assayhub
    password: «pwc:assaydb»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-«uuid:mqbroker».mq.us-east-1.amazonaws.com
    port: 5671
    username: platereader
    password: ${RABBITMQ_PASSWORD}  ⟪Spring placeholder⟫
    ssl:
      enabled: true
benchling:
  api-key: «benchling:assay»  ⟦app-secret|Benchling key in Spring YAML⟧
management:
  endpoints.web.exposure.include: health,info
"""),
    ("services/assayhub/src/main/resources/application.properties", r"""
server.port=8080
spring.jpa.open-in-view=false
instrument.softmax.share=\\\\fsx-win.lab.quillmere.bio\\instruments\\softmax
instrument.softmax.user=LAB\\instsvc
instrument.softmax.password=«pwn:netuse»  ⟦password|share password in Spring properties⟧
moller.license.key=${MOLLER_LICENSE_KEY:}  ⟪placeholder with empty default⟫
eureka.client.enabled=false
"""),
    ("services/assayhub/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:assay;MODE=PostgreSQL
spring.datasource.username=sa
spring.datasource.password=  ⟪empty⟫
benchling.api-key=test-benchling-key-not-real  ⟪test-marked value⟫
"""),
    ("services/assayhub/ci/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>quillmere-releases</id>
      <username>ci-deployer</username>
      <password>«pwx:nexusdeploy»</password>  ⟦password|Maven settings.xml server password⟧
    </server>
    <server>
      <id>quillmere-snapshots</id>
      <username>ci-deployer</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
    <server>
      <id>github</id>
      <username>quillmere-bot</username>
      <password>${env.GITHUB_TOKEN}</password>  ⟪env reference⟫
    </server>
  </servers>
</settings>
"""),
    ("services/assayhub/gradle.properties", r"""
org.gradle.jvmargs=-Xmx2g
nexusUsername=ci-deployer
nexusPassword=«pwx:nexusdeploy»  ⟦password|gradle.properties password⟧
signing.keyId=«uhex:8-gpgid»  ⟪GPG key id⟫
"""),
    ("apps/instrument-bridge/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ExportFolder" value="D:\QuantStudio\Exports" />
    <add key="LimsApiKey" value="«b62:32-limskey»" />  ⟦app-secret|LIMS API key in .NET appSettings⟧
    <add key="LimsPassword" value="«pwc:instbridge»" />  ⟦password|appSettings password (key/value pair)⟧
    <add key="BuildChannel" value="stable" />
  </appSettings>
  <connectionStrings>
    <add name="Local" connectionString="Data Source=(LocalDB)\MSSQLLocalDB;Integrated Security=True" />  ⟪integrated security, no password⟫
    <add name="Instruments" connectionString="Server=instdb01.lab.quillmere.bio;Database=Instruments;User Id=inst_rw;Password=«pwn:instdb»;" />  ⟦conn-string|SQL Server connection string with password⟧
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
    ("apps/instrument-bridge/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:entraapp»",  ⟪client id⟫
    "ClientSecret": "«azad:instbridge»"  ⟦azure-ad|Entra ID client secret⟧
  },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=qmbinstruments;AccountKey=«azstor:inst»;EndpointSuffix=core.windows.net"  ⟦azure-key|Azure Storage AccountKey⟧
  },
  "Smtp": {"Host": "email-smtp.us-east-1.amazonaws.com", "User": "«akid:sesinst»", "Password": "«sesv4:sesinst»"}  ⟦aws-ses-smtp|SES SMTP credential pair on one line⟧
}
"""),
    ("apps/instrument-bridge/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="quillmere" value="https://pkgs.dev.azure.com/quillmere/_packaging/lab/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <quillmere>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«gpat:nuget»" />  ⟦azure-devops|Azure DevOps PAT as a NuGet ClearTextPassword⟧
    </quillmere>
  </packageSourceCredentials>
</configuration>
"""),
    ("apps/softmax-export/export.ini", r"""
; SoftMax Pro export agent - reader room B2.14
[Agent]
PollSeconds=30
ExportPath=\\fsx-win.lab.quillmere.bio\instruments\softmax

[Lims]
Url=https://lims.quillmere.bio/api/plates/
User=softmax-b214
Password=«pwp:softmax»  ⟦password|short password in an instrument agent .ini⟧

[Mail]
Server=email-smtp.us-east-1.amazonaws.com
Port=587
"""),
    ("apps/freezer-gw/config.toml", r"""
[mqtt]
broker = "ssl://mqtt.lab.quillmere.bio:8883"
username = "freezer"
password = "«pw:mqtt»"  ⟦password|MQTT password in TOML⟧

[influx]
url = "https://influx.lab.quillmere.bio"
org = "quillmere"
token = "«urlsafe:64-influx»"  ⟦app-secret|InfluxDB token in TOML⟧

[iot]
endpoint = "a3k7q2x9v8m1op-ats.iot.us-east-1.amazonaws.com"  ⟪IoT endpoint id⟫
cert_path = "/etc/freezer-gw/device.pem.crt"
"""),
    ("apps/freezer-gw/src/alarm.rs", r"""
use reqwest::Client;

const SENSAPHONE_URL: &str = "https://sentry.sensaphone.net/api/v1";
const SENSAPHONE_USER: &str = "facilities@quillmere.bio";
const SENSAPHONE_PASS: &str = "«pwl:sensaphone»";  ⟦password|password constant in Rust⟧

pub async fn ack(client: &Client, alarm: &str) -> reqwest::Result<()> {
    client.post(format!("{SENSAPHONE_URL}/alarms/{alarm}/ack"))
        .basic_auth(SENSAPHONE_USER, Some(SENSAPHONE_PASS))
        .send().await?;
    Ok(())
}
"""),
    ("services/specimen-api/internal/config/config.go", r"""
package config

import "os"

type Config struct {
	DSN         string
	RedcapToken string
	ZebraKey    string
}

func Load() Config {
	return Config{
		DSN:         os.Getenv("DB_DSN"),  ⟪env lookup⟫
		RedcapToken: envOr("REDCAP_API_TOKEN", "«redcap:gofallback»"),  ⟦app-secret|REDCap token as a Go fallback default⟧
		ZebraKey:    os.Getenv("ZEBRA_CLOUD_API_KEY"),
	}
}

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
"""),
    ("services/specimen-api/internal/config/config_test.go", r"""
package config

import "testing"

func TestLoadUsesEnv(t *testing.T) {
	t.Setenv("REDCAP_API_TOKEN", "0000000000000000TESTTOKEN0000000")  ⟪test-marked token in a test⟫
	if got := Load().RedcapToken; got == "" {
		t.Fatal("empty token")
	}
}
"""),
    ("services/specimen-api/go.sum", r"""
github.com/aws/aws-lambda-go v1.47.0 h1:«b64k:32-gs1»  ⟪go.sum hash⟫
github.com/aws/aws-lambda-go v1.47.0/go.mod h1:«b64k:32-gs2»
github.com/jackc/pgx/v5 v5.7.1 h1:«b64k:32-gs3»  ⟪go.sum hash⟫
github.com/jackc/pgx/v5 v5.7.1/go.mod h1:«b64k:32-gs4»
"""),
    ("services/benchsync/src/config.ts", r"""
export const config = {
  benchling: {
    tenant: 'quillmere',
    apiKey: process.env.BENCHLING_API_KEY ?? '',  ⟪env lookup⟫
  },
  slack: {
    botToken: process.env.SLACK_BOT_TOKEN!,
    signingSecret: '«hex:32-slacksign»',  ⟦app-secret|Slack signing secret⟧
    channel: 'C05Q8K2M7PL',  ⟪Slack channel id⟫
  },
  asana: { pat: '«asana:benchsync»', workspace: '«num:16-asanaws»' },  ⟦app-secret|Asana PAT in TypeScript config⟧
};
"""),
    ("services/benchsync/.npmrc", r"""
@quillmere:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrc»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env reference⟫
"""),
    ("services/benchsync/package-lock.json", r"""
{
  "name": "benchsync",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@slack/web-api": {
      "version": "7.7.0",
      "resolved": "https://registry.npmjs.org/@slack/web-api/-/web-api-7.7.0.tgz",
      "integrity": "«sri:slackweb»"  ⟪npm integrity⟫
    },
    "node_modules/axios": {
      "version": "1.7.7",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.7.tgz",
      "integrity": "«sri:axios»"  ⟪npm integrity⟫
    }
  }
}
"""),
    ("services/cro-portal/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://cro.quillmere.bio
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:portal»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:portal»  ⟦stripe|Stripe live secret key in .env⟧
STRIPE_RESTRICTED_KEY=«rk:portalreports»  ⟦stripe|Stripe restricted key⟧
AUTH0_SECRET=«hex:64-auth0sess»  ⟦app-secret|Auth0 session secret⟧
AUTH0_CLIENT_ID=«b62:32-auth0id»  ⟪client id⟫
POSTMARK_SERVER_TOKEN=«postmark:portal»  ⟦app-secret|Postmark server token in .env⟧
DATABASE_URL="postgresql://portal:«pct:pwc:portaldb»@portal-db.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432/portal?schema=public"  ⟦conn-string|Prisma database URL⟧
"""),
    ("services/cro-portal/.env.example", r"""
NEXT_PUBLIC_SITE_URL=http://localhost:3000
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder⟫
AUTH0_SECRET=<run: openssl rand -hex 32>  ⟪placeholder⟫
POSTMARK_SERVER_TOKEN=your-postmark-token  ⟪placeholder⟫
DATABASE_URL="postgresql://portal:portal@localhost:5432/portal"  ⟪local default⟫
"""),
    ("services/cro-portal/lib/twilio.ts", r"""
import twilio from 'twilio';

const accountSid = '«twac:portal»';  ⟪Twilio account SID⟫
const apiKeySid = '«twsk:portal»';  ⟪Twilio API key SID⟫
const apiKeySecret = '«b62:32-twsecret»';  ⟦twilio|Twilio API key secret in code⟧

export const sms = twilio(apiKeySid, apiKeySecret, { accountSid });
"""),
    ("services/cro-portal/lib/firebase.ts", r"""
export const firebaseConfig = {
  apiKey: '«aiza:firebase»',  ⟪Firebase web apiKey, public⟫
  authDomain: 'qmb-cro-portal.firebaseapp.com',
  projectId: 'qmb-cro-portal',
  appId: '1:«num:12-fbapp»:web:«hex:22-fbweb»',  ⟪Firebase app id⟫
};
"""),
    ("services/cro-portal/sentry.client.config.ts", r"""
import * as Sentry from '@sentry/nextjs';

Sentry.init({
  dsn: '«sentrynew:portal»',  ⟪modern Sentry DSN⟫
  tracesSampleRate: 0.1,
});
"""),
    ("services/cro-portal/sentry.server.config.ts", r"""
import * as Sentry from '@sentry/nextjs';

// server side still on the old self-hosted project key format
Sentry.init({ dsn: '«sentryold:portalsrv»' });  ⟦sentry|legacy Sentry DSN with secret part⟧
"""),
    ("analytics/dbt/profiles.yml", r"""
research:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: qmb12345.us-east-1
      user: DBT_RUNNER
      password: "«pwc:dbtsf»"  ⟦password|dbt Snowflake password⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: RESEARCH
      schema: marts
    dev:
      type: snowflake
      account: qmb12345.us-east-1
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪dbt env_var⟫
      role: ANALYST
"""),
    ("analytics/dbt/dbt_cloud.yml", r"""
version: "1"
context:
  active-project: "«num:6-dbtproj»"
projects:
  - project-id: "«num:6-dbtproj»"
    account-host: "cloud.getdbt.com"
    api-key: "dbtc_«urlsafe:36-dbtc»"  ⟦app-secret|dbt Cloud API token⟧
"""),
    ("analytics/airflow/dags/lims_export.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.postgres.operators.postgres import PostgresOperator
from airflow.providers.slack.notifications.slack_webhook import send_slack_webhook_notification

with DAG("lims_export", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False,
         on_failure_callback=send_slack_webhook_notification(slack_webhook_conn_id="slack_alerts",
                                                             text="lims_export failed")) as dag:
    PostgresOperator(task_id="snapshot", postgres_conn_id="lims_replica",  ⟪connection id reference⟫
                     sql="select export_plate_results('{{ ds }}')")
    # one-off backfill, remove after NOV-2026
    BACKFILL_URI = "postgresql://backfill:«pct:pw:backfill»@lims-replica.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/helixlims"  ⟦conn-string|connection URI in a DAG⟧
"""),
    ("analytics/airflow/connections.json", r"""
{
  "lims_replica": {"conn_type": "postgres", "host": "lims-replica.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com",
                   "login": "airflow_ro", "password": "«pwn:afro»", "schema": "helixlims", "port": 5432},  ⟦password|Airflow connections export password⟧
  "slack_alerts": {"conn_type": "slackwebhook", "password": "«slackhook:airflow»"},  ⟦slack|Slack webhook in an Airflow connection⟧
  "aws_default": {"conn_type": "aws", "extra": {"role_arn": "arn:aws:iam::340917265803:role/mwaa-research"}}  ⟪role ARN⟫
}
"""),
    ("analytics/notebooks/plate_zprime.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbmei»', aws_secret_access_key='«awssec:nbmei»')\n",  ⟦aws-key-id|key id and secret in a notebook cell (one label)⟧
    "df = pd.read_parquet('s3://qmb-plate-exports/2026/11/plates.parquet')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run id «uuid:nbrun» ok\n"]}],  ⟪run id in output⟫
   "source": ["import wandb\n", "wandb.login(key='«wandb:nbmei»')\n"]  ⟦app-secret|W&B key in wandb.login⟧
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("analytics/notebooks/qc_report.Rmd", r"""
---
title: "Sequencing run QC"
output: html_document
---

```{r setup}
library(DBI)
con <- dbConnect(RPostgres::Postgres(), host = "omics-meta.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com",
                 dbname = "omics", user = "analyst", password = "«pwn:rmdomics»")  ⟦password|R dbConnect password⟧
key <- Sys.getenv("BASESPACE_TOKEN")  ⟪Sys.getenv⟫
```
"""),
    ("home/mei/.Renviron", r"""
R_LIBS_USER=~/R/library
GITHUB_PAT=«ghp:renviron»  ⟦github|GitHub PAT in .Renviron⟧
SYNAPSE_AUTH_TOKEN=«jwt:synapsemei»  ⟦jwt|Synapse token in .Renviron⟧
BENCHLING_URL=https://quillmere.benchling.com
"""),
    ("home/mei/.condarc", r"""
channels:
  - https://conda.quillmere.bio/t/«b62:32-condatok»/quillmere  ⟦app-secret|Anaconda Server channel token in a URL⟧
  - conda-forge
  - bioconda
channel_priority: strict
"""),
    ("home/rafael/.irods/irods_environment.json", r"""
{
  "irods_host": "irods.lab.quillmere.bio",
  "irods_port": 1247,
  "irods_user_name": "rafael",
  "irods_zone_name": "qmbZone",
  "irods_authentication_scheme": "pam_password",
  "irods_password": "«pwn:irods»",  ⟦password|iRODS password in the environment file⟧
  "irods_client_server_negotiation": "request_server_negotiation",
  "irods_ssl_verify_server": "cert"
}
"""),
    ("home/rafael/.irods/.irodsA", r"""
«b62:24-irodsA»  ⟦?password|iRODS scrambled password file (reversible obfuscation): policy-dependent⟧
"""),
    ("home/rafael/.basespace/default.cfg", r"""
apiServer   = https://api.euc1.sh.basespace.illumina.com
accessToken = «hex:32-bsrafael»  ⟦app-secret|BaseSpace CLI accessToken⟧
"""),
    ("home/rafael/.synapseConfig", r"""
[authentication]
username = rafael.qmb
authtoken = «jwt:synapseraf»  ⟦jwt|Synapse authtoken in .synapseConfig⟧

[cache]
location = ~/.synapseCache
"""),
    ("home/haruto/.omero/omero.cfg", r"""
# OMERO.py client defaults for the microscopy image server
omero.host=omero.lab.quillmere.bio
omero.port=4064
omero.user=haruto
omero.pass=«pwl:omero»  ⟦password|OMERO client password⟧
"""),
    ("apps/omero-server/config.omero", r"""
config set omero.db.host omero-db.lab.quillmere.bio
config set omero.db.user omero
config set omero.db.pass «pw:omerodb»  ⟦password|OMERO server DB password in a config script⟧
config set omero.data.dir /OMERO
config set omero.security.keyStorePassword changeit  ⟪Java default keystore password⟫
"""),
    ("apps/galaxy/galaxy.yml", r"""
galaxy:
  database_connection: postgresql://galaxy:«pct:pwc:galaxydb»@galaxy-db.lab.quillmere.bio/galaxy  ⟦conn-string|Galaxy database_connection⟧
  id_secret: «hex:48-galaxyid»  ⟦app-secret|Galaxy id_secret⟧
  admin_users: ingrid@quillmere.bio
  object_store_config_file: object_store_conf.xml
  file_path: /galaxy/data
"""),
    ("apps/galaxy/object_store_conf.xml", r"""
<?xml version="1.0"?>
<object_store type="distributed">
  <backends>
    <backend id="s3" type="aws_s3" weight="1">
      <auth access_key="«akid:galaxys3»" secret_key="«awssec:galaxys3»" />  ⟦aws-key-id|key pair as XML attributes on one line⟧
      <bucket name="qmb-galaxy-objects" use_reduced_redundancy="False" />
    </backend>
    <backend id="local" type="disk" weight="0">
      <files_dir path="/galaxy/data" />
    </backend>
  </backends>
</object_store>
"""),
    ("apps/eln-migration/labarchives.properties", r"""
# LabArchives -> Benchling migration, run once per notebook group
labarchives.akid=quillmere_api
labarchives.access_password=«b62:24-labarchives»  ⟦app-secret|LabArchives API access password⟧
labarchives.uid.ingrid=«b62:40-lauid»  ⟦app-secret|LabArchives user access token (uid)⟧
benchling.api.key=${BENCHLING_API_KEY}  ⟪placeholder⟫
"""),
    ("apps/eln-migration/migrate.py", r"""
import os

from benchling_sdk.auth.api_key_auth import ApiKeyAuth
from benchling_sdk.benchling import Benchling

benchling = Benchling(url="https://quillmere.benchling.com",
                      auth_method=ApiKeyAuth(os.environ.get("BENCHLING_API_KEY", "«benchling:migrate»")))  ⟦app-secret|Benchling key as an os.environ.get default⟧

DROPBOX_TOKEN = "«dropbox:migrate»"  ⟦app-secret|Dropbox short-lived token (sl.) in a script⟧
"""),
    ("apps/reagent-shop/config/packages/prod/doctrine.yaml", r"""
doctrine:
  dbal:
    url: 'mysql://shop:«pct:pwx:shopdb»@reagents-db.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:3306/reagents?serverVersion=8.0'  ⟦conn-string|Doctrine DBAL URL⟧
"""),
    ("apps/reagent-shop/.env.local.php", r"""
<?php

return array (
  'APP_ENV' => 'prod',
  'APP_SECRET' => '«hex:32-symfony»',  ⟦app-secret|Symfony APP_SECRET in .env.local.php⟧
  'MAILER_DSN' => 'smtp://«akid:sesshop»:«pct:sesv4:sesshop»@email-smtp.us-east-1.amazonaws.com:587',  ⟦aws-key-id|SES SMTP credential in a mailer DSN (key id clear, password percent-encoded)⟧
  'STRIPE_PUBLIC' => '«pk:shop»',  ⟪publishable key⟫
);
"""),
    ("apps/reagent-shop/composer.lock", r"""
{
    "content-hash": "«hex:32-composerhash»",  ⟪composer content-hash⟫
    "packages": [
        {
            "name": "stripe/stripe-php",
            "version": "v16.2.0",
            "dist": {"type": "zip", "url": "https://api.github.com/repos/stripe/stripe-php/zipball/«sha:stripephp»", "shasum": ""}  ⟪commit SHA⟫
        }
    ]
}
"""),
    ("apps/label-designer/src/main/resources/zebra.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<printers>
  <printer name="bb-zebra-01" host="10.42.31.17" port="9100"/>
  <cloud>
    <endpoint>https://api.zebra.com/v2/devices</endpoint>
    <apikey>«b62:32-zebra»</apikey>  ⟦app-secret|Zebra cloud API key in XML⟧
    <tenant>«uuid:zebratenant»</tenant>  ⟪tenant id⟫
  </cloud>
</printers>
"""),
    ("apps/lab-kiosk/web.config", r"""
<?xml version="1.0"?>
<configuration>
  <system.web>
    <machineKey validationKey="«uhex:128-mkval»" decryptionKey="«uhex:48-mkdec»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey⟧
    <authentication mode="Windows" />
  </system.web>
  <appSettings>
    <add key="KioskDeviceId" value="«uuid:kioskdev»" />  ⟪device id⟫
  </appSettings>
</configuration>
"""),
    ("tools/plate-maps/plate_maps.http", r"""
### list plates (REST Client)
GET https://lims.quillmere.bio/api/plates/?status=ready
Authorization: Token {{limsToken}}  ⟪REST Client variable⟫

### legacy basic auth endpoint
GET https://labware01.lab.quillmere.bio/ws/plates
Authorization: Basic «basic:labwarehttp»  ⟦password-b64|base64 basic-auth header⟧
"""),
    ("tools/postman/lims.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",
  "name": "lims-prod",
  "values": [
    {"key": "baseUrl", "value": "https://lims.quillmere.bio", "enabled": true},
    {"key": "limsToken", "value": "«hex:40-limsdrf»", "type": "secret", "enabled": true},  ⟦app-secret|DRF token saved in a Postman environment⟧
    {"key": "plateId", "value": "PL-2026-11842", "enabled": true}
  ],
  "_postman_exported_using": "Postman/11.19.0"
}
"""),
    ("tools/datagrip/dataSources.local.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="dataSourceStorageLocal">
    <data-source name="lims prod (read)" uuid="«uuid:dguuid»">  ⟪data source uuid⟫
      <database-info product="PostgreSQL" version="15.4" />
      <secret-storage>master_key</secret-storage>
      <user-name>analyst</user-name>
      <schema-mapping />
    </data-source>
  </component>
</project>
"""),
    ("tools/matlab/startup.m", r"""
% lab-wide MATLAB startup for the imaging group
addpath(genpath('/shared/imaging/toolbox'));
setenv('AWS_ACCESS_KEY_ID', '«akid:matlab»');  ⟦aws-key-id|key id in a MATLAB setenv⟧
setenv('AWS_SECRET_ACCESS_KEY', '«awssec:matlab»');  ⟦aws-secret|secret in a MATLAB setenv⟧
setenv('AWS_DEFAULT_REGION', 'us-east-1');
"""),
    ("tools/imagej/omero_import.ijm", r"""
// Fiji macro: import a plate from OMERO
run("OMERO Connect", "server=omero.lab.quillmere.bio port=4064 user=imaging-bot password=«pwc:fijibot»");  ⟦password|password in an ImageJ macro call⟧
run("Open Plate", "plate=" + getArgument());
"""),
]
