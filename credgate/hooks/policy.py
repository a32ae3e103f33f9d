"""The hooks' fail-closed policy: what a blocked hook tells the user about bypassing deliberately."""
from __future__ import annotations

import sys
from typing import Optional


def print_bypass(hint: Optional[str] = None) -> None:
    if hint:  # a command that is not a git hook says how it is bypassed (e.g. credgate ci)
        print(hint, file=sys.stderr)
        return
    print(
        "credgate: the hook fails closed, so this commit/push is blocked.\n"
        "  To bypass deliberately: git commit --no-verify (or git push --no-verify),\n"
        "  or with the pre-commit framework: SKIP=credgate git commit ...",
        file=sys.stderr,
    )
