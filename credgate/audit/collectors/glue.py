"""Glue jobs (default and non-overridable arguments) and connections (properties)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, paginate

NAME = "glue"
SERVICE = "glue"
JOB_TYPE = "AWS::Glue::Job"
CONN_TYPE = "AWS::Glue::Connection"


def collect(ctx: Context) -> Iterator[Produced]:
    glue = ctx.client("glue")
    for job in paginate(glue, "get_jobs", "Jobs"):
        arn = ctx.arn("glue", f"job/{job['Name']}")
        for key in ("DefaultArguments", "NonOverridableArguments"):
            item = ctx.env_item(arn, JOB_TYPE, "glue", key, sorted((job.get(key) or {}).items()),
                                path=f"{arn}#{key}")
            if item is not None:
                yield item
    # HidePassword=False: the point is to find passwords stored in connection properties.
    for conn in paginate(glue, "get_connections", "ConnectionList", HidePassword=False):
        arn = ctx.arn("glue", f"connection/{conn['Name']}")
        props = dict(conn.get("ConnectionProperties") or {})
        for k, v in (conn.get("AuthenticationConfiguration") or {}).items():
            if isinstance(v, str):
                props[f"AuthenticationConfiguration.{k}"] = v
        item = ctx.env_item(arn, CONN_TYPE, "glue", "ConnectionProperties", sorted(props.items()))
        if item is not None:
            yield item
