#!/usr/bin/env python3
"""Recall probe: one credential in each of many real tools' configuration shapes and in prose (issue 17).

Every case is a realistic file holding exactly one planted credential, written as the tool's own grammar.  The files
go to a fresh temporary folder under a non-test path (``$TMPDIR/probe-tools-XXXX/workspace/...``), ``credgate dir
--format json --no-redact`` scans it once, and each case is reported as

    block   found on the planted line with the planted value, severity at or above medium (the gates' default)
    weak    found, but below the blocking threshold
    miss    not found (or found with another value)

Values are drawn from a seeded generator (``--seed``), never real.  Run it with the code under test installed
(or ``PYTHONPATH``), e.g.  ``python bench/probe_tools.py`` or ``python bench/probe_tools.py --only miss``.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

RANK = {"info": 0, "low": 1, "medium": 2, "high": 3, "critical": 4}


def cases(rng: random.Random, typed: bool = False) -> "list[tuple[str, str, str, str]]":
    """(name, relative path, text, secret): the secret sits on exactly one line of text.  ``typed``: passwords
    as people choose them (two words, a number, a symbol) instead of machine-random ones."""
    words = ("Harbor", "Quill", "Lantern", "Meadow", "Cobalt", "Juniper", "Falcon", "Orchid", "Tundra", "Kiln")

    def pw(n: int = 16) -> str:
        if typed:
            return f"{rng.choice(words)}{rng.choice(words)}{rng.randrange(10, 9999)}{rng.choice('!#%')}"
        alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"
        body = [rng.choice(alphabet) for _ in range(n)]
        body[n // 2] = rng.choice("#%+!")
        return "".join(body)

    def alnum(n: int, alphabet: str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") -> str:
        return "".join(rng.choice(alphabet) for _ in range(n))

    def hexs(n: int) -> str:
        return "".join(rng.choice("0123456789abcdef") for _ in range(n))

    out: "list[tuple[str, str, str, str]]" = []

    def add(name: str, path: str, text: str, secret: str) -> None:
        assert text.count(secret) == 1, name
        out.append((name, path, text, secret))

    p = pw()
    add("maven-settings-server", "ci/maven/settings.xml",
        '<settings>\n  <servers>\n    <server>\n      <id>nexus-releases</id>\n      <username>deploy</username>\n'
        f'      <password>{p}</password>\n    </server>\n  </servers>\n</settings>\n', p)
    p = pw()
    add("gradle-properties", "gradle.properties",
        f"org.gradle.jvmargs=-Xmx2g\nnexusUsername=deploy\nnexusPassword={p}\n", p)
    p = pw()
    add("gradle-credentials-block", "build.gradle",
        "publishing {\n  repositories {\n    maven {\n      url 'https://nexus.corp.example/repository/releases'\n"
        f"      credentials {{\n        username 'deploy'\n        password '{p}'\n      }}\n    }}\n  }}\n}}\n", p)
    p = pw()
    add("gradle-kts-credentials", "build.gradle.kts",
        'repositories {\n  maven {\n    url = uri("https://nexus.corp.example/repository/releases")\n'
        f'    credentials {{\n      username = "deploy"\n      password = "{p}"\n    }}\n  }}\n}}\n', p)
    p = pw()
    add("nuget-config-cleartext", "NuGet.Config",
        '<?xml version="1.0" encoding="utf-8"?>\n<configuration>\n  <packageSourceCredentials>\n    <corpfeed>\n'
        '      <add key="Username" value="builder" />\n'
        f'      <add key="ClearTextPassword" value="{p}" />\n    </corpfeed>\n  </packageSourceCredentials>\n'
        '</configuration>\n', p)
    p = pw()
    add("ivy-settings-credentials", "ivysettings.xml",
        '<ivysettings>\n  <credentials host="artifacts.corp.example" realm="Artifactory Realm"\n'
        f'      username="deploy" passwd="{p}"/>\n</ivysettings>\n', p)
    p = pw()
    add("xml-name-value-property", "conf/app-config.xml",
        '<config>\n  <property name="db.user" value="app"/>\n'
        f'  <property name="db.password" value="{p}"/>\n</config>\n', p)
    p = pw()
    add("kustomize-secretgenerator", "deploy/overlays/prod/kustomization.yaml",
        "resources:\n  - ../../base\nsecretGenerator:\n  - name: db-creds\n    literals:\n      - DB_USER=app\n"
        f"      - DB_PASSWORD={p}\n", p)
    p = pw()
    add("kustomize-literal-token", "deploy/overlays/dev/kustomization.yaml",
        "secretGenerator:\n  - name: api\n    literals:\n"
        f"      - api_token={p}\n", p)
    p = pw()
    add("packer-variables", "packer/variables.pkrvars.hcl",
        f'region = "eu-west-1"\nwinrm_password = "{p}"\n', p)
    p = pw()
    add("packer-json-variables", "packer/template.json",
        '{\n  "variables": {\n    "ssh_username": "packer",\n'
        f'    "ssh_password": "{p}"\n  }}\n}}\n', p)
    p = pw()
    add("haproxy-userlist", "etc/haproxy/haproxy.cfg",
        "global\n  daemon\nuserlist admins\n"
        f"  user ops insecure-password {p}\n", p)
    p = pw()
    add("haproxy-stats-auth", "etc/haproxy/stats.cfg",
        "listen stats\n  bind *:8404\n  stats enable\n  stats uri /stats\n"
        f"  stats auth admin:{p}\n", p)
    p = pw()
    add("splunk-pass4symmkey", "etc/splunk/server.conf",
        "[general]\nserverName = idx01\n\n[clustering]\nmode = peer\n"
        f"pass4SymmKey = {p}\n", p)
    p = pw()
    add("splunk-outputs-sslpassword", "etc/splunk/outputs.conf",
        "[tcpout:primary]\nserver = idx01.corp.example:9997\n"
        f"sslPassword = {p}\n", p)
    p = pw()
    add("fluent-bit-output", "etc/fluent-bit/fluent-bit.conf",
        "[OUTPUT]\n    Name  es\n    Match *\n    Host  es.corp.example\n    HTTP_User fluent\n"
        f"    HTTP_Passwd {p}\n", p)
    p = pw()
    add("fluentd-match-password", "etc/fluentd/fluent.conf",
        "<match app.**>\n  @type elasticsearch\n  host es.corp.example\n  user fluentd\n"
        f"  password {p}\n</match>\n", p)
    p = pw()
    add("logstash-output-password", "pipeline/logstash.conf",
        'output {\n  elasticsearch {\n    hosts => ["https://es.corp.example:9200"]\n    user => "logstash_writer"\n'
        f'    password => "{p}"\n  }}\n}}\n', p)
    p = pw()
    add("pgpassword-psql", "scripts/restore.sh",
        f"#!/bin/sh\nPGPASSWORD={p} psql -h db.corp.example -U app -d app -f dump.sql\n", p)
    p = pw()
    add("net-use-user", "scripts/map_drive.bat",
        f"@echo off\nnet use Z: \\\\fs01\\share /user:CORP\\svc_backup {p}\n", p)
    p = pw()
    add("net-use-password-first", "scripts/map_drive2.cmd",
        f"@echo off\nnet use \\\\fs01\\ipc$ {p} /user:CORP\\svc_backup\n", p)
    p = pw()
    add("psexec-u-p", "scripts/deploy.ps1",
        f"psexec \\\\app01 -u CORP\\deployer -p {p} -accepteula cmd /c C:\\deploy\\run.bat\n", p)
    p = pw()
    add("echo-netrc", "scripts/setup_ci.sh",
        f'#!/bin/bash\necho "machine git.corp.example login ci-bot password {p}" > ~/.netrc\nchmod 600 ~/.netrc\n', p)
    p = alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    add("x12-isa-password", "edi/outbound/850_order.edi",
        f"ISA*00*          *01*{p}*ZZ*SENDERID       *ZZ*RECEIVERID     *261205*1200*U*00401*000000001*0*P*>~\n"
        "GS*PO*SENDERID*RECEIVERID*20261205*1200*1*X*004010~\n", p)
    p = pw()
    add("teamcity-plain-param", ".teamcity/settings.kts",
        "object Build : BuildType({\n  params {\n"
        f'    password("env.DEPLOY_PASSWORD", "{p}", display = ParameterDisplay.HIDDEN)\n  }}\n}})\n', p)
    p = pw()
    add("teamcity-param-xml", ".teamcity/project-config.xml",
        '<project>\n  <parameters>\n'
        f'    <param name="env.DB_PASSWORD" value="{p}" spec="password display=\'hidden\'" />\n'
        '  </parameters>\n</project>\n', p)
    p = alnum(52, "abcdefghijklmnopqrstuvwxyz234567")
    add("develocity-access-key", "ci/gradle-init.sh",
        f"export DEVELOCITY_ACCESS_KEY=ge.corp.example={p}\n", p)
    p = alnum(52, "abcdefghijklmnopqrstuvwxyz234567")
    add("gradle-enterprise-access-key", "home/ci/.gradle/develocity/keys.properties",
        f"ge.corp.example={p}\n", p)
    p = pw()
    add("jenkins-credentials-xml", "jenkins_home/credentials.xml",
        "<com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n  <scope>GLOBAL</scope>\n"
        "  <id>deploy</id>\n  <username>deployer</username>\n"
        f"  <password>{p}</password>\n</com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>\n", p)
    p = pw()
    add("rclone-conf", "home/ops/.config/rclone/rclone.conf",
        "[backup]\ntype = s3\nprovider = Wasabi\naccess_key_id = WASABIUSER01\n"
        f"secret_access_key = {p}\nendpoint = s3.wasabisys.com\n", p)
    p = alnum(40)
    add("s3cfg", "home/ops/.s3cfg",
        "[default]\naccess_key = OPSBACKUPKEY01\nhost_base = s3.corp.example\n"
        f"secret_key = {p}\nuse_https = True\n", p)
    p = pw()
    add("winscp-ini", "tools/WinSCP.ini",
        "[Sessions\\deploy@sftp.corp.example]\nHostName=sftp.corp.example\nUserName=deploy\n"
        f"Password={p}\n", p)
    p = base64.b64encode(pw().encode()).decode()
    add("filezilla-sitemanager", "tools/FileZilla/sitemanager.xml",
        '<FileZilla3>\n  <Servers>\n    <Server>\n      <Host>ftp.corp.example</Host>\n      <User>upload</User>\n'
        f'      <Pass encoding="base64">{p}</Pass>\n    </Server>\n  </Servers>\n</FileZilla3>\n', p)
    p = pw()
    add("odbc-ini", "etc/odbc.ini",
        "[warehouse]\nDriver = PostgreSQL Unicode\nServername = dw.corp.example\nDatabase = dw\nUserName = report\n"
        f"Password = {p}\n", p)
    p = pw()
    add("odbc-pwd", "home/report/.odbc.ini",
        "[sqlsrv]\nDriver = ODBC Driver 18 for SQL Server\nServer = sql01.corp.example\nUID = report\n"
        f"PWD = {p}\n", p)
    p = pw()
    add("oracle-ezconnect", "scripts/export.sh",
        f"#!/bin/sh\nsqlplus -s scott/{p}@db01.corp.example:1521/ORCLPDB1 @export.sql\n", p)
    p = pw()
    add("oracle-ezconnect-expdp", "scripts/expdp.sh",
        f"expdp system/{p}@//db01.corp.example:1521/ORCL schemas=APP directory=DP dumpfile=app.dmp\n", p)
    p = pw()
    add("nslcd-bindpw", "etc/nslcd.conf",
        "uri ldap://ldap.corp.example/\nbase dc=corp,dc=example\nbinddn cn=nslcd,ou=svc,dc=corp,dc=example\n"
        f"bindpw {p}\n", p)
    p = pw()
    add("sssd-authtok", "etc/sssd/sssd.conf",
        "[domain/corp]\nid_provider = ldap\nldap_default_bind_dn = cn=sssd,dc=corp,dc=example\n"
        f"ldap_default_authtok = {p}\n", p)
    p = pw()
    add("openldap-rootpw", "etc/openldap/slapd.conf",
        'database mdb\nsuffix "dc=corp,dc=example"\nrootdn "cn=Manager,dc=corp,dc=example"\n'
        f"rootpw {p}\n", p)
    p = pw()
    add("ldap-conf-bindpw", "etc/pam_ldap.conf",
        "host ldap.corp.example\nbase dc=corp,dc=example\nbinddn cn=pam,dc=corp,dc=example\n"
        f"bindpw {p}\n", p)
    p = pw()
    add("smb-credentials-file", "etc/samba/creds-backup",
        f"username=svc_backup\npassword={p}\ndomain=CORP\n", p)
    p = pw()
    add("mount-cifs-options", "scripts/mount_share.sh",
        f"mount -t cifs //fs01/backup /mnt/backup -o username=svc_backup,password={p},vers=3.0\n", p)
    p = pw()
    add("fstab-cifs", "etc/fstab",
        "UUID=0a1b2c3d / ext4 defaults 0 1\n"
        f"//fs01/share /mnt/share cifs username=svc,password={p},uid=1000 0 0\n", p)
    p = pw()
    add("wpa-supplicant-psk", "etc/wpa_supplicant/wpa_supplicant.conf",
        'ctrl_interface=/run/wpa_supplicant\nnetwork={\n    ssid="Plant-Floor"\n'
        f'    psk="{p}"\n}}\n', p)
    p = pw()
    add("docker-login-p", "ci/push.sh",
        f"docker login -u ci-bot -p {p} registry.corp.example\n", p)
    p = pw()
    add("docker-login-password", "ci/push2.sh",
        f"docker login registry.corp.example --username ci-bot --password {p}\n", p)
    p = pw()
    add("helm-repo-add", "ci/helm.sh",
        f"helm repo add corp https://charts.corp.example --username ci-bot --password {p}\n", p)
    p = pw()
    add("mysql-p", "scripts/backup.sh",
        f"mysql -h db.corp.example -u backup -p{p} -e 'SHOW DATABASES'\n", p)
    p = pw()
    add("mongo-uri", "config/mongo.js",
        f'const uri = "mongodb+srv://app:{p}@cluster0.corp.example/app?retryWrites=true";\n', p)
    # --- more command lines and tool files (second round) ------------------------------------------------------
    p = pw()
    add("teamcity-plain-param-dsl", ".teamcity/Deploy.kts",
        f'object Deploy : BuildType({{\n  params {{\n    param("env.SMTP_PASSWORD", "{p}")\n  }}\n}})\n', p)
    p = pw()
    add("ldapsearch-w", "scripts/ldap_audit.sh",
        f'ldapsearch -x -H ldaps://ldap.corp.example -D "cn=audit,ou=svc,dc=corp,dc=example" -w {p} -b dc=corp\n', p)
    p = pw()
    add("mount-cifs-pass-alias", "scripts/mount2.sh",
        f"mount.cifs //fs01/scans /mnt/scans -o user=scanner,pass={p},domain=CORP\n", p)
    p = pw()
    add("sshpass-p", "scripts/push.sh",
        f"sshpass -p '{p}' scp build.tgz deploy@app01.corp.example:/opt/releases/\n", p)
    p = pw()
    add("wget-password", "scripts/fetch.sh",
        f"wget --user=mirror --password={p} https://files.corp.example/dist/app.tgz\n", p)
    p = pw()
    add("openssl-passout", "scripts/mkcert.sh",
        f"openssl pkcs12 -export -in app.crt -inkey app.key -out app.p12 -passout pass:{p}\n", p)
    p = pw()
    add("keytool-storepass", "scripts/keystore.sh",
        f"keytool -importkeystore -srckeystore app.p12 -destkeystore app.jks -deststorepass {p} -noprompt\n", p)
    p = pw()
    add("sqlcmd-P", "scripts/db_init.cmd",
        f'sqlcmd -S sql01.corp.example -U sa -P "{p}" -i init.sql\n', p)
    p = pw()
    add("rabbitmqctl-add-user", "docker/rabbit-init.sh",
        f"rabbitmqctl add_user orders {p}\nrabbitmqctl set_user_tags orders management\n", p)
    p = pw()
    add("ipmitool-P", "scripts/power_cycle.sh",
        f"ipmitool -I lanplus -H 10.20.0.15 -U ADMIN -P {p} chassis power cycle\n", p)
    p = pw()
    add("xfreerdp-p", "scripts/rdp.sh",
        f"xfreerdp /v:jump01.corp.example /u:CORP\\ops /p:{p} /cert:ignore\n", p)
    p = pw()
    add("7z-password", "scripts/archive.sh",
        f"7z a -p{p} -mhe=on backup.7z /srv/exports\n", p)
    p = pw()
    add("zip-P", "scripts/archive2.sh",
        f"zip -r -P {p} exports.zip /srv/exports\n", p)
    p = pw()
    add("gpg-passphrase", "scripts/sign.sh",
        f"gpg --batch --pinentry-mode loopback --passphrase {p} --detach-sign release.tgz\n", p)
    p = pw()
    add("mongosh-password", "scripts/mongo_admin.sh",
        f"mongosh --host mongo01.corp.example --username admin --password {p} --authenticationDatabase admin\n", p)
    p = pw()
    add("snmpwalk-v3", "scripts/snmp_poll.sh",
        f"snmpwalk -v3 -l authPriv -u monitor -a SHA -A {p} -x AES -X \"$SNMP_PRIV\" 10.0.0.1\n", p)
    p = "".join(rng.choice("0123456789ABCDEF") for _ in range(48))
    add("winscp-obfuscated-hex", "tools/WinSCP2.ini",
        "[Sessions\\upload@ftp.corp.example]\nHostName=ftp.corp.example\nUserName=upload\n"
        f"Password={p}\n", p)
    p = alnum(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
    add("rclone-obscured-pass", "home/ops/.config/rclone/sftp.conf",
        f"[nas]\ntype = sftp\nhost = nas.corp.example\nuser = backup\npass = {p}\n", p)
    p = pw()
    add("maven-passphrase", "home/ci/.m2/settings.xml",
        "<settings>\n  <servers>\n    <server>\n      <id>gpg.passphrase</id>\n"
        f"      <passphrase>{p}</passphrase>\n    </server>\n  </servers>\n</settings>\n", p)
    p = pw()
    add("prose-temp-password", "mail/reset.txt",
        f"Hi Sam,\n\nI reset your VPN account. Temporary password {p} - you will be asked to change it.\n", p)
    p = pw()
    add("prose-creds-slash", "docs/runbooks/jenkins.md",
        f"## Jenkins\n\ncreds: admin/{p}\n", p)
    p = pw()
    add("prose-your-password", "mail/welcome.eml",
        "Subject: Welcome\n\nYour login is jdoe.\n"
        f"Your password: {p}\n", p)
    # --- third round: XML/JSON key-value shapes and prose markup ------------------------------------------------
    p = pw()
    add("hibernate-cfg-property-text", "src/main/resources/hibernate.cfg.xml",
        "<hibernate-configuration>\n  <session-factory>\n"
        '    <property name="hibernate.connection.username">app</property>\n'
        f'    <property name="hibernate.connection.password">{p}</property>\n'
        "  </session-factory>\n</hibernate-configuration>\n", p)
    p = pw()
    add("tomcat-users", "conf/tomcat-users.xml",
        "<tomcat-users>\n"
        f'  <user username="deployer" password="{p}" roles="manager-script"/>\n</tomcat-users>\n', p)
    p = pw()
    add("postman-environment", "postman/staging.postman_environment.json",
        '{\n  "name": "staging",\n  "values": [\n    {"key": "baseUrl", "value": "https://api.corp.example", '
        '"enabled": true},\n'
        f'    {{"key": "password", "value": "{p}", "enabled": true}}\n  ]\n}}\n', p)
    p = pw()
    add("insomnia-env", "insomnia/env.json",
        f'{{"_type": "environment", "data": {{"api_user": "svc", "api_password": "{p}"}}}}\n', p)
    p = pw()
    add("jmeter-user-defined-var", "perf/load.jmx",
        '<elementProp name="DB_PASSWORD" elementType="Argument">\n'
        '  <stringProp name="Argument.name">DB_PASSWORD</stringProp>\n'
        f'  <stringProp name="Argument.value">{p}</stringProp>\n</elementProp>\n', p)
    p = pw()
    add("markdown-bold-password", "docs/runbooks/wiki.md",
        f"## Wiki admin\n\n**User:** admin  \n**Password:** {p}\n", p)
    p = pw()
    add("chat-creds-colon-pair", "exports/slack/dev.txt",
        f"[14:02] kim: creds are admin:{p} on the staging box\n", p)
    p = pw()
    add("log-user-pass-pair", "logs/provision.log",
        f"2026-12-01T10:00:00Z INFO created account user=svc_etl pass={p} role=reader\n", p)
    p = pw()
    add("chat-login-pass-slash", "exports/teams/it.json",
        f'{{"from": "it", "text": "login/pass: kiosk01/{p}"}}\n', p)
    p = pw()
    add("ticket-arrow-password", "exports/jira/OPS-4411.txt",
        f"Root password -> {p} (rotated 2026-11-30)\n", p)
    # --- prose ----------------------------------------------------------------------------------------------
    p = pw()
    add("runbook-login-slash-password", "docs/runbooks/grafana.md",
        "# Grafana restore\n\nAfter the restore, sign in to the admin UI.\n\n"
        f"login: admin / password: {p}\n\nThen rotate it.\n", p)
    p = pw()
    add("chat-the-password-is", "exports/slack/ops-2026-11-30.txt",
        f"[09:14] dana: the password is {p} for the staging bastion\n[09:15] lee: thanks\n", p)
    p = pw()
    add("chat-pw-still", "exports/slack/ops-2026-12-01.txt",
        f"[10:02] lee: did you rotate the vpn account?\n[10:03] dana: no, pw still {p}\n", p)
    p = pw()
    add("markdown-table-user-password", "docs/environments.md",
        "| env | user | password |\n|-----|------|----------|\n"
        f"| staging | admin | {p} |\n", p)
    p = pw()
    add("email-credentials", "mail/onboarding.eml",
        "From: it@corp.example\nTo: newhire@corp.example\nSubject: Your accounts\n\nHi,\n\n"
        f"Username: jdoe\nPassword: {p}\n\nPlease change it at first login.\n", p)
    p = pw()
    add("email-inline-credentials", "mail/vendor.txt",
        "Hello team,\n\n"
        f"You can log in with username vendor01 and password {p} until Friday.\n\nRegards\n", p)
    p = pw()
    add("chat-creds-user-slash-pw", "exports/teams/ops-channel.json",
        f'{{"from": "dana", "text": "creds for the staging grafana: admin / {p}"}}\n', p)
    p = pw()
    add("runbook-bullets-user-password", "docs/runbooks/vpn.md",
        "## Break-glass VPN account\n\n- host: vpn.corp.example\n- user: breakglass\n"
        f"- password: `{p}`\n", p)
    p = pw()
    add("ticket-csv-password", "exports/tickets.csv",
        "id,summary,body\n"
        f'4411,"new kiosk","kiosk account created, user kiosk01 pass {p} - please change"\n', p)
    p = "pat-na1-" + "-".join((hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)))
    add("hubspot-private-app-token", "integrations/hubspot.py",
        f'HUBSPOT = "{p}"\n', p)
    p = "pat-eu1-" + "-".join((hexs(8), hexs(4), hexs(4), hexs(4), hexs(12)))
    add("hubspot-token-env", "integrations/.env",
        f"CRM_TOKEN={p}\n", p)
    raw = alnum(30) + "/+" + alnum(8)
    enc = urllib.parse.quote(raw, safe="")
    add("aws-secret-urlencoded", "scripts/sync.sh",
        "curl -s \"https://backup.corp.example/sync?access_key=${AWS_ACCESS_KEY_ID}"
        + f"&secret_key={enc}\"\n", enc)
    p = base64.b64encode(f"svc-report:{pw()}".encode()).decode()
    add("authorization-basic", "docs/api.http",
        f"GET https://api.corp.example/v1/reports\nAuthorization: Basic {p}\n", p)
    p = base64.b64encode(f"svc-report:{pw()}".encode()).decode()
    add("authorization-basic-curl", "scripts/report.sh",
        f'curl -H "Authorization: Basic {p}" https://api.corp.example/v1/reports\n', p)
    return out


def main(argv: "list[str] | None" = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=17)
    ap.add_argument("--only", choices=("block", "weak", "miss"), help="print only cases with this outcome")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--clean", action="store_true", help="precision twin: each planted value replaced by a reference "
                    "(${NAME}, %%NAME%%, {{ name }}, $NAME in turn); every finding on those lines is a false positive")
    ap.add_argument("--typed", action="store_true", help="human-chosen passwords (words and a number) instead of "
                    "machine-random ones")
    args = ap.parse_args(argv)
    rng = random.Random(args.seed)
    base = tempfile.mkdtemp(prefix="probe-tools-")
    root = os.path.join(base, "workspace")
    try:
        planted = {}
        refs = ("${DEPLOY_PASSWORD}", "%DEPLOY_PASSWORD%", "{{ deploy_password }}", "$DEPLOY_PASSWORD")
        for i, (name, rel, text, secret) in enumerate(cases(rng, args.typed)):
            if args.clean:
                text = text.replace(secret, refs[i % len(refs)])
                secret = refs[i % len(refs)]
            path = os.path.join(root, rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as fh:
                fh.write(text)
            line = next(i for i, ln in enumerate(text.splitlines(), 1) if secret in ln)
            planted[name] = (rel, line, secret)
        cmd = [sys.executable, "-m", "credgate", "dir", root, "--format", "json", "--no-redact", "-q",
               "--no-progress"]
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=base)
        report = json.loads(proc.stdout)
        by_loc: "dict[tuple[str, int], list[dict]]" = {}
        for f in report["findings"]:
            rel = os.path.relpath(os.path.join(base, f["path"]), root) if not os.path.isabs(f["path"]) \
                else os.path.relpath(f["path"], root)
            by_loc.setdefault((rel, f["line"]), []).append(f)
        if args.clean:
            fps = [(rel, line, f["rule_id"], f["severity"]) for (rel, line, _s) in planted.values()
                   for f in by_loc.get((rel, line), [])]
            for fp in fps:
                print("fp    ", *fp)
            print(f"clean cases {len(planted)}: findings on the planted lines {len(fps)}")
            return 0
        counts = {"block": 0, "weak": 0, "miss": 0}
        for name, (rel, line, secret) in planted.items():
            # a percent-encoded secret is reported decoded (credgate/linter/decode.py)
            forms = {secret, urllib.parse.unquote(secret)}
            hits = [f for f in by_loc.get((rel, line), []) if any(
                form in f["secret"] or (f["secret"] in form and len(f["secret"]) >= len(form) // 2)
                for form in forms)]
            if not hits:
                outcome, rule, sev = "miss", "-", "-"
            else:
                best = max(hits, key=lambda f: RANK[f["severity"]])
                rule, sev = best["rule_id"], best["severity"]
                outcome = "block" if RANK[sev] >= RANK["medium"] else "weak"
            counts[outcome] += 1
            if not args.only or args.only == outcome:
                print(f"{outcome:5}  {name:34} {sev:8} {rule}")
        print(f"cases {len(planted)}: block {counts['block']}, weak {counts['weak']}, miss {counts['miss']}")
    finally:
        if args.keep:
            print("kept", base)
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
