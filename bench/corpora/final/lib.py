"""Seeded value generators for the final corpus (written without reading credgate code).

`Rng` is the shared seeded generator (corpora/rng.py); `Rng(None)` uses the OS's randomness.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import zlib

from ..rng import B32_AWS as B32AWS, B62, BANNED as _BANNED, DIG, HEX, LO, UP, SeededRng, base62

ALNUM = B62
URLSAFE = ALNUM + "-_"
B64 = UP + LO + DIG + "+/"
BANNED = _BANNED + ("xxxx",)

WORDS = ["harbor", "tundra", "pickle", "falcon", "maple", "copper", "violet", "quartz", "lantern", "saffron",
         "glacier", "otter", "walnut", "ember", "bramble", "cobalt", "juniper", "marble", "pepper", "thistle"]


def Rng(seed):
    """The shared seeded generator; this corpus also refuses values that spell "xxxx"."""
    return SeededRng(seed, BANNED)


def crc_token(rng, prefix):
    body = rng.s(30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def human_password(rng):
    w1, w2 = rng.choice(WORDS), rng.choice(WORDS)
    pat = rng.randbelow(5)
    sym = rng.choice("!#$%&*@?")
    num = rng.digits(2)
    if pat == 0:
        return f"{w1.capitalize()}-{w2.capitalize()}-{num}{sym}"
    if pat == 1:
        return f"{w1.capitalize()}{sym}{w2}{rng.choice(['2022', '2023', '2024'])}"
    if pat == 2:
        return f"{rng.choice(['Spring', 'Winter', 'Summer', 'Autumn'])}{rng.choice(['2023', '2024'])}{sym}{w1[:3].upper()}"
    if pat == 3:
        return f"{w1}.{w2}.{num}{sym}{rng.s(2, UP)}"
    return rng.s(6) + sym + rng.s(7) + rng.choice(".-_") + rng.s(3)


def jwt_hs256(rng, claims):
    h = b64u(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    p = b64u(json.dumps(claims, separators=(",", ":")).encode())
    sig = hmac.new(rng.token_bytes(32), f"{h}.{p}".encode(), hashlib.sha256).digest()
    return f"{h}.{p}.{b64u(sig)}"


def pypi_token(rng):
    ident = rng.uuid().encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": ["tallypine-client"]}}).encode()
    blob = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(caveat)])
            + caveat + b"\x00\x00\x06\x20" + rng.token_bytes(32))
    return "pypi-" + b64u(blob)


def sentry_org_token(rng):
    payload = json.dumps({"iat": 1718000000 + rng.randbelow(9000000), "url": "https://sentry.io",
                          "region_url": "https://us.sentry.io", "org": "tallypine"}, separators=(",", ":"))
    return "sntrys_" + base64.b64encode(payload.encode()).decode().rstrip("=") + "_" + rng.s(43, B64.replace("+", "").replace("/", ""))


def make_values(rng):
    """type-name -> generator(rng) for placeholder types."""
    r = rng
    return {
        "akid": lambda: "AKIA" + r.s(16, B32AWS),
        "asia": lambda: "ASIA" + r.s(16, B32AWS),
        "aws_secret": lambda: r.s(40, B64),
        "aws_session": lambda: "IQoJb3JpZ2luX2VjE" + r.s(340, B64) + "==",
        "acct": lambda: r.digits(12),
        "ghp": lambda: crc_token(r, "ghp_"),
        "gho": lambda: crc_token(r, "gho_"),
        "ghs": lambda: crc_token(r, "ghs_"),
        "ghpat": lambda: "github_pat_11" + r.s(20, UP + DIG) + "_" + r.s(59, ALNUM),
        "glpat": lambda: "glpat-" + r.s(20, URLSAFE),
        "glrt": lambda: "glrt-" + r.s(20, URLSAFE),
        "xoxb": lambda: f"xoxb-{r.digits(12)}-{r.digits(13)}-{r.s(24)}",
        "xoxp": lambda: f"xoxp-{r.digits(12)}-{r.digits(12)}-{r.digits(13)}-{r.s(32, HEX)}",
        "slack_hook": lambda: f"https://hooks.slack.com/services/T{r.s(8, UP + DIG)}/B{r.s(10, UP + DIG)}/{r.s(24)}",
        "sk_live": lambda: "sk_live_51" + r.s(97),
        "rk_live": lambda: "rk_live_51" + r.s(97),
        "pk_live": lambda: "pk_live_51" + r.s(97),
        "whsec": lambda: "whsec_" + r.s(32),
        "twilio_ac": lambda: "AC" + r.s(32, HEX),
        "twilio_sk": lambda: "SK" + r.s(32, HEX),
        "hex32": lambda: r.s(32, HEX),
        "hex40": lambda: r.s(40, HEX),
        "hex64": lambda: r.s(64, HEX),
        "alnum32": lambda: r.s(32),
        "sendgrid": lambda: "SG." + r.s(22, URLSAFE) + "." + r.s(43, URLSAFE),
        "mailgun": lambda: "key-" + r.s(32, HEX),
        "gapi": lambda: "AIza" + r.s(35, URLSAFE),
        "az_storage": lambda: r.s(86, B64) + "==",
        "az_sb": lambda: r.s(43, B64) + "=",
        "az_secret": lambda: r.s(3, ALNUM) + "8Q~" + r.s(34, ALNUM + "_.~-"),
        "openai": lambda: "sk-proj-" + r.s(74, URLSAFE) + "T3BlbkFJ" + r.s(74, URLSAFE),
        "openai_svc": lambda: "sk-svcacct-" + r.s(74, URLSAFE) + "T3BlbkFJ" + r.s(74, URLSAFE),
        "anthropic": lambda: "sk-ant-api03-" + r.s(93, URLSAFE) + "AA",
        "hf": lambda: "hf_" + r.s(34, UP + LO),
        "npm": lambda: crc_token(r, "npm_"),
        "pypi": lambda: pypi_token(r),
        "dckr": lambda: "dckr_pat_" + r.s(27, URLSAFE),
        "nrak": lambda: "NRAK-" + r.s(27, UP + DIG),
        "nr_license": lambda: r.s(36, HEX) + "NRAL",
        "sntrys": lambda: sentry_org_token(r),
        "sntryu": lambda: "sntryu_" + r.s(64, HEX),
        "sentry_dsn": lambda: f"https://{r.s(32, HEX)}@o{r.digits(6)}.ingest.us.sentry.io/{r.digits(7)}",
        "shpat": lambda: "shpat_" + r.s(32, HEX),
        "shpss": lambda: "shpss_" + r.s(32, HEX),
        "square": lambda: "EAAA" + r.s(60, URLSAFE),
        "braintree": lambda: f"access_token$production${r.s(16, LO + DIG)}${r.s(32, HEX)}",
        "paypal_id": lambda: "A" + r.s(79, URLSAFE),
        "paypal_secret": lambda: "E" + r.s(79, URLSAFE),
        "discord_bot": lambda: b64u(r.digits(19).encode()) + "." + r.s(6, URLSAFE) + "." + r.s(38, URLSAFE),
        "discord_hook": lambda: f"https://discord.com/api/webhooks/{r.digits(19)}/{r.s(68, URLSAFE)}",
        "telegram": lambda: f"{r.digits(10)}:AA{r.s(33, URLSAFE)}",
        "atlassian": lambda: "ATATT3xFfGF0" + r.s(171, URLSAFE) + "=" + r.s(8, HEX.upper()),
        "hvs": lambda: "hvs.CAESI" + r.s(86, URLSAFE),
        "tfc": lambda: r.s(14) + ".atlasv1." + r.s(67),
        "dop": lambda: "dop_v1_" + r.s(64, HEX),
        "heroku": lambda: "HRKU-AA" + r.s(58, URLSAFE),
        "heroku_uuid": lambda: r.uuid(),
        "doppler": lambda: "dp.st.prd." + r.s(40),
        "okta": lambda: "00" + r.s(40, URLSAFE),
        "mapbox_pk": lambda: "pk.eyJ1IjoidGFsbHlwaW5lIiwiYSI6I" + r.s(26) + "In0." + r.s(22, URLSAFE),
        "pw": lambda: human_password(r),
        "uuid": lambda: r.uuid(),
        "b64_44": lambda: r.s(43, B64) + "=",
        "laravel": lambda: "base64:" + base64.b64encode(r.token_bytes(32)).decode(),
        "django": lambda: r.s(50, LO + DIG + "!@#%^&*(-_=+)"),
        "sha256": lambda: r.s(64, HEX),
        "sha512b64": lambda: base64.b64encode(r.token_bytes(64)).decode(),
        "b64blob": lambda: base64.b64encode(r.token_bytes(900)).decode(),
        "jwt_svc": lambda: jwt_hs256(r, {"iss": "https://auth.tallypine.com", "sub": "svc-partner-ledgerly",
                                          "aud": "partner-api", "scope": "invoices:write payouts:read",
                                          "iat": 1714000000, "exp": 1903000000}),
        "jwt_k8s": lambda: jwt_hs256(r, {"iss": "kubernetes/serviceaccount",
                                          "kubernetes.io/serviceaccount/namespace": "ci",
                                          "kubernetes.io/serviceaccount/secret.name": "deployer-token-7x2kq",
                                          "kubernetes.io/serviceaccount/service-account.name": "deployer",
                                          "sub": "system:serviceaccount:ci:deployer"}),
        "dockercfg": lambda: json.dumps({"auths": {"https://index.docker.io/v1/": {"username": "tallypineci", "auth": base64.b64encode(("tallypineci:" + "dckr_pat_" + r.s(27, URLSAFE)).encode()).decode()}}}),
        "dockerauth": lambda: "dmitrivolkov:" + "dckr_pat_" + r.s(27, URLSAFE),
        "bcrypt": lambda: "$2b$12$" + r.s(53, ALNUM + "./"),
    }
