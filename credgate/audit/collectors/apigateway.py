"""API Gateway stage variables: REST APIs (v1) and HTTP/WebSocket APIs (v2)."""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.models import Skip

NAME = "apigateway"
SERVICE = "apigateway"
V1_TYPE = "AWS::ApiGateway::Stage"
V2_TYPE = "AWS::ApiGatewayV2::Stage"


def collect(ctx: Context) -> Iterator[Produced]:
    v1 = ctx.client("apigateway")
    for api in paginate(v1, "get_rest_apis", "items"):
        api_arn = f"arn:{ctx.partition}:apigateway:{ctx.region}::/restapis/{api['id']}"
        try:
            stages = v1.get_stages(restApiId=api["id"]).get("item") or []
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(api_arn, reason, detail)
            continue
        for st in stages:
            arn = f"{api_arn}/stages/{st['stageName']}"
            item = ctx.env_item(arn, V1_TYPE, "apigateway", "variables", sorted((st.get("variables") or {}).items()))
            if item is not None:
                yield item
    v2 = ctx.client("apigatewayv2")
    for api in paginate(v2, "get_apis", "Items"):
        api_arn = f"arn:{ctx.partition}:apigateway:{ctx.region}::/apis/{api['ApiId']}"
        try:
            stages = v2.get_stages(ApiId=api["ApiId"]).get("Items") or []
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(api_arn, reason, detail)
            continue
        for st in stages:
            arn = f"{api_arn}/stages/{st['StageName']}"
            item = ctx.env_item(arn, V2_TYPE, "apigateway", "StageVariables",
                                sorted((st.get("StageVariables") or {}).items()))
            if item is not None:
                yield item
