"""Gate integrity on the git and file reading paths, through the CLI with real git.

* UTF-16/UTF-32 text (PowerShell's ``Out-File`` default) is decoded and scanned, with
  the right line numbers, in the hook, ``git --range``, history audits and ``dir``.
* The history blob cache does not keep a blob hidden after the allowlist entry that
  suppressed it expires.
* A staged file over ``max_file_size`` is never read into memory (peak RSS bound).
"""
from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli


def _ps1(kid: str, sec: str) -> str:
    return (f"# deploy helper\r\n$Region = 'eu-west-1'\r\n$env:AWS_ACCESS_KEY_ID = '{kid}'\r\n"
            f"$env:AWS_SECRET_ACCESS_KEY = '{sec}'\r\n")


ENCODINGS = {
    "utf-16-bom": lambda t: t.encode("utf-16"),  # what PowerShell's Out-File writes (LE with a BOM)
    "utf-16le-no-bom": lambda t: t.encode("utf-16-le"),
    "utf-16be-no-bom": lambda t: t.encode("utf-16-be"),
    "utf-32-bom": lambda t: t.encode("utf-32"),
}


def _lines(doc: dict, path: str) -> set:
    return {(f["rule_id"], f["line"]) for f in doc["findings"] if f["path"] == path}


@pytest.mark.parametrize("enc", sorted(ENCODINGS))
def test_utf16_and_utf32_files_are_scanned_everywhere(tmp_path, enc):
    repo = helpers.init_repo(tmp_path / "r")
    base = helpers.commit_file(repo, "README.md", "hello\n", "first")
    kid, sec = helpers.aws_pair()
    data = ENCODINGS[enc](_ps1(kid, sec))
    (repo / "deploy.ps1").write_bytes(data)
    helpers.git(repo, "add", "deploy.ps1")
    want = {("aws-access-key-id", 3), ("aws-secret-access-key", 4)}
    p = cli(["hook", "pre-commit", "-f", "json"], cwd=repo)
    assert p.returncode == 1, (p.out, p.err)
    assert want <= _lines(json.loads(p.out), "deploy.ps1")
    p = cli(["dir", "deploy.ps1", "-f", "json"], cwd=repo)
    assert p.returncode == 1 and want <= _lines(json.loads(p.out), "deploy.ps1")
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "ps1")
    for argv in (["git", "--range", f"{base}..HEAD"], ["ci", "--range", f"{base}..HEAD"], ["git", "."]):
        p = cli([*argv, "-f", "json"], cwd=repo, env={"CREDGATE_CACHE_DIR": str(tmp_path / "cache")})
        assert p.returncode == 1, (argv, p.err)
        assert want <= _lines(json.loads(p.out), "deploy.ps1"), argv
    # the secret never leaks decoded or raw into the report
    assert sec not in p.out


def test_binary_with_nul_bytes_is_still_binary(tmp_path):
    repo = helpers.init_repo(tmp_path / "r")
    helpers.commit_file(repo, "README.md", "hello\n", "first")
    (repo / "img.bin").write_bytes(bytes(range(256)) * 8)
    (repo / "counts.bin").write_bytes(b"\x00\x01\x00\x02\x00\x03" * 300)  # 16-bit numbers: NUL pattern, no text
    helpers.git(repo, "add", ".")
    p = cli(["hook", "pre-commit", "-f", "json"], cwd=repo)
    assert p.returncode == 0, (p.out, p.err)  # binaries are listed, they do not block
    assert {s["path"]: s["reason"] for s in json.loads(p.out)["skipped"]} == {"img.bin": "binary",
                                                                             "counts.bin": "binary"}


def test_blob_cache_does_not_hide_a_secret_after_its_allowlist_entry_expires(tmp_path, monkeypatch, capsys):
    """Run 1 suppresses the secret through an allowlist entry; on a later day the entry has expired
    and run 2 (same config bytes, same cache) must read the blob again and report it."""
    from credgate import main as cg_main
    from credgate.linter import engine as engine_mod

    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CREDGATE_PROGRESS", "0")
    repo = helpers.init_repo(tmp_path / "r")
    expires = dt.date.today() + dt.timedelta(days=30)
    (repo / ".credgate.toml").write_text(
        f'[[allowlist]]\npaths = ["deploy/**"]\nreason = "until rotation"\nexpires = {expires.isoformat()}\n')
    helpers.commit_file(repo, ".credgate.toml", (repo / ".credgate.toml").read_text(), "config")
    kid, sec = helpers.aws_pair()
    helpers.commit_file(repo, "deploy/env.sh", f"export AWS_ACCESS_KEY_ID={kid}\n"
                        f"export AWS_SECRET_ACCESS_KEY={sec}\n", "oops")
    helpers.commit_file(repo, "deploy/env.sh", "export AWS_PROFILE=deploy\n", "fix")
    monkeypatch.chdir(repo)

    def audit() -> dict:
        rc = cg_main.main(["git", ".", "-f", "json"])
        doc = json.loads(capsys.readouterr().out)
        doc["rc"] = rc
        return doc

    first = audit()
    assert first["rc"] == 0 and not first["findings"]
    assert audit()["summary"]["scanned_items"] == 0  # everything known clean: nothing read again

    later = dt.date.today() + dt.timedelta(days=60)
    monkeypatch.setattr(engine_mod, "_today", lambda: later)  # the engine's "today", 60 days on
    second = audit()
    assert second["rc"] == 1, second
    assert {f["rule_id"] for f in second["findings"]} >= {"aws-access-key-id", "aws-secret-access-key"}


def _peak_rss_kib(argv: list, cwd: Path) -> tuple[int, int]:
    """(exit code, peak RSS in KiB of the credgate process and every git child it ran)."""
    probe = ("import resource, subprocess, sys\n"
             "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode\n"
             "print(rc, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    out = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "credgate", *argv], cwd=cwd,
                         capture_output=True, text=True, check=True, env={**__import__("os").environ,
                                                                          "CREDGATE_PROGRESS": "0"})
    rc, kib = out.stdout.split()
    return int(rc), int(kib)


def test_oversized_staged_file_is_never_read_into_memory(tmp_path):
    """A 64 MB staged file at the default 10 MB limit: a too-large skip that blocks, and the peak RSS of
    credgate and its git children stays far below the file's size (it was ~4x the size before)."""
    repo = helpers.init_repo(tmp_path / "r")
    helpers.commit_file(repo, "README.md", "hello\n", "first")
    line = b"0123456789" * 7 + b"\n"
    with open(repo / "dump.sql", "wb") as fh:
        for _ in range(64 * 1024 * 1024 // len(line)):
            fh.write(line)
    helpers.git(repo, "add", "dump.sql")
    for argv in (["git", "--staged"], ["hook", "pre-commit"]):
        rc, kib = _peak_rss_kib(argv, repo)
        assert rc == 1, argv  # not scanned: blocks
        assert kib < 48 * 1024, (argv, kib)  # far below the 64 MB of the file
        rc, kib = _peak_rss_kib([*argv, "--allow-skip", "too-large"], repo)
        assert rc == 0 and kib < 48 * 1024, (argv, kib)
    base = helpers.git(repo, "rev-parse", "HEAD").strip()
    helpers.git(repo, "commit", "-q", "--no-verify", "-m", "dump")
    for argv in (["git", "--range", f"{base}..HEAD"], ["ci", "--range", f"{base}..HEAD"]):
        rc, kib = _peak_rss_kib([*argv, "--allow-skip", "too-large"], repo)
        assert rc == 0 and kib < 48 * 1024, (argv, kib)  # git is not asked for a patch of it either
    # a later, small version of the same path is still scanned (whole: no patch was made for that path)
    kid, sec = helpers.aws_pair()
    helpers.commit_file(repo, "dump.sql", f"-- aws_secret_access_key = {sec}\nSELECT 1;\n", "small again")
    p = cli(["git", "--range", f"{base}..HEAD", "--allow-skip", "too-large", "-f", "json"], cwd=repo)
    assert p.returncode == 1
    doc = json.loads(p.out)
    assert [(f["path"], f["line"]) for f in doc["findings"] if f["rule_id"] == "aws-secret-access-key"] == \
        [("dump.sql", 1)]
    assert [s["reason"] for s in doc["skipped"]] == ["too-large"]


def test_50mb_template_in_dir_is_a_visible_skip_that_says_how_to_raise_the_limit(tmp_path):
    """An audit lists the skip (text report, without -v) and exits 0; --fail-on-skip exits 1; the
    message names the option and the config key that raise the limit, and raising it scans the file."""
    tpl = tmp_path / "stack.template.yaml"
    kid, sec = helpers.aws_pair()
    with open(tpl, "wb") as fh:
        fh.write(f"AWSTemplateFormatVersion: '2010-09-09'\n# key {kid} {sec}\n".encode())
        line = b"# " + b"padding " * 9 + b"\n"
        for _ in range(50 * 1024 * 1024 // len(line)):
            fh.write(line)
    p = cli(["dir", str(tpl)], cwd=tmp_path)
    assert p.returncode == 0
    assert "stack.template.yaml: too-large" in p.out
    assert "--max-file-size" in p.out and "max_file_size in .credgate.toml" in p.out
    assert cli(["dir", str(tpl), "--fail-on-skip"], cwd=tmp_path).returncode == 1
    p = cli(["dir", str(tpl), "--max-file-size", "64MB", "-f", "json"], cwd=tmp_path)
    doc = json.loads(p.out)
    assert p.returncode == 1 and any(f["rule_id"].startswith("aws-") for f in doc["findings"])
    assert [s["reason"] for s in doc["skipped"]] == ["iac-too-large"]  # patterns ran; structure over 8 MB did not


def test_framework_file_arguments_utf16_scanned_and_oversized_not_read(tmp_path):
    """``pre-commit run --all-files`` passes committed files by name: UTF-16 ones are scanned, ones over
    the limit are skips that block (never read), and --max-file-size raises the limit for the hook."""
    repo = helpers.init_repo(tmp_path / "r")
    kid, sec = helpers.aws_pair()
    helpers.commit_file(repo, "deploy.ps1", _ps1(kid, sec).encode("utf-16"), "ps1")
    helpers.commit_file(repo, "notes.txt", "n" * 4000 + "\n", "notes")
    (repo / ".credgate.toml").write_text('max_file_size = "1KB"\n')
    p = cli(["hook", "pre-commit", "-f", "json", "deploy.ps1"], cwd=repo)  # options first: file names end them
    assert p.returncode == 1 and {("aws-access-key-id", 3), ("aws-secret-access-key", 4)} <= _lines(
        json.loads(p.out), "deploy.ps1")
    p = cli(["hook", "pre-commit", "notes.txt"], cwd=repo)
    assert p.returncode == 1 and "notes.txt: too-large" in p.out + p.err
    assert cli(["hook", "pre-commit", "--max-file-size", "1MB", "notes.txt"], cwd=repo).returncode == 0
