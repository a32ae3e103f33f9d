"""Value types shared by every part of credgate.

Findings carry the raw secret in memory (``secret``) so that triage can merge
and verify; every reporter goes through :func:`credgate.redact.redact` and
never writes ``secret`` unless the user asked for ``--no-redact``.
"""
from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Any, Optional


class Severity(enum.IntEnum):
    INFO = 0
    LOW = 1
    MEDIUM = 2
    HIGH = 3
    CRITICAL = 4

    @classmethod
    def parse(cls, value: "str | Severity") -> "Severity":
        if isinstance(value, Severity):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(
                f"unknown severity {value!r}: use one of critical, high, medium, low, info"
            ) from None

    def __str__(self) -> str:  # "high"
        return self.name.lower()

    @property
    def label(self) -> str:
        return self.name.lower()


class Confidence(enum.IntEnum):
    LOW = 0
    MEDIUM = 1
    HIGH = 2

    @classmethod
    def parse(cls, value: "str | Confidence") -> "Confidence":
        if isinstance(value, Confidence):
            return value
        try:
            return cls[str(value).strip().upper()]
        except KeyError:
            raise ValueError(f"unknown confidence {value!r}: use high, medium or low") from None

    def __str__(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class Fragment:
    """A unit of content to scan, with where it came from.

    ``path`` is POSIX and relative to the scan root.  ``data`` is the raw
    bytes.  ``added_lines`` (1-based), when set, limits reported findings to
    those lines (the staged/diff case) while the whole content is still
    analysed, so IaC context stays complete.
    """

    path: str
    data: bytes
    source: str = "worktree"
    commit: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    blob_id: Optional[str] = None
    location_detail: Optional[str] = None
    added_lines: Optional[frozenset[int]] = None
    extra: tuple[tuple[str, Any], ...] = ()


@dataclass(frozen=True)
class Location:
    path: str
    line: int
    column: int = 1
    end_line: int = 0
    source: str = "worktree"
    commit: Optional[str] = None
    author: Optional[str] = None
    date: Optional[str] = None
    location_detail: Optional[str] = None
    blob_id: Optional[str] = None

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


@dataclass
class Finding:
    rule_id: str
    rule_name: str
    severity: Severity
    confidence: Confidence
    secret: str
    location: Location
    fingerprint: str
    why: list[str] = field(default_factory=list)
    remediation: str = ""
    line_text: str = ""
    tags: tuple[str, ...] = ()
    other_locations: list[Location] = field(default_factory=list)
    exposure: list[str] = field(default_factory=list)
    verified: Optional[str] = None
    verified_detail: Optional[str] = None
    account_id: Optional[str] = None
    extra: dict[str, Any] = field(default_factory=dict)

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


@dataclass(frozen=True)
class Skip:
    """Something that was requested but not (fully) scanned, and why."""

    path: str
    reason: str
    detail: str = ""

    def to_dict(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason, "detail": self.detail}
