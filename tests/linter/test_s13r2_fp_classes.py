"""False-alarm classes of fresh15/fresh16 (session 13 round 2), through the CLI.

1. public by design, kept as informational (INFO: shown with --verbose, never blocking): a Supabase anon key (a
   JWT whose payload role is "anon": EXPO_PUBLIC_/server .env/createClient), a Bugsnag notifier API key (CI env,
   AndroidManifest, Bugsnag.start), an LTI 1.1 consumer key (sent in clear in every launch); the service_role
   key, a Bugsnag auth token and the LTI shared secret stay reported;
2. hashes and ciphertext, dropped: Jupyter passwd() hashes (argon2:$argon2id$..., sha1:salt:digest), Salesforce
   Data Loader encrypt.sh output in sfdc.password (hex), Duo authproxy *_protected values (DPAPI); a plaintext
   sfdc.password and a Duo radius_secret stay reported;
3. XML/HTML-escaped placeholders (&lt;must-be-changed&gt;, &#60;...&#62;) in tomcat-users.xml, settings.xml,
   web.config; an escaped real password stays reported;
4. a SQL dump's api_key / consumer_key column beside its api_secret / consumer_secret column (the public half of
   the pair); the secret column stays reported;
5. IaC: a DSN that only names host:port/service (EZConnect, JDBC thin, tcp://) under *_DSN; a CloudFormation
   password equal to the user name beside it (admin/admin, guest/guest: the product's default pair, as
   url_password already reads user:user@); Spring2023! beside another user stays reported.

Fixtures: tests/fixtures/s13r2_fp_classes/{hit,clean} (synthetic values), scanned with an empty config from the
fixture folder (paths carry no tests/ prefix).
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s13r2_fp_classes"

# (file under hit/, line) -> rule; the secret is read from the fixture line
HITS = {
    ("mobile/.env.production", 2): "jwt-token",
    ("ci/pipeline.yml", 4): "provider-key-uuid-or-hex",
    ("cfn/lti.yaml", 11): "iac-cfn-literal-secret",
    ("cfn/lti.yaml", 12): "iac-cfn-literal-secret",
    ("dataloader/config.properties", 3): "properties-password",
    ("duo/authproxy.cfg", 4): "generic-password-assignment",
    ("tomcat/tomcat-users.xml", 4): "generic-password-quoted",
    ("dumps/partners.sql", 2): "sql-dump-secret-column",
    ("cfn/legacy-broker.yaml", 12): "iac-cfn-literal-secret",
}
# public by design: reported informational only
INFO_HIT = {("cfn/lti.yaml", 10): "iac-cfn-literal-secret", ("duo/authproxy.cfg", 2): "upper-key-under-key-name"}


def _line(rel: str, line: int) -> str:
    return (FIX / "hit" / rel).read_text().splitlines()[line - 1]


def test_fp_class_boundaries_are_reported(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, FIX / "hit")
    blocking = {k: f for k, f in got.items() if not f.get("informational")}
    missing = sorted(set(HITS) - set(blocking))
    assert not missing, missing
    for where, rule in HITS.items():
        f = blocking[where]
        assert f["rule_id"] == rule, (where, f["rule_id"])
        assert f["secret"] and f["secret"] in _line(*where), (where, f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])
    extra = sorted(set(blocking) - set(HITS))
    assert not extra, [(w, blocking[w]["rule_id"], blocking[w]["secret"]) for w in extra]
    info = {k: f["rule_id"] for k, f in got.items() if f.get("informational")}
    assert info == INFO_HIT, info
    assert code == 1


def test_public_hashes_ciphertext_placeholders_and_dsns_do_not_block(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, cwd=FIX)
    shown = [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found if not f.get("informational")]
    assert shown == [], shown
    info = findings_by_line([f for f in found if f.get("informational")], FIX / "clean")
    # the public-by-design keys are kept as context (--verbose), not dropped
    for where in (("mobile/.env.production", 2), ("server/.env", 2), ("web/src/lib/supabase.ts", 5),
                  ("ci/pipeline.yml", 5), ("deploy/app.env", 1), ("web/src/bugsnag.js", 3), ("cfn/lti.yaml", 10)):
        assert where in info and info[where]["severity"] == "info", where
    assert code == 0


def test_judges_and_filters_directly() -> None:
    from credgate.iac.names import literal_problem
    from credgate.linter import filters, publicids

    assert filters.placeholder("&lt;must-be-changed&gt;")
    assert filters.placeholder("&lt;your password here&gt;")
    assert filters.placeholder("Vq7&amp;Lx93mQp") is None
    assert filters.code_shape("sha1:" + "ab12" * 3 + ":" + "0f" * 20)
    assert filters.tool_encrypted("sfdc.password=", "a1" * 32)
    assert filters.tool_encrypted("sfdc.password=", "Winter2026!x") is None
    assert filters.tool_encrypted("skey_protected=", "QUJD" * 20)
    assert filters.tool_encrypted("skey=", "QUJD" * 20) is None
    for v in ("db7.campus-one.edu:1521/SVC", "//10.0.0.4:1521/SVC", "jdbc:oracle:thin:@h.grocer.net:1521/X"):
        assert literal_problem(v), v
    assert literal_problem("oracle://u:Tg7x9LmQ2w@h.grocer.net:1521/SVC") is None
    assert publicids.judge("0f" * 16, "BUGSNAG_API_KEY: ", "ci.yml") is not None
    assert publicids.judge("0f" * 16, "BUGSNAG_AUTH_TOKEN: ", "ci.yml") is None
    assert publicids.judge("peer-review", "LTI_CONSUMER_KEY: ", "t.yaml") is not None
    assert publicids.judge("x" * 20, "LTI_CONSUMER_SECRET: ", "t.yaml") is None
