"""The IaC fixture set: every expected finding (rule, line, document path) on bad/, none on good/."""
from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from tests.helpers import run_credgate
from tests.iac.conftest import FIXTURES, expected, iac_rule, scan_text

BAD = FIXTURES / "bad"
GOOD = FIXTURES / "good"


def _files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def _iac_keys(engine, root: Path) -> list[tuple[str, str, int, str]]:
    out = []
    for p in _files(root):
        rel = p.relative_to(root).as_posix()
        found, skips = scan_text(engine, rel, p.read_bytes())
        assert skips == [], (rel, skips)
        for f in found:
            rule = iac_rule(f)
            if rule.startswith("iac-"):
                out.append((rel, rule, f.line, f.location.location_detail))
    return out


def test_every_bad_fixture_has_an_expectation():
    files = {p.relative_to(BAD).as_posix() for p in _files(BAD)}
    assert files == {e["file"] for e in expected()}


def test_bad_fixtures_exact_findings(engine):
    """Recall 1.0 and no extra IaC finding: rule, line of the secret itself and document path."""
    want = Counter((e["file"], e["rule"], e["line"], e["path"]) for e in expected())
    got = Counter(_iac_keys(engine, BAD))
    missing = want - got
    extra = got - want
    assert not missing, f"missed: {sorted(missing)}"
    assert not extra, f"unexpected: {sorted(extra)}"
    recall = (sum(want.values()) - sum(missing.values())) / sum(want.values())
    assert recall == 1.0


@pytest.mark.parametrize("name", sorted(p.relative_to(GOOD).as_posix() for p in GOOD.rglob("*") if p.is_file()))
def test_good_fixture_has_no_iac_finding(engine, name):
    found, skips = scan_text(engine, name, (GOOD / name).read_bytes())
    assert skips == []
    assert [(iac_rule(f), f.line) for f in found if iac_rule(f).startswith("iac-")] == []
    # and no pattern rule fires on a dynamic reference, ValueFrom, !Ref, !GetAtt, ... either
    assert [(f.rule_id, f.line) for f in found] == []


def test_every_expected_secret_line_holds_the_secret(engine):
    """The reported line is the line of the value (inside | blocks and !Sub strings too)."""
    for p in _files(BAD):
        rel = p.relative_to(BAD).as_posix()
        lines = p.read_text().split("\n")
        found, _ = scan_text(engine, rel, p.read_bytes())
        for f in found:
            if iac_rule(f) in ("iac-parse-error", "iac-duplicate-key", "iac-cfn-output-secret"):
                continue
            if iac_rule(f).startswith("iac-"):
                assert f.secret in lines[f.line - 1], (rel, f.line, f.rule_id)


def test_rules_in_expected_are_documented():
    from credgate.iac import RULE_DOCS

    for e in expected():
        assert e["rule"] in RULE_DOCS


def _empty_config(tmp_path: Path) -> Path:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# no allowlist: the fixtures are scanned as user files\n")
    return cfg


def test_credgate_dir_reports_the_fixtures(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(BAD, work)
    cfg = _empty_config(tmp_path)
    proc = run_credgate(["dir", ".", "--format", "json", "--config", str(cfg), "--fail-on", "high"], cwd=work)
    assert proc.returncode == 1, proc.stderr.decode()
    report = json.loads(proc.stdout)
    findings = report["findings"] if isinstance(report, dict) else report
    got = set()
    for f in findings:
        rel = f["path"][len("repo/"):] if f["path"].startswith("repo/") else f["path"]
        got.add((rel, f["line"], f.get("location_detail")))
    for e in expected():
        assert (e["file"], e["line"], e["path"]) in got, e
    # secrets are redacted in the report
    assert "Winter2024!" not in proc.stdout.decode()


def test_credgate_dir_good_fixtures_exit_clean(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(GOOD, work)
    cfg = _empty_config(tmp_path)
    proc = run_credgate(["dir", ".", "--config", str(cfg), "--fail-on", "medium"], cwd=work)
    assert proc.returncode == 0, proc.stdout.decode() + proc.stderr.decode()


def test_no_iac_flag_turns_structure_off(tmp_path):
    work = tmp_path / "repo"
    shutil.copytree(BAD, work)
    cfg = _empty_config(tmp_path)
    proc = run_credgate(["dir", ".", "--format", "json", "--config", str(cfg), "--no-iac"], cwd=work)
    report = json.loads(proc.stdout)
    findings = report["findings"] if isinstance(report, dict) else report
    assert not [f for f in findings if f["rule_id"].startswith("iac-")]
