"""Application code in several languages and its configuration: .env, .properties, .ini, XML, JSON, TOML."""
FILES = [
("services/settlement/settlement/clients.py", r"""
import os

import boto3
from botocore.config import Config

_CFG = Config(region_name="ap-southeast-2", retries={"max_attempts": 5, "mode": "adaptive"})


def s3():
    # northgate's bucket policy only trusts this user (ticket SEC-388 to move to a role)
    return boto3.client(
        "s3",
        aws_access_key_id="«akid:py»",  ⟦aws-access-key-id|boto3 client kwarg⟧
        aws_secret_access_key="«awssec:py»",  ⟦aws-secret-access-key|boto3 client kwarg⟧
        config=_CFG,
    )


def sqs():
    return boto3.client("sqs", config=_CFG)  # task role


def dynamo():
    return boto3.resource(
        "dynamodb",
        aws_access_key_id=os.environ["DDB_KEY_ID"],  ⟪environment lookup⟫
        aws_secret_access_key=os.environ["DDB_SECRET"],
        config=_CFG,
    )
"""),
("services/settlement/settlement/settings.py", r"""
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
SECRET_KEY = "«djsecret:1»"  ⟦app-secret-key|Django SECRET_KEY⟧
DEBUG = False
ALLOWED_HOSTS = ["settlement.tbpay.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "settlement",
        "USER": "settlement_app",
        "PASSWORD": "«pw:dj»",  ⟦password|Django DATABASES PASSWORD⟧
        "HOST": "settlement.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com",
        "PORT": "5432",
    }
}

CELERY_BROKER_URL = "sqs://"
CELERY_BROKER_TRANSPORT_OPTIONS = {"region": "ap-southeast-2", "predefined_queues": {}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]
"""),
("services/settlement/settlement/legacy_sync.py", r"""
import base64
import json

# blob handed over by the Northgate integration team, decoded at import
_NG_CREDS = "«b64:pairjson:nb»"  ⟦aws-b64|base64 JSON holding a key pair⟧


def northgate_credentials():
    return json.loads(base64.b64decode(_NG_CREDS))


_DOUBLE = "«b64b64:pair:dd»"  ⟦aws-b64b64|double base64 ID:SECRET⟧
"""),
("services/settlement/tests_data/fixtures.py", r"""
# request IDs and hashes copied from a prod trace (no secrets)
TRACE_ID = "1-«rhex:8»-«rhex:24»"  ⟪X-Ray trace id⟫
REQUEST_ID = "«uuid:req»"
ETAG = '"«rhex:32»"'  ⟪S3 ETag⟫
COMMIT = "«rhex:40»"  ⟪git SHA⟫
ROLE_ID = "«aroa:AROA»"  ⟪IAM unique role id⟫
USER_ID = "«aroa:AIDA»"
DOC_KEY = "AKIAIOSFODNN7EXAMPLE"
MASKED = "AKIA****************"  ⟪masked key⟫
"""),
("services/settlement/requirements.txt", r"""
boto3==1.35.40 \
    --hash=sha256:«rhex:64»  ⟪pip hash⟫
django==5.1.2 \
    --hash=sha256:«rhex:64»
psycopg[binary]==3.2.3 \
    --hash=sha256:«rhex:64»
celery[sqs]==5.4.0 \
    --hash=sha256:«rhex:64»
"""),
("services/ledger/src/main/resources/application.properties", r"""
spring.application.name=ledger
server.port=8080
spring.datasource.url=jdbc:postgresql://ledger.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com:5432/ledger
spring.datasource.username=ledger_app
spring.datasource.password=«pw:props»  ⟦password|spring.datasource.password⟧
spring.kafka.bootstrap-servers=b-1.ledger.k8x2ab.c3.kafka.ap-southeast-2.amazonaws.com:9096
cloud.aws.region.static=ap-southeast-2
management.endpoints.web.exposure.include=health,info,prometheus
"""),
("services/ledger/src/main/resources/application-local.properties", r"""
spring.datasource.url=jdbc:postgresql://localhost:5432/ledger
spring.datasource.username=ledger
spring.datasource.password=${LEDGER_DB_PASSWORD:changeme}  ⟪placeholder with default changeme⟫
cloud.aws.credentials.access-key=${AWS_ACCESS_KEY_ID}
cloud.aws.credentials.secret-key=${AWS_SECRET_ACCESS_KEY}
"""),
("services/ledger/src/main/java/au/com/tallowbrook/ledger/config/ArchiveConfig.java", r"""
package au.com.tallowbrook.ledger.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

@Configuration
public class ArchiveConfig {

    private static final String ARCHIVE_KEY = "«akid:java»";  ⟦aws-access-key-id|Java constant⟧
    private static final String ARCHIVE_SECRET = "«awssec:java»";  ⟦aws-secret-access-key|Java constant⟧

    @Bean
    public S3Client archiveS3() {
        return S3Client.builder()
                .region(Region.AP_SOUTHEAST_2)
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(ARCHIVE_KEY, ARCHIVE_SECRET)))
                .build();
    }
}
"""),
("services/ledger/src/main/java/au/com/tallowbrook/ledger/crypto/Digests.java", r"""
package au.com.tallowbrook.ledger.crypto;

final class Digests {
    // SHA-256 of the empty string, used to short-circuit empty batch files
    static final String EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";  ⟪well-known digest⟫
    static final String SCHEMA_VERSION_HASH = "«rhex:64»";
    static final java.util.UUID NAMESPACE = java.util.UUID.fromString("«uuid:ns»");

    private Digests() {}
}
"""),
("services/ledger/pom.xml", r"""
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>au.com.tallowbrook</groupId>
  <artifactId>ledger</artifactId>
  <version>1.42.0</version>
  <properties>
    <java.version>21</java.version>
    <aws.sdk.version>2.28.16</aws.sdk.version>
  </properties>
  <distributionManagement>
    <repository>
      <id>codeartifact</id>
      <url>https://tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/maven/libs/</url>
    </repository>
  </distributionManagement>
</project>
"""),
("ops/maven/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>codeartifact</id>
      <username>aws</username>
      <password>${env.CODEARTIFACT_AUTH_TOKEN}</password>  ⟪env reference⟫
    </server>
    <server>
      <id>nexus-legacy</id>
      <username>deployer</username>
      <password>«pw:mvn»</password>  ⟦password|Maven settings server password⟧
    </server>
    <server>
      <id>nexus-encrypted</id>
      <username>deployer</username>
      <password>{«b64r:30»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
("services/gateway/internal/aws/session.go", r"""
package aws

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Static creds for the partner bucket in us-east-1 (INC-2291: rotate after cut-over).
const (
	partnerKeyID  = "«akid:go»"  ⟦aws-access-key-id|Go const⟧
	partnerSecret = "«awssec:go»"  ⟦aws-secret-access-key|Go const⟧
)

func PartnerConfig(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(partnerKeyID, partnerSecret, "")),
	)
}
"""),
("services/gateway/internal/aws/obfuscated.go", r"""
package aws

import "encoding/hex"

// "hidden" so the linter stops complaining
var backupKeyHex = "«hex:akid:gh»"  ⟦aws-hex|hex-encoded access key id⟧
var backupSecretHex = "«hex:awssec:gh»"  ⟦aws-hex|hex-encoded secret⟧

func backupCreds() (string, string) {
	id, _ := hex.DecodeString(backupKeyHex)
	sec, _ := hex.DecodeString(backupSecretHex)
	return string(id), string(sec)
}
"""),
("services/gateway/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.32.2 h1:«b64r:32»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.32.2/go.mod h1:«b64r:32»
github.com/aws/aws-sdk-go-v2/config v1.28.0 h1:«b64r:32»
github.com/aws/aws-sdk-go-v2/config v1.28.0/go.mod h1:«b64r:32»
github.com/aws/aws-sdk-go-v2/credentials v1.17.41 h1:«b64r:32»
github.com/aws/aws-sdk-go-v2/credentials v1.17.41/go.mod h1:«b64r:32»
"""),
("services/gateway/config/gateway.toml", r"""
[server]
listen = ":8443"
tls_cert = "/etc/gateway/tls/cert.pem"
tls_key = "/etc/gateway/tls/key.pem"

[upstream.square]
base_url = "https://connect.squareup.com/v2"
access_token = "«square:1»"  ⟦square-token|Square access token⟧
location_id = "L«b62:12»"

[upstream.plaid]
client_id = "«rhex:24»"  ⟪Plaid client_id, an identifier⟫
secret = "«rhex:30»"  ⟦plaid-secret|Plaid secret under [upstream.plaid]⟧
env = "production"
"""),
("services/notifications/src/config.ts", r"""
import { SESv2Client } from "@aws-sdk/client-sesv2";

export const ses = new SESv2Client({
  region: "ap-southeast-2",
  credentials: {
    accessKeyId: process.env.SES_KEY_ID!,  ⟪env reference⟫
    secretAccessKey: process.env.SES_SECRET!,
  },
});

export const TWILIO = {
  accountSid: "«twsid:ts»",
  apiKeySid: "SK«rhex:32»",  ⟪Twilio API key SID, an identifier⟫
  apiKeySecret: "«b62:32»",  ⟦twilio-auth-token|Twilio API key secret under a twilio parent⟧
};

export const SENTRY_DSN = "«sentry:1»";  ⟪modern Sentry DSN⟫
"""),
("services/notifications/.env.production", r"""
NODE_ENV=production
AWS_REGION=ap-southeast-2
AWS_ACCESS_KEY_ID=«asia:n»  ⟦aws-access-key-id|ASIA key id in .env⟧
AWS_SECRET_ACCESS_KEY=«sessb64:n»  ⟦aws-secret-access-key|temporary secret in .env⟧
AWS_SESSION_TOKEN=«stok:n»  ⟦aws-session-token|session token in .env⟧
SENTRY_DSN=«sentrylegacy:1»  ⟦sentry-legacy-dsn|legacy DSN with secret⟧
MAILCHIMP_API_KEY=«mailchimp:1»  ⟦mailchimp-key|Mailchimp key with -usN⟧
"""),
("services/notifications/.env.example", r"""
NODE_ENV=development
AWS_REGION=ap-southeast-2
AWS_ACCESS_KEY_ID=<your-access-key-id>  ⟪placeholder⟫
AWS_SECRET_ACCESS_KEY=<your-secret-access-key>
SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪x-filled placeholder⟫
MAILCHIMP_API_KEY=your-mailchimp-key-here
"""),
("services/notifications/package.json", r"""
{
  "name": "@tallowbrook/notifications",
  "version": "4.2.0",
  "private": true,
  "scripts": {"build": "tsc -p .", "start": "node dist/index.js"},
  "dependencies": {
    "@aws-sdk/client-sesv2": "^3.670.0",
    "@sendgrid/mail": "^8.1.3",
    "twilio": "^5.3.4"
  }
}
"""),
("services/notifications/package-lock.json", r"""
{
  "name": "@tallowbrook/notifications",
  "version": "4.2.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/@sendgrid/mail": {
      "version": "8.1.3",
      "resolved": "https://registry.npmjs.org/@sendgrid/mail/-/mail-8.1.3.tgz",
      "integrity": "sha512-«b64r:64»"  ⟪npm integrity⟫
    },
    "node_modules/twilio": {
      "version": "5.3.4",
      "resolved": "https://registry.npmjs.org/twilio/-/twilio-5.3.4.tgz",
      "integrity": "sha512-«b64r:64»"
    }
  }
}
"""),
("services/merchant-portal/config/credentials.rb", r"""
# Loaded by config/initializers/aws.rb
Aws.config.update(
  region: "ap-southeast-2",
  credentials: Aws::Credentials.new("«akid:rb»", "«awssec:rb»")  ⟦aws-keypair|key id and secret on one line⟧
)

Rails.application.config.secret_key_base = "«rhex:128»"  ⟦app-secret-key|Rails secret_key_base⟧
"""),
("services/merchant-portal/Gemfile.lock", r"""
GEM
  remote: https://rubygems.org/
  specs:
    aws-sdk-core (3.211.0)
      aws-eventstream (~> 1, >= 1.3.0)
      aws-partitions (~> 1, >= 1.992.0)
    aws-sdk-s3 (1.169.0)
    rails (7.2.1)

PLATFORMS
  x86_64-linux

CHECKSUMS
  aws-sdk-core (3.211.0) sha256=«rhex:64»  ⟪gem checksum⟫
  aws-sdk-s3 (1.169.0) sha256=«rhex:64»

BUNDLED WITH
   2.5.22
"""),
("services/payouts-php/config/services.php", r"""
<?php

return [
    'ses' => [
        'key' => env('SES_KEY'),  ⟪env() reference⟫
        'secret' => env('SES_SECRET'),
        'region' => 'ap-southeast-2',
    ],
    's3_archive' => [
        'region' => 'ap-southeast-2',
        'bucket' => 'tallowbrook-payout-archive',
    ],
    'postmark' => [
        'token' => '«uuid:pm»',  ⟦postmark-token|Postmark server token under its provider name⟧
    ],
];
"""),
("services/payouts-php/.env", r"""
APP_NAME=Payouts
APP_ENV=production
APP_KEY=base64:«b64r:32»  ⟦app-secret-key|Laravel APP_KEY⟧
APP_DEBUG=false
DB_CONNECTION=mysql
DB_HOST=payouts.cluster-c8kq2vn4mz.ap-southeast-2.rds.amazonaws.com
DB_DATABASE=payouts
DB_USERNAME=payouts
DB_PASSWORD=«pw:lenv»  ⟦password|.env DB_PASSWORD⟧
QUEUE_CONNECTION=sqs
SQS_PREFIX=https://sqs.ap-southeast-2.amazonaws.com/306914827753
"""),
("services/reconciler/src/Reconciler/appsettings.Production.json", r"""
{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "AWS": {
    "Region": "ap-southeast-2",
    "Profile": "reconciler"
  },
  "ConnectionStrings": {
    "Ledger": "Host=ledger.cluster-ro-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com;Database=ledger;Username=recon;Password=«pw:cs»",  ⟦password|Npgsql connection string Password⟧
    "Audit": "Server=audit-sql.tbpay.internal;Database=Audit;Integrated Security=true;TrustServerCertificate=true"
  },
  "Storage": {
    "Blob": "DefaultEndpointsProtocol=https;AccountName=tallowbrookdr;AccountKey=«azkey:1»;EndpointSuffix=core.windows.net"  ⟦azure-storage-key|Azure DR storage AccountKey⟧
  }
}
"""),
("services/reconciler/src/Reconciler/Aws/ClientFactory.cs", r"""
using Amazon;
using Amazon.Runtime;
using Amazon.S3;

namespace Reconciler.Aws;

public static class ClientFactory
{
    public static IAmazonS3 Statements() =>
        new AmazonS3Client(new BasicAWSCredentials("«akid:cs»", "«awssec:cs»"), RegionEndpoint.USEast1);  ⟦aws-keypair|C# BasicAWSCredentials with both⟧

    public static IAmazonS3 Default() => new AmazonS3Client(RegionEndpoint.APSoutheast2);
}
"""),
("services/reconciler/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="AWSProfileName" value="reconciler" />
    <add key="AWSRegion" value="ap-southeast-2" />
  </appSettings>
  <connectionStrings>
    <add name="Legacy" connectionString="Data Source=legacy-sql01;Initial Catalog=Recon;User ID=recon_svc;Password=«pw:xml»" providerName="System.Data.SqlClient" />  ⟦password|SQL Server connection string Password⟧
  </connectionStrings>
</configuration>
"""),
("services/card-issuing/src/main/resources/application.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://issuing.cluster-c8kq2vn4mz.ap-southeast-2.rds.amazonaws.com:5432/issuing
    username: issuing
    password: ${ISSUING_DB_PASSWORD}  ⟪env placeholder⟫
  cloud:
    aws:
      region:
        static: ap-southeast-2
      credentials:
        instance-profile: true
issuing:
  hsm:
    partition-password: ${HSM_PARTITION_PASSWORD:}  ⟪env placeholder with empty default⟫
"""),
("services/web/src/lib/firebase.ts", r"""
import { initializeApp } from "firebase/app";

// web config is public by design (restricted by HTTP referrer)
export const app = initializeApp({
  apiKey: "AIza«b62:35»",  ⟪Firebase web apiKey⟫
  authDomain: "tallowbrook-web.firebaseapp.com",
  projectId: "tallowbrook-web",
  appId: "1:«digits:12»:web:«rhex:22»",
});
"""),
("services/web/src/lib/analytics.js", r"""
const GA_MEASUREMENT_ID = "G-7QK2M9X4RB";  ⟪GA measurement id (public)⟫
const BUILD_SHA = "«rhex:40»";

export function track(event, props) {
  window.analytics?.track(event, props);
}
"""),
("services/web/src/lib/aws-upload.js", r"""
import { S3Client } from "@aws-sdk/client-s3";

// uploads KYC documents straight from the browser (!!)
export const s3 = new S3Client({
  region: "ap-southeast-2",
  credentials: {
    accessKeyId: "«uesc:akid:ue»",  ⟦aws-unicode|\u-escaped key id⟧
    secretAccessKey: "«uesc:awssec:ue»",  ⟦aws-unicode|\u-escaped secret⟧
  },
});
"""),
("services/web/.npmrc", r"""
@tallowbrook:registry=https://tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/npm/web/
//tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/npm/web/:_authToken=${CODEARTIFACT_AUTH_TOKEN}  ⟪env token⟫
//registry.npmjs.org/:_authToken=«npm:1»  ⟦npm-token|npm token in .npmrc⟧
"""),
("services/data-export/export.py", r"""
import urllib.parse

import requests

PARTNER = "https://files.northgateclearing.com.au/upload"
# signed-URL style auth the partner asked for
SIGNED = PARTNER + "?AWSAccessKeyId=«akid:pc»&Signature=«pct:b64r:20»&Expires=1767225600"  ⟦aws-access-key-id|key id in a query string⟧
LEGACY_SECRET = "«pct:awssec:pc2»"  ⟦aws-percent|percent-encoded secret⟧


def upload(path):
    with open(path, "rb") as fh:
        return requests.put(SIGNED, data=fh, timeout=60)
"""),
("services/data-export/config.ini", r"""
[default]
region = ap-southeast-2
output = json

[export]
bucket = tallowbrook-exports-apse2

[warehouse]
host = redshift-finance.c7u2mz9k1q.ap-southeast-2.redshift.amazonaws.com
port = 5439
user = exporter
password = «pw:ini»  ⟦password|ini password⟧
"""),
("services/data-export/alembic.ini", r"""
[alembic]
script_location = migrations
sqlalchemy.url = postgresql+psycopg://exporter:«urlpw:alembic»@exports-db.tbpay.internal:5432/exports  ⟦db-url|SQLAlchemy URL with password⟧

[loggers]
keys = root
"""),
("services/ai-assist/assist/llm.py", r"""
import anthropic
import openai

claude = anthropic.Anthropic(api_key="«anthropic:1»")  ⟦anthropic-key|Anthropic key literal⟧
gpt = openai.OpenAI(api_key="«openai:1»")  ⟦openai-key|OpenAI project key literal⟧


def summarise_dispute(text: str) -> str:
    msg = claude.messages.create(model="claude-3-5-sonnet-20241022", max_tokens=400,
                                 messages=[{"role": "user", "content": text}])
    return msg.content[0].text
"""),
("services/ai-assist/poetry.lock", r"""
[[package]]
name = "anthropic"
version = "0.39.0"
description = "The official Python library for the anthropic API"
optional = false
python-versions = ">=3.8"
files = [
    {file = "anthropic-0.39.0-py3-none-any.whl", hash = "sha256:«rhex:64»"},  ⟪poetry hash⟫
    {file = "anthropic-0.39.0.tar.gz", hash = "sha256:«rhex:64»"},
]
"""),
]
