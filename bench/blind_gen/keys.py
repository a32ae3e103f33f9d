"""Real, parseable throwaway keys derived from the seeded RNG (so output is reproducible).

RSA: primes from seeded Miller-Rabin search; EC: seeded scalars; Ed25519: seeded 32-byte seed.
`cryptography` serialises them; OpenSSH check-ints are rewritten deterministically.
"""
from __future__ import annotations

import base64
import datetime
import struct

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

from lib import Rng

_SMALL = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]


def _is_prime(n: int, rng: Rng) -> bool:
    if any(n % p == 0 for p in _SMALL):
        return n in _SMALL
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(40):
        a = 2 + rng.randbelow(n - 3)
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def _prime(bits: int, rng: Rng, e: int = 65537) -> int:
    while True:
        c = rng.getrandbits(bits) | (3 << (bits - 2)) | 1
        if (c - 1) % e and _is_prime(c, rng):
            return c


def rsa_key(rng: Rng, bits: int = 2048):
    e = 65537
    while True:
        p, q = _prime(bits // 2, rng), _prime(bits // 2, rng)
        if p != q:
            break
    if p < q:
        p, q = q, p
    phi = (p - 1) * (q - 1)
    d = pow(e, -1, phi)
    pub = rsa.RSAPublicNumbers(e, p * q)
    priv = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), pub)
    return priv.private_key()


def ec_key(rng: Rng, curve=ec.SECP256R1):
    order = {"secp256r1": 2 ** 256 - 2 ** 224, "secp384r1": 2 ** 383}[curve.name]
    return ec.derive_private_key(1 + rng.getrandbits(250 if curve.name == "secp256r1" else 380) % order, curve())


def ed_key(rng: Rng):
    return ed25519.Ed25519PrivateKey.from_private_bytes(rng.token_bytes(32))


def pem(key, fmt: str) -> str:
    f = {"pkcs1": serialization.PrivateFormat.TraditionalOpenSSL,
         "pkcs8": serialization.PrivateFormat.PKCS8,
         "openssh": serialization.PrivateFormat.OpenSSH}[fmt]
    out = key.private_bytes(serialization.Encoding.PEM, f, serialization.NoEncryption()).decode()
    return out


def openssh(key, rng: Rng, comment: str) -> str:
    """OpenSSH private key with deterministic check-ints and a comment."""
    raw = pem(key, "openssh")
    body = "".join(l for l in raw.splitlines() if not l.startswith("-----"))
    blob = base64.b64decode(body)
    magic = b"openssh-key-v1\x00"
    pos = len(magic)

    def rd_str(b, i):
        (n,) = struct.unpack(">I", b[i:i + 4])
        return b[i + 4:i + 4 + n], i + 4 + n

    for _ in range(3):  # cipher, kdf, kdfopts
        _, pos = rd_str(blob, pos)
    pos += 4  # nkeys
    pubkey, pos = rd_str(blob, pos)
    priv, _ = rd_str(blob, pos)
    ci = rng.token_bytes(4)
    inner = priv[8:]
    # inner: keytype ... comment, padding
    # rebuild: drop old comment + padding, append ours
    i = 0
    parts = []
    ktype, i = rd_str(inner, i)
    parts.append(ktype)
    nfields = {b"ssh-ed25519": 2, b"ssh-rsa": 6, b"ecdsa-sha2-nistp256": 2}[ktype]
    for _ in range(nfields):
        v, i = rd_str(inner, i)
        parts.append(v)
    s = lambda b: struct.pack(">I", len(b)) + b
    new_inner = ci + ci + b"".join(s(p) for p in parts) + s(comment.encode())
    pad = 1
    while len(new_inner) % 8:
        new_inner += bytes([pad])
        pad += 1
    out = blob[:pos] + s(new_inner)
    b64 = base64.b64encode(out).decode()
    lines = [b64[i:i + 70] for i in range(0, len(b64), 70)]
    return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"


def ssh_pub(key, comment: str) -> str:
    return key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                         serialization.PublicFormat.OpenSSH).decode() + " " + comment


def pub_pem(key) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def self_signed(key, rng: Rng, cn: str, ca: bool = False) -> str:
    name = x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Harborline Logistics"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    nb = datetime.datetime(2024, 1, 15, tzinfo=datetime.timezone.utc)
    b = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
         .serial_number(rng.getrandbits(120) | 1).not_valid_before(nb)
         .not_valid_after(nb + datetime.timedelta(days=3650 if ca else 397))
         .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True))
    if not ca:
        b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(cn)]), critical=False)
    algo = None if isinstance(key, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return b.sign(key, algo).public_bytes(serialization.Encoding.PEM).decode()
