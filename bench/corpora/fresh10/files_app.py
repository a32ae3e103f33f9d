"""fresh10 templates, application configuration and code (Northmarch Energy Networks): Kotlin/Spring,
.NET, Python (FastAPI, Django-free settings, Airflow, Dagster, Superset), TypeScript/Next.js, Go, Elixir,
C# Windows services, R, notebooks, SQL migrations, API clients (Bruno, HTTPie, HAR), package managers.
Markers: render.py and README.md."""

FILES = [
    ("services/meterhub/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://mdm.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com:5432/mdm
    username: mdm_app
    password: «pwn:mdmapp»  ⟦password|Spring datasource password⟧
  kafka:
    bootstrap-servers: b-1.ami.x7k2mq.c3.kafka.us-east-2.amazonaws.com:9098
itron:
  openway:
    base-url: https://openway-ce.nmen.internal:8443/ws
    username: svc_meterhub
    password: ${ITRON_CE_PASSWORD}  ⟪environment placeholder⟫
gridstream:
  api-key: «b62:40-gridstream»  ⟦app-secret|Gridstream key repeated in Spring YAML⟧
management:
  endpoints.web.exposure.include: health,info
"""),
    ("services/meterhub/src/main/resources/application.properties", r"""
spring.application.name=meterhub
server.port=8080
spring.datasource.hikari.maximum-pool-size=20
mdm.legacy.jdbc-url=jdbc:oracle:thin:MDM_RO/«pw6:mdmoraro»@mdm-ora.nmen.internal:1521/MDMPRD  ⟦conn-string|Oracle thin URL with user/password⟧
honeycomb.api-key=«honeycomb:mh»  ⟦app-secret|Honeycomb key in properties⟧
honeycomb.dataset=meterhub
aws.kinesis.stream=ami-interval-reads
"""),
    ("services/meterhub/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:mdm
    username: sa
    password: test-password  ⟪test value in a test path⟫
gridstream:
  api-key: gridstream-test-key-not-real  ⟪test value in a test path⟫
"""),
    ("services/meterhub/src/main/kotlin/energy/northmarch/meterhub/HeadEndClient.kt", r"""
package energy.northmarch.meterhub

import java.net.http.HttpClient
import java.util.Base64

object HeadEndClient {
    private const val USER = "svc_meterhub"
    // TODO(GRID-3402): read from Secrets Manager; hard-coded for the Itron cutover weekend
    private const val PASSWORD = "«pwc:itronce»"  ⟦password|hard-coded password constant in Kotlin⟧
    private val auth = Base64.getEncoder().encodeToString("$USER:$PASSWORD".toByteArray())
    val client: HttpClient = HttpClient.newHttpClient()
    const val CORRELATION_HEADER = "X-Correlation-Id"
}
"""),
    ("services/meterhub/gradle.properties", r"""
org.gradle.jvmargs=-Xmx3g
artifactoryUser=ci-reader
artifactoryPassword=«pwr:artreader»  ⟦password|gradle.properties repository password⟧
kotlin.code.style=official
"""),
    ("services/meterhub/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>nmen-releases</id>
      <username>ci-deployer</username>
      <password>«pwx:mavendeploy»</password>  ⟦password|Maven settings password in clear⟧
    </server>
    <server>
      <id>nmen-snapshots</id>
      <username>ci-deployer</username>
      <password>{«b64k:32-u10»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/fieldops/src/FieldOps.Api/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Dispatch": "Server=fieldops-sql.nmen.internal,1433;Database=Dispatch;User Id=dispatch_api;Password=«pwx:fieldsql»;Encrypt=True",  ⟦conn-string|SQL Server connection string repeated in appsettings⟧
    "Redis": "fieldops-cache.x1lq2d.use2.cache.amazonaws.com:6380,ssl=true,password=«pwr:fieldredis»"  ⟦conn-string|StackExchange.Redis string with password⟧
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:fieldopsapp»",  ⟪client id⟫
    "ClientSecret": "«azad:fieldops»"  ⟦azure-ad|Entra ID client secret⟧
  },
  "Samsara": {"ApiToken": "samsara_api_«b62:30-samsara»"}  ⟦app-secret|Samsara token repeated in appsettings⟧
}
"""),
    ("services/fieldops/src/FieldOps.Api/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Dispatch": "Server=localhost,1433;Database=Dispatch;User Id=sa;Password=YourStrong!Passw0rd;TrustServerCertificate=True"  ⟪documented SQL Server container default⟫
  },
  "AzureAd": {"ClientSecret": "<client-secret>"},  ⟪placeholder⟫
  "Samsara": {"ApiToken": ""}
}
"""),
    ("services/fieldops/src/FieldOps.Web/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="GisServiceUrl" value="https://gis.northmarch-energy.com/arcgis/rest/services" />
    <add key="GisTokenUser" value="fieldops_viewer" />
    <add key="GisTokenPwd" value="«pwl:gisviewer»" />  ⟦password|Web.config appSettings password⟧
    <add key="What3WordsKey" value="«up:8-w3w»" />  ⟦app-secret|what3words API key⟧
  </appSettings>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=crewdb01;Initial Catalog=Crew;Integrated Security=SSPI" />  ⟪integrated security, no password⟫
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«uhex:128-mkval»" decryptionKey="«uhex:48-mkdec»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey⟧
  </system.web>
</configuration>
"""),
    ("services/fieldops/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nexus" value="https://nexus.nmen.internal/repository/nuget-group/" />
  </packageSources>
  <packageSourceCredentials>
    <nexus>
      <add key="Username" value="nuget-reader" />
      <add key="ClearTextPassword" value="«pwc:nugetreader»" />  ⟦password|NuGet ClearTextPassword⟧
    </nexus>
  </packageSourceCredentials>
</configuration>
"""),
    ("services/historian-bridge/HistorianBridge.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PiServer" value="pi-da01.scada.nmen.internal" />
    <add key="PiUser" value="NMEN\svc-pibridge" />
    <add key="PiPassword" value="«pwn:pibridgeapp»" />  ⟦password|Windows service config password⟧
    <add key="S3Bucket" value="nmen-historian-lake" />
    <add key="AwsAccessKey" value="«akid:pibridge»" />  ⟦aws-key-id|key id in a .NET exe.config⟧
    <add key="AwsSecretKey" value="«awssec:pibridge»" />  ⟦aws-secret|secret in a .NET exe.config⟧
  </appSettings>
  <connectionStrings configProtectionProvider="DataProtectionConfigurationProvider">
    <EncryptedData>
      <CipherData>
        <CipherValue>«b64k:180-u11»</CipherValue>  ⟪DPAPI-protected config section⟫
      </CipherData>
    </EncryptedData>
  </connectionStrings>
</configuration>
"""),
    ("services/historian-bridge/opcua-client.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ApplicationConfiguration xmlns="http://opcfoundation.org/UA/SDK/Configuration.xsd">
  <ApplicationName>NMEN Historian OPC UA Client</ApplicationName>
  <ApplicationUri>urn:nmen:historian:opcua-client</ApplicationUri>
  <SecurityConfiguration>
    <ApplicationCertificate>
      <StoreType>Directory</StoreType>
      <StorePath>%LocalApplicationData%/OPC Foundation/pki/own</StorePath>  ⟪environment-style path⟫
      <SubjectName>CN=Historian OPC UA Client, O=Northmarch Energy Networks</SubjectName>
    </ApplicationCertificate>
  </SecurityConfiguration>
  <Extensions>
    <UserIdentity>
      <UserName>opc_reader</UserName>
      <Password>«pwl:opcreader»</Password>  ⟦password|OPC UA user identity password⟧
    </UserIdentity>
  </Extensions>
</ApplicationConfiguration>
"""),
    ("services/outage-mgr/oms/settings.py", r"""
import os

OMS_ENV = os.environ.get("OMS_ENV", "prod")
DATABASE_URL = os.environ["DATABASE_URL"]  # set by the Helm chart
ARCGIS_CLIENT_ID = "«b62:16-esricid»"
ARCGIS_CLIENT_SECRET = os.getenv("ARCGIS_CLIENT_SECRET", "«hex:32-esricsec»")  ⟦app-secret|ArcGIS secret as a getenv fallback⟧
MAILGUN_API_KEY = os.getenv("MAILGUN_API_KEY")
TWILIO_AUTH_TOKEN = os.environ.get("TWILIO_AUTH_TOKEN", "")
SESSION_SECRET = "«b62:48-omssession»"  ⟦app-secret|session signing secret in Python settings⟧
SCADA_ALARM_FEED = "https://scada-dmz.nmen.internal/alarms"
"""),
    ("services/outage-mgr/tests/test_notify.py", r"""
from oms import notify

def test_sms_body(monkeypatch):
    monkeypatch.setenv("TWILIO_AUTH_TOKEN", "twilio-test-token-0000")  ⟪test value in a test file⟫
    monkeypatch.setenv("MAILGUN_API_KEY", "key-" + "0" * 32)  ⟪zeroed test key⟫
    assert notify.render_sms("OH-1142", eta="18:30").startswith("Northmarch:")
"""),
    ("services/outage-mgr/alembic.ini", r"""
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://oms_migrate:«pct:pwc:omsmigrate»@oms.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com/oms  ⟦conn-string|alembic sqlalchemy.url with password⟧

[loggers]
keys = root
"""),
    ("services/outage-mgr/pyproject.toml", r"""
[project]
name = "oms"
version = "2026.11.18"
requires-python = ">=3.12"
dependencies = ["fastapi>=0.115", "psycopg[binary]>=3.2", "twilio>=9.3", "arcgis>=2.4"]

[[tool.uv.index]]
name = "nmen"
url = "https://nmen.jfrog.io/artifactory/api/pypi/pypi-virtual/simple"

[tool.pytest.ini_options]
addopts = "-q"
"""),
    ("services/outage-mgr/uv.lock", r"""
version = 1
requires-python = ">=3.12"

[[package]]
name = "twilio"
version = "9.3.7"
source = { registry = "https://nmen.jfrog.io/artifactory/api/pypi/pypi-virtual/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/twilio-9.3.7.tar.gz", hash = "sha256:«sha256:uvtw»", size = 987112 }  ⟪lock file hash⟫
wheels = [
    { url = "https://files.pythonhosted.org/packages/twilio-9.3.7-py2.py3-none-any.whl", hash = "sha256:«sha256:uvtw2»", size = 1801334 },
]
"""),
    ("services/myaccount/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://my.northmarch-energy.com
NEXT_PUBLIC_MAPBOX_TOKEN=«mapboxpk:myaccount»  ⟪Mapbox public token⟫
MAPBOX_SECRET_TOKEN=«mapboxsk:myaccount»  ⟦app-secret|Mapbox secret sk. token⟧
AUTH0_ISSUER_BASE_URL=https://login.northmarch-energy.com
AUTH0_CLIENT_ID=«b62:32-auth0cid»  ⟪Auth0 client id⟫
AUTH0_CLIENT_SECRET=«urlsafe:48-auth0sec»  ⟦app-secret|Auth0 client secret⟧
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET in .env⟧
LD_SDK_KEY=«ldsdk:myaccount»  ⟦app-secret|LaunchDarkly SDK key repeated in .env⟧
SENTRY_DSN=«sentrynew:myaccount»  ⟪modern Sentry DSN, public⟫
"""),
    ("services/myaccount/.env.example", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=pk.your-mapbox-token  ⟪placeholder⟫
MAPBOX_SECRET_TOKEN=
AUTH0_CLIENT_SECRET=<your-auth0-secret>  ⟪placeholder⟫
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪instruction placeholder⟫
LD_SDK_KEY=sdk-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx  ⟪masked placeholder⟫
"""),
    ("services/myaccount/src/lib/adyen.ts", r"""
import { Client, CheckoutAPI } from '@adyen/api-library';

const client = new Client({
  apiKey: process.env.ADYEN_API_KEY ?? '«adyen:myaccount»',  ⟦app-secret|Adyen key as a fallback literal in TypeScript⟧
  environment: 'LIVE',
  liveEndpointUrlPrefix: '«hex:16-adyenprefix»-NorthmarchEnergy',
});

export const checkout = new CheckoutAPI(client);
export const CLIENT_KEY = 'live_«up:32-adyenclient»';  ⟪Adyen client key, public⟫
"""),
    ("services/myaccount/.npmrc", r"""
@northmarch:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«ghp:npmrcgh»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪environment reference⟫
"""),
    ("services/myaccount/src/__tests__/billing.test.ts", r"""
import { formatKwh } from '../lib/format';

process.env.ADYEN_API_KEY = 'AQE-test-key-not-real';  ⟪test value in a test path⟫

test('formats kWh', () => {
  expect(formatKwh(1234.5)).toBe('1,234.5 kWh');
});
"""),
    ("services/myaccount/package-lock.json", r"""
{
  "name": "myaccount",
  "version": "4.12.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@adyen/api-library": {
      "version": "20.0.0",
      "resolved": "https://registry.npmjs.org/@adyen/api-library/-/api-library-20.0.0.tgz",
      "integrity": "«sri:adyenlib»"  ⟪npm integrity⟫
    },
    "node_modules/mapbox-gl": {
      "version": "3.7.0",
      "resolved": "https://registry.npmjs.org/mapbox-gl/-/mapbox-gl-3.7.0.tgz",
      "integrity": "«sri:mapboxgl»"
    }
  }
}
"""),
    ("services/gridedge/config/prod.yaml", r"""
listen: :8443
vtn:
  id: NMEN-VTN-01
  cert_file: /etc/gridedge/tls/vtn.crt
  key_file: /etc/gridedge/tls/vtn.key  ⟪key file path⟫
aggregators:
  enphase:
    base_url: https://api.enphaseenergy.com/api/v4
    api_key: «hex:32-enphase»  ⟦app-secret|Enphase key in Go service YAML⟧
  tesla:
    client_id: «uuid:teslacid»
    client_secret: ta-secret.«b62:16-teslasec»  ⟦app-secret|Tesla Fleet secret repeated in YAML⟧
mqtt:
  broker: ssl://mqtt-legacy.nmen.internal:8883
  username: gridedge
  password: «pwshort:mqttgridedge»  ⟦password|MQTT password, short⟧
"""),
    ("services/gridedge/internal/sunspec/client.go", r"""
package sunspec

import "time"

const (
	defaultTimeout = 5 * time.Second
	// installer account on the pilot inverters (Fronius, firmware 3.x); same on all 40 sites
	installerUser     = "installer"
	installerPassword = "«pwshort:froniusinst»"  ⟦password|hard-coded installer password in Go⟧
)

type Client struct {
	Host string
	Port int
}
"""),
    ("services/gridedge/internal/sunspec/client_test.go", r"""
package sunspec

import "testing"

func TestDial(t *testing.T) {
	c := Client{Host: "127.0.0.1", Port: 502}
	password := "unit-test-only-not-a-secret"  ⟪test value in a test file⟫
	_ = password
	if c.Port != 502 {
		t.Fatal("port")
	}
}
"""),
    ("services/gridedge/go.sum", r"""
github.com/eclipse/paho.mqtt.golang v1.5.0 h1:«b64k:32-u12»  ⟪go.sum hash⟫
github.com/eclipse/paho.mqtt.golang v1.5.0/go.mod h1:«b64k:32-u13»
github.com/goburrow/modbus v0.1.0 h1:«b64k:32-u14»
"""),
    ("services/evcharge/config/runtime.exs", r"""
import Config

if config_env() == :prod do
  config :evcharge, Evcharge.Repo,
    url: System.fetch_env!("DATABASE_URL"),  ⟪environment reference⟫
    pool_size: 10

  config :evcharge, EvchargeWeb.Endpoint,
    secret_key_base: System.get_env("SECRET_KEY_BASE") || "«b62:64-phoenixskb»"  ⟦app-secret|Phoenix secret_key_base fallback literal⟧

  config :evcharge, :chargepoint,
    user: "nmen-fleet",
    password: "«pwc:chargepoint»"  ⟦password|ChargePoint password in Elixir config⟧

  config :stripity_stripe, api_key: System.get_env("STRIPE_SECRET_KEY")
end
"""),
    ("services/evcharge/mix.lock", r"""
%{
  "ecto_sql": {:hex, :ecto_sql, "3.12.1", "«sha256:mixecto»", [:mix], [], "hexpm", "«sha256:mixecto2»"},  ⟪mix.lock hashes⟫
  "stripity_stripe": {:hex, :stripity_stripe, "3.2.0", "«sha256:mixstripe»", [:mix], [], "hexpm", "«sha256:mixstripe2»"},
}
"""),
    ("data/settlements/dags/ieso_prices.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator

with DAG("ieso_prices", start_date=datetime(2026, 1, 1), schedule="@hourly", catchup=False) as dag:
    fetch = HttpOperator(
        task_id="fetch",
        http_conn_id="ieso_mim",
        endpoint="/api/v1/prices",
        headers={"Authorization": "Bearer {{ var.value.ieso_token }}"},  ⟪Jinja variable⟫
    )
    pjm = HttpOperator(
        task_id="pjm",
        http_conn_id="pjm_dataminer",
        endpoint="/api/v1/rt_hrl_lmps",
        headers={"Ocp-Apim-Subscription-Key": "«hex:32-pjmsub»"},  ⟦app-secret|PJM key hard-coded in a DAG⟧
    )
"""),
    ("data/settlements/airflow_connections.json", r"""
{
  "snowflake_settle": {
    "conn_type": "snowflake",
    "login": "SVC_SETTLE",
    "password": "«pwx:snowsettle»",  ⟦password|Airflow connection export password⟧
    "extra": {"account": "nmen-grid01", "warehouse": "SETTLE_WH", "role": "SETTLE_RW"}
  },
  "ieso_mim": {
    "conn_type": "http",
    "host": "https://mim.ieso.ca",
    "login": "NMEN_MP_0192",
    "password": "«pwn:iesomim»"  ⟦password|Airflow connection password repeated⟧
  },
  "aws_default": {
    "conn_type": "aws",
    "extra": {"role_arn": "arn:aws:iam::318406275591:role/mwaa-settle"}  ⟪role ARN⟫
  }
}
"""),
    ("data/dbt/profiles.yml", r"""
settlements:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: nmen-grid01
      user: DBT_SETTLE
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"  ⟪env_var⟫
      role: TRANSFORMER
      database: SETTLE
      warehouse: TRANSFORM_WH
      schema: marts
    redshift:
      type: redshift
      host: nmen-settlements.c9wq1xk2zr4n.us-east-2.redshift.amazonaws.com
      user: dbt
      password: «pwl:dbtredshift»  ⟦password|dbt profile password⟧
      dbname: settle
      schema: marts
"""),
    ("data/dagster/dagster.yaml", r"""
storage:
  postgres:
    postgres_db:
      username: dagster
      password:
        env: DAGSTER_PG_PASSWORD  ⟪env reference⟫
      hostname: dagster.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com
      db_name: dagster
run_launcher:
  module: dagster_aws.ecs
  class: EcsRunLauncher
  config:
    secrets:
      - arn:aws:secretsmanager:us-east-2:318406275591:secret:dagster/veg-«b62:6-dagsm»  ⟪Secrets Manager ARN⟫
"""),
    ("data/superset/superset_config.py", r"""
import os

ROW_LIMIT = 50000
SECRET_KEY = "«b64k:42-u15»"  ⟦app-secret|Superset SECRET_KEY⟧
SQLALCHEMY_DATABASE_URI = "postgresql://superset:«pct:pwn:supersetdb»@superset-db.nmen.internal:5432/superset"  ⟦conn-string|Superset metadata DB URI with password⟧
MAPBOX_API_KEY = os.getenv("MAPBOX_API_KEY", "")
FEATURE_FLAGS = {"ALERT_REPORTS": True}
SMTP_PASSWORD = "«sesv4:superset»"  ⟦aws-ses-smtp|SES SMTP password in Superset config⟧
SMTP_USER = "«akid:sessuperset»"  ⟦aws-key-id|SES SMTP user key id in Superset config⟧
"""),
    ("data/notebooks/feeder-load-forecast.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Feeder load forecast, summer peak 2026\n"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, snowflake.connector\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbforecast»', aws_secret_access_key='«awssec:nbforecast»')\n",  ⟦aws-key-id|key id and secret in one notebook line⟧
    "con = snowflake.connector.connect(account='nmen-grid01', user='MEILING', password='«pwn:nbsnow»')\n"  ⟦password|Snowflake password in a notebook⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["request id «uuid:nbreq»\n"]}],  ⟪request id in output⟫
   "source": ["df = pd.read_sql('select * from feeder_peaks', con)\n"]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("data/r/.Renviron", r"""
R_LIBS_USER=~/R/library
SNOWFLAKE_UID=SVC_RATECASE
SNOWFLAKE_PWD=«pwc:ratecase»  ⟦password|.Renviron password⟧
EIA_API_KEY=«b62:40-eia»  ⟦app-secret|EIA open data API key⟧
"""),
    ("data/r/rate_case_model.R", r"""
library(DBI)
library(odbc)
con <- dbConnect(odbc::odbc(), Driver = "SnowflakeDSIIDriver", Server = "nmen-grid01.snowflakecomputing.com",
                 UID = Sys.getenv("SNOWFLAKE_UID"), PWD = Sys.getenv("SNOWFLAKE_PWD"))  ⟪Sys.getenv⟫
load <- dbGetQuery(con, "select * from rate_case.class_load_2025")
fit <- lm(kwh ~ hdd + cdd + customers, data = load)
"""),
    ("db/migrations/V12__scada_readonly.sql", r"""
-- read-only role for the SCADA historian replica
CREATE ROLE scada_ro LOGIN PASSWORD '«pwshort:scadaro»';  ⟦password|CREATE ROLE with a literal password⟧
GRANT CONNECT ON DATABASE historian TO scada_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA pi TO scada_ro;
-- rotated 2026-09: md5 verifier kept for the audit trail
-- ALTER ROLE scada_ro PASSWORD 'md5«hex:32-scadaromd5»';  ⟪PostgreSQL md5 verifier⟫
"""),
    ("db/liquibase/changelog-cis.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<databaseChangeLog xmlns="http://www.liquibase.org/xml/ns/dbchangelog">
  <changeSet id="cis-41" author="desmond">
    <sql>CREATE USER cis_batch WITH PASSWORD '«pwn:cisbatch»'</sql>  ⟦password|CREATE USER in a Liquibase changeset⟧
  </changeSet>
  <changeSet id="cis-42" author="desmond">
    <sql>GRANT SELECT ON premise, service_point TO cis_batch</sql>
  </changeSet>
</databaseChangeLog>
"""),
    ("db/flyway.conf", r"""
flyway.url=jdbc:postgresql://mdm.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com:5432/mdm
flyway.user=mdm_migrate
flyway.password=«pwc:mdmmigrate»  ⟦password|flyway.conf password⟧
flyway.locations=filesystem:db/migrations
"""),
    ("tools/bruno/outage-api/environments/prod.bru", r"""
vars {
  baseUrl: https://oms.northmarch-energy.com/api/v2
  omsUser: ops-dashboard
}
vars:secret [
  omsToken  ⟪Bruno secret variable name⟫
]
"""),
    ("tools/bruno/outage-api/Create incident.bru", r"""
meta {
  name: Create incident
  type: http
  seq: 3
}

post {
  url: {{baseUrl}}/incidents
  body: json
  auth: bearer
}

auth:bearer {
  token: «jwt:omsdash»  ⟦jwt|bearer JWT saved in a Bruno request⟧
}

body:json {
  {"circuit": "OH-1142", "cause": "tree contact"}
}
"""),
    ("tools/httpie/sessions/pi.nmen.internal/svc.json", r"""
{
    "__meta__": {"about": "HTTPie session file", "help": "https://httpie.io/docs#sessions", "httpie": "3.2.3"},
    "auth": {"password": "«pwn:pihttpie»", "type": "basic", "username": "NMEN\\svc-piread"},  ⟦password|HTTPie session basic-auth password⟧
    "cookies": [],
    "headers": {"Accept": "application/json"}
}
"""),
    ("tools/har/myaccount-login.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "startedDateTime": "2026-10-02T14:11:09.412Z",
        "request": {
          "method": "POST",
          "url": "https://my.northmarch-energy.com/api/billing/autopay",
          "headers": [
            {"name": "authorization", "value": "Bearer «jwt:harsession»"},  ⟦jwt|bearer JWT captured in a HAR file⟧
            {"name": "x-request-id", "value": "«uuid:harreq»"}  ⟪request id⟫
          ],
          "postData": {"mimeType": "application/json", "text": "{\"account\":\"4410-9921-07\",\"method\":\"ach\"}"}
        },
        "response": {"status": 200, "headers": [{"name": "etag", "value": "W/\"«hex:32-etag»\""}]}  ⟪ETag⟫
      }
    ]
  }
}
"""),
    ("tools/k6/ami-load.js", r"""
import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 50, duration: '10m' };
const TOKEN = __ENV.MH_TOKEN;  ⟪k6 environment reference⟫
const GRIDSTREAM_KEY = '«b62:40-gridstream»';  ⟦app-secret|Gridstream key in a load script⟧

export default function () {
  const r = http.get('https://meterhub.nmen.internal/api/reads?meter=NM' + (__VU * 1000 + __ITER), {
    headers: { Authorization: `Bearer ${TOKEN}`, 'X-Gridstream-Key': GRIDSTREAM_KEY },
  });
  check(r, { ok: (res) => res.status === 200 });
}
"""),
    ("tools/locust/locustfile.py", r"""
from locust import HttpUser, task

class PortalUser(HttpUser):
    host = "https://my.northmarch-energy.com"

    def on_start(self):
        self.client.post("/api/auth/login", json={"email": "loadgen@northmarch-energy.com", "password": "«pw:loadgen»"})  ⟦password|login password in a locustfile⟧

    @task
    def usage(self):
        self.client.get("/api/usage?range=30d")
"""),
    ("services/evcharge/ocpp/charge_points.csv", r"""
charge_point_id,site,model,basic_auth_password,firmware
NMEN-CP-0001,Akron depot,ABB Terra 54,«pwr:cp0001»,1.8.21  ⟦password|OCPP basic-auth password in a CSV column⟧
NMEN-CP-0002,Akron depot,ABB Terra 54,«pwr:cp0002»,1.8.21  ⟦password|OCPP basic-auth password in a CSV column⟧
NMEN-CP-0003,Toledo yard,Kempower S,********,2.1.0  ⟪masked value⟫
"""),
    ("services/evcharge/priv/ocpp_security.json", r"""
{
  "SecurityProfile": 2,
  "AuthorizationKey": "«uhex:40-ocppauthkey»",  ⟦app-secret|OCPP AuthorizationKey (charge point basic-auth secret)⟧
  "CentralSystemUrl": "wss://ocpp.northmarch-energy.com/ocpp16/",
  "CertificateSerial": "«uhex:16-ocppcert»"  ⟪certificate serial⟫
}
"""),
    ("services/outage-mgr/oms/arcgis_client.py", r"""
from arcgis.gis import GIS

# service account for publishing outage polygons; password rotates quarterly (last: Q3)
gis = GIS("https://gis.northmarch-energy.com/portal", "svc_outagepub", "«pwl:arcgispub»")  ⟦password|positional password argument in Python⟧

def publish(layer_id: str, features):
    layer = gis.content.get(layer_id).layers[0]
    return layer.edit_features(adds=features)
"""),
    ("services/meterhub/src/main/resources/logback-spring.xml", r"""
<configuration>
  <appender name="SMTP" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>email-smtp.us-east-2.amazonaws.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>«akid:seslogback»</username>  ⟦aws-key-id|SES SMTP key id in logback⟧
    <password>«sesv4:logback»</password>  ⟦aws-ses-smtp|SES SMTP password in logback⟧
    <to>grid-data-alerts@northmarch-energy.com</to>
  </appender>
  <root level="INFO"><appender-ref ref="SMTP" /></root>
</configuration>
"""),
    ("apps/lineman-app/android/local.properties", r"""
sdk.dir=/Users/callum/Library/Android/sdk
MAPBOX_DOWNLOADS_TOKEN=«mapboxsk:android»  ⟦app-secret|Mapbox secret downloads token⟧
signing.storePassword=«pwn:androidstore»  ⟦password|Android keystore password⟧
signing.keyAlias=lineman
"""),
    ("apps/lineman-app/ios/Config.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = energy.northmarch.lineman
SAMSARA_TOKEN = samsara_api_«b62:30-samsaraios»  ⟦app-secret|Samsara token in an xcconfig⟧
MAPBOX_PUBLIC = «mapboxpk:ios»  ⟪Mapbox public token⟫
"""),
    ("apps/lineman-app/fastlane/Appfile", r"""
app_identifier("energy.northmarch.lineman")
apple_id("mobile@northmarch-energy.com")
itc_team_id("«num:9-itcteam»")  ⟪team id⟫
ENV["FASTLANE_PASSWORD"] = "«pwn:fastlane»"  ⟦password|Apple ID password set in a fastlane Appfile⟧
ENV["MATCH_PASSWORD"] = ENV.fetch("MATCH_PASSWORD")
"""),
    ("services/meterhub/src/main/resources/openway-ce-cert.pem.b64", r"""
«b64cert:edheadend:openway-ce.nmen.internal»  ⟪base64 certificate (public)⟫
"""),
    ("services/keycloak/realm-nmen-export.json", r"""
{
  "realm": "nmen",
  "enabled": true,
  "clients": [
    {
      "clientId": "oms-dashboard",
      "secret": "«b62:32-kcoms»",  ⟦app-secret|Keycloak client secret in a realm export⟧
      "redirectUris": ["https://oms.northmarch-energy.com/*"]
    },
    {
      "clientId": "myaccount-spa",
      "publicClient": true,
      "secret": "**********"  ⟪masked value⟫
    }
  ],
  "smtpServer": {"host": "email-smtp.us-east-2.amazonaws.com", "user": "«akid:seskeycloak»", "password": "«sesv4:keycloak»"},  ⟦aws-ses-smtp|SES SMTP credentials in a realm export⟧
  "users": [
    {"username": "svc-oms", "credentials": [{"type": "password", "hashedSaltedValue": "«b64k:64-u16»", "salt": "«b64k:16-u17»", "hashIterations": 27500}]}  ⟪hashed credential⟫
  ]
}
"""),
    ("services/ldap/seed-users.ldif", r"""
dn: uid=svc-pibridge,ou=services,dc=nmen,dc=internal
objectClass: inetOrgPerson
uid: svc-pibridge
cn: PI bridge service
sn: service
userPassword: «pwn:pibridgeapp»  ⟦password|clear userPassword in an LDIF⟧

dn: uid=svc-oms,ou=services,dc=nmen,dc=internal
objectClass: inetOrgPerson
uid: svc-oms
userPassword: {SSHA}«b64k:24-u18»  ⟪salted hash⟫
"""),
    ("services/radius/clients.conf", r"""
client substation-switches {
    ipaddr = 10.60.0.0/16
    secret = «pwc:radiussw»  ⟦password|FreeRADIUS shared secret⟧
    shortname = sub-sw
}
client localhost {
    ipaddr = 127.0.0.1
    secret = testing123  ⟪FreeRADIUS shipped default⟫
}
"""),
    ("services/chirpstack/chirpstack.toml", r"""
[postgresql]
dsn = "postgres://chirpstack:«pct:pwl:chirpdb»@chirpstack-db.nmen.internal/chirpstack?sslmode=require"  ⟦conn-string|ChirpStack LoRaWAN DSN with password⟧

[api]
bind = "0.0.0.0:8080"
secret = "«b64k:32-u19»"  ⟦app-secret|ChirpStack API JWT secret⟧

[integration.mqtt]
server = "tcp://mosquitto:1883"
"""),
    ("services/homeassistant/secrets.yaml", r"""
# Akron substation lab (building automation pilot)
lab_wifi_password: «wpa:labwifi»  ⟦password|Wi-Fi password in Home Assistant secrets⟧
modbus_gateway_host: 10.60.4.21
influx_token: «urlsafe:64-influxtok»  ⟦app-secret|InfluxDB token repeated in Home Assistant secrets⟧
"""),
    ("services/telegraf/telegraf.conf", r"""
[agent]
  interval = "10s"

[[outputs.influxdb_v2]]
  urls = ["https://influx.nmen.internal:8086"]
  token = "$INFLUX_TOKEN"  ⟪environment reference⟫
  organization = "grid"
  bucket = "substations"

[[inputs.modbus]]
  name = "rtu-gw-01"
  controller = "tcp://10.60.4.21:502"

[[inputs.mqtt_consumer]]
  servers = ["ssl://mqtt-legacy.nmen.internal:8883"]
  topics = ["feeder/+/telemetry"]
  username = "telegraf"
  password = "«pwshort:mqtttelegraf»"  ⟦password|Telegraf MQTT password⟧
"""),
    ("services/nodered/flows_cred.json", r"""
{"$": "«hex:160-noderedflow»"}  ⟪Node-RED encrypted credentials blob⟫
"""),
    ("services/nodered/settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: "«b62:24-noderedcred»",  ⟦app-secret|Node-RED credentialSecret repeated⟧
    adminAuth: {
        type: "credentials",
        users: [{username: "admin", password: "«bcrypt:nodered»", permissions: "*"}]  ⟪bcrypt hash⟫
    },
};
"""),
    ("services/logstash/pipeline/scada-syslog.conf", r"""
input {
  syslog { port => 5514 }
}
output {
  opensearch {
    hosts => ["https://search-scada-dmz-logs-«lo:26-osid».us-east-2.es.amazonaws.com:443"]
    user => "osadmin"
    password => "«pw:osmaster»"  ⟦password|Logstash output password repeated from CloudFormation⟧
    index => "scada-syslog-%{+YYYY.MM.dd}"
  }
}
"""),
    ("services/kafka-connect/s3-sink.properties", r"""
name=ami-s3-sink
connector.class=io.confluent.connect.s3.S3SinkConnector
topics=ami.interval.reads
s3.bucket.name=nmen-ami-lake
s3.region=us-east-2
aws.access.key.id=«akid:kconnect»  ⟦aws-key-id|key id in a Kafka Connect sink⟧
aws.secret.access.key=«awssec:kconnect»  ⟦aws-secret|secret in a Kafka Connect sink⟧
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username="«confkey:ami»" password="«confsec:ami»";  ⟦app-secret|Confluent API secret in a JAAS line⟧
"""),
    ("services/vegetation/report_summarizer.py", r"""
'''Summarise contractor trim reports for the reliability filing (pilot).'''
import os

from openai import OpenAI

client = OpenAI(api_key=os.environ.get("OPENAI_API_KEY", "«oai:vegsum»"))  ⟦openai|OpenAI key as a getenv fallback⟧
MODEL = "gpt-4o-mini"


def summarise(text: str) -> str:
    r = client.chat.completions.create(model=MODEL, messages=[{"role": "user", "content": text}])
    return r.choices[0].message.content
"""),
    ("services/gridedge/cmd/alertbot/main.go", r"""
package main

import (
	"log"
	"os"

	"github.com/slack-go/slack"
)

// der-alerts bot in #grid-der; app token for Socket Mode
var appToken = "«xapp:deralerts»"  ⟦slack|Slack app-level token in Go source⟧

func main() {
	api := slack.New(os.Getenv("SLACK_BOT_TOKEN"), slack.OptionAppLevelToken(appToken))  ⟪environment reference⟫
	if _, err := api.AuthTest(); err != nil {
		log.Fatal(err)
	}
}
"""),
    ("services/meterhub/src/main/resources/legacy-headend.properties", r"""
# Gridstream RF mesh head-end (legacy SOAP adapter), moved from the old WebLogic domain
gridstream.soap.url=https://gs-headend.nmen.internal:8443/RNIService
gridstream.soap.user=NMEN_MH
gridstream.soap.password=«pwx:gssoap»  ⟦password|properties password⟧
gridstream.soap.keystore=/opt/meterhub/gs-client.jks
gridstream.soap.keystore.password=${GS_KEYSTORE_PASSWORD}  ⟪environment placeholder⟫
"""),
    ("services/myaccount/scripts/seed-s3.js", r"""
// one-off used to seed the bill PDF bucket for the 2026 redesign; key pair split to get past review bots
const { S3Client } = require('@aws-sdk/client-s3');

const accessKeyId = '«akid:seedjs»';  ⟦aws-key-id|key id in a one-off Node script⟧
const secretAccessKey = [
  '«head20:awssec:seedjs»',  ⟦?aws-secret|first half of a secret split across an array⟧
  '«tail20:awssec:seedjs»',
].join('');

module.exports = new S3Client({ region: 'us-east-2', credentials: { accessKeyId, secretAccessKey } });
"""),
    ("services/airbyte/connections/zuora-source.json", r"""
{
  "sourceDefinitionId": "«uuid:airbytedef»",
  "name": "Zuora billing",
  "connectionConfiguration": {
    "tenant_endpoint": "US Cloud API Production",
    "client_id": "«uuid:zuoraid»",
    "client_secret": "«b62:42-zuorasec»",  ⟦app-secret|Zuora secret repeated in an Airbyte source⟧
    "start_date": "2024-01-01"
  },
  "workspaceId": "«uuid:airbytews»"  ⟪workspace id⟫
}
"""),
]
