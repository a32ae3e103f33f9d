"""Build real archives at test time (zip, tar, gzip, bzip2, xz), nested and hostile ones."""
from __future__ import annotations

import bz2
import gzip
import io
import json
import lzma
import tarfile
import zipfile
import zlib
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

from credgate.main import main

Members = Sequence[tuple[str, bytes]]


def tar_bytes(members: Members, compression: str = "") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=f"w:{compression}" if compression else "w") as tf:
        for name, data in members:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            ti.mode = 0o644
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def zip_bytes(members: Members, method: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return buf.getvalue()


def compress(kind: str, data: bytes) -> bytes:
    if kind == "gz":
        return gzip.compress(data)
    if kind == "bz2":
        return bz2.compress(data)
    if kind == "xz":
        return lzma.compress(data)
    raise ValueError(kind)


def gzip_zeros(n: int, level: int = 9) -> bytes:
    """gzip of ``n`` zero bytes, built in chunks (never holds ``n`` bytes)."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", compresslevel=level) as gz:
        chunk = bytes(1 << 20)
        left = n
        while left > 0:
            gz.write(chunk[: min(left, len(chunk))])
            left -= len(chunk)
    return out.getvalue()


def zip_of_zeros(name: str, n: int, extra: Members = (), fill: bytes = b"\0") -> bytes:
    """A zip whose deflated member ``name`` inflates to ``n`` bytes of ``fill`` (streamed in)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for mname, data in extra:
            zf.writestr(mname, data)
        zi = zipfile.ZipInfo(name)
        zi.compress_type = zipfile.ZIP_DEFLATED
        with zf.open(zi, "w", force_zip64=True) as w:
            chunk = fill * (1 << 20)
            left = n
            while left > 0:
                w.write(chunk[: min(left, len(chunk))])
                left -= len(chunk)
    return buf.getvalue()


def env_file(kid: str, secret: str) -> bytes:
    return f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={secret}\n".encode()


def run_dir(paths: Iterable[Union[str, Path]], *extra: str, out: Optional[Path] = None) -> tuple[int, dict]:
    """Run ``credgate dir`` in-process with JSON output; return (exit code, report)."""
    assert out is not None
    rc = main(["dir", *(str(p) for p in paths), "-f", "json", "-o", str(out), "-q", *extra])
    doc = json.loads(out.read_text()) if out.exists() else {}
    return rc, doc


def paths_of(doc: dict) -> set[str]:
    out = set()
    for f in doc.get("findings", []):
        out.add(f["path"])
        for loc in f.get("locations", []) or []:
            out.add(loc["path"])
    return out


def skips(doc: dict, reason: Optional[str] = None) -> list[dict]:
    return [s for s in doc.get("skipped", []) if reason is None or s["reason"] == reason]


__all__ = ["tar_bytes", "zip_bytes", "compress", "gzip_zeros", "zip_of_zeros", "env_file", "run_dir",
           "paths_of", "skips", "zlib"]
