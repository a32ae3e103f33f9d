"""Text for a person at a terminal, most often a developer whose commit was just blocked.

Each finding takes a few lines::

    config.py:2:26  CRITICAL  AWS secret access key  [aws-secret-access-key]
      secret  vYPG********(40 chars)
      why     matches the AWS secret access key format; entropy 4.7 bits/char ...
      move    delete it and use an IAM role (OIDC in CI) or a local profile ... instead
      allow   if it is not a real secret, end line 2 with: # credgate:allow=aws-secret-access-key

``path:line:col`` first, so terminals and editors can jump to it.  Colour only
when the report says so (a TTY, no NO_COLOR, no --output: credgate.scan.use_color).
After the first ``DETAILED`` findings the rest take one line each (``--verbose``
shows all in full, with the full remediation).  Standard library only: this
module is on the pre-commit hook path.
"""
from __future__ import annotations

import re
import sys
from typing import Optional

from credgate.models import Finding, Location, Severity
from credgate.records import replace
from credgate.report import Report
from credgate.report.advice import (
    allow_lines, allowlist_block, field_detail, is_receive, move_advice, rewrite_lines, rotate_advice, why_text,
)
from credgate.report.common import shown_secret, sort_findings
from credgate.termsize import columns

DETAILED = 10

_COLORS = {Severity.CRITICAL: "\033[1;31m", Severity.HIGH: "\033[31m", Severity.MEDIUM: "\033[33m",
           Severity.LOW: "\033[36m", Severity.INFO: "\033[2m"}
_RESET = "\033[0m"
_BOLD = "\033[1m"
_DIM = "\033[2m"
_GREEN = "\033[32m"
_CTRL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x9b]")


def _c(report: Report, code: str, text: str) -> str:
    return f"{code}{text}{_RESET}" if report.color else text


def _clean(text: str) -> str:
    """Paths and values come from the scanned content: never let them drive the terminal."""
    return _CTRL.sub("?", str(text))


def _order(report: Report) -> list[Finding]:
    # blocking first (most severe first), then by place
    fs = sort_findings(report.findings)
    return sorted(fs, key=lambda f: (f.severity < report.fail_on, -int(f.severity)))


def is_aws(f: Finding) -> bool:
    """A deployed AWS resource (``credgate aws``): its "path" is an ARN, not a file."""
    return f.location.source == "aws" or f.path.startswith("arn:")


def aws_where(f: Finding, path: Optional[str] = None, line: Optional[int] = None,
              detail: Optional[str] = None) -> str:
    """``arn:... (field Environment.Variables.DB_PASSWORD, line 2)``: no ``:line:col`` glued to an ARN."""
    loc = f.location
    path = loc.path if path is None else path
    line = loc.line if line is None else line
    detail = field_detail(path, loc.location_detail if detail is None else detail)
    bits = []
    if detail:
        bits.append(f"field {detail}")
    if line and line > 1:  # a value of several lines (a JSON document, a script): the line inside it
        bits.append(f"line {line}")
    return f"{path} ({', '.join(bits)})" if bits else path


def _where(f: Finding) -> str:
    if is_aws(f):
        return _clean(aws_where(f))
    return f"{_clean(f.path)}:{f.line}:{f.location.column}"


def _known(f: Finding) -> str:
    """Marker for a finding an earlier incremental run already reported (credgate aws state)."""
    return "  (known, not new)" if f.extra.get("new_since_last_run") is False else ""


def _head(report: Report, f: Finding) -> str:
    sev = str(f.severity).upper()
    return (f"{_c(report, _BOLD, _where(f))}  {_c(report, _COLORS[f.severity], sev)}  "
            f"{_clean(f.rule_name)}  [{f.rule_id}]{_known(f)}")


INDENT = " " * 10  # continuation lines line up under the value


def text_width() -> Optional[int]:
    """Columns to wrap long lines at: the terminal's on a terminal; None (one line each) in pipes, files and CI.

    Pipes and logs keep one line per field so ``grep`` and CI log search find whole sentences.
    """
    try:
        if not sys.stdout.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return max(60, columns(100))


def wrap(text: str, first: str, rest: str = INDENT, width: Optional[int] = None) -> list[str]:
    """``first + text`` cut at ``width`` on spaces, later lines indented by ``rest`` (a hanging indent)."""
    line = first + text
    if width is None or len(line) <= width:
        return [line]
    import textwrap

    # an allow comment to copy stays whole on its line
    m = re.search(r"(?:with|line \d+): (.*credgate:allow.*)$", text)
    keep = m.group(1) if m else ""
    if keep:
        text = text[: m.start(1)] + keep.replace(" ", "\x00")  # type: ignore[union-attr]
    out = textwrap.wrap(text, width=width, initial_indent=first, subsequent_indent=rest,
                        break_long_words=False, break_on_hyphens=False) or [line]
    return [l.replace("\x00", " ") for l in out]


def _field(report: Report, label: str, value: str, dim: bool = False) -> str:
    lines = wrap(value, f"  {label:<7} ", INDENT, report.width or None)
    text = "\n".join(lines)
    return "\n".join(_c(report, _DIM, l) for l in lines) if dim else text


def _more(report: Report, text: str) -> list[str]:
    """A continuation line under a field, wrapped the same way."""
    return wrap(text, INDENT, INDENT + "  ", report.width or None)


ALSO_SHOWN = 10  # other places listed under a finding (all with --verbose)


def _other_place(o: Location) -> str:
    """``path:line (commit abc123def456)`` for another place a secret was seen."""
    if o.source == "aws" or o.path.startswith("arn:"):
        d = field_detail(o.path, o.location_detail)
        where = f"{o.path}" + (f" (field {d})" if d else "")
    else:
        where = f"{o.path}:{o.line}"
    if o.commit:
        where += f" (commit {o.commit[:12]})"
    elif o.source and o.source not in ("worktree",):
        where += f" ({o.source})"
    return _clean(where)


def _detailed(report: Report, f: Finding) -> list[str]:
    out = [_head(report, f)]
    if f.secret:  # a gate's policy-change notice has none
        out.append(_field(report, "secret", _clean(shown_secret(f, report.redact))))
    loc = f.location
    if loc.location_detail and not is_aws(f):  # an AWS finding shows its field in the heading
        out.append(_field(report, "at", _clean(loc.location_detail)))
    if loc.commit:
        who = f" by {_clean(loc.author)}" if loc.author else ""
        when = f" on {_clean(loc.date)}" if loc.date else ""
        out.append(_field(report, "commit", f"{loc.commit[:12]}{who}{when}"))
    if len(f.locations) > 1:
        others = f.other_locations
        shown = others if report.verbose else others[:ALSO_SHOWN]
        n = len(others)
        out.append(_field(report, "also", f"seen in {n} other place{'s' if n != 1 else ''}:"))
        for o in shown:
            out.extend(_more(report, _other_place(o)))
        if len(shown) < n:
            out.append(f"{INDENT}and {n - len(shown)} more (--verbose or --format json lists all)")
    if f.exposure and f.exposure != [loc.source]:
        out.append(_field(report, "exposed", _clean(", ".join(f.exposure))))
    if f.account_id and f.account_id not in why_text(f):
        out.append(_field(report, "account", _clean(f.account_id)))
    if f.verified:
        out.append(_field(report, "live", _clean(f.verified + (f" ({f.verified_detail})" if f.verified_detail else ""))))
    out.append(_field(report, "why", _clean(why_text(f)), dim=True))
    cmd = report.command
    rewrite = rewrite_lines(f, cmd)
    if rewrite:
        out.append(_field(report, "push", _clean(rewrite[0])))
        out.extend(f"{INDENT}  {_clean(r)}" for r in rewrite[1:])  # commands to copy: never wrapped
    move = move_advice(f)
    out.append(_field(report, "move", _clean(move[0])))
    for m in move[1:]:
        out.extend(_more(report, _clean(m)))
    allow = allow_lines(f, cmd)
    out.append(_field(report, "allow", _clean(allow[0])))
    out.extend(f"{INDENT}  {_clean(a)}" for a in allow[1:])  # a config snippet: never wrapped
    if report.verbose and f.remediation.strip():
        out.append(_field(report, "rotate", ""))
        for l in f.remediation.strip().splitlines():
            if l.strip():
                out.extend(_more(report, _clean(l.rstrip())))
    else:
        rot = rotate_advice(f, cmd)
        if rot:
            out.append(_field(report, "rotate", _clean(rot)))
    return out


def _short(report: Report, f: Finding) -> str:
    n = len(f.other_locations)
    also = f"  (+{n} other place{'s' if n != 1 else ''}: {_other_place(f.other_locations[0])}" \
        f"{', ...' if n > 1 else ''})" if n else ""
    return (f"{_where(f)}  {_c(report, _COLORS[f.severity], str(f.severity).upper())}  {_clean(f.rule_name)}  "
            f"[{f.rule_id}]  {_clean(shown_secret(f, report.redact))}{_known(f)}{also}")


def render(report: Report, fmt: str) -> str:
    if report.width is None:  # decide once: the terminal's width, or 0 (no wrapping) off a terminal
        report = replace(report, width=text_width() or 0)
    out: list[str] = []
    ordered = _order(report)
    limit = len(ordered) if report.verbose else DETAILED
    for i, f in enumerate(ordered):
        if i < limit:
            out.extend(_detailed(report, f))
            out.append("")
        else:
            if i == limit:
                out.append(_c(report, _BOLD, f"{len(ordered) - limit} more (one line each; --verbose or "
                                             "--format html -o report.html for details):"))
            out.append("  " + _short(report, f))
            if i == len(ordered) - 1:
                out.append("")
    blocking = report.blocking
    if blocking and len(blocking) > 1:
        if is_receive(report.command):  # a server's hook: the server's config is the policy, not the pusher's
            out.append("If none is a real secret, the server's administrators can allow them all in the server's "
                       "credgate config:")
        else:
            out.append("To allow all of the blocking findings instead, add to .credgate.toml:")
        out.extend("  " + l for l in allowlist_block(blocking[:50]).splitlines())
        if len(blocking) > 50:
            out.append(f"  (first 50 of {len(blocking)}; credgate baseline records them all)")
        out.append("")
    shown = report.skips if report.verbose else [s for s in report.skips if s.reason not in ("symlink", "binary")]
    if shown:
        out.append(_c(report, _BOLD, f"skipped {len(shown)} item(s):"))
        for s in shown[:50]:
            out.append(f"  {_clean(s.path)}: {_clean(s.reason)}" + (f" ({_clean(s.detail)})" if s.detail else ""))
        if len(shown) > 50:
            out.append(f"  ... and {len(shown) - 50} more (use --format json for the full list)")
        out.append("")
    for w in report.warnings:
        out.append(_c(report, _COLORS[Severity.MEDIUM], "warning: ") + _clean(w))
    for e in report.errors:
        out.append(_c(report, _COLORS[Severity.HIGH], "error: ") + _clean(e))
    line = summary_line(report)
    if not report.findings and not report.errors:
        line = _c(report, _GREEN, line)
    out.append(line)
    return "\n".join(out) + "\n"


def summary_line(report: Report) -> str:
    n = len(report.findings)
    b = len(report.blocking)
    parts = [f"credgate {report.command}: {n} finding{'s' if n != 1 else ''}"]
    if n:
        parts.append(f"{b} at or above {report.fail_on}")
    parts.append(f"{report.scanned_items} item{'s' if report.scanned_items != 1 else ''} scanned")
    if report.skips:
        parts.append(f"{len(report.skips)} skipped")
    if report.baseline_suppressed:
        parts.append(f"{report.baseline_suppressed} in baseline")
    parts.append(f"{report.elapsed:.2f}s")
    line = ", ".join(parts)
    if b:
        line += (f"\nBlocked by {b} finding{'s' if b != 1 else ''} at or above {report.fail_on}: "
                 "move each secret out of the code, or allow it, as the report says; then retry.")
    return line
