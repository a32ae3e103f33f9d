"""What credgate ci scans, worked out from CodeBuild variables, an EventBridge event or --range."""
from __future__ import annotations

import json

import pytest

from credgate.errors import ConfigError
from credgate.ci import codebuild
from credgate.ci.codecommit import approval_pool_member, approval_rule_content
from tests.ci.conftest import codebuild_env_for_event, pull_request_event, webhook_pr_env, webhook_push_env

SRC = "a" * 40
DST = "b" * 40


def _event_env(tmp_path, **kw):
    ev = pull_request_event(repo="payments", pr_id="42", source=SRC, destination=DST, revision="r" * 64, **kw)
    return codebuild_env_for_event(ev, tmp_path)


def test_eventbridge_pull_request_build(tmp_path):
    t = codebuild.resolve(_event_env(tmp_path))
    assert (t.base, t.head, t.rev_range) == (DST, SRC, f"{DST}..{SRC}")
    pr = t.pull_request
    assert pr is not None and pr.provider == "codecommit"
    assert (pr.id, pr.repository, pr.region, pr.revision_id) == ("42", "payments", "us-east-1", "r" * 64)
    assert ("sourceCommit", SRC) in t.used and ("destinationCommit", DST) in t.used
    assert "CodeCommit pull request 42" in t.origin


def test_upper_snake_names_and_repo_from_source_url():
    env = {"SOURCE_COMMIT": SRC, "DESTINATION_COMMIT": DST, "PULL_REQUEST_ID": "9",
           "CODEBUILD_BUILD_ID": "p:1",
           "CODEBUILD_SOURCE_REPO_URL": "https://git-codecommit.eu-west-1.amazonaws.com/v1/repos/infra-live"}
    t = codebuild.resolve(env)
    assert t.rev_range == f"{DST}..{SRC}"
    assert t.pull_request is not None
    assert (t.pull_request.repository, t.pull_request.region) == ("infra-live", "eu-west-1")


@pytest.mark.parametrize("url,name,region", [
    ("https://git-codecommit.us-east-2.amazonaws.com/v1/repos/my.repo-1", "my.repo-1", "us-east-2"),
    ("https://git-codecommit-fips.us-gov-west-1.amazonaws.com/v1/repos/gov", "gov", "us-gov-west-1"),
    ("codecommit::ap-south-1://team@svc", "svc", "ap-south-1"),
    ("codecommit://svc", "svc", None),
    ("https://github.com/acme/service.git", None, None),
])
def test_parse_codecommit_url(url, name, region):
    assert codebuild.parse_codecommit_url(url) == (name, region)


def test_pull_request_id_alone_asks_the_api():
    env = {"pullRequestId": "5", "repositoryName": "svc", "CODEBUILD_BUILD_ID": "p:1"}
    t = codebuild.resolve(env)
    assert t.head == "" and t.base is None and t.pull_request is not None
    assert any("GetPullRequest" in n for n in t.notes)


def test_webhook_pull_request_build(tmp_path):
    t = codebuild.resolve(webhook_pr_env(tmp_path, SRC, number="12"))
    assert (t.base, t.head) == ("refs/heads/main", SRC)
    assert t.pull_request is not None and (t.pull_request.provider, t.pull_request.id) == ("webhook", "12")
    assert "webhook pull request 12" in t.origin


def test_webhook_pull_request_without_base_ref_names_the_variable(tmp_path):
    env = webhook_pr_env(tmp_path, SRC)
    del env["CODEBUILD_WEBHOOK_BASE_REF"]
    with pytest.raises(ConfigError, match="CODEBUILD_WEBHOOK_BASE_REF"):
        codebuild.resolve(env)


def test_webhook_push_and_new_branch(tmp_path):
    t = codebuild.resolve(webhook_push_env(tmp_path, DST, SRC))
    assert t.rev_range == f"{DST}..{SRC}" and t.origin == "CodeBuild webhook push"
    t = codebuild.resolve(webhook_push_env(tmp_path, codebuild.ZERO_SHA, SRC))
    assert t.base is None and t.rev_range == SRC and "new branch" in t.notes[0]
    env = webhook_push_env(tmp_path, DST, SRC)
    del env["CODEBUILD_RESOLVED_SOURCE_VERSION"]
    with pytest.raises(ConfigError, match="CODEBUILD_RESOLVED_SOURCE_VERSION"):
        codebuild.resolve(env)


def test_codebuild_without_anything_names_what_it_needs():
    with pytest.raises(ConfigError, match="sourceCommit and destinationCommit") as e:
        codebuild.resolve({"CODEBUILD_BUILD_ID": "p:1", "CODEBUILD_RESOLVED_SOURCE_VERSION": SRC})
    assert "--range" in str(e.value)
    with pytest.raises(ConfigError, match="CODEBUILD_BUILD_ID is not set.*--range"):
        codebuild.resolve({})


def test_source_commit_without_destination_names_destination_commit():
    with pytest.raises(ConfigError, match="destinationCommit"):
        codebuild.resolve({"sourceCommit": SRC, "CODEBUILD_BUILD_ID": "p:1"})
    with pytest.raises(ConfigError, match="sourceCommit"):
        codebuild.resolve({"destinationCommit": DST, "CODEBUILD_BUILD_ID": "p:1"})


def test_explicit_range_wins_and_is_checked(tmp_path):
    t = codebuild.resolve(_event_env(tmp_path), "origin/main..HEAD")
    assert (t.base, t.head, t.origin) == ("origin/main", "HEAD", "--range")
    assert t.pull_request is not None  # the pull request is still known for comments
    assert codebuild.split_range("main..") == ("main", "HEAD")
    assert codebuild.split_range("HEAD") == (None, "HEAD")
    for bad in ("a...b", "..b", " "):
        with pytest.raises(ConfigError):
            codebuild.split_range(bad)


def test_event_file_fields(tmp_path):
    ev = pull_request_event(repo="svc", pr_id="3", source=SRC, destination=DST, revision="x" * 64)
    p = tmp_path / "event.json"
    p.write_text(json.dumps(ev))
    fields = codebuild.load_event(p)
    assert fields == {"sourceCommit": SRC, "destinationCommit": DST, "pullRequestId": "3",
                      "revisionId": "x" * 64, "repositoryName": "svc", "AWS_REGION": "us-east-1"}
    assert codebuild.event_fields(ev["detail"])["repositoryName"] == "svc"
    p.write_text("[1]")
    with pytest.raises(ConfigError, match="JSON object"):
        codebuild.load_event(p)
    p.write_text("{nope")
    with pytest.raises(ConfigError, match="not JSON"):
        codebuild.load_event(p)


def test_approval_pool_member_and_rule_content():
    assert approval_pool_member("arn:aws:sts::123456789012:assumed-role/GateRole-1AB/AWSCodeBuild-42") == \
        "arn:aws:sts::123456789012:assumed-role/GateRole-1AB/*"
    assert approval_pool_member("arn:aws:iam::123456789012:user/ci") == "arn:aws:iam::123456789012:user/ci"
    doc = json.loads(approval_rule_content("arn:aws:sts::1:assumed-role/R/*"))
    assert doc["Version"] == "2018-11-08"
    assert doc["Statements"] == [{"Type": "Approvers", "NumberOfApprovalsNeeded": 1,
                                  "ApprovalPoolMembers": ["arn:aws:sts::1:assumed-role/R/*"]}]
