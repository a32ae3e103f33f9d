"""fresh35 templates, application configuration (Tessarine Semiconductor): MES and EAP services (Spring, .NET,
Python), yield and metrology analytics, the supplier portal, EDA and tapeout tooling, notebooks and HAR files.
Markers: render.py and README.md."""

FILES = [
    ("services/lotwright/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://wip.cluster-cq4x.eu-central-1.rds.amazonaws.com:5432/lotwright
    username: mes_app
    password: «pwc:mesapp»  ⟦password|Spring datasource password⟧
  rabbitmq:
    host: b-7f3a.mq.eu-central-1.amazonaws.com
    username: mesapp
    password: ${RABBIT_PASSWORD}  ⟪Spring placeholder⟫
lotwright:
  hold-codes:
    engineering: ENG
    quality: QHLD
  sap:
    ashost: sapprd-ci.tessarine.internal
    client: '300'
    user: RFC_MES
    passwd: «pw:saprfc»  ⟦password|SAP RFC password (same as the ECS task)⟧
"""),
    ("services/lotwright/src/main/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:lotwright
    username: sa
    password: ""  ⟪empty test password⟫
"""),
    ("services/lotwright/src/main/resources/dispatch.properties", r"""
# Real-time dispatcher (RTD) connection - Applied Materials APF
rtd.host=apf-rtd01.tsx2.fab.tessarine.internal
rtd.port=7040
rtd.user=RTDMES
rtd.password=«pw6:rtd»  ⟦password|RTD dispatcher password in .properties⟧
rtd.rules=/opt/apf/rules/tsx2_litho_bottleneck.rul
rtd.refresh.seconds=30
"""),
    ("services/eap-hub/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "EapDb": "Server=eapsql01.fab.tessarine.local;Database=EAP;User Id=eap_app;Password=«pwl:eapsql»;TrustServerCertificate=True",  ⟦conn-string|SQL Server connection string with a password⟧
    "Recipes": "Server=eapsql01.fab.tessarine.local;Database=RMS;Integrated Security=SSPI"  ⟪integrated security⟫
  },
  "Cimetrix": {
    "LicenseServer": "lic-cmx.fab.tessarine.local",
    "LicenseKey": "«up:25-cimetrix»"  ⟦?app-secret|Cimetrix CIMConnect licence key (policy-dependent)⟧
  },
  "Mes": {"BaseUrl": "https://lotwright.tsx2.fab.tessarine.internal/api/v3", "ApiToken": "«mesapi:eaphubnet»"}  ⟦app-secret|MES API token in appsettings⟧
}
"""),
    ("services/eap-hub/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "EapDb": "Server=(localdb)\\MSSQLLocalDB;Database=EAP_dev;Trusted_Connection=True"  ⟪localdb⟫
  },
  "Mes": {"BaseUrl": "http://localhost:8080/api/v3", "ApiToken": "dev-token-not-secret"}  ⟪dev placeholder⟫
}
"""),
    ("services/eap-hub/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="HsmsDefaultT3" value="45" />
    <add key="SecsSimulatorPath" value="C:\Cimetrix\SECSim\secsim.exe" />
    <add key="ToolPcShareUser" value="FAB\svc_eap" />
    <add key="ToolPcSharePassword" value="«pwl:eapshare»" />  ⟦password|XML appSettings share password⟧
    <add key="FtpRecipePass" value="«pwp:recipeftp»" />  ⟦password|XML appSettings recipe FTP password (the same)⟧
  </appSettings>
</configuration>
"""),
    ("services/eap-hub/Tools/NXT1970-05.eqcfg.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<EquipmentConfig model="NXT:1970Ci" eqpId="LITH05" fab="TSX2">
  <Hsms mode="Active" host="10.42.61.15" port="5000" deviceId="0" T3="45" T5="10" T6="5" T7="10" T8="5"/>
  <Gem spoolEnabled="true" maxSpool="20000"/>
  <HostPc user="asmlsvc" password="«pw6:lith05»"/>  ⟦password|scanner host PC password in an equipment config XML⟧
  <Reports>
    <Report id="1001" ceid="200" vids="1,2,3,57,58"/>
  </Reports>
</EquipmentConfig>
"""),
    ("services/yieldscope/config/settings.toml", r"""
[warehouse]
host = "yieldscope.618204937115.eu-central-1.redshift-serverless.amazonaws.com"
user = "ys_app"
password = "«pwr:ysapp»"  ⟦password|TOML warehouse password⟧

[klarity]
dsn = "oracle://ys_extract:«pw6:klarity»@klarity-db.tsx2.fab.tessarine.internal:1521/KLYPRD"  ⟦conn-string|Oracle DSN with the defect database password⟧

[stdf]
inbox = "s3://tsx-yield-stdf/raw/"
"""),
    ("services/yieldscope/yieldscope/sources/jmp_export.py", r"""
import requests

JMP_LIVE = "https://jmplive.tessarine-semi.com/api"
# service key for nightly wafer-map publishing (asked Tomas for a per-user key, not done yet)
JMP_LIVE_API_KEY = "«b62:40-jmplive»"  ⟦app-secret|JMP Live API key in Python⟧


def publish(report_path: str, folder: str = "Yield/TSX2/Sort") -> None:
    with open(report_path, "rb") as fh:
        requests.post(f"{JMP_LIVE}/v1/posts", headers={"Authorization": f"Bearer {JMP_LIVE_API_KEY}"},
                      files={"file": fh}, data={"folder": folder}, timeout=120).raise_for_status()
"""),
    ("services/yieldscope/tests/test_sources.py", r"""
from yieldscope.sources import jmp_export

FAKE_KEY = "jmp-unit-test-key-000000"  ⟪test value in a test path⟫


def test_publish_uses_bearer(requests_mock, tmp_path):
    requests_mock.post(jmp_export.JMP_LIVE + "/v1/posts", json={})
"""),
    ("services/yieldscope/notebooks/sort_yield_drop_ww47.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# WW47 sort yield drop - lots T2A4471.1..T2A4479.1 (edge die, ring pattern)"]},
  {"cell_type": "code", "execution_count": 3, "metadata": {}, "outputs": [], "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbyield»', aws_secret_access_key='«awssec:nbyield»')\n",  ⟦aws-key-id|key pair on one notebook line⟧
    "df = pd.read_parquet('s3://tsx-yield-stdf/curated/ww47/')\n"
  ]},
  {"cell_type": "code", "execution_count": 4, "metadata": {}, "outputs": [], "source": [
    "con = psycopg2.connect(host='wip-ro.tsx2', dbname='lotwright', user='yield_ro', password='«pwn:yieldro»')\n"  ⟦password|psycopg2 password in a notebook⟧
  ]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/yieldscope/dbt/profiles.yml", r"""
yieldscope:
  target: prod
  outputs:
    prod:
      type: redshift
      host: yieldscope.618204937115.eu-central-1.redshift-serverless.amazonaws.com
      user: dbt_yield
      password: «pwx:dbtyield»  ⟦password|dbt profile password⟧
      dbname: yield
      schema: marts
      port: 5439
    dev:
      type: redshift
      host: localhost
      user: dbt
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
"""),
    ("services/yieldscope/airflow/dags/wat_pull.py", r"""
from airflow import DAG
from airflow.providers.sftp.operators.sftp import SFTPOperator
from airflow.models import Variable
import pendulum

with DAG("wat_pull", start_date=pendulum.datetime(2026, 1, 1), schedule="@hourly", catchup=False) as dag:
    pull = SFTPOperator(task_id="pull", ssh_conn_id="wat_ftp", remote_filepath="/wat/out/", local_filepath="/tmp/wat/")
    token = Variable.get("ys_publish_token")  ⟪Airflow Variable⟫
    SMTP_PASS = "«pwp:watsmtp»"  ⟦password|password constant in a DAG⟧
"""),
    ("services/supplierlink/.env.production", r"""
NEXT_PUBLIC_API_BASE=https://supplierlink.tessarine-semi.com/api
NEXT_PUBLIC_SENTRY_DSN=«sentrynew:portal»  ⟪modern Sentry DSN (public)⟫
NEXTAUTH_URL=https://supplierlink.tessarine-semi.com
NEXTAUTH_SECRET=«b64k:32-g13»  ⟦app-secret|NextAuth secret⟧
AZURE_AD_CLIENT_SECRET=«azad:portalweb»  ⟦azure-ad|Entra client secret in .env⟧
DATABASE_URL=postgresql://portal:«pwc:portaldb»@supplierlink-db.cq4x.eu-central-1.rds.amazonaws.com:5432/portal  ⟦conn-string|database URL with a password⟧
WEBHOOK_SIGNING_SECRET=«whsec:portal»  ⟦app-secret|webhook signing secret in .env⟧
TRAINING_SHOP_STRIPE_KEY=«rk:trainshop»  ⟦stripe|Stripe restricted key in .env⟧
DOCUSIGN_ACCOUNT_ID=«uuid:dsacct»  ⟪DocuSign account id⟫
"""),
    ("services/supplierlink/.env.example", r"""
NEXTAUTH_SECRET=<generate with openssl rand -base64 32>  ⟪placeholder⟫
AZURE_AD_CLIENT_SECRET=your-client-secret  ⟪placeholder⟫
DATABASE_URL=postgresql://portal:portal@localhost:5432/portal  ⟪local default⟫
"""),
    ("services/supplierlink/lib/ariba.ts", r"""
const ARIBA_TOKEN_URL = 'https://api.ariba.com/v2/oauth/token';
// TODO(MK): move to Secrets Manager before the supplier audit
const clientId = 'b8e3c1d0-tsx-procurement';
const clientSecret = '«b62:32-ariba»';  ⟦app-secret|Ariba OAuth client secret in TypeScript⟧

export async function aribaToken(): Promise<string> {
  const basic = Buffer.from(`${clientId}:${clientSecret}`).toString('base64');
  const r = await fetch(ARIBA_TOKEN_URL, { method: 'POST', headers: { Authorization: `Basic ${basic}` }, body: 'grant_type=client_credentials' });
  return (await r.json()).access_token;
}
"""),
    ("services/supplierlink/lib/coa-parser.test.ts", r"""
import { parseCoa } from './coa-parser';
const STUB_KEY = 'sk_test_coa_fixture_only';  ⟪test value in a test path⟫
test('parses a HF 49% CoA', () => { expect(parseCoa('fixtures/hf49.pdf').lot).toBe('HF24-1187'); });
"""),
    ("services/reticle-vault/reticle_vault/maskshop.py", r"""
import paramiko

MASKSHOPS = {
    "photronix": {"host": "sftp.photronix-masks.com", "user": "tessarine_jd"},
    "toppanmask": {"host": "mft.toppanmask-global.com", "user": "TSX_UPLOAD"},
}
# Toppan's MFT still needs password auth (key auth requested, ticket TPM-88120)
TOPPAN_PASSWORD = "«pwx:toppanmft»"  ⟦password|mask shop MFT password in Python⟧


def push_jobdeck(shop: str, path: str) -> None:
    cfg = MASKSHOPS[shop]
    t = paramiko.Transport((cfg["host"], 22))
    t.connect(username=cfg["user"], password=TOPPAN_PASSWORD if shop == "toppanmask" else None)
"""),
    ("services/reticle-vault/config/export_control.yaml", r"""
# EAR/ITAR handling for tapeout data - reviewed by Trade Compliance 2026-09
classification:
  tsx180_pdk: EAR99
  tsx65rf_gdsii: 3E001
  radhard_asic_gov: ITAR-XI(d)
transfer:
  allowed_destinations: [US, DE, JP]
  denied_party_screening:
    provider: descartes-visual-compliance
    api_user: tsx_trade
    api_password: «pwn:descartes»  ⟦password|denied-party screening API password⟧
"""),
    ("eda/flows/calibre/run_drc.csh", r"""
#!/bin/csh -f
setenv MGLS_LICENSE_FILE 1717@lic01.design.tessarine.internal
setenv CALIBRE_HOME /tools/mentor/calibre/aoj_cal_2024.2_33.19
# pull latest deck from the PDK repo
git clone https://tsx-eda-bot:«ghp:edabot»@github.com/tessarine-semi/pdk-tsx65rf.git /tmp/pdk  ⟦github|PAT in a clone URL in a csh script⟧
calibre -drc -hier -64 /tmp/pdk/calibre/drc/tsx65rf.drc
"""),
    ("eda/flows/synopsys/.synopsys_dc.setup", r"""
set search_path ". /proj/pdk/tsx65rf/lib/db $search_path"
set target_library "tsx65rf_ss0p9v125c.db"
set link_library "* $target_library"
set_app_var sh_enable_page_mode false
"""),
    ("eda/licenses/snps_tsx.lic", r"""
SERVER lic01 «uhex:12-hostid1» 27020
SERVER lic02 «uhex:12-hostid2» 27020
SERVER lic03 «uhex:12-hostid3» 27020
DAEMON snpslmd /opt/flexlm/snpslmd
FEATURE Design-Compiler snpslmd 2026.12 31-dec-2026 12 SIGN="«flexlm:dc»"  ⟦?app-secret|FlexLM feature signature (policy-dependent)⟧
FEATURE PrimeTime snpslmd 2026.12 31-dec-2026 20 SIGN="«flexlm:pt»"  ⟦?app-secret|FlexLM feature signature (policy-dependent)⟧
"""),
    ("eda/tapeout/tapeout_checklist.md", r"""
# Tapeout checklist - TSX65RF shuttle MPW-26Q4

1. DRC/LVS/ANT clean on the final GDS (Calibre 2024.2, deck rev P.
2. Fill inserted, density report attached.
3. Jobdeck generated and reviewed by mask ops.
4. Export classification confirmed by Trade Compliance (3E001) and logged in `export_control.yaml`.
5. Upload via reticle-vault (never e-mail GDS). SFTP credentials live in Secrets Manager `reticle/photronix`.  ⟪pointer to a secret store⟫
6. Mask shop confirms receipt; MDP job id recorded in the tapeout ticket.
"""),
    ("services/metrology/ocd_model_sync.py", r"""
import os
import requests

NOVA_URL = "https://nova-mars.tsx2.fab.tessarine.internal/api"
NOVA_USER = "ocdsync"
NOVA_PASS = os.environ.get("NOVA_PASS", "«pwl:novamars»")  ⟦password|environment fallback default password⟧


def push_model(recipe: str, model_zip: str) -> None:
    requests.put(f"{NOVA_URL}/models/{recipe}", auth=(NOVA_USER, NOVA_PASS), data=open(model_zip, "rb"), verify=False)
"""),
    ("services/metrology/klarf_watch.ini", r"""
[source]
share = \\kla-2930-hostpc\KLARF\OUT
user = KLAUSER
password = «pw6:kla2930»  ⟦password|KLARF share password in an .ini⟧

[sink]
bucket = tsx-klarf-618204937115
region = eu-central-1
"""),
    ("services/pm-scheduler/config.yaml", r"""
cmms:
  vendor: maximo
  url: https://maximo.tessarine.internal/maximo/oslc
  apikey: «lo:26-maximo»  ⟦app-secret|Maximo API key⟧
teams:
  webhook: https://tessarine.webhook.office.com/webhookb2/«uuid:teams1»@«uuid:tenant»/IncomingWebhook/«hex:32-teamshook»/«uuid:teams2»  ⟦app-secret|Teams incoming webhook URL⟧
"""),
    ("services/alarm-router/src/config.go", r"""
package config

import "os"

type Config struct {
	TwilioSID   string
	TwilioToken string
	PagerDuty   string
}

func Load() Config {
	return Config{
		TwilioSID:   "«twac:alarm»",  ⟪Twilio account SID⟫
		TwilioToken: "«hex:32-twiliotok»",  ⟦twilio|Twilio auth token in Go⟧
		PagerDuty:   os.Getenv("PD_ROUTING_KEY"),  ⟪os.Getenv⟫
	}
}
"""),
    ("services/alarm-router/go.sum", r"""
github.com/twilio/twilio-go v1.20.1 h1:«b64k:32-g14»  ⟪go.sum hash⟫
github.com/twilio/twilio-go v1.20.1/go.mod h1:«b64k:32-g15»  ⟪go.sum hash⟫
"""),
    ("services/spc-engine/spc_engine/settings.py", r"""
import os

DEBUG = False
SECRET_KEY = "«django:spc»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["spc.tsx2.fab.tessarine.internal"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "spc",
        "USER": "spc_app",
        "PASSWORD": os.environ["SPC_DB_PASSWORD"],  ⟪os.environ⟫
        "HOST": "spc-db.tsx2",
    }
}
EMAIL_HOST_USER = "«akid:spcmail»"  ⟦aws-ses-smtp|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:spcmail»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
"""),
    ("services/spc-engine/spc_engine/settings_ci.py", r"""
from .settings import *  # noqa
SECRET_KEY = "ci-only-not-secret-" + "x" * 20  ⟪CI placeholder⟫
DATABASES["default"]["PASSWORD"] = "spc"  ⟪CI local password⟫
"""),
    ("services/chem-delivery/cds_poll.py", r"""
# Poll the chemical delivery system (bulk slurry/solvent) PLC gateway and push levels to the MES
from pymodbus.client import ModbusTcpClient
import requests

GATEWAY = "10.42.90.12"
MES = "https://lotwright.tsx2.fab.tessarine.internal/api/v3/facility/levels"
HDR = {"Authorization": "Bearer «mesapi:cdspoll»"}  ⟦app-secret|MES bearer token in a polling script⟧
"""),
    ("services/har/supplierlink-login.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "131.0"},
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://supplierlink.tessarine-semi.com/api/auth/callback/credentials",
          "headers": [
            {"name": "Content-Type", "value": "application/x-www-form-urlencoded"},
            {"name": "Cookie", "value": "next-auth.csrf-token=«hex:64-g16»"}  ⟪CSRF cookie⟫
          ],
          "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=qa.lead%40chemco-supply.com&password=«pct:pwn:chemcoqa»&csrfToken=«hex:64-g17»"}  ⟦password|percent-encoded password in a HAR form body⟧
        },
        "response": {"status": 302, "headers": [{"name": "Location", "value": "/dashboard"}]}
      },
      {
        "request": {
          "method": "GET",
          "url": "https://supplierlink.tessarine-semi.com/api/pcn?status=open",
          "headers": [{"name": "Authorization", "value": "Bearer «jwt:chemcoqa»"}]  ⟦jwt|bearer JWT in a HAR file⟧
        },
        "response": {"status": 200}
      }
    ]
  }
}
"""),
    ("services/har/mes-ui-lotmove.har", r"""
{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://mes.tsx2.fab.tessarine.internal/api/v3/lots/T2A4475.1/move",
          "headers": [
            {"name": "X-Api-Token", "value": "«mesapi:harmove»"},  ⟦app-secret|MES API token in a HAR header⟧
            {"name": "X-Request-Id", "value": "«uuid:harreq»"}  ⟪request id⟫
          ]
        },
        "response": {"status": 200}
      }
    ]
  }
}
"""),
    ("services/lotwright/pom-settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>tessarine-nexus</id>
      <username>ci-lotwright</username>
      <password>«pwx:nexus»</password>  ⟦password|Maven settings password (same as buildspec)⟧
    </server>
    <server>
      <id>tessarine-releases</id>
      <username>ci-lotwright</username>
      <password>{«b64k:24-g18»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/eap-hub/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="tessarine" value="https://nuget.tessarine.internal/v3/index.json" />
    <add key="cimetrix" value="https://packages.cimetrix.com/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <cimetrix>
      <add key="Username" value="tessarine-eap" />
      <add key="ClearTextPassword" value="«pwr:cmxnuget»" />  ⟦password|NuGet ClearTextPassword⟧
    </cimetrix>
  </packageSourceCredentials>
</configuration>
"""),
    ("services/ai-assist/config.toml", r"""
[llm]
provider = "anthropic"
model = "claude-sonnet"
api_key = "«ant:fabassist»"  ⟦anthropic|Anthropic key in TOML⟧

[fallback]
provider = "openai"
api_key = "«oai:fabassist»"  ⟦openai|OpenAI key in TOML⟧

[retrieval]
index = "s3://tsx-fab-assist/index/"
"""),
    ("services/hr-badges/gowning_sync.py", r"""
# Sync cleanroom gowning certifications (LMS) to the badge system so uncertified staff cannot enter Class 10 bays
import requests
LMS = "https://tessarine.docebosaas.com"
LMS_CLIENT_ID = "gowning-sync"
LMS_CLIENT_SECRET = "«hex:40-docebo»"  ⟦app-secret|LMS client secret in a sync script⟧
LENEL_URL = "https://onguard.tsx2.tessarine.internal/api/access/onguard/openaccess"
LENEL_PASSWORD = "«pwc:lenel»"  ⟦password|badge system password in a sync script⟧
"""),
    ("services/vendor-remote/secomea.json", r"""
{
  "gatemanager": "gm.secomea-fab.com",
  "domain": "tessarine.tsx2.subfab",
  "sitemanager": {"serial": "SM-3529-1187-04", "appliance_password": "«pw6:secomea»"},  ⟦password|remote-access appliance password in JSON⟧
  "agents": [{"name": "ebara-pumps", "ip": "10.42.91.0/24"}]
}
"""),
]
