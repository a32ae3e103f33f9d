"""Path glob matching with ``**`` (gitignore-like, POSIX paths).

Matching time is linear in the path for any pattern: a glob with at most one
``*``/``**`` runs on the translated ``re`` pattern (one unbounded piece cannot
backtrack more than once per position), and a glob with more runs on a small
state-set automaton (:class:`_Linear`), so a hostile ``exclude_paths`` entry such
as ``*a*a*a*a*a*a*a*a*b`` cannot hang a scan on a long path.  Both give the
same answer for every path (``tests/linter/test_globs.py`` checks them against
each other).
"""
from __future__ import annotations

import functools
import re
from typing import Any, Iterable, Iterator, Optional, Union


def _prepare(pattern: str) -> tuple[str, bool]:
    pat = pattern.strip()
    anchored = "/" in pat.rstrip("/")
    if pat.endswith("/"):
        pat += "**"
    if pat.startswith("/"):
        pat = pat[1:]
    return pat, anchored


def _class_body(pat: str, i: int) -> Optional[tuple[str, int]]:
    """``[...]`` at ``pat[i]``: (regex class body, index of ``]``), or None when unclosed."""
    j = pat.find("]", i + 1)
    if j == -1:
        return None
    body = pat[i + 1 : j].replace("\\", "\\\\")
    if body.startswith("!"):
        body = "^" + body[1:]
    return body, j


def _tokens(pat: str) -> Iterator[tuple[str, str]]:
    """The glob grammar once, for both back ends (the regex and the linear matcher): ("dirs", "") for
    ``**/``, ("any", "") for ``**``, ("star", "") for ``*``, ("one", "") for ``?``, ("class", body) for
    ``[...]``, ("lit", c) for any other character (an unclosed ``[`` included)."""
    i = 0
    while i < len(pat):
        c = pat[i]
        if c == "*":
            if pat[i : i + 2] == "**":
                i += 2
                if pat[i : i + 1] == "/":
                    i += 1
                    yield "dirs", ""
                else:
                    yield "any", ""
                continue
            yield "star", ""
        elif c == "?":
            yield "one", ""
        elif c == "[":
            cls = _class_body(pat, i)
            if cls is None:
                yield "lit", c
            else:
                yield "class", cls[0]
                i = cls[1]
        else:
            yield "lit", c
        i += 1


@functools.lru_cache(maxsize=1024)
def glob_to_regex(pattern: str) -> "re.Pattern[str]":
    """Translate a glob to a regex.

    ``**`` matches across directories, ``*`` and ``?`` stay within one path
    segment.  A pattern without ``/`` matches the base name anywhere (like
    gitignore); a trailing ``/`` matches everything below that directory.
    """
    pat, anchored = _prepare(pattern)
    out = []
    for kind, arg in _tokens(pat):
        if kind == "dirs":
            out.append("(?:.*/)?")
        elif kind == "any":
            out.append(".*")
        elif kind == "star":
            out.append("[^/]*")
        elif kind == "one":
            out.append("[^/]")
        elif kind == "class":
            out.append(f"[{arg}]")
        else:
            out.append(re.escape(arg))
    body = "".join(out)
    if anchored:
        return re.compile(rf"^{body}(?:/.*)?$")
    return re.compile(rf"^(?:.*/)?{body}(?:/.*)?$")


def plain_name_globs(globs: "tuple[str, ...] | list[str]") -> "Optional[tuple[tuple[str, ...], ...]]":
    """File-name globs (no ``/``) whose only wildcard is ``*``, each as its literal pieces between the stars
    (``*.env`` -> ``("", ".env")``), for :func:`names_take`; None when any glob holds ``/``, ``?``, ``[`` or
    ``**`` (those keep their regex).  Costs a ``split`` per glob: nothing is compiled."""
    out = []
    for g in globs:
        pat = g.strip()
        if not pat or "/" in pat or "?" in pat or "[" in pat or "**" in pat:
            return None
        out.append(tuple(pat.split("*")))
    return tuple(out)


def names_take(plain: "tuple[tuple[str, ...], ...]", name: str) -> Optional[bool]:
    """Whether some glob of ``plain`` (from :func:`plain_name_globs`) takes the file name ``name`` (no ``/``):
    the answer of ``glob_to_regex(glob).match(name)`` for each, by ``startswith``/``endswith``/``find`` on the
    literal pieces.  None for a name holding a newline (``$`` matches before a final one: ask the regex)."""
    if "\n" in name:
        return None
    n = len(name)
    for parts in plain:
        first = parts[0]
        if len(parts) == 1:
            if name == first:
                return True
            continue
        last = parts[-1]
        if n < len(first) + len(last) or not name.startswith(first) or not name.endswith(last):
            continue
        pos, end = len(first), n - len(last)
        for mid in parts[1:-1]:  # each literal piece in order, leftmost: a star takes any run but "/"
            k = name.find(mid, pos, end)
            if k < 0:
                break
            pos = k + len(mid)
        else:
            return True
    return False


class NameIndex:
    """Which of many keyed file-name globs (from :func:`plain_name_globs`) take a name, by dict lookups: a glob
    without a star is the name itself, ``*X`` takes the names ending in ``X`` and ``X*`` those starting with it
    (one slice and lookup per distinct length of ``X``); any other glob (``*dump*``, ``seed*.sql``) is tried
    by its regex (one per key).  The same answer as :func:`names_take` per glob, where a bulk scan asked each
    rule in turn (one regex match per rule and file name: ~80 us per name on the built-in rules)."""

    def __init__(self, keyed: "Iterable[tuple[int, tuple[tuple[str, ...], ...]]]") -> None:
        self.exact: dict[str, set[int]] = {}
        self.suffix: dict[str, set[int]] = {}
        self.prefix: dict[str, set[int]] = {}
        rest: dict[int, list[tuple[str, ...]]] = {}
        for key, plain in keyed:
            for parts in plain:
                if len(parts) == 1:
                    self.exact.setdefault(parts[0], set()).add(key)
                elif len(parts) == 2 and not parts[0] and parts[1]:
                    self.suffix.setdefault(parts[1], set()).add(key)
                elif len(parts) == 2 and parts[0] and not parts[1]:
                    self.prefix.setdefault(parts[0], set()).add(key)
                else:
                    rest.setdefault(key, []).append(parts)
        self.suffix_lengths = sorted({len(x) for x in self.suffix})
        self.prefix_lengths = sorted({len(x) for x in self.prefix})
        # the others, one regex per key (the globs put back together: no ``?``/``[``/``/`` in a plain glob)
        self.rest = [(key, re.compile("|".join(f"(?:{glob_to_regex('*'.join(parts)).pattern})" for parts in globs)))
                     for key, globs in rest.items()]

    def take(self, name: str) -> "Optional[set[int]]":
        """The keys of the globs that take ``name`` (a file name, no ``/``); None for a name holding a newline
        (as :func:`names_take`: ask the regex)."""
        if "\n" in name:
            return None
        got: set[int] = set()
        hit = self.exact.get(name)
        if hit:
            got |= hit
        n = len(name)
        suffix, prefix = self.suffix, self.prefix
        for k in self.suffix_lengths:
            if k > n:
                break
            hit = suffix.get(name[n - k:])
            if hit:
                got |= hit
        for k in self.prefix_lengths:
            if k > n:
                break
            hit = prefix.get(name[:k])
            if hit:
                got |= hit
        for key, rx in self.rest:
            if key not in got and rx.match(name) is not None:
                got.add(key)
        return got


# -------------------------------------------------------------- linear matcher
# Node kinds of the automaton; node i moves to node i+1.
_ONE, _STAR, _ANY, _ENTRY = 0, 1, 2, 3


class _Linear:
    """A glob as a state-set automaton: O(len(path) x len(pattern)), never backtracks.

    Same language as :func:`glob_to_regex` (``.`` does not match a newline and ``$``
    also matches before a final newline, as in ``re``).  The live states are the
    bits of an int; per distinct character the masks of nodes that loop on it
    and nodes that consume it are computed once.
    """

    def __init__(self, pattern: str) -> None:
        pat, anchored = _prepare(pattern)
        # each node: (kind, test, skip) where test(c) says a character is consumed (ONE)
        # or looped on (STAR/ANY), and skip is an epsilon jump for ENTRY nodes
        self.nodes: list[tuple[int, Any, int]] = []
        if not anchored:
            self._opt_dirs()
        for kind, arg in _tokens(pat):
            if kind == "dirs":
                self._opt_dirs()
            elif kind == "any":
                self.nodes.append((_ANY, None, 0))
            elif kind == "star":
                self.nodes.append((_STAR, None, 0))
            elif kind == "one":
                self.nodes.append((_ONE, "/", 0))  # any character but the one given
            elif kind == "class":
                self.nodes.append((_ONE, re.compile(f"[{arg}]"), 0))
            else:
                self.nodes.append((_ONE, arg, 1))
        # (?:/.*)?$ : the end, or a slash and anything after it
        self.nodes.append((_ENTRY, None, 3))
        self.nodes.append((_ONE, "/", 1))
        self.nodes.append((_ANY, None, 0))
        self.final = 1 << len(self.nodes)
        self._masks: dict[str, tuple[int, int]] = {}
        self._eps: list[tuple[int, int]] = []  # (mask of nodes, jump)
        by_jump: dict[int, int] = {}
        for n, (kind, _t, skip) in enumerate(self.nodes):
            if kind in (_STAR, _ANY):
                by_jump[1] = by_jump.get(1, 0) | (1 << n)
            elif kind == _ENTRY:
                by_jump[1] = by_jump.get(1, 0) | (1 << n)
                by_jump[skip] = by_jump.get(skip, 0) | (1 << n)
        self._eps = [(mask, jump) for jump, mask in sorted(by_jump.items())]
        self.start = self._close(1)

    def _opt_dirs(self) -> None:
        """``(?:.*/)?``: an entry that may jump past, then anything, then a slash."""
        self.nodes.append((_ENTRY, None, 3))
        self.nodes.append((_ANY, None, 0))
        self.nodes.append((_ONE, "/", 1))

    def _close(self, d: int) -> int:
        while True:
            n = d
            for mask, jump in self._eps:
                n |= (n & mask) << jump
            if n == d:
                return d
            d = n

    def _masks_for(self, ch: str) -> tuple[int, int]:
        m = self._masks.get(ch)
        if m is None:
            loop = adv = 0
            for n, (kind, test, flag) in enumerate(self.nodes):
                if kind == _STAR:
                    if ch != "/":
                        loop |= 1 << n
                elif kind == _ANY:
                    if ch != "\n":
                        loop |= 1 << n
                elif kind == _ONE:
                    if isinstance(test, str):
                        ok = (ch == test) if flag else (ch != test)
                    else:
                        ok = test.fullmatch(ch) is not None
                    if ok:
                        adv |= 1 << n
            m = self._masks[ch] = (loop, adv)
        return m

    def match(self, path: str) -> bool:
        d = self.start
        last = len(path) - 1
        for k, ch in enumerate(path):
            if k == last and ch == "\n" and d & self.final:
                return True  # $ before a final newline
            loop, adv = self._masks_for(ch)
            d = (d & loop) | ((d & adv) << 1)
            if not d:
                return False
            d = self._close(d)
        return bool(d & self.final)


_Matcher = Union["re.Pattern[str]", _Linear]


def _stars(pattern: str) -> int:
    """Unbounded pieces (``*`` or ``**`` runs) after a leading ``**/``."""
    pat = _prepare(pattern)[0]
    if pat.startswith("**/"):
        pat = pat[3:]
    return len(re.findall(r"\*+", pat))


@functools.lru_cache(maxsize=1024)
def _matcher(pattern: str) -> Any:
    if _stars(pattern) <= 1:
        return glob_to_regex(pattern)
    try:
        return _Linear(pattern)
    except re.error:  # a class such as "[]a]" only reads as one inside the whole regex: keep the regex
        return glob_to_regex(pattern)


@functools.lru_cache(maxsize=1024)
def literal_runs(pattern: str) -> "tuple[str, ...]":
    """The runs of literal characters of ``pattern``: a path it matches holds every one of them, so a path
    missing one is answered by substring tests (C speed) before the matcher runs.  A rule's globs such as
    ``**/*pagerduty*/**`` are tried on every path of a scan, and the linear matcher costs ~40 us a path."""
    runs: list[str] = []
    cur: list[str] = []
    for kind, value in _tokens(_prepare(pattern)[0]):
        if kind == "lit":
            cur.append(value)
        elif cur:
            runs.append("".join(cur))
            cur = []
    if cur:
        runs.append("".join(cur))
    return tuple(runs)


def match_path(pattern: str, path: str) -> bool:
    if path.startswith("./"):
        path = path[2:]
    for run in literal_runs(pattern):
        if run not in path:
            return False
    return bool(_matcher(pattern).match(path))


def match_any(patterns: "tuple[str, ...] | list[str]", path: str) -> bool:
    return any(match_path(p, path) for p in patterns)
