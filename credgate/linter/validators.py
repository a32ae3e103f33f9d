"""Structural validators for built-in rules.

Each validator is a pure function ``(secret: str) -> bool`` that answers one
question: does this string have the internal structure of a real credential
of that kind (a checksum that adds up, a payload that decodes, a known
prefix)?  It never touches the network.  A rule names its validator in its
``validator`` key; the name must be a key of :data:`VALIDATORS`.

Validators must be cheap (they run once per regex hit), total (never raise
on any input) and stdlib-only.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
import zlib
from typing import Callable, Dict, Optional

from credgate.linter import filters
from credgate.linter.entropy import random_floor, shannon

__all__ = ["VALIDATORS", "get_validator"]

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_BASE62_RE = re.compile(r"[0-9A-Za-z]+")


def _base62(value: int, width: int) -> str:
    digits = []
    while value:
        value, rem = divmod(value, 62)
        digits.append(_BASE62[rem])
    return "".join(reversed(digits)).rjust(width, "0")


def _crc32_base62_ok(body: str) -> bool:
    """``body`` is 30 random base62 chars followed by 6 chars of checksum.

    GitHub (and npm, which uses the same scheme) encode CRC32 of the random
    part in base62, left-padded with ``0`` to six characters.
    """
    if len(body) != 36 or not _BASE62_RE.fullmatch(body):
        return False
    random_part, checksum = body[:30], body[30:]
    return _base62(zlib.crc32(random_part.encode("ascii")), 6) == checksum


def github_crc32(secret: str) -> bool:
    """Classic GitHub tokens: ``gh[pousr]_`` + 30 random + 6 CRC32 base62."""
    if len(secret) != 40 or secret[:2] != "gh" or secret[3] != "_" or secret[2] not in "pousr":
        return False
    return _crc32_base62_ok(secret[4:])


def npm_crc32(secret: str) -> bool:
    """npm granular/automation tokens: ``npm_`` + 30 random + 6 CRC32 base62."""
    if len(secret) != 40 or not secret.startswith("npm_"):
        return False
    return _crc32_base62_ok(secret[4:])


_AWS_ID_PREFIXES = frozenset(
    {"AKIA", "ASIA", "ABIA", "ACCA", "AGPA", "AIDA", "AROA", "AIPA", "ANPA", "ANVA", "APKA", "ASCA"}
)
_BASE32_RE = re.compile(r"[A-Z2-7]{16}")


def aws_key_id(secret: str) -> bool:
    """AWS unique IDs: a known 4-letter prefix then 16 base32 chars [A-Z2-7]."""
    return (
        len(secret) == 20
        and secret[:4] in _AWS_ID_PREFIXES
        and _BASE32_RE.fullmatch(secret[4:]) is not None
        # documented vendor examples end in EXAMPLE; real IDs essentially never do
        and not secret.endswith("EXAMPLE")
    )


def _b64decode(data: str, urlsafe: bool = False) -> Optional[bytes]:
    data = "".join(data.split())
    data = data.rstrip("=")
    data += "=" * (-len(data) % 4)
    try:
        if urlsafe:
            return base64.urlsafe_b64decode(data.encode("ascii"))
        return base64.b64decode(data.encode("ascii"), validate=True)
    except (binascii.Error, ValueError, UnicodeEncodeError):
        return None


def _b64json(data: str) -> Optional[object]:
    raw = _b64decode(data.replace("+", "-").replace("/", "_"), urlsafe=True)
    if raw is None:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return None


_PYPI_LOCATIONS = (b"\x02\x01\x08pypi.org", b"\x02\x01\x0dtest.pypi.org")


def pypi_macaroon(secret: str) -> bool:
    """PyPI API tokens: ``pypi-`` + base64url macaroon whose location is pypi.org."""
    if not secret.startswith("pypi-"):
        return False
    body = secret[5:]
    # a body cut one character short of a base64 quantum (length 4n+1, e.g. copied from a wrapped log)
    # still holds the macaroon's header: judge the whole quanta
    raw = _b64decode(body[:len(body) - len(body) % 4] if len(body) % 4 == 1 else body, urlsafe=True)
    return raw is not None and len(raw) >= 48 and raw.startswith(_PYPI_LOCATIONS)


def jwt(secret: str) -> bool:
    """JSON Web Token: header and payload decode to JSON objects, header has ``alg``."""
    parts = secret.split(".")
    if len(parts) != 3:
        return False
    header = _b64json(parts[0])
    payload = _b64json(parts[1])
    return isinstance(header, dict) and "alg" in header and isinstance(payload, dict)


def k8s_sa_jwt(secret: str) -> bool:
    """Kubernetes service-account token: a JWT issued by a cluster."""
    if not jwt(secret):
        return False
    payload = _b64json(secret.split(".")[1])
    assert isinstance(payload, dict)
    iss = str(payload.get("iss", ""))
    return "kubernetes" in iss or "kubernetes.io" in payload or any(
        str(k).startswith("kubernetes.io/") for k in payload
    )


_SLACK_HOOK_RE = re.compile(r"T[A-Z0-9]{8,12}/B[A-Z0-9]{8,12}/([A-Za-z0-9]{24})")


def slack_webhook(secret: str) -> bool:
    """Slack incoming webhook path: team ID, bot ID and a 24-char mixed-case secret."""
    m = _SLACK_HOOK_RE.search(secret)
    if m is None:
        return False
    token = m.group(1)
    return any(c.islower() for c in token) and any(c.isupper() for c in token)


_BECH32_CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l"


def _bech32_polymod(values: list[int]) -> int:
    gen = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
    chk = 1
    for v in values:
        top = chk >> 25
        chk = (chk & 0x1FFFFFF) << 5 ^ v
        for i in range(5):
            chk ^= gen[i] if ((top >> i) & 1) else 0
    return chk


def age_bech32(secret: str) -> bool:
    """age X25519 identity: Bech32 (not Bech32m) with HRP ``age-secret-key-``."""
    s = secret.lower()
    pos = s.rfind("1")
    if pos < 1 or len(s) - pos - 1 < 7:
        return False
    hrp, data = s[:pos], s[pos + 1 :]
    if hrp != "age-secret-key-" or any(c not in _BECH32_CHARSET for c in data):
        return False
    values = [ord(c) >> 5 for c in hrp] + [0] + [ord(c) & 31 for c in hrp]
    values += [_BECH32_CHARSET.index(c) for c in data]
    return _bech32_polymod(values) == 1


def grafana_cloud_token(secret: str) -> bool:
    """Grafana Cloud access-policy token: ``glc_`` + base64 JSON with ``o``, ``n``, ``k``."""
    if not secret.startswith("glc_"):
        return False
    payload = _b64json(secret[4:])
    return isinstance(payload, dict) and {"o", "n", "k"} <= set(payload)


def sentry_org_token(secret: str) -> bool:
    """Sentry org auth token: ``sntrys_`` + base64 JSON (``iat``, ``url``...) + ``_`` + secret."""
    if not secret.startswith("sntrys_"):
        return False
    body = secret[len("sntrys_") :]
    # the payload is standard base64 (no '_'); the secret after it may be base64url
    payload_part, _, tail = body.partition("_")
    if not payload_part or len(tail) < 32:
        return False
    payload = _b64json(payload_part)
    return isinstance(payload, dict) and "iat" in payload


def basic_auth_b64(secret: str) -> bool:
    """Docker/HTTP ``auth`` value: base64 of printable ``user:password``."""
    raw = _b64decode(secret)
    if raw is None:
        return False
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    user, sep, password = text.partition(":")
    # "user:pass", "username:password": the format written out in docs and tests, not a login; "user:$apr1$..."
    # (an htpasswd line, a Kubernetes basic-auth Secret): a password hash, not a login
    return bool(sep and user and len(password) >= 4 and text.isprintable()
                and password.lower() not in _PLACEHOLDER_PASSWORDS and not filters.htpasswd_lines(text))


_PLACEHOLDER_PASSWORDS = frozenset(("pass", "password", "passwd", "passw0rd", "secret", "pwd"))


def basic_login_b64(secret: str) -> bool:
    """A bare ``Basic <base64>`` header value (no Authorization word before it): base64 of an ASCII
    ``user:password``.  Client libraries' tests encode non-ASCII names ("имя:пароль", "ůsername:testƶ") to
    check their encoders; logins that services issue are ASCII."""
    if not basic_auth_b64(secret):
        return False
    raw = _b64decode(secret)
    return raw is not None and raw.isascii()


def aws_secret_percent(secret: str) -> bool:
    """A percent-encoded AWS secret access key: it decodes to exactly 40 characters of the base64 alphabet
    holding a "/" or "+" (the reason it was encoded), upper- and lower-case letters and a digit.  An unpadded
    40-character base64 value is 30 bytes: no digest, signature or id has that size."""
    from urllib.parse import unquote

    v = unquote(secret)
    if len(v) != 40 or not any(c in "/+" for c in v):
        return False
    if any(not (c.isascii() and (c.isalnum() or c in "/+")) for c in v):
        return False
    return mixed_case_digits(v)


def bedrock_api_key(secret: str) -> bool:
    """Amazon Bedrock API keys.

    Long-term keys are ``ABSK`` + base64(``BedrockAPIKey-<id>-at-<account>:<secret>``);
    short-term keys are ``bedrock-api-key-`` + base64 of a SigV4 pre-signed URL on
    ``bedrock.amazonaws.com``.
    """
    if secret.startswith("ABSK"):
        raw = _b64decode(secret[4:])
        return raw is not None and raw.startswith(b"BedrockAPIKey-") and b":" in raw
    if secret.startswith("bedrock-api-key-"):
        raw = _b64decode(secret[len("bedrock-api-key-") :])
        return raw is not None and raw.startswith(b"bedrock.amazonaws.com/")
    return False


def azure_storage_key(secret: str) -> bool:
    """Azure storage / Cosmos DB account keys: base64 of exactly 64 random bytes."""
    raw = _b64decode(secret)
    return raw is not None and len(raw) == 64 and len(set(raw)) > 32


def azure_sas_32(secret: str) -> bool:
    """Azure shared access keys (Service Bus, Event Hubs, IoT Hub): base64 of 32 bytes."""
    raw = _b64decode(secret)
    return raw is not None and len(raw) == 32 and len(set(raw)) > 16


_PEM_BODY_RE = re.compile(r"-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \1-----", re.S)


def pem_private_key(secret: str) -> bool:
    """PEM private key block whose body decodes to DER or an OpenSSH key blob."""
    # keys embedded in JSON/YAML strings carry escaped newlines
    # (a key inside a JSON string inside a JSON notebook cell has doubly escaped ones)
    text = re.sub(r"\\+r", "", secret)
    text = re.sub(r"\\+n", "\n", text)
    text = re.sub(r"\\+/", "/", text)  # PHP json_encode and other serializers escape "/" as "\/"
    m = _PEM_BODY_RE.search(text)
    if m is None:
        return False
    kind, body = m.group(1), m.group(2)
    lines = [ln.strip() for ln in body.strip().splitlines()]
    # RFC 1421 headers of legacy encrypted keys (Proc-Type, DEK-Info) precede a blank line
    if any(":" in ln for ln in lines):
        lines = [ln for ln in lines if ln and ":" not in ln]
    raw = _b64decode("".join(lines))
    if raw is None or len(raw) < 48:
        return False
    if kind == "OPENSSH PRIVATE KEY":
        return raw.startswith(b"openssh-key-v1\x00")
    return raw[0] == 0x30


def pem_private_key_legacy_encrypted(secret: str) -> bool:
    """A passphrase-protected PEM key in the legacy OpenSSL format (``Proc-Type: 4,ENCRYPTED`` and
    ``DEK-Info`` headers): the body is ciphertext, so it does not decode to DER as
    :func:`pem_private_key` wants; it must be base64 of at least 48 bytes that look random.
    Without those headers, :func:`pem_private_key` decides."""
    text = re.sub(r"\\+r", "", secret)
    text = re.sub(r"\\+n", "\n", text)
    text = re.sub(r"\\+/", "/", text)  # PHP json_encode and other serializers escape "/" as "\/"
    m = _PEM_BODY_RE.search(text)
    if m is None:
        return False
    lines = [ln.strip() for ln in m.group(2).strip().splitlines()]
    heads = [ln for ln in lines if ":" in ln]
    if not any(h.replace(" ", "").lower() == "proc-type:4,encrypted" for h in heads) or \
            not any(h.lower().startswith("dek-info:") for h in heads):
        return pem_private_key(secret)
    raw = _b64decode("".join(ln for ln in lines if ln and ":" not in ln))
    if raw is None or len(raw) < 48:
        return False
    return len(set(raw)) > 32  # ciphertext: bytes spread over the whole range


def mapbox_secret_token(secret: str) -> bool:
    """Mapbox secret token: ``sk.`` + base64url JSON naming the user (``u``) + ``.`` + secret."""
    parts = secret.split(".")
    if len(parts) != 3 or parts[0] != "sk":
        return False
    payload = _b64json(parts[1])
    return isinstance(payload, dict) and "u" in payload


def discord_snowflake(secret: str) -> bool:
    """Discord bot token: the first part is the bot's user ID (a 17-20 digit snowflake) in base64."""
    first = secret.split(".", 1)[0]
    raw = _b64decode(first, urlsafe=True)
    if raw is None:
        return False
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return False
    return text.isdigit() and 17 <= len(text) <= 20


def b64_pem_private_key(secret: str) -> bool:
    """A base64-encoded PEM private key (Kubernetes ``tls.key``, Helm values): the
    value decodes to a ``-----BEGIN ... PRIVATE KEY-----`` block whose body is a key."""
    raw = _b64decode(secret)
    if raw is None or not raw.startswith(b"-----BEGIN "):
        return False
    try:
        text = raw.decode("ascii")
    except UnicodeDecodeError:
        return False
    first = text.split("\n", 1)[0]
    return "PRIVATE KEY-----" in first and pem_private_key(text)


def wireguard_key(secret: str) -> bool:
    """WireGuard private or preshared key: base64 of 32 random bytes."""
    raw = _b64decode(secret)
    return raw is not None and len(raw) == 32 and len(set(raw)) > 16


def key_32_bytes_b64(secret: str) -> bool:
    """A Fernet key (or another 256-bit key): urlsafe or standard base64 of 32 bytes that are
    not a run of one value (the all-``A`` placeholder decodes to 32 zero bytes)."""
    if len(secret) != 44 or not secret.endswith("="):
        return False
    if ("-" in secret or "_" in secret) and ("+" in secret or "/" in secret):
        return False  # the two base64 alphabets mixed: not one encoding
    raw = _b64decode(secret.replace("+", "-").replace("/", "_"), urlsafe=True)
    return raw is not None and len(raw) == 32 and len(set(raw)) > 16


def laravel_app_key(secret: str) -> bool:
    """Laravel ``APP_KEY``: ``base64:`` + base64 of a 16- or 32-byte cipher key."""
    if not secret.startswith("base64:"):
        return False
    raw = _b64decode(secret[len("base64:") :])
    return raw is not None and len(raw) in (16, 32) and len(set(raw)) > len(raw) // 2


_PASSWORD_SYMBOLS = set("!@#$%^&*?+=~_-.:;,/|")


def hex_password(secret: str) -> bool:
    """A line of a hex dump (``xxd -p``) that decodes to one password-shaped word: 6 to 32 printable ASCII
    characters, no space, a letter and a digit, and a symbol or both cases (``Willow25$``); a dump of a
    file's bytes (words, newlines) or of binary data does not."""
    if len(secret) % 2:
        return False
    try:
        raw = binascii.unhexlify(secret)
    except (binascii.Error, ValueError):
        return False
    if not 6 <= len(raw) <= 32 or any(b <= 0x20 or b >= 0x7F for b in raw):
        return False
    text = raw.decode("ascii")
    if not (any(c.isalpha() for c in text) and any(c.isdigit() for c in text)):
        return False
    return any(c in _PASSWORD_SYMBOLS for c in text) or (text.lower() != text and text.upper() != text)


def mixed_case_digits(secret: str) -> bool:
    """A long random token holds upper- and lower-case letters and digits; a dotted or snake_case name
    (``sl.module_name_...``) does not."""
    return any(c.isupper() for c in secret) and any(c.islower() for c in secret) and any(c.isdigit() for c in secret)


def mixed_alnum_token(secret: str) -> bool:
    """The random part of a prefixed key (after its last ``_``): upper- and lower-case letters and digits, no
    character four times in a row and no alphabet or digit run (``sk_XXXX...``, ``sk_abcdefgh1234...``)."""
    body = secret.rsplit("_", 1)[-1]
    if not mixed_case_digits(body):
        return False
    if re.search(r"(.)\1\1\1", body):
        return False
    low = body.lower()
    return not any(run in low for run in ("abcdef", "qwerty", "123456", "xyz789"))



_MT_CHARS = re.compile(r"[A-Za-z0-9+/]+={0,2}")
_MT_RUNS = re.compile(r"[A-Za-z]+|[0-9]+")
_MT_WORD = re.compile(r"[A-Z]?[a-z]{3,}|[A-Z]{4,}")
_MT_SEQUENCES = ("abcdef", "bcdefg", "qwerty", "asdfgh", "123456", "234567", "987654", "xyz789", "0000", "ffff")
_MT_REPEAT = re.compile(r"(.)\1\1\1")
_HEX_LOWER = frozenset("0123456789abcdef")


def machine_token(secret: str) -> bool:
    """A value a machine drew, judged by the value alone (session 21: the value-first rule, rules/s21.toml).

    Letters and digits both present (a value of letters alone is a word or a constant's name, digits alone a
    number or a PIN: other rules judge those by their slot), no character four times in a row, no keyboard or
    alphabet run, and then by alphabet:
    - hex in one case: 12+ characters, two letters and two digits at least, and the entropy a random value of
      that length clears 99 times in 100 (``entropy.random_floor``);
    - one case of letters with digits: under 12 characters they alternate at least three times (four runs:
      ``0TY44WKI``, not ``ABC123``, ``prod2db3`` or ``LAX1SITE``), from 12 characters at least twice and the
      random floor again;
    - mixed case with digits: 12+ characters, no more than half the letters in word-like humps (``Windows10Pro``,
      ``getUser2ById`` are names), and entropy of at least 80% of log2(length), at most 3.5 bits/char."""
    n = len(secret)
    if not 8 <= n <= 200 or not _MT_CHARS.fullmatch(secret):
        return False
    core = secret.rstrip("=")
    low = core.lower()
    if _MT_REPEAT.search(core) or any(q in low for q in _MT_SEQUENCES):
        return False
    steps = sum(1 for a, b, c in zip(low, low[1:], low[2:]) if ord(b) - ord(a) == 1 and ord(c) - ord(b) == 1)
    if steps >= 2:
        return False  # abc123def456: typed runs, not drawn
    letters = sum(c.isalpha() for c in core)
    digits = sum(c.isdigit() for c in core)
    if not letters or not digits:
        return False
    upper, lower = core != low, core != core.upper()
    h = shannon(core)
    if not (upper and lower) and set(low) <= _HEX_LOWER:
        if len(core) < 12 or letters < 2 or digits < 2:
            return False
        return h >= random_floor(core)
    if not (upper and lower):
        if "+" in core or "/" in core:
            return False
        runs = _MT_RUNS.findall(core)
        if len(runs) < 3:
            return False
        if len(core) >= 12:
            floor = random_floor(core)
            return floor > 0 and h >= floor
        return len(runs) >= 4 and not any(len(r) >= 4 and r.isalpha() and any(c in "aeiouy" for c in r.lower())
                                          for r in runs)
    if len(core) < 12:
        return False
    # humps that read as words (Windows, Password): random runs of letters (tmvqahbrk) spell none
    worded = sum(len(w) for w in _MT_WORD.findall(core) if not filters.unworded_letters(w, max(2, (len(w) + 1) // 3)))
    if worded * 2 >= letters:
        return False
    return h >= min(3.5, 0.8 * math.log2(len(core)))


def machine_token_in_prose(secret: str) -> bool:
    """``machine_token`` for a token a person wrote into prose after a secret word (a runbook's "use `Xk9...`",
    a chat line's "the key is Xk9..."): 10-100 characters, ``-``, ``_`` and ``.`` allowed inside (judged without them,
    and then only a mixed-case value counts: ``staging-db-2024`` is a name); one case only from 12 characters
    (``PBKDF2SHA1``, ``RTX4090TI`` are names of things).  Hex is left out: in prose it is a
    commit, a hash or a fingerprint far more often than a key."""
    if not 10 <= len(secret) <= 100:
        return False
    if "__" in secret or secret[0] in "._-" or secret[-1] in "._-":
        return False
    if "." in secret and not any(len(seg) >= 12 and machine_token(seg) for seg in re.split(r"[._\-]", secret)):
        return False  # member access, a file or host name (kms.KeySpec.ECC_SECG_P256K1): a drawn part is 12+ long
    core = secret.replace("-", "").replace("_", "").replace(".", "")
    if core == core.lower() or core == core.upper():
        if core != secret or len(core) < 12:
            return False  # a dashed name, or a short code in one case: a model, part or algorithm (PBKDF2SHA1)
    if not (core != core.lower() and core != core.upper()) and set(core.lower()) <= _HEX_LOWER:
        # hex: a commit or a hash is lower-case, 40 or 64 long; a key written in capitals (AES, DESFire, a lock
        # system's site key) is 16, 32 or 48 long
        return core == secret and core.isupper() and len(core) in (16, 32, 48) and machine_token(core)
    return machine_token(core)


_OVPN_HEX_LINE = re.compile(r"^[ \t]*([0-9a-fA-F]{32})[ \t]*\r?$", re.M)


def openvpn_static_key(secret: str) -> bool:
    """An OpenVPN static key block (``tls-auth``/``tls-crypt``/``secret``: 2048 bits as 16 lines of 32 hex): its
    hex lines differ and read random (a block of zeros or one line repeated is a placeholder)."""
    lines = _OVPN_HEX_LINE.findall(secret)
    if len(lines) < 2 or len(set(lines)) < len(lines):
        return False
    return shannon("".join(lines).lower()) >= 3.5


_FILE_NAME = re.compile(r"\.[A-Za-z][A-Za-z0-9]{1,4}$")
_CONSTANT_NAME = re.compile(r"[A-Z0-9]+(?:[_\-][A-Z0-9]+)*_[A-Z0-9]+(?:[_\-][A-Z0-9]+)*")
_VERSIONISH = re.compile(r"(?i)v?[0-9]+(?:[._\-][0-9a-z]+)+|[a-z]{1,4}[0-9]{1,2}[\-_][0-9]{2,4}")


def typed_password_token(secret: str) -> bool:
    """A password a person wrote after ``user /`` in prose (``asmlsvc / M16JWD6``, ``subfab-tsx2 / Etch3r$12``):
    6-64 characters, no slash or scheme, a letter and a digit, and either three character classes or a machine-drawn
    value (:func:`machine_token`); versions and quarter labels (``v2.1.0-RC1``, ``Q3-2024``) are not passwords."""
    if not 6 <= len(secret) <= 64 or "/" in secret or "://" in secret or _VERSIONISH.fullmatch(secret):
        return False
    if _FILE_NAME.search(secret) or _CONSTANT_NAME.fullmatch(secret):
        return False  # "TM_WORLD_BORDERS-0.3.shp", HEADER_X_API_KEY2: a file or a constant's name
    if not (any(c.isalpha() for c in secret) and any(c.isdigit() for c in secret)):
        return False
    if filters.char_classes(secret) >= 3 or machine_token(secret):
        return True
    # six or seven capitals and digits alternating (M16JWD6): a generated password too short for machine_token
    return secret.isalnum() and secret.upper() == secret and len(_MT_RUNS.findall(secret)) >= 4


def ses_smtp_password(secret: str) -> bool:
    """An Amazon SES SMTP password (signature version 4): base64 of the version byte 0x04 and a 32-byte HMAC,
    44 characters without padding, so it starts with "B" and a character A-P (the byte's low bits)."""
    if len(secret) != 44:
        return False
    raw = _b64decode(secret)
    return raw is not None and len(raw) == 33 and raw[0] == 4 and mixed_case_digits(secret)


def upper_alnum_key(secret: str) -> bool:
    """A short upper-case key a vendor issues (what3words: 8 characters): letters and at least one digit, no
    character three times in a row, not a digit run."""
    return (secret.isalnum() and secret.upper() == secret and any(c.isdigit() for c in secret)
            and any(c.isalpha() for c in secret) and not re.search(r"(.)\1\1", secret)
            and "1234" not in secret)


def dashed_key_letters_digits(secret: str) -> bool:
    """A dashed random key (YouTube's xxxx-xxxx-xxxx-xxxx-xxxx stream key): letters and digits both present,
    in at least two of its groups together, and no group one character four times (``aaaa-1111-...``)."""
    groups = secret.split("-")
    mixed = sum(1 for g in groups if any(c.isdigit() for c in g) and any(c.isalpha() for c in g))
    return mixed >= 2 and not any(len(set(g)) == 1 for g in groups) \
        and any(c.isdigit() for c in secret) and any(c.isalpha() for c in secret)


def lower_alnum_random(secret: str) -> bool:
    """A random lower-case key that is not hex (``77kqd28q...``): four or more digits, four or more letters past
    ``f`` (so a hex digest or a word is not one), no character four times in a row."""
    return (sum(c.isdigit() for c in secret) >= 4 and sum("g" <= c <= "z" for c in secret) >= 4
            and not re.search(r"(.)\1\1\1", secret))


def apple_app_password(secret: str) -> bool:
    """An Apple app-specific password (four groups of four lower-case letters) that is not a run or a repeat
    (``abcd-efgh-...``, ``xxxx-xxxx-...``)."""
    groups = secret.split("-")
    letters = secret.replace("-", "")
    return len(set(groups)) == len(groups) and len(set(letters)) >= 8 and "abcd" not in letters \
        and "efgh" not in letters and "mnop" not in letters


def stream_key_random(secret: str) -> bool:
    """The last path part of an RTMP/RTMPS ingest URL that is a stream key, not a stream name: mixed-case
    letters and digits (Restream, Kick, Vimeo), a UUID (Mux), or lower-case letters and digits; its longest part
    between separators has 12+ characters and 3+ digits, and no part is a word of five letters or more
    (``news24-backup-primary``, ``StreamName_1080p`` and ``camera01`` are names)."""
    body = secret.split("?", 1)[0]
    if re.match(r"(?:live_[0-9]|FB-[0-9])", body):
        return False  # Twitch and Facebook keys: their own rules report them
    if re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", body.lower()):
        return len(set(body.replace("-", ""))) >= 8
    if re.search(r"(.)\1\1\1", body):
        return False
    parts = [p for p in re.split(r"[_\-.]", body) if p]
    if not parts or any(len(p) >= 5 and p.isalpha() for p in parts):
        return False  # a word between separators: a stream name (live_stream_final, StreamName_1080p)
    key = max(parts, key=len)
    if len(key) < 12 or sum(c.isdigit() for c in key) < 3:
        return False
    if mixed_case_digits(key):
        return True
    flips = sum(1 for a, b in zip(key, key[1:]) if a.isdigit() != b.isdigit())
    return sum(c.isalpha() for c in key) >= 6 and not re.search(r"[a-z]{7}", key.lower()) and flips * 3 >= len(key)


def unattend_value(secret: str) -> bool:
    """An unattend.xml <Value> with <PlainText>false</PlainText> is base64 of the UTF-16LE password followed by
    the element name ("Password", "AdministratorPassword"): an encoding, reported like the clear text, unless the
    password inside is empty or a placeholder (CHANGE_ME).  Any other value (clear text) passes."""
    raw = _b64decode(secret)
    if raw is None or len(raw) < 2 or len(raw) % 2:
        return True
    try:
        text = raw.decode("utf-16-le")
    except UnicodeDecodeError:
        return True
    for suffix in ("AdministratorPassword", "Password"):
        if text.endswith(suffix):
            pw = text[: -len(suffix)]
            break
    else:
        return True
    if not pw.strip():
        return False
    return filters.placeholder(pw) is None


VALIDATORS: Dict[str, Callable[[str], bool]] = {
    "machine_token": machine_token,
    "typed_password_token": typed_password_token,
    "openvpn_static_key": openvpn_static_key,
    "machine_token_in_prose": machine_token_in_prose,
    "unattend_value": unattend_value,
    "discord_snowflake": discord_snowflake,
    "age_bech32": age_bech32,
    "aws_key_id": aws_key_id,
    "azure_sas_32": azure_sas_32,
    "azure_storage_key": azure_storage_key,
    "basic_auth_b64": basic_auth_b64,
    "bedrock_api_key": bedrock_api_key,
    "github_crc32": github_crc32,
    "grafana_cloud_token": grafana_cloud_token,
    "jwt": jwt,
    "k8s_sa_jwt": k8s_sa_jwt,
    "mapbox_secret_token": mapbox_secret_token,
    "npm_crc32": npm_crc32,
    "pem_private_key": pem_private_key,
    "pem_private_key_legacy_encrypted": pem_private_key_legacy_encrypted,
    "pypi_macaroon": pypi_macaroon,
    "sentry_org_token": sentry_org_token,
    "slack_webhook": slack_webhook,
    "b64_pem_private_key": b64_pem_private_key,
    "wireguard_key": wireguard_key,
    "laravel_app_key": laravel_app_key,
    "key_32_bytes_b64": key_32_bytes_b64,
    "hex_password": hex_password,
    "basic_login_b64": basic_login_b64,
    "aws_secret_percent": aws_secret_percent,
    "mixed_alnum_token": mixed_alnum_token,
    "mixed_case_digits": mixed_case_digits,
    "ses_smtp_password": ses_smtp_password,
    "upper_alnum_key": upper_alnum_key,
    "dashed_key_letters_digits": dashed_key_letters_digits,
    "lower_alnum_random": lower_alnum_random,
    "apple_app_password": apple_app_password,
    "stream_key_random": stream_key_random,
}


def get_validator(name: str) -> Callable[[str], bool]:
    """Return the validator registered as ``name``; ``KeyError`` names the known ones."""
    try:
        return VALIDATORS[name]
    except KeyError:
        raise KeyError(f"unknown validator {name!r}; known: {', '.join(sorted(VALIDATORS))}") from None
