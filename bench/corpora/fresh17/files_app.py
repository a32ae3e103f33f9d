"""fresh17 templates, application configuration and code (Tarnwell Mutual): Spring, .NET, Node/Next.js, Python,
Go, Kotlin/Android, Swift/iOS, PHP, Ruby, dbt, Airflow, notebooks, BI tools.
Markers: render.py and README.md."""

FILES = [
    ("apps/keel/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://keel-journal.cluster-cq4z8m1wfx3b.us-east-2.rds.amazonaws.com:5432/keel_journal
    username: keel_app
    password: «pwx:keelapp»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-4c1e.mq.us-east-2.amazonaws.com
    username: keel
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
symxchange:
  endpoint: https://symx.tarnwell.episys.hosted:42443/SymXchange/2.0
  device-number: 20401
  device-type: KEEL
  admin-password: «symx:symxadmin»  ⟦password|SymXchange administrative password in Spring YAML⟧
"""),
    ("apps/keel/src/main/resources/application.properties", r"""
server.port=8443
server.ssl.key-store=classpath:keel.p12
server.ssl.key-store-password=«pwr:keelp12»  ⟦password|keystore password in application.properties⟧
management.endpoints.web.exposure.include=health,info
poweron.specfile=TMCU.DIGITAL.XFER
poweron.user-number=0931
poweron.user-password=«symx:poweronuser»  ⟦password|PowerOn user password in properties⟧
"""),
    ("apps/keel/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:keel
spring.datasource.password=  ⟪empty value⟫
symxchange.endpoint=http://localhost:18080/mock
symxchange.admin-password=test-only-not-a-secret  ⟪test-marked value in a test path⟫
"""),
    ("apps/keel/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>tmcu-nexus</id>
      <username>ci-deploy</username>
      <password>«pwx:nexus»</password>  ⟦password|Maven settings password⟧
    </server>
    <server>
      <id>jackhenry-sdk</id>
      <username>tarnwell</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("apps/keel/src/main/java/org/tarnwell/keel/SymxClient.java", r"""
package org.tarnwell.keel;

import javax.xml.namespace.QName;

public final class SymxClient {
    private static final String DEVICE_NUMBER = "20401";
    // TODO move to Secrets Manager before go-live (KEEL-412)
    private static final String DEVICE_PASSWORD = "«symx:keeldevice»";  ⟦password|device password as a Java constant⟧
    private static final QName SERVICE = new QName("http://www.symxchange.generated.symitar.com/account", "AccountService");

    private final String password;

    public SymxClient() {
        this.password = System.getenv("SYMX_DEVICE_PASSWORD");  ⟪environment lookup⟫
    }
}
"""),
    ("apps/slate/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Disputes": "Server=slate-sql.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com;Database=Disputes;User Id=slate_app;Password=«pwx:slatesql»;Encrypt=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "Marqeta": {
    "BaseUrl": "https://tarnwell-api.marqeta.com/v3",
    "ApplicationToken": "«marqeta:app»",
    "AdminAccessToken": "«marqeta:admin»"  ⟦app-secret|Marqeta admin token in appsettings⟧
  },
  "VisaDps": {
    "ClientCertThumbprint": "«uhex:40-dpsthumb»",  ⟪certificate thumbprint⟫
    "ClientCertPassword": "«pwr:dpscert»"  ⟦password|client certificate password in appsettings⟧
  }
}
"""),
    ("apps/slate/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Disputes": "Server=localhost;Database=Disputes;User Id=sa;Password=<YourStrong@Passw0rd>;TrustServerCertificate=True"  ⟪documented placeholder⟫
  },
  "Marqeta": {
    "BaseUrl": "https://sandbox-api.marqeta.com/v3",
    "AdminAccessToken": "${MARQETA_ADMIN_TOKEN}"  ⟪environment placeholder⟫
  }
}
"""),
    ("apps/slate/InstantIssue/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="CardAtOnceServer" value="https://cardatonce.fiserv-issuance.net" />
    <add key="CardAtOnceUser" value="TMCU_BR14" />
    <add key="CardAtOncePassword" value="«bureau:cardatonce»" />  ⟦password|instant-issue portal password in App.config appSettings⟧
    <add key="PrinterSerial" value="CD8-«up:10-cd800»" />
  </appSettings>
  <connectionStrings>
    <add name="IssueLog" connectionString="Data Source=br14-sql01;Initial Catalog=IssueLog;Integrated Security=SSPI" />  ⟪integrated security, no password⟫
  </connectionStrings>
</configuration>
"""),
    ("apps/ferrylight/.env.production", r"""
NEXTAUTH_URL=https://my.tarnwellmutual.org
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NextAuth secret in .env.production⟧
PLAID_CLIENT_ID=«plaidid:ferry»  ⟪Plaid client id⟫
PLAID_SECRET=«plaidsec:ferryprod»  ⟦app-secret|Plaid secret in .env.production⟧
NEXT_PUBLIC_STRIPE_KEY=«pk:donations»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:donations»  ⟦stripe|Stripe live secret key (foundation donations page)⟧
DATABASE_URL=postgresql://portal:«pct:pwn:portaldb»@portal-db.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com:5432/portal  ⟦conn-string|Postgres URL with a password⟧
"""),
    ("apps/ferrylight/.env.example", r"""
NEXTAUTH_URL=http://localhost:3000
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪placeholder⟫
PLAID_CLIENT_ID=
PLAID_SECRET=<your-plaid-secret>  ⟪placeholder⟫
STRIPE_SECRET_KEY=«docs:stripetest»  ⟪test-mode Stripe key⟫
PLAID_SANDBOX_ACCESS_TOKEN=«docs:plaidsandbox»  ⟪sandbox access token, all-zero⟫
"""),
    ("apps/ferrylight/src/lib/plaid.ts", r"""
import { Configuration, PlaidApi, PlaidEnvironments } from 'plaid';

const config = new Configuration({
  basePath: PlaidEnvironments.production,
  baseOptions: {
    headers: {
      'PLAID-CLIENT-ID': process.env.PLAID_CLIENT_ID!,  ⟪environment lookup⟫
      'PLAID-SECRET': process.env.PLAID_SECRET!,
    },
  },
});

// member 40917733's linked checking at another bank, kept for the reconnect bug repro (FERRY-880)
const REPRO_ACCESS_TOKEN = '«plaidat:repro»';  ⟦app-secret|Plaid access token hard-coded for a bug repro⟧

export const plaid = new PlaidApi(config);
"""),
    ("apps/ferrylight/src/lib/mx.ts", r"""
import axios from 'axios';

const MX_CLIENT_ID = '«uuid:mxclient»';
const MX_API_KEY = '«mxkey:portal»';  ⟦app-secret|MX API key in TypeScript⟧

export const mx = axios.create({
  baseURL: 'https://api.mx.com',
  auth: { username: MX_CLIENT_ID, password: MX_API_KEY },
  headers: { Accept: 'application/vnd.mx.api.v1+json' },
});
"""),
    ("apps/ferrylight-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
RELEASE_STORE_FILE=release.jks
RELEASE_STORE_PASSWORD=«pwx:androidks»  ⟦password|release keystore password in gradle.properties⟧
RELEASE_KEY_ALIAS=ferrylight
RELEASE_KEY_PASSWORD=«pwx:androidks»  ⟦password|release key password in gradle.properties⟧
MAPS_API_KEY=«aiza:androidmaps»  ⟪Google Maps key, restricted and public⟫
"""),
    ("apps/ferrylight-android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-fcmproj»",
    "project_id": "tarnwell-ferrylight",
    "storage_bucket": "tarnwell-ferrylight.appspot.com"
  },
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-fcmproj»:android:«hex:16-fcmapp»", "android_client_info": {"package_name": "org.tarnwell.ferrylight"}},
      "api_key": [{"current_key": "«aiza:fcmandroid»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("apps/ferrylight-android/app/src/main/java/org/tarnwell/ferrylight/Config.kt", r"""
package org.tarnwell.ferrylight

object Config {
    const val API_BASE = "https://api.my.tarnwellmutual.org"
    const val APPDYNAMICS_APP_KEY = "AD-AAB-«up:3-ad1»-«up:3-ad2»"  ⟪mobile RUM app key, public⟫
    const val CARD_CONTROLS_SDK_SECRET = "«b62:40-cardctl»"  ⟦app-secret|card-controls SDK secret compiled into the app⟧
    const val PINNING_SHA256 = "sha256/«b64k:32-pin1»"  ⟪certificate pin⟫
}
"""),
    ("apps/ferrylight-ios/Config/Release.xcconfig", r"""
API_BASE = https:/$()/api.my.tarnwellmutual.org
FIREBASE_API_KEY = «aiza:fcmios»  ⟪Firebase iOS key, public⟫
MITEK_LICENSE = «b64k:48-mitek»  ⟦?app-secret|check-capture SDK licence string⟧
SEGMENT_WRITE_KEY = «segment:ios»  ⟪Segment iOS write key, public⟫
"""),
    ("apps/ferrylight-ios/Sources/Networking/Keys.swift", r"""
import Foundation

enum Keys {
    static let apiBase = URL(string: "https://api.my.tarnwellmutual.org")!
    static let alloySdkKey = "«uuid:alloysdk»"  ⟪Alloy SDK public key⟫
    static let zelleSdkSecret = "«b62:36-zellesdk»"  ⟦app-secret|Zelle SDK secret in Swift⟧
}
"""),
    ("apps/ferrylight-ios/fastlane/Fastfile", r"""
default_platform(:ios)
platform :ios do
  lane :release do
    app_store_connect_api_key(
      key_id: "«asc:ferry»",  ⟪App Store Connect key id⟫
      issuer_id: "«uuid:ascissuer»",  ⟪issuer id⟫
      key_filepath: "fastlane/AuthKey.p8"
    )
    match(type: "appstore", readonly: true)
    build_app(scheme: "Ferrylight")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(slack_url: "«slackhook:iosrelease»")  ⟦slack|Slack webhook in a Fastfile⟧
  end
end
"""),
    ("apps/ferrylight-ios/fastlane/AuthKey.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect API key (.p8)⟧
"""),
    ("apps/ferrylight-ios/fastlane/Matchfile", r"""
git_url("https://tmcu-mobile:«glpat:match»@gitlab.tmcu.local/mobile/certificates.git")  ⟦gitlab|GitLab token in a match git URL⟧
storage_mode("git")
type("appstore")
app_identifier(["org.tarnwell.ferrylight"])
"""),
    ("apps/ferrylight-android/play-service-account.json", r"""
{
  "type": "service_account",
  "project_id": "tarnwell-ferrylight",
  "private_key_id": "«hex:40-playkid»",  ⟪private key id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsaplay»",  ⟦private-key|JSON-escaped PEM in a service account file⟧
  "client_email": "play-publisher@tarnwell-ferrylight.iam.gserviceaccount.com",
  "client_id": "«num:21-playcid»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("apps/fraud-scoring/settings.py", r"""
import os

SECRET_KEY = "«django:fraud»"  ⟦app-secret|Django SECRET_KEY⟧
DEBUG = False
ALLOWED_HOSTS = ["fraud.tmcu.local"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fraud",
        "USER": "fraud",
        "PASSWORD": os.environ["FRAUD_DB_PASSWORD"],  ⟪environment lookup⟫
        "HOST": "fraud-scores.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com",
    }
}
SOCURE_API_KEY = "«uuid:socure»"  ⟦app-secret|Socure API key in Django settings⟧
ALLOY_TOKEN = os.getenv("ALLOY_TOKEN")
"""),
    ("apps/fraud-scoring/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-fraud-scoring-unit"  ⟪CI-only key in a CI settings file⟫
SOCURE_API_KEY = "00000000-0000-0000-0000-000000000000"  ⟪all-zero UUID⟫
DATABASES["default"]["PASSWORD"] = "postgres"  ⟪local default⟫
"""),
    ("apps/fraud-scoring/tests/test_alloy.py", r"""
from fraud.alloy import AlloyClient


def test_signature_roundtrip():
    client = AlloyClient(token="test_token_not_real", secret="test_secret_not_real")  ⟪test-marked values in a test path⟫
    assert client.sign(b"{}").startswith("sha256=")
"""),
    ("apps/fraud-scoring/fraud/alloy.py", r"""
import base64
import hashlib
import hmac

import requests

ALLOY_URL = "https://api.alloy.co/v1/evaluations"
# sandbox creds were swapped for prod during the Q3 incident and never put back
ALLOY_TOKEN = "«alloy:prodtoken»"  ⟦app-secret|Alloy token in Python⟧
ALLOY_SECRET = "«alloy:prodsecret»"  ⟦app-secret|Alloy secret in Python⟧


class AlloyClient:
    def __init__(self, token=ALLOY_TOKEN, secret=ALLOY_SECRET):
        self.auth = (token, secret)

    def sign(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self.auth[1].encode(), body, hashlib.sha256).hexdigest()
"""),
    ("apps/dw/dbt/profiles.yml", r"""
tmcu_dw:
  target: prod
  outputs:
    prod:
      type: redshift
      host: tmcu-dw.907351248826.us-east-2.redshift-serverless.amazonaws.com
      user: dbt_svc
      password: «pwl:dbtsvc»  ⟦password|dbt profile password⟧
      port: 5439
      dbname: memberdw
      schema: marts
      threads: 8
    dev:
      type: redshift
      host: tmcu-dw.907351248826.us-east-2.redshift-serverless.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var()⟫
      port: 5439
      dbname: memberdw
      schema: dev
"""),
    ("apps/dw/airflow/dags/symitar_nightly.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.providers.ssh.hooks.ssh import SSHHook

hook = SSHHook(remote_host="episys.tarnwell.hosted", username="dwextract", password="«symx:dwextract»")  ⟦password|SSHHook password in an Airflow DAG⟧

with DAG("symitar_nightly", start_date=datetime(2026, 1, 1), schedule="30 3 * * *", catchup=False) as dag:
    pull = SFTPOperator(
        task_id="pull_share_extract",
        ssh_hook=hook,
        remote_filepath="/SYM/SYM000/LETTERSPECS/DW.SHARE.EXTRACT",
        local_filepath="/tmp/share_extract.txt",
        operation="get",
    )
"""),
    ("apps/dw/airflow/connections.json", r"""
{
  "redshift_dw": {"conn_type": "redshift", "host": "tmcu-dw.907351248826.us-east-2.redshift-serverless.amazonaws.com", "login": "airflow", "password": "«pw:airflowrs»", "port": 5439, "schema": "memberdw"},  ⟦password|Airflow connection password⟧
  "verafin_sftp": {"conn_type": "sftp", "host": "upload.verafin.com", "login": "tarnwell_fcu", "password": "«pwx:verafinsftp»"},  ⟦password|Airflow SFTP connection password⟧
  "slack_dw": {"conn_type": "slackwebhook", "password": "«slackhook:dw»"}  ⟦slack|Slack webhook in Airflow connections⟧
}
"""),
    ("apps/dw/notebooks/member-attrition.ipynb", r"""
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
    "obj = s3.get_object(Bucket='tmcu-dw-exports', Key='attrition/2026-03.parquet')\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/dw/.env", r"""
# local runs of the loader against the prod exports bucket
AWS_ACCESS_KEY_ID=«akid:dwenv»  ⟦aws-key-id|key id in a project .env⟧
AWS_SECRET_ACCESS_KEY=«awssec:dwenv»  ⟦aws-secret|secret in a project .env⟧
AWS_DEFAULT_REGION=us-east-2
REDSHIFT_PASSWORD=${REDSHIFT_PASSWORD}  ⟪shell variable⟫
"""),
    ("apps/dw/tableau/Member Growth.tds", r"""
<?xml version='1.0' encoding='utf-8' ?>
<datasource formatted-name='memberdw' inline='true' version='18.1'>
  <connection class='federated'>
    <named-connections>
      <named-connection caption='memberdw' name='redshift.0'>
        <connection class='redshift' dbname='memberdw' port='5439' server='tmcu-dw.907351248826.us-east-2.redshift-serverless.amazonaws.com' username='tableau_ro' password='«pwn:tableauro»' schema='marts' />  ⟦password|Tableau data source password⟧
      </named-connection>
    </named-connections>
  </connection>
</datasource>
"""),
    ("apps/dw/powerbi/gateway-datasources.json", r"""
{
  "datasources": [
    {"name": "Symitar ODS", "type": "PostgreSql", "server": "ods.keel.internal", "database": "ods", "credentialType": "Basic", "username": "pbi_ro", "password": "«pwc:pbiods»"},  ⟦password|Power BI gateway data source password⟧
    {"name": "Lending", "type": "Sql", "server": "millrace-encompass-mirror", "credentialType": "Windows", "username": "TMCU\\svc-pbi", "encryptedCredentials": "«b64k:96-pbienc»"}  ⟪gateway-encrypted credentials⟫
  ]
}
"""),
    ("apps/dw/fivetran.tf", r"""
resource "fivetran_connector" "salesforce" {
  group_id = "tmcu_dw"
  service  = "salesforce"
  config {
    domain = "tarnwellmutual.my.salesforce.com"
  }
  auth {
    client_access {
      client_id     = "«sfck:fivetran»"  ⟪Salesforce consumer key, an identifier⟫
      client_secret = "«uhex:64-sfsecret»"  ⟦app-secret|Salesforce consumer secret in Fivetran Terraform⟧
    }
    refresh_token = "5Aep861«b62:80-sfrefresh»"  ⟦app-secret|Salesforce refresh token⟧
  }
}
"""),
    ("apps/lending/MeridianLinkClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;

namespace Tarnwell.Lending
{
    public class MeridianLinkClient
    {
        private const string BaseUrl = "https://tarnwell.lendingqb.com/los/webservice";
        private const string ApiUser = "tarnwell_api";
        private const string ApiPassword = "«bureau:meridianlink»";  ⟦password|MeridianLink API password as a C# constant⟧

        public HttpClient Create()
        {
            var http = new HttpClient();
            var basic = Convert.ToBase64String(Encoding.ASCII.GetBytes(ApiUser + ":" + ApiPassword));
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", basic);
            return http;
        }
    }
}
"""),
    ("apps/lending/encompass/config.json", r"""
{
  "instanceId": "«encid:prod»",
  "apiUser": "svc_millrace",
  "apiPassword": "«pwc:encompassapi»",  ⟦password|Encompass API user password⟧
  "clientId": "«lo:8-encclient»",
  "clientSecret": "«b62:32-encompass»",  ⟦app-secret|Encompass client secret⟧
  "webhookSigningKey": "${ENCOMPASS_SIGNING_KEY}"  ⟪placeholder⟫
}
"""),
    ("apps/lending/credit_pull.rb", r"""
require 'net/http'
require 'uri'

class CreditPull
  EXPERIAN_URL = URI('https://connect.experian.com/eai/servlet/ExperianNetConnect')
  SUBSCRIBER = '«num:7-expsub»'
  # rotated 2026-01-15; next rotation due mid-April
  PASSWORD = '«bureau:experian»'  ⟦password|Experian password as a Ruby constant⟧

  def initialize(eai: ENV.fetch('EXPERIAN_EAI'))  ⟪environment lookup⟫
    @eai = eai
  end
end
"""),
    ("apps/contact-centre/lambda/verify_pin.go", r"""
package main

import (
	"context"
	"os"
)

var (
	symxURL      = "https://symx.tarnwell.episys.hosted:42443/SymXchange/2.0"
	symxDevice   = "20417"
	symxPassword = os.Getenv("SYMX_PASSWORD")  ⟪os.Getenv⟫
	pindropToken = "«b62:48-pindrop»"  ⟦app-secret|Pindrop token in Go⟧
)

func handler(ctx context.Context, ev map[string]any) (map[string]any, error) {
	return map[string]any{"verified": false}, nil
}
"""),
    ("apps/contact-centre/genesys-migration/config.yaml", r"""
# leftover from the Genesys Cloud pilot, before Amazon Connect
genesys:
  region: usw2.pure.cloud
  client_id: «uuid:genesysid»  ⟪Genesys client id⟫
  client_secret: «b62:43-genesyssec»  ⟦app-secret|Genesys Cloud client secret⟧
verint:
  wfm_user: tmcu_wfm
  wfm_password: «pwn:verintwfm»  ⟦password|workforce management password⟧
"""),
    ("apps/website/wp-config.php", r"""
<?php
define( 'DB_NAME', 'tmcu_www' );
define( 'DB_USER', 'www' );
define( 'DB_PASSWORD', '«pwl:wwwdb»' );  ⟦password|WordPress DB password⟧
define( 'DB_HOST', 'www-db.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'GRAVITYFORMS_KEY', '«hex:32-gravity»' );  ⟦?app-secret|form plugin licence key⟧
$table_prefix = 'wp_';
"""),
    ("apps/website/rate-sheet-sync.php", r"""
<?php
// pulls the daily rate sheet from the core reporting view and publishes it to the website
$pdo = new PDO('pgsql:host=ods.keel.internal;dbname=ods', 'www_rates', '«pwp:wwwrates»');  ⟦password|PDO password in PHP⟧
$mailchimp = new \MailchimpMarketing\ApiClient();
$mailchimp->setConfig(['apiKey' => '«mailchimp:rates»', 'server' => 'us14']);  ⟦app-secret|Mailchimp API key in PHP⟧
"""),
    ("apps/member-survey/config.toml", r"""
[server]
port = 8080

[qualtrics]
datacenter = "iad1"
api_token = "«b62:40-qualtrics»"  ⟦app-secret|Qualtrics API token in TOML⟧

[database]
url = "postgres://survey:«pct:pwn:surveydb»@survey-db.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com/survey"  ⟦conn-string|Postgres URL with a password in TOML⟧
"""),
    ("apps/member-survey/go.sum", r"""
github.com/jackc/pgx/v5 v5.5.5 h1:«b64k:32-gosum1»=  ⟪go.sum hash⟫
github.com/jackc/pgx/v5 v5.5.5/go.mod h1:«b64k:32-gosum2»=
"""),
    ("apps/chatbot/config.yaml", r"""
bot:
  name: Tilly
  greeting: Hi! I can help with balances, card locks and branch hours.
llm:
  provider: anthropic
  api_key: «ant:tilly»  ⟦anthropic|Anthropic key in a chatbot config⟧
  model: claude-3-5-sonnet
handoff:
  connect_instance: «uuid:connectinst»
"""),
    ("apps/hr/workday_client.py", r"""
from zeep import Client
from zeep.wsse.username import UsernameToken

WSDL = "https://wd5-impl-services1.workday.com/ccx/service/tarnwell/Human_Resources/v42.0?wsdl"
client = Client(WSDL, wsse=UsernameToken("ISU_Payroll_Export@tarnwell", "«pwx:workdayisu»"))  ⟦password|Workday integration user password⟧
"""),
    ("apps/hr/ukg.json", r"""
{
  "tenant": "tarnwellmutual",
  "client_id": "«uuid:ukgid»",
  "client_secret": "«b62:40-ukgsec»",  ⟦app-secret|UKG client secret⟧
  "api_user": "svc_payroll",
  "api_password": "«pwn:ukgsvc»"  ⟦password|UKG API user password⟧
}
"""),
    ("apps/marketing/.npmrc", r"""
@tarnwell:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrcmkt»  ⟦github|GitHub token in a project .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪environment reference⟫
"""),
    ("apps/marketing/segment.js", r"""
const Analytics = require('@segment/analytics-node');

// server-side write key for the rate-alert emails
const analytics = new Analytics({ writeKey: '«segment:server»' });  ⟦app-secret|Segment server-side write key⟧

const browserKey = '«segment:portalweb»';  ⟪browser write key, public⟫
module.exports = { analytics, browserKey };
"""),
    ("apps/marketing/salesforce.properties", r"""
sf.loginUrl=https://login.salesforce.com
sf.username=integration@tarnwellmutual.org
sf.password=«pwc:sfinteg»  ⟦password|Salesforce integration password⟧
sf.securityToken=«b62:25-sftoken»  ⟦app-secret|Salesforce security token⟧
sf.consumerKey=«sfck:marketing»  ⟪consumer key⟫
"""),
    ("apps/keel/src/main/resources/logback.xml", r"""
<configuration>
  <appender name="DD" class="net.logstash.logback.appender.LogstashTcpSocketAppender">
    <destination>intake.logs.us5.datadoghq.com:10516</destination>
    <encoder class="net.logstash.logback.encoder.LogstashEncoder">
      <prefix class="ch.qos.logback.core.encoder.LayoutWrappingEncoder">
        <layout class="ch.qos.logback.classic.PatternLayout">
          <pattern>«ddapi:logback» %mdc{keyThatDoesNotExist}</pattern>  ⟦datadog|Datadog API key as a logback TCP prefix⟧
        </layout>
      </prefix>
    </encoder>
  </appender>
</configuration>
"""),
]
