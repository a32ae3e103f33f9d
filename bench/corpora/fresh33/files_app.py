"""fresh33 templates, applications (Saltmere Cruises): the booking site and travel-agent portal, the guest app,
folio and payments, loyalty, shore excursions, crew and manifests, medical, provisioning, the data platform.
Markers: render.py and README.md."""

FILES = [
    ("apps/booking-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://tidemark.cluster-c7lq2bz0wx1e.us-east-1.rds.amazonaws.com:5432/tidemark
    username: booking_api
    password: «pwc:springbook»  ⟦password|Spring datasource password⟧
  rabbitmq:
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
gds:
  sabre:
    pcc: 7Q4K
    epr: 4471
    password: «pw6:sabrespring»  ⟦password|Sabre EPR password⟧
  amadeus:
    office-id: MIAS12218
    wsap: 1ASIWSMCSMC
    password: ${AMADEUS_WS_PASSWORD:}  ⟪Spring placeholder with empty default⟫
payments:
  cybersource:
    merchant-id: saltmere_cruises
    key-id: «uuid:cybskeyid»  ⟪CyberSource key id (identifier)⟫
    shared-secret: «b64k:32-cybsspring»  ⟦app-secret|CyberSource shared secret⟧
"""),
    ("apps/booking-api/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:tidemark
    username: sa
    password:  ⟪empty⟫
payments:
  cybersource:
    shared-secret: dGVzdC1vbmx5LWtleS1ub3QtcmVhbA==  ⟪test-marked value in a test path⟫
"""),
    ("apps/booking-web/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://www.saltmere.com
NEXT_PUBLIC_STRIPE_PK=«pk:bookweb»  ⟪Stripe publishable key⟫
NEXT_PUBLIC_GOOGLE_MAPS_KEY=«aiza:mapsweb»  ⟪Maps browser key⟫
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-«urlsafe:32-cfpat»  ⟦app-secret|Contentful management token⟧
CONTENTFUL_DELIVERY_TOKEN=«urlsafe:32-cfcda»  ⟦app-secret|Contentful delivery token⟧
"""),
    ("apps/booking-web/.env.example", r"""
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXTAUTH_SECRET=<generate with openssl rand -base64 32>  ⟪placeholder⟫
CONTENTFUL_MANAGEMENT_TOKEN=your-contentful-token  ⟪placeholder⟫
"""),
    ("apps/ta-portal/config/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:taportal»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["agents.saltmere.com"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "compass",
        "USER": "compass",
        "PASSWORD": os.environ["COMPASS_DB_PASSWORD"],  ⟪environment reference⟫
        "HOST": "compass-db.smc.internal",
    }
}
EMAIL_HOST = "email-smtp.us-east-1.amazonaws.com"
EMAIL_HOST_USER = "«akid:tases»"  ⟦aws-key-id|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:tases»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
SALESFORCE_CONSUMER_KEY = "«sfck:taportal»"  ⟪Salesforce consumer key (identifier)⟫
SALESFORCE_CONSUMER_SECRET = "«uhex:64-sfsecret»"  ⟦app-secret|Salesforce consumer secret⟧
"""),
    ("apps/ta-portal/tests/test_commission.py", r"""
import pytest

AGENCY_API_KEY = "test-agency-key-not-real"  ⟪test value in a test path⟫


@pytest.fixture
def client(settings):
    settings.SECRET_KEY = "ci-only-not-secret-" + "x" * 30  ⟪test value⟫
    from compass.client import Client
    return Client(api_key=AGENCY_API_KEY)
"""),
    ("apps/folio/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Folio": "Server=fcs-shore.smc.internal;Database=FCRUISE;User Id=folio_api;Password=«pwn:folioapp»;Encrypt=True",  ⟦conn-string|appsettings connection string⟧
    "Audit": "Server=audit.smc.internal;Database=Audit;Integrated Security=SSPI"  ⟪integrated security, no password⟫
  },
  "Adyen": {
    "Environment": "LIVE",
    "ClientKey": "live_«up:32-adyck»",  ⟪Adyen client key (public)⟫
    "ApiKey": "«adyen:folio»",  ⟦app-secret|Adyen API key⟧
    "HmacKey": "«adyenhmac:folio»",  ⟦app-secret|Adyen HMAC key⟧
    "LiveEndpointUrlPrefix": "«hex:16-adyprefix»-SaltmereCruises"  ⟪endpoint prefix⟫
  },
  "SeaPass": {"CardIssuerKeyRef": "kms:alias/seapass-issuer"}  ⟪key reference⟫
}
"""),
    ("apps/folio/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="FcsInterfaceUser" value="IFC_FOLIO" />
    <add key="FcsInterfacePassword" value="«pw6:fcsappconfig»" />  ⟦password|App.config add key/value password⟧
    <add key="CasinoBridgeUrl" value="https://cms.ship.smc.internal/bridge" />
    <add key="CasinoBridgeToken" value="«b62:32-casbridge»" />  ⟦app-secret|casino-to-folio bridge token⟧
  </appSettings>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />  ⟪assembly public key token⟫
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
"""),
    ("apps/guest-app/app.config.ts", r"""
import 'dotenv/config';

export default {
  name: 'Saltmere',
  slug: 'saltmere-guest',
  ios: { bundleIdentifier: 'com.saltmere.guest', config: { googleMapsApiKey: '«aiza:iosmaps»' } },  ⟪Maps key in app config⟫
  extra: {
    eas: { projectId: '«uuid:easproj»' },  ⟪EAS project id⟫
    onboardWifiApi: 'https://connect.ship.saltmere.com',
    brazeSdkKey: '«uuid:brazesdk»',  ⟪Braze SDK key (public)⟫
    sentryAuthToken: 'sntrys_«b62:60-sntrys»',  ⟦app-secret|Sentry org auth token bundled in app config⟧
  },
};
"""),
    ("apps/guest-app/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
SALTMERE_UPLOAD_STORE_FILE=saltmere-upload.jks
SALTMERE_UPLOAD_KEY_ALIAS=upload
SALTMERE_UPLOAD_STORE_PASSWORD=«pwl:uploadstore»  ⟦password|Android keystore password⟧
SALTMERE_UPLOAD_KEY_PASSWORD=«pwl:uploadstore»  ⟦password|Android key password (same value)⟧
"""),
    ("apps/guest-app/ios/fastlane/Matchfile", r"""
git_url("https://saltmere-ci:«ghp:match»@github.com/saltmere/ios-certificates.git")  ⟦github|PAT in a match git URL⟧
storage_mode("git")
type("appstore")
app_identifier(["com.saltmere.guest", "com.saltmere.crew"])
"""),
    ("apps/guest-app/ios/fastlane/.env.default", r"""
FASTLANE_USER=mobile@saltmere.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«applepw:fastlane»  ⟦password|Apple app-specific password⟧
MATCH_PASSWORD=«pp:matchpw»  ⟦password|fastlane match passphrase⟧
APP_STORE_CONNECT_API_KEY_ID=«asc:ascid»  ⟪App Store Connect key id⟫
"""),
    ("apps/seapass/card-issuer.yaml", r"""
# SeaPass card personalisation (issued at embarkation; printed by the terminal card printers)
issuer:
  card_type: MIFARE DESFire EV2 8K
  app_id: F5A1C0
  master_key_ref: hsm://seapass-prod/slot2/amk  ⟪HSM key reference⟫
  folio_app_key: «desfire:folioapp»  ⟦app-secret|DESFire application key (folio charge app)⟧
  door_app_key: «desfire:doorapp»  ⟦app-secret|DESFire application key (door app)⟧
  legacy_classic_sector_key_a: «mifare:classicA»  ⟦app-secret|MIFARE Classic sector key A⟧
  legacy_classic_sector_key_b_default: FFFFFFFFFFFF  ⟪factory transport key⟫
printer:
  model: Evolis Primacy 2
  host: 10.41.8.20
"""),
    ("apps/loyalty/src/config.js", r"""
module.exports = {
  tiers: ['Deckhand', 'Navigator', 'Captain', 'Commodore'],
  airlinePartner: {
    url: 'https://partners.skymiles-exchange.com/v3',
    clientId: 'saltmere',
    clientSecret: process.env.AIRLINE_CLIENT_SECRET,  ⟪environment reference⟫
  },
  braze: {
    restEndpoint: 'https://rest.iad-05.braze.com',
    apiKey: '«uuid:brazecfg»',  ⟦app-secret|Braze REST key in JS config⟧
  },
  mailchimp: { apiKey: '«mailchimp:loyalty»' },  ⟦app-secret|Mailchimp API key⟧
};
"""),
    ("apps/shorex/settings.toml", r"""
[default]
port_agent_timeout = 20

[production]
db_url = "postgresql://shorex:«pw:shorexdyn»@shorex-db.smc.internal/shorex"  ⟦conn-string|Dynaconf production DB URL⟧
viator_api_key = "«uuid:viator»"  ⟦app-secret|tour marketplace API key⟧
getyourguide_token = "@vault secret/shorex/gyg"  ⟪vault reference⟫
"""),
    ("apps/shorex/port_agents.json", r"""
{
  "agents": [
    {"port": "NAS", "agent": "Bahamas Shipping Agencies", "sftp": "sftp.bsa-nassau.bs", "user": "saltmere", "password": "«pwn:agentnas»"},  ⟦password|port agent SFTP password in JSON⟧
    {"port": "CZM", "agent": "Agencia Maritima Cozumel", "api": "https://api.amc-cozumel.mx", "api_key": "«b62:32-agentczm»"},  ⟦app-secret|port agent API key⟧
    {"port": "STT", "agent": "VI Port Services", "portal": "https://portal.viportsvc.com", "password": "see 1Password vault Shorex-Agents"}  ⟪pointer to a vault⟫
  ]
}
"""),
    ("apps/crewline/manifest_submit.py", r"""
import requests

CBP_APIS_ENDPOINT = "https://apis.cbp.dhs.gov/eapis/upload"
# eAPIS sender account, vessel master's delegate (renew every 90 days)
EAPIS_USER = "SALTMERE_MNF"
EAPIS_PASSWORD = "«pwx:eapis»"  ⟦password|eAPIS password in code⟧


def submit(xml_path: str) -> int:
    with open(xml_path, "rb") as fh:
        r = requests.post(CBP_APIS_ENDPOINT, auth=(EAPIS_USER, EAPIS_PASSWORD), files={"file": fh}, timeout=60)
    return r.status_code
"""),
    ("apps/crewline/config/immigration.ini", r"""
[singlewindow-nl]
url = https://www.portbase.com/api/manifest
username = smc-crewline
password = «pwn:portbasecl»  ⟦password|ini password (port single window)⟧

[bahamas-customs]
url = https://clicc.bahamascustoms.gov.bs/api
api_key = «hex:32-clicc»  ⟦app-secret|customs API key in ini⟧

[mexico-inm]
username = saltmere
password =  ⟪empty⟫
"""),
    ("apps/seacare/emr-bridge.properties", r"""
emr.vendor=seacare-emr
emr.shore.url=https://emr-shore.smc.internal/api
emr.shore.user=bridge
emr.shore.password=«pwc:emrbridge»  ⟦password|properties password⟧
telemed.partner.apiKey=«hex:40-telemedprops»  ⟦app-secret|telemedicine partner API key⟧
pharmacy.formulary.url=https://formulary.smc.internal
"""),
    ("apps/provisioning/edi/as2-partners.xml", r"""
<partnerships>
  <partner name="saltmere" as2_id="SALTMERE-AS2" x509_alias="saltmere" email="edi@saltmere.com"/>
  <partner name="sysco-marine" as2_id="SYSCOMARINE" x509_alias="sysco" />
  <partnership name="saltmere-sysco">
    <sender name="saltmere"/>
    <receiver name="sysco-marine"/>
    <attribute name="as2_url" value="https://as2.syscomarine.com:4080"/>
    <attribute name="basic_auth_user" value="saltmere"/>
    <attribute name="basic_auth_password" value="«pwl:as2sysco»"/>  ⟦password|AS2 partnership basic-auth password⟧
  </partnership>
</partnerships>
"""),
    ("apps/provisioning/chandler_client.go", r"""
package provisioning

import "os"

const chandlerBase = "https://api.portsupply.net/v2"

var chandlerToken = "«b62:40-chandlergo»"  ⟦app-secret|Go variable API token⟧

func token() string {
	if t := os.Getenv("CHANDLER_TOKEN"); t != "" {
		return t
	}
	return chandlerToken
}
"""),
    ("data/dbt/profiles.yml", r"""
wake:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: smc-wake
      user: DBT_PROD
      password: "«snowpw:dbtprof»"  ⟦password|dbt profiles password⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: WAKE
    dev:
      type: snowflake
      account: smc-wake
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
"""),
    ("data/airflow/dags/ship_folio_ingest.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.amazon.aws.operators.glue import GlueJobOperator
from airflow.providers.http.operators.http import HttpOperator

with DAG("ship_folio_ingest", start_date=datetime(2026, 1, 1), schedule="@hourly", catchup=False) as dag:
    ingest = GlueJobOperator(task_id="ingest", job_name="folio-ingest")
    notify = HttpOperator(
        task_id="notify_revenue",
        http_conn_id="revenue_api",
        endpoint="/v1/refresh",
        headers={"X-Api-Key": "«b62:36-revapi»"},  ⟦app-secret|API key in an Airflow operator header⟧
    )
    ingest >> notify
"""),
    ("data/airflow/connections.json", r"""
{
  "seaware_db": {"conn_type": "mssql", "host": "seaware-db.smc.internal", "login": "wake_etl", "password": "«pw:seawareaf»", "port": 1433},  ⟦password|Airflow connections export password⟧
  "revenue_api": {"conn_type": "http", "host": "https://revenue.smc.internal", "password": ""},  ⟪empty⟫
  "aws_default": {"conn_type": "aws", "extra": {"region_name": "us-east-1"}}
}
"""),
    ("data/notebooks/onboard_spend.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Onboard spend per passenger-cruise-day (casino, spa, bars)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import snowflake.connector\n",
    "con = snowflake.connector.connect(account='smc-wake', user='ANALYST_MARIA', password='«pwn:nbsnow»', warehouse='ADHOC_WH')\n"  ⟦password|notebook connect password⟧
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n"  ⟦aws-key-id|key pair in a notebook cell (one line)⟧
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("data/tableau/yield.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='yield (WAKE)' inline='true' version='18.1'>
  <connection class='snowflake' dbname='WAKE' schema='MARTS' server='smc-wake.snowflakecomputing.com' username='TABLEAU_SVC' password='«snowpw:tableau»' warehouse='BI_WH'>  ⟦password|Tableau datasource password⟧
  </connection>
</datasource>
"""),
    ("data/fivetran/connectors.tf", r"""
resource "fivetran_connector" "salesforce_groups" {
  service = "salesforce"
  destination_schema { name = "sf_groups" }
  auth {
    client_access {
      client_id     = "«sfck:fivetran»"  ⟪Salesforce consumer key (identifier)⟫
      client_secret = "«uhex:64-fivesf»"  ⟦app-secret|Salesforce client secret in Fivetran Terraform⟧
    }
  }
}
"""),
    ("apps/casino/cms-bridge.yaml", r"""
# slot/table player tracking bridge (ship CMS -> shore casino-cms); one per ship
cms:
  vendor: igt-advantage
  ship_db: jdbc:oracle:thin:@cms.ship.smc.internal:1521/CMS
  user: bridge
  password: «pw6:cmsbridge»  ⟦password|casino CMS bridge password⟧
kiosk:
  ticket_redemption_secret: «hex:32-tito»  ⟦app-secret|TITO kiosk shared secret⟧
"""),
    ("apps/spa/book4spa.json", r"""
{
  "tenant": "saltmere-fleet",
  "widgetKey": "«uuid:spawidget»",  ⟪booking widget key (public)⟫
  "apiUser": "smc_integration",
  "apiPassword": "«pwp:spaapi»",  ⟦password|spa booking API password⟧
  "folioPostingCode": "SPA-TREAT"
}
"""),
    ("apps/medical/pharmacy_sync.ps1", r"""
# sync the ship formulary and controlled-drug register to shore (runs at 02:00 ship time)
$ErrorActionPreference = 'Stop'
$server = 'medsql.ship.smc.internal'
Invoke-Sqlcmd -ServerInstance $server -Database Pharmacy -Username 'medsync' -Password '«pwn:medsync»' -Query 'EXEC dbo.ExportRegister'  ⟦password|Invoke-Sqlcmd -Password⟧
$cred = Get-Credential -Message 'shore share'  ⟪interactive prompt⟫
Copy-Item D:\export\*.csv \\shorefs.smc.internal\medical\inbound\ -Credential $cred
"""),
    ("apps/guest-wifi/portal.ini", r"""
[portal]
brand = Saltmere Connect
plans = social,surf,stream
[radius]
server = 10.42.0.5
secret = «pwr:wifiradius»  ⟦password|RADIUS shared secret⟧
[payments]
folio_post_url = https://fcs.ship.smc.internal/ifc/post
folio_post_key = «hex:24-wifipost»  ⟦app-secret|folio posting key⟧
"""),
    ("apps/guest-wifi/templates/welcome.html", r"""
<!doctype html>
<html><head><title>Saltmere Connect</title>
<script src="https://www.google.com/recaptcha/api.js?render=6Lc«b62:37-wifirecap»"></script>  ⟪reCAPTCHA site key⟫
</head>
<body><h1>Welcome aboard</h1><p>Sign in with your SeaPass number and date of birth.</p></body></html>
"""),
    ("apps/ops-bots/telegram_bridge.py", r"""
# posts bridge weather routing updates to the fleet ops Telegram group
import os

BOT_TOKEN = "«telegram:weather»"  ⟦app-secret|Telegram bot token⟧
CHAT_ID = -1001847730291
OPENAI_KEY = os.environ.get("OPENAI_API_KEY")  ⟪environment reference⟫
"""),
    ("apps/ops-bots/summarise.py", r"""
import anthropic

client = anthropic.Anthropic(api_key="«ant:summ»")  ⟦anthropic|Anthropic API key in code⟧


def summarise(log_text: str) -> str:
    msg = client.messages.create(model="claude-sonnet-4", max_tokens=400,
                                 messages=[{"role": "user", "content": "Summarise this engine log:\n" + log_text}])
    return msg.content[0].text
"""),
    ("apps/island/pos/config.yaml", r"""
# Cay Lumen beach bars and cabanas (charge to SeaPass via the ship's folio while docked/tendered)
location: CLM
tender_link: ptp-radio
folio_bridge:
  ship_lookup: https://island-gw.cay.smc.internal/folio
  client_id: island-pos
  client_secret: «b62:32-islandfolio»  ⟦app-secret|island POS folio bridge client secret⟧
square:
  access_token: «sqatp:island»  ⟦app-secret|Square access token⟧
  location_id: L«up:12-sqloc»  ⟪Square location id⟫
"""),
    ("apps/island/cabanas/wp-config.php", r"""
<?php
define('DB_NAME', 'cabanas');
define('DB_USER', 'cabanas');
define('DB_PASSWORD', '«pwl:cabanaswp»');  ⟦password|wp-config DB_PASSWORD⟧
define('DB_HOST', 'island-db.cay.smc.internal');
define('AUTH_KEY',         'put your unique phrase here');  ⟪WordPress placeholder⟫
define('SECURE_AUTH_KEY',  '«django:wpsak»');  ⟦app-secret|WordPress SECURE_AUTH_KEY salt⟧
"""),
    ("apps/crew-app/src/environments/environment.prod.ts", r"""
export const environment = {
  production: true,
  apiUrl: 'https://crew.saltmere.com/api',
  firebase: { apiKey: '«aiza:crewfb»', projectId: 'smc-crew', appId: '1:«num:12-fbapp»:web:«hex:22-fbweb»' },  ⟪Firebase web config (public)⟫
  rosterVendorKey: '«b62:40-roster»',  ⟦app-secret|rostering vendor API key in a frontend bundle⟧
};
"""),
    ("apps/crew-app/payroll/push_payroll.sh", r"""
#!/bin/bash
# weekly crew payroll file to the manning agency (Manila) - allotments and cash advances
set -e
export SSHPASS='«pwn:manningsftp»'  ⟦password|SSHPASS export⟧
sshpass -e sftp -oBatchMode=no smc@sftp.manila-manning.ph <<EOF
put /data/payroll/out/crew_allotments_$(date +%Y%m%d).csv /inbound/
EOF
"""),
]
