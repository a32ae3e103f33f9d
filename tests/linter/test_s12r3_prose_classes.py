"""People's words (session 12 round 3, issue 17: fresh14 misses), through the CLI.

Found (tests/fixtures/s12r3_prose_classes/miss, synthetic test values): a local, break-glass or built-in admin
account told as "<user> / <password>" after "is" or a colon; a TeamViewer, AnyDesk or RustDesk ID then its password
("/ ...", "unattended password ...", "pw: ...", "password is ..."); "<datastore> auth is ..." in chat; a secret in a
code span in brackets after the secret word ("the client secret ... (`...`)"); an NT hash after "NT hash" / "NTLM
hash".

Quiet (.../clean): the same words with placeholders, references, settings, versions, dates, identifiers and paths.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r3_prose_classes"

MISSES = {
    ("mail/vendor.eml", 5): ("prose-local-admin-user-slash-password", "Mervyn2031"),
    ("notes/access.txt", 2): ("prose-local-admin-user-slash-password", "Mervyn2031"),
    ("notes/access.txt", 3): ("remote-access-id-password", "4kt9wQMnZ"),
    ("notes/access.txt", 4): ("remote-access-id-password", "Corrin-5528"),
    ("notes/access.txt", 5): ("prose-local-admin-user-slash-password", "Kx7-pqr22w"),
    ("tickets/INC-7731.txt", 2): ("remote-access-id-password", "4kt9wQMnZ"),
    ("tickets/INC-7731.txt", 3): ("remote-access-id-password", "kW8vPz2m9"),
    ("chat/slack.json", 2): (None, "Hq7TWbZkjZQXGN1sIq3Dt85dc"),
    ("chat/slack.json", 3): (None, "Kq82mLzvP0tRw7NxdY4s"),
    ("notes/postmortem.md", 3): ("prose-secret-word-bracketed-code-span", "PorterMarlow71"),
    ("notes/postmortem.md", 4): (None, "Qm7vKd2LsxnEP"),
    ("notes/postmortem.md", 7): ("prose-nt-hash-value", "ab4f19c8d0e2a7b6c3f58e91d2047a6b"),
}


def test_prose_classes_are_found(tmp_path):
    root = FIX / "miss"
    code, findings = scan_built_in(Path("miss"), tmp_path, cwd=FIX)
    assert code == 1
    got = findings_by_line(findings, root)
    missing = []
    for key, (rule, value) in MISSES.items():
        f = got.get(key)
        if f is None:
            missing.append(key)
            continue
        if rule is not None:
            assert f["rule_id"] == rule, (key, f["rule_id"])
        if value is not None:
            assert f["secret"] == value, (key, f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (key, f["severity"])
    assert not missing, missing


def test_prose_classes_clean_prose_is_quiet(tmp_path):
    code, findings = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    assert findings == [], [(f["path"], f["line"], f["rule_id"]) for f in findings]
    assert code == 0
