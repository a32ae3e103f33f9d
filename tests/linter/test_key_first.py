"""Issue 16, session 21: a generic rule's key is read before its value is judged.

Without ``--explain-drops``, a built-in generic rule's candidate under a key that names no secret
(``"password_hash": "<SHA-256>"``, ``token_type``) is dropped by ``filters.generic_key`` before the judge
(``Engine.verdict``: placeholder, generic-value and entropy checks, ~90 us a value).  A user-table dump gave the
judge 75,000 unique hashes that the key check then dropped.  Both are drops, so only their order changed; a
recorded drop (``record_drops``) still goes through the judge first and keeps its reason.  These tests hold
the two orders to the same findings on a dump with real secrets planted in the same JSON shape and on every
labelled corpus.
"""
from __future__ import annotations

import hashlib
import random
from pathlib import Path

from credgate.config import Config
from credgate.linter.engine import Engine
from credgate.models import Fragment

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPORA = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name.startswith("corpus"))

# real-looking secrets in the dump's own shape: a password, a token and a hash under a key that is a secret's
PLANTED = {
    17: '"password": "Xk9#mQ2vLp7!wR4z"',
    40: '"api_token": "%s"' % hashlib.sha256(b"planted token").hexdigest(),
    63: '"password": "%s"' % hashlib.sha256(b"planted hash as the password").hexdigest(),
}


def _dump(records: int = 120, seed: int = 21) -> bytes:
    rng = random.Random(seed)
    lines = []
    for i in range(records):
        slot = PLANTED.get(i, '"password_hash": "%s"' % hashlib.sha256(b"%d:%f" % (i, rng.random())).hexdigest())
        lines.append('{"login": "jdoe%d", "account": "ACME-%06d", %s, "password_reset_required": %s, '
                     '"note": "password was reset by helpdesk"}' % (rng.randrange(100), rng.randrange(10**6), slot,
                                                                     "true" if rng.random() < 0.1 else "false"))
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode()


def _key(f) -> tuple:
    return (f.rule_id, f.location.path, f.line, f.location.column, f.fingerprint, tuple(f.why), f.severity)


def _scan(data: bytes, path: str, record: bool) -> tuple[list[tuple], Engine]:
    eng = Engine(Config())
    eng.record_drops = record
    return [_key(f) for f in eng.scan(Fragment(path=path, data=data))[0]], eng


def test_a_user_dump_gives_the_same_findings_with_the_key_read_first():
    data = _dump()
    fast, eng = _scan(data, "export/users.json", record=False)
    slow, rec = _scan(data, "export/users.json", record=True)
    assert fast == slow
    # the planted secrets are reported, one each, on their records' lines (the array opens on line 1)
    lines = {f[2] for f in fast}
    assert lines == {i + 2 for i in PLANTED}, fast
    # the hashes under password_hash were dropped by their key before the judge: the judge saw none of them
    import re

    hashes = set(re.findall(r'"password_hash": "([0-9a-f]{64})"', data.decode()))
    assert len(hashes) == 117 and not hashes & {v for (_i, v) in eng._judged}
    # a recorded drop keeps the judge's order, and a password_hash hex value is dropped by its key there too
    reasons = {d.reason for d in rec.drops if len(d.secret) == 64 and d.rule_id.startswith("generic-")}
    assert reasons == {"the key 'password_hash' names an identifier or setting, not a secret"}


def test_the_key_first_order_is_taken_only_without_recorded_drops():
    data = _dump(records=40)
    _fast, eng = _scan(data, "export/users.json", record=False)
    assert eng._key_reasons  # the key check ran (and was memoised per key text)
    assert not any(len(v) == 64 for (_i, v) in eng._judged)  # no hash reached the judge
    _slow, rec = _scan(data, "export/users.json", record=True)
    assert sum(len(v) == 64 for (_i, v) in rec._judged) >= 30  # recorded: every hash judged first, as before


def test_every_corpus_gives_the_same_findings_in_both_orders():
    n = 0
    for corpus in CORPORA:
        fast_eng, slow_eng = Engine(Config()), Engine(Config())
        slow_eng.record_drops = True
        for p in sorted(corpus.rglob("*")):
            if p.is_file() and p.stat().st_size < 2_000_000:
                rel = str(p.relative_to(FIXTURES))
                frag = Fragment(path=rel, data=p.read_bytes())
                fast = [_key(f) for f in fast_eng.scan(frag)[0]]
                assert fast == [_key(f) for f in slow_eng.scan(frag)[0]], rel
                n += len(fast)
    assert n > 500
