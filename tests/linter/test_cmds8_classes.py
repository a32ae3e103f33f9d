"""Passwords in command lines, scripts and typed code, and references in deploy files (session 8), through the CLI
and the pieces that judge them.

Found (tests/fixtures/cmds8_classes/miss, synthetic test values):

1. ``steamcmd +login USER PASSWORD`` (buildspec, batch file; the user may be a variable);
2. a tool's short password option: ``configure-helix-p4d.sh -P``, ``p4 -P``, ``sqlcmd -P``, ``ldapsearch -w``,
   ``smbclient -U USER%PASSWORD`` (plain scripts by rule, CloudFormation user data and SSM documents as slots);
3. a literal piped into a command that reads a password from stdin: ``p4 login``, ``kinit``,
   ``docker login --password-stdin``, ``sudo -S``;
4. a shell variable assigned a literal and passed later as a password (credgate.linter.shellflow), in a ``.sh``
   file and in a script known by its ``#!`` line;
5. a five-character password of three classes under a PASSWORD name;
6. typed declarations: pydantic settings, dataclass fields, TypeScript class fields (a Kotlin `val` stays typed-constant-secret's);
and the other side of each reference rule: a literal under the plugin's env, a Copilot ``variables:`` password,
a Secret's password beside its user name, the Mixpanel API secret beside the project token.

Quiet (…/clean): references and settings that look like them: ``+login anonymous``, ``-P "$P4PW"``, ``rsync -P``,
``echo "{{ssm:/...}}" | p4 login``, variables assigned twice or from a command, short non-passwords (``abc12``,
``v1.22``), typed fields with no literal, Buildkite ``seek-oss/aws-sm`` secret names, Copilot ``secretsmanager:`` /
``ssm:`` names, Kubernetes Secret user/host/port/database/URL/region entries, the Mixpanel project token and
Segment write key, an Amplify ``NEXT_PUBLIC_FIREBASE_API_KEY`` in the Name/Value list.
"""
from __future__ import annotations

from pathlib import Path

from credgate.iac import commands, formats
from credgate.linter import deployrefs, filters, shellflow
from tests import rand
from tests.helpers import findings_by_line, scan_built_in, typed_password

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "cmds8_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

MISSES = {
    ("ci/buildspec-steam-test.yml", 8): ("steamcmd-login-password", "Tundra5518x"),
    ("ci/buildspec-steam-test.yml", 9): ("steamcmd-login-password", "Harbor#2290"),
    ("scripts/upload-depot-test.bat", 2): ("steamcmd-login-password", "Quarry2031x"),
    ("deploy/cfn/helix-commit-test.yaml", 15): ("cli-short-password-option", "Cinder2044$"),
    ("deploy/cfn/helix-commit-test.yaml", 16): ("cli-short-password-option", "Lantern88x"),
    ("scripts/directory-sync-test.sh", 2): ("cli-short-password-option", "Meadow4471x"),
    ("scripts/directory-sync-test.sh", 3): ("smbclient-user-password", "Orchid8812x"),
    ("scripts/directory-sync-test.sh", 4): ("cli-short-password-option", "Juniper#5521"),
    ("deploy/ssm/p4-ticket-test.yaml", 13): ("echo-password-into-login", "Falcon7731x"),
    ("scripts/agent-login-test.sh", 3): ("echo-password-into-login", "Cobalt6620x"),
    ("scripts/agent-login-test.sh", 4): ("echo-password-into-login", "Quill3390x!"),
    ("scripts/agent-login-test.sh", 5): ("echo-password-into-login", "Marten2281x"),
    ("scripts/rotate-cache-test.sh", 6): ("shell-variable-password", "otter-willow-47"),
    ("bin/restore-db-test", 3): ("shell-variable-password", "Kestrel5590x"),
    ("bin/restore-db-test", 4): ("shell-variable-password", "Sorghum3318x"),
    ("tools/upload_depot_testvalues.py", 4): ("generic-password-assignment", "Kqe47"),
    ("services/settings_testvalues.py", 9): ("typed-password-declaration", "H4rb0r$71"),
    ("services/settings_testvalues.py", 15): ("typed-password-declaration", "Tundra5518!"),
    ("services/client-testvalues.ts", 3): ("typed-password-declaration", "Orchid#4471x"),
    ("services/MailConfigTestValues.kt", 3): ("typed-constant-secret", "Parsnip5150x!"),
    # the other side of the reference and public-id filters: still reported
    (".buildkite/pipeline-test.yml", 7): ("yaml-config-password", "Harbor-Quill-8812!"),
    ("deploy/copilot/manifest-test.yml", 4): ("yaml-config-password", "Sorrel#7719x"),
    ("k8s/worker-secret-test.yaml", 8): ("iac-k8s-secret-data", "VHVuZHJhNTUxOHgh"),
    ("k8s/worker-secret-test.yaml", 11): ("iac-k8s-secret-data", "heron-pasture-63"),
    ("k8s/worker-secret-test.yaml", 12): ("postgres-uri-password", "Willow6604x"),
    ("helm/values-test.yaml", 4): ("provider-key-uuid-or-hex", "c4e1a9f07b3d52e86a1f4c9d0b7e3a25"),
}


def test_command_line_and_typed_passwords_are_reported(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = scan_built_in(d, tmp_path)
    got = findings_by_line(found, d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rule, secret) in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"], f.get("also_matched"))
        assert f["secret"] == secret, (where, f["secret"])
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
    assert code == 1


def test_references_settings_and_public_ids_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


# ------------------------------------------------------------------ shell data flow, bounded
def _flow(text: str) -> list[tuple[str, str, int]]:
    return [(h.name, h.value, h.use_line) for h in shellflow.flow_hits(text.encode())]


def test_shell_flow_follows_a_literal_assigned_once_into_a_password_position() -> None:
    rand.reseed("cmds8-flow")
    pw = typed_password()
    script = f"#!/bin/sh\nset -e\nexport ADMIN_PW='{pw}'\necho start\nmongosh --host db -u admin -p \"$ADMIN_PW\"\n"
    assert _flow(script) == [("ADMIN_PW", pw, 5)]
    script = f"P={pw}\nPGPASSWORD=\"${{P}}\" psql -h db -U app\n"  # an environment prefix, braces
    assert _flow(script) == [("P", pw, 2)]
    script = f"local DB='{pw}'\nmysql -u root -p\"$DB\" app\n"  # attached to -p inside quotes
    assert _flow(script) == [("DB", pw, 2)]


def test_shell_flow_leaves_what_it_cannot_follow() -> None:
    rand.reseed("cmds8-flow-clean")
    pw = typed_password()
    assert _flow(f"PW='{pw}'\nPW='{typed_password()}'\nredis-cli -a \"$PW\" PING\n") == []  # assigned twice
    assert _flow(f"PW='{pw}'\nfor PW in a b; do redis-cli -a \"$PW\" PING; done\n") == []  # a loop variable
    assert _flow(f"PW='{pw}'\nread -r PW\nredis-cli -a \"$PW\" PING\n") == []  # read from stdin
    assert _flow("PW=$(cat /run/secrets/pw)\nredis-cli -a \"$PW\" PING\n") == []  # from a command
    assert _flow(f"PW='{pw}'\necho \"$PW\" > /tmp/x\n") == []  # not a password position
    assert _flow(f"PW='{pw}'\n# redis-cli -a \"$PW\" PING\n") == []  # a comment
    assert _flow("HOST=cache.internal\nredis-cli -h \"$HOST\" PING\n") == []


def test_shell_scripts_are_known_by_name_or_shebang() -> None:
    assert shellflow.is_shell_script("ops/rotate.sh", b"echo")
    assert shellflow.is_shell_script("bin/rotate", b"#!/usr/bin/env bash\n")
    assert shellflow.is_shell_script("bin/rotate", b"#!/bin/sh -e\n")
    assert not shellflow.is_shell_script("bin/rotate", b"#!/usr/bin/env python3\n")
    assert not shellflow.is_shell_script("ops/rotate.py", b"import os\n")


# ------------------------------------------------------------------ IaC command slots (argv and shell strings)
def test_command_slots_read_the_new_tools() -> None:
    rand.reseed("cmds8-argv")
    pw = typed_password()
    cases = {
        f"/opt/perforce/sbin/configure-helix-p4d.sh commit -u super -P '{pw}' --case 1": pw,
        f"p4 -p ssl:p4:1666 -u build -P '{pw}' sync": pw,
        f"/opt/steamcmd/steamcmd.sh +login $STEAM_USER '{pw}' +quit": pw,
        f"echo '{pw}' | p4 -u {{{{ P4User }}}} login -a": pw,
        f"echo '{pw}' | kinit svc@CORP": pw,
        f"echo '{pw}' | sudo -S systemctl restart agent": pw,
        f"smbclient //fs/x -U 'CORP\\svc%{pw}' -c ls": pw,
        f"redis-cli -h cache CONFIG SET requirepass '{pw}'": pw,
        f"ldapsearch -x -D cn=admin -w '{pw}' -b dc=corp": pw,
    }
    for line, want in cases.items():
        assert [v for v, _ in commands.shell_secrets(line)] == [want], line
    assert [v for _, v, _ in commands.argv_or_shell(["steamcmd", "+login", "bot", pw, "+quit"])] == [pw]
    for line in ("steamcmd +login anonymous +app_update 740 +quit", "steamcmd +login bot +quit",
                 'echo "{{ssm:/p4/pw}}" | p4 login', 'echo "$P4PASSWD" | p4 login', "echo done | p4 info",
                 "rsync -a src/ dst/ -P", 'p4 -u super -P "$P4PW" admin checkpoint', "smbclient //fs/x -U svc -c ls"):
        assert list(commands.shell_secrets(line)) == [], line


# ------------------------------------------------------------------ value and context checks
def test_five_character_passwords_need_three_classes() -> None:
    assert filters.short_password("Mei28") and filters.short_password("Kx9#q")
    for v in ("abc12", "dev01", "v1.22", "12345", "admin", "Hello", "db-01", "Ab-cd"):
        assert not filters.short_password(v), v
    assert filters.generic_value("Mei28", password_slot=True) is None
    assert filters.generic_value("Mei28") == "too short to be a secret"  # not a password slot


def test_secret_store_names_under_a_plugin_mapping() -> None:
    doc = (b"steps:\n  - plugins:\n      - seek-oss/aws-sm#v2.3.2:\n          env:\n"
           b"            RELEASE_STORE_PASSWORD: team/store-password\n")
    at = doc.index(b"team/")
    assert deployrefs.secret_store_name(doc, at, "team/store-password")
    other = doc.replace(b"seek-oss/aws-sm#v2.3.2", b"docker-compose#v4.0.0")
    assert deployrefs.secret_store_name(other, other.index(b"team/"), "team/store-password") is None
    assert deployrefs.secret_store_name(doc, at, "Harbor-Quill-8812!") is None  # a literal is not a name
    assert deployrefs.store_key("    secretsmanager: '") and deployrefs.store_key("  ssm: ")
    assert deployrefs.store_key("  secret_key: '") is None


def test_public_ids_and_name_value_lists() -> None:
    assert deployrefs.public_provider_id("    MIXPANEL_PROJECT_TOKEN: ")
    assert deployrefs.public_provider_id('  "segmentWriteKey": "')
    assert deployrefs.public_provider_id("    MIXPANEL_API_SECRET: ") is None
    doc = b"      EnvironmentVariables:\n        - Name: NEXT_PUBLIC_FIREBASE_API_KEY\n          Value: AIzaX\n"
    assert deployrefs.public_name_value(doc, doc.index(b"AIza"))
    secret_name = doc.replace(b"NEXT_PUBLIC_FIREBASE_API_KEY", b"FIREBASE_ADMIN_KEY")
    assert deployrefs.public_name_value(secret_name, secret_name.index(b"AIza")) is None
    inline = b'[{"name": "VITE_MAPS_KEY", "value": "AIzaX"}]'
    assert deployrefs.public_name_value(inline, inline.index(b"AIza"))


def test_k8s_secret_settings_by_key_and_value_shape() -> None:
    assert formats.k8s_setting("DB_USER", "economy_worker")
    assert formats.k8s_setting("PHX_HOST", "presence.example.gg")
    assert formats.k8s_setting("dbPort", "5432")
    assert formats.k8s_setting("REDIS_URL", "redis://cache.internal:6379/0")
    assert not formats.k8s_setting("DATABASE_URL", "postgres://app:Harbor2290x@db:5432/app")  # credentials
    assert not formats.k8s_setting("DB_PASSWORD", "economy_worker")  # a secret name
    assert not formats.k8s_setting("API_USER", "aK3mZ9qL2xW8vB4n")  # random text under a user key
    assert not formats.k8s_setting("DB_PORT", "Harbor2290x")  # not a port
    assert not formats.k8s_setting("SIGNING_KEY", "presence.example.gg")  # not a setting word
