"""The blind corpus's keys: the shared builders (corpora/keys.py) drawing from this corpus's Rng.

Witnesses are drawn with randbelow, 40 rounds; EC scalars from 250/380 random bits; self-signed
certificates are issued to "Harborline Logistics".
"""
from __future__ import annotations

import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from .. import keys as K
from .lib import Rng

pem, ssh_pub, pub_pem = K.pem, K.ssh_pub, K.pub_pem
_ORDER = {"secp256r1": 2 ** 256 - 2 ** 224, "secp384r1": 2 ** 383}


def rsa_key(rng: Rng, bits: int = 2048):
    return K.rsa_key(rng.getrandbits, lambda n: 2 + rng.randbelow(n - 3), 40, bits)


def ec_key(rng: Rng, curve=ec.SECP256R1):
    bits = 250 if curve.name == "secp256r1" else 380
    return K.ec_key(1 + rng.getrandbits(bits) % _ORDER[curve.name], curve())


def ed_key(rng: Rng):
    return K.ed25519_key(rng.token_bytes(32))


def openssh(key, rng: Rng, comment: str) -> str:
    """OpenSSH private key with deterministic check-ints and a comment."""
    return K.openssh(key, rng.token_bytes(4), comment)


def self_signed(key, rng: Rng, cn: str, ca: bool = False) -> str:
    nb = datetime.datetime(2024, 1, 15, tzinfo=datetime.timezone.utc)
    serial = rng.getrandbits(120) | 1
    return K.certificate(key, K.name(("O", "Harborline Logistics"), ("CN", cn)), serial, nb,
                         nb + datetime.timedelta(days=3650 if ca else 397), ca=ca, san=None if ca else cn)
