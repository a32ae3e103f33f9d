"""fresh22 templates, application configuration and code (Marwick Hale Tennant LLP): .NET, Spring (Java and
Kotlin), Django and Python, TypeScript and Node, Go, Ruby and Rails, PHP (WordPress intranet), notebooks and the
lawyers' mobile app.
Markers: render.py and README.md."""

FILES = [
    ("services/ledgerline/src/Ledgerline.Api/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Elite": "Server=e3e-sql01.mhtlaw.internal;Database=TE_3E_PROD;User Id=ledgerline;Password=«pwx:elitesql»;Encrypt=True",  ⟦conn-string|SQL Server connection string in appsettings⟧
    "Aderant": "Server=ade-sql01.mhtlaw.internal;Database=ExpertDB;Integrated Security=True"  ⟪integrated security⟫
  },
  "LegalTracker": {
    "BaseUrl": "https://www.legaltracker.com/api/v2",
    "Username": "mht_ebill",
    "Password": "«pwc:legaltracker»"  ⟦password|Legal Tracker password in appsettings⟧
  },
  "Seq": {"ServerUrl": "https://seq.mhtlaw.internal", "ApiKey": "«b62:20-seq»"},  ⟦app-secret|Seq API key in appsettings⟧
  "ElasticApm": {"SecretToken": "«b62:24-apm»", "ServerUrl": "https://apm.mhtlaw.internal:8200"}  ⟦app-secret|Elastic APM secret token in appsettings⟧
}
"""),
    ("services/ledgerline/src/Ledgerline.Api/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Elite": "Server=(localdb)\\MSSQLLocalDB;Database=TE_3E_DEV;Trusted_Connection=True"  ⟪local database, no password⟫
  },
  "LegalTracker": {
    "BaseUrl": "https://sandbox.legaltracker.com/api/v2",
    "Username": "mht_ebill_dev",
    "Password": "changeme"  ⟪placeholder⟫
  }
}
"""),
    ("services/ledgerline/src/Ledgerline.Api/Ebilling/CounselLinkClient.cs", r"""
using System.Net.Http;
using System.Net.Http.Headers;

namespace Ledgerline.Api.Ebilling
{
    // CounselLink (LexisNexis) invoice submission. TODO move the key to Secrets Manager before go-live (LL-412)
    public sealed class CounselLinkClient
    {
        private const string BaseUrl = "https://www.counsellink.net/api/v1/";
        private const string ApiKey = "«b62:36-counsellink»";  ⟦app-secret|CounselLink API key as a C# constant⟧
        private const string FirmId = "MHT-00418";
        private readonly HttpClient _http;

        public CounselLinkClient(HttpClient http)
        {
            _http = http;
            _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiKey", ApiKey);
        }
    }
}
"""),
    ("services/tallyman/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://tallyman.cluster-c3m1x9qz2k7w.us-east-1.rds.amazonaws.com:5432/tallyman
    username: tallyman
    password: «pwn:tallymandb»  ⟦password|Spring datasource password⟧
  mail:
    host: email-smtp.us-east-1.amazonaws.com
    username: ${SMTP_USER}  ⟪Spring placeholder⟫
    password: ${SMTP_PASSWORD}
intapp:
  time:
    base-url: https://mhtlaw.time.intapp.com/api
    api-key: «b62:40-intapptime»  ⟦app-secret|Intapp Time key in Spring YAML⟧
elite:
  transaction-service:
    user: MHTLAW\svc-tallyman
    password: «pwcity:tallyman»  ⟦password|Elite password in Spring YAML⟧
"""),
    ("services/tallyman/src/main/resources/application.properties", r"""
server.port=8080
spring.application.name=tallyman
spring.mail.host=email-smtp.us-east-1.amazonaws.com
spring.mail.port=587
spring.mail.username=«akid:tallysmtp»  ⟦aws-key-id|SES SMTP user in Spring properties⟧
spring.mail.password=«sesv4:tallysmtp»  ⟦aws-ses-smtp|SES SMTP password in Spring properties⟧
spring.mail.properties.mail.smtp.starttls.enable=true
management.endpoints.web.exposure.include=health,info
"""),
    ("services/tallyman/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:tallyman
    username: sa
    password: ""  ⟪empty password in a test profile⟫
intapp:
  time:
    api-key: test-intapp-key-not-real  ⟪test-marked value in a test path⟫
"""),
    ("services/folio/folio/settings/production.py", r"""
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:folio»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["folio.mhtlaw.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "foliobridge.cluster-c3m1x9qz2k7w.us-east-1.rds.amazonaws.com",
        "NAME": "foliobridge",
        "USER": "folio_app",
        "PASSWORD": "«pwc:foliodb»",  ⟦password|Django database password⟧
    }
}

IMANAGE = {
    "URL": "https://dms.mhtlaw.com/work/api/v2",
    "CLIENT_ID": "folio-bridge",
    "CLIENT_SECRET": os.environ["IMANAGE_CLIENT_SECRET"],  ⟪os.environ lookup⟫
}

AWS_ACCESS_KEY_ID = "«akid:folioarchive»"  ⟦aws-key-id|key id in Django settings⟧
AWS_SECRET_ACCESS_KEY = "«awssec:folioarchive»"  ⟦aws-secret|secret in Django settings⟧
AWS_STORAGE_BUCKET_NAME = "mht-dms-archive-418305927614"
"""),
    ("services/folio/folio/netdocs.py", r"""
import os

import requests

ND_TOKEN_URL = "https://api.vault.netvoyage.com/v1/OAuth"
ND_CLIENT_ID = os.environ.get("ND_CLIENT_ID", "AP-«up:8-ndclientid»")  ⟪NetDocuments client id default⟫
ND_CLIENT_SECRET = os.environ.get("ND_CLIENT_SECRET", "«b62:40-ndsec»")  ⟦app-secret|NetDocuments secret as an environ default⟧


def token(repository: str) -> str:
    resp = requests.post(
        ND_TOKEN_URL,
        auth=(ND_CLIENT_ID + "|" + repository, ND_CLIENT_SECRET),
        data={"grant_type": "client_credentials", "scope": "full"},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["access_token"]


def profile(doc_id: str) -> dict:
    # doc ids look like 4821-7734-9012; the version is appended as .1, .2 ...
    return requests.get(f"https://api.vault.netvoyage.com/v1/Document/{doc_id}/info", timeout=20).json()
"""),
    ("services/folio/tests/test_netdocs.py", r"""
from folio import netdocs


def test_token_uses_client_credentials(requests_mock):
    requests_mock.post(netdocs.ND_TOKEN_URL, json={"access_token": "test-token-not-real"})  ⟪test-marked token in a test⟫
    assert netdocs.token("CA-TESTCAB1") == "test-token-not-real"


def test_profile_path():
    doc_id = "«nd:t1»"  ⟪NetDocuments document id⟫
    assert doc_id.count("-") == 2
"""),
    ("services/signet/src/docusign.ts", r"""
import docusign from 'docusign-esign';
import crypto from 'node:crypto';

const INTEGRATION_KEY = process.env.DS_INTEGRATION_KEY ?? '«uuid:dsik»';  ⟪DocuSign integration key, a client id⟫
const USER_ID = process.env.DS_USER_ID!;
const CONNECT_HMAC = process.env.DS_CONNECT_HMAC_KEY ?? '«b64k:32-dsconnect»';  ⟦app-secret|DocuSign HMAC key as a fallback literal⟧

export function verifyConnect(body: string, signature: string): boolean {
  const mac = crypto.createHmac('sha256', CONNECT_HMAC).update(body).digest('base64');
  return crypto.timingSafeEqual(Buffer.from(mac), Buffer.from(signature));
}

export async function apiClient(privateKey: Buffer) {
  const api = new docusign.ApiClient({ basePath: 'https://eu.docusign.net/restapi' });
  const res = await api.requestJWTUserToken(INTEGRATION_KEY, USER_ID, ['signature', 'impersonation'], privateKey, 3600);
  api.addDefaultHeader('Authorization', `Bearer ${res.body.access_token}`);
  return api;
}
"""),
    ("services/signet/.env.production", r"""
DS_INTEGRATION_KEY=«uuid:dsik»
DS_USER_ID=«uuid:dsuser»
DS_PRIVATE_KEY_B64=«b64pem:pkcs1:rsadocusign»  ⟦private-key|base64 PEM of the DocuSign JWT key in .env⟧
ADOBE_SIGN_CLIENT_SECRET=«b62:32-adobesec»  ⟦app-secret|Acrobat Sign secret in .env.production⟧
NEXT_PUBLIC_SENTRY_DSN=«sentrynew:signetweb»  ⟪modern Sentry DSN, public⟫
NEXT_PUBLIC_GOOGLE_MAPS_KEY=«aiza:signetmaps»  ⟪Maps browser key⟫
"""),
    ("services/signet/.env.example", r"""
DS_INTEGRATION_KEY=<your-integration-key>  ⟪placeholder⟫
DS_USER_ID=
DS_PRIVATE_KEY_B64=
ADOBE_SIGN_CLIENT_SECRET=your-adobe-sign-secret  ⟪placeholder⟫
"""),
    ("services/docketeer/docketeer/config.toml", r"""
[pacer]
login_url = "https://pacer.login.uscourts.gov/services/cso-auth"
username = "mhtdocket01"
password = "«pwl:pacer»"  ⟦password|PACER password in TOML⟧
client_code = "LIT-GEN-0001"

[docket_alarm]
username = "docketing@mhtlaw.com"
password = "«pwn:docketalarm»"  ⟦password|Docket Alarm password in TOML⟧

[courtlink]
api_key = "{{ env.COURTLINK_KEY }}"  ⟪template reference⟫
"""),
    ("services/docketeer/internal/navigator/client.go", r"""
package navigator

import (
	"net/http"
	"os"
	"time"
)

// Docket Navigator patent-litigation feeds for the IP group.
const (
	baseURL = "https://api.docketnavigator.com/v3"
	apiKey  = "«hex:40-docketnav»"  ⟦app-secret|Docket Navigator API key as a Go constant⟧
)

var pacerPassword = os.Getenv("PACER_PASSWORD")  ⟪os.Getenv⟫

func New() *http.Client {
	return &http.Client{Timeout: 30 * time.Second}
}

func authHeader() string { return "Token " + apiKey }
"""),
    ("services/docketeer/docketeer/bea_client.py", r"""
# beA (besonderes elektronisches Anwaltspostfach) - Versand von Schriftsaetzen fuer das Frankfurter Buero.
# Das Softwarezertifikat liegt auf dem Fileserver; die PIN hat RAin Wendt uebergangsweise hier eingetragen.
from pathlib import Path

BEA_API = "https://bea.mhtlaw.internal:8443/bea-api/v1"
BEA_SAFE_ID = "DE.BRAK.«hex:8-safeid».«hex:4-safeid2»-«uuid:safeid3»"  ⟪beA SAFE-ID, an address⟫
SOFTWARE_TOKEN = Path(r"\\fra-fs01\kanzlei\bea\wendt-softwarezertifikat.p12")
SOFTWARE_TOKEN_PIN = "«bea:wendt»"  ⟦password|beA software certificate PIN in code⟧


def login(client):
    return client.login(SOFTWARE_TOKEN.read_bytes(), SOFTWARE_TOKEN_PIN)
"""),
    ("services/docketeer/docketeer/rpva.py", r"""
# RPVA / e-barreau (bureau de Paris) : depot des conclusions via le boitier Navista.
# Identifiants du compte technique du cabinet, a deplacer dans le coffre (ticket MHT-IT-5521).
RPVA_GATEWAY = "https://navista.mhtlaw.internal/rpva"
RPVA_USER = "cabinet.mht.paris"
RPVA_MOT_DE_PASSE = "«pwl:rpva»"  ⟦password|RPVA gateway password (French comments)⟧
"""),
    ("services/escrowline/src/main/kotlin/com/mhtlaw/escrowline/bank/BankClient.kt", r"""
package com.mhtlaw.escrowline.bank

import java.io.FileInputStream
import java.security.KeyStore
import javax.net.ssl.KeyManagerFactory

// mutual-TLS client for the bank's treasury API (BAI2 prior-day, positive pay exceptions)
object BankClient {
    private const val KEYSTORE = "/opt/escrowline/bank/mht-treasury.p12"
    private const val KEYSTORE_PASSWORD = "«pwx:treasuryp12»"  ⟦password|keystore password as a Kotlin constant⟧
    private const val ROUTING_NUMBER = "021000021"  ⟪public routing number⟫

    fun keyManagers(): Array<javax.net.ssl.KeyManager> {
        val ks = KeyStore.getInstance("PKCS12")
        FileInputStream(KEYSTORE).use { ks.load(it, KEYSTORE_PASSWORD.toCharArray()) }
        val kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm())
        kmf.init(ks, KEYSTORE_PASSWORD.toCharArray())
        return kmf.keyManagers
    }
}
"""),
    ("services/escrowline/config/bank.properties", r"""
bank.api.url=https://treasury-api.bank.com/v2
bank.api.client-id=MHTLLP-ESCROW
bank.api.keystore=/opt/escrowline/bank/mht-treasury.p12
bank.api.keystore-password=«pwx:treasuryp12»  ⟦password|keystore password in properties⟧
bank.sftp.host=positivepay.treasury-bank.com
bank.sftp.user=MHTLLP_PP
bank.sftp.password=${BANK_SFTP_PASSWORD}  ⟪placeholder reference⟫
"""),
    ("services/escrowline/db/seed_trust_accounts.sql", r"""
-- client trust accounts per jurisdiction (account numbers masked; full numbers live in the bank portal only)
INSERT INTO trust_account (code, jurisdiction, bank, routing, account_masked, iban_masked) VALUES
  ('IOLTA-NY', 'US-NY', 'JPMorgan Chase', '021000021', '******4471', NULL),  ⟪public routing number, masked account⟫
  ('CLIENT-LDN', 'GB', 'Barclays', NULL, NULL, 'GB** BARC **** **** **12 88'),
  ('ANDERKONTO-FRA', 'DE', 'Deutsche Bank', NULL, NULL, 'DE** 5007 **** **** **** 31'),
  ('CARPA-PAR', 'FR', 'CARPA Paris', NULL, NULL, 'FR76 **** **** **** **** **** 204');
-- ledger_user for the reconciliation job; the password is set by the rotation Lambda
CREATE USER ledger_recon WITH PASSWORD '«pwr:ledgerrecon»';  ⟦password|CREATE USER with a literal password⟧
"""),
    ("services/quillon/quillon/settings.py", r"""
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    openai_api_key: str = "«oai:quillon»"  ⟦openai|OpenAI key as a pydantic default⟧
    anthropic_api_key: str | None = None
    bedrock_region: str = "eu-west-2"
    pinecone_index: str = "precedents-3072"
    max_clause_tokens: int = 2048

    class Config:
        env_file = ".env"


settings = Settings()
"""),
    ("services/quillon/notebooks/clause-eval.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "os.environ[\"ANTHROPIC_API_KEY\"] = \"«ant:notebook»\"\n",  ⟦anthropic|Anthropic key set in a notebook cell⟧
    "os.environ[\"PINECONE_API_KEY\"] = \"«pcsk:quillon»\"\n"  ⟦app-secret|Pinecone key set in a notebook cell⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["run_id=«uuid:lsrun» clauses=412 f1=0.81\n"]}],  ⟪run id⟫
   "source": ["evaluate(suite='indemnity', k=8)"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/lodestar/config/coveo.json", r"""
{
  "organizationId": "marwickhaletennantllp«lo:8-coveoorg»",
  "searchHub": "KnowHow",
  "searchApiKey": "«coveo:search»",  ⟦app-secret|Coveo API key in a config file (search key with impersonate privilege)⟧
  "pipeline": "lawyers-default",
  "sources": ["iManage-LDN", "iManage-FRA", "NetDocuments-NYC", "PracticalLaw"]
}
"""),
    ("services/vestibule/config/credentials.yml", r"""
# decrypted by hand for the 2026-10 migration and committed by mistake (VES-233)
secret_key_base: «hex:128-vestskb»  ⟦app-secret|Rails secret_key_base⟧
highq:
  client_id: 4471
  client_secret: «b62:32-highqsec»  ⟦app-secret|HighQ secret in Rails credentials⟧
aws:
  access_key_id: «akid:vestibulerails»  ⟦aws-key-id|key id in Rails credentials⟧
  secret_access_key: «awssec:vestibulerails»  ⟦aws-secret|secret in Rails credentials⟧
"""),
    ("services/vestibule/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: vestibule_dev

production:
  <<: *default
  host: vestibule.cluster-c9q2w7mz1x4k.eu-west-2.rds.amazonaws.com
  database: vestibule
  username: vestibule
  password: <%= ENV["VESTIBULE_DATABASE_PASSWORD"] %>  ⟪ENV lookup⟫

dealroom:
  <<: *default
  host: dealroom.cluster-c9q2w7mz1x4k.eu-west-2.rds.amazonaws.com
  database: dealroom
  username: dealroom
  password: «pwc:dealroomdb»  ⟦password|database.yml password⟧
"""),
    ("intranet/wp-config.php", r"""
<?php
/** MHT intranet (WordPress) - office news, room booking, canteen menus */
define( 'DB_NAME', 'intranet' );
define( 'DB_USER', 'intranet' );
define( 'DB_PASSWORD', '«pwp:intranetdb»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'intranet.c9q2w7mz1x4k.eu-west-2.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  '«django:wpsecauth»' );  ⟦app-secret|WordPress SECURE_AUTH_KEY salt⟧
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'NONCE_KEY',        'put your unique phrase here' );
define( 'WP_OFFLOAD_MEDIA', serialize( array( 'provider' => 'aws', 'use-server-roles' => true ) ) );  ⟪instance role, no key⟫
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
"""),
    ("services/scribe/scribe/revai.py", r"""
from rev_ai import apiclient

# accent-heavy dictations (Singapore, Sao Paulo) go to Rev.ai; the rest stay on Amazon Transcribe
REVAI_TOKEN = "«revai:scribe»"  ⟦app-secret|Rev.ai token as a Python constant⟧
client = apiclient.RevAiAPIClient(REVAI_TOKEN)


def submit(url: str, matter: str) -> str:
    job = client.submit_job_url(url, metadata=matter, custom_vocabulary_id="cv«hex:12-revvocab»")  ⟪vocabulary id⟫
    return job.id
"""),
    ("services/clearance/src/main/java/com/mhtlaw/clearance/WorldCheckSigner.java", r"""
package com.mhtlaw.clearance;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** HMAC request signing for World-Check One (sanctions, PEP and adverse media screening at intake). */
public final class WorldCheckSigner {
    static final String API_KEY = "«uuid:wc1key»";  ⟪World-Check API key id⟫
    static final String API_SECRET = "«b64k:64-wc1sec»";  ⟦app-secret|World-Check API secret as a Java constant⟧

    static String sign(String dataToSign) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(API_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return Base64.getEncoder().encodeToString(mac.doFinal(dataToSign.getBytes(StandardCharsets.UTF_8)));
    }
}
"""),
    ("services/clearance/src/main/resources/application.yml", r"""
clearance:
  intapp:
    base-url: https://mhtlaw.open.intapp.com
    client-id: clearance-sync
    client-secret: ${INTAPP_CLIENT_SECRET}  ⟪placeholder⟫
  companies-house:
    api-key: «uuid:chkey»  ⟦app-secret|Companies House key in Spring YAML⟧
  dow-jones:
    username: mht.riskcompliance
    password: «pwp:dowjones»  ⟦password|Dow Jones Risk & Compliance password in Spring YAML⟧
"""),
    ("services/advisory/xero_sync/config.yaml", r"""
xero:
  client_id: «uhex:32-xeroid»  ⟪Xero client id⟫
  client_secret: «xerosec:advisory»  ⟦app-secret|Xero secret in a YAML config⟧
  tenants:
    - «uuid:xerotenant1»  ⟪tenant id⟫
    - «uuid:xerotenant2»
quickbooks:
  client_id: AB«b62:48-qbid»
  client_secret: «b62:40-qbsec»  ⟦app-secret|QuickBooks client secret in a YAML config⟧
  environment: production
"""),
    ("services/advisory/payroll/datev.json", r"""
{
  "datev": {
    "client_id": "«hex:32-datevid»",
    "client_secret": "«hex:32-datev»",  ⟦app-secret|DATEV client secret in JSON⟧
    "berater_nr": "«num:7-berater»",
    "mandanten_nr": "«num:5-mandant»",
    "lohn_export": "LODAS"
  }
}
"""),
    ("services/translation/lib/deepl_glossary.rb", r"""
require "deepl"

# glossary sync for the German and Spanish offices (dev account on the free API)
DeepL.configure do |config|
  config.auth_key = "«deepl:fx-dev»"  ⟦app-secret|DeepL free-API key in Ruby⟧
  config.host = "https://api-free.deepl.com"
end

GLOSSARIES = {
  "de-en" => "«uuid:glossary»",  ⟪glossary id⟫
  "es-en" => "«uuid:glossary2»",
}.freeze
"""),
    ("services/km/internal/research/westlaw.go", r"""
package research

import (
	"fmt"
	"net/http"
)

type Client struct {
	http  *http.Client
	token string
}

// Default is the KM team's shared Westlaw Edge API client; see KM-88 before changing the key.
var Default = &Client{http: http.DefaultClient, token: "«b62:32-westlaw»"}  ⟦app-secret|Westlaw key as a Go struct literal⟧

func (c *Client) Search(q string) (*http.Response, error) {
	req, _ := http.NewRequest("GET", fmt.Sprintf("https://api.thomsonreuters.com/westlaw/v2/search?q=%s", q), nil)
	req.Header.Set("x-api-key", c.token)
	return c.http.Do(req)
}
"""),
    ("mobile/matters-app/ios/Config/Release.xcconfig", r"""
// MHT Matters (iOS) - release configuration
API_BASE_URL = https:/$()/matters-api.mhtlaw.com
FIREBASE_API_KEY = «aiza:mattersios»  ⟪Firebase iOS key, public⟫
SENTRY_DSN = «sentrynew:mattersios»  ⟪modern Sentry DSN⟫
MATTERS_API_HMAC_SECRET = «b64k:32-mattershmac»  ⟦app-secret|API HMAC secret shipped in an xcconfig⟧
INTUNE_ADAL_CLIENT_ID = «uuid:intuneclient»  ⟪Entra client id⟫
"""),
    ("mobile/matters-app/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
MHT_UPLOAD_STORE_FILE=../keystore/mht-upload.jks
MHT_UPLOAD_STORE_PASSWORD=«pwn:androidstore»  ⟦password|Android keystore password in gradle.properties⟧
MHT_UPLOAD_KEY_ALIAS=upload
MHT_UPLOAD_KEY_PASSWORD=«pwn:androidstore»  ⟦password|Android key password in gradle.properties⟧
"""),
    ("mobile/matters-app/android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-gcpproj»",
    "project_id": "mht-matters",
    "storage_bucket": "mht-matters.appspot.com"
  },
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-gcpproj»:android:«hex:16-fbapp»", "android_client_info": {"package_name": "com.mhtlaw.matters"}},
      "api_key": [{"current_key": "«aiza:mattersandroid»"}],  ⟪Firebase Android key, public⟫
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
"""),
    ("services/videoconf/webex_rooms.py", r"""
import requests

# Board and Room Kit devices in the London and Madrid offices: nightly health check
WEBEX_BOT_TOKEN = "«webex:rooms»"  ⟦app-secret|Webex bot token in Python⟧
ZOOM_ACCOUNT_ID = "«zoomid:s2saccount»"  ⟪Zoom account id⟫


def devices():
    r = requests.get("https://webexapis.com/v1/devices", headers={"Authorization": f"Bearer {WEBEX_BOT_TOKEN}"}, timeout=15)
    return r.json()["items"]
"""),
    ("services/dms-addins/OutlookFiler/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DmsPlatform" value="NetDocuments" />
    <add key="NetDocumentsRepository" value="CA-«up:8-ndcab»" />
    <add key="NetDocumentsClientId" value="AP-«up:8-ndclientid»" />  ⟪client id⟫
    <add key="NetDocumentsClientSecret" value="«b62:40-ndsec»" />  ⟦app-secret|NetDocuments secret in an Outlook add-in App.config⟧
    <add key="iManageServer" value="dms.mhtlaw.com" />
    <add key="FilingMailbox" value="filing@mhtlaw.com" />
  </appSettings>
</configuration>
"""),
    ("services/time-capture/IntappTimeAgent.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ActivityCache" connectionString="Data Source=%LOCALAPPDATA%\Intapp\Time\cache.db" />  ⟪local path⟫
    <add name="Elite" connectionString="Server=e3e-sql01.mhtlaw.internal;Database=TE_3E_PROD;User ID=time_agent;Password=«pw6:timeagent»" />  ⟦conn-string|connection string in a desktop agent config⟧
  </connectionStrings>
  <appSettings>
    <add key="CaptureEmail" value="true" />
    <add key="CapturePhone" value="true" />
  </appSettings>
</configuration>
"""),
    ("services/quillon/package-lock.json", r"""
{
  "name": "quillon-web",
  "version": "1.19.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@anthropic-ai/sdk": {
      "version": "0.32.1",
      "resolved": "https://registry.npmjs.org/@anthropic-ai/sdk/-/sdk-0.32.1.tgz",
      "integrity": "«sri:anthsdk»"  ⟪package integrity hash⟫
    },
    "node_modules/openai": {
      "version": "4.71.0",
      "resolved": "https://registry.npmjs.org/openai/-/openai-4.71.0.tgz",
      "integrity": "«sri:openaisdk»"
    }
  }
}
"""),
    ("services/quillon/web/.npmrc", r"""
@mht:registry=https://mhtlaw.jfrog.io/artifactory/api/npm/npm-internal/
//mhtlaw.jfrog.io/artifactory/api/npm/npm-internal/:_authToken=«npm:quillonweb»  ⟦npm|npm token in a project .npmrc⟧
always-auth=true
"""),
    ("services/ai-gateway/config/providers.yaml", r"""
providers:
  openai:
    base_url: https://api.openai.com/v1
    api_key: ${OPENAI_API_KEY}  ⟪env placeholder⟫
  azure_openai:
    endpoint: https://mht-drafting-uks.openai.azure.com/
    api_key: «hex:32-azoai»  ⟦app-secret|Azure OpenAI key in a gateway config⟧
  harvey:
    base_url: https://api.harvey.ai/v1
    api_key: «b62:48-harvey»  ⟦app-secret|Harvey API key in a gateway config⟧
  bedrock:
    region: eu-west-2
    role_arn: arn:aws:iam::418305927614:role/ai-gateway-bedrock  ⟪role ARN⟫
"""),
    ("services/courier/kiteworks/client.ps1", r"""
# Kiteworks - push a closing set to the client's secure folder
param([string]$Matter, [string]$Path)
$clientId = 'vestibule-portal'
$clientSecret = '«hex:40-kiteworksprod»'  ⟦app-secret|Kiteworks secret in a PowerShell script⟧
$body = @{ client_id = $clientId; client_secret = $clientSecret; grant_type = 'client_credentials'; scope = 'folders/* files/*' }
$tok = Invoke-RestMethod -Method Post -Uri https://files.mhtlaw.com/oauth/token -Body $body
Invoke-RestMethod -Method Post -Uri "https://files.mhtlaw.com/rest/folders/$Matter/actions/file" -Headers @{ Authorization = "Bearer $($tok.access_token)" } -InFile $Path
"""),
    ("services/escrowline/src/test/resources/plaid-fixture.json", r"""
{
  "client_id": "«hex:24-plaidid»",
  "secret": "test_plaid_secret_0000000000",  ⟪test-marked value in a test path⟫
  "environment": "sandbox"
}
"""),
    ("services/km/precedent-indexer/indexer.rs", r"""
use reqwest::blocking::Client;

// Elastic Cloud cluster for the KM precedent bank (second copy of lodestar for the advisory arm)
const ES_URL: &str = "https://mht-advisory-km.es.eu-west-2.aws.elastic-cloud.com:443";
const ES_API_KEY: &str = "«elastic:advkm»";  ⟦app-secret|Elastic API key as a Rust constant⟧

pub fn client() -> Client {
    Client::builder().build().expect("client")
}

pub fn auth_header() -> String {
    format!("ApiKey {}", ES_API_KEY)
}
"""),
]
