"""fresh12 templates, application code and config (Brightwater Media): the paywall (Django, Stripe, Braintree,
Adyen, App Store Server API, Stripe CLI), the subscriptions service (Spring), the harbor ad server (Node), drift
recommendations (Python, a notebook, dbt), beacon consumers (Python, Java), the mobile and TV apps (Android
keystore and Gradle, Play service account, iOS xcconfig and .p8, Roku BrightScript and bsconfig, React Native),
the newsroom CMS (wp-config, wire plugins, SMTP mu-plugin, composer auth), player-web, a Go ingest controller,
.NET rundown sync and reconciliation, an Airflow DAG, an R Markdown report, a Play HOCON and a DeepL sync.
Markers: render.py and README.md."""

FILES = [
    ("paywall/paywall/settings/production.py", r"""
from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["paywall.brightwater.tv", "paywall-internal.bwm-media.net"]
SECRET_KEY = "«django:paywall»"  ⟦app-secret|Django SECRET_KEY in production settings⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "paywall.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com",
        "NAME": "paywall",
        "USER": "paywall_app",
        "PASSWORD": "«pwx:paywalldb»",  ⟦password|Django DATABASES password⟧
    }
}

STRIPE_SECRET_KEY = "«sk:paywall»"  ⟦stripe|Stripe live secret key in settings⟧
STRIPE_PUBLISHABLE_KEY = "«pk:paywall»"  ⟪Stripe publishable key⟫
BRAINTREE_MERCHANT_ID = "«lo:16-btmerchant»"  ⟪Braintree merchant id⟫
BRAINTREE_PUBLIC_KEY = "«lo:16-btpublic»"  ⟪Braintree public key (identifier)⟫
BRAINTREE_PRIVATE_KEY = "«hex:32-btprivate»"  ⟦app-secret|Braintree private key⟧
ADYEN_API_KEY = "«adyen:paywall»"  ⟦app-secret|Adyen API key⟧
ADYEN_CLIENT_KEY = "live_«up:32-adyenclient»"  ⟪Adyen client key (public)⟫
"""),
    ("paywall/tests/test_stripe_webhooks.py", r"""
import pytest

from paywall.webhooks import verify_stripe

STRIPE_KEY = "«docs:stripetest»"  ⟪test-marked Stripe key in a test file⟫
WEBHOOK_SECRET = "whsec_test_secret_for_unit_tests_only"  ⟪test-marked webhook secret⟫


@pytest.mark.parametrize("tolerance", [0, 300])
def test_rejects_bad_signature(tolerance):
    with pytest.raises(ValueError):
        verify_stripe(b"{}", "t=1,v1=deadbeef", WEBHOOK_SECRET, tolerance=tolerance)
"""),
    ("paywall/billing/appstore_server.py", r"""
from appstoreserverlibrary.api_client import AppStoreServerAPIClient
from appstoreserverlibrary.models.Environment import Environment

KEY_ID = "«appid:asskey»"  ⟪App Store Server API key id⟫
ISSUER_ID = "«uuid:ascissuer»"  ⟪issuer id⟫
BUNDLE_ID = "tv.brightwater.plus"

# TODO(oskar): load from Secrets Manager before GA
PRIVATE_KEY = b'''«pem:pkcs8:ecappstore»'''  ⟦private-key|App Store Server API .p8 key inline in code⟧

client = AppStoreServerAPIClient(PRIVATE_KEY, KEY_ID, ISSUER_ID, BUNDLE_ID, Environment.PRODUCTION)
"""),
    ("paywall/.stripe/config.toml", r"""
color = ""

[brightwater]
account_id = "acct_«b62:16-stracct»"  ⟪Stripe account id⟫
device_name = "oskar-mbp"
display_name = "Brightwater Media"
live_mode_api_key = "«rk:stripecli»"  ⟦stripe|restricted live key in the Stripe CLI config⟧
live_mode_key_expires_at = "2027-03-01"
live_mode_publishable_key = "«pk:stripecli»"  ⟪publishable key⟫
test_mode_api_key = "«docs:stripetest»"  ⟪test-mode key⟫
"""),
    ("subscriptions-svc/src/main/resources/application-prod.yml", r"""
spring:
  datasource:
    url: jdbc:postgresql://subs.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com:5432/subs
    username: subs_app
    password: «pw:subsdb»  ⟦password|Spring datasource password⟧
  kafka:
    bootstrap-servers: b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096
payments:
  adyen:
    merchant-account: BrightwaterMediaECOM
    api-key: «adyen:subs»  ⟦app-secret|Adyen API key in Spring YAML⟧
    hmac-key: «uhex:64-adyenhmac»  ⟦app-secret|Adyen notification HMAC key⟧
  paypal:
    client-id: A«urlsafe:79-ppclient»  ⟪PayPal client id⟫
    client-secret: «paypal:subs»  ⟦app-secret|PayPal client secret⟧
  google-play:
    service-account-file: /etc/subs/play-service-account.json  ⟪key file path⟫
"""),
    ("subscriptions-svc/src/main/resources/application.properties", r"""
spring.application.name=subscriptions
spring.kafka.properties.security.protocol=SASL_SSL
spring.kafka.properties.sasl.mechanism=SCRAM-SHA-512
spring.kafka.properties.sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="subs-svc" password="«pwc:subskafka»";  ⟦password|SCRAM password in Spring properties⟧
spring.redis.password=${REDIS_PASSWORD}  ⟪${VAR} reference⟫
management.endpoints.web.exposure.include=health,info,prometheus
"""),
    ("subscriptions-svc/src/test/resources/application-test.yml", r"""
spring:
  datasource:
    url: jdbc:h2:mem:subs
    username: sa
    password: ""  ⟪empty password (H2)⟫
payments:
  adyen:
    api-key: test-adyen-key-not-real  ⟪test-marked value⟫
  paypal:
    client-secret: test-paypal-secret  ⟪test-marked value⟫
"""),
    ("harbor/config/production.json", r"""
{
  "port": 8080,
  "mysql": {
    "host": "harbor.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com",
    "user": "harbor_admin",
    "password": "«pw:harbordb»",  ⟦password|ad server DB password in a JSON config⟧
    "database": "harbor"
  },
  "redis": "rediss://default:«pwr:harborredis»@master.harbor-freqcap.t2kq9v.use1.cache.amazonaws.com:6379",  ⟦conn-string|Redis URL with auth token⟧
  "gam": {"networkCode": "«num:8-gamnet»", "keyFile": "/etc/harbor/gam-service-account.json"},  ⟪network code and key path⟫
  "sentryDsn": "«sentrynew:harbor»"  ⟪modern Sentry DSN (public)⟫
}
"""),
    ("harbor/.env.production", r"""
NODE_ENV=production
HARBOR_OPENRTB_SIGNING_KEY=«b64k:32-openrtbsign»  ⟦app-secret|OpenRTB signing key in .env⟧
DD_API_KEY=«ddapi:harbor»  ⟦datadog|Datadog API key in .env⟧
SPRINGSERVE_API_TOKEN=«hex:40-springserve»  ⟦app-secret|video SSP API token in .env⟧
SENTRY_ENVIRONMENT=production
SENTRY_DSN=«sentrynew:harbor»  ⟪modern Sentry DSN (public)⟫
"""),
    ("harbor/.env.example", r"""
NODE_ENV=development
HARBOR_OPENRTB_SIGNING_KEY=
DD_API_KEY=<datadog-api-key>  ⟪angle-bracket placeholder⟫
SPRINGSERVE_API_TOKEN=your-springserve-token  ⟪your-… placeholder⟫
AWS_ACCESS_KEY_ID=«docs:akid»  ⟪AWS documentation key id⟫
AWS_SECRET_ACCESS_KEY=«docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("recs/drift/settings.py", r"""
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    sagemaker_endpoint: str = "drift-ranker-v41"
    feature_group: str = "drift-user-features-v7"
    redis_url: str = "rediss://master.drift-cache.t2kq9v.use1.cache.amazonaws.com:6379/0"
    redis_password: str = "«pwr:driftredis»"  ⟦password|Redis password as a pydantic default⟧
    hf_token: str = "«hf:driftranker»"  ⟦app-secret|Hugging Face token as a pydantic default⟧
    wandb_api_key: str = ""  ⟪empty default⟫

    class Config:
        env_prefix = "DRIFT_"


settings = Settings()
"""),
    ("recs/notebooks/ranker-eval.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Ranker v41 offline eval (NDCG@10, coverage)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3\n",
    "s3 = boto3.client('s3', region_name='us-east-1',\n",
    "    aws_access_key_id='«akid:notebook»',\n",  ⟦aws-key-id|key id in a notebook cell⟧
    "    aws_secret_access_key='«awssec:notebook»')\n",  ⟦aws-secret|secret in a notebook cell⟧
    "obj = s3.get_object(Bucket='bwm-ml-features-530981274466', Key='eval/v41/holdout.parquet')"
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("beacon/consumer/consumer.py", r"""
import json

from kafka import KafkaConsumer

consumer = KafkaConsumer(
    "player.heartbeat",
    bootstrap_servers=["b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096"],
    security_protocol="SASL_SSL",
    sasl_mechanism="SCRAM-SHA-512",
    sasl_plain_username="beacon-debug",
    sasl_plain_password="«pwn:beacondebug»",  ⟦password|kafka-python SCRAM password⟧
    group_id="beacon-debug-oskar",
    value_deserializer=lambda b: json.loads(b),
)

for msg in consumer:
    print(msg.value.get("session_id"), msg.value.get("bitrate_kbps"))
"""),
    ("beacon/sessionizer/src/main/java/tv/brightwater/beacon/KafkaProps.java", r"""
package tv.brightwater.beacon;

import java.util.Properties;

public final class KafkaProps {
    private KafkaProps() {}

    public static Properties consumer(String group) {
        Properties p = new Properties();
        p.setProperty("bootstrap.servers", "b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096");
        p.setProperty("security.protocol", "SASL_SSL");
        p.setProperty("sasl.mechanism", "SCRAM-SHA-512");
        p.setProperty("sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"beacon-flink\" password=\"«pwc:flinkscram»\";");  ⟦password|SCRAM password in Java source⟧
        p.setProperty("group.id", group);
        return p;
    }
}
"""),
    ("apps/android/keystore.properties", r"""
storeFile=../upload.jks
storePassword=«pwn:androidks»  ⟦password|Android keystore storePassword⟧
keyAlias=bwplus-upload
keyPassword=«pwn:androidks»  ⟦password|Android keyPassword⟧
"""),
    ("apps/android/gradle.properties", r"""
org.gradle.jvmargs=-Xmx4g -Dfile.encoding=UTF-8
android.useAndroidX=true
kotlin.code.style=official
bwplusUploadStorePassword=«pwn:androidks»  ⟦password|upload keystore password in gradle.properties⟧
bwplusNexusUser=android-ci
bwplusNexusPassword=«pwx:nexusandroid»  ⟦password|Nexus password in gradle.properties⟧
"""),
    ("apps/android/local.properties", r"""
sdk.dir=/Users/hyejin/Library/Android/sdk
MAPS_API_KEY=«aiza:maps»  ⟪Google Maps Android key (restricted, shipped)⟫
bwplus.apiSigningSecret=«b64k:32-apisign»  ⟦app-secret|API request-signing secret in local.properties⟧
"""),
    ("apps/android/app/google-services.json", r"""
{
  "project_info": {
    "project_number": "«num:12-fbproj»",
    "project_id": "brightwater-plus-prod",
    "storage_bucket": "brightwater-plus-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:«num:12-fbproj»:android:«hex:16-fbapp»",  ⟪Firebase app id⟫
        "android_client_info": {"package_name": "tv.brightwater.plus"}
      },
      "api_key": [{"current_key": "«aiza:firebase»"}],  ⟪Firebase API key (public)⟫
      "services": {"appinvite_service": {"other_platform_oauth_client": []}}
    }
  ],
  "configuration_version": "1"
}
"""),
    ("apps/android/play-service-account.json", r"""
{
  "type": "service_account",
  "project_id": "brightwater-plus-prod",
  "private_key_id": "«hex:40-playkeyid»",  ⟪private_key_id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsaplay»",  ⟦private-key|Google service account key (Play publishing)⟧
  "client_email": "play-publisher@brightwater-plus-prod.iam.gserviceaccount.com",
  "client_id": "«num:21-playcid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("apps/bwplus-ios/Config/Secrets.xcconfig", r"""
// Secrets.xcconfig - not checked in (see .gitignore)... it was, in 6.2.0
MUX_DATA_ENV_KEY = «lo:26-muxenv»  ⟪Mux Data environment key (public)⟫
MPARTICLE_KEY = us1-«hex:32-mpkey»  ⟪mParticle key (identifier)⟫
MPARTICLE_SECRET = «mpsec:ios»  ⟦app-secret|mParticle secret in an xcconfig⟧
BRAZE_SDK_API_KEY = «uuid:brazesdk»  ⟪Braze SDK key (shipped in the app)⟫
CONVIVA_CUSTOMER_KEY = «hex:40-conviva»  ⟪Conviva customer key (shipped)⟫
"""),
    ("apps/bwplus-ios/BrightwaterPlus/GoogleService-Info.plist", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>API_KEY</key>
	<string>«aiza:firebaseios»</string>  ⟪Firebase iOS API key (public)⟫
	<key>GCM_SENDER_ID</key>
	<string>«num:12-fbproj»</string>
	<key>BUNDLE_ID</key>
	<string>tv.brightwater.plus</string>
	<key>PROJECT_ID</key>
	<string>brightwater-plus-prod</string>
</dict>
</plist>
"""),
    ("apps/bwplus-ios/fastlane/AuthKey.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect API .p8 key in the repo⟧
"""),
    ("apps/roku/source/Config.brs", r"""
function GetConfig() as Object
    return {
        apiBase: "https://api.brightwater.tv/v3"
        apiClientId: "roku-bwplus"
        apiClientSecret: "«b62:40-rokuclient»"  ' OAuth device flow  ⟦app-secret|OAuth client secret in BrightScript⟧
        convivaKey: "«hex:40-conviva»"  ⟪Conviva customer key (shipped)⟫
        adTagBase: "https://ads.harbor.bwm-media.net/vast/v4"
    }
end function
"""),
    ("apps/roku/bsconfig.json", r"""
{
  "rootDir": "src",
  "host": "10.70.3.41",
  "password": "«pwp:rokudev»",  ⟦password|Roku dev password in bsconfig.json⟧
  "retainStagingDir": true,
  "files": ["manifest", "source/**/*", "components/**/*", "images/**/*"]
}
"""),
    ("apps/news-rn/.env.production", r"""
EXPO_PUBLIC_API_URL=https://api.news.brightwater.tv
EXPO_PUBLIC_SEGMENT_WRITE_KEY=«b62:32-segios»  ⟪Segment client write key (public)⟫
EXPO_PUBLIC_SENTRY_DSN=«sentrynew:newsrn»  ⟪modern Sentry DSN⟫
ONESIGNAL_REST_API_KEY=os_v2_app_«lo:112-onesignal»  ⟦app-secret|OneSignal REST API key⟧
"""),
    ("cms/wp-config.php", r"""
<?php
define( 'DB_NAME', 'anchor' );
define( 'DB_USER', 'anchor_wp' );
define( 'DB_PASSWORD', '«pwl:cmsdb»' );  ⟦password|wp-config DB_PASSWORD⟧
define( 'DB_HOST', 'anchor-cms.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '«wpsalt:ak»' );  ⟦app-secret|WordPress AUTH_KEY⟧
define( 'SECURE_AUTH_KEY',  '«wpsalt:sak»' );  ⟦app-secret|WordPress SECURE_AUTH_KEY⟧
define( 'LOGGED_IN_KEY',    '«wpsalt:lik»' );  ⟦app-secret|WordPress LOGGED_IN_KEY⟧
define( 'NONCE_KEY',        '«wpsalt:nk»' );  ⟦app-secret|WordPress NONCE_KEY⟧
define( 'AUTH_SALT',        '«wpsalt:as»' );  ⟦app-secret|WordPress AUTH_SALT⟧
define( 'SECURE_AUTH_SALT', '«wpsalt:sas»' );  ⟦app-secret|WordPress SECURE_AUTH_SALT⟧
define( 'LOGGED_IN_SALT',   '«wpsalt:lis»' );  ⟦app-secret|WordPress LOGGED_IN_SALT⟧
define( 'NONCE_SALT',       '«wpsalt:ns»' );  ⟦app-secret|WordPress NONCE_SALT⟧

define( 'WP_REDIS_HOST', 'master.anchor-cache.t2kq9v.use1.cache.amazonaws.com' );
define( 'WP_REDIS_PASSWORD', '«pwp:cmsredis»' );  ⟦password|WP_REDIS_PASSWORD⟧

define( 'AS3CF_SETTINGS', serialize( array(
    'provider' => 'aws',
    'access-key-id' => '«akid:cmsoffload»',  ⟦aws-key-id|WP Offload Media key id⟧
    'secret-access-key' => '«awssec:cmsoffload»',  ⟦aws-secret|WP Offload Media secret⟧
) ) );

$table_prefix = 'bw_';
if ( ! defined( 'ABSPATH' ) ) {
    define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""),
    ("cms/wp-config-sample.php", r"""
<?php
define( 'DB_NAME', 'database_name_here' );
define( 'DB_USER', 'username_here' );
define( 'DB_PASSWORD', 'password_here' );  ⟪WordPress placeholder⟫
define( 'DB_HOST', 'localhost' );
define( 'AUTH_KEY',         'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
$table_prefix = 'wp_';
"""),
    ("cms/wp-content/plugins/bw-wire-ingest/config.php", r"""
<?php
// wire services for the newsroom (AP Media API, Reuters Connect, Getty embeds)
return [
    'ap' => [
        'base_url' => 'https://api.ap.org/media/v',
        'api_key'  => '«lo:32-apkey»',  ⟦app-secret|AP Media API key in a plugin config⟧
    ],
    'reuters' => [
        'username' => 'brightwater.newsdesk',
        'password' => '«pwn:reuters»',  ⟦password|Reuters Connect password⟧
    ],
    'getty' => [
        'api_key'    => '«lo:24-gettykey»',  ⟪Getty API key (identifier)⟫
        'api_secret' => '«b62:40-gettysecret»',  ⟦app-secret|Getty Images API secret⟧
    ],
];
"""),
    ("cms/wp-content/mu-plugins/ses-smtp.php", r"""
<?php
/**
 * Plugin Name: SES SMTP
 * Description: route wp_mail through SES (newsroom alerts and newsletters)
 */
add_action( 'phpmailer_init', function ( $phpmailer ) {
    $phpmailer->isSMTP();
    $phpmailer->Host       = 'email-smtp.us-east-1.amazonaws.com';
    $phpmailer->Port       = 587;
    $phpmailer->SMTPAuth   = true;
    $phpmailer->SMTPSecure = 'tls';
    $phpmailer->Username   = '«akid:sesnews»';  ⟦aws-key-id|SES SMTP user name in PHP⟧
    $phpmailer->Password   = '«sesv4:sesnews»';  ⟦aws-ses-smtp|SES SMTP password in PHP⟧
    $phpmailer->From       = 'alerts@brightwater.tv';
} );
"""),
    ("cms/auth.json", r"""
{
    "github-oauth": {
        "github.com": "«ghp:composeroauth»"  ⟦github|GitHub token in composer auth.json⟧
    },
    "http-basic": {
        "connect.advancedcustomfields.com": {
            "username": "«b62:40-acflicense»",  ⟦?app-secret|ACF Pro licence key used as a user name⟧
            "password": "https://anchor.brightwater.tv"
        }
    }
}
"""),
    ("cms/composer.lock", r"""
{
    "_readme": ["This file locks the dependencies of your project to a known state"],
    "content-hash": "«hex:32-contenthash»",  ⟪composer content hash⟫
    "packages": [
        {
            "name": "humanmade/s3-uploads",
            "version": "3.0.7",
            "dist": {"type": "zip", "url": "https://api.github.com/repos/humanmade/S3-Uploads/zipball/«sha:s3uploads»", "reference": "«sha:s3uploads»", "shasum": ""}  ⟪git SHA⟫
        }
    ]
}
"""),
    ("player-web/.npmrc", r"""
@brightwater:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:npmrc»  ⟦github|GitHub Packages token in .npmrc⟧
engine-strict=true
"""),
    ("player-web/src/config/analytics.ts", r"""
export const analytics = {
  segmentWriteKey: '«b62:32-segweb»',  // browser write key, public by design  ⟪Segment browser write key⟫
  muxEnvKey: '«lo:26-muxenv»',  ⟪Mux Data env key (public)⟫
  convivaCustomerKey: '«hex:40-conviva»',
  snowplowCollector: 'https://sp.brightwater.tv',
};
"""),
    ("player-web/package-lock.json", r"""
{
  "name": "player-web",
  "version": "9.3.1",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/shaka-player": {
      "version": "4.11.2",
      "resolved": "https://registry.npmjs.org/shaka-player/-/shaka-player-4.11.2.tgz",
      "integrity": "«sri:shaka»"  ⟪npm integrity⟫
    },
    "node_modules/hls.js": {
      "version": "1.5.15",
      "resolved": "https://registry.npmjs.org/hls.js/-/hls.js-1.5.15.tgz",
      "integrity": "«sri:hlsjs»"
    }
  }
}
"""),
    ("ingest-controller/internal/config/config.go", r"""
package config

import "os"

type Config struct {
	WowzaRESTURL      string
	WowzaRESTUser     string
	WowzaRESTPassword string
	MediaLiveRegion   string
}

func Load() Config {
	c := Config{
		WowzaRESTURL:      "https://wowza-origin.bwm-media.net:8087/v2",
		WowzaRESTUser:     "bw-rest",
		WowzaRESTPassword: "«pwn:wowzarest»",  ⟦password|Wowza REST password as a Go default⟧
		MediaLiveRegion:   "us-east-1",
	}
	if v := os.Getenv("WOWZA_REST_PASSWORD"); v != "" {
		c.WowzaRESTPassword = v
	}
	return c
}
"""),
    ("ingest-controller/internal/config/config_test.go", r"""
package config

import "testing"

func TestLoadOverride(t *testing.T) {
	t.Setenv("WOWZA_REST_PASSWORD", "test-password")  ⟪test-marked value⟫
	if got := Load().WowzaRESTPassword; got != "test-password" {
		t.Fatalf("got %q", got)
	}
}
"""),
    ("newsroom/rundown-sync/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Information"}},
  "ConnectionStrings": {
    "Rundowns": "Server=tcp:newsroom-sql.fac.bwm.local,1433;Database=Rundowns;User ID=rundown_sync;Password=«pwc:rundownsql»;Encrypt=True;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string⟧
  },
  "Inews": {"Host": "10.20.2.30", "User": "mosgw", "Password": "«pw6:inewsftp»"},  ⟦password|iNews password in appsettings⟧
  "Aws": {"Region": "us-east-1", "Profile": "newsroom"}
}
"""),
    ("payments/reconcile/App.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="BraintreeEnvironment" value="production" />
    <add key="BraintreeMerchantId" value="«lo:16-btmerchant»" />  ⟪merchant id⟫
    <add key="BraintreePrivateKey" value="«hex:32-btprivate»" />  ⟦app-secret|Braintree private key in App.config⟧
    <add key="ReportShare" value="\\fin-nas01\recon\daily" />
  </appSettings>
  <connectionStrings>
    <add name="Finance" connectionString="Server=fin-sql01;Database=Recon;Integrated Security=SSPI" />  ⟪integrated security (no password)⟫
  </connectionStrings>
</configuration>
"""),
    ("recs/dbt/profiles.yml", r"""
drift:
  target: prod
  outputs:
    prod:
      type: redshift
      host: adtech.c7vkq2mz0b4n.us-east-1.redshift.amazonaws.com
      port: 5439
      user: dbt_recs
      password: «pwn:dbtrecs»  ⟦password|dbt Redshift password⟧
      dbname: events
      schema: recs
      threads: 8
    dev:
      type: redshift
      host: adtech.c7vkq2mz0b4n.us-east-1.redshift.amazonaws.com
      user: "{{ env_var('DBT_USER') }}"
      password: "{{ env_var('DBT_PASSWORD') }}"  ⟪env_var reference⟫
      port: 5439
      dbname: events
      schema: "dbt_{{ env_var('USER') }}"
"""),
    ("analytics/airflow/dags/ad_revenue.py", r"""
from datetime import datetime

from airflow import DAG
from airflow.models import Variable
from airflow.operators.python import PythonOperator

SPRINGSERVE_TOKEN = "«hex:40-springserve»"  ⟦app-secret|SSP token hard-coded in a DAG⟧


def pull(**ctx):
    import requests
    pubmatic_pw = Variable.get("pubmatic_password")  ⟪Airflow Variable lookup⟫
    r = requests.get("https://console.springserve.com/api/v0/report", headers={"Authorization": SPRINGSERVE_TOKEN})
    r.raise_for_status()


with DAG("ad_revenue_daily", start_date=datetime(2026, 1, 1), schedule="0 7 * * *", catchup=False) as dag:
    PythonOperator(task_id="pull", python_callable=pull)
"""),
    ("analytics/reports/churn-weekly.Rmd", r"""
---
title: "Brightwater+ churn, weekly"
output: html_document
---

```{r setup, include=FALSE}
library(DBI)
con <- dbConnect(RPostgres::Redshift(), host = "adtech.c7vkq2mz0b4n.us-east-1.redshift.amazonaws.com",
                 port = 5439, dbname = "events", user = "analyst_rw",
                 password = "«pwn:analystrs»")  ⟦password|Redshift password in an R Markdown chunk⟧
```

```{r churn}
churn <- dbGetQuery(con, "select week, plan, churned, active from subs.weekly_churn order by week desc limit 12")
knitr::kable(churn)
```
"""),
    ("content/catalog-api/conf/application.conf", r"""
play.http.secret.key = "«b64k:48-playsecret»"  ⟦app-secret|Play Framework secret key⟧
play.filters.hosts.allowed = ["catalog-api.bwm-media.net"]

mongodb.uri = "mongodb://catalog_app:«pct:pwx:catalogapp»@bw-catalog.cluster-c2mvx7kq9d1e.us-east-1.docdb.amazonaws.com:27017/catalog?tls=true&replicaSet=rs0&readPreference=secondaryPreferred&retryWrites=false"  ⟦conn-string|DocumentDB URI with password⟧
mongodb.uri = ${?MONGODB_URI}  ⟪HOCON optional environment override⟫
"""),
    ("editorial/translate/glossary_sync.py", r"""
import deepl

# newsroom glossary (ES/PT) pushed to DeepL every night
translator = deepl.Translator("«uuid:deepl»:fx")  ⟦app-secret|DeepL auth key in code⟧


def sync(entries: dict) -> None:
    translator.create_glossary("bw-newsroom-es", source_lang="EN", target_lang="ES", entries=entries)
"""),
]
