"""fresh19 templates, application configuration and code (Kestrel Valley Health): Spring, .NET, Node, Next.js, Django,
Rails, Go, Rust, PHP, Kotlin/Android, Swift/iOS, React Native, dbt, Airflow, Maven and NuGet settings, and tests with
test-marked values.
Markers: render.py and README.md."""

FILES = [
    ("apps/osprey-fhir-facade/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com:5432/facade
    username: facade
    password: «pwx:facadedb»  ⟦password|Spring datasource password in application-prod.yml⟧
  security:
    oauth2:
      client:
        registration:
          epic:
            client-id: kvh-fhir-facade
            client-secret: ${SMART_CLIENT_SECRET}  ⟪Spring placeholder⟫
hapi:
  fhir:
    server_address: https://fhir-facade.kestrelvalley.org/fhir
epic:
  interconnect:
    user: emp^OSPREY
    password: «pwh:interconnectemp»  ⟦password|Epic EMP password in Spring YAML⟧
"""),
    ("apps/osprey-fhir-facade/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:facade
    username: sa
    password: ""  ⟪empty value⟫
epic:
  interconnect:
    password: test-only-not-a-real-emp-password  ⟪test-marked value in a test path⟫
"""),
    ("apps/heron-api/.env.production", r"""
NODE_ENV=production
DATABASE_URL=postgres://heron:«pct:pwn:heronweb»@heron-db.c8wq2n4k1xyz.us-east-2.rds.amazonaws.com:5432/heron  ⟦conn-string|Postgres URL with a password in .env.production⟧
EPIC_CLIENT_ID=«uuid:epicportalclient»  ⟪client id⟫
TWILIO_AUTH_TOKEN=«hex:32-twportal»  ⟦app-secret|Twilio auth token in .env⟧
STRIPE_SECRET_KEY=«sk:heron»  ⟦stripe|Stripe key in .env⟧
STRIPE_WEBHOOK_SECRET=«whsec:heron»  ⟦app-secret|Stripe webhook signing secret⟧
NEXT_PUBLIC_FIREBASE_API_KEY=«aiza:heronweb»  ⟪Firebase web key⟫
"""),
    ("apps/heron-api/.env.example", r"""
NODE_ENV=development
DATABASE_URL=postgres://heron:heron@localhost:5432/heron  ⟪local default⟫
TWILIO_AUTH_TOKEN=your-twilio-auth-token  ⟪placeholder⟫
STRIPE_SECRET_KEY=«docs:stripetest»  ⟪test-mode Stripe key⟫
STRIPE_WEBHOOK_SECRET=whsec_xxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder⟫
"""),
    ("apps/heron-api/src/lib/epic.ts", r"""
import { SignJWT, importPKCS8 } from "jose";

const TOKEN_URL = "https://fhir.kestrelvalley.org/interconnect-prd-oauth/oauth2/token";
const CLIENT_ID = process.env.EPIC_CLIENT_ID!;  ⟪env lookup⟫

export async function backendToken(pem: string): Promise<string> {
  const key = await importPKCS8(pem, "RS384");
  const assertion = await new SignJWT({}).setProtectedHeader({ alg: "RS384" }).setIssuer(CLIENT_ID).setSubject(CLIENT_ID)
    .setAudience(TOKEN_URL).setExpirationTime("5m").sign(key);
  return assertion;
}

// TODO remove: pasted while debugging proxy access on 2026-02-18
const DEBUG_BEARER = "«jwt:heron-debug»";  ⟦jwt|bearer token pasted into code⟧
"""),
    ("apps/heron-api/src/lib/payments.ts", r"""
import Stripe from "stripe";

export const stripe = new Stripe(process.env.STRIPE_SECRET_KEY ?? "", { apiVersion: "2024-06-20" });  ⟪env lookup⟫

export const INSTAMED = {
  accountId: "kestrelvalley-prod",
  apiKey: "«uuid:instamedkey»",
  apiSecret: "«b62:40-instamedsec»",  ⟦app-secret|payment gateway API secret in TypeScript⟧
};
"""),
    ("apps/heron-api/test/payments.test.ts", r"""
import { describe, it, expect } from "vitest";

const STRIPE_TEST_KEY = "«docs:stripetest»";  ⟪test-mode key in a test⟫
const FAKE_INSTAMED_SECRET = "fake-instamed-secret-for-unit-tests";  ⟪fake value in a test⟫

describe("payments", () => {
  it("rejects an empty amount", () => {
    expect(() => charge(0, STRIPE_TEST_KEY, FAKE_INSTAMED_SECRET)).toThrow();
  });
});
"""),
    ("apps/heron-mobile/ios/Heron/Config/Release.xcconfig", r"""
PRODUCT_BUNDLE_IDENTIFIER = org.kestrelvalley.heron
EPIC_CLIENT_ID = «uuid:epicmobileclient»
ZOOM_SDK_KEY = «zoomid:videosdk»
ZOOM_SDK_SECRET = «zoomsec:videosdk»  ⟦app-secret|Zoom Video SDK secret in an xcconfig⟧
"""),
    ("apps/heron-mobile/ios/Heron/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:heronios»</string>  ⟪Firebase iOS key, public⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-gcm»</string>
	<key>BUNDLE_ID</key>
	<string>org.kestrelvalley.heron</string>
	<key>PROJECT_ID</key>
	<string>kvh-heron-app</string>
</dict>
</plist>
"""),
    ("apps/heron-mobile/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
KVH_UPLOAD_STORE_FILE=heron-upload.jks
KVH_UPLOAD_STORE_PASSWORD=«pp:androidstore»  ⟦password|Android upload keystore password in gradle.properties⟧
KVH_UPLOAD_KEY_ALIAS=heron
KVH_UPLOAD_KEY_PASSWORD=«pp:androidstore»  ⟦password|Android upload key password (same)⟧
"""),
    ("apps/heron-mobile/src/config.ts", r"""
export const config = {
  fhirBase: "https://fhir.kestrelvalley.org/interconnect-prd-oauth/api/FHIR/R4",
  epicClientId: "«uuid:epicmobileclient»",  ⟪public client id (PKCE)⟫
  sentryDsn: "«sentrynew:heronmobile»",  ⟪modern Sentry DSN⟫
  segmentKey: "«segment:heronios»",  ⟪mobile write key, public⟫
  mapsKey: "«aiza:heronmaps»",
};
"""),
    ("apps/finch-portal/config/database.yml", r"""
default: &default
  adapter: postgresql
  pool: 10
production:
  <<: *default
  host: finch-db.c8wq2n4k1xyz.us-east-2.rds.amazonaws.com
  database: finch
  username: finch_app
  password: «pwc:finchdb»  ⟦password|Rails database.yml production password⟧
development:
  <<: *default
  database: finch_dev
  password: <%= ENV["FINCH_DB_PASSWORD"] %>  ⟪ERB env lookup⟫
"""),
    ("apps/finch-portal/config/initializers/clearinghouse.rb", r"""
Clearinghouse.configure do |c|
  c.base_url      = "https://apigw.clearinghouse-partner.net"
  c.client_id     = "«lo:32-chclientid»"
  c.client_secret = "«secret20:chclient»"  ⟦app-secret|clearinghouse client secret in a Ruby initializer⟧
  c.submitter_id  = "KVH0412"
end

Waystar.api_key = ENV.fetch("WAYSTAR_API_KEY")  ⟪ENV fetch⟫
"""),
    ("apps/sparrow-rx/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Pharmacy": "Server=rxsql01.kvh.local;Database=Sparrow;User Id=sparrow_app;Password=«pwh:sparrowsql»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string in appsettings⟧
  },
  "Omnicell": {"BaseUrl": "https://omnicenter.kvh.local/OmnicellWebServices", "User": "svc_sparrow", "Password": "«pw6:omnicenter»"},  ⟦password|OmniCenter password in appsettings⟧
  "CoverMyMeds": {"ApiId": "kestrelvalley", "ApiSecret": "«b62:32-cmm»"},  ⟦app-secret|prior-authorisation secret in appsettings⟧
  "Logging": {"LogLevel": {"Default": "Information"}}
}
"""),
    ("apps/sparrow-rx/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Pharmacy": "Server=(localdb)\\MSSQLLocalDB;Database=Sparrow;Trusted_Connection=True"  ⟪trusted connection⟫
  },
  "Omnicell": {"BaseUrl": "http://localhost:5099", "User": "dev", "Password": "<set in user-secrets>"}  ⟪placeholder⟫
}
"""),
    ("apps/sparrow-rx/src/Sparrow.Pdmp/PdmpClient.cs", r"""
using System.Net.Http.Headers;
using System.Text;

namespace Sparrow.Pdmp;

public sealed class PdmpClient
{
    private const string GatewayUser = "kestrelvalley_ehr";
    private const string GatewayPassword = "«pwr:pmpgw»";  ⟦password|PMP Gateway password as a C# constant⟧

    public HttpClient Create()
    {
        var http = new HttpClient { BaseAddress = new Uri("https://gateway.pmpgateway.net/v5_1/") };
        var raw = Convert.ToBase64String(Encoding.ASCII.GetBytes($"{GatewayUser}:{GatewayPassword}"));
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", raw);
        return http;
    }
}
"""),
    ("apps/plover-gateway/config.go", r"""
package gateway

import "os"

type Config struct {
	PumpServerURL  string
	PumpServerUser string
	PumpServerPass string
	MQTTEndpoint   string
}

func Load() Config {
	return Config{
		PumpServerURL:  "https://pumpserver.kvh.local:8443",
		PumpServerUser: "kvh_biomed",
		PumpServerPass: "«pw6:pumpserver»",  ⟦password|pump server password in a Go struct literal⟧
		MQTTEndpoint:   os.Getenv("PLOVER_MQTT_ENDPOINT"),  ⟪os.Getenv⟫
	}
}
"""),
    ("apps/plover-gateway/certs/device-gw01.key", r"""
«pem:trad:ecdevicegw»  ⟦private-key|IoT device gateway EC key⟧
"""),
    ("apps/plover-gateway/certs/device-gw01.crt", r"""
«cert:ecdevicegw:device-gw01.plover.kvh.internal»  ⟪device certificate⟫
"""),
    ("apps/lark-telehealth/src/zoom.rs", r"""
use jsonwebtoken::{encode, EncodingKey, Header};

const SDK_KEY: &str = "«zoomid:videosdk»";
const SDK_SECRET: &str = "«zoomsec:videosdk»";  ⟦app-secret|Zoom SDK secret as a Rust constant⟧

pub fn session_token(topic: &str, role: u8) -> String {
    let claims = serde_json::json!({"app_key": SDK_KEY, "tpc": topic, "role_type": role, "version": 1});
    encode(&Header::default(), &claims, &EncodingKey::from_secret(SDK_SECRET.as_bytes())).unwrap()
}
"""),
    ("apps/merlin-portal/merlin/settings/prod.py", r"""
from .base import *  # noqa

DEBUG = False
SECRET_KEY = "«django:merlinprod»"  ⟦app-secret|Django SECRET_KEY in production settings⟧
ALLOWED_HOSTS = ["research.kestrelvalley.org"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "merlin-portal-db.kvh.internal",
        "NAME": "merlin",
        "USER": "merlin",
        "PASSWORD": os.environ["MERLIN_DB_PASSWORD"],  ⟪os.environ lookup⟫
    }
}
EMAIL_HOST = "email-smtp.us-east-2.amazonaws.com"
EMAIL_HOST_USER = "«akid:sesmerlin»"  ⟦aws-ses-smtp|SES SMTP user in Django settings⟧
EMAIL_HOST_PASSWORD = "«sesv4:sesmerlin»"  ⟦aws-ses-smtp|SES SMTP password in Django settings⟧
"""),
    ("apps/merlin-portal/merlin/settings/ci.py", r"""
from .base import *  # noqa

SECRET_KEY = "ci-only-not-secret-merlin-portal-0000"  ⟪CI-only marked key⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
"""),
    ("apps/merlin-dbt/profiles.yml", r"""
merlin:
  target: prod
  outputs:
    prod:
      type: redshift
      host: merlin-omop.c9zq1x7r2abc.us-east-2.redshift.amazonaws.com
      user: dbt_merlin
      password: «pwl:dbtmerlin»  ⟦password|dbt profiles.yml password⟧
      port: 5439
      dbname: omop
      schema: cdm
    dev:
      type: redshift
      host: merlin-omop.c9zq1x7r2abc.us-east-2.redshift.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var⟫
      port: 5439
      dbname: omop
      schema: dev
"""),
    ("apps/merlin-airflow/dags/caboodle_to_omop.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.providers.microsoft.mssql.operators.mssql import MsSqlOperator
from airflow.providers.amazon.aws.transfers.sql_to_s3 import SqlToS3Operator

with DAG("caboodle_to_omop", start_date=datetime(2026, 1, 1), schedule="0 4 * * *", catchup=False) as dag:
    extract = SqlToS3Operator(task_id="extract", sql_conn_id="caboodle", query="select * from PatientDim",
                              s3_bucket="kvh-merlin-landing", s3_key="caboodle/patient_dim.parquet")
    # temporary until the connection is moved to Secrets Manager backend
    S3_KEY_ID = "«akid:airflowtemp»"  ⟦aws-key-id|key id in an Airflow DAG⟧
    S3_SECRET = "«awssec:airflowtemp»"  ⟦aws-secret|secret in an Airflow DAG⟧
"""),
    ("apps/merlin-airflow/connections.json", r"""
{
  "caboodle": {"conn_type": "mssql", "host": "caboodle-db01.kvh.local", "login": "airflow_ro", "password": "«pw:airflowcaboodle»", "port": 1433, "schema": "Caboodle"},  ⟦password|Airflow connection export password⟧
  "redcap": {"conn_type": "http", "host": "https://redcap.kestrelvalley.org/api/", "password": "«redcap:cardio»"},  ⟦app-secret|REDCap token in an Airflow connection⟧
  "slack": {"conn_type": "slackwebhook", "password": "«slackhook:merlin»"}  ⟦slack|Slack webhook in an Airflow connection⟧
}
"""),
    ("apps/finch-x12/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>kvh-nexus</id>
      <username>kvh-ci</username>
      <password>«pwx:nexus»</password>  ⟦password|Maven settings.xml server password⟧
    </server>
    <server>
      <id>kvh-nexus-releases</id>
      <username>kvh-ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("apps/sparrow-rx/nuget.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="kvh" value="https://nexus.kvh.local/repository/nuget-group/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <kvh>
      <add key="Username" value="kvh-ci" />
      <add key="ClearTextPassword" value="«pwx:nexus»" />  ⟦password|NuGet ClearTextPassword⟧
    </kvh>
  </packageSourceCredentials>
</configuration>
"""),
    ("apps/nursecall-adapter/src/main/kotlin/org/kestrelvalley/nursecall/ResponderClient.kt", r"""
package org.kestrelvalley.nursecall

import okhttp3.Credentials
import okhttp3.OkHttpClient

object ResponderClient {
    private const val BASE = "https://responder5.kvh.local/api"
    private val auth = Credentials.basic("kvh-integration", "«pwh:responder»")  ⟦password|basic credentials in Kotlin⟧
    val http: OkHttpClient = OkHttpClient.Builder().addInterceptor { chain ->
        chain.proceed(chain.request().newBuilder().header("Authorization", auth).build())
    }.build()
}
"""),
    ("apps/nursecall-adapter/src/main/resources/application.conf", r"""
adapter {
  responder.url = "https://responder5.kvh.local/api"
  responder.user = "kvh-integration"
  responder.password = ${?RESPONDER_PASSWORD}  ⟪HOCON env substitution⟫
  paging.wctp.sender = "kvh-nursecall"
  paging.wctp.security-code = "«b62:12-wctp»"  ⟦password|WCTP security code in HOCON⟧
}
"""),
    ("apps/wren-viewer/public/app-config.js", r"""
window.config = {
  routerBasename: "/",
  showStudyList: true,
  dataSources: [{
    namespace: "@ohif/extension-default.dataSourcesModule.dicomweb",
    sourceName: "dicomweb",
    configuration: {
      qidoRoot: "https://vna.kestrelvalley.org/dicom-web",
      wadoRoot: "https://vna.kestrelvalley.org/dicom-web",
      requestOptions: {auth: "viewer:«pwp:orthancviewer»"},  ⟦password|DICOMweb basic auth in a browser config⟧
    },
  }],
  oidc: [{authority: "https://auth.kestrelvalley.org/realms/dcm4che", client_id: "dcm4chee-arc-ui"}],  ⟪public OIDC client⟫
};
"""),
    ("apps/heron-web/wp-config.php", r"""
<?php
// patient education microsite (WordPress on Lightsail)
define( 'DB_NAME', 'kvh_learn' );
define( 'DB_USER', 'kvh_learn' );
define( 'DB_PASSWORD', '«pwn:wplearn»' );  ⟦password|wp-config DB_PASSWORD⟧
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
"""),
    ("apps/finch-portal/spec/fixtures/clearinghouse_responses.yml", r"""
token_response:
  access_token: test_access_token_not_real  ⟪test-marked token in a fixture⟫
  token_type: Bearer
  expires_in: 3600
eligibility_271: "ISA*00*          *00*          *ZZ*CLRHOUSE       *ZZ*KVH0412        *260310*0412*^*00501*000000001*0*T*:~"
"""),
    ("apps/osprey-fhir-facade/src/main/java/org/kestrelvalley/osprey/IisClient.java", r"""
package org.kestrelvalley.osprey;

public final class IisClient {
    static final String WSDL = "https://iis.state-health.gov/IISService/services/cdc?wsdl";
    static final String USERNAME = "KVH_HOSP";
    static final String PASSWORD = System.getenv("IIS_PASSWORD");  ⟪env lookup⟫
    static final String FALLBACK_PASSWORD = "«pwh:iissoap»";  ⟦password|hard-coded fallback password in Java⟧
}
"""),
    ("apps/lark-telehealth/package.json", r"""
{
  "name": "lark-telehealth",
  "version": "4.2.0",
  "private": true,
  "scripts": {"start": "node dist/index.js", "build": "tsc"},
  "dependencies": {"@zoom/videosdk": "1.11.0", "express": "4.19.2"},
  "publishConfig": {"registry": "https://nexus.kvh.local/repository/npm-private/"}
}
"""),
    ("apps/lark-telehealth/package-lock.json", r"""
{
  "name": "lark-telehealth",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/express": {
      "version": "4.19.2",
      "resolved": "https://registry.npmjs.org/express/-/express-4.19.2.tgz",
      "integrity": "«sri:express»"  ⟪lock-file integrity hash⟫
    }
  }
}
"""),
]
