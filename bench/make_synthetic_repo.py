#!/usr/bin/env python3
"""Make a synthetic git repository with thousands of commits, for timing history audits.

    python bench/make_synthetic_repo.py /tmp/synth --commits 5000 --files 400 --secrets 25

Built with one `git fast-import` stream (seconds, not minutes).  Files are
source-like text that grows and changes; every 97th commit is on a side branch
that is merged back (first-parent history has merges), every 500th commit is
tagged, and --secrets synthetic GitHub tokens are planted in random commits,
half of them deleted again later.  Every token is random at run time; the
planted ones are written to <repo>.planted.txt so an audit can be checked.
"""
from __future__ import annotations

import argparse
import random
import secrets
import string
import subprocess
import zlib
from pathlib import Path

WORDS = ("def class return import self value config client request response data items index result "
         "error status handler service update create delete fetch parse build render logger").split()
_B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def gh_token() -> str:
    body = "".join(secrets.choice(string.ascii_letters + string.digits) for _ in range(30))
    crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
    enc = ""
    while crc:
        crc, r = divmod(crc, 62)
        enc = _B62[r] + enc
    return "ghp_" + body + enc.rjust(6, "0")


def line(rng: random.Random) -> str:
    return "    " + " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 10))) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--commits", type=int, default=5000)
    ap.add_argument("--files", type=int, default=400)
    ap.add_argument("--secrets", type=int, default=25)
    ap.add_argument("--seed", type=int, default=1)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    repo = Path(a.path)
    repo.mkdir(parents=True, exist_ok=False)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    files = {f"src/pkg{i % 20}/mod_{i}.py": [line(rng) for _ in range(rng.randint(20, 120))] for i in range(a.files)}
    plant_at = set(rng.sample(range(1, a.commits), a.secrets))
    planted: list[tuple[int, str, str]] = []
    to_delete: dict[int, str] = {}
    out: list[bytes] = []
    mark = 0
    main_mark = 0
    side_mark = 0

    def emit_commit(branch: str, n: int, changes: dict[str, "str | None"], parent: int, merge: int = 0) -> int:
        nonlocal mark
        mark += 1
        msg = f"commit {n}\n".encode()
        ts = 1500000000 + n * 3600
        who = rng.choice(["Ann <ann@example.invalid>", "Bob <bob@example.invalid>", "Cy <cy@example.invalid>"])
        out.append(f"commit refs/heads/{branch}\nmark :{mark}\nauthor {who} {ts} +0000\n"
                   f"committer {who} {ts} +0000\ndata {len(msg)}\n".encode() + msg)
        if parent:
            out.append(f"from :{parent}\n".encode())
        if merge:
            out.append(f"merge :{merge}\n".encode())
        for p, content in changes.items():
            if content is None:
                out.append(f"D {p}\n".encode())
            else:
                b = content.encode()
                out.append(f"M 100644 inline {p}\ndata {len(b)}\n".encode() + b + b"\n")
        return mark

    for n in range(a.commits):
        changes: dict[str, "str | None"] = {}
        for p in rng.sample(sorted(files), rng.randint(1, 3)):
            body = files[p]
            for _ in range(rng.randint(1, 4)):
                body.insert(rng.randrange(len(body) + 1), line(rng))
            if len(body) > 200:
                del body[: 50]
            changes[p] = "".join(body)
        if n in plant_at:
            tok = gh_token()
            p = f"deploy/env_{n}.sh"
            changes[p] = f"export GITHUB_TOKEN={tok}\n"
            planted.append((n, p, tok))
            if rng.random() < 0.5:
                to_delete[min(a.commits - 1, n + rng.randint(1, 200))] = p
        if n in to_delete:
            changes[to_delete[n]] = None
        if n % 97 == 50 and main_mark:
            side_mark = emit_commit("side", n, changes, main_mark)
            main_mark = emit_commit("main", n, {}, main_mark, merge=side_mark)
        else:
            main_mark = emit_commit("main", n, changes, main_mark)
        if n % 500 == 499:
            out.append(f"reset refs/tags/v{n // 500}\nfrom :{main_mark}\n".encode())
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=repo, check=True)
    subprocess.run(["git", "gc", "-q"], cwd=repo, check=True)
    Path(str(repo) + ".planted.txt").write_text("".join(f"{n}\t{p}\t{t}\n" for n, p, t in planted))
    print(f"{repo}: {a.commits} commits (+ merges), {a.files} files, {len(planted)} planted tokens")


if __name__ == "__main__":
    main()
