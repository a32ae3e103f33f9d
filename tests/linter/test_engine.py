"""The engine end to end on content: filters in order, allow comments, allowlists, matchers agree."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from credgate.config import build_config, Config
from credgate.linter.engine import Engine
from credgate.linter.ruleset import builtin_rules, load_ruleset
from tests.helpers import aws_pair, github_pat, private_key_pem, slack_bot_token, stripe_live_key

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(Config(), iac=False)


def ids(findings):
    return sorted({f.rule_id for f in findings})


def test_aws_pair_found_with_lines_and_redaction(engine):
    kid, sec = aws_pair()
    data = f"[default]\naws_access_key_id = {kid}\naws_secret_access_key = {sec}\n".encode()
    found = engine.scan_bytes(data, "creds")
    by_rule = {f.rule_id: f for f in found}
    assert by_rule["aws-access-key-id"].line == 2
    assert by_rule["aws-access-key-id"].secret == kid
    assert by_rule["aws-secret-access-key"].line == 3
    assert by_rule["aws-secret-access-key"].secret == sec
    assert all(f.why for f in found)


@pytest.mark.parametrize(
    "line",
    [
        "aws_access_key_id = AKIAIOSFODNN7EXAMPLE",
        'aws_secret_access_key = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"',
        'password = "${DB_PASSWORD}"',
        "password: '{{ .Values.db.password }}'",
        'api_key = "<your-api-key>"',
        'password = "changeme"',
        'password = os.environ["DB_PASSWORD"]',
        "password = get_password()",
        'secret = ""',
        "token: xxxxxxxxxxxxxxxxxxxxxxxx",
    ],
)
def test_placeholders_and_documented_examples_are_quiet(engine, line):
    assert engine.scan_bytes(line.encode() + b"\n", "app.py") == []


def test_github_checksum_is_checked(engine):
    tok = github_pat()
    assert ids(engine.scan_bytes(f'token = "{tok}"\n'.encode(), "x.py"))
    # flip one character of the random part: the CRC32 no longer matches
    bad = tok[:10] + ("A" if tok[10] != "A" else "B") + tok[11:]
    assert not [f for f in engine.scan_bytes(f'token = "{bad}"\n'.encode(), "x.py") if f.rule_id.startswith("github")]


@pytest.mark.parametrize(
    "comment",
    ["# credgate:allow", "# gitleaks:allow", "# pragma: allowlist secret", "// credgate:allow=slack-bot-token"],
)
def test_inline_allow_comments(engine, comment):
    tok = slack_bot_token()
    assert engine.scan_bytes(f'SLACK = "{tok}"\n'.encode(), "a.py")
    assert engine.scan_bytes(f'SLACK = "{tok}"  {comment}\n'.encode(), "a.py") == []


def test_allow_comment_naming_another_rule_does_not_allow(engine):
    tok = slack_bot_token()
    assert engine.scan_bytes(f'SLACK = "{tok}"  # credgate:allow=aws-access-key-id\n'.encode(), "a.py")


def test_allow_nextline(engine):
    tok = stripe_live_key()
    data = f'# pragma: allowlist nextline secret\nSTRIPE = "{tok}"\n'.encode()
    assert engine.scan_bytes(data, "a.py") == []


def _cfg(toml: str) -> Config:
    import tomllib  # noqa: F401 - 3.11+ in CI; config module handles tomli

    from credgate.config import load_toml_bytes

    return build_config(load_toml_bytes(toml.encode(), "test"), root=Path("."), path=None)


def test_allowlist_entries_paths_regex_stopwords_fingerprint_and_expiry():
    tok = stripe_live_key()
    data = f'STRIPE = "{tok}"\n'.encode()
    base = Engine(Config(), iac=False).scan_bytes(data, "src/pay.py")
    assert len(base) == 1
    fp = base[0].fingerprint
    cases = {
        'paths = ["src/**"]': [],
        'paths = ["other/**"]': ["x"],
        f'regexes = ["^{tok[:12]}"]': [],
        f'stopwords = ["{tok[8:14].lower()}"]': [],
        f'fingerprints = ["{fp}"]': [],
        'rules = ["stripe-secret-key"]\npaths = ["src/pay.py"]': [],
    }
    for body, expect in cases.items():
        eng = Engine(_cfg(f"[[allowlist]]\n{body}\nreason = 'test'\n"), iac=False)
        got = eng.scan_bytes(data, "src/pay.py")
        assert bool(got) == bool(expect), body
    # an expired entry stops suppressing and says so
    eng = Engine(_cfg(f'[[allowlist]]\nfingerprints = ["{fp}"]\nexpires = 2020-01-01\nreason = "old"\n'),
                 iac=False, today=dt.date(2026, 1, 1))
    assert eng.scan_bytes(data, "src/pay.py")
    assert any("expired" in w for w in eng.expired_allow)


def test_exclude_paths():
    kid, sec = aws_pair()
    eng = Engine(_cfg('exclude_paths = ["vendor/**"]'), iac=False)
    data = f"key={kid}\n".encode()
    assert eng.scan_bytes(data, "vendor/lib/a.txt") == []
    assert eng.scan_bytes(data, "src/a.txt")


def test_private_key_is_one_multiline_finding(engine):
    pem = private_key_pem()
    found = engine.scan_bytes(("x = 1\n" + pem).encode(), "id_rsa")
    keys = [f for f in found if "private" in f.rule_id]
    assert len(keys) == 1
    assert keys[0].line == 2
    assert keys[0].location.end_line > keys[0].line


def test_public_material_is_quiet(engine):
    data = (
        "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7vbqajDhA5U2Y0iRcjzKJY3pLyTt0N9GdBqLmwZJtB0eS host\n"
        "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAu1SU1LfVLPHCozMxH2Mo\n-----END PUBLIC KEY-----\n"
        "integrity sha512-9dWn1Qk0c4aHhTKy6PfO1kGZtWqzGxZ5tJeYBLyrGxB0nDk2hF0cMzZ8v8O3Kx9oH+KkLBFzZC0xkZ6fA==\n"
        "id: 3f2b8c1e-9a4d-4c7b-8e2f-1a6d5b9c0e3f\n"
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8\n"
    ).encode()
    assert engine.scan_bytes(data, "notes.txt") == []


def test_hyperscan_and_python_fallback_agree_on_corpus():
    rs = load_ruleset(Config())
    hs = Engine(Config(), rs, matcher="hyperscan", iac=False)
    py = Engine(Config(), rs, matcher="python", iac=False)
    assert hs.matcher.engine == "hyperscan" and py.matcher.engine == "python"
    checked = 0
    for p in sorted(CORPUS.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        a = {(f.rule_id, f.line, f.secret) for f in hs.scan_bytes(data, p.name)}
        b = {(f.rule_id, f.line, f.secret) for f in py.scan_bytes(data, p.name)}
        assert a == b, p
        checked += 1
    assert checked > 100


def test_builtin_rule_ids_unique_and_many():
    rules = builtin_rules()
    ids_ = [r.id for r in rules]
    assert len(ids_) == len(set(ids_))
    assert len(rules) >= 150


@pytest.mark.parametrize("matcher", ["hyperscan", "python"])
def test_every_builtin_rule_passes_its_examples_through_the_full_engine(matcher):
    from credgate.commands.rules import check_rules

    problems = check_rules(builtin_rules(), matcher)
    assert problems == []


def test_rules_off_a_path_are_the_rules_whose_globs_miss_it():
    """The matcher skips rules limited to ``paths`` that a file is not on (engine._off_path, answered by file
    name where the globs are names): the same set as every rule's globs tried on the whole path."""
    from credgate.globs import match_any

    eng = Engine()
    limited = [(i, r.paths) for i, r in enumerate(eng.ruleset.rules) if r.paths]
    assert limited  # the built-in rules have path-limited ones (dotenv, pgbouncer, Rails master.key ...)
    paths = [".env", "app/.env", "app/.env.production", "app/.env.example", "prod.env", "src/settings.py",
             "deploy/pgbouncer/conf/userlist.txt", "userlist.txt", "etc/userlist-prod.txt", "config/master.key",
             "app/config/credentials/production.key", "master.key", "a/b/c.json", "notes.txt", "Dockerfile",
             "docs/guide.md", "x/y/z.ps1", "k8s/values.yaml", "weird name [1].py"]
    for path in paths * 2:  # twice: the second answer comes from the by-name memo
        want = frozenset(i for i, globs in limited if not match_any(globs, path))
        assert eng._off_path(path) == want, path


@pytest.mark.parametrize("first_line", [True, False])
def test_python_matcher_reaches_a_match_that_spans_more_lines_than_its_keyword_window(first_line: bool):
    """The python engine confirms a rule in windows around its keyword hits (the hit's line and its
    neighbours); a rule whose match spans more lines (a credentials block, an inline <auth-user-pass>) must be
    found there as the hyperscan engine finds it, whichever line holds the keyword (matcher._py_reach)."""
    kw = "vaultblock" if first_line else "vaultend"
    rule = {"id": "test-five-line-block", "name": "five-line block", "severity": "high",
            "regex": r"<vaultblock>\n[^\n]{1,40}\n[^\n]{1,40}\n[^\n]{1,40}\n([A-Za-z0-9]{12,40})\n</vaultend>",
            "secret_group": 1, "keywords": [kw], "entropy": 0.0}
    cfg = build_config({"rules": [rule]}, root=Path("."), path=None)
    value = "Qm4tRz8Lw2vXcK7p"
    data = ("intro\n" * 5 + f"<vaultblock>\none\ntwo\nthree\n{value}\n</vaultend>\n" + "outro\n" * 5).encode()
    got = {}
    for matcher in ("hyperscan", "python"):
        eng = Engine(cfg, load_ruleset(cfg), matcher=matcher)
        got[matcher] = [(f.rule_id, f.line, f.secret) for f in eng.scan_bytes(data, "vault/block.txt")]
    assert got["python"] == got["hyperscan"] == [("test-five-line-block", 10, value)], got
