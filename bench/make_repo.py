#!/usr/bin/env python3
"""Make a synthetic git repository with thousands of commits, IaC files and planted secrets.

    python bench/make_repo.py /tmp/cgb/repo --commits 5000 --files 600 --secrets 40

One ``git fast-import`` stream (seconds).  Files are Python, JavaScript, JSON
configs and CloudFormation templates that grow and change over time; every 97th
commit is made on a side branch and merged back, every 500th is tagged.
``--secrets`` synthetic credentials (AWS key pairs in .env files, GitHub tokens
in CloudFormation Lambda environments, Slack tokens in JSON, Stripe keys in
Python) are planted in random commits; half are deleted again later, so they
live only in history.  The plants are listed in ``<repo>.planted.json`` (kind,
path, commit number; no secret values).  Deterministic for a given --seed.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synth import CFN_BASE, PLANTS, code_line, json_record  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("path")
    ap.add_argument("--commits", type=int, default=5000)
    ap.add_argument("--files", type=int, default=600)
    ap.add_argument("--secrets", type=int, default=40)
    ap.add_argument("--seed", type=int, default=11)
    ap.add_argument("--max-changes", type=int, default=3,
                    help="each commit changes 1 to this many files (6 with --commits 6000 gives ~250 MB of unique "
                         "blobs, the size issue 16 measures)")
    ap.add_argument("--refs", type=int, default=0,
                    help="also make this many extra refs (release tags and branches spread over the history, "
                         "like boto3's 3,000 release tags), for the history exposure benchmark")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    repo = Path(a.path)
    repo.mkdir(parents=True, exist_ok=False)
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)

    files: dict[str, list[str]] = {}
    for i in range(a.files):
        kind = i % 10
        if kind < 5:
            p = f"src/pkg{i % 25}/mod_{i}.py"
        elif kind < 7:
            p = f"web/app{i % 8}/comp_{i}.js"
        elif kind < 9:
            p = f"config/svc{i % 12}/settings_{i}.json"
        else:
            p = f"infra/stack_{i}.yaml"
        if p.endswith(".json"):
            body = json.dumps([json_record(rng, j) for j in range(rng.randint(5, 60))], indent=2).splitlines(True)
        elif p.endswith(".yaml"):
            body = CFN_BASE.splitlines(True)
        else:
            body = [code_line(rng) for _ in range(rng.randint(30, 300))]
        files[p] = body
    names = sorted(files)
    plant_at = set(rng.sample(range(1, a.commits), a.secrets))
    planted: list[dict] = []
    to_delete: dict[int, str] = {}
    out: list[bytes] = []
    mark = 0
    main_mark = 0
    authors = ["Ann <ann@example.invalid>", "Bob <bob@example.invalid>", "Cy <cy@example.invalid>",
               "Dee <dee@example.invalid>"]

    def emit(branch: str, n: int, changes: dict[str, "str | None"], parent: int, merge: int = 0) -> int:
        nonlocal mark
        mark += 1
        msg = f"change {n}\n".encode()
        ts = 1500000000 + n * 3600
        who = rng.choice(authors)
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

    first = {p: "".join(b) for p, b in files.items()}
    main_mark = emit("main", 0, dict(first), 0)
    main_marks: list[int] = []
    for n in range(1, a.commits):
        changes: dict[str, "str | None"] = {}
        for p in rng.sample(names, rng.randint(1, a.max_changes)):
            body = files[p]
            if p.endswith(".json"):
                rec = json.dumps(json_record(rng, n), indent=2).splitlines(True)
                at = rng.randrange(1, max(2, len(body) - 1))
                body[at:at] = [ln if ln.endswith("\n") else ln + "\n" for ln in rec[:-1]] + [rec[-1].rstrip() + ",\n"]
            elif p.endswith(".yaml"):
                body.append(f"  Queue{n}:\n    Type: AWS::SQS::Queue\n    Properties:\n      QueueName: q-{n}\n")
            else:
                for _ in range(rng.randint(1, 6)):
                    body.insert(rng.randrange(len(body) + 1), code_line(rng))
            if len(body) > 600:
                del body[1:150]
            changes[p] = "".join(body)
        if n in plant_at:
            kind, suffix, render = PLANTS[len(planted) % len(PLANTS)]
            p = f"deploy/{kind}_{n}{suffix}"
            changes[p] = render(rng)
            gone = rng.random() < 0.5
            planted.append({"kind": kind, "path": p, "commit": n, "deleted_later": gone})
            if gone:
                to_delete[min(a.commits - 1, n + rng.randint(1, 300))] = p
        if n in to_delete:
            changes[to_delete[n]] = None
        if n % 97 == 50:
            side = emit("side", n, changes, main_mark)
            main_mark = emit("main", n, {}, main_mark, merge=side)
        else:
            main_mark = emit("main", n, changes, main_mark)
        if n % 500 == 499:
            out.append(f"reset refs/tags/v{n // 500}\nfrom :{main_mark}\n".encode())
        main_marks.append(main_mark)
    # --refs: release tags (two of three annotated) and branches at commits spread over the history
    for r in range(a.refs):
        at = main_marks[(r * len(main_marks)) // max(1, a.refs)]
        if r % 4 == 3:
            out.append(f"reset refs/heads/release/{r}\nfrom :{at}\n".encode())
        elif r % 3:
            msg = f"release 1.{r}\n".encode()
            out.append(f"tag rel-1.{r}\nfrom :{at}\ntagger Rel <rel@example.invalid> {1500000000 + r} +0000\n"
                       f"data {len(msg)}\n".encode() + msg)
        else:
            out.append(f"reset refs/tags/light-1.{r}\nfrom :{at}\n".encode())
    subprocess.run(["git", "fast-import", "--quiet"], cwd=repo, input=b"".join(out), check=True)
    subprocess.run(["git", "checkout", "-q", "-f", "main"], cwd=repo, check=True)
    subprocess.run(["git", "gc", "-q"], cwd=repo, check=True)
    Path(str(repo) + ".planted.json").write_text(json.dumps(planted, indent=1))
    print(f"{repo}: {a.commits} commits (+ merges), {a.files} files, {len(planted)} planted secrets, "
          f"{a.refs} extra refs")


if __name__ == "__main__":
    main()
