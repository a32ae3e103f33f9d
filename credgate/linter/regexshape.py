"""The shape of a rule's regex, read from its parse tree: whether a match can cross a line, how many newlines it
can hold, and whether a rule's ``prefilter`` (the start of its regex, looked for alone by hyperscan) is a sound
split.  Shared by the matcher (its windows) and the rule loader (a user's prefilter is checked as it loads),
which the matcher imports: so here, not there."""
from __future__ import annotations

import re
from typing import Any, Iterator, Optional

from credgate.lazyre import LazyPattern


def sre_modules() -> "tuple[Any, Any]":
    """(constants, parser) of the ``re`` module's own parser: ``re._constants``/``re._parser`` on 3.11 and later,
    ``sre_constants``/``sre_parse`` on 3.9/3.10 (where every rule fell back to OLD/WHOLE windows until session 19)."""
    try:
        from re import _constants as C  # type: ignore[attr-defined]
        from re import _parser as P  # type: ignore[attr-defined]
    except ImportError:  # Python 3.9/3.10
        import sre_constants as C  # type: ignore[no-redef]
        import sre_parse as P  # type: ignore[no-redef]
    return C, P


def _class_has_newline(items: Any) -> bool:
    C = sre_modules()[0]

    neg = False
    hit = False
    for op, av in items:
        if op is C.NEGATE:
            neg = True
        elif op is C.LITERAL:
            hit = hit or av == 10
        elif op is C.RANGE:
            hit = hit or av[0] <= 10 <= av[1]
        elif op is C.CATEGORY:
            hit = hit or av in (C.CATEGORY_SPACE, C.CATEGORY_NOT_DIGIT, C.CATEGORY_NOT_WORD,
                                C.CATEGORY_UNI_SPACE, C.CATEGORY_UNI_NOT_DIGIT, C.CATEGORY_UNI_NOT_WORD,
                                C.CATEGORY_LINEBREAK, C.CATEGORY_UNI_LINEBREAK)
        else:
            return True  # unknown item: assume it can
    return hit != neg


def _can_consume_newline(tree: Any, dotall: bool) -> bool:
    C = sre_modules()[0]

    for op, av in tree:
        if op is C.LITERAL:
            if av == 10:
                return True
        elif op is C.NOT_LITERAL:
            if av != 10:
                return True
        elif op is C.ANY:
            if dotall:
                return True
        elif op is C.IN:
            if _class_has_newline(av):
                return True
        elif op is C.SUBPATTERN:
            _g, add, dele, sub = av
            d = (dotall or bool(add & C.SRE_FLAG_DOTALL)) and not (dele & C.SRE_FLAG_DOTALL)
            if _can_consume_newline(sub, d):
                return True
        elif op is C.BRANCH:
            if any(_can_consume_newline(b, dotall) for b in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT) or op is getattr(C, "POSSESSIVE_REPEAT", None):
            if _can_consume_newline(av[2], dotall):
                return True
        elif op is getattr(C, "ATOMIC_GROUP", None):
            if _can_consume_newline(av, dotall):
                return True
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width
        else:  # GROUPREF, GROUPREF_EXISTS, anything new: be safe
            return True
    return False


def _structure(regex: str, depth: int = 0) -> "Iterator[tuple[int, str, int]]":
    """(offset, character, group depth before it) of each character of ``regex`` outside escapes and classes
    (a class's leading ``^`` and ``]`` are its own)."""
    i, n, in_class = 0, len(regex), False
    while i < n:
        c = regex[i]
        if c == "\\":
            i += 2
            continue
        if in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
            if regex[i + 1:i + 2] == "^":
                i += 1
            if regex[i + 1:i + 2] == "]":  # a leading ] is a literal
                i += 1
        else:
            yield i, c, depth
            if c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
        i += 1


def _top_level_bar(regex: str) -> bool:
    """Whether ``regex`` has an alternation at its top level (outside every group and class)."""
    return any(c == "|" and depth == 0 for _i, c, depth in _structure(regex))


def prefilter_problem(regex: str, head: str, flags: int) -> Optional[str]:
    """Why ``head`` cannot stand for ``regex`` in a rule database (None: it can).

    A rule's ``prefilter`` is the start of its regex that hyperscan looks for instead of the whole: a rule whose
    words are rare (a keyword line) but whose tail is costly in one automaton with them (chat and prose rules
    on JSON).  It is sound when the regex is the head followed by the rest: every match then holds a match of
    the head ending inside it, and a match holds at most K newlines, so it lies in the K lines before and after
    the head's reported end; the rule is confirmed with its own regex in those lines (mode AHEAD, see
    _ahead_windows), so it finds what it found.  That holds when the regex starts with the head's text, each
    part compiles alone (no group, class or escape is cut), neither part has an alternation at its top level,
    and K is bounded."""
    if not head or head == regex:
        return "must be a proper, non-empty start of the regex"
    if not regex.startswith(head):
        return "must be the start of the regex, character for character"
    rest = regex[len(head):]
    for part, name in ((head, "it"), (rest, "the rest")):
        try:
            re.compile(part, flags)
        except re.error as exc:
            return f"splits the regex where {name} does not compile alone ({exc})"
        if _top_level_bar(part):
            return f"splits the regex where {name} has an alternation at its top level"
    if newline_reach(regex, flags) is None:
        return "needs a regex that spans a bounded number of lines"
    return None


def newline_reach(regex: str, flags: int) -> Optional[int]:
    """The most newlines a match of ``regex`` can hold (None: no bound, or a construct this does not know)."""
    C, P = sre_modules()

    def reach(tree: Any, dotall: bool) -> Optional[int]:
        total = 0
        for op, av in tree:
            if op is C.LITERAL:
                k: Optional[int] = int(av == 10)
            elif op is C.NOT_LITERAL:
                k = int(av != 10)
            elif op is C.ANY:
                k = int(dotall)
            elif op is C.IN:
                k = int(_class_has_newline(av))
            elif op is C.SUBPATTERN:
                _g, add, dele, sub = av
                k = reach(sub, (dotall or bool(add & C.SRE_FLAG_DOTALL)) and not (dele & C.SRE_FLAG_DOTALL))
            elif op is C.BRANCH:
                ks = [reach(b, dotall) for b in av[1]]
                k = None if None in ks else max(ks)  # type: ignore[type-var]
            elif op in (C.MAX_REPEAT, C.MIN_REPEAT):
                lo, hi, sub = av
                one = reach(sub, dotall)
                k = None if one is None or (one and hi == C.MAXREPEAT) else one * hi
            elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
                k = 0  # zero-width
            else:  # GROUPREF, GROUPREF_EXISTS, atomic or possessive groups, anything new: no bound claimed
                return None
            if k is None:
                return None
            total += k
        return total

    try:
        tree = P.parse(regex.encode("utf-8"), flags)
        state = getattr(tree, "state", None) or getattr(tree, "pattern", None)
        return reach(tree, bool((flags | getattr(state, "flags", 0)) & re.DOTALL))
    except Exception:
        return None


_LEAD_HEAD = LazyPattern(globals(), "_LEAD_HEAD", r"\(\?i:\[(?:\\.|[^\]\\])*\]\{0,(\d+)\}")


def lead_for(regex: str, flags: int) -> "Optional[tuple[Any, int]]":
    r"""For a rule whose regex opens with a name's run of ``{0,N}`` word characters before its words
    (``(?i:[a-z0-9_.\-]{0,30}(?:password|passwd|...)...``, the generic password rules): the words alone as a
    pattern, and N.  ``re`` tries such a regex at every offset, backtracking the run through every word each
    time; a match holds the words at most N bytes after its start, so no match starts before the first place
    the words match, less N (see credgate.linter.matcher._re_spans_lead).  None for any other regex, or one that
    can match empty."""
    m = _LEAD_HEAD.match(regex)
    if m is None:
        return None
    rest = regex[m.end():]
    # the parenthesis that closes the (?i: group
    end = next((i for i, c, depth in _structure(rest, 1) if c == ")" and depth == 1), 0)
    if end == 0:
        return None
    try:
        if sre_modules()[1].parse(regex.encode("utf-8"), flags).getwidth()[0] == 0:
            return None
        lead = re.compile(("(?i:" + rest[:end] + ")").encode("utf-8"), flags)
    except (re.error, OverflowError):
        return None
    return lead, int(m.group(1))
