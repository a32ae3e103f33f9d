"""Step Functions state machine definitions."""
from __future__ import annotations

import json
from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "stepfunctions"
SERVICE = "stepfunctions"
RESOURCE_TYPE = "AWS::StepFunctions::StateMachine"


def collect(ctx: Context) -> Iterator[Produced]:
    sfn = ctx.client("stepfunctions")
    for sm in paginate(sfn, "list_state_machines", "stateMachines"):
        arn = sm["stateMachineArn"]
        resp, skip = call(arn, sfn.describe_state_machine, stateMachineArn=arn)
        if skip is not None:
            yield skip
            continue
        definition = resp.get("definition") or ""
        try:
            yield ctx.json_item(arn, RESOURCE_TYPE, "stepfunctions", "definition", json.loads(definition))
        except ValueError:
            yield ctx.item(arn, RESOURCE_TYPE, "stepfunctions", "definition", definition.encode("utf-8", "replace"))
