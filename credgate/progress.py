"""Progress for long runs at a terminal, and the end-of-run summary table.

Shown by default when a person is watching: stderr is a terminal, stdout is not
a pipe, ``CI`` is not set (or is false), ``--quiet`` and ``--no-progress`` are
not given, and this is not a git hook or gate.  Once the run has lasted
``CREDGATE_PROGRESS_DELAY`` seconds (default 0.3) a line appears on stderr
with the next scanned item, and after a second at the latest while nothing
is scanned (listing AWS resources, walking a history): a rich bar when rich
is installed (the ``ui`` extra), else a plain
line redrawn in place with carriage returns, a few times a second.  Quick
scans never show it, and the hook path never imports rich.

Environment:
  CREDGATE_PROGRESS=0          never show progress or the summary table
  CREDGATE_PROGRESS_DELAY=SEC  how long a run must last before progress appears

Sources that know how much work lies ahead may call ``set_total(n)`` on the
progress object (``engine.progress``) to turn the pulsing bar into a
percentage, and ``note(text)`` to say which stage they are in.
"""
from __future__ import annotations

import os
import re
import stat
import sys
import threading
import time
from collections import Counter
from typing import Any, Optional, TextIO

from credgate.models import Severity
from credgate.termsize import columns

_UPDATE_EVERY = 0.1  # seconds between pushes to the display
_PLAIN_EVERY = 0.25  # seconds between redraws of the plain line
_SILENT = 1.0  # seconds without a drawn line before the ticker draws one by itself
_ACTIVE: "list[Progress]" = []


def wanted(args: Any, stream: Optional[TextIO] = None, out: Optional[TextIO] = None) -> bool:
    """Whether a person is watching this run on a terminal."""
    if os.environ.get("CREDGATE_PROGRESS", "").strip().lower() in ("0", "no", "never", "false", "off"):
        return False
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        return False
    if getattr(args, "hook_mode", False) or getattr(args, "quiet", False) or getattr(args, "no_progress", False):
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


def stop_all() -> None:
    """End every progress display still running (an error or an interrupt ended the run early)."""
    for p in list(_ACTIVE):
        p.stop()


class Progress:
    """Counts items, bytes and findings; shows a bar on stderr once the run is long enough."""

    def __init__(self, label: str = "scanning", delay: Optional[float] = None, stream: Optional[TextIO] = None,
                 ticker: bool = True) -> None:
        self.label = label
        self.items = 0
        self.bytes = 0
        self.findings = 0
        self.skips = 0
        self.total: Optional[int] = None
        self.stage = ""
        self.started = time.monotonic()
        try:
            self.delay = float(os.environ.get("CREDGATE_PROGRESS_DELAY", "")) if delay is None else delay
        except ValueError:
            self.delay = 0.3
        if self.delay < 0:
            self.delay = 0.3
        self._stream = stream
        self._last = 0.0
        self._bar: Any = None
        self._task: Any = None
        self._plain = False
        self._plain_len = 0
        self._failed = False
        self._lock = threading.RLock()
        self._done = threading.Event()
        self.shown = False
        self._thread: Optional[threading.Thread] = None
        if ticker:  # draws while a source is busy before its first item (AWS listing, git rev-list)
            _ACTIVE.append(self)
            self._thread = threading.Thread(target=self._tick, name="credgate-progress", daemon=True)
            self._thread.start()

    # -------------------------------------------------------------- counting
    def set_total(self, total: Optional[int]) -> None:
        self.total = total
        self._push(force=True)

    def note(self, stage: str) -> None:
        """What the run is doing now, shown after the counts (e.g. ``lambda us-east-1``, ``3/24 done``)."""
        self.stage = stage

    def advance(self, items: int = 1, nbytes: int = 0, findings: int = 0, current: str = "") -> None:
        self.items += items
        self.bytes += nbytes
        self.findings += findings
        self._push()

    def skipped(self, n: int = 1) -> None:
        self.skips += n

    # -------------------------------------------------------------- display
    def _tick(self) -> None:
        # a silent stretch worth a line by itself: the delay, and at least a second unless the delay is 0
        # (items arriving start the line after the delay; quick scans stay free of rich)
        if self._done.wait(max(self.delay, _SILENT) if self.delay else 0):
            return
        while not self._done.is_set():
            self._push(force=True)
            if self._failed:
                return
            self._done.wait(_PLAIN_EVERY if self._plain else 0.5)

    def stats(self) -> str:
        now = time.monotonic()
        mb = self.bytes / 1e6
        elapsed = max(now - self.started, 1e-6)
        text = (f"{self.items:,} items, {mb:,.1f} MB, {self.items / elapsed:,.0f}/s, "
                f"{self.findings} findings" + (f", {self.skips} skipped" if self.skips else ""))
        return text + (f"  {self.stage}" if self.stage else "")

    def _push(self, force: bool = False) -> None:
        now = time.monotonic()
        if not force and now - self._last < _UPDATE_EVERY:
            return
        if self._done.is_set():
            return
        with self._lock:
            if self._done.is_set():
                return
            self._last = now
            if self._bar is None and not self._plain:
                if self._failed or now - self.started < self.delay:
                    return
                self._start()
                if self._bar is None and not self._plain:
                    return
            if self._plain:
                if force:  # the ticker redraws the plain line; counting stays cheap
                    self._draw_plain()
                return
            self._bar.update(self._task, completed=self.items, total=self.total, stats=self.stats())

    def _out(self) -> TextIO:
        return self._stream if self._stream is not None else sys.stderr

    def _start(self) -> None:
        try:
            from rich.console import Console
            from rich.progress import BarColumn, SpinnerColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as RichProgress
        except ImportError:  # the ui extra is not installed: a plain line, drawn by hand
            self._plain = True
            self.shown = True
            return
        console = Console(file=self._stream, stderr=self._stream is None, highlight=False)
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

    def _draw_plain(self) -> None:
        secs = int(time.monotonic() - self.started)
        pct = f" {min(100, 100 * self.items // self.total)}%" if self.total else ""
        line = f"credgate: {self.label}{pct}  {self.stats()}  {secs // 60}:{secs % 60:02d}"
        width = max(20, columns(80) - 1)
        if len(line) > width:
            line = line[:width - 3] + "..."
        pad = " " * max(0, self._plain_len - len(line))
        self._plain_len = len(line)
        try:
            out = self._out()
            out.write("\r" + line + pad)
            out.flush()
        except (OSError, ValueError):  # the terminal went away: stop drawing
            self._failed = True
            self._plain = False

    def stop(self) -> None:
        with self._lock:
            if self._done.is_set():
                return
            if self._bar is not None:
                self._bar.update(self._task, completed=self.items, total=self.total, stats=self.stats())
            elif self._plain:
                self._draw_plain()
            self._done.set()
            if self._bar is not None:
                self._bar.stop()
                self._bar = None
            elif self._plain and self._plain_len:
                try:
                    self._out().write("\n")
                    self._out().flush()
                except (OSError, ValueError):
                    pass
        if self in _ACTIVE:
            _ACTIVE.remove(self)

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
