"""Shannon entropy of a secret, in bits per character."""
from __future__ import annotations

import math
from collections import Counter


def shannon(value: str) -> float:
    if not value:
        return 0.0
    n = len(value)
    return -sum((c / n) * math.log2(c / n) for c in Counter(value).values())


def alphabet(value: str) -> str:
    """Name the smallest usual alphabet the value fits: hex, base32, base64, ascii."""
    s = set(value)
    if s <= set("0123456789abcdef") or s <= set("0123456789ABCDEF"):
        return "hex"
    if s <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567="):
        return "base32"
    if s <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=-_"):
        return "base64"
    return "ascii"


# the most a random string of this alphabet can reach, per char
ALPHABET_BITS = {"hex": 4.0, "base32": 5.0, "base64": 6.0, "ascii": 6.6}


def looks_random(value: str, minimum: float) -> bool:
    """Entropy check that scales the threshold down for small alphabets.

    A 40-char hex string tops out at 4 bits/char, so a threshold written for
    base64 (say 4.5) would reject every real hex secret; we cap the threshold
    at 85% of what the value's alphabet allows and at log2(len) (short strings
    cannot reach high entropy).
    """
    if minimum <= 0:
        return True
    ceiling = min(ALPHABET_BITS[alphabet(value)], math.log2(max(len(value), 2)))
    return shannon(value) >= min(minimum, 0.85 * ceiling)
