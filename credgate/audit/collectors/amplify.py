"""Amplify apps and branches: environment variables and inline build specs.

moto has no Amplify backend (every call answers HTTP 500), so against moto
this collector ends in an "unsupported" skip for the unit; the extraction
(:func:`app_items`, :func:`branch_items`) is tested on responses shaped by
botocore's own Amplify model.
"""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Item, Produced, classify, paginate
from credgate.models import Skip

NAME = "amplify"
SERVICE = "amplify"
APP_TYPE = "AWS::Amplify::App"
BRANCH_TYPE = "AWS::Amplify::Branch"


def _env_and_build_spec(ctx: Context, arn: str, rtype: str, obj: dict[str, Any]) -> Iterator[Item]:
    """``environmentVariables`` and ``buildSpec``: the same fields on an App and on a Branch."""
    env = ctx.env_item(arn, rtype, "amplify", "environmentVariables",
                       sorted((obj.get("environmentVariables") or {}).items()), path=f"{arn}#environmentVariables")
    if env is not None:
        yield env
    if obj.get("buildSpec"):
        yield ctx.item(arn, rtype, "amplify", "buildSpec", str(obj["buildSpec"]).encode("utf-8", "surrogatepass"),
                       path=f"{arn}#buildSpec")


def app_items(ctx: Context, app: dict[str, Any]) -> Iterator[Item]:
    """An App (ListApps item) -> its environment variables and build spec."""
    arn = app.get("appArn") or ctx.arn("amplify", f"apps/{app.get('appId')}")
    yield from _env_and_build_spec(ctx, arn, APP_TYPE, app)
    auto = app.get("autoBranchCreationConfig") or {}
    env = ctx.env_item(arn, APP_TYPE, "amplify", "autoBranchCreationConfig.environmentVariables",
                       sorted((auto.get("environmentVariables") or {}).items()),
                       path=f"{arn}#autoBranchCreationConfig")
    if env is not None:
        yield env


def branch_items(ctx: Context, app: dict[str, Any], branch: dict[str, Any]) -> Iterator[Item]:
    """A Branch (ListBranches item) -> its environment variables and build spec."""
    arn = branch.get("branchArn") or ctx.arn("amplify", f"apps/{app.get('appId')}/branches/{branch.get('branchName')}")
    yield from _env_and_build_spec(ctx, arn, BRANCH_TYPE, branch)


def collect(ctx: Context) -> Iterator[Produced]:
    amp = ctx.client("amplify")
    for app in paginate(amp, "list_apps", "apps"):
        yield from app_items(ctx, app)
        try:
            for br in paginate(amp, "list_branches", "branches", appId=app["appId"]):
                yield from branch_items(ctx, app, br)
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(app.get("appArn") or app["appId"], reason, f"branches not listed: {detail}")
