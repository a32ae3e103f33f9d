"""Value classes that start fast: the dataclass pattern, with methods written once instead of generated.

``@dataclasses.dataclass`` writes the source of ``__init__``, ``__repr__`` and ``__eq__`` (and, frozen,
``__setattr__``, ``__delattr__`` and ``__hash__``) for each class and compiles it when the module is imported:
0.5-1 ms a class on these machines, and ``import dataclasses`` brings ``inspect``, ``ast``, ``dis`` and
``tokenize`` (~5 ms). A pre-commit hook imports fifteen value classes (models, config, rules, the report), so
that was ~15 ms of every commit. :func:`record` reads the class's annotations once (~0.05 ms a class) and gives
it methods that read its field list; :func:`replace`, :func:`fields` and :func:`asdict` stand for
``dataclasses.replace`` (which :func:`replace` calls for a dataclass), ``dataclasses.fields`` and a one-level
``dataclasses.asdict``.

A record answers as the dataclass of the same fields would (``tests/test_records.py`` holds records against
real dataclasses): fields from record base classes first, then the class's own annotations in order; positional
and keyword arguments in field order, defaults, ``factory(list)`` for ``field(default_factory=list)``,
``__post_init__``; a ``TypeError`` for a missing, repeated or unknown argument; equality by class and field values
(``NotImplemented`` against another class); a frozen record is hashable by its values and raises
:class:`FrozenInstanceError` (an ``AttributeError``) on assignment, a mutable one is unhashable. A class that writes its own ``__init__`` or ``__repr__`` keeps it. ``ClassVar`` annotations are not
fields; per-field options (``repr=False`` ...) do not exist here.
"""
from __future__ import annotations

from operator import attrgetter
from reprlib import recursive_repr

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any, Callable, TypeVar

    _T = TypeVar("_T")


class _Missing:
    def __repr__(self) -> str:
        return "MISSING"


_MISSING: Any = _Missing()


class factory:  # noqa: N801 - used like dataclasses.field(default_factory=...) in a class body
    """``items: list = factory(list)``: a new value per instance, made by calling ``make``."""

    __slots__ = ("make",)

    def __init__(self, make: "Callable[[], Any]") -> None:
        self.make = make


class FrozenInstanceError(AttributeError):
    """Raised on assignment to a field of a frozen record (an ``AttributeError``, as ``dataclasses``' is)."""


def _values_getter(names: "tuple[str, ...]") -> "Callable[[Any], tuple[Any, ...]]":
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    if not names:
        return lambda obj: ()
    return attrgetter(*names)


def _init(self: Any, *args: Any, **kwargs: Any) -> None:
    cls = type(self)
    spec = cls.__record_init__
    if len(args) > len(spec):
        raise TypeError(f"{cls.__name__}.__init__() takes {len(spec) + 1} positional arguments but "
                        f"{len(args) + 1} were given")
    put = object.__setattr__
    for i, (name, default, make) in enumerate(spec):
        if i < len(args):
            if name in kwargs:
                raise TypeError(f"{cls.__name__}.__init__() got multiple values for argument {name!r}")
            value = args[i]
        elif name in kwargs:
            value = kwargs.pop(name)
        elif default is not _MISSING:
            value = default
        elif make is not None:
            value = make()
        else:
            raise TypeError(f"{cls.__name__}.__init__() missing 1 required positional argument: {name!r}")
        put(self, name, value)
    if kwargs:
        raise TypeError(f"{cls.__name__}.__init__() got an unexpected keyword argument {next(iter(kwargs))!r}")
    post = getattr(self, "__post_init__", None)
    if post is not None:
        post()


@recursive_repr()
def _repr(self: Any) -> str:
    cls = type(self)
    body = ", ".join(f"{name}={value!r}" for name, value in zip(cls.__record_fields__, cls.__record_values__(self)))
    return f"{cls.__qualname__}({body})"


def _eq(self: Any, other: Any) -> Any:
    if other.__class__ is self.__class__:
        values = self.__class__.__record_values__
        return values(self) == values(other)
    return NotImplemented


def _hash(self: Any) -> int:
    return hash(type(self).__record_values__(self))


def _frozen_setattr(self: Any, name: str, value: Any) -> None:
    raise FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise FrozenInstanceError(f"cannot delete field {name!r}")


def record(cls: "type[_T] | None" = None, *, frozen: bool = False) -> Any:
    """``@record`` / ``@record(frozen=True)``: see the module's doc."""

    def wrap(cls: "type[_T]") -> "type[_T]":
        own = cls.__dict__
        if "__eq__" in own or "__hash__" in own:
            raise TypeError(f"{cls.__name__}: a record's equality and hash are its fields'")
        spec: "dict[str, tuple[Any, Any]]" = {}  # name -> (default, factory), in field order
        for base in reversed(cls.__mro__[1:]):
            base_init = base.__dict__.get("__record_init__")
            if base_init is not None:
                for name, default, make in base_init:
                    spec[name] = (default, make)
        annotations = own.get("__annotations__")
        if annotations is None and "__annotate__" in own:  # Python 3.14: annotations are made on first use
            annotations = cls.__annotations__
        for name, annotation in (annotations or {}).items():
            if "ClassVar" in str(annotation):
                continue
            value = getattr(cls, name, _MISSING)  # a base's class attribute is the default too, as in dataclasses
            if isinstance(value, factory):
                spec[name] = (_MISSING, value.make)
                if name in own:
                    delattr(cls, name)  # as dataclasses does for a default_factory: no class attribute
            else:
                spec[name] = (value, None)
        required_after_default = False
        seen_default = False
        for name, (default, make) in spec.items():
            if default is not _MISSING or make is not None:
                seen_default = True
            elif seen_default:
                required_after_default = True
        if required_after_default and "__init__" not in own:
            raise TypeError(f"{cls.__name__}: a field without a default follows one with a default")
        names = tuple(spec)
        cls.__record_fields__ = names  # type: ignore[attr-defined]
        cls.__record_values__ = staticmethod(_values_getter(names))  # type: ignore[attr-defined]
        cls.__record_init__ = tuple((n, d, m) for n, (d, m) in spec.items())  # type: ignore[attr-defined]
        cls.__match_args__ = names  # type: ignore[attr-defined]
        if "__init__" not in own:
            cls.__init__ = _init  # type: ignore[misc]
        if "__repr__" not in own:
            cls.__repr__ = _repr  # type: ignore[assignment]
        cls.__eq__ = _eq  # type: ignore[assignment]
        if frozen:
            cls.__setattr__ = _frozen_setattr  # type: ignore[assignment]
            cls.__delattr__ = _frozen_delattr  # type: ignore[assignment]
            cls.__hash__ = _hash  # type: ignore[assignment]
        else:
            cls.__hash__ = None  # type: ignore[assignment]
        return cls

    return wrap if cls is None else wrap(cls)


def is_record(obj: Any) -> bool:
    return hasattr(obj, "__record_fields__")


def fields(obj: Any) -> "tuple[str, ...]":
    """The field names of a record (class or instance), in order."""
    try:
        return obj.__record_fields__
    except AttributeError:
        raise TypeError(f"{obj!r} is not a record") from None


def replace(obj: Any, **changes: Any) -> Any:
    """A copy of ``obj`` with ``changes``: ``dataclasses.replace`` for a record (and, for a dataclass, that
    function itself)."""
    names = getattr(obj, "__record_fields__", None)
    if names is None:
        import dataclasses

        return dataclasses.replace(obj, **changes)
    for name in names:
        if name not in changes:
            changes[name] = getattr(obj, name)
    return obj.__class__(**changes)


def asdict(obj: Any) -> "dict[str, Any]":
    """A record's fields as a dict (one level: nested values are not copied)."""
    return {name: getattr(obj, name) for name in fields(obj)}
