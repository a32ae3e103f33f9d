"""Hostile input: bombs, member floods, traversal, links, truncation; limits hold and are reported."""
from __future__ import annotations

import io
import os
import tarfile
import tracemalloc
import zipfile

import pytest

from credgate.sources.archives import ArchiveLimits, ArchiveScanner, sniff_file
from tests.archives.builders import (env_file, paths_of, run_dir, skips, tar_bytes, zip_bytes,
                                     zip_of_zeros)
from tests.helpers import aws_pair

MB = 1024 * 1024


class _Zeros(io.RawIOBase):
    def __init__(self, n: int) -> None:
        self.left = n

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self.left)
        b[:n] = bytes(n)
        self.left -= n
        return n


@pytest.fixture(scope="module")
def bomb_zip() -> bytes:
    """About 1 KB: a zip holding a tar.gz whose first member is 256 MiB of zeros, then a secret."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=9) as tf:
        ti = tarfile.TarInfo("zeros.img")
        ti.size = 256 * MB
        tf.addfile(ti, _Zeros(ti.size))
        kid, sec = aws_pair()
        data = env_file(kid, sec)
        ti = tarfile.TarInfo("after.env")
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
    return zip_bytes([("b.tar.gz", buf.getvalue())])


@pytest.fixture
def work(tmp_path, monkeypatch):
    d = tmp_path / "scan"
    d.mkdir()
    monkeypatch.chdir(d)
    return d


def _scan(path, **limits):
    lim = ArchiveLimits(**limits)
    sc = ArchiveScanner(lim)
    items = list(sc.scan_path(path, path.name, sniff_file(path)))
    return sc, items


def test_tiny_nested_bomb_stops_within_the_size_limit(tmp_path, bomb_zip):
    assert len(bomb_zip) < 4096
    p = tmp_path / "bomb.zip"
    p.write_bytes(bomb_zip)
    limit = 8 * MB
    tracemalloc.start()
    try:
        sc, items = _scan(p, max_total_size=limit, max_ratio=1e9)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    hits = [i for i in items if getattr(i, "reason", "") == "archive-size-limit"]
    assert len(hits) == 1
    # named at the member: reading past its 256 MiB (to reach the members after it) cannot fit the budget
    assert hits[0].path == "bomb.zip!b.tar.gz!zeros.img"
    assert "stopped after 8.0 MiB (max_total_size)" in hits[0].detail
    assert "--archive-max-size" in hits[0].detail
    produced, _members = sc.totals["bomb.zip"]
    # stopped past the limit by at most the last read of compressed input of the layer below (<= 1 MiB)
    assert limit < produced <= limit + 1 + MB
    assert peak < limit  # streamed in bounded chunks: not even the allowed 8 MiB is ever held


def test_bomb_member_with_default_limits_is_read_past_and_the_secret_after_it_found(tmp_path, bomb_zip):
    """The tar.gz is judged per member: its 256 MiB of zeros is a skipped member (binary), read past
    within max_total_size without being held, and the member after it is scanned."""
    p = tmp_path / "bomb.zip"
    p.write_bytes(bomb_zip)
    tracemalloc.start()
    try:
        sc, items = _scan(p)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [(i.path, i.reason) for i in items if hasattr(i, "reason")] == [("bomb.zip!b.tar.gz!zeros.img", "binary")]
    assert [i.path for i in items if not hasattr(i, "reason")] == ["bomb.zip!b.tar.gz!after.env"]
    produced, _ = sc.totals["bomb.zip"]
    assert 256 * MB < produced < 260 * MB
    assert peak < 8 * MB


def test_ratio_still_stops_a_compressed_stream_that_is_not_a_tar(tmp_path):
    p = tmp_path / "blob.gz"
    import gzip

    with gzip.open(p, "wb", compresslevel=9) as g:
        for _ in range(64):
            g.write(b" " * MB)
    sc, items = _scan(p)
    [hit] = [i for i in items if getattr(i, "reason", "") == "archive-ratio-limit"]
    assert hit.path == "blob.gz"
    assert "decompression bomb" in hit.detail and "--archive-max-ratio" in hit.detail
    assert sc.totals["blob.gz"][0] < 8 * MB


def test_ratio_hit_ends_that_member_only(work, tmp_path):
    kid, sec = aws_pair()
    # 32 MiB of spaces (text, so it is read, not skipped as binary) deflate about 1000:1
    data = zip_of_zeros("spaces.txt", 32 * MB, extra=[("a.env", env_file(kid, sec))], fill=b" ")
    # the secret comes after the bomb in a second zip, to show the rest of the archive is still read
    k2, s2 = aws_pair()
    data2 = zip_bytes([("first.zip", zip_of_zeros("z", 32 * MB, fill=b" ")), ("later.env", env_file(k2, s2))])
    (work / "one.zip").write_bytes(data)
    (work / "two.zip").write_bytes(data2)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {"one.zip!a.env", "two.zip!later.env"}
    assert sorted(s["path"] for s in skips(doc, "archive-ratio-limit")) == ["one.zip!spaces.txt", "two.zip!first.zip!z"]


def test_member_flood_in_tar_is_cut_at_the_limit(work, tmp_path):
    members = [(f"f{i}.txt", b"x\n") for i in range(500)]
    (work / "flood.tar.gz").write_bytes(tar_bytes(members, "gz"))
    rc, doc = run_dir(["."], "--archive-max-members", "100", out=tmp_path / "r.json")
    [hit] = skips(doc, "archive-member-limit")
    assert hit["path"] == "flood.tar.gz!f100.txt"
    assert "more than 100 members" in hit["detail"] and "--archive-max-members" in hit["detail"]
    assert doc["summary"]["scanned_items"] == 100


def test_zip_directory_counted_before_it_is_parsed(tmp_path):
    p = tmp_path / "many.zip"
    p.write_bytes(zip_bytes([(f"d/{i}", b"") for i in range(3000)], zipfile.ZIP_STORED))
    sc, items = _scan(p, max_members=50)
    assert [(i.path, i.reason) for i in items] == [("many.zip", "archive-member-limit")]
    assert sc.totals["many.zip"][1] > 50


def test_path_traversal_and_absolute_names_never_escape(work, tmp_path, monkeypatch):
    import tempfile

    private_tmp = tmp_path / "tmp"
    private_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(private_tmp))
    kid, sec = aws_pair()
    k2, s2 = aws_pair()
    evil = tar_bytes([
        ("../../escaped.env", env_file(kid, sec)),
        ("/tmp/absolute.env", env_file(k2, s2)),
        ("repo.git/HEAD", b"ref: refs/heads/main\n"),
        ("repo.git/objects/../../../../escaped-object", b"x"),
        ("repo.git/refs/heads/../../../../escaped-ref", b"y"),
    ], "gz")
    (work / "evil.tar.gz").write_bytes(evil)
    before = sorted(str(p) for p in tmp_path.rglob("*"))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    after = sorted(str(p) for p in tmp_path.rglob("*"))
    # content is scanned in memory under its (displayed) name
    assert {"evil.tar.gz!../../escaped.env", "evil.tar.gz!/tmp/absolute.env"} <= paths_of(doc)
    # nothing was written anywhere: not next to the archive, not above it, and the private folder is gone
    assert [a for a in after if a not in before] == [str(tmp_path / "r.json")]
    assert not os.path.exists("/tmp/absolute.env") or os.path.getsize("/tmp/absolute.env") != len(env_file(k2, s2))
    assert list(private_tmp.iterdir()) == []
    unsafe = sorted(s["path"] for s in skips(doc, "unsafe-path"))
    assert unsafe == ["evil.tar.gz!repo.git/objects/../../../../escaped-object",
                      "evil.tar.gz!repo.git/refs/heads/../../../../escaped-ref"]


def test_control_characters_in_names_are_escaped(work, tmp_path):
    kid, sec = aws_pair()
    (work / "x.zip").write_bytes(zip_bytes([("a\x1b[31mred.env", env_file(kid, sec))]))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert paths_of(doc) == {"x.zip!a\\x1b[31mred.env"}


def test_truncated_tar_gz_reports_and_keeps_what_it_read(work, tmp_path):
    kid, sec = aws_pair()
    k2, s2 = aws_pair()
    filler = os.urandom(200_000).hex().encode()  # incompressible text, so truncation lands inside it
    data = tar_bytes([("first.env", env_file(kid, sec)), ("filler.txt", filler)], "gz")
    (work / "cut.tar.gz").write_bytes(data[: len(data) // 2])
    (work / "plain.env").write_bytes(env_file(k2, s2))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {"cut.tar.gz!first.env", "plain.env"}
    [bad] = skips(doc, "corrupt-archive")
    assert bad["path"] == "cut.tar.gz"
    assert "truncated" in bad["detail"] and "members before the damage were scanned" in bad["detail"]


@pytest.mark.parametrize("cut", ["zip", "tar", "xz", "bz2", "garbage-gz"])
def test_truncated_or_corrupt_archives_of_each_kind(work, tmp_path, cut):
    kid, sec = aws_pair()
    payload = env_file(kid, sec) + os.urandom(50_000).hex().encode()
    if cut == "zip":
        data = zip_bytes([("a.env", payload)])[:-30]
    elif cut == "tar":
        data = tar_bytes([("a.env", payload)])[:5000]
    elif cut == "xz":
        data = tar_bytes([("a.env", payload)], "xz")[:3000]
    elif cut == "bz2":
        data = tar_bytes([("a.env", payload)], "bz2")[:3000]
    else:
        data = b"\x1f\x8b\x08\x00" + os.urandom(4000)
    (work / "broken.bin").write_bytes(data)
    k2, s2 = aws_pair()
    (work / "z.env").write_bytes(env_file(k2, s2))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert "z.env" in paths_of(doc)  # the rest of the scan went on
    bad = skips(doc, "corrupt-archive")
    assert len(bad) == 1 and bad[0]["path"].startswith("broken.bin")


def test_zip_member_with_bad_crc_is_reported_and_others_scanned(work, tmp_path):
    kid, sec = aws_pair()
    k2, s2 = aws_pair()
    data = bytearray(zip_bytes([("bad.env", env_file(kid, sec)), ("good.env", env_file(k2, s2))],
                               zipfile.ZIP_STORED))
    i = data.find(b"AWS_ACCESS_KEY_ID")
    data[i] = ord("B")  # stored bytes changed, CRC no longer matches
    (work / "crc.zip").write_bytes(bytes(data))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert paths_of(doc) == {"crc.zip!good.env"}
    [bad] = skips(doc, "corrupt-archive")
    assert bad["path"] == "crc.zip!bad.env"


def test_sparse_and_device_members_are_not_read(work, tmp_path):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        fifo = tarfile.TarInfo("pipe")
        fifo.type = tarfile.FIFOTYPE
        tf.addfile(fifo)
        dev = tarfile.TarInfo("dev")
        dev.type = tarfile.CHRTYPE
        tf.addfile(dev)
    (work / "d.tar").write_bytes(buf.getvalue())
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert sorted((s["path"], s["reason"]) for s in skips(doc)) == [("d.tar!dev", "not-regular"),
                                                                    ("d.tar!pipe", "not-regular")]


def test_private_tempdir_removed_on_sigterm(tmp_path):
    import subprocess
    import sys

    code = (
        "import os, signal, sys\n"
        "from credgate.sources.tempdirs import private_tempdir\n"
        "with private_tempdir() as d:\n"
        "    (d / 'obj').write_bytes(b'x')\n"
        "    print(d, flush=True)\n"
        "    assert oct(os.stat(d).st_mode & 0o777) == '0o700'\n"
        "    os.kill(os.getpid(), signal.SIGTERM)\n"
        "    signal.pause()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "TMPDIR": str(tmp_path)})
    made = proc.stdout.strip()
    assert made.startswith(str(tmp_path))
    assert proc.returncode == 128 + 15, proc.stderr
    assert not os.path.exists(made)
