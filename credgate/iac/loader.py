"""Light, line-keeping loaders for IaC documents (YAML with CloudFormation tags, JSON).

Why not ``yaml.safe_load``: it rejects ``!Ref``/``!Sub`` and throws line numbers
away.  Why not cfn-lint's decoder: importing it costs ~0.45 s, too much for a
pre-commit hook.  So:

* YAML: the events of PyYAML's C parser (libyaml, through a subclass of
  ``yaml.CSafeLoader``) are assembled here into plain dicts, lists and strings.
  Building from events (instead of PyYAML's own composer) lets us keep the
  position of every key and value, report duplicate keys with both lines, turn
  intrinsic short tags into their long form exactly as CloudFormation does
  (``!Sub x`` -> ``{"Fn::Sub": "x"}``, ``!GetAtt A.B`` -> ``{"Fn::GetAtt": ["A", "B"]}``,
  ``!Ref``/``!Condition`` unchanged), and stop on nesting that is too deep,
  which would otherwise crash libyaml's recursive composer.
* JSON: a small recursive-descent parser (strings through the C
  ``json.decoder.scanstring``) with the same output and positions.

Containers are :class:`MDict` / :class:`MList`; ``pos`` maps each key (index)
to ``(key_start, key_end, value_start, value_end)`` character offsets in the
text, so a finding can point at the exact line of a value, also inside a ``|``
block or a ``!Sub`` string (search the raw slice for the secret).
"""
from __future__ import annotations

import json
import re
from typing import Any, Optional

import yaml
from yaml import events as _ev

MAX_DEPTH = 200          # deeper documents are skipped, never crash the scan
MAX_ALIASES = 10_000     # alias references per document (billion laughs guard)

Span = "tuple[int, int, int, int]"


class ParseError(Exception):
    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.message = message
        self.index = max(0, index)


class TooDeep(Exception):
    """Nesting deeper than MAX_DEPTH or too many aliases: skipped, with a reason."""


class MDict(dict):  # type: ignore[type-arg]
    """A dict that knows where its keys and values are in the text."""

    def __init__(self, *a: Any, **kw: Any) -> None:
        super().__init__(*a, **kw)
        self.pos: dict[Any, tuple[int, int, int, int]] = {}
        self.span: tuple[int, int] = (0, 0)


class MList(list):  # type: ignore[type-arg]
    def __init__(self, *a: Any) -> None:
        super().__init__(*a)
        self.pos: list[tuple[int, int, int, int]] = []
        self.span: tuple[int, int] = (0, 0)


class Duplicate:
    __slots__ = ("key", "path", "first", "second")

    def __init__(self, key: str, path: tuple, first: tuple[int, int], second: tuple[int, int]) -> None:
        self.key, self.path, self.first, self.second = key, path, first, second


class Loaded:
    """Documents of one file plus what the loader noticed on the way."""

    def __init__(self, docs: list[Any], duplicates: list[Duplicate], aliases: int = -1, nodes: int = -1) -> None:
        self.docs = docs
        self.duplicates = duplicates
        # what the YAML loader counted (-1: not counted): alias references and scalar/collection events; with
        # no alias, walking the documents meets at most 4 objects per event (a short tag adds its wrapper)
        self.aliases = aliases
        self.nodes = nodes


def intrinsic_name(tag: str) -> str:
    name = tag[1:]
    return name if name in ("Ref", "Condition") else f"Fn::{name}"


# ---------------------------------------------------------------------- YAML
class CfnYamlLoader(yaml.CSafeLoader):  # type: ignore[misc]
    """CSafeLoader subclass that knows CloudFormation short tags.

    The multi-constructor is registered on this subclass only, so
    ``yaml.SafeLoader``/``CSafeLoader`` stay untouched for every other library.
    ``yaml.load(text, Loader=CfnYamlLoader)`` works (without positions); credgate
    itself uses :func:`load_yaml`, which keeps them.
    """


def _multi_constructor(loader: yaml.Loader, tag_suffix: str, node: yaml.Node) -> Any:
    key = intrinsic_name("!" + tag_suffix)
    if isinstance(node, yaml.ScalarNode):
        val: Any = loader.construct_scalar(node)
        if key == "Fn::GetAtt" and isinstance(val, str):
            val = val.split(".", 1)
    elif isinstance(node, yaml.SequenceNode):
        val = loader.construct_sequence(node, deep=True)
    else:
        val = loader.construct_mapping(node, deep=True)
    return {key: val}


CfnYamlLoader.add_multi_constructor("!", _multi_constructor)

_PLAIN_BOOL = re.compile(r"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")
_PLAIN_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_STD = "tag:yaml.org,2002:"
# what _PLAIN_NULL / _PLAIN_BOOL match, as sets (the regexes are still asked about a value ending in a newline,
# which their "$" also accepts)
_NULL_WORDS = frozenset(("~", "null", "Null", "NULL", ""))
_BOOL_WORDS = frozenset("yes Yes YES no No NO true True TRUE false False FALSE on On ON off Off OFF".split())


def _scalar(ev: Any) -> Any:
    tag = ev.tag
    v = ev.value
    if tag is None or tag == "!":
        if ev.implicit[0]:  # plain scalar: resolve bool and null; numbers stay text
            if _PLAIN_NULL.match(v):
                return None
            if _PLAIN_BOOL.match(v):
                return v.lower() in ("yes", "true", "on")
        return v
    if tag.startswith(_STD):
        kind = tag[len(_STD):]
        if kind == "bool":
            return v.lower() in ("yes", "true", "on")
        if kind == "null":
            return None
        return v
    return v


class _Frame:
    __slots__ = ("obj", "is_map", "key", "kspan", "tag", "anchor", "start", "merges")

    def __init__(self, obj: Any, is_map: bool, tag: Optional[str], anchor: Optional[str], start: int) -> None:
        self.obj = obj
        self.is_map = is_map
        self.key: Any = _NOKEY
        self.kspan = (0, 0)
        self.tag = tag
        self.anchor = anchor
        self.start = start
        self.merges: list[Any] = []


_NOKEY = object()


def _custom(tag: Optional[str]) -> bool:
    return bool(tag) and tag.startswith("!") and tag != "!"  # type: ignore[union-attr]


def _wrap(tag: str, inner: Any, s: int, e: int) -> MDict:
    key = intrinsic_name(tag)
    if key == "Fn::GetAtt" and isinstance(inner, str):
        parts = MList(inner.split(".", 1))
        parts.pos = [(s, e, s, e)] * len(parts)
        parts.span = (s, e)
        inner = parts
    d = MDict({key: inner})
    d.pos[key] = (s, e, s, e)
    d.span = (s, e)
    return d


_SURROGATES = re.compile("[\udc80-\udcff]")


def load_yaml(text: str) -> Loaded:
    """All documents of a YAML stream, with positions.  Raises ParseError / TooDeep."""
    # bytes that are not UTF-8 (a latin-1 description) arrive as surrogate escapes, which the C parser
    # cannot encode: one U+FFFD each keeps every character offset where it was
    text = _SURROGATES.sub("\ufffd", text)
    loader = CfnYamlLoader(text)
    docs: list[Any] = []
    dups: list[Duplicate] = []
    stack: list[_Frame] = []
    anchors: dict[str, Any] = {}
    aliases = 0
    nodes = 0
    root: Any = None
    Scalar = _ev.ScalarEvent
    get_event = loader.get_event

    def where() -> tuple:
        return tuple((f.key if f.is_map else len(f.obj)) for f in stack[:-1])

    def add(obj: Any, s: int, e: int, plain_key: bool = False) -> None:
        nonlocal root
        if not stack:
            root = obj
            return
        f = stack[-1]
        if f.is_map:
            if f.key is _NOKEY:
                if isinstance(obj, (dict, list)):
                    obj = f"<complex key at {s}>"
                elif obj is None:
                    obj = ""
                elif isinstance(obj, bool):
                    obj = text[s:e].strip("'\"") or str(obj)
                f.key = obj
                f.kspan = (s, e)
                return
            key = f.key
            f.key = _NOKEY
            if key == "<<" and isinstance(obj, (dict, list)):
                f.merges.append(obj)
                return
            d: MDict = f.obj
            if key in d:
                ks, _ke, _vs, _ve = d.pos[key]
                dups.append(Duplicate(str(key), where() + (key,), (ks, _ke), f.kspan))
            d[key] = obj
            d.pos[key] = (f.kspan[0], f.kspan[1], s, e)
        else:
            lst: MList = f.obj
            lst.append(obj)
            lst.pos.append((s, e, s, e))

    try:
        while True:
            ev = get_event()
            if ev is None:
                break
            cls = type(ev)
            if cls is Scalar:
                # _scalar, _custom and add inlined for the common cases (most events of a template are
                # plain scalars in a mapping): the same objects, positions and duplicates as before
                nodes += 1
                s, e = ev.start_mark.index, ev.end_mark.index
                tag = ev.tag
                obj: Any = ev.value
                if tag is None or tag == "!":
                    if ev.implicit[0]:  # plain scalar: resolve bool and null; numbers stay text
                        if obj in _NULL_WORDS or (obj[-1:] == "\n" and _PLAIN_NULL.match(obj)):
                            obj = None
                        elif obj in _BOOL_WORDS or (obj[-1:] == "\n" and _PLAIN_BOOL.match(obj)):
                            obj = obj.lower() in ("yes", "true", "on")
                elif tag[:1] == "!":
                    obj = _wrap(tag, obj, s, e)
                elif tag.startswith(_STD):
                    obj = _scalar(ev)
                if ev.anchor:
                    anchors[ev.anchor] = obj
                if not stack or (type(obj) is not str and obj is not None and type(obj) is not bool):
                    add(obj, s, e)
                    continue
                f = stack[-1]
                if not f.is_map:
                    lst: MList = f.obj
                    lst.append(obj)
                    lst.pos.append((s, e, s, e))
                    continue
                key = f.key
                if key is _NOKEY or key in f.obj:  # a key (normalised there), or a duplicate key
                    add(obj, s, e)
                    continue
                f.key = _NOKEY
                d: MDict = f.obj
                d[key] = obj
                d.pos[key] = (f.kspan[0], f.kspan[1], s, e)
            elif cls is _ev.MappingStartEvent or cls is _ev.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise TooDeep(f"nesting deeper than {MAX_DEPTH} levels")
                nodes += 1
                is_map = cls is _ev.MappingStartEvent
                stack.append(_Frame(MDict() if is_map else MList(), is_map, ev.tag, ev.anchor, ev.start_mark.index))
            elif cls is _ev.MappingEndEvent or cls is _ev.SequenceEndEvent:
                fr = stack.pop()
                obj = fr.obj
                obj.span = (fr.start, ev.end_mark.index)
                if fr.merges:
                    for m in reversed(fr.merges):
                        for src in (m if isinstance(m, list) else [m]):
                            if isinstance(src, dict):
                                for k, v in src.items():
                                    if k not in obj:
                                        obj[k] = v
                                        if isinstance(src, MDict) and k in src.pos:
                                            obj.pos[k] = src.pos[k]
                s, e = fr.start, ev.end_mark.index
                if _custom(fr.tag):
                    obj = _wrap(fr.tag, obj, s, e)  # type: ignore[arg-type]
                if fr.anchor:
                    anchors[fr.anchor] = obj
                add(obj, s, e)
            elif cls is _ev.AliasEvent:
                aliases += 1
                if aliases > MAX_ALIASES:
                    raise TooDeep(f"more than {MAX_ALIASES} alias references")
                if ev.anchor not in anchors:
                    raise ParseError(f"found undefined alias {ev.anchor!r}", ev.start_mark.index)
                add(anchors[ev.anchor], ev.start_mark.index, ev.end_mark.index)
            elif cls is _ev.DocumentEndEvent:
                docs.append(root)
                root = None
                anchors.clear()
            elif cls is _ev.StreamEndEvent:
                break
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        msg = " ".join(x for x in (exc.context, exc.problem) if x) or "invalid YAML"
        if "nesting depth" in msg:  # PyYAML >= 6.0.4 (libyaml) stops deep nesting itself
            raise TooDeep(f"nesting deeper than the YAML parser allows ({msg})") from None
        raise ParseError(msg, mark.index if mark is not None else 0) from None
    except yaml.YAMLError as exc:  # reader errors (bad characters) and the like
        pos = getattr(exc, "position", 0) or 0
        raise ParseError(str(exc).splitlines()[0] if str(exc) else "invalid YAML", pos) from None
    finally:
        try:
            loader.dispose()
        except Exception:  # noqa: BLE001
            pass
    return Loaded(docs, dups, aliases, nodes)


# ---------------------------------------------------------------------- JSON
_WS = re.compile(r"[ \t\n\r]*")
_NUM = re.compile(r"-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][-+]?[0-9]+)?")
_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]


class _JsonParser:
    def __init__(self, text: str) -> None:
        self.t = text
        self.dups: list[Duplicate] = []

    def ws(self, i: int) -> int:
        return _WS.match(self.t, i).end()  # type: ignore[union-attr]

    def string(self, i: int) -> tuple[str, int]:
        try:
            return _scanstring(self.t, i + 1, True)  # type: ignore[no-any-return]
        except json.JSONDecodeError as exc:
            raise ParseError(exc.msg, exc.pos) from None

    def value(self, i: int, depth: int, path: tuple) -> tuple[Any, int, int]:
        """Parse a value at i (no leading space); return (obj, start, end)."""
        if depth > MAX_DEPTH:
            raise TooDeep(f"nesting deeper than {MAX_DEPTH} levels")
        t = self.t
        if i >= len(t):
            raise ParseError("unexpected end of JSON", i)
        c = t[i]
        if c == '"':
            s, e = self.string(i)
            return s, i, e
        if c == "{":
            d = MDict()
            j = self.ws(i + 1)
            if j < len(t) and t[j] == "}":
                d.span = (i, j + 1)
                return d, i, j + 1
            while True:
                if j >= len(t) or t[j] != '"':
                    raise ParseError("expected a property name in double quotes", j)
                key, ke = self.string(j)
                ks = j
                j = self.ws(ke)
                if j >= len(t) or t[j] != ":":
                    raise ParseError("expected ':' after a property name", j)
                j = self.ws(j + 1)
                v, vs, ve = self.value(j, depth + 1, path + (key,))
                if key in d:
                    p = d.pos[key]
                    self.dups.append(Duplicate(key, path + (key,), (p[0], p[1]), (ks, ke)))
                d[key] = v
                d.pos[key] = (ks, ke, vs, ve)
                j = self.ws(ve)
                if j < len(t) and t[j] == ",":
                    j = self.ws(j + 1)
                    continue
                if j < len(t) and t[j] == "}":
                    d.span = (i, j + 1)
                    return d, i, j + 1
                raise ParseError("expected ',' or '}' in an object", j)
        if c == "[":
            lst = MList()
            j = self.ws(i + 1)
            if j < len(t) and t[j] == "]":
                lst.span = (i, j + 1)
                return lst, i, j + 1
            while True:
                v, vs, ve = self.value(j, depth + 1, path + (len(lst),))
                lst.append(v)
                lst.pos.append((vs, ve, vs, ve))
                j = self.ws(ve)
                if j < len(t) and t[j] == ",":
                    j = self.ws(j + 1)
                    continue
                if j < len(t) and t[j] == "]":
                    lst.span = (i, j + 1)
                    return lst, i, j + 1
                raise ParseError("expected ',' or ']' in an array", j)
        for word, val in (("true", True), ("false", False), ("null", None)):
            if t.startswith(word, i):
                return val, i, i + len(word)
        m = _NUM.match(t, i)
        if m and m.end() > i:
            return m.group(0), i, m.end()
        raise ParseError(f"unexpected character {c!r}", i)


def load_json(text: str) -> Loaded:
    p = _JsonParser(text)
    i = p.ws(0)
    obj, _s, e = p.value(i, 0, ())
    j = p.ws(e)
    if j != len(text):
        raise ParseError("extra data after the JSON document", j)
    return Loaded([obj], p.dups)


def node_span(root: Any, path: tuple) -> Optional[tuple[int, int]]:
    """Character span of the value at ``path`` (falls back to the nearest ancestor)."""
    node = root
    best: Optional[tuple[int, int]] = getattr(root, "span", None)
    for step in path:
        pos = getattr(node, "pos", None)
        try:
            if isinstance(node, dict):
                p = pos.get(step) if pos is not None else None
                node = node[step]
            elif isinstance(node, list):
                p = pos[step] if pos is not None and isinstance(step, int) and step < len(pos) else None
                node = node[step]
            else:
                break
        except (KeyError, IndexError, TypeError):
            break
        if p is not None:
            best = (p[2], p[3])
    return best


def key_span(root: Any, path: tuple) -> Optional[tuple[int, int]]:
    """Character span of the key of the last step of ``path``."""
    if not path:
        return None
    node = root
    for step in path[:-1]:
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            return None
    pos = getattr(node, "pos", None)
    if isinstance(node, dict) and pos is not None and path[-1] in pos:
        p = pos[path[-1]]
        return (p[0], p[1])
    return None
