"""Send audit findings elsewhere: Security Hub, SNS, EventBridge, JSON lines.  Redacted values only.

Every exporter takes findings and returns how many it sent; a failure raises
and the command reports it as an error (the report itself is still written).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Optional

from credgate.models import Finding
from credgate.report.asff import to_asff
from credgate.report.common import finding_to_dict
from credgate.scan import write_private

SNS_MAX = 200 * 1024  # stay under SNS's 256 KiB message limit
EVENT_MAX = 200 * 1024  # PutEvents: 256 KiB per entry
EVENT_SOURCE = "credgate.aws-audit"
EVENT_DETAIL_TYPE = "credgate finding"


def redacted(f: Finding) -> dict[str, Any]:
    d = finding_to_dict(f, True)
    d.pop("line_text", None)
    return d


def _client(session: Any, service: str, region: Optional[str], config: Any, endpoint_url: Optional[str]) -> Any:
    kw: dict[str, Any] = {"config": config}
    if region:
        kw["region_name"] = region
    if endpoint_url:
        kw["endpoint_url"] = endpoint_url
    return session.client(service, **kw)


def security_hub(session: Any, findings: list[Finding], *, account: str, region: str, config: Any = None,
                 endpoint_url: Optional[str] = None) -> int:
    """BatchImportFindings (100 per call) into the account's default product in ``region``."""
    if not findings:
        return 0
    sh = _client(session, "securityhub", region, config, endpoint_url)
    docs = [to_asff(f, account=account, region=region) for f in findings]
    sent = 0
    failed: list[str] = []
    for i in range(0, len(docs), 100):
        resp = sh.batch_import_findings(Findings=docs[i : i + 100])
        sent += int(resp.get("SuccessCount", 0))
        for fail in resp.get("FailedFindings") or []:
            failed.append(f"{fail.get('Id')}: {fail.get('ErrorCode')} {fail.get('ErrorMessage')}")
    if failed:
        raise RuntimeError(f"Security Hub rejected {len(failed)} findings, e.g. {failed[0]}")
    return sent


def _chunks(items: list[dict[str, Any]], limit: int) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    cur: list[dict[str, Any]] = []
    size = 0
    for it in items:
        n = len(json.dumps(it))
        if cur and size + n > limit:
            out.append(cur)
            cur, size = [], 0
        cur.append(it)
        size += n
    if cur:
        out.append(cur)
    return out


def sns(session: Any, topic_arn: str, findings: list[Finding], *, summary: dict[str, Any], config: Any = None,
        endpoint_url: Optional[str] = None) -> int:
    """One message per ~200 KiB of findings: a subject line and a JSON body with redacted findings."""
    if not findings:
        return 0
    region = topic_arn.split(":")[3] if topic_arn.count(":") >= 5 else None
    client = _client(session, "sns", region, config, endpoint_url)
    items = [redacted(f) for f in findings]
    batches = _chunks(items, SNS_MAX)
    for n, batch in enumerate(batches, 1):
        body = {"tool": "credgate", "summary": summary, "part": n, "parts": len(batches), "findings": batch}
        client.publish(TopicArn=topic_arn, Subject=f"credgate: {len(findings)} secret(s) found in deployed AWS "
                       f"resources"[:100], Message=json.dumps(body))
    return len(findings)


def eventbridge(session: Any, bus: str, findings: list[Finding], *, region: Optional[str] = None,
                config: Any = None, endpoint_url: Optional[str] = None) -> int:
    """One event per finding (source ``credgate.aws-audit``), 10 per PutEvents call."""
    if not findings:
        return 0
    if bus.startswith("arn:") and bus.count(":") >= 5:
        region = bus.split(":")[3]
    client = _client(session, "events", region, config, endpoint_url)
    entries = []
    for f in findings:
        d = redacted(f)
        detail = json.dumps(d)
        if len(detail) > EVENT_MAX:
            d["why"], d["remediation"] = d["why"][:2], d["remediation"][:500]
            detail = json.dumps(d)
        resources = [str(f.extra["arn"])] if f.extra.get("arn") else []
        entries.append({"Source": EVENT_SOURCE, "DetailType": EVENT_DETAIL_TYPE, "Detail": detail,
                        "EventBusName": bus, "Resources": resources})
    failed = 0
    for i in range(0, len(entries), 10):
        resp = client.put_events(Entries=entries[i : i + 10])
        failed += int(resp.get("FailedEntryCount", 0))
    if failed:
        raise RuntimeError(f"EventBridge rejected {failed} of {len(entries)} events")
    return len(entries)


def jsonl(path: Path, findings: list[Finding]) -> int:
    """JSON lines for a SIEM: one redacted finding per line (file written 0600, atomically)."""
    write_private(path, "".join(json.dumps(redacted(f), sort_keys=True) + "\n" for f in findings))
    return len(findings)
