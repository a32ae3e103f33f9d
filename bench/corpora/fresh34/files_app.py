"""fresh34 templates, applications: the AODB API, FIDS, bagtrack, parkline, the tenant portal, the passenger
app, CUSS/CUPPS agents, analytics notebooks and data tooling. Markers: render.py and README.md."""

FILES = [
    ("apps/aodb-api/config/settings_prod.py", r"""
import os

DEBUG = False
ALLOWED_HOSTS = ["aodb.int.tarrow-airports.com"]
SECRET_KEY = "«django:aodb»"  ⟦app-secret|Django SECRET_KEY in production settings⟧
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ.get("AODB_DB_HOST", "localhost"),
        "NAME": "aodb",
        "USER": "aodb_app",
        "PASSWORD": os.environ["AODB_DB_PASSWORD"],  ⟪os.environ⟫
    }
}
EMAIL_HOST = "email-smtp.eu-west-1.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesaodb»"  ⟦aws-key-id|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:sesaodb»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
SITA_TYPEB = {"host": "typeb.sita.aero", "user": "TRWKOXH", "password": os.getenv("SITA_PW")}  ⟪os.getenv⟫
"""),
    ("apps/aodb-api/config/settings_ci.py", r"""
from .settings_base import *  # noqa

SECRET_KEY = "ci-only-not-secret-" + "0" * 32  ⟪CI-marked key⟫
DATABASES["default"]["PASSWORD"] = "postgres"  ⟪local default⟫
"""),
    ("apps/aodb-api/tests/test_typeb_parser.py", r"""
from aodb.typeb import parse_mvt

MVT = '''QU TRWKOXH
.LHRKOBA 071012
MVT
BA1432/07.GEUUP.TRW
AD1003/1012 EA1105 LHR'''


def test_parse_mvt_actuals():
    m = parse_mvt(MVT)
    assert m.flight == "BA1432"
    assert m.offblock == "1003"


def test_client_auth_header():
    client = make_client(api_key="test-key-not-real")  ⟪test-marked key in a test path⟫
    assert client.headers["x-api-key"]
"""),
    ("apps/aodb-api/aodb/integrations/rms.py", r"""
'''Resource management system (stand and gate allocation) client. Vendor: Corinth Aviation RMS 9.'''
import requests

RMS_BASE = "https://rms.trw.local/api/v9"
# TODO(AODB-412): move to Secrets Manager before go-live
RMS_USER = "aodb-sync"
RMS_PASSWORD = "«pw6:rms»"  ⟦password|RMS API password hard-coded in a client module⟧


def session() -> requests.Session:
    s = requests.Session()
    s.auth = (RMS_USER, RMS_PASSWORD)
    s.verify = "/etc/ssl/trw-internal-ca.pem"
    return s
"""),
    ("apps/aodb-api/aodb/integrations/acdm.py", r"""
import boto3
import json

_sm = boto3.client("secretsmanager", region_name="eu-west-2")


def nm_credentials() -> dict:
    return json.loads(_sm.get_secret_value(SecretId="acdm/nm-b2b")["SecretString"])  ⟪Secrets Manager lookup⟫


NM_CLIENT_CERT_SERIAL = "«uhex:16-nmserial»"  ⟪certificate serial⟫
"""),
    ("apps/fids/player/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Warning"}},
  "Cms": {
    "BaseUrl": "https://signage-cms.trw.local",
    "PlayerId": "T1-DEP-014",
    "PlayerSecret": "«b62:32-playersecret»"  ⟦app-secret|same signage player secret in appsettings⟧
  },
  "ConnectionStrings": {
    "Cache": "Data Source=C:\\ProgramData\\Fids\\cache.db",
    "Aodb": "Server=aodb-ro.trw.local;Database=aodb;User Id=fids_ro;Password=«pwn:fidsro»;Encrypt=True"  ⟦conn-string|SQL connection string with password in appsettings⟧
  },
  "Mqtt": {"Host": "fids-bus.trw.local", "Port": 8883, "User": "player", "Password": "«pwp:fidsmqtt»"}  ⟦password|same MQTT password in appsettings⟧
}
"""),
    ("apps/fids/player/appsettings.Development.json", r"""
{
  "Cms": {"BaseUrl": "http://localhost:5080", "PlayerSecret": "dev-secret"},  ⟪dev placeholder⟫
  "ConnectionStrings": {"Aodb": "Server=localhost;Database=aodb;User Id=sa;Password=<YourStrong@Passw0rd>"}  ⟪documented SQL Server placeholder⟫
}
"""),
    ("apps/bagtrack/brs/src/main/resources/application-prod.yml", r"""
server:
  port: 8443
  ssl:
    key-store: classpath:brs.p12
    key-store-password: «pwr:brsks»  ⟦password|Spring key-store password⟧
spring:
  datasource:
    url: jdbc:sqlserver://bagdb.trw.local:1433;databaseName=BRS
    username: brs_app
    password: ${BRS_DB_PASSWORD}  ⟪Spring placeholder⟫
  rabbitmq:
    host: aodb-fanout.mq.eu-west-2.amazonaws.com
    username: bagtrack
    password: «pw:bagrabbit»  ⟦password|RabbitMQ password in Spring YAML⟧
bagmessage:
  sita:
    user: TRWBAG
    password: «pw6:sitabag»  ⟦password|same SITA BagMessage password in Spring YAML⟧
worldtracer:
  api-key: «hex:32-worldtracer»  ⟦app-secret|WorldTracer mishandled-baggage API key⟧
"""),
    ("apps/bagtrack/brs/src/main/resources/plc.properties", r"""
# Sorter PLCs (Siemens S7-1500) - read-only OPC UA sessions for tote/bag tracking
plc.sorter1.endpoint=opc.tcp://10.60.3.11:4840
plc.sorter1.user=brs
plc.sorter1.password=«pwp:opcua»  ⟦password|same OPC UA password in properties⟧
plc.sorter1.security-policy=Basic256Sha256
plc.ebs.endpoint=opc.tcp://10.60.3.40:4840
plc.ebs.password=
"""),
    ("apps/bagtrack/brs/src/test/resources/application-test.yml", r"""
bagmessage:
  sita:
    user: TEST
    password: test-password  ⟪test value in a test path⟫
worldtracer:
  api-key: 00000000000000000000000000000000  ⟪all-zero test key⟫
"""),
    ("apps/parkline/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://parking.tarrow-airports.com
NEXT_PUBLIC_STRIPE_KEY=«pk:parkline»  ⟪publishable key⟫
STRIPE_SECRET_KEY=«sk:parkline»  ⟦stripe|same Stripe live key in .env.production⟧
NEXTAUTH_SECRET=«b64k:32-u1»  ⟦app-secret|NEXTAUTH_SECRET⟧
DATABASE_URL=mysql://parkline:«pwc:parkdb»@parkline-prod.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com:3306/parkline  ⟦conn-string|MySQL URL with password⟧
MAILCHIMP_API_KEY=«mailchimp:park»  ⟦app-secret|Mailchimp API key⟧
"""),
    ("apps/parkline/.env.example", r"""
NEXT_PUBLIC_SITE_URL=http://localhost:3000
STRIPE_SECRET_KEY=sk_live_your-key-here  ⟪placeholder⟫
NEXTAUTH_SECRET=changeme  ⟪placeholder⟫
DATABASE_URL=mysql://parkline:password@localhost:3306/parkline  ⟪local placeholder⟫
"""),
    ("apps/parkline/src/lib/anpr.ts", r"""
// ANPR lane controllers (Nedap/ARH style JSON push). Camera basic auth is per lane.
const LANES: Record<string, { host: string; auth: string }> = {
  'MSCP-A-IN1': { host: '10.72.1.21', auth: 'Basic «basic:anpr»' },  ⟦password-b64|HTTP basic credential in TypeScript⟧
  'MSCP-A-OUT1': { host: '10.72.1.22', auth: process.env.ANPR_OUT1_AUTH ?? '' },  ⟪env reference⟫
};
export default LANES;
"""),
    ("apps/passenger-app/app.config.ts", r"""
import 'dotenv/config';

export default {
  name: 'Tarrow Airport',
  slug: 'tarrow-airport',
  version: '6.4.0',
  extra: {
    flightApi: 'https://api.tarrow-airports.com/flights',
    googleMapsKey: '«aiza:appmaps»',  ⟪Maps key, public⟫
    brazeSdkKey: '«uuid:brazesdk»',  ⟪Braze SDK key, public⟫
    eas: { projectId: '«uuid:easproj»' },  ⟪EAS project id⟫
  },
  ios: { bundleIdentifier: 'com.tarrowairports.app', config: { googleMapsApiKey: process.env.IOS_MAPS } },
};
"""),
    ("apps/passenger-app/server/push.ts", r"""
import fetch from 'node-fetch';

const BRAZE_REST_KEY = '«uuid:brazerest»';  ⟦app-secret|Braze REST key in server code⟧
const ONESIGNAL_REST_KEY = 'os_v2_app_«lo:80-onesignal»';  ⟦app-secret|OneSignal REST API key⟧

export async function gateChange(flight: string, gate: string) {
  await fetch('https://rest.fra-02.braze.eu/campaigns/trigger/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${BRAZE_REST_KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ campaign_id: 'gate-change', trigger_properties: { flight, gate } }),
  });
}
"""),
    ("apps/passenger-app/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12»", "project_id": "tarrow-airport-app"},  ⟪Firebase project number⟫
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:«num:12»:android:«hex:16-fbapp»"},
    "api_key": [{"current_key": "«aiza:fbandroid»"}]  ⟪Firebase Android key, public⟫
  }]
}
"""),
    ("apps/tenant-portal/config/database.yml", r"""
production:
  adapter: postgresql
  host: tenantportal-prod.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com
  database: tenantportal
  username: portal
  password: <%= ENV['PORTAL_DB_PASSWORD'] %>  ⟪ERB env reference⟫
sap_bridge:
  adapter: sqlserver
  host: sap-bridge.trw.local
  username: tp_bridge
  password: «pwn:tpbridge»  ⟦password|Rails database.yml password⟧
"""),
    ("apps/tenant-portal/config/credentials/turnover.rb", r"""
# Concession turnover feeds: duty free and F&B operators upload daily sales for turnover rent.
TURNOVER_SOURCES = {
  "dufry_trw" => { sftp: "sftp.trw-partners.com", user: "df-trw", password: "«pw6:dufry»" },  ⟦password|concession SFTP password in a Ruby hash⟧
  "ssp_trw"   => { api: "https://pos.ssp.invalid/api", token: ENV.fetch("SSP_TOKEN") },  ⟪ENV.fetch⟫
}.freeze
"""),
    ("apps/tenant-portal/lib/sap_client.rb", r"""
require "savon"

SAP_WSDL = "https://sapgw.trw.local:8443/sap/bc/srt/wsdl/ZFI_TENANT_INVOICE?sap-client=300"
CLIENT = Savon.client(wsdl: SAP_WSDL,
                      basic_auth: ["RFC_TENANT", "«pw6:saprfc»"],  ⟦password|same SAP RFC password in a Savon client⟧
                      ssl_verify_mode: :peer)
"""),
    ("apps/cupps-agent/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CuppsPlatformUrl" value="https://cupps.trw.local/platform/v1" />
    <add key="CuppsPlatformUser" value="bp-printer-agent" />
    <add key="CuppsPlatformPassword" value="«pw6:cussplat»" />  ⟦password|same platform password in App.config⟧
    <add key="BagTagPrinterPin" value="«pin:4-btp»" />  ⟦?password|bag-tag printer admin PIN⟧
    <add key="DcsGatewayKey" value="«hex:40-dcsgw»" />  ⟦app-secret|departure control gateway key⟧
  </appSettings>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" />  ⟪publicKeyToken⟫
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
"""),
    ("apps/screening/queue-predictor/config.toml", r"""
[xovis]
base_url = "https://xovis-hub.sec.trw.local/api/v5"
user = "predictor"
password = "«pwn:xovishub»"  ⟦password|people-counting hub password in TOML⟧

[model]
artifact = "s3://trw-ml-models/queue/2026-11/model.tar.gz"

[openai]
api_key = "«oai:queue»"  ⟦openai|OpenAI key in a TOML config⟧
"""),
    ("apps/screening/lane-report/report.py", r"""
'''Daily security lane report for the Head of Security (throughput, rejections, staffing).'''
import pymssql

conn = pymssql.connect(server="lanemgr-db.sec.trw.local", user="report", password="«pwl:lanereport»", database="LaneMgr")  ⟦password|pymssql password literal⟧
cur = conn.cursor()
cur.execute("SELECT lane_id, SUM(pax) FROM lane_throughput WHERE day = CAST(GETDATE()-1 AS date) GROUP BY lane_id")
"""),
    ("analytics/notebooks/baggage_misconnects.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Short-connection bag misconnects, T2 transfer belt\n"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s = boto3.Session(aws_access_key_id='«akid:nbbags»', aws_secret_access_key='«awssec:nbbags»')\n",  ⟦aws-key-id|key pair in a notebook cell (one label)⟧
    "ath = s.client('athena', region_name='eu-west-2')\n"
   ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["df = pd.read_sql('select * from bsm_events', 'postgresql://analyst:«pwn:analystpg»@bagdw.trw.local/bags')\n"]}  ⟦conn-string|PostgreSQL URL in a notebook⟧
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("analytics/dbt/profiles.yml", r"""
trw_analytics:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: trw-eu1
      user: DBT_SVC
      password: «snowpw:dbt»  ⟦password|Snowflake password in dbt profiles⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: ANALYTICS
      schema: core
    dev:
      type: snowflake
      account: trw-eu1
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
"""),
    ("analytics/airflow/dags/slot_coordination.py", r"""
from airflow import DAG
from airflow.operators.python import PythonOperator
import datetime as dt
import requests

ACL_API = "https://online.acl-uk.org/api"
ACL_USER = "TRW_SCHED"
ACL_PASSWORD = "«pwl:aclslots»"  ⟦password|slot coordinator portal password in a DAG⟧


def pull_slots(**_):
    r = requests.get(f"{ACL_API}/slots?airport=TRW&season=S27", auth=(ACL_USER, ACL_PASSWORD), timeout=60)
    r.raise_for_status()


with DAG("slot_coordination", start_date=dt.datetime(2026, 1, 1), schedule="0 5 * * *", catchup=False) as dag:
    PythonOperator(task_id="pull", python_callable=pull_slots)
"""),
    ("analytics/airflow/connections-export.json", r"""
{
  "aodb_ro": {"conn_type": "postgres", "host": "aodb-ro.trw.local", "login": "airflow", "password": "«pw:airflowaodb»", "schema": "aodb", "port": 5432},  ⟦password|Airflow connections export password⟧
  "aws_default": {"conn_type": "aws", "extra": "{\"role_arn\": \"arn:aws:iam::518204967331:role/mwaa-exec\"}"},  ⟪role ARN⟫
  "noise_api": {"conn_type": "http", "host": "envirosuite.invalid", "password": "«b62:32-noise»"}  ⟦app-secret|same noise vendor key in Airflow connections⟧
}
"""),
    ("analytics/snowflake/connections.toml", r"""
[default]
account = "trw-eu1"
user = "ANALYST_KLB"
authenticator = "externalbrowser"  ⟪SSO, no password⟫

[loader]
account = "trw-eu1"
user = "LOADER_SVC"
private_key_file = "~/.snowflake/loader_rsa.p8"  ⟪key file path⟫
private_key_file_pwd = "«pwx:loaderkey»"  ⟦password|private key passphrase in connections.toml⟧
"""),
    ("apps/wayfinding/cms/wp-config.php", r"""
<?php
define( 'DB_NAME', 'wayfinding' );
define( 'DB_USER', 'wp_wayfinding' );
define( 'DB_PASSWORD', '«pwc:wpdb»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'cms-db.trw.local' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_DEBUG', false );
"""),
    ("apps/chatbot/assistant.yaml", r"""
# "Ask Tarrow" web chat: flight status, parking, assistance booking (PRM)
llm:
  provider: anthropic
  model: claude-sonnet-4
  api_key: «ant:askbot»  ⟦anthropic|Anthropic API key in a bot config⟧
tools:
  flight_status: {url: "https://api.tarrow-airports.com/flights", key_header: x-api-key, key: "${FLIGHT_API_KEY}"}  ⟪env reference⟫
  prm_booking:
    url: https://prm.ocs-assist.invalid/api/bookings
    token: «b62:40-prm»  ⟦app-secret|PRM assistance provider token⟧
"""),
    ("apps/ground-handling/turnaround/go/config.go", r"""
package config

import "os"

// GSE telematics (tugs, belt loaders, GPUs) from the ground handler's fleet platform.
const (
	GseTelematicsURL  = "https://fleet.gse-track.invalid/v2"
	GseTelematicsUser = "trw-apron"
	GseTelematicsPass = "«pwn:gse»"  ⟦password|GSE telematics password as a Go constant⟧
)

var StandAllocationKey = os.Getenv("RMS_KEY")  ⟪os.Getenv⟫
"""),
    ("apps/ground-handling/turnaround/go.sum", r"""
github.com/eclipse/paho.mqtt.golang v1.4.3 h1:«b64k:32-u2»  ⟪go.sum hash⟫
github.com/eclipse/paho.mqtt.golang v1.4.3/go.mod h1:«b64k:32-u3»  ⟪go.sum hash⟫
"""),
    ("apps/hr/rostering/sync_ukg.py", r"""
'''Security officer and fire service rosters from UKG to the lane manager and the AFRS station board.'''
UKG = {
    "tenant": "tarrowairports",
    "client_id": "«uuid:ukgid»",  ⟪client id⟫
    "client_secret": "«b62:48-ukgsecret»",  ⟦app-secret|UKG client secret in a dict literal⟧
    "user": "api_roster",
    "password": "«pwn:ukguser»",  ⟦password|UKG API user password⟧
}
"""),
    ("apps/hr/idpass/cardexpert.ini", r"""
[Database]
Server=IDPASS-SQL01\CARDEXPERT
Database=CardExpert
UID=cardexpert
PWD=«pwr:cardexpertdb»  ⟦password|same CardExpert DB password in its ini⟧
[Printer]
Model=Fargo HDP5000
[Background]
CheckService=https://bgcheck.trw.local/api
ApiKey=«hex:32-bgcheck»  ⟦app-secret|background-check (airside pass vetting) API key⟧
"""),
    ("apps/retail/click-collect/settings.json", r"""
{
  "shopify": {"shop": "tarrow-duty-free.myshopify.com", "admin_token": "shpat_«hex:32-shopify»"},  ⟦app-secret|Shopify admin token⟧
  "algolia": {"app_id": "«up:10-algid»", "search_key": "«hex:32-algsearch»", "admin_key": "«hex:32-algadmin»"},  ⟦app-secret|Algolia admin key beside public ids⟧
  "boarding_pass_key_fingerprint": "«sha256:bcbp»"  ⟪public key fingerprint⟫
}
"""),
    ("apps/retail/click-collect/README.md", r"""
# click & collect (duty free)

Orders placed before security are picked in the airside store and collected at gate. Secrets are in
AWS Secrets Manager under `retail/click-collect/*`; run `aws secretsmanager get-secret-value --secret-id retail/click-collect/shopify` to fetch the token locally.  ⟪pointer to a secret store⟫

For the staging shop use `shpat_00000000000000000000000000000000`.  ⟪all-zero placeholder⟫
"""),
]
