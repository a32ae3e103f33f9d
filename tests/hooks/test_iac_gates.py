"""IaC in hooks and gates, through the real CLI on real git repositories.

* A changed template is analysed whole: adding ``MasterUserPassword: !Ref AdminValue`` blocks when the
  literal ``Default`` of ``AdminValue`` was committed earlier (the finding is at the Default's line;
  the reference is the added line).  Findings entirely on unchanged lines do not block a commit.
* A template that does not parse is still scanned by every pattern rule, and its parse error blocks
  (high, with the parser's message) when the document has secret-named keys holding values.

The pre-commit framework cases are in test_precommit_framework.py.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import commit_file, git, github_pat, init_repo, run_credgate

from .conftest import stage

TEMPLATE = """AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  AdminValue:
    Type: String
    Default: Tr0ub4dor-and-3x
Mappings:
  Env:
    prod:
      Pw: Corr3ct-H0rse-Batt
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
"""
JSON_TEMPLATE = """{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Parameters": {
    "AdminValue": {"Type": "String", "Default": "Tr0ub4dor-and-3x"}
  },
  "Resources": {
    "Db": {
      "Type": "AWS::RDS::DBInstance",
      "Properties": {
        "Engine": "postgres"
      }
    }
  }
}
"""
REFERENCES = {
    "ref": ("stack.yaml", TEMPLATE, "      MasterUserPassword: !Ref AdminValue\n", 5),
    "sub": ("stack.yaml", TEMPLATE, '      MasterUserPassword: !Sub "${AdminValue}"\n', 5),
    "find-in-map": ("stack.yaml", TEMPLATE, "      MasterUserPassword: !FindInMap [Env, prod, Pw]\n", 9),
    "json-ref": ("stack.json", JSON_TEMPLATE, None, 4),
}


def _add_reference(name: str, base: str, line: "str | None") -> str:
    if line is not None:
        return base + line
    return base.replace('"Engine": "postgres"', '"Engine": "postgres",\n        "MasterUserPassword": {"Ref": "AdminValue"}')


def _findings(r) -> list[tuple[str, int, str]]:
    assert r.returncode in (0, 1), r.stderr.decode()
    return [(f["rule_id"], f["line"], f["severity"]) for f in json.loads(r.stdout)["findings"]]


@pytest.mark.parametrize("case", sorted(REFERENCES))
def test_added_reference_to_an_old_literal_blocks_the_commit(tmp_path: Path, case: str) -> None:
    name, base, line, secret_line = REFERENCES[case]
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, name, base)
    assert _findings(run_credgate(["git", "--range", "HEAD", "--format", "json"], cwd=repo)) == []
    stage(repo, name, _add_reference(name, base, line))
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert r.returncode == 1
    (rule, ln, sev), = _findings(r)
    assert rule.startswith("iac-cfn-") and ln == secret_line and sev == "high"


def test_range_ci_and_native_pre_push_see_the_added_reference(tmp_path: Path) -> None:
    origin = init_repo(tmp_path / "origin.git", bare=True)
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "stack.yaml", TEMPLATE)
    git(repo, "remote", "add", "origin", str(origin))
    git(repo, "push", "-q", "origin", "main")
    commit_file(repo, "stack.yaml", TEMPLATE + "      MasterUserPassword: !Ref AdminValue\n", "use the param")
    r = run_credgate(["git", "--range", f"{base}..HEAD", "--format", "json"], cwd=repo)
    assert r.returncode == 1 and _findings(r) == [("iac-cfn-parameter-default-secret", 5, "high")]
    r = run_credgate(["ci", "--range", f"{base}..HEAD", "--format", "json"], cwd=repo)
    assert r.returncode == 1, r.stderr.decode()
    assert ("iac-cfn-parameter-default-secret", 5, "high") in _findings(r)
    r = run_credgate(["install", "--hook-type", "pre-push"], cwd=repo)
    assert r.returncode == 0, r.stderr.decode()
    push = subprocess_push(repo)
    assert push.returncode != 0 and "stack.yaml:5" in push.stderr.decode() + push.stdout.decode()
    assert git(origin, "rev-parse", "main").strip() == base


def subprocess_push(repo: Path):
    import subprocess

    from tests.helpers import git_env

    return subprocess.run(["git", "push", "origin", "main"], cwd=repo, capture_output=True, env=git_env(),
                          timeout=300)


def test_old_debt_does_not_block_an_unrelated_change(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    old = TEMPLATE + "      MasterUserPassword: !Ref AdminValue\n"
    base = commit_file(repo, "stack.yaml", old)
    # the debt is there (credgate dir sees it) ...
    r = run_credgate(["dir", ".", "--format", "json"], cwd=repo)
    assert ("iac-cfn-parameter-default-secret", 5, "high") in _findings(r)
    # ... but a change elsewhere in the template does not block, staged or as a range
    new = old + "      Tags:\n        - Key: team\n          Value: data\n"
    stage(repo, "stack.yaml", new)
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert (r.returncode, _findings(r)) == (0, [])
    git(repo, "commit", "-q", "-m", "tags")
    r = run_credgate(["git", "--range", f"{base}..HEAD", "--format", "json"], cwd=repo)
    assert (r.returncode, _findings(r)) == (0, [])
    # --all-lines reports the debt of the changed file
    stage(repo, "stack.yaml", new + "      Port: 5432\n")
    r = run_credgate(["git", "--staged", "--all-lines", "--format", "json"], cwd=repo)
    assert r.returncode == 1


BROKEN = """AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: Winter2024Secret!
      Tags: [unclosed
"""


def test_unparseable_template_with_secret_keys_blocks_with_the_parser_message(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    stage(repo, "db.yaml", BROKEN)
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert r.returncode == 1
    (pe,) = [f for f in json.loads(r.stdout)["findings"] if f["rule_id"] == "iac-parse-error"]
    assert pe["severity"] == "high" and pe["line"] == 7
    assert any("did not find expected" in w for w in pe["why"])  # the parser's own message
    assert any("MasterUserPassword at line 6" in w for w in pe["why"])
    r = run_credgate(["git", "--staged", "--color", "never"], cwd=repo)
    assert r.returncode == 1 and "db.yaml:7" in r.stdout.decode() and "HIGH" in r.stdout.decode()


def test_unparseable_template_is_still_scanned_by_every_line_rule(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    base = commit_file(repo, "README.md", "hi\n")
    tok = github_pat()
    text = BROKEN.replace("Winter2024Secret!", "!Ref DbPass") + f"      GithubToken: {tok}\n"
    commit_file(repo, "db.yaml", text, "broken template")
    for args in (["git", "--range", f"{base}..HEAD"], ["ci", "--range", f"{base}..HEAD"], ["dir", "."]):
        r = run_credgate([*args, "--format", "json"], cwd=repo)
        assert r.returncode == 1, (args, r.stderr.decode())
        rules = {f["rule_id"] for f in json.loads(r.stdout)["findings"]}
        assert "github-pat" in rules or any(x.startswith("github") for x in rules), (args, rules)
        assert "iac-parse-error" in rules
        assert tok not in r.stdout.decode()


def test_unparseable_template_without_secret_keys_does_not_block(tmp_path: Path) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    stage(repo, "q.yaml", BROKEN.replace("      MasterUserPassword: Winter2024Secret!\n", "      Engine: postgres\n"))
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert r.returncode == 0
    assert _findings(r) == [("iac-parse-error", 7, "low")]


@pytest.mark.parametrize("value", ["!Ref DbPass", '"{{resolve:secretsmanager:db}}"', "1", "changeme", '"${DbPass}"'])
def test_unparseable_template_whose_secret_keys_hold_no_literal_does_not_block(tmp_path: Path, value: str) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    stage(repo, "db.yaml", BROKEN.replace("Winter2024Secret!", value))
    r = run_credgate(["git", "--staged", "--format", "json"], cwd=repo)
    assert (r.returncode, _findings(r)) == (0, [("iac-parse-error", 7, "low")])
