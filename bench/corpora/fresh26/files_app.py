"""fresh26 templates, application code and configuration (Harbourline Gaming Group): Spring, .NET, Node/Next.js,
Django, Go, PHP, mobile apps, data tooling (dbt, Airflow, notebooks), vendor SDK configuration and their tests.
Markers: render.py and README.md."""

FILES = [
    ("services/bet-api/src/main/resources/application-prod.yml", r"""
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://betslip.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432/betslip
    username: betslip_app
    password: ${BETSLIP_DB_PASSWORD}  ⟪Spring placeholder⟫
  kafka:
    bootstrap-servers: b-1.lodestar-odds.9x3k2q.c4.kafka.us-east-1.amazonaws.com:9096
    properties:
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="bet-api" password="«pwr:betapikafka»";  ⟦password|SCRAM password in a JAAS config⟧
tidemark:
  geocomply:
    decrypt-key: «hex:32-geodecryptapp»  ⟦app-secret|GeoComply decrypt key in Spring config⟧
    decrypt-iv: «hex:32-geoivapp»  ⟦app-secret|GeoComply IV in Spring config⟧
  limits:
    max-parlay-legs: 12
    max-stake-cents: 5000000
"""),
    ("services/bet-api/src/main/resources/application-local.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/betslip
    username: betslip
    password: betslip  ⟪local default equal to the user⟫
tidemark:
  geocomply:
    decrypt-key: 00000000000000000000000000000000  ⟪all-zero local key⟫
    decrypt-iv: 00000000000000000000000000000000
"""),
    ("services/bet-api/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:betslip
    username: sa
    password: ""  ⟪empty test password⟫
tidemark:
  kambi:
    api-key: test-kambi-key-not-real  ⟪test-marked value⟫
  sportradar:
    api-key: ${random.value}
"""),
    ("services/pam/src/main/resources/application.properties", r"""
spring.application.name=tidemark-pam
spring.datasource.url=jdbc:postgresql://pam.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432/pam
spring.datasource.username=pam_app
spring.datasource.password=«pwn:pamprops»  ⟦password|datasource password in .properties⟧
pam.lexisnexis.username=hblprod_api
pam.lexisnexis.password=«pw:lnid»  ⟦password|LexisNexis password in .properties⟧
pam.jumio.api-token=«uuid:jumiotok»  ⟪Jumio API token id⟫
pam.jumio.api-secret=«b62:32-jumiosec»  ⟦app-secret|Jumio secret in .properties⟧
pam.cognito.user-pool-id=us-east-1_«b62:9-cognitopool»
pam.mail.smtp.user=«akid:sespam»  ⟦aws-key-id|SES SMTP user (a key ID) in .properties⟧
pam.mail.smtp.password=«sesv4:sespam»  ⟦aws-ses-smtp|SES SMTP password in .properties⟧
"""),
    ("services/pam/src/main/java/com/harbourline/pam/kyc/OnfidoClient.java", r"""
package com.harbourline.pam.kyc;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.URI;

public final class OnfidoClient {
    private static final String BASE = "https://api.eu.onfido.com/v3.6";
    // TODO(PAM-1932): move to Secrets Manager before the UK go-live
    private static final String TOKEN = "«onfido:javaclient»";  ⟦app-secret|Onfido token hardcoded in Java⟧

    private final HttpClient http = HttpClient.newHttpClient();

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path))
            .header("Authorization", "Token token=" + TOKEN)
            .header("Content-Type", "application/json");
    }
}
"""),
    ("services/pam/src/test/java/com/harbourline/pam/kyc/OnfidoClientTest.java", r"""
package com.harbourline.pam.kyc;

import org.junit.jupiter.api.Test;

class OnfidoClientTest {
    // WireMock stub; this token is not real
    static final String STUB_TOKEN = "api_sandbox.unit-test-only.0000000000000000";  ⟪sandbox test token⟫

    @Test
    void buildsAuthorizationHeader() {
        new OnfidoClient().request("/applicants");
    }
}
"""),
    ("services/wallet/config/settings.py", r"""
import os

DEBUG = False
ALLOWED_HOSTS = ["wallet.internal.harbourline.bet"]
SECRET_KEY = "«django:wallet»"  ⟦app-secret|Django SECRET_KEY⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "wallet",
        "USER": "wallet_app",
        "PASSWORD": os.environ["WALLET_DB_PASSWORD"],  ⟪environment reference⟫
        "HOST": "wallet.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com",
    }
}

TRUSTLY = {
    "username": "harbourline_nj",
    "password": "«pwr:trustlycdk»",  ⟦password|Trustly password in Django settings⟧
    "private_key_path": "/run/secrets/trustly.pem",
    "notify_url": "https://wallet.harbourline.bet/trustly/notify",
}
SKRILL_MERCHANT_ID = "«num:9-skrillmid»"  ⟪merchant id⟫
SKRILL_SECRET_WORD = "«pwl:skrillsw»"  ⟦password|Skrill secret word in Django settings⟧
SKRILL_MQI_PASSWORD = "«pwc:skrillmqi»"  ⟦password|Skrill MQI password⟧
"""),
    ("services/wallet/config/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-wallet-settings"  ⟪CI-only marked key⟫
TRUSTLY = {**TRUSTLY, "password": "changeme"}  ⟪placeholder⟫
SKRILL_SECRET_WORD = "secretword"  ⟪CI placeholder⟫
"""),
    ("services/wallet/psp/trustly_keys/harbourline_nj_private.pem", r"""
«pem:pkcs1:rsatrustly»  ⟦private-key|Trustly signing key committed as a PEM file⟧
"""),
    ("services/wallet/psp/trustly_keys/trustly_public.pem", r"""
«pubpem:rsatrustlypub»  ⟪Trustly's public key⟫
"""),
    ("services/wallet/psp/interac.py", r"""
import hashlib
import hmac

INTERAC_MERCHANT = "HBL-ON-«num:6-interacmid»"  ⟪merchant id⟫
# shared secret issued by the gateway on 2026-03-02 (ticket PAY-771)
INTERAC_SHARED_SECRET = b"«b62:40-interacpy»"  ⟦app-secret|Interac shared secret in Python source⟧


def sign(payload: bytes) -> str:
    return hmac.new(INTERAC_SHARED_SECRET, payload, hashlib.sha256).hexdigest()
"""),
    ("services/wallet/psp/paypal_client.py", r"""
import os
import requests

PAYPAL_API = "https://api-m.paypal.com"
CLIENT_ID = "A«b62:79-ppcid»"  ⟪PayPal client id⟫
CLIENT_SECRET = os.getenv("PAYPAL_CLIENT_SECRET", "E«b62:79-ppsecret»")  ⟦app-secret|PayPal client secret as a getenv fallback⟧


def token() -> str:
    r = requests.post(f"{PAYPAL_API}/v1/oauth2/token", auth=(CLIENT_ID, CLIENT_SECRET),
                      data={"grant_type": "client_credentials"}, timeout=10)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("services/wallet/tests/test_checkout.py", r"""
import pytest

SK = "sk_sbox_«lo:26-ckosbox»"  ⟪Checkout.com sandbox key in a test⟫
STRIPE_TEST = "«docs:stripetest»"  ⟪test-mode Stripe key⟫


@pytest.mark.parametrize("amount", [100, 2500, 1000000])
def test_authorise(amount, checkout_stub):
    assert checkout_stub.authorise(SK, amount).approved
"""),
    ("services/sportsbook-web/.env.production", r"""
NEXT_PUBLIC_API_BASE=https://api.nj.harbourline.bet
NEXT_PUBLIC_GEOCOMPLY_ENV=production
NEXT_PUBLIC_FIREBASE_API_KEY=«aiza:sbweb»  ⟪Firebase web key, public⟫
NEXT_PUBLIC_SEGMENT_KEY=«b62:32-segbrowser»  ⟪browser write key, public⟫
NEXTAUTH_URL=https://www.harbourline.bet
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
GEOCOMPLY_LICENSE_API_KEY=«b62:32-geolicapi»  ⟦app-secret|GeoComply license API key in .env⟧
BRAZE_SDK_API_KEY=«uuid:brazesdk»  ⟪Braze SDK key, public⟫
"""),
    ("services/sportsbook-web/.env.example", r"""
NEXT_PUBLIC_API_BASE=https://api.uat.harbourline.bet
NEXTAUTH_SECRET=<generate with openssl rand -base64 32>  ⟪placeholder⟫
GEOCOMPLY_LICENSE_API_KEY=your-geocomply-key  ⟪placeholder⟫
"""),
    ("services/sportsbook-web/src/lib/streaming.ts", r"""
// Live streaming tokens for in-play events. Perform/Sportradar AV and IMG Arena.
export const AV_PARTNER_ID = '«num:5-avpartner»';
const AV_SIGNING_SECRET = '«b62:40-avsigning»';  ⟦app-secret|streaming signing secret hardcoded in TypeScript⟧
const IMG_ARENA_OPERATOR_KEY = process.env.IMG_ARENA_OPERATOR_KEY ?? '';  ⟪environment reference⟫

export function streamUrl(eventId: string, userId: string): string {
  return `https://av.sportradar.com/stream/${eventId}?u=${userId}&sig=${sign(eventId + userId, AV_SIGNING_SECRET)}`;
}

declare function sign(msg: string, key: string): string;
"""),
    ("services/quayside/src/config/providers.json", r"""
{
  "relax": {"partnerId": «num:4-relaxpid», "apiUrl": "https://rgs.relax-gaming.com/p2p", "secret": "«hmac64:relaxjson»"},  ⟦app-secret|RGS secret in a providers JSON⟧
  "pragmatic": {"secureLogin": "hbl_mt", "secretKey": "«b62:16-pragsecret»", "apiUrl": "https://api.pragmaticplay.net"},  ⟦app-secret|slot provider secret key in JSON⟧
  "playngo": {"pid": «num:3-pngpid», "accessToken": "${PLAYNGO_ACCESS_TOKEN}"},  ⟪placeholder reference⟫
  "hub88": {"operatorId": «num:5-hub88op», "privateKeyPath": "/run/secrets/hub88.pem"}
}
"""),
    ("services/quayside/src/wallet/hub88.go", r"""
package wallet

import (
	"crypto/rsa"
	"crypto/x509"
	"encoding/pem"
	"os"
)

// hub88PublicKey verifies X-Hub88-Signature on wallet callbacks (published by Hub88).
const hub88PublicKey = `«pubpem:rsahub88pub»`  ⟪provider public key⟫

func loadOperatorKey() (*rsa.PrivateKey, error) {
	b, err := os.ReadFile(os.Getenv("HUB88_KEY_PATH"))  ⟪path from the environment⟫
	if err != nil {
		return nil, err
	}
	blk, _ := pem.Decode(b)
	return x509.ParsePKCS1PrivateKey(blk.Bytes)
}
"""),
    ("services/quayside/config/config.prod.toml", r"""
[server]
listen = "0.0.0.0:8443"

[database]
dsn = "postgres://quayside:«pwn:quaysidedsn»@quayside.cluster-cq7w1.eu-south-1.rds.amazonaws.com:5432/quayside?sslmode=require"  ⟦conn-string|Postgres DSN in TOML⟧

[evolution]
casino_key = "hbl-mt-«lo:8-evokey»"
api_token = "«hex:32-evotoken»"  ⟦app-secret|live-casino API token in TOML⟧

[jackpot]
network_url = "https://jp.harbourline-games.eu/api"
operator_key_file = "/run/secrets/jp-operator"
"""),
    ("services/quayside/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.32.4 h1:«b64k:32-gosum1»=  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.32.4/go.mod h1:«b64k:32-gosum2»=
github.com/segmentio/kafka-go v0.4.47 h1:«b64k:32-gosum3»=  ⟪go.sum hash⟫
github.com/segmentio/kafka-go v0.4.47/go.mod h1:«b64k:32-gosum4»=
"""),
    ("services/anchorage/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Loyalty": "Server=anchorage-loyalty.cq7w1nx0.us-east-1.rds.amazonaws.com;Database=loyalty;User Id=anchorage;Password=«pwc:anchorageconn»;",  ⟦conn-string|SQL connection string with a password⟧
    "Advantage": "Server=acy-cms-db01.floor.harbourline.internal;Database=ADVANTAGE;Integrated Security=true;"
  },
  "Advantage": {
    "ApiBase": "https://acy-adv-api.floor.harbourline.internal",
    "ApiKey": "«uhex:32-advapi»"  ⟦app-secret|slot system API key in appsettings⟧
  },
  "Braze": {"RestKey": "«uuid:brazerest»", "Endpoint": "https://rest.iad-03.braze.com"},  ⟦app-secret|Braze REST key in appsettings⟧
  "Optimove": {"TenantId": «num:3-opttenant»}
}
"""),
    ("services/anchorage/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Loyalty": "Server=localhost;Database=loyalty;User Id=sa;Password=Your_password123;"  ⟪local documented placeholder⟫
  },
  "Advantage": {"ApiBase": "http://localhost:5080", "ApiKey": "dev"},
  "Braze": {"RestKey": "00000000-0000-0000-0000-000000000000"}  ⟪all-zero UUID⟫
}
"""),
    ("services/anchorage/HostApp/ios/HostApp/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = bet.harbourline.hostapp
API_BASE_URL = https:/$()/hosts.harbourline.bet
BRAZE_API_KEY = «uuid:brazeios»  ⟪Braze SDK key, public⟫
SYNKROS_PROXY_TOKEN = «b62:40-synproxy»  ⟦app-secret|proxy token in an xcconfig⟧
"""),
    ("services/anchorage/HostApp/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
HBL_RELEASE_STORE_FILE=../keys/hostapp-release.jks
HBL_RELEASE_STORE_PASSWORD=«pwc:keystore»  ⟦password|keystore password in gradle.properties⟧
HBL_RELEASE_KEY_ALIAS=hostapp
HBL_RELEASE_KEY_PASSWORD=«pwc:keystore»  ⟦password|key password in gradle.properties⟧
"""),
    ("services/anchorage/HostApp/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-fbproj»", "project_id": "harbour-club-hosts", "storage_bucket": "harbour-club-hosts.appspot.com"},
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-fbproj»:android:«hex:16-fbapp»", "android_client_info": {"package_name": "bet.harbourline.hostapp"}},
      "api_key": [{"current_key": "«aiza:hostandroid»"}],  ⟪Firebase Android key, public⟫
      "oauth_client": []
    }
  ],
  "configuration_version": "1"
}
"""),
    ("services/sportsbook-app/android/app/src/main/res/values/secrets.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="maps_api_key">«aiza:maps»</string>  ⟪Maps key, public⟫
    <string name="geocomply_license">«b64k:96-geolicense»</string>  ⟦app-secret|GeoComply license in an Android resource⟧
    <string name="onesignal_app_id">«uuid:osapp»</string>
</resources>
"""),
    ("services/sportsbook-app/ios/Harbourline/Secrets.swift", r"""
import Foundation

enum Secrets {
    static let geoComplyInstallerId = "«lo:8-geoinst»"
    static let appsFlyerDevKey = "«b62:22-appsflyer»"  ⟪AppsFlyer dev key, shipped in the app⟫
    static let streamSigningSecret = "«b62:40-avsigning»"  ⟦app-secret|streaming signing secret in Swift source⟧
}
"""),
    ("services/affiliates-portal/wp-config.php", r"""
<?php
define( 'DB_NAME', 'affiliates' );
define( 'DB_USER', 'wp_affiliates' );
define( 'DB_PASSWORD', '«pwn:wpaff»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'affiliates.cq7w1nx0.eu-west-2.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_DEBUG', false );
$table_prefix = 'wp_';
"""),
    ("services/affiliates-portal/config/income_access.php", r"""
<?php
return [
    'base_url' => 'https://admin.incomeaccess.com/api/v2',
    'brand_id' => «num:4-iabrand»,
    'api_key' => env('INCOME_ACCESS_API_KEY'),  ⟪env() reference⟫
    'postback_secret' => '«b62:32-iapostback»',  ⟦app-secret|postback secret in PHP config⟧
];
"""),
    ("services/crm/braze_sync.py", r"""
import requests

BRAZE = "https://rest.iad-05.braze.com"
HEADERS = {"Authorization": "Bearer «uuid:brazerestpy»", "Content-Type": "application/json"}  ⟦app-secret|Braze REST key in a bearer header⟧


def track(external_id: str, attrs: dict) -> None:
    requests.post(f"{BRAZE}/users/track", headers=HEADERS,
                  json={"attributes": [{"external_id": external_id, **attrs}]}, timeout=10).raise_for_status()
"""),
    ("services/crm/optimove_export.py", r"""
import boto3

ssm = boto3.client("ssm", region_name="us-east-1")
OPTIMOVE_KEY = ssm.get_parameter(Name="/crm/optimove-key", WithDecryption=True)["Parameter"]["Value"]  ⟪SSM lookup⟫
SFTP_HOST = "sftp.optimove.net"
SFTP_USER = "harbourline"
SFTP_PASS = "«pwx:optsftp»"  ⟦password|SFTP password in Python⟧
"""),
    ("services/crm/sms/smpp.conf", r"""
[smpp]
host = smpp.messagebird.com
port = 2775
system_id = harbourlineuk
password = «pw6:smpp»  ⟦password|SMPP bind password⟧
system_type = CMT
source_addr = HBLBET
"""),
    ("data/dbt/profiles.yml", r"""
harbourline:
  target: prod
  outputs:
    prod:
      type: redshift
      host: hbl-analytics.604127739582.us-east-1.redshift-serverless.amazonaws.com
      user: dbt_ggr
      password: «pwp:dbtggr»  ⟦password|dbt profile password⟧
      port: 5439
      dbname: ggr
      schema: marts
      threads: 8
    ci:
      type: redshift
      host: hbl-analytics.604127739582.us-east-1.redshift-serverless.amazonaws.com
      user: dbt_ci
      password: "{{ env_var('DBT_CI_PASSWORD') }}"  ⟪env_var reference⟫
      port: 5439
      dbname: ggr
      schema: ci
"""),
    ("data/airflow/dags/regulator_ggr.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator

with DAG("regulator_ggr_daily", start_date=datetime(2026, 1, 1), schedule="0 5 * * *", catchup=False) as dag:
    dge = SFTPOperator(
        task_id="dge_upload",
        ssh_conn_id="sftp_dge",
        local_filepath="/tmp/ggr/{{ ds }}/nj_ggr.csv",
        remote_filepath="/inbound/{{ ds }}/nj_ggr.csv",
    )
    # AGCO wants a Basic header on the new portal; hardcoded until CONN-88 lands
    AGCO_AUTH = "Basic «basic:agcoportal»"  ⟦password-b64|basic-auth header value in an Airflow DAG⟧
"""),
    ("data/airflow/connections-export.json", r"""
{
  "sftp_dge": {"conn_type": "sftp", "host": "sftp.njdge.harbourline.internal", "login": "hbl_ggr", "password": "«pw:dgesftp»", "port": 22},  ⟦password|Airflow connection password (season + year)⟧
  "redshift_ggr": {"conn_type": "redshift", "host": "hbl-analytics.604127739582.us-east-1.redshift-serverless.amazonaws.com", "login": "airflow", "password": "«pwr:afredshift»", "schema": "ggr", "port": 5439},  ⟦password|Airflow Redshift password⟧
  "aws_default": {"conn_type": "aws", "extra": {"region_name": "us-east-1"}}
}
"""),
    ("data/notebooks/churn_features.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbchurn»', aws_secret_access_key='«awssec:nbchurn»')\n",  ⟦aws-key-id|AWS key pair in a notebook cell⟧
    "df = pd.read_parquet('s3://hbl-analytics-604127739582/player_sessions/')\n"
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
base_url=https://harbourline.cloud.looker.com
client_id=«b62:20-lookerid»
client_secret=«b62:24-lookersec»  ⟦app-secret|Looker API client secret⟧
verify_ssl=True
"""),
    ("data/glue/scripts/ctr_daily.py", r"""
import sys

from awsglue.utils import getResolvedOptions

args = getResolvedOptions(sys.argv, ["cms_jdbc_url", "cms_user", "cms_password", "bsa_efiling_user"])  ⟪argument names⟫
THRESHOLD_CENTS = 1_000_000  # $10,000 cash in or cash out in a gaming day
MULTIPLE_TXN_LOG_CENTS = 300_000


def aggregate(rows):
    return [r for r in rows if r["cash_in"] + r["cash_out"] > THRESHOLD_CENTS]
"""),
    ("services/trading/risk/settings.yaml", r"""
liability:
  default_max_payout_cents: 25000000
  sharp_customer_factor: 0.25
feeds:
  sportradar:
    api_key: «sradar:tradingyaml»  ⟦app-secret|Sportradar key in a YAML config⟧
    uof_node_id: 2
  genius:
    client_id: hbl-sportsbook-prd
    client_secret: ${GENIUS_CLIENT_SECRET}  ⟪placeholder reference⟫
  kambi:
    punter_api: https://ctn-api.kambi.com
alerts:
  teams: «teamshook:trading»  ⟦app-secret|Teams webhook in a YAML config⟧
"""),
    ("services/trading/risk/tests/fixtures/feed_message.json", r"""
{
  "event_id": "sr:match:«num:8-srmatch»",  ⟪event id⟫
  "product": 1,
  "timestamp": 1796428800000,
  "odds_change": {"market": 1, "outcomes": [{"id": 1, "odds": 1.91}, {"id": 2, "odds": 1.91}]},
  "api_key": "sr-test-key-000000000000000000000000"  ⟪test-marked key⟫
}
"""),
    ("services/host-app/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Harbour Club Host',
  slug: 'harbour-club-host',
  extra: {
    eas: { projectId: '«uuid:easproj»' },  ⟪EAS project id⟫
    apiBase: 'https://hosts.harbourline.bet',
    mapboxDownloadsToken: 'sk.eyJ1IjoiaGFyYm91cmxpbmUiLCJhIjoi«b62:24-mbx»In0.«b62:22-mbxsig»',  ⟦app-secret|Mapbox secret token in an Expo config⟧
    sentryDsn: 'https://«hex:32-sentrypub»@o«num:6-sentryorg».ingest.us.sentry.io/«num:7-sentryproj»',  ⟪modern Sentry DSN, public⟫
  },
};
export default config;
"""),
    ("services/host-app/src/api/comps.ts", r"""
const BASE = 'https://hosts.harbourline.bet/api';
// Older build still talks to the comps proxy with a fixed basic credential (HOST-212)
const LEGACY_AUTH = 'Basic «basic:compsproxy»';  ⟦password-b64|basic credential hardcoded in TypeScript⟧

export async function approveComp(id: string, amountCents: number) {
  return fetch(`${BASE}/comps/${id}/approve`, {
    method: 'POST',
    headers: { Authorization: LEGACY_AUTH, 'Content-Type': 'application/json' },
    body: JSON.stringify({ amountCents }),
  });
}
"""),
    ("services/cage-kiosk/Kiosk.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CageHost" value="acy-cage01.floor.harbourline.internal" />
    <add key="CageServicePassword" value="«pw6:kioskcage»" />  ⟦password|cage password in an App.config add key⟧
    <add key="BillValidatorPort" value="COM3" />
    <add key="TitoValidationSeed" value="«sev:kioskseed»" />  ⟦?app-secret|TITO validation seed (policy: a system-generated seed)⟧
    <add key="AdminPin" value="«pin:6-kioskpin»" />  ⟦password|kiosk admin PIN in App.config⟧
  </appSettings>
  <connectionStrings>
    <add name="Local" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=Kiosk;Integrated Security=True" />
  </connectionStrings>
</configuration>
"""),
    ("services/cage-kiosk/README.md", r"""
# Cage kiosk agent

Runs on the JCM / Everi redemption kiosks. Settings come from `Kiosk.exe.config`; the cage service password
is rotated by the cage manager each quarter and is kept in the cage vault, not here.

Default admin PIN on a fresh kiosk image is `0000` until first enrolment.  ⟪vendor default PIN before enrolment⟫
"""),
    ("services/compliance/age_check/client.go", r"""
package agecheck

import "net/http"

const (
	endpoint = "https://api.idology.com/api/idiq.svc"
	username = "harbourline_api"
	password = "«pwx:idology»"  ⟦password|IDV vendor password as a Go const⟧
)

func newRequest() (*http.Request, error) {
	req, err := http.NewRequest(http.MethodPost, endpoint, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(username, password)
	return req, nil
}
"""),
    ("services/compliance/geo/license_rotate.py", r"""
import boto3
import requests

sm = boto3.client("secretsmanager")


def rotate():
    api_key = sm.get_secret_value(SecretId="beacon/geocomply")["SecretString"]  ⟪Secrets Manager lookup⟫
    lic = requests.get("https://es-api.geocomply.net/license", headers={"x-api-key": api_key}, timeout=10).text
    boto3.client("ssm").put_parameter(Name="/beacon/geocomply/license-nj", Value=lic, Type="SecureString", Overwrite=True)
"""),
    ("services/compliance/sar/fincen_batch.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<fc2:EFilingBatchXML xmlns:fc2="www.fincen.gov/base" TotalAmount="0" PartyCount="3" ActivityCount="1">
  <fc2:FormTypeCode>SARX</fc2:FormTypeCode>
  <fc2:Activity SeqNum="1">
    <fc2:FilingDateText>20261130</fc2:FilingDateText>
    <fc2:ActivityAssociation SeqNum="2"><fc2:InitialReportIndicator>Y</fc2:InitialReportIndicator></fc2:ActivityAssociation>
    <fc2:Party SeqNum="3"><fc2:ActivityPartyTypeCode>35</fc2:ActivityPartyTypeCode></fc2:Party>
  </fc2:Activity>
</fc2:EFilingBatchXML>
"""),
    ("services/resort/spa/widget.config.json", r"""
{
  "widgetKey": "«hex:24-spawidget»",  ⟪public widget key⟫
  "locationId": "«num:5-spaloc»",
  "apiSecret": "«b62:24-spakey»"  ⟦app-secret|spa booking API secret in a widget config⟧
}
"""),
    ("services/resort/fnb/pos_sync.ps1", r"""
# InfoGenesis -> data lake nightly sync (F&B outlets, Niagara and Atlantic City)
$user = "IG_EXPORT"
$pass = ConvertTo-SecureString "«pwn:igexport»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-RestMethod -Uri "https://acy-ig01.resort.harbourline.internal/api/export" -Credential $cred -OutFile "D:\export\fnb.csv"
aws s3 cp D:\export\fnb.csv s3://hbl-datalake-604127739582/raw/fnb/
"""),
    ("services/notifications/slack_bot.py", r"""
import os

from slack_bolt import App

app = App(token=os.environ["SLACK_BOT_TOKEN"], signing_secret=os.environ["SLACK_SIGNING_SECRET"])  ⟪environment references⟫
APP_TOKEN = "«xapp:jackpotbot»"  ⟦slack|Slack app-level token in Python⟧


@app.command("/jackpot")
def jackpot(ack, respond, command):
    ack()
    respond(f"Latest handpay: {command['text']}")
"""),
    ("services/notifications/discord_vip.js", r"""
// VIP host channel on the Harbour Club Discord
const WEBHOOK = '«discordhook:vip»';  ⟦app-secret|Discord webhook URL in JavaScript⟧

export async function notifyVip(msg) {
  await fetch(WEBHOOK, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ content: msg }) });
}
"""),
    ("services/crm/onesignal_push.py", r"""
import requests

ONESIGNAL_APP_ID = "«uuid:osapp»"  ⟪OneSignal app id⟫
ONESIGNAL_KEY = "«onesig:pushpy»"  ⟦app-secret|OneSignal REST key hardcoded in Python⟧


def send(player_ids, heading, body):
    return requests.post("https://api.onesignal.com/notifications",
                         headers={"Authorization": f"Key {ONESIGNAL_KEY}"},
                         json={"app_id": ONESIGNAL_APP_ID, "include_subscription_ids": player_ids,
                               "headings": {"en": heading}, "contents": {"en": body}}, timeout=10)
"""),
    ("services/host-app/server/.env", r"""
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://hostapp:«pwn:hostappdb»@anchorage-loyalty.cq7w1nx0.us-east-1.rds.amazonaws.com:5432/loyalty  ⟦conn-string|database URL in a server .env⟧
SESSION_SECRET=«b64k:48-hostsession»  ⟦app-secret|session secret in .env⟧
SYNKROS_API_PASSWORD=«pwl:synkrosapi»  ⟦password|Synkros API password in .env⟧
APNS_KEY_PATH=/run/secrets/AuthKey.p8
TWILIO_VERIFY_SID=VA«hex:32-twverify»  ⟪Twilio Verify service SID⟫
TWILIO_AUTH_TOKEN=«hex:32-twauth»  ⟦app-secret|Twilio auth token in .env⟧
"""),
    ("services/trading/feeds/kambi_client.go", r"""
package feeds

import (
	"net/http"
	"time"
)

const kambiBase = "https://ctn-api.kambi.com/offering/v2018/hbl"

// kambiKey was issued to the ON sportsbook; see LODE-514 for the move to Secrets Manager
var kambiKey = "«hex:32-kambigo»"  ⟦app-secret|Kambi key hardcoded in Go⟧

func NewKambi() *http.Client { return &http.Client{Timeout: 5 * time.Second} }
"""),
]
