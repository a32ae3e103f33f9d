"""The gate on a CodeCommit pull request: one comment kept up to date, approval state, failing closed.

boto3 talks over HTTP to tests/ci/codecommit_service.py (moto 5.2.1 has no CodeCommit pull-request
API) and to the moto server for STS.  The build environment comes from the EventBridge rule's input
transformer in deploy/codebuild-gate.yaml applied to a real-shaped pull-request event.
"""
from __future__ import annotations

import json

from credgate.ci.codecommit import MARKER
from tests.ci.conftest import PullRequestRepo, codebuild_env_for_event, pull_request_event
from tests.helpers import aws_pair, git, run_credgate

REPO = "payments-api"
GATE = ["ci", "--junit", "credgate-junit.xml", "--sarif", "credgate.sarif", "--comment", "--set-approval"]


def _open_pr(svc, pr_repo: PullRequestRepo, pr_id: str = "1") -> dict[str, str]:
    rev = svc.add_pull_request(REPO, pr_repo.head, pr_repo.base, pr_id=pr_id)
    pr_repo.detach()
    ev = pull_request_event(repo=REPO, pr_id=pr_id, source=pr_repo.head, destination=pr_repo.base, revision=rev)
    return codebuild_env_for_event(ev, pr_repo.path)


def _gate(pr_repo: PullRequestRepo, env: dict[str, str], *extra: str):
    return run_credgate([*GATE, *extra], cwd=pr_repo.path, env=env)


def _approvals(svc, pr_id: str = "1") -> list[str]:
    return [b["approvalState"] for op, b, _ in svc.calls if op == "UpdatePullRequestApprovalState"
            and b["pullRequestId"] == pr_id]


def test_blocking_then_clean_run_keeps_one_comment_and_flips_approval(codecommit, pr_repo: PullRequestRepo):
    kid, sec = aws_pair()
    pr_repo.commit("app/.env", f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\nDEBUG=0\n", "env")
    env = _open_pr(codecommit, pr_repo)
    p = _gate(pr_repo, env)
    err = p.stderr.decode()
    assert p.returncode == 1, err
    assert "posted comment" in err and "set approval state REVOKE" in err
    [c] = codecommit.marked(MARKER)
    body = c["content"]
    assert "`app/.env:1`" in body and "`app/.env:2`" in body and "fix:" in body and "block this change" in body
    assert kid not in body and sec not in body and kid[:4] + "********" in body
    assert (c["_before"], c["_after"]) == (pr_repo.base, pr_repo.head)
    assert _approvals(codecommit) == ["REVOKE"]
    assert (pr_repo.path / "credgate-junit.xml").is_file() and (pr_repo.path / "credgate.sarif").is_file()

    # the author rewrites the branch without the key and pushes: pullRequestSourceBranchUpdated
    git(pr_repo.path, "checkout", "-q", "-B", "feature", pr_repo.base)
    pr_repo.commit("app/.env", "DEBUG=0\n", "env from the environment")
    rev = codecommit.update_source("1", pr_repo.head)
    pr_repo.detach()
    ev = pull_request_event(repo=REPO, pr_id="1", source=pr_repo.head, destination=pr_repo.base, revision=rev,
                            event="pullRequestSourceBranchUpdated")
    env2 = codebuild_env_for_event(ev, pr_repo.path)
    p = _gate(pr_repo, env2)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert f"updated comment {c['commentId']}" in err
    [c2] = codecommit.marked(MARKER)
    assert c2["commentId"] == c["commentId"] and "No new secrets at or above high" in c2["content"]
    assert _approvals(codecommit) == ["REVOKE", "APPROVE"]
    assert codecommit.approvals[("1", rev)] == {codecommit.calls[-1][2]: "APPROVE"}
    assert codecommit.ops().count("PostCommentForPullRequest") == 1

    # the same build retried changes nothing on the comment (it links to the build, so a new build edits it)
    p = _gate(pr_repo, env2)
    assert p.returncode == 0 and "unchanged comment" in p.stderr.decode()
    assert codecommit.ops().count("UpdateComment") == 1


def test_finds_its_comment_across_pages_and_ignores_other_authors(codecommit, pr_repo: PullRequestRepo):
    pr_repo.commit("README.md", "# service\n\nmore docs\n")
    env = _open_pr(codecommit, pr_repo)
    codecommit.page_size = 1
    for i in range(3):
        codecommit.add_comment("1", f"looks good {i}", "arn:aws:iam::123456789012:user/reviewer")
    # a reviewer quoting the gate's comment (marker included) must not be edited or mistaken for ours
    codecommit.add_comment("1", f"quoting the bot\n{MARKER}", "arn:aws:iam::123456789012:user/reviewer")
    assert _gate(pr_repo, env).returncode == 0
    assert len(codecommit.marked(MARKER)) == 2
    ours = [c for c in codecommit.marked(MARKER) if "reviewer" not in c["authorArn"]]
    assert len(ours) == 1 and "No new secrets" in ours[0]["content"]
    pages = [b for op, b, _ in codecommit.calls if op == "GetCommentsForPullRequest"]
    assert len(pages) >= 4 and any("nextToken" in b for b in pages)
    # second run: finds our comment on a later page and updates it, posts nothing new
    pr_repo.commit("docs.md", "words\n")
    rev = codecommit.update_source("1", pr_repo.head)
    pr_repo.detach()
    ev = pull_request_event(repo=REPO, pr_id="1", source=pr_repo.head, destination=pr_repo.base, revision=rev)
    assert _gate(pr_repo, codebuild_env_for_event(ev, pr_repo.path)).returncode == 0
    assert codecommit.ops().count("PostCommentForPullRequest") == 1
    assert len(codecommit.marked(MARKER)) == 2


def test_pull_request_id_alone_gets_commits_from_get_pull_request(codecommit, pr_repo: PullRequestRepo):
    pr_repo.commit("ok.txt", "fine\n")
    codecommit.add_pull_request(REPO, pr_repo.head, pr_repo.base, pr_id="7")
    env = {"CODEBUILD_BUILD_ID": "gate:1", "CODEBUILD_SOURCE_REPO_URL":
           f"https://git-codecommit.us-east-1.amazonaws.com/v1/repos/{REPO}", "pullRequestId": "7"}
    p = run_credgate(["ci", "--comment"], cwd=pr_repo.path, env=env)
    err = p.stderr.decode()
    assert p.returncode == 0, err
    assert f"{pr_repo.base}..{pr_repo.head}" in err and "commits from GetPullRequest" in err
    assert codecommit.ops()[0] == "GetPullRequest"


def test_does_not_approve_a_revision_it_did_not_scan(codecommit, pr_repo: PullRequestRepo):
    pr_repo.commit("ok.txt", "fine\n")
    env = _open_pr(codecommit, pr_repo)
    codecommit.update_source("1", "f" * 40)  # the author pushed again while this build ran
    p = _gate(pr_repo, env)
    assert p.returncode == 0
    assert "not approving" in p.stderr.decode() and _approvals(codecommit) == []


def test_approval_rule_is_added_for_the_gate_role(codecommit, pr_repo: PullRequestRepo, aws_client):
    pr_repo.commit("ok.txt", "fine\n")
    env = _open_pr(codecommit, pr_repo)
    p = _gate(pr_repo, env, "--approval-rule", "credgate")
    assert p.returncode == 0, p.stderr.decode()
    rules = codecommit.pull_requests["1"]["approvalRules"]
    assert [r["approvalRuleName"] for r in rules] == ["credgate"]
    caller = aws_client("sts").get_caller_identity()["Arn"]  # STS answered by moto
    assert json.loads(rules[0]["approvalRuleContent"])["Statements"][0]["ApprovalPoolMembers"] == [caller]
    assert _approvals(codecommit) == ["APPROVE"]
    assert _gate(pr_repo, env, "--approval-rule", "credgate").returncode == 0  # not added twice
    assert codecommit.ops().count("CreatePullRequestApprovalRule") == 1


def test_codecommit_errors_fail_closed(codecommit, pr_repo: PullRequestRepo):
    pr_repo.commit("ok.txt", "fine\n")
    env = _open_pr(codecommit, pr_repo)
    codecommit.fail["UpdatePullRequestApprovalState"] = (
        "AccessDeniedException", "not authorized to perform codecommit:UpdatePullRequestApprovalState")
    p = _gate(pr_repo, env)
    err = p.stderr.decode()
    assert p.returncode == 123, err
    assert "UpdatePullRequestApprovalState: AccessDeniedException" in err and "fails closed" in err
    codecommit.fail.clear()
    env["pullRequestId"] = "99"
    p = _gate(pr_repo, env)
    assert p.returncode == 123 and "PullRequestDoesNotExistException" in p.stderr.decode()


def test_comment_stays_under_the_codecommit_limit(codecommit, pr_repo: PullRequestRepo):
    lines = []
    for _ in range(60):
        kid, sec = aws_pair()
        lines += [f"AWS_ACCESS_KEY_ID={kid}", f"AWS_SECRET_ACCESS_KEY={sec}"]
    pr_repo.commit("leak.env", "\n".join(lines) + "\n")
    env = _open_pr(codecommit, pr_repo)
    p = _gate(pr_repo, env)
    assert p.returncode == 1, p.stderr.decode()
    [c] = codecommit.marked(MARKER)
    assert len(c["content"]) <= 10240
    assert "more finding(s) not listed here" in c["content"] or "in the build report" in c["content"]
    sarif = json.loads((pr_repo.path / "credgate.sarif").read_text())
    assert len(sarif["runs"][0]["results"]) == 120


def test_comment_requested_outside_codecommit_is_a_warning(pr_repo: PullRequestRepo):
    pr_repo.commit("ok.txt", "fine\n")
    p = run_credgate(["ci", "--range", "main..feature", "--comment"], cwd=pr_repo.path)
    assert p.returncode == 0
    assert "--comment/--set-approval ignored" in p.stderr.decode()
