"""Credentials told in prose and in pasted tool output (runbooks, chat exports, tickets, mail, API notes): each
class from bench/probe_tools.py as a real file, the planted value found on its line and blocking at the default
threshold, and the sentences about passwords that hold none not reported.  The rules are spread over the prose
and provider files (chat-password-statement's "pw still X", hubspot-private-app-token and prose.toml's
"temporary password X", "**Password:** X", "password -> X" and "creds are user:X" are session 10's);
this file pins the classes, not the rule each lands on, except where the rule is new.  Values are drawn per
test (tests/rand.py), never real."""
from __future__ import annotations

import base64
import urllib.parse
from pathlib import Path

import pytest

from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")


def _pw(n: int = 16) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    body = [rand.choice(alphabet) for _ in range(n)]
    body[n // 2] = rand.choice("#%+!")
    body[n // 4] = rand.choice("23456789")  # the chat rules read a value with no digit as words (rule allowlist)
    return "".join(body)


def _hex(n: int) -> str:
    return "".join(rand.choice("0123456789abcdef") for _ in range(n))


def _scan(tmp_path: Path, files: dict) -> "tuple[int, dict]":
    return scan_files(tmp_path, files, "host")


def _pw_no_digit() -> str:
    """A machine-random password that happens to hold no digit (about one in ten 16-character draws)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz"
    body = [rand.choice(alphabet) for _ in range(16)]
    body[0], body[1], body[8] = rand.choice("ABCDEFGHJKLMNPQRSTUVWXYZ"), rand.choice("abcdefghijkmnopqrstuvwxyz"), \
        rand.choice("#%+@")
    return "".join(body)


def _hubspot(region: str) -> str:
    return f"pat-{region}-" + "-".join((_hex(8), _hex(4), _hex(4), _hex(4), _hex(12)))


def _aws_secret_urlencoded() -> "tuple[str, str]":
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    raw = "".join(rand.choice(alphabet) for _ in range(30)) + "/+" + "".join(rand.choice(alphabet) for _ in range(8))
    return urllib.parse.quote(raw, safe=""), raw


# (case, rule or None, path, template with {v}, how the value is written)
CASES = [
    ("runbook-login-slash-password", None, "docs/runbooks/grafana.md",
     "# Grafana restore\n\nAfter the restore, sign in:\n\nlogin: admin / password: {v}\n\nThen rotate it.\n", "pw"),
    ("chat-the-password-is", None, "exports/slack/ops-2026-11-30.txt",
     "[09:14] dana: the password is {v} for the staging bastion\n[09:15] lee: thanks\n", "pw"),
    ("chat-pw-still", "chat-password-statement", "exports/slack/ops-2026-12-01.txt",
     "[10:02] lee: did you rotate the vpn account?\n[10:03] dana: no, pw still {v}\n", "pw"),
    ("chat-json-pw-still", "chat-password-statement", "exports/teams/ops.json",
     '{{"from": "dana", "text": "vpn pw still {v} btw"}}\n', "pw"),
    ("markdown-table", None, "docs/environments.md",
     "| env | user | password |\n|-----|------|----------|\n| staging | admin | {v} |\n", "pw"),
    ("email-username-password", None, "mail/onboarding.eml",
     "From: it@corp.internal\nTo: newhire@corp.internal\nSubject: Your accounts\n\nHi,\n\n"
     "Username: jdoe\nPassword: {v}\n\nPlease change it at first login.\n", "pw"),
    ("email-inline", None, "mail/vendor.txt",
     "Hello team,\n\nYou can log in with username vendor01 and password {v} until Friday.\n", "pw"),
    ("mail-temporary-password", "prose-qualified-password-value", "mail/reset.txt",
     "Hi Sam,\n\nI reset your VPN account. Temporary password {v} - you will be asked to change it.\n", "pw"),
    ("chat-initial-pw", "prose-qualified-password-value", "exports/slack/kiosk.txt",
     "[10:12] ops: initial pw {v}, change it after the first login\n", "pw"),
    ("chat-digitless-random-password", None, "exports/slack/ops-2026-12-03.txt",
     "[09:14] dana: the password is {v} for the staging bastion\n", "nodigit"),
    ("ticket-digitless-random-password", None, "exports/tickets.csv",
     'id,summary,body\n4411,"new kiosk","kiosk account created, user kiosk01 pass {v} - please change"\n',
     "nodigit"),
    ("wiki-bold-label", "prose-password-label-markup", "docs/runbooks/wiki.md",
     "## Wiki admin\n\n**User:** admin  \n**Password:** {v}\n", "pw"),
    ("ticket-arrow", "prose-password-label-markup", "exports/jira/OPS-4411.txt",
     "Root password -> {v} (rotated 2026-11-30)\n", "pw"),
    ("chat-creds-user-colon", "prose-creds-user-colon-password", "exports/slack/dev.txt",
     "[14:02] kim: creds are admin:{v} on the staging box\n", "pw"),
    ("hubspot-in-code", "hubspot-private-app-token", "integrations/hubspot.py",
     'HUBSPOT = "{v}"\n', "hubspot-na1"),
    ("hubspot-in-env", "hubspot-private-app-token", "integrations/.env",
     "CRM_TOKEN={v}\n", "hubspot-eu1"),
    ("hubspot-in-chat", "hubspot-private-app-token", "exports/slack/crm.txt",
     "[11:20] sam: new private app token {v} - scopes crm.objects.contacts\n", "hubspot-na2"),
    ("aws-secret-urlencoded-query", None, "scripts/sync.sh",
     "curl -s 'https://backup.corp.internal/sync?secret_key={v}'\n", "aws-pct"),
    ("aws-secret-urlencoded-env", None, "deploy/app.env",
     "AWS_SECRET_ACCESS_KEY={v}\n", "aws-pct"),
    ("authorization-basic-http", None, "docs/api.http",
     "GET https://api.corp.internal/v1/reports\nAuthorization: Basic {v}\n", "basic"),
    ("authorization-basic-curl", None, "scripts/report.sh",
     'curl -H "Authorization: Basic {v}" https://api.corp.internal/v1/reports\n', "basic"),
]


def _value(kind: str) -> "tuple[str, str]":
    """(as written in the file, as reported: a percent-encoded secret is reported decoded)."""
    if kind.startswith("hubspot-"):
        v = _hubspot(kind.split("-", 1)[1])
        return v, v
    if kind == "aws-pct":
        return _aws_secret_urlencoded()
    if kind == "basic":
        v = base64.b64encode(f"svc-report:{_pw()}".encode()).decode()
        return v, v
    v = _pw_no_digit() if kind == "nodigit" else _pw()
    return v, v


@pytest.mark.parametrize("case,rule,rel,template,kind", CASES, ids=[c[0] for c in CASES])
def test_prose_class_is_read_and_blocks(tmp_path: Path, case: str, rule: "str | None", rel: str, template: str,
                                        kind: str) -> None:
    written, reported = _value(kind)
    text = template.format(v=written)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if written in ln)
    code, by_line = _scan(tmp_path, {rel: text})
    f = by_line.get((rel, line))
    assert f is not None, (case, text, sorted(by_line))
    assert f["secret"] == reported, (case, f["secret"])
    if rule:
        assert rule == f["rule_id"] or rule in f.get("also_matched", []), (case, f["rule_id"])
    assert f["severity"] in BLOCKING, (case, f["severity"])
    assert code == 1


def test_sentences_about_passwords_are_not_reported(tmp_path: Path) -> None:
    code, by_line = _scan(tmp_path, {
        "exports/slack/ops-2026-12-02.txt": "[10:03] dana: the password still works after the reset\n"
                                            "[10:04] lee: pw still required for sudo\n"
                                            "[10:05] dana: the password is stored in Vault at secret/grafana\n"
                                            "[10:06] lee: the password is NotRequired! for guests\n"
                                            "[10:07] dana: pw: Jean-Pierre has it\n",
        "docs/environments.md": "| env | user | password |\n|-----|------|----------|\n"
                                "| staging | admin | see Vault |\n",
        "mail/policy.txt": "The new password policy applies from Monday.\nEnter a new password and confirm it.\n"
                           "Temporary password 12345678 is rejected by the policy.\n"
                           "reset password link expires in 24h\n",
        "docs/runbooks/wiki.md": "**Password:** see the vault entry\n**Password:** required\n"
                                 "Forgot password -> Reset link\n",
        "exports/slack/infra.txt": "[09:00] kim: the account is db01:5432\n[09:01] lee: creds are admin:admin by "
                                   "default\n",
        "integrations/hubspot.md": "Private app tokens look like pat-na1-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx.\n"
                                   "The pat-na1- prefix names the data centre.\n",
    })
    assert by_line == {}
    assert code == 0
