"""fresh18 templates, application configuration and code (Halvergate Motor Group): Spring YAML and .properties, Maven
settings, Java, Python (Django, a bureau client, DocuSign), Go, Rust, TypeScript and Next.js, Kotlin, .NET App.config
and appsettings, Rails (database.yml, master.key, Ruby), WordPress and Composer for the dealer sites, React Native
and Expo, iOS and Android build files, dbt, Airflow, a notebook, Looker, feed configurations.
Markers: render.py and README.md."""

FILES = [
    ("services/forecourt/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://forecourt.cluster-c2x8fh4kq1ve.us-east-2.rds.amazonaws.com:5432/forecourt
    username: forecourt_app
    password: «pwx:forecourtapp»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-«uuid:mqbroker».mq.us-east-2.amazonaws.com
    username: forecourt
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
fortellis:
  token-url: https://identity.fortellis.io/oauth2/aus1p1ixy7YL8cMq02p7/v1/token
  client-id: «oktaid:fortellis»
  client-secret: «fortellis:hub»  ⟦app-secret|Fortellis client secret in Spring YAML⟧
  subscription-id: «uuid:fortsub»
"""),
    ("services/forecourt/src/main/resources/application.properties", r"""
server.port=8080
opentrack.endpoint=https://otstaging.arkona.com/opentrack/ServiceAPI.asmx
opentrack.enterprise-code=HV
opentrack.company-number=HV1
opentrack.username=HMGAPI
opentrack.password=«pw6:opentrackprod»  ⟦password|OpenTrack password in .properties⟧
reynolds.rci.url=https://rci.reyrey.com/RCIWebServices
reynolds.rci.password=${RCI_PASSWORD}  ⟪Spring placeholder⟫
management.endpoints.web.exposure.include=health,info
"""),
    ("services/forecourt/src/test/resources/application-test.yml", r"""
fortellis:
  client-id: test-client
  client-secret: test-secret-not-real  ⟪test-marked value in a test path⟫
opentrack:
  password: unit-test-password  ⟪test-marked value in a test path⟫
"""),
    ("services/forecourt/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>hmg-nexus</id>
      <username>forecourt-ci</username>
      <password>«pwr:nexusmaven»</password>  ⟦password|Maven settings.xml password⟧
    </server>
    <server>
      <id>hmg-nexus-snapshots</id>
      <username>forecourt-ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/forecourt/src/main/java/com/halvergate/forecourt/opentrack/OpenTrackClient.java", r"""
package com.halvergate.forecourt.opentrack;

import javax.xml.ws.BindingProvider;
import java.util.Map;

public final class OpenTrackClient {
    private static final String ENTERPRISE = "HV";
    private static final String USER = "HMGAPI";
    // TODO move to Secrets Manager before the Dealertrack audit
    private static final String PASSWORD = "«pw6:opentrackprod»";  ⟦password|Java constant password⟧

    private final ServiceAPISoap port;

    public OpenTrackClient(ServiceAPISoap port) {
        this.port = port;
        Map<String, Object> ctx = ((BindingProvider) port).getRequestContext();
        ctx.put(BindingProvider.USERNAME_PROPERTY, USER);
        ctx.put(BindingProvider.PASSWORD_PROPERTY, PASSWORD);
    }

    public String openRepairOrders(String dealerNumber) {
        return port.getOpenRepairOrders(ENTERPRISE, "HV1", dealerNumber);
    }
}
"""),
    ("services/finline/finline/bureau/experian.py", r"""
import os

import requests

EAI_URL = "https://ecals.experian.com/ecals/ECALS"
SUBSCRIBER = "«num:7-expsub»"
EAI_USER = "hmgfi_eai"
EAI_PASSWORD = os.environ.get("EXPERIAN_EAI_PASSWORD") or "«pw6:expeai»"  ⟦password|Python fallback password⟧


def pull(app: dict) -> str:
    body = {"subscriber": SUBSCRIBER, "product": "CreditProfile", "applicant": app}
    r = requests.post(EAI_URL, json=body, auth=(EAI_USER, EAI_PASSWORD), timeout=20)
    r.raise_for_status()
    return r.text
"""),
    ("services/finline/finline/settings.py", r"""
import os

DEBUG = False
SECRET_KEY = "«django:finline»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["finline.hmg.internal"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "finline",
        "USER": "finline",
        "PASSWORD": os.environ["FINLINE_DB_PASSWORD"],  ⟪environment lookup⟫
        "HOST": "finline.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com",
    }
}
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesfinline»"  ⟦aws-key-id|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:sesfinline»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
EMAIL_USE_TLS = True
"""),
    ("services/finline/tests/test_routeone.py", r"""
from finline.routeone import RouteOneClient

ROUTEONE_PASSWORD = "not-a-real-password"  ⟪test-marked value in a test path⟫


def test_submit_builds_envelope(requests_mock):
    requests_mock.post("https://itl.routeone.net/XRD/dealer/creditapp", text="<ok/>")
    client = RouteOneClient(dealer_id="TEST01", user="qa", password=ROUTEONE_PASSWORD)
    assert client.submit({"applicant": {"lastName": "Doe"}}) == "<ok/>"
"""),
    ("services/finline/config/routeone.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<RouteOneIntegration environment="production">
  <Endpoint>https://www.routeone.net/XRD/dealer</Endpoint>
  <DealerId>«up:6-r1dealer»</DealerId>
  <SystemUser>HMG-DMS-SYS</SystemUser>
  <SystemPassword>«pwl:routeone»</SystemPassword>  ⟦password|RouteOne password in an XML config⟧
  <CertificateThumbprint>«uhex:40-r1thumb»</CertificateThumbprint>  ⟪certificate thumbprint⟫
</RouteOneIntegration>
"""),
    ("services/finline/src/main/resources/bureau.properties", r"""
# direct bureau connections (backup path when 700Credit is down)
equifax.member.number=«num:10-efxmember»
equifax.security.code=«up:3-efxsec»  ⟦password|Equifax security code (short, a password)⟧
transunion.subscriber.code=«num:8-tusub»
transunion.password=«pw6:tupass»  ⟦password|TransUnion password in .properties⟧
"""),
    ("services/halverdrive-app/.env.production", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:halverdrive»  ⟪Stripe publishable key⟫
NEXT_PUBLIC_MAPBOX_TOKEN=«mapbox:appmap»
STRIPE_SECRET_KEY=«sk:halverdrive»  ⟦stripe|Stripe live secret key in .env.production⟧
NEXTAUTH_URL=https://drive.halvergate-motors.com
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NextAuth secret⟧
DATABASE_URL=postgresql://drive_app:«pct:pwl:pulumidb»@halverdrive.c9q2lm7vt3xk.us-east-2.rds.amazonaws.com:5432/drive  ⟦conn-string|database URL with a password⟧
"""),
    ("services/halverdrive-app/.env.example", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_your_key_here  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_live_REPLACE_ME  ⟪placeholder⟫
NEXTAUTH_SECRET=<generate with openssl rand -base64 32>  ⟪placeholder⟫
DATABASE_URL=postgresql://drive_app:password@localhost:5432/drive  ⟪local placeholder connection string⟫
"""),
    ("services/halverdrive-app/src/lib/stripe.ts", r"""
import Stripe from 'stripe';

// restricted key for the damage-deposit refunds worker (refunds:write only)
const REFUNDS_KEY = '«rk:refunds»';  ⟦stripe|Stripe restricted live key in code⟧

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-06-20' });  ⟪environment lookup⟫
export const refunds = new Stripe(REFUNDS_KEY, { apiVersion: '2024-06-20' });
"""),
    ("services/halverdrive-app/src/server/persona-webhook.ts", r"""
import crypto from 'node:crypto';

const WEBHOOK_SECRET = 'wbhsec_«uuid:personawh»';  ⟦app-secret|Persona webhook secret in code⟧

export function verify(sigHeader: string, body: string): boolean {
  const [t, v1] = sigHeader.split(',').map(p => p.split('=')[1]);
  const mac = crypto.createHmac('sha256', WEBHOOK_SECRET).update(`${t}.${body}`).digest('hex');
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(v1));
}
"""),
    ("services/halverdrive-app/src/lib/checkr.ts", r"""
const CHECKR_KEY = process.env.CHECKR_API_KEY ?? '«checkr:fallback»';  ⟦app-secret|Checkr API key as an env fallback⟧

export async function motorVehicleReport(candidateId: string) {
  const res = await fetch('https://api.checkr.com/v1/motor_vehicle_reports', {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(CHECKR_KEY + ':').toString('base64') },
    body: new URLSearchParams({ candidate_id: candidateId }),
  });
  return res.json();
}
"""),
    ("services/halverdrive-app/next.config.js", r"""
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_GOOGLE_MAPS_KEY: '«aiza:webmaps»',  ⟪Google Maps browser key⟫
    NEXT_PUBLIC_SENTRY_DSN: '«sentrynew:web»',  ⟪modern Sentry DSN⟫
  },
  images: { domains: ['photos.halvergate-motors.com'] },
};
"""),
    ("mobile/halverdrive/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'HalverDrive',
  slug: 'halverdrive',
  version: '4.2.0',
  ios: { bundleIdentifier: 'com.halvergate.drive', config: { googleMapsApiKey: '«aiza:iosmaps»' } },  ⟪Google Maps key, public⟫
  android: { package: 'com.halvergate.drive' },
  extra: {
    apiUrl: 'https://api.drive.halvergate-motors.com',
    onfidoApiToken: '«onfido:mobile»',  ⟦app-secret|Onfido live API token shipped in the app config⟧
    eas: { projectId: '«uuid:easproj»' },  ⟪EAS project id⟫
  },
};

export default config;
"""),
    ("mobile/halverdrive/ios/HalverDrive/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:firebaseios»</string>  ⟪Firebase iOS API key, public⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-gcmsender»</string>
	<key>BUNDLE_ID</key>
	<string>com.halvergate.drive</string>
	<key>PROJECT_ID</key>
	<string>halverdrive-prod</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:«num:12-gcmsender»:ios:«hex:16-gappid»</string>
</dict>
</plist>
"""),
    ("mobile/halverdrive/ios/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = com.halvergate.drive
API_BASE_URL = https:/$()/api.drive.halvergate-motors.com
INVERS_BLE_SHARED_KEY = «uhex:32-inversble»  ⟦app-secret|keyless-entry BLE shared key in an xcconfig⟧
MAPBOX_PUBLIC_TOKEN = «mapbox:appmap»  ⟪Mapbox public token⟫
"""),
    ("mobile/halverdrive/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
HALVERDRIVE_UPLOAD_STORE_FILE=halverdrive-upload.jks
HALVERDRIVE_UPLOAD_KEY_ALIAS=upload
HALVERDRIVE_UPLOAD_STORE_PASSWORD=«pwb:keystore»  ⟦password|Android keystore password⟧
HALVERDRIVE_UPLOAD_KEY_PASSWORD=«pwb:keystore»  ⟦password|Android key password⟧
"""),
    ("mobile/halverdrive/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gcmsender»", "project_id": "halverdrive-prod"},
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-gcmsender»:android:«hex:16-gandroid»", "android_client_info": {"package_name": "com.halvergate.drive"}},
      "api_key": [{"current_key": "«aiza:firebaseandroid»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("services/torquebridge/internal/geotab/client.go", r"""
package geotab

import (
	"os"

	"github.com/halvergate/torquebridge/internal/httpx"
)

const (
	server   = "my.geotab.com"
	database = "halvergate_fleet"
	username = "api-torquebridge@halvergate-motors.com"
	password = "«pwn:geotab»"  ⟦password|Go constant password⟧
)

func New() *Client {
	pw := os.Getenv("GEOTAB_PASSWORD")  ⟪environment lookup⟫
	if pw == "" {
		pw = password
	}
	return &Client{http: httpx.New(), server: server, db: database, user: username, password: pw}
}
"""),
    ("services/torquebridge/config/config.toml", r"""
[samsara]
base_url = "https://api.samsara.com"
token = "«samsara:poller»"  ⟦app-secret|Samsara token in TOML⟧

[smartcar]
client_id = "«uuid:smartcarid»"
client_secret_env = "SMARTCAR_CLIENT_SECRET"  ⟪name of an environment variable⟫
mode = "live"

[passtime]
dealer_id = "«num:6-passtimedealer»"
api_password = "«pwx:passtime»"  ⟦password|PassTime starter-interrupt API password in TOML⟧
"""),
    ("services/torquebridge/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64k:32-gosum2»
github.com/golang-jwt/jwt/v5 v5.2.1 h1:«b64k:32-gosum3»  ⟪go.sum hash⟫
github.com/golang-jwt/jwt/v5 v5.2.1/go.mod h1:«b64k:32-gosum4»
"""),
    ("services/torquebridge/keys/com.tesla.3p.public-key.pem", r"""
«pubpem:ectesla»  ⟪public key PEM served at /.well-known⟫
"""),
    ("services/torquebridge/keys/fleet-private-key.pem", r"""
«pem:pkcs8:ectesla»  ⟦private-key|Tesla Fleet API virtual-key private key⟧
"""),
    ("services/washline-agent/config.toml", r"""
[site]
code = "HMGX01"
name = "Halvergate Express Wash - Cedar Falls"

[controller]
kind = "sonnys-controls"
url = "https://10.60.1.30"
user = "hmgadmin"
password = "«pwp:sonnys»"  ⟦password|wash controller password in TOML⟧

[washcard]
api_key = "«hex:32-washcard»"  ⟦app-secret|WashCard API key in TOML⟧
merchant = "HMGX01"
"""),
    ("services/washline-agent/src/drb.rs", r"""
use reqwest::blocking::Client;

const DRB_BASE: &str = "https://api.washconnect.drb.com/v2";
const DRB_API_KEY: &str = "«b62:36-drbapi»";  ⟦app-secret|DRB API key as a Rust constant⟧

pub fn post_event(client: &Client, site: &str, body: &str) -> reqwest::Result<()> {
    client
        .post(format!("{DRB_BASE}/sites/{site}/events"))
        .header("x-api-key", DRB_API_KEY)
        .body(body.to_owned())
        .send()?
        .error_for_status()?;
    Ok(())
}
"""),
    ("services/keyring/KeyringBridge/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="KeyTrak" connectionString="Server=.\KEYTRAK;Database=KeyTrak;User Id=keytrak;Password=«pwc:ktsql»;" providerName="System.Data.SqlClient" />  ⟦conn-string|SQL Server connection string in App.config⟧
  </connectionStrings>
  <appSettings>
    <add key="KeyWatcherUrl" value="https://10.40.1.16:8443/api" />
    <add key="KeyWatcherUser" value="hmg-integration" />
    <add key="KeyWatcherPassword" value="«pwl:keywatcherapi»" />  ⟦password|App.config appSettings password⟧
    <add key="DmsVendor" value="cdk" />
  </appSettings>
</configuration>
"""),
    ("services/keyring/KeyringBridge/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Keyring": "Server=keyring-reporting.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com;Database=keyring;User Id=ktadmin;Password=«pwc:ktrds»;Encrypt=true"  ⟦conn-string|connection string in appsettings⟧
  },
  "KeyTrak": {
    "EdgeApiUrl": "https://edge.keytrak.com/api/v3",
    "ApiKey": "«b62:32-keytrakedge»"  ⟦app-secret|KeyTrak Edge API key in appsettings⟧
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
"""),
    ("services/keyring/KeyringBridge/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Keyring": "Server=(localdb)\\MSSQLLocalDB;Database=keyring;Trusted_Connection=True"  ⟪integrated auth, no password⟫
  },
  "KeyTrak": {"EdgeApiUrl": "https://sandbox.keytrak.com/api/v3", "ApiKey": ""}
}
"""),
    ("services/partsdesk/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: partsdesk_dev

production:
  <<: *default
  host: partsdesk.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com
  database: partsdesk
  username: partsdesk
  password: «pwp:partsdb»  ⟦password|Rails database.yml password⟧

staging:
  <<: *default
  password: <%= ENV["PARTSDESK_DB_PASSWORD"] %>  ⟪ERB environment lookup⟫
"""),
    ("services/partsdesk/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|Rails master.key⟧
"""),
    ("services/partsdesk/app/services/oec_client.rb", r"""
require "net/http"

class OecClient
  ENDPOINT = URI("https://api.oeconnection.com/collisionlink/v2/orders")
  DEALER = "HMG-PARTS"
  PASSWORD = "«pwx:oecpw»"  ⟦password|Ruby constant password⟧

  def submit(order)
    req = Net::HTTP::Post.new(ENDPOINT)
    req.basic_auth(DEALER, PASSWORD)
    req.body = order.to_json
    Net::HTTP.start(ENDPOINT.host, ENDPOINT.port, use_ssl: true) { |http| http.request(req) }
  end
end
"""),
    ("services/partsdesk/.npmrc", r"""
@halvergate:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrcparts»  ⟦github|GitHub token in .npmrc⟧
always-auth=true
"""),
    ("services/dealer-sites/wp-config.php", r"""
<?php
define( 'DB_NAME', 'hmg_preowned' );
define( 'DB_USER', 'hmg_wp' );
define( 'DB_PASSWORD', '«pwn:wpdb»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'preowned.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  '«django:wpsecure»' );  ⟦app-secret|WordPress SECURE_AUTH_KEY salt⟧
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );  ⟪WordPress placeholder phrase⟫
$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
require_once ABSPATH . 'wp-settings.php';
"""),
    ("services/dealer-sites/auth.json", r"""
{
  "http-basic": {
    "satis.hmg.internal": {
      "username": "dealer-sites",
      "password": "«pwr:satis»"  ⟦password|Composer http-basic password⟧
    }
  },
  "github-oauth": {
    "github.com": "«gho:composer»"  ⟦github|GitHub OAuth token in Composer auth.json⟧
  }
}
"""),
    ("services/leadhub/src/podium.ts", r"""
const PODIUM_TOKEN_URL = 'https://accounts.podium.com/oauth/token';
const CLIENT_ID = '«uuid:podiumclient»';
const REFRESH_TOKEN = '«urlsafe:48-podiumrefresh»';  ⟦app-secret|Podium OAuth refresh token in code⟧

export async function accessToken(): Promise<string> {
  const res = await fetch(PODIUM_TOKEN_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      client_id: CLIENT_ID,
      client_secret: process.env.PODIUM_CLIENT_SECRET,  ⟪environment lookup⟫
      grant_type: 'refresh_token',
      refresh_token: REFRESH_TOKEN,
    }),
  });
  return (await res.json()).access_token;
}
"""),
    ("services/leadhub/data/adf-lead-2026-10-03.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<?adf version="1.0"?>
<adf>
  <prospect status="new">
    <requestdate>2026-10-03T14:22:09-05:00</requestdate>
    <vehicle interest="buy" status="used">
      <year>2023</year><make>Toyota</make><model>Tacoma</model>
      <vin>«vin:tacoma»</vin>  ⟪VIN, public⟫
      <stock>R24117A</stock>
    </vehicle>
    <customer><contact><name part="full">Jordan Pike</name><email>jpike@mailbox.test</email></contact></customer>
    <vendor><vendorname>Halvergate Toyota Riverside</vendorname></vendor>
    <provider><name>Cars.com</name><id>«num:7-carscomlead»</id></provider>
  </prospect>
</adf>
"""),
    ("services/analytics/dbt/profiles.yml", r"""
dealer_analytics:
  target: prod
  outputs:
    prod:
      type: redshift
      host: hmg-analytics.418263950712.us-east-2.redshift-serverless.amazonaws.com
      user: dbt_prod
      password: "«pw:dbtprod»"  ⟦password|dbt profiles.yml password⟧
      dbname: dealer
      schema: marts
      threads: 8
    dev:
      type: redshift
      host: hmg-analytics.418263950712.us-east-2.redshift-serverless.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var() lookup⟫
      dbname: dealer
      schema: dev
"""),
    ("services/analytics/airflow/dags/cdk_extract.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

from hmg.cdk import DriveExtractor

FORTELLIS_SECRET = Variable.get("fortellis_client_secret")  ⟪Airflow Variable lookup⟫
CDK_3PA_PASSWORD = "«pw6:cdk3pa»"  ⟦password|CDK 3PA extract password in a DAG⟧


def extract(**ctx):
    DriveExtractor(user="HMG3PA", password=CDK_3PA_PASSWORD, secret=FORTELLIS_SECRET).run(ctx["ds"])


with DAG("cdk_drive_extract", start_date=datetime(2026, 1, 1), schedule="0 5 * * *", catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract)
"""),
    ("services/analytics/notebooks/aged-inventory.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', region_name='us-east-2',\n",
    "    aws_access_key_id='«akid:notebook»',\n",  ⟦aws-key-id|key id in a notebook cell⟧
    "    aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-secret|secret in a notebook cell⟧
    "obj = s3.get_object(Bucket='hmg-lake-418263950712', Key='vauto/inventory/latest.parquet')\n",
    "df = pd.read_parquet(obj['Body'])\n"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["Units over 60 days by store and make"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/analytics/looker/looker.ini", r"""
[Looker]
base_url=https://halvergate.cloud.looker.com:19999
client_id=«b62:20-lookerid»  ⟪Looker API client id⟫
client_secret=«b62:24-lookersecret»  ⟦app-secret|Looker API client secret⟧
verify_ssl=True
"""),
    ("services/finline/menu/menuvantage.ini", r"""
[Server]
Host=menu.finline.hmg.internal
Port=443
[DMS]
Vendor=CDK
User=HMGMENU
Password=«pw6:menuvantage»  ⟦password|F&I menu DMS password in an .ini⟧
[Providers]
PenUrl=https://pen.dealertrack.com/services
"""),
    ("services/finline/config/darwin.json", r"""
{
  "darwin": {
    "baseUrl": "https://api.darwinautomotive.com/v2",
    "dealerGroup": "halvergate",
    "apiKey": "«b62:40-darwin»",  ⟦app-secret|Darwin F&I API key in JSON config⟧
    "menuTemplate": "hmg-standard-2026"
  }
}
"""),
    ("services/lotfeed/lotfeed/destinations.py", r"""
DESTINATIONS = {
    "autotrader": {
        "host": "ftp.autotrader.com",
        "user": "hmg_12077",
        "password": "«pwp:autotraderftp»",  ⟦password|FTP password in a Python dict⟧
        "path": "/inbound/",
    },
    "carscom": {
        "host": "ftp.cars.com",
        "user": "halvergate",
        "password": "«pwn:carscomftp»",  ⟦password|FTP password in a Python dict⟧
        "path": "/",
    },
    "cargurus": {"host": "sftp.cargurus.com", "user": "halvergate_feed", "password_env": "CARGURUS_SFTP_PASSWORD"},  ⟪name of an environment variable⟫
}
"""),
    ("services/lotfeed/config/feeds.yaml", r"""
feeds:
  - name: facebook-vehicle-catalog
    type: graph-api
    catalog_id: "«num:16-fbcatalog»"
    access_token: ${FB_SYSTEM_USER_TOKEN}  ⟪variable⟫
  - name: google-vehicle-listings
    type: merchant-center-sftp
    host: partnerupload.google.com
    port: 19321
    user: mc-sftp-«num:9-gmcid»
    password: «pwr:gmcsftp»  ⟦password|Merchant Center SFTP password in feeds.yaml⟧
  - name: truecar
    type: ftp
    host: ftp.truecar.com
    user: halvergate
    password: «pwb:truecarftp»  ⟦password|TrueCar FTP password in feeds.yaml⟧
"""),
    ("services/finline/finline/docusign.py", r"""
from docusign_esign import ApiClient

INTEGRATION_KEY = "«uuid:dsik»"  ⟪DocuSign integration key (client id)⟫
USER_ID = "«uuid:dsuser»"
PRIVATE_KEY = '''
«pem:pkcs1:rsadocusign»  ⟦private-key|RSA private key in a Python string⟧
'''


def client() -> ApiClient:
    api = ApiClient(oauth_host_name="account.docusign.com")
    api.request_jwt_user_token(INTEGRATION_KEY, USER_ID, "account.docusign.com", PRIVATE_KEY.encode(), 3600)
    return api
"""),
    ("services/keyring/README.md", r"""
# keyring bridge

Reads key cabinet events (KeyTrak Edge drawers, Morse Watchmans KeyWatcher TrueTouch) and writes who took
which key into the DMS vehicle record.

* KeyWatcher API: user `hmg-integration`; the password is in Secrets Manager under `keyring/keywatcher`.  ⟪pointer to a vault⟫
* The cabinets ship with the installer PIN `<factory PIN>`; the installer must change it at commissioning.  ⟪placeholder⟫
* KeyTrak Edge API keys are per store: request one from KeyTrak support, never reuse Riverside's.
"""),
    ("services/torquebridge/src/main/kotlin/com/halvergate/torquebridge/FordPro.kt", r"""
package com.halvergate.torquebridge

import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest

object FordPro {
    private const val CLIENT_ID = "«uuid:fordproid»"
    private const val CLIENT_SECRET = "«okx:34-fordprosecret»"  ⟦app-secret|Ford Pro OAuth client secret as a Kotlin constant⟧

    fun tokenRequest(): HttpRequest = HttpRequest.newBuilder(URI("https://api.fordpro.com/oauth2/v2.0/token"))
        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .build()
}
"""),
    ("services/halverdrive-app/src/lib/twilio.test.ts", r"""
import { sendUnlockCode } from './twilio';

process.env.TWILIO_AUTH_TOKEN = 'test_auth_token_do_not_use';  ⟪test-marked value in a test file⟫

it('sends the unlock code', async () => {
  await expect(sendUnlockCode('+15555550100', '4821')).resolves.toBeDefined();
});
"""),
]
