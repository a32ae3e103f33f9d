"""Keys shaped like ids, SOAP and sshpass passwords, Chef attributes (session 13, issue 17), through the CLI.

1. provider and app secrets shaped like ids under a name that says what they are, in a live config or code:
   a UUID under a whole client/app/consumer secret, access token, REST key or vendor app-key name (JSON,
   YAML, .properties, appsettings, an env fallback after ?? / || or os.getenv's default, a CDK Go
   jsii.String wrapper), 32 upper-case hex or 20-40 upper-case alphanumerics under a key/secret name (ini,
   Helm values, .properties), a literal under a vendor's X-...-Key / -Token / -Secret header (PowerShell
   hashtable, Python dict, C# Headers.Add), the secret_id line of saved vault CLI output;
2. WS-Security UsernameToken("user", "pw") (zeep, keyword form) and WSS4J setUserInfo("user", "pw");
3. export SSHPASS='...' and SSHPASS=... sshpass -e;
4. Chef attributes: SNMP community strings and node[...]['password'] literals.
Quiet: ids (client_id, tenant_id, correlationId, request/trace ids, key ids), idempotency/cache/sort/partition
keys, references, an iOS .xcconfig SDK key and a GoogleService-Info.plist API key, documents, templates, test
files, the vault secret_id_accessor and ttl, env/settings reads in UsernameToken, SSHPASS from a variable,
"public" and attribute lookups.

Fixtures: tests/fixtures/s13_keys_classes/{hit,clean} (synthetic values), scanned from there with an empty
config (paths carry no tests/fixtures prefix: the UUID and key rules skip fixtures, tests and examples).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13_keys_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("cdk/stack.go", 3): ("uuid-secret-under-credential-name", "14afd5ca-51ae-4546-9b86-7836feefafe1"),
    ("chef/attributes/default.rb", 2): ("snmp-community-variable", "1dhodzdoc9is"),
    ("chef/attributes/default.rb", 3): ("snmp-community-variable", "581u33xtplpf"),
    ("chef/attributes/default.rb", 4): ("generic-password-assignment", "KtHF4vUCsMehGA"),
    ("chef/attributes/default.rb", 5): ("generic-password-assignment", "dUStPKR0CsTy4Q"),
    ("chef/attributes/default.rb", 6): ("snmp-community-variable", "nsipzz5fk2z9"),
    ("chef/attributes/default.rb", 7): ("generic-password-assignment", "e9uvw53efr4e"),
    ("helm/values.yaml", 3): ("upper-key-under-key-name", "2W54O2F5DZDYU9SO1V6MDO5B"),
    ("hr/adp.json", 4): ("uuid-secret-under-credential-name", "cdd33ae6-e1a6-4df8-bee4-2e665a55f273"),
    ("integ/partner.ini", 3): ("upper-key-under-key-name", "83EE849E3E280493DD3892AB3F643076"),
    ("java/src/main/java/com/acme/SoapAuth.java", 6): ("wsse-usernametoken-password", "AjIhKtJ0RlgLKO"),
    ("ops/approle-etl.txt", 4): ("vault-approle-secret-id-output", "b11081fb-4285-46f2-a89f-6f83ebb7c4f3"),
    ("payments/config/production.yaml", 3): ("uuid-secret-under-credential-name", "3567989a-de83-4909-83d4-b3ee1dd7db6e"),
    ("pms/ohip.properties", 2): ("uuid-secret-under-credential-name", "c85eb0d2-9526-4f01-845f-4edfab4ed32e"),
    ("pos/rates.py", 3): ("custom-header-key-literal", "fcx78M40umdSA2QHEQmzWo6kL0O236Ti"),
    ("pos/sync.ps1", 2): ("custom-header-key-literal", "AK8AGIWQst8sMjMzpZJfmGsNtDdLC87hvIlk"),
    ("sh/sftp_push.sh", 3): ("sshpass-env-password", "GncfBAepfJ"),
    ("sh/sftp_push.sh", 5): ("sshpass-env-password", "mxgJTeKdNn"),
    ("soap/workday.py", 5): ("wsse-usernametoken-password", "u8jzPde0IgxLd6"),
    ("soap/workday.py", 6): ("wsse-usernametoken-password", "CorVane99"),
    ("svc/Client.cs", 2): ("custom-header-key-literal", "Hq8xk2LmPz0aQw7RtY5uVb3NcD1eFg6J"),
    ("svc/appsettings.Production.json", 4): ("uuid-secret-under-credential-name", "5c4ed8c6-3119-451c-ac27-d04bb7bb796d"),
    ("svc/locks.env.properties", 2): ("upper-key-under-key-name", "Q7ZK2M9XW4TR8PL3VN6B"),
    ("svc/partner.py", 3): ("uuid-secret-under-credential-name", "b1607e21-58bb-439b-846f-d860fbfa8c7a"),
    ("web/braze.ts", 1): ("uuid-secret-under-credential-name", "c9e6a5a5-da32-423c-8708-c249fae03328"),
    ("web/braze.ts", 2): ("uuid-secret-under-credential-name", "40421675-fa7e-4201-8fd3-9f679af2c237"),
}


def test_key_classes_are_reported(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, FIX / "hit")
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_ids_references_and_public_keys_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    # the Braze SDK key in the iOS build config is shown as info (public by design: tests/linter/test_s13_fp_classes.py)
    info = [(f["path"], f["line"]) for f in found if f["severity"] == "info"]
    assert info == [("clean/ios/App/Braze.xcconfig", 1)], info
    found = [f for f in found if f["severity"] != "info"]
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_the_uuid_rule_needs_the_credential_name(tmp_path: Path) -> None:
    """The same UUID under an id name, a bare api_key/app_key or a session token stays quiet."""
    from credgate.linter.engine import Engine

    value = "-".join(("5c4ed8c6", "3119", "451c", "ac27", "d04bb7bb796d"))
    eng = Engine()
    for name in ("client_id", "client_secret_id", "api_key", "app_key", "session_token", "secret_id", "tenant"):
        got = [f.rule_id for f in eng.scan_bytes(f'{name}: "{value}"\n'.encode(), "svc/config.yaml")]
        assert "uuid-secret-under-credential-name" not in got, (name, got)
    for name in ("client_secret", "clientSecret", "access_token", "PARTNER_REST_KEY", "ohip.app-key"):
        got = [f.rule_id for f in eng.scan_bytes(f'{name}: "{value}"\n'.encode(), "svc/config.yaml")]
        assert "uuid-secret-under-credential-name" in got, (name, got)
        got = [f.rule_id for f in eng.scan_bytes(f'{name}: "{value}"\n'.encode(), "docs/config.md")]
        assert "uuid-secret-under-credential-name" not in got, (name, got)
