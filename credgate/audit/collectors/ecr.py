"""ECR images: the config (Env, Labels, Cmd, build history) and every layer's files, whiteouts applied.

Opt-in (``--services ecr``): each image read downloads its config and layer
blobs.  Per repository the ``Options.ecr_images_per_repo`` most recently
pushed images are read (default 1, like Prowler); a multi-platform index is
read for linux/amd64 (else its first image).  Blobs come from
GetDownloadUrlForLayer and an HTTPS GET (``Options.ecr_blob`` replaces both,
e.g. to read a mirror); a layer over ``ecr_max_layer_size`` is skipped by
name.  moto's ECR does not serve blobs (GetDownloadUrlForLayer is not
implemented), so there every image ends in a per-image "unsupported" skip.

Files deleted in a later layer are still in the earlier layer's blob (they
ship with the image): they are reported at that layer, with the field saying
which layer deletes them (see :mod:`credgate.sources.images`).
"""
from __future__ import annotations

import json
import posixpath
import tarfile
import tempfile
from typing import Any, Iterator, Optional

from credgate.audit.base import Context, Produced, classify, default_fetch, paginate
from credgate.audit.decode import expand
from credgate.models import Skip
from credgate.sources import images

NAME = "ecr"
SERVICE = "ecr"
RESOURCE_TYPE = "AWS::ECR::Repository"
MANIFEST_TYPES = [
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.index.v1+json",
]


def blob(ctx: Context, repo: str, digest: str) -> bytes:
    getter = ctx.options.ecr_blob
    if getter is not None:
        return getter(ctx, repo, digest)
    url = ctx.client("ecr").get_download_url_for_layer(repositoryName=repo, layerDigest=digest)["downloadUrl"]
    fetch = ctx.options.fetch or default_fetch
    return fetch(url, ctx.options.ecr_max_layer_size)


def _manifest(ctx: Context, repo: str, digest: str) -> dict[str, Any]:
    ecr = ctx.client("ecr")
    imgs = ecr.batch_get_image(repositoryName=repo, imageIds=[{"imageDigest": digest}],
                               acceptedMediaTypes=MANIFEST_TYPES).get("images") or []
    if not imgs:
        raise ValueError("BatchGetImage returned no manifest")
    doc = json.loads(imgs[0]["imageManifest"])
    if not isinstance(doc, dict):
        raise ValueError("image manifest is not a JSON object")
    return doc


def pick_platform(index: dict[str, Any]) -> Optional[str]:
    """linux/amd64 from a manifest list / OCI index, else the first entry."""
    ms = [m for m in index.get("manifests") or [] if isinstance(m, dict) and m.get("digest")]
    for m in ms:
        p = m.get("platform") or {}
        if p.get("os") == "linux" and p.get("architecture") == "amd64":
            return str(m["digest"])
    return str(ms[0]["digest"]) if ms else None


def collect(ctx: Context) -> Iterator[Produced]:
    ecr = ctx.client("ecr")
    for repo in paginate(ecr, "describe_repositories", "repositories"):
        name = repo["repositoryName"]
        rarn = repo.get("repositoryArn") or ctx.arn("ecr", f"repository/{name}")
        try:
            details = list(paginate(ecr, "describe_images", "imageDetails", repositoryName=name))
        except Exception as exc:  # noqa: BLE001
            reason, detail = classify(exc)
            yield Skip(rarn, reason, f"images not listed: {detail}")
            continue
        details.sort(key=lambda d: str(d.get("imagePushedAt") or ""), reverse=True)
        for d in details[: max(0, ctx.options.ecr_images_per_repo)]:
            yield from _image(ctx, name, rarn, d["imageDigest"], tuple(d.get("imageTags") or ()))


def _image(ctx: Context, repo: str, rarn: str, digest: str, tags: tuple[str, ...]) -> Iterator[Produced]:
    iarn = f"{rarn}@{digest}"
    try:
        man = _manifest(ctx, repo, digest)
        if man.get("mediaType") in images.INDEX_TYPES or "manifests" in man:
            child = pick_platform(man)
            if child is None:
                yield Skip(iarn, "empty-index", "image index lists no manifests")
                return
            man = _manifest(ctx, repo, child)
        cfg_digest = (man.get("config") or {}).get("digest")
        layers = [l for l in man.get("layers") or [] if isinstance(l, dict)]
        if not isinstance(cfg_digest, str):
            yield Skip(iarn, "unsupported-manifest", "manifest without a config digest (schema 1?) not read")
            return
        config_raw = blob(ctx, repo, cfg_digest)
    except Exception as exc:  # noqa: BLE001 - per image: moto, AccessDenied, a dead URL
        reason, detail = classify(exc)
        yield Skip(iarn, reason, f"image config/layers not readable: {detail}")
        return
    short = images.short_digest(cfg_digest)
    try:
        config = json.loads(config_raw)
    except ValueError:
        yield Skip(iarn, "corrupt-image", f"image config {short} is not JSON")
        config = None
    tagnote = f" ({', '.join(tags)})" if tags else ""
    for part, text in images.config_texts(config):
        yield ctx.item(iarn, RESOURCE_TYPE, "ecr", f"config.{part}{tagnote}", text, path=f"{iarn}!config!{part}")
    yield from _layers(ctx, repo, iarn, layers)


def _layers(ctx: Context, repo: str, iarn: str, layers: list[dict[str, Any]]) -> Iterator[Produced]:
    opts = ctx.options
    spools: list[Any] = []
    entries: list[tuple[set[str], set[str], set[str]]] = []
    try:
        # pass 1: download each layer once (to a spool file) and note what it holds and deletes
        for n, layer in enumerate(layers, 1):
            where = f"{iarn}!layer {n}"
            size = int(layer.get("size") or 0)
            spool = None
            if size > opts.ecr_max_layer_size:
                yield Skip(where, "too-large", f"layer of {size} bytes > ecr_max_layer_size {opts.ecr_max_layer_size}")
            else:
                try:
                    data = blob(ctx, repo, str(layer.get("digest")))
                    spool = tempfile.SpooledTemporaryFile(max_size=16 * 1024 * 1024, dir=opts.workdir)
                    spool.write(data)
                    del data
                    spool.seek(0)
                    with images.open_layer(spool) as lt:
                        entries.append(images.layer_entries(lt))
                except Exception as exc:  # noqa: BLE001
                    reason, detail = classify(exc)
                    if isinstance(exc, (images.ImageError, tarfile.TarError, EOFError)):
                        reason, detail = "corrupt-image", str(exc)[:200] or type(exc).__name__
                    yield Skip(where, reason, f"layer not read: {detail}")
                    if spool is not None:
                        spool.close()
                    spool = None
            if spool is None:
                entries.append((set(), set(), set()))
            spools.append(spool)
        fates = images.layer_fates(entries)
        # pass 2: the files, with their fate
        for n, spool in enumerate(spools, 1):
            if spool is None:
                continue
            spool.seek(0)
            with images.open_layer(spool) as lt:
                for ti in lt:
                    if not ti.isreg() or posixpath.basename(ti.name).startswith(images.WHITEOUT):
                        continue
                    p = images._path(ti.name)
                    path = f"{iarn}!layer {n}!{p}"
                    if ti.size > opts.ecr_max_file_size:
                        yield Skip(path, "too-large", f"{ti.size} bytes > ecr_max_file_size {opts.ecr_max_file_size}")
                        continue
                    fh = lt.extractfile(ti)
                    if fh is None:
                        continue
                    _, note = images.fate_note(fates.get((n, p)), n)
                    field = f"layer {n}:{p}" + (f" ({note})" if note else "")
                    for member, content in expand(fh.read(), p, limit=opts.ecr_max_file_size):
                        mpath = path if member == p else f"{path}!{member}"
                        yield ctx.item(iarn, RESOURCE_TYPE, "ecr", field, content, path=mpath)
    finally:
        for s in spools:
            if s is not None:
                s.close()
