"""fresh37 templates, application configuration and code (Karrabin Resources): fleet management, autonomy,
LIMS, blasting, survey, camp and roster apps, data platform. Markers: render.py and README.md."""

FILES = [
    ("services/haulmind/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://dispatch.cluster-c8x2.ap-southeast-2.rds.amazonaws.com:5432/dispatch
    username: fms_app
    password: «pwc:haulmindspring»  ⟦password|Spring datasource password⟧
  kafka:
    bootstrap-servers: b-1.fms-msk.kafka.ap-southeast-2.amazonaws.com:9096
    properties:
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="fms" password="«pwr:mskscram»";  ⟦password|SASL JAAS password⟧
haulmind:
  optimiser:
    licence-key: ${OPTIMISER_LICENCE}  ⟪Spring placeholder⟫
  payload:
    tolerance-tonnes: 12.5
"""),
    ("services/haulmind/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:dispatch
    username: sa
    password: ""  ⟪empty password in a test profile⟫
haulmind:
  gateway:
    shared-secret: unit-test-shared-secret-not-real  ⟪test value in a test path⟫
"""),
    ("services/assaylink/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Lims": "Server=lims-db.tarrow.local;Database=LabWorks;User Id=lims_rw;Password=«pwx:limsconn»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "Instruments": {
    "XrfBridgeUrl": "http://10.61.2.40:8080",
    "XrfBridgeApiKey": "«hex:32-xrf»",  ⟦app-secret|XRF instrument bridge API key⟧
    "IcpSharePassword": "«pwp:icpshare»"  ⟦password|ICP-OES share password⟧
  },
  "Logging": {"LogLevel": {"Default": "Information"}}
}
"""),
    ("services/assaylink/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Lims": "Server=(localdb)\\MSSQLLocalDB;Database=LabWorks;Trusted_Connection=True"  ⟪integrated security, no password⟫
  },
  "Instruments": {"XrfBridgeApiKey": "<your-xrf-bridge-key>"}  ⟪angle-bracket placeholder⟫
}
"""),
    ("services/shotfirer/.env.production", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=pk.«b62:60-mbxshot».«b62:22-mbxshot2»  ⟪Mapbox public token⟫
NEXTAUTH_URL=https://shotfirer.karrabin.com.au
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
DATABASE_URL=postgresql://shotfirer:«pwn:shotdb»@shotfirer-db.karrabin.internal:5432/blast  ⟦conn-string|database URL with a password⟧
BLASTIQ_API_KEY=«okx:40-blastiqweb»  ⟦app-secret|blast vendor API key in .env⟧
NEXT_PUBLIC_SENTRY_DSN=«sentrynew:shotfirer»  ⟪modern Sentry DSN⟫
"""),
    ("services/shotfirer/.env.example", r"""
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪instruction placeholder⟫
DATABASE_URL=postgresql://shotfirer:password@localhost:5432/blast  ⟪documentation password⟫
BLASTIQ_API_KEY=
"""),
    ("services/magtrack/config/settings.py", r"""
# magtrack - explosives magazine stock and transfer register (AN, ANFO, emulsion, boosters, detonators)
import os

DEBUG = False
SECRET_KEY = "«django:magtrack»"  # ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["magtrack.karrabin.com.au"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "magtrack",
        "USER": "magtrack",
        "PASSWORD": os.environ["MAGTRACK_DB_PASSWORD"],  # ⟪os.environ lookup⟫
        "HOST": "magtrack-db.karrabin.internal",
    }
}
# the RFID portal on magazine 3 posts with this key (reader firmware cannot do OAuth)
MAGAZINE_READER_KEY = "«b62:24-magrfid»"  # ⟦app-secret|RFID reader shared key in settings⟧
EMAIL_HOST = "email-smtp.ap-southeast-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:magsmtp»"  # ⟦aws-key-id|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:magsmtp»"  # ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
"""),
    ("services/magtrack/tests/test_reader.py", r"""
from magtrack.readers import verify

READER_KEY = "readerkey-for-tests-only-000000"  # ⟪test value in a test file⟫


def test_verify_rejects_bad_signature():
    assert not verify(b"payload", "00" * 32, READER_KEY)
"""),
    ("services/surveyhub/surveyhub/config.toml", r"""
[propeller]
site_id = "tarrow-main-pit"
api_token = "«okx:48-propeller»"  ⟦app-secret|drone survey platform token in TOML⟧

[dji]
app_key = "«hex:32-djiappkey»"  ⟪DJI SDK app key, an identifier shipped in the app⟫
app_secret = "«hex:32-djiappsecret»"  ⟦app-secret|DJI developer app secret⟧

[ntrip]
caster = "ntrip.karrabin.internal:2101"
mountpoint = "TARROW_RTK"
user = "drone01"
password = "«pwp:ntrip»"  ⟦password|NTRIP caster password⟧
"""),
    ("services/surveyhub/notebooks/volume_reconciliation.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# ROM stockpile volumes vs weightometer tonnes (Oct)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbsurvey»',\n",  ⟦aws-key-id|key id in a notebook cell⟧
    "                  aws_secret_access_key='«awssec:nbsurvey»')\n",  ⟦aws-secret|secret in a notebook cell⟧
    "obj = s3.get_object(Bucket='krb-survey-pointclouds', Key='2026-10/rom2.las')"
   ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": [
    "import pyodbc\n",
    "cn = pyodbc.connect('DRIVER={ODBC Driver 18 for SQL Server};SERVER=pi-mirror;UID=pi_ro;PWD=«pwn:nbpi»')"  ⟦conn-string|ODBC connection string in a notebook⟧
   ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/campstay/config/production.php", r"""
<?php
// campstay - room allocation for Tarrow Village (1,480 rooms, blocks A-K) and the airstrip transfers
return [
    'db' => [
        'host' => 'campstay-db.karrabin.internal',
        'user' => 'campstay',
        'pass' => '«pwc:campphp»',  // ⟦password|PHP config password⟧
    ],
    'keycafe_api_key' => '«b62:32-keycafe»',  // ⟦app-secret|key locker API key⟧
    'app_key' => '«laravel:campstay»',  // ⟦app-secret|Laravel APP_KEY⟧
    'recaptcha_site_key' => '6L«b62:38-recap»',  // ⟪reCAPTCHA site key, public⟫
];
"""),
    ("services/roster/roster/successfactors.py", r"""
# Pull FIFO rosters (2/1 and 8/6 swings) from SuccessFactors and push to campstay and the charter manifest.
import requests

SF_BASE = "https://api10.sapsf.com/odata/v2"
SF_USER = "ROSTERSYNC@karrabinP"
SF_PASS = "«pwl:sfroster»"  # ⟦password|SuccessFactors API password in code⟧
CHARTER_TOKEN = "«jwt:charter»"  # ⟦jwt|charter airline bearer token (JWT) in code⟧


def rosters(period):
    return requests.get(f"{SF_BASE}/EmpJob", auth=(SF_USER, SF_PASS), params={"$filter": period}, timeout=60).json()
"""),
    ("services/railout/railout/loadout.go", r"""
package railout

// Train loadout: 240 ore cars per consist, 6 minute target per car under the bin.
const (
	tloEndpoint   = "opc.tcp://10.70.1.15:4840"
	tloUser       = "railout"
	tloPassword   = "«pw6:tlogo»" // ⟦password|OPC UA password in Go code⟧
	railPortalKey = "«b62:40-railportal»" // ⟦app-secret|rail operator portal API key in Go⟧
	consistCars   = 240
)
"""),
    ("services/railout/go.sum", r"""
github.com/gopcua/opcua v0.5.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/gopcua/opcua v0.5.3/go.mod h1:«b64k:32-gosum2»  ⟪go.sum hash⟫
"""),
    ("services/tyretrack/tyretrack.ini", r"""
[database]
server = fleetdb01
database = TyreTrack
uid = tyre_app
pwd = «pwp:tyreini»  ; ⟦password|INI pwd⟧

[otr_supplier]
; OTR tyre supplier's portal (pressure/temp sensors via gateway)
portal_url = https://portal.otr-tyre-partner.com/api
api_user = karrabin.tarrow
api_key = «hex:40-otrtyre»  ; ⟦app-secret|tyre supplier API key in INI⟧
"""),
    ("services/fuelbay/fuelbay.properties", r"""
# fuel management - bowsers, fuel trucks, pit fuel bay RFID nozzles
fuelbay.db.url=jdbc:sqlserver://fleetdb01:1433;databaseName=Fuel
fuelbay.db.user=fuel_app
fuelbay.db.password=«pwc:fuelprops»  # ⟦password|.properties password⟧
fuelbay.supplier.edi.password=«pwr:fueledi»  # ⟦password|fuel supplier EDI password⟧
fuelbay.nozzle.hmac=ENC(«b64k:24-jasypt»)  # ⟪Jasypt-encrypted value⟫
"""),
    ("data/dbt/profiles.yml", r"""
karrabin:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: karrabin-tarrow_prd
      user: DBT_PROD
      password: "«snowpw:dbt»"  ⟦password|dbt profiles Snowflake password⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: MINE
      schema: marts
    dev:
      type: snowflake
      account: karrabin-tarrow_prd
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪dbt env_var⟫
"""),
    ("data/airflow/dags/grade_control.py", r"""
from airflow import DAG
from airflow.providers.microsoft.mssql.hooks.mssql import MsSqlHook
import pendulum

PI_WEBAPI_USER = "svc_piweb"
PI_WEBAPI_PASSWORD = "«pwn:dagpi»"  # ⟦password|password constant in an Airflow DAG⟧

with DAG("grade_control_reconcile", start_date=pendulum.datetime(2026, 1, 1), schedule="@hourly") as dag:
    pass
"""),
    ("data/airflow/connections.json", r"""
{
  "lims_mssql": {"conn_type": "mssql", "host": "lims-db", "login": "lims_ro", "password": "«pw:airflowlims»", "port": 1433},  ⟦password|Airflow connections export password⟧
  "snowflake_default": {"conn_type": "snowflake", "login": "AIRFLOW", "password": "{{ var.value.sf_pw }}"},  ⟪Jinja variable⟫
  "aws_default": {"conn_type": "aws", "extra": {"region_name": "ap-southeast-2"}}
}
"""),
    ("data/airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow fernet key⟧
[webserver]
secret_key = «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key⟧
base_url = https://airflow.data.karrabin.com.au
[celery]
broker_url = redis://:«pwr:afredis»@airflow-redis:6379/0  ⟦conn-string|Redis broker URL with a password⟧
"""),
    ("services/ahs/supervisor/config/ahs.yaml", r"""
# AHS supervisor - interface to the OEM autonomy server (fleet of 38 autonomous 930E-class trucks)
oem_server:
  host: ahs-oem.pit.karrabin.internal
  port: 9443
  client_cert: /etc/ahs/certs/supervisor.crt
  client_key_passphrase: «pwx:ahskey»  ⟦password|client key passphrase⟧
exclusion_zones:
  sync_url: https://geofence.karrabin.internal/api/zones
  token: «okx:40-geofence»  ⟦app-secret|geofence service token⟧
lidar_map_tiles:
  bucket: krb-ahs-maps
  kms_key: alias/ahs-maps  ⟪KMS alias⟫
"""),
    ("services/ahs/supervisor/certs/supervisor.key", r"""
«pem:pkcs1:rsaahs»  ⟦private-key|AHS supervisor client key⟧
"""),
    ("services/ahs/supervisor/certs/supervisor.crt", r"""
«cert:ecahscrt:ahs-supervisor.pit.karrabin.internal»  ⟪certificate⟫
"""),
    ("services/plantsight/ignition/gateway-backup/db-connections.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<connections>
  <connection name="MES_SQL" driver="MSSQL JTDS">
    <connectUrl>jdbc:jtds:sqlserver://plant-sql01:1433/MES</connectUrl>
    <username>ignition</username>
    <password>«pwc:ignitiondb»</password>  ⟦password|Ignition gateway DB connection password⟧
  </connection>
  <connection name="Historian" driver="MSSQL JTDS">
    <username>hist_ro</username>
    <password encrypted="true">«uhex:64-ignenc»</password>  ⟪encrypted password in a gateway backup⟫
  </connection>
</connections>
"""),
    ("services/plantsight/mqtt/mosquitto.passwd", r"""
sparkplug-edge:$7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto PBKDF2 hash⟫
"""),
    ("services/weighbridge/WeighbridgeService.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="IndicatorPort" value="COM3" />
    <add key="SapRfcUser" value="RFC_WB" />
    <add key="SapRfcPassword" value="«pwl:saprfc»" />  ⟦password|SAP RFC password in app.config⟧
    <add key="CameraNvrPassword" value="«pw6:nvr»" />  ⟦password|ANPR camera NVR password⟧
  </appSettings>
</configuration>
"""),
    ("services/campstay/mobile/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
CAMPSTAY_UPLOAD_STORE_PASSWORD=«pwn:upload»  # ⟦password|Android upload keystore password⟧
CAMPSTAY_UPLOAD_KEY_ALIAS=upload
MAPS_API_KEY=«aiza:campmaps»  # ⟪Google Maps key, restricted and public⟫
"""),
    ("services/campstay/mobile/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gcp»", "project_id": "campstay-karrabin"},
  "client": [{"api_key": [{"current_key": "«aiza:campfb»"}]}]  ⟪Firebase API key, public⟫
}
"""),
    ("services/pibridge/piconfig/pi-to-s3.ps1", r"""
# nightly export of PI archive tags to S3 for the data lake (runs on PIINT01 as a scheduled task)
$ErrorActionPreference = 'Stop'
$env:AWS_ACCESS_KEY_ID = '«akid:pis3»'  # ⟦aws-key-id|key id in a PowerShell export script⟧
$env:AWS_SECRET_ACCESS_KEY = '«awssec:pis3»'  # ⟦aws-secret|secret in a PowerShell export script⟧
$cred = New-Object System.Management.Automation.PSCredential('KARRABIN\svc_pi', (ConvertTo-SecureString '«pwp:pips»' -AsPlainText -Force))  # ⟦password|PSCredential password⟧
Get-PIArchiveTag -Connection $con | Export-Csv C:\export\tags.csv
aws s3 cp C:\export\tags.csv s3://krb-lake-raw/pi/
"""),
    ("services/surveyhub/tools/upload_fleet_map.sh", r"""
#!/bin/bash
# push the updated haul road network to the FMS and the AHS map server
set -euo pipefail
export FMS_API_TOKEN="$(aws ssm get-parameter --name /fms/api-token --with-decryption --query Parameter.Value --output text)"  ⟪SSM lookup⟫
curl -sf -u surveyor:«pwl:mapupload» -F file=@roads.dxf https://fms.pit.karrabin.internal/api/maps  ⟦password|curl -u password⟧
"""),
]
