"""Provider tokens and application secrets, third round (issue 17, session 6), through the CLI.

1. PagerDuty: Events v2 integration (routing) keys under integration-key names in JSON, in a wiki table and
   in prose, and as the routing_key of an Events v2 payload (code, a Step Functions HTTP task); REST API
   tokens after ``Token token=``, under pd_* names and in prose;
2. prefixed tokens of developer platforms (Linear, Notion, Airtable, Figma, Resend, Tailscale, Prefect,
   Langfuse, Linear OAuth);
3. application secrets in code: ``wandb.login(key=...)`` and ``Client(key="...")`` in notebook cells (the
   cells are JSON strings with escaped quotes), an unknown vendor's ``cb_live_...`` key, a vendor-prefixed
   key under a ``*_KEY`` constant, a ``key=`` keyword argument;
4. clean look-alikes: repeated test words in a Kotlin test, test values in test sources, Datadog RUM client
   tokens (``pub`` + 32 hex, public by design), a message broker's routing key, placeholders in docs,
   cache keys, boto3 ``Key=``, keys read from the environment in a notebook.

Fixtures: tests/fixtures/providers3_classes/{miss,clean} (synthetic test values).  They are scanned with an
empty config, since the repository's own .credgate.toml allowlists tests/fixtures/** by path.
"""
from __future__ import annotations

import json
from pathlib import Path

from tests.helpers import aws_key_id, findings_by_line, github_pat, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "providers3_classes"

# (file under miss/, line) -> (rule that must report it, its severity)
MISSES = {
    ("monitoring/pagerduty-services-test.json", 6): ("pagerduty-integration-key-written", "high"),
    ("monitoring/pagerduty-services-test.json", 11): ("pagerduty-integration-key-written", "high"),
    ("docs/oncall-wiki-test.md", 5): ("pagerduty-integration-key-written", "high"),  # routing key in a table
    ("docs/oncall-wiki-test.md", 6): ("linear-api-key", "high"),
    ("docs/oncall-wiki-test.md", 8): ("pagerduty-rest-api-token-written", "high"),  # prose
    ("docs/oncall-wiki-test.md", 9): ("pagerduty-integration-key-written", "high"),  # prose, bold
    ("docs/oncall-wiki-test.md", 13): ("pagerduty-integration-key-written", "high"),  # a PagerDuty row's cell
    ("docs/oncall-wiki-test.md", 14): ("pagerduty-integration-key-written", "high"),
    ("scripts/page_oncall_test.sh", 3): ("pagerduty-rest-api-token-written", "high"),  # Token token=
    ("scripts/page_oncall_test.sh", 4): ("pagerduty-rest-api-token-written", "high"),  # PD_API_KEY
    ("config/alerts-test.yaml", 3): ("pagerduty-rest-api-token-written", "high"),  # pd_rest_token
    ("infra/export-alarm-test.asl.json", 12): ("pagerduty-events-payload-routing-key", "high"),  # Step Functions
    ("app/notify_test.py", 5): ("pagerduty-events-payload-routing-key-first", "high"),  # Events v2 body
    ("config/platform-test.env", 2): ("notion-integration-token", "high"),
    ("config/platform-test.env", 3): ("airtable-personal-access-token", "high"),
    ("config/platform-test.env", 4): ("figma-personal-access-token", "high"),
    ("config/platform-test.env", 5): ("resend-api-key", "high"),
    ("config/platform-test.env", 6): ("tailscale-key", "high"),
    ("config/platform-test.env", 7): ("prefect-api-key", "high"),
    ("config/platform-test.env", 8): ("langfuse-secret-key", "high"),
    ("config/platform-test.env", 9): ("linear-oauth-access-token", "high"),
    ("notebooks/train_model_test.ipynb", 19): ("huggingface-access-token", "high"),  # a cell's output
    ("notebooks/train_model_test.ipynb", 25): ("wandb-login-key", "high"),
    ("notebooks/train_model_test.ipynb", 36): ("call-argument-secret", "medium"),  # key=\"...\" in a cell
    ("notebooks/train_model_test.ipynb", 37): ("generic-high-entropy-secret", "medium"),
    ("app/claims_test.py", 2): ("vendor-live-secret-key", "medium"),  # CLAIMBRIDGE_KEY = "cb_live_..."
    ("app/claims_test.py", 3): ("prefixed-key-under-key-name", "medium"),
    ("app/claims_test.py", 4): ("call-argument-secret", "medium"),
    ("app/ledger_test.ts", 2): ("vendor-live-secret-key", "medium"),
}


def test_provider_and_application_secrets_are_reported_at_their_severity(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = scan_built_in(d, tmp_path)
    got = findings_by_line(found, d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rule, severity) in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        assert f["severity"] == severity, (where, f["severity"])
    assert code == 1


def test_notebook_findings_keep_the_file_line_and_the_literal(tmp_path: Path) -> None:
    d = FIX / "miss" / "notebooks"
    raw = (d / "train_model_test.ipynb").read_text().splitlines()
    _, found = scan_built_in(d, tmp_path)
    for f in found:
        line = raw[f["line"] - 1]
        assert f["secret"] in line, (f["line"], f["rule_id"])
        assert "\\" not in f["secret"] and '"' not in f["secret"]


def test_clean_look_alikes_stay_quiet(tmp_path: Path) -> None:
    d = FIX / "clean"
    code, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_a_real_looking_key_in_a_test_file_still_blocks(tmp_path: Path) -> None:
    # test sources are not ignored: only values that say they are test values are
    src = (FIX / "clean" / "src" / "test" / "kotlin" / "com" / "example" / "hl7" / "Hl7ClientTest.kt").read_text()
    d = tmp_path / "scan" / "src" / "test" / "kotlin"
    d.mkdir(parents=True)
    (d / "Hl7ClientTest.kt").write_text(src.replace("}\n", f'    private val live = "{github_pat()}"\n'
                                                    f'    private val keyId = "{aws_key_id()}"\n'
                                                    '    private val secret2 = "Wq7dLp2vRk9sTz4mXc8bNf3hJ6yG"\n}\n'))
    code, found = scan_built_in(tmp_path / "scan", tmp_path)
    assert sorted(f["line"] for f in found) == [7, 8, 9], [(f["line"], f["rule_id"]) for f in found]
    assert code == 1


def test_datadog_api_keys_still_block_beside_a_public_client_token(tmp_path: Path) -> None:
    d = tmp_path / "scan"
    d.mkdir()
    (d / "datadog.ts").write_text(
        "export const dd = {\n"
        "  clientToken: 'pub" + "4b8e2d9c1a7f3e5b0d6c8a2e9f1b4d7c" + "',\n"
        "  apiKey: '" + "9d2c4f6bd41f7b2c9e8a6d3f1c5b0e7a" + "',\n"
        "};\nDD_APP_KEY=" + "5e1c9a7f3b2d8e6c4a0f1b9d7e3c5a2f8b6d4e1c" + "\n")
    code, found = scan_built_in(d, tmp_path)
    assert sorted(f["line"] for f in found) == [3, 5], [(f["line"], f["rule_id"]) for f in found]
    assert code == 1


def test_the_notebook_view_keeps_every_line_and_leaves_other_lines_alone() -> None:
    from credgate.linter.notebook import notebook_view

    raw = (FIX / "miss" / "notebooks" / "train_model_test.ipynb").read_bytes()
    view = notebook_view(raw)
    assert view is not None and view.count(b"\n") == raw.count(b"\n")
    for a, b in zip(raw.split(b"\n"), view.split(b"\n")):
        if not a.strip().startswith(b'"') or b'": ' in a:  # keys and structure: unchanged
            assert a == b
    assert b'key="' in view and b'key=\\"' not in view
    # a notebook without escapes (only the trailing \n of each line) is scanned as it is
    assert notebook_view(b'{\n "cells": [\n  "print(1)\\n"\n ]\n}\n') is None


def test_a_cell_source_saved_as_one_string_is_read_as_code(tmp_path: Path) -> None:
    d = tmp_path / "scan"
    d.mkdir()
    key = "Hq4vT8wLz2mP6xRcN9bK3s" + "Yt"
    cell = {"cell_type": "code", "metadata": {}, "outputs": [],
            "source": f'import vendor\nclient = vendor.Client(region="eu", key="{key}")\n'}
    (d / "one_string.ipynb").write_text(json.dumps({"cells": [cell], "metadata": {}, "nbformat": 4,
                                                    "nbformat_minor": 5}, indent=1) + "\n")
    code, found = scan_built_in(d, tmp_path)
    assert [(f["rule_id"], f["secret"]) for f in found] == [("call-argument-secret", key)]
    assert code == 1
