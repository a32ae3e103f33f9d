"""fresh29 templates, application configuration (Java, .NET, Node, Python, Go, PHP, Ruby) of the MRO's
services. Markers: bench/corpora/render.py and README.md."""

FILES = []

JAVA = [("hangarflow", "pw"), ("cellwatch", "pwc"), ("toolcrib", "pwn"), ("ndtlog", "pwx"), ("oembridge", "pwl")]
for i, (svc, pk) in enumerate(JAVA):
    FILES.append((f"apps/{svc}/src/main/resources/application-prod.yml", f"""
spring:
  datasource:
    url: jdbc:postgresql://{svc}-db.internal:5432/{svc}
    username: {svc}_app
    password: «{pk}:spring-{svc}»  ⟦password|Spring datasource password⟧
  mail:
    host: email-smtp.eu-west-1.amazonaws.com
    username: «akid:ses-{svc}»  ⟦aws-ses-smtp|SES SMTP user (an access key ID)⟧
    password: «sesv4:ses-{svc}»  ⟦aws-ses-smtp|SES SMTP password⟧
kestrel:
  oem:
    portal-url: https://techpubs.{'aerolith' if i % 2 else 'vantorq'}-engines.com/api
    client-id: kestrel-{svc}
    client-secret: ${{OEM_CLIENT_SECRET}}  ⟪Spring placeholder⟫
  jwt:
    signing-key: «b64k:48-jwt-{svc}»  ⟦app-secret|JWT HMAC signing key⟧
"""))
    FILES.append((f"apps/{svc}/src/test/resources/application-test.yml", f"""
spring:
  datasource:
    url: jdbc:h2:mem:{svc}
    username: sa
    password: ""  ⟪empty password in a test profile⟫
kestrel:
  jwt:
    signing-key: test-signing-key-not-secret  ⟪test value in a test path⟫
"""))

FILES.append(("apps/partsyard/partsyard/settings/production.py", """
import os

DEBUG = False
SECRET_KEY = "«django:partsyard»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["partsyard.kestrel-mro.aero"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.mysql",
        "NAME": "partsyard",
        "USER": "partsyard",
        "PASSWORD": os.environ["PARTSYARD_DB_PASSWORD"],  ⟪os.environ lookup⟫
        "HOST": "partsyard-db.internal",
    }
}
ILS_MARKETPLACE_USER = "kestrel-stores"
ILS_MARKETPLACE_PASSWORD = "«pwc:ils»"  ⟦password|parts marketplace password in Django settings⟧
AWS_ACCESS_KEY_ID = "«akid:partsyard-s3»"  ⟦aws-key-id|static key in Django settings⟧
AWS_SECRET_ACCESS_KEY = "«awssec:partsyard-s3»"  ⟦aws-secret|static secret in Django settings⟧
AWS_STORAGE_BUCKET_NAME = "kat-partsyard-certs"
"""))
FILES.append(("apps/partsyard/partsyard/settings/ci.py", """
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-partsyard"  ⟪marked CI value⟫
DATABASES["default"]["PASSWORD"] = "partsyard"  ⟪local default equal to the user⟫
"""))
FILES.append(("apps/scopevault/.env.production", """
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://scopevault:«pwr:scopedb»@scopevault-db.internal:5432/scopevault  ⟦conn-string|database URL with password in .env⟧
SESSION_SECRET=«hex:64-scopesess»  ⟦app-secret|Express session secret⟧
OPENAI_API_KEY=«oai:scopevision»  ⟦openai|OpenAI key for borescope image captions⟧
S3_BUCKET=kat-scopevault-images
"""))
FILES.append(("apps/scopevault/.env.example", """
NODE_ENV=development
DATABASE_URL=postgres://scopevault:<password>@localhost:5432/scopevault  ⟪placeholder password⟫
SESSION_SECRET=replace-me  ⟪placeholder⟫
OPENAI_API_KEY=sk-your-key-here  ⟪placeholder⟫
"""))
FILES.append(("apps/scopevault/.gitignore", """
node_modules/
.env.production
dist/
"""))
FILES.append(("apps/efb-admin/appsettings.Production.json", """
{
  "ConnectionStrings": {
    "Efb": "Server=efb-sql.internal,1433;Database=EfbAdmin;User Id=efb_app;Password=«pwn:efbsql»;Encrypt=True"  ⟦conn-string|SQL Server connection string with password⟧
  },
  "AzureAd": {
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:efbadminapp»",  ⟪application id⟫
    "ClientSecret": "«azad:efbadmin»"  ⟦azure-ad|Entra client secret in appsettings⟧
  },
  "Jamf": {
    "Url": "https://kestrelaero.jamfcloud.com",
    "User": "api-efb",
    "Password": "«pw:jamf»"  ⟦password|Jamf API password, season + year⟧
  }
}
"""))
FILES.append(("apps/efb-admin/appsettings.Development.json", """
{
  "ConnectionStrings": {
    "Efb": "Server=(localdb)\\\\MSSQLLocalDB;Database=EfbAdmin;Trusted_Connection=True"  ⟪integrated security, no password⟫
  },
  "Jamf": { "Password": "" }
}
"""))
FILES.append(("apps/ndt-desktop/App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="NdtLogApi" value="https://ndtlog.kestrel-mro.aero/api/v2" />
    <add key="NdtLogApiKey" value="«uhex:32-ndtapi»" />  ⟦app-secret|NDT log API key in App.config⟧
    <add key="EddyCurrentShare" value="\\\\ks-fs01\\ndt$" />
    <add key="ShareUser" value="KESTREL\\svc-ndt" />
    <add key="SharePassword" value="«pwp:ndtshare»" />  ⟦password|file share password in App.config, short weak⟧
  </appSettings>
  <connectionStrings>
    <add name="Local" connectionString="Data Source=ndt.sqlite;Version=3;" />
  </connectionStrings>
</configuration>
"""))
FILES.append(("apps/trainpath/config/database.yml", """
production:
  adapter: mysql2
  database: trainpath
  host: trainpath-db.internal
  username: trainpath
  password: <%= ENV["TRAINPATH_DB_PASSWORD"] %>  ⟪ERB env lookup⟫
reporting:
  adapter: mysql2
  database: trainpath
  host: trainpath-ro.internal
  username: bi_reader
  password: «pwc:trainbi»  ⟦password|Rails database.yml password⟧
"""))
FILES.append(("apps/trainpath/config/credentials.yml", """
secret_key_base: «hex:128-trainskb»  ⟦app-secret|Rails secret_key_base⟧
moodle:
  token: «hex:32-moodle»  ⟦app-secret|Moodle web service token⟧
"""))
FILES.append(("apps/crewroster/config.go", """
package main

import "os"

type Config struct {
	DBURL        string
	PayrollToken string
	LicenceAPI   string
}

func Load() Config {
	return Config{
		DBURL:        os.Getenv("CREWROSTER_DB_URL"),  ⟪os.Getenv⟫
		PayrollToken: "«b62:40-payroll»",  ⟦app-secret|payroll provider token hard-coded in Go⟧
		LicenceAPI:   "https://licences.caa-portal.example.gov/api",
	}
}
"""))
FILES.append(("apps/crewroster/config.toml", """
[server]
listen = ":8443"

[database]
url = "postgres://crewroster:«pwx:crewdb»@crewroster-db.internal:5432/crewroster?sslmode=require"  ⟦conn-string|Postgres URL with password in TOML⟧

[bamboohr]
subdomain = "kestrelaero"
api_key = "«hex:40-bamboo»"  ⟦app-secret|BambooHR API key⟧
"""))
FILES.append(("apps/supplier-portal/config/config.php", """
<?php
return [
    'db' => [
        'dsn' => 'mysql:host=supplier-db.internal;dbname=suppliers',
        'user' => 'suppliers',
        'pass' => '«pwl:supplierdb»',  ⟦password|PHP config DB password, leetspeak⟧
    ],
    'stripe_secret' => '«sk:supplier»',  ⟦stripe|Stripe live secret key⟧
    'stripe_publishable' => '«pk:supplier»',  ⟪publishable key⟫
    'recaptcha_site_key' => '6L«okx:38-recap»',  ⟪reCAPTCHA site key, public⟫
];
"""))
FILES.append(("apps/lakehouse/profiles.yml", """
kestrel_lakehouse:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: kat-eu1
      user: DBT_PROD
      password: "{{ env_var('DBT_SNOWFLAKE_PASSWORD') }}"  ⟪env_var lookup⟫
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
    dev:
      type: snowflake
      account: kat-eu1
      user: WREN_ANALYST
      password: "«pwn:dbtdev»"  ⟦password|personal Snowflake password in dbt profiles⟧
"""))
FILES.append(("apps/lakehouse/dags/engine_trend.py", """
from airflow import DAG
from airflow.providers.http.operators.http import HttpOperator
import pendulum

ENGINE_OEM_TOKEN = "«jwt:engine-trend»"  ⟦jwt|long-lived OEM trend-monitoring JWT in a DAG⟧

with DAG("engine_trend_pull", start_date=pendulum.datetime(2026, 1, 1), schedule="@hourly") as dag:
    pull = HttpOperator(
        task_id="pull_egt_margins",
        http_conn_id="oem_trend",
        endpoint="/v1/fleet/egt",
        headers={"Authorization": f"Bearer {ENGINE_OEM_TOKEN}"},
    )
"""))
FILES.append(("apps/lakehouse/airflow.cfg", """
[core]
executor = CeleryExecutor
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧

[webserver]
secret_key = «hex:32-afweb»  ⟦app-secret|Airflow webserver secret_key⟧

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pw:airflowdb»@airflow-meta.internal/airflow  ⟦conn-string|Airflow metadata DB URL with password⟧
"""))
FILES.append(("apps/edigate/edigate.properties", """
edi.partner.northwind.host=sftp.northwind-air.com
edi.partner.northwind.user=kestrel_mro
edi.partner.northwind.password=«pw6:nwedi»  ⟦password|partner SFTP password in .properties⟧
edi.partner.skylark.as2.url=https://as2.skylarkairways.com/receive
edi.partner.skylark.as2.keystore.password=«pp:as2pass»  ⟦password|AS2 keystore passphrase in .properties⟧
edi.partner.helvetic.api.key=«b62:32-helvkey»  ⟦app-secret|customer airline API key in .properties⟧
edi.spec2000.sender=KATMRO
edi.archive.bucket=kat-edi-archive
"""))
FILES.append(("apps/edigate/edigate-test.properties", """
edi.partner.northwind.host=localhost
edi.partner.northwind.password=test  ⟪test value in a test properties file⟫
"""))
FILES.append(("apps/hangarflow/settings.gradle.properties", """
org.gradle.jvmargs=-Xmx2g
nexusUrl=https://nexus.kestrel-mro.aero/repository/maven-releases/
nexusUser=deployer
nexusPassword=«pwc:nexus»  ⟦password|Nexus password in gradle.properties⟧
"""))
FILES.append(("apps/efb-app/src/config.ts", """
export const config = {
  apiBase: 'https://efbsync.kestrel-mro.aero',
  firebase: {
    apiKey: '«aiza:efbweb»',  ⟪Firebase web key, public⟫
    projectId: 'kat-efb',
  },
  sentryDsn: '«sentrynew:efbapp»',  ⟪modern Sentry DSN⟫
  mapsKey: '«aiza:efbmaps»',  ⟪Maps key, public⟫
  weatherToken: '«hex:32-avwx»',  ⟦app-secret|aviation weather API key shipped in app config⟧
};
"""))
FILES.append(("apps/efb-app/android/gradle.properties", """
android.useAndroidX=true
KAT_UPLOAD_STORE_FILE=kat-upload.jks
KAT_UPLOAD_KEY_ALIAS=upload
KAT_UPLOAD_STORE_PASSWORD=«pwl:uploadks»  ⟦password|Android upload keystore password⟧
KAT_UPLOAD_KEY_PASSWORD=«pwl:uploadks»  ⟦password|Android upload key password⟧
"""))
FILES.append(("apps/oembridge/src/clients/vantorq.js", """
const axios = require('axios');

// Vantorq engine manuals (EMM) and service bulletins
const client = axios.create({
  baseURL: 'https://api.vantorq-engines.com/techpubs/v3',
  headers: { 'X-Api-Key': '«hex:40-oemsync»' },  ⟦app-secret|OEM API key hard-coded in a client⟧
});

module.exports = { client };
"""))
FILES.append(("apps/oembridge/src/clients/regulator.py", """
import requests

PORTAL = "https://eportal.caa-regulator.example.gov"  # documentation host of the regulator sandbox
SESSION = requests.Session()
SESSION.auth = ("kestrel-part145", "«pwx:regportal»")  ⟦password|regulator portal password in a client⟧


def submit_occurrence(report: dict) -> str:
    r = SESSION.post(f"{PORTAL}/mor/submit", json=report, timeout=30)
    r.raise_for_status()
    return r.json()["reference"]
"""))
