"""Authoring helpers for credgate's built-in rule TOMLs (not shipped)."""
from __future__ import annotations
import base64, json, random, re, zlib, math
from collections import Counter

rnd = random.Random(20240917)
BANNED = ("test", "fake", "example", "dummy", "sample", "xxx", "placeholder", "changeme",
          "abcd", "1234", "0000", "aaaa", "your", "secret", "token", "key", "pass", "null", "none", "todo",
          "redact", "mock", "demo", "foo", "bar")

AN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
HEXL = "0123456789abcdef"
HEXU = "0123456789ABCDEF"
B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = AN + "+/"
URL = AN + "_-"
LOWAN = "0123456789abcdefghijklmnopqrstuvwxyz"
UPAN = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
DIG = "0123456789"
LET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"

def entropy(s: str) -> float:
    if not s: return 0.0
    n = len(s)
    return -sum(c / n * math.log2(c / n) for c in Counter(s).values())

def ok(s: str) -> bool:
    low = s.lower()
    return not any(b in low for b in BANNED)

def r(n: int, alpha: str = AN) -> str:
    while True:
        s = "".join(rnd.choice(alpha) for _ in range(n))
        if ok(s) and (n < 12 or entropy(s) > min(3.0, math.log2(len(alpha)) - 0.6)):
            return s

def hexl(n): return r(n, HEXL)
def hexu(n): return r(n, HEXU)
def b32(n): return r(n, B32)
def b64(n): return r(n, B64)
def url(n): return r(n, URL)
def lowan(n): return r(n, LOWAN)
def dig(n):
    s = r(n, DIG)
    return ("7" + s[1:]) if s[0] == "0" else s

def uuid4():
    h = hexl(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"

def b64bytes(nbytes: int, urlsafe=False, pad=True) -> str:
    while True:
        raw = bytes(rnd.getrandbits(8) for _ in range(nbytes))
        s = (base64.urlsafe_b64encode(raw) if urlsafe else base64.b64encode(raw)).decode()
        if not pad: s = s.rstrip("=")
        if ok(s): return s

def b64enc(data: bytes, urlsafe=False, pad=True) -> str:
    s = (base64.urlsafe_b64encode(data) if urlsafe else base64.b64encode(data)).decode()
    return s if pad else s.rstrip("=")

def base62(v: int, w: int) -> str:
    out = ""
    while v:
        v, m = divmod(v, 62); out = AN[m] + out
    return out.rjust(w, "0")

def crc_token(prefix: str) -> str:
    while True:
        body = r(30)
        t = prefix + body + base62(zlib.crc32(body.encode()), 6)
        if ok(t[len(prefix):]): return t

def bad_crc(tok: str) -> str:
    last = tok[-1]
    return tok[:-1] + ("A" if last != "A" else "B")

def jwt_token(payload: dict, header=None) -> str:
    header = header or {"alg": "HS256", "typ": "JWT"}
    while True:
        h = b64enc(json.dumps(header, separators=(",", ":")).encode(), True, False)
        p = b64enc(json.dumps(payload, separators=(",", ":")).encode(), True, False)
        sig = b64bytes(32, True, False)
        t = f"{h}.{p}.{sig}"
        if ok(sig): return t

# bech32 for age
CH = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"
def _polymod(values):
    gen = [0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3]
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk
def age_key():
    hrp = "age-secret-key-"
    while True:
        data = [rnd.randrange(32) for _ in range(52)]
        values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp] + data
        pm = _polymod(values + [0] * 6) ^ 1
        chk = [(pm >> 5 * (5 - i)) & 31 for i in range(6)]
        s = (hrp + "1" + "".join(CH[d] for d in data + chk)).upper()
        if ok(s[16:]): return s

def wrap64(s: str) -> str:
    return "\n".join(s[i:i + 64] for i in range(0, len(s), 64))

def der_blob(n=600) -> bytes:
    return b"\x30\x82" + (n - 4).to_bytes(2, "big") + bytes(rnd.getrandbits(8) for _ in range(n - 4))

def pem(kind: str, raw: bytes | None = None, headers: str = "") -> str:
    raw = raw if raw is not None else der_blob()
    while True:
        body = base64.b64encode(raw).decode()
        if not any(w in body.lower() for w in ("test", "fake", "example", "dummy", "sample", "placeholder", "changeme", "xxx")): break
        raw = raw[:64] + bytes(rnd.getrandbits(8) for _ in range(len(raw) - 64))
    return f"-----BEGIN {kind}-----\n{headers}{wrap64(body)}\n-----END {kind}-----"

# ---------------------------------------------------------------- TOML emit
def tstr(s: str) -> str:
    if "\n" not in s and "'" not in s and "\r" not in s:
        return "'" + s + "'"
    return json.dumps(s)

def tmultiline_literal(s: str) -> str:
    if "'''" in s: return json.dumps(s)
    return "'''" + s + "'''"

def tarr(items):
    if not items: return "[]"
    if all(len(x) < 60 and "\n" not in x for x in items) and sum(len(x) for x in items) < 80:
        return "[" + ", ".join(tstr(x) for x in items) + "]"
    return "[\n" + "".join(f"  {tstr(x)},\n" for x in items) + "]"

def emit(rules, header: str) -> str:
    out = [f"# {header}\n# credgate built-in rules: see DESIGN.md \"Rules\". Rule ids are permanent.\n"]
    for rl in rules:
        o = ["[[rules]]"]
        o.append(f"id = {tstr(rl['id'])}")
        o.append(f"name = {tstr(rl['name'])}")
        o.append(f"severity = {tstr(rl['severity'])}")
        o.append(f"confidence = {tstr(rl['confidence'])}")
        rx = re.sub(r"\{(\d+),(\d{4,})\}", r"{\1,}", rl['regex'])  # huge bounded repeats are slow to compile in Hyperscan
        o.append(f"regex = {tmultiline_literal(rx)}")
        o.append(f"secret_group = {rl['secret_group']}")
        if rl.get("case_insensitive"): o.append("case_insensitive = true")
        if rl.get("multiline"): o.append("multiline = true")
        o.append(f"keywords = {tarr(rl['keywords'])}")
        o.append(f"entropy = {float(rl['entropy'])}")
        if rl.get("validator"): o.append(f"validator = {tstr(rl['validator'])}")
        o.append(f"tags = {tarr(rl['tags'])}")
        rem = rl["remediation"].strip("\n")
        o.append('remediation = """\n' + rem.replace("\\", "\\\\").replace('"""', '\\"\\"\\"') + '"""')
        o.append(f"references = {tarr(rl['references'])}")
        o.append(f"examples = {tarr(rl['examples'])}")
        o.append(f"negative_examples = {tarr(rl['negative_examples'])}")
        al = rl.get("allowlist")
        if al:
            o.append("[rules.allowlist]")
            if al.get("regexes"): o.append("regexes = [" + ", ".join(tmultiline_literal(x) for x in al["regexes"]) + "]")
            if al.get("stopwords"): o.append(f"stopwords = {tarr(al['stopwords'])}")
        out.append("\n".join(o) + "\n")
    return "\n".join(out)

def R(id, name, severity, confidence, regex, keywords, tags, remediation, references, examples, negative_examples,
      secret_group=1, entropy=3.0, validator=None, case_insensitive=False, multiline=False, allowlist=None):
    return dict(id=id, name=name, severity=severity, confidence=confidence, regex=regex, secret_group=secret_group,
                case_insensitive=case_insensitive, multiline=multiline, keywords=keywords, entropy=entropy,
                validator=validator, tags=tags, remediation=remediation, references=references,
                examples=examples, negative_examples=negative_examples, allowlist=allowlist)

# Assignment context: a key name (given), optional suffix chars, an operator, optional quote.
OP = r'''[\w.\-]{0,30}["'\]]{0,2}\s{0,5}(?:=|:=|=>|:|,|\bis\b)\s{0,5}["'`]?'''
def ctx(names: str) -> str:
    """Case-insensitive key-name context followed by an assignment operator."""
    return r"(?i:" + names + r")" + OP

def remed(revoke: str, where: str = "", store: str = "") -> str:
    store = store or ("Store the replacement outside the repository: a secrets manager (AWS Secrets Manager, "
                      "SSM Parameter Store SecureString, Vault) or a CI secret, injected as an environment variable at run time.")
    steps = ["1. Treat the credential as compromised: it is in history even if you delete the line.", "2. " + revoke.strip()]
    if where:
        steps.append("3. Review " + where.strip())
    steps.append(f"{len(steps) + 1}. {store}")
    steps.append(f"{len(steps) + 1}. Remove it from the file, then purge history if the repository is shared "
                 "(git filter-repo) and add the path or value to the baseline only after rotation.")
    return "\n".join(steps)
