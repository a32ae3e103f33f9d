"""credgate rules: list the rules, or check rule files against their own examples."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from credgate.config import Config, load_config
from credgate.errors import EXIT_CLEAN, EXIT_FINDINGS
from credgate.iac import RULE_DOCS
from credgate.iac.rules import RULES
from credgate.linter.engine import Engine
from credgate.linter.regexshape import prefilter_problem
from credgate.linter.ruleset import _ID_RE, RuleSet, builtin_rules, load_rule_file, load_ruleset

DESCRIPTION = """\
List the rules credgate runs (built-in, from your config, and from --rules
files), or check a rule file: every example must be reported by the full
engine (matcher, validators, entropy, filters) and no negative example may be.

Built-in rules are TOML data (credgate/linter/rules/*.toml).  Your own rules go
under [[rules]] in .credgate.toml or in a separate file passed with --rules;
a gitleaks TOML config is read as custom rules too.  Rule ids are permanent:
they key baselines and allowlists.
"""

EPILOG = """\
examples:
  credgate rules list                       id, severity and name of every rule
  credgate rules list --format json         for scripts
  credgate rules check                      the built-in rules against their examples
  credgate rules check my-rules.toml        your rule file: exit 1 on any problem
  credgate explain RULE_ID                  what one rule finds and how to fix it

a rule (TOML):
  [[rules]]
  id = "acme-internal-token"
  name = "ACME internal API token"
  severity = "high"
  regex = '''\\b(acme_[a-z0-9]{32})\\b'''
  secret_group = 1
  keywords = ["acme_"]
  examples = ['token = "acme_8f2k3j4h5g6f7d8s9a0q1w2e3r4t5y6u"']
  negative_examples = ['token = "acme_<your-token>"']

exit codes: list: 0; check: 0 every example behaves, 1 problems (listed), 2 a
rule file cannot be read.
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="rules_command", metavar="ACTION")
    lp = sub.add_parser("list", help="list rules")
    lp.add_argument("--format", choices=["text", "json"], default="text")
    lp.add_argument("-c", "--config", metavar="FILE")
    cp = sub.add_parser("check", help="check rule files against their examples")
    cp.add_argument("files", nargs="*", metavar="FILE", help="rule files (default: the built-in rules)")
    cp.add_argument("--matcher", choices=["auto", "hyperscan", "python"], default="auto")


def run(args: argparse.Namespace) -> int:
    if args.rules_command == "check":
        return _check(args)
    return _list(args)


def _list(args: argparse.Namespace) -> int:
    config = load_config(getattr(args, "config", None))
    rs = load_ruleset(config)
    iac = _iac_rules(config)
    for w in rs.warnings:
        print(f"warning: {w}", file=sys.stderr)
    if getattr(args, "format", "text") == "json":
        print(json.dumps([
            {"id": r.id, "name": r.name, "severity": str(r.severity), "confidence": str(r.confidence),
             "tags": list(r.tags), "origin": r.origin, "engine": "pattern"} for r in rs.rules] + [
            {"id": r.id, "name": r.name, "severity": str(r.severity), "confidence": str(r.confidence),
             "tags": list(r.tags), "origin": "builtin", "engine": "iac"} for r in iac], indent=2))
        return EXIT_CLEAN
    width = max((len(r.id) for r in [*rs.rules, *iac]), default=10)
    for r in rs.rules:
        print(f"{r.id:<{width}}  {str(r.severity):<8}  {r.name}" + ("" if r.origin == "builtin" else f"  ({r.origin})"))
    for r in iac:
        print(f"{r.id:<{width}}  {str(r.severity):<8}  {r.name}  (IaC slot check)")
    print(f"{len(rs.rules) + len(iac)} rules ({len(iac)} IaC slot checks)", file=sys.stderr)
    return EXIT_CLEAN


def _iac_rules(config=None) -> list:  # type: ignore[no-untyped-def]
    """The IaC analysers' rules (credgate.iac.rules), minus those disabled in the config."""
    disabled = set(getattr(config, "disabled_rules", ()) or ())
    return [r for r in RULES.values() if r.id not in disabled]


def check_iac_rules(pattern_ids: "set[str]") -> list[str]:
    """IaC slot checks have no regex examples: check what every rule must have (their behaviour is
    covered by the IaC fixtures under tests/iac)."""
    documented = dict(RULE_DOCS)  # IaC slot checks and parse errors document themselves there

    problems: list[str] = []
    for r in _iac_rules():
        if not _ID_RE.match(r.id):
            problems.append(f"{r.id}: id must be lowercase letters, digits, '-', '.', '_'")
        if r.id in pattern_ids:
            problems.append(f"{r.id}: IaC rule id also used by a pattern rule")
        if not r.name or len(r.remediation.strip()) < 40:
            problems.append(f"{r.id}: missing name or remediation")
        if r.id not in documented:
            problems.append(f"{r.id}: credgate explain knows nothing about it")
    return problems


def check_rules(rules: list, matcher: str = "auto") -> list[str]:
    """Run each rule's examples through a full engine holding only that rule set."""
    problems: list[str] = []
    engine = Engine(Config(), RuleSet(list(rules)), matcher=matcher, iac=False)
    engine.record_drops = True
    for r in rules:
        path = _example_path(r)
        if not r.examples:
            problems.append(f"{r.id}: no examples")
        if not r.negative_examples:
            problems.append(f"{r.id}: no negative examples")
        if r.prefilter:
            why = prefilter_problem(r.regex, r.prefilter, r.flags)
            if why:
                problems.append(f"{r.id}: prefilter {why}")
        for ex in r.examples:
            if r.keywords and not any(k in ex.lower() for k in r.keywords):
                problems.append(f"{r.id}: example holds none of the rule's keywords (the fallback matcher would miss it): {ex[:60]!r}")
            engine.drops.clear()
            hits = [f for f in engine.scan_bytes(ex.encode(), path) if f.rule_id == r.id]
            if not hits:
                why = "; ".join(d.reason for d in engine.drops if d.rule_id == r.id) or "no match"
                problems.append(f"{r.id}: example not reported ({why}): {ex[:60]!r}")
        for ex in r.negative_examples:
            hits = [f for f in engine.scan_bytes(ex.encode(), path) if f.rule_id == r.id]
            if hits:
                problems.append(f"{r.id}: negative example reported: {ex[:60]!r}")
    return problems


def _example_path(rule) -> str:
    """A path the rule applies to (rules limited by ``paths`` only run there)."""
    if not rule.paths:
        return "example.txt"
    glob = rule.paths[0].replace("**/", "").replace("*", "x").replace("?", "x")
    return glob.lstrip("/") or "example.txt"


def _check(args: argparse.Namespace) -> int:
    if args.files:
        rules = []
        warnings: list[str] = []
        for f in args.files:
            rules.extend(load_rule_file(Path(f), warnings=warnings))
        for w in warnings:
            print(f"warning: {w}", file=sys.stderr)
    else:
        rules = builtin_rules()
    ids = [r.id for r in rules]
    problems = [f"duplicate rule id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    problems += check_rules(rules, args.matcher)
    n_iac = 0
    if not args.files:  # the built-in set: IaC slot checks are rules too
        problems += check_iac_rules(set(ids))
        n_iac = len(_iac_rules())
    for p in problems:
        print(p)
    print(f"checked {len(rules) + n_iac} rules ({n_iac} IaC slot checks): {len(problems)} problem(s)",
          file=sys.stderr)
    return EXIT_FINDINGS if problems else EXIT_CLEAN
