"""A corpus of planted secrets (random at run time) and the leak checks the reliability tests share.

Each planted secret records its random *body* (the part after a fixed,
public prefix such as ``AKIA`` or ``sk_live_``): a leak is any 8-character
window of a body showing up where credgate writes, because redaction keeps at
most the first 4 characters and those are the public prefix.
"""
from __future__ import annotations

import string
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from tests import helpers
from tests import rand

WINDOW = 8


@dataclass(frozen=True)
class Planted:
    value: str  # the whole secret as written to the file
    body: str  # its random part: no window of it may appear in any output

    def windows(self) -> set[str]:
        b = self.body
        return {b[i : i + WINDOW] for i in range(0, max(1, len(b) - WINDOW + 1))}


def _rand(alphabet: str, n: int) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def build(root: Path) -> list[Planted]:
    """Write files holding planted secrets of many kinds; return what was planted."""
    root.mkdir(parents=True, exist_ok=True)
    planted: list[Planted] = []

    def plant(value: str, prefix: str = "") -> str:
        assert value.startswith(prefix)
        planted.append(Planted(value, value[len(prefix) :]))
        return value

    kid, sec = helpers.aws_key_id(), helpers.aws_secret()
    (root / "app.env").write_text(
        f"AWS_ACCESS_KEY_ID={plant(kid, 'AKIA')}\nAWS_SECRET_ACCESS_KEY={plant(sec)}\n"
    )
    (root / "settings.py").write_text(
        f'GITHUB_TOKEN = "{plant(helpers.github_pat(), "ghp_")}"\n'
        f'SLACK = "{plant(helpers.slack_bot_token(), "xoxb-")}"\n'
        f'STRIPE_KEY = "{plant(helpers.stripe_live_key(), "sk_live_")}"\n'
    )
    pem = helpers.private_key_pem()
    body = "".join(pem.splitlines()[1:-1])
    planted.append(Planted(pem, body[40:]))  # past the fixed DER header
    (root / "deploy" / "id_rsa").parent.mkdir(parents=True, exist_ok=True)
    (root / "deploy" / "id_rsa").write_text(pem)
    db_pw = _rand(string.ascii_letters + string.digits, 32)
    (root / "template.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\n"
        "Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n"
        f"    Default: {plant(db_pw)}\n"
        "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
        "      Runtime: python3.12\n      Handler: index.handler\n      Role: arn:aws:iam::123456789012:role/r\n"
        "      Code: {ZipFile: 'pass'}\n"
        "      Environment:\n        Variables:\n"
        f"          STRIPE_SECRET_KEY: {plant(helpers.stripe_live_key(), 'sk_live_')}\n"
    )
    # a broken template whose error sits on the line of a secret: parse errors must not quote it
    k2, s2 = helpers.aws_pair()
    (root / "broken.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  X:\n    Type: AWS::S3::Bucket\n"
        f"    Properties: {{Tags: [{{Key: k, Value: {plant(k2, 'AKIA')}}}]\n"
        f"  aws_secret_access_key: '{plant(s2)}\n\t: [\n"
    )
    pw = _rand(string.ascii_letters + string.digits, 32)
    (root / "params.json").write_text(
        '[{"ParameterKey": "DbPassword", "ParameterValue": "' + plant(pw) + '"}]\n'
    )
    return planted


def leaks(text: str, planted: Iterable[Planted]) -> list[str]:
    """The planted values (shortened) of which some 8-character window appears in ``text``."""
    out = []
    for p in planted:
        if any(w in text for w in p.windows()):
            out.append(p.value[:6] + "...")
    return out


def files_under(root: Path) -> dict[str, str]:
    """Every regular file below ``root`` as text (latin-1, so any bytes compare)."""
    return {str(p): p.read_bytes().decode("latin-1") for p in sorted(root.rglob("*")) if p.is_file()}
