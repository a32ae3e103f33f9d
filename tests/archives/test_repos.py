"""Repositories in backups: bare mirrors, .git folders and bundles, on disk and inside archives."""
from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path

import pytest

from tests.archives.builders import env_file, paths_of, run_dir, skips, tar_bytes
from tests.helpers import aws_pair, commit_file, git, init_repo


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """Where credgate's private folders go, so the test can see that they are removed."""
    import tempfile

    d = tmp_path / "tmp"
    d.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(d))
    return d


@pytest.fixture
def history_repo(tmp_path):
    """A work tree whose history holds a deleted AWS key pair; returns (path, introducing commit, kid, secret)."""
    kid, sec = aws_pair()
    work = init_repo(tmp_path / "src")
    commit_file(work, "README.md", "service\n", "init")
    intro = commit_file(work, "config/app.env", env_file(kid, sec), "add config")
    git(work, "rm", "-q", "config/app.env")
    git(work, "commit", "-q", "-m", "remove credentials")
    assert not (work / "config" / "app.env").exists()
    return work, intro, kid, sec


def _mirror(work: Path, dest: Path) -> Path:
    git(dest.parent, "clone", "-q", "--mirror", str(work), dest.name)
    return dest


def _tar_dir(src: Path, arcname: str, mode: str = "w:gz") -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode=mode) as tf:
        tf.add(str(src), arcname=arcname)
    return buf.getvalue()


def _findings_for(doc, secret_prefix):
    return [f for f in doc["findings"] if f["rule_id"] == "aws-access-key-id"]


def test_tarball_of_bare_mirror_reports_chain_and_introducing_commit(tmp_path, history_repo, private_tmp,
                                                                     monkeypatch):
    work, intro, kid, sec = history_repo
    mirror = _mirror(work, tmp_path / "mirror.git")
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "backup.tar.gz").write_bytes(_tar_dir(mirror, "repo.git"))
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert rc == 1
    by_rule = {f["rule_id"]: f for f in doc["findings"]}
    assert {"aws-access-key-id", "aws-secret-access-key"} <= set(by_rule)
    for rid in ("aws-access-key-id", "aws-secret-access-key"):
        f = by_rule[rid]
        assert f["path"] == "backup.tar.gz!repo.git!config/app.env"
        assert f["source"] == "archive"
        assert f["location_detail"] == "backup.tar.gz!repo.git"
        assert f["commit"] == intro
        assert f["author"].startswith("Test Author")
    assert by_rule["aws-access-key-id"]["line"] == 1 and by_rule["aws-secret-access-key"]["line"] == 2
    # objects were not scanned as loose binary files, and the private folder is gone
    assert not [s for s in skips(doc) if "/objects/" in s["path"]]
    assert list(private_tmp.iterdir()) == []
    assert list(scan.iterdir()) == [scan / "backup.tar.gz"]


def test_text_output_shows_chain_and_commit(tmp_path, history_repo, monkeypatch):
    from credgate.main import main

    work, intro, kid, sec = history_repo
    mirror = _mirror(work, tmp_path / "mirror.git")
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "old.tgz").write_bytes(_tar_dir(mirror, "svc.git"))
    monkeypatch.chdir(scan)
    out = tmp_path / "r.txt"
    assert main(["dir", ".", "-o", str(out), "--color", "never"]) == 1
    text = out.read_text()
    assert "old.tgz!svc.git!config/app.env" in text
    assert intro[:12] in text
    assert sec not in text and kid not in text  # redacted


def test_zip_of_a_work_tree_with_dot_git(tmp_path, history_repo, monkeypatch):
    work, intro, kid, sec = history_repo
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for p in sorted(work.rglob("*")):
            if p.is_file():
                zf.write(p, "project/" + p.relative_to(work).as_posix())
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "export.zip").write_bytes(buf.getvalue())
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    [f] = _findings_for(doc, kid)
    assert f["path"] == "export.zip!project/.git!config/app.env"
    assert f["commit"] == intro


def test_bundle_inside_a_tar_and_on_disk_under_any_name(tmp_path, history_repo, monkeypatch):
    work, intro, kid, sec = history_repo
    bundle = tmp_path / "all.bundle"
    git(work, "bundle", "create", str(bundle), "--all")
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "backups.tar").write_bytes(tar_bytes([("2020/svc.bundle", bundle.read_bytes())]))
    (scan / "snapshot.bin").write_bytes(bundle.read_bytes())
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    [f] = _findings_for(doc, kid)
    locs = {l["path"]: l for l in f["locations"]}
    assert set(locs) == {"backups.tar!2020/svc.bundle!config/app.env", "snapshot.bin!config/app.env"}
    assert locs["backups.tar!2020/svc.bundle!config/app.env"]["source"] == "archive"
    assert locs["snapshot.bin!config/app.env"]["source"] == "history"
    assert all(l["commit"] == intro for l in locs.values())


def test_bare_repo_on_disk_detected_by_content_not_name(tmp_path, history_repo, monkeypatch):
    work, intro, kid, sec = history_repo
    scan = tmp_path / "scan"
    scan.mkdir()
    _mirror(work, scan / "plain-folder")
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    [f] = _findings_for(doc, kid)
    assert f["path"] == "plain-folder!config/app.env"
    assert f["source"] == "history" and f["commit"] == intro
    assert not [s for s in skips(doc) if "objects" in s["path"]]


def test_dot_git_folder_on_disk_and_no_git_history_flag(tmp_path, history_repo, monkeypatch):
    work, intro, kid, sec = history_repo
    scan = tmp_path / "scan"
    scan.mkdir()
    os.rename(work, scan / "svc")
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    [f] = _findings_for(doc, kid)
    assert f["path"] == "svc/config/app.env"  # where it lived in the work tree
    assert f["source"] == "history" and f["commit"] == intro
    assert f["location_detail"] == "svc/.git"
    rc, doc = run_dir(["."], "--no-git-history", out=tmp_path / "r2.json")
    assert rc == 0 and not doc["findings"]


def test_repo_in_archive_ignores_hostile_alternates_and_config(tmp_path, history_repo, monkeypatch, private_tmp):
    """objects/info/alternates pointing at another repo on disk, and a config that runs commands, are dropped."""
    work, intro, kid, sec = history_repo
    other = init_repo(tmp_path / "victim")
    k2, s2 = aws_pair()
    commit_file(other, "secret.env", env_file(k2, s2), "victim secret")
    mirror = _mirror(work, tmp_path / "mirror.git")
    (mirror / "objects" / "info").mkdir(parents=True, exist_ok=True)
    (mirror / "objects" / "info" / "alternates").write_text(str(other / ".git" / "objects") + "\n")
    # point a ref at the victim's commit: readable only through the alternates
    victim_head = git(other, "rev-parse", "HEAD").strip()
    (mirror / "refs" / "heads").mkdir(parents=True, exist_ok=True)
    (mirror / "refs" / "heads" / "steal").write_text(victim_head + "\n")
    marker = tmp_path / "pwned"
    with open(mirror / "config", "a") as fh:
        fh.write(f"[core]\n\tfsmonitor = touch {marker}\n\thooksPath = /nonexistent\n"
                 f"[diff]\n\texternal = touch {marker}\n")
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "evil.tar.gz").write_bytes(_tar_dir(mirror, "repo.git"))
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    secrets_found = {f["path"] for f in doc["findings"]}
    assert not any("secret.env" in p for p in secrets_found)
    assert not marker.exists()
    assert list(private_tmp.iterdir()) == []
    # the config member itself is still scanned as a file of the archive
    assert "evil.tar.gz!repo.git/config" not in {s["path"] for s in skips(doc, "binary")}


def test_folder_named_objects_that_is_not_a_repo_is_scanned_as_files(tmp_path, monkeypatch):
    kid, sec = aws_pair()
    scan = tmp_path / "scan"
    scan.mkdir()
    (scan / "app.tar.gz").write_bytes(tar_bytes([("src/objects/settings.py", env_file(kid, sec)),
                                                 ("src/HEAD", b"not a repo\n")], "gz"))
    monkeypatch.chdir(scan)
    rc, doc = run_dir(["."], out=tmp_path / "r.json")
    assert paths_of(doc) == {"app.tar.gz!src/objects/settings.py"}
