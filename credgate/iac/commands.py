"""Passwords passed on command lines: container commands, SSM documents, Run Command, user data.

A command is an argv list (ECS ``command``/``entryPoint``, Batch ``command``, Kubernetes ``command``/``args``,
compose ``command``) or a shell string (one element of such a list, an SSM ``runCommand`` line, a buildspec
command, a user data script).  Found here, each as (what, value, hint):

* a secret-named option with a literal: ``--db-password X``, ``--admin-password=X``, ``--requirepass X``,
  ``--redis.password X`` (the value in the next argv element or after ``=``);
* a tool's password option: ``mysql -pX`` (attached), ``mongosh -p X``, ``redis-cli -a X``, ``sqlcmd -P X``,
  ``sshpass -p X``, ``docker login -p X``, ``useradd -p X``, ``curl -u user:X``;
* an environment prefix: ``PGPASSWORD=X psql ...``, ``MYSQL_PWD=X mysql``; a Java system property
  ``-Dspring.datasource.password=X``;
* account commands: ``echo 'user:X' | chpasswd``, ``echo X | passwd --stdin user``,
  ``echo X | docker login --password-stdin``, ``net user NAME X``, ``rabbitmqctl add_user NAME X``,
  ``htpasswd -b FILE USER X``, PowerShell ``ConvertTo-SecureString 'X' -AsPlainText``.

Values that are references are not findings: ``$VAR``, ``${VAR}``, ``$(cmd)``, ``{{ param }}``,
``Ref::param`` (Batch), ``%VAR%``, and whatever :func:`credgate.iac.names.literal_problem` rejects.
"""
from __future__ import annotations

import re
import shlex
from typing import Iterator, Optional

from credgate.iac.names import is_secret_name, literal_problem
from credgate.linter import filters

# keys whose value is a command (argv list or shell string), compared lower-case
COMMAND_KEYS = frozenset("command commands entrypoint args runcommand cmd script scripts".split())

_MYSQL = frozenset("mysql mysqldump mysqladmin mysqlimport mysqlshow mysqlcheck mariadb mariadb-dump "
                   "mariadb-admin mysqlpump".split())
_MONGO = frozenset("mongo mongosh mongodump mongorestore mongoimport mongoexport mongostat mongotop mongofiles".split())
# tools whose --password option takes no value (it asks for one): psql -W / --password
_PASSWORD_IS_A_SWITCH = frozenset("psql pg_dump pg_dumpall pg_restore createdb dropdb createuser dropuser "
                                  "pg_basebackup vacuumdb reindexdb clusterdb".split())
# short options that take a password, by tool
_SHORT_PW = {
    "redis-cli": ("-a",), "sqlcmd": ("-P",), "bcp": ("-P",), "osql": ("-P",), "isql": ("-P",),
    "sshpass": ("-p",), "useradd": ("-p",), "usermod": ("-p",), "smbclient": ("-U",),
    # Perforce and its Helix configure scripts, OpenLDAP clients (-W asks, -w takes it)
    "p4": ("-P",), "p4d": ("-P",), "configure-helix-p4d": ("-P",), "ldapsearch": ("-w",), "ldapadd": ("-w",),
    "ldapmodify": ("-w",), "ldapdelete": ("-w",), "ldapwhoami": ("-w",), "ldappasswd": ("-w",),
    # session 12: tools whose letter means the password only there (mysql -P is a port)
    "mosquitto_pub": ("-P",), "mosquitto_sub": ("-P",), "mosquitto_rr": ("-P",), "tsql": ("-P",), "sqsh": ("-P",),
    "rdesktop": ("-p",), "cqlsh": ("-p",), "cypher-shell": ("-p",), "hdbsql": ("-p",), "racadm": ("-p",),
    "rabbitmqadmin": ("-p",), "psexec": ("-p",), "paexec": ("-p",), "ncftp": ("-p",), "ncftpput": ("-p",),
    "ncftpget": ("-p",), "vsql": ("-w",), "ipmitool": ("-P",), "ssh-keygen": ("-N", "-P"),
}
# single-dash word options that take the password: plink -pw X, keytool -storepass X
_WORD_PW = {t: ("-pw",) for t in ("plink", "pscp", "psftp", "putty", "kitty", "nzsql", "nzload")}
_WORD_PW.update({t: ("-storepass", "-keypass", "-srcstorepass", "-deststorepass", "-new", "-srckeypass", "-destkeypass")
                 for t in ("keytool", "jarsigner")})
# Samba tools take -U [DOMAIN\\]USER%PASSWORD: the password is after "%"
_USER_PERCENT = frozenset("smbclient rpcclient smbcacls smbget smbmap smbtree".split())
# commands that read a password from stdin: echo PASSWORD | TOOL ... (the tool, and a word it needs, if any)
_STDIN_LOGIN = {"p4": "login", "kinit": "", "vault": "login", "ldappasswd": ""}
for _t in _MONGO:
    _SHORT_PW[_t] = ("-p",)
_LOGIN_TOOLS = frozenset("docker podman buildah skopeo helm oras nerdctl crane regctl az".split())
_OPENSSL_PASS = frozenset(("-passout", "-passin", "-pass", "-k", "-password"))
_ASSIGN_ARG = re.compile(r"([A-Za-z_][\w.\-]*)=(.+)", re.S)
_FLAG_SECRET_EXTRA = frozenset("requirepass masterauth pass pw pwd passwd".split())
_PREFIX = frozenset("sudo env exec nohup time command doas".split())
_SEP = frozenset(("|", "||", "&&", ";", "&", "(", ")", ";;", "\n"))
_SECURESTRING = re.compile(r"""ConvertTo-SecureString\s+(?:-String\s+)?(?:"([^"$`\n]+)"|'([^'\n]+)')[^\n]*-AsPlainText""", re.I)


def is_reference(value: str) -> bool:
    v = value.strip()
    return (not v or v[0] in "$%<" or "${" in v or "$(" in v or "{{" in v or v.startswith("Ref::")
            or v.startswith("`") or v.startswith("@Microsoft.KeyVault("))


# not a password on a command line: a URL or file reference (file://creds.json, s3://...), a BuildKit secret
# spec (id=npm,src=/run/npmrc), a lower-case resource name (--secret my-tls-secret)
_NOT_ARG_SECRET = re.compile(r"[a-z][a-z0-9+.-]*://[^@\s]*|[a-z_]+=[^\s]*|[a-z][a-z0-9]*(?:[-_.][a-z0-9]+)+")


def literal(value: Optional[str]) -> bool:
    """True when ``value`` is a literal a person typed (not a reference, placeholder, name or word)."""
    if value is None:
        return False
    v = value.strip().strip("'\"")
    if len(v) < 4 or is_reference(v):
        return False
    if _NOT_ARG_SECRET.fullmatch(v) and not filters.passphrase(v):  # "heron-pasture-69" is a passphrase
        return False
    return literal_problem(v) is None


def _flag_is_secret(name: str) -> bool:
    n = name.lstrip("-").lower()
    if not n:
        return False
    if n in _FLAG_SECRET_EXTRA:
        return True
    return is_secret_name(re.sub(r"[-.]", "_", n))


def _tool(argv: list[str]) -> tuple[str, int]:
    """The command's tool name (basename, lower-case) and its index, past sudo/env and VAR=x prefixes."""
    for i, t in enumerate(argv):
        if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*=.*", t, re.S):
            continue
        base = t.rsplit("/", 1)[-1].lower()
        if base in _PREFIX or (t.startswith("-") and i and argv[i - 1].rsplit("/", 1)[-1].lower() in _PREFIX):
            continue
        if t.startswith("-"):
            return "", i - 1  # Kubernetes args / compose command without the program: options from the start
        return (base[:-4] if base.endswith((".exe", ".cmd", ".bat")) else base[:-3] if base.endswith(".sh")
                else base), i
    return "", len(argv)


def argv_secrets(argv: list[str]) -> Iterator[tuple[int, str, str]]:
    """(index of the element holding the value, value, what) for passwords in one argv list."""
    tool, ti = _tool(argv)
    for i in range(ti):  # PGPASSWORD=X psql ...
        name, _, value = argv[i].partition("=")
        if is_secret_name(name) and literal(value):
            yield i, value, f"environment prefix {name}"
    n = len(argv)
    login = tool in _LOGIN_TOOLS and "login" in argv[ti + 1:ti + 4]
    short = _SHORT_PW.get(tool, ())
    i = ti + 1
    while i < n:
        t = argv[i]
        nxt = argv[i + 1] if i + 1 < n else None
        m = _ASSIGN_ARG.fullmatch(t.split("=", 1)[1]) if t.startswith("-") and t.count("=") >= 2 else \
            _ASSIGN_ARG.fullmatch(t) if not t.startswith("-") else None
        if m and is_secret_name(re.split(r"[.]", m.group(1))[-1].replace("-", "_")) and literal(m.group(2)):
            # helm --set auth.password=X, terraform -var db_password=X, --from-literal=password=X, -e API_TOKEN=X
            yield i, m.group(2), f"assignment {m.group(1)}"
            i += 1
            continue
        if tool == "openssl" and t in _OPENSSL_PASS and nxt and nxt.startswith("pass:"):
            if literal(nxt[5:]):
                yield i + 1, nxt[5:], f"openssl {t} pass:PASSWORD"
            i += 2
            continue
        if t in _WORD_PW.get(tool, ()) and nxt is not None and literal(nxt):
            yield i + 1, nxt, f"{tool} {t} PASSWORD"
            i += 2
            continue
        if t.startswith("-") and not t.startswith("--") and len(t) > 3 and t[1].isalpha() and "=" in t:
            t = "-" + t  # Go-style single-dash long option: -token=X, -password=X
        if t.startswith("--") and len(t) > 2:
            name, eq, value = t.partition("=")
            if _flag_is_secret(name) and not (tool in _PASSWORD_IS_A_SWITCH and name.lower() == "--password"):
                if eq:
                    if literal(value):
                        yield i, value, f"option {name}"
                elif nxt is not None and not nxt.startswith("-") and literal(nxt):
                    yield i + 1, nxt, f"option {name}"
                    i += 2
                    continue
            elif name.lower() == "--user" and tool == "curl" and nxt and ":" in nxt:
                pw = nxt.split(":", 1)[1]
                if literal(pw):
                    yield i + 1, pw, "curl --user USER:PASSWORD"
        elif t.startswith("-D") and "=" in t:  # a Java system property: -Dspring.datasource.password=X
            name, _, value = t[2:].partition("=")
            if _flag_is_secret(name) and literal(value):
                yield i, value, f"system property {name}"
        elif t.startswith("-") and len(t) >= 2:
            opt = t[:2]
            if tool in _MYSQL and opt == "-p" and len(t) > 2:
                if literal(t[2:]):
                    yield i, t[2:], f"{tool} -pPASSWORD"
            elif tool == "curl" and opt == "-u":
                cred = t[2:] if len(t) > 2 else (nxt or "")
                if ":" in cred:
                    pw = cred.split(":", 1)[1]
                    if literal(pw):
                        yield (i if len(t) > 2 else i + 1), pw, "curl -u USER:PASSWORD"
            elif tool in _USER_PERCENT and opt == "-U":
                cred = t[2:] if len(t) > 2 else (nxt or "")
                if "%" in cred and literal(cred.split("%", 1)[1]):
                    yield (i if len(t) > 2 else i + 1), cred.split("%", 1)[1], f"{tool} -U USER%PASSWORD"
            elif (opt in short or (login and opt == "-p")) and len(t) == 2 and nxt is not None and literal(nxt):
                yield i + 1, nxt, f"{tool} {opt} PASSWORD"
                i += 2
                continue
            elif opt in short and len(t) > 2 and tool in _MONGO | {"redis-cli", "sshpass"} and literal(t[2:]):
                yield i, t[2:], f"{tool} {opt}PASSWORD"
        i += 1
    args = argv[ti + 1:]
    if tool == "steamcmd" and "+login" in args:  # +login USER PASSWORD [GUARD_CODE]
        at = args.index("+login")
        if at + 2 < len(args) and not args[at + 2].startswith("+") and literal(args[at + 2]):
            yield ti + at + 3, args[at + 2], "steamcmd +login USER PASSWORD"
    if tool == "redis-cli":  # redis-cli ... CONFIG SET requirepass X
        low = [a.lower() for a in args]
        for j in range(len(low) - 3):
            if low[j] == "config" and low[j + 1] == "set" and low[j + 2] in ("requirepass", "masterauth") \
                    and literal(args[j + 3]):
                yield ti + j + 4, args[j + 3], f"redis-cli CONFIG SET {low[j + 2]} PASSWORD"
    if tool == "net" and len(args) >= 3 and args[0].lower() == "user" and not args[2].startswith(("/", "*")):
        if literal(args[2]):
            yield ti + 3, args[2], "net user NAME PASSWORD"
    if tool == "rabbitmqctl" and len(args) >= 3 and args[0] in ("add_user", "change_password"):
        if literal(args[2]):
            yield ti + 3, args[2], f"rabbitmqctl {args[0]} NAME PASSWORD"
    if tool == "htpasswd" and args and args[0].startswith("-") and "b" in args[0]:
        rest = [a for a in args if not a.startswith("-")]
        if len(rest) >= 3 and literal(rest[-1]):
            yield ti + 1 + max(j for j, a in enumerate(args) if a == rest[-1]), rest[-1], "htpasswd -b FILE USER PASSWORD"


def _split(text: str) -> Optional[list[str]]:
    try:
        lex = shlex.shlex(text, posix=True, punctuation_chars="|&;()")
        lex.whitespace_split = True
        lex.commenters = ""
        return list(lex)
    except ValueError:
        return None


def shell_secrets(text: str) -> Iterator[tuple[str, str]]:
    """(value, what) for passwords in a shell (or PowerShell) command string of one or more lines."""
    if len(text) > 200_000:
        return
    for m in _SECURESTRING.finditer(text):
        v = m.group(1) if m.group(1) is not None else m.group(2)
        if literal(v):
            yield v, "ConvertTo-SecureString with a literal -AsPlainText"
    for line in text.replace("\\\n", " ").splitlines():
        if not line.strip() or line.lstrip().startswith(("#", "REM ", "//")):
            continue
        toks = _split(line)
        if not toks:
            continue
        cmds: list[list[str]] = [[]]
        seps: list[str] = []
        for t in toks:
            if t in _SEP:
                cmds.append([])
                seps.append(t)
            else:
                cmds[-1].append(t)
        for ci, argv in enumerate(cmds):
            if not argv:
                continue
            if argv[0].startswith("$") and len(argv) > 2 and argv[1] == "=":
                argv = argv[2:]  # PowerShell: $x = Tool ...
            for _i, value, what in argv_secrets(argv):
                yield value, what
            # echo VALUE | chpasswd / passwd --stdin / tool --password-stdin
            if ci + 1 < len(cmds) and seps[ci] == "|" and argv[0] in ("echo", "printf") and len(argv) >= 2:
                said = [a for a in argv[1:] if not a.startswith("-")]
                if not said:
                    continue
                nxt = cmds[ci + 1]
                tool, ti = _tool(nxt)
                rest = nxt[ti + 1:]
                piped = said[-1] if argv[0] == "echo" else said[-1]
                if tool == "chpasswd" and "-e" not in rest and "--encrypted" not in rest:
                    for entry in piped.replace("\\n", "\n").split("\n"):
                        if ":" in entry:
                            pw = entry.split(":", 1)[1]
                            if literal(pw):
                                yield pw, "echo USER:PASSWORD | chpasswd"
                elif (tool == "passwd" and "--stdin" in rest) or any(r.endswith("password-stdin") for r in rest) \
                        or tool in ("passwd", "smbpasswd", "vncpasswd") \
                        or (tool in _STDIN_LOGIN and (not _STDIN_LOGIN[tool] or _STDIN_LOGIN[tool] in rest)) \
                        or ("-S" in nxt[:ti] and any(x.rsplit("/", 1)[-1] == "sudo" for x in nxt[:ti])):
                    pw = piped.replace("\\n", "\n").split("\n")[0]
                    if literal(pw):
                        yield pw, f"echo PASSWORD | {tool}"


def argv_or_shell(value: object) -> Iterator[tuple[Optional[int], str, str]]:
    """(list index or None, value, what) for a command given as an argv list or a shell string."""
    if isinstance(value, str):
        for v, what in shell_secrets(value):
            yield None, v, what
        return
    if not isinstance(value, list) or not value or not all(isinstance(x, (str, int, float)) for x in value):
        return
    argv = [str(x) for x in value]
    seen: set[str] = set()
    if not (len(argv) >= 2 and argv[-2] in ("-c", "/c", "/C", "-Command", "-command") or
            argv[0] in ("CMD-SHELL",)):
        for i, v, what in argv_secrets(argv):
            seen.add(v)
            yield i, v, what
    for i, a in enumerate(argv):
        if " " in a or "\n" in a or "|" in a:
            for v, what in shell_secrets(a):
                if v not in seen:
                    seen.add(v)
                    yield i, v, what
