"""Shared generators for the benchmark inputs: realistic-looking text and planted secrets.

Everything is drawn from a seeded ``random.Random`` so the same seed gives the
same inputs (and the same finding counts) on every machine.  The secrets are
synthetic: random values in the providers' shapes, never real credentials.
"""
from __future__ import annotations

import json
import random
import string
import zlib
from typing import Callable

from corpora.rng import base62  # bench/ is on sys.path for every script that imports this module

WORDS = ("def class return import self value config client request response data items index result "
         "error status handler service update create delete fetch parse build render logger session user "
         "account region bucket table queue topic stream cache token name type size count offset limit").split()
_AN = string.ascii_letters + string.digits


def _r(rng: random.Random, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def aws_key_id(rng: random.Random) -> str:
    return "AKIA" + _r(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def aws_secret(rng: random.Random) -> str:
    return _r(rng, _AN + "/+", 40)


def github_pat(rng: random.Random) -> str:
    body = _r(rng, _AN, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()) & 0xFFFFFFFF, 6)


def slack_bot(rng: random.Random) -> str:
    return f"xoxb-{_r(rng, string.digits, 11)}-{_r(rng, string.digits, 13)}-{_r(rng, _AN, 24)}"


def stripe_live(rng: random.Random) -> str:
    return "sk_live_" + _r(rng, _AN, 24)


# (kind, file suffix, renderer) -- each renders a small file or snippet holding one secret
def _env(rng: random.Random) -> str:
    return f"AWS_ACCESS_KEY_ID={aws_key_id(rng)}\nAWS_SECRET_ACCESS_KEY={aws_secret(rng)}\nREGION=eu-west-1\n"


def _cfn(rng: random.Random) -> str:
    return (
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        "    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      Environment:\n"
        f"        Variables:\n          GITHUB_TOKEN: {github_pat(rng)}\n          STAGE: prod\n"
    )


def _json(rng: random.Random) -> str:
    return json.dumps({"service": "notify", "slack": {"channel": "#ops", "bot_token": slack_bot(rng)}}, indent=2) + "\n"


def _py(rng: random.Random) -> str:
    return f'import stripe\n\nstripe.api_key = "{stripe_live(rng)}"\n'


PLANTS: list[tuple[str, str, Callable[[random.Random], str]]] = [
    ("aws", ".env", _env),
    ("github", ".yaml", _cfn),
    ("slack", ".json", _json),
    ("stripe", ".py", _py),
]


def code_line(rng: random.Random) -> str:
    ind = "    " * rng.randint(0, 3)
    k = rng.random()
    w = rng.sample(WORDS, 4)
    if k < 0.3:
        return f"{ind}{w[0]}_{w[1]} = {w[2]}.{w[3]}({rng.randint(0, 999)})\n"
    if k < 0.5:
        return f"{ind}if {w[0]} is None:\n"
    if k < 0.65:
        return f"{ind}return {w[0]}_{w[1]}({w[2]}, {w[3]}=True)\n"
    if k < 0.8:
        return f"{ind}# {' '.join(rng.choice(WORDS) for _ in range(rng.randint(4, 12)))}\n"
    return f"{ind}log.info(\"{w[0]} {w[1]} %s\", {w[2]})\n"


def json_record(rng: random.Random, i: int) -> dict:
    return {
        "id": i,
        "uuid": "%08x-%04x-%04x-%04x-%012x" % tuple(rng.getrandbits(b) for b in (32, 16, 16, 16, 48)),
        "name": " ".join(rng.choice(WORDS) for _ in range(3)),
        "region": rng.choice(["us-east-1", "eu-west-1", "ap-south-1"]),
        "size": rng.randint(0, 10**9),
        "tags": {rng.choice(WORDS): rng.choice(WORDS) for _ in range(rng.randint(1, 5))},
        "checksum": "%064x" % rng.getrandbits(256),
        "enabled": rng.random() < 0.5,
    }


CFN_BASE = """AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Stage:
    Type: String
    Default: dev
Resources:
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub '${AWS::StackName}-data'
  Fn:
    Type: AWS::Lambda::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      Environment:
        Variables:
          STAGE: !Ref Stage
          TABLE: orders
"""
