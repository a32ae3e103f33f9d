#!/usr/bin/env python3
"""How much a diff-based ("delta") history scan could save, and what stands in its way (issue 16).

    python bench/delta_potential.py /tmp/h16/big [--line-diff]

Peers scan only the lines each commit adds; credgate scans every unique blob whole.  Most blobs of a history are
a new version of a file seen before.  This measures, on one repository, for every blob that has an earlier
version at the same path (``git log --raw``: old blob -> new blob):

* bytes in the changed region: between the common prefix and suffix of the two versions, whole lines
  (``--line-diff``: the added lines of a line diff, difflib, slow), i.e. what a delta scan would have to scan;
* engine CPU for the whole blobs (``Engine.scan``, as the audit does) against the engine CPU for only the changed
  regions, each widened by 3 lines and 2 KB of context on both sides: an upper bound of what a delta scan saves
  in the engine (git reading, the walk and start-up are not included: they stay);
* the obstacles to an exact delta scan: IaC documents (their analysis needs the whole document), and blobs where
  a rule whose confirmation is not local (window mode WHOLE or OLD: multiline context rules, private keys, rules
  that confirm on the whole buffer) has a keyword, so a change anywhere can change its findings anywhere.

It prints figures only; the windows are not a correct scan (findings near a cut are not the same), which is the
point of the last figures.  No secret value is printed.
"""
from __future__ import annotations

import argparse
import difflib
import re
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from credgate.iac import kind_of  # noqa: E402
from credgate.linter.engine import Engine  # noqa: E402
from credgate.linter.matcher import OLD, WHOLE  # noqa: E402
from credgate.models import Fragment  # noqa: E402

Z40 = "0" * 40
CONTEXT_LINES = 3
CONTEXT_BYTES = 2048


def versions(repo: str) -> list[tuple[str, str, str]]:
    """(path, previous blob or "", blob) for each blob's first appearance, oldest first."""
    out = subprocess.run(["git", "-C", repo, "log", "--all", "--raw", "-z", "--no-abbrev", "--format=", "--no-renames",
                          "--topo-order", "--reverse", "--diff-merges=first-parent"],
                         capture_output=True, check=True).stdout
    toks = out.split(b"\0")
    seen: set[str] = set()
    rows = []
    i = 0
    while i < len(toks) - 1:
        t = toks[i].lstrip(b"\n")
        if t.startswith(b":"):
            f = t.split()
            old, new = f[2].decode(), f[3].decode()
            if new != Z40 and new not in seen and f[1] != b"160000":
                seen.add(new)
                rows.append((toks[i + 1].decode("utf-8", "replace"), old if old != Z40 else "", new))
            i += 2
        else:
            i += 1
    return rows


def read(repo: str, oids: list[str]) -> dict[str, bytes]:
    raw = subprocess.run(["git", "-C", repo, "cat-file", "--batch"], input="".join(o + "\n" for o in oids).encode(),
                         capture_output=True, check=True).stdout
    got, pos = {}, 0
    for oid in oids:
        nl = raw.index(b"\n", pos)
        n = int(raw[pos:nl].split()[2])
        got[oid] = raw[nl + 1: nl + 1 + n]
        pos = nl + 2 + n
    return got


def changed_span(a: bytes, b: bytes) -> tuple[int, int]:
    """[start, end) of b between the common prefix and suffix of a and b, widened to whole lines."""
    n = min(len(a), len(b))
    lo, hi = 0, n
    while lo < hi:  # common prefix length by bisection (memcmp speed)
        mid = (lo + hi + 1) // 2
        if a[:mid] == b[:mid]:
            lo = mid
        else:
            hi = mid - 1
    cp = lo
    lo, hi = 0, n - cp
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if a[len(a) - mid:] == b[len(b) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    cs = lo
    start = b.rfind(b"\n", 0, cp) + 1
    end = len(b) - cs
    nl = b.find(b"\n", end)
    return start, (len(b) if nl == -1 else nl + 1) if end > start else start


def widen(b: bytes, s: int, e: int) -> tuple[int, int]:
    for _ in range(CONTEXT_LINES):
        s = b.rfind(b"\n", 0, max(s - 1, 0)) + 1 if s > 0 else 0
    s = max(0, s - CONTEXT_BYTES)
    s = b.rfind(b"\n", 0, s) + 1 if s > 0 else 0
    for _ in range(CONTEXT_LINES):
        nl = b.find(b"\n", e)
        e = len(b) if nl == -1 else nl + 1
    e = min(len(b), e + CONTEXT_BYTES)
    nl = b.find(b"\n", e)
    return s, len(b) if nl == -1 else nl + 1


def added_line_bytes(a: bytes, b: bytes) -> int:
    al, bl = a.split(b"\n"), b.split(b"\n")
    sm = difflib.SequenceMatcher(None, al, bl, autojunk=False)
    return sum(sum(len(x) + 1 for x in bl[j1:j2]) for tag, _i1, _i2, j1, j2 in sm.get_opcodes() if tag != "equal")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("repo")
    ap.add_argument("--line-diff", action="store_true", help="also count the added lines of a line diff (slow)")
    a = ap.parse_args()
    rows = versions(a.repo)
    blobs = read(a.repo, sorted({x for _p, o, n in rows for x in (o, n) if x}))
    engine = Engine()
    nonlocal_kw = []
    for cr in engine.matcher.rules:
        if engine.matcher._modes[cr.index][0] in (WHOLE, OLD):
            nonlocal_kw.extend(k.lower() for k in cr.rule.keywords)
    kw_re = re.compile(b"|".join(re.escape(k.encode()) for k in sorted(set(nonlocal_kw), key=len, reverse=True)),
                       re.IGNORECASE)
    total = based = region = diff_bytes = 0
    n_iac = n_kw = n_based = 0
    iac_bytes = 0
    full_frags: list[Fragment] = []
    win_frags: list[Fragment] = []
    for path, old, new in rows:
        b = blobs[new]
        if b"\0" in b[:8192]:
            continue
        total += len(b)
        full_frags.append(Fragment(path=path, data=b, source="history"))
        if kind_of(path, b) is not None:
            n_iac += 1
            iac_bytes += len(b)
        if kw_re.search(b):
            n_kw += 1
        if not old or old not in blobs:
            win_frags.append(Fragment(path=path, data=b, source="history"))
            region += len(b)
            continue
        n_based += 1
        based += len(b)
        s, e = changed_span(blobs[old], b)
        region += e - s
        if a.line_diff:
            diff_bytes += added_line_bytes(blobs[old], b)
        if e > s:
            ws, we = widen(b, s, e)
            win_frags.append(Fragment(path=path, data=b[ws:we], source="history"))

    def cpu(frags: list[Fragment]) -> float:
        t = time.process_time()
        for f in frags:
            engine.scan(f)
        return time.process_time() - t

    cpu(full_frags[:200])  # warm-up: RE2 twins compiled, memo filled as in a real audit
    t_full = cpu(full_frags)
    t_win = cpu(win_frags)
    mb = 1 << 20
    print(f"{a.repo}: {len(full_frags):,} text blobs, {total / mb:.1f} MB; {n_based:,} have an earlier version at the "
          f"same path ({based / mb:.1f} MB)")
    print(f"  changed region (prefix/suffix, whole lines): {region / mb:.1f} MB = {100 * region / total:.1f}% of the "
          f"bytes (first versions counted whole)")
    if a.line_diff:
        print(f"  added lines of a line diff: {diff_bytes / mb:.1f} MB = {100 * diff_bytes / max(based, 1):.1f}% of the "
              f"bytes of the later versions")
    print(f"  engine CPU, whole blobs: {t_full:.2f} s; changed regions +{CONTEXT_LINES} lines/{CONTEXT_BYTES} B of "
          f"context only: {t_win:.2f} s ({100 * t_win / t_full:.0f}%)")
    print(f"  obstacles: {n_iac:,} IaC documents ({iac_bytes / mb:.1f} MB, analysed whole); {n_kw:,} of {len(full_frags):,}"
          f" blobs ({100 * n_kw / len(full_frags):.0f}%) hold a keyword of the {len(set(nonlocal_kw))} keywords of "
          f"rules whose confirmation is not local (WHOLE/OLD window modes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
