"""What a push brings to a server: git's pre-receive lines and the commits (and objects) new to the repository.

A ``pre-receive`` hook runs in the receiving repository before any ref moves, with one line per
ref on stdin: ``<old> <new> <refname>``.  The pushed objects sit in a quarantine directory
(``GIT_OBJECT_DIRECTORY``, with the repository's own objects as ``GIT_ALTERNATE_OBJECT_DIRECTORIES``
and the quarantine also named by ``GIT_QUARANTINE_PATH``; see githooks(5) and
git-receive-pack(1)).  Every git command this module runs inherits those variables
(:func:`credgate.sources.git.run._env` removes only ``GIT_DIR`` and friends), so it reads the
quarantined objects as if they were stored, while the refs still show the repository
before the push.

"New to the server" is ``git rev-list <new tips> --not --all``: the commits the pushed tips
reach and no ref of the repository reaches yet.  A clean branch made off a ``main`` that already
holds an old secret brings only its own commits, so it is accepted; a secret in a pushed commit
is found whichever ref brings it (branch, lightweight or annotated tag, several refs at once,
a force push).  A tag that points at a tree or a blob brings the blobs of it that are in no tip
commit of the repository's refs, whole (a blob only older commits hold is scanned again).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from credgate.models import Fragment, Skip
from credgate.sources.filesystem import decode_text
from credgate.sources.git.blobs import _blob_skip, BlobReader
from credgate.sources.git.changes import _iter_commits
from credgate.sources.git.run import DEFAULT_MAX_SIZE, git, GitError, Item

_OID = re.compile(r"^(?:[0-9a-f]{40}|[0-9a-f]{64})$")


class ReceiveInputError(ValueError):
    """The pre-receive input is not what git writes: the hook must refuse the push."""


@dataclass(frozen=True)
class RefUpdate:
    """One line of pre-receive input."""

    old: str
    new: str
    ref: str

    @property
    def deleted(self) -> bool:
        return set(self.new) == {"0"}

    @property
    def created(self) -> bool:
        return set(self.old) == {"0"}


def parse_receive(text: str) -> list[RefUpdate]:
    """The ref updates of git's pre-receive stdin; any line that is not ``<old> <new> <refname>`` raises.

    Empty input raises too: git runs the hook only with at least one ref to update, so
    nothing on stdin means the hook is not being run by git (or its input was lost)."""
    updates = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(" ", 2)
        if len(parts) != 3 or not _OID.match(parts[0]) or not _OID.match(parts[1]) \
                or len(parts[0]) != len(parts[1]) or not parts[2] or parts[2] != parts[2].strip():
            shown = line if len(line) <= 80 else line[:77] + "..."
            raise ReceiveInputError(f"stdin line {n} is not '<old-oid> <new-oid> <refname>': {shown!r}")
        u = RefUpdate(*parts)
        if u.created and u.deleted:
            raise ReceiveInputError(f"stdin line {n}: both object ids are zero ({u.ref})")
        updates.append(u)
    if not updates:
        raise ReceiveInputError("no ref updates on stdin (git gives the pre-receive hook one line per ref)")
    return updates


def _peel(repo: Path, oids: list[str]) -> dict[str, tuple[str, str]]:
    """``oid -> (type, peeled oid)``: what each pushed tip is once annotated tags are peeled.

    Raises :class:`GitError` when a tip is not in the repository (the quarantine is not visible)."""
    out = git(repo, "cat-file", "--batch-check=%(objecttype) %(objectname)",
              input="".join(f"{o}^{{}}\n" for o in oids).encode())
    lines = out.decode("ascii", "replace").splitlines()
    if len(lines) != len(oids):
        raise GitError(f"git cat-file --batch-check answered {len(lines)} of {len(oids)} pushed objects")
    peeled = {}
    for oid, ln in zip(oids, lines):
        p = ln.split()
        if len(p) != 2 or p[0] not in ("commit", "tree", "blob"):
            raise GitError(f"pushed object {oid} cannot be read from the repository ({ln.strip()})")
        peeled[oid] = (p[0], p[1])
    return peeled


def pushed_tips(repo: Path, updates: list[RefUpdate]) -> dict[str, tuple[str, str]]:
    """``new oid -> (peeled type, peeled oid)`` for every ref the push creates or moves (not deletions)."""
    tips = sorted({u.new for u in updates if not u.deleted})
    return _peel(Path(repo), tips) if tips else {}


def new_commits(repo: Path, tips: list[str]) -> list[str]:
    """The commits ``tips`` reach that no ref of ``repo`` reaches (``git rev-list TIPS --not --all``)."""
    if not tips:
        return []
    out = git(repo, "rev-list", *tips, "--not", "--all", "--")
    return out.decode("ascii", "replace").split()


def _content_tips(repo: Path, tips: dict[str, tuple[str, str]], ref_of: dict[str, str], max_size: int
                  ) -> Iterator[Item]:
    """A tag (or ref) that points at a tree or a blob: every blob it brings that the server lacks, whole."""
    roots = sorted({peeled for kind, peeled in tips.values() if kind in ("tree", "blob")})
    if not roots:
        return
    names = {peeled: ref_of[new] for new, (kind, peeled) in tips.items() if kind in ("tree", "blob")}
    try:
        # --objects-edge-aggressive: the trees of the refs' tip commits are excluded too (without it, every
        # blob of the pushed tree is listed); "-<commit>" lines name those edges
        out = git(repo, "rev-list", "--objects", "--objects-edge-aggressive", *roots, "--not", "--all", "--")
        listed: dict[str, str] = {}
        for ln in out.decode("utf-8", "surrogateescape").splitlines():
            oid, _, name = ln.partition(" ")
            if oid and not oid.startswith("-"):
                listed.setdefault(oid, name)
        kinds = git(repo, "cat-file", "--batch-check=%(objecttype)",
                    input="".join(o + "\n" for o in listed).encode()).decode().split()
        if len(kinds) != len(listed):
            raise GitError("git cat-file --batch-check answered short")
    except GitError as exc:
        yield Skip(" ".join(sorted(set(names.values()))), "git-error", str(exc))
        return
    blobs = {}
    for (oid, name), kind in zip(listed.items(), kinds):
        if kind == "blob":
            root = names.get(oid, "")
            blobs[oid] = name if name and not root else f"{root}:{name}" if name else root
    for oid, data in BlobReader(repo).read(list(blobs), max_size):
        if oid is None:
            yield Skip(" ".join(sorted(set(names.values()))), "git-error",
                       f"pushed objects not fully read: {data.detail}")  # type: ignore[union-attr]
            continue
        path = blobs[oid]
        skip = _blob_skip(path, oid, data, max_size, " (pushed)")
        text = decode_text(data) if skip is None else None  # type: ignore[arg-type]
        if skip is not None:
            yield skip
        elif text is None:
            yield Skip(path, "binary", "binary content not scanned (pushed)")
        else:
            yield Fragment(path=path, data=text, source="history", blob_id=oid)


def iter_receive(repo: Path, updates: list[RefUpdate], *, all_lines: bool = False,
                 max_size: int = DEFAULT_MAX_SIZE) -> Iterator[Item]:
    """What a push brings that the server does not hold yet (``source="history"``).

    One fragment per blob each new commit adds or modifies, attributed to that commit,
    with ``added_lines`` the lines it adds (merges: what differs from every parent), as
    for a range; commits already reachable from a ref of the server are never read.
    Deletions bring nothing.  A tip git cannot read yields a ``git-error`` skip (the hook
    then refuses the push)."""
    repo = Path(repo)
    try:
        tips = pushed_tips(repo, updates)
    except GitError as exc:
        yield Skip(" ".join(u.ref for u in updates), "git-error", str(exc))
        return
    commit_tips = sorted({peeled for kind, peeled in tips.values() if kind == "commit"})
    if commit_tips:
        yield from _iter_commits(repo, [*commit_tips, "--not", "--all"], all_lines, max_size)
    ref_of = {u.new: u.ref for u in updates if not u.deleted}
    yield from _content_tips(repo, tips, ref_of, max_size)


def refs_bringing(repo: Path, updates: list[RefUpdate], commits: set[str], limit: int = 100
                  ) -> Optional[dict[str, list[str]]]:
    """``refname -> the commits of ``commits`` it brings``, for the message to the pusher.

    One ``git rev-list`` per pushed ref (at most ``limit`` refs; None above that, or when git fails:
    the verdict does not depend on it)."""
    live = [u for u in updates if not u.deleted]
    if len(live) > limit or not commits:
        return None
    out: dict[str, list[str]] = {}
    try:
        kinds = pushed_tips(Path(repo), live)
        for u in live:
            if kinds[u.new][0] != "commit":
                continue
            brought = set(new_commits(Path(repo), [kinds[u.new][1]]))
            hit = sorted(c for c in commits if c in brought)
            if hit:
                out[u.ref] = hit
    except (GitError, KeyError):
        return None
    return out
