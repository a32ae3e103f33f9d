"""The fresh7 value factory (Lanternfall Interactive, a game studio).

``«fn:tag»`` in a template calls ``Values.v_fn(tag)`` (or an encoder ``e_fn`` over another placeholder, or
key material ``k_fn``). Every placeholder is cached corpus-wide by its full text, so ``«akid:gamelift»`` in a
Windows UserData script and in a CloudTrail record is the same leaked key. Keys are made lazily, on first
use, from the same seeded rng, so the output depends only on the seed and the template order.
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
BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"
# human passwords: seasons and game words, studio names, first names with years, leetspeak
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Fall", "Launch", "Crunch")
LORE = ("ember", "lantern", "wyvern", "spire", "cinder", "raven", "goblin", "paladin", "rogue", "druid",
        "ashfall", "torch", "glyph", "rune", "warden", "hollow", "frost", "quarry", "banner", "falcon")
STUDIO = ("Lanternfall", "Emberline", "Cinderhold", "Ravenspire", "Lanterns", "Ashgate")
NAMES = ("marcus", "priya", "tomasz", "keiko", "dmitri", "sofia", "jonah", "ines", "oluwaseun", "hannah",
         "rafael", "mei", "bjorn", "camille")
SYMS = "!#$%@&*"
START = datetime.datetime(2026, 4, 1, tzinfo=datetime.timezone.utc)
ORG = "Lanternfall Interactive"


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
    def e_mask(v: str) -> str:
        """What consoles print: the first four characters, then stars."""
        return v[:4] + "*" * 12

    @staticmethod
    def e_tail(v: str) -> str:
        """The last four characters only, as a key listing shows them."""
        return "..." + v[-4:]

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
        """Session token: the modern IQoJb3JpZ2luX2Vj… shape, or the older FwoGZXIvYXdzE… one."""
        head = "IQoJb3JpZ2luX2VjE" if self.r.between(0, 1) else "FwoGZXIvYXdzE"
        return head + self.r.s(self.r.between(300, 380), B64) + "="

    def v_idsec(self, tag: str) -> str:
        return self.get("akid:" + tag, {}) + ":" + self.get("awssec:" + tag, {})

    def v_credini(self, tag: str) -> str:
        return ("[lanternfall-build]\naws_access_key_id = " + self.get("akid:" + tag, {}) +
                "\naws_secret_access_key = " + self.get("awssec:" + tag, {}) + "\nregion = us-west-2\n")

    def v_akidnot(self, tag: str) -> str:
        """AKIA + 16 upper-case letters and digits 0/1/8/9: not a base32 key ID (an asset serial)."""
        while True:
            s = self.r.s(16, UP + "0189")
            if sum(c in "0189" for c in s) >= 2:
                return "AKIA" + s

    def v_aroa(self, tag: str) -> str:
        return "AROA" + self.r.s(17, B32_AWS)

    def v_aida(self, tag: str) -> str:
        return "AIDA" + self.r.s(17, B32_AWS)

    def v_kms(self, tag: str) -> str:
        return "AQICAHh" + self.r.s(self.r.between(150, 210), B64) + "="

    def v_acct(self, tag: str) -> str:
        return self.r.digits(12)

    def v_sesv4(self, tag: str) -> str:
        return base64.b64encode(b"\x04" + self.r.token_bytes(32)).decode()

    # -- passwords and generic app secrets ----------------------------------------------------------------
    def v_pw(self, tag: str) -> str:
        """Season + year + symbol (Crunch2025!)."""
        return self.r.choice(SEASONS) + str(self.r.between(2019, 2026)) + self.r.choice(SYMS)

    def v_pp(self, tag: str) -> str:
        """Passphrase word-word-NN (ember-warden-31): URL safe."""
        a = self.r.choice(LORE)
        b = self.r.choice([w for w in LORE if w != a])
        return a + "-" + b + "-" + str(self.r.between(10, 99))

    def v_pwc(self, tag: str) -> str:
        """The studio's or the game's name + digits, sometimes a symbol (Lanternfall123, Emberline2024!)."""
        tail = self.r.choice(("123", "1", "2024", "2025", "99", "01", "!", "123!", "2026!"))
        return self.r.choice(STUDIO) + tail

    def v_pwn(self, tag: str) -> str:
        """A first name + a birth year or two digits, capitalised half the time (Priya1991, jonah22)."""
        n = self.r.choice(NAMES)
        if self.r.between(0, 1):
            n = n.capitalize()
        return n + (str(self.r.between(1978, 2001)) if self.r.between(0, 1) else str(self.r.between(10, 99)))

    def v_pwl(self, tag: str) -> str:
        """Leetspeak of a lore word + digits (W4rd3n!88)."""
        w = self.r.choice(LORE).capitalize()
        w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return w + self.r.choice(SYMS) + str(self.r.between(10, 99))

    def v_pwr(self, tag: str) -> str:
        return self.r.s(self.r.between(16, 30), B62)

    def v_pwx(self, tag: str) -> str:
        """Generated password with symbols that survive quoting in YAML, shell single quotes, JSON."""
        while True:
            s = self.r.s(self.r.between(20, 28), B62 + "!#%^*()-_=+.")
            if any(c in s for c in "!#%^*()-_=+.") and s[0].isalnum():
                return s

    def v_hex(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), HEX)

    def v_uhex(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), HEX).upper()

    def v_b62(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), B62)

    def v_lo(self, tag: str) -> str:
        return self.r.s(self._n(tag, 30), LO + DIG)

    def v_up(self, tag: str) -> str:
        return self.r.s(self._n(tag, 52), UP + DIG)

    def v_b64k(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    def v_urlsafe(self, tag: str) -> str:
        return base64.urlsafe_b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    def v_uuid(self, tag: str) -> str:
        return self.r.uuid()

    def v_num(self, tag: str) -> str:
        return self.r.digits(self._n(tag, 9))

    def v_basic(self, tag: str) -> str:
        """base64 of lanternfall-ci:<human password>, an HTTP basic-auth credential."""
        return base64.b64encode(("lanternfall-ci:" + self.get("pwc:" + tag, {})).encode()).decode()

    def v_dockercfg(self, tag: str) -> str:
        tok = self.get("glpat:dockercfg-" + tag, {})
        auth = base64.b64encode(("lf-registry-bot:" + tok).encode()).decode()
        return json.dumps({"auths": {"registry.gitlab.com": {"username": "lf-registry-bot", "password": tok,
                                                              "auth": auth}}}, separators=(",", ":"))

    def v_dauth(self, tag: str) -> str:
        return base64.b64encode(("lanternfallci:" + self.get("dckr:" + tag, {})).encode()).decode()

    def v_unityserial(self, tag: str) -> str:
        return "F3-" + "-".join(self.r.s(4, UP + DIG) for _ in range(5))

    def v_lit(self, tag: str) -> str:
        return tag

    # -- provider tokens ------------------------------------------------------------------------------------
    def _crc(self, prefix: str) -> str:
        body = self.r.s(30, B62)
        return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def v_ghp(self, tag: str) -> str:
        return self._crc("ghp_")

    def v_gho(self, tag: str) -> str:
        return self._crc("gho_")

    def v_ghs(self, tag: str) -> str:
        return self._crc("ghs_")

    def v_npm(self, tag: str) -> str:
        return self._crc("npm_")

    def v_ghfg(self, tag: str) -> str:
        return "github_pat_11" + self.r.s(20, UP + DIG) + "_" + self.r.s(59, B62)

    def v_glpat(self, tag: str) -> str:
        return "glpat-" + self.r.s(20, B62 + "_-")

    def v_glrt(self, tag: str) -> str:
        return "glrt-" + self.r.s(20, B62 + "_-")

    def v_glcbt(self, tag: str) -> str:
        return "glcbt-" + self.r.s(2, HEX) + "_" + self.r.s(20, B62 + "_-")

    def v_xoxb(self, tag: str) -> str:
        return "xoxb-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" + self.r.s(24, B62)

    def v_xoxp(self, tag: str) -> str:
        return ("xoxp-" + self.r.digits(12) + "-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" +
                self.r.s(32, HEX))

    def v_slackhook(self, tag: str) -> str:
        return ("https://hooks.slack.com/services/T" + self.r.s(10, UP + DIG) + "/B" + self.r.s(10, UP + DIG) +
                "/" + self.r.s(24, B62))

    def v_discordhook(self, tag: str) -> str:
        return "https://discord.com/api/webhooks/" + self.r.digits(19) + "/" + self.r.s(68, URLSAFE)

    def v_discord(self, tag: str) -> str:
        uid = b64url(self.r.digits(19).encode())
        return uid + "." + self.r.s(6, URLSAFE) + "." + self.r.s(38, URLSAFE)

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

    def v_oai(self, tag: str) -> str:
        return "sk-proj-" + self.r.s(70, B62 + "-_") + "T3BlbkFJ" + self.r.s(70, B62 + "-_")

    def v_oaisvc(self, tag: str) -> str:
        return "sk-svcacct-" + self.r.s(70, B62 + "-_") + "T3BlbkFJ" + self.r.s(70, B62 + "-_")

    def v_ant(self, tag: str) -> str:
        return "sk-ant-api03-" + self.r.s(93, B62 + "-_") + "AA"

    def v_pypi(self, tag: str) -> str:
        return "pypi-AgEIcHlwaS5vcmcCJG" + self.r.s(150, URLSAFE)

    def v_dckr(self, tag: str) -> str:
        return "dckr_pat_" + self.r.s(27, B62 + "-_")

    def v_heroku(self, tag: str) -> str:
        return "HRKU-AA" + self.r.s(58, URLSAFE)

    def v_hvs(self, tag: str) -> str:
        return "hvs.CAESI" + self.r.s(82, URLSAFE)

    def v_hvb(self, tag: str) -> str:
        return "hvb.AAAAAQ" + self.r.s(120, URLSAFE)

    def v_sentryold(self, tag: str) -> str:
        return ("https://" + self.r.s(32, HEX) + ":" + self.r.s(32, HEX) + "@o" + self.r.digits(6) +
                ".ingest.sentry.io/" + self.r.digits(7))

    def v_sentrynew(self, tag: str) -> str:
        return "https://" + self.r.s(32, HEX) + "@o" + self.r.digits(6) + ".ingest.us.sentry.io/" + self.r.digits(7)

    def v_shpat(self, tag: str) -> str:
        return "shpat_" + self.r.s(32, HEX)

    def v_hubspot(self, tag: str) -> str:
        return "pat-na1-" + self.r.uuid()

    def v_atl(self, tag: str) -> str:
        return "ATATT3xFfGF0" + self.r.s(180, URLSAFE) + "=" + self.r.s(8, HEX).upper()

    def v_okta(self, tag: str) -> str:
        return "00" + self.r.s(40, B62 + "-_")

    def v_azad(self, tag: str) -> str:
        """Entra ID (Azure AD) client secret: 3 characters, a digit, Q~, 34 more."""
        return self.r.s(3, B62) + self.r.s(1, DIG) + "Q~" + self.r.s(34, B62 + "_.~-")

    def v_azconn(self, tag: str) -> str:
        return ("DefaultEndpointsProtocol=https;AccountName=lanternfall" + tag + ";AccountKey=" +
                base64.b64encode(self.r.token_bytes(64)).decode() + ";EndpointSuffix=core.windows.net")

    def v_azsas(self, tag: str) -> str:
        sig = urllib.parse.quote(base64.b64encode(self.r.token_bytes(32)).decode(), safe="")
        return ("sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-06-30T23:59:59Z&st=2026-04-01T00:00:00Z&spr=https"
                "&sig=" + sig)

    def v_ddapi(self, tag: str) -> str:
        return self.r.s(32, HEX)

    def v_ddapp(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_ddrum(self, tag: str) -> str:
        return "pub" + self.r.s(32, HEX)

    def v_glsa(self, tag: str) -> str:
        return "glsa_" + self.r.s(32, B62) + "_" + self.r.s(8, HEX)

    def v_glc(self, tag: str) -> str:
        body = json.dumps({"o": self.r.digits(6), "n": "stack-" + self.r.digits(6) + "-hl-write-alloy",
                           "k": self.r.s(24, B62), "m": {"r": "prod-us-west-0"}}, separators=(",", ":"))
        return "glc_" + base64.b64encode(body.encode()).decode()

    def v_doppler(self, tag: str) -> str:
        return "dp.st.prd." + self.r.s(40, B62)

    def v_pulumi(self, tag: str) -> str:
        return "pul-" + self.r.s(40, HEX)

    def v_postman(self, tag: str) -> str:
        return "PMAK-" + self.r.s(24, HEX) + "-" + self.r.s(34, HEX)

    def v_dop(self, tag: str) -> str:
        return "dop_v1_" + self.r.s(64, HEX)

    def v_age(self, tag: str) -> str:
        return "AGE-SECRET-KEY-1" + self.r.s(58, BECH32)

    def v_agepub(self, tag: str) -> str:
        return "age1" + self.r.s(58, BECH32.lower())

    def v_square(self, tag: str) -> str:
        return "EAAA" + self.r.s(60, B62 + "-_")

    def v_sqsecret(self, tag: str) -> str:
        return "sq0csp-" + self.r.s(43, B62 + "-_")

    def v_braintree(self, tag: str) -> str:
        return "access_token$production$" + self.r.s(16, LO + DIG) + "$" + self.r.s(32, HEX)

    def v_ldsdk(self, tag: str) -> str:
        return "sdk-" + self.r.uuid()

    def v_ldmob(self, tag: str) -> str:
        return "mob-" + self.r.uuid()

    def v_replicate(self, tag: str) -> str:
        return "r8_" + self.r.s(37, B62)

    def v_groq(self, tag: str) -> str:
        return "gsk_" + self.r.s(52, B62)

    def v_sbp(self, tag: str) -> str:
        return "sbp_" + self.r.s(40, HEX)

    def v_pscale(self, tag: str) -> str:
        return "pscale_pw_" + self.r.s(43, B62 + "_")

    def v_figma(self, tag: str) -> str:
        return "figd_" + self.r.s(40, B62 + "-_")

    def v_bkua(self, tag: str) -> str:
        return "bkua_" + self.r.s(40, HEX)

    def v_cio(self, tag: str) -> str:
        return "cio" + self.r.s(32, B62)

    def v_jenkins(self, tag: str) -> str:
        return "11" + self.r.s(32, HEX)

    def v_mailchimp(self, tag: str) -> str:
        return self.r.s(32, HEX) + "-us21"

    def v_twitch(self, tag: str) -> str:
        return self.r.s(30, LO + DIG)

    def v_jwt(self, tag: str) -> str:
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        claims = {"sub": tag or "svc", "iss": "https://auth.lanternfall.gg", "scope": "liveops:write",
                  "iat": 1775001600 + self.r.between(0, 6000000)}
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        return head + "." + body + "." + self.r.s(43, URLSAFE)

    def v_sntrys(self, tag: str) -> str:
        body = json.dumps({"iat": 1775001600 + self.r.between(0, 6000000), "url": "https://sentry.io",
                           "region_url": "https://us.sentry.io", "org": "lanternfall"}, separators=(",", ":"))
        return "sntrys_" + b64url(body.encode()) + "_" + self.r.s(43, B62 + "/+")

    def v_hf(self, tag: str) -> str:
        return "hf_" + self.r.s(34, UP + LO)

    def v_k8stoken(self, tag: str) -> str:
        head = b64url(json.dumps({"alg": "RS256", "kid": self.r.s(43, URLSAFE)}, separators=(",", ":")).encode())
        claims = {"iss": "kubernetes/serviceaccount", "kubernetes.io/serviceaccount/namespace": "kube-system",
                  "kubernetes.io/serviceaccount/secret.name": "ci-deployer-token-" + self.r.s(5, LO + DIG),
                  "kubernetes.io/serviceaccount/service-account.name": "ci-deployer",
                  "sub": "system:serviceaccount:kube-system:ci-deployer"}
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        return head + "." + body + "." + b64url(self.r.token_bytes(256))

    def v_jwtnone(self, tag: str) -> str:
        head = b64url(b'{"alg":"none","typ":"JWT"}')
        body = b64url(json.dumps({"sub": "unit-fixture", "role": "player"}, separators=(",", ":")).encode())
        return head + "." + body + "."

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
        return "$2b$12$" + self.r.s(53, UP + LO + DIG + "./")

    def v_argon(self, tag: str) -> str:
        return ("$argon2id$v=19$m=65536,t=3,p=4$" + b64url(self.r.token_bytes(16)) + "$" +
                b64url(self.r.token_bytes(32)))

    def v_sops(self, tag: str) -> str:
        return ("ENC[AES256_GCM,data:" + base64.b64encode(self.r.token_bytes(self.r.between(10, 36))).decode() +
                ",iv:" + base64.b64encode(self.r.token_bytes(32)).decode() + ",tag:" +
                base64.b64encode(self.r.token_bytes(16)).decode() + ",type:str]")

    def v_vault(self, tag: str) -> str:
        body = self.r.s(400, HEX)
        return "\n".join(body[i:i + 80] for i in range(0, len(body), 80))

    def v_aiza(self, tag: str) -> str:
        return "AIza" + self.r.s(35, B62 + "-_")

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

    def k_sshpub(self, rest: str) -> str:
        name, _, comment = rest.partition(":")
        return keys.ssh_pub(self._key(name), comment)

    def k_pubpem(self, rest: str) -> str:
        return keys.pub_pem(self._key(rest)).rstrip("\n")

    def k_cert(self, rest: str) -> str:
        name, _, cn = rest.partition(":")
        issuer = keys.name(("O", ORG), ("CN", "Lanternfall Internal CA"))
        return keys.certificate(self._key(name), keys.name(("O", ORG), ("CN", cn)), self.r.getrandbits(62) + 1,
                                START, START + datetime.timedelta(days=397), issuer=issuer,
                                issuer_key=self._key("edca"), ca=False, san=cn).rstrip("\n")

    def k_b64cert(self, rest: str) -> str:
        return base64.b64encode((self.k_cert(rest) + "\n").encode()).decode()
