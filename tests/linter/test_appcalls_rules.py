"""Secrets set by a call (os.Setenv, System.setProperty) or nested under a purpose (.NET "Jwt": {"Key": ...})
(credgate/linter/rules/appcalls.toml), as real files with their clean neighbours.  Values drawn per test."""
from __future__ import annotations

import json
from pathlib import Path

from tests import rand
from tests.helpers import scan_files


def _tok(n: int) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rand.choice(alphabet) for _ in range(n))


def _scan(tmp_path: Path, files: dict) -> dict:
    return scan_files(tmp_path, files, "svc")[1]


def test_setter_calls_and_purpose_keys_are_read(tmp_path: Path) -> None:
    go_tok, java_pw, jwt_key = _tok(40), _tok(8) + "#" + _tok(8), _tok(48)
    by_line = _scan(tmp_path, {
        "cmd/main.go": 'package main\n\nfunc init() {\n'
                       f'\tos.Setenv("PAYMENTS_API_TOKEN", "{go_tok}")\n'
                       '\tos.Setenv("LOG_LEVEL", "debug")\n}\n',
        "src/Boot.java": 'class Boot {\n  static {\n'
                         f'    System.setProperty("javax.net.ssl.keyStorePassword", "{java_pw}");\n'
                         '    System.setProperty("javax.net.ssl.keyStore", "/etc/pki/app.p12");\n  }\n}\n',
        "api/appsettings.Production.json": json.dumps(
            {"Logging": {"LogLevel": {"Default": "Warning"}},
             "Jwt": {"Issuer": "https://auth.example.com", "Key": jwt_key}}, indent=2) + "\n",
    })
    for where, rule, secret in ((("cmd/main.go", 4), "env-setter-secret-literal", go_tok),
                                (("src/Boot.java", 3), "env-setter-secret-literal", java_pw),
                                (("api/appsettings.Production.json", 9), "appsettings-signing-key", jwt_key)):
        f = by_line.get(where)
        assert f is not None, where
        assert f["secret"] == secret
        assert f["rule_id"] == rule or rule in f.get("also_matched", []), f["rule_id"]
        assert f["severity"] in ("high", "critical"), (where, f["severity"])
    assert set(by_line) == {("cmd/main.go", 4), ("src/Boot.java", 3), ("api/appsettings.Production.json", 9)}


def test_references_and_empty_keys_are_not_reported(tmp_path: Path) -> None:
    by_line = _scan(tmp_path, {
        "cmd/main.go": 'func init() {\n\tos.Setenv("PAYMENTS_API_TOKEN", os.Getenv("VAULT_TOKEN"))\n}\n',
        "src/Boot.java": 'class Boot { static { System.setProperty("javax.net.ssl.keyStorePassword", pw); } }\n',
        "api/appsettings.json": json.dumps({"Jwt": {"Issuer": "https://auth.example.com", "Key": ""},
                                            "TokenOptions": {"SigningKey": "{{JWT_SIGNING_KEY}}"}}, indent=2) + "\n",
    })
    assert by_line == {}
