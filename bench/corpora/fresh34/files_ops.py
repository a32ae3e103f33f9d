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
aws configure set aws_secret_access_key «awssec:rhughes» --profile default  ⟦aws-secret|aws configure set secret in history⟧
aws configure set aws_access_key_id AKIA«b32:4-u18»EXAMPLE0000 --profile localstack  ⟪placeholder-style key id⟫
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
https://trw-ci:«glpat:gitcred»@gitlab.trw.local  ⟦gitlab|GitLab PAT in .git-credentials⟧
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
ALTER ROLE aodb_app PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-u19»$«b64k:32-u20»:«b64k:32-u21»';  ⟪SCRAM verifier⟫
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
Unseal Key 1: «b64k:33-u22»  ⟦app-secret|Vault unseal key⟧
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

FILES += [
    ("docs/wiki/Cloud/secrets-policy.md", r"""
# Secrets policy (Cloud Platform)

- Application secrets: AWS Secrets Manager, path `<system>/<env>/<name>`, e.g. `aodb/prod/sita-typeb`.  ⟪secret path⟫
- IaC: `{{resolve:secretsmanager:...}}` in CloudFormation, `valueFrom` in ECS, ExternalSecrets in EKS.  ⟪reference syntax in prose⟫
- The AWS documentation key `«docs:akid»` appears in our training slides; it is not ours.  ⟪AWS documentation key⟫
- Masked example for tickets: `«head:akid:rhughes»`  ⟪masked key id⟫
"""),
    ("docs/wiki/Cloud/kms-ciphertext-samples.md", r"""
# Why you cannot decrypt a KMS blob without the key

Ciphertext from `aws kms encrypt` looks like this (fids/cms, base64):

    «kms:wikiblob»  ⟪KMS ciphertext⟫

The SHA-256 of the plaintext we store for audit is `«sha256:audit»`.  ⟪hash⟫
"""),
    ("docs/vendors/lumenfield-agl-contacts.md", r"""
# Lumenfield AGL - contacts and access

Support portal: https://support.lumenfield-agl.com (accounts are personal, SSO via our Okta tenant)
Maintenance API (lamp faults): bearer token in Secrets Manager `ot/agl/lumenfield-api`.  ⟪pointer to a secret store⟫
Client id for the portal OAuth app: `«uuid:lumenclient»` (public)  ⟪client id⟫
Old API token (revoked 2026-05, kept for the audit trail): `«b62:44-lumenold»`  ⟦?app-secret|a revoked vendor token kept in a wiki page⟧
"""),
    ("docs/vendors/signwise-fids-onboarding.md", r"""
# Signwise (FIDS) onboarding

The vendor uploads player builds to `s3://trw-fids-builds/` with IAM user `signwise-fids-upload`.
Key id `«akid:signwiselegacy»` is the legacy one (see CLOUD-771).  ⟦aws-key-id|same legacy vendor key id in a vendor page⟧
Their SMTP relay login is documented in the shared e-mail of March 2026, do not paste it here.  ⟪pointer⟫
"""),
    ("docs/audit/2026-pen-test-findings.md", r"""
# External penetration test 2026 - findings summary (restricted)

| id | finding | status |
|---|---|---|
| PT-01 | Car park pay station web UI on default credentials (`admin`/`admin`) | fixed |  ⟪vendor default in a finding⟫
| PT-04 | AppSync API key `da2-«lo:26-appsyncpub»` extractable from the app (by design, public) | accepted |  ⟪public AppSync key⟫
| PT-07 | Hard-coded RMS password `«pw6:rms»` in aodb/integrations/rms.py | open |  ⟦password|password quoted in a pen-test finding⟧
| PT-09 | Kiosk autologon in unattend.xml | open |
"""),
    ("tickets/CLOUD-771.md", r"""
CLOUD-771  Migrate Signwise off static IAM keys
Reporter: cloud-team   Status: In progress

Signwise still uses «akid:signwiselegacy» from the FIDS build server in their office.  ⟦aws-key-id|key id in a ticket⟧
Plan: Roles Anywhere with a certificate from our private CA. Their CSR fingerprint: «sha256:signwisecsr»  ⟪CSR fingerprint⟫
"""),
    ("tickets/OT-2231.txt", r"""
OT-2231  [AGL] ILCU firmware upgrade, RWY 09 centreline
Status: Scheduled (night of 14/12, runway closed 23:30-05:30 per NOTAM)
Notes:
- Lumenfield engineer on site with our escort; laptop access via CyberArk PSM session only.
- Firmware image SHA-256 «sha256:ilcufw» verified against the vendor portal.  ⟪firmware hash⟫
- CCR stage table unchanged.
"""),
    ("tickets/SEC-4519.json", r"""
{"key": "SEC-4519", "fields": {"summary": "Leaked key in public repo (signage player)", "description":
 "GitHub secret scanning alerted on ghp_************************************ in signage-player. Token revoked by GitHub. Replaced with a fine-grained PAT stored in Actions secrets.",  ⟪masked token⟫
 "status": {"name": "Closed"}}}
"""),
    ("chat/slack-parking.json", r"""
[
 {"ts": "1764500010.000100", "user": "U05PARK1", "text": "stripe webhook failing since deploy, did the secret change?"},
 {"ts": "1764500090.000300", "user": "U03CLOUD", "text": "yes, new signing secret is in SM parkline/prod/stripe (not pasting it here)"},  ⟪pointer⟫
 {"ts": "1764500120.000400", "user": "U05PARK1", "text": "for local testing I'm using sk_test_… from the dashboard, fine?"},  ⟪test-mode reference⟫
 {"ts": "1764500200.000500", "user": "U03CLOUD", "text": "fine. prod publishable key is «pk:parkline» if the FE needs it"}  ⟪publishable key⟫
]
"""),
    ("chat/slack-aoc.json", r"""
[
 {"ts": "1764600001.000100", "user": "U01AOC", "text": "PAPI 27 fault again, CCR-21 stage 5 no output"},
 {"ts": "1764600050.000200", "user": "U02AGL", "text": "on it. for the ALCMS night login use the supervisor pin «pin:4-alcmssup»"},  ⟦?password|supervisor PIN in Slack⟧
 {"ts": "1764600100.000300", "user": "U01AOC", "text": "ok, NOTAM raised"}
]
"""),
    ("mail/2026-10-slot-coordinator.eml", r"""
From: "ACL Scheduling" <noreply@acl-uk.invalid>
To: scheduling@tarrow-airports.com
Subject: Your API credentials for season S27
Content-Type: text/plain

Dear TRW scheduling team,

API user: TRW_SCHED
API password: «pwl:aclslots»  ⟦password|password in a provider e-mail⟧

Please store these securely. The password expires at the end of the season.
"""),
    ("mail/2026-11-phishing-report.eml", r"""
From: security@tarrow-airports.com
To: all-staff@tarrow-airports.com
Subject: Phishing: fake "airside pass renewal" e-mails

Do not click links asking you to renew your airside pass and enter your Okta password. The ID pass office
never asks for your password. Report to security@tarrow-airports.com.  ⟪awareness prose⟫
"""),
    ("logs/kiosk/cuss-T1-K14.log", r"""
2026-11-30 04:58:11,402 INFO  [Platform] session start kiosk=T1-K14 airline=EZY
2026-11-30 04:58:11,640 INFO  [Platform] auth user=kiosk14 password=******** result=OK  ⟪masked password⟫
2026-11-30 04:58:40,118 INFO  [BoardingPass] BCBP M1NAIR/ELIZABETH  E4KXQ7 TRWAGPEZY 6231 334Y012C0041 100  ⟪boarding pass barcode (no secret)⟫
2026-11-30 04:58:52,003 WARN  [BagTagPrinter] paper low
"""),
    ("logs/fids/player-T2-ARR-03.log", r"""
2026-11-02 06:00:01 INFO  CMS sync ok, 122 flights
2026-11-02 06:00:02 DEBUG CMS auth header: PlayerSecret «b62:32-playersecret»  ⟦app-secret|player secret in a debug log⟧
2026-11-02 06:00:02 INFO  MQTT connected fids-bus.trw.local:8883 as player
"""),
    ("logs/bhs/ebs-crane-2026-11-12.log", r"""
12/11/2026 03:14:07 ALARM 4102 CRANE2 X-axis following error
12/11/2026 03:14:09 INFO  operator EBS_OPS acknowledged (HMI EBS-HMI-02)
12/11/2026 03:20:55 INFO  remote session vanmark.lars via PSM id «uuid:psmsession»  ⟪session id⟫
"""),
    ("reports/aws-access-review-2026-Q3.csv", r"""
account,principal,key_id,created,last_used,action
604173829150,vanmark-upload,«akid:vanmarkupload»,2024-02-11,2026-09-29,rotate  ⟦aws-key-id|same vendor key id in an access review⟧
518204967331,signwise-fids-upload,«akid:signwiselegacy»,2023-06-01,2026-09-30,migrate  ⟦aws-key-id|same legacy key id in an access review⟧
518204967331,ci-fids,AKIA«b32:4-u23»****************,2025-01-15,2026-09-30,ok  ⟪masked key id⟫
"""),
    ("reports/secrets-scan-triage.md", r"""
# Triage of the 2026-11 repository scan

False positives we accepted:
- `«sha:fp1»` (git SHA in a changelog)  ⟪git SHA⟫
- `«aroa:fp2»` (IAM role unique id in a CloudTrail sample)  ⟪IAM unique id⟫
- `«bcrypt:fp3»` (bcrypt hash in a seed file)  ⟪bcrypt hash⟫
- `«sri:fp4»` (integrity hash in package-lock)  ⟪SRI hash⟫
- `«aida:fp5»` (IAM user unique id in an access review)  ⟪IAM unique id⟫
- `sha256:«sha256:fp6»` (container image digest in a Helm chart)  ⟪image digest⟫
- `«sealed:fp7»` (a SealedSecret blob)  ⟪SealedSecret blob⟫
- `«sops:fp8»` (a SOPS value)  ⟪SOPS value⟫
"""),
    ("exports/okta/apps.json", r"""
[
 {"label": "Tenant portal", "signOnMode": "OPENID_CONNECT", "credentials": {"oauthClient": {"client_id": "0oa«b62:17-oktaid»", "token_endpoint_auth_method": "client_secret_basic"}}},  ⟪Okta client id⟫
 {"label": "AODB admin", "signOnMode": "OPENID_CONNECT", "credentials": {"oauthClient": {"client_id": "0oa«b62:17-oktaid2»", "client_secret": "«okx:40-oktasecret»"}}}  ⟦app-secret|Okta OIDC client secret in an export⟧
]
"""),
    ("exports/okta/api-token.txt", r"""
# Okta API token for the HR provisioning script (created by apatel, 2026-06-02)
SSWS «ssws:hrprov»  ⟦app-secret|Okta SSWS API token⟧
"""),
    ("exports/db/parkline-users.sql", r"""
-- mysqldump 8.0.36  Host: parkline-prod  Database: parkline
INSERT INTO `admin_users` VALUES (1,'parking.desk@tarrow-airports.com','«bcrypt:desk»','2026-01-02');  ⟪bcrypt hash⟫
INSERT INTO `integrations` VALUES (3,'skidata','trw-interface','«pw6:skidata»',1);  ⟦password|clear vendor password in a dump⟧
INSERT INTO `integrations` VALUES (4,'justpark','api','«b62:40-justpark»',1);  ⟦app-secret|same marketplace key in a dump⟧
"""),
    ("exports/db/aodb-config.copy", r"""
COPY public.integration_config (name, key, value) FROM stdin;
rms	user	aodb-sync
rms	password	«pw6:rms»  ⟦password|RMS password in a PostgreSQL COPY block⟧
cirium	app_id	«hex:8-ciriumid»  ⟪Cirium app id⟫
cirium	app_key	«hex:32-ciriumkey»  ⟦app-secret|same Cirium key in a COPY block⟧
\.
"""),
    ("home/tkaur/.vault-token", r"""
«hvs:tkaur»  ⟦vault|Vault token file⟧
"""),
    ("home/tkaur/.config/gh/hosts.yml", r"""
github.com:
    user: tkaur-trw
    oauth_token: «gho:tkaur»  ⟦github|gh OAuth token⟧
    git_protocol: https
"""),
    ("home/tkaur/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:tkaur»"}}}  ⟦app-secret|Terraform Cloud token⟧
"""),
    ("home/tkaur/vpn/trw-ot.ovpn", r"""
client
dev tun
proto udp
remote vpn-ot.tarrow-airports.com 1194
auth-user-pass creds.txt
<ca>
«cert:ec-vpnca:TRW OT VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ec-vpnclient»  ⟦private-key|client key inlined in an OpenVPN profile⟧
</key>
"""),
    ("home/tkaur/vpn/creds.txt", r"""
tkaur
«pwn:tkaurvpn»  ⟦password|OpenVPN credentials file password⟧
"""),
    ("backups/wifi/handheld-scanner-profile.xml", r"""
<?xml version="1.0"?>
<wap-provisioningdoc>
  <characteristic type="Wi-Fi">
    <parm name="SSID" value="TRW-Handheld-Scanners" />
    <parm name="Passphrase" value="«wifipsk:scanners»" />  ⟦password|same scanner PSK in a device profile⟧
  </characteristic>
  <characteristic type="MX">
    <parm name="AppPackage" value="com.tarrow.bagscan" />
    <parm name="SignatureHash" value="«sha256:bagscan»" />  ⟪app signature hash⟫
  </characteristic>
</wap-provisioningdoc>
"""),
    ("backups/ios/AirsideApp.mobileconfig", r"""
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key><string>com.apple.wifi.managed</string>
      <key>SSID_STR</key><string>TRW-Staff</string>
      <key>Password</key><string>«wifipsk:staff»</string>  ⟦password|same staff PSK in a mobileconfig⟧
    </dict>
  </array>
  <key>PayloadUUID</key><string>«uuid:mcuuid»</string>  ⟪payload UUID⟫
</dict>
</plist>
"""),
]
