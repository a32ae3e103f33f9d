"""SageMaker notebook lifecycle configurations (found through notebook instances) and model environments."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.audit.decode import decode_user_data
from credgate.models import Skip

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
            try:
                name = sm.describe_notebook_instance(NotebookInstanceName=nb["NotebookInstanceName"]).get(
                    "NotebookInstanceLifecycleConfigName")
            except Exception as exc:  # noqa: BLE001
                reason, detail = classify(exc)
                yield Skip(nb.get("NotebookInstanceArn", nb["NotebookInstanceName"]), reason, detail)
                continue
        if name:
            configs.add(name)
    for name in sorted(configs):
        try:
            lc = sm.describe_notebook_instance_lifecycle_config(NotebookInstanceLifecycleConfigName=name)
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(ctx.arn("sagemaker", f"notebook-instance-lifecycle-config/{name}"), reason, detail)
            continue
        arn = lc.get("NotebookInstanceLifecycleConfigArn") or ctx.arn(
            "sagemaker", f"notebook-instance-lifecycle-config/{name}")
        for hook in ("OnCreate", "OnStart"):
            for i, script in enumerate(lc.get(hook) or []):
                raw = script.get("Content") or ""
                field = f"{hook}[{i}].Content"
                try:
                    data, how = decode_user_data(raw)
                except (OSError, ValueError, EOFError) as exc:
                    yield Skip(f"{arn}#{field}", "decode-error", f"script could not be decoded: {exc}")
                    continue
                yield ctx.item(arn, LC_TYPE, "sagemaker", field, data, path=f"{arn}#{field}", decoded_from=how)
    for m in paginate(sm, "list_models", "Models"):
        try:
            model = sm.describe_model(ModelName=m["ModelName"])
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(m.get("ModelArn", m["ModelName"]), reason, detail)
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
