"""python -m credgate.iac --cfn-lint-rules: print the folder to give cfn-lint --append-rules."""
from __future__ import annotations

import argparse
import os
import sys
from typing import Optional, Sequence

from credgate.iac.rules import RULES


def rules_dir() -> str:
    return os.path.join(os.path.dirname(os.path.abspath(__file__)), "cfnlint_rules")


def main(argv: Optional[Sequence[str]] = None) -> int:
    p = argparse.ArgumentParser(
        prog="python -m credgate.iac",
        description="credgate IaC helpers",
        epilog='example:\n  cfn-lint --append-rules "$(python -m credgate.iac --cfn-lint-rules)" template.yaml',
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--cfn-lint-rules", action="store_true", help="print the cfn-lint custom rules folder")
    p.add_argument("--rules", action="store_true", help="list the IaC rule IDs, severities and names")
    args = p.parse_args(argv)
    if args.cfn_lint_rules:
        print(rules_dir())
        return 0
    if args.rules:
        for r in RULES.values():
            print(f"{r.id:36} {str(r.severity):8} {r.name}")
        return 0
    p.print_help(sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
