"""Session 11's recall classes (issue 17): shapes blind corpora still held, each as real files in forms
people write them (not the corpus lines), found on their line and blocking at the default threshold, with
the look-alikes that hold no credential left quiet.  Values are drawn per test (tests/rand.py), never real."""
from __future__ import annotations

import base64
from pathlib import Path

import pytest

from credgate.linter import filters
from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")


def _scan(tmp_path: Path, files: dict) -> "tuple[int, dict]":
    return scan_files(tmp_path, files, "site")


def _short_pw(n: int) -> str:
    """A four- or five-character password as operators pick them: a capital, lower-case letters, a digit or symbol."""
    return (rand.choice("BCDFGHJKLMNPQRSTVWXZ") + "".join(rand.choice("bcdfghjkmnpqrstvwxz") for _ in range(n - 2))
            + rand.choice("23456789#!$"))


def _word_pw() -> str:
    return rand.choice(("Heron", "Slate", "Quarry", "Tundra", "Marten", "Kestrel")) + str(10 + rand.randbelow(89))


def _assert_blocks(found: dict, where: "tuple[str, int]", value: str) -> None:
    f = found.get(where)
    assert f is not None, (where, sorted(found))
    assert f["severity"] in BLOCKING, f
    assert value in (f.get("secret") or "") or f.get("secret", "").startswith(value[:4]), f


# ------------------------------------------------------------------ four-character passwords in password slots
def test_four_character_passwords_need_three_classes_and_no_named_version() -> None:
    for v in ("Fhm1", "Qx7k", "Cvf#", "Zq4!", "Kp9$"):
        assert filters.short_password(v), v
        assert filters.generic_value(v, password_slot=True) is None, v
        assert filters.generic_value(v) == "too short to be a secret", v  # not a password slot
    for v in ("abc1", "ABC1", "1Abc", "Sha1", "Win7", "Py3k", "Tls1", "Md5x", "Node", "none", "v1.2", "ab-1"):
        assert not filters.short_password(v), v


def test_four_character_passwords_block_in_password_slots(tmp_path: Path) -> None:
    pw = [_short_pw(4) for _ in range(4)]
    _, found = _scan(tmp_path, {
        "ops/cron/nightly.cron": f"15 3 * * * PGPASSWORD={pw[0]} pg_dump -h reports-db -U etl etl > /srv/etl.dump\n",
        "db/roles.sql": f"-- roles\nCREATE USER ledger_rw WITH PASSWORD '{pw[1]}';\n",
        "deploy/win/autounattend.xml": (
            "<unattend>\n  <UserAccounts>\n    <AdministratorPassword>\n"
            f"      <Value>{pw[2]}</Value>\n      <PlainText>true</PlainText>\n    </AdministratorPassword>\n"
            "  </UserAccounts>\n  <AutoLogon>\n    <Password>\n"
            f"      <Value>{pw[3]}</Value>\n      <PlainText>true</PlainText>\n    </Password>\n  </AutoLogon>\n"
            "</unattend>\n"),
    })
    _assert_blocks(found, ("ops/cron/nightly.cron", 1), pw[0])
    _assert_blocks(found, ("db/roles.sql", 2), pw[1])
    _assert_blocks(found, ("deploy/win/autounattend.xml", 4), pw[2])
    _assert_blocks(found, ("deploy/win/autounattend.xml", 10), pw[3])


def test_unattend_placeholders_and_short_words_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "deploy/win/unattend.xml": (
            "<unattend>\n  <AdministratorPassword>\n    <Value>*SENSITIVE*DATA*DELETED*</Value>\n"
            "  </AdministratorPassword>\n  <Password>\n    <Value>Sha1</Value>\n  </Password>\n"
            "  <Password>\n    <Value></Value>\n  </Password>\n</unattend>\n"),
        "ops/env.sh": "export PGPASSWORD=none\nexport DB_PASSWORD=Win7\n",
    })
    assert found == {}, sorted(found)


# ------------------------------------------------------------------ Basic credentials without an Authorization word
def test_basic_header_values_block_where_no_authorization_word_precedes(tmp_path: Path) -> None:
    creds = [base64.b64encode(f"svc-{rand.choice(('load', 'perf', 'ci'))}:{_word_pw()}!".encode()).decode()
             for _ in range(3)]
    _, found = _scan(tmp_path, {
        "loadtest/checkout.js": f"import http from 'k6/http';\nconst CREDS = 'Basic {creds[0]}';\n",
        "perf/orders.jmx": ("<elementProp name=\"auth\" elementType=\"HTTPArgument\">\n"
                            f"  <stringProp name=\"Argument.value\">Basic {creds[1]}</stringProp>\n"
                            "</elementProp>\n"),
        "captures/session.har": ('{"headers": [\n  {"name": "Authorization",\n'
                                 f'   "value": "Basic {creds[2]}"}}]}}\n'),
    })
    _assert_blocks(found, ("loadtest/checkout.js", 2), creds[0])
    _assert_blocks(found, ("perf/orders.jmx", 2), creds[1])
    _assert_blocks(found, ("captures/session.har", 3), creds[2])


def test_basic_values_that_are_no_login_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "src/client.js": ("const a = 'Basic ' + btoa(user + ':' + pass);\n"
                          f"const b = 'Basic {base64.b64encode(b'user:pass').decode()}';\n"
                          f"const c = 'Basic {base64.b64encode(b'no-colon-in-this-value').decode()}';\n"
                          "const d = 'Basic realm';\n"
                          f"const e = 'Basic {base64.b64encode('имя:пароль'.encode()).decode()}';\n"),
    })
    assert found == {}, sorted(found)


# ------------------------------------------------------------------ logins told in prose, tables and tickets
@pytest.mark.parametrize("path,text", [
    ("docs/wiki/portal.html", "<p>Supplier portal login: <code>acme-qa{n}</code> / <code>{pw}</code></p>\n"),
    ("docs/runbooks/batch.md", "| step | system | user |\n|---|---|---|\n| nightly | RACF `OPB{n}` / `{pw}` |\n"),
    ("tickets/export.json", '{{"fields": {{"description": "Repro with the broker login BRK-{n} / {pw} on staging."}}}}\n'),
    ("tickets/incidents.csv", 'INC{n},"Vendor says the login is svc-edi{n} / {pw} since Monday",open\n'),
])
def test_user_slash_password_in_wikis_tables_and_ticket_exports(tmp_path: Path, path: str, text: str) -> None:
    pw = _short_pw(5) if path.endswith(".html") else _word_pw() + rand.choice("#!")
    body = text.format(n=100 + rand.randbelow(800), pw=pw)
    _, found = _scan(tmp_path, {path: body})
    line = next(i for i, ln in enumerate(body.splitlines(), 1) if pw in ln)
    _assert_blocks(found, (path, line), pw)


def test_slashes_in_hashes_rows_and_prose_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "data/seed/users.csv": ("id,email,name,hash\n"
                                "7,u7@example.test,User 7,$argon2id$v=19$m=65536,t=3,p=4$Qm+k+Kj4AM2a/wgWcm/+Eg$/O/"
                                "SORt2mM2nLWvMonWFdRbJya029,2024-01-10\n"),
        "docs/access.md": "Log in with your `user` / `password` from SSO.\nThe account needs read / write.\n"
                          "Login: <code>admin</code> / <code>abc1</code>\n",
        "i18n/en.json": '{"nav": "Login / Sign up", "v": "account / v1.2 of the API"}\n',
    })
    assert found == {}, sorted(found)


# ------------------------------------------------------------------ passwords told in chat and tickets
def test_third_person_and_qualified_login_passwords(tmp_path: Path) -> None:
    pw1 = rand.choice(("peregrine", "harbor", "lupin")) + str(1950 + rand.randbelow(60))
    pw2 = _word_pw()
    pw3 = _word_pw()
    _, found = _scan(tmp_path, {
        "tickets/servicenow.csv": f'INC1,"Caller says his password is {pw1}; reset sent",closed\n',
        "chat/teams.txt": f"[09:12] the db login for the reporting replica is rep_ro, password {pw2}\n",
        "notes/handover.txt": f"user on the build agents: ci-runner; password {pw3}\n",
    })
    _assert_blocks(found, ("tickets/servicenow.csv", 1), pw1)
    _assert_blocks(found, ("chat/teams.txt", 1), pw2)
    _assert_blocks(found, ("notes/handover.txt", 1), pw3)


def test_sentences_about_someone_elses_password_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "docs/faq.md": ("If her password is expired, the portal asks for a new one.\n"
                        "their password is hashed with bcrypt\n"
                        "The login for the admin console is sso-only, password logins are disabled.\n"),
    })
    assert found == {}, sorted(found)


# ------------------------------------------------------------------ <SERVICE>_KEY constants, Splunk variables, form bodies
def _hexs(n: int, alphabet: str = "0123456789abcdef") -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def _b62(n: int) -> str:
    body = [rand.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(n)]
    body[1], body[5], body[9] = rand.choice("ABCDEFGH"), rand.choice("abcdefgh"), rand.choice("23456789")
    return "".join(body)


def test_service_named_key_constants_block_in_code_notebooks_and_build_files(tmp_path: Path) -> None:
    k = [_hexs(32), _hexs(40), _hexs(24, "0123456789ABCDEF"), _b62(40)]
    nb = ('{\n "cells": [\n  {\n   "cell_type": "code",\n   "source": [\n    "import requests\\n",\n'
          f'    "GEO_FEED_KEY = \'{k[1]}\'  # vendor feed\\n",\n    "r = requests.get(URL)\\n"\n   ]\n  }}\n ]\n}}\n')
    _, found = _scan(tmp_path, {
        "analytics/track.py": f"import os\n\nAMPL_KEY = '{k[0]}'\n",
        "research/pull.ipynb": nb,
        "images/build.pkr.hcl": f'  environment_vars = ["LIC_DEPOT_KEY={k[2]}", "MODE=batch"]\n',
        "svc/.env": f"ROUTEPLAN_KEY={k[3]}\n",
    })
    _assert_blocks(found, ("analytics/track.py", 3), k[0])
    _assert_blocks(found, ("research/pull.ipynb", 7), k[1])
    _assert_blocks(found, ("images/build.pkr.hcl", 1), k[2])
    _assert_blocks(found, ("svc/.env", 1), k[3])


def test_key_constants_that_are_public_or_no_credential_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "app/consts.py": (f"CACHE_KEY = '{_hexs(32)}'\nSORT_KEY = '{_hexs(32)}'\n"
                          f"GPG_KEY = '{_hexs(40, '0123456789ABCDEF')}'\nRELEASE_KEY = '{_hexs(16, '0123456789ABCDEF')}'\n"
                          f"STRIPE_PUBLISHABLE_KEY = '{_b62(32)}'\nAPI_SELECTION_KEY = 'WebSocketApiKeySelectionExpression'\n"
                          f"cache_key = '{_hexs(32)}'\n"),
        "helm/values.yaml": f"env:\n  GAMEANALYTICS_GAME_KEY: {_hexs(32)}\n  SEGMENT_WRITE_KEY: {_b62(32)}\n",
        "Dockerfile": f"ENV GPG_KEY {_hexs(40, '0123456789ABCDEF')}\n",
    })
    assert found == {}, sorted(found)


def test_splunk_pass4symmkey_as_a_role_variable_blocks(tmp_path: Path) -> None:
    pw = _b62(20)
    _, found = _scan(tmp_path, {
        "ansible/roles/uf/defaults/main.yml": f"splunk_uf_deploy_server: ds01:8089\nsplunk_uf_pass4symmkey: {pw}\n",
        "ansible/roles/idx/defaults/main.yml": ('splunk_idx_pass4symmkey: "{{ vault_idx_key }}"\n'
                                                "splunk_sh_pass4SymmKey: $7$Qm9ZdGhlIHZhbHVlIGlzIGVuY3J5cHRlZA==\n"),
    })
    _assert_blocks(found, ("ansible/roles/uf/defaults/main.yml", 2), pw)
    assert [k for k in found if k[0].startswith("ansible/roles/idx")] == []


def test_secret_in_a_form_body_before_an_ampersand_blocks(tmp_path: Path) -> None:
    s1, s2 = _b62(40), _b62(36)
    pct = s1[:12] + "%2B" + s1[12:26] + "%2F" + s1[26:]
    _, found = _scan(tmp_path, {
        "notes/replay.txt": f"POST /token\nclient_id=feed-sync&client_secret={s2}&grant_type=client_credentials\n",
        "notes/form.txt": f"user=feed-sync&secret={pct}&region=eu-west-1\n",
    })
    _assert_blocks(found, ("notes/replay.txt", 2), s2)
    f = found.get(("notes/form.txt", 1))
    assert f is not None and f["severity"] in BLOCKING, sorted(found)


# ------------------------------------------------------------------ JSON written inside a JSON string
def test_credentials_in_escaped_json_bodies_block(tmp_path: Path) -> None:
    pw = [_word_pw() + rand.choice("*#!"), _word_pw() + "-" + rand.choice("xyzq"), _b62(28)]
    _, found = _scan(tmp_path, {
        "tools/insomnia/export.json": ('{"resources": [\n  {"_type": "request", "body": {"mimeType": "application/json",'
                                       f' "text": "{{\\"login\\":\\"edi-filer\\",\\"password\\":\\"{pw[0]}\\"}}"}}}}\n]}}\n'),
        "tools/postman/coll.json": ('{"request": {"body": {"mode": "raw", "raw": "{\\n  \\"username\\": \\"ops\\",\\n'
                                    f'  \\"password\\": \\"{pw[1]}\\"\\n}}"}}}}}}\n'),
        "logs/api.log": f'{{"level": "info", "req": "{{\\"client_id\\": \\"sync\\", \\"client_secret\\": \\"{pw[2]}\\"}}"}}\n',
    })
    _assert_blocks(found, ("tools/insomnia/export.json", 2), pw[0])
    _assert_blocks(found, ("tools/postman/coll.json", 1), pw[1])
    _assert_blocks(found, ("logs/api.log", 1), pw[2])


def test_escaped_json_without_a_credential_and_stripe_client_secrets_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "har/checkout.har": ('{"content": {"text": "{\\"id\\":\\"pi_3Ab\\",\\"client_secret\\":\\"pi_'
                             f'{_b62(24)}_secret_{_b62(25)}\\"}}"}}}}\n'),
        "docs/api.json": ('{"documentation": "<p>Send {\\"password\\": \\"<string>\\"} or {\\"token\\": \\"${TOKEN}\\"}'
                          ' in the body.</p>", "shape": "{\\"sku\\":\\"founder-pack\\",\\"qty\\":1}"}\n'),
    })
    assert found == {}, sorted(found)


def test_escaped_json_in_a_regex_stays_quiet(tmp_path: Path) -> None:
    """A redaction regex in code spells an escaped JSON key and a pattern after it (seen in an Azure SDK):
    the pattern is no secret, a value with no letter or digit never is."""
    _, found = _scan(tmp_path, {
        "sdk/redact.py": 'import re\n\n\ndef redact(out):\n'
                         '    return re.sub(r"\\"token\\": \\"(.*?)(\\"|$)", "****", out)\n',
        "sdk/mask.json": '{"note": "{\\"password\\": \\"********\\", \\"secret\\": \\"-----\\"}"}\n',
    })
    assert found == {}, sorted(found)


# ------------------------------------------------------------------ URL passwords with a raw "@"; labelled keys in mail
def test_url_password_runs_to_the_last_at_sign(tmp_path: Path) -> None:
    w = _word_pw()
    _, found = _scan(tmp_path, {
        "svc/alembic.ini": f"[alembic]\nsqlalchemy.url = postgresql+psycopg://owner:{w}@@db.internal.example.net/app\n",
        "svc/.env": f"REDIS_URL=redis://:{w[:3]}@{w[3:]}@cache.internal:6379/0\n"
                    f"AMQP_URL=amqp://feed:{w}x@@mq.internal:5672/%2F\n",
    })
    for (path, line), value in ((("svc/alembic.ini", 2), w + "@"), (("svc/.env", 1), w[:3] + "@" + w[3:]),
                                (("svc/.env", 2), w + "x@")):
        f = found.get((path, line))
        assert f is not None and f["severity"] in BLOCKING, (path, line, sorted(found))
        assert f["secret"] == value, f


def test_keys_labelled_in_mail_and_aligned_columns_block(tmp_path: Path) -> None:
    k1, k2 = _hexs(32), _b62(40)
    _, found = _scan(tmp_path, {
        "mail/onboarding.eml": ("Subject: your sandbox\n\nCredentials:\n\n"
                                f"  Tenant ID:   ACME-4471\n  API key:     {k1}\n  Signing secret:\t\t{k2}\n"),
    })
    _assert_blocks(found, ("mail/onboarding.eml", 6), k1)
    _assert_blocks(found, ("mail/onboarding.eml", 7), k2)


def test_labels_without_a_key_value_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "mail/notes.eml": ("API key:     see the vault entry 'vendor/sandbox'\n"
                           "API key:       ${VENDOR_API_KEY}\n"
                           "Token:         0000000000000000000000000000000000000000\n"),
    })
    assert found == {}, sorted(found)


def test_develocity_access_key_as_a_teamcity_parameter_blocks(tmp_path: Path) -> None:
    key = _hexs(52, "abcdefghijklmnopqrstuvwxyz0123456789")
    _, found = _scan(tmp_path, {
        ".teamcity/settings.kts": ("object Build : BuildType({\n    params {\n"
                                   f'        param("env.GRADLE_ENTERPRISE_ACCESS_KEY", "ge.acme.internal={key}")\n'
                                   '        param("env.DEVELOCITY_ACCESS_KEY", "%dv.access.key%")\n    }\n})\n'),
    })
    _assert_blocks(found, (".teamcity/settings.kts", 3), key)
    assert (".teamcity/settings.kts", 4) not in found


# ------------------------------------------------------------------ WAF header secrets; secrets quoted in tickets
def test_waf_match_string_on_a_secret_header_blocks(tmp_path: Path) -> None:
    s1, s2 = _b62(40), _b62(32)
    _, found = _scan(tmp_path, {
        "infra/waf.yaml": ("Resources:\n  Acl:\n    Type: AWS::WAFv2::WebACL\n    Properties:\n      Rules:\n"
                           "        - Name: origin-only\n          Statement:\n            ByteMatchStatement:\n"
                           "              FieldToMatch:\n                SingleHeader:\n                  Name: x-origin-verify\n"
                           f"              PositionalConstraint: EXACTLY\n              SearchString: {s1}\n"),
        "tf/waf.tf": ('statement {\n  byte_match_statement {\n    field_to_match {\n      single_header {\n'
                      f'        name = "x-partner-token"\n      }}\n    }}\n    search_string = "{s2}"\n'),
    })
    _assert_blocks(found, ("infra/waf.yaml", 13), s1)
    _assert_blocks(found, ("tf/waf.tf", 8), s2)


def test_waf_match_strings_that_are_no_secret_stay_quiet(tmp_path: Path) -> None:
    _, found = _scan(tmp_path, {
        "infra/waf.json": ('{"SingleHeader": {"Name": "user-agent"}}, "SearchString": "BadBotCrawlerVersion2024"}\n'
                           '{"SingleHeader": {"Name": "x-origin-verify"}}, "SearchString": '
                           '"{{resolve:secretsmanager:origin-verify}}"}\n'),
    })
    assert found == {}, sorted(found)


def test_secret_quoted_in_a_ticket_with_where_it_came_from(tmp_path: Path) -> None:
    s = _b62(40)
    _, found = _scan(tmp_path, {
        "tickets/OPS-1182.md": ("# OPS-1182\nThe partner rotated the client secret on their side;\n"
                                f"new secret from their onboarding mail: `{s}`\n"
                                "Read the secret from the vault path: `secret/data/partner/api`\n"),
    })
    _assert_blocks(found, ("tickets/OPS-1182.md", 3), s)
    assert ("tickets/OPS-1182.md", 4) not in found


# ------------------------------------------------------------------ percent-encoded AWS secret keys with no key name
def _aws_secret_with_slashes() -> str:
    body = list(_b62(40))
    body[7], body[23] = "/", rand.choice("/+")
    return "".join(body)


def _pct(v: str) -> str:
    return v.replace("/", "%2F").replace("+", "%2B")


def test_percent_encoded_aws_secret_without_a_key_name_blocks(tmp_path: Path) -> None:
    s1, s2 = _aws_secret_with_slashes(), _aws_secret_with_slashes()
    _, found = _scan(tmp_path, {
        "notes/uploader.txt": f"the sync secret as the uploader logged it (URL-encoded): {_pct(s1)}\n",
        "logs/bridge.log": f'2026-05-30T11:02:44Z POST /register body="user=feed&s={_pct(s2)}" 200\n',
    })
    for where in (("notes/uploader.txt", 1), ("logs/bridge.log", 1)):
        f = found.get(where)
        assert f is not None and f["severity"] in BLOCKING, (where, sorted(found))


def test_percent_encoded_paths_and_signatures_stay_quiet(tmp_path: Path) -> None:
    sig = _pct(_aws_secret_with_slashes()) + "Xc%3D"
    _, found = _scan(tmp_path, {
        "logs/web.log": ("GET /login?next=%2Fdashboard%2Freports%2Fweekly%2Fsummary2024%2Bnotes 302\n"
                         "GET /files?path=%2Fhome%2Fdeploy%2Fapps%2Fbridge%2Fconfig%2Fsettings 200\n"
                         f"GET /x?sig={sig} 200\n"),
    })
    assert found == {}, sorted(found)
