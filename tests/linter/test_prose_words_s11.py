"""People's words (issue 17, fresh10's chat/ticket/runbook misses): a password told right after the word
("password <name><year> + token ..."), an account "reset to" a value, a login as two code spans with the
login word on the line before, a chat reply that is only "user / password", and a Salesforce security token
in prose.  Each class is read in files of other vendors and tools than the corpus (Discord, Zendesk, Jira,
e-mail, HTML wiki, reStructuredText) and blocks at medium; the look-alikes that real docs hold stay quiet
(from the realcode scan: awscli's "--master-user-password newpassword99", CDK's "`subnet` / `vpcSubnets`").
Values are drawn per test (tests/rand.py), never real."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")
_NAMES = ("Rosalind", "Kestrel", "Tamsin", "Lindqvist", "Oriel", "Brannock", "Sefton", "Marlowe")


def _human() -> str:
    """A password as people pick them: a name, a year, sometimes a symbol."""
    return rand.choice(_NAMES) + str(1950 + rand.randbelow(70)) + rand.choice(("", "!", "#"))


def _human_lower() -> str:
    return rand.choice(_NAMES).lower() + str(1950 + rand.randbelow(70))


def _sf_token() -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    while True:
        t = "".join(rand.choice(alpha) for _ in range(24))
        if any(c.isdigit() for c in t) and any(c.islower() for c in t) and any(c.isupper() for c in t):
            return t


# (case, rule, path, template, value maker)
CASES = [
    ("zendesk-password-then-value", "prose-password-word-then-value", "support/zendesk-48812.txt",
     "Internal note: caller spelled out her password {v} on the call, advised a reset.\n", _human),
    ("discord-lower-name-year", "prose-password-word-then-value", "exports/discord/ops.json",
     '[{{"id": "1", "content": "password {v} and the vpn group is crews"}}]\n', _human_lower),
    ("email-pwd-then-value", "prose-password-word-then-value", "mail/kiosk.eml",
     "Subject: kiosk\n\nHi,\nthe kiosk pwd {v} works again, please rotate on Monday.\n", _human),
    ("jira-admin-reset-to", "account-reset-to-password", "exports/jira/OPS-5120.txt",
     "Comment: the BMS local administrator was reset to {v} and must change at first login\n", _human),
    ("chat-root-changed-to", "account-reset-to-password", "exports/slack/lab.jsonl",
     '{{"text": "root changed to {v} on the lab switch"}}\n', _human),
    ("rst-code-pair", "prose-code-user-slash-password", "docs/recovery.rst",
     "Emergency access\n================\n\nIf SSO is down use the local account\n"
     "``x`` first, then `scada_local` / `{v}` on the console.\n", _human),
    ("html-code-pair", "prose-code-user-slash-password", "wiki/export/plc-access.html",
     "<p>If the domain is down, the local login is</p>\n<p><code>plcadmin</code> / <code>{v}</code></p>\n",
     _human),
    ("teams-json-reply-pair", "chat-message-user-slash-password", "exports/teams/fieldops.json",
     '[{{"from": "a", "body": "who has the historian creds?"}},\n'
     ' {{"from": "b", "body": "svc_historian / {v} (do not forward)"}}]\n', _human),
    ("sf-token-in-mail", "salesforce-security-token-prose", "mail/integration.txt",
     "Integration user is ready; its security token: {v}\n", _sf_token),
    ("sf-token-sfdc-env-doc", "salesforce-security-token-prose", "docs/integrations.md",
     "Set `SFDC_TOKEN={v}` in the job (rotate after the cutover).\n", _sf_token),
]


@pytest.mark.parametrize("case,rule,rel,template,make", CASES, ids=[c[0] for c in CASES])
def test_told_password_is_read_and_blocks(tmp_path: Path, case: str, rule: str, rel: str, template: str,
                                          make) -> None:
    value = make()
    text = template.format(v=value)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if value in ln)
    code, by_line = scan_files(tmp_path, {rel: text}, "host")
    f = by_line.get((rel, line))
    assert f is not None, (case, text, sorted(by_line))
    assert f["secret"] == value, (case, f["secret"])
    assert rule == f["rule_id"] or rule in f.get("also_matched", []), (case, f["rule_id"])
    assert f["severity"] in BLOCKING, (case, f["severity"])
    assert code == 1


def test_look_alikes_stay_quiet(tmp_path: Path) -> None:
    files = {
        "docs/rds.rst": "    --master-user-password newpassword99 \\\n    --apply-immediately\n",
        "docs/security.md": "Password hashing uses sha256 and the password policy 2024 revision.\n"
                            "Click password reset, then the password field2 is shown.\n"
                            "The admin settings were reset to default; user role changed to read-only.\n"
                            "`subnet` / `vpc` / `vpcSubnets` are removed; builds for `x86_64` / `arm64`.\n"
                            "For SNS/SQS (`SnsDestination`/`SqsDestination`) the record is passed.\n"
                            "Regions `us-east-1` / `eu-west-1`, versions `v1.2.0` / `v1.3.0`.\n"
                            "The security token is required; security token: <paste yours here>.\n",
        "exports/slack/x.json": '[{"text": "main / develop both green"}, {"text": "CPU / Memory fine"},'
                                ' {"text": "api / ApiGatewayV2 both deployed"}]\n',
    }
    code, by_line = scan_files(tmp_path, files, "host")
    assert by_line == {}, sorted((k, v["rule_id"]) for k, v in by_line.items())
    assert code == 0


def test_aws_session_token_is_not_a_salesforce_token(tmp_path: Path) -> None:
    """A 24-character run that a longer token continues ("/", "+") is not a Salesforce token."""
    run = _sf_token()
    text = f"x-amz-security-token: {run}/{_sf_token()}+{_sf_token()}\n"
    code, by_line = scan_files(tmp_path, {"notes/headers.txt": text}, "host")
    assert all(f["rule_id"] != "salesforce-security-token-prose" for f in by_line.values())


def _random_secret(n: int = 32) -> str:
    alpha = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    return "".join(rand.choice(alpha) for _ in range(n))


def test_placeholder_ending_in_gt_does_not_read_the_next_line(tmp_path: Path) -> None:
    """"AUTH0_SECRET=<your-auth0-secret>" then "NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32": the
    generic rule read "secret>" as a key and a "> " separator, ran over the line end and took the next line's
    whole "NAME=value" as a password.  That next line is judged by its own match (an instruction slug: quiet)."""
    text = ("SESSION_SECRET=<your-session-secret>\n"
            "JWT_SECRET=generate-with-openssl-rand-hex-32\n"
            "API_TOKEN=<your-api-token>\n"
            "COOKIE_SECRET=replace-me-with-a-long-random-string\n")
    code, by_line = scan_files(tmp_path, {"web/.env.example": text}, "host")
    assert by_line == {}, sorted((k, v["rule_id"], v["secret"][:4]) for k, v in by_line.items())
    assert code == 0


def test_real_value_after_a_placeholder_line_still_blocks(tmp_path: Path) -> None:
    real = _random_secret()
    text = f"SESSION_SECRET=<your-session-secret>\nJWT_SECRET={real}\n"
    code, by_line = scan_files(tmp_path, {"web/.env": text}, "host")
    f = by_line.get(("web/.env", 2))
    assert f is not None and f["secret"] == real, sorted(by_line)
    assert f["severity"] in BLOCKING
    assert code == 1


def test_xml_password_on_the_next_line_and_base64_padding_still_read(tmp_path: Path) -> None:
    pw = _human()
    padded = _random_secret(23) + "="
    files = {
        "conf/app.xml": f"<settings>\n  <password>\n    {pw}\n  </password>\n</settings>\n",
        "postman/prod.postman_environment.json":
            '{"values": [\n {"key": "adminPassword",\n  "value": "' + padded + '", "type": "secret"}]}\n',
    }
    code, by_line = scan_files(tmp_path, files, "host")
    assert ("conf/app.xml", 3) in by_line, sorted(by_line)
    assert ("postman/prod.postman_environment.json", 3) in by_line, sorted(by_line)
    assert code == 1


@pytest.mark.parametrize("doc_pw", ["YourStrong!Passw0rd", "yourStrong(!)Password", "YourStrong@Passw0rd",
                                    "YourStrongPassw0rd"])
def test_sql_server_documented_sa_password_is_quiet(tmp_path: Path, doc_pw: str) -> None:
    """Microsoft's SQL Server container docs' SA password, copied into dev configs and compose files."""
    files = {
        "api/appsettings.Development.json":
            '{\n  "ConnectionStrings": {\n    "Db": "Server=localhost,1433;Database=Orders;User Id=sa;Password='
            + doc_pw + ';TrustServerCertificate=True"\n  }\n}\n',
        "docker-compose.yml": "services:\n  db:\n    image: mcr.microsoft.com/mssql/server:2022-latest\n"
                              f"    environment:\n      MSSQL_SA_PASSWORD: \"{doc_pw}\"\n",
    }
    code, by_line = scan_files(tmp_path, files, "host")
    assert by_line == {}, sorted((k, v["rule_id"]) for k, v in by_line.items())
    assert code == 0


def test_real_sa_password_in_the_same_place_still_blocks(tmp_path: Path) -> None:
    real = _random_secret(18) + "!9"
    text = ('{\n  "ConnectionStrings": {\n    "Db": "Server=sql-prod.corp.internal,1433;Database=Orders;User Id=sa;'
            f'Password={real};TrustServerCertificate=True"\n  }}\n}}\n').replace("}}", "}")
    code, by_line = scan_files(tmp_path, {"api/appsettings.Production.json": text}, "host")
    f = by_line.get(("api/appsettings.Production.json", 3))
    assert f is not None and f["secret"] == real, sorted(by_line)
    assert f["severity"] in BLOCKING


def test_adyen_client_key_is_public_but_a_mollie_live_key_blocks(tmp_path: Path) -> None:
    caps = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    client = "live" + "_" + "".join(rand.choice(caps) for _ in range(32))
    mollie = "live" + "_" + _random_secret(30)
    files = {
        "web/src/checkout.ts": f"export const ADYEN_CLIENT_KEY = '{client}';\n",
        "web/src/config.js": f"module.exports = {{ clientKey: \"{client}\" }};\n",
        "billing/mollie.py": f'MOLLIE_API_KEY = "{mollie}"\n',
    }
    code, by_line = scan_files(tmp_path, files, "host")
    assert ("web/src/checkout.ts", 1) not in by_line and ("web/src/config.js", 1) not in by_line, sorted(by_line)
    f = by_line.get(("billing/mollie.py", 1))
    assert f is not None and f["severity"] in BLOCKING, sorted(by_line)
    assert code == 1


def test_minio_playground_keys_are_documented_but_a_private_minio_key_blocks(tmp_path: Path) -> None:
    play_id, play_secret = "Q3AM3UQ867" + "SPQQA43P2F", "zuf+tfteSlswRu7BJ86w" + "ekitnifILbZam1KYY3TG"
    own = _random_secret(40)
    text = ('{\n  "version": "10",\n  "aliases": {\n'
            f'    "lab": {{"url": "https://minio.lab.internal:9000", "accessKey": "ingest", "secretKey": "{own}"}},\n'
            f'    "play": {{"url": "https://play.min.io", "accessKey": "{play_id}", "secretKey": "{play_secret}"}}\n'
            '  }\n}\n')
    code, by_line = scan_files(tmp_path, {"home/dev/.mc/config.json": text}, "host")
    assert ("home/dev/.mc/config.json", 5) not in by_line, by_line.get(("home/dev/.mc/config.json", 5))
    f = by_line.get(("home/dev/.mc/config.json", 4))
    assert f is not None and f["severity"] in BLOCKING, sorted(by_line)
    assert code == 1


def test_k8s_stringdata_file_block_is_reported_on_the_secret_lines(tmp_path: Path) -> None:
    """A Secret's stringData holding a whole file (an AWS credentials profile, an app config): the secret is
    reported on its own line by its own rule, not a second time on the block's first line ("[default]")."""
    kid = "AKIA" + "".join(rand.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
    sec = _random_secret(40)
    one = _random_secret(24)
    text = ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: aws-creds\ntype: Opaque\nstringData:\n"
            "  creds: |\n    [default]\n"
            f"    aws_access_key_id = {kid}\n    aws_secret_access_key = {sec}\n"
            f"  apiToken: {one}\n")
    code, by_line = scan_files(tmp_path, {"deploy/secret.yaml": text}, "host")
    assert ("deploy/secret.yaml", 8) not in by_line, by_line.get(("deploy/secret.yaml", 8))
    assert ("deploy/secret.yaml", 9) in by_line and ("deploy/secret.yaml", 10) in by_line, sorted(by_line)
    f = by_line.get(("deploy/secret.yaml", 11))  # a one-line stringData value: still the IaC check's
    assert f is not None and f["severity"] in BLOCKING, sorted(by_line)
    assert code == 1
