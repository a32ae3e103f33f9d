"""The Markdown report used for pull-request comments."""
from __future__ import annotations

from credgate.models import Confidence, Finding, Location, Severity
from credgate.report import Report, render
from credgate.report.markdown import code, render_markdown

SECRET = "zQ8rT2vW9yB4nM6kL1pX3cF7hJ0dG5sA"  # built here, never scanned: no provider shape


def _finding(i: int = 0, path: str = "src/a|b.py", sev: Severity = Severity.HIGH) -> Finding:
    return Finding(
        rule_id="generic-api-key", rule_name="Generic API key", severity=sev, confidence=Confidence.HIGH,
        secret=SECRET + str(i), location=Location(path=path, line=10 + i, commit="c" * 40), fingerprint=f"cg1:{i:032d}",
        why=["high entropy"], remediation="1. Revoke it.\n2. Move it to Secrets Manager.\nNotes | with pipe",
    )


def test_table_escapes_and_redacts():
    rep = Report(findings=[_finding()], command="ci", fail_on=Severity.HIGH, meta={"scope": "a..b"})
    md = render(rep, "markdown")
    assert SECRET not in md
    assert "`src/a\\|b.py:10`" in md and "**HIGH**" in md
    assert "  1. Revoke it." in md and "  - Notes \\| with pipe" in md
    assert "Scanned a..b." in md and "block this change" in md


def test_clean_report_says_so():
    md = render_markdown(Report(findings=[], command="ci", fail_on=Severity.HIGH, scanned_items=3))
    assert "No new secrets at or above high" in md and "3 items scanned" in md and "|---|" not in md


def test_below_threshold_is_not_blocking():
    md = render_markdown(Report(findings=[_finding(sev=Severity.LOW)], command="ci", fail_on=Severity.HIGH))
    assert "nothing blocks" in md and "**low**" not in md


def test_limit_drops_details_then_rows():
    rep = Report(findings=[_finding(i, path=f"f{i}.py") for i in range(300)], command="ci", fail_on=Severity.HIGH)
    full = render_markdown(rep)
    short = render_markdown(rep, max_chars=10000)
    assert len(full) > 10000 >= len(short)
    assert "more finding(s) not listed here" in short
    assert "300 findings" in short


def test_code_span_with_backticks():
    assert code("a`b") == "``a`b``"
    assert code("`x`") == "`` `x` ``"
    assert code("") == ""
