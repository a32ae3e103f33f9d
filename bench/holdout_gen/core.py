"""Core helpers for the hold-out corpus generator.

Randomness: a deterministic HMAC-SHA256 DRBG keyed by the seed (so the corpus is reproducible),
exposing the same calls as the `secrets` module.  `--seed random` swaps in `secrets` itself.

Templates: plain strings in which
  ⟨expr⟩        is replaced by eval(expr) in the token namespace (left to right),
  ⟦kind⟧        marks the line as a labelled positive (⟦kind|note⟧ adds a note),
  ⟦?kind|note⟧  a policy-dependent label (see POLICY in gen.py),
  ⟪kind⟫        marks a deliberate negative decoy (written to negatives.json, not to labels).
All markers are stripped from the written file.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import re
import secrets as _secrets
import string
import zlib

ALNUM = string.ascii_letters + string.digits
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
HEX = "0123456789abcdef"
UPPER_B32 = string.ascii_uppercase + "234567"


class DRBG:
    def __init__(self, seed: str):
        self.random_mode = seed == "random"
        self.key = hashlib.sha256(("credgate-holdout:" + seed).encode()).digest()
        self.ctr = 0
        self.buf = b""

    def token_bytes(self, n: int) -> bytes:
        if self.random_mode:
            return _secrets.token_bytes(n)
        while len(self.buf) < n:
            self.ctr += 1
            self.buf += hmac.new(self.key, self.ctr.to_bytes(8, "big"), hashlib.sha256).digest()
        out, self.buf = self.buf[:n], self.buf[n:]
        return out

    def getrandbits(self, k: int) -> int:
        nbytes = (k + 7) // 8
        v = int.from_bytes(self.token_bytes(nbytes), "big")
        return v >> (nbytes * 8 - k)

    def randbelow(self, n: int) -> int:
        k = max(1, n.bit_length())
        while True:
            v = self.getrandbits(k)
            if v < n:
                return v

    def randint(self, a: int, b: int) -> int:
        return a + self.randbelow(b - a + 1)

    def choice(self, seq):
        return seq[self.randbelow(len(seq))]

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.choice(alphabet) for _ in range(n))


def b62(n: int, width: int = 6) -> str:
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def crc_token(prefix: str, body: str) -> str:
    """GitHub / npm style: prefix + 30 random chars + base62(crc32(body)) left-padded to 6."""
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def b64url(data: bytes, pad: bool = False) -> str:
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")


EXPR = re.compile(r"⟨(.*?)⟩", re.S)
MARK = re.compile(r"⟦(\??)([^⟧|]+)(?:\|([^⟧]*))?⟧")
DECOY = re.compile(r"⟪([^⟫]*)⟫")


def render(template: str, ns: dict) -> str:
    return EXPR.sub(lambda m: str(eval(m.group(1), ns)), template)


def extract(text: str, policy: dict):
    """Strip markers; return (clean_text, labels, decoys)."""
    labels, decoys = [], []
    out_lines = []
    for i, line in enumerate(text.split("\n"), start=1):
        for m in MARK.finditer(line):
            optional, kind, note = m.group(1), m.group(2), m.group(3)
            if optional and not policy.get(kind, False):
                decoys.append({"line": i, "kind": kind, "note": note or ""})
                continue
            lab = {"line": i, "kind": kind}
            if note:
                lab["note"] = note
            labels.append(lab)
        for m in DECOY.finditer(line):
            decoys.append({"line": i, "kind": m.group(1)})
        line = DECOY.sub("", MARK.sub("", line))
        out_lines.append(line)
    # one label per line (the scorer is line-based)
    seen, uniq = set(), []
    for lab in labels:
        if lab["line"] not in seen:
            seen.add(lab["line"])
            uniq.append(lab)
    return "\n".join(out_lines), uniq, decoys
