"""The generic password rules on ``re`` (issue 16, session 19): a rule whose regex opens with a name's run of up to N
word characters before its words (``(?i:[a-z0-9_.\\-]{0,30}(?:password|...)``) is searched from the first place its
words match, less N, instead of from every offset (credgate.linter.matcher.lead_for, _re_spans_lead).  Installs
without RE2 confirm these rules on ``re``; the spans must be exactly those of a plain ``finditer``."""
from __future__ import annotations

import random

from credgate.linter.matcher import _re_spans, _re_spans_lead, lead_for
from credgate.linter.ruleset import load_ruleset

_NAMES = [b"password", b"db_password", b"DB_PASS", b"adminPwd", b"smtp.pass", b"passphrase", b"wifi_key", b"psk",
          b"api_key", b"apiKey", b"client_secret", b"token", b"sdk-key", b"server_token", b"signing_key", b"x" * 40,
          b"a.b-c_d" * 6, b"keystorePass", b"rootpass", b"pass", b"_pass", b"PASSWORD_FILE", b"\xc3\xa9password"]
_SEPS = [b"=", b": ", b' = "', b'": "', b"':'", b" => ", b":=", b"\t", b" ", b'="', b"'", b'"', b","]
_VALUES = [b"Hunter2hunter2", b"s3cr3t-V4lue_99", b"changeme", b"${DB_PASSWORD}", b"wJalrXUtnFEMI/K7MDENG/bPxRfiCY",
           b"9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", b"Tr0ub4dor&3", b"", b"x"]
_GLUE = [b"\n", b"\r\n", b" ", b", ", b"{", b"}", b"[", b"]", b"(", b")", b";", b"#", b"//", b"<add key=", b" value="]


def _line(rnd: random.Random) -> bytes:
    parts = []
    for _ in range(rnd.randint(1, 8)):
        parts.append(rnd.choice(_GLUE))
        parts.append(rnd.choice(_NAMES) + rnd.choice(_SEPS) + rnd.choice(_VALUES) + rnd.choice(_SEPS[-4:]))
    return b"".join(parts)


def test_same_spans_as_finditer_for_every_rule_with_a_lead():
    rules = [(r, lead_for(r.regex, r.flags)) for r in load_ruleset().builtin]
    rules = [(r, lead) for r, lead in rules if lead is not None]
    assert len(rules) >= 5  # the generic password, key and passphrase rules
    rnd = random.Random(1919)
    found = 0
    for r, (lead, reach) in rules:
        import re

        pattern = re.compile(r.regex.encode("utf-8"), r.flags)
        for _ in range(400):
            data = b"".join(_line(rnd) for _ in range(rnd.randint(1, 6)))
            lo = rnd.randint(0, len(data))
            hi = rnd.randint(lo, len(data))
            for a, b in ((0, len(data)), (lo, hi)):
                want = _re_spans(pattern, data, a, b, r.secret_group)
                assert _re_spans_lead(pattern, lead, reach, data, a, b, r.secret_group) == want, (r.id, data, a, b)
                found += len(want)
    assert found > 1000  # matches, many times over, not only empty answers


def test_only_the_shape_it_is_sound_for():
    assert lead_for(r"(?i:[a-z0-9_.\-]{0,30}(?:password|pwd))[ \t]*=[ \t]*(\S+)", 0)[1] == 30
    assert lead_for(r"(?i:[a-z0-9_.\-]{0,30}(?:password|pwd)?)", 0) is None  # can match empty
    assert lead_for(r"\b(ghp_[A-Za-z0-9]{36})\b", 0) is None
    assert lead_for(r"(?i:[a-z]{1,30}password)", 0) is None  # not an optional run
