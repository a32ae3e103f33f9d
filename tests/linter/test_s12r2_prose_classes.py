"""People's words (session 12 round 2, issue 17: fresh12/fresh13 misses), through the CLI.

Found (tests/fixtures/s12r2_prose_classes/miss, synthetic test values): "I changed it to ..." / "I reset it to ..."
after a password or login word; "set admin back to ..." / "changed root to ..."; "try <user> / <password>";
"<service>: <user> / <password>" note lines; "<thing> account: <user> <password>"; "<admin> on the <host> is ...";
"<auth|key|token> for the <thing>: <machine-made value>"; an AWS secret access key alone on the line after
"secret ...:"; "log in as DOMAIN\\user with ..."; "new ADMIN password ... set"; "it has been reset to ...", "the new
one is ..."; "<value> is the new password", "use <value> as the password"; "the password I set is ..."; "login ... is
<user_x> / <CAPITALS>"; "reset the password for <user> to ..."; "the password's ...", "password is: ...", "pw will
be ...", "password updated -> ...", "password → ..."; "log in to <app> as <user> with `<code span>`"; a service label then
user / password inside a chat export's message; "u: <user> p: <pw>"; "credentials are <user> and <pw>"; "new pass ...".

Quiet (…/clean): the same words in ordinary prose (settings, encodings, regions, versions, repositories, key ids,
fingerprints, commits, references and placeholders).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r2_prose_classes"

MISSES = {
    ("chat/teams-ops.json", 2): ("prose-key-for-thing-value", "Qm7vKdLsxnEP2ClIZcRt8W"),
    ("chat/teams-ops.json", 3): ("prose-key-for-thing-value", "7f3ccd41bdad2ae93e68e64612205c1a"),
    ("chat/teams-ops.json", 4): ("prose-admin-on-host-is-password", "Hq4dg7*52"),
    ("chat/teams-ops.json", 5): ("prose-try-user-slash-password", "lantern1987"),
    ("chat/mattermost-eng.jsonl", 1): ("prose-set-admin-back-to-password", "QW7PTN"),
    ("chat/mattermost-eng.jsonl", 2): (None, "Tz9#kq22Lm"),
    ("chat/webex-dispatch.txt", 1): ("prose-try-user-slash-password", "Autumn2024"),
    ("chat/webex-dispatch.txt", 2): ("prose-try-user-slash-password", "Kq8-vLt42x"),
    ("chat/webex-dispatch.txt", 3): ("prose-admin-on-host-is-password", "Vw3#pq81Zr"),
    ("tickets/SDP-51020.txt", 2): ("prose-pronoun-reset-to-password", "marisol1968"),
    ("tickets/SDP-51020.txt", 3): ("prose-pronoun-reset-to-password", "Harvest2021$"),
    ("tickets/SDP-51020.txt", 4): ("prose-pronoun-reset-to-password", "Qx7-lantern"),
    ("tickets/export.csv", 2): ("prose-qualified-password-value", "7QMSW48210"),
    ("tickets/SEC-412.md", 5): ("aws-secret-key-bare-line", "9kQwBOKz1c4lIKm1HqTYGjpo2P/H7lA5TkYGDjZR"),
    ("notes/laptop-notes.txt", 2): ("prose-service-label-user-slash-password", "culvert-spillway-47"),
    ("notes/laptop-notes.txt", 3): ("prose-service-label-user-slash-password", "Kestrel1990"),
    ("notes/laptop-notes.txt", 4): ("prose-account-label-user-password", "Lindqvist1966"),
    ("notes/laptop-notes.txt", 5): ("prose-account-label-user-password", "Lantern88!x"),
    ("notes/failover.md", 4): ("prose-login-as-with-password", "Rw7d3r@95"),
    ("notes/failover.md", 5): ("prose-service-label-user-slash-password", "Tarnby-5582x"),
    ("mail/vendor.eml", 5): (None, None),
    ("tickets/SDP-51177.txt", 2): ("prose-pronoun-passive-reset-to-password", "Quarry2291"),
    ("tickets/SDP-51177.txt", 3): ("prose-pronoun-passive-reset-to-password", "Heron-4412x"),
    ("tickets/SDP-51177.txt", 4): ("chat-password-changed-to", "Marten2044"),
    ("tickets/SDP-51177.txt", 5): ("prose-password-value-first", "Kestrel1990!"),
    ("tickets/SDP-51177.txt", 6): ("prose-password-value-first", "Tz9kq22Lm4"),
    ("tickets/SDP-51177.txt", 7): ("prose-password-value-first", "Lantern77!q"),
    ("tickets/SDP-51177.txt", 8): ("prose-password-i-set-is", "Cobalt5519%"),
    ("tickets/SDP-51177.txt", 9): ("prose-pronoun-passive-reset-to-password", "Saffron1462%"),
    ("tickets/SDP-51177.txt", 10): ("prose-login-is-user-slash-capitals", "KDRWQPX"),
    ("chat/irc-ops.log", 1): ("prose-password-connector-value", "Wrenfield2207"),
    ("chat/irc-ops.log", 2): ("prose-password-connector-value", "Ellerby4471#"),
    ("chat/irc-ops.log", 3): ("prose-password-connector-value", "Bramwell1462%"),
    ("chat/irc-ops.log", 4): ("prose-password-connector-value", "Shale-2093q"),
    ("chat/irc-ops.log", 5): ("prose-password-connector-value", "Dunmore2044"),
    ("chat/slack-field.json", 2): ("chat-message-service-label-user-slash-password", "sluice-gatehouse-38"),
    ("chat/slack-field.json", 3): ("chat-message-service-label-user-slash-password", "Brindle2291"),
    ("notes/cad-runbook.md", 3): ("prose-login-to-as-with-password", "KQZyQ4x.))CSGJ7x.Wy#"),
    ("notes/cad-runbook.md", 4): ("prose-login-as-with-password", "Wexford-4471x"),
    ("notes/sticky.txt", 2): ("prose-u-p-shorthand", "Ravenglass8830!q"),
    ("notes/sticky.txt", 3): ("prose-creds-are-user-and-password", "Quillan319@x"),
    ("notes/sticky.txt", 4): ("prose-qualified-password-value", "Larchmont#88"),
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
