"""Print the table behind ``credgate.linter.entropy.random_floor``: the 1st percentile of the Shannon
entropy (bits/char) of n characters drawn uniformly from k symbols, 20,000 draws per cell (seed 7).

    python bench/entropy_floor.py            # rows k = 16, 32, 36 at n = 12 ... 64
    python bench/entropy_floor.py --q 0.05   # another quantile
"""
from __future__ import annotations

import argparse
import math
import random
import sys
from collections import Counter


def shannon(value: str) -> float:
    n = len(value)
    return -sum((c / n) * math.log2(c / n) for c in Counter(value).values())


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--q", type=float, default=0.01, help="quantile (default 0.01)")
    ap.add_argument("--draws", type=int, default=20000)
    ap.add_argument("--seed", type=int, default=7)
    a = ap.parse_args(argv)
    rng = random.Random(a.seed)
    ns = (12, 16, 20, 24, 32, 40, 48, 64)
    print("k  " + " ".join(f"{n:>5}" for n in ns))
    for k in (16, 32, 36):
        alphabet = [chr(33 + i) for i in range(k)]
        row = []
        for n in ns:
            hs = sorted(shannon("".join(rng.choice(alphabet) for _ in range(n))) for _ in range(a.draws))
            row.append(hs[int(a.q * a.draws)])
        print(f"{k:<3}" + " ".join(f"{h:5.2f}" for h in row))
    return 0


if __name__ == "__main__":
    sys.exit(main())
