"""Test helpers: real git repositories built with the git CLI, synthetic secrets.

Every credential made here is random at run time (never a real key) and the
project config allowlists tests/ by path.
"""
from __future__ import annotations

import base64
import os
import string
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Optional, Sequence
from tests import rand

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@example.invalid",
    "GIT_COMMITTER_NAME": "Test Committer",
    "GIT_COMMITTER_EMAIL": "committer@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}


def git_env(home: Optional[Path] = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    env.update(GIT_ENV)
    if home is not None:
        env["HOME"] = str(home)
    return env


def git(repo: Path, *args: str, input: Optional[bytes] = None, check: bool = True, env: Optional[dict] = None) -> str:
    """Run git in ``repo`` and return stdout (text)."""
    proc = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false", "-c", "tag.gpgsign=false", *args],
        cwd=repo,
        input=input,
        capture_output=True,
        env=env or git_env(),
    )
    if check and proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed ({proc.returncode}): {proc.stderr.decode(errors='replace')}")
    return proc.stdout.decode("utf-8", "replace")


def init_repo(path: Path, bare: bool = False) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", *(["--bare"] if bare else []))
    return path


def commit_file(repo: Path, rel: str, content: "str | bytes", message: str = "change", date: Optional[str] = None) -> str:
    """Write ``rel`` (creating folders), commit it, return the commit id."""
    p = repo / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(content.encode() if isinstance(content, str) else content)
    git(repo, "add", "--", rel)
    env = git_env()
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    git(repo, "commit", "-q", "-m", message, env=env)
    return git(repo, "rev-parse", "HEAD").strip()


def run_credgate(args: Sequence[str], cwd: Optional[Path] = None, input: Optional[bytes] = None,
                 env: Optional[dict] = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run the real CLI in a subprocess (as users and hooks do)."""
    e = dict(os.environ)
    e.update(env or {})
    return subprocess.run([sys.executable, "-m", "credgate", *args], cwd=cwd, input=input,
                          capture_output=True, env=e, timeout=timeout)


# ------------------------------------------------------------------ secrets
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def _rand(alphabet: str, n: int) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def aws_key_id(prefix: str = "AKIA") -> str:
    # a few random IDs in thousands repeat enough letters to fall under the entropy
    # threshold; tests want one that certainly looks live
    from credgate.linter.entropy import shannon

    while True:
        kid = prefix + _rand("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
        if shannon(kid) >= 3.5:
            return kid


def aws_secret() -> str:
    return _rand(string.ascii_letters + string.digits + "/+", 40)


def aws_pair() -> tuple[str, str]:
    return aws_key_id(), aws_secret()


def github_pat(prefix: str = "ghp_") -> str:
    body = _rand(string.ascii_letters + string.digits, 30)
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while crc:
        crc, r = divmod(crc, 62)
        enc = _B62[r] + enc
    return prefix + body + enc.rjust(6, "0")


def slack_bot_token() -> str:
    return f"xoxb-{_rand(string.digits, 11)}-{_rand(string.digits, 13)}-{_rand(string.ascii_letters + string.digits, 24)}"


def stripe_live_key() -> str:
    return "sk_live_" + _rand(string.ascii_letters + string.digits, 24)


def private_key_pem() -> str:
    # a DER SEQUENCE header, as every real PKCS#1 key body has, then random bytes
    body = base64.b64encode(b"\x30\x82\x04\xa2\x02\x01\x00\x02\x82\x01\x01\x00" + rand.token_bytes(1178)).decode()
    lines = [body[i : i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END RSA PRIVATE KEY-----\n"


def scan_built_in(target: Path, tmp_path: Path, *extra: str, cwd: Optional[Path] = None) -> "tuple[int, list[dict]]":
    """(exit code, findings) of ``credgate dir TARGET`` as JSON with the built-in rules only (an empty config:
    the repository's own allowlist would hide fixture paths) and values unredacted.  ``cwd``: run there, with
    ``TARGET`` relative to it, so reported paths carry no ``tests/fixtures`` prefix that test-path checks read."""
    import json

    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--no-redact", "--config", str(cfg), *extra, str(target)], cwd=cwd)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout)["findings"]


def findings_by_line(findings: list, root: Path) -> dict:
    """{(path relative to ``root``, line): finding} over every location of each finding of a JSON report."""
    out = {}
    for f in findings:
        for loc in f.get("locations") or [f]:
            out[(loc["path"].replace("\\", "/").split(f"{root.name}/", 1)[-1], loc["line"])] = f
    return out


def scan_files(tmp_path: Path, files: dict, root_name: str = "repo") -> "tuple[int, dict]":
    """Write ``files`` ({relative path: text}) under ``tmp_path/root_name``, scan that folder with the built-in
    rules only (:func:`scan_built_in`) and return (exit code, :func:`findings_by_line` of the findings)."""
    root = tmp_path / root_name
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    code, found = scan_built_in(root, tmp_path)
    return code, findings_by_line(found, root)


def typed_password() -> str:
    """A password as people choose them (words and a number): the generic rules rank it medium, where a
    machine-random one ranks high (tests/triage/test_random_password_rank.py). Synthetic, made at run time."""
    words = ("Harbor", "Quill", "Lantern", "Meadow", "Cobalt", "Juniper", "Falcon", "Orchid")
    return f"{rand.choice(words)}{rand.choice(words)}-{1000 + rand.randbelow(9000)}{rand.choice('!#%')}"
