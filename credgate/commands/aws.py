"""credgate aws: audit deployed AWS resources for secrets."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from credgate.audit import export
from credgate.audit.base import Options, classify
from credgate.audit.registry import COLLECTORS, OPT_IN, parse_services
from credgate.audit.runner import Audit, AuditSettings, home_region, parse_shard
from credgate.audit.state import default_path
from credgate.cli import add_common

from credgate.hooks.policy import FailClosedPolicy
from credgate.linter.baseline import Baseline
from credgate.scan import Collector, build_report, config_from_args, deliver, make_engine, triage_findings
from credgate.config import parse_size
from credgate.errors import ConfigError, UsageError

DESCRIPTION = """\
Audit deployed AWS resources for secrets: Lambda environments (every
version) and, with --services lambda-code, packages; ECS task definitions
(active and inactive); EC2 user data; launch templates (every version);
launch configurations; CloudFormation parameters, outputs and templates;
CodeBuild; CodePipeline; SSM String parameters and documents; Step
Functions; Glue; Batch; API Gateway stage variables; SageMaker; S3 objects
matching key patterns; CodeCommit history; Amplify; Data Pipeline; and, with
--services logs / ecr, sampled CloudWatch Logs events and ECR images.

Runs over every enabled region (or --regions), the current account, role
ARNs (--role-arn) or a whole Organization (--org-role), concurrently with
adaptive retries.  What cannot be read (AccessDenied, region not enabled,
throttling, API missing) is listed as skipped; it never aborts the audit.
A state file makes the next run scan only what changed (--full ignores it).
Read-only IAM policy: deploy/aws-audit-policy.json.
"""

EPILOG = """\
examples:
  credgate aws --regions us-east-1,eu-west-1
  credgate aws --services lambda,ecs,cloudformation --format json -o audit.json
  credgate aws --org-role CredgateAuditRole --shard 2/8 --state state-2.json
  credgate aws --security-hub --sns-topic arn:aws:sns:us-east-1:111122223333:secrets
  credgate aws --format asff -o findings.asff.json

exit codes: 0 nothing at or above --fail-on (known findings in unchanged
resources count too), 1 findings, 2 usage error, 123 internal error.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    g = p.add_argument_group("what to audit")
    g.add_argument("--regions", metavar="LIST", help="comma-separated regions (default: every enabled region)")
    g.add_argument("--services", metavar="LIST",
                   help=f"comma-separated collectors or 'all' (default: all but {', '.join(sorted(OPT_IN))}); "
                        f"one of: {', '.join(COLLECTORS)}")
    g.add_argument("--skip-services", metavar="LIST", help="collectors to leave out")
    g.add_argument("--role-arn", action="append", default=[], metavar="ARN",
                   help="also audit the account of this role (assumed with sts:AssumeRole); repeatable")
    g.add_argument("--org-role", metavar="NAME",
                   help="audit every active account of the AWS Organization by assuming role NAME in each")
    g.add_argument("--external-id", metavar="ID", help="ExternalId for AssumeRole")
    g.add_argument("--skip-current-account", action="store_true",
                   help="do not audit the caller's own account (only --role-arn / --org-role accounts)")
    g.add_argument("--shard", metavar="I/N",
                   help="audit only shard I of N (1-based) of the account x region x service units")
    g.add_argument("--workers", type=int, default=8, metavar="N", help="concurrent units (default 8)")
    g.add_argument("--max-attempts", type=int, default=10, metavar="N",
                   help="attempts per API call, adaptive retry mode (default 10)")
    g.add_argument("--endpoint-url", metavar="URL", help="send every AWS call to this endpoint (VPC endpoint proxy, "
                                                          "LocalStack, moto)")
    s = p.add_argument_group("incremental state")
    s.add_argument("--state", metavar="FILE",
                   help="state file (default: ~/.cache/credgate/aws-audit-state.json; per shard when sharded)")
    s.add_argument("--no-state", action="store_true", help="neither read nor write a state file")
    s.add_argument("--full", action="store_true", help="scan everything, ignoring the state (still writes it)")
    c = p.add_argument_group("content")
    c.add_argument("--s3-pattern", action="append", default=[], metavar="GLOB",
                   help="S3 key pattern to read (repeatable; replaces the defaults: .env, *.tfstate, backups, "
                        "archives ...)")
    c.add_argument("--s3-max-size", metavar="SIZE", help="largest S3 object to read (default 25MB)")
    c.add_argument("--logs-streams", type=int, metavar="N",
                   help="logs collector: most recently written streams read per log group (default 5)")
    c.add_argument("--logs-events", type=int, metavar="N",
                   help="logs collector: newest events read per stream (default 200)")
    c.add_argument("--ecr-images", type=int, metavar="N",
                   help="ecr collector: most recently pushed images read per repository (default 1)")
    c.add_argument("--codecommit-clone-url", metavar="TEMPLATE",
                   help="clone URL template with {region}, {name}, {account} "
                        "(default https://git-codecommit.{region}.amazonaws.com/v1/repos/{name})")
    e = p.add_argument_group("export (redacted values only)")
    e.add_argument("--security-hub", action="store_true",
                   help="import findings into Security Hub (BatchImportFindings) in --security-hub-region")
    e.add_argument("--security-hub-region", metavar="REGION", help="default: the session's region")
    e.add_argument("--sns-topic", metavar="ARN", help="publish findings new since the last run to this topic")
    e.add_argument("--eventbridge-bus", metavar="NAME_OR_ARN",
                   help="put one event per finding new since the last run on this bus")
    e.add_argument("--jsonl", metavar="FILE", help="also write redacted findings as JSON lines (for a SIEM)")
    add_common(p)


def _options(args: argparse.Namespace, section: dict[str, Any]) -> Any:
    opts = Options()
    patterns = args.s3_pattern or section.get("s3_patterns")
    if patterns and (not isinstance(patterns, (list, tuple)) or not all(isinstance(x, str) for x in patterns)):
        raise ConfigError("[aws] s3_patterns: use a list of glob strings")
    if patterns:
        opts.s3_key_patterns = tuple(str(x) for x in patterns)
    size = args.s3_max_size or section.get("s3_max_size")
    if size:
        opts.s3_max_object_size = parse_size(size, "--s3-max-size")
    for flag, key, attr in (("logs_streams", "logs_streams", "logs_max_streams"),
                            ("logs_events", "logs_events", "logs_max_events"),
                            ("ecr_images", "ecr_images", "ecr_images_per_repo")):
        n = getattr(args, flag, None)
        n = section.get(key) if n is None else n
        if n is not None:
            if isinstance(n, bool) or not isinstance(n, int) or n < 1:
                raise ConfigError(f"--{flag.replace('_', '-')} / [aws] {key}: expected a whole number of at least 1")
            setattr(opts, attr, n)
    url = args.codecommit_clone_url or section.get("codecommit_clone_url")
    if url:
        opts.codecommit_clone_url = str(url)
    return opts


def settings_from_args(args: argparse.Namespace, section: dict[str, Any]) -> Any:
    def as_list(value: Any, key: str) -> Any:
        if value is None or isinstance(value, str):
            return value
        if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
            return ",".join(value)
        raise ConfigError(f"[aws] {key}: use a list of strings or a comma-separated string")

    try:
        services = parse_services(args.services or as_list(section.get("services"), "services"),
                                  args.skip_services or as_list(section.get("skip_services"), "skip_services"))
        shard = parse_shard(args.shard)
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    if not services:
        raise UsageError("no services left to audit")
    regions_raw = args.regions or as_list(section.get("regions"), "regions")
    regions = [r.strip() for r in regions_raw.split(",") if r.strip()] if regions_raw else None
    if regions:
        check_regions(regions)
    if args.workers < 1:
        raise UsageError("--workers must be at least 1")
    if args.skip_current_account and not (args.role_arn or args.org_role):
        raise UsageError("--skip-current-account needs --role-arn or --org-role")
    for arn in args.role_arn:
        if not arn.startswith("arn:") or ":role/" not in arn:
            raise UsageError(f"--role-arn {arn!r} is not an IAM role ARN (arn:aws:iam::123456789012:role/NAME)")
    state_path = None
    if not args.no_state:
        if args.state:
            state_path = Path(args.state)
        else:
            state_path = default_path()
            if shard != (1, 1):
                state_path = state_path.with_name(f"aws-audit-state-{shard[0]}-of-{shard[1]}.json")
    return AuditSettings(
        services=services, regions=regions, role_arns=list(args.role_arn), org_role=args.org_role,
        include_current=not args.skip_current_account, external_id=args.external_id, shard=shard,
        workers=args.workers, max_attempts=args.max_attempts, endpoint_url=args.endpoint_url,
        options=_options(args, section), state_path=state_path, full=args.full,
    )


def known_regions() -> set[str]:
    """Every region of every partition in the installed botocore's data (opt-in regions included)."""
    import botocore.loaders

    loader = botocore.loaders.create_loader()
    out: set[str] = set()
    for name in ("endpoints", "partitions"):
        try:
            data = loader.load_data(name)
        except Exception:  # noqa: BLE001 - older botocore has no partitions.json
            continue
        for part in data.get("partitions") or []:
            out.update(r for r in part.get("regions") or {} if not r.startswith("aws-"))
    return out


def check_regions(regions: list[str]) -> None:
    """A region botocore does not know is a typo (us-east-9), not an empty region: usage error."""
    try:
        known = known_regions()
    except ImportError:
        return  # no botocore: run() says boto3 is needed
    bad = [r for r in regions if r not in known]
    if bad and known:
        raise UsageError(f"unknown AWS region(s): {', '.join(bad)} (not in any partition known to botocore; "
                         "check the spelling, or upgrade boto3/botocore for a new region)")


def run(args: argparse.Namespace) -> int:
    try:
        import boto3
    except ImportError:
        raise UsageError("credgate aws needs boto3: pip install boto3") from None
    config = config_from_args(args)
    section = config.section("aws")
    settings = settings_from_args(args, section)
    session = boto3.Session()
    if not session.region_name:  # no AWS_REGION / profile region: STS, S3 and the exports still need one
        session = boto3.Session(region_name=home_region(None, settings.regions))
    if session.get_credentials() is None:  # fail before compiling rules
        raise UsageError("cannot start the AWS audit (no-credentials): no AWS credentials found; set AWS_PROFILE, "
                         "AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, or run where an instance/task role is available")
    engine = make_engine(args, config)
    return run_audit(args, config, engine, settings, session=session)


def run_audit(args: argparse.Namespace, config: Any, engine: Any, settings: Any, session: Any = None) -> int:
    col = Collector(engine)
    baseline = None
    if getattr(args, "baseline", None):
        baseline = Baseline.load(Path(args.baseline))
        settings.baseline_salt = baseline.salt
    audit = Audit(engine, settings, session=session)
    try:
        result = audit.run()
    except Exception as exc:  # noqa: BLE001 - e.g. no credentials at all
        reason, detail = classify(exc)
        if reason in ("no-credentials", "access-denied", "region-not-enabled", "api-error", "unsupported"):
            raise UsageError(f"cannot start the AWS audit ({reason}): {detail}") from None
        raise
    col.findings = result.findings
    col.skips = result.skips
    col.items, col.bytes = result.items, result.bytes
    meta = dict(result.meta)
    # triage and the baseline run once: the exports and the report use the same findings
    consolidated, findings, suppressed = triage_findings(args, config, col)
    # count as the report will: one finding per credential
    meta["findings_new"] = sum(1 for f in consolidated if f.extra.get("new_since_last_run", True))
    if col.progress is not None:  # the bar ends (its last state on its own line) before anything else is printed
        col.progress.stop()
    _export(args, settings, audit, col, meta, findings)
    _print_summary(args, meta, result)
    # known findings in unchanged resources were re-read: they are in the report (new_since_last_run
    # false) and block like any other finding
    policy = FailClosedPolicy.from_args(args, config)
    report = build_report(args, config, col, "aws", meta=meta, triaged=(findings, suppressed), policy=policy)
    return deliver(args, col, report, policy)


def _print_summary(args: argparse.Namespace, meta: dict[str, Any], result: Any) -> None:
    if getattr(args, "quiet", False) and not result.findings:
        return
    inc = " (incremental)" if meta.get("incremental") else ""
    print(
        f"credgate aws{inc}: {len(meta.get('accounts', []))} account(s), {len(meta.get('regions', []))} region(s), "
        f"{meta.get('units')} of {meta.get('units_total')} units (shard {meta.get('shard')}); "
        f"{meta.get('resources_scanned')} resource field(s) scanned, {meta.get('resources_unchanged')} unchanged "
        f"since the last run; {meta.get('findings_new')} new finding(s), {meta.get('known_findings_in_unchanged')} "
        f"known in unchanged resources, {meta.get('resolved_resources')} resolved; {len(result.skips)} skipped",
        file=sys.stderr,
    )


def _export(args: argparse.Namespace, settings: Any, audit: Any, col: Collector, meta: dict[str, Any],
            findings: list[Any]) -> None:
    """Export what the report will hold (``findings``: one per credential, minus the baseline)."""
    if not (args.security_hub or args.sns_topic or args.eventbridge_bus or args.jsonl):
        return
    new = [f for f in findings if f.extra.get("new_since_last_run", True)]
    session = audit._base_session()
    cfg = audit._botocore_config()
    ep = settings.endpoint_url
    account = (meta.get("caller") or "::::").split(":")[4] or ""
    jobs = []
    if args.security_hub:
        region = args.security_hub_region or session.region_name or "us-east-1"
        jobs.append(("Security Hub", lambda: export.security_hub(session, findings, account=account, region=region,
                                                                 config=cfg, endpoint_url=ep)))
    if args.sns_topic:
        summary = {k: meta.get(k) for k in ("accounts", "regions", "findings_new", "resources_scanned")}
        jobs.append(("SNS", lambda: export.sns(session, args.sns_topic, new, summary=summary, config=cfg,
                                               endpoint_url=ep)))
    if args.eventbridge_bus:
        jobs.append(("EventBridge", lambda: export.eventbridge(session, args.eventbridge_bus, new,
                                                               region=session.region_name, config=cfg,
                                                               endpoint_url=ep)))
    if args.jsonl:
        jobs.append(("JSON lines", lambda: export.jsonl(Path(args.jsonl), findings)))
    exported: dict[str, int] = {}
    for name, job in jobs:
        try:
            exported[name] = job()
        except Exception as exc:  # noqa: BLE001 - the report is still written
            reason, detail = classify(exc)
            col.errors.append(f"export to {name} failed ({reason}): {detail}")
    if exported:
        meta["exported"] = exported
