"""Does the installed hyperscan engine report every match?  A known-answer probe, run once per engine build.

python-hyperscan 0.7.23-0.9.1 bundle vectorscan 5.4.12, whose double-shufti acceleration (VectorCamp/vectorscan
#325, in 5.4.12) loses matches: a pattern that reports a match alone reports nothing once another pattern with the
same class prefix shares its database (issue #358; fixed by pull request #368, not in any 5.4.12 wheel).  In
credgate's database of every rule that lost network-device-clear-key and cisco-type7-password lines of router
configs; in the probe below ``[\\r\\n][ \\t]*wp`` loses 56 of 70 lines to ``[\\r\\n][ \\t]*x{18}`` (no flags).
A rule that matches and stays silent is the worst bug a secret scanner can have, so the matcher asks
:func:`sound` before it trusts hyperscan and takes the pure-Python matcher on an engine that fails.

The probe is a few small compiles and scans (a few ms); its answer is cached on disk per hyperscan build (the
module's version and its extension file's size and mtime), so a hook reads one small file at most, and none when
the rule database's cache is warm (that cache is written only for a sound engine).
"""
from __future__ import annotations

import os
import sys
from typing import Any, Optional

from credgate.linter.rulecache import key_hash, write_atomic

PROBE_REV = "1"
# two patterns sharing the class prefix "[\r\n][ \t]*": the short literal's matches are lost on vectorscan 5.4.12
_PAIR = (rb"[\r\n][ \t]*wp", rb"[\r\n][ \t]*xxxxxxxxxxxxxxxxxx")
# the same trigger inside one pattern (an alternation): a rule's own database loses them too
_ALT = (rb"[\r\n][ \t]*(?:wp|xxxxxxxxxxxxxxxxxx)",)

_memo: dict[str, bool] = {}


def _buffers() -> list[tuple[bytes, int]]:
    """(buffer, matches it holds): one buffer with the line at every alignment, then short buffers that put
    it near either end (vector widths 16 to 64 bytes, peel-off and tail paths)."""
    out = [(b"".join(b"y" * k + b"\n wp" for k in range(140)) + b"y" * 70, 140)]
    for pre in range(0, 72, 5):
        for post in range(0, 72, 5):
            out.append((b"y" * pre + b"\n wp" + b"y" * post, 1))
    return out


def probe(hyperscan: Any) -> bool:
    """True when the engine reports every match of the probe, with prefilter flags and without."""
    bufs = _buffers()
    for exprs in (_PAIR, _ALT):
        for flags in (0, hyperscan.HS_FLAG_PREFILTER | hyperscan.HS_FLAG_ALLOWEMPTY):
            try:
                db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
                db.compile(expressions=list(exprs), ids=list(range(len(exprs))), elements=len(exprs),
                           flags=[flags] * len(exprs))
            except Exception:  # an engine that refuses these cannot be trusted with the rules either
                return False
            for data, want in bufs:
                ends: set[int] = set()

                def on_match(i: int, _fr: int, to: int, _f: int, _c: Any, ends: set = ends) -> None:
                    if i == 0:
                        ends.add(to)

                db.scan(data, match_event_handler=on_match)
                if len(ends) < want:
                    return False
    return True


def engine_key(hyperscan: Any) -> str:
    """The hyperscan build: its version and its extension file's size and mtime (a rebuilt wheel of one version)."""
    parts = [str(getattr(hyperscan, "__version__", "")), PROBE_REV]
    try:
        folder = os.path.dirname(hyperscan.__file__)
        for name in sorted(os.listdir(folder)):
            if name.endswith((".so", ".pyd", ".dylib")):
                st = os.stat(os.path.join(folder, name))
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    except (OSError, TypeError, AttributeError):
        pass
    return "|".join(parts)


def sound(hyperscan: Any, cache: Optional[Any] = None) -> bool:
    """``probe`` once per process and engine build, its answer kept in ``cache`` (a directory) when given."""
    key = engine_key(hyperscan)
    got = _memo.get(key)
    if got is not None:
        return got
    path = None
    if cache is not None:
        h = key_hash()
        h.update(key.encode())
        path = cache / f"hs-probe-{h.hexdigest()[:16]}"
        try:
            got = {b"sound": True, b"loses": False}.get(path.read_bytes().strip())
        except OSError:
            got = None
    if got is None:
        got = probe(hyperscan)
        if path is not None:
            try:
                write_atomic(path, b"sound" if got else b"loses")
            except OSError:
                pass
        if not got:
            sys.stderr.write(
                f"credgate: hyperscan {getattr(hyperscan, '__version__', '?')} loses matches (vectorscan 5.4.12, "
                "VectorCamp/vectorscan#358): using the slower pure-Python matcher; "
                "pip install 'hyperscan>=0.7,<0.7.23'\n")
    _memo[key] = got
    return got

