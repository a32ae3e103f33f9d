"""The fresh37 value factory (Karrabin Resources, an open-pit mining company).

Started from fresh14's value factory (structure, encoders, most token shapes) with this company's word lists.

``«fn:tag»`` in a template calls ``Values.v_fn(tag)`` (or an encoder ``e_fn`` over another placeholder, or
key material ``k_fn``). Every placeholder is cached corpus-wide by its full text, so ``«akid:manifest»`` in
a UserData script and in a CloudTrail record is the same leaked key. Keys are made lazily, on first use,
from the same seeded rng, so the output depends only on the seed and the template order. No literal secret
lives in this package: every value is drawn at generation time.
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
# human passwords: seasons, mine-site words, the company's names, first names with years, leetspeak
SEASONS = ("Spring", "Summer", "Autumn", "Winter", "Wet", "Dry", "July", "March")
WORDS = ("haulpack", "dragline", "bench", "pitwall", "shovel", "crusher", "tailings", "magazine", "detonator",
         "assay", "survey", "ore", "waste", "dozer", "grader", "loadout", "stockpile", "ramp", "berm", "sump")
COMPANY = ("Karrabin", "KarraBin", "Krb", "KRB", "KARRABIN", "krb")
NAMES = ("shane", "bronwyn", "tjapaltjarri", "darcy", "mele", "ravi", "kylie", "nguyen", "callum", "aroha",
         "jarrah", "wirrin", "dmitri", "tahnee")
SYMS = "!#$%@&*"
START = datetime.datetime(2026, 4, 1, tzinfo=datetime.timezone.utc)
ORG = "Karrabin Resources Pty Ltd"


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
    def e_hexenc(v: str) -> str:
        return v.encode().hex()

    @staticmethod
    def e_pct(v: str) -> str:
        return urllib.parse.quote(v, safe="")

    @staticmethod
    def e_unattend(v: str) -> str:
        """How Windows Setup hides a password in unattend.xml: base64 of UTF-16LE(password + "Password")."""
        return base64.b64encode((v + "Password").encode("utf-16-le")).decode()

    @staticmethod
    def e_tail(v: str) -> str:
        return "..." + v[-4:]

    @staticmethod
    def e_head(v: str) -> str:
        return v[:4] + "*" * 12

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
        head = "IQoJb3JpZ2luX2VjE" if self.r.between(0, 1) else "FwoGZXIvYXdzE"
        return head + self.r.s(self.r.between(300, 380), B64) + "="

    def v_credini(self, tag: str) -> str:
        return ("[krb-" + tag + "]\naws_access_key_id = " + self.get("akid:" + tag, {}) +
                "\naws_secret_access_key = " + self.get("awssec:" + tag, {}) + "\nregion = us-east-1\n")

    def v_aroa(self, tag: str) -> str:
        return "AROA" + self.r.s(17, B32_AWS)

    def v_aida(self, tag: str) -> str:
        return "AIDA" + self.r.s(17, B32_AWS)

    def v_kms(self, tag: str) -> str:
        return "AQICAHh" + self.r.s(self.r.between(150, 210), B64) + "="

    def v_sesv4(self, tag: str) -> str:
        return base64.b64encode(b"\x04" + self.r.token_bytes(32)).decode()

    # -- passwords and generic app secrets ----------------------------------------------------------------
    def v_pw(self, tag: str) -> str:
        """Season + year + symbol (Peak2025!)."""
        return self.r.choice(SEASONS) + str(self.r.between(2019, 2026)) + self.r.choice(SYMS)

    def v_pp(self, tag: str) -> str:
        """Passphrase word-word-NN (coral-lobby-31)."""
        a = self.r.choice(WORDS)
        b = self.r.choice([w for w in WORDS if w != a])
        return a + "-" + b + "-" + str(self.r.between(10, 99))

    def v_pwc(self, tag: str) -> str:
        """The company's name + digits, sometimes a symbol (Karrabin123, Krb2025!)."""
        tail = self.r.choice(("123", "1", "2024", "2025", "99", "01", "#", "123!", "2026!", "#1"))
        return self.r.choice(COMPANY) + tail

    def v_pwn(self, tag: str) -> str:
        """A first name + a birth year or two digits, capitalised half the time (Henrik1988, bao07)."""
        n = self.r.choice(NAMES)
        if self.r.between(0, 1):
            n = n.capitalize()
        return n + (str(self.r.between(1965, 2000)) if self.r.between(0, 1) else str(self.r.between(10, 99)))

    def v_pwl(self, tag: str) -> str:
        """Leetspeak of a word + symbol + digits (C0r4l!42)."""
        w = self.r.choice(WORDS).capitalize()
        w = w.replace("a", "4").replace("e", "3").replace("o", "0").replace("i", "1")
        return w + self.r.choice(SYMS) + str(self.r.between(10, 99))

    def v_pwp(self, tag: str) -> str:
        """A short weak password people really use: six to nine characters (Pit9!, mine2024, Krb#7)."""
        stem = self.r.choice(("Pit", "mine", "Mine", "Krb", "krb", "Haul", "dozer", "Shovel", "Blast"))
        return stem + self.r.choice(("9!", "2024", "123", "#7", "!1", "77", "2025", "@1"))

    def v_pwr(self, tag: str) -> str:
        return self.r.s(self.r.between(16, 30), B62)

    def v_pwx(self, tag: str) -> str:
        """Generated password with symbols that survive YAML, shell single quotes, JSON and XML."""
        while True:
            s = self.r.s(self.r.between(20, 28), B62 + "!#%^*()-_=+.")
            if any(c in s for c in "!#%^*()-_=+.") and s[0].isalnum():
                return s

    def v_pw6(self, tag: str) -> str:
        """Six to eight upper-case letters and digits: a PLC, HMI or radio terminal password."""
        return self.r.s(1, UP) + self.r.s(self.r.between(5, 7), UP + DIG)

    def v_hex(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), HEX)

    def v_uhex(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), HEX).upper()

    def v_b62(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), B62)

    def v_lo(self, tag: str) -> str:
        return self.r.s(self._n(tag, 30), LO + DIG)

    def v_up(self, tag: str) -> str:
        return self.r.s(self._n(tag, 20), UP + DIG)

    def v_b64k(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    def v_urlsafe(self, tag: str) -> str:
        return base64.urlsafe_b64encode(self.r.token_bytes(self._n(tag, 32))).decode()

    @staticmethod
    def v_lit(tag: str) -> str:
        """The tag itself (for encoding a plain value: «b64:lit:us-west-2»)."""
        return tag

    def v_uuid(self, tag: str) -> str:
        return self.r.uuid()

    def v_num(self, tag: str) -> str:
        return self.r.digits(self._n(tag, 9))

    def v_django(self, tag: str) -> str:
        return self.r.s(50, LO + DIG + "!@#%^&*(-_=+)")

    def v_laravel(self, tag: str) -> str:
        return "base64:" + base64.b64encode(self.r.token_bytes(32)).decode()

    def v_basic(self, tag: str) -> str:
        """base64 of svc-ci:<human password>, an HTTP basic-auth credential."""
        return base64.b64encode(("svc-fms:" + self.get("pwc:" + tag, {})).encode()).decode()

    def v_dockerauth(self, tag: str) -> str:
        """base64 of karrabin-ci:<Docker Hub token>, a docker config.json auth entry."""
        return base64.b64encode(("karrabin-ci:" + self.get("dckr:" + tag, {})).encode()).decode()

    def v_dockercfg(self, tag: str) -> str:
        """A docker config.json (one line) whose Docker Hub auth is karrabin-ci:<PAT>."""
        return json.dumps({"auths": {"https://index.docker.io/v1/": {"auth": self.get("dockerauth:" + tag, {})}}},
                          separators=(",", ":"))

    def v_pgmd5(self, tag: str) -> str:
        ph, _, user = tag.rpartition(":")
        return "md5" + hashlib.md5((self.get(ph, {}) + user).encode()).hexdigest()

    # -- provider tokens ------------------------------------------------------------------------------------
    def _crc(self, prefix: str) -> str:
        body = self.r.s(30, B62)
        return prefix + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)

    def v_ghp(self, tag: str) -> str:
        return self._crc("ghp_")

    def v_ghs(self, tag: str) -> str:
        return self._crc("ghs_")

    def v_gho(self, tag: str) -> str:
        return self._crc("gho_")

    def v_sqp(self, tag: str) -> str:
        """SonarQube project analysis token: sqp_ + 40 hex."""
        return "sqp_" + self.r.s(40, HEX)

    def v_npm(self, tag: str) -> str:
        return self._crc("npm_")

    def v_glpat(self, tag: str) -> str:
        return "glpat-" + self.r.s(20, B62 + "-_")

    def v_glrt(self, tag: str) -> str:
        return "glrt-" + self.r.s(20, B62 + "-_")

    def v_xoxb(self, tag: str) -> str:
        return "xoxb-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" + self.r.s(24, B62)

    def v_xoxp(self, tag: str) -> str:
        return ("xoxp-" + self.r.digits(12) + "-" + self.r.digits(12) + "-" + self.r.digits(13) + "-" +
                self.r.s(32, HEX))

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

    def v_mailchimp(self, tag: str) -> str:
        return self.r.s(32, HEX) + "-us" + str(self.r.between(2, 21))

    def v_oai(self, tag: str) -> str:
        return "sk-proj-" + self.r.s(70, B62 + "-_") + "T3BlbkFJ" + self.r.s(70, B62 + "-_")

    def v_ant(self, tag: str) -> str:
        return "sk-ant-api03-" + self.r.s(93, B62 + "-_") + "AA"

    def v_hvs(self, tag: str) -> str:
        return "hvs." + self.r.s(24, B62)

    def v_tfc(self, tag: str) -> str:
        return self.r.s(14, B62) + ".atlasv1." + self.r.s(67, B62)

    def v_dckr(self, tag: str) -> str:
        return "dckr_pat_" + self.r.s(27, B62 + "-_")

    def v_pypi(self, tag: str) -> str:
        return "pypi-AgEIcHlwaS5vcmcCJG" + self.r.s(150, URLSAFE)

    def v_sentryold(self, tag: str) -> str:
        """Legacy Sentry DSN with the secret part: https://<public>:<secret>@host/project."""
        host = "sentry.io" if self.r.between(0, 1) else "o" + self.r.digits(6) + ".ingest.sentry.io"
        return "https://" + self.r.s(32, HEX) + ":" + self.r.s(32, HEX) + "@" + host + "/" + self.r.digits(6)

    def v_sentrynew(self, tag: str) -> str:
        return "https://" + self.r.s(32, HEX) + "@o" + self.r.digits(6) + ".ingest.de.sentry.io/" + self.r.digits(7)

    def v_atl(self, tag: str) -> str:
        return "ATATT3xFfGF0" + self.r.s(180, URLSAFE) + "=" + self.r.s(8, HEX).upper()

    def v_okta(self, tag: str) -> str:
        return "00" + self.r.s(40, B62 + "-_")

    def v_azad(self, tag: str) -> str:
        return self.r.s(3, B62) + self.r.s(1, DIG) + "Q~" + self.r.s(34, B62 + "_.~-")

    def v_azstor(self, tag: str) -> str:
        return base64.b64encode(self.r.token_bytes(64)).decode()

    def v_ddapi(self, tag: str) -> str:
        return self.r.s(32, HEX)

    def v_ddapp(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_nrak(self, tag: str) -> str:
        return "NRAK-" + self.r.s(27, UP + DIG)

    def v_nrlic(self, tag: str) -> str:
        return self.r.s(36, HEX) + "NRAL"

    def v_glsa(self, tag: str) -> str:
        """Grafana service-account token: glsa_ + 32 base62 + _ + 8 hex."""
        return "glsa_" + self.r.s(32, B62) + "_" + self.r.s(8, HEX)

    def v_cfapi(self, tag: str) -> str:
        """Cloudflare API token: 40 characters of base62, - and _."""
        return self.r.s(40, B62 + "-_")

    def v_linear(self, tag: str) -> str:
        return "lin_api_" + self.r.s(40, B62)

    def v_doppler(self, tag: str) -> str:
        return "dp.st.prd." + self.r.s(43, B62)

    def v_shippo(self, tag: str) -> str:
        return "shippo_live_" + self.r.s(40, HEX)

    def v_ezak(self, tag: str) -> str:
        """EasyPost production key: EZAK + 54 hex-ish."""
        return "EZAK" + self.r.s(54, HEX)

    def v_gocspx(self, tag: str) -> str:
        return "GOCSPX-" + self.r.s(28, B62 + "-_")

    def v_telegram(self, tag: str) -> str:
        return self.r.digits(10) + ":AA" + self.r.s(33, B62 + "-_")

    def v_heroku(self, tag: str) -> str:
        return self.r.uuid()

    def v_algolia(self, tag: str) -> str:
        return self.r.s(32, HEX)

    def v_pdkey(self, tag: str) -> str:
        """PagerDuty Events v2 integration (routing) key: 32 hex."""
        return self.r.s(32, HEX)

    def v_confkey(self, tag: str) -> str:
        return self.r.s(16, UP + DIG)

    def v_confsec(self, tag: str) -> str:
        return self.r.s(64, B62 + "+/")

    def v_dapi(self, tag: str) -> str:
        return "dapi" + self.r.s(32, HEX)

    def v_sqatp(self, tag: str) -> str:
        """Square production access token: EAAA + 60 URL-safe characters."""
        return "EAAA" + self.r.s(60, URLSAFE)

    def v_jwt(self, tag: str) -> str:
        head = b64url(b'{"alg":"HS256","typ":"JWT"}')
        claims = {"sub": tag or "svc", "iss": "https://id.karrabin.com.au", "scope": "fms:dispatch",
                  "iat": 1777593600 + self.r.between(0, 6000000)}
        body = b64url(json.dumps(claims, separators=(",", ":")).encode())
        return head + "." + body + "." + self.r.s(43, URLSAFE)

    def v_fernet(self, tag: str) -> str:
        return base64.urlsafe_b64encode(self.r.token_bytes(32)).decode()

    def v_gpat(self, tag: str) -> str:
        """Azure DevOps personal access token: 52 lower-case base32."""
        return self.r.s(52, "abcdefghijklmnopqrstuvwxyz234567")

    # -- shapes from fresh11 -------------------------------------------------------------------------------------
    def v_ghfg(self, tag: str) -> str:
        """GitHub fine-grained PAT: github_pat_ + 22 + _ + 59."""
        return "github_pat_11" + self.r.s(20, UP + DIG) + "_" + self.r.s(59, B62)

    def v_hf(self, tag: str) -> str:
        return "hf_" + self.r.s(34, UP + LO)

    def v_wandb(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_redcap(self, tag: str) -> str:
        return self.r.s(32, HEX).upper()

    def v_mailgun(self, tag: str) -> str:
        return "key-" + self.r.s(32, HEX)

    def v_postmark(self, tag: str) -> str:
        return self.r.uuid()

    def v_dropbox(self, tag: str) -> str:
        return "sl.B" + self.r.s(135, URLSAFE)

    def v_benchling(self, tag: str) -> str:
        return "sk_" + self.r.s(30, B62)

    def v_quay(self, tag: str) -> str:
        return self.r.s(64, UP + DIG)

    def v_ssws(self, tag: str) -> str:
        return "00" + self.r.s(40, B62 + "-_")

    def v_asana(self, tag: str) -> str:
        return "2/" + self.r.digits(16) + "/" + self.r.digits(16) + ":" + self.r.s(32, HEX)

    def v_pgpass_line(self, tag: str) -> str:
        return tag

    def v_b32(self, tag: str) -> str:
        return self.r.s(self._n(tag, 32), B32_AWS)

    def v_uesc(self, tag: str) -> str:
        """Every character of another placeholder as a \\uXXXX escape (a JSON export that escaped all)."""
        return "".join("\\u%04x" % ord(c) for c in self.get(tag, {}))

    def e_jsonesc(self, v: str) -> str:
        """JSON-escaped as a string inside a string (quotes and slashes escaped)."""
        return json.dumps(v)[1:-1].replace("/", "\\/")

    def e_b64b64(self, v: str) -> str:
        return base64.b64encode(base64.b64encode(v.encode())).decode()

    # -- shapes new in fresh14 -------------------------------------------------------------------------------
    def v_adyen(self, tag: str) -> str:
        """Adyen API key: AQE + base64-ish body with embedded separators."""
        return ("AQE" + self.r.s(3, UP + LO) + "hmfxL" + self.r.s(40, B62 + "/+") + "==-" +
                self.r.s(43, B62 + "/+") + "=-" + self.r.s(14, B62 + "[]<>:;"))

    def v_adyenhmac(self, tag: str) -> str:
        return self.r.s(64, HEX).upper()

    def v_btpriv(self, tag: str) -> str:
        return self.r.s(32, HEX)

    def v_meraki(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_zendesk(self, tag: str) -> str:
        return self.r.s(40, B62)

    def v_segment(self, tag: str) -> str:
        return self.r.s(32, B62)

    def v_expo(self, tag: str) -> str:
        return self.r.s(40, B62 + "_-")

    def v_asc(self, tag: str) -> str:
        """App Store Connect key id: 10 upper-case letters and digits (an identifier)."""
        return self.r.s(10, UP + DIG)

    def v_tsc(self, tag: str) -> str:
        """Tableau personal access token secret: 22 base64 + ':' + 32 alphanumerics."""
        return self.r.s(22, B62 + "+/") + "==:" + self.r.s(32, B62)

    def v_sfck(self, tag: str) -> str:
        return "3MVG9" + self.r.s(80, B62 + "._")

    def v_snowpw(self, tag: str) -> str:
        return self.r.s(24, B62)

    def v_wifipsk(self, tag: str) -> str:
        """A guest or staff Wi-Fi passphrase: two mine words + digits."""
        return self.r.choice(WORDS).capitalize() + self.r.choice(WORDS).capitalize() + str(self.r.between(10, 99))

    def v_applepw(self, tag: str) -> str:
        """Apple app-specific password: four groups of four lower-case letters."""
        return "-".join(self.r.s(4, LO) for _ in range(4))

    def v_pin(self, tag: str) -> str:
        return self.r.digits(self._n(tag, 6))

    def v_tv(self, tag: str) -> str:
        """TeamViewer/AnyDesk unattended password: 8-10 of upper, lower and digits."""
        return self.r.s(self.r.between(8, 10), B62)

    def v_okx(self, tag: str) -> str:
        return self.r.s(self._n(tag, 40), B62 + "-_")

    # -- decoy material --------------------------------------------------------------------------------------
    @staticmethod
    def v_docs(tag: str) -> str:
        """Documented or test-marked values, assembled here so no literal sits in the package."""
        return {"akid": "AKIA" + "IOSFODNN7" + "EXAMPLE", "akidx": "AKIA" + "X" * 16, "secret": "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCYEXAMPLEKEY",
                "stripetest": "sk_" + "test_51" + "unitTestsOnlyNotARealKey" + "0" * 24}[tag]

    def v_sha(self, tag: str) -> str:
        return self.r.s(40, HEX)

    def v_sha256(self, tag: str) -> str:
        return hashlib.sha256(self.r.token_bytes(32)).hexdigest()

    def v_sri(self, tag: str) -> str:
        return "sha512-" + base64.b64encode(self.r.token_bytes(64)).decode()

    def v_bcrypt(self, tag: str) -> str:
        return "$2y$10$" + self.r.s(53, UP + LO + DIG + "./")

    def v_apr1(self, tag: str) -> str:
        return "$apr1$" + self.r.s(8, UP + LO + DIG + "./") + "$" + self.r.s(22, UP + LO + DIG + "./")

    def v_scram(self, tag: str) -> str:
        return ("SCRAM-SHA-256$4096:" + base64.b64encode(self.r.token_bytes(16)).decode() + "$" +
                base64.b64encode(self.r.token_bytes(32)).decode() + ":" +
                base64.b64encode(self.r.token_bytes(32)).decode())

    def v_sops(self, tag: str) -> str:
        return ("ENC[AES256_GCM,data:" + base64.b64encode(self.r.token_bytes(self.r.between(10, 36))).decode() +
                ",iv:" + base64.b64encode(self.r.token_bytes(32)).decode() + ",tag:" +
                base64.b64encode(self.r.token_bytes(16)).decode() + ",type:str]")

    def v_sealed(self, tag: str) -> str:
        return "AgB" + self.r.s(330, B64) + "=="

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

    def k_openssh(self, rest: str) -> str:
        name, _, comment = rest.partition(":")
        return keys.openssh(self._key(name), self.r.token_bytes(4), comment or None).rstrip("\n")

    def k_b64pem(self, rest: str) -> str:
        fmt, name = rest.split(":", 1)
        return base64.b64encode(keys.pem(self._key(name), fmt).encode()).decode()

    def k_b64openssh(self, rest: str) -> str:
        """base64 of an OpenSSH private key (deterministic check-ints, as k_openssh)."""
        return base64.b64encode((self.k_openssh(rest) + "\n").encode()).decode()

    def k_sshpub(self, rest: str) -> str:
        name, _, comment = rest.partition(":")
        return keys.ssh_pub(self._key(name), comment)

    def k_pubpem(self, rest: str) -> str:
        return keys.pub_pem(self._key(rest)).rstrip("\n")

    def k_cert(self, rest: str) -> str:
        name, _, cn = rest.partition(":")
        issuer = keys.name(("O", ORG), ("CN", "Karrabin Site Issuing CA 1"))
        return keys.certificate(self._key(name), keys.name(("O", ORG), ("CN", cn)), self.r.getrandbits(62) + 1,
                                START, START + datetime.timedelta(days=397), issuer=issuer,
                                issuer_key=self._key("edca"), ca=False, san=cn).rstrip("\n")

    def k_b64cert(self, rest: str) -> str:
        return base64.b64encode((self.k_cert(rest) + "\n").encode()).decode()
