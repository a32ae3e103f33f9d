"""The blocking rule is stated once (README "What blocks") and is true everywhere: the README, the config
`credgate init` writes, `credgate init --help`, and what the commands and hooks actually do."""
from __future__ import annotations

import re
from pathlib import Path

from credgate.config import load_config
from tests.helpers import aws_key_id, commit_file, git, init_repo, run_credgate

README = Path(__file__).resolve().parents[2] / "README.md"
MEDIUM_ONLY = 'DB_PASSWORD = "Winter2024Secret!"\n'  # a generic secret-named value: medium


def _rule() -> dict[str, str]:
    text = README.read_text(encoding="utf-8")
    dev = text[text.index("<!-- section:developers -->"):text.index("<!-- /section:developers -->")]
    assert text.count("**What blocks.**") == 1 and "**What blocks.**" in dev
    para = " ".join(dev[dev.index("**What blocks.**"):].split())
    m_init = re.search(r'`credgate init` writes `fail_on = "(\w+)"`', para)
    m_gate = re.search(r"else `(\w+)` for gates on a change", para)
    m_audit = re.search(r"and `(\w+)` for audits", para)
    assert m_init and m_gate and m_audit, para
    assert "every command follows it, the hooks included" in para
    return {"init": m_init.group(1), "gate": m_gate.group(1), "audit": m_audit.group(1), "text": text}


def test_readme_states_the_rule_once_and_nowhere_restates_a_default() -> None:
    rule = _rule()
    text = " ".join(rule["text"].split())
    rest = text.replace(text[text.index("**What blocks.**"):text.index("<!-- /section:developers -->")], "")
    for restated in ("high in hooks", "default medium", "(default `high`", "blocks at `--fail-on high`",
                     "block on high regardless", "hooks block on high"):
        assert restated not in rest, restated
    assert rest.count("(#what-blocks)") >= 4  # the other sections point at the rule instead


def test_generated_config_and_init_help_agree_with_the_readme(tmp_path: Path) -> None:
    rule = _rule()
    repo = init_repo(tmp_path / "repo")
    r = run_credgate(["init", "--no-pre-commit"], cwd=repo)
    assert r.returncode == 0, r.stderr.decode()
    written = (repo / ".credgate.toml").read_text()
    m = re.search(r'^fail_on = "(\w+)"$', written, re.M)
    assert m and m.group(1) == rule["init"]
    assert str(load_config(str(repo / ".credgate.toml")).fail_on) == rule["init"]
    comment = " ".join(line.lstrip("# ") for line in written.splitlines()[: written.splitlines().index(m.group(0))]
                       if line.startswith("#"))
    assert 'What blocks' in comment and "every command" in comment and "hooks" in comment
    assert "regardless" not in comment
    helptext = " ".join(run_credgate(["init", "--help"]).stdout.decode().split())
    assert f"(default: {rule['init']})" in helptext and "What blocks" in helptext


def test_commands_and_hooks_do_what_the_readme_says(tmp_path: Path) -> None:
    rule = _rule()
    assert (rule["gate"], rule["audit"]) == ("high", "medium")  # the cases below are written for these
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "README.md", "hi\n")
    # no config: gates block at high, audits at medium
    (repo / "settings.py").write_text(MEDIUM_ONLY)
    git(repo, "add", "settings.py")
    assert run_credgate(["git", "--staged"], cwd=repo).returncode == 0
    assert run_credgate(["hook", "pre-commit", "settings.py"], cwd=repo).returncode == 0
    assert run_credgate(["dir", "."], cwd=repo).returncode == 1
    git(repo, "commit", "-q", "--no-verify", "-m", "medium")
    assert run_credgate(["git", "--range", f"{base}..HEAD"], cwd=repo).returncode == 0
    assert run_credgate(["ci", "--range", f"{base}..HEAD"], cwd=repo).returncode == 0
    assert run_credgate(["git", "."], cwd=repo).returncode == 1
    # a lone key ID is high: it blocks everywhere
    (repo / "key.py").write_text(f'KEY = "{aws_key_id()}"\n')
    git(repo, "add", "key.py")
    assert run_credgate(["git", "--staged"], cwd=repo).returncode == 1
    assert run_credgate(["hook", "pre-commit", "key.py"], cwd=repo).returncode == 1
    git(repo, "rm", "-q", "--cached", "key.py")
    (repo / "key.py").unlink()
    # after `credgate init` (fail_on = "high") every command follows the config, dir included
    assert run_credgate(["init", "--no-pre-commit"], cwd=repo).returncode == 0
    assert run_credgate(["dir", "."], cwd=repo).returncode == 0
    assert run_credgate(["git", "."], cwd=repo).returncode == 0
    # and the hooks follow a config that says medium
    (repo / ".credgate.toml").write_text('fail_on = "medium"\n')
    (repo / "more.py").write_text(MEDIUM_ONLY.replace("DB_", "APP_"))
    git(repo, "add", "more.py")
    assert run_credgate(["git", "--staged"], cwd=repo).returncode == 1
    assert run_credgate(["hook", "pre-commit", "more.py"], cwd=repo).returncode == 1
