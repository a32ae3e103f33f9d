"""Value types shared by every part of credgate.

Findings carry the raw secret in memory (``secret``) so that triage can merge
and verify; every reporter goes through :func:`credgate.redact.redact` and
never writes ``secret`` unless the user asked for ``--no-redact``.
"""
from __future__ import annotations

import enum
from typing import Any, Optional, TypeVar

from credgate.records import factory, fields, record, replace

_L = TypeVar("_L", bound="_Level")


class _Level(enum.IntEnum):
    """An ordered level, named in config and on the command line in any case ("high", "HIGH")."""

    @classmethod
    def parse(cls: "type[_L]", value: Any) -> _L:
        if isinstance(value, cls):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown {cls.__name__.lower()} {value!r}: use {cls._choices()}") from None

    @staticmethod
    def _choices() -> str:
        return ""

    def __str__(self) -> str:  # "high"
        return self.name.lower()

    @property
    def label(self) -> str:
        return self.name.lower()


class Severity(_Level):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @staticmethod
    def _choices() -> str:
        return "one of critical, high, medium, low, info"


class Confidence(_Level):
    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @staticmethod
    def _choices() -> str:
        return "high, medium or low"


@record(frozen=True)
class Provenance:
    """Where content came from: one value shared by a :class:`Fragment` and every :class:`Location` of the
    findings in it (the engine hands the fragment's provenance on, never copies it field by field).

    ``source`` is "worktree", "staged", "history", "archive", "aws" ...; ``commit``/``author``/``date``
    the commit that carries it (history); ``blob_id`` its git blob; ``location_detail`` where inside
    (an ARN and field, an archive member, a template path)."""

    source: str = "worktree"
    commit: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    blob_id: Optional[str] = None
    location_detail: Optional[str] = None

    def __init__(self, source: str = "worktree", commit: Optional[str] = None, author: Optional[str] = None,
                 date: Optional[str] = None, blob_id: Optional[str] = None,
                 location_detail: Optional[str] = None) -> None:
        # written out (not the record's shared __init__): one is made per blob of a history audit
        d = self.__dict__
        d["source"] = source
        d["commit"] = commit
        d["author"] = author
        d["date"] = date
        d["blob_id"] = blob_id
        d["location_detail"] = location_detail


_PROVENANCE_FIELDS = frozenset(fields(Provenance))
_NO_PROVENANCE = Provenance()


def _provenance(given: Optional[Provenance], where: dict[str, Any], owner: str) -> Provenance:
    """``provenance=`` and/or its fields by name (``source=``, ``commit=`` ...; ``dataclasses.replace`` passes
    both: the names win)."""
    unknown = set(where) - _PROVENANCE_FIELDS
    if unknown:
        raise TypeError(f"{owner}() got an unexpected keyword argument {sorted(unknown)[0]!r}")
    base = given if given is not None else _NO_PROVENANCE
    return replace(base, **where) if where else base


def _read(name: str) -> Any:
    return property(lambda self: getattr(self.provenance, name), doc=f"``provenance.{name}``")


class _ReadsProvenance:
    """``frag.source``, ``loc.commit`` ...: the provenance fields read through ``provenance``."""

    provenance: Provenance
    source = _read("source")
    commit = _read("commit")
    author = _read("author")
    date = _read("date")
    blob_id = _read("blob_id")
    location_detail = _read("location_detail")


@record(frozen=True)
class Fragment(_ReadsProvenance):
    """A unit of content to scan, with where it came from.

    ``path`` is POSIX and relative to the scan root.  ``data`` is the raw
    bytes.  ``added_lines`` (1-based), when set, limits reported findings to
    those lines (the staged/diff case) while the whole content is still
    analysed, so IaC context stays complete.  ``extra``: what the source knows
    about the content (git refs, exposure ...), see :data:`credgate.triage.CONTEXT_KEYS`;
    it reaches the findings through :func:`credgate.triage.carry_fragment_context` only.
    """

    path: str
    data: bytes
    provenance: Provenance = _NO_PROVENANCE
    added_lines: Optional[frozenset[int]] = None
    extra: tuple[tuple[str, Any], ...] = ()

    def __init__(self, path: str, data: bytes, *, provenance: Optional[Provenance] = None,
                 added_lines: Optional[frozenset[int]] = None, extra: tuple[tuple[str, Any], ...] = (),
                 **where: Any) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "data", data)
        object.__setattr__(self, "provenance", _provenance(provenance, where, "Fragment"))
        object.__setattr__(self, "added_lines", added_lines)
        object.__setattr__(self, "extra", extra)


@record(frozen=True)
class Location(_ReadsProvenance):
    """Where a finding is: path, line, column, last line, and the provenance (commit, author, ...) it came from."""

    path: str
    line: int
    column: int = 1
    end_line: int = 0
    provenance: Provenance = _NO_PROVENANCE

    def __init__(self, path: str, line: int, column: int = 1, end_line: int = 0, *,
                 provenance: Optional[Provenance] = None, **where: Any) -> None:
        object.__setattr__(self, "path", path)
        object.__setattr__(self, "line", line)
        object.__setattr__(self, "column", column)
        object.__setattr__(self, "end_line", end_line)
        object.__setattr__(self, "provenance", _provenance(provenance, where, "Location"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line or self.line,
            "source": self.source,
            "commit": self.commit,
            "author": self.author,
            "date": self.date,
            "location_detail": self.location_detail,
        }


@record
class Finding:
    """One credential found: the rule, severity and confidence, the secret (redacted when reported), where, and why."""

    rule_id: str
    rule_name: str
    severity: Severity
    confidence: Confidence
    secret: str
    location: Location
    fingerprint: str
    why: list[str] = factory(list)
    remediation: str = ""
    line_text: str = ""
    tags: tuple[str, ...] = ()
    other_locations: list[Location] = factory(list)
    exposure: list[str] = factory(list)
    verified: Optional[str] = None
    verified_detail: Optional[str] = None
    account_id: Optional[str] = None
    extra: dict[str, Any] = factory(dict)

    def __init__(self, rule_id: str, rule_name: str, severity: Severity, confidence: Confidence, secret: str,
                 location: Location, fingerprint: str, why: Optional[list[str]] = None, remediation: str = "",
                 line_text: str = "", tags: tuple[str, ...] = (), other_locations: Optional[list[Location]] = None,
                 exposure: Optional[list[str]] = None, verified: Optional[str] = None,
                 verified_detail: Optional[str] = None, account_id: Optional[str] = None,
                 extra: Optional[dict[str, Any]] = None) -> None:
        # written out (not the record's shared __init__): made for every candidate the engine judges; the
        # list and dict fields get a new value each when not given, as their factory(...) above says
        self.rule_id = rule_id
        self.rule_name = rule_name
        self.severity = severity
        self.confidence = confidence
        self.secret = secret
        self.location = location
        self.fingerprint = fingerprint
        self.why = [] if why is None else why
        self.remediation = remediation
        self.line_text = line_text
        self.tags = tags
        self.other_locations = [] if other_locations is None else other_locations
        self.exposure = [] if exposure is None else exposure
        self.verified = verified
        self.verified_detail = verified_detail
        self.account_id = account_id
        self.extra = {} if extra is None else extra

    # convenient accessors for reporters
    @property
    def path(self) -> str:
        return self.location.path

    @property
    def line(self) -> int:
        return self.location.line

    @property
    def locations(self) -> list[Location]:
        return [self.location, *self.other_locations]


@record(frozen=True)
class Skip:
    """Something that was requested but not (fully) scanned, and why."""

    path: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "detail": self.detail}
