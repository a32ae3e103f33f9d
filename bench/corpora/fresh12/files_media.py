"""fresh12 templates, media and broadcast tooling (Brightwater Media): Wowza Streaming Engine password files and
Application.xml, OBS profiles and obs-websocket, FFmpeg and SRT scripts, nginx-rtmp, MediaMTX, SRS, Haivision
encoder export, Shaka Packager and Bento4 packaging, the multi-DRM key server (Widevine, FairPlay, PlayReady),
Akamai token auth and CloudFront signing, Kafka SASL/SCRAM clients and Connect, Flink, Snowplow, Prebid and
Prebid Server, Google Ad Manager, playout automation, a facility core switch, intercom, IP cameras, go2rtc,
SNMP, NTP keys, BMC inventory, Icecast and Liquidsoap, a MOS gateway and an Elemental Live node.
Markers: render.py and README.md."""

FILES = [
    ("wowza/conf/admin.password", r"""
# Admin password file (format [username][space][password][space][group])
# groups: admin, advUser, basic
bwadmin «pwc:wowzaadmin» admin|advUser  ⟦password|Wowza admin.password entry⟧
liveops «pwn:wowzaliveops» basic  ⟦password|Wowza manager user⟧
"""),
    ("wowza/conf/publish.password", r"""
# Publish password file (format [username][space][password])
encoder1 «pw:wowzapublish»  ⟦password|Wowza publish.password entry⟧
obs-remote «pwp:obsremote»  ⟦password|remote OBS publisher password⟧
"""),
    ("wowza/conf/live/Application.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Root version="1">
  <Application>
    <Name>live</Name>
    <AppType>Live</AppType>
    <Streams>
      <StreamType>live</StreamType>
      <LiveStreamPacketizers>cupertinostreamingpacketizer, mpegdashstreamingpacketizer</LiveStreamPacketizers>
    </Streams>
    <Modules>
      <Module>
        <Name>ModuleSecureURLParams</Name>
        <Class>com.wowza.wms.security.ModuleSecureURLParams</Class>
      </Module>
    </Modules>
    <Properties>
      <Property>
        <Name>securityPublishRequirePassword</Name>
        <Value>true</Value>
        <Type>Boolean</Type>
      </Property>
      <Property>
        <Name>secureTokenSharedSecret</Name>
        <Value>«b62:24-wzsecuretoken»</Value>  ⟦app-secret|Wowza SecureToken shared secret⟧
        <Type>String</Type>
      </Property>
      <Property>
        <Name>secureTokenHashAlgorithm</Name>
        <Value>SHA-256</Value>
      </Property>
    </Properties>
  </Application>
</Root>
"""),
    ("studio/obs/basic/profiles/BW_Creator/service.json", r"""
{
    "settings": {
        "bwtest": false,
        "key": "«twitch:creator»",  ⟦app-secret|Twitch stream key in OBS service.json⟧
        "server": "auto",
        "service": "Twitch"
    },
    "type": "rtmp_common"
}
"""),
    ("studio/obs/basic/profiles/News24_Remote/service.json", r"""
{
    "settings": {
        "key": "news24/remote-kampala",
        "server": "rtmp://wowza-origin.bwm-media.net:1935/live",
        "use_auth": true,
        "username": "obs-remote",
        "password": "«pwp:obsremote»"  ⟦password|custom RTMP auth password in OBS service.json⟧
    },
    "type": "rtmp_custom"
}
"""),
    ("studio/obs/plugin_config/obs-websocket/config.json", r"""
{
    "alerts_enabled": false,
    "auth_required": true,
    "first_load": false,
    "server_enabled": true,
    "server_password": "«b62:16-obsws»",  ⟦password|obs-websocket server password⟧
    "server_port": 4455
}
"""),
    ("scripts/ffmpeg/simulcast.sh", r"""
#!/usr/bin/env bash
# simulcast the clean feed to YouTube and Facebook during the election night special
set -euo pipefail
SRC="srt://news24-backup.live.bwm-media.net:5000?mode=caller&passphrase=«pct:pwx:srtnews24»"  ⟦password|SRT passphrase in an ffmpeg source URL⟧
ffmpeg -hide_banner -i "$SRC" \
  -c:v libx264 -preset veryfast -b:v 6000k -maxrate 6000k -bufsize 12000k -g 60 \
  -c:a aac -b:a 160k -f tee -map 0:v -map 0:a \
  "[f=flv:onfail=ignore]rtmp://a.rtmp.youtube.com/live2/«ytkey:news24»|[f=flv:onfail=ignore]rtmps://live-api-s.facebook.com:443/rtmp/«fbkey:election»"  ⟦app-secret|YouTube and Facebook stream keys in a tee output⟧
"""),
    ("scripts/ffmpeg/contribution.sh", r"""
#!/bin/sh
# field kit: push the camera feed back to Atlanta
ffmpeg -f decklink -i 'DeckLink Mini Recorder 4K' -c:v h264_nvenc -b:v 8M -c:a aac -f mpegts \
  "srt://contrib.live.bwm-media.net:9000?streamid=#!::r=field/kit07,m=publish&passphrase=«pct:pwx:srtcontrib»&pbkeylen=32&latency=2000000"  ⟦password|SRT passphrase on an ffmpeg command line⟧
"""),
    ("nginx-rtmp/nginx.conf", r"""
worker_processes auto;
events { worker_connections 1024; }

rtmp {
    server {
        listen 1935;
        chunk_size 4096;
        application creator {
            live on;
            record off;
            on_publish http://127.0.0.1:8080/auth/publish;
            push rtmp://live-iad05.twitch.tv/app/«twitch:creator»;  ⟦app-secret|Twitch stream key in an nginx-rtmp push⟧
            push rtmp://a.rtmp.youtube.com/live2/${YOUTUBE_KEY};  ⟪variable left in the config⟫
        }
    }
}
"""),
    ("mediamtx/mediamtx.yml", r"""
logLevel: info
rtsp: yes
srt: yes
srtAddress: :8890
authMethod: internal
authInternalUsers:
  - user: any
    pass:
    ips: ['127.0.0.1', '::1']
    permissions:
      - action: read
  - user: encoder
    pass: «pwn:mediamtxenc»  ⟦password|MediaMTX internal user password⟧
    ips: []
    permissions:
      - action: publish
paths:
  studio_a:
    source: rtsp://studio:«pct:pw:camstudioa»@10.70.8.21:554/axis-media/media.amp  ⟦conn-string|RTSP camera URL with password⟧
  all_others:
"""),
    ("srs/srs.conf", r"""
listen              1935;
max_connections     1000;
daemon              off;
http_api {
    enabled         on;
    listen          1985;
    auth {
        enabled     on;
        username    admin;
        password    «pwl:srsapi»;  ⟦password|SRS HTTP API password⟧
    }
}
vhost __defaultVhost__ {
    hls {
        enabled         on;
        hls_fragment    4;
    }
}
"""),
    ("facility/encoders/makito-x4-atl02.json", r"""
{
  "device": "Makito X4 Encoder",
  "serial": "«up:10-makserial»",
  "firmware": "1.7.0-18",
  "streams": [
    {
      "name": "news24-backup",
      "encapsulation": "srt",
      "mode": "caller",
      "address": "news24-backup.live.bwm-media.net",
      "port": 5000,
      "latency": 250,
      "encryption": "AES-256",
      "passphrase": "«pwx:srtnews24»",  ⟦password|SRT passphrase in an encoder config export⟧
      "streamId": "«uuid:makstream»"  ⟪SRT stream id⟫
    }
  ],
  "users": [{"name": "haiadmin", "role": "admin", "passwordHash": "«sha256:makhash»"}]  ⟪password hash⟫
}
"""),
    ("packaging/shaka-package.sh", r"""
#!/usr/bin/env bash
# raw-key CENC packaging for the festival screener (no key server reachable from the screening room)
set -e
packager \
  in=mezz/feature_1080p.mp4,stream=video,output=out/video_1080p.mp4,drm_label=HD \
  in=mezz/feature_1080p.mp4,stream=audio,output=out/audio.mp4,drm_label=AUDIO \
  --enable_raw_key_encryption \
  --keys label=HD:key_id=«hex:32-kidhd»:key=«hex:32-ckhd»,label=AUDIO:key_id=«hex:32-kidaud»:key=«hex:32-ckaud» \  ⟦app-secret|raw CENC content keys on a packager command line⟧
  --pssh «b64k:58-pssh» \  ⟪PSSH box (public)⟫
  --mpd_output out/feature.mpd
"""),
    ("packaging/widevine-staging.sh", r"""
#!/usr/bin/env bash
# staging only: Widevine test provider (public credentials from the packager docs)
packager in=mezz/trailer.mp4,stream=video,output=out/trailer_video.mp4 \
  --enable_widevine_encryption \
  --key_server_url https://license.uat.widevine.com/cenc/getcontentkey/widevine_test \
  --content_id «hex:16-contentid» \
  --signer widevine_test \
  --aes_signing_key «docs:wvtestkey» \  ⟪Widevine test provider's published signing key⟫
  --aes_signing_iv «docs:wvtestiv»  ⟪published test IV⟫
"""),
    ("packaging/mp4dash-encrypt.sh", r"""
#!/bin/sh
mp4fragment mezz/ep204.mp4 frag/ep204.mp4
mp4dash --output-dir=out/ep204 --mpd-name=manifest.mpd \
  --encryption-key=«hex:32-kidep204»:«hex:32-ckep204» \  ⟦app-secret|Bento4 KID:KEY pair⟧
  --widevine-header=provider:bwmedia#content_id:«hex:16-cidep204» \  ⟪Widevine header fields⟫
  --playready-header=LA_URL:https://pr.drm.bwm-media.net/rightsmanager.asmx \
  frag/ep204.mp4
"""),
    ("drm/lighthouse/config.yaml", r"""
server:
  listen: 0.0.0.0:8443
  tls_cert: /etc/lighthouse/tls/server.crt
  tls_key: /etc/lighthouse/tls/server.key  ⟪key file path⟫
widevine:
  provider: brightwater
  signing_key: «hex:64-wvsign»  ⟦app-secret|Widevine signing key in the key server config⟧
  signing_iv: «hex:32-wviv»  ⟦app-secret|Widevine signing IV in the key server config⟧
fairplay:
  ask: «hex:32-fpask»  ⟦app-secret|FairPlay ASK in the key server config⟧
  private_key_file: /etc/lighthouse/fairplay/privatekey.pem  ⟪key file path⟫
playready:
  key_seed: «b64raw:30-prseed»  ⟦app-secret|PlayReady key seed in the key server config⟧
entitlements:
  jwt_hs256_secret: «b64k:48-entjwt»  ⟦app-secret|entitlement JWT HMAC secret⟧
  issuer: https://id.brightwater.tv
"""),
    ("drm/fairplay/credentials/ask.txt", r"""
«hex:32-fpask»  ⟦app-secret|FairPlay ASK in a credentials file⟧
"""),
    ("drm/fairplay/credentials/privatekey.pem", r"""
«pem:pkcs1:rsafps»  ⟦private-key|FairPlay Streaming RSA private key⟧
"""),
    ("drm/fairplay/credentials/fairplay.pem", r"""
«cert:rsafps:fps.brightwater.tv»  ⟪FairPlay certificate (public)⟫
"""),
    ("cdn/akamai/edgeauth_tokens.py", r"""
import os
import time

from akamai.edgeauth import EdgeAuth

# token for premium live events on live.brightwater.tv (path ACL, 5-minute window)
_AUTH = EdgeAuth(
    key="«hex:64-akatoken»",  ⟦app-secret|Akamai EdgeAuth key in code⟧
    window_seconds=300,
    escape_early=True,
)
_STAGING = EdgeAuth(key=os.environ["AKAMAI_TOKEN_KEY_STAGING"], window_seconds=300)  ⟪environment lookup⟫


def token_for(path: str) -> str:
    return _AUTH.generate_acl_token(path + "*", start_time=int(time.time()))
"""),
    ("cdn/cloudfront/sign_urls.py", r"""
import datetime

import rsa
from botocore.signers import CloudFrontSigner

KEY_PAIR_ID = "«cfkid:signer2026»"  ⟪CloudFront public key id⟫
PRIVATE_KEY_PATH = "/run/secrets/cf-signer-2026.pem"


def _rsa_signer(message: bytes) -> bytes:
    with open(PRIVATE_KEY_PATH, "rb") as fh:
        key = rsa.PrivateKey.load_pkcs1(fh.read())
    return rsa.sign(message, key, "SHA-1")


def signed_url(url: str, minutes: int = 240) -> str:
    # e.g. https://vod.brightwater.tv/ep204/manifest.mpd?Expires=1767225600&Signature=«urlsafe:96-cfsig»&Key-Pair-Id=«cfkid:signer2026»  ⟪CloudFront signature (not a secret)⟫
    signer = CloudFrontSigner(KEY_PAIR_ID, _rsa_signer)
    return signer.generate_presigned_url(url, date_less_than=datetime.datetime.utcnow() + datetime.timedelta(minutes=minutes))
"""),
    ("cdn/cloudfront/keys/signer-2025.pem", r"""
«pem:pkcs1:rsacf2025»  ⟦private-key|retired CloudFront signer key left in the repo⟧
"""),
    ("cdn/cloudfront/keys/signer-2026.pub.pem", r"""
«pubpem:rsacfsign»  ⟪public key PEM⟫
"""),
    ("cdn/akamai/property-snippets/main.json", r"""
{
  "rules": {
    "name": "default",
    "behaviors": [
      {"name": "origin", "options": {"hostname": "origin.vod.bwm-media.net", "forwardHostHeader": "ORIGIN_HOSTNAME"}},
      {"name": "segmentedMediaOptimization", "options": {"behavior": "ON_DEMAND"}},
      {"name": "tokenAuthentication", "options": {"enabled": true, "key": "${env.tokenAuthKey}", "algorithm": "SHA256"}}  ⟪template variable⟫
    ],
    "options": {"is_secure": true},
    "variables": []
  }
}
"""),
    ("kafka/client-scram.properties", r"""
bootstrap.servers=b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096,b-2.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required \
    username="beacon-producer" \
    password="«pwx:scramprod»";  ⟦password|SCRAM password in a continued JAAS line⟧
ssl.truststore.location=/etc/pki/java/cacerts
"""),
    ("kafka/kafka_client_jaas.conf", r"""
KafkaClient {
    org.apache.kafka.common.security.scram.ScramLoginModule required
    username="beacon-flink"
    password="«pwc:flinkscram»";  ⟦password|SCRAM password in a JAAS file⟧
};
"""),
    ("kafka/connect/braze-currents-sink.json", r"""
{
  "name": "braze-user-events-http-sink",
  "config": {
    "connector.class": "io.confluent.connect.http.HttpSinkConnector",
    "topics": "player.heartbeat.sessionized",
    "http.api.url": "https://rest.iad-05.braze.com/users/track",
    "headers": "Authorization:Bearer «uuid:brazerest»|Content-Type:application/json",  ⟦app-secret|Braze REST key in a Connect header config⟧
    "batch.max.size": "75",
    "reporter.bootstrap.servers": "b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096",
    "reporter.sasl.jaas.config": "${file:/opt/connect/secrets.properties:reporter.jaas}"  ⟪Connect config provider reference⟫
  }
}
"""),
    ("flink/conf/flink-conf.yaml", r"""
jobmanager.rpc.address: jobmanager
taskmanager.numberOfTaskSlots: 4
state.backend.type: rocksdb
state.checkpoints.dir: s3://bwm-flink-state-530981274466/adhoc/checkpoints
s3.access-key: «akid:flinkadhoc»  ⟦aws-key-id|S3 access key in flink-conf.yaml⟧
s3.secret-key: «awssec:flinkadhoc»  ⟦aws-secret|S3 secret key in flink-conf.yaml⟧
security.ssl.internal.enabled: true
security.ssl.internal.keystore: /opt/flink/tls/internal.keystore
security.ssl.internal.keystore-password: «pwp:flinkks»  ⟦password|Flink keystore password⟧
"""),
    ("snowplow/collector/config.hocon", r"""
collector {
  interface = "0.0.0.0"
  port = 8080
  paths {
    "/com.brightwater/tp2" = "/com.snowplowanalytics.snowplow/tp2"
  }
  cookie {
    enabled = true
    name = "sp_bw"
    domains = [".brightwater.tv"]
  }
  streams {
    good = "snowplow-raw-good"
    bad = "snowplow-raw-bad"
    sink {
      brokers = "b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096"
      producerConf {
        "security.protocol" = "SASL_SSL"
        "sasl.mechanism" = "SCRAM-SHA-512"
        "sasl.jaas.config" = "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"snowplow-loader\" password=\"«pwn:snowplowscram»\";"  ⟦password|SCRAM password in a HOCON producer config⟧
      }
    }
  }
  monitoring.metrics.statsd {
    hostname = "localhost"
  }
}
"""),
    ("snowplow/collector/config-kinesis-legacy.hocon", r"""
collector {
  interface = "0.0.0.0"
  port = 8080
  streams {
    good = "snowplow-raw-good"
    bad = "snowplow-raw-bad"
    sink {
      region = "us-east-1"
      aws {
        accessKey = iam  ⟪iam placeholder (instance role)⟫
        secretKey = iam
      }
    }
  }
}
"""),
    ("snowplow/enrich/iglu_resolver.json", r"""
{
  "schema": "iglu:com.snowplowanalytics.iglu/resolver-config/jsonschema/1-0-3",
  "data": {
    "cacheSize": 500,
    "cacheTtl": 600,
    "repositories": [
      {"name": "Iglu Central", "priority": 0, "vendorPrefixes": ["com.snowplowanalytics"],
       "connection": {"http": {"uri": "http://iglucentral.com"}}},
      {"name": "Brightwater Iglu", "priority": 1, "vendorPrefixes": ["com.brightwater"],
       "connection": {"http": {"uri": "https://iglu.data.bwm-media.net/api",
                               "apikey": "«uuid:iglukey»"}}}  ⟦app-secret|Iglu API key in a resolver config⟧
    ]
  }
}
"""),
    ("snowplow/enrich/enrichments/api_request_enrichment_config.json", r"""
{
  "schema": "iglu:com.snowplowanalytics.snowplow.enrichments/api_request_enrichment_config/jsonschema/1-0-2",
  "data": {
    "vendor": "com.snowplowanalytics.snowplow.enrichments",
    "name": "api_request_enrichment_config",
    "enabled": true,
    "parameters": {
      "inputs": [{"key": "user", "pojo": {"field": "user_id"}}],
      "api": {
        "http": {
          "method": "GET",
          "uri": "https://paywall-internal.bwm-media.net/v2/entitlements/{{user}}",
          "timeout": 2000,
          "authentication": {"httpBasic": {"username": "snowplow-enrich", "password": "«pwc:enrichbasic»"}}  ⟦password|basic-auth password in a Snowplow enrichment⟧
        }
      },
      "outputs": [{"schema": "iglu:com.brightwater/entitlement/jsonschema/1-0-0", "json": {"jsonPath": "$.tier"}}],
      "cache": {"size": 3000, "ttl": 60}
    }
  }
}
"""),
    ("prebid/prebid-config.js", r"""
var pbjs = pbjs || {};
pbjs.que = pbjs.que || [];
var adUnits = [{
  code: 'bw-ctv-preroll',
  mediaTypes: { video: { context: 'instream', playerSize: [1920, 1080], mimes: ['video/mp4'] } },
  bids: [
    { bidder: 'appnexus', params: { placementId: «num:8-anplace» } },  ⟪bidder placement id (public)⟫
    { bidder: 'rubicon', params: { accountId: «num:5-mgpub», siteId: «num:6-rbsite», zoneId: «num:7-rbzone» } },
    { bidder: 'ix', params: { siteId: '«num:6-ixsite»', size: [1920, 1080] } }
  ]
}];
pbjs.que.push(function () {
  pbjs.setConfig({ cache: { url: 'https://prebid.adnxs.com/pbc/v1/cache' }, s2sConfig: [{ accountId: '«num:4-pbsacct»', bidders: ['appnexus', 'rubicon'], endpoint: 'https://pbs.harbor.bwm-media.net/openrtb2/auction' }] });
  pbjs.addAdUnits(adUnits);
});
"""),
    ("prebid/pbs/pbs.yaml", r"""
external_url: https://pbs.harbor.bwm-media.net
host_cookie:
  domain: .brightwater.tv
  family: brightwater
gdpr:
  host_vendor_id: «num:3-gvl»
stored_requests:
  postgres:
    connection:
      dbname: pbs
      host: pbs-stored-requests.c2mvx7kq9d1e.us-east-1.rds.amazonaws.com
      user: pbs
      password: «pw:pbsdb»  ⟦password|stored-requests password in pbs.yaml⟧
adapters:
  rubicon:
    xapi:
      username: brightwater_pbs
      password: «pwr:rubiconxapi»  ⟦password|Rubicon XAPI password in pbs.yaml⟧
"""),
    ("ads/gam/googleads.yaml", r"""
ad_manager:
  application_name: harbor-gam-sync
  network_code: «num:8-gamnet»  ⟪Ad Manager network code⟫
  path_to_private_key_file: /etc/harbor/gam-service-account.json  ⟪key file path⟫
google_ads:
  developer_token: «urlsafe:16-gadsdev»  ⟦app-secret|Google Ads developer token⟧
  client_id: «num:12-gadscid»-«lo:32-gadscid2».apps.googleusercontent.com  ⟪OAuth client id⟫
  client_secret: «gocspx:gads»  ⟦app-secret|Google OAuth client secret⟧
  refresh_token: 1//0«urlsafe:98-gadsrt»  ⟦app-secret|Google OAuth refresh token⟧
  login_customer_id: «num:10-gadslogin»
"""),
    ("ads/vast/preroll-house.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<VAST version="4.1">
  <Ad id="house-bwplus-promo-q4">
    <InLine>
      <AdSystem version="7.3">harbor</AdSystem>
      <AdTitle>Brightwater+ Q4 promo</AdTitle>
      <Impression id="imp"><![CDATA[https://ads.harbor.bwm-media.net/imp?cb=[CACHEBUSTING]&li=«num:7-lineitem»]]></Impression>
      <Creatives>
        <Creative id="«num:7-creative»" adId="«hex:24-adid»">  ⟪creative ids⟫
          <Linear>
            <Duration>00:00:15</Duration>
            <MediaFiles>
              <MediaFile delivery="progressive" type="video/mp4" width="1920" height="1080"><![CDATA[https://ads-cdn.brightwater.tv/house/bwplus-q4-1080p.mp4]]></MediaFile>
            </MediaFiles>
          </Linear>
        </Creative>
      </Creatives>
    </InLine>
  </Ad>
</VAST>
"""),
    ("playout/casparcg.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <paths>
    <media-path>M:\media\</media-path>
    <log-path>D:\casparcg\log\</log-path>
    <template-path>D:\casparcg\templates\</template-path>
  </paths>
  <channels>
    <channel>
      <video-mode>1080i5994</video-mode>
      <consumers>
        <decklink><device>1</device><embedded-audio>true</embedded-audio></decklink>
      </consumers>
    </channel>
  </channels>
  <controllers>
    <tcp><port>5250</port><protocol>AMCP</protocol></tcp>
  </controllers>
</configuration>
"""),
    ("playout/bw1-channel.ini", r"""
[Channel]
Name=BW1
Format=1080i5994
Timezone=America/New_York

[Schedule]
Source=ftp
Host=10.20.1.15
User=playout-ftp
Password=«pw6:playoutftp»  ⟦password|playout FTP password in a channel .ini⟧
PollSeconds=30

[Database]
ConnectionString=Server=PLAYOUT-SQL01\ASRUN;Database=AsRun;User Id=asrun_writer;Password=«pw6:asrunsql»;  ⟦conn-string|SQL Server connection string with password⟧

[Graphics]
Host=10.20.1.40
Port=5250
"""),
    ("facility/network/core-sw01.cfg", r"""
!
hostname atl-core-sw01
!
feature ptp
feature tacacs+
!
username admin password 5 $5$«b62:8-nxsalt»$«b62:43-nxhash»  role network-admin  ⟪type 5 hash⟫
username noc password 0 «pwc:nocswitch» role network-operator  ⟦password|type 0 clear-text switch password⟧
!
tacacs-server key 7 "«up:16-tacacs7»"  ⟦?password|type 7 obfuscated TACACS key (reversible)⟧
tacacs-server host 10.20.0.12
!
snmp-server community «b62:14-snmprw» group network-admin  ⟦password|SNMP read-write community⟧
snmp-server community public group network-operator  ⟪public community default⟫
!
ptp domain 127
ptp source 10.20.0.1
!
interface Ethernet1/1
  description st2110-red-spine
  ptp
"""),
    ("facility/intercom/artist-frame01.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<IntercomFrame name="ART-ATL-01" model="Artist-128" firmware="8.4.1">
  <Network ip="10.20.4.10" mask="255.255.255.0" gateway="10.20.4.1"/>
  <Admin user="admin" password="«pw6:intercomadmin»"/>  ⟦password|intercom frame admin password in an XML export⟧
  <Panels>
    <Panel id="1" label="PCR1-DIR" type="RSP-2318"/>
    <Panel id="2" label="PCR1-TD" type="RSP-2318"/>
    <Panel id="7" label="NEWSDESK" type="DCP-1016"/>
  </Panels>
  <Trunk peer="ART-NYC-01" key="«hex:32-trunkkey»"/>  ⟦app-secret|inter-frame trunk key⟧
</IntercomFrame>
"""),
    ("facility/cameras/axis-inventory.csv", r"""
host,location,model,firmware,user,password,rtsp
10.70.8.21,Studio A wide,AXIS Q6135-LE,11.9.60,studio,«pw:camstudioa»,/axis-media/media.amp  ⟦password|camera password in an inventory CSV⟧
10.70.8.22,Studio A jib,AXIS P1468-LE,11.9.60,studio,«pwp:camjib»,/axis-media/media.amp  ⟦password|camera password in an inventory CSV⟧
10.70.8.31,Newsroom ceiling,AXIS M3088-V,11.8.64,root,pass,/axis-media/media.amp  ⟦?password|vendor default left on a live camera⟧
10.70.8.40,Loading dock,AXIS P3268-LV,11.9.60,viewer,viewer,/axis-media/media.amp  ⟪password equals the user name⟫
"""),
    ("facility/cameras/go2rtc.yaml", r"""
streams:
  newsroom_wide: rtsp://studio:«pct:pwp:camjib»@10.70.8.22:554/axis-media/media.amp?videocodec=h264  ⟦conn-string|RTSP URL with camera password⟧
  ptz_studio_b: onvif://ptzop:«pwn:ptzop»@10.70.8.51:80?subtype=MainStream  ⟦conn-string|ONVIF URL with password⟧
  lobby: rtsp://${LOBBY_USER}:${LOBBY_PASS}@10.70.8.60:554/stream1  ⟪environment references⟫
api:
  listen: ":1984"
webrtc:
  candidates: ["10.70.8.5:8555"]
"""),
    ("facility/snmp/snmpd.conf", r"""
sysLocation    ATL broadcast facility, MCR rack B4
sysContact     noc@brightwater.tv
agentAddress   udp:161
createUser bwmnms SHA "«pwx:snmpauth»" AES "«pwx:snmppriv»"  ⟦password|SNMPv3 auth and privacy passphrases⟧
rouser bwmnms priv
rocommunity public 127.0.0.1  ⟪public community on localhost⟫
"""),
    ("facility/ntp/ntp.keys", r"""
# ntpkeys generated 2026-03-02 for the PTP grandmaster fallback peers
1 SHA1 «hex:40-ntpk1»  ⟦app-secret|NTP symmetric key⟧
2 SHA1 «hex:40-ntpk2»  ⟦app-secret|NTP symmetric key⟧
"""),
    ("facility/ipmi/encoder-bmc.csv", r"""
hostname,bmc_ip,bmc_user,bmc_password,rack
enc-atl-01,10.20.9.11,ADMIN,«up:10-bmc1»,B2  ⟦password|BMC password in an inventory⟧
enc-atl-02,10.20.9.12,ADMIN,«up:10-bmc2»,B2  ⟦password|BMC password in an inventory⟧
enc-atl-03,10.20.9.13,ADMIN,<see vault>,B3  ⟪placeholder⟫
"""),
    ("radio/icecast.xml", r"""
<icecast>
    <location>Atlanta</location>
    <admin>radio-ops@brightwater.tv</admin>
    <limits>
        <clients>2000</clients>
        <sources>4</sources>
    </limits>
    <authentication>
        <source-password>«xml:pwl:icesource»</source-password>  ⟦password|Icecast source password⟧
        <relay-password>«xml:pwl:icerelay»</relay-password>  ⟦password|Icecast relay password⟧
        <admin-user>admin</admin-user>
        <admin-password>«xml:pwn:iceadmin»</admin-password>  ⟦password|Icecast admin password⟧
    </authentication>
    <hostname>radio.brightwater.tv</hostname>
    <listen-socket>
        <port>8000</port>
    </listen-socket>
</icecast>
"""),
    ("radio/liquidsoap/bwradio.liq", r"""
#!/usr/bin/liquidsoap
settings.log.file.path := "/var/log/liquidsoap/bwradio.log"

live = input.harbor("live", port=8005, password="«pwp:harborlive»")  ⟦password|Liquidsoap harbor password⟧
playlist = playlist("/srv/radio/rotation.m3u")
radio = fallback(track_sensitive=false, [live, playlist])

output.icecast(%mp3(bitrate=128), host="127.0.0.1", port=8000,
  password="«pwl:icesource»", mount="bwradio.mp3", radio)  ⟦password|Icecast source password in Liquidsoap⟧
"""),
    ("newsroom/mos-gateway.json", r"""
{
  "mosId": "BWM.MOS.ATL",  ⟪MOS id⟫
  "ncsId": "INEWS.ATL",  ⟪NCS id⟫
  "inews": {
    "host": "10.20.2.30",
    "user": "mosgw",
    "password": "«pw6:inewsftp»",  ⟦password|iNews FTP password in a MOS gateway config⟧
    "queues": ["SHOW.NEWS24.RUNDOWN", "SHOW.MORNING.RUNDOWN"]
  },
  "upstream": {"port": 10540, "lowerPort": 10541},
  "heartbeatSeconds": 10
}
"""),
    ("elemental/live-node-01.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<node>
  <hostname>elive-atl-01</hostname>
  <product>AWS Elemental Live</product>
  <version>2.26.5.13</version>
  <authentication enabled="true">
    <user>
      <login>bw-automation</login>
      <api_key>«b62:20-elemapi»</api_key>  ⟦app-secret|Elemental Live REST API key⟧
      <role>operator</role>
    </user>
  </authentication>
  <cloud_credentials>
    <role_arn>arn:aws:iam::291837465502:role/elemental-live-upload</role_arn>  ⟪role ARN⟫
  </cloud_credentials>
</node>
"""),
]
