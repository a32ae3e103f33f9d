"""fresh14 templates, applications (Corvane Hospitality): the CRS (Spring Boot), the PMS bridge (Java and .NET),
the loyalty app (Next.js web, iOS, Android, React Native staff app), payments, revenue and data (dbt, Airflow,
Snowflake, notebooks), the events portal (Django), the weddings site (WordPress), the call-centre bridge (Go),
and the configuration files these stacks really use.
Markers: render.py and README.md."""

FILES = [
    ("apps/crs-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://crs.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com:5432/crs
    username: crs_app
    password: ${SPRING_DATASOURCE_PASSWORD}  ⟪Spring placeholder⟫
  rabbitmq:
    host: b-«uuid:mqhost».mq.us-east-1.amazonaws.com
    username: crs
    password: «pwn:crsrabbit»  ⟦password|RabbitMQ password in Spring YAML⟧
crs:
  channels:
    siteminder:
      endpoint: https://pmsxchange.siteminder.com/pmsxchange/services/CORVANE
      username: corvane_pmsx
      password: ${SITEMINDER_PMSX_PASSWORD:}  ⟪Spring placeholder with empty default⟫
    derbysoft:
      token: «b62:32-derbytok»  ⟦app-secret|DerbySoft token in Spring YAML⟧
  gds:
    sabre:
      pcc: 7H2K
      epr: 7971
"""),
    ("apps/crs-api/src/main/resources/application.properties", r"""
server.port=8080
management.endpoints.web.exposure.include=health,info,prometheus
crs.cache.redis.host=master.crs-ari.x7d1kq.use1.cache.amazonaws.com
crs.cache.redis.password=«pwr:crsredis»  ⟦password|Redis password in application.properties⟧
crs.tokeniser.url=https://vaultline.internal.corvane-hotels.com
crs.mail.smtp.username=«akid:sescrs»  ⟦aws-ses-smtp|SES SMTP user in application.properties⟧
crs.mail.smtp.password=«sesv4:sescrs»  ⟦aws-ses-smtp|SES SMTP password in application.properties⟧
"""),
    ("apps/crs-api/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:crs
    username: sa
    password: ""  ⟪empty⟫
crs:
  channels:
    derbysoft:
      token: test-derbysoft-token-not-real  ⟪test-marked value⟫
  tokeniser:
    api-key: 0000000000000000000000000000000000000000000000000000000000000000  ⟪all-zero test key⟫
"""),
    ("apps/crs-api/pom-settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>corvane-nexus</id>
      <username>cvh-ci</username>
      <password>«pwx:nexuspy»</password>  ⟦password|Maven settings server password⟧
    </server>
    <server>
      <id>corvane-nexus-snapshots</id>
      <username>cvh-ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("apps/pms-bridge/src/main/resources/fias.properties", r"""
# FIAS (Fidelio Interface Application Specification) link to OPERA 5 - one block per property
fias.algv.host=10.61.10.20
fias.algv.port=5010
fias.algv.interface=WW
fias.algv.password=«pw6:fiasifc»  ⟦password|FIAS link password in a properties file⟧
fias.miab.host=10.72.10.20
fias.miab.port=5010
fias.miab.password=«pw6:fiasmiab»  ⟦password|FIAS link password, second property⟧
ohip.gateway=https://corvane-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com
ohip.app-key=«uuid:ohipappkey»  ⟦app-secret|OHIP app key in a properties file⟧
"""),
    ("apps/pms-bridge-net/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="OperaDb" connectionString="Data Source=ALGV-OPERA;User ID=opera;Password=«pw6:operadb»;" providerName="Oracle.ManagedDataAccess.Client" />  ⟦conn-string|Oracle connection string with a password in App.config⟧
    <add name="Interfaces" connectionString="Server=algv-sql01;Database=Interfaces;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />  ⟪integrated security⟫
  </connectionStrings>
  <appSettings>
    <add key="HtngEndpoint" value="https://htng.corvane-hotels.com/ws" />
    <add key="HtngPassword" value="«pwc:htngws»" />  ⟦password|appSettings password⟧
    <add key="KeyEncoderComPort" value="COM3" />
  </appSettings>
</configuration>
"""),
    ("apps/pos-bridge/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Simphony": "Server=simphony-db.corvane.local;Database=MCRSPOS;User Id=posbridge;Password=«pwl:simphonydb»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "Simphony": {
    "StsUrl": "https://simphony-sts.corvane-hotels.com/api/v1",
    "ClientId": "CVH_POSBRIDGE",
    "ClientSecret": "«b62:40-simphonysts»"  ⟦app-secret|Simphony secret in appsettings⟧
  },
  "Smtp": {
    "Host": "email-smtp.eu-west-1.amazonaws.com",
    "User": "«akid:sesposbridge»",  ⟦aws-ses-smtp|SES SMTP user in appsettings⟧
    "Password": "«sesv4:sesposbridge»"  ⟦aws-ses-smtp|SES SMTP password in appsettings⟧
  }
}
"""),
    ("apps/pos-bridge/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Simphony": "Server=localhost;Database=MCRSPOS;User Id=sa;Password=<YourStrong@Passw0rd>;TrustServerCertificate=True"  ⟪documented placeholder password⟫
  },
  "Simphony": {"ClientSecret": ""}
}
"""),
    ("apps/vaultline/config/production.yaml", r"""
server:
  port: 8443
adyen:
  environment: LIVE
  live_url_prefix: «hex:16-adyenprefix»-CorvaneHospitality
  api_key: «adyen:vaultline»  ⟦app-secret|Adyen API key in a service YAML⟧
  merchant_account: CorvaneHospitalityECOM
  hmac_key: «adyenhmac:notif»  ⟦app-secret|Adyen HMAC key repeated in service config⟧
braintree:
  environment: production
  merchant_id: «lo:16-btmerch»
  public_key: «lo:16-btpub»  ⟪Braintree public key id⟫
  private_key: «btpriv:vault»  ⟦app-secret|Braintree private key in service YAML⟧
shift4:
  access_token: «uuid:shift4»  ⟦app-secret|Shift4 token in service YAML⟧
  client_guid: «uuid:shift4guid»  ⟪client GUID⟫
"""),
    ("apps/vaultline/src/vaultline/paypal.py", r"""
import os

import requests

PAYPAL_CLIENT_ID = "A«okx:79-ppclient»"  ⟪PayPal client id⟫
PAYPAL_SECRET = os.environ.get("PAYPAL_SECRET", "E«okx:79-ppsecret»")  ⟦app-secret|PayPal client secret as an environ default⟧


def token() -> str:
    r = requests.post("https://api-m.paypal.com/v1/oauth2/token", auth=(PAYPAL_CLIENT_ID, PAYPAL_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("apps/vaultline/tests/test_adyen.py", r"""
from vaultline import adyen

API_KEY = "AQE_test_key_for_unit_tests_only"  ⟪test-marked key in a test file⟫


def test_signature_roundtrip():
    assert adyen.sign({"pspReference": "X"}, key="00" * 32)  ⟪test key⟫
"""),
    ("apps/gullwing-web/.env.production", r"""
NEXT_PUBLIC_API_BASE=https://api.corvane-hotels.com
NEXT_PUBLIC_FIREBASE_API_KEY=«aiza:gullwingweb»  ⟪Firebase web key⟫
NEXT_PUBLIC_MAPBOX_TOKEN=pk.«b64k:60-mapbox»  ⟪Mapbox public token⟫
NEXTAUTH_URL=https://my.corvane-hotels.com
NEXTAUTH_SECRET=«b64k:32-nextauthweb»  ⟦app-secret|NextAuth secret in .env.production⟧
APPLE_CLIENT_SECRET=«jwt:applesiwa»  ⟦jwt|Sign in with Apple client secret JWT⟧
GOOGLE_CLIENT_SECRET=«gocspx:web»  ⟦app-secret|Google OAuth client secret⟧
"""),
    ("apps/gullwing-web/.env.example", r"""
NEXT_PUBLIC_API_BASE=http://localhost:4000
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪placeholder⟫
GOOGLE_CLIENT_SECRET=GOCSPX-your-client-secret  ⟪placeholder⟫
APPLE_CLIENT_SECRET=
ADYEN_API_KEY=your-adyen-api-key  ⟪placeholder⟫
AWS_ACCESS_KEY_ID=AKIA****************  ⟪masked key id⟫
"""),
    ("apps/gullwing-web/src/lib/braze.ts", r"""
import braze from '@braze/web-sdk';

export function initBraze() {
  braze.initialize('«uuid:brazesdk»', {  ⟪Braze SDK key, public⟫
    baseUrl: 'sdk.iad-05.braze.com',
    enableLogging: false,
  });
  braze.openSession();
}
"""),
    ("apps/gullwing-web/src/server/offers.ts", r"""
const BRAZE_REST = process.env.BRAZE_REST_KEY ?? '«uuid:brazerestweb»';  ⟦app-secret|Braze REST key as a fallback in TypeScript⟧

export async function triggerOffer(externalId: string, campaign: string) {
  const res = await fetch('https://rest.iad-05.braze.com/campaigns/trigger/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${BRAZE_REST}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ campaign_id: campaign, recipients: [{ external_user_id: externalId }] }),
  });
  return res.ok;
}
"""),
    ("mobile/gullwing-ios/Gullwing/Config/Secrets.xcconfig", r"""
// Build settings for the release configuration
API_BASE_URL = https:/$()/api.corvane-hotels.com
BRAZE_API_KEY = «uuid:brazeios»  ⟪Braze SDK key, public⟫
SEGMENT_WRITE_KEY = «segment:ios»  ⟪Segment client write key⟫
MOBILE_KEY_SDK_SECRET = «b64k:32-seosdk»  ⟦app-secret|ASSA ABLOY Mobile Keys SDK secret in an xcconfig⟧
PHOTO_UPLOAD_ACCESS_KEY = «akid:iosupload»  ⟦aws-key-id|key id shipped in an iOS build setting⟧
PHOTO_UPLOAD_SECRET_KEY = «awssec:iosupload»  ⟦aws-secret|secret shipped in an iOS build setting⟧
"""),
    ("mobile/gullwing-ios/Gullwing/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:ios»</string>  ⟪Firebase iOS key, public⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-gcm»</string>
	<key>BUNDLE_ID</key>
	<string>com.corvane.gullwing</string>
	<key>PROJECT_ID</key>
	<string>corvane-gullwing</string>
</dict>
</plist>
"""),
    ("mobile/gullwing-ios/Gullwing/Services/MobileKeyService.swift", r"""
import Foundation

enum MobileKeyConfig {
    static let lockServiceCode = 2
    static let seosTsmEndpoint = URL(string: "https://tsm.mobilekeys.assaabloy.com")!
    static let applicationId = "CORVANE-GULLWING"
    static let endpointSecret = "«hex:40-seosendpoint»"  ⟦app-secret|mobile key endpoint secret in Swift source⟧
}
"""),
    ("mobile/gullwing-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
RELEASE_STORE_FILE=../keystore/gullwing-release.jks
RELEASE_STORE_PASSWORD=«pwl:androidks»  ⟦password|keystore password in gradle.properties⟧
RELEASE_KEY_ALIAS=gullwing-release
corvaneNexusPassword=«pwx:nexuspy»  ⟦password|Nexus password in gradle.properties⟧
"""),
    ("mobile/gullwing-android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-gcm»",
    "project_id": "corvane-gullwing",
    "storage_bucket": "corvane-gullwing.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«num:12-gcm»:android:«hex:16-fbapp»",
        "android_client_info": {"package_name": "com.corvane.gullwing"}
      },
      "api_key": [{"current_key": "«aiza:android»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("mobile/gullwing-android/play-service-account.json", r"""
{
  "type": "service_account",
  "project_id": "corvane-play-publisher",
  "private_key_id": "«hex:40-playkid»",  ⟪private key id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsaplay»",  ⟦private-key|JSON-escaped PEM in a service account file⟧
  "client_email": "fastlane-supply@corvane-play-publisher.iam.gserviceaccount.com",
  "client_id": "«num:21-playclient»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("mobile/gullwing-ios/keys/AuthKey_R7K2QX9M4D.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect API key (.p8)⟧
"""),
    ("mobile/staff-app/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Corvane Staff',
  slug: 'corvane-staff',
  version: '3.4.0',
  extra: {
    eas: { projectId: '«uuid:easproject»' },  ⟪EAS project id⟫
    housekeepingApi: 'https://staff-api.corvane-hotels.com',
    hotSosApiKey: '«b62:32-hotsos»',  ⟦app-secret|HotSOS API key bundled into an Expo config⟧
  },
  ios: { bundleIdentifier: 'com.corvane.staff' },
  android: { package: 'com.corvane.staff' },
};

export default config;
"""),
    ("apps/events-portal/events_portal/settings/prod.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["events.corvane-hotels.com"]
SECRET_KEY = "«django:eventsportal»"  ⟦app-secret|Django SECRET_KEY in prod settings⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "events",
        "USER": "events_app",
        "PASSWORD": "«pwn:eventsdb»",  ⟦password|Django DATABASES password⟧
        "HOST": "events.cluster-c4r8zq1mxt2e.us-east-1.rds.amazonaws.com",
    }
}

EMAIL_HOST = "email-smtp.us-east-1.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesevents»"  ⟦aws-ses-smtp|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = os.environ["EMAIL_HOST_PASSWORD"]  ⟪environ lookup⟫
"""),
    ("apps/events-portal/events_portal/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-key-for-test-runs"  ⟪test-marked key⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
CVENT_API_SECRET = "test"  ⟪test value⟫
"""),
    ("apps/weddings-wp/wp-config.php", r"""
<?php
define( 'DB_NAME', 'weddings_wp' );
define( 'DB_USER', 'wp_weddings' );
define( 'DB_PASSWORD', '«pwc:wpweddings»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'weddings.cluster-c4r8zq1mxt2e.us-east-1.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_MAIL_SMTP_PASS', '«sesv4:seswp»' );  ⟦aws-ses-smtp|SES SMTP password in wp-config⟧

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""),
    ("apps/weddings-wp/auth.json", r"""
{
    "http-basic": {
        "connect.advancedcustomfields.com": {
            "username": "«b64k:24-acflicense»",  ⟦?app-secret|ACF Pro licence key used as a Composer username⟧
            "password": "https://weddings.corvane-hotels.com"  ⟪site URL as the password field⟫
        },
        "repo.corvane.local": {
            "username": "cvh-ci",
            "password": "«pwx:nexuspy»"  ⟦password|Composer auth.json http-basic password⟧
        }
    }
}
"""),
    ("apps/callbridge/config.go", r"""
package main

import "os"

type Config struct {
	Five9User     string
	Five9Password string
	ZendeskToken  string
}

func LoadConfig() Config {
	c := Config{
		Five9User:     "corvane_api",
		Five9Password: os.Getenv("FIVE9_PASSWORD"),  ⟪Getenv⟫
		ZendeskToken:  "«zendesk:ivr»",  ⟦app-secret|Zendesk token literal in Go⟧
	}
	if c.Five9Password == "" {
		c.Five9Password = "«pwc:five9»"  ⟦password|Go fallback password⟧
	}
	return c
}
"""),
    ("apps/callbridge/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.32.2 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:«b64k:32-gosum2»
github.com/nukosuke/go-zendesk v0.17.1 h1:«b64k:32-gosum3»
"""),
    ("apps/revenue/dbt/profiles.yml", r"""
corvane_revenue:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: cvh-analytics
      user: DBT_RUNNER
      password: "«snowpw:dbt»"  ⟦password|Snowflake password in dbt profiles⟧
      role: TRANSFORMER
      database: REVENUE
      warehouse: TRANSFORM_WH
      schema: marts
    ci:
      type: snowflake
      account: cvh-analytics
      user: DBT_CI
      password: "{{ env_var('DBT_CI_PASSWORD') }}"  ⟪env_var⟫
      role: TRANSFORMER
      database: REVENUE_CI
      warehouse: CI_WH
      schema: ci
"""),
    ("apps/revenue/dags/ideas_forecast.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.providers.snowflake.operators.snowflake import SnowflakeOperator

IDEAS_SFTP = {"host": "sftp.ideas.com", "username": "corvane_g3", "password": "«pw:ideassftp»"}  ⟦password|SFTP password in an Airflow DAG dict⟧

with DAG("ideas_forecast", start_date=datetime(2026, 1, 1), schedule="0 6 * * *", catchup=False) as dag:
    pull = SFTPOperator(task_id="pull", ssh_conn_id="ideas_sftp", remote_filepath="/out/forecast.csv",
                        local_filepath="/tmp/forecast.csv", operation="get")
    load = SnowflakeOperator(task_id="load", snowflake_conn_id="snowflake_revenue",
                             sql="copy into raw.ideas_forecast from @ideas_stage")
    pull >> load
"""),
    ("apps/revenue/airflow_connections.json", r"""
{
  "snowflake_revenue": {
    "conn_type": "snowflake",
    "login": "AIRFLOW_SVC",
    "password": "«snowpw:airflow»",  ⟦password|Airflow connections export password⟧
    "extra": "{\"account\": \"cvh-analytics\", \"warehouse\": \"LOAD_WH\", \"role\": \"LOADER\"}"
  },
  "ideas_sftp": {
    "conn_type": "sftp",
    "host": "sftp.ideas.com",
    "login": "corvane_g3",
    "password": "«pw:ideassftp»"  ⟦password|SFTP password in an Airflow connections export⟧
  },
  "duetto_api": {
    "conn_type": "http",
    "host": "https://api.duettoresearch.com",
    "password": "«b62:40-duetto»"  ⟦app-secret|Duetto key in an Airflow connection⟧
  }
}
"""),
    ("apps/revenue/notebooks/pickup_analysis.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Pickup vs forecast, Q4 2026 (all properties)"]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "conn = snowflake.connector.connect(account='cvh-analytics', user='LUCIA_R', password='«pwn:lucia»', warehouse='ANALYST_WH')\n"  ⟦password|Snowflake password in a notebook cell⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:lucianb»', aws_secret_access_key='«awssec:lucianb»')\n"  ⟦aws-key-id|key pair in one notebook source line⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/revenue/tableau/datasources/pickup.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='federated.pickup' inline='true' version='18.1'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='cvh-analytics.snowflakecomputing.com' name='snowflake.0k3m2'>
        <connection authentication='Username Password' class='snowflake' dbname='REVENUE' schema='MARTS' server='cvh-analytics.snowflakecomputing.com' username='TABLEAU_SVC' password='«snowpw:tableau»' warehouse='BI_WH' />  ⟦password|password attribute in a Tableau data source⟧
      </named-connection>
    </named-connections>
  </connection>
</datasource>
"""),
    ("apps/revenue/looker/looker.ini", r"""
[Looker]
base_url=https://corvane.cloud.looker.com:19999
client_id=«b62:20-lookerid»
client_secret=«b62:24-lookersec»  ⟦app-secret|Looker API client secret⟧
verify_ssl=True
"""),
    ("apps/revenue/snowflake/connections.toml", r"""
[default]
account = "cvh-analytics"
user = "DIMITRI_K"
authenticator = "externalbrowser"  ⟪SSO authenticator⟫

[loader]
account = "cvh-analytics"
user = "LOADER_SVC"
password = "«snowpw:loader»"  ⟦password|Snowflake CLI connections.toml password⟧
warehouse = "LOAD_WH"

[keypair]
account = "cvh-analytics"
user = "FIVETRAN_SVC"
private_key_file = "/home/dimitri/.snowflake/rsa_key.p8"  ⟪key file path⟫
"""),
    ("apps/revenue/fivetran/connectors.tf", r"""
resource "fivetran_connector" "opera_cloud" {
  group_id = fivetran_group.pms.id
  service  = "oracle_hospitality"
  config {
    host     = "corvane-ohip.hospitality-api.us-ashburn-1.ocs.oraclecloud.com"
    user     = "FIVETRAN_OHIP"
    password = "«pwx:fivetranohip»"  ⟦password|Fivetran connector password in Terraform⟧
  }
}

resource "fivetran_connector" "workday" {
  group_id = fivetran_group.hr.id
  service  = "workday"
  config {
    user     = "ISU_Fivetran"
    password = var.workday_password  ⟪variable reference⟫
  }
}
"""),
    ("apps/guest-wifi-portal/portal/settings.ini", r"""
[portal]
brand = Corvane Guest Wi-Fi
session_minutes = 1440

[pms]
posting_url = https://pms-bridge.internal.corvane-hotels.com/fias/post
interface_key = «uhex:32-operaifc»  ⟦app-secret|OPERA interface key in an .ini⟧

[radius]
server = 10.61.1.10
secret = «wifipsk:radnomadix»  ⟦password|RADIUS secret in a portal .ini⟧

[nomadix]
api_user = portal
api_password = «pw6:nomadix»  ⟦password|Nomadix API password in an .ini⟧
"""),
    ("apps/guest-wifi-portal/portal/templates/terms.html", r"""
<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Corvane Guest Wi-Fi</title></head>
<body>
  <h1>Welcome to Corvane</h1>
  <form method="post" action="/login">
    <label>Room number <input name="room"></label>
    <label>Last name <input name="last_name"></label>
    <input type="hidden" name="csrf" value="{{ csrf_token }}">  ⟪template variable⟫
    <button>Connect</button>
  </form>
</body>
</html>
"""),
    ("apps/concierge-chat/config/production.toml", r"""
[server]
bind = "0.0.0.0:8080"

[llm]
provider = "anthropic"
anthropic_api_key = "«ant:concierge»"  ⟦anthropic|Anthropic key in TOML⟧
model = "claude-sonnet-4"

[pms]
bridge_url = "https://pms-bridge.internal.corvane-hotels.com"

[intercom]
access_token = "dG9rOm«b64k:45-intercom»"  ⟦app-secret|Intercom access token in TOML⟧
"""),
    ("apps/hr-sync/config/adp.json", r"""
{
  "adp": {
    "token_url": "https://accounts.adp.com/auth/oauth/v2/token",
    "client_id": "«uuid:adpclient»",
    "client_secret": "«uuid:adpsecret»",  ⟦app-secret|ADP client secret⟧
    "ssl_cert": "/etc/hr-sync/adp.pem",
    "ssl_key": "/etc/hr-sync/adp.key"  ⟪key file path⟫
  },
  "ukg": {
    "base_url": "https://service4.ultipro.com",
    "customer_api_key": "«up:5-ukgcust»",  ⟪customer key (identifier)⟫
    "user_api_key": "«up:12-ukguser»",  ⟦app-secret|UKG user API key⟧
    "username": "cvh_hrsync"
  }
}
"""),
    ("apps/hr-sync/src/workday.py", r"""
from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "https://wd5-services1.myworkday.com/ccx/service/corvane/Human_Resources/v42.1?wsdl"


def client():
    return Client(WSDL, wsse=UsernameToken("ISU_Corvane_Events@corvane", "«pwx:workdayisu»"))  ⟦password|Workday password in a zeep UsernameToken⟧
"""),
    ("apps/payroll-export/sftp_push.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
# push the fortnightly payroll file to the bank
export SSHPASS='«pwc:bankftp»'  ⟦password|SSHPASS export in a script⟧
sshpass -e sftp -oBatchMode=no corvane_payroll@sftp.bank-partner.com <<'EOF'
put /data/payroll/out/$(date +%Y%m%d)_payroll.txt /incoming/
EOF
"""),
    ("apps/spa-widget/src/config.js", r"""
export default {
  book4time: {
    apiBase: 'https://api.book4time.com/v2',
    publicKey: '«b62:24-b4tpublic»',  ⟪widget public key⟫
  },
  recaptchaSiteKey: '6L«okx:38-recaptchasite»',  ⟪reCAPTCHA site key, public⟫
};
"""),
    ("apps/kiosk-checkin/appsettings.json", r"""
{
  "Kiosk": {
    "PropertyCode": "MIAB",
    "EncoderType": "VingCard",
    "EncoderHost": "10.72.30.11",
    "EncoderUser": "KIOSK01",
    "EncoderPassword": "«pw6:kioskenc»",  ⟦password|key encoder password in kiosk appsettings⟧
    "PaymentTerminal": "Adyen-V400m",
    "TerminalPoiId": "V400m-«num:9-poi»"  ⟪terminal id⟫
  },
  "AWS": {
    "Region": "us-east-1",
    "AccessKey": "«akid:kioskmiab»",  ⟦aws-key-id|AccessKey in a .NET appsettings AWS section⟧
    "SecretKey": "«awssec:kioskmiab»"  ⟦aws-secret|SecretKey in a .NET appsettings AWS section⟧
  }
}
"""),
    ("apps/kiosk-checkin/README.md", r"""
# kiosk-checkin

Lobby self check-in kiosk (Windows 11 IoT, .NET 8). Encodes the room card with the VingCard encoder next to
the kiosk and takes the deposit on the Adyen terminal.

Secrets are read from `appsettings.json` on the kiosk, written by the Intune profile. The encoder password
comes from Visionline (System > Users > KIOSK01); do not commit it.
"""),
    ("apps/vaultline/tests/fixtures/adyen-notification.json", r"""
{
  "live": "false",
  "notificationItems": [
    {
      "NotificationRequestItem": {
        "additionalData": {"hmacSignature": "«b64k:32-hmacsig»"},  ⟪HMAC signature of a test notification⟫
        "amount": {"currency": "EUR", "value": 45000},
        "eventCode": "AUTHORISATION",
        "merchantAccountCode": "CorvaneHospitalityECOM",
        "merchantReference": "CVH-RES-«num:8-resno»",
        "pspReference": "«up:16-psp»",  ⟪PSP reference⟫
        "success": "true"
      }
    }
  ],
  "testHmacKey": "«up:64-testhmac»"  ⟪test-marked HMAC key in a test fixture⟫
}
"""),
]
