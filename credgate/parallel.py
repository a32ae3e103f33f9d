"""Scan fragments on every core: a forked process per core over batches of fragments.

``scan_stream(engine, items)`` yields ``(item, result)`` for every item in input
order, where ``result`` is ``(findings, skips)`` for a Fragment (None when the
content was nested too deeply to analyse) and None for a Skip.  Candidates a
worker dropped (``engine.record_drops``) are added to the parent's ``engine.drops``.

* Small inputs stay in one process: items are buffered until ``MIN_PARALLEL_BYTES``
  of content has been seen; a hook's one staged file never forks.
* Workers are forked (``multiprocessing`` "fork" context) after the engine is built,
  so the rule set, the hyperscan database and the config are inherited, not pickled.
  Just before the fork, ``engine.before_fork()`` builds what every worker would otherwise build for
  itself (bulk-scan databases, lazily imported analysers), and ``gc.freeze()`` keeps the workers'
  collectors off the parent's objects (their pages stay shared).
  Only fragments go out and findings come back.
* At most ``2 * jobs`` batches of about ``BATCH_BYTES`` are in flight, so memory
  stays flat however long the input (a history of 100,000 blobs is never held).
* A *deferred* item (any item that is neither a Fragment nor a Skip: an object with ``size``, ``expand()``,
  ``harvest()`` and ``absorb(notes)``, e.g. a history's :class:`credgate.sources.git.history.BlobGroup`) is
  expanded into fragments and skips where it is scanned: in a worker, which sends back each fragment without its
  content (a :class:`Scanned`, which keeps the size) and whatever ``harvest()`` returns, for ``absorb()`` in
  the parent.  So a history's blobs (and ``credgate dir``'s files, :class:`credgate.sources.filesystem.FileGroup`)
  are read by the workers themselves and never cross a pipe.
* ``CREDGATE_JOBS=N`` sets the number of processes (1: never fork).  Platforms without
  ``fork`` (Windows, macOS defaults aside) scan in one process.

Measured in bench/README.md: 2 processes vs 1 on the 2-core benchmark machine.
"""
from __future__ import annotations

import gc
import itertools
import os
import signal
from collections import deque
from typing import Any, Iterable, Iterator, Optional, Union

from credgate import interrupts
from credgate.models import Fragment, Skip
from credgate.records import fields, record

MIN_PARALLEL_BYTES = 8 << 20  # below this much content, forking costs more than it saves
BATCH_BYTES = 2 << 20
BATCH_ITEMS = 256

Item = Union[Fragment, Skip]
Result = Optional[tuple]

_ENGINE: Any = None  # set in the parent just before forking; workers inherit it


@record(frozen=True)
class Scanned(Fragment):
    """A fragment scanned in a worker, handed back without its content: ``nbytes`` is the content's size."""

    nbytes: int = 0


def content_size(fr: Fragment) -> int:
    return fr.nbytes if isinstance(fr, Scanned) else len(fr.data)


def _size(x: Any) -> int:
    """Content bytes an item brings (a Skip none, a deferred item what it will read)."""
    if isinstance(x, Fragment):
        return len(x.data)
    return 0 if isinstance(x, Skip) else int(x.size)


_FIELDS = fields(Fragment)


def _stub(fr: Fragment) -> Scanned:
    d = {name: getattr(fr, name) for name in _FIELDS}
    d["data"] = b""
    return Scanned(**d, nbytes=len(fr.data))


def default_jobs() -> int:
    raw = os.environ.get("CREDGATE_JOBS", "").strip()
    if raw:
        try:
            return max(1, int(raw))
        except ValueError:
            pass
    try:
        return max(1, len(os.sched_getaffinity(0)))  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _scan_one(engine: Any, fr: Fragment) -> Result:
    n = len(engine.drops)
    try:
        f, s = engine.scan(fr)
    except RecursionError:
        del engine.drops[n:]
        return None
    drops = engine.drops[n:]
    del engine.drops[n:]
    return f, s, drops


def _work(batch: list[Any]) -> list[Any]:
    eng = _ENGINE
    out: list[Any] = []
    for x in batch:
        if isinstance(x, Fragment):
            out.append(_scan_one(eng, x))
        else:  # deferred: expanded here; fragments go back without their content
            got = [(_stub(it), _scan_one(eng, it)) if isinstance(it, Fragment) else (it, None) for it in x.expand()]
            out.append((got, x.harvest()))
    return out


def _init_worker() -> None:
    # the parent handles Ctrl-C and terminates the pool; workers must not print tracebacks
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _inline(engine: Any, items: Iterable[Item]) -> Iterator[tuple[Item, Result]]:
    for x in items:
        deferred = not isinstance(x, (Fragment, Skip))
        for it in x.expand() if deferred else (x,):
            interrupts.check()  # a Ctrl-C some finaliser swallowed still ends the run here
            if isinstance(it, Skip):
                yield it, None
            else:
                try:
                    res: Result = engine.scan(it)
                except RecursionError:
                    res = None
                yield it, res
        if deferred:
            x.harvest()  # its verdicts were made in this process, on the cache itself: nothing to send


def scan_stream(engine: Any, items: Iterable[Item], jobs: Optional[int] = None,
                min_bytes: int = MIN_PARALLEL_BYTES) -> Iterator[tuple[Item, Result]]:
    jobs = default_jobs() if jobs is None else jobs
    it = iter(items)
    if jobs <= 1:
        yield from _inline(engine, it)
        return
    head: list[Item] = []
    seen = 0
    for x in it:
        head.append(x)
        seen += _size(x)
        if seen >= min_bytes:
            break
    else:  # the whole input was small: one process (multiprocessing is never even imported)
        yield from _inline(engine, head)
        return
    if not _can_fork():
        yield from _inline(engine, itertools.chain(head, it))
        return
    yield from _pooled(engine, head, it, jobs)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


def _batches(head: list[Item], rest: Iterator[Item]) -> Iterator[list[Item]]:
    batch: list[Item] = []
    size = 0
    for src in (head, rest):
        for x in src:
            batch.append(x)
            size += _size(x)
            if size >= BATCH_BYTES or len(batch) >= BATCH_ITEMS:
                yield batch
                batch, size = [], 0
    if batch:
        yield batch


def _pooled(engine: Any, head: list[Item], rest: Iterator[Item], jobs: int) -> Iterator[tuple[Item, Result]]:
    import multiprocessing

    global _ENGINE
    _ENGINE = engine
    before = getattr(engine, "before_fork", None)
    if before is not None:
        before()  # what every worker would build for itself: built once here, inherited
    ctx = multiprocessing.get_context("fork")
    pool = None
    pending: "deque[tuple[list[Item], Any]]" = deque()
    try:
        # Ctrl-C is held back while the workers are forked: a worker forked with the parent's handler, before
        # _init_worker ignores SIGINT, would die with a traceback, and a KeyboardInterrupt inside Pool() would
        # leave forked workers no one terminates.  Delivered as soon as `pool` is set.  SIGINT only: workers
        # inherit the holding handler, and SIGTERM must keep ending them (pool.terminate()).
        with interrupts.deferred(("SIGINT",)):
            gc.freeze()  # the parent's objects are never traversed by a worker's collector: their pages stay shared
            try:
                pool = ctx.Pool(jobs, initializer=_init_worker)
            finally:
                gc.unfreeze()
        for batch in _batches(head, rest):
            frags = [x for x in batch if not isinstance(x, Skip)]
            pending.append((batch, pool.apply_async(_work, (frags,)) if frags else None))
            while len(pending) > 2 * jobs:
                yield from _drain(engine, pending.popleft())
        while pending:
            yield from _drain(engine, pending.popleft())
        pool.close()
        pool.join()
    finally:
        if pool is not None:
            pool.terminate()
        _ENGINE = None


def _drain(engine: Any, entry: "tuple[list[Item], Any]") -> Iterator[tuple[Item, Result]]:
    batch, fut = entry
    interrupts.check()  # before a wait on the workers (they ignore SIGINT)
    results = iter(fut.get() if fut is not None else ())
    for x in batch:
        if isinstance(x, Skip):
            yield x, None
            continue
        if isinstance(x, Fragment):
            got: list = [(x, next(results))]
        else:
            got, notes = next(results)
            x.absorb(notes)
        for it, r in got:
            if r is None:
                yield it, None
                continue
            f, s, drops = r
            engine.drops.extend(drops)
            yield it, (f, s)
