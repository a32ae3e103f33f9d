"""The fresh3 value factory: one ``v_<fn>`` per placeholder function, all drawn from one SeededRng.

``«fn:args»`` in a template is replaced by ``Values.get("fn:args", cache)``; the cache is per file, so the
same placeholder twice in one file is the same value, and encoders (``b64:``, ``b64b64:``, ``hex:``,
``pct:``, ``uesc:``) encode the cached value of what follows them (``«b64:akid:2»`` is the base64 of the
file's ``«akid:2»``). Key material comes from `KeyMaker`, built once per run (see README.md).
"""
from __future__ import annotations

import base64
import datetime
import json
import urllib.parse
import zlib

from corpora import keys
from corpora.rng import B32_AWS, B62, DIG, HEX, LO, UP, SeededRng, base62

B64 = UP + LO + DIG + "+/"
URLSAFE = UP + LO + DIG + "-_"
# low-entropy passwords: words people type, never example/test/fake/dummy/sample
WORDS = ("wattle", "harbour", "bluegum", "kookaburra", "marigold", "juniper", "ledger", "copper", "falcon",
         "tallow", "brook", "summit", "quokka", "saltbush", "ironbark", "banksia", "paddock", "lantern",
         "wombat", "coral", "granite", "bondi", "manly", "cobalt", "pelican")
FILLER = {"rhex", "b62", "b64r", "uuid", "digits", "hipw", "urlpw", "kmsblob"}
SUFFIX = ("", "!", "#", "1", "!!", "$", "@")


class Values:
    def __init__(self, rng: SeededRng):
        self.rng = rng
        self.keys: dict = {}

    # -- plumbing -------------------------------------------------------------------------------
    def get(self, spec: str, cache: dict) -> str:
        if spec in cache:
            return cache[spec]
        fn, _, rest = spec.partition(":")
        if fn in FILLER and rest.isdigit():
            # «rhex:64» twice in a file is two values (lock-file hashes); a named tag («uuid:l1») is shared
            return getattr(self, "v_" + fn)(rest, cache)
        enc = getattr(self, "e_" + fn, None)
        if enc is not None:
            val = enc(self.get(rest, cache))
        else:
            meth = getattr(self, "v_" + fn, None)
            if meth is None:
                raise KeyError(f"no value function {fn!r} ({spec})")
            val = meth(rest, cache)
        cache[spec] = val
        return val

    # -- encoders ---------------------------------------------------------------------------------
    def e_b64(self, v: str) -> str:
        return base64.b64encode(v.encode()).decode()

    def e_b64b64(self, v: str) -> str:
        return self.e_b64(self.e_b64(v))

    def e_hex(self, v: str) -> str:
        return v.encode().hex()

    def e_pct(self, v: str) -> str:
        return urllib.parse.quote(v, safe="")

    def e_uesc(self, v: str) -> str:
        return "".join("\\u%04x" % ord(c) for c in v)

    # -- AWS ----------------------------------------------------------------------------------------
    def v_akid(self, tag, cache):
        return "AKIA" + self.rng.s(16, B32_AWS)

    def v_asia(self, tag, cache):
        return "ASIA" + self.rng.s(16, B32_AWS)

    def v_awssec(self, tag, cache):
        while True:
            s = self.rng.s(40, B64)
            if ("/" in s or "+" in s) and s[0] not in "/+" and s[-1] not in "/+":
                return s

    def v_pair(self, tag, cache):
        return self.get("akid:" + tag, cache) + ":" + self.get("awssec:" + tag, cache)

    def v_pairjson(self, tag, cache):
        return json.dumps({"accessKeyId": self.get("akid:" + tag, cache),
                           "secretAccessKey": self.get("awssec:" + tag, cache), "region": "ap-southeast-2"})

    def v_credfile(self, tag, cache):
        return ("[default]\naws_access_key_id = " + self.get("akid:" + tag, cache) +
                "\naws_secret_access_key = " + self.get("awssec:" + tag, cache) + "\n")

    def v_ud(self, tag, cache):
        """an EC2 user-data script exporting a key pair (the file's akid:udN / awssec:udN)"""
        return ("#!/bin/bash\nset -e\nexport AWS_ACCESS_KEY_ID=" + self.get("akid:ud" + tag, cache) +
                "\nexport AWS_SECRET_ACCESS_KEY=" + self.get("awssec:ud" + tag, cache) +
                "\nexport AWS_DEFAULT_REGION=ap-southeast-2\n/opt/settlement/bin/worker --queue settlement-prod\n")

    def v_stok(self, tag, cache):
        head = "IQoJb3JpZ2luX2VjE" if not tag.startswith("old") else "FwoGZXIvYXdzE"
        body = base64.b64encode(self.rng.token_bytes(self.rng.between(300, 420))).decode().rstrip("=")
        return head + body

    def v_sessb64(self, tag, cache):
        """a secret of an ASIA credential (same shape as a long-term one)"""
        return self.v_awssec(tag, cache)

    def v_sesmtp(self, tag, cache):
        return base64.b64encode(b"\x04" + self.rng.token_bytes(32)).decode()

    def v_region(self, tag, cache):
        return {"apse2": "ap-southeast-2", "use1": "us-east-1"}[tag]

    def v_aroa(self, tag, cache):
        return (tag or "AROA") + self.rng.s(17, B32_AWS)

    # -- passwords and app secrets -------------------------------------------------------------------
    def v_pw(self, tag, cache):
        """low entropy: a word, maybe capitalised, digits, maybe a symbol"""
        w = self.rng.choice(WORDS)
        if self.rng.randbelow(2):
            w = w.capitalize()
        return w + str(self.rng.between(1, 2026)) + self.rng.choice(SUFFIX)

    def v_pw2(self, tag, cache):
        """two words joined, URL-safe"""
        return self.rng.choice(WORDS) + self.rng.choice(("-", "_", ".")) + self.rng.choice(WORDS) + \
            str(self.rng.between(10, 99))

    def v_hipw(self, tag, cache):
        n = int(tag.split(".")[0]) if tag and tag.split(".")[0].isdigit() else 24
        return self.rng.s(n, UP + LO + DIG + "_-.~")

    def v_urlpw(self, tag, cache):
        return self.rng.s(20, UP + LO + DIG)

    def v_djsecret(self, tag, cache):
        return self.rng.s(50, LO + DIG + "!@#%^&*(-_=+)")

    def v_rhex(self, tag, cache):
        n = int(tag.split(".")[0])
        return self.rng.s(n, HEX)

    def v_b62(self, tag, cache):
        n = int(tag.split(".")[0])
        return self.rng.s(n, B62)

    def v_b64r(self, tag, cache):
        n = int(tag.split(".")[0])
        return base64.b64encode(self.rng.token_bytes(n)).decode()

    def v_uuid(self, tag, cache):
        return self.rng.uuid()

    def v_digits(self, tag, cache):
        return self.rng.digits(int(tag.split(".")[0]))

    # -- provider tokens (documented shapes) ---------------------------------------------------------
    def _crc_token(self, prefix: str) -> str:
        ent = self.rng.s(30, B62)
        return prefix + ent + base62(zlib.crc32(ent.encode()), 6)

    def v_ghp(self, tag, cache):
        return self._crc_token("ghp_")

    def v_ghs(self, tag, cache):
        return self._crc_token("ghs_")

    def v_ghpat(self, tag, cache):
        return "github_pat_11" + self.rng.s(20, UP + DIG) + "_" + self.rng.s(59, B62)

    def v_npm(self, tag, cache):
        return self._crc_token("npm_")

    def v_glpat(self, tag, cache):
        return "glpat-" + self.rng.s(20, URLSAFE)

    def v_xoxb(self, tag, cache):
        return f"xoxb-{self.rng.digits(12)}-{self.rng.digits(13)}-{self.rng.s(24, B62)}"

    def v_slackhook(self, tag, cache):
        return ("https://hooks.slack.com/services/T" + self.rng.s(8, UP + DIG) + "/B" +
                self.rng.s(10, UP + DIG) + "/" + self.rng.s(24, B62))

    def v_sklive(self, tag, cache):
        return "sk_live_51" + self.rng.s(97, B62)

    def v_rklive(self, tag, cache):
        return "rk_live_51" + self.rng.s(97, B62)

    def v_whsec(self, tag, cache):
        return "whsec_" + self.rng.s(32, B62)

    def v_pklive(self, tag, cache):
        return "pk_live_51" + self.rng.s(97, B62)

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

    def v_postman(self, tag, cache):
        return "PMAK-" + self.rng.s(24, HEX) + "-" + self.rng.s(34, HEX)

    def v_dop(self, tag, cache):
        return "dop_v1_" + self.rng.s(64, HEX)

    def v_linear(self, tag, cache):
        return "lin_api_" + self.rng.s(40, B62)

    def v_nrak(self, tag, cache):
        return "NRAK-" + self.rng.s(27, UP + DIG)

    def v_grafana(self, tag, cache):
        return "glsa_" + self.rng.s(32, B62) + "_" + self.rng.s(8, HEX)

    def v_doppler(self, tag, cache):
        return "dp.st.prd." + self.rng.s(43, B62)

    def v_square(self, tag, cache):
        return "EAAA" + self.rng.s(60, URLSAFE)

    def v_okta(self, tag, cache):
        return "00" + self.rng.s(40, URLSAFE)

    def v_shpat(self, tag, cache):
        return "shpat_" + self.rng.s(32, HEX)

    def v_gocspx(self, tag, cache):
        return "GOCSPX-" + self.rng.s(28, URLSAFE)

    def v_mailchimp(self, tag, cache):
        return self.rng.s(32, HEX) + "-us" + str(self.rng.between(2, 21))

    def v_azkey(self, tag, cache):
        return base64.b64encode(self.rng.token_bytes(64)).decode()

    def v_sentrylegacy(self, tag, cache):
        return (f"https://{self.rng.s(32, HEX)}:{self.rng.s(32, HEX)}@o{self.rng.digits(6)}"
                f".ingest.sentry.io/{self.rng.digits(7)}")

    def v_sentry(self, tag, cache):
        return f"https://{self.rng.s(32, HEX)}@o{self.rng.digits(6)}.ingest.us.sentry.io/{self.rng.digits(7)}"

    def v_twsid(self, tag, cache):
        return "AC" + self.rng.s(32, HEX)

    def v_kmsblob(self, tag, cache):
        return base64.b64encode(b"\x01\x02\x02\x00\x78" + self.rng.token_bytes(self.rng.between(150, 200))).decode()

    # -- key material ---------------------------------------------------------------------------------
    def v_pem(self, tag, cache):
        fmt, name = tag.split(":")
        return keys.pem(self.keys[name], fmt).rstrip("\n")

    def v_b64pem(self, tag, cache):
        fmt, name = tag.split(":")
        return base64.b64encode(keys.pem(self.keys[name], fmt).encode()).decode()

    def v_pemjson(self, tag, cache):
        fmt, name = tag.split(":")
        return json.dumps(keys.pem(self.keys[name], fmt))[1:-1]

    def v_openssh(self, tag, cache):
        name, comment = tag.split(":", 1)
        return keys.openssh(self.keys[name], self.rng.token_bytes(4), comment).rstrip("\n")

    def v_b64openssh(self, tag, cache):
        name, comment = tag.split(":", 1)
        return base64.b64encode(keys.openssh(self.keys[name], self.rng.token_bytes(4), comment).encode()).decode()

    def v_sshpub(self, tag, cache):
        name, comment = tag.split(":", 1)
        return keys.ssh_pub(self.keys[name], comment)

    def v_pubpem(self, tag, cache):
        return keys.pub_pem(self.keys[tag]).rstrip("\n")

    def v_cert(self, tag, cache):
        name, cn, issuer = tag.split(":")
        not_before = datetime.datetime(2026, 2, 1, tzinfo=datetime.timezone.utc)
        not_after = datetime.datetime(2027, 2, 1, tzinfo=datetime.timezone.utc)
        subj = keys.name(("O", "Tallowbrook Payments Pty Ltd"), ("CN", cn))
        if issuer == name:
            return keys.certificate(self.keys[name], subj, self.rng.getrandbits(63) | 1, not_before, not_after,
                                    ca=True).rstrip("\n")
        iss = keys.name(("O", "Tallowbrook Payments Pty Ltd"), ("CN", "Tallowbrook Internal Root CA"))
        return keys.certificate(self.keys[name], subj, self.rng.getrandbits(63) | 1, not_before, not_after,
                                issuer=iss, issuer_key=self.keys[issuer], ca=False, san=cn).rstrip("\n")

    def v_b64cert(self, tag, cache):
        return base64.b64encode((self.v_cert(tag, cache) + "\n").encode()).decode()


    def v_csr(self, tag, cache):
        name, cn = tag.split(":")
        return keys.csr(self.keys[name], cn).rstrip("\n")

    def v_jwkx(self, tag, cache):
        from cryptography.hazmat.primitives import serialization
        raw = self.keys[tag].public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
        return base64.urlsafe_b64encode(raw).decode().rstrip("=")

    def v_dockauth(self, tag, cache):
        """user:password as a docker/basic auth pair (encode it with b64:)"""
        return "tallowbrook-ci:" + self.v_hipw("20", cache)


class KeyMaker:
    """RSA via the shared Miller-Rabin search (20 rounds, witnesses from the same rng), P-256 scalars,
    Ed25519 seeds."""

    def __init__(self, rng: SeededRng):
        self.rng = rng

    def rsa(self, bits: int = 2048):
        return keys.rsa_key(self.rng.getrandbits, lambda n: 2 + self.rng.randbelow(n - 3), 20, bits)

    def p256(self):
        from cryptography.hazmat.primitives.asymmetric import ec
        order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
        return keys.ec_key(1 + self.rng.randbelow(order - 1), ec.SECP256R1())

    def ed(self):
        return keys.ed25519_key(self.rng.token_bytes(32))


def install_keys(vals: Values, km: KeyMaker) -> None:
    """The run's keys, made before any template is rendered (names used by the templates)."""
    vals.keys["rsa_deploy"] = km.rsa()
    vals.keys["rsa_saml"] = km.rsa()
    vals.keys["ec_gw"] = km.p256()
    vals.keys["ec_jwt"] = km.p256()
    vals.keys["ed_bastion"] = km.ed()
    vals.keys["ed_ci"] = km.ed()
    vals.keys["ed_ca"] = km.ed()
    vals.keys["ed_leaf"] = km.ed()
    vals.keys["ed_pub"] = km.ed()
