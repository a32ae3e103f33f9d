"""Application secrets and provider tokens missed in the fresh7 corpus (session 8), through the CLI.

Misses, each a class:

1. an age identity whose Bech32 checksum does not verify (hand-copied, re-joined, made up): medium, while a
   verifying one stays critical under age-secret-key;
2. Vault service tokens a little shorter than 90 characters behind the protobuf header (``hvs.CAES...``),
   batch tokens shorter than 138 behind the version header (``hvb.AAAAAQ...``), and recovery tokens (``hvr.``);
3. a LaunchDarkly mobile key (``mob-``) in a server-side configuration (ld-relay ``.conf``); in an app's
   sources it stays quiet (public by design);
4. Perforce tickets (``[ssl:]host:port=user:TICKET``) in a tickets file or written by a script;
5. Unreal pak keys in ``DefaultCrypto.ini`` (``EncryptionKey``, ``SigningPrivateExponent``; the modulus and the
   public exponent stay quiet) and a Backtrace submission token in a crash-upload URL;
6. literals under names ending in a qualified Key (``EconomyAdminKey``, ``GTelemetryIngestKey`` in
   ``TEXT("...")``, ``$wgUpgradeKey``);
7. the literal default of a secret environment variable in Rust (``unwrap_or_else``), Elixir (``||`` on the
   next line) and Go (``getEnv(NAME, default)``);
8. an Erlang ``RELEASE_COOKIE`` in an ECS task definition's environment (a secret name for IaC slots);
9. a CloudFront origin header that carries a shared secret (``HeaderName: X-Origin-Verify`` / ``HeaderValue``);
10. a Unity licence serial under ``UNITY_SERIAL`` (low: shown, does not block);
11. a random value quoted in prose right after "key"/"token" or "the value was" (postmortems, ADRs).

Each clean look-alike (references, identifiers, placeholders, public parts, app sources) reports nothing at
any severity.

Fixtures: tests/fixtures/appkeys8_classes/{miss,clean} (synthetic test values), scanned from that folder with
an empty config (the repository's own .credgate.toml allowlists tests/fixtures/** by path).
"""
from __future__ import annotations

import string
from pathlib import Path

import pytest

from credgate.iac.names import is_secret_name
from credgate.linter.engine import Engine
from tests import rand
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "appkeys8_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

# (file under miss/, line) -> rules any of which may report it, and the lowest severity it may have
MISSES = {
    ("age/keys-test.txt", 3): ({"age-secret-key-unverified"}, "medium"),
    ("history/bastion-test.bash_history", 2): ({"hashicorp-vault-service-token"}, "high"),
    ("vault/agent-test.hcl", 5): ({"hashicorp-vault-batch-token"}, "high"),
    ("ld/ld-relay-test.conf", 5): ({"launchdarkly-mobile-key-server-config"}, "medium"),
    ("p4/p4tickets-test.txt", 1): ({"perforce-ticket"}, "high"),
    ("scripts/install-agent-test.ps1", 3): ({"perforce-ticket"}, "high"),
    ("game/Config/DefaultCrypto-test.ini", 2): ({"unreal-pak-encryption-key"}, "high"),
    ("game/Config/DefaultCrypto-test.ini", 6): ({"unreal-pak-signing-key"}, "high"),
    ("game/Config/DefaultEngine-test.ini", 3): ({"backtrace-submission-token"}, "medium"),
    ("code/ServerTelemetry-test.cpp", 3): ({"qualified-key-literal"}, "medium"),
    ("code/BackendConfig-test.cs", 5): ({"qualified-key-literal"}, "medium"),
    ("code/LocalSettings-test.php", 3): ({"qualified-key-literal"}, "medium"),
    ("code/config-test.rs", 5): ({"env-default-literal-secret"}, "medium"),
    ("code/runtime-test.exs", 6): ({"env-default-literal-secret"}, "medium"),
    ("code/settings-test.go", 3): ({"env-default-literal-secret"}, "medium"),
    ("deploy/presence-task-test.json", 8): ({"iac-ecs-plaintext-env-secret"}, "high"),
    ("cfn/cdn-test.yaml", 14): ({"cloudfront-origin-secret-header"}, "medium"),
    ("ci/buildspec-unity-test.yml", 5): ({"unity-license-serial"}, "low"),
    ("docs/postmortem-test.md", 5): ({"docs-prose-key-token"}, "medium"),
    ("docs/postmortem-test.md", 6): ({"docs-prose-key-token"}, "medium"),
}


def _scan(sub: str, tmp_path: Path) -> "tuple[int, list[dict]]":
    return scan_built_in(Path(sub), tmp_path, "--verbose", cwd=FIX)


def test_misses_are_reported(tmp_path: Path) -> None:
    code, found = _scan("miss", tmp_path)
    got = findings_by_line(found, FIX / "miss")
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rules, severity) in MISSES.items():
        f = got[where]
        assert rules & {f["rule_id"], f.get("also_matched")}, (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index(severity), (where, f["severity"])
    assert code == 1


def test_each_reported_secret_is_the_value_itself(tmp_path: Path) -> None:
    """The secret is the ticket, key or token, not the line, the URL or the call around it."""
    _, found = _scan("miss", tmp_path)
    for (path, line), f in findings_by_line(found, FIX / "miss").items():
        text = (FIX / "miss" / path).read_text().splitlines()[line - 1]
        assert f["secret"] in text, (path, line)
        assert not any(c in f["secret"] for c in "\"'`()@: "), (path, line, f["secret"])


def test_the_clean_tree_reports_nothing(tmp_path: Path) -> None:
    code, found = _scan("clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


# ------------------------------------------------------------------ classes, values drawn at run time
_B62 = string.ascii_letters + string.digits
_URLSAFE = _B62 + "_-"
_BECH32 = "QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L"


def _draw(alphabet: str, n: int) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def _rules(text: str, path: str) -> "set[str]":
    return {f.rule_id for f in Engine().scan_bytes(text.encode(), path)}


@pytest.mark.parametrize("body", [70, 87, 91, 110])
def test_vault_service_tokens_behind_the_protobuf_header(body: int) -> None:
    token = "hvs.CAES" + _draw(_URLSAFE, body - 4)
    assert _rules(f"export VAULT_TOKEN={token}\n", "ops/env.sh") == {"hashicorp-vault-service-token"}


def test_a_short_hvs_value_without_the_header_stays_quiet() -> None:
    short = "hvs." + _draw(_URLSAFE, 60).replace("C", "x")  # neither 24 base62, nor 90+, nor CAES-led
    assert "hashicorp-vault-service-token" not in _rules(f"token: {short}\n", "ops/notes.txt")


@pytest.mark.parametrize("body", [110, 126, 150])
def test_vault_batch_tokens_behind_the_version_header(body: int) -> None:
    token = "hvb.AAAAAQ" + _draw(_URLSAFE, body - 6)
    assert _rules(f"# VAULT_TOKEN={token}\n", "ops/agent.hcl") == {"hashicorp-vault-batch-token"}


def test_vault_recovery_tokens() -> None:
    token = "hvr." + _draw(_B62, 24)
    assert _rules(f"export VAULT_TOKEN={token}\n", "ops/recover.sh") == {"hashicorp-vault-recovery-token"}
    assert _rules("export VAULT_TOKEN=hvr.XXXXXXXXXXXXXXXXXXXXXXXX\n", "ops/recover.sh") == set()


def test_age_identity_checksum_decides_the_rule_not_whether_it_is_reported() -> None:
    bad = "AGE-SECRET-KEY-1" + _draw(_BECH32, 58)
    found = Engine().scan_bytes(f"{bad}\n".encode(), "keys.txt")
    assert [(f.rule_id, f.severity.name) for f in found] in (
        [("age-secret-key-unverified", "MEDIUM")],
        [("age-secret-key", "CRITICAL")],  # one draw in 2^30 has a valid checksum by chance
    )


@pytest.mark.parametrize("server", ["ssl:perforce.corp.invalid:1666", "p4-edge.corp.invalid:2002",
                                    "tcp:10.1.2.3:1666", "helix.corp.invalid:1667"])
def test_perforce_tickets_of_any_server_that_names_itself(server: str) -> None:
    ticket = _draw("0123456789ABCDEF", 32)
    line = f"{server}=build-user:{ticket}\n"
    found = Engine().scan_bytes(line.encode(), ".p4tickets")
    assert [(f.rule_id, f.secret) for f in found] == [("perforce-ticket", ticket)]


def test_host_port_user_hash_of_other_tools_stays_quiet() -> None:
    line = f"cache.corp.invalid:6379=app:{_draw('0123456789ABCDEF', 32)}\n"
    assert "perforce-ticket" not in _rules(line, "notes.txt")


@pytest.mark.parametrize("template", [
    'static const TCHAR* G{name} = TEXT("{v}");',
    'static const wchar_t* {name} = L"{v}";',
    'const TCHAR* k{name} = _T("{v}");',
    'public const string {name} = "{v}";',
    'private static readonly string {name} = @"{v}";',
    '${name} = "{v}";',
    "{name} = '{v}'",
    '{name}: "{v}"',
])
@pytest.mark.parametrize("name", ["EconomyAdminKey", "TelemetryIngestKey", "WebhookKey", "MasterKey"])
def test_qualified_key_names_with_wrappers(template: str, name: str) -> None:
    value = _draw(_B62, 40)
    found = Engine().scan_bytes((template.format(name=name, v=value) + "\n").encode(), "src/Config.cpp")
    # reported once; an older generic rule that knows the name (master_key) keeps its finding
    assert [f.secret for f in found] == [value], template


@pytest.mark.parametrize("line", [
    'static const TCHAR* GPublicKey = TEXT("{v}");',  # not a qualified secret name
    'var cacheKey = "{v}";',
    'public const string EconomyAdminKeyHeader = "X-Admin-Key";',
    'public const string AdminKey = "EconomyAdminKey";',
    'signingkey = 4AE1C7D0B2F39E85',  # an OpenPGP key ID (git config)
    'private const string StorageKey = "Assets/Textures/Atlas01.png";',  # an object's key: a path
    'analytics.load({{ writeKey: "{v}" }});',  # Segment/RudderStack write keys ship to browsers
    'const cookieKey = "__Host-session-id";',  # the cookie's name
])
def test_qualified_key_look_alikes_stay_quiet(line: str) -> None:
    text = line.format(v=_draw(_B62, 40)) + "\n"
    assert "qualified-key-literal" not in _rules(text, "src/Config.cs")


@pytest.mark.parametrize("text,path", [
    ('let k = env::var("SIGNING_KEY").unwrap_or("{v}".to_string());', "src/main.rs"),
    ('let k = std::env::var("API_TOKEN")\n    .unwrap_or_else(|_| String::from("{v}"));', "src/main.rs"),
    ('token = System.get_env("VIVOX_TOKEN", "{v}")', "config/runtime.exs"),
    ('cookie =\n  System.get_env("RELEASE_COOKIE") ||\n    "{v}"', "config/runtime.exs"),
    ('$secret = getenv("APP_SECRET") ?: "{v}";', "config.php"),
    ('k := envOr("PARTNER_API_KEY", "{v}")', "cmd/main.go"),
    ("const mac = process.env.WEBHOOK_HMAC || '{v}';", "src/hooks.js"),
    ('salt = os.environ.get("PASSWORD_SALT") or "{v}"', "app/settings.py"),
    ('val key = System.getenv("SIGNING_KEY") ?: "{v}"', "src/Main.kt"),
    ('var key = Environment.GetEnvironmentVariable("SIGNING_KEY") ?? "{v}";', "src/Program.cs"),
    ('cookie = ENV["ERLANG_COOKIE"] || "{v}"', "config/boot.rb"),
])
def test_env_default_literals(text: str, path: str) -> None:
    value = _draw(_B62, 36)
    found = Engine().scan_bytes((text.format(v=value) + "\n").encode(), path)
    assert value in {f.secret for f in found}, text


def test_erlang_cookie_names_are_secret_names() -> None:
    for name in ("RELEASE_COOKIE", "ERLANG_COOKIE", "NodeCookie", "erl_cookie"):
        assert is_secret_name(name), name
    for name in ("COOKIE_DOMAIN", "SESSION_COOKIE_NAME", "RELEASE_NODE"):
        assert not is_secret_name(name), name


def test_mobile_key_in_app_sources_stays_quiet_and_in_server_config_is_reported() -> None:
    key = "mob-" + "-".join(_draw("0123456789abcdef", n) for n in (8, 4, 4, 4, 12))
    line = f'mobileKey = "{key}"\n'
    assert _rules(line, "relay/ld-relay.conf") == {"launchdarkly-mobile-key-server-config"}
    assert _rules(f"LD_ENV_live_MOBILE_KEY={key}\n", "deploy/.env") == {"launchdarkly-mobile-key-server-config"}
    assert _rules(line, "App/Sources/Flags.swift") == set()
    assert _rules(line, "app/src/main/java/Flags.kt") == set()


@pytest.mark.parametrize("text,path", [
    ('let u = env::var("AUTH_URL").unwrap_or("https://auth.example.com/oauth2".to_string());', "src/main.rs"),
    ('let p = env::var("SECRET_PATH").unwrap_or_else(|_| "/run/secrets/app-signing".into());', "src/main.rs"),
    ('let t = env::var("TOKEN_TTL_SECONDS").unwrap_or("86400000".into());', "src/main.rs"),
    ('name = System.get_env("SESSION_COOKIE_NAME", "_presence_key")', "config/runtime.exs"),
    ('kms := getEnv("SECRET_KMS_KEY_ID", "alias/app-secrets")', "cmd/main.go"),
    ("The token `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` is a placeholder.", "docs/runbook.md"),
    ("Rotate the secret `prod/db/master-password` monthly.", "docs/runbook.md"),
    ("key `d41d8cd98f00b204e9800998ecf8427e` (the MD5 of an empty file)", "docs/runbook.md"),
    ("- HeaderName: X-Auth-Request-Redirect\n  HeaderValue: https://portal.example.com/callback", "cfn/cdn.yaml"),
])
def test_defaults_prose_and_headers_that_are_not_secrets_stay_quiet(text: str, path: str) -> None:
    assert Engine().scan_bytes((text + "\n").encode(), path) == [], text
