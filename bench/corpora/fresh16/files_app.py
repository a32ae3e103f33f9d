"""fresh16 templates, application configuration and code (Quayline Fresh): Spring, Maven, Next.js, iOS and
Android apps, the Zebra picker app, Django, Go, Ruby, Node, Kotlin, Java, .NET, PHP/WordPress, dbt, Airflow,
a notebook, Looker, Snowflake, Tableau, payments and EDI modules, and their tests.
Markers: render.py and README.md."""

FILES = [
    ("services/cartwheel/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://cartwheel.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com:5432/cartwheel
    username: cartwheel_app
    password: «pwx:cartwheelapp»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-«uuid:mqbroker».mq.us-east-1.amazonaws.com  ⟪broker id⟫
    username: cartwheel
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
cartwheel:
  slots:
    base-url: https://slots.internal.quaylinefresh.com
    token: «b62:40-slottoken»  ⟦app-secret|slot service token in Spring YAML⟧
  launchdarkly:
    sdk-key: ${LD_SDK_KEY:}  ⟪Spring placeholder with empty default⟫
"""),
    ("services/cartwheel/src/main/resources/application.properties", r"""
spring.application.name=cartwheel
server.port=8080
spring.mail.host=email-smtp.us-east-1.amazonaws.com
spring.mail.port=587
spring.mail.username=«akid:sescartwheel»  ⟦aws-ses-smtp|SES SMTP user in Spring properties⟧
spring.mail.password=«sesv4:sescartwheel»  ⟦aws-ses-smtp|SES SMTP password in Spring properties⟧
management.endpoints.web.exposure.include=health,info,prometheus
"""),
    ("services/cartwheel/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:cartwheel
    username: sa
    password: ""  ⟪empty test password⟫
cartwheel:
  slots:
    token: test-slot-token-not-real  ⟪test-marked value in a test path⟫
"""),
    ("services/cartwheel/.mvn/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>qlf-nexus</id>
      <username>ci</username>
      <password>«pwc:nexus»</password>  ⟦password|Maven settings password⟧
    </server>
    <server>
      <id>qlf-nexus-snapshots</id>
      <username>ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/pantry-web/.env.production", r"""
NEXTAUTH_URL=https://www.quaylinefresh.com
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
STRIPE_SECRET_KEY=«sk:web»  ⟦stripe|Stripe live secret key⟧
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:web»  ⟪Stripe publishable key⟫
KLAVIYO_PRIVATE_KEY=«klaviyo:web»  ⟦app-secret|Klaviyo private key⟧
NEXT_PUBLIC_KLAVIYO_COMPANY_ID=«b62:6-klsite»  ⟪Klaviyo public site id⟫
REVALIDATE_TOKEN=«b62:32-revalidate»  ⟦app-secret|Next.js revalidation token⟧
"""),
    ("services/pantry-web/.env.example", r"""
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=generate-with-openssl-rand  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_live_your_key_here  ⟪placeholder⟫
KLAVIYO_PRIVATE_KEY=<your-klaviyo-private-key>  ⟪placeholder⟫
"""),
    ("services/pantry-web/lib/algolia.ts", r"""
import algoliasearch from 'algoliasearch';

const APP_ID = '«up:10-algoliaapp»';
// search-only key, safe in the browser
export const searchClient = algoliasearch(APP_ID, '«algolia:search»');  ⟪Algolia search-only key⟫

// used by the nightly reindex script only
export const adminClient = algoliasearch(APP_ID, '«algolia:admin»');  ⟦app-secret|Algolia admin key in code⟧
"""),
    ("services/pantry-web/lib/contentful.ts", r"""
import { createClient } from 'contentful';
import { createClient as createCma } from 'contentful-management';

export const cda = createClient({
  space: process.env.CONTENTFUL_SPACE!,
  accessToken: process.env.CONTENTFUL_DELIVERY_TOKEN!,  ⟪env lookup⟫
});

export const cma = createCma({ accessToken: '«cfpat:webmigr»' });  ⟦app-secret|Contentful management token in code⟧
"""),
    ("apps/ios/Quayline/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = com.quaylinefresh.app
BRAZE_API_KEY = «uuid:brazesdkios»  ⟪Braze SDK key, public⟫
BRAZE_ENDPOINT = sdk.iad-03.braze.com
MAPBOX_ACCESS_TOKEN = «mbpk:ios»  ⟪Mapbox public token⟫
ADYEN_CLIENT_KEY = live_«up:32-adyenclient»  ⟪Adyen client key, public⟫
"""),
    ("apps/ios/Quayline/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:ios»</string>  ⟪Firebase iOS key, public⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-gcm»</string>
	<key>BUNDLE_ID</key>
	<string>com.quaylinefresh.app</string>
	<key>PROJECT_ID</key>
	<string>quayline-fresh-app</string>
</dict>
</plist>
"""),
    ("apps/ios/Quayline/Services/LoyaltyClient.swift", r"""
import Foundation

struct LoyaltyClient {
    static let baseURL = URL(string: "https://quayline.europe-west1.talon.one/v2")!
    // TODO(APP-1422): move behind pantry-api, this ships in the binary
    static let integrationKey = "«b62:64-talonone»"  ⟦app-secret|Talon.One integration key hard-coded in Swift⟧

    func request(_ path: String) -> URLRequest {
        var r = URLRequest(url: Self.baseURL.appendingPathComponent(path))
        r.setValue("ApiKey-v1 \(Self.integrationKey)", forHTTPHeaderField: "Authorization")
        return r
    }
}
"""),
    ("apps/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
QLF_UPLOAD_STORE_FILE=upload.jks
QLF_UPLOAD_STORE_PASSWORD=«pwx:androidks»  ⟦password|Android keystore password in gradle.properties⟧
QLF_UPLOAD_KEY_ALIAS=quayline-upload
MAPBOX_DOWNLOADS_TOKEN=«mbsk:downloads»  ⟦app-secret|Mapbox secret downloads token⟧
"""),
    ("apps/android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-gcm»",
    "project_id": "quayline-fresh-app"
  },
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-gcm»:android:«hex:16-fbapp»", "android_client_info": {"package_name": "com.quaylinefresh.app"}},
      "api_key": [{"current_key": "«aiza:android»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("apps/picker/app/src/main/assets/pickpath.json", r"""
{
  "apiBase": "https://pickpath.internal.quaylinefresh.com/v1",
  "deviceToken": "«b62:48-pickdevice»",  ⟦app-secret|shared device token baked into the picker app assets⟧
  "scanner": {"profile": "QLF_PICK", "decoders": ["EAN13", "GS1_DATABAR", "QRCODE"]},
  "printer": {"mac": "00:07:4D:«up:2-pm1»:«up:2-pm2»:«up:2-pm3»", "pin": "«pin:4-zebra»"}  ⟦password|Zebra printer PIN in app assets⟧
}
"""),
    ("services/stallboard/app/config/settings.py", r"""
import os

DEBUG = False
ALLOWED_HOSTS = ["sellers.quaylinefresh.com"]
SECRET_KEY = "«django:stallboard»"  ⟦app-secret|Django SECRET_KEY⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": os.environ["SELLER_DB_HOST"],
        "PASSWORD": os.environ["SELLER_DB_PASSWORD"],  ⟪env lookup⟫
    }
}

SPAPI = {
    "client_id": "«lwaid:stallboard»",  ⟪LWA client id⟫
    "refresh_token": "«atzr:stallboard»",  ⟦app-secret|Amazon LWA refresh token in Django settings⟧
}
"""),
    ("services/stallboard/app/config/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-stallboard"  ⟪CI-only key⟫
DATABASES["default"]["PASSWORD"] = "postgres"  ⟪local default⟫
"""),
    ("services/stallboard/connectors/amazon_spapi.py", r"""
import requests

LWA_TOKEN_URL = "https://api.amazon.com/auth/o2/token"
CLIENT_ID = "«lwaid:stallboard»"
CLIENT_SECRET = "«lwacs:stallboard»"  ⟦app-secret|LWA client secret in a connector⟧


def access_token(refresh_token: str) -> str:
    r = requests.post(LWA_TOKEN_URL, data={"grant_type": "refresh_token", "refresh_token": refresh_token,
                                           "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("services/stallboard/connectors/shopify.py", r"""
import shopify

SHOP = "quayline-marketplace.myshopify.com"
API_VERSION = "2024-10"
ADMIN_TOKEN = "«shpat:stallboard»"  ⟦shopify|Shopify admin token in a connector⟧


def session() -> shopify.Session:
    return shopify.Session(SHOP, API_VERSION, ADMIN_TOKEN)
"""),
    ("services/stallboard/tests/test_shopify.py", r"""
from connectors import shopify as conn


def test_session(monkeypatch):
    monkeypatch.setattr(conn, "ADMIN_TOKEN", "shpat_00000000000000000000000000000000")  ⟪zero-filled value in a test⟫
    assert conn.session().url == conn.SHOP
"""),
    ("services/lanes/dispatch/config.go", r"""
package dispatch

import "os"

const onfleetBase = "https://onfleet.com/api/v2"

// onfleetKey is the production key (LANES-311: move to Secrets Manager)
var onfleetKey = "«hex:32-onfleet»"  ⟦app-secret|Onfleet API key in Go⟧

var hereKey = os.Getenv("HERE_API_KEY")  ⟪env lookup⟫

func UberSecret() string { return os.Getenv("UBER_DIRECT_CLIENT_SECRET") }
"""),
    ("services/lanes/dispatch/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64k:32-gosum2»
github.com/onfleet/gonfleet v1.2.0 h1:«b64k:32-gosum3»
"""),
    ("services/lanes/telematics/samsara_client.rb", r"""
require 'net/http'
require 'json'

module Lanes
  class SamsaraClient
    BASE = URI('https://api.samsara.com')
    TOKEN = ENV.fetch('SAMSARA_API_TOKEN', '«samsara:fleet»')  ⟦app-secret|Samsara token as an ENV.fetch fallback⟧

    def vehicles
      req = Net::HTTP::Get.new(URI.join(BASE, '/fleet/vehicles'))
      req['Authorization'] = "Bearer #{TOKEN}"
      Net::HTTP.start(BASE.host, 443, use_ssl: true) { |h| JSON.parse(h.request(req).body) }
    end
  end
end
"""),
    ("services/quaypay/config/production.json", r"""
{
  "adyen": {
    "environment": "LIVE",
    "liveEndpointUrlPrefix": "«hex:16-adyenprefix»-QuaylineFresh",  ⟪Adyen endpoint prefix⟫
    "apiKey": "«adyen:pay»",  ⟦app-secret|Adyen API key in production config⟧
    "clientKey": "live_«up:32-adyenclient»"  ⟪Adyen client key, public⟫
  },
  "stripe": {
    "secretKey": "«sk:pay»"  ⟦stripe|Stripe live key in production config⟧
  },
  "forage": {"token": "«b62:40-forage»"}  ⟦app-secret|SNAP EBT processor token in production config⟧
}
"""),
    ("services/quaypay/test/fixtures/adyen-notification.json", r"""
{
  "live": "false",
  "notificationItems": [{
    "NotificationRequestItem": {
      "additionalData": {"hmacSignature": "«b64k:32-hmacsig»"},  ⟪HMAC signature of a test notification⟫
      "eventCode": "AUTHORISATION",
      "pspReference": "«up:16-psp»",
      "merchantAccountCode": "QuaylineFreshECOM",
      "success": "true"
    }
  }],
  "hmacKey": "0000000000000000000000000000000000000000000000000000000000000000"  ⟪all-zero test key⟫
}
"""),
    ("services/quaypay/src/main/resources/braintree.properties", r"""
braintree.environment=production
braintree.merchantId=«lo:16-btmerch»
braintree.publicKey=«lo:16-btpub»
braintree.privateKey=«btpriv:wallet»  ⟦app-secret|Braintree private key in properties⟧
"""),
    ("services/kelp/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Kelp": "Server=kelp-sql.quayline.local;Database=Kelp;User Id=kelp_app;Password=«pwc:kelpsql»;Encrypt=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "Braze": {
    "Endpoint": "https://rest.iad-03.braze.com",
    "RestKey": "«uuid:brazerest»"  ⟦app-secret|Braze REST key in appsettings⟧
  },
  "Punchh": {"BusinessKey": "«hex:40-punchhbiz»"}
}
"""),
    ("services/kelp/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Kelp": "Server=(localdb)\\MSSQLLocalDB;Database=Kelp;Trusted_Connection=True"  ⟪integrated security⟫
  },
  "Braze": {"RestKey": ""}
}
"""),
    ("services/kelp-admin/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PunchhSecret" value="«hex:64-punchhsec»" />  ⟦app-secret|Punchh secret in Web.config appSettings⟧
    <add key="PunchhBusinessKey" value="«hex:40-punchhbiz»" />
  </appSettings>
  <system.web>
    <machineKey validationKey="«uhex:128-mkval»" decryptionKey="«uhex:48-mkdec»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey⟧
  </system.web>
</configuration>
"""),
    ("services/tidedesk/zendesk_macros.py", r"""
import base64
import requests

ZD = "https://quaylinefresh.zendesk.com/api/v2"
AUTH = "cs-automation@quaylinefresh.com/token:«zendesk:macros»"  ⟦app-secret|Zendesk API token in code⟧


def macros():
    h = {"Authorization": "Basic " + base64.b64encode(AUTH.encode()).decode()}
    return requests.get(ZD + "/macros.json", headers=h, timeout=10).json()
"""),
    ("services/tidedesk/.env", r"""
GLADLY_API_TOKEN=«b62:48-gladly»  ⟦app-secret|Gladly token in .env⟧
TWILIO_ACCOUNT_SID=«twac:cs»  ⟪Twilio SID⟫
TWILIO_AUTH_TOKEN=«hex:32-twiliocs»  ⟦twilio|Twilio auth token in .env⟧
DEEPGRAM_API_KEY=«hex:40-deepgram»  ⟦app-secret|Deepgram key in .env⟧
"""),
    ("services/manifest/config/as2.properties", r"""
as2.id=QUAYLINEFRESH
as2.keystore=/opt/manifest/as2.p12
as2.keystore.password=«pwx:as2keystore»  ⟦password|AS2 keystore password in properties⟧
as2.partner.HVDAIRY.url=https://as2.hvdairy.coop:4080/as2
as2.partner.HVDAIRY.mdn.basic=«basic:hvdairy»  ⟦password-b64|basic-auth value for an AS2 partner⟧
as2.partner.KEHE.url=https://b2b.kehe.com/as2
"""),
    ("services/manifest/src/main/java/com/quaylinefresh/edi/IsaEnvelope.java", r"""
package com.quaylinefresh.edi;

/** Builds the X12 interchange header for outbound 850s. */
public final class IsaEnvelope {
    static final String SENDER = "QUAYLINEFRESH  ";
    // UNFI requires authorization info qualifier 00 and security qualifier 01 (password in ISA04)
    static final String UNFI_SECURITY = "«isa:unfi»";  ⟦password|X12 ISA04 password constant in Java⟧

    static String isa(String receiver, String control) {
        return "ISA*00*          *01*" + UNFI_SECURITY + "*ZZ*" + SENDER + "*ZZ*" + receiver + "*"
            + "261201*0930*U*00401*" + control + "*0*P*>~";
    }
}
"""),
    ("data/dbt/profiles.yml", r"""
quayline:
  target: prod
  outputs:
    prod:
      type: redshift
      host: baskets.443170259386.us-east-1.redshift-serverless.amazonaws.com
      user: dbt_prod
      password: «pwn:dbtprod»  ⟦password|dbt profile password⟧
      dbname: baskets
      schema: marts
    dev:
      type: redshift
      host: baskets.443170259386.us-east-1.redshift-serverless.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var()⟫
      dbname: baskets
      schema: dev
"""),
    ("data/airflow/dags/supplier_costs.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.providers.ssh.hooks.ssh import SSHHook

kehe = SSHHook(remote_host="sftp.kehe.com", username="quayline", password="«pwp:kehesftp»")  ⟦password|SFTP password in an Airflow DAG⟧
unfi_key = Variable.get("unfi_api_key")  ⟪Airflow Variable lookup⟫

with DAG("supplier_costs", start_date=datetime(2026, 1, 1), schedule="0 4 * * *", catchup=False):
    SFTPOperator(task_id="kehe_costs", ssh_hook=kehe, local_filepath="/tmp/kehe.csv",
                 remote_filepath="/outbound/costs.csv", operation="get")
"""),
    ("data/airflow/connections.json", r"""
{
  "redshift_baskets": {"conn_type": "redshift", "host": "baskets.443170259386.us-east-1.redshift-serverless.amazonaws.com", "login": "airflow", "password": "«pw:airflowrs»", "port": 5439, "schema": "baskets"},  ⟦password|password in an Airflow connections export⟧
  "aws_legacy": {"conn_type": "aws", "login": "«akid:airflowlegacy»", "password": "«awssec:airflowlegacy»", "extra": "{\"region_name\": \"us-east-1\"}"},  ⟦aws-key-id|key pair in an Airflow connections export⟧
  "slack_alerts": {"conn_type": "slackwebhook", "password": "«slackhook:airflow»"}  ⟦slack|Slack webhook in an Airflow connection⟧
}
"""),
    ("data/notebooks/basket_affinity.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "obj = s3.get_object(Bucket='qlf-baskets-443170259386', Key='exports/2026-11/baskets.parquet')\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("data/looker/looker.ini", r"""
[Looker]
base_url=https://quaylinefresh.cloud.looker.com
client_id=«b62:20-lookerid»  ⟪Looker client id⟫
client_secret=«b62:24-lookersec»  ⟦app-secret|Looker API client secret⟧
verify_ssl=True
"""),
    ("data/snowflake/connections.toml", r"""
[default]
account = "qlf-analytics"
user = "ANALYST_SVC"
password = "«snowpw:analyst»"  ⟦password|Snowflake connections.toml password⟧
warehouse = "ANALYST_WH"

[sso]
account = "qlf-analytics"
authenticator = "externalbrowser"
"""),
    ("data/tableau/store-sales.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='store-sales' inline='true' version='18.1'>
  <connection class='redshift' dbname='baskets' port='5439' schema='marts' server='baskets.443170259386.us-east-1.redshift-serverless.amazonaws.com' username='tableau_rpt' password='«pwp:tableaurs»' />  ⟦password|Tableau datasource password⟧
</datasource>
"""),
    ("services/pantry-api/.npmrc", r"""
@quaylinefresh:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${NPM_TOKEN}  ⟪env reference⟫
//registry.npmjs.org/:_authToken=«npm:pantryapi»  ⟦npm|npm token in .npmrc⟧
"""),
    ("services/recipes/wp-config.php", r"""
<?php
define( 'DB_NAME', 'recipes' );
define( 'DB_USER', 'recipes_wp' );
define( 'DB_PASSWORD', '«pwl:wpdb»' );  ⟦password|WordPress DB password⟧
define( 'DB_HOST', 'recipes.c9w2qk7zx1m4.us-east-1.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«b62:64-wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
$table_prefix = 'wp_';
"""),
    ("services/recipes/auth.json", r"""
{
  "http-basic": {
    "connect.advancedcustomfields.com": {
      "username": "«b62:40-acflic»",  ⟦?app-secret|plugin licence key used as a Composer user name⟧
      "password": "https://recipes.quaylinefresh.com"
    },
    "repo.quayline.local": {
      "username": "ci",
      "password": "«pwc:nexus»"  ⟦password|Composer http-basic password⟧
    }
  }
}
"""),
    ("services/pickpath/src/main/kotlin/com/quaylinefresh/pickpath/SotiClient.kt", r"""
package com.quaylinefresh.pickpath

import okhttp3.Credentials

object SotiClient {
    private const val SERVER = "https://qlf.mobicontrolcloud.com/MobiControl/api"
    private const val CLIENT_ID = "«hex:32-soticid»"
    private const val CLIENT_SECRET = "«b62:30-sotisec»"  ⟦app-secret|SOTI client secret in Kotlin⟧
    private val basic = Credentials.basic(CLIENT_ID, CLIENT_SECRET)
}
"""),
    ("services/coldwatch/ingest/settings.toml", r"""
[tts]
base = "https://quayline.nam1.cloud.thethings.industries/api/v3"
application = "coldwatch-darkstores"
api_key = "«tts:ingest»"  ⟦app-secret|The Things Stack key in settings.toml⟧

[monnit]
key_id = "«b62:24-monnitid»"
secret = "«b62:32-monnitsec»"  ⟦app-secret|iMonnit secret in settings.toml⟧

[thresholds]
freezer_max_c = -15.0
chiller_max_c = 5.0
"""),
    ("services/coldwatch/ingest/tests/test_uplink.py", r"""
from ingest.uplink import decode

TTS_KEY = "NNSXS.TESTKEYTESTKEYTESTKEYTESTKEYTESTKEYTES.TESTTESTTESTTESTTESTTESTTESTTESTTESTTESTTESTTESTTEST"  ⟪test-marked key in a test⟫
APP_KEY = "00000000000000000000000000000000"  ⟪all-zero AppKey in a test⟫


def test_decode_temp():
    assert decode(bytes.fromhex("01f6"))["temp_c"] == -1.0
"""),
    ("apps/driver/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Quayline Driver',
  slug: 'quayline-driver',
  extra: {
    eas: { projectId: '«uuid:easproject»' },  ⟪EAS project id⟫
    routificToken: '«jwt:routific»',  ⟦jwt|routing API JWT baked into the driver app config⟧
  },
  android: { config: { googleMaps: { apiKey: '«aiza:drivermaps»' } } },  ⟪Maps key, public⟫
};

export default config;
"""),
    ("services/pantry-api/src/braze.js", r"""
const fetch = require('node-fetch');

const BRAZE = 'https://rest.iad-03.braze.com';
const KEY = process.env.BRAZE_REST_KEY || '«uuid:brazerest»';  ⟦app-secret|Braze REST key as a fallback in code⟧

async function track(externalId, event) {
  return fetch(`${BRAZE}/users/track`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${KEY}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ events: [{ external_id: externalId, name: event, time: new Date().toISOString() }] }),
  });
}

module.exports = { track };
"""),
    ("services/lanes/routing/optimizer.yaml", r"""
optimizer:
  provider: here
  here:
    api_key: «okx:43-here»  ⟦app-secret|HERE key in a routing config⟧
  fallback: mapbox
  mapbox:
    token: «mbsk:routing»  ⟦app-secret|Mapbox secret token in a routing config⟧
  depots:
    - {code: BOS1, lat: 42.3467, lon: -71.0389}
    - {code: BKN2, lat: 40.6782, lon: -73.9442}
"""),
]
