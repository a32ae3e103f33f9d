"""fresh23 templates, application configuration and code (Halverine Interactive): the hearth player platform
(Spring, Java), lodestar matchmaking (Go, Rust, TOML), quartermaster store services (TypeScript, Python, C#),
the web shop (Next.js), the community site (Discourse, WordPress), Discord and Twitch bots, the game clients'
and servers' Unreal and Unity configuration, ad-network and marketing reporting, telemetry, voice, anti-cheat,
player support, localisation tools, analytics (dbt, a notebook).
Markers: render.py and README.md."""

FILES = [
    ("services/hearth/src/main/resources/application-live.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://hearth.cluster-c9v1xk2m7qd4.us-east-1.rds.amazonaws.com:5432/hearth
    username: hearth_app
    password: «pwx:hearthdb»  ⟦password|Spring datasource password⟧
  data:
    redis:
      host: master.hearth-sessions.q7m2xk.use1.cache.amazonaws.com
      password: ${REDIS_AUTH_TOKEN}  ⟪Spring placeholder⟫
hearth:
  jwt:
    issuer: https://id.halverine.games
    secret: «b64k:48-hearthjwt»  ⟦app-secret|JWT signing secret in Spring YAML⟧
  steam:
    app-ids: [1842270, 2215640]
    web-api-key: ${STEAM_PUBLISHER_KEY}  ⟪Spring placeholder⟫
  eos:
    client-id: «eoscid:friends»  ⟪EOS client id⟫
"""),
    ("services/hearth/src/main/resources/application.properties", r"""
server.port=8080
management.endpoints.web.exposure.include=health,info,prometheus
hearth.twilio.account-sid=«twac:hearth»
hearth.twilio.auth-token=«hex:32-twilioauth»  ⟦twilio|Twilio auth token in properties⟧
hearth.twilio.verify-service=VA«hex:32-twverify»  ⟪Twilio Verify service SID⟫
hearth.mail.smtp.username=«akid:hearthses»  ⟦aws-key-id|SES SMTP user (a key id) in properties⟧
hearth.mail.smtp.password=«sesv4:hearthses»  ⟦aws-ses-smtp|SES SMTP password in properties⟧
"""),
    ("services/hearth/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:hearth
    username: sa
    password: ""  ⟪empty value⟫
hearth:
  jwt:
    secret: test-secret-for-unit-tests-only-000000000000  ⟪test-marked value in a test path⟫
  steam:
    web-api-key: 00000000000000000000000000000000  ⟪all-zero test key⟫
"""),
    ("services/hearth/src/main/java/games/halverine/hearth/steam/SteamTicketValidator.java", r"""
package games.halverine.hearth.steam;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;

public final class SteamTicketValidator {
    // TODO(HVI-3120): move to Secrets Manager before the Tidefall PC launch
    private static final String PUBLISHER_KEY = "«steamkey:publisher»";  ⟦app-secret|Steam publisher key hard-coded in Java⟧
    private static final String PARTNER_HOST = "https://partner.steam-api.com";

    private final HttpClient http = HttpClient.newHttpClient();

    public HttpRequest authenticateUserTicket(int appId, String ticketHex) {
        String url = PARTNER_HOST + "/ISteamUserAuth/AuthenticateUserTicket/v1/?key=" + PUBLISHER_KEY
                + "&appid=" + appId + "&ticket=" + ticketHex;
        return HttpRequest.newBuilder(URI.create(url)).GET().build();
    }
}
"""),
    ("services/lodestar/config/live.toml", r"""
[server]
listen = "0.0.0.0:7000"
region = "us-east-1"

[redis]
url = "rediss://master.lodestar.q7m2xk.use1.cache.amazonaws.com:6379"
password = "«pwr:lodestarredis»"  ⟦password|Redis password in TOML⟧

[vivox]
issuer = "halverine-ironbloom-live"
domain = "mtu1xp.vivox.com"
token_key = "«vivox:live»"  ⟦app-secret|Vivox token key in TOML⟧
token_ttl_secs = 90

[gamelift]
queue = "arn:aws:gamelift:us-east-1:418273650921:gamesessionqueue/ironbloom-live"
"""),
    ("services/lodestar/internal/config/config.go", r"""
package config

import "os"

type Config struct {
	RedisAddr     string
	RedisPassword string
	VivoxKey      string
	AllocatorURL  string
}

func Load() Config {
	c := Config{
		RedisAddr:     getenv("REDIS_ADDR", "localhost:6379"),
		RedisPassword: os.Getenv("REDIS_PASSWORD"),  ⟪os.Getenv⟫
		VivoxKey:      getenv("VIVOX_TOKEN_KEY", "«vivox:stage»"),  ⟦app-secret|Vivox key as a Go getenv fallback⟧
		AllocatorURL:  "https://allocator.agones.halverine.net:443",
	}
	return c
}

func getenv(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}
"""),
    ("services/lodestar/src/party.rs", r"""
use redis::Client;

// party service (Rust rewrite, Krakow); staging only until HVI-3388
const PARTY_REDIS: &str = "redis://:«pwr:partyredis»@party-stage.q7m2xk.use1.cache.amazonaws.com:6379/2";  ⟦conn-string|Redis URL with a password in Rust⟧
const INVITE_TTL: usize = 300;

pub fn client() -> redis::RedisResult<Client> {
    Client::open(std::env::var("PARTY_REDIS_URL").unwrap_or_else(|_| PARTY_REDIS.to_string()))
}
"""),
    ("services/quartermaster/src/steam.ts", r"""
import fetch from 'node-fetch';

const STEAM_KEY = process.env.STEAM_PUBLISHER_KEY ?? '«steamkey:publisher»';  ⟦app-secret|Steam publisher key as a TypeScript fallback⟧
const APP_ID = 1842270;

export async function finalizeTxn(orderId: string) {
  const body = new URLSearchParams({ key: STEAM_KEY, orderid: orderId, appid: String(APP_ID) });
  return fetch('https://partner.steam-api.com/ISteamMicroTxn/FinalizeTxn/v2/', { method: 'POST', body });
}
"""),
    ("services/quartermaster/src/xsolla.py", r"""
import hashlib
import hmac
import os

PROJECT_ID = 280931
WEBHOOK_SECRET = os.environ.get("XSOLLA_WEBHOOK_SECRET", "«b62:32-xsollahook»")  ⟦app-secret|Xsolla webhook secret as a Python default⟧


def verify(body: bytes, authorization: str) -> bool:
    expected = hashlib.sha1(body + WEBHOOK_SECRET.encode()).hexdigest()
    return hmac.compare_digest(authorization.removeprefix("Signature "), expected)
"""),
    ("services/quartermaster/tests/test_xsolla.py", r"""
from quartermaster import xsolla


def test_signature_roundtrip(monkeypatch):
    monkeypatch.setattr(xsolla, "WEBHOOK_SECRET", "test-webhook-secret-not-real")  ⟪test-marked value in a test path⟫
    body = b'{"notification_type":"user_validation"}'
    assert not xsolla.verify(body, "Signature 0000000000000000000000000000000000000000")
"""),
    ("services/quartermaster/src/Psn/PsnClient.cs", r"""
using System.Net.Http.Headers;
using System.Text;

namespace Quartermaster.Psn;

public sealed class PsnClient
{
    private const string ClientId = "«uuid:psnclient»";
    private const string ClientSecret = "«b62:32-psnsecret»";  ⟦app-secret|PSN client secret as a C# constant⟧
    private const string TokenUrl = "https://auth.api.sonyentertainmentnetwork.com/2.0/oauth/token";

    public AuthenticationHeaderValue BasicHeader() =>
        new("Basic", Convert.ToBase64String(Encoding.ASCII.GetBytes($"{ClientId}:{ClientSecret}")));
}
"""),
    ("services/quartermaster/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Entitlements": "Server=qm-sql.c1x8md2kq7vz.us-east-1.rds.amazonaws.com;Database=Entitlements;User Id=qm_app;Password=«pwx:qmsql»;Encrypt=True"  ⟦conn-string|SQL Server connection string with a password⟧
  },
  "Xbox": {
    "TenantId": "«uuid:entratenant»",
    "ClientId": "«uuid:xboxapp»",
    "ClientSecret": "«azad:xboxcollections»",  ⟦azure-ad|Entra client secret in appsettings⟧
    "Sandbox": "RETAIL"
  },
  "Nintendo": {
    "CertificatePath": "certs/tidefall-s2s.pfx",
    "CertificatePassword": "«pwr:nsopfx»"  ⟦password|Nintendo server certificate PFX password in appsettings⟧
  }
}
"""),
    ("services/webshop/.env.production", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=«pk:webshop»  ⟪Stripe publishable key⟫
STRIPE_SECRET_KEY=«sk:webshop»  ⟦stripe|Stripe live secret key in .env.production⟧
NEXTAUTH_URL=https://store.halverine.games
NEXTAUTH_SECRET=«b64k:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
DATABASE_URL=postgresql://webshop:«pct:pwc:webshopdb»@webshop.c2v7kx1m9qd3.us-east-1.rds.amazonaws.com:5432/webshop  ⟦conn-string|database URL with a password⟧
NEXT_PUBLIC_XSOLLA_PROJECT_ID=«num:6-xsproject»
"""),
    ("services/webshop/.env.example", r"""
NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY=pk_live_...
STRIPE_SECRET_KEY=sk_live_REPLACE_ME  ⟪placeholder⟫
NEXTAUTH_SECRET=<generate with: openssl rand -base64 32>  ⟪placeholder⟫
DATABASE_URL=postgresql://webshop:password@localhost:5432/webshop  ⟪placeholder URL⟫
XSOLLA_API_KEY=your-xsolla-api-key  ⟪placeholder⟫
"""),
    ("services/webshop/next.config.js", r"""
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  env: {
    NEXT_PUBLIC_FIREBASE_API_KEY: '«aiza:webshop»',  ⟪Firebase web key, public⟫
    NEXT_PUBLIC_RECAPTCHA_SITE_KEY: '6L«b62:38-recaptcha»',  ⟪reCAPTCHA site key⟫
    NEXT_PUBLIC_SENTRY_DSN: '«sentrynew:webshop»',  ⟪modern Sentry DSN⟫
  },
  images: { domains: ['cdn.halverine.games'] },
};
"""),
    ("services/webshop/pages/api/xsolla-token.ts", r"""
import type { NextApiRequest, NextApiResponse } from 'next';

const MERCHANT = «num:6-xsmerchant»;
const API_KEY = '«xsolla:webshop»';  ⟦app-secret|Xsolla API key in a Next.js API route⟧

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  const auth = Buffer.from(`${MERCHANT}:${API_KEY}`).toString('base64');
  const r = await fetch(`https://api.xsolla.com/merchant/v2/merchants/${MERCHANT}/token`, {
    method: 'POST',
    headers: { Authorization: `Basic ${auth}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: { value: req.body.playerId } } }),
  });
  res.status(r.status).json(await r.json());
}
"""),
    ("services/webshop/package-lock.json", r"""
{
  "name": "webshop",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "14.2.5",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.5.tgz",
      "integrity": "«sri:next»"  ⟪lock-file integrity hash⟫
    },
    "node_modules/stripe": {
      "version": "16.2.0",
      "resolved": "https://registry.npmjs.org/stripe/-/stripe-16.2.0.tgz",
      "integrity": "«sri:stripe»"  ⟪lock-file integrity hash⟫
    }
  }
}
"""),
    ("services/community/discourse/containers/app.yml", r"""
templates:
  - "templates/postgres.template.yml"
  - "templates/redis.template.yml"
  - "templates/web.template.yml"
  - "templates/web.ssl.template.yml"
expose:
  - "80:80"
  - "443:443"
env:
  LANG: en_US.UTF-8
  DISCOURSE_HOSTNAME: forums.halverine.games
  DISCOURSE_DEVELOPER_EMAILS: 'community-ops@halverine.games'
  DISCOURSE_SMTP_ADDRESS: email-smtp.us-east-1.amazonaws.com
  DISCOURSE_SMTP_PORT: 587
  DISCOURSE_SMTP_USER_NAME: «akid:forumsmtp»  ⟦aws-key-id|SES SMTP user (a key id) in Discourse app.yml⟧
  DISCOURSE_SMTP_PASSWORD: "«sesv4:forumsmtp»"  ⟦aws-ses-smtp|SES SMTP password in Discourse app.yml⟧
  DISCOURSE_DB_PASSWORD: «pp:forumsdb»  ⟦password|Discourse DB password⟧
  DISCOURSE_MAXMIND_LICENSE_KEY: «b62:16-maxmind»_mmk  ⟦app-secret|MaxMind licence key in Discourse app.yml⟧
"""),
    ("services/community/devblog/wp-config.php", r"""
<?php
define( 'DB_NAME', 'devblog' );
define( 'DB_USER', 'devblog' );
define( 'DB_PASSWORD', '«pwn:devblogdb»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'devblog.c2v7kx1m9qd3.us-east-1.rds.amazonaws.com' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'WP_DEBUG', false );
$table_prefix = 'hvi_';
require_once ABSPATH . 'wp-settings.php';
"""),
    ("bots/heralds/config.json", r"""
{
  "applicationId": "«snowflake:heraldsapp»",
  "guildId": "«snowflake:guild»",
  "token": "«discord:heralds»",  ⟦discord|Discord bot token in a bot config.json⟧
  "publicKey": "«hex:64-discordpub»",  ⟪Discord interactions public key⟫
  "statusChannel": "«snowflake:statuschan»",
  "hearth": {"url": "https://hearth.internal.halverine.games", "apiKey": "«b62:40-heraldshearth»"}  ⟦app-secret|platform API key in a bot config⟧
}
"""),
    ("bots/heralds/link.py", r"""
import os

import discord
from discord.ext import commands

CLIENT_ID = "«snowflake:heraldsapp»"
CLIENT_SECRET = "«b62:32-discordoauth»"  ⟦app-secret|Discord OAuth2 client secret in Python⟧
REDIRECT = "https://link.halverine.games/discord/callback"

bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())

if __name__ == "__main__":
    bot.run(os.environ["DISCORD_BOT_TOKEN"])  ⟪os.environ⟫
"""),
    ("bots/twitch-chatbot/.env", r"""
TWITCH_USERNAME=halverine_bot
TWITCH_OAUTH=oauth:«twitchsec:chatbot»  ⟦app-secret|Twitch chat OAuth token in .env⟧
TWITCH_CHANNELS=halverine,ironbloomgame
TWITCH_CLIENT_ID=«twitchsec:chatbotid»  ⟪Twitch client id⟫
"""),
    ("bots/twitch-chatbot/index.js", r"""
const tmi = require('tmi.js');

const client = new tmi.Client({
  identity: {
    username: 'halverine_bot',
    password: 'oauth:«twitchsec:chatbot»',  ⟦app-secret|Twitch chat OAuth token in tmi.js options⟧
  },
  channels: ['halverine', 'ironbloomgame'],
});

client.on('message', (channel, tags, message, self) => {
  if (self) return;
  if (message.toLowerCase() === '!patch') client.say(channel, 'Patch notes: https://ironbloom.gg/patch');
});

client.connect();
"""),
    ("game/Ironbloom/Config/DefaultEngine.ini", r"""
[/Script/EngineSettings.GameMapsSettings]
GameDefaultMap=/Game/Maps/Frontend
ServerDefaultMap=/Game/Maps/Lobby

[OnlineSubsystem]
DefaultPlatformService=EOS

[OnlineSubsystemSteam]
bEnabled=true
SteamDevAppId=1842270  ⟪Steam app id⟫

[/Script/OnlineSubsystemEOS.EOSSettings]
DefaultArtifactName=IronbloomLive
+Artifacts=(ArtifactName="IronbloomLive",ClientId="«eoscid:ibclient»",ClientSecret="«eossec:ibclient»",ProductId="«eosid:product»",SandboxId="«eosid:sandboxlive»",DeploymentId="«eosid:deploylive»",EncryptionKey="«hex:64-eosenc»")  ⟦?app-secret|EOS GameClient-policy secret and storage key, shipped in the client by design⟧

[StorageServers]
Cloud=(Host="https://ddc.halverine.net", Namespace="ironbloom", OAuthProvider="https://halverine.okta.com/oauth2/default/v1/token", OAuthClientId="0oa«b62:17-ddcclient»", OAuthSecret="«ibauth:clouddc»", OAuthScope="cache_access")  ⟦app-secret|Unreal Cloud DDC OAuth secret in DefaultEngine.ini⟧

[/Script/Sentry.SentrySettings]
Dsn="«sentrynew:ironbloom»"  ⟪modern Sentry DSN⟫
"""),
    ("game/Ironbloom/Config/DefaultCrypto.ini", r"""
[/Script/CryptoKeys.CryptoKeysSettings]
EncryptionKey=«b64k:32-pakkey»  ⟦app-secret|Unreal pak AES-256 encryption key⟧
bEnablePakSigning=True
SigningPublicExponent=AQAB
SigningModulus=«b64k:256-pakmod»  ⟪RSA modulus (public)⟫
SigningPrivateExponent=«b64k:256-pakpriv»  ⟦app-secret|Unreal pak signing private exponent⟧
bEncryptPakIniFiles=True
bEncryptPakIndex=True
bEncryptUAssetFiles=False
"""),
    ("game/Ironbloom/Config/DedicatedServer/DedicatedServerEngine.ini", r"""
[/Script/OnlineSubsystemEOS.EOSSettings]
DefaultArtifactName=IronbloomLiveServer
+Artifacts=(ArtifactName="IronbloomLiveServer",ClientId="«eoscid:ibserver»",ClientSecret="«eossec:ibserver»",ProductId="«eosid:product»",SandboxId="«eosid:sandboxlive»",DeploymentId="«eosid:deploylive»",EncryptionKey="")  ⟦app-secret|EOS dedicated-server client secret in server ini⟧

[/Script/Ironbloom.IBServerSettings]
HearthUrl=https://hearth.internal.halverine.games
HearthServerToken=«b62:48-gshearth»  ⟦app-secret|server-to-platform token in server ini⟧
"""),
    ("game/Ironbloom/Saved/Config/LinuxServer/Game.ini", r"""
[/Script/Ironbloom.IBGameSession]
MaxPlayers=36
ServerName=Ironbloom Playtest EU #3
ServerPassword=«rconpw:playtesteu»  ⟦password|private playtest server join password⟧
AdminPassword=«pwc:ibadmin»  ⟦password|server admin password in Game.ini⟧
bUseBattlEye=True
"""),
    ("game/Ironbloom/Build/BattlEye/BEServer_x64.cfg", r"""
RConPassword «rconpw:battleyelive»  ⟦password|BattlEye RConPassword⟧
RConPort 2306
MaxPing 250
"""),
    ("game/Tidefall/Assets/PlayFabSdk/Shared/Public/Resources/PlayFabSharedSettings.asset", r"""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!114 &11400000
MonoBehaviour:
  m_ObjectHideFlags: 0
  m_Name: PlayFabSharedSettings
  m_EditorClassIdentifier:
  TitleId: «playfabtitle:tidefall»  ⟪PlayFab title id⟫
  DeveloperSecretKey: «playfab:tidefall»  ⟦app-secret|PlayFab developer secret key in a Unity asset⟧
  ProductionEnvironmentUrl:
  RequestType: 0
  RequestTimeout: 2000
"""),
    ("game/Tidefall/Assets/Editor/AndroidBuild.cs", r"""
using UnityEditor;

public static class AndroidBuild
{
    [MenuItem("Halverine/Build/Android Release")]
    public static void Release()
    {
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = "Keystores/tidefall-upload.keystore";
        PlayerSettings.Android.keystorePass = "«pwl:tfkeystore»";  ⟦password|Android keystore password in a Unity editor script⟧
        PlayerSettings.Android.keyaliasName = "upload";
        PlayerSettings.Android.keyaliasPass = "«pwl:tfkeystore»";  ⟦password|Android key alias password in a Unity editor script⟧
        BuildPipeline.BuildPlayer(EditorBuildSettings.scenes, "Builds/Tidefall.aab", BuildTarget.Android, BuildOptions.None);
    }
}
"""),
    ("game/Tidefall/Packages/manifest.json", r"""
{
  "scopedRegistries": [
    {
      "name": "Halverine",
      "url": "https://npm.halverine.net",
      "scopes": ["games.halverine"]
    }
  ],
  "dependencies": {
    "com.unity.services.vivox": "16.4.0",
    "com.playfab.sdk": "2.199.240702",
    "games.halverine.telemetry": "3.2.1"
  }
}
"""),
    ("game/Tidefall/Assets/StreamingAssets/ads_config.json", r"""
{
  "ironsource_app_key": "«hex:9-isappkey»",  ⟪ironSource app key, shipped in the client⟫
  "applovin_sdk_key": "«applovin:sdk»",  ⟪AppLovin SDK key, shipped in the client⟫
  "appsflyer_dev_key": "«b62:22-afdev»",  ⟪AppsFlyer dev key, shipped in the client⟫
  "adjust_app_token": "«lo:12-adjust»",  ⟪Adjust app token⟫
  "unity_ads_game_id": "«num:7-unityads»",  ⟪Unity Ads game id⟫
  "facebook_app_id": "«num:16-fbapp»",  ⟪Facebook app id⟫
  "gameanalytics_game_key": "«gamekey:tidefall»"  ⟪GameAnalytics game key⟫
}
"""),
    ("game/Tidefall/Assets/Scripts/Analytics/GameAnalyticsBoot.cs", r"""
using GameAnalyticsSDK;
using UnityEngine;

public class GameAnalyticsBoot : MonoBehaviour
{
    // keys from the GA dashboard (Tidefall / Android); the secret must not ship - see HVI-2904
    const string GameKey = "«gamekey:tidefall»";
    const string SecretKey = "«hex:40-gatidefall»";  ⟦app-secret|GameAnalytics secret key in a client script⟧

    void Awake()
    {
        GameAnalytics.SettingsGA.AddGameKey(RuntimePlatform.Android, GameKey, SecretKey);
        GameAnalytics.Initialize();
    }
}
"""),
    ("services/ads-reporting/config.yaml", r"""
applovin:
  report_key: «applovin:report»  ⟦app-secret|AppLovin report key in a server config⟧
  sdk_key: «applovin:sdk»  ⟪AppLovin SDK key (client)⟫
facebook:
  app_id: "«num:16-fbapp»"
  app_secret: «hex:32-fbsecret»  ⟦app-secret|Facebook app secret in a server config⟧
google_ads:
  developer_token: «gadsdev:reporting»  ⟦app-secret|Google Ads developer token⟧
  client_id: «num:12-gadsclient»-«lo:32-gadsclient».apps.googleusercontent.com
  client_secret: «gocspx:gads»  ⟦app-secret|Google OAuth client secret for Google Ads⟧
  refresh_token: «gapps:gads»  ⟦app-secret|Google OAuth refresh token for Google Ads⟧
  login_customer_id: "«num:10-gadscust»"
appsflyer:
  api_token_v2: «jwt:appsflyer»  ⟦jwt|AppsFlyer API V2 token (a JWT)⟧
"""),
    ("services/ads-reporting/pull_ironsource.py", r"""
import base64

import requests

SECRET_KEY = "«hex:32-issecret»"  ⟦app-secret|ironSource reporting secret key in Python⟧
REFRESH_TOKEN = "«hex:32-isrefresh»"  ⟦app-secret|ironSource reporting refresh token in Python⟧


def bearer() -> str:
    r = requests.get("https://platform.ironsrc.com/partners/publisher/auth",
                     headers={"secretkey": SECRET_KEY, "refreshToken": REFRESH_TOKEN}, timeout=30)
    r.raise_for_status()
    return r.text.strip('"')
"""),
    ("services/telemetry/beacon-ingest.yaml", r"""
ingest:
  listen: :8443
  max_batch: 500
  allowed_game_keys:
    - «gamekey:ironbloom»
    - «gamekey:tidefall»
kinesis:
  stream: beacon-events
  region: us-east-1
amplitude:
  api_key: «hex:32-amplitudekey»  ⟪Amplitude project API key (public)⟫
  secret_key: «hex:32-amplitudesecret»  ⟦app-secret|Amplitude secret key⟧
snowflake:
  account: hvi-analytics
  user: BEACON_LOADER
  password: «snowpw:beacon»  ⟦password|Snowflake password in an ingest config⟧
"""),
    ("services/voice/vivox_token.py", r"""
import base64
import hashlib
import hmac
import json
import time

VIVOX_ISSUER = "halverine-tidefall-live"
VIVOX_DOMAIN = "mt1s.vivox.com"
VIVOX_KEY = "«vivox:tidefall»"  ⟦app-secret|Vivox token-signing key in Python⟧


def token(action: str, user: str, channel: str) -> str:
    claims = {"iss": VIVOX_ISSUER, "exp": int(time.time()) + 90, "vxa": action, "vxi": 1,
              "f": f"sip:.{VIVOX_ISSUER}.{user}.@{VIVOX_DOMAIN}", "t": f"sip:confctl-g-{VIVOX_ISSUER}.{channel}@{VIVOX_DOMAIN}"}
    payload = "e30." + base64.urlsafe_b64encode(json.dumps(claims).encode()).decode().rstrip("=")
    sig = hmac.new(VIVOX_KEY.encode(), payload.encode(), hashlib.sha256).digest()
    return payload + "." + base64.urlsafe_b64encode(sig).decode().rstrip("=")
"""),
    ("services/anticheat/lookout.env", r"""
LOOKOUT_REGION=us-east-1
EAC_CLIENT_ID=«eoscid:eac»
EAC_CLIENT_SECRET=«eossec:eac»  ⟦app-secret|EOS anti-cheat client secret in an env file⟧
BATTLEYE_API_KEY=«b62:32-beapi»  ⟦app-secret|BattlEye ban API key in an env file⟧
SPLUNK_HEC_TOKEN=«uuid:splunkhec»  ⟦app-secret|Splunk HEC token in an env file⟧
LOOKOUT_DB_URL=postgresql://lookout@lookout.c9v1xk2m7qd4.us-east-1.rds.amazonaws.com/lookout  ⟪URL without password⟫
"""),
    ("services/player-support/ai_triage.py", r"""
import anthropic

client = anthropic.Anthropic(api_key="«ant:triage»")  ⟦anthropic|Anthropic key hard-coded in Python⟧

PROMPT = "Classify this player ticket: account recovery, refund, ban appeal, bug, harassment, other."


def classify(text: str) -> str:
    msg = client.messages.create(model="claude-3-5-haiku-latest", max_tokens=20,
                                 messages=[{"role": "user", "content": PROMPT + "\n\n" + text}])
    return msg.content[0].text.strip()
"""),
    ("services/player-support/zendesk.yml", r"""
zendesk:
  subdomain: halverine
  email: support-automation@halverine.games
  token: «zendesk:automation»  ⟦app-secret|Zendesk API token in YAML⟧
  brand_ids: [«num:12-zdbrand1», «num:12-zdbrand2»]
helpshift:
  domain: halverine
  api_key: «b62:36-helpshift»  ⟦app-secret|Helpshift API key⟧
freshdesk:
  domain: halverine-kr
  api_key: ${FRESHDESK_API_KEY}  ⟪${VAR}⟫
"""),
    ("tools/localisation/crowdin.yml", r"""
"project_id": "«num:6-crowdinproj»"
"api_token": "«crowdin:cli»"  ⟦app-secret|Crowdin personal token in crowdin.yml⟧
"base_path": "."
"base_url": "https://halverine.api.crowdin.com"
"preserve_hierarchy": true
"files": [
  {
    "source": "/Content/Localization/Game/en/*.po",
    "translation": "/Content/Localization/Game/%two_letters_code%/%original_file_name%"
  }
]
"""),
    ("tools/localisation/.phrase.yml", r"""
phrase:
  access_token: «hex:64-phrase»  ⟦app-secret|Phrase access token in .phrase.yml⟧
  project_id: «hex:32-phraseproj»  ⟪Phrase project id⟫
  file_format: i18next
  push:
    sources:
      - file: ./webshop/locales/en/<tag>.json
"""),
    ("tools/localisation/LocSync/appsettings.json", r"""
{
  "Lokalise": {"ProjectId": "«num:9-lokproj».«hex:8-lokproj»", "ApiToken": "«hex:40-lokalise»"},  ⟦app-secret|Lokalise token in appsettings⟧
  "Xtm": {"BaseUrl": "https://xtm.lingoforge.eu/project-manager-api-rest", "Client": "halverine", "User": "hvi_api", "Password": "«pwn:xtmapi»"},  ⟦password|XTM API password in appsettings⟧
  "Perforce": {"Port": "ssl:p4.halverine.net:1666", "User": "svc-locsync", "Password": "«pwx:p4locsync»"}  ⟦password|Perforce password in appsettings⟧
}
"""),
    ("tools/shotgrid/sg_publish.py", r"""
import shotgun_api3

SG_URL = "https://halverine.shotgrid.autodesk.com"
SCRIPT_NAME = "publish_cinematics"
SCRIPT_KEY = "«shotgrid:publish»"  ⟦app-secret|ShotGrid script key in Python⟧

sg = shotgun_api3.Shotgun(SG_URL, script_name=SCRIPT_NAME, api_key=SCRIPT_KEY)


def publish(shot_code: str, path: str) -> dict:
    shot = sg.find_one("Shot", [["code", "is", shot_code]])
    return sg.create("PublishedFile", {"code": path.rsplit("/", 1)[-1], "entity": shot, "path": {"local_path": path}})
"""),
    ("tools/ftrack/ftrack_connect.json", r"""
{
  "server_url": "https://halverine-cine.ftrackapp.com",
  "api_user": "outsource-bridge@halverine.games",
  "api_key": "«uuid:ftrack»",  ⟦app-secret|ftrack API key⟧
  "project": "IB_Cinematics_S8"
}
"""),
    ("tools/qa/qase-sync.ts", r"""
import { QaseApi } from 'qaseio';

const qase = new QaseApi({ token: '«hex:64-qase»' });  ⟦app-secret|Qase API token in TypeScript⟧

export async function pushRun(project: string, results: { case_id: number; status: string }[]) {
  const run = await qase.runs.createRun(project, { title: `nightly ${new Date().toISOString()}` });
  await qase.results.createResultBulk(project, run.data.result!.id!, { results });
}
"""),
    ("services/analytics/dbt/profiles.yml", r"""
beacon:
  target: live
  outputs:
    live:
      type: redshift
      host: beacon.259847316604.us-east-1.redshift-serverless.amazonaws.com
      user: dbt_runner
      password: «pwn:dbtrunner»  ⟦password|dbt profiles.yml password⟧
      dbname: telemetry
      schema: marts
    dev:
      type: redshift
      host: beacon.259847316604.us-east-1.redshift-serverless.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var()⟫
      dbname: telemetry
      schema: dev
"""),
    ("services/analytics/notebooks/retention-s7.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:notebook»', aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-key-id|key pair in a notebook cell⟧
    "obj = s3.get_object(Bucket='hvi-beacon-exports-259847316604', Key='retention/s7.parquet')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("services/economy/tuning/go.sum", r"""
github.com/aws/aws-sdk-go-v2 v1.30.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/aws/aws-sdk-go-v2 v1.30.3/go.mod h1:«b64k:32-gosum2»
github.com/redis/go-redis/v9 v9.6.1 h1:«b64k:32-gosum3»  ⟪go.sum hash⟫
"""),
]
