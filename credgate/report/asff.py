"""AWS Security Finding Format (ASFF): a JSON list ready for Security Hub BatchImportFindings.

Secrets are always redacted here (ASFF findings are stored and shared by
Security Hub), whatever ``--no-redact`` says.  ``credgate aws --security-hub``
imports the same documents.
"""
from __future__ import annotations

import datetime as _dt
import json
from typing import Any, Optional

from credgate.models import Finding, Severity
from credgate.report import Report
from credgate.report.common import shown_line, shown_secret, sort_findings

SCHEMA_VERSION = "2018-10-08"
UNKNOWN_ACCOUNT = "000000000000"

_LABEL = {
    Severity.CRITICAL: "CRITICAL",
    Severity.HIGH: "HIGH",
    Severity.MEDIUM: "MEDIUM",
    Severity.LOW: "LOW",
    Severity.INFO: "INFORMATIONAL",
}

# CloudFormation resource type -> ASFF resource type (types ASFF has details for); anything else is "Other".
_RESOURCE_TYPES = {
    "AWS::Lambda::Function": "AwsLambdaFunction",
    "AWS::Lambda::LayerVersion": "AwsLambdaLayerVersion",
    "AWS::ECS::TaskDefinition": "AwsEcsTaskDefinition",
    "AWS::EC2::Instance": "AwsEc2Instance",
    "AWS::EC2::LaunchTemplate": "AwsEc2LaunchTemplate",
    "AWS::AutoScaling::LaunchConfiguration": "AwsAutoScalingLaunchConfiguration",
    "AWS::CloudFormation::Stack": "AwsCloudFormationStack",
    "AWS::CodeBuild::Project": "AwsCodeBuildProject",
    "AWS::S3::Object": "AwsS3Object",
    "AWS::StepFunctions::StateMachine": "AwsStepFunctionStateMachine",
    "AWS::ApiGateway::Stage": "AwsApiGatewayStage",
    "AWS::ApiGatewayV2::Stage": "AwsApiGatewayV2Stage",
}


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _cut(text: str, n: int) -> str:
    return text if len(text) <= n else text[: n - 3] + "..."


def _partition_of(arn: str) -> str:
    parts = arn.split(":")
    return parts[1] if len(parts) > 2 and parts[0] == "arn" and parts[1] else "aws"


def to_asff(f: Finding, *, account: Optional[str] = None, region: Optional[str] = None,
            now: Optional[str] = None) -> dict[str, Any]:
    """One finding as an ASFF document.  ``account``/``region`` default to where the resource lives."""
    now = now or _now()
    acct = account or str(f.extra.get("account") or UNKNOWN_ACCOUNT)
    reg = region or str(f.extra.get("region") or "us-east-1")
    arn = str(f.extra.get("arn") or "")
    partition = _partition_of(arn) if arn else "aws"
    resources = []
    for loc in f.locations:
        rid = arn if loc is f.location and arn else (loc.location_detail or loc.path).split(" ", 1)[0]
        res: dict[str, Any] = {
            "Type": _RESOURCE_TYPES.get(str(f.extra.get("resource_type") or ""), "Other") if loc is f.location
            else "Other",
            "Id": _cut(rid or loc.path, 512),
            "Partition": partition,
            "Region": str(f.extra.get("region") or reg) if loc is f.location else reg,
        }
        if loc.location_detail:
            res["Details"] = {"Other": {"Field": _cut(loc.location_detail, 1024)}}
        resources.append(res)
        if len(resources) >= 32:  # ASFF allows at most 32 resources per finding
            break
    where = f.location.location_detail or f"{f.path}:{f.line}"
    product_fields = {
        "credgate/RuleId": f.rule_id,
        "credgate/Fingerprint": f.fingerprint,
        "credgate/Secret": shown_secret(f, True),
        "credgate/Confidence": str(f.confidence),
        "credgate/Exposure": ",".join(f.exposure),
        "credgate/Line": str(f.line),
    }
    for k in ("field", "resource_type", "service", "decoded_from"):
        if f.extra.get(k):
            product_fields[f"credgate/{k}"] = _cut(str(f.extra[k]), 1024)
    if "new_since_last_run" in f.extra:
        product_fields["credgate/NewSinceLastRun"] = str(bool(f.extra["new_since_last_run"])).lower()
    return {
        "SchemaVersion": SCHEMA_VERSION,
        "Id": _cut(f"credgate/{acct}/{f.fingerprint}", 512),
        "ProductArn": f"arn:{partition}:securityhub:{reg}:{acct}:product/{acct}/default",
        "ProductName": "credgate",
        "CompanyName": "credgate",
        "GeneratorId": f"credgate/{f.rule_id}",
        "AwsAccountId": acct,
        "Types": ["Sensitive Data Identifications/Passwords",
                  "Software and Configuration Checks/AWS Security Best Practices"],
        "CreatedAt": now,
        "UpdatedAt": now,
        "Severity": {"Label": _LABEL.get(f.severity, "MEDIUM")},
        "Confidence": {0: 40, 1: 70, 2: 95}.get(int(f.confidence), 70),
        "Title": _cut(f"{f.rule_name} in {f.extra.get('resource_type') or 'content'}", 256),
        "Description": _cut(f"{f.rule_name} ({shown_secret(f, True)}) at {where}. "
                            + "; ".join(f.why[:4]) + ". " + shown_line(f, True)[:200], 1024),
        "Remediation": {"Recommendation": {"Text": _cut(f.remediation or "Rotate the credential and remove it.", 512)}},
        "ProductFields": product_fields,
        "Resources": resources,
        "RecordState": "ACTIVE",
        "Workflow": {"Status": "NEW"},
    }


def render(report: Report, fmt: str) -> str:
    now = _now()
    account = report.meta.get("asff_account")
    region = report.meta.get("asff_region")
    docs = [to_asff(f, account=account, region=region, now=now) for f in sort_findings(report.findings)]
    return json.dumps(docs, indent=2) + "\n"
