"""Credentials kept as rows of a settings table (name, value) in SQL dumps and seeds
(credgate/linter/rules/configs.toml sql-settings-row-secret), with their clean neighbours.  Values drawn per test."""
from __future__ import annotations

from pathlib import Path

from tests import rand
from tests.helpers import scan_files


def _tok(n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rand.choice(alphabet) for _ in range(n))


def _scan(tmp_path: Path, files: dict) -> dict:
    return scan_files(tmp_path, files, "app")[1]


def test_settings_rows_in_dumps_and_seeds_are_found(tmp_path: Path) -> None:
    human = "Harbor" + str(10 + rand.randbelow(89)) + "!"
    machine = _tok(20)
    mailer = _tok(24)
    by_line = _scan(tmp_path, {
        "backups/mysql/settings-2026-11-01.sql":
            "-- MySQL dump 10.13\n"
            "LOCK TABLES `integration_settings` WRITE;\n"
            f"INSERT INTO `integration_settings` VALUES (1,'smtp_host','mail.internal'),(2,'smtp_password','{human}');\n"
            "UNLOCK TABLES;\n",
        "db/seeds/002_settings.sql":
            "INSERT INTO settings (name, value) VALUES ('partner_api_key', '" + machine + "');\n"
            "INSERT INTO settings (name, value) VALUES ('password_min_length', '12');\n"
            "INSERT INTO settings (name, value) VALUES ('smtp_password', '');\n",
        "wp/wp_options.sql":
            f"INSERT INTO `wp_options` VALUES (1,'siteurl','https://shop.internal','yes'),(212,'mailer_api_key','{mailer}','yes');\n",
    })
    want = {("backups/mysql/settings-2026-11-01.sql", 3): human,
            ("db/seeds/002_settings.sql", 1): machine,
            ("wp/wp_options.sql", 1): mailer}
    assert set(by_line) == set(want), sorted(by_line)
    for where, secret in want.items():
        f = by_line[where]
        assert f["secret"] == secret, where
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    # a machine-random value under a password/key name ranks high, as in any other home
    assert by_line[("db/seeds/002_settings.sql", 1)]["severity"] in ("high", "critical")


def test_code_tuples_and_hashes_are_not_settings_rows(tmp_path: Path) -> None:
    by_line = _scan(tmp_path, {
        "app/forms.py": "CHOICES = [('password', 'Password'), ('token', 'Token')]\n",
        "db/users.sql": "INSERT INTO users VALUES (1,'admin_password','$2y$10$" + _tok(53) + "');\n",
        "db/env.sql": "INSERT INTO settings (name, value) VALUES ('smtp_password', '${SMTP_PASSWORD}');\n",
    })
    assert not [k for k, f in by_line.items() if f["rule_id"] == "sql-settings-row-secret"], by_line
