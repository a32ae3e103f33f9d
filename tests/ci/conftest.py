"""Fixtures for the CI gate: git repos with a pull request, CodeBuild environments, a CodeCommit service."""
from __future__ import annotations

import json
import re
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Optional

import pytest

from tests.helpers import commit_file, git, init_repo

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = ROOT / "deploy" / "codebuild-gate.yaml"
REGION = "us-east-1"
ACCOUNT = "123456789012"


@dataclass
class PullRequestRepo:
    path: Path
    base: str  # destination commit (main)
    head: str  # source commit (feature)

    def commit(self, rel: str, content: str, message: str = "change") -> str:
        self.head = commit_file(self.path, rel, content, message)
        return self.head

    def detach(self) -> None:
        """CodeBuild checks the source commit out detached."""
        git(self.path, "checkout", "-q", "--detach", self.head)


def make_pr_repo(tmp_path: Path, main_files: Optional[dict[str, str]] = None) -> PullRequestRepo:
    repo = init_repo(tmp_path / "src")
    base = commit_file(repo, "README.md", "# service\n", "initial")
    for rel, content in (main_files or {}).items():
        base = commit_file(repo, rel, content, f"add {rel}")
    git(repo, "checkout", "-q", "-b", "feature")
    return PullRequestRepo(repo, base, base)


@pytest.fixture
def pr_repo(tmp_path: Path) -> PullRequestRepo:
    return make_pr_repo(tmp_path)


# ----------------------------------------------------------------- CodeBuild
def load_template() -> dict[str, Any]:
    """The gate template through cfn-lint's own decoder (intrinsic tags, line numbers)."""
    from cfnlint.decode import decode

    tpl, matches = decode(str(TEMPLATE))
    assert tpl is not None and not matches, matches
    return tpl


def rule_target(tpl: dict[str, Any]) -> dict[str, Any]:
    """The target of the rule that starts the gate build on pull-request events."""
    rules = [r for r in tpl["Resources"].values() if r["Type"] == "AWS::Events::Rule"
             and r["Properties"]["EventPattern"]["source"] == ["aws.codecommit"]]
    assert len(rules) == 1
    return rules[0]["Properties"]["Targets"][0]


def pull_request_event(*, repo: str, pr_id: str, source: str, destination: str, revision: str,
                       event: str = "pullRequestCreated") -> dict[str, Any]:
    """A CodeCommit Pull Request State Change event as EventBridge delivers it."""
    return {
        "version": "0",
        "id": str(uuid.uuid4()),
        "detail-type": "CodeCommit Pull Request State Change",
        "source": "aws.codecommit",
        "account": ACCOUNT,
        "time": "2026-11-29T10:00:00Z",
        "region": REGION,
        "resources": [f"arn:aws:codecommit:{REGION}:{ACCOUNT}:{repo}"],
        "detail": {
            "author": f"arn:aws:iam::{ACCOUNT}:user/developer",
            "callerUserArn": f"arn:aws:iam::{ACCOUNT}:user/developer",
            "creationDate": "Sun Nov 29 10:00:00 UTC 2026",
            "description": "",
            "destinationCommit": destination,
            "destinationReference": "refs/heads/main",
            "event": event,
            "isMerged": "False",
            "lastModifiedDate": "Sun Nov 29 10:00:00 UTC 2026",
            "notificationBody": f"A pull request event occurred in {repo}",
            "pullRequestId": pr_id,
            "pullRequestStatus": "Open",
            "repositoryNames": [repo],
            "revisionId": revision,
            "sourceCommit": source,
            "sourceReference": "refs/heads/feature",
            "title": "Add feature",
        },
    }


def _json_path(doc: Any, path: str) -> Any:
    assert path.startswith("$.")
    cur = doc
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path[2:]):
        cur = cur[int(part[1:-1])] if part.startswith("[") else cur[part]
    return cur


def start_build_request(event: dict[str, Any], tpl: Optional[dict[str, Any]] = None) -> dict[str, Any]:
    """What the rule's input transformer sends to StartBuild for ``event``."""
    target = rule_target(tpl or load_template())
    it = target["InputTransformer"]
    values = {k: _json_path(event, v) for k, v in it["InputPathsMap"].items()}

    def sub(m: "re.Match[str]") -> str:
        return json.dumps(values[m.group(1)])  # a JSON template gets the value as a JSON string

    return json.loads(re.sub(r"<([A-Za-z0-9_.-]+)>", sub, it["InputTemplate"]))


def codebuild_env_for_event(event: dict[str, Any], src_dir: Path, project: str = "credgate-pr-gate") -> dict[str, str]:
    """The environment of a build the gate's EventBridge rule starts for ``event``."""
    req = start_build_request(event)
    repo = event["detail"]["repositoryNames"][0]
    build = f"{project}:{uuid.uuid4()}"
    env = {
        "CODEBUILD_BUILD_ID": build,
        "CODEBUILD_BUILD_ARN": f"arn:aws:codebuild:{REGION}:{ACCOUNT}:build/{build}",
        "CODEBUILD_BUILD_NUMBER": "7",
        "CODEBUILD_BUILD_IMAGE": "aws/codebuild/standard:7.0",
        "CODEBUILD_SRC_DIR": str(src_dir),
        "CODEBUILD_SOURCE_REPO_URL": f"https://git-codecommit.{REGION}.amazonaws.com/v1/repos/{repo}",
        "CODEBUILD_SOURCE_VERSION": req["sourceVersion"],
        "CODEBUILD_RESOLVED_SOURCE_VERSION": req["sourceVersion"],
        "AWS_REGION": REGION,
        "AWS_DEFAULT_REGION": REGION,
    }
    for var in req["environmentVariablesOverride"]:
        assert var["type"] == "PLAINTEXT"
        env[var["name"]] = var["value"]
    return env


def webhook_pr_env(src_dir: Path, head: str, number: str = "12", event: str = "PULL_REQUEST_UPDATED") -> dict[str, str]:
    """A GitHub pull-request webhook build, variables as CodeBuild sets them."""
    build = f"credgate-gh:{uuid.uuid4()}"
    return {
        "CODEBUILD_BUILD_ID": build,
        "CODEBUILD_BUILD_ARN": f"arn:aws:codebuild:{REGION}:{ACCOUNT}:build/{build}",
        "CODEBUILD_SRC_DIR": str(src_dir),
        "CODEBUILD_SOURCE_REPO_URL": "https://github.com/acme/service.git",
        "CODEBUILD_SOURCE_VERSION": f"pr/{number}",
        "CODEBUILD_RESOLVED_SOURCE_VERSION": head,
        "CODEBUILD_WEBHOOK_EVENT": event,
        "CODEBUILD_WEBHOOK_TRIGGER": f"pr/{number}",
        "CODEBUILD_WEBHOOK_BASE_REF": "refs/heads/main",
        "CODEBUILD_WEBHOOK_HEAD_REF": "refs/heads/feature",
        "CODEBUILD_WEBHOOK_ACTOR_ACCOUNT_ID": "4242",
        "CODEBUILD_INITIATOR": "GitHub-Hookshot/abc123",
        "AWS_REGION": REGION,
    }


def webhook_push_env(src_dir: Path, prev: str, head: str) -> dict[str, str]:
    build = f"credgate-gh:{uuid.uuid4()}"
    return {
        "CODEBUILD_BUILD_ID": build,
        "CODEBUILD_SRC_DIR": str(src_dir),
        "CODEBUILD_SOURCE_REPO_URL": "https://github.com/acme/service.git",
        "CODEBUILD_SOURCE_VERSION": head,
        "CODEBUILD_RESOLVED_SOURCE_VERSION": head,
        "CODEBUILD_WEBHOOK_EVENT": "PUSH",
        "CODEBUILD_WEBHOOK_TRIGGER": "branch/feature",
        "CODEBUILD_WEBHOOK_HEAD_REF": "refs/heads/feature",
        "CODEBUILD_WEBHOOK_PREV_COMMIT": prev,
        "AWS_REGION": REGION,
    }


CODEBUILD_VARS = ("CODEBUILD_", "sourceCommit", "destinationCommit", "pullRequestId", "repositoryName", "revisionId",
                  "SOURCE_COMMIT", "DESTINATION_COMMIT", "PULL_REQUEST_ID", "REPOSITORY_NAME", "REVISION_ID")


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("ci-cache")


@pytest.fixture(autouse=True)
def _no_ci_env(monkeypatch, _shared_cache):
    """Tests set the CodeBuild variables they mean; none leak in from the machine running them.

    The compiled-rules cache is shared by this folder's CLI runs (it holds no scan data).
    """
    import os

    monkeypatch.setenv("XDG_CACHE_HOME", str(_shared_cache))
    for k in list(os.environ):
        if k.startswith(CODEBUILD_VARS):
            monkeypatch.delenv(k, raising=False)


# ----------------------------------------------------------------- CodeCommit
@pytest.fixture
def codecommit(aws, monkeypatch):
    """The local CodeCommit service; boto3 reaches it through AWS_ENDPOINT_URL_CODECOMMIT (STS stays on moto)."""
    from tests.ci.codecommit_service import CodeCommitService

    svc = CodeCommitService().start()
    monkeypatch.setenv("AWS_ENDPOINT_URL_CODECOMMIT", svc.url)
    yield svc
    svc.stop()
