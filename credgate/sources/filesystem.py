"""Files and folders on disk -> fragments.

Never follows symlinked directories (no loops), never reads FIFOs or
devices, skips binaries and files over ``max_file_size``; every skip is
reported, so a clean result always says what was not read.

``FileWalker.walk(paths, deferred=True)`` (what ``credgate dir`` and ``credgate baseline`` use) yields
:class:`FileGroup` items instead of file contents: the names of up to ``GROUP_BYTES`` / ``GROUP_FILES`` of
files, read and turned into fragments where they are scanned (in a pool worker of
:func:`credgate.parallel.scan_stream`), so no file's bytes cross a pipe and the reading runs on every core.
``CREDGATE_TREE_READER=parent`` keeps the reference path (the parent reads every file; the oracle
``tests/perf/test_tree_readers.py`` compares against).
"""
from __future__ import annotations

import os
import stat
import weakref
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, Union

from credgate.models import Fragment, Skip

BINARY_SNIFF = 8192
# directories that never hold first-party content worth scanning by default
DEFAULT_SKIP_DIRS = frozenset({"node_modules", "__pycache__", ".venv", "venv", ".tox", ".mypy_cache",
                               ".ruff_cache", ".pytest_cache", ".hypothesis"})

Item = Union[Fragment, Skip]

# a FileGroup holds about this much file content (by the sizes the walk saw), or this many files
GROUP_BYTES = 4 << 20
GROUP_FILES = 256


def read_in_workers() -> bool:
    """False with ``CREDGATE_TREE_READER=parent`` (internal switch: the reference path, where the parent reads
    every file and sends its content to the workers; kept as the oracle the same-findings test compares against)."""
    return os.environ.get("CREDGATE_TREE_READER", "").strip().lower() != "parent"


def is_binary(head: bytes) -> bool:
    return b"\x00" in head[:BINARY_SNIFF]


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))


def wide_encoding(data: bytes) -> Optional[str]:
    """The UTF-16/UTF-32 encoding of ``data`` (with its BOM), or None.

    Without a BOM, UTF-16 is told from the byte pattern of the first 8 KiB: text
    that is mostly ASCII has a NUL in most odd (little-endian) or most even
    (big-endian) bytes and almost none in the others.  PowerShell's
    ``Out-File`` and ``>`` write UTF-16LE with a BOM; Windows tools often without.
    """
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc
    head = data[:BINARY_SNIFF]
    pairs = len(head) // 2
    if pairs < 2 or b"\x00" not in head:
        return None
    even = head[0:pairs * 2:2].count(0)
    odd = head[1:pairs * 2:2].count(0)
    if odd >= 0.6 * pairs and even <= 0.02 * pairs:
        return "utf-16-le"
    if even >= 0.6 * pairs and odd <= 0.02 * pairs:
        return "utf-16-be"
    return None


def decode_text(data: bytes) -> Optional[bytes]:
    """The bytes to scan: ``data`` itself for 8-bit text, UTF-8 for UTF-16/UTF-32 text, None for binary.

    UTF-16/UTF-32 is transcoded to UTF-8 (BOM dropped), so line breaks, and with
    them line numbers, stay where they were.  Content with a NUL byte that is not
    UTF-16/UTF-32 text is binary.
    """
    enc = wide_encoding(data)
    if enc is not None:
        bom = next((len(b) for b, e in _BOMS if e == enc and data.startswith(b)), 0)
        unit = 4 if enc.startswith("utf-32") else 2
        body = data[bom:]
        body = body[: len(body) - len(body) % unit]  # a truncated last code unit
        try:
            text = body.decode(enc, "strict")
        except UnicodeDecodeError:
            if not bom:
                return None if is_binary(data) else data
            text = body.decode(enc, "replace")  # a BOM says what it is: scan what decodes
        if not bom and not _mostly_text(text[:4096]):
            return None  # NULs in a pattern, but not text (16-bit numbers, say)
        return text.encode("utf-8", "replace")
    return None if is_binary(data) else data


def _mostly_text(sample: str) -> bool:
    if not sample:
        return False
    ok = sum(1 for ch in sample if ch.isprintable() or ch in "\t\r\n\f")
    return ok >= 0.9 * len(sample)


def too_large_detail(size: int, limit: int, where: str = "") -> str:
    """A too-large skip's message, saying how to raise the limit."""
    return (f"{size} bytes > max_file_size {limit}{where}; not scanned: raise the limit with "
            "--max-file-size SIZE or max_file_size in .credgate.toml")


def display_path(p: Path, base: Path) -> str:
    """POSIX path relative to ``base`` when below it, else as given."""
    try:
        return Path(os.path.abspath(p)).relative_to(os.path.abspath(base)).as_posix()
    except ValueError:
        return p.as_posix()


class _Shown:
    """How the files of one folder are shown: ``child(name)`` is ``display_path(folder / name, base)``.

    Below ``base`` (``rel`` given: the folder's path relative to it, ``.`` for base itself) a child is
    ``rel/name``; elsewhere it is the folder's path as given (``Path(folder).as_posix()``) and the name.  A
    name from ``os.scandir`` holds no separator and is never ``.`` or ``..``, so either is exactly what
    ``display_path`` gives (``tests/sources/test_walk_paths.py`` checks them against each other)."""

    __slots__ = ("text", "prefix")

    def __init__(self, text: str, prefix: str) -> None:
        self.text, self.prefix = text, prefix  # the folder's own shown path; what a child's name follows

    @classmethod
    def of(cls, folder: "Path | str", base: Path) -> "_Shown":
        try:
            rel = Path(os.path.abspath(folder)).relative_to(os.path.abspath(base)).as_posix()
        except ValueError:
            text = Path(folder).as_posix()
            return cls(text, "" if text == "." else text if text.endswith("/") else text + "/")
        return cls(rel, "" if rel == "." else rel + "/")

    def child(self, name: str) -> str:
        return self.prefix + name

    def sub(self, shown: str) -> "_Shown":
        """The _Shown of the child folder shown as ``shown`` (= ``self.child(its name)``)."""
        return _Shown(shown, shown + "/")


_WALKERS: "weakref.WeakValueDictionary[int, FileWalker]" = weakref.WeakValueDictionary()
_NEXT = [0]


class _Pending:
    """A regular file the walk accepted (not excluded, not too large) and left for a FileGroup to read."""

    __slots__ = ("path", "shown", "size")

    def __init__(self, path: "Path | str", shown: str, size: int) -> None:
        self.path, self.shown, self.size = path, shown, size


class FileGroup:
    """Files of a walk to read and turn into fragments where they are scanned (a deferred item of
    :func:`credgate.parallel.scan_stream`).  Pickled as its walker's key and its entries (``(path, shown)``
    of a file to read, or a Skip the walk made between them, in walk order); the walker was registered before
    the pool forked, so a worker finds it by its key.  :meth:`expand` does what the reference path does in
    the parent (read, too-large-while-reading, binary and UTF-16 sniffing, archives told by content), file by
    file; files the walker reads itself (:meth:`FileWalker.read_here`: archives by name) never join a group."""

    __slots__ = ("key", "entries", "size", "_walker")

    def __init__(self, walker: "FileWalker", key: int, entries: list, size: int) -> None:
        self._walker, self.key, self.entries, self.size = walker, key, entries, size

    def __getstate__(self) -> tuple:
        return self.key, self.entries, self.size

    def __setstate__(self, state: tuple) -> None:
        self.key, self.entries, self.size = state
        self._walker = _WALKERS.get(self.key)

    def expand(self) -> Iterator[Item]:
        w = self._walker
        for e in self.entries:
            if isinstance(e, Skip):
                yield e
            elif w is None:  # cannot happen with fork; never let it pass as a clean scan
                yield Skip(e[1], "unreadable", "file reader context missing in this process; not read")
            else:
                yield from w.read_file(e[0], e[1])

    def harvest(self) -> None:
        return None

    def absorb(self, notes: Any) -> None:
        return None


class FileWalker:
    def __init__(
        self,
        base: Path,
        max_file_size: int,
        *,
        skip_dirs: frozenset[str] = DEFAULT_SKIP_DIRS,
        follow_symlinks: bool = False,
    ) -> None:
        self.base = base
        self.max_file_size = max_file_size
        self.skip_dirs = skip_dirs
        self.follow_symlinks = follow_symlinks
        # set by commands: a predicate on the shown path that says "never read this"
        # (exclude_paths and path-only allowlist entries), checked before any IO
        self.excluded: Optional[Callable[[str], bool]] = None
        self._defer = False

    def walk(self, paths: list[str], deferred: bool = False) -> Iterator[Any]:
        """Fragments and skips, in walk order; with ``deferred``, regular files come as :class:`FileGroup`
        items (read where they are scanned) instead of fragments, in the same order."""
        if not deferred:
            yield from self._walk(paths)
            return
        _NEXT[0] += 1
        key = _NEXT[0]
        _WALKERS[key] = self
        self._defer = True
        group: list[Any] = []
        files = size = 0
        try:
            for it in self._walk(paths):
                if isinstance(it, _Pending):
                    group.append((os.fspath(it.path), it.shown))
                    files += 1
                    size += it.size
                    if size >= GROUP_BYTES or files >= GROUP_FILES:
                        yield FileGroup(self, key, group, size)
                        group, files, size = [], 0, 0
                elif isinstance(it, Skip) and group:
                    group.append(it)  # kept in its place: the group yields it between its files
                else:
                    if group:
                        yield FileGroup(self, key, group, size)
                        group, files, size = [], 0, 0
                    yield it
            if group:
                yield FileGroup(self, key, group, size)
        finally:
            self._defer = False

    def _walk(self, paths: list[str]) -> Iterator[Any]:
        for raw in paths:
            p = Path(raw)
            try:
                st = p.lstat()
            except FileNotFoundError:
                yield Skip(raw, "not-found", "no such file or directory")
                continue
            except OSError as exc:
                yield Skip(raw, "unreadable", exc.strerror or str(exc))
                continue
            if stat.S_ISDIR(st.st_mode):
                handled = self.on_dir(p)
                if handled is not None:
                    yield from handled
                    continue
                yield from self._walk_dir(p)
            else:
                yield from self._file(p, st, explicit=True)

    def _walk_dir(self, root: Path) -> Iterator[Any]:
        # Shown paths are built from the folder's as names are met (``_Shown``), never with pathlib per
        # entry: a Path and display_path() per file were most of the walk's time on a tree of 2,400 files.
        stack: list[tuple[str, _Shown]] = [(os.fspath(root), _Shown.of(root, self.base))]
        seen: set[tuple[int, int]] = set()
        excluded = self.excluded
        follow = self.follow_symlinks
        while stack:
            d, dshown = stack.pop()
            try:
                st = os.stat(d)
                key = (st.st_dev, st.st_ino)
                if key in seen:
                    yield Skip(dshown.text, "symlink-loop", "directory already visited")
                    continue
                seen.add(key)
                entries = sorted(os.scandir(d), key=lambda e: e.name)
            except OSError as exc:
                yield Skip(dshown.text, "unreadable", exc.strerror or str(exc))
                continue
            subdirs = []
            for e in entries:
                shown = dshown.child(e.name)
                try:
                    if e.is_symlink():
                        if not follow:
                            yield Skip(shown, "symlink", "symbolic link not followed")
                            continue
                    if e.is_dir(follow_symlinks=follow):
                        if e.name in self.skip_dirs:
                            continue
                        if excluded is not None and excluded(shown + "/"):
                            continue
                        if e.name == ".git":
                            yield from self.on_git_dir(Path(e.path))
                            continue
                        handled = self.on_dir(Path(e.path))
                        if handled is not None:
                            yield from handled
                            continue
                        subdirs.append((e.path, dshown.sub(shown)))
                        continue
                    if excluded is not None and excluded(shown):
                        continue
                    st = e.stat(follow_symlinks=follow)
                except OSError as exc:
                    yield Skip(shown, "unreadable", exc.strerror or str(exc))
                    continue
                yield from self._file(e.path, st, False, shown)
            stack.extend(reversed(subdirs))

    def on_git_dir(self, path: Path) -> Iterator[Item]:
        """A ``.git`` folder: history is scanned by ``credgate git``; here it is skipped."""
        return iter(())

    def on_dir(self, path: Path) -> Optional[Iterator[Item]]:
        """A folder about to be walked; return items to handle it instead (e.g. a bare repository)."""
        return None

    def _file(self, p: "Path | str", st: os.stat_result, explicit: bool, shown: Optional[str] = None) -> Iterator[Any]:
        """A file the walk met (``p``: its path, ``st``: its lstat, or its stat when links are followed;
        ``shown``: its display path, computed when not given)."""
        if shown is None:
            shown = display_path(Path(p), self.base)
        if stat.S_ISLNK(st.st_mode):
            try:
                st = os.stat(p)
            except OSError as exc:
                yield Skip(shown, "broken-symlink", exc.strerror or str(exc))
                return
            if not explicit and not self.follow_symlinks:
                yield Skip(shown, "symlink", "symbolic link not followed")
                return
        if not stat.S_ISREG(st.st_mode):
            yield Skip(shown, "not-regular", "FIFO, socket or device file not read")
            return
        if st.st_size > self.max_file_size:
            yield Skip(shown, "too-large", too_large_detail(st.st_size, self.max_file_size))
            return
        if self._defer and not self.read_here(shown):
            yield _Pending(p, shown, st.st_size)  # read by a FileGroup, where it is scanned
            return
        yield from self.read_file(p, shown)

    def read_here(self, shown: str) -> bool:
        """Read this file in the walk even when files are left to groups (``walk(deferred=True)``): a
        subclass says so for files that expand into many items (archives), so that those items are spread
        over the pool instead of being scanned in the one worker that reads the file."""
        return False

    def read_file(self, p: "Path | str", shown: str) -> Iterator[Item]:
        """A regular file's fragments (or skip): read it, then :meth:`on_file`."""
        data = self.read(p, shown)
        if isinstance(data, Skip):
            yield data
            return
        yield from self.on_file(shown, p, data)

    def read(self, p: "Path | str", shown: str) -> "bytes | Skip":
        try:
            fd = os.open(p, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
            try:
                chunks = []
                remaining = self.max_file_size + 1
                while remaining > 0:
                    chunk = os.read(fd, min(1 << 20, remaining))
                    if not chunk:
                        break
                    chunks.append(chunk)
                    remaining -= len(chunk)
            finally:
                os.close(fd)
        except OSError as exc:
            return Skip(shown, "unreadable", exc.strerror or str(exc))
        data = b"".join(chunks)
        if len(data) > self.max_file_size:
            return Skip(shown, "too-large", too_large_detail(len(data), self.max_file_size, " (grew while reading)"))
        return data

    def on_file(self, shown: str, p: "Path | str", data: bytes) -> Iterator[Item]:
        """Turn file bytes into fragments; archive support extends this."""
        text = decode_text(data)
        if text is None:
            yield Skip(shown, "binary", "binary content not scanned")
            return
        yield Fragment(path=shown, data=text)  # source "worktree": the default provenance, shared (not rebuilt)


def scan_base(config_root: Optional[Path], config_path: Optional[Path]) -> Path:
    """Paths are reported relative to the config's folder when there is one, else cwd."""
    if config_path is not None and config_root is not None:
        return config_root
    return Path.cwd()
