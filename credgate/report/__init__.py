"""Output formats: one module per format, an explicit registry, lazy imports."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field
from typing import Any, Optional

from credgate import __version__
from credgate.models import Finding, Severity, Skip

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


@dataclass
class Report:
    findings: list[Finding]
    skips: list[Skip] = field(default_factory=list)
    command: str = "dir"
    redact: bool = True
    fail_on: Severity = Severity.MEDIUM
    scanned_items: int = 0
    scanned_bytes: int = 0
    elapsed: float = 0.0
    tool_version: str = __version__
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    baseline_suppressed: int = 0
    color: bool = False
    verbose: bool = False
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.severity >= self.fail_on]


def render(report: Report, fmt: str) -> str:
    mod_name: Optional[str] = FORMATS.get(fmt)
    if mod_name is None:
        raise ValueError(f"unknown format {fmt!r}: use one of {', '.join(sorted(FORMATS))}")
    mod = importlib.import_module(mod_name)
    if report.redact or fmt == "asff":  # no secret of any finding in another finding's line or reasons
        from dataclasses import replace

        from credgate.safety import scrub_findings

        report = replace(report, findings=scrub_findings(report.findings))
    out: str = mod.render(report, fmt)
    return out


def emit(text: str) -> None:
    """Write a rendered report to standard output; a full disk or a dead device is a clear error (exit 2).

    A pipe closed by the reader (``| head``) stays a BrokenPipeError for ``credgate.main``.
    In a hook or gate the caller's error path blocks: a report that could not be written is
    never a pass.
    """
    import sys

    from credgate.errors import UsageError

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
    import os
    import sys

    try:
        sys.stdout = open(os.devnull, "w")
    except OSError:
        pass
