"""General filter failures and password slots (session 12 round 2, issue 17), through the CLI.

1. passwords holding "(" ... ")" in the middle (a Kafka JAAS password, a compose KAFKA_CLIENT_PASSWORDS, a
   CloudFormation SecretString JSON, a welcome e-mail): a letter or digit right after ")" is no function call;
   real calls (getpass(prompt), os.urandom(24).hex(), Sensitive(lookup('x'))) stay quiet;
2. short literal passwords in password slots (Roku bsconfig, appsettings, <add key=..Password value=..>, an
   upper-case acronym with a digit or a symbol, six upper-case letters that spell no word), SSIS .dtsConfig and
   catalog variables, Azure DevOps variable-group exports; words (NOTSET, SECRET, STRING), algorithm names
   (HS256), identifiers (dev01) and references stay quiet;
3. passphrases word-word-NN in PSK slots (tfvars), msdeploy setParameter and after "user / " in notes;
4. a PEM private key in JSON with escaped slashes (PHP json_encode of a Google service-account file);
5. Redis MONITOR "AUTH" lines, kcat -X sasl.password=, CDKTF/Terraform passwords=[...], Terragrunt redis_auth;
6. false positives: a role name as a YAML password (datastore_ro), an id wrapped in SecretValue.unsafePlainText
   under an *Id property, a cdk.context.json key-provider key read as "user / password".

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
    ("shell/bash_history.txt", 1): ("generic-password-assignment", "Tz8ynl(bW*Q7%C.exY0FbZC6)O%g"),
    ("shell/bash_history.txt", 2): ("generic-password-assignment", "Hv3rLw8qTz2xWq"),
    ("roku/bsconfig.json", 4): ("generic-password-assignment", "Kxq58"),
    ("dotnet/appsettings.Production.json", 2): ("generic-password-assignment", "HQTB1"),
    ("dotnet/mos-gateway.json", 5): ("generic-password-assignment", "AVFBLQ"),
    ("dotnet/App.config", 3): ("xml-appsetting-secret", "HQG98"),
    ("dotnet/PermitLookup.SetParameters.xml", 4): ("webdeploy-setparameter-secret", "granite-silo-47"),
    ("ssis/Gl.dtsConfig", 3): ("ssis-config-password", "HQTB#"),
    ("ssis/set_environment.sql", 3): ("ssis-catalog-sensitive-value", "QRTB#"),
    ("ado/permit-prod.json", 3): ("variable-group-json-secret", "QRTB1"),
    ("tf/prod.tfvars", 1): ("iac-terraform-secret", "maple-hinge-58"),
    ("tf/prod.tfvars", 2): ("iac-terraform-secret", "Kq7vLp2xRt9w"),
    ("notes/checklist.md", 3): ("notes-user-slash-passphrase", "walnut-ladder-64"),
    ("notes/laptop-notes.txt", 2): ("prose-service-label-user-slash-password", "culvert-tollbooth-37"),
    ("redis/monitor-capture.txt", 1): ("redis-monitor-auth", "nQ0UltIdgJ46O1Gdnjv0C7koxhdIEt"),
    ("cdktf/main.py", 2): ("iac-passwords-list-literal", "9cWZ^pw^*Bi7vra^TZ+Pbjj5nIS-"),
    ("terragrunt/terragrunt.hcl", 3): ("cache-auth-assignment", "gQQ2nf1Vhn9k0EULd34subY6M"),
}
PEM = ("gcp/play-service-account.json", 5)


def test_general_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    assert got[PEM]["rule_id"] == "gcp-service-account-key" and "\\/" in Path(root, PEM[0]).read_text()
    got.pop(PEM)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_short_slot_passwords() -> None:
    from credgate.linter.filters import slot_short_password

    for v in ("HQTB1", "HQG98", "HQTB#", "AVFBLQ", "Kxq58"):
        assert slot_short_password(v), v
    for v in ("NOTSET", "SECRET", "STRING", "HS256", "SHA256", "TLS12", "UTF8", "dev01", "abc12", "v1.22", "ABC", "HIDDEN"):
        assert not slot_short_password(v), v


def test_calls_references_and_placeholders_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0
