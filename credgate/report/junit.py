"""JUnit XML: one test case per finding (a failure when it blocks), for CodeBuild report groups."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from collections import defaultdict

from credgate.report import Report
from credgate.report.common import finding_to_dict, sort_findings


def render(report: Report, fmt: str) -> str:
    by_path: dict[str, list] = defaultdict(list)
    for f in sort_findings(report.findings):
        by_path[f.path].append(f)
    suites = ET.Element("testsuites", name="credgate", tests=str(len(report.findings) or 1))
    total_fail = 0
    if not report.findings:
        s = ET.SubElement(suites, "testsuite", name="credgate", tests="1", failures="0", errors="0", skipped="0")
        ET.SubElement(s, "testcase", classname="credgate", name="no secrets found", time="0")
    for path, items in by_path.items():
        fails = sum(1 for f in items if f.severity >= report.fail_on)
        total_fail += fails
        s = ET.SubElement(suites, "testsuite", name=path, tests=str(len(items)), failures=str(fails),
                          errors="0", skipped="0")
        for f in items:
            d = finding_to_dict(f, report.redact)
            tc = ET.SubElement(s, "testcase", classname=path, name=f"{f.rule_id} line {f.line}", time="0",
                               file=path, line=str(f.line))
            text = (
                f"{f.rule_name} at {path}:{f.line}\nsecret: {d['secret']}\nseverity: {d['severity']}\n"
                f"why: {'; '.join(f.why)}\n\nhow to fix:\n{f.remediation}"
            )
            if f.severity >= report.fail_on:
                el = ET.SubElement(tc, "failure", message=f"{f.rule_name} ({d['severity']})", type=f.rule_id)
            else:
                el = ET.SubElement(tc, "system-out")
            el.text = text
    if report.skips:
        s = ET.SubElement(suites, "testsuite", name="skipped items", tests=str(len(report.skips)),
                          failures="0", errors="0", skipped=str(len(report.skips)))
        for sk in report.skips:
            tc = ET.SubElement(s, "testcase", classname="skipped", name=sk.path, time="0")
            ET.SubElement(tc, "skipped", message=f"{sk.reason}: {sk.detail}")
    suites.set("failures", str(total_fail))
    ET.indent(suites) if hasattr(ET, "indent") else None
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
