"""Passwords handed to redis-server or to a password builder method, through the CLI (values made at run time)."""
from __future__ import annotations

import json
import string

from tests.helpers import run_credgate
from tests import rand


def _pw() -> str:
    alphabet = string.ascii_letters + string.digits
    return "".join(rand.choice(alphabet) for _ in range(10)) + "_7#"


def _found(tmp_path, name: str, text: str) -> set:
    (tmp_path / "empty.toml").write_text("")
    (tmp_path / name).write_text(text)
    proc = run_credgate(["dir", name, "-f", "json", "--config", "empty.toml"], cwd=tmp_path)
    return {(f["rule_id"], f["line"]) for f in json.loads(proc.stdout)["findings"]}


def test_redis_server_password_in_compose_exec_and_shell_form(tmp_path):
    a, b = _pw(), _pw()
    text = (f'services:\n  cache:\n    command: ["redis-server", "--requirepass", "{a}"]\n'
            f'  replica:\n    command: redis-server --appendonly yes --masterauth {b}\n'
            '  other:\n    command: ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n')
    found = _found(tmp_path, "docker-compose.yml", text)
    assert ("redis-server-requirepass", 3) in found and ("redis-server-requirepass", 5) in found
    assert not any(line == 7 for _, line in found)


def test_password_builder_methods(tmp_path):
    pw = _pw()
    text = ('class Stack {\n  void build() {\n'
            f'    CfnDBCluster.Builder.create(this, "Db").masterUserPassword("{pw}").build();\n'
            '    ds.setPassword(System.getenv("DB_PASSWORD"));\n'
            '    other.masterUserPassword(SecretValue.secretsManager("prod/db"));\n  }\n}\n')
    found = _found(tmp_path, "Stack.java", text)
    assert any(line == 3 for _, line in found), found
    assert not any(line in (4, 5) for _, line in found), found
