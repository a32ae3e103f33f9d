"""A cache of the parsed built-in rules, so a hook does not parse 19 TOML files and
validate every regex on each run (about 200 ms on a loaded 2-core machine, against
about 2 ms to read this cache).

The cache holds only rule data (the same text as the shipped rule files: regexes,
names, documented examples), never anything read from a scanned file.  It is written
with :mod:`marshal` (lists, dicts, strings and numbers only; reading 1.4 MB of rules
takes ~3.5 ms against ~8 ms for the same data as JSON, on every hook), not pickle: a
tampered cache file cannot run code (marshal builds values, never calls anything, and
the loader accepts nothing but a list of dicts of the Rule fields, in the user's own
0700 cache folder).  It is keyed by a hash of the rule files' names, sizes, inodes and
modification times, the Rule fields and the marshal format, so an edit to a rule file,
a reinstall or a schema change misses the cache and re-validates.  Old caches are pruned
when a new one is written (:func:`prune`).  Set ``CREDGATE_NO_RULE_CACHE=1`` to bypass it.
"""
from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Any, Optional

from credgate.linter.rule import Rule
from credgate.models import Confidence, Severity
from credgate.records import fields

_TUPLES = ("keywords", "tags", "references", "examples", "negative_examples", "allow_regexes",
           "allow_stopwords", "paths", "allow_paths", "allow_lines")


def key_hash() -> Any:
    """A new BLAKE2b hash for cache keys (rule cache, matcher database, rule set digest).  ``_blake2`` is built
    into CPython (~0.2 ms to import); ``hashlib`` would load OpenSSL's ``_hashlib`` first (~2 ms of a hook's
    start-up).  Keys only: fingerprints and secret hashes stay SHA-256 (:mod:`credgate.redact`)."""
    try:
        from _blake2 import blake2b
    except ImportError:  # an interpreter built without it
        from hashlib import blake2b
    return blake2b(digest_size=16)


def cache_dir() -> Optional[Path]:
    """``$CREDGATE_CACHE_DIR``, else ``$XDG_CACHE_HOME/credgate``, else ``~/.cache/credgate`` (0700)."""
    explicit = os.environ.get("CREDGATE_CACHE_DIR")
    if explicit:
        d = Path(explicit)
    else:
        base = os.environ.get("XDG_CACHE_HOME")
        d = (Path(base) if base else Path.home() / ".cache") / "credgate"
    try:
        d.mkdir(parents=True, exist_ok=True, mode=0o700)
        return d
    except OSError:
        return None


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file beside ``path`` and rename it over ``path`` (readers see the old file or the
    whole new one).  The name is made here, not by ``tempfile`` (~8 ms to import on a hook that writes one
    compiled pattern): the process id and random bytes, created exclusively (mode 0600)."""
    tmp = str(path.parent / f".tmp-{os.getpid()}-{os.urandom(6).hex()}")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _key(files: list[Path]) -> str:
    """The rule files by name, size, inode and modification time (not their bytes: hashing ~70 files is 3 ms of
    every hook), and the Rule fields.  An edit, a checkout or a reinstall changes the time or the inode."""
    h = key_hash()
    h.update(f"marshal{marshal.version}:".encode())
    h.update(",".join(fields(Rule)).encode())
    for p in files:
        st = p.stat()
        h.update(f"{p.name}\0{st.st_size}\0{st.st_ino}\0{st.st_mtime_ns}\0".encode())
    return h.hexdigest()[:24]


def load_builtin(files: list[Path]) -> "tuple[Optional[list[Any]], Optional[Path]]":
    """The cached rules for these files (or None) and the path to store them at."""
    if os.environ.get("CREDGATE_NO_RULE_CACHE"):
        return None, None
    d = cache_dir()
    if d is None:
        return None, None
    try:
        path = d / f"rules-{_key(files)}.marshal"
    except OSError:
        return None, None
    try:
        raw = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return None, path
    if type(raw) is not list or not all(type(d_) is dict for d_ in raw):
        return None, path
    touch(path)
    try:
        out = []
        # a dict lookup, not Severity(value): an enum call costs ~4 µs, and a hook loads ~300 rules
        severity = {int(s): s for s in Severity}
        confidence = {int(c): c for c in Confidence}
        names = set(fields(Rule))
        new = object.__new__
        for d_ in raw:
            for k in _TUPLES:
                d_[k] = tuple(d_[k])
            d_["severity"] = severity[d_["severity"]]
            d_["confidence"] = confidence[d_["confidence"]]
            if d_.keys() == names:
                # every field, as asdict wrote them: the instance Rule(**d_) would build, without the frozen
                # __init__'s object.__setattr__ per field (~4 µs a rule; a hook loads ~300)
                r = new(Rule)
                r.__dict__.update(d_)
                out.append(r)
            else:
                out.append(Rule(**d_))  # raises TypeError on an unknown field: the cache is not used
        return out, path
    except (TypeError, ValueError, KeyError):
        return None, path


def _plain(rule: Rule) -> "dict[str, Any]":
    """A rule's fields as marshal writes them (plain types: the two enums as their numbers)."""
    out = dict(rule.__dict__)
    out["severity"], out["confidence"] = int(rule.severity), int(rule.confidence)
    return out


def store_builtin(path: Optional[Path], rules: list[Any]) -> None:
    if path is None:
        return
    try:
        write_atomic(path, marshal.dumps([_plain(r) for r in rules]))
    except (OSError, TypeError, ValueError):
        pass
    prune(path.parent)


_TOUCH_AFTER = 86400.0  # a cache file in use has a modification time within a day of its last use
KEEP_NEWEST = 24  # rule caches and rule databases kept of each kind, most recently used first
KEEP_DAYS = 45  # and none unused for longer
KEEP_PATTERNS = 6000  # compiled patterns kept per interpreter (credgate.rxcache), the newest


def touch(path: Path) -> None:
    """Mark a cache file as used (its modification time), at most once a day: :func:`prune` keeps the ones in use."""
    try:
        import time

        if path.stat().st_mtime < time.time() - _TOUCH_AFTER:
            os.utime(path)
    except OSError:
        pass


def prune(d: Path) -> None:
    """Remove old rule caches and rule databases after writing a new one: each upgrade, rule edit or custom rule
    set writes its own (1-10 MB each), which nothing else removes.  Of each kind (``rules-*.marshal``,
    ``hs-*.db`` with their ``.json``) the KEEP_NEWEST most recently used stay, unless unused for KEEP_DAYS, and
    of each interpreter's compiled patterns the KEEP_PATTERNS newest; nothing written or used within the last
    day goes, whatever the count; build specs, probes and the blob cache are not touched."""
    import time

    now = time.time()
    for pattern in ("rules-*.marshal", "rules-*.json", "hs-*.db"):  # *.json: the JSON rule caches of earlier versions
        found = []
        for p in d.glob(pattern):
            if p.name.startswith(("hs-build-", "hs-probe-")):
                continue
            try:
                found.append((p.stat().st_mtime, p))
            except OSError:
                continue
        found.sort(reverse=True)
        for i, (mtime, p) in enumerate(found):
            age = now - mtime
            # written or used within the day (touch marks use at most daily): never, whatever the count; a test
            # session or a CI run that writes many custom-rule databases must not evict the built-in ones in use
            if age < _TOUCH_AFTER or (i < KEEP_NEWEST and age < KEEP_DAYS * 86400):
                continue
            for victim in (p, p.with_suffix(".json")) if p.suffix == ".db" else (p,):
                try:
                    victim.unlink()
                except OSError:
                    pass
    for rx in d.glob("rx-*"):  # credgate.rxcache: one small file per pattern; a rule set's change leaves old ones
        try:
            files = sorted((f.stat().st_mtime, f) for f in rx.iterdir())
        except OSError:
            continue
        for mtime, f in files[: max(0, len(files) - KEEP_PATTERNS)]:
            if now - mtime < _TOUCH_AFTER:
                break  # the rest are newer still
            try:
                f.unlink()
            except OSError:
                pass
