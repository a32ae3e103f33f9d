"""Human passwords in prose and tables, round 5 (session 8), through the CLI and the pieces that judge them.

1. a lower-case word+digits password in a chat export's message field (Discord "content", Mattermost
   "message", Slack "text") or told in the first person ("my password is ...") in a ticket or an e-mail;
2. "User is X, password Y" read out on a call (Teams .vtt, .srt transcripts);
3. "the password is" at the end of a line, the value quoted at the start of the next (runbook Markdown);
4. the password a login refused, pasted in a chat ("the builder account on build-07 rejects Kestrelmoor4");
5. a Markdown table under an "admin password" style header;
6. CSV/TSV tables read by header (credgate.iac.csvtable): the cells of a password column;
7. SQL dumps: pw / plain_pw / password_plain columns; PostgreSQL's stored md5/SCRAM hashes in ALTER ROLE are
   not passwords.

Fixtures: tests/fixtures/prose8_classes/{hit,clean} (synthetic test values), scanned with an empty config (the
repository's own .credgate.toml allowlists tests/fixtures/** by path).
"""
from __future__ import annotations

from pathlib import Path

from credgate.iac import csvtable, sqldump
from tests import rand
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "prose8_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("chat/discord-export-test.json", 4): ("chat-message-password-word", "marten47"),
    ("chat/mattermost-export-test.jsonl", 1): ("chat-message-password-word", "heron4471"),
    ("chat/slack-export-test.json", 3): ("chat-rejected-password", "Kestrelmoor4"),
    ("chat/irc-test.log", 2): ("chat-rejected-password", "Harbor2024Test!"),
    ("chat/bridge-call-test.vtt", 7): ("spoken-user-password-pair", "Qu4rryTest!66"),
    ("chat/standup-call-test.srt", 3): ("spoken-user-password-pair", "Kiln-3310x"),
    ("tickets/ticket-test.txt", 4): ("first-person-password-word", "otter2291x"),
    ("tickets/reply-test.eml", 5): ("first-person-password-word", "quarry8830"),
    ("runbooks/break-glass-test.md", 4): ("docs-prose-password-next-line", "Launch2026Test$"),
    ("runbooks/break-glass-test.md", 8): ("docs-table-password-column", "H0ll0wTest$16"),
    ("data/qa-accounts-test.csv", 2): ("csv-password-column", "Summer2024Test&"),
    ("data/kiosks-test.tsv", 2): ("csv-password-column", "Tundra5518test"),
    ("data/logins-test.csv", 2): ("csv-password-column", "Meadow-2291x"),
    ("data/legacy-test.sql", 2): ("sql-dump-password-column", "jonah45test"),
    ("data/legacy-test.sql", 3): ("sql-dump-password-column", "Harbor2291x"),
    ("data/legacy-test.sql", 4): ("sql-user-password", "Crunch2026Test$"),
}


def test_prose_and_table_passwords_are_reported_at_medium(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] == "medium", (where, f["severity"])  # a person's password: reported, not a gate block
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1  # credgate dir: audits block at medium


def test_look_alikes_stay_quiet(tmp_path: Path) -> None:
    """Placeholders, notes, masks, hashes, policy prose and PostgreSQL's stored hash forms: nothing at all."""
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_gates_do_not_block_a_prose_password(tmp_path: Path) -> None:
    """Medium: the commit and CI gates (threshold high) report nothing that blocks; the policy is unchanged."""
    code, found = scan_built_in(FIX / "hit" / "chat", tmp_path, "--fail-on", "high")
    assert found and all(f["severity"] == "medium" for f in found)
    assert code == 0


def _csv_line(cells: list[str], delim: str) -> str:
    return delim.join(f'"{c}"' if (delim in c or '"' in c) else c for c in cells)


def test_csv_cells_map_to_the_header(tmp_path: Path) -> None:
    rand.reseed("prose8-csv")
    pw = [f"{rand.choice(['Otter', 'Heron', 'Quill'])}{1000 + rand.randbelow(9000)}{rand.choice('!#&')}" for _ in range(4)]
    files = {
        # a quoted note with the delimiter inside it before the password cell
        "exports/accounts.csv": "user,notes,Admin Password\n"
                                + _csv_line(["ops", "lead, EU", pw[0]], ",") + "\n"
                                + _csv_line(["dev", "bcrypt below", "$2b$12$KIXQJfakeKIXQJfakeKIXQeuUu5E5F0rjVdRkmyPZfbe"], ",")
                                + "\n",
        "exports/semicolon.csv": "# exported 2026-01-01\nName;Pass;Env\nkiosk;" + pw[1] + ";prod\nkiosk2;********;prod\n",
        "exports/devices.tsv": "device\tip\tpwd\nrouter\t10.0.0.1\t" + pw[2] + "\n",
        # a row with a cell too few is not guessed at
        "exports/ragged.csv": "user,password,env\nops," + pw[3] + "\n",
        # no password column: nothing read
        "exports/plain.csv": "user,pass_rate,env\nops,0.97,prod\n",
    }
    for rel, text in files.items():
        p = tmp_path / "t" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
    _code, found = scan_built_in(tmp_path / "t", tmp_path)
    got = {(k, f["secret"]) for k, f in findings_by_line(found, tmp_path / "t").items()
           if f["rule_id"] == "csv-password-column"}
    assert got == {(("exports/accounts.csv", 2), pw[0]), (("exports/semicolon.csv", 3), pw[1]),
                   (("exports/devices.tsv", 2), pw[2])}, got


def test_csv_column_names_and_cells() -> None:
    assert csvtable.column_name(' "Admin Password" ') == "admin_password"
    for name in ("password", "Password", "pass", "pwd", "Admin Password", "plain-pw", "user_pass"):
        assert sqldump.password_column(csvtable.column_name(name)), name
    for name in ("password_hash", "Password Hash", "salt", "password_changed_at", "pass_rate", "compass", "bypass",
                 "Boarding Pass", "season_pass"):
        assert not sqldump.password_column(csvtable.column_name(name)), name
    for cell in ("", "  ", "<reset pending>", "(SSO)", "********", "n/a", "-", "see 1Password",
                 "5f4dcc3b5aa765d61d8327deb882cf99", "$argon2id$v=19$m=65536,t=3,p=4$c2FsdA$aGFzaA"):
        assert csvtable.cell_problem(cell), cell
    assert csvtable.cell_problem("Summer2024Test&") is None


def test_sql_password_column_names() -> None:
    for col in ("pw", "plain_pw", "userpw", "password_plain", "cleartext_password", "password_cleartext", "raw_password"):
        assert sqldump.password_column(col), col
    for col in ("pw_hash", "hashed_pw", "pw_salt", "password_digest", "encrypted_pw", "npw", "pw_changed_at"):
        assert not sqldump.password_column(col), col
