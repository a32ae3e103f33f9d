"""Passwords in SQL dumps and seed files, by column.

``INSERT INTO `partner_accounts` VALUES (1,'coop-union','furrowline','Monsoon2021*');`` names no column: the
password is the fourth value because the ``CREATE TABLE`` above calls the fourth column ``api_password``.  This
reader maps each row's values to the column list (the INSERT's own ``(col, ...)`` list, else the table's CREATE
TABLE in the same file), multi-row ``VALUES (...), (...)`` included, and pg_dump's ``COPY t (cols) FROM stdin``
blocks (tab-separated rows), and reports a string literal in a column
named as a password.  A hash in such a column (bcrypt ``$2b$``, ``{SSHA}``, hex digests) is not the password, and
the usual value checks apply (placeholders, words, test values: :func:`credgate.linter.filters.generic_value`
with the password-slot reading, so a diceware passphrase counts).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from credgate.iac.rules import Hit
from credgate.linter import filters

RULE = "sql-dump-password-column"

_IDENT = r"(?:`[^`]{1,128}`|\"[^\"]{1,128}\"|\[[^\]]{1,128}\]|[A-Za-z_][\w$]{0,127})"
_QUALIFIED = rf"{_IDENT}(?:\s*\.\s*{_IDENT})?"
_CREATE = re.compile(rf"(?is)\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_QUALIFIED})\s*\(")
_INSERT = re.compile(rf"(?is)\bINSERT\s+(?:IGNORE\s+|OR\s+\w+\s+)?INTO\s+({_QUALIFIED})\s*(\([^()]*\))?\s*VALUES\s*")
# a column named as the password (api_password, passwd, user_pass, pwd), not as its hash, salt or metadata
# (plain_pw, pw, password_plain, cleartext_password, userpw: the short "pw" only as a whole word or after plain/
# clear/user, so a name merely ending in the letters "pw" is not one)
_PASSWORD_COLUMN = re.compile(
    r"(?i)(?:^|_|(?<=[a-z]))(?:password|passwd|passphrase|pwd|pass)$|(?:^|_|plain|clear|user)pw$|"
    r"^(?:password|passwd|pwd|pw|pass)_?(?:plain|clear|cleartext|plaintext|text|value|raw)?$")
_NOT_PASSWORD_COLUMN = re.compile(
    r"(?i)hash|digest|salt|crypt|enc(?:rypted)?_|bcrypt|reset|expir|changed|updated|_at$|policy|hint|length|"
    r"strength|required|history|question|compass|bypass|boarding|season|"
    r"(?:day|bus|ski|hall|first|second|single|multi|fast|free|event|park)_?pass$")
# what a password column holds when the application stored it properly: a hash, not the password
_HASH = re.compile(
    r"\$(?:2[abxy]?|1|5|6|y|gy|7|argon2(?:id|i|d)|pbkdf2[\w-]*|scrypt|apr1|sha1|md5)\$.+|\{(?:SSHA|SHA|SMD5|MD5|CRYPT|"
    r"SSHA256|SSHA512|PBKDF2[\w-]*|ARGON2)\}.+|(?:pbkdf2_sha\d+|bcrypt_sha256|sha1|md5|argon2)\$.+|[0-9a-fA-F]{32}|"
    r"[0-9a-fA-F]{40}|[0-9a-fA-F]{64}|[0-9a-fA-F]{128}|\*[0-9A-F]{40}|md5[0-9a-f]{32}|SCRAM-SHA-256\$.+")
_MAX_ROWS = 200_000


def _name(ident: str) -> str:
    """The bare name of a (schema-qualified, quoted) identifier, lower-case."""
    last = re.split(r"\s*\.\s*(?=[`\"\[A-Za-z_])", ident.strip())[-1]
    return last.strip("`\"[]").lower()


def _split_top(body: str) -> list[str]:
    """``a int, b varchar(64), PRIMARY KEY (a)`` -> its top-level items (commas inside parentheses and quotes
    do not split)."""
    items, depth, start, quote = [], 0, 0, ""
    for i, c in enumerate(body):
        if quote:
            if c == quote:
                quote = ""
            continue
        if c in "'\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(body[start:i])
            start = i + 1
    items.append(body[start:])
    return [x.strip() for x in items if x.strip()]


def _balanced(text: str, open_at: int) -> int:
    """Index just past the parenthesis that closes the one at ``open_at`` (quotes respected), or -1."""
    depth, quote, i, n = 0, "", open_at, len(text)
    while i < n:
        c = text[i]
        if quote:
            if c == "\\" and quote == "'":
                i += 2
                continue
            if c == quote:
                if quote == "'" and i + 1 < n and text[i + 1] == "'":
                    i += 2
                    continue
                quote = ""
        elif c in "'\"`":
            quote = c
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c == ";" and depth <= 1:
            return -1
        i += 1
    return -1


_CONSTRAINT = re.compile(r"(?i)(?:PRIMARY|UNIQUE|KEY|INDEX|CONSTRAINT|FOREIGN|CHECK|FULLTEXT|SPATIAL|EXCLUDE|PERIOD)\b")


def _columns(defs: str) -> list[str]:
    cols = []
    for item in _split_top(defs):
        if _CONSTRAINT.match(item):
            continue
        m = re.match(_IDENT, item)
        if m:
            cols.append(_name(m.group(0)))
    return cols


_VALUE = re.compile(r"'((?:[^'\\]|''|\\.)*)'|(\()|(\))|(,)|([^\s,()']+)", re.S)


def _rows(text: str, at: int) -> Iterator[list[tuple[Optional[str], int, int]]]:
    """The tuples of a VALUES list starting at ``at``: each a list of (string literal or None, start, end)."""
    n = len(text)
    rows = 0
    while at < n and rows < _MAX_ROWS:
        while at < n and text[at] in " \t\r\n":
            at += 1
        if at >= n or text[at] != "(":
            return
        end = _balanced(text, at)
        if end < 0:
            return
        row: list[tuple[Optional[str], int, int]] = []
        depth, pending = 0, True
        for m in _VALUE.finditer(text, at + 1, end - 1):
            if m.group(2):
                depth += 1
            elif m.group(3):
                depth -= 1
            elif m.group(4):
                if depth == 0:
                    pending = True
            elif depth == 0 and pending:
                pending = False
                if m.group(1) is not None:
                    row.append((m.group(1).replace("''", "'").replace("\\'", "'"), m.start(1), m.end(1)))
                else:
                    row.append((None, m.start(), m.end()))
        rows += 1
        yield row
        at = end
        while at < n and text[at] in " \t\r\n":
            at += 1
        if at < n and text[at] == ",":
            at += 1
            continue
        return


def password_column(col: str) -> bool:
    return bool(_PASSWORD_COLUMN.search(col)) and not _NOT_PASSWORD_COLUMN.search(col)


def cell_problem(value: str) -> Optional[str]:
    """Why a string in a password column is not a live password, or None."""
    v = value.strip()
    if _HASH.fullmatch(v):
        return "a password hash, not the password"
    return filters.documented_example(v) or filters.placeholder(v) or filters.generic_value(v, password_slot=True)


def wanted(text: str) -> bool:
    low = text[:1 << 20].lower()
    return ("insert" in low or "copy" in low) and ("pass" in low or "pwd" in low)


_COPY = re.compile(rf"(?im)^COPY\s+({_QUALIFIED})\s*\(([^()]*)\)\s+FROM\s+stdin\b[^\n]*\n")


def _copy_cells(text: str, at: int, ncols: int, wanted_at: list[int]) -> Iterator[tuple[int, str, int, int]]:
    """pg_dump's ``COPY t (cols) FROM stdin;`` block: tab-separated rows up to ``\\.``; ``\\N`` is NULL."""
    rows = 0
    while at < len(text) and rows < _MAX_ROWS:
        end = text.find("\n", at)
        end = len(text) if end == -1 else end
        line = text[at:end].rstrip("\r")
        if line == "\\.":
            return
        cells = line.split("\t")
        if len(cells) == ncols:
            offs = [at]
            for c in cells[:-1]:
                offs.append(offs[-1] + len(c) + 1)
            for i in wanted_at:
                if cells[i] != "\\N":
                    yield i, cells[i], offs[i], offs[i] + len(cells[i])
        rows += 1
        at = end + 1


def sql_dump_hits(text: str) -> Iterator[Hit]:
    """Password-column cells of the INSERT statements (and pg_dump COPY blocks) of a SQL dump or seed file,
    as line-based hits."""
    if not wanted(text):
        return
    for m in _COPY.finditer(text):
        table, cols = _name(m.group(1)), _columns(m.group(2))
        wanted_at = [i for i, c in enumerate(cols) if password_column(c)]
        for i, value, s, e in _copy_cells(text, m.end(), len(cols), wanted_at) if wanted_at else ():
            if cell_problem(value) is None:
                yield Hit(RULE, (table, cols[i]), value,
                          (f"column {cols[i]!r} of table {table!r} holds a password",
                           "a literal string, not a hash or a placeholder"),
                          detail=f"{table}.{cols[i]}", span=(s, e))
    tables: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        end = _balanced(text, m.end() - 1)
        if end > 0:
            tables[_name(m.group(1))] = _columns(text[m.end() : end - 1])
    for m in _INSERT.finditer(text):
        table = _name(m.group(1))
        cols = _columns(m.group(2)[1:-1]) if m.group(2) else tables.get(table)
        if not cols:
            continue
        wanted_at = [i for i, c in enumerate(cols) if password_column(c)]
        if not wanted_at:
            continue
        for row in _rows(text, m.end()):
            if len(row) != len(cols):
                continue  # the row does not fit the column list: guessing a position would be a guess
            for i in wanted_at:
                value, s, e = row[i]
                if value is None or cell_problem(value) is not None:
                    continue
                yield Hit(RULE, (table, cols[i]), value,
                          (f"column {cols[i]!r} of table {table!r} holds a password",
                           "a literal string, not a hash or a placeholder"),
                          detail=f"{table}.{cols[i]}", span=(s, e))
