"""The same checks inside cfn-lint: the real cfn-lint CLI with --append-rules, and cfn-lint's own decoder."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.iac.conftest import FIXTURES

CFN_LINT = shutil.which("cfn-lint") or "cfn-lint"  # part of the test extra (credgate[cfn])
TEMPLATES = [FIXTURES / "bad" / "cfn-template.yaml", FIXTURES / "bad" / "cfn-template.json",
             FIXTURES / "bad" / "sam-globals.yaml", FIXTURES / "good" / "cfn-template.yaml",
             FIXTURES / "good" / "cfn-template.json"]


def _rules_dir() -> str:
    out = subprocess.run([sys.executable, "-m", "credgate.iac", "--cfn-lint-rules"], capture_output=True, text=True,
                         check=True)
    path = out.stdout.strip()
    assert os.path.isdir(path)
    return path


_RESULTS: dict[str, list[dict]] = {}


def _cfn_lint(template: Path) -> list[dict]:
    """One real cfn-lint run over all fixture templates; matches of one template."""
    if not _RESULTS:
        # --append-rules takes one or more values: end its list with '--' (or write --append-rules=PATH)
        proc = subprocess.run([CFN_LINT, "--format", "json", "--append-rules", _rules_dir(), "--",
                               *map(str, TEMPLATES)], capture_output=True, text=True, timeout=600)
        assert proc.returncode in (0, 2, 4, 6, 8, 10, 12, 14), proc.stderr
        for t in TEMPLATES:
            _RESULTS[str(t)] = []
        for m in json.loads(proc.stdout or "[]"):
            _RESULTS.setdefault(os.path.abspath(m["Filename"]), []).append(m)
    return _RESULTS.get(str(template), [])


def _ours(matches: list[dict]) -> set[tuple[str, int]]:
    return {(m["Rule"]["Id"], m["Location"]["Start"]["LineNumber"]) for m in matches if m["Rule"]["Id"].startswith("E91")}


def test_rules_path_printed_by_module_matches_package():
    import credgate.iac.cfnlint_rules as m

    assert _rules_dir() == os.path.dirname(os.path.abspath(m.__file__))


def test_cfn_lint_reports_credgate_rules_on_bad_template():
    got = _ours(_cfn_lint(FIXTURES / "bad" / "cfn-template.yaml"))
    assert ("E9102", 7) in got        # NoEcho DbPassword Default
    assert ("E9102", 10) in got       # UpstreamValue Default, followed from !Ref in PARTNER_SECRET
    assert ("E9101", 31) in got       # Lambda env STRIPE_KEY
    assert ("E9101", 39) in got       # MasterUserPassword
    assert ("E9104", 66) in got       # CodeBuild PLAINTEXT
    assert ("E9103", 85) in got       # ECS Environment
    assert any(r == "E9105" for r, _ in got)  # UserData (cfn-lint places it at the !Sub node)
    assert any(r == "E9106" for r, _ in got)  # SecretAccessKey output


def test_cfn_lint_messages_do_not_leak_the_secret():
    matches = _cfn_lint(FIXTURES / "bad" / "cfn-template.yaml")
    text = json.dumps([m for m in matches if m["Rule"]["Id"].startswith("E91")])
    for secret in ("Winter2024!", "Summer2025?xq", "Tr0ub4dor&3x", "npm-Deploy-Token-77"):
        assert secret not in text


def test_cfn_lint_json_template_and_sam_transform():
    assert ("E9101", 23) in _ours(_cfn_lint(FIXTURES / "bad" / "cfn-template.json"))
    assert ("E9101", 8) in _ours(_cfn_lint(FIXTURES / "bad" / "sam-globals.yaml"))


@pytest.mark.parametrize("name", ["cfn-template.yaml", "cfn-template.json"])
def test_cfn_lint_good_templates_have_no_credgate_match(name):
    matches = _cfn_lint(FIXTURES / "good" / name)
    assert matches, "cfn-lint reported nothing at all: the template was not linted"  # its own E1010 etc.
    assert _ours(matches) == set()


def test_cfnlint_decoder_and_light_loader_agree():
    """cfn-lint's decoder and credgate's loader feed the same analysis the same template."""
    from cfnlint.decode import decode_str

    from credgate.iac.cfn import analyze_template
    from credgate.iac.loader import load_json, load_yaml

    for name in ("cfn-template.yaml", "cfn-template.json", "sam-globals.yaml"):
        text = (FIXTURES / "bad" / name).read_text()
        tpl, errs = decode_str(text)
        assert not errs
        theirs = {(h.rule, h.path, h.secret) for h in analyze_template(tpl)}
        doc = (load_json(text) if name.endswith(".json") else load_yaml(text)).docs[0]
        ours = {(h.rule, h.path, h.secret) for h in analyze_template(doc)}
        assert theirs == ours, name
