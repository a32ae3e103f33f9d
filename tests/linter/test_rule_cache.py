"""The parsed built-in rule cache (credgate.linter.rulecache) a hook reads instead of 19+ TOML files.

Rules read back from the cache must be the rules parsed from the files: same values, same types (tuples,
enums), still frozen; a cache written for other rule files, a corrupt one or one with fields this version
does not know is not used.  Keys are BLAKE2b digests made without ``hashlib`` (issue 16: hook start-up)."""
from __future__ import annotations

import marshal
import os
import shutil
from pathlib import Path

import pytest

from credgate import records
from credgate.linter import rulecache
from credgate.linter.rule import Rule
from credgate.linter.ruleset import RULES_DIR, builtin_rules


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("CREDGATE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CREDGATE_NO_RULE_CACHE", raising=False)
    return tmp_path / "cache"


def _parsed(monkeypatch) -> list[Rule]:
    monkeypatch.setenv("CREDGATE_NO_RULE_CACHE", "1")
    try:
        return builtin_rules()
    finally:
        monkeypatch.delenv("CREDGATE_NO_RULE_CACHE")


def test_rules_from_the_cache_are_the_parsed_rules(cache, monkeypatch):
    parsed = _parsed(monkeypatch)
    assert not list(cache.glob("rules-*.marshal"))  # CREDGATE_NO_RULE_CACHE: neither read nor written
    first = builtin_rules()  # parses and writes the cache
    assert len(list(cache.glob("rules-*.marshal"))) == 1
    cached = builtin_rules()  # reads it
    assert cached == parsed == first and len(cached) >= 200
    for a, b in zip(parsed, cached):
        assert hash(a) == hash(b)
        for name in records.fields(Rule):
            assert type(getattr(a, name)) is type(getattr(b, name)), (a.id, name)
    with pytest.raises(records.FrozenInstanceError):
        cached[0].regex = "x"  # type: ignore[misc]
    assert cached[0].flags == parsed[0].flags and cached[0].is_generic == parsed[0].is_generic


def test_an_edited_rule_file_misses_the_cache(cache, tmp_path):
    rules = tmp_path / "rules"
    shutil.copytree(RULES_DIR, rules)
    files = sorted(rules.glob("*.toml"))
    out, where = rulecache.load_builtin(files)
    assert out is None and where is not None
    rulecache.store_builtin(where, builtin_rules())
    assert rulecache.load_builtin(files)[0] is not None
    files[0].write_bytes(files[0].read_bytes() + b"\n# one more line\n")
    out, where2 = rulecache.load_builtin(files)
    assert out is None and where2 != where  # another key: parsed again, never the stale rules


@pytest.mark.parametrize("damage", ["garbage", "truncated", "unknown-field", "code", "not-a-list"])
def test_a_damaged_cache_is_not_used(cache, damage):
    files = sorted(RULES_DIR.glob("*.toml"))
    _, where = rulecache.load_builtin(files)
    rulecache.store_builtin(where, builtin_rules())
    assert where is not None and rulecache.load_builtin(files)[0] is not None
    raw = marshal.loads(where.read_bytes())
    if damage == "garbage":
        where.write_bytes(b"\x00{not marshal")
    elif damage == "truncated":
        where.write_bytes(where.read_bytes()[:1000])
    elif damage == "unknown-field":
        raw[0]["run_this"] = "x"
        where.write_bytes(marshal.dumps(raw))
    elif damage == "code":  # a code object where a rule should be: refused, never run
        where.write_bytes(marshal.dumps([compile("raise SystemExit(9)", "x", "exec")]))
    else:
        where.write_bytes(marshal.dumps({"rules": raw}))
    assert rulecache.load_builtin(files) == (None, where)


def test_a_cache_of_fewer_fields_gets_the_defaults(cache):
    """A field missing from a cached rule takes the dataclass default (as Rule(**fields) does)."""
    files = sorted(RULES_DIR.glob("*.toml"))
    _, where = rulecache.load_builtin(files)
    rules = builtin_rules()
    rulecache.store_builtin(where, rules)
    raw = marshal.loads(where.read_bytes())
    del raw[0]["remediation"]
    where.write_bytes(marshal.dumps(raw))
    out = rulecache.load_builtin(files)[0]
    assert out is not None and out[0] == records.replace(rules[0], remediation="")
    assert out[1:] == rules[1:]
    del raw[0]["references"]  # a tuple field missing: not used at all
    where.write_bytes(marshal.dumps(raw))
    assert rulecache.load_builtin(files)[0] is None


def test_cache_keys_are_blake2b_without_hashlib():
    h = rulecache.key_hash()
    h.update(b"credgate")
    assert h.name == "blake2b" and h.digest_size == 16
    import hashlib

    assert h.hexdigest() == hashlib.blake2b(b"credgate", digest_size=16).hexdigest()


def test_the_key_covers_names_and_file_identity(tmp_path):
    a, b = tmp_path / "a.toml", tmp_path / "b.toml"
    a.write_text("x")
    b.write_text("x")
    assert rulecache._key([a]) != rulecache._key([b])  # the file name is in the key
    k = rulecache._key([a])
    a.write_text("y")  # an edit: a new modification time (set here: a clock tick can hold two writes)
    st = a.stat()
    os.utime(a, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000))
    assert rulecache._key([a]) != k
    k = rulecache._key([a])
    c = tmp_path / "c.toml"  # a reinstall: the same bytes and times in a new file
    shutil.copy2(a, c)
    os.replace(c, a)
    assert rulecache._key([a]) != k
    assert isinstance(k, str) and len(k) == 24 and Path(f"rules-{k}.marshal").name.isascii()
