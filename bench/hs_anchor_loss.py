"""Does the hyperscan database of all rules lose matches that a rule's own database reports?

    python bench/hs_anchor_loss.py 'tests/fixtures/**'

For every built-in rule, compile it alone (flags as the matcher compiles it) and compare the end offsets it
reports on each file with those the database of all rules reports for it. Any end offset the full database
misses is printed as LOST. python-hyperscan 0.9.1 bundles vectorscan 5.4.12, which loses some matches in a
database of many rules that the rule's own database reports (session 13: network-device-clear-key's last line of
tests/fixtures/s12_devconf_classes/hit/net/edge-rtr02.cfg is lost in a database that also holds
network-os-plaintext-secret and ppp-peer-password, which match nothing in that file; with flags or without).
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
    a = ap.parse_args(argv)
    import hyperscan

    from credgate.linter.matcher import Matcher, widen_for_hyperscan
    from credgate.linter.ruleset import load_ruleset

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
    lost = 0
    for i, (e, f) in enumerate(zip(exprs, flags)):
        db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        try:
            db.compile(expressions=[e], ids=[i], elements=1, flags=[f])
        except hyperscan.error:
            continue
        for k, d in enumerate(datas):
            got: set = set()
            db.scan(d, match_event_handler=lambda j, fr, t, x, c: got.add(t))
            miss = got - fullhits[k][i]
            if miss:
                lost += len(miss)
                print(f"LOST {rules[i].id} {files[k]} {sorted(miss)[:5]}", flush=True)
    print(f"lost end offsets: {lost}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
