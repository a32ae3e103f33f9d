"""Synthetic credential generators + file/label bookkeeping for the credgate corpus.

Every value produced here is random (secrets module) and has the *shape* of a
real credential. None of them is a real, issued credential.
"""
import base64
import json
import os
import re
import secrets
import string
import uuid
import zlib

ROOT = "/work/main/tests/fixtures/corpus"
KEYDIR = "/tmp/cg/keys"

UP = string.ascii_uppercase
LO = string.ascii_lowercase
DIG = string.digits
ALNUM = UP + LO + DIG
ALNUM_US = ALNUM + "_-"
B64 = ALNUM + "+/"
HEX = "0123456789abcdef"
B62 = DIG + UP + LO  # 0-9A-Za-z

BAD = re.compile(r"(?i)test|fake|exampl|dummy|sample|xxxx|demo|mock|placeholder|redact|changeme|aaaa|0000|1234")

LABELS = {}
_pending = []


def rnd(n, alphabet=ALNUM):
    while True:
        v = "".join(secrets.choice(alphabet) for _ in range(n))
        if not BAD.search(v):
            return v


def hexs(n):
    return rnd(n, HEX)


def digits(n):
    first = secrets.choice("123456789")
    return first + rnd(n - 1, DIG)


def b64bytes(n, urlsafe=False, pad=True):
    while True:
        raw = secrets.token_bytes(n)
        v = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if not pad:
            v = v.rstrip("=")
        if not BAD.search(v):
            return v


def base62(num, width=6):
    out = ""
    while num:
        num, r = divmod(num, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# ---------------------------------------------------------------- registry
def S(kind, value, note=None):
    """Register a positive secret value for the file currently being built."""
    _pending.append((value, kind, note))
    return value


def write(rel, text, mode=None, binary_ok=False):
    """Write a corpus file; label every line where a registered value occurs."""
    global _pending
    path = os.path.join(ROOT, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if not text.endswith("\n"):
        text += "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(text)
    labels = {}
    for value, kind, note in _pending:
        needle = value
        start = 0
        found = False
        while True:
            i = text.find(needle, start)
            if i < 0:
                break
            found = True
            line = text.count("\n", 0, i) + 1
            labels.setdefault(line, (kind, note))
            start = i + len(needle)
        if not found:
            raise SystemExit(f"registered value for {kind} not found in {rel}")
    _pending = []
    LABELS[rel] = [dict({"line": ln, "kind": k}, **({"note": n} if n else {})) for ln, (k, n) in sorted(labels.items())]


def clean(rel, text):
    """Write a file that must produce no findings (asserts nothing registered)."""
    assert not _pending, (rel, _pending)
    write(rel, text)


# ---------------------------------------------------------------- providers
def aws_akid():
    return "AKIA" + rnd(16, UP + "234567")


def aws_asia():
    return "ASIA" + rnd(16, UP + "234567")


def aws_secret():
    while True:
        v = rnd(40, B64)
        if any(c in v for c in "+/") and any(c.isdigit() for c in v):
            return v


def aws_session_token():
    return "IQoJb3JpZ2luX2VjE" + rnd(3, ALNUM) + b64bytes(540).rstrip("=")


def gh_classic(prefix="ghp_"):
    body = rnd(30)
    return prefix + body + base62(zlib.crc32(body.encode()))


def gh_fine():
    return "github_pat_11" + rnd(20, UP + DIG) + "_" + rnd(59)


def npm_token():
    body = rnd(30)
    return "npm_" + body + base62(zlib.crc32(body.encode()))


def glpat():
    return "glpat-" + rnd(20, ALNUM_US)


def slack_bot():
    return f"xoxb-{digits(12)}-{digits(13)}-{rnd(24)}"


def slack_user():
    return f"xoxp-{digits(12)}-{digits(12)}-{digits(13)}-{hexs(32)}"


def slack_webhook():
    return f"https://hooks.slack.com/services/T{rnd(8, UP + DIG)}/B{rnd(10, UP + DIG)}/{rnd(24)}"


def stripe_sk():
    return "sk_live_51" + rnd(97)


def stripe_sk_short():
    return "sk_live_" + rnd(24)


def stripe_rk():
    return "rk_live_51" + rnd(97)


def stripe_pk():
    return "pk_live_51" + rnd(97)


def twilio_sid():
    return "AC" + hexs(32)


def twilio_sk():
    return "SK" + hexs(32)


def sendgrid():
    return "SG." + rnd(22, ALNUM_US) + "." + rnd(43, ALNUM_US)


def mailgun():
    return "key-" + hexs(32)


def mailchimp():
    return hexs(32) + "-us" + str(secrets.randbelow(20) + 2)


def google_key():
    return "AIzaSy" + rnd(33, ALNUM_US)


def azure_account_key():
    return b64bytes(64)


def azure_conn(account):
    return (f"DefaultEndpointsProtocol=https;AccountName={account};"
            f"AccountKey={S('azure-storage-key', azure_account_key())};EndpointSuffix=core.windows.net")


def azure_ad_secret():
    return rnd(3, ALNUM) + secrets.choice(DIG) + "Q~" + rnd(34, ALNUM + "_~.-")


def openai_proj():
    return "sk-proj-" + rnd(74, ALNUM_US) + "T3BlbkFJ" + rnd(74, ALNUM_US)


def openai_legacy():
    return "sk-" + rnd(20) + "T3BlbkFJ" + rnd(20)


def anthropic():
    return "sk-ant-api03-" + rnd(93, ALNUM_US) + "AA"


def hf():
    return "hf_" + rnd(34, UP + LO)


def pypi():
    ident = str(uuid.uuid4()).encode()
    caveat = json.dumps({"version": 1, "permissions": {"projects": ["acme-sdk"]}}).encode()
    raw = (b"\x02\x01\x08pypi.org\x02" + bytes([len(ident)]) + ident + b"\x00\x02" + bytes([len(caveat)]) + caveat
           + b"\x00\x02\x1d" + b'{"nbf":1718000000,"exp":1899}' + b"\x00\x00\x06\x20" + secrets.token_bytes(32))
    return "pypi-" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def dockerhub():
    return "dckr_pat_" + rnd(27, ALNUM_US)


def newrelic():
    return "NRAK-" + rnd(27, UP + DIG)


def sentry_user():
    return "sntryu_" + hexs(64)


def sentry_dsn():
    return f"https://{hexs(32)}@o{digits(6)}.ingest.us.sentry.io/{digits(7)}"


def shopify():
    return "shpat_" + hexs(32)


def square():
    return "EAAA" + rnd(60, ALNUM_US)


def square_secret():
    return "sq0csp-" + rnd(43, ALNUM_US)


def braintree():
    return f"access_token$production${rnd(16, LO + DIG)}${hexs(32)}"


def discord_bot():
    uid = digits(18)
    return base64.b64encode(uid.encode()).decode().rstrip("=") + "." + rnd(6, ALNUM_US) + "." + rnd(38, ALNUM_US)


def discord_webhook():
    return f"https://discord.com/api/webhooks/{digits(19)}/{rnd(68, ALNUM_US)}"


def telegram():
    return f"{digits(10)}:AA{rnd(33, ALNUM_US)}"


def atlassian():
    return "ATATT3xFfGF0" + rnd(171, ALNUM_US) + "=" + rnd(8, "0123456789ABCDEF")


def vault():
    return "hvs.CAESI" + rnd(86, ALNUM_US)


def tfc():
    return rnd(14, LO + DIG) + ".atlasv1." + rnd(67, ALNUM)


def digitalocean():
    return "dop_v1_" + hexs(64)


def heroku_v2():
    return "HRKU-AA" + rnd(42, ALNUM_US) + "_____w" + rnd(10, ALNUM_US)


def doppler(env="prd"):
    return f"dp.st.{env}." + rnd(40)


def okta():
    return "00" + rnd(40, ALNUM_US)


def linear():
    return "lin_api_" + rnd(40)


def postman():
    return f"PMAK-{hexs(24)}-{hexs(34)}"


def databricks():
    return "dapi" + hexs(32)


def grafana_sa():
    return f"glsa_{rnd(32)}_{hexs(8)}"


def jwt(payload, alg="HS256"):
    enc = lambda d: base64.urlsafe_b64encode(json.dumps(d, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": alg, "typ": "JWT"}) + "." + enc(payload) + "." + b64bytes(32 if alg == "HS256" else 256, urlsafe=True, pad=False)


def uuid4():
    return str(uuid.uuid4())


def sha1():
    return hexs(40)


def sha256():
    return hexs(64)


def integrity():
    return "sha512-" + b64bytes(64)


def strong_pw(n=24):
    while True:
        v = secrets.choice(UP + LO) + rnd(n - 1, ALNUM + "!#%^*_-+=")
        if any(c.isdigit() for c in v) and not BAD.search(v):
            return v


# ---------------------------------------------------------------- keys
def key(name):
    with open(os.path.join(KEYDIR, name)) as fh:
        return fh.read().strip("\n")


def json_escaped_key(name):
    return key(name).replace("\n", "\\n") + "\\n"


def save_labels():
    out = {"version": 1, "files": {k: LABELS[k] for k in sorted(LABELS)}}
    with open(os.path.join(ROOT, "labels.json"), "w") as fh:
        json.dump(out, fh, indent=1)
        fh.write("\n")
