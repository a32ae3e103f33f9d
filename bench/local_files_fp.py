#!/usr/bin/env python3
"""False positives on the machine's own files: site-packages, /usr/share, /etc and the shell scripts under /usr.

Nothing there holds a live secret of ours, so every finding is a candidate false positive.  The text files
(source, config, docs, shell scripts by extension or ``#!`` line, under 512 KB, no NUL bytes) under the roots
are scanned in-process by the engine with an empty config, one TSV line per finding (path, line, rule); compare
two runs with ``diff``.  Run the code under test with PYTHONPATH (no install needed):

    PYTHONPATH=/work/main python bench/local_files_fp.py --out before.tsv
    python bench/local_files_fp.py --out after.tsv && diff <(cut -f1-3 before.tsv) <(cut -f1-3 after.tsv)
"""
from __future__ import annotations

import argparse
import collections
import os
import re
import sys

EXT = re.compile(r"\.(?:py|pyi|sh|bash|zsh|ya?ml|toml|ts|js|json|md|rst|txt|cfg|ini|conf|pl|rb|ps1|html|xml|"
                 r"properties|env|tf|go|java|kt|swift|rs|tcl|el)$|(?:^|/)Dockerfile[^/]*$")
SHEBANG = re.compile(rb"#![ \t]*(?:/usr)?(?:/local)?/bin/(?:env[ \t]+)?(?:ba|da|z|k)?sh\b")
DEFAULT_ROOTS = [sys.prefix, "/usr/lib/python3/dist-packages", "/usr/share", "/etc", "/usr/bin", "/usr/sbin",
                 "/usr/lib", "/usr/libexec", "/usr/local/bin"]


def files(roots: "list[str]", limit: int = 512 * 1024) -> "list[str]":
    out = set()
    for root in roots:
        for d, _dirs, names in os.walk(root):
            for n in names:
                p = os.path.join(d, n)
                try:
                    if not os.path.isfile(p) or os.path.islink(p) or os.path.getsize(p) > limit:
                        continue
                    if EXT.search(p):
                        out.add(p)
                    elif root.startswith(("/usr", "/etc")):
                        with open(p, "rb") as fh:
                            if SHEBANG.match(fh.read(64)):
                                out.add(p)
                except OSError:
                    continue
    return sorted(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", required=True, help="TSV of findings (path, line, rule)")
    ap.add_argument("roots", nargs="*", default=DEFAULT_ROOTS)
    args = ap.parse_args()
    from credgate.config import Config
    from credgate.linter.engine import Engine
    from credgate.models import Fragment

    engine = Engine(Config())
    rules: "collections.Counter[str]" = collections.Counter()
    todo = files(args.roots)
    with open(args.out, "w") as out:
        for p in todo:
            try:
                with open(p, "rb") as fh:
                    data = fh.read()
            except OSError:
                continue
            if b"\x00" in data[:4096]:
                continue
            for f in engine.scan(Fragment(path=p, data=data))[0]:
                out.write(f"{p}\t{f.line}\t{f.rule_id}\n")
                rules[f.rule_id] += 1
    print(f"{len(todo)} files, {sum(rules.values())} findings")
    for rid, n in rules.most_common():
        print(f"  {n:5d}  {rid}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
