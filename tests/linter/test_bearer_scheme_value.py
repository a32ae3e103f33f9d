"""token-key-bearer-scheme-value (credgate/linter/rules/toolconfigs.toml): a token key whose value keeps its
HTTP auth scheme ("Bearer <token>", "Token <token>"), as Cargo's credentials.toml does for alternative
registries.  The assignment rules read only the scheme word and drop it; this rule reads the token after it.
Values are drawn per test (tests/rand.py), never real."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")
ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _tok(n: int = 36) -> str:
    return "".join(rand.choice(ALNUM) for _ in range(n))


CASES = [
    ("cargo", ".cargo/credentials.toml", '[registries.corp]\ntoken = "Bearer {v}"\n'),
    ("cargo-config", ".cargo/config.toml", "[registries.corp]\nindex = \"sparse+https://r.example/\"\ntoken = 'Bearer {v}'\n"),
    ("yaml-auth-token", "deploy/client.yaml", "registry:\n  auth_token: \"Token {v}\"\n"),
    ("json-token", "config/settings.json", '{{\n  "apiToken": "Bearer {v}"\n}}\n'),
    ("ini-unquoted", "etc/agent.ini", "[upload]\naccess_token = Bearer {v}\n"),
]


@pytest.mark.parametrize("case,rel,template", CASES, ids=[c[0] for c in CASES])
def test_scheme_prefixed_token_blocks(tmp_path: Path, case: str, rel: str, template: str) -> None:
    value = _tok()
    text = template.format(v=value)
    _code, by_line = scan_files(tmp_path, {rel: text}, "host")
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if value in ln)
    f = by_line.get((rel, line))
    assert f is not None, (case, sorted(by_line))
    assert f["severity"] in BLOCKING, (case, f["severity"])


def test_scheme_word_without_token_is_quiet(tmp_path: Path) -> None:
    files = {
        ".cargo/credentials.toml": '[registries.corp]\ntoken = "Bearer ${CORP_TOKEN}"\n',
        "docs/client.yaml": "auth_token: \"Bearer <paste-your-token-here>\"\nscheme_token: Bearer\n",
        "src/auth.py": 'token = "Bearer " + access_token\nheader_token = f"Bearer {tok}"\n',
    }
    code, by_line = scan_files(tmp_path, files, "host")
    assert by_line == {}
    assert code == 0
