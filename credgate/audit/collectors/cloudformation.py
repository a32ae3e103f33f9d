"""CloudFormation stacks: parameters, outputs and the original template body (read by the IaC analysers)."""
from __future__ import annotations

import json
from typing import Any, Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "cloudformation"
SERVICE = "cloudformation"
RESOURCE_TYPE = "AWS::CloudFormation::Stack"
MASKED = "****"


def template_text(body: Any) -> tuple[bytes, str]:
    """GetTemplate gives a dict for JSON templates (botocore decodes them) and a str for YAML."""
    if isinstance(body, (dict, list)):
        return (json.dumps(body, indent=2) + "\n").encode("utf-8"), "json"
    text = str(body)
    return text.encode("utf-8", "surrogatepass"), ("json" if text.lstrip().startswith("{") else "yaml")


def collect(ctx: Context) -> Iterator[Produced]:
    cfn = ctx.client("cloudformation")
    for st in paginate(cfn, "describe_stacks", "Stacks"):
        if st.get("StackStatus") == "DELETE_COMPLETE":
            continue
        arn = st["StackId"]
        params = [(p["ParameterKey"], p.get("ParameterValue")) for p in st.get("Parameters") or []
                  if p.get("ParameterValue") not in (None, "", MASKED)]
        item = ctx.env_item(arn, RESOURCE_TYPE, "cloudformation", "Parameters", params, path=f"{arn}#Parameters")
        if item is not None:
            yield item
        outputs = [(o["OutputKey"], o.get("OutputValue")) for o in st.get("Outputs") or []]
        item = ctx.env_item(arn, RESOURCE_TYPE, "cloudformation", "Outputs", outputs, path=f"{arn}#Outputs")
        if item is not None:
            yield item
        try:
            body = cfn.get_template(StackName=arn, TemplateStage="Original").get("TemplateBody")
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(f"{arn}#TemplateBody", reason, detail)
            continue
        if body is None:
            continue
        data, kind = template_text(body)
        # The path ends like a template file so the IaC analysers recognise it.
        yield ctx.item(arn, RESOURCE_TYPE, "cloudformation", "TemplateBody", data,
                       path=f"{arn}#TemplateBody.{kind}")
