"""credgate.rxcache: a pattern built from the code an earlier run cached is the pattern re.compile builds.

The hook confirms each rule that hit with its regex and asks the filters theirs; parsing them cost ~10 ms of a
~140 ms hook.  The cache keeps CPython's generated code per pattern; these tests compare every built-in rule's
regex and allowlist regex, loaded from the cache, with a fresh re.compile on the rule's examples and negative
examples, and show that damaged or altered files are compiled again, not trusted.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from credgate import rxcache
from credgate.linter.ruleset import builtin_rules


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "cache"
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(d))
    monkeypatch.delenv("CREDGATE_NO_RULE_CACHE", raising=False)
    monkeypatch.setattr(rxcache, "_state", {})
    return d


def _files(cache: Path) -> "list[Path]":
    return sorted(cache.glob("rx-*/*.json"))


def _same(a: "re.Pattern", b: "re.Pattern") -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)


def test_every_builtin_regex_from_the_cache_matches_as_re_compile_does(cache: Path) -> None:
    rules = builtin_rules()
    first = [rxcache.compile(r.regex.encode("utf-8"), r.flags) for r in rules]
    n = len(_files(cache))
    assert n >= len({(r.regex, r.flags) for r in rules}) * 0.99  # one file per distinct pattern
    rxcache._state.clear()  # a new process: every pattern now comes from its file
    for r, a in zip(rules, first):
        b = rxcache.compile(r.regex.encode("utf-8"), r.flags)
        ref = re.compile(r.regex.encode("utf-8"), r.flags)
        _same(b, ref)
        _same(a, ref)
        for text in (*r.examples, *r.negative_examples):
            data = text.encode("utf-8")
            got = [(m.span(), m.groups()) for m in b.finditer(data)]
            want = [(m.span(), m.groups()) for m in ref.finditer(data)]
            assert got == want, (r.id, text)
        for allow in r.allow_regexes:
            _same(rxcache.compile(allow), re.compile(allow))
    assert len(_files(cache)) >= n  # nothing rewritten away


def test_str_patterns_named_groups_and_flags(cache: Path) -> None:
    for pat, flags in ((r"(?P<user>[a-z]+):(?P<pw>\S+)@", 0), (r"(?i)passw(?:or)?d\s*=\s*(\S+)", re.M),
                       (r"^\s*key\b", re.IGNORECASE | re.MULTILINE), (r"[\u0400-\u04ff]+", 0)):
        rxcache.compile(pat, flags)
        rxcache._state.clear()
        got, want = rxcache.compile(pat, flags), re.compile(pat, flags)
        _same(got, want)
        for text in ("bob:Hunter2x@host", "PASSWORD = x9\npassword=y", "  KEY = 1\nkey", "пароль"):
            assert [m.groups() for m in got.finditer(text)] == [m.groups() for m in want.finditer(text)]


def test_a_damaged_or_altered_file_is_compiled_again(cache: Path) -> None:
    pat = rb"(?i)api[_-]?key\s*[:=]\s*([A-Za-z0-9]{24,64})"
    rxcache.compile(pat)
    (f,) = _files(cache)
    f.write_text("{not json")
    rxcache._state.clear()
    _same(rxcache.compile(pat), re.compile(pat))
    final, code, groups, gi, ig = json.loads(f.read_text())  # written again, whole
    code[len(code) // 2] = 999_999  # an opcode the engine does not have: _sre.compile refuses it
    f.write_text(json.dumps([final, code, groups, gi, ig]))
    rxcache._state.clear()
    got = rxcache.compile(pat)
    _same(got, re.compile(pat))
    assert json.loads(f.read_text())[1][len(code) // 2] != 999_999  # refused, compiled and written again
    assert got.search(b"API_KEY = Zk4Rm8Qp2Lx7Tn3Vb9Wc6Hd1Fs").group(1) == b"Zk4Rm8Qp2Lx7Tn3Vb9Wc6Hd1Fs"


def test_invalid_patterns_raise_and_the_switch_turns_it_off(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(re.error):
        rxcache.compile(r"(unclosed")
    monkeypatch.setenv("CREDGATE_NO_RULE_CACHE", "1")
    rxcache._state.clear()
    rxcache.compile(r"token\s*=\s*(\w+)")
    assert _files(cache) == []


def test_the_oldest_patterns_are_pruned_past_the_limit(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import os
    import time

    from credgate.linter import rulecache

    monkeypatch.setattr(rulecache, "KEEP_PATTERNS", 5)
    for i in range(8):
        rxcache.compile(rf"token_{i}\s*=\s*(\w+)")
    rulecache.prune(cache)
    assert len(_files(cache)) == 8  # all written within the day: none goes, whatever the count
    files = _files(cache)
    old = time.time() - 2 * 86400
    for i, f in enumerate(files):
        os.utime(f, (old + i, old + i))
    rulecache.prune(cache)
    assert _files(cache) == files[3:]  # the five newest
