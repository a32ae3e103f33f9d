"""Output formats: one module per format, an explicit registry, lazy imports."""
from __future__ import annotations

import importlib
import os
import sys
from typing import Any, Iterable, Optional

from credgate import __version__
from credgate.errors import UsageError
from credgate.models import Finding, Severity, Skip
from credgate.records import factory, record, replace
from credgate.redact import redact
from credgate.safety import scrub_findings

FORMATS: dict[str, str] = {
    "text": "credgate.report.text",
    "json": "credgate.report.json_report",
    "jsonl": "credgate.report.json_report",
    "sarif": "credgate.report.sarif",
    "junit": "credgate.report.junit",
    "csv": "credgate.report.csv_report",
    "asff": "credgate.report.asff",
    "markdown": "credgate.report.markdown",
    "html": "credgate.report.html",
}


@record
class Report:
    """What a run found and skipped, with the policy and figures every report format renders."""

    findings: list[Finding]
    skips: list[Skip] = factory(list)
    command: str = "dir"
    redact: bool = True
    fail_on: Severity = Severity.MEDIUM
    scanned_items: int = 0
    scanned_bytes: int = 0
    elapsed: float = 0.0
    tool_version: str = __version__
    warnings: list[str] = factory(list)
    errors: list[str] = factory(list)
    baseline_suppressed: int = 0
    color: bool = False
    verbose: bool = False
    meta: dict[str, Any] = factory(dict)
    width: Optional[int] = None  # text: columns to wrap at; None = the terminal's (a TTY only), 0 = never

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity >= self.fail_on]


def render(report: Report, fmt: str) -> str:
    mod_name: Optional[str] = FORMATS.get(fmt)
    if mod_name is None:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(sorted(FORMATS))}")
    mod = importlib.import_module(mod_name)
    if report.redact or fmt == "asff":  # no secret of any finding in another finding's line or reasons
        report = replace(report, findings=scrub_findings(report.findings))
        report = scrub_names(report)
    out: str = mod.render(report, fmt)
    return out


class NameScrubber:
    """Redacts known secrets inside short texts (paths, ref names, commit messages) in time linear in the text.

    A file, branch or tag can be named after the token it holds (``leak-<token>.env``);
    every secret of the report is looked up by its first 8 characters, so thousands of
    secrets cost no more per text than one.
    """

    HEAD = 8

    def __init__(self, secrets: "Iterable[str]") -> None:
        by_head: dict[str, set[str]] = {}
        for sec in secrets:
            pieces = [sec] if "\n" not in sec else [p.strip() for p in sec.splitlines() if len(p.strip()) >= 16]
            for piece in pieces:
                if len(piece) >= self.HEAD:
                    by_head.setdefault(piece[: self.HEAD], set()).add(piece)
        self._by_head = {k: sorted(v, key=len, reverse=True) for k, v in by_head.items()}

    def __bool__(self) -> bool:
        return bool(self._by_head)

    def text(self, text: Any) -> Any:
        if not isinstance(text, str) or len(text) < self.HEAD or not self._by_head:
            return text
        out: list[str] = []
        i = last = 0
        end = len(text) - self.HEAD
        while i <= end:
            cands = self._by_head.get(text[i : i + self.HEAD])
            hit = next((c for c in cands if text.startswith(c, i)), None) if cands else None
            if hit is None:
                i += 1
                continue
            out.append(text[last:i])
            out.append(redact(hit))
            i = last = i + len(hit)
        if not out:
            return text
        out.append(text[last:])
        return "".join(out)

    def value(self, value: Any) -> Any:
        """Strings inside lists, tuples and dicts too (finding extras, report metadata)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.value(v) for v in value]
        if isinstance(value, tuple):
            return tuple(self.value(v) for v in value)
        if isinstance(value, dict):
            return {k: self.value(v) for k, v in value.items()}
        return value


def scrub_names(report: Report) -> Report:
    """The report with every detected secret redacted wherever it shows outside a finding's own value.

    Paths, ref names (exposure, extras), location details, commit authors, reasons,
    remediation, skips, warnings, errors and metadata all come from the scanned content's
    names and history; ``credgate.safety.scrub_findings`` already handles the lines.
    """
    scrub = NameScrubber(f.secret for f in report.findings if f.secret)
    if not scrub:
        return report

    def loc(l: Any) -> Any:
        return replace(l, path=scrub.text(l.path), location_detail=scrub.text(l.location_detail),
                       author=scrub.text(l.author), commit=scrub.text(l.commit), date=scrub.text(l.date))

    findings = []
    for f in report.findings:
        findings.append(replace(
            f,
            location=loc(f.location),
            other_locations=[loc(l) for l in f.other_locations],
            exposure=[scrub.text(e) for e in f.exposure],
            why=[scrub.text(w) for w in f.why],
            remediation=scrub.text(f.remediation),
            verified_detail=scrub.text(f.verified_detail),
            extra={k: (v if k.startswith("_") else scrub.value(v)) for k, v in f.extra.items()},
        ))
    skips = [replace(s, path=scrub.text(s.path), detail=scrub.text(s.detail)) for s in report.skips]
    return replace(report, findings=findings, skips=skips,
                   warnings=[scrub.text(w) for w in report.warnings],
                   errors=[scrub.text(e) for e in report.errors],
                   meta=scrub.value(report.meta))


def emit(text: str) -> None:
    """Write a rendered report to standard output; a full disk or a dead device is a clear error (exit 2).

    A pipe closed by the reader (``| head``) is absorbed by ``credgate.main`` (the run ends with its
    verdict); where stdout is not watched that way it stays a BrokenPipeError for ``credgate.main``.
    In a hook or gate the caller's error path blocks: a report that could not be written is
    never a pass.
    """
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        _silence_stdout()
        raise UsageError(f"cannot write the report to standard output: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    """Drop what is still buffered for a stdout that failed, so the interpreter's exit does not fail again."""
    try:  # point the descriptor itself at /dev/null: the buffered text and the last flush at exit go there
        fd = sys.stdout.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        try:
            os.dup2(devnull, fd)
        finally:
            os.close(devnull)
        return
    except (AttributeError, ValueError, OSError):
        pass
    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass
