"""Whole-file credential formats: files whose layout, not a word on the line, says which token is a password.

* an OpenVPN ``auth-user-pass`` file (and the same two-line login files other clients read: ``--authfile``,
  ``login.conf``): the user on line 1, the password on line 2, nothing else;
* a password file: one line, one token, in a file named for a password (``db_password.txt``,
  ``postgres-password``, ``.vault_pass``, ``rsync.pass``, ``*.password``): Docker/Compose secrets files,
  ``--password-file`` / ``--vault-password-file`` targets;
* ``rsyncd.secrets``: ``user:password`` lines;
* pppd ``chap-secrets`` / ``pap-secrets``: ``client server secret [addresses]`` lines;
* davfs2 ``secrets``: ``URL-or-mountpoint user password`` lines;
* pppd peer files (``ppp/peers/<provider>``): ``password SECRET`` lines;
* stunnel's ``psk.txt`` (``identity:key``, one line): the key;
* a case's password list (``passwords.txt``, ``<matter>-passwords.txt``, ``pwlist.lst``): the candidates an
  e-discovery or forensics tool (Nuix, Relativity Processing, Passware, a 7-Zip batch) tries on protected
  documents, one per line, at most 200 of them; lists of common, banned or breached passwords (dictionaries,
  validators' deny lists) are not read;
* EZproxy's ``user.txt`` (also its ``user.txt.j2`` deploy template; a path naming ezproxy):
  ``user:password[:Admin]`` lines of local accounts (``::CAS`` / ``/CAS`` blocks and directives are skipped).

Only files whose name (or folder) says what they are are read, and each value passes the password checks
of the CSV reader (:func:`credgate.iac.csvtable.cell_problem`: not a hash, a placeholder, a reference, a word).
"""
from __future__ import annotations

import os
import re
from typing import Iterator, Optional

from credgate.iac import csvtable, sqldump
from credgate.iac.rules import Hit

RULE = "credential-file-password"
_MAX_BYTES = 64 * 1024
# names of a two-line login file (OpenVPN auth-user-pass and the like) and the folders that hold them
_PAIR_NAME = re.compile(r"(?i)(?:^|[._\-])(?:creds?|credentials?|auth|login|logins|userpass|user-pass|pass|"
                        r"passwd|password|account|secret|secrets)(?:[._\-].*)?$|\.(?:auth|creds?|pass)$")
_PAIR_DIR = re.compile(r"(?i)(?:^|/)(?:vpn|openvpn|ovpn|wireguard|ipsec|credentials|creds|secrets|auth)(?:/|$)")
_PAIR_EXT = frozenset(("", ".txt", ".conf", ".cfg", ".auth", ".cred", ".creds", ".pass", ".login", ".secret"))
# names of a one-line password file
_PASSWORD_FILE = re.compile(
    r"(?i)^\.?(?:[\w\-]+[._\-])?(?:password|passwd|passphrase|pass|pwd|pw|psk)(?:[._\-](?:file|txt))?"
    r"(?:\.(?:txt|pass|password|secret|key))?$|\.(?:password|passwd|pass|pwf|pwd)$")
# a Docker/Compose/Kubernetes secrets folder and, in it, a file named for a key or token (jwt_secret,
# api_token.txt, stripe_key): one line, the key itself (compose ``secrets: x: file: ./secrets/x``)
_SECRETS_DIR = re.compile(r"(?i)(?:^|/)(?:secrets|run/secrets|docker-secrets|\.secrets)$")
_SECRET_FILE = re.compile(r"(?i)^\.?(?:[\w\-]+[._\-])?(?:secret|token|api_?key|apikey|key|secret_?key|access_?key|"
                          r"auth_?token|webhook)(?:\.(?:txt|key|secret))?$")
# a password list of a case (see the module docstring) and the names of word lists that are no one's passwords
_PASSWORD_LIST = re.compile(r"(?i)(?:^|[._\-])(?:passwords|passwds|pwds|pwlist|passlist|password[._\-]?list|"
                            r"known[._\-]?passwords)(?:[._\-][\w.\-]*)?$")
_LIST_EXT = frozenset(("", ".txt", ".lst", ".list"))
_LIST_MAX = 200
_NOT_A_CASE_LIST = re.compile(r"(?i)common|top[-_ ]?[0-9]|rockyou|dictionar|wordlist|word[-_]list|frequen|banned|"
                              r"block|black|deny|weak|breach|leak|pwned|seclist|fuzz|brute|crack|hashcat|john|"
                              r"default|zxcvbn|forbidden|disallow|reject|bad[-_]?pass|worst|popular|most[-_]?used")
_NOT_LIVE_NAME = re.compile(r"(?i)example|sample|template|\.dist$|\.tpl$|\.tmpl$|\.j2$|\.erb$|placeholder|dummy")
_EZPROXY_NAMES = frozenset(("user.txt", "user.txt.j2", "user.txt.erb", "user.txt.tpl", "users.txt"))
_PPP_PASSWORD = re.compile(r"[ \t]*password[ \t]+\"?([^\s\"]{4,128})\"?[ \t]*$")
_PSK_LINE = re.compile(r"[\w.@\-]{1,64}:(\S{8,256})")
# an encrypted password file (Teamcenter ``install -encryptpwf``): base64 of 16 bytes or more
_ENCRYPTED_PWF = re.compile(r"[A-Za-z0-9+/]{22,}={0,2}")
_USER = re.compile(r"[\w.@\-\\+]{1,64}")
_TOKEN = re.compile(r"\S{4,128}")
_SECRETS_LINE = {
    "chap-secrets": re.compile(r"^[ \t]*(\S+)[ \t]+(\S+)[ \t]+(\"[^\"\n]*\"|\S+)(?:[ \t]+[^\n]*)?$"),
    "pap-secrets": re.compile(r"^[ \t]*(\S+)[ \t]+(\S+)[ \t]+(\"[^\"\n]*\"|\S+)(?:[ \t]+[^\n]*)?$"),
}


def _name_parts(path: str) -> tuple[str, str, str]:
    p = path.replace("\\", "/")
    name = os.path.basename(p)
    ext = name[name.rfind("."):].lower() if "." in name[1:] else ""
    return p, name, ext


def kind(path: str, size: int) -> Optional[str]:
    """Which whole-file format ``path`` names, or None (cheap: the name and size only)."""
    if size > _MAX_BYTES or size == 0:
        return None
    if path.startswith("arn:"):  # a deployed resource (an SSM parameter's name is not a file's)
        return None
    p, name, ext = _name_parts(path)
    low = name.lower()
    if low in _EZPROXY_NAMES and "ezproxy" in p.lower() and not re.search(r"(?i)example|sample|dist", p):
        return "ezproxy-users"  # a deploy template (user.txt.j2) writes its literal passwords as they are
    if _NOT_LIVE_NAME.search(low):
        return None
    if low in ("rsyncd.secrets", "rsyncd.secret", "rsync.secrets"):
        return "rsyncd"
    if low in ("chap-secrets", "pap-secrets"):
        return low
    if low == "secrets" and "davfs2" in p.lower():
        return "davfs2"
    if "/ppp/peers/" in "/" + p.lower() and not ext:
        return "ppp-peer"
    if ext in _LIST_EXT and _PASSWORD_LIST.search(low) and not _NOT_A_CASE_LIST.search(p.lower()):
        return "password-list"
    if ext in _PAIR_EXT or ext in (".password", ".passwd", ".pwf", ".pwd"):
        if _PASSWORD_FILE.search(low):
            return "password-file"
        if _SECRETS_DIR.search(os.path.dirname(p)) and _SECRET_FILE.search(low):
            return "secret-file"
        if _PAIR_NAME.search(low) or _PAIR_DIR.search(os.path.dirname(p)):
            return "pair"
    return None


def _lines(text: str) -> Iterator[tuple[int, str]]:
    at = 0
    for raw in text.split("\n"):
        yield at, raw.rstrip("\r")
        at += len(raw) + 1


def _ok(value: str) -> bool:
    return bool(_TOKEN.fullmatch(value)) and csvtable.cell_problem(value) is None


def _hit(value: str, start: int, what: str) -> Hit:
    return Hit(RULE, (what,), value, (f"the password of {what}", "a literal token, not a placeholder or a hash"),
               detail=what, span=(start, start + len(value)))


def credential_file_hits(text: str, path: str) -> Iterator[Hit]:
    k = kind(path, len(text))
    if k is None:
        return
    lines = [(o, ln) for o, ln in _lines(text)]
    content = [(o, ln) for o, ln in lines if ln.strip() and not ln.lstrip().startswith("#")]
    if k == "pair":
        # exactly a user line and a password line (OpenVPN reads the first two lines; nothing else is there)
        if len(content) == 2 and len(lines) <= 4 and _USER.fullmatch(content[0][1].strip()):
            o, ln = content[1]
            v = ln.strip()
            if _ok(v) and v != content[0][1].strip():
                yield _hit(v, o + ln.find(v), "a two-line login file (user, then password: OpenVPN auth-user-pass)")
        return
    if k == "password-file":
        if len(content) == 1 and len(lines) <= 3:
            o, ln = content[0]
            v = ln.strip()
            if os.path.basename(path).lower().startswith("psk"):  # a key file: hex is the key, not a digest
                m = _PSK_LINE.fullmatch(v)
                v = m.group(1) if m else v  # stunnel's psksecrets file: "identity:key"
                if _TOKEN.fullmatch(v) and sqldump.secret_cell_problem(v, "psk") is None:
                    yield _hit(v, o + ln.find(v), "a pre-shared key file (stunnel psksecrets: identity:key)")
                return
            if path.lower().endswith((".pwf", ".pwd")) and _ENCRYPTED_PWF.fullmatch(v) and len(v) % 4 == 0:
                return  # Teamcenter encrypt_pwf output (base64 of the ciphertext): the key to open it is elsewhere
            if _ok(v):
                yield _hit(v, o + ln.find(v), "a password file (one line: the password)")
        return
    if k == "secret-file":
        if len(content) == 1 and len(lines) <= 3:
            o, ln = content[0]
            v = ln.strip()
            col = re.sub(r"\.(?:txt|key|secret)$", "", os.path.basename(path).lower()).lstrip(".").replace("-", "_")
            if _TOKEN.fullmatch(v) and len(v) >= 12 and csvtable.cell_problem(v) in (None, "a password hash, not the password") \
                    and sqldump.secret_cell_problem(v, col) is None:
                yield Hit(RULE, ("a secrets-folder key file",), v,
                          ("a key or token file in a secrets folder (one line: the key)",
                           "a literal token, not a placeholder or a reference"),
                          detail="a secrets-folder key file", span=(o + ln.find(v), o + ln.find(v) + len(v)))
        return
    if k == "password-list":
        if not 2 <= len(content) <= _LIST_MAX:
            return
        good = [(o + ln.find(v), v) for o, ln in content for v in (ln.strip(),) if _ok(v)]
        if len(good) * 2 < len(content):  # prose, or a list of something else: not a case's passwords
            return
        for at, v in good:
            yield _hit(v, at, "a password list (one candidate password per line)")
        return
    if k == "ppp-peer":
        for o, ln in content[:2000]:
            m = _PPP_PASSWORD.match(ln)
            if m and _ok(m.group(1)):
                yield _hit(m.group(1), o + m.start(1), "a pppd peer file (ppp/peers)")
        return
    for o, ln in content[:5000]:
        if k == "rsyncd":
            user, sep, pw = ln.strip().partition(":")
            if sep and _USER.fullmatch(user) and _ok(pw):
                yield _hit(pw, o + ln.find(pw, len(ln) - len(ln.lstrip()) + len(user)), "an rsyncd secrets file")
        elif k == "ezproxy-users":
            # user:password[:Admin...] lines; "::CAS", "/CAS" and directive lines (words and URLs) are not users
            line = ln.strip()
            if line.startswith(("::", "/")) or " " in line.split(":", 1)[0]:
                continue
            user, sep, rest = line.partition(":")
            pw = rest.split(":", 1)[0]
            if sep and _USER.fullmatch(user) and pw and pw != user and _ok(pw):
                yield _hit(pw, o + ln.find(pw, ln.find(":") + 1), "an EZproxy user.txt (user:password lines)")
        elif k == "davfs2":
            parts = ln.split()
            if len(parts) == 3 and _ok(parts[2].strip('"')):
                v = parts[2].strip('"')
                yield _hit(v, o + ln.rfind(v), "a davfs2 secrets file")
        else:
            m = _SECRETS_LINE[k].match(ln)
            if m:
                v = m.group(3).strip('"')
                if v and _ok(v):
                    yield _hit(v, o + m.start(3) + (1 if m.group(3).startswith('"') else 0), f"a pppd {k} file")
