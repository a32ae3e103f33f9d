"""fresh9 templates, application config and code (Corvane Air Freight): Java/Spring, Kotlin, .NET, Python,
Node/TypeScript, Go, Ruby on Rails, PHP/Laravel, Rust, data tooling (dbt, Airflow, Snowflake, notebooks),
IDE and API-client files, cargo messaging configs.
Markers: render.py and README.md."""

FILES = [
    ("services/awbhub/src/main/resources/application-prod.properties", r"""
spring.datasource.url=jdbc:mysql://awbhub.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:3306/awbhub?useSSL=true
spring.datasource.username=awb_app
spring.datasource.password=«pwc:awbapp»  ⟦password|Spring datasource password, low entropy⟧
spring.jpa.hibernate.ddl-auto=validate
ccs.endpoint=https://ccs.cargo-community.net/ws
ccs.username=CVFAWB01
ccs.password=«pw:ccs»  ⟦password|the ECS CCS password again in properties⟧
cargoxml.signing.keystore=classpath:cargoxml.p12
cargoxml.signing.keystore-password=«pwn:cargoxmlks»  ⟦password|keystore password⟧
management.endpoints.web.exposure.include=health,info
mail.smtp.password=${MAIL_SMTP_PASSWORD}  ⟪env placeholder⟫
"""),
    ("services/awbhub/src/main/resources/application.yml", r"""
spring:
  application:
    name: awbhub
  datasource:
    url: jdbc:mysql://localhost:3306/awbhub
    username: awb
    password: awb  ⟪local default⟫
  rabbitmq:
    host: b-«uuid:mqbroker».mq.us-west-2.amazonaws.com
    username: awbhub-app
    password: «pp:mqawb»  ⟦password|the Amazon MQ user password in Spring YAML⟧
awbhub:
  descartes:
    api-key: ${DESCARTES_API_KEY:}  ⟪env placeholder with empty default⟫
  iata:
    one-record:
      client-id: corvane-awbhub
      client-secret: «b62:40-onerecord»  ⟦app-secret|IATA ONE Record OAuth client secret⟧
"""),
    ("services/awbhub/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:awbhub
spring.datasource.username=sa
spring.datasource.password=  ⟪empty⟫
ccs.password=unit-test-only-not-a-secret  ⟪test-marked value in a test path⟫
iata.one-record.client-secret=test-client-secret  ⟪test-marked value⟫
"""),
    ("services/awbhub/src/main/java/aero/corvane/awbhub/sita/TypeBClient.java", r"""
package aero.corvane.awbhub.sita;

import java.net.Socket;

public final class TypeBClient {
    private static final String HOST = "typeb.sita.aero";
    private static final int PORT = 10322;
    // TODO move to Secrets Manager before the SITA audit
    private static final String GATEWAY_PASSWORD = "«pw6:sitagw»";  ⟦password|hard-coded Type B gateway password in Java⟧
    private static final String ORIGINATOR = "ANCCVXH";

    public Socket connect() throws Exception {
        Socket s = new Socket(HOST, PORT);
        s.getOutputStream().write(("LOGIN CVFTYPEB " + GATEWAY_PASSWORD + "\r\n").getBytes());
        return s;
    }
}
"""),
    ("services/awbhub/settings.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>corvane-releases</id>
      <username>ci-publisher</username>
      <password>«pwx:mvnpub»</password>  ⟦password|Maven server password⟧
    </server>
    <server>
      <id>corvane-snapshots</id>
      <username>ci-publisher</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
    <server>
      <id>github</id>
      <username>corvane-ci</username>
      <password>${env.GITHUB_TOKEN}</password>  ⟪env reference⟫
    </server>
  </servers>
</settings>
"""),
    ("services/rostercrew/gradle.properties", r"""
org.gradle.jvmargs=-Xmx3g
org.gradle.caching=true
artifactoryUser=ci-reader
artifactoryPassword=«pwn:pipreader»  ⟦password|the Artifactory reader password in gradle.properties⟧
sonar.host.url=https://sonar.corvane.aero
sonarToken=sqp_«hex:40-sonarroster»  ⟦sonarqube|SonarQube project token⟧
"""),
    ("services/rostercrew/src/Roster.Api/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Roster": "Server=roster-sql.internal.corvane.aero;Database=Roster;User Id=roster_app;Password=«pwn:rostersql»;Encrypt=True",  ⟦conn-string|the SQL Server connection string again⟧
    "Blob": "DefaultEndpointsProtocol=https;AccountName=cvfrosterdocs;AccountKey=«azstor:roster»;EndpointSuffix=core.windows.net"  ⟦azure-key|Azure storage AccountKey⟧
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:rosterapp»",  ⟪client id⟫
    "ClientSecret": "«azad:rosterapp»"  ⟦azure-ad|Entra ID client secret⟧
  },
  "Jeppesen": {"BaseUrl": "https://crew.jeppesen.com/api", "ApiKey": "«uhex:32-jeppesen»"}  ⟦app-secret|the Jeppesen API key again⟧
}
"""),
    ("services/rostercrew/src/Roster.Api/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Roster": "Server=(localdb)\\MSSQLLocalDB;Database=Roster;Trusted_Connection=True"  ⟪integrated security, no password⟫
  },
  "AzureAd": {"ClientSecret": "<client-secret>"},  ⟪placeholder⟫
  "Jeppesen": {"ApiKey": "00000000000000000000000000000000"}  ⟪zeroed key⟫
}
"""),
    ("services/rostercrew/src/Roster.Web/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="RosterLegacy" connectionString="Data Source=roster-sql01;Initial Catalog=RosterLegacy;User ID=roster_web;Password=«pwc:rosterweb»" providerName="System.Data.SqlClient" />  ⟦conn-string|Web.config connection string with password⟧
  </connectionStrings>
  <appSettings>
    <add key="SabreCrewUser" value="CVFCREW" />
    <add key="SabreCrewPassword" value="«pwl:sabrecrew»" />  ⟦password|appSettings password⟧
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
</configuration>
"""),
    ("services/rostercrew/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="corvane" value="https://pkgs.dev.azure.com/corvane/_packaging/roster/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <corvane>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«gpat:nuget»" />  ⟦azure-devops|the Azure DevOps PAT in NuGet.Config⟧
    </corvane>
  </packageSourceCredentials>
</configuration>
"""),
    ("services/loadmaster/loadmaster/settings.py", r"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "«django:loadmaster»"  ⟦app-secret|Django SECRET_KEY⟧
DEBUG = False
ALLOWED_HOSTS = ["loadmaster.ops.corvane.aero"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "loadmaster",
        "USER": "lm_app",
        "PASSWORD": os.environ.get("LM_DB_PASSWORD", ""),  ⟪environment lookup⟫
        "HOST": "loadmaster.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com",
    }
}

NAVBLUE = {"base_url": "https://api.navblue.aero/v3", "api_key": "«b62:32-navblue»"}  ⟦app-secret|the NAVBLUE key again in Django settings⟧
CELERY_BROKER_URL = "redis://:«pwn:lmcelery»@lm-redis.internal.corvane.aero:6379/0"  ⟦conn-string|Redis URL with password⟧
"""),
    ("services/loadmaster/tests/test_navblue.py", r"""
import pytest

from loadmaster.navblue import Client

FAKE_KEY = "navblue-test-key-not-real"  ⟪test-marked value in a test path⟫


@pytest.fixture
def client():
    return Client(api_key=FAKE_KEY, base_url="http://localhost:9999")


def test_flight_plan_fetch(client, httpx_mock):
    httpx_mock.add_response(json={"plan": []})
    assert client.plans("CV812") == []
"""),
    ("services/loadmaster/loadmaster/uld.py", r"""
import uuid
from dataclasses import dataclass

# IATA ULD type codes with their maximum gross weight (kg)
ULD_LIMITS = {"AKE": 1588, "PMC": 6804, "PAG": 6033, "PLA": 3175}
# namespace for uuid5 plan ids (stable across deploys, printed on load sheets)
PLAN_NAMESPACE = uuid.UUID("«uuid:plansalt»")  ⟪UUID namespace, an identifier⟫


@dataclass
class Uld:
    code: str
    serial: str
    gross_kg: float
"""),
    ("services/loadmaster/alembic.ini", r"""
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://lm_owner:«pw:lmowner»@loadmaster.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com/loadmaster  ⟦conn-string|alembic sqlalchemy.url with password⟧

[loggers]
keys = root
"""),
    ("services/tracktrace/.env.production", r"""
NODE_ENV=production
PORT=8080
DATABASE_URL=postgres://tracktrace:«pwc:trackpg»@tracktrace-db.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:5432/tracktrace  ⟦conn-string|the Helm Postgres password in a database URL⟧
TWILIO_ACCOUNT_SID=«twac:track»  ⟪Twilio account SID⟫
TWILIO_API_KEY=«twsk:track»  ⟪Twilio API key SID, an identifier⟫
TWILIO_API_SECRET=«b62:32-twsecret»  ⟦twilio|Twilio API key secret⟧
SENDGRID_API_KEY=«sg:tracknotify»  ⟦sendgrid|the SendGrid key again⟧
STRIPE_PUBLISHABLE_KEY=«pk:track»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:track»  ⟦stripe|Stripe live secret key⟧
SENTRY_DSN=«sentrynew:track»  ⟪modern Sentry DSN, public⟫
"""),
    ("services/tracktrace/.env.example", r"""
NODE_ENV=development
DATABASE_URL=postgres://tracktrace:password@localhost:5432/tracktrace  ⟪placeholder password⟫
TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder SID⟫
TWILIO_API_SECRET=your-twilio-api-secret  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_live_xxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder⟫
"""),
    ("services/tracktrace/src/config.ts", r"""
export const config = {
  port: Number(process.env.PORT ?? 8080),
  stripeKey: process.env.STRIPE_SECRET_KEY!,  ⟪environment lookup⟫
  mapbox: {
    publicToken: 'pk.«urlsafe:48-mbpub»',  ⟪Mapbox public token⟫
  },
  flightradar: {
    apiToken: '«b62:48-fr24»',  ⟦app-secret|Flightradar24 API token in TypeScript config⟧
  },
  linear: { apiKey: '«linear:track»' },  ⟦app-secret|Linear API key⟧
};
"""),
    ("services/tracktrace/.npmrc", r"""
registry=https://registry.npmjs.org/
@corvane:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«ghp:npmgh»  ⟦github|GitHub PAT as npm auth token⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env placeholder⟫
"""),
    ("services/tracktrace/src/__tests__/notify.test.ts", r"""
import { notify } from '../notify';

const TEST_TOKEN = 'SG.test-only.not-a-real-sendgrid-key';  ⟪test-marked value in a test path⟫

describe('notify', () => {
  it('sends an SMS and an e-mail', async () => {
    const res = await notify({ to: '+15005550006', awb: '618-12345675' }, { sendgridKey: TEST_TOKEN });
    expect(res.sent).toBe(2);
  });
});
"""),
    ("services/tracktrace/package-lock.json", r"""
{
  "name": "tracktrace",
  "version": "3.12.0",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/twilio": {
      "version": "5.2.2",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.2.2.tgz",
      "integrity": "«sri:twilio»"  ⟪npm integrity hash⟫
    }
  }
}
"""),
    ("services/customs-bridge/config/prod.yaml", r"""
ace:
  endpoint: https://ace.cbp.dhs.gov/acas
  filer_code: CVF1
  user: cvf-ace-filer
  password: «pwl:aceuser»  ⟦password|the ACE filer password again in Go service YAML⟧
ics2:
  token_url: https://ics2.ec.europa.eu/oauth/token
  client_id: «uuid:ics2client»  ⟪client id⟫
  client_secret: «b62:48-ics2secret»  ⟦app-secret|ICS2 OAuth client secret⟧
descartes:
  customs_api_key: «hex:40-descartescustoms»  ⟦app-secret|Descartes customs API key, 40 hex⟧
"""),
    ("services/customs-bridge/internal/ace/client.go", r"""
package ace

import (
	"net/http"
	"time"
)

const (
	defaultEndpoint = "https://ace.cbp.dhs.gov/acas"
	// ACAS test certificate password from the CBP onboarding kit (certification env only)
	certPassword = "«pp:acecertgo»"  ⟦password|hard-coded certificate password in Go⟧
)

type Client struct {
	http    *http.Client
	user    string
	pass    string
}

func New(user, pass string) *Client {
	return &Client{http: &http.Client{Timeout: 30 * time.Second}, user: user, pass: pass}
}
"""),
    ("services/customs-bridge/internal/ace/client_test.go", r"""
package ace

import "testing"

func TestNew(t *testing.T) {
	c := New("cvf-ace-filer", "test-password")  ⟪test-marked value in a test file⟫
	if c.user != "cvf-ace-filer" {
		t.Fatal("user")
	}
}
"""),
    ("services/customs-bridge/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64k:32-gosum2»
github.com/google/uuid v1.6.0 h1:«b64k:32-gosum3»
"""),
    ("services/bookings/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: bookings_development

production:
  <<: *default
  database: bookings
  username: bookings
  password: «pwx:ebbook»  ⟦password|the bookings DB password in database.yml⟧
  host: bookings-db.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com

staging:
  <<: *default
  password: <%= ENV["BOOKINGS_DATABASE_PASSWORD"] %>  ⟪ERB env lookup⟫
"""),
    ("services/bookings/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|the Rails master.key file⟧
"""),
    ("services/bookings/config/initializers/shipping.rb", r"""
Shippo::API.token = ENV.fetch("SHIPPO_API_TOKEN")  ⟪ENV lookup⟫
EasyPost.api_key = "«ezak:last»"  ⟦app-secret|the EasyPost key hard-coded in an initializer⟧

Rails.application.config.x.unilode = {
  base_url: "https://api.unilode.com/v1",
  username: "corvane",
  password: "«pwc:unilode»"  ⟦password|ULD pool provider password in Ruby⟧
}
"""),
    ("services/bookings/config/credentials.yml.enc", r"""
«b64k:180-railscred»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("services/bookings/spec/support/stripe.rb", r"""
RSpec.configure do |config|
  config.before(:each) do
    Stripe.api_key = "«docs:stripetest»"  ⟪test-marked Stripe key in a spec⟫
  end
end
"""),
    ("services/mro/.env", r"""
APP_NAME=MRO
APP_ENV=production
APP_KEY=«laravel:mro»  ⟦app-secret|the Laravel APP_KEY again in .env⟧
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=mro-mysql-legacy.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com
DB_USERNAME=mro
DB_PASSWORD=«pwl:mromysql»  ⟦password|the legacy MRO MySQL password in .env⟧
MAIL_MAILER=smtp
MAIL_HOST=email-smtp.us-west-2.amazonaws.com
MAIL_USERNAME=«akid:sesmro»  ⟦aws-key-id|SES SMTP username (key id) in .env⟧
MAIL_PASSWORD=«sesv4:sesmro»  ⟦aws-ses-smtp|SES SMTP password in .env⟧
AMOS_API_TOKEN=«b62:40-amos»  ⟦app-secret|AMOS API token⟧
PUSHER_APP_KEY=«hex:20-pusherkey»  ⟪Pusher app key, public⟫
"""),
    ("services/mro/config/services.php", r"""
<?php

return [
    'amos' => [
        'base_url' => env('AMOS_BASE_URL', 'https://amos.corvane.aero/api'),
        'token' => env('AMOS_API_TOKEN'),  ⟪env() lookup⟫
    ],
    'boeing_toolbox' => [
        'username' => 'corvane.mro',
        'password' => '«pwn:toolbox»',  ⟦password|Boeing Toolbox password in PHP config⟧
    ],
    'telegram' => [
        'bot_token' => '«telegram:aog»',  ⟦telegram|Telegram bot token for AOG alerts⟧
    ],
];
"""),
    ("services/mro/composer.lock", r"""
{
    "content-hash": "«hex:32-composerhash»",  ⟪composer content hash⟫
    "packages": [
        {
            "name": "laravel/framework",
            "version": "v11.9.2",
            "dist": {"type": "zip", "shasum": "«sha:laravelzip»"}  ⟪dist shasum⟫
        }
    ]
}
"""),
    ("services/telemetry/src/config.rs", r"""
use std::env;

pub struct Config {
    pub kinesis_stream: String,
    pub confluent_key: String,
    pub confluent_secret: String,
}

// FIXME: read from the environment once the ACARS bridge moves to ECS
const CONFLUENT_API_KEY: &str = "«confkey:acars»";  ⟪Confluent API key, the identifier half⟫
const CONFLUENT_API_SECRET: &str = "«confsec:acars»";  ⟦app-secret|Confluent API secret in Rust⟧

impl Config {
    pub fn load() -> Self {
        Config {
            kinesis_stream: env::var("KINESIS_STREAM").unwrap_or_else(|_| "acars-raw".into()),
            confluent_key: CONFLUENT_API_KEY.into(),
            confluent_secret: CONFLUENT_API_SECRET.into(),
        }
    }
}
"""),
    ("services/telemetry/Cargo.lock", r"""
[[package]]
name = "aws-sdk-kinesis"
version = "1.36.0"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:cargolock»"  ⟪Cargo.lock checksum⟫
"""),
    ("data/dbt/profiles.yml", r"""
corvane_ops:
  target: prod
  outputs:
    prod:
      type: snowflake
      account: cvf-ops.us-west-2
      user: DBT_PROD
      password: «pwc:dbtsnow»  ⟦password|dbt Snowflake password⟧
      role: TRANSFORMER
      warehouse: TRANSFORM_WH
      database: OPS
      schema: MARTS
    dev:
      type: snowflake
      account: cvf-ops.us-west-2
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var template⟫
      role: TRANSFORMER
"""),
    ("data/airflow/connections.yaml", r"""
aws_ops:
  conn_type: aws
  login: «akid:airflowops»  ⟦aws-key-id|access key as an Airflow connection login⟧
  password: «awssec:airflowops»  ⟦aws-secret|secret as an Airflow connection password⟧
  extra:
    region_name: us-west-2
redshift_ops:
  conn_type: redshift
  host: cvf-ops-dw.c4lq9wz3n2pe.us-west-2.redshift.amazonaws.com
  login: dwadmin
  password: «pw:redshift»  ⟦password|the Redshift master password in Airflow connections⟧
  port: 5439
slack_ops:
  conn_type: slackwebhook
  password: «slackhook:airflowops»  ⟦slack|Slack webhook in an Airflow connection⟧
"""),
    ("data/airflow/dags/oag_schedules.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.operators.python import PythonOperator
from airflow.models import Variable

OAG_API_KEY = "«hex:32-oag»"  ⟦app-secret|OAG schedules API key hard-coded in a DAG⟧
CIRIUM_APP_ID = "«hex:8-ciriumid»"  ⟪Cirium app id, an identifier⟫
CIRIUM_APP_KEY = Variable.get("cirium_app_key")  ⟪Airflow Variable lookup⟫


def pull(**_):
    ...


with DAG("oag_schedules", start_date=datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    PythonOperator(task_id="pull", python_callable=pull)
"""),
    ("data/snowflake/connections.toml", r"""
[default]
account = "cvf-ops"
user = "ANALYST_SVC"
password = "«pwn:snowanalyst»"  ⟦password|Snowflake connections.toml password⟧
warehouse = "ANALYST_WH"
role = "ANALYST"

[keypair]
account = "cvf-ops"
user = "LOADER_SVC"
authenticator = "SNOWFLAKE_JWT"
private_key_file = "~/.snowflake/loader_rsa_key.p8"  ⟪key file path⟫
"""),
    ("data/notebooks/load-factor-2026Q2.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "conn = snowflake.connector.connect(account='cvf-ops', user='PRIYANKA', password='«pwn:snowpriyanka»')\n",  ⟦password|notebook connect() password⟧
    "df = conn.cursor().execute('select * from OPS.MARTS.LOAD_FACTOR').fetch_pandas_all()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "boto3.client('s3', aws_access_key_id='«akid:nbpriyanka»', aws_secret_access_key='«awssec:nbpriyanka»')"  ⟦aws-key-id|key pair inline in a notebook cell⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("tools/postman/tracktrace.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",  ⟪environment id⟫
  "name": "tracktrace prod",
  "values": [
    {"key": "baseUrl", "value": "https://track.corvane.aero/api", "enabled": true},
    {"key": "apiToken", "value": "«jwt:partner-api»", "type": "secret", "enabled": true},  ⟦jwt|HS256 JWT bearer in a Postman environment⟧
    {"key": "partnerKey", "value": "{{partnerKey}}", "enabled": true}  ⟪Postman variable⟫
  ],
  "_postman_variable_scope": "environment"
}
"""),
    ("tools/http/customs.http", r"""
@host = https://customs-bridge.ops.corvane.aero
@token = {{$dotenv CUSTOMS_TOKEN}}  ⟪REST Client dotenv variable⟫

### list pending filings
GET {{host}}/filings?status=pending
Authorization: Bearer {{token}}

### ICS2 token (conformance)
POST https://ics2.ec.europa.eu/oauth/token
Content-Type: application/x-www-form-urlencoded

grant_type=client_credentials&client_id=«uuid:ics2client»&client_secret=«b62:48-ics2secret»  ⟦app-secret|the ICS2 client secret in a .http file⟧
"""),
    (".idea/dataSources.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="awbhub@prod" uuid="«uuid:ideads»">  ⟪data source UUID⟫
      <driver-ref>mysql.8</driver-ref>
      <jdbc-url>jdbc:mysql://awbhub.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:3306/awbhub?user=awb_app&amp;password=«pwc:awbapp»</jdbc-url>  ⟦conn-string|JDBC URL with password in IntelliJ⟧
    </data-source>
  </component>
</project>
"""),
    (".vscode/settings.json", r"""
{
  "editor.formatOnSave": true,
  "sqltools.connections": [
    {
      "name": "loadmaster prod (read)",
      "driver": "PostgreSQL",
      "server": "loadmaster.cluster-ro-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com",
      "port": 5432,
      "database": "loadmaster",
      "username": "lm_read",
      "password": "«pwn:lmread»"  ⟦password|SQLTools connection password⟧
    }
  ],
  "python.defaultInterpreterPath": ".venv/bin/python"
}
"""),
    ("tools/jmeter/awb-load.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="awb load">
      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments">
        <collectionProp name="Arguments.arguments">
          <elementProp name="API_KEY" elementType="Argument">
            <stringProp name="Argument.name">API_KEY</stringProp>
            <stringProp name="Argument.value">${__P(api_key)}</stringProp>  ⟪JMeter property function⟫
          </elementProp>
          <elementProp name="BASIC" elementType="Argument">
            <stringProp name="Argument.name">BASIC</stringProp>
            <stringProp name="Argument.value">Basic «basic:jmeter»</stringProp>  ⟦password-b64|basic-auth header (base64 user:password)⟧
          </elementProp>
        </collectionProp>
      </elementProp>
    </TestPlan>
  </hashTree>
</jmeterTestPlan>
"""),
    ("services/awbhub/messages/fwb-sample-header.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<rsm:Waybill xmlns:rsm="iata:waybill:1">
  <rsm:MessageHeaderDocument>
    <ram:ID xmlns:ram="iata:datamodel:3">618-44021876</ram:ID>  ⟪air waybill number⟫
    <ram:SenderParty xmlns:ram="iata:datamodel:3">
      <ram:PrimaryID schemeID="C">CVFAWB01</ram:PrimaryID>
    </ram:SenderParty>
  </rsm:MessageHeaderDocument>
  <rsm:BusinessHeaderDocument>
    <ram:SignatoryConsignorAuthentication xmlns:ram="iata:datamodel:3">
      <ram:Signatory>CORVANE</ram:Signatory>
    </ram:SignatoryConsignorAuthentication>
  </rsm:BusinessHeaderDocument>
</rsm:Waybill>
"""),
    ("services/awbhub/config/typeb-routing.conf", r"""
# SITA Type B routing - originator ANCCVXH
[gateway]
host = typeb.sita.aero
port = 10322
user = CVFTYPEB
password = «pw6:sitagw»  ⟦password|the Type B gateway password in an INI config⟧
[addresses]
fra_handling = FRAKKLH
anc_ops = ANCOOCV
"""),
    ("tools/odbc/odbc.ini", r"""
[RosterDW]
Driver = ODBC Driver 18 for SQL Server
Server = roster-sql.internal.corvane.aero
Database = RosterDW
UID = report_svc
PWD = «pw:rosterdw»  ⟦password|odbc.ini PWD⟧

[OpsRedshift]
Driver = Amazon Redshift (x64)
Server = cvf-ops-dw.c4lq9wz3n2pe.us-west-2.redshift.amazonaws.com
Database = opsdw
UID = tableau
PWD =  ⟪empty⟫
"""),
    ("services/telemetry/grafana/provisioning/datasources.yaml", r"""
apiVersion: 1
datasources:
  - name: Timestream
    type: grafana-timestream-datasource
    jsonData:
      authType: keys
      defaultRegion: us-west-2
    secureJsonData:
      accessKey: «akid:timestream»  ⟦aws-key-id|Grafana provisioning access key⟧
      secretKey: «awssec:timestream»  ⟦aws-secret|Grafana provisioning secret key⟧
  - name: Postgres
    type: postgres
    url: telemetry-db.internal.corvane.aero:5432
    user: grafana
    secureJsonData:
      password: $GF_PG_PASSWORD  ⟪env interpolation⟫
"""),
    ("services/tracktrace/src/firebase.ts", r"""
import { initializeApp } from 'firebase/app';

export const app = initializeApp({
  apiKey: '«aiza:firebase»',  ⟪Firebase web apiKey, public⟫
  authDomain: 'corvane-track.firebaseapp.com',
  projectId: 'corvane-track',
  appId: '1:«num:12-fbsender»:web:«hex:22-fbapp»',  ⟪Firebase app id⟫
});
"""),
    ("services/bookings/app/services/google_oauth.rb", r"""
class GoogleOauth
  CLIENT_ID = "«num:12-gclient»-«lo:32-gclient».apps.googleusercontent.com".freeze  ⟪Google OAuth client id, public⟫
  CLIENT_SECRET = "«gocspx:bookings»".freeze  ⟦google-oauth|Google OAuth client secret GOCSPX-⟧

  def authorize_url(state)
    "https://accounts.google.com/o/oauth2/v2/auth?client_id=#{CLIENT_ID}&state=#{state}"
  end
end
"""),
    ("services/loadmaster/pip.conf", r"""
[global]
index-url = https://ci-reader:«pwn:pipreader»@artifacts.corvane.aero/api/pypi/pypi-virtual/simple  ⟦conn-string|the Artifactory reader password in pip.conf⟧
timeout = 60
"""),
    ("services/loadmaster/.pypirc", r"""
[distutils]
index-servers = pypi corvane

[pypi]
username = __token__
password = «pypi:loadmaster»  ⟦pypi|PyPI upload token⟧

[corvane]
repository = https://artifacts.corvane.aero/api/pypi/pypi-local
username = ci-publisher
password = «pwx:mvnpub»  ⟦password|the Maven publisher password reused in .pypirc⟧
"""),
    ("tools/insomnia/customs.json", r"""
{
  "_type": "export",
  "__export_format": 4,
  "resources": [
    {"_id": "env_«hex:12-insenv»", "_type": "environment", "name": "prod",  ⟪Insomnia id⟫
     "data": {"base": "https://customs-bridge.ops.corvane.aero", "token": "{{ _.ics2_token }}"}},  ⟪Insomnia template⟫
    {"_id": "req_«hex:12-insreq»", "_type": "request", "name": "ACE login", "method": "POST",
     "body": {"mimeType": "application/json", "text": "{\"user\":\"cvf-ace-filer\",\"password\":\"«pwl:aceuser»\"}"}}  ⟦password|ACE password in an Insomnia request body⟧
  ]
}
"""),
    ("services/awbhub/src/main/resources/db/migration/V7__seed_partner_users.sql", r"""
-- partner portal users (hashes only)
INSERT INTO partner_user (login, password_hash, role) VALUES
  ('kn-anc', '«bcrypt:kn»', 'FORWARDER'),  ⟪bcrypt hash⟫
  ('dsv-lej', '«bcrypt:dsv»', 'FORWARDER');
CREATE USER 'awb_report'@'%' IDENTIFIED BY '«pwn:awbreport»';  ⟦password|MySQL CREATE USER IDENTIFIED BY⟧
GRANT SELECT ON awbhub.* TO 'awb_report'@'%';
"""),
]

FILES += [
    ("services/rostercrew/tomcat/context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <Resource name="jdbc/crewdocs" auth="Container" type="javax.sql.DataSource"
            driverClassName="org.postgresql.Driver"
            url="jdbc:postgresql://crewdocs-db.internal.corvane.aero:5432/crewdocs"
            username="crewdocs"
            password="«pwn:crewdocs»"  ⟦password|Tomcat JNDI Resource password⟧
            maxTotal="20"/>
</Context>
"""),
    ("services/rostercrew/tomcat/server.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/roster.p12" certificateKeystorePassword="changeit" type="RSA"/>  ⟪default keystore password⟫
      </SSLHostConfig>
    </Connector>
  </Service>
</Server>
"""),
    ("services/awbhub/src/main/resources/logback-spring.xml", r"""
<configuration>
  <appender name="EMAIL" class="ch.qos.logback.classic.net.SMTPAppender">
    <smtpHost>smtp.office365.com</smtpHost>
    <smtpPort>587</smtpPort>
    <STARTTLS>true</STARTTLS>
    <username>awbhub-alerts@corvane.aero</username>
    <password>«pw:o365alerts»</password>  ⟦password|logback SMTP appender password⟧
    <to>cargo-systems@corvane.aero</to>
  </appender>
  <root level="INFO"><appender-ref ref="EMAIL"/></root>
</configuration>
"""),
    ("services/mro/.env.staging", r"""
APP_ENV=staging
APP_KEY=
SENTRY_LARAVEL_DSN=«sentryold:mrostaging»  ⟦sentry|legacy Sentry DSN with secret part in a Laravel .env⟧
DB_PASSWORD=secret  ⟪Laravel default placeholder⟫
"""),
    ("services/mro/auth.json", r"""
{
    "github-oauth": {
        "github.com": "«ghp:composer»"  ⟦github|GitHub token in composer auth.json⟧
    },
    "http-basic": {
        "repo.packagist.com": {"username": "token", "password": "«hex:40-packagist»"}  ⟦app-secret|the Private Packagist token in auth.json⟧
    }
}
"""),
    ("apps/driver-app/android/local.properties", r"""
sdk.dir=/Users/joaquin/Library/Android/sdk
RELEASE_STORE_FILE=../keys/corvane-driver.jks
RELEASE_STORE_PASSWORD=«pwn:jksstore»  ⟦password|Android release keystore password⟧
RELEASE_KEY_ALIAS=driver
RELEASE_KEY_PASSWORD=«pwn:jksstore»  ⟦password|Android key password (same as the store)⟧
MAPS_API_KEY=«aiza:android»  ⟪Google Maps Android key, restricted⟫
"""),
    ("apps/driver-app/.yarnrc.yml", r"""
nodeLinker: node-modules
npmScopes:
  corvane:
    npmRegistryServer: https://npm.pkg.github.com
    npmAuthToken: «ghp:yarnrc»  ⟦github|GitHub token in .yarnrc.yml⟧
"""),
    ("apps/driver-app/ios/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>API_KEY</key>
  <string>«aiza:ios»</string>  ⟪Firebase iOS API key, public⟫
  <key>GCM_SENDER_ID</key>
  <string>«num:12-fbsender»</string>
  <key>PROJECT_ID</key>
  <string>corvane-track</string>
</dict>
</plist>
"""),
    ("services/loadmaster/jupyter_server_config.py", r"""
c = get_config()  # noqa
c.ServerApp.ip = "0.0.0.0"
c.ServerApp.open_browser = False
c.IdentityProvider.token = "«hex:48-jupyter»"  ⟦app-secret|Jupyter server token⟧
"""),
    ("scripts/ops/s3_manifest_copy.py", r"""
#!/usr/bin/env python3
# one-off: copy last month's manifests to the auditors' bucket
import boto3

s3 = boto3.client(
    "s3",
    aws_access_key_id="«akid:auditcopy»",  ⟦aws-key-id|key id hard-coded in a boto3 script⟧
    aws_secret_access_key="«awssec:auditcopy»",  ⟦aws-secret|secret hard-coded in a boto3 script⟧
    region_name="us-west-2",
)
for obj in s3.list_objects_v2(Bucket="cvf-exports", Prefix="manifests/2026-05")["Contents"]:
    s3.copy({"Bucket": "cvf-exports", "Key": obj["Key"]}, "cvf-audit-2026", obj["Key"])
"""),
]
