"""The tar sniff's octal check (issue 16, session 12: every history blob asks it) answers as the byte-by-byte
check it replaced, on real tar headers, corrupted ones and text."""
from __future__ import annotations

import io
import random
import tarfile

from credgate.sources.archives import _tar_checksum_ok, sniff


def _oracle(head: bytes) -> bool:  # the check before session 12
    if len(head) < 512 or head[:1] == b"\0":
        return False
    field = head[148:156].replace(b"\0", b" ").strip()
    if not field or any(c not in b"01234567" for c in field):
        return False
    return int(field, 8) == sum(head[:148]) + 8 * 32 + sum(head[156:512])


def _tar_head(name: str, body: bytes, fmt: int) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        info = tarfile.TarInfo(name)
        info.size = len(body)
        tf.addfile(info, io.BytesIO(body))
    return buf.getvalue()[:512]


def test_octal_check_answers_as_before() -> None:
    rng = random.Random(1612)
    heads = [_tar_head(f"dir/f{i}.txt", b"x" * i, fmt) for i in range(20)
             for fmt in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT)]
    v7 = bytearray(heads[0])
    v7[257:263] = b"\0" * 6  # no ustar magic: only the checksum tells (written again for the new bytes)
    v7[148:156] = b"%06o\0 " % (sum(v7[:148]) + 8 * 32 + sum(v7[156:512]))
    heads.append(bytes(v7))
    for h in list(heads):
        for _ in range(20):  # one byte changed in the checksum field, or anywhere
            b = bytearray(h)
            b[rng.choice([rng.randrange(148, 156), rng.randrange(512)])] = rng.choice(b"0123456789 \0x8-+")
            heads.append(bytes(b))
    heads += [bytes(rng.choice(b"01234567 \0\t\nabc") for _ in range(512)) for _ in range(2000)]
    heads += [b"import os\n" * 60, b"\0" * 512, b" " * 512, b"x" * 100]
    assert any(_oracle(h) for h in heads) and not all(_oracle(h) for h in heads)
    for h in heads:
        assert _tar_checksum_ok(h) is _oracle(h), h[140:160]
    assert sniff(bytes(v7)) == "tar"
