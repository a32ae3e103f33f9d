"""Structured configuration, session 6 (issue 17): the classes the fresh5 blind corpus missed, through the CLI.

1. passwords given as command-line arguments in container commands (ECS ``command``/``entryPoint``, Batch
   ``command`` also in node ranges, Kubernetes ``command``/``args``, compose ``command``) and shell strings;
2. passwords in account commands (chpasswd, passwd --stdin, useradd -p, net user, ConvertTo-SecureString,
   curl -u, rabbitmqctl, htpasswd -b, docker login --password-stdin) in SSM documents, Run Command input,
   UserData and CloudFormation SSM documents;
3. Step Functions definitions (ASL JSON, ``DefinitionString``, ``Definition``) and EventBridge connections;
4. CodeBuild PLAINTEXT variables with UUID tokens (PARAMETER_STORE / SECRETS_MANAGER stay quiet);
5. name/value lists (App Runner, Amplify, Beanstalk, Batch) with UUID tokens under secret names, not under
   ``*_ID`` names;
6. the ``{"name": SECRET, "value": LITERAL}`` pair quoted in Markdown (rule ``name-value-pair-secret``);
7./8. public-by-design values in IaC slots are quiet: reCAPTCHA/hCaptcha site keys, publishable keys, modern
   Sentry DSNs (Dockerfile ENV/ARG, SAM environment).

Fixtures: tests/fixtures/iacjson_classes/{miss,clean} (synthetic test values), scanned with an empty config.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from credgate.iac.commands import argv_or_shell
from tests.helpers import findings_by_line, run_credgate

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "iacjson_classes"
ORDER = ["info", "low", "medium", "high", "critical"]
CMD, DOC = "iac-command-secret", "iac-document-secret"

# (file under miss/, line) -> (rule, minimum severity, secret)
MISSES = {
    ("batch/reconcile-jobdef-test.json", 6): (CMD, "high", "Pelican42@"),
    ("batch/reconcile-jobdef-test.json", 9): ("iac-ecs-plaintext-env-secret", "high", "Corvid-8812!"),
    ("batch/nightly-multinode-test.yaml", 13): (CMD, "high", "Tundra51fox"),
    ("batch/nightly-multinode-test.yaml", 16): ("iac-ecs-plaintext-env-secret", "high",
                                                "7c1e9a44-2b6d-4f0e-9d35-a8b0c2e4f617"),
    ("ecs/worker-taskdef-test.json", 8): (CMD, "high", "Quartz77fig"),
    ("ecs/worker-taskdef-test.json", 13): (CMD, "high", "Heron#5530"),
    ("k8s/cache-deploy-test.yaml", 11): (CMD, "high", "Granite55river"),
    ("k8s/cache-deploy-test.yaml", 16): (CMD, "high", "Granite55river"),
    ("k8s/cache-deploy-test.yaml", 19): (CMD, "high", "Walrus-3318"),
    ("compose/docker-compose.test.yml", 7): (CMD, "high", "Saffron!204"),
    ("compose/docker-compose.test.yml", 10): (CMD, "high", "Lichen9931"),
    ("ssm/kiosk-users-test.json", 11): (CMD, "high", "Osprey865$"),
    ("ssm/kiosk-users-test.json", 12): (CMD, "high", "Marten44plum"),
    ("ssm/kiosk-users-test.json", 13): (CMD, "high", "Bittern-71x"),
    ("ssm/win-local-admin-test.yaml", 8): (CMD, "high", "Kiwi-Fern-2207"),
    ("ssm/win-local-admin-test.yaml", 9): (CMD, "high", "Tamarack!8841"),
    ("ssm/win-local-admin-test.yaml", 11): (CMD, "high", "Sorrel7731q"),
    ("ssm/send-command-test.json", 6): (None, "high", "Eider!5064"),  # sshpass: a pattern rule may lead
    ("ssm/send-command-test.json", 7): (CMD, "high", "Murre7730dock"),
    ("cfn/userdata-ssmdoc-test.yaml", 11): ("iac-userdata-secret", "high", "Gannet-4417"),
    ("cfn/userdata-ssmdoc-test.yaml", 12): ("iac-userdata-secret", "high", "Fulmar22tern"),
    ("cfn/userdata-ssmdoc-test.yaml", 24): (CMD, "high", "Puffin-8830k"),
    ("cfn/userdata-ssmdoc-test.yaml", 25): (CMD, "high", "Skua5519wx"),
    ("cfn/userdata-ssmdoc-test.yaml", 32): (CMD, "high", "Auk-2096-fog"),
    ("codebuild/buildspec-test.yml", 5): (None, "medium", "Juniper-6604"),
    ("codebuild/buildspec-test.yml", 8): (None, "medium", "Nimbus4471z"),
    ("codebuild/buildspec-test.yml", 9): (None, "medium", "Plover!3390"),
    ("scripts/provision-test.sh", 3): (None, "medium", "Cormorant-5512"),
    ("scripts/provision-test.sh", 4): (None, "medium", "Briar88moss"),
    ("scripts/provision-test.sh", 5): (None, "medium", "Kittiwake!61"),
    ("scripts/provision-test.sh", 6): (None, "medium", "Plover2290fen"),
    # the provider's own rule names it (the IaC slot finding is merged into it)
    ("stepfn/incident-notify-test.asl.json", 13): ("pagerduty-events-payload-routing-key", "high",
                                                   "e4b1c09d7a2f46c8b35e90d1f7a6c2b8"),
    ("stepfn/incident-notify-test.asl.json", 26): (DOC, "high", "kq7Rm2VtX9pL4wZc8NfB3hJd6sGy"),
    ("stepfn/orders-statemachine-test.yaml", 17): (DOC, "high", "Mz8vQ2kR7xT4wN9pL3cF6hJb"),
    ("stepfn/orders-statemachine-test.yaml", 36): (None, "high", "Zt5nW8qK2vR7xM4pC9bL6dF3"),
    ("stepfn/create-connection-test.json", 6): (DOC, "high", "Vn3xQ8rT1mK6wZ9pB4cL7hJd"),
    ("stepfn/eventbridge-connection-test.json", 9): (None, "high", "9d4f2b6a-1c8e-47a3-b5d0-6e2f8a1c3b74"),
    ("stepfn/eventbridge-connection-test.json", 17): ("iac-cfn-literal-secret", "high", "Shrike-2290q"),
    ("codebuild/project-test.json", 11): ("iac-codebuild-plaintext-secret", "high",
                                          "5b0e2d71-93c4-4a8f-b6e1-0d2f7c9a4e38"),
    ("codebuild/create-project-test.yaml", 11): ("iac-codebuild-plaintext-secret", "high",
                                                 "3f9a1c0e8b7d4e26a5c3b1f09d8e7a6c5b4d3e21"),
    ("codebuild/create-project-test.yaml", 14): ("iac-codebuild-plaintext-secret", "high",
                                                 "c41d7e5a-0b9f-4d23-8e6a-1f5c9b7d3a20"),
    ("cfn/apprunner-test.yaml", 14): ("iac-cfn-literal-secret", "high", "4a7c2e91-6b3d-4f08-a1e5-9c2d7b6f0e13"),
    ("cfn/apprunner-test.yaml", 23): ("iac-cfn-literal-secret", "high", "0f3b8e6d2a9c41f7b5e2d8a6c3f1e09b"),
    ("cfn/apprunner-test.yaml", 31): ("iac-cfn-literal-secret", "high", "b8e2f4a6-3d1c-4e9b-8a7f-2c5d0e6b9f31"),
    ("cfn/apprunner-flow-test.yaml", 13): ("iac-cfn-literal-secret", "high", "3e9d1f7b5a2c4e8d6f0b1a3c5e7d9f2b"),
    ("docs/adr-0007-fax-provider-test.md", 7): ("name-value-pair-secret", "medium",
                                                "fa90c1d7e3b5a2468c0e1f3d5b7a9c2e4f6d8b01"),
    ("docs/adr-0007-fax-provider-test.md", 8): ("name-value-pair-secret", "medium",
                                                "9c2e4f6d8b01fa90c1d7e3b5a2468c0e1f3d5b7a"),
    ("docs/adr-0007-fax-provider-test.md", 17): ("name-value-pair-secret", "medium", "Dunlin!7723"),
    # the pair over several lines: a Helm values list, `az webapp config appsettings list` output, .ebextensions
    ("helm/values-test.yaml", 4): (None, "medium", "rk_live_TestOnly9x8c7v6b5n4m3"),
    ("helm/values-test.yaml", 6): ("name-value-pair-secret", "medium", "8c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f"),
    ("helm/values-test.yaml", 8): ("name-value-pair-secret", "medium", "Kestrel-4471x"),
    ("appservice/appsettings-prod-test.json", 5): ("name-value-pair-secret", "medium",
                                                   "9c2e4f6d8b01fa90c1d7e3b5a2468c0e1f3d5b7a"),
    ("appservice/appsettings-prod-test.json", 10): ("name-value-pair-secret", "medium", "Grebe!2231"),
    ("beanstalk/.ebextensions/env-test.config", 4): ("name-value-pair-secret", "medium",
                                                     "7e3c1a9f-2b4d-4e6f-8a0c-1d3e5f7a9b2c"),
    ("beanstalk/.ebextensions/env-test.config", 6): (None, "medium", "Nightjar-6612"),
    # an SSM document parameter's literal default; a connection's secret header parameter; an inline buildspec
    ("ssm/db-bootstrap-doc-test.yaml", 6): (DOC, "high", "Sandpiper-4090"),
    ("stepfn/api-destination-connection-test.json", 9): (DOC, "high", "Wd4nQ9vT2xK7mR5pL8cB3hJf"),
    ("codebuild/project-inline-buildspec-test.json", 5): (CMD, "high", "Tanager5521x"),
    # a command array in HCL (Terraform jsonencode): rule argv-password-option
    ("terraform/ecs_migrate_test.tf", 7): ("argv-password-option", "medium", "Lapwing-3371"),
}


def _scan(target: Path, tmp_path: Path) -> tuple[int, list[dict]]:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only\n")
    proc = run_credgate(["dir", "--format", "json", "--no-redact", "--config", str(cfg), str(target)])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return proc.returncode, json.loads(proc.stdout)["findings"]


def test_miss_classes_are_reported_at_a_blocking_severity(tmp_path: Path) -> None:
    d = FIX / "miss"
    code, found = _scan(d, tmp_path)
    assert code == 1
    by_line = findings_by_line(found, d)
    for (path, line), (rule, severity, secret) in MISSES.items():
        f = by_line.get((path, line))
        assert f is not None, f"{path}:{line} not reported"
        if rule is not None:
            assert f["rule_id"] == rule, (path, line, f["rule_id"])
        assert ORDER.index(f["severity"]) >= ORDER.index(severity), (path, line, f["severity"])
        assert f["secret"] == secret, (path, line, f["secret"])
    # nothing else: the identifiers next to the secrets (STATUSPAGE_PAGE_ID, REQUEST_ID, BUILD_ID_PREFIX,
    # NPM_TOKEN from PARAMETER_STORE, the Batch "Ref::since" parameter) are not findings
    extra = sorted(k for k in by_line if k not in MISSES)
    assert extra == [], extra


def test_clean_look_alikes_do_not_block(tmp_path: Path) -> None:
    d = FIX / "clean"
    code, found = _scan(d, tmp_path)
    blocking = sorted((k, f["rule_id"]) for k, f in findings_by_line(found, d).items()
                      if ORDER.index(f["severity"]) >= ORDER.index("medium"))
    assert blocking == [] and code == 0, blocking
    # a Sentry DSN with only its public key stays what the text rule says (info), not an IaC slot finding
    assert {f["rule_id"] for f in found} <= {"sentry-dsn"}


def test_recaptcha_secret_key_and_legacy_sentry_dsn_still_reported(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    (root / "template.yaml").write_text(
        "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Fn:\n    Type: AWS::Lambda::Function\n"
        "    Properties:\n      Environment:\n        Variables:\n"
        "          RECAPTCHA_SITE_KEY: 6LdQ4b8pAAAAAK3vN9tW2xR7mZ5cY1hJ0fG8sD4e\n"
        "          RECAPTCHA_SECRET_KEY: 6LdQ4b8pAAAAAPz2Wq7Xk9Lm4Rt6Vb1Nc8Hs3Jd5\n")
    (root / "Dockerfile").write_text(
        "FROM node:20\nENV SENTRY_DSN=https://9b3e1f7a2c5d4e8f0a6b1c3d5e7f9a2b:4c8e2a6f1b3d5e7a9c0f2b4d6e8a1c3e"
        "@sentry.internal.test/42\n")
    _code, found = _scan(root, tmp_path)
    got = {(Path(f["path"]).name, f["line"]) for f in found if ORDER.index(f["severity"]) >= ORDER.index("medium")}
    assert ("template.yaml", 9) in got and ("template.yaml", 8) not in got
    assert ("Dockerfile", 2) in got


@pytest.mark.parametrize("command, secret", [
    (["python", "job.py", "--db-password", "Pelican42@"], "Pelican42@"),
    (["./api", "--admin-password=Heron#5530"], "Heron#5530"),
    (["--redis.password", "Granite55river"], "Granite55river"),
    (["mongodump", "-u", "bk", "-p", "Walrus-3318"], "Walrus-3318"),
    (["sqlcmd", "-S", "db", "-U", "sa", "-P", "Tern!5521x"], "Tern!5521x"),
    (["redis-cli", "-a", "Plover2290fen", "ping"], "Plover2290fen"),
    (["sh", "-c", "MYSQL_PWD=Shag-7712 mysql -u app app"], "Shag-7712"),
    ("mysql -u root -pBriar88moss -e 'select 1'", "Briar88moss"),
    ("echo 'kiosk:Osprey865$' | chpasswd", "Osprey865$"),
    ("echo Marten44plum | sudo passwd --stdin svc", "Marten44plum"),
    ("useradd -m -p 'Bittern-71x' auditor", "Bittern-71x"),
    ("net user buildadmin Kiwi-Fern-2207 /add", "Kiwi-Fern-2207"),
    ("$p = ConvertTo-SecureString \"Tamarack!8841\" -AsPlainText -Force", "Tamarack!8841"),
    ("curl -fsS --user deploy:Sorrel7731q https://x.test/", "Sorrel7731q"),
    ("docker login -u ci -p Murre7730dock registry.test", "Murre7730dock"),
    ("htpasswd -bc /etc/nginx/.htpasswd metrics Skua5519wx", "Skua5519wx"),
    (["java", "-Dspring.datasource.password=Whimbrel-2208", "-jar", "app.jar"], "Whimbrel-2208"),
    ("helm upgrade --install api ./chart --set auth.password=Pelican42x", "Pelican42x"),
    (["docker", "run", "-e", "DB_PASSWORD=Kestrel-4471x", "api:1"], "Kestrel-4471x"),
    ("kubectl create secret generic db --from-literal=password=Knot-5519z", "Knot-5519z"),
    ("consul kv get -token=9f1c2a3b-4d5e-6f70-8a9b-0c1d2e3f4a5b app/config", "9f1c2a3b-4d5e-6f70-8a9b-0c1d2e3f4a5b"),
    ("openssl pkcs12 -export -passout pass:Sanderling-64 -in a.crt", "Sanderling-64"),
])
def test_command_line_passwords(command: object, secret: str) -> None:
    assert [v for _i, v, _w in argv_or_shell(command)] == [secret]


@pytest.mark.parametrize("command", [
    ["python", "job.py", "--db-password", "Ref::dbPassword", "--password-file", "/run/secrets/db"],
    ["redis-server", "--requirepass", "$(REDIS_PASSWORD)"],
    ["psql", "-h", "db", "-p", "5432", "--password", "orders2024"],  # psql --password only asks for one
    ["--password-stdin", "--token-ttl", "3600", "-p", "8080"],
    ["postgres", "-c", "password_encryption=scram-sha-256"],
    "echo \"kiosk:{{ adminPassword }}\" | chpasswd",
    "echo \"$NEWPW\" | passwd --stdin svc",
    "passwd -l guest",
    "net user buildadmin /active:no",
    "net user buildadmin * /add",
    "$p = ConvertTo-SecureString $env:ADMIN_PW -AsPlainText -Force",
    "curl -u \"$USER:$TOKEN\" https://x.test/",
    "chpasswd -e < /etc/hashes",
    "echo 'ops:$6$rounds=5000$salt$hash' | chpasswd -e",
    "mysql -u root -p -e 'select 1'",
    "mysql -u root -p${DB_PASSWORD}",
    "tool --password changeme --api-key your-api-key",
    ["java", "-Djavax.net.ssl.trustStorePassword=changeit", "-Dapp.password.min-length=12", "-jar", "app.jar"],
    "kubectl create secret tls web --secret my-tls-secret",
    "docker build --secret id=npmrc,src=/run/npmrc --secret id=tok,env=NPM_TOKEN .",
    "aws secretsmanager create-secret --name app --secret-string file://creds.json",
    "helm upgrade api ./chart --set auth.existingSecret=db --set image.tag=1.2.3",
    "docker run -e DB_PASSWORD=$DB_PASSWORD -e TOKEN_TTL=3600 api:1",
    "openssl enc -aes256 -k pass:$KEY -in a",
])
def test_command_line_references_and_placeholders_are_not_findings(command: object) -> None:
    assert list(argv_or_shell(command)) == []
