"""Application and deploy secrets missed or over-reported in the fresh6 corpus (session 7), through the CLI.

Misses, each a class:

1. connection strings with a literal password whose host is filled in at deploy time: CloudFormation
   ``!Sub "postgres://u:LITERAL@${DbEndpoint}/db"`` in a slot whose name says nothing (``*_DATABASE_URL``),
   ``Fn::Join`` / ``!Join`` pieces ``["postgres://u:", "LITERAL", "@", {"Fn::GetAtt": ...}]``, a compose
   ``redis://u:LITERAL@${REDIS_HOST}``, code ``"postgres://u:LITERAL@" + host``; ``${DbPassword}``, a ``Ref``
   or a concatenated variable in that place stays quiet;
2. a UUID under a token-named key of a CI/deploy environment block (buildspec ``env.variables``, GitHub
   Actions ``env``) is the token; a UUID under an ``_ID`` name, or a nil UUID, is not;
3. command-line secret options of common tools (``rclone --b2-key X``, ``--token X``); ``"$VAR"``,
   ``${VAR}`` and ``--token-file PATH`` stay quiet;
4. a literal given to an HMAC/signing-key constructor (``Keys.hmacShaKeyFor("...".toByteArray())``,
   ``crypto.createHmac("sha256", "...")``, ``new SymmetricSecurityKey(Encoding.UTF8.GetBytes("..."))``,
   ``jwt.sign(payload, "...")``) or turned into bytes for a ``*Key``/``*Secret`` variable
   (``[]byte("...")``); a sequence in a Go test, an environment look-up stay quiet;
5. AWS session tokens by their encoded header (``FwoGZXIvYXdz...``, ``IQoJb3JpZ2lu...``) with no key name.

False positives, each a class (the clean tree must report nothing at any severity):

6. a dev-default connection string: ``portal:portal@`` (the password repeats the user), or a local database
   in an example file (``.env.example``);
7. the apiKey of a Firebase app config (public by design: every browser receives it);
8. a Stripe test-mode key in test code (a fixture for stripe-mock; elsewhere it is still reported, low);
9. ``SHOPIFY_API_KEY`` beside ``SHOPIFY_API_SECRET``: the key is the app's public client id;
10. base64 of a test text (``ZmFrZS1qd3Qtc2lnbmluZy1rZXk...`` is "fake-jwt-signing-key...");
11. angle-bracket prose placeholders (``"<from 1password: Datadog staging>"``);
12. values under front-end public names (``NEXT_PUBLIC_*``, ``VITE_*``, ``REACT_APP_*``) and publishable
    tokens (``pk.eyJ...``) in name/value lists.

Fixtures: tests/fixtures/fresh6_appsec_classes/{miss,clean} (synthetic test values).  They are scanned from
that folder with relative paths and an empty config: the repository's own .credgate.toml allowlists
tests/fixtures/** by path, and a path through tests/ would make every code file a test source.
"""
from __future__ import annotations

from pathlib import Path

from credgate.linter import filters
from credgate.linter.engine import Engine
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "fresh6_appsec_classes"
ORDER = ["info", "low", "medium", "high", "critical"]

# (file under miss/, line) -> rules any of which may report it (also_matched counts), and the lowest severity
MISSES = {
    ("cfn/reports-stack-test.yaml", 19): ({"postgres-uri-password", "iac-ecs-plaintext-env-secret"}, "high"),
    ("cfn/reports-stack-test.yaml", 25): ({"iac-cfn-literal-secret"}, "high"),  # !Join pieces
    ("cfn/reports-stack-test.yaml", 28): ({"amqp-uri-password", "iac-cfn-literal-secret"}, "high"),  # !Sub list
    ("cfn/json/dashboard-test.template.json", 8): ({"iac-cfn-literal-secret"}, "high"),  # Fn::Join pieces
    ("compose/compose-test.yml", 6): ({"redis-uri-password", "iac-compose-env-secret"}, "high"),
    ("ci/imagery-buildspec-test.yml", 5): ({"generic-high-entropy-secret", "generic-password-assignment",
                                            "provider-key-uuid-or-hex"}, "medium"),  # CODECOV_TOKEN: provider-named
    ("ci/.github/workflows/release-test.yml", 4): ({"provider-key-uuid-or-hex", "generic-high-entropy-secret"},
                                                    "medium"),
    ("scripts/mirror-test.sh", 3): ({"cli-secret-option"}, "medium"),  # rclone --b2-key
    ("scripts/mirror-test.sh", 5): ({"aws-access-key-id", "aws-secret-access-key"}, "high"),
    ("scripts/mirror-test.sh", 7): ({"cli-secret-option"}, "medium"),  # --token
    ("code/PriceAuth-test.kt", 6): ({"hmac-key-constructor-literal"}, "medium"),
    ("code/PriceAuth-test.kt", 8): ({"string-bytes-key-assignment", "generic-high-entropy-secret"}, "medium"),
    ("code/uplink/sign-test.go", 9): ({"byte-literal-key-assignment"}, "medium"),
    ("code/webhook-test.js", 2): ({"hmac-key-constructor-literal"}, "medium"),
    ("code/Auth-test.cs", 4): ({"hmac-key-constructor-literal"}, "medium"),  # SymmetricSecurityKey(GetBytes(..))
    ("code/db-test.js", 1): ({"postgres-uri-password"}, "high"),  # "...:LITERAL@" + host
    ("code/db-test.js", 3): ({"hmac-key-constructor-literal"}, "medium"),  # jwt.sign(payload, "...")
    ("code/relay/creds-test.go", 6): ({"aws-temporary-access-key-id"}, "high"),
    ("code/relay/creds-test.go", 7): ({"aws-access-key-pair"}, "high"),
    ("code/relay/creds-test.go", 8): ({"aws-session-token-by-shape"}, "medium"),  # FwoGZXIvYXdz..., no key name
    ("code/relay/session-test.py", 1): ({"aws-temporary-access-key-id", "aws-session-token-by-shape"}, "medium"),
    ("deploy/apprunner-test.yaml", 7): ({"name-value-pair-secret"}, "medium"),  # NEXTAUTH_SECRET, not the pk. token
    ("server/maps-test.py", 2): ({"gcp-api-key"}, "medium"),  # a Google key with no Firebase config around it
    ("shop-test/.env.shopify", 2): ({"shopify-shared-secret"}, "high"),  # the secret, not SHOPIFY_API_KEY
    ("lib/stripe_client.rb", 2): ({"stripe-test-secret-key"}, "low"),  # test-mode key outside tests: low
}


def _scan(sub: str, tmp_path: Path) -> "tuple[int, list[dict]]":
    return scan_built_in(Path(sub), tmp_path, cwd=FIX)


def test_misses_are_reported_and_their_decoys_stay_quiet(tmp_path: Path) -> None:
    code, found = _scan("miss", tmp_path)
    got = findings_by_line(found, FIX / "miss")
    assert set(got) == set(MISSES), sorted(set(got) ^ set(MISSES))
    for where, (rules, severity) in MISSES.items():
        f = got[where]
        assert rules & {f["rule_id"], f.get("also_matched")}, (where, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index(severity), (where, f["severity"])
    assert code == 1


def test_the_clean_tree_reports_nothing(tmp_path: Path) -> None:
    code, found = _scan("clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"]) for f in found]
    assert code == 0


def test_each_literal_is_the_secret_itself(tmp_path: Path) -> None:
    """The reported secret is the password or key, not the URL or the call around it."""
    _, found = _scan("miss", tmp_path)
    by_line = findings_by_line(found, FIX / "miss")
    for (path, line), f in by_line.items():
        text = (FIX / "miss" / path).read_text().splitlines()[line - 1]
        assert f["secret"] in text, (path, line)
        assert not any(c in f["secret"] for c in "\"'@():"), (path, line, f["secret"])


def test_the_placeholder_sibling_of_each_literal_is_not_reported() -> None:
    """Each class's look-alike, one line at a time through the engine: references, ids and test values."""
    engine = Engine()
    quiet = {
        "cfn-test.yaml": (
            "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  T:\n    Type: AWS::ECS::TaskDefinition\n"
            "    Properties:\n      ContainerDefinitions:\n        - Name: a\n          Environment:\n"
            "            - Name: DATABASE_URL\n"
            "              Value: !Sub \"postgres://app:${DbPassword}@${DbEndpoint}:5432/app\"\n"),
        "buildspec.yml": "version: 0.2\nenv:\n  variables:\n    DEPLOYMENT_ID: 3f2b9c4e-8a1d-4e7f-9b6c-2d5e8f1a4c7b\n",
        "ops/sync.sh": "rclone sync . b2:x --b2-key \"$RCLONE_B2_KEY\"\nuploader --token-file /run/secrets/t\n",
        "uplink/sign_test.go": 'package uplink\nvar gatewaySharedKey = []byte("0123456789abcdef0123456789abcdef")\n',
        "api/auth.kt": 'val key = Keys.hmacShaKeyFor(System.getenv("JWT_KEY").toByteArray())\n',
        "deploy/apprunner.yaml": "run:\n  env:\n    - name: MAPBOX_TOKEN\n      value: pk.eyJ1IjoiZXhhbXBsZSIsImEiOiJ"
                                 "jbHh5ejEyMzQifQ.Qm9ndXNWYWx1ZUZvclRlc3Rz\n",
    }
    for path, text in quiet.items():
        assert engine.scan_bytes(text.encode(), path) == [], path


def test_filters_say_why() -> None:
    """The drop reasons of the new checks, on the values alone (what --verbose prints)."""
    assert filters.placeholder("<from 1password: Datadog staging>")
    assert filters.placeholder("ZmFrZS1qd3Qtc2lnbmluZy1rZXktZm9yLXRlc3Rz")  # fake-jwt-signing-key-for-tests
    assert filters.placeholder("V2ludGVyMjAyNCE=") is None  # base64 of a password, not of a test text
    assert filters.uuid_token_slot("CODECOV_TOKEN: ", "9c1e4b7a-2f3d-4e8a-b6c5-0d7f1a2e3b4c")
    assert not filters.uuid_token_slot("CODECOV_TOKEN: ", "12345678-1234-1234-1234-123456789012")
    assert filters.ci_env_file("deploy/codebuild/imagery-buildspec.yml")
    assert filters.ci_env_file(".github/workflows/release.yaml")
    assert not filters.ci_env_file("src/settings.yml")
    assert filters.public_env_name("NEXT_PUBLIC_MAPBOX_TOKEN=")
    assert filters.public_env_name("NEXT_PUBLIC_STRIPE_SECRET_KEY=") is None  # a secret shipped by mistake
    pair = b"SHOPIFY_API_KEY=5e015e260ce5d33d6929d7e574ce753f\nSHOPIFY_API_SECRET=shpss_x\n"
    assert filters.paired_api_key(pair, 0, len(b"SHOPIFY_API_KEY="))
    other = b"API_KEY=5e015e260ce5d33d6929d7e574ce753f\nSHOPIFY_API_SECRET=shpss_x\n"
    assert filters.paired_api_key(other, 0, len(b"API_KEY=")) is None  # another app's secret: no pair
    assert filters.template_file("services/portal/.env.example")
    assert not filters.template_file("services/portal/.env")
