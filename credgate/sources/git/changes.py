"""What a commit, range or push adds: the staged, range and push iterators (findings limited to added lines)."""
from __future__ import annotations

import os
import stat
import subprocess
import threading
from pathlib import Path
from typing import Iterator, Optional

from credgate.lazyre import LazyPattern
from credgate.models import Fragment, Skip
from credgate.sources.filesystem import decode_text
from credgate.sources.git.blobs import _big, _blob_skip, BlobReader
from credgate.sources.git.patch import _parse_changes, CommitChanges, FileChange
from credgate.sources.git.run import _BASE, _env, _exit_text, DEFAULT_MAX_SIZE, git, GitError, GITLINK, Item, Z40


def _diff_changes(repo: Path, *against: str, max_size: Optional[int] = None) -> list[FileChange]:
    out = git(repo, *_big(max_size), "diff", "--cached", "--raw", "-p", "-U0", "-M", "--no-abbrev", "--full-index", "--no-color",
              "--no-ext-diff", "--no-textconv", "--src-prefix=a/", "--dst-prefix=b/", "--diff-filter=ACMRTU",
              "--ignore-submodules=none", *against, "--", keep_index=True)
    files: list[FileChange] = []
    for c in _parse_changes(out.splitlines(keepends=True), header=False):
        files.extend(c.files)
    return files


def work_tree(repo: Path) -> tuple[Path, Path]:
    """(top folder of the work tree ``repo`` is in, path of its ``MERGE_HEAD`` file), from one ``git rev-parse``.

    A hook needs both (the top for the config and the staged paths, ``MERGE_HEAD`` when a merge is being
    concluded): one git process instead of two.  Raises :class:`GitError` outside a work tree."""
    lines = git(repo, "rev-parse", "--show-toplevel", "--git-path", "MERGE_HEAD", keep_index=True).decode(
        "utf-8", "surrogateescape").splitlines()
    top = Path(lines[0]) if len(lines) > 1 and lines[0] else repo
    merge_head = lines[-1] if lines else "MERGE_HEAD"
    return top, Path(merge_head) if os.path.isabs(merge_head) else repo / merge_head


def _merge_heads(repo: Path, merge_head: Optional[Path] = None) -> list[str]:
    if merge_head is None:
        try:
            p = git(repo, "rev-parse", "--git-path", "MERGE_HEAD").decode().strip()
        except GitError:
            return []
        merge_head = Path(p) if os.path.isabs(p) else repo / p
    try:
        return [ln.strip() for ln in merge_head.read_text().splitlines() if ln.strip()]
    except OSError:
        return []


def iter_staged(repo: Path, *, all_lines: bool = False, max_size: int = DEFAULT_MAX_SIZE,
                merge_head: Optional[Path] = None, paths: Optional[set[str]] = None) -> Iterator[Item]:
    """What is about to be committed (``source="staged"``).

    One fragment per added/modified staged file with the whole staged content;
    ``added_lines`` holds the lines the commit adds (None when ``all_lines``).
    Renames without edits add no lines; deletions yield nothing; submodules
    and binary files yield a :class:`Skip`.  Works on the first commit of a
    repository and while concluding a merge (then only lines new against
    every parent count as added).  ``GIT_INDEX_FILE`` set by git for the hook
    is honoured.

    ``merge_head``: where ``MERGE_HEAD`` is, when the caller knows it (:func:`work_tree`); else git is asked.
    ``paths``: a set that receives every path the index changes against HEAD (added, modified, renamed
    to, copied to, type-changed; not deleted), a fragment or not: a pure rename adds no lines, but its new
    path is still a staged file, not one the pre-commit framework passed from outside the change.
    """
    repo = Path(repo)
    try:
        files = _diff_changes(repo, max_size=max_size)
        if paths is not None:
            paths.update(f.path for f in files)
        opaque = {f.path for f in files if f.opaque}
        merges = _merge_heads(repo, merge_head) if files else []
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
    byblob: dict[str, list[FileChange]] = {}
    for f in wanted:
        byblob.setdefault(f.blob, []).append(f)
    local: dict[str, bytes] = {}
    budget = _LOCAL_BUDGET  # held until yielded in order: a huge staged set streams from git past this
    for oid, fs in byblob.items():
        found = _worktree_blob(repo, oid, fs, max_size)
        if found is not None:
            local[oid] = found
            budget -= len(found)
            if budget <= 0:
                break
    rest = [oid for oid in byblob if oid not in local]
    blobs = BlobReader(repo).read(rest, max_size) if rest else iter(())
    for oid, data in _in_order(list(byblob), local, blobs):
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


_REGULAR = ("100644", "100755")
_LOCAL_BUDGET = 16 << 20  # bytes of staged blobs read from the work tree before the rest stream from git


def _worktree_blob(top: Path, oid: str, files: "list[FileChange]", max_size: Optional[int]) -> Optional[bytes]:
    """The staged blob ``oid`` read from the work tree, when a regular file there holds exactly it (its git
    object hash is ``oid``), else None (git is asked).  Staging a file and committing it unchanged is the
    common case: the hook then needs no ``git cat-file`` process (~2-3 ms of CPU and a fork).  The hash makes
    it exact: a file edited after ``git add``, a clean/smudge filter, CRLF conversion, a symlink, a missing
    file, an object format other than SHA-1/SHA-256 all miss and go to git.  Never blocks on a FIFO (opened
    non-blocking, regular files only) and never reads more than ``max_size`` bytes."""
    if len(oid) == 40:
        try:
            from _sha1 import sha1 as new_hash  # built in (~0.5 ms to import); hashlib loads OpenSSL (~2 ms)
        except ImportError:
            from hashlib import sha1 as new_hash
    elif len(oid) == 64:
        try:
            from _sha256 import sha256 as new_hash
        except ImportError:
            from hashlib import sha256 as new_hash
    else:
        return None
    for f in files:
        if f.mode not in _REGULAR or f.path.startswith("/") or ".." in f.path.split("/"):
            continue
        try:
            fd = os.open(os.path.join(top, f.path), os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)
                         | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0))
        except (OSError, ValueError):
            continue
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode) or (max_size is not None and st.st_size > max_size):
                continue
            with os.fdopen(os.dup(fd), "rb") as fh:
                data = fh.read(st.st_size + 1)
        except OSError:
            continue
        finally:
            os.close(fd)
        if len(data) != st.st_size:
            continue  # changed while read
        h = new_hash(b"blob %d\0" % len(data))
        h.update(data)
        if h.hexdigest() == oid:
            return data
    return None


def _in_order(order: list[str], local: "dict[str, bytes]", blobs: Iterator[tuple]) -> Iterator[tuple]:
    """``(oid, content)`` in ``order``: the blobs read from the work tree from ``local``, the others from
    ``blobs`` (BlobReader.read of the rest, in the same order; its trailing ``(None, failure)``, if any, last)."""
    for oid in order:
        if oid in local:
            yield oid, local[oid]
            continue
        for got in blobs:
            yield got
            if got[0] is not None:
                break
    yield from blobs


# ------------------------------------------------------------------ ranges
_LOG_FORMAT = "--format=%x01%H %P%n%an <%ae>%n%aI"


_REV_OPTION = LazyPattern(globals(), "_REV_OPTION", r"^--(not|all|(remotes|branches|tags|glob)(=[^\s]+)?)$")


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
    from credgate.sources.git.history import _walk  # a range of thousands of commits only: not a hook's commit

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
