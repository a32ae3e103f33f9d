"""CSV: one row per finding, for spreadsheets."""
from __future__ import annotations

import csv
import io

from credgate.report import Report
from credgate.report.common import finding_to_dict, sort_findings

COLUMNS = ["rule_id", "rule_name", "severity", "confidence", "path", "line", "column", "secret",
           "fingerprint", "source", "commit", "author", "date", "location_detail", "exposure",
           "account_id", "verified", "other_locations"]


def _place(loc: dict) -> str:
    """``path:line`` with ``@commit`` (12 hex) for history locations."""
    text = f"{loc.get('path')}:{loc.get('line')}"
    return text + (f"@{str(loc['commit'])[:12]}" if loc.get("commit") else "")


def render(report: Report, fmt: str) -> str:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    for f in sort_findings(report.findings):
        d = finding_to_dict(f, report.redact)
        d["exposure"] = ";".join(d["exposure"])
        d["other_locations"] = ";".join(_place(x) for x in d.get("locations", [])[1:])
        row = ["" if d.get(c) is None else str(d.get(c)) for c in COLUMNS]
        # neutralise spreadsheet formulas
        row = ["'" + v if v[:1] in ("=", "+", "-", "@") else v for v in row]
        w.writerow(row)
    return buf.getvalue()
