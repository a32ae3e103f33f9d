"""credgate ci: the CodeBuild gate for CodeCommit pull requests (and any CI with --range)."""
from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator, Mapping, Optional, Union

from credgate.cli import Collector, add_common, add_gate_options, build_report, config_from_args, fail_level, make_engine, write_private
from credgate.errors import EXIT_CLEAN, EXIT_FINDINGS, EXIT_INTERNAL, ConfigError, CredgateError
from credgate.models import Fragment, Skip

DESCRIPTION = """\
Gate a pull request in CI.  credgate ci works out the commit range to scan:

  --range A..B                     in any CI (the commits in B that are not in A)
  sourceCommit, destinationCommit  a CodeCommit pull request; the EventBridge rule in
  (+ pullRequestId, repositoryName) deploy/codebuild-gate.yaml passes these to CodeBuild
  CODEBUILD_WEBHOOK_*              CodeBuild webhook builds (BASE_REF for pull requests,
                                   PREV_COMMIT for pushes) with CODEBUILD_RESOLVED_SOURCE_VERSION

It scans every commit in the range (only the lines the range adds) and the IaC
files the range changes in full (CloudFormation, SAM, ECS, ... read as
structure), writes JUnit / SARIF / Markdown reports, prints a summary to the
build log, and exits 1 when a finding at or above --fail-on (default high) is
not in the --baseline.  On a CodeCommit pull request, --comment posts one
comment with the findings (always redacted) and updates it on the next run;
--set-approval approves the pull request revision when nothing blocks and
revokes the approval when something does.

The gate's policy (.credgate.toml, or [tool.credgate] in pyproject.toml, and a
--baseline inside the clone) is read from the BASE commit of the range, never
from the change being judged, so a pull request cannot loosen the gate that
judges it; --config FILE outside the clone (or CREDGATE_CONFIG) pins it
instead.  A change to the policy files is reported as a critical finding for
review ([ci] policy_changes = "warn" in the base config makes it a warning),
and [ci] honour_inline_allows = false refuses `credgate:allow` comments.

The gate fails closed: if the range cannot be read or CodeCommit cannot be
reached, the build fails (exit 2 for configuration, 123 for anything else).
"""

EPILOG = """\
examples:
  credgate ci --junit credgate-junit.xml --sarif credgate.sarif --comment --set-approval
  credgate ci --range origin/main..HEAD --junit credgate-junit.xml
  credgate ci --event pr-event.json --markdown comment.md       replay an EventBridge event

exit codes: 0 nothing new at or above --fail-on, 1 findings block the change,
2 the range or configuration is wrong, 123 internal or AWS error.
"""

BYPASS = (
    "credgate ci fails closed, so this build fails and the pull request stays blocked.\n"
    "  To merge anyway, deliberately: a repository admin can override the pull request's approval rules\n"
    "  (aws codecommit override-pull-request-approval-rules --override-status OVERRIDE ...), or fix the cause\n"
    "  and re-run the build (set CREDGATE_DEBUG=1 in the build for a traceback)."
)

IAC_CONTEXT = "unchanged line of an IaC file this change modifies (IaC files are scanned in full)"

# Rough IaC sniffing for when the IaC package offers nothing for a path: the gate
# must still scan a changed CloudFormation/SAM/ECS/Terraform file in full.
_IAC_SUFFIXES = (".yaml", ".yml", ".json", ".template", ".tf", ".tfvars", ".toml", ".properties")
_IAC_MARKERS = (b"AWSTemplateFormatVersion", b"AWS::", b"containerDefinitions", b"ContainerDefinitions",
                b"parameter_overrides", b"ParameterKey", b"resource \"", b"provider \"")


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("what to scan")
    g.add_argument("--range", metavar="A..B", help="scan the commits in B that are not in A (overrides the environment)")
    g.add_argument("--event", metavar="FILE", help="a CodeCommit pull-request EventBridge event (JSON) to take the range from")
    g.add_argument("--repo", metavar="DIR", default=".", help="the git clone to scan (default: .)")
    g.add_argument("--iac-full", action="store_true",
                   help="also report findings on unchanged lines of the IaC files the range changes (their old debt); "
                        "by default a changed IaC file is analysed whole but only findings whose secret or "
                        "reference (!Ref, ${P}) is on an added line are reported")
    g.add_argument("--no-iac-full", action="store_true", help=argparse.SUPPRESS)  # the default since issue 14
    g.add_argument("--max-file-size", metavar="SIZE", help="skip blobs larger than SIZE (default: config, 10MB)")
    g.add_argument("--policy-from", choices=["base", "head"], default="base",
                   help="where the config and a --baseline inside the clone are read: base (default): the base "
                        "commit of the range, so a change cannot loosen its own gate; head: the checked-out "
                        "change (only where the change is already trusted)")
    r = p.add_argument_group("reports")
    r.add_argument("--junit", metavar="FILE", help="write a JUnit XML report (for a CodeBuild report group)")
    r.add_argument("--sarif", metavar="FILE", help="write a SARIF 2.1.0 report")
    r.add_argument("--markdown", metavar="FILE", help="write the pull-request comment as Markdown")
    c = p.add_argument_group("CodeCommit pull request")
    c.add_argument("--comment", action="store_true",
                   help="post the findings as one pull-request comment, updated on every run")
    c.add_argument("--set-approval", action="store_true",
                   help="approve the pull request revision when nothing blocks, revoke the approval when something does")
    c.add_argument("--approval-rule", metavar="NAME",
                   help="also add approval rule NAME to the pull request, needing the gate's approval (implies --set-approval)")
    c.add_argument("--pull-request", metavar="ID", help="pull request ID (default: pullRequestId from the environment)")
    c.add_argument("--repository", metavar="NAME",
                   help="CodeCommit repository (default: repositoryName or CODEBUILD_SOURCE_REPO_URL)")
    add_common(p, hook=True)
    add_gate_options(p)
    p.set_defaults(hook_mode=True, bypass_hint=BYPASS)


def _say(msg: str) -> None:
    print(f"credgate ci: {msg}", file=sys.stderr)
    sys.stderr.flush()


def _environment(args: argparse.Namespace) -> dict[str, str]:
    env: dict[str, str] = dict(os.environ)
    if args.event:
        from credgate.ci.codebuild import EVENT_VARS, load_event

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


def run(args: argparse.Namespace) -> int:
    import tempfile

    try:
        with tempfile.TemporaryDirectory(prefix="credgate-policy-") as tmp:  # 0700: the base commit's policy
            return _run(args, Path(tmp))
    except CredgateError as exc:  # configuration: exit 2 (still a failed build)
        print(f"credgate: error: {exc}", file=sys.stderr)
        return exc.exit_code


POLICY_RULE = "gate-policy-change"


def _inside(path: Path, top: Path) -> Optional[str]:
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
    from credgate.config import Config, load_config, load_config_at_commit, policy_candidates
    from credgate.sources.git.run import GitError, git

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
    if explicit and _inside(Path(explicit), top) is None:
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
        rel = _inside(Path(explicit), top) if explicit else None
        config, watched = load_config_at_commit(top, base, workdir, subdir=subdir, rel=rel)
        watched = sorted(set(watched) | set(policy_candidates(subdir)))
    if args.baseline and base is not None:
        rel = _inside(Path(args.baseline), top)
        if rel is not None:
            from credgate.config import git_blob

            watched.append(rel)
            blob = git_blob(top, base, rel)
            if blob is None:
                _say(f"baseline {rel} is not in the base commit {base[:12]}: gating without a baseline")
                args.baseline = None
            else:
                copy = workdir / "baseline.json"
                copy.write_bytes(blob[2])
                args.baseline = str(copy)
    elif args.baseline and base is None and _inside(Path(args.baseline), top) is not None:
        _say(f"baseline {args.baseline} is inside the clone and there is no base commit: gating without a baseline")
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
    from credgate.config import credgate_table_of, git_blob
    from credgate.sources.git.run import GitError, git

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


def _policy_findings(changes: list[tuple[str, str]], target: Any, config: Any) -> list[Any]:
    from credgate.models import Confidence, Finding, Location, Severity
    from credgate.redact import fingerprint

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


def _run(args: argparse.Namespace, workdir: Path) -> int:
    from credgate.ci import codebuild
    from credgate.ci.codecommit import CodeCommitError

    if args.approval_rule:
        args.set_approval = True
    repo = Path(args.repo)
    env = _environment(args)
    target = codebuild.resolve(env, args.range)
    pr = target.pull_request
    gate = None
    state = None
    wants_pr = args.comment or args.set_approval
    if pr is not None and pr.provider == "codecommit" and (wants_pr or not target.head or target.base is None):
        from credgate.ci.codecommit import PullRequestGate

        gate = PullRequestGate(pr.id, pr.repository or "", region=pr.region)
        try:
            state = gate.get()
        except CodeCommitError as exc:
            _say(f"cannot read pull request {pr.id} in {pr.repository}: {exc}")
            print(BYPASS, file=sys.stderr)
            return EXIT_INTERNAL
        if not target.head or (target.base is None and target.notes):
            target = replace(target, head=target.head or state.source_commit,
                             base=state.destination_commit,
                             origin=target.origin + " (commits from GetPullRequest)")
    elif wants_pr:
        what = "a webhook build" if pr is not None else "no CodeCommit pull request in the environment"
        _say(f"--comment/--set-approval ignored: {what} (they need pullRequestId and repositoryName, "
             "or --pull-request and --repository)")

    target = codebuild.check_in_clone(repo, target)
    for note in target.notes:
        if "GetPullRequest" not in note:
            _say(note)
    _say(f"scanning {target.describe()}")  # commit IDs: the ref names it came from are logged after the scan

    config, watched = gate_policy(args, repo, target, workdir)
    _say(f"policy: {config.origin or config.path or 'built-in defaults'}")
    if args.fail_on is None and config.section("ci").get("fail_on") is not None:
        from credgate.models import Severity

        try:  # [ci] fail_on = "medium" in .credgate.toml
            args.fail_on = str(Severity.parse(config.section("ci")["fail_on"]))
        except ValueError as exc:
            raise ConfigError(f"{config.origin or config.path}: [ci] fail_on: {exc}") from None
    engine = make_engine(args, config)
    from credgate.config import parse_size

    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    col = Collector(engine)
    from credgate.sources.git.changes import iter_range

    col.feed(_fail_closed(iter_range(repo, target.rev_range, max_size=max_size), col))
    if args.iac_full and not args.no_iac_full:
        before = len(col.findings)
        col.feed(_fail_closed(_iac_files(repo, target, max_size, engine), col))
        for f in col.findings[before:]:
            f.extra.setdefault("context", IAC_CONTEXT)

    meta: dict[str, Any] = {
        "title": "credgate: secrets gate",
        "scope": f"{_short_range(target)} ({target.origin})",
        "range": target.rev_range,
    }
    if pr is not None:
        meta["pull_request"] = pr.id
    url = _build_url(env)
    if url:
        meta["details_url"] = url
    report = build_report(args, config, col, "ci", meta=meta)
    from credgate.report import NameScrubber

    names = NameScrubber(f.secret for f in report.findings if f.secret and not args.no_redact)
    for var, val in target.used:  # a branch can be named after the token it adds
        _say(f"  {var}={names.text(val)}")
    changes = policy_changes(repo, target, watched)
    if changes and config.section("ci").get("policy_changes", "block") == "warn":
        report.warnings.extend(f"this change modifies the gate's policy file {rel}: review it "
                               "([ci] policy_changes = \"warn\": not blocking)" for rel, _ in changes)
    elif changes:  # reported at a severity that blocks at any --fail-on: a change may not loosen its own gate
        report.findings = _policy_findings(changes, target, config) + report.findings
    verdict = _verdict(args, report, col)

    from credgate.report import render

    plain = replace(report, color=False)
    for path, fmt in ((args.junit, "junit"), (args.sarif, "sarif"), (args.markdown, "markdown")):
        if path:
            write_private(Path(path), render(plain, fmt))
            _say(f"wrote {fmt} report to {path}")
    text = render(report, args.format)
    if args.output:
        write_private(Path(args.output), text)
    elif not (args.quiet and not report.findings and args.format == "text"):
        from credgate.report import emit

        emit(text)

    if gate is not None and state is not None and wants_pr:
        try:
            _pull_request_actions(args, gate, state, report, target, verdict)
        except CodeCommitError as exc:
            _say(f"pull request {gate.pull_request_id}: {exc}")
            print(BYPASS, file=sys.stderr)
            return verdict if verdict != EXIT_CLEAN else EXIT_INTERNAL
    if verdict != EXIT_CLEAN:
        _say(f"blocked: {len(report.blocking)} finding(s) at or above {report.fail_on}"
             + (f"; {len(col.errors)} error(s)" if col.errors else ""))
        if col.errors:  # fails closed on what it could not check: say how to bypass deliberately
            print(BYPASS, file=sys.stderr)
    return verdict


def _verdict(args: argparse.Namespace, report: Any, col: Collector) -> int:
    if report.blocking or col.errors:
        return EXIT_FINDINGS
    if getattr(args, "fail_on_skip", False) and col.skips:
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _short_range(target: Any) -> str:
    if target.base:
        return f"{target.base[:12]}..{target.head[:12]}"
    return f"{target.head[:12]} and its history"


def _build_url(env: Mapping[str, str]) -> Optional[str]:
    """A console link to the build, when running in CodeBuild."""
    build_id = env.get("CODEBUILD_BUILD_ID", "")
    region = env.get("AWS_REGION") or env.get("AWS_DEFAULT_REGION")
    if not build_id or not region or ":" not in build_id:
        return None
    project = build_id.split(":", 1)[0]
    from urllib.parse import quote

    return (f"https://{region}.console.aws.amazon.com/codesuite/codebuild/projects/{quote(project, safe='')}"
            f"/build/{quote(build_id, safe='')}/reports?region={region}")


def _fail_closed(items: Any, col: Collector) -> Iterator[Union[Fragment, Skip]]:
    """A range that git could not read must fail the gate, not pass it as an empty scan."""
    for it in items:
        if isinstance(it, Skip) and it.reason in ("git-error", "missing"):
            col.errors.append(f"{it.path}: {it.reason}: {it.detail}")
        yield it


def looks_like_iac(path: str, data: bytes) -> bool:
    try:
        from credgate.iac import looks_like_iac as iac_sniff

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


def _iac_files(repo: Path, target: Any, max_size: int, engine: Any) -> Iterator[Union[Fragment, Skip]]:
    """The head version of every IaC file the range adds or modifies, whole (no added_lines)."""
    from credgate.sources.git.blobs import BlobReader
    from credgate.sources.git.run import GitError, git

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
    from credgate.sources.git.blobs import ReadFailure
    from credgate.sources.filesystem import decode_text

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


def _pull_request_actions(args: argparse.Namespace, gate: Any, state: Any, report: Any, target: Any,
                          verdict: int) -> None:
    from credgate.ci.codecommit import COMMENT_LIMIT, MARKER
    from credgate.report.markdown import render_markdown

    if args.comment:
        shown = replace(report, redact=True, color=False)  # a comment is never unredacted
        body = render_markdown(shown, max_chars=COMMENT_LIMIT - len(MARKER) - 4)
        before = state.destination_commit or (target.base or "")
        after = state.source_commit or target.head
        action, cid = gate.upsert_comment(body, before_commit=before, after_commit=after)
        _say(f"{action} comment {cid} on pull request {gate.pull_request_id} ({gate.repository})")
    if args.set_approval:
        fresh = gate.get()
        if args.approval_rule and gate.ensure_approval_rule(args.approval_rule, fresh):
            _say(f"added approval rule {args.approval_rule!r} to pull request {gate.pull_request_id}")
        if fresh.status and fresh.status.upper() != "OPEN":
            _say(f"pull request {gate.pull_request_id} is {fresh.status}: approval state left as it is")
            return
        approve = verdict == EXIT_CLEAN
        if approve and fresh.source_commit and fresh.source_commit != target.head:
            _say(f"pull request {gate.pull_request_id} moved on to {fresh.source_commit[:12]} since "
                 f"{target.head[:12]} was scanned: not approving (the build for the new commit decides)")
            return
        state_set = gate.set_approval(approve, fresh.revision_id)
        _say(f"set approval state {state_set} on pull request {gate.pull_request_id} revision {fresh.revision_id}")


__all__ = ["add_arguments", "run", "fail_level", "ConfigError"]
