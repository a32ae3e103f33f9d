"""fresh15 templates, application configuration and code (Lowmoor University): Spring and .NET configs, Moodle,
Drupal, WordPress, DSpace, OJS, Django, Flask, Rails, Node, Go, Java, C#, R, MATLAB, Julia, notebooks, Streamlit,
package-manager configs, student projects, and the right way next to the wrong one.
Markers: render.py and README.md."""

FILES = [
    ("apps/quadrant-api/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:oracle:thin:@//banner-db.ea.lowmoor.edu:1521/PROD
    username: QUADRANT_API
    password: ${BANNER_DB_PASSWORD}  ⟪Spring placeholder⟫
  rabbitmq:
    host: b-«uuid:mqhost».mq.us-east-1.amazonaws.com
    username: banner-listener
    password: «pw:bannermq»  ⟦password|RabbitMQ password in Spring YAML⟧
ethos:
  base-url: https://integrate.elluciancloud.com
  api-key: «uuid:ethosprod»  ⟦app-secret|Ethos API key reused in Spring config⟧
management:
  endpoints.web.exposure.include: health,info
"""),
    ("apps/quadrant-api/src/main/resources/application.properties", r"""
server.port=8080
spring.application.name=quadrant-api
degreeworks.url=https://degreeworks.lowmoor.edu/api
degreeworks.user=DWAPI
degreeworks.password=«pw6:degreeworks»  ⟦password|DegreeWorks API password in .properties⟧
navigate.api.key=${NAVIGATE_API_KEY:}  ⟪Spring placeholder with an empty default⟫
aws.ses.smtp.user=«akid:quadrantses»  ⟦aws-key-id|SES SMTP user in .properties⟧
aws.ses.smtp.password=«sesv4:quadrantses»  ⟦aws-ses-smtp|SES SMTP password in .properties⟧
"""),
    ("apps/quadrant-api/src/test/resources/application-test.properties", r"""
spring.datasource.url=jdbc:h2:mem:quadrant
spring.datasource.username=sa
spring.datasource.password=  ⟪empty password in a test profile⟫
ethos.api-key=00000000-0000-0000-0000-000000000000  ⟪all-zero test key⟫
degreeworks.password=test-only-not-a-secret  ⟪test-marked value in a test path⟫
"""),
    ("apps/quadrant-api/src/main/java/edu/lowmoor/quadrant/S3Archive.java", r"""
package edu.lowmoor.quadrant;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

public final class S3Archive {
    // TODO(ea-team): move to the task role, this was for the on-prem Tomcat (2022)
    private static final AwsBasicCredentials CREDS = AwsBasicCredentials.create(
        "«akid:transcriptarchive»",  ⟦aws-key-id|AWS key id in Java code⟧
        "«awssec:transcriptarchive»");  ⟦aws-secret|AWS secret in Java code⟧

    static S3Client client() {
        return S3Client.builder().region(Region.US_EAST_1)
            .credentialsProvider(StaticCredentialsProvider.create(CREDS)).build();
    }
}
"""),
    ("apps/alumni-portal/appsettings.Production.json", r"""
{
  "ConnectionStrings": {
    "Alumni": "Server=advancement-prod.c3k8wq1zd2ha.us-east-1.rds.amazonaws.com;Database=Alumni;User Id=portal_app;Password=«pwc:alumniportal»;Encrypt=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "«uuid:lmutenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:alumniapp»",  ⟪application id⟫
    "ClientSecret": "«azad:alumniportal»"  ⟦azure-ad|Entra client secret⟧
  },
  "Blackbaud": {
    "ApplicationId": "«uuid:skyclient»",  ⟪SKY application id⟫
    "SubscriptionKeySecretName": "advancement/sky"  ⟪secret name⟫
  },
  "Stripe": {
    "PublishableKey": "«pk:givingday»",  ⟪publishable key⟫
    "SecretKey": "«rk:givingday»"  ⟦stripe|Stripe restricted live key⟧
  }
}
"""),
    ("apps/alumni-portal/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Alumni": "Server=(localdb)\\MSSQLLocalDB;Database=Alumni;Trusted_Connection=True"  ⟪integrated security, no password⟫
  },
  "Stripe": {
    "SecretKey": "«docs:stripetest»"  ⟪test-mode Stripe key⟫
  }
}
"""),
    ("apps/alumni-portal/Services/CardSync.cs", r"""
using Amazon;
using Amazon.Runtime;
using Amazon.SQS;

namespace Lowmoor.Alumni.Services
{
    public class CardSync
    {
        // alumni library card sync to onecard queue
        private static readonly BasicAWSCredentials Creds =
            new BasicAWSCredentials("«akid:alumnicard»", "«awssec:alumnicard»");  ⟦aws-key-id|AWS key pair in a C# constructor on one line⟧

        public AmazonSQSClient Client() => new AmazonSQSClient(Creds, RegionEndpoint.USEast1);
    }
}
"""),
    ("apps/moodle/config.php", r"""
<?php  // Moodle configuration file - moodle.cpd.lowmoor.edu (continuing education)
unset($CFG);
global $CFG;
$CFG = new stdClass();
$CFG->dbtype    = 'pgsql';
$CFG->dblibrary = 'native';
$CFG->dbhost    = 'moodle-cpd.cluster-c9x1rq4kd8ma.us-east-1.rds.amazonaws.com';
$CFG->dbname    = 'moodle';
$CFG->dbuser    = 'moodleuser';
$CFG->dbpass    = '«pwn:moodledb»';  ⟦password|Moodle $CFG->dbpass⟧
$CFG->prefix    = 'mdl_';
$CFG->wwwroot   = 'https://moodle.cpd.lowmoor.edu';
$CFG->dataroot  = '/var/moodledata';
$CFG->smtphosts = 'email-smtp.us-east-1.amazonaws.com:587';
$CFG->smtpuser  = '«akid:moodleses»';  ⟦aws-key-id|SES SMTP user in Moodle config⟧
$CFG->smtppass  = '«sesv4:moodleses»';  ⟦aws-ses-smtp|SES SMTP password in Moodle config⟧
require_once(__DIR__ . '/lib/setup.php');
"""),
    ("apps/drupal-engineering/web/sites/default/settings.php", r"""
<?php
$databases['default']['default'] = [
  'database' => 'eng_drupal',
  'username' => 'eng_drupal',
  'password' => '«pwp:engdrupal»',  ⟦password|Drupal database password⟧
  'host' => 'webdb.eng.lowmoor.edu',
  'driver' => 'mysql',
];
$settings['hash_salt'] = '«urlsafe:48-drupalsalt»';  ⟦app-secret|Drupal hash_salt⟧
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^engineering\.lowmoor\.edu$'];
"""),
    ("apps/wp-physics/wp-config.php", r"""
<?php
define( 'DB_NAME', 'physics_wp' );
define( 'DB_USER', 'physics' );
define( 'DB_PASSWORD', '«pwn:physicswp»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'localhost' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_OFFLOAD_MEDIA', serialize( array( 'provider' => 'aws', 'access-key-id' => '«akid:physicsmedia»', 'secret-access-key' => '«awssec:physicsmedia»' ) ) );  ⟦aws-key-id|WP Offload Media key pair on one line⟧
$table_prefix = 'wp_';
require_once ABSPATH . 'wp-settings.php';
"""),
    ("apps/dspace/config/local.cfg", r"""
# DSpace 8 - scholarship.lowmoor.edu (institutional repository)
dspace.dir = /dspace
dspace.server.url = https://scholarship.lowmoor.edu/server
db.url = jdbc:postgresql://dspace-db.lib.lowmoor.edu:5432/dspace
db.username = dspace
db.password = «pwp:dspacedb»  ⟦password|DSpace db.password⟧
mail.server = email-smtp.us-east-1.amazonaws.com
mail.server.username = ${env:DSPACE_SMTP_USER}  ⟪env placeholder⟫
mail.server.password = ${env:DSPACE_SMTP_PASSWORD}
orcid.application-client-id = APP-«up:16-orcidapp»  ⟪ORCID client id⟫
orcid.application-client-secret = «uuid:orcidsecret»  ⟦app-secret|ORCID client secret (a UUID)⟧
assetstore.s3.awsAccessKey =  ⟪empty value⟫
"""),
    ("apps/ojs/config.inc.php", r"""
; <?php exit; // DO NOT DELETE ?>
; Open Journal Systems - journals.lowmoor.edu
[database]
driver = mysqli
host = journals-db.lib.lowmoor.edu
username = ojs
password = «pwc:ojsdb»  ⟦password|OJS database password⟧
name = ojs

[security]
salt = "«b62:40-ojssalt»"  ⟦app-secret|OJS salt⟧

[email]
smtp_password = ${SMTP_PASSWORD}  ⟪env placeholder⟫
"""),
    ("apps/coldfront/local_settings.py", r"""
import os

SECRET_KEY = "«django:coldfront»"  ⟦app-secret|Django SECRET_KEY reused⟧
DEBUG = False
ALLOWED_HOSTS = ["coldfront.rc.lowmoor.edu"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "coldfront",
        "USER": "coldfront",
        "PASSWORD": os.environ["COLDFRONT_DB_PASSWORD"],  ⟪os.environ lookup⟫
        "HOST": "coldfront-db.rc.lowmoor.edu",
    }
}
MOKEY_OIDC_CLIENT_SECRET = "«b62:32-mokey»"  ⟦app-secret|OIDC client secret in Django settings⟧
SLURM_REST_JWT = "«jwt:slurmrest»"  ⟦jwt|slurmrestd JWT reused in Django settings⟧
"""),
    ("apps/coldfront/settings_ci.py", r"""
# settings for the CI test run only
from .local_settings import *  # noqa
SECRET_KEY = "ci-only-not-secret-coldfront"  ⟪test-marked key in a CI settings file⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
"""),
    ("apps/lab-booking/app.py", r"""
import os

from flask import Flask
import boto3

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["LABBOOK_SECRET_KEY"]  ⟪os.environ lookup⟫
app.config["SQLALCHEMY_DATABASE_URI"] = "postgresql:///labbook"  ⟪local socket URI, no password⟫

s3 = boto3.Session(profile_name="labbook").client("s3", region_name="us-east-1")  ⟪named profile, no key⟫
"""),
    ("apps/lab-booking/tests/test_upload.py", r"""
import os
from moto import mock_aws

os.environ["AWS_ACCESS_KEY_ID"] = "testing"  ⟪moto test credentials⟫
os.environ["AWS_SECRET_ACCESS_KEY"] = "testing"


@mock_aws
def test_upload_creates_object(client):
    client.post("/upload", data={"file": (b"x", "x.csv")})
"""),
    ("apps/heron-mobile/.env.production", r"""
EXPO_PUBLIC_API_URL=https://api.mobile.lowmoor.edu
EXPO_PUBLIC_FIREBASE_API_KEY=«aiza:heronmobile»  ⟪Firebase web key, public⟫
EXPO_PUBLIC_SUPABASE_ANON_KEY=«supa:anon»  ⟪Supabase anon key, public by design⟫
SUPABASE_SERVICE_ROLE_KEY=«supa:service_role»  ⟦jwt|Supabase service_role key⟧
SENTRY_AUTH_TOKEN=sntrys_«b64k:96-sntrys»  ⟦sentry|Sentry org auth token⟧
"""),
    ("apps/heron-mobile/.env.example", r"""
EXPO_PUBLIC_API_URL=https://api.mobile.lowmoor.edu
SUPABASE_SERVICE_ROLE_KEY=<your-service-role-key>  ⟪placeholder⟫
SENTRY_AUTH_TOKEN=  ⟪empty⟫
"""),
    ("apps/transcript-request/config/database.yml", r"""
production:
  adapter: postgresql
  host: transcripts-db.ea.lowmoor.edu
  database: transcripts
  username: transcripts
  password: «pwx:transcriptsdb»  ⟦password|Rails database.yml password⟧
development:
  adapter: postgresql
  database: transcripts_dev
  password: <%= ENV["TRANSCRIPTS_DB_PASSWORD"] %>  ⟪ERB env lookup⟫
"""),
    ("apps/dining-menus/index.js", r"""
const express = require('express');
const { S3Client } = require('@aws-sdk/client-s3');

const app = express();
const s3 = new S3Client({
  region: 'us-east-1',
  credentials: { accessKeyId: '«akid:dining»', secretAccessKey: '«awssec:dining»' },  ⟦aws-key-id|AWS key pair in a JS object on one line⟧
});
const NUTRISLICE_KEY = process.env.NUTRISLICE_KEY;  ⟪process.env lookup⟫
const CBORD_NETMENU_PASSWORD = '«pwsis:netmenu»';  ⟦password|CBORD NetMenu password in JavaScript⟧

app.listen(3000);
"""),
    ("apps/parking/main.go", r"""
package main

import (
	"log"
	"net/http"
	"os"
)

const t2ApiUser = "lmu_flex"
const t2ApiPassword = "«pwsis:t2flex»"  ⟦password|T2 Flex parking API password in a Go const⟧

var passportKey = os.Getenv("PASSPORT_PARKING_KEY")  ⟪os.Getenv⟫

func main() {
	http.HandleFunc("/citations", citations)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
"""),
    ("research/epidemiology/analysis/.Renviron", r"""
REDCAP_API_URL=https://redcap.lowmoor.edu/api/
REDCAP_API_TOKEN=«redcap:epi»  ⟦app-secret|REDCap API token in .Renviron⟧
AWS_PROFILE=epi-athena
AWS_DEFAULT_REGION=us-east-2
"""),
    ("research/epidemiology/analysis/pull_redcap.R", r"""
library(REDCapR)
library(paws)

token <- Sys.getenv("REDCAP_API_TOKEN")  ⟪Sys.getenv⟫
ds <- redcap_read(redcap_uri = "https://redcap.lowmoor.edu/api/", token = token)$data
# the survey project has its own token (ask Akiko)
survey <- redcap_read(redcap_uri = "https://redcap.lowmoor.edu/api/", token = "«redcap:episurvey»")$data  ⟦app-secret|REDCap token inline in R⟧
Sys.setenv(QUALTRICS_API_KEY = "«b62:40-qualtrics»")  ⟦app-secret|Qualtrics API token set in R⟧
"""),
    ("research/neuro/matlab/upload_to_s3.m", r"""
% upload EEG sessions to the lab bucket (run from the acquisition PC)
setenv('AWS_ACCESS_KEY_ID', '«akid:eeglab»');  % lab IAM user  ⟦aws-key-id|AWS key id in a MATLAB setenv⟧
setenv('AWS_SECRET_ACCESS_KEY', '«awssec:eeglab»');  ⟦aws-secret|AWS secret in a MATLAB setenv⟧
setenv('AWS_DEFAULT_REGION', 'us-east-2');
files = dir('D:\EEG\sessions\*.bdf');
for k = 1:numel(files)
    copyfile(fullfile(files(k).folder, files(k).name), ['s3://lmu-neuro-eeg/raw/' files(k).name]);
end
"""),
    ("research/genomics/basespace/default.cfg", r"""
apiServer   = https://api.basespace.illumina.com
accessToken = «illumina:basespace»  ⟦app-secret|BaseSpace access token in a CLI config⟧
"""),
    ("research/ml-lab/notebooks/finetune.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "os.environ[\"HF_TOKEN\"] = \"«hf:mllab»\"\n",  ⟦app-secret|Hugging Face token in a notebook cell⟧
    "from huggingface_hub import login; login(os.environ[\"HF_TOKEN\"])"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [],
   "source": [
    "s3 = boto3.client('s3', aws_access_key_id='«akid:mllab»', aws_secret_access_key='«awssec:mllab»')"  ⟦aws-key-id|key pair in a notebook cell⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("research/ml-lab/.streamlit/secrets.toml", r"""
[connections.snowflake]
account = "lmu-research"
user = "ML_LAB"
password = "«snowpw:mllab»"  ⟦password|Snowflake password in Streamlit secrets.toml⟧
warehouse = "ML_XS"

[anthropic]
api_key = "«ant:mllab»"  ⟦anthropic|Anthropic key in secrets.toml⟧
"""),
    ("research/ml-lab/pip.conf", r"""
[global]
index-url = https://pypi.org/simple
extra-index-url = https://__token__:«pypi:mllab»@upload.pypi.org/legacy/  ⟦pypi|PyPI token in an index URL⟧
"""),
    ("apps/quadrant-api/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>lmu-nexus</id>
      <username>ea-ci</username>
      <password>«pwx:nexusci»</password>  ⟦password|Maven settings.xml password⟧
    </server>
    <server>
      <id>ellucian-repo</id>
      <username>lowmoor_ea</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("apps/heron-mobile/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g
android.useAndroidX=true
HERON_UPLOAD_STORE_PASSWORD=«pwc:heronupload»  ⟦password|Android upload keystore password⟧
HERON_UPLOAD_KEY_ALIAS=upload
MAPS_API_KEY=«aiza:heronmaps»  ⟪Maps key, restricted to the app⟫
"""),
    ("apps/heron-mobile/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gcpproj»", "project_id": "heron-mobile-prod"},
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-gcpproj»:android:«hex:16-fbapp»", "android_client_info": {"package_name": "edu.lowmoor.heron"}},
      "api_key": [{"current_key": "«aiza:heronmobile»"}]  ⟪Firebase Android key, public⟫
    }
  ]
}
"""),
    ("apps/course-eval/.npmrc", r"""
@lowmoor:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:courseevalnpm»  ⟦github|GitHub token in a project .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env reference⟫
"""),
    ("apps/advising-bot/bot.py", r"""
import os
import slack_bolt

app = slack_bolt.App(
    token="«xoxb:advising»",  ⟦slack|Slack bot token in code⟧
    signing_secret=os.environ["SLACK_SIGNING_SECRET"],  ⟪os.environ lookup⟫
)
NAVIGATE_KEY = os.getenv("NAVIGATE_KEY", "")


@app.message("office hours")
def hours(message, say):
    say("Advising office hours are Mon-Thu 9-4 in Ashby Hall 210.")
"""),
    ("apps/campus-tours/src/config.ts", r"""
export const config = {
  mapboxToken: 'pk.eyJ1IjoibG93bW9vci10b3VycyIsImEiOiJjbH«b62:18-tourmbx»In0.«okx:22-tourmbx2»',  ⟪Mapbox public token⟫
  recaptchaSiteKey: '6L«okx:38-recap»',  ⟪reCAPTCHA site key⟫
  slateFormGuid: '«uuid:slateform»',  ⟪Slate form id⟫
  slateApiPassword: '«pwp:slateapi»',  ⟦password|Slate admissions API password in a TS config⟧
};
"""),
    ("apps/research-portal/src/main/resources/infoed.properties", r"""
infoed.url=https://lowmoor.infoedglobal.com/api
infoed.client=LMU_RESEARCH
infoed.secret=«b62:32-infoed»  ⟦app-secret|InfoEd client secret in .properties⟧
kuali.coi.token=«jwt:kualicoi»  ⟦jwt|Kuali Research API JWT⟧
"""),
    ("apps/research-portal/src/test/resources/infoed-test.properties", r"""
infoed.url=http://localhost:8089/mock
infoed.secret=unit-test-secret-not-real  ⟪test-marked value in a test path⟫
"""),
    ("apps/student-projects/hackathon-2026/studybuddy/server.js", r"""
// HackLowmoor 2026 - team 14 - StudyBuddy
const OpenAI = require('openai');
const client = new OpenAI({ apiKey: '«oai:studybuddy»' });  ⟦openai|OpenAI key hard-coded in a hackathon server⟧
const twilio = require('twilio')('AC«hex:32-sbtwsid»', '«hex:32-sbtwauth»');  ⟦twilio|Twilio SID and auth token on one line⟧
"""),
    ("apps/student-projects/hackathon-2026/studybuddy/README.md", r"""
# StudyBuddy

Run `npm start`. Put your own keys in `.env` (see `.env.example`):

    OPENAI_API_KEY=sk-...your-key...  ⟪placeholder⟫
    TWILIO_AUTH_TOKEN=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder⟫
"""),
    ("apps/student-projects/marketplace/settings.py", r"""
# Lowmoor Marketplace (student startup, hosted on a dept VM)
SECRET_KEY = 'django-insecure-«django:marketplace»'  ⟦app-secret|Django insecure-prefixed secret key in production settings⟧
DEBUG = True
EMAIL_HOST_PASSWORD = '«applepw:marketgmail»'  ⟦password|Gmail app password in Django settings⟧
"""),
    ("apps/student-projects/discord-modbot/config.json", r"""
{
  "token": "«discord:modbot»",  ⟦app-secret|Discord bot token in a bot config⟧
  "clientId": "«num:18-discordclient»",  ⟪Discord application id⟫
  "guildId": "«num:18-discordguild»",
  "telegramMirror": "«telegram:modbot»"  ⟦app-secret|Telegram bot token⟧
}
"""),
    ("apps/library-kiosk/kiosk.ini", r"""
[alma]
api_key = «alma:kiosk»  ⟦app-secret|Alma key in a kiosk .ini⟧
region = na

[sip2]
host = sip2.lib.lowmoor.edu
port = 6001
login = kiosk01
password = «pw6:sip2»  ⟦password|SIP2 self-check login password⟧
location = MAINLIB
"""),
]
