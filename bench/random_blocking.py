#!/usr/bin/env python3
"""Random credentials in many contexts: which block, at the gates' threshold (high) and the audits' (medium)?

A property check of the blocking decision, not of one corpus: every run draws new values from a seed (AWS key
pairs and their encodings, random passwords of three alphabets, in application files and deploy files),
writes one file per draw, runs ``credgate dir`` once over them with the built-in rules, and counts per context
how many draws have a finding at the value's line at or above each threshold.  Found this way (session 7):
random passwords read as paths, words, colours or decorators, and dotenv values cut at ``&``.

    python bench/random_blocking.py --seed 3 -n 3000            # every context
    python bench/random_blocking.py --seed 4 -n 1500 --only iac  # deploy files only
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
from collections import Counter

B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
B64 = string.ascii_letters + string.digits + "+/"
SEV = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


class Draw:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def key_id(self) -> str:
        return self.rng.choice(["AKIA", "ASIA"]) + "".join(self.rng.choice(B32) for _ in range(16))

    def secret(self) -> str:
        return "".join(self.rng.choice(B64) for _ in range(40))

    def password(self, lengths=(12, 16, 20, 24)) -> str:
        alphabet = string.ascii_letters + string.digits + self.rng.choice(["", "+/", "!@#$%^&*", "!@#%^&*-_"])
        return "".join(self.rng.choice(alphabet) for _ in range(self.rng.choice(lengths)))

    def encoded(self, text: str) -> "tuple[str, str]":
        how = self.rng.choice(["b64", "hex", "pct", "b64b64", "uesc"])
        if how == "b64":
            return base64.b64encode(text.encode()).decode(), how
        if how == "hex":
            return text.encode().hex(), how
        if how == "pct":
            return "".join("%%%02X" % ord(c) for c in text), how
        if how == "b64b64":
            return base64.b64encode(base64.b64encode(text.encode())).decode(), how
        return "".join("\\u%04x" % ord(c) for c in text), how


def _line_of(text: str, value: str) -> int:
    quoted = json.dumps(value)[1:-1]
    return next(i for i, line in enumerate(text.splitlines(), 1) if value in line or quoted in line)


def app_case(d: Draw, kind: str) -> "tuple[str, str, str]":
    """(file name, text, the value to find) for an application-file context."""
    k, s, pw = d.key_id(), d.secret(), d.password()
    if kind == "py-pair":
        return "settings.py", f'import boto3\nc = boto3.client(\n    "s3",\n    aws_access_key_id="{k}",\n' \
                              f'    aws_secret_access_key="{s}",\n)\n', s
    if kind == "env-pair":
        return ".env", f"AWS_ACCESS_KEY_ID={k}\nAWS_SECRET_ACCESS_KEY={s}\n", s
    if kind == "yaml-pair":
        return "config.yml", f"aws:\n  access_key_id: {k}\n  secret_access_key: {s}\n", s
    if kind == "json-pair":
        return "creds.json", json.dumps({"accessKeyId": k, "secretAccessKey": s}, indent=2) + "\n", s
    if kind == "ini-pair":
        return "credentials", f"[default]\naws_access_key_id = {k}\naws_secret_access_key = {s}\n", s
    if kind == "sh-pair":
        return "deploy.sh", f"#!/bin/sh\nexport AWS_ACCESS_KEY_ID={k}\nexport AWS_SECRET_ACCESS_KEY={s}\n", s
    if kind == "encoded-pair":
        v, _ = d.encoded(f"aws_access_key_id={k}\naws_secret_access_key={s}\n")
        return "blob.txt", f'payload = "{v}"\n', v
    if kind == "env-password":
        return ".env", f"DB_HOST=db.internal\nDB_PASSWORD={pw}\n", pw
    if kind == "py-password":
        return "db.py", f"conn = psycopg2.connect(host='db', user='app', password={json.dumps(pw)})\n", pw
    if kind == "yaml-password":
        return "application.yml", f"spring:\n  datasource:\n    username: app\n    password: '{pw}'\n", pw
    if kind == "json-password":
        return "config.json", json.dumps({"db": {"user": "app", "password": pw}}, indent=2) + "\n", pw
    if kind == "properties-password":
        return "app.properties", f"db.user=app\ndb.password={pw}\n", pw
    raise ValueError(kind)


def iac_case(d: Draw, kind: str) -> "tuple[str, str, str]":
    """(file name, text, the value to find) for a deploy-file context."""
    k, s, pw = d.key_id(), d.secret(), d.password((10, 12, 16, 20))
    if kind == "cfn-lambda-pair":
        return "template.yaml", ("Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                                 "      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n"
                                 f"        Variables:\n          AWS_KEY_ID: {k}\n          AWS_SECRET: {s}\n"), s
    if kind == "k8s-secret-pair":
        b = base64.b64encode
        return "secret.yaml", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ntype: Opaque\ndata:\n"
                               f"  AWS_ACCESS_KEY_ID: {b(k.encode()).decode()}\n"
                               f"  AWS_SECRET_ACCESS_KEY: {b(s.encode()).decode()}\n"), b(s.encode()).decode()
    if kind == "cfn-rds-json":
        t = json.dumps({"Resources": {"Db": {"Type": "AWS::RDS::DBInstance", "Properties": {
            "Engine": "mysql", "MasterUsername": "admin", "MasterUserPassword": pw}}}}, indent=2) + "\n"
        return "template.json", t, pw
    if kind == "sam-env":
        return "template.yaml", ("Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n"
                                 "    Type: AWS::Serverless::Function\n    Properties:\n      Handler: a.h\n"
                                 f"      Runtime: python3.12\n      Environment:\n        Variables:\n"
                                 f"          DB_PASSWORD: '{pw}'\n"), pw
    if kind == "serverless-env":
        return "serverless.yml", f"service: api\nprovider:\n  name: aws\n  environment:\n    DB_PASSWORD: '{pw}'\n", pw
    if kind == "samconfig":
        pw = pw.replace('"', "")
        return "samconfig.toml", ('version = 0.1\n[default.deploy.parameters]\n'
                                  f'parameter_overrides = "Env=prod DbPassword={pw}"\n'), pw
    if kind == "k8s-stringdata":
        return "secret.yaml", ("apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\nstringData:\n"
                               f"  password: '{pw}'\n"), pw
    if kind == "tfvars":
        return "prod.tfvars", f'db_username = "app"\ndb_password = "{pw}"\n', pw
    if kind == "dockerfile":
        return "Dockerfile", f"FROM node:20\nENV DB_PASSWORD='{pw}'\n", pw
    if kind == "userdata":
        return "template.yaml", ("Resources:\n  Host:\n    Type: AWS::EC2::Instance\n    Properties:\n"
                                 "      ImageId: ami-12345678\n      UserData:\n        Fn::Base64: |\n"
                                 f"          #!/bin/bash\n          export DB_PASSWORD='{pw}'\n"), pw
    if kind == "cfn-params":
        return "params.json", json.dumps([{"ParameterKey": "Env", "ParameterValue": "prod"},
                                          {"ParameterKey": "DbPassword", "ParameterValue": pw}], indent=2), pw
    if kind == "ecs-env":
        return "taskdef.json", json.dumps({"containerDefinitions": [{"name": "a", "image": "x", "environment": [
            {"name": "REDIS_AUTH_TOKEN", "value": pw}]}]}, indent=2) + "\n", pw
    if kind == "codebuild-env":
        return "template.yaml", ("Resources:\n  Build:\n    Type: AWS::CodeBuild::Project\n    Properties:\n"
                                 "      Environment:\n        Type: LINUX_CONTAINER\n        ComputeType: BUILD_GENERAL1_SMALL\n"
                                 "        Image: aws/codebuild/standard:7.0\n        EnvironmentVariables:\n"
                                 f"          - Name: NPM_TOKEN\n            Type: PLAINTEXT\n            Value: '{pw}'\n"), pw
    if kind == "compose-list":
        return "docker-compose.yml", ("services:\n  db:\n    image: mysql:8\n    environment:\n"
                                      f"      - MYSQL_ROOT_PASSWORD={pw}\n"), pw
    if kind == "helm-values":
        return "values.yaml", f"postgresql:\n  auth:\n    username: app\n    password: '{pw}'\n", pw
    raise ValueError(kind)


APP = ["py-pair", "env-pair", "yaml-pair", "json-pair", "ini-pair", "sh-pair", "encoded-pair", "env-password",
       "py-password", "yaml-password", "json-password", "properties-password"]
IAC = ["cfn-lambda-pair", "k8s-secret-pair", "cfn-rds-json", "sam-env", "serverless-env", "samconfig",
       "k8s-stringdata", "tfvars", "dockerfile", "userdata", "cfn-params", "ecs-env", "codebuild-env",
       "compose-list", "helm-values"]


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=3)
    ap.add_argument("-n", type=int, default=2000, help="draws (default 2000)")
    ap.add_argument("--only", choices=["app", "iac"], help="one family of contexts")
    ap.add_argument("--credgate", default=f"{sys.executable} -m credgate", help="the command to run")
    ap.add_argument("--show", type=int, default=10, help="misses at high to print (default 10)")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    d = Draw(rng)
    kinds = (APP if args.only != "iac" else []) + (IAC if args.only != "app" else [])
    root = tempfile.mkdtemp(prefix="credgate-randblock-")
    try:
        expect = {}
        for i in range(args.n):
            kind = rng.choice(kinds)
            name, text, value = (app_case if kind in APP else iac_case)(d, kind)
            rel = f"d{i:05d}/{name}"
            os.makedirs(os.path.join(root, f"d{i:05d}"))
            with open(os.path.join(root, rel), "w") as fh:
                fh.write(text)
            expect[rel] = (kind, _line_of(text, value), value)
        cfg = os.path.join(root, "empty.toml")
        with open(cfg, "w") as fh:
            fh.write("# built-in rules only\n")
        proc = subprocess.run([*args.credgate.split(), "dir", "--format", "json", "--no-redact", "--config", cfg,
                               "--fail-on", "info", root], capture_output=True, text=True)
        if proc.returncode not in (0, 1):
            print(proc.stderr, file=sys.stderr)
            return 2
        best: dict = {}
        base = os.path.basename(root) + "/"
        for f in json.loads(proc.stdout)["findings"]:
            for loc in f.get("locations") or [f]:
                key = (loc["path"].split(base, 1)[-1], loc["line"])
                best[key] = max(best.get(key, -1), SEV[f["severity"]])
        total, high, medium = Counter(), Counter(), Counter()
        misses = []
        for rel, (kind, line, value) in expect.items():
            sev = best.get((rel, line), -1)
            total[kind] += 1
            high[kind] += sev >= SEV["high"]
            medium[kind] += sev >= SEV["medium"]
            if sev < SEV["high"]:
                misses.append((kind, value, sev))
        print(f"seed {args.seed}, {args.n} draws: blocked at high (gates) / at medium (audits)\n")
        print("| context | draws | high (gates) | medium (audits) |\n|---|---|---|---|")
        for kind in kinds:
            if total[kind]:
                print(f"| {kind} | {total[kind]} | {high[kind]} ({high[kind] / total[kind]:.0%}) | "
                      f"{medium[kind]} ({medium[kind] / total[kind]:.0%}) |")
        n, h, m = sum(total.values()), sum(high.values()), sum(medium.values())
        print(f"| **all** | {n} | {h} ({h / n:.1%}) | {m} ({m / n:.1%}) |")
        for kind, value, sev in misses[: args.show]:
            print(f"not blocked at high: {kind} {value!r} (best severity: "
                  f"{next((k for k, v in SEV.items() if v == sev), 'none')})")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
