"""Archives committed to history, opened like ``credgate dir`` opens one (:mod:`credgate.sources.archives`).

The history walk gets them as a value (:class:`HistoryArchives`, made by the caller) rather than importing
the archive reader: archives hold repositories, whose history holds archives, and this keeps that
recursion out of the import graph (no import cycle)."""
from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any, Iterator, Optional

from credgate.models import Fragment
from credgate.records import replace
from credgate.sources.archives import CONTAINERS, HEAD_BYTES, ArchiveScanner, sniff
from credgate.sources.git.history import _Origin
from credgate.sources.git.run import Item


def _archive_kind(data: bytes, limits: Any) -> Optional[str]:
    """The archive kind of a blob (zip, tar, gzip, bzip2, xz) when archives are to be opened (``limits``
    enabled; None: whatever the limits), else None."""
    if limits is not None and not getattr(limits, "enabled", False):
        return None
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
            yield replace(it, source=source, commit=sha, author=author, date=date, blob_id=None,
                          location_detail=prefix, extra=frozen)
        else:
            yield it


@dataclass(frozen=True)
class HistoryArchives:
    """How the history walk opens archive blobs: within ``limits`` (:class:`credgate.sources.archives.ArchiveLimits`)."""

    limits: Any

    def kind(self, data: bytes, whatever_limits: bool = False) -> Optional[str]:
        """The archive kind of a blob when archives are to be opened (or, ``whatever_limits``, at all)."""
        return _archive_kind(data, None if whatever_limits else self.limits)

    def members(self, data: bytes, oid: str, o: Optional[_Origin], commits: list[tuple[str, str, str]],
                head: set[str], refs_at_tip: dict[str, list[str]], stashes: dict[str, str], source: str,
                prefix: Optional[str], all_commits: bool, every: dict[str, list[_Origin]]) -> Iterator[Item]:
        return _archive_members(data, oid, o, commits, head, refs_at_tip, stashes, self.limits, source, prefix,
                                all_commits, every)
