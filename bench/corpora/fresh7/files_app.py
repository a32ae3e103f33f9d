"""fresh7 templates, application code and config (Lanternfall Interactive): Python (Django, tools, pydantic
settings, tests, notebooks), Go, Rust, Elixir, Lua, C++/Unreal ini, C#/.NET and Unity, Kotlin/Spring,
Android and fastlane, TypeScript (Electron launcher, Next.js store, Discord bot), PHP (phpBB, MediaWiki),
lock files, keys and certificates, a developer laptop's dotfiles. Markers: render.py and README.md."""

FILES = [
    ("services/liveops-console/liveops/settings/prod.py", r"""
from .base import *  # noqa: F401,F403
import os

DEBUG = False
ALLOWED_HOSTS = ["liveops.lanternfall.gg", "liveops.lanternfall.internal"]
SECRET_KEY = "«pwx:djprod»"  ⟦app-secret|Django SECRET_KEY literal⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "liveops-db.lanternfall.internal",
        "NAME": "liveops",
        "USER": "liveops",
        "PASSWORD": "«pwn:liveopsdjango»",  ⟦password|Django DATABASES password⟧
    }
}
EMAIL_HOST = "email-smtp.us-west-2.amazonaws.com"
EMAIL_HOST_USER = os.environ["SES_SMTP_USER"]
EMAIL_HOST_PASSWORD = os.environ.get("SES_SMTP_PASSWORD", "")  ⟪environment lookup⟫
PLAYFAB_TITLE_ID = "«up:5-playfabtitle»"
"""),
    ("services/liveops-console/liveops/settings/unittest.py", r"""
from .base import *  # noqa: F401,F403

SECRET_KEY = "unit-tests-only-not-a-secret"  ⟪clearly marked test value⟫
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
PLAYFAB_SECRET_KEY = "0" * 52  ⟪zeroed key⟫
"""),
    ("tools/steam/upload_depot.py", r"""
#!/usr/bin/env python3
'''Upload a depot to Steam from a build agent that has no Steam Guard prompt (shared secret on the agent).'''
import subprocess
import sys

STEAM_USER = "lanternfall_build"
STEAM_PASSWORD = "«pwn:steamupload»"  ⟦password|Steam builder password in a tool script⟧
APP_ID = 2231870
DEPOTS = {2231871: "build/Win64", 2231872: "build/Linux"}


def main(vdf: str) -> int:
    cmd = ["steamcmd", "+login", STEAM_USER, STEAM_PASSWORD, "+run_app_build", vdf, "+quit"]
    return subprocess.call(cmd)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
"""),
    ("tools/crash/triage.py", r"""
import boto3

# read-only key for the crash bucket; the triage VM has no instance role (OPS-2177)
s3 = boto3.client(
    "s3",
    region_name="us-west-2",
    aws_access_key_id="«akid:triage»",  ⟦aws-key-id|key ID in boto3 call⟧
    aws_secret_access_key="«awssec:triage»",  ⟦aws-secret|secret in boto3 call⟧
)


def latest_dumps(prefix="minidumps/", n=50):
    resp = s3.list_objects_v2(Bucket="lf-crash-dumps-472913860254", Prefix=prefix, MaxKeys=n)
    return [o["Key"] for o in resp.get("Contents", [])]
"""),
    ("services/telemetry/ingest/config.py", r"""
from pydantic import Field
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    firehose_stream: str = "telemetry-to-redshift"
    redis_url: str = "redis://telemetry-cache.lanternfall.internal:6379/2"
    redis_password: str = "«pwl:telemredis»"  ⟦password|pydantic default password⟧
    amplitude_api_key: str = Field(default="<set-in-env>")  ⟪placeholder⟫
    amplitude_secret_key: str = ""
    sample_rate: float = 0.1

    class Config:
        env_prefix = "TELEMETRY_"


settings = Settings()
"""),
    ("services/telemetry/tests/test_ingest.py", r"""
import os

import pytest

from ingest.config import Settings


@pytest.fixture(autouse=True)
def aws_env(monkeypatch):
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE")  ⟪documentation key⟫
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")  ⟪documentation secret⟫
    monkeypatch.setenv("TELEMETRY_AMPLITUDE_SECRET_KEY", "test-amplitude-secret")  ⟪test value⟫


def test_defaults():
    s = Settings()
    assert s.sample_rate == 0.1
    assert os.environ["AWS_ACCESS_KEY_ID"].startswith("AKIA")
"""),
    ("notebooks/churn/feature_engineering.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Churn features, season 7\n", "Sessions, spend and party size from the Redshift rollups."]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import redshift_connector\n",
    "conn = redshift_connector.connect(host='telemetry.c«lo:10-rs».us-west-2.redshift.amazonaws.com', database='events',\n",
    "                                  user='analyst_priya', password='«pwn:nbredshift»')\n",  ⟦password|password in a notebook cell⟧
    "df = conn.cursor().execute('select * from rollups.sessions_s7').fetch_dataframe()"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["key in use: «mask:akid:nbkey»\n"]}],  ⟪masked key in output⟫
   "source": ["print('key in use:', mask(os.environ['AWS_ACCESS_KEY_ID']))"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("notebooks/liveops/whale_report.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import requests\n",
    "AMP_KEY = '«hex:32-ampnbkey»'\n",  ⟦?app-secret|Amplitude API key next to its secret⟧
    "AMP_SECRET = '«hex:32-ampnbsecret»'\n",  ⟦app-secret|Amplitude secret key in a notebook⟧
    "r = requests.get('https://amplitude.com/api/2/export', auth=(AMP_KEY, AMP_SECRET), params={'start': '20261101T00', 'end': '20261130T23'})"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"data": {"text/plain": ["request id «uuid:ampreq»"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],  ⟪request id⟫
   "source": ["r.headers.get('x-request-id')"]
  }
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("ml/gcp/churn-batch-sa.json", r"""
{
  "type": "service_account",
  "project_id": "lanternfall-ml",
  "private_key_id": "«hex:40-gcpkeyid»",  ⟪private_key_id is an identifier⟫
  "private_key": "«pemjson:pkcs8:rsagcp»",  ⟦gcp-sa|GCP service-account private key⟧
  "client_email": "churn-batch@lanternfall-ml.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpclient»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/churn-batch%40lanternfall-ml.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
"""),
    ("tools/loc/crowdin.yml", r"""
"project_id": "«num:6-crowdinproj»"
"api_token": "«hex:80-crowdin»"  ⟦app-secret|Crowdin personal token in crowdin.yml⟧
"base_path": "../../game/Content/Localization"
"preserve_hierarchy": true
files:
  - source: /Game/en/Game.po
    translation: /Game/%two_letters_code%/Game.po
"""),
    ("services/gatekeeper/internal/config/config.go", r"""
package config

import "os"

// Config is read once at start-up. Platform secrets come from the environment in live;
// the fallbacks below are for the staging cluster.
type Config struct {
	DatabaseURL     string
	PSNClientID     string
	PSNClientSecret string
	XboxRelyingPty  string
}

const psnClientSecretStaging = "«b62:32-psnstaging»"  ⟦app-secret|PSN client secret constant in Go⟧

func Load() Config {
	return Config{
		DatabaseURL:     getenv("DATABASE_URL", "postgres://gatekeeper:«pwc:gatekeeperdb»@gatekeeper-db.staging.lanternfall.internal:5432/gatekeeper?sslmode=require"),  ⟦conn-string|Go fallback DSN with password⟧
		PSNClientID:     getenv("PSN_CLIENT_ID", "«uuid:psnclient»"),  ⟪client id⟫
		PSNClientSecret: getenv("PSN_CLIENT_SECRET", psnClientSecretStaging),
		XboxRelyingPty:  "https://prod.xboxlive.com/",
	}
}

func getenv(k, d string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return d
}
"""),
    ("services/gatekeeper/internal/steam/steam_test.go", r"""
package steam

import "testing"

const testWebAPIKey = "00000000000000000000000000000000"  ⟪zeroed test key⟫

func TestTicketParse(t *testing.T) {
	c := NewClient(testWebAPIKey, 480)
	if c.AppID != 480 { // Spacewar, Valve's test app
		t.Fatal("app id")
	}
	_ = "ghp_000000000000000000000000000000000000"  ⟪zeroed token in a test⟫
}
"""),
    ("services/matchmaker/cmd/mm/main.go", r"""
package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"log"
	"net/http"
)

// ticketKey signs match tickets handed to the game servers; must match the server's DefaultGame.ini
var ticketKey = []byte("«b62:40-ticketkey»")  ⟦app-secret|HMAC signing key in Go source⟧

func sign(b []byte) []byte {
	m := hmac.New(sha256.New, ticketKey)
	m.Write(b)
	return m.Sum(nil)
}

func main() {
	http.HandleFunc("/tickets", handleTickets)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
"""),
    ("services/matchmaker/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.32.4 «gosum:a»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.32.4/go.mod «gosum:b»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2/service/gamelift v1.37.2 «gosum:c»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2/service/gamelift v1.37.2/go.mod «gosum:d»  ⟪go.sum hash⟫
github.com/redis/go-redis/v9 v9.7.0 «gosum:e»  ⟪go.sum hash⟫
"""),
    ("services/leaderboards/src/config.rs", r"""
use std::env;

pub struct Config {
    pub redis_url: String,
    pub anticheat_hmac: Vec<u8>,
}

impl Config {
    pub fn from_env() -> Self {
        Self {
            redis_url: env::var("REDIS_URL").unwrap_or_else(|_| {
                "rediss://default:«pwr:boardsrust»@boards.«lo:6-boardsrc».usw2.cache.amazonaws.com:6379".to_string()  ⟦conn-string|Rust fallback Redis URL with password⟧
            }),
            anticheat_hmac: env::var("ANTICHEAT_HMAC")
                .unwrap_or_else(|_| "«hex:64-achmac»".into())  ⟦app-secret|anti-cheat HMAC key fallback⟧
                .into_bytes(),
        }
    }
}
"""),
    ("services/leaderboards/Cargo.lock", r"""
# This file is automatically @generated by Cargo.
# It is not intended for manual editing.
version = 3

[[package]]
name = "redis"
version = "0.27.5"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:cargoredis»"  ⟪crate checksum⟫

[[package]]
name = "tokio"
version = "1.41.1"
source = "registry+https://github.com/rust-lang/crates.io-index"
checksum = "«sha256:cargotokio»"  ⟪crate checksum⟫
"""),
    ("services/presence/config/runtime.exs", r"""
import Config

if config_env() == :prod do
  secret_key_base =
    System.get_env("SECRET_KEY_BASE") ||
      "«b64k:48-phxruntime»"  ⟦app-secret|Phoenix secret_key_base fallback⟧

  config :presence, PresenceWeb.Endpoint,
    url: [host: "presence.lanternfall.gg", port: 443, scheme: "https"],
    secret_key_base: secret_key_base

  config :presence, :vivox,
    issuer: System.fetch_env!("VIVOX_ISSUER"),
    signing_key: System.fetch_env!("VIVOX_SIGNING_KEY")  ⟪fetch_env!⟫
end
"""),
    ("services/presence/config/prod.secret.exs", r"""
use Mix.Config

config :presence, Presence.Repo,
  username: "presence",
  password: "«pwl:presencerepo»",  ⟦password|Ecto Repo password⟧
  database: "presence_prod",
  hostname: "presence-db.lanternfall.internal",
  pool_size: 20

config :presence, Presence.Guardian,
  issuer: "presence",
  secret_key: "«b64k:48-guardian»"  ⟦app-secret|Guardian JWT secret⟧
"""),
    ("services/presence/mix.lock", r"""
%{
  "phoenix": {:hex, :phoenix, "1.7.14", "«sha256:mixphx»", [:mix], [], "hexpm", "«sha256:mixphx2»"},  ⟪hex package hashes⟫
  "redix": {:hex, :redix, "1.5.2", "«sha256:mixredix»", [:mix], [], "hexpm", "«sha256:mixredix2»"},  ⟪hex package hashes⟫
}
"""),
    ("server/scripts/admin_commands.lua", r"""
-- server-side admin console for community-hosted Emberline servers (private matches)
local Admin = {}

Admin.config = {
  rcon_port = 27015,
  rcon_password = "«pwc:rcon»",  ⟦password|RCON password in a Lua table⟧
  allow_remote = false,
  motd = "Welcome to the Ashfall test realm",
}

function Admin.kick(player, reason)
  Server.Kick(player.id, reason or "kicked by admin")
end

return Admin
"""),
    ("game/Source/EmberlineServer/Private/ServerTelemetry.cpp", r"""
#include "ServerTelemetry.h"
#include "HttpModule.h"

// Ingest key for the dedicated-server telemetry endpoint. Servers only, never in client builds.
static const TCHAR* GTelemetryIngestKey = TEXT("«b62:40-ueingest»");  ⟦app-secret|telemetry ingest key in C++ source⟧
static const TCHAR* GTelemetryUrl = TEXT("https://telemetry.lanternfall.gg/v1/server-events");
static const FGuid GSchemaId(0x«uhex:8-g1», 0x«uhex:8-g2», 0x«uhex:8-g3», 0x«uhex:8-g4»);  ⟪schema GUID⟫

void FServerTelemetry::Post(const FString& Body)
{
    auto Req = FHttpModule::Get().CreateRequest();
    Req->SetURL(GTelemetryUrl);
    Req->SetHeader(TEXT("X-Ingest-Key"), GTelemetryIngestKey);
    Req->SetContentAsString(Body);
    Req->ProcessRequest();
}
"""),
    ("game/Config/DefaultEngine.ini", r"""
[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/Frontend
ServerDefaultMap=/Game/Maps/Ashfall_P

[/Script/OnlineSubsystemEOS.EOSSettings]
+Artifacts=(ArtifactName="Emberline",ClientId="xyza7891«b62:24-eosini»",ClientSecret="«b62:43-eosini»",ProductId="«hex:32-eosprod»",SandboxId="«hex:32-eossandbox»",DeploymentId="«hex:32-eosdeploy»")  ⟦app-secret|EOS ClientSecret in DefaultEngine.ini⟧
bUseEAS=True

[CrashReportClient]
CrashReportClientVersion=1.0
DataRouterUrl="https://submit.backtrace.io/lanternfall/«hex:64-btini»/crash_upload"  ⟦app-secret|Backtrace token in the crash upload URL⟧

[/Script/Engine.RendererSettings]
r.DefaultFeature.AntiAliasing=2
"""),
    ("game/Config/DefaultGame.ini", r"""
[/Script/EngineSettings.GeneralProjectSettings]
ProjectID=«uhex:32-ueproject»  ⟪project GUID⟫
ProjectName=Emberline
CompanyName=Lanternfall Interactive

[/Script/Emberline.EmberGameSession]
MaxPlayers=6
ServerAdminPassword=«pwl:ueadmin»  ⟦password|server admin password in DefaultGame.ini⟧
MatchTicketKeyEnv=EMBER_TICKET_KEY
"""),
    ("tools/BuildDashboard/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Dashboard": "Server=builddash.lanternfall.internal;Database=BuildDash;User Id=builddash;Password=«pwc:builddash»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string with Password⟧
  },
  "Jenkins": {
    "Url": "https://jenkins.lanternfall.internal",
    "User": "dashboard",
    "ApiToken": "«jenkins:dash»"  ⟦app-secret|Jenkins API token⟧
  },
  "Perforce": {"Port": "ssl:perforce.lanternfall.internal:1666", "User": "dashboard-ro"},
  "AllowedHosts": "*"
}
"""),
    ("unity/Companion/Assets/Scripts/Backend/BackendConfig.cs", r"""
using UnityEngine;

namespace Lanternfall.Companion.Backend
{
    public static class BackendConfig
    {
        public const string PlayFabTitleId = "«up:5-playfabtitle»";  ⟪PlayFab title id⟫
        public const string PhotonAppId = "«uuid:photon»";  ⟪Photon app id, ships in the client⟫
        // TODO: remove before store submission - used by the QA cheat panel
        public const string EconomyAdminKey = "«b62:40-economyadmin»";  ⟦app-secret|admin key hard-coded in a Unity client⟧
    }
}
"""),
    ("unity/Companion/Assets/Scripts/Backend/BackendConfig.cs.meta", r"""
fileFormatVersion: 2
guid: «hex:32-unityguid»  ⟪Unity asset GUID⟫
MonoImporter:
  externalObjects: {}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {instanceID: 0}
"""),
    ("unity/Companion/Packages/packages-lock.json", r"""
{
  "dependencies": {
    "com.unity.addressables": {
      "version": "1.21.21",
      "depth": 0,
      "source": "registry",
      "dependencies": {"com.unity.scriptablebuildpipeline": "1.21.23"},
      "url": "https://packages.unity.com"
    },
    "com.lanternfall.netcode": {
      "version": "https://gitlab.com/lanternfall/netcode-unity.git#«sha:netcodeunity»",  ⟪git SHA in a package URL⟫
      "depth": 0,
      "source": "git",
      "hash": "«sha:netcodehash»"  ⟪package hash⟫
    }
  }
}
"""),
    ("services/economy/src/main/resources/application-live.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://economy.cluster-c«lo:10-auroraeco».us-west-2.rds.amazonaws.com:5432/economy
    username: economy_app
    password: ${SPRING_DATASOURCE_PASSWORD}  ⟪property placeholder⟫
  jpa:
    open-in-view: false
stripe:
  api-key: ${STRIPE_SECRET_KEY}  ⟪property placeholder⟫
  webhook-secret: ${STRIPE_WEBHOOK_SECRET:}  ⟪property placeholder with empty default⟫
playfab:
  title-id: «up:5-playfabtitle»
"""),
    ("services/economy/src/main/resources/application.properties", r"""
server.port=8080
management.endpoints.web.exposure.include=health,info,prometheus
spring.datasource.password=${DB_PASSWORD}  ⟪property placeholder⟫
xsolla.merchant-id=«num:6-xsollamerchant»
xsolla.api-key=«hex:40-xsollaprops»  ⟦app-secret|Xsolla API key in application.properties⟧
xsolla.sandbox=false
"""),
    ("services/economy/src/test/kotlin/gg/lanternfall/economy/StripeClientTest.kt", r"""
package gg.lanternfall.economy

import org.junit.jupiter.api.Test
import kotlin.test.assertEquals

class StripeClientTest {
    private val client = StripeClient(apiKey = "sk_test_51«lit:00000000000000000000000000000000»")  ⟪Stripe test-mode key⟫

    @Test
    fun `formats amounts in minor units`() {
        assertEquals(499, client.minorUnits("4.99"))
    }
}
"""),
    ("companion-android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
RELEASE_STORE_FILE=../keys/companion-release.jks
RELEASE_STORE_PASSWORD=«pwc:androidstore»  ⟦password|Android keystore password in gradle.properties⟧
RELEASE_KEY_ALIAS=companion-release
"""),
    ("companion-android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-fcmproj»",
    "project_id": "emberline-companion",
    "storage_bucket": "emberline-companion.appspot.com"
  },
  "client": [
    {
      "client_info": {"mobilesdk_app_id": "1:«num:12-fcmproj»:android:«hex:16-fcmapp»", "android_client_info": {"package_name": "gg.lanternfall.companion"}},
      "api_key": [{"current_key": "«aiza:android»"}],  ⟪Firebase Android API key, public⟫
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
"""),
    ("companion-ios/fastlane/.env.default", r"""
FASTLANE_USER=appstore@lanternfall.gg
FASTLANE_PASSWORD=«pw:fastlane»  ⟦password|Apple ID password for fastlane⟧
MATCH_GIT_URL=git@gitlab.com:lanternfall/ios-certificates.git
MATCH_PASSWORD=«pp:match»  ⟦password|fastlane match passphrase⟧
APP_STORE_CONNECT_API_KEY_ID=«up:10-ascid»  ⟪App Store Connect key id⟫
APP_STORE_CONNECT_ISSUER_ID=«uuid:ascissuer»  ⟪issuer id⟫
"""),
    ("companion-ios/fastlane/keys/AuthKey_ASC.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect .p8 key (EC, PKCS#8)⟧
"""),
    ("apps/launcher/src/main/config.ts", r"""
export const config = {
  patchManifestUrl: 'https://patches.lanternfall.gg/emberline/manifest.json',
  sentryDsn: '«sentrynew:launcher»',  ⟪modern Sentry DSN, public⟫
  // private release repo for the launcher auto-updater
  updaterToken: '«ghfg:updater»',  ⟦github|fine-grained GitHub PAT shipped in launcher code⟧
  ddRumClientToken: '«ddrum:launcher»',  ⟪Datadog RUM client token, public⟫
};
"""),
    ("apps/launcher/electron-builder.yml", r"""
appId: gg.lanternfall.launcher
productName: Lanternfall Launcher
directories:
  output: dist
win:
  target: nsis
  certificateFile: build/certs/lanternfall-codesign.pfx
  certificatePassword: «pwc:codesign»  ⟦password|code-signing certificate password⟧
  publisherName: Lanternfall Interactive
publish:
  provider: github
  owner: lanternfall
  repo: launcher-releases
  token: ${env.GH_TOKEN}  ⟪env reference⟫
"""),
    ("apps/web-store/.env.production", r"""
NEXT_PUBLIC_SITE_URL=https://store.lanternfall.gg
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:webstoreenv»  ⟪publishable key⟫
STRIPE_SECRET_KEY=«sk:webstoreenv»  ⟦stripe|Stripe secret key in .env.production⟧
NEXTAUTH_SECRET=«b64k:32-nextauthenv»  ⟦app-secret|NEXTAUTH_SECRET in .env⟧
DATABASE_URL=mysql://«lo:12-psuser»:«pscale:webstore»@aws.connect.psdb.cloud/webstore?sslaccept=strict  ⟦conn-string|PlanetScale URL with pscale_pw_ password⟧
NEXT_PUBLIC_LD_CLIENT_ID=«hex:24-ldclientweb»  ⟪LaunchDarkly client-side id⟫
"""),
    ("apps/web-store/.env.example", r"""
NEXT_PUBLIC_SITE_URL=http://localhost:3000
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_test_xxxxxxxxxxxxxxxx  ⟪placeholder⟫
STRIPE_SECRET_KEY=sk_test_replace_me  ⟪placeholder⟫
NEXTAUTH_SECRET=<generate with: openssl rand -base64 32>  ⟪placeholder⟫
DATABASE_URL=mysql://root:root@localhost:3306/webstore  ⟪local default⟫
"""),
    ("apps/web-store/scripts/sync-figma-tokens.ts", r"""
// pulls colour/typography tokens from the Emberline brand file into tailwind.config.ts
const FIGMA_TOKEN = process.env.FIGMA_TOKEN ?? '«figma:brand»';  ⟦figma|Figma PAT fallback in a script⟧
const FILE_KEY = '«b62:22-figmafile»';  ⟪Figma file key⟫

export async function fetchStyles() {
  const res = await fetch(`https://api.figma.com/v1/files/${FILE_KEY}/styles`, {
    headers: { 'X-Figma-Token': FIGMA_TOKEN },
  });
  return res.json();
}
"""),
    ("apps/web-store/package-lock.json", r"""
{
  "name": "web-store",
  "version": "1.8.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/next": {
      "version": "14.2.15",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.15.tgz",
      "integrity": "«sri:next»"  ⟪npm integrity⟫
    },
    "node_modules/stripe": {
      "version": "17.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-17.2.0.tgz",
      "integrity": "«sri:stripe»"  ⟪npm integrity⟫
    }
  }
}
"""),
    ("services/community-bot/src/twitch.ts", r"""
import tmi from 'tmi.js';

// chat bot for the official channel; the OAuth token belongs to the lanternfall_bot account
const client = new tmi.Client({
  identity: {
    username: 'lanternfall_bot',
    password: 'oauth:«twitch:chatoauth»',  ⟦app-secret|Twitch chat OAuth token⟧
  },
  channels: ['lanternfall'],
});

client.on('message', (channel, tags, message) => {
  if (message === '!patch') client.say(channel, 'Patch notes: https://emberline.gg/patch');
});
"""),
    ("services/community-bot/src/__tests__/interactions.test.ts", r"""
import { verifyKey } from 'discord-interactions';

const FAKE_BOT_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAw.XXXXXX.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx';  ⟪placeholder token in a test⟫
const TEST_PUBLIC_KEY = '«hex:64-discordtestpub»';  ⟪test public key⟫

test('rejects unsigned interactions', () => {
  expect(verifyKey('{}', 'sig', 'ts', TEST_PUBLIC_KEY)).toBe(false);
});
"""),
    ("web/forums/config.php", r"""
<?php
// phpBB 3.3 auto-generated configuration file
$dbms = 'phpbb\\db\\driver\\mysqli';
$dbhost = 'forums-db.lanternfall.internal';
$dbport = '';
$dbname = 'phpbb_emberline';
$dbuser = 'phpbb';
$dbpasswd = '«pwn:phpbb»';  ⟦password|phpBB database password⟧
$table_prefix = 'phpbb_';
$phpbb_adm_relative_path = 'adm/';
$acm_type = 'phpbb\\cache\\driver\\file';

@define('PHPBB_INSTALLED', true);
@define('PHPBB_ENVIRONMENT', 'production');
"""),
    ("web/wiki/LocalSettings.php", r"""
<?php
$wgSitename = "Emberline Wiki";
$wgServer = "https://wiki.emberline.gg";
$wgDBtype = "mysql";
$wgDBserver = "wiki-db.lanternfall.internal";
$wgDBname = "emberwiki";
$wgDBuser = "wikiuser";
$wgDBpassword = "«pwc:mediawiki»";  ⟦password|MediaWiki database password⟧
$wgSecretKey = "«hex:64-wgsecret»";  ⟦app-secret|MediaWiki secret key⟧
$wgUpgradeKey = "«hex:16-wgupgrade»";  ⟦?app-secret|MediaWiki upgrade key (only gates the web installer)⟧
$wgAuthenticationTokenVersion = "1";
"""),
    ("devbox/home/jsato/.aws/credentials", r"""
# written by `aws configure export-credentials --profile live-readonly --format ini`
[lanternfall-live-readonly]
aws_access_key_id = «asia:jsatosts»  ⟦aws-key-id|temporary key ID⟧
aws_secret_access_key = «awssec:jsatosts»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:jsatosts»  ⟦aws-session-token|session token⟧
"""),
    ("devbox/home/jsato/.p4tickets", r"""
ssl:perforce.lanternfall.internal:1666=jsato:«uhex:32-p4ticketjsato»  ⟦app-secret|Perforce ticket⟧
"""),
    ("devbox/home/jsato/.pulumi/credentials.json", r"""
{
    "current": "https://api.pulumi.com",
    "accessTokens": {
        "https://api.pulumi.com": "«pulumi:jsato»"  ⟦pulumi|Pulumi access token⟧
    },
    "accounts": {
        "https://api.pulumi.com": {"username": "jsato-lf", "organizations": ["lanternfall"], "lastValidatedAt": "2026-11-20T09:14:02Z"}
    }
}
"""),
    ("devbox/home/jsato/.config/gh/hosts.yml", r"""
github.com:
    user: jsato-lf
    oauth_token: «gho:jsato»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
"""),
    ("devbox/home/jsato/.docker/config.json", r"""
{
	"auths": {
		"https://index.docker.io/v1/": {
			"auth": "«dauth:jsato»"  ⟦dockerhub|base64 user:PAT in docker config⟧
		},
		"730155948862.dkr.ecr.us-west-2.amazonaws.com": {}
	},
	"credsStore": "desktop",
	"currentContext": "desktop-linux"
}
"""),
    ("devbox/home/jsato/.ssh/id_ed25519", r"""
«openssh:edjsato:jsato@lf-mbp-114»  ⟦private-key|OpenSSH private key⟧
"""),
    ("devbox/home/jsato/.ssh/id_ed25519.pub", r"""
«sshpub:edjsato:jsato@lf-mbp-114»  ⟪SSH public key⟫
"""),
    ("devbox/home/jsato/.config/sops/age/keys.txt", r"""
# created: 2026-06-14T10:22:05+02:00
# public key: «agepub:jsato»  ⟪age public key⟫
«age:jsato»  ⟦age-key|age secret key for SOPS⟧
"""),
    ("devbox/home/jsato/.cargo/credentials.toml", r"""
[registry]
token = "«cio:jsato»"  ⟦crates-io|crates.io API token⟧
"""),
    ("devbox/home/jsato/.config/doctl/config.yaml", r"""
access-token: «dop:jsato»  ⟦digitalocean|DigitalOcean token for the community server droplet⟧
context: default
output: text
"""),
    ("devbox/home/jsato/.pgpass", r"""
localhost:5432:*:postgres:postgres  ⟪local default⟫
economy.cluster-c«lo:10-auroraeco».us-west-2.rds.amazonaws.com:5432:economy:economy_app:«pwc:pgpassjsato»  ⟦password|.pgpass entry⟧
"""),
    ("devbox/home/jsato/.netrc", r"""
machine jenkins.lanternfall.internal
  login jsato
  password «pwn:jenkinsjsato»  ⟦password|.netrc password⟧
machine api.github.com
  login jsato-lf
  password ${GITHUB_TOKEN}  ⟪variable, not expanded by netrc⟫
"""),
    ("api/postman/Emberline-Live.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",  ⟪environment id⟫
  "name": "Emberline Live",
  "values": [
    {"key": "baseUrl", "value": "https://api.lanternfall.gg", "enabled": true},
    {"key": "postmanApiKey", "value": "«postman:env»", "type": "secret", "enabled": true},  ⟦postman|Postman API key in an environment export⟧
    {"key": "qaPlayerPassword", "value": "«pw:qaplayer»", "type": "secret", "enabled": true},  ⟦password|player account password in an environment export⟧
    {"key": "accessToken", "value": "«jwt:liveops-admin»", "type": "default", "enabled": true}  ⟦jwt|bearer JWT saved in an environment⟧
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-11-18T16:02:11.511Z"
}
"""),
    ("deploy/certs/presence-tls.key", r"""
«pem:pkcs1:rsatls»  ⟦private-key|RSA private key (PKCS#1)⟧
"""),
    ("deploy/certs/presence-tls.crt", r"""
«cert:eccert:presence.lanternfall.gg»  ⟪certificate⟫
"""),
    ("deploy/certs/patch-signing.pub.pem", r"""
«pubpem:edpatch»  ⟪public key PEM⟫
"""),
    ("tools/ci/github-app-lanternfall-bot.pem", r"""
«pem:pkcs1:rsaghapp»  ⟦private-key|GitHub App private key⟧
"""),
    ("services/gatekeeper/.env.staging", r"""
STAGE=staging
AZURE_TENANT_ID=«uuid:aztenant»  ⟪tenant id⟫
AZURE_CLIENT_ID=«uuid:azclient»  ⟪client id⟫
AZURE_CLIENT_SECRET=«azad:xbl»  ⟦azure-ad|Entra ID client secret for Xbox Live⟧
OKTA_ORG_URL=https://lanternfall.okta.com
OKTA_API_TOKEN=«okta:gatekeeper»  ⟦okta|Okta API token⟧
"""),
    ("services/crashdesk/config/xbox-dumps.json", r"""
{
  "xboxCrashStorage": {
    "connectionString": "«azconn:xboxdumps»",  ⟦azure-key|Azure storage connection string with AccountKey⟧
    "container": "xbox-crash-dumps",
    "readOnlySasUrl": "https://lanternfallxboxdumps.blob.core.windows.net/xbox-crash-dumps?«azsas:xboxdumps»"  ⟦azure-sas|SAS URL with signature⟧
  },
  "retentionDays": 90
}
"""),
    ("services/support-sync/config.yml", r"""
jira:
  base_url: https://lanternfall.atlassian.net
  email: support-sync@lanternfall.gg
  api_token: «atl:supportsync»  ⟦atlassian|Atlassian API token⟧
  project: SUP
zendesk:
  subdomain: lanternfall
  email: support-sync@lanternfall.gg
  token: ${ZENDESK_TOKEN}  ⟪env reference⟫
"""),
    ("tools/qa/qa_accounts.csv", r"""
email,password,env,platform,notes
lf_qa_01@lanternfall.gg,«pw:qa01»,staging,steam,party lead  ⟦password|shared QA account password in a CSV⟧
lf_qa_02@lanternfall.gg,<reset pending>,staging,epic,  ⟪placeholder⟫
lf_qa_03@lanternfall.gg,(SSO),staging,xbox,uses the devkit sandbox
"""),
    ("services/telemetry/pyproject.toml", r"""
[project]
name = "telemetry-ingest"
version = "3.4.0"
requires-python = ">=3.12"
dependencies = ["pydantic-settings>=2.5", "boto3>=1.35", "redis>=5.1"]

[[tool.uv.index]]
name = "lanternfall"
url = "https://__token__:«pypi:uvindex»@pypi.org/simple"  ⟦pypi|PyPI token in an index URL⟧

[tool.pytest.ini_options]
testpaths = ["tests"]
"""),
    ("services/telemetry/uv.lock", r"""
version = 1
requires-python = ">=3.12"

[[package]]
name = "boto3"
version = "1.35.54"
source = { registry = "https://pypi.org/simple" }
sdist = { url = "https://files.pythonhosted.org/packages/boto3-1.35.54.tar.gz", hash = "sha256:«sha256:uvboto»", size = 111233 }  ⟪lock hash⟫
wheels = [
    { url = "https://files.pythonhosted.org/packages/boto3-1.35.54-py3-none-any.whl", hash = "sha256:«sha256:uvboto2»", size = 139160 },  ⟪lock hash⟫
]
"""),
    ("apps/web-store/public/index.html", r"""
<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="script-src 'self' 'nonce-«b64k:16-cspnonce»'">  ⟪CSP nonce⟫
  <script src="https://js.stripe.com/v3/" integrity="sha384-«b64k:48-sri384»" crossorigin="anonymous"></script>  ⟪SRI hash⟫
  <title>Emberline Store</title>
</head>
<body><div id="root"></div></body>
</html>
"""),
    ("services/community-bot/src/sms.ts", r"""
import twilio from 'twilio';

// SMS for tournament check-in (EU and NA numbers)
const ACCOUNT_SID = '«twac:sms»';  ⟪Twilio account SID, an identifier⟫
const AUTH_TOKEN = '«hex:32-twauth»';  ⟦twilio|Twilio auth token in code⟧
const API_KEY_SID = '«twsk:sms»';  ⟪Twilio API key SID, an identifier⟫
const API_KEY_SECRET = '«b62:32-twkeysecret»';  ⟦twilio|Twilio API key secret⟧

export const sms = twilio(API_KEY_SID, API_KEY_SECRET, { accountSid: ACCOUNT_SID });
export const legacy = twilio(ACCOUNT_SID, AUTH_TOKEN);
"""),
    ("apps/merch-shop/.env", r"""
# Shopify custom app for merch.lanternfall.gg
SHOPIFY_API_KEY=«hex:32-shopifyclient»  ⟪Shopify app API key (client id), public⟫
SHOPIFY_API_SECRET=«lit:shpss_»«hex:32-shpss»  ⟦shopify|Shopify app shared secret⟧
SHOPIFY_ADMIN_ACCESS_TOKEN=«shpat:merch»  ⟦shopify|Shopify Admin API access token⟧
SHOPIFY_STORE_DOMAIN=lanternfall-merch.myshopify.com
SCOPES=read_products,write_orders
"""),
    ("apps/launcher/.npmrc", r"""
@lanternfall:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:launchernpmrc»  ⟦npm|npm token in a committed .npmrc⟧
engine-strict=true
"""),
    ("tools/crash/.env", r"""
# local runs of triage.py against the live crash bucket
AWS_ACCESS_KEY_ID=«akid:triageenv»  ⟦aws-key-id|key ID in a .env⟧
AWS_SECRET_ACCESS_KEY=«awssec:triageenv»  ⟦aws-secret|secret in a .env⟧
AWS_REGION=us-west-2
CRASH_BUCKET=lf-crash-dumps-472913860254
"""),
    ("tools/slack/export_channel.py", r"""
# Export a Slack channel to JSON for the incident archive (needs a user token: bots cannot read the
# history of channels they are not in).
import json
import sys

from slack_sdk import WebClient

client = WebClient(token="«xoxp:exporter»")  ⟦slack|Slack user token in a script⟧


def export(channel: str) -> None:
    msgs = client.conversations_history(channel=channel, limit=1000)["messages"]
    json.dump(msgs, sys.stdout, indent=2)
"""),
    ("game/Config/DefaultCrypto.ini", r"""
[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=«b64k:32-pakkey»  ⟦app-secret|Unreal pak encryption key⟧
bEnablePakSigning=True
SigningPublicExponent=AQAB
SigningModulus=«b64k:256-pakmod»  ⟪RSA modulus, the public half⟫
SigningPrivateExponent=«b64k:256-pakpriv»  ⟦app-secret|Unreal pak signing private exponent⟧
bEncryptPakIniFiles=True
bEncryptPakIndex=True
bEncryptUAssetFiles=False
SecondaryEncryptionKeys=()
"""),
    ("unity/Companion/ProjectSettings/ProjectSettings.asset", r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: «hex:32-unityproduct»  ⟪product GUID⟫
  companyName: Lanternfall Interactive
  productName: Emberline Companion
  AndroidKeystoreName: '{inproject}: keys/companion-release.jks'
  AndroidKeyaliasName: companion-release
  cloudProjectId: «uuid:unitycloud»  ⟪Unity cloud project id⟫
  projectName: emberline-companion
  organizationId: lanternfall
  vrSettings:
    enable360StereoCapture: 0
"""),
    ("services/gatekeeper/testdata/jwks.json", r"""
{
  "keys": [
    {
      "kty": "RSA",
      "kid": "«b64k:32-jwkkid»",  ⟪key id⟫
      "use": "sig",
      "alg": "RS256",
      "e": "AQAB",
      "n": "«urlsafe:256-jwkn»"  ⟪RSA public modulus⟫
    }
  ]
}
"""),
    ("services/presence/test/support/fixtures.exs", r"""
defmodule Presence.Fixtures do
  @moduledoc "Values for ExUnit only; none of these reach a running node."

  def signing_key, do: "test-vivox-signing-key-not-real"  ⟪test value⟫
  def player_token, do: "SFMyNTY.g2gDbQAAAAl0ZXN0LXVzZXJuBgD.fixture"  ⟪test Phoenix token⟫
  def redis_url, do: "redis://localhost:6379/15"
end
"""),
]
