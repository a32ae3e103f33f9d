"""The explicit registry of collectors: name -> module.  Modules are imported only when used."""
from __future__ import annotations

import importlib
from typing import Any

COLLECTORS: dict[str, str] = {
    "lambda": "credgate.audit.collectors.lambda_env",
    "lambda-code": "credgate.audit.collectors.lambda_code",
    "ecs": "credgate.audit.collectors.ecs",
    "ec2": "credgate.audit.collectors.ec2_userdata",
    "launch-templates": "credgate.audit.collectors.launch_templates",
    "autoscaling": "credgate.audit.collectors.autoscaling",
    "cloudformation": "credgate.audit.collectors.cloudformation",
    "codebuild": "credgate.audit.collectors.codebuild",
    "codepipeline": "credgate.audit.collectors.codepipeline",
    "ssm": "credgate.audit.collectors.ssm",
    "stepfunctions": "credgate.audit.collectors.stepfunctions",
    "glue": "credgate.audit.collectors.glue",
    "batch": "credgate.audit.collectors.batch",
    "apigateway": "credgate.audit.collectors.apigateway",
    "sagemaker": "credgate.audit.collectors.sagemaker",
    "s3": "credgate.audit.collectors.s3_objects",
    "codecommit": "credgate.audit.collectors.codecommit",
    "amplify": "credgate.audit.collectors.amplify",
    "datapipeline": "credgate.audit.collectors.datapipeline",
    "logs": "credgate.audit.collectors.logs",
    "ecr": "credgate.audit.collectors.ecr",
}

# Not run unless asked for: they download every package (one GetFunction and one transfer per function),
# sample log events (several calls per log group), or download image layers.
OPT_IN = frozenset({"lambda-code", "logs", "ecr"})
DEFAULT = tuple(n for n in COLLECTORS if n not in OPT_IN)


def load(name: str) -> Any:
    return importlib.import_module(COLLECTORS[name])


def parse_services(spec: "str | None", skip: "str | None" = None) -> list[str]:
    """``"lambda,ecs"`` / ``"all"`` / None (default set) minus ``skip``; unknown names raise ValueError."""
    if not spec:
        names = list(DEFAULT)
    elif spec.strip() == "all":
        names = list(COLLECTORS)
    else:
        names = [s.strip() for s in spec.split(",") if s.strip()]
    drop = [s.strip() for s in (skip or "").split(",") if s.strip()]
    bad = [n for n in names + drop if n not in COLLECTORS]
    if bad:
        raise ValueError(f"unknown service {', '.join(bad)}: use one of {', '.join(COLLECTORS)}")
    return [n for n in dict.fromkeys(names) if n not in drop]
