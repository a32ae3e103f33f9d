"""API Gateway stage variables: REST APIs (v1) and HTTP/WebSocket APIs (v2)."""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Produced, call, paginate

NAME = "apigateway"
SERVICE = "apigateway"
V1_TYPE = "AWS::ApiGateway::Stage"
V2_TYPE = "AWS::ApiGatewayV2::Stage"


def _stage_items(ctx: Context, api_arn: str, rtype: str, get_stages: Any, stages_key: str, name_key: str,
                 var_key: str, **api: str) -> Iterator[Produced]:
    """The stage variables of every stage of one API (v1 and v2 name the same things differently)."""
    resp, skip = call(api_arn, get_stages, **api)
    if skip is not None:
        yield skip
        return
    for st in resp.get(stages_key) or []:
        item = ctx.env_item(f"{api_arn}/stages/{st[name_key]}", rtype, "apigateway", var_key,
                            sorted((st.get(var_key) or {}).items()))
        if item is not None:
            yield item


def collect(ctx: Context) -> Iterator[Produced]:
    v1 = ctx.client("apigateway")
    for api in paginate(v1, "get_rest_apis", "items"):
        yield from _stage_items(ctx, f"arn:{ctx.partition}:apigateway:{ctx.region}::/restapis/{api['id']}", V1_TYPE,
                                v1.get_stages, "item", "stageName", "variables", restApiId=api["id"])
    v2 = ctx.client("apigatewayv2")
    for api in paginate(v2, "get_apis", "Items"):
        yield from _stage_items(ctx, f"arn:{ctx.partition}:apigateway:{ctx.region}::/apis/{api['ApiId']}", V2_TYPE,
                                v2.get_stages, "Items", "StageName", "StageVariables", ApiId=api["ApiId"])
