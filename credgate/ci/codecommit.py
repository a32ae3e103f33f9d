"""CodeCommit pull-request side of the CI gate: one comment, kept up to date, and an approval state.

* The comment carries a hidden marker.  On the next run the marked comment is
  found with GetCommentsForPullRequest and edited with UpdateComment, so a pull
  request never collects a pile of gate comments.  A marked comment written by
  someone else (UpdateComment says CommentNotCreatedByCallerException) is
  left alone and a new one is posted.
* ``set_approval`` approves the pull request revision when nothing blocks and
  revokes the approval when something does (UpdatePullRequestApprovalState).
  It never approves a revision other than the one scanned.
* ``ensure_approval_rule`` adds an approval rule to the pull request that needs
  one approval from the gate's own role, which is what turns the approval into
  a merge gate when no approval rule template does it already.

boto3 is imported only when a client is made.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import Any, Callable, Optional

MARKER = "<!-- credgate:ci-comment v1 -->"
# CodeCommit rejects comments over 10,240 characters (CommentContentSizeLimitExceededException).
COMMENT_LIMIT = 10240
APPROVAL_RULE_VERSION = "2018-11-08"


class CodeCommitError(Exception):
    """A CodeCommit (or STS) call failed; the message names the call and AWS's error code."""

    def __init__(self, operation: str, code: str, message: str) -> None:
        super().__init__(f"{operation}: {code}: {message}")
        self.operation, self.code, self.detail = operation, code, message


@dataclass(frozen=True)
class PullRequestState:
    id: str
    title: str
    status: str  # OPEN / CLOSED
    revision_id: str
    repository: str
    source_commit: str
    destination_commit: str
    merge_base: Optional[str]
    source_reference: str
    destination_reference: str
    approval_rules: tuple[str, ...]


def _call(operation: str, fn: Callable[..., Any], **kwargs: Any) -> Any:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return fn(**kwargs)
    except ClientError as exc:
        err = exc.response.get("Error", {})
        raise CodeCommitError(operation, str(err.get("Code", "Error")), str(err.get("Message", ""))) from None
    except BotoCoreError as exc:
        raise CodeCommitError(operation, type(exc).__name__, str(exc)) from None


def make_client(service: str, region: Optional[str], endpoint_url: Optional[str] = None) -> Any:
    import boto3
    from botocore.config import Config

    cfg = Config(retries={"max_attempts": 4, "mode": "standard"}, connect_timeout=10, read_timeout=30,
                 user_agent_extra="credgate-ci")
    kwargs: dict[str, Any] = {"config": cfg}
    region = region or os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION")
    if region:
        kwargs["region_name"] = region
    if endpoint_url:
        kwargs["endpoint_url"] = endpoint_url
    return boto3.client(service, **kwargs)


class PullRequestGate:
    """The CodeCommit calls the gate makes for one pull request."""

    def __init__(self, pull_request_id: str, repository: str, *, region: Optional[str] = None,
                 client: Any = None, sts_client: Any = None) -> None:
        self.pull_request_id = str(pull_request_id)
        self.repository = repository
        self.region = region
        self._client = client
        self._sts = sts_client

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = make_client("codecommit", self.region)
        return self._client

    # ------------------------------------------------------------ pull request
    def get(self) -> PullRequestState:
        resp = _call("GetPullRequest", self.client.get_pull_request, pullRequestId=self.pull_request_id)
        pr = resp.get("pullRequest", {})
        targets = [t for t in pr.get("pullRequestTargets", []) if t.get("repositoryName") in (None, self.repository)]
        if not targets:
            targets = pr.get("pullRequestTargets", [])
        if not targets:
            raise CodeCommitError("GetPullRequest", "NoTargets", f"pull request {self.pull_request_id} has no targets")
        t = targets[0]
        return PullRequestState(
            id=str(pr.get("pullRequestId", self.pull_request_id)),
            title=str(pr.get("title", "")),
            status=str(pr.get("pullRequestStatus", "")),
            revision_id=str(pr.get("revisionId", "")),
            repository=str(t.get("repositoryName", self.repository)),
            source_commit=str(t.get("sourceCommit", "")),
            destination_commit=str(t.get("destinationCommit", "")),
            merge_base=t.get("mergeBase"),
            source_reference=str(t.get("sourceReference", "")),
            destination_reference=str(t.get("destinationReference", "")),
            approval_rules=tuple(str(r.get("approvalRuleName", "")) for r in pr.get("approvalRules", [])),
        )

    # ----------------------------------------------------------------- comment
    def marked_comments(self, marker: str = MARKER) -> list[dict[str, Any]]:
        """Our marked comments on the pull request, newest first."""
        found: list[dict[str, Any]] = []
        token: Optional[str] = None
        for _ in range(1000):  # pages; a bound so a misbehaving endpoint cannot loop forever
            kwargs: dict[str, Any] = {"pullRequestId": self.pull_request_id, "repositoryName": self.repository}
            if token:
                kwargs["nextToken"] = token
            resp = _call("GetCommentsForPullRequest", self.client.get_comments_for_pull_request, **kwargs)
            for group in resp.get("commentsForPullRequestData", []):
                for c in group.get("comments", []):
                    if not c.get("deleted") and marker in (c.get("content") or ""):
                        found.append(c)
            token = resp.get("nextToken")
            if not token:
                break

        def when(c: dict[str, Any]) -> Any:
            d = c.get("lastModifiedDate") or c.get("creationDate")
            return d.timestamp() if hasattr(d, "timestamp") else 0

        found.sort(key=when, reverse=True)
        return found

    def upsert_comment(self, content: str, *, before_commit: str, after_commit: str,
                       marker: str = MARKER) -> tuple[str, str]:
        """Post the comment, or update the one we posted before.  Returns (action, comment id)."""
        body = content if marker in content else f"{content.rstrip()}\n\n{marker}\n"
        if len(body) > COMMENT_LIMIT:
            raise ValueError(f"comment is {len(body)} characters; CodeCommit allows {COMMENT_LIMIT}")
        for old in self.marked_comments(marker):
            cid = str(old.get("commentId"))
            if old.get("content") == body:
                return "unchanged", cid
            try:
                _call("UpdateComment", self.client.update_comment, commentId=cid, content=body)
            except CodeCommitError as exc:
                if exc.code in ("CommentNotCreatedByCallerException", "CommentDeletedException",
                                "CommentDoesNotExistException"):
                    continue
                raise
            return "updated", cid
        resp = _call(
            "PostCommentForPullRequest",
            self.client.post_comment_for_pull_request,
            pullRequestId=self.pull_request_id,
            repositoryName=self.repository,
            beforeCommitId=before_commit,
            afterCommitId=after_commit,
            content=body,
        )
        return "posted", str(resp.get("comment", {}).get("commentId", ""))

    # ---------------------------------------------------------------- approval
    def set_approval(self, approve: bool, revision_id: str) -> str:
        state = "APPROVE" if approve else "REVOKE"
        _call("UpdatePullRequestApprovalState", self.client.update_pull_request_approval_state,
              pullRequestId=self.pull_request_id, revisionId=revision_id, approvalState=state)
        return state

    def approval_states(self, revision_id: str) -> list[dict[str, Any]]:
        resp = _call("GetPullRequestApprovalStates", self.client.get_pull_request_approval_states,
                     pullRequestId=self.pull_request_id, revisionId=revision_id)
        return list(resp.get("approvals", []))

    def caller_pool_member(self) -> str:
        """The approval-pool entry for whoever runs the gate (an assumed role becomes ``.../Role/*``)."""
        if self._sts is None:
            self._sts = make_client("sts", self.region)
        arn = str(_call("GetCallerIdentity", self._sts.get_caller_identity).get("Arn", ""))
        return approval_pool_member(arn)

    def ensure_approval_rule(self, name: str, current: PullRequestState) -> bool:
        """Add rule ``name`` needing one approval from the gate; False when it already exists."""
        if name in current.approval_rules:
            return False
        content = approval_rule_content(self.caller_pool_member())
        _call("CreatePullRequestApprovalRule", self.client.create_pull_request_approval_rule,
              pullRequestId=self.pull_request_id, approvalRuleName=name, approvalRuleContent=content)
        return True


def approval_pool_member(arn: str) -> str:
    # arn:aws:sts::123456789012:assumed-role/RoleName/session -> arn:aws:sts::123456789012:assumed-role/RoleName/*
    parts = arn.split(":", 5)
    if len(parts) == 6 and parts[2] == "sts" and parts[5].startswith("assumed-role/"):
        role = parts[5].split("/")
        if len(role) >= 2:
            return ":".join(parts[:5] + [f"assumed-role/{role[1]}/*"])
    return arn


def approval_rule_content(pool_member: str, approvals: int = 1) -> str:
    return json.dumps({
        "Version": APPROVAL_RULE_VERSION,
        "Statements": [{"Type": "Approvers", "NumberOfApprovalsNeeded": approvals,
                        "ApprovalPoolMembers": [pool_member]}],
    })
