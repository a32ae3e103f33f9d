"""The CodeBuild / CodeCommit gate's logic: the event environment, the policy from the base commit (and changes to it), IaC files of the change, and the pull-request comment and approval."""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union
from urllib.parse import quote

from credgate.ci.codebuild import EVENT_VARS, load_event
from credgate.ci.codecommit import COMMENT_LIMIT, MARKER
from credgate.config import Config, credgate_table_of, git_blob, load_config, load_config_at_commit, policy_candidates
from credgate.errors import EXIT_CLEAN, ConfigError
from credgate.iac import looks_like_iac as iac_sniff
from credgate.models import Confidence, Finding, Fragment, Location, Severity, Skip
from credgate.records import replace
from credgate.redact import fingerprint
from credgate.report.markdown import render_markdown
from credgate.scan import config_from_args
from credgate.sources.filesystem import decode_text
from credgate.sources.git.blobs import BlobReader, ReadFailure
from credgate.sources.git.run import GitError, git

# Rough IaC sniffing for when the IaC package offers nothing for a path: the gate
# must still scan a changed CloudFormation/SAM/ECS/Terraform file in full.
_IAC_SUFFIXES = (".yaml", ".yml", ".json", ".template", ".tf", ".tfvars", ".toml", ".properties")


_IAC_MARKERS = (b"AWSTemplateFormatVersion", b"AWS::", b"containerDefinitions", b"ContainerDefinitions",
                b"parameter_overrides", b"ParameterKey", b"resource \"", b"provider \"")


def say(msg: str) -> None:
    print(f"credgate ci: {msg}", file=sys.stderr)
    sys.stderr.flush()


def environment(args: argparse.Namespace) -> dict[str, str]:
    env: dict[str, str] = dict(os.environ)
    if args.event:
        fields = load_event(Path(args.event))
        for names in EVENT_VARS.values():  # the event file wins over whatever the environment says
            for n in names:
                env.pop(n, None)
        env.update(fields)
    if args.pull_request:
        env["pullRequestId"] = args.pull_request
        env.pop("PULL_REQUEST_ID", None)
    if args.repository:
        env["repositoryName"] = args.repository
        env.pop("REPOSITORY_NAME", None)
    return env


POLICY_RULE = "gate-policy-change"


def inside(path: Path, top: Path) -> Optional[str]:
    """``path`` relative to the clone's top (POSIX), or None when it is outside the clone."""
    try:
        return path.resolve().relative_to(top.resolve()).as_posix()
    except ValueError:
        return None


def gate_policy(args: argparse.Namespace, repo: Path, target: Any, workdir: Path) -> tuple[Any, list[str]]:
    """The config the gate judges with, and the repository files that set it (watched for changes).

    Never the change's own config: the base commit's, or a file pinned outside the clone.
    A --baseline inside the clone is read from the base commit as well (``args.baseline`` is
    pointed at that copy).
    """

    if args.policy_from == "head":
        return replace(config_from_args(args, start=repo), origin="the checked-out change (--policy-from head)"), []
    try:
        top = Path(git(repo, "rev-parse", "--show-toplevel").decode().strip())
        subdir = git(repo, "rev-parse", "--show-prefix").decode().strip()
    except GitError as exc:
        raise ConfigError(f"credgate ci: cannot find the top of the clone: {exc}") from None
    base = target.base
    explicit = args.config or os.environ.get("CREDGATE_CONFIG") or None
    watched: list[str] = []
    if explicit and inside(Path(explicit), top) is None:
        config = load_config(explicit)
        config = replace(config, origin=f"{explicit} (pinned)")
    elif base is None:
        if explicit:
            raise ConfigError(
                f"--config {explicit} is inside the clone and the range has no base commit to read it from: "
                "pin a config outside the clone, or pass --range BASE..HEAD"
            )
        config = Config(root=top, origin="built-in defaults (no base commit to read the policy from; "
                                         "pin one with --config FILE outside the clone)")
    else:
        rel = inside(Path(explicit), top) if explicit else None
        config, watched = load_config_at_commit(top, base, workdir, subdir=subdir, rel=rel)
        watched = sorted(set(watched) | set(policy_candidates(subdir)))
    if args.baseline and base is not None:
        rel = inside(Path(args.baseline), top)
        if rel is not None:
            watched.append(rel)
            blob = git_blob(top, base, rel)
            if blob is None:
                say(f"baseline {rel} is not in the base commit {base[:12]}: gating without a baseline")
                args.baseline = None
            else:
                copy = workdir / "baseline.json"
                copy.write_bytes(blob[2])
                args.baseline = str(copy)
    elif args.baseline and base is None and inside(Path(args.baseline), top) is not None:
        say(f"baseline {args.baseline} is inside the clone and there is no base commit: gating without a baseline")
        args.baseline = None
    ci = config.section("ci")
    honour = ci.get("honour_inline_allows", True)
    if not isinstance(honour, bool):
        raise ConfigError(f"{config.origin or config.path}: [ci] honour_inline_allows must be true or false")
    if ci.get("policy_changes", "block") not in ("block", "warn"):
        raise ConfigError(f"{config.origin or config.path}: [ci] policy_changes must be \"block\" or \"warn\"")
    return replace(config, inline_allows=honour), watched


def policy_changes(repo: Path, target: Any, watched: list[str]) -> list[tuple[str, str]]:
    """``(path, blob id at head)`` of each watched policy file the change modifies (added, changed or removed)."""

    if not target.base or not watched:
        return []
    try:
        raw = git(repo, "diff", "--name-only", "-z", "--no-renames", "--no-ext-diff", "--no-textconv",
                  f"{target.base}...{target.head}", "--", *[f":(literal){w}" for w in watched])
    except GitError as exc:
        raise ConfigError(f"credgate ci: cannot tell whether the change modifies the gate's policy: {exc}") from None
    out = []
    for rel in sorted({p.decode("utf-8", "surrogateescape") for p in raw.split(b"\0") if p}):
        before = git_blob(repo, target.base, rel)
        after = git_blob(repo, target.head, rel)
        if rel.rsplit("/", 1)[-1] == "pyproject.toml":  # only [tool.credgate] sets the policy
            if credgate_table_of(before[2] if before else b"", rel) == credgate_table_of(after[2] if after else b"", rel):
                continue
        out.append((rel, after[1] if after else "deleted"))
    return out


def policy_findings(changes: list[tuple[str, str]], target: Any, config: Any) -> list[Any]:

    out = []
    for rel, oid in changes:
        out.append(Finding(
            rule_id=POLICY_RULE,
            rule_name="Change to the gate's own policy",
            severity=Severity.CRITICAL,
            confidence=Confidence.HIGH,
            secret="",
            location=Location(path=rel, line=1, source="history", commit=target.head),
            fingerprint=fingerprint(POLICY_RULE, rel, oid),
            why=[f"this change modifies {rel}, which sets what the gate allows; the gate judged the change with "
                 f"the policy of the base commit {target.base[:12]}, not with the changed one "
                 f"(policy: {config.origin or config.path})"],
            remediation=("Have an owner of the gate review the policy change (allowlists, exclude_paths, "
                         "disabled_rules, [[rules]], baselines) and merge it deliberately: a repository admin "
                         "can override the approval rule; or the gate owner sets [ci] policy_changes = \"warn\" "
                         "in the base config to report policy changes without blocking."),
            line_text="",
            tags=("policy",),
            exposure=["history"],
        ))
    return out


def short_range(target: Any) -> str:
    if target.base:
        return f"{target.base[:12]}..{target.head[:12]}"
    return f"{target.head[:12]} and its history"


def build_url(env: Mapping[str, str]) -> Optional[str]:
    """A console link to the build, when running in CodeBuild."""
    build_id = env.get("CODEBUILD_BUILD_ID", "")
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not build_id or not region or ":" not in build_id:
        return None
    project = build_id.split(":", 1)[0]
    return (f"https://{region}.console.aws.amazon.com/codesuite/codebuild/projects/{quote(project, safe='')}"
            f"/build/{quote(build_id, safe='')}/reports?region={region}")


def looks_like_iac(path: str, data: bytes) -> bool:
    try:
        if iac_sniff(path, data):
            return True
    except ImportError:  # pragma: no cover - the iac package is part of credgate
        pass
    name = path.rsplit("/", 1)[-1].lower()
    if name in ("samconfig.toml", "dockerfile", "docker-compose.yml", "docker-compose.yaml", "serverless.yml"):
        return True
    if not name.endswith(_IAC_SUFFIXES):
        return False
    head = data[:65536]
    return any(m in head for m in _IAC_MARKERS)


def iac_files(repo: Path, target: Any, max_size: int, engine: Any) -> Iterator[Union[Fragment, Skip]]:
    """The head version of every IaC file the range adds or modifies, whole (no added_lines)."""

    try:
        if target.base:
            raw = git(repo, "diff", "--name-only", "-z", "--no-renames", "--diff-filter=AMT", target.base, target.head)
            changed = {p.decode("utf-8", "surrogateescape") for p in raw.split(b"\0") if p}
        else:
            changed = None  # whole history: every file at head
        listing = git(repo, "ls-tree", "-r", "-z", "-l", "--full-tree", target.head)
    except GitError as exc:
        yield Skip(target.rev_range, "git-error", str(exc))
        return
    wanted: dict[str, list[str]] = {}
    for entry in listing.split(b"\0"):
        if not entry or b"\t" not in entry:
            continue
        meta, rawpath = entry.split(b"\t", 1)
        parts = meta.split()
        if len(parts) < 4 or parts[1] != b"blob":
            continue
        path = rawpath.decode("utf-8", "surrogateescape")
        if changed is not None and path not in changed:
            continue
        if engine.path_excluded(path):
            continue
        size = int(parts[3]) if parts[3].isdigit() else 0
        if size > max_size:
            continue  # the range scan reports oversized blobs as skips already
        wanted.setdefault(parts[2].decode(), []).append(path)
    if not wanted:
        return

    sizes = {oid: 0 for oid in wanted}  # sizes were checked against max_size above
    for oid, data in BlobReader(repo).read(list(wanted), max_size, sizes):
        if isinstance(data, ReadFailure):
            yield Skip(wanted[oid][0] if oid else target.rev_range, "git-error", f"IaC file not read: {data.detail}")
            continue
        if not isinstance(data, bytes):
            continue
        data = decode_text(data)  # type: ignore[assignment]
        if data is None:
            continue
        for path in wanted[oid]:
            if looks_like_iac(path, data):
                yield Fragment(path=path, data=data, source="history", commit=target.head, blob_id=oid)


def pull_request_actions(args: argparse.Namespace, gate: Any, state: Any, report: Any, target: Any,
                          verdict: int) -> None:

    if args.comment:
        shown = replace(report, redact=True, color=False)  # a comment is never unredacted
        body = render_markdown(shown, max_chars=COMMENT_LIMIT - len(MARKER) - 4)
        before = state.destination_commit or (target.base or "")
        after = state.source_commit or target.head
        action, cid = gate.upsert_comment(body, before_commit=before, after_commit=after)
        say(f"{action} comment {cid} on pull request {gate.pull_request_id} ({gate.repository})")
    if args.set_approval:
        fresh = gate.get()
        if args.approval_rule and gate.ensure_approval_rule(args.approval_rule, fresh):
            say(f"added approval rule {args.approval_rule!r} to pull request {gate.pull_request_id}")
        if fresh.status and fresh.status.upper() != "OPEN":
            say(f"pull request {gate.pull_request_id} is {fresh.status}: approval state left as it is")
            return
        approve = verdict == EXIT_CLEAN
        if approve and fresh.source_commit and fresh.source_commit != target.head:
            say(f"pull request {gate.pull_request_id} moved on to {fresh.source_commit[:12]} since "
                 f"{target.head[:12]} was scanned: not approving (the build for the new commit decides)")
            return
        state_set = gate.set_approval(approve, fresh.revision_id)
        say(f"set approval state {state_set} on pull request {gate.pull_request_id} revision {fresh.revision_id}")
