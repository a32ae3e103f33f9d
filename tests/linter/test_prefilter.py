"""A rule's ``prefilter`` (issue 16, session 19): hyperscan looks for the start of the regex alone, and the rule is
confirmed with its whole regex in the lines around each hit (matcher mode AHEAD).  It must find exactly what the
rule finds without it, and a split that is not a concatenation must be refused."""
from __future__ import annotations

import random

import pytest

from credgate.linter import matcher as M
from credgate.linter.matcher import Matcher
from credgate.linter.regexshape import prefilter_problem
from credgate.linter.ruleset import RuleSet, load_ruleset, rule_from_dict
from credgate.errors import ConfigError
from credgate.records import replace

hyperscan = pytest.importorskip("hyperscan")


@pytest.mark.parametrize("regex,head,why", [
    ("abc(?:d|e)f", "abc", None),
    ("pw[^\\n]{0,9}\\r?\\nnext: (\\w+)", "pw[^\\n]{0,9}\\r?\\n", None),
    ("a|bc", "a|b", "alternation"),          # (a|b)c is not what a|bc means
    ("ab|c", "a", "alternation"),            # the rest's top-level | reaches back over the head
    ("(?:ab", "(?:a", "compile"),            # a group cut in two
    ("[ab]c", "[a", "compile"),              # a class cut in two
    ("a\\.b", "a\\", "compile"),             # an escape cut in two
    ("ab?", "a", None),
    ("ab", "ab?", "start of the regex"),
    ("ab", "ab", "proper"),
    ("a[\\s]+b", "a", "bounded number of lines"),  # \s+ can run over any number of lines
])
def test_which_splits_are_sound(regex, head, why):
    got = prefilter_problem(regex, head, 0)
    assert (got is None) if why is None else (got is not None and why in got), got


def test_every_builtin_prefilter_is_sound_and_used():
    rules = [r for r in load_ruleset().builtin if r.prefilter]
    assert rules  # the JSON chat rule carries one (rules/words15.toml)
    for r in rules:
        assert prefilter_problem(r.regex, r.prefilter, r.flags) is None, r.id
        _db, meta = M.compile_group(hyperscan, [(r.regex, int(r.flags), r.case_insensitive, r.multiline, r.prefilter)])
        assert meta["modes"][0][0] == M.AHEAD


def test_a_users_rule_with_an_unsound_prefilter_is_refused():
    raw = {"id": "acme-x", "name": "x", "regex": "a|bc", "prefilter": "a|b", "examples": ["bc"]}
    with pytest.raises(ConfigError, match="prefilter"):
        rule_from_dict(raw, "custom.toml", origin="user")
    ok = rule_from_dict({**raw, "regex": "(?:a|b)c", "prefilter": "(?:a|b)"}, "custom.toml", origin="user")
    assert ok.prefilter == "(?:a|b)"


def _documents(rule, rnd: random.Random) -> list[bytes]:
    """The rule's examples and negative examples inside JSON chat exports, logs and plain lines: one per line,
    several per document, next to each other, at the start and the end, with CR LF, and a minified line."""
    pieces = list(rule.examples) + list(rule.negative_examples)
    filler = ['{"type": "message", "user": "U024BE7LH", "text": "deploy at 12:30 went fine", "ts": "1700000000.1"}',
              "2026-11-03 12:30:44 INFO api: request 81 handled in 12 ms",
              "the wifi password is on the board", "password reset done", "", "    ", "ok"]
    docs = []
    for _ in range(60):
        lines = []
        for _ in range(rnd.randint(1, 40)):
            lines.append(rnd.choice(pieces) if rnd.random() < 0.3 else rnd.choice(filler))
        text = rnd.choice(["\n", "\r\n"]).join(lines)
        if rnd.random() < 0.2:
            text = text.replace("\n", " ")
        docs.append(text.encode("utf-8"))
    docs.append(("\n".join(pieces)).encode("utf-8"))
    return docs


def _spans(matcher: Matcher, data: bytes) -> list:
    return sorted(set(matcher.find(data)))


def test_same_matches_with_and_without_the_prefilter():
    rnd = random.Random(1119)
    for rule in [r for r in load_ruleset().builtin if r.prefilter]:
        with_pre = Matcher(RuleSet([rule]), "hyperscan")
        without = Matcher(RuleSet([replace(rule, prefilter="")]), "hyperscan")
        assert with_pre._modes[0][0] == M.AHEAD and without._modes[0][0] != M.AHEAD
        found = 0
        for doc in _documents(rule, rnd):
            a, b = _spans(with_pre, doc), _spans(without, doc)
            assert a == b, (rule.id, doc[:200])
            found += len(a)
        assert found > 50  # the examples are found, many times


def test_ahead_windows_hold_every_match_near_a_hit():
    data = b"x\nkey line\nvalue here\nmore\n" * 3
    windows, bounds = M._ahead_windows(data, [10], 1)
    assert windows[0][0] == 0 and bounds[0] == data.index(b"\n", 11)  # the line before to the line after
    windows, bounds = M._ahead_windows(data, [10, 37], 1)  # near hits merge into one window
    assert len(windows) == 1


def _ahead_windows_plain(data: bytes, ends: list[int], lines: int) -> tuple[list[tuple[int, int]], list[int]]:
    """_ahead_windows as session 19 wrote it: every end's window computed and merged in turn."""
    n = len(data)
    windows: list[tuple[int, int]] = []
    bounds: list[int] = []
    for m in sorted(set(ends)):
        lo = m
        for _ in range(lines + 1):
            lo = data.rfind(b"\n", 0, lo)
            if lo == -1:
                break
        lo += 1
        bound = m - 1
        for _ in range(lines + 1):
            bound = data.find(b"\n", bound + 1)
            if bound == -1:
                bound = n
                break
        hi = min(bound + 257, n)
        if windows and lo <= windows[-1][1]:
            windows[-1] = (windows[-1][0], hi)
            bounds[-1] = bound
        else:
            windows.append((lo, hi))
            bounds.append(bound)
    return windows, bounds


def test_ahead_windows_skip_ends_on_the_last_ones_line_and_give_the_same_windows():
    # session 21: an end with no newline between the last end taken and it has that end's window and bound, so it
    # is skipped (a user-table dump holds a prose head three times a line); an end right after a newline is not
    rng = random.Random(21)
    for _ in range(3000):
        n = rng.randrange(1, 400)
        data = bytes(rng.choice(b"ab\n" if rng.random() < 0.5 else b"abcdefgh\n") for _ in range(n))
        ends = [rng.randrange(0, n + 1) for _ in range(rng.randrange(1, 40))]
        lines = rng.randrange(0, 4)
        assert M._ahead_windows(data, ends, lines) == _ahead_windows_plain(data, ends, lines), (data, ends, lines)
    data = b"pw a pw\npw b\n"
    assert M._ahead_windows(data, [2, 7, 8, 10], 0) == _ahead_windows_plain(data, [2, 7, 8, 10], 0)
