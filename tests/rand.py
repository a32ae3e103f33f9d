"""Seeded randomness for the synthetic values tests draw (keys, passwords, tokens, filler).

Each test draws from a generator seeded with the run's base seed and the test's node id, so a test sees the
same values on every run, in any order and on any xdist worker: a failure reproduces, and CI does not fail
one run in a hundred on a value shape nobody chose. The base seed is ``CREDGATE_TEST_SEED`` (default
``credgate-tests-1``); ``CREDGATE_TEST_SEED=random`` draws a fresh base for the run, printed in pytest's
header, to explore new shapes (that is how a value such as ``+nWugieNK4JBPHblqvg+`` was found to be read
as string concatenation). The API follows :mod:`secrets`.
"""
from __future__ import annotations

import base64
import os
import random
import uuid as _uuid

DEFAULT_SEED = "credgate-tests-1"
_rng = random.Random(DEFAULT_SEED)


def base_seed() -> str:
    return os.environ.get("CREDGATE_TEST_SEED") or DEFAULT_SEED


def reseed(test_id: str) -> None:
    _rng.seed(f"{base_seed()}|{test_id}", version=2)


def choice(seq):
    return _rng.choice(seq)


def randbelow(n: int) -> int:
    return _rng.randrange(n)


def token_bytes(n: int = 32) -> bytes:
    return _rng.getrandbits(8 * n).to_bytes(n, "big") if n else b""


def urandom(n: int) -> bytes:
    return token_bytes(n)


def token_hex(n: int = 32) -> str:
    return token_bytes(n).hex()


def token_urlsafe(n: int = 32) -> str:
    return base64.urlsafe_b64encode(token_bytes(n)).rstrip(b"=").decode("ascii")


def uuid4() -> _uuid.UUID:
    return _uuid.UUID(bytes=token_bytes(16), version=4)
