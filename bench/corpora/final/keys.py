"""The final corpus's keys: the shared builders (corpora/keys.py) drawing from this corpus's Rng.

Witnesses come from getrandbits modulo n-3, 40 rounds; EC scalars from 255 random bits; self-signed
certificates are issued to "Tallypine Inc." with no BasicConstraints.
"""
from __future__ import annotations

import datetime

from cryptography.hazmat.primitives.asymmetric import ec

from .. import keys as K

P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
public_pem = K.pub_pem


def rsa_key(rng, bits=2048):
    return K.rsa_key(rng.getrandbits, lambda n: 2 + rng.getrandbits(n.bit_length() - 2) % (n - 3), 40, bits)


def pem_pkcs1(key):
    return K.pem(key, "pkcs1")


def pem_pkcs8(key):
    return K.pem(key, "pkcs8")


def ec_key(rng):
    return K.ec_key(1 + rng.getrandbits(255) % (P256_ORDER - 1), ec.SECP256R1())


def openssh_ed25519(rng, comment):
    """(OpenSSH private key with deterministic check-ints, "ssh-ed25519 AAAA... comment")."""
    key = K.ed25519_key(rng.token_bytes(32))
    return K.openssh(key, rng.token_bytes(4)), K.ssh_pub(key, comment)


def self_signed_cert(key, cn, serial):
    t0 = datetime.datetime(2024, 3, 1, tzinfo=datetime.timezone.utc)
    return K.certificate(key, K.name(("CN", cn), ("O", "Tallypine Inc.")), serial, t0,
                         t0 + datetime.timedelta(days=397), san=cn)
