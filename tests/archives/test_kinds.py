"""Every archive kind, told by magic bytes, nested, with the member chain in the finding."""
from __future__ import annotations

import zipfile

import pytest

from tests.archives.builders import compress, env_file, paths_of, run_dir, skips, tar_bytes, zip_bytes
from tests.helpers import aws_pair, github_pat


def _locations(doc):
    out = {}
    for f in doc["findings"]:
        for loc in f.get("locations") or [f]:
            out.setdefault(loc["path"], []).append((f["rule_id"], loc))
    return out


@pytest.fixture
def work(tmp_path, monkeypatch):
    d = tmp_path / "scan"
    d.mkdir()
    monkeypatch.chdir(d)
    return d


KINDS = {
    "zip": lambda m: zip_bytes(m),
    "zip-stored": lambda m: zip_bytes(m, zipfile.ZIP_STORED),
    "tar": lambda m: tar_bytes(m),
    "tar.gz": lambda m: tar_bytes(m, "gz"),
    "tar.bz2": lambda m: tar_bytes(m, "bz2"),
    "tar.xz": lambda m: tar_bytes(m, "xz"),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_each_container_kind_by_magic_not_extension(work, tmp_path, kind):
    kid, sec = aws_pair()
    data = KINDS[kind]([("README.md", b"hello\n"), ("repo/config/app.env", env_file(kid, sec))])
    (work / "backup.dat").write_bytes(data)  # extension says nothing
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    found = _locations(doc)
    assert set(found) == {"backup.dat!repo/config/app.env"}
    rules = {r for r, _ in found["backup.dat!repo/config/app.env"]}
    assert {"aws-access-key-id", "aws-secret-access-key"} <= rules
    assert all(loc["source"] == "archive" for _, loc in found["backup.dat!repo/config/app.env"])


@pytest.mark.parametrize("kind,name,inner", [("gz", "app.env.gz", "app.env"), ("bz2", "app.env.bz2", "app.env"),
                                             ("xz", "app.env.xz", "app.env"), ("gz", "blob", "blob~")])
def test_single_compressed_files(work, tmp_path, kind, name, inner):
    kid, sec = aws_pair()
    (work / name).write_bytes(compress(kind, env_file(kid, sec)))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {f"{name}!{inner}"}


def test_nested_chain_zip_in_tar_gz_in_zip(work, tmp_path):
    kid, sec = aws_pair()
    pat = github_pat()
    inner_zip = zip_bytes([("deep/creds.env", env_file(kid, sec))])
    mid = tar_bytes([("exports/inner.zip", inner_zip), ("exports/token.txt", f"token = {pat}\n".encode())], "gz")
    outer = zip_bytes([("2019/backup.tar.gz", mid)])
    (work / "archive.zip").write_bytes(outer)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    assert paths_of(doc) == {
        "archive.zip!2019/backup.tar.gz!exports/inner.zip!deep/creds.env",
        "archive.zip!2019/backup.tar.gz!exports/token.txt",
    }


def test_gzip_of_a_zip_and_bzip2_of_a_tar(work, tmp_path):
    k1, s1 = aws_pair()
    k2, s2 = aws_pair()
    (work / "a.zip.gz").write_bytes(compress("gz", zip_bytes([("x.env", env_file(k1, s1))])))
    (work / "b.tbz2").write_bytes(compress("bz2", tar_bytes([("y.env", env_file(k2, s2))])))
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert paths_of(doc) == {"a.zip.gz!a.zip!x.env", "b.tbz2!y.env"}


def test_depth_limit_reports_the_member_it_did_not_open(work, tmp_path):
    k1, s1 = aws_pair()
    k2, s2 = aws_pair()
    level3 = zip_bytes([("l3.env", env_file(k2, s2))])
    level2 = tar_bytes([("l3.zip", level3), ("l2.env", env_file(k1, s1))])
    (work / "top.zip").write_bytes(zip_bytes([("l2.tar", level2)]))
    rc, doc = run_dir(["."], "--archive-max-depth", "2", out=tmp_path / "r.json")
    assert paths_of(doc) == {"top.zip!l2.tar!l2.env"}
    [hit] = skips(doc, "archive-depth-limit")
    assert hit["path"] == "top.zip!l2.tar!l3.zip"
    assert "max_depth is 2" in hit["detail"] and "--archive-max-depth" in hit["detail"]
    # one level more and it is found
    rc, doc = run_dir(["."], "--archive-max-depth", "3", out=tmp_path / "r2.json")
    assert "top.zip!l2.tar!l3.zip!l3.env" in paths_of(doc)
    assert not skips(doc, "archive-depth-limit")


def test_binary_members_and_links_are_reported_not_scanned(work, tmp_path):
    import io
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name, data in [("bin.dat", b"\x00\x01" * 100)]:
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
        sym = tarfile.TarInfo("home-creds")
        sym.type = tarfile.SYMTYPE
        sym.linkname = "/etc/passwd"
        tf.addfile(sym)
        hard = tarfile.TarInfo("hard")
        hard.type = tarfile.LNKTYPE
        hard.linkname = "bin.dat"
        tf.addfile(hard)
    (work / "t.tar").write_bytes(buf.getvalue())
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 0
    reasons = {s["path"]: s["reason"] for s in skips(doc)}
    assert reasons == {"t.tar!bin.dat": "binary", "t.tar!home-creds": "symlink", "t.tar!hard": "symlink"}


def test_config_table_and_no_archives_flag(work, tmp_path):
    kid, sec = aws_pair()
    (work / "b.zip").write_bytes(zip_bytes([("c.env", env_file(kid, sec))]))
    rc, doc = run_dir(["."], "--no-archives", out=tmp_path / "r.json")
    assert rc == 0 and not doc["findings"]
    assert skips(doc, "binary")[0]["path"] == "b.zip"
    (work / ".credgate.toml").write_text("[archives]\nenabled = false\n")
    rc, doc = run_dir(["."], out=tmp_path / "r2.json")
    assert rc == 0 and not doc["findings"]
    (work / ".credgate.toml").write_text("[archives]\nmax_depth = 1\n")
    (work / "n.zip").write_bytes(zip_bytes([("x.zip", zip_bytes([("y.env", env_file(*aws_pair()))]))]))
    rc, doc = run_dir(["."], out=tmp_path / "r3.json")
    assert "b.zip!c.env" in paths_of(doc)
    assert [s["path"] for s in skips(doc, "archive-depth-limit")] == ["n.zip!x.zip"]


@pytest.mark.parametrize("toml,msg", [("[archives]\nmax_depht = 3\n", "unknown key"),
                                      ("[archives]\nmax_ratio = 0\n", "at least 1"),
                                      ('[archives]\nmax_total_size = "lots"\n', "cannot read size")])
def test_bad_archive_config_is_a_usage_error(work, tmp_path, toml, msg, capsys):
    (work / ".credgate.toml").write_text(toml)
    rc, _ = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 2
    assert msg in capsys.readouterr().err


def test_text_lookalikes_are_not_archives(work, tmp_path):
    kid, sec = aws_pair()
    # starts like a bzip2 header and a zip signature in text, but is plain text
    (work / "notes.txt").write_text("BZh9 is how bzip2 starts; PK is zip\n" + env_file(kid, sec).decode())
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert paths_of(doc) == {"notes.txt"}
    assert doc["findings"][0]["source"] == "worktree"


def test_labelled_corpus_gives_the_same_findings_packed_as_unpacked(tmp_path, monkeypatch):
    """The evaluation corpus as a folder, a tar.gz, a zip and a tar.xz: same rules, members and lines."""
    import shutil
    import tarfile
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"
    folder = tmp_path / "d"
    shutil.copytree(corpus, folder / "corpus")
    packed = tmp_path / "a"
    packed.mkdir()
    for name, mode in (("corpus.tar.gz", "w:gz"), ("corpus.tar.xz", "w:xz")):
        with tarfile.open(packed / name, mode) as tf:
            tf.add(str(folder / "corpus"), arcname="corpus")
    with zipfile.ZipFile(packed / "corpus.zip", "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted((folder / "corpus").rglob("*")):
            if p.is_file():
                zf.write(p, p.relative_to(folder).as_posix())

    def locs(doc):
        out = set()
        for f in doc["findings"]:
            for loc in f.get("locations") or [f]:
                out.add((f["rule_id"], loc["path"], loc["line"]))
        return out

    monkeypatch.chdir(folder)
    _, plain = run_dir(["."], out=tmp_path / "d.json")
    monkeypatch.chdir(packed)
    _, arch = run_dir(["."], out=tmp_path / "a.json")
    want = locs(plain)
    assert len(want) > 100
    got = locs(arch)
    for name in ("corpus.tar.gz", "corpus.zip", "corpus.tar.xz"):
        mine = {(r, p.split("!", 1)[1], n) for r, p, n in got if p.startswith(name + "!")}
        assert mine == want, name
    assert not skips(arch)


def test_archive_larger_than_max_file_size_is_streamed_from_disk(work, tmp_path):
    import os as _os

    kid, sec = aws_pair()
    filler = _os.urandom(300_000)  # incompressible: the archive itself is > 256 KiB
    data = tar_bytes([("blob.bin", filler), ("conf/app.env", env_file(kid, sec))], "gz")
    assert len(data) > 256 * 1024
    (work / "big.tar.gz").write_bytes(data)
    (work / "big.txt").write_bytes(b"x" * 300_000)
    rc, doc = run_dir(["."], "--max-file-size", "256KB", out=tmp_path / "r.json")
    assert paths_of(doc) == {"big.tar.gz!conf/app.env"}
    assert {s["path"]: s["reason"] for s in skips(doc)} == {"big.tar.gz!blob.bin": "binary", "big.txt": "too-large"}
