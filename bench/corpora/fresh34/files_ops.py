"""fresh34 templates, operations and people: home directories, scripts, runbooks, wikis, chat, tickets, e-mails,
logs, HAR files, reports, exports and encoded leftovers. Markers: render.py and README.md."""

FILES = [
    ("home/rhughes/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:rhughes»  ⟦aws-key-id|personal key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:rhughes»  ⟦aws-secret|personal secret⟧

[trw-ot-readonly]
aws_access_key_id = «asia:rhughesot»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:rhughesot»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:rhughesot»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack test⟫
aws_secret_access_key = test  ⟪LocalStack test⟫
"""),
    ("home/rhughes/.aws/config", r"""
[default]
region = eu-west-2

[profile trw-prod-admin]
sso_session = trw
sso_account_id = 518204967331
sso_role_name = AdministratorAccess  ⟪SSO profile⟫

[profile vendor-noise]
credential_process = /usr/local/bin/aws-vault export --format=json vendor-noise  ⟪credential_process⟫
"""),
    ("home/rhughes/.bash_history", r"""
cd ~/src/bagtrack
aws sso login --profile trw-prod-admin
kubectl -n parkline get pods
PGPASSWORD='«pwn:analystpg»' psql -h bagdw.trw.local -U analyst bags -c 'select count(*) from bsm_events'  ⟦password|PGPASSWORD on a command line⟧
mysql -h parkline-prod.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com -u parkline -p«pwc:parkdb» parkline  ⟦password|mysql -p password⟧
redis-cli -h queue-cache.trw.local -a «pwr:queuecache» --tls info  ⟦password|redis-cli -a⟧
helm upgrade aodb ./deploy/helm/aodb -f values-prod.yaml --set rabbitmq.auth.password=«pw:aodbrabbit»  ⟦password|helm --set password⟧
export AWS_PROFILE=trw-prod-admin
git log --oneline | head
"""),
    ("home/mkowalczyk/.zsh_history", r"""
: 1764830012:0;ssh -i ~/.ssh/trw_ot ops@bhs-jump01
: 1764830100:0;curl -u aodb-sync:«pw6:rms» https://rms.trw.local/api/v9/stands?airport=TRW  ⟦password|curl -u user:password⟧
: 1764830250:0;export GITHUB_TOKEN=«ghp:mkowal»  ⟦github|GitHub PAT exported in history⟧
: 1764830301:0;gh pr list --repo tarrow-airports/fids-render
: 1764830420:0;sshpass -p '«pw6:ewon»' ssh adm@10.84.21.9  ⟦password|sshpass -p⟧
: 1764830502:0;aws s3 ls s3://trw-ot-archive/bhs/
"""),
    ("home/mkowalczyk/.ssh/trw_ot", r"""
«openssh:ed-mkowalot:mkowalczyk@trw-ot»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/mkowalczyk/.ssh/trw_ot.pub", r"""
«sshpub:ed-mkowalot:mkowalczyk@trw-ot»  ⟪SSH public key⟫
"""),
    ("home/mkowalczyk/.ssh/config", r"""
Host bhs-jump01
  HostName 10.60.1.5
  User ops
  IdentityFile ~/.ssh/trw_ot
Host github.com
  IdentityFile ~/.ssh/id_ed25519
"""),
    ("home/mkowalczyk/.git-credentials", r"""
https://mkowalczyk:«ghp:mkowal2»@github.com  ⟦github|PAT in .git-credentials⟧
https://trw-ci:«glpat:gitcred»@gitlab.trw.local  ⟦github|GitLab PAT in .git-credentials⟧
"""),
    ("home/mkowalczyk/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:mk»"},  ⟦docker-hub|docker auth with a Docker Hub PAT⟧
    "271950384416.dkr.ecr.eu-west-2.amazonaws.com": {}
  },
  "credsStore": "desktop"  ⟪credential store⟫
}
"""),
    ("home/mkowalczyk/.kube/config", r"""
apiVersion: v1
clusters:
- cluster:
    certificate-authority-data: «b64cert:ec-eksca:trw-eks-ca»  ⟪base64 CA certificate⟫
    server: https://«uhex:32-eksid».gr7.eu-west-2.eks.amazonaws.com
  name: trw-prod
users:
- name: trw-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, trw-prod]  ⟪exec plugin⟫
- name: lab-static
  user:
    token: «b62:48-k8stoken»  ⟦app-secret|static service-account token in kubeconfig⟧
"""),
    ("home/apatel/.pgpass", r"""
aodb-ro.trw.local:5432:aodb:airflow:«pw:airflowaodb»  ⟦password|.pgpass password⟧
bagdw.trw.local:5432:bags:analyst:«pwn:analystpg»  ⟦password|second .pgpass line⟧
"""),
    ("home/apatel/.my.cnf", r"""
[client]
user=parkline
password=«pwc:parkdb»  ⟦password|.my.cnf password⟧
host=parkline-prod.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com
"""),
    ("home/apatel/.netrc", r"""
machine nexus.trw.local login trw-ci password «pwc:nexus»  ⟦password|.netrc password⟧
machine api.heroku.com login apatel@tarrow-airports.com password «heroku:hk»  ⟦app-secret|Heroku API key in .netrc⟧
"""),
    ("home/apatel/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:apatel»  ⟦npm|npm token in .npmrc⟧
@tarrow:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GH_PACKAGES_TOKEN}  ⟪env reference⟫
"""),
    ("home/apatel/notes/todo.md", r"""
- chase Vanmark re EBS crane fault codes (ticket VS-11842)
- parking: pre-book refunds stuck, Stripe dashboard > payments > failed
- rotate the old noise vendor key!! currently «b62:32-noise» in 4 places  ⟦app-secret|same noise key in personal notes⟧
- AGL: ask Lumenfield for the ILCU firmware 4.2 notes
- bhs historian login for grafana: grafana_ro / «pwn:bhshist»  ⟦password|historian password in personal notes⟧
"""),
    ("home/svc-ops/.config/rclone/rclone.conf", r"""
[ot-archive]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone secret⟧
region = eu-west-2

[sita-sftp]
type = sftp
host = sftp.sita.aero
user = trwbagarch
pass = «b62:40-rcloneobsc»  ⟦?password|rclone-obscured password (reversible)⟧
"""),
    ("home/svc-ops/.s3cfg", r"""
[default]
access_key = «akid:s3cfg»  ⟦aws-key-id|s3cmd key id⟧
secret_key = «awssec:s3cfg»  ⟦aws-secret|s3cmd secret⟧
host_base = s3.eu-west-2.amazonaws.com
"""),
    ("home/jdavies/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser -Filter {Name -like "*vanmark*"}
Set-ADAccountPassword -Identity svc-rmsexport -Reset -NewPassword (ConvertTo-SecureString "«pwn:rmsexport»" -AsPlainText -Force)  ⟦password|AD reset in PowerShell history⟧
cmdkey /add:bhs-eng01 /user:TRW\svc-plcbuild /pass:«pwn:plcbuild»  ⟦password|cmdkey /pass⟧
net user kioskadmin «pwl:kioskadmin» /domain  ⟦password|net user password⟧
Enter-PSSession -ComputerName FIN-APP02
"""),
    ("home/jdavies/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.trw-partners.com</Host>
      <Protocol>1</Protocol>
      <User>df-trw</User>
      <Pass encoding="base64">«b64:pw6:dufry»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Duty free turnover drop</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/jdavies/WinSCP.ini", r"""
[Sessions\tetrarec@voicerec.trw.local]
HostName=voicerec.trw.local
UserName=tetrarec
Password=A35C«uhex:60-winscp»  ⟪WinSCP obfuscated password⟫
"""),
    ("tls/aodb-api.key", r"""
«pem:pkcs8:rsa-aodbtls»  ⟦private-key|TLS private key⟧
"""),
    ("tls/aodb-api.crt", r"""
«cert:rsa-aodbtls:aodb.int.tarrow-airports.com»  ⟪certificate⟫
"""),
    ("tls/nm-b2b-client.pub.pem", r"""
«pubpem:ec-nmclient»  ⟪public key⟫
"""),
    ("scripts/rotate_vendor_keys.sh", r"""
#!/usr/bin/env bash
# Rotates the IAM key of the BHS vendor's upload user. OLD key below is to be deleted after cut-over.
set -euo pipefail
OLD_KEY_ID=«akid:vanmarkupload»  ⟦aws-key-id|old vendor key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name vanmark-upload)
echo "$NEW" | jq -r .AccessKey.SecretAccessKey | aws secretsmanager put-secret-value --secret-id vendors/vanmark/upload --secret-string file:///dev/stdin  ⟪piped to a secret store⟫
aws iam update-access-key --user-name vanmark-upload --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/restore_parking_db.sh", r"""
#!/bin/bash
# DR restore of the parking DB into the staging account (Runbook PK-DR-02)
export MYSQL_PWD='«pwc:parkdb»'  ⟦password|MYSQL_PWD export in a script⟧
aws rds restore-db-instance-to-point-in-time --source-db-instance-identifier parkline-prod --target-db-instance-identifier parkline-dr --use-latest-restorable-time
mysql -h parkline-dr.c9x4m2kq7w1e.eu-west-2.rds.amazonaws.com -u parkline parkline < anonymise.sql
"""),
    ("scripts/sql/roles.sql", r"""
-- AODB read roles (run as aodb_owner)
CREATE ROLE fids_ro LOGIN PASSWORD '«pwn:fidsro»';  ⟦password|CREATE ROLE password⟧
CREATE ROLE airflow LOGIN PASSWORD '«pw:airflowaodb»';  ⟦password|second CREATE ROLE password⟧
ALTER ROLE aodb_app PASSWORD 'SCRAM-SHA-256$4096:«b64k:16»$«b64k:32»:«b64k:32»';  ⟪SCRAM verifier⟫
GRANT SELECT ON ALL TABLES IN SCHEMA public TO fids_ro;
"""),
    ("scripts/export_noise.sh", r"""
#!/bin/sh
curl -sf -H "Authorization: Token ${NOISE_VENDOR_TOKEN:?set in Buildkite}" "$NOISE_VENDOR_URL/events?from=$(date -d yesterday +%F)" > noise.json  ⟪env reference⟫
aws s3 cp noise.json s3://trw-env-data/noise/$(date +%F).json
"""),
    ("scripts/ses_smtp_from_key.py", r"""
'''Derive an SES SMTP password from an IAM secret (AWS's documented algorithm). Usage: python ses_smtp_from_key.py SECRET REGION'''
import base64, hashlib, hmac, sys

def sign(key, msg):
    return hmac.new(key, msg.encode("utf-8"), hashlib.sha256).digest()

# docs value, do not use: «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("docs/runbooks/bhs-failover.md", r"""
# BHS level-2 failover (T2)

1. Confirm in WinCC OA (`D:/Projects/TRW_BHS_T2`) that SCADA-A has lost the sorter PLC heartbeat.
2. On SCADA-B log in as `root` and switch the redundancy pair. The project password is `«pw6:winccoa»`.  ⟦password|runbook password in backticks⟧
3. Ask the BRS to re-read tracking: `curl -X POST https://brs.trw.local:8443/admin/resync -u brsadmin:«pwr:brsadmin»`  ⟦password|curl -u in a runbook⟧
4. If EBS cranes stop, call Vanmark 24/7 (+44 20 7946 0914) and quote contract VS-TRW-2019.
5. Remote screening image links are NOT affected (separate network).
"""),
    ("docs/runbooks/parking-barrier-stuck.md", r"""
# Exit barrier stuck open / closed

- Check the lane on the Skidata dashboard. The interface password is in Secrets Manager `parkline/skidata`.  ⟪pointer to a secret store⟫
- If the pay station is offline, the local service PIN is on the engineer's card (not here).  ⟪pointer⟫
- Manual raise from the control room: operator login is personal (Okta SSO).
"""),
    ("docs/runbooks/aws-access.md", r"""
# Getting AWS access

Use SSO (`aws sso login --profile trw-prod-admin`). Never create IAM users. Example of what NOT to paste
in tickets: `AKIA****************` plus a 40-character secret.  ⟪masked key⟫

The old shared OT key `«akid:oldotshared»` was disabled in 2025 but is still referenced by the KLB  ⟦aws-key-id|old shared key id in a wiki page⟧
noise terminals; replace when visiting.
"""),
    ("docs/wiki/AOC/Shift-handover-template.md", r"""
# AOC shift handover

| item | status |
|---|---|
| runway state (RCR) | |
| AGL faults | |
| stands out of service | |
| CUPPS / bag drop | |

Airline ops Wi-Fi for visiting handlers this winter: SSID TRW-Handlers, key `«wifipsk:handlers»`  ⟦?password|Wi-Fi key shared with visiting handlers on a wiki page⟧
"""),
    ("docs/wiki/IT/New-starter-checklist.md", r"""
# New starter checklist (IT Service Desk)

1. Create AD account from the HR ticket. Initial password: `Welcome1!` - user must change at first logon.  ⟦?password|default first-logon password in an onboarding page⟧
2. Airside pass: book ID pass office (CardExpert), background check must be cleared.
3. Add to Okta groups by role (AOC, Security, Engineering, Commercial).
"""),
    ("docs/adr/0007-vendor-remote-access.md", r"""
# ADR 0007: vendor remote access to OT

Status: accepted. All OT vendors (BHS, AGL, PBB, BMS) go through CyberArk PSM. TeamViewer and eWON Talk2M
accounts are to be retired by 2026-Q4. Passwords of break-glass accounts are sealed in the AOC safe.  ⟪pointer⟫
"""),
    ("docs/postmortems/2026-07-19-fids-blackout.md", r"""
# Postmortem: FIDS blank screens T1, 19 July 2026 (47 min)

## Timeline
- 05:52 the signage CMS rotated its player secret; 214 players kept the old one in appsettings.
- 06:10 AOC reports blank departure boards at T1 central search.
- 06:31 we pushed the new secret `«b62:32-playersecret»` by GPO as a stopgap.  ⟦app-secret|player secret quoted in a postmortem⟧
- 06:39 recovery.

## Actions
- Move the player secret to the TPM-backed store (FIDS-221).
"""),
    ("tickets/SEC-4412.json", r"""
{
  "key": "SEC-4412",
  "fields": {
    "summary": "Lane manager API account for queue predictor",
    "status": {"name": "Done"},
    "comment": {"comments": [
      {"author": "ngarcia", "body": "Account created: predictor / «pwn:xovishub» (Xovis hub). Please store it in SM."},  ⟦password|password in a Jira comment⟧
      {"author": "tkaur", "body": "Stored in sec/queue-predictor. Thanks, can you delete it from this ticket?"}
    ]}
  }
}
"""),
    ("tickets/INC0091822.txt", r"""
ServiceNow INC0091822  Priority 2  Assignment group: Parking Systems
Short description: Pay station 07 rejecting cards
Work notes:
2026-10-02 04:20 [Skidata field eng] Reset the EMV module, logged in with service PIN «pin:6-paysvc».  ⟦password|service PIN in work notes⟧
2026-10-02 04:55 [Parking desk] Working now. Closing.
"""),
    ("tickets/tenant-portal-zendesk.json", r"""
{"ticket": {"id": 58211, "subject": "Cannot log in to tenant portal", "requester": "ops@coffee-kiosk-t2.co.uk",
 "comments": [
  {"public": true, "body": "Hi, I have reset your password. Your temporary password is «pwp:tenanttmp» - please change it after logging in."},  ⟦?password|temporary password given to a tenant in a ticket⟧
  {"public": false, "body": "Agent note: tenant is on the turnover-rent plan, do not give SAP access."}
 ]}}
"""),
    ("chat/slack-ot-engineering.json", r"""
[
 {"ts": "1764411210.001200", "user": "U04R7KQ2M", "text": "who has the ewon admin for PBB 21? tablet won't connect"},  ⟪Slack ids⟫
 {"ts": "1764411290.001500", "user": "U02H9XW4P", "text": "adm / «pw6:ewon» - please don't share further"},  ⟦password|password in a Slack message⟧
 {"ts": "1764411400.001900", "user": "U04R7KQ2M", "text": "thx. also the BRS deploy key broke, here's the new one for the CI: «akid:brsdeploy»"},  ⟦aws-key-id|key id in Slack⟧
 {"ts": "1764411460.002000", "user": "U04R7KQ2M", "text": "secret: «awssec:brsdeploy»"}  ⟦aws-secret|secret in Slack⟧
]
"""),
    ("chat/teams-security-ops.html", r"""
<div class="message"><span class="from">Hollis, Kate</span><span class="time">07/11/2026 22:14</span>
<p>Night shift: the RSC server login for the new lane manager is lanemgr and the pw is «pw6:rsc» until Monday.</p></div>  ⟦password|password in a Teams export⟧
<div class="message"><span class="from">Obi, Daniel</span><span class="time">07/11/2026 22:20</span>
<p>Got it, thanks. Will ask Smiths to change it.</p></div>
"""),
    ("chat/whatsapp-ground-transport.txt", r"""
12/10/2026, 06:02 - Dev (Tarrow Cabs): morning, rank screen at T1 says unauthorized again
12/10/2026, 06:05 - Priya Nair: we rotated it, new token is «b62:40-taxirank»  ⟦app-secret|token in a WhatsApp export⟧
12/10/2026, 06:07 - Dev (Tarrow Cabs): 👍 working
"""),
    ("mail/2026-09-vanmark-access.eml", r"""
From: "Service Desk" <servicedesk@tarrow-airports.com>
To: remote.support@vanmark-systems.invalid
Subject: RE: VS-11842 remote access for EBS crane diagnosis
Date: Tue, 22 Sep 2026 10:41:07 +0100
Content-Type: text/plain; charset=utf-8

Hi Lars,

Your PSM account is vanmark.lars. First-login password: «pwp:vanmarktmp» (you will be asked to change it).  ⟦?password|first-login password in a vendor e-mail⟧
The F-CPU password for the crane PLCs is unchanged (in your escrow).

Kind regards,
IT Service Desk, Tarrow Airports
"""),
    ("mail/2026-03-ses-credentials-klb.eml", r"""
From: cloud-team@tarrow-airports.com
To: fids-support@signwise.invalid
Subject: SMTP relay for KLB display PCs
Content-Type: text/plain

SMTP host: email-smtp.eu-west-1.amazonaws.com:587
Username: «akid:sesklb»  ⟦aws-key-id|same SES user in an e-mail⟧
Password: «sesv4:sesklb»  ⟦aws-ses-smtp|same SES SMTP password in an e-mail⟧
"""),
    ("logs/brs/brs-2026-11-28.log", r"""
2026-11-28T05:12:01.221Z INFO  BagMessageClient connecting to bagmsg.sita.aero:443 as TRWBAG
2026-11-28T05:12:01.388Z DEBUG BagMessageClient login payload {"user":"TRWBAG","password":"«pw6:sitabag»"}  ⟦password|password in a debug log⟧
2026-11-28T05:12:02.004Z INFO  BSM .V/1LTRW .F/BA1433/28NOV/LHR/Y .N/0125123456001 bag 0125123456 tracked
2026-11-28T05:12:02.550Z WARN  token refresh ok, new bearer ****«tail:hex:32-worldtracer»  ⟪masked token tail⟫
"""),
    ("logs/cloudtrail/2026-11-30-parkline.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-11-30T02:14:51Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:parkk8s»", "userName": "parkline-k8s",  ⟪IAM unique id⟫
   "accessKeyId": "«akid:parklinek8s»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "sourceIPAddress": "185.220.101.7", "requestID": "«up:16-reqid»", "eventID": "«uuid:evid1»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/alb/parkline-alb.log", r"""
https 2026-11-29T23:58:12.114Z app/parkline-alb/«hex:16-albid» 81.2.69.142:51522 10.72.0.31:443 0.001 0.042 0.000 200 200 512 2231 "GET https://parking.tarrow-airports.com:443/receipts/PB-88123.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:receipts»%2F20261129%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-sig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("logs/codebuild/fids-render-build-1187.log", r"""
[Container] 2026/11/18 09:11:40.331512 Running command npm ci
[Container] 2026/11/18 09:12:58.004113 Running command echo "//registry.npmjs.org/:_authToken=$NPM_TOKEN" > .npmrc
[Container] 2026/11/18 09:12:58.120009 Running command env | sort
NPM_TOKEN=«npm:fidsbuild»  ⟦npm|npm token printed by env in a build log⟧
SONAR_TOKEN=«sqp:fids»  ⟦app-secret|SonarQube token printed by env⟧
CODEBUILD_BUILD_ID=fids-render-build:«uuid:cbid»  ⟪build id⟫
"""),
    ("har/tenant-portal-login.har", r"""
{"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"}, "entries": [
 {"request": {"method": "POST", "url": "https://tenants.tarrow-airports.com/api/session",
   "headers": [{"name": "Content-Type", "value": "application/json"}],
   "postData": {"mimeType": "application/json", "text": "{\"email\":\"finance@skylounge-trw.co.uk\",\"password\":\"«pwn:tenantfin»\"}"}},  ⟦password|password in a HAR postData⟧
  "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "tp_session=«b62:40-tpsess»; HttpOnly; Secure"}]}},  ⟦?app-secret|session cookie in a HAR (expires)⟧
 {"request": {"method": "GET", "url": "https://tenants.tarrow-airports.com/api/invoices",
   "headers": [{"name": "Authorization", "value": "Bearer «jwt:tenant»"}]}}  ⟦jwt|bearer JWT in a HAR⟧
]}}
"""),
    ("reports/iam-credential-report-2026-11.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date,access_key_2_active,access_key_2_id
vanmark-upload,arn:aws:iam::604173829150:user/vanmark-upload,true,«akid:vanmarkupload»,2026-11-27T10:00:00+00:00,false,N/A  ⟦aws-key-id|key id in a credential report⟧
ses-smtp-aoc,arn:aws:iam::518204967331:user/ses-smtp-aoc,true,«akid:sesklb»,2026-11-30T05:41:00+00:00,false,N/A  ⟦aws-key-id|SES user key id in the report⟧
noise-monitor,arn:aws:iam::518204967331:user/noise-monitor,false,«akid:oldotshared»,2025-04-02T08:12:00+00:00,false,N/A  ⟦?aws-key-id|inactive key id in a report⟧
"""),
    ("backups/klb-fids-pc/credentials.b64", r"""
«b64:credini:klbfids»  ⟦aws-b64|whole credentials file base64-encoded⟧
"""),
    ("backups/sita/bagmsg-profile.json", r"""
{"profile": "TRWBAG", "endpoint": "bagmsg.sita.aero", "auth": "«b64b64:pw6:sitabag»"}  ⟦password-b64|double base64 password in a profile backup⟧
"""),
    ("backups/paystation/ps07-vpn.hex", r"""
# ps07 VPN secret dumped from flash (hex)
vpn_secret=«hexenc:pwp:ps07vpn»  ⟦password|hex-encoded VPN password⟧
aws_secret_hex=«hexenc:awssec:receipts»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("backups/parkline/form-post.txt", r"""
POST /admin/integrations HTTP/1.1
Host: parking-admin.trw.local
Content-Type: application/x-www-form-urlencoded

provider=s3&access_key=«akid:receipts»&secret_key=«pct:awssec:receipts»&region=eu-west-2  ⟦aws-key-id|key pair in a percent-encoded form body (one label)⟧
"""),
    ("backups/cms/export-settings.json", r"""
{"plugins": {"smtp": {"host": "email-smtp.eu-west-1.amazonaws.com", "user": "«uesc:akid:seswp»", "pass": "«uesc:sesv4:seswp»"}}}  ⟦aws-key-id|\u-escaped SES credentials (one label)⟧
"""),
    ("backups/cms/settings-json-in-json.json", r"""
{"option_name": "wp_offload_media", "option_value": "«jsonesc:lit:{"provider":"aws","access-key-id":"»«akid:wpoffload»«jsonesc:lit:","secret-access-key":"»«awssec:wpoffload»«jsonesc:lit:"}»"}  ⟦aws-key-id|JSON-in-JSON key pair (one label)⟧
"""),
    ("exports/vault/approle.json", r"""
{"role_id": "«uuid:approleid»", "secret_id": "«uuid:approlesecret»", "vault_addr": "https://vault.trw.local:8200"}  ⟦app-secret|Vault AppRole secret_id beside the role_id⟧
"""),
    ("exports/vault/root-token.txt", r"""
Unseal Key 1: «b64k:33»  ⟦app-secret|Vault unseal key⟧
Initial Root Token: «hvs:root»  ⟦vault|Vault root token⟧
"""),
    ("exports/pagerduty/services.csv", r"""
service,integration,integration_key
AGL lamp failures,Events API v2,«pdkey:agl»  ⟦app-secret|same PagerDuty routing key in an export⟧
BHS sorter down,Email,bhs-sorter@tarrowairports.pagerduty.com  ⟪integration e-mail⟫
"""),
    ("exports/monitoring/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:tp»  ⟦newrelic|New Relic license key⟧
  app_name: tenant-portal
production:
  <<: *default_settings
"""),
    ("exports/monitoring/datadog.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog API key in the agent config⟧
site: datadoghq.eu
logs_enabled: true
"""),
]
