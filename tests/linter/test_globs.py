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
