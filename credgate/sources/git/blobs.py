"""Reading blob content through one ``git cat-file --batch`` pipe (:class:`BlobReader`) and the blob skips."""
from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path
from typing import IO, Callable, Generator, Iterable, Iterator, Optional, Union

from credgate.models import Skip
from credgate.sources.filesystem import too_large_detail
from credgate.sources.git.run import _BASE, _env, _exit_text, git, GitError


# -------------------------------------------------------------- blob reader
class ReadFailure:
    """Stands for a blob ``git cat-file`` did not deliver in full (it died, or its output ended early)."""

    __slots__ = ("detail",)

    def __init__(self, detail: str) -> None:
        self.detail = detail

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"ReadFailure({self.detail!r})"


BlobData = Union[bytes, int, None, ReadFailure]


# Pipes to the ``git cat-file`` processes this process is reading.  A process forked meanwhile (the scan
# pool's workers, forked while the history is being read) would otherwise keep a copy of the write end of
# git's stdin: git would never see the end of its input, never exit, and the read would end in a 30 s wait
# and a "still running" error.  In a forked child these descriptors are pointed at /dev/null at once.
_PIPES: set[int] = set()
_PIPES_LOCK = threading.Lock()  # held across a fork, so a descriptor is never closed (and its number reused) mid-fork


def _close_pipe(f: IO[bytes]) -> None:
    with _PIPES_LOCK:
        try:
            _PIPES.discard(f.fileno())
        except (OSError, ValueError):
            pass
        try:
            f.close()
        except OSError:
            pass


def _release_pipes_in_child() -> None:
    _PIPES_LOCK.release()
    if not _PIPES:
        return
    try:
        null = os.open(os.devnull, os.O_RDWR)
    except OSError:
        return
    for fd in list(_PIPES):
        try:
            os.dup2(null, fd)  # the fd number stays valid (its file object may close it later), the pipe is let go
        except OSError:
            pass
    os.close(null)
    _PIPES.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(before=_PIPES_LOCK.acquire, after_in_parent=_PIPES_LOCK.release,
                        after_in_child=_release_pipes_in_child)


_F_SETPIPE_SZ = 1031  # Linux fcntl


def _widen(pipe: IO[bytes]) -> None:
    """Let git run up to 1 MB ahead of the reader (Linux; the default pipe holds 64 KB): it inflates the next
    blobs while this process scans the last one.  Best effort: the system's pipe size limit may refuse it."""
    try:
        import fcntl

        fcntl.fcntl(pipe.fileno(), _F_SETPIPE_SZ, 1 << 20)
    except (ImportError, OSError, ValueError):
        pass


class BlobReader:
    """One persistent ``git cat-file --batch`` process; oids are fed by a writer thread."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo

    def sizes(self, oids: list[str]) -> dict[str, int]:
        """Object sizes from one ``git cat-file --batch-check`` (headers only); missing objects are absent.

        Raises :class:`GitError` when git fails or answers short."""
        if not oids:
            return {}
        out = git(self.repo, "cat-file", "--batch-check=%(objectname) %(objectsize)",
                  input="".join(o + "\n" for o in oids).encode(), keep_index=True)
        lines = out.splitlines()
        if len(lines) != len(oids):
            raise GitError(f"git cat-file --batch-check answered {len(lines)} of {len(oids)} objects")
        sizes: dict[str, int] = {}
        for oid, ln in zip(oids, lines):
            p = ln.split()
            if len(p) == 2 and p[1].isdigit() and p[0].decode("ascii", "replace") == oid:
                sizes[oid] = int(p[1])
            elif not (len(p) == 2 and p[1] == b"missing"):
                raise GitError(f"git cat-file --batch-check: unexpected answer for {oid}")
        return sizes

    def read(self, oids: Iterable[str], max_size: Optional[int] = None, sizes: Optional[dict[str, int]] = None
             ) -> Iterator[tuple[Optional[str], BlobData]]:
        """Yield ``(oid, content)`` in input order; content is None for a missing object.

        With ``max_size``, an object larger than that is never read: its size (an
        int) is yielded instead of its content.  Sizes come from ``sizes`` when the
        caller knows them, else from git: the same ``git cat-file --batch-command``
        process answers ``info`` for every object first and then ``contents`` for the
        ones within the limit (one process; git older than 2.36, which lacks
        ``--batch-command``, gets one ``--batch-check`` and then one ``--batch``).

        Every answer is checked (object name, size, full body, trailing newline) and
        so is git's exit status: a blob git did not deliver in full yields a
        :class:`ReadFailure`, as does every blob after it; a failure that comes after
        every blob was delivered yields ``(None, ReadFailure)`` last.  Nothing that
        was not read is ever reported as read.
        """
        oids = list(oids)
        if not oids:
            return
        command = max_size is not None and sizes is None and not _OLD_GIT
        big: dict[str, int] = {}
        if max_size is not None and sizes is None and not command:
            try:
                sizes = self.sizes(oids)
            except GitError as exc:
                for oid in oids:
                    yield oid, ReadFailure(str(exc))
                return
        if max_size is not None and sizes is not None:
            big = {o: sizes[o] for o in oids if o in sizes and sizes[o] > max_size}
        want = [o for o in oids if o not in big]
        if not want:
            for oid in oids:
                yield oid, big[oid]
            return
        try:
            proc = subprocess.Popen([*_BASE, "cat-file", "--batch-command" if command else "--batch"],
                                    cwd=str(self.repo), stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                    stderr=subprocess.DEVNULL, env=_env(keep_index=True))
        except OSError as exc:
            for oid in oids:
                yield oid, ReadFailure(f"cannot run git cat-file: {exc.strerror or exc}")
            return
        assert proc.stdin is not None and proc.stdout is not None
        with _PIPES_LOCK:
            _PIPES.update((proc.stdin.fileno(), proc.stdout.fileno()))
        _widen(proc.stdout)
        go = threading.Event()  # --batch-command: set once the sizes are in and ``want`` is final

        def feed(w: IO[bytes]) -> None:
            try:
                if command:
                    w.write(b"".join(b"info " + o.encode() + b"\n" for o in oids))
                    w.flush()
                    go.wait()
                    w.write(b"".join(b"contents " + o.encode() + b"\n" for o in want))
                else:
                    for o in want:
                        w.write(o.encode() + b"\n")
                w.flush()
            except (BrokenPipeError, OSError):
                pass
            _close_pipe(w)

        t = threading.Thread(target=feed, args=(proc.stdin,), daemon=True)
        t.start()
        out = proc.stdout
        failed: Optional[str] = None
        done = False
        fallback = False

        def died(what: str) -> str:
            return f"git cat-file {_exit_text(_exit_status(proc))}: {what}"

        try:
            if command:  # the sizes first, from the same process
                for n, oid in enumerate(oids):
                    head = out.readline()
                    if not head and n == 0 and _exit_status(proc) == 129:  # a usage error: git < 2.36
                        fallback = True
                        break
                    parts = head.split()
                    if not head.endswith(b"\n") or not parts or parts[0].decode("ascii", "replace") != oid:
                        failed = died(f"output ended or went out of step before the size of blob {oid} was read")
                        break
                    if len(parts) == 3 and parts[2].isdigit():
                        if int(parts[2]) > max_size:  # type: ignore[operator]
                            big[oid] = int(parts[2])
                    elif not (len(parts) == 2 and parts[1] == b"missing"):
                        failed = died(f"unexpected answer for the size of blob {oid}")
                        break
                if failed is not None or fallback:
                    want = []
                else:
                    want = [o for o in oids if o not in big]
                go.set()
            if fallback:
                pass
            elif failed is not None:
                for oid in oids:
                    yield oid, ReadFailure(failed)
            else:
                failed = yield from _answers(oids, big, max_size, out, died)
                done = failed is None
        finally:
            go.set()
            rc: Optional[int] = None
            if done:
                try:  # every answer is in: git has its input closed and must now exit 0
                    rc = proc.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    rc = None
            _close_pipe(out)
            if proc.poll() is None:
                proc.kill()
            proc.wait()
            t.join(timeout=5)
        if fallback:
            _OLD_GIT.append(True)
            yield from self.read(oids, max_size, sizes)
        elif done and rc != 0:
            yield None, ReadFailure(f"git cat-file {_exit_text(rc)} after the blobs were read")


def _exit_status(proc: "subprocess.Popen[bytes]") -> Optional[int]:
    try:
        return proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        return None


# set (non-empty) once this git turned ``cat-file --batch-command`` down (git < 2.36)
_OLD_GIT: list[bool] = []


def _answers(oids: list[str], big: dict[str, int], max_size: Optional[int], out: IO[bytes],
             died: Callable[[str], str]) -> Generator[tuple[str, BlobData], None, Optional[str]]:
    """The blobs of ``oids`` from ``cat-file`` answers on ``out`` (``big`` ones were not asked for), in order;
    returns what went wrong (None: every answer was read in full)."""
    failed: Optional[str] = None
    for oid in oids:
        if oid in big:
            yield oid, big[oid]
            continue
        if failed is not None:
            yield oid, ReadFailure(failed)
            continue
        head = out.readline()
        parts = head.split()
        if not head.endswith(b"\n") or not parts or parts[0].decode("ascii", "replace") != oid:
            failed = died(f"output ended or went out of step before blob {oid} was read")
            yield oid, ReadFailure(failed)
            continue
        if len(parts) == 2 and parts[1] == b"missing":
            yield oid, None
            continue
        if len(parts) != 3 or not parts[2].isdigit():
            failed = died(f"unexpected answer for blob {oid}")
            yield oid, ReadFailure(failed)
            continue
        size = int(parts[2])
        if max_size is not None and size > max_size:  # sizes were given and were wrong: drain
            left = size + 1
            while left > 0:
                got = out.read(min(left, 1 << 20))
                if not got:
                    break
                left -= len(got)
            if left > 0:
                failed = died(f"blob {oid} ended early")
            yield oid, size
            continue
        data = out.read(size)
        if len(data) != size or out.read(1) != b"\n":
            failed = died(f"blob {oid} ended after {len(data)} of {size} bytes")
            yield oid, ReadFailure(failed)
            continue
        yield oid, data
    return failed


def _blob_skip(path: str, oid: str, data: BlobData, max_size: int, where: str = "") -> Optional[Skip]:
    """The Skip for a blob that cannot be scanned as it is, or None."""
    if isinstance(data, ReadFailure):
        return Skip(path, "git-error", f"blob {oid}{where} not read: {data.detail}")
    if data is None:
        return Skip(path, "missing", f"blob {oid}{where} not found in the object database")
    if isinstance(data, int):
        return Skip(path, "too-large", too_large_detail(data, max_size, where))
    return None


# ------------------------------------------------------------------ staged
def _big(max_size: Optional[int]) -> tuple[str, ...]:
    """git options that make diffs treat a file over ``max_size`` as binary: no patch text is
    produced (or held in memory) for content that is skipped as too large anyway."""
    return ("-c", f"core.bigFileThreshold={max(int(max_size), 1)}") if max_size is not None else ()
