"""Seeded randomness for the corpus generators: one `secrets`-like API over two engines.

`SeededRng` draws from `random.Random(seed)` (the blind and final corpora); `DRBG` is an HMAC-SHA256
counter-mode generator keyed by the seed (the hold-out corpus). Both expose token_bytes, token_hex,
token_urlsafe, getrandbits, randbelow and choice, so value factories and key builders take either.
The seed "random" gives fresh values from the operating system instead.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import random
import secrets
import string
import uuid
from typing import Optional, Sequence

DIG = string.digits
UP = string.ascii_uppercase
LO = string.ascii_lowercase
B62 = DIG + UP + LO  # 0-9A-Za-z: the digit order of GitHub/npm checksums
LETTERS_DIGITS = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32_AWS = UP + "234567"
# words a positive value must not spell by chance: scanners rightly treat them as placeholders
BANNED = ("example", "test", "fake", "dummy", "sample")


class _Api:
    """Helpers derived from the three primitives each engine provides."""

    def token_bytes(self, n: int) -> bytes:  # pragma: no cover - provided by the engines
        raise NotImplementedError

    def randbelow(self, n: int) -> int:  # pragma: no cover - provided by the engines
        raise NotImplementedError

    def token_hex(self, n: int) -> str:
        return self.token_bytes(n).hex()

    def token_urlsafe(self, n: int) -> str:
        return base64.urlsafe_b64encode(self.token_bytes(n)).rstrip(b"=").decode()

    def choice(self, seq: Sequence):
        return seq[self.randbelow(len(seq))]


class SeededRng(_Api):
    """`random.Random(seed)`, or the OS's randomness when seed is None."""

    def __init__(self, seed: Optional[str], banned: Sequence[str] = BANNED):
        self.r = random.Random(seed) if seed is not None else secrets.SystemRandom()
        self.banned = tuple(banned)

    def token_bytes(self, n: int) -> bytes:
        return bytes(self.r.getrandbits(8) for _ in range(n))

    def randbelow(self, n: int) -> int:
        return self.r.randrange(n)

    def getrandbits(self, k: int) -> int:
        return self.r.getrandbits(k)

    def between(self, a: int, b: int) -> int:
        return self.r.randint(a, b)

    def s(self, n: int, alphabet: str = B62) -> str:
        """n characters of alphabet that spell none of the banned words."""
        while True:
            out = "".join(alphabet[self.r.randrange(len(alphabet))] for _ in range(n))
            if not any(b in out.lower() for b in self.banned):
                return out

    def digits(self, n: int) -> str:
        return str(self.r.randrange(1, 10)) + self.s(n - 1, DIG)

    def uuid(self) -> str:
        return str(uuid.UUID(bytes=self.token_bytes(16), version=4))


class DRBG(_Api):
    """HMAC-SHA256(key = SHA-256(label + seed), counter) stream; seed "random" uses `secrets`."""

    def __init__(self, seed: str, label: str = "credgate-holdout:"):
        self.random_mode = seed == "random"
        self.key = hashlib.sha256((label + seed).encode()).digest()
        self.ctr = 0
        self.buf = b""

    def token_bytes(self, n: int) -> bytes:
        if self.random_mode:
            return secrets.token_bytes(n)
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

    def chars(self, alphabet: str, n: int) -> str:
        return "".join(self.choice(alphabet) for _ in range(n))


def base62(n: int, width: int = 1) -> str:
    out = ""
    while n:
        n, rem = divmod(n, 62)
        out = B62[rem] + out
    return (out or "0").rjust(width, "0")


def b64url(data: bytes, pad: bool = False) -> str:
    s = base64.urlsafe_b64encode(data).decode()
    return s if pad else s.rstrip("=")
