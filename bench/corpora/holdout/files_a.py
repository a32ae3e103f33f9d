"""Templates, part A: CI/CD, Rust, Elixir, Scala, .NET, Apple, Android, Ansible, Chef/Puppet."""

FILES_A = {}


def F(path, text):
    FILES_A[path] = text


# ------------------------------------------------------------------ CI / CD
F(".github/workflows/release.yml", """
name: release
on:
  push:
    tags: ["v*.*.*"]

permissions:
  contents: write
  id-token: write

jobs:
  publish:
    runs-on: ubuntu-22.04
    env:
      NODE_AUTH_TOKEN: ⟨npm()⟩⟦npm-token⟧
      GH_TOKEN: ${{ secrets.GITHUB_TOKEN }}⟪templated-secret-ref⟫
    steps:
      - uses: actions/checkout@⟨sha1()⟩ # v4.1.7⟪commit-sha⟫
      - uses: actions/setup-node@⟨sha1()⟩ # v4.0.3
        with:
          node-version-file: .nvmrc
          registry-url: https://registry.npmjs.org
      - run: npm ci --ignore-scripts
      - run: npm publish --provenance --access public
      - name: Push image
        run: |
          echo "⟨dckr()⟩" | docker login -u acmebuild --password-stdin⟦dockerhub-pat⟧
          docker buildx build --push -t acme/edge-proxy:${GITHUB_REF_NAME} .
      - uses: softprops/action-gh-release@⟨sha1()⟩
        with:
          generate_release_notes: true
""")

F(".github/workflows/nightly-e2e.yml", """
name: nightly-e2e
on:
  schedule:
    - cron: "17 3 * * *"
  workflow_dispatch: {}

jobs:
  e2e:
    runs-on: ubuntu-22.04
    services:
      postgres:
        image: postgres:16@sha256:⟨sha256()⟩⟪image-digest⟫
        env:
          POSTGRES_PASSWORD: ${{ secrets.E2E_DB_PASSWORD }}⟪templated-secret-ref⟫
        options: >-
          --health-cmd pg_isready --health-interval 5s
    steps:
      - uses: actions/checkout@⟨sha1()⟩
      - uses: aws-actions/configure-aws-credentials@⟨sha1()⟩
        with:
          role-to-assume: arn:aws:iam::⟨digits(12)⟩:role/gha-e2e
          aws-region: eu-west-1
      - uses: actions/cache@⟨sha1()⟩
        with:
          path: ~/.cache/ms-playwright
          key: pw-${{ runner.os }}-${{ hashFiles('**/package-lock.json') }}
      - run: npx playwright test --reporter=line
        env:
          E2E_USER_PASSWORD: ${{ secrets.E2E_USER_PASSWORD }}
          BASE_URL: https://staging.acme-internal.net
""")

F(".gitlab-ci.yml", """
stages: [lint, build, release]

variables:
  DOCKER_DRIVER: overlay2
  GIT_DEPTH: "20"
  RELEASE_BOT_TOKEN: "⟨glpat()⟩"⟦gitlab-pat⟧
  DATABASE_URL: "postgresql://ci_runner:⟨pw_urlsafe()⟩@pg-ci.internal:5432/ledger_ci"⟦db-uri-password⟧
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD⟪templated-secret-ref⟫

lint:
  stage: lint
  image: python:3.12-slim
  script:
    - pip install ruff==0.4.8
    - ruff check .

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_JOB_TOKEN" | docker login -u gitlab-ci-token --password-stdin $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

release:
  stage: release
  rules:
    - if: $CI_COMMIT_TAG
  script:
    - 'curl --header "PRIVATE-TOKEN: ${RELEASE_BOT_TOKEN}" "$CI_API_V4_URL/projects/$CI_PROJECT_ID/releases"'
""")

F("bitbucket-pipelines.yml", """
image: atlassian/default-image:4

definitions:
  caches:
    sbt: ~/.sbt
  steps:
    - step: &deploy-assets
        name: Deploy static assets
        script:
          - pipe: atlassian/aws-s3-deploy:1.6.0
            variables:
              AWS_ACCESS_KEY_ID: '⟨aws_id()⟩'⟦aws-access-key-id⟧
              AWS_SECRET_ACCESS_KEY: '⟨aws_secret()⟩'⟦aws-secret-access-key⟧
              AWS_DEFAULT_REGION: 'eu-central-1'
              S3_BUCKET: 'acme-assets-prod'
              LOCAL_PATH: 'public'

pipelines:
  branches:
    main:
      - step: *deploy-assets
    staging:
      - step:
          name: Deploy (staging)
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $STAGING_AWS_KEY_ID⟪templated-secret-ref⟫
                AWS_SECRET_ACCESS_KEY: $STAGING_AWS_SECRET
                AWS_DEFAULT_REGION: 'eu-central-1'
                S3_BUCKET: 'acme-assets-staging'
                LOCAL_PATH: 'public'
""")

F(".circleci/config.yml", """
version: 2.1

orbs:
  node: circleci/node@5.2.0

executors:
  default:
    docker:
      - image: cimg/node:20.14@sha256:⟨sha256()⟩

jobs:
  build-and-upload-sourcemaps:
    executor: default
    environment:
      SENTRY_ORG: acme
      SENTRY_PROJECT: storefront
      SENTRY_AUTH_TOKEN: ⟨sentry_org_token()⟩⟦sentry-auth-token⟧
    steps:
      - checkout
      - node/install-packages:
          pkg-manager: npm
      - run: npm run build
      - run: npx @sentry/cli sourcemaps upload --release=$CIRCLE_SHA1 dist/

workflows:
  main:
    jobs:
      - build-and-upload-sourcemaps:
          context: [storefront-prod]
""")

F("azure-pipelines.yml", """
trigger:
  branches:
    include: [main]

pool:
  vmImage: ubuntu-latest

variables:
  buildConfiguration: Release
  storageConnection: '⟨azure_conn("acmebuildartifacts")⟩'⟦azure-storage-key⟧

steps:
  - task: UseDotNet@2
    inputs:
      packageType: sdk
      version: 8.0.x
  - script: dotnet build --configuration $(buildConfiguration)
  - script: dotnet test --no-build --logger trx
  - task: AzureCLI@2
    inputs:
      azureSubscription: acme-prod-arm
      scriptType: bash
      scriptLocation: inlineScript
      inlineScript: |
        az storage blob upload-batch -d drops -s $(Build.ArtifactStagingDirectory) \\
          --connection-string "$(storageConnection)"
  - script: git push https://$(System.AccessToken)@dev.azure.com/acme/billing/_git/billing HEAD:refs/tags/build-$(Build.BuildId)⟪templated-secret-ref⟫
""")

F(".drone.yml", """
kind: pipeline
type: docker
name: default

steps:
  - name: test
    image: golang:1.22
    environment:
      GOFLAGS: -mod=readonly
      DATABASE_URL:
        from_secret: database_url
    commands:
      - go test ./...

  - name: publish
    image: plugins/docker
    settings:
      repo: registry.acme-internal.net/edge/router
      username:
        from_secret: registry_user
      password:
        from_secret: registry_password⟪secret-ref⟫
""")

# ------------------------------------------------------------------ Rust
F("crates/ingest/Cargo.toml", """
[package]
name = "ingest"
version = "0.14.2"
edition = "2021"
rust-version = "1.76"
license = "Apache-2.0"

[dependencies]
tokio = { version = "1.38", features = ["rt-multi-thread", "macros"] }
serde = { version = "1", features = ["derive"] }
sqlx = { version = "0.7", default-features = false, features = ["postgres", "runtime-tokio-rustls"] }
reqwest = { version = "0.12", default-features = false, features = ["json", "rustls-tls"] }
aws-sdk-s3 = "1.36"
tracing = "0.1"
secrecy = "0.8"

[dev-dependencies]
wiremock = "0.6"
""")

F(".cargo/config.toml", """
[build]
rustflags = ["-C", "target-cpu=x86-64-v2"]

[registries.acme]
index = "sparse+https://cargo.acme-internal.net/index/"

[registry]
default = "crates-io"
token = "⟨crates()⟩"⟦crates-io-token⟧

[net]
git-fetch-with-cli = true
""")

F("crates/ingest/src/config.rs", """
use secrecy::SecretString;
use std::env;

pub struct Settings {
    pub database_url: SecretString,
    pub stripe_key: SecretString,
    pub batch_size: usize,
}

// TODO(ops-1123): move to the secrets manager before GA
const STRIPE_RESTRICTED_KEY: &str = "⟨stripe('rk_live_')⟩";⟦stripe-restricted-key⟧

impl Settings {
    pub fn from_env() -> anyhow::Result<Self> {
        Ok(Self {
            database_url: SecretString::new(env::var("DATABASE_URL")?),⟪env-lookup⟫
            stripe_key: SecretString::new(
                env::var("STRIPE_KEY").unwrap_or_else(|_| STRIPE_RESTRICTED_KEY.to_string()),
            ),
            batch_size: env::var("BATCH_SIZE").ok().and_then(|v| v.parse().ok()).unwrap_or(500),
        })
    }
}
""")

F("crates/ingest/tests/webhook_signature.rs", """
use ingest::webhooks::verify_signature;

const FAKE_SECRET: &str = "whsec_fake_secret_for_tests";⟪fake-fixture⟫
const DUMMY_TOKEN: &str = "dummy-token";

#[test]
fn rejects_bad_signature() {
    let body = br#"{"id":"evt_1","type":"charge.succeeded"}"#;
    assert!(!verify_signature(body, "t=1,v1=deadbeef", FAKE_SECRET));
}

#[test]
fn accepts_known_vector() {
    let sig = "t=1700000000,v1=⟨sha256()⟩";⟪signature-vector⟫
    let _ = (sig, DUMMY_TOKEN);
}
""")

# ------------------------------------------------------------------ Elixir
F("apps/ledger/config/runtime.exs", """
import Config

if config_env() == :prod do
  database_url =
    System.get_env("DATABASE_URL") ||
      raise "environment variable DATABASE_URL is missing."

  config :ledger, Ledger.Repo,
    url: database_url,
    pool_size: String.to_integer(System.get_env("POOL_SIZE") || "10")

  secret_key_base = System.fetch_env!("SECRET_KEY_BASE")⟪env-lookup⟫

  config :ledger, LedgerWeb.Endpoint,
    url: [host: "ledger.acme-internal.net", port: 443, scheme: "https"],
    secret_key_base: secret_key_base
end
""")

F("apps/ledger/config/prod.secret.exs", """
import Config

config :ledger, Ledger.Repo,
  username: "ledger",
  password: "⟨pw()⟩",⟦password⟧
  database: "ledger_prod",
  hostname: "ledger-db.internal"

config :ledger, LedgerWeb.Endpoint,
  secret_key_base: "⟨phoenix_key()⟩"⟦phoenix-secret-key-base⟧

config :ledger, Ledger.Notifier,
  slack_webhook: "⟨slack_hook()⟩"⟦slack-webhook⟧
""")

F("apps/ledger/mix.lock", "%{\n" + "".join(
    f'  "{name}": {{:hex, :{name}, "{ver}", "⟨sha256()⟩", [:mix], [], "hexpm", "⟨sha256()⟩"}},\n'
    for name, ver in [("bandit", "1.5.5"), ("castore", "1.0.8"), ("db_connection", "2.7.0"),
                      ("decimal", "2.1.1"), ("ecto", "3.11.2"), ("ecto_sql", "3.11.3"),
                      ("jason", "1.4.3"), ("phoenix", "1.7.14"), ("plug", "1.16.1"),
                      ("postgrex", "0.18.0"), ("telemetry", "1.2.1"), ("thousand_island", "1.3.5")]
) + "}\n")

# ------------------------------------------------------------------ Scala / Akka
F("services/stream/src/main/resources/application.conf", """
akka {
  loglevel = "INFO"
  actor.provider = "cluster"
  remote.artery.canonical {
    hostname = ${?POD_IP}
    port = 25520
  }
  cluster.seed-nodes = []
}

stream {
  kafka {
    bootstrap-servers = "b-1.msk-prod.internal:9096,b-2.msk-prod.internal:9096"
    security.protocol = "SASL_SSL"
    sasl.mechanism = "SCRAM-SHA-512"
    sasl.jaas.config = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\\"stream-svc\\" password=\\"⟨pw()⟩\\";"⟦password⟧
  }

  db {
    url = "jdbc:postgresql://stream-db.internal:5432/stream"
    user = "stream"
    password = "⟨pw()⟩"⟦password⟧
    password = ${?STREAM_DB_PASSWORD}⟪env-lookup⟫
    max-pool-size = 16
  }

  checkpoint-interval = 30s
}
""")

F("services/stream/build.sbt", """
ThisBuild / scalaVersion := "2.13.14"
ThisBuild / organization := "net.acme"

lazy val stream = (project in file("."))
  .settings(
    name := "stream",
    libraryDependencies ++= Seq(
      "com.typesafe.akka" %% "akka-stream-kafka" % "5.0.0",
      "org.postgresql" % "postgresql" % "42.7.3",
      "org.scalatest" %% "scalatest" % "3.2.18" % Test
    ),
    resolvers += "acme-nexus" at "https://nexus.acme-internal.net/repository/maven-releases/",
    credentials += Credentials("Sonatype Nexus Repository Manager", "nexus.acme-internal.net", "deploy", "⟨pw()⟩"),⟦password⟧
    credentials += Credentials(Path.userHome / ".sbt" / ".credentials")
  )
""")

F("services/stream/src/main/scala/net/acme/stream/ArchiveSink.scala", """
package net.acme.stream

import com.amazonaws.auth.{AWSStaticCredentialsProvider, BasicAWSCredentials}
import com.amazonaws.services.s3.AmazonS3ClientBuilder

object ArchiveSink {
  // archive bucket lives in the legacy account, no role trust yet
  private val creds = new BasicAWSCredentials(
    "⟨aws_id()⟩",⟦aws-access-key-id⟧
    "⟨aws_secret()⟩"⟦aws-secret-access-key⟧
  )

  lazy val client = AmazonS3ClientBuilder.standard()
    .withRegion("eu-west-1")
    .withCredentials(new AWSStaticCredentialsProvider(creds))
    .build()

  val Bucket = "acme-stream-archive"
  val EmptyChecksum = "d41d8cd98f00b204e9800998ecf8427e"⟪md5-constant⟫
}
""")

# ------------------------------------------------------------------ .NET
F("src/Billing.Api/appsettings.Staging.json", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft.AspNetCore": "Warning" }
  },
  "ConnectionStrings": {
    "Billing": "Server=tcp:acme-billing-stg.database.windows.net,1433;Initial Catalog=billing;User ID=billing_app;Password=⟨pw()⟩;Encrypt=True;",⟦password⟧
    "Bus": "Endpoint=sb://acme-billing-stg.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=⟨azure_sas_key()⟩"⟦azure-servicebus-key⟧
  },
  "ApplicationInsights": {
    "ConnectionString": "InstrumentationKey=⟨uuid()⟩;IngestionEndpoint=https://westeurope-5.in.applicationinsights.azure.com/"⟪instrumentation-key⟫
  },
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "TenantId": "⟨uuid()⟩",
    "ClientId": "⟨uuid()⟩",⟪guid⟫
    "ClientSecret": "⟨azure_client_secret()⟩"⟦azure-ad-client-secret⟧
  },
  "Features": { "UseNewInvoiceRenderer": true }
}
""")

F("src/Billing.Api/appsettings.Development.json", """
{
  "ConnectionStrings": {
    "Billing": "Server=(localdb)\\\\mssqllocaldb;Database=billing_dev;Trusted_Connection=True;",
    "Blobs": "UseDevelopmentStorage=true",
    "Azurite": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"⟪documented-azurite-dev-key⟫
  },
  "AzureAd": {
    "ClientSecret": "<set with dotnet user-secrets>"⟪placeholder⟫
  }
}
""")

F("src/Billing.Api/Billing.Api.csproj", """
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>⟨uuid()⟩</UserSecretsId>⟪guid⟫
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Azure.Messaging.ServiceBus" Version="7.17.5" />
    <PackageReference Include="SendGrid" Version="9.29.3" />
    <PackageReference Include="Microsoft.Identity.Web" Version="2.19.1" />
  </ItemGroup>
</Project>
""")

F("src/Billing.Api/Services/InvoiceMailer.cs", """
using SendGrid;
using SendGrid.Helpers.Mail;

namespace Billing.Api.Services;

public sealed class InvoiceMailer
{
    // FIXME: inject via IOptions<MailOptions>; hard-coded for the March hotfix
    private const string ApiKey = "⟨sendgrid()⟩";⟦sendgrid-api-key⟧
    private const string TemplateId = "d-⟨hex(32)⟩";⟪template-id⟫

    private readonly SendGridClient _client = new(ApiKey);

    public Task SendAsync(string to, object model) =>
        _client.SendEmailAsync(MailHelper.CreateSingleTemplateEmail(
            new EmailAddress("billing@acme-corp.net"), new EmailAddress(to), TemplateId, model));
}
""")

F("nuget.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="github" value="https://nuget.pkg.github.com/acme-corp/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <github>
      <add key="Username" value="acme-ci" />
      <add key="ClearTextPassword" value="⟨ghp()⟩" />⟦github-pat⟧
    </github>
  </packageSourceCredentials>
</configuration>
""")

# ------------------------------------------------------------------ Apple
F("ios/Acme/GoogleService-Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>⟨aiza()⟩</string>⟪firebase-client-api-key⟫
	<key>GCM_SENDER_ID</key>
	<string>⟨digits(12)⟩</string>
	<key>BUNDLE_ID</key>
	<string>net.acme.shop</string>
	<key>PROJECT_ID</key>
	<string>acme-shop-prod</string>
	<key>STORAGE_BUCKET</key>
	<string>acme-shop-prod.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:⟨digits(12)⟩:ios:⟨hex(22)⟩</string>
	<key>IS_ANALYTICS_ENABLED</key>
	<false/>
</dict>
</plist>
""")

F("ios/Acme/Networking/APIClient.swift", """
import Foundation

enum APIConfig {
    static let baseURL = URL(string: "https://api.acme-corp.net/v2")!
    static let stripePublishableKey = "⟨stripe('pk_live_')⟩"⟪stripe-publishable⟫
    // Service token for the internal catalog mirror (read-only)
    static let catalogToken = "Bearer ⟨jwt(aud='catalog', extra={'scope': 'catalog:read'})⟩"⟦jwt⟧
}

final class APIClient {
    private let session: URLSession

    init(session: URLSession = .shared) { self.session = session }

    func request(_ path: String) -> URLRequest {
        var req = URLRequest(url: APIConfig.baseURL.appendingPathComponent(path))
        req.setValue(APIConfig.catalogToken, forHTTPHeaderField: "Authorization")
        req.setValue(UUID().uuidString, forHTTPHeaderField: "X-Request-ID")
        return req
    }
}
""")

F("ios/Config/Release.xcconfig", """
// Release.xcconfig
PRODUCT_BUNDLE_IDENTIFIER = net.acme.shop
MARKETING_VERSION = 5.12.0
CURRENT_PROJECT_VERSION = 5120
API_HOST = api.acme-corp.net
SENTRY_ORG = acme
SENTRY_AUTH_TOKEN = ⟨sentry_user_token()⟩⟦sentry-auth-token⟧
SENTRY_DSN = ⟨sentry_dsn()⟩⟦?sentry-dsn|Sentry DSN: public by design (client SDKs ship it); negative unless --sentry-dsn-positive⟧
DEVELOPMENT_TEAM = ⟨alnum(10).upper()⟩
""")

F("ios/Podfile.lock", "PODS:\n" + "".join(f"  - {p} ({v})\n" for p, v in [
    ("Alamofire", "5.9.1"), ("Firebase/Analytics", "10.27.0"), ("KeychainAccess", "4.2.2"),
    ("Sentry", "8.29.0"), ("SnapKit", "5.7.1"), ("Stripe", "23.27.2")]) +
  "\nSPEC CHECKSUMS:\n" + "".join(f"  {p}: ⟨sha1()⟩\n" for p in [
    "Alamofire", "Firebase", "KeychainAccess", "Sentry", "SnapKit", "Stripe"]) +
  "\nPODFILE CHECKSUM: ⟨sha1()⟩\n\nCOCOAPODS: 1.15.2\n")

F("ios/fastlane/.env.default", """
FASTLANE_USER=release-bot@acme-corp.net
FASTLANE_PASSWORD=⟨pw()⟩⟦password⟧
MATCH_GIT_URL=git@github.com:acme-corp/ios-certificates.git
MATCH_PASSWORD=⟨pw()⟩⟦password⟧
APP_STORE_CONNECT_API_KEY_ID=⟨alnum(10).upper()⟩
APP_STORE_CONNECT_API_ISSUER_ID=⟨uuid()⟩
APP_STORE_CONNECT_API_KEY_PATH=./fastlane/AuthKey.p8
FASTLANE_SKIP_UPDATE_CHECK=1
""")

F("ios/fastlane/AuthKey.p8", "⟨mark_first(pem(K['p8']), 'private-key-pkcs8', 'App Store Connect API key (EC P-256, PKCS#8)')⟩")

F("ios/fastlane/Fastfile", """
default_platform(:ios)

platform :ios do
  lane :beta do
    api_key = app_store_connect_api_key(
      key_id: ENV["APP_STORE_CONNECT_API_KEY_ID"],
      issuer_id: ENV["APP_STORE_CONNECT_API_ISSUER_ID"],
      key_filepath: ENV["APP_STORE_CONNECT_API_KEY_PATH"]
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "Acme")
    upload_to_testflight(api_key: api_key, skip_waiting_for_build_processing: true)
  end
end
""")

# ------------------------------------------------------------------ Android / Gradle
F("android/gradle.properties", """
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
kotlin.code.style=official
RELEASE_STORE_FILE=../keystores/release.jks
RELEASE_STORE_PASSWORD=⟨pw()⟩⟦password⟧
RELEASE_KEY_ALIAS=acme-release
RELEASE_KEY_PASSWORD=⟨pw()⟩⟦password⟧
mavenCentralUsername=acme-publisher
mavenCentralPassword=⟨pw()⟩⟦password⟧
signing.keyId=⟨hex(8).upper()⟩⟪gpg-key-id⟫
signing.secretKeyRingFile=/home/ci/.gnupg/secring.gpg
""")

F("android/keystore.properties", """
storeFile=keystores/upload.jks
storePassword=⟨pw()⟩⟦password⟧
keyAlias=upload
keyPassword=⟨pw()⟩⟦password⟧
""")

F("android/app/build.gradle.kts", """
plugins {
    id("com.android.application")
    id("org.jetbrains.kotlin.android")
    id("com.google.gms.google-services")
}

android {
    namespace = "net.acme.shop"
    compileSdk = 34

    defaultConfig {
        applicationId = "net.acme.shop"
        minSdk = 26
        targetSdk = 34
        versionCode = 51200
        versionName = "5.12.0"
    }

    signingConfigs {
        create("release") {
            storeFile = file(findProperty("RELEASE_STORE_FILE") as String)
            storePassword = findProperty("RELEASE_STORE_PASSWORD") as String?⟪property-lookup⟫
            keyAlias = "acme-release"
            keyPassword = "⟨pw()⟩"⟦password⟧
        }
    }

    buildTypes {
        release {
            isMinifyEnabled = true
            signingConfig = signingConfigs.getByName("release")
            proguardFiles(getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro")
        }
    }
}

dependencies {
    implementation(platform("com.google.firebase:firebase-bom:33.1.0"))
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
}
""")

F("android/app/google-services.json", """
{
  "project_info": {
    "project_number": "⟨digits(12)⟩",
    "project_id": "acme-shop-prod",
    "storage_bucket": "acme-shop-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:⟨digits(12)⟩:android:⟨hex(16)⟩",
        "android_client_info": { "package_name": "net.acme.shop" }
      },
      "oauth_client": [],
      "api_key": [
        { "current_key": "⟨aiza()⟩" }⟪firebase-client-api-key⟫
      ],
      "services": { "appinvite_service": { "other_platform_oauth_client": [] } }
    }
  ],
  "configuration_version": "1"
}
""")

F("android/app/src/main/kotlin/net/acme/shop/assist/AssistantService.kt", """
package net.acme.shop.assist

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody

object AssistantService {
    private const val ENDPOINT = "https://api.openai.com/v1/chat/completions"
    private const val KEY = "⟨openai()⟩"⟦openai-api-key⟧

    private val http = OkHttpClient()

    fun ask(prompt: String): String? {
        val body = "{\\"model\\":\\"gpt-4o-mini\\",\\"messages\\":[{\\"role\\":\\"user\\",\\"content\\":\\"$prompt\\"}]}"
        val req = Request.Builder().url(ENDPOINT)
            .header("Authorization", "Bearer $KEY")
            .post(body.toRequestBody("application/json".toMediaType()))
            .build()
        return http.newCall(req).execute().use { it.body?.string() }
    }
}
""")

F("android/gradle/verification-metadata.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
""" + "".join(f"""      <component group="{g}" name="{n}" version="{v}">
         <artifact name="{n}-{v}.jar">
            <sha256 value="⟨sha256()⟩" origin="Generated by Gradle"/>
         </artifact>
      </component>
""" for g, n, v in [("com.squareup.okhttp3", "okhttp", "4.12.0"), ("com.squareup.okio", "okio-jvm", "3.6.0"),
                    ("org.jetbrains.kotlin", "kotlin-stdlib", "1.9.24"), ("com.google.code.gson", "gson", "2.11.0"),
                    ("androidx.core", "core-ktx", "1.13.1")]) + """   </components>
</verification-metadata>
""")

# ------------------------------------------------------------------ Ansible
F("ansible/inventories/prod/hosts.ini", """
[web]
web01.prod.acme-internal.net ansible_host=10.20.1.11
web02.prod.acme-internal.net ansible_host=10.20.1.12

[db]
db01.prod.acme-internal.net ansible_host=10.20.5.21 ansible_user=dbadmin ansible_password=⟨pw()⟩⟦password⟧

[legacy_windows]
win-report01 ansible_host=10.20.9.40 ansible_user=Administrator ansible_connection=winrm ansible_winrm_transport=ntlm

[legacy_windows:vars]
ansible_become_pass=⟨pw()⟩⟦password⟧

[all:vars]
ansible_ssh_private_key_file=~/.ssh/acme-prod-deploy
ansible_python_interpreter=/usr/bin/python3
""")

F("ansible/inventories/prod/group_vars/all/vars.yml", """
---
app_env: production
app_db_host: db01.prod.acme-internal.net
app_db_user: ledger
app_db_password: "{{ vault_app_db_password }}"⟪templated-secret-ref⟫
redis_password: "{{ lookup('community.hashi_vault.hashi_vault', 'secret=kv/data/prod/redis:password') }}"⟪vault-lookup⟫
smtp_password: "{{ lookup('env', 'SMTP_PASSWORD') }}"
password_policy:
  min_password_length: 12⟪password-policy⟫
  require_symbols: true
  max_password_age_days: 90
login_form_password_field: "pwd"⟪field-name⟫
""")

F("ansible/inventories/prod/group_vars/all/vault.yml", "$ANSIBLE_VAULT;1.1;AES256⟪ansible-vault-ciphertext⟫\n" +
  "".join("⟨hex(80)⟩\n" for _ in range(14)) + "⟨hex(44)⟩\n")

F("ansible/roles/postgres/defaults/main.yml", """
---
postgres_version: 16
postgres_listen_addresses: "*"
postgres_max_connections: 300
postgres_admin_password: changeme⟪placeholder⟫
postgres_replication_password: "<REPLACE_ME>"⟪placeholder⟫
postgres_hba_entries:
  - { type: host, database: all, user: all, address: "10.20.0.0/16", method: scram-sha-256 }
""")

F("ansible/roles/app/tasks/deploy.yml", """
---
- name: Fetch release manifest
  ansible.builtin.uri:
    url: "https://artifacts.acme-internal.net/ledger/{{ app_version }}/manifest.json"
    url_username: deployer
    url_password: "⟨pw()⟩"⟦password⟧
    force_basic_auth: true
    return_content: true
  register: manifest

- name: Download release tarball
  ansible.builtin.get_url:
    url: "{{ manifest.json.url }}"
    dest: "/opt/ledger/releases/{{ app_version }}.tar.gz"
    checksum: "sha256:⟨sha256()⟩"⟪checksum⟫
    mode: "0644"

- name: Render env file
  ansible.builtin.template:
    src: ledger.env.j2
    dest: /etc/ledger/ledger.env
    mode: "0600"
  no_log: true

- name: Install deploy key
  ansible.builtin.copy:
    dest: /home/ledger/.ssh/id_rsa
    mode: "0600"
    content: |
      ⟨ind(mark_first(openssh(K['ansible_rsa']), 'private-key-openssh'), 6)⟩
""")

F("ansible/roles/monitoring/templates/datadog.yaml.j2", """
api_key: {{ datadog_api_key }}
site: datadoghq.eu
hostname: {{ inventory_hostname }}
tags:
  - env:{{ app_env }}
  - role:{{ group_names | first }}
logs_enabled: true
""")

F("ansible/host_vars/bastion01.yml", """
---
datadog_api_key: "⟨dd_api()⟩"⟦datadog-api-key⟧
datadog_app_key: "⟨dd_app()⟩"⟦datadog-app-key⟧
bastion_allowed_cidrs:
  - 203.0.113.0/24
ssh_authorized_keys:
  - "⟨ssh_pub(K['ed_other'], 'ops@laptop-17')⟩"⟪ssh-public-key⟫
""")

# ------------------------------------------------------------------ Chef / Puppet
F("chef/data_bags/credentials/mysql.json", """
{
  "id": "mysql",
  "root_user": "root",
  "root_password": "⟨pw()⟩",⟦password⟧
  "replication_user": "repl",
  "replication_password": "⟨pw()⟩"⟦password⟧
}
""")

F("chef/data_bags/credentials/smtp.json", """
{
  "id": "smtp",
  "password": {
    "encrypted_data": "⟨b64(t.r.token_bytes(48))⟩\\n",⟪chef-encrypted-data-bag⟫
    "iv": "⟨b64(t.r.token_bytes(12))⟩\\n",
    "auth_tag": "⟨b64(t.r.token_bytes(16))⟩\\n",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}
""")

F("chef/cookbooks/reporting/attributes/default.rb", """
default['reporting']['version'] = '3.4.1'
default['reporting']['install_dir'] = '/opt/reporting'
default['reporting']['admin_user'] = 'admin'
default['reporting']['admin_password'] = '⟨pw()⟩'⟦password⟧
default['reporting']['session_timeout_minutes'] = 30
default['reporting']['password_min_length'] = 14⟪password-policy⟫
default['reporting']['checksum'] = '⟨sha256()⟩'
""")

F("puppet/data/common.yaml", """
---
profile::base::ntp_servers:
  - 0.pool.ntp.org
  - 1.pool.ntp.org
profile::db::password: >
  ENC[PKCS7,⟨b64(t.r.token_bytes(180))⟩]⟪hiera-eyaml-ciphertext⟫
profile::app::secret_key: "%{lookup('vault_app_secret')}"
""")

F("puppet/data/nodes/db02.prod.yaml", """
---
mysql::server::root_password: '⟨pw()⟩'⟦password⟧
mysql::server::override_options:
  mysqld:
    max_connections: 512
    innodb_buffer_pool_size: 24G
""")

F("puppet/modules/profile/manifests/rabbitmq.pp", """
class profile::rabbitmq (
  String $cluster_name = 'events',
) {
  class { 'rabbitmq':
    default_user   => 'events-admin',
    default_pass   => '⟨pw()⟩',⟦password⟧
    erlang_cookie  => '⟨alnum(20).upper()⟩',⟦erlang-cookie|Erlang distribution cookie: grants full cluster control⟧
    delete_guest_user => true,
  }

  rabbitmq_user { 'ledger':
    password => Sensitive(lookup('profile::rabbitmq::ledger_password')),⟪hiera-lookup⟫
  }

  file { '/etc/ledger/amqp.url':
    content => "amqps://ledger:⟨pw_urlsafe()⟩@mq.prod.acme-internal.net:5671/events\\n",⟦db-uri-password⟧
    mode    => '0600',
  }
}
""")
