"""Miss and false-alarm classes seen in real repository histories (issue 20), through the CLI.

Fixtures: tests/fixtures/history_classes/{miss,clean} (synthetic values).  They are copied out of
tests/fixtures (which the repository's own config allowlists) before scanning.
"""
from __future__ import annotations

import base64
import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import commit_file, git, init_repo, run_credgate
from tests import rand

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "history_classes"

# (file, rule, lowest acceptable severity) that must be reported at the default threshold
MISSES = [
    ("filezilla.xml", "xml-password-element", "medium"),
    ("settings.xml", "xml-password-element", "medium"),
    ("settings.xml", "generic-password-assignment", "medium"),
    ("shadow", "unix-crypt-password-hash", "low"),
    (".htpasswd", "password-hash-in-credential-file", "low"),
    ("dump.sql", "bcrypt-hash-in-dump", "low"),
    ("cfg.py", "pass-key-assignment", "medium"),
    ("cfg.py", "login-call-password", "medium"),
    ("cfg.py", "connect-call-password", "medium"),
    ("app.js", "env-fallback-literal-secret", "medium"),
    (".npmrc", "npmrc-basic-auth", "high"),
    (".env", "laravel-app-key", "high"),
    ("stack.yaml", "iac-cfn-literal-secret", "high"),
    ("legacy.key", "private-key-rsa-legacy-encrypted", "medium"),
]
ORDER = ["info", "low", "medium", "high", "critical"]


def _legacy_encrypted_key() -> str:
    """A passphrase-protected PEM key in OpenSSL's legacy format: the body is ciphertext (random here)."""
    body = base64.encodebytes(rand.urandom(1192)).decode()
    return ("-----BEGIN RSA PRIVATE KEY-----\nProc-Type: 4,ENCRYPTED\n"
            "DEK-Info: AES-128-CBC,5F0E4B2C9A7D3E1F8B6C4A2E0D9F7B5C\n\n" + body + "-----END RSA PRIVATE KEY-----\n")


def _bcrypt() -> str:
    """A bcrypt-shaped hash made at run time (random salt and digest: a test value)."""
    alphabet = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return "$2b$12$" + "".join(alphabet[b % 64] for b in rand.urandom(53))


@pytest.fixture
def miss_dir(tmp_path) -> Path:
    d = tmp_path / "miss"
    shutil.copytree(FIX / "miss", d)
    (d / "legacy.key").write_text(_legacy_encrypted_key())
    return d


def _scan(target: Path, tmp_path: Path, *args: str) -> dict:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    out = tmp_path / "out.json"
    r = run_credgate(["dir", str(target), "--config", str(cfg), "--format", "json", "-o", str(out), *args])
    assert r.returncode in (0, 1), r.stderr.decode()
    return json.loads(out.read_text())


def test_every_miss_class_is_reported(miss_dir, tmp_path) -> None:
    doc = _scan(miss_dir, tmp_path, "--fail-on", "info")
    got = {(Path(f["path"]).name, f["rule_id"]): f for f in doc["findings"]}
    for name, rule, least in MISSES:
        assert (name, rule) in got, (name, rule, sorted(got))
        assert ORDER.index(got[(name, rule)]["severity"]) >= ORDER.index(least), (name, rule)
    # both weak passwords in CloudFormation password slots (password123 and myPassword)
    cfn = [f for f in doc["findings"] if f["path"].endswith("stack.yaml")]
    assert {f["line"] for f in cfn} == {7, 12}


def test_shadow_hash_is_visible_by_default(miss_dir, tmp_path) -> None:
    doc = _scan(miss_dir, tmp_path)
    rules = {f["rule_id"] for f in doc["findings"]}
    assert "unix-crypt-password-hash" in rules
    assert "xml-password-element" in rules and "env-fallback-literal-secret" in rules


def test_password_hashes_in_shadow_htpasswd_and_dumps_are_low_shown_not_blocking(miss_dir, tmp_path) -> None:
    """Issue 20: hashes in a shadow file, an .htpasswd file and a database dump are shown by default
    (low, in the text report) and do not block at the default threshold."""
    for name in ("shadow", ".htpasswd", "dump.sql"):
        d = tmp_path / f"only-{name.strip('.')}"
        d.mkdir()
        shutil.copy(miss_dir / name, d / name)
        doc = _scan(d, tmp_path)
        assert doc["findings"] and {f["severity"] for f in doc["findings"]} == {"low"}, name
        assert not any(f.get("informational") for f in doc["findings"])
        cfg = tmp_path / "empty.toml"
        r = run_credgate(["dir", str(d), "--config", str(cfg)])
        assert r.returncode == 0, (name, r.stdout.decode())  # low: visible, not blocking at medium
        assert name.encode() in r.stdout, name
        r = run_credgate(["dir", str(d), "--config", str(cfg), "--fail-on", "low"])
        assert r.returncode == 1, name


def test_false_alarm_classes_stay_quiet(tmp_path) -> None:
    d = tmp_path / "clean"
    shutil.copytree(FIX / "clean", d)
    doc = _scan(d, tmp_path, "--fail-on", "info")
    assert doc["findings"] == [], [(f["path"], f["line"], f["rule_id"]) for f in doc["findings"]]


def test_a_real_secret_next_to_the_false_alarm_shapes_still_blocks(tmp_path) -> None:
    """The new filters are narrow: a password beside them, a Lambda key that is a secret, a token that is not a
    timestamp, a file with no extension that is a real template with a parse error, are still reported."""
    d = tmp_path / "mixed"
    d.mkdir()
    (d / "app.min.js").write_text("var c={password:'Kq8+zWm3Lp2'};var t='+a.value+';\n")
    (d / "stack.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        "    Properties:\n      Environment:\n        Variables:\n          ApiToken: 'r8Kq2mWz7Lp3Xd9T'\n"
        "          IdempotencyToken: '1617181920212'\n")
    (d / "template").write_text("AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  A: [unclosed\n")
    doc = _scan(d, tmp_path)
    got = {(Path(f["path"]).name, f["line"]) for f in doc["findings"]}
    assert ("app.min.js", 1) in got
    assert ("stack.yaml", 8) in got and ("stack.yaml", 9) not in got
    assert any(f["rule_id"] == "iac-parse-error" and f["path"].endswith("template") for f in doc["findings"])


def test_miss_classes_are_found_in_history(miss_dir, tmp_path) -> None:
    repo = init_repo(tmp_path / "repo")
    for p in sorted(miss_dir.iterdir()):
        commit_file(repo, f"ops/{p.name}", p.read_bytes(), f"add {p.name}")
    git(repo, "rm", "-q", "-r", "ops")
    git(repo, "commit", "-q", "-m", "remove ops")
    out = tmp_path / "h.json"
    r = run_credgate(["git", str(repo), "--full", "--format", "json", "-o", str(out), "--fail-on", "info"])
    assert r.returncode == 1, r.stderr.decode()
    got = {(Path(f["path"]).name, f["rule_id"]) for f in json.loads(out.read_text())["findings"]}
    for name, rule, _least in MISSES:
        assert (name, rule) in got, (name, rule)


def test_info_findings_are_in_json_marked_and_never_block(miss_dir, tmp_path) -> None:
    # a seed migration creating one admin and an htpasswd line quoted in a README stay info (issue 20
    # raises hashes only in shadow/htpasswd files and dumps)
    (miss_dir / "migrations").mkdir()
    (miss_dir / "migrations" / "0001_seed_admin.sql").write_text(
        f"INSERT INTO users (email, password_hash) VALUES ('admin@corp.invalid', '{_bcrypt()}');\n")
    (miss_dir / "README.md").write_text(f"Example entry:\n\n    admin:{_bcrypt()}\n")
    doc = _scan(miss_dir, tmp_path)  # default threshold
    info = [f for f in doc["findings"] if f["severity"] == "info"]
    assert {Path(f["path"]).name for f in info} >= {"0001_seed_admin.sql", "README.md"}
    assert all(f.get("informational") is True for f in info)
    assert not any(f.get("informational") for f in doc["findings"] if f["severity"] != "info")
    order = ["info", "low", "medium", "high", "critical"]
    at_or_above = [f for f in doc["findings"]
                   if order.index(f["severity"]) >= order.index(doc["summary"]["fail_on"])]
    assert doc["summary"]["fail_on"] != "info" and doc["summary"]["blocking"] == len(at_or_above)
    cfg = tmp_path / "empty.toml"
    r = run_credgate(["dir", str(miss_dir), "--config", str(cfg)])  # text: still hidden, with a note
    assert b"0001_seed_admin.sql" not in r.stdout and b"informational finding(s)" in r.stdout + r.stderr
