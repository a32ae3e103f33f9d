"""Credentials passed as string literals in code, and Authorization values built in code (session 15, issue 17).

One family (credgate/linter/rules/codecreds15.toml) for a general shape, read in any language:

1. code-call-user-password-literals: a call or constructor whose name says it takes credentials (*Credential*,
   *Identity*, *Auth*, *Login*, *SignIn*, *Password*, *Basic*, *Connect*, *Bind*, new PDO) with a user literal
   then a password literal, after any leading host / port / URL arguments (OPC UA UserIdentity, paramiko
   connect(host, 22, u, p), cx_Oracle.connect(u, p, dsn), LoginAsync, getConnection(urlVar, u, p), Rust
   basic_auth(u, Some(p)), Ruby basic_auth "u", "p", PHP new PDO($dsn, u, p));
2. code-basic-pair-encoded-literal: "user:password" written inside a base64 encoder (b64encode, btoa,
   Buffer.from, GetBytes, []byte, base64_encode, encodeToString) or CURLOPT_USERPWD;
3. code-scheme-token-header-literal: a literal "Bearer X" / "Token X" header value (Terraform http_header,
   Postman, code maps, X-*-Auth), "Authorization: Token X" (.http, curl -H), AuthenticationHeaderValue;
4. code-password-setter-literal: set_password("x") / keyring.set_password(svc, user, "x").

The family is tagged "yields": where an older per-library rule reads the same value its id stays.  Clean
look-alikes: variables, env lookups, ${...}/{{...}} templates, placeholders, a bcrypt hash, TeamCity
credentialsJSON references, regions, ports, i18n labels, docs.

Fixtures: tests/fixtures/s15_code_creds/{hit,clean} (synthetic values; eight industries), scanned with an empty
config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15_code_creds"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("airline/crew.go", 4): ("password-builder-literal", "Runw4y-27L"),
    ("airline/crew.go", 5): ("code-basic-pair-encoded-literal", "Cab1n#Crew"),
    ("airline/crew.go", 6): ("code-scheme-token-header-literal", "Jt6mQ3vX8pL2sR7wZ4nB9yK1cH5dF0gE"),
    ("airline/roster.rs", 2): ("code-call-user-password-literals", "Tax1way#Bravo"),
    ("education/lti.sh", 1): ("code-scheme-token-header-literal", "9mK3qW7xL2vT8pR4sZ1nB6yH5cJ0dFgE"),
    ("education/sis.php", 2): ("code-call-user-password-literals", "Lectu4e#Hall"),
    ("education/sis.php", 3): ("code-call-user-password-literals", "Semest3r!Fall"),
    ("education/sis.php", 4): ("code-basic-pair-encoded-literal", "Syllab0s#88"),
    ("education/sis.php", 5): ("code-basic-pair-encoded-literal", "Transcr1pt!Gpa"),
    ("law/Billing.ps1", 1): ("powershell-securestring-plaintext", "Ret4iner!Fee"),
    ("law/Billing.ps1", 2): ("powershell-securestring-plaintext", "Hourly#Rate88"),
    ("law/Billing.ps1", 3): ("code-basic-pair-encoded-literal", "Tim3keep!ng"),
    ("law/DocketSync.cs", 5): ("code-call-user-password-literals", "Brief-Case-5519"),
    ("law/DocketSync.cs", 6): ("code-basic-pair-encoded-literal", "Dep0sition7"),
    ("law/DocketSync.cs", 7): ("code-scheme-token-header-literal", "qP7vX2mL9sT4wZ8kR3nB6yH1cJ5dF0gA"),
    ("law/DocketSync.cs", 8): ("code-call-user-password-literals", "Tort-Reform-63"),
    ("law/DocketSync.cs", 9): ("credential-object-password", "Aff1davit#22"),
    ("mining/Dispatch.kt", 2): ("code-call-user-password-literals", "Haul-Truck-793"),
    ("mining/Dispatch.kt", 4): ("code-call-user-password-literals", "Sh0vel#Load"),
    ("mining/Dispatch.kt", 6): ("code-call-user-password-literals", "Ore#Grade55"),
    ("mining/postman_collection.json", 4): ("code-scheme-token-header-literal", "Rk4nW8qT2mLx7Zp3Vc9Bs5Hd6Jy1Fg0E"),
    ("oilgas/historian.py", 3): ("connect-call-password", "Drill-Bit-2290"),
    ("oilgas/historian.py", 4): ("code-call-user-password-literals", "Crude#Assay41"),
    ("oilgas/historian.py", 6): ("code-password-setter-literal", "Flare$Stack9"),
    ("oilgas/iot-rules.tf", 7): ("code-scheme-token-header-literal", "Wv8kT2qLm9Zx4Rp7Nc3Bs6Hd1Jy5Fg0A"),
    ("pharma/DataSourceConfig.java", 5): ("password-builder-literal", "Clin1cal#Trial"),
    ("pharma/lims_client.py", 4): ("basic-auth-call-password", "Dev1ation#Capa"),
    ("pharma/lims_client.py", 5): ("ldap-bind-dn-password", "Steril1ty#Lot9"),
    ("pharma/lims_client.py", 6): ("generic-password-assignment", "Lot-Release-4417"),
    ("shipping/edi.js", 1): ("code-basic-pair-encoded-literal", "Cont4iner!Yard"),
    ("shipping/edi.js", 2): ("code-basic-pair-encoded-literal", "Ha1bor$Crane"),
    ("shipping/edi.js", 3): ("login-call-password", "Bo1lard#81"),
    ("shipping/edi.js", 4): ("token-key-bearer-scheme-value", "7yH2kL9mQ4vX8pR3sZ6nB1cT5dJ0fWgA"),
    ("shipping/manifest.swift", 1): ("generic-password-assignment", "Cargo#Hold72"),
    ("shipping/tracking.rb", 2): ("code-call-user-password-literals", "Keel-Haul-66"),
    ("telecom/OssClient.java", 10): ("password-builder-literal", "Fiber-Splice-31"),
    ("telecom/OssClient.java", 14): ("password-builder-literal", "Roam1ng#Tariff"),
    ("telecom/OssClient.java", 17): ("credential-object-password", "Hlr$5521x"),
    ("telecom/OssClient.java", 5): ("code-call-user-password-literals", "Cell7Tower!9"),
    ("telecom/OssClient.java", 7): ("code-basic-pair-encoded-literal", "Sw1tch-8842"),
    ("telecom/nms_poll.py", 4): ("code-call-user-password-literals", "Gp0n#Splitter"),
    ("telecom/nms_poll.py", 6): ("code-basic-pair-encoded-literal", "Backha1l-77"),
    ("telecom/provision.http", 3): ("code-scheme-token-header-literal", "5fKq82LmWz7RtXv3NpB9sJd4HcYa6GeU"),
}


def test_code_credentials_are_reported(tmp_path: Path) -> None:
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


def test_references_placeholders_and_variables_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert not found, [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0

