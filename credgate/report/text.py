"""Text for a person at a terminal: grouped by file, what, where, why, how to fix, how to allow."""
from __future__ import annotations

from collections import defaultdict

from credgate.models import Severity
from credgate.report import Report
from credgate.report.common import shown_secret, sort_findings

_COLORS = {Severity.CRITICAL: "\033[1;31m", Severity.HIGH: "\033[31m", Severity.MEDIUM: "\033[33m",
           Severity.LOW: "\033[36m", Severity.INFO: "\033[2m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"


def _c(report: Report, code: str, text: str) -> str:
    return f"{code}{text}{_RESET}" if report.color else text


def _fix_lines(remediation: str, limit: int = 3) -> list[str]:
    lines = [l.rstrip() for l in remediation.strip().splitlines() if l.strip()]
    if len(lines) > limit:
        lines = lines[:limit] + ["..."]
    return lines


def render(report: Report, fmt: str) -> str:
    out: list[str] = []
    by_path: dict[str, list] = defaultdict(list)
    for f in sort_findings(report.findings):
        by_path[f.path].append(f)
    for path, items in by_path.items():
        out.append(_c(report, _BOLD, path))
        for f in items:
            sev = str(f.severity).upper()
            where = f"{f.line}:{f.location.column}"
            head = f"  {where:<8} {_c(report, _COLORS[f.severity], f'{sev:<8}')} {f.rule_name} [{f.rule_id}]"
            out.append(head)
            out.append(f"           secret: {shown_secret(f, report.redact)}")
            loc = f.location
            if loc.location_detail:
                out.append(f"           at: {loc.location_detail}")
            if loc.commit:
                who = f" by {loc.author}" if loc.author else ""
                when = f" on {loc.date}" if loc.date else ""
                out.append(f"           commit: {loc.commit[:12]}{who}{when}")
            if len(f.locations) > 1:
                out.append(f"           also seen in {len(f.locations) - 1} other place(s)")
            if f.exposure and f.exposure != [loc.source]:
                out.append(f"           exposure: {', '.join(f.exposure)}")
            if f.account_id:
                out.append(f"           AWS account: {f.account_id}")
            if f.verified:
                out.append(f"           verified: {f.verified}" + (f" ({f.verified_detail})" if f.verified_detail else ""))
            if f.why:
                out.append(_c(report, _DIM, f"           why: {'; '.join(f.why)}"))
            fix = _fix_lines(f.remediation)
            if fix:
                out.append(f"           fix: {fix[0]}")
                out.extend(f"                {l}" for l in fix[1:])
            out.append(
                _c(report, _DIM,
                   f"           allow: add '# credgate:allow' to the line, or fingerprints = [\"{f.fingerprint}\"] "
                   "under [[allowlist]] in .credgate.toml")
            )
        out.append("")
    if report.skips and (report.verbose or any(s.reason not in ("symlink", "binary") for s in report.skips)):
        shown = report.skips if report.verbose else [s for s in report.skips if s.reason not in ("symlink", "binary")]
        out.append(_c(report, _BOLD, f"skipped {len(shown)} item(s):"))
        for s in shown[:50]:
            out.append(f"  {s.path}: {s.reason}" + (f" ({s.detail})" if s.detail else ""))
        if len(shown) > 50:
            out.append(f"  ... and {len(shown) - 50} more (use --format json for the full list)")
        out.append("")
    for w in report.warnings:
        out.append(f"warning: {w}")
    for e in report.errors:
        out.append(f"error: {e}")
    out.append(summary_line(report))
    return "\n".join(out) + "\n"


def summary_line(report: Report) -> str:
    n = len(report.findings)
    b = len(report.blocking)
    parts = [f"credgate {report.command}: {n} finding{'s' if n != 1 else ''}"]
    if n:
        parts.append(f"{b} at or above {report.fail_on}")
    parts.append(f"{report.scanned_items} item{'s' if report.scanned_items != 1 else ''} scanned")
    if report.skips:
        parts.append(f"{len(report.skips)} skipped")
    if report.baseline_suppressed:
        parts.append(f"{report.baseline_suppressed} in baseline")
    parts.append(f"{report.elapsed:.2f}s")
    line = ", ".join(parts)
    if b:
        line += "\nBlocked: rotate and remove the secrets above, or allow them as shown."
    return line
