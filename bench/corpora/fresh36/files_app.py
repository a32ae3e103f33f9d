"""fresh36 templates, applications (Thornbury Rovers FC): the gatehouse ticketing service (Spring), the box
office (.NET), the kestrel fan app (iOS, Android, React Native, Next.js), membership on Salesforce, the club
shop on Shopify, hospitality on WordPress, the scouting portal (Django), performance analytics (dbt, Airflow,
notebooks, Snowflake), medical integrations and partner feeds. Markers: render.py and README.md."""

FILES = [
    ("apps/gatehouse/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://gatehouse.cluster-c7kd81.eu-west-2.rds.amazonaws.com:5432/gatehouse
    username: gatehouse_app
    password: «pwc:ticketdb»  ⟦password|Spring datasource password⟧
  rabbitmq:
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
gatehouse:
  barcode:
    hmac-key: «hex:64-barcodehmac»  ⟦app-secret|barcode HMAC key in Spring config⟧
    rotation-seconds: 15
  exchange:
    webhook-secret: ${EXCHANGE_WEBHOOK_SECRET}  ⟪Spring placeholder⟫
  fan-id:
    base-url: https://api.fanid-scheme.org.uk/v1
    api-key: «b62:48-fanid»  ⟦app-secret|fan-ID scheme key in Spring config⟧
"""),
    ("apps/gatehouse/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:gatehouse
    password: ""  ⟪empty test password⟫
gatehouse:
  barcode:
    hmac-key: 00000000000000000000000000000000  ⟪all-zero test key⟫
  fan-id:
    api-key: test-fanid-key-not-real  ⟪test-marked value in a test path⟫
"""),
    ("apps/gatehouse/src/main/resources/payments.properties", r"""
adyen.environment=LIVE
adyen.merchantAccount=ThornburyRoversECOM
adyen.apiKey=«adyen:ticketing»  ⟦app-secret|Adyen API key in properties⟧
adyen.hmacKey=«adyenhmac:ticketing»  ⟦app-secret|Adyen HMAC key in properties⟧
adyen.clientKey=live_«up:32-adyenclient»  ⟪Adyen client key, public⟫
adyen.liveEndpointUrlPrefix=«hex:16-adyenprefix»-ThornburyRovers  ⟪endpoint prefix⟫
"""),
    ("apps/gatehouse/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>trfc-nexus</id>
      <username>deployer</username>
      <password>«pwc:nexus»</password>  ⟦password|Maven settings password⟧
    </server>
    <server>
      <id>trfc-nexus-snapshots</id>
      <username>deployer</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("apps/boxoffice/BoxOffice.Service/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BoxOffice" connectionString="Server=boxoffice-sql.stadium.trfc;Database=BoxOffice;User Id=boxoffice;Password=«pwc:boxofficesql»;Encrypt=True" providerName="System.Data.SqlClient"/>  ⟦conn-string|SQL Server connection string with password⟧
  </connectionStrings>
  <appSettings>
    <add key="TicketPrinterUser" value="boprint"/>
    <add key="TicketPrinterPassword" value="«pw6:ticketprinter»"/>  ⟦password|.NET appSettings printer password⟧
    <add key="GatehouseApiKey" value="«b62:40-boxofficeapi»"/>  ⟦app-secret|.NET appSettings API key⟧
    <add key="SeasonTicketCutoff" value="2026-07-31"/>
  </appSettings>
</configuration>
"""),
    ("apps/boxoffice/BoxOffice.Web/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "BoxOffice": "Server=boxoffice-sql.stadium.trfc;Database=BoxOffice;User Id=boxoffice_web;Password=«pwn:boxofficeweb»;"  ⟦conn-string|connection string in appsettings⟧
  },
  "AzureAd": {
    "TenantId": "«uuid:entratenant»",  ⟪Entra tenant id⟫
    "ClientId": "«uuid:entraclient»",  ⟪Entra application id⟫
    "ClientSecret": "«azad:boxofficeweb»"  ⟦azure-ad|Entra client secret in appsettings⟧
  },
  "ApplicationInsights": {"ConnectionString": "InstrumentationKey=«uuid:appinsights»;IngestionEndpoint=https://uksouth-1.in.applicationinsights.azure.com/"},  ⟪instrumentation key, an identifier⟫
  "Smtp": {"Host": "email-smtp.eu-west-2.amazonaws.com", "User": "«akid:sesbox»", "Password": "«sesv4:sesbox»"}  ⟦aws-ses-smtp|SES SMTP pair in appsettings⟧
}
"""),
    ("apps/boxoffice/BoxOffice.Web/appsettings.Development.json", r"""
{
  "ConnectionStrings": {"BoxOffice": "Server=(localdb)\\MSSQLLocalDB;Database=BoxOffice;Trusted_Connection=True;"},
  "AzureAd": {"ClientSecret": "<your-dev-client-secret>"}  ⟪placeholder⟫
}
"""),
    ("apps/kestrel-app/ios/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = uk.co.thornburyrovers.kestrel
BRAZE_API_KEY = «uuid:brazesdk»  ⟪Braze SDK key, public in the app⟫
BRAZE_ENDPOINT = sdk.fra-02.braze.eu
STREAMING_DRM_SECRET = «b62:32-drmsecret»  ⟦app-secret|DRM licence secret baked into an xcconfig⟧
"""),
    ("apps/kestrel-app/ios/Kestrel/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>«aiza:fanappios»</string>  ⟪Firebase iOS key, public⟫
  <key>GCM_SENDER_ID</key>
  <string>«num:12-gcm»</string>
  <key>BUNDLE_ID</key>
  <string>uk.co.thornburyrovers.kestrel</string>
</dict>
</plist>
"""),
    ("apps/kestrel-app/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
KESTREL_UPLOAD_STORE_FILE=upload.jks
KESTREL_UPLOAD_STORE_PASSWORD=«pwl:keystore»  ⟦password|Android keystore password in gradle.properties⟧
KESTREL_UPLOAD_KEY_PASSWORD=«pwl:keystore»  ⟦password|Android key password in gradle.properties⟧
MAPS_API_KEY=«aiza:maps»  ⟪Maps key, restricted and public⟫
"""),
    ("apps/kestrel-app/src/config/streaming.ts", r"""
// match highlights and live audio commentary
export const streaming = {
  playerLicenseKey: '«uuid:playerlicense»',  ⟪player SDK licence, shipped to clients⟫
  mapboxToken: 'pk.«b62:60-mapboxpk»',  ⟪Mapbox public token⟫
  audioCommentaryUrl: 'https://audio.thornburyrovers.co.uk/live/commentary.m3u8',
  // TODO move to the backend before the next release
  cdnSigningSecret: '«b62:40-cdnsign»',  ⟦app-secret|CDN URL signing secret in app code⟧
};
"""),
    ("apps/kestrel-app/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://www.thornburyrovers.co.uk
NEXT_PUBLIC_STRIPE_PK=«pk:web»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:web»  ⟦stripe|Stripe live secret key in .env.production⟧
STRIPE_WEBHOOK_SECRET=«whsec:web»  ⟦stripe|Stripe webhook secret in .env.production⟧
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
CONTENTFUL_DELIVERY_TOKEN=«b62:43-contentful»  ⟦app-secret|CMS delivery token in a server env file⟧
SENTRY_DSN=«sentrynew:web»  ⟪modern Sentry DSN⟫
"""),
    ("apps/kestrel-app/.env.example", r"""
STRIPE_SECRET_KEY=sk_live_your_key_here  ⟪placeholder⟫
NEXTAUTH_SECRET=changeme  ⟪placeholder⟫
CONTENTFUL_DELIVERY_TOKEN=
"""),
    ("apps/kestrel-app/app.config.ts", r"""
export default {
  name: 'Thornbury Rovers',
  slug: 'kestrel',
  extra: {
    eas: {projectId: '«uuid:easproj»'},  ⟪EAS project id⟫
    predictorApi: 'https://predictor.thornburyrovers.co.uk',
    predictorAdminToken: '«b62:36-predictoradmin»',  ⟦app-secret|admin token in an Expo config⟧
  },
};
"""),
    ("apps/membership/sfdx/config/integration-user.json", r"""
{
  "username": "integration@thornburyrovers.co.uk",
  "password": "«pwc:sfint»",  ⟦password|Salesforce integration password in a JSON config⟧
  "securityToken": "«b62:25-sftoken»",  ⟦app-secret|Salesforce security token⟧
  "loginUrl": "https://login.salesforce.com"
}
"""),
    ("apps/membership/apex/MembershipCardService.cls", r"""
public with sharing class MembershipCardService {
    private static final String WALLET_ENDPOINT = 'callout:WalletPasses/v1/cards';  // Named Credential
    private static final String LEGACY_CARD_PRINTER_KEY = '«hex:32-cardprinter»';  ⟦app-secret|card printer API key in Apex⟧

    public static void issue(Id memberId) {
        HttpRequest req = new HttpRequest();
        req.setEndpoint(WALLET_ENDPOINT);
        req.setHeader('X-Printer-Key', LEGACY_CARD_PRINTER_KEY);
    }
}
"""),
    ("apps/shop/shopify.app.toml", r"""
client_id = "«hex:32-shopclientid»"  ⟪Shopify app client id⟫
name = "trfc-personalisation"
application_url = "https://shop-apps.thornburyrovers.co.uk"
embedded = true

[access_scopes]
scopes = "read_orders,write_products"
"""),
    ("apps/shop/.env", r"""
SHOPIFY_API_KEY=«hex:32-shopclientid»  ⟪Shopify app client id (public)⟫
SHOPIFY_API_SECRET=«shpss:shopwebhook»  ⟦app-secret|Shopify app secret in .env⟧
SHOPIFY_ADMIN_TOKEN=«shpat:glueorders»  ⟦app-secret|Shopify admin token in .env⟧
KLAVIYO_PRIVATE_KEY=pk_«hex:34-klaviyo»  ⟦app-secret|Klaviyo private key in .env⟧
KLAVIYO_PUBLIC_KEY=«b62:6-klaviyopub»  ⟪Klaviyo public site id⟫
"""),
    ("apps/shop/personalisation/printer_client.py", r"""
import requests

PRINTER_BASE = "https://api.kitprint-studio.com/v2"
PRINTER_KEY = "«b62:32-kitprinter»"  ⟦app-secret|shirt printing API key in Python⟧


def send_job(order_id: str, name: str, number: int) -> None:
    requests.post(f"{PRINTER_BASE}/jobs", json={"order": order_id, "name": name, "number": number},
                  headers={"Authorization": f"Bearer {PRINTER_KEY}"}, timeout=10)
"""),
    ("apps/shop/personalisation/tests/test_printer_client.py", r"""
from personalisation import printer_client


def test_send_job(requests_mock):
    printer_client.PRINTER_KEY = "unit-test-printer-key"  ⟪test value in a test path⟫
    requests_mock.post("https://api.kitprint-studio.com/v2/jobs", json={})
    printer_client.send_job("1001", "SMITH", 9)
"""),
    ("apps/hospitality/wp-config.php", r"""
<?php
define('DB_NAME', 'hospitality');
define('DB_USER', 'wp_hospitality');
define('DB_PASSWORD', '«pwn:wpdb»');  ⟦password|WordPress DB password⟧
define('DB_HOST', 'hospitality-db.stadium.trfc');
define('AUTH_KEY',         '«django:wpauth»');  ⟦app-secret|WordPress auth key⟧
define('SECURE_AUTH_KEY',  'put your unique phrase here');  ⟪WordPress placeholder⟫
define('WP_DEBUG', false);
"""),
    ("apps/scouting-portal/scouting/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:scouting»"  ⟦app-secret|Django SECRET_KEY⟧
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "scouting",
        "USER": "scout_admin",
        "PASSWORD": "«pwn:scoutdb»",  ⟦password|Django DATABASES password⟧
        "HOST": "scouting-db.c7kd81.eu-west-2.rds.amazonaws.com",
    }
}
AWS_ACCESS_KEY_ID = "«akid:scoutportal»"  ⟦aws-key-id|access key id in Django settings⟧
AWS_SECRET_ACCESS_KEY = "«awssec:scoutportal»"  ⟦aws-secret|secret key in Django settings⟧
AWS_STORAGE_BUCKET_NAME = "trfc-scouting-302961845527"
SENTRY_DSN = "«sentrynew:scouting»"  ⟪modern Sentry DSN⟫
WYSC_USERNAME = "trfc_recruitment"
WYSC_PASSWORD = os.environ["WYSC_PASSWORD"]  ⟪environment lookup⟫
"""),
    ("apps/scouting-portal/scouting/settings/ci.py", r"""
from .base import *  # noqa
SECRET_KEY = "ci-only-not-secret-scouting-portal"  ⟪CI-only marked key⟫
"""),
    ("apps/scouting-portal/integrations/video_agent.py", r"""
\"\"\"Pull clips that agents upload for trialists.\"\"\"
import paramiko

HOST = "clips.matchcut-video.com"
USER = "trfc_scouting"
PASSWORD = "«pwl:matchcut»"  ⟦password|SFTP password in Python⟧


def fetch(remote: str, local: str) -> None:
    t = paramiko.Transport((HOST, 22))
    t.connect(username=USER, password=PASSWORD)
    paramiko.SFTPClient.from_transport(t).get(remote, local)
"""),
    ("analytics/dbt/profiles.yml", r"""
trfc_performance:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: trfc-perf
      user: dbt_svc
      password: «snowpw:dbt»  ⟦password|dbt profile Snowflake password⟧
      role: TRANSFORMER
      warehouse: PERF_WH
      database: PERFORMANCE
      schema: marts
    dev:
      type: snowflake
      account: trfc-perf
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
"""),
    ("analytics/airflow/dags/opta_events.py", r"""
from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator
import pendulum

FEED_USER = "trfc_feeds"
FEED_PASSWORD = "«pwx:optafeed»"  ⟦password|match data feed password in a DAG⟧

with DAG("opta_events", start_date=pendulum.datetime(2026, 7, 1), schedule="@hourly", catchup=False) as dag:
    HttpOperator(task_id="pull", http_conn_id="match_feed", endpoint="/events", method="GET")
"""),
    ("analytics/airflow/connections.json", r"""
{
  "match_feed": {"conn_type": "http", "host": "feeds.matchdata-provider.com", "login": "trfc_feeds", "password": "«pwx:optafeed»"},  ⟦password|Airflow connection password⟧
  "snowflake_perf": {"conn_type": "snowflake", "login": "airflow_svc", "password": "«pw:airflowsnow»", "extra": "{\"account\": \"trfc-perf\"}"},  ⟦password|Airflow Snowflake password, season + year⟧
  "aws_default": {"conn_type": "aws", "extra": "{\"role_arn\": \"arn:aws:iam::302961845527:role/airflow\"}"}  ⟪role only⟫
}
"""),
    ("analytics/airflow/airflow.cfg", r"""
[core]
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
executor = CeleryExecutor
[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pp:airflowdb»@airflow-db.internal.trfc:5432/airflow  ⟦conn-string|Airflow metadata DB URL with password⟧
[webserver]
secret_key = «b64k:32-airflowweb»  ⟦app-secret|Airflow webserver secret key⟧
"""),
    ("analytics/notebooks/expected-threat-model.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# xT model from optical tracking, season 2025/26"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "obj = s3.get_object(Bucket='trfc-tracking-302961845527', Key='optical/2025-26/events.parquet')"
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": [
    "import snowflake.connector\n",
    "con = snowflake.connector.connect(account='trfc-perf', user='analyst_svc', password='«snowpw:analyst»')"  ⟦password|Snowflake password in a notebook⟧
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("analytics/snowflake/connections.toml", r"""
[default]
account = "trfc-perf"
user = "analyst_svc"
password = "«snowpw:analyst»"  ⟦password|Snowflake CLI password⟧
warehouse = "PERF_WH"

[recruitment]
account = "trfc-perf"
user = "recruit_ro"
authenticator = "externalbrowser"
"""),
    ("analytics/tracking/vendor_client.py", r"""
import os
import httpx

OPTICAL_BASE = "https://api.tracksix-sports.com/v3"
CLIENT_ID = "thornbury-rovers-fc"
CLIENT_SECRET = os.environ.get("OPTICAL_CLIENT_SECRET", "«b62:48-opticalsecret»")  ⟦app-secret|vendor secret as an environment fallback default⟧


def token() -> str:
    r = httpx.post(f"{OPTICAL_BASE}/oauth/token", data={"grant_type": "client_credentials",
                   "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET})
    return r.json()["access_token"]
"""),
    ("analytics/recruitment/scouting_api.R", r"""
library(httr)
# recruitment dashboards - pull player ratings from the data provider
base <- "https://apirest.scoutdata-provider.com/v4"
auth <- authenticate("trfc_recruitment", "«pwn:wyscapi»")  ⟦password|API password in R⟧
res <- GET(paste0(base, "/competitions/364/players"), auth)
"""),
    ("apps/medical/integrations/gp-letters.yaml", r"""
mailbox:
  host: outlook.office365.com
  user: medical-inbox@thornburyrovers.co.uk
  auth: oauth2  ⟪OAuth, no password⟫
nhs_mail_relay:
  host: send.nhs.net
  user: trfc.clubdoctor@nhs.net
  password: «pwn:nhsmail»  ⟦password|club doctor mail relay password⟧
"""),
    ("apps/partner-feeds/league-data.properties", r"""
league.feed.url=https://data.league-media.co.uk/feeds/v2
league.feed.user=THORNBURY
league.feed.password=«pw6:leaguefeed»  ⟦password|league data feed password⟧
league.feed.season=2026
"""),
    ("apps/partner-feeds/betting-partner.json", r"""
{"partner":"SportsBook Partner","integration":"odds widget on the match centre","affiliate_id":"TRFC-0042","api_secret":"«hex:40-oddspartner»"}  ⟦app-secret|betting partner API secret⟧
"""),
    ("apps/partner-feeds/README.md", r"""
# Partner feeds

League data (fixtures, line-ups, live events) come by pull from the league media company; the credentials are
in Secrets Manager under `partner-feeds/league-data`.  ⟪pointer to a vault⟫
Odds come from the betting partner's widget; their `api_secret` only signs widget requests.
"""),
    ("apps/kestrel-app/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gcm»", "project_id": "kestrel-fan-app"},
  "client": [{"client_info": {"mobilesdk_app_id": "1:«num:12-gcm»:android:«hex:16-gsapp»"},
              "api_key": [{"current_key": "«aiza:fanappandroid»"}]}]  ⟪Firebase Android key, public⟫
}
"""),
    ("apps/kestrel-app/fastlane/Appfile", r"""
app_identifier("uk.co.thornburyrovers.kestrel")
apple_id("mobile@thornburyrovers.co.uk")
itc_team_id("«num:9-itcteam»")  ⟪team id⟫
"""),
    ("apps/kestrel-app/fastlane/.env.default", r"""
FASTLANE_USER=mobile@thornburyrovers.co.uk
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«applepw:fastlane»  ⟦password|Apple app-specific password⟧
MATCH_PASSWORD=«pp:matchpw»  ⟦password|fastlane match password⟧
"""),
    ("apps/kestrel-app/play-service-account.json", r"""
{
  "type": "service_account",
  "project_id": "kestrel-fan-app",
  "private_key_id": "«hex:40-playkeyid»",  ⟪private key id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsaplay»",  ⟦private-key|JSON-escaped PEM in a service account file⟧
  "client_email": "play-publisher@kestrel-fan-app.iam.gserviceaccount.com"
}
"""),
    ("apps/hospitality/menu-sync.go", r"""
package main

const (
	catererAPI   = "https://api.platepro-catering.co.uk/v1"
	catererToken = "«b62:40-caterer»"  ⟦app-secret|caterer API token as a Go constant⟧
)
"""),
    ("apps/fan-zone/karaoke-screen/config.json", r"""
{"screen":"fan zone big screen","lyrics_api":"https://api.chantbook.app","lyrics_key":"«hex:32-chantbook»","admin_pin":"«pin:4-fanzonescreen»"}  ⟦app-secret|chant lyrics API key (the line also has a PIN)⟧
"""),
    ("apps/academy/parent-portal/config/production.rb", r"""
Rails.application.configure do
  config.secret_key_base = "«hex:128-academyrails»"  ⟦app-secret|Rails secret_key_base⟧
  config.action_mailer.smtp_settings = {
    address: "smtp.sendgrid.net", user_name: "apikey", password: "«sg:academy»"  ⟦app-secret|SendGrid key as SMTP password⟧
  }
end
"""),
    ("apps/academy/parent-portal/config/credentials.yml.enc", r"""
«b64k:180-railsenc»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("apps/gatehouse/docs/barcodes.md", r"""
# Rotating barcodes

A ticket barcode is `base32(ticket_id || t/15 || HMAC-SHA256(key, ticket_id || t/15)[0:10])`.
The key is in `gatehouse/prod/barcode-hmac` in Secrets Manager. Test vectors use the key
`000102030405060708090a0b0c0d0e0f000102030405060708090a0b0c0d0e0f`.  ⟪documentation test vector⟫
"""),
]
