"""ECS task definitions, ACTIVE and INACTIVE revisions (deregistered revisions keep their values)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "ecs"
SERVICE = "ecs"
RESOURCE_TYPE = "AWS::ECS::TaskDefinition"


def collect(ctx: Context) -> Iterator[Produced]:
    ecs = ctx.client("ecs")
    for status in ("ACTIVE", "INACTIVE"):
        for arn in paginate(ecs, "list_task_definitions", "taskDefinitionArns", status=status):
            try:
                td = ecs.describe_task_definition(taskDefinition=arn)["taskDefinition"]
            except Exception as exc:  # noqa: BLE001
                reason, detail = classify(exc)
                yield Skip(arn, reason, detail)
                continue
            env: list[tuple[str, str]] = []
            for c in td.get("containerDefinitions") or []:
                cname = c.get("name", "?")
                for kv in c.get("environment") or []:
                    # `secrets[]` (valueFrom) hold only references and are never scanned.
                    env.append((f"{cname}.environment.{kv.get('name')}", kv.get("value")))
                if c.get("command") or c.get("entryPoint"):
                    env.append((f"{cname}.command", " ".join((c.get("entryPoint") or []) + (c.get("command") or []))))
            item = ctx.env_item(arn, RESOURCE_TYPE, "ecs", "containerDefinitions", env)
            if item is not None:
                yield item
