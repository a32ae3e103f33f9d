"""The run finders of credgate.linter.decode (issue 16): the hyperscan pass that large buffers use and the
translate loop that small ones use give the same runs, and candidates() decodes exactly what the first
version's loop (every base64/hex-alphabet run looked at, no prefilter) decoded."""
from __future__ import annotations

import base64
import hashlib
import json
import random
from pathlib import Path

import pytest

from credgate.linter import decode
from tests.helpers import aws_pair, run_credgate

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def _reference(data: bytes) -> list[tuple[int, int, bytes, str]]:
    """The base64/hex part of candidates() as first written: every run with a seed is built and tried."""
    out = []
    x = data.translate(decode._RUN_TABLE)
    n = len(data)
    i = x.find(decode._SEED)
    while i != -1:
        s = x.rfind(b" ", 0, i) + 1
        e = x.find(b" ", i)
        e = n if e == -1 else e
        while e < n and data[e] == 0x3D and e - i < decode.MAX_RUN:
            e += 1
        i = x.find(decode._SEED, e)
        if e - s > decode.MAX_RUN:
            continue
        run = data[s:e]
        if len(run) >= decode.MIN_HEX and not run.translate(None, decode._HEXCHARS):
            dec = decode._hex(run)
            if dec is not None and not decode._hash_context(data, s):
                out.append((s, e, dec, "hex"))
            continue
        got = decode._b64(run)
        if got is not None and not decode._hash_context(data, s):
            out.append((s, e, got[0], got[1]))
    return out


def _via(data: bytes, runs) -> list[tuple[int, int, bytes, str]]:
    return list(decode._decode_runs(data, runs))


def _b64_hex_only(data: bytes) -> list[tuple[int, int, bytes, str]]:
    return [c for c in decode.candidates(data) if c[3] in ("hex", "base64", "base64url")]


def _hs_db():
    db = decode._hs()
    if not db:
        pytest.skip("no hyperscan wheel for this platform: only the translate loop exists here")
    return db


def _pieces(rng: random.Random) -> list[bytes]:
    text = b"aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY password hunter2 " * 2
    return [
        hashlib.sha256(rng.randbytes(8)).hexdigest().encode(),
        hashlib.sha1(rng.randbytes(8)).hexdigest().upper().encode(),
        hashlib.md5(rng.randbytes(8)).hexdigest().encode(),
        hashlib.sha512(rng.randbytes(8)).hexdigest().encode(),
        base64.b64encode(text[: rng.randint(8, 120)]),
        base64.urlsafe_b64encode(text[: rng.randint(8, 120)]).rstrip(b"="),
        base64.b64encode(rng.randbytes(rng.randint(10, 90))),
        text[: rng.randint(12, 80)].hex().encode(),
        text[: rng.randint(12, 80)].hex().upper().encode() + b"=",
        b"sha256:" + hashlib.sha256(rng.randbytes(4)).hexdigest().encode(),
        b"integrity sha512-" + base64.b64encode(hashlib.sha512(rng.randbytes(4)).digest()),
        b"some_long_snake_case_identifier_name-with-kebab-parts",
        b"AbstractSingletonProxyFactoryBeanConfigurationHolder",
        bytes(rng.choice(b"0123456789abcdef") for _ in range(rng.randint(18, 70))),
        bytes(rng.choice(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef0234567+/-_=") for _ in range(rng.randint(18, 70))),
        rng.choice([b"", b"=", b"==", b"===="]),
    ]


def _random_buffer(rng: random.Random) -> bytes:
    seps = [b" ", b'", "', b"\n", b":", b"=", b"-", b"_", b".", b"", b"\xc3\xa9", b"'"]
    parts = []
    for _ in range(rng.randint(1, 60)):
        parts.append(rng.choice(_pieces(rng)))
        parts.append(rng.choice(seps))
    return b"".join(parts)


def test_hyperscan_and_loop_decode_the_same_runs_on_random_buffers() -> None:
    db = _hs_db()
    rng = random.Random(16)
    for _ in range(3000):
        data = _random_buffer(rng)
        assert _via(data, decode._runs_hs(data, db)) == _via(data, decode._runs_py(data)), data


def test_candidates_decode_what_the_unfiltered_loop_decoded() -> None:
    rng = random.Random(1616)
    yielded = 0
    for _ in range(3000):
        data = _random_buffer(rng)
        ref = _reference(data)
        assert _b64_hex_only(data) == ref, data
        yielded += len(ref)
    assert yielded > 500  # the generator does make runs that decode


def test_both_finders_agree_on_the_fixture_corpora() -> None:
    db = _hs_db()
    files = [p for p in sorted(FIXTURES.rglob("*")) if p.is_file()]
    assert len(files) > 100
    decoded = 0
    for p in files:
        data = p.read_bytes()
        assert _via(data, decode._runs_hs(data, db)) == _via(data, decode._runs_py(data)), p
        ref = _reference(data)
        assert _b64_hex_only(data) == ref, p
        decoded += len(ref)
    assert decoded > 0


def test_runs_at_the_buffer_edges_and_past_the_length_cap() -> None:
    db = _hs_db()
    text_b64 = base64.b64encode(b"hello there, this is a plain sentence of text")
    text_hex = b"hello there, this is a plain sentence".hex().encode()
    long_run = base64.b64encode(b"x" * (decode.MAX_RUN // 4 * 3 + 300))  # longer than MAX_RUN
    cases = [
        text_b64, text_hex, text_b64 + b"\n" + text_hex, b"=" + text_b64 + b"=",
        long_run, b"k:" + long_run + b" " + text_b64, long_run[: decode.MAX_RUN - 1] + b"==",
        long_run[: decode.MAX_RUN] + b"=", long_run[: decode.MAX_RUN + 1],
    ]
    for data in cases:
        assert _via(data, decode._runs_hs(data, db)) == _via(data, decode._runs_py(data)), data[:60]
        assert _b64_hex_only(data) == _reference(data), data[:60]


def test_large_file_of_hashes_still_reports_an_encoded_key(tmp_path: Path) -> None:
    """A file past the size where hyperscan finds the runs: the base64 of a key pair among SHA-256s."""
    kid, sec = aws_pair()
    enc = base64.b64encode(f"aws_access_key_id={kid}\naws_secret_access_key={sec}\n".encode()).decode()
    rows = [{"sha256": hashlib.sha256(str(i).encode()).hexdigest(), "n": i} for i in range(400)]
    rows.insert(200, {"blob": enc})
    root = tmp_path / "tree"
    root.mkdir()
    rows += [{"sha256": hashlib.sha256(str(-i).encode()).hexdigest()} for i in range(14000)]
    body = json.dumps(rows, indent=1)
    assert len(body) > decode._HS_BULK  # one buffer large enough that even a hook would use hyperscan
    (root / "dump.json").write_text(body)
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)], cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr.decode()
    found = json.loads(proc.stdout)["findings"]
    assert {f["rule_id"] for f in found if f.get("decoded") == "base64"} >= {"aws-access-key-id"}, found
    assert kid not in proc.stdout.decode() and enc not in proc.stdout.decode()


def test_entity_runs_are_found_on_the_hyperscan_path_as_on_the_plain_one():
    """The run finder's pass also tells whether a buffer holds ``&#`` (no second search of a large buffer):
    a numeric-character-reference password in a bulk-sized buffer decodes the same either way."""
    db = decode._hs()
    if not db:
        pytest.skip("hyperscan is not installed")
    pw = "".join(f"&#{ord(c)};" for c in "Harvest2025!")
    filler = b"x = 1\n" * 4000
    for data in (filler + f'<input name="pwd" value="{pw}">\n'.encode() + filler, filler + b"&amp; &#;\n" + filler):
        got = sorted(decode._percent_and_escapes(data, bool(list(_flag(data, db)))))
        assert got == sorted(decode._percent_and_escapes(data)), data[-80:]
    assert any(enc == "html entities" for *_, enc in decode.candidates(filler + pw.encode() + filler * 200))


def _flag(data: bytes, db):
    entities: list = []
    for _ in decode._runs_hs(data, db, entities):
        pass
    return entities


def test_windows_variable_references_are_not_percent_encodings(tmp_path: Path) -> None:
    """"%DEPLOY_PASSWORD%" in a batch file's URI is a reference, not the byte 0xDE then "PLOY_PASSWORD%" (found by
    bench/probe_tools.py --clean: mongodb-uri-password reported it); a real percent escape beside a word still
    decodes, and a two-character name ("%C3%A9", UTF-8) is an escape."""
    ref = b"set MONGO_URL=mongodb+srv://app:%DEPLOY_PASSWORD%@cluster0.corp.internal/app?w=majority"
    assert list(decode._percent_and_escapes(ref)) == []
    assert list(decode._percent_and_escapes(b"mongodb://app:%MONGO_PW%@cluster0.corp.internal/app")) == []
    enc = b"secret_key=Kq8vZ2mLwR7xTc4Nb9%2FPd3Hs6Jf1Yg5Ue%2BAo0Wi%C3%A9"
    got = list(decode._percent_and_escapes(enc))
    assert got and got[0][2].endswith("é".encode())
    mixed = b"url=https://h/x?a=%DEPLOY_PASSWORD%&s=Kq8vZ2mLwR7xTc4Nb9%2FPd3Hs6Jf1Yg5Ue%2BAo0Wi"
    assert any(b"/" in dec for _s, _e, dec, _how in decode._percent_and_escapes(mixed))
    root = tmp_path / "repo"
    root.mkdir()
    (root / "start.cmd").write_text("@echo off\r\nset MONGO_URL=mongodb+srv://app:%MONGO_PASSWORD%@cluster0.corp"
                                    ".internal/app\r\n")
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)])
    assert proc.returncode == 0, proc.stdout.decode()[-600:]
    assert json.loads(proc.stdout)["findings"] == []


def test_percent_flag_of_the_run_finder_is_the_regex_search():
    """The run finder's pass also tells whether a buffer holds a percent escape ``%XX`` (issue 16: the regex
    search of every buffer with a "%" cost ~1.5% of a cold history audit): its flag is exactly
    ``_PCT_ONE.search``, on escapes at the ends, beside one another, in other case, and on "%" without one;
    and the percent runs found with the flag are those found without it."""
    db = decode._hs()
    if not db:
        pytest.skip("hyperscan is not installed")
    rng = random.Random(16)
    alphabet = b"%%%aZ09fFgG:/=&#x \n\\\"'"
    samples = [b"", b"%", b"%4", b"%41", b"a%4g", b"%%41", b"x%aF", b"%G1%1G", b"100% done\n", b"q=%2F"]
    samples += [bytes(rng.choice(alphabet) for _ in range(rng.randint(0, 60))) for _ in range(3000)]
    filler = b"x = 1  # 50% of it\n" * 600
    samples += [filler + s + filler for s in samples[:40]]
    samples += [b"secret_key=Kq8vZ2mLwR7xTc4Nb9%2FPd3Hs6Jf1Yg5Ue%2BAo0Wi%C3%A9\n" + filler]
    for data in samples:
        pct: list = []
        for _ in decode._runs_hs(data, db, None, pct):
            pass
        assert bool(pct) == (decode._PCT_ONE.search(data) is not None), data[:80]
        assert list(decode._percent_and_escapes(data, None, bool(pct))) == list(decode._percent_and_escapes(data))
    # a mutation: a flag that is wrong one way loses the escape
    enc = b"s=Kq8vZ2mLwR7xTc4Nb9%2FPd3Hs6Jf1Yg5Ue%2BAo0Wi"
    assert list(decode._percent_and_escapes(enc, None, False)) == []
    assert list(decode._percent_and_escapes(enc, None, True)) == list(decode._percent_and_escapes(enc))
