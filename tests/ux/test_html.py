"""The HTML report as a file: self-contained, redacted, escaped, with a CSP that admits only its own script."""
from __future__ import annotations

import base64
import hashlib
import re
from html.parser import HTMLParser
from pathlib import Path

from tests.helpers import aws_pair, github_pat, run_credgate, stripe_live_key

SCRIPT_PAYLOAD = "<script>document.title='pwned'</script>"


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = True
            self.scripts.append("")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data


def plant_hostile(root: Path) -> dict[str, str]:
    """Secrets in files whose names and lines carry markup."""
    key_id, secret = aws_pair()
    pat, stripe = github_pat(), stripe_live_key()
    d = root / "<img src=x onerror=alert(1)>"
    d.mkdir()
    (d / "conf.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"  # {SCRIPT_PAYLOAD}\n'
                               f'AWS_SECRET_ACCESS_KEY = "{secret}"\n')
    (root / f"{SCRIPT_PAYLOAD.replace('/', '_')}.js").write_text(f'const t = "{pat}"; // </pre><b>x</b>\n')
    (root / "pay.rb").write_text(f'STRIPE = "{stripe}" # " onmouseover="alert(2)\n')
    return {"key_id": key_id, "secret": secret, "pat": pat, "stripe": stripe}


def render_html(root: Path, *extra: str) -> tuple[int, str]:
    out = root.parent / f"{root.name}-report.html"
    proc = run_credgate(["dir", str(root), "--format", "html", "-o", str(out), *extra], cwd=root.parent)
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, out.read_text(encoding="utf-8")


def test_page_is_self_contained_escaped_and_redacted(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    secrets_ = plant_hostile(root)
    rc, page = render_html(root)
    assert rc == 1
    for v in secrets_.values():
        assert v not in page
    p = _Collect()
    p.feed(page)
    # exactly one script: ours; nothing from the scanned content became markup
    assert len(p.scripts) == 1 and "document.title" not in p.scripts[0]
    assert not [t for t, a in p.tags if t == "img" or any(k.startswith("on") for k in a)]
    assert "&lt;script&gt;document.title=" in page and "&lt;img src=x onerror=alert(1)&gt;" in page
    # no external assets at all
    assert not re.search(r"""(?:src|href)\s*=\s*["']?(?:https?:)?//""", page)
    assert not [t for t, a in p.tags if t in ("link", "img", "iframe", "object", "embed")]
    # the CSP admits exactly our script by hash
    csp = next(a["content"] for t, a in p.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    digest = base64.b64encode(hashlib.sha256(p.scripts[0].encode()).digest()).decode()
    assert f"'sha256-{digest}'" in csp and "default-src 'none'" in csp
    # grouped by severity, with location, exposure and remediation for each finding
    cards = [a for t, a in p.tags if t == "article"]
    assert len(cards) == 4 and {c["data-severity"] for c in cards} <= {"critical", "high", "medium", "low", "info"}
    for label in ("Location", "Exposure", "Why live", "Move it", "Allow it", "Remediation"):
        assert page.count(f">{label}<") == 4, label
    assert page.index('data-severity="critical"') < page.rindex("By rule")


def test_no_redact_is_said_on_the_page(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    key_id, secret = aws_pair()
    (root / "a.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n')
    _, page = render_html(root, "--no-redact")
    assert secret in page and "--no-redact" in page
    _, clean = render_html(root)
    assert secret not in clean


def test_clean_scan_page(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "ok.py").write_text("print('hello')\n")
    rc, page = render_html(root)
    assert rc == 0 and "No findings" in page and "<script" not in page
