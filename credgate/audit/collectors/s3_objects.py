"""S3 objects whose keys match configurable patterns (.env, *.tfstate, backups, archives), with a size cap.

Buckets are listed once per account; each region's unit reads only the buckets located in that region.
"""
from __future__ import annotations

import fnmatch
from typing import Any, Iterator

from credgate.audit.base import Context, Produced, classify, paginate
from credgate.audit.decode import expand
from credgate.models import Skip

NAME = "s3"
SERVICE = "s3"
RESOURCE_TYPE = "AWS::S3::Object"


def bucket_regions(ctx: Context) -> dict[str, Any]:
    """bucket -> region (or an exception), computed once per account and shared by all region units."""
    with ctx.lock:
        cached = ctx.shared.get("s3-buckets")
        if cached is not None:
            return cached  # type: ignore[no-any-return]
        s3 = ctx.client("s3")
        out: dict[str, Any] = {}
        for b in s3.list_buckets().get("Buckets") or []:
            name = b["Name"]
            region = b.get("BucketRegion")
            if not region:
                try:
                    region = s3.get_bucket_location(Bucket=name).get("LocationConstraint") or "us-east-1"
                except Exception as exc:  # noqa: BLE001
                    out[name] = exc
                    continue
            out[name] = {"EU": "eu-west-1"}.get(region, region)
        ctx.shared["s3-buckets"] = out
        return out


def matches(key: str, patterns: tuple[str, ...]) -> bool:
    base = key.rsplit("/", 1)[-1].lower()
    low = key.lower()
    return any(fnmatch.fnmatchcase(base, p.lower()) or fnmatch.fnmatchcase(low, p.lower()) for p in patterns)


def collect(ctx: Context) -> Iterator[Produced]:
    for bucket, region in sorted(bucket_regions(ctx).items()):
        if isinstance(region, Exception):
            with ctx.lock:  # one Skip per bucket, not one per region unit
                reported = ctx.shared.setdefault("s3-reported", set())
                first = bucket not in reported
                reported.add(bucket)
            if first:
                reason, detail = classify(region)
                yield Skip(f"arn:{ctx.partition}:s3:::{bucket}", reason, f"bucket location unknown: {detail}")
            continue
        if region != ctx.region:
            continue
        yield from _bucket(ctx, bucket)


def _listing(ctx: Context, bucket: str) -> Iterator[Any]:
    """Objects of a bucket, page by page (never the whole listing in memory); a failure ends with a Skip."""
    try:
        yield from paginate(ctx.client("s3"), "list_objects_v2", "Contents", Bucket=bucket)
    except Exception as exc:  # noqa: BLE001
        reason, detail = classify(exc)
        yield Skip(f"arn:{ctx.partition}:s3:::{bucket}", reason, f"listing stopped: {detail}")


def _bucket(ctx: Context, bucket: str) -> Iterator[Produced]:
    opts = ctx.options
    s3 = ctx.client("s3")
    seen = 0
    for obj in _listing(ctx, bucket):
        if isinstance(obj, Skip):
            yield obj
            break
        key = obj["Key"]
        if not matches(key, opts.s3_key_patterns):
            continue
        arn = f"arn:{ctx.partition}:s3:::{bucket}/{key}"
        seen += 1
        if seen > opts.s3_max_objects_per_bucket:
            yield Skip(f"arn:{ctx.partition}:s3:::{bucket}", "too-many",
                       f"more than {opts.s3_max_objects_per_bucket} matching objects; the rest were not read")
            break
        size = int(obj.get("Size") or 0)
        if size > opts.s3_max_object_size:
            yield Skip(arn, "too-large", f"{size} bytes > s3 size cap {opts.s3_max_object_size}")
            continue
        try:
            body = s3.get_object(Bucket=bucket, Key=key)["Body"].read(opts.s3_max_object_size + 1)
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(arn, reason, detail)
            continue
        n = 0
        for member, content in expand(body, key, limit=opts.s3_max_object_size):
            n += 1
            path = arn if member == key else f"{arn}!{member}"
            yield ctx.item(arn, RESOURCE_TYPE, "s3", "Body" if member == key else f"Body:{member}", content,
                           path=path)
        if n == 0:
            yield Skip(arn, "binary", "binary object not scanned")
