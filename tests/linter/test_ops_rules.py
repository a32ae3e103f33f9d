"""Operations artefacts (rules/ops.toml and related fixes): multi-line CLI output, state files,
escaped JSON, bootstrap scripts.  Values are generated per run; both matchers must agree."""
from __future__ import annotations

import json
import string

import pytest

from credgate.config import Config
from credgate.iac.names import is_secret_name
from credgate.linter.engine import Engine
from credgate.linter.filters import generic_key
from credgate.linter.ruleset import load_ruleset
from tests.helpers import aws_pair
from tests import rand

_ALNUM = string.ascii_letters + string.digits


def _pw(n: int = 20) -> str:
    # mixed classes, starts with a letter, never a placeholder word
    body = "".join(rand.choice(_ALNUM + "!#%+=_") for _ in range(n - 3))
    return rand.choice(string.ascii_uppercase) + body + rand.choice(string.digits) + "q"


@pytest.fixture(scope="module", params=["hyperscan", "python"])
def engine(request) -> Engine:
    cfg = Config()
    return Engine(cfg, load_ruleset(cfg), matcher=request.param, iac=False)


def _hits(engine: Engine, text: str, path: str) -> dict[str, set[int]]:
    out: dict[str, set[int]] = {}
    for f in engine.scan_bytes(text.encode(), path):
        out.setdefault(f.secret, set()).add(f.line)
    return out


def test_ssm_get_parameters_by_path_output(engine):
    pw, host = _pw(), "orders.cluster-ro.rds.amazonaws.com"
    doc = {"Parameters": [
        {"Name": "/orders/prod/db-host", "Type": "String", "Value": host, "Version": 1},
        {"Name": "/orders/prod/db-password", "Type": "SecureString", "Value": pw, "Version": 7},
        {"Name": "/orders/prod/kms-key", "Type": "String", "Value": "arn:aws:kms:us-east-1:111122223333:key/1a2b"},
    ]}
    text = json.dumps(doc, indent=4)
    hits = _hits(engine, text, "ops/ssm/by-path.json")
    line = text.splitlines().index(f'            "Value": "{pw}",') + 1
    assert hits.get(pw) == {line}
    assert host not in hits and not any(s.startswith("arn:") for s in hits)


def test_secretsmanager_secretstring_escaped_json(engine):
    pw = _pw(28)
    inner = json.dumps({"username": "ledger_admin", "password": pw, "engine": "postgres"})
    text = json.dumps({"Name": "prod/ledger/db", "SecretString": inner}, indent=4)
    assert pw in _hits(engine, text, "get-secret-value.json")
    quiet = json.dumps({"SecretString": json.dumps({"username": "app", "engine": "postgres"})}, indent=4)
    assert _hits(engine, quiet, "get-secret-value.json") == {}


def test_tfstate_random_password_result(engine):
    pw = _pw(32)
    state = {"version": 4, "resources": [
        {"mode": "managed", "type": "random_id", "name": "suffix",
         "instances": [{"attributes": {"b64_url": "qL2x", "hex": "aa3f01", "id": "qL2x"}}]},
        {"mode": "managed", "type": "random_password", "name": "db",
         "instances": [{"schema_version": 3, "attributes": {
             "bcrypt_hash": "$2a$10$" + "".join(rand.choice(_ALNUM) for _ in range(53)),
             "id": "none", "length": 32, "override_special": "!#%*-_=+", "result": pw, "special": True}}]},
    ]}
    text = json.dumps(state, indent=2)
    hits = _hits(engine, text, "terraform.tfstate")
    assert pw in hits and "aa3f01" not in hits


def test_aws_secret_in_prose_and_notebook_source(engine):
    kid, sec = aws_pair()
    ticket = f"Hi team,\n\n  Access key ID: {kid}\n  Secret access key: {sec}\n\nThanks\n"
    assert sec in _hits(engine, ticket, "ZD-1.txt")
    assert sec in _hits(engine, f"my secret key is {sec} please rotate\n", "chat.txt")
    cell = {"cells": [{"cell_type": "code", "source": [
        f'conn = connect(aws_access_key_id="{kid}",\n', f'               aws_secret_access_key="{sec}")\n']}]}
    assert sec in _hits(engine, json.dumps(cell, indent=1), "nb.ipynb")


@pytest.mark.parametrize("template", [
    'echo "ec2-user:{pw}" | chpasswd\n',
    "chpasswd <<< 'ubuntu:{pw}'\n",
    '$p = ConvertTo-SecureString "{pw}" -AsPlainText -Force\n',
    "$p = ConvertTo-SecureString -AsPlainText -Force -String '{pw}'\n",
    ": 1717400300:0;redis-cli -h cache.internal --tls -a '{pw}' INFO keyspace\n",
    "credentials: rds.Credentials.fromPassword('bi', SecretValue.unsafePlainText('{pw}')),\n",
    '  npmAuthIdent: "svc-yarn:{pw}"\n',
    "  brokerUrl: ssl://tracker:{pw}@mqtt.corp.internal:8883\n",
    "KAFKA=sasl_ssl://ingest:{pw}@b-1.msk.internal:9096\n",
])
def test_bootstrap_and_cli_shapes(engine, template):
    pw = _pw().replace("!", "x").replace("#", "x")  # shell/URI-safe
    # npmAuthIdent reports the whole "user:password" ident
    assert any(pw in s for s in _hits(engine, template.format(pw=pw), "userdata.sh")), template


@pytest.mark.parametrize("line", [
    'echo "deploy:${DEPLOY_PASSWORD}" | chpasswd\n',
    '$p = ConvertTo-SecureString $env:ADMIN_PASSWORD -AsPlainText -Force\n',
    'redis-cli -h cache -a "$REDIS_PASSWORD" ping\n',
    'npmAuthToken: "${NPM_TOKEN}"\n',
    "mqtt://user:pass@localhost:1883\n",
    "kafka://${KAFKA_USER}:${KAFKA_PASSWORD}@broker:9092\n",
    "ssh://git@github.com:22/org/repo.git\n",
    "SFTP_KEY_PASSPHRASE: !Ref SftpPassphrase\n",
    "passphrase = self.key_passphrase\n",
])
def test_references_and_placeholders_are_quiet(engine, line):
    assert _hits(engine, line, "deploy/userdata.sh") == {}


def test_passphrase_of_words_is_reported(engine):
    words = ["dolphin", "Quay", "keel", "lantern", "Birch", "tide"]
    value = "-".join(rand.choice(words) for _ in range(3)) + f"-{rand.randbelow(90) + 10}*"
    assert value in _hits(engine, f'      SFTP_KEY_PASSPHRASE: "{value}"\n', "template.yaml")


def test_public_by_design_keys_and_s3_object_keys():
    assert generic_key("STOREFRONT_TOKEN = ")
    assert generic_key("STRIPE_PUBLISHABLE_KEY=")
    assert generic_key("PRIVATE_STOREFRONT_TOKEN = ") is None
    assert generic_key("ADMIN_TOKEN = ") is None
    assert not is_secret_name("S3Key") and not is_secret_name("S3ObjectKey")
    assert is_secret_name("ApiKey") and is_secret_name("MasterKey")


def _person_pw() -> str:
    # a chosen password: a capitalised word, digits and a symbol (Winter2024*), built per run
    word = rand.choice(["Tundra", "Lantern", "Harbor", "Quarry", "Meadow"])
    return word + "".join(rand.choice(string.digits) for _ in range(2)) + rand.choice("#*!%")


@pytest.mark.parametrize("template", [
    "mosquitto_passwd -b /etc/mosquitto/passwd sensors {pw}\n",
    "RUN mosquitto_passwd -c -b /mosquitto/config/pw gate '{pw}' && chown mosquitto /mosquitto/config/pw\n",
    '    command: ["sh", "-c", "mosquitto_passwd -b -c /mosquitto/pw freezer {pw} && mosquitto -c /m.conf"]\n',
    '  "inline": ["sudo mosquitto_passwd -H sha512-pbkdf2 -cb /etc/mosquitto/passwd bridge {pw}"],\n',
])
def test_mosquitto_passwd_batch_password(engine, template):
    pw = _person_pw()
    text = template.format(pw=pw)
    assert pw in _hits(engine, text, "deploy/broker.sh"), text


@pytest.mark.parametrize("line", [
    "mosquitto_passwd -c /etc/mosquitto/passwd sensors\n",  # prompts: the third word is no password
    "mosquitto_passwd -U /etc/mosquitto/passwd\n",
    "mosquitto_passwd -D /etc/mosquitto/passwd bridge\n",
    'mosquitto_passwd -b /etc/mosquitto/passwd bridge "$MQTT_BRIDGE_PASSWORD"\n',
    "mosquitto_passwd -b /etc/mosquitto/passwd bridge ${BRIDGE_PW}\n",
    "mosquitto_sub -h broker -t sensors/# -u reader\n",
])
def test_mosquitto_passwd_without_literal_is_quiet(engine, line):
    assert not _hits(engine, line, "deploy/broker.sh"), line


def _short_pw() -> str:
    # four or five characters, lower-case letters and digits ("kov37"): weak, and the password all the same
    # distinct characters (entropy 2 bits/char at four); no "sha", "win", "tls"... prefix (an algorithm's name)
    pool, digits = list("bcfgjkmnqvxz"), list("23456789")
    out = ""
    for source, n in ((pool, rand.choice([2, 3])), (digits, 2)):
        for _ in range(n):
            out += source.pop(rand.randbelow(len(source)))
    return out


@pytest.mark.parametrize("template", [
    '$c = New-Object PSCredential ("LAB\\\\svc", (ConvertTo-SecureString "{pw}" -AsPlainText -Force))\n',
    "$pw = ConvertTo-SecureString -AsPlainText -Force -String '{pw}'\n",
    "  credentials: rds.Credentials.fromPassword('app', cdk.SecretValue.unsafePlainText('{pw}')),\n",
    "password=SecretValue.unsafe_plain_text(\"{pw}\"),\n",
    "echo 'kiosk:{pw}' | chpasswd\n",
])
def test_short_password_in_a_password_api_is_reported(engine, template):
    pw = _short_pw()
    text = template.format(pw=pw)
    assert pw in _hits(engine, text, "deploy/setup.ps1"), text


@pytest.mark.parametrize("line", [
    # the same APIs with what is no password: letters alone, a version, an algorithm name, a variable
    '$s = ConvertTo-SecureString "abcd" -AsPlainText -Force\n',
    '$s = ConvertTo-SecureString "v1.2" -AsPlainText -Force\n',
    "SecretValue.unsafePlainText('sha1')\n",
    "SecretValue.unsafePlainText('1234')\n",
    '$s = ConvertTo-SecureString "$pw" -AsPlainText -Force\n',
    # a short value under a key merely named for a password keeps the three-class bar
    'db_password = "mei12"\n',
])
def test_short_values_that_are_no_password_stay_quiet(engine, line):
    assert not _hits(engine, line, "deploy/setup.ps1"), line
