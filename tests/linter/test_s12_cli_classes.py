"""Passwords on command lines, in scripts, shell / PowerShell history and positional calls (session 12, issue 17),
through the CLI.

Found (tests/fixtures/s12_cli_classes/miss, synthetic test values): any program's password-named option
(``--password X``, ``--db-password X``, ``--initial_password X``, PowerShell ``-Password 'X'``); tools whose own
option takes the password (``mosquitto_pub -P``, ``plink -pw``, ``cqlsh -p``, ``cmdkey /pass:`` inside a JSON
string, ``schtasks /rp``); keyword positions (``db2 connect ... using X``, ``nmcli ... password X``); ``config set
KEY VALUE`` subcommands (omero, npm); Oracle ``IDENTIFIED BY`` unquoted and double-quoted, SQL*Plus ``CONNECT user/X@db``; helm ``--set`` values
with shell punctuation; ``setx`` and ``[Environment]::SetEnvironmentVariable``; ``ConvertTo-SecureString
-AsPlainText "...$"`` and ``'...' | ConvertTo-SecureString -AsPlainText``; ``GIS(url, user, password)``; a ``net use`` line that is not the file's last; ``mysqladmin password X``, ``neo4j-admin
set-initial-password X``, ``skopeo --dest-creds U:X``, ``ssh-keygen -N X``, ``snmpwalk -c X``, secret-store writes
(``gh secret set --body``, ``az keyvault secret set --value``, ``aws ssm put-parameter`` SecureString, ``aws
secretsmanager --secret-string``); registry writes (``reg add /v DefaultPassword /d``, ``Set-ItemProperty -Name
DefaultPassword -Value``); ``imap_open`` and ``SMBConnection`` positional passwords; ``oc login -p``, HTTPie
``-a USER:PW``; an expect script's ``send`` after a password prompt; ``"...\\pscp.exe" -pw X``; ``sudo -S <<< 'X'``; redis-cli history
(``AUTH [user] X``, ``CONFIG SET requirepass X``) and mongosh ``db.auth(user, X)``.

Quiet (…/clean): references ($X, ${X}, %X%, {{ }}, <x>, &x, :x), prompts and switches (``--password-stdin``,
``psql --password``, ``--ask-pass``, ``/pass`` alone, ``*``), ports (``mysql -P 3306``), non-secret keys, and
usage text (``--password PASSWORD``, ``-p, --password string``, argparse / click declarations, e-mail addresses).
"""
from __future__ import annotations

import re
from pathlib import Path

from credgate.config import Config
from credgate.linter.ruleset import load_ruleset
from tests import rand
from tests.helpers import findings_by_line, scan_built_in, typed_password

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12_cli_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

MISSES = {
    ("ci/Taskfile-test.yml", 5): ("cli-password-named-option", "Wendel1987"),
    ("ci/Taskfile-test.yml", 6): ("cli-password-named-option", "Marten2044"),
    ("ci/Taskfile-test.yml", 7): ("helm-set-password-value", "qT7v)Lm2^Wr_9xZk4"),
    ("ci/Taskfile-test.yml", 8): ("cli-password-named-option", "K3lp#F0rest7"),
    ("home/ops/ConsoleHost_history-test.txt", 1): ("powershell-securestring-plaintext-first", "Brightwater2021$"),
    ("home/ops/ConsoleHost_history-test.txt", 2): ("setx-secret-variable", "Gunnar1983"),
    ("home/ops/ConsoleHost_history-test.txt", 3): ("cli-password-named-option", "Pellam#2290"),
    ("home/ops/ConsoleHost_history-test.txt", 4): ("powershell-securestring-piped", "Sandholm#4410"),
    ("home/ops/zsh_history-test.txt", 1): ("cli-tool-password-flag", "fen7river"),
    ("home/ops/zsh_history-test.txt", 2): ("cli-tool-password-flag", "Tolland2290x"),
    ("home/ops/zsh_history-test.txt", 3): ("cli-tool-password-flag", "Brackley55x"),
    ("home/ops/zsh_history-test.txt", 4): ("cli-positional-password-argument", "Ormond1979"),
    ("home/ops/zsh_history-test.txt", 5): ("config-set-secret-value", "Vr8kQm2Tz5xLw9Pn3Hc7"),
    ("home/ops/zsh_history-test.txt", 6): ("cli-positional-password-argument", "Saffron#4417"),
    ("ops/configure-test.sh", 3): ("config-set-secret-value", "Autumn2017&"),
    ("ops/onboarding-test.json", 7): ("cli-tool-password-flag", "Winter2018&"),
    ("scripts/map-drives-test.bat", 3): ("windows-net-use-password", "Thessaly41"),
    ("scripts/map-drives-test.bat", 5): ("setx-secret-variable", "Corwen1976"),
    ("scripts/map-drives-test.bat", 6): ("cli-tool-password-flag", "Halloran33x"),
    ("scripts/map-drives-test.bat", 7): ("cli-tool-password-flag", "Cadbury4471x"),
    ("sql/backfill-test.sql", 2): ("oracle-identified-by-password", "QWXRTZB"),
    ("sql/backfill-test.sql", 3): ("oracle-identified-by-password", "Larkspur#88"),
    ("sql/backfill-test.sql", 4): ("sqlplus-connect-command-password", "Dunstable55x"),
    ("app/portal_client_testvalues.py", 3): ("url-user-password-call", "Vt5g3@Rk21"),
    ("app/mail_client_testvalues.php", 2): ("client-host-user-password-call", "Penrith8812x"),
    ("app/scan_share_testvalues.py", 3): ("client-host-user-password-call", "Quarndon2231x"),
    ("scripts/autologon-test.bat", 1): ("windows-registry-password-value", "Oakhurst61x"),
    ("scripts/autologon-test.ps1", 1): ("windows-registry-password-value", "Morwick#2218"),
    ("scripts/autologon-test.ps1", 2): ("cli-password-named-option", "Netherby55x"),
    ("scripts/provision-test.sh", 3): ("cli-positional-password-argument", "Brennock44x"),
    ("scripts/provision-test.sh", 4): ("cli-positional-password-argument", "Caddow2020x"),
    ("scripts/provision-test.sh", 5): ("cli-tool-password-flag", "Dunmore71x"),
    ("scripts/provision-test.sh", 6): ("cli-tool-password-flag", "Eskdale#3318"),
    ("scripts/provision-test.sh", 7): ("cli-tool-password-flag", "Qv7rTz2Lw9"),
    ("scripts/provision-test.sh", 8): ("cli-tool-password-flag", "Farrow2291x"),
    ("scripts/provision-test.sh", 9): ("cli-password-named-option", "Glenmore1985"),
    ("scripts/provision-test.sh", 10): ("cli-password-named-option", "Hartwell77x"),
    ("scripts/provision-test.sh", 11): ("cli-positional-password-argument", "Ilkley#5520"),
    ("scripts/provision-test.sh", 12): ("cli-positional-password-argument", "Jarrow6612x"),
    ("scripts/provision-test.sh", 13): ("cli-positional-password-argument", "Kendal4471x"),
    ("scripts/provision-test.sh", 14): ("cli-positional-password-argument", "Lindow3390x"),
    ("scripts/router-login-test.exp", 3): ("expect-send-password", "Tarrant#5512"),
    ("scripts/cluster-login-test.sh", 2): ("cli-tool-password-flag", "Umberleigh71"),
    ("scripts/cluster-login-test.sh", 3): ("cli-tool-password-flag", "Vellacott88x"),
    ("scripts/nightly-copy-test.bat", 2): ("cli-tool-password-flag", "Wexcombe52x"),
    ("scripts/patch-test.sh", 2): ("here-string-password", "Yarcombe#7710"),
    ("home/ops/rediscli_history-test.txt", 2): ("redis-auth-command-password", "Zennor#4418"),
    ("home/ops/rediscli_history-test.txt", 3): ("redis-auth-command-password", "Abbotsley71x"),
    ("home/ops/mongosh_history-test.txt", 2): ("db-auth-call-password", "Bramcote2290x"),
}


def test_command_line_passwords_are_reported(tmp_path: Path) -> None:
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


def test_references_prompts_and_settings_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_every_rule_example_matches_between_other_lines() -> None:
    """A rule that ends a value with ``$`` but no ``(?m)`` finds it only on a file's last line (windows-net-use-
    password did): each single-line example must still match with a line before and after it."""
    problems = []
    for r in load_ruleset(Config()).rules:
        rx = re.compile(r.regex, r.flags)
        for ex in r.examples:
            if "\n" in ex or not rx.search(ex):
                continue
            if not rx.search("# a line before\n" + ex + "\nnext_line = 1\n"):
                problems.append((r.id, ex[:80]))
    assert problems == []


def test_argv_lists_read_the_same_tool_options() -> None:
    """ECS / Batch / Kubernetes command arrays (credgate.iac.commands): the tools of cli-tool-password-flag."""
    from credgate.iac.commands import argv_secrets

    rand.reseed("s12-cli-argv")
    pw = typed_password()
    for argv in (["mosquitto_sub", "-h", "broker", "-u", "bridge", "-P", pw, "-t", "x/#"],
                 ["plink", "-ssh", "svc@10.0.0.5", "-pw", pw, "-batch", "uptime"],
                 ["/usr/bin/cqlsh", "cass01", "-u", "cassandra", "-p", pw],
                 ["vsql", "-h", "vert01", "-U", "dbadmin", "-w", pw],
                 ["jarsigner", "-keystore", "ks.jks", "-storepass", pw, "app.apk", "release"],
                 ["ssh-keygen", "-t", "ed25519", "-N", pw, "-f", "key"]):
        assert [v for _i, v, _w in argv_secrets(argv)] == [pw], argv
    for argv in (["mysql", "-h", "db01", "-P", "3306", "-u", "app"],
                 ["mosquitto_sub", "-h", "broker", "-u", "bridge", "-P", "$MQTT_PW"],
                 ["ssh-keygen", "-t", "ed25519", "-N", "", "-f", "key"],
                 ["plink", "-ssh", "svc@10.0.0.5", "-i", "key.ppk"]):
        assert list(argv_secrets(argv)) == [], argv
