"""Markdown: a summary table and how to fix each finding, for pull-request comments and job summaries.

``render_markdown(report, max_chars=N)`` keeps the text under N characters
(CodeCommit comments allow 10,240) by dropping the per-finding details last
and the table rows after that, saying how many were left out.

Optional ``report.meta`` keys: ``title`` (heading), ``scope`` (what was
scanned, e.g. the commit range), ``details_url`` (link to the full report);
``repo``, ``range``, ``accounts``, ``regions`` name what was scanned too
(:func:`credgate.report.common.scan_context`).  The scan time is shown except
in pull-request comments (``pull_request``), which must stay the same text for
the same result.
"""
from __future__ import annotations

import re
from typing import Optional

from credgate.models import Finding, Location
from credgate.report import Report
from credgate.report.advice import allow_comment, allow_config, allow_lines, field_detail, move_advice, rewrite_lines
from credgate.report.common import scan_context, scan_summary, shown_secret, sort_findings
from credgate.report.text import aws_where

SEVERITY_BADGE = {"critical": "CRITICAL", "high": "HIGH", "medium": "medium", "low": "low", "info": "info"}


def cell(text: str) -> str:
    """Text that is safe inside a table cell: no pipes or line breaks."""
    return " ".join(str(text).split()).replace("\\", "\\\\").replace("|", "\\|")


def code(text: str) -> str:
    """An inline code span that survives backticks in ``text``."""
    text = " ".join(str(text).split())
    if not text:
        return ""
    run, longest = 0, 0
    for ch in text:
        run = run + 1 if ch == "`" else 0
        longest = max(longest, run)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}".replace("|", "\\|")


def _where(f: Finding) -> str:
    if f.location.source == "aws" or f.path.startswith("arn:"):
        return aws_where(f)
    return f"{f.path}:{f.line}"


def _place(l: "Location") -> str:
    if l.source == "aws" or l.path.startswith("arn:"):
        d = field_detail(l.path, l.location_detail)
        at = l.path + (f" (field {d})" if d else "")
    else:
        at = f"{l.path}:{l.line}"
    return at + (f" (commit {l.commit[:12]})" if l.commit else "")


def _summary(report: Report) -> str:
    n, b = len(report.findings), len(report.blocking)
    parts = [f"{report.scanned_items} item{'s' if report.scanned_items != 1 else ''} scanned"]
    if report.baseline_suppressed:
        parts.append(f"{report.baseline_suppressed} known finding(s) in the baseline not shown")
    if report.skips:
        parts.append(f"{len(report.skips)} item(s) could not be scanned")
    head = (f"**{b} of {n} finding{'s' if n != 1 else ''} at or above {report.fail_on} block this change.**"
            if b else (f"{n} finding{'s' if n != 1 else ''} below {report.fail_on}; nothing blocks." if n
                       else f"No new secrets at or above {report.fail_on}."))
    return head + " " + "; ".join(parts) + "."


def _table(findings: list[Finding], report: Report) -> list[str]:
    rows = ["| Severity | Finding | Where | Secret | Commit |", "|---|---|---|---|---|"]
    for f in findings:
        sev = SEVERITY_BADGE.get(str(f.severity), str(f.severity))
        if f.severity >= report.fail_on:
            sev = f"**{sev}**"
        commit = code(f.location.commit[:12]) if f.location.commit else ""
        rows.append(
            f"| {sev} | {cell(f.rule_name)} ({code(f.rule_id)}) | {code(_where(f))} | "
            f"{code(shown_secret(f, report.redact))} | {commit} |"
        )
    return rows


def _detail(f: Finding, report: Report) -> list[str]:
    out = [f"**{cell(f.rule_name)}** at {code(_where(f))}"]
    if f.location.location_detail:
        out.append(f"- at: {code(f.location.location_detail)}")
    if len(f.locations) > 1:
        more = ", ".join(code(_place(l)) for l in f.locations[1:6])
        out.append(f"- also in: {more}" + (f" and {len(f.locations) - 6} more" if len(f.locations) > 6 else ""))
    if f.extra.get("context"):
        out.append(f"- note: {cell(str(f.extra['context']))}")
    if f.why:
        out.append(f"- why: {cell('; '.join(f.why))}")
    fix = [l.strip() for l in (f.remediation or "").strip().splitlines() if l.strip()]
    if len(fix) == 1:
        out.append(f"- fix: {cell(fix[0])}")
    elif fix:  # numbered steps stay a numbered list, other lines become bullets
        out.append("- fix:")
        out.extend(f"  {cell(l)}" if re.match(r"\d+[.)] ", l) else f"  - {cell(l)}" for l in fix[:4])
        if len(fix) > 4:
            out.append("  - ... (credgate explain " + f.rule_id + " for the rest)")
    rewrite = rewrite_lines(f, report.command)
    if rewrite:
        out.append(f"- push: {cell(rewrite[0])}")
        out.append("  ```sh")
        out.extend(f"  {l}" for l in rewrite[1:])
        out.append("  ```")
    out.append(f"- move it: {cell(' '.join(move_advice(f)))}")
    allow = allow_lines(f, report.command)
    if len(allow) == 1:
        text = f"- allow: {cell(allow[0])}"
        if allow_comment(f):
            text += "; or add to `.credgate.toml`:"
            out.append(text)
            out += ["  ```toml", *("  " + l for l in allow_config(f).splitlines()), "  ```"]
        else:
            out.append(text)
    else:  # a complete config snippet
        out.append(f"- allow: {cell(allow[0])}")
        out += ["  ```toml", *("  " + l for l in allow[1:]), "  ```"]
    return out


def render_markdown(report: Report, max_chars: Optional[int] = None) -> str:
    title = str(report.meta.get("title") or f"credgate {report.command}")
    url = report.meta.get("details_url")
    findings = sort_findings(report.findings)
    findings.sort(key=lambda f: -int(f.severity))  # stable: severity first, then path and line

    head = [f"### {title}", ""]
    ctx = scan_context(report)
    # a pull-request comment is updated in place: the same result keeps the same text (no wall-clock time)
    when = "" if report.meta.get("pull_request") else f" Scan time: {cell(ctx['time'])}."
    head += [f"Scanned {cell(scan_summary(ctx))}.{when}", ""]
    head += [_summary(report), ""]
    tail: list[str] = []
    if report.errors:
        tail += ["", "**Errors:**"] + [f"- {cell(e)}" for e in report.errors[:10]]
    if report.skips:
        shown = report.skips[:10]
        tail += ["", "<details><summary>Not scanned</summary>", ""]
        tail += [f"- {code(s.path)}: {cell(s.reason)}" + (f" ({cell(s.detail)})" if s.detail else "") for s in shown]
        if len(report.skips) > len(shown):
            tail.append(f"- ... and {len(report.skips) - len(shown)} more")
        tail += ["", "</details>"]
    if url:
        tail += ["", f"Full report: {url}"]
    tail += ["", f"<sub>credgate {report.tool_version}</sub>"]

    def assemble(n_rows: int, n_details: int) -> str:
        body = list(head)
        if findings:
            body += _table(findings[:n_rows], report)
            if n_rows < len(findings):
                body.append(f"\n... and {len(findings) - n_rows} more finding(s) not listed here: "
                            "see the JUnit or SARIF report of this build.")
            if n_details:
                body += ["", "#### How to fix", ""]
                for f in findings[:n_details]:
                    body += _detail(f, report) + [""]
                if n_details < n_rows:
                    body.append(f"Fix details for the other {n_rows - n_details} finding(s) are in the build report.")
        return "\n".join(body + tail).rstrip() + "\n"

    n = len(findings)
    text = assemble(n, n)
    if max_chars is None or len(text) <= max_chars:
        return text
    details = n
    while details > 0 and len(text) > max_chars:
        details = details // 2 if details > 8 else details - 1
        text = assemble(n, details)
    rows = n
    while rows > 0 and len(text) > max_chars:
        rows = rows // 2 if rows > 8 else rows - 1
        text = assemble(rows, 0)
    if len(text) > max_chars:
        text = text[: max(0, max_chars - 20)].rstrip() + "\n\n(truncated)\n"
    return text


def render(report: Report, fmt: str) -> str:
    return render_markdown(report)
