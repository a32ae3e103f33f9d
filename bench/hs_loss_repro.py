"""Standalone reduction of the hyperscan multi-pattern match loss (session 14).

    python bench/hs_loss_repro.py          # exit 1 if the bundled engine loses the match

Pattern A = [\\r\\n][ \\t]*wp reports end offset 20 on 16 bytes + "\\n wp" + 15 bytes when compiled alone,
and reports nothing when compiled in one block-mode database with B = [\\r\\n][ \\t]*x{18} (a literal of 18+
bytes behind the same class prefix; B matches nothing here).  No flags needed.  Needs 15+ bytes before the
newline and a buffer of 35+ bytes.  Seen with python-hyperscan 0.7.0-0.9.1 (vectorscan 5.4.11/5.4.12);
python-hyperscan 0.6.0 (Intel Hyperscan 5.4.2) reports the match.
"""
from __future__ import annotations

import sys

A = rb"[\r\n][ \t]*wp"
B = rb"[\r\n][ \t]*xxxxxxxxxxxxxxxxxx"
DATA = b"y" * 16 + b"\n wp" + b"y" * 15


def ends(exprs: list, flags: int = 0) -> set:
    import hyperscan

    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=[flags] * len(exprs))
    out: set = set()
    db.scan(DATA, match_event_handler=lambda i, f, t, x, c: out.add((i, t)))
    return out


def main() -> int:
    import hyperscan

    lost = 0
    for name, fl in (("no flags", 0), ("prefilter", hyperscan.HS_FLAG_PREFILTER)):
        alone = {t for _i, t in ends([A], fl)}
        both = {t for i, t in ends([A, B], fl) if i == 0}
        lost += len(alone - both)
        print(f"hyperscan {getattr(hyperscan, '__version__', '?')} {name}: A alone {sorted(alone)}, "
              f"A with B {sorted(both)}{'  LOST' if alone - both else ''}")
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
