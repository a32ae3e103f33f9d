"""CloudWatch Logs: a bounded sample of recent events from every log group.

Opt-in (``--services logs``): log groups can be huge, so per group only the
``Options.logs_max_streams`` most recently written streams are read, and per
stream only its newest ``Options.logs_max_events`` events (``--logs-streams``,
``--logs-events``, or ``logs_streams`` / ``logs_events`` in ``[aws]``).  One
item per stream, so the incremental state rescans a stream only when new
events arrived in the sampled window.
"""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "logs"
SERVICE = "logs"
RESOURCE_TYPE = "AWS::Logs::LogGroup"


def group_arn(ctx: Context, group: dict[str, Any]) -> str:
    arn = group.get("logGroupArn") or group.get("arn") or ctx.arn("logs", f"log-group:{group['logGroupName']}")
    return arn[:-2] if arn.endswith(":*") else arn


def render_events(events: list[dict[str, Any]]) -> bytes:
    """Event messages oldest first, one per line (a multi-line message keeps its lines)."""
    events = sorted(events, key=lambda e: int(e.get("timestamp") or 0))
    lines = [str(e.get("message") or "").rstrip("\n") for e in events]
    text = "\n".join(x for x in lines if x)
    return (text + "\n").encode("utf-8", "surrogatepass") if text else b""


def collect(ctx: Context) -> Iterator[Produced]:
    logs = ctx.client("logs")
    opts = ctx.options
    for group in paginate(logs, "describe_log_groups", "logGroups"):
        name = group["logGroupName"]
        arn = group_arn(ctx, group)
        try:
            streams = logs.describe_log_streams(logGroupName=name, orderBy="LastEventTime", descending=True,
                                                limit=max(1, min(50, opts.logs_max_streams))).get("logStreams") or []
        except Exception as exc:  # noqa: BLE001 - one group's failure is a skip for that group
            reason, detail = classify(exc)
            yield Skip(arn, reason, f"log streams not listed: {detail}")
            continue
        for st in streams[: opts.logs_max_streams]:
            sname = st["logStreamName"]
            try:
                events = logs.get_log_events(logGroupName=name, logStreamName=sname, startFromHead=False,
                                             limit=max(1, min(10000, opts.logs_max_events))).get("events") or []
            except Exception as exc:  # noqa: BLE001
                reason, detail = classify(exc)
                yield Skip(f"{arn}:log-stream:{sname}", reason, f"events not read: {detail}")
                continue
            data = render_events(events[-opts.logs_max_events:])
            if data:
                yield ctx.item(arn, RESOURCE_TYPE, "logs", f"log-stream:{sname}", data,
                               path=f"{arn}:log-stream:{sname}")
