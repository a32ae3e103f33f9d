"""Assignments aligned in a column (``terraform fmt``, aligned INI and Python settings) put many spaces
between a key and its ``=``: the generic rules read up to 40 spaces or tabs there, as they read five before
(a blind corpus's MWAA ``airflow_configuration_options`` map lost its SMTP password and Fernet key to it)."""
from __future__ import annotations

import string
from pathlib import Path

import pytest

from tests import rand
from tests.helpers import scan_files


def _tok(n: int) -> str:
    pools = (string.ascii_lowercase, string.ascii_uppercase, string.digits)
    return "".join(rand.choice(pools[i % 3]) for i in range(n))


@pytest.mark.parametrize("pad", [1, 6, 12, 29])
def test_aligned_secret_assignments_block(tmp_path: Path, pad: int) -> None:
    sp = " " * pad
    pw, key, tok = _tok(20), _tok(32), _tok(24)
    _, found = scan_files(tmp_path, {
        "infra/mwaa.tf": ('resource "aws_mwaa_environment" "etl" {\n  airflow_configuration_options = {\n'
                          f'    "smtp.smtp_host"{sp}= "email-smtp.eu-west-2.amazonaws.com"\n'
                          f'    "smtp.smtp_password"{sp}= "{pw}"\n  }}\n}}\n'),
        "svc/settings.ini": f"[billing]\nendpoint{sp}= https://billing.internal\napi_key{sp}= {key}\n",
        "svc/settings.py": f'REGION{sp}= "eu-west-2"\nSYNC_API_TOKEN{sp}= "{tok}"\n',
    }, "repo")
    for where in (("infra/mwaa.tf", 4), ("svc/settings.ini", 3), ("svc/settings.py", 2)):
        assert where in found, (pad, where, sorted(found))
        assert found[where]["severity"] in ("medium", "high", "critical"), found[where]
    assert ("infra/mwaa.tf", 3) not in found and ("svc/settings.ini", 2) not in found


def test_a_key_then_far_text_is_not_an_assignment(tmp_path: Path) -> None:
    """Past 40 spaces, or with words between, the name and the value are not one assignment."""
    _, found = scan_files(tmp_path, {
        "docs/table.txt": "password" + " " * 45 + "= see the vault entry ops/db\n",
        "svc/app.ini": "token_ttl            = 3600\n",
    }, "repo")
    assert found == {}, sorted(found)
