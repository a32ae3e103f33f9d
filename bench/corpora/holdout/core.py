"""Core helpers for the hold-out corpus generator.

Randomness: the shared HMAC-SHA256 DRBG (corpora/rng.py) keyed by the seed, so the corpus is
reproducible; `--seed random` swaps in the OS's randomness.

Templates: plain strings in which
  ⟨expr⟩        is replaced by eval(expr) in the token namespace (left to right),
  ⟦kind⟧        marks the line as a labelled positive (⟦kind|note⟧ adds a note),
  ⟦?kind|note⟧  a policy-dependent label (see POLICY in gen.py),
  ⟪kind⟫        marks a deliberate negative decoy (written to negatives.json, not to labels).
All markers are stripped from the written file.
"""
from __future__ import annotations

import base64
import re
import string
import zlib

from ..markers import label, split_line
from ..rng import B62, DRBG, HEX, LETTERS_DIGITS as ALNUM, base62, b64url  # noqa: F401  (re-exported)

B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"
UPPER_B32 = string.ascii_uppercase + "234567"


def b62(n: int, width: int = 6) -> str:
    return base62(n, width)


def crc_token(prefix: str, body: str) -> str:
    """GitHub / npm style: prefix + 30 random chars + base62(crc32(body)) left-padded to 6."""
    return prefix + body + b62(zlib.crc32(body.encode()) & 0xFFFFFFFF)


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


EXPR = re.compile(r"⟨(.*?)⟩", re.S)


def render(template: str, ns: dict) -> str:
    return EXPR.sub(lambda m: str(eval(m.group(1), ns)), template)


def extract(text: str, policy: dict):
    """Strip markers; return (clean_text, labels, decoys). One label per line (the scorer is line-based)."""
    labels, decoys, out_lines = [], [], []
    seen = set()
    for i, line in enumerate(text.split("\n"), start=1):
        line, ps, ns = split_line(line)
        for optional, kind, note in ps:
            if optional and not policy.get(kind, False):
                decoys.append({"line": i, "kind": kind, "note": note})
            elif i not in seen:
                seen.add(i)
                labels.append(label(i, kind, note))
        decoys.extend({"line": i, "kind": n} for n in ns)
        out_lines.append(line)
    return "\n".join(out_lines), labels, decoys
