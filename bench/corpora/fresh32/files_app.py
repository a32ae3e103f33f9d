"""fresh32 templates, applications (Talusridge Mountain Resorts): the switchback season-pass store (Next.js,
Spring), the mobile app (iOS, Android, Expo), ski school booking (Django), the marketing CMS (WordPress,
Contentful), hotel and PMS connectors, rental and POS integrations, seasonal payroll and J-1 exports, and the
ridgeline data platform (dbt, Airflow, notebooks, Snowflake, Tableau).
Markers: render.py and README.md."""

FILES = [
    ("apps/switchback-web/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://passes.talusridge.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:switchbackweb»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«rk:switchbackweb»  ⟦stripe|Stripe restricted live key in .env.production⟧
NEXTAUTH_URL=https://passes.talusridge.com
NEXTAUTH_SECRET=«b64k:32-nextauthweb»  ⟦app-secret|NEXTAUTH_SECRET⟧
ACCESSO_PASSPORT_CLIENT_SECRET=«b62:40-accesso»  ⟦app-secret|ticketing client secret (same as the Deployment)⟧
NEXT_PUBLIC_SENTRY_DSN=«sentrynew:web»  ⟪modern Sentry DSN⟫
AFFIRM_PRIVATE_API_KEY=«up:32-affirm»  ⟦app-secret|Affirm private API key (pass payment plans)⟧
AFFIRM_PUBLIC_API_KEY=«up:16-affirmpub»  ⟪Affirm public key⟫
NEXT_PUBLIC_ALGOLIA_SEARCH_KEY=«hex:32-algsearch»  ⟪Algolia search-only key⟫
"""),
    ("apps/switchback-web/.env.example", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_...  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_test_your_key_here  ⟪placeholder⟫
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪placeholder⟫
AFFIRM_PRIVATE_API_KEY=<your-affirm-private-key>  ⟪placeholder⟫
"""),
    ("apps/switchback-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://switchback.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com:5432/switchback
    username: sb_app
    password: «pwc:storedb»  ⟦password|Spring datasource password (same as Aurora master)⟧
  mail:
    host: email-smtp.us-west-2.amazonaws.com
    username: «akid:sespasses»  ⟦aws-key-id|SES SMTP user key id in Spring mail config⟧
    password: «sesv4:sespasses»  ⟦aws-ses-smtp|SES SMTP password in Spring mail config⟧
siriusware:
  api:
    base-url: https://salesware.trmr.local/api
    user: sb-web
    password: ${SIRIUSWARE_PASSWORD}  ⟪Spring ${...}⟫
rfid:
  axess:
    webshop-key: «uhex:32-axessweb»  ⟦app-secret|Axess WTP webshop key⟧
"""),
    ("apps/switchback-api/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:switchback
    password: sa  ⟪test profile password⟫
stripe:
  secret-key: «docs:stripetest»  ⟪test-marked Stripe key in a test path⟫
"""),
    ("apps/switchback-api/src/main/java/com/talusridge/switchback/pay/AffirmClient.java", r"""
package com.talusridge.switchback.pay;

import java.net.http.HttpClient;
import java.util.Base64;

public final class AffirmClient {
    private static final String PUBLIC_KEY = "«up:16-affirmpub»";  ⟪Affirm public key⟫
    // TODO(SB-881): read from Secrets Manager, this was for the pass-launch hotfix
    private static final String PRIVATE_KEY = "«up:32-affirm»";  ⟦app-secret|Affirm private key hard-coded in Java⟧
    private final HttpClient http = HttpClient.newHttpClient();

    String authHeader() {
        return "Basic " + Base64.getEncoder().encodeToString((PUBLIC_KEY + ":" + PRIVATE_KEY).getBytes());
    }
}
"""),
    ("apps/mobile/ios/Config/Release.xcconfig", r"""
API_BASE = https:/$()/api.talusridge.com
MAPBOX_ACCESS_TOKEN = pk.eyJ1IjoidGFsdXNyaWRnZSIsImEiOiJjbG«b62:18-mapbox»  ⟪Mapbox public token⟫
BRAZE_API_KEY = «uuid:brazesdk»  ⟪Braze SDK key (public)⟫
REVENUECAT_SECRET = sk_«b62:28-revcat»  ⟦app-secret|RevenueCat secret key in an xcconfig⟧
"""),
    ("apps/mobile/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
TRMR_UPLOAD_STORE_FILE=talusridge-upload.jks
TRMR_UPLOAD_STORE_PASSWORD=«pwn:uploadstore»  ⟦password|Android upload keystore password⟧
TRMR_UPLOAD_KEY_ALIAS=upload
TRMR_UPLOAD_KEY_PASSWORD=«pwn:uploadstore»  ⟦password|Android upload key password (same)⟧
"""),
    ("apps/mobile/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gcpproj»", "project_id": "talusridge-app"},
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:«num:12-gcpproj»:android:«hex:16-appid»"},
    "api_key": [{"current_key": "«aiza:android»"}]  ⟪Firebase Android key (public)⟫
  }]
}
"""),
    ("apps/mobile/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Talusridge',
  slug: 'talusridge',
  extra: {
    eas: { projectId: '«uuid:easproj»' },  ⟪EAS project id⟫
    liftStatusUrl: 'https://api.talusridge.com/mountain/lifts',
    googleMapsKey: '«aiza:maps»',  ⟪Maps key (restricted, public)⟫
    skiSchoolAdminToken: '«jwt:skischool-admin»',  ⟦jwt|admin JWT baked into the app config⟧
  },
};
export default config;
"""),
    ("apps/mobile/fastlane/Appfile", r"""
app_identifier("com.talusridge.app")
apple_id("mobile@talusridge.com")
itc_team_id("«num:9-itcteam»")  ⟪team id⟫
team_id("«up:10-teamid»")  ⟪team id⟫
"""),
    ("apps/mobile/fastlane/.env.default", r"""
FASTLANE_USER=mobile@talusridge.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«applepw:fastlane»  ⟦password|Apple app-specific password⟧
MATCH_PASSWORD=«pp:match»  ⟦password|fastlane match passphrase⟧
MATCH_GIT_BASIC_AUTHORIZATION=«basic:matchgit»  ⟦password-b64|base64 basic auth for the match repo⟧
"""),
    ("apps/mobile/fastlane/AuthKey_7Q3L9XK2MD.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect API key (.p8)⟧
"""),
    ("apps/skischool/skischool/settings/prod.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:skischool»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["lessons.talusridge.com"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "lessons",
        "USER": "skischool",
        "PASSWORD": "«pwn:skischooldb»",  ⟦password|Django DATABASES password⟧
        "OPTIONS": {"sslrootcert": "/etc/ssl/rds-global-bundle.pem"},  ⟪CA bundle path⟫
        "HOST": "skischool.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com",
    }
}
TWILIO_ACCOUNT_SID = "«twac:skischool»"  ⟪Twilio account SID⟫
TWILIO_API_KEY = "«twsk:skischool»"  ⟪Twilio API key SID⟫
TWILIO_API_SECRET = "«b62:32-twapisecret»"  ⟦twilio|Twilio API key secret⟧
"""),
    ("apps/skischool/skischool/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-lessons-0000000000000000000000"  ⟪CI-only marked key⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
"""),
    ("apps/skischool/lessons/instructors/sync_payroll.py", r"""
# pushes instructor hours (private lessons, race programs) to Paylocity every night
import requests

PAYLOCITY_COMPANY = "T8841"
CLIENT_ID = "«lo:24-paylocityid»"
CLIENT_SECRET = "«b64k:40-paylocity»"  ⟦app-secret|Paylocity client secret (same as the pipeline variable)⟧


def token():
    r = requests.post("https://api.paylocity.com/IdentityServer/connect/token",
                      data={"grant_type": "client_credentials", "scope": "WebLinkAPI"},
                      auth=(CLIENT_ID, CLIENT_SECRET))
    return r.json()["access_token"]
"""),
    ("apps/cms/wp-config.php", r"""
<?php
define( 'DB_NAME', 'talusridge_www' );
define( 'DB_USER', 'wp_www' );
define( 'DB_PASSWORD', '«pwl:wpdb»' );  ⟦password|wp-config DB_PASSWORD⟧
define( 'DB_HOST', 'cms-db.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_ROCKET_KEY', '«hex:8-wprocket»' );
define( 'SNOW_REPORT_API_TOKEN', '«b62:40-snowreport»' );  ⟦app-secret|snow report feed token⟧
$table_prefix = 'trmr_';
"""),
    ("apps/cms/contentful-migrate.js", r"""
// one-off: copy the trail map pages from the old WordPress into Contentful (MKT-412)
const contentful = require('contentful-management');

const client = contentful.createClient({
  accessToken: 'CFPAT-«okx:43-contentful»',  ⟦app-secret|Contentful management token (same as serverless)⟧
});
const DELIVERY_TOKEN = '«okx:43-cfdelivery»';  ⟦app-secret|Contentful delivery token⟧
module.exports = { client, DELIVERY_TOKEN };
"""),
    ("apps/lodging/inntopia-client/appsettings.Production.json", r"""
{
  "Inntopia": {
    "SupplierId": 48213,
    "Username": "talusridge_api",
    "Password": "«pwr:inntopia»"  ⟦password|Inntopia password in appsettings (same as ECS)⟧
  },
  "ConnectionStrings": {
    "Lodging": "Server=lodging.c7xq2ld9f1ab.us-west-2.rds.amazonaws.com;Database=Lodging;User Id=lodging_app;Password=«pwn:lodgingapp»;Encrypt=true"  ⟦conn-string|SQL Server connection string in appsettings⟧
  },
  "Salto": {"ApiKey": "«sitecode:32-saltopms»"},  ⟦app-secret|Salto PMS interface key (same as ProAccess)⟧
  "Logging": {"LogLevel": {"Default": "Information"}}
}
"""),
    ("apps/lodging/inntopia-client/appsettings.Development.json", r"""
{
  "Inntopia": {"Username": "sandbox", "Password": "sandbox"},  ⟪sandbox default⟫
  "ConnectionStrings": {"Lodging": "Server=(localdb)\\MSSQLLocalDB;Database=Lodging;Trusted_Connection=True"}
}
"""),
    ("apps/lodging/pms-doorlock-bridge/bridge.toml", r"""
[pms]
kind = "rtpone"
base = "https://talusridge.rtp.io/api"
user = "ifc_lodging"
password = "«pwr:rtponeifc»"  ⟦password|RTP ONE password in a bridge TOML (same as properties)⟧

[locks.ambiance]
url = "https://ambiance.lodge.trmr.local"
api_key = "«hex:40-ambiance»"  ⟦app-secret|dormakaba Ambiance API key⟧

[locks.salto]
url = "https://salto.lodge.trmr.local:8090"
api_key_file = "/etc/bridge/salto.key"  ⟪file reference⟫
"""),
    ("apps/rental/reservations/config/settings.rb", r"""
Rails.application.configure do
  config.x.siriusware.url = "https://salesware.trmr.local/api"
  config.x.siriusware.password = ENV.fetch("SIRIUSWARE_PASSWORD")  ⟪ENV fetch⟫
  config.x.waiver.provider = "skiwaivers"
  config.x.waiver.api_key = "«b62:36-waiver»"  ⟦app-secret|liability waiver provider API key⟧
  config.x.shipping.easypost_key = "«ezak:rental»"  ⟦app-secret|EasyPost production key⟧
end
"""),
    ("apps/rental/reservations/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|Rails master.key committed⟧
"""),
    ("apps/payroll/seasonal/export_j1.ps1", r"""
# Seasonal payroll: export J-1 staff hours and housing deductions to the sponsor (runs on PAYROLL-01, Sundays)
$ErrorActionPreference = 'Stop'
$sqlUser = 'payroll_export'
$sqlPass = '«pwn:payrollsql»'  ⟦password|SQL password in a PowerShell export script⟧
Invoke-Sqlcmd -ServerInstance 'PAYROLL-01\HR' -Database 'Seasonal' -Username $sqlUser -Password $sqlPass -Query 'EXEC dbo.ExportJ1Week' |
  Export-Csv -Path "D:\exports\j1_$(Get-Date -Format yyyyMMdd).csv" -NoTypeInformation
$cred = Get-Credential -Message 'SFTP to sponsor'  ⟪interactive prompt⟫
"""),
    ("apps/payroll/adp/workforce_now.json", r"""
{
  "client_id": "«uuid:adpclient»",
  "client_secret": "«uuid:adpsecret»",  ⟦app-secret|ADP Workforce Now client secret⟧
  "ssl_cert": "certs/adp_talusridge.pem",
  "ssl_key": "certs/adp_talusridge.key",
  "company_code": "TRMR"
}
"""),
    ("apps/payroll/adp/certs/adp_talusridge.key", r"""
«pem:pkcs8:rsaadp»  ⟦private-key|ADP API mutual-TLS private key⟧
"""),
    ("apps/payroll/adp/certs/adp_talusridge.pem", r"""
«cert:rsaadp:api.talusridge.com»  ⟪certificate⟫
"""),
    ("apps/payroll/housing/deductions.py", r"""
# staff housing rent deductions (dorms at HLWB and PTRM) - reads the housing sheet, writes the ADP import
import gspread
from google.oauth2.service_account import Credentials

SHEET = "1«b62:43-sheetid»"  ⟪sheet id⟫
SLACK_TOKEN = "«xoxb:housing»"  ⟦slack|Slack bot token in a payroll script⟧
"""),
    ("data/dbt/profiles.yml", r"""
ridgeline:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: trmr-ridgeline
      user: DBT_PROD
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"  ⟪env_var⟫
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: RIDGELINE
    dev:
      type: snowflake
      account: trmr-ridgeline
      user: KENJI_DEV
      password: «pwn:kenjisnow»  ⟦password|dbt dev profile password⟧
      role: DEV
"""),
    ("data/airflow/dags/pass_scans_daily.py", r"""
from airflow import DAG
from airflow.providers.http.operators.http import SimpleHttpOperator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator
import pendulum

with DAG("pass_scans_daily", start_date=pendulum.datetime(2026, 11, 1), schedule="0 6 * * *") as dag:
    pull = SimpleHttpOperator(
        task_id="pull_axess_scans",
        http_conn_id="axess_wtp",
        endpoint="/reports/scans",
        headers={"Authorization": "Bearer «b62:48-axessreport»"},  ⟦app-secret|bearer token hard-coded in a DAG⟧
    )
    load = SnowflakeOperator(task_id="load", snowflake_conn_id="snowflake_ridgeline", sql="CALL load_scans()")
    pull >> load
"""),
    ("data/airflow/connections_export.json", r"""
{
  "snowflake_ridgeline": {"conn_type": "snowflake", "login": "AIRFLOW", "password": "«snowpw:airflow»", "extra": "{\"account\": \"trmr-ridgeline\"}"},  ⟦password|Airflow connections export password⟧
  "siriusware_sql": {"conn_type": "mssql", "host": "pos-db.trmr.local", "login": "glue_reader", "password": "«pwp:gluepos»"},  ⟦password|Airflow connection password (same as Glue)⟧
  "axess_wtp": {"conn_type": "http", "host": "https://wtp.axess.com", "password": ""}  ⟪empty password⟫
}
"""),
    ("data/notebooks/season_pass_churn.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "conn = snowflake.connector.connect(account='trmr-ridgeline', user='ASTRID', password='«pwn:astridsnow»', warehouse='ANALYST_WH')\n"  ⟦password|Snowflake password in a notebook cell⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "os.environ['AWS_ACCESS_KEY_ID'] = '«asia:notebook»'\n",  ⟦aws-key-id|temporary key id in a notebook⟧
    "os.environ['AWS_SECRET_ACCESS_KEY'] = '«awssec:notebook»'\n",  ⟦aws-secret|secret in a notebook⟧
    "os.environ['AWS_SESSION_TOKEN'] = '«stok:notebook»'\n"  ⟦aws-session-token|session token in a notebook⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("data/tableau/Lift_Utilization.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='Lift Utilization' inline='true' version='18.1'>
  <connection class='snowflake' dbname='RIDGELINE' schema='MART' server='trmr-ridgeline.snowflakecomputing.com' username='TABLEAU' password='«snowpw:tableau»' warehouse='BI_WH'/>  ⟦password|Tableau data source password⟧
</datasource>
"""),
    ("data/snowflake/connections.toml", r"""
[default]
account = "trmr-ridgeline"
user = "INGRID"
authenticator = "externalbrowser"  ⟪browser SSO⟫

[svc_ingest]
account = "trmr-ridgeline"
user = "SVC_INGEST"
private_key_file = "/home/svc/.snowflake/ingest_key.p8"  ⟪key file path⟫

[legacy_loader]
account = "trmr-ridgeline"
user = "LOADER"
password = "«snowpw:loader»"  ⟦password|Snowflake connections.toml password⟧
"""),
    ("data/glue/jobs/inntopia_bookings.py", r"""
import sys
from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["JOB_NAME", "inntopia_user"])
INNTOPIA_PASSWORD = "«pwr:inntopia»"  ⟦password|Inntopia password hard-coded in a Glue job⟧
BOOKINGS_PATH = "s3://trmr-lake-392760184453/raw/inntopia/"
"""),
    ("data/fivetran/connectors.tf", r"""
resource "fivetran_connector" "siriusware" {
  group_id = fivetran_group.ridgeline.id
  service  = "sql_server"
  config {
    host     = "pos-db.trmr.local"
    port     = 1433
    user     = "fivetran"
    password = "«pwx:fivetransql»"  ⟦password|Fivetran connector password⟧
    database = "SiriusSQL"
  }
}

resource "fivetran_connector" "braze" {
  service = "braze"
  config {
    api_key = "«uuid:brazerest»"  ⟦app-secret|Braze REST key in a Fivetran connector⟧
  }
}
"""),
    ("data/reports/weather_vs_visits.sql", r"""
-- join NOAA and our own stations with gate scans; the stations table comes from the weewx/WLL loaders
CREATE OR REPLACE VIEW mart.weather_visits AS
SELECT d.day, s.area, s.new_snow_cm, count(*) AS scans
FROM raw.scans d JOIN raw.station_daily s USING (day, area)
GROUP BY 1, 2, 3;
-- loader user for the station feed (DATA-77)
ALTER USER station_loader SET PASSWORD = '«pwl:stationloader»';  ⟦password|ALTER USER password in a SQL file⟧
"""),
    ("apps/webcams/uploader/config.ini", r"""
[roundshot]
api = https://api.roundshot.com/v1
token = «b62:32-roundshot»  ⟦app-secret|Roundshot token (same as the CloudFront header)⟧
[s3]
bucket = trmr-webcams-614829305177
aws_access_key_id = «akid:webcamvendor»  ⟦aws-key-id|key id in an uploader config⟧
aws_secret_access_key = «awssec:webcamvendor»  ⟦aws-secret|secret in an uploader config⟧
"""),
    ("apps/marketing/braze/send_powder_alert.py", r"""
# 'Powder alert' push when >= 20 cm overnight at any area (triggered from the snow report)
import requests

BRAZE_URL = "https://rest.iad-05.braze.com/campaigns/trigger/send"
BRAZE_KEY = "«uuid:brazerest»"  ⟦app-secret|Braze REST key in a script⟧
CAMPAIGN_ID = "«uuid:powdercampaign»"  ⟪campaign id⟫
"""),
    ("apps/marketing/mailchimp_sync.js", r"""
// nightly: season pass holders -> Mailchimp audience "Passholders 26/27"
const mailchimp = require('@mailchimp/mailchimp_marketing');
mailchimp.setConfig({ apiKey: '«mailchimp:passholders»', server: 'us14' });  ⟦app-secret|Mailchimp API key⟧
const LIST_ID = '«hex:10-mclist»';  ⟪audience id⟫
"""),
    ("apps/switchback-api/src/test/java/com/talusridge/switchback/pay/WebhookTest.java", r"""
package com.talusridge.switchback.pay;

class WebhookTest {
    // Stripe signs the fixture payload with this test-only secret
    static final String SECRET = "whsec_test_" + "0".repeat(32);  ⟪test secret in a test path⟫
}
"""),
    ("apps/gate-bridge/src/config.rs", r"""
pub struct DciConfig {
    pub url: &'static str,
    pub user: &'static str,
    pub password: &'static str,
}

// fallback when /etc/gate-bridge/dci.toml is missing (added during the opening-day outage, remove!)
pub const FALLBACK: DciConfig = DciConfig {
    url: "https://dci.cndr.trmr.local:8443",
    user: "gatebridge",
    password: "«pwl:axessdci»",  ⟦password|hard-coded fallback password in Rust⟧
};
"""),
    ("apps/lift-status/cmd/status/main.go", r"""
package main

import (
	"os"

	"github.com/gopcua/opcua"
)

const kepwareUser = "liftstatus_ro"

var kepwarePassword = envOr("OPCUA_PASSWORD", "«plc:opcualift»")  ⟦password|Go default for an env lookup (same as ECS)⟧

func envOr(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}

var _ = opcua.AuthUsername
"""),
    ("apps/patrol-app/src/services/incidents.kt", r"""
package com.talusridge.patrol.services

object IncidentApi {
    const val BASE = "https://patrol.talusridge.com/api"
    // shared device login for the patrol tablets (Knox-managed)
    const val DEVICE_USER = "patrol-tablet"
    const val DEVICE_PASSWORD = "«pwp:patroltablet»"  ⟦password|hard-coded device password in Kotlin⟧
    const val MAPS_KEY = "«aiza:patrolmaps»"  ⟪Maps key (public)⟫
}
"""),
    ("apps/ski-school-kiosk/kiosk.env", r"""
KIOSK_ID=HLWB-SS-2
KIOSK_ADMIN_PIN=«pin:6-kioskpin»  ⟦password|kiosk admin PIN⟧
SQUARE_ACCESS_TOKEN=«sqatp:kiosk»  ⟦app-secret|Square production access token⟧
SQUARE_APPLICATION_ID=sq0idp-«b62:22-sqappid»  ⟪Square application id⟫
"""),
]
