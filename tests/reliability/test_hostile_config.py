"""A hostile or careless config cannot hang a scan, and what it could not evaluate suppresses nothing.

Allowlist regexes (global ``[[allowlist]]`` and a custom rule's ``allowlist``) run on RE2, or on
``re`` under the user-regex time budget, after which they fail closed; path globs
(``exclude_paths``, ``[[allowlist]] paths``) match in linear time.  Each case runs the real
``credgate`` CLI on a real file with a bound on the CPU time it spends (before, each ran past a minute of
CPU; CPU rather than wall time, so a loaded CI machine does not fail a run that finished), and the secret it
must not hide is still reported.
"""
from __future__ import annotations

import json
import resource
from pathlib import Path

import pytest

from tests import helpers
from tests.reliability.conftest import cli

# CPU seconds (user + system) of the whole CLI run, start-up included; a catastrophic regex on these inputs takes
# minutes to forever, a linear one about a second
BOUND = 15.0
SLOW_BUDGET = {"CREDGATE_RULE_TIMEOUT": "0.5"}


@pytest.fixture(scope="module", autouse=True)
def _databases_built(_matcher_cache, tmp_path_factory) -> None:
    """The bound is for the regexes: build the session's rule databases first (the built-in ones compile once
    per machine, about ten seconds of CPU, whichever test comes first)."""
    f = tmp_path_factory.mktemp("warm") / "a.txt"
    f.write_text("nothing\n")
    cli(["dir", str(f)], env={"CREDGATE_CACHE_DIR": str(_matcher_cache), "CREDGATE_HS_BUILD": "now"})


def _run(args: list[str], env: "dict | None" = None) -> tuple[object, dict, float]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    p = cli(["dir", *args, "-f", "json"], env=env, timeout=300)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    took = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return p, json.loads(p.out), took


def _toml_str(s: str) -> str:
    return "'" + s + "'"  # literal string: backslashes stay as written


def _key_file(root: Path, tail: str) -> tuple[Path, str]:
    """An AWS key whose line ends in ``tail`` (a long run of a's that a bad regex chokes on)."""
    kid, sec = helpers.aws_pair()
    f = root / "app.env"
    f.write_text(f"AWS_ACCESS_KEY_ID={kid} # {tail}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    return f, kid


def _config(root: Path, text: str) -> Path:
    cfg = root / "cfg.toml"
    cfg.write_text(text)
    return cfg


def test_global_allowlist_regex_catastrophic_on_re2_finishes_and_keeps_the_finding(tmp_path):
    f, kid = _key_file(tmp_path, "a" * 350 + "!")
    cfg = _config(tmp_path, f"[[allowlist]]\nline_regexes = [{_toml_str('(a+)+$')}]\n"
                            f"regexes = [{_toml_str('([A-Za-z0-9/+]|[A-Za-z0-9/+])*!')}]\n")
    p, doc, took = _run([str(f), "-c", str(cfg)], env={"CREDGATE_RULE_TIMEOUT": "60"})
    assert took < BOUND
    assert p.returncode == 1
    assert "aws-access-key-id" in {x["rule_id"] for x in doc["findings"]}
    assert doc["skipped"] == []  # RE2 evaluated it: nothing was left unevaluated


def test_global_allowlist_regex_re2_cannot_express_times_out_and_fails_closed(tmp_path):
    f, kid = _key_file(tmp_path, "a" * 350 + "!")
    cfg = _config(tmp_path, f"[[allowlist]]\nline_regexes = [{_toml_str('(?=a)(a+)+$')}]\n")
    p, doc, took = _run([str(f), "-c", str(cfg)], env=SLOW_BUDGET)
    assert took < BOUND
    assert p.returncode == 1
    assert "aws-access-key-id" in {x["rule_id"] for x in doc["findings"]}
    reasons = [(Path(s["path"]).name, s["reason"]) for s in doc["skipped"]]
    assert reasons == [("app.env", "allowlist-timeout")]
    assert "(?=a)(a+)+$" in doc["skipped"][0]["detail"] and "fail closed" in doc["skipped"][0]["detail"]


def test_a_working_allowlist_regex_still_suppresses(tmp_path):
    f, kid = _key_file(tmp_path, "reviewed")
    cfg = _config(tmp_path, "[[allowlist]]\nline_regexes = ['# reviewed$']\nrules = ['aws-access-key-id']\n")
    p, doc, _ = _run([str(f), "-c", str(cfg)])
    assert "aws-access-key-id" not in {x["rule_id"] for x in doc["findings"]}


_RULE = """
[[rules]]
id = "team-token"
name = "Team token"
regex = 'teamtok_([A-Za-z0-9]{{32}})'
secret_group = 1
keywords = ["teamtok_"]
severity = "high"
[rules.allowlist]
{allow}
"""


def _team_token_file(root: Path) -> tuple[Path, str]:
    tok = helpers._rand("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", 32)
    f = root / "team.txt"
    f.write_text(f"teamtok_{tok} " + "a" * 50_000 + "!\n")
    return f, tok


def test_rule_allowlist_regexes_catastrophic_on_re2_finish_and_keep_the_finding(tmp_path):
    f, tok = _team_token_file(tmp_path)
    allow = (f"regexes = [{_toml_str('([A-Za-z0-9]|[A-Za-z0-9])*!')}]\n"
             f"lines = [{_toml_str('(a+)+$')}]")
    cfg = _config(tmp_path, _RULE.format(allow=allow))
    p, doc, took = _run([str(f), "-c", str(cfg)], env={"CREDGATE_RULE_TIMEOUT": "60"})
    assert took < BOUND
    assert p.returncode == 1
    assert [x["rule_id"] for x in doc["findings"]] == ["team-token"]


def test_rule_allowlist_regex_re2_cannot_express_times_out_and_fails_closed(tmp_path):
    f, tok = _team_token_file(tmp_path)
    allow = f"lines = [{_toml_str('(?<=teamtok_)[^!]*(a+)+$')}]"
    cfg = _config(tmp_path, _RULE.format(allow=allow))
    p, doc, took = _run([str(f), "-c", str(cfg)], env=SLOW_BUDGET)
    assert took < BOUND
    assert p.returncode == 1
    assert [x["rule_id"] for x in doc["findings"]] == ["team-token"]
    assert [s["reason"] for s in doc["skipped"]] == ["allowlist-timeout"]
    assert "team-token" in doc["skipped"][0]["detail"]


def _long_path_file(root: Path) -> tuple[Path, str]:
    """A real file ~3,000 characters deep whose every segment is a run of a's."""
    d = root
    for _ in range(14):
        d = d / ("a" * 200)
    d.mkdir(parents=True)
    kid, sec = helpers.aws_pair()
    f = d / ("a" * 100 + ".env")
    f.write_text(f"AWS_ACCESS_KEY_ID={kid}\nAWS_SECRET_ACCESS_KEY={sec}\n")
    return f, kid


EVIL_GLOB = "*a*a*a*a*a*a*a*a*a*a*a*a*b"


def test_exclude_paths_glob_on_a_long_path_is_linear(tmp_path):
    f, kid = _long_path_file(tmp_path)
    cfg = _config(tmp_path, f"exclude_paths = [{_toml_str(EVIL_GLOB)}, {_toml_str('**/a*a*a*a*a*a*a*a*a*z/**')}]\n")
    p, doc, took = _run([str(tmp_path), "-c", str(cfg)])
    assert took < BOUND
    assert p.returncode == 1
    assert "aws-access-key-id" in {x["rule_id"] for x in doc["findings"]}


def test_allowlist_paths_glob_on_a_long_path_is_linear(tmp_path):
    f, kid = _long_path_file(tmp_path)
    cfg = _config(tmp_path, f"[[allowlist]]\npaths = [{_toml_str(EVIL_GLOB)}]\n\n"
                            f"[[allowlist]]\npaths = [{_toml_str(EVIL_GLOB)}]\nrules = ['aws-access-key-id']\n")
    p, doc, took = _run([str(tmp_path), "-c", str(cfg)])
    assert took < BOUND
    assert p.returncode == 1
    assert "aws-access-key-id" in {x["rule_id"] for x in doc["findings"]}
    # the same kind of glob still excludes what it names
    ok = _config(tmp_path, "[[allowlist]]\npaths = ['*a*a*a*.env']\n")
    p, doc, _ = _run([str(tmp_path), "-c", str(ok)])
    assert p.returncode == 0 and doc["findings"] == []


def test_without_re2_the_budget_ends_a_catastrophic_allowlist_regex_and_it_fails_closed(tmp_path):
    """An install without google-re2 (simulated by a module that refuses to import): the same
    `(a+)+$` runs on re under the budget, runs out, and suppresses nothing."""
    shadow = tmp_path / "no_re2"
    shadow.mkdir()
    (shadow / "re2.py").write_text("raise ImportError('google-re2 not installed (test)')\n")
    f, kid = _key_file(tmp_path, "a" * 350 + "!")
    cfg = _config(tmp_path, f"[[allowlist]]\nline_regexes = [{_toml_str('(a+)+$')}]\n")
    p, doc, took = _run([str(f), "-c", str(cfg)], env={**SLOW_BUDGET, "PYTHONPATH": str(shadow)})
    assert took < BOUND
    assert p.returncode == 1
    assert "aws-access-key-id" in {x["rule_id"] for x in doc["findings"]}
    assert [s["reason"] for s in doc["skipped"]] == ["allowlist-timeout"]
