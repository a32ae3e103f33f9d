"""Triage: merge duplicates into one finding with many locations, adjust severity.

(Extended by the triage work: exposure, AWS account intelligence, verification.)
"""
from __future__ import annotations

from typing import Any

from credgate.models import Finding


def consolidate(findings: list[Finding], config: Any) -> list[Finding]:
    """The same secret found by the same rule in many places is one finding."""
    merged: dict[tuple[str, str], Finding] = {}
    order: list[tuple[str, str]] = []
    for f in findings:
        key = (f.rule_id, f.secret)
        cur = merged.get(key)
        if cur is None:
            merged[key] = f
            order.append(key)
            continue
        if f.location not in cur.locations:
            cur.other_locations.append(f.location)
        for e in f.exposure:
            if e not in cur.exposure:
                cur.exposure.append(e)
    return [merged[k] for k in order]


def verify_findings(findings: list[Finding], config: Any) -> None:
    """Opt-in liveness checks (implemented in credgate.verify)."""
    from credgate import verify

    verify.verify_all(findings, config)
