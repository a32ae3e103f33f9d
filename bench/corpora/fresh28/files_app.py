"""fresh28 templates, application configuration (City of Merrow Bay): Spring, .NET, Node, Python, Go, PHP and Ruby
services for permits, 311, tax, utility billing, courts, library, parks, GIS, elections and payroll.
Markers: render.py and README.md."""

FILES = [
    ("apps/permitline/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://permitline-db.internal.merrowbay.gov:5432/permits
    username: permit_app
    password: «pwcity:permitjdbc»  ⟦password|Spring datasource password⟧
  mail:
    host: email-smtp.us-west-2.amazonaws.com
    username: «akid:sespermit»  ⟦aws-key-id|SES SMTP username in Spring⟧
    password: «sesv4:sespermit»  ⟦aws-ses-smtp|SES SMTP password in Spring⟧
permitline:
  plan-review:
    bluebeam-client-id: «uuid:bluebeamid»  ⟪client id⟫
    bluebeam-client-secret: ${BLUEBEAM_CLIENT_SECRET}  ⟪Spring placeholder⟫
  payments:
    paygov-agency-id: MBP01
    paygov-token: «b62:40-paygov»  ⟦app-secret|payment gateway token⟧
"""),
    ("apps/permitline/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:permits;MODE=PostgreSQL
    username: sa
    password:  ⟪empty password in a test profile⟫
permitline:
  payments:
    paygov-token: test-paygov-token-not-real  ⟪test value in a test profile⟫
"""),
    ("apps/taxroll/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Assessor": "Server=taxroll-db.internal.merrowbay.gov;Database=Assessor;User Id=taxroll_app;Password=«pwn:taxrollsql»;Encrypt=True",  ⟦conn-string|SQL Server connection string with password⟧
    "Reporting": "Server=taxroll-db.internal.merrowbay.gov;Database=AssessorRpt;Integrated Security=SSPI"  ⟪integrated security, no password⟫
  },
  "Paymentus": {
    "BaseUrl": "https://secure8.paymentus.com",
    "ApiKey": "«hex:40-paymentustax»"  ⟦app-secret|Paymentus API key in appsettings⟧
  },
  "LienExport": {
    "SftpHost": "sftp.kestrelcounty.gov",
    "SftpUser": "merrowbay_tax",
    "SftpPassword": "«pwcity:lienftp»"  ⟦password|SFTP password in appsettings⟧
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
"""),
    ("apps/taxroll/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Assessor": "Server=(localdb)\\MSSQLLocalDB;Database=Assessor;Trusted_Connection=True"
  },
  "Paymentus": {"BaseUrl": "https://sandbox.paymentus.com", "ApiKey": "<paymentus-sandbox-key>"},  ⟪placeholder⟫
  "LienExport": {"SftpPassword": ""}
}
"""),
    ("apps/docketline/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Docket" connectionString="Data Source=COURTSQL01;Initial Catalog=Docket;User ID=docket_web;Password=«pwp:docketweb»" providerName="System.Data.SqlClient" />  ⟦conn-string|Web.config connection string with a short password⟧
  </connectionStrings>
  <appSettings>
    <add key="EFilePortalUser" value="MBMC_EFILE" />
    <add key="EFilePortalPassword" value="«pw6:efileportal»" />  ⟦password|appSettings password⟧
    <add key="TylerPaySecret" value="«b62:44-tylerpay»" />  ⟦app-secret|payment processor secret in appSettings⟧
    <add key="DmvLookupKey" value="[stored in Windows Credential Manager: DOCKET-DMV]" />  ⟪pointer to a credential store⟫
  </appSettings>
  <system.web>
    <machineKey validationKey="«uhex:128-machinekeyv»" decryptionKey="«uhex:48-machinekeyd»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey⟧
  </system.web>
</configuration>
"""),
    ("apps/civicdesk311/config/production.js", r"""
module.exports = {
  port: 8080,
  db: {
    host: 'civicdesk311-db.cluster-cq8wx1lmb.us-west-2.rds.amazonaws.com',
    user: 'civicdesk_app',
    password: process.env.DB_PASSWORD,  ⟪env reference⟫
  },
  open311: {
    jurisdictionId: 'merrowbay.gov',
    apiKeys: ['«hex:32-open311a»', '«hex:32-open311b»'],  ⟦app-secret|Open311 partner API keys⟧
  },
  maps: {
    googleBrowserKey: '«aiza:civicmaps»',  ⟪Maps browser key, public⟫
  },
  session: { secret: '«pwx:civicsess»' },  ⟦app-secret|express-session secret⟧
};
"""),
    ("apps/civicdesk311/mobile/app.json", r"""
{
  "expo": {
    "name": "MerrowBay 311",
    "slug": "merrowbay-311",
    "version": "5.2.0",
    "ios": {"bundleIdentifier": "gov.merrowbay.threeoneone", "config": {"googleMapsApiKey": "«aiza:311ios»"}},  ⟪Maps key, public⟫
    "android": {"package": "gov.merrowbay.threeoneone", "config": {"googleMaps": {"apiKey": "«aiza:311android»"}}},
    "extra": {
      "apiBase": "https://api.311.merrowbay.gov",
      "eas": {"projectId": "«uuid:easproject»"},
      "sentryAuthToken": "sntrys_«b64k:96-sentryauth»"  ⟦sentry|Sentry auth token shipped in app.json⟧
    }
  }
}
"""),
    ("apps/aquabill/config/settings.py", r"""
import os

DEBUG = False
ALLOWED_HOSTS = ["pay.merrowbay.gov", "aquabill.internal.merrowbay.gov"]
SECRET_KEY = "«django:aquabill»"  ⟦app-secret|Django SECRET_KEY⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.oracle",
        "NAME": "aquabill-db.internal.merrowbay.gov:1521/CISPRD",
        "USER": "AQUA_WEB",
        "PASSWORD": os.environ["AQUA_DB_PASSWORD"],  ⟪os.environ⟫
    }
}

AMI_HEADEND = {
    "url": "https://sensus-rni.merrowbay.gov/api",
    "username": "aquabill_int",
    "password": "«pwcity:sensusrni»",  ⟦password|AMI head-end password in settings⟧
}

INVOICECLOUD_API_KEY = os.getenv("INVOICECLOUD_API_KEY", "")
"""),
    ("apps/aquabill/config/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-aquabill-0000000000000000000000"  ⟪test-marked CI key⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
AMI_HEADEND = {"url": "http://localhost:9009", "username": "ci", "password": "ci"}  ⟪local default⟫
"""),
    ("apps/shelfmark/koha-conf.xml", r"""
<yazgfs>
<config>
 <db_scheme>mysql</db_scheme>
 <database>koha_mbpl</database>
 <hostname>mariadb</hostname>
 <port>3306</port>
 <user>koha_mbpl</user>
 <pass>«pwcity:kohadb»</pass>  ⟦password|Koha database password⟧
 <memcached_servers>memcached:11211</memcached_servers>
 <encryption_key>«b64k:24-kohaenc»</encryption_key>  ⟦app-secret|Koha encryption key⟧
 <api_secret_passphrase>«pwx:kohaapi»</api_secret_passphrase>  ⟦app-secret|Koha API secret passphrase⟧
</config>
</yazgfs>
"""),
    ("apps/shelfmark/sip2/sip2-accounts.yaml", r"""
# SIP2 logins for self-check and sorter (Bibliotheca, Envisionware print release)
accounts:
  - login: selfcheck_main
    password: «pw6:sip2main»  ⟦password|SIP2 account password⟧
    institution: MBPL
  - login: selfcheck_eastgate
    password: «pw6:sip2east»  ⟦password|SIP2 account password, branch⟧
    institution: MBPL
  - login: envisionware
    password: «pwt:envisionware»  ⟦password|SIP2 account, short password⟧
    institution: MBPL
"""),
    ("apps/parkpass/rails/.env.production", r"""
RAILS_ENV=production
DATABASE_URL=mysql2://parkpass:«pct:pwl:parkpassdb»@parkpass-db.internal.merrowbay.gov/parkpass  ⟦conn-string|Rails DATABASE_URL with password⟧
SECRET_KEY_BASE=«hex:128-parkpassskb»  ⟦app-secret|Rails secret_key_base⟧
STRIPE_SECRET_KEY=«rk:parkpass»  ⟦stripe|Stripe restricted key⟧
STRIPE_WEBHOOK_SECRET=«whsec:parkpass»  ⟦stripe|Stripe webhook signing secret⟧
"""),
    ("apps/parkpass/rails/.env.example", r"""
RAILS_ENV=development
DATABASE_URL=mysql2://parkpass:parkpass@localhost/parkpass_dev  ⟪local default password equal to user⟫
SECRET_KEY_BASE=generate-with-bin-rails-secret  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_test_your_key_here  ⟪placeholder⟫
STRIPE_WEBHOOK_SECRET=whsec_...
"""),
    ("apps/parkpass/config/credentials.yml.enc", r"""
«b64k:180-railscreds»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("apps/atlasgis/config/geocoder.go", r"""
package config

import "os"

// Geocoder settings for the address service (ArcGIS + county address points).
type Geocoder struct {
	PortalURL string
	ClientID  string
	Secret    string
}

func Load() Geocoder {
	return Geocoder{
		PortalURL: "https://gis.merrowbay.gov/portal",
		ClientID:  "«okx:16-esriclientid»",  ⟪OAuth client id⟫
		Secret:    "«hex:32-esriclientsec»",  ⟦app-secret|ArcGIS app client secret hard-coded in Go⟧
	}
}

func CountyToken() string {
	return os.Getenv("KESTREL_COUNTY_GIS_TOKEN")
}
"""),
    ("apps/ballotbox/results/config.php", r"""
<?php
// election-night results publisher (reads county EMS export, writes static JSON)
define('DB_HOST', 'ballotbox-db.internal.merrowbay.gov');
define('DB_USER', 'results_pub');
define('DB_PASSWORD', '«pwcity:resultsdb»');  ⟦password|PHP define DB_PASSWORD⟧
define('CLOUDFRONT_KEY_PAIR_ID', 'K«up:13-cfkpid»');  ⟪CloudFront key pair id⟫
define('CLOUDFRONT_DIST', 'E2QW7HXL1M9B3K');
define('PUSH_TOKEN', '«b62:40-resultspush»');  ⟦app-secret|push notification token in PHP config⟧
"""),
    ("apps/ballotbox/pollworkers/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 5
development:
  <<: *default
  database: pollworkers_dev
production:
  <<: *default
  database: pollworkers
  host: ballotbox-db.internal.merrowbay.gov
  username: pollworkers
  password: <%= ENV["POLLWORKERS_DB_PASSWORD"] %>  ⟪ERB env reference⟫
"""),
    ("apps/ballotbox/pollworkers/config/initializers/twilio.rb", r"""
Twilio.configure do |config|
  config.account_sid = "«twac:pollworkers»"  ⟪Twilio account SID⟫
  config.auth_token  = "«hex:32-twiliopw»"  ⟦twilio|Twilio auth token in a Rails initializer⟧
end
"""),
    ("apps/paystub/src/adp_client.py", r"""
import requests

ADP_TOKEN_URL = "https://accounts.adp.com/auth/oauth/v2/token"
CLIENT_ID = "«uuid:adpclientid»"  ⟪client id⟫
CLIENT_SECRET = "«b62:36-adpsecret»"  ⟦app-secret|ADP client secret hard-coded (same as in Terraform)⟧
CERT = ("/etc/paystub/adp.crt", "/etc/paystub/adp.key")


def token():
    r = requests.post(ADP_TOKEN_URL, data={"grant_type": "client_credentials"}, auth=(CLIENT_ID, CLIENT_SECRET), cert=CERT)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("apps/paystub/config/hcm.properties", r"""
hcm.base.url=https://ehpv-test.fa.us2.oraclecloud.com
hcm.user=INTEGRATION.PAYSTUB
hcm.password=«pwl:hcm»  ⟦password|properties password, same as the pipeline⟧
kronos.url=https://merrowbay.prd.mykronos.com
kronos.app.key=«b62:32-kronosapp»  ⟦app-secret|UKG/Kronos app key⟧
kronos.client.secret=«b62:32-kronossec»  ⟦app-secret|UKG/Kronos client secret⟧
"""),
    ("apps/emberlog/config/nemsis.json", r"""
{
  "stateRepository": "https://nemsis.wa-ems.state.gov/ws/v3",
  "organization": "MBFD-271",
  "username": "mbfd_submit",
  "password": "«pwn:nemsis»",  ⟦password|state NEMSIS submission password⟧
  "hospitalNotify": {
    "pulsaraApiKey": "«b62:40-pulsara»",  ⟦app-secret|hospital notification API key⟧
    "webhookSecret": "{{ssm:/emberlog/pulsara-webhook}}"  ⟪SSM reference⟫
  },
  "schemaVersion": "3.5.0"
}
"""),
    ("apps/casefile-rms/appsettings.json", r"""
{
  "Cjis": {
    "Ori": "WA0271900",
    "AdvancedAuth": "DuoRadius",
    "DuoIntegrationKey": "DI«up:18-duoikey»",  ⟪Duo integration key (identifier)⟫
    "DuoSecretKey": "«b62:40-duoskey»",  ⟦app-secret|Duo secret key⟧
    "DuoApiHost": "api-7f3b21c4.duosecurity.com"
  },
  "Evidence": {
    "AxonClientId": "«uuid:axonid»",
    "AxonClientSecret": "«b64k:48-axonsec»"  ⟦app-secret|evidence platform client secret⟧
  },
  "ConnectionStrings": {
    "Rms": "Host=casefile-rms-db.internal;Database=rms;Username=rms_app;Password=«pwx:rmsdb»;SSL Mode=Require"  ⟦conn-string|Npgsql connection string with password⟧
  }
}
"""),
    ("apps/greenwave/controller-sync/config.toml", r"""
[atms]
url = "https://atms.merrowbay.gov/api"
user = "sync"
password = "«pwt:atms»"  ⟦password|ATMS sync password in TOML, short⟧

[miovision]
api_key = "«b62:40-miovision»"  ⟦app-secret|Miovision API key⟧

[waze]
partner_feed_url = "https://www.waze.com/row-partnerhub-api/partners/«num:11-wazepartner»/waze-feeds/«uuid:wazefeed»?format=1"  ⟪partner feed URL with ids⟫
"""),
    ("apps/meterline/handheld/appconfig.xml", r"""
<AppConfig>
  <Server>https://meterline.merrowbay.gov/enforcement</Server>
  <DeviceUser>HH-ENF</DeviceUser>
  <DevicePassword>«pin:6-handheld»</DevicePassword>  ⟦?password|six-digit device PIN (policy: PINs in a password slot)⟧
  <PrinterMac>00:1B:2C:4F:9A:E1</PrinterMac>
  <LprVendorKey>«b62:32-lprkey»</LprVendorKey>  ⟦app-secret|LPR vendor key⟧
</AppConfig>
"""),
    ("apps/fleetyard/config/default.yml", r"""
fuel:
  vendor: fuelmaster
  host: 10.30.8.14
  port: 3500
  user: FMADMIN
  password: «pw6:fuelmaster»  ⟦password|fuel system password⟧
telematics:
  samsara_token: «samsara:fleetyard»  ⟦app-secret|Samsara API token⟧
  geotab:
    database: merrowbay
    username: fleet-api@merrowbay.gov
    password: «pwcity:geotab»  ⟦password|telematics account password⟧
"""),
    ("apps/harborlake/airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pct:pwr:airflowdb»@harborlake-meta.internal:5432/airflow  ⟦conn-string|Airflow metadata DB URL with password⟧

[webserver]
secret_key = «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret_key⟧

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}  ⟪secrets backend config⟫
"""),
    ("apps/harborlake/dbt/profiles.yml", r"""
harborlake:
  target: prod
  outputs:
    prod:
      type: redshift
      host: harborlake.c7qlx2mz9b1e.us-west-2.redshift.amazonaws.com
      user: dbt_ci
      password: "{{ env_var('REDSHIFT_PASSWORD') }}"  ⟪env_var()⟫
      port: 5439
      dbname: harbor
      schema: analytics
      threads: 8
    snowflake:
      type: snowflake
      account: cmb-harborlake
      user: DBT_SVC
      private_key_path: /secrets/dbt_rsa_key.p8
      private_key_passphrase: «pwx:snowflakepp»  ⟦password|Snowflake key passphrase in profiles.yml⟧
      warehouse: TRANSFORM_WH
      database: HARBOR
"""),
    ("apps/harborlake/notebooks/311-volume.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# 311 request volume by council district"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import boto3, pandas as pd\n",
    "session = boto3.Session(aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»', region_name='us-west-2')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "athena = session.client('athena')\n"
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [{"output_type": "stream", "name": "stdout", "text": ["QueryExecutionId: «uuid:athenaq»\n"]}], "source": ["q = athena.start_query_execution(QueryString=SQL, WorkGroup='analysts')\n"]}  ⟪query execution id⟫
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/codewatch/config/secrets.php", r"""
<?php
return [
    'app_key' => '«laravel:codewatch»',  ⟦app-secret|Laravel APP_KEY⟧
    'mail' => [
        'mailgun_domain' => 'mg.merrowbay.gov',
        'mailgun_secret' => '«mailgun:codewatch»',  ⟦app-secret|Mailgun key⟧
    ],
    'accela_bridge_password' => env('ACCELA_BRIDGE_PASSWORD'),  ⟪env()⟫
];
"""),
    ("apps/strayline/src/main/resources/application.properties", r"""
server.port=8080
spring.datasource.url=jdbc:mysql://strayline-db.internal.merrowbay.gov:3306/shelter
spring.datasource.username=shelter_app
spring.datasource.password=«pwn:shelterdb»  ⟦password|Spring properties password⟧
petpoint.api.key=${PETPOINT_API_KEY}  ⟪Spring placeholder⟫
docupet.license.api.token=«b62:40-docupet»  ⟦app-secret|pet licensing vendor token⟧
"""),
    ("apps/civicdesk311/src/integrations/slack.ts", r"""
import { WebClient } from "@slack/web-api";

// Posts pothole and streetlight escalations to #pw-dispatch
const slack = new WebClient("«xoxb:civic»");  ⟦slack|Slack bot token hard-coded⟧

export async function escalate(ticketId: string, text: string) {
  await slack.chat.postMessage({ channel: "C05M2QH9RDK", text: `[${ticketId}] ${text}` });  ⟪channel id⟫
}
"""),
    ("apps/atlasgis/scripts/publish_parcels.py", r"""
from arcgis.gis import GIS

# service account for the nightly parcel publish; password rotated every 90 days per CJIS? no - GIS is not CJIS
gis = GIS("https://gis.merrowbay.gov/portal", "svc_publisher", "«pwcity:portalpub»")  ⟦password|ArcGIS GIS() password argument⟧
item = gis.content.get("«hex:32-parcelitem»")  ⟪portal item id⟫
item.update(data="/data/exports/parcels.zip")
"""),
]
