"""People's words and two log/CSV shapes (session 13 round 2, fresh15/fresh16 misses), through the CLI.

1. passwords told by people in shapes the earlier prose rules read too narrowly: "the rover pw is <word+digits>
   right?" (chat shorthand), "temporary password <five characters>" (welcome e-mail), "(password <value>)"
   (postmortem), "shared secret is <value>" (runbook), "the <svc> login is <value!>", "they said it's `<value>`"
   (todo note), "# password fallback for ... (ticket N): <value>" (a comment in an ssh config), a WhatsApp reply
   that is only a code after a question about a kiosk exit or the wifi, and "Hik-Connect verification code: X";
2. an AKIA key ID in a presigned URL in an ALB access log line: the signature lies beyond the first 400
   characters of the line, so the finding's line text did not show it and the key ID was ranked as a SigV4
   header's (informational); now an expired presigned URL's AKIA key ID is low, as elsewhere;
3. a CSV export with a title line above its header ("... user export - store 12", then "username;...;password").

Fixtures: tests/fixtures/s13r2_words_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13r2_words_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("chat/robotics-export.txt", 2): ("chat-pw-shorthand-word-digits", "lantern472"),
    ("chat/whatsapp-shift-leads.txt", 2): ("chat-reply-code-after-credential-question", "QW7KD29"),
    ("chat/whatsapp-shift-leads.txt", 4): ("chat-reply-code-after-credential-question", "LabelHeron42"),
    ("csv/controller-users.csv", 3): ("csv-password-column", "Marlow2019"),
    ("docs/freezer-runbook.md", 3): ("prose-login-is-symbol-password", "Crate584!"),
    ("docs/postmortem.md", 3): ("prose-bracketed-password-value", "Fjord!7"),
    ("docs/radius-runbook.md", 3): ("prose-shared-secret-is-value", "tundraRadius318"),
    ("handover/cctv-handover.txt", 3): ("device-verification-code", "TRKWE7"),
    ("mail/welcome-admin.eml", 7): ("prose-qualified-password-short", "fig58"),
    ("notes/todo.md", 3): ("prose-credential-its-code-span", "Quarry736#"),
    ("ssh/vendor-sftp.conf", 4): ("comment-password-label-colon-value", "7hQz#Lk2pWmr"),
}
ALB = ("logs/alb-access.log", 1)


def test_words_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    alb = got.pop(ALB)
    assert alb["rule_id"] == "aws-access-key-id" and alb["secret"].startswith("AKIA"), alb
    assert alb["severity"] == "low", alb  # an expired presigned URL: the AKIA key it names still works
    assert any("expired presigned URL" in w for w in alb["why"]), alb["why"]
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_words_about_passwords_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_line_text_reaches_past_a_far_secret() -> None:
    from credgate.triage import presigned_state

    text = (FIX / "hit" / ALB[0]).read_text()
    assert text.index("X-Amz-Signature=") >= 400
    assert presigned_state(text) == "expired"
    assert presigned_state(text[:400]) == "header"  # what the 400-character line text used to give


def test_csv_title_line_above_the_header() -> None:
    from credgate.iac.csvtable import csv_hits

    body = "username;profile;password;language\nadmin;Administrator;Qx7mLw2291;en\n"
    assert [h.secret for h in csv_hits("Unit export - site 4\n" + body, "u.csv")] == ["Qx7mLw2291"]
    assert [h.secret for h in csv_hits(body, "u.csv")] == ["Qx7mLw2291"]
    # up to three title lines are skipped (csvtable._MAX_TITLES); four: not a table this reader trusts
    assert [h.secret for h in csv_hits("a\nb\nc\n" + body, "u.csv")] == ["Qx7mLw2291"]
    assert list(csv_hits("a\nb\nc\nd\n" + body, "u.csv")) == []
