"""Progress for long runs at a terminal, and the end-of-run summary table.

Silent unless a person is watching: stderr is a terminal, stdout is not a pipe,
``CI`` is not set, ``--quiet`` is not given, and this is not a git hook.  rich
is imported only once the run has lasted ``CREDGATE_PROGRESS_DELAY`` seconds
(default 0.3), so quick scans never pay for it and the hook path never sees it.

Environment:
  CREDGATE_PROGRESS=0          never show progress or the summary table
  CREDGATE_PROGRESS_DELAY=SEC  how long a run must last before the bar appears

Sources that know how much work lies ahead may call ``set_total(n)`` on the
progress object (``engine.progress``) to turn the pulsing bar into a
percentage.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import time
from collections import Counter
from typing import Any, Optional, TextIO

from credgate.models import Severity

_UPDATE_EVERY = 0.1  # seconds between pushes to the display


def wanted(args: Any, stream: Optional[TextIO] = None, out: Optional[TextIO] = None) -> bool:
    """Whether a person is watching this run on a terminal."""
    if os.environ.get("CREDGATE_PROGRESS", "").strip().lower() in ("0", "no", "never", "false", "off"):
        return False
    if os.environ.get("CI") or getattr(args, "hook_mode", False) or getattr(args, "quiet", False):
        return False
    stream = sys.stderr if stream is None else stream
    out = sys.stdout if out is None else out
    try:
        if not stream.isatty():
            return False
    except (AttributeError, ValueError, OSError):
        return False
    if os.environ.get("TERM") == "dumb":
        return False
    return not _is_pipe(out)


def _is_pipe(stream: Any) -> bool:
    try:
        mode = os.fstat(stream.fileno()).st_mode
    except (AttributeError, ValueError, OSError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def for_args(args: Any, label: str = "scanning") -> Optional["Progress"]:
    """A Progress when a person is watching, else None (so callers pay one attribute check)."""
    if not wanted(args):
        return None
    return Progress(label)


class Progress:
    """Counts items, bytes and findings; shows a rich bar once the run is long enough."""

    def __init__(self, label: str = "scanning", delay: Optional[float] = None) -> None:
        self.label = label
        self.items = 0
        self.bytes = 0
        self.findings = 0
        self.skips = 0
        self.total: Optional[int] = None
        self.started = time.monotonic()
        try:
            self.delay = float(os.environ.get("CREDGATE_PROGRESS_DELAY", "")) if delay is None else delay
        except ValueError:
            self.delay = 0.3
        if self.delay < 0:
            self.delay = 0.3
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None
        self._failed = False
        self.shown = False

    # -------------------------------------------------------------- counting
    def set_total(self, total: Optional[int]) -> None:
        self.total = total
        self._push(force=True)

    def advance(self, items: int = 1, nbytes: int = 0, findings: int = 0, current: str = "") -> None:
        self.items += items
        self.bytes += nbytes
        self.findings += findings
        self._push()

    def skipped(self, n: int = 1) -> None:
        self.skips += n

    # -------------------------------------------------------------- display
    def _push(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < _UPDATE_EVERY:
            return
        self._last = now
        if self._bar is None:
            if self._failed or now - self.started < self.delay:
                return
            self._start()
            if self._bar is None:
                return
        mb = self.bytes / 1e6
        elapsed = max(now - self.started, 1e-6)
        stats = (f"{self.items:,} items, {mb:,.1f} MB, {self.items / elapsed:,.0f}/s, "
                 f"{self.findings} findings" + (f", {self.skips} skipped" if self.skips else ""))
        self._bar.update(self._task, completed=self.items, total=self.total, stats=stats)

    def _start(self) -> None:
        try:
            from rich.console import Console
            from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress
        except ImportError:  # the ui extra is not installed: stay silent
            self._failed = True
            return
        console = Console(stderr=True, highlight=False)
        self._bar = RichProgress(
            SpinnerColumn(),
            TextColumn("[bold]{task.description}"),
            BarColumn(bar_width=20),
            TextColumn("{task.fields[stats]}", markup=False),
            TimeElapsedColumn(),
            console=console,
            transient=False,
            refresh_per_second=8,
        )
        self._task = self._bar.add_task(self.label, total=self.total, stats="")
        self._bar.start()
        self.shown = True

    def stop(self) -> None:
        if self._bar is not None:
            self._push(force=True)
            self._bar.stop()
            self._bar = None

    # -------------------------------------------------------------- the end
    def summary(self, report: Any, output: Optional[str] = None, stream: Optional[TextIO] = None) -> None:
        """The end-of-run table: findings by severity and rule, skipped items, time, where the report is."""
        self.stop()
        color = not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"
        print(summary_table(report, output, color=color), file=stream or sys.stderr)

def summary_table(report: Any, output: Optional[str] = None, color: bool = False) -> str:
    """Plain-text summary table (no rich needed); ANSI colour when asked."""
    def c(code: str, s: str) -> str:
        return f"\033[{code}m{s}\033[0m" if color else s

    sev_colors = {"critical": "1;31", "high": "31", "medium": "33", "low": "36", "info": "2"}
    by_sev = Counter(str(f.severity) for f in report.findings)
    by_rule = Counter(f.rule_id for f in report.findings)
    rows: list[tuple[str, str]] = []
    for s in reversed(list(Severity)):
        n = by_sev.get(str(s), 0)
        if n:
            rows.append((c(sev_colors[str(s)], str(s)), str(n)))
    rows.append(("total findings", str(len(report.findings))))
    rows.append((f"blocking (>= {report.fail_on})", str(len(report.blocking))))
    if report.baseline_suppressed:
        rows.append(("in baseline (not shown)", str(report.baseline_suppressed)))
    rows.append(("items scanned", f"{report.scanned_items:,} ({report.scanned_bytes / 1e6:,.1f} MB)"))
    skip_reasons = Counter(s.reason for s in report.skips)
    rows.append(("skipped", str(len(report.skips)) + (
        " (" + ", ".join(f"{r}: {n}" for r, n in skip_reasons.most_common(4)) + ")" if skip_reasons else "")))
    rows.append(("time taken", _duration(report.elapsed)))
    rows.append(("report", output if output else "printed above"))

    def visible(s: str) -> int:
        return len(re.sub(r"\033\[[0-9;]*m", "", s))

    width = max(visible(k) for k, _ in rows)
    lines = [c("1", f"credgate {report.command} summary")]
    for k, v in rows:
        lines.append(f"  {k}{' ' * (width - visible(k))}  {v}")
    if by_rule:
        lines.append(c("1", "  findings by rule"))
        rw = max(len(r) for r in by_rule)
        for rid, n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0]))[:15]:
            lines.append(f"    {rid:<{rw}}  {n}")
        if len(by_rule) > 15:
            lines.append(f"    ... {len(by_rule) - 15} more rules")
    return "\n".join(lines)


def _duration(seconds: float) -> str:
    if seconds < 60:
        return f"{seconds:.2f}s"
    m, s = divmod(int(seconds), 60)
    h, m = divmod(m, 60)
    return f"{h}h{m:02d}m{s:02d}s" if h else f"{m}m{s:02d}s"
