"""Who the gate trusts: a pull request cannot loosen the policy that judges it.

Real git repositories, the real CLI in a subprocess.  Each hostile config is committed on the
pull request's own branch next to an AWS key pair; the gate must still block (exit 1) and find
the pair, because it reads its policy from the base commit (or a pinned file), never from the
change.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from credgate.awskeys import account_id
from tests.ci.conftest import codebuild_env_for_event, make_pr_repo, pull_request_event
from tests.helpers import aws_pair, git, run_credgate

AWS_RULES = {"aws-access-key-id", "aws-secret-access-key"}


def _ci(repo: Path, *args: str, env: "dict[str, str] | None" = None):
    return run_credgate(["ci", *args], cwd=repo, env=env)


def _settings(kid: str, sec: str) -> str:
    return f'REGION = "us-east-1"\nAWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n'


def _hostile(kid: str) -> dict[str, tuple[str, str]]:
    """name -> (file, content): each switches the gate off for the settings file when trusted."""
    never = "(?!)never-matches"
    return {
        "exclude_paths": (".credgate.toml", 'exclude_paths = ["**"]\n'),
        "allowlist_regex": (".credgate.toml", '[[allowlist]]\nregexes = [".*"]\nreason = "all fine"\n'),
        "allowlist_paths": (".credgate.toml", '[[allowlist]]\npaths = ["**"]\nreason = "all fine"\n'),
        "disabled_rules": (".credgate.toml", 'disabled_rules = ["aws-access-key-id", "aws-secret-access-key"]\n'),
        "override_builtin_rules": (".credgate.toml", "".join(
            f'[[rules]]\nid = "{rid}"\nname = "off"\nregex = "{never}"\nkeywords = ["zzzz-never"]\n\n'
            for rid in sorted(AWS_RULES))),
        "max_file_size": (".credgate.toml", 'max_file_size = "10B"\n'),
        "ignore_accounts": (".credgate.toml", f'ignore_accounts = ["{account_id(kid)}"]\n'),
        "fail_on_critical_only": (".credgate.toml", '[ci]\nfail_on = "critical"\n[[allowlist]]\n'
                                                    'rules = ["aws-access-key-id", "aws-secret-access-key"]\n'),
        "pyproject": ("pyproject.toml", '[project]\nname = "svc"\n\n[tool.credgate]\nexclude_paths = ["**"]\n'),
        "credgate_toml": ("credgate.toml", 'exclude_paths = ["**"]\n'),
    }


def _names(kid: str = "AKIAAAAAAAAAAAAAAAAA") -> list[str]:
    return sorted(_hostile(kid))


def _found_rules(stdout: bytes) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for f in json.loads(stdout)["findings"]:
        out.setdefault(f["path"], set()).add(f["rule_id"])
    return out


@pytest.mark.parametrize("name", _names())
def test_pull_request_cannot_switch_the_gate_off_with_its_own_config(tmp_path: Path, name: str):
    kid, sec = aws_pair()
    while account_id(kid) is None:  # a legacy-format key ID encodes no account for ignore_accounts to name
        kid, sec = aws_pair()
    rel, content = _hostile(kid)[name]
    repo = make_pr_repo(tmp_path)
    repo.commit(rel, content, "tune the scanner")
    repo.commit("src/settings.py", _settings(kid, sec), "settings")
    # control: trusting the change's own config (the old behaviour) lets the pair through
    # (a file the gate could not read blocks it on its own, so the too-large skip is accepted for the control)
    extra = ["--allow-skip", "too-large"] if name == "max_file_size" else []
    trusted = _ci(repo.path, "--range", "main..feature", "--format", "json", "--policy-from", "head", *extra)
    # the trusted config switches the AWS rules off; with only those rules off, the secret still ranks high under
    # its secret-named key (a machine-random value: README "What blocks"), so those two controls may block on that
    if name in ("disabled_rules", "override_builtin_rules"):
        assert not AWS_RULES & _found_rules(trusted.stdout).get("src/settings.py", set()), trusted.stdout.decode()
        assert {f["rule_id"] for f in json.loads(trusted.stdout)["findings"]} <= {
            "generic-high-entropy-secret", "generic-password-assignment", "gate-policy-change"}, trusted.stdout.decode()
    else:
        assert trusted.returncode == 0, (name, trusted.stdout.decode(), trusted.stderr.decode())
    if extra:  # without accepting the skip, even a trusted shrunken size limit blocks
        assert _ci(repo.path, "--range", "main..feature", "--policy-from", "head").returncode == 1
    p = _ci(repo.path, "--range", "main..feature", "--format", "json")
    err = p.stderr.decode()
    assert p.returncode == 1, (name, p.stdout.decode(), err)
    found = _found_rules(p.stdout)
    assert AWS_RULES <= found.get("src/settings.py", set()), (name, found)
    assert found.get(rel) == {"gate-policy-change"}, (name, found)  # the policy change itself is reported
    assert "policy: built-in defaults (no config at the base commit" in err
    assert kid not in p.stdout.decode() and sec not in p.stdout.decode()


def test_webhook_and_codecommit_builds_take_the_policy_from_the_base_commit(tmp_path: Path):
    """The same through the environment an EventBridge-started CodeBuild build has (no --range)."""
    kid, sec = aws_pair()
    repo = make_pr_repo(tmp_path, {".credgate.toml": '[[allowlist]]\npaths = ["tests/fixtures/**"]\nreason = "t"\n'})
    repo.commit(".credgate.toml", '[[allowlist]]\npaths = ["**"]\nreason = "everything"\n', "allow all")
    repo.commit("app/keys.py", _settings(kid, sec))
    repo.detach()
    event = pull_request_event(repo="svc", pr_id="7", source=repo.head, destination=repo.base, revision="r1")
    env = codebuild_env_for_event(event, repo.path)
    p = _ci(repo.path, "--format", "json", env=env)
    assert p.returncode == 1, p.stderr.decode()
    found = _found_rules(p.stdout)
    assert AWS_RULES <= found["app/keys.py"] and found[".credgate.toml"] == {"gate-policy-change"}
    assert f"policy: .credgate.toml at {repo.base[:12]}" in p.stderr.decode()


def test_base_policy_is_applied_and_its_owner_decides(tmp_path: Path):
    """The base commit's allowlist still works; its owner can refuse inline allows and soften policy notices."""
    kid, sec = aws_pair()
    base_cfg = ('[[allowlist]]\npaths = ["tests/fixtures/**"]\nreason = "synthetic test keys"\n\n'
                '[ci]\npolicy_changes = "warn"\n')
    repo = make_pr_repo(tmp_path, {".credgate.toml": base_cfg})
    repo.commit("tests/fixtures/keys.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    repo.commit(".credgate.toml", base_cfg + '\n[[allowlist]]\npaths = ["docs/**"]\nreason = "docs"\n', "docs")
    p = _ci(repo.path, "--range", "main..feature", "--format", "json")
    assert p.returncode == 0, p.stdout.decode() + p.stderr.decode()
    report = json.loads(p.stdout)
    assert report["findings"] == []
    assert any("modifies the gate's policy file .credgate.toml" in w for w in report["warnings"]), report["warnings"]
    # inline allows in the change: honoured by default ...
    k2, s2 = aws_pair()
    repo.commit("app/creds.py", f'AWS_ACCESS_KEY_ID = "{k2}"  # credgate:allow\nAWS_SECRET_ACCESS_KEY = "{s2}"  # credgate:allow\n')
    assert _ci(repo.path, "--range", "main..feature").returncode == 0
    # ... refused once the gate owner says so in the base config
    strict = make_pr_repo(tmp_path / "strict", {".credgate.toml": "[ci]\nhonour_inline_allows = false\n"})
    strict.commit("app/creds.py", f'AWS_ACCESS_KEY_ID = "{k2}"  # credgate:allow\nAWS_SECRET_ACCESS_KEY = "{s2}"  # credgate:allow\n')
    p = _ci(strict.path, "--range", "main..feature", "--format", "json")
    assert p.returncode == 1, p.stdout.decode() + p.stderr.decode()
    creds = [f for f in json.loads(p.stdout)["findings"] if f["path"] == "app/creds.py"]
    assert {f["rule_id"] for f in creds} >= AWS_RULES
    assert all(any("not honoured here" in w for w in f["why"]) for f in creds)


def test_pinned_config_outside_the_clone_holds_and_one_inside_is_read_at_the_base(tmp_path: Path):
    kid, sec = aws_pair()
    repo = make_pr_repo(tmp_path, {"ci/gate.toml": 'fail_on = "medium"\n'})
    repo.commit("ci/gate.toml", 'exclude_paths = ["**"]\n', "loosen")
    repo.commit("src/settings.py", _settings(kid, sec))
    pinned = tmp_path / "owner" / "gate.toml"
    pinned.parent.mkdir()
    pinned.write_text('[[allowlist]]\npaths = ["docs/**"]\nreason = "docs"\n')
    for how in (["--config", str(pinned)], ["--config", "ci/gate.toml"]):
        p = _ci(repo.path, "--range", "main..feature", "--format", "json", *how)
        assert p.returncode == 1, (how, p.stdout.decode(), p.stderr.decode())
        assert AWS_RULES <= _found_rules(p.stdout)["src/settings.py"], how
    p = _ci(repo.path, "--range", "main..feature", "--format", "json", env={"CREDGATE_CONFIG": str(pinned)})
    assert p.returncode == 1 and "(pinned)" in p.stderr.decode()
    # a pinned policy that allows the path is obeyed: the owner decides, not the change
    pinned.write_text('[[allowlist]]\npaths = ["src/**"]\nreason = "owner says so"\n')
    p = _ci(repo.path, "--range", "main..feature", "--config", str(pinned))
    assert p.returncode == 0, p.stdout.decode() + p.stderr.decode()


def test_baseline_inside_the_clone_is_read_at_the_base(tmp_path: Path):
    """A pull request that adds its own secret to the baseline is still blocked."""
    kid, sec = aws_pair()
    repo = make_pr_repo(tmp_path)
    repo.commit("src/settings.py", _settings(kid, sec))
    bl = run_credgate(["baseline", "create", "--baseline", ".credgate-baseline.json", "."], cwd=repo.path)
    assert bl.returncode == 0, bl.stderr.decode()
    git(repo.path, "add", ".credgate-baseline.json")
    git(repo.path, "commit", "-q", "-m", "baseline my own key")
    # trusting the change's own baseline would pass it
    p = _ci(repo.path, "--range", "main..feature", "--baseline", ".credgate-baseline.json", "--policy-from", "head")
    assert p.returncode == 0, p.stdout.decode() + p.stderr.decode()
    p = _ci(repo.path, "--range", "main..feature", "--baseline", ".credgate-baseline.json", "--format", "json")
    assert p.returncode == 1, p.stderr.decode()
    assert "is not in the base commit" in p.stderr.decode()
    assert AWS_RULES <= _found_rules(p.stdout)["src/settings.py"]


def test_policy_change_alone_blocks_and_unrelated_pyproject_edits_do_not(tmp_path: Path):
    repo = make_pr_repo(tmp_path, {"pyproject.toml": '[project]\nname = "svc"\nversion = "1"\n\n'
                                                     '[tool.credgate]\nfail_on = "medium"\n'})
    repo.commit("pyproject.toml", '[project]\nname = "svc"\nversion = "2"\n\n[tool.credgate]\nfail_on = "medium"\n')
    p = _ci(repo.path, "--range", "main..feature")
    assert p.returncode == 0, p.stdout.decode() + p.stderr.decode()  # the policy table is unchanged
    repo.commit("pyproject.toml", '[project]\nname = "svc"\nversion = "2"\n\n[tool.credgate]\nfail_on = "critical"\n')
    p = _ci(repo.path, "--range", "main..feature", "--format", "json")
    assert p.returncode == 1
    [f] = json.loads(p.stdout)["findings"]
    assert f["rule_id"] == "gate-policy-change" and f["path"] == "pyproject.toml" and f["severity"] == "critical"
    # renders in every format without a secret to show
    for fmt in ("text", "sarif", "junit", "csv", "markdown", "html", "asff", "jsonl"):
        p = _ci(repo.path, "--range", "main..feature", "--format", fmt)
        assert p.returncode == 1 and b"pyproject.toml" in p.stdout, fmt


def test_imported_gitleaks_rules_come_from_the_base_commit_too(tmp_path: Path):
    rule = "[[rules]]\nid = \"acme-token\"\ndescription = \"acme\"\nregex = '''acme_[a-z0-9]{20}'''\nkeywords = [\"acme_\"]\n"
    repo = make_pr_repo(tmp_path, {"ci/gitleaks.toml": rule, ".credgate.toml": 'import_gitleaks = ["ci/gitleaks.toml"]\n'})
    repo.commit("ci/gitleaks.toml", "[[rules]]\nid = \"other\"\ndescription = \"x\"\nregex = '''zzzz_[0-9]{30}'''\n")
    repo.commit("app.py", 'tok = "acme_abcdefghij0123456789"\n')
    p = _ci(repo.path, "--range", "main..feature", "--format", "json", "--fail-on", "medium")
    assert p.returncode == 1, p.stderr.decode()
    found = _found_rules(p.stdout)
    assert found["app.py"] == {"gitleaks.acme-token"} and found["ci/gitleaks.toml"] == {"gate-policy-change"}, found
