#!/usr/bin/env python3
"""Make JSON exports of a user table: the shape of issue 16's slow user-table dump.

    python bench/make_userdump.py --records 25000 --files 3 --out /tmp/cg-userdump

Each file is one JSON array of ``--records`` records, one record a line::

    {"login": "jdoe17", "account": "ACME-004211", "password_hash": "<SHA-256, 64 lower-case hex>",
     "password_reset_required": false, "note": "password was reset by helpdesk"}

Every value differs per record (a seeded RNG: the same files on every run), so no per-value memo helps: each
hash is a candidate of the generic password/secret rules that the judge sees once.  There are no secrets in
it: a clean scan reports nothing (at 25,000 records x 3 files: ~7 MB a file).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

FIRST = ("j", "a", "m", "s", "k", "p", "r", "t", "l", "d", "e", "b", "c", "n", "o", "h")
LAST = ("doe", "smith", "nguyen", "garcia", "muller", "rossi", "kowalski", "tanaka", "okafor", "silva",
        "jensen", "dubois", "ivanov", "khan", "lee", "brown", "martin", "novak", "haddad", "costa")
ORGS = ("ACME", "GLOBEX", "INITECH", "UMBRELLA", "HOOLI", "STARK", "WAYNE", "TYRELL")
NOTES = ("password was reset by helpdesk", "password was reset by helpdesk", "password was reset by helpdesk",
         "password changed by user", "account locked after failed logins", "")


def record(rng: random.Random, i: int) -> dict:
    login = f"{rng.choice(FIRST)}{rng.choice(LAST)}{rng.randrange(100)}"
    return {
        "login": login,
        "account": f"{rng.choice(ORGS)}-{rng.randrange(10**6):06d}",
        "password_hash": hashlib.sha256(f"{login}:{i}:{rng.random()}".encode()).hexdigest(),
        "password_reset_required": rng.random() < 0.1,
        "note": rng.choice(NOTES),
    }


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=25000, help="records per file (default 25000)")
    ap.add_argument("--files", type=int, default=3, help="number of files (default 3)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=16, help="RNG seed (default 16)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    n = 0
    for f in range(a.files):
        lines = [json.dumps(record(rng, n + i)) for i in range(a.records)]
        n += a.records
        path = out / f"users_{f:02d}.json"
        path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
        print(f"{path}: {a.records} records, {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
