"""Encoded secrets (issue 17): base64, base64url, hex, percent, \\u/\\x escapes and chains of them are
decoded, every rule runs on the decoded text, and the finding sits at the encoded span with the chain."""
from __future__ import annotations

import base64
import json
import urllib.parse
from pathlib import Path

import pytest

from tests.helpers import aws_pair, run_credgate
from tests import rand


def _scan(tmp_path: Path, files: dict[str, str], *extra: str) -> tuple[int, dict]:
    root = tmp_path / "repo"
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), *extra, str(root)], cwd=tmp_path)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, {"stdout": proc.stdout.decode(), **json.loads(proc.stdout)}


def _pair_text() -> tuple[str, str, str]:
    kid, sec = aws_pair()
    return kid, sec, f"aws_access_key_id={kid}\naws_secret_access_key={sec}\n"


def _b64(s: "str | bytes") -> str:
    return base64.b64encode(s.encode() if isinstance(s, str) else s).decode()


ENCODINGS = {
    "base64": lambda t: _b64(t),
    "base64url": lambda t: base64.urlsafe_b64encode(("\xff" * 0 + t).encode()).decode().rstrip("="),
    "hex": lambda t: t.encode().hex(),
    "percent": lambda t: urllib.parse.quote(t, safe=""),
    "escapes": lambda t: "".join(f"\\u{ord(c):04x}" for c in t),
    "base64 \u2192 base64": lambda t: _b64(_b64(t)),
    "base64 \u2192 hex": lambda t: _b64(t.encode().hex()),
    "hex \u2192 base64": lambda t: _b64(t).encode().hex(),
}


@pytest.mark.parametrize("chain", list(ENCODINGS))
def test_encoded_aws_pair_is_reported_at_the_encoded_span(tmp_path: Path, chain: str) -> None:
    kid, sec, text = _pair_text()
    enc = ENCODINGS[chain](text)
    prefix = 'payload = "'
    rc, out = _scan(tmp_path, {"app/settings.py": f"# settings\n{prefix}{enc}\"\n"})
    assert rc == 1
    by_rule = {f["rule_id"]: f for f in out["findings"]}
    assert "aws-secret-access-key" in by_rule, out["findings"]
    f = by_rule["aws-secret-access-key"]
    assert f["line"] == 2 and f["column"] == len(prefix) + 1
    got = f["decoded"]
    if chain == "base64url" and "-" not in enc and "_" not in enc:
        got = got.replace("base64url", "base64")  # no url-only character: both alphabets read it
        chain = "base64"
    assert got == chain
    assert f["severity"] == "critical"  # the same severity as the plain key
    assert any("decoded from" in w for w in f["why"])
    # the encoded text is the secret in another spelling: never printed, neither is the secret
    assert enc[:40] not in out["stdout"] and sec not in out["stdout"]


def test_backslash_x_escapes(tmp_path: Path) -> None:
    _, _, text = _pair_text()
    esc = "".join(f"\\x{ord(c):02x}" for c in text)
    rc, out = _scan(tmp_path, {"blob.c": f'const char *blob = "{esc}";\n'})
    assert rc == 1
    assert {f["decoded"] for f in out["findings"]} == {"escapes"}


def test_decoded_and_plain_severity_match(tmp_path: Path) -> None:
    kid, sec, text = _pair_text()
    _, plain = _scan(tmp_path / "a", {"creds.txt": text})
    _, enc = _scan(tmp_path / "b", {"creds.txt": f"blob: {_b64(text)}\n"})
    sev = lambda out: {f["rule_id"]: f["severity"] for f in out["findings"]}  # noqa: E731
    assert sev(plain) == sev(enc)


def test_kubernetes_secret_data_reports_the_aws_key_not_a_generic_value(tmp_path: Path) -> None:
    kid, sec = aws_pair()
    manifest = (
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ntype: Opaque\ndata:\n"
        f"  AWS_ACCESS_KEY_ID: {_b64(kid)}\n  AWS_SECRET_ACCESS_KEY: {_b64(sec)}\n"
    )
    rc, out = _scan(tmp_path, {"k8s/secret.yaml": manifest})
    assert rc == 1
    rules = {(f["line"], f["rule_id"]) for f in out["findings"]}
    assert (8, "aws-secret-access-key") in rules, rules
    assert (7, "aws-access-key-id") in rules, rules
    assert not any(f["rule_id"].startswith("generic") for f in out["findings"])
    f = next(f for f in out["findings"] if f["rule_id"] == "aws-secret-access-key")
    assert f["decoded"] == "base64" and f["also_matched"] == "iac-k8s-secret-data"


def test_sarif_properties_and_text_why_carry_the_chain(tmp_path: Path) -> None:
    _, _, text = _pair_text()
    root = tmp_path / "r"
    root.mkdir()
    (root / "x.env").write_text(f"BLOB={_b64(text.encode().hex())}\n")
    cfg = tmp_path / "c.toml"
    cfg.write_text("\n")
    sarif = json.loads(run_credgate(["dir", "--format", "sarif", "--config", str(cfg), str(root)]).stdout)
    props = [r["properties"] for r in sarif["runs"][0]["results"]]
    assert any(p.get("decoded") == "base64 \u2192 hex" for p in props), props
    txt = run_credgate(["dir", "--config", str(cfg), str(root)]).stdout.decode()
    assert "decoded from base64 \u2192 hex" in txt


def test_depth_limit_is_five_layers(tmp_path: Path) -> None:
    _, _, text = _pair_text()
    five = text
    for _ in range(5):
        five = _b64(five)
    six = _b64(five)
    _, out5 = _scan(tmp_path / "5", {"a.txt": f"v: {five}\n"})
    _, out6 = _scan(tmp_path / "6", {"a.txt": f"v: {six}\n"})
    assert any(f["decoded"] == " \u2192 ".join(["base64"] * 5) for f in out5["findings"])
    assert out6["findings"] == []


@pytest.mark.parametrize(
    "content",
    [
        # hashes, lockfile integrity, random binary, images: decode to binary or are skipped
        '"integrity": "sha512-' + _b64(rand.token_bytes(64)) + '"\n',
        "digest = " + rand.token_hex(32) + "\n",
        "blob = " + _b64(rand.token_bytes(300)) + "\n",
        '<img src="data:image/png;base64,' + _b64(b"\x89PNG\r\n\x1a\n" + rand.token_bytes(200)) + '">\n',
        # ordinary text that happens to be encoded: decoded, but holds no secret
        "motd = " + _b64("Welcome to the build server, have a nice day") + "\n",
        "q = " + urllib.parse.quote("select name from users where id = 42", safe="") + "\n",
        "class VeryLongJavaStyleIdentifierNameForTesting extends AbstractBaseFactoryBean {}\n",
    ],
    ids=["sri-integrity", "sha256-hex", "random-binary", "png-data-uri", "base64-text", "percent-sql", "identifier"],
)
def test_ordinary_content_gives_nothing(tmp_path: Path, content: str) -> None:
    rc, out = _scan(tmp_path, {"src/file.txt": content})
    assert rc == 0 and out["findings"] == [], out["findings"]


def test_decoding_can_be_turned_off_for_ab_runs(tmp_path: Path) -> None:
    _, _, text = _pair_text()
    root = tmp_path / "r"
    root.mkdir()
    (root / "a.txt").write_text(f"v: {_b64(text)}\n")
    cfg = tmp_path / "c.toml"
    cfg.write_text("\n")
    on = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)])
    off = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)], env={"CREDGATE_DECODE": "0"})
    assert on.returncode == 1 and json.loads(on.stdout)["findings"]
    assert off.returncode == 0 and json.loads(off.stdout)["findings"] == []


def test_hook_blocks_an_encoded_key_in_a_staged_file(tmp_path: Path) -> None:
    from tests.helpers import git, init_repo

    repo = init_repo(tmp_path / "repo")
    _, _, text = _pair_text()
    (repo / "deploy.env").write_text(f"CREDS_B64={_b64(text)}\n")
    git(repo, "add", "deploy.env")
    proc = run_credgate(["hook", "pre-commit", "--format", "json"], cwd=repo)
    assert proc.returncode == 1, proc.stderr.decode()
    found = json.loads(proc.stdout)["findings"]
    assert any(f["rule_id"] == "aws-secret-access-key" and f["decoded"] == "base64" for f in found)
