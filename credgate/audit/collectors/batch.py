"""AWS Batch job definitions: container environment and command."""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Produced, paginate

NAME = "batch"
SERVICE = "batch"
RESOURCE_TYPE = "AWS::Batch::JobDefinition"


def _container_env(prefix: str, c: dict[str, Any]) -> list[tuple[str, Any]]:
    out: list[tuple[str, Any]] = [(f"{prefix}.environment.{kv.get('name')}", kv.get("value"))
                                  for kv in c.get("environment") or []]
    if c.get("command"):
        out.append((f"{prefix}.command", " ".join(str(x) for x in c["command"])))
    return out


def collect(ctx: Context) -> Iterator[Produced]:
    batch = ctx.client("batch")
    for jd in paginate(batch, "describe_job_definitions", "jobDefinitions"):
        arn = jd["jobDefinitionArn"]
        env = _container_env("containerProperties", jd.get("containerProperties") or {})
        for i, rng in enumerate((jd.get("nodeProperties") or {}).get("nodeRangeProperties") or []):
            env += _container_env(f"nodeRangeProperties[{i}].container", rng.get("container") or {})
        for i, c in enumerate(((jd.get("ecsProperties") or {}).get("taskProperties") or [{}])[0].get("containers") or []):
            env += _container_env(f"ecsProperties.containers[{i}]", c)
        item = ctx.env_item(arn, RESOURCE_TYPE, "batch", "containerProperties", env)
        if item is not None:
            yield item
