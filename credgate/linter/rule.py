"""One detection rule as a frozen value (loaded by ruleset, cached by rulecache)."""
from __future__ import annotations

import re
from typing import Optional

from credgate.models import Confidence, Severity
from credgate.records import record


@record(frozen=True)
class Rule:
    """One detection rule as written in a rule file: the regex, its keywords and filters, examples, remediation."""

    id: str
    name: str
    severity: Severity
    confidence: Confidence
    regex: str
    secret_group: int = 0
    case_insensitive: bool = False
    multiline: bool = False
    keywords: tuple[str, ...] = ()
    entropy: float = 0.0
    validator: Optional[str] = None
    tags: tuple[str, ...] = ()
    remediation: str = ""
    references: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    negative_examples: tuple[str, ...] = ()
    allow_regexes: tuple[str, ...] = ()
    allow_stopwords: tuple[str, ...] = ()
    allow_paths: tuple[str, ...] = ()  # globs: the rule's findings in these files are dropped
    allow_lines: tuple[str, ...] = ()  # regexes on the whole line: matching lines are dropped
    paths: tuple[str, ...] = ()  # only scan paths matching these globs (empty: all)
    origin: str = "builtin"
    # the end of ``regex`` that hyperscan looks for alone (see credgate.linter.matcher.prefilter_problem): a rule
    # whose leading words and trailing shape are cheap apart but slow together in one automaton
    prefilter: str = ""

    @property
    def flags(self) -> int:
        f = 0
        if self.case_insensitive:
            f |= re.IGNORECASE
        if self.multiline:
            f |= re.DOTALL | re.MULTILINE
        return f

    @property
    def is_generic(self) -> bool:
        return "generic" in self.tags
