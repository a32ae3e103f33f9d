"""Session 11 (issue 17, fresh10 app configs): passwords with a parenthesis in connection strings, Honeycomb
keys in OpenTelemetry / Spring / .env files, and personal access tokens under *_PAT names in pipeline
variable lists.  Real-world variants (not the corpus lines) found and blocking; look-alikes quiet.  Values
are drawn per test (tests/rand.py), never real."""
from __future__ import annotations

from pathlib import Path

from credgate.linter import filters
from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")
_ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghjkmnpqrstuvwxyz23456789"
_LOWER = "abcdefghijklmnopqrstuvwxyz0123456789"


def _rnd(n: int, alphabet: str = _ALNUM) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def _paren_pw() -> str:
    """A generated password that happens to hold "(": letters and digits on both sides."""
    return rand.choice("DKQX") + _rnd(5) + rand.choice("(") + str(rand.randbelow(10)) + _rnd(11)


def _scan(tmp_path: Path, files: dict) -> dict:
    return scan_files(tmp_path, files, "site")[1]


def _blocks(found: dict, where: "tuple[str, int]", value: str) -> None:
    f = found.get(where)
    assert f is not None, (where, sorted(found))
    assert f["severity"] in BLOCKING, f
    assert (f.get("secret") or "").startswith(value[:4]), f


# ------------------------------------------------------------------ "(" inside a password is not a call
def test_password_with_parenthesis_is_not_a_function_call() -> None:
    for _ in range(20):
        pw = _paren_pw()
        assert filters.generic_value(pw) is None, pw
    # calls cut short by the value's character class stay code
    for code in ("get_secret(", 'os.getenv("DB_PASSWORD', "vault.read(self.path,", "Secrets.fetch(name",
                 "load_password(cfg.db.name)", "f(a,", "yourStrong(!)Password"):  # the last: SQL Server docs' example
        assert filters.generic_value(code) is not None, code


def test_connection_strings_with_parenthesis_passwords_block(tmp_path: Path) -> None:
    pws = [_paren_pw() for _ in range(4)]
    files = {
        "appsettings.json": '{\n  "ConnectionStrings": {\n    "Main": "Server=sql01.corp.internal,1433;Database=Ops;'
                            f'User Id=ops_api;Password={pws[0]};TrustServerCertificate=True"\n  }}\n}}\n',
        "taskdef.json": '{"environment": [\n  {"name": "ConnectionStrings__Db", "value": "Host=pg.internal;'
                        f'Port=5432;Username=app;Password={pws[1]};SSL Mode=Require"}}\n]}}\n',
        "Web.config": '<configuration>\n<connectionStrings>\n  <add name="Crm" connectionString="Data Source=crm01;'
                      f'Initial Catalog=Crm;User ID=crm_web;Password={pws[2]}" />\n</connectionStrings>\n'
                      '</configuration>\n',
        "odbc.ini": f"[ops]\nDSN=ops;Uid=report;Pwd={pws[3]};Server=db.corp.internal\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("appsettings.json", 3), pws[0])
    _blocks(found, ("taskdef.json", 2), pws[1])
    _blocks(found, ("Web.config", 3), pws[2])
    _blocks(found, ("odbc.ini", 2), pws[3])


def test_connection_string_password_read_from_code_stays_quiet(tmp_path: Path) -> None:
    files = {
        "db.py": 'CONN = "Server=sql01;Database=Ops;User Id=app;Password=" + get_password(\n',
        "Startup.cs": 'var cs = $"Server=sql01;Database=Ops;User Id=app;Password={Config.Get(\n',
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ Honeycomb keys
def test_honeycomb_keys_block_in_collector_spring_env_and_code(tmp_path: Path) -> None:
    ingest = "hcaik_01" + _rnd(50, _LOWER)
    classic = "hcxik_01" + _rnd(50, _LOWER)
    mgmt = "hcamk_01" + _rnd(48, _LOWER)
    hdr22 = _rnd(22)
    files = {
        "otel/collector.yaml": "exporters:\n  otlphttp/hc:\n    endpoint: https://api.eu1.honeycomb.io\n"
                               f'    headers:\n      "x-honeycomb-team": "{ingest}"\n',
        "src/main/resources/application.yml": f"honeycomb:\n  api-key: {classic}\n",
        ".env.production": f"HONEYCOMB_MANAGEMENT_KEY={mgmt}\n",
        "tracing.ts": f"const headers = {{ 'x-honeycomb-team': '{hdr22}' }};\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("otel/collector.yaml", 5), ingest)
    _blocks(found, ("src/main/resources/application.yml", 2), classic)
    _blocks(found, (".env.production", 1), mgmt)
    _blocks(found, ("tracing.ts", 1), hdr22)


def test_honeycomb_lookalikes_stay_quiet(tmp_path: Path) -> None:
    files = {
        "collector.yaml": "exporters:\n  otlp:\n    headers:\n      x-honeycomb-team: ${env:HONEYCOMB_API_KEY}\n",
        "keys.md": "Ingest keys start with `hcaik_`; management keys with `hcamk_`.\n",
        "mask.txt": "x-honeycomb-team: hcaik_" + "x" * 52 + "\n",
        "names.yaml": "honeycomb_api_key_secret_name: honeycomb-ingest-prod\n",
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ *_PAT names in variable lists
def test_pat_under_pat_name_in_pipeline_variables_blocks(tmp_path: Path) -> None:
    pat = _rnd(52, "abcdefghijklmnopqrstuvwxyz234567")
    pat2 = _rnd(52, "abcdefghijklmnopqrstuvwxyz234567")
    files = {
        "azure-pipelines.yml": f"variables:\n  - group: shared\n  - name: PACKAGES_FEED_PAT\n    value: {pat}\n"
                               "steps:\n  - script: dotnet restore\n",
        "release.yml": f"variables:\n- name: 'ado-pat'\n  value: '{pat2}'\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("azure-pipelines.yml", 4), pat)
    _blocks(found, ("release.yml", 3), pat2)


def test_pat_names_that_are_not_tokens_stay_quiet(tmp_path: Path) -> None:
    files = {
        "azure-pipelines.yml": "variables:\n  - name: BUILD_PATH\n    value: src/app/publish\n"
                               "  - name: FEED_PAT\n    value: $(FeedPat)\n"
                               "  - name: NUGET_PAT\n    value: '$(System.AccessToken)'\n",
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ Adyen API keys under any name
def _adyen() -> str:
    b64 = _ALNUM + "+/"
    return "AQE" + _rnd(60, b64) + "=-" + _rnd(43, b64) + "=-" + _rnd(4) + rand.choice(":#(<") + _rnd(9)


def test_adyen_keys_block_under_any_name(tmp_path: Path) -> None:
    keys = [_adyen() for _ in range(3)]
    files = {
        "params/payments.properties": f"Env=prod\nPspKey={keys[0]}\n",
        "appsettings.json": f'{{"Checkout": {{"XApiKey": "{keys[1]}"}}}}\n',
        "config/adyen.rb": f"Adyen.api_key = '{keys[2]}'\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("params/payments.properties", 2), keys[0])
    _blocks(found, ("appsettings.json", 1), keys[1])
    _blocks(found, ("config/adyen.rb", 1), keys[2])
    assert {found[w].get("rule_id") for w in found} == {"adyen-api-key"}, found


def test_adyen_lookalikes_stay_quiet(tmp_path: Path) -> None:
    files = {
        "README.md": "Set ADYEN_API_KEY to your key (it starts with AQE...).\n",
        "blob.txt": "data: AQEBAAAAAQAAAAEAAAABAAAAAQAAAAEAAAAB==\n",
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ AuthorizationKey (OCPP charge points, gateways)
def test_authorization_key_values_block(tmp_path: Path) -> None:
    hexkey = _rnd(40, "0123456789ABCDEF")
    other = _rnd(28)
    files = {
        "charger/config.json": f'{{\n  "SecurityProfile": 1,\n  "AuthorizationKey": "{hexkey}"\n}}\n',
        "gateway.yaml": f"upstream:\n  authorisation_key: {other}\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("charger/config.json", 3), hexkey)
    _blocks(found, ("gateway.yaml", 2), other)


def test_authorization_key_names_and_headers_stay_quiet(tmp_path: Path) -> None:
    files = {
        "settings.json": '{"AuthorizationKeyHeader": "Authorization", "authorization_key_name": "ocpp-auth"}\n',
        "client.py": 'AUTHORIZATION_KEY = os.environ["OCPP_AUTHORIZATION_KEY"]\n',
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ Oracle JDBC URL logons
def test_oracle_jdbc_logon_passwords_block(tmp_path: Path) -> None:
    pws = [_rnd(10) for _ in range(3)]
    files = {
        "application.properties": f"app.legacy.jdbc-url=jdbc:oracle:thin:LEGACY_RO/{pws[0]}@ora01.corp:1521/LGPRD\n",
        "context.xml": f'<Resource name="jdbc/erp" url="jdbc:oracle:thin:erp/{pws[1]}@//scan.corp:1521/erp"/>\n',
        "etl.yaml": f"source:\n  url: jdbc:oracle:oci:etl/{pws[2]}@ETLPRD\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("application.properties", 1), pws[0])
    _blocks(found, ("context.xml", 1), pws[1])
    _blocks(found, ("etl.yaml", 2), pws[2])


def test_oracle_jdbc_urls_without_logon_stay_quiet(tmp_path: Path) -> None:
    files = {
        "application.properties": "spring.datasource.url=jdbc:oracle:thin:@ora01.corp:1521/LGPRD\n"
                                  "other.url=jdbc:oracle:thin:@//scan.corp:1521/erp\n"
                                  "env.url=jdbc:oracle:thin:${DB_USER}/${DB_PASSWORD}@ora01:1521/P\n",
    }
    assert _scan(tmp_path, files) == {}


# ------------------------------------------------------------------ Hex.pm organization keys on mix command lines
def test_hex_organization_keys_on_mix_command_lines_block(tmp_path: Path) -> None:
    k1, k2 = _rnd(32, "0123456789abcdef"), _rnd(32, "0123456789abcdef")
    files = {
        "Dockerfile": "FROM elixir:1.17\nRUN mix local.hex --force && \\\n"
                      f"    mix hex.organization auth acme --key {k1}\n",
        "ci/build.sh": f"#!/bin/sh\nmix hex.repo add acme https://hex.acme.internal --auth-key={k2}\n",
    }
    found = _scan(tmp_path, files)
    _blocks(found, ("Dockerfile", 3), k1)
    _blocks(found, ("ci/build.sh", 2), k2)


def test_hex_organization_key_from_secret_stays_quiet(tmp_path: Path) -> None:
    files = {
        "Dockerfile": "FROM elixir:1.17\nARG HEX_KEY\nRUN mix hex.organization auth acme --key \"$HEX_KEY\"\n"
                      "RUN --mount=type=secret,id=hex mix hex.organization auth acme --key $(cat /run/secrets/hex)\n",
    }
    assert _scan(tmp_path, files) == {}
