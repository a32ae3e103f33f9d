"""Helpers shared by reporters: the finding as a dict, sorting, redaction."""
from __future__ import annotations

import datetime
import os
import subprocess
from typing import Any, Optional

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


def scan_context(report: Any) -> dict[str, Any]:
    """What was scanned and when, for report headers and run metadata, from ``report.meta``.

    Uses what the command put there (``scope``, ``repo``, ``range``, ``head``, ``accounts``, ``regions``,
    ``partition``, ``caller``, ``pull_request``) and leaves out what is missing; a repository's HEAD commit
    is read with ``git rev-parse`` when the command did not record it (nothing when that fails).  ``time``
    is when the report was made (UTC, ISO 8601) unless the command recorded the start.
    """
    meta = report.meta or {}
    ctx: dict[str, Any] = {"command": f"credgate {report.command}"}
    if meta.get("scope"):
        ctx["scope"] = str(meta["scope"])
    repo = meta.get("repo")
    if repo:
        ctx["repository"] = str(repo)
        head = meta.get("head") or _head_commit(str(repo))
        if head:
            ctx["head"] = str(head)
    if meta.get("range"):
        ctx["range"] = str(meta["range"])
    if meta.get("pull_request"):
        ctx["pull_request"] = str(meta["pull_request"])
    if meta.get("accounts"):
        ctx["aws_accounts"] = [str(a) for a in meta["accounts"]]
    if meta.get("regions"):
        ctx["aws_regions"] = [str(r) for r in meta["regions"]]
    if meta.get("partition"):
        ctx["aws_partition"] = str(meta["partition"])
    if meta.get("caller"):
        ctx["aws_caller"] = str(meta["caller"])
    when = meta.get("started") or meta.get("time")
    ctx["time"] = str(when) if when else \
        datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return ctx


def scan_summary(ctx: dict[str, Any]) -> str:
    """One line: ``repository . at HEAD 1a2b3c4d5e6f; range a..b`` (the time is ``ctx["time"]``)."""
    parts = []
    if ctx.get("scope"):
        parts.append(ctx["scope"])
    if ctx.get("repository"):
        parts.append(f"repository {ctx['repository']}" + (f" at HEAD {ctx['head'][:12]}" if ctx.get("head") else ""))
    if ctx.get("range") and ctx["range"] not in str(ctx.get("scope", "")):
        parts.append(f"range {ctx['range']}")
    if ctx.get("pull_request"):
        parts.append(f"pull request {ctx['pull_request']}")
    if ctx.get("aws_accounts"):
        parts.append("AWS account(s) " + ", ".join(ctx["aws_accounts"]))
    if ctx.get("aws_regions"):
        parts.append("region(s) " + ", ".join(ctx["aws_regions"]))
    if not parts:
        parts.append(ctx["command"])
    return "; ".join(parts)


def _head_commit(repo: str) -> Optional[str]:
    if not os.path.isdir(repo):
        return None
    try:
        out = subprocess.run(["git", "-C", repo, "rev-parse", "--verify", "-q", "HEAD"], capture_output=True,
                             timeout=10, stdin=subprocess.DEVNULL)
    except (OSError, subprocess.SubprocessError):
        return None
    sha = out.stdout.decode("ascii", "replace").strip()
    return sha if out.returncode == 0 and len(sha) in (40, 64) else None
