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
SECRET_RULE = "sql-dump-secret-column"

_IDENT = r"(?:`[^`]{1,128}`|\"[^\"]{1,128}\"|\[[^\]]{1,128}\]|[A-Za-z_][\w$]{0,127})"
_QUALIFIED = rf"{_IDENT}(?:\s*\.\s*{_IDENT})?"
_CREATE = re.compile(rf"(?is)\bCREATE\s+(?:TEMPORARY\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?({_QUALIFIED})\s*\(")
# SQL Server scripts (SSMS "Generate Scripts") write INSERT [dbo].[T] ([col], ...) VALUES (N'...'): INTO is optional
# there and strings carry the N (national) prefix
_INSERT = re.compile(rf"(?is)\bINSERT\s+(?:IGNORE\s+|OR\s+\w+\s+)?(?:INTO\s+)?({_QUALIFIED})\s*(\([^()]*\))?\s*VALUES\s*")
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


def _columns(defs: str, definitions: bool = False) -> list[str]:
    """The column names of an INSERT's or COPY's column list, or (``definitions``) of a CREATE TABLE body, where
    constraint lines (PRIMARY KEY, KEY idx (...)) are skipped: in a column list "key" is a column's name."""
    cols = []
    for item in _split_top(defs):
        if definitions and _CONSTRAINT.match(item):
            continue
        m = re.match(_IDENT, item)
        if m:
            cols.append(_name(m.group(0)))
    return cols


_VALUE = re.compile(r"N?'((?:[^'\\]|''|\\.)*)'|(\()|(\))|(,)|([^\s,()']+)", re.S)


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


# a column named as a secret that is not a password: client_secret, api_key, access_token, update_key (DNP3 SAv5),
# webhook_secret, psk.  Its cells are keys and tokens, so a hex string there is the key, not a digest; names of
# what describes a key (key_id, token_type, key_name, secret_arn, token_expires_at, api_key_last4) are not one.
_SECRET_COLUMN = re.compile(
    r"(?i)(?:^|_)(?:secret|client_?secret|(?:api|app|consumer|webhook|signing|shared|hmac|integration|oauth)_?secret|"
    r"(?:api|access|auth|refresh|bearer|bot|app|integration|personal_access|service|session|oauth|webhook|"
    r"install|registration|enrollment|join|bootstrap)_?token|token|api_?key|apikey|"
    r"(?:update|auth|authentication|shared|signing|encryption|master|private|secret|access|license|integration|hmac|"
    r"psk|session|app|client|sa|network|join|tacacs|radius|bgp|ospf|isis|snmp|neighbor|peer|md5|wpa2?|wifi|wireless)_?key|"
    r"psk|pre_?shared_?key|passkey|key_?value|secret_?value|token_?value|"
    # a routing protocol's TCP-MD5 / authentication key, written by its protocol: "BGP MD5", "ospf_auth_key"
    r"(?:bgp|ospf|isis|ldp|msdp|tcp|neighbor|peer|session)_?(?:md5|auth(?:entication)?)(?:_?(?:key|secret|password))?)$")
_NOT_SECRET_COLUMN = re.compile(
    r"(?i)hash|digest|salt|fingerprint|_?id$|_?ids$|name$|type$|kind$|expir|_at$|_on$|_date$|prefix|suffix|last_?4|"
    r"hint|length|len$|masked|ref$|arn$|path$|file$|url$|uri$|version|status|created|updated|rotated|count$|"
    r"enabled$|required$|scope|label|alias|algorithm|alg$|format|encoding|source|location|owner|policy|_set$|"
    r"^has_|^is_|^uses?_|^needs_|^key_?id|^secret_?name|^token_?name|"
    # a tokenised card or payment method (card_token, payment_token, pm_token, vault card reference): the
    # processor's reference to a card, useless without the merchant's API key; not a credential (session 13)
    r"(?:^|_)(?:card|cards|credit_?card|debit_?card|stored_?card|payment|payment_?method|pm|pan|cc|recurring)_?token")
# Stripe object ids (tok_, card_, pm_, src_, ba_, btok_, cus_, seti_/pi_ without _secret_): references to a
# tokenised card or an object, readable only with the account's secret key (sk_/rk_ are the keys)
_PAYMENT_OBJECT = re.compile(r"(?:tok|btok|card|pm|src|ba|cus|pi|seti|ch|py|acct)_[A-Za-z0-9]{14,34}")
# cells in a secret column that are a key or token: long enough and not a word, a reference or a mask
_MIN_SECRET = 12


def secret_column(col: str) -> bool:
    """A column named as a key, token or client secret (not a password column: those read as passwords)."""
    return bool(_SECRET_COLUMN.search(col)) and not _NOT_SECRET_COLUMN.search(col) and not password_column(col)


def secret_cell_problem(value: str, col: str = "") -> Optional[str]:
    """Why a string in a secret column (``client_secret``, ``api_key``, ``update_key``) is not a live key, or
    None.  A column named just ``secret`` (or ``*_secret``) may hold a password: it is read as one (short values
    allowed); a key or token column needs a value of key length."""
    v = value.strip()
    if not v or any(c.isspace() for c in v):
        return "empty, or words"
    if not re.search(r"(?i)(?:secret|md5|auth|authentication)$", col) and len(v) < _MIN_SECRET:
        return "too short for a key or token"
    if v.lower() in ("true", "false", "yes", "no", "none", "null", "nil", "n/a", "na", "tbd", "todo", "redacted"):
        return "a word, not a key"
    if re.fullmatch(r"[0-9]+", v) or re.fullmatch(r"[0-9a-fA-F]{1,8}", v):
        return "a number"
    if re.fullmatch(r"(?:\$2[aby]?\$|\$argon2|\{SSHA|pbkdf2_|bcrypt)\S*", v):
        return "a hash, not the key"
    if _PAYMENT_OBJECT.fullmatch(v):
        return "a payment processor's object id (a card token, payment method, customer): a reference, not a key"
    return filters.documented_example(v) or filters.placeholder(v) or filters.generic_value(v, password_slot=True)


# api_key beside api_secret (consumer_key / consumer_secret, app_key / app_secret, client_key / client_secret):
# an HMAC-signing or OAuth pair, whose key column holds the public half (the key id the client sends in clear)
_PAIR_KEY_COLUMN = re.compile(r"(?i)^(.*?)(api|app|consumer|client|access)_?key$")


def _paired_key_columns(cols: list[str]) -> "set[int]":
    """Indexes of key columns whose table also has the matching secret column (``api_key`` and ``api_secret``)."""
    low = {c.lower() for c in cols}
    out = set()
    for i, c in enumerate(cols):
        m = _PAIR_KEY_COLUMN.match(c)
        if m:
            head, kind = m.group(1).lower(), m.group(2).lower()
            if any(f"{head}{kind}{sep}{word}" in low for sep in ("_", "") for word in ("secret", "key_secret")):
                out.add(i)
    return out


def wanted(text: str) -> bool:
    low = text[:1 << 20].lower()
    return ("insert" in low or "copy" in low) and any(
        w in low for w in ("pass", "pwd", "secret", "token", "key", "psk", "integration", "credential", "oauth",
                           "webhook", "connector", "client"))


def _column_problem(col: str, value: str) -> Optional[str]:
    """Why a cell of column ``col`` is not reported (None: it is a password or a key)."""
    if password_column(col):
        return cell_problem(value)
    return secret_cell_problem(value, col)


def _wanted_column(col: str) -> bool:
    return password_column(col) or secret_column(col)


def _hit(table: str, col: str, value: str, s: int, e: int) -> Hit:
    if password_column(col):
        return Hit(RULE, (table, col), value,
                   (f"column {col!r} of table {table!r} holds a password",
                    "a literal string, not a hash or a placeholder"),
                   detail=f"{table}.{col}", span=(s, e))
    return Hit(SECRET_RULE, (table, col), value,
               (f"column {col!r} of table {table!r} holds a key, token or client secret",
                "a literal string of key length, not a hash, a reference or a placeholder"),
               detail=f"{table}.{col}", span=(s, e))


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


# a table named for credentials (integrations, api_keys, oauth_clients, webhooks, credentials, tokens):
# with no column list anywhere in the file, a value there that a machine drew is read as its key
_CREDENTIAL_TABLE = re.compile(r"(?i)integration|credential|api_?keys?|tokens?$|secrets?$|oauth|webhook|connector|"
                               r"service_?accounts?|app_?keys|client_?apps?|partner_?keys")
_TOKEN_CHARS = re.compile(r"[A-Za-z0-9_\-+/=.~]{20,128}")


def _machine_token(v: str) -> bool:
    """20+ characters of lower, upper and digits that change class throughout and are no words: an issued
    key or token, not a name, a date, a slug, a hex digest or a UUID."""
    if not _TOKEN_CHARS.fullmatch(v) or not (any(c.islower() for c in v) and any(c.isupper() for c in v)
                                              and any(c.isdigit() for c in v)):
        return False
    kinds = ["l" if c.islower() else "u" if c.isupper() else "d" if c.isdigit() else "s" for c in v]
    turns = sum(1 for a, b in zip(kinds, kinds[1:]) if a != b)
    return turns >= max(6, int(len(v) * 0.35)) and not filters.made_of_words(v) and _HASH.fullmatch(v) is None


def _unnamed_token_hits(text: str, at: int, table: str) -> Iterator[Hit]:
    """``INSERT INTO integrations VALUES (3,'vendor','api','<40 random characters>',...)`` with no column list
    in the file: the machine-drawn string of a credential table's row."""
    for row in _rows(text, at):
        for i, (value, s, e) in enumerate(row):
            if value is None or not _machine_token(value.strip()):
                continue
            if filters.documented_example(value) or filters.placeholder(value):
                continue
            yield Hit(SECRET_RULE, (table, f"value {i + 1}"), value,
                      (f"value {i + 1} of a row of table {table!r} (a credentials table) is a machine-drawn key",
                       "no column list names it; 20+ random characters of three classes"),
                      detail=f"{table} value {i + 1}", span=(s, e))


# an entity-attribute-value settings table (service_config (service, key, value), app_settings (name, value),
# InstanceSetting (Section, Name, Value)): the name cell of a row says whether its value cell is a secret
_NV_NAME = re.compile(r"(?i)^(?:key|name|setting|setting_?name|config_?key|param(?:eter)?_?name|option_?name|"
                      r"property|prop_?name|variable|attribute|attr_?name)$")
_NV_VALUE = re.compile(r"(?i)^(?:value|val|setting_?value|config_?value|param(?:eter)?_?value|option_?value|"
                       r"prop(?:erty)?_?value|attribute_?value|attr_?value)$")


def _name_value_columns(cols: list[str]) -> "Optional[tuple[int, int]]":
    names = [i for i, c in enumerate(cols) if _NV_NAME.match(c)]
    values = [i for i, c in enumerate(cols) if _NV_VALUE.match(c)]
    return (names[0], values[0]) if len(names) == 1 and len(values) == 1 else None


def _name_value_hit(table: str, name: Optional[str], cell: "tuple[Optional[str], int, int]") -> Optional[Hit]:
    """The value cell of a settings row whose name cell names a password or a key (``smtp_password``,
    ``steam_web_api_key``), judged as a column of that name would be."""
    value, s, e = cell
    if not name or value is None or len(name) > 80 or not _wanted_column(name):
        return None
    if _column_problem(name, value) is not None:
        return None
    return _hit(table, name, value, s, e)


def sql_dump_hits(text: str) -> Iterator[Hit]:
    """Password-column cells of the INSERT statements (and pg_dump COPY blocks) of a SQL dump or seed file,
    as line-based hits."""
    if not wanted(text):
        return
    for m in _COPY.finditer(text):
        table, cols = _name(m.group(1)), _columns(m.group(2))
        paired = _paired_key_columns(cols)
        wanted_at = [i for i, c in enumerate(cols) if _wanted_column(c) and i not in paired]
        for i, value, s, e in _copy_cells(text, m.end(), len(cols), wanted_at) if wanted_at else ():
            if _column_problem(cols[i], value) is None:
                yield _hit(table, cols[i], value, s, e)
        nv = _name_value_columns(cols)
        if nv is not None:
            name: Optional[str] = None
            for i, value, s, e in _copy_cells(text, m.end(), len(cols), list(nv)):
                if i == nv[0]:
                    name = value
                    continue
                hit = _name_value_hit(table, name, (value, s, e)) if name is not None else None
                name = None
                if hit is not None:
                    yield hit
    tables: dict[str, list[str]] = {}
    for m in _CREATE.finditer(text):
        end = _balanced(text, m.end() - 1)
        if end > 0:
            tables[_name(m.group(1))] = _columns(text[m.end() : end - 1], definitions=True)
    for m in _INSERT.finditer(text):
        table = _name(m.group(1))
        cols = _columns(m.group(2)[1:-1]) if m.group(2) else tables.get(table)
        if not cols:
            if _CREDENTIAL_TABLE.search(table):
                yield from _unnamed_token_hits(text, m.end(), table)
            continue
        paired = _paired_key_columns(cols)
        wanted_at = [i for i, c in enumerate(cols) if _wanted_column(c) and i not in paired]
        nv = _name_value_columns(cols)
        if nv is not None:
            for row in _rows(text, m.end()):
                if len(row) == len(cols):
                    hit = _name_value_hit(table, row[nv[0]][0], row[nv[1]])
                    if hit is not None:
                        yield hit
        if not wanted_at:
            continue
        for row in _rows(text, m.end()):
            if len(row) != len(cols):
                continue  # the row does not fit the column list: guessing a position would be a guess
            for i in wanted_at:
                value, s, e = row[i]
                if value is None or _column_problem(cols[i], value) is not None:
                    continue
                yield _hit(table, cols[i], value, s, e)
