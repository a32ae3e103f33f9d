"""A limit hit is not "clean": what can still be read is read, what could not is a skip, and the exit is 1.

Each archive is built at test time; each case puts a secret *after* the hostile part and asserts it
is found, that the hostile part is listed, and the exit code of ``credgate dir``.
"""
from __future__ import annotations

import io
import tarfile
import time
import tracemalloc
import zipfile
from pathlib import Path

import pytest

from credgate.sources.archives import ArchiveLimits, ArchiveScanner, sniff_file
from tests.archives.builders import env_file, paths_of, run_dir, skips, tar_bytes, zip_bytes
from tests.helpers import aws_pair, commit_file, git, init_repo

MB = 1024 * 1024


class _Fill(io.RawIOBase):
    def __init__(self, n: int, byte: bytes) -> None:
        self.left, self.byte = n, byte

    def readable(self) -> bool:
        return True

    def readinto(self, b) -> int:
        n = min(len(b), self.left)
        b[:n] = self.byte * n
        self.left -= n
        return n


def _tar_gz(first: list[tuple[str, int, bytes]], then: list[tuple[str, bytes]]) -> bytes:
    """A tar.gz: ``first`` members of (name, size, fill byte) streamed, never held, then small members."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", compresslevel=9) as tf:
        for name, size, byte in first:
            ti = tarfile.TarInfo(name)
            ti.size = size
            tf.addfile(ti, _Fill(size, byte))
        for name, data in then:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


@pytest.fixture
def work(tmp_path, monkeypatch):
    d = tmp_path / "scan"
    d.mkdir()
    monkeypatch.chdir(d)
    return d


# ------------------------------------------------------------------ ratio
def test_text_bomb_member_of_a_tar_gz_is_skipped_and_later_members_are_read(work, tmp_path):
    kid, sec = aws_pair()
    # 8 MiB of spaces: text (so it is read, not skipped as binary), deflates about 1000:1
    (work / "logs.tar.gz").write_bytes(_tar_gz([("spaces.log", 8 * MB, b" ")], [("later.env", env_file(kid, sec))]))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {"logs.tar.gz!later.env"}
    [hit] = skips(doc, "archive-ratio-limit")
    assert hit["path"] == "logs.tar.gz!spaces.log"
    assert "tar member expands more than 200:1" in hit["detail"]


def test_zero_filled_member_of_a_tar_gz_is_read_past_in_bounded_memory(tmp_path):
    kid, sec = aws_pair()
    p = tmp_path / "disk.tar.gz"
    p.write_bytes(_tar_gz([("zeros.img", 64 * MB, b"\0")], [("after.env", env_file(kid, sec))]))
    assert p.stat().st_size < 128 * 1024
    sc = ArchiveScanner(ArchiveLimits())
    tracemalloc.start()
    try:
        items = list(sc.scan_path(p, p.name, sniff_file(p)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [i.path for i in items if not hasattr(i, "reason")] == ["disk.tar.gz!after.env"]
    assert [(i.path, i.reason) for i in items if hasattr(i, "reason")] == [("disk.tar.gz!zeros.img", "binary")]
    assert peak < 8 * MB  # 64 MiB read past, never held


def test_member_past_the_size_budget_stops_the_archive_at_once(tmp_path):
    """Reading past a member that would overrun max_total_size is not tried: the limit is reported at once."""
    kid, sec = aws_pair()
    p = tmp_path / "big.tar.gz"
    p.write_bytes(_tar_gz([("zeros.img", 64 * MB, b"\0")], [("after.env", env_file(kid, sec))]))
    sc = ArchiveScanner(ArchiveLimits(max_total_size=16 * MB))
    items = list(sc.scan_path(p, p.name, sniff_file(p)))
    assert [(i.path, i.reason) for i in items] == [("big.tar.gz!zeros.img", "binary"),
                                                    ("big.tar.gz!zeros.img", "archive-size-limit")]
    assert sc.totals["big.tar.gz"][0] <= 16 * MB + 1


def test_a_limit_hit_alone_exits_1_and_raising_the_limit_makes_it_clean(work, tmp_path):
    (work / "logs.tar.gz").write_bytes(_tar_gz([("spaces.log", 8 * MB, b" ")], [("notes.txt", b"nothing here\n")]))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1 and doc["findings"] == []
    assert [s["path"] for s in skips(doc, "archive-ratio-limit")] == ["logs.tar.gz!spaces.log"]
    assert any("not a clean scan" in e for e in doc["errors"])
    rc, doc = run_dir(["."], "--archive-max-ratio", "100000", out=tmp_path / "r2.json")
    assert rc == 0 and doc["skipped"] == [] and doc["errors"] == []


# ---------------------------------------------------------------- members
def _flood_zip(n_zips: int, per_zip: int) -> bytes:
    """42.zip-style: a zip of zips, each full of members."""
    inner = zip_bytes([(f"f{i}.txt", b"x\n") for i in range(per_zip)], zipfile.ZIP_STORED)
    return zip_bytes([(f"part{j}.zip", inner) for j in range(n_zips)])


@pytest.mark.parametrize("outer", ["zip", "tar.gz"])
def test_nested_member_flood_does_not_hide_a_later_top_level_member(work, tmp_path, outer):
    kid, sec = aws_pair()
    members = [("flood.zip", _flood_zip(6, 40)), ("later.env", env_file(kid, sec))]
    data = zip_bytes(members) if outer == "zip" else tar_bytes(members, "gz")
    (work / f"backup.{outer}").write_bytes(data)
    rc, doc = run_dir(["."], "--archive-max-members", "50", out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {f"backup.{outer}!later.env"}
    hits = skips(doc, "archive-member-limit")
    assert hits and all(h["path"].startswith(f"backup.{outer}!flood.zip!part") for h in hits)
    assert "still are" in hits[0]["detail"]
    # what fitted was read: the first nested zip is not a skip
    assert f"backup.{outer}!flood.zip!part0.zip" not in {h["path"] for h in hits}


def test_top_level_member_limit_still_stops_the_top_level(work, tmp_path):
    (work / "flood.tar.gz").write_bytes(tar_bytes([(f"f{i}.txt", b"x\n") for i in range(300)], "gz"))
    rc, doc = run_dir(["."], "--archive-max-members", "100", out=tmp_path / "r.json")
    [hit] = skips(doc, "archive-member-limit")
    assert hit["path"] == "flood.tar.gz!f100.txt" and rc == 1


# ---------------------------------------------------------------- bundles
def _bundle_with_a_broken_ref(tmp_path: Path) -> tuple[Path, str, str]:
    """A git bundle (header + pack made with git plumbing) whose ref ``broken`` names a commit the pack
    does not hold; the good branch carries an AWS key in a later commit."""
    kid, sec = aws_pair()
    work = init_repo(tmp_path / "src")
    commit_file(work, "README.md", "service\n", "init")
    commit_file(work, "config/app.env", env_file(kid, sec), "add config")
    git(work, "checkout", "-q", "-b", "broken")
    commit_file(work, "other.txt", "later work\n", "not in the pack")
    git(work, "checkout", "-q", "main")
    main = git(work, "rev-parse", "main").strip()
    broken = git(work, "rev-parse", "broken").strip()
    objects = git(work, "rev-list", "--objects", "main")
    pack = __import__("subprocess").run(["git", "pack-objects", "--stdout", "-q"], cwd=work, capture_output=True,
                                        input=objects.encode(), check=True).stdout
    header = (f"# v2 git bundle\n{main} refs/heads/main\n{broken} refs/heads/broken\n{main} HEAD\n\n").encode()
    out = tmp_path / "backup.bundle"
    out.write_bytes(header + pack)
    git(work, "bundle", "list-heads", str(out))  # git reads it as a bundle
    return out, kid, broken


def test_bundle_with_one_bad_ref_scans_the_good_refs(work, tmp_path):
    bundle, kid, broken = _bundle_with_a_broken_ref(tmp_path)
    (work / "backup.bundle").write_bytes(bundle.read_bytes())
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {"backup.bundle!config/app.env"}
    [bad] = skips(doc, "bundle-bad-ref")
    assert bad["path"] == "backup.bundle!refs/heads/broken" and broken[:12] in bad["detail"]
    assert skips(doc, "git-error") == []


def test_bundle_with_one_bad_ref_inside_an_archive(work, tmp_path):
    bundle, kid, _ = _bundle_with_a_broken_ref(tmp_path)
    (work / "repos.tar.gz").write_bytes(tar_bytes([("svc.bundle", bundle.read_bytes())], "gz"))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {"repos.tar.gz!svc.bundle!config/app.env"}
    assert [s["path"] for s in skips(doc, "bundle-bad-ref")] == ["repos.tar.gz!svc.bundle!refs/heads/broken"]


def test_bundle_bad_ref_alone_exits_1(work, tmp_path):
    """No secret anywhere: the unread ref alone makes the scan not clean."""
    work_repo = init_repo(tmp_path / "clean")
    commit_file(work_repo, "README.md", "nothing\n", "init")
    head = git(work_repo, "rev-parse", "HEAD").strip()
    objects = git(work_repo, "rev-list", "--objects", "HEAD")
    pack = __import__("subprocess").run(["git", "pack-objects", "--stdout", "-q"], cwd=work_repo,
                                        capture_output=True, input=objects.encode(), check=True).stdout
    missing = "f" * 40
    (work / "c.bundle").write_bytes(f"# v2 git bundle\n{head} refs/heads/main\n{missing} refs/tags/gone\n\n".encode()
                                    + pack)
    t0 = time.monotonic()
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert time.monotonic() - t0 < 60
    assert rc == 1 and doc["findings"] == []
    assert [s["path"] for s in skips(doc, "bundle-bad-ref")] == ["c.bundle!refs/tags/gone"]
