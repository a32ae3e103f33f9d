"""Shape-correct random credential values (never real) and throwaway key material."""
from __future__ import annotations

import datetime
import json
import uuid

from cryptography.hazmat.primitives.asymmetric import ec

from .. import keys as KB
from .core import ALNUM, B64, B64URL, DRBG, HEX, UPPER_B32, b64, b64url, crc_token

WORDS = ["Harbor", "Maple", "Orbit", "Cobalt", "Falcon", "Juniper", "Quartz", "Saffron", "Tundra",
         "Velvet", "Willow", "Zephyr", "Copper", "Lantern", "Meadow", "Nimbus", "Pepper", "Raven",
         "Summit", "Thistle", "Granite", "Marlin", "Osprey", "Cedar", "Basil", "Ember", "Fjord",
         "Glacier", "Hazel", "Indigo", "Kestrel", "Lagoon", "Mosaic", "Nectar", "Oberon", "Prairie"]
LEET = {"a": "4", "e": "3", "i": "1", "o": "0", "s": "5"}
SYMS = "!@#*?-_+=."


class Tok:
    def __init__(self, rng: DRBG):
        self.r = rng
        self._store: dict = {}

    # ---- plumbing ------------------------------------------------------------------------
    def keep(self, name, value):
        self._store[name] = value
        return value

    def get(self, name):
        return self._store[name]

    def alnum(self, n):
        return self.r.chars(ALNUM, n)

    def hex(self, n):
        return self.r.chars(HEX, n)

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.r.chars("0123456789", n - 1)

    def uuid(self):
        return str(uuid.UUID(bytes=self.r.token_bytes(16), version=4))

    def sha1(self):
        return self.hex(40)

    def sha256(self):
        return self.hex(64)

    # ---- human passwords -----------------------------------------------------------------
    def pw(self):
        r = self.r
        style = r.randbelow(4)
        if style == 0:
            w = r.choice(WORDS)
            w = "".join(LEET.get(c, c) if r.randbelow(2) else c for c in w)
            return w + r.choice(WORDS) + str(r.randint(10, 9999)) + r.choice(SYMS)
        if style == 1:
            return r.choice(WORDS) + r.choice(SYMS) + r.choice(WORDS).lower() + str(r.randint(1, 99))
        if style == 2:
            return r.choice(WORDS)[0] + r.chars(ALNUM + "!#*+-.", r.randint(13, 21))
        return r.chars(ALNUM, r.randint(16, 28))

    def pw_urlsafe(self):
        r = self.r
        return r.choice(WORDS) + r.chars(ALNUM, r.randint(6, 12)) + str(r.randint(1, 99))

    # ---- cloud ---------------------------------------------------------------------------
    def aws_id(self, prefix="AKIA"):
        return prefix + self.r.chars(UPPER_B32, 16)

    def aws_secret(self):
        return self.r.chars(ALNUM + "/+", 40)

    def aws_session(self):
        return "IQoJb3JpZ2luX2Vj" + self.r.chars(B64, self.r.randint(560, 760))

    def azure_storage_key(self):
        return b64(self.r.token_bytes(64))

    def azure_conn(self, account):
        return (f"DefaultEndpointsProtocol=https;AccountName={account};"
                f"AccountKey={self.azure_storage_key()};EndpointSuffix=core.windows.net")

    def azure_sas_key(self):
        return b64(self.r.token_bytes(32))

    def azure_client_secret(self):
        return self.r.chars(ALNUM, 3) + "8Q~" + self.r.chars(ALNUM + "_.~-", 34)

    def aiza(self):
        return "AIzaSy" + self.r.chars(ALNUM + "-_", 33)

    def do_token(self):
        return "dop_v1_" + self.hex(64)

    def tfc_token(self):
        return self.alnum(14) + ".atlasv1." + self.alnum(67)

    def vault_token(self, short=False):
        if short:
            return "hvs." + self.alnum(24)
        return "hvs.CAESI" + self.r.chars(B64URL, 86)

    def doppler(self, kind="st", env="prd"):
        return f"dp.{kind}.{env}." + self.alnum(40) if kind == "st" else f"dp.{kind}." + self.alnum(43)

    # ---- code hosting / packages ---------------------------------------------------------
    def ghp(self, prefix="ghp_"):
        return crc_token(prefix, self.alnum(30))

    def gh_fine(self):
        return "github_pat_" + self.alnum(22) + "_" + self.alnum(59)

    def glpat(self):
        return "glpat-" + self.r.chars(ALNUM + "-_", 20)

    def glrt(self):
        return "glrt-" + self.r.chars(ALNUM + "-_", 20)

    def npm(self):
        return crc_token("npm_", self.alnum(30))

    def pypi(self):
        body = (b"\x02\x01\x08pypi.org\x02\x25\x00" + self.uuid().encode()
                + b"\x00\x02\x2a[1,[\"version\",1],[\"permissions\",\"user\"]]\x00\x06\x20"
                + self.r.token_bytes(32))
        return "pypi-" + b64url(body)

    def dckr(self):
        return "dckr_pat_" + self.r.chars(ALNUM + "-_", 27)

    def crates(self):
        return "cio" + self.alnum(32)

    # ---- chat / saas ---------------------------------------------------------------------
    def xoxb(self):
        return f"xoxb-{self.digits(12)}-{self.digits(13)}-{self.alnum(24)}"

    def xoxp(self):
        return f"xoxp-{self.digits(12)}-{self.digits(12)}-{self.digits(13)}-{self.hex(32)}"

    def slack_hook(self):
        up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
        return ("https://hooks.slack.com/services/T" + self.r.chars(up, 8) + "/B"
                + self.r.chars(up, 10) + "/" + self.alnum(24))

    def stripe(self, prefix="sk_live_", long=True):
        return prefix + ("51" + self.alnum(97) if long else self.alnum(24))

    def sendgrid(self):
        return "SG." + self.r.chars(B64URL, 22) + "." + self.r.chars(B64URL, 43)

    def twilio_sk(self):
        return "SK" + self.hex(32)

    def twilio_ac(self):
        return "AC" + self.hex(32)

    def twilio_secret(self):
        return self.alnum(32)

    def openai(self):
        return "sk-proj-" + self.r.chars(B64URL, 74) + "T3BlbkFJ" + self.r.chars(B64URL, 74)

    def anthropic(self):
        return "sk-ant-api03-" + self.r.chars(B64URL, 93) + "AA"

    def hf(self):
        import string as _s
        return "hf_" + self.r.chars(_s.ascii_letters, 34)

    def dd_api(self):
        return self.hex(32)

    def dd_app(self):
        return self.hex(40)

    def sentry_org_token(self, org="acme"):
        payload = json.dumps({"iat": 1717000000 + self.r.randbelow(9000000) + 0.123,
                              "url": "https://sentry.io", "region_url": "https://us.sentry.io",
                              "org": org}, separators=(",", ":")).encode()
        return "sntrys_" + b64(payload) + "_" + self.r.chars(B64URL, 43)

    def sentry_user_token(self):
        return "sntryu_" + self.hex(64)

    def sentry_dsn(self, org_id=None):
        return (f"https://{self.hex(32)}@o{self.digits(6)}.ingest.us.sentry.io/{self.digits(7)}")

    def shpat(self):
        return "shpat_" + self.hex(32)

    def pagerduty(self):
        return self.hex(32)

    def rails_master(self):
        return self.hex(32)

    def laravel_key(self):
        return "base64:" + b64(self.r.token_bytes(32))

    def django_key(self):
        return self.r.chars("abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)", 50)

    def phoenix_key(self):
        return self.r.chars(ALNUM + "+/", 64)

    def wg_key(self):
        return b64(self.r.token_bytes(32))

    def cookie_secret(self):
        return b64url(self.r.token_bytes(32), pad=True)

    def pusher_secret(self):
        return self.hex(20)

    # ---- JWT -----------------------------------------------------------------------------
    def jwt(self, iss="https://auth.acme-internal.net/", sub=None, alg="HS256", aud="api", extra=None):
        hdr = {"alg": alg, "typ": "JWT"}
        if alg.startswith("RS"):
            hdr["kid"] = self.alnum(16)
        iat = 1715000000 + self.r.randbelow(20000000)
        body = {"iss": iss, "sub": sub or self.uuid(), "aud": aud, "iat": iat, "exp": iat + 86400 * 365}
        if extra:
            body.update(extra)
        sig = self.r.token_bytes(256 if alg.startswith("RS") else 32)
        return ".".join([b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(body, separators=(",", ":")).encode()), b64url(sig)])

    # ---- key material (shared builders in corpora/keys.py; witnesses by randbelow, 24 rounds) -----
    def rsa_key(self, bits=2048):
        return KB.rsa_key(self.r.getrandbits, lambda n: 2 + self.r.randbelow(n - 3), 24, bits)

    def ec_key(self, curve=None):
        curve = curve or ec.SECP256R1()
        order = {"secp256r1": 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551,
                 "secp384r1": int("ffffffffffffffffffffffffffffffffffffffffffffffffc7634d81f4372ddf"
                                  "581a0db248b0a77aecec196accc52973", 16)}[curve.name]
        return KB.ec_key(1 + self.r.randbelow(order - 1), curve)

    def ed25519_key(self):
        return KB.ed25519_key(self.r.token_bytes(32))

    @staticmethod
    def pem(key, fmt="pkcs8"):
        return KB.pem(key, fmt)

    def openssh(self, key, comment=""):
        """OpenSSH private key with deterministic check-ints (cryptography writes no comment)."""
        return KB.openssh(key, self.r.token_bytes(4))

    ssh_pub = staticmethod(KB.ssh_pub)
    pub_pem = staticmethod(KB.pub_pem)

    def cert(self, key, cn, issuer_key=None, issuer_cn=None, ca=False):
        serial = self.r.getrandbits(120)
        return KB.certificate(key, KB.name(("O", "Acme Internal"), ("CN", cn)), serial,
                              datetime.datetime(2024, 3, 1), datetime.datetime(2034, 3, 1),
                              issuer=KB.name(("O", "Acme Internal"), ("CN", issuer_cn or cn)),
                              issuer_key=issuer_key or key, ca=ca, san=None if ca else cn)

    csr = staticmethod(KB.csr)


def mark_first(text: str, kind: str, note: str | None = None) -> str:
    """Append a label marker to the first line of a multi-line value (e.g. a PEM BEGIN line)."""
    first, _, rest = text.partition("\n")
    m = f"⟦{kind}|{note}⟧" if note else f"⟦{kind}⟧"
    return first + m + "\n" + rest
