"""fresh30 templates, applications (Kestrelway Rail & Metro): fare back office, journey-planner app, crew app,
open-data publisher, on-board Wi-Fi portal, PIS, control-centre tools.
Markers: render.py and README.md."""

FILES = [
    ("apps/farebridge/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://taps.cluster-c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com:5432/taps
    username: farebridge
    password: «pwc:springtaps»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-«uuid:mqhost».mq.eu-west-2.amazonaws.com  ⟪broker id⟫
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
acquirer:
  endpoint: https://api.payments-acq.co.uk/v2
  merchant-id: 4412003817  ⟪merchant id⟫
  api-key: «b62:48-springacq»  ⟦app-secret|acquirer API key in Spring config⟧
"""),
    ("apps/farebridge/src/test/resources/application-test.yml", r"""
acquirer:
  endpoint: http://localhost:8089
  api-key: test-acquirer-key-not-real  ⟪test value in test path⟫
spring:
  datasource:
    password: test  ⟪test password⟫
"""),
    ("apps/farebridge/config/hsm.properties", r"""
# payShield 10K via the farebridge HSM proxy
hsm.host=10.60.4.21
hsm.port=1500
hsm.lmk.id=00
hsm.header=KRM1
# ZMK components for the acquirer key exchange (2 of 3 custodians, ceremony 2026-06-02)
zmk.component.1=«zmk:comp1»  ⟦app-secret|ZMK component in a properties file⟧
zmk.component.2=«zmk:comp2»  ⟦app-secret|second ZMK component⟧
zmk.kcv=«kcv:zmk»  ⟪key check value⟫
"""),
    ("apps/tvm-shell/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="StationCode" value="HWT" />
    <add key="CentralDbUser" value="tvm_sync" />
    <add key="CentralDbPassword" value="«pw6:tvmcentral»" />  ⟦password|.NET appSettings password on a TVM⟧
    <add key="EngineerMenuPin" value="«pin:6-tvmengpin»" />  ⟦password|TVM engineer menu PIN⟧
    <add key="ReceiptPrinter" value="EPSON TM-T88VII" />
  </appSettings>
  <connectionStrings>
    <add name="Local" connectionString="Data Source=.\SQLEXPRESS;Initial Catalog=TvmLocal;User Id=tvm;Password=«pwp:tvmlocalsql»;" />  ⟦conn-string|SQL Server connection string with password⟧
  </connectionStrings>
</configuration>
"""),
    ("apps/journey-app/.env.production", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=pk.eyJ1Ijoia2VzdHJlbHdheSIsImEiOiJj«lo:20-mapboxweb»In0.«urlsafe:16-mapboxwebsig»  ⟪Mapbox public token⟫
NEXT_PUBLIC_API_BASE=https://api.kestrelway.co.uk
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
SENTRY_DSN=«sentrynew:journeyweb»  ⟪modern Sentry DSN⟫
OTP_ADMIN_TOKEN=«hex:40-otpadmin»  ⟦app-secret|OpenTripPlanner admin token⟧
"""),
    ("apps/journey-app/.env.example", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=<your-mapbox-token>  ⟪placeholder⟫
NEXTAUTH_SECRET=replace-me  ⟪placeholder⟫
OTP_ADMIN_TOKEN=
"""),
    ("apps/journey-app/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
KRM_UPLOAD_STORE_FILE=kestrelway-upload.jks
KRM_UPLOAD_KEY_ALIAS=upload
KRM_UPLOAD_STORE_PASSWORD=«pwn:uploadstore»  ⟦password|Android keystore password in gradle.properties⟧
KRM_UPLOAD_KEY_PASSWORD=«pwn:uploadstore»  ⟦password|same password as key password⟧
"""),
    ("apps/journey-app/ios/Config/Release.xcconfig", r"""
API_BASE = https:/$()/api.kestrelway.co.uk
ONESIGNAL_APP_ID = «uuid:onesignalapp»  ⟪OneSignal app id⟫
TICKETING_SDK_SECRET = «b62:40-ticketsdk»  ⟦app-secret|mobile ticketing SDK secret in xcconfig⟧
"""),
    ("apps/journey-app/src/ticketing/barcode.ts", r"""
// Mobile ticket barcodes follow the regional smart-ticketing spec (signed 2D barcode, ECDSA P-256).
// The private key lives in the ticket issuing service (KMS); the app only carries the verification key.
export const BARCODE_VERIFY_KEY = `«pubpem:ecbarcode»`;  ⟪public key PEM⟫
export const ISSUER_ID = 'KRM';
"""),
    ("apps/crew-app/server/settings_prod.py", r"""
import os

DEBUG = False
ALLOWED_HOSTS = ["crew.kestrelway.co.uk"]
SECRET_KEY = "«django:crewapp»"  ⟦app-secret|Django SECRET_KEY⟧
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "crew",
        "USER": "crew_app",
        "PASSWORD": os.environ["CREW_DB_PASSWORD"],  ⟪os.environ⟫
        "HOST": "rosterline-prod.c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com",
    }
}
EMAIL_HOST = "email-smtp.eu-west-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:crewses»"  ⟦aws-ses-smtp|SES SMTP user (access key id) in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:crewses»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
"""),
    ("apps/crew-app/server/settings_ci.py", r"""
from .settings_prod import *  # noqa
SECRET_KEY = "ci-only-not-secret-django-key"  ⟪test value⟫
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
"""),
    ("apps/crew-app/server/roster_client.py", r"""
import requests

ROSTER_BASE = "https://rosterline.internal.kestrelway.co.uk/api/v2"
# TODO(ruairi): move to Secrets Manager before go-live
ROSTER_SERVICE_TOKEN = "«okx:40-rosterclient»"  ⟦app-secret|roster service token hard-coded in a client⟧


def duties(driver_id: str, day: str) -> list:
    r = requests.get(f"{ROSTER_BASE}/drivers/{driver_id}/duties", params={"day": day},
                     headers={"Authorization": f"Bearer {ROSTER_SERVICE_TOKEN}"}, timeout=10)
    r.raise_for_status()
    return r.json()["duties"]
"""),
    ("apps/opendata/publisher/config.toml", r"""
[feed]
agency_id = "KRM"
gtfs_rt_url = "https://api.kestrelway.co.uk/gtfs-rt/tripupdates"
vehicle_positions_interval = 15

[siri]
producer_ref = "KESTRELWAY"
northmoor_endpoint = "https://siri.northmoorbuses.co.uk/siri/2.0"
northmoor_password = "«pwp:northmoortoml»"  ⟦password|SIRI partner password in TOML⟧

[datahub]
client_id = "kestrelway-opendata"
client_secret_ref = "ssm:/opendata/datahub-secret"  ⟪SSM reference⟫
"""),
    ("apps/opendata/publisher/siri_subscribe.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Siri version="2.0" xmlns="http://www.siri.org.uk/siri">
  <SubscriptionRequest>
    <RequestTimestamp>2026-10-02T05:00:00Z</RequestTimestamp>
    <RequestorRef>KESTRELWAY_RTI</RequestorRef>
    <ConsumerAddress>https://api.kestrelway.co.uk/siri/notify</ConsumerAddress>
    <Extensions>
      <AccessToken>«okx:36-siriaccess»</AccessToken>  ⟦app-secret|partner SIRI access token in a request⟧
    </Extensions>
    <VehicleMonitoringSubscriptionRequest>
      <SubscriberRef>KRM</SubscriberRef>
      <SubscriptionIdentifier>«uuid:sirisub»</SubscriptionIdentifier>  ⟪subscription id⟫
    </VehicleMonitoringSubscriptionRequest>
  </SubscriptionRequest>
</Siri>
"""),
    ("apps/wifi-portal/portal.ini", r"""
[portal]
title = Kestrelway Free Wi-Fi
session_minutes = 240

[radius]
server = 10.90.0.10
secret = «pwr:portalradius»  ⟦password|RADIUS secret in portal ini⟧

[marketing]
mailchimp_api_key = «mailchimp:portal»  ⟦mailchimp|Mailchimp API key in portal ini⟧
"""),
    ("apps/pis/player.conf", r"""
# on-board PIS player (saloon TFTs, 87 units)
[cms]
url = https://cms.kestrelway.co.uk
user = pis-unit
password = «pwl:pisplayer»  ⟦password|PIS player CMS password⟧
[tcms]
# train control and management system (read-only MVB/ETH gateway)
gateway = 192.168.50.1
port = 17224
"""),
    ("apps/occ-tools/incident_mailer.ps1", r"""
# Control centre incident mailer - runs on OCC-UTIL01 every 2 minutes
$smtpUser = "«akid:occmailer»"  ⟦aws-ses-smtp|SES SMTP user in PowerShell⟧
$smtpPass = ConvertTo-SecureString "«sesv4:occmailer»" -AsPlainText -Force  ⟦aws-ses-smtp|SES SMTP password in PowerShell⟧
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)
Send-MailMessage -SmtpServer email-smtp.eu-west-2.amazonaws.com -Port 587 -UseSsl -Credential $cred `
  -From occ@kestrelway.co.uk -To control-log@kestrelway.co.uk -Subject "OCC log $(Get-Date -Format s)"
"""),
    ("apps/occ-tools/tetra_sds.py", r"""
'''Send SDS text messages to train radios through the TETRA dispatcher gateway.'''
import socket

GATEWAY = ("10.44.2.30", 5069)
USER = "occ-sds"
PASSWORD = "«pwn:tetrasds»"  ⟦password|TETRA gateway password in a script⟧


def send(issi: int, text: str) -> None:
    with socket.create_connection(GATEWAY, timeout=5) as s:
        s.sendall(f"LOGIN {USER} {PASSWORD}\r\nSDS {issi} {text}\r\n".encode())
"""),
    ("apps/delay-repay/config/production.json", r"""
{
  "stripe": {"publishableKey": "«pk:delayrepay»", "secretKey": "«sk:delayrepay»"},  ⟦stripe|Stripe live secret key in JSON config⟧
  "ticketLookup": {"url": "https://farebridge.internal.kestrelway.co.uk", "token": "«okx:32-ticketlookup»"},  ⟦app-secret|ticket lookup token in JSON config⟧
  "claimsMailbox": "delayrepay@kestrelway.co.uk"
}
"""),
    ("apps/delay-repay/tests/fixtures/stripe_webhook.json", r"""
{
  "id": "evt_1Q«b62:20-evtid»",  ⟪event id⟫
  "type": "payment_intent.succeeded",
  "signing_secret_used": "whsec_test_localonly_0000000000",  ⟪test value in test path⟫
  "data": {"object": {"amount": 1240, "currency": "gbp"}}
}
"""),
    ("apps/asset-register/maximo.properties", r"""
mxe.db.url=jdbc:oracle:thin:@maxdb.kestrelway.local:1521/MAXPRD
mxe.db.user=maximo
mxe.db.password=«pwc:maximodb»  ⟦password|Maximo database password⟧
mxe.int.dfltuser=MXINTADM
mail.smtp.host=email-smtp.eu-west-2.amazonaws.com
"""),
    ("apps/ridership/notebooks/gate_taps_eda.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Gate taps - Sept peak shoulder analysis"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [],
   "source": ["import boto3\n", "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n"]},  ⟦aws-key-id|key pair in a notebook cell⟧
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [],
   "source": ["df = read_taps(s3, 'krm-lake', 'taps/2026/09/')\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/ridership/dbt/profiles.yml", r"""
ridership:
  target: prod
  outputs:
    prod:
      type: redshift
      host: ridership.618204937751.eu-west-2.redshift-serverless.amazonaws.com
      user: dbt_ridership
      password: «pwx:dbtredshift»  ⟦password|dbt profiles password⟧
      dbname: lake
      schema: marts
    dev:
      type: redshift
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
"""),
    ("apps/ridership/airflow/connections.json", r"""
{
  "apc_vendor": {"conn_type": "http", "host": "api.countmatic.eu", "login": "kestrelway", "password": "«pw:apcairflow»"},  ⟦password|Airflow connection export password⟧
  "redshift_lake": {"conn_type": "postgres", "host": "ridership.618204937751.eu-west-2.redshift-serverless.amazonaws.com", "login": "airflow", "password": "«pwr:airflowrs»"}  ⟦password|Airflow connection password⟧
}
"""),
    ("apps/ridership/airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
[webserver]
secret_key = «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret_key⟧
[celery]
broker_url = redis://:«pwr:airflowredis»@airflow-redis:6379/0  ⟦conn-string|Redis URL with password⟧
"""),
    ("apps/lost-property/wp-config.php", r"""
<?php
define('DB_NAME', 'lostprop');
define('DB_USER', 'lostprop');
define('DB_PASSWORD', '«pwn:wplost»');  ⟦password|WordPress DB_PASSWORD⟧
define('DB_HOST', 'lostprop.c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com');
define('AUTH_KEY',         '«django:wpauth»');  ⟦app-secret|WordPress AUTH_KEY⟧
define('SECURE_AUTH_KEY',  'put your unique phrase here');  ⟪WordPress placeholder⟫
"""),
    ("apps/station-cms/go/config.go", r"""
package config

import "os"

type Config struct {
	DBURL        string
	TwilioToken  string
	MapsKey      string
}

func Load() Config {
	return Config{
		DBURL:       "postgres://stationcms:«pwl:stationcmsgo»@cms-db.kestrelway.local:5432/cms?sslmode=require",  ⟦conn-string|Postgres URL with password in Go⟧
		TwilioToken: os.Getenv("TWILIO_AUTH_TOKEN"),  ⟪os.Getenv⟫
		MapsKey:     "«aiza:stationcms»",  ⟪Google browser key⟫
	}
}
"""),
    ("apps/help-points/sip.conf", r"""
[general]
context=helppoints
allowguest=no

[hp-hwt-01]
type=friend
host=dynamic
secret=«pw6:sip-hwt01»  ⟦password|Asterisk SIP secret for a station help point⟧
context=helppoints

[hp-mlb-03]
type=friend
host=dynamic
secret=«pw6:sip-mlb03»  ⟦password|Asterisk SIP secret for a help point⟧

[occ-console]
type=friend
secret=«pwp:sip-occ»  ⟦password|Asterisk SIP secret for the OCC console⟧
"""),
    ("apps/tdr-decoder/README.md", r"""
# tdr-decoder

Decodes train data recorder (OTMR/JRU) downloads into Parquet for incident investigation.

Input files arrive from depot Wi-Fi offload (`s3://krm-tdr-raw/`). ETCS JRU files follow SUBSET-027.

Run locally:

```
AWS_PROFILE=krm-tdr ./tdr-decoder --in HWT/2026-11-03/unit387.jru --out /tmp/out
```

Credentials: use the `krm-tdr` SSO profile; never an access key.  ⟪pointer to SSO⟫
"""),
]
