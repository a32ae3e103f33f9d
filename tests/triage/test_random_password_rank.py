"""A machine-random password assigned to a password key blocks in the gates (high), and so does a machine-random
key or token (lower, upper and digits throughout) assigned to a secret, token or API-key name; people's
passwords, hex values under token names, and random values in tests, fixtures, examples and docs stay medium
(README "What blocks").  Through the real pre-commit hook command on a real repository."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.helpers import commit_file, git, init_repo, run_credgate

RANDOM = "Qd12u4xYbxx*Mr4v5GZ@*X&4"  # synthetic test value, drawn from a symbol alphabet

CASES = [
    # (path, text, gate blocks)
    ("app/.env", f"DB_HOST=db.internal\nDB_PASSWORD={RANDOM}\n", True),
    ("app/config.json", json.dumps({"db": {"user": "app", "password": "k9TzQ2mWx7LpR4vB"}}), True),
    ("app/settings.py", 'DATABASES = {"default": {"PASSWORD": "Lw7#qZ2vR9!mT4xK"}}\n', True),
    ("app/application.properties", "spring.datasource.password=hT6vQ9zL2wX8rM4k\n", True),
    # mixed-case letters alone, no words: a generator's output (1 in 8 random 12-character alphanumerics)
    ("app/.env.production", "APP_PASSWORD=zMcRefOkftHa\n", True),
    ("app/db.yaml", "db:\n  admin_password: iGTQoHfIZYbGQYdpBaFM\n", True),
    # stays medium: reported, does not block a commit at the gates' default threshold
    ("app/words.yaml", "db:\n  password: SilverMountain42\n", False),
    ("app/people.py", 'DB_PASSWORD = "Winter2024Secret!"\n', False),
    ("app/words.py", 'ADMIN_PASSWORD = "SomeKindOfPassword123!@#"\n', False),
    # a password-key rule's 32-character value is the high-entropy rule's finding: ranked the same
    ("app/db.env", "DB_PASSWORD=u7RkW2qLx9TzB4mNc8VpJ3sYd6GfH1aE\n", True),
    # a password that starts with "!" is no YAML tag outside YAML's own tag position (``!Ref``, ``!vault``)
    ("app/bang.py", 'DB_PASSWORD = "!O6r7EjUdbx2kIqV"\n', True),
    # password keys in more spellings (session 9): an XML element, an XML key/value pair, a config file's
    # whitespace, a "pass" key
    ("ci/credentials.xml", "<creds>\n  <username>deploy</username>\n  <password>cu*uY2L56tpvgINL</password>\n</creds>\n",
     True),
    ("app/NuGet.Config", '<packageSourceCredentials><feed>\n<add key="ClearTextPassword" value="GX!4nttSt2JxkSSV" />\n'
     "</feed></packageSourceCredentials>\n", True),
    ("etc/ldap/ldap.conf", "URI ldaps://ldap.internal\nBINDPW 0bobzjcU9kCTGR%I\n", True),
    ("ansible/group_vars/all/main.yml", "ansible_become_pass: 8ZPx%tDMvIGkbjqR\n", True),
    # a rule whose own pattern says "password" (a -p option, curl -u, -AsPlainText): no key needed
    ("scripts/dump.sh", 'mysqldump -u backup -p"W!54CbVHrfqZuftc" --all-databases > all.sql\n', True),
    ("scripts/api.sh", 'curl -u "itron-api:UquViq%yZh2RtgB1" https://headend.internal/api/v2/meters\n', True),
    ("scripts/backup.ps1", '$s = ConvertTo-SecureString "T#VNUWeqlgjd6n2B" -AsPlainText -Force\n', True),
    # a machine-random value under a secret, token or API-key name (session 9)
    ("app/token.py", f'API_TOKEN = "{RANDOM}"\n', True),
    ("app/settings.yaml", "stripe:\n  webhook_secret: Vb7Lq2XmT9rKc4WzN8pD\n", True),
    ("app/client.ts", 'const apiKey = "hR4tX9mQ2vL7wK3zP8nB5cJ6";\n', True),
    # a name/value pair whose name is on the line above (Azure Pipelines, ECS), a bearer token in a script, an
    # encryption key
    ("azure-pipelines.yml", "variables:\n  - name: registryPassword\n    value: 'R#1y7Jw641RIFXIp'\n", True),
    ("ops/notify.sh", 'curl -H "Authorization: Bearer hR4tX9mQ2vL7wK3zP8nB5cJ6dF2gS7aQ" https://api.internal/v1\n', True),
    ("deploy/serverless.yml", "provider:\n  environment:\n    ENCRYPTION_KEY: Vb7Lq2XmT9rKc4WzN8pDh3Gs6Jt\n", True),
    # hex under a token name (digests and ids are written so): medium
    ("app/hex.py", 'SESSION_TOKEN = "9f2c4e7a1b3d5f608a2c4e6b8d0f1a3c"\n', False),
    ("tests/fixtures/.env", f"DB_PASSWORD={RANDOM}\n", False),
    ("docs/config.yml", f"database:\n  password: '{RANDOM}'\n", False),
    ("deploy/config.example.json", json.dumps({"password": "k9TzQ2mWx7LpR4vB"}), False),
]


@pytest.mark.parametrize("path,text,blocks", CASES, ids=[c[0] for c in CASES])
def test_random_password_blocks_in_the_hook_only_where_it_is_live(tmp_path: Path, path: str, text: str,
                                                                  blocks: bool) -> None:
    repo = init_repo(tmp_path / "repo")
    commit_file(repo, "README.md", "hi\n")
    p = repo / path
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text)
    git(repo, "add", "--", path)
    hook = run_credgate(["hook", "pre-commit", "--", path], cwd=repo)
    assert hook.returncode == (1 if blocks else 0), hook.stdout.decode() + hook.stderr.decode()
    if blocks:
        out = hook.stdout.decode() + hook.stderr.decode()
        assert "random password" in out or "machine-random value" in out, out
    # every one of them is reported by an audit (medium or high), with the built-in rules only
    (tmp_path / "none.toml").write_text("# built-in rules only\n")
    audit = run_credgate(["dir", "--config", str(tmp_path / "none.toml"), str(repo / path)], cwd=repo)
    assert audit.returncode == 1, audit.stdout.decode()
