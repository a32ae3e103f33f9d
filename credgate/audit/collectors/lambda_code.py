"""Lambda deployment packages and the layers attached to functions (downloaded, unpacked, scanned).

Opt-in (``--services lambda-code``): one GetFunction call and one download per function.
The download goes through ``Options.fetch`` so it can be pointed anywhere (tests use a local server).
"""
from __future__ import annotations

from typing import Iterator

from credgate.audit.base import Context, Produced, call, paginate
from credgate.audit.decode import expand
from credgate.models import Skip

NAME = "lambda-code"
SERVICE = "lambda"
RESOURCE_TYPE = "AWS::Lambda::Function"
LAYER_TYPE = "AWS::Lambda::LayerVersion"


def _package(ctx: Context, arn: str, rtype: str, url: str) -> Iterator[Produced]:
    try:
        data = ctx.fetch(url)
    except Exception as exc:  # noqa: BLE001 - any download failure is a per-resource skip
        yield Skip(arn, "download-failed", f"{type(exc).__name__}: could not download the package: {str(exc)[:200]}")
        return
    n = 0
    for member, content in expand(data, "package.zip", limit=ctx.options.max_download_size):
        n += 1
        yield ctx.item(arn, rtype, "lambda-code", f"Code:{member}", content, path=f"{arn}!{member}")
    if n == 0:
        yield Skip(arn, "binary", "package holds no text members")


def collect(ctx: Context) -> Iterator[Produced]:
    lam = ctx.client("lambda")
    layers: set[str] = set()
    for fn in paginate(lam, "list_functions", "Functions"):
        arn = fn["FunctionArn"]
        for layer in fn.get("Layers") or []:
            if layer.get("Arn"):
                layers.add(layer["Arn"])
        if fn.get("PackageType", "Zip") != "Zip":
            yield Skip(arn, "image-package", "container image function: scan the image in ECR instead")
            continue
        fn_resp, skip = call(arn, lam.get_function, FunctionName=arn)
        if skip is not None:
            yield skip
        elif (fn_resp.get("Code") or {}).get("Location"):
            yield from _package(ctx, arn, RESOURCE_TYPE, fn_resp["Code"]["Location"])
    for larn in sorted(layers):
        if f":{ctx.account}:" not in larn:
            yield Skip(larn, "other-account", "layer published by another account (not scanned)")
            continue
        layer_resp, skip = call(larn, lam.get_layer_version_by_arn, Arn=larn)
        if skip is not None:
            yield skip
            continue
        loc = (layer_resp.get("Content") or {}).get("Location") or ""
        if loc.startswith(("http://", "https://")):
            yield from _package(ctx, larn, LAYER_TYPE, loc)
        else:
            yield Skip(larn, "download-failed", "layer package location is not downloadable")
