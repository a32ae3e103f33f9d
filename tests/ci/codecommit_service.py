"""A small CodeCommit service on 127.0.0.1 for the pull-request calls moto does not implement.

moto 5.2.1 implements only CreateRepository / GetRepository / DeleteRepository
for CodeCommit (AWS_NOTES.md), so the gate's pull-request calls go to this
server instead.  It speaks the real wire protocol (AWS JSON 1.1:
``POST /`` with ``X-Amz-Target: CodeCommit_20150413.<Operation>``, errors as
``{"__type": ..., "message": ...}`` with HTTP 400), so boto3 talks to it
unpatched through ``AWS_ENDPOINT_URL_CODECOMMIT``.  The caller is taken from
the SigV4 ``Authorization`` header's access key, so tests can act as two
different users.  Behaviour follows the CodeCommit API reference: only a
comment's author may update it, approvals need the current revision ID, the
pull request's author cannot approve it, comments are limited to 10,240
characters, results are paginated with ``nextToken``.
"""
from __future__ import annotations

import hashlib
import json
import re
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Optional

ACCOUNT = "123456789012"
TARGET_PREFIX = "CodeCommit_20150413."


class ApiError(Exception):
    def __init__(self, code: str, message: str, status: int = 400) -> None:
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def caller_arn(access_key: str) -> str:
    return f"arn:aws:sts::{ACCOUNT}:assumed-role/codebuild-gate-role/{access_key}"


class CodeCommitService:
    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.pull_requests: dict[str, dict[str, Any]] = {}
        self.comments: dict[str, dict[str, Any]] = {}
        self.approvals: dict[tuple[str, str], dict[str, str]] = {}
        self.calls: list[tuple[str, dict[str, Any], str]] = []  # (operation, body, caller)
        self.page_size = 100
        self.fail: dict[str, tuple[str, str]] = {}  # operation -> (error code, message)
        self._server: Optional[ThreadingHTTPServer] = None
        self.url = ""

    # ----------------------------------------------------------- test setup
    def add_pull_request(self, repo: str, source_commit: str, destination_commit: str, *, pr_id: str = "1",
                         author: str = f"arn:aws:iam::{ACCOUNT}:user/developer", title: str = "Add feature",
                         source_ref: str = "refs/heads/feature", destination_ref: str = "refs/heads/main") -> str:
        with self.lock:
            self.pull_requests[pr_id] = {
                "pullRequestId": pr_id,
                "title": title,
                "pullRequestStatus": "OPEN",
                "authorArn": author,
                "creationDate": time.time(),
                "lastActivityDate": time.time(),
                "revisionId": self._revision(pr_id, source_commit),
                "pullRequestTargets": [{
                    "repositoryName": repo,
                    "sourceReference": source_ref,
                    "destinationReference": destination_ref,
                    "sourceCommit": source_commit,
                    "destinationCommit": destination_commit,
                    "mergeBase": destination_commit,
                    "mergeMetadata": {"isMerged": False},
                }],
                "approvalRules": [],
            }
        return self.pull_requests[pr_id]["revisionId"]

    def update_source(self, pr_id: str, source_commit: str) -> str:
        """The source branch moved (pullRequestSourceBranchUpdated): new commit, new revision."""
        with self.lock:
            pr = self.pull_requests[pr_id]
            pr["pullRequestTargets"][0]["sourceCommit"] = source_commit
            pr["revisionId"] = self._revision(pr_id, source_commit)
            return pr["revisionId"]

    def add_comment(self, pr_id: str, content: str, author: str) -> str:
        pr = self.pull_requests[pr_id]
        t = pr["pullRequestTargets"][0]
        return self._new_comment(pr_id, t["repositoryName"], t["destinationCommit"], t["sourceCommit"], content, author)

    @staticmethod
    def _revision(pr_id: str, commit: str) -> str:
        return hashlib.sha256(f"{pr_id}:{commit}:{uuid.uuid4()}".encode()).hexdigest()

    def _new_comment(self, pr_id: str, repo: str, before: str, after: str, content: str, author: str) -> str:
        cid = uuid.uuid4().hex
        now = time.time() + len(self.comments) * 0.001  # strictly increasing
        self.comments[cid] = {
            "commentId": cid, "content": content, "authorArn": author, "deleted": False,
            "creationDate": now, "lastModifiedDate": now, "callerReactions": [], "reactionCounts": {},
            "_pr": pr_id, "_repo": repo, "_before": before, "_after": after,
        }
        return cid

    def marked(self, marker: str) -> list[dict[str, Any]]:
        return [c for c in self.comments.values() if marker in c["content"] and not c["deleted"]]

    def ops(self) -> list[str]:
        return [op for op, _, _ in self.calls]

    # -------------------------------------------------------------- serving
    def start(self) -> "CodeCommitService":
        service = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *a: Any) -> None:  # quiet
                pass

            def do_POST(self) -> None:  # noqa: N802 - http.server API
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                target = self.headers.get("X-Amz-Target", "")
                auth = self.headers.get("Authorization", "")
                m = re.search(r"Credential=([^/]+)/", auth)
                try:
                    if not auth.startswith("AWS4-HMAC-SHA256") or not m:
                        raise ApiError("MissingAuthenticationTokenException", "request is not signed", 403)
                    if self.headers.get("Content-Type") != "application/x-amz-json-1.1":
                        raise ApiError("SerializationException", "expected application/x-amz-json-1.1")
                    if not target.startswith(TARGET_PREFIX):
                        raise ApiError("UnknownOperationException", f"unknown target {target!r}")
                    op = target[len(TARGET_PREFIX):]
                    body = json.loads(raw or b"{}")
                    caller = caller_arn(m.group(1))
                    with service.lock:
                        service.calls.append((op, body, caller))
                        if op in service.fail:
                            code, msg = service.fail[op]
                            raise ApiError(code, msg)
                        fn = getattr(service, f"op_{op}", None)
                        if fn is None:
                            raise ApiError("UnknownOperationException", f"operation {op} not implemented here")
                        result = fn(body, caller)
                    status, payload = 200, result
                except ApiError as exc:
                    status, payload = exc.status, {"__type": exc.code, "message": exc.message}
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/x-amz-json-1.1")
                self.send_header("Content-Length", str(len(data)))
                self.send_header("x-amzn-RequestId", str(uuid.uuid4()))
                self.end_headers()
                self.wfile.write(data)

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        host, port = self._server.server_address[:2]
        self.url = f"http://{host}:{port}"
        threading.Thread(target=self._server.serve_forever, daemon=True).start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()

    # ----------------------------------------------------------- operations
    def _pr(self, body: dict[str, Any]) -> dict[str, Any]:
        pid = body.get("pullRequestId")
        if not pid:
            raise ApiError("PullRequestIdRequiredException", "pullRequestId is required")
        if not str(pid).isdigit():
            raise ApiError("InvalidPullRequestIdException", f"invalid pull request ID {pid!r}")
        pr = self.pull_requests.get(str(pid))
        if pr is None:
            raise ApiError("PullRequestDoesNotExistException", f"pull request {pid} does not exist")
        return pr

    @staticmethod
    def _public(c: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in c.items() if not k.startswith("_")}

    def op_GetPullRequest(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        return {"pullRequest": self._pr(body)}

    def op_GetCommentsForPullRequest(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        pr = self._pr(body)
        repo = body.get("repositoryName")
        if repo and repo != pr["pullRequestTargets"][0]["repositoryName"]:
            raise ApiError("RepositoryNotAssociatedWithPullRequestException", f"{repo} is not in the pull request")
        mine = [c for c in self.comments.values() if c["_pr"] == pr["pullRequestId"]]
        mine.sort(key=lambda c: c["creationDate"])
        start = int(body.get("nextToken") or 0)
        limit = min(int(body.get("maxResults") or 100), self.page_size)
        page = mine[start:start + limit]
        groups: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for c in page:
            groups.setdefault((c["_before"], c["_after"]), []).append(self._public(c))
        out: dict[str, Any] = {"commentsForPullRequestData": [
            {"pullRequestId": pr["pullRequestId"], "repositoryName": pr["pullRequestTargets"][0]["repositoryName"],
             "beforeCommitId": b, "afterCommitId": a, "comments": cs} for (b, a), cs in groups.items()
        ]}
        if start + limit < len(mine):
            out["nextToken"] = str(start + limit)
        return out

    def op_PostCommentForPullRequest(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        pr = self._pr(body)
        for k in ("repositoryName", "beforeCommitId", "afterCommitId", "content"):
            if not body.get(k):
                raise ApiError(f"{k[0].upper()}{k[1:]}RequiredException" if k != "content" else
                               "CommentContentRequiredException", f"{k} is required")
        t = pr["pullRequestTargets"][0]
        if body["repositoryName"] != t["repositoryName"]:
            raise ApiError("RepositoryNotAssociatedWithPullRequestException", "repository not in pull request")
        if len(body["content"]) > 10240:
            raise ApiError("CommentContentSizeLimitExceededException", "comment is over 10,240 characters")
        cid = self._new_comment(pr["pullRequestId"], body["repositoryName"], body["beforeCommitId"],
                                body["afterCommitId"], body["content"], caller)
        return {"repositoryName": body["repositoryName"], "pullRequestId": pr["pullRequestId"],
                "beforeCommitId": body["beforeCommitId"], "afterCommitId": body["afterCommitId"],
                "comment": self._public(self.comments[cid])}

    def op_UpdateComment(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        c = self.comments.get(body.get("commentId", ""))
        if c is None:
            raise ApiError("CommentDoesNotExistException", "no such comment")
        if c["deleted"]:
            raise ApiError("CommentDeletedException", "comment was deleted")
        if c["authorArn"] != caller:
            raise ApiError("CommentNotCreatedByCallerException", "only the author can edit a comment")
        if not body.get("content"):
            raise ApiError("CommentContentRequiredException", "content is required")
        if len(body["content"]) > 10240:
            raise ApiError("CommentContentSizeLimitExceededException", "comment is over 10,240 characters")
        c["content"] = body["content"]
        c["lastModifiedDate"] = max(time.time(), c["lastModifiedDate"] + 0.001)
        return {"comment": self._public(c)}

    def op_UpdatePullRequestApprovalState(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        pr = self._pr(body)
        if body.get("approvalState") not in ("APPROVE", "REVOKE"):
            raise ApiError("InvalidApprovalStateException", "approvalState must be APPROVE or REVOKE")
        if body.get("revisionId") != pr["revisionId"]:
            raise ApiError("RevisionNotCurrentException", "the revision ID is not the current one")
        if pr["pullRequestStatus"] != "OPEN":
            raise ApiError("PullRequestAlreadyClosedException", "pull request is closed")
        if caller == pr["authorArn"]:
            raise ApiError("PullRequestCannotBeApprovedByAuthorException", "authors cannot approve")
        self.approvals.setdefault((pr["pullRequestId"], pr["revisionId"]), {})[caller] = body["approvalState"]
        return {}

    def op_GetPullRequestApprovalStates(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        pr = self._pr(body)
        states = self.approvals.get((pr["pullRequestId"], body.get("revisionId", "")), {})
        return {"approvals": [{"userArn": u, "approvalState": s} for u, s in states.items()]}

    def op_CreatePullRequestApprovalRule(self, body: dict[str, Any], caller: str) -> dict[str, Any]:  # noqa: N802
        pr = self._pr(body)
        name = body.get("approvalRuleName")
        content = body.get("approvalRuleContent")
        if not name:
            raise ApiError("ApprovalRuleNameRequiredException", "approvalRuleName is required")
        if not content:
            raise ApiError("ApprovalRuleContentRequiredException", "approvalRuleContent is required")
        try:
            parsed = json.loads(content)
            assert parsed["Statements"][0]["Type"] == "Approvers"
        except (ValueError, KeyError, IndexError, AssertionError, TypeError):
            raise ApiError("InvalidApprovalRuleContentException", "approval rule content is not valid") from None
        if any(r["approvalRuleName"] == name for r in pr["approvalRules"]):
            raise ApiError("ApprovalRuleNameAlreadyExistsException", f"rule {name} exists")
        rule = {"approvalRuleId": uuid.uuid4().hex, "approvalRuleName": name, "approvalRuleContent": content,
                "ruleContentSha256": hashlib.sha256(content.encode()).hexdigest(),
                "lastModifiedDate": time.time(), "creationDate": time.time(), "lastModifiedUser": caller}
        pr["approvalRules"].append(rule)
        return {"approvalRule": rule}
