from __future__ import annotations


import pytest

from credgate.config import load_config
from credgate.errors import ConfigError
from credgate.linter.ruleset import load_ruleset
from tests.helpers import run_credgate


def test_config_discovered_in_pyproject(tmp_path, monkeypatch):
    (tmp_path / "pyproject.toml").write_text('[tool.credgate]\nfail_on = "high"\ndisabled_rules = ["jwt"]\n')
    cfg = load_config(start=tmp_path)
    assert str(cfg.fail_on) == "high"
    assert "jwt" in cfg.disabled_rules


def test_bad_toml_names_the_line(tmp_path):
    p = tmp_path / ".credgate.toml"
    p.write_text('fail_on = "high"\nallowlist = [\n  { paths = ["x"] \n')
    with pytest.raises(ConfigError) as e:
        load_config(str(p))
    assert "line" in str(e.value)
    proc = run_credgate(["dir", "--config", str(p), str(tmp_path)], cwd=tmp_path)
    assert proc.returncode == 2
    assert b"line" in proc.stderr and b"Traceback" not in proc.stderr


def test_invalid_custom_rule_regex_is_a_config_error(tmp_path):
    p = tmp_path / ".credgate.toml"
    p.write_text("[[rules]]\nid = \"bad-rule\"\nname = \"bad\"\nregex = '''(unclosed'''\nkeywords=['x']\n")
    proc = run_credgate(["dir", str(tmp_path)], cwd=tmp_path)
    assert proc.returncode == 2
    assert b"bad-rule" in proc.stderr and b"invalid regex" in proc.stderr


def test_custom_rule_and_gitleaks_import(tmp_path):
    (tmp_path / ".gitleaks.toml").write_text(
        "[[rules]]\nid = \"acme-token\"\ndescription = \"ACME token\"\n"
        "regex = '''acme_[a-z0-9]{24}'''\nkeywords = [\"acme_\"]\n"
    )
    (tmp_path / ".credgate.toml").write_text('import_gitleaks = [".gitleaks.toml"]\n')
    cfg = load_config(start=tmp_path)
    rs = load_ruleset(cfg)
    assert rs.get("gitleaks.acme-token") is not None
    (tmp_path / "a.txt").write_text("t = acme_k3j4h5g6f7d8s9a0q1w2e3r4\n")
    proc = run_credgate(["dir", "-f", "json", "a.txt"], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr
    assert b"gitleaks.acme-token" in proc.stdout


def test_rules_check_command_on_user_file(tmp_path):
    good = tmp_path / "good.toml"
    good.write_text(
        "[[rules]]\nid='acme-key'\nname='ACME key'\nseverity='high'\nregex='''\\b(acme_[a-z0-9]{24})\\b'''\n"
        "secret_group=1\nkeywords=['acme_']\nentropy=3.0\n"
        "examples=['key = acme_k3j4h5g6f7d8s9a0q1w2e3r4']\nnegative_examples=['key = acme_short']\n"
    )
    assert run_credgate(["rules", "check", str(good)]).returncode == 0
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text().replace("acme_k3j4h5g6f7d8s9a0q1w2e3r4", "acme_nomatch"))
    proc = run_credgate(["rules", "check", str(bad)])
    assert proc.returncode == 1
    assert b"example not reported" in proc.stdout
