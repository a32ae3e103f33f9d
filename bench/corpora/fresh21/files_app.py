"""fresh21 templates, applications (Kestrel Valley Communications): Spring and .properties, .NET appsettings,
Node and Next.js env files, Python (Django, scripts, clients), Go, Ruby, PHP, Java, Kotlin, Swift, C#, React
Native, Android gradle, notebooks, dbt, Airflow, test fixtures.
Markers: render.py and README.md."""

FILES = [
    ("apps/ledgerline/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://ledgerline.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com:5432/ledgerline
    username: ledger_app
    password: ${LEDGER_DB_PASSWORD}  ⟪Spring placeholder⟫
  kafka:
    bootstrap-servers: b-1.ledgerlineusage.k2x9c1.c3.kafka.us-east-2.amazonaws.com:9096
    properties:
      sasl.mechanism: SCRAM-SHA-512
      sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="mediation" password="«pwx:mskmediation»";  ⟦password|SCRAM password in Spring YAML⟧
ledgerline:
  suretax:
    client-number: «num:9-suretaxclient»
    validation-key: «uuid:suretax»  ⟦app-secret|SureTax validation key in Spring YAML⟧
  orbital:
    merchant-id: «num:12-orbitalmid»
    username: KVCORB01
  avalara:
    account-id: «num:10-avalaraacct»  ⟪Avalara account id⟫
    license-key: ${AVALARA_LICENSE_KEY}  ⟪Spring placeholder⟫
"""),
    ("apps/ledgerline/src/main/resources/application.properties", r"""
server.port=8080
management.endpoints.web.exposure.include=health,info,prometheus
ledgerline.billprint.sftp.host=sftp.inkriver-print.com
ledgerline.billprint.sftp.user=kvc_bills
ledgerline.billprint.sftp.password=«pwn:inkriver»  ⟦password|SFTP password in .properties⟧
ledgerline.collections.sftp.password=${COLLECTIONS_SFTP_PASSWORD}  ⟪Spring placeholder⟫
ledgerline.experian.subscriber-code=«num:7-experiansub»
ledgerline.experian.password=«pwx:experian»  ⟦password|Experian credit-check password in .properties⟧
"""),
    ("apps/ledgerline/src/test/resources/application-test.properties", r"""
# unit tests only: wiremock stands in for SureTax and Orbital
ledgerline.suretax.validation-key=00000000-0000-0000-0000-000000000000  ⟪all-zero test key in a test path⟫
ledgerline.orbital.password=test-orbital-not-real  ⟪test-marked value in a test path⟫
spring.datasource.password=sa  ⟪H2 default⟫
"""),
    ("apps/ledgerline/src/main/java/net/kestrelnet/ledger/tax/SureTaxClient.java", r"""
package net.kestrelnet.ledger.tax;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class SureTaxClient {
    // TODO(ledger-412): move to Secrets Manager before the SOC 2 window
    private static final String CLIENT_NUMBER = "«num:9-suretaxclient»";
    private static final String VALIDATION_KEY = "«uuid:suretaxjava»";  ⟦app-secret|SureTax key hard-coded in Java⟧
    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest.Builder request(String body) {
        return HttpRequest.newBuilder()
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.replace("${key}", VALIDATION_KEY)));
    }
}
"""),
    ("apps/ledgerline/rating/src/main/kotlin/RoamingRates.kt", r"""
package net.kestrelnet.ledger.rating

object RoamingRates {
    const val CLEARING_HOUSE_URL = "https://api.syniverse.com/roaming/v1"
    const val CLEARING_HOUSE_TOKEN = "«trtoken:syniverse»"  ⟦app-secret|Syniverse token in Kotlin⟧
    val hostMnoKey: String = System.getenv("MERIDIAN_RATES_KEY") ?: error("MERIDIAN_RATES_KEY not set")  ⟪env lookup⟫
}
"""),
    ("apps/perch/.env.production", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:perchweb»  ⟪Stripe publishable key⟫
NEXT_PUBLIC_MAPBOX_TOKEN=«mapboxpk:perch»  ⟪Mapbox public token⟫
NEXT_PUBLIC_RECAPTCHA_SITE_KEY=6L«b62:38-recaptchasite»  ⟪reCAPTCHA site key⟫
RECAPTCHA_SECRET_KEY=6L«b62:38-recaptchasecret»  ⟦app-secret|reCAPTCHA secret key in .env.production⟧
NEXTAUTH_SECRET=«b64k:32-perchnextauth»  ⟦app-secret|NextAuth secret in .env.production⟧
DATABASE_URL=postgresql://perch:«pct:pwx:perchdb»@perch.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com:5432/perch  ⟦conn-string|database URL with password in .env.production⟧
"""),
    ("apps/perch/.env.example", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_your_key_here  ⟪placeholder⟫
RECAPTCHA_SECRET_KEY=<recaptcha-secret>  ⟪placeholder⟫
NEXTAUTH_SECRET=changeme  ⟪placeholder⟫
DATABASE_URL=postgresql://perch:password@localhost:5432/perch  ⟪local default⟫
"""),
    ("apps/perch/src/lib/braintree.ts", r"""
import braintree from 'braintree';

export const gateway = new braintree.BraintreeGateway({
  accessToken: process.env.BRAINTREE_ACCESS_TOKEN ?? '«btat:perchfallback»',  ⟦app-secret|Braintree access token as a fallback literal⟧
});

export const clientTokenTtl = 3600;
"""),
    ("apps/perch/src/lib/hubspot.test.ts", r"""
import { describe, expect, it } from 'vitest';
import { syncContact } from './hubspot';

describe('syncContact', () => {
  it('sends the account number as a property', async () => {
    const token = 'pat-na1-00000000-test-token-not-real';  ⟪test-marked value in a test file⟫
    expect(await syncContact(token, { account: 'KV-1001' })).toBeTruthy();
  });
});
"""),
    ("apps/perch-mobile/app.config.ts", r"""
import { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'KestrelNet',
  slug: 'kestrelnet',
  ios: { bundleIdentifier: 'net.kestrelnet.app', config: { googleMapsApiKey: '«aiza:iosmaps»' } },  ⟪Maps key, public⟫
  android: { package: 'net.kestrelnet.app' },
  extra: {
    segmentWriteKey: '«segment:perchmobile»',  ⟪Segment mobile write key, public⟫
    ooklaSdkLicenseKey: '«hex:40-ooklasdk»',  ⟦app-secret|Ookla speed-test SDK licence key in the app config⟧
    eas: { projectId: '«uuid:easproject»' },  ⟪EAS project id⟫
  },
};
export default config;
"""),
    ("apps/perch-mobile/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4096m
android.useAndroidX=true
KESTREL_UPLOAD_STORE_FILE=kestrel-upload.keystore
KESTREL_UPLOAD_KEY_ALIAS=kestrel-upload
KESTREL_UPLOAD_STORE_PASSWORD=«pwl:perchupload»  ⟦password|Android upload keystore password in gradle.properties⟧
"""),
    ("apps/roost-stb/app/build.gradle.kts", r"""
android {
    namespace = "net.kestrelnet.roost"
    signingConfigs {
        create("operator") {
            storeFile = file("roost-release.jks")
            storePassword = "«pwl:roostks»"  ⟦password|storePassword in build.gradle.kts⟧
            keyAlias = "roost-upload"
            keyPassword = System.getenv("ROOST_KEY_PASSWORD")  ⟪env lookup⟫
        }
    }
    defaultConfig {
        buildConfigField("String", "MIDDLEWARE_URL", "\"https://mw.roost.kestrelnet.net\"")
        buildConfigField("String", "CONVIVA_KEY", "\"«hex:40-convivapub»\"")  ⟪Conviva customer key, ships in the player⟫
        buildConfigField("String", "STB_DEVICE_SECRET", "\"«b64k:24-stbdevice»\"")  ⟦app-secret|fleet-wide STB device secret in a BuildConfig field⟧
    }
}
"""),
    ("apps/roost-stb/app/src/main/res/raw/middleware.json", r"""
{
  "middlewareUrl": "https://mw.roost.kestrelnet.net/api/v3",
  "operatorId": "kvc",
  "verimatrix": {
    "vcasBootAddress": "vcas-boot.roost.kestrelnet.net:12686",
    "companyName": "KestrelNet"
  },
  "analytics": {"convivaCustomerKey": "«hex:40-convivapub»"},  ⟪Conviva customer key, public⟫
  "diagnosticsUpload": {"user": "stbdiag", "password": "«pwp:stbdiag»"}  ⟦password|diagnostics upload password shipped in STB firmware config⟧
}
"""),
    ("apps/perch-ios/KestrelNet/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = net.kestrelnet.app
API_BASE_URL = https:/$()/api.kestrelnet.net
OOKLA_SDK_LICENSE_KEY = «hex:40-ooklasdk»  ⟦app-secret|Ookla licence key in an xcconfig⟧
BRAZE_API_KEY = «uuid:brazesdkios»  ⟪Braze SDK key, public⟫
"""),
    ("apps/perch-ios/KestrelNet/Services/OutageService.swift", r"""
import Foundation

struct OutageService {
    private let base = URL(string: "https://api.kestrelnet.net/outages")!
    // field-ops read token, scoped to outage polygons
    private let arcgisKey = "«aapk:iosoutage»"  ⟦app-secret|ArcGIS API key in Swift⟧

    func polygons() async throws -> Data {
        var req = URLRequest(url: base)
        req.setValue("Bearer \(arcgisKey)", forHTTPHeaderField: "Authorization")
        return try await URLSession.shared.data(for: req).0
    }
}
"""),
    ("apps/care-desktop/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Wfm": "Server=care-wfm.kvc.local;Database=WFM;User Id=wfm_app;Password=«pwn:wfmapp»;TrustServerCertificate=True",  ⟦conn-string|SQL Server connection string in appsettings⟧
    "Crm": "Server=crm-sql.kvc.local;Database=CRM;Integrated Security=SSPI"  ⟪integrated security, no password⟫
  },
  "Genesys": {
    "Region": "usw2.pure.cloud",
    "ClientId": "«uuid:genesysdesktop»",
    "ClientSecret": "«genesys:desktop»"  ⟦app-secret|Genesys client secret in appsettings⟧
  },
  "Verint": {
    "ApiKeyId": "KVC-QM-01"
  }
}
"""),
    ("apps/care-desktop/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Wfm": "Server=(localdb)\\MSSQLLocalDB;Database=WFM;Trusted_Connection=True"  ⟪local DB, no password⟫
  },
  "Genesys": {
    "ClientSecret": "<set with dotnet user-secrets>"  ⟪placeholder⟫
  }
}
"""),
    ("apps/care-desktop/src/PortPinLookup.cs", r"""
using System.Data.SqlClient;

namespace KestrelNet.Care
{
    public static class PortPinLookup
    {
        // read-only account used by the care agents' "verify port-out PIN" button
        private const string Conn = "Server=crm-sql.kvc.local;Database=CRM;User Id=care_pin_ro;Password=«pwp:carepin»;";  ⟦conn-string|connection string with password in C#⟧

        public static bool Matches(string account, string pinHash)
        {
            using var c = new SqlConnection(Conn);
            c.Open();
            return true;
        }
    }
}
"""),
    ("apps/portgate/portgate/settings.py", r"""
import os

DEBUG = False
SECRET_KEY = "«django:portgate»"  ⟦app-secret|Django SECRET_KEY⟧
ALLOWED_HOSTS = ["portgate.kvc.local"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "portgate-db.kvc.local",
        "NAME": "portgate",
        "USER": "portgate",
        "PASSWORD": os.environ["PORTGATE_DB_PASSWORD"],  ⟪os.environ lookup⟫
    }
}
NPAC_LTI_USER = "kvc-lti-01"
NPAC_LTI_PASSWORD = "«pwx:npaclti»"  ⟦password|NPAC LTI password in Django settings⟧
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesportgate»"  ⟦aws-ses-smtp|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:sesportgate»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
"""),
    ("apps/portgate/portgate/e911.py", r"""
import requests

INTRADO_TOKEN_URL = "https://auth.intrado-vui.net/oauth2/token"


def token(session: requests.Session) -> str:
    r = session.post(INTRADO_TOKEN_URL, data={
        "grant_type": "client_credentials",
        "client_id": "kestrel-vui-prd",
        "client_secret": "«okx:40-intrado»",  ⟦app-secret|Intrado client secret in Python⟧
    })
    r.raise_for_status()
    return r.json()["access_token"]


def bandwidth_auth():
    return ("kvc-e911-api", "«pwl:bw911»")  ⟦password|Bandwidth API password in a Python tuple⟧
"""),
    ("apps/portgate/tests/fixtures/npac_responses.json", r"""
{
  "soa_user": "kvc-soa-qa",
  "soa_password": "test-soa-password-fixture",  ⟪test-marked value in a test fixture⟫
  "spid": "0000",
  "subscription_version": {"tn": "5555550100", "lrn": "5555550000", "status": "active"}
}
"""),
    ("apps/switchyard/acs-ext/calix.js", r"""
// GenieACS extension: look up the subscriber's service profile in Calix SMx
const https = require('https');

const SMX_HOST = 'smx.kvc.local';
const SMX_AUTH = 'Basic «basic:smxext»';  ⟦password-b64|base64 basic-auth credential in a GenieACS extension⟧

exports.profile = function (args, callback) {
  const req = https.request({ host: SMX_HOST, port: 18443, path: '/rest/v1/ont/' + args[0], headers: { Authorization: SMX_AUTH } }, (res) => {
    let body = '';
    res.on('data', (c) => (body += c));
    res.on('end', () => callback(null, JSON.parse(body)));
  });
  req.end();
};
"""),
    ("apps/switchyard/acs-provisions/default-inform.js", r"""
// GenieACS provision script: set the connection-request credentials and the periodic inform
const now = Date.now();
declare("InternetGatewayDevice.ManagementServer.PeriodicInformInterval", {value: now}, {value: 3600});
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestUsername", {value: now}, {value: "kvcacs"});
declare("InternetGatewayDevice.ManagementServer.ConnectionRequestPassword", {value: now}, {value: "«pwr:cpeconnreq»"});  ⟦password|CPE connection-request password in a GenieACS provision⟧
declare("InternetGatewayDevice.ManagementServer.Password", {value: now}, {value: "«pwc:cwmpauth»"});  ⟦password|ACS password pushed to CPEs in a provision⟧
"""),
    ("apps/switchyard/docsis/templates/residential-1g.cfg", r"""
Main
{
    NetworkAccess 1;
    GlobalPrivacyEnable 1;
    SnmpMibObject docsDevNmAccessCommunity.1 String "«community:cmrw»";  ⟦password|SNMP community in a DOCSIS config source⟧
    SnmpMibObject docsDevNmAccessIp.1 IPAddress 10.50.0.0;
    UsServiceFlow
    {
        UsServiceFlowRef 1;
        QosParamSetType 7;
        MaxRateSustained 50000000;
    }
    DsServiceFlow
    {
        DsServiceFlowRef 2;
        QosParamSetType 7;
        MaxRateSustained 1000000000;
    }
    /* CmMic and CmtsMic are computed by the builder with the shared secret */
}
"""),
    ("apps/switchyard/docsis/builder.py", r"""
import subprocess

SHARED_SECRET_FILE = "/run/secrets/docsis_shared_secret"  ⟪path to a secret file⟫


def build(src: str, dst: str) -> None:
    with open(SHARED_SECRET_FILE) as fh:
        secret = fh.read().strip()
    subprocess.run(["docsis", "-e", src, secret, dst], check=True)


def cm_mic(path: str) -> str:
    return "«hex:32-cmmic»"  ⟪CM MIC digest⟫
"""),
    ("apps/switchyard/usp/agent-bootstrap.json", r"""
{
  "Device.LocalAgent.Controller.1.EndpointID": "proto::kvc-controller-01",
  "Device.LocalAgent.MTP.1.MQTT.Reference": "Device.MQTT.Client.1",
  "Device.MQTT.Client.1.BrokerAddress": "usp-mqtt.kvc.local",
  "Device.MQTT.Client.1.BrokerPort": 8883,
  "Device.MQTT.Client.1.Username": "cpe-fleet",
  "Device.MQTT.Client.1.Password": "«pwr:uspcpe»"  ⟦password|USP MQTT password in an agent bootstrap file⟧
}
"""),
    ("apps/noc-tools/go/netbox/client.go", r"""
package netbox

import (
	"net/http"
	"os"
)

const baseURL = "https://netbox.kvc.local/api"

// defaultToken is the read-only token for the circuit-ID lookup; the write token comes from the env.
const defaultToken = "«netbox:goro»"  ⟦app-secret|NetBox token as a Go constant⟧

func New() *http.Client { return &http.Client{} }

func writeToken() string { return os.Getenv("NETBOX_WRITE_TOKEN") }  ⟪os.Getenv⟫
"""),
    ("apps/noc-tools/go/go.sum", r"""
github.com/gosnmp/gosnmp v1.38.0 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/gosnmp/gosnmp v1.38.0/go.mod h1:«b64k:32-gosum2»
github.com/netbox-community/go-netbox/v4 v4.1.0 h1:«b64k:32-gosum3»
"""),
    ("apps/noc-tools/ruby/rancid_to_netbox.rb", r"""
require 'net/http'
require 'json'

NETBOX = URI('https://netbox.kvc.local/api/dcim/devices/')
TOKEN = ENV.fetch('NETBOX_TOKEN')  ⟪ENV fetch⟫
PAGER_KEY = '«pdkey:rancid»'  ⟦pagerduty|PagerDuty Events integration key in Ruby⟧

def post(dev)
  req = Net::HTTP::Post.new(NETBOX, 'Authorization' => "Token #{TOKEN}", 'Content-Type' => 'application/json')
  req.body = dev.to_json
  Net::HTTP.start(NETBOX.host, NETBOX.port, use_ssl: true) { |h| h.request(req) }
end
"""),
    ("apps/retail/pos-sync/config.php", r"""
<?php
// iQmetrix RQ -> ledgerline handset-financing sync (runs on the store-ops box)
return [
    'rq' => [
        'base' => 'https://rq.iqmetrix.net/api',
        'client_id' => 'kestrel-retail',
        'client_secret' => '«b62:40-iqmetrix»',  ⟦app-secret|iQmetrix client secret in a PHP config⟧
    ],
    'authnet' => [
        'login_id' => '«b62:9-authnetlogin»',  ⟪Authorize.Net API login id⟫
        'transaction_key' => '«authnet:retail»',  ⟦app-secret|Authorize.Net transaction key in PHP⟧
    ],
    'db' => ['dsn' => 'mysql:host=storeops-db;dbname=storeops', 'user' => 'storeops', 'pass' => getenv('STOREOPS_DB_PASS')],  ⟪getenv⟫
];
"""),
    ("apps/retail/kiosk/config.ini", r"""
[kiosk]
store_id = 0142
payment_terminal = verifone-p400
[square]
application_id = sq0idp-«urlsafe:16-sqappid»  ⟪Square application id⟫
application_secret = «sqsec:kiosk»  ⟦app-secret|Square application secret in an ini⟧
"""),
    ("apps/field/dispatch-sync/sync.py", r"""
import os
import simple_salesforce

SF_USER = "integration@kestrelnet.net"
SF_PASSWORD = "«pwc:sfdispatch»"  ⟦password|Salesforce integration password in Python⟧


def client():
    return simple_salesforce.Salesforce(username=SF_USER, password=SF_PASSWORD, security_token=os.environ["SF_SECURITY_TOKEN"])


def esri_key():
    return os.environ.get("ARCGIS_API_KEY", "")  ⟪env lookup⟫
"""),
    ("apps/field/tech-app/src/config.ts", r"""
export const config = {
  api: 'https://field.kestrelnet.net/api',
  strataSyncKey: '«b62:32-stratasync»',  ⟦app-secret|StrataSync key in the tech app⟧
  exfoConnectTenant: 'kestrelnet',
  mapsKey: '«aiza:fieldmaps»',  ⟪Maps key, public⟫
};
"""),
    ("apps/data/dbt/profiles.yml", r"""
kvc_warehouse:
  target: prod
  outputs:
    prod:
      type: redshift
      host: kvc-dw.«lo:12-rsid».us-east-2.redshift-serverless.amazonaws.com
      user: dbt_prod
      password: "{{ env_var('DBT_REDSHIFT_PASSWORD') }}"  ⟪env_var⟫
      dbname: warehouse
      schema: marts
    analyst:
      type: redshift
      host: kvc-dw.«lo:12-rsid».us-east-2.redshift-serverless.amazonaws.com
      user: wyatt_h
      password: "«pwn:wyattdw»"  ⟦password|personal Redshift password in dbt profiles⟧
      dbname: warehouse
      schema: dbt_wyatt
"""),
    ("apps/data/airflow/dags/churn_features.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.amazon.aws.operators.redshift_data import RedshiftDataOperator
from airflow.providers.http.operators.http import HttpOperator

with DAG("churn_features", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    features = RedshiftDataOperator(task_id="features", sql="call marts.build_churn_features()",
                                    workgroup_name="kvc-dw", database="warehouse")
    push = HttpOperator(task_id="push_braze", http_conn_id="braze",
                        headers={"Authorization": "Bearer «uuid:brazerest»"},  ⟦app-secret|Braze REST key in an Airflow DAG⟧
                        endpoint="/users/track")
    features >> push
"""),
    ("apps/data/notebooks/arpu_by_node.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:wyattnb»', aws_secret_access_key='«awssec:wyattnb»')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "obj = s3.get_object(Bucket='kvc-dw-exports', Key='arpu/2026-10.parquet')\n"
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("apps/data/snowflake-share/connections.toml", r"""
[default]
account = "kvc-wholesale"
user = "CASCADIA_SHARE"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "~/.snowflake/cascadia_rsa.p8"  ⟪key file path⟫

[ops]
account = "kvc-wholesale"
user = "OPS_SVC"
password = "«snowpw:opssvc»"  ⟦password|Snowflake password in connections.toml⟧
"""),
    ("apps/mvno/sim-activation/src/main/resources/es2plus.properties", r"""
es2plus.url=https://smdp.simvendor.net/gsma/rsp2/es2plus
es2plus.functionRequesterIdentifier=1.3.6.1.4.1.31746
es2plus.keystore=/etc/mvno/es2plus-client.p12
es2plus.keystore.password=«pwx:es2keystore»  ⟦password|PKCS#12 keystore password in .properties⟧
"""),
    ("apps/mvno/subscriber-api/config/production.rb", r"""
Rails.application.configure do
  config.eager_load = true
  config.x.host_mno.api_key = '«hex:40-meridianport»'  ⟦app-secret|host-MNO API key in a Rails config⟧
  config.x.smpp.password = Rails.application.credentials.smpp_password  ⟪Rails credentials reference⟫
  config.action_mailer.smtp_settings = {
    address: 'email-smtp.us-east-2.amazonaws.com',
    user_name: '«akid:sesmvno»',  ⟦aws-ses-smtp|SES SMTP user in a Rails config⟧
    password: '«sesv4:sesmvno»'  ⟦aws-ses-smtp|SES SMTP password in a Rails config⟧
  }
end
"""),
    ("apps/mvno/subscriber-api/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|Rails master key file⟧
"""),
    ("apps/talon/provisioning/phones.py", r"""
from jinja2 import Template

YEALINK = Template(open("templates/y000000000044.cfg.j2").read())


def render(ext: dict) -> str:
    return YEALINK.render(
        label=ext["name"],
        user=ext["number"],
        password=ext["sip_password"],  ⟪template variable⟫
        server="pbx.talon.kestrelnet.net",
    )

DEFAULT_ADMIN = "admin"
DEFAULT_ADMIN_PASSWORD = "«pw6:yealinkadmin»"  ⟦password|phone web-admin password set on every handset⟧
"""),
    ("apps/talon/sms-gateway/smpp.yaml", r"""
binds:
  - name: meridian-smsc-a
    host: smsc-a.meridian-wholesale.net
    port: 2775
    system_id: kvcsms01
    password: «smpp:meridiana»  ⟦password|SMPP bind password⟧
    bind_type: transceiver
  - name: meridian-smsc-b
    host: smsc-b.meridian-wholesale.net
    port: 2775
    system_id: kvcsms02
    password: «smpp:meridianb»  ⟦password|SMPP bind password⟧
    bind_type: transceiver
  - name: lab-smppsim
    host: localhost
    port: 2775
    system_id: smppclient1
    password: password  ⟪SMPPSim default⟫
"""),
]
