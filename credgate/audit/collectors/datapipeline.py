"""Data Pipeline definitions: object fields (``*password`` ...), parameter objects and values."""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "datapipeline"
SERVICE = "datapipeline"
RESOURCE_TYPE = "AWS::DataPipeline::Pipeline"


def definition_env(defn: dict[str, Any]) -> list[tuple[str, Any]]:
    """A GetPipelineDefinition response -> [(field name, value)] (references are not values)."""
    out: list[tuple[str, Any]] = []
    for obj in defn.get("pipelineObjects") or []:
        for fld in obj.get("fields") or []:
            if fld.get("stringValue") is not None:
                out.append((f"pipelineObjects.{obj.get('id')}.{fld.get('key')}", fld["stringValue"]))
    for obj in defn.get("parameterObjects") or []:
        for attr in obj.get("attributes") or []:
            out.append((f"parameterObjects.{obj.get('id')}.{attr.get('key')}", attr.get("stringValue")))
    for pv in defn.get("parameterValues") or []:
        out.append((f"parameterValues.{pv.get('id')}", pv.get("stringValue")))
    return out


def collect(ctx: Context) -> Iterator[Produced]:
    dp = ctx.client("datapipeline")
    for p in paginate(dp, "list_pipelines", "pipelineIdList"):
        arn = ctx.arn("datapipeline", f"pipeline/{p['id']}")
        try:
            defn = dp.get_pipeline_definition(pipelineId=p["id"])
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        item = ctx.env_item(arn, RESOURCE_TYPE, "datapipeline", "", definition_env(defn))
        if item is not None:
            yield item
