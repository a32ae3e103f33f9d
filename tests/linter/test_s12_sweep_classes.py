"""Homes of secrets found by the session 12 sweep (bench/probe_homes.py, issue 17), through the CLI.

The probe writes ~240 tool files (servers, agents, installers, CI, package managers, broker and database
clients, backup and transfer tools, monitoring agents, IDE/API tool files, mobile build tooling, SaaS CLIs,
data tools, Windows/macOS admin files) with one planted value each.  The homes it found missing are kept here
as fixtures, each with a random and (for password homes) a human-chosen value:

    hit/random/..., hit/human/...   one value each; hit/manifest.json gives its line, value and probe case
    clean/decoy/...                 the same files with a reference or placeholder in the slot
    clean/extra/...                 look-alikes: hashed and obfuscated forms, protected key material,
                                    comments, i18n users.properties, a grafana [users] section, PassCmd

Every hit blocks (medium or above) on its line with its value; nothing in clean/ is reported, even at info.
Scanned with the built-in rules only and with the fixture folder as the working directory, so reported paths
carry no tests/fixtures prefix.
"""
from __future__ import annotations

import json
from pathlib import Path

from credgate.linter import filters
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12_sweep_classes"
ORDER = ["info", "low", "medium", "high", "critical"]


def test_every_sweep_home_blocks_on_its_line(tmp_path: Path) -> None:
    manifest = json.loads((FIX / "hit" / "manifest.json").read_text())
    assert len(manifest) >= 90
    _, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, FIX / "hit")
    missing, weak = [], []
    for rel, (line, value, case) in sorted(manifest.items()):
        f = got.get((rel, line))
        if f is None or not (value in f["secret"] or (f["secret"] in value and len(f["secret"]) >= len(value) // 2)):
            missing.append((case, rel, line))
        elif ORDER.index(f["severity"]) < ORDER.index("medium"):
            weak.append((case, rel, f["rule_id"], f["severity"]))
    assert not missing, missing
    assert not weak, weak


def test_sweep_look_alikes_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(Path("clean"), tmp_path, "--fail-on", "info", cwd=FIX)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_new_rules_name_the_home(tmp_path: Path) -> None:
    """The narrow rules, not a generic fallback, report the homes they were written for."""
    manifest = json.loads((FIX / "hit" / "manifest.json").read_text())
    _, found = scan_built_in(Path("hit"), tmp_path, cwd=FIX)
    got = findings_by_line(found, FIX / "hit")
    want = {
        "redis-acl-user": "redis-acl-user-password",
        "kickstart-rootpw": "kickstart-plaintext-password",
        "preseed-root-password": "preseed-password-answer",
        "robot-variables": "robot-framework-secret-variable",
        "wlan-profile-keymaterial": "wlan-profile-key-material",
        "hive-site-connectionpassword": "xml-property-name-value-secret",
        "rundeck-realm-properties": "realm-users-properties-password",
        "bind-tsig-key": "dns-tsig-key-secret",
        "squid-cache-peer-login": "proxy-mail-directive-password",
        "android-signing-config": "groovy-dsl-password-setter",
        "mbsyncrc": "mail-sync-rc-password",
        "nagios-resource-cfg": "nagios-resource-macro-secret",
        "consul-acl-tokens": "consul-acl-token-literal",
        "scaleway-config": "cli-credential-file-uuid-secret",
        "snyk-configstore": "snyk-configstore-token",
        "kaggle-json": "kaggle-api-key",
        "envoy-sds-inline-string": "envoy-inline-secret",
        "clojure-project-repositories": "clojure-keyword-secret",
        "curlrc-user": "curlrc-user-password",
        "schema-registry-basic-auth": "user-info-pair-secret",
        "couchdb-local-ini-admins": "ini-admins-section-password",
        "dovecot-passwd-file-plain": "plain-scheme-password",
        "sendmail-authinfo": "sendmail-authinfo-password",
        "nut-upsmon-monitor": "nut-upsmon-password",
        "snmpd-createuser": "snmpv3-createuser-passphrase",
        "backuppc-config-pl": "perl-hash-secret-assignment",
        "nifi-sensitive-props-key": "nifi-sensitive-props-key",
        "sqoop-options-file": "options-file-password-line",
        "kong-keyauth-credential": "kong-keyauth-credential",
        "caddy-dns-cloudflare": "caddyfile-dns-provider-token",
        "roundcube-des-key": "cipher-key-assignment",
        "mosquitto-bridge": "conf-whitespace-secret",
        "spark-defaults-s3a": "conf-whitespace-secret",
        "mobileconfig-vpn-sharedsecret-data": "plist-secret",
        "fastlane-matchfile-basic-auth": "fastlane-git-basic-authorization",
        "jenkins-job-string-parameter": "xml-property-name-value-secret",
        "gocd-environment-variable": "xml-property-name-value-secret",
        "go-mysql-dsn": "go-sql-dsn-password",
        "telegraf-mysql-dsn": "go-sql-dsn-password",
        "netdata-stream-api-key": "netdata-stream-api-key",
        "syslog-ng-password-call": "syslog-ng-password-option",
        "octoprint-api-key": "yaml-nested-api-key",
        "esphome-api-encryption-key": "yaml-nested-api-key",
        "codecov-yml-token": "yaml-nested-api-key",
        "rediscli-auth-env": "rediscli-auth-env",
        "davfs2-secrets": "davfs2-secrets-password",
        "vault-approle-secret-id": "vault-secret-id-named",
        "ceph-keyring": "ceph-keyring-key",
        "peertube-secrets": "yaml-secrets-block-literal",
        "bigbluebutton-security-salt": "bigbluebutton-shared-secret",
        "cs2-server-cfg-rcon": "game-server-rcon-password",
        "amavis-lookup-sql-dsn": "perl-dbi-dsn-password",
        "rt-siteconfig-set": "perl-set-config-password",
        "otrs-config-pm": "perl-hash-secret-assignment",
    }
    seen = set()
    for rel, (line, _value, case) in manifest.items():
        if case in want and rel.startswith("random/"):
            f = got[(rel, line)]
            assert want[case] in (f["rule_id"], *(f.get("also_matched") or ())), (case, f["rule_id"])
            seen.add(case)
    assert seen == set(want), set(want) - seen


def test_references_in_tool_syntaxes_are_templates() -> None:
    for ref in ("((db_password))", "((vault:prod/db.password))", "&dwh_pw", "&dwh_pw.", "!secret.yaml password",
                "!secret mqtt_password"):
        assert filters.placeholder(ref) is not None, ref
    for lit in ("(x)", "&Harbor2024", "&Kq7!mW2zR9", "(( not a ref", "!secretive9Q"):
        assert filters.placeholder(lit) is None, lit
