"""People's words (session 14, issue 17: fresh17/fresh18 misses), through the CLI.

Found (tests/fixtures/s14_words_classes/hit, synthetic values of a hospital and a plant): "<device/role> password
<digits>", "..., password <mixed>", "same password everywhere: <value>", "Local <Admin> on <machines>: <value>",
"password for new residents is <Word%>", "password ... was changed on <date> to <value>", "New password set in
the ...\\nconsole is <value>", "New code: <digits>", "PIN <digits>" after a comma, "door code (<where>): <digits#>",
"key code (<parenthetical>): <code>", "New PIN entered: <value>", "Current value (prod): <token>", a code span
after a sentence about a password, wifi "for <event> is" / "changed btw:", a "user / password" reply to a login
question, a value-first Slack reply to a password question, "use <digits> and ..." after a code question.

Quiet (…/clean): ticket, RO, VIN, MRN, bed, room, badge, phone and extension numbers, dates, IPs, versions,
model numbers, "password was reset" with no value, "see vault", "ask Jo", placeholders, hashes, billing and
error codes, ports, ticket ids in code spans, words.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s14_words_classes"

HITS = {
    ("chat/slack-biomed.json", 3): ("chat-reply-value-first-after-question", "K3QWZ7R2X"),
    ("chat/whatsapp-plant-leads.txt", 2): ("chat-reply-use-digits-after-code-question", "603518"),
    ("chat/whatsapp-plant-leads.txt", 4): ("chat-wifi-changed-value", "CinderLathe47"),
    ("chat/whatsapp-plant-leads.txt", 6): ("chat-reply-user-slash-password", "T1702035"),
    ("chat/whatsapp-plant-leads.txt", 7): ("chat-wifi-changed-value", "ForgeHammer83"),
    ("docs/postmortem-2026-03-lis.md", 4): ("prose-secret-sentence-code-span", "7QK2MV9xR4TL8wZp3"),
    ("handover/biomed-handover.txt", 3): ("prose-password-word-mixed-value", "Tq8#52v"),
    ("handover/biomed-handover.txt", 4): ("prose-password-word-mixed-value", "RW4jxPtNq"),
    ("handover/biomed-handover.txt", 5): ("prose-local-admin-label-value", "Copperfield#"),
    ("handover/biomed-handover.txt", 6): ("prose-password-word-digits", "4827391"),
    ("handover/biomed-handover.txt", 7): ("prose-password-word-digits", "71630582"),
    ("runbooks/med-cabinet-offline.md", 3): ("prose-qualified-code-value", "582046"),
    ("runbooks/med-cabinet-offline.md", 4): ("prose-qualified-code-value", "7731#"),
    ("runbooks/med-cabinet-offline.md", 5): ("prose-password-then-is-value", "QW7KTR42P"),
    ("runbooks/med-cabinet-offline.md", 6): ("prose-password-then-is-value", "Bellhaven%"),
    ("runbooks/med-cabinet-offline.md", 8): ("prose-secret-sentence-code-span", "HT4W8P2K9Z"),
    ("runbooks/med-cabinet-offline.md", 9): ("prose-qualified-code-value", "K4418"),
    ("tickets/INC0088213.txt", 4): ("prose-qualified-code-value", "55820173"),
    ("tickets/MES-310.md", 5): ("prose-password-then-is-value", "K7WQ93D"),
    ("tickets/PLAT-882.md", 3): ("prose-current-value-secret", "Vb3nQz8LkR2xTm7WcJ5pHs9DfG4yNe6A"),
    ("tickets/servicenow-INC0100441.json", 4): ("prose-qualified-code-value", "QK7WZ2RT9M4XPL"),
}


def test_words_classes_are_found_and_nothing_else(tmp_path):
    root = FIX / "hit"
    code, findings = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    assert code == 1
    got = findings_by_line(findings, root)
    assert set(got) == set(HITS), (sorted(set(HITS) - set(got)), sorted(set(got) - set(HITS)))
    for key, (rule, value) in HITS.items():
        f = got[key]
        assert (f["rule_id"], f["secret"]) == (rule, value), key
        assert f["severity"] in ("medium", "high", "critical"), (key, f["severity"])


def test_words_classes_clean_prose_is_quiet(tmp_path):
    code, findings = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    assert findings == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in findings]
    assert code == 0


def test_words_rules_yield_to_older_rules(tmp_path):
    """The catch-alls carry the tag "yields": where an older rule reads the same value, its id is reported."""
    from tests.helpers import scan_files

    pin = "4" + "7" + "1" + "9" + "3"
    _, got = scan_files(tmp_path, {"notes/door.txt": f"[2026-05-02 08:21] Priya: med room door PIN is {pin}\n"})
    assert got[("notes/door.txt", 1)]["rule_id"] == "chat-pin-statement"
    assert got[("notes/door.txt", 1)]["secret"] == pin
