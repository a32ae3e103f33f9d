#!/usr/bin/env python3
"""Make JSON exports of a user table: the shape of issue 16's slow user-table dump.

    python bench/make_userdump.py --records 25000 --files 3 --out /tmp/cg-userdump

Each file is one JSON array of ``--records`` records, one record a line::

    {"login": "jdoe17", "account": "ACME-004211", "password_hash": "<SHA-256, 64 lower-case hex>",
     "password_reset_required": false, "note": "password was reset by helpdesk"}

Every value differs per record (a seeded RNG: the same files on every run), so no per-value memo helps: each
hash is a candidate of the generic password/secret rules that the judge sees once.  There are no secrets in
it (a clean scan reports nothing; ~5 MB a file at 25,000 records) unless ``--plant N`` makes N records a file
leak one in the same shape (a password beside the hash, a hash under a password key, an API token, a note that
gives the new password): for checking that a change kept every finding (bench/same_report.py).
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


def planted(rng: random.Random, rec: dict, k: int) -> dict:
    """A record that leaks a secret in the dump's own shape (--plant): a plain password beside the hash, a hash
    stored under a password key, an API token, or a note that gives the new password."""
    alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    pw = "".join(rng.choice(alphabet) for _ in range(12)) + rng.choice("!#%&") + str(rng.randrange(10, 99))
    kind = k % 4
    rec = dict(rec)
    if kind == 0:
        rec["password"] = pw
    elif kind == 1:
        rec["password"] = rec.pop("password_hash")
    elif kind == 2:
        rec["api_token"] = hashlib.sha256(pw.encode()).hexdigest()
    else:
        rec["note"] = f"password was reset by helpdesk, set to {pw} until first login"
    return rec


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--records", type=int, default=25000, help="records per file (default 25000)")
    ap.add_argument("--files", type=int, default=3, help="number of files (default 3)")
    ap.add_argument("--out", required=True, help="output folder (created)")
    ap.add_argument("--seed", type=int, default=16, help="RNG seed (default 16)")
    ap.add_argument("--plant", type=int, default=0,
                    help="records per file that leak a secret in the same shape (default 0: a clean dump)")
    a = ap.parse_args(argv)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(a.seed)
    n = 0
    for f in range(a.files):
        recs = [record(rng, n + i) for i in range(a.records)]
        for k, i in enumerate(sorted(rng.sample(range(a.records), min(a.plant, a.records)))):
            recs[i] = planted(rng, recs[i], k)
        lines = [json.dumps(r) for r in recs]
        n += a.records
        path = out / f"users_{f:02d}.json"
        path.write_text("[\n" + ",\n".join(lines) + "\n]\n", encoding="utf-8")
        print(f"{path}: {a.records} records, {path.stat().st_size / 1e6:.1f} MB", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
