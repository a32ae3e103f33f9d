"""Lambda environment variables of every function version (not only $LATEST)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, paginate
from credgate.models import Skip

NAME = "lambda"
SERVICE = "lambda"
RESOURCE_TYPE = "AWS::Lambda::Function"


def collect(ctx: Context) -> Iterator[Produced]:
    lam = ctx.client("lambda")
    # FunctionVersion=ALL lists $LATEST and every published version, each with its own Environment:
    # published versions keep the values they were published with.
    for fn in paginate(lam, "list_functions", "Functions", FunctionVersion="ALL"):
        arn = fn.get("FunctionArn") or ctx.arn("lambda", f"function:{fn.get('FunctionName')}")
        version = fn.get("Version") or "$LATEST"
        if version == "$LATEST":
            arn = arn[: -len(":$LATEST")] if arn.endswith(":$LATEST") else arn  # the function itself
        elif not arn.endswith(f":{version}"):
            arn = f"{arn}:{version}"
        env = fn.get("Environment") or {}
        if env.get("Error"):
            err = env["Error"]
            yield Skip(arn, "encrypted", f"{err.get('ErrorCode', 'Error')}: environment could not be decrypted "
                                         "(needs kms:Decrypt on the function's key)")
            continue
        item = ctx.env_item(arn, RESOURCE_TYPE, "lambda", "Environment.Variables",
                            sorted((env.get("Variables") or {}).items()))
        if item is not None:
            yield item
