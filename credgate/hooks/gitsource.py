"""Git as a source of fragments: staged changes, commit ranges, pushes, full histories.

Everything here is plain git plumbing through :mod:`subprocess` (no GitPython
on the hook path: it costs ~70 ms to import).  The design follows
``/work/shared/PERF_NOTES.md``:

* **staged**: one ``git diff --cached --raw -p -U0`` for the changed paths, their
  staged blob ids and the line numbers the commit adds, then one
  ``git cat-file --batch`` for the content of every staged blob.  The whole file
  is analysed (IaC context stays complete); findings are limited to added lines.
* **range / push**: one ``git log --raw -p -U0 --cc`` over the range, then one
  ``git cat-file --batch`` for the blobs.  Merge commits are read as dense
  combined diffs, so only what the merge itself introduces is attributed to it.
* **history**: each unique blob is read once.  One
  ``git log --all --raw -z --diff-merges=first-parent --root --topo-order --reverse``
  maps every blob to the first commit (and path, author, date) that put it in a
  tree; one ``git cat-file --batch-all-objects --batch-check --unordered`` gives
  pack order and sizes; one persistent ``git cat-file --batch`` streams the
  content.  Never a process per blob or per commit.

Fragments carry ``commit``/``author``/``date``/``blob_id`` and, for history, an
``extra`` with ``exposure`` ("worktree" when the blob is still in HEAD's tree,
else "history-only"), ``in_head`` and, with ``all_commits``, ``commits``.
"""
from __future__ import annotations

import os
import re
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Iterable, Iterator, Optional, Union

from credgate.models import Fragment, Skip
from credgate.sources.filesystem import decode_text, too_large_detail

Item = Union[Fragment, Skip]

Z40 = "0" * 40
EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
EMPTY_BLOB = "e69de29bb2d1d6434b8b29ae775ad8c2e48c5391"
Z40B = Z40.encode()
DEFAULT_MAX_SIZE = 10 * 1024 * 1024
BINARY_SNIFF = 8192
GITLINK = "160000"

# Variables git exports into hooks that would point our own git calls at the
# wrong repository; GIT_INDEX_FILE is kept for the staged case only (``git
# commit <paths>`` and ``git commit -a`` run hooks against a temporary index).
_REPO_ENV = ("GIT_DIR", "GIT_WORK_TREE", "GIT_INDEX_FILE", "GIT_PREFIX", "GIT_COMMON_DIR")


class GitError(Exception):
    """A git command failed; the message is git's own, shortened."""


def _env(keep_index: bool = False) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REPO_ENV}
    idx = os.environ.get("GIT_INDEX_FILE")
    if keep_index and idx:
        env["GIT_INDEX_FILE"] = os.path.abspath(idx)
    env.setdefault("LC_ALL", "C")
    env["GIT_TERMINAL_PROMPT"] = "0"
    return env


_BASE = ("git", "-c", "core.quotePath=false", "-c", "diff.noprefix=false", "-c", "log.showSignature=false",
         "-c", "core.fsmonitor=false")


def git(repo: Path, *args: str, input: Optional[bytes] = None, check: bool = True,
        keep_index: bool = False) -> bytes:
    """Run one git command in ``repo`` and return its stdout (bytes)."""
    try:
        proc = subprocess.run([*_BASE, *args], cwd=str(repo), input=input, capture_output=True,
                              env=_env(keep_index))
    except FileNotFoundError:
        raise GitError("git is not installed or not on PATH") from None
    except NotADirectoryError:
        raise GitError(f"{repo} is not a directory") from None
    if proc.returncode < 0 or (check and proc.returncode != 0):  # a signal is never an expected failure
        msg = proc.stderr.decode("utf-8", "replace").strip().splitlines()
        if proc.returncode < 0:
            raise GitError(f"git {args[0]} {_exit_text(proc.returncode)}")
        raise GitError(f"git {args[0]} failed: {msg[-1] if msg else 'exit ' + str(proc.returncode)}")
    return proc.stdout


# ----------------------------------------------------------------- quoting
_ESC = {"a": 7, "b": 8, "t": 9, "n": 10, "v": 11, "f": 12, "r": 13, '"': 34, "\\": 92}


def unquote(raw: bytes) -> bytes:
    """Undo git's C-style path quoting (``"a\\tb\\303\\261"``)."""
    if not raw.startswith(b'"') or not raw.endswith(b'"') or len(raw) < 2:
        return raw
    s = raw[1:-1]
    out = bytearray()
    i = 0
    while i < len(s):
        c = s[i]
        if c == 0x5C and i + 1 < len(s):  # backslash
            n = chr(s[i + 1])
            if n in "01234567" and i + 3 < len(s) + 0 and all(chr(x) in "01234567" for x in s[i + 1 : i + 4]):
                out.append(int(s[i + 1 : i + 4], 8) & 0xFF)
                i += 4
                continue
            out.append(_ESC.get(n, ord(n)))
            i += 2
            continue
        out.append(c)
        i += 1
    return bytes(out)


def _path(raw: bytes) -> str:
    return raw.decode("utf-8", "replace")


# ------------------------------------------------------------ patch parser
@dataclass
class FileChange:
    """One path changed by a commit (or by the index): the new blob and added lines."""

    path: str
    blob: str
    mode: str
    status: str
    old_path: Optional[str] = None
    added: set[int] = field(default_factory=set)
    old_blob: str = ""

    @property
    def opaque(self) -> bool:
        """Content changed but the patch had no text hunks (binary, or ``-diff`` in .gitattributes)."""
        return not self.added and self.status != "D" and self.blob != self.old_blob and self.blob != EMPTY_BLOB


@dataclass
class CommitChanges:
    sha: str
    parents: list[str]
    author: str = ""
    date: str = ""
    files: list[FileChange] = field(default_factory=list)


_HUNK = re.compile(rb"^(@@+) (.*?) @@+")


def _parse_raw_line(line: bytes) -> Optional[FileChange]:
    """``:100644 100644 <old> <new> M\\tpath`` (or ``::`` combined, or ``R100\\told\\tnew``)."""
    try:
        meta, rest = line.split(b"\t", 1)
    except ValueError:
        return None
    colons = len(meta) - len(meta.lstrip(b":"))
    fields = meta[colons:].split()
    # colons parents: modes (parents+1), shas (parents+1), status
    n = colons
    if len(fields) < 2 * (n + 1) + 1:
        return None
    mode = fields[n].decode("ascii", "replace")
    blob = fields[2 * (n + 1) - 1].decode("ascii", "replace")
    status = fields[-1].decode("ascii", "replace")
    paths = rest.split(b"\t")
    old = None
    if status[:1] in ("R", "C") and len(paths) >= 2:
        old, new = _path(unquote(paths[0])), _path(unquote(paths[1]))
    else:
        new = _path(unquote(paths[-1]))
    return FileChange(path=new, blob=blob, mode=mode, status=status[:1], old_path=old,
                      old_blob=fields[n + 1].decode("ascii", "replace") if n == 1 else "")


def _parse_changes(stream: Iterable[bytes], header: bool) -> Iterator[CommitChanges]:
    """Parse ``--raw -p -U0`` output of ``git log`` (``header``) or ``git diff``.

    Commit headers are lines starting with ``\\x01`` (our ``--format``); in a
    unified or combined diff every content line starts with ``+``, ``-``, `` ``
    or ``\\``, so a header line can never be confused with content.
    """
    cur: Optional[CommitChanges] = None if header else CommitChanges("", [])
    by_path: dict[str, FileChange] = {}
    target: Optional[FileChange] = None
    prefix_len = 1
    in_hunk = False
    new_line = 0
    pending_meta: list[bytes] = []
    for line in stream:
        if line.endswith(b"\n"):
            line = line[:-1]
        if header and line.startswith(b"\x01"):
            if cur is not None:
                yield cur
            pending_meta = [line[1:]]
            cur = None
            by_path = {}
            target = None
            in_hunk = False
            continue
        if pending_meta:
            pending_meta.append(line)
            if len(pending_meta) == 3:
                shas = pending_meta[0].decode("ascii", "replace").split() or [""]
                cur = CommitChanges(shas[0], shas[1:], _path(pending_meta[1]),
                                    pending_meta[2].decode("utf-8", "replace"))
                pending_meta = []
            continue
        if cur is None:
            continue
        if in_hunk:
            if line.startswith(b"\\"):
                continue  # "\\ No newline at end of file"
            pre = line[:prefix_len]
            if len(pre) == prefix_len and not pre.strip(b"+- "):
                if b"-" not in pre:
                    if target is not None and pre == b"+" * prefix_len:
                        target.added.add(new_line)
                    new_line += 1
                continue
            in_hunk = False
        if line.startswith(b":"):
            fc = _parse_raw_line(line)
            if fc is not None:
                cur.files.append(fc)
                by_path[fc.path] = fc
            in_hunk = False
            continue
        if line.startswith(b"diff "):
            in_hunk = False
            target = None
            continue
        if line.startswith(b"+++ "):
            p = line[4:]
            if p.endswith(b"\t"):
                p = p[:-1]
            if p == b"/dev/null":
                target = None
            else:
                p = unquote(p)
                if p.startswith(b"b/"):
                    p = p[2:]
                target = by_path.get(_path(p))
            continue
        m = _HUNK.match(line)
        if m:
            prefix_len = len(m.group(1)) - 1
            ranges = m.group(2).split()
            plus = ranges[-1].lstrip(b"+").split(b",")
            try:
                new_line = int(plus[0])
            except ValueError:
                new_line = 0
            in_hunk = True
            continue
        in_hunk = False
    if cur is not None and (header or cur.files):
        yield cur


# -------------------------------------------------------------- blob reader
class ReadFailure:
    """Stands for a blob ``git cat-file`` did not deliver in full (it died, or its output ended early)."""

    __slots__ = ("detail",)

    def __init__(self, detail: str) -> None:
        self.detail = detail

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"ReadFailure({self.detail!r})"


def _exit_text(rc: Optional[int]) -> str:
    if rc is None:
        return "still running"
    if rc < 0:
        import signal

        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = str(-rc)
        return f"killed by signal {-rc} ({name})"
    return f"exit status {rc}"


BlobData = Union[bytes, int, None, ReadFailure]


class BlobReader:
    """One persistent ``git cat-file --batch`` process; oids are fed by a writer thread."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo

    def sizes(self, oids: list[str]) -> dict[str, int]:
        """Object sizes from one ``git cat-file --batch-check`` (headers only); missing objects are absent.

        Raises :class:`GitError` when git fails or answers short."""
        if not oids:
            return {}
        out = git(self.repo, "cat-file", "--batch-check=%(objectname) %(objectsize)",
                  input="".join(o + "\n" for o in oids).encode(), keep_index=True)
        lines = out.splitlines()
        if len(lines) != len(oids):
            raise GitError(f"git cat-file --batch-check answered {len(lines)} of {len(oids)} objects")
        sizes: dict[str, int] = {}
        for oid, ln in zip(oids, lines):
            p = ln.split()
            if len(p) == 2 and p[1].isdigit() and p[0].decode("ascii", "replace") == oid:
                sizes[oid] = int(p[1])
            elif not (len(p) == 2 and p[1] == b"missing"):
                raise GitError(f"git cat-file --batch-check: unexpected answer for {oid}")
        return sizes

    def read(self, oids: Iterable[str], max_size: Optional[int] = None, sizes: Optional[dict[str, int]] = None
             ) -> Iterator[tuple[Optional[str], BlobData]]:
        """Yield ``(oid, content)`` in input order; content is None for a missing object.

        With ``max_size``, an object larger than that is never read: its size (an
        int) is yielded instead of its content.  Sizes come from ``sizes`` when the
        caller knows them, else from one ``git cat-file --batch-check`` first.

        Every answer is checked (object name, size, full body, trailing newline) and
        so is git's exit status: a blob git did not deliver in full yields a
        :class:`ReadFailure`, as does every blob after it; a failure that comes after
        every blob was delivered yields ``(None, ReadFailure)`` last.  Nothing that
        was not read is ever reported as read.
        """
        oids = list(oids)
        if not oids:
            return
        big: dict[str, int] = {}
        if max_size is not None:
            if sizes is None:
                try:
                    sizes = self.sizes(oids)
                except GitError as exc:
                    for oid in oids:
                        yield oid, ReadFailure(str(exc))
                    return
            big = {o: sizes[o] for o in oids if o in sizes and sizes[o] > max_size}
        want = [o for o in oids if o not in big]
        if not want:
            for oid in oids:
                yield oid, big[oid]
            return
        try:
            proc = subprocess.Popen([*_BASE, "cat-file", "--batch"], cwd=str(self.repo), stdin=subprocess.PIPE,
                                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env(keep_index=True))
        except OSError as exc:
            for oid in oids:
                yield oid, ReadFailure(f"cannot run git cat-file: {exc.strerror or exc}")
            return
        assert proc.stdin is not None and proc.stdout is not None

        def feed(w: IO[bytes]) -> None:
            try:
                for o in want:
                    w.write(o.encode() + b"\n")
                w.close()
            except (BrokenPipeError, OSError):
                pass

        t = threading.Thread(target=feed, args=(proc.stdin,), daemon=True)
        t.start()
        out = proc.stdout
        failed: Optional[str] = None
        done = False

        def died(what: str) -> str:
            try:
                rc = proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                rc = None
            return f"git cat-file {_exit_text(rc)}: {what}"

        try:
            for oid in oids:
                if oid in big:
                    yield oid, big[oid]
                    continue
                if failed is not None:
                    yield oid, ReadFailure(failed)
                    continue
                head = out.readline()
                parts = head.split()
                if not head.endswith(b"\n") or not parts or parts[0].decode("ascii", "replace") != oid:
                    failed = died(f"output ended or went out of step before blob {oid} was read")
                    yield oid, ReadFailure(failed)
                    continue
                if len(parts) == 2 and parts[1] == b"missing":
                    yield oid, None
                    continue
                if len(parts) != 3 or not parts[2].isdigit():
                    failed = died(f"unexpected answer for blob {oid}")
                    yield oid, ReadFailure(failed)
                    continue
                size = int(parts[2])
                if max_size is not None and size > max_size:  # sizes were given and were wrong: drain
                    left = size + 1
                    while left > 0:
                        got = out.read(min(left, 1 << 20))
                        if not got:
                            break
                        left -= len(got)
                    if left > 0:
                        failed = died(f"blob {oid} ended early")
                    yield oid, size
                    continue
                data = out.read(size)
                if len(data) != size or out.read(1) != b"\n":
                    failed = died(f"blob {oid} ended after {len(data)} of {size} bytes")
                    yield oid, ReadFailure(failed)
                    continue
                yield oid, data
            done = True
        finally:
            rc: Optional[int] = None
            if done and failed is None:
                try:  # every answer is in: git has its input closed and must now exit 0
                    rc = proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    rc = None
            try:
                out.close()
            except OSError:
                pass
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            t.join(timeout=5)
        if done and failed is None and rc != 0:
            yield None, ReadFailure(f"git cat-file {_exit_text(rc)} after the blobs were read")


def _is_binary(data: bytes) -> bool:
    return b"\x00" in data[:BINARY_SNIFF]


def _blob_skip(path: str, oid: str, data: BlobData, max_size: int, where: str = "") -> Optional[Skip]:
    """The Skip for a blob that cannot be scanned as it is, or None."""
    if isinstance(data, ReadFailure):
        return Skip(path, "git-error", f"blob {oid}{where} not read: {data.detail}")
    if data is None:
        return Skip(path, "missing", f"blob {oid}{where} not found in the object database")
    if isinstance(data, int):
        return Skip(path, "too-large", too_large_detail(data, max_size, where))
    return None


# ------------------------------------------------------------------ staged
def _big(max_size: Optional[int]) -> tuple[str, ...]:
    """git options that make diffs treat a file over ``max_size`` as binary: no patch text is
    produced (or held in memory) for content that is skipped as too large anyway."""
    return ("-c", f"core.bigFileThreshold={max(int(max_size), 1)}") if max_size is not None else ()


def _diff_changes(repo: Path, *against: str, max_size: Optional[int] = None) -> list[FileChange]:
    out = git(repo, *_big(max_size), "diff", "--cached", "--raw", "-p", "-U0", "-M", "--no-abbrev", "--full-index", "--no-color",
              "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--diff-filter=ACMRTU",
              "--ignore-submodules=none", *against, "--", keep_index=True)
    files: list[FileChange] = []
    for c in _parse_changes(out.splitlines(keepends=True), header=False):
        files.extend(c.files)
    return files


def _merge_heads(repo: Path) -> list[str]:
    try:
        p = git(repo, "rev-parse", "--git-path", "MERGE_HEAD").decode().strip()
    except GitError:
        return []
    f = Path(p) if os.path.isabs(p) else repo / p
    try:
        return [ln.strip() for ln in f.read_text().splitlines() if ln.strip()]
    except OSError:
        return []


def iter_staged(repo: Path, *, all_lines: bool = False, max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Item]:
    """What is about to be committed (``source="staged"``).

    One fragment per added/modified staged file with the whole staged content;
    ``added_lines`` holds the lines the commit adds (None when ``all_lines``).
    Renames without edits add no lines; deletions yield nothing; submodules
    and binary files yield a :class:`Skip`.  Works on the first commit of a
    repository and while concluding a merge (then only lines new against
    every parent count as added).  ``GIT_INDEX_FILE`` set by git for the hook
    is honoured.
    """
    repo = Path(repo)
    try:
        files = _diff_changes(repo, max_size=max_size)
        opaque = {f.path for f in files if f.opaque}
        merges = _merge_heads(repo) if files else []
        for mh in merges:
            other = {f.path: f for f in _diff_changes(repo, mh, max_size=max_size)}
            for f in files:
                o = other.get(f.path)
                f.added = f.added & o.added if o is not None else set()
    except GitError as exc:
        yield Skip(".", "git-error", str(exc))
        return
    wanted: list[FileChange] = []
    for f in files:
        if f.mode == GITLINK:
            yield Skip(f.path, "submodule", "submodule pointer; scan the submodule's own repository")
            continue
        if not all_lines and not f.added and f.path not in opaque:
            continue  # pure rename or mode change, or merged unchanged from a parent
        wanted.append(f)
    reader = BlobReader(repo)
    byblob: dict[str, list[FileChange]] = {}
    for f in wanted:
        byblob.setdefault(f.blob, []).append(f)
    for oid, data in reader.read(list(byblob), max_size):
        if oid is None:
            yield Skip(".", "git-error", f"staged changes not fully read: {data.detail}")  # type: ignore[union-attr]
            continue
        text = data if isinstance(data, bytes) else None
        if text is not None:
            text = decode_text(text)  # UTF-16/UTF-32 -> UTF-8; None: binary
        for f in byblob[oid]:
            skip = _blob_skip(f.path, oid, data, max_size, " (staged)")
            if skip is not None:
                yield skip
            elif text is None:
                yield Skip(f.path, "binary", "binary content not scanned")
            else:
                wide = text is not data  # a UTF-16 file has no text diff: every line counts
                yield Fragment(path=f.path, data=text, source="staged", blob_id=oid,
                               added_lines=None if all_lines or wide or f.path in opaque else frozenset(f.added))


# ------------------------------------------------------------------ ranges
_LOG_FORMAT = "--format=%x01%H %P%n%an <%ae>%n%aI"


_REV_OPTION = re.compile(r"^--(not|all|(remotes|branches|tags|glob)(=[^\s]+)?)$")


def _log_changes(repo: Path, revs: list[str], max_size: Optional[int] = None, *, patch: bool = True,
                 pathspec: tuple[str, ...] = ()) -> Iterator[CommitChanges]:
    for r in revs:
        if r.startswith("-") and not _REV_OPTION.match(r):
            raise GitError(f"unsupported option {r!r} in a revision range")
    diff = ["-p", "-U0", "--cc"] if patch else ["--diff-merges=dense-combined"]
    proc = subprocess.Popen(
        [*_BASE, *_big(max_size), "log", _LOG_FORMAT, "--raw", *diff, "--no-abbrev", "--full-index", "-M",
         "--no-color", "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--topo-order",
         "--reverse", *revs, "--", *pathspec],
        cwd=str(repo), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
    )
    assert proc.stdout is not None and proc.stderr is not None
    err: list[bytes] = []
    t = threading.Thread(target=lambda: err.append(proc.stderr.read()), daemon=True)  # type: ignore[union-attr]
    t.start()
    try:
        yield from _parse_changes(proc.stdout, header=True)
    finally:
        proc.stdout.close()
        rc = proc.wait()
        t.join(timeout=5)
    if rc != 0:
        msg = b"".join(err).decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git log failed: {msg[-1] if msg and rc > 0 else _exit_text(rc)}")


def _range_changes(repo: Path, revs: list[str], max_size: int) -> tuple[list[CommitChanges], dict[str, int]]:
    """The commits of a range with their added lines, and the sizes of the blobs they add.

    git (2.39) reads a blob whole to write a patch for it even when it is over
    ``core.bigFileThreshold``; so a cheap ``git log --raw`` comes first, the sizes of
    the blobs it names are checked (one ``cat-file --batch-check``), and the patch pass
    excludes the paths that ever hold a blob over ``max_size``.  Their changes come from
    the raw pass with no added lines: too large, or (a smaller version of such a path)
    scanned whole.  Nothing over the limit is ever read into memory, by git or credgate.
    """
    try:
        raw = list(_log_changes(repo, revs, max_size, patch=False))
    except GitError as exc:
        if "diff-merges" not in str(exc):
            raise
        raw = []  # git < 2.31: no size pre-check; the patch pass below still reads everything
    oids = sorted({f.blob for c in raw for f in c.files if f.blob != Z40 and f.status != "D" and f.mode != GITLINK})
    sizes = BlobReader(repo).sizes(oids)
    big_paths = {f.path for c in raw for f in c.files if sizes.get(f.blob, 0) > max_size}
    if not big_paths:
        return list(_log_changes(repo, revs, max_size)), sizes
    spec = (":(top)", *(f":(top,exclude,literal){p}" for p in sorted(big_paths)))
    patched = {c.sha: c for c in _log_changes(repo, revs, max_size, pathspec=spec)}
    out = []
    for c in raw:
        p = patched.get(c.sha)
        files = list(p.files) if p is not None else []
        for f in c.files:
            if f.path in big_paths:
                f.added = set()
                files.append(f)
        out.append(CommitChanges(c.sha, c.parents, c.author, c.date, files))
    return out, sizes


# Above this many commits a range is read blob-wise (each unique blob once, whole content) instead
# of through one ``git log -p``: the first push of a long-lived repository to a new remote, say.
BIG_RANGE = 2000


def _count(repo: Path, revs: list[str]) -> int:
    for r in revs:
        if r.startswith("-") and not _REV_OPTION.match(r):
            raise GitError(f"unsupported option {r!r} in a revision range")
    out = git(repo, "rev-list", "--count", *revs, "--")
    try:
        return int(out.strip() or 0)
    except ValueError:
        return 0


def _iter_big_range(repo: Path, revs: list[str], max_size: int, source: str) -> Iterator[Item]:
    try:
        commits, first, _ = _walk(repo, [], False, revs=revs)
    except GitError as exc:
        yield Skip(" ".join(revs), "git-error", str(exc))
        return
    byblob = {oid: o for oid, o in first.items()}
    for oid, data in BlobReader(repo).read(list(byblob), max_size):
        if oid is None:
            yield Skip(" ".join(revs), "git-error", f"range not fully read: {data.detail}")  # type: ignore[union-attr]
            continue
        o = byblob[oid]
        sha, author, date = commits[o.commit]
        skip = _blob_skip(o.path, oid, data, max_size, f" (commit {sha[:12]})")
        text = decode_text(data) if skip is None else None  # type: ignore[arg-type]
        if skip is not None:
            yield skip
        elif text is None:
            yield Skip(o.path, "binary", f"binary content not scanned (commit {sha[:12]})")
        else:
            yield Fragment(path=o.path, data=text, source=source, commit=sha, author=author, date=date,
                           blob_id=oid)


def _iter_commits(repo: Path, revs: list[str], all_lines: bool, max_size: int, source: str = "history",
                  seen: Optional[set[str]] = None, big: int = BIG_RANGE) -> Iterator[Item]:
    repo = Path(repo)
    try:
        n = _count(repo, revs)
    except GitError as exc:
        yield Skip(" ".join(revs), "git-error", str(exc))
        return
    if n > big:
        yield from _iter_big_range(repo, revs, max_size, source)
        return
    todo: list[tuple[CommitChanges, FileChange]] = []
    try:
        changes, sizes = _range_changes(repo, revs, max_size)
        for c in changes:
            if seen is not None:
                if c.sha in seen:
                    continue
                seen.add(c.sha)
            for f in c.files:
                if f.status == "D" or f.blob == Z40:
                    continue
                if f.mode == GITLINK:
                    continue
                if not all_lines and not f.added and not f.opaque:
                    continue
                todo.append((c, f))
    except GitError as exc:
        yield Skip(" ".join(revs), "git-error", str(exc))
        return
    byblob: dict[str, list[tuple[CommitChanges, FileChange]]] = {}
    for c, f in todo:
        byblob.setdefault(f.blob, []).append((c, f))
    known = sizes if all(o in sizes for o in byblob) else None  # else: read() asks git for the sizes
    for oid, data in BlobReader(repo).read(list(byblob), max_size, known):
        if oid is None:
            yield Skip(" ".join(revs), "git-error", f"range not fully read: {data.detail}")  # type: ignore[union-attr]
            continue
        text = decode_text(data) if isinstance(data, bytes) else None
        for c, f in byblob[oid]:
            skip = _blob_skip(f.path, oid, data, max_size, f" (commit {c.sha[:12]})")
            if skip is not None:
                yield skip
            elif text is None:
                yield Skip(f.path, "binary", f"binary content not scanned (commit {c.sha[:12]})")
            else:
                wide = text is not data
                yield Fragment(path=f.path, data=text, source=source, commit=c.sha, author=c.author, date=c.date,
                               blob_id=oid,
                               added_lines=None if all_lines or wide or f.opaque else frozenset(f.added))


def iter_range(repo: Path, rev_range: str, *, all_lines: bool = False,
               max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Item]:
    """Every commit in ``rev_range`` (``A..B``, or anything ``git log`` accepts).

    One fragment per blob a commit adds or modifies, attributed to that commit
    (``source="history"``), with ``added_lines`` the lines that commit adds.
    Merge commits contribute only what differs from all their parents.
    """
    revs = rev_range.split()
    return _iter_commits(Path(repo), revs, all_lines, max_size)


def _rev_exists(repo: Path, sha: str) -> bool:
    return bool(git(repo, "rev-parse", "-q", "--verify", f"{sha}^{{commit}}", check=False).strip())


def push_ranges(repo: Path, stdin_text: str, remote_name: str) -> list[list[str]]:
    """The ``git log`` revision lists a pre-push hook must scan, one per pushed ref.

    git's pre-push stdin has one line per ref: ``<local ref> <local sha>
    <remote ref> <remote sha>``.  Deleted refs (local sha all zeros) are
    skipped; a new branch (remote sha all zeros, or unknown locally) scans
    only the commits on no ref of the remote (``--not --remotes=<name>``).
    """
    out = []
    for line in stdin_text.splitlines():
        parts = line.rsplit(maxsplit=3)
        if len(parts) != 4:
            continue
        _lref, lsha, _rref, rsha = parts
        if set(lsha) == {"0"}:
            continue
        if set(rsha) != {"0"} and _rev_exists(repo, rsha):
            out.append([lsha, f"^{rsha}"])
        else:
            out.append([lsha, "--not", f"--remotes={remote_name}"])
    return out


def iter_push(repo: Path, stdin_text: str, remote_name: str, *, all_lines: bool = False,
              max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Item]:
    """The commits a ``git push`` would send (git's pre-push protocol on ``stdin_text``)."""
    repo = Path(repo)
    seen: set[str] = set()
    try:
        ranges = push_ranges(repo, stdin_text, remote_name)
    except GitError as exc:
        yield Skip(remote_name, "git-error", str(exc))
        return
    for revs in ranges:
        yield from _iter_commits(repo, revs, all_lines, max_size, seen=seen)


# ----------------------------------------------------------------- history
@dataclass
class RepoInfo:
    path: Path  # where git commands run (work tree or git dir)
    display: str
    bare: bool
    shallow: bool
    temp: Optional[Path] = None  # a private clone of a bundle, removed on close


def is_bundle(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(32)
    except OSError:
        return False
    return head.startswith(b"# v2 git bundle") or head.startswith(b"# v3 git bundle")


@contextmanager
def open_repo(path: Path) -> Iterator[RepoInfo]:
    """A repository to read: a work tree, a bare repo or mirror, or a ``.bundle`` file.

    A bundle is cloned (``--mirror``) into a private temporary directory
    (0700) that is always removed when the context ends.
    """
    path = Path(path)
    temp: Optional[Path] = None
    try:
        if path.is_file():
            if not is_bundle(path):
                raise GitError(f"{path} is neither a git repository nor a git bundle")
            import tempfile

            temp = Path(tempfile.mkdtemp(prefix="credgate-bundle-"))
            os.chmod(temp, 0o700)
            target = temp / "repo.git"
            git(temp, "clone", "--mirror", "--quiet", "--no-hardlinks", str(path.resolve()), str(target))
            run_in = target
        elif path.is_dir():
            run_in = path
        else:
            raise GitError(f"{path}: no such repository")
        out = git(run_in, "rev-parse", "--is-bare-repository", "--is-shallow-repository").decode().split()
        if len(out) < 2:
            raise GitError(f"{path} is not a git repository")
        yield RepoInfo(path=run_in, display=str(path), bare=out[0] == "true", shallow=out[1] == "true", temp=temp)
    finally:
        if temp is not None:
            import shutil

            shutil.rmtree(temp, ignore_errors=True)


@dataclass
class _Origin:
    commit: int  # index into the commit table
    path: str


def _head_blobs(repo: Path) -> set[str]:
    out = git(repo, "ls-tree", "-r", "-z", "--full-tree", "HEAD", check=False)
    blobs = set()
    for ent in out.split(b"\0"):
        if not ent:
            continue
        meta = ent.split(b"\t", 1)[0].split()
        if len(meta) == 3 and meta[1] == b"blob":
            blobs.add(meta[2].decode())
    return blobs


def stash_commits(repo: Path) -> dict[str, str]:
    """Every commit of every stash entry (work tree, index, untracked) -> ``stash@{n}``."""
    out = git(repo, "log", "-g", "--format=%H %P", "refs/stash", "--", check=False)
    found: dict[str, str] = {}
    for n, ln in enumerate(out.decode().splitlines()):
        shas = ln.split()
        for i, s in enumerate(shas):
            if i == 1:
                continue  # the first parent is the commit the stash was made on
            found.setdefault(s, f"stash@{{{n}}}")
    return found


def _unreachable(repo: Path) -> tuple[list[str], list[str]]:
    out = git(repo, "fsck", "--unreachable", "--no-reflogs", "--no-progress", check=False)
    commits, blobs = [], []
    for ln in out.decode("utf-8", "replace").splitlines():
        p = ln.split()
        if len(p) == 3 and p[0] == "unreachable":
            (commits if p[1] == "commit" else blobs if p[1] == "blob" else []).append(p[2])
    return commits, blobs


def _walk(repo: Path, tips: list[str], record_all: bool, revs: Optional[list[str]] = None
          ) -> tuple[list[tuple[str, str, str]], dict[str, _Origin], dict[str, list[_Origin]]]:
    """One ``git log --all --raw -z`` over every ref (and ``tips``): blob -> first commit and path.

    With ``revs`` (a range), only those commits are walked and merges are read as dense
    combined diffs, so a merge is credited only with content neither parent had.
    """
    merges = "--diff-merges=first-parent" if revs is None else "--diff-merges=dense-combined"
    scope = ["--all", "--stdin"] if revs is None else list(revs)
    args = [*_BASE, "log", "--raw", "-z", "--no-abbrev", "--no-renames", "--root", merges, "--topo-order",
            "--reverse", "--format=%x01%H%x00%an <%ae>%x00%aI%x00", *scope, "--"]
    commits: list[tuple[str, str, str]] = []
    first: dict[str, _Origin] = {}
    every: dict[str, list[_Origin]] = {}

    # Token state machine over NUL-separated output: a header token is "\x01<sha>" (maybe after a
    # newline), followed by author and date tokens; a raw entry is a ":meta" token followed by
    # its path token.  Fields are consumed by position, so no byte in a path or name can confuse it.
    state = {"want": "any", "meta": b""}

    def feed(tok: bytes) -> None:
        want = state["want"]
        if want == "author":
            state["author"] = tok
            state["want"] = "date"
            return
        if want == "date":
            commits.append((state["sha"], _path(state["author"]), tok.decode("ascii", "replace")))  # type: ignore
            state["want"] = "any"
            return
        if want == "path":
            state["want"] = "any"
            meta: bytes = state["meta"]  # type: ignore[assignment]
            np = len(meta) - len(meta.lstrip(b":"))  # number of parents compared (2+ for combined)
            fields = meta[np:].split()
            if len(fields) < 2 * np + 3:
                return
            mode, blob_b, status = fields[np], fields[2 * np + 1], fields[-1]
            if b"D" in status or mode == b"160000" or blob_b == Z40B:
                return
            blob = blob_b.decode()
            o = _Origin(len(commits) - 1, _path(tok))
            if blob not in first:
                first[blob] = o
            if record_all:
                every.setdefault(blob, []).append(o)
            return
        t = tok.lstrip(b"\n")
        if t.startswith(b"\x01"):
            state["sha"] = t[1:].decode("ascii", "replace").strip()
            state["want"] = "author"
        elif t.startswith(b":") and commits:
            state["meta"] = t
            state["want"] = "path"

    for attempt in (0, 1):
        proc = subprocess.Popen(args, cwd=str(repo), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, env=_env())
        assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
        err: list[bytes] = []
        t = threading.Thread(target=lambda p=proc: err.append(p.stderr.read()), daemon=True)
        t.start()
        try:
            proc.stdin.write(("\n".join(tips) + "\n").encode() if tips else b"")
            proc.stdin.close()
        except BrokenPipeError:
            pass
        buf = b""
        while True:  # streamed: memory stays flat however long the history
            chunk = proc.stdout.read(1 << 20)
            if not chunk:
                break
            toks = (buf + chunk).split(b"\0")
            buf = toks.pop()
            for tok in toks:
                feed(tok)
        if buf:
            feed(buf)
        rc = proc.wait()
        t.join(timeout=5)
        stderr = b"".join(err)
        if rc != 0 and attempt == 0 and b"diff-merges" in stderr and not commits:  # git < 2.31
            args = [{"--diff-merges=first-parent": "-m", "--diff-merges=dense-combined": "--cc"}.get(a, a)
                    for a in args]
            continue
        if rc != 0:
            msg = stderr.decode("utf-8", "replace").strip().splitlines()
            if rc > 0 and b"does not have any commits" in stderr:
                return [], {}, {}
            raise GitError(f"git log failed: {msg[-1] if msg and rc > 0 else _exit_text(rc)}")
        break
    return commits, first, every


def iter_history(repo: Path, *, unreachable: bool = False, all_commits: bool = False, source: str = "history",
                 location_prefix: Optional[str] = None, max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Item]:
    """Every unique blob in the history of every ref, tag, remote ref and stash entry, read once.

    ``repo`` may be a work tree, a bare repository or mirror, or a ``.bundle``
    file.  Each fragment is attributed to the first commit that put the blob
    in a tree (``commit``, ``author`` as ``Name <email>``, ``date`` ISO 8601),
    with the path it had there, and ``blob_id``.  ``extra`` holds
    ``exposure`` ("worktree" if the blob is still in HEAD's tree, else
    "history-only"), ``in_head``, ``tip_of`` (refs whose tip is the
    introducing commit, and ``stash@{n}`` for stash entries; use
    :func:`refs_containing` for every ref that reaches it) and, with
    ``all_commits``, ``commits``: every commit whose changes put this content at a path, as
    dicts ``{commit, path, author, date}``.

    ``unreachable=True`` also reads objects no ref reaches (``git fsck
    --unreachable --no-reflogs``): commits left by amends, resets and dropped
    stashes are walked like refs; loose blobs in no commit are reported at
    ``(unreachable blob <id>)``.  A shallow clone yields a :class:`Skip` saying
    that history before the shallow boundary is missing.  ``location_prefix``
    (e.g. ``backup.tar.gz!repo.git``) becomes ``location_detail``; a bundle's
    file name is used when none is given.
    """
    path = Path(repo)
    try:
        with open_repo(path) as info:
            prefix = location_prefix
            if prefix is None and info.temp is not None:
                prefix = path.name
            yield from _history(info, unreachable, all_commits, source, prefix, max_size)
    except GitError as exc:
        yield Skip(location_prefix or str(path), "git-error", str(exc))


def _history(info: RepoInfo, unreachable: bool, all_commits: bool, source: str, prefix: Optional[str],
             max_size: int, cache: Any = None, archives: Any = None) -> Iterator[Item]:
    """``cache`` (credgate.hooks.blobcache.BlobCache, optional): blobs it knows to be clean are not
    read again; blobs it knows to be binary are skipped as binary without reading.  ``archives``
    (credgate.sources.archives.ArchiveLimits, optional): archive blobs (zip, tar, gz, bz2, xz) are
    opened within those limits, see :func:`_archive_members`."""
    repo = info.path
    shown = prefix or info.display
    if info.shallow:
        bounds = git(repo, "rev-parse", "--git-path", "shallow").decode().strip()
        bp = Path(bounds) if os.path.isabs(bounds) else repo / bounds
        try:
            n = len(bp.read_text().split())
        except OSError:
            n = 0
        yield Skip(shown, "shallow-clone",
                   f"shallow clone: history before the shallow boundary ({n} boundary commit(s)) is missing "
                   "and was not scanned; run `git fetch --unshallow` and scan again")
    stashes = stash_commits(repo)
    tips = [s for s in stashes]
    loose_blobs: list[str] = []
    if unreachable:
        ucommits, loose_blobs = _unreachable(repo)
        tips.extend(ucommits)
    commits, first, every = _walk(repo, tips, True)  # every origin: a blob is scanned at each of its paths
    loose = set(loose_blobs)
    # objects in the database, in pack order, with sizes
    listing = git(repo, "cat-file", "--batch-all-objects", "--batch-check=%(objectname) %(objecttype) %(objectsize)",
                  "--unordered")
    order: list[str] = []
    sizes: dict[str, int] = {}
    for ln in listing.splitlines():
        p = ln.split()
        if len(p) == 3 and p[1] == b"blob":
            oid = p[0].decode()
            if oid in first or oid in loose:
                order.append(oid)
                sizes[oid] = int(p[2])
    present = set(order)
    for oid, o in first.items():
        if oid not in present:
            c = commits[o.commit]
            yield Skip(o.path, "missing", f"blob {oid} of commit {c[0][:12]} is not in the object database "
                       "(partial clone?)")
    head = _head_blobs(repo)
    refs_at_tip = _tip_refs(repo)
    readable = []
    for oid in order:
        if sizes[oid] > max_size:
            yield Skip(_where(oid, first, commits), "too-large", too_large_detail(sizes[oid], max_size))
        elif cache is not None and cache.known(oid):
            if cache.known(oid) == "binary":
                yield Skip(_where(oid, first, commits), "binary", "binary content not scanned")
        else:
            readable.append(oid)
    for oid, data in BlobReader(repo).read(readable, max_size, sizes):
        if oid is None:
            yield Skip(shown, "git-error", f"history not fully read: {data.detail}")  # type: ignore[union-attr]
            continue
        o = first.get(oid)
        skip = _blob_skip(_where(oid, first, commits), oid, data, max_size)
        if skip is not None:
            yield skip
            continue
        if archives is not None and _archive_kind(data, archives):  # type: ignore[arg-type]
            yield from _archive_members(data, oid, o, commits, head, refs_at_tip, stashes, archives, source,  # type: ignore[arg-type]
                                        prefix, all_commits, every)
            continue  # never noted in the blob cache: a clean member says nothing about the others
        text = decode_text(data)  # type: ignore[arg-type]
        if text is None:
            if cache is not None and not _archive_kind(data, None):  # type: ignore[arg-type]  # an archive is read once opening is on
                cache.note(oid, "binary")
            yield Skip(_where(oid, first, commits), "binary", "binary content not scanned")
            continue
        extra: dict[str, Any] = {"exposure": "worktree" if oid in head else "history-only", "in_head": oid in head}
        if o is None:
            yield Fragment(path=f"(unreachable blob {oid})", data=text, source=source, blob_id=oid,
                           location_detail=prefix, extra=tuple(sorted({**extra, "unreachable": True}.items())))
            continue
        if all_commits:
            extra["commits"] = tuple(
                {"commit": commits[x.commit][0], "path": x.path, "author": commits[x.commit][1],
                 "date": commits[x.commit][2]} for x in every.get(oid, [o])
            )
        yield from _at_each_path(text, oid, o, every.get(oid, [o]), commits, refs_at_tip, stashes, extra, source,
                                 prefix)


def _at_each_path(data: bytes, oid: str, o: _Origin, origins: list[_Origin], commits: list[tuple[str, str, str]],
                  refs_at_tip: dict[str, list[str]], stashes: dict[str, str], extra: dict[str, Any], source: str,
                  prefix: Optional[str]) -> Iterator[Fragment]:
    """One fragment per distinct path the blob had, in commit order, each attributed to the first commit that
    put the blob at that path.  Path-dependent filters (allowlisted paths, exclude_paths, IaC sniffing by
    file name) are so judged per path: a secret first committed under an allowlisted path and later copied
    to ``deploy/prod.env`` is reported at the copy, and a secret under two paths is reported with both.
    The content is the same bytes object each time (not copied).  ``extra["_order"]`` is the commit's
    position in the walk (topological, oldest first), for ordering locations; ``_paths`` the number of
    fragments of this blob, so the blob cache notes the blob clean only when every path was clean."""
    seen: dict[str, _Origin] = {}
    for x in sorted(origins, key=lambda x: x.commit):
        if x.path not in seen:
            seen[x.path] = x
    if o.path not in seen:
        seen[o.path] = o
    ordered = sorted(seen.values(), key=lambda x: x.commit)
    for x in ordered:
        sha, author, date = commits[x.commit]
        ex = dict(extra)
        tip_of = list(refs_at_tip.get(sha, []))
        if sha in stashes:
            tip_of.append(stashes[sha])
        if tip_of:
            ex["tip_of"] = tuple(tip_of)
        ex["_order"] = x.commit
        ex["_paths"] = len(ordered)
        yield Fragment(path=x.path, data=data, source=source, commit=sha, author=author, date=date, blob_id=oid,
                       location_detail=prefix, extra=tuple(sorted(ex.items())))


def _archive_kind(data: bytes, limits: Any) -> Optional[str]:
    """The archive kind of a blob (zip, tar, gzip, bzip2, xz) when archives are to be opened (``limits``
    enabled; None: whatever the limits), else None."""
    if limits is not None and not getattr(limits, "enabled", False):
        return None
    from credgate.sources.archives import CONTAINERS, HEAD_BYTES, sniff

    kind = sniff(data[:HEAD_BYTES])
    return kind if kind in CONTAINERS else None


def _archive_members(data: bytes, oid: str, o: Optional[_Origin], commits: list[tuple[str, str, str]],
                     head: set[str], refs_at_tip: dict[str, list[str]], stashes: dict[str, str], limits: Any,
                     source: str, prefix: Optional[str], all_commits: bool,
                     every: dict[str, list[_Origin]]) -> Iterator[Item]:
    """An archive committed to history, opened like ``credgate dir`` opens one (same scanner and limits,
    :mod:`credgate.sources.archives`).  Members are shown as ``<path in the commit>!<member>`` and carry
    the commit, author and date of the commit that added the archive; ``blob_id`` is left unset (the
    member is not a git blob) and ``extra["archive_blob"]`` names the archive's blob."""
    import dataclasses
    import io

    from credgate.sources.archives import ArchiveScanner

    kind = _archive_kind(data, limits)
    shown = o.path if o is not None else f"(unreachable blob {oid})"
    extra: dict[str, Any] = {"exposure": "worktree" if oid in head else "history-only", "in_head": oid in head,
                             "archive_blob": oid}
    sha = author = date = None
    if o is not None:
        sha, author, date = commits[o.commit]
        tip_of = list(refs_at_tip.get(sha, []))
        if sha in stashes:
            tip_of.append(stashes[sha])
        if tip_of:
            extra["tip_of"] = tuple(tip_of)
        if all_commits:
            extra["commits"] = tuple(
                {"commit": commits[x.commit][0], "path": x.path, "author": commits[x.commit][1],
                 "date": commits[x.commit][2]} for x in every.get(oid, [o])
            )
    else:
        extra["unreachable"] = True
    frozen = tuple(sorted(extra.items()))
    for it in ArchiveScanner(limits).scan(io.BytesIO(data), shown, kind or ""):
        if isinstance(it, Fragment) and it.commit is None:  # (a bundle inside keeps its own commits)
            yield dataclasses.replace(it, source=source, commit=sha, author=author, date=date, blob_id=None,
                                      location_detail=prefix, extra=frozen)
        else:
            yield it


def _where(oid: str, first: dict[str, _Origin], commits: list[tuple[str, str, str]]) -> str:
    o = first.get(oid)
    return o.path if o is not None else f"(unreachable blob {oid})"


def _tip_refs(repo: Path) -> dict[str, list[str]]:
    out = git(repo, "for-each-ref", "--format=%(objectname) %(*objectname) %(refname)", check=False)
    tips: dict[str, list[str]] = {}
    for ln in out.decode("utf-8", "replace").splitlines():
        p = ln.split()
        if not p:
            continue
        name = p[-1]
        sha = p[1] if len(p) == 3 else p[0]
        tips.setdefault(sha, []).append(short_ref(name))
    return tips


def short_ref(name: str) -> str:
    """``refs/heads/main`` -> ``branch:main``; ``refs/tags/v1`` -> ``tag:v1``; ``refs/stash`` -> ``stash``."""
    for pre, label in (("refs/heads/", "branch:"), ("refs/tags/", "tag:"), ("refs/remotes/", "remote:")):
        if name.startswith(pre):
            return label + name[len(pre):]
    if name == "refs/stash":
        return "stash"
    return name


def refs_containing(repo: Path, commit: str, limit: int = 20) -> list[str]:
    """Refs whose history contains ``commit``, as ``branch:x``/``tag:y``/``remote:o/z``/``stash``."""
    out = git(repo, "for-each-ref", f"--contains={commit}", "--format=%(refname)", check=False)
    names = [short_ref(n) for n in out.decode("utf-8", "replace").splitlines() if n]
    return names[:limit] + ([f"... {len(names) - limit} more"] if len(names) > limit else [])


def _ref_commits(repo: Path) -> list[tuple[str, str]]:
    """Every ref as ``(refname, commit)`` in refname order (like ``for-each-ref``); tags are peeled to
    their commit, refs that do not end at a commit (a tag of a tree or blob) are left out."""
    out = git(repo, "for-each-ref", "--format=%(objectname) %(objecttype) %(refname)", check=False)
    refs: list[tuple[str, str, str]] = []
    for ln in out.decode("utf-8", "replace").splitlines():
        p = ln.split(" ", 2)
        if len(p) == 3:
            refs.append((p[2], p[0], p[1]))
    tags = sorted({oid for _n, oid, t in refs if t == "tag"})
    peeled: dict[str, str] = {}
    if tags:  # one cat-file for every annotated tag (tags of tags peel all the way)
        got = git(repo, "cat-file", "--batch-check=%(objectname) %(objecttype)",
                  input="".join(f"{t}^{{commit}}\n" for t in tags).encode(), check=False)
        for t, ln in zip(tags, got.decode("ascii", "replace").splitlines()):
            p = ln.split()
            if len(p) == 2 and p[1] == "commit":
                peeled[t] = p[0]
    res = []
    for name, oid, typ in refs:
        if typ == "commit":
            res.append((name, oid))
        elif typ == "tag" and oid in peeled:
            res.append((name, peeled[oid]))
    return res


def refs_containing_many(repo: Path, commits: Iterable[str], limit: int = 20) -> dict[str, list[str]]:
    """:func:`refs_containing` for many commits at once, in one reachability pass.

    One ``git for-each-ref`` (plus one ``cat-file`` to peel tags) and one ``git rev-list --all
    --parents --topo-order --reverse``; each commit of the history gets a bitset of the wanted
    commits it reaches, parents before children, so a ref contains a wanted commit when the bit is set
    at its tip.  The cost is one walk of the history, not one walk per commit (boto3-sized histories
    spent ~1.4 s per finding commit in ``for-each-ref --contains``).  Same names, same order and the
    same ``limit`` as :func:`refs_containing`; a commit no ref reaches maps to ``[]``.
    """
    wanted = list(dict.fromkeys(c for c in commits if c))
    result: dict[str, list[str]] = {c: [] for c in wanted}
    if not wanted:
        return result
    refs = _ref_commits(repo)
    if not refs:
        return result
    bit = {c: 1 << i for i, c in enumerate(wanted)}
    tips = {c for _n, c in refs}
    proc = subprocess.Popen([*_BASE, "rev-list", "--parents", "--topo-order", "--reverse", "--stdin", "--"],
                            cwd=str(repo), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=_env())
    assert proc.stdin is not None and proc.stdout is not None and proc.stderr is not None
    err: list[bytes] = []
    t = threading.Thread(target=lambda p=proc: err.append(p.stderr.read()), daemon=True)
    t.start()

    def feed(w: IO[bytes]) -> None:
        try:
            w.write("".join(f"{c}\n" for c in sorted(tips)).encode())
            w.close()
        except (BrokenPipeError, OSError):
            pass

    ft = threading.Thread(target=feed, args=(proc.stdin,), daemon=True)
    ft.start()
    reach: dict[str, int] = {}
    get = reach.get
    for raw in proc.stdout:
        shas = raw.split()
        if not shas:
            continue
        c = shas[0].decode("ascii")
        v = bit.get(c, 0)
        for p in shas[1:]:
            v |= get(p.decode("ascii"), 0)
        if v:
            reach[c] = v
    rc = proc.wait()
    ft.join(timeout=5)
    t.join(timeout=5)
    if rc != 0:
        msg = b"".join(err).decode("utf-8", "replace").strip().splitlines()
        raise GitError(f"git rev-list failed: {msg[-1] if msg else 'exit ' + str(rc)}")
    names: dict[str, list[str]] = {c: [] for c in wanted}
    for name, tip in refs:
        v = reach.get(tip, 0)
        if not v:
            continue
        short = short_ref(name)
        while v:  # each set bit: a wanted commit this ref reaches
            low = v & -v
            names[wanted[low.bit_length() - 1]].append(short)
            v ^= low
    for c, ns in names.items():
        result[c] = ns[:limit] + ([f"... {len(ns) - limit} more"] if len(ns) > limit else [])
    return result


__all__ = [
    "iter_staged", "iter_range", "iter_push", "iter_history", "push_ranges", "open_repo", "refs_containing",
    "refs_containing_many",
    "stash_commits", "GitError", "BlobReader", "unquote",
]
