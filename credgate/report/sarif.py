"""SARIF 2.1.0: one run, every rule that fired in tool.driver.rules."""
from __future__ import annotations

import json
from typing import Any

from credgate.models import Severity
from credgate.report import Report
from credgate.report.common import finding_to_dict, scan_context, sort_findings

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.CRITICAL: "error", Severity.HIGH: "error", Severity.MEDIUM: "warning",
         Severity.LOW: "note", Severity.INFO: "note"}
SECURITY_SEVERITY = {Severity.CRITICAL: "9.5", Severity.HIGH: "8.0", Severity.MEDIUM: "5.5",
                     Severity.LOW: "3.0", Severity.INFO: "1.0"}


def render(report: Report, fmt: str) -> str:
    rules: dict[str, dict[str, Any]] = {}
    results = []
    for f in sort_findings(report.findings):
        if f.rule_id not in rules:
            rules[f.rule_id] = {
                "id": f.rule_id,
                "name": "".join(w.capitalize() for w in f.rule_id.replace(".", "-").split("-")),
                "shortDescription": {"text": f.rule_name},
                "fullDescription": {"text": f"{f.rule_name} found in content."},
                "help": {"text": f.remediation or f.rule_name},
                "defaultConfiguration": {"level": LEVEL[f.severity]},
                "properties": {"security-severity": SECURITY_SEVERITY[f.severity],
                               "tags": list(dict.fromkeys(["security", "secret", *f.tags]))},
            }
        d = finding_to_dict(f, report.redact)
        region: dict[str, Any] = {"startLine": max(f.line, 1), "startColumn": max(f.location.column, 1)}
        if f.location.end_line and f.location.end_line >= f.line:
            region["endLine"] = f.location.end_line
        msg = f"{f.rule_name}: {d['secret']}"
        if f.why:
            msg += " (" + "; ".join(f.why) + ")"
        result: dict[str, Any] = {
            "ruleId": f.rule_id,
            "ruleIndex": list(rules).index(f.rule_id),
            "level": LEVEL[f.severity],
            "message": {"text": msg},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": f.path},
                        "region": region,
                    }
                }
            ],
            "partialFingerprints": {"credgate/v1": f.fingerprint},
            "properties": d,
        }
        if f.location.location_detail:
            result["locations"][0]["logicalLocations"] = [
                {"fullyQualifiedName": f.location.location_detail}
            ]
        for other in f.other_locations:  # every place of a deduplicated finding (history: in commit order)
            oreg: dict[str, Any] = {"startLine": max(other.line, 1), "startColumn": max(other.column, 1)}
            if other.end_line and other.end_line >= other.line:
                oreg["endLine"] = other.end_line
            entry: dict[str, Any] = {"physicalLocation": {"artifactLocation": {"uri": other.path}, "region": oreg}}
            detail = ", ".join(x for x in (other.location_detail, f"commit {other.commit}" if other.commit else "")
                               if x)
            if detail:
                entry["logicalLocations"] = [{"fullyQualifiedName": detail}]
            result["locations"].append(entry)
        results.append(result)
    notifications = [
        {"level": "warning", "message": {"text": f"skipped {s.path}: {s.reason} {s.detail}".strip()}}
        for s in report.skips
    ]
    run: dict[str, Any] = {
        "tool": {
            "driver": {
                "name": "credgate",
                "version": report.tool_version,
                "informationUri": "https://pypi.org/project/credgate/",
                "rules": list(rules.values()),
            }
        },
        "results": results,
        "invocations": [
            {
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": notifications,
            }
        ],
        "columnKind": "utf16CodeUnits",
        "properties": {"scan": scan_context(report)},
    }
    doc = {"$schema": SCHEMA, "version": "2.1.0", "runs": [run]}
    return json.dumps(doc, indent=2) + "\n"
