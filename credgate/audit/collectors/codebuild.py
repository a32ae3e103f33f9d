"""CodeBuild projects: PLAINTEXT environment variables and inline buildspecs."""
from __future__ import annotations

from typing import Any, Iterator

from credgate.audit.base import Context, Produced, paginate

NAME = "codebuild"
SERVICE = "codebuild"
RESOURCE_TYPE = "AWS::CodeBuild::Project"


def _inline(buildspec: Any) -> bool:
    """An inline buildspec (not a path to a file in the source)."""
    return isinstance(buildspec, str) and ("\n" in buildspec or "version:" in buildspec or "phases" in buildspec)


def collect(ctx: Context) -> Iterator[Produced]:
    cb = ctx.client("codebuild")
    names = list(paginate(cb, "list_projects", "projects"))
    for i in range(0, len(names), 100):
        resp = cb.batch_get_projects(names=names[i : i + 100])
        for p in resp.get("projects") or []:
            arn = p.get("arn") or ctx.arn("codebuild", f"project/{p.get('name')}")
            env = [(v["name"], v.get("value")) for v in (p.get("environment") or {}).get("environmentVariables") or []
                   if v.get("type", "PLAINTEXT") == "PLAINTEXT"]
            item = ctx.env_item(arn, RESOURCE_TYPE, "codebuild", "environment.environmentVariables", env,
                                path=f"{arn}#environment")
            if item is not None:
                yield item
            sources = [("source", p.get("source") or {})]
            sources += [(f"secondarySources.{s.get('sourceIdentifier', j)}", s)
                        for j, s in enumerate(p.get("secondarySources") or [])]
            for label, src in sources:
                if _inline(src.get("buildspec")):
                    yield ctx.item(arn, RESOURCE_TYPE, "codebuild", f"{label}.buildspec",
                                   src["buildspec"].encode("utf-8", "surrogatepass"), path=f"{arn}#{label}.buildspec")
