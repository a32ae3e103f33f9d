"""Session 15 round 2 (issue 17: fresh21 password misses), fixed in shared mechanisms, through the CLI.

1. a function named for auth/credentials that returns a user and a password literal (codecreds15.toml
   code-function-returns-user-password-literals);
2. chat exports in HTML and JSON through the cross-line answer rules (words15: chat-reply-answers-code-question,
   a code/PIN question answered by a bare value);
3. CSV tables and password files embedded in a ConfigMap (cfgview hands users.csv: | to the CSV reader);
4. a network tool's enable password under <TOOL>_ENABLE (words15r2.toml tool-enable-secret-env);
5. code-span and "secret is" values holding . ( ) % (prose-secret-sentence-code-span, prose-shared-secret-is-value),
   a doc-table row naming a routing protocol's auth key (sqldump secret column names);
6. a PIN of one odd digit beside a run (7888, 2999: filters._two_digit_pin), quoted env list items holding "&"
   (Packer environment_vars), ...Override code slots, a service account named before its password, and SSHPASS
   values holding % ( ).

Fixtures: tests/fixtures/s15r2_words/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15r2_words"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("code/lims_client.py", 5): ("code-function-returns-user-password-literals", "Pipette#48x"),
    ("code/courier.js", 3): ("code-function-returns-user-password-literals", "Frei8ht!Dock"),
    ("code/claims.go", 4): ("code-function-returns-user-password-literals", "Tort-Brief-91"),
    ("chat/pharmacy-export.html", 3): ("chat-reply-answers-code-question", "8316"),
    ("chat/dispatch-export.json", 2): ("chat-reply-answers-code-question", "5094"),
    ("k8s/mqtt-users.yaml", 8): ("csv-password-column", "Wq7vKz2pLm9xRt4"),
    ("k8s/mqtt-users.yaml", 9): ("csv-password-column", "Hn3#Tz8qLw5v"),
    ("k8s/mqtt-users.yaml", 12): ("csv-password-column", "Vw4#kQ9zLp2m"),
    ("nomad/unimus.nomad.hcl", 6): ("tool-enable-secret-env", "Hx4Kd9W"),
    ("nomad/rancid.env.sh", 1): ("tool-enable-secret-env", "Tw9#pLmx4"),
    ("docs/lab-runbook.md", 3): ("prose-secret-sentence-code-span", "Qv7.L4m(2Rz)^T9k"),
    ("docs/lab-runbook.md", 5): ("prose-secret-sentence-code-span", "Pk8=rT)w2Lx#9Vm4"),
    ("docs/lab-runbook.md", 9): ("doc-table-password", "Zr5mQ8vT2kLw"),
    ("notes/cart-locks.txt", 2): ("prose-qualified-code-value", "2999"),
    ("packer/lims.pkr.hcl", 4): ("env-literal-password-ampersand", "Ledger&508x"),
    ("pos/register.ini", 4): ("device-code-slot", "583016"),
    ("tickets/HOSP-4410.json", 4): ("prose-shared-secret-is-value", "Tq8=vL)m4Rx#2Wp"),
    ("tickets/INC0091822.txt", 3): ("prose-service-account-password-value", "lab7q"),
    ("shell/ali-push.sh", 2): ("sshpass-env-password", "Qm.7rT=pL%+x#2(Wk)9"),
}


def test_round2_password_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_pin_with_one_odd_digit() -> None:
    from credgate.linter.filters import _two_digit_pin

    for v in ("7888", "2999", "1222", "6161", "4499"):
        assert _two_digit_pin(v), v
    for v in ("0000", "1000", "0001", "5000", "0009", "123", "ab12"):
        assert not _two_digit_pin(v), v


def test_references_flags_calls_and_hashes_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
