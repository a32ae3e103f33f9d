#!/usr/bin/env python3
"""Blocking matrix: secret-bearing key names x live value shapes x file homes; which do not block at medium?

A seeded generator (issue 17, session 10).  Each case crosses (a) a secret-bearing key name as real code spells
it (snake, camel, Pascal, kebab, dotted, UPPER; prefixes such as db/redis/external/partner, endings such as
password/secret_key/client_secret/auth_token/private_key/credentials), (b) a value shape a live secret takes
(machine-random base62 16-64, base64 with ``+/``, hex 32/40/64, a UUID under a provider-named key, human
passwords such as ``Winter2026!`` under password names), and (c) a file home (.env, YAML, JSON, TOML,
.properties, INI, XML attribute/element, Python/JS/TS/Go/Java/C#/Ruby/PHP assignments, shell export, Dockerfile
ENV, compose, k8s env name/value, Terraform, CloudFormation environment variables, GitHub Actions env).  Every
case is one file under a non-test path of a temp tree; ``credgate dir --format json`` runs once over the tree
with the built-in rules and its default threshold (medium), and a case blocks when a finding at or above medium
sits on the value's line.  Decoys (placeholders, ``${VAR}``, environment reads, references such as
``existingSecret``/``passwordFile``, ``token_url``, ``max_tokens``, booleans, numbers, words, paths, file hashes,
ids) are written the same way and must not block.

    python bench/blocking_matrix.py --seed 10 -n 3000
    python bench/blocking_matrix.py --seed 11 -n 2000 --show 40     # more misses listed (values redacted)
"""
from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import string
import subprocess
import sys
import tempfile
import uuid
from collections import Counter, defaultdict

SEV = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}
B62 = string.ascii_letters + string.digits
B64 = B62 + "+/"

PREFIXES = ["", "db", "database", "redis", "smtp", "ldap", "mail", "external", "client", "app", "admin", "master",
            "root", "service", "api", "partner", "vendor", "upstream", "backend", "prod", "stripe", "github",
            "slack", "jwt", "session", "oauth", "s3", "ftp", "mysql", "postgres", "mongo", "rabbitmq", "kafka",
            "sentry", "internal", "legacy", "payment", "webhook"]
PASSWORD_ENDINGS = ["password", "passwd", "pwd", "pass", "passphrase", "secret"]
ENDINGS = PASSWORD_ENDINGS + ["secret_key", "client_secret", "token", "api_key", "apikey", "access_key",
                              "access_token", "auth_token", "private_key", "signing_key", "webhook_secret",
                              "credentials", "secret_access_key", "app_secret", "consumer_secret", "refresh_token",
                              "bearer_token", "encryption_key", "hmac_key", "master_key", "auth_key", "key_secret"]
# services whose keys may be UUIDs (not Mixpanel/Segment: their project tokens and write keys are public by design)
PROVIDERS = ["heroku", "mailgun", "datadog", "pagerduty", "newrelic", "sendgrid", "twilio", "algolia", "contentful", "launchdarkly", "bugsnag", "rollbar", "okta", "auth0", "cloudflare",
             "digitalocean", "linode", "vultr", "circleci", "travis", "snyk", "sonar", "mapbox", "pusher"]
UUID_ENDINGS = ["api_key", "apikey", "token", "api_token", "auth_token", "access_token", "secret", "license_key",
                "client_secret", "access_key"]  # not integration_key: DocuSign's is a client id
STYLES = ["snake", "camel", "pascal", "kebab", "dotted", "upper"]


def spell(words: "list[str]", style: str) -> str:
    words = [w for part in words for w in part.split("_") if w]
    if style == "snake":
        return "_".join(words)
    if style == "upper":
        return "_".join(words).upper()
    if style == "kebab":
        return "-".join(words)
    if style == "dotted":
        return ".".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    return "".join(w.capitalize() for w in words)


# ----------------------------------------------------------------------------------------------- value shapes
def v_base62(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(B62) for _ in range(rng.randint(16, 64)))
        if any(c.isdigit() for c in s) and any(c.islower() for c in s) and any(c.isupper() for c in s):
            return s


def v_base64(rng: random.Random) -> str:
    while True:
        s = "".join(rng.choice(B64) for _ in range(rng.choice([24, 32, 40, 44, 64])))
        if "+" in s or "/" in s:
            return s + rng.choice(["", "", "="])


def v_hex(rng: random.Random) -> str:
    return "".join(rng.choice("0123456789abcdef") for _ in range(rng.choice([32, 40, 64])))


def v_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


SEASONS = ["Winter", "Summer", "Spring", "Autumn", "Welcome", "Password", "Company", "Monkey", "Dragon", "Sunshine",
           "Football", "Admin", "Letmein", "Qwerty", "Shadow", "Master", "Liverpool", "Charlie", "Falcon", "Tiger"]


def v_human(rng: random.Random) -> str:
    how = rng.randrange(4)
    if how == 0:
        return rng.choice(SEASONS) + str(rng.randint(2015, 2027)) + rng.choice("!@#$*?")
    if how == 1:
        leet = str.maketrans({"o": "0", "a": "4", "e": "3", "i": "1", "s": "5"})
        w = rng.choice(["troubador", "password", "dragonfly", "sunflower", "keyboard", "elephant", "mountain"])
        w = w.translate(leet) if rng.random() < 0.5 else w
        return w.capitalize() + rng.choice("&!%#") + str(rng.randint(1, 99))
    if how == 2:
        return rng.choice(SEASONS) + rng.choice(["_", ".", "-", "!"]) + rng.choice(SEASONS).lower() + \
            str(rng.randint(10, 999))
    return rng.choice(["P@ssw0rd", "S3cur3P@ss", "Adm1n!23", "Ch@ngeMe2024", "Qwerty!234", "Welc0me#1"]) + \
        str(rng.randint(0, 99))


SHAPES = {"base62": v_base62, "base64": v_base64, "hex": v_hex, "uuid": v_uuid, "human": v_human}


# ------------------------------------------------------------------------------------------------ file homes
# Each home: (file name, which key styles real code spells there, render(key, value) -> text).  The value sits on
# exactly one line of the text.
def _q(v: str) -> str:
    return json.dumps(v)


HOMES: dict = {
    "dotenv": (".env", ["upper", "snake"], lambda k, v: f"APP_ENV=production\n{k}={v}\nLOG_LEVEL=info\n"),
    "yaml": ("config/settings.yaml", STYLES,
             lambda k, v: f"app:\n  name: billing\n  {k}: {v}\n  timeout: 30\n"),
    "json": ("config/settings.json", STYLES,
             lambda k, v: json.dumps({"service": {"name": "billing", k: v, "retries": 3}}, indent=2) + "\n"),
    "toml": ("config/app.toml", ["snake", "camel", "kebab", "upper", "pascal"],
             lambda k, v: f'[service]\nname = "billing"\n{k} = "{v}"\n'),
    "properties": ("src/main/resources/application.properties", ["dotted", "camel", "snake", "kebab"],
                   lambda k, v: f"server.port=8080\napp.{k}={v}\n"),
    "ini": ("config/app.ini", ["snake", "camel", "kebab", "upper", "dotted"],
            lambda k, v: f"[service]\nhost = billing.internal\n{k} = {v}\n"),
    "xml-attr": ("Web.config", STYLES,
                 lambda k, v: f'<configuration>\n  <appSettings>\n    <add key="{k}" value="{v}" />\n'
                              "  </appSettings>\n</configuration>\n"),
    "xml-element": ("conf/service.xml", ["camel", "snake", "kebab", "dotted", "pascal"],
                    lambda k, v: f"<service>\n  <host>billing.internal</host>\n  <{k}>{v}</{k}>\n</service>\n"),
    "python": ("src/billing/settings.py", ["upper", "snake"], lambda k, v: f"import os\n\n{k} = {_q(v)}\n"),
    "python-dict": ("src/billing/client.py", STYLES,
                    lambda k, v: f"CONFIG = {{\n    \"host\": \"billing.internal\",\n    {_q(k)}: {_q(v)},\n}}\n"),
    "js": ("src/config.js", ["camel", "upper", "pascal"], lambda k, v: f"const {k} = '{v}';\nmodule.exports = {{ {k} }};\n"),
    "js-object": ("src/client.js", ["camel", "snake", "pascal", "upper"],
                  lambda k, v: f"module.exports = {{\n  host: 'billing.internal',\n  {k}: '{v}',\n}};\n"),
    "ts": ("src/config.ts", ["camel", "upper"], lambda k, v: f"export const {k}: string = \"{v}\";\n"),
    "go": ("internal/config/config.go", ["camel", "pascal"],
           lambda k, v: f"package config\n\nconst {k} = \"{v}\"\n"),
    "java": ("src/main/java/com/acme/Config.java", ["upper", "camel"],
             lambda k, v: f"package com.acme;\n\npublic class Config {{\n    private static final String {k} = \"{v}\";\n}}\n"),
    "csharp": ("src/Acme/Settings.cs", ["pascal", "camel"],
               lambda k, v: f"namespace Acme {{\n  public static class Settings {{\n    public const string {k} = \"{v}\";\n  }}\n}}\n"),
    "ruby": ("config/initializers/billing.rb", ["snake", "upper"],
             lambda k, v: f"Billing.configure do |config|\n  config.{k.lower()} = '{v}'\nend\n"),
    "php": ("config/services.php", ["snake", "camel"],
            lambda k, v: f"<?php\nreturn [\n    'host' => 'billing.internal',\n    '{k}' => '{v}',\n];\n"),
    "shell": ("scripts/deploy.sh", ["upper", "snake"], lambda k, v: f"#!/bin/sh\nset -e\nexport {k}='{v}'\n./run\n"),
    "dockerfile": ("Dockerfile", ["upper", "snake"], lambda k, v: f"FROM python:3.12-slim\nENV {k}={v}\nCMD [\"app\"]\n"),
    "compose": ("docker-compose.yml", ["upper", "snake"],
                lambda k, v: f"services:\n  app:\n    image: acme/app:1\n    environment:\n      {k}: \"{v}\"\n"),
    "k8s-env": ("deploy/k8s/deployment.yaml", ["upper", "snake"],
                lambda k, v: "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: app\nspec:\n  template:\n"
                             "    spec:\n      containers:\n        - name: app\n          image: acme/app:1\n"
                             f"          env:\n            - name: {k}\n              value: \"{v}\"\n"),
    "terraform": ("infra/main.tf", ["snake"],
                  lambda k, v: f'locals {{\n  region = "eu-west-1"\n  {k} = "{v}"\n}}\n'),
    "cfn-env": ("infra/template.yaml", ["upper", "snake", "pascal"],
                lambda k, v: "Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n"
                             "      Handler: app.handler\n      Runtime: python3.12\n      Environment:\n"
                             f"        Variables:\n          {k}: '{v}'\n"),
    "gh-actions": (".github/workflows/deploy.yml", ["upper"],
                   lambda k, v: "name: deploy\non: push\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n"
                                f"    env:\n      {k}: {v}\n    steps:\n      - run: ./deploy.sh\n"),
}

# Decoys: (key words, value) pairs that must not block, rendered in the same homes.  Values that look random
# are hashes of files or ids under names that say so.
DECOYS = [
    (["db", "password"], "changeme"), (["api", "key"], "your_api_key_here"), (["client", "secret"], "<client-secret>"),
    (["db", "password"], "${DB_PASSWORD}"), (["api", "token"], "{{ .Values.apiToken }}"),
    (["auth", "token"], "$(AUTH_TOKEN)"), (["smtp", "password"], "xxxxxxxxxxxx"), (["secret", "key"], "REPLACE_ME"),
    (["existing", "secret"], "billing-db-credentials"), (["secret", "name"], "billing-db-credentials"),
    (["password", "file"], "/run/secrets/db_password"), (["token", "url"], "https://auth.example.com/oauth/token"),
    (["max", "tokens"], "4096"), (["use", "password"], "true"), (["password", "min", "length"], "12"),
    (["token", "ttl"], "3600"), (["require", "password"], "false"), (["password", "policy"], "strong"),
    (["private", "key", "path"], "/etc/ssl/private/server.key"), (["secret", "ref"], "arn:aws:secretsmanager:eu-west-1:123456789012:secret:db"),
    (["api", "key", "header"], "X-Api-Key"), (["token", "type"], "Bearer"), (["password", "hash", "algorithm"], "bcrypt"),
    (["client", "id"], "UUID"), (["request", "id"], "UUID"), (["tenant", "id"], "UUID"), (["commit", "sha"], "HEX40"),
    (["file", "sha256"], "HEX64"), (["checksum"], "HEX32"), (["image", "digest"], "sha256:HEX64"),
    (["password", "env", "var"], "DB_PASSWORD"), (["secret", "key", "ref"], "secretKeyRef"),
    (["credentials", "id"], "jenkins-deploy-creds"), (["auth", "method"], "password"), (["token", "endpoint"], "/oauth/token"),
]
ENV_READS = {
    "python": lambda k: f"import os\n\n{k} = os.environ[{_q(k.upper())}]\n",
    "js": lambda k: f"const {k} = process.env.{k.upper()};\n",
    "go": lambda k: f"package config\n\nimport \"os\"\n\nvar {k} = os.Getenv(\"{k.upper()}\")\n",
    "shell": lambda k: f"#!/bin/sh\nexport {k}=\"${{{k.upper()}_FROM_VAULT}}\"\n",
}


def decoy_value(rng: random.Random, v: str) -> str:
    if v == "UUID":
        return v_uuid(rng)
    return v.replace("HEX64", "".join(rng.choice("0123456789abcdef") for _ in range(64))).replace(
        "HEX40", "".join(rng.choice("0123456789abcdef") for _ in range(40))).replace(
        "HEX32", "".join(rng.choice("0123456789abcdef") for _ in range(32)))


def draw_case(rng: random.Random) -> dict:
    shape = rng.choice(list(SHAPES))
    home = rng.choice(list(HOMES))
    fname, styles, render = HOMES[home]
    style = rng.choice(styles)
    if shape == "uuid":
        prefix, ending = rng.choice(PROVIDERS), rng.choice(UUID_ENDINGS)
    elif shape == "human":
        prefix, ending = rng.choice(PREFIXES), rng.choice(PASSWORD_ENDINGS)
    else:
        prefix, ending = rng.choice(PREFIXES), rng.choice(ENDINGS)
    key = spell([prefix, ending] if prefix else [ending], style)
    value = SHAPES[shape](rng)
    return {"shape": shape, "home": home, "style": style, "prefix": prefix or "-", "ending": ending, "key": key,
            "value": value, "file": fname, "text": render(key, value)}


def draw_decoy(rng: random.Random) -> dict:
    if rng.random() < 0.15:
        home = rng.choice(list(ENV_READS))
        key = spell([rng.choice(["db", "api", "client", "external"]), rng.choice(["password", "token", "secret"])],
                    "camel" if home in ("js", "go") else "snake")
        text = ENV_READS[home](key)
        return {"home": home, "key": key, "value": "(env read)", "file": HOMES[home][0], "text": text,
                "line": next(i for i, ln in enumerate(text.splitlines(), 1) if key in ln)}
    words, raw = rng.choice(DECOYS)
    home = rng.choice(list(HOMES))
    fname, styles, render = HOMES[home]
    key = spell(words, rng.choice(styles))
    value = decoy_value(rng, raw)
    text = render(key, value)
    return {"home": home, "key": key, "value": value, "file": fname, "text": text, "line": _line_of(text, value)}


def _line_of(text: str, value: str) -> int:
    quoted = json.dumps(value)[1:-1]
    return next(i for i, line in enumerate(text.splitlines(), 1) if value in line or quoted in line)


def redact(v: str) -> str:
    return f"{v[:4]}…({len(v)})"


def run_credgate(cmd: str, root: str) -> dict:
    proc = subprocess.run([*cmd.split(), "dir", "--format", "json", "--no-redact", "--fail-on", "info", root],
                          capture_output=True, text=True)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr)
        raise SystemExit(2)
    best: dict = {}
    base = os.path.basename(root) + "/"
    for f in json.loads(proc.stdout)["findings"]:
        for loc in f.get("locations") or [f]:
            key = (loc["path"].split(base, 1)[-1], loc["line"])
            best[key] = max(best.get(key, -1), SEV[f["severity"]])
    return best


def table(title: str, rows: "dict[str, list[int]]", limit: int) -> None:
    print(f"\n| {title} | cases | not blocked |\n|---|---|---|")
    order = sorted(rows.items(), key=lambda kv: (-kv[1][1], -kv[1][0], kv[0]))
    for name, (n, miss) in order[:limit]:
        print(f"| {name} | {n} | {miss} ({miss / n:.0%}) |")


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--seed", type=int, default=10)
    ap.add_argument("-n", type=int, default=3000, help="secret cases (default 3000)")
    ap.add_argument("--decoys", type=int, default=600, help="decoy cases (default 600)")
    ap.add_argument("--credgate", default=f"{sys.executable} -m credgate", help="the command to run")
    ap.add_argument("--show", type=int, default=20, help="misses and noisy decoys to list (values redacted)")
    ap.add_argument("--rows", type=int, default=12, help="rows per grouping table (default 12)")
    ap.add_argument("--json", action="store_true", help="print a JSON summary instead of tables")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    root = tempfile.mkdtemp(prefix="credgate-matrix-")
    try:
        cases, decoys = [], []
        for i in range(args.n):
            c = draw_case(rng)
            c["rel"] = f"c{i:05d}/{c['file']}"
            c["line"] = _line_of(c["text"], c["value"])
            cases.append(c)
        for i in range(args.decoys):
            c = draw_decoy(rng)
            c["rel"] = f"x{i:05d}/{c['file']}"
            decoys.append(c)
        for c in cases + decoys:
            path = os.path.join(root, c["rel"])
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(c["text"])
        best = run_credgate(args.credgate, root)
        groups: dict = {g: defaultdict(lambda: [0, 0]) for g in ("ending", "prefix", "style", "shape", "home")}
        misses = []
        for c in cases:
            blocked = best.get((c["rel"], c["line"]), -1) >= SEV["medium"]
            for g in groups:
                groups[g][c[g]][0] += 1
                groups[g][c[g]][1] += not blocked
            if not blocked:
                misses.append(c)
        noisy = [c for c in decoys if best.get((c["rel"], c["line"]), -1) >= SEV["medium"]]
        if args.json:
            print(json.dumps({"seed": args.seed, "cases": len(cases), "not_blocked": len(misses),
                              "decoys": len(decoys), "decoys_blocked": len(noisy),
                              "groups": {g: {k: v for k, v in rows.items()} for g, rows in groups.items()}},
                             indent=2))
            return 0
        print(f"seed {args.seed}: {len(cases)} secret cases, {len(misses)} not blocked at medium "
              f"({len(misses) / len(cases):.1%}); {len(decoys)} decoys, {len(noisy)} blocked")
        for g in groups:
            table(g, groups[g], args.rows)
        pairs = Counter((c["home"], c["shape"]) for c in misses)
        print("\nmost-missed home x shape: " + ", ".join(f"{h}/{s} {n}" for (h, s), n in pairs.most_common(10)))
        for c in misses[: args.show]:
            print(f"not blocked: {c['home']:12} {c['shape']:7} {c['key']!r} = {redact(c['value'])}")
        for c in noisy[: args.show]:
            print(f"decoy blocked: {c['home']:12} {c['key']!r} = {redact(c['value'])}")
        return 0
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
