"""The performance paths give the same answers as the plain ones (no timings asserted here).

* the process pool (credgate.parallel) returns the same findings, in the same order, as one process;
* the matcher's bounded windows find what a whole-buffer confirmation finds;
* the built-in rule cache and the hyperscan cache are used on the second run and hold no scanned data;
* the history blob cache skips clean blobs, rescans blobs with findings, holds no secret, and --full ignores it.
"""
from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

from credgate.config import Config
from credgate.linter.engine import Engine
from credgate.linter.matcher import BACK, LINE, OLD, WHOLE, window_mode
from credgate.models import Fragment, Skip
from credgate import parallel
from tests.helpers import aws_pair, commit_file, github_pat, init_repo, run_credgate


def _corpus(n: int, seed: int = 5) -> tuple[list[Fragment], set[str]]:
    rng = random.Random(seed)
    words = "alpha beta gamma token secret password value config client data".split()
    frags, planted = [], set()
    for i in range(n):
        lines = [" ".join(rng.choice(words) for _ in range(8)) for _ in range(rng.randint(20, 200))]
        if i % 7 == 0:
            tok = github_pat()
            planted.add(tok)
            lines.insert(rng.randrange(len(lines)), f"GITHUB_TOKEN={tok}")
        if i % 11 == 0:
            kid, sec = aws_pair()
            planted.add(kid)
            lines.insert(rng.randrange(len(lines)), f'aws_access_key_id = "{kid}"\naws_secret_access_key = "{sec}"')
        frags.append(Fragment(path=f"src/f{i}.txt", data="\n".join(lines).encode()))
    return frags, planted


def _key(f):
    return (f.rule_id, f.path, f.line, f.location.column, f.fingerprint)


def test_pool_gives_the_same_findings_in_the_same_order_as_one_process() -> None:
    eng = Engine(Config())
    frags, planted = _corpus(300)
    items: list = []
    for i, fr in enumerate(frags):
        items.append(fr)
        if i % 50 == 0:
            items.append(Skip(f"bin{i}", "binary", "binary content not scanned"))
    one = list(parallel.scan_stream(eng, items, jobs=1))
    pooled = list(parallel.scan_stream(eng, items, jobs=2, min_bytes=1))
    assert [it for it, _ in one] == items and [it for it, _ in pooled] == items
    flat_one = [_key(f) for _, r in one if r for f in r[0]]
    flat_pool = [_key(f) for _, r in pooled if r for f in r[0]]
    assert flat_one == flat_pool
    found = {f.secret for _, r in pooled if r for f in r[0]}
    assert planted <= found  # every planted token and key id came back through the pool
    assert all(r is None for it, r in pooled if isinstance(it, Skip))


def test_small_input_never_forks() -> None:
    eng = Engine(Config())
    frags, _ = _corpus(3)
    pid = os.getpid()
    seen = []
    orig = eng.scan

    def spy(fr):
        seen.append(os.getpid())
        return orig(fr)

    eng.scan = spy  # type: ignore[method-assign]
    out = list(parallel.scan_stream(eng, frags, jobs=2))
    assert len(out) == 3 and set(seen) == {pid}


def test_worker_drops_reach_the_parent() -> None:
    eng = Engine(Config())
    eng.record_drops = True
    data = b"\n".join(b"password = changeme%d" % i for i in range(50))
    frags = [Fragment(path=f"c{i}.ini", data=data) for i in range(40)]
    list(parallel.scan_stream(eng, frags, jobs=1))
    n_one = len(eng.drops)
    eng.drops.clear()
    list(parallel.scan_stream(eng, frags, jobs=2, min_bytes=1))
    assert n_one > 0 and len(eng.drops) == n_one


@pytest.mark.parametrize("regex,flags,widened,multiline,mode", [
    (r"\b(ghp_[A-Za-z0-9]{36})\b", 0, False, False, LINE),
    (r"key\s{0,5}=\s{0,5}([a-z0-9]{4,128})", 0, True, False, BACK),
    (r"[^;]+;password=([^;]+)", 0, True, False, WHOLE),
    (r"token[\s:=]+([A-Za-z0-9]{100,})", 0, False, False, OLD),
    (r"-----BEGIN KEY-----.+?-----END KEY-----", 0, False, True, WHOLE),
    (r"(?s:a.b)", 0, False, False, BACK),
    (r"a.b", 0, False, False, LINE),
])
def test_window_mode(regex: str, flags: int, widened: bool, multiline: bool, mode: int) -> None:
    assert window_mode(regex, flags, widened, multiline)[0] == mode


def test_bounded_windows_match_whole_buffer_confirmation() -> None:
    eng = Engine(Config())
    m = eng.matcher
    candidates = m._candidates_hs if m.engine == "hyperscan" else m._candidates_py
    frags, _ = _corpus(60, seed=9)
    extra = b"\n".join([b"db_password: " + b"x" * 3 + b"Q9v!" + b"z" * 20, b"  api_key =\n   'Zr8kL0pQ2wXy7'"])
    for fr in frags + [Fragment(path="x.yaml", data=extra * 20)]:
        cand = candidates(fr.data)
        for idx, ends in cand.items():
            got = {(r.start, r.end) for r in m._confirm(fr.data, idx, ends)}
            whole = {(r.start, r.end) for r in m._confirm(fr.data, idx, [-1])}
            assert whole == got, m.rules[idx].rule.id


def test_rule_and_hyperscan_caches_hit_on_the_second_engine(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path))
    e1 = Engine(Config())
    e2 = Engine(Config())
    if e1.matcher.engine == "hyperscan":
        assert e2.matcher.cache_hit
    rules_cache = list(tmp_path.glob("rules-*.marshal"))
    assert len(rules_cache) == 1
    assert [r.id for r in e1.ruleset.rules] == [r.id for r in e2.ruleset.rules]
    assert e1.ruleset.rules == e2.ruleset.rules  # the cached rules equal the parsed ones
    tok = github_pat()
    assert [f.secret for f in e2.scan_bytes(f"t = '{tok}'\n".encode(), "a.py")] == [tok]


def test_history_blob_cache(tmp_path: Path, monkeypatch) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(cache))
    repo = init_repo(tmp_path / "repo")
    tok = github_pat()
    for i in range(5):
        commit_file(repo, f"src/m{i}.py", f"x = {i}\n" * 50, f"c{i}")
    commit_file(repo, "deploy/env.sh", f"export GITHUB_TOKEN={tok}\n", "oops")
    commit_file(repo, "deploy/env.sh", "export GITHUB_TOKEN=$FROM_VAULT\n", "fix")

    def audit(*extra: str) -> dict:
        out = tmp_path / "o.json"
        r = run_credgate(["git", str(repo), "--format", "json", "-o", str(out), *extra], cwd=repo)
        assert r.returncode == 1, r.stderr
        return json.loads(out.read_text())

    first = audit()
    second = audit()
    full = audit("--full")
    strip = lambda d: sorted((f["rule_id"], f["path"], f["line"], f["commit"]) for f in d["findings"])  # noqa: E731
    assert strip(first) == strip(second) == strip(full) and len(strip(first)) == 1
    assert first["summary"]["scanned_items"] == 7
    assert second["summary"]["scanned_items"] == 1  # only the blob with the finding is read again
    assert full["summary"]["scanned_items"] == 7
    files = list((cache / "history").glob("*.txt"))
    assert len(files) == 1
    text = files[0].read_text()
    assert tok not in text and tok[:8] not in text and "GITHUB" not in text
    assert oct(files[0].stat().st_mode & 0o777) == "0o600"
    # a new commit: only its new blob is read
    commit_file(repo, "src/new.py", "y = 2\n", "new")
    assert audit()["summary"]["scanned_items"] == 2


# --------------------------------------------------------------------- RE2 confirmation
def _fixture_texts(limit: int = 400) -> list[bytes]:
    root = Path(__file__).resolve().parent.parent / "fixtures"
    out = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and 0 < p.stat().st_size < 200_000:
            out.append(p.read_bytes())
            if len(out) >= limit:
                break
    return out


def test_re2_twins_find_exactly_what_re_finds_on_any_window() -> None:
    from credgate.linter import matcher as M

    eng = Engine(Config())
    rules = eng.ruleset.rules
    twins = {i: M.compile_re2(r.regex, r.flags) for i, r in enumerate(rules)}
    assert sum(t is not None for t in twins.values()) > len(rules) * 0.9  # nearly every built-in rule has one
    frags, _ = _corpus(40)
    texts = _fixture_texts() + [f.data for f in frags]
    rng = random.Random(11)
    compared = matched = 0
    for data in texts:
        wins = [(0, len(data))] + [tuple(sorted(rng.sample(range(len(data) + 1), 2))) for _ in range(2)]
        for i, tw in twins.items():
            if tw is None:
                continue
            cr = eng.matcher.rules[i]
            for lo, hi in wins:
                if hi > lo and data[hi - 1] == 10 and tw[2]:
                    continue  # re decides these windows for rules with a `$` (see _confirm)
                want = M._re_spans(cr.pattern, data, lo, hi, cr.rule.secret_group)
                got = M._re2_spans(tw, data, lo, hi, cr.rule.secret_group)
                assert got is None or got == want, (cr.rule.id, lo, hi)
                compared += 1
                matched += bool(want)
    assert compared > 10_000 and matched > 100


def test_re2_translation_keeps_re_bytes_meaning() -> None:
    from credgate.linter.matcher import _re2_spans, _re_spans, compile_re2
    import re

    # re's bytes \s also matches \v; a window start looks one byte back for \b; $ ends the window
    cases = [(r"a\sb", b"xx a\x0bb a b"), (r"\bkey([0-9]+)", b"mykey12 key34"), (r"[^\s]{2}$", b"ab cd\x0bef"),
             (r"(?:^|\s)pw(\S+)", b"pw1 pw\x0b2 zpw3")]
    for regex, data in cases:
        tw = compile_re2(regex, 0)
        assert tw is not None, regex
        pat = re.compile(regex.encode())
        for lo in range(len(data)):
            for hi in range(lo, len(data) + 1):
                assert _re2_spans(tw, data, lo, hi, 1 if pat.groups else 0) == \
                    _re_spans(pat, data, lo, hi, 1 if pat.groups else 0), (regex, lo, hi)
    assert compile_re2(r"(?<=a)b", 0) is None and compile_re2(r"a{,3}", 0) is None  # re-only syntax stays on re
    assert compile_re2(r"(?x)a b", 0) is None and compile_re2(r"(?-x:a)b", 0) is None  # verbose: re only
    # scoped flags cleared or set (the generic password rules' (?-i:...) group): the same matches as re
    for regex in (r"(?i:a(?-i:b)c)", r"(?i:key(?-i:[a-z]Pw)=(\w+))", r"(?s:a.(?-s:.)b)", r"(?m:^x(?-m:$))"):
        tw = compile_re2(regex, 0)
        assert tw is not None, regex
        pat = re.compile(regex.encode())
        g = 1 if pat.groups else 0
        for data in (b"abc ABC AbC aBc", b"KEYxPw=1 keyxpw=2 KeYqPw=3 keyQPw=4", b"a\n\nb a\nxb axxb", b"x\nx"):
            for lo in range(len(data)):
                for hi in range(lo, len(data) + 1):
                    if hi > lo and data[hi - 1] == 10 and tw[2]:
                        continue  # re decides these windows for rules with a `$` (see _confirm)
                    assert _re2_spans(tw, data, lo, hi, g) in (None, _re_spans(pat, data, lo, hi, g)), (regex, lo, hi)
    tw = compile_re2(r"key=(\w+)\n", 0)  # no `$`: a window ending in a newline is RE2's too
    assert tw is not None and not tw[2]
    assert _re2_spans(tw, b"a key=1\nkey=2\n", 0, 14, 1) == _re_spans(re.compile(rb"key=(\w+)\n"), b"a key=1\nkey=2\n", 0, 14, 1)


def test_findings_identical_with_and_without_re2(monkeypatch: pytest.MonkeyPatch) -> None:
    from credgate.linter import matcher as M

    frags, planted = _corpus(120)
    frags += [Fragment(path=f"fx{i}.txt", data=d) for i, d in enumerate(_fixture_texts(200))]
    monkeypatch.setenv("CREDGATE_CONFIRM", "re")
    eng_re = Engine(Config())
    plain = [_key(f) for fr in frags for f in eng_re.scan(fr)[0]]
    monkeypatch.setenv("CREDGATE_CONFIRM", "auto")
    monkeypatch.setattr(M, "_RE2_MIN", 0)  # every window through RE2
    eng_re2 = Engine(Config())
    fast = [_key(f) for fr in frags for f in eng_re2.scan(fr)[0]]
    assert eng_re2.matcher._re2 is not None and any(eng_re2.matcher._re2)
    assert fast == plain and len(plain) > len(planted) // 2


def test_raw_matches_identical_with_and_without_re2(monkeypatch: pytest.MonkeyPatch) -> None:
    # below the findings: every candidate (rule, spans) the matcher yields, including those the judge
    # drops; RE2 stops a window at its last reported end (issue 16), re runs every window to its end
    from credgate.linter import matcher as M

    frags, _ = _corpus(120)
    datas = [fr.data for fr in frags] + list(_fixture_texts(200))
    monkeypatch.setenv("CREDGATE_CONFIRM", "re")
    plain = Engine(Config()).matcher
    monkeypatch.setenv("CREDGATE_CONFIRM", "auto")
    monkeypatch.setattr(M, "_RE2_MIN", 0)
    fast = Engine(Config()).matcher
    n = 0
    for d in datas:
        a = [(r.rule_index, r.start, r.end, r.secret_start, r.secret_end) for r in plain.find(d)]
        assert [(r.rule_index, r.start, r.end, r.secret_start, r.secret_end) for r in fast.find(d)] == a
        n += len(a)
    assert fast._re2 is not None and any(fast._re2) and n > 1000


def _naive_windows(data: bytes, ends: list[int], mode: int, width: int) -> list[tuple[int, int]]:
    """The window rule written plainly (unbounded searches): what _hs_windows must return."""
    n = len(data)
    spans: list[tuple[int, int]] = []
    for end in sorted(set(ends)):
        back = end - 1 if mode == LINE else end - width
        lo = data.rfind(b"\n", 0, max(back, 0)) + 1
        if width and end - width > lo:
            lo = end - width
        le = data.find(b"\n", end)
        hi = n if le == -1 else le
        hi = min(hi, end + 256)
        if spans and lo <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(hi, spans[-1][1]))
        else:
            spans.append((lo, hi))
    return spans


def test_bounded_window_searches_give_the_plain_windows() -> None:
    from credgate.linter.matcher import _hs_windows

    rng = random.Random(3)
    for _ in range(5000):
        n = rng.randint(0, 2000)
        p = rng.choice([0.0, 0.002, 0.02, 0.3])
        data = bytes(10 if rng.random() < p else 97 for _ in range(n))
        ends = [rng.randint(0, n) for _ in range(rng.randint(1, 8))]
        mode, width = rng.choice([LINE, BACK]), rng.choice([0, 1, 5, 50, 207, 300, 5000])
        assert _hs_windows(data, ends, mode, width) == _naive_windows(data, ends, mode, width)


def test_re2_twins_of_rules_beyond_ascii_match_what_re_matches() -> None:
    # a rule with characters beyond ASCII (the prose rules' contraseña, パスワード, ПАРОЛЬ) is confirmed with RE2
    # too (session 20: on re, two of them cost 4.5 of 15.6 CPU s of a real history, whole buffers of Django's docs);
    # re reads such a character as its UTF-8 bytes, never case-folded: the twin must match exactly that, also where
    # a byte differs only in Latin-1 case (\xc3 / \xe3), which RE2's Latin-1 folding would otherwise equate
    from credgate.linter import matcher as M

    eng = Engine(Config())
    rules = [(i, r) for i, r in enumerate(eng.ruleset.rules) if not r.regex.isascii()]
    twins = {i: M.compile_re2(r.regex, r.flags) for i, r in rules}
    assert sum(t is not None for t in twins.values()) >= len(rules) - 3 >= 10
    rng = random.Random(20)
    compared = matched = 0
    for i, r in rules:
        tw = twins[i]
        if tw is None:
            continue
        cr = eng.matcher.rules[i]
        texts = []
        for ex in r.examples:
            b = ex.encode("utf-8")
            texts += [b, b.upper(), b.lower(), bytes(x ^ 0x20 if x >= 0xC0 else x for x in b),  # Latin-1 case twins
                      b"\n".join([b, b"The old passwort was reset to Hunter2x99 yesterday.", b]),
                      bytes(rng.choice(b) if rng.random() < 0.02 else x for x in b)]
        for data in texts:
            wins = [(0, len(data))] + [tuple(sorted(rng.sample(range(len(data) + 1), 2))) for _ in range(3)]
            for lo, hi in wins:
                if hi > lo and data[hi - 1] == 10 and tw[2]:
                    continue
                want = M._re_spans(cr.pattern, data, lo, hi, cr.rule.secret_group)
                got = M._re2_spans(tw, data, lo, hi, cr.rule.secret_group)
                assert got is None or got == want, (r.id, data[lo:hi][:80], lo, hi)
                compared += 1
                matched += bool(want)
    assert compared > 300 and matched > 30
    # the translation itself: each byte its own literal, a quantifier on the last byte (as re on bytes reads it)
    import re

    tw = M.compile_re2("a(?i:ñ+)b", 0)
    assert tw is not None
    pat = re.compile("a(?i:ñ+)b".encode())
    for d in ("añb".encode(), "aÑb".encode(), "añññb".encode()):
        assert M._re2_spans(tw, d, 0, len(d), 0) == M._re_spans(pat, d, 0, len(d), 0)
    assert M._re2_spans(tw, "a\xc3\xb1\xb1b".encode("latin-1"), 0, 5, 0) == [(0, 5, 0, 5)]  # ñ+ = \xc3\xb1+ to re
    assert M._re2_spans(tw, "a\xe3\xb1b".encode("latin-1"), 0, 4, 0) == []  # \xe3 is not \xc3 to re
    assert M.compile_re2("[ñ]x", 0) is None  # inside a class: stays on re


def test_re2_with_dollar_on_windows_ending_in_a_newline_finds_what_re_finds() -> None:
    # session 21 (issue 16): a window that ends in a newline was confirmed with re alone for a rule with a `$` (re
    # also reads `$` just before that newline, RE2 only at the end); a user-table dump whose every line holds the
    # prose rules' heads (password_hash, password_reset_required, "password was reset") is one window of the whole
    # file, and re read 21 MB per prose rule (9 of 18 CPU s a file).  RE2 now answers for the starts more than the
    # rule's newline reach before the last newline, re for the rest: the same spans as re on the whole window
    import re

    from credgate.linter import matcher as M
    from credgate.linter.regexshape import newline_reach

    # where the difference lies: re matches "$" before the last newline, RE2 alone does not
    pat = re.compile(rb"is ([a-z0-9]+)$")
    tw = M.compile_re2(r"is ([a-z0-9]+)$", 0)
    d = b"one\nthe password is hunter2\n"
    assert M._re_spans(pat, d, 0, len(d), 1) == [(17, 27, 20, 27)]
    assert M._re2_spans(tw, d, 0, len(d), 1) == []  # why re decided these windows before
    assert M._re2_spans_dollar(tw, pat, d, 0, len(d), 1, 0) == M._re_spans(pat, d, 0, len(d), 1)
    big = b"".join(b"line %d is x%d\n" % (i, i) for i in range(200))
    assert M._re2_spans_dollar(tw, pat, big, 0, len(big), 1, 0) == M._re_spans(pat, big, 0, len(big), 1)

    eng = Engine(Config())
    rules = []
    for i, r in enumerate(eng.ruleset.rules):
        tw = M.compile_re2(r.regex, r.flags)
        if tw is not None and tw[2]:
            reach = newline_reach(r.regex, r.flags)
            if reach is not None:
                rules.append((i, r, tw, reach))
    ids = {r.id for _i, r, _t, _k in rules}
    assert len(rules) > 100 and "prose-reset-set-to-value" in ids and "chat-reply-answers-password-message" in ids
    rng = random.Random(21)
    dump = b"".join(b'{"login": "u%d", "password_hash": "%064x", "password_reset_required": false, '
                    b'"note": "password was reset by helpdesk"}\n' % (k, rng.getrandbits(256)) for k in range(40))
    frags, _ = _corpus(12)
    compared = matched = 0
    for i, r, tw, reach in rules:
        cr = eng.matcher.rules[i]
        g = cr.rule.secret_group
        texts = [dump, dump[:2000] + b"\n"] + [f.data + b"\n" for f in frags[:3]]
        for ex in r.examples[:4]:
            b = ex.encode("utf-8").rstrip(b"\n")
            # the example as the last line (its `$` before the final newline), after and among dump lines
            texts += [b + b"\n", dump + b + b"\n", b"\n".join([b, dump, b]) + b"\n", b + b"\r\n"]
        for data in texts:
            starts = [0] + [rng.randrange(len(data)) for _ in range(2)]
            for lo in starts:
                hi = len(data)
                want = M._re_spans(cr.pattern, data, lo, hi, g)
                got = M._re2_spans_dollar(tw, cr.pattern, data, lo, hi, g, reach)
                assert got is None or got == want, (r.id, lo, hi)
                compared += 1
                matched += bool(want)
    assert compared > 2000 and matched > 100, (compared, matched)
