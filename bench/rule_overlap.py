#!/usr/bin/env python3
"""Which rules also match each rule's own examples: the map for merging overlapping rule packs.

Every built-in rule carries examples that `credgate rules check` runs through an engine holding that
rule set.  This report runs every example through ONE engine holding all the rules (matcher, filters,
entropy: everything but the final one-finding-per-secret step) and lists, for each pair of rules that
report the same secret of an example, how many examples they share and which rule wins the overlap
(engine._specificity decides; the winner's id, fingerprint and baseline entry are what users see).

A pair where the second rule wins every shared example is a candidate for merging (the first rule
never speaks on its own examples); a pair split both ways is worth a look (two rules disagree on what
a shape is).  The report reads only the rules' own examples: no corpus, no fixture.

usage:
  python bench/rule_overlap.py                 # pairs sorted by shared examples, top 60
  python bench/rule_overlap.py --rule RULE_ID  # every overlap of one rule, with the examples
  python bench/rule_overlap.py --json out.json # the whole map
"""
from __future__ import annotations

import argparse
import json
import os
import sys
from collections import defaultdict

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from credgate.config import Config  # noqa: E402
from credgate.linter import engine as engine_mod  # noqa: E402
from credgate.linter.engine import Engine  # noqa: E402
from credgate.linter.ruleset import RuleSet, builtin_rules  # noqa: E402


def _example_path(rule) -> str:  # the same choice as `credgate rules check`
    if not rule.paths:
        return "example.txt"
    glob = rule.paths[0].replace("**/", "").replace("*", "x").replace("?", "x")
    return glob.lstrip("/") or "example.txt"


def overlap_map() -> "dict[tuple[str, str], list[tuple[str, str]]]":
    """(owner rule, other rule) -> [(example, winner id)] for each example of owner that other also reports."""
    rules = builtin_rules()
    eng = Engine(Config(), RuleSet(list(rules)), iac=False)
    seen: "list[list]" = []
    real = engine_mod._dedupe_overlaps

    def recording(found):  # the findings before one-per-secret: every rule that spoke
        seen.append(list(found))
        return real(found)

    engine_mod._dedupe_overlaps = recording
    pairs: "dict[tuple[str, str], list[tuple[str, str]]]" = defaultdict(list)
    try:
        for r in rules:
            for ex in r.examples:
                seen.clear()
                kept = eng.scan_bytes(ex.encode(), _example_path(r))
                raw = [f for batch in seen for f in batch]
                mine = [f for f in raw if f.rule_id == r.id]
                if not mine:
                    continue
                for f in mine:
                    others = {o.rule_id for o in raw if o.rule_id != r.id and o.line == f.line
                              and (o.secret in f.secret or f.secret in o.secret)}
                    if not others:
                        continue
                    winner = next((k.rule_id for k in kept if k.line == f.line
                                   and (k.secret in f.secret or f.secret in k.secret)), "?")
                    for o in sorted(others):
                        pairs[(r.id, o)].append((ex, winner))
    finally:
        engine_mod._dedupe_overlaps = real
    return pairs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rule", help="show every overlap of this rule id, with its examples")
    ap.add_argument("--top", type=int, default=60)
    ap.add_argument("--json", help="write the whole map here")
    a = ap.parse_args(argv)
    pairs = overlap_map()
    if a.json:
        with open(a.json, "w") as fh:
            json.dump([{"rule": k[0], "other": k[1], "examples": len(v),
                        "owner_wins": sum(w == k[0] for _, w in v),
                        "other_wins": sum(w == k[1] for _, w in v)} for k, v in sorted(pairs.items())], fh, indent=1)
    if a.rule:
        for (owner, other), v in sorted(pairs.items()):
            if a.rule not in (owner, other):
                continue
            for ex, w in v:
                print(f"{owner} ~ {other}  winner={w}  {ex[:100]!r}")
        return 0
    owners = {k[0] for k in pairs}
    never = [o for o in sorted(owners)
             if all(w != o for (own, _), v in pairs.items() if own == o for _, w in v)]
    print(f"{len(pairs)} overlapping pairs; {len(owners)} rules share an example with another rule; "
          f"{len(never)} of them win none of their shared examples")
    print(f"{'rule':45} {'other':45} {'shared':>6} {'own wins':>8} {'other wins':>10}")
    for (owner, other), v in sorted(pairs.items(), key=lambda kv: (-len(kv[1]), kv[0]))[: a.top]:
        print(f"{owner:45} {other:45} {len(v):6} {sum(w == owner for _, w in v):8} "
              f"{sum(w == other for _, w in v):10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
