"""credgate.records: a record answers as the dataclass of the same fields would (its methods are shared, not
generated at import, and a hook never imports ``dataclasses``; see the module's doc)."""
from __future__ import annotations

import copy
import dataclasses
import pickle
import subprocess
import sys
from dataclasses import dataclass, field
from typing import Any, ClassVar  # noqa: F401 - ClassVar: dataclasses reads the string annotation here

import pytest

from credgate import records
from credgate.records import FrozenInstanceError, factory, record


def _pair(frozen: bool) -> "tuple[type, type]":
    def body(items: Any) -> dict[str, Any]:
        return {
            "__annotations__": {"name": "str", "count": "int", "tags": "tuple[str, ...]", "items": "list[int]",
                                "note": "Optional[str]", "kind": "ClassVar[str]"},
            "count": 0, "tags": (), "items": items, "note": None, "kind": "k", "__module__": __name__,
        }
    rec = record(type("Thing", (), body(factory(list))), frozen=frozen)
    dc = dataclass(frozen=frozen)(type("Thing", (), body(field(default_factory=list))))
    return rec, dc


ARGS = [
    (("a",), {}),
    (("a", 3), {}),
    (("a",), {"tags": ("x", "y"), "note": "n"}),
    ((), {"name": "b", "items": [1, 2]}),
    (("a", 1, ("t",), [4], "z"), {}),
]
BAD = [
    ((), {}),  # missing the required field
    (("a", 1, (), [], None, "extra"), {}),  # too many positional
    (("a",), {"name": "again"}),  # twice
    (("a",), {"bogus": 1}),  # unknown
]


@pytest.mark.parametrize("frozen", [True, False])
def test_a_record_answers_as_the_dataclass_of_the_same_fields(frozen):
    rec, dc = _pair(frozen)
    assert records.fields(rec) == tuple(f.name for f in dataclasses.fields(dc)) == records.fields(rec("x"))
    assert rec.__match_args__ == dc.__match_args__ and "items" not in rec.__dict__ and rec.kind == "k"
    for args, kwargs in ARGS:
        r, d = rec(*args, **kwargs), dc(*args, **kwargs)
        assert repr(r) == repr(d)
        assert records.asdict(r) == dataclasses.asdict(d)
        assert r == rec(*args, **kwargs) and not (r != rec(*args, **kwargs))
        assert (r == d) is False  # another class: NotImplemented both ways, then identity
        changed = records.replace(r, note="other")
        assert changed.note == "other" and changed.name == r.name and changed != r
        assert repr(changed) == repr(dataclasses.replace(d, note="other")) == repr(records.replace(d, note="other"))
        with pytest.raises(TypeError):
            records.replace(r, bogus=1)
        if frozen:
            for obj in (r, d):  # a list field: unhashable, as the dataclass's hash says
                with pytest.raises(TypeError):
                    hash(obj)
            with pytest.raises(FrozenInstanceError):
                r.name = "z"
            with pytest.raises(AttributeError):  # what a dataclass's FrozenInstanceError is too
                del r.name
        else:
            with pytest.raises(TypeError):
                hash(r)
            r.name = "z"
            assert r.name == "z"
        assert copy.deepcopy(r) == r and copy.copy(r) == r
    for args, kwargs in BAD:
        with pytest.raises(TypeError):
            dc(*args, **kwargs)
        with pytest.raises(TypeError):
            rec(*args, **kwargs)
    a, b = rec("a"), rec("b")
    assert a.items is not b.items  # the factory runs per instance


def test_a_frozen_record_hashes_as_the_frozen_dataclass():
    ns = {"__annotations__": {"a": "str", "b": "tuple[int, ...]"}, "b": (), "__module__": __name__}
    rec = record(type("Key", (), dict(ns)), frozen=True)
    dc = dataclass(frozen=True)(type("Key", (), dict(ns)))
    for a, b in (("x", ()), ("x", (1, 2)), ("", (3,))):
        assert hash(rec(a, b)) == hash(dc(a, b)) == hash(rec(a, b=b))
    assert len({rec("x"), rec("x"), rec("y")}) == 2


def test_own_init_and_repr_are_kept_and_post_init_runs():
    @record
    class WithPost:
        items: list = factory(list)

        def __post_init__(self) -> None:
            self.size = len(self.items)

    assert WithPost([1, 2]).size == 2 and WithPost().size == 0

    @record(frozen=True)
    class Own:
        path: str
        data: bytes = b""

        def __init__(self, path: str, *, data: bytes = b"", upper: bool = False) -> None:
            object.__setattr__(self, "path", path.upper() if upper else path)
            object.__setattr__(self, "data", data)

        def __repr__(self) -> str:
            return f"<Own {self.path}>"

    o = Own("p", upper=True)
    assert o.path == "P" and repr(o) == "<Own P>"
    assert records.replace(o, data=b"x") == Own("P", data=b"x")

    @record(frozen=True)
    class More(Own):  # a record's subclass: the base's fields first, then its own; the generated __init__
        size: int = 0

    m = More("p", b"d", 3)
    assert records.fields(More) == ("path", "data", "size") and (m.path, m.data, m.size) == ("p", b"d", 3)


def test_a_record_that_holds_itself_repr_does_not_recurse():
    @record
    class Node:
        children: list = factory(list)

    n = Node()
    n.children.append(n)
    assert repr(n).endswith("Node(children=[...])")


def test_what_a_record_cannot_honour_is_refused():
    with pytest.raises(TypeError):
        @record
        class Order:
            a: int = 0
            b: str
    with pytest.raises(TypeError):
        @record
        class OwnEq:
            a: int = 0

            def __eq__(self, other: object) -> bool:
                return True


def test_credgate_value_types_are_records_and_a_hook_never_imports_dataclasses():
    """The value types a pre-commit hook imports are records; nothing the hook imports loads ``dataclasses``
    (with ``inspect``, ``ast``, ``dis``: ~5 ms) or generates a class's methods (~10 ms for fifteen classes)."""
    code = (
        "import sys\n"
        "import credgate.main, credgate.commands.hook, credgate.hooks.githooks, credgate.scan\n"
        "import credgate.linter.engine, credgate.report, credgate.report.text, credgate.triage\n"
        "print(sorted(m for m in ('dataclasses', 'inspect', 'ast') if m in sys.modules))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
    from credgate.config import AllowEntry, Config
    from credgate.linter.rule import Rule
    from credgate.models import Finding, Fragment, Location, Provenance, Skip

    for cls in (AllowEntry, Config, Rule, Finding, Fragment, Location, Provenance, Skip):
        assert records.is_record(cls) and records.fields(cls) == tuple(cls.__annotations__)


def test_a_frozen_model_keeps_value_semantics():
    from credgate.models import Confidence, Finding, Fragment, Location, Provenance, Severity, Skip

    a = Location("p", 3, provenance=Provenance(commit="c"))
    b = Location("p", 3, commit="c")
    assert a == b and hash(a) == hash(b) and len({a, b}) == 1
    assert a != Location("p", 4, commit="c")
    with pytest.raises(FrozenInstanceError):
        a.line = 5
    # the pool hands fragments and findings between processes by pickle
    frag = Fragment("p", b"data", commit="c", extra=(("k", 1),))
    found = Finding("r", "n", Severity.HIGH, Confidence.LOW, "s", a, "fp", why=["w"])
    for obj in (a, frag, found, Skip("p", "binary")):
        back = pickle.loads(pickle.dumps(obj))
        assert back == obj and type(back) is type(obj)
    assert pickle.loads(pickle.dumps(frag)).commit == "c"


def test_written_out_inits_agree_with_the_declared_fields():
    """Provenance and Finding write their __init__ out (hot paths); it must set what the declared defaults say."""
    from credgate.models import Confidence, Finding, Location, Provenance, Severity

    for cls, required in ((Provenance, {}), (Finding, {"rule_id": "r", "rule_name": "n", "severity": Severity.LOW,
                                                      "confidence": Confidence.LOW, "secret": "s",
                                                      "location": Location("p", 1), "fingerprint": "f"})):
        a, b = cls(**required), cls(**required)
        for name, default, make in cls.__record_init__:
            if name in required:
                assert getattr(a, name) == required[name]
            elif make is not None:
                assert getattr(a, name) == make() and getattr(a, name) is not getattr(b, name), name
            else:
                assert getattr(a, name) == default, name
        assert set(vars(a)) == set(records.fields(cls))
        positional = [required[n] if n in required else getattr(a, n) for n in records.fields(cls)]
        assert cls(*positional) == a
