"""The linear glob matcher answers exactly as the regex translation does (which defines the semantics)."""
from __future__ import annotations

import random
import re
import warnings

from credgate.globs import _Linear, _matcher, glob_to_regex, match_path

PIECES = ["a", "b", "/", "*", "**", "?", "[ab]", "[!a]", "[a-c]", ".", "c", "**/", " ", "["]


def test_linear_matcher_agrees_with_the_regex_translation():
    rnd = random.Random(19)
    checked = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        for _ in range(6000):
            g = "".join(rnd.choice(PIECES) for _ in range(rnd.randint(1, 7)))
            if not g.strip():
                continue
            try:
                rx, lin = glob_to_regex(g), _Linear(g)
            except re.error:
                continue
            for _ in range(8):
                p = "".join(rnd.choice("ab/.c\n[ ") for _ in range(rnd.randint(0, 10)))
                assert bool(rx.match(p)) == lin.match(p), (g, p)
                checked += 1
    assert checked > 30000


def test_the_literal_runs_test_never_changes_an_answer():
    """match_path answers a path that misses one of the glob's literal runs without the matcher (session 19):
    the same answer as the matcher alone, on random globs and paths (regex and linear matchers both)."""
    rnd = random.Random(1907)
    checked = refused = 0
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        for _ in range(6000):
            g = "".join(rnd.choice(PIECES + ["ab", "pager", "/x/"]) for _ in range(rnd.randint(1, 7)))
            if not g.strip():
                continue
            try:
                m = _matcher(g)
            except re.error:
                continue
            for _ in range(8):
                p = "".join(rnd.choice(["a", "b", "/", ".", "c", "\n", "[", " ", "ab", "pager", "./"])
                            for _ in range(rnd.randint(0, 10)))
                want = bool(m.match(p[2:] if p.startswith("./") else p))
                assert match_path(g, p) == want, (g, p)
                checked += 1
                refused += not want
    assert checked > 30000 and refused > 10000


def test_many_stars_use_the_linear_matcher_and_keep_meaning():
    assert isinstance(_matcher("*a*a*a*b"), _Linear)
    assert not isinstance(_matcher("**/*.py"), _Linear)  # one unbounded piece after **/: re is safe
    assert match_path("*a*b*c", "x/yaybzc")
    assert match_path("src/**/*_test*.py", "src/pkg/sub/foo_test_x.py")
    assert not match_path("src/**/*_test*.py", "lib/pkg/foo_test.py")
    assert match_path("**/node_modules/**", "./web/node_modules/x/y.js")
    long_path = "/".join(["a" * 200] * 20)
    assert not match_path("*a*a*a*a*a*a*a*a*a*a*a*b", long_path)
    assert match_path("*a*a*a*a*a*a*a*a*a*a*a*a", long_path)


def test_plain_name_tests_agree_with_the_regex_translation():
    """globs.names_take answers a file name by string tests on the globs' literal pieces: the same answer as
    the glob's regex for every glob it accepts (only ``*`` as wildcard, no ``/``), and no answer (None) for a
    name with a newline; globs with ``?``, ``[``, ``**`` or ``/`` are refused (they keep the regex)."""
    from credgate.globs import names_take, plain_name_globs

    assert plain_name_globs(["*.py", "?.py"]) is None and plain_name_globs(["a/*.py"]) is None
    assert plain_name_globs(["**"]) is None and plain_name_globs(["[ab].env"]) is None
    assert names_take(plain_name_globs([".env"]), ".env\n") is None
    assert names_take(plain_name_globs(["*.env.*", "pgpass"]), "prod.env.local") is True
    assert names_take(plain_name_globs(["*.env.*", "pgpass"]), "prod.env") is False
    assert names_take(plain_name_globs(["*ab*ba*"]), "aba") is False  # pieces may not overlap
    assert names_take(plain_name_globs(["*ab*ba*"]), "abba") is True
    rnd = random.Random(23)
    pieces = ["a", "b", ".", "*", "ab", ".env", " ", "-"]
    checked = 0
    for _ in range(3000):
        globs = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6))) for _ in range(rnd.randint(1, 3))]
        plain = plain_name_globs(globs)
        if plain is None:  # "**" drawn, or a blank glob
            continue
        for _ in range(10):
            name = "".join(rnd.choice(["a", "b", ".", "ab", "env", ".env", " ", "-"])
                           for _ in range(rnd.randint(0, 6)))
            want = any(glob_to_regex(g).match(name) for g in globs)
            assert names_take(plain, name) is want, (globs, name)
            checked += 1
    assert checked > 15000


def test_a_hook_sized_scan_compiles_no_path_glob():
    """The engine answers which path-limited rules a file is off (Engine._off_path) with plain name tests:
    scanning one source file compiles none of the rules' globs (that was ~15-25 ms of a hook)."""
    from credgate.linter.engine import Engine

    eng = Engine()
    glob_to_regex.cache_clear()
    _matcher.cache_clear()
    eng.scan_bytes(b'import os\nprint("hello")\n', "src/app.py")
    eng.scan_bytes(b'notes\n', "docs/readme.md")
    assert glob_to_regex.cache_info().misses == 0 and not eng._name_rx


def test_name_index_agrees_with_each_globs_regex():
    """globs.NameIndex (a bulk scan's _off_path: every rule's plain name globs in one index) gives, for each
    key, the answer of that key's globs' regexes: exact names, ``*X``, ``X*`` and the rest (``*dump*``,
    ``a*b``, ``*``), overlapping keys, several globs per key; None for a name with a newline."""
    from credgate.globs import NameIndex, plain_name_globs

    rnd = random.Random(29)
    pieces = ["a", "b", ".", "*", "ab", ".env", "-", "dump"]
    checked = 0
    for _ in range(300):
        keyed = {}
        while len(keyed) < rnd.randint(1, 12):
            globs = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 5))) for _ in range(rnd.randint(1, 4))]
            if plain_name_globs(globs) is not None:
                keyed[rnd.choice([len(keyed), ~len(keyed)])] = globs
        index = NameIndex([(k, plain_name_globs(g)) for k, g in keyed.items()])
        for _ in range(20):
            name = "".join(rnd.choice(["a", "b", ".", "ab", "env", ".env", "-", "dump", "x"])
                           for _ in range(rnd.randint(0, 7)))
            want = {k for k, globs in keyed.items() if any(glob_to_regex(g).match(name) for g in globs)}
            assert index.take(name) == want, (keyed, name)
            checked += 1
    assert checked == 6000
    index = NameIndex([(1, plain_name_globs([".env", "*.env"]))])
    assert index.take("x.env\n") is None and index.take(".env") == {1} and index.take("env") == set()
