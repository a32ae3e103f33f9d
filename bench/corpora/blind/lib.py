"""Seeded value generators for the blind corpus (no credgate code is used or read here).

`Rng` is the shared seeded generator (corpora/rng.py): the same seed always writes the same bytes;
`Rng(None)` falls back to the OS's randomness for fresh values.
"""
from __future__ import annotations

import base64
import hashlib
import json
import zlib

from ..rng import B62, B32_AWS as B32AWS, DIG, HEX, LO, UP, SeededRng as Rng, b64url, base62

ALNUM = B62
URLSAFE = ALNUM + "-_"
B64 = UP + LO + DIG + "+/"


def crc_token(rng: Rng, prefix: str) -> str:
    body = rng.s(30)
    return prefix + body + base62(zlib.crc32(body.encode()), 6)


class Tokens:
    """Every provider's token in its documented shape; every value random."""

    def __init__(self, rng: Rng):
        self.r = rng

    # AWS
    def akid(self):
        return "AKIA" + self.r.s(16, B32AWS)

    def asia(self):
        return "ASIA" + self.r.s(16, B32AWS)

    def aws_secret(self):
        return self.r.s(40, B64)

    def session_token(self):
        return "IQoJb3JpZ2luX2Vj" + self.r.s(self.r.between(600, 760), B64)

    def account(self):
        return self.r.digits(12)

    # source control
    def ghp(self):
        return crc_token(self.r, "ghp_")

    def gho(self):
        return crc_token(self.r, "gho_")

    def gh_fine(self):
        return "github_pat_" + self.r.s(22) + "_" + self.r.s(59)

    def glpat(self):
        return "glpat-" + self.r.s(20, URLSAFE)

    # chat / messaging
    def xoxb(self):
        return f"xoxb-{self.r.digits(11)}-{self.r.digits(13)}-{self.r.s(24)}"

    def slack_hook(self):
        return (f"https://hooks.slack.com/services/T{self.r.s(8, UP + DIG)}/"
                f"B{self.r.s(10, UP + DIG)}/{self.r.s(24)}")

    def twilio_token(self):
        return self.r.s(32, HEX)

    def twilio_sid(self):
        return "AC" + self.r.s(32, HEX)

    def sendgrid(self):
        return "SG." + self.r.s(22, URLSAFE) + "." + self.r.s(43, URLSAFE)

    # payments / commerce
    def stripe_sk(self):
        return "sk_live_51" + self.r.s(97)

    def stripe_rk(self):
        return "rk_live_51" + self.r.s(97)

    def stripe_pk(self):
        return "pk_live_51" + self.r.s(97)

    def shopify(self):
        return "shpat_" + self.r.s(32, HEX)

    def square(self):
        return "EAAA" + self.r.s(60, URLSAFE)

    # AI
    def openai(self):
        return "sk-proj-" + self.r.s(74, URLSAFE) + "T3BlbkFJ" + self.r.s(74, URLSAFE)

    def anthropic(self):
        return "sk-ant-api03-" + self.r.s(93, URLSAFE) + "AA"

    def hf(self):
        return "hf_" + self.r.s(34, UP + LO)

    # packages / registries
    def npm(self):
        return crc_token(self.r, "npm_")

    def pypi(self):
        raw = (b"\x02\x01\x08pypi.org\x02\x24" + self.r.uuid().encode() + b"\x00\x02\x2a"
               + b'[1,["version",1],{"permissions":"user"}]' + b"\x00\x00\x06\x20" + self.r.token_bytes(32))
        return "pypi-" + b64url(raw)

    def dckr(self):
        return "dckr_pat_" + self.r.s(27, URLSAFE)

    # observability
    def dd_api(self):
        return self.r.s(32, HEX)

    def dd_app(self):
        return self.r.s(40, HEX)

    def nrak(self):
        return "NRAK-" + self.r.s(27, UP + DIG)

    def nr_license(self):
        return self.r.s(36, HEX) + "NRAL"

    # infra
    def hvs_long(self):
        return "hvs.CAESI" + self.r.s(86, URLSAFE)

    def hvs_short(self):
        return "hvs." + self.r.s(24)

    def tfc(self):
        return self.r.s(14) + ".atlasv1." + self.r.s(67)

    def dop(self):
        return "dop_v1_" + self.r.s(64, HEX)

    def atlassian(self):
        return "ATATT3xFfGF0" + self.r.s(171, URLSAFE) + "=" + self.r.s(8, "0123456789ABCDEF")

    def okta(self):
        return "00" + self.r.s(40, URLSAFE)

    def cognito_secret(self):
        return self.r.s(51, LO + DIG) + self.r.choice(LO)

    def jwt(self, iss="https://auth.harborline.io/", aud="orders-api", alg="RS256"):
        h = {"alg": alg, "kid": self.r.s(16, HEX), "typ": "JWT"}
        iat = 1717000000 + self.r.randbelow(2000000)
        p = {"iss": iss, "sub": self.r.uuid(), "aud": aud, "scope": "orders:write ledger:read",
             "iat": iat, "exp": iat + 31536000, "jti": self.r.s(22, URLSAFE)}
        sig = self.r.token_bytes(256 if alg.startswith("RS") else 32)
        def enc(o):
            return b64url(json.dumps(o, separators=(",", ":")).encode())
        return f"{enc(h)}.{enc(p)}.{b64url(sig)}"

    # passwords
    def password(self, n=None):
        n = n or self.r.between(16, 26)
        return self.r.choice(UP + LO) + self.r.s(n - 1, ALNUM + "!#%^*-_=+")

    def url_password(self, n=None):
        n = n or self.r.between(16, 28)
        return self.r.choice(UP + LO) + self.r.s(n - 1, ALNUM + "-_.~")

    def passphrase(self):
        words = ["anchor", "quay", "ballast", "harbor", "tide", "keel", "jetty", "buoy", "cargo",
                 "dolphin", "gantry", "hawser", "lantern", "mooring", "pelican", "rudder"]
        return "-".join(self.r.choice(words).capitalize() if i % 2 else self.r.choice(words) for i in range(3)) + \
            "-" + self.r.digits(2) + self.r.choice("!#%*")

    # negatives
    def sha256(self):
        return self.r.s(64, HEX)

    def sha1(self):
        return self.r.s(40, HEX)

    def firebase_web(self):
        return "AIza" + self.r.s(35, URLSAFE)

    def kms_blob(self, n=180):
        return base64.b64encode(b"\x01\x02\x02\x00x" + self.r.token_bytes(n)).decode()

    def b64(self, n):
        return base64.b64encode(self.r.token_bytes(n)).decode()


def basic(user: str, pw: str) -> str:
    return base64.b64encode(f"{user}:{pw}".encode()).decode()


def sha256_of(s: str) -> str:
    return hashlib.sha256(s.encode()).hexdigest()
