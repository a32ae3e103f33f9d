"""Issue 18 "No dead ends": a CodeBuild build that lacks a variable is told exactly which one, through the CLI.

The environment starts as the gate's EventBridge rule builds it (deploy/codebuild-gate.yaml's input
transformer on a real-shaped pull-request event: the variables the README names, pullRequestId,
sourceCommit, destinationCommit, repositoryName, revisionId, with CodeBuild's own), or as CodeBuild sets
it for a webhook build; each case removes what it says, and the message must name what is missing and
never ask for a variable that was given.
"""
from __future__ import annotations

import os

import pytest

from tests.ci.conftest import (
    PullRequestRepo, codebuild_env_for_event, pull_request_event, webhook_pr_env, webhook_push_env,
)
from tests.helpers import run_credgate

REPO = "payments-api"
EVENT_VARS = ("pullRequestId", "sourceCommit", "destinationCommit", "repositoryName", "revisionId")


@pytest.fixture(autouse=True)
def _no_aws_defaults(monkeypatch, tmp_path):
    """No region or credentials from the machine: only what each case gives."""
    for k in ("AWS_REGION", "AWS_DEFAULT_REGION", "AWS_PROFILE", "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY",
              "AWS_SESSION_TOKEN"):
        monkeypatch.delenv(k, raising=False)
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "no-aws-config"))
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "no-aws-credentials"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")  # never wait for an instance role


def _event_env(pr_repo: PullRequestRepo, *drop: str, **set_: str) -> dict[str, str]:
    if pr_repo.head == pr_repo.base:
        pr_repo.commit("app.py", "import os\nKEY = os.environ['KEY']\n")
    pr_repo.detach()
    ev = pull_request_event(repo=REPO, pr_id="7", source=pr_repo.head, destination=pr_repo.base, revision="rev-1")
    env = codebuild_env_for_event(ev, pr_repo.path)
    assert set(EVENT_VARS) <= set(env)
    for k in drop:
        del env[k]
    env.update(set_)
    return env


def _asked_for(err: str, name: str) -> bool:
    """Whether the message asks for ``name`` (says it is missing, or to set it)."""
    low = err.lower()
    n = name.lower()
    return any(p in low for p in (f"set {n}", f"{n} is not set", f"{n} (or ", f"but not {n}", f"not {n} and",
                                  f"nor {n}", f"neither {n}", f"{n} are not set",
                                  f"and {n}, which say what to scan"))


def _check(proc, missing: tuple[str, ...], env: dict[str, str], rc: int) -> str:
    err = proc.stderr.decode()
    assert proc.returncode == rc, err
    assert "Traceback" not in err and "internal error" not in err, err
    for m in missing:
        assert _asked_for(err, m), (m, err)
    for given in EVENT_VARS + ("AWS_REGION", "CODEBUILD_WEBHOOK_BASE_REF", "CODEBUILD_WEBHOOK_PREV_COMMIT",
                               "CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_WEBHOOK_HEAD_REF"):
        if env.get(given):
            assert not _asked_for(err, given), (given, err)
    return err


def test_all_readme_variables_given_scans_without_asking_for_anything(pr_repo):
    env = _event_env(pr_repo)
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, (), env, 0)
    assert f"scanning {pr_repo.base}..{pr_repo.head}" in err and "CodeCommit pull request 7" in err


def test_missing_source_commit_uses_the_built_commit_and_else_names_source_commit(pr_repo):
    env = _event_env(pr_repo, "sourceCommit")  # CODEBUILD_RESOLVED_SOURCE_VERSION is the same commit
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, (), env, 0)
    assert f"CODEBUILD_RESOLVED_SOURCE_VERSION={pr_repo.head}" in err
    env = _event_env(pr_repo, "sourceCommit", "CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_SOURCE_VERSION")
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("sourceCommit",), env, 2)
    assert "destinationCommit is set but not sourceCommit" in err


def test_missing_destination_commit_is_named_when_codecommit_cannot_fill_it_in(pr_repo):
    env = _event_env(pr_repo, "destinationCommit", AWS_ACCESS_KEY_ID="AKIAIOSFODNN7EXAMPLE",
                     AWS_SECRET_ACCESS_KEY="wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                     AWS_ENDPOINT_URL_CODECOMMIT="http://127.0.0.1:9")  # nothing listens: the call fails
    env["AWS_MAX_ATTEMPTS"] = "1"
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("destinationCommit",), env, 123)
    assert "destinationCommit is not set, so credgate asked CodeCommit for the commits of pull request 7" in err
    assert "Set destinationCommit (the EventBridge rule in deploy/codebuild-gate.yaml passes it)" in err


def test_missing_destination_commit_is_filled_in_from_codecommit(codecommit, pr_repo):
    pr_repo.commit("app.py", "import os\nKEY = os.environ['KEY']\n")
    codecommit.add_pull_request(REPO, pr_repo.head, pr_repo.base, pr_id="7")
    env = _event_env(pr_repo, "destinationCommit")
    env.pop("AWS_REGION"), env.pop("AWS_DEFAULT_REGION")  # the CodeCommit clone URL names the region
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, (), env, 0)
    assert "commits from GetPullRequest" in err


@pytest.mark.parametrize("drop,missing,other", [
    ("pullRequestId", "pullRequestId", "repositoryName"),
    ("repositoryName", "repositoryName", "pullRequestId"),
])
def test_comment_without_a_pull_request_names_only_what_is_missing(pr_repo, drop, missing, other):
    env = _event_env(pr_repo, drop, CODEBUILD_SOURCE_REPO_URL="https://github.com/acme/service.git")
    p = run_credgate(["ci", "--comment"], cwd=pr_repo.path, env=env)
    err = _check(p, (missing,), env, 0)  # the scan still runs; the comment is what is skipped
    assert "--comment/--set-approval ignored: no CodeCommit pull request: " in err
    assert other not in err.split("ignored:")[1].splitlines()[0], err
    if drop == "repositoryName":
        assert "(CODEBUILD_SOURCE_REPO_URL https://github.com/acme/service.git is not a CodeCommit URL)" in err


def test_pull_request_id_without_repository_or_commits_names_the_repository(pr_repo):
    env = _event_env(pr_repo, "sourceCommit", "destinationCommit", "repositoryName",
                     CODEBUILD_SOURCE_REPO_URL="https://github.com/acme/service.git")
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("repositoryName",), env, 2)
    assert "pullRequestId is set but not repositoryName (CODEBUILD_SOURCE_REPO_URL is not a CodeCommit URL)" in err


def test_repository_and_revision_alone_name_the_commits(pr_repo):
    env = _event_env(pr_repo, "sourceCommit", "destinationCommit", "pullRequestId")
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("sourceCommit", "destinationCommit"), env, 2)
    assert "repositoryName and revisionId are set, but not sourceCommit and destinationCommit" in err


def test_no_region_for_codecommit_names_aws_region(pr_repo):
    env = _event_env(pr_repo, "destinationCommit", "AWS_REGION", "AWS_DEFAULT_REGION",
                     CODEBUILD_SOURCE_REPO_URL="https://github.com/acme/service.git")
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("AWS_REGION",), env, 2)
    assert "AWS_REGION is not set, so CodeCommit cannot be asked" in err


@pytest.mark.parametrize("drop,missing", [
    (("CODEBUILD_WEBHOOK_BASE_REF",), ("CODEBUILD_WEBHOOK_BASE_REF",)),
    (("CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_WEBHOOK_HEAD_REF"),
     ("CODEBUILD_RESOLVED_SOURCE_VERSION", "CODEBUILD_WEBHOOK_HEAD_REF")),
])
def test_webhook_pull_request_names_the_missing_variable(pr_repo, drop, missing):
    pr_repo.commit("app.py", "x = 1\n")
    env = webhook_pr_env(pr_repo.path, pr_repo.head)
    for k in drop:
        del env[k]
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    _check(p, missing, env, 2)


@pytest.mark.parametrize("drop", ["CODEBUILD_WEBHOOK_PREV_COMMIT", "CODEBUILD_RESOLVED_SOURCE_VERSION"])
def test_webhook_push_names_the_missing_variable(pr_repo, drop):
    pr_repo.commit("app.py", "x = 1\n")
    env = webhook_push_env(pr_repo.path, pr_repo.base, pr_repo.head)
    del env[drop]
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    _check(p, (drop,), env, 2)


def _without_boto3(tmp_path, env: dict[str, str]) -> dict[str, str]:
    """An interpreter where `import boto3` fails, as after `pip install .` without the aws extra (the same
    shadow-package way tests/ux/test_progress.py runs without rich)."""
    shadow = tmp_path / "no-boto3"
    for mod in ("boto3", "botocore"):
        (shadow / mod).mkdir(parents=True, exist_ok=True)
        (shadow / mod / "__init__.py").write_text(f'raise ImportError("{mod} is not installed")\n')
    path = os.pathsep.join(p for p in (str(shadow), os.environ.get("PYTHONPATH", "")) if p)
    return {**env, "PYTHONPATH": path}


@pytest.mark.parametrize("flags", [["--comment"], ["--set-approval"], ["--comment", "--set-approval"]])
def test_comment_without_boto3_is_a_usage_error_naming_the_extra(pr_repo, tmp_path, flags):
    """Issue 18: `credgate ci --comment` after a plain `pip install .` ended in an internal error (123)."""
    env = _without_boto3(tmp_path, _event_env(pr_repo))
    p = run_credgate(["ci", *flags], cwd=pr_repo.path, env=env)
    err = _check(p, (), env, 2)
    assert f"{' and '.join(flags)} talk" in err and "needs boto3: pip install '.[aws]'" in err, err
    assert "ModuleNotFoundError" not in err and "ImportError" not in err, err
    # without the flags the same build scans (the range is given), boto3 or not
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    _check(p, (), env, 0)


def test_missing_destination_commit_without_boto3_names_it_and_the_extra(pr_repo, tmp_path):
    env = _without_boto3(tmp_path, _event_env(pr_repo, "destinationCommit"))
    p = run_credgate(["ci"], cwd=pr_repo.path, env=env)
    err = _check(p, ("destinationCommit",), env, 2)
    assert "destinationCommit is not set, so the commits must be asked from CodeCommit" in err
    assert "needs boto3" in err and "or set destinationCommit, or pass --range A..B" in err, err
