"""Step Functions state machine definitions."""
from __future__ import annotations

import json
from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "stepfunctions"
SERVICE = "stepfunctions"
RESOURCE_TYPE = "AWS::StepFunctions::StateMachine"


def collect(ctx: Context) -> Iterator[Produced]:
    sfn = ctx.client("stepfunctions")
    for sm in paginate(sfn, "list_state_machines", "stateMachines"):
        arn = sm["stateMachineArn"]
        try:
            definition = sfn.describe_state_machine(stateMachineArn=arn).get("definition") or ""
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        try:
            yield ctx.json_item(arn, RESOURCE_TYPE, "stepfunctions", "definition", json.loads(definition))
        except ValueError:
            yield ctx.item(arn, RESOURCE_TYPE, "stepfunctions", "definition", definition.encode("utf-8", "replace"))
