"""Weak passwords built on a default word (``Password123!``, ``Qwerty!234``, ``Adm1n@2025``) under a password or
secret key of a live configuration are the password a service logs in with: they block at medium.  In a test
resource, a document, an example or a template the same values stay fixtures, and single default words
(``postgres``, ``admin``, ``changeme``) stay local defaults wherever they are."""
from __future__ import annotations

from pathlib import Path

import pytest

from credgate.linter import filters
from tests import rand
from tests.helpers import scan_files

_WORDS = ("Password", "P@ssw0rd", "Qwerty", "Letmein", "Admin", "Welcome", "Passw0rd")


def _weak() -> str:
    """A default word, then a year or digits and a symbol, in one of the orders people type them."""
    word, digits, sym = rand.choice(_WORDS), str(1 + rand.randbelow(2030)), rand.choice("!@#$*?")
    return rand.choice((word + digits + sym, word + sym + digits, word + digits))


@pytest.mark.parametrize("key,value,expected", [
    ("DB_PASSWORD=", "Password123!", True),
    ("dbPass: ", "Qwerty!234", True),
    ("'legacyPass' => '", "Letmein2024", True),
    ("<ApiPwd>", "Admin@2025", True),
    ("KAFKA_PASSWD=", "Passw0rd!", True),
    ('<add key="smtp-password" value="', "Password&17", True),
    ("serviceSecret = \"", "Admin#2024", True),
    ("password: ", "postgres", False),       # a single word: a local default
    ("password: ", "changeme1", False),      # two classes only
    ("password: ", "Summer2024!", False),    # no default word: the generic checks keep it anyway
    ("bypass: ", "Password123!", False),     # not a password key
    ("compass = ", "Password123!", False),
    ("password: ", "Testing123!", False),    # says it is a test value
    ("api_token: ", "Password123!", False),  # a token is no password slot
    ("client_secret: ", "7f3c9a2e-1b4d-4c8e-9f0a-2d6b8e1c3a5f", False),  # a UUID keeps its own checks
])
def test_default_style_password(key: str, value: str, expected: bool) -> None:
    assert filters.default_style_password(key, value) is expected


@pytest.mark.parametrize("path,live", [
    ("services/billing/config/application-prod.yml", True),
    ("deploy/docker-compose.yml", True),
    ("infra/cfn/params/prod.json", True),
    ("services/billing/src/test/resources/application-test.properties", False),
    ("docs/setup.md", False),
    ("config/settings.example.yml", False),
    ("tests/fixtures/users.yml", False),
    ("web/__tests__/login.test.ts", False),
])
def test_live_config_path(path: str, live: bool) -> None:
    assert filters.live_config_path(path) is live


def test_default_word_passwords_block_in_live_configs_only(tmp_path: Path) -> None:
    a, b, c, d, e = _weak(), _weak(), _weak(), _weak(), _weak()
    code, by_line = scan_files(tmp_path, {
        "services/ledger/config/prod.yml": f"database:\n  host: ledger-db.internal\n  password: {a}\n",
        "services/ledger/.env.production": f"SMTP_PASS={b}\n",
        "services/ledger/src/config.ts": f'export const PAYMENT_PASSWORD = "{c}";\n',
        "deploy/compose/partner.yml": f"services:\n  bridge:\n    environment:\n      PARTNER_SECRET: {d}\n",
        "ops/kafka/client.properties": f"ssl.keystore.password={e}\n",
        # the same values where they are fixtures or illustrations
        "services/ledger/src/test/resources/application-test.yml": f"spring:\n  datasource:\n    password: {a}\n",
        "docs/runbooks/ledger.md": f"Set `password: {b}` in your local file first.\n",
        "config/settings.example.yml": f"password: {c}\n",
        # single default words stay local defaults
        "deploy/compose/dev.yml": "services:\n  db:\n    environment:\n      POSTGRES_PASSWORD: postgres\n      MYSQL_ROOT_PASSWORD: root\n",
    }, "svc")
    assert code == 1
    live = {("services/ledger/config/prod.yml", 3), ("services/ledger/.env.production", 1),
            ("services/ledger/src/config.ts", 1), ("deploy/compose/partner.yml", 4),
            ("ops/kafka/client.properties", 1)}
    for where in live:
        assert where in by_line, where
        assert by_line[where]["severity"] in ("medium", "high", "critical"), (where, by_line[where]["severity"])
    blocking = {k for k, f in by_line.items() if f["severity"] in ("medium", "high", "critical")}
    assert blocking == live
