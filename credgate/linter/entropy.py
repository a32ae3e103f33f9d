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


# The 1st percentile of the Shannon entropy (bits/char) of a string of n characters drawn uniformly from an
# alphabet of k symbols, measured by simulation (20,000 draws per cell, ``python bench/entropy_floor.py``):
# one truly random value in a hundred scores below it.  A fixed fraction of the alphabet's maximum cannot
# stand in for it: a random 16-digit hex key scores 3.2 bits/char on average (the maximum is 4.0), so a cap
# of 85% of the maximum (3.4) rejected 84% of random 16-hex keys and 30% of 24-hex ones, and 75% of random
# 40-character upper-case alphanumeric keys under a rule whose threshold is above 4.4.
_FLOOR_N = (12, 16, 20, 24, 32, 40, 48, 64)
_FLOOR = {
    16: (2.36, 2.66, 2.90, 3.04, 3.26, 3.41, 3.50, 3.63),
    32: (2.69, 3.08, 3.35, 3.54, 3.82, 4.02, 4.17, 4.36),
    36: (2.75, 3.15, 3.41, 3.61, 3.90, 4.11, 4.26, 4.47),
}
_HEX_LO = frozenset("0123456789abcdef")
_HEX_UP = frozenset("0123456789ABCDEF")
_B32 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
_UP36 = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
_LO36 = frozenset("abcdefghijklmnopqrstuvwxyz0123456789")
_DIGITS = frozenset("0123456789")


def random_floor(value: str) -> float:
    """The entropy a random value of this length and alphabet clears 99 times in 100, for the alphabets where
    words and identifiers cannot hide (hex; upper- or lower-case letters mixed with digits, both present), at 12
    characters and more; 0.0 (no floor: the caller's threshold stands) for any other value."""
    n = len(value)
    if n < 12:
        return 0.0
    s = set(value)
    if s <= _DIGITS:
        return 0.0  # digits only: dates, phone and account numbers; the rules judge those by their slot
    if s <= _HEX_LO or s <= _HEX_UP:
        k = 16
    elif s <= _UP36 or s <= _LO36:
        if sum(c.isdigit() for c in value) < 2 or sum(c.isalpha() for c in value) < 2:
            return 0.0  # letters with one digit or fewer: a word, a constant's name, a version
        k = 32 if s <= _B32 else 36
    else:
        return 0.0
    row = _FLOOR[k]
    if n >= _FLOOR_N[-1]:
        return row[-1]
    for i in range(1, len(_FLOOR_N)):
        if n <= _FLOOR_N[i]:
            n0, n1 = _FLOOR_N[i - 1], _FLOOR_N[i]
            return row[i - 1] + (row[i] - row[i - 1]) * (n - n0) / (n1 - n0)
    return row[-1]  # pragma: no cover


def looks_random(value: str, minimum: float) -> bool:
    """Entropy check that scales the threshold down for small alphabets.

    A 40-char hex string tops out at 4 bits/char, so a threshold written for
    base64 (say 4.5) would reject every real hex secret; we cap the threshold
    at 85% of what the value's alphabet allows and at log2(len) (short strings
    cannot reach high entropy), and, for hex and for letters mixed with digits
    in one case, at what a random value of that length clears 99 times in 100
    (``random_floor``).
    """
    if minimum <= 0:
        return True
    ceiling = min(ALPHABET_BITS[alphabet(value)], math.log2(max(len(value), 2)))
    h = shannon(value)
    if h >= min(minimum, 0.85 * ceiling):
        return True
    floor = random_floor(value)
    return floor > 0 and h >= floor
