"""Value factory for the fresh4 corpus: one ``v_<fn>`` per placeholder function, all drawn from one SeededRng.

A placeholder is ``«fn:tag»`` (a new value per tag, cached per file) or ``«enc:fn:tag»`` (an encoding of the
cached ``«fn:tag»``). Key material is made once per run by ``KeyMaker`` and referred to by name.
"""
from __future__ import annotations

import base64
import datetime
import zlib

from corpora import keys
from corpora.rng import B32_AWS, B62, DIG, HEX, LO, UP, SeededRng, base62
from cryptography.hazmat.primitives.asymmetric import ec

B64 = UP + LO + DIG + "+/"
URLSAFE = UP + LO + DIG + "-_"
WORDS = ("Harbor", "Falcon", "Tundra", "Marigold", "Copper", "Lantern", "Velvet", "Orbit", "Meadow", "Rocket",
         "Saffron", "Juniper", "Pebble", "Walrus", "Nimbus", "Pelican", "Granite", "Cobalt", "Thistle", "Otter")
SYMS = "!#@$%*"
ENCODERS = ("b64", "b64b64", "hex", "pct", "uesc", "b64nl")


def pct(s: str) -> str:
    return "".join(c if c.isalnum() or c in "-_.~" else "%%%02X" % ord(c) for c in s)


class Values:
    def __init__(self, rng: SeededRng):
        self.rng = rng
        self.keys: dict = {}

    def get(self, spec: str, cache: dict) -> str:
        if spec in cache:
            return cache[spec]
        parts = spec.split(":")
        fn = parts[0]
        if fn in ENCODERS:
            inner = self.get(":".join(parts[1:]), cache)
            out = self.encode(fn, inner)
        elif fn in ("pem", "pemjson", "openssh", "sshpub", "pubpem", "cert", "b64openssh"):
            out = getattr(self, "k_" + fn)(*parts[1:])
        else:
            out = getattr(self, "v_" + fn)(parts[1:], cache)
        cache[spec] = out
        return out

    @staticmethod
    def encode(fn: str, s: str) -> str:
        if fn == "b64":
            return base64.b64encode(s.encode()).decode()
        if fn == "b64nl":
            return base64.b64encode((s + "\n").encode()).decode()
        if fn == "b64b64":
            return base64.b64encode(base64.b64encode(s.encode())).decode()
        if fn == "hex":
            return s.encode().hex()
        if fn == "pct":
            return pct(s)
        if fn == "uesc":
            return "".join("\\u%04x" % ord(c) for c in s)
        raise KeyError(fn)

    # ---- AWS
    def v_akid(self, tag, cache):
        return "AKIA" + self.rng.s(16, B32_AWS)

    def v_asia(self, tag, cache):
        return "ASIA" + self.rng.s(16, B32_AWS)

    def v_awssec(self, tag, cache):
        while True:
            s = self.rng.s(40, B64)
            if "/" in s or "+" in s:
                return s

    def v_sts(self, tag, cache):
        return "IQoJb3JpZ2luX2VjE" + self.rng.s(3, B62) + "aDGV1LWNlbnRyYWwtMSJHMEUCI" + self.rng.s(320, B64) + "=="

    def v_stsold(self, tag, cache):
        return "FwoGZXIvYXdzE" + self.rng.s(2, B62) + "//////////wEaD" + self.rng.s(260, B64)

    def v_pair(self, tag, cache):
        return self.get("akid:" + tag[0], cache) + ":" + self.get("awssec:" + tag[0], cache)

    def v_credfile(self, tag, cache):
        return ("[default]\naws_access_key_id = " + self.get("akid:" + tag[0], cache)
                + "\naws_secret_access_key = " + self.get("awssec:" + tag[0], cache) + "\n")

    def v_sesmtp(self, tag, cache):
        return "B" + self.rng.s(43, UP + LO + DIG + "+/")

    # ---- passwords
    def v_pw(self, tag, cache):
        """A human password: word(s), digits, a symbol."""
        r = self.rng
        w1, w2 = r.choice(WORDS), r.choice(WORDS)
        form = r.randbelow(5)
        if form == 0:
            return w1 + str(r.between(1990, 2026)) + r.choice(SYMS)
        if form == 1:
            return w1.lower() + r.choice(SYMS) + w2 + r.digits(2)
        if form == 2:
            return w1 + "_" + w2.lower() + r.digits(3)
        if form == 3:
            return w1[0].lower() + w1[1:] + r.digits(4) + r.choice(SYMS)
        return w1 + w2 + r.choice(SYMS) + r.digits(2)

    def v_urlpw(self, tag, cache):
        r = self.rng
        return r.choice(WORDS) + r.choice("-_.") + r.choice(WORDS).lower() + r.digits(3)

    def v_rpw(self, tag, cache):
        return self.rng.s(24, B62 + "!#%^*-_")

    def v_alnum(self, tag, cache):
        n = int(tag[0]) if tag and tag[0].isdigit() else 32
        return self.rng.s(n, B62)

    def v_hexs(self, tag, cache):
        n = int(tag[0]) if tag and tag[0].isdigit() else 32
        return self.rng.s(n, HEX)

    def v_b64s(self, tag, cache):
        n = int(tag[0]) if tag and tag[0].isdigit() else 44
        return self.rng.s(n, B64)

    def v_uuid(self, tag, cache):
        return self.rng.uuid()

    def v_digits(self, tag, cache):
        n = int(tag[0]) if tag and tag[0].isdigit() else 12
        return self.rng.digits(n)

    def v_sha(self, tag, cache):
        return self.rng.token_hex(20)

    def v_sha256(self, tag, cache):
        return self.rng.token_hex(32)

    def v_sha512b64(self, tag, cache):
        return base64.b64encode(self.rng.token_bytes(64)).decode()

    def v_fernet(self, tag, cache):
        return base64.urlsafe_b64encode(self.rng.token_bytes(32)).decode()

    def v_django(self, tag, cache):
        return self.rng.s(50, LO + DIG + "!@#%^&*(-_=+)")

    def v_kmsblob(self, tag, cache):
        return "AQICAHh" + self.rng.s(40, B64) + base64.b64encode(self.rng.token_bytes(150)).decode()

    def v_sealed(self, tag, cache):
        return "AgB" + base64.b64encode(self.rng.token_bytes(300)).decode()

    def v_sops(self, tag, cache):
        r = self.rng
        return ("ENC[AES256_GCM,data:" + base64.b64encode(r.token_bytes(r.between(12, 30))).decode()
                + ",iv:" + base64.b64encode(r.token_bytes(32)).decode()
                + ",tag:" + base64.b64encode(r.token_bytes(16)).decode() + ",type:str]")

    def v_aroa(self, tag, cache):
        return (tag[0] if tag else "AROA") + self.rng.s(17, UP + "234567")

    # ---- provider tokens
    def _crc_token(self, prefix: str) -> str:
        body = self.rng.s(30, B62)
        return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def v_ghp(self, tag, cache):
        return self._crc_token("ghp_")

    def v_ghs(self, tag, cache):
        return self._crc_token("ghs_")

    def v_npm(self, tag, cache):
        return self._crc_token("npm_")

    def v_glpat(self, tag, cache):
        return "glpat-" + self.rng.s(20, URLSAFE)

    def v_glrt(self, tag, cache):
        return "glrt-" + self.rng.s(20, URLSAFE)

    def v_xoxb(self, tag, cache):
        r = self.rng
        return "xoxb-" + r.digits(12) + "-" + r.digits(13) + "-" + r.s(24, B62)

    def v_slackhook(self, tag, cache):
        r = self.rng
        return ("https://hooks.slack.com/services/T" + r.s(8, UP + DIG) + "/B" + r.s(10, UP + DIG)
                + "/" + r.s(24, B62))

    def v_sklive(self, tag, cache):
        return "sk_live_" + self.rng.s(99, B62)

    def v_rklive(self, tag, cache):
        return "rk_live_" + self.rng.s(99, B62)

    def v_pklive(self, tag, cache):
        return "pk_live_" + self.rng.s(99, B62)

    def v_whsec(self, tag, cache):
        return "whsec_" + self.rng.s(32, B62)

    def v_sendgrid(self, tag, cache):
        return "SG." + self.rng.s(22, URLSAFE) + "." + self.rng.s(43, URLSAFE)

    def v_openai(self, tag, cache):
        return "sk-proj-" + self.rng.s(74, URLSAFE) + "T3BlbkFJ" + self.rng.s(74, URLSAFE)

    def v_anthropic(self, tag, cache):
        return "sk-ant-api03-" + self.rng.s(93, URLSAFE) + "AA"

    def v_hvs(self, tag, cache):
        return "hvs." + self.rng.s(24, B62)

    def v_tfc(self, tag, cache):
        return self.rng.s(14, B62) + ".atlasv1." + self.rng.s(67, B62)

    def v_pypi(self, tag, cache):
        return "pypi-AgEIcHlwaS5vcmc" + self.rng.s(150, URLSAFE)

    def v_dckr(self, tag, cache):
        return "dckr_pat_" + self.rng.s(27, URLSAFE)

    def v_gocspx(self, tag, cache):
        return "GOCSPX-" + self.rng.s(28, URLSAFE)

    def v_aiza(self, tag, cache):
        return "AIza" + self.rng.s(35, URLSAFE)

    def v_shpat(self, tag, cache):
        return "shpat_" + self.rng.s(32, HEX)

    def v_nrak(self, tag, cache):
        return "NRAK-" + self.rng.s(27, UP + DIG)

    def v_dapi(self, tag, cache):
        return "dapi" + self.rng.s(32, HEX)

    def v_azkey(self, tag, cache):
        return base64.b64encode(self.rng.token_bytes(64)).decode()

    def v_sentry(self, tag, cache):
        r = self.rng
        return "https://" + r.s(32, HEX) + ":" + r.s(32, HEX) + "@o" + r.digits(6) + ".ingest.sentry.io/" + r.digits(7)

    def v_sentrypub(self, tag, cache):
        r = self.rng
        return "https://" + r.s(32, HEX) + "@o" + r.digits(6) + ".ingest.sentry.io/" + r.digits(7)

    def v_twsid(self, tag, cache):
        return "AC" + self.rng.s(32, HEX)

    def v_mailgun(self, tag, cache):
        r = self.rng
        return r.s(32, HEX) + "-" + r.s(8, HEX) + "-" + r.s(8, HEX)

    def v_jwt(self, tag, cache):
        r = self.rng
        return ("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + r.s(90, URLSAFE) + "." + r.s(43, URLSAFE))

    def v_etag(self, tag, cache):
        return self.rng.token_hex(16)

    # ---- key material
    def k_pem(self, fmt, name):
        return keys.pem(self.keys[name], fmt).rstrip("\n")

    def k_pemjson(self, fmt, name):
        return keys.pem(self.keys[name], fmt).replace("\n", "\\n")

    def k_openssh(self, name, comment):
        return keys.openssh(self.keys[name], self.keys[name + ".ci"], comment).rstrip("\n")

    def k_b64openssh(self, name, comment):
        return base64.b64encode(keys.openssh(self.keys[name], self.keys[name + ".ci"], comment).encode()).decode()

    def k_sshpub(self, name, comment):
        return keys.ssh_pub(self.keys[name], comment)

    def k_pubpem(self, name):
        return keys.pub_pem(self.keys[name]).rstrip("\n")

    def k_cert(self, name, cn):
        key, ca = self.keys[name], self.keys["ca"]
        start = datetime.datetime(2026, 3, 2, 9, 0, 0)
        return keys.certificate(key, keys.name(("O", "Tidewell Freight"), ("CN", cn)),
                                int.from_bytes(self.keys[name + ".serial"], "big"),
                                start, start + datetime.timedelta(days=397),
                                issuer=keys.name(("O", "Tidewell Freight"), ("CN", "Tidewell Internal CA R2")),
                                issuer_key=ca, ca=False, san=cn).rstrip("\n")


def install_keys(vals: Values, rng: SeededRng) -> None:
    """RSA (shared Miller-Rabin search, witnesses from the same rng), P-256 and Ed25519 keys, in a fixed order."""
    def witness(n: int) -> int:
        return 2 + rng.randbelow(n - 3)

    k = vals.keys
    k["rsa1"] = keys.rsa_key(rng.getrandbits, witness, 20, 2048)
    k["rsa2"] = keys.rsa_key(rng.getrandbits, witness, 20, 2048)
    k["ec1"] = keys.ec_key(1 + rng.randbelow(2 ** 255), ec.SECP256R1())
    k["ec2"] = keys.ec_key(1 + rng.randbelow(2 ** 255), ec.SECP256R1())
    k["ed1"] = keys.ed25519_key(rng.token_bytes(32))
    k["ed2"] = keys.ed25519_key(rng.token_bytes(32))
    k["ca"] = keys.ed25519_key(rng.token_bytes(32))
    for name in ("rsa1", "rsa2", "ec1", "ec2", "ed1", "ed2"):
        k[name + ".ci"] = rng.token_bytes(4)
        k[name + ".serial"] = rng.token_bytes(16)
