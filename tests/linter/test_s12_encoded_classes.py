"""Session 12 (issue 17): encoded and split AWS secrets, registry auth and config-value misses, through the CLI.

1. a run that decodes (base64, base64url, hex, ``\\u``/``\\x`` escapes, HTML entities, base32, base64 of gzip, a chain
   of them) to exactly one 40-character value in the shape of an AWS secret access key is reported without any
   key name (credgate.linter.decode._bare_aws_secrets); random bytes, hashes, digests of hashes, words, paths, the
   documented example and bundles stay quiet;
2. registry logins as base64 of user:password: "<host> <b64>" lines (registry-host-basic-auth), k3s
   registries.yaml / containerd config.toml ``auth`` and ``--registry-auth`` (registry-auth-basic-b64);
3. config values: a YAML password holding "#" or punctuation in .ebextensions/*.config (YAML, as *.yml),
   an Airflow Fernet key in an aligned Terraform map, an SES SMTP password by its shape after a password word,
   a what3words key under its vendor name;
4. a secret on a YAML list line after its option on the line before ("- --globus-secret" / "- <value>":
   ParallelCluster Args, Kubernetes/Helm args lists);
5. a changeme default with digits (ChangeMe123) in a CloudFormation password slot: the stack's password, at
   medium; a bare changeme, <change-me> and tags stay quiet;
6. an AWS secret split into joined string literals next to its key ID (['a', 'b'].join(''), "a" + "b", Python's
   implicit concatenation, Lua ..): paired by shape (credgate.linter.awspair.split_literals);
7. a vendor's random token with no prefix beside a password in a .properties block (labarchives.uid.<user>=...):
   properties-sibling-token, every token of the block.

Fixtures: tests/fixtures/s12_encoded_classes/{miss,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import run_credgate, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12_encoded_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

MISSES = {
    ("encoded/helm-release.txt", 2): ("aws-secret-access-key", "base64 \u2192 base64"),
    ("encoded/broker-key.hex", 2): ("aws-secret-access-key", "hex"),
    ("encoded/uploader-env.txt", 2): ("aws-secret-access-key", "hex"),
    ("encoded/settings.ndjson", 1): ("aws-secret-access-key", "escapes"),
    ("encoded/loader.py", 3): ("aws-secret-access-key", "escapes"),
    ("encoded/echo-b64.txt", 2): ("aws-secret-access-key", "base64"),
    ("encoded/urlsafe.txt", 1): ("aws-secret-access-key", "base64 \u2192 base64"),  # no - or _ in this run
    ("encoded/form.html", 1): ("aws-secret-access-key", "html entities"),
    ("encoded/release-gz.txt", 2): ("aws-secret-access-key", "base64 \u2192 gzip"),
    ("encoded/creds-gz.txt", 1): ("aws-secret-access-key", "base64 \u2192 gzip"),
    ("encoded/key-b32.txt", 2): ("aws-secret-access-key", "base32"),
    ("registry/mirror-auth.txt", 2): ("registry-host-basic-auth", None),
    ("registry/mirror-auth.txt", 3): ("registry-host-basic-auth", None),
    ("registry/registries.yaml", 8): ("registry-auth-basic-b64", None),
    ("registry/containerd-config.toml", 2): ("registry-auth-basic-b64", None),
    ("registry/swarm-deploy.sh", 2): ("registry-auth-basic-b64", None),
    ("config/eb/.ebextensions/01-env.config", 4): ("yaml-config-password", None),
    ("config/values.yaml", 3): ("yaml-config-password", None),
    ("config/airflow.tf", 3): ("fernet-key", None),
    ("config/ticket-88.md", 4): ("aws-ses-smtp-password", None),
    ("config/mail.properties", 2): ("aws-ses-smtp-password", None),
    ("config/Web.config", 3): ("what3words-api-key", None),
    ("args/cluster.yaml", 9): ("argv-password-next-item", None),
    ("args/values.yaml", 5): ("argv-password-next-item", None),
    ("iac/docdb.yaml", 6): ("iac-cfn-literal-secret", None),
    ("iac/docdb.yaml", 11): ("iac-cfn-literal-secret", None),
    ("split/seed.js", 3): ("aws-access-key-pair", None),
    ("split/Upload.java", 3): ("aws-access-key-pair", None),
    ("split/sync.py", 3): ("aws-access-key-pair", None),
    ("split/deploy.lua", 2): ("aws-access-key-pair", None),
    ("split/s3.php", 3): ("aws-access-key-pair", None),
    ("props/notebook.properties", 3): ("properties-password", None),
    ("props/notebook.properties", 4): ("properties-sibling-token", None),
    ("props/notebook.properties", 5): ("properties-sibling-token", None),
}
SECRETS = {
    ("config/eb/.ebextensions/01-env.config", 4): "kwLR#tPzv%)7qm3XcA#.=",  # the whole plain scalar
    ("config/values.yaml", 3): "Fenw1ck#2291(x)",  # its " # comment" left off
}


def _miss(tmp_path: Path, area: str) -> dict:
    d = FIX / "miss" / area
    _, found = scan_built_in(d, tmp_path)
    out = {}
    for f in found:
        for loc in f.get("locations") or [f]:
            rel = loc["path"].replace("\\", "/").split(f"/miss/{area}/", 1)[-1]
            out[(f"{area}/{rel}", loc["line"])] = f
    return out


def test_bare_encoded_aws_secrets_block(tmp_path: Path) -> None:
    got = _miss(tmp_path, "encoded")
    want = {k: v for k, v in MISSES.items() if k[0].startswith("encoded/")}
    assert set(got) == set(want), sorted(set(got) ^ set(want))
    for where, (rule, chain) in want.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
        assert f.get("decoded") == chain, (where, f.get("decoded"))


def test_registry_logins_and_config_values_block(tmp_path: Path) -> None:
    got = {**_miss(tmp_path, "split"), **_miss(tmp_path, "registry"), **_miss(tmp_path, "config"), **_miss(tmp_path, "args"),
           **_miss(tmp_path, "iac"), **_miss(tmp_path, "props")}
    got = {k: v for k, v in got.items() if v["rule_id"] not in ("aws-access-key-id",)}  # the split pairs' key IDs
    want = {k: v for k, v in MISSES.items() if not k[0].startswith("encoded/")}
    assert set(got) == set(want), sorted(set(got) ^ set(want))
    for where, (rule, _chain) in want.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
    for where, secret in SECRETS.items():
        assert got[where]["secret"] == secret, (where, got[where]["secret"])
    assert got[("iac/docdb.yaml", 6)]["severity"] == "medium"  # a weak default: blocks, not ranked high


def test_bare_encoded_secret_stays_redacted(tmp_path: Path) -> None:
    d = FIX / "miss" / "encoded"
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(d)])
    out = proc.stdout.decode()
    run = (d / "broker-key.hex").read_text().splitlines()[1]
    assert run not in out and bytes.fromhex(run).decode() not in out


def test_look_alikes_stay_quiet(tmp_path: Path) -> None:
    """Hex dumps of random bytes, base64 of random bytes, SHA-1/SHA-256 digests (plain, base64 of hex, hex of
    hex), base64 of paths, words, the documented example key and a run of one letter, a minified bundle;
    registry lines with user:pass, a variable or base64 of prose; YAML references, patterns, tokenizer names and
    URLs with "#"; an SES-shaped value of zero bytes, a $VAR; what3words placeholders and digit runs."""
    d = FIX / "clean"
    code, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_split_pieces_that_are_not_one_secret_stay_unpaired(tmp_path: Path) -> None:
    """Pieces that make 36 characters, joined words, and a split value with no key ID in its file."""
    d = FIX / "near_key_id" / "split"
    _, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert [f["rule_id"] for f in found] == ["aws-access-key-id"], [(f["path"], f["line"], f["rule_id"]) for f in found]


def test_gzip_runs_are_found_on_the_hyperscan_path_as_on_the_plain_one() -> None:
    """base64 of gzip ("H4sI...") is binary once base64 is undone: both run finders still yield it, and it is
    inflated to text (a bulk scan uses the hyperscan finder, a hook's few files the translate loop); base32 runs
    (digits at quad starts, which the base64 text prefilter refuses) likewise."""
    import gzip
    import io

    import pytest

    from credgate.linter import decode

    db = decode._hs()
    if not db:
        pytest.skip("no hyperscan wheel for this platform")
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as fh:
        fh.write(b"[default]\nregion = eu-west-1\noutput = json\n")
    run = __import__("base64").b64encode(buf.getvalue())
    b32 = __import__("base64").b32encode(b"[default]\nregion = eu-west-1\n")
    data = b"x = 1\n" * 2000 + b"blob: " + run + b"\n" + b"y = 2\n" * 200 + b"b32: " + b32 + b"\nZ = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'\n"
    py = list(decode._runs_py(data))
    hs = list(decode._runs_hs(data, db))
    assert py == hs and py
    got = [c for c in decode.candidates(data) if c[3].endswith("gzip")]
    assert got and got[0][2].startswith(b"[default]")
    assert [c[2] for c in decode.candidates(data) if c[3] == "base32"] == [b"[default]\nregion = eu-west-1\n"]
