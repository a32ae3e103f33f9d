"""Blind acceptance benchmark for credgate's blocking decision: commit scenarios.

Written by an engineer who did not read credgate's rules or detection code: each
scenario is what a security team would label, from the change alone.

A scenario is a base state (files, committed) plus a change (files written or
deleted, staged) and a label:

* ``block``: the change adds a credential that is usable or looks live;
* ``pass``: the change adds nothing secret (placeholders, documented examples,
  references, hashes, ids, public material), or only removes / moves what was
  already committed: a pre-commit hook judges the change, not the history.

Every credential is synthetic, drawn at run time from ``random.Random(seed)`` in
its provider's public shape (AWS key IDs: AKIA/ASIA + 16 characters of the
base32 alphabet; secret keys: 40 characters of [A-Za-z0-9/+]); none is written
in this file.  The same seed gives the same scenarios, byte for byte.

    python bench/blocking/make_scenarios.py --seed 14 --out bench/work/blocking

writes ``index.json`` (one entry per scenario, without file contents) and one
``<id>.json`` per scenario (``base`` and ``change`` file maps; in ``change`` a
``null`` content means "git rm"; ``renames`` lists ``[old, new]`` pairs moved
with ``git mv``).
"""
from __future__ import annotations

import argparse
import base64
import json
import random
import string
import sys
import uuid
import zlib
from pathlib import Path
from typing import Callable, Dict, List, Optional

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "/+"
B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase
ALNUM = string.ascii_letters + string.digits

# the AWS documentation's example pair, written in pieces so this file holds no literal key
DOC_KEY_ID = "AKIA" + "IOSFODNN7" + "EXAMPLE"
DOC_SECRET = "wJalrXUtnFEMI/K7MDENG/" + "bPxRfiCY" + "EXAMPLEKEY"

# formats the issue asks the AWS-pair scenarios to cover (at least 10 of them)
REQUIRED_FORMATS = (
    "python", "javascript", "typescript", "go", "java", "properties", "ruby", "php", "csharp",
    "shell", "dotenv", "yaml", "json", "toml", "ini", "terraform", "dockerfile", "xml",
)

README = "# orders-service\n\nInternal service that takes orders and writes them to the warehouse.\n"


class Gen:
    """Synthetic values in public provider shapes, from one seeded generator."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def s(self, alphabet: str, n: int) -> str:
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    # --- AWS
    def key_id(self, prefix: str = "AKIA") -> str:
        return prefix + self.s(B32, 16)

    def secret_key(self) -> str:
        while True:
            v = self.s(B64, 40)
            # a real secret key mixes classes; redraw the (rare) draw that does not
            if any(c.isupper() for c in v) and any(c.islower() for c in v) and any(c.isdigit() for c in v):
                return v

    def session_token(self) -> str:
        # STS session tokens are long base64 blobs; real ones start with this header
        return "IQoJb3JpZ2luX2Vj" + self.s(B64, 340)

    def account_id(self) -> str:
        return str(self.rng.randint(100000000000, 999999999999))

    # --- other providers
    def github_pat(self) -> str:
        body = self.s(ALNUM, 30)
        crc = zlib.crc32(body.encode()) & 0xFFFFFFFF
        enc = ""
        while crc:
            crc, r = divmod(crc, 62)
            enc = B62[r] + enc
        return "ghp_" + body + enc.rjust(6, "0")

    def slack_bot(self) -> str:
        return "xoxb-%s-%s-%s" % (self.s(string.digits, 12), self.s(string.digits, 13), self.s(ALNUM, 24))

    def stripe_live(self, long: bool = False) -> str:
        return "sk_live_" + (("51" + self.s(ALNUM, 97)) if long else self.s(ALNUM, 24))

    def stripe_publishable(self) -> str:
        return "pk_live_51" + self.s(ALNUM, 97)

    def rsa_pem(self) -> str:
        der = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + self.bytes_(1180)
        return _pem("RSA PRIVATE KEY", der)

    def ec_pem(self) -> str:
        der = b"\x30\x77\x02\x01\x01\x04\x20" + self.bytes_(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07" + self.bytes_(68)
        return _pem("EC PRIVATE KEY", der)

    def pkcs8_pem(self) -> str:
        der = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + self.bytes_(1200)
        return _pem("PRIVATE KEY", der)

    def openssh_pem(self) -> str:
        raw = b"openssh-key-v1\x00" + b"\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01" + self.bytes_(360)
        body = base64.b64encode(raw).decode()
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
        return "-----BEGIN OPENSSH PRIVATE KEY-----\n" + "\n".join(lines) + "\n-----END OPENSSH PRIVATE KEY-----\n"

    # --- passwords
    def weak_password(self) -> str:
        word = self.rng.choice(["Welcome", "Summer", "Autumn", "Dragon", "Orders", "Spring", "Pelican", "Harbor"])
        return "%s%d%s" % (word, self.rng.randint(2019, 2026), self.rng.choice("!#$@"))

    def strong_password(self) -> str:
        return self.s(ALNUM + "!#%&*-_", 24)

    # --- benign high-entropy material
    def bytes_(self, n: int) -> bytes:
        return bytes(self.rng.getrandbits(8) for _ in range(n))

    def hex(self, n: int) -> str:
        return self.s("0123456789abcdef", n)

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def sri512(self) -> str:
        return "sha512-" + base64.b64encode(self.bytes_(64)).decode()

    def h1(self) -> str:
        return "h1:" + base64.b64encode(self.bytes_(32)).decode()


def _pem(label: str, der: bytes) -> str:
    body = base64.b64encode(der).decode()
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----\n" % (label, "\n".join(lines), label)


# ----------------------------------------------------------------------------------- scenarios

Scenario = Dict[str, object]


class Book:
    def __init__(self, g: Gen) -> None:
        self.g = g
        self.items: List[Scenario] = []
        self.counts: Dict[str, int] = {}

    def add(self, category: str, slug: str, fmt: str, label: str, reason: str, change: Dict[str, Optional[str]],
            base: Optional[Dict[str, str]] = None, secrets: Optional[List[Dict[str, str]]] = None,
            renames: Optional[List[List[str]]] = None) -> None:
        assert label in ("block", "pass") and "\n" not in reason
        n = self.counts[category] = self.counts.get(category, 0) + 1
        files = {"README.md": README}
        files.update(base or {})
        self.items.append({
            "id": "%s-%02d-%s" % (category, n, slug), "category": category, "format": fmt, "label": label,
            "reason": reason, "base": files, "change": change, "renames": renames or [],
            "secrets": secrets or [],
        })


def _sec(kind: str, value: str) -> Dict[str, str]:
    return {"kind": kind, "value": value}


def aws_pairs(b: Book) -> None:
    g, cat = b.g, "aws-pair"

    def pair(slug: str, fmt: str, path: str, render: Callable[[str, str], str], reason: str,
             base: Optional[Dict[str, str]] = None, prefix: str = "AKIA") -> None:
        kid, sk = g.key_id(prefix), g.secret_key()
        content = render(kid, sk)
        if base and path in base:
            content = base[path] + content
        b.add(cat, slug, fmt, "block", reason, {path: content}, base=base,
              secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])

    pair("python-key-secret", "python", "app/storage.py",
         lambda k, s: 'import boto3\n\nKEY = "%s"\nSECRET = "%s"\n\ns3 = boto3.client("s3", aws_access_key_id=KEY, aws_secret_access_key=SECRET)\n' % (k, s),
         "AWS key pair in Python constants named KEY/SECRET")
    pair("python-creds-array", "python", "scripts/backfill.py",
         lambda k, s: 'import boto3\n\ncreds = ["%s", "%s"]\nsession = boto3.Session(*creds, region_name="eu-west-1")\n' % (k, s),
         "AWS key pair as a creds list passed positionally to boto3.Session")
    pair("js-object", "javascript", "src/upload.js",
         lambda k, s: "const { S3Client } = require('@aws-sdk/client-s3');\n\nconst client = new S3Client({\n  region: 'us-east-1',\n  credentials: { accessKeyId: '%s', secretAccessKey: '%s' },\n});\n\nmodule.exports = client;\n" % (k, s),
         "AWS key pair in an S3Client credentials object")
    pair("ts-id-secret", "typescript", "src/config/aws.ts",
         lambda k, s: 'export const uploader = {\n  id: "%s",\n  secret: "%s",\n  bucket: "orders-exports",\n};\n' % (k, s),
         "AWS key pair in a TypeScript config object with fields id/secret")
    pair("go-static", "go", "internal/store/s3.go",
         lambda k, s: 'package store\n\nimport "github.com/aws/aws-sdk-go-v2/credentials"\n\nconst (\n\tmyID     = "%s"\n\tmySecret = "%s"\n)\n\nvar provider = credentials.NewStaticCredentialsProvider(myID, mySecret, "")\n' % (k, s),
         "AWS key pair in Go constants myID/mySecret fed to a static provider")
    pair("java-basic", "java", "src/main/java/com/acme/orders/S3Config.java",
         lambda k, s: 'package com.acme.orders;\n\nimport com.amazonaws.auth.BasicAWSCredentials;\n\npublic class S3Config {\n    static final BasicAWSCredentials CREDS =\n        new BasicAWSCredentials("%s", "%s");\n}\n' % (k, s),
         "AWS key pair passed to BasicAWSCredentials in Java")
    pair("properties", "properties", "src/main/resources/application.properties",
         lambda k, s: "storage.user=%s\nstorage.pass=%s\n" % (k, s),
         "AWS key pair added to a .properties file as storage.user/storage.pass",
         base={"src/main/resources/application.properties": "server.port=8080\nspring.application.name=orders\n"})
    pair("ruby", "ruby", "config/initializers/aws.rb",
         lambda k, s: "Aws.config.update(\n  region: 'us-west-2',\n  credentials: Aws::Credentials.new('%s', '%s')\n)\n" % (k, s),
         "AWS key pair in Aws::Credentials.new in a Rails initializer")
    pair("php", "php", "config/filesystems.php",
         lambda k, s: "<?php\n\nreturn [\n    's3' => [\n        'driver' => 's3',\n        'key' => '%s',\n        'secret' => '%s',\n        'region' => 'eu-central-1',\n    ],\n];\n" % (k, s),
         "AWS key pair in a PHP filesystems config array")
    pair("csharp", "csharp", "src/Orders/Storage.cs",
         lambda k, s: 'using Amazon;\nusing Amazon.S3;\n\nnamespace Orders\n{\n    public static class Storage\n    {\n        public static AmazonS3Client Client() =>\n            new AmazonS3Client("%s", "%s", RegionEndpoint.USEast1);\n    }\n}\n' % (k, s),
         "AWS key pair passed to AmazonS3Client in C#")
    pair("shell-pass", "shell", "deploy/sync.sh",
         lambda k, s: '#!/bin/sh\nset -eu\nID=%s\nPASS=%s\nAWS_ACCESS_KEY_ID=$ID AWS_SECRET_ACCESS_KEY=$PASS aws s3 sync dist/ s3://orders-site/\n' % (k, s),
         "AWS key pair in a deploy script as ID=/PASS=")
    pair("dotenv", "dotenv", ".env",
         lambda k, s: "DATABASE_URL=postgres://localhost/orders\nID=%s\nSECRET=%s\n" % (k, s),
         "AWS key pair in a committed .env as ID/SECRET")
    pair("yaml-my-id", "yaml", "config/app.yaml",
         lambda k, s: "backup:\n  bucket: orders-backup\n  my_id: %s\n  my_secret: %s\n" % (k, s),
         "AWS key pair in YAML under my_id/my_secret",
         base={"config/app.yaml": "server:\n  port: 8080\n"})
    pair("json", "json", "config/settings.json",
         lambda k, s: '{\n  "export": {\n    "bucket": "orders-export",\n    "key": "%s",\n    "secret": "%s"\n  }\n}\n' % (k, s),
         "AWS key pair in a JSON settings file")
    pair("toml", "toml", "config/worker.toml",
         lambda k, s: '[queue]\nname = "orders"\n\n[queue.auth]\nid = "%s"\nsecret = "%s"\n' % (k, s),
         "AWS key pair in a TOML config table")
    pair("ini-credentials", "ini", "deploy/aws/credentials",
         lambda k, s: "[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n" % (k, s),
         "an AWS shared-credentials file committed to the repository")
    pair("ini-custom", "ini", "etc/uploader.ini",
         lambda k, s: "[uploader]\nendpoint = https://s3.amazonaws.com\nuser = %s\npass = %s\n" % (k, s),
         "AWS key pair in an INI section as user/pass")
    pair("terraform", "terraform", "infra/main.tf",
         lambda k, s: 'provider "aws" {\n  region     = "us-east-1"\n  access_key = "%s"\n  secret_key = "%s"\n}\n' % (k, s),
         "AWS key pair hard-coded in the Terraform aws provider")
    pair("dockerfile", "dockerfile", "Dockerfile",
         lambda k, s: "FROM python:3.12-slim\nWORKDIR /app\nCOPY . .\nENV AWS_ACCESS_KEY_ID=%s \\\n    AWS_SECRET_ACCESS_KEY=%s\nCMD [\"python\", \"-m\", \"orders\"]\n" % (k, s),
         "AWS key pair baked into a Docker image with ENV")
    pair("xml-appsettings", "xml", "web.config",
         lambda k, s: '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <appSettings>\n    <add key="StorageKey" value="%s" />\n    <add key="StorageSecret" value="%s" />\n  </appSettings>\n</configuration>\n' % (k, s),
         "AWS key pair in web.config appSettings")
    pair("xml-hadoop", "xml", "conf/core-site.xml",
         lambda k, s: '<configuration>\n  <property>\n    <name>fs.s3a.access.key</name>\n    <value>%s</value>\n  </property>\n  <property>\n    <name>fs.s3a.secret.key</name>\n    <value>%s</value>\n  </property>\n</configuration>\n' % (k, s),
         "AWS key pair in Hadoop core-site.xml s3a properties")
    pair("compose", "yaml", "docker-compose.yml",
         lambda k, s: "services:\n  worker:\n    image: orders-worker:latest\n    environment:\n      - AWS_ACCESS_KEY_ID=%s\n      - AWS_SECRET_ACCESS_KEY=%s\n" % (k, s),
         "AWS key pair in docker-compose environment")
    pair("gha-env", "yaml", ".github/workflows/deploy.yml",
         lambda k, s: "name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    env:\n      AWS_ACCESS_KEY_ID: %s\n      AWS_SECRET_ACCESS_KEY: %s\n    steps:\n      - run: aws s3 sync dist/ s3://orders-site/\n" % (k, s),
         "AWS key pair written in clear in a CI workflow env")
    pair("tfvars", "terraform", "infra/prod.tfvars",
         lambda k, s: 'region = "eu-west-1"\nci_key = "%s"\nci_secret = "%s"\n' % (k, s),
         "AWS key pair in a Terraform .tfvars file")
    pair("markdown-snippet", "markdown", "docs/runbook.md",
         lambda k, s: "# Restoring a backup\n\nUse the backup user:\n\n```sh\nexport AWS_ACCESS_KEY_ID=%s\nexport AWS_SECRET_ACCESS_KEY=%s\naws s3 cp s3://orders-backup/latest.sql.gz .\n```\n" % (k, s),
         "live-looking AWS key pair pasted into a runbook")
    pair("rust", "rust", "src/storage.rs",
         lambda k, s: 'use aws_credential_types::Credentials;\n\npub fn creds() -> Credentials {\n    Credentials::from_keys("%s", "%s", None)\n}\n' % (k, s),
         "AWS key pair in Rust Credentials::from_keys")
    # temporary credentials: still usable until they expire
    kid, sk, tok = g.key_id("ASIA"), g.secret_key(), g.session_token()
    b.add(cat, "asia-session", "python", "block", "temporary AWS credentials (ASIA key, secret, session token) in code",
          {"tools/debug_session.py": 'import boto3\n\nsession = boto3.Session(\n    aws_access_key_id="%s",\n    aws_secret_access_key="%s",\n    aws_session_token="%s",\n)\n' % (kid, sk, tok)},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk), _sec("aws-session-token", tok)])
    # a pair split over two files of the same commit
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "split-files", "python", "block", "key ID in one file and its secret in another, same commit",
          {"app/aws_ids.py": 'UPLOAD_KEY = "%s"\n' % kid, "app/aws_keys.py": 'UPLOAD_SECRET = "%s"\n' % sk},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])
    # a notebook (JSON with source lines)
    kid, sk = g.key_id(), g.secret_key()
    nb = {"cells": [{"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
                     "source": ["import boto3\n", "s3 = boto3.client('s3',\n",
                                "    aws_access_key_id='%s',\n" % kid, "    aws_secret_access_key='%s')\n" % sk]}],
          "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, "nbformat": 4, "nbformat_minor": 5}
    b.add(cat, "notebook", "json", "block", "AWS key pair in a Jupyter notebook cell",
          {"notebooks/explore.ipynb": json.dumps(nb, indent=1) + "\n"},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])


def aws_lone(b: Book) -> None:
    g = b.g
    kid = g.key_id()
    b.add("aws-lone-id", "python", "python", "block", "lone live-looking AKIA key ID added in code",
          {"app/settings.py": 'REGION = "us-east-1"\nARCHIVE_ACCESS_KEY_ID = "%s"\n' % kid},
          secrets=[_sec("aws-key-id", kid)])
    kid = g.key_id()
    b.add("aws-lone-id", "json", "json", "block", "lone live-looking AKIA key ID added in a JSON config",
          {"config/reporting.json": '{\n  "region": "eu-west-1",\n  "accessKeyId": "%s"\n}\n' % kid},
          secrets=[_sec("aws-key-id", kid)])
    kid = g.key_id()
    b.add("aws-lone-id", "shell", "shell", "block", "lone live-looking AKIA key ID in an aws configure line",
          {"scripts/setup-ci.sh": "#!/bin/sh\naws configure set aws_access_key_id %s --profile ci\naws configure set region us-east-1 --profile ci\n" % kid},
          secrets=[_sec("aws-key-id", kid)])
    sk = g.secret_key()
    b.add("aws-lone-secret", "python", "python", "block", "AWS secret access key without its key ID",
          {"app/uploader.py": 'AWS_SECRET_ACCESS_KEY = "%s"\n' % sk}, secrets=[_sec("aws-secret", sk)])
    sk = g.secret_key()
    b.add("aws-lone-secret", "yaml", "yaml", "block", "AWS secret access key in YAML under aws_secret_access_key",
          {"config/prod.yaml": "aws:\n  region: us-east-1\n  aws_secret_access_key: %s\n" % sk}, secrets=[_sec("aws-secret", sk)])


def provider_tokens(b: Book) -> None:
    g, cat = b.g, "provider-token"
    t = g.github_pat()
    b.add(cat, "github-env", "dotenv", "block", "GitHub personal access token (ghp_, valid checksum shape) in .env",
          {".env": "GITHUB_TOKEN=%s\n" % t}, secrets=[_sec("github-pat", t)])
    t = g.github_pat()
    b.add(cat, "github-url", "shell", "block", "GitHub token embedded in a clone URL",
          {"scripts/mirror.sh": "#!/bin/sh\ngit clone https://ci-bot:%s@github.com/acme/orders.git /tmp/orders\n" % t},
          secrets=[_sec("github-pat", t)])
    t = g.slack_bot()
    b.add(cat, "slack-bot", "javascript", "block", "Slack bot token (xoxb-) in code",
          {"src/notify.js": "const { WebClient } = require('@slack/web-api');\nconst slack = new WebClient('%s');\nmodule.exports = slack;\n" % t},
          secrets=[_sec("slack-bot", t)])
    t = g.stripe_live()
    b.add(cat, "stripe-py", "python", "block", "Stripe live secret key (sk_live_) in code",
          {"billing/client.py": 'import stripe\n\nstripe.api_key = "%s"\n' % t}, secrets=[_sec("stripe-live", t)])
    t = g.stripe_live(long=True)
    b.add(cat, "stripe-long-yaml", "yaml", "block", "Stripe live secret key (long form) in YAML config",
          {"config/billing.yml": "stripe:\n  secret_key: %s\n  currency: eur\n" % t}, secrets=[_sec("stripe-live", t)])
    pem = g.rsa_pem()
    b.add(cat, "rsa-pem", "pem", "block", "RSA private key file committed",
          {"deploy/keys/service.pem": pem}, secrets=[_sec("private-key", pem)])
    pem = g.openssh_pem()
    b.add(cat, "openssh-key", "pem", "block", "OpenSSH private key (deploy key) committed",
          {"deploy/id_ed25519": pem}, secrets=[_sec("private-key", pem)])
    pem = g.pkcs8_pem()
    sa = {"type": "service_account", "project_id": "orders-prod", "private_key_id": g.hex(40),
          "private_key": pem, "client_email": "orders@orders-prod.iam.gserviceaccount.com"}
    b.add(cat, "pem-in-json", "json", "block", "private key inside a service-account JSON (escaped newlines)",
          {"config/gcp-sa.json": json.dumps(sa, indent=2) + "\n"}, secrets=[_sec("private-key", pem)])
    pem = g.ec_pem()
    body = "".join("    " + line + "\n" for line in pem.strip().split("\n"))
    b.add(cat, "pem-in-k8s", "yaml", "block", "EC private key in a Kubernetes Secret stringData block",
          {"k8s/tls-secret.yaml": "apiVersion: v1\nkind: Secret\nmetadata:\n  name: orders-tls\ntype: Opaque\nstringData:\n  tls.key: |\n" + body},
          secrets=[_sec("private-key", pem)])


CFN_HEAD = 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: Orders service\n'


def _rds(pw_line: str, extra_params: str = "") -> str:
    return (CFN_HEAD + extra_params + "Resources:\n  OrdersDb:\n    Type: AWS::RDS::DBInstance\n    Properties:\n"
            "      Engine: postgres\n      DBInstanceClass: db.t3.micro\n      AllocatedStorage: \"20\"\n"
            "      MasterUsername: orders_admin\n      MasterUserPassword: " + pw_line + "\n")


def cfn(b: Book) -> None:
    g = b.g
    # ------------------------------------------------ literals in secret slots (block)
    pw = g.weak_password()
    b.add("cfn-literal", "rds-weak", "cloudformation", "block", "literal low-entropy MasterUserPassword in an RDS resource",
          {"templates/db.yaml": _rds('"%s"' % pw)}, secrets=[_sec("password", pw)])
    pw = g.strong_password()
    b.add("cfn-literal", "rds-strong", "cloudformation", "block", "literal random MasterUserPassword in an RDS resource",
          {"templates/db.yaml": _rds("'%s'" % pw)}, secrets=[_sec("password", pw)])
    pw = g.weak_password()
    tpl = {"AWSTemplateFormatVersion": "2010-09-09", "Resources": {"Cluster": {"Type": "AWS::RDS::DBCluster", "Properties": {
        "Engine": "aurora-postgresql", "MasterUsername": "admin", "MasterUserPassword": pw}}}}
    b.add("cfn-literal", "json-cluster", "cloudformation", "block", "literal MasterUserPassword in a JSON CloudFormation template",
          {"templates/cluster.json": json.dumps(tpl, indent=2) + "\n"}, secrets=[_sec("password", pw)])
    pw = g.weak_password()
    b.add("cfn-literal", "lambda-env", "cloudformation", "block", "literal DB password in a SAM function environment",
          {"template.yaml": CFN_HEAD + "Transform: AWS::Serverless-2016-10-31\nResources:\n  OrdersFn:\n    Type: AWS::Serverless::Function\n"
           "    Properties:\n      Runtime: python3.12\n      Handler: app.handler\n      CodeUri: src/\n      Environment:\n"
           "        Variables:\n          TABLE_NAME: orders\n          DB_PASSWORD: %s\n" % pw}, secrets=[_sec("password", pw)])
    tok = g.s(ALNUM, 32)
    b.add("cfn-literal", "lambda-env-token", "cloudformation", "block", "literal API token in an AWS::Lambda::Function environment",
          {"templates/fn.yaml": CFN_HEAD + "Resources:\n  Notifier:\n    Type: AWS::Lambda::Function\n    Properties:\n"
           "      Runtime: nodejs20.x\n      Handler: index.handler\n      Role: !GetAtt NotifierRole.Arn\n      Code:\n        S3Bucket: orders-artifacts\n        S3Key: notifier.zip\n"
           "      Environment:\n        Variables:\n          PARTNER_API_TOKEN: %s\n" % tok}, secrets=[_sec("token", tok)])
    pw = g.weak_password()
    b.add("cfn-literal", "ecs-env", "cloudformation", "block", "literal password in an ECS task definition Environment",
          {"templates/service.yaml": CFN_HEAD + "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
           "      Family: orders\n      ContainerDefinitions:\n        - Name: app\n          Image: orders:latest\n          Environment:\n"
           "            - Name: SPRING_PROFILES_ACTIVE\n              Value: prod\n            - Name: DB_PASSWORD\n              Value: %s\n" % pw},
          secrets=[_sec("password", pw)])
    pw = g.weak_password()
    b.add("cfn-literal", "noecho-default", "cloudformation", "block", "NoEcho password parameter given a literal Default",
          {"templates/db.yaml": _rds("!Ref DbPassword", extra_params="Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: %s\n" % pw)},
          secrets=[_sec("password", pw)])
    tok = g.strong_password().replace("#", "x")
    b.add("cfn-literal", "elasticache-auth", "cloudformation", "block", "literal Redis AuthToken in a replication group",
          {"templates/cache.yaml": CFN_HEAD + "Resources:\n  Cache:\n    Type: AWS::ElastiCache::ReplicationGroup\n    Properties:\n"
           "      ReplicationGroupDescription: orders cache\n      Engine: redis\n      CacheNodeType: cache.t3.micro\n"
           "      TransitEncryptionEnabled: true\n      AuthToken: %s\n" % tok}, secrets=[_sec("password", tok)])
    kid, sk = g.key_id(), g.secret_key()
    b.add("cfn-literal", "lambda-aws-pair", "cloudformation", "block", "AWS key pair in a Lambda environment in a template",
          {"templates/export.yaml": CFN_HEAD + "Resources:\n  Exporter:\n    Type: AWS::Lambda::Function\n    Properties:\n"
           "      Runtime: python3.12\n      Handler: export.handler\n      Role: !GetAtt ExporterRole.Arn\n      Code:\n        ZipFile: |\n          def handler(e, c): pass\n"
           "      Environment:\n        Variables:\n          EXPORT_KEY: %s\n          EXPORT_SECRET: %s\n" % (kid, sk)},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])

    # ------------------------------------------------ reference chains (block)
    pw = g.weak_password()
    base_tpl = (CFN_HEAD + "Parameters:\n  AdminValue:\n    Type: String\n    Default: %s\n  Stage:\n    Type: String\n    Default: prod\n"
                "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n" % pw)
    b.add("cfn-ref-chain", "rds-ref-old-default", "cloudformation", "block",
          "MasterUserPassword: !Ref AdminValue added; the parameter's literal Default was committed earlier",
          {"templates/stack.yaml": base_tpl + "  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n"
           "      DBInstanceClass: db.t3.small\n      AllocatedStorage: \"20\"\n      MasterUsername: admin\n      MasterUserPassword: !Ref AdminValue\n"},
          base={"templates/stack.yaml": base_tpl}, secrets=[_sec("password", pw)])
    pw = g.weak_password()
    base_tpl = (CFN_HEAD + "Parameters:\n  UpstreamValue:\n    Type: String\n    Default: %s\n"
                "Resources:\n  Queue:\n    Type: AWS::SQS::Queue\n" % pw)
    b.add("cfn-ref-chain", "lambda-sub-old-default", "cloudformation", "block",
          "Lambda env API_PASSWORD: !Sub ${UpstreamValue} added; the literal Default was committed earlier",
          {"templates/app.yaml": base_tpl + "  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n"
           "      Handler: app.handler\n      Role: !GetAtt FnRole.Arn\n      Code:\n        S3Bucket: artifacts\n        S3Key: app.zip\n"
           "      Environment:\n        Variables:\n          API_PASSWORD: !Sub \"${UpstreamValue}\"\n"},
          base={"templates/app.yaml": base_tpl}, secrets=[_sec("password", pw)])
    pw = g.strong_password()
    base_j = {"AWSTemplateFormatVersion": "2010-09-09", "Parameters": {"RootValue": {"Type": "String", "Default": pw}},
              "Resources": {"Logs": {"Type": "AWS::Logs::LogGroup", "Properties": {"RetentionInDays": 30}}}}
    new_j = json.loads(json.dumps(base_j))
    new_j["Resources"]["Db"] = {"Type": "AWS::RDS::DBInstance", "Properties": {
        "Engine": "postgres", "DBInstanceClass": "db.t3.micro", "AllocatedStorage": "20",
        "MasterUsername": "root", "MasterUserPassword": {"Ref": "RootValue"}}}
    b.add("cfn-ref-chain", "json-ref-old-default", "cloudformation", "block",
          "JSON template: MasterUserPassword {Ref: RootValue} added; literal Default committed earlier",
          {"templates/db.json": json.dumps(new_j, indent=2) + "\n"},
          base={"templates/db.json": json.dumps(base_j, indent=2) + "\n"}, secrets=[_sec("password", pw)])
    pw = g.weak_password()
    base_tpl = (CFN_HEAD + "Mappings:\n  EnvConfig:\n    prod:\n      DbUser: orders\n      DbValue: %s\n"
                "Resources:\n  Bucket:\n    Type: AWS::S3::Bucket\n" % pw)
    b.add("cfn-ref-chain", "findinmap-old-mapping", "cloudformation", "block",
          "MasterUserPassword: !FindInMap to a literal mapping value committed earlier",
          {"templates/env.yaml": base_tpl + "  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n"
           "      DBInstanceClass: db.t3.micro\n      AllocatedStorage: \"20\"\n      MasterUsername: !FindInMap [EnvConfig, prod, DbUser]\n"
           "      MasterUserPassword: !FindInMap [EnvConfig, prod, DbValue]\n"},
          base={"templates/env.yaml": base_tpl}, secrets=[_sec("password", pw)])
    pw = g.weak_password()
    b.add("cfn-ref-chain", "same-commit", "cloudformation", "block",
          "parameter with a literal Default and the !Ref in MasterUserPassword added together",
          {"templates/db.yaml": _rds("!Ref AdminValue", extra_params="Parameters:\n  AdminValue:\n    Type: String\n    Default: %s\n" % pw)},
          secrets=[_sec("password", pw)])

    # ------------------------------------------------ templates that do not parse (block)
    kid, sk = g.key_id(), g.secret_key()
    b.add("cfn-unparseable", "yaml-bad-indent", "cloudformation", "block", "broken YAML template holding an AWS key pair in Lambda env",
          {"templates/worker.yaml": CFN_HEAD + "Resources:\n  Worker:\n    Type: AWS::Lambda::Function\n    Properties:\n      Runtime: python3.12\n"
           "      Handler: w.handler\n      Environment:\n        Variables:\n          AWS_ACCESS_KEY_ID: %s\n          AWS_SECRET_ACCESS_KEY: %s\n"
           "         QUEUE: [orders\n" % (kid, sk)},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])
    pw = g.strong_password()
    b.add("cfn-unparseable", "json-trailing-comma", "cloudformation", "block", "JSON template with a syntax error and a literal MasterUserPassword",
          {"templates/rds.json": '{\n  "AWSTemplateFormatVersion": "2010-09-09",\n  "Resources": {\n    "Db": {\n      "Type": "AWS::RDS::DBInstance",\n'
           '      "Properties": {\n        "Engine": "mysql",\n        "MasterUsername": "admin",\n        "MasterUserPassword": "%s",\n      }\n    }\n  }\n}\n' % pw},
          secrets=[_sec("password", pw)])
    pw = g.weak_password()
    b.add("cfn-unparseable", "yaml-tab", "cloudformation", "block", "YAML template with a tab indent and a literal MasterUserPassword",
          {"templates/legacy.yaml": _rds('"%s"' % pw).replace("      Engine: postgres", "\tEngine: postgres")},
          secrets=[_sec("password", pw)])

    # ------------------------------------------------ correct forms (pass)
    cs = "cfn-safe"
    b.add(cs, "resolve-secretsmanager", "cloudformation", "pass", "MasterUserPassword from a Secrets Manager dynamic reference",
          {"templates/db.yaml": _rds("'{{resolve:secretsmanager:prod/orders/db:SecretString:password}}'")})
    b.add(cs, "resolve-ssm-secure", "cloudformation", "pass", "MasterUserPassword from an ssm-secure dynamic reference",
          {"templates/db.yaml": _rds("'{{resolve:ssm-secure:/prod/orders/db-password:3}}'")})
    b.add(cs, "noecho-ref", "cloudformation", "pass", "!Ref to a NoEcho parameter without a Default",
          {"templates/db.yaml": _rds("!Ref DbPassword", extra_params="Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    MinLength: 12\n")})
    b.add(cs, "sub-resolve", "cloudformation", "pass", "dynamic reference assembled with !Sub from a secret resource",
          {"templates/db.yaml": (CFN_HEAD + "Resources:\n  DbSecret:\n    Type: AWS::SecretsManager::Secret\n    Properties:\n"
                                 "      GenerateSecretString:\n        SecretStringTemplate: '{\"username\": \"admin\"}'\n        GenerateStringKey: password\n"
                                 "        PasswordLength: 32\n        ExcludeCharacters: '\"@/\\'\n"
                                 "  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t3.micro\n"
                                 "      AllocatedStorage: \"20\"\n      MasterUsername: admin\n"
                                 "      MasterUserPassword: !Sub '{{resolve:secretsmanager:${DbSecret}:SecretString:password}}'\n")})
    b.add(cs, "manage-master", "cloudformation", "pass", "RDS manages the master password (ManageMasterUserPassword)",
          {"templates/db.yaml": (CFN_HEAD + "Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n"
                                 "      DBInstanceClass: db.t3.micro\n      AllocatedStorage: \"20\"\n      MasterUsername: admin\n"
                                 "      ManageMasterUserPassword: true\n")})
    b.add(cs, "ecs-valuefrom", "cloudformation", "pass", "ECS container secrets through Secrets/ValueFrom ARNs",
          {"templates/service.yaml": CFN_HEAD + "Resources:\n  TaskDef:\n    Type: AWS::ECS::TaskDefinition\n    Properties:\n"
           "      Family: orders\n      ContainerDefinitions:\n        - Name: app\n          Image: orders:latest\n          Environment:\n"
           "            - Name: LOG_LEVEL\n              Value: info\n          Secrets:\n            - Name: DB_PASSWORD\n"
           "              ValueFrom: !Sub arn:aws:secretsmanager:${AWS::Region}:${AWS::AccountId}:secret:prod/orders/db\n"
           "            - Name: API_TOKEN\n              ValueFrom: arn:aws:ssm:us-east-1:%s:parameter/orders/api-token\n" % g.account_id()})
    b.add(cs, "lambda-env-refs", "cloudformation", "pass", "Lambda env holds only names, ARNs and !Ref to resources",
          {"template.yaml": CFN_HEAD + "Transform: AWS::Serverless-2016-10-31\nParameters:\n  DbSecretArn:\n    Type: String\nResources:\n  Table:\n    Type: AWS::DynamoDB::Table\n"
           "    Properties:\n      BillingMode: PAY_PER_REQUEST\n      AttributeDefinitions: [{AttributeName: id, AttributeType: S}]\n"
           "      KeySchema: [{AttributeName: id, KeyType: HASH}]\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties:\n"
           "      Runtime: python3.12\n      Handler: app.handler\n      CodeUri: src/\n      Environment:\n        Variables:\n"
           "          TABLE_NAME: !Ref Table\n          DB_SECRET_ARN: !Ref DbSecretArn\n          LOG_LEVEL: INFO\n"
           "          POWERTOOLS_SERVICE_NAME: orders\n"})
    b.add(cs, "ssm-param-type", "cloudformation", "pass", "parameter of type AWS::SSM::Parameter::Value whose Default is a parameter name",
          {"templates/app.yaml": CFN_HEAD + "Parameters:\n  DbPasswordParam:\n    Type: AWS::SSM::Parameter::Value<String>\n"
           "    Default: /prod/orders/db-password-name\nResources:\n  Topic:\n    Type: AWS::SNS::Topic\n    Properties:\n"
           "      DisplayName: !Ref DbPasswordParam\n"})


def placeholders(b: Book) -> None:
    g, cat = b.g, "placeholder"
    b.add(cat, "aws-doc-example", "markdown", "pass", "the AWS documentation's example key pair in docs",
          {"docs/setup.md": "# Local setup\n\nConfigure a profile (values below are the AWS documentation's examples):\n\n"
           "```ini\n[default]\naws_access_key_id = %s\naws_secret_access_key = %s\n```\n" % (DOC_KEY_ID, DOC_SECRET)})
    b.add(cat, "aws-doc-example-code", "python", "pass", "the AWS documentation's example key pair in a test",
          {"tests/test_signing.py": 'from orders.signing import sign\n\n\ndef test_sign():\n    creds = ("%s", "%s")\n'
           '    assert sign("GET", "/", creds).startswith("AWS4-HMAC-SHA256")\n' % (DOC_KEY_ID, DOC_SECRET)})
    b.add(cat, "angle-placeholders", "yaml", "pass", "<your-...> placeholders in a sample config",
          {"config/app.sample.yaml": "aws:\n  access_key_id: <your-access-key-id>\n  secret_access_key: <your-secret-key>\n  region: us-east-1\n"})
    b.add(cat, "env-interp-compose", "yaml", "pass", "${AWS_SECRET_ACCESS_KEY} interpolated from the environment",
          {"docker-compose.yml": "services:\n  worker:\n    image: orders-worker\n    environment:\n"
           "      AWS_ACCESS_KEY_ID: ${AWS_ACCESS_KEY_ID}\n      AWS_SECRET_ACCESS_KEY: ${AWS_SECRET_ACCESS_KEY}\n"})
    b.add(cat, "os-environ", "python", "pass", "credentials read with os.environ",
          {"app/aws.py": 'import os\n\nimport boto3\n\ns3 = boto3.client(\n    "s3",\n    aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"],\n'
           '    aws_secret_access_key=os.environ["AWS_SECRET_ACCESS_KEY"],\n)\nSTRIPE_KEY = os.environ.get("STRIPE_SECRET_KEY", "")\n'})
    b.add(cat, "process-env", "javascript", "pass", "credentials read from process.env",
          {"src/config.js": "module.exports = {\n  accessKeyId: process.env.AWS_ACCESS_KEY_ID,\n  secretAccessKey: process.env.AWS_SECRET_ACCESS_KEY,\n"
           "  slackToken: process.env.SLACK_BOT_TOKEN,\n};\n"})
    b.add(cat, "java-getenv", "java", "pass", "credentials read with System.getenv",
          {"src/main/java/com/acme/Env.java": 'package com.acme;\n\npublic final class Env {\n    public static final String SECRET = System.getenv("AWS_SECRET_ACCESS_KEY");\n'
           '    public static final String PASSWORD = System.getenv("DB_PASSWORD");\n}\n'})
    b.add(cat, "gha-secrets", "yaml", "pass", "CI workflow takes credentials from ${{ secrets.* }}",
          {".github/workflows/deploy.yml": "name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - uses: aws-actions/configure-aws-credentials@v4\n        with:\n          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}\n"
           "          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}\n          aws-region: us-east-1\n"})
    b.add(cat, "terraform-var", "terraform", "pass", "sensitive Terraform variable without a default",
          {"infra/db.tf": 'variable "db_password" {\n  type      = string\n  sensitive = true\n}\n\nresource "aws_db_instance" "orders" {\n'
           '  engine            = "postgres"\n  instance_class    = "db.t3.micro"\n  allocated_storage = 20\n  username          = "orders"\n'
           '  password          = var.db_password\n}\n'})
    b.add(cat, "dotenv-example", "dotenv", "pass", ".env.example with empty and placeholder values",
          {".env.example": "AWS_ACCESS_KEY_ID=\nAWS_SECRET_ACCESS_KEY=\nGITHUB_TOKEN=your-github-token\nDATABASE_URL=postgres://user:password@localhost:5432/orders\n"})
    b.add(cat, "docs-xxxx", "markdown", "pass", "docs explaining key formats with XXXX placeholders",
          {"docs/credentials.md": "# Credential formats\n\n- AWS access key ID: `AKIAXXXXXXXXXXXXXXXX` (20 characters; `ASIA` for temporary keys)\n"
           "- AWS secret access key: `XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX` (40 characters)\n"
           "- GitHub token: `ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`\n- Slack bot token: `xoxb-XXXXXXXXXXXX-XXXXXXXXXXXXX-XXXXXXXXXXXXXXXXXXXXXXXX`\n"
           "- Stripe secret key: `sk_live_xxxxxxxxxxxxxxxxxxxxxxxx`\n"})
    b.add(cat, "test-data-moto", "python", "pass", "clearly fake test credentials (moto 'testing' values)",
          {"tests/conftest.py": 'import os\n\nimport pytest\n\n\n@pytest.fixture(autouse=True)\ndef fake_aws_env(monkeypatch):\n'
           '    """Fake credentials so tests never reach real AWS."""\n    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")\n'
           '    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")\n    monkeypatch.setenv("AWS_SESSION_TOKEN", "testing")\n'})
    b.add(cat, "test-data-dummy", "json", "pass", "fixture with values labelled dummy/fake",
          {"tests/fixtures/user.json": '{\n  "username": "test-user",\n  "password": "dummy-password-for-tests",\n  "api_token": "fake-token",\n'
           '  "aws_secret_access_key": "not-a-real-secret"\n}\n'})
    acct = g.account_id()
    b.add(cat, "secret-named-refs", "python", "pass", "secret-named constants that hold names, paths, URLs and ARNs, not secrets",
          {"app/secrets_config.py": 'SECRET_NAME = "prod/orders/db"\nPASSWORD_PARAM = "/prod/orders/db-password"\n'
           'TOKEN_URL = "https://auth.example.com/oauth2/token"\nSECRET_ARN = "arn:aws:secretsmanager:us-east-1:%s:secret:prod/orders/db-%s"\n'
           'PASSWORD_FIELD = "password"\nAPI_KEY_HEADER = "X-Api-Key"\n' % (acct, g.s(string.ascii_letters, 6))})
    b.add(cat, "dockerfile-build-secret", "dockerfile", "pass", "Dockerfile reads the key through a build secret mount",
          {"Dockerfile": "# syntax=docker/dockerfile:1\nFROM python:3.12-slim\nRUN --mount=type=secret,id=aws,target=/root/.aws/credentials \\\n"
           "    aws s3 cp s3://orders-artifacts/wheels/ /wheels/ --recursive\nARG APP_VERSION=1.4.2\nENV LOG_LEVEL=info\n"})
    b.add(cat, "k8s-secret-ref", "yaml", "pass", "Kubernetes env taken from a secretKeyRef",
          {"k8s/deployment.yaml": "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: orders\nspec:\n  template:\n    spec:\n"
           "      containers:\n        - name: app\n          image: orders:1.4.2\n          env:\n            - name: DB_PASSWORD\n"
           "              valueFrom:\n                secretKeyRef:\n                  name: orders-db\n                  key: password\n"})


def benign(b: Book) -> None:
    g, cat = b.g, "benign-entropy"
    b.add(cat, "git-shas-actions", "yaml", "pass", "actions pinned to 40-hex commit SHAs",
          {".github/workflows/ci.yml": "name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n"
           "      - uses: actions/checkout@%s # v4.1.1\n      - uses: actions/setup-python@%s # v5.0.0\n      - run: pytest\n" % (g.hex(40), g.hex(40))})
    b.add(cat, "git-shas-changelog", "markdown", "pass", "changelog citing commit SHAs",
          {"CHANGELOG.md": "# Changelog\n\n## 1.4.2\n\n" + "".join("- %s (%s)\n" % (m, g.hex(40)) for m in
                                                                ["Fix retry loop in uploader", "Bump boto3", "Handle empty orders", "Faster export"])})
    b.add(cat, "go-build-sha", "go", "pass", "build commit SHA constant in Go",
          {"internal/version/version.go": 'package version\n\nconst (\n\tVersion = "1.4.2"\n\tCommit  = "%s"\n)\n' % g.hex(40)})
    b.add(cat, "uuids-python", "python", "pass", "UUIDs in ordinary code",
          {"app/tenants.py": "import uuid\n\nDEFAULT_TENANT = uuid.UUID(\"%s\")\nSYSTEM_USER = uuid.UUID(\"%s\")\nKNOWN = {\n%s}\n"
           % (g.uuid(), g.uuid(), "".join('    "%s": "%s",\n' % (g.uuid(), n) for n in ["eu", "us", "apac"]))})
    b.add(cat, "guid-csharp", "csharp", "pass", "COM GUID attributes in C#",
          {"src/Orders/Properties/AssemblyInfo.cs": 'using System.Runtime.InteropServices;\n\n[assembly: ComVisible(false)]\n[assembly: Guid("%s")]\n' % g.uuid()})
    pkgs = ["lodash", "express", "debug", "ms", "cookie", "qs", "bytes", "depd"]
    lock = {"name": "orders-web", "version": "1.4.2", "lockfileVersion": 3, "requires": True, "packages": {"": {"name": "orders-web", "version": "1.4.2"}}}
    for p in pkgs:
        ver = "%d.%d.%d" % (g.rng.randint(1, 5), g.rng.randint(0, 20), g.rng.randint(0, 9))
        lock["packages"]["node_modules/" + p] = {"version": ver, "resolved": "https://registry.npmjs.org/%s/-/%s-%s.tgz" % (p, p, ver),
                                                  "integrity": g.sri512(), "license": "MIT"}
    b.add(cat, "package-lock", "json", "pass", "package-lock.json integrity sha512 hashes",
          {"package-lock.json": json.dumps(lock, indent=2) + "\n"})
    entries = []
    for p in ["boto3", "requests", "urllib3", "certifi"]:
        ver = "%d.%d.%d" % (g.rng.randint(1, 3), g.rng.randint(0, 40), g.rng.randint(0, 9))
        entries.append('[[package]]\nname = "%s"\nversion = "%s"\ndescription = ""\noptional = false\npython-versions = ">=3.8"\nfiles = [\n'
                       '    {file = "%s-%s-py3-none-any.whl", hash = "sha256:%s"},\n    {file = "%s-%s.tar.gz", hash = "sha256:%s"},\n]\n'
                       % (p, ver, p, ver, g.hex(64), p, ver, g.hex(64)))
    b.add(cat, "poetry-lock", "toml", "pass", "poetry.lock sha256 file hashes",
          {"poetry.lock": "\n".join(entries) + '\n[metadata]\nlock-version = "2.0"\npython-versions = "^3.9"\ncontent-hash = "%s"\n' % g.hex(64)})
    mods = ["github.com/aws/aws-sdk-go-v2 v1.24.0", "github.com/aws/smithy-go v1.19.0", "github.com/google/uuid v1.5.0", "golang.org/x/sync v0.6.0"]
    b.add(cat, "go-sum", "go", "pass", "go.sum h1: module hashes",
          {"go.sum": "".join("%s %s\n%s/go.mod %s\n" % (m, g.h1(), m, g.h1()) for m in mods)})
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10\x00\x00\x00\x10\x08\x06\x00\x00\x00\x1f\xf3\xffa" + g.bytes_(600)
    b.add(cat, "base64-png-css", "css", "pass", "base64 PNG data URI in CSS",
          {"web/static/icons.css": ".icon-cart {\n  background-image: url(data:image/png;base64,%s);\n}\n" % base64.b64encode(png).decode()})
    jpg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + g.bytes_(900)
    enc = base64.b64encode(jpg).decode()
    b.add(cat, "base64-jpeg-html", "html", "pass", "base64 JPEG wrapped across lines in an HTML email template",
          {"templates/email/receipt.html": '<html><body>\n<img alt="logo" src="data:image/jpeg;base64,\n%s" />\n<p>Thank you for your order.</p>\n</body></html>\n'
           % "\n".join(enc[i:i + 76] for i in range(0, len(enc), 76))})
    der = b"\x30\x82\x01\x22\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00\x03\x82\x01\x0f\x00" + g.bytes_(270)
    b.add(cat, "public-key-pem", "pem", "pass", "a PEM public key (not secret)",
          {"config/jwt-public.pem": _pem("PUBLIC KEY", der)})
    ed = base64.b64encode(b"\x00\x00\x00\x0bssh-ed25519\x00\x00\x00\x20" + g.bytes_(32)).decode()
    b.add(cat, "ssh-authorized-keys", "text", "pass", "an SSH public key in authorized_keys",
          {"deploy/authorized_keys": "ssh-ed25519 %s deploy@ci\n" % ed})
    b.add(cat, "stripe-publishable", "javascript", "pass", "Stripe publishable key (pk_live_), public by design",
          {"web/src/checkout.js": "import { loadStripe } from '@stripe/stripe-js';\n\nexport const stripe = loadStripe('%s');\n" % g.stripe_publishable()})
    n = base64.urlsafe_b64encode(b"\xc1" + g.bytes_(255)).decode().rstrip("=")
    b.add(cat, "jwks-public", "json", "pass", "JWKS with a public RSA modulus",
          {"web/public/.well-known/jwks.json": json.dumps({"keys": [{"kty": "RSA", "use": "sig", "alg": "RS256", "kid": g.uuid(),
                                                                      "n": n, "e": "AQAB"}]}, indent=2) + "\n"})
    cert_der = b"\x30\x82\x03\x5a\x30\x82\x02\x42\xa0\x03\x02\x01\x02\x02\x14" + g.bytes_(840)
    cert = "".join("    " + line + "\n" for line in _pem("CERTIFICATE", cert_der).strip().split("\n"))
    b.add(cat, "ca-cert-configmap", "yaml", "pass", "CA certificate (public) in a Kubernetes ConfigMap",
          {"k8s/ca-bundle.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: internal-ca\ndata:\n  ca.crt: |\n" + cert})
    vlq = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    mappings = ";".join(",".join(g.s(vlq, g.rng.randint(4, 8)) for _ in range(g.rng.randint(3, 12))) for _ in range(60))
    b.add(cat, "source-map", "json", "pass", "JavaScript source map mappings string",
          {"web/dist/app.js.map": json.dumps({"version": 3, "file": "app.js", "sources": ["../src/app.ts", "../src/cart.ts"],
                                               "names": ["cart", "total", "items"], "mappings": mappings}) + "\n"})
    b.add(cat, "digest-test-vectors", "python", "pass", "expected digests in a unit test",
          {"tests/test_checksums.py": "from orders.checksums import digest\n\nEXPECTED = {\n%s}\n\n\ndef test_digests():\n"
           "    for name, want in EXPECTED.items():\n        assert digest(name) == want\n"
           % "".join('    "%s.csv": "%s",\n' % (w, g.hex(64)) for w in ["orders", "refunds", "customers"])})
    acct = g.account_id()
    b.add(cat, "arns", "json", "pass", "IAM policy with account IDs and ARNs",
          {"iam/policy.json": json.dumps({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject"],
                                          "Resource": "arn:aws:s3:::orders-%s/*" % acct,
                                          "Principal": {"AWS": "arn:aws:iam::%s:role/orders-reader" % acct}}]}, indent=2) + "\n"})
    b.add(cat, "sha256-checksum", "dockerfile", "pass", "sha256 checksum pinning a download in a Dockerfile",
          {"Dockerfile": "FROM debian:bookworm-slim\nARG TOOL_SHA256=%s\nADD https://example.com/tool.tar.gz /tmp/tool.tar.gz\n"
           "RUN echo \"${TOOL_SHA256}  /tmp/tool.tar.gz\" | sha256sum -c -\n" % g.hex(64)})


def change_scope(b: Book) -> None:
    g, cat = b.g, "change-scope"
    kid, sk = g.key_id(), g.secret_key()
    legacy = 'AWS_KEY = "%s"\nAWS_SECRET = "%s"\n' % (kid, sk)
    b.add(cat, "delete-file", "python", "pass", "deletion-only change: the file holding a key pair is removed",
          {"app/legacy_keys.py": None}, base={"app/legacy_keys.py": legacy})
    kid, sk = g.key_id(), g.secret_key()
    old = 'import boto3\n\nAWS_KEY = "%s"\nAWS_SECRET = "%s"\ns3 = boto3.client("s3", aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET)\n' % (kid, sk)
    b.add(cat, "remove-lines", "python", "pass", "remediation: secret lines removed, client now uses the default chain",
          {"app/storage.py": 'import boto3\n\ns3 = boto3.client("s3")\n'}, base={"app/storage.py": old})
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "old-secret-other-file", "python", "pass", "an old key pair committed earlier; the change touches another file",
          {"app/orders.py": "def total(items):\n    return sum(i.price * i.qty for i in items)\n"},
          base={"app/config.py": 'AWS_KEY = "%s"\nAWS_SECRET = "%s"\n' % (kid, sk), "app/orders.py": "def total(items):\n    return 0\n"})
    kid, sk = g.key_id(), g.secret_key()
    base_cfg = 'AWS_KEY = "%s"\nAWS_SECRET = "%s"\n' % (kid, sk)
    b.add(cat, "old-secret-same-file", "python", "pass", "an old key pair committed earlier; the change adds an unrelated line to that file",
          {"app/config.py": base_cfg + 'LOG_LEVEL = "info"\n'}, base={"app/config.py": base_cfg})
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "rename-only", "python", "pass", "pure rename of a file committed earlier with a key pair (no added content)",
          {}, base={"app/old_settings.py": 'AWS_KEY = "%s"\nAWS_SECRET = "%s"\n' % (kid, sk)},
          renames=[["app/old_settings.py", "app/settings_legacy.py"]])
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "delete-cfn-default", "cloudformation", "pass", "removing a parameter's literal Default (the fix)",
          {"templates/db.yaml": _rds("!Ref DbPassword", extra_params="Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n")},
          base={"templates/db.yaml": _rds("!Ref DbPassword", extra_params="Parameters:\n  DbPassword:\n    Type: String\n    NoEcho: true\n    Default: %s\n" % g.weak_password())})
    # block counterparts: the change itself adds the secret
    kid, sk, kid2, sk2 = g.key_id(), g.secret_key(), g.key_id(), g.secret_key()
    base_cfg = 'AWS_KEY = "%s"\nAWS_SECRET = "%s"\n' % (kid, sk)
    b.add(cat, "new-secret-next-to-old", "python", "block", "a second, new key pair added to a file that already held one",
          {"app/config.py": base_cfg + 'REPORTS_KEY = "%s"\nREPORTS_SECRET = "%s"\n' % (kid2, sk2)}, base={"app/config.py": base_cfg},
          secrets=[_sec("aws-key-id", kid2), _sec("aws-secret", sk2)])
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "placeholder-replaced", "yaml", "block", "placeholders in a committed config replaced by a live key pair",
          {"config/app.yaml": "aws:\n  access_key_id: %s\n  secret_access_key: %s\n" % (kid, sk)},
          base={"config/app.yaml": "aws:\n  access_key_id: <your-access-key-id>\n  secret_access_key: <your-secret-key>\n"},
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])
    kid, sk = g.key_id(), g.secret_key()
    b.add(cat, "rename-and-add", "python", "block", "renamed file that also gains a new key pair",
          {"app/settings.py": 'DEBUG = False\nS3_KEY = "%s"\nS3_SECRET = "%s"\n' % (kid, sk)},
          base={"app/old_settings.py": "DEBUG = False\n"}, renames=[["app/old_settings.py", "app/settings.py"]],
          secrets=[_sec("aws-key-id", kid), _sec("aws-secret", sk)])


def generate(seed: int = 14) -> List[Scenario]:
    b = Book(Gen(seed))
    for part in (aws_pairs, aws_lone, provider_tokens, cfn, placeholders, benign, change_scope):
        part(b)
    ids = [s["id"] for s in b.items]
    assert len(ids) == len(set(ids)), "duplicate scenario ids"
    return b.items


def write(scenarios: List[Scenario], out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.json"):
        old.unlink()
    index = []
    for s in scenarios:
        (out / ("%s.json" % s["id"])).write_text(json.dumps(s, indent=1, sort_keys=True) + "\n")
        index.append({k: s[k] for k in ("id", "category", "format", "label", "reason")})
    (out / "index.json").write_text(json.dumps(index, indent=1) + "\n")


def load(out: Path) -> List[Scenario]:
    index = json.loads((out / "index.json").read_text())
    return [json.loads((out / ("%s.json" % e["id"])).read_text()) for e in index]


def main(argv: Optional[List[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=14, help="random seed (default 14)")
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parents[1] / "work" / "blocking",
                    help="output folder (default bench/work/blocking, gitignored)")
    args = ap.parse_args(argv)
    scenarios = generate(args.seed)
    write(scenarios, args.out)
    nb = sum(1 for s in scenarios if s["label"] == "block")
    print("%d scenarios (%d block, %d pass) written to %s" % (len(scenarios), nb, len(scenarios) - nb, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
