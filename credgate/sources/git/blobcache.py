"""Incremental history audits: remember which blobs of a repository were already scanned clean.

A history audit scans every unique blob once; the next audit of the same
repository only needs the blobs it has not seen.  This cache records, per
repository, the IDs of blobs that produced **no finding and no skip** ("clean")
and of blobs that were binary.  A later ``credgate git`` run does not read
those blobs again; every blob that had a finding is scanned again, so the
report of an incremental run lists the same findings as a full one.

* **Key**: the repository (the real path of its common git dir) and an engine
  digest: the rule set (ids, regexes, flags), the config file's bytes, the
  allowlist entries in force today (so the day an entry expires, or an
  ``extend``-ed file changes one, the cache starts afresh and the blobs that entry
  hid are read and reported again), ``exclude_paths``, the IaC switch and
  credgate's version.  Any change to rules, config or allowlists starts afresh.
* **Contents**: blob IDs (git object names: hashes of content, not content) and
  one letter per blob.  No path, no line, no secret, no redacted secret.
* **Where**: ``<cache dir>/history/<repo hash>.txt`` (cache dir as for the
  hyperscan database: ``$CREDGATE_CACHE_DIR`` or ``~/.cache/credgate``), 0600,
  replaced atomically at the end of a complete run (an interrupted run, or one
  in which git could not deliver every blob, writes nothing).
* ``credgate git --full`` ignores what is cached (scans every blob) and writes
  the cache afresh.  Bundles (cloned to a temporary directory) are never cached.
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any, Optional

from credgate import __version__
from credgate.linter.rulecache import cache_dir, write_atomic

FORMAT = "credgate-blobcache 3"  # 2: archive blobs are opened, no longer cached as binary; 3: UTF-16/UTF-32 text is no longer binary
CLEAN, BINARY = "clean", "binary"
_CODE = {CLEAN: "c", BINARY: "b"}
_NAME = {v: k for k, v in _CODE.items()}


def engine_digest(engine: Any, config_path: Optional[Path]) -> str:
    h = hashlib.sha256()
    h.update(f"{FORMAT}\0{__version__}\0{engine.ruleset.digest()}\0{bool(engine.iac_enabled)}\0".encode())
    # the allowlist as it applies today: an entry that expires changes the digest, so blobs it
    # suppressed (recorded as clean) are scanned again instead of staying hidden
    cfg = getattr(engine, "config", None)
    h.update(repr(getattr(engine, "_allow", ())).encode("utf-8", "replace"))
    h.update(repr(sorted(getattr(engine, "expired_allow", ()))).encode("utf-8", "replace"))
    h.update(repr(getattr(cfg, "exclude_paths", ())).encode("utf-8", "replace"))
    if config_path is not None:
        try:
            h.update(Path(config_path).read_bytes())
        except OSError:
            h.update(b"<unreadable config>")
    return h.hexdigest()[:32]


class BlobCache:
    def __init__(self, path: Optional[Path], digest: str, *, use_existing: bool = True) -> None:
        self.path = path
        self.digest = digest
        self.old: dict[str, str] = {}
        self.new: dict[str, str] = {}
        self._hit: set[str] = set()
        if path is not None and use_existing:
            self._load()

    @classmethod
    def for_repo(cls, git_dir: Path, engine: Any, config_path: Optional[Path], *, full: bool = False
                 ) -> "BlobCache":
        d = cache_dir()
        path = None
        if d is not None:
            key = hashlib.sha256(os.path.realpath(git_dir).encode("utf-8", "surrogateescape")).hexdigest()[:32]
            hd = d / "history"
            try:
                hd.mkdir(exist_ok=True, mode=0o700)
                path = hd / f"{key}.txt"
            except OSError:
                path = None
        return cls(path, engine_digest(engine, config_path), use_existing=not full)

    def _load(self) -> None:
        assert self.path is not None
        try:
            with open(self.path, "r", encoding="ascii") as fh:
                head = fh.readline().split()
                if head != [*FORMAT.split(), self.digest]:
                    return  # other format or other rules/config: start afresh
                old = {}
                for ln in fh:
                    oid, _, code = ln.rstrip("\n").partition(" ")
                    name = _NAME.get(code)
                    if name and oid:
                        old[oid] = name
                self.old = old
        except (OSError, UnicodeDecodeError, ValueError):
            self.old = {}

    def known(self, oid: str) -> Optional[str]:
        v = self.old.get(oid)
        if v is not None:
            self.new[oid] = v
            self._hit.add(oid)
        return v

    @property
    def hits(self) -> int:
        """Blobs not read again because they were known."""
        return len(self._hit)

    def note(self, oid: str, verdict: str) -> None:
        self.new[oid] = verdict

    def save(self) -> None:
        if self.path is None:
            return
        lines = [f"{FORMAT} {self.digest}\n"]
        lines.extend(f"{oid} {_CODE[v]}\n" for oid, v in self.new.items())
        try:
            write_atomic(self.path, "".join(lines).encode("ascii"))
            os.chmod(self.path, 0o600)
        except (OSError, UnicodeEncodeError):
            pass
