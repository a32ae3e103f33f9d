"""Archives and backups: zip, tar, gzip, bzip2, xz (nested), git repos and bundles inside them.

Kinds are told by magic bytes, never by file name.  Members are streamed
from memory; nothing is ever extracted into the user's tree.  The only things
written to disk are (a) spill files for nested zips that do not fit in memory
and (b) the objects and refs of a git repository or bundle found inside an
archive, which git needs as files.  Both live in one private folder
(``tempfile.mkdtemp``, mode 0700) per top-level archive that is removed when
that archive is done, on errors, on Ctrl-C and on SIGTERM.

Hostile input is bounded per top-level archive (:class:`ArchiveLimits`):

- ``max_total_size``: bytes produced by unpacking, counted once where they
  first appear (a decompressor's output, a zip member, a member of a plain
  tar), at every nesting level.  Reads are asked for at most the remaining
  budget + 1 byte, so decompression stops within the limit; header sizes are
  never trusted.
- ``max_members``: entries of the top-level container, and separately the
  entries of all the containers nested inside it.  A zip's central directory
  is counted before it is parsed.  Nested archives that run out (a 42.zip-style
  flood) are skipped one by one, but the top-level members after them are
  still read, so a flood cannot hide a later member.
- ``max_depth``: archives inside archives (``x.tar.gz`` is one level;
  ``x.gz`` holding a zip is two).
- ``max_ratio``: output / input of one compressed stream or zip member, judged
  once it has produced ``ratio_floor`` bytes.  A tar inside a compressed stream
  (``.tar.gz``...) is judged per member: a bomb member is skipped by reading
  past it (counted against ``max_total_size``, never held) and the members
  after it are still read.

A limit hit leaves something unread, so ``credgate dir`` exits 1 on it
(:data:`NOT_SCANNED`): clean means scanned.

Each limit hit is a :class:`~credgate.models.Skip` with what was hit, where,
and the option that raises it.  Corrupt or truncated archives are a Skip too;
members read before the damage are still scanned, and so is everything else.
Link members (symbolic and hard) are never followed; member names with
``..`` or absolute paths are only ever display strings, never file paths.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import os
import shutil
import stat
import struct
import tarfile
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterator, Optional, Union

from credgate.config import parse_size
from credgate.errors import ConfigError
from credgate.models import Fragment, Skip
from credgate.sources import images
from credgate.sources.filesystem import BINARY_SNIFF, FileWalker, display_path, is_binary
from credgate.sources.repos import history, is_bundle_head, is_git_dir
from credgate.sources.tempdirs import private_tempdir

Item = Union[Fragment, Skip]

HEAD_BYTES = 512
CHUNK = 1 << 20
SPOOL_IN_MEMORY = 16 * 1024 * 1024
CONTAINERS = ("zip", "tar", "gzip", "bzip2", "xz")
COMPRESSORS = ("gzip", "bzip2", "xz")
TAR_READAHEAD = 1 << 20  # tarfile's buffer over a stream: read before a member's own bytes are asked for
# names archives usually have (a scheduling hint for walk(deferred=True); kinds are told by content)
ARCHIVE_NAMES = (".zip", ".jar", ".war", ".ear", ".whl", ".egg", ".nupkg", ".apk", ".aar", ".tar", ".gz", ".tgz",
                 ".taz", ".z", ".bz2", ".bz", ".tbz", ".tbz2", ".xz", ".txz", ".bundle")
# skips that mean part of an archive or bundle was not read: `credgate dir` exits 1 on them
NOT_SCANNED = ("archive-size-limit", "archive-member-limit", "archive-ratio-limit", "archive-depth-limit",
               "bundle-bad-ref")


# ------------------------------------------------------------------ limits
@dataclass(frozen=True)
class ArchiveLimits:
    enabled: bool = True
    git_history: bool = True
    max_depth: int = 5
    max_total_size: int = 1024**3
    max_members: int = 100_000
    max_ratio: float = 200.0
    ratio_floor: int = 1024**2
    max_member_size: int = 10 * 1024 * 1024

    KEYS = ("enabled", "git_history", "max_depth", "max_total_size", "max_members", "max_ratio", "ratio_floor",
            "max_member_size")

    @classmethod
    def build(cls, section: dict[str, Any], *, max_file_size: int, **overrides: Any) -> "ArchiveLimits":
        """From the ``[archives]`` config table, then command-line overrides (None = not given)."""
        unknown = sorted(set(section) - set(cls.KEYS))
        if unknown:
            raise ConfigError(f"[archives]: unknown key(s) {', '.join(unknown)}; known: {', '.join(cls.KEYS)}")
        vals: dict[str, Any] = {"max_member_size": max_file_size}
        for k, v in section.items():
            vals[k] = v
        for k, v in overrides.items():
            if v is not None:
                vals[k] = v
        out: dict[str, Any] = {}
        for k, v in vals.items():
            where = f"[archives] {k}"
            if k in ("enabled", "git_history"):
                if not isinstance(v, bool):
                    raise ConfigError(f"{where}: expected true or false, got {v!r}")
                out[k] = v
            elif k in ("max_total_size", "ratio_floor", "max_member_size"):
                n = parse_size(v, where)
                if n < 1:
                    raise ConfigError(f"{where}: must be at least 1 byte")
                out[k] = n
            elif k in ("max_depth", "max_members"):
                if isinstance(v, bool) or not isinstance(v, int) or v < 1:
                    raise ConfigError(f"{where}: expected a whole number of at least 1, got {v!r}")
                out[k] = v
            elif k == "max_ratio":
                if isinstance(v, bool) or not isinstance(v, (int, float)) or v < 1:
                    raise ConfigError(f"{where}: expected a number of at least 1, got {v!r}")
                out[k] = float(v)
        return cls(**out)


class LimitHit(Exception):
    """A limit was reached.  ``local`` limits end one stream; the others end the top-level archive."""

    def __init__(self, where: str, reason: str, detail: str, local: bool = False) -> None:
        super().__init__(detail)
        self.where, self.reason, self.detail, self.local = where, reason, detail, local

    def skip(self) -> Skip:
        return Skip(self.where, self.reason, self.detail)


def _size(n: float) -> str:
    for unit in ("bytes", "KiB", "MiB", "GiB", "TiB"):
        if n < 1024 or unit == "TiB":
            return f"{int(n)} bytes" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024
    return f"{n} bytes"  # pragma: no cover


class Budget:
    """What one top-level archive may still produce."""

    def __init__(self, limits: ArchiveLimits, top: str) -> None:
        self.limits = limits
        self.top = top
        self.bytes = 0
        self.members = 0  # all levels (reports and tests)
        self.level = {1: 0, 2: 0}  # 1: the top-level container's own members; 2: all nested containers'

    def remaining(self) -> int:
        return max(0, self.limits.max_total_size - self.bytes)

    def charge(self, n: int, where: str) -> None:
        self.bytes += n
        if self.bytes > self.limits.max_total_size:
            raise LimitHit(
                where, "archive-size-limit",
                f"unpacking stopped after {_size(self.limits.max_total_size)} (max_total_size) of uncompressed "
                f"data from {self.top}; the rest of this archive was not scanned. Raise it with "
                "--archive-max-size SIZE or [archives] max_total_size",
            )

    def exhausted(self, where: str) -> None:
        """Raise the size limit now (what is left to read is known to exceed it)."""
        self.charge(self.remaining() + 1, where)

    def room(self, depth: int) -> int:
        return max(0, self.limits.max_members - self.level[min(depth, 2)])

    def uncount(self, n: int, depth: int) -> None:
        self.members -= n
        self.level[min(depth, 2)] -= n

    def member(self, where: str, n: int = 1, depth: int = 1) -> None:
        """Count members of a container at ``depth``: the top level and the nested levels have a
        limit each, so members nested in a flood cannot use up the top level's."""
        self.members += n
        lvl = min(depth, 2)
        self.level[lvl] += n
        if self.level[lvl] <= self.limits.max_members:
            return
        if lvl == 1:
            raise LimitHit(
                where, "archive-member-limit",
                f"more than {self.limits.max_members} members (max_members) in {self.top}; the rest was not "
                "scanned. Raise it with --archive-max-members N or [archives] max_members",
            )
        raise LimitHit(
            where, "archive-member-limit",
            f"more than {self.limits.max_members} members (max_members) in the archives nested inside "
            f"{self.top}; this nested archive was not read (further), and neither is any later nested one, "
            f"but {self.top}'s own members still are. Raise it with --archive-max-members N or "
            "[archives] max_members",
            local=True,
        )


# ----------------------------------------------------------------- readers
class _Tap(io.RawIOBase):
    """Counts the bytes read from a (compressed) input."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        data = self.inner.read(CHUNK if size is None or size < 0 else size)
        self.consumed += len(data)
        return bytes(data)

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


class _Meter(io.RawIOBase):
    """Reads ``inner`` in bounded chunks, charging the budget and watching the ratio."""

    def __init__(self, inner: Any, budget: Budget, where: str, *, charge: bool,
                 consumed: Optional[Callable[[], int]] = None, what: str = "", slack: int = 0) -> None:
        self.inner = inner
        self.slack = slack  # output that may have been decompressed before this reader began
        self.budget = budget
        self.where = where
        self.charge = charge
        self.consumed = consumed
        self.what = what
        self.produced = 0
        self.defer_errors = False
        self.error: Optional[BaseException] = None

    def readable(self) -> bool:
        return True

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        want = CHUNK if size is None or size < 0 else min(size, CHUNK)
        if self.charge:
            want = min(want, self.budget.remaining() + 1)
        if self.error is not None:
            return b""
        try:
            # read1: one step of the decompressor, so data before a damaged spot is handed up, not lost
            data = self.inner.read1(want) if self.defer_errors else self.inner.read(want)
        except LimitHit:
            raise
        except Exception as exc:  # noqa: BLE001
            if not self.defer_errors:
                raise
            # a truncated or damaged stream: end it here so readers above keep what came before
            self.error = exc
            return b""
        n = len(data)
        if not n:
            return b""
        self.produced += n
        if self.charge:
            self.budget.charge(n, self.where)
        if self.consumed is not None and self.produced - self.slack > self.budget.limits.ratio_floor:
            used = max(1, self.consumed())
            ratio = (self.produced - self.slack) / used
            if ratio > self.budget.limits.max_ratio:
                raise LimitHit(
                    self.where, "archive-ratio-limit",
                    f"{self.what or 'compressed data'} expands more than {self.budget.limits.max_ratio:g}:1 "
                    f"(max_ratio; {_size(used)} became {_size(self.produced)} so far), which looks like a "
                    "decompression bomb; stopped. Raise it with --archive-max-ratio N or [archives] max_ratio",
                    local=True,
                )
        return bytes(data)


class _Prefixed(io.RawIOBase):
    """``head`` (already read) followed by the rest of ``inner``."""

    def __init__(self, head: bytes, inner: Any) -> None:
        self.head = head
        self.inner = inner

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:  # type: ignore[override]
        want = CHUNK if size is None or size < 0 else size
        if self.head:
            out, self.head = self.head[:want], self.head[want:]
            return out
        return bytes(self.inner.read(min(want, CHUNK)))

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def _read_upto(f: Any, n: int) -> bytes:
    out = []
    got = 0
    while got < n:
        chunk = f.read(min(CHUNK, n - got))
        if not chunk:
            break
        out.append(chunk)
        got += len(chunk)
    return b"".join(out)


# ---------------------------------------------------------------- sniffing
def _tar_checksum_ok(head: bytes) -> bool:
    if len(head) < 512 or head[:1] == b"\0":
        return False
    field = head[148:156].replace(b"\0", b" ").strip()
    if not field or field.translate(None, b"01234567"):  # a byte that is no octal digit (C speed: every blob asks)
        return False
    want = int(field, 8)
    got = sum(head[:148]) + 8 * 32 + sum(head[156:512])
    return want == got


def sniff(head: bytes) -> Optional[str]:
    """The kind of content from its first bytes: zip, tar, gzip, bzip2, xz, bundle, or None."""
    if head[:4] in (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08"):
        return "zip"
    if head[:2] == b"\x1f\x8b":
        return "gzip"
    if head[:3] == b"BZh" and head[3:4] in b"123456789" and len(head) >= 10 and \
            head[4:10] in (b"1AY&SY", b"\x17\x72\x45\x38\x50\x90"):
        return "bzip2"
    if head[:6] == b"\xfd7zXZ\x00":
        return "xz"
    if is_bundle_head(head):
        return "bundle"
    if len(head) >= 512 and (head[257:262] == b"ustar" or _tar_checksum_ok(head)):
        return "tar"
    return None


def sniff_file(path: Path) -> Optional[str]:
    try:
        with open(path, "rb") as fh:
            return sniff(fh.read(HEAD_BYTES))
    except OSError:
        return None


_STRIP = {".tgz": ".tar", ".taz": ".tar", ".tbz": ".tar", ".tbz2": ".tar", ".txz": ".tar",
          ".gz": "", ".z": "", ".bz2": "", ".bz": "", ".xz": ""}


def _decompressed_name(shown: str) -> str:
    base = shown.rsplit("!", 1)[-1].rsplit("/", 1)[-1]
    low = base.lower()
    for suf, repl in _STRIP.items():
        if low.endswith(suf) and len(base) > len(suf):
            return base[: -len(suf)] + repl
    return base + "~"


def display_name(name: str) -> str:
    """A member name safe to print: control characters escaped."""
    return "".join(c if c.isprintable() else f"\\x{ord(c) & 0xFF:02x}" for c in name)


def _safe_parts(name: str) -> Optional[list[str]]:
    """Path parts of a member name, or None when it is absolute or climbs with ``..``."""
    if not name or name.startswith(("/", "\\")) or "\0" in name or (len(name) > 1 and name[1] == ":"):
        return None
    parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".")]
    if not parts or any(p == ".." for p in parts):
        return None
    return parts


# --------------------------------------------------------- repos in archives
_GIT_FILES = ("HEAD", "packed-refs", "shallow")
_NO_STAGE = (("objects", "info", "alternates"), ("objects", "info", "http-alternates"))


def _git_root(parts: list[str]) -> Optional[tuple[tuple[str, ...], tuple[str, ...]]]:
    """(root, rel) when ``parts`` may lie inside a git directory's objects, refs or HEAD."""
    for i, p in enumerate(parts):
        last = i == len(parts) - 1
        if p == ".git" and not last:
            return tuple(parts[: i + 1]), tuple(parts[i + 1 :])
        if (p in ("objects", "refs") and not last) or (p in _GIT_FILES and last):
            return tuple(parts[:i]), tuple(parts[i:])
    return None


class _Staged:
    __slots__ = ("name", "shown", "file")

    def __init__(self, name: str, shown: str, file: Path) -> None:
        self.name, self.shown, self.file = name, shown, file


class _RepoStager:
    """Collects the git-directory members of one container into a private folder.

    Only HEAD, packed-refs, shallow, refs/ and objects/ are written (never
    config, hooks, info/ or objects/info/alternates, so a hostile archive
    cannot make git run commands or read objects outside the folder).  At the
    end, a folder with HEAD, objects and refs is scanned as a history; the
    files of one that is not a repository are scanned as ordinary members.
    """

    def __init__(self, scanner: "ArchiveScanner", ctx: "_Ctx", container: str) -> None:
        self.scanner = scanner
        self.ctx = ctx
        self.container = container
        self.roots: dict[tuple[str, ...], Path] = {}
        self.dirs: dict[tuple[str, ...], set[str]] = {}
        self.files: dict[tuple[str, ...], list[_Staged]] = {}
        self.sha256: set[tuple[str, ...]] = set()

    def note_dir(self, name: str) -> None:
        parts = _safe_parts(name)
        if not parts:
            return
        found = _git_root(parts + ["x"])
        if found and len(found[1]) >= 2:
            self.dirs.setdefault(found[0], set()).add(found[1][0])

    def note_config(self, name: str, data: bytes) -> None:
        parts = _safe_parts(name)
        if parts and len(parts) >= 1 and parts[-1] == "config" and b"sha256" in data.lower():
            self.sha256.add(tuple(parts[:-1]))

    def wants(self, name: str) -> "Optional[tuple[tuple[str, ...], tuple[str, ...]]]":
        parts = _safe_parts(name)
        if parts is None:
            return None
        found = _git_root(parts)
        if found is None:
            return None
        root, rel = found
        if rel[0] not in ("objects", "refs") and not (len(rel) == 1 and rel[0] in _GIT_FILES):
            return None
        if rel[:3] in _NO_STAGE:
            return None
        return root, rel

    @staticmethod
    def unsafe_git_member(name: str) -> bool:
        if _safe_parts(name) is not None:
            return False
        parts = [p for p in name.replace("\\", "/").split("/") if p not in ("", ".", "..")]
        return bool(parts) and _git_root(parts) is not None

    def stage(self, root: tuple[str, ...], rel: tuple[str, ...], name: str, shown: str, f: Any) -> Optional[Skip]:
        base = self.roots.get(root)
        if base is None:
            base = self.ctx.tmpdir() / f"repo{len(self.ctx.repos)}"
            self.ctx.repos.append(base)
            base.mkdir(mode=0o700)
            self.roots[root] = base
        target = base.joinpath(*rel)
        real_base = os.path.realpath(base)
        try:
            parent = target.parent
            os.makedirs(parent, mode=0o700, exist_ok=True)
            if not os.path.realpath(parent).startswith(real_base):
                return Skip(shown, "unsafe-path", "member would land outside the private folder; not extracted")
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0)
            fd = os.open(target, flags, 0o600)
            with os.fdopen(fd, "wb") as out:
                shutil.copyfileobj(f, out, CHUNK)
        except OSError as exc:
            return Skip(shown, "unextractable", f"could not stage git member: {exc.strerror or exc}")
        self.files.setdefault(root, []).append(_Staged(name, shown, target))
        return None

    def _is_repo(self, root: tuple[str, ...]) -> bool:
        base = self.roots[root]
        dirs = self.dirs.get(root, set())
        head = (base / "HEAD").is_file()
        objects = (base / "objects").is_dir() or "objects" in dirs
        refs = (base / "refs").is_dir() or "refs" in dirs or (base / "packed-refs").is_file()
        return head and objects and refs

    def finish(self, depth: int) -> Iterator[Item]:
        for root, base in self.roots.items():
            if self._is_repo(root):
                (base / "objects").mkdir(mode=0o700, exist_ok=True)
                (base / "refs").mkdir(mode=0o700, exist_ok=True)
                cfg = "[core]\n\trepositoryformatversion = 0\n\tbare = true\n"
                if root in self.sha256:
                    cfg = "[core]\n\trepositoryformatversion = 1\n\tbare = true\n[extensions]\n\tobjectformat = sha256\n"
                (base / "config").write_text(cfg)
                chain = f"{self.container}!{display_name('/'.join(root))}" if root else self.container
                if self.scanner.limits.git_history:
                    yield from history(base, shown=chain, source="archive", sep="!", detail=chain,
                                       max_size=self.scanner.limits.max_member_size)
                else:
                    yield Skip(chain, "history-off", "git repository inside an archive not read (git_history = false)")
            else:
                for st in self.files.get(root, []):
                    with open(st.file, "rb") as fh:
                        yield from self.scanner._member_content(fh, st.shown, depth, self.ctx)
            shutil.rmtree(base, ignore_errors=True)


# ------------------------------------------------------------------ scanner
class _Ctx:
    """State of one top-level archive: its budget and its private folder (made on first use)."""

    def __init__(self, budget: Budget, stack: contextlib.ExitStack) -> None:
        self.budget = budget
        self.stack = stack
        self._tmp: Optional[Path] = None
        self.repos: list[Path] = []
        self._reported: set[tuple[str, str]] = set()

    def report(self, hit: LimitHit) -> Iterator[Skip]:
        """A limit hit once per place (a tripped stream may raise again as outer readers go on)."""
        key = (hit.where, hit.reason)
        if key not in self._reported:
            self._reported.add(key)
            yield hit.skip()

    def tmpdir(self) -> Path:
        if self._tmp is None:
            self._tmp = self.stack.enter_context(private_tempdir("credgate-archive-"))
        return self._tmp


def _corrupt(shown: str, kind: str, exc: BaseException) -> Skip:
    msg = str(exc).strip() or type(exc).__name__
    if isinstance(exc, EOFError) or "ended before" in msg or "unexpected end" in msg or "truncated" in msg.lower():
        what = "truncated"
    else:
        what = "corrupt or unreadable"
    return Skip(shown, "corrupt-archive",
                f"{kind} archive is {what} ({display_name(msg[:200])}); members before the damage were scanned")


class ArchiveScanner:
    """Turns one archive (or a git bundle) into fragments and skips, within the limits."""

    kit = property(lambda self: _KIT)  # budget, meter and names for credgate.sources.images

    def __init__(self, limits: ArchiveLimits) -> None:
        self.limits = limits
        # top-level archive -> (uncompressed bytes produced, members seen), for reports and tests
        self.totals: dict[str, tuple[int, int]] = {}

    # ------------------------------------------------------------- entry
    def scan(self, fileobj: Any, shown: str, kind: str) -> Iterator[Item]:
        """Scan a top-level archive opened from disk or memory (``fileobj`` must be seekable).

        A tar that is a container image (docker save / OCI layout) is read as an image
        (:mod:`credgate.sources.images`): config, history, and layers with whiteouts.
        """
        if kind == "tar" and _seekable(fileobj):
            layout = images.detect(fileobj)
            if layout is not None:
                yield from images.scan_image(self, fileobj, shown, layout)
                return
        yield from self._scan_plain(fileobj, shown, kind)

    def _scan_plain(self, fileobj: Any, shown: str, kind: str) -> Iterator[Item]:
        with contextlib.ExitStack() as stack:
            ctx = _Ctx(Budget(self.limits, shown), stack)
            try:
                if kind == "bundle":
                    yield from self._bundle(fileobj, shown, ctx, on_disk=True)
                else:
                    yield from self._container(kind, fileobj, shown, 1, False, ctx)
            except LimitHit as hit:
                yield from ctx.report(hit)
            finally:
                self.totals[shown] = (ctx.budget.bytes, ctx.budget.members)

    def scan_path(self, path: Path, shown: str, kind: str) -> Iterator[Item]:
        if kind == "bundle":
            yield from self._bundle_path(path, shown, source="history")
            return
        try:
            fh = open(path, "rb")
        except OSError as exc:
            yield Skip(shown, "unreadable", exc.strerror or str(exc))
            return
        with fh:
            yield from self.scan(fh, shown, kind)

    # --------------------------------------------------------- dispatch
    def _container(self, kind: str, f: Any, shown: str, depth: int, charged: bool, ctx: _Ctx) -> Iterator[Item]:
        try:
            if kind in COMPRESSORS:
                yield from self._compressed(kind, f, shown, depth, ctx)
            elif kind == "tar":
                yield from self._tar(f, shown, depth, charged, ctx)
            elif kind == "zip":
                yield from self._zip(f, shown, depth, charged, ctx)
        except LimitHit:
            raise
        except Exception as exc:  # noqa: BLE001 - any damage is a per-archive skip, never a crash
            yield _corrupt(shown, kind, exc)

    def _compressed(self, kind: str, f: Any, shown: str, depth: int, ctx: _Ctx) -> Iterator[Item]:
        tap = _Tap(f)
        dec: Any
        if kind == "gzip":
            dec = gzip.GzipFile(fileobj=tap, mode="rb")
        elif kind == "bzip2":
            import bz2

            dec = bz2.BZ2File(tap, mode="rb")
        else:
            import lzma

            dec = lzma.LZMAFile(tap, mode="rb")
        with dec:
            meter = _Meter(dec, ctx.budget, shown, charge=True, consumed=lambda: tap.consumed, what=f"{kind} data")
            meter.defer_errors = True
            head = _read_upto(meter, HEAD_BYTES)
            inner = sniff(head)
            stream = _Prefixed(head, meter)
            if inner == "tar":  # .tar.gz and friends are one level
                # the ratio is judged per member, not for the whole stream: a bomb member is skipped
                # (read past, within max_total_size) and the members after it are still read
                meter.consumed = None
                yield from self._tar(stream, shown, depth, True, ctx, source=meter, consumed=lambda: tap.consumed)
            else:
                yield from self._content(stream, head, inner, f"{shown}!{_decompressed_name(shown)}", depth, ctx)
            if meter.error is not None:
                yield _corrupt(shown, kind, meter.error)

    # --------------------------------------------------------------- tar
    def _tar(self, f: Any, shown: str, depth: int, charged: bool, ctx: _Ctx,
             source: Optional[_Meter] = None, consumed: Optional[Callable[[], int]] = None) -> Iterator[Item]:
        src = f if charged else _Meter(f, ctx.budget, shown, charge=True)
        stager = _RepoStager(self, ctx, shown)
        try:
            with tarfile.open(fileobj=src, mode="r|", bufsize=1 << 20) as tf:
                for ti in tf:
                    mshown = f"{shown}!{display_name(ti.name)}"
                    ctx.budget.member(mshown, depth=depth)
                    if ti.isdir():
                        stager.note_dir(ti.name)
                        continue
                    if ti.issym() or ti.islnk():
                        yield Skip(mshown, "symlink", "link inside an archive is never followed")
                        continue
                    if ti.issparse() or not ti.isreg():
                        yield Skip(mshown, "not-regular", "device, FIFO or sparse member not read")
                        continue
                    fh = tf.extractfile(ti)
                    if fh is None:
                        continue
                    if consumed is None:
                        yield from self._member(fh, ti.name, mshown, depth, ctx, stager)
                        continue
                    c0 = consumed()
                    m = _Meter(fh, ctx.budget, mshown, charge=False, consumed=lambda c0=c0: consumed() - c0,
                               what="tar member", slack=TAR_READAHEAD)
                    try:
                        yield from self._member(m, ti.name, mshown, depth, ctx, stager)
                    except LimitHit as hit:
                        if not hit.local:
                            raise
                        yield from ctx.report(hit)  # this member only: read past it to the next one
                    if ti.size - m.produced > ctx.budget.remaining():
                        ctx.budget.exhausted(mshown)  # reading past it would use up max_total_size anyway
        except LimitHit:
            raise
        except Exception as exc:  # noqa: BLE001
            if source is None or source.error is None:  # else the compressed layer below reports it
                yield _corrupt(shown, "tar", exc)
        yield from stager.finish(depth)

    # --------------------------------------------------------------- zip
    def _zip(self, f: Any, shown: str, depth: int, charged: bool, ctx: _Ctx) -> Iterator[Item]:
        if not _seekable(f):
            f = self._spool(f, ctx)
        count = _zip_directory_entries(f, ctx.budget.room(depth))
        if count is not None:
            ctx.budget.member(shown, count, depth)  # raises before parsing a central directory that is too big
            ctx.budget.uncount(count, depth)
        zf = zipfile.ZipFile(f)
        stager = _RepoStager(self, ctx, shown)
        with zf:
            for zi in zf.infolist():
                mshown = f"{shown}!{display_name(zi.filename)}"
                ctx.budget.member(mshown, depth=depth)
                if zi.is_dir():
                    stager.note_dir(zi.filename)
                    continue
                mode = zi.external_attr >> 16
                if stat.S_ISLNK(mode):
                    yield Skip(mshown, "symlink", "link inside an archive is never followed")
                    continue
                if mode and not stat.S_ISREG(mode) and stat.S_IFMT(mode):
                    yield Skip(mshown, "not-regular", "device or FIFO member not read")
                    continue
                if zi.flag_bits & 0x1:
                    yield Skip(mshown, "encrypted", "encrypted zip member cannot be read")
                    continue
                try:
                    raw = zf.open(zi)
                except LimitHit:
                    raise
                except Exception as exc:  # noqa: BLE001 - unsupported method, bad header
                    yield Skip(mshown, "corrupt-archive", f"zip member unreadable ({display_name(str(exc)[:200])})")
                    continue
                stored = zi.compress_type == zipfile.ZIP_STORED
                csize = max(1, zi.compress_size)
                meter = _Meter(raw, ctx.budget, mshown, charge=not (charged and stored),
                               consumed=None if stored else (lambda c=csize: c), what="zip member")
                try:
                    with raw:
                        yield from self._member(meter, zi.filename, mshown, depth, ctx, stager)
                except LimitHit as hit:
                    if not hit.local:
                        raise
                    yield from ctx.report(hit)
                except Exception as exc:  # noqa: BLE001 - CRC errors, truncated data
                    yield _corrupt(mshown, "zip", exc)
        yield from stager.finish(depth)

    def _spool(self, f: Any, ctx: _Ctx) -> Any:
        spool = tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY, dir=str(ctx.tmpdir()))
        ctx.stack.callback(spool.close)
        while True:
            chunk = f.read(CHUNK)
            if not chunk:
                break
            spool.write(chunk)
        spool.seek(0)
        return spool

    # ----------------------------------------------------------- members
    def _member(self, fh: Any, name: str, shown: str, depth: int, ctx: _Ctx, stager: _RepoStager) -> Iterator[Item]:
        want = stager.wants(name)
        if want is not None:
            skip = stager.stage(want[0], want[1], name, shown, fh)
            if skip is not None:
                yield skip
            return
        if stager.unsafe_git_member(name):
            yield Skip(shown, "unsafe-path", "git member name has '..' or is absolute; never extracted "
                       "(its content is scanned in memory only)")
        yield from self._member_content(fh, shown, depth, ctx, stager=stager, name=name)

    def _member_content(self, fh: Any, shown: str, depth: int, ctx: _Ctx, *,
                        stager: Optional[_RepoStager] = None, name: str = "") -> Iterator[Item]:
        head = _read_upto(fh, HEAD_BYTES)
        yield from self._content(_Prefixed(head, fh), head, sniff(head), shown, depth, ctx,
                                 stager=stager, name=name)

    def _content(self, stream: Any, head: bytes, kind: Optional[str], shown: str, depth: int, ctx: _Ctx, *,
                 stager: Optional[_RepoStager] = None, name: str = "") -> Iterator[Item]:
        """One member's bytes: a nested archive, a bundle, or text to scan."""
        if kind in CONTAINERS:
            if depth + 1 > self.limits.max_depth:
                yield Skip(shown, "archive-depth-limit",
                           f"archive nested {depth + 1} levels deep; max_depth is {self.limits.max_depth}, so it "
                           "was not opened. Raise it with --archive-max-depth N or [archives] max_depth")
                return
            try:
                yield from self._container(kind, stream, shown, depth + 1, True, ctx)
            except LimitHit as hit:
                if not hit.local:
                    raise
                yield from ctx.report(hit)
            return
        if kind == "bundle":
            yield from self._bundle(stream, shown, ctx, on_disk=False)
            return
        limit = self.limits.max_member_size
        data = _read_upto(stream, min(limit + 1, BINARY_SNIFF))
        if is_binary(data):  # told from the first bytes; the rest is never read
            yield Skip(shown, "binary", "binary content not scanned")
            return
        if len(data) == BINARY_SNIFF:
            data += _read_upto(stream, limit + 1 - len(data))
        if len(data) > limit:
            yield Skip(shown, "too-large", f"member larger than max_file_size {limit}; not scanned")
            return
        if stager is not None and name.rsplit("/", 1)[-1] == "config":
            stager.note_config(name, data[:65536])
        yield Fragment(path=shown, data=data, source="archive")

    # ------------------------------------------------------------ bundles
    def _bundle(self, stream: Any, shown: str, ctx: _Ctx, *, on_disk: bool) -> Iterator[Item]:
        if not self.limits.git_history:
            yield Skip(shown, "history-off", "git bundle not read (git_history = false)")
            return
        target = ctx.tmpdir() / f"bundle{len(ctx.repos)}.bundle"
        ctx.repos.append(target)
        fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
        with os.fdopen(fd, "wb") as out:
            shutil.copyfileobj(stream, out, CHUNK)
        try:
            yield from history(target, shown=shown, source="history" if on_disk else "archive", sep="!",
                               detail=shown, max_size=self.limits.max_member_size)
        finally:
            with contextlib.suppress(OSError):
                target.unlink()

    def _bundle_path(self, path: Path, shown: str, source: str) -> Iterator[Item]:
        if not self.limits.git_history:
            yield Skip(shown, "history-off", "git bundle not read (git_history = false)")
            return
        yield from history(path, shown=shown, source=source, sep="!", detail=shown,
                           max_size=self.limits.max_member_size)


def _seekable(f: Any) -> bool:
    try:
        return bool(f.seekable())
    except (AttributeError, ValueError, OSError):
        return False


def _zip_directory_entries(f: Any, allowed: int) -> Optional[int]:
    """Entries in a zip's central directory, counted from its bytes (not its header), when that is cheap.

    Returns None when the count is within ``allowed`` for sure (or cannot be
    told; zipfile then reports damage itself).
    """
    try:
        f.seek(0, 2)
        size = f.tell()
        tail_len = min(size, 65536 + 22)
        f.seek(size - tail_len)
        tail = f.read(tail_len)
        i = tail.rfind(b"PK\x05\x06")
        if i < 0 or len(tail) - i < 22:
            return None
        (cd_size,) = struct.unpack("<I", tail[i + 12 : i + 16])
        if cd_size // 46 <= allowed:  # 46 bytes is the smallest central directory entry
            return None
        start = size - tail_len + i - cd_size
        if start < 0:
            return None
        f.seek(start)
        count = 0
        left = cd_size
        carry = b""
        while left > 0:
            chunk = f.read(min(CHUNK * 16, left))
            if not chunk:
                break
            left -= len(chunk)
            buf = carry + chunk
            count += buf.count(b"PK\x01\x02")
            carry = buf[-3:]
            if count > allowed:
                break
        return count
    finally:
        with contextlib.suppress(OSError, ValueError):
            f.seek(0)


# ------------------------------------------------------------- the walker
class ArchiveAwareWalker(FileWalker):
    """FileWalker that opens archives, bundles, ``.git`` folders and bare repositories it meets."""

    def __init__(self, base: Path, max_file_size: int, limits: ArchiveLimits, **kw: Any) -> None:
        super().__init__(base, max_file_size, **kw)
        self.limits = limits
        self.scanner = ArchiveScanner(limits)

    def read_here(self, shown: str) -> bool:
        # scheduling only: an archive named like one is read and expanded in the walk, so its members are
        # spread over the pool; one that is not (told by content, as always) is expanded where it is read
        return self.limits.enabled and shown.lower().endswith(ARCHIVE_NAMES)

    def on_file(self, shown: str, path: "Path | str", data: bytes) -> Iterator[Item]:
        if self.limits.enabled:
            kind = sniff(data[:HEAD_BYTES])
            if kind == "bundle":
                yield from self.scanner.scan_path(Path(path), shown, kind)
                return
            if kind is not None:
                yield from self.scanner.scan(io.BytesIO(data), shown, kind)
                return
        yield from super().on_file(shown, path, data)

    def _file(self, p: "Path | str", st: os.stat_result, explicit: bool, shown: Optional[str] = None) -> Iterator[Any]:
        # Archives and bundles larger than max_file_size are streamed from disk instead of skipped.
        if self.limits.enabled and stat.S_ISREG(st.st_mode) and st.st_size > self.max_file_size:
            kind = sniff_file(Path(p))
            if kind is not None:
                yield from self.scanner.scan_path(Path(p), display_path(Path(p), self.base) if shown is None else shown,
                                                  kind)
                return
        yield from super()._file(p, st, explicit, shown)

    def on_git_dir(self, path: Path) -> Iterator[Item]:
        if not self.limits.git_history or not is_git_dir(path):
            return
        tree = display_path(path.parent, self.base)
        tree = "" if tree == "." else tree
        yield from history(path.parent, shown=tree, source="history", sep="/",
                           detail=display_path(path, self.base), max_size=self.max_file_size)

    def on_dir(self, path: Path) -> Optional[Iterator[Item]]:
        """A bare repository or mirror (by content, whatever its name) is read as a history."""
        if not self.limits.git_history or not is_git_dir(path):
            return None
        shown = display_path(path, self.base)
        return history(path, shown=shown, source="history", sep="!", detail=shown, max_size=self.max_file_size)


# What the image reader (credgate.sources.images) needs of this module, handed to it through
# ArchiveScanner.kit rather than imported back, so the two modules form no import cycle.
_KIT = SimpleNamespace(Budget=Budget, LimitHit=LimitHit, Ctx=_Ctx, Meter=_Meter, display_name=display_name)
