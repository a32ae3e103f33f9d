"""The fresh2 value factory: one generator per placeholder kind (``«fn:tag»`` in a template).

Values are drawn from one SeededRng in template order and cached per file by the whole placeholder, so the
same placeholder twice in a file is the same value. Derived placeholders (``«b64:akid:1»``) encode the
cached value of their inner placeholder. Formats follow the vendors' public descriptions of their tokens.
"""
from __future__ import annotations

import base64
import binascii
import datetime
import urllib.parse
from typing import Callable, Dict

from corpora import keys
from corpora.rng import B32_AWS, B62, DIG, HEX, LETTERS_DIGITS, LO, UP, SeededRng, base62

B64 = LETTERS_DIGITS + "+/"
URLSAFE = LETTERS_DIGITS + "-_"
WORDS = ("Kestrel", "Basalt", "Juniper", "Tundra", "Marlin", "Quartz", "Orchid", "Granite", "Heron", "Cobalt",
         "Larch", "Falcon", "Sable", "Ember", "Willow", "Harbor")
WEAK = ("ferncastle1", "Ferncastle2024!", "lakehouse99", "Spring2026!", "redshift123", "warehouse1",
        "Welcome2025", "analytics!1", "dataeng2026", "Password1!", "qwerty2024", "etl_loader7")
SEPS = "-!#._@"


class Values:
    def __init__(self, rng: SeededRng):
        self.rng = rng
        self._fns: Dict[str, Callable[[str, Dict[str, str]], str]] = {}
        for name in dir(self):
            if name.startswith("v_"):
                self._fns[name[2:]] = getattr(self, name)
        self._weak_left = list(WEAK)

    # -- entry point -------------------------------------------------------------------------------------
    def get(self, key: str, cache: Dict[str, str]) -> str:
        if key not in cache:
            fn, _, rest = key.partition(":")
            if fn not in self._fns:
                raise KeyError(f"unknown placeholder function {fn!r} in «{key}»")
            cache[key] = self._fns[fn](rest, cache)
        return cache[key]

    # -- AWS -------------------------------------------------------------------------------------------
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
        # session tokens are long base64 blobs; the newer ones start IQoJb3JpZ2luX2Vj ("\x02\x0a\x09origin_ec")
        return "IQoJb3JpZ2luX2VjE" + self.rng.s(340, B64) + "=="

    def v_credfile(self, tag, cache):
        return (f"[default]\naws_access_key_id = {self.get('akid:' + tag, cache)}\n"
                f"aws_secret_access_key = {self.get('awssec:' + tag, cache)}\n")

    def v_sessmtp(self, tag, cache):
        # SES SMTP password (v4): base64 of a version byte 0x04 and a 32-byte HMAC
        return base64.b64encode(b"\x04" + self.rng.token_bytes(32)).decode()

    def v_dockerauth(self, tag, cache):
        return "fcci:" + self.get("dckr:auth" + tag, cache)

    def v_pair(self, tag, cache):
        return f"{self.get('akid:' + tag, cache)}:{self.get('awssec:' + tag, cache)}"

    # -- encodings of another placeholder ---------------------------------------------------------------
    def v_b64(self, inner, cache):
        return base64.b64encode(self.get(inner, cache).encode()).decode()

    def v_b64b64(self, inner, cache):
        return base64.b64encode(base64.b64encode(self.get(inner, cache).encode())).decode()

    def v_hex(self, inner, cache):
        return binascii.hexlify(self.get(inner, cache).encode()).decode()

    def v_pct(self, inner, cache):
        return urllib.parse.quote(self.get(inner, cache), safe="")

    def v_uesc(self, inner, cache):
        return "".join(f"\\u{ord(c):04x}" for c in self.get(inner, cache))

    # -- passwords ---------------------------------------------------------------------------------------
    def v_pw(self, tag, cache):
        r = self.rng
        return f"{r.choice(WORDS)}{r.choice(SEPS)}{r.digits(4)}{r.choice(WORDS).lower()[:3]}"

    def v_urlpw(self, tag, cache):
        # a password written into a URL or URI: no characters that would need percent-encoding
        r = self.rng
        return f"{r.choice(WORDS)}{r.choice('-._~')}{r.digits(4)}{r.choice(WORDS).lower()[:3]}"

    def v_weakpw(self, tag, cache):
        return self._weak_left.pop(self.rng.randbelow(len(self._weak_left)))

    def v_strongpw(self, tag, cache):
        return self.rng.s(24, LETTERS_DIGITS + "!#%^*-_=+")

    # -- providers -------------------------------------------------------------------------------------
    def _crc_token(self, prefix):
        body = self.rng.s(30, B62)
        return prefix + body + base62(binascii.crc32(body.encode()), 6)

    def v_ghp(self, tag, cache):
        return self._crc_token("ghp_")

    def v_npm(self, tag, cache):
        return self._crc_token("npm_")

    def v_glpat(self, tag, cache):
        return "glpat-" + self.rng.s(20, URLSAFE)

    def v_xoxb(self, tag, cache):
        r = self.rng
        return f"xoxb-{r.digits(12)}-{r.digits(13)}-{r.s(24, LETTERS_DIGITS)}"

    def v_slackhook(self, tag, cache):
        r = self.rng
        return f"https://hooks.slack.com/services/T{r.s(8, UP + DIG)}/B{r.s(10, UP + DIG)}/{r.s(24, LETTERS_DIGITS)}"

    def v_sklive(self, tag, cache):
        return "sk_live_51" + self.rng.s(97, LETTERS_DIGITS)

    def v_pklive(self, tag, cache):
        return "pk_live_51" + self.rng.s(97, LETTERS_DIGITS)

    def v_whsec(self, tag, cache):
        return "whsec_" + self.rng.s(32, LETTERS_DIGITS)

    def v_sendgrid(self, tag, cache):
        return f"SG.{self.rng.s(22, URLSAFE)}.{self.rng.s(43, URLSAFE)}"

    def v_hex32(self, tag, cache):
        return self.rng.s(32, HEX)

    def v_hex40(self, tag, cache):
        return self.rng.s(40, HEX)

    def v_hex64(self, tag, cache):
        return self.rng.s(64, HEX)

    def v_uuid(self, tag, cache):
        return self.rng.uuid()

    def v_mailchimp(self, tag, cache):
        return f"{self.rng.s(32, HEX)}-us{self.rng.between(2, 21)}"

    def v_pdtoken(self, tag, cache):
        return self.rng.s(20, LETTERS_DIGITS + "+_-")

    def v_nrak(self, tag, cache):
        return "NRAK-" + self.rng.s(27, UP + DIG)

    def v_nrlicense(self, tag, cache):
        return self.rng.s(36, HEX) + "NRAL"

    def v_dapi(self, tag, cache):
        return "dapi" + self.rng.s(32, HEX)

    def v_dbtc(self, tag, cache):
        return "dbtc_" + self.rng.s(52, URLSAFE)

    def v_confkey(self, tag, cache):
        return self.rng.s(16, UP + DIG)

    def v_confsecret(self, tag, cache):
        return self.rng.s(64, B64)

    def v_hvs(self, tag, cache):
        return "hvs." + self.rng.s(24, LETTERS_DIGITS)

    def v_tfc(self, tag, cache):
        return f"{self.rng.s(14, LETTERS_DIGITS)}.atlasv1.{self.rng.s(67, LETTERS_DIGITS)}"

    def v_pypi(self, tag, cache):
        return "pypi-AgEIcHlwaS5vcmc" + self.rng.s(150, URLSAFE)

    def v_dckr(self, tag, cache):
        return "dckr_pat_" + self.rng.s(27, URLSAFE)

    def v_fernet(self, tag, cache):
        return base64.urlsafe_b64encode(self.rng.token_bytes(32)).decode()

    def v_laravel(self, tag, cache):
        return "base64:" + base64.b64encode(self.rng.token_bytes(32)).decode()

    def v_secretbase(self, tag, cache):
        return self.rng.s(64, LETTERS_DIGITS + "+/")

    def v_azkey(self, tag, cache):
        return base64.b64encode(self.rng.token_bytes(64)).decode()

    def v_openai(self, tag, cache):
        return f"sk-proj-{self.rng.s(74, URLSAFE)}T3BlbkFJ{self.rng.s(74, URLSAFE)}"

    def v_anthropic(self, tag, cache):
        return f"sk-ant-api03-{self.rng.s(93, URLSAFE)}AA"

    def v_shopify(self, tag, cache):
        return "shpat_" + self.rng.s(32, HEX)

    def v_twilio(self, tag, cache):
        return self.rng.s(32, HEX)

    def v_sentryold(self, tag, cache):
        return f"https://{self.rng.s(32, HEX)}:{self.rng.s(32, HEX)}@sentry.io/{self.rng.digits(7)}"

    def v_sentryold2(self, tag, cache):
        # the deprecated public:secret form on a modern ingest host
        r = self.rng
        return f"https://{r.s(32, HEX)}:{r.s(32, HEX)}@o{r.digits(6)}.ingest.sentry.io/{r.digits(7)}"

    def v_sentry(self, tag, cache):
        r = self.rng
        return f"https://{r.s(32, HEX)}@o{r.digits(6)}.ingest.sentry.io/{r.digits(7)}"

    def v_telegram(self, tag, cache):
        return f"{self.rng.digits(10)}:AA{self.rng.s(33, URLSAFE)}"

    def v_gocspx(self, tag, cache):
        return "GOCSPX-" + self.rng.s(28, URLSAFE)

    # -- negatives ---------------------------------------------------------------------------------------
    def v_sha(self, tag, cache):
        return self.rng.s(40, HEX)

    def v_sha256(self, tag, cache):
        return self.rng.s(64, HEX)

    def v_sri(self, tag, cache):
        return "sha512-" + base64.b64encode(self.rng.token_bytes(64)).decode()

    def v_h1(self, tag, cache):
        return "h1:" + base64.b64encode(self.rng.token_bytes(32)).decode()

    def v_sops(self, tag, cache):
        r = self.rng
        data = base64.b64encode(r.token_bytes(r.between(12, 30))).decode()
        iv = base64.b64encode(r.token_bytes(32)).decode()
        t = base64.b64encode(r.token_bytes(16)).decode()
        return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{t},type:str]"

    def v_kmsblob(self, tag, cache):
        return "AQICAHh" + base64.b64encode(self.rng.token_bytes(180)).decode()

    def v_sealed(self, tag, cache):
        return "AgB" + base64.b64encode(self.rng.token_bytes(300)).decode()

    def v_vaultblob(self, tag, cache):
        raw = self.rng.s(320, HEX)
        return "\n".join(raw[i:i + 80] for i in range(0, len(raw), 80))

    def v_badakid(self, tag, cache):
        # AKIA + 16 characters that include digits outside base32 (0, 1, 8, 9): not an AWS key ID
        while True:
            s = self.rng.s(16, UP + DIG)
            if any(c in "0189" for c in s):
                return "AKIA" + s

    def v_firebase(self, tag, cache):
        return "AIzaSy" + self.rng.s(33, URLSAFE)

    def v_mapbox(self, tag, cache):
        head = base64.urlsafe_b64encode(b'{"u":"ferncastle","a":"' + self.rng.s(12, LO + DIG).encode() + b'"}')
        return "pk." + head.decode().rstrip("=") + "." + self.rng.s(22, URLSAFE)

    def v_digits(self, tag, cache):
        return self.rng.digits(int(tag.split(".")[0]) if tag and tag.split(".")[0].isdigit() else 12)

    def v_b64bin(self, tag, cache):
        return base64.b64encode(self.rng.token_bytes(int(tag.split(".")[0]))).decode()

    def v_bcrypt(self, tag, cache):
        return "$2b$12$" + self.rng.s(53, LETTERS_DIGITS + "./")

    def v_maven_enc(self, tag, cache):
        return "{" + base64.b64encode(self.rng.token_bytes(24)).decode() + "}"


class KeyMaker:
    """Real throwaway keys from the corpus's randomness; RSA primes via the shared Miller-Rabin search."""

    NOT_BEFORE = datetime.datetime(2026, 1, 5, 0, 0, 0)
    NOT_AFTER = datetime.datetime(2028, 1, 5, 0, 0, 0)

    def __init__(self, rng: SeededRng):
        self.rng = rng
        self._keys: Dict[str, object] = {}

    def _witness(self, n: int) -> int:
        return 2 + self.rng.randbelow(n - 3)

    def key(self, name: str):
        if name not in self._keys:
            kind = name.split(".")[0]
            if kind == "rsa":
                self._keys[name] = keys.rsa_key(self.rng.getrandbits, self._witness, 24, 2048)
            elif kind == "ec":
                from cryptography.hazmat.primitives.asymmetric import ec
                order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
                self._keys[name] = keys.ec_key(1 + self.rng.getrandbits(256) % (order - 1), ec.SECP256R1())
            elif kind == "ed":
                self._keys[name] = keys.ed25519_key(self.rng.token_bytes(32))
            else:
                raise KeyError(name)
        return self._keys[name]


def install_keys(v: Values, km: KeyMaker) -> None:
    """Placeholders for key material: «pem:FMT:KEY», «pemjson:FMT:KEY», «openssh:KEY:comment»,
    «sshpub:KEY:comment», «pubpem:KEY», «cert:KEY:CN:ISSUERKEY», «b64openssh:KEY:comment»."""

    def pem(rest, cache):
        fmt, name = rest.split(":")
        return keys.pem(km.key(name), fmt).rstrip("\n")

    def pemjson(rest, cache):
        fmt, name = rest.split(":")
        return keys.pem(km.key(name), fmt).replace("\n", "\\n")

    def openssh(rest, cache):
        name, comment = rest.split(":")
        return keys.openssh(km.key(name), v.rng.token_bytes(4), comment).rstrip("\n")

    def b64openssh(rest, cache):
        name, comment = rest.split(":")
        return base64.b64encode(keys.openssh(km.key(name), v.rng.token_bytes(4), comment).encode()).decode()

    def sshpub(rest, cache):
        name, comment = rest.split(":")
        return keys.ssh_pub(km.key(name), comment)

    def pubpem(rest, cache):
        return keys.pub_pem(km.key(rest)).rstrip("\n")

    def cert(rest, cache):
        name, cn, issuer = rest.split(":")
        ikey = km.key(issuer)
        subject = keys.name(("O", "Ferncastle Analytics"), ("CN", cn))
        iname = subject if issuer == name else keys.name(("O", "Ferncastle Analytics"), ("CN", "Ferncastle Root CA"))
        return keys.certificate(km.key(name), subject, v.rng.getrandbits(63), km.NOT_BEFORE, km.NOT_AFTER,
                                issuer=iname, issuer_key=ikey, ca=(issuer == name), san=None if issuer == name else cn
                                ).rstrip("\n")

    def jwk_n(rest, cache):
        n = km.key(rest).public_key().public_numbers().n
        return base64.urlsafe_b64encode(n.to_bytes((n.bit_length() + 7) // 8, "big")).decode().rstrip("=")

    for fname, fn in (("pem", pem), ("pemjson", pemjson), ("openssh", openssh), ("b64openssh", b64openssh),
                      ("sshpub", sshpub), ("pubpem", pubpem), ("cert", cert), ("jwkn", jwk_n)):
        v._fns[fname] = fn
