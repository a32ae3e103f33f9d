"""Regular expressions compiled on first use (:class:`LazyPattern`).

A module-level ``re.compile`` runs at import, on every start-up, whether or not the pattern is ever used:
a pre-commit hook imports modules whose patterns serve other inputs (SealedSecret documents, gitleaks rule
files, escaped runs, revision options...), ~0.1-0.4 ms each.  The first use compiles through
:mod:`credgate.rxcache`, which keeps the parsed code of each pattern across runs."""
from __future__ import annotations

from typing import Any

from credgate.rxcache import compile as rxcompile


class LazyPattern:
    """Stands for ``re.compile(pattern, flags)`` until an attribute (``search``, ``match``, ``sub``...) is
    first used; it then compiles, and puts the compiled pattern in its place in ``namespace`` (the defining
    module's ``globals()``) under ``name``, so the module's own functions pay nothing after the first call.
    A module that imported the name keeps this object, which keeps the compiled pattern too."""

    __slots__ = ("_ns", "_name", "_args", "_rx")

    def __init__(self, namespace: dict[str, Any], name: str, pattern: "str | bytes", flags: int = 0) -> None:
        self._ns, self._name, self._args, self._rx = namespace, name, (pattern, flags), None

    def __getattr__(self, attr: str) -> Any:
        rx = self._rx
        if rx is None:
            rx = self._rx = rxcompile(*self._args)  # the parsed code of an earlier run, if cached
            if self._ns.get(self._name) is self:
                self._ns[self._name] = rx
        return getattr(rx, attr)
