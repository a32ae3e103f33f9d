"""Git repositories found while walking: ``.git`` folders, bare repos/mirrors, bundles.

Each is read as a full history by :func:`credgate.hooks.gitsource.iter_history`
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
from dataclasses import replace
from pathlib import Path
from typing import Iterator, Optional, Union

from credgate.models import Fragment, Skip

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
    try:
        from credgate.hooks.gitsource import iter_history
    except ImportError:  # pragma: no cover - the git source ships with credgate
        yield Skip(shown or ".", "history-unavailable", "git history scanning is not available in this install")
        return
    label = detail if detail is not None else (shown or ".")
    for it in iter_history(repo, source=source, location_prefix=label, max_size=max_size):
        if isinstance(it, Skip):
            path = it.path
            if path != label and not path.startswith(label + "!"):
                path = _join(shown, path, sep)
            yield replace(it, path=path)
            continue
        yield replace(it, path=_join(shown, it.path, sep), source=source, location_detail=label)
