"""JSON (one document) and JSON lines (one finding per line, for a SIEM)."""
from __future__ import annotations

import json

from credgate.report import Report
from credgate.report.common import finding_to_dict, scan_context, sort_findings


def render(report: Report, fmt: str) -> str:
    items = [finding_to_dict(f, report.redact) for f in sort_findings(report.findings)]
    if fmt == "jsonl":
        return "".join(json.dumps(i, sort_keys=True) + "\n" for i in items)
    doc = {
        "tool": {"name": "credgate", "version": report.tool_version},
        "command": report.command,
        "scan": scan_context(report),
        "findings": items,
        "skipped": [s.to_dict() for s in report.skips],
        "summary": {
            "findings": len(items),
            "blocking": len(report.blocking),
            "fail_on": str(report.fail_on),
            "scanned_items": report.scanned_items,
            "scanned_bytes": report.scanned_bytes,
            "skipped": len(report.skips),
            "baseline_suppressed": report.baseline_suppressed,
            "elapsed_seconds": round(report.elapsed, 3),
        },
        "warnings": report.warnings,
        "errors": report.errors,
    }
    return json.dumps(doc, indent=2, sort_keys=False) + "\n"
