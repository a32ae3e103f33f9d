"""AWS key pairs found by shape, whatever the variable names (README "What blocks").

The pattern rules find an AWS secret access key by its name (``aws_secret_access_key = ...``)
or right after its key ID (``AKIA...:secret``).  A key pair under plain names
(``KEY = "AKIA..."`` / ``SECRET = "..."``, ``ID=`` / ``PASS=`` in ``.env``, ``my_id:`` /
``my_secret:`` in YAML) only showed as a lone key ID and a generic secret.  This step runs
in the engine on the whole fragment, before a hook keeps only the lines a commit adds, and:

* pairs a live-looking ``AKIA``/``ASIA`` key ID (a finding that already passed the
  structural check and the example filters) with any 40-character value shaped like a
  secret access key within :data:`WINDOW` lines of it, or in the same JSON/YAML object
  (the lines around it indented at least as deep).  The value becomes an
  ``aws-access-key-pair`` finding that names the key ID (triage ranks the pair critical),
  replacing a generic finding of the same value;
* refuses values that are clearly something else: 40 hex digits (a git SHA-1 or another
  hash), documented examples (``wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY``), placeholders,
  values without both upper- and lower-case letters or without a digit, ``/`` or ``+``
  (identifiers, words), slash-separated words (paths), low entropy, values under a
  hash/digest/commit/nonce name, and values another provider rule already claimed;
* marks key IDs that sit in metadata listings (``aws iam list-access-keys`` output,
  CloudTrail records) so triage does not treat them as leaked keys.

Pure: bytes and findings in, findings out.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from credgate.linter import decode
from credgate.linter.entropy import shannon
from credgate.redact import redact

if TYPE_CHECKING:
    from credgate.linter.engine import Engine
    from credgate.models import Finding, Fragment

WINDOW = 10  # lines either side of the key ID; a key pair sits in one object or block
OBJECT_MAX = 200  # lines either side: the same JSON/YAML object, when it is longer than the window
_STRUCTURED_EXT = (".json", ".yaml", ".yml", ".tfstate", ".backup", ".ipynb")
KEY_ID_RULES = ("aws-access-key-id", "aws-temporary-access-key-id")
SECRET_RULES = ("aws-secret-access-key", "aws-access-key-pair")
PAIR_RULE = "aws-access-key-pair"

_CANDIDATE = re.compile(rb"(?<![A-Za-z0-9/+_.\-%\\])([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=_\-%]|\.[A-Za-z0-9])")
_HEX40 = re.compile(r"[0-9a-fA-F]{40}")
_SECRET40 = re.compile(r"[A-Za-z0-9/+]{40}")
_NOT_A_SECRET_NAME = re.compile(
    r"(?i)(?:sha|md5|hash|digest|checksum|integrity|etag|commit|revision|\brev\b|nonce|salt|uuid|guid|"
    r"fingerprint|signature|thumbprint)[\w.\-\"' ]{0,30}[:=]"
)
_METADATA = (b'"AccessKeyMetadata"', b'"userIdentity"', b"AccessKeyMetadata:")


# shared with the decode layer's bare-secret check, which lives below this module
_looks_like_path = decode._looks_like_path
secret_shaped = decode.secret_shaped


# a secret written as string literals joined in code: ['Scc1...', 'ajya...'].join(''), "a" + "b", Python's
# implicit concatenation ("a" "b", over lines), PHP/Perl 'a' . 'b', Lua "a" .. "b", VB "a" & "b", SQL 'a' || 'b',
# Ruby "a" << "b", a shell's "a""b"
_PIECE = re.compile(rb"""(["'`])([A-Za-z0-9/+]{2,38})\1""")
_JOIN_GAP = re.compile(rb"""[ \t]*(?:\\?\r?\n[ \t]*)?(?:(?:\+|,|\.\.?|&|\|\||<<)[ \t]*(?:\r?\n[ \t]*)?)?""")
MAX_PIECES = 8


def split_literals(data: bytes, start: int, end: int) -> "list[tuple[str, int, int]]":
    """(joined value, start of the first literal, end of the last) for every run of 2 to :data:`MAX_PIECES`
    adjacent string literals in ``data[start:end]`` that are joined only by a concatenation operator, a comma
    (an array that is then joined) or white space, and that together make exactly 40 characters."""
    pieces = [(m.group(2), m.start(), m.end()) for m in _PIECE.finditer(data, start, end)]
    out: list[tuple[str, int, int]] = []
    for i in range(len(pieces)):
        total = pieces[i][0]
        for j in range(i + 1, min(len(pieces), i + MAX_PIECES)):
            gap = _JOIN_GAP.fullmatch(data, pieces[j - 1][2], pieces[j][1])
            if gap is None:
                break
            total += pieces[j][0]
            if len(total) >= 40:
                if len(total) == 40:
                    out.append((total.decode("ascii"), pieces[i][1] + 1, pieces[j][2] - 1))
                break
    return out


def _indent(line: bytes) -> int:
    return len(line) - len(line.lstrip(b" \t-"))


def _object_lines(data: bytes, starts: list[int], line: int) -> tuple[int, int]:
    """First and last line of the JSON/YAML object holding ``line``: the run of lines around it indented at
    least as deep (blank lines included), at most :data:`OBJECT_MAX` lines."""
    n = len(starts)

    def text(i: int) -> bytes:
        return data[starts[i - 1]:(starts[i] - 1 if i < n else len(data))]

    depth = _indent(text(line))
    if depth == 0:
        return line, line  # a top-level line: the object is the whole file, the window is enough
    lo = hi = line
    while lo > 1 and line - lo < OBJECT_MAX:
        t = text(lo - 1)
        if t.strip() and _indent(t) < depth:
            break
        lo -= 1
    while hi < n and hi - line < OBJECT_MAX:
        t = text(hi + 1)
        if t.strip() and _indent(t) < depth:
            break
        hi += 1
    return lo, hi


def _line_starts(data: bytes) -> list[int]:
    starts = [0]
    i = data.find(b"\n")
    while i != -1:
        starts.append(i + 1)
        i = data.find(b"\n", i + 1)
    return starts


def pair_by_shape(engine: "Engine", frag: "Fragment", data: bytes, found: "list[Finding]") -> "list[Finding]":
    """Add ``aws-access-key-pair`` findings for secret-shaped values near a key ID (see module doc)."""
    keys = [f for f in found if f.rule_id in KEY_ID_RULES]
    if not keys:
        return found
    metadata = any(m in data for m in _METADATA)
    if metadata:
        for k in keys:
            k.extra["_key_id_context"] = "metadata"
    rule = engine.ruleset.get(PAIR_RULE)
    if rule is None or metadata:
        return found
    threshold = engine.config.entropy_for("aws-secret-access-key", 4.0)
    # values an AWS secret rule or another provider's rule already found: not ours to pair
    taken: dict[int, list[str]] = {}
    for f in found:  # a decoded value reported by its shape alone (decode._bare_aws_secrets) may still pair
        if f.rule_id not in KEY_ID_RULES and "generic" not in f.tags and not f.extra.get("_bare_shape"):
            taken.setdefault(f.line, []).append(f.secret)
    starts = _line_starts(data)
    nlines = len(starts)
    structured = frag.path.lower().endswith(_STRUCTURED_EXT) or data.lstrip()[:1] in (b"{", b"[")
    added: dict[tuple[int, str], "Finding"] = {}
    encoded: list[tuple[int, str]] = []
    for k in keys:
        if "credential=" in k.line_text.lower():
            continue  # a presigned URL: its signature, not a secret key, goes with the key ID
        lo = max(1, k.line - WINDOW)
        hi = min(nlines, k.line + WINDOW)
        if structured:  # JSON/YAML: the whole object that holds the key ID, however long
            olo, ohi = _object_lines(data, starts, k.line)
            lo, hi = min(lo, olo), max(hi, ohi)
        start = starts[lo - 1]
        end = starts[hi] - 1 if hi < nlines else len(data)
        for m in _CANDIDATE.finditer(data, start, end):
            value = m.group(1).decode("ascii")
            s0 = m.start(1)
            line = data.count(b"\n", 0, s0) + 1
            if any(value in t or t in value for t in taken.get(line, ())):
                continue
            ls = starts[line - 1]
            if _NOT_A_SECRET_NAME.search(data[max(ls, s0 - 48):s0].decode("utf-8", "replace")):
                continue  # the value's own name says hash, digest, commit, nonce...
            if value.startswith("//") and data[s0 - 1:s0] == b":":
                continue  # s3://bucket/..., https://host/...: a URL
            if secret_shaped(value, threshold):
                continue
            prev = added.get((line, value))
            if prev is not None and abs(int(prev.extra.get("_pair_distance", 0))) <= abs(line - k.line):
                continue
            dist = line - k.line
            where = ("on the line of the AWS access key ID" if dist == 0 else
                     f"{abs(dist)} line(s) {'below' if dist > 0 else 'above'} the AWS access key ID at line {k.line}")
            why = [
                "40-character value in the shape of an AWS secret access key "
                f"(base64 alphabet, mixed case, entropy {shannon(value):.1f} bits/char)",
                f"{where}: paired by shape, whatever the names",
                "not a hash, path, placeholder or documented example",
            ]
            added[(line, value)] = engine.make_finding(
                rule, value, frag, data, s0, m.end(1), why,
                extra={"_aws_key_id": k.secret, "_pair_distance": dist, "paired_by": "shape"},
            )
        # the secret split into joined string literals near the key ID (split to get past review bots)
        for value, s0, e0 in split_literals(data, start, end):
            line = data.count(b"\n", 0, s0) + 1
            if (line, value) in added or secret_shaped(value, threshold):
                continue
            dist = line - k.line
            where = ("on the line of the AWS access key ID" if dist == 0 else
                     f"{abs(dist)} line(s) {'below' if dist > 0 else 'above'} the AWS access key ID at line {k.line}")
            added[(line, value)] = engine.make_finding(
                rule, value, frag, data, s0, e0,
                ["string literals joined in code make one 40-character value in the shape of an AWS secret "
                 "access key (split, which hides it from a reviewer, not from anyone who runs the code)",
                 f"{where}: paired by shape, whatever the names"],
                extra={"_aws_key_id": k.secret, "_pair_distance": dist, "paired_by": "shape", "split": True},
            )
        # the secret written encoded (\uXXXX escapes, percent-encoding, base64, hex) near the key ID: the
        # same pair once decoded (README "Encoded secrets"); reported at the encoded span, never shown
        for rs, re_, dec, chain in decode.candidates(data[start:end]):
            value = dec.strip().decode("ascii", "replace")
            if not _SECRET40.fullmatch(value) or secret_shaped(value, threshold):
                continue
            s0, e0 = start + rs, start + re_
            line = data.count(b"\n", 0, s0) + 1
            if (line, value) in added or any(value in t or t in value for t in taken.get(line, ())):
                continue  # already paired, or a rule already found it in the decoded text
            dist = line - k.line
            where = ("on the line of the AWS access key ID" if dist == 0 else
                     f"{abs(dist)} line(s) {'below' if dist > 0 else 'above'} the AWS access key ID at line {k.line}")
            f = engine.make_finding(
                rule, value, frag, data, s0, e0,
                [f"decoded from {chain} (the value is encoded, which hides it, not protects it)",
                 "40-character value in the shape of an AWS secret access key once decoded",
                 f"{where}: paired by shape, whatever the names"],
                extra={"_aws_key_id": k.secret, "_pair_distance": dist, "paired_by": "shape", "decoded": chain},
            )
            run = data[s0:e0].decode("utf-8", "replace")
            f.line_text = f.line_text.replace(run, redact(run))
            added[(line, value)] = f
            encoded.append((line, run))
    if not added:
        return found
    out = [f for f in found
           if not (("generic" in f.tags or f.extra.get("_bare_shape"))
                   and any(ln == f.line and (v in f.secret or f.secret in v) for ln, v in added))
           and not ("generic" in f.tags and any(ln == f.line and f.secret in run for ln, run in encoded))]
    out.extend(added.values())
    return out
