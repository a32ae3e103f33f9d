"""A self-contained HTML page for auditors: grouped by severity, filterable, one card per finding.

No external assets (inline CSS and JS, no fonts, no images), so the page can be
attached to a ticket or opened from a build artifact offline.  Every value that
came from scanned content (paths, secrets, lines, commit authors, rule text of
user rules) goes through :func:`html.escape`; on top of that, a Content
Security Policy allows only the page's own script (by its SHA-256), so markup
that slipped through could still not run.

Works without JavaScript: everything is rendered on the server side; the script
only hides cards that do not match the filters.  Hooks for tests and users:
``article.finding[data-severity][data-rule]``, ``#filter-text``,
``input.sev-filter``, ``#filter-rule``, ``#shown-count``.
"""
from __future__ import annotations

import base64
import hashlib
import html
import time
from collections import Counter
from typing import Iterable

from credgate.models import Finding, Severity
from credgate.report import Report
from credgate.report.advice import (
    allow_lines, allowlist_block, exposure_text, field_detail, move_advice, rewrite_lines, rotate_advice, why_text,
)
from credgate.report.common import scan_context, scan_summary, shown_line, shown_secret, sort_findings

_SEVERITIES = [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW, Severity.INFO]


def e(text: object) -> str:
    """Escape for element content and double-quoted attribute values."""
    return html.escape("" if text is None else str(text), quote=True)


_CSS = """
:root{--crit:#8b0000;--high:#c62828;--med:#b26a00;--low:#1565c0;--info:#555;--bg:#fafafa;--card:#fff;--line:#ddd}
*{box-sizing:border-box}
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:var(--bg);color:#222}
header{background:#1f2933;color:#fff;padding:16px 24px}
header h1{margin:0 0 4px;font-size:20px}
header .meta{color:#cbd2d9;font-size:13px}
main{padding:16px 24px;max-width:1200px}
.badges{display:flex;gap:8px;flex-wrap:wrap;margin:8px 0}
.badge{border-radius:4px;padding:2px 8px;color:#fff;font-weight:600;font-size:12px;text-transform:uppercase}
.sev-critical{background:var(--crit)}.sev-high{background:var(--high)}.sev-medium{background:var(--med)}
.sev-low{background:var(--low)}.sev-info{background:var(--info)}
#filters{position:sticky;top:0;background:var(--bg);padding:10px 0;border-bottom:1px solid var(--line);
 display:flex;gap:16px;flex-wrap:wrap;align-items:center;z-index:1}
#filters input[type=search]{padding:5px 8px;min-width:260px;border:1px solid #aaa;border-radius:4px}
#filters select{padding:4px;border:1px solid #aaa;border-radius:4px;max-width:320px}
#filters label{white-space:nowrap}
h2{margin:22px 0 8px;font-size:17px}
.finding{background:var(--card);border:1px solid var(--line);border-left:5px solid var(--info);border-radius:4px;
 padding:10px 14px;margin:8px 0}
.finding[data-severity=critical]{border-left-color:var(--crit)}.finding[data-severity=high]{border-left-color:var(--high)}
.finding[data-severity=medium]{border-left-color:var(--med)}.finding[data-severity=low]{border-left-color:var(--low)}
.finding h3{margin:0 0 6px;font-size:15px}
.finding .loc{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
dl{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:6px 0}
dt{color:#555;font-weight:600}dd{margin:0;overflow-wrap:anywhere}
code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
code{background:#f0f0f0;padding:0 3px;border-radius:3px}
pre{background:#f4f4f4;padding:8px;border-radius:4px;white-space:pre-wrap;overflow-wrap:anywhere;margin:4px 0}
details summary{cursor:pointer;color:#333}
.empty{padding:24px;background:#e8f5e9;border:1px solid #a5d6a7;border-radius:4px}
.hidden{display:none!important}
table.summary{border-collapse:collapse;margin:8px 0}
table.summary td,table.summary th{border:1px solid var(--line);padding:3px 10px;text-align:left}
table.summary td.n{text-align:right}
footer{color:#777;font-size:12px;padding:16px 24px}
"""

_JS = """
(function(){
  var text=document.getElementById('filter-text');
  var rule=document.getElementById('filter-rule');
  var sevs=Array.prototype.slice.call(document.querySelectorAll('input.sev-filter'));
  var cards=Array.prototype.slice.call(document.querySelectorAll('article.finding'));
  var groups=Array.prototype.slice.call(document.querySelectorAll('section.sev-group'));
  var count=document.getElementById('shown-count');
  function apply(){
    var q=(text.value||'').toLowerCase().trim();
    var r=rule.value;
    var on={};
    sevs.forEach(function(s){on[s.value]=s.checked;});
    var shown=0;
    cards.forEach(function(c){
      var ok=on[c.getAttribute('data-severity')]&&(!r||c.getAttribute('data-rule')===r)
        &&(!q||c.textContent.toLowerCase().indexOf(q)>=0);
      c.classList.toggle('hidden',!ok);
      if(ok){shown++;}
    });
    groups.forEach(function(g){
      g.classList.toggle('hidden',!g.querySelector('article.finding:not(.hidden)'));
    });
    count.textContent=String(shown);
  }
  text.addEventListener('input',apply);
  rule.addEventListener('change',apply);
  sevs.forEach(function(s){s.addEventListener('change',apply);});
  apply();
})();
"""


def _script_hash(js: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode("ascii")


def _dl(rows: Iterable[tuple[str, str]]) -> str:
    """rows of (label, already-escaped html)."""
    return "<dl>" + "".join(f"<dt>{e(k)}</dt><dd>{v}</dd>" for k, v in rows if v) + "</dl>"


def _location_html(f: Finding) -> str:
    parts = []
    for loc in f.locations[:20]:
        if loc.source == "aws" or loc.path.startswith("arn:"):
            bits = [f"<code>{e(loc.path)}</code>" + (f" line {loc.line}" if loc.line > 1 else "")]
        else:
            bits = [f"<code>{e(loc.path)}:{loc.line}:{loc.column}</code>"]
        if loc.commit:
            who = f" by {e(loc.author)}" if loc.author else ""
            when = f" on {e(loc.date)}" if loc.date else ""
            bits.append(f"commit <code>{e(loc.commit[:12])}</code>{who}{when}")
        if loc.location_detail:
            if loc.source == "aws" or loc.path.startswith("arn:"):
                bits.append(f"field <code>{e(field_detail(loc.path, loc.location_detail))}</code>")
            else:
                bits.append(f"at <code>{e(loc.location_detail)}</code>")
        if loc.source:
            bits.append(f"({e(loc.source)})")
        parts.append(" ".join(bits))
    if len(f.locations) > 20:
        parts.append(f"... and {len(f.locations) - 20} more")
    return "<br>".join(parts)


def _allow_html(f: Finding, report: Report) -> str:
    lines = allow_lines(f, report.command)
    if len(lines) == 1:
        return e(lines[0])
    return e(lines[0]) + f"<pre>{e(chr(10).join(lines[1:]))}</pre>"  # a complete .credgate.toml snippet


def _rewrite_html(f: Finding, report: Report) -> str:
    lines = rewrite_lines(f, report.command)
    if not lines:
        return ""
    return e(lines[0]) + f"<pre>{e(chr(10).join(lines[1:]))}</pre>"


def _card(f: Finding, report: Report, idx: int) -> str:
    sev = str(f.severity)
    line = shown_line(f, report.redact).strip() if f.line_text else ""
    rows: list[tuple[str, str]] = [
        ("Location", _location_html(f)),
        ("Secret", f"<code>{e(shown_secret(f, report.redact))}</code>"),
        ("Line", f"<pre>{e(line[:400])}</pre>" if line else ""),
        ("Exposure", e(exposure_text(f))),
        ("Why live", e(why_text(f))),
        ("AWS account", e(f.account_id) if f.account_id else ""),
        ("Verified", e(f.verified + (f" ({f.verified_detail})" if f.verified_detail else "")) if f.verified else ""),
        ("Confidence", e(str(f.confidence))),
        ("Before pushing", _rewrite_html(f, report)),
        ("Move it", e(" ".join(move_advice(f)))),
        ("Allow it", _allow_html(f, report)),
    ]
    rot = rotate_advice(f, report.command)
    if rot:
        rows.append(("Rotate", e(rot)))
    rows.append(("Fingerprint", f"<code>{e(f.fingerprint)}</code>"))
    remediation = ""
    if f.remediation.strip():
        remediation = (f"<details><summary>Remediation</summary><pre>{e(f.remediation.strip())}</pre></details>")
    return (
        f'<article class="finding" id="f{idx}" data-severity="{e(sev)}" data-rule="{e(f.rule_id)}">'
        f'<h3><span class="badge sev-{e(sev)}">{e(sev)}</span> {e(f.rule_name)} '
        f'<small>(<code>{e(f.rule_id)}</code>)</small></h3>'
        f"{_dl(rows)}{remediation}</article>"
    )


def _summary_table(report: Report) -> str:
    by_rule = Counter((f.rule_id, f.rule_name) for f in report.findings)
    rows = "".join(
        f"<tr><td><code>{e(rid)}</code></td><td>{e(name)}</td><td class=n>{n}</td></tr>"
        for (rid, name), n in sorted(by_rule.items(), key=lambda kv: (-kv[1], kv[0][0]))
    )
    return f'<table class="summary"><tr><th>Rule</th><th>Name</th><th>Findings</th></tr>{rows}</table>'


def render(report: Report, fmt: str) -> str:
    findings = sort_findings(report.findings)
    counts = Counter(str(f.severity) for f in findings)
    title = str(report.meta.get("title") or f"credgate {report.command} report")
    generated = time.strftime("%Y-%m-%d %H:%M:%S %Z", time.localtime())
    ctx = scan_context(report)
    scanned = f"{scan_summary(ctx)}; scan time {ctx['time']}"

    out: list[str] = []
    badges = "".join(
        f'<span class="badge sev-{s}">{s}: {counts.get(str(s), 0)}</span>' for s in _SEVERITIES
        if counts.get(str(s), 0))
    n, b = len(findings), len(report.blocking)
    out.append(
        f"<header><h1>{e(title)}</h1><div class=meta>"
        f"{n} finding{'s' if n != 1 else ''}, {b} at or above {e(report.fail_on)}; "
        f"{report.scanned_items} item(s) scanned, {len(report.skips)} skipped, {report.elapsed:.2f}s; "
        + f"generated {e(generated)} by credgate {e(report.tool_version)}</div>"
        f'<div class="meta" id="scanned">scanned: {e(scanned)}</div></header><main>'
    )
    if findings:
        out.append(f'<div class="badges">{badges}</div>')
        rules = sorted({(f.rule_id, f.rule_name) for f in findings})
        opts = "".join(f'<option value="{e(rid)}">{e(name)} ({e(rid)})</option>' for rid, name in rules)
        sev_boxes = "".join(
            f'<label><input type="checkbox" class="sev-filter" value="{s}" checked> {s}</label>'
            for s in _SEVERITIES if counts.get(str(s), 0))
        out.append(
            '<div id="filters">'
            '<input type="search" id="filter-text" placeholder="filter: path, rule, commit, text..." '
            'aria-label="filter findings by text">'
            f'<select id="filter-rule" aria-label="filter by rule"><option value="">all rules</option>{opts}</select>'
            f"{sev_boxes}"
            f'<span>showing <b id="shown-count">{n}</b> of {n}</span></div>'
        )
        idx = 0
        for s in _SEVERITIES:
            group = [f for f in findings if f.severity == s]
            if not group:
                continue
            out.append(f'<section class="sev-group" data-severity="{s}">'
                       f"<h2>{str(s).capitalize()} ({len(group)})</h2>")
            for f in group:
                out.append(_card(f, report, idx))
                idx += 1
            out.append("</section>")
        out.append("<h2>By rule</h2>" + _summary_table(report))
        if report.blocking:
            out.append("<details><summary>Allow all blocking findings (paste into .credgate.toml)</summary>"
                       f"<pre>{e(allowlist_block(report.blocking))}</pre></details>")
    else:
        out.append(f'<div class="empty">No findings at any severity. {report.scanned_items} item(s) scanned.</div>')
    if report.skips:
        items = "".join(f"<li><code>{e(s.path)}</code>: {e(s.reason)}" + (f" ({e(s.detail)})" if s.detail else "")
                        + "</li>" for s in report.skips[:1000])
        more = f"<li>... and {len(report.skips) - 1000} more</li>" if len(report.skips) > 1000 else ""
        out.append(f'<h2>Not scanned ({len(report.skips)})</h2><details><summary>show</summary>'
                   f'<ul id="skipped">{items}{more}</ul></details>')
    if report.warnings or report.errors:
        out.append("<h2>Warnings and errors</h2><ul>"
                   + "".join(f"<li>warning: {e(w)}</li>" for w in report.warnings)
                   + "".join(f"<li>error: {e(x)}</li>" for x in report.errors) + "</ul>")
    out.append("</main><footer>Secrets are shown redacted"
               + ("" if report.redact else " <b>NOT</b> (this report was made with --no-redact: keep it private)")
               + ". Fingerprints are stable across runs: use them in [[allowlist]] or a baseline.</footer>")

    csp = (f"default-src 'none'; style-src 'unsafe-inline'; script-src '{_script_hash(_JS)}'; "
           "img-src 'none'; base-uri 'none'; form-action 'none'")
    head = (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f'<meta http-equiv="Content-Security-Policy" content="{e(csp)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta name="referrer" content="no-referrer">'
        f"<title>{e(title)}</title><style>{_CSS}</style></head><body>"
    )
    script = f"<script>{_JS}</script>" if findings else ""
    return head + "".join(out) + script + "</body></html>\n"
