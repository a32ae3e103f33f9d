"""The value factory of the fresh corpus: every placeholder ``«fn»`` / ``«fn:tag»`` in a template names a
function here. Values are cached per file by the whole placeholder, so ``«akid:1»`` twice in one file is
one key; derived encodings (``«b64of:akid:1»``) read that cache. Formats follow the providers' public
descriptions (see README.md); nothing here was taken from credgate's rules.
"""
from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import os
import sys
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(os.path.dirname(HERE))
if BENCH not in sys.path:
    sys.path.insert(0, BENCH)

from corpora import keys as K  # noqa: E402
from corpora.rng import B32_AWS, B62, DIG, LO, UP, base62  # noqa: E402

B64 = B62 + "+/"
URLSAFE = B62 + "-_"
WORDS = ["harbor", "lantern", "copper", "meadow", "violet", "granite", "thistle", "ember", "saffron", "quarry",
         "otter", "juniper", "falcon", "marble", "cobalt", "willow", "pebble", "summit"]


class Ctx:
    """Per-file cache over the shared SeededRng."""

    def __init__(self, rng):
        self.rng = rng
        self.cache: dict[str, str] = {}
        self.keys: dict = {}

    def get(self, token: str) -> str:
        if token not in self.cache:
            fn, _, arg = token.partition(":")
            f = FACTORY.get(fn)
            if f is None:
                raise KeyError(f"unknown placeholder «{token}»")
            self.cache[token] = f(self, arg)
        return self.cache[token]


def _secret40(ctx: Ctx, need_special: bool = False) -> str:
    while True:
        s = ctx.rng.s(40, B64)
        if not need_special or ("/" in s or "+" in s):
            return s


def _crc_token(ctx: Ctx, prefix: str, n: int = 30) -> str:
    body = ctx.rng.s(n, B62)
    return prefix + body + base62(binascii.crc32(body.encode()) & 0xFFFFFFFF, 6)


def _password(ctx: Ctx) -> str:
    r = ctx.rng
    return r.choice(WORDS).capitalize() + r.s(1, "!#%*-.") + r.digits(4) + r.choice(WORDS)


def _weak_password(ctx: Ctx) -> str:
    r = ctx.rng
    return r.choice(["Summer", "Winter", "Autumn", "Spring", "Welcome", "Harbour", "Freight"]) + r.digits(4)


def _b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def _credfile(ctx: Ctx, arg: str) -> str:
    return (f"[default]\naws_access_key_id = {ctx.get('akid:' + arg)}\n"
            f"aws_secret_access_key = {ctx.get('awssec:' + arg)}\n")


def _rsa(ctx: Ctx):
    return K.rsa_key(ctx.rng.getrandbits, lambda n: ctx.rng.r.randrange(2, n - 1), 24, 2048)


def _key(ctx: Ctx, arg: str):
    kind = arg.split(".")[0]
    r = ctx.rng
    if kind == "rsa":
        return _rsa(ctx)
    if kind == "ec":
        from cryptography.hazmat.primitives.asymmetric import ec
        return K.ec_key(r.getrandbits(250) | (1 << 249), ec.SECP256R1())
    return K.ed25519_key(r.token_bytes(32))


def _keyobj(ctx: Ctx, arg: str):
    if arg not in ctx.keys:
        ctx.keys[arg] = _key(ctx, arg)
    return ctx.keys[arg]


def _uuid(ctx: Ctx, arg: str) -> str:
    while True:
        u = ctx.rng.uuid()
        if not any(b in u for b in ("dead", "beef", "cafe")):
            return u


FACTORY = {
    # AWS
    "akid": lambda c, a: "AKIA" + c.rng.s(16, B32_AWS),
    "asia": lambda c, a: "ASIA" + c.rng.s(16, B32_AWS),
    "awssec": lambda c, a: _secret40(c),
    "awssecx": lambda c, a: _secret40(c, need_special=True),
    "stsToken": lambda c, a: "IQoJb3JpZ2luX2VjE" + c.rng.s(300, B64) + "==",
    # not base32: AKIA + chars that include 0/1/8/9 (not a valid key ID)
    "akidbad": lambda c, a: "AKIA" + c.rng.s(4, "0189") + c.rng.s(12, UP + "0189"),
    "acct": lambda c, a: c.rng.digits(12),
    # encodings of other placeholders
    "b64of": lambda c, a: _b64(c.get(a)),
    "b64b64of": lambda c, a: _b64(_b64(c.get(a))),
    "hexof": lambda c, a: c.get(a).encode().hex(),
    "pctof": lambda c, a: quote(c.get(a), safe=""),
    "uescof": lambda c, a: "".join("\\u%04x" % ord(ch) for ch in c.get(a)),
    "b64pair": lambda c, a: _b64(f"{c.get('akid:' + a)}:{c.get('awssec:' + a)}"),
    "b64cred": lambda c, a: _b64(_credfile(c, a)),
    "b64b64cred": lambda c, a: _b64(_b64(_credfile(c, a))),
    "hexcred": lambda c, a: _credfile(c, a).encode().hex(),
    "b64any": lambda c, a: _b64(a),
    # passwords and the like
    "pw": lambda c, a: _password(c),
    "weakpw": lambda c, a: _weak_password(c),
    "hexpw": lambda c, a: c.rng.token_hex(16),
    "user": lambda c, a: c.rng.choice(["svc_ledger", "app_rw", "etl_loader", "quill_admin", "reporting"]),
    # providers
    "ghp": lambda c, a: _crc_token(c, "ghp_"),
    "gho": lambda c, a: _crc_token(c, "gho_"),
    "ghs": lambda c, a: _crc_token(c, "ghs_"),
    "ghpat": lambda c, a: "github_pat_11" + c.rng.s(20, UP + DIG) + "_" + c.rng.s(59, B62),
    "npm": lambda c, a: _crc_token(c, "npm_"),
    "glpat": lambda c, a: "glpat-" + c.rng.s(20, URLSAFE),
    "xoxb": lambda c, a: f"xoxb-{c.rng.digits(11)}-{c.rng.digits(13)}-{c.rng.s(24, B62)}",
    "xoxp": lambda c, a: f"xoxp-{c.rng.digits(11)}-{c.rng.digits(11)}-{c.rng.digits(13)}-{c.rng.token_hex(16)}",
    "slackhook": lambda c, a: ("https://hooks.slack.com/services/T" + c.rng.s(10, UP + DIG) + "/B"
                               + c.rng.s(10, UP + DIG) + "/" + c.rng.s(24, B62)),
    "sk_live": lambda c, a: "sk_live_" + c.rng.s(24, B62),
    "rk_live": lambda c, a: "rk_live_" + c.rng.s(24, B62),
    "whsec": lambda c, a: "whsec_" + c.rng.s(32, B62),
    "pk_live": lambda c, a: "pk_live_" + c.rng.s(24, B62),
    "sendgrid": lambda c, a: "SG." + c.rng.s(22, URLSAFE) + "." + c.rng.s(43, URLSAFE),
    "twsid": lambda c, a: "AC" + c.rng.token_hex(16),
    "twtok": lambda c, a: c.rng.token_hex(16),
    "shpat": lambda c, a: "shpat_" + c.rng.token_hex(16),
    "openai": lambda c, a: "sk-proj-" + c.rng.s(74, URLSAFE) + "T3BlbkFJ" + c.rng.s(74, URLSAFE),
    "anthropic": lambda c, a: "sk-ant-api03-" + c.rng.s(93, URLSAFE) + "AA",
    "hvs": lambda c, a: "hvs." + c.rng.s(24, B62),
    "tfc": lambda c, a: c.rng.s(14, B62) + ".atlasv1." + c.rng.s(67, B62),
    "pypi": lambda c, a: "pypi-AgEIcHlwaS5vcmc" + c.rng.s(150, URLSAFE),
    "dckr": lambda c, a: "dckr_pat_" + c.rng.s(27, URLSAFE),
    "telegram": lambda c, a: c.rng.digits(10) + ":AA" + c.rng.s(33, URLSAFE),
    "azkey": lambda c, a: base64.b64encode(c.rng.token_bytes(64)).decode(),
    "gapi": lambda c, a: "AIza" + c.rng.s(35, URLSAFE),
    "mapbox_pk": lambda c, a: "pk.eyJ1IjoicXVpbGx3aGFyZiIsImEiOiJj" + c.rng.s(22, B62) + "." + c.rng.s(22, URLSAFE),
    "uuid": _uuid,
    "hex32": lambda c, a: c.rng.token_hex(16),
    "hex40": lambda c, a: c.rng.token_hex(20),
    "hex64": lambda c, a: c.rng.token_hex(32),
    "mailchimp": lambda c, a: c.rng.token_hex(16) + "-us" + str(c.rng.between(2, 21)),
    "pdtoken": lambda c, a: c.rng.s(3, "uy+") + c.rng.s(17, B62 + "_-+"),
    "sentry_legacy": lambda c, a: f"https://{c.rng.token_hex(16)}:{c.rng.token_hex(16)}@sentry.io/{c.rng.digits(6)}",
    "sentry_modern": lambda c, a: (f"https://{c.rng.token_hex(16)}@o{c.rng.digits(6)}.ingest.sentry.io/"
                                   f"{c.rng.digits(7)}"),
    "apikey": lambda c, a: c.rng.s(32, B62),
    "jwtsecret": lambda c, a: c.rng.token_urlsafe(48),
    "fernet": lambda c, a: base64.urlsafe_b64encode(c.rng.token_bytes(32)).decode(),
    "djangokey": lambda c, a: c.rng.s(50, LO + DIG + "!@#%^&*(-_=+)"),
    # decoys
    "sha": lambda c, a: c.rng.token_hex(20),
    "sha256": lambda c, a: c.rng.token_hex(32),
    "integrity": lambda c, a: "sha512-" + base64.b64encode(c.rng.token_bytes(64)).decode(),
    "sops": lambda c, a: ("ENC[AES256_GCM,data:" + base64.b64encode(c.rng.token_bytes(c.rng.between(12, 40))).decode()
                          + ",iv:" + base64.b64encode(c.rng.token_bytes(32)).decode() + ",tag:"
                          + base64.b64encode(c.rng.token_bytes(16)).decode() + ",type:str]"),
    "sealed": lambda c, a: "AgB" + c.rng.s(600, B64) + "==",
    "sshpub": lambda c, a: K.ssh_pub(K.ed25519_key(c.rng.token_bytes(32)), a or "deploy@quillwharf"),
    "ami": lambda c, a: "ami-0" + c.rng.token_hex(8),
    "sg": lambda c, a: "sg-0" + c.rng.token_hex(8),
    "subnet": lambda c, a: "subnet-0" + c.rng.token_hex(8),
    "vpc": lambda c, a: "vpc-0" + c.rng.token_hex(8),
    "kmsid": _uuid,
    "etag": lambda c, a: c.rng.token_hex(16),
    "reqid": lambda c, a: c.rng.s(16, UP + DIG),
    "lineage": _uuid,
    # keys (multi-line text; a template line holding one is labelled on its first, BEGIN, line)
    "pem": lambda c, a: K.pem(_keyobj(c, a), "pkcs1" if a.startswith("rsa") else "pkcs8").rstrip("\n"),
    "pemec": lambda c, a: K.pem(_keyobj(c, a), "trad").rstrip("\n"),
    "openssh": lambda c, a: K.openssh(_keyobj(c, a), c.rng.token_bytes(4), "ci@quillwharf").rstrip("\n"),
    "pemjson": lambda c, a: json.dumps(K.pem(_keyobj(c, a), "pkcs8"))[1:-1],
    "cert": lambda c, a: K.certificate(_keyobj(c, a), K.name(("O", "Quillwharf"), ("CN", "edge.quillwharf.net")),
                                       c.rng.getrandbits(64), datetime.datetime(2026, 1, 5),
                                       datetime.datetime(2027, 1, 5)).rstrip("\n"),
    "pubpem": lambda c, a: K.pub_pem(_keyobj(c, a)).rstrip("\n"),
    "md5": lambda c, a: hashlib.md5(a.encode()).hexdigest(),
    "sig": lambda c, a: base64.b64encode(c.rng.token_bytes(20)).decode(),
    "gocspx": lambda c, a: "GOCSPX-" + c.rng.s(28, URLSAFE),
    "bcrypt": lambda c, a: "$2b$12$" + c.rng.s(53, B62 + "./"),
    "apigw": lambda c, a: c.rng.s(40, B62),
    "digits": lambda c, a: c.rng.digits(21),
    "h1": lambda c, a: base64.b64encode(c.rng.token_bytes(32)).decode(),
    "sessmtp": lambda c, a: "B" + c.rng.s(43, B64),
    "dockercfg": lambda c, a: json.dumps({"auths": {"https://index.docker.io/v1/": {
        "auth": _b64("qwci:" + c.get("dckr:" + a))}}}),
}
