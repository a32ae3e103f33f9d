"""fresh25 templates, application configuration and code (Ironvale Civil & Building): Spring, .NET, Django,
Next.js, Android, Go, Node, Python integrations with construction platforms, VBA, PowerShell, notebooks,
dbt, Airflow.
Markers: render.py and README.md."""

FILES = [
    ("services/costbook/src/main/resources/application-prod.yml", r"""
server:
  port: 8080
spring:
  datasource:
    url: jdbc:postgresql://costbook-prod.cq7x1aa2b3c4.us-east-2.rds.amazonaws.com:5432/costbook
    username: costbook_app
    password: «pwc:costbookapp»  ⟦password|Spring datasource password⟧
  jpa:
    open-in-view: false
vista:
  datasource:
    url: jdbc:sqlserver://den-vista-sql01.ironvale.local:1433;databaseName=Viewpoint
    username: svc_costbook
    password: ${VISTA_SQL_PASSWORD}  ⟪Spring placeholder⟫
spectrum:
  endpoint: https://spectrum.ironvale-civil.ca/ws/
  company-code: IVC
  authorization-id: «spectrum:sde-calgary»  ⟦app-secret|Spectrum authorization id in Spring YAML (reused)⟧
"""),
    ("services/costbook/src/main/resources/application.properties", r"""
spring.application.name=costbook
management.endpoints.web.exposure.include=health,info
sage.cre.odbc.dsn=Timberline Data Source
sage.cre.odbc.uid=costbook
sage.cre.odbc.pwd=«pw6:sagecre»  ⟦password|Sage 300 CRE ODBC password in .properties (reused)⟧
lcptracker.api.base=https://api.lcptracker.net/v2
lcptracker.api.key=${LCPTRACKER_API_KEY}  ⟪Spring placeholder⟫
"""),
    ("services/costbook/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:costbook
    username: sa
    password: ""  ⟪empty test password⟫
spectrum:
  authorization-id: TEST-AUTH-ID-NOT-REAL  ⟪test-marked value in a test path⟫
hcss:
  client-secret: test-client-secret  ⟪test-marked value⟫
"""),
    ("services/costbook/.mvn/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>ironvale-nexus</id>
      <username>ci-deploy</username>
      <password>«pwx:nexus»</password>  ⟦password|Maven settings.xml password (reused)⟧
    </server>
    <server>
      <id>ironvale-nexus-snapshots</id>
      <username>ci-deploy</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/plancore/src/Plancore.Sync/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Plancore": "Server=tcp:plancore-sql.ironvale.local,1433;Database=Plancore;User Id=plancore_app;Password=«pwx:plancoresql»;Encrypt=True;"  ⟦conn-string|SQL Server connection string with password in appsettings⟧
  },
  "Aps": {
    "ClientId": "«apsid:plancore»",  ⟪APS client id⟫
    "ClientSecret": "«aps:plancore»",  ⟦app-secret|APS client secret in appsettings (reused)⟧
    "Callback": "https://plancore.ironvale-civil.com/aps/callback"
  },
  "ProjectWise": {
    "Datasource": "pw-den01.ironvale.local:IVC-Projects",
    "User": "svc_plancore"
  },
  "Bentley": {
    "ImsClientId": "service-«b62:20-imsid»",
    "ImsClientSecret": "«okx:64-bentleyims»"  ⟦app-secret|Bentley IMS service client secret⟧
  }
}
"""),
    ("services/plancore/src/Plancore.Sync/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Plancore": "Server=(localdb)\\MSSQLLocalDB;Database=Plancore;Trusted_Connection=True;"  ⟪integrated security⟫
  },
  "Aps": {"ClientId": "", "ClientSecret": ""},
  "ProjectWise": {"Password": "set-in-user-secrets"}  ⟪placeholder pointer⟫
}
"""),
    ("services/plancore/src/Plancore.Sync/P6Client.cs", r"""
using System.Net.Http;
using System.ServiceModel;

namespace Plancore.Sync
{
    // Primavera P6 EPPM web services (Integration API, username token profile)
    public class P6Client
    {
        private const string P6Url = "https://p6.ironvale-civil.com/p6ws/services/ProjectService";
        private const string P6User = "svc_p6ws";
        private const string P6Password = "«pwn:p6ws»";  ⟦password|P6 web services password as a C# constant (reused)⟧

        public ProjectServicePortTypeClient Create()
        {
            var binding = new BasicHttpsBinding(BasicHttpsSecurityMode.Transport);
            var client = new ProjectServicePortTypeClient(binding, new EndpointAddress(P6Url));
            client.ClientCredentials.UserName.UserName = P6User;
            client.ClientCredentials.UserName.Password = P6Password;
            return client;
        }
    }
}
"""),
    ("services/plancore/src/Plancore.Sync/BluebeamStudio.cs", r"""
namespace Plancore.Sync
{
    public static class BluebeamStudio
    {
        public const string Authority = "https://authserver.bluebeam.com/auth/oauth/authorize";
        public const string ClientId = "«uuid:bbclient»";  ⟪Bluebeam client id⟫
        public static readonly string ClientSecret = Environment.GetEnvironmentVariable("BLUEBEAM_CLIENT_SECRET");  ⟪environment lookup⟫
        // legacy Studio Prime service account used by the plan-room bot
        public const string StudioUser = "planroom@ironvale-civil.com";
        public const string StudioPassword = "«pwc:bbstudio»";  ⟦password|Bluebeam Studio service account password in C#⟧
    }
}
"""),
    ("services/ironfleet/internal/aemp/config.go", r"""
package aemp

import "os"

// Feeds are ISO 15143-3 (AEMP 2.0) fleet snapshots, paged by /Fleet/{page}.
type Feed struct {
	Name     string
	BaseURL  string
	User     string
	Password string
}

var Feeds = []Feed{
	{Name: "komtrax", BaseURL: "https://aemp.komtrax.komatsu/api/v1/Fleet/1", User: "ironvale_fleet", Password: os.Getenv("KOMTRAX_AEMP_PASSWORD")},  ⟪os.Getenv⟫
	{Name: "volvo-caretrack", BaseURL: "https://aemp.volvoce.com/ISO15143/Fleet/1", User: "ivc-fleet", Password: "«pwn:caretrack»"},  ⟦password|Volvo CareTrack AEMP password in a Go struct literal⟧
	{Name: "case-sitewatch", BaseURL: "https://sitewatch.casece.com/aemp/Fleet/1", User: "ironvale", Password: "«pwp:casesitewatch»"},  ⟦password|CASE SiteWatch AEMP password in Go⟧
}

"""),
    ("services/ironfleet/internal/aemp/config_test.go", r"""
package aemp

import "testing"

func TestFeedParse(t *testing.T) {
	f := Feed{Name: "fixture", BaseURL: "http://localhost:8099/Fleet/1", User: "u", Password: "not-a-real-password"}  ⟪test-marked value in a test file⟫
	if f.Name == "" {
		t.Fatal("empty")
	}
}
"""),
    ("services/plancore/tools/aps_export.py", r"""
#!/usr/bin/env python3
'''Export ACC / BIM 360 issue lists and sheet sets to S3 for the weekly OAC meeting pack.'''
import os
import requests

APS_CLIENT_ID = "«apsid:plancore»"  ⟪APS client id⟫
APS_CLIENT_SECRET = os.environ.get("APS_CLIENT_SECRET", "«aps:plancore»")  ⟦app-secret|APS secret as an environ default (reused)⟧
HUB = "b.«uuid:acchub»"


def token():
    r = requests.post("https://developer.api.autodesk.com/authentication/v2/token",
                      data={"grant_type": "client_credentials", "scope": "data:read account:read"},
                      auth=(APS_CLIENT_ID, APS_CLIENT_SECRET), timeout=30)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("services/fieldline/fieldline/procore.py", r"""
import requests

PROCORE_LOGIN = "https://login.procore.com/oauth/token"
CLIENT_ID = "«hex:64-procoreid»"  ⟪Procore client id⟫
CLIENT_SECRET = "«procore:fieldline»"  ⟦app-secret|Procore client secret in Python (reused)⟧
# service account for the daily-log bot (DMSA), created by Jarrah 2025-11
REFRESH_TOKEN = "«urlsafe:48-procorerefresh»"  ⟦app-secret|Procore OAuth refresh token⟧


def session() -> requests.Session:
    s = requests.Session()
    r = s.post(PROCORE_LOGIN, data={"grant_type": "refresh_token", "refresh_token": REFRESH_TOKEN,
                                    "client_id": CLIENT_ID, "client_secret": CLIENT_SECRET}, timeout=30)
    s.headers["Authorization"] = "Bearer " + r.json()["access_token"]
    return s
"""),
    ("services/fieldline/tests/test_procore_webhook.py", r"""
import hmac, hashlib

from fieldline.webhooks import verify

WEBHOOK_SECRET = "test-webhook-secret-do-not-use"  ⟪test-marked value in a test path⟫


def test_signature():
    body = b'{"resource_name":"Daily Logs"}'
    sig = hmac.new(WEBHOOK_SECRET.encode(), body, hashlib.sha256).hexdigest()
    assert verify(body, sig, WEBHOOK_SECRET)
"""),
    ("services/fieldline/fieldline/settings.py", r"""
import os

DEBUG = False
SECRET_KEY = "«django:fieldline»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["field.ironvale-civil.com"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "fieldline",
        "USER": "fieldline",
        "PASSWORD": "«pw:fielddb»",  ⟦password|Django DB password (the same as the parameter file)⟧
        "HOST": "fieldline-prod.cq7x1aa2b3c4.us-west-2.rds.amazonaws.com",
    }
}
EMAIL_HOST = "email-smtp.us-west-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesfield»"  ⟦aws-ses-smtp|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:sesfield»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
TWILIO_ACCOUNT_SID = "«twac:field»"  ⟪Twilio account SID⟫
TWILIO_AUTH_TOKEN = os.environ["TWILIO_AUTH_TOKEN"]  ⟪os.environ⟫
"""),
    ("services/subgate/web/.env.production", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=«mapboxpk:web»  ⟪Mapbox public token⟫
NEXTAUTH_URL=https://subs.ironvale-civil.com
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
DATABASE_URL=postgresql://subgate:«pwr:subgatedb»@subgate-prod.cq7x1aa2b3c4.us-west-2.rds.amazonaws.com:5432/subgate  ⟦conn-string|Prisma DATABASE_URL with password⟧
DOCUSIGN_INTEGRATION_KEY=«uuid:docusignik»  ⟪DocuSign integration key (client id)⟫
SENDGRID_API_KEY=«sendgrid:subgate»  ⟦app-secret|SendGrid API key⟧
"""),
    ("services/subgate/web/.env.example", r"""
NEXT_PUBLIC_MAPBOX_TOKEN=pk.your-mapbox-token  ⟪placeholder⟫
NEXTAUTH_SECRET=
DATABASE_URL=postgresql://subgate:password@localhost:5432/subgate  ⟪local placeholder password⟫
SENDGRID_API_KEY=SG.xxxxxxxx  ⟪placeholder⟫
"""),
    ("services/subgate/web/src/lib/docusign.ts", r"""
import docusign from "docusign-esign";
import fs from "node:fs";

const INTEGRATION_KEY = process.env.DOCUSIGN_INTEGRATION_KEY!;  ⟪process.env⟫
const USER_ID = "«uuid:docusignuser»";
const privateKey = fs.readFileSync(process.env.DOCUSIGN_KEY_PATH ?? "/run/secrets/docusign.key");

export async function jwtClient() {
  const api = new docusign.ApiClient({ basePath: "https://na3.docusign.net/restapi" });
  const res = await api.requestJWTUserToken(INTEGRATION_KEY, USER_ID, ["signature", "impersonation"], privateKey, 3600);
  api.addDefaultHeader("Authorization", `Bearer ${res.body.access_token}`);
  return api;
}
"""),
    ("services/subgate/web/docusign.key", r"""
«pem:pkcs1:rsadocusign»  ⟦private-key|DocuSign JWT RSA private key committed next to the code⟧
"""),
    ("apps/fieldline-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
IVC_KEYSTORE_FILE=../keystore/fieldline-release.jks
IVC_KEYSTORE_PASSWORD=«pwx:keystore»  ⟦password|Android keystore password in gradle.properties (reused)⟧
IVC_KEY_ALIAS=fieldline
IVC_KEY_PASSWORD=«pwx:keystore»  ⟦password|key password, the same value⟧
MAPBOX_DOWNLOADS_TOKEN=«mapboxsk:downloads»  ⟦app-secret|Mapbox secret downloads token (reused)⟧
"""),
    ("apps/fieldline-android/app/src/main/res/values/keys.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="google_maps_key" translatable="false">«aiza:maps»</string>  ⟪Google Maps key⟫
    <string name="arcgis_api_key" translatable="false">«arcgis:android»</string>  ⟦app-secret|ArcGIS API key in Android resources⟧
    <string name="mapbox_access_token" translatable="false">«mapboxpk:web»</string>
</resources>
"""),
    ("apps/fieldline-android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-fcmproj»", "project_id": "ironvale-fieldline", "storage_bucket": "ironvale-fieldline.appspot.com"},
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-fcmproj»:android:«hex:16-fcmapp»", "android_client_info": {"package_name": "com.ironvale.fieldline"}},
      "api_key": [{"current_key": "«aiza:firebase»"}],  ⟪Firebase Android key (public)⟫
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
"""),
    ("apps/fieldline-mobile/eas.json", r"""
{
  "cli": {"version": ">= 10.0.0"},
  "build": {
    "production": {
      "env": {
        "EXPO_PUBLIC_API": "https://field.ironvale-civil.com",
        "SENTRY_AUTH_TOKEN": "«sntrys:fieldapp»"  ⟦sentry|Sentry auth token in eas.json (reused)⟧
      }
    }
  },
  "submit": {"production": {"android": {"serviceAccountKeyPath": "./play-sa.json", "track": "internal"}}}
}
"""),
    ("apps/fieldline-mobile/src/config.ts", r"""
export const config = {
  apiBase: "https://field.ironvale-civil.com/api",
  mapboxToken: "«mapboxpk:web»",  ⟪Mapbox public token⟫
  sentryDsn: "«sentrynew:mobile»",  ⟪modern Sentry DSN⟫
  openSpaceKey: "«b62:32-openspace»",  ⟦app-secret|OpenSpace 360 capture API key in app code⟧
  segmentWriteKey: "«segment:mobile»",  ⟪Segment mobile write key (public)⟫
};
"""),
    ("services/ironfleet/pyproject/airflow/dags/telematics_backfill.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.models import Variable

JDLINK_SECRET = Variable.get("jdlink_client_secret")  ⟪Airflow Variable⟫
VISIONLINK = {"client_id": "ironvale-aemp-prod", "client_secret": "«b62:36-catvl»"}  ⟦app-secret|VisionLink secret in an Airflow DAG (reused)⟧


def backfill(**ctx):
    from ironfleet.aemp import pull
    pull("visionlink", since=ctx["data_interval_start"], auth=VISIONLINK)


with DAG("telematics_backfill", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    PythonOperator(task_id="backfill", python_callable=backfill)
"""),
    ("services/ironfleet/pyproject/airflow/connections.json", r"""
{
  "vista_sql": {"conn_type": "mssql", "host": "den-vista-sql01.ironvale.local", "login": "svc_airflow", "password": "«pw:airflowvista»", "port": 1433, "schema": "Viewpoint"},  ⟦password|Airflow connections export password⟧
  "jobcost_redshift": {"conn_type": "redshift", "host": "jobcost.280371946620.us-east-2.redshift-serverless.amazonaws.com", "login": "airflow", "password": "«pwr:airflowrs»", "port": 5439},  ⟦password|Redshift password in an Airflow export⟧
  "aws_default": {"conn_type": "aws", "extra": {"region_name": "us-east-2"}}
}
"""),
    ("analytics/dbt/profiles.yml", r"""
jobcost:
  target: prod
  outputs:
    prod:
      type: redshift
      host: jobcost.280371946620.us-east-2.redshift-serverless.amazonaws.com
      user: dbt
      password: "{{ env_var('DBT_REDSHIFT_PASSWORD') }}"  ⟪env_var()⟫
      port: 5439
      dbname: jobcost
      schema: analytics
    dev:
      type: redshift
      host: jobcost.280371946620.us-east-2.redshift-serverless.amazonaws.com
      user: dbt_dev
      password: «pwn:dbtdev»  ⟦password|dbt dev profile password⟧
      port: 5439
      dbname: jobcost
      schema: dbt_dev
"""),
    ("analytics/notebooks/drone_volumes.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Stockpile volumes from the May flights (DEN-2417 borrow pit)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-key-id|key pair in a notebook cell (one line)⟧
    "obj = s3.get_object(Bucket='ivc-skyframe-tiles', Key='den-2417/2026-05-12/dsm.tif')"
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "DD_KEY = '«b62:32-dronedeploy»'  # DroneDeploy\n",  ⟦app-secret|DroneDeploy key in a notebook cell (reused)⟧
    "volumes = compute_volumes(obj, base='lowest-point')"
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("estimating/macros/modVistaExport.bas", r"""
Attribute VB_Name = "modVistaExport"
' Pushes the estimate's cost-type rollup into Vista JC Budget (estimators' workbook, Denver)
Option Explicit

Private Const CONN As String = "Provider=MSOLEDBSQL;Data Source=den-vista-sql01;Initial Catalog=Viewpoint;User ID=est_push;Password=«pwn:estpush»;"  ⟦conn-string|OLE DB connection string with password in a VBA module⟧

Public Sub PushBudget()
    Dim cn As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN
    ' ...
    cn.Close
End Sub
"""),
    ("estimating/scripts/Sync-Procore.ps1", r"""
# Nightly: pull Procore commitments (subcontracts, POs) into the estimating database
param([string]$Since = (Get-Date).AddDays(-1).ToString('s'))

$clientId = '«hex:64-procoreid»'
$clientSecret = '«procore:fieldline»'  ⟦app-secret|Procore secret in a PowerShell script (reused)⟧
$body = @{ grant_type = 'client_credentials'; client_id = $clientId; client_secret = $clientSecret }
$tok = Invoke-RestMethod -Method Post -Uri 'https://login.procore.com/oauth/token' -Body $body
Invoke-Sqlcmd -ServerInstance den-est-sql01 -Database Estimating -Username est_sync -Password '«pwl:estsync»' -Query "EXEC dbo.ImportCommitments"  ⟦password|Invoke-Sqlcmd -Password⟧
"""),
    ("services/payrun/payrun/datev.py", r"""
'''DATEV Lohn und Gehalt: upload of Bewegungsdaten (ASCII) through DATEVconnect online.'''
import os
import requests

DATEV_BASE = "https://api.datev.de/hr/v3"
CLIENT_ID = "«uuid:datevid»"  ⟪DATEV client id⟫
CLIENT_SECRET = "«hex:32-datev»"  ⟦app-secret|DATEV client secret in Python (reused)⟧
BERATERNUMMER = "«num:7-datevberater»"
MANDANTENNUMMER = "«num:5-datevmandant»"
ELSTER_PFX = "/etc/payrun/elster/ironvale-bau.pfx"
ELSTER_PIN = os.environ.get("ELSTER_PIN")  ⟪environ lookup⟫
"""),
    ("services/payrun/payrun/stp_au.py", r"""
'''Single Touch Payroll (Phase 2) lodgment via Employment Hero, plus QLeave quarterly returns.'''
import base64
import requests

EH_API = "https://api.yourpayroll.com.au/api/v2"
EH_BUSINESS_ID = «num:6-ehbiz»
EH_API_KEY = "«eh:keypay»"  ⟦app-secret|Employment Hero API key in Python (reused)⟧
AUTH = "Basic " + base64.b64encode((EH_API_KEY + ":").encode()).decode()

QLEAVE_USER = "ironvale.payroll"
QLEAVE_PASSWORD = "«pwau:qleave»"  ⟦password|QLeave portable long service leave portal password⟧
"""),
    ("services/payrun/payrun/union_remit.rb", r"""
# Monthly union benefit fund remittance (IUOE Local 9, Carpenters, Laborers) via the EPR portal
require 'net/sftp'

FUNDS = {
  iuoe9:      { host: 'sftp.iuoe9-benefits.org', user: 'ironvale', password: ENV.fetch('IUOE9_SFTP_PASSWORD') },  ⟪ENV fetch⟫
  carpenters: { host: 'upload.rmcarpenters-tf.org', user: 'IVC0417', password: '«pwn:carpenters»' },  ⟦password|union trust fund SFTP password in a Ruby hash⟧
  laborers:   { host: 'sftp.cl-funds.com', user: 'ironvale', password: '«pwp:laborers»' }  ⟦password|laborers fund SFTP password in Ruby⟧
}.freeze

def upload(fund, path)
  f = FUNDS.fetch(fund)
  Net::SFTP.start(f[:host], f[:user], password: f[:password]) { |sftp| sftp.upload!(path, "/in/#{File.basename(path)}") }
end
"""),
    ("services/subgate/api/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: 10
development:
  <<: *default
  database: subgate_dev
  password: <%= ENV["SUBGATE_DB_PASSWORD"] %>  ⟪ERB env lookup⟫
production:
  <<: *default
  database: subgate
  username: subgate
  password: «pwr:subgatedb»  ⟦password|Rails database.yml production password (reused)⟧
  host: subgate-prod.cq7x1aa2b3c4.us-west-2.rds.amazonaws.com
"""),
    ("services/subgate/api/config/credentials.yml.enc", r"""
«b64k:180-railsenc»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("services/gridpoint/bridge/config.toml", r"""
# gridpoint bridge: machine-control design files (TTM, SVD/SVL, DSZ) from TBC to Trimble WorksManager and Leica ConX
[worksmanager]
url = "https://worksmanager.trimble.com/api"
org = "ironvale-civil"
user = "gridpoint-bot"
password = "«pwn:worksmanager»"  ⟦password|WorksManager password in TOML (reused)⟧

[topcon_magnet]
enterprise_url = "https://magnet-enterprise.topconpositioning.com"
token = "{{ op://Survey/magnet-enterprise/token }}"  ⟪1Password reference⟫
"""),
    ("services/gridpoint/bridge/src/ntrip.rs", r"""
use std::io::Write;
use std::net::TcpStream;

const CASTER: &str = "caster.ironvale-survey.net:2101";
const MOUNT: &str = "IVC_DEN01";
const ROVER_USER: &str = "ivc_rover";
const ROVER_PASS: &str = "«ntrip:rover»";  ⟦password|NTRIP rover password in Rust (reused)⟧

pub fn connect() -> std::io::Result<TcpStream> {
    let mut s = TcpStream::connect(CASTER)?;
    let auth = base64::encode(format!("{}:{}", ROVER_USER, ROVER_PASS));
    write!(s, "GET /{} HTTP/1.1\r\nNtrip-Version: Ntrip/2.0\r\nAuthorization: Basic {}\r\n\r\n", MOUNT, auth)?;
    Ok(s)
}
"""),
    ("services/sitewatch/gate/turnstile.js", r"""
// Boon Edam / Gunnebo turnstile controller bridge: badge taps -> headcount -> daily log
const axios = require("axios");

const NETBOX = "https://netbox-den.ironvale.local/nbws/goforms/nbapi";
const NETBOX_USER = "badge-sync";
const NETBOX_PASSWORD = "«pwl:netbox»";  ⟦password|LenelS2 NetBox password in Node (the same as the EventBridge connection)⟧
const BRIVO_API_KEY = process.env.BRIVO_API_KEY;  ⟪process.env⟫

async function login() {
  const xml = `<NETBOX-API><COMMAND name="Login" num="1"><PARAMS><USERNAME>${NETBOX_USER}</USERNAME><PASSWORD>${NETBOX_PASSWORD}</PASSWORD></PARAMS></COMMAND></NETBOX-API>`;
  const r = await axios.post(NETBOX, xml, { headers: { "Content-Type": "text/xml" } });
  return r.headers["set-cookie"];
}
module.exports = { login };
"""),
    ("services/sitewatch/cameras/earthcam_client.py", r"""
import requests

EARTHCAM_API = "https://webservice.earthcam.net/v2"
USER = "ironvale_api"
PASSWORD = "«pwc:earthcam»"  ⟦password|EarthCam password in a Python client (reused)⟧


def snapshots(camera_id: str):
    r = requests.get(f"{EARTHCAM_API}/cameras/{camera_id}/images", auth=(USER, PASSWORD), timeout=30)
    r.raise_for_status()
    return r.json()
"""),
    ("services/subgate/api/app/services/isn_client.rb", r"""
class IsnClient
  BASE = "https://api.isnetworld.com/v1".freeze
  def initialize
    @user = "ironvale.api"
    @password = Rails.application.credentials.dig(:isn, :password)  ⟪Rails credentials⟫
  end

  def fetch_contractor(isn_id)
    Faraday.get("#{BASE}/contractors/#{isn_id}") { |r| r.headers["Authorization"] = "Basic #{Base64.strict_encode64("#{@user}:#{@password}")}" }
  end
end
"""),
    ("services/plancore/tools/egnyte_upload.py", r"""
import requests

EGNYTE_DOMAIN = "ironvale.egnyte.com"
EGNYTE_TOKEN = "«egnyte:plancore»"  ⟦app-secret|Egnyte token in Python (reused)⟧


def upload(local_path: str, remote_path: str) -> None:
    with open(local_path, "rb") as fh:
        requests.post(f"https://{EGNYTE_DOMAIN}/pubapi/v1/fs-content/{remote_path}",
                      headers={"Authorization": f"Bearer {EGNYTE_TOKEN}"}, data=fh, timeout=120)
"""),
    ("services/fieldline/fieldline/sms.py", r"""
from twilio.rest import Client

# crew call-outs for concrete pours (account SID is not secret)
ACCOUNT_SID = "«twac:field»"  ⟪Twilio account SID⟫
AUTH_TOKEN = "«twauth:field»"  ⟦twilio|Twilio auth token in Python⟧
client = Client(ACCOUNT_SID, AUTH_TOKEN)
"""),
    ("services/ironfleet/.npmrc", r"""
@ironvale:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrc»  ⟦github|GitHub token in a project .npmrc⟧
registry=https://registry.npmjs.org/
"""),
    ("services/plancore/pip.conf", r"""
[global]
index-url = https://ci-deploy:«pct:pwx:nexus»@nexus.ironvale-civil.com/repository/pypi-all/simple  ⟦password|Nexus password percent-encoded in a pip index URL (reused)⟧
timeout = 60
"""),
    ("services/sitewatch/gate/package-lock.json", r"""
{
  "name": "sitewatch-gate",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/axios": {
      "version": "1.7.2",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.7.2.tgz",
      "integrity": "«sri:axios»"  ⟪SRI hash⟫
    }
  }
}
"""),
]
