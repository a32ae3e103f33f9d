"""fresh29 templates, operations: home directories, scripts, SQL and CSV exports, logs, runbooks and wiki
pages, e-mails, chat exports, tickets, notebooks, keys and certificates, HAR exports, backups.
Markers: bench/corpora/render.py and README.md."""

FILES = []

PEOPLE = [("obrennan", "Oksana Brennan"), ("yhaddad", "Yusuf Haddad"), ("mleclerc", "Mireille Leclerc"),
          ("tqureshi", "Tariq Qureshi"), ("iholm", "Ingrid Holm"), ("eokafor", "Emeka Okafor")]

for i, (u, name) in enumerate(PEOPLE):
    FILES.append((f"home/{u}/.aws/credentials", f"""
[default]
aws_access_key_id = «akid:home-{u}»  ⟦aws-key-id|personal key in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:home-{u}»  ⟦aws-secret|personal secret in ~/.aws/credentials⟧

[lakehouse]
role_arn = arn:aws:iam::704392851166:role/analyst
source_profile = default
"""))
    FILES.append((f"home/{u}/.aws/config", f"""
[default]
region = eu-west-1
output = json

[profile sso-prod]
sso_session = kestrel
sso_account_id = 618204937715
sso_role_name = ReadOnly
"""))

FILES.append(("home/obrennan/.bash_history", """
cd ~/src/hangarflow
psql "postgresql://hangarflow_admin:«pw:cfn-hangarflow»@hangarflow-db.internal/hangarflow"  ⟦conn-string|database URL with password in shell history⟧
export PGPASSWORD='«pwc:cfn-partsyard»'  ⟦password|PGPASSWORD in shell history⟧
mysql -h partsyard-db.internal -u partsyard_admin -p«pwc:cfn-partsyard» partsyard  ⟦password|mysql -p in shell history⟧
aws sts get-caller-identity
git push origin main
redis-cli -h cellwatch-cache.internal -a «pwr:cellredis» ping  ⟦password|redis-cli -a in shell history⟧
"""))
FILES.append(("home/yhaddad/.zsh_history", """
: 1764851000:0;kubectl -n mro get pods
: 1764851042:0;helm upgrade trainpath ./chart --set externalDatabase.password=«pwn:helmtrain»  ⟦password|helm --set password in shell history⟧
: 1764851120:0;sshpass -p '«pw6:nwedi»' sftp kestrel_mro@sftp.northwind-air.com  ⟦password|sshpass -p in shell history⟧
: 1764851300:0;op read op://mro/edigate/skylark-api-key  ⟪1Password reference⟫
"""))
FILES.append(("home/mleclerc/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", """
Get-ADUser -Filter 'Name -like "*ndt*"'
net user trainee01 «pw:traineereset» /domain  ⟦password|net user password in PowerShell history⟧
cmdkey /add:ks-fs01 /user:KESTREL\\svc-ndt /pass:«pwp:ndtshare»  ⟦password|cmdkey /pass in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance efb-sql -Username efb_app -Password '«pwn:efbsql»' -Query "select 1"  ⟦password|Invoke-Sqlcmd -Password⟧
"""))
FILES.append(("home/tqureshi/.pgpass", """
hangarflow-db.internal:5432:hangarflow:hangarflow_app:«pw:spring-hangarflow»  ⟦password|.pgpass entry⟧
cellwatch-db.internal:5432:*:cell_ci:«pwn:gitlabci»  ⟦password|.pgpass entry⟧
"""))
FILES.append(("home/tqureshi/.my.cnf", """
[client]
host=ndtlog-db.internal
user=ndtlog_admin
password="«pwx:ndtmycnf»"  ⟦password|.my.cnf password⟧
"""))
FILES.append(("home/iholm/.ssh/id_ed25519", """
«openssh:edholm:iholm@kat-lt-114»  ⟦private-key|OpenSSH private key in a home directory⟧
"""))
FILES.append(("home/iholm/.ssh/id_ed25519.pub", """
«sshpub:edholm:iholm@kat-lt-114»  ⟪SSH public key⟫
"""))
FILES.append(("home/iholm/.ssh/config", """
Host edi-bastion
  HostName 34.«num:3-bast1».«num:2-bast2».9
  User ec2-user
  IdentityFile ~/.ssh/id_ed25519
Host northwind-sftp
  HostName sftp.northwind-air.com
  User kestrel_mro
"""))
FILES.append(("home/iholm/.git-credentials", """
https://iholm:«ghp:holm»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
https://iholm:«glpat:holm»@git.kestrel-mro.aero  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""))
FILES.append(("home/eokafor/.docker/config.json", """
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:eokafor»"},  ⟦docker-hub|docker config auth (base64 of user:token)⟧
    "618204937715.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""))
FILES.append(("home/eokafor/.npmrc", """
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:okafor»  ⟦npm|npm token in .npmrc⟧
@kestrel:registry=https://nexus.kestrel-mro.aero/repository/npm-private/
//nexus.kestrel-mro.aero/repository/npm-private/:_auth=«basic:nexusnpm»  ⟦password-b64|base64 basic auth in .npmrc⟧
"""))
FILES.append(("home/eokafor/.netrc", """
machine nexus.kestrel-mro.aero login deployer password «pwc:nexus»  ⟦password|.netrc password⟧
machine api.heroku.com login eokafor@kestrel-mro.aero password «heroku:okafor»  ⟦app-secret|Heroku API key in .netrc⟧
"""))
FILES.append(("home/eokafor/.kube/config", """
apiVersion: v1
kind: Config
clusters:
  - name: mro-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.eu-west-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
contexts:
  - name: mro-prod
    context: {cluster: mro-prod, user: eokafor}
users:
  - name: eokafor
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, mro-prod]  ⟪exec plugin⟫
  - name: ci-deployer
    user:
      token: «b62:64-k8stoken»  ⟦app-secret|static Kubernetes bearer token in kubeconfig⟧
"""))
FILES.append(("home/obrennan/notes.txt", """
things to remember
- jamf api user: api-efb / «pw:jamf»  ⟦password|password in personal notes⟧
- hangar 2 door panel: ask Dieter, it's on the laminated card
- PagerDuty AOG service key «pdkey:aog»  ⟦pagerduty|PagerDuty routing key in notes⟧
- lakehouse snowflake me: WREN_ANALYST / «pwn:dbtdev»  ⟦password|Snowflake password in notes⟧
"""))

FILES.append(("ops/keys/edi-as2.key", """
«pem:pkcs8:rsaas2»  ⟦private-key|AS2 signing private key⟧
"""))
FILES.append(("ops/keys/edi-as2.crt", """
«cert:rsaas2:as2.kestrel-mro.aero»  ⟪certificate⟫
"""))
FILES.append(("ops/keys/efb-mdm-push.pem", """
«pem:trad:ecmdm»  ⟦private-key|EC private key for MDM push⟧
«cert:ecmdm:mdm.kestrel-mro.aero»  ⟪certificate⟫
"""))
FILES.append(("ops/keys/oem-portal-pub.pem", """
«pubpem:ecoem»  ⟪public key⟫
"""))

FILES.append(("ops/scripts/rotate-edi-keys.sh", """
#!/usr/bin/env bash
# rotate the EDI integration user's keys (ticket MROIT-2291)
set -euo pipefail
OLD_KEY=«akid:edi-old»  ⟦aws-key-id|key ID hard-coded in a rotation script⟧
aws iam create-access-key --user-name edigate-integration > /tmp/newkey.json
aws iam update-access-key --user-name edigate-integration --access-key-id "$OLD_KEY" --status Inactive
aws secretsmanager put-secret-value --secret-id edigate/aws --secret-string file:///tmp/newkey.json
shred -u /tmp/newkey.json
"""))
FILES.append(("ops/scripts/restore-hangarflow.sh", """
#!/bin/bash
# restore last night's snapshot into the stage instance
export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id hangarflow/stage-db --query SecretString --output text)"  ⟪fetched from Secrets Manager⟫
pg_restore -h hangarflow-stage.internal -U hangarflow_admin -d hangarflow /backups/hangarflow.dump
"""))
FILES.append(("ops/scripts/push-spec2000.py", """
import paramiko

HOST = "sftp.skylarkairways.com"
USER = "kestrel"
PASSWORD = "«pwr:skylarksftp»"  ⟦password|customer SFTP password in a script⟧

t = paramiko.Transport((HOST, 22))
t.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(t)
sftp.put("out/reliability_2026-11.xml", "inbound/reliability_2026-11.xml")
"""))
FILES.append(("ops/scripts/training-sync.ps1", """
$ErrorActionPreference = "Stop"
$LmsToken = "«hex:32-moodle»"  ⟦app-secret|Moodle token in a PowerShell script⟧
$Headers = @{ Authorization = "Bearer $LmsToken" }
$records = Invoke-RestMethod -Uri "https://lms.kestrel-mro.aero/webservice/rest/server.php?wsfunction=core_completion_get" -Headers $Headers
$records | Export-Csv -Path \\\\ks-fs01\\training\\completions.csv -NoTypeInformation
"""))
FILES.append(("ops/scripts/backup-crib.bat", """
@echo off
set PGPASSWORD=«pwn:cribbackup»  ⟦password|PGPASSWORD in a batch file⟧
"C:\\Program Files\\PostgreSQL\\16\\bin\\pg_dump.exe" -h toolcrib-db.internal -U crib_backup toolcrib > D:\\backup\\toolcrib.sql
"""))
FILES.append(("ops/scripts/sql/create-roles.sql", """
CREATE ROLE bi_reader LOGIN PASSWORD '«pw:bireader»';  ⟦password|CREATE ROLE password⟧
CREATE ROLE glue_reader LOGIN PASSWORD '«pwn:glue»';  ⟦password|CREATE ROLE password⟧
ALTER ROLE hangarflow_app PASSWORD 'md5«hex:32-pgmd5»';  ⟪md5 password hash⟫
GRANT SELECT ON ALL TABLES IN SCHEMA public TO bi_reader;
"""))

FILES.append(("ops/exports/users-trainpath.sql", """
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: trainpath-db.internal    Database: trainpath
INSERT INTO `users` VALUES (1,'admin','«bcrypt:u1»','2024-02-11'),(2,'wren','«bcrypt:u2»','2025-06-01');  ⟪bcrypt hashes⟫
INSERT INTO `integrations` VALUES (1,'moodle','«hex:32-moodle»',1),(2,'easa-portal','«pwx:easaportal»',1);  ⟦app-secret|integration secrets in a SQL dump⟧
"""))
FILES.append(("ops/exports/contractor-accounts.csv", """
name,company,username,temp_password,expires
Callum Reyes,Aeroskill Staffing,creyes,«pw:tmp1»,2026-12-31  ⟦password|contractor password in a CSV export⟧
Paloma Duarte,Aeroskill Staffing,pduarte,«pw:tmp2»,2026-12-31  ⟦password|contractor password in a CSV export⟧
Joaquin Ferro,Blackline NDT,jferro,«pwc:tmp3»,2027-01-15  ⟦password|contractor password in a CSV export⟧
Hana Sato,Blackline NDT,hsato,(sent by SMS),2027-01-15  ⟪no value⟫
"""))
FILES.append(("ops/exports/iam-key-report.csv", """
user,access_key_id,status,last_used
edigate-integration,«akid:edi-old»,Inactive,2026-10-02  ⟦?aws-key-id|inactive key ID in a key report⟧
scopevault-uploader,«akid:userdata-scope»,Active,2026-12-06  ⟦aws-key-id|key ID in a key report⟧
ci-terraform,«akid:tfprov»,Active,2026-12-07  ⟦aws-key-id|key ID in a key report⟧
legacy-docs,AKIA****************,Deleted,2024-03-01  ⟪masked key ID⟫
"""))

FILES.append(("ops/logs/edigate-2026-12-03.log", """
2026-12-03T02:00:01Z INFO  poller starting partner=northwind
2026-12-03T02:00:02Z DEBUG sftp connect host=sftp.northwind-air.com user=kestrel_mro password=«pw6:nwedi»  ⟦password|password in a debug log⟧
2026-12-03T02:00:04Z INFO  fetched 14 files (SPEC2000 CH11 removals)
2026-12-03T02:00:05Z INFO  api key=****«tail:hex:40-oemsync»  ⟪masked key⟫
2026-12-03T02:00:06Z INFO  request_id=«uuid:req1» status=200  ⟪request id⟫
"""))
FILES.append(("ops/logs/cloudtrail-2026-12-05.json", """
{"Records": [
 {"eventTime": "2026-12-05T09:14:22Z", "eventName": "PutObject", "userIdentity": {"type": "IAMUser", "principalId": "«aida:scopeup»", "accessKeyId": "«akid:userdata-scope»", "userName": "scopevault-uploader"}},  ⟦aws-key-id|CloudTrail accessKeyId⟧
 {"eventTime": "2026-12-05T09:20:01Z", "eventName": "AssumeRole", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:lake»:wren"}, "requestID": "«uuid:ct2»"}  ⟪role unique id and request id⟫
]}
"""))
FILES.append(("ops/logs/alb-access.log", """
https 2026-12-04T10:11:02.112Z app/efbsync-alb/«hex:16-alb» 10.40.3.8:51422 10.40.9.12:8080 0.001 0.034 0.000 200 200 312 1840 "GET https://efbsync.kestrel-mro.aero:443/manuals/EMM-72-00.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261204%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-sig» HTTP/1.1"  ⟦aws-key-id|key ID in a presigned URL in an access log⟧
https 2026-12-04T10:11:05.402Z app/efbsync-alb/«hex:16-alb» 10.40.3.9:51430 10.40.9.12:8080 0.001 0.020 0.000 200 200 280 912 "GET https://efbsync.kestrel-mro.aero:443/health HTTP/1.1"
"""))

FILES.append(("docs/runbooks/aog-engine-change.md", """
# AOG engine change - IT checklist

1. Open the work package in hangarflow (WP type `AOG-ENG`).
2. Run cell RC2 booking: log in to the cell scheduler as `cellplanner`, password `«pwl:cellplanner»`.  ⟦password|password in backticks in a runbook⟧
3. Pull the EGT margin trend from the OEM portal; the API key is in Secrets Manager under `oembridge/vantorq`.  ⟪pointer to a secret store⟫
4. If the borescope upload fails, the station share password is «pw6:scopeshare1» (station 01 only).  ⟦password|password in runbook prose⟧
"""))
FILES.append(("docs/runbooks/hangar-door-fault.md", """
# Hangar door drive fault

- Web UI: http://10.41.8.10 (H1), http://10.41.8.11 (H2). User `admin`.
- Password: see the controller vault entry `ot/hangar-doors`; do **not** write it here.  ⟪pointer, no value⟫
- If the vault is down, Sentinel's engineer line is +44 1632 960 418.
- Reset sequence: E-stop, key switch to LOCAL, hold RESET 5 s.
"""))
FILES.append(("docs/wiki/lakehouse-access.md", """
## Getting lakehouse access

Ask in #data-platform. Analysts get the `analyst` role through SSO; nobody needs access keys.

For the AWS docs walkthrough you will see `«docs:akid»` / `«docs:secret»`; those are AWS's documentation values.  ⟪AWS documentation key pair⟫

The old shared user `lake_etl` (password `«pwc:lakeetl»`) was removed in October.  ⟦password|password of a removed user in a wiki page (still a password)⟧
"""))
FILES.append(("docs/wiki/new-starter.md", """
# New starter IT pack (training school and hangars)

Your first-logon password is `«pwc:firstlogon»`; you will be asked to change it.  ⟦?password|default first-logon password in an onboarding page⟧
Tablet PIN is set by you at enrolment. The hangar Wi-Fi joins automatically.
"""))

FILES.append(("mail/2026-11-18-oem-portal-access.eml", """
From: Dieter Vogt <dvogt@kestrel-mro.aero>
To: Nadia Karim <nkarim@kestrel-mro.aero>
Subject: Re: Aerolith portal access for the engine shop
Date: Wed, 18 Nov 2026 14:02:11 +0000
Message-ID: <«hex:24-msgid»@kestrel-mro.aero>  ⟪message id⟫

Hi Nadia,

I set up the shared engine shop login for the Aerolith portal:
  user: kestrel-engshop
  password: «pwn:aerolith»  ⟦password|portal password in an e-mail⟧

Please don't forward. I'll move it into the vault next week.

Dieter
"""))
FILES.append(("mail/2026-12-01-skylark-sftp.eml", """
From: EDI Team <edi@skylarkairways.com>
To: edi@kestrel-mro.aero
Subject: New SFTP credentials for reliability uploads

Dear Kestrel team,

Your new SFTP account is active. Username: kestrel. Temporary password: «pwr:skylarksftp»  ⟦password|SFTP password in a partner e-mail⟧
Our host key fingerprint is SHA256:«b64k:32-hostfp»  ⟪host key fingerprint⟫

Regards, Skylark Airways EDI
"""))
FILES.append(("chat/slack-mro-it-2026-12.json", """
[
 {"type": "message", "user": "U0«up:8-u1»", "ts": "1764840000.000100", "text": "cellwatch deploy failing, anyone got the influx token?"},
 {"type": "message", "user": "U0«up:8-u2»", "ts": "1764840060.000200", "text": "«urlsafe:64-influxtok»"},  ⟦app-secret|InfluxDB token pasted in Slack⟧
 {"type": "message", "user": "U0«up:8-u1»", "ts": "1764840120.000300", "text": "ta. also the key for the edi user is «akid:edi-old», rotating it today"},  ⟦aws-key-id|key ID in Slack⟧
 {"type": "message", "user": "U0«up:8-u3»", "ts": "1764840300.000400", "text": "please use the vault next time :pray:"}
]
"""))
FILES.append(("chat/teams-hangar2-shift.txt", """
[06:02] Callum Reyes: door 3 panel is asking for the engineer code again
[06:03] Dieter Vogt: it's «pin:4-fx1», don't share outside the shift  ⟦password|panel code in a chat⟧
[06:05] Callum Reyes: cheers. kiosk login still hangar-kiosk / «pwp:kioskauto»?  ⟦password|kiosk password in a chat⟧
[06:06] Dieter Vogt: yes
"""))
FILES.append(("tickets/MROIT-2307.json", """
{
  "key": "MROIT-2307",
  "summary": "Helvetic Cargo API returning 401",
  "reporter": "nkarim",
  "description": "Calls to the Helvetic maintenance API fail since Monday. Key we use: «b62:32-helvkey»",  ⟦app-secret|API key in a ticket description⟧
  "comments": [
    {"author": "iholm", "body": "Their key rotated. New one requested; stored under edigate/helvetic in Secrets Manager."}  ⟪pointer to a secret store⟫
  ]
}
"""))
FILES.append(("notebooks/rfid-read-rates.ipynb", """
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# RFID portal read rates, stores, November"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "import boto3\\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:nbrfid»', aws_secret_access_key='«awssec:nbrfid»')\\n"  ⟦aws-key-id|key pair in a notebook cell⟧
  ]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [], "source": ["df = load_reads('kat-partsyard-rfid', '2026-11')\\n"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""))
FILES.append(("ops/har/efbsync-login.har", """
{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "133.0"}, "entries": [
 {"request": {"method": "POST", "url": "https://efbsync.kestrel-mro.aero/api/login",
   "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=wren.ali&password=«pct:pwl:wrenefb»"}},  ⟦password|percent-encoded password in a HAR export⟧
  "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "efb_session=«urlsafe:32-efbsess»; Secure; HttpOnly"}]}},  ⟦?app-secret|session cookie in a HAR (expires)⟧
 {"request": {"method": "GET", "url": "https://efbsync.kestrel-mro.aero/api/taskcards?wp=WP-88213",
   "headers": [{"name": "Authorization", "value": "Bearer «jwt:wren»"}]}, "response": {"status": 200}}  ⟦jwt|bearer JWT in a HAR export⟧
]}}
"""))
FILES.append(("ops/backups/hangarflow-config-backup.json", """
{
  "exported": "2026-11-30T23:00:00Z",
  "settings": {
    "smtp.password": "«sesv4:ses-hangarflow»",  ⟦aws-ses-smtp|SES SMTP password in a config backup⟧
    "oem.apiKey": "«hex:40-oemsync»",  ⟦app-secret|OEM key in a config backup⟧
    "escaped": "\\u0070\\u0077:«uesc:pw:spring-hangarflow»"  ⟦password|unicode-escaped password in a backup⟧
  }
}
"""))
FILES.append(("ops/backups/aws-creds.b64", """
«b64:credini:backupb64»  ⟦aws-b64|whole credentials file in base64⟧
"""))

# --- per-service deploy env files (ECS/Copilot-style .env pushed by mistake) -----------------------------------
VENDORS = [
    ("GITHUB_TOKEN", "ghp", "github", "GitHub PAT"),
    ("SLACK_BOT_TOKEN", "xoxb", "slack", "Slack bot token"),
    ("SENTRY_DSN", "sentryold", "sentry", "legacy Sentry DSN with secret"),
    ("NEW_RELIC_LICENSE_KEY", "nrlic", "newrelic", "New Relic licence key"),
    ("DD_API_KEY", "ddapi", "datadog", "Datadog API key"),
    ("VAULT_TOKEN", "hvs", "vault", "Vault token"),
    ("ANTHROPIC_API_KEY", "ant", "anthropic", "Anthropic key"),
    ("HF_TOKEN", "hf", "huggingface", "Hugging Face token"),
    ("TELEGRAM_BOT_TOKEN", "telegram", "telegram", "Telegram bot token"),
    ("DATABRICKS_TOKEN", "dapi", "databricks", "Databricks token"),
    ("ATLASSIAN_API_TOKEN", "atl", "atlassian", "Atlassian API token"),
    ("OKTA_API_TOKEN", "okta", "okta", "Okta API token"),
]
from .files_iac import SVCS as _SVCS  # noqa: E402

for i, (svc, what, eng, rtype) in enumerate(_SVCS):
    a = VENDORS[i]
    b = VENDORS[(i + 5) % len(VENDORS)]
    FILES.append((f"deploy/env/{svc}.prod.env", f"""
# {svc} production environment (rendered by deploy.sh, should not be committed)
APP_ENV=production
{a[0]}=«{a[1]}:env-{svc}»  ⟦{a[2]}|{a[3]} in a deploy env file⟧
{b[0]}=«{b[1]}:envb-{svc}»  ⟦{b[2]}|{b[3]} in a deploy env file⟧
DB_PASSWORD_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:618204937715:secret:{svc}/db-«b62:6-envarn-{svc}»  ⟪Secrets Manager ARN⟫
BUILD_SHA=«sha:build-{svc}»  ⟪git SHA⟫
"""))

FILES.append(("deploy/env/.gitignore", """
*.env
"""))
FILES.append(("infra/tf/iam-vendors.tf", """
resource "aws_iam_user" "sentinel_fire" {
  name = "vendor-sentinel-fire"
}

resource "aws_iam_access_key" "sentinel_fire" {
  user    = aws_iam_user.sentinel_fire.name
  pgp_key = "keybase:kestrel_mroit"  ⟪pgp_key reference⟫
}

output "sentinel_secret" {
  value     = aws_iam_access_key.sentinel_fire.encrypted_secret  ⟪encrypted secret output⟫
  sensitive = true
}

locals {
  # TODO move to Secrets Manager - Aerolith engine health feed
  aerolith_feed_key_id     = "«akid:aerolithfeed»"  ⟦aws-key-id|partner key ID in Terraform locals⟧
  aerolith_feed_secret_key = "«awssec:aerolithfeed»"  ⟦aws-secret|partner secret in Terraform locals⟧
}
"""))
FILES.append(("infra/tf/ssm-params.tf", """
resource "aws_ssm_parameter" "hangar_wifi" {
  name  = "/ot/hangar-wifi-psk"
  type  = "SecureString"
  value = "«wifipsk:hangar»"  ⟦password|Wi-Fi PSK literal in a SecureString resource⟧
}

resource "aws_ssm_parameter" "edi_key" {
  name  = "/edigate/helvetic-key"
  type  = "SecureString"
  value = var.helvetic_key  ⟪variable reference⟫
}
"""))
FILES.append(("infra/cfn/eventbridge-connections.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: EventBridge API destinations to customer airlines (AOG notifications)
Resources:
  NorthwindConn:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: API_KEY
      AuthParameters:
        ApiKeyAuthParameters:
          ApiKeyName: x-api-key
          ApiKeyValue: «b62:40-nwaog»  ⟦app-secret|customer AOG API key in an EventBridge connection⟧
  SkylarkConn:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: BASIC
      AuthParameters:
        BasicAuthParameters:
          Username: kestrel-aog
          Password: '{{resolve:secretsmanager:aog/skylark:SecretString:password}}'  ⟪dynamic reference⟫
  HelveticConn:
    Type: AWS::Events::Connection
    Properties:
      AuthorizationType: OAUTH_CLIENT_CREDENTIALS
      AuthParameters:
        OAuthParameters:
          AuthorizationEndpoint: https://id.helveticcargo.ch/oauth2/token
          HttpMethod: POST
          ClientParameters:
            ClientID: kestrel-mro
            ClientSecret: «b62:48-helvoauth»  ⟦app-secret|OAuth client secret in an EventBridge connection⟧
"""))
FILES.append(("infra/cfn/transfer-family.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: SFTP drop for customer airlines' reliability data
Resources:
  EdiServer:
    Type: AWS::Transfer::Server
    Properties:
      IdentityProviderType: SERVICE_MANAGED
      Protocols: [SFTP]
  NorthwindUser:
    Type: AWS::Transfer::User
    Properties:
      ServerId: !GetAtt EdiServer.ServerId
      UserName: northwind-air
      Role: arn:aws:iam::618204937715:role/transfer-edi
      SshPublicKeys:
        - «sshpub:ednw:edi@northwind-air»  ⟪SSH public key⟫
  ConnectorSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: aws/transfer/c-skylark
      SecretString: '{"Username":"kestrel","Password":"«pwr:skylarksftp»"}'  ⟦password|SFTP connector password in SecretString⟧
"""))
FILES.append(("infra/cfn/vpn-engine-oem.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: Site-to-Site VPN to the engine OEM's on-site data service
Resources:
  OemVpn:
    Type: AWS::EC2::VPNConnection
    Properties:
      Type: ipsec.1
      CustomerGatewayId: cgw-«hex:17-cgw»  ⟪gateway id⟫
      TransitGatewayId: tgw-«hex:17-tgw»
      VpnTunnelOptionsSpecifications:
        - PreSharedKey: «lo:32-psk1»  ⟦password|VPN tunnel pre-shared key⟧
        - PreSharedKey: «lo:32-psk2»  ⟦password|VPN tunnel pre-shared key⟧
"""))
FILES.append(("deploy/ansible/group_vars/shopfloor.yml", """
ansible_user: KESTREL\\svc-ansible
ansible_password: "«pwx:ansiblewin»"  ⟦password|WinRM password in group_vars⟧
ansible_connection: winrm
ansible_winrm_transport: kerberos
scope_share_password: "{{ vault_scope_share_password }}"  ⟪vault variable⟫
"""))
FILES.append(("deploy/ansible/group_vars/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:32-av3»
"""))
FILES.append(("deploy/sops/edigate.enc.yaml", """
northwind_password: «sops:nw»  ⟪SOPS value⟫
skylark_password: «sops:sk»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:eu-west-1:618204937715:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""))
FILES.append(("deploy/nomad/rfid-bridge.nomad.hcl", """
job "rfid-bridge" {
  datacenters = ["stores"]
  group "bridge" {
    task "bridge" {
      driver = "docker"
      config { image = "ghcr.io/kestrel-aero/rfid-bridge:3.4.1" }
      template {
        data        = "MQTT_PASS={{ with secret \\"kv/rfid\\" }}{{ .Data.mqtt }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/env"
        env         = true
      }
      env {
        READER_PASSWORD = "«pw6:impinjrdr»"  ⟦password|RFID reader password in a Nomad job⟧
      }
    }
  }
}
"""))
FILES.append(("deploy/systemd/cellwatch-agent.service", """
[Unit]
Description=cellwatch run-cell agent
After=network-online.target

[Service]
Environment=CELLWATCH_URL=https://cellwatch.kestrel-mro.aero
Environment=CELLWATCH_TOKEN=«b62:40-cellagent»  ⟦app-secret|agent token in a systemd unit⟧
ExecStart=/opt/cellwatch/agent --cell RC1

[Install]
WantedBy=multi-user.target
"""))
FILES.append(("docs/runbooks/efb-tablet-reset.md", """
# EFB / mechanic tablet reset

1. In Jamf, send *Wipe* to the device; it re-enrols over `KAT-HANGAR-TECH`.
2. If it sits on the Wi-Fi screen, type the PSK by hand: «wifipsk:hangar»  ⟦password|Wi-Fi PSK in a runbook⟧
3. The EFB app logs in with SSO; no shared password.
4. Example config payloads in the Jamf docs use `your-psk-here`; ignore those.  ⟪placeholder in docs⟫
"""))
FILES.append(("docs/postmortems/2026-10-edi-outage.md", """
# Postmortem: EDI uploads stopped (2026-10-14)

Root cause: the Northwind SFTP password (`«pw6:nwedi»`) expired and nobody owned the rotation.  ⟦password|password quoted in a postmortem⟧
Detection: missed CH11 files noticed by the reliability engineer four days later.
Actions: move partner credentials to Secrets Manager (`edigate/northwind`), alert on missing files.  ⟪pointer to a secret store⟫
"""))
FILES.append(("chat/teams-export-engshop.json", """
{"messages": [
 {"from": "Nadia Karim", "createdDateTime": "2026-11-20T08:12:00Z", "body": {"content": "<p>who has the run cell OPC password?</p>"}},
 {"from": "Emeka Okafor", "createdDateTime": "2026-11-20T08:13:30Z", "body": {"content": "<p>RC2 is <code>«pw6:opcRC2»</code></p>"}},  ⟦password|password in a Teams export⟧
 {"from": "Nadia Karim", "createdDateTime": "2026-11-20T08:14:00Z", "body": {"content": "<p>thanks, and the grafana one is in the vault right?</p>"}},
 {"from": "Emeka Okafor", "createdDateTime": "2026-11-20T08:14:40Z", "body": {"content": "<p>yes, ot/grafana</p>"}}  ⟪pointer to a vault⟫
]}
"""))
FILES.append(("tickets/SNOW-INC0041877.txt", """
Number: INC0041877
Short description: Aeroskill contractor cannot log in to trainpath
Caller: Callum Reyes
Work notes:
  2026-12-02 09:40 (Paloma Duarte) reset password to «pwc:tmpreset1» and asked user to change on first login  ⟦?password|temporary reset password in a ticket⟧
  2026-12-02 10:05 (Paloma Duarte) user confirmed login OK
Resolution code: Solved (Permanently)
"""))
FILES.append(("ops/exports/oem-portal-users.json", """
[
  {"portal": "vantorq-techpubs", "user": "kestrel-engshop", "password": "«pwn:vantorqweb»", "mfa": false},  ⟦password|portal password in a JSON export⟧
  {"portal": "aerolith-fleetcare", "user": "kestrel-engshop", "password": "«pwn:aerolith»", "mfa": false},  ⟦password|portal password in a JSON export⟧
  {"portal": "caa-eportal", "user": "kestrel-part145", "password_ref": "vault:regulator/caa", "mfa": true}  ⟪vault reference⟫
]
"""))
FILES.append(("ops/exports/k8s-secret-dump.json", """
{"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "crewroster-payroll"},
 "data": {"PAYROLL_TOKEN": "«b64:b62:40-payroll»",  ⟦app-secret|base64 token in a Secret dump⟧
          "PAYROLL_URL": "«b64:lit:https://api.payline-hr.com/v2»"}}  ⟪base64 of a URL⟫
"""))
FILES.append(("ops/logs/codebuild-efb-2026-12-06.log", """
[Container] 2026/12/06 11:02:14.771 Running command echo "using key $AWS_ACCESS_KEY_ID"
using key «asia:cbtemp»  ⟦aws-key-id|temporary key ID echoed in a build log⟧
[Container] 2026/12/06 11:02:15.002 Running command npm ci
[Container] 2026/12/06 11:03:40.118 Phase complete: BUILD State: SUCCEEDED
"""))
FILES.append(("ops/scripts/hex-leftover.txt", """
# found in /tmp on the edi bastion during the October clean-up
«hexenc:credini:bastionhex»  ⟦aws-hex|hex-encoded credentials file⟧
"""))
FILES.append(("ops/scripts/double-b64.txt", """
«b64b64:awssec:aerolithfeed»  ⟦aws-b64|double base64 of an AWS secret⟧
"""))

FILES.append(("home/mleclerc/AppData/Roaming/FileZilla/sitemanager.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.northwind-air.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>kestrel_mro</User>
      <Pass encoding="base64">«b64:pw6:nwedi»</Pass>  ⟦password-b64|FileZilla base64 password⟧
    </Server>
  </Servers>
</FileZilla3>
"""))
FILES.append(("home/tqureshi/.s3cfg", """
[default]
access_key = «akid:s3cfg»  ⟦aws-key-id|key ID in .s3cfg⟧
secret_key = «awssec:s3cfg»  ⟦aws-secret|secret in .s3cfg⟧
host_base = s3.eu-west-1.amazonaws.com
"""))
FILES.append(("home/tqureshi/.config/rclone/rclone.conf", """
[scopevault]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|key ID in rclone.conf⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|secret in rclone.conf⟧

[ks-fs01]
type = smb
host = ks-fs01.kestrel.lan
user = svc-ndt
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible)⟧
"""))
FILES.append(("home/iholm/vpn/kestrel-hangar.ovpn.auth", """
iholm
«pwn:ovpn»  ⟦password|OpenVPN credentials file⟧
"""))
FILES.append(("home/iholm/wg-edi.conf", """
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.7/32

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
Endpoint = 34.«num:3-wg1».«num:2-wg2».200:51820
AllowedIPs = 10.40.0.0/16
"""))
FILES.append(("home/yhaddad/.vault-token", """
«hvs:yhaddad»  ⟦vault|Vault token file⟧
"""))
FILES.append(("home/yhaddad/.config/gh/hosts.yml", """
github.com:
    user: yhaddad
    oauth_token: «gho:yhaddad»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""))
FILES.append(("home/yhaddad/.terraform.d/credentials.tfrc.json", """
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:yhaddad»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""))
FILES.append(("ops/exports/airflow-connections.json", """
{
  "oem_trend": {"conn_type": "http", "host": "trend.aerolith-engines.com", "login": "kestrel", "password": "«pp:oemtrend»"},  ⟦password|Airflow connection password, passphrase⟧
  "lake_snowflake": {"conn_type": "snowflake", "login": "AIRFLOW", "password": "«snowpw:afsnow»", "extra": "{\\"account\\": \\"kat-eu1\\"}"},  ⟦password|Airflow connection password⟧
  "aws_default": {"conn_type": "aws", "extra": "{\\"role_arn\\": \\"arn:aws:iam::704392851166:role/airflow\\"}"}  ⟪role, no secret⟫
}
"""))
FILES.append(("ops/exports/mechanic-badges.csv", """
badge,name,stamp,door_pin,issued
B-1041,Callum Reyes,KAT-211,«pin:4-badge1»,2025-03-02  ⟦password|door PIN in a badge export⟧
B-1042,Paloma Duarte,KAT-212,«pin:4-badge2»,2025-03-02  ⟦password|door PIN in a badge export⟧
B-1043,Joaquin Ferro,KAT-219,«pin:4-badge3»,2025-06-11  ⟦password|door PIN in a badge export⟧
B-1044,Hana Sato,KAT-220,,2026-01-08  ⟪empty PIN⟫
"""))
FILES.append(("ops/scripts/percent-body.txt", """
# captured from the trainpath SSO debug page
grant_type=password&username=svc-trainpath&password=«pct:pwx:trainsvc»&client_id=trainpath  ⟦password|percent-encoded password in a form body⟧
client_secret=«pct:b62:40-trainclient»  ⟦app-secret|percent-encoded client secret⟧
"""))

FILES.append(("ops/exports/shared-logins-engshop.csv", """
system,url,user,password,owner,notes
Vantorq techpubs,https://techpubs.vantorq-engines.com,kestrel-engshop,«pwn:vantorqweb»,Dieter Vogt,shared  ⟦password|shared login sheet⟧
Aerolith FleetCare,https://fleetcare.aerolith-engines.com,kestrel-engshop,«pwn:aerolith»,Dieter Vogt,shared  ⟦password|shared login sheet⟧
ILS marketplace,https://www.ilsmart.com,kestrel-stores,«pwc:ils»,Hana Sato,stores  ⟦password|shared login sheet⟧
Run cell scheduler,http://10.43.1.5,cellplanner,«pwl:cellplanner»,Emeka Okafor,  ⟦password|shared login sheet⟧
Borescope licence portal,https://portal.optiview-nde.com,kat-scopes,«pw:optiview»,Emeka Okafor,licences  ⟦password|shared login sheet⟧
Calibration lab portal,https://customers.precal-labs.co.uk,kestrel,«pwp:precal»,Hana Sato,torque wrenches  ⟦password|shared login sheet⟧
Part-147 exam system,https://exams.kestrel-mro.aero,examadmin,«pwc:examadm»,Wren Ali,  ⟦password|shared login sheet⟧
CAA e-portal,https://eportal.caa-regulator.gov,kestrel-part145,see vault,Nadia Karim,MFA  ⟪pointer, no value⟫
Hangar door vendor,https://service.doortek-systems.com,kestrel,«pw:doortek»,Dieter Vogt,  ⟦password|shared login sheet⟧
"""))
FILES.append(("devices/school/lab-pcs.ini", """
; Part-147 training school - B1 practical lab PCs
[Domain]
JoinAccount=KESTREL\\svc-join
JoinPassword=«pwx:domainjoin»  ⟦password|domain join password in a lab setup file⟧
[CBT]
Server=cbt.kestrel-mro.aero
LicenceKey=«up:25-cbtlic»  ⟦?app-secret|CBT software licence key⟧
[StudentDefault]
Password=«pwp:studentdefault»  ⟦?password|default student password set on every lab PC⟧
[Instructor]
Password=«pwl:instructor»  ⟦password|instructor account password⟧
"""))
FILES.append(("devices/engine-shop/balancing-rig.cfg", """
# fan blade moment-weighing and balancing rig
rig.id=ES-BAL-01
export.sftp.host=ks-fs01.kestrel.lan
export.sftp.user=balrig
export.sftp.pass=«pwp:balrig»  ⟦password|SFTP password on a balancing rig⟧
service.menu.code=«pin:6-balsvc»  ⟦password|service menu code⟧
vendor.support.key=«uhex:24-balvendor»  ⟦app-secret|vendor remote-support key⟧
"""))
FILES.append(("ops/scripts/efb-mdm-enrol.py", """
import requests

JAMF = "https://kestrelaero.jamfcloud.com"
CLIENT_ID = "«uuid:jamfclient»"  # API client id  ⟪client id⟫
CLIENT_SECRET = "«b62:64-jamfsecret»"  ⟦app-secret|Jamf API client secret in a script⟧


def token() -> str:
    r = requests.post(f"{JAMF}/api/oauth/token", data={"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET,
                                                     "grant_type": "client_credentials"}, timeout=20)
    return r.json()["access_token"]
"""))
