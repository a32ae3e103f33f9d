"""fresh8 templates, application code and configuration (Fernhollow Mutual): Java/Spring (properties, YAML,
Liquibase, Flyway, Tomcat, Maven, Hibernate, JNDI), .NET (appsettings, web.config, NuGet, user secrets,
launchSettings), Python (Django, FastAPI, alembic, pip, pypirc, Airflow, dbt), Go, Kotlin, TypeScript and React
Native (Expo, eas.json, yarnrc, Cypress, k6), Ruby on Rails, R and SAS, notebooks, IDE and tool configs
(VS Code, IntelliJ, REST Client, Insomnia, Postman, SoapUI, JMeter, DBeaver), ODBC/TNS, ACORD XML, X12 EDI,
JCL, and a developer's home directory. Markers: render.py and README.md."""

FILES = [
    ("services/policycore/src/main/resources/application-prod.properties", r"""
spring.application.name=policycore
server.port=8080
spring.datasource.url=jdbc:postgresql://policycore.cluster-c8w2x.us-east-2.rds.amazonaws.com:5432/policycore
spring.datasource.username=pc_app
spring.datasource.password=«pwc:pcapp»  ⟦password|Spring datasource password in .properties⟧
spring.jms.activemq.broker-url=ssl://b-«uuid:mqbroker»-1.mq.us-east-2.amazonaws.com:61617
spring.activemq.user=policycore-bridge
spring.activemq.password=${MQ_PASSWORD}  ⟪environment reference⟫
fhm.docusign.integration-key=«uuid:docusignik»  ⟪DocuSign integration key, client id⟫
fhm.docusign.rsa-key-path=/run/secrets/docusign.pem  ⟪path to a key file, not the key⟫
fhm.iso.rating.api-key=«hex:32-isorating»  ⟦app-secret|ISO rating API key in Spring properties⟧
management.endpoints.web.exposure.include=health,info,prometheus
"""),
    ("services/policycore/src/main/resources/application-prod.properties.bak", r"""
# backup taken before FHM-2231 moved the datasource to Secrets Manager (do not deploy)
spring.datasource.url=jdbc:oracle:thin:@//pas-ora-scan.cmh.fernhollow.internal:1521/PASPRD
spring.datasource.username=PC_APP
spring.datasource.password=«pwn:pcoracleold»  ⟦password|password in a .bak copy of properties⟧
fhm.mainframe.racf.user=PCBAT01
fhm.mainframe.racf.password=«pw8:racfpc»  ⟦password|RACF password in a .bak copy⟧
"""),
    ("services/policycore/src/main/resources/application.yml", r"""
spring:
  profiles:
    active: ${SPRING_PROFILES_ACTIVE:local}
  datasource:
    url: jdbc:postgresql://localhost:5432/policycore
    username: policycore
    password: postgres  ⟪local default⟫
fhm:
  billing:
    lockbox:
      sftp-host: sftp.lockbox-print.net
      sftp-user: fernhollow
      sftp-password: ${LOCKBOX_SFTP_PASSWORD}  ⟪environment reference⟫
  stripe:
    publishable-key: «pk:payouts»  ⟪Stripe publishable key⟫
"""),
    ("services/policycore/src/main/resources/db/liquibase.properties", r"""
changeLogFile=db/changelog/db.changelog-master.yaml
url=jdbc:postgresql://policycore.cluster-c8w2x.us-east-2.rds.amazonaws.com:5432/policycore
username=pc_owner
password=${LIQUIBASE_COMMAND_PASSWORD}  ⟪environment reference⟫
liquibase.hub.mode=off
"""),
    ("services/claims-ledger/flyway.conf", r"""
flyway.url=jdbc:sqlserver://cc8-sql01.cmh.fernhollow.internal:1433;databaseName=ClaimsLedger;encrypt=true
flyway.user=flyway_ledger
flyway.password=«pwl:flywayledger»  ⟦password|Flyway password⟧
flyway.schemas=ledger
flyway.locations=filesystem:sql
"""),
    ("services/legacy-billing/conf/context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Tomcat 9 context for the legacy billing web (Struts 2, retiring with policycore phase 3) -->
<Context>
  <Resource name="jdbc/BillingDS" auth="Container" type="javax.sql.DataSource"
            driverClassName="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@//pas-ora-scan.cmh.fernhollow.internal:1521/PASPRD"
            username="BILLING_WEB" password="«pwn:billingweb»"  ⟦password|Tomcat JNDI DataSource password attribute⟧
            maxTotal="40" maxIdle="10"/>
  <Environment name="lockbox/apiKey" type="java.lang.String" value="«b62:32-lockboxapi»" override="false"/>  ⟦app-secret|lockbox vendor API key as a JNDI Environment value⟧
</Context>
"""),
    ("services/legacy-billing/conf/jndi.properties", r"""
java.naming.factory.initial=com.ibm.mq.jms.context.WMQInitialContextFactory
java.naming.provider.url=fhmmq01.cmh.fernhollow.internal:1414/AWS.BRIDGE.SVRCONN
java.naming.security.principal=MQBILL01
java.naming.security.credentials=«pw8:mqbill»  ⟦password|JNDI security credentials⟧
"""),
    ("services/legacy-billing/src/main/resources/hibernate.cfg.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN" "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
    <property name="hibernate.connection.url">jdbc:oracle:thin:@//pas-ora-scan.cmh.fernhollow.internal:1521/PASPRD</property>
    <property name="hibernate.connection.username">BILLING_WEB</property>
    <property name="hibernate.connection.password">«pwn:billingweb»</property>  ⟦password|Hibernate connection password⟧
    <property name="hibernate.dialect">org.hibernate.dialect.Oracle12cDialect</property>
  </session-factory>
</hibernate-configuration>
"""),
    ("services/policycore/ci/settings.xml", r"""
<settings xmlns="http://maven.apache.org/SETTINGS/1.2.0">
  <servers>
    <server>
      <id>fhm-releases</id>
      <username>svc-codebuild</username>
      <password>${env.ARTIFACTORY_PASSWORD}</password>  ⟪Maven environment reference⟫
    </server>
    <server>
      <id>fhm-rating-tables</id>
      <username>svc-ratingtables</username>
      <password>«pwc:ratingtablesjenkins»</password>  ⟦password|Maven settings.xml server password⟧
    </server>
    <server>
      <id>guidewire-partner</id>
      <username>fernhollow</username>
      <password>«mvnenc:gwpartner»</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("services/payouts/src/main/resources/application.yaml", r"""
server:
  port: 8090
payouts:
  stripe:
    secret-key: «sk:payoutsapp»  ⟦stripe|Stripe live secret key in Kotlin service YAML⟧
    connect-client-id: ca_«b62:32-stripeca»  ⟪Stripe Connect client id⟫
  plaid:
    client-id: «hex:24-plaidclient»  ⟪Plaid client id⟫
    secret: ${PLAID_SECRET}  ⟪environment reference⟫
    env: production
  check-print:
    sftp-password: ${CHECKPRINT_SFTP_PASSWORD}  ⟪environment reference⟫
"""),
    ("services/payouts/src/test/kotlin/PayoutServiceTest.kt", r"""
package com.fernhollow.payouts

import org.junit.jupiter.api.Test
import kotlin.test.assertEquals

class PayoutServiceTest {
    private val stripe = FakeStripe(secretKey = "sk_test_51unitTestsOnlyNotARealKey000000000000")  ⟪clearly marked test key⟫
    private val plaidSecret = "plaid-unit-test-secret"  ⟪clearly marked test value⟫

    @Test
    fun `splits a total loss payout between the insured and the lienholder`() {
        val svc = PayoutService(stripe, plaidSecret)
        val parts = svc.split(totalCents = 1_845_000, lienCents = 1_200_000)
        assertEquals(listOf(1_200_000L, 645_000L), parts.map { it.amountCents })
    }
}
"""),
    ("services/payouts/gradle.properties", r"""
org.gradle.jvmargs=-Xmx3g
kotlin.code.style=official
artifactoryUser=svc-gradle
artifactoryPassword=«akcp:gradle»  ⟦artifactory|Artifactory API key in gradle.properties⟧
systemProp.sonar.host.url=https://sonar.fernhollow.internal
"""),
    ("broker-portal/BrokerPortal.Web/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Portal": "Server=broker-sql.corp.fernhollow.cloud;Database=BrokerPortal;User Id=portal_app;Password=«pwc:portalsql»;Encrypt=True",  ⟦conn-string|SQL Server connection string with a password⟧
    "Events": "«azsbus:portal»"  ⟦azure-key|Service Bus connection string with SharedAccessKey⟧
  },
  "AzureAdB2C": {
    "Instance": "https://fhmbrokers.b2clogin.com",
    "ClientId": "«uuid:b2cclient»",  ⟪Azure AD B2C client id⟫
    "ClientSecret": "«azad:b2c»",  ⟦azure-ad|Entra ID client secret in appsettings⟧
    "TenantId": "«uuid:b2ctenant»"  ⟪Entra tenant id⟫
  },
  "Commissions": {"StatementsBucket": "fhm-commission-statements"}
}
"""),
    ("broker-portal/BrokerPortal.Web/Web.config.orig", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- pre-.NET 8 copy kept by the migration (Web.config.orig) -->
<configuration>
  <connectionStrings>
    <add name="Portal" connectionString="Data Source=BRKSQL01;Initial Catalog=BrokerPortal;User ID=portal_app;Password=«pwn:portalsqlold»" providerName="System.Data.SqlClient" />  ⟦conn-string|connection string with a password in a Web.config backup⟧
  </connectionStrings>
  <appSettings>
    <add key="ImageRightUser" value="svc-imageright" />
    <add key="ImageRightPassword" value="«pwc:imageright»" />  ⟦password|appSettings password in Web.config⟧
    <add key="webpages:Version" value="3.0.0.0" />
  </appSettings>
  <system.web>
    <machineKey validationKey="«uhex:128-machinekey»" decryptionKey="«uhex:64-machinedec»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey validation and decryption keys⟧
  </system.web>
</configuration>
"""),
    ("broker-portal/NuGet.Config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="fhm" value="https://pkgs.dev.azure.com/fernhollow/_packaging/broker/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <fhm>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="«lo:52-adopat»" />  ⟦azure-devops|Azure DevOps PAT as a NuGet ClearTextPassword⟧
    </fhm>
  </packageSourceCredentials>
</configuration>
"""),
    ("home/rohan.k/.microsoft/usersecrets/7c1e2f9a-4b3d-4e8a-9f61-2d5b8c0e4a17/secrets.json", r"""
{
  "AzureAdB2C:ClientSecret": "«azad:b2cdev»",  ⟦azure-ad|Entra ID client secret in dotnet user-secrets⟧
  "ConnectionStrings:Portal": "Server=localhost,1433;Database=BrokerPortal;User Id=sa;Password=«pwn:localsa»;TrustServerCertificate=True"  ⟦conn-string|SQL Server sa password in user-secrets⟧
}
"""),
    ("broker-portal/BrokerPortal.Web/Properties/launchSettings.json", r"""
{
  "profiles": {
    "BrokerPortal.Web": {
      "commandName": "Project",
      "launchBrowser": true,
      "applicationUrl": "https://localhost:7081",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "IMAGERIGHT_PASSWORD": "«pwc:imageright»",  ⟦password|password in launchSettings environmentVariables⟧
        "UserSecretsId": "7c1e2f9a-4b3d-4e8a-9f61-2d5b8c0e4a17"  ⟪user-secrets id⟫
      }
    }
  }
}
"""),
    ("services/claimsdesk/claimsdesk/settings/prod.py", r"""
from .base import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["claimsdesk.fernhollow.internal", "claims.fernhollow.com"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]  ⟪environment lookup⟫

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "claimsdesk.cluster-c8w2x.us-east-2.rds.amazonaws.com",
        "NAME": "claimsdesk",
        "USER": "claimsdesk",
        "PASSWORD": os.environ.get("DATABASE_PASSWORD", "«pwc:claimsdeskdb»"),  ⟦password|password as the os.environ.get fallback in Django settings⟧
    }
}
EMAIL_HOST = "smtp.mailgun.org"
EMAIL_HOST_USER = "postmaster@mg.fernhollow.com"
EMAIL_HOST_PASSWORD = "«hex:32-mgsmtp»-«hex:8-mgsmtp2»-«hex:8-mgsmtp3»"  ⟦password|Mailgun SMTP password in Django settings⟧
MAILGUN_API_KEY = "«mailgun:claimsdesk»"  ⟦mailgun|Mailgun API key in Django settings⟧
"""),
    ("services/claimsdesk/claimsdesk/settings/unittest.py", r"""
from .base import *  # noqa: F401,F403

SECRET_KEY = "unit-tests-only-not-a-secret"  ⟪clearly marked test value⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
XACTIMATE_CLIENT_SECRET = "xactimate-test-secret"  ⟪clearly marked test value⟫
"""),
    ("services/claimsdesk/alembic.ini", r"""
[alembic]
script_location = migrations
# reporting replica schema (FastAPI intake service)
sqlalchemy.url = postgresql+psycopg://intake_migrator:«pct:pwl:intakemig»@claims-reporting.c8w2x.us-east-2.rds.amazonaws.com:5432/intake  ⟦conn-string|SQLAlchemy URL with a password in alembic.ini⟧

[loggers]
keys = root
"""),
    ("services/fnol-intake/app/config.py", r"""
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    # FNOL web form + IVR; values come from the environment in ECS, these are the dev defaults
    claimsdesk_url: str = "http://localhost:8000"
    claimsdesk_api_key: str = "local-dev-key-not-a-secret"  ⟪clearly marked dev value⟫
    twilio_account_sid: str = "«twac:ivr»"  ⟪Twilio account SID⟫
    twilio_auth_token: str = ""
    recaptcha_site_key: str = "6L«b62:38-recaptchasite»"  ⟪reCAPTCHA site key, public⟫
    recaptcha_secret: str = "6L«b62:38-recaptchasecret»"  ⟦app-secret|reCAPTCHA secret as a settings default⟧

    model_config = {"env_prefix": "FNOL_"}


settings = Settings()
"""),
    ("services/fnol-intake/tests/test_webhook.py", r"""
import hashlib
import hmac

from app.twilio_sig import valid

AUTH_TOKEN = "0" * 32  ⟪zeroed token in a test⟫


def test_rejects_a_bad_signature():
    assert not valid(AUTH_TOKEN, "https://fnol.fernhollow.com/ivr", {"CallSid": "CA" + "1" * 32}, "bogus")


def test_accepts_the_computed_signature():
    url, params = "https://fnol.fernhollow.com/ivr", {"CallSid": "CA" + "1" * 32}
    sig = hmac.new(AUTH_TOKEN.encode(), (url + "CallSid" + params["CallSid"]).encode(), hashlib.sha1).digest()
    assert valid(AUTH_TOKEN, url, params, sig)
"""),
    ("services/claimsdesk/pip.conf", r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://svc-pip:«artref:pipconf»@fernhollow.jfrog.io/artifactory/api/pypi/pypi-local/simple  ⟦artifactory|Artifactory token in a pip extra-index-url⟧
timeout = 60
"""),
    ("home/maribel.o/.pypirc", r"""
[distutils]
index-servers =
    pypi
    fhm

[pypi]
username = __token__
password = «pypi:maribel»  ⟦pypi|PyPI API token in .pypirc⟧

[fhm]
repository = https://fernhollow.jfrog.io/artifactory/api/pypi/pypi-local
username = maribel.ortega
password = «pwn:maribelart»  ⟦password|Artifactory password in .pypirc⟧
"""),
    ("actuarial/airflow/connections-export.json", r"""
{
  "snowflake_actuarial": {
    "conn_type": "snowflake",
    "login": "SVC_AIRFLOW",
    "password": "«pwc:snowairflow»",  ⟦password|password in an Airflow connections export⟧
    "schema": "RESERVING",
    "extra": "{\"account\": \"fhm-actuarial\", \"warehouse\": \"ACT_WH\", \"role\": \"ACTUARIAL_ETL\"}"
  },
  "aws_reinsurance": {
    "conn_type": "aws",
    "login": "«akid:reinsairflow»",  ⟦aws-key-id|key ID as an Airflow connection login⟧
    "password": "«awssec:reinsairflow»",  ⟦aws-secret|secret as an Airflow connection password⟧
    "extra": "{\"region_name\": \"us-east-2\"}"
  },
  "slack_actuarial": {
    "conn_type": "slack",
    "password": "«xoxb:airflow»"  ⟦slack|Slack bot token in an Airflow connections export⟧
  }
}
"""),
    ("actuarial/dbt/profiles.yml", r"""
actuarial:
  target: dev
  outputs:
    dev:
      type: snowflake
      account: fhm-actuarial
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪dbt env_var reference⟫
      role: ACTUARIAL_DEV
      database: ACTUARIAL_DEV
      warehouse: ACT_WH
      schema: dbt_{{ env_var('USER') }}
    prod:
      type: snowflake
      account: fhm-actuarial
      user: SVC_GITLAB_DBT
      password: «pwl:gitlabdbt»  ⟦password|Snowflake password in dbt profiles.yml⟧
      role: ACTUARIAL_ETL
      database: ACTUARIAL
      warehouse: ACT_WH
      schema: marts
"""),
    ("home/lakshmi.r/.snowflake/connections.toml", r"""
[default]
account = "fhm-actuarial"
user = "LAKSHMI.RAO@FERNHOLLOW.COM"
authenticator = "externalbrowser"

[reserving_svc]
account = "fhm-actuarial"
user = "SVC_RESERVING"
password = "«pwc:snowreserving»"  ⟦password|Snowflake password in connections.toml⟧
warehouse = "ACT_WH"
role = "ACTUARIAL_ETL"
"""),
    ("home/lakshmi.r/.Renviron", r"""
R_LIBS_USER=~/R/library
SNOWFLAKE_UID=SVC_RESERVING
SNOWFLAKE_PWD=«pwc:snowreserving»  ⟦password|Snowflake password in .Renviron⟧
CAS_API_TOKEN=«b62:32-castoken»  ⟦app-secret|industry data API token in .Renviron⟧
GITHUB_PAT=«ghp:lakshmir»  ⟦github|GitHub PAT in .Renviron (usethis/remotes)⟧
"""),
    ("actuarial/R/connect.R", r"""
library(DBI)
library(odbc)

# TODO: use keyring::key_get("snowflake") once the Windows SAS box is gone
con <- dbConnect(odbc::odbc(),
  Driver = "SnowflakeDSIIDriver",
  Server = "fhm-actuarial.snowflakecomputing.com",
  UID = "SVC_RESERVING",
  PWD = Sys.getenv("SNOWFLAKE_PWD"),  ⟪environment lookup⟫
  Warehouse = "ACT_WH",
  Database = "ACTUARIAL"
)
tri <- dbGetQuery(con, "select * from reserving.paid_triangles where lob = 'HO3'")
"""),
    ("actuarial/sas/autoexec.sas", r"""
/* pricing team autoexec - SAS 9.4 workspace server */
options compress=yes fullstimer;
libname pas oracle user=PRICING_RO password="«pwl:saspricing»" path=PASPRD schema=PAS;  ⟦password|SAS libname password⟧
libname wh odbc dsn=ActuarialWH user=wh_pricing password="{SAS002}«uhex:40-sas002»";  ⟦?password|SAS PWENCODE {SAS002} value, a reversible encoding of the password⟧
%let glm_year = 2027;
"""),
    ("actuarial/notebooks/severity_glm.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# HO-3 wind/hail severity GLM (2027 filing)\n", "Gamma log-link on paid severity, by territory and roof age."]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "con = snowflake.connector.connect(account='fhm-actuarial', user='LAKSHMI.RAO@FERNHOLLOW.COM',\n",
    "                                  password='«pwn:lakshmisnow»', warehouse='ACT_WH')\n"  ⟦password|Snowflake password in a notebook cell⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["rows: 418233\n"]}],
   "source": ["df = con.cursor().execute('select * from marts.ho3_claims').fetch_pandas_all()\n", "print('rows:', len(df))\n"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("actuarial/notebooks/cat_model_pull.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os, requests\n",
    "VERISK_TOKEN = os.environ['VERISK_TOKEN']\n",
    "CAT_VENDOR_KEY = '«hex:40-catvendor»'  # cat model vendor (hurricane event sets)\n"  ⟦app-secret|catastrophe-model vendor key in a notebook⟧
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["request-id «uuid:catreq»\n"]}],  ⟪request id in output⟫
   "source": ["r = requests.get('https://api.catrisk-vendor.net/v2/eventsets/NA-HU-2026', headers={'x-api-key': CAT_VENDOR_KEY})\n"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/quoteforge/internal/config/config.go", r"""
package config

import "os"

// Config for the rating engine. Vendor credentials come from SSM in prod; the fallbacks are for the
// on-prem rating hosts that still run from the CodeDeploy bundle.
type Config struct {
	LexisNexisUser     string
	LexisNexisPassword string
	CreditVendorKey    string
}

func Load() Config {
	return Config{
		LexisNexisUser:     getenv("QF_LEXISNEXIS_USER", "fhm-quoting"),
		LexisNexisPassword: getenv("QF_LEXISNEXIS_PASSWORD", "«pwx:lnclue»"),  ⟦password|password as a Go getenv fallback⟧
		CreditVendorKey:    getenv("QF_CREDIT_KEY", ""),
	}
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
"""),
    ("services/quoteforge/internal/rating/territory_test.go", r"""
package rating

import "testing"

const testVeriskKey = "00000000000000000000000000000000"  ⟪zeroed test key⟫

func TestTerritoryLookup(t *testing.T) {
	c := NewClient("http://127.0.0.1:9", testVeriskKey)
	if _, err := c.Territory("43215"); err == nil {
		t.Fatal("expected a connection error")
	}
}
"""),
    ("services/quoteforge/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.32.4 «gosum:gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.32.4/go.mod «gosum:gosum2»  ⟪go.sum hash⟫
github.com/jackc/pgx/v5 v5.7.1 «gosum:gosum3»  ⟪go.sum hash⟫
github.com/jackc/pgx/v5 v5.7.1/go.mod «gosum:gosum4»  ⟪go.sum hash⟫
"""),
    ("agent-mobile/eas.json", r"""
{
  "cli": {"version": ">= 12.0.0"},
  "build": {
    "production": {
      "env": {
        "EXPO_PUBLIC_API_URL": "https://agents.fernhollow.com/api",
        "EXPO_PUBLIC_FIREBASE_API_KEY": "«aiza:agentmobile»",  ⟪Firebase web API key, public⟫
        "SENTRY_AUTH_TOKEN": "$SENTRY_AUTH_TOKEN"  ⟪EAS secret reference⟫
      }
    }
  },
  "submit": {
    "production": {
      "ios": {"appleId": "mobile@fernhollow.com", "ascAppId": "«num:10-ascapp»", "appleTeamId": "«up:10-appleteam»"}  ⟪App Store Connect app id and team id⟫
    }
  }
}
"""),
    ("agent-mobile/.yarnrc.yml", r"""
nodeLinker: node-modules
npmScopes:
  fernhollow:
    npmRegistryServer: "https://fernhollow.jfrog.io/artifactory/api/npm/npm-local/"
    npmAuthToken: "«artref:yarnrc»"  ⟦artifactory|Artifactory token as a Yarn npmAuthToken⟧
    npmAlwaysAuth: true
yarnPath: .yarn/releases/yarn-4.5.1.cjs
"""),
    ("agent-mobile/app.config.ts", r"""
import type { ExpoConfig } from 'expo/config';

const config: ExpoConfig = {
  name: 'Fernhollow Agent',
  slug: 'fhm-agent',
  version: '4.12.0',
  ios: { bundleIdentifier: 'com.fernhollow.agent' },
  android: { package: 'com.fernhollow.agent', config: { googleMaps: { apiKey: '«aiza:maps»' } } },  ⟪Google Maps Android key, restricted to the app⟫
  extra: {
    eas: { projectId: '«uuid:easproject»' },  ⟪EAS project id⟫
    googleServicesFile: './google-services.json',
  },
};
export default config;
"""),
    ("agent-mobile/cypress.env.json", r"""
{
  "AGENT_USERNAME": "qa.agent07@harborvine.com",
  "AGENT_PASSWORD": "«pw:cypressagent»",  ⟦password|QA agent password in cypress.env.json⟧
  "MAILOSAUR_API_KEY": "«b62:32-mailosaur»"  ⟦app-secret|Mailosaur API key in cypress.env.json⟧
}
"""),
    ("loadtest/quote-flow.k6.js", r"""
import http from 'k6/http';
import { check } from 'k6';

export const options = { vus: 50, duration: '10m' };
const AGENT_TOKEN = __ENV.AGENT_TOKEN;  ⟪environment reference⟫
// staging only: the load-test agent's basic auth
const BASIC = 'Basic «basic:k6agent»';  ⟦password-b64|base64 basic-auth credential in a k6 script⟧

export default function () {
  const res = http.post('https://quote-stg.fernhollow.com/api/quotes', JSON.stringify({ zip: '43215', lob: 'HO3' }), {
    headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
  });
  check(res, { 'quoted': (r) => r.status === 201 });
}
"""),
    ("agency-portal/config/database.yml", r"""
default: &default
  adapter: mysql2
  encoding: utf8mb4
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: agency_portal_dev
  username: root
  password: root  ⟪local default⟫

production:
  <<: *default
  host: agency-portal.c8w2x.us-east-2.rds.amazonaws.com
  database: agency_portal
  username: agency
  password: «pwn:agencydb»  ⟦password|Rails database.yml production password⟧
"""),
    ("agency-portal/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|Rails master.key committed⟧
"""),
    ("agency-portal/config/credentials.yml.enc", r"""
«b64k:180-railscreds»--«b64k:12-railsiv»--«b64k:16-railstag»  ⟪Rails encrypted credentials⟫
"""),
    ("agency-portal/config/initializers/hubspot.rb", r"""
# Harbor & Vine used HubSpot for agency leads; kept until the Salesforce cut-over
Hubspot.configure(access_token: "pat-na1-«uuid:hubspot»")  ⟦hubspot|HubSpot private app token in a Rails initializer⟧
Rails.application.config.x.hubspot_portal_id = 21894410
"""),
    (".vscode/settings.json", r"""
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "name": "claims-reporting (prod RO)",
      "driver": "PostgreSQL",
      "server": "claims-reporting.c8w2x.us-east-2.rds.amazonaws.com",
      "port": 5432,
      "database": "claims",
      "username": "adjuster_ro",
      "password": "«pwn:adjusterro»"  ⟦password|SQLTools connection password in VS Code settings⟧
    },
    {
      "name": "local",
      "driver": "PostgreSQL",
      "server": "localhost",
      "username": "postgres",
      "askForPassword": true
    }
  ]
}
"""),
    (".vscode/launch.json", r"""
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "fnol-intake (uvicorn)",
      "type": "debugpy",
      "request": "launch",
      "module": "uvicorn",
      "args": ["app.main:app", "--reload"],
      "env": {
        "FNOL_TWILIO_AUTH_TOKEN": "«hex:32-twilioivr»",  ⟦twilio|Twilio auth token in a VS Code launch configuration⟧
        "FNOL_CLAIMSDESK_URL": "http://localhost:8000"
      }
    }
  ]
}
"""),
    ("services/policycore/.idea/workspace.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="RunManager" selected="Spring Boot.PolicycoreApplication">
    <configuration name="PolicycoreApplication" type="SpringBootApplicationConfigurationType" factoryName="Spring Boot">
      <option name="ACTIVE_PROFILES" value="prod-readonly" />
      <envs>
        <env name="SPRING_DATASOURCE_PASSWORD" value="«pwc:pcapp»" />  ⟦password|datasource password in an IntelliJ run configuration⟧
        <env name="MQ_PASSWORD" value="$MQ_PASSWORD$" />  ⟪IDE path variable reference⟫
      </envs>
      <module name="policycore" />
    </configuration>
  </component>
  <component name="PropertiesComponent">
    <property name="last_opened_file_path" value="$PROJECT_DIR$/src/main/resources" />
  </component>
</project>
"""),
    ("services/policycore/.idea/dataSources.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="policycore@prod" uuid="«uuid:ideads»">  ⟪IDE data source uuid⟫
      <driver-ref>postgresql</driver-ref>
      <jdbc-url>jdbc:postgresql://policycore.cluster-c8w2x.us-east-2.rds.amazonaws.com:5432/policycore</jdbc-url>
      <user-name>pc_app</user-name>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
"""),
    ("services/claimsdesk/api.http", r"""
### claimsdesk API - VS Code REST Client
@host = https://claimsdesk-stg.fernhollow.internal
@apiKey = «b62:40-claimsdeskstg»  ⟦app-secret|API key in a REST Client .http file⟧

GET {{host}}/api/v2/claims/CL-2026-0418817
X-Api-Key: {{apiKey}}  ⟪REST Client variable reference⟫

###
POST {{host}}/api/v2/auth/token
Content-Type: application/x-www-form-urlencoded

username=adjuster.svc&password=«pwn:adjustersvc»  ⟦password|form-encoded password in a .http file⟧
"""),
    ("tools/insomnia/iso-claimsearch.json", r"""
{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v10.1.1",
  "resources": [
    {
      "_id": "env_«hex:32-insenv»",  ⟪Insomnia environment id⟫
      "_type": "environment",
      "name": "ISO ClaimSearch prod",
      "data": {
        "base_url": "https://claimsearch.iso.com/ws",
        "iso_user": "FHMSIU01",
        "iso_password": "«pwx:isoclaimsearch»"  ⟦password|ISO ClaimSearch password in an Insomnia environment⟧
      }
    },
    {
      "_id": "req_«hex:32-insreq»",  ⟪Insomnia request id⟫
      "_type": "request",
      "name": "Submit claim",
      "method": "POST",
      "url": "{{ _.base_url }}/ClaimSearchService"  ⟪Insomnia template reference⟫
    }
  ]
}
"""),
    ("tools/postman/claims-vendors.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",
  "name": "claims vendors (prod)",
  "values": [
    {"key": "xactimate_client_id", "value": "fernhollow-claims-prod", "enabled": true},
    {"key": "xactimate_client_secret", "value": "«b62:48-xactimate»", "type": "secret", "enabled": true},  ⟦app-secret|Xactimate secret in a Postman environment⟧
    {"key": "ccc_api_key", "value": "", "type": "secret", "enabled": true},  ⟪empty secret value in an export⟫
    {"key": "postman_api_key", "value": "PMAK-«hex:24-pmak1»-«hex:34-pmak2»", "enabled": true},  ⟦postman|Postman API key⟧
    {"key": "claim_number", "value": "CL-2026-0418817", "enabled": true}
  ],
  "_postman_variable_scope": "environment"
}
"""),
    ("tools/soapui/ISO-ClaimSearch-soapui-project.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project name="ISO-ClaimSearch" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:interface xsi:type="con:WsdlInterface" name="ClaimSearchServiceSoap" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <con:endpoints><con:endpoint>https://claimsearch.iso.com/ws/ClaimSearchService</con:endpoint></con:endpoints>
  </con:interface>
  <con:testSuite name="smoke">
    <con:testCase name="submit auto claim">
      <con:settings/>
      <con:credentials>
        <con:username>FHMSIU01</con:username>
        <con:password>«pwx:isoclaimsearch»</con:password>  ⟦password|SoapUI project credentials⟧
        <con:authType>Global HTTP Settings</con:authType>
      </con:credentials>
    </con:testCase>
  </con:testSuite>
  <con:properties><con:property><con:name>wsdlHash</con:name><con:value>«sha:soapwsdl»</con:value></con:property></con:properties>  ⟪WSDL hash⟫
</con:soapui-project>
"""),
    ("loadtest/broker-login.jmx", r"""
<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="broker portal login">
      <elementProp name="TestPlan.user_defined_variables" elementType="Arguments">
        <collectionProp name="Arguments.arguments">
          <elementProp name="BROKER_USER" elementType="Argument">
            <stringProp name="Argument.name">BROKER_USER</stringProp>
            <stringProp name="Argument.value">loadbroker01</stringProp>
          </elementProp>
          <elementProp name="BROKER_PASS" elementType="Argument">
            <stringProp name="Argument.name">BROKER_PASS</stringProp>
            <stringProp name="Argument.value">«pwc:loadbroker»</stringProp>  ⟦password|password in a JMeter user-defined variable⟧
          </elementProp>
        </collectionProp>
      </elementProp>
    </TestPlan>
  </hashTree>
</jmeterTestPlan>
"""),
    ("home/rohan.k/.local/share/DBeaverData/workspace6/General/.dbeaver/data-sources.json", r"""
{
  "folders": {},
  "connections": {
    "postgres-jdbc-«hex:11-dbvid»-«hex:16-dbvid2»": {  ⟪DBeaver connection id⟫
      "provider": "postgresql",
      "driver": "postgres-jdbc",
      "name": "claims-reporting prod",
      "save-password": true,
      "configuration": {
        "host": "claims-reporting.c8w2x.us-east-2.rds.amazonaws.com",
        "port": "5432",
        "database": "claims",
        "url": "jdbc:postgresql://claims-reporting.c8w2x.us-east-2.rds.amazonaws.com:5432/claims",
        "type": "prod",
        "auth-model": "native"
      }
    }
  }
}
"""),
    ("etc/odbc.ini", r"""
[ActuarialWH]
Driver=/opt/snowflake/snowflakeodbc/lib/universal/libSnowflake.dylib
Server=fhm-actuarial.snowflakecomputing.com
Database=ACTUARIAL
Warehouse=ACT_WH
UID=wh_pricing
PWD=«pwl:odbcpricing»  ⟦password|ODBC DSN password⟧

[LegacyClaims]
Driver=ODBC Driver 18 for SQL Server
Server=cc8-sql01.cmh.fernhollow.internal
Database=ClaimCenter
Trusted_Connection=Yes
"""),
    ("etc/tnsnames.ora", r"""
PASPRD =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = pas-ora-scan.cmh.fernhollow.internal)(PORT = 1521))
    (CONNECT_DATA = (SERVER = DEDICATED)(SERVICE_NAME = PASPRD))
  )
PASDR =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = pas-ora-dr.ind.fernhollow.internal)(PORT = 1521))
    (CONNECT_DATA = (SERVICE_NAME = PASDR))
  )
"""),
    ("integrations/acord/policy-inquiry-rq.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- captured from the comparative-rater bridge (FHM-2402), agency download inquiry -->
<ACORD>
  <SignonRq>
    <SignonPswd>
      <CustId>
        <SPName>com.fernhollow</SPName>
        <CustLoginId>HV-AGENCY-0117</CustLoginId>
      </CustId>
      <CustPswd>
        <EncryptionTypeCd>NONE</EncryptionTypeCd>
        <Pswd>«pwc:acordagency»</Pswd>  ⟦password|ACORD SignonPswd clear-text password⟧
      </CustPswd>
    </SignonPswd>
    <ClientDt>2026-11-19T09:14:22-05:00</ClientDt>
    <CustLangPref>en-US</CustLangPref>
  </SignonRq>
  <InsuranceSvcRq>
    <RqUID>«uuid:acordrq»</RqUID>  ⟪ACORD request UID⟫
    <PolicyInqRq><PolicyNumber>HO3-OH-00418822</PolicyNumber></PolicyInqRq>
  </InsuranceSvcRq>
</ACORD>
"""),
    ("integrations/edi/lockbox-820.x12", r"""
ISA*00*          *01*«up:10-isapw»*ZZ*LOCKBOXPRINT   *ZZ*FERNHOLLOW     *261119*0914*^*00501*000004417*0*P*:~  ⟦?password|X12 ISA04 security information (a trading-partner password)⟧
GS*RA*LOCKBOXPRINT*FERNHOLLOW*20261119*0914*4417*X*005010~
ST*820*0001~
BPR*C*184500*C*ACH*CCP*01*041000124*DA*«num:10-lockboxacct»*1234567890**01*041215663*DA*«num:9-fhmacct»*20261119~  ⟪bank routing and account numbers⟫
SE*3*0001~
GE*1*4417~
IEA*1*000004417~
"""),
    ("mainframe/jcl/PCBILL01.jcl", r"""
//PCBILL01 JOB (ACCT),'POLICY BILLING',CLASS=A,MSGCLASS=X,
//         USER=PCBAT01,PASSWORD=«pw8:racfjcl»  ⟦password|RACF PASSWORD= on a JOB card⟧
//STEP01   EXEC PGM=PCBILLX,PARM='CYCLE=DAILY'
//STEPLIB  DD DSN=FHM.PROD.LOADLIB,DISP=SHR
//BILLIN   DD DSN=FHM.PC.BILLING.EXTRACT(0),DISP=SHR
//BILLOUT  DD DSN=FHM.PC.BILLING.MQOUT,DISP=(NEW,CATLG),SPACE=(CYL,(50,10))
"""),
    ("services/claimsdesk/claimsdesk/integrations/xactimate.py", r"""
import httpx

XACT_TOKEN_URL = "https://identity.xactware.com/connect/token"
XACT_CLIENT_ID = "fernhollow-claims-prod"
# fallback for the nightly reconciliation cron, which runs outside ECS
XACT_CLIENT_SECRET = "«b62:48-xactimate»"  ⟦app-secret|Xactimate client secret hard-coded in Python⟧


def token() -> str:
    r = httpx.post(XACT_TOKEN_URL, data={"grant_type": "client_credentials", "client_id": XACT_CLIENT_ID,
                                         "client_secret": XACT_CLIENT_SECRET, "scope": "estimates.read"})
    r.raise_for_status()
    return r.json()["access_token"]
"""),
    ("services/payouts-webhooks/src/docusign.ts", r"""
import { ApiClient } from 'docusign-esign';

// JWT grant for claim release forms; the key is the integration's RSA key, rotated yearly
const PRIVATE_KEY = `«pem:pkcs1:rsa-docusign»`;  ⟦private-key|RSA private key in a TypeScript template literal⟧

export async function client(): Promise<ApiClient> {
  const api = new ApiClient({ basePath: 'https://na4.docusign.net/restapi' });
  const res = await api.requestJWTUserToken('«uuid:docusignik»', '«uuid:docusignuser»', ['signature', 'impersonation'], Buffer.from(PRIVATE_KEY), 3600);  ⟪DocuSign integration key and user id⟫
  api.addDefaultHeader('Authorization', `Bearer ${res.body.access_token}`);
  return api;
}
"""),
    ("services/payouts-webhooks/package-lock.json", r"""
{
  "name": "payouts-webhooks",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/stripe": {
      "version": "17.3.1",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-17.3.1.tgz",
      "integrity": "«sri:npmstripe»"  ⟪npm integrity hash⟫
    },
    "node_modules/plaid": {
      "version": "29.0.0",
      "resolved": "https://registry.npmjs.org/plaid/-/plaid-29.0.0.tgz",
      "integrity": "«sri:npmplaid»"  ⟪npm integrity hash⟫
    }
  }
}
"""),
    ("services/claimsdesk/claimsdesk/fixtures/users.json", r"""
[
  {"model": "auth.user", "pk": 1, "fields": {"username": "siu.lead", "password": "pbkdf2_sha256$870000$«b62:22-djsalt»$«b64k:32-djhash»", "is_staff": true}},  ⟪Django PBKDF2 hash⟫
  {"model": "auth.user", "pk": 2, "fields": {"username": "adjuster.svc", "password": "«bcrypt:adjsvc»", "is_staff": false}}  ⟪bcrypt hash⟫
]
"""),
]
