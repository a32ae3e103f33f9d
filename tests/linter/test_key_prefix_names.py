"""Key names that begin like a flag, a count or a reference (``is``, ``use``, ``min``, ``has``, ``max`` ...) but are
not one: ``iso_password``, ``user_password``, ``minio_secret_key``.  Until session 9 the reference-prefix check
matched such a prefix followed by any letter, so their live values were dropped as "refers to a secret kept
elsewhere" (a blind corpus's Insomnia export, ``"iso_password": "..."``, gave 0 findings).  Real flags, counts
and Kubernetes Secret references keep their meaning and stay quiet."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from credgate.linter import filters
from tests import rand
from tests.helpers import findings_by_line, scan_built_in

CREDENTIAL_NAMES = [
    "iso_password", "user_password", "users_api_token", "minio_password", "minio_secret_key", "hashicorp_token",
    "issuer_secret", "useRootPassword", "enable_password", "existing_password", "existingPassword",
    "maxscale_password", "history_db_password", "hasura_admin_secret", "showroom_api_token", "numerator_secret",
    "ISO_PASSWORD", "USER_PASSWORD", "MINIO_SECRET_KEY", "HASURA_ADMIN_SECRET", "IsilonPassword",
]
NOT_CREDENTIAL_NAMES = [
    "use_password_auth", "isPasswordSet", "max_token_age", "maxTokens", "numTokens", "existingSecret",
    "existing_secret", "externalSecretName", "disable_password_login", "hide_secret_values", "show_token_prompt",
    "enable_token_refresh", "min_password_length", "IS_SECRET_ROTATED", "existingSecretPasswordKey",
]


def _random_password() -> str:
    """Machine-random, mixed classes throughout: the shape that must block (synthetic, drawn per test)."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    body = "".join(rand.choice(alphabet) for _ in range(18))
    return body[:6] + rand.choice("#!%") + body[6:12] + rand.choice("+*") + body[12:]


@pytest.mark.parametrize("name", CREDENTIAL_NAMES)
def test_the_prefix_of_a_credential_name_is_no_reference(name: str) -> None:
    assert filters.generic_key(f'"{name}": ') is None
    assert filters.generic_key(f"{name} = ") is None


@pytest.mark.parametrize("name", NOT_CREDENTIAL_NAMES)
def test_flags_counts_and_secret_references_stay_quiet(name: str) -> None:
    assert filters.generic_key(f"{name}: ") is not None


def test_live_values_under_prefixed_names_block_in_every_format(tmp_path: Path) -> None:
    root = tmp_path / "svc"
    root.mkdir()
    values = {n: _random_password() for n in CREDENTIAL_NAMES}
    # an API-client export (the blind corpus's shape), a YAML config and a dotenv file
    (root / "insomnia-export.json").write_text(json.dumps(
        {"_type": "export", "resources": [{"_type": "environment", "data": {n: v for n, v in values.items()}}]},
        indent=2) + "\n")
    (root / "config.yaml").write_text("".join(f"{n}: {v}\n" for n, v in values.items()))
    (root / "app.env").write_text("".join(f"{n.upper()}={v}\n" for n, v in values.items()))
    _, found = scan_built_in(root, tmp_path)
    by_line = findings_by_line(found, root)
    for fname, first in (("insomnia-export.json", 7), ("config.yaml", 1), ("app.env", 1)):
        for i, name in enumerate(CREDENTIAL_NAMES):
            f = by_line.get((fname, first + i))
            assert f is not None, (fname, name)
            # a random password under a password key blocks (README "What blocks"); under a token or secret
            # key a value of password shape ranks as it does under the bare name (medium or above)
            floor = ("high", "critical") if "password" in name.lower() else ("medium", "high", "critical")
            assert f["severity"] in floor, (fname, name, f["severity"])


def test_flags_counts_and_references_are_not_reported(tmp_path: Path) -> None:
    root = tmp_path / "chart"
    root.mkdir()
    (root / "values.yaml").write_text(
        "auth:\n"
        "  existingSecret: orders-db-credentials\n"
        "  existingSecretPasswordKey: password\n"
        "  use_password_auth: true\n"
        "  isPasswordSet: false\n"
        "  max_token_age: 3600\n"
        "  min_password_length: 14\n"
        "  externalSecretName: prod/orders/db\n")
    _, found = scan_built_in(root, tmp_path)
    assert found == []
