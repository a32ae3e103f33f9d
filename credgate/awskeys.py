"""Offline AWS access key intelligence: what kind of key, and which account.

An access key ID is a 4-letter prefix that names the kind of identifier
(``AKIA`` long-lived IAM user key, ``ASIA`` temporary STS key, ...) followed
by 16 base32 characters (alphabet ``A-Z2-7``).  For keys issued since about
2019 the first 6 of the 10 decoded bytes carry the 12-digit account ID,
shifted left by 7 bits and with the top bit set::

    decoded = base32decode(key_id[4:])
    account = (int.from_bytes(decoded[:6], "big") & 0x7fffffffff80) >> 7

Older keys (first character after the prefix in ``A``-``P``, i.e. the top bit
clear) do not carry the account; :func:`account_id` returns None for them.
Pure and stdlib-only: never touches the network.
"""
from __future__ import annotations

import base64
import binascii
from typing import Optional

from credgate.lazyre import LazyPattern

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
KEY_ID_RE = LazyPattern(globals(), "KEY_ID_RE",
                        r"\b((?:AKIA|ASIA|ABIA|ACCA|AIDA|AROA|AGPA|AIPA|ANPA|ANVA|APKA|ASCA)[A-Z2-7]{16})\b")

# prefix -> (kind, description)
PREFIXES: dict[str, tuple[str, str]] = {
    "AKIA": ("long-lived", "long-lived IAM user access key"),
    "ASIA": ("temporary", "temporary (STS) access key"),
    "ABIA": ("long-lived", "AWS STS service bearer token"),
    "ACCA": ("long-lived", "context-specific credential"),
    "AIDA": ("identifier", "IAM user unique ID"),
    "AROA": ("identifier", "IAM role unique ID"),
    "AGPA": ("identifier", "IAM group unique ID"),
    "AIPA": ("identifier", "EC2 instance profile unique ID"),
    "ANPA": ("identifier", "managed policy unique ID"),
    "ANVA": ("identifier", "managed policy version unique ID"),
    "APKA": ("identifier", "public key unique ID"),
    "ASCA": ("identifier", "certificate unique ID"),
}

_MASK = 0x7FFFFFFFFF80


def is_key_id(value: str) -> bool:
    return len(value) == 20 and value[:4] in PREFIXES and all(c in ALPHABET for c in value[4:])


def key_kind(key_id: str) -> Optional[str]:
    """``long-lived`` (AKIA...), ``temporary`` (ASIA), ``identifier`` (AIDA, AROA...), or None."""
    entry = PREFIXES.get(key_id[:4])
    return entry[0] if entry else None


def describe(key_id: str) -> Optional[str]:
    entry = PREFIXES.get(key_id[:4])
    return entry[1] if entry else None


def account_id(key_id: str) -> Optional[str]:
    """The 12-digit account ID encoded in ``key_id``, or None (legacy format or not a key ID)."""
    if not is_key_id(key_id):
        return None
    body = key_id[4:]
    if ALPHABET.index(body[0]) < 16:  # top bit clear: pre-2019 format, account not encoded
        return None
    try:
        raw = base64.b32decode(body)
    except (binascii.Error, ValueError):
        return None
    return f"{(int.from_bytes(raw[:6], 'big') & _MASK) >> 7:012d}"


def make_key_id(account: str, prefix: str = "AKIA", tail: bytes = b"\0\0\0\0\0") -> str:
    """Build a key ID that encodes ``account`` (for tests and documentation; not a real key)."""
    n = int(account)
    if not 0 <= n < 10**12 or prefix not in PREFIXES:
        raise ValueError("account must be 12 digits and prefix a known AWS prefix")
    head = ((n << 7) | (1 << 47)).to_bytes(6, "big")
    raw = head[:5] + bytes([head[5] | (tail[0] & 0x7F)]) + tail[1:5]
    return prefix + base64.b32encode(raw[:10]).decode("ascii")


def key_ids_in(text: str) -> list[str]:
    """Access key IDs (AKIA/ASIA/ABIA/ACCA) in ``text``, in order."""
    return [m for m in KEY_ID_RE.findall(text) if key_kind(m) in ("long-lived", "temporary")]
