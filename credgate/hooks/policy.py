"""The fail-closed policy of hooks and gates, as one frozen value built once from the options and config,
and what a blocked hook tells the user about bypassing deliberately."""
from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Iterable, Optional

from credgate.errors import ConfigError
from credgate.records import record

if TYPE_CHECKING:  # main imports this module on every run: keep it to errors only
    from credgate.models import Skip

# Skips a gate accepts by default: content credgate never scans by design (not a failure to read).
# Every other skip (too-large, unreadable, missing, git-error, rule-timeout, too-deep, ...) blocks a gate.
GATE_ALLOWED_SKIPS = frozenset({"binary", "submodule", "symlink", "iac-too-deep", "iac-too-complex",
                                "iac-too-large", "iac-error"})


@record(frozen=True)
class FailClosedPolicy:
    """How a scan fails closed.

    ``gate``: hooks, ``ci`` and ``git --staged/--range/--pre-push``: what was not scanned blocks, except the
    ``allowed_skips``; ``hook_mode``: a hook or ``ci``, whose errors also say how to bypass (``bypass_hint``,
    else the git hook text); ``fail_on_skip``: every skip blocks (any command)."""

    gate: bool = False
    hook_mode: bool = False
    bypass_hint: Optional[str] = None
    fail_on_skip: bool = False
    allowed_skips: "frozenset[str]" = GATE_ALLOWED_SKIPS

    @classmethod
    def from_args(cls, args: Any, config: Any = None) -> "FailClosedPolicy":
        """From the parsed options (``hook_mode``, ``gate``, ``bypass_hint``, ``--fail-on-skip``,
        ``--allow-skip``) and the config's ``[gate] allow_skips`` (read for gates only)."""
        hook_mode = bool(getattr(args, "hook_mode", False))
        gate = hook_mode or bool(getattr(args, "gate", False))
        fail_on_skip = bool(getattr(args, "fail_on_skip", False))
        allowed = set(GATE_ALLOWED_SKIPS)
        allowed.update(getattr(args, "allow_skip", None) or [])
        if gate and not fail_on_skip and config is not None:
            conf = config.section("gate").get("allow_skips")
            if isinstance(conf, str):
                conf = [conf]
            if isinstance(conf, (list, tuple)) and all(isinstance(r, str) for r in conf):
                allowed.update(conf)
            elif conf is not None:
                raise ConfigError(f"{config.path}: [gate] allow_skips must be a list of skip reasons, e.g. [\"too-large\"]")
        return cls(gate=gate, hook_mode=hook_mode, bypass_hint=getattr(args, "bypass_hint", None),
                   fail_on_skip=fail_on_skip, allowed_skips=frozenset(allowed))

    def print_bypass(self) -> None:
        """Say how to bypass deliberately (this gate's hint, else the git hook text)."""
        print_bypass(self.bypass_hint)

    def blocking_skips(self, skips: "Iterable[Skip]") -> "list[Skip]":
        """The skips that block a gate: all but binary/submodule/symlink/iac-* and the reasons allowed by
        ``--allow-skip`` or ``[gate] allow_skips``; with ``--fail-on-skip``, every skip."""
        if self.fail_on_skip:
            return list(skips)
        if "all" in self.allowed_skips:
            return []
        return [s for s in skips if s.reason not in self.allowed_skips]


# A server's pre-receive hook: --no-verify skips only the pusher's own hooks, not the server's.
RECEIVE_BYPASS = ("credgate: the server's pre-receive hook fails closed, so this push is refused.\n"
                  "  git push --no-verify does not skip it: fix the cause above, or ask the server's administrators.")


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
