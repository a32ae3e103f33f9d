"""Application code and config in several languages, package-manager files, keys and certificates."""
FILES = [
("services/tracking/app/settings.py", """
import os

DEBUG = False
SECRET_KEY = "«django:1»"  ⟦generic-secret|Django SECRET_KEY⟧
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "tracking",
        "USER": "tracking",
        "PASSWORD": os.environ["TRACKING_DB_PASSWORD"],  ⟪env lookup⟫
        "HOST": "tracking.cluster-c3x9d2.eu-central-1.rds.amazonaws.com",
    }
}
AWS_STORAGE_BUCKET_NAME = "tidewell-tracking-media"
REQUEST_ID_HEADER = "X-Amzn-Trace-Id"
"""),
("services/tracking/app/s3client.py", """
import boto3

# TODO remove once the IRSA role is rolled out
session = boto3.Session(
    aws_access_key_id="«akid:1»",  ⟦aws-access-key-id|boto3 Session literal⟧
    aws_secret_access_key="«awssec:1»",  ⟦aws-secret-access-key|boto3 Session literal⟧
    region_name="eu-central-1",
)
DOCS_KEY = "AKIAIOSFODNN7EXAMPLE"  ⟪AWS docs key⟫
s3 = session.client("s3")
"""),
("services/tracking/app/sts_cache.json", """
{
  "Credentials": {
    "AccessKeyId": "«asia:1»",  ⟦aws-access-key-id|STS cache ASIA⟧
    "SecretAccessKey": "«awssec:1»",  ⟦aws-secret-access-key|STS cache secret⟧
    "SessionToken": "«sts:1»",  ⟦aws-session-token|STS cache session token⟧
    "Expiration": "2026-11-30T18:22:05Z"
  },
  "AssumedRoleUser": {"AssumedRoleId": "«aroa:AROA»:ci-deploy", "Arn": "arn:aws:sts::418277350962:assumed-role/ci-deploy/ci"}  ⟪AROA unique ID⟫
}
"""),
("services/billing/src/main/resources/application-prod.properties", """
spring.datasource.url=jdbc:postgresql://billing.cluster-c3x9d2.eu-central-1.rds.amazonaws.com:5432/billing
spring.datasource.username=billing
spring.datasource.password=«pw:1»  ⟦password|Spring properties password⟧
spring.rabbitmq.password=${RABBIT_PASSWORD}  ⟪placeholder⟫
stripe.api-key=«sklive:1»  ⟦stripe-key|Stripe secret key⟧
stripe.publishable-key=«pklive:1»  ⟪publishable key⟫
stripe.webhook-secret=«whsec:1»  ⟦stripe-key|Stripe webhook secret⟧
"""),
("services/billing/src/main/java/io/tidewell/billing/AwsConfig.java", """
package io.tidewell.billing;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

public class AwsConfig {
    // prefer the default chain; the static pair is only for the on-prem scanner bridge
    static final DefaultCredentialsProvider CHAIN = DefaultCredentialsProvider.create();
    static final AwsBasicCredentials BRIDGE = AwsBasicCredentials.create(
        "«akid:1»",  ⟦aws-access-key-id|Java literal⟧
        "«awssec:1»");  ⟦aws-secret-access-key|Java literal⟧
    static final String TRACE = "«uuid:1»";  ⟪UUID⟫
}
"""),
("services/billing/pom.xml", """
<project>
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.tidewell</groupId>
  <artifactId>billing</artifactId>
  <version>3.4.0</version>
  <properties>
    <flyway.password>«pw:1»</flyway.password>  ⟦password|Maven property flyway password⟧
    <flyway.url>jdbc:postgresql://localhost:5432/billing</flyway.url>
  </properties>
</project>
"""),
("services/billing/settings.xml", """
<settings>
  <servers>
    <server>
      <id>tidewell-nexus</id>
      <username>ci-deployer</username>
      <password>{«b64s:44»}</password>  ⟪Maven-encrypted password⟫
    </server>
    <server>
      <id>codeartifact</id>
      <username>aws</username>
      <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>  ⟪env reference⟫
    </server>
  </servers>
</settings>
"""),
("services/dispatch/cmd/dispatch/main.go", """
package main

import (
	"github.com/aws/aws-sdk-go-v2/credentials"
)

const region = "us-west-2"

var staticCreds = credentials.NewStaticCredentialsProvider(
	"«akid:1»",  ⟦aws-access-key-id|Go static provider⟧
	"«awssec:1»",  ⟦aws-secret-access-key|Go static provider⟧
	"")

const slackToken = "«xoxb:1»"  ⟦slack-token|Go slack bot token⟧
const buildSHA = "«sha:1»"  ⟪git SHA⟫
"""),
("services/dispatch/go.sum", """
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64s:43»=  ⟪go.sum⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64s:43»=  ⟪go.sum⟫
github.com/slack-go/slack v0.13.1 h1:«b64s:43»=  ⟪go.sum⟫
"""),
("services/portal/src/lib/config.ts", """
export const config = {
  region: 'eu-central-1',
  cognitoUserPoolId: 'eu-central-1_Q8xT2mPzL',
  firebase: { apiKey: '«aiza:1»', projectId: 'tidewell-portal' },  ⟪Firebase web apiKey⟫
  sentryDsn: '«sentrypub:1»',  ⟪modern Sentry DSN⟫
  openaiKey: '«openai:1»',  ⟦openai-key|OpenAI key in frontend config⟧
};
"""),
("services/portal/.env.production", """
NEXT_PUBLIC_API_URL=https://api.tidewell.io
DATABASE_URL=postgres://portal:«urlpw:1»@portal-db.c3x9d2.eu-central-1.rds.amazonaws.com:5432/portal  ⟦connection-string|.env DATABASE_URL⟧
NEXTAUTH_SECRET=«b64s:44»  ⟦generic-secret|NEXTAUTH_SECRET⟧
SENDGRID_API_KEY=«sendgrid:1»  ⟦sendgrid-key|SendGrid key⟧
ANTHROPIC_API_KEY=«anthropic:1»  ⟦anthropic-key|Anthropic key⟧
AWS_REGION=eu-central-1
"""),
("services/portal/.env.example", """
DATABASE_URL=postgres://portal:<your-password>@localhost:5432/portal  ⟪placeholder⟫
NEXTAUTH_SECRET=your-secret-here  ⟪placeholder⟫
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder⟫
AWS_ACCESS_KEY_ID=AKIAXXXXXXXXXXXXXXXX  ⟪placeholder⟫
"""),
("services/portal/package-lock.json", """
{
  "name": "portal",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/@aws-sdk/client-s3": {
      "version": "3.620.0",
      "integrity": "sha512-«sha512b64:1»"  ⟪lock integrity⟫
    },
    "node_modules/next": {
      "version": "14.2.5",
      "integrity": "sha512-«sha512b64:2»"  ⟪lock integrity⟫
    }
  }
}
"""),
("services/portal/.npmrc", """
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:1»  ⟦npm-token|npmrc auth token⟧
@tidewell:registry=https://tidewell-418277350962.d.codeartifact.eu-central-1.amazonaws.com/npm/web/
"""),
("services/yard/lib/yard/aws.rb", """
require 'aws-sdk-s3'

Aws.config.update(
  region: 'eu-central-1',
  credentials: Aws::Credentials.new('«akid:1»', '«awssec:1»')  ⟦aws-access-key-id|Ruby credentials pair on one line⟧
)
"""),
("services/yard/config/database.yml", """
production:
  adapter: postgresql
  database: yard
  username: yard
  password: <%= ENV['YARD_DB_PASSWORD'] %>  ⟪ERB env⟫
staging:
  adapter: postgresql
  database: yard_staging
  username: yard
  password: «pw:1»  ⟦password|Rails database.yml password⟧
"""),
("services/rates/src/config.rs", """
pub const REGION: &str = "us-west-2";
pub const PARTNER_HMAC: &str = "«hexs:64»";  ⟦generic-secret|HMAC signing key constant⟧
pub const SCHEMA_HASH: &str = "«sha256:1»";  ⟪schema digest⟫
pub fn aws_pair() -> (&'static str, &'static str) {
    ("«akid:1»", "«awssec:1»")  ⟦aws-access-key-id|Rust tuple pair⟧
}
"""),
("services/rates/Cargo.lock", """
[[package]]
name = "aws-config"
version = "1.5.4"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:1»"  ⟪Cargo checksum⟫
"""),
("services/notify/Notify/appsettings.Production.json", """
{
  "ConnectionStrings": {
    "Default": "Server=notify-db.c3x9d2.eu-central-1.rds.amazonaws.com;Database=notify;User Id=notify;Password=«pw:1»;"  ⟦connection-string|.NET connection string⟧
  },
  "Twilio": {
    "AccountSid": "«twsid:1»",  ⟪Twilio SID⟫
    "AuthToken": "«hexs:32»"  ⟦twilio-auth-token|Twilio auth token⟧
  },
  "Storage": {
    "Azure": "DefaultEndpointsProtocol=https;AccountName=tidewellarchive;AccountKey=«azkey:1»;EndpointSuffix=core.windows.net"  ⟦azure-storage-key|Azure AccountKey⟧
  }
}
"""),
("services/notify/php/config/mail.php", """
<?php
return [
    'mailgun' => [
        'domain' => 'mg.tidewell.io',
        'secret' => '«mailgun:1»',  ⟦mailgun-key|Mailgun key under mailgun secret⟧
    ],
    'ses' => [
        'key' => env('SES_KEY'),  ⟪env⟫
        'region' => 'eu-central-1',
    ],
    'smtp_password' => '«sesmtp:1»',  ⟦aws-ses-smtp|SES SMTP password⟧
];
"""),
("services/edge/lambda_edge/index.js", """
'use strict';
const AUTH_USER = 'edge';
const AUTH_PASS = '«pw:1»';  ⟦password|basic auth password in Lambda@Edge⟧
const ENCODED = Buffer.from(`${AUTH_USER}:${AUTH_PASS}`).toString('base64');
const CACHE_KEY_HASH = '«sha256:1»';  ⟪hash⟫
exports.handler = async (event) => event.Records[0].cf.request;
"""),
("services/edge/unicode_keys.js", """
// copied from the old obfuscated loader
const k = "«uesc:akid:1»";  ⟦aws-unicode|\\u-escaped key ID⟧
const s = "«uesc:awssec:1»";  ⟦aws-unicode|\\u-escaped secret⟧
"""),
("keys/deploy_ed25519", """
«openssh:ed1:deploy@tidewell-ci»  ⟦private-key|OpenSSH ed25519⟧
"""),
("keys/deploy_ed25519.pub", """
«sshpub:ed1:deploy@tidewell-ci»  ⟪public key⟫
"""),
("keys/sftp-partner.pem", """
«pem:pkcs1:rsa1»  ⟦private-key|RSA PKCS1⟧
"""),
("keys/tls/portal.tidewell.io.crt", """
«cert:ec1:portal.tidewell.io»  ⟪certificate⟫
"""),
("keys/tls/portal.tidewell.io.key", """
«pem:pkcs8:ec1»  ⟦private-key|EC PKCS8⟧
"""),
("keys/jwt-signing.pub.pem", """
«pubpem:rsa2»  ⟪public key PEM⟫
"""),
("services/auth/firebase-admin.json", """
{
  "type": "service_account",
  "project_id": "tidewell-portal",
  "private_key_id": "«hexs:40»",  ⟪private_key_id⟫
  "private_key": "«pemjson:pkcs8:rsa2»",  ⟦private-key|service account private_key⟧
  "client_email": "portal-admin@tidewell-portal.iam.gserviceaccount.com"
}
"""),
("services/gateway/config.toml", """
[server]
listen = "0.0.0.0:8443"

[upstream.carrierhub]
url = "https://api.carrierhub.net"
api_key = "${CARRIERHUB_API_KEY}"  ⟪env⟫

[vault]
address = "https://vault.tidewell.internal:8200"
token = "«hvs:1»"  ⟦vault-token|Vault token⟧
"""),
("services/gateway/legacy.ini", """
[database]
host = gw-db.c3x9d2.us-west-2.rds.amazonaws.com
user = gateway
password = «pw:1»  ⟦password|ini password⟧

[aws]
key = «hex:akid:1»  ⟦aws-hex|hex-encoded key ID⟧
secret = «hex:awssec:1»  ⟦aws-hex|hex-encoded secret⟧
"""),
("notebooks/capacity-forecast.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "metadata": {},
   "source": [
    "import boto3\\n",
    "athena = boto3.client('athena', region_name='eu-central-1',\\n",
    "    aws_access_key_id='«akid:1»',\\n",  ⟦aws-access-key-id|notebook source⟧
    "    aws_secret_access_key='«awssec:1»')\\n"  ⟦aws-secret-access-key|notebook source⟧
   ],
   "outputs": [],
   "execution_count": 3
  },
  {
   "cell_type": "code",
   "metadata": {},
   "source": ["q = athena.start_query_execution(QueryString='SELECT 1')"],
   "outputs": [{"output_type": "execute_result", "data": {"text/plain": ["{'QueryExecutionId': '«uuid:1»'}"]}}],  ⟪query id⟫
   "execution_count": 4
  }
 ],
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
]
