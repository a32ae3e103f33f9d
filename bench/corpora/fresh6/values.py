"""The fresh6 value factory.

``«fn:tag»`` in a template calls ``Values.v_fn(tag)`` (or an encoder ``e_fn`` over another placeholder, or
key material ``k_fn``). Every placeholder is cached corpus-wide by its full text, so ``«akid:probe»`` in a
task definition and in a CloudTrail record is the same leaked key. Keys are made lazily, on first use, from
the same seeded rng, so the output depends only on the seed and the template order.
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
URLSAFE = UP + LO + DIG + "-_"
# human passwords: a season or a farm word, a year or a number, a symbol; passphrases of two words
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Harvest", "Seedtime", "Monsoon")
FARM = ("tractor", "barley", "sorghum", "heron", "river", "otter", "silo", "combine", "furrow", "orchard",
        "pasture", "kestrel", "alfalfa", "millet", "paddock", "clover", "thresher", "granary")
SYMS = "!#$%@&*"
START = datetime.datetime(2026, 3, 1, tzinfo=datetime.timezone.utc)
ORG = "Furrowline Agronomics"


class Values:
    def __init__(self, rng: SeededRng):
        self.r = rng
        self.cache: dict = {}
        self.keys: dict = {}

    def get(self, ph: str, _file_cache: dict) -> str:
        if ph not in self.cache:
            fn, _, rest = ph.partition(":")
            if hasattr(self, "e_" + fn):
                self.cache[ph] = getattr(self, "e_" + fn)(self.get(rest, _file_cache))
            elif hasattr(self, "k_" + fn):
                self.cache[ph] = getattr(self, "k_" + fn)(rest)
            else:
                self.cache[ph] = getattr(self, "v_" + fn)(rest)
        return self.cache[ph]

    def _n(self, tag: str, default: int) -> int:
        head = tag.split("-")[0]
        return int(head) if head.isdigit() else default

    # -- encoders -----------------------------------------------------------------------------------------
    @staticmethod
    def e_b64(v: str) -> str:
        return base64.b64encode(v.encode()).decode()

    @staticmethod
    def e_b64x2(v: str) -> str:
        return base64.b64encode(base64.b64encode(v.encode())).decode()

    @staticmethod
    def e_hexenc(v: str) -> str:
        return v.encode().hex()

    @staticmethod
    def e_pct(v: str) -> str:
        return urllib.parse.quote(v, safe="")

    @staticmethod
    def e_uesc(v: str) -> str:
        return "".join("\\u%04x" % ord(c) for c in v)

    @staticmethod
    def e_upper(v: str) -> str:
        return v.upper()

    # -- AWS ----------------------------------------------------------------------------------------------
    def v_akid(self, tag: str) -> str:
        return "AKIA" + self.r.s(16, B32_AWS)

    def v_asia(self, tag: str) -> str:
        return "ASIA" + self.r.s(16, B32_AWS)

    def v_awssec(self, tag: str) -> str:
        while True:
            s = self.r.s(40, B64)
            if ("/" in s or "+" in s) and s[0] not in "+/":
                return s

    def v_stok(self, tag: str) -> str:
        return "FwoGZXIvYXdzE" + self.r.s(self.r.between(280, 360), B64) + "="

    def v_idsec(self, tag: str) -> str:
        """ID:SECRET, the shape people paste into one variable."""
        return self.get("akid:" + tag, {}) + ":" + self.get("awssec:" + tag, {})

    def v_credini(self, tag: str) -> str:
        return ("[furrowline-ops]\naws_access_key_id=" + self.get("akid:" + tag, {}) +
                "\naws_secret_access_key=" + self.get("awssec:" + tag, {}) + "\n")

    def v_awscfg(self, tag: str) -> str:
        return "[default]\nregion = eu-west-1\noutput = json\n"

    def v_akidnot(self, tag: str) -> str:
        """AKIA + 16 upper-case letters and digits 0/1/8/9: not a base32 key ID (a serial number)."""
        while True:
            s = self.r.s(16, UP + "0189")
            if sum(c in "0189" for c in s) >= 2:
                return "AKIA" + s

    def v_aroa(self, tag: str) -> str:
        return "AROA" + self.r.s(17, B32_AWS)

    def v_aida(self, tag: str) -> str:
        return "AIDA" + self.r.s(17, B32_AWS)

    def v_kms(self, tag: str) -> str:
        return "AQICAHi" + self.r.s(self.r.between(140, 200), B64) + "="

    def v_acct(self, tag: str) -> str:
        return self.r.digits(12)

    # -- passwords and generic app secrets ----------------------------------------------------------------
    def v_pw(self, tag: str) -> str:
        """Season + year + symbol (Harvest2025!)."""
        return self.r.choice(SEASONS) + str(self.r.between(2019, 2026)) + self.r.choice(SYMS)

    def v_pp(self, tag: str) -> str:
        """Passphrase word-word-NN (river-otter-77): URL safe."""
        a = self.r.choice(FARM)
        b = self.r.choice([w for w in FARM if w != a])
        return a + "-" + b + "-" + str(self.r.between(10, 99))

    def v_pwc(self, tag: str) -> str:
        """Capitalised farm word + 3-4 digits, no symbol (Thresher4411)."""
        return self.r.choice(FARM).capitalize() + self.r.digits(self.r.between(3, 4))

    def v_pwr(self, tag: str) -> str:
        return self.r.s(self.r.between(16, 30), B62)

    def v_pwx(self, tag: str) -> str:
        """Generated password with symbols that survive quoting in YAML, shell single quotes, JSON."""
        while True:
            s = self.r.s(self.r.between(20, 26), B62 + "!#%^*()-_=+.")
            if any(c in s for c in "!#%^*()-_=+.") and s[0].isalnum():
                return s

    def v_hex(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), HEX)

    def v_b62(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), B62)

    def v_b64k(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    def v_urlsafe(self, tag: str) -> str:
        return base64.urlsafe_b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    def v_uuid(self, tag: str) -> str:
        return self.r.uuid()

    def v_num(self, tag: str) -> str:
        return self.r.digits(self._n(tag, 9))

    def v_railskey(self, tag: str) -> str:
        return self.r.s(128, HEX)

    def v_basic(self, tag: str) -> str:
        """base64 of furrowline:<human password>, an HTTP basic-auth credential."""
        return base64.b64encode(("furrowline:" + self.get("pw:" + tag, {})).encode()).decode()

    def v_dockercfg(self, tag: str) -> str:
        tok = self.get("ghp:dockercfg-" + tag, {})
        auth = base64.b64encode(("furrowline-bot:" + tok).encode()).decode()
        return json.dumps({"auths": {"ghcr.io": {"username": "furrowline-bot", "password": tok, "auth": auth}}},
                          separators=(",", ":"))

    def v_dauth(self, tag: str) -> str:
        return base64.b64encode(("furrowlinebot:" + self.get("dckr:" + tag, {})).encode()).decode()

    def v_sesv4(self, tag: str) -> str:
        """SES SMTP password (version 4): base64 of 0x04 + a 32-byte HMAC."""
        return base64.b64encode(b"\x04" + self.r.token_bytes(32)).decode()

    def v_lit(self, tag: str) -> str:
        return tag

    # -- provider tokens ------------------------------------------------------------------------------------
    def _crc(self, prefix: str) -> str:
        body = self.r.s(30, B62)
        return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def v_ghp(self, tag: str) -> str:
        return self._crc("ghp_")

    def v_ghs(self, tag: str) -> str:
        return self._crc("ghs_")

    def v_ghu(self, tag: str) -> str:
        return self._crc("ghu_")

    def v_npm(self, tag: str) -> str:
        return self._crc("npm_")

    def v_ghfg(self, tag: str) -> str:
        return "github_pat_11" + self.r.s(20, UP + DIG) + "_" + self.r.s(59, B62)

    def v_glpat(self, tag: str) -> str:
        return "glpat-" + self.r.s(20, B62 + "_-")

    def v_glptt(self, tag: str) -> str:
        return "glptt-" + self.r.s(40, HEX)

    def v_gldt(self, tag: str) -> str:
        return "gldt-" + self.r.s(20, B62 + "_-")

    def v_xoxb(self, tag: str) -> str:
        return "xoxb-" + self.r.digits(11) + "-" + self.r.digits(13) + "-" + self.r.s(24, B62)

    def v_xoxp(self, tag: str) -> str:
        return ("xoxp-" + self.r.digits(11) + "-" + self.r.digits(11) + "-" + self.r.digits(13) + "-" +
                self.r.s(32, HEX))

    def v_xapp(self, tag: str) -> str:
        return "xapp-1-A" + self.r.s(10, UP + DIG) + "-" + self.r.digits(13) + "-" + self.r.s(64, HEX)

    def v_slackhook(self, tag: str) -> str:
        return ("https://hooks.slack.com/services/T" + self.r.s(10, UP + DIG) + "/B" + self.r.s(10, UP + DIG) +
                "/" + self.r.s(24, B62))

    def v_sk(self, tag: str) -> str:
        return "sk_live_51" + self.r.s(14, B62) + self.r.s(85, B62)

    def v_rk(self, tag: str) -> str:
        return "rk_live_51" + self.r.s(99, B62)

    def v_pk(self, tag: str) -> str:
        return "pk_live_51" + self.r.s(99, B62)

    def v_whsec(self, tag: str) -> str:
        return "whsec_" + self.r.s(32, B62)

    def v_twac(self, tag: str) -> str:
        return "AC" + self.r.s(32, HEX)

    def v_twsk(self, tag: str) -> str:
        return "SK" + self.r.s(32, HEX)

    def v_sg(self, tag: str) -> str:
        return "SG." + self.r.s(22, URLSAFE) + "." + self.r.s(43, URLSAFE)

    def v_mg(self, tag: str) -> str:
        return self.r.s(32, HEX) + "-" + self.r.s(8, HEX) + "-" + self.r.s(8, HEX)

    def v_nrak(self, tag: str) -> str:
        return "NRAK-" + self.r.s(27, UP + DIG)

    def v_nrlic(self, tag: str) -> str:
        return self.r.s(36, HEX) + "NRAL"

    def v_pdkey(self, tag: str) -> str:
        return "u+" + self.r.s(18, B62 + "-_")

    def v_sentryold(self, tag: str) -> str:
        return ("https://" + self.r.s(32, HEX) + ":" + self.r.s(32, HEX) + "@o" + self.r.digits(6) +
                ".ingest.sentry.io/" + self.r.digits(7))

    def v_sentrynew(self, tag: str) -> str:
        return "https://" + self.r.s(32, HEX) + "@o" + self.r.digits(6) + ".ingest.de.sentry.io/" + self.r.digits(7)

    def v_pypi(self, tag: str) -> str:
        return "pypi-AgEIcHlwaS5vcmcCJG" + self.r.s(150, URLSAFE)

    def v_dckr(self, tag: str) -> str:
        return "dckr_pat_" + self.r.s(27, B62 + "-_")

    def v_hvs(self, tag: str) -> str:
        return "hvs.CAESI" + self.r.s(82, URLSAFE)

    def v_tfc(self, tag: str) -> str:
        return self.r.s(14, B62) + ".atlasv1." + self.r.s(67, B62)

    def v_oai(self, tag: str) -> str:
        return "sk-proj-" + self.r.s(70, B62 + "-_") + "T3BlbkFJ" + self.r.s(70, B62 + "-_")

    def v_ant(self, tag: str) -> str:
        return "sk-ant-api03-" + self.r.s(93, B62 + "-_") + "AA"

    def v_shpat(self, tag: str) -> str:
        return "shpat_" + self.r.s(32, HEX)

    def v_shpss(self, tag: str) -> str:
        return "shpss_" + self.r.s(32, HEX)

    def v_okta(self, tag: str) -> str:
        return "00" + self.r.s(40, B62 + "-_")

    def v_atl(self, tag: str) -> str:
        return "ATATT3xFfGF0" + self.r.s(180, URLSAFE) + "=" + self.r.s(8, HEX).upper()

    def v_heroku(self, tag: str) -> str:
        return "HRKU-AA" + self.r.s(58, URLSAFE)

    def v_linear(self, tag: str) -> str:
        return "lin_api_" + self.r.s(40, B62)

    def v_notion(self, tag: str) -> str:
        return "ntn_" + self.r.s(46, B62)

    def v_airtable(self, tag: str) -> str:
        return "pat" + self.r.s(14, B62) + "." + self.r.s(64, HEX)

    def v_mapsk(self, tag: str) -> str:
        claims = json.dumps({"u": "furrowline", "a": self.r.s(25, LO + DIG)}, separators=(",", ":"))
        return "sk." + b64url(claims.encode()) + "." + self.r.s(22, URLSAFE)

    def v_mappk(self, tag: str) -> str:
        claims = json.dumps({"u": "furrowline", "a": self.r.s(25, LO + DIG)}, separators=(",", ":"))
        return "pk." + b64url(claims.encode()) + "." + self.r.s(22, URLSAFE)

    def v_tg(self, tag: str) -> str:
        return self.r.digits(10) + ":AA" + self.r.s(33, B62 + "-_")

    def v_discord(self, tag: str) -> str:
        uid = b64url(self.r.digits(18).encode())
        return uid + "." + self.r.s(6, URLSAFE) + "." + self.r.s(38, URLSAFE)

    def v_ddrum(self, tag: str) -> str:
        return "pub" + self.r.s(32, HEX)

    def v_aiza(self, tag: str) -> str:
        return "AIza" + self.r.s(35, B62 + "-_")

    def v_gocspx(self, tag: str) -> str:
        return "GOCSPX-" + self.r.s(28, B62 + "-_")

    def v_recaptcha(self, tag: str) -> str:
        return "6L" + self.r.s(38, B62 + "-_")

    def v_jwt(self, tag: str) -> str:
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        claims = {"sub": tag or "svc", "iss": "https://auth.furrowline.io", "scope": "fields:write",
                  "iat": 1772323200 + self.r.between(0, 8000000)}
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        return head + "." + body + "." + self.r.s(43, URLSAFE)

    def v_jwtnone(self, tag: str) -> str:
        head = b64url(b'{"alg":"none","typ":"JWT"}')
        body = b64url(json.dumps({"sub": "unit-fixture", "role": "viewer"}, separators=(",", ":")).encode())
        return head + "." + body + "."

    def v_azconn(self, tag: str) -> str:
        return ("DefaultEndpointsProtocol=https;AccountName=furrowline" + tag + ";AccountKey=" +
                base64.b64encode(self.r.token_bytes(64)).decode() + ";EndpointSuffix=core.windows.net")

    def v_azsb(self, tag: str) -> str:
        return ("Endpoint=sb://furrowline-" + tag + ".servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;"
                "SharedAccessKey=" + base64.b64encode(self.r.token_bytes(32)).decode())

    # -- decoy material --------------------------------------------------------------------------------------
    def v_sha(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_sha256(self, tag: str) -> str:
        return hashlib.sha256(self.r.token_bytes(32)).hexdigest()

    def v_sri(self, tag: str) -> str:
        return "sha512-" + base64.b64encode(self.r.token_bytes(64)).decode()

    def v_gosum(self, tag: str) -> str:
        return "h1:" + base64.b64encode(self.r.token_bytes(32)).decode()

    def v_bcrypt(self, tag: str) -> str:
        return "$2a$10$" + self.r.s(53, UP + LO + DIG + "./")

    def v_argon(self, tag: str) -> str:
        return ("$argon2id$v=19$m=65536,t=3,p=4$" + b64url(self.r.token_bytes(16)) + "$" +
                b64url(self.r.token_bytes(32)))

    def v_sops(self, tag: str) -> str:
        return ("ENC[AES256_GCM,data:" + base64.b64encode(self.r.token_bytes(self.r.between(10, 36))).decode() +
                ",iv:" + base64.b64encode(self.r.token_bytes(32)).decode() + ",tag:" +
                base64.b64encode(self.r.token_bytes(16)).decode() + ",type:str]")

    def v_vault(self, tag: str) -> str:
        body = self.r.s(320, HEX)
        return "\n".join(body[i:i + 80] for i in range(0, len(body), 80))

    # -- key material (made on first use) --------------------------------------------------------------------
    def _key(self, name: str):
        if name not in self.keys:
            from cryptography.hazmat.primitives.asymmetric import ec
            r = self.r
            if name.startswith("rsa"):
                self.keys[name] = keys.rsa_key(r.getrandbits, lambda n: 2 + r.randbelow(n - 3), 20)
            elif name.startswith("ec"):
                order = int("FFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551", 16)
                self.keys[name] = keys.ec_key(1 + r.randbelow(order - 1), ec.SECP256R1())
            else:
                self.keys[name] = keys.ed25519_key(r.token_bytes(32))
        return self.keys[name]

    def k_pem(self, rest: str) -> str:
        fmt, name = rest.split(":", 1)
        return keys.pem(self._key(name), fmt).rstrip("\n")

    def k_pemjson(self, rest: str) -> str:
        fmt, name = rest.split(":", 1)
        return keys.pem(self._key(name), fmt).replace("\n", "\\n")

    def k_openssh(self, rest: str) -> str:
        name, _, comment = rest.partition(":")
        return keys.openssh(self._key(name), self.r.token_bytes(4), comment or None).rstrip("\n")

    def k_b64pem(self, rest: str) -> str:
        fmt, name = rest.split(":", 1)
        return base64.b64encode(keys.pem(self._key(name), fmt).encode()).decode()

    def k_b64cert(self, rest: str) -> str:
        return base64.b64encode((self.k_cert(rest) + "\n").encode()).decode()

    def k_opensshjson(self, rest: str) -> str:
        return self.k_openssh(rest).replace("\n", "\\n") + "\\n"

    def k_sshpub(self, rest: str) -> str:
        name, _, comment = rest.partition(":")
        return keys.ssh_pub(self._key(name), comment)

    def k_pubpem(self, rest: str) -> str:
        return keys.pub_pem(self._key(rest)).rstrip("\n")

    def k_cert(self, rest: str) -> str:
        name, _, cn = rest.partition(":")
        issuer = keys.name(("O", ORG), ("CN", "Furrowline Field Device CA"))
        return keys.certificate(self._key(name), keys.name(("O", ORG), ("CN", cn)), self.r.getrandbits(62) + 1,
                                START, START + datetime.timedelta(days=365), issuer=issuer,
                                issuer_key=self._key("edca"), ca=False, san=cn).rstrip("\n")

    def k_ppk(self, rest: str) -> str:
        """A PuTTY-format (v3) private key file around an Ed25519 key; the MAC is not a real HMAC."""
        name, _, comment = rest.partition(":")
        k = self._key(name)
        pub = base64.b64decode(keys.ssh_pub(k, "x").split()[1])
        from cryptography.hazmat.primitives import serialization
        raw = k.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        priv = base64.b64encode(len(raw).to_bytes(4, "big") + raw).decode()
        pubb = base64.b64encode(pub).decode()
        return ("PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: " + comment + "\nPublic-Lines: 2\n" +
                pubb[:64] + "\n" + pubb[64:] + "\nPrivate-Lines: 1\n" + priv + "\nPrivate-MAC: " + self.r.s(64, HEX))
