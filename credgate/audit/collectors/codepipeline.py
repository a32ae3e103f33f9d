"""CodePipeline definitions (action configuration may hold tokens)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "codepipeline"
SERVICE = "codepipeline"
RESOURCE_TYPE = "AWS::CodePipeline::Pipeline"


def collect(ctx: Context) -> Iterator[Produced]:
    cp = ctx.client("codepipeline")
    for summary in paginate(cp, "list_pipelines", "pipelines"):
        name = summary["name"]
        arn = ctx.arn("codepipeline", name)
        resp, skip = call(arn, cp.get_pipeline, name=name)
        yield skip or ctx.json_item(arn, RESOURCE_TYPE, "codepipeline", "pipeline", resp.get("pipeline") or {})
