"""fresh24 templates, application configuration and code (Brakwater Terminals): Spring Boot, .NET, Node,
Python (Django, scripts, Airflow, notebooks), Go, Rust, PHP, Rails, C++, Kotlin/Android, React Native/Expo,
Kafka clients, finance and payroll connectors (AFAS, Exact, TOTVS, SimplePay, Xero), tests.
Markers: render.py and README.md."""

FILES = [
    ("services/quayline/src/main/resources/application-prod.yml", r"""
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://quayline-edi.c4x9q2m7kz1p.eu-west-1.rds.amazonaws.com:5432/quayline
    username: quayline
    password: «pwc:quaylinedb»  ⟦password|Spring datasource password (same as the RDS master)⟧
  rabbitmq:
    addresses: amqps://b-«uuid:mqbroker».mq.eu-west-1.amazonaws.com:5671
    username: baplie-consumer
    password: ${RABBITMQ_PASSWORD}  ⟪Spring placeholder⟫
n4:
  argoservice:
    url: https://n4.rtm.bkw.local/apex/services/argoservice
    user: quayline-ws
    password: «pw6:n4argows»  ⟦password|N4 ArgoService password in Spring YAML⟧
    scope: BKW/RTM/MVQ/MVQ
edi:
  unb:
    sender: BKWRTM
    partners:
      MAERSK: {recipient: MAEU, password: «edipw:unbmaersk»}  ⟦password|UNB interchange password in a partner table⟧
      CMACGM: {recipient: CMDU, password: ""}  ⟪empty value⟫
"""),
    ("services/quayline/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:quayline
    username: sa
    password: ""  ⟪empty test value⟫
n4:
  argoservice:
    url: http://localhost:9999/apex/services/argoservice
    user: test-ws
    password: test-password-not-real  ⟪test-marked value in a test path⟫
"""),
    ("services/quayline/src/main/resources/n4-scopes.properties", r"""
# N4 scope per terminal: operator/complex/facility/yard
scope.rtm=BKW/RTM/MVQ/MVQ
scope.ssz=BKW/SSZ/SSZ1/SSZ1
scope.dur=BKW/DUR/PIER1/PIER1
scope.sin=BKW/SIN/PPT/PPT
ws.user.ssz=quayline-ssz
ws.password.ssz=«pw6:n4wsssz»  ⟦password|N4 web-service password in .properties⟧
ws.user.dur=quayline-dur
ws.password.dur=«pw6:n4wsdur»  ⟦password|N4 web-service password in .properties⟧
"""),
    ("services/freightdesk/src/Brakwater.Freightdesk.Api/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Freightdesk": "Server=fwd-sql.bkw.local;Database=Freightdesk;User Id=fd_app;Password=«pwx:fdsql»;Encrypt=True"  ⟦conn-string|SQL Server connection string in appsettings⟧
  },
  "CargoWise": {
    "EAdaptorUrl": "https://bkwtrn.wisegrid.net/eAdaptor",
    "User": "BKW_EADAPTOR",
    "Password": "«pwx:cw1eadaptor»"  ⟦password|eAdaptor password in appsettings⟧
  },
  "AzureAd": {
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:graphmail»",  ⟪application id⟫
    "ClientSecret": "«azad:graphmail»"  ⟦azure-ad|Graph mail client secret in appsettings⟧
  },
  "ServiceBus": "Endpoint=sb://bkw-forwarding.servicebus.windows.net/;SharedAccessKeyName=freightdesk;SharedAccessKey=«sbkey:fdbus»"  ⟦conn-string|Azure Service Bus connection string with a key⟧
}
"""),
    ("services/freightdesk/src/Brakwater.Freightdesk.Api/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Freightdesk": "Server=(localdb)\\MSSQLLocalDB;Database=Freightdesk;Trusted_Connection=True"  ⟪integrated auth⟫
  },
  "CargoWise": {
    "EAdaptorUrl": "http://localhost:5081/eAdaptor",
    "User": "dev",
    "Password": "dev"  ⟪password equal to the user, local⟫
  }
}
"""),
    ("services/freightdesk/src/Brakwater.Freightdesk.Carriers/CarrierClients.cs", r"""
namespace Brakwater.Freightdesk.Carriers;

public static class CarrierDefaults
{
    public const string MaerskBase = "https://api.maersk.com";
    // TODO move to Secrets Manager before the ONE go-live (FWD-2231)
    public const string EvergreenApiKey = "«b62:40-evergreen»";  ⟦app-secret|Evergreen API key as a C# constant⟧
    public const string MscClientId = "«uuid:mscid»";  ⟪client id⟫
}
"""),
    ("services/freightdesk/src/Brakwater.Freightdesk.Payroll/AfasClient.cs", r"""
using System.Net.Http.Headers;
using System.Text;

namespace Brakwater.Freightdesk.Payroll;

public sealed class AfasClient
{
    private const string Environment = "84512";
    private const string TokenXml = "<token><version>1</version><data>«uhex:64-afas»</data></token>";  ⟦app-secret|AFAS token XML as a C# constant⟧

    public HttpClient Create()
    {
        var c = new HttpClient { BaseAddress = new Uri($"https://{Environment}.rest.afas.online/ProfitRestServices/") };
        c.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("AfasToken", Convert.ToBase64String(Encoding.ASCII.GetBytes(TokenXml)));
        return c;
    }
}
"""),
    ("services/ratebook/config/production.js", r"""
module.exports = {
  port: 8080,
  freightos: {
    baseUrl: 'https://api.freightos.com/api/v1',
    apiKey: process.env.FREIGHTOS_API_KEY,  ⟪env lookup⟫
  },
  webcargo: {
    user: 'brakwater-rates',
    secret: '«b62:40-webcargo»',  ⟦app-secret|WebCargo secret in a Node config⟧
  },
  mongo: 'mongodb+srv://ratebook:«pct:pwn:ratebookmongo»@ratebook.q7xk2.mongodb.net/rates?retryWrites=true',  ⟦conn-string|MongoDB Atlas URL with a password⟧
  openai: { apiKey: '«oai:ratebook»' },  ⟦openai|OpenAI key for tariff PDF extraction⟧
};
"""),
    ("services/ratebook/src/parseTariff.ts", r"""
import Anthropic from "@anthropic-ai/sdk";

// contract PDFs from carriers -> rate lines; key below is the POC key from the hackathon
const client = new Anthropic({ apiKey: "«ant:ratebookpoc»" });  ⟦anthropic|Anthropic key hard-coded in TypeScript⟧

export async function parseTariff(text: string) {
  const msg = await client.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 4096,
    messages: [{ role: "user", content: `Extract rate lines as JSON:\n${text}` }],
  });
  return msg.content;
}
"""),
    ("services/ratebook/test/fixtures/quote.json", r"""
{
  "origin": "NLRTM",
  "destination": "BRSSZ",
  "equipment": "40HC",
  "apiKey": "test-freightos-key-000000",  ⟪test-marked value in a test path⟫
  "stripeKey": "«docs:stripetest»"  ⟪test-mode Stripe key⟫
}
"""),
    ("apps/dockhand/app.config.ts", r"""
import { ExpoConfig } from "expo/config";

const config: ExpoConfig = {
  name: "Dockhand",
  slug: "dockhand",
  version: "7.2.0",
  extra: {
    apiBase: "https://api.brakwater-port.com/dockhand",
    mapboxPublicToken: "«mapboxpk:dockhandapp»",  ⟪Mapbox public token⟫
    firebaseApiKey: "«aiza:dockhandfb»",  ⟪Firebase key, public⟫
    sentryDsn: "«sentrynew:dockhand»",  ⟪modern Sentry DSN⟫
    eas: { projectId: "«uuid:easproject»" },  ⟪project id⟫
  },
  plugins: [["@rnmapbox/maps", { RNMapboxMapsDownloadToken: "«mapboxsk:dockhanddl»" }]],  ⟦app-secret|Mapbox secret download token in app.config.ts⟧
};
export default config;
"""),
    ("apps/dockhand/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
DOCKHAND_UPLOAD_STORE_FILE=dockhand-upload.jks
DOCKHAND_UPLOAD_KEY_ALIAS=dockhand
DOCKHAND_UPLOAD_STORE_PASSWORD=«pp:dockhandks»  ⟦password|Android keystore password in gradle.properties⟧
MAPS_API_KEY=«aiza:dockhandandroid»  ⟪Android Maps key⟫
"""),
    ("apps/dockhand/android/app/src/main/res/values/strings.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="app_name">Dockhand</string>
    <string name="google_maps_key">«aiza:dockhandandroid»</string>  ⟪Android Maps key⟫
    <string name="zello_network">brakwater</string>
    <string name="zello_api_key">«b62:40-zellodriver»</string>  ⟦app-secret|Zello Work API key in Android strings.xml⟧
</resources>
"""),
    ("apps/dockhand/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=brakwater
defaults.project=dockhand
auth.token=sntrys_«b64k:120-sntrysmobile»  ⟦sentry|Sentry auth token in sentry.properties⟧
"""),
    ("apps/dockhand/firebase-admin.json", r"""
{
  "type": "service_account",
  "project_id": "dockhand-prod",
  "private_key_id": "«hex:40-gcpkid»",  ⟪private key id⟫
  "private_key": "«pemesc:pkcs8:rsafirebase»",  ⟦private-key|JSON-escaped private key in a service-account file⟧
  "client_email": "firebase-adminsdk-k2x7q@dockhand-prod.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpclient»",  ⟪client id⟫
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("services/lookout/lookout/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:lookout»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["lookout.brakwater-port.com"]
DATABASES = {
    "default": {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "HOST": "lookout.cj3v8k1x2m9q.eu-west-1.rds.amazonaws.com",
        "NAME": "lookout",
        "USER": "lookout",
        "PASSWORD": "«pwn:lookoutdb»",  ⟦password|Django database password⟧
    }
}
AISHUB_USERNAME = "AH_BRAKWATER_4711"  ⟪user name⟫
SPIRE_TOKEN = os.environ["SPIRE_TOKEN"]  ⟪os.environ lookup⟫
STORMGLASS_KEY = "«hex:32-stormglass»-«hex:32-stormglass2»"  ⟦app-secret|Stormglass tide/weather API key⟧
"""),
    ("services/lookout/lookout/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-lookout"  ⟪CI-only key marked as such⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
"""),
    ("services/lookout/ingest/aisstream.py", r"""
import asyncio
import json

import websockets

API_KEY = "«hex:40-aisstream»"  ⟦app-secret|aisstream.io key in a Python script⟧
BOXES = [[[51.85, 3.95], [52.05, 4.35]], [[-24.05, -46.40], [-23.90, -46.20]]]


async def run():
    async with websockets.connect("wss://stream.aisstream.io/v0/stream") as ws:
        await ws.send(json.dumps({"APIKey": API_KEY, "BoundingBoxes": BOXES}))
        async for msg in ws:
            print(msg)

asyncio.run(run())
"""),
    ("services/cranewatch/internal/config/config.go", r"""
package config

import "os"

type OPCUA struct {
	Endpoint string
	User     string
	Password string
}

var STS = OPCUA{
	Endpoint: "opc.tcp://sts-gw01.ot.bkw.local:4840",
	User:     "cranewatch",
	Password: "«pwl:opcuasts»",  ⟦password|OPC UA password in a Go struct literal⟧
}

var RTG = OPCUA{
	Endpoint: "opc.tcp://rtg-gw01.ot.bkw.local:4840",
	User:     "cranewatch",
	Password: os.Getenv("RTG_OPCUA_PASSWORD"),  ⟪os.Getenv⟫
}
"""),
    ("services/cranewatch/go.sum", r"""
github.com/gopcua/opcua v0.5.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/gopcua/opcua v0.5.3/go.mod h1:«b64k:32-gosum2»  ⟪go.sum hash⟫
"""),
    ("services/coldchain-agent/config/agent.toml", r"""
[site]
code = "SSZ"
tz = "America/Sao_Paulo"

[identec]
server = "reefer.ssz.bkw.local"
api_key = "«uhex:32-identecssz»"  ⟦app-secret|Identec key in a Rust agent TOML⟧

[mqtt]
url = "mqtts://reefer-ssz:«pct:pp:reefermqttssz»@mqtt.ot.bkw.local:8883"  ⟦conn-string|MQTT URL with a password in TOML⟧

[aws]
region = "sa-east-1"
profile = "coldchain"
"""),
    ("services/coldchain-agent/src/thermoking.rs", r"""
use reqwest::blocking::Client;

const TRACKING_USER: &str = "brakwater-api";
const TRACKING_PASSWORD: &str = "«pwx:thermoking»";  ⟦password|Thermo King password as a Rust constant⟧

pub fn alarms(c: &Client) -> reqwest::Result<String> {
    c.get("https://tracking.thermoking.com/api/v1/units/alarms")
        .basic_auth(TRACKING_USER, Some(TRACKING_PASSWORD))
        .send()?
        .text()
}
"""),
    ("legacy/haulier-portal/inc/config.inc.php", r"""
<?php
// haulier portal (Durban) - PHP 7.4, to be replaced by dockhand web
define('DB_HOST', 'dur-web01.dur.bkw.local');
define('DB_USER', 'haulier');
define('DB_PASS', '«pwp:haulierphp»');  ⟦password|PHP define DB_PASS⟧
define('SMS_GATEWAY_KEY', '«infobip:haulier»');  ⟦app-secret|Infobip API key in PHP⟧
define('RECAPTCHA_SITE_KEY', '6L«b62:38-recaptcha»');  ⟪reCAPTCHA site key, public⟫
$smtp = ['host' => 'email-smtp.af-south-1.amazonaws.com', 'user' => '«akid:sesdur»', 'pass' => '«sesv4:sesdur»'];  ⟦aws-ses-smtp|SES SMTP key pair in a PHP array⟧
"""),
    ("legacy/haulier-portal/config/database.yml", r"""
production:
  adapter: mysql2
  host: dur-web01.dur.bkw.local
  database: haulier_prd
  username: haulier
  password: <%= ENV["HAULIER_DB_PASSWORD"] %>  ⟪ERB env lookup⟫
staging:
  adapter: mysql2
  host: dur-web02.dur.bkw.local
  database: haulier_stg
  username: haulier
  password: «pwp:haulierstg»  ⟦password|Rails database.yml password⟧
"""),
    ("services/gate-ocr-plugin/include/n4_link.h", r"""
#pragma once
/* Camco GOS -> N4 gate transaction plug-in (lane PCs, Windows 10 IoT) */
#define N4_GATE_HOST      "n4.rtm.bkw.local"
#define N4_GATE_USER      "ocr-lane"
#define N4_GATE_PASSWORD  "«pw6:ocrlane»"  ⟦password|#define password in a C header⟧
#define N4_SCOPE          "BKW/RTM/MVQ/MVQ"
#define LANE_COUNT        8
"""),
    ("services/tallyman/siscomex/src/main/resources/application.properties", r"""
siscomex.portal-unico.url=https://portalunico.siscomex.gov.br
siscomex.certificado.arquivo=/opt/tallyman/certs/ecnpj-a1.pfx
siscomex.certificado.senha=«pwp:ecnpja1»  ⟦password|e-CNPJ certificate password (senha) in .properties⟧
siscomex.perfil=IMPEXP
spring.datasource.password=${SISCOMEX_DB_PASSWORD}  ⟪Spring placeholder⟫
"""),
    ("services/tallyman/ics2/sti_client.py", r"""
import os

import requests

STI = "https://sti.ics2.customs.ec.europa.eu/api/v1"
CERT = ("/etc/tallyman/eidas/seal.crt", "/etc/tallyman/eidas/seal.key")  ⟪file paths⟫
EORI = "NL«num:9-eori»"  ⟪EORI number⟫


def file_ens(xml: bytes) -> str:
    r = requests.post(f"{STI}/ens", data=xml, cert=CERT, timeout=30,
                      headers={"X-Api-Key": os.environ["ICS2_PROVIDER_KEY"]})  ⟪os.environ lookup⟫
    r.raise_for_status()
    return r.headers["MRN"]
"""),
    ("services/tallyman/abi/abi-client.js", r"""
// ACE ABI via our service bureau's HTTPS gateway (filer code BK7)
const axios = require('axios');

const gw = axios.create({
  baseURL: 'https://abi-gw.customs-bureau.net/v2',
  auth: { username: 'BKWABI01', password: '«pw6:aceabi»' },  ⟦password|ABI gateway password in a Node axios config⟧
});

module.exports.sendEntry = (entry) => gw.post('/entries', entry);
"""),
    ("services/payrun/za/simplepay.py", r"""
import requests

SIMPLEPAY_KEY = "«hex:32-simplepay»"  ⟦app-secret|SimplePay (South Africa) API key⟧
CLIENT = "«num:6-simplepayclient»"  ⟪client id⟫


def payslips(period: str):
    return requests.get(f"https://api.payroll.simplepay.cloud/v1/clients/{CLIENT}/payslips",
                        params={"period": period}, headers={"Authorization": SIMPLEPAY_KEY}, timeout=20).json()
"""),
    ("services/payrun/nl/exact.json", r"""
{
  "division": 1734482,
  "client_id": "«uuid:exactid»",  ⟪client id⟫
  "client_secret": "«b62:12-exact»",  ⟦app-secret|Exact Online client secret (same as tfvars)⟧
  "refresh_token": "Sjwb!IAAAA«urlsafe:300-exactrt»"  ⟦app-secret|Exact Online refresh token⟧
}
"""),
    ("services/payrun/sg/xero.env", r"""
XERO_CLIENT_ID=«uhex:32-xeroid»  ⟪client id⟫
XERO_CLIENT_SECRET=«xero:sg»  ⟦app-secret|Xero client secret⟧
XERO_TENANT_ID=«uuid:xerotenant»  ⟪tenant id⟫
"""),
    ("services/payrun/br/totvs.ini", r"""
; integracao folha TOTVS Protheus (Santos) - exportacao eSocial
[TOTVS]
Servidor=totvs-ssz.ssz.bkw.local
Porta=8181
Usuario=integracao
Senha=«pwn:totvs»  ⟦password|TOTVS password (Senha) in an .ini (same as Terragrunt)⟧
Empresa=01
Filial=0101
[ESOCIAL]
Certificado=C:\Certificados\ecnpj-a1.pfx
SenhaCertificado=«pwp:ecnpja1»  ⟦password|e-CNPJ certificate password in the eSocial section⟧
"""),
    ("services/analytics/airflow/dags/terminal_kpis.py", r"""
from airflow import DAG
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator
from pendulum import datetime

with DAG("terminal_kpis", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    SqlToS3Operator(
        task_id="n4_moves",
        sql_conn_id="n4_reporting",  ⟪connection id⟫
        query="select * from n4_moves where move_date = '{{ ds }}'",
        s3_bucket="bkw-lake-614203897551",
        s3_key="raw/n4_moves/{{ ds }}.parquet",
        aws_conn_id="aws_lake",
    )
"""),
    ("services/analytics/airflow/connections.json", r"""
{
  "n4_reporting": {
    "conn_type": "oracle",
    "host": "n4db.rtm.bkw.local",
    "login": "N4_RO",
    "password": "«pw6:n4ro»",  ⟦password|Airflow connections export password (same as Glue)⟧
    "port": 1521,
    "extra": "{\"service_name\": \"N4RPT\"}"
  },
  "aws_lake": {
    "conn_type": "aws",
    "login": "«akid:airflowlake»",  ⟦aws-key-id|key id as an Airflow connection login⟧
    "password": "«awssec:airflowlake»",  ⟦aws-secret|secret as an Airflow connection password⟧
    "extra": "{\"region_name\": \"eu-west-1\"}"
  }
}
"""),
    ("services/analytics/dbt/profiles.yml", r"""
terminal:
  target: prod
  outputs:
    prod:
      type: redshift
      host: kpi.614203897551.eu-west-1.redshift-serverless.amazonaws.com
      user: dbt
      password: "{{ env_var('DBT_REDSHIFT_PASSWORD') }}"  ⟪env_var⟫
      port: 5439
      dbname: kpi
      schema: marts
    dev:
      type: redshift
      host: kpi.614203897551.eu-west-1.redshift-serverless.amazonaws.com
      user: dbt_dev
      password: «pwn:dbtdev»  ⟦password|dbt profile password⟧
      port: 5439
      dbname: kpi
      schema: dev_marts
"""),
    ("services/analytics/notebooks/dwell-time.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-key-id|key pair inline in a notebook cell⟧
    "df = pd.read_parquet('s3://bkw-lake-614203897551/raw/n4_moves/')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/cranewatch/kafka/client.properties", r"""
bootstrap.servers=b-1.telemetry.x8k2q1.c3.kafka.ap-southeast-1.amazonaws.com:9096
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="straddle-gw" password="«pwx:mskstraddle»";  ⟦password|Kafka JAAS password (same as the MSK secret)⟧
"""),
    ("services/weighbridge-web/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="WeighLog" connectionString="Data Source=wb01.rtm.bkw.local;Initial Catalog=WeighLog;User ID=wb_web;Password=«pwp:wbweb»" providerName="System.Data.SqlClient" />  ⟦conn-string|Web.config connection string with a password⟧
  </connectionStrings>
  <appSettings>
    <add key="MettlerUser" value="service" />
    <add key="MettlerPassword" value="«pw6:mettler»" />  ⟦password|XML appSettings password (same as CDK)⟧
    <add key="VgmSignatory" value="BKW RTM Weighbridge" />
  </appSettings>
  <system.web>
    <machineKey validationKey="«uhex:128-machinekey»" decryptionKey="«uhex:64-machinedec»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey⟧
  </system.web>
</configuration>
"""),
    ("services/radio-dispatch/appsettings.json", r"""
{
  "Zello": {
    "Network": "brakwater",
    "ApiKey": "«b62:40-zellodispatch»",  ⟦app-secret|Zello Work API key in dispatch appsettings⟧
    "AdminUser": "dispatch-admin"
  },
  "MotoTrbo": {
    "ControlStation": "10.44.6.20",
    "RadioId": 7011,
    "PrivacyKey": "«uhex:10-arc4»"  ⟦?password|MOTOTRBO basic privacy key (40-bit, a radio setting)⟧
  }
}
"""),
    ("services/notify/index.mjs", r"""
import { WebClient } from "@slack/web-api";

const slack = new WebClient("«xoxb:gatebot»");  ⟦slack|Slack bot token hard-coded in a Lambda⟧

export const handler = async (event) => {
  for (const r of event.Records) {
    const m = JSON.parse(r.body);
    await slack.chat.postMessage({ channel: "#rtm-gate-ops", text: `Lane ${m.lane}: ${m.reason}` });
  }
};
"""),
    ("services/notify/tests/test_handler.py", r"""
import os

os.environ["SLACK_BOT_TOKEN"] = "xoxb-test-token"  ⟪test-marked value in a test path⟫
os.environ["AWS_ACCESS_KEY_ID"] = "«docs:akid»"  ⟪documentation key⟫
os.environ["AWS_SECRET_ACCESS_KEY"] = "«docs:secret»"  ⟪documentation secret⟫


def test_message_format():
    assert "Lane 3" in "Lane 3: OCR mismatch"
"""),
    ("services/portal/.env.production", r"""
NEXT_PUBLIC_API_BASE=https://api.brakwater-port.com
NEXT_PUBLIC_MAPBOX_TOKEN=«mapboxpk:portal»  ⟪Mapbox public token⟫
NEXT_PUBLIC_STRIPE_PK=«pk:portal»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:portal»  ⟦stripe|Stripe live secret key for demurrage payments⟧
STRIPE_WEBHOOK_SECRET=«whsec:portal»  ⟦app-secret|Stripe webhook secret⟧
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
"""),
    ("services/portal/.env.example", r"""
NEXT_PUBLIC_API_BASE=http://localhost:8080
STRIPE_SECRET_KEY=sk_live_your_key_here  ⟪placeholder⟫
STRIPE_WEBHOOK_SECRET=
NEXTAUTH_SECRET=generate-with-openssl-rand  ⟪placeholder⟫
"""),
    ("services/portal/package-lock.json", r"""
{
  "name": "portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "15.0.3",
      "resolved": "https://registry.npmjs.org/next/-/next-15.0.3.tgz",
      "integrity": "«sri:next»"  ⟪SRI hash⟫
    }
  }
}
"""),
    ("services/quayline/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>bkw-nexus</id>
      <username>ci-quayline</username>
      <password>«pwx:nexusci»</password>  ⟦password|Maven settings.xml password (same as buildspec)⟧
    </server>
    <server>
      <id>bkw-nexus-snapshots</id>
      <username>ci-quayline</username>
      <password>«mvnenc:nexussnap»</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/berthplan/src/main/java/com/brakwater/berthplan/PilotClient.java", r"""
package com.brakwater.berthplan;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.util.Base64;

public final class PilotClient {
    private static final String USER = "bkw-berthplan";
    private static final String PASS = "«pwl:pilotage»";  ⟦password|pilotage order API password as a Java constant⟧

    HttpRequest order(String body) {
        String auth = Base64.getEncoder().encodeToString((USER + ":" + PASS).getBytes());
        return HttpRequest.newBuilder(URI.create("https://orders.loodswezen.nl/api/v2/orders"))
            .header("Authorization", "Basic " + auth)
            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
"""),
]
