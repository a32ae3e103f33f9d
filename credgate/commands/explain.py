"""credgate explain RULE_ID: what a rule finds and how to fix what it found."""
from __future__ import annotations

import argparse
import difflib

from credgate.config import load_config
from credgate.errors import EXIT_CLEAN, UsageError
from credgate.iac import RULE_DOCS
from credgate.linter.ruleset import load_ruleset

DESCRIPTION = """\
Show what a rule finds, why it matters, and the exact steps to fix a finding:
how to revoke or rotate the credential at its provider, how to check whether it
was used, and how to allow a false positive (an inline comment or an
[[allowlist]] entry).  RULE_ID is the id in brackets in every report, e.g.
[aws-access-key-id]; IaC slot checks and parse errors are explained too.
"""

EPILOG = """\
examples:
  credgate explain aws-access-key-id
  credgate explain aws-secret-access-key
  credgate explain github-personal-access-token
  credgate rules list                       every rule id

exit codes: 0 shown, 2 no such rule (closest ids suggested).
"""


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("rule_id", metavar="RULE_ID")
    p.add_argument("-c", "--config", metavar="FILE")


def run(args: argparse.Namespace) -> int:
    rs = load_ruleset(load_config(args.config))
    rule = rs.get(args.rule_id)
    if rule is None:
        extra = _extra_rules()
        if args.rule_id in extra:
            name, sev, text = extra[args.rule_id]
            print(f"{args.rule_id}: {name}\nseverity: {sev}\n\nhow to fix:\n{text}")
            return EXIT_CLEAN
        close = difflib.get_close_matches(args.rule_id, [r.id for r in rs.rules] + list(extra), n=3)
        hint = f" (did you mean {', '.join(close)}?)" if close else " (see credgate rules list)"
        raise UsageError(f"no rule {args.rule_id!r}{hint}")
    print(f"{rule.id}: {rule.name}")
    print(f"severity: {rule.severity}    confidence: {rule.confidence}    tags: {', '.join(rule.tags)}")
    print()
    print("how to fix:")
    print(rule.remediation or "Revoke the credential at its provider, then remove it from the code and history.")
    print()
    print("how to allow a false positive:")
    print("  add '# credgate:allow' (or 'credgate:allow=" + rule.id + "') to the line, or in .credgate.toml:")
    print("  [[allowlist]]\n  fingerprints = [\"<fingerprint from the report>\"]\n  reason = \"why this is safe\"")
    if rule.references:
        print()
        print("references:")
        for r in rule.references:
            print(f"  {r}")
    return EXIT_CLEAN


def _extra_rules() -> dict[str, tuple[str, str, str]]:
    """Rules that are not regex rules (IaC slot checks and parse errors) document themselves here."""
    return dict(RULE_DOCS)
