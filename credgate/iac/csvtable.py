"""Passwords in CSV and TSV tables, by column.

``email,password,env,platform`` then ``lf_qa_01@corp.example,Summer2024&,staging,steam``: a spreadsheet of
shared test accounts, an export of a user table, a list of device logins.  No pattern rule reads the second
cell as a password: nothing on its line names it.  This reader takes the header (the first line that is not a
comment; up to three title lines of one cell each, ``XWEB500 user export - PHL1``, may come before it), finds the columns named as a password (``password``, ``pass``, ``pwd``, ``Admin Password``,
``plain_pw``: :func:`credgate.iac.sqldump.password_column` on the name with spaces and dashes read as ``_``;
never ``password_hash``, ``salt`` or ``password_changed``), and reports the cells of those columns that hold a
password: not a hash (bcrypt, argon2, hex digests: :func:`credgate.iac.sqldump.cell_problem`), a placeholder
(``<reset pending>``, ``(SSO)``, ``********``, ``n/a``), an empty cell or the usual non-secret values
(the generic value checks with the password-slot reading).  A row whose cell count differs from the header's is
skipped, as the SQL dump reader skips a row that does not fit its column list: a cell's meaning is a guess there.
Up to two title lines of one cell above the header ("XWEB user export - store 12") are passed over.

A PIN column (``pin``, ``door_pin``, ``passcode``, ``admin_passcode``: a lock encoder list, a door or alarm code
sheet) is a password column whose cells are 4 to 8 digits; other cells there (a GPIO pin ``17``, ``true``) and
the postal ``pincode`` / ``pin_code`` are not read.
"""
from __future__ import annotations

import csv
import re
from typing import Iterator, Optional

from credgate.iac import sqldump
from credgate.iac.rules import Hit

RULE = "csv-password-column"
SECRET_RULE = "csv-secret-column"
_MAX_ROWS = 200_000
_MAX_HEADER_CELL = 48
_MAX_TITLES = 3  # title lines (one cell each) an export may write above its header
# a header cell is a name: letters first, then letters, digits, spaces and punctuation of names
_NAME = re.compile(r"[A-Za-z][\w .()/#\-]{0,47}")
# cells that say where the password is or that there is none: words in brackets, masks, "n/a", "-"
_NOT_A_PASSWORD = re.compile(r"[<(\[{].*[>)\]}]|\*{3,}|x{4,}|(?i:n/?a|none|null|nil|tbd|todo|unknown|unset|sso|-+)")


# a column of PINs: pin, door_pin, pin_number, passcode, alarm_passcode (never a postal pincode / pin_code)
_PIN_COLUMN = re.compile(r"(?:[a-z0-9]+_){0,2}(?:pin|pin_?(?:number|no)|passcode)")
_PIN = re.compile(r"[0-9]{4,8}")
# a Wi-Fi key column (psk, wpa_psk, wifi_key, wpa2_passphrase, network_key): its cells are passphrases of 8 to 63
# characters a person chose (FalconIcu55), read as passwords, not as keys of key length
_WIFI_KEY_COLUMN = re.compile(r"(?:(?:wpa[23]?|wifi|wlan|wireless|ssid|network)_?)?(?:psk|pre_?shared_?key|wpa_?key|"
                              r"wifi_?key|network_?key|wlan_?key)|(?:wpa[23]?|wifi|wlan|wireless|ssid)_?(?:passphrase|key)")


# a radio or link encryption key column (a two-way radio codeplug export: "Privacy Key", "Encryption Key", "AES Key",
# "ARC4 Key", "Scrambling Key"): its cells are short keys (40-bit ARC4 in 10 hex digits, a Basic Privacy number of 4
# or 5 digits) up to AES-256 in 64 hex digits, shorter than the generic key column reads.  Never the key's id
# ("Privacy Key ID") or its type.
_RADIO_KEY_COLUMN = re.compile(r"(?:(?:enhanced|basic|adp|aes|arc4|rc4|des|des_?ofb|dmr|p25|tetra|radio|voice|link)_)?"
                               r"(?:privacy|encryption|enc|crypto|cipher|scrambling|scrambler|aes|arc4|rc4|des|adp|tek)_?key"
                               r"(?:_?value)?")
_RADIO_KEY = re.compile(r"(?:0x)?[0-9A-Fa-f]{10,64}|[0-9]{4,8}")


def radio_key_column(name: str) -> bool:
    """A header named for a radio or link encryption key (see _RADIO_KEY_COLUMN)."""
    return bool(_RADIO_KEY_COLUMN.fullmatch(name))


def _radio_key_cell(value: str) -> bool:
    """A cell of a radio key column that holds a key: hex of 10 to 64 digits or a number of 4 to 8, not all one digit."""
    v = value.strip()
    return bool(_RADIO_KEY.fullmatch(v)) and len(set(v.lower().removeprefix("0x"))) > 1


def pin_column(name: str) -> bool:
    """A header named for a PIN or passcode (see the module's note)."""
    return bool(_PIN_COLUMN.fullmatch(name))


def column_name(cell: str) -> str:
    """A header cell as a column name: ``"Admin Password"`` -> ``admin_password``."""
    return re.sub(r"[ \-./]+", "_", cell.strip().strip("\"'").strip()).strip("_").lower()


def _delimiter(header: str, tsv: bool) -> str:
    if tsv:
        return "\t"
    counts = {d: header.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _lines(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line without its end) for each line of ``text``."""
    at, n = 0, len(text)
    while at < n:
        end = text.find("\n", at)
        end = n if end == -1 else end
        yield at, text[at:end].rstrip("\r")
        at = end + 1


def _cells(line: str, delim: str) -> Optional[list[tuple[str, int, int]]]:
    """The cells of one CSV line with their offsets in the line (quoted cells unquoted), or None when the
    line cannot be read alone (a quoted cell that goes on over the next line)."""
    if '"' not in line:
        out, at = [], 0
        for cell in line.split(delim):
            out.append((cell, at, at + len(cell)))
            at += len(cell) + 1
        return out
    try:
        rows = list(csv.reader([line], delimiter=delim))
    except csv.Error:
        return None
    if len(rows) != 1:
        return None
    out, at = [], 0
    for cell in rows[0]:
        # the cell's text as written (quoted or not) starts at the next delimiter-separated position
        i = line.find(cell, at) if cell else at
        if i < 0:
            return None
        out.append((cell, i, i + len(cell)))
        nxt = line.find(delim, i + len(cell))
        at = len(line) if nxt < 0 else nxt + 1
    return out


def cell_problem(value: str) -> Optional[str]:
    """Why a cell of a password column is not a password, or None."""
    v = value.strip()
    if not v:
        return "an empty cell"
    if any(c.isspace() for c in v):
        return "words, not a password (a note or a place: 'in 1Password', 'see vault')"
    if _NOT_A_PASSWORD.fullmatch(v):
        return "a placeholder or a mask"
    return sqldump.cell_problem(v)


def csv_hits(text: str, path: str) -> Iterator[Hit]:
    """Password-column cells of a CSV/TSV table, as line-based hits."""
    tsv = path.lower().endswith(".tsv")
    lines = _lines(text)
    header: Optional[list[tuple[str, int, int]]] = None
    delim = ","
    titles = 0
    for _off, line in lines:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        delim = _delimiter(line, tsv)
        header = _cells(line, delim)
        if header is not None and len(header) < 2 and titles < _MAX_TITLES:
            titles += 1  # a title line above the header ("XWEB500 user export - PHL1"): one cell, no delimiter
            header = None
            continue
        break
    if not header or len(header) < 2:
        return
    names = [column_name(c) for c, _s, _e in header]
    if not all(_NAME.fullmatch(c.strip().strip("\"'").strip()) for c, _s, _e in header if c.strip()):
        return  # the first line is data or free text, not a header of names
    pins = {i for i, n in enumerate(names) if n and pin_column(n)}
    wifi = {i for i, n in enumerate(names) if n and _WIFI_KEY_COLUMN.fullmatch(n)}
    radio = {i for i, n in enumerate(names) if n and radio_key_column(n)}
    wanted_at = [i for i, n in enumerate(names)
                 if n and (i in pins or i in wifi or i in radio or sqldump.password_column(n)
                           or sqldump.secret_column(n))]
    if not wanted_at:
        return
    rows = 0
    for off, line in lines:
        if rows >= _MAX_ROWS:
            return
        rows += 1
        if not line.strip():
            continue
        cells = _cells(line, delim)
        if cells is None or len(cells) != len(header):
            continue
        for i in wanted_at:
            value, s, e = cells[i]
            lead = len(value) - len(value.lstrip())
            v = value.strip()
            if i in pins:
                # one digit repeated (000000, 1111) is a factory or cleared PIN, not a code someone set
                if _PIN.fullmatch(v) and len(set(v)) > 1:
                    yield Hit(RULE, (names[i],), v,
                              (f"column {names[i]!r} of a CSV table holds a PIN or passcode",
                               "4 to 8 digits: the code itself (a lock encoder, door or alarm PIN)"),
                              detail=f"column {names[i]}", span=(off + s + lead, off + s + lead + len(v)))
                continue
            if i in wifi:  # a Wi-Fi passphrase: 8 to 63 characters, judged as a password
                if 8 <= len(v) <= 63 and cell_problem(value) is None:
                    yield Hit(RULE, (names[i],), v,
                              (f"column {names[i]!r} of a CSV table holds a Wi-Fi passphrase (PSK)",
                               "a literal passphrase of 8 to 63 characters, not a placeholder or a note"),
                              detail=f"column {names[i]}", span=(off + s + lead, off + s + lead + len(v)))
                continue
            if i in radio:  # a radio privacy / encryption key: short hex or a Basic Privacy number
                if _radio_key_cell(v):
                    yield Hit(SECRET_RULE, (names[i],), v,
                              (f"column {names[i]!r} of a CSV table holds a radio or link encryption key",
                               "hex of 10 to 64 digits (ARC4 to AES-256) or a privacy number of 4 to 8 digits"),
                              detail=f"column {names[i]}", span=(off + s + lead, off + s + lead + len(v)))
                continue
            if not sqldump.password_column(names[i]):  # a key, token or client secret column
                if cell_problem(value) in ("an empty cell", "a placeholder or a mask") \
                        or sqldump.secret_cell_problem(v, names[i]) is not None:
                    continue
                yield Hit(SECRET_RULE, (names[i],), v,
                          (f"column {names[i]!r} of a CSV table holds a key, token or client secret",
                           "a literal value of key length, not a hash, a reference or a placeholder"),
                          detail=f"column {names[i]}", span=(off + s + lead, off + s + lead + len(v)))
                continue
            # digits only in a password column (an HMI or badge user list: OPERATOR,Operators,4673): the PIN-style
            # password itself, however short; a number of 3 digits or fewer is not read
            if cell_problem(value) is not None and not _PIN.fullmatch(v):
                continue
            yield Hit(RULE, (names[i],), v,
                      (f"column {names[i]!r} of a CSV table holds a password",
                       "a literal value, not a hash, a placeholder or a note"),
                      detail=f"column {names[i]}", span=(off + s + lead, off + s + lead + len(v)))
