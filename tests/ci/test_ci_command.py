"""credgate ci end to end: real git repositories, the real CLI in a subprocess, CodeBuild variables."""
from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path

from tests.ci.conftest import PullRequestRepo, make_pr_repo, webhook_pr_env, webhook_push_env
from tests.helpers import aws_pair, commit_file, git, github_pat, run_credgate


def _ci(repo: Path, *args: str, env: "dict[str, str] | None" = None):
    return run_credgate(["ci", *args], cwd=repo, env=env)


def _reports(tmp_path: Path) -> list[str]:
    return ["--junit", str(tmp_path / "out" / "junit.xml"), "--sarif", str(tmp_path / "out" / "credgate.sarif"),
            "--markdown", str(tmp_path / "out" / "comment.md")]


def test_range_with_secret_blocks_and_writes_redacted_reports(pr_repo: PullRequestRepo, tmp_path):
    kid, sec = aws_pair()
    pr_repo.commit("src/settings.py", f'REGION = "us-east-1"\nAWS_ACCESS_KEY_ID = "{kid}"\nAWS_SECRET_ACCESS_KEY = "{sec}"\n', "settings")
    p = _ci(pr_repo.path, "--range", "main..feature", *_reports(tmp_path))
    out, err = p.stdout.decode(), p.stderr.decode()
    assert p.returncode == 1, err
    assert "src/settings.py" in out and "credgate ci:" in out
    assert "blocked" in err and "wrote junit report" in err
    files = {n: (tmp_path / "out" / n).read_text() for n in ("junit.xml", "credgate.sarif", "comment.md")}
    for name, text in files.items():
        assert kid not in text and sec not in text, f"raw secret in {name}"
    assert kid not in out and sec not in out
    junit = ET.fromstring(files["junit.xml"])
    failures = junit.findall(".//failure")
    assert len(failures) >= 2 and junit.get("failures") == str(len(failures))
    sarif = json.loads(files["credgate.sarif"])
    results = sarif["runs"][0]["results"]
    lines = {r["locations"][0]["physicalLocation"]["region"]["startLine"] for r in results}
    assert {2, 3} <= lines
    assert all(r["properties"]["commit"] == pr_repo.head for r in results)
    md = files["comment.md"]
    assert "`src/settings.py:2`" in md and "block this change" in md and "fix:" in md
    assert (os.stat(tmp_path / "out" / "junit.xml").st_mode & 0o777) == 0o600


def test_clean_range_passes_and_old_secrets_on_main_are_not_in_scope(tmp_path):
    kid, sec = aws_pair()
    repo = make_pr_repo(tmp_path, {"legacy.env": f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n"})
    repo.commit("app.py", "print('hello')\n")
    p = _ci(repo.path, "--range", "main..feature", *_reports(tmp_path))
    assert p.returncode == 0, p.stdout.decode() + p.stderr.decode()
    assert "No new secrets at or above high" in (tmp_path / "out" / "comment.md").read_text()
    junit = ET.fromstring((tmp_path / "out" / "junit.xml").read_text())
    assert junit.get("failures") == "0"
    # the same secret is found by the same command once the range includes it
    p = _ci(repo.path, "--range", f"{git(repo.path, 'rev-list', '--max-parents=0', 'HEAD').strip()}..feature")
    assert p.returncode == 1 and "legacy.env" in p.stdout.decode()


def test_secret_added_then_removed_inside_the_range_still_blocks(pr_repo: PullRequestRepo):
    token = github_pat()
    pr_repo.commit("deploy.sh", f"export GITHUB_TOKEN={token}\n", "add deploy")
    pr_repo.commit("deploy.sh", "export GITHUB_TOKEN=\"$(cat /run/secrets/gh)\"\n", "oops, remove token")
    p = _ci(pr_repo.path, "--range", "main..feature")
    assert p.returncode == 1
    assert "deploy.sh" in p.stdout.decode() and token not in p.stdout.decode()


CFN = """AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Role: arn:aws:iam::123456789012:role/worker
      Code:
        ZipFile: "def handler(e, c): return 1"
      MemorySize: {memory}
      Environment:
        Variables:
          AWS_ACCESS_KEY_ID: {kid}
          AWS_SECRET_ACCESS_KEY: {sec}
"""


def test_old_debt_of_a_changed_iac_file_is_reported_only_with_iac_full(tmp_path):
    kid, sec = aws_pair()
    kid2, sec2 = aws_pair()
    repo = make_pr_repo(tmp_path, {
        "infra/worker.yaml": CFN.format(memory=128, kid=kid, sec=sec),
        "scripts/env.sh": f"export AWS_ACCESS_KEY_ID={kid2}\nexport AWS_SECRET_ACCESS_KEY={sec2}\nexport A=1\n",
    })
    # the pull request touches one unrelated line in each file
    repo.commit("infra/worker.yaml", CFN.format(memory=256, kid=kid, sec=sec), "more memory")
    repo.commit("scripts/env.sh", f"export AWS_ACCESS_KEY_ID={kid2}\nexport AWS_SECRET_ACCESS_KEY={sec2}\nexport A=2\n")
    # README "What blocks": findings entirely on unchanged lines do not block an unrelated change
    p = _ci(repo.path, "--range", "main..feature", "--format", "json")
    assert p.returncode == 0, p.stdout.decode()
    assert json.loads(p.stdout)["findings"] == []
    p = _ci(repo.path, "--range", "main..feature", "--no-iac-full")  # the old flag: now the default
    assert p.returncode == 0, p.stdout.decode()
    # --iac-full also reports the debt of the IaC files the change touches
    p = _ci(repo.path, "--range", "main..feature", "--format", "json", "--iac-full")
    assert p.returncode == 1, p.stderr.decode()
    found = json.loads(p.stdout)["findings"]
    paths = {f["path"] for f in found}
    assert paths == {"infra/worker.yaml"}, paths
    assert all(f["context"].startswith("unchanged line of an IaC file") for f in found)
    assert {f["line"] for f in found} == {14, 15}


def test_fail_on_threshold_and_ci_config(pr_repo: PullRequestRepo):
    pr_repo.commit("settings.py", 'DB_PASSWORD = "Winter2024Secret!"\n')
    p = _ci(pr_repo.path, "--range", "main..feature", "--format", "json", "--fail-on", "info")
    sevs = {f["severity"] for f in json.loads(p.stdout)["findings"]}
    assert len(sevs) == 1 and p.returncode == 1, sevs
    sev = sevs.pop()
    order = ["info", "low", "medium", "high", "critical"]
    assert order.index(sev) < order.index("high")  # a generic secret-named value is medium (README "What blocks")
    above = order[order.index(sev) + 1]
    assert _ci(pr_repo.path, "--range", "main..feature").returncode == 0  # default --fail-on high
    assert _ci(pr_repo.path, "--range", "main..feature", "--fail-on", above).returncode == 0
    assert _ci(pr_repo.path, "--range", "main..feature", "--fail-on", sev).returncode == 1
    # [ci] fail_on is the gate owner's: it is read from the base commit (main), not from the change
    (pr_repo.path / ".credgate.toml").write_text(f'[ci]\nfail_on = "{sev}"\n')
    assert _ci(pr_repo.path, "--range", "main..feature").returncode == 0  # untracked in the change: not the policy
    git(pr_repo.path, "checkout", "-q", "main")
    commit_file(pr_repo.path, ".credgate.toml", f'[ci]\nfail_on = "{sev}"\n', "gate policy")
    git(pr_repo.path, "checkout", "-q", "feature")
    assert _ci(pr_repo.path, "--range", "main..feature").returncode == 1
    git(pr_repo.path, "checkout", "-q", "main")
    commit_file(pr_repo.path, ".credgate.toml", '[ci]\nfail_on = "severe"\n', "broken gate policy")
    git(pr_repo.path, "checkout", "-q", "feature")
    p = _ci(pr_repo.path, "--range", "main..feature")
    assert p.returncode == 2 and "[ci] fail_on" in p.stderr.decode() and ".credgate.toml at " in p.stderr.decode()


def test_webhook_pull_request_build_in_a_codebuild_style_clone(tmp_path):
    origin = make_pr_repo(tmp_path / "o")
    kid, sec = aws_pair()
    origin.commit("config/prod.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    clone = tmp_path / "codebuild-src"
    git(tmp_path, "clone", "-q", str(origin.path), str(clone))
    git(clone, "checkout", "-q", "--detach", origin.head)
    git(clone, "branch", "-q", "-D", "feature")  # only origin/main and origin/feature remain
    env = webhook_pr_env(clone, origin.head)
    p = _ci(clone, "--sarif", str(tmp_path / "r.sarif"), env=env)
    err = p.stderr.decode()
    assert p.returncode == 1, err
    assert "webhook pull request 12" in err and "CODEBUILD_WEBHOOK_BASE_REF=refs/heads/main" in err
    assert "config/prod.env" in p.stdout.decode()


def test_webhook_push_build(pr_repo: PullRequestRepo):
    before = pr_repo.commit("a.txt", "one\n")
    after = pr_repo.commit("b.txt", f"slack = {github_pat()}\n")
    assert _ci(pr_repo.path, env=webhook_push_env(pr_repo.path, before, after)).returncode == 1
    assert _ci(pr_repo.path, env=webhook_push_env(pr_repo.path, pr_repo.base, before)).returncode == 0


def test_missing_commit_is_a_clear_error_naming_the_variable(pr_repo: PullRequestRepo, tmp_path):
    env = {"CODEBUILD_BUILD_ID": "gate:1", "sourceCommit": pr_repo.head, "destinationCommit": "c" * 40,
           "pullRequestId": "1", "repositoryName": "svc"}
    p = _ci(pr_repo.path, env=env)
    err = p.stderr.decode()
    assert p.returncode == 2, err
    assert "(destinationCommit) is not in this clone" in err and "GitCloneDepth: 0" in err
    p = _ci(pr_repo.path)
    assert p.returncode == 2 and "pass --range A..B" in p.stderr.decode()
    p = _ci(tmp_path, "--range", "main..feature")
    assert p.returncode == 2 and "not a git repository" in p.stderr.decode()


def test_unreadable_range_fails_closed(pr_repo: PullRequestRepo):
    pr_repo.commit("big.txt", "line\n" * 50)
    blob = git(pr_repo.path, "rev-parse", "HEAD:big.txt").strip()
    obj = pr_repo.path / ".git" / "objects" / blob[:2] / blob[2:]
    obj.chmod(0o644)
    obj.unlink()  # the object store lost a blob the range needs
    p = _ci(pr_repo.path, "--range", "main..feature")
    assert p.returncode != 0
    assert "error" in (p.stdout + p.stderr).decode().lower()


def test_shallow_clone_hint(tmp_path):
    origin = make_pr_repo(tmp_path / "o")
    origin.commit("a.txt", "1\n")
    origin.commit("b.txt", "2\n")
    shallow = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth", "1", "--branch", "feature", f"file://{origin.path}", str(shallow))
    p = _ci(shallow, "--range", f"{origin.base}..HEAD")
    assert p.returncode == 2 and "git fetch --unshallow" in p.stderr.decode()


def test_help_documents_the_gate():
    p = run_credgate(["ci", "--help"])
    text = p.stdout.decode()
    assert p.returncode == 0
    for word in ("--junit", "--sarif", "--comment", "--set-approval", "sourceCommit", "CODEBUILD_WEBHOOK"):
        assert word in text


def test_only_findings_new_against_the_baseline_block(tmp_path):
    kid, sec = aws_pair()
    repo = make_pr_repo(tmp_path, {"infra/worker.yaml": CFN.format(memory=128, kid=kid, sec=sec)})
    git(repo.path, "checkout", "-q", "main")
    b = run_credgate(["baseline", "create", "."], cwd=repo.path)
    assert b.returncode == 0, b.stderr.decode()
    repo.base = git(repo.path, "rev-parse", "HEAD").strip()
    git(repo.path, "add", ".credgate-baseline.json")
    git(repo.path, "commit", "-q", "-m", "accept the known finding until it is rotated")
    repo.base = git(repo.path, "rev-parse", "HEAD").strip()
    git(repo.path, "checkout", "-q", "-B", "feature")
    # the pull request changes the template: its known secret is in the baseline, so nothing blocks
    repo.commit("infra/worker.yaml", CFN.format(memory=512, kid=kid, sec=sec), "more memory")
    p = _ci(repo.path, "--range", "main..feature", "--baseline", ".credgate-baseline.json", "--format", "json")
    assert p.returncode == 0, p.stdout.decode()
    assert json.loads(p.stdout)["findings"] == []
    # without the baseline, --iac-full (which reports the template's old debt) would block
    assert _ci(repo.path, "--range", "main..feature", "--iac-full").returncode == 1
    # a new secret in the same pull request blocks despite the baseline
    kid2, sec2 = aws_pair()
    repo.commit("infra/worker.yaml", CFN.format(memory=512, kid=kid2, sec=sec2), "rotate (into the template!)")
    p = _ci(repo.path, "--range", "main..feature", "--baseline", ".credgate-baseline.json", "--format", "json")
    assert p.returncode == 1
    new = {f["line"] for f in json.loads(p.stdout)["findings"]}
    assert new == {14, 15}
