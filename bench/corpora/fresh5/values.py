"""The fresh5 value factory: one ``v_<fn>`` per placeholder function, encoders over cached values, and
key material built once by ``install_keys``.

A placeholder ``«fn:tag»`` is cached for the whole corpus by its full text, so the same tag in two files
is the same leaked value (as when one key is pasted into a .env and later into a chat). Encoders
(``b64``, ``b64b64``, ``hex``, ``pct``, ``uesc``) wrap another placeholder: ``«b64:akid:3»``.
"""
from __future__ import annotations

import base64
import datetime
import hashlib
import json
import urllib.parse
import zlib

from corpora import keys
from corpora.rng import B32_AWS, B62, DIG, HEX, LO, UP, SeededRng, base62, b64url

B64 = UP + LO + DIG + "+/"
B64URL = UP + LO + DIG + "-_"
ALNUM = B62
# words for human passwords (none spells a banned word)
WORDS = ("Harbor", "Maple", "Osprey", "Lantern", "Juniper", "Falcon", "Cobalt", "Meadow", "Quill", "Saffron",
         "Tundra", "Willow", "Ember", "Granite", "Pioneer", "Summit", "Clover", "Bramble")
SYMBOLS = "!#$%*@&?"
BASE_DATE = datetime.datetime(2026, 2, 1, tzinfo=datetime.timezone.utc)


def _crc_suffix(body: str) -> str:
    return base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


class Values:
    def __init__(self, rng: SeededRng):
        self.r = rng
        self.cache: dict = {}
        self.keys: dict = {}

    # -- dispatch --------------------------------------------------------------------------------------------
    def get(self, ph: str, _file_cache: dict) -> str:
        if ph in self.cache:
            return self.cache[ph]
        fn, _, rest = ph.partition(":")
        enc = getattr(self, "e_" + fn, None)
        if enc is not None:
            v = enc(self.get(rest, _file_cache))
        else:
            kf = getattr(self, "k_" + fn, None)
            v = kf(rest) if kf is not None else getattr(self, "v_" + fn)(rest)
        self.cache[ph] = v
        return v

    # -- encoders --------------------------------------------------------------------------------------------
    @staticmethod
    def e_b64(v: str) -> str:
        return base64.b64encode(v.encode()).decode()

    @staticmethod
    def e_b64b64(v: str) -> str:
        return base64.b64encode(base64.b64encode(v.encode())).decode()

    @staticmethod
    def e_hex(v: str) -> str:
        return v.encode().hex()

    @staticmethod
    def e_pct(v: str) -> str:
        return urllib.parse.quote(v, safe="")

    @staticmethod
    def e_uesc(v: str) -> str:
        return "".join("\\u%04x" % ord(c) for c in v)

    # -- AWS -------------------------------------------------------------------------------------------------
    def v_akid(self, tag: str) -> str:
        return "AKIA" + self.r.s(16, B32_AWS)

    def v_asia(self, tag: str) -> str:
        return "ASIA" + self.r.s(16, B32_AWS)

    def v_awssec(self, tag: str) -> str:
        while True:
            s = self.r.s(40, B64)
            if "/" in s or "+" in s:
                return s

    def v_sesstok(self, tag: str) -> str:
        return "IQoJb3JpZ2luX2VjE" + self.r.s(330, B64) + "=="

    def v_pair(self, tag: str) -> str:
        return self.get("akid:" + tag, {}) + ":" + self.get("awssec:" + tag, {})

    def v_credfile(self, tag: str) -> str:
        return ("[default]\naws_access_key_id = " + self.get("akid:" + tag, {}) +
                "\naws_secret_access_key = " + self.get("awssec:" + tag, {}) + "\nregion = us-east-2\n")

    def v_akidbad(self, tag: str) -> str:
        """AKIA + 16 characters that include 0/1/8/9: not base32, not a key ID."""
        while True:
            s = self.r.s(16, UP + "0189")
            if any(c in s for c in "0189"):
                return "AKIA" + s

    def v_aroa(self, tag: str) -> str:
        return "AROA" + self.r.s(17, UP + DIG)

    def v_aida(self, tag: str) -> str:
        return "AIDA" + self.r.s(17, UP + DIG)

    def v_kmsblob(self, tag: str) -> str:
        return "AQICAHh" + self.r.s(150, B64) + "=="

    # -- passwords and app secrets ----------------------------------------------------------------------------
    def v_pw(self, tag: str) -> str:
        """Human password: word + digits + symbol."""
        return self.r.choice(WORDS) + self.r.digits(self.r.between(2, 4)) + self.r.choice(SYMBOLS)

    def v_pwu(self, tag: str) -> str:
        """Human password safe inside a URL: word + digits + one of - _ ."""
        return self.r.choice(WORDS).lower() + self.r.choice("-_.") + self.r.digits(4)

    def v_pwr(self, tag: str) -> str:
        return self.r.s(self.r.between(18, 28), ALNUM)

    def v_hex32(self, tag: str) -> str:
        return self.r.s(32, HEX)

    def v_hex40(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_hex64(self, tag: str) -> str:
        return self.r.s(64, HEX)

    def v_hexn(self, tag: str) -> str:
        return self.r.s(int(tag.split("-")[0]), HEX)

    def v_hex128(self, tag: str) -> str:
        return self.r.s(128, HEX)

    def v_uuid(self, tag: str) -> str:
        return self.r.uuid()

    def v_djsecret(self, tag: str) -> str:
        return self.r.s(50, LO + DIG + "!@#%^&*(-_=+)")

    def v_laravel(self, tag: str) -> str:
        return "base64:" + base64.b64encode(self.r.token_bytes(32)).decode()

    def v_fernet(self, tag: str) -> str:
        return base64.urlsafe_b64encode(self.r.token_bytes(32)).decode()

    def v_b64sec(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(int(tag.split("-")[0]) if tag[:1].isdigit() else 32)).decode()

    def v_azkey(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(64)).decode()

    # -- provider tokens -------------------------------------------------------------------------------------
    def _gh(self, prefix: str) -> str:
        body = self.r.s(30, B62)
        return prefix + body + _crc_suffix(body)

    def v_ghp(self, tag: str) -> str:
        return self._gh("ghp_")

    def v_gho(self, tag: str) -> str:
        return self._gh("gho_")

    def v_ghs(self, tag: str) -> str:
        return self._gh("ghs_")

    def v_ghpat(self, tag: str) -> str:
        return "github_pat_11" + self.r.s(20, UP + DIG) + "_" + self.r.s(59, B62)

    def v_npm(self, tag: str) -> str:
        return self._gh("npm_")

    def v_glpat(self, tag: str) -> str:
        return "glpat-" + self.r.s(20, B62 + "-_")

    def v_glrt(self, tag: str) -> str:
        return "glrt-" + self.r.s(20, B62 + "-_")

    def v_xoxb(self, tag: str) -> str:
        return "xoxb-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" + self.r.s(24, B62)

    def v_xoxp(self, tag: str) -> str:
        return "xoxp-" + self.r.digits(12) + "-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" + self.r.s(32, HEX)

    def v_slackhook(self, tag: str) -> str:
        return ("https://hooks.slack.com/services/T" + self.r.s(8, UP + DIG) + "/B" + self.r.s(10, UP + DIG) + "/" +
                self.r.s(24, B62))

    def v_sklive(self, tag: str) -> str:
        return "sk_live_51" + self.r.s(97, B62)

    def v_rklive(self, tag: str) -> str:
        return "rk_live_51" + self.r.s(97, B62)

    def v_pklive(self, tag: str) -> str:
        return "pk_live_51" + self.r.s(97, B62)

    def v_whsec(self, tag: str) -> str:
        return "whsec_" + self.r.s(32, B62)

    def v_twsid(self, tag: str) -> str:
        return "AC" + self.r.s(32, HEX)

    def v_twsk(self, tag: str) -> str:
        return "SK" + self.r.s(32, HEX)

    def v_sg(self, tag: str) -> str:
        return "SG." + self.r.s(22, B64URL) + "." + self.r.s(43, B64URL)

    def v_ddpub(self, tag: str) -> str:
        return "pub" + self.r.s(32, HEX)

    def v_pd(self, tag: str) -> str:
        return self.r.s(20, B62 + "_-+")

    def v_pypi(self, tag: str) -> str:
        return "pypi-AgEIcHlwaS5vcmcCJD" + self.r.s(160, B64URL)

    def v_sentryleg(self, tag: str) -> str:
        return ("https://" + self.r.s(32, HEX) + ":" + self.r.s(32, HEX) + "@o" + self.r.digits(6) +
                ".ingest.sentry.io/" + self.r.digits(7))

    def v_sentrypub(self, tag: str) -> str:
        return "https://" + self.r.s(32, HEX) + "@o" + self.r.digits(6) + ".ingest.us.sentry.io/" + self.r.digits(7)

    def _mapbox(self, prefix: str, user: str) -> str:
        claims = json.dumps({"u": user, "a": self.r.s(25, LO + DIG)}, separators=(",", ":"))
        return prefix + "." + b64url(claims.encode()) + "." + self.r.s(22, B64URL)

    def v_mapsk(self, tag: str) -> str:
        return self._mapbox("sk", tag or "quillfern")

    def v_mappk(self, tag: str) -> str:
        return self._mapbox("pk", tag or "quillfern")

    def v_dapi(self, tag: str) -> str:
        return "dapi" + self.r.s(32, HEX)

    def v_shpat(self, tag: str) -> str:
        return "shpat_" + self.r.s(32, HEX)

    def v_hvs(self, tag: str) -> str:
        return "hvs.CAESI" + self.r.s(86, B64URL)

    def v_dckr(self, tag: str) -> str:
        return "dckr_pat_" + self.r.s(27, B62 + "-_")

    def v_tfc(self, tag: str) -> str:
        return self.r.s(14, B62) + ".atlasv1." + self.r.s(67, B62)

    def v_openai(self, tag: str) -> str:
        return "sk-proj-" + self.r.s(74, B62 + "-_") + "T3BlbkFJ" + self.r.s(74, B62 + "-_")

    def v_anth(self, tag: str) -> str:
        return "sk-ant-api03-" + self.r.s(93, B62 + "-_") + "AA"

    def v_nrak(self, tag: str) -> str:
        return "NRAK-" + self.r.s(27, UP + DIG)

    def v_telegram(self, tag: str) -> str:
        return self.r.digits(10) + ":AA" + self.r.s(33, B62 + "-_")

    def v_mailgun(self, tag: str) -> str:
        return "key-" + self.r.s(32, HEX)

    def v_okta(self, tag: str) -> str:
        return "00" + self.r.s(40, B62 + "-_")

    def v_linear(self, tag: str) -> str:
        return "lin_api_" + self.r.s(40, B62)

    def v_grafana(self, tag: str) -> str:
        return "glsa_" + self.r.s(32, B62) + "_" + self.r.s(8, HEX)

    def v_sntrys(self, tag: str) -> str:
        claims = json.dumps({"iat": 1767225600 + self.r.between(0, 9999999), "url": "https://sentry.io",
                             "region_url": "https://us.sentry.io", "org": "quillfern"}, separators=(",", ":"))
        return "sntrys_" + b64url(claims.encode()) + "_" + self.r.s(43, B64URL)

    def v_aiza(self, tag: str) -> str:
        return "AIza" + self.r.s(35, B62 + "-_")

    def v_jwt(self, tag: str) -> str:
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        body = b64url(json.dumps({"sub": self.r.uuid(), "role": "clinic_admin", "iat": 1767225600 + self.r.between(0, 9999999)},
                                 separators=(",", ":")).encode())
        return head + "." + body + "." + self.r.s(43, B64URL)

    # -- decoy material ----------------------------------------------------------------------------------------
    def v_gitsha(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_sha256(self, tag: str) -> str:
        return hashlib.sha256(self.r.token_bytes(32)).hexdigest()

    def v_sha512int(self, tag: str) -> str:
        return "sha512-" + base64.b64encode(self.r.token_bytes(64)).decode()

    def v_sha1int(self, tag: str) -> str:
        return "sha1-" + base64.b64encode(self.r.token_bytes(20)).decode()

    def v_bcrypt(self, tag: str) -> str:
        return "$2b$12$" + self.r.s(53, UP + LO + DIG + "./")

    def v_sops(self, tag: str) -> str:
        n = self.r.between(12, 40)
        return ("ENC[AES256_GCM,data:" + base64.b64encode(self.r.token_bytes(n)).decode() + ",iv:" +
                base64.b64encode(self.r.token_bytes(32)).decode() + ",tag:" + base64.b64encode(self.r.token_bytes(16)).decode() +
                ",type:str]")

    def v_sealed(self, tag: str) -> str:
        return "Ag" + self.r.s(360, B64) + "=="

    def v_png(self, tag: str) -> str:
        return "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAA" + self.r.s(180, B64) + "AAAAAElFTkSuQmCC"

    def v_woff(self, tag: str) -> str:
        return "d09GMgABAAAAA" + self.r.s(220, B64) + "="

    def v_num(self, tag: str) -> str:
        return self.r.digits(int(tag.split("-")[0]) if tag[:1].isdigit() else 8)

    def v_b62(self, tag: str) -> str:
        return self.r.s(int(tag.split("-")[0]), B62)

    # -- composite values --------------------------------------------------------------------------------------
    def v_lit(self, tag: str) -> str:
        return tag

    def v_ud(self, tag: str) -> str:
        return ("#!/bin/bash\nexport PGHOST=kiosk-db.internal\nexport PGPASSWORD='" + self.get("pw:ud" + tag, {}) +
                "'\n/opt/kiosk/bin/sync --once\n")

    def v_dockercfg(self, tag: str) -> str:
        tok = self.get("ghp:dockercfg" + tag, {})
        auth = base64.b64encode(("qf-bot:" + tok).encode()).decode()
        return json.dumps({"auths": {"ghcr.io": {"username": "qf-bot", "password": tok, "auth": auth}}},
                          separators=(",", ":"))

    # -- key material (install_keys) ---------------------------------------------------------------------------
    def k_pem(self, rest: str) -> str:
        fmt, k = rest.split(":", 1)
        return keys.pem(self.keys[k], fmt)

    def k_pemjson(self, rest: str) -> str:
        return self.k_pem(rest).replace("\n", "\\n")

    def k_openssh(self, rest: str) -> str:
        k, _, comment = rest.partition(":")
        return keys.openssh(self.keys[k], self.r.token_bytes(4), comment or None)

    def k_b64openssh(self, rest: str) -> str:
        return base64.b64encode(self.k_openssh(rest).encode()).decode()

    def k_sshpub(self, rest: str) -> str:
        k, _, comment = rest.partition(":")
        return keys.ssh_pub(self.keys[k], comment)

    def k_pubpem(self, rest: str) -> str:
        return keys.pub_pem(self.keys[rest])

    def k_cert(self, rest: str) -> str:
        k, _, cn = rest.partition(":")
        return keys.certificate(self.keys[k], keys.name(("O", "Quillfern Health"), ("CN", cn)),
                                self.r.getrandbits(63) + 1, BASE_DATE, BASE_DATE + datetime.timedelta(days=397),
                                issuer=keys.name(("O", "Quillfern Health"), ("CN", "Quillfern Internal CA")),
                                issuer_key=self.keys["ca"], ca=False, san=cn)


def install_keys(vals: Values, rng: SeededRng) -> None:
    """Two RSA-2048 keys (Miller-Rabin, 24 rounds, witnesses from the same rng), two P-256 scalars,
    two Ed25519 seeds and an Ed25519 CA."""
    from cryptography.hazmat.primitives.asymmetric import ec

    def witness(n: int) -> int:
        return 2 + rng.randbelow(n - 3)

    for name in ("rsa1", "rsa2"):
        vals.keys[name] = keys.rsa_key(rng.getrandbits, witness, 24)
    order = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
    for name in ("ec1", "ec2"):
        vals.keys[name] = keys.ec_key(1 + rng.randbelow(order - 1), ec.SECP256R1())
    for name in ("ed1", "ed2", "ca"):
        vals.keys[name] = keys.ed25519_key(rng.token_bytes(32))

