"""Classes of live-looking secrets that did not block at medium (issue 17, session 10; bench/blocking_matrix.py).

1. names that start with ``external`` were read as "refers to a secret kept elsewhere" (``external_api_token``,
   ``externalClientSecret``, ``EXTERNAL_PASS``): only an ExternalSecret object's name (``externalSecret``) and
   ``existing...`` names (``existingSecret``) are references;
2. a UUID under a name whose word before a token/secret/API-key ending is a service's (``SENDGRID_API_KEY``,
   ``app.linodeToken``, ``<add key="HerokuClientSecret" value=...>``, ``CLOUDFLARE_APIKEY: string = ...``) was
   dropped as "a UUID" outside CI/deploy environment blocks;
3. dotted compound names (``payment.api.key``, ``mail.access.key``, ``vendor.license.key``) and HMAC/signing
   names spelled with dots, in XML elements, or with 16-23 character values;
4. camelCase names that end in ``Pass`` (``adminPass``, ``S3Pass``, ``<DbPass>``);
5. .NET ``<add key=... value=...>`` pairs under ``...Pass``, ``api-key``, ``EncryptionKey``, ``Credentials``;
6. TypeScript typed constants (``export const ftpPwd: string = "..."``) under ``pwd``, ``_PASS``, ``...Pass`` and
   license-key names: the generic rules read ``string`` as the value, typed-constant-secret knew no such names;
7. people's passwords holding ``&`` (``Tr0ub4dor&3``), unquoted in YAML/.properties under ``_PASS``, ``pwd``,
   ``...Pass`` names (the generic rules end an unquoted value at ``&``), or quoted under a ``name-pass`` key.

Each decoy (references, reads of the environment, ids, a GPG key ID, a DocuSign integration key, bypass and
render passes) reports nothing at medium or above.  Values are drawn at run time (synthetic, never real).
"""
from __future__ import annotations

import random
import string
import uuid
from pathlib import Path

import pytest

from tests.helpers import scan_built_in

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
_rng = random.Random(1710)


def _b62(n: int) -> str:
    alphabet = string.ascii_letters + string.digits
    while True:
        s = "".join(_rng.choice(alphabet) for _ in range(n))
        if any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s):
            return s


def _b64(n: int) -> str:
    return _b62(n - 2) + "+/"


def _hex(n: int) -> str:
    return "".join(_rng.choice("0123456789abcdef") for _ in range(n))


def _uuid() -> str:
    return str(uuid.UUID(int=_rng.getrandbits(128), version=4))


_HUMAN = "Tr0ub" + "4dor&3"  # the password of the xkcd strip, built at run time

# (file, text with {v} where the value goes, value): each must block at medium
BLOCK = [
    # 1. external ... is a partner's credential
    ("src/partner.py", 'external_api_token = "{v}"\n', _b62(32)),
    ("src/config.js", "module.exports = {{\n  externalClientSecret: '{v}',\n}};\n", _b62(40)),
    (".env", "EXTERNAL_PASS={v}\n", _b62(20)),
    ("config/app.yaml", "app:\n  external_private_key: {v}\n", _hex(64)),
    ("config/app.json", '{{"externalCredentials": "{v}"}}\n', _b62(29)),
    # 2. UUIDs under a service's token or key name, anywhere outside tests
    ("src/settings.py", 'SENDGRID_API_KEY = "{v}"\n', _uuid()),
    ("config/application.properties", "app.linodeToken={v}\n", _uuid()),
    ("Web.config", '<configuration>\n  <add key="HerokuClientSecret" value="{v}" />\n</configuration>\n', _uuid()),
    ("src/config.ts", 'export const CLOUDFLARE_APIKEY: string = "{v}";\n', _uuid()),
    ("conf/service.xml", "<service>\n  <mapbox.access.token>{v}</mapbox.access.token>\n</service>\n", _uuid()),
    ("src/Settings.java", 'class S {{\n  private static final String AUTH0_API_KEY = "{v}";\n}}\n', _uuid()),
    # 3. dotted compound names, HMAC/signing names in more spellings
    ("config/app.yaml", "payment.api.key: {v}\n", _b62(32)),
    ("config/app.json", '{{"mail.access.key": "{v}"}}\n', _b62(48)),
    ("config/app.properties", "vendor.license.key={v}\n", _b62(24)),
    ("conf/service.xml", "<service>\n  <partnerHmacKey>{v}</partnerHmacKey>\n</service>\n", _b64(32)),
    ("config/app.yaml", "oauth.signing.key: {v}\n", _b62(20)),
    # 4. camelCase ...Pass names
    ("src/db.js", "const adminPass = '{v}';\n", _b62(24)),
    ("conf/service.xml", "<service>\n  <S3Pass>{v}</S3Pass>\n</service>\n", _b62(16)),
    ("config/app.yaml", "backend:\n  backendPass: {v}\n", _b64(44)),
    # 5. .NET appSettings pairs
    ("Web.config", '<appSettings>\n  <add key="DbPass" value="{v}" />\n</appSettings>\n', _b62(18)),
    ("Web.config", '<appSettings>\n  <add key="jwt-api-key" value="{v}" />\n</appSettings>\n', _b62(30)),
    ("Web.config", '<appSettings>\n  <add key="S3EncryptionKey" value="{v}" />\n</appSettings>\n', _b64(24)),
    ("Web.config", '<appSettings>\n  <add key="postgres_credentials" value="{v}" />\n</appSettings>\n', _hex(32)),
    # 6. TypeScript typed constants under pwd / PASS / license-key names (the generic rules read the type)
    ("src/config.ts", 'export const ftpPwd: string = "{v}";\n', _b62(29)),
    ("src/config.ts", 'export const API_PASS: string = "{v}";\n', _hex(64)),
    ("src/config.ts", 'export const dbPwd: string = "{v}";\n', "Winter2026!"),
    ("src/config.ts", 'export const DATADOG_LICENSE_KEY: string = "{v}";\n', _b62(32)),
    # 7. people's passwords with & (ends the generic rules' unquoted values) under pass/pwd names in config files
    (".github/workflows/deploy.yml", "env:\n  DATABASE_PASS: {v}\n", _HUMAN),
    ("config/app.properties", "app.db.pass={v}\n", _HUMAN),
    ("config/kafka.yaml", "kafka:\n  saslPwd: {v}\n", _HUMAN),
    ("config/app.toml", 'api-pass = "{v}"\n', _HUMAN),
]

# must not reach medium
QUIET = [
    ("deploy/values.yaml", "postgresql:\n  existingSecret: {v}\n", "billing-db-credentials"),
    ("deploy/values.yaml", "app:\n  externalSecret: {v}\n", "billing-partner-creds"),
    ("infra/main.tf", 'locals {{\n  existing_secret = "{v}"\n}}\n', "billing-db-credentials"),
    ("src/partner.py", 'import os\nexternal_api_token = os.environ["{v}"]\n', "EXTERNAL_API_TOKEN"),
    ("src/client.py", 'request_token = "{v}"\n', _uuid()),
    ("src/client.py", 'client_api_key = "{v}"\n', _uuid()),
    ("src/client.py", 'tenant_token = "{v}"\n', _uuid()),
    ("src/client.py", 'SENDGRID_API_KEY = "{v}"\n', "00000000-0000-0000-0000-000000000000"),
    ("config/app.properties", "fhm.docusign.integration-key={v}\n", _uuid()),
    ("home/dev/.gitconfig", "[user]\n\tname = Dev\n\tsigningkey = {v}\n", _hex(16).upper()),
    ("src/render.js", "const renderPass = '{v}';\n", "ShadowMapPass"),
    ("src/net.js", "const bypass = '{v}';\n", _b62(20)),
    ("src/db.js", "const adminPass = {v};\n", "process.env.ADMIN_PASS"),
    ("tests/test_client.py", 'SENDGRID_API_KEY = "{v}"\n', _uuid()),
    ("src/config.ts", 'export const bypass: string = "{v}";\n', _b62(20)),
    ("config/app.properties", "db.password={v}\n", "%(DB_PASSWORD)s"),
    ("config/proxy.yaml", "proxy:\n  bypass: {v}\n", _HUMAN),
    ("config/app.ini", "[http]\nbypass = {v}\n", _HUMAN),
]


def _scan(cases: list, tmp_path: Path) -> "list[tuple[str, int, str, int]]":
    """(file, line, redacted value, best severity on the value's line) per case, one tree, one scan."""
    root = tmp_path / "svc"
    where = []
    for i, (name, text, value) in enumerate(cases):
        body = text.format(v=value)
        path = root / f"c{i:02d}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body)
        line = next(n for n, ln in enumerate(body.splitlines(), 1) if value in ln)
        where.append((f"c{i:02d}/{name}", line, f"{value[:4]}…({len(value)})"))
    _, found = scan_built_in(Path("svc"), tmp_path, cwd=tmp_path)
    best: dict = {}
    for f in found:
        for loc in f.get("locations") or [f]:
            key = (loc["path"].replace("\\", "/").split("svc/", 1)[-1], loc["line"])
            best[key] = max(best.get(key, -1), SEV[f["severity"]])
    return [(p, ln, red, best.get((p, ln), -1)) for p, ln, red in where]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> "tuple[list, list]":
    tmp = tmp_path_factory.mktemp("matrix")
    block = _scan(BLOCK, tmp / "b")
    quiet = _scan(QUIET, tmp / "q")
    return block, quiet


@pytest.mark.parametrize("i", range(len(BLOCK)), ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(BLOCK)])
def test_live_value_blocks_at_medium(scanned, i):
    path, line, red, sev = scanned[0][i]
    assert sev >= SEV["medium"], (path, line, red, sev)


@pytest.mark.parametrize("i", range(len(QUIET)), ids=[f"{i:02d}-{c[0]}" for i, c in enumerate(QUIET)])
def test_decoy_stays_below_medium(scanned, i):
    path, line, red, sev = scanned[1][i]
    assert sev < SEV["medium"], (path, line, red, sev)


def test_reference_names_read_as_the_brief_says():
    from credgate.iac.names import is_secret_name
    from credgate.linter import filters

    for key in ("external_api_token", "externalClientSecret", "EXTERNAL_SIGNING_KEY", "external-pass",
                "existingPassword", "enable_password"):
        assert filters.generic_key(key + " = ") is None, key
    for key in ("existingSecret", "externalSecret", "external_secrets", "max_tokens", "use_bypass"):
        assert filters.generic_key(key + " = ") is not None, key
    assert not is_secret_name("existingSecret") and not is_secret_name("EXISTING_SECRET")
    assert is_secret_name("existingPassword") and is_secret_name("external_api_token")


def test_machine_random_password_under_camel_pass_ranks_high(tmp_path):
    """The gates block at high: a machine-drawn password under ``adminPass`` / ``<S3Pass>`` ranks as one under
    ``admin_pass`` does (triage._PASSWORD_KEY_BEFORE reads the camelCase Pass); a person's stays medium."""
    cases = [
        ("src/db.js", "const adminPass = '{v}';\n", _b62(24)),
        ("conf/service.xml", "<service>\n  <S3Pass>{v}</S3Pass>\n</service>\n", _b62(20)),
        ("src/db.js", "const adminPass = '{v}';\n", "Winter" + "2026!"),
    ]
    got = [sev for *_, sev in _scan(cases, tmp_path)]
    assert got == [SEV["high"], SEV["high"], SEV["medium"]], got
