"""The YAML loader's fast event loop (plain scalars inlined, issue 16) builds exactly what the one-call-per-event
loop it replaced built: the same documents, positions (``pos``, ``span``), duplicate keys and errors.  The
replaced loop is kept below, verbatim, as the oracle; inputs are every YAML fixture and generated streams with
tags, anchors, aliases, merges, duplicates, booleans and nulls."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from yaml import events as _ev

from credgate.iac import loader as L
from credgate.iac.loader import (MAX_ALIASES, MAX_DEPTH, _NOKEY, _SURROGATES, CfnYamlLoader, Duplicate, Loaded, MDict,
                                 MList, ParseError, TooDeep, _custom, _Frame, _scalar, _wrap)

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


# ----------------------------------------------------------------- the oracle: the loop before issue 16's change
def reference_load_yaml(text: str) -> Loaded:
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
    root: Any = None

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
            ev = loader.get_event()
            if ev is None:
                break
            cls = type(ev)
            if cls is _ev.ScalarEvent:
                s, e = ev.start_mark.index, ev.end_mark.index
                obj: Any = _scalar(ev)
                if _custom(ev.tag):
                    obj = _wrap(ev.tag, obj, s, e)
                if ev.anchor:
                    anchors[ev.anchor] = obj
                add(obj, s, e)
            elif cls is _ev.MappingStartEvent or cls is _ev.SequenceStartEvent:
                if len(stack) >= MAX_DEPTH:
                    raise TooDeep(f"nesting deeper than {MAX_DEPTH} levels")
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
    return Loaded(docs, dups)


def _shape(x: Any) -> Any:
    """Everything the loader builds, as plain comparable data (types, values, positions, spans)."""
    if isinstance(x, MDict):
        return ("map", x.span, [(k, x.pos.get(k), _shape(v)) for k, v in x.items()])
    if isinstance(x, MList):
        return ("seq", x.span, list(x.pos), [_shape(v) for v in x])
    if isinstance(x, dict):
        return ("dict", [(k, _shape(v)) for k, v in x.items()])
    if isinstance(x, list):
        return ("list", [_shape(v) for v in x])
    return (type(x).__name__, x)


def _outcome(fn: Any, text: str) -> Any:
    try:
        got = fn(text)
    except (ParseError, TooDeep) as exc:
        return (type(exc).__name__, str(exc), getattr(exc, "index", None))
    return ([_shape(d) for d in got.docs], [(d.key, d.path, d.first, d.second) for d in got.duplicates])


def _same(text: str) -> None:
    assert _outcome(L.load_yaml, text) == _outcome(reference_load_yaml, text)


def test_every_yaml_fixture_loads_as_before() -> None:
    seen = 0
    for p in sorted(FIXTURES.rglob("*")):
        if p.suffix.lower() in (".yaml", ".yml", ".template") and p.is_file():
            _same(p.read_bytes().decode("utf-8", "surrogateescape"))
            seen += 1
    assert seen > 100


def test_scalars_of_every_resolution_load_as_before() -> None:
    words = ["~", "null", "Null", "NULL", "", "yes", "No", "TRUE", "off", "On", "nil", "0", "1.5", "'yes'", '"null"',
             "!!bool yes", "!!null ''", "!!str true", "!Ref x", "!Sub 'a ${B}'", "!GetAtt A.B", "!Custom x", "! plain",
             "|\n    yes\n", ">-\n    null\n"]
    text = "".join(f"k{i}: {w}\n" for i, w in enumerate(words)) + "".join(f"- {w}\n" for w in words if "\n" not in w)
    _same("".join(f"k{i}: {w}\n" for i, w in enumerate(words)))
    _same("".join(f"- {w}\n" for w in words if "\n" not in w))
    _same(text.replace("k0:", "k1:"))  # a duplicate key


_PIECES = st.sampled_from(["AWSTemplateFormatVersion: x\n", "Resources:\n", "  A:\n", "    Type: AWS::S3::Bucket\n",
                           "    Password: yes\n", "    Password: hunter2\n", "  A:\n", "!Ref ", "!Sub |\n", "&a ", "*a ",
                           "[", "]", "{", "}", "- ", ": ", '"', "'", "\n", "<<: *a\n", "<<: {x: 1}\n", "!GetAtt A.B",
                           "---\n", "null", "~", "true", "Off", "key", "k2", ",", "#", "!!str ", "!!bool ", "? ", "  "])


@settings(max_examples=400, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join))
def test_generated_streams_load_as_before(text: str) -> None:
    _same(text)


@pytest.mark.parametrize("text", ["a: &x {b: 1}\nc: *x\n", "a: &x [1, 2]\n<<: {z: 1}\nc: *x\nd: *x\n", "*nope\n"])
def test_anchors_and_aliases_load_as_before(text: str) -> None:
    _same(text)
    got = L.load_yaml(text) if not text.startswith("*") else None
    assert got is None or got.aliases == text.count("*")
