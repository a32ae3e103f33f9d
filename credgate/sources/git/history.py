"""Whole histories: :func:`open_repo`, the one-pass walk, per-path fragments and archives in history."""
from __future__ import annotations

import contextlib
import os
import subprocess
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Optional

from credgate.models import Fragment, Provenance, Skip
from credgate.sources.filesystem import decode_text, too_large_detail
from credgate.sources.git.blobs import _blob_skip, BlobReader
from credgate.sources.git.exposure import _tip_refs
from credgate.sources.tempdirs import private_tempdir
from credgate.sources.git.run import _BASE, _env, _exit_text, _path, DEFAULT_MAX_SIZE, git, GitError, Item, Z40B


# ----------------------------------------------------------------- history
@dataclass
class RepoInfo:
    path: Path  # where git commands run (work tree or git dir)
    display: str
    bare: bool
    shallow: bool
    temp: Optional[Path] = None  # a private clone of a bundle, removed on close
    scope: "Optional[HistoryFilter]" = None  # only part of the history (--since, --branch); None: all of it


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
    with contextlib.ExitStack() as stack:
        temp: Optional[Path] = None
        if path.is_file():
            if not is_bundle(path):
                raise GitError(f"{path} is neither a git repository nor a git bundle")
            # removed however the block ends, Ctrl-C too
            temp = stack.enter_context(private_tempdir("credgate-bundle-"))
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


@dataclass
class HistoryFilter:
    """What part of a history to audit: ``since`` (a Unix time: commits whose committer date is at or
    after it, git's ``--max-age``) and ``refs`` (full ref names: only history they reach; see
    :func:`resolve_branches`).  Empty ``refs`` means every ref."""
    since: Optional[int] = None
    refs: tuple[str, ...] = ()

    def log_args(self) -> list[str]:
        out = list(self.refs) if self.refs else ["--all"]
        if self.since is not None:
            out.append(f"--max-age={self.since}")
        return out


def parse_since(text: str) -> int:
    """``--since`` as a Unix time: an ISO 8601 date (``2024-05-01``, midnight UTC) or date and time
    (``2024-05-01T12:00``, ``...Z``, ``...+02:00``; UTC unless an offset is given).  ValueError
    otherwise: git's own date parser reads any garbage as "now", which would audit nothing."""
    import datetime as _dt

    t = text.strip()
    if t[-1:] in ("Z", "z"):
        t = t[:-1] + "+00:00"
    try:
        if len(t) == 10:
            d = _dt.datetime.combine(_dt.date.fromisoformat(t), _dt.time())
        else:
            d = _dt.datetime.fromisoformat(t)
    except ValueError:
        raise ValueError(f"--since {text!r}: not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][+HH:MM]") from None
    if d.tzinfo is None:
        d = d.replace(tzinfo=_dt.timezone.utc)
    return int(d.timestamp())


def resolve_branches(repo: Path, names: list[str]) -> tuple[list[str], list[str]]:
    """Full ref names for ``--branch`` names (``main`` -> ``refs/heads/main``; also ``origin/x`` as a
    remote-tracking branch, or a full ``refs/...`` name), and the names no ref matches."""
    out = git(repo, "for-each-ref", "--format=%(refname)").decode("utf-8", "replace").split("\n")
    refs = {r for r in out if r}
    found, missing = [], []
    for n in names:
        for cand in (f"refs/heads/{n}", f"refs/remotes/{n}", n if n.startswith("refs/") else ""):
            if cand and cand in refs:
                found.append(cand)
                break
        else:
            missing.append(n)
    return found, missing


def history_filter(repo: Path, since: Optional[int], branches: Optional[list[str]]) -> Optional[HistoryFilter]:
    """The ``--since``/``--branch`` filter for one repository (None: all of it); GitError when a named
    branch is not in it."""
    if since is None and not branches:
        return None
    refs: list[str] = []
    if branches:
        refs, missing = resolve_branches(repo, branches)
        if missing:
            raise GitError(f"no branch {', '.join(missing)} in this repository")
    return HistoryFilter(since=since, refs=tuple(refs))


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


def _walk(repo: Path, tips: list[str], record_all: bool, revs: Optional[list[str]] = None,
          scope_filter: "Optional[HistoryFilter]" = None
          ) -> tuple[list[tuple[str, str, str]], dict[str, _Origin], dict[str, list[_Origin]]]:
    """One ``git log --all --raw -z`` over every ref (and ``tips``): blob -> first commit and path.

    With ``revs`` (a range), only those commits are walked and merges are read as dense
    combined diffs, so a merge is credited only with content neither parent had.  ``scope_filter``
    (history only): the named branches instead of ``--all``, and/or only commits since a date.
    """
    merges = "--diff-merges=first-parent" if revs is None else "--diff-merges=dense-combined"
    scope = ["--all", "--stdin"] if revs is None else list(revs)
    if revs is None and scope_filter is not None:
        scope = scope_filter.log_args() + ["--stdin"]
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
             max_size: int, cache: Any = None, archives: Any = None, deferred: bool = False) -> Iterator[Item]:
    """``deferred``: yield :class:`BlobGroup` items (blob ids) that :func:`credgate.parallel.scan_stream` reads
    and expands in the process that scans them, instead of fragments read here (only for a consumer that hands
    the stream to ``scan_stream``).  ``cache`` (credgate.sources.git.blobcache.BlobCache, optional): blobs it knows to be clean are not
    read again; blobs it knows to be binary are skipped as binary without reading.  ``archives``
    (credgate.sources.git.archived.HistoryArchives, optional, required with ``cache``): archive blobs
    (zip, tar, gz, bz2, xz) are opened within its limits, see :mod:`credgate.sources.git.archived`."""
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
    scope_filter = info.scope  # --since/--branch: stash entries are on no branch, left out with --branch
    stashes = stash_commits(repo) if scope_filter is None or not scope_filter.refs else {}
    tips = [s for s in stashes]
    loose_blobs: list[str] = []
    if unreachable:
        ucommits, loose_blobs = _unreachable(repo)
        tips.extend(ucommits)
    commits, first, every = _walk(repo, tips, True, scope_filter=scope_filter)  # every origin: a blob is scanned at each of its paths
    loose = set(loose_blobs)
    # objects in the database, in pack order, with sizes
    listing = git(repo, "cat-file", "--batch-all-objects", "--batch-check=%(objecttype) %(objectname) %(objectsize)",
                  "--unordered")
    order: list[str] = []
    sizes: dict[str, int] = {}
    for ln in listing.split(b"\n"):  # every object (commits and trees too): only blob lines are split
        if ln.startswith(b"blob "):
            p = ln.split()
            if len(p) != 3:
                continue
            oid = p[1].decode()
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
    ctx = _BlobContext(repo, shown, first, every, commits, head, refs_at_tip, stashes, source, prefix, all_commits,
                       max_size, sizes, cache, archives)
    if not (deferred and read_in_workers()):  # the reference path: one cat-file pipe read here, in the parent
        for oid, data in BlobReader(repo).read(readable, max_size, sizes):
            yield from ctx.items(oid, data)
        return
    key = _register(ctx)
    try:
        group: list[str] = []
        size = 0
        for oid in readable:  # pack order, cut into groups each read by the process that scans it
            group.append(oid)
            size += sizes[oid]
            if size >= GROUP_BYTES or len(group) >= GROUP_BLOBS:
                yield BlobGroup(ctx, key, group, size)
                group, size = [], 0
        if group:
            yield BlobGroup(ctx, key, group, size)
    finally:
        _CONTEXTS.pop(key, None)


# Blobs are read where they are scanned: the walk yields groups of blob ids (pack order) and each pool worker
# runs its own ``git cat-file --batch`` for the groups it is given, so reading, decoding and matching run on
# every core and no blob content crosses a process boundary.  A group is about two pool batches of content
# (fewer git processes; at most 2 x jobs + 1 groups are in flight).
GROUP_BYTES = 4 << 20
GROUP_BLOBS = 1024

_CONTEXTS: dict[int, "_BlobContext"] = {}
_NEXT = [0]


def read_in_workers() -> bool:
    """False with ``CREDGATE_HISTORY_READER=parent`` (internal switch: the reference path, one pipe in the
    parent, kept as the oracle the same-findings test compares against)."""
    return os.environ.get("CREDGATE_HISTORY_READER", "").strip().lower() != "parent"


def _register(ctx: "_BlobContext") -> int:
    _NEXT[0] += 1
    _CONTEXTS[_NEXT[0]] = ctx
    return _NEXT[0]


class _BlobContext:
    """What turning one blob into fragments needs: the walk's tables, the exposure facts, the limits.  Built
    in the parent before the pool forks, so workers inherit it; never pickled."""

    def __init__(self, repo: Path, shown: str, first: dict[str, _Origin], every: dict[str, list[_Origin]],
                 commits: list[tuple[str, str, str]], head: set[str], refs_at_tip: dict[str, list[str]],
                 stashes: dict[str, str], source: str, prefix: Optional[str], all_commits: bool, max_size: int,
                 sizes: dict[str, int], cache: Any, archives: Any) -> None:
        self.repo, self.shown, self.first, self.every, self.commits = repo, shown, first, every, commits
        self.head, self.refs_at_tip, self.stashes, self.source, self.prefix = head, refs_at_tip, stashes, source, prefix
        self.all_commits, self.max_size, self.sizes, self.cache, self.archives = all_commits, max_size, sizes, cache, archives
        self.notes: list[tuple[str, str]] = []  # blob cache verdicts made here, sent back to the parent's cache

    def note(self, oid: str, verdict: str) -> None:
        if self.cache is not None:
            self.cache.note(oid, verdict)
            self.notes.append((oid, verdict))

    def items(self, oid: Optional[str], data: Any) -> Iterator[Item]:
        """The fragments (one per path) or the skip of one blob as ``BlobReader.read`` delivered it."""
        first, commits, archives, prefix, source = self.first, self.commits, self.archives, self.prefix, self.source
        if oid is None:
            yield Skip(self.shown, "git-error", f"history not fully read: {data.detail}")
            return
        o = first.get(oid)
        skip = _blob_skip(_where(oid, first, commits), oid, data, self.max_size)
        if skip is not None:
            yield skip
            return
        head, every = self.head, self.every
        if archives is not None and archives.kind(data):
            yield from archives.members(data, oid, o, commits, head, self.refs_at_tip, self.stashes, source,
                                        prefix, self.all_commits, every)
            return  # never noted in the blob cache: a clean member says nothing about the others
        text = decode_text(data)
        if text is None:
            if self.cache is not None and not (archives is not None and archives.kind(data, whatever_limits=True)):
                self.note(oid, "binary")  # an archive is read once opening is on
            yield Skip(_where(oid, first, commits), "binary", "binary content not scanned")
            return
        extra: dict[str, Any] = {"exposure": "worktree" if oid in head else "history-only", "in_head": oid in head}
        if o is None:
            yield Fragment(path=f"(unreachable blob {oid})", data=text, source=source, blob_id=oid,
                           location_detail=prefix, extra=tuple(sorted({**extra, "unreachable": True}.items())))
            return
        if self.all_commits:
            extra["commits"] = tuple(
                {"commit": commits[x.commit][0], "path": x.path, "author": commits[x.commit][1],
                 "date": commits[x.commit][2]} for x in every.get(oid, [o])
            )
        yield from _at_each_path(text, oid, o, every.get(oid, [o]), commits, self.refs_at_tip, self.stashes, extra,
                                 source, prefix)


class BlobGroup:
    """Blobs of a history to read and turn into fragments where they are scanned (a deferred item of
    :func:`credgate.parallel.scan_stream`).  Pickled as its key and blob ids only; the context it names was
    registered before the pool forked.  Each :meth:`expand` runs one ``git cat-file --batch`` with every
    check of :meth:`BlobReader.read` (object name, size, body, exit status); what it could not read is a
    ``git-error`` skip, as in the parent path."""

    __slots__ = ("key", "oids", "size", "_ctx")

    def __init__(self, ctx: "_BlobContext", key: int, oids: list[str], size: int) -> None:
        self._ctx, self.key, self.oids, self.size = ctx, key, oids, size

    def __getstate__(self) -> tuple:
        return self.key, self.oids, self.size

    def __setstate__(self, state: tuple) -> None:
        self.key, self.oids, self.size = state
        self._ctx = _CONTEXTS.get(self.key)

    def expand(self) -> Iterator[Item]:
        """The group's fragments and skips, streamed: each blob is scanned while git inflates the next ones."""
        ctx = self._ctx
        if ctx is None:  # cannot happen with fork; never let it pass as a clean scan
            for o in self.oids:
                yield Skip(f"(blob {o})", "git-error", "history reader context missing in this process; not read")
            return
        for oid, data in BlobReader(ctx.repo).read(self.oids, ctx.max_size, ctx.sizes):
            yield from ctx.items(oid, data)

    def harvest(self) -> list[tuple[str, str]]:
        """Blob cache verdicts made by :meth:`expand` (in a worker), for :meth:`absorb` in the parent."""
        ctx = self._ctx
        if ctx is None:
            return []
        notes, ctx.notes = ctx.notes, []
        return notes

    def absorb(self, notes: list[tuple[str, str]]) -> None:
        ctx = self._ctx
        if ctx is not None and ctx.cache is not None:
            for oid, verdict in notes:
                ctx.cache.note(oid, verdict)


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
    if len(origins) == 1 and origins[0].path == o.path:  # most blobs: one path, one introducing commit
        ordered = [origins[0]]  # what the general case below gives for it
    else:
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
        # the provenance built here, not by Fragment from keywords (dataclasses.replace per fragment)
        yield Fragment(path=x.path, data=data, extra=tuple(sorted(ex.items())),
                       provenance=Provenance(source=source, commit=sha, author=author, date=date, blob_id=oid,
                                             location_detail=prefix))


def _where(oid: str, first: dict[str, _Origin], commits: list[tuple[str, str, str]]) -> str:
    o = first.get(oid)
    return o.path if o is not None else f"(unreachable blob {oid})"
