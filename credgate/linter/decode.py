"""Encoded secrets: decode candidate runs and scan what they hide.

A secret written as base64, base64url, hex, percent-encoding or ``\\uXXXX`` /
``\\xXX`` escapes (or a chain of them: base64 of hex, base64 of base64) does
not match any rule as written.  This module finds candidate encoded runs in a
fragment, decodes them recursively (``MAX_DEPTH`` layers, ``BUDGET`` decoded
bytes per fragment), runs every rule on the decoded text and reports what
fires at the *encoded* span of the original file, with the chain that was
undone (``decoded = "base64 → hex"``).

Cost on ordinary content is kept near zero by a prefilter:

* a base64 run must be at least ``MIN_B64`` characters, have a valid length
  and padding and decode (first 60 bytes tried first) to mostly printable text;
  binary payloads (images, hashes, ciphertext, random keys) stop there;
* hex runs are even and at least ``MIN_HEX`` long; percent and escape scans
  run only when the content holds ``%`` or ``\\u``/``\\x`` at all;
* in bulk scans one hyperscan pass finds the runs whose start can encode text (``_runs_hs``), so the
  hashes of a JSON dump never reach Python; small scans use a translate loop (``_runs_py``), same runs;
* runs inside known hash contexts (``integrity "sha512-…"``, ``sha256:``) and
  runs that a plain rule already reported are skipped.

Each decoded run is scanned with its line's text around it (``key: <decoded>``)
so keyword rules such as ``aws-secret-access-key`` see the key name; only
findings whose secret lies inside the decoded part are kept.
"""
from __future__ import annotations

import base64
import binascii
import bisect
import re
from typing import TYPE_CHECKING, Any, Iterator, Optional
from urllib.parse import unquote_to_bytes

from credgate.lazyre import LazyPattern
from credgate.linter import filters
from credgate.linter.matcher import small_block_db
from credgate.linter.entropy import looks_random, shannon
from credgate.models import Confidence, Finding, Fragment, Location, Severity
from credgate.records import replace
from credgate.redact import redact

if TYPE_CHECKING:  # pragma: no cover
    from credgate.linter.engine import Engine

MAX_DEPTH = 5
BUDGET = 512 * 1024  # decoded bytes per fragment
MAX_RUN = 256 * 1024  # longer encoded runs are left alone (embedded images, bundles)
MIN_B64 = 20
MIN_HEX = 32
MIN_DECODED = 12
MIN_ESCAPED = 6  # decoded bytes of a run of 4+ \uXXXX / \xXX escapes ("\u004a\u0075..." is a password)
MIN_DUMP_LINE = 8  # hex characters of one line of a hex dump file (xxd -p): a short line is a value too
_CONTEXT = 160  # bytes of the run's line kept on each side when scanning the decoded text

# The run finder works on a translated copy of the content (C speed: bytes.translate and bytes.find):
# base64 characters become "a", "-" and "_" (base64url) become "d", everything else a space.  A run is
# found by a seed of MIN_B64 "a"s, so UUIDs and kebab/snake identifiers (short stretches between
# separators) are never looked at, then widened to its separators.
_B64_STD = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_RUN_TABLE = bytes(
    ord("a") if c in _B64_STD else ord("d") if c in b"-_" else ord(" ") for c in range(256)
)
_SEED = b"a" * MIN_B64
# text (bytes below 0x80) encodes to quads whose first character is one of these 32
_B64_TEXT_FIRST = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdef"
_HEXCHARS = b"0123456789abcdefABCDEF"
_HEX_TEXT_HIGH = b"0234567"  # text is 0x20-0x7e, tab and newlines: its first hex digit
_PCT_ONE = LazyPattern(globals(), "_PCT_ONE", rb"%[0-9A-Fa-f]{2}")
_PCT_RUN = LazyPattern(globals(), "_PCT_RUN", rb"[A-Za-z0-9._~+/=:%-]+")
# a Windows environment reference (%DEPLOY_PASSWORD%, %MONGO_PW%) is not an encoding: its "%DE" is no byte
_PCT_WIN_VAR = LazyPattern(globals(), "_PCT_WIN_VAR", rb"%[A-Za-z_][A-Za-z0-9_]{2,63}%")
_ESC_FIRST = LazyPattern(globals(), "_ESC_FIRST", rb"\\(?:u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2})")
_ESC_RUN = LazyPattern(globals(), "_ESC_RUN", rb"(?:\\u[0-9A-Fa-f]{4}|\\x[0-9A-Fa-f]{2}|[A-Za-z0-9+/=_.:-])+")
_ESC_ONE = LazyPattern(globals(), "_ESC_ONE", rb"\\u([0-9A-Fa-f]{4})|\\x([0-9A-Fa-f]{2})")
# HTML/XML numeric character references: "&#74;&#117;..." or "&#x4a;&#x75;..." (a password in a form or an XML
# config, written so that it does not read as one)
_ENT_RUN = LazyPattern(globals(), "_ENT_RUN", rb"(?:&#(?:[0-9]{2,3}|[xX][0-9A-Fa-f]{2});){4,}")
_ENT_ONE = LazyPattern(globals(), "_ENT_ONE", rb"&#([0-9]{2,3});|&#[xX]([0-9A-Fa-f]{2});")
_PRINTABLE = bytes(range(0x20, 0x7F)) + b"\t\n\r"
# JSON inside a JSON string (an API client's request body, a HAR postData, a CloudWatch log of a request,
# Terraform's jsonencode output): {"text": "{\"user\":\"svc\",\"password\":\"...\"}"}.  A run from one
# escaped quote to the last one before the outer string ends; its escaped quotes, backslashes and slashes are
# undone (\n and \uXXXX stay as written: one line stays one line, and \u runs are the escapes pass's).
_JSON_ESC_RUN = LazyPattern(globals(), "_JSON_ESC_RUN", rb'\\"(?:[^"\\\r\n]|\\[^"\r\n]){1,4096}\\"(?:(?:[^"\\\r\n]|\\[^"\r\n]){0,4096}\\")*')
_JSON_UNESCAPE = LazyPattern(globals(), "_JSON_UNESCAPE", rb'\\(["\\/])')
_JSON_KEY = LazyPattern(globals(), "_JSON_KEY", rb'"[\w.@$\-]{1,64}"[ \t]*:')
_HASH_CONTEXT = (b"sha512-", b"sha384-", b"sha256-", b"sha1-", b"sha256:", b"sha512:", b"integrity",
                 b"data:image/", b"data:font/")

ARROW = " \u2192 "


def _printable(b: bytes, min_len: int = MIN_DECODED) -> bool:
    if len(b) < min_len:
        return False
    return len(b.translate(None, _PRINTABLE)) * 20 <= len(b)  # at least 95% printable


def _b64(run: bytes) -> Optional[tuple[bytes, str]]:
    body = run.rstrip(b"=")
    url = b"-" in body or b"_" in body
    if url and (b"+" in body or b"/" in body):
        return None
    if len(body) % 4 == 1 or (len(run) > len(body) and len(run) % 4):
        return None
    if body[::4].translate(None, _B64_TEXT_FIRST):
        return None  # a quad that cannot start a text byte: binary, a hash, a random key
    alt = b"-_" if url else None
    try:  # a prefix first: binary stops after 60 bytes of work
        if len(body) > 96 and not _printable(base64.b64decode(body[:80], altchars=alt, validate=True)):
            return None
        out = base64.b64decode(body + b"=" * (-len(body) % 4), altchars=alt, validate=True)
    except (binascii.Error, ValueError):
        return None
    if not _printable(out):
        return None
    return out, ("base64url" if url else "base64")


# gzip's magic and deflate method (1f 8b 08) in base64: "H4sI".  A gzipped config, kubeconfig or Helm release
# ("helm stores releases as base64 of gzip") is binary once base64 is undone, so _b64 refuses it; it is
# inflated here, at most _GZIP_MAX bytes, and kept when the result is text.
_GZIP_B64 = b"H4sI"
_GZIP_MAX = 256 * 1024


def _gunzip_b64(run: bytes) -> Optional[bytes]:
    import zlib  # lazy: a gzip run is rare

    body = run.rstrip(b"=")
    try:
        raw = base64.b64decode(body + b"=" * (-len(body) % 4), altchars=b"-_" if (b"-" in body or b"_" in body)
                               else None, validate=True)
        d = zlib.decompressobj(16 + zlib.MAX_WBITS)
        out = d.decompress(raw, _GZIP_MAX)
    except (binascii.Error, ValueError, zlib.error):
        return None
    return out if _printable(out) else None


# base32 (RFC 4648: A-Z and 2-7, "=" padding to 8 characters): a secret written with `base32` or a TOTP-style
# encoder.  Its quads start with digits as often as letters, so the text prefilter of base64 runs refuses it;
# a run of MIN_B32 or more base32 characters only (no lower case, no 0, 1, 8, 9) is tried as base32 first.
MIN_B32 = 32
_B32ALPHA = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"


def _b32_run(data: bytes, s: int, e: int) -> bool:
    return e - s >= MIN_B32 and not data[s:e].translate(None, _B32ALPHA)


def _b32(run: bytes) -> Optional[bytes]:
    body = run.rstrip(b"=")
    if len(body) % 8 in (1, 3, 6):
        return None
    try:
        out = base64.b32decode(body + b"=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        return None
    return out if _printable(out) else None


def _hex(run: bytes) -> Optional[bytes]:
    if len(run) < MIN_HEX or len(run) % 2 or run[::2].translate(None, _HEX_TEXT_HIGH):
        return None
    try:
        out = binascii.unhexlify(run)
    except (binascii.Error, ValueError):
        return None
    return out if _printable(out) else None


def _unescape(run: bytes) -> bytes:
    def one(m: "re.Match[bytes]") -> bytes:
        if m.group(1) is not None:
            return chr(int(m.group(1), 16)).encode("utf-8", "replace")
        return bytes([int(m.group(2), 16)])

    return _ESC_ONE.sub(one, run)


def _entity(m: "re.Match[bytes]") -> bytes:
    """One numeric character reference as a byte; beyond ASCII a non-printable byte (not text we scan)."""
    n = int(m.group(1)) if m.group(1) is not None else int(m.group(2), 16)
    return bytes([n]) if n < 0x80 else b"\xff"


def _hash_context(data: bytes, s: int) -> bool:
    head = data[max(0, s - 24) : s].lower()
    return any(h in head for h in _HASH_CONTEXT)


def _runs_py(data: bytes) -> Iterator[tuple[int, int, int]]:
    """(start, end, seed) of every base64/hex-alphabet run holding a seed, "=" padding not included;
    runs whose every 4th character cannot start a text byte are left out (see _may_be_text)."""
    x = data.translate(_RUN_TABLE)
    n = len(data)
    find, rfind = x.find, x.rfind
    i = find(_SEED)
    while i != -1:
        s = rfind(b" ", 0, i) + 1
        e = find(b" ", i)
        e = n if e == -1 else e
        q = data[s:e:4]  # _may_be_text, inlined: this loop runs once per hash-like run
        if not (q.translate(None, _HEX_TEXT_HIGH) and q.translate(None, _B64_TEXT_FIRST)) \
                or data.startswith(_GZIP_B64, s) or _b32_run(data, s, e):
            yield s, e, i
        i = find(_SEED, e)


def _may_be_text(data: bytes, s: int, e: int) -> bool:
    """False for a run that _hex and _b64 would both refuse, after one slice and two translates.

    Every 4th character of a run that decodes to text starts a text byte: a hex digit 0 or 2-7 (hex:
    every 2nd character is one) or A-Z/a-f (base64: the first character of each quad; ``data[s:e]`` is
    the run without its "=" padding, as _b64's body).  A SHA-256 in a JSON dump stops here."""
    q = data[s:e:4]
    return not (q.translate(None, _HEX_TEXT_HIGH) and q.translate(None, _B64_TEXT_FIRST))


# Large buffers find their runs with one hyperscan pass instead (C speed, no Python per hash-like run):
# a run can only decode to text if its first 20 characters are 5 base64 quads starting A-Z/a-f, or its
# first 32 are 16 hex pairs starting 0/2-7 (what _b64 and _hex demand of the whole run).  Each hit gives
# the run's start; the run is then widened and checked exactly as _runs_py would.  Same runs, same order
# (tests/linter/test_decode_runs.py compares the two finders).
# Compiling costs ~2.5 ms once per process: a bulk scan (over _HS_BULK bytes seen, or one buffer that large)
# uses hyperscan for every buffer of _HS_MIN bytes or more; a hook's few staged files never compile it.
_HS_MIN = 8 * 1024
_HS_BULK = 1 << 20
_seen = 0
_B = rb"A-Za-z0-9+/_-"
_HS_PATTERNS = (  # each hit ends MIN_B64 (base64) or MIN_HEX (hex) characters after its run's start
    rb"(?:^|[^" + _B + rb"])(?:[A-Za-f][" + _B + rb"]{3}){%d}" % (MIN_B64 // 4),
    rb"(?:^|[^" + _B + rb"])(?:[02-7][0-9a-fA-F]){%d}" % (MIN_HEX // 2),
    rb"&#[0-9xX]",  # an HTML/XML numeric character reference: the entity runs are looked for only then
    rb"(?:^|[^" + _B + rb"])H4sI[" + _B + rb"]{%d}" % (MIN_B64 - 4),  # gzip in base64 (see _gunzip_b64)
    rb"(?:^|[^" + _B + rb"])[A-Z2-7]{%d}" % MIN_B32,  # base32 (see _b32_run)
    rb"%[0-9A-Fa-f]{2}",  # a percent escape (_PCT_ONE): the percent runs are looked for only then
)
_B_RUN = LazyPattern(globals(), "_B_RUN", rb"[" + _B + rb"]*")
_hs_db: Any = None  # None: not tried yet; False: hyperscan unavailable


def _hs() -> Any:
    global _hs_db
    if _hs_db is None:
        # no hyperscan: the translate loop does it.  The two markers (&#, %XX) report once each
        # (HS_FLAG_SINGLEMATCH, 8): only whether the buffer holds one is asked
        _hs_db = small_block_db([p if isinstance(p, bytes) else p.encode() for p in _HS_PATTERNS],
                                [8 if i in (2, 5) else 0 for i in range(len(_HS_PATTERNS))]) or False
    return _hs_db


def prepare_bulk() -> None:
    """Before a scan pool forks: compile the run finder's database once, and count this process as a bulk
    scan (as its workers' share of the input will make them), so every worker inherits the database."""
    global _seen
    _seen = max(_seen, _HS_BULK)
    _hs()


def _runs_hs(data: bytes, db: Any, entities: Optional[list] = None,
             percent: Optional[list] = None) -> Iterator[tuple[int, int, int]]:
    """What _runs_py yields, from one hyperscan pass over ``data``; ``entities`` (a list) gets True appended
    when ``data`` holds ``&#`` and a digit or x (the same pass: a second search of the buffer costs ~1 ms/MB),
    ``percent`` when it holds a percent escape ``%XX`` (a JSON dump or source file holds "%" often, an escape
    rarely: the regex search for one cost ~1.5% of a cold history audit)."""
    starts: list[int] = []

    def on_match(_id: int, _from: int, to: int, _flags: int, _ctx: Any) -> Optional[bool]:
        if _id == 2 or _id == 5:  # the two markers (&#, %XX): whether the buffer holds one
            flag = entities if _id == 2 else percent
            if flag is not None and not flag:
                flag.append(True)
            return None
        starts.append(to - MIN_HEX if _id == 1 else to - MIN_B32 if _id == 4 else to - MIN_B64)
        return None

    db.scan(data, match_event_handler=on_match)
    n = len(data)
    for s in sorted(set(starts)):  # each is a run's first character (the patterns start at a separator)
        e = _B_RUN.match(data, s, min(n, s + MAX_RUN + 1)).end()
        if e - s > MAX_RUN:
            continue  # longer than MAX_RUN even without its padding: candidates() would skip it
        j = data[s:e].translate(_RUN_TABLE).find(_SEED)
        if j != -1 and (_may_be_text(data, s, e) or data.startswith(_GZIP_B64, s) or _b32_run(data, s, e)):
            yield s, e, s + j


def candidates(data: bytes) -> Iterator[tuple[int, int, bytes, str]]:
    """(start, end, decoded, encoding) for every run of ``data`` that decodes to text."""
    global _seen
    _seen += len(data)
    db = _hs() if len(data) >= _HS_MIN and (_seen >= _HS_BULK or len(data) >= _HS_BULK) else None
    if db:
        entities: list = []
        percent: list = []
        yield from _decode_runs(data, _runs_hs(data, db, entities, percent))
        yield from _percent_and_escapes(data, bool(entities), bool(percent))
    else:
        yield from _decode_runs(data, _runs_py(data))
        yield from _percent_and_escapes(data)


def _decode_runs(data: bytes, runs: Iterator[tuple[int, int, int]]) -> Iterator[tuple[int, int, bytes, str]]:
    """The base64 and hex runs among ``runs`` (start, end without padding, first seed) that decode to text."""
    n = len(data)
    for s, e, i in runs:
        while e < n and data[e] == 0x3D and e - i < MAX_RUN:  # "=" padding
            e += 1
        if e - s > MAX_RUN:
            continue
        run = data[s:e]
        if len(run) >= MIN_HEX and not run.translate(None, _HEXCHARS):
            dec = _hex(run)
            if dec is not None and not _hash_context(data, s):
                yield s, e, dec, "hex"
            continue
        if _b32_run(run.rstrip(b"="), 0, len(run.rstrip(b"="))):
            dec = _b32(run)
            if dec is not None:
                yield s, e, dec, "base32"
                continue
        if run.startswith(_GZIP_B64):
            dec = _gunzip_b64(run)
            if dec is not None:
                yield s, e, dec, "base64 \u2192 gzip"
            continue
        got = _b64(run)
        if got is not None and not _hash_context(data, s):
            yield s, e, got[0], got[1]


def _percent_and_escapes(data: bytes, entities: Optional[bool] = None,
                         percent: Optional[bool] = None) -> Iterator[tuple[int, int, bytes, str]]:
    """Percent-encoded runs, numeric character references and \\u / \\x escapes that decode to text.
    ``entities``: whether ``data`` holds ``&#`` and a digit or x, ``percent``: whether it holds a ``%XX`` escape
    (both already known from the run finder's pass), else searched."""
    if percent if percent is not None else b"%" in data:
        end = -1
        for m in _PCT_ONE.finditer(data):
            if m.start() < end:
                continue
            s = m.start()
            while s > 0 and _PCT_RUN.fullmatch(data, s - 1, s):
                s -= 1
                if m.start() - s > MAX_RUN:
                    break
            r = _PCT_RUN.match(data, s)
            end = r.end() if r else m.end()
            if end - s < MIN_B64 or end - s > MAX_RUN:
                continue
            run = data[s:end]
            if _PCT_WIN_VAR.search(run) and not _PCT_ONE.search(_PCT_WIN_VAR.sub(b"", run)):
                continue  # every escape is a %NAME% reference (a batch file's "mongodb://app:%MONGO_PW%@db")
            dec = unquote_to_bytes(run)
            if dec != run and _printable(dec):
                yield s, end, dec, "percent"
    if entities if entities is not None else b"&#" in data:
        for m in _ENT_RUN.finditer(data):
            dec = _ENT_ONE.sub(_entity, m.group(0))
            if _printable(dec, MIN_ESCAPED):
                yield m.start(), m.end(), dec, "html entities"
    # one-byte search first (memchr speed): the two-byte search for \" over a JSON dump full of quotes cost ~3%
    # of a cold history audit, and most buffers hold no backslash at all
    backslash = b"\\" in data
    if backslash and b'\\"' in data:
        for m in _JSON_ESC_RUN.finditer(data):
            run = m.group(0)
            if len(run) < MIN_ESCAPED + 4 or run.count(b'\\"') < 4:  # a key and a value, both quoted
                continue
            dec = _JSON_UNESCAPE.sub(rb"\1", run)
            # JSON ("key": ...), not HTML documentation with escaped attributes (<a href=\"...\">GetToken</a>)
            if _JSON_KEY.search(dec):
                yield m.start(), m.end(), dec, "JSON string escapes"
    # the one-byte search above first; the two-byte searches alone cost more than the run finder
    if backslash and (b"\\u" in data or b"\\x" in data):
        end = -1
        for m in _ESC_FIRST.finditer(data):
            if m.start() < end:
                continue
            s = m.start()
            while s > 0 and _ESC_RUN.fullmatch(data, s - 1, s):
                s -= 1
                if m.start() - s > MAX_RUN:
                    break
            r = _ESC_RUN.match(data, s)
            end = r.end() if r else m.end()
            run = data[s:end]
            if end - s < MIN_B64 or end - s > MAX_RUN or run.count(b"\\") < 4:
                continue
            dec = _unescape(run)
            # four or more escapes spell a value on purpose: a short one (a password) counts too
            if _printable(dec, MIN_ESCAPED):
                yield s, end, dec, "escapes"


_DUMP_MAX = 4 * 1024 * 1024  # larger files are not read as hex dumps (a dump of that size is a binary)
_DUMP_SPACE = b" \t\r"


_DUMP_PROBE = 4096  # a longer first line is refused by its first bytes, not copied three times (see _not_hex_line)
_HEX_OR_SPACE = _HEXCHARS + _DUMP_SPACE


def _not_hex_line(data: bytes, at: int) -> bool:
    """True when the line at ``at`` surely fails hex_dump's first-line test, judged by its first
    ``_DUMP_PROBE`` bytes: a minified JSON file is one 2 MB line, which ``strip`` and ``translate`` copied
    whole.  Exact: the probe, left-stripped, starts the stripped line (the line runs on past the probe), so
    it is not empty and not a comment there either; and a byte in it that is neither hex nor a space is kept
    by the line's right strip, so the line's hex test fails too.  Anything else: False, the full test decides."""
    probe = data[at : at + _DUMP_PROBE].lstrip(_DUMP_SPACE)
    return bool(probe) and not probe.startswith(b"#") and bool(probe.translate(None, _HEX_OR_SPACE))


def hex_dump(data: bytes) -> Optional[tuple[bytes, list[tuple[int, int, int]]]]:
    """A hex dump file (``xxd -p``, ``od``-less plain hex; ``#`` comment lines allowed) decoded whole.

    Every other line must be hex of even length (at least ``MIN_DUMP_LINE`` characters), two such lines at
    least, and the whole must decode to text.  Returns (decoded text, map) where map holds, for each hex line,
    (offset of its bytes in the decoded text, start and end of the line in ``data``).  A dump of a file
    (``xxd -p app.conf``: the bytes hold newlines) is joined as one stream, so a ``password=`` split over two
    dump lines reads whole; a dump of values (no newline inside any line) gets one value per line.  Short lines
    (``57696c6c6f77323524``) are decoded here that the run finder leaves alone (``MIN_HEX``)."""
    if len(data) > _DUMP_MAX or len(data) < 2 * MIN_DUMP_LINE:
        return None
    # cheap refusal first: the first line that is not a comment must be hex
    at = 0
    n = len(data)
    for _ in range(64):  # a dump's comment header is short: past that the file is no dump
        if at >= n:
            return None
        e = data.find(b"\n", at)
        e = n if e == -1 else e
        if e - at > _DUMP_PROBE and _not_hex_line(data, at):
            return None
        line = data[at:e].strip(_DUMP_SPACE)
        if line and not line.startswith(b"#"):
            if line.translate(None, _HEXCHARS):
                return None
            break
        at = e + 1
    else:
        return None
    parts: list[bytes] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for raw in data.split(b"\n"):
        line = raw.strip(_DUMP_SPACE)
        if line and not line.startswith(b"#"):
            if len(line) < MIN_DUMP_LINE or len(line) % 2 or line.translate(None, _HEXCHARS):
                return None
            s = pos + raw.index(line[:1])
            try:
                parts.append(binascii.unhexlify(line))
            except (binascii.Error, ValueError):  # pragma: no cover - checked above
                return None
            spans.append((s, s + len(line)))
        pos += len(raw) + 1
    if len(parts) < 2:
        return None
    sep = b"" if any(b"\n" in p for p in parts) else b"\n"
    out = bytearray()
    mapping: list[tuple[int, int, int]] = []
    for p, (s, e) in zip(parts, spans):
        if out and sep:
            out += sep
        mapping.append((len(out), s, e))
        out += p
    dec = bytes(out)
    if not _printable(dec, MIN_ESCAPED):
        return None
    return dec, mapping


class _Piece:
    __slots__ = ("buf_start", "dec_start", "dec_end", "run_start", "run_end", "chain", "first_line", "line_map")

    def __init__(self, buf_start: int, dec_start: int, dec_end: int, run_start: int, run_end: int,
                 chain: str, first_line: int, line_map: Optional[list[tuple[int, int, int]]] = None) -> None:
        self.buf_start, self.dec_start, self.dec_end = buf_start, dec_start, dec_end
        self.run_start, self.run_end, self.chain, self.first_line = run_start, run_end, chain, first_line
        self.line_map = line_map  # a hex dump: (decoded offset, line start, line end) of each dump line

    def at(self, dec_off: int) -> "_Piece":
        """The piece narrowed to the dump line that holds decoded offset ``dec_off`` (a hex dump's finding is
        reported on its own line)."""
        if not self.line_map:
            return self
        i = bisect.bisect_right([m[0] for m in self.line_map], dec_off) - 1
        _o, s, e = self.line_map[max(0, i)]
        return _Piece(self.buf_start, self.dec_start, self.dec_end, s, e, self.chain, self.first_line)


def _layers(data: bytes, budget: list[int]) -> Iterator[tuple[int, int, bytes, str]]:
    """Every decoded layer of every run: (run_start, run_end, decoded, chain), to MAX_DEPTH."""
    stack: list[tuple[int, int, bytes, str, int]] = []
    for s, e, dec, enc in candidates(data):
        stack.append((s, e, dec, enc, 1))
        while stack:
            rs, re_, d, chain, depth = stack.pop()
            if budget[0] < len(d):
                return
            budget[0] -= len(d)
            yield rs, re_, d, chain
            if depth < MAX_DEPTH:
                for _s, _e, d2, enc2 in candidates(d):
                    stack.append((rs, re_, d2, chain + ARROW + enc2, depth + 1))


def _spans(data: bytes, found: list[Finding]) -> list[tuple[int, int]]:
    """Byte spans of findings already reported, from their line, column and secret."""
    if not found:
        return []
    starts = [0]
    i = data.find(b"\n")
    while i != -1:
        starts.append(i + 1)
        i = data.find(b"\n", i + 1)
    out = []
    for f in found:
        if 0 < f.line <= len(starts):
            s = starts[f.line - 1] + max(0, f.location.column - 1)
            out.append((s, s + len(f.secret.encode("utf-8", "replace"))))
    return out


def decoded_findings(engine: "Engine", frag: Fragment, data: bytes, plain: list[Finding]) -> list[Finding]:
    """``plain`` plus the findings hidden in encoded runs of ``data``, reported at the encoded span.

    A run that a provider rule already reported is not decoded again.  A run that only a generic rule
    reported (a high-entropy value) is decoded, and when the decoded text holds a provider's credential
    that finding replaces the generic one: an AWS key in a Kubernetes Secret is an AWS key.
    """
    plain_spans = _spans(data, plain)
    taken = [sp for f, sp in zip(plain, plain_spans) if "generic" not in f.tags]
    budget = [BUDGET]
    parts: list[bytes] = []
    pieces: list[_Piece] = []
    at, line = 0, 1
    dump = hex_dump(data)
    if dump is not None:  # the whole file is a hex dump: its decoded text, scanned as one piece
        dec, mapping = dump
        budget[0] -= len(dec)
        pieces.append(_Piece(0, 0, len(dec), mapping[0][1], mapping[-1][2], "hex dump", 1, mapping))
        parts.append(dec + b"\n\n")
        at = len(dec) + 2
        line = 1 + dec.count(b"\n") + 2
    for rs, re_, dec, chain in _layers(data, budget):
        if any(s < re_ and rs < e for s, e in taken):
            continue  # a provider rule already reported this run
        ls = data.rfind(b"\n", max(0, rs - _CONTEXT), rs) + 1 or max(0, rs - _CONTEXT)
        le = data.find(b"\n", re_, re_ + _CONTEXT)
        le = min(len(data), re_ + _CONTEXT) if le == -1 else le
        before, after = data[ls:rs], data[re_:le]
        chunk = before + dec + after + b"\n\n"
        pieces.append(_Piece(at, at + len(before), at + len(before) + len(dec), rs, re_, chain, line))
        parts.append(chunk)
        at += len(chunk)
        line += chunk.count(b"\n")
    if not pieces:
        return plain
    buf = b"".join(parts)
    sub = replace(frag, data=buf, added_lines=None)
    first_lines = [p.first_line for p in pieces]
    seen = {(f.rule_id, f.secret, f.line) for f in plain}
    kept: list[Finding] = []
    runs: list[tuple[int, int]] = []
    # drops in the decoded buffer carry its line numbers, not the file's: not recorded (--verbose would mislead)
    rec, engine.record_drops = engine.record_drops, False
    try:
        hits = engine._pattern_findings(sub, buf)
    finally:
        engine.record_drops = rec
    for f in hits:
        p = pieces[bisect.bisect_right(first_lines, f.line) - 1]
        # offset of the secret in buf: the piece's start plus lines and column inside it
        off = p.buf_start
        for _ in range(f.line - p.first_line):
            off = buf.index(b"\n", off) + 1
        off += f.location.column - 1
        if not (p.dec_start <= off < p.dec_end):
            continue  # the hit is in the line around the run, not in the decoded text
        p = p.at(off - p.dec_start)
        g = _relocate(f, data, p)
        key = (g.rule_id, g.secret, g.line)
        if key in seen or any(g.secret == x.secret and g.line == x.line for x in plain):
            continue
        seen.add(key)
        kept.append(g)
        runs.append((p.run_start, p.run_end))
    for g, r in _bare_aws_secrets(engine, frag, data, buf, pieces, plain + kept):
        kept.append(g)
        runs.append(r)
    if dump is not None:
        kept.extend(_dump_values(engine, frag, data, dump, plain + kept, bool(kept)))
    if not kept:
        return plain
    # a generic finding on a run that decoded to a provider's credential is that credential
    provider_runs = [r for g, r in zip(kept, runs) if "generic" not in g.tags]
    out = [
        f for f, (s, e) in zip(plain, plain_spans)
        if "generic" not in f.tags or not any(rs <= s and e <= re_ for rs, re_ in provider_runs)
    ]
    return out + kept


BARE_SECRET_RULE = "aws-secret-access-key"
# the last layer undone spelled the value on purpose (not a URL's percent-encoding or JSON's own escapes)
_BARE_LAYERS = ("base64", "base64url", "base32", "hex", "escapes", "html entities", "hex dump", "gzip")
_BARE_STRIP = b" \t\r\n\"'"
_BARE_VALUE = LazyPattern(globals(), "_BARE_VALUE", rb"[A-Za-z0-9/+]{40}")


def _bare_aws_secrets(engine: "Engine", frag: Fragment, data: bytes, buf: bytes, pieces: list[_Piece],
                      found: list[Finding]) -> list[tuple[Finding, tuple[int, int]]]:
    """A run that decodes (base64, hex, ``\\u`` escapes, entities, a hex dump line; any chain of them) to
    exactly one 40-character value in the shape of an AWS secret access key (base64 alphabet, both cases, a
    digit, ``/`` or ``+``, random: :func:`credgate.linter.awspair.secret_shaped`), with no name around it.

    Plain, such a value is not reported without a name or a key ID next to it: 40 characters of base64
    are common (hashes, ids, signatures).  Encoded, they are not: nothing encodes a 40-character random
    string as a whole except to hide it (``xxd -p`` of a key, base64 twice in a Helm release, ``\\u``
    escapes).  Random bytes, hashes, certificates and bundles decode to binary or to longer text and stop
    before this.  Reported as ``aws-secret-access-key`` at high severity (no name says AWS), with the chain."""
    rule = engine.ruleset.get(BARE_SECRET_RULE)
    if rule is None:
        return []
    threshold = engine.config.entropy_for(BARE_SECRET_RULE, 4.0)
    out: list[tuple[Finding, tuple[int, int]]] = []
    seen: set[tuple[int, str]] = set()
    for p in pieces:
        if p.chain.rsplit(ARROW, 1)[-1] not in _BARE_LAYERS:
            continue
        if p.line_map:  # a hex dump: one value per dump line
            ends = [m[0] for m in p.line_map[1:]] + [p.dec_end - p.dec_start]
            segs = [(buf[p.dec_start + o : p.dec_start + e], p.at(o)) for (o, _s, _e), e in zip(p.line_map, ends)]
        else:
            segs = [(buf[p.dec_start : p.dec_end], p)]
        for seg, q in segs:
            raw = seg.strip(_BARE_STRIP)
            if len(raw) != 40 or not _BARE_VALUE.fullmatch(raw):
                continue
            value = raw.decode("ascii")
            if secret_shaped(value, threshold):
                continue
            line = data.count(b"\n", 0, q.run_start) + 1
            if (line, value) in seen or any(
                    f.line == line and (f.secret == value or ("generic" not in f.tags and f.secret in value))
                    for f in found):
                continue
            seen.add((line, value))
            f = engine.make_finding(
                rule, value, frag, data, q.run_start, q.run_end,
                [f"decoded from {q.chain} (the value is encoded, which hides it, not protects it)",
                 "decodes to exactly one 40-character value in the shape of an AWS secret access key "
                 "(base64 alphabet, mixed case, random): nothing encodes such a value whole except to hide it",
                 "no key name or key ID says AWS: another service's 40-character secret has the same shape"],
                severity=Severity.HIGH, confidence=Confidence.MEDIUM,
                extra={"decoded": q.chain, "_bare_shape": True})  # a key ID near it makes it a pair (awspair)
            run = data[q.run_start : q.run_end].decode("utf-8", "replace")
            f.line_text = f.line_text.replace(run, redact(run))
            out.append((f, (q.run_start, q.run_end)))
    return out


DUMP_VALUE_RULE = "hex-dump-password-line"
# a comment line of a hex dump that says what was dumped: a dump of a config or of credentials
_DUMP_HEADER = LazyPattern(
    globals(), "_DUMP_HEADER",
    rb"(?im)^[ \t]*#[^\n]*(?:xxd|hexdump|hex[ \t_-]?dump|\bod\b|hex[ \t-]?encoded|\.conf|\.cfg|\.ini|\.env|"
    rb"\.properties|\.ya?ml|\.json|config|credential|secret|passw|login)")


def _dump_values(engine: "Engine", frag: Fragment, data: bytes, dump: tuple[bytes, list[tuple[int, int, int]]],
                 found: list[Finding], decoded_hit: bool) -> list[Finding]:
    """A hex dump of values (one value a line, ``xxd -p`` of each): a line that decodes to one password-shaped
    word is reported by rule ``hex-dump-password-line`` when the dump says what it holds (a comment naming
    xxd, a config or credentials) or another of its lines decoded to a credential.  A bare word needs that
    context: on its own it could be anything."""
    dec, mapping = dump
    segments = dec.split(b"\n")
    if len(segments) != len(mapping):
        return []  # a dump of a file's bytes: its lines are not values (the decoded text was scanned whole)
    if not (decoded_hit or _DUMP_HEADER.search(data)):
        return []
    rule = engine.ruleset.get(DUMP_VALUE_RULE)
    if rule is None:
        return []  # disabled
    from credgate.linter.validators import hex_password  # lazy: only for a hex dump file (off the hook path)

    taken = {f.line for f in found}
    out: list[Finding] = []
    for _off, s, e in mapping:
        hexed = data[s:e].decode("ascii")
        if not hex_password(hexed):
            continue
        line = data.count(b"\n", 0, s) + 1
        if line in taken:
            continue
        word = binascii.unhexlify(hexed).decode("ascii")
        if filters.placeholder(word) or filters.generic_value(word):
            continue
        out.append(engine.make_finding(rule, hexed, frag, data, s, e, [
            f"decoded from hex dump: a line that decodes to a password-shaped word ({len(word)} characters)",
            "the dump says it holds a config or credentials, or another of its lines decoded to a credential",
        ], extra={"decoded": "hex dump"}))
    return out


def _relocate(f: Finding, data: bytes, p: _Piece) -> Finding:
    """Move a finding from the decoded buffer to the encoded run of the original file."""
    rs, re_ = p.run_start, p.run_end
    line = data.count(b"\n", 0, rs) + 1
    ls = data.rfind(b"\n", 0, rs) + 1
    le = data.find(b"\n", rs)
    le = len(data) if le == -1 else le
    run = data[rs:re_].decode("utf-8", "replace")
    # the encoded text is the secret in another spelling: never show it in a report line
    line_text = data[ls : min(le, ls + 400)].decode("utf-8", "replace").replace(run, redact(run))
    loc: Location = replace(
        f.location,
        line=line,
        column=rs - ls + 1,
        end_line=line + data.count(b"\n", rs, re_),
    )
    why = [f"decoded from {p.chain} (the value is encoded, which hides it, not protects it)"] + list(f.why)
    return replace(f, location=loc, line_text=line_text, why=why, extra={**f.extra, "decoded": p.chain})


_HEX40 = re.compile(r"[0-9a-fA-F]{40}")


def _looks_like_path(value: str) -> bool:
    parts = value.split("/")
    return len(parts) >= 3 and all(p.isalpha() for p in parts if p)


def secret_shaped(value: str, threshold: float = 4.0) -> Optional[str]:
    """None when ``value`` (40 chars of base64) could be an AWS secret key, else why not."""
    if _HEX40.fullmatch(value):
        return "40 hex digits: a git SHA-1 or another hash"
    reason = filters.documented_example(value) or filters.placeholder(value)
    if reason:
        return reason
    if "example" in value.lower():
        return "contains 'example'"
    if not (any(c.isupper() for c in value) and any(c.islower() for c in value)):
        return "not mixed case"
    if not any(c.isdigit() or c in "/+" for c in value):
        return "letters only: a word or identifier"
    if _looks_like_path(value):
        return "slash-separated words: a path"
    if not looks_random(value, threshold):
        return f"entropy {shannon(value):.2f} below {threshold}"
    return None
