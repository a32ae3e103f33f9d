"""Bounded work for what users supply: their own rule regexes.

Built-in rules are reviewed and tested against long, hostile lines; a user's
``[[rules]]`` entry, ``--rules FILE`` or imported gitleaks config is not.  A
regex such as ``(a+)+b`` takes exponential time in a backtracking engine, so
one line of ``a`` characters would hang a pre-commit hook for ever.  Two
guards, in this order:

1. **RE2 (linear time).**  When ``google-re2`` is installed (``pip install
   'credgate[re2]'``; part of ``credgate[all]``) every user regex that RE2 can
   express runs on RE2, whose run time is linear in the input: it cannot hang.
   gitleaks configs are RE2 by definition (Go's regexp), so they always can.
2. **A time budget.**  A user regex RE2 cannot express (look-around,
   back-references) or any user regex without ``google-re2`` runs on Python
   ``re`` under a per-item budget (default 2 s, ``[limits] rule_timeout`` in
   the config or ``CREDGATE_RULE_TIMEOUT``).  When the budget runs out the
   rule is abandoned for that item only, the item is reported as skipped with
   reason ``rule-timeout`` (a gate blocks on it), and every other rule's
   findings for the item are kept.  The budget uses ``SIGALRM``, so it applies
   on POSIX in the main thread (where every credgate command scans).

Built-in rules never go through here.
"""
from __future__ import annotations

import contextlib
import os
import re
import signal
import threading
from typing import Any, Iterator, Optional

from credgate import interrupts
from credgate.lazyre import LazyPattern
from credgate.linter.entropy import shannon
from credgate.records import replace
from credgate.redact import redact

DEFAULT_RULE_TIMEOUT = 2.0
TIMEOUT_REASON = "rule-timeout"


class RuleBudgetExceeded(Exception):
    """A user rule ran out of its time budget on one item."""

    def __init__(self, rule_id: str, seconds: float) -> None:
        super().__init__(f"custom rule {rule_id!r} exceeded its {seconds:g}s budget")
        self.rule_id = rule_id
        self.seconds = seconds


def rule_timeout() -> float:
    raw = os.environ.get("CREDGATE_RULE_TIMEOUT")
    if raw:
        try:
            val = float(raw)
            if val > 0:
                return val
        except ValueError:
            pass
    return _configured_timeout


_configured_timeout = DEFAULT_RULE_TIMEOUT


def configure(limits: dict[str, Any]) -> None:
    """Apply a config's ``[limits]`` table (``rule_timeout`` in seconds)."""
    global _configured_timeout
    val = limits.get("rule_timeout")
    if isinstance(val, (int, float)) and not isinstance(val, bool) and val > 0:
        _configured_timeout = float(val)


def _re2_pattern(regex: str, case_insensitive: bool, multiline: bool) -> Optional[Any]:
    try:
        import re2  # google-re2
    except ImportError:
        return None
    opts = re2.Options()
    opts.encoding = re2.Options.Encoding.LATIN1  # bytes in, bytes out: one byte per character, as Python bytes re
    opts.log_errors = False
    opts.case_sensitive = not case_insensitive
    if multiline:
        opts.dot_nl = True
    prefix = "(?m)" if multiline else ""
    # Python's \Z is RE2's \z (end of text)
    body = re.sub(r"(?<!\\)((?:\\\\)*)\\Z", r"\1\\z", regex)
    try:
        return re2.compile((prefix + body).encode("utf-8"), opts)
    except Exception:  # re2.error: syntax RE2 does not have (look-around, back-references)
        return None


class BudgetedPattern:
    """A Python ``re`` pattern whose ``finditer`` gives up after a time budget."""

    engine = "re+budget"

    def __init__(self, pattern: "re.Pattern[bytes]", rule_id: str) -> None:
        self._p = pattern
        self.rule_id = rule_id
        self.pattern = pattern.pattern
        self.groups = pattern.groups

    def finditer(self, data: bytes, pos: int = 0, endpos: Optional[int] = None) -> Iterator["re.Match[bytes]"]:
        end = len(data) if endpos is None else endpos
        with time_budget(rule_timeout(), self.rule_id):
            found = list(self._p.finditer(data, pos, end))
        return iter(found)

    def search(self, data: bytes, pos: int = 0, endpos: Optional[int] = None) -> "Optional[re.Match[bytes]]":
        end = len(data) if endpos is None else endpos
        with time_budget(rule_timeout(), self.rule_id):
            return self._p.search(data, pos, end)


def compile_user_rule(regex: str, flags: int, rule_id: str) -> Any:
    """The pattern a user rule runs on: RE2 when it can, else ``re`` under a budget."""
    p = _re2_pattern(regex, bool(flags & re.IGNORECASE), bool(flags & re.DOTALL))
    if p is not None:
        return p
    return BudgetedPattern(re.compile(regex.encode("utf-8"), flags), rule_id)


def guard(pattern: Any) -> Any:
    """A time budget around all the work of one budgeted pattern on one buffer (else nothing)."""
    if isinstance(pattern, BudgetedPattern):
        return time_budget(rule_timeout(), pattern.rule_id)
    return contextlib.nullcontext()


def engine_of(pattern: Any) -> str:
    if isinstance(pattern, BudgetedPattern):
        return pattern.engine
    if isinstance(pattern, re.Pattern):
        return "re"
    return "re2"


_state = threading.local()


@contextlib.contextmanager
def time_budget(seconds: float, rule_id: str) -> Iterator[None]:
    """Raise :class:`RuleBudgetExceeded` inside the block after ``seconds`` (POSIX, main thread)."""
    interrupts.check()  # a lost Ctrl-C must not start minutes of matching
    usable = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and not getattr(_state, "active", False)
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: Any) -> None:
        if getattr(_state, "active", False):
            _state.active = False
            raise RuleBudgetExceeded(rule_id, seconds)

    try:
        previous = signal.signal(signal.SIGALRM, on_alarm)
    except (ValueError, OSError):  # not allowed here
        yield
        return
    _state.active = True
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        _state.active = False
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous if previous is not None else signal.SIG_DFL)


# ------------------------------------------------------------- report scrubbing
def scrub_text(text: str, secrets: "list[str]") -> str:
    """Redact every one of ``secrets`` (and every long line of a multi-line one) inside ``text``."""
    for s in secrets:
        if len(s) < 8 or not text:
            continue
        if s in text:
            text = text.replace(s, redact(s))
        if "\n" in s:
            for piece in s.splitlines():
                piece = piece.strip()
                if len(piece) >= 16 and piece in text:
                    text = text.replace(piece, "********")
    return text


def scrub_findings(findings: "list[Any]") -> "list[Any]":
    """Findings whose free text (the line, the reasons) shows no secret of any finding on the same path.

    A finding redacts its own secret, but its line can hold a second secret
    (``KEY=... SECRET=...``), and a parse error's line can hold one found by
    a pattern rule; every reporter gets findings through here when redacting.
    """
    by_path: dict[str, list[str]] = {}
    for f in findings:
        for loc in f.locations:
            by_path.setdefault(loc.path, []).append(f.secret)
    out = []
    for f in findings:
        # its own secret stays: reporters redact it in place (and advice reads the line around it)
        pool = sorted({s for loc in f.locations for s in by_path.get(loc.path, ()) if s != f.secret},
                      key=len, reverse=True)
        line = scrub_text(f.line_text, pool)
        why = [scrub_text(w, pool) for w in f.why]
        detail = scrub_text(f.verified_detail, pool) if f.verified_detail else f.verified_detail
        if line != f.line_text or why != f.why or detail != f.verified_detail:
            f = replace(f, line_text=line, why=why, verified_detail=detail)
        out.append(f)
    return out


_TOKEN = LazyPattern(globals(), "_TOKEN", r"[A-Za-z0-9+/=_\-.~]{16,}")


def scrub_message(text: str) -> str:
    """Redact secret-looking tokens in a message whose secrets are unknown (exceptions, tracebacks).

    A token is 16+ characters of a key alphabet that mixes upper case, lower
    case or digits the way generated credentials do; file paths, module
    names and words are left alone.
    """
    def generated(part: str) -> bool:
        # upper, lower and digits together over 16+ characters: how keys look, how path parts rarely do
        return (len(part) >= 16 and any(c.islower() for c in part) and any(c.isupper() for c in part)
                and any(c.isdigit() for c in part) and shannon(part) >= 3.5)

    def sub(m: "re.Match[str]") -> str:
        tok = m.group(0)
        if tok.startswith(("/", "./", "~/", ".")) or (tok.count("/") >= 2 and "." in tok.rsplit("/", 1)[-1]):
            # a path, unless the token (an AWS secret may start with "/") or one of its parts looks generated
            if not generated(tok) and not any(generated(part) for part in tok.split("/")):
                return tok
            return redact(tok)
        if all(c in "0123456789abcdef" for c in tok):
            return tok  # commit ids, hashes, fingerprints
        classes = sum((any(c.islower() for c in tok), any(c.isupper() for c in tok), any(c.isdigit() for c in tok)))
        if classes >= 2 and shannon(tok) >= 3.0 and not tok.replace("_", "").replace(".", "").isalpha():
            return redact(tok)
        return tok

    return _TOKEN.sub(sub, text)
