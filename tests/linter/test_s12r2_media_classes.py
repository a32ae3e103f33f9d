"""Media, CDN, mobile-release and SaaS app tokens (session 12 round 2, issue 17), through the CLI.

Found (tests/fixtures/s12r2_media_classes/hit, synthetic values): Akamai EdgeGrid akab- client/access tokens
(.edgerc, Lambda env) and EdgeAuth keys (EdgeAuth(key=...), EDGEAUTH_KEY); live stream keys (YouTube five-group
keys after a YouTube ingest URL, as MediaLive StreamName, OBS service.json "key", in a runbook table and before a
"YouTube" mention; Twitch live_<id>_<key>; Facebook FB-<id>-<n>-<key>; random keys after any RTMP ingest app path: Restream,
Mux); DRM content keys on packager command lines
(Bento4 --encryption-key=KID:KEY and mp4encrypt --key n:KEY:IV, Shaka --keys ...:key=), FairPlay ASK (a file of
its own, YAML, CloudFormation {Name, Value}), Widevine signing IV, PlayReady key seed; Wowza admin.password /
publish.password entries and Application.xml <Name>..SharedSecret</Name><Value>; an Icecast password written
with &amp;; Apple app-specific passwords, MATCH_GIT_BASIC_AUTHORIZATION, CodePush deployment keys, OneSignal
os_v2_app_, Segment sgp_, DeepL UUID:fx, Iglu apikey UUIDs, a plain Pulumi config key, ?key=<hex> in an ad
decision server URL, a Wowza licence in Helm values, a lower-case PHP api_key.

Quiet (.../clean): the EdgeGrid API host (akab-...luna.akamaiapis.net), references and placeholders, stream key
templates, stream names at the end of RTMP URLs, a boolean "...Password" property, the Widevine test provider's documented signing key and IV, client
SDK keys (Braze SDK API key, Conviva customer key), an Algolia search-only key in a parameter file, a numeric
GAM network code in a Secret, Pulumi secure: values and key names, player macros in an ad URL.
"""
from __future__ import annotations

import os
from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r2_media_classes"

HITS = {
    ('apps/iglu_resolver.json', 3): ('snowplow-iglu-api-key', '9e1c5a3f-7b2d-4f68-a0e4-c8b6d2f1a397'),
    ('apps/segment.json', 4): ('segment-public-api-token', 'sgp_Rq7Vt2Lm9Xk4Wp8Zn3Hb6Yc1Jd5Fs0GaTu2Ke7NwRq7Vt2Lm9Xk4Wp8Zn3Hb6Yc1Jd5F'),
    ('apps/translate.py', 3): ('deepl-auth-key', '4b8f2d6a-1c3e-4a57-9b0d-2e6f8a1c3d5b:fx'),
    ('cdn/edge_tokens.py', 4): ('akamai-edgeauth-token-key', '8c3e1a7f5b9d2064e8c1a3f7b5d9e2046c8a1e3f5b7d9c2e4a6f8b1d3e5c7a90'),
    ('cdn/lambda-env.json', 3): ('akamai-edgegrid-token', 'akab-n3yq7wz1kt5rm9pv-d2jh8cf4lx6bs0ge'),
    ('cdn/lambda-env.json', 4): ('akamai-edgeauth-token-key', '5e9b3d7f1a4c8062e5b9d3f7a1c4e806'),
    ('drm/fairplay/credentials/ask.txt', 1): ('fairplay-ask-file', '4e8a2c6f0b3d5971e4a8c2f60b3d5971'),
    ('drm/keyserver/config.yaml', 3): ('drm-key-server-secret', '9f3b7d1e5a2c4068f9b3d7e15a2c4069'),
    ('drm/keyserver/config.yaml', 5): ('drm-key-server-secret', '2d6a0e4c8b1f3957d2a6e0c48b1f3958'),
    ('drm/keyserver/config.yaml', 7): ('drm-key-server-secret', 'Wq7Zt3Kx9Mv2Np5Rb8Hc4Jd6Lf1Gs0Ye3Ua7Tk'),
    ('drm/keyserver/ecs.yaml', 8): ('drm-key-server-secret', '6c0a4e8b2f1d3957c6a0e4b82f1d395a'),
    ('drm/keyserver/ecs.yaml', 9): ('drm-key-server-secret', '1b5f9d3a7e2c4068b1f5d93a7e2c406b'),
    ('drm/package.sh', 3): ('drm-packager-content-key', 'c4a8e2f6b1d9370a5c8e2f4a6b1d937e'),
    ('drm/package.sh', 5): ('drm-packager-content-key', 'e1a5c9f3b7d24068e1a5c9f3b7d2406a'),
    ('drm/package.sh', 8): ('drm-packager-content-key', 'a2c6e0b4f8d13579a2c6e0b4f8d1357b'),
    ('drm/package.sh', 9): ('drm-packager-content-key', '5f7d9b1e3a2c4068f5d7b9e13a2c406c'),
    ('home/ops/.edgerc', 3): ('akamai-edgegrid-token', 'akab-w8pk2mz5qr7tx4nb-h1cv9dj3lf6ys0ga'),
    ('home/ops/.edgerc', 4): ('akamai-edgegrid-token', 'akab-e6tz3nq9wk1rx8pm-b4yh7cs2vd5lj0fu'),
    ('infra/ssai.yaml', 5): ('url-query-hex-key', 'c2e6a0b4f8d1357924c6e0a2b4f8d13579e1a3c5'),
    ('infra/values-wse.yaml', 2): ('media-server-license-key', 'Q7ZK-M3TX9-W8PV2-R4NB6-H1JC5-Y9LD3-F2GS7'),
    ('mobile/.env.release', 1): ('apple-app-specific-password', 'zqwk-tnhm-rvpb-yjcd'),
    ('mobile/.env.release', 2): ('fastlane-match-basic-auth-env', 'Y2ktYm90OlFxN3ZMbTJSdEs5d1pwNA=='),
    ('mobile/.env.release', 3): ('codepush-deployment-key', 'Rq7Vt2Lm9Xk4Wp8Zn3Hb6Yc1Jd5Fs0Ga_Tu2Ke7Nw'),
    ('mobile/.env.release', 4): ('onesignal-rest-api-key', 'os_v2_app_q7vt2lm9xk4wp8zn3hb6yc1jd5fs0gaetu2ke7nwq7vt2lm9xk4wp8zn3hb6yc1jd5fs0gaetu2ke7nwq7vt2lm9xk4wp8zn3hb6yc1'),
    ('php/config.php', 4): ('php-array-api-key-lower', 'x74qk2m9zr8tw3vn6pl1yh5cj0bs8fgd'),
    ('pulumi/ads/Pulumi.prod.yaml', 3): ('pulumi-plaintext-config-secret', '7f3b9d1e5a2c8064f7b3d9e15a2c8064'),
    ('radio/icecast.xml', 3): ('xml-password-element-entity', 'Br4dcast&amp;71'),
    ('stream/medialive.yaml', 9): ('youtube-live-stream-key', 'm2vx-8kq4-zt7n-1wr9-c5hp'),
    ('stream/nginx.conf', 4): ('twitch-stream-key', 'live_481726354_Rz8qKm3VxT7wLp2NcY9hBf4JdGs6Ua'),
    ('stream/restream.sh', 2): ('rtmp-url-stream-key', 're_7315904_c2e8a4f1b9d3706e5a1c'),
    ('stream/restream.sh', 3): ('rtmp-url-stream-key', '5d1f7b3e-9a2c-4e86-b0d4-7c3a9e1f5b28'),
    ('stream/runbook.md', 5): ('youtube-live-stream-key', 'r9tn-4kx2-pw7m-6zq1-h3vb'),
    ('stream/runbook.md', 6): ('facebook-live-stream-key', 'FB-5647382910564738-0-Kw3Rz8Tq2Xm7Vn4Lp9Hc'),
    ('stream/runbook.md', 8): ('youtube-stream-key-before-mention', 'b6qw-2zt8-nx4k-7mr3-v9pc'),
    ('stream/service.json', 3): ('youtube-live-stream-key', 'k4vn-9qz2-w7mx-3trb-h8pc'),
    ('stream/simulcast.sh', 3): ('facebook-live-stream-key', 'FB-2384756102938475-0-Hq8Zm3Tk7Wp2Xv9Rn4Lc6Yb'),
    ('wowza/conf/admin.password', 2): ('wowza-password-file', 'Kelby7mq'),
    ('wowza/conf/live/Application.xml', 6): ('xml-property-name-value-secret', 'Tq8Wz3Kx7Mv2Np5RbHc4Jd9L'),
    ('wowza/conf/publish.password', 2): ('wowza-password-file', 'Harlow#2291'),
}


def test_media_cdn_and_app_tokens_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])  # every one blocks at medium
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_documented_and_public_values_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_media_rules_agree_under_both_matchers(tmp_path: Path) -> None:
    """The hyperscan database and the pure-Python matcher find the same lines (line-start rules included)."""
    root = FIX / "hit"
    seen = {}
    for matcher in ("python", "auto"):
        old = os.environ.get("CREDGATE_MATCHER")
        os.environ["CREDGATE_MATCHER"] = matcher
        try:
            _code, found = scan_built_in(root, tmp_path)
        finally:
            if old is None:
                os.environ.pop("CREDGATE_MATCHER", None)
            else:
                os.environ["CREDGATE_MATCHER"] = old
        seen[matcher] = set(findings_by_line(found, root))
    assert seen["python"] == seen["auto"], seen["python"] ^ seen["auto"]
