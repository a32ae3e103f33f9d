"""Secret slots that sit inside any structured deploy document, whatever reader found the document.

Run on every YAML/JSON document after its own reader (:mod:`credgate.iac.cfn`, :mod:`credgate.iac.formats`):

* command lines (``command``/``entryPoint``/``args``/``runCommand``/``commands``/``script`` keys, argv lists
  or shell strings; an inline ``buildspec`` string's command lines): passwords given as arguments
  (:mod:`credgate.iac.commands`); an SSM document parameter's literal ``default`` when it is named for a secret;
* name/value lists anywhere (``{"name": SECRETISH, "value": LITERAL}``: App Runner, Batch node ranges, EKS
  pod properties, Amplify, Argo, CodeBuild and ECS shapes the readers did not know); a ``type`` of
  PARAMETER_STORE / SECRETS_MANAGER / a ``valueFrom`` makes it a reference;
* Step Functions state machines (ASL: an object with ``States`` and ``StartAt``, also as a JSON string under
  ``DefinitionString``/``definition``): secret-named keys in ``Parameters``/``RequestBody``/``Headers``/
  ``QueryParameters`` with a literal value, an ``Authorization`` header with a credential, an events-API
  ``routing_key`` of 32 hex digits;
* EventBridge connections (``AuthParameters``: ``ApiKeyValue``, ``BasicAuthParameters.Password``,
  ``OAuthParameters.ClientParameters.ClientSecret``, invocation header/body/query parameters).
"""
from __future__ import annotations

import json
import re
from typing import Any, Iterator

from credgate.iac import commands
from credgate.iac import rules as R
from credgate.iac.names import is_secret_name, literal_problem, password_slot_problem, pin_name, url_password, why_literal
from credgate.iac.rules import Hit

_NAME_KEYS = ("name", "Name", "OptionName", "key", "Key", "ParameterKey", "ParameterName", "variable")
_VALUE_KEYS = ("value", "Value", "ParameterValue")
_DEFAULT_KEYS = ("default", "Default")  # {name: x-password, default: X}: Tekton/Argo/Azure Pipelines parameters
_SLOT_CHILD_KEYS = ("default", "Default", "value", "Value")
_REF_TYPES = frozenset(("PARAMETER_STORE", "SECRETS_MANAGER", "SECRET", "SSM", "SECURESTRING_REF"))
_AUTH_SCHEME = re.compile(r"(?i)^(?:Bearer|Basic|Token|Bot|GenieKey|SSWS|ApiKey|Api-Key|key|Splunk|DSN)\s+(\S{8,})$")
_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_EVENTS_KEY = frozenset(("routing_key", "integration_key", "service_key", "routingkey", "integrationkey"))
_MAX_DEPTH = 60


def _leaf(v: Any) -> bool:
    return isinstance(v, (str, int, float)) and not isinstance(v, bool)


def _value_ok(v: Any) -> bool:
    if not _leaf(v):
        return False
    s = str(v).strip()
    return not commands.is_reference(s) and literal_problem(s) is None


# substrings one of which a document needs before it is walked (most templates have none: no walk)
_MARKS = ("ommand", "ntrypoint", "ntryPoint", "args", "Args", "cript", "StartAt", "AuthParameters")
_NV_MARKS = ("alue", "efault")


def wanted(text: str, name_values: bool) -> bool:
    """Whether :func:`document_hits` can find anything in a document of this text (cheap substring tests)."""
    return any(m in text for m in _MARKS) or (name_values and any(m in text for m in _NV_MARKS))


_CMD_SPELLINGS = frozenset(k2 for k in commands.COMMAND_KEYS for k2 in (k, k.capitalize(), k.upper())) | frozenset(
    ("entryPoint", "runCommand", "RunCommand", "EntryPoint"))
_DEF_KEYS = frozenset(("DefinitionString", "definitionString", "Definition", "definition"))
_BUILDSPEC_KEYS = frozenset(("buildspec", "BuildSpec", "Buildspec"))
_BUILDSPEC_ITEM = re.compile(r"""^\s*-\s+["']?""")
_SPECIAL = _CMD_SPELLINGS | _DEF_KEYS | _BUILDSPEC_KEYS | {"AuthParameters"}


def document_hits(doc: Any, doc_index: int, *, name_values: bool, ecs: bool = False,
                  slots_only: bool = False) -> Iterator[Hit]:
    """The hits of one document.  ``name_values``: judge name/value lists here (False for CloudFormation,
    whose reader judges them per resource type); ``ecs``: the document is an ECS/Batch definition."""
    nv = ("iac-ecs-plaintext-env-secret", R.REM_ECS) if ecs else ("iac-document-secret", R.REM_DOCUMENT)
    out: list[Hit] = []
    # slots_only: a YAML/JSON file read only for its declarations (the "slots" sniff): name/value pairs there
    # are the line rules' (name-value-pair-secret), parent-named defaults and name/default pairs are this module's
    _walk(doc, [], 0, doc_index, (nv + (slots_only,)) if name_values else None, out)
    return iter(out)


def _walk(node: Any, path: list, depth: int, doc_index: int, nv: Any, out: list) -> None:
    if depth > _MAX_DEPTH:
        return
    if isinstance(node, list):
        for i, x in enumerate(node):
            if isinstance(x, (dict, list)):
                path.append(i)
                _walk(x, path, depth + 1, doc_index, nv, out)
                path.pop()
        return
    if not isinstance(node, dict):
        return
    only = nv is not None and nv[2]
    if not only and "States" in node and "StartAt" in node and isinstance(node["States"], dict):
        out.extend(_asl(node, tuple(path), doc_index))
    if not only and "mainSteps" in node and isinstance(node.get("parameters"), dict):
        out.extend(_ssm_parameters(node["parameters"], tuple(path) + ("parameters",), doc_index))
    if nv is not None and not only and ("value" in node or "Value" in node or "ParameterValue" in node):
        out.extend(_name_value(node, tuple(path), doc_index, nv[0], nv[1]))
    elif nv is not None and ("default" in node or "Default" in node):
        out.extend(_name_value(node, tuple(path), doc_index, nv[0], nv[1], _DEFAULT_KEYS))
    if nv is not None:
        out.extend(_parent_slots(node, tuple(path), doc_index, nv[0], nv[1]))
    for k, v in node.items():
        if k in _SPECIAL and not only:
            here = tuple(path) + (k,)
            if k in _CMD_SPELLINGS:
                if isinstance(v, (str, list)):
                    out.extend(_command(v, here, doc_index))
            elif k in _BUILDSPEC_KEYS:
                if isinstance(v, str) and "\n" in v:  # an inline buildspec: its command lines
                    out.extend(_command([_BUILDSPEC_ITEM.sub("", ln) for ln in v.splitlines()
                                         if _BUILDSPEC_ITEM.match(ln)], here, doc_index, shell_only=True))
            elif k == "AuthParameters":
                if isinstance(v, dict):
                    out.extend(_secret_keys(v, here, doc_index, "EventBridge connection", R.REM_CONNECTION))
            else:
                text = v
                if isinstance(v, dict) and len(v) == 1 and "Fn::Sub" in v:  # DefinitionString: !Sub |
                    sub = v["Fn::Sub"]
                    text = sub if isinstance(sub, str) else sub[0] if isinstance(sub, list) and sub else None
                if isinstance(text, str) and '"States"' in text:
                    try:
                        asl = json.loads(text)
                    except ValueError:
                        asl = None
                    if isinstance(asl, dict) and isinstance(asl.get("States"), dict):
                        # the hits keep the string's path: the secret is placed by searching the string's text
                        for h in _asl(asl, (), doc_index):
                            out.append(Hit(h.rule, here, h.secret, h.why, h.remediation, h.detail, h.hint, None,
                                           doc_index))
        if isinstance(v, (dict, list)):
            path.append(k)
            _walk(v, path, depth + 1, doc_index, nv, out)
            path.pop()


def _command(v: Any, path: tuple, doc_index: int, shell_only: bool = False) -> Iterator[Hit]:
    seen: set[str] = set()
    found = ((None, value, what) for line in v for value, what in commands.shell_secrets(line)) if shell_only \
        else commands.argv_or_shell(v)
    for i, value, what in found:
        if value in seen:
            continue
        seen.add(value)
        p = path if i is None else path + (i,)
        yield Hit("iac-command-secret", p, value, (f"a command line passes a password as an argument ({what})",
                                                   "command lines are stored in the definition and shown by "
                                                   "describe calls, consoles and process lists", why_literal(value)),
                  R.REM_COMMAND, doc=doc_index)


def _ssm_parameters(params: dict, path: tuple, doc_index: int) -> Iterator[Hit]:
    """An SSM document's parameters: a secret-named parameter's literal ``default`` is in the document."""
    for name, p in params.items():
        if isinstance(p, dict) and "default" in p and isinstance(name, str) and is_secret_name(name) \
                and _value_ok(p["default"]):
            s = str(p["default"]).strip()
            yield Hit("iac-document-secret", path + (name, "default"), s,
                      (f"SSM document parameter {name} has a literal default", why_literal(s)), R.REM_DOCUMENT,
                      doc=doc_index)


def _slot_ok(v: Any, name: str) -> bool:
    """A literal in a slot named ``name``: a password slot takes a weak password too, a PIN slot 4 to 8 digits."""
    if not _leaf(v):
        return False
    s = str(v).strip()
    return not commands.is_reference(s) and password_slot_problem(s, name) is None


def _parent_slots(node: dict, path: tuple, doc_index: int, rule: str, rem: str) -> Iterator[Hit]:
    """A declaration whose NAME is its parent key and whose value is its ``default``/``value`` child: GitHub
    action ``inputs: {sap-password: {description: .., default: X}}``, GitLab ``variables: {DB_PASSWORD: {value:
    X}}``, a JSON schema's ``properties: {adminPassword: {type: string, default: X}}``, Helm/Ansible
    argument specs, SSM/Serverless parameter blocks."""
    for k, v in node.items():
        if not isinstance(v, dict) or not isinstance(k, str) or not (is_secret_name(k) or pin_name(k)):
            continue
        if "valueFrom" in v or "ValueFrom" in v or "secretKeyRef" in v:
            continue
        typ = v.get("type", v.get("Type"))
        if isinstance(typ, str) and typ.upper() in _REF_TYPES:
            continue
        for dk in _SLOT_CHILD_KEYS:
            if dk in v:
                if _slot_ok(v[dk], k):
                    s = str(v[dk]).strip()
                    yield Hit(rule, path + (k, dk), s, (f"{k} is named like a secret and its {dk} is a literal",
                                                        why_literal(s)), rem, doc=doc_index)
                break


def _name_value(node: dict, path: tuple, doc_index: int, rule: str, rem: str,
                value_keys: tuple = ()) -> Iterator[Hit]:
    for nk in _NAME_KEYS:
        if nk in node:
            break
    else:
        return
    for vk in value_keys or _VALUE_KEYS:
        if vk in node:
            break
    else:
        return
    if path and path[-2:-1] in (("Tags",), ("tags",)):
        return  # resource tags: labels, never a slot
    name, value = node[nk], node[vk]
    if not isinstance(name, str) or not _leaf(value) or "valueFrom" in node or "ValueFrom" in node:
        return
    typ = node.get("type", node.get("Type"))
    if isinstance(typ, str) and typ.upper() in _REF_TYPES:
        return
    s = str(value).strip()
    up = url_password(s)
    if up is not None:
        yield Hit(rule, path + (vk,), up[0], (f"variable {name} is a connection string with an inline password",),
                  rem, doc=doc_index)
        return
    if (is_secret_name(name) or pin_name(name)) and _slot_ok(value, name) and \
            (value_keys or _value_ok(s) or pin_name(name)):
        yield Hit(rule, path + (vk,), s, (f"variable {name} is named like a secret and holds a literal",
                                          why_literal(s)), rem, doc=doc_index)


def _secret_keys(node: Any, path: tuple, doc_index: int, where: str, rem: str, depth: int = 0) -> Iterator[Hit]:
    """Secret-named keys with literal values in a subtree (keys ending in ``.$`` are JSONPath, not values)."""
    if depth > 30:
        return
    if isinstance(node, list):
        for i, x in enumerate(node):
            yield from _secret_keys(x, path + (i,), doc_index, where, rem, depth + 1)
        return
    if not isinstance(node, dict):
        return
    key = node.get("Key", node.get("key"))
    if isinstance(key, str) and is_secret_name(key):  # HeaderParameters / QueryStringParameters: [{Key, Value}]
        for vk in ("Value", "value"):
            if vk in node and _value_ok(node[vk]):
                s = str(node[vk]).strip()
                yield Hit("iac-document-secret", path + (vk,), s, (f"{where}: parameter {key} is named like a "
                                                                   "secret and holds a literal", why_literal(s)),
                          rem, doc=doc_index)
                break
    for k, v in node.items():
        if not isinstance(k, str) or k.endswith(".$"):
            continue
        if isinstance(v, (dict, list)):
            yield from _secret_keys(v, path + (k,), doc_index, where, rem, depth + 1)
            continue
        if not _leaf(v):
            continue
        s = str(v).strip()
        kl = k.lower().replace("-", "_")
        if kl in ("authorization", "proxy_authorization"):
            m = _AUTH_SCHEME.match(s)
            if m and _value_ok(m.group(1)):
                yield Hit("iac-document-secret", path + (k,), m.group(1),
                          (f"{where}: an {k} header with a literal credential", why_literal(m.group(1))), rem,
                          doc=doc_index)
            continue
        if kl in _EVENTS_KEY and _HEX32.fullmatch(s):
            yield Hit("iac-document-secret", path + (k,), s,
                      (f"{where}: {k} is an events-API integration key (32 hex digits)", why_literal(s)), rem,
                      doc=doc_index)
            continue
        if is_secret_name(k) and _value_ok(s):
            yield Hit("iac-document-secret", path + (k,), s, (f"{where}: {k} is named like a secret and holds a "
                                                              "literal", why_literal(s)), rem, doc=doc_index)


def _asl(sm: dict, path: tuple, doc_index: int) -> Iterator[Hit]:
    states = sm.get("States")
    if not isinstance(states, dict):
        return
    for sname, st in states.items():
        if not isinstance(st, dict):
            continue
        sp = path + ("States", sname)
        for key in ("Parameters", "Arguments"):
            if isinstance(st.get(key), (dict, list)):
                yield from _secret_keys(st[key], sp + (key,), doc_index, f"state {sname} of a state machine",
                                        R.REM_STATES)
        for key in ("Iterator", "ItemProcessor"):
            if isinstance(st.get(key), dict):
                yield from _asl(st[key], sp + (key,), doc_index)
        if isinstance(st.get("Branches"), list):
            for i, b in enumerate(st["Branches"]):
                if isinstance(b, dict):
                    yield from _asl(b, sp + ("Branches", i), doc_index)


def merge(first: list[Hit], more: Iterator[Hit]) -> list[Hit]:
    """``first`` plus the hits of ``more`` that no hit already reports (the same secret at the same node,
    or at a node inside or around it: a reader's hit at ``...environment[1].value`` and this module's)."""
    out = list(first)
    for h in more:
        if not any(o.doc == h.doc and o.secret == h.secret and (o.path[:len(h.path)] == h.path or
                                                                h.path[:len(o.path)] == o.path) for o in out):
            out.append(h)
    return out
