"""Issue 17: the miss classes and false-alarm classes, the gitleaks import and the rule listing, all
through the credgate CLI."""
from __future__ import annotations

import json
from pathlib import Path

import yaml

from tests.helpers import aws_pair, github_pat, run_credgate

FIX = Path(__file__).resolve().parent.parent / "fixtures" / "depth"


def _findings(target: Path, tmp_path: Path, *extra: str) -> list[dict]:
    cfg = tmp_path / "empty.toml"
    cfg.write_text("# built-in rules only (the project config allowlists tests/fixtures)\n")
    proc = run_credgate(["dir", "--format", "json", "--verbose", "--config", str(cfg), *extra, str(target)])
    assert proc.returncode in (0, 1), proc.stderr.decode()
    return json.loads(proc.stdout)["findings"]


def test_miss_classes_are_found(tmp_path: Path) -> None:
    got = {(Path(f["path"]).name, f["line"], f["rule_id"]) for f in _findings(FIX / "miss", tmp_path)}
    assert got == {
        ("heroku.env", 2, "heroku-api-key-uuid"),
        ("providers.env", 2, "provider-key-uuid-or-hex"),  # Datadog, UUID form
        ("providers.env", 3, "provider-key-uuid-or-hex"),  # PagerDuty routing key
        ("providers.env", 4, "provider-key-uuid-or-hex"),  # Mailchimp, hex without the -usN suffix
        ("providers.env", 5, "provider-key-uuid-or-hex"),  # Bugsnag
        ("application.properties", 4, "properties-password"),  # hunter2: low entropy, still a password
        ("application.properties", 5, "properties-password"),
        ("config.yml", 4, "yaml-config-password"),
        ("config.yml", 6, "yaml-config-password"),
        ("rds.yaml", 8, "iac-cfn-literal-secret"),  # MasterUserPassword: password123
        ("sentry.py", 2, "sentry-dsn-legacy-secret"),  # https://PUBLIC:SECRET@...
        ("sentry.py", 3, "sentry-dsn"),  # a modern public DSN stays informational
    }


def test_legacy_sentry_secret_blocks_but_public_dsn_does_not(tmp_path: Path) -> None:
    by_line = {f["line"]: f for f in _findings(FIX / "miss" / "sentry.py", tmp_path)}
    assert by_line[2]["severity"] == "high"
    assert by_line[3]["severity"] == "info"


def test_false_alarm_classes_are_quiet(tmp_path: Path) -> None:
    # SOPS envelopes, an SSH public key and self-described test values in a parameter file,
    # a non-base32 AKIA lookalike in an IaC slot, CodeBuild SECRETS_MANAGER/PARAMETER_STORE in JSON
    assert _findings(FIX / "fp", tmp_path) == []


def _template() -> dict:
    kid, sec = aws_pair()
    return {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Parameters": {"DbPassword": {"Type": "String", "NoEcho": True, "Default": "Xk9#mP2vLq7z"}},
        "Resources": {
            "Fn": {"Type": "AWS::Lambda::Function", "Properties": {"Environment": {"Variables": {
                "GITHUB_TOKEN": github_pat(), "AWS_ACCESS_KEY_ID": kid, "AWS_SECRET_ACCESS_KEY": sec,
                "API_PASSWORD": "Hq7!xP2mWv"}}}},
            "Db": {"Type": "AWS::RDS::DBInstance", "Properties": {"MasterUsername": "admin",
                                                                 "MasterUserPassword": "Zt4#kQ8wLm2p"}},
            "CB": {"Type": "AWS::CodeBuild::Project", "Properties": {"Environment": {"EnvironmentVariables": [
                {"Name": "NPM_TOKEN", "Type": "PLAINTEXT", "Value": "npm_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8"},
                {"Name": "DB_PASSWORD", "Type": "PARAMETER_STORE", "Value": "/prod/db/password"},
            ]}}},
        },
    }


def test_same_template_same_findings_in_yaml_and_json(tmp_path: Path) -> None:
    t = _template()
    (tmp_path / "j").mkdir()
    (tmp_path / "y").mkdir()
    (tmp_path / "j" / "stack.json").write_text(json.dumps(t, indent=2))
    (tmp_path / "y" / "stack.yaml").write_text(yaml.safe_dump(t, sort_keys=False))

    def summary(d: str) -> list[tuple[str, str]]:
        return sorted((f["rule_id"], f["severity"]) for f in _findings(tmp_path / d, tmp_path))

    js, ys = summary("j"), summary("y")
    assert js == ys
    assert ("iac-codebuild-plaintext-secret", "high") in js
    assert ("iac-cfn-literal-secret", "high") in js


GITLEAKS = '''title = "team rules"
[allowlist]
paths = ['''+"'''vendor/'''"+''']
[[rules]]
id = "acme-token"
description = "ACME token"
regex = \'\'\'acme_[a-z0-9]{32}\'\'\'
keywords = ["acme_"]
[[rules.allowlists]]
regexTarget = "line"
regexes = [\'\'\'fixture-only\'\'\']
paths = [\'\'\'test/\'\'\']
[[rules]]
id = "pem-file"
path = \'\'\'\\.pem$\'\'\'
[[rules]]
id = "acme-secret"
description = "ACME secret"
regex = \'\'\'acme_secret_[a-z0-9]{20}\'\'\'
keywords = ["acme_secret_"]
tags = ["severity:critical"]
[[rules.required]]
id = "acme-token"
withinLines = 3
[[rules]]
id = "generic-thing"
regex = \'\'\'thing=([a-z0-9]{20})\'\'\'
[[rules]]
id = "acme-private-key"
regex = \'\'\'ACME PRIVATE KEY ([a-z0-9]{20})\'\'\'
'''


def test_gitleaks_import_names_what_it_cannot_honour_and_maps_severity(tmp_path: Path) -> None:
    cfg = tmp_path / "gitleaks.toml"
    cfg.write_text(GITLEAKS)
    proc = run_credgate(["rules", "list", "--format", "json", "--config", str(cfg)])
    assert proc.returncode == 0, proc.stderr.decode()
    err = proc.stderr.decode()
    assert "global [allowlist] is not imported" in err
    assert "'pem-file' is path-only" in err
    assert "[[rules.required]] (composite rule) is not supported" in err
    assert "allowlist field(s) paths not supported" in err
    sev = {r["id"]: r["severity"] for r in json.loads(proc.stdout)}
    assert sev["gitleaks.acme-token"] == "high"  # a provider token (it has a keyword prefix)
    assert sev["gitleaks.acme-secret"] == "critical"  # an explicit severity tag
    assert sev["gitleaks.generic-thing"] == "medium"
    assert sev["gitleaks.acme-private-key"] == "critical"


def test_gitleaks_regex_target_line_and_warnings_in_scan(tmp_path: Path) -> None:
    cfg = tmp_path / "gitleaks.toml"
    cfg.write_text(GITLEAKS)
    root = tmp_path / "src"
    root.mkdir()
    a, b = "acme_" + "0123456789abcdefghij0123456789ab", "acme_" + "0123456789abcdefghij0123456789ac"
    (root / "a.py").write_text(f'x = "{a}"  # fixture-only\ny = "{b}"\n')
    proc = run_credgate(["dir", "--format", "json", "--config", str(cfg), str(root)])
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert [(f["rule_id"], f["line"]) for f in out["findings"]] == [("gitleaks.acme-token", 2)]
    assert any("composite rule" in w for w in out["warnings"])


def test_rules_list_and_check_include_the_iac_rules() -> None:
    from credgate.iac.rules import RULES as IAC

    proc = run_credgate(["rules", "list", "--format", "json"])
    listed = json.loads(proc.stdout)
    iac = {r["id"] for r in listed if r["engine"] == "iac"}
    # 20: sql-dump-password-column (session 7); 21: csv-password-column, 22: shell-variable-password (session 8);
    # 23-26: sql-dump-secret-column, csv-secret-column, doc-table-password, credential-file-password (session 12)
    assert iac == set(IAC) and len(iac) == 26
    text = run_credgate(["rules", "list"]).stdout.decode()
    assert all(rid in text for rid in IAC)
    chk = run_credgate(["rules", "check"])
    assert chk.returncode == 0, chk.stdout.decode()
    assert "(26 IaC slot checks): 0 problem(s)" in chk.stderr.decode()
    exp = run_credgate(["explain", "iac-k8s-secret-data"])
    assert exp.returncode == 0 and b"how to fix" in exp.stdout


def test_random_shaped_passwords_are_not_mistaken_for_globs_paths_or_code(tmp_path: Path) -> None:
    # shapes from re-seeded blind corpora: each was dropped by a filter meant for something else
    root = tmp_path / "src"
    (root / "ops").mkdir(parents=True)
    (root / "ops" / "rotate.sh").write_text("export PGPASSWORD='Pepper-Tundra-40*'\n")
    (root / ".env").write_text("DB_PASSWORD=Meadow.lantern7\n")
    (root / "ops" / "Publish.ps1").write_text('$s = ConvertTo-SecureString "Quartz-Juniper-76$" -AsPlainText -Force\n')
    (root / ".git-credentials").write_text(
        "https://dev-at-111122223333:2MaslJELAWieD5nsJFIw5dZ3CNF+eaDyeedJas/4zdi=@git-codecommit.us-east-1.amazonaws.com\n")
    got = {(Path(f["path"]).name, f["line"]) for f in _findings(root, tmp_path)}
    assert got == {("rotate.sh", 1), (".env", 1), ("Publish.ps1", 1), (".git-credentials", 1)}


def test_globs_paths_code_references_and_go_sum_stay_quiet(tmp_path: Path) -> None:
    root = tmp_path / "src"
    root.mkdir()
    (root / "policy.env").write_text("ALLOWED_SECRET_ACTIONS=secretsmanager:Get*\nTOKEN_FILE=/run/secrets/token\n")
    (root / "settings.py").write_text('password = "config.db_password"\n')
    (root / "go.sum").write_text(
        "github.com/a/b v1.0.0 h1:9VI0ato93LGsZKii7YAMeXojUreUqL6VaWNxdJzToken=\n"
        "github.com/xdg-go/pbkdf2 v1.0.0/go.mod h1:jT5tz16LE7GYsRPGYEl9jfbK4VFovOwFTY3kGbLA=\n")
    assert _findings(root, tmp_path) == []
