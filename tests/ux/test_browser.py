"""The HTML report in a real headless Chromium (Debian's chromium + chromium-driver, driven by Selenium).

Renders a report from a real scan of a temp folder, opens it as file://, and
checks that the findings appear, that filtering by severity, rule and text
hides and shows the right cards, and that nothing from the scanned content
runs as script.  CI installs chromium (.ci/run); a missing browser is a
failure with the install command, never a skip.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests.helpers import aws_key_id, aws_pair, github_pat, run_credgate, slack_bot_token, stripe_live_key
from tests.ux.test_html import plant_hostile
from tests import rand

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 "--window-size=1280,1600"]


def _find(*names: str) -> str:
    for n in names:
        p = shutil.which(n) or (n if os.path.isabs(n) and os.access(n, os.X_OK) else None)
        if p:
            return p
    raise AssertionError(f"none of {names} found: install them with "
                         "`apt-get install -y chromium chromium-driver` (.ci/run does this in CI)")


@pytest.fixture(scope="module")
def browser():
    os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager: no telemetry (and it is not used below)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    binary = _find("/usr/bin/chromium", "chromium", "chromium-browser")
    driver_path = _find("/usr/bin/chromedriver", "chromedriver")
    opts = webdriver.ChromeOptions()
    opts.binary_location = binary
    for a in CHROMIUM_ARGS:
        opts.add_argument(a)
    opts.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=opts)
    driver.set_page_load_timeout(60)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    """A real scan of a folder with findings of several severities and rules, plus hostile names."""
    root = tmp_path_factory.mktemp("scan") / "proj"
    root.mkdir()
    key_id, secret = aws_pair()
    (root / "config.py").write_text(f'AWS_ACCESS_KEY_ID = "{key_id}"\nAWS_SECRET_ACCESS_KEY = "{secret}"\n'
                                    f'token = "{github_pat()}"\n')
    (root / "app.env").write_text(f"STRIPE={stripe_live_key()}\nSLACK={slack_bot_token()}\n")
    (root / "lonely.py").write_text(f'key_id = "{aws_key_id()}"\n')
    (root / "extra.py").write_text('password = "Xk29fj3LmQp8zR7w"\n')

    (root / "billing_test_mode.py").write_text(f'STRIPE_TEST_KEY = "sk_test_{"".join(rand.choice("abcdefghijkLMNOPQRS0123456789") for _ in range(24))}"\n')
    plant_hostile(root)
    js = run_credgate(["dir", str(root), "--format", "json", "--fail-on", "info"], cwd=root)
    expected = json.loads(js.stdout)["findings"]
    out = root.parent / "report.html"
    proc = run_credgate(["dir", str(root), "--format", "html", "-o", str(out), "--fail-on", "info"], cwd=root)
    assert proc.returncode == 1, proc.stderr.decode()
    return out, expected


def _visible(driver) -> list[dict]:
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('article.finding'))"
        ".filter(function(c){return c.offsetParent!==null;})"
        ".map(function(c){return {sev:c.dataset.severity, rule:c.dataset.rule, text:c.innerText};});")


def _count(driver) -> int:
    return int(driver.find_element("id", "shown-count").text)


def test_findings_appear_and_filters_hide_and_show_the_right_cards(browser, report):
    from selenium.webdriver.support.ui import Select

    path, expected = report
    browser.get(Path(path).as_uri())
    sevs = {f["severity"] for f in expected}
    rules = {f["rule_id"] for f in expected}
    assert len(sevs) >= 3 and len(rules) >= 5, expected  # the fixture exercises the filters

    # every finding is on the page, in its severity group, redacted
    cards = _visible(browser)
    assert len(cards) == len(expected) == _count(browser)
    assert sorted((c["sev"], c["rule"]) for c in cards) == sorted((f["severity"], f["rule_id"]) for f in expected)
    groups = browser.execute_script(
        "return Array.from(document.querySelectorAll('section.sev-group')).map(function(g){"
        "return [g.dataset.severity, Array.from(g.querySelectorAll('article')).map(function(a){"
        "return a.dataset.severity;})];});")
    order = ["critical", "high", "medium", "low", "info"]
    assert [g[0] for g in groups] == [s for s in order if s in sevs]
    assert all(set(members) == {sev} for sev, members in groups)
    for f in expected:
        assert any(f["path"] in c["text"] and f["secret"] in c["text"] for c in cards), f["path"]

    # severity: untick the most severe level -> its cards and its group heading disappear
    top = next(s for s in order if s in sevs)
    browser.find_element("css selector", f"input.sev-filter[value='{top}']").click()
    shown = _visible(browser)
    assert shown and all(c["sev"] != top for c in shown)
    assert len(shown) == sum(1 for f in expected if f["severity"] != top) == _count(browser)
    assert not browser.find_element("css selector", f"section.sev-group[data-severity='{top}']").is_displayed()
    browser.find_element("css selector", f"input.sev-filter[value='{top}']").click()
    assert len(_visible(browser)) == len(expected)

    # rule: only that rule's cards
    rule = "aws-access-key-id"
    Select(browser.find_element("id", "filter-rule")).select_by_value(rule)
    shown = _visible(browser)
    assert {c["rule"] for c in shown} == {rule}
    assert len(shown) == sum(1 for f in expected if f["rule_id"] == rule) == _count(browser)
    Select(browser.find_element("id", "filter-rule")).select_by_value("")

    # text: a path matches only the cards at that path; no match hides everything
    box = browser.find_element("id", "filter-text")
    box.send_keys("lonely.py")
    shown = _visible(browser)
    assert shown and all("lonely.py" in c["text"] for c in shown)
    assert len(shown) == sum(1 for f in expected if f["path"].endswith("lonely.py"))
    box.clear()
    box.send_keys("no-such-thing-anywhere")
    assert _visible(browser) == [] and _count(browser) == 0
    box.clear()
    box.send_keys(" ")  # clear() fires no input event in every driver: type, then erase
    box.send_keys("\b")
    assert len(_visible(browser)) == len(expected)


def test_scanned_content_never_runs_as_script(browser, report):
    from selenium.common.exceptions import NoAlertPresentException

    path, _ = report
    browser.get(Path(path).as_uri())
    assert browser.title.startswith("credgate")  # the planted <script> would set it to 'pwned'
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - the planted onerror/onmouseover would alert
    assert browser.execute_script("return document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert browser.execute_script("return document.scripts.length") == 1
    # our own script ran under the CSP (the count was set by it, not only by the server side)
    assert browser.execute_script("return document.getElementById('shown-count').textContent") != ""
    errors = [e for e in browser.get_log("browser") if e.get("level") == "SEVERE"]
    assert not errors, errors
