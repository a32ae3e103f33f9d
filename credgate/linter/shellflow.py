"""Passwords that reach a command line through a shell variable of the same script.

``NEW='raven-falcon-49'`` near the top, ``redis-cli -a "$NEW" PING`` further down: each line alone is clean
(an assignment to a plain name, a command that takes its password from a variable), together they put a
literal password on a command line.  A small data flow, bounded and cheap:

* only shell scripts (``.sh``/``.bash``/``.zsh``/``.ksh``, or a ``#!`` line naming a POSIX shell);
* only variables assigned exactly once in the file, to a literal (quoted or bare, no ``$``/backquote inside):
  a name assigned twice, in a loop or from a command is not followed;
* only lines that expand such a variable (``$NAME``, ``${NAME}``) are read again, with the literal in
  place of the expansion, by :func:`credgate.iac.commands.shell_secrets` (the same password positions as
  command lines in IaC documents: ``-a``, ``-P``, ``--password``, ``PGPASSWORD=``, ``| chpasswd`` ...);
* at most :data:`MAX_VARS` literal variables and :data:`MAX_LINES` expanding lines per file.

The finding is placed on the assignment (where the literal is written); its ``why`` names the line that uses it.
"""
from __future__ import annotations

import re
import shlex
from typing import TYPE_CHECKING, Any, Iterator, NamedTuple

from credgate.lazyre import LazyPattern

if TYPE_CHECKING:
    from credgate.models import Finding, Fragment

MAX_BYTES = 512 * 1024
MAX_VARS = 200
MAX_LINES = 400

_SHELL_EXT = (".sh", ".bash", ".zsh", ".ksh")
_SHEBANG = LazyPattern(globals(), "_SHEBANG", rb"#![ \t]*(?:/usr)?(?:/local)?/bin/(?:env[ \t]+)?(?:ba|da|z|k|a)?sh\b")
_ASSIGN = LazyPattern(globals(), "_ASSIGN",
    r"""^[ \t]*(?:(?:export|local|readonly|declare|typeset)(?:[ \t]+-[A-Za-z]+)*[ \t]+)?([A-Za-z_][A-Za-z0-9_]*)="""
    r"""(?:'([^'\n]*)'|"([^"\n$`\\]*)"|([^\s'"$`;&|()<>\\]+))[ \t]*(?:;[ \t]*)?(?:#[^\n]*)?$""",
    re.M)
_NAME_ANY = LazyPattern(globals(), "_NAME_ANY", r"^[ \t]*(?:(?:export|local|readonly|declare|typeset)(?:[ \t]+-[A-Za-z]+)*[ \t]+)?"
                       r"([A-Za-z_][A-Za-z0-9_]*)(?:\+?=|\[)", re.M)
_FOR_READ = LazyPattern(globals(), "_FOR_READ", r"\b(?:for|read(?:[ \t]+-[A-Za-z]+(?:[ \t]+\S+)?)*)[ \t]+([A-Za-z_][A-Za-z0-9_]*)")


class FlowHit(NamedTuple):
    start: int  # byte offsets of the literal in the assignment
    end: int
    value: str
    name: str
    use_line: int  # 1-based line that passes it to a command
    what: str


def is_shell_script(path: str, data: bytes) -> bool:
    """A shell script by its name or its ``#!`` line."""
    name = path.rsplit("/", 1)[-1].lower()
    if name.endswith(_SHELL_EXT):
        return True
    return data[:2] == b"#!" and _SHEBANG.match(data, 0, 64) is not None


def flow_hits(data: bytes) -> Iterator[FlowHit]:
    """Literal shell variables that a later command line of the script passes as a password."""
    if len(data) > MAX_BYTES or b"$" not in data or b"=" not in data:
        return
    text = data.decode("utf-8", "replace")
    if text.count("\n") > 20000:
        return
    literals: dict[str, tuple[str, int]] = {}  # name -> (value, char offset of the value)
    for m in _ASSIGN.finditer(text):
        gi = 2 if m.group(2) is not None else 3 if m.group(3) is not None else 4
        literals.setdefault(m.group(1), (m.group(gi), m.start(gi)))
        if len(literals) > MAX_VARS:
            return
    if not literals:
        return
    from credgate.iac.commands import literal, shell_secrets  # lazy: only for scripts with literal variables

    literals = {n: v for n, v in literals.items() if literal(v[0])}
    if not literals:
        return
    counts: dict[str, int] = {}
    for m in _NAME_ANY.finditer(text):  # assigned more than once (or appended, or an array): not followed
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    for m in _FOR_READ.finditer(text):  # set by a loop or by read: not the literal
        counts[m.group(1)] = counts.get(m.group(1), 0) + 2
    literals = {n: v for n, v in literals.items() if counts.get(n, 0) == 1}
    if not literals:
        return
    ref = re.compile(r"\$(?:\{(" + "|".join(map(re.escape, literals)) + r")\}|(" + "|".join(map(re.escape, literals))
                     + r")(?![A-Za-z0-9_]))")
    byte_at = _byte_offsets(text)
    seen: set[str] = set()
    read = 0
    for lineno, line in enumerate(text.split("\n"), 1):
        if "$" not in line or line.lstrip().startswith("#"):
            continue
        used = {m.group(1) or m.group(2) for m in ref.finditer(line)}
        if not used:
            continue
        read += 1
        if read > MAX_LINES:
            return
        # the literal in place of each expansion, as one word whatever quotes were around it
        expanded = ref.sub(lambda m: _as_word(literals[m.group(1) or m.group(2)][0], line, m), line)
        for value, what in shell_secrets(expanded):
            for name in used:
                lit, at = literals[name]
                if value == lit and name not in seen:
                    seen.add(name)
                    s = byte_at(at)
                    yield FlowHit(s, s + len(lit.encode("utf-8")), lit, name, lineno, what)


def _as_word(value: str, line: str, m: "re.Match[str]") -> str:
    """The literal spelled so that the shell lexer reads it back unchanged where ``$NAME`` stood."""
    before = line[: m.start()]
    if before.count('"') % 2 == 1:  # inside double quotes: the quotes stay, the text needs no escaping
        return value.replace("\\", "\\\\").replace('"', '\\"')
    return shlex.quote(value)


def _byte_offsets(text: str):  # type: ignore[no-untyped-def]
    """char offset -> byte offset in the UTF-8 encoding (identity for ASCII text)."""
    if text.isascii():
        return lambda i: i
    return lambda i: len(text[:i].encode("utf-8"))


def findings(engine: Any, frag: "Fragment", data: bytes) -> "list[Finding]":
    """The findings of :func:`flow_hits` for one fragment (``engine.make_finding`` places them)."""
    from credgate.iac.rules import RULES  # lazy: data only, for scripts that hold a flow

    rule = RULES[RULE_ID]
    if RULE_ID in engine.config.disabled_rules:
        return []
    out = []
    for h in flow_hits(data):
        why = [f"the shell variable {h.name} is assigned this literal and line {h.use_line} passes ${h.name} to a "
               f"command as its password ({h.what})",
               "scripts are kept in repositories, images and CI logs; the command line is seen in process lists"]
        out.append(engine.make_finding(rule, h.value, frag, data, h.start, h.end, why))
    return out


RULE_ID = "shell-variable-password"
