"""Git repositories found while walking: ``.git`` folders, bare repos/mirrors, bundles.

Each is read as a full history by :func:`credgate.sources.git.history.iter_history`
(every ref, tag and stash; each blob attributed to the commit that introduced
it).  This module only decides *what* is a repository and how its findings
are named:

- a ``.git`` folder on disk: ``path`` is the file's path in its work tree
  (relative to the scan root, so path allowlists keep working), ``source`` is
  ``history`` and ``location_detail`` names the repository;
- a bare repository or a bundle on disk: ``path`` is ``<repo>!<file>``;
- a repository or bundle inside an archive: ``path`` is the whole chain,
  ``backup.tar.gz!repo.git!config/app.env``, ``source`` is ``archive`` and
  ``location_detail`` is the chain up to the repository.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Iterator, Optional, Union

from credgate.models import Fragment, Skip
from credgate.records import replace
from credgate.sources.git.history import iter_history
from credgate.sources.git.run import GitError, git
from credgate.sources.tempdirs import private_tempdir

Item = Union[Fragment, Skip]

BUNDLE_MAGIC = (b"# v2 git bundle\n", b"# v3 git bundle\n")


def is_bundle_head(head: bytes) -> bool:
    return head.startswith(BUNDLE_MAGIC)


def _is_file(p: Path) -> bool:
    try:
        return stat.S_ISREG(os.lstat(p).st_mode)
    except OSError:
        return False


def _is_dir(p: Path) -> bool:
    try:
        return stat.S_ISDIR(os.lstat(p).st_mode)
    except OSError:
        return False


def is_git_dir(path: Path) -> bool:
    """A git directory by content (HEAD file, objects/ and refs/ folders), whatever its name."""
    return _is_file(path / "HEAD") and _is_dir(path / "objects") and _is_dir(path / "refs")


def _join(prefix: str, rel: str, sep: str) -> str:
    if not prefix or prefix == ".":
        return rel
    return f"{prefix}{sep}{rel}"


def history(
    repo: Path,
    *,
    shown: str,
    source: str,
    sep: str,
    detail: Optional[str] = None,
    max_size: int = 10 * 1024 * 1024,
) -> Iterator[Item]:
    """Fragments and skips of ``repo``'s full history, renamed under ``shown``.

    ``sep`` joins ``shown`` and the path inside the repository: ``/`` for a
    work tree (the file really lived there), ``!`` for a container (bare
    repository, bundle, anything inside an archive).
    """
    label = detail if detail is not None else (shown or ".")
    first = True
    for it in iter_history(repo, source=source, location_prefix=label, max_size=max_size):
        if first and isinstance(it, Skip) and it.reason == "git-error" and _is_file(Path(repo)):
            # a bundle git would not clone whole (a ref to an object it lacks): read the refs it can
            salvaged = _salvage_bundle(Path(repo), label, source, max_size)
            if salvaged is not None:
                yield from _renamed(salvaged, shown, label, sep, source)
                return
        first = False
        yield from _renamed([it], shown, label, sep, source)


def _renamed(items: "Iterator[Item] | list[Item]", shown: str, label: str, sep: str, source: str) -> Iterator[Item]:
    for it in items:
        if isinstance(it, Skip):
            path = it.path
            if path != label and not path.startswith(label + "!"):
                path = _join(shown, path, sep)
            yield replace(it, path=path)
            continue
        yield replace(it, path=_join(shown, it.path, sep), source=source, location_detail=label)


def _bundle_refs(out: bytes) -> list[tuple[str, str]]:
    refs = []
    for line in out.decode("utf-8", "replace").splitlines():
        parts = line.strip().split(" ", 1)
        if len(parts) == 2 and len(parts[0]) in (40, 64) and all(c in "0123456789abcdef" for c in parts[0]):
            refs.append((parts[0], parts[1]))
    return refs


def _salvage_bundle(bundle: Path, label: str, source: str, max_size: int) -> Optional[Iterator[Item]]:
    """A bundle whose clone failed, read ref by ref: None when it is not a bundle git can unpack at all.

    ``git clone`` of a bundle fails whole when one ref names an object the bundle's pack does not
    hold (or whose history is incomplete); the other refs are still good.  The pack is unpacked
    into a private bare repository (``git bundle unbundle``: objects only, no refs), each ref is
    kept when every object it reaches is there (``git rev-list --objects``), and the history of
    the kept refs is read as usual.  Each ref that is not kept is a ``bundle-bad-ref`` skip.
    """
    try:
        with open(bundle, "rb") as fh:
            if not is_bundle_head(fh.read(32)):
                return None
    except OSError:
        return None
    return _salvaged(bundle, label, source, max_size)


def _salvaged(bundle: Path, label: str, source: str, max_size: int) -> Iterator[Item]:
    with private_tempdir("credgate-bundle-") as tmp:
        repo = tmp / "repo.git"
        try:
            git(tmp, "init", "--quiet", "--bare", str(repo))
            refs = _bundle_refs(git(repo, "bundle", "unbundle", str(bundle.resolve())))
        except GitError as exc:
            yield Skip(label, "git-error", f"bundle cannot be unpacked: {exc}")
            return
        good: dict[str, str] = {}
        for oid, ref in refs:
            try:
                git(repo, "rev-list", "--objects", "--quiet", oid, "--")
            except GitError:
                yield Skip(f"{label}!{ref}", "bundle-bad-ref",
                           f"ref {ref} points to {oid[:12]}, which the bundle does not hold (or not all of its "
                           "history); this ref was not scanned, the bundle's other refs were")
                continue
            good[ref] = oid
        head = good.pop("HEAD", None)
        if not good and head is None:
            return
        for ref, oid in good.items():
            if ref.startswith("refs/"):
                git(repo, "update-ref", "--no-deref", ref, oid)
        if head is not None:
            twin = next((r for r, o in good.items() if o == head and r.startswith("refs/heads/")), None)
            if twin:
                git(repo, "symbolic-ref", "HEAD", twin)
            else:
                git(repo, "update-ref", "--no-deref", "HEAD", head)
        yield from iter_history(repo, source=source, location_prefix=label, max_size=max_size)
