"""Decode what AWS hands back before it is scanned.

User data and similar fields arrive base64-encoded and may be gzip
compressed or a MIME multipart cloud-init document whose parts are
themselves base64 or gzip.  Packages (Lambda zips, S3 archives) are zip or
tar files.  Everything here is bounded (size, depth, member count) so a
hostile payload costs at most ``limit`` bytes of memory.
"""
from __future__ import annotations

import base64
import binascii
import email
import email.policy
import gzip
import io
import re
import tarfile
import zipfile
import zlib
from typing import Iterator

MAX_DECODED = 16 * 1024 * 1024
MAX_MEMBERS = 5000
_B64_RE = re.compile(rb"^[A-Za-z0-9+/=\s]+$")


def gunzip(data: bytes, limit: int = MAX_DECODED) -> bytes:
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as gz:
            out = gz.read(limit + 1)
    except zlib.error as exc:  # corrupt deflate data: the ValueError callers handle
        raise ValueError(f"corrupt gzip data: {exc}") from None
    if len(out) > limit:
        raise ValueError(f"decompressed content larger than {limit} bytes")
    return out


def maybe_base64(data: bytes) -> "bytes | None":
    s = data.strip()
    if len(s) < 8 or not _B64_RE.match(s):
        return None
    try:
        return base64.b64decode(b"".join(s.split()), validate=True)
    except (binascii.Error, ValueError):
        return None


def decode_user_data(data: "bytes | str", *, assume_base64: bool = True) -> tuple[bytes, str]:
    """Return (decoded content, how it was decoded e.g. "base64+gzip+mime")."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    steps: list[str] = []
    if assume_base64:
        dec = maybe_base64(raw)
        if dec is not None:
            raw = dec
            steps.append("base64")
    raw, more = _unwrap(raw, depth=0)
    steps.extend(more)
    return raw, "+".join(steps)


def _unwrap(raw: bytes, depth: int) -> tuple[bytes, list[str]]:
    steps: list[str] = []
    for _ in range(4):
        if raw[:2] == b"\x1f\x8b":
            raw = gunzip(raw)
            steps.append("gzip")
            continue
        head = raw[:2048].lstrip().lower()
        if depth < 3 and (head.startswith(b"content-type: multipart") or head.startswith(b"mime-version:")) \
                and b"multipart/" in head:
            raw = _mime_text(raw, depth)
            steps.append("mime")
        break
    return raw, steps


def _mime_text(raw: bytes, depth: int) -> bytes:
    """Concatenate the decoded parts of a MIME multipart document, each under a header line."""
    msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    out: list[bytes] = []
    n = 0
    for part in msg.walk():
        if part.is_multipart():
            continue
        n += 1
        payload = part.get_payload(decode=True) or b""
        payload, _ = _unwrap(payload, depth + 1)
        name = part.get_filename() or ""
        out.append(f"# --- MIME part {n}: {part.get_content_type()} {name}".rstrip().encode() + b"\n")
        out.append(payload if payload.endswith(b"\n") else payload + b"\n")
    return b"".join(out) if out else raw


def is_binary(data: bytes) -> bool:
    return b"\x00" in data[:8192]


def expand(data: bytes, name: str = "", *, limit: int = MAX_DECODED, depth: int = 0) -> Iterator[tuple[str, bytes]]:
    """Yield (member path, text bytes) for an archive (zip, tar, gz, nested); or the data itself.

    Binary members are left out; the member path uses ``!`` between archive levels.
    """
    if depth > 3:
        return
    if data[:4] == b"PK\x03\x04":
        try:
            zf = zipfile.ZipFile(io.BytesIO(data))
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError):  # damaged: not an archive
            return
        total = 0
        for i, info in enumerate(zf.infolist()):
            if i >= MAX_MEMBERS or info.is_dir() or info.file_size > limit:
                continue
            total += info.file_size
            if total > limit * 4:
                break
            try:
                member = zf.read(info)
            except (zipfile.BadZipFile, RuntimeError, NotImplementedError, OSError, EOFError, zlib.error):
                continue
            for sub, content in expand(member, info.filename, limit=limit, depth=depth + 1):
                yield (f"{info.filename}!{sub}" if sub != info.filename else info.filename), content
        return
    if data[:2] == b"\x1f\x8b":
        try:
            inner = gunzip(data, limit)
        except (OSError, ValueError, EOFError):
            return
        base = name[:-3] if name.endswith(".gz") else (name[:-4] + ".tar" if name.endswith(".tgz") else name)
        yield from expand(inner, base, limit=limit, depth=depth + 1)
        return
    if len(data) > 262 and data[257:262] == b"ustar":
        try:
            tf = tarfile.open(fileobj=io.BytesIO(data), mode="r:")
        except tarfile.TarError:
            return
        with tf:
            try:
                for i, m in enumerate(tf):
                    if i >= MAX_MEMBERS or not m.isfile() or m.size > limit:
                        continue
                    fh = tf.extractfile(m)
                    if fh is None:
                        continue
                    for sub, content in expand(fh.read(), m.name, limit=limit, depth=depth + 1):
                        yield (f"{m.name}!{sub}" if sub != m.name else m.name), content
            except (tarfile.TarError, OSError, EOFError):  # damaged after some members: keep what was read
                return
        return
    if not is_binary(data):
        yield name, data
