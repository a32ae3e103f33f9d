"""Parsing ``git diff/log --raw -p`` output into :class:`FileChange` / :class:`CommitChanges`."""
from __future__ import annotations

import re
from typing import Iterable, Iterator, Optional

from credgate.records import factory, record
from credgate.sources.git.run import _path, EMPTY_BLOB, unquote


# ------------------------------------------------------------ patch parser
@record
class FileChange:
    """One path changed by a commit (or by the index): the new blob and added lines."""

    path: str
    blob: str
    mode: str
    status: str
    old_path: Optional[str] = None
    added: set[int] = factory(set)
    old_blob: str = ""

    @property
    def opaque(self) -> bool:
        """Content changed but the patch had no text hunks (binary, or ``-diff`` in .gitattributes)."""
        return not self.added and self.status != "D" and self.blob != self.old_blob and self.blob != EMPTY_BLOB


@record
class CommitChanges:
    """One commit (or the index) and the files it changes."""

    sha: str
    parents: list[str]
    author: str = ""
    date: str = ""
    files: list[FileChange] = factory(list)


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
