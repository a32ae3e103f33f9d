"""Container images: ``docker save`` tarballs and OCI image layout tarballs, read as images.

A tar is an image when it holds ``manifest.json`` (docker save, with
``repositories`` in the legacy format) or ``oci-layout`` and ``index.json``
(OCI image layout; newer Docker versions write both).  For each image:

* the config JSON: ``Env`` entries (``KEY=value``), ``Labels``, ``Entrypoint``/``Cmd`` and every
  ``history[].created_by`` command (``RUN ... --build-arg TOKEN=...`` and ``ENV`` steps keep their
  values there), one fragment each: ``<tar>!image@sha256:<12 hex>!config!Env`` ...;
* every layer, in order, as a tar (plain or gzip): each regular file is scanned at
  ``<tar>!image@sha256:<12 hex>!layer 3!/app/.env``.

Whiteouts: a file deleted in a later layer (``.wh.<name>`` beside it or in a parent, or an opaque
``.wh..wh..opq`` in a parent folder) is still in the earlier layer's tar, so it ships with the image
and anyone who pulls it can read it.  It is reported, at the layer that holds it, with exposure
``deleted-in-later-layer`` and a location detail naming the layer that deletes it; a file replaced by
a later layer is reported the same way with ``replaced-in-later-layer``.  Whiteout entries themselves
are not content.

The pure parts (:func:`config_texts`, :func:`layer_fates`, :func:`image_specs`) are shared with
the ECR collector, which fetches the same blobs from the registry.
"""
from __future__ import annotations

import contextlib
import json
import posixpath
import tarfile
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Optional, Union

from credgate.models import Fragment, Skip
from credgate.records import replace

Item = Union[Fragment, Skip]

WHITEOUT = ".wh."
OPAQUE = ".wh..wh..opq"
MAX_JSON = 16 * 1024 * 1024
MAX_IMAGES = 64
ZSTD_MAGIC = b"\x28\xb5\x2f\xfd"
INDEX_TYPES = ("application/vnd.oci.image.index.v1+json",
               "application/vnd.docker.distribution.manifest.list.v2+json")


class ImageError(ValueError):
    """The tarball says it is an image but its metadata cannot be used."""


class NotAnImage(ImageError):
    """A ``manifest.json`` that is not a docker save manifest (a web extension, an app bundle ...)."""


@dataclass(frozen=True)
class ImageSpec:
    """One image: its config blob and its layer blobs, by name inside the tarball (or digest)."""

    config: str
    layers: tuple[str, ...]
    tags: tuple[str, ...] = ()


# ---------------------------------------------------------------- detection
def layout_of(names: Iterable[str]) -> Optional[str]:
    """``"docker"``, ``"oci"`` or None from the member names at the root of a tar."""
    root = {n[2:] if n.startswith("./") else n for n in names}
    if "oci-layout" in root and "index.json" in root:
        return "oci"
    if "manifest.json" in root:
        return "docker"
    return None


def _norm(name: str) -> str:
    return name[2:] if name.startswith("./") else name


def short_digest(digest_or_name: str) -> str:
    """``sha256:<hex>`` / ``blobs/sha256/<hex>`` / ``<hex>.json`` -> the first 12 hex digits."""
    base = digest_or_name.rsplit("/", 1)[-1].rsplit(":", 1)[-1]
    base = base[:-5] if base.endswith(".json") else base
    return base[:12]


def blob_name(digest: str) -> str:
    algo, _, hexd = digest.partition(":")
    return f"blobs/{algo}/{hexd}"


# ----------------------------------------------------------------- manifests
def image_specs(layout: str, read_json: Callable[[str], Any]) -> list[ImageSpec]:
    """The images of a tarball: ``read_json(member name)`` returns a parsed JSON member."""
    out: list[ImageSpec] = []
    if layout == "docker":
        try:
            doc = read_json("manifest.json")
        except ImageError as exc:
            raise NotAnImage(str(exc)) from None
        if not isinstance(doc, list) or not doc or not all(isinstance(m, dict) and "Config" in m for m in doc):
            raise NotAnImage("manifest.json is not a docker save manifest")
        for m in doc[:MAX_IMAGES]:
            if not isinstance(m, dict) or not isinstance(m.get("Config"), str) or \
                    not isinstance(m.get("Layers") or [], list):
                raise ImageError("manifest.json entry without Config/Layers")
            out.append(ImageSpec(_norm(m["Config"]), tuple(_norm(str(x)) for x in m.get("Layers") or []),
                                 tuple(str(t) for t in m.get("RepoTags") or [])))
        return out
    index = read_json("index.json")
    todo = list((index or {}).get("manifests") or []) if isinstance(index, dict) else []
    seen: set[str] = set()
    while todo and len(out) < MAX_IMAGES:
        desc = todo.pop(0)
        digest = desc.get("digest") if isinstance(desc, dict) else None
        if not isinstance(digest, str) or digest in seen:
            continue
        seen.add(digest)
        man = read_json(blob_name(digest))
        if not isinstance(man, dict):
            raise ImageError(f"manifest {digest[:19]} is not a JSON object")
        if man.get("mediaType") in INDEX_TYPES or "manifests" in man:
            todo.extend(man.get("manifests") or [])  # a multi-platform index: every platform's image
            continue
        cfg = (man.get("config") or {}).get("digest")
        if not isinstance(cfg, str):
            raise ImageError(f"manifest {digest[:19]} has no config digest")
        ref = ((desc.get("annotations") or {}).get("org.opencontainers.image.ref.name") or "")
        out.append(ImageSpec(blob_name(cfg), tuple(blob_name(str(l.get("digest"))) for l in man.get("layers") or []),
                             (ref,) if ref else ()))
    return out


# -------------------------------------------------------------------- config
def config_texts(config: Any) -> list[tuple[str, bytes]]:
    """An image config JSON -> [(part, text)]: Env, Labels, Entrypoint/Cmd, history."""
    if not isinstance(config, dict):
        return []
    cc = config.get("config") or config.get("container_config") or {}
    if not isinstance(cc, dict):
        cc = {}
    out: list[tuple[str, bytes]] = []
    env = [str(e) for e in cc.get("Env") or [] if isinstance(e, str)]
    if env:
        out.append(("Env", ("\n".join(env) + "\n").encode("utf-8", "surrogatepass")))
    labels = cc.get("Labels") or {}
    if isinstance(labels, dict) and labels:
        out.append(("Labels", "".join(f"{k}={v}\n" for k, v in sorted(labels.items())).encode("utf-8", "surrogatepass")))
    cmd = []
    for key in ("Entrypoint", "Cmd"):
        v = cc.get(key)
        if isinstance(v, list) and v:
            cmd.append(f"{key.upper()} " + " ".join(str(x) for x in v))
    if cmd:
        out.append(("Cmd", ("\n".join(cmd) + "\n").encode("utf-8", "surrogatepass")))
    hist = [str(h.get("created_by") or "") for h in config.get("history") or [] if isinstance(h, dict)]
    hist = [h for h in hist if h]
    if hist:
        out.append(("history", ("\n".join(h.replace("\n", " ") for h in hist) + "\n").encode("utf-8", "surrogatepass")))
    return out


# ------------------------------------------------------------------ whiteouts
def _path(name: str) -> str:
    """A layer member name as an absolute path: ``./app/.env`` and ``app/.env`` -> ``/app/.env``."""
    while name.startswith("./"):
        name = name[2:]
    if name in ("", "."):
        return "/"
    return posixpath.normpath("/" + name.lstrip("/"))


def layer_entries(tf: tarfile.TarFile) -> tuple[set[str], set[str], set[str]]:
    """(regular files, whiteout targets, opaque dirs) of one layer, as absolute paths."""
    files: set[str] = set()
    gone: set[str] = set()
    opaque: set[str] = set()
    for ti in tf:
        p = _path(ti.name)
        d, base = posixpath.split(p)
        if base == OPAQUE:
            opaque.add(d)
        elif base.startswith(WHITEOUT):
            gone.add(posixpath.join(d, base[len(WHITEOUT):]))
        elif ti.isreg():
            files.add(p)
    return files, gone, opaque


def _parents(p: str) -> Iterator[str]:
    while p not in ("/", ""):
        p = posixpath.dirname(p)
        yield p


def fate(path: str, later: list[tuple[int, set[str], set[str], set[str]]]) -> Optional[tuple[str, int]]:
    """What the first later layer that touches ``path`` does to it: ("deleted"|"replaced", layer)."""
    for n, files, gone, opaque in later:
        if path in gone or any(q in gone for q in _parents(path)) or any(q in opaque for q in _parents(path)):
            return "deleted", n
        if path in files:
            return "replaced", n
    return None


def layer_fates(layers: list[tuple[set[str], set[str], set[str]]]) -> dict[tuple[int, str], tuple[str, int]]:
    """(1-based layer, path) -> ("deleted"|"replaced", by layer) for every file a later layer hides."""
    numbered = [(i + 1, *entries) for i, entries in enumerate(layers)]
    out: dict[tuple[int, str], tuple[str, int]] = {}
    for i, (n, files, _gone, _opq) in enumerate(numbered):
        for p in files:
            f = fate(p, numbered[i + 1:])
            if f is not None:
                out[(n, p)] = f
    return out


def open_layer(fileobj: Any) -> tarfile.TarFile:
    """A layer blob (tar, tar+gzip; zstd is refused with a clear error) as a TarFile."""
    head = fileobj.read(4)
    fileobj.seek(0)
    if head == ZSTD_MAGIC:
        raise ImageError("zstd-compressed layer: not supported (Python has no zstd decoder before 3.14)")
    return tarfile.open(fileobj=fileobj, mode="r:*")


def fate_note(f: Optional[tuple[str, int]], layer: int) -> tuple[str, str]:
    """(exposure label, location note) for a file's fate, or ("", "")."""
    if f is None:
        return "", ""
    what, by = f
    if what == "deleted":
        return ("deleted-in-later-layer",
                f"deleted in layer {by}, still shipped in layer {layer}: anyone who pulls the image can read it")
    return ("replaced-in-later-layer",
            f"replaced in layer {by}, the old copy still ships in layer {layer}")


# ------------------------------------------------------------ the tar reader
class ImageTar:
    """Reads one image tarball (seekable) through an :class:`~credgate.sources.archives.ArchiveScanner`."""

    def __init__(self, fileobj: Any, shown: str, layout: str, scanner: Any) -> None:
        self.f = fileobj
        self.shown = shown
        self.layout = layout
        self.scanner = scanner
        self.tf = tarfile.open(fileobj=fileobj, mode="r:")
        self.members = {_norm(ti.name): ti for ti in self.tf.getmembers() if ti.isreg()}

    def _open(self, name: str) -> Any:
        ti = self.members.get(name)
        if ti is None:
            raise ImageError(f"{name} is named by the manifest but missing from the tarball")
        fh = self.tf.extractfile(ti)
        if fh is None:
            raise ImageError(f"{name} is not a regular file")
        return fh

    def read_json(self, name: str) -> Any:
        ti = self.members.get(name)
        if ti is None:
            raise ImageError(f"{name} is missing from the tarball")
        if ti.size > MAX_JSON:
            raise ImageError(f"{name} is larger than {MAX_JSON} bytes")
        try:
            return json.loads(self._open(name).read())
        except ValueError as exc:
            raise ImageError(f"{name} is not valid JSON ({str(exc)[:80]})") from None

    def items(self) -> Iterator[Item]:
        kit = self.scanner.kit  # the archive reader's budget and meter, handed over (no import back)
        specs = image_specs(self.layout, self.read_json)
        with contextlib.ExitStack() as stack:
            ctx = kit.Ctx(kit.Budget(self.scanner.limits, self.shown), stack)
            try:
                for spec in specs:
                    yield from self._image(spec, ctx, kit.Meter, kit.LimitHit)
            except kit.LimitHit as hit:
                yield from ctx.report(hit)
            finally:
                self.scanner.totals[self.shown] = (ctx.budget.bytes, ctx.budget.members)

    def _image(self, spec: ImageSpec, ctx: Any, meter_cls: Any, limit_hit: Any) -> Iterator[Item]:
        img = f"{self.shown}!image@sha256:{short_digest(spec.config)}"
        tags = f" ({', '.join(spec.tags)})" if spec.tags else ""
        try:
            config = self.read_json(spec.config)
        except ImageError as exc:
            yield Skip(img, "corrupt-image", f"image config unreadable: {exc}")
            config = None
        for part, text in config_texts(config):
            yield Fragment(path=f"{img}!config!{part}", data=text, source="archive",
                           location_detail=f"{img}!config {part}{tags}")
        # pass 1: what each layer holds and deletes
        entries: list[tuple[set[str], set[str], set[str]]] = []
        broken: dict[int, str] = {}
        for n, name in enumerate(spec.layers, 1):
            try:
                with open_layer(self._open(name)) as lt:
                    entries.append(layer_entries(lt))
            except (ImageError, tarfile.TarError, OSError, EOFError) as exc:
                broken[n] = str(exc)[:200] or type(exc).__name__
                entries.append((set(), set(), set()))
        fates = layer_fates(entries)
        # pass 2: the content, layer by layer, with each file's fate
        for n, name in enumerate(spec.layers, 1):
            where = f"{img}!layer {n}"
            if n in broken:
                yield Skip(where, "corrupt-image", f"layer {short_digest(name)} unreadable: {broken[n]}")
                continue
            try:
                lt = open_layer(self._open(name))
            except (ImageError, tarfile.TarError, OSError, EOFError) as exc:  # pragma: no cover - read in pass 1
                yield Skip(where, "corrupt-image", str(exc)[:200])
                continue
            with lt:
                try:
                    for ti in lt:
                        if not ti.isreg():
                            continue
                        p = _path(ti.name)
                        if posixpath.basename(p).startswith(WHITEOUT):
                            continue
                        mshown = f"{where}!{self.scanner.kit.display_name(p)}"
                        ctx.budget.member(mshown, depth=2)
                        fh = lt.extractfile(ti)
                        if fh is None:
                            continue
                        label, note = fate_note(fates.get((n, p)), n)
                        m = meter_cls(fh, ctx.budget, mshown, charge=True)
                        try:
                            for it in self.scanner._member_content(m, mshown, 2, ctx):
                                if label and isinstance(it, Fragment):
                                    it = replace(it, location_detail=f"{it.path} ({note})",
                                                 extra=tuple(it.extra) + (("exposure", label),))
                                yield it
                        except limit_hit as hit:
                            if not hit.local:
                                raise
                            yield from ctx.report(hit)
                except limit_hit:
                    raise
                except (tarfile.TarError, OSError, EOFError) as exc:
                    yield Skip(where, "corrupt-archive", f"layer tar damaged ({str(exc)[:200]}); files before "
                                                         "the damage were scanned")


def detect(fileobj: Any) -> Optional[str]:
    """The image layout of a seekable tar (reads member headers only), or None; the position is restored."""
    pos = fileobj.tell()
    try:
        tf = tarfile.open(fileobj=fileobj, mode="r:")
        names = []
        for i, ti in enumerate(tf):
            if "/" not in _path(ti.name).strip("/"):
                names.append(ti.name)
            if i > 100000:
                break
        return layout_of(names)
    except (tarfile.TarError, OSError, EOFError, ValueError):
        return None
    finally:
        fileobj.seek(pos)


def scan_image(scanner: Any, fileobj: Any, shown: str, layout: str) -> Iterator[Item]:
    """Scan a detected image tarball.

    A ``manifest.json`` that is not an image manifest: read as a plain tar, no fuss.  Image metadata
    that is unusable: a ``corrupt-image`` skip, then read as a plain tar.  Damage found after some
    of the image was read: a ``corrupt-image`` skip (what was read is kept).
    """
    started = False
    try:
        reader = ImageTar(fileobj, shown, layout, scanner)
        for it in reader.items():
            started = True
            yield it
        return
    except NotAnImage:
        pass
    except ImageError as exc:
        if started:  # pragma: no cover - metadata is read before any content
            yield Skip(shown, "corrupt-image", str(exc)[:300])
            return
        yield Skip(shown, "corrupt-image", f"looks like a {layout} image but {exc}; read as a plain tar instead")
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Skip(shown, "corrupt-image", f"image tarball damaged ({str(exc)[:200] or type(exc).__name__})"
                                           + ("; what came before was scanned" if started else ""))
        if started:
            return
    fileobj.seek(0)
    yield from scanner._scan_plain(fileobj, shown, "tar")


__all__ = ["ImageSpec", "ImageError", "NotAnImage", "layout_of", "image_specs", "config_texts", "layer_entries", "layer_fates",
           "fate_note", "open_layer", "short_digest", "detect", "scan_image"]
