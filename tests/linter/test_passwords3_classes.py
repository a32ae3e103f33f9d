"""Human passwords outside code (issue 17, session 6), through the CLI.

1. passwords told in chat exports, tickets, e-mails and CSV exports ("admin pw is still ...", "the password for
   X is Y", "changed to", "login with user / pass", "creds: user/pass"), Slack JSON exports, PINs and codes;
2. runbooks: a user / password pair in backticks on the line after "login is";
3. Ansible group_vars, host_vars and INI inventories: *_psk, *_pre_shared_key, *_passphrase, *_pass,
   ansible_password / ansible_become_pass literals (references to the vault stay quiet);
4. credential files: .pgpass (also named pgpass, wildcards in the first fields), .my.cnf, .netrc,
   .git-credentials, .bundle/config (BUNDLE_<HOST>: user:password), .npmrc, pip.conf, composer auth.json;
5. encoded passwords: a password-named key's value written as \\uXXXX or \\xXX escapes, a hex dump of values
   (xxd -p: a short line that decodes to a password, next to a decoded AWS key ID) and a hex dump of a whole
   config file (the password=... line decoded across dump lines, reported on its own dump line);
6. a weak password (a keyboard run with digits, "qwerty2024") under a password key of a .env file the
   application reads: reported by generic-password-assignment (same rule id and fingerprint as any other
   password there); the same value in .env.example, under a non-password key, or a dev default stays quiet.

Fixtures: tests/fixtures/passwords3_classes/{miss,clean} (synthetic test values), scanned with an empty config
(the repository's own .credgate.toml allowlists tests/fixtures/** by path).
"""
from __future__ import annotations

import binascii
from pathlib import Path

from credgate.linter import decode
from tests.helpers import findings_by_line, run_credgate, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "passwords3_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

# (file under miss/, line) -> the rule that must report it (also_matched counts), at medium or above
MISSES = {
    ("chat/standup-test.txt", 2): "chat-password-statement",  # admin pw is still Quill319@ right?
    ("chat/standup-test.txt", 3): "docs-prose-password-unquoted",  # the password for the kiosk router is
    ("chat/standup-test.txt", 4): "docs-prose-user-slash-password",  # login with svc_backup / ...
    ("chat/standup-test.txt", 5): "docs-prose-user-slash-password",  # creds: deploy/...
    ("chat/standup-test.txt", 6): "chat-password-shorthand",  # guest wifi passcode = ...
    ("chat/standup-test.txt", 7): "chat-pin-statement",  # door PIN is 4471
    ("chat/standup-test.txt", 8): "chat-password-statement",  # was changed to
    ("chat/slack-export-test.json", 2): "chat-password-statement",
    ("chat/slack-export-test.json", 4): "chat-export-password-line",  # admin / ... in a message text
    ("chat/slack-export-test.json", 5): "chat-pin-statement",
    ("chat/ticket-4471-test.eml", 7): "chat-password-statement",
    ("chat/ticket-4471-test.eml", 8): "chat-password-statement",
    ("chat/helpdesk-export-test.csv", 3): "chat-password-statement",
    ("runbooks/db-failover-test.md", 5): "docs-prose-login-next-line-pair",  # the pair on the next line
    ("runbooks/vpn-appliance-test.md", 4): "docs-prose-login-next-line-pair",
    ("runbooks/wiki-export-test.txt", 4): "docs-prose-login-next-line-pair",
    ("ansible/group_vars/kiosks/vars-test.yml", 3): "psk-passcode-assignment",
    ("ansible/group_vars/kiosks/vars-test.yml", 5): "passphrase-assignment",
    ("ansible/group_vars/kiosks/vars-test.yml", 6): "generic-password-assignment",
    ("ansible/host_vars/router1-test.yml", 3): "generic-password-assignment",
    ("ansible/host_vars/router1-test.yml", 4): "psk-passcode-assignment",
    ("ansible/host_vars/router1-test.yml", 5): "psk-passcode-assignment",
    ("ansible/host_vars/router1-test.yml", 6): "spaced-passphrase-assignment",  # a WPA passphrase with spaces
    ("ansible/inventory-test.ini", 2): "generic-password-assignment",
    ("ansible/inventory-test.ini", 6): "generic-password-assignment",
    ("ansible/inventory-test.ini", 7): "psk-passcode-assignment",
    ("home-test/.pgpass", 1): "pgpass-password",
    ("home-test/.pgpass", 3): "pgpass-password",  # wildcard host and database
    ("home-test/pgpass", 1): "pgpass-password",
    ("home-test/.my.cnf", 3): "generic-password-assignment",
    ("home-test/.netrc", 3): "netrc-password",
    ("home-test/.git-credentials", 1): "git-credentials-password",
    ("home-test/.bundle/config", 3): "bundler-credentials",
    ("home-test/.npmrc", 2): "generic-password-assignment",
    ("home-test/.npmrc", 3): "npmrc-basic-auth",
    ("home-test/pip.conf", 2): "basic-auth-url",
    ("home-test/auth.json", 3): "generic-password-assignment",
    ("encoded/settings-test.json", 3): "generic-password-assignment",
    ("encoded/app-config-test.js", 3): "generic-password-assignment",
    ("encoded/legacy_settings_test.py", 2): "generic-password-assignment",
    ("encoded/legacy-config-test.xml", 4): "generic-password-assignment",  # &#x4c;&#x61;... in <password>
    ("encoded/relay-config-test.hex", 2): "hex-dump-password-line",
    ("encoded/relay-config-test.hex", 3): "aws-access-key-id",
    ("encoded/smtp-conf-test.xxd", 3): "generic-password-assignment",
    ("chat/email-thread-test.txt", 2): "chat-password-shorthand",  # Password for the SFTP account: ...
    ("chat/email-thread-test.txt", 3): "chat-password-shorthand",  # the root pass for db01 = ...
    ("chat/email-thread-test.txt", 4): "chat-password-shorthand",  # user qf_admin, password ...
    ("chat/irc-test.log", 1): "prose-login-as-with-password",  # Log in as `user` with `password`
    ("chat/irc-test.log", 2): "prose-login-as-with-password",  # ssh as deploy using ...
    ("chat/teams-export-test.json", 2): "chat-export-password-line",  # a message that is "Password: ..."
    ("chat/teams-export-test.json", 3): "chat-export-password-line",  # ...\npass: ... inside a message
    ("chat/teams-export-test.json", 4): "chat-export-password-line",
    ("ansible/group_vars/kiosks/wifi-test.yml", 2): "psk-passcode-assignment",  # wifi_key
    ("ansible/group_vars/kiosks/wifi-test.yml", 3): "generic-password-assignment",  # wlan_pass
    ("home-test/.msmtprc", 4): "mail-client-rc-password",
    ("home-test/pgpass.txt", 1): "pgpass-password",
    ("encoded/creds-dump-test.txt", 3): "hex-dump-password-line",  # a .txt: its comment says what it holds
    ("dotenv/.env", 2): "generic-password-assignment",  # a weak password the application reads
    ("dotenv/.env.production", 2): "generic-password-assignment",
    ("dotenv/worker.env", 1): "generic-password-assignment",
}
SECRETS = {
    ("chat/standup-test.txt", 2): "Quill319@",
    ("chat/standup-test.txt", 7): "4471",
    ("chat/standup-test.txt", 8): "Cobalt5519%",
    ("runbooks/db-failover-test.md", 5): "Saffron1461%",
    ("ansible/group_vars/kiosks/vars-test.yml", 3): "Saffron379$",
    ("home-test/.pgpass", 1): "Falcon24?",
    ("home-test/.bundle/config", 3): "tundra_6727",
    ("encoded/settings-test.json", 3): "Juniper12?",
    ("encoded/app-config-test.js", 3): "Harbor19#x",
    ("encoded/legacy_settings_test.py", 2): "Walrus-4417",
    ("encoded/smtp-conf-test.xxd", 3): "Osprey61$Vale",
    ("dotenv/.env", 2): "qwerty2024",
}


def test_passwords_outside_code_block_at_the_default_threshold(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = scan_built_in(d, tmp_path)
    got = findings_by_line(found, d)
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, rule in MISSES.items():
        f = got[where]
        assert rule in (f["rule_id"], f.get("also_matched")), (where, f["rule_id"])
        # the default fail_on is medium: every one of them blocks
        assert ORDER.index(f["severity"]) >= ORDER.index("medium"), (where, f["severity"])
    for where, secret in SECRETS.items():
        assert got[where]["secret"] == secret, (where, got[where]["secret"])
    assert code == 1


def test_decoded_passwords_say_how_they_were_decoded_and_stay_redacted(tmp_path: Path) -> None:
    d = FIX / "miss" / "encoded"
    _, found = scan_built_in(d, tmp_path)
    by = {(f["path"].rsplit("/", 1)[-1], f["line"]): f for f in found}
    assert by[("settings-test.json", 3)]["decoded"] == "escapes"
    assert by[("legacy_settings_test.py", 2)]["decoded"] == "escapes"
    assert by[("smtp-conf-test.xxd", 3)]["decoded"] == "hex dump"
    assert by[("legacy-config-test.xml", 4)]["decoded"] == "html entities"
    assert by[("relay-config-test.hex", 3)]["decoded"] in ("hex", "hex dump")
    cfg = tmp_path / "empty.toml"
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(d)])
    out = proc.stdout.decode()
    for secret in ("Juniper12?", "Walrus-4417", "Osprey61$Vale", "Harbor19#x", "Larch-2284!"):
        assert secret not in out, secret
    escaped = (d / "settings-test.json").read_text().splitlines()[2].split('"')[3]
    assert escaped not in out


def test_look_alikes_stay_quiet(tmp_path: Path) -> None:
    """Prose about passwords and PINs, vault references, templates, Ansible vault blocks, psk_identity,
    `*` as a .pgpass password, Bundler build flags and local paths, escaped ordinary text, a hex dump of
    release notes, a list of SHA-256 digests, keyboard-run values in .env.example / *.env.sample and under
    non-password keys, a hex dump of values that says nothing of what it holds: nothing, even at --fail-on info."""
    d = FIX / "clean"
    code, found = scan_built_in(d, tmp_path, "--fail-on", "info")
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_chat_statements_are_not_read_in_source_code(tmp_path: Path) -> None:
    d = tmp_path / "scan"
    d.mkdir()
    (d / "messages.py").write_text('HELP = "the admin pw is still Quill319@ right?"\n# door PIN is 4471\n')
    (d / "chat.log").write_text("[08:16] priya: the admin pw is still Quill319@ right?\n"
                                "Passed: serviceability/sa/TestG1HeapRegion.java\n")  # sa/ is a path, not a user
    _, found = scan_built_in(d, tmp_path)
    assert [(f["path"].rsplit("/", 1)[-1], f["rule_id"]) for f in found] == [
        ("chat.log", "chat-password-statement")]


def test_hex_dump_of_a_file_is_decoded_whole_and_mapped_to_its_lines() -> None:
    conf = b"host=db.internal\nuser=app\npassword=Osprey61$Vale\n"
    hexed = binascii.hexlify(conf).decode()
    lines = [hexed[i : i + 20] for i in range(0, len(hexed), 20)]
    data = ("# xxd -p app.conf\n" + "\n".join(lines) + "\n").encode()
    got = decode.hex_dump(data)
    assert got is not None
    text, mapping = got
    assert text == conf  # a stream: joined without separators
    assert len(mapping) == len(lines)
    off, s, e = mapping[1]
    assert data[s:e].decode() == lines[1] and off == 10
    # a dump of values: one value a line
    vals = [b"Willow25$", b"AKIA36TL7KGCY2D2O43C"]
    data2 = b"\n".join(binascii.hexlify(v) for v in vals) + b"\n"
    text2, _ = decode.hex_dump(data2)
    assert text2 == b"Willow25$\nAKIA36TL7KGCY2D2O43C"


def test_what_is_not_a_hex_dump() -> None:
    assert decode.hex_dump(b"just text\n" + b"57696c6c6f77323524\n") is None  # a text line first
    assert decode.hex_dump(b"57696c6c6f77323524\n") is None  # one line: the run finder's business
    assert decode.hex_dump(b"57696c6c6f77323524\nnot hex at all\n") is None
    digests = b"5feceb66ffc86f38d952786c6d696c79c2dbc239dd4e91b46729d73a27fb57e9\n" * 3
    assert decode.hex_dump(digests) is None  # binary: not text
    assert decode.hex_dump(b"5765\n6c6c\n") is None  # lines shorter than MIN_DUMP_LINE


def test_a_weak_dotenv_password_keeps_its_rule_and_is_judged_per_file(tmp_path: Path) -> None:
    """The same value is dropped in one file and reported in the next by the same engine (the judge's memo and
    the dropped-values fast path are per value, the weak-password slot per file and key)."""
    from credgate.config import Config
    from credgate.linter.engine import Engine

    eng = Engine(Config())
    assert eng.scan_bytes(b"DB_PASSWORD=qwerty2024\n", "settings.ini") == []
    assert eng.scan_bytes(b"DB_PASSWORD=qwerty2024\n", ".env.example") == []
    got = eng.scan_bytes(b"DB_PASSWORD=qwerty2024\n", "svc/.env")
    assert [(f.rule_id, f.secret) for f in got] == [("generic-password-assignment", "qwerty2024")]
    assert any(".env file" in w for w in got[0].why)
    assert eng.scan_bytes(b"DB_PASSWORD=qwerty2024\n", "settings.ini") == []
