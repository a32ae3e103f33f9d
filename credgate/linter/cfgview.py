"""Config text embedded in YAML, read as the config it is (session 15, shared mechanism A).

A Kubernetes ConfigMap or a compose/Ansible file holds whole config files as block scalars
(``mosquitto.conf: |``), and an Ansible ios_config/nxos_config task holds device lines as a YAML list
(``lines: ["snmp-server community X RO"]``).  The rules for those syntaxes are anchored at a line start or
limited to their files' paths, so the YAML wrapping hides them.  :func:`views` gives, per embedded config, a
copy of the document of the same length in which only that config's lines remain (every other byte but a
newline blanked; a list item's dash and quotes turned to blanks) and a virtual path naming the embedded file
(``configmap.yaml!/mosquitto.conf``, ``site.yml!/embedded-lines.cfg``).  The engine scans each view with every
rule and reports what it finds at the YAML file's own lines and columns (offsets are unchanged)."""
from __future__ import annotations

import re

# "  mosquitto.conf: |", "- redis.conf: |-", '"stunnel.conf": >': a key naming a config file, a block scalar
_BLOCK_HEAD = re.compile(
    rb"(?m)^([ \t]*)(?:-[ \t]+)?[\"']?([A-Za-z0-9_.\-]{1,80})[\"']?[ \t]*:[ \t]*[|>][+\-0-9]{0,3}[ \t]*(?:#[^\n]*)?\r?$")
_CONF_NAME = re.compile(
    r"(?i)\.(?:conf|cfg|cnf|ini|rc|keys|ext|cf|properties|config|toml|env|secrets|txt|csv|tsv|passwd|htpasswd)$|"
    r"^(?:htpasswd|passwd|users|userlist|password[_-]?file|passwords?|credentials|secrets)$|"
    r"^(?:content|contents|config|configuration|conf|config_file|running[_-]?config)$")
# "  - snmp-server community X RO 10", '- "username u secret 0 X"': a list item that is a plain command line
# (a directive word, then at least one argument), not a mapping ("- name: x") nor a flag ("- --opt")
_TABLE_NAME = re.compile(r"(?i)(?:htpasswd|passwd|users|userlist|password[_-]?file|passwords?|credentials|secrets)$")
_ITEM = re.compile(rb"(?m)^([ \t]*)-[ \t]+([\"']?)([A-Za-z][\w\-]*[ \t]+[^\r\n]*?)([\"']?)[ \t]*\r?$")
_BLANK = bytes(b if b == 0x0A else 0x20 for b in range(256))
_MAX_VIEWS = 8
LINES_NAME = "embedded-lines.cfg"
# embedded files the engine also hands to their IaC reader (a CSV table with a password column, a password file)
TABLE_SUFFIXES = (".csv", ".tsv", ".passwd", ".htpasswd", "/htpasswd", "/passwd", "/users", "/userlist", "/credentials",
                  "/secrets", "/password-file", "/password_file", "/passwordfile", "/password", "/passwords")


def may_embed(path: str) -> bool:
    low = path[-5:].lower()
    return low == ".yaml" or low[1:] == ".yml"


def views(path: str, data: bytes) -> list[tuple[str, bytes]]:
    """(virtual path, same-length view) per embedded config of a YAML document; [] when it has none."""
    groups: dict[str, list[tuple[int, int, bytes]]] = {}
    if b"|" in data or b">" in data:
        for m in _BLOCK_HEAD.finditer(data):
            name = m.group(2).decode("ascii", "replace")
            if not _CONF_NAME.search(name):
                continue
            indent = len(m.group(1))
            pos = m.end() + 1
            spans = groups.setdefault(name if "." in name or _TABLE_NAME.match(name) else "embedded.conf", [])
            while pos < len(data):
                end = data.find(b"\n", pos)
                end = len(data) if end == -1 else end
                line = data[pos:end]
                body = line.lstrip(b" \t")
                if body.strip() and len(line) - len(body) <= indent:
                    break  # the block ends at the first non-blank line indented no deeper than its key
                spans.append((pos, end, line))
                pos = end + 1
    if b"- " in data:
        for m in _ITEM.finditer(data):
            q1, text, q2 = m.group(2), m.group(3), m.group(4)
            if q1 != q2 or b": " in text or text.endswith(b":") or text[:1] == b"#":
                continue
            s = m.start()
            line = bytearray(data[s : m.end()])
            d = line.index(b"-")
            line[d] = 0x20
            if q1:
                line[m.start(2) - s] = 0x20
                line[m.start(4) - s] = 0x20
            groups.setdefault(LINES_NAME, []).append((s, m.end(), bytes(line)))
    out: list[tuple[str, bytes]] = []
    for name, spans in list(groups.items())[:_MAX_VIEWS]:
        if not spans:
            continue
        view = bytearray(data.translate(_BLANK))
        for s, e, text in spans:
            view[s:e] = text
        out.append((f"{path}!/{name}", bytes(view)))
    return out
