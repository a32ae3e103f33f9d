"""The "slots" sniff (issue 16, session 19): ``credgate.iac.slot_sniff`` tries ``_SLOT_SNIFF`` only at the start of
lines that hold one of its words, instead of searching every offset of a 64 KB head.  It must give the same
answer as the plain search on every document: the fixtures, and seeded random documents built from the
pattern's own pieces (words in every case, line ends, quotes, braces, dashes, CR LF, names glued to words)."""
from __future__ import annotations

import random
from pathlib import Path

import credgate.iac as iac

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _plain(head: bytes) -> bool:
    return iac._SLOT_SNIFF.search(head) is not None


def test_same_answer_on_every_fixture():
    seen = {True: 0, False: 0}
    for p in sorted(FIXTURES.rglob("*")):
        if p.is_file() and p.suffix.lower() in (".json", ".yaml", ".yml", ".txt", ".properties", ""):
            head = p.read_bytes()[:64 * 1024]
            want = _plain(head)
            assert iac.slot_sniff(head) is want, p
            seen[want] += 1
    assert seen[True] >= 20 and seen[False] >= 100  # both answers are exercised


_PIECES = [b"name", b"Name", b" ", b"\t", b"-", b"- ", b'"', b"'", b":", b": ", b"{", b"}", b"\n", b"\r\n", b"\r",
           b"pass", b"PASS", b"Pwd", b"secret", b"TOKEN", b"pin", b"Key", b"cred", b"db_", b".x", b"-y", b"value",
           b"default", b"abc", b"1", b"=", b",", b"[", b"\xc3\xa9", b"\x00", b"password", b"api.key-id"]


def test_same_answer_on_random_documents():
    rnd = random.Random(1907)
    hits = 0
    for _ in range(30000):
        doc = b"".join(rnd.choice(_PIECES) for _ in range(rnd.randint(0, 40)))
        want = _plain(doc)
        assert iac.slot_sniff(doc) is want, doc
        hits += want
    assert 200 < hits < 29000  # both answers, many times


def test_the_declarations_it_is_for():
    assert iac.slot_sniff(b'{\n  "adminPassword": {\n    "type": "string"\n  }\n}\n')
    assert iac.slot_sniff(b"inputs:\n  - name: db-password\n    default: x\n")
    assert iac.slot_sniff(b"x: 1\nsap-password:")
    assert not iac.slot_sniff(b"password: hunter2\n")  # a value on the line: not a declaration that opens a block
    assert not iac.slot_sniff(b"")
