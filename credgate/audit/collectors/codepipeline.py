"""CodePipeline definitions (action configuration may hold tokens)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "codepipeline"
SERVICE = "codepipeline"
RESOURCE_TYPE = "AWS::CodePipeline::Pipeline"


def collect(ctx: Context) -> Iterator[Produced]:
    cp = ctx.client("codepipeline")
    for summary in paginate(cp, "list_pipelines", "pipelines"):
        name = summary["name"]
        arn = ctx.arn("codepipeline", name)
        try:
            pipe = cp.get_pipeline(name=name).get("pipeline") or {}
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        yield ctx.json_item(arn, RESOURCE_TYPE, "codepipeline", "pipeline", pipe)
