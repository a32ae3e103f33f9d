"""Tool configuration grammars (credgate/linter/rules/toolconfigs.toml, and the rules extended for them:
xml-appsetting-secret's name/value pairs, cli-password-argument's helm repo add): each written as a real file
of the tool, the planted value found on its line and blocking at the default threshold; and the clean
neighbours the same files hold (hashes, references, prompts, variables) not reported.  Values are drawn per test
(tests/rand.py), never real.  The probe these come from is bench/probe_tools.py."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests import rand
from tests.helpers import scan_files

BLOCKING = ("medium", "high", "critical")


def _pw(n: int = 16) -> str:
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
    body = [rand.choice(alphabet) for _ in range(n)]
    body[n // 2] = rand.choice("#%+!")
    return "".join(body)


def _s(alphabet: str, n: int) -> str:
    return "".join(rand.choice(alphabet) for _ in range(n))


def _scan(tmp_path: Path, files: dict) -> "tuple[int, dict]":
    return scan_files(tmp_path, files, "host")


# (case, rule, path, text with {v} where the value goes, value kind)
CASES = [
    ("gradle-groovy-credentials", "gradle-credentials-block-password", "build.gradle",
     "publishing {{\n  repositories {{\n    maven {{\n      url 'https://nexus.corp.internal/releases'\n"
     "      credentials {{\n        username 'deploy'\n        password '{v}'\n      }}\n    }}\n  }}\n}}\n", "pw"),
    ("ant-property-name-value", "xml-appsetting-secret", "conf/app-config.xml",
     '<config>\n  <property name="db.user" value="app"/>\n  <property name="db.password" value="{v}"/>\n</config>\n',
     "pw"),
    ("teamcity-param-xml", "xml-appsetting-secret", ".teamcity/pluginData/project-config.xml",
     "<project>\n  <parameters>\n"
     "    <param name=\"env.DB_PASSWORD\" value=\"{v}\" spec=\"password display='hidden'\" />\n"
     "  </parameters>\n</project>\n", "pw"),
    ("haproxy-userlist", "haproxy-userlist-password", "etc/haproxy/haproxy.cfg",
     "global\n  daemon\nuserlist admins\n  user ops insecure-password {v}\n", "pw"),
    ("haproxy-stats-auth", "haproxy-userlist-password", "etc/haproxy/stats.cfg",
     "listen stats\n  bind *:8404\n  stats enable\n  stats auth admin:{v}\n", "pw"),
    ("splunk-pass4symmkey", "splunk-pass4symmkey", "etc/apps/cluster/local/server.conf",
     "[clustering]\nmode = peer\npass4SymmKey = {v}\n", "pw"),
    ("net-use-user-first", "windows-net-use-password", "scripts/map_drive.bat",
     "@echo off\nnet use Z: \\\\fs01\\share /user:CORP\\svc_backup {v}\n", "pw"),
    ("net-use-password-first", "windows-net-use-password", "scripts/map_ipc.cmd",
     "@echo off\nnet use \\\\fs01\\ipc$ {v} /user:CORP\\svc_backup\n", "pw"),
    ("psexec", "psexec-password-option", "scripts/deploy.ps1",
     "psexec \\\\app01 -u CORP\\deployer -p {v} -accepteula cmd /c run.bat\n", "pw"),
    ("echo-netrc", "netrc-line-written-by-script", "ci/setup.sh",
     '#!/bin/bash\necho "machine git.corp.internal login ci-bot password {v}" > ~/.netrc\n', "pw"),
    ("x12-isa", "x12-isa-security-password", "edi/outbound/850.x12",
     "ISA*00*          *01*{v}*ZZ*SENDERID       *ZZ*RECEIVERID     *261205*1200*U*00401*000000001*0*P*>~\n",
     "isa"),
    ("teamcity-kotlin-dsl", "teamcity-dsl-password-param", ".teamcity/settings.kts",
     'object Build : BuildType({{\n  params {{\n'
     '    password("env.DEPLOY_PASSWORD", "{v}", display = ParameterDisplay.HIDDEN)\n  }}\n}})\n', "pw"),
    ("develocity-env", "develocity-access-key", "ci/env.sh",
     "export DEVELOCITY_ACCESS_KEY=ge.corp.internal={v}\n", "dv"),
    ("develocity-keys-properties", "develocity-keys-properties", "home/ci/.gradle/develocity/keys.properties",
     "ge.corp.internal={v}\n", "dv"),
    ("oracle-sqlplus-ezconnect", "oracle-connect-identifier-password", "scripts/export.sh",
     "#!/bin/sh\nsqlplus -s scott/{v}@db01.corp.internal:1521/ORCLPDB1 @export.sql\n", "pw"),
    ("oracle-connect-var", "oracle-ezconnect-password", "scripts/env.sh",
     'DB_CONNECT="app/{v}@//db01.corp.internal:1521/ORCL"\n', "pw"),
    ("openldap-rootpw", "openldap-rootpw", "etc/openldap/slapd.conf",
     'database mdb\nrootdn "cn=Manager,dc=corp,dc=internal"\nrootpw {v}\n', "pw"),
    ("openldap-olcrootpw", "openldap-rootpw", "ldif/config.ldif",
     "dn: olcDatabase={{1}}mdb,cn=config\nolcRootPW: {v}\n", "pw"),
    ("helm-repo-add", "cli-password-argument", "ci/helm.sh",
     "helm repo add corp https://charts.corp.internal --username ci-bot --password {v}\n", "pw"),
    ("teamcity-secret-named-param", "teamcity-dsl-password-param", ".teamcity/Deploy.kts",
     'object Deploy : BuildType({{\n  params {{\n    param("env.SMTP_PASSWORD", "{v}")\n  }}\n}})\n', "pw"),
    ("jmeter-user-defined-variable", "jmeter-secret-argument", "perf/load.jmx",
     '<elementProp name="DB_PASSWORD" elementType="Argument">\n'
     '  <stringProp name="Argument.name">DB_PASSWORD</stringProp>\n'
     '  <stringProp name="Argument.value">{v}</stringProp>\n</elementProp>\n', "pw"),
    ("ipmitool", "cli-short-password-option", "scripts/power_cycle.sh",
     "ipmitool -I lanplus -H 10.20.0.15 -U ADMIN -P {v} chassis power cycle\n", "pw"),
    ("keytool", "cli-short-password-option", "scripts/keystore.sh",
     "keytool -importkeystore -srckeystore app.p12 -destkeystore app.jks -deststorepass {v} -noprompt\n", "pw"),
    ("xfreerdp", "cli-short-password-option", "scripts/rdp.sh",
     "xfreerdp /v:jump01.corp.internal /u:CORP\\ops /p:{v} /cert:ignore\n", "pw"),
    ("7z", "cli-short-password-option", "scripts/archive.sh",
     "7z a -p{v} -mhe=on backup.7z /srv/exports\n", "pw"),
    ("zip", "cli-short-password-option", "scripts/archive2.sh",
     "zip -r -P {v} exports.zip /srv/exports\n", "pw"),
    ("gpg", "cli-short-password-option", "scripts/sign.sh",
     "gpg --batch --pinentry-mode loopback --passphrase {v} --detach-sign release.tgz\n", "pw"),
    ("mongosh", "cli-short-password-option", "scripts/mongo_admin.sh",
     "mongosh --host mongo01.corp.internal --username admin --password {v} --authenticationDatabase admin\n", "pw"),
    ("snmpwalk-v3", "cli-short-password-option", "scripts/snmp_poll.sh",
     "snmpwalk -v3 -l authPriv -u monitor -a SHA -A {v} -x AES 10.0.0.1\n", "pw"),
]


def _value(kind: str) -> str:
    if kind == "isa":
        return _s("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", 10)
    if kind == "dv":
        return _s("abcdefghijklmnopqrstuvwxyz234567", 52)
    return _pw()


@pytest.mark.parametrize("case,rule,rel,template,kind", CASES, ids=[c[0] for c in CASES])
def test_tool_grammar_is_read_and_blocks(tmp_path: Path, case: str, rule: str, rel: str, template: str,
                                         kind: str) -> None:
    value = _value(kind)
    text = template.format(v=value)
    line = next(i for i, ln in enumerate(text.splitlines(), 1) if value in ln)
    code, by_line = _scan(tmp_path, {rel: text})
    f = by_line.get((rel, line))
    assert f is not None, (case, sorted(by_line))
    assert f["secret"] == value, (case, f["secret"])
    assert rule == f["rule_id"] or rule in f.get("also_matched", []), (case, f["rule_id"])
    assert f["severity"] in BLOCKING, (case, f["severity"])
    assert code == 1


def test_near_misses_are_not_reported(tmp_path: Path) -> None:
    code, by_line = _scan(tmp_path, {
        "build.gradle": "repositories {\n  maven {\n    credentials {\n      username findProperty('nexusUser')\n"
                        "      password findProperty('nexusPassword')\n    }\n  }\n}\n"
                        'publishing { repositories { maven { credentials { password "$nexusPassword" } } } }\n',
        "conf/app-config.xml": '<config>\n  <property name="db.password" value="${db.password}"/>\n'
                               '  <property name="password.min.length" value="12"/>\n</config>\n',
        ".teamcity/pluginData/project-config.xml":
            '<param name="env.DB_PASSWORD" value="credentialsJSON:8f2a1c3e-5b6d-4e7f-9a0b-1c2d3e4f5a6b" />\n',
        ".idea/workspace.xml": '<envs>\n  <env name="MQ_PASSWORD" value="$MQ_PASSWORD$" />\n</envs>\n',
        ".teamcity/settings.kts": 'params {\n  password("env.DEPLOY_PASSWORD", '
                                  '"credentialsJSON:8f2a1c3e-5b6d-4e7f-9a0b-1c2d3e4f5a6b")\n'
                                  '  password("env.ASK", "", display = ParameterDisplay.PROMPT)\n}\n',
        "etc/haproxy/haproxy.cfg": "userlist admins\n  user ops password $6$rounds=5000$saltsalt$hashhashhash\n"
                                   "listen stats\n  stats auth admin:${STATS_PASSWORD}\n",
        "etc/apps/cluster/local/server.conf": "[clustering]\n"
                                              "pass4SymmKey = $7$X8WZcmKk0j7eQMc0AEj2Xw7Z4QrYjYkYpPZf9+4Hc0c=\n",
        "scripts/map_drive.bat": "net use Z: \\\\fs01\\share /user:CORP\\svc_backup *\n"
                                 "net use Y: \\\\fs01\\data /persistent:no\n"
                                 "net use X: \\\\fs01\\ops %SHARE_PASSWORD% /user:CORP\\svc\n",
        "scripts/deploy.ps1": "psexec \\\\app01 -u CORP\\deployer -p %DEPLOY_PW% cmd\npsexec \\\\app01 -s cmd\n",
        "ci/setup.sh": 'echo "machine git.corp.internal login ci-bot password $GIT_TOKEN" > ~/.netrc\n',
        "edi/outbound/850.x12": "ISA*00*          *00*          *ZZ*SENDERID       *ZZ*RECEIVERID     "
                                "*261205*1200*U*00401*000000001*0*P*>~\n",
        "ci/env.sh": "export DEVELOCITY_ACCESS_KEY=ge.corp.internal=${DV_KEY}\n",
        "scripts/export.sh": "sqlplus /@PRODDB @report.sql\nsqlplus -s /nolog\nsqlplus scott/$DB_PW@db01:1521/ORCL\n",
        "etc/openldap/slapd.conf": "rootpw {SSHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g9abcd\n# rootpw secret\n",
        "ci/helm.sh": "helm repo add corp https://charts.corp.internal --username ci-bot --password-stdin\n",
        "perf/load.jmx": '<stringProp name="Argument.name">DB_PASSWORD</stringProp>\n'
                         '<stringProp name="Argument.value">${__P(db.password)}</stringProp>\n'
                         '<stringProp name="Argument.name">USERS</stringProp>\n'
                         '<stringProp name="Argument.value">50</stringProp>\n',
        ".teamcity/Deploy.kts": 'params {\n  param("env.SMTP_HOST", "smtp.corp.internal")\n'
                                '  param("env.SMTP_PASSWORD", "%smtp.password%")\n}\n',
        "scripts/tools.sh": "keytool -importkeystore -srckeystore a.p12 -deststorepass:env STOREPASS -noprompt\n"
                            "keytool -list -keystore app.jks -storepass:file /run/secrets/storepass\n"
                            "gpg --batch --passphrase-file /run/secrets/gpg --detach-sign release.tgz\n"
                            "gpg --batch --passphrase-fd 0 --detach-sign release.tgz\n"
                            "mongosh --username admin -p --authenticationDatabase admin\n"
                            "ipmitool -I lanplus -H 10.20.0.15 -U ADMIN -E chassis power status\n"
                            'zip -r exports.zip /srv/exports -x "*.tmp"\n'
                            'xfreerdp /v:jump01 /u:ops /p:"$RDP_PASSWORD" /cert:ignore\n',
    })
    assert by_line == {}
    assert code == 0
