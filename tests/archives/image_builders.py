"""Build container image tarballs at test time (no docker): docker save and OCI image layouts."""
from __future__ import annotations

import gzip
import hashlib
import json
from typing import Optional, Sequence

from tests.archives.builders import tar_bytes

Layer = Sequence[tuple[str, bytes]]


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def config_json(env: Sequence[str] = (), history: Sequence[str] = (), n_layers: int = 0,
                labels: Optional[dict] = None) -> bytes:
    doc = {
        "architecture": "amd64", "os": "linux",
        "config": {"Env": list(env), "Cmd": ["/app/run"], "Labels": labels or {}},
        "rootfs": {"type": "layers", "diff_ids": [f"sha256:{'0' * 64}"] * n_layers},
        "history": [{"created": "2026-01-01T00:00:00Z", "created_by": h} for h in history],
    }
    return json.dumps(doc).encode()


def docker_save(layers: Sequence[Layer], config: bytes, tags: Sequence[str] = ("app:latest",),
                legacy: bool = True) -> tuple[bytes, str]:
    """A `docker save` tarball: manifest.json, repositories, <id>/layer.tar (legacy) or blobs/sha256/ (v25+).

    Returns (tar bytes, config digest hex).
    """
    members: list[tuple[str, bytes]] = []
    cdig = sha(config)
    layer_names = []
    for layer in layers:
        data = tar_bytes(list(layer))
        name = f"{sha(data)}/layer.tar" if legacy else f"blobs/sha256/{sha(data)}"
        layer_names.append(name)
        members.append((name, data))
    cname = f"{cdig}.json" if legacy else f"blobs/sha256/{cdig}"
    members.append((cname, config))
    manifest = [{"Config": cname, "RepoTags": list(tags), "Layers": layer_names}]
    members.append(("manifest.json", json.dumps(manifest).encode()))
    if legacy:
        repo, _, tag = tags[0].partition(":")
        members.append(("repositories", json.dumps({repo: {tag: sha(layer_names[-1].encode())}}).encode()))
    return tar_bytes(members), cdig


def oci_layout(layers: Sequence[Layer], config: bytes, *, gz: bool = True, nested_index: bool = False) -> tuple[bytes, str]:
    """An OCI image layout tarball: oci-layout, index.json, blobs/sha256/<hex> (gzip layers by default)."""
    blobs: dict[str, bytes] = {}
    descs = []
    for layer in layers:
        data = tar_bytes(list(layer))
        if gz:
            data = gzip.compress(data)
        blobs[sha(data)] = data
        descs.append({"mediaType": "application/vnd.oci.image.layer.v1.tar" + ("+gzip" if gz else ""),
                      "digest": f"sha256:{sha(data)}", "size": len(data)})
    blobs[sha(config)] = config
    manifest = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.manifest.v1+json",
                           "config": {"mediaType": "application/vnd.oci.image.config.v1+json",
                                      "digest": f"sha256:{sha(config)}", "size": len(config)},
                           "layers": descs}).encode()
    blobs[sha(manifest)] = manifest
    top = {"mediaType": "application/vnd.oci.image.manifest.v1+json", "digest": f"sha256:{sha(manifest)}",
           "size": len(manifest), "annotations": {"org.opencontainers.image.ref.name": "v1"},
           "platform": {"architecture": "amd64", "os": "linux"}}
    if nested_index:
        inner = json.dumps({"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json",
                            "manifests": [top]}).encode()
        blobs[sha(inner)] = inner
        top = {"mediaType": "application/vnd.oci.image.index.v1+json", "digest": f"sha256:{sha(inner)}",
               "size": len(inner)}
    index = {"schemaVersion": 2, "mediaType": "application/vnd.oci.image.index.v1+json", "manifests": [top]}
    members = [("oci-layout", b'{"imageLayoutVersion": "1.0.0"}'), ("index.json", json.dumps(index).encode())]
    members += [(f"blobs/sha256/{h}", d) for h, d in blobs.items()]
    return tar_bytes(members), sha(config)


__all__ = ["config_json", "docker_save", "oci_layout", "sha"]
