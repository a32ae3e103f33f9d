"""Classes of session 19 (issue 17, detection depth), each seen missed in corpus_fresh27 and written for the class:

1. an Elasticsearch API key in an ``Authorization: ApiKey <base64>`` header (a script's headers, curl -H), while an
   f-string or a ``${VAR}`` stays quiet;
2. a WordPress login session cookie (``wordpress_logged_in_<hash>=user|expiry|token|hmac``, URL-encoded or not) in
   a HAR capture, while the test cookie and a cleared cookie stay quiet;
3. an SNMPv3 pass phrase under a ``v3_`` setting without "snmp" in its name (``v3_auth =``, ``v3_priv_pass:``),
   while protocol names, security levels and references stay quiet;
4. a password echoed twice into ``smbpasswd`` / ``pdbedit`` (``(echo 'pw'; echo 'pw') | smbpasswd -s -a``,
   ``printf 'pw\\npw\\n' |``), while a variable stays quiet;
5. a Datadog key under a DatadogAgent's ``credentials:`` block (the Operator's resource), while ``apiSecret`` /
   ``appSecret`` naming a Secret stay quiet;
6. a hex key under a .NET app setting named for its service (``<add key="VendorKey" value="<hex>"/>``), while a
   token placeholder, a reCAPTCHA site key and a thumbprint stay quiet;
7. a UUID that is the literal fallback of a vendor's token variable (``process.env.X_API_KEY ?? '<uuid>'``,
   ``|| '<uuid>'``: filters.uuid_vendor_slot reads the fallback as the variable's value), while a tenant id and a
   generic request token stay quiet;
8. a log shipping token in a logback appender (Splunk's HttpEventCollectorLogbackAppender ``<token>``), while a
   ``${VAR}`` reference and a file appender stay quiet;
9. quiet: the key of a key/secret pair where the generic pairing did not look: a Terraform ``variable "x_api_key"``
   default beside a ``variable "x_api_secret"`` block with a literal default (filters.paired_api_key reads the
   block's name), and ``<add key="VendorBusinessKey"/>`` beside ``<add key="VendorSecret"/>``
   (filters.paired_setting_key); the secret of each pair is reported;
10. quiet: settings of SAS the analytics software (``SAS_LICENSE_SITE``: a site number, ``SAS_HOME``) are not Azure
   shared access signatures (iac.names reads "sas" as one only at the end of a name or before a signature word);
11. people's words: a door keypad or emergency code after "of/for <thing>" and a bracketed remark ("Door keypad of
   Cold Room B2-040 is 40917#", "IRT emergency code for site pharmacists (rotated monthly): 663018"), a password
   ending a note line after "pw" ("admin pw QZ7KR2PX"), a client's debug log "connecting <url> as user / password",
   and "api secret for the TF provider: X" (the key is the secret word, not "provider": filters.generic_key);
   a vault pointer, a length, a date, a role after the slash and a fingerprint stay quiet;
12. a generated password with dots (``password: 'qTz_mKPwRbX.HnDLv.ycJfsE'``, a Ruby mail hash) is no dotted name
   (filters.random_by_chance: its letters together are no words), while ``Rails.application.credentials.x`` and
   an i18n key stay quiet.

Fixtures: tests/fixtures/s19_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s19_classes"

HITS = {
    ("scripts/es-rollover.py", 4): ("elasticsearch-apikey-authorization",
                                    "UWs4dlB6M1JtTjJ4TDVjVzpIdDd3UTJ6WHA5a000bVI1dkwzc1k4bkE="),
    ("logs/har/portal-login.har", 4): ("wordpress-auth-cookie",
                                       "k.osei%7C1801947263%7CbQ7xN2vR9mK4tL8wP3zS6dF1hJ5yC0gA2eU7iO4nM9r%7C"
                                       "a1c3e5f7b9d2a4c6e8f0b1d3a5c7e9f2b4d6a8c0e1f3b5d7a9c2e4f6b8d0a1c3"),
    ("lab/coldwatch/poller.ini", 6): ("snmpv3-v3-prefixed-setting", "Harbour2029!"),
    ("lab/coldwatch/poller.ini", 8): ("snmpv3-v3-prefixed-setting", "Kelp7Drift3"),
    ("sites/lab2/fileserver.sh", 5): ("passwd-tool-echo-pipe", "Orchid4471"),
    ("sites/lab2/fileserver.sh", 6): ("passwd-tool-echo-pipe", "Pewter!5523"),
    ("deploy/k8s/monitoring/datadog.yaml", 12): ("datadog-credentials-block-key",
                                                 "3c7e1a9d5f2b8c4e6a0d3f7b1c9e5a2d8f4b6c0e"),
    ("services/relay/Web.config", 5): ("xml-appsetting-named-key-hex", "5a9e2c7f1b4d8e3a6c0f9b2d5e7a1c4f8b3d6e9a"),
    ("services/tracker/src/config.ts", 4): ("env-fallback-literal-secret", "9b4e7c1a-2d5f-4a8e-b3c6-0f7d1e9a5c2b"),
    ("services/tracker/src/config.ts", 7): ("env-fallback-literal-secret", "6e2a9d4c-7b1f-4e3a-8c5d-2f9b0a7e1d4c"),
    ("services/audit/src/main/resources/logback-spring.xml", 4): ("logging-appender-token",
                                                                  "2f8a4c6e-1b3d-4e7f-9a2c-5d8e0b1f3a6c"),
    ("docs/runbooks/RB-CR-01-cold-room.md", 4): ("prose-keypad-emergency-code", "40917#"),
    ("docs/runbooks/RB-CR-01-cold-room.md", 5): ("prose-keypad-emergency-code", "663018"),
    ("home/kwame/notes.txt", 3): ("prose-pw-trailing-value", "QZ7KR2PX"),
    ("logs/feeds/importer-2026-12-01.log", 2): ("log-connect-as-user-slash-password", "WQ7R2M"),
    ("chat/slack-data-export.json", 2): ("prose-key-for-thing-value", "Tq9ZbXw2LmRk7VnP4sYd8HcF3gJa6NeQ"),
    ("services/notify/mailer.rb", 6): ("generic-password-assignment", "qTz_mKPwRbX.HnDLv.ycJfsE"),
    # the secrets of two pairs; their keys (lines 13 and 5) are the public halves
    ("infra/terraform/feeds/variables.tf", 8): ("iac-terraform-secret", "Wq4zT8mK2vXn7RpL9sYd3HbF6gJc1NaE"),
    ("services/relay/App.config", 4): ("xml-appsetting-secret",
                                       "8d3f1b7e5a9c2d4f6b0e8a1c3d5f7b9e2a4c6d8f0b1e3a5c7d9f2b4e6a8c0d1f3"),
}


def test_session_19_classes_are_reported_and_block(tmp_path: Path) -> None:
    root = FIX / "hit"
    # run from the fixtures folder: reported paths carry no tests/fixtures prefix (rules skip test and fixture paths)
    code, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high", "critical"), (where, f["severity"])  # blocks at the default
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_references_public_halves_protocol_names_and_ids_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_a_uuid_is_a_vendor_variable_s_value_only_as_its_fallback() -> None:
    from credgate.linter.filters import uuid_vendor_slot

    u = "9b4e7c1a-2d5f-4a8e-b3c6-0f7d1e9a5c2b"
    # the text from the start of env-fallback-literal-secret's match to the value
    assert uuid_vendor_slot("process.env.COLDCHAIN_API_KEY ?? '", u)
    assert uuid_vendor_slot("process.env.SWIFTCOURIER_TOKEN || '", u)
    assert uuid_vendor_slot("process.env['COLDCHAIN_API_KEY'] ?? '", u)
    assert uuid_vendor_slot("os.environ.get('COLDCHAIN_API_KEY', '", u)
    # generic names stay ids, as they do in an assignment
    assert not uuid_vendor_slot("process.env.COLDCHAIN_TENANT_ID ?? '", u)
    assert not uuid_vendor_slot("process.env.REQUEST_TOKEN ?? '", u)
    assert not uuid_vendor_slot("process.env.API_KEY ?? '", u)


def test_sas_the_software_is_not_a_shared_access_signature() -> None:
    from credgate.iac.names import is_secret_name

    assert not is_secret_name("SAS_LICENSE_SITE")
    assert not is_secret_name("SAS_HOME")
    for name in ("storageSas", "AZURE_SAS", "SAS_TOKEN", "sasQueryString", "SAS_WORKSPACE_PASSWORD"):
        assert is_secret_name(name), name


def test_a_generated_password_with_dots_is_random_a_dotted_name_is_not() -> None:
    from credgate.linter.filters import random_by_chance

    assert random_by_chance("qTz_mKPwRbX.HnDLv.ycJfsE")
    for name in ("Rails.application.credentials.smtp_password", "config.smtpPassword", "mailer.smtp.password",
                 "AppConfig.Smtp.Password", "this.configService.get"):
        assert not random_by_chance(name), name
