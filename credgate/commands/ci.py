"""credgate ci: the CodeBuild gate for CodeCommit pull requests (and any CI with --range)."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any, Iterator, Union

from credgate.ci import codebuild
from credgate.ci.codecommit import CodeCommitError, PullRequestGate
from credgate.ci.gate import (
    build_url, environment, gate_policy, iac_files, policy_changes, policy_findings, pull_request_actions, say,
    short_range,
)
from credgate.cli import add_common, add_gate_options
from credgate.config import parse_size
from credgate.errors import EXIT_CLEAN, EXIT_INTERNAL, ConfigError, CredgateError
from credgate.hooks.policy import FailClosedPolicy
from credgate.models import Fragment, Severity, Skip
from credgate.records import replace
from credgate.report import NameScrubber, render
from credgate.scan import Collector, build_report, fail_level, make_engine, write_private, write_report
from credgate.scan import verdict as scan_verdict
from credgate.sources.git.changes import iter_range
from credgate.sources.tempdirs import private_tempdir

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


def run(args: argparse.Namespace) -> int:
    try:
        with private_tempdir("credgate-policy-") as tmp:  # 0700: the base commit's policy
            return _run(args, tmp)
    except CredgateError as exc:  # configuration: exit 2 (still a failed build)
        print(f"credgate: error: {exc}", file=sys.stderr)
        return exc.exit_code


def _run(args: argparse.Namespace, workdir: Path) -> int:

    if args.approval_rule:
        args.set_approval = True
    repo = Path(args.repo)
    env = environment(args)
    target = codebuild.resolve(env, args.range)
    pr = target.pull_request
    gate = None
    state = None
    wants_pr = args.comment or args.set_approval
    if pr is not None and pr.provider == "codecommit" and (wants_pr or not target.head or target.base is None):
        _check_boto3(args, target)
        _check_region(pr)
        gate = PullRequestGate(pr.id, pr.repository or "", region=pr.region)
        try:
            state = gate.get()
        except CodeCommitError as exc:
            unset = ("sourceCommit and destinationCommit are" if not target.head
                     else "destinationCommit is" if target.base is None else "")
            if unset:  # say which variable sent the gate to the API, so setting it is the way out
                say(f"{unset} not set, so credgate asked CodeCommit for the commits of pull request {pr.id} "
                    f"in {pr.repository} (GetPullRequest), which failed: {exc}. Set {unset.rsplit(' ', 1)[0]} "
                    f"(the EventBridge rule in deploy/codebuild-gate.yaml passes {'it' if unset.endswith('is') else 'them'}), "
                    "or pass --range A..B")
            else:
                say(f"cannot read pull request {pr.id} in {pr.repository}: {exc}")
            print(BYPASS, file=sys.stderr)
            return EXIT_INTERNAL
        if not target.head or (target.base is None and target.notes):
            target = replace(target, head=target.head or state.source_commit,
                             base=state.destination_commit,
                             origin=target.origin + " (commits from GetPullRequest)")
    elif wants_pr:
        if pr is not None:
            say("--comment/--set-approval ignored: a webhook build (they comment on and approve CodeCommit "
                "pull requests: pullRequestId and repositoryName, or --pull-request and --repository)")
        else:
            say("--comment/--set-approval ignored: no CodeCommit pull request: "
                + (codebuild.pull_request_missing(env) or "the pull request could not be identified"))

    target = codebuild.check_in_clone(repo, target)
    for note in target.notes:
        if "GetPullRequest" not in note:
            say(note)
    say(f"scanning {target.describe()}")  # commit IDs: the ref names it came from are logged after the scan

    config, watched = gate_policy(args, repo, target, workdir)
    say(f"policy: {config.origin or config.path or 'built-in defaults'}")
    if args.fail_on is None and config.section("ci").get("fail_on") is not None:
        try:  # [ci] fail_on = "medium" in .credgate.toml
            args.fail_on = str(Severity.parse(config.section("ci")["fail_on"]))
        except ValueError as exc:
            raise ConfigError(f"{config.origin or config.path}: [ci] fail_on: {exc}") from None
    engine = make_engine(args, config)
    max_size = parse_size(args.max_file_size, "--max-file-size") if args.max_file_size else config.max_file_size
    col = Collector(engine)
    col.feed(_fail_closed(iter_range(repo, target.rev_range, max_size=max_size), col))
    if args.iac_full and not args.no_iac_full:
        before = len(col.findings)
        col.feed(_fail_closed(iac_files(repo, target, max_size, engine), col))
        for f in col.findings[before:]:
            f.extra.setdefault("context", IAC_CONTEXT)

    meta: dict[str, Any] = {
        "title": "credgate: secrets gate",
        "scope": f"{short_range(target)} ({target.origin})",
        "range": target.rev_range,
    }
    if pr is not None:
        meta["pull_request"] = pr.id
    url = build_url(env)
    if url:
        meta["details_url"] = url
    policy = FailClosedPolicy.from_args(args, config)
    report = build_report(args, config, col, "ci", meta=meta, policy=policy)
    names = NameScrubber(f.secret for f in report.findings if f.secret and not args.no_redact)
    for var, val in target.used:  # a branch can be named after the token it adds
        say(f"  {var}={names.text(val)}")
    changes = policy_changes(repo, target, watched)
    if changes and config.section("ci").get("policy_changes", "block") == "warn":
        report.warnings.extend(f"this change modifies the gate's policy file {rel}: review it "
                               "([ci] policy_changes = \"warn\": not blocking)" for rel, _ in changes)
    elif changes:  # reported at a severity that blocks at any --fail-on: a change may not loosen its own gate
        report.findings = policy_findings(changes, target, config) + report.findings
    verdict = scan_verdict(policy, report, col)

    plain = replace(report, color=False)
    for path, fmt in ((args.junit, "junit"), (args.sarif, "sarif"), (args.markdown, "markdown")):
        if path:
            write_private(Path(path), render(plain, fmt))
            say(f"wrote {fmt} report to {path}")
    write_report(args, report, summary=False)

    if gate is not None and state is not None and wants_pr:
        try:
            pull_request_actions(args, gate, state, report, target, verdict)
        except CodeCommitError as exc:
            say(f"pull request {gate.pull_request_id}: {exc}")
            print(BYPASS, file=sys.stderr)
            return verdict if verdict != EXIT_CLEAN else EXIT_INTERNAL
    if verdict != EXIT_CLEAN:
        say(f"blocked: {len(report.blocking)} finding(s) at or above {report.fail_on}"
             + (f"; {len(col.errors)} error(s)" if col.errors else ""))
        if col.errors:  # fails closed on what it could not check: say how to bypass deliberately
            print(BYPASS, file=sys.stderr)
    return verdict


def _check_boto3(args: argparse.Namespace, target: Any) -> None:
    """CodeCommit is asked through boto3: without it, say which option or missing variable needs it (exit 2)."""
    try:
        import boto3  # noqa: F401
    except ImportError:
        pass
    else:
        return
    flags = [f for f, on in (("--comment", args.comment), ("--set-approval", args.set_approval)) if on]
    how = "which needs boto3: pip install '.[aws]' in credgate's clone (or pip install boto3)"
    if flags:
        raise ConfigError(f"credgate ci: {' and '.join(flags)} talk{'s' if len(flags) == 1 else ''} to CodeCommit, "
                          f"{how}")
    unset = "sourceCommit and destinationCommit" if not target.head else "destinationCommit"
    raise ConfigError(f"credgate ci: {unset} {'are' if ' and ' in unset else 'is'} not set, so the commits must be "
                      f"asked from CodeCommit (GetPullRequest), {how}; or set {unset}, or pass --range A..B")


def _check_region(pr: Any) -> None:
    """The CodeCommit calls need a region: name the variable when none is known (CodeBuild sets AWS_REGION)."""
    if pr.region:
        return
    try:
        import boto3
    except ImportError:  # the call itself reports the missing boto3
        return
    if not boto3.Session().region_name:
        raise ConfigError(f"credgate ci: pull request {pr.id} in {pr.repository}: AWS_REGION is not set, so "
                          "CodeCommit cannot be asked (CodeBuild sets it; elsewhere set AWS_REGION, or use a "
                          "CodeCommit CODEBUILD_SOURCE_REPO_URL, which names the region)")


def _fail_closed(items: Any, col: Collector) -> Iterator[Union[Fragment, Skip]]:
    """A range that git could not read must fail the gate, not pass it as an empty scan."""
    for it in items:
        if isinstance(it, Skip) and it.reason in ("git-error", "missing"):
            col.errors.append(f"{it.path}: {it.reason}: {it.detail}")
        yield it


__all__ = ["add_arguments", "run", "fail_level", "ConfigError"]
