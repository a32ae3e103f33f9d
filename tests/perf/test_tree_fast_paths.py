"""Fast paths of a tree scan (issue 16, session 8), each against the reference it replaces.

* The matcher's database of the built-in rules limited to ``paths`` (one of its rule groups, see
  ``matcher._rule_groups``) is not scanned for files on none of those rules' paths; the other databases must
  report, for each rule they hold, exactly the end offsets a scan of every database reports, and ``find`` must
  give the same matches either way.
* ``Engine._off_path`` answers a name from one index of every plain name glob (``globs.NameIndex``); the oracle is every
  rule's globs tried on the whole path (``match_any``).
* ``decode.hex_dump`` refuses a file whose long first line is not hex by its first bytes; the oracle is the
  same function with the probe turned off (the whole line stripped and tested, as before).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from credgate.globs import match_any
from credgate.linter import decode
from credgate.linter.engine import Engine
from credgate.linter.matcher import Matcher
from tests import rand
from tests.helpers import aws_pair, github_pat, slack_bot_token, stripe_live_key, typed_password

pytest.importorskip("hyperscan")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _samples(under: Path = FIXTURES) -> list[bytes]:
    """Every fixture file under ``under`` (the labelled corpora: keys in every context the rules know), plus
    synthetic buffers that hold keys, passwords and the words the broad rules start on, some on one long line."""
    out = [p.read_bytes() for p in sorted(under.rglob("*")) if p.is_file() and p.stat().st_size < (1 << 20)]
    words = ["password", "token", "secret", "api_key", "key", "passwd", "login", "user", "pass", "pin", "auth"]
    for _ in range(16):
        lines = []
        for _ in range(rand.randbelow(150) + 20):
            k = rand.choice(words)
            kind = rand.randbelow(8)
            if kind == 0:
                kid, sec = aws_pair()
                lines.append(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}")
            elif kind == 1:
                lines.append(f'"{k}": "{typed_password()}",')
            elif kind == 2:
                lines.append(f"{k} = '{rand.token_urlsafe(18)}'  # {github_pat()} {slack_bot_token()}")
            elif kind == 3:
                lines.append(f"export STRIPE={stripe_live_key()} {k}: {rand.token_hex(16)}")
            elif kind == 4:
                lines.append(f"login as admin with {k} {typed_password()} / {rand.token_urlsafe(9)}")
            else:
                lines.append(f"{k}_{rand.randbelow(99)}: {rand.token_urlsafe(rand.randbelow(40) + 1)}")
        sep = "\n" if rand.randbelow(3) else " "  # a third of them one long line, as minified JSON
        out.append(sep.join(lines).encode())
    return out


@pytest.fixture(scope="module")
def matchers() -> "tuple[Matcher, Matcher]":
    """(one that leaves out the path-limited database, one that never does: the reference), on the built-in
    rules."""
    eng = Engine()
    fast = eng.matcher
    assert fast.engine == "hyperscan"
    assert [g.limited for g in fast._dbs] == [False, True, True]  # path-limited ones: JSON files' and the others
    ref = Matcher(eng.ruleset)
    _never_skips(ref)
    return fast, ref


def _never_skips(m: Matcher) -> None:
    for g in m._dbs:
        g.held = frozenset()  # a database holding no rule is never left out


def test_open_database_reports_the_same_ends_for_the_rules_it_holds(matchers: "tuple[Matcher, Matcher]") -> None:
    fast, ref = matchers
    limited = fast._limited
    assert limited
    for data in _samples():
        got = fast._candidates_hs(data, limited)
        want = {i: ends for i, ends in ref._candidates_hs(data).items() if i not in limited}
        assert {i: sorted(v) for i, v in got.items()} == {i: sorted(v) for i, v in want.items()}


def test_find_gives_the_same_matches_with_either_database(matchers: "tuple[Matcher, Matcher]") -> None:
    fast, ref = matchers
    skip = fast._limited
    for data in _samples():
        assert fast.find(data, skip) == ref.find(data, skip)
        assert fast.find(data, skip - {min(skip)}) == ref.find(data, skip - {min(skip)})  # one limited rule on


def test_engine_findings_equal_with_either_database(matchers: "tuple[Matcher, Matcher]") -> None:
    del matchers
    fast, slow = Engine(), Engine()
    _never_skips(slow.matcher)
    paths = ["src/app.py", "data/dump.json", ".env", "docs/setup.md", "notes.txt", "deploy/values.yaml"]
    for i, data in enumerate(_samples(FIXTURES / "corpus")):  # the whole engine: one corpus is enough
        path = paths[i % len(paths)]
        a = [(f.rule_id, f.location, f.secret, f.severity, f.fingerprint, f.why) for f in fast.scan_bytes(data, path)]
        b = [(f.rule_id, f.location, f.secret, f.severity, f.fingerprint, f.why) for f in slow.scan_bytes(data, path)]
        assert a == b, path


def test_a_json_file_scans_only_the_path_limited_rules_it_can_be_on() -> None:
    """The dotenv, properties and credential-file catch-alls are never on a JSON file's path: their database is
    left out for it, while the prose and chat rules' one (a chat export is JSON) is scanned."""
    eng = Engine()
    skip = eng._off_path("exports/slack/general.json")
    limited = [g for g in eng.matcher._dbs if g.limited]
    assert len(limited) == 2
    json_db = [g for g in limited if not g.held <= skip]
    assert len(json_db) == 1 and any(eng.ruleset.rules[i].id.startswith("chat-") for i in json_db[0].held)
    assert all(g.held <= eng._off_path("src/app.py") for g in limited)  # a source file: neither


def test_a_small_scan_loads_its_databases_and_builds_nothing() -> None:
    """The hook scans a few staged files: it loads the cached databases and keeps the per-rule name regexes
    (nothing to compile, no name index)."""
    Engine()  # the session's cache holds the databases from here on
    eng = Engine()
    eng.scan_bytes(b'password = "' + typed_password().encode() + b'"\n' * 200, "src/app.py")
    assert eng.matcher.cache_hit and eng.matcher.engine == "hyperscan" and eng._name_index is None


def test_off_path_is_every_rules_globs_on_the_whole_path() -> None:
    eng = Engine()
    limited = [(i, r.paths) for i, r in enumerate(eng.ruleset.rules) if r.paths]
    names = []
    for _i, globs in limited:  # names made from each glob: the ones that must match, and near misses
        for g in globs:
            tail = g.rstrip("/").rsplit("/", 1)[-1]
            for fill in ("", "x", rand.token_hex(3), "a.b"):
                n = tail.replace("**", fill).replace("*", fill).replace("?", "q").replace("[", "").replace("]", "")
                names += [n, n + ".bak", "x" + n, n.upper()]
    names += [rand.token_urlsafe(rand.randbelow(12) + 1) + rand.choice([".json", ".py", ".md", ".env", ""])
              for _ in range(300)]
    folders = ["", "app/", "docs/", "deploy/pgbouncer/", "config/credentials/", "home/u/.config/", "a/b/c/"]
    for n in names:
        if not n or "/" in n:
            continue
        path = rand.choice(folders) + n
        want = frozenset(i for i, globs in limited if not match_any(globs, path))
        assert eng._off_path(path) == want, path
    assert eng._name_index is not None  # past the first names: the index answered (and was checked)


def _hex_dump_reference(data: bytes, monkeypatch: pytest.MonkeyPatch) -> object:
    with monkeypatch.context() as m:
        m.setattr(decode, "_DUMP_PROBE", 1 << 60)  # the probe never applies: the old, whole-line test
        return decode.hex_dump(data)


def test_hex_dump_probe_gives_the_old_answers(monkeypatch: pytest.MonkeyPatch) -> None:
    text = b"The deploy password is " + typed_password().encode() + b" for the staging box.\n"
    dump_lines = [text[i : i + 16].hex().encode() for i in range(0, len(text), 16)]
    cases = [b"\n".join(dump_lines) + b"\n"]  # a real dump: found by both
    for _ in range(300):
        n = decode._DUMP_PROBE + rand.randbelow(3 * decode._DUMP_PROBE)
        body = bytearray(rand.token_hex(n // 2 + 1).encode()[:n])
        kind = rand.randbelow(6)
        if kind == 0:  # one non-hex byte somewhere in a long line, maybe past the probe
            body[rand.randbelow(n)] = ord(rand.choice("gxz{\"!:"))
        elif kind == 1:  # spaces and tabs: at the start, the end, or inside
            for _ in range(rand.randbelow(5) + 1):
                body[rand.randbelow(n)] = ord(rand.choice(" \t\r"))
        elif kind == 2:  # a probe full of spaces, then text
            body[: decode._DUMP_PROBE + 2] = b" " * (decode._DUMP_PROBE + 2)
        elif kind == 3:  # a long comment line first
            body[:1] = b"#"
        elif kind == 4:  # leading spaces, then a comment
            body[:3] = b"  #"
        else:  # a dump line (hex of text), then spaces to the end of the line from inside the probe: stripped,
            # it is a good first line, and the file a dump
            cut = 2 * (rand.randbelow(decode._DUMP_PROBE // 2 - 8) + 8)
            body[:] = ((text * (cut // len(text) + 1)).hex().encode()[:cut] + b" " * (n - cut))
        first = bytes(body)
        rest = b"\n".join(dump_lines) if kind == 5 or rand.randbelow(2) else b"plain text\n"
        cases.append(first + b"\n" + rest + b"\n")
        cases.append(first)  # the long line alone, no newline
    for data in cases:
        assert decode.hex_dump(data) == _hex_dump_reference(data, monkeypatch)
    assert decode.hex_dump(cases[0]) is not None
    assert sum(decode.hex_dump(d) is not None for d in cases) > 20  # long first lines that are dumps, too
