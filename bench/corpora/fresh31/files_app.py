"""fresh31 templates, applications (Skerrymor Energy): the trading gateway, forecasting, the lakehouse, the
offtaker portal, the marine coordination app, condition monitoring, notebooks and their tests.
Markers: render.py and README.md."""

FILES = [
    ("apps/tidemark/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://tidemark-pg.skerrymor.internal:5432/tidemark
    username: tidemark_app
    password: «pwc:tidemarkapp»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-4f1c.mq.eu-west-2.amazonaws.com
    username: tidemark
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
market:
  epex:
    m7:
      user: SKMTRD01
      password: «pwr:m7amqp»  ⟦password|EPEX M7 password in Spring YAML (same value as the ECS env)⟧
  nordpool:
    auction-api: https://auctions-api.nordpoolgroup.mktgw.com
    client-secret: «pwx:nordpool»  ⟦app-secret|Nord Pool client secret in Spring YAML⟧
  elexon:
    bmrs-api-key: «lo:15-bmrs»  ⟦app-secret|Elexon BMRS API key in Spring YAML⟧
"""),
    ("apps/tidemark/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:tidemark
    username: sa
    password: ""  ⟪empty test password⟫
market:
  epex:
    m7:
      user: TESTUSER
      password: test-m7-password-not-real  ⟪test value in a test path⟫
"""),
    ("apps/tidemark/src/main/resources/remit.properties", r"""
# REMIT trade reporting via RRM (ACER code A0041257H.UK)
rrm.sftp.host=sftp.remit-reporting.rrmhub.eu
rrm.sftp.user=skerrymor
rrm.sftp.password=«pwn:rrmsftp»  ⟦password|RRM SFTP password in .properties⟧
rrm.keystore.password=«pwp:rrmks»  ⟦password|keystore password in .properties⟧
rrm.keystore=/etc/tidemark/rrm-client.p12
rrm.ack.poll.seconds=120
"""),
    ("apps/tidemark/settings.gradle.kts", r"""
pluginManagement {
    repositories {
        maven {
            url = uri("https://nexus.skerrymor.energy/repository/gradle-plugins/")
            credentials {
                username = "gradle-ci"
                password = "«pwl:nexusgradle»"  ⟦password|Nexus password in settings.gradle.kts⟧
            }
        }
    }
}
rootProject.name = "tidemark"
"""),
    ("apps/forecast/windcast/config.py", r"""
'''Windcast day-ahead and intraday power forecasting: NWP ingest, per-turbine power curves, park aggregation.'''
import os

NWP_SOURCES = ["ecmwf-hres", "icon-eu", "ukv"]
ECMWF_URL = "https://api.ecmwf.int/v1"
ECMWF_KEY = os.environ.get("ECMWF_API_KEY")  ⟪os.environ lookup⟫
ECMWF_EMAIL = "forecast@skerrymor.energy"
METOFFICE_DATAHUB_KEY = "«jwt:metoffice»"  ⟦jwt|Met Office DataHub API key (a JWT) in code⟧
TOMORROW_IO_KEY = "«b62:32-tomorrowio»"  ⟦app-secret|weather API key in code⟧
MLFLOW_S3_ENDPOINT = "https://s3.eu-west-2.amazonaws.com"
"""),
    ("apps/forecast/windcast/.env", r"""
ECMWF_API_KEY=«hex:32-ecmwf»  ⟦app-secret|ECMWF key in a .env (same as the ECS env)⟧
ECMWF_API_EMAIL=forecast@skerrymor.energy
SOLCAST_API_KEY=«urlsafe:24-solcast»  ⟦app-secret|Solcast key in a .env⟧
DATABASE_URL=postgresql://windcast:«pw:windcastdb»@forecast-db.skerrymor.internal:5432/windcast  ⟦conn-string|Postgres URL with password in .env⟧
MPLBACKEND=Agg
"""),
    ("apps/forecast/windcast/.env.example", r"""
ECMWF_API_KEY=<your-ecmwf-key>  ⟪placeholder⟫
ECMWF_API_EMAIL=you@skerrymor.energy
SOLCAST_API_KEY=changeme  ⟪placeholder⟫
DATABASE_URL=postgresql://windcast:windcast@localhost:5432/windcast  ⟪local default⟫
"""),
    ("apps/forecast/tests/test_nwp.py", r"""
from windcast.nwp import EcmwfClient


def test_client_builds_auth_header():
    c = EcmwfClient(key="0123456789abcdef0123456789abcdef", email="ci@skerrymor.energy")  ⟪test value in a test path⟫
    assert c.headers()["X-ECMWF-KEY"].startswith("0123")
"""),
    ("apps/lakehouse/dbt/profiles.yml", r"""
skerrymor_lakehouse:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: skerrymor-lakehouse
      user: DBT_PROD
      password: «snowpw:dbtprod»  ⟦password|dbt profiles Snowflake password⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: marts
    dev:
      type: snowflake
      account: skerrymor-lakehouse
      user: "{{ env_var('SNOWFLAKE_USER') }}"
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"  ⟪env_var reference⟫
      role: DEVELOPER
"""),
    ("apps/lakehouse/airflow/dags/scada_10min.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator
from airflow.providers.amazon.aws.operators.glue import GlueJobOperator

AEOLITH_HEADERS = {"Authorization": "Bearer «jwt:aeolithdag»"}  ⟦jwt|SCADA vendor bearer token hard-coded in a DAG⟧

with DAG("scada_10min", start_date=datetime(2026, 1, 1), schedule="*/10 * * * *", catchup=False) as dag:
    pull = HttpOperator(task_id="pull_10min", http_conn_id="aeolith_scada", endpoint="/api/v3/tenmin",
                        headers=AEOLITH_HEADERS)
    curate = GlueJobOperator(task_id="curate", job_name="scada-10min-curate")
    pull >> curate
"""),
    ("apps/lakehouse/airflow/connections.json", r"""
{
  "aeolith_scada": {"conn_type": "http", "host": "scada.aeolith.oemcloud.com", "login": "skerrymor", "password": "«pw:aeolithconn»", "schema": "https"},  ⟦password|Airflow connections export password, season + year⟧
  "pi_web": {"conn_type": "http", "host": "pi.ot.skerrymor.local", "login": "svc-airflow-pi", "password": "«pwn:airflowpi»"},  ⟦password|Airflow connection password, first name + year⟧
  "snowflake_default": {"conn_type": "snowflake", "login": "AIRFLOW", "password": "", "extra": {"private_key_file": "/opt/airflow/keys/rsa_key.p8"}},  ⟪key-file reference, empty password⟫
  "aws_default": {"conn_type": "aws", "extra": {"role_arn": "arn:aws:iam::274019386620:role/mwaa-exec"}}  ⟪role only⟫
}
"""),
    ("apps/lakehouse/notebooks/power_curve_drift.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Power-curve drift, SKB row F (IEC 61400-12-2 nacelle LiDAR method)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import snowflake.connector\n",
    "con = snowflake.connector.connect(account='skerrymor-lakehouse', user='EILIDH_M',\n",
    "                                  password='«pwn:eilidhsf»', warehouse='ANALYST_WH')\n"  ⟦password|analyst Snowflake password in a notebook cell⟧
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:eilidhnb»',\n",  ⟦aws-key-id|access key id in a notebook cell⟧
    "                  aws_secret_access_key='«awssec:eilidhnb»')\n"  ⟦aws-secret|secret key in a notebook cell⟧
  ]},
  {"cell_type": "code", "execution_count": 5, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["rows: 1892344, turbines: 84\n"]}], "source": ["df = read_tenmin('SKB', '2026-10')\n"]}
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/lakehouse/notebooks/bess_degradation.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Tollgate BESS SoH vs cycles (Kelda EMS export)"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import os\n",
    "KELDA_TOKEN = os.environ['KELDA_TOKEN']\n"  ⟪os.environ lookup⟫
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [{"name": "stdout", "output_type": "stream", "text": ["token ok: kel_****************a91c\n"]}], "source": ["check(KELDA_TOKEN)\n"]}  ⟪masked token in output⟫
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/offtaker-portal/.env.production", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=pk.«b62:60-mapbox»  ⟪Mapbox public token⟫
NEXTAUTH_URL=https://ppa.skerrymor.energy
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
AUTH0_CLIENT_ID=«b62:32-auth0id»  ⟪OAuth client id⟫
AUTH0_CLIENT_SECRET=«okx:64-auth0sec»  ⟦app-secret|Auth0 client secret⟧
STRIPE_PUBLISHABLE_KEY=«pk:portal»  ⟪Stripe publishable key⟫
SENTRY_DSN=«sentrynew:portal»  ⟪modern Sentry DSN⟫
"""),
    ("apps/offtaker-portal/lib/certificates.ts", r"""
// REGO / GoO certificate lookups for offtakers (Ofgem Renewables and CHP Register export)
const REGISTER_API = "https://renewablesandchp.ofgem.regsvc.gov.uk/api";
const REGISTER_USER = "skerrymor-generation";
const REGISTER_PASSWORD = "«pwc:regoapi»";  ⟦password|certificate registry password in TypeScript⟧

export async function listRegos(stationId: string) {
  const auth = Buffer.from(`${REGISTER_USER}:${REGISTER_PASSWORD}`).toString("base64");
  return fetch(`${REGISTER_API}/stations/${stationId}/certificates`, { headers: { Authorization: `Basic ${auth}` } });
}
"""),
    ("apps/marine/pob/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Pob": "Server=pob-sql.skerrymor.internal;Database=POB;User Id=pob_app;Password=«pwl:pobsql»;Encrypt=True"  ⟦conn-string|SQL Server connection string with password⟧
  },
  "Northlift": {
    "ManifestApi": "https://api.northlift-aviation.heliops.com/v2",
    "ApiKey": "«b62:40-northliftkey»"  ⟦app-secret|helicopter operator API key in appsettings⟧
  },
  "Orca": {
    "VesselTrackingKey": "«b62:32-orcaais»"  ⟦app-secret|CTV operator tracking key (same as the EventBridge connection)⟧
  },
  "AzureAd": {"TenantId": "«uuid:tenant»", "ClientId": "«uuid:pobclient»"}  ⟪Entra tenant and client ids⟫
}
"""),
    ("apps/marine/pob/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Pob": "Server=(localdb)\\MSSQLLocalDB;Database=POB;Trusted_Connection=True"  ⟪integrated auth, no password⟫
  },
  "Northlift": {"ApiKey": "REPLACE_ME"}  ⟪placeholder⟫
}
"""),
    ("apps/marine/ctv-tablet/app.config.ts", r"""
import type { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Skerrymor Crew Transfer",
  slug: "ctv-tablet",
  extra: {
    eas: { projectId: "«uuid:easproj»" },  ⟪EAS project id⟫
    weatherKey: "«b62:32-stormglass»",  ⟦app-secret|marine weather API key shipped in app config⟧
    sentryDsn: "«sentryold:ctv»",  ⟦sentry|legacy Sentry DSN with secret⟧
  },
  android: { config: { googleMaps: { apiKey: "«aiza:ctvmaps»" } } },  ⟪Google Maps key, public⟫
};
export default config;
"""),
    ("apps/cms/vibration/settings.py", r"""
# condition monitoring web app (Django) - drive-train spectra, envelope, oil debris trending
DEBUG = False
SECRET_KEY = "«django:cms»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["cms.skerrymor.internal"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "cms",
        "USER": "cms_web",
        "PASSWORD": "«pwc:cmsweb»",  ⟦password|Django database password⟧
        "HOST": "cms-db.skerrymor.internal",
    }
}
NVK_CMS_API = {"url": "https://cms.nordvik-turbines.oemcloud.com/api", "token": "«b62:48-nvkcmsapi»"}  ⟦app-secret|OEM CMS API token in settings⟧
"""),
    ("apps/cms/vibration/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-cms-" + "x" * 20  ⟪test-marked key in CI settings⟫
DATABASES["default"]["PASSWORD"] = "postgres"  ⟪CI default⟫
"""),
    ("apps/cms/oil-debris/config.toml", r"""
[sensor_gateway]
host = "10.40.7.30"
protocol = "modbus-tcp"

[gill_api]
base = "https://portal.oilsense.oemcloud.com"
username = "skerrymor"
password = "«pwp:oilsense»"  ⟦password|oil-debris sensor portal password in TOML⟧

[mqtt]
url = "mqtts://iot.skb.ot.skerrymor.local:8883"
client_cert = "/etc/oil/client.pem"
"""),
    ("apps/bess/optimiser/config.yaml", r"""
# Tollgate BESS optimiser: DC/DM/DR frequency response, wholesale arbitrage, Balancing Mechanism
site: TLG
ems:
  vendor: kelda
  base_url: https://ems.tlg.ot.skerrymor.local
  username: optimiser
  password: «pwn:keldaopt»  ⟦password|EMS optimiser password in YAML⟧
bm:
  bmu_id: T_TLGB-1
  ngeso_api_key: «b62:32-ngesoapi»  ⟦app-secret|system operator API key in YAML⟧
  edl_edt_cert: /etc/bess/edt-client.pem
aggregator:
  name: flexpower
  client_id: skm-tlg
  client_secret: ""  ⟪empty value⟫
"""),
    ("apps/bess/optimiser/go.mod", r"""
module github.com/skerrymor/bess-optimiser

go 1.22

require (
	github.com/eclipse/paho.mqtt.golang v1.5.0
	github.com/goburrow/modbus v0.1.0
)
"""),
    ("apps/bess/optimiser/internal/kelda/client.go", r"""
package kelda

import "os"

// DefaultToken is the site commissioning token Kelda left in the handover pack; kept for the fallback path.
const DefaultToken = "«b62:48-keldacomm»"  ⟦app-secret|EMS commissioning token as a Go constant⟧

func Token() string {
	if t := os.Getenv("KELDA_TOKEN"); t != "" {  ⟪os.Getenv⟫
		return t
	}
	return DefaultToken
}
"""),
    ("apps/drone/bladescope-sync/sync.sh", r"""
#!/usr/bin/env bash
# pulls the week's blade-inspection images from Bladescope and pushes defect reports to the lakehouse
set -euo pipefail
export BLADESCOPE_USER=skerrymor
export BLADESCOPE_PASS='«pwl:bladescope»'  ⟦password|drone vendor password exported in a shell script⟧
export SSHPASS='«pw:bladesftp»'  ⟦password|SSHPASS in a shell script⟧
sshpass -e sftp -oBatchMode=no bladescope-upload@s-2e1f8a9c7b.server.transfer.eu-west-2.amazonaws.com <<EOF
put reports/*.json /inbox/
EOF
"""),
    ("apps/drone/dji-cloud/config.yaml", r"""
# DJI Dock 2 cloud API bridge (onshore sites MHR, CRN; solar CWF)
dji:
  app_id: 141825
  app_key: «hex:32-djiappkey»  ⟦app-secret|DJI Cloud API app key⟧
  app_license: «b64k:96-djilicense»  ⟦?app-secret|DJI Cloud API app licence blob (a licence string)⟧
emqx:
  username: dock-bridge
  password: «mqttpw:djiemqx»  ⟦password|EMQX password for the dock bridge⟧
"""),
    ("apps/inspection/thermography/upload.py", r"""
'''IR thermography uploads from the solar drone flights (hot-spot, bypass-diode, PID patterns).'''
import requests

RAPTOR_API = "https://api.raptormaps.pvcloud.com/v2"
RAPTOR_TOKEN = "«b62:40-raptor»"  ⟦app-secret|PV inspection platform token in Python⟧


def upload(path, site):
    with open(path, "rb") as fh:
        return requests.post(f"{RAPTOR_API}/sites/{site}/uploads", files={"f": fh},
                             headers={"Authorization": f"Token {RAPTOR_TOKEN}"}, timeout=60)
"""),
    ("apps/solar/string-monitor/appsettings.json", r"""
{
  "Inverters": {
    "Vendor": "Brightwater",
    "Portal": "https://monitor.brightwater-inverters.oemcloud.com",
    "PortalUser": "om@skerrymor.energy",
    "PortalPassword": "«pwc:bwiportal»",  ⟦password|inverter vendor portal password in appsettings⟧
    "ApiKey": "«uhex:32-bwiapi»"  ⟦app-secret|inverter vendor API key in appsettings⟧
  },
  "Trackers": {"Vendor": "SunAxis", "ControllerNet": "10.43.20.0/24"}
}
"""),
    ("apps/solar/soiling/main.go", r"""
package main

import (
	"log"
	"net/http"
)

const soilingStationURL = "http://10.44.9.12/cgi-bin/export"

// station web UI: admin / «pw6:soiling» (set at commissioning, see ticket OM-2207)  ⟦password|soiling station password in a Go comment⟧
func main() {
	resp, err := http.Get(soilingStationURL)
	if err != nil {
		log.Fatal(err)
	}
	defer resp.Body.Close()
}
"""),
    ("apps/trading/ppa-settlement/settle.sql", r"""
-- monthly PPA settlement: pay-as-produced baseload shape, curtailment compensation, REGO transfer
CREATE USER ppa_settle WITH PASSWORD '«pwn:ppasettle»';  ⟦password|SQL CREATE USER password⟧
GRANT SELECT ON ALL TABLES IN SCHEMA metering TO ppa_settle;
ALTER ROLE ppa_reader WITH PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scramsalt»$«b64k:32-scramk1»:«b64k:32-scramk2»';  ⟪SCRAM verifier, a hash⟫
"""),
    ("apps/trading/ppa-settlement/offtakers.yaml", r"""
offtakers:
  - name: Northgate Data Centres
    ppa: SKB-VPPA-2031
    sftp: {host: sftp.northgate-dc.clientnet.com, user: skerrymor, password: «pwp:northgatesftp»}  ⟦password|offtaker SFTP password in a flow mapping⟧
  - name: Calder Rail
    ppa: MHR-PAP-2029
    sftp: {host: files.calderrail.clientnet.com, user: skm, key: /etc/ppa/keys/calder_ed25519}  ⟪key-file reference⟫
"""),
    ("apps/lakehouse/glue/scada_10min.py", r"""
import sys

from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["JOB_NAME", "aeolith_api_secret", "warehouse"])
API_SECRET = args["aeolith_api_secret"]  ⟪resolved job argument⟫
# fallback for local runs
LOCAL_AWS = {"aws_access_key_id": "«akid:gluelocal»", "aws_secret_access_key": "«awssec:gluelocal»"}  ⟦aws-key-id|key pair in a Glue script dict (id and secret on one line)⟧
"""),
    ("apps/lakehouse/trino/catalog/pi.properties", r"""
connector.name=sqlserver
connection-url=jdbc:sqlserver://pi-af.ot.skerrymor.local:1433;databaseName=PIFD;encrypt=true
connection-user=trino_pi
connection-password=«pwr:trinopi»  ⟦password|Trino catalog properties password⟧
"""),
    ("apps/lakehouse/spark/spark-defaults.conf", r"""
spark.sql.catalog.glue                 org.apache.iceberg.spark.SparkCatalog
spark.sql.catalog.glue.catalog-impl    org.apache.iceberg.aws.glue.GlueCatalog
spark.hadoop.fs.s3a.access.key         «akid:sparkemr»  ⟦aws-key-id|s3a access key in spark-defaults⟧
spark.hadoop.fs.s3a.secret.key         «awssec:sparkemr»  ⟦aws-secret|s3a secret key in spark-defaults⟧
spark.hadoop.fs.s3a.aws.credentials.provider org.apache.hadoop.fs.s3a.SimpleAWSCredentialsProvider
"""),
    ("apps/roc/chatops/bot.py", r"""
'''ROC chatops bot: /curtail, /wtg status, /ctv weather window.'''
from slack_bolt import App

app = App(token="«xoxb:roc»",  ⟦slack|Slack bot token in code⟧
          signing_secret="«hex:32-slacksign»")  ⟦app-secret|Slack signing secret in code⟧

OPENAI_KEY = "«oai:rocbot»"  ⟦openai|OpenAI key in code⟧
"""),
    ("apps/roc/chatops/llm_summary.py", r"""
import anthropic

client = anthropic.Anthropic(api_key="«ant:shiftsummary»")  ⟦anthropic|Anthropic key in code⟧

PROMPT = "Summarise the night shift alarm log for the morning handover. Group by site and turbine."
"""),
]

# per-site PPC (power plant controller) client configs written by the grid team
for code, net, kind in (("skb", "10.40", "offshore"), ("mhr", "10.41", "onshore"), ("crn", "10.42", "onshore"),
                        ("cwf", "10.43", "solar"), ("brk", "10.44", "solar")):
    FILES.append((f"apps/grid/ppc-client/sites/{code}.ini", f"""
; power plant controller client - {code.upper()} ({kind}) - grid-code setpoints (P, Q, PF, V droop)
[ppc]
host={net}.3.10
port=502
unit_id=1

[dno_interface]
; ANM / intertrip over IEC 60870-5-104 to the DNO
rtu={net}.1.5
common_address=7

[web]
user=ppcadmin
password=«pw6:ppcweb{code}»  ⟦password|{code.upper()} PPC web password in .ini⟧
"""))
