"""General filter failures and password slots (session 12 round 2, issue 17), through the CLI.

1. passwords holding "(" ... ")" in the middle (a Kafka JAAS password, a compose KAFKA_CLIENT_PASSWORDS, a
   CloudFormation SecretString JSON, a welcome e-mail): a letter or digit right after ")" is no function call;
   real calls (getpass(prompt), os.urandom(24).hex(), Sensitive(lookup('x'))) stay quiet.

Fixtures: tests/fixtures/s12r2_gen_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r2_gen_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("kafka/client-scram.properties", 5): ("jaas-config-password", "Wr7kzq(aV*Z7%C.dxY0FbZC6)O%q"),
    ("compose/docker-compose.yaml", 6): ("iac-compose-env-secret", "Jt3mvx(bR*Q8%D.eyZ1GcAD7)P%h"),
    ("cfn/msk-secret.yaml", 6): ("iac-cfn-literal-secret", "Ln5pqw(cS*R9%E.fzA2HdBE8)Q%j"),
    ("mail/welcome.eml", 7): ("generic-password-assignment", "Hq8M4U2jdf*3NPGg8K-*)R"),
}


def test_general_classes_are_reported(tmp_path: Path) -> None:
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


def test_calls_references_and_placeholders_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
