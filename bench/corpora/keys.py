"""Real, parseable throwaway keys built from a corpus's seeded randomness (so output is reproducible).

RSA primes come from one Miller-Rabin search; how a corpus draws its witnesses and how many rounds it
runs are parameters, because each corpus was first written with its own choice and the committed
fixtures must stay byte-identical. EC keys come from a scalar, Ed25519 keys from a 32-byte seed;
`cryptography` serialises them, and OpenSSH check-ints are rewritten deterministically.
"""
from __future__ import annotations

import base64
import datetime
import struct
from typing import Callable, Optional, Sequence

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from cryptography.x509.oid import NameOID

SMALL_PRIMES = [p for p in range(3, 2000) if all(p % d for d in range(2, int(p ** 0.5) + 1))]
E = 65537


def is_probable_prime(n: int, witness: Callable[[int], int], rounds: int) -> bool:
    """Miller-Rabin with `rounds` bases drawn by witness(n) (a base in [2, n-2])."""
    for p in SMALL_PRIMES:
        if n % p == 0:
            return n == p
    d, s = n - 1, 0
    while d % 2 == 0:
        d //= 2
        s += 1
    for _ in range(rounds):
        x = pow(witness(n), d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = pow(x, 2, n)
            if x == n - 1:
                break
        else:
            return False
    return True


def random_prime(bits: int, getrandbits: Callable[[int], int], witness: Callable[[int], int], rounds: int) -> int:
    """A prime of exactly `bits` bits (top two bits set, so p*q has 2*bits bits) with p-1 prime to E."""
    while True:
        n = getrandbits(bits) | (3 << (bits - 2)) | 1
        if (n - 1) % E and is_probable_prime(n, witness, rounds):
            return n


def rsa_key(getrandbits: Callable[[int], int], witness: Callable[[int], int], rounds: int, bits: int = 2048):
    while True:
        p = random_prime(bits // 2, getrandbits, witness, rounds)
        q = random_prime(bits // 2, getrandbits, witness, rounds)
        if p != q:
            break
    if p < q:
        p, q = q, p
    d = pow(E, -1, (p - 1) * (q - 1))
    nums = rsa.RSAPrivateNumbers(p, q, d, d % (p - 1), d % (q - 1), pow(q, -1, p), rsa.RSAPublicNumbers(E, p * q))
    return nums.private_key()


def ec_key(scalar: int, curve: ec.EllipticCurve):
    return ec.derive_private_key(scalar, curve)


def ed25519_key(seed32: bytes):
    return ed25519.Ed25519PrivateKey.from_private_bytes(seed32)


_FORMATS = {"pkcs1": serialization.PrivateFormat.TraditionalOpenSSL,
            "trad": serialization.PrivateFormat.TraditionalOpenSSL,
            "pkcs8": serialization.PrivateFormat.PKCS8,
            "openssh": serialization.PrivateFormat.OpenSSH}


def pem(key, fmt: str = "pkcs8") -> str:
    return key.private_bytes(serialization.Encoding.PEM, _FORMATS[fmt], serialization.NoEncryption()).decode()


def _ssh_string(b: bytes, i: int) -> tuple[bytes, int]:
    (n,) = struct.unpack(">I", b[i:i + 4])
    return b[i + 4:i + 4 + n], i + 4 + n


def _pack(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


_KEY_FIELDS = {b"ssh-ed25519": 2, b"ssh-rsa": 6, b"ecdsa-sha2-nistp256": 2}


def openssh(key, checkint: bytes, comment: Optional[str] = None) -> str:
    """OpenSSH private key whose two check-ints are `checkint` (4 bytes); with a comment, the private
    section is rebuilt to carry it (cryptography writes an empty one)."""
    raw = pem(key, "openssh")
    blob = base64.b64decode("".join(line for line in raw.splitlines() if not line.startswith("-----")))
    pos = len(b"openssh-key-v1\x00")
    for _ in range(3):  # cipher, kdf, kdf options
        _, pos = _ssh_string(blob, pos)
    pos += 4  # number of keys
    _, pos = _ssh_string(blob, pos)  # public key
    if comment is None:
        off = pos + 4  # private section length
        blob = blob[:off] + checkint + checkint + blob[off + 8:]
    else:
        priv, _ = _ssh_string(blob, pos)
        inner, i = priv[8:], 0
        ktype, i = _ssh_string(inner, i)
        parts = [ktype]
        for _ in range(_KEY_FIELDS[ktype]):
            v, i = _ssh_string(inner, i)
            parts.append(v)
        section = checkint + checkint + b"".join(_pack(p) for p in parts) + _pack(comment.encode())
        pad = 1
        while len(section) % 8:
            section += bytes([pad])
            pad += 1
        blob = blob[:pos] + _pack(section)
    enc = base64.b64encode(blob).decode()
    body = "\n".join(enc[i:i + 70] for i in range(0, len(enc), 70))
    return f"-----BEGIN OPENSSH PRIVATE KEY-----\n{body}\n-----END OPENSSH PRIVATE KEY-----\n"


def ssh_pub(key, comment: str) -> str:
    return key.public_key().public_bytes(serialization.Encoding.OpenSSH,
                                         serialization.PublicFormat.OpenSSH).decode() + " " + comment


def pub_pem(key) -> str:
    return key.public_key().public_bytes(serialization.Encoding.PEM,
                                         serialization.PublicFormat.SubjectPublicKeyInfo).decode()


def name(*pairs: tuple) -> x509.Name:
    """x509 name from ("O", value) / ("CN", value) pairs, in the order given."""
    oids = {"O": NameOID.ORGANIZATION_NAME, "CN": NameOID.COMMON_NAME}
    return x509.Name([x509.NameAttribute(oids[k], v) for k, v in pairs])


def certificate(key, subject: x509.Name, serial: int, not_before: datetime.datetime,
                not_after: datetime.datetime, *, issuer: Optional[x509.Name] = None, issuer_key=None,
                ca: Optional[bool] = None, san: Optional[str] = None) -> str:
    """PEM certificate; BasicConstraints only when `ca` is given, then a SAN when `san` is given."""
    b = (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer or subject)
         .public_key(key.public_key()).serial_number(serial)
         .not_valid_before(not_before).not_valid_after(not_after))
    if ca is not None:
        b = b.add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    if san:
        b = b.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
    signer = issuer_key or key
    algo = None if isinstance(signer, ed25519.Ed25519PrivateKey) else hashes.SHA256()
    return b.sign(signer, algo).public_bytes(serialization.Encoding.PEM).decode()


def csr(key, cn: str) -> str:
    req = x509.CertificateSigningRequestBuilder().subject_name(name(("CN", cn))).sign(key, hashes.SHA256())
    return req.public_bytes(serialization.Encoding.PEM).decode()


__all__: Sequence[str] = ["is_probable_prime", "random_prime", "rsa_key", "ec_key", "ed25519_key", "pem",
                          "openssh", "ssh_pub", "pub_pem", "name", "certificate", "csr"]
