"""fresh20 templates, application configs and code (Ardent Forge Industries): the SAP integration hub (Spring, JCo,
NW RFC SDK, BTP service keys, MuleSoft, hdbuserstore), supplier EDI (cXML, OpenAS2, X12, WinSCP), the dealer and
field-service portals (Next.js, Android, iOS, Django), the MES bridge (.NET), the historian pipeline (Rust, Go,
TOML, a notebook), the data platform (dbt, Airflow, Databricks), quality, yard and supplier-portal services, the
eWON poller, an edge agent and Ignition scripts.
Markers: render.py and README.md."""

FILES = [
    ("services/crucible/src/main/resources/application-prd.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://crucible.cluster-c2k8zq1vx7ap.us-east-2.rds.amazonaws.com:5432/crucible
    username: crucible_app
    password: «pwn:crucibledb»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-«uuid:mqbroker».mq.us-east-2.amazonaws.com
    username: crucible-admin
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
crucible:
  sap:
    destination: S4P
    jco-server:
      gateway-host: s4p-app01.erp.af.corp
      program-id: CRUCIBLE_IDOC_IN
  supplier-portal:
    base-url: https://suppliers.ardentforge.com/api
    api-key: «b62:40-supplierportal»  ⟦app-secret|supplier portal API key in Spring YAML⟧
"""),
    ("services/crucible/src/main/resources/sapjco/S4P.jcoDestination", r"""
# production destination for crucible (CRUC-212)
jco.client.ashost=s4p-app01.erp.af.corp
jco.client.sysnr=00
jco.client.client=100
jco.client.lang=EN
jco.client.user=RFC_CRUCIBLE
jco.client.passwd=«sappw:rfccrucible»  ⟦password|SAP JCo destination file password⟧
jco.destination.pool_capacity=5
jco.destination.peak_limit=20
"""),
    ("services/crucible/sapnwrfc.ini", r"""
DEST=S4P
ASHOST=s4p-app01.erp.af.corp
SYSNR=00
CLIENT=100
USER=RFC_SMELTER
PASSWD=«sappw:rfcsmelter»  ⟦password|NW RFC SDK sapnwrfc.ini password⟧
LANG=EN
TRACE=0

DEST=S4Q
ASHOST=s4q-app01.erp.af.corp
SYSNR=00
CLIENT=200
USER=RFC_SMELTER
LANG=EN
"""),
    ("services/crucible/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:crucible
    username: sa
    password: ""  ⟪empty password⟫
crucible:
  supplier-portal:
    api-key: test-supplier-key-not-real  ⟪test-marked value in a test path⟫
  sap:
    password: dummy-jco-password  ⟪test-marked value in a test path⟫
"""),
    ("services/crucible/btp/service-key-crucible-prd.json", r"""
{
  "uaa": {
    "clientid": "sb-crucible-prd!t48211",
    "clientsecret": "«sapbtp:crucible»",  ⟦app-secret|SAP BTP service-key client secret⟧
    "url": "https://ardentforge.authentication.us10.hana.ondemand.com",
    "identityzone": "ardentforge",
    "tenantid": "«uuid:btptenant»",  ⟪tenant id⟫
    "xsappname": "crucible-prd!t48211"
  },
  "uri": "https://destination-configuration.cfapps.us10.hana.ondemand.com"
}
"""),
    ("services/crucible/mule/src/main/resources/config-prd.yaml", r"""
http:
  port: "8081"
sap:
  ashost: "s4p-app01.erp.af.corp"
  user: "MULE_RFC"
  password: "![«b64k:24-muleenc»]"  ⟪Mule secure-properties encrypted value⟫
wms:
  baseUrl: "https://wms.day1.af.corp/api/v2"
  user: "mule-int"
  password: "«pwl:mulewms»"  ⟦password|plain password in a Mule properties YAML⟧
"""),
    ("services/ingot/cxml/order-request-header.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE cXML SYSTEM "http://xml.cxml.org/schemas/cXML/1.2.063/cXML.dtd">
<cXML payloadID="«num:13-cxmlpayload»@ardentforge.com" timestamp="2026-11-20T08:14:03-05:00">  ⟪payload id⟫
  <Header>
    <From>
      <Credential domain="NetworkID"><Identity>AN0«num:10-aribaanid»</Identity></Credential>
    </From>
    <To>
      <Credential domain="DUNS"><Identity>«num:9-castechduns»</Identity></Credential>
    </To>
    <Sender>
      <Credential domain="NetworkID">
        <Identity>AN0«num:10-aribaanid»</Identity>
        <SharedSecret>«ariba:an»</SharedSecret>  ⟦password|Ariba Network shared secret in a cXML header⟧
      </Credential>
      <UserAgent>crucible cXML 2.4</UserAgent>
    </Sender>
  </Header>
</cXML>
"""),
    ("services/ingot/as2/openas2/config.xml", r"""
<openas2>
  <properties as2_keystore="%home%/as2_certs.p12" as2_keystore_password="«pwx:as2keystore»" />  ⟦password|OpenAS2 keystore password attribute⟧
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="$properties.as2_keystore$"
                password="$properties.as2_keystore_password$" />  ⟪property reference⟫
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml" />
  <processor classname="org.openas2.processor.DefaultProcessor">
    <module classname="org.openas2.processor.receiver.AS2ReceiverModule" port="10080" />
  </processor>
</openas2>
"""),
    ("services/ingot/as2/openas2/partnerships.xml", r"""
<partnerships>
  <partner name="ARDENTFORGE" as2_id="ARDENTFORGE" x509_alias="ardentforge" email="edi@ardentforge.com" />
  <partner name="CASTECHMX" as2_id="CASTECHMX" x509_alias="castechmx" email="edi@castech.mx" />
  <partnership name="ARDENTFORGE-CASTECHMX">
    <sender name="ARDENTFORGE" />
    <receiver name="CASTECHMX" />
    <attribute name="as2_url" value="https://as2.castech.mx:4080" />
    <attribute name="mic_alg" value="sha256" />
    <attribute name="encrypt" value="aes256" />
  </partnership>
</partnerships>
"""),
    ("services/ingot/edi/inbound/850-4500019311.edi", r"""
ISA*00*          *00*          *ZZ*CASTECHMX      *ZZ*ARDENTFORGE    *261120*0814*U*00401*000031872*0*P*>~  ⟪empty ISA authorisation and security fields⟫
GS*PO*CASTECHMX*ARDENTFORGE*20261120*0814*31872*X*004010~
ST*850*0001~
BEG*00*SA*4500019311**20261120~
PO1*1*400*EA*18.75**BP*AF-HG-2204-17~
SE*4*0001~
GE*1*31872~
IEA*1*000031872~
"""),
    ("services/ingot/winscp/van-upload.txt", r"""
option batch abort
option confirm off
open sftp://ardentforge:«pct:pwx:vansftp»@sftp.opentext-van.net/ -hostkey="ssh-ed25519 255 «b64k:32-vanfp»"  ⟦conn-string|WinSCP script open URL with a password⟧
put D:\EDI\outbound\*.x12 /outbound/
close
exit
"""),
    ("services/dealerline/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://dealers.ardentforge.com
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:dealerline»  ⟪Stripe publishable key⟫
NEXT_PUBLIC_MAPBOX_TOKEN=«mapboxpk:dealerweb»  ⟪Mapbox public token⟫
NEXTAUTH_URL=https://dealers.ardentforge.com
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET in .env.production⟧
AUTH0_ISSUER=https://ardentforge-dealers.us.auth0.com
AUTH0_CLIENT_ID=«b62:32-auth0dlrid»  ⟪Auth0 client id⟫
AUTH0_CLIENT_SECRET=«auth0:dealerline»  ⟦app-secret|Auth0 client secret in .env.production⟧
STRIPE_RESTRICTED_KEY=«rk:dealerline»  ⟦stripe|Stripe restricted live key⟧
"""),
    ("services/dealerline/.env.example", r"""
NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32  ⟪placeholder⟫
AUTH0_CLIENT_SECRET=<your-auth0-client-secret>  ⟪placeholder⟫
STRIPE_RESTRICTED_KEY=rk_live_...  ⟪truncated placeholder⟫
DATABASE_URL=postgres://dealerline:password@localhost:5432/parts  ⟪local placeholder password⟫
"""),
    ("services/dealerline/src/lib/documoto.ts", r"""
// Documoto parts-catalog client (illustrated parts lists for dealers)
const DOCUMOTO_BASE = 'https://integration.documoto.com/api/ext';
const DOCUMOTO_API_KEY = '«hex:40-documoto»';  ⟦app-secret|Documoto API key in TypeScript⟧

export async function findPart(partNumber: string) {
  const res = await fetch(`${DOCUMOTO_BASE}/parts?number=${encodeURIComponent(partNumber)}`, {
    headers: { Authorization: DOCUMOTO_API_KEY, Accept: 'application/json' },
  });
  if (!res.ok) throw new Error(`documoto ${res.status}`);
  return res.json();
}
"""),
    ("services/dealerline/src/lib/stripe.test.ts", r"""
import Stripe from 'stripe';

const stripe = new Stripe('«docs:stripetest»');  ⟪test-mode key in a test file⟫

test('creates a parts checkout session', async () => {
  const s = await stripe.checkout.sessions.create({ mode: 'payment', line_items: [] });
  expect(s.id).toMatch(/^cs_test_/);
});
"""),
    ("services/fieldwrench/android/app/src/main/res/values/secrets.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="google_maps_key">«aiza:fwmaps»</string>  ⟪Maps key, public⟫
    <string name="servicemax_client_id">«b62:24-smaxid»</string>
    <string name="servicemax_client_secret">«b62:40-smaxsecret»</string>  ⟦app-secret|ServiceMax client secret shipped in an Android resource⟧
</resources>
"""),
    ("services/fieldwrench/ios/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = com.ardentforge.fieldwrench
API_BASE_URL = https:/$()/fieldwrench.ardentforge.com/api
SENTRY_DSN = https:/$()/«hex:32-fwsentry»@o«num:6-fwsentryorg».ingest.us.sentry.io/«num:7-fwsentryproj»  ⟪modern Sentry DSN⟫
VUFORIA_CHALK_LICENSE = «b64k:72-vuforia»  ⟦?app-secret|Vuforia licence key in an xcconfig⟧
"""),
    ("services/fieldwrench/backend/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
SECRET_KEY = "«django:fieldwrench»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["fieldwrench.ardentforge.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "fieldwrench.cluster-c2k8zq1vx7ap.us-east-2.rds.amazonaws.com",
        "NAME": "fieldwrench",
        "USER": "fieldwrench",
        "PASSWORD": "«pwc:fieldwrenchdb»",  ⟦password|Django DATABASES password⟧
    }
}

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesfieldwrench»"  ⟦aws-key-id|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:fieldwrench»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
EMAIL_PORT = 587
"""),
    ("services/fieldwrench/backend/settings_ci.py", r"""
from .settings import *  # noqa

SECRET_KEY = "ci-only-not-secret-fieldwrench-0000000000000000000"  ⟪CI-only key in a CI settings file⟫
DATABASES["default"]["PASSWORD"] = "postgres"  ⟪local default⟫
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
"""),
    ("services/fieldwrench/backend/integrations/servicemax.py", r"""
import os

import requests

SMAX_TOKEN_URL = "https://ardentforge.my.salesforce.com/services/oauth2/token"
SMAX_CLIENT_ID = "«sfck:servicemax»"  ⟪Salesforce consumer key, an identifier⟫
SMAX_CLIENT_SECRET = "«uhex:64-smaxsfsecret»"  ⟦app-secret|Salesforce connected-app consumer secret in Python⟧
SMAX_USER = os.environ.get("SMAX_USER", "integration@ardentforge.com")
SMAX_PASSWORD = os.environ["SMAX_PASSWORD"]  ⟪environment lookup⟫


def token():
    r = requests.post(SMAX_TOKEN_URL, data={"grant_type": "password", "client_id": SMAX_CLIENT_ID,
                                            "client_secret": SMAX_CLIENT_SECRET, "username": SMAX_USER,
                                            "password": SMAX_PASSWORD}, timeout=20)
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("services/anvil-mes/opcenter-bridge/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Opcenter": "Server=mes-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com;Database=OpcenterEXDI;User Id=opc_bridge;Password=«pwx:opcbridge»;Encrypt=True",  ⟦conn-string|SQL Server connection string with a password⟧
    "Reporting": "Server=mes-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com;Database=OpcReporting;Integrated Security=SSPI"  ⟪integrated security⟫
  },
  "OpcUa": {
    "Endpoint": "opc.tcp://day1-kep01.ot.af.corp:49320",
    "User": "mes-bridge",
    "Password": "«ftpw:mesbridgeopc»"  ⟦password|OPC UA password in appsettings⟧
  },
  "Sap": {
    "Destination": "S4P",
    "SecretName": "anvil-mes/sap-rfc"  ⟪secret name⟫
  }
}
"""),
    ("services/anvil-mes/opcenter-bridge/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Opcenter": "Server=localhost,1433;Database=OpcenterEXDI;User Id=sa;Password=<YourStrong@Passw0rd>;TrustServerCertificate=True"  ⟪documented sample password⟫
  },
  "OpcUa": {"Endpoint": "opc.tcp://localhost:4840", "User": "", "Password": ""}  ⟪empty values⟫
}
"""),
    ("services/anvil-mes/opcenter-bridge/OpcUaSession.cs", r"""
using Opc.Ua;
using Opc.Ua.Client;

namespace ArdentForge.Anvil.Bridge;

public static class OpcUaSession
{
    public static async Task<Session> OpenAsync(ApplicationConfiguration config, string endpointUrl)
    {
        var endpoint = CoreClientUtils.SelectEndpoint(config, endpointUrl, useSecurity: true);
        var identity = new UserIdentity("press-line", "«ftpw:pressopc»");  ⟦password|OPC UA UserIdentity password in C#⟧
        return await Session.Create(config, new ConfiguredEndpoint(null, endpoint), false, "anvil-bridge",
                                    60000, identity, null);
    }
}
"""),
    ("services/anvil-mes/labelprint/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="BarTender" connectionString="Data Source=DAY1-BT01\BARTENDER;Initial Catalog=BarTender_System_DB;User ID=bt_integ;Password=«pwp:bartender»" providerName="System.Data.SqlClient" />  ⟦conn-string|BarTender SQL connection string with a password⟧
  </connectionStrings>
  <appSettings>
    <add key="BarTenderIntegrationUrl" value="http://day1-bt01:5159/Integration/PrintLabel/Execute" />
    <add key="NiceLabelSubscriptionKey" value="«hex:32-nicelabel»" />  ⟦app-secret|NiceLabel subscription key in App.config⟧
    <add key="PrinterPool" value="DAY1-ZT411-01;DAY1-ZT411-02" />
  </appSettings>
</configuration>
"""),
    ("services/anvil-mes/opcenter-bridge/nuget.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="af-artifactory" value="https://artifactory.ardentforge.com/artifactory/api/nuget/v3/nuget-virtual" />
  </packageSources>
  <packageSourceCredentials>
    <af-artifactory>
      <add key="Username" value="svc-build" />
      <add key="ClearTextPassword" value="«pwx:artpypi»" />  ⟦password|NuGet ClearTextPassword⟧
    </af-artifactory>
  </packageSourceCredentials>
</configuration>
"""),
    ("services/tempering/collector/config.toml", r"""
[influx]
url = "http://influxdb.tempering.svc:8086"
org = "ardent-forge-ot"
bucket = "plant-telemetry"
token = "«urlsafe:64-influxcollector»"  ⟦app-secret|InfluxDB token in TOML⟧

[pi]
server = "https://day1-piweb01.ot.af.corp/piwebapi"
user = "AF\\svc-tempering"
password = "${PI_PASSWORD}"  ⟪environment placeholder⟫

[canary]
views = "https://canary.ot.af.corp:55236"
"""),
    ("services/tempering/collector/src/pi.rs", r"""
use reqwest::blocking::Client;

const PI_WEBAPI: &str = "https://brn-piweb01.ot.af.corp/piwebapi";
const PI_USER: &str = "AF\\svc-tempering";
const PI_PASSWORD: &str = "«pw:pibrn»";  ⟦password|PI Web API password as a Rust constant⟧

pub fn stream_value(client: &Client, web_id: &str) -> reqwest::Result<serde_json::Value> {
    client
        .get(format!("{PI_WEBAPI}/streams/{web_id}/value"))
        .basic_auth(PI_USER, Some(PI_PASSWORD))
        .send()?
        .json()
}
"""),
    ("services/tempering/canary/writer.go", r"""
package canary

import (
	"bytes"
	"net/http"
	"os"
)

const sessionURL = "https://canary.ot.af.corp:55254/api/v1/getSessionToken"

var apiToken = "«uuid:canarygo»"  ⟦app-secret|Canary Labs API token in Go⟧

func historian() string {
	if h := os.Getenv("CANARY_HISTORIAN"); h != "" {  ⟪environment lookup⟫
		return h
	}
	return "canary.ot.af.corp"
}

func OpenSession() (*http.Response, error) {
	body := []byte(`{"apiToken":"` + apiToken + `","historians":["` + historian() + `"],"clientId":"tempering"}`)
	return http.Post(sessionURL, "application/json", bytes.NewReader(body))
}
"""),
    ("services/tempering/notebooks/oee-press-line4.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# OEE, press line 4 (DAY1), Oct-Nov 2026"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebookoee»', aws_secret_access_key='«awssec:notebookoee»')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "obj = s3.get_object(Bucket='af-smelter-curated-903517284466', Key='oee/day1/press4.parquet')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/smelter/dbt/profiles.yml", r"""
smelter:
  target: prd
  outputs:
    prd:
      type: redshift
      host: smelter.«num:12-rsacct».us-east-2.redshift-serverless.amazonaws.com
      user: dbt_prd
      password: «pwn:dbtredshift»  ⟦password|dbt profile password⟧
      dbname: smelter
      schema: marts
      port: 5439
    dev:
      type: redshift
      host: smelter.«num:12-rsacct».us-east-2.redshift-serverless.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var()⟫
      dbname: smelter
      schema: "dbt_{{ env_var('DBT_USER') }}"
"""),
    ("services/smelter/airflow/dags/sap_bom_extract.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator


def extract_boms(**_):
    from pyrfc import Connection
    conn = Connection(ashost="s4p-app01.erp.af.corp", sysnr="00", client="100", user="RFC_SMELTER",
                      passwd="«sappw:rfcsmelter»")  ⟦password|pyrfc Connection passwd in an Airflow DAG⟧
    rows = conn.call("CS_BOM_EXPL_MAT_V2", CAPID="PP01", DATUV=datetime.now().strftime("%Y%m%d"),
                     MTNRV="AF-HG-2204", WERKS="1000")
    bucket = Variable.get("smelter_raw_bucket")  ⟪Airflow Variable lookup⟫
    return len(rows["STB"]), bucket


with DAG("sap_bom_extract", start_date=datetime(2026, 1, 1), schedule="0 3 * * *", catchup=False) as dag:
    PythonOperator(task_id="extract", python_callable=extract_boms)
"""),
    ("services/smelter/airflow/airflow.cfg", r"""
[core]
executor = CeleryExecutor
fernet_key = «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«pct:pwc:airflowdb»@smelter-airflow.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com/airflow  ⟦conn-string|Airflow metadata DB URL with a password⟧

[webserver]
secret_key = «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret_key⟧
"""),
    ("services/smelter/databricks/job-sap-bom.json", r"""
{
  "name": "sap-bom-to-delta",
  "tasks": [
    {
      "task_key": "load",
      "notebook_task": {
        "notebook_path": "/Repos/smelter/pipelines/bom_to_delta",
        "base_parameters": {
          "source": "s3://af-smelter-raw-903517284466/sap/bom/",
          "workspace_token": "«dapi:bomjob»"  ⟦app-secret|Databricks token in job parameters⟧
        }
      },
      "existing_cluster_id": "1120-«num:6-dbcl»-«lo:8-dbcl2»"  ⟪cluster id⟫
    }
  ]
}
"""),
    ("services/quench/spc_alerts/handler.py", r"""
import json
import os

from twilio.rest import Client

TWILIO_ACCOUNT_SID = "«twac:quench»"  ⟪Twilio account SID⟫
TWILIO_AUTH_TOKEN = "«hex:32-twilioquench»"  ⟦app-secret|Twilio auth token in Python⟧
ON_CALL = os.environ.get("QUALITY_ON_CALL", "+19375550142")


def handler(event, _ctx):
    msg = json.loads(event["Records"][0]["Sns"]["Message"])
    body = f"SPC alarm {msg['characteristic']} on {msg['part']}: {msg['rule']} (Cpk {msg['cpk']:.2f})"
    Client(TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN).messages.create(to=ON_CALL, from_="+19375550100", body=body)
"""),
    ("services/quench/proficient/Sync-ProficientToLake.ps1", r"""
# nightly: export subgroup data from ProFicient and push it to the lake
$ErrorActionPreference = 'Stop'
$rows = Invoke-Sqlcmd -ServerInstance 'DAY1-SPC01' -Database 'ProFicient' -Username 'spc_export' -Password '«pwn:spcexport»' -Query 'SELECT * FROM dbo.SGRP_EXT WHERE F_SGTM > DATEADD(day,-1,GETDATE())'  ⟦password|Invoke-Sqlcmd -Password⟧
$rows | Export-Csv -NoTypeInformation D:\spc\export\sgrp.csv
Write-S3Object -BucketName af-smelter-raw-903517284466 -Key "spc/day1/$(Get-Date -f yyyyMMdd).csv" -File D:\spc\export\sgrp.csv -ProfileName spc-export  ⟪named profile⟫
"""),
    ("services/yardmaster/src/main/resources/application.properties", r"""
server.port=8080
yard.site=DAY1-DC
yard.samsara.base-url=https://api.samsara.com
yard.samsara.token=«samsara:yard»  ⟦app-secret|Samsara token in application.properties⟧
yard.lpr.camera.user=admin
yard.lpr.camera.password=«pw6:lprcam»  ⟦password|LPR camera password in properties⟧
yard.db.password=${YARD_DB_PASSWORD}  ⟪Spring placeholder⟫
"""),
    ("services/yardmaster/src/test/resources/fixtures/samsara-vehicles.json", r"""
{
  "token": "samsara_api_testfixture000000000000000000",  ⟪test-marked token in a test fixture⟫
  "data": [
    {"id": "«num:15-samsaraveh»", "name": "Yard Tractor 07", "gps": {"latitude": 39.7589, "longitude": -84.1916}}
  ]
}
"""),
    ("services/supplier-portal/config/production.json", r"""
{
  "port": 3000,
  "auth0": {
    "domain": "ardentforge-suppliers.us.auth0.com",
    "clientId": "«b62:32-auth0supid»",
    "clientSecret": "«auth0:supplierportal»"  ⟦app-secret|Auth0 client secret in a Node config⟧
  },
  "coupa": {"baseUrl": "https://ardentforge.coupahost.com/api", "apiKey": "«coupa:portal»"},  ⟦app-secret|Coupa API key in a Node config⟧
  "sendgrid": {"apiKey": "«sg:supplierportal»", "from": "suppliers@ardentforge.com"},  ⟦app-secret|SendGrid key in a Node config⟧
  "db": {"host": "ingot-portal.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com", "passwordSecret": "ingot/portal-db"}  ⟪secret name⟫
}
"""),
    ("services/supplier-portal/legacy/jaggaer.php", r"""
<?php
// legacy JAGGAER supplier-quality sync, still called from cron on af-web02
$jaggaerUrl = 'https://ardentforge.app.jaggaer.com/api/v1';
$jaggaerUser = 'af_quality_sync';
$jaggaerPassword = '«pwl:jaggaer»';  ⟦password|JAGGAER password in PHP⟧
$ch = curl_init($jaggaerUrl . '/supplierQualityEvents');
curl_setopt($ch, CURLOPT_USERPWD, $jaggaerUser . ':' . $jaggaerPassword);
curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);
$events = json_decode(curl_exec($ch), true);
"""),
    ("services/ewon-poller/config.yaml", r"""
talk2m:
  api: https://m2web.talk2m.com/t2mapi
  developer_id: «uuid:t2mdevid»  ⟦?app-secret|Talk2M developer id⟧
  account: ardentforge
  username: ot-poller
  password: «pwn:talk2m»  ⟦password|Talk2M password in poller config⟧
devices:
  - name: SLT-WELDCELL-04
    ewon_user: adm
    ewon_password: adm  ⟪vendor default⟫
  - name: BRN-PRESS-02
    ewon_user: ardent
    ewon_password: «pw6:ewonbrn»  ⟦password|eWON device password in poller config⟧
"""),
    ("services/ewon-poller/cmd/ewon-poller/main.go", r"""
package main

import (
	"log"
	"os"

	"github.com/ardent-forge/ewon-poller/talk2m"
)

func main() {
	c := talk2m.Client{
		DeveloperID: os.Getenv("T2M_DEVELOPER_ID"),  ⟪environment lookup⟫
		Account:     "ardentforge",
		Username:    "ot-poller",
		Password:    os.Getenv("T2M_PASSWORD"),
	}
	if err := c.PollAll(); err != nil {
		log.Fatal(err)
	}
}
"""),
    ("services/bellows/legacy-agent/agent.conf", r"""
; bellows v1 agent (pre-Greengrass), still on 14 line PCs in Pune
[mqtt]
host = a«lo:13-iotep2»-ats.iot.ap-south-1.amazonaws.com
port = 8883

[s3]
bucket = af-bellows-legacy-730164928357
aws_access_key_id = «akid:legacyagent»  ⟦aws-key-id|key id in a legacy agent ini⟧
aws_secret_access_key = «awssec:legacyagent»  ⟦aws-secret|secret in a legacy agent ini⟧

[plc]
driver = s7
address = 10.50.8.30
rack = 0
slot = 1
"""),
    ("services/ignition-scripts/project/script-python/erp/sap_confirm/code.py", r"""
# Ignition gateway script: confirm an operation back to SAP when the MES closes a work order step
def confirm(order, operation, yield_qty, scrap_qty):
	url = "https://s4p-gw.erp.af.corp:44300/sap/opu/odata/sap/API_PROD_ORDER_CONFIRMATION_2_SRV/ProdnOrdConf2"
	headers = {"Authorization": "Basic «basic:ignitionsap»", "Content-Type": "application/json"}  ⟦password-b64|basic-auth header in an Ignition script⟧
	body = system.util.jsonEncode({"OrderID": order, "OrderOperation": operation,
	                               "ConfYieldQty": str(yield_qty), "ConfScrapQty": str(scrap_qty)})
	system.net.httpPost(url, "application/json", body, headerValues=headers)
	system.db.runPrepUpdate("INSERT INTO sap_confirmations(order_id, op) VALUES (?, ?)", [order, operation], "MES")  ⟪named DB connection⟫
"""),
    ("services/dealerline/ios/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:dealerios»</string>  ⟪Firebase iOS key, public⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-gcmsender»</string>
	<key>PROJECT_ID</key>
	<string>ardent-dealerline</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:«num:12-gcmsender»:ios:«hex:22-gappid»</string>  ⟪app id⟫
</dict>
</plist>
"""),
    ("services/crucible/.mvn/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>af-artifactory</id>
      <username>svc-build</username>
      <password>«pwx:artpypi»</password>  ⟦password|Maven settings.xml server password⟧
    </server>
    <server>
      <id>sap-nexus</id>
      <username>svc-sap</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/fieldwrench/android/app/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-fwgcm»", "project_id": "fieldwrench-prod"},
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-fwgcm»:android:«hex:22-fwappid»",
                      "android_client_info": {"package_name": "com.ardentforge.fieldwrench"}},
      "api_key": [{"current_key": "«aiza:fwandroid»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("services/dealerline/src/lib/analytics.ts", r"""
import { AnalyticsBrowser } from '@segment/analytics-next';

// browser write key: public by design
export const analytics = AnalyticsBrowser.load({ writeKey: '«segment:dealerbrowser»' });  ⟪Segment browser write key, public⟫

export const MIXPANEL_PROJECT_TOKEN = '«hex:32-mixpanel»';  ⟪Mixpanel project token, public⟫
"""),
    ("services/crucible/scripts/hdbuserstore-setup.sh", r"""
#!/bin/sh
# run once as crucadm on the HANA client host
/usr/sap/hdbclient/hdbuserstore SET CRUCIBLE_RO s4p-hana.erp.af.corp:30015 CRUCIBLE_RO '«sappw:hanaro»'  ⟦password|hdbuserstore SET password⟧
/usr/sap/hdbclient/hdbuserstore LIST CRUCIBLE_RO
/usr/sap/hdbclient/hdbsql -U CRUCIBLE_RO "SELECT COUNT(*) FROM SAPHANADB.MARA"  ⟪secure store key⟫
"""),
    ("services/fieldwrench/backend/integrations/hubspot.py", r"""
import os

from hubspot import HubSpot

client = HubSpot(access_token=os.environ["HUBSPOT_TOKEN"])  ⟪environment lookup⟫


def upsert_dealer_contact(email: str, dealer_code: str) -> None:
    client.crm.contacts.basic_api.create({"properties": {"email": email, "dealer_code": dealer_code}})
"""),
    ("services/supplier-portal/src/mailer.ts", r"""
import nodemailer from 'nodemailer';

export const transport = nodemailer.createTransport({
  host: 'smtp.office365.com',
  port: 587,
  auth: { user: 'supplier-notices@ardentforge.com', pass: '«pwp:o365notices»' },  ⟦password|SMTP password in nodemailer options⟧
});
"""),
]
