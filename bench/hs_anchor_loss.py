"""Does the hyperscan database of all rules lose matches that a rule's own database (or ``re``) reports?

    python bench/hs_anchor_loss.py 'tests/fixtures/**'            # exit 1 when any end offset is lost
    python bench/hs_anchor_loss.py --vs-re 'tests/fixtures/**'    # also check every re match's end

For every built-in rule, compile it alone (flags as the matcher compiles it) and compare the end offsets it
reports on each file with those the database of all rules reports for it. Any end offset the full database
misses is printed as LOST.  With --vs-re, every match ``re`` finds for the rule (the confirming regex, over the
whole file) must end where the full database reports one (prefilter mode only ever adds ends): a miss is
printed as LOST-RE.  The single-rule comparison cannot see a loss inside one rule's own database.

Session 14: python-hyperscan 0.7.23-0.9.1 bundle vectorscan 5.4.12, whose double-shufti acceleration loses
matches (VectorCamp/vectorscan#358, fixed by #368 after 5.4.12; regression from #325).  Reduced case:
bench/hs_loss_repro.py.  credgate's matcher probes the engine (credgate.linter.hsprobe) and falls back to
the pure-Python matcher on an engine that loses matches; pyproject pins hyperscan<0.7.23 (vectorscan 5.4.11).
This script always uses the hyperscan module it imports, sound or not: run it to measure an engine.
Slow: one compile and one scan of every file per rule (minutes over all fixtures).
"""
from __future__ import annotations

import argparse
import collections
import glob
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("globs", nargs="+")
    ap.add_argument("--max-bytes", type=int, default=2_000_000)
    ap.add_argument("--vs-re", action="store_true", help="also check every re match of every rule")
    a = ap.parse_args(argv)
    import hyperscan

    from credgate.linter.hsprobe import probe
    from credgate.linter.matcher import Matcher, widen_for_hyperscan
    from credgate.linter.ruleset import load_ruleset

    print(f"hyperscan {getattr(hyperscan, '__version__', '?')}: probe {'sound' if probe(hyperscan) else 'LOSES MATCHES'}")
    rs = load_ruleset()
    m = Matcher(rs, engine="python")
    rules = rs.rules
    exprs = [widen_for_hyperscan(r.regex)[0].encode() for r in rules]
    flags = [m._hs_flags(r) for r in rules]
    full = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    full.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
    files = sorted({p for g in a.globs for p in glob.glob(g, recursive=True)
                    if os.path.isfile(p) and os.path.getsize(p) <= a.max_bytes})
    datas = [open(f, "rb").read() for f in files]
    print(f"{len(rules)} rules, {len(files)} files, {sum(map(len, datas)) // 1000} KB", flush=True)
    fullhits = [collections.defaultdict(set) for _ in datas]
    for k, d in enumerate(datas):
        full.scan(d, match_event_handler=lambda i, f, t, x, c, k=k: fullhits[k][i].add(t))
    lost = lost_re = 0
    for i, (e, f) in enumerate(zip(exprs, flags)):
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        try:
            db.compile(expressions=[e], ids=[i], elements=1, flags=[f])
        except hyperscan.error:
            continue
        pat = rs.compile_one(i).pattern if a.vs_re else None
        for k, d in enumerate(datas):
            got: set = set()
            db.scan(d, match_event_handler=lambda j, fr, t, x, c: got.add(t))
            miss = got - fullhits[k][i]
            if miss:
                lost += len(miss)
                print(f"LOST {rules[i].id} {files[k]} {sorted(miss)[:5]}", flush=True)
            if pat is not None:
                miss_re = {mt.end() for mt in pat.finditer(d) if mt.end() > mt.start()} - fullhits[k][i]
                if miss_re:
                    lost_re += len(miss_re)
                    print(f"LOST-RE {rules[i].id} {files[k]} {sorted(miss_re)[:5]}", flush=True)
    print(f"lost end offsets: {lost}" + (f"; re match ends the full database missed: {lost_re}" if a.vs_re else ""))
    return 1 if lost or lost_re else 0


if __name__ == "__main__":
    sys.exit(main())
