"""Pure pieces of the audit: decoding, renderings, state, error classification, lazy imports."""
from __future__ import annotations

import base64
import gzip
import io
import json
import subprocess
import sys
import tarfile
import zipfile

import pytest

from credgate.audit import decode
from credgate.audit.base import classify, render_env, render_json
from credgate.audit.registry import COLLECTORS, DEFAULT, parse_services
from credgate.audit.runner import Unit, parse_shard
from credgate.audit.state import State


def test_user_data_base64_gzip_mime_nested():
    inner = b"#!/bin/bash\necho inner-secret-marker\n"
    part = base64.b64encode(gzip.compress(inner)).decode()
    mime = ("Content-Type: multipart/mixed; boundary=\"XX\"\nMIME-Version: 1.0\n\n--XX\n"
            "Content-Type: text/x-shellscript\nContent-Transfer-Encoding: base64\n\n" + part + "\n--XX--\n")
    wire = base64.b64encode(gzip.compress(mime.encode())).decode()
    data, how = decode.decode_user_data(wire)
    assert how == "base64+gzip+mime"
    assert b"inner-secret-marker" in data and b"text/x-shellscript" in data


def test_plain_text_user_data_is_left_alone():
    data, how = decode.decode_user_data("#!/bin/bash\necho hi\n", assume_base64=True)
    assert data == b"#!/bin/bash\necho hi\n" and how == ""


def test_gzip_bomb_is_capped():
    bomb = gzip.compress(b"\0" * (decode.MAX_DECODED + 10))
    with pytest.raises(ValueError):
        decode.decode_user_data(base64.b64encode(bomb))


def test_expand_walks_nested_archives_and_skips_binaries():
    tbuf = io.BytesIO()
    with tarfile.open(fileobj=tbuf, mode="w:gz") as tf:
        body = b"TOKEN=abc\n"
        ti = tarfile.TarInfo("etc/app.env")
        ti.size = len(body)
        tf.addfile(ti, io.BytesIO(body))
    zbuf = io.BytesIO()
    with zipfile.ZipFile(zbuf, "w") as z:
        z.writestr("backup.tgz", tbuf.getvalue())
        z.writestr("img.bin", b"\x00\x01\x02")
        z.writestr("a.txt", "hello\n")
    got = dict(decode.expand(zbuf.getvalue(), "site.zip"))
    assert got == {"backup.tgz!etc/app.env": b"TOKEN=abc\n", "a.txt": b"hello\n"}


def test_render_env_maps_every_line_to_its_key():
    data, lines = render_env([("A", "1"), ("PEM", "line1\nline2"), ("B", None), ("C", 3)], "Environment.Variables")
    assert data == b"A=1\nPEM=line1\nline2\nC=3\n"
    assert dict(lines) == {1: "Environment.Variables.A", 2: "Environment.Variables.PEM",
                           3: "Environment.Variables.PEM", 4: "Environment.Variables.C"}


def test_render_json_is_json_and_names_paths():
    obj = {"stages": [{"actions": [{"configuration": {"OAuthToken": "t0k"}}]}], "name": "p"}
    data, lines = render_json(obj, "pipeline")
    assert json.loads(data) == obj
    line = [i + 1 for i, l in enumerate(data.decode().splitlines()) if "t0k" in l][0]
    assert dict(lines)[line] == "pipeline.stages[0].actions[0].configuration.OAuthToken"


def test_state_round_trip_holds_hashes_only(tmp_path):
    p = tmp_path / "s.json"
    st = State.load(p)
    key = State.key("1", "r", "lambda", "arn:x")
    digest = st.content_hash(b"TOKEN=very-secret-value")
    st.record(key, digest, [{"fingerprint": "cg1:abc", "rule_id": "r", "severity": "high", "field": "F"}])
    st.save()
    assert (p.stat().st_mode & 0o777) == 0o600
    assert "very-secret-value" not in p.read_text()
    st2 = State.load(p)
    assert st2.unchanged(key, st2.content_hash(b"TOKEN=very-secret-value"))
    assert not st2.unchanged(key, st2.content_hash(b"TOKEN=other"))
    assert st2.known_fingerprints == {"cg1:abc"}


def test_unreadable_state_is_a_usage_error(tmp_path):
    from credgate.errors import ConfigError

    p = tmp_path / "s.json"
    p.write_text("{not json")
    with pytest.raises(ConfigError):
        State.load(p)


class _Err(Exception):
    def __init__(self, code: str, status: int = 400) -> None:
        super().__init__(f"An error occurred ({code})")
        self.response = {"Error": {"Code": code}, "ResponseMetadata": {"HTTPStatusCode": status}}


@pytest.mark.parametrize("code,status,reason", [
    ("AccessDeniedException", 400, "access-denied"),
    ("UnauthorizedOperation", 403, "access-denied"),
    ("UnrecognizedClientException", 400, "region-not-enabled"),
    ("OptInRequired", 403, "region-not-enabled"),
    ("ThrottlingException", 400, "throttled"),
    ("InternalFailure", 500, "unsupported"),
    ("InvalidAction", 400, "unsupported"),
    ("ValidationException", 400, "api-error"),
])
def test_classify(code, status, reason):
    assert classify(_Err(code, status))[0] == reason


def test_services_and_shards_parse():
    assert parse_services(None) == list(DEFAULT) and "lambda-code" not in DEFAULT
    assert parse_services("all") == list(COLLECTORS)
    assert parse_services("lambda,ecs", "ecs") == ["lambda"]
    with pytest.raises(ValueError):
        parse_services("lambda,bogus")
    assert parse_shard("2/4") == (2, 4)
    for bad in ("0/3", "4/3", "x", "1/0"):
        with pytest.raises(ValueError):
            parse_shard(bad)
    units = [Unit(a, r, s) for a in ("1", "2") for r in ("us-east-1", "eu-west-1") for s in COLLECTORS]
    shards = [[u for u in units if u.shard_of(4) == i] for i in range(4)]
    assert sum(len(s) for s in shards) == len(units) and all(shards)


def test_aws_command_imports_no_boto3_until_it_runs():
    code = ("import sys, credgate.main, credgate.commands.aws, credgate.audit.runner;"
            "print('boto3' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "False", out.stderr


def test_no_credentials_is_a_usage_error(monkeypatch, tmp_path, capsys):
    for v in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_ENDPOINT_URL"):
        monkeypatch.delenv(v, raising=False)
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    from credgate.main import main

    cfg = tmp_path / "c.toml"
    cfg.write_text("")
    assert main(["aws", "--no-state", "-c", str(cfg), "--regions", "us-east-1"]) == 2
    assert "no-credentials" in capsys.readouterr().err
