"""Redaction and hashing of secrets: the only way secrets leave the engine."""
from __future__ import annotations

FINGERPRINT_VERSION = "cg1"


def redact(secret: str) -> str:
    """Show enough to recognise a secret, never enough to use it.

    Keeps at most the first 4 characters (a known prefix such as ``AKIA`` or
    ``ghp_`` tells which credential it is) and only when the secret is long
    enough that 4 characters are under a fifth of it.
    """
    n = len(secret)
    if n == 0:
        return ""
    keep = 4 if n >= 20 else (2 if n >= 10 else 0)
    return f"{secret[:keep]}{'*' * 8}({n} chars)"


def secret_hash(secret: str, salt: str = "") -> str:
    import hashlib  # here: a clean hook never hashes a secret, and hashlib loads OpenSSL (~2 ms)

    return hashlib.sha256(f"{salt}\0{secret}".encode("utf-8", "surrogatepass")).hexdigest()


def fingerprint(rule_id: str, path: str, secret: str) -> str:
    """Stable across runs, line moves and commits: rule, path and the secret's hash."""
    import hashlib

    h = hashlib.sha256()
    h.update(f"{FINGERPRINT_VERSION}\0{rule_id}\0{path}\0".encode("utf-8", "surrogatepass"))
    h.update(secret.encode("utf-8", "surrogatepass"))
    return f"{FINGERPRINT_VERSION}:{h.hexdigest()[:32]}"
