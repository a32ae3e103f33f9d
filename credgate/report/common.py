"""Helpers shared by reporters: the finding as a dict, sorting, redaction."""
from __future__ import annotations

from typing import Any

from credgate.models import Finding
from credgate.redact import redact


def shown_secret(f: Finding, do_redact: bool) -> str:
    return redact(f.secret) if do_redact else f.secret


def shown_line(f: Finding, do_redact: bool) -> str:
    text = f.line_text
    if do_redact and f.secret:
        text = text.replace(f.secret, redact(f.secret))
        # secrets that span lines (private keys) only partly sit on the line
        if len(f.secret) > 16:
            for chunk in (f.secret[:24], f.secret[-24:]):
                text = text.replace(chunk, "********")
    return text


def finding_to_dict(f: Finding, do_redact: bool = True) -> dict[str, Any]:
    loc = f.location
    d: dict[str, Any] = {
        "rule_id": f.rule_id,
        "rule_name": f.rule_name,
        "severity": str(f.severity),
        "confidence": str(f.confidence),
        "path": loc.path,
        "line": loc.line,
        "column": loc.column,
        "end_line": loc.end_line or loc.line,
        "secret": shown_secret(f, do_redact),
        "fingerprint": f.fingerprint,
        "commit": loc.commit,
        "author": loc.author,
        "date": loc.date,
        "source": loc.source,
        "location_detail": loc.location_detail,
        "exposure": list(f.exposure),
        "why": list(f.why),
        "remediation": f.remediation,
        "verified": f.verified,
        "account_id": f.account_id,
        "tags": list(f.tags),
    }
    if f.verified_detail:
        d["verified_detail"] = f.verified_detail
    if f.other_locations:
        d["locations"] = [l.to_dict() for l in f.locations]
    for k, v in f.extra.items():
        if k.startswith("_"):  # private to triage/verification (may hold raw secrets): never emitted
            continue
        if k not in d and isinstance(v, (str, int, float, bool, list, dict, type(None))):
            d[k] = v
    return d


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.location.column, f.rule_id))
