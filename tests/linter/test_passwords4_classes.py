"""Human passwords, round 4 (session 7), through the CLI and the pieces that judge them.

1. a diceware passphrase (words and digits joined by "-") in a password slot is the password, not a slug; a slug
   that names something (prod-db-credentials, my-secret-name, postgres-main) stays a reference;
2. prose and chat: "(password `...`", "login is `user` / `...`", the reply to "who has the X password?",
   "changed my vpn password to ...";
3. SQL dumps: INSERT values mapped to the CREATE TABLE / INSERT column list (credgate.iac.sqldump);
4. commands: a literal inside {{ '...' | password_hash }}, echo 'u:p$' | chpasswd, htpasswd -b, curl -u inside a
   quoted Jenkins sh step;
5. a password field of a URL-encoded form body (HAR postData);
6. getConnection(url, user, password) wrapped over lines, Go SetPassword at the head of a chained line;
7. auth = "user:password" (Terraform provider);
and the local default (password = user name on a localhost datasource) that is not reported.

Files are written into tmp_path at test time with synthetic values (passphrases drawn from tests/rand.py).
"""
from __future__ import annotations

from pathlib import Path

from credgate.iac import sqldump
from credgate.linter import filters
from tests import rand
from tests.helpers import findings_by_line, scan_built_in

ORDER = ["info", "low", "medium", "high", "critical"]
NEW_RULES = {"form-urlencoded-password", "form-urlencoded-password-first", "htpasswd-batch-password", "jinja-literal-password",
             "auth-attribute-user-password", "chat-password-changed-to", "chat-reply-password",
             "credential-object-password", "sql-dump-password-column", "account-command-password",
             "passwd-stdin-password", "text-prose-password-quoted"}
WORDS = "clover alfalfa heron orchard pasture river kestrel sorghum otter quarry lantern marten tundra willow".split()


def _phrase(n: int = 2) -> str:
    return "-".join(rand.choice(WORDS) for _ in range(n)) + f"-{10 + rand.randbelow(89)}"


def _write(root: Path, files: dict) -> None:
    for rel, text in files.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def test_password_classes_block_at_the_default_threshold(tmp_path: Path) -> None:
    rand.reseed("passwords4-hits")
    p = [_phrase() for _ in range(8)]
    files = {
        "svc/config.ini": f"[mlflow]\nusername = yield-bot\npassword = {p[0]}\n",
        "svc/notebooks/run.py": f"import os\nos.environ['MLFLOW_TRACKING_PASSWORD'] = '{p[1]}'\n",
        "ops/restore.sh": f"#!/bin/sh\nexport PGPASSWORD='{p[2]}'\n",
        "svc/mqtt/client.go": f'opts := mqtt.NewClientOptions().\n\t\tSetUsername("ingest").\n\t\tSetPassword("{p[3]}")\n',
        "svc/dealer/auth.json": '{\n  "http-basic": {\n    "repo.corp.internal": {"username": "dealer-ci", '
                                f'"password": "{p[4]}"}}\n  }}\n}}\n',
        "db/roles.sql": f"ALTER ROLE geo_app WITH PASSWORD '{p[5]}';\n",
        "docs/runbook.md": f"1. Check it.\n2. Log in as `fieldsense` (password `{p[6]}`, same as staging).\n",
        "docs/restore.md": f"If Secrets Manager is down, the break-glass login is `wb_admin` / `{p[7]}`.\n",
        "docs/wiki-export.txt": f"Probe lag\nlog in as `fieldsense` (password `{p[4]}`, same as staging)\n",
        "exports/slack/oncall.json": '[\n  {"type": "message", "text": "who has the aurora password?"},\n'
                                     f'  {{"type": "message", "text": "it\'s `{p[0]}` - don\'t paste it"}}\n]\n',
        "exports/teams/chat.txt": "[03/04/2026 09:39] Ana: ok\n[03/04/2026 09:40] Tom: changed my vpn password "
                                  f"to Autumn2019# lol\n[03/04/2026 09:41] Ana: admin pw is still {p[2]} right?\n",
        "db/pg_dump.sql": "COPY public.users (id, email, password) FROM stdin;\n1\ta@corp.io\tLantern88x!\n\\.\n",
        "data/dump.sql": "CREATE TABLE `partner_accounts` (`id` int, `partner` varchar(64), `api_user` varchar(64), "
                         "`api_password` varchar(128), PRIMARY KEY (`id`));\n"
                         "INSERT INTO `partner_accounts` VALUES (1,'coop-union','furrowline','Monsoon2021*');\n"
                         "INSERT INTO partner_accounts (id, api_password, partner) VALUES\n"
                         "  (2, 'Summer2023&', 'agri-erp'),\n  (3, 'Quarry2031!', 'mill');\n",
        "ansible/tasks.yml": "- name: admin\n  ansible.builtin.user:\n    name: tech\n"
                             "    password: \"{{ 'Harvest2021@' | password_hash('sha512') }}\"\n"
                             "- name: pi\n  ansible.builtin.shell: echo 'pi:Spring2026$' | chpasswd\n",
        "ops/bash_history": f"ls\nhtpasswd -b /etc/nginx/.htpasswd grafana {p[1]}\n"
                            "echo 'Harvest2022@' | passwd --stdin deploy\n"
                            "usermod --password $(openssl passwd -6 'Harvest2023@') deploy\n"
                            "rabbitmqctl add_user ingest Lantern88x!\n",
        "ops/win/setup.bat": "net user svc_backup Quarry2031x /add\n",
        "ops/Jenkinsfile": "pipeline {\n  stages {\n    stage('p') { steps {\n"
                           "      sh 'curl -u deployer:Winter2024* --upload-file a.jar https://nexus.corp.internal/r/'\n"
                           "    } }\n  }\n}\n",
        "qa/login.har": '{"log": {"entries": [{"request": {\n  "postData": {"mimeType": '
                        '"application/x-www-form-urlencoded", "text": "email=qa%40corp.io&password=Spring2022%25'
                        '&csrfToken=a8f8a8b5"}\n}}]}}\n',
        "src/main/java/Prices.java": 'class P {\n  Connection c() throws Exception {\n'
                                     '    return DriverManager.getConnection(\n'
                                     '            "jdbc:mysql://prices.internal:3306/prices",\n'
                                     '            "prices_ro",\n            "Sorghum4017");\n  }\n}\n',
        "terraform/providers.tf": 'provider "grafana" {\n  url  = "https://grafana.corp.internal"\n'
                                  '  auth = "admin:Winter2026#"\n}\n',
    }
    _write(tmp_path, files)
    want = {
        ("svc/config.ini", 3): p[0], ("svc/notebooks/run.py", 2): p[1], ("ops/restore.sh", 2): p[2],
        ("svc/mqtt/client.go", 3): p[3], ("svc/dealer/auth.json", 3): p[4], ("db/roles.sql", 1): p[5],
        ("docs/runbook.md", 2): p[6], ("docs/restore.md", 1): p[7], ("docs/wiki-export.txt", 2): p[4], ("exports/slack/oncall.json", 3): p[0],
        ("exports/teams/chat.txt", 2): "Autumn2019#", ("exports/teams/chat.txt", 3): p[2],
        ("db/pg_dump.sql", 2): "Lantern88x!", ("data/dump.sql", 2): "Monsoon2021*",
        ("data/dump.sql", 4): "Summer2023&", ("data/dump.sql", 5): "Quarry2031!",
        ("ansible/tasks.yml", 4): "Harvest2021@", ("ansible/tasks.yml", 6): "Spring2026$",
        ("ops/bash_history", 2): p[1], ("ops/bash_history", 3): "Harvest2022@",
        ("ops/bash_history", 4): "Harvest2023@", ("ops/bash_history", 5): "Lantern88x!",
        ("ops/win/setup.bat", 1): "Quarry2031x", ("ops/Jenkinsfile", 4): "Winter2024*",
        ("qa/login.har", 2): "Spring2022%25", ("src/main/java/Prices.java", 6): "Sorghum4017",
        ("terraform/providers.tf", 3): "Winter2026#",
    }
    code, found = scan_built_in(tmp_path, tmp_path)
    got = findings_by_line(found, tmp_path)
    missing = sorted(set(want) - set(got))
    assert not missing, missing
    for where, secret in want.items():
        f = got[where]
        assert f["secret"] == secret, (where, f["secret"], f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
    extra = sorted(set(got) - set(want) - {("empty.toml", 1)})
    assert not extra, extra
    assert code == 1


def test_decoys_beside_the_classes_stay_quiet(tmp_path: Path) -> None:
    files = {
        # slugs that name a secret, a database or a service, in password slots
        "app/config.ini": "[db]\npassword = prod-db-credentials\n",
        "app/settings.env": "DB_PASSWORD_SECRET=my-secret-name\n",
        # a passphrase reads as a password only under a key named as one, not under a token or key name
        "app/feature.env": "RELEASE_TOKEN=harbor-lantern-violet42\n",
        "app/db.json": '{"password": "postgres-main", "secret": "orders-api-v2"}\n',
        "app/client.go": 'opts.SetPassword("prod-db-credentials")\n',
        "build/test-summary.log": "Running print-memory-usage.exp ...\nPASS: print-memory-usage-1\n"
                                  "PASS: section-flags-2\nPASS: linker-script-defaults\n",
        "docs/tutorial.md": "A passphrase such as `correct-horse-battery-staple` is easy to remember.\n",
        # templates, placeholders and references
        "ansible/tasks.yml": "- user:\n    password: \"{{ vault_admin_password | password_hash('sha512') }}\"\n"
                             "- user:\n    password: \"{{ 'changeme' | password_hash('sha512') }}\"\n"
                             "- shell: echo \"pi:${PI_PASSWORD}\" | chpasswd\n",
        "ops/setup.sh": 'htpasswd -b /etc/nginx/.htpasswd grafana "$GRAFANA_PASSWORD"\nhtpasswd -B /etc/nginx/.htpasswd ops\n'
                        'echo "$DEPLOY_PASSWORD" | passwd --stdin deploy\nopenssl passwd -6 -stdin < /run/secrets/pw\n'
                        'rabbitmqctl add_user ingest "$RABBIT_PASSWORD"\n',
        "ops/win/users.bat": "net user svc_backup * /add\nnet user svc_backup /delete\n",
        "qa/form.txt": "email=qa%40corp.io&password=%s&csrfToken=abc\npassword=%s&user=ops\nusername=ops&password=${PW}&remember=1\n"
                       "https://portal.corp.internal/reset?password_reset=1&token_type=sms\n",
        "terraform/main.tf": 'provider "grafana" {\n  auth = var.grafana_auth\n}\nlocals {\n  auth = "localhost:8080"\n}\n',
        "app/client.conf": 'auth: "oauth2:client_credentials"\nauth: "aws:sigv4"\n',
        # chat prose without a value, and a reply to a question that is not about a password
        "exports/chat.json": '[{"text": "who has the aurora password?"},\n{"text": "it\'s in 1Password under aurora-prod"},'
                             '\n{"text": "where is the build log?"},\n{"text": "it\'s `build-2291` on the runner"}]\n',
        "exports/teams.txt": "[09:39] Tom: the password is base64-encoded\n"
                             "[09:40] Tom: set the password to expire after 90 days\n"
                             "[09:41] Ana: changed the minimum password to 12 characters\n",
        # SQL: a hash in the password column, a column that is the hash, and a row that does not fit
        "db/users.sql": "CREATE TABLE users (id int, email varchar(64), password varchar(128), password_hash text);\n"
                        "INSERT INTO users VALUES (1,'a@corp.io','$2b$12$KIXQJfakeKIXQJfakeKIXQeuUu5E5F0rjVdRkmyPZfbe','x');\n"
                        "INSERT INTO users (id, password_hash) VALUES (2, 'Tundra5518x');\n"
                        "INSERT INTO users VALUES (3,'b@corp.io','Monsoon2021*');\n"
                        "COPY public.users (id, password_hash) FROM stdin;\n1\tTundra5518x\n\\.\n",
        # a password equal to the user name on a localhost datasource: a local development default
        "svc/src/main/resources/application.properties":
            "spring.datasource.url=jdbc:postgresql://localhost:5432/market\n"
            "spring.datasource.username=market\nspring.datasource.password=market\n",
    }
    _write(tmp_path, files)
    code, found = scan_built_in(tmp_path, tmp_path)
    # nothing blocks, and the new rules say nothing at all
    loud = [f for f in found if ORDER.index(f["severity"]) >= ORDER.index("medium") or f["rule_id"] in NEW_RULES]
    assert loud == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in loud]
    assert code == 0


def test_passphrase_reads_word_lists_not_names() -> None:
    for v in ("clover-alfalfa-78", "heron-orchard-24", "pasture-river-12", "heron-orchard24",
              "fossil-lantern-quarry", "Clover-Alfalfa-78!", "tundra-quill-willow-75"):
        assert filters.passphrase(v), v
    for v in ("db-password", "prod-db-credentials", "my-secret-name", "postgres-main", "orders-api-v2",
              "billing-service-01", "web-01", "correct-horse-battery-staple", "clover_alfalfa_78", "river-78",
              "grafana-admin-2024", "eu-west-1", "abc-def-12", "scram-sha-256",
              "print-memory-usage-1", "section-flags-2"):
        assert not filters.passphrase(v), v
    # only a password slot reads it so: elsewhere a slug stays a slug
    assert filters.generic_value("clover-alfalfa-78") == "an identifier or slug of words"
    assert filters.generic_value("clover-alfalfa-78", password_slot=True) is None
    assert filters.generic_value("prod-db-credentials", password_slot=True) == "an identifier or slug of words"


def test_sql_dump_maps_values_to_columns() -> None:
    text = ("CREATE TABLE IF NOT EXISTS `acct` (\n  `id` int NOT NULL,\n  `note` varchar(64) DEFAULT 'a,b',\n"
            "  `user_pass` varchar(64),\n  PRIMARY KEY (`id`)\n);\n"
            "INSERT INTO `acct` VALUES (1,'x, (y)','Quarry2031!'),(2,NULL,'Lantern88x'),(3,'z',NULL);\n"
            "INSERT INTO acct (user_pass, id, note) VALUES ('Tundra5518x', 4, CONCAT('a', 'b'));\n")
    hits = list(sqldump.sql_dump_hits(text))
    assert [h.secret for h in hits] == ["Quarry2031!", "Lantern88x", "Tundra5518x"]
    for h in hits:
        assert text[h.span[0] : h.span[1]] == h.secret
    assert sqldump.password_column("api_password") and sqldump.password_column("passwd")
    for col in ("password_hash", "encrypted_password", "password_changed_at", "password_salt", "bypass"):
        assert not sqldump.password_column(col), col


def test_local_default_password_needs_both_the_user_name_and_a_local_target() -> None:
    local = b"db.url=jdbc:postgresql://localhost:5432/m\ndb.username=market\ndb.password=market\n"
    assert filters.local_default_password(local, "market")
    remote = b"db.url=jdbc:postgresql://db.prod.internal:5432/m\ndb.username=market\ndb.password=market\n"
    assert filters.local_default_password(remote, "market") is None
    other = b"db.url=jdbc:postgresql://localhost:5432/m\ndb.username=market\ndb.password=Tundra5518x\n"
    assert filters.local_default_password(other, "Tundra5518x") is None
