"""Passwords and keys in documentation tables (Markdown and HTML), by column or by row label.

A runbook or wiki export writes a credential as a table cell, where nothing on the cell's own line names it as
a password to a pattern rule, or the word that does is in another cell:

* a column table: a header row ``| Host | User | Password |`` (or ``<tr><th>Host</th>...<th>Password</th>``)
  and rows whose cell under ``Password`` is the password;
* a key/value table: ``| Setting | Value |`` then ``| Uploader password | <the password> |``: the row's first
  cell is the label, the second the value.  Read only when the header's second column is a value column
  (``Value``, ``Setting``, ``Details``) or the table has no header of names, so the type column of an API
  parameter table (``| password | string | ... |``) is not read as a value.

The column and label names are read as the CSV and SQL readers read them
(:func:`credgate.iac.sqldump.password_column`, :func:`credgate.iac.sqldump.secret_column`), and a cell is
reported only when it is one token that passes the same checks (not a mask, a placeholder, a type word, a note
with spaces, a reference or a hash).
"""
from __future__ import annotations

import re
from typing import Iterator, Optional

from credgate.iac import csvtable, sqldump
from credgate.iac.rules import Hit

RULE = "doc-table-password"
_MAX_ROWS = 20_000
_MIN_VALUE = 6
# second header cells that say the column holds values (a key/value table)
_VALUE_HEADERS = frozenset(
    "value values setting settings details detail credential credentials login data info entry secret "
    "password current current_value".split())
# what a parameter or schema table writes in the cell after a name: a type or a flag, never a value
_TYPE_WORDS = re.compile(
    r"(?i)(?:string|str|text|varchar(?:\(\d+\))?|char|bool|boolean|int|integer|number|float|secret|securestring|"
    r"secure_?string|password|object|array|list|map|dict|any|optional|required|yes|no|true|false|none|null|"
    r"hidden|masked|redacted|sensitive|env|file|bytes|uuid)")
_TAG = re.compile(r"<[^>]{0,200}>")
_ROW = re.compile(r"(?is)<tr\b[^>]*>(.*?)</tr\s*>")
_CELL = re.compile(r"(?is)<(t[hd])\b[^>]*>(.*?)</t[hd]\s*>")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_WRAP = "`*_'\""


def _label_name(cell: str) -> str:
    """A header or label cell as a column name: ``**Uploader password** (prod)`` -> ``uploader_password``."""
    text = _TAG.sub(" ", cell)
    text = _PAREN.sub(" ", text).strip().strip(_WRAP + ":").strip()
    if not text or len(text) > 48 or not re.fullmatch(r"[A-Za-z][\w .\-/#]*", text):
        return ""
    return csvtable.column_name(text)


def _value(cell: str) -> tuple[str, int]:
    """The single token a cell holds (markup and quotes around it removed) and its offset in ``cell``; ("", 0)
    when the cell is empty or holds words."""
    inner = cell
    m = re.fullmatch(r"(?is)\s*<code>(.*?)</code>\s*", inner)
    if m:
        inner_off = m.start(1)
        inner = m.group(1)
    else:
        inner_off = 0
        if "<" in inner and _TAG.search(inner):
            stripped = _TAG.sub("", inner)
            if stripped.strip() and stripped.strip() in inner:
                inner_off = inner.find(stripped.strip())
                inner = stripped.strip()
            else:
                return "", 0
    lead = len(inner) - len(inner.lstrip())
    v = inner.strip()
    while v and v[0] in _WRAP and v[-1] == v[0] and len(v) > 2:
        v = v[1:-1]
        lead += 1
    if not v or any(c.isspace() for c in v) or "&lt;" in v or "&gt;" in v:
        return "", 0
    v = v.replace("&amp;", "&")
    return v, inner_off + lead


# the stock passwords documentation writes as an example (the prose rules' list)
_STOCK = re.compile(r"(?i)1password|(?:p@ssw0rd|passw0rd|password|welcome|changeme|letmein)[0-9]*[!@#$%?.]*")


def _problem(name: str, value: str) -> Optional[str]:
    if len(value) < _MIN_VALUE:
        return "too short"
    if _STOCK.fullmatch(value):
        return "a stock example password"
    if _TYPE_WORDS.fullmatch(value):
        return "a type or a flag, not a value"
    if sqldump.password_column(name):
        return csvtable.cell_problem(value)
    if sqldump.secret_column(name):
        if csvtable.cell_problem(value) == "a placeholder or a mask":
            return "a placeholder or a mask"
        return sqldump.secret_cell_problem(value, name)
    return "not a password or key column"


def _wanted(name: str) -> bool:
    return bool(name) and (sqldump.password_column(name) or sqldump.secret_column(name))


def _hit(name: str, how: str, value: str, start: int) -> Hit:
    return Hit(RULE, (name,), value,
               (f"{how} {name!r} of a documentation table holds a password or key",
                "one literal token, not a mask, a placeholder, a type or a note"),
               detail=f"{how} {name}", span=(start, start + len(value)))


# a Markdown header the pattern rule docs-table-password-column reads (depth2.toml): its cells are left to it
_PATTERN_RULE_HEADER = re.compile(
    r"(?i)\**(?:(?:admin|root|user|initial|account|login|db|database|service|svc|temp|temporary|current|shared|"
    r"master|super|console|portal|web|ui|ssh|vpn|wi-?fi|app|device|local|sudo|bmc|ipmi|idrac|ilo)[ \t_-]+)?"
    r"(?:passwords?|passwd|pwd|passphrase|pass)\**")


def _table_hits(rows: list[list[tuple[str, int]]], header: Optional[list[tuple[str, int]]],
                markdown: bool = False) -> Iterator[Hit]:
    """Hits of one table: ``rows`` (cells with their offsets in the text) below ``header``."""
    names = [_label_name(c) for c, _o in header] if header else []
    cols = [i for i, n in enumerate(names) if _wanted(n)]
    if markdown and header:
        cols = [i for i in cols if not (i <= 5 and _PATTERN_RULE_HEADER.fullmatch(header[i][0].strip()))]
    kv = not header or (len(names) >= 2 and (names[1] in _VALUE_HEADERS or not names[1]))
    for row in rows[:_MAX_ROWS]:
        if header and len(row) == len(header):
            for i in cols:
                value, off = _value(row[i][0])
                if value and _problem(names[i], value) is None:
                    yield _hit(names[i], "column", value, row[i][1] + off)
        if kv and len(row) >= 2 and not (header and cols and len(row) == len(header)):
            label = _label_name(row[0][0])
            if _wanted(label):
                value, off = _value(row[1][0])
                if value and _problem(label, value) is None:
                    yield _hit(label, "row", value, row[1][1] + off)


def _md_cells(line: str, at: int) -> list[tuple[str, int]]:
    """The cells of one Markdown table line with their offsets in the text (escaped pipes kept)."""
    s = line
    start = 0
    stripped = s.lstrip()
    if stripped.startswith("|"):
        start = len(s) - len(stripped) + 1
    end = len(s.rstrip())
    if s.rstrip().endswith("|") and not s.rstrip().endswith("\\|"):
        end -= 1
    out, cell_at, i = [], start, start
    while i < end:
        if s[i] == "\\" and i + 1 < end:
            i += 2
            continue
        if s[i] == "|":
            out.append((s[cell_at:i], at + cell_at))
            cell_at = i + 1
        i += 1
    out.append((s[cell_at:end], at + cell_at))
    return out


def _wiki_cells(inner: str, sep: str) -> list[tuple[str, int]]:
    out, at = [], 0
    for cell in inner.split(sep):
        out.append((cell, at))
        at += len(cell) + len(sep)
    return out


_MD_SEP_LINE = re.compile(r"(?m)^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*(?::?-{3,}:?[ \t]*)?\r?$")
_DASHES = re.compile(r"-{3,}")  # a separator row's dashes: found first (fast), then the line is checked
_WIKI_BARS = re.compile(r"\|\|")
_TABLE = re.compile(r"(?is)<table\b.*?</table\s*>")
_WIKI_HEADER = re.compile(r"(?m)^[ \t]*\|\|[^\n]*\|\|[ \t]*\r?$")
_ROW_LINE = re.compile(r"[^\n]*")


def _rows_after(text: str, at: int, wiki: bool = False) -> list[list[tuple[str, int]]]:
    """The table rows from offset ``at`` (a line start) to the first line that is not a row."""
    rows = []
    n = len(text)
    while at < n and len(rows) < _MAX_ROWS:
        m = _ROW_LINE.match(text, at)
        line = m.group(0).rstrip("\r")
        st = line.lstrip()
        if "|" not in line or not st or (wiki and (not st.startswith("|") or st.startswith("||"))):
            break
        rows.append(_md_cells(line, at))
        at = m.end() + 1
    return rows


def _markdown_hits(text: str) -> Iterator[Hit]:
    """Tables found by their separator row (``|---|---|``) or a wiki header (``||Host||Password||``): only
    the lines of tables are read, not every line of the document."""
    done = -1
    for d in _DASHES.finditer(text):
        if d.start() < done:
            continue
        start = text.rfind("\n", 0, d.start()) + 1
        end = text.find("\n", d.end())
        end = len(text) if end < 0 else end
        done = end
        m = _MD_SEP_LINE.match(text, start, end)
        if m is None or start < 2:
            continue
        hstart = text.rfind("\n", 0, start - 1) + 1
        line = text[hstart:start - 1].rstrip("\r")
        if "|" not in line:
            continue
        header = _md_cells(line, hstart)
        rows = _rows_after(text, m.end() + 1)
        # the pattern rule docs-table-password-column reads only tables written with a leading "|"
        yield from _table_hits(rows, header, markdown=line.lstrip().startswith("|"))
    done = -1
    for d in _WIKI_BARS.finditer(text):
        if d.start() < done:
            continue
        start = text.rfind("\n", 0, d.start()) + 1
        end = text.find("\n", d.end())
        done = end = len(text) if end < 0 else end
        m = _WIKI_HEADER.match(text, start, end)
        if m is None:
            continue
        # Jira/Confluence wiki markup: "||Host||Password||" then "|hmi-07|<value>|" rows, no separator row
        line = m.group(0).rstrip("\r")
        lead = len(line) - len(line.lstrip())
        header = [(c, m.start() + lead + 2 + k) for c, k in _wiki_cells(line.strip()[2:-2], "||")]
        yield from _table_hits(_rows_after(text, m.end() + 1, wiki=True), header)


def _html_hits(text: str) -> Iterator[Hit]:
    for table in _TABLE.finditer(text):
        low = table.group(0).lower()
        if not any(k in low for k in ("pass", "pwd", "secret", "token", "key", "psk")):
            continue  # no cell can name a password or key: not parsed
        header: Optional[list[tuple[str, int]]] = None
        rows: list[list[tuple[str, int]]] = []
        for r in _ROW.finditer(text, table.start(), table.end()):
            cells = [(m.group(2), m.start(2)) for m in _CELL.finditer(text, r.start(1), r.end(1))]
            kinds = [m.group(1).lower() for m in _CELL.finditer(text, r.start(1), r.end(1))]
            if not cells:
                continue
            if header is None and not rows and all(k == "th" for k in kinds):
                header = cells
                continue
            rows.append(cells)
        if header is None and len(rows) > 1 and all(_label_name(c) or not c.strip() for c, _o in rows[0]) \
                and any(_wanted(_label_name(c)) for c, _o in rows[0]):
            header, rows = rows[0], rows[1:]  # a header row written with <td> cells
        if rows:
            yield from _table_hits(rows, header)


def wanted(data: bytes) -> bool:
    """A document that may hold a table naming a password or key (cheap byte checks)."""
    head = data[:1 << 20]
    if b"|" not in head and b"<td" not in head and b"<TD" not in head:
        return False
    low = head.lower()
    if not any(k in low for k in (b"pass", b"pwd", b"secret", b"token", b"key", b"psk")):
        return False
    # a <td> cell, a wiki header, or a separator row's "-|" / "|-" (substring checks: a regex over every line
    # start of a big document cost more than the tables it finds)
    return b"<td" in low or any(k in head for k in (b"||", b"-|", b"|-", b"- |", b"| -", b":|", b"|:"))


def doc_table_hits(text: str, path: str = "") -> Iterator[Hit]:
    """Password/key cells of the Markdown and HTML tables of a document, as line-based hits (an HTML page's
    tables only, a Markdown or text document's pipe tables and any HTML tables it embeds)."""
    html = path.lower().endswith((".html", ".htm"))
    if not html and "|" in text:
        yield from _markdown_hits(text)
    if "<td" in text or "<TD" in text:
        yield from _html_hits(text)
