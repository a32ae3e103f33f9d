"""SageMaker notebook lifecycle configurations (found through notebook instances) and model environments."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "sagemaker"
SERVICE = "sagemaker"
LC_TYPE = "AWS::SageMaker::NotebookInstanceLifecycleConfig"
MODEL_TYPE = "AWS::SageMaker::Model"


def collect(ctx: Context) -> Iterator[Produced]:
    sm = ctx.client("sagemaker")
    configs: set[str] = set()
    for nb in paginate(sm, "list_notebook_instances", "NotebookInstances"):
        name = nb.get("NotebookInstanceLifecycleConfigName")
        if not name:
            desc, skip = call(nb.get("NotebookInstanceArn", nb["NotebookInstanceName"]), sm.describe_notebook_instance,
                              NotebookInstanceName=nb["NotebookInstanceName"])
            if skip is not None:
                yield skip
                continue
            name = desc.get("NotebookInstanceLifecycleConfigName")
        if name:
            configs.add(name)
    for name in sorted(configs):
        lc, skip = call(ctx.arn("sagemaker", f"notebook-instance-lifecycle-config/{name}"),
                        sm.describe_notebook_instance_lifecycle_config, NotebookInstanceLifecycleConfigName=name)
        if skip is not None:
            yield skip
            continue
        arn = lc.get("NotebookInstanceLifecycleConfigArn") or ctx.arn(
            "sagemaker", f"notebook-instance-lifecycle-config/{name}")
        for hook in ("OnCreate", "OnStart"):
            for i, script in enumerate(lc.get(hook) or []):
                raw = script.get("Content") or ""
                field = f"{hook}[{i}].Content"
                yield ctx.decoded_item(arn, LC_TYPE, "sagemaker", field, raw, what="script", skip_at=f"{arn}#{field}",
                                       path=f"{arn}#{field}")
    for m in paginate(sm, "list_models", "Models"):
        model, skip = call(m.get("ModelArn", m["ModelName"]), sm.describe_model, ModelName=m["ModelName"])
        if skip is not None:
            yield skip
            continue
        arn = model.get("ModelArn") or m.get("ModelArn")
        env: list[tuple[str, str]] = []
        containers = ([("PrimaryContainer", model["PrimaryContainer"])] if model.get("PrimaryContainer") else [])
        containers += [(f"Containers[{i}]", c) for i, c in enumerate(model.get("Containers") or [])]
        for label, c in containers:
            env += [(f"{label}.Environment.{k}", v) for k, v in sorted((c.get("Environment") or {}).items())]
        item = ctx.env_item(arn, MODEL_TYPE, "sagemaker", "Environment", env)
        if item is not None:
            yield item
