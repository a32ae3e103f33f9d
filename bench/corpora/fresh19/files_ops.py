"""fresh19 templates, operations (Kestrel Valley Health): engineers' home directories, scripts, runbooks and docs,
tickets (ServiceNow, Jira), chat (Slack, Teams), e-mail, logs, dumps, encoded leftovers, key reports and vendor
handovers.
Markers: render.py and README.md."""

FILES = [
    ("home/rosalind/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:rosalind»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:rosalind»  ⟦aws-secret|default profile secret⟧

[kvh-prod-breakglass]
aws_access_key_id=«asia:rosalindbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:rosalindbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:rosalindbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[aws-docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/rosalind/.aws/config", r"""
[profile kvh-prod]
sso_session = kvh
sso_account_id = 418306275591  ⟪account id⟫
sso_role_name = PlatformAdmin
region = us-east-2

[sso-session kvh]
sso_start_url = https://kestrelvalley.awsapps.com/start
sso_region = us-east-2

[profile research]
credential_process = /usr/local/bin/aws-vault exec research --json  ⟪credential_process⟫
"""),
    ("home/rosalind/.bash_history", r"""
aws ecs list-services --cluster osprey --profile kvh-prod
export PGPASSWORD='«pwh:mirthdb»'  ⟦password|PGPASSWORD in bash history⟧
psql -h osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com -U mirth_owner mirthdb
redis-cli -h master.heron-sessions.q8x1ze.use2.cache.amazonaws.com --tls -a '«pwr:heronredis»' info  ⟦password|redis-cli -a⟧
helm upgrade osprey charts/osprey -f values-prod.yaml --set mirth.adminPassword='«pwc:mirthadmin»'  ⟦password|helm --set password⟧
aws secretsmanager get-secret-value --secret-id heron/prod/epic --query SecretString --output text  ⟪secret lookup⟫
curl -u admin:«pwx:orthancadmin» https://vna.kestrelvalley.org/system  ⟦password|curl -u password⟧
"""),
    ("home/obinna/.zsh_history", r"""
: 1772611201:0;mysql -h redcap-db.kvh.local -u redcap_app -p'«pwn:redcapdb»' redcap  ⟦password|mysql -p in zsh history⟧
: 1772611320:0;sqlcmd -S clarity-db01.kvh.local -U crystal_rpt -P '«pwp:crystalrpt»' -Q "select count(*) from PAT_ENC"  ⟦password|sqlcmd -P password⟧
: 1772611455:0;aws sso login --profile kvh-prod
: 1772611502:0;export REDCAP_API_TOKEN=«redcap:cardio»  ⟦app-secret|REDCap token exported in history⟧
: 1772611620:0;sshpass -p '«pwn:reflabsftp»' sftp kvh_results@sftp.reflab-partner.com  ⟦password|sshpass -p⟧
"""),
    ("home/obinna/.pgpass", r"""
osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com:5432:mirthdb:mirth_owner:«pwh:mirthdb»  ⟦password|.pgpass line⟧
i2b2-db.kvh.local:5432:i2b2:i2b2kvhdata:«pwl:i2b2kvh»  ⟦password|.pgpass line for i2b2⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/obinna/.ssh/id_ed25519", r"""
«openssh:edobinna:obinna@kvh-mbp16»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/obinna/.ssh/id_ed25519.pub", r"""
«sshpub:edobinna:obinna@kvh-mbp16»  ⟪SSH public key⟫
"""),
    ("home/obinna/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/obinna/.git-credentials", r"""
https://obinna-kvh:«ghp:obinna»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://obinna:«pct:pwh:gitlabobinna»@gitlab.kvh.local  ⟦conn-string|password in a .git-credentials URL⟧
"""),
    ("home/obinna/.docker/config.json", r"""
{
	"auths": {
		"418306275591.dkr.ecr.us-east-2.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:obinna»"  ⟦docker-hub|docker config auth⟧
		}
	},
	"credsStore": "osxkeychain"
}
"""),
    ("home/obinna/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: kvh-clinical-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: eks-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, kvh-clinical-prod]  ⟪exec plugin⟫
  - name: imaging-edge-k3s
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static bearer token in a kubeconfig⟧
contexts:
  - name: prod
    context: {cluster: kvh-clinical-prod, user: eks-admin}
current-context: prod
"""),
    ("home/declan/.netrc", r"""
machine nexus.kvh.local
  login kvh-ci
  password «pwx:nexus»  ⟦password|.netrc password⟧
machine api.github.com
  login declan-kvh
  password «gho:declan»  ⟦github|OAuth token in .netrc⟧
"""),
    ("home/declan/.npmrc", r"""
registry=https://nexus.kvh.local/repository/npm-group/
//nexus.kvh.local/repository/npm-group/:_auth=«basic:npmnexus»  ⟦password-b64|base64 basic auth in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env interpolation⟫
always-auth=true
"""),
    ("home/declan/.config/gh/hosts.yml", r"""
github.com:
    user: declan-kvh
    oauth_token: «gho:declangh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/declan/.vault-token", r"""
«hvs:declan»  ⟦vault|Vault token file⟧
"""),
    ("home/declan/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:declan»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/declan/notes/todo.md", r"""
# declan - running notes

- [ ] rotate the CR uploader key (the one ending «tail:akid:cruploader»)  ⟪key tail⟫
- [x] PACS DB moved to Terragrunt
- the pump server API user is kvh_biomed / «pw6:pumpserver» (biomed said it's fine to keep for now)  ⟦password|password in personal notes⟧
- Epic non-prod FHIR sandbox: client id «uuid:epicbulknp»  ⟪client id⟫
"""),
    ("home/anjali/.snowsql/config", r"""
[connections]
accountname = kvh-research
username = ANJALI_R
authenticator = externalbrowser

[connections.loader]
accountname = kvh-research
username = MERLIN_LOADER
password = «snowpw:loader»  ⟦password|SnowSQL config password⟧
"""),
    ("home/anjali/.my.cnf", r"""
[client]
host=redcap-db.kvh.local
user=redcap_ro
password="«pwn:redcapro»"  ⟦password|.my.cnf password⟧
"""),
    ("home/anjali/.Renviron", r"""
REDCAP_API_TOKEN=«redcap:sepsis»  ⟦app-secret|REDCap token in .Renviron⟧
REDCAP_DEV_TOKEN=
MERLIN_RS_PASSWORD=«pwh:sasextract»  ⟦password|Redshift password in .Renviron⟧
"""),
    ("home/anjali/.config/rclone/rclone.conf", r"""
[merlin-s3]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 access key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
region = us-east-2

[irb-box]
type = sftp
host = sftp.irb-partner.edu
user = kvh_irb
pass = «urlsafe:24-rcloneobscured»  ⟦?password|rclone-obscured password (reversible without a key; policy-dependent)⟧
"""),
    ("home/gareth/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser svc-onesign -Properties PasswordLastSet
Set-ADAccountPassword -Identity svc-onesign -Reset -NewPassword (ConvertTo-SecureString "«pwh:onesignbind»" -AsPlainText -Force)  ⟦password|password reset in PowerShell history⟧
cmdkey /add:fs01.kvh.local /user:KVH\svc-bca /pass:«pwh:bcasvc»  ⟦password|cmdkey /pass⟧
Invoke-Sqlcmd -ServerInstance omnisql01.kvh.local -Username omni_app -Password "«pw6:omnisql»" -Query "select @@version"  ⟦password|Invoke-Sqlcmd -Password⟧
$cred = Get-Credential KVH\gareth.adm  ⟪interactive prompt⟫
Enter-PSSession -ComputerName pyxis-es01 -Credential $cred
"""),
    ("home/gareth/Documents/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.statement-printer.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>kestrelvalley</User>
      <Pass encoding="base64">«b64:pw:printvendor»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>statement printer</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/gareth/Desktop/kvh-imaging-reading.rdp", r"""
full address:s:reading-ws-07.kvh.local
username:s:KVH\rad-reader
domain:s:KVH
password 51:b:«uhex:600-rdpblob»  ⟪DPAPI-protected RDP password blob⟫
screen mode id:i:2
"""),
    ("scripts/rotate-cr-uploader-key.sh", r"""
#!/usr/bin/env bash
# Rotate the Kodak CR uploader IAM key (pacs-onprem-archiver). Old key below is kept until the CR box confirms.
set -euo pipefail
OLD_KEY_ID=«akid:cruploader»  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name pacs-onprem-archiver)
echo "$NEW" | jq -r .AccessKey.AccessKeyId
aws iam update-access-key --user-name pacs-onprem-archiver --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/restore-clarity-snapshot.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
SNAP=${1:?snapshot id}
aws rds restore-db-instance-from-db-snapshot --db-instance-identifier clarity-restore --db-snapshot-identifier "$SNAP"
aws rds modify-db-instance --db-instance-identifier clarity-restore --master-user-password '«pwc:clarityrds»' --apply-immediately  ⟦password|master password on a CLI command⟧
"""),
    ("scripts/sql/create-roles.sql", r"""
-- research warehouse roles (merlin)
CREATE USER webapi PASSWORD '«pwx:webapi»';  ⟦password|CREATE USER PASSWORD⟧
CREATE USER dbt_merlin PASSWORD '«pwl:dbtmerlin»';  ⟦password|CREATE USER PASSWORD⟧
ALTER USER sas_extract PASSWORD '«pwh:sasextract»';  ⟦password|ALTER USER PASSWORD⟧
CREATE USER tableau_ro PASSWORD DISABLE;  ⟪no password⟫
CREATE USER etl_md5 PASSWORD '«pgmd5:pwn:etlmd5:etl_md5»';  ⟪pre-hashed md5 password⟫
"""),
    ("scripts/ad/reset-clinical-kiosk.ps1", r"""
# Resets the shared kiosk account used by the badge-tap workstations (runs from the SCCM task sequence)
$kioskPw = "«pwh:kioskautologon»"  ⟦password|kiosk password in a PowerShell script⟧
net user kvh-kiosk-user $kioskPw /domain
$tmp = Read-Host -AsSecureString "one-time admin password"  ⟪interactive prompt⟫
"""),
    ("scripts/pump-library/push-library.py", r"""
import os
import requests

USER = os.environ.get("PUMP_USER", "kvh_biomed")
PASSWORD = os.environ["PUMP_PASSWORD"]  ⟪os.environ lookup⟫
r = requests.post("https://pumpserver.kvh.local:8443/api/libraries", auth=(USER, PASSWORD), files={"lib": open("KVH-ADULT.dl", "rb")})
print(r.status_code)
"""),
    ("docs/runbooks/integration-engine-failover.md", r"""
# Integration engine failover (osprey)

1. Page the integration on-call (PagerDuty service `osprey`).
2. Stop inbound ADT on the primary: `mccommand -a https://mirth-eng1.kvh.internal:8443 -u admin -p «pwc:mirthadmin»`  ⟦password|password in a runbook command⟧
3. Promote the replica: the Aurora cluster fails over by itself; confirm with `aws rds describe-db-clusters`.
4. The engine's DB login is `mirth_owner` / `«pwh:mirthdb»`.  ⟦password|password in backticks in a runbook⟧
5. The keystore password is in Secrets Manager `osprey/keystore` (do not paste it here).  ⟪pointer to a vault⟫
"""),
    ("docs/runbooks/epic-downtime.md", r"""
# Epic downtime (planned and unplanned)

- BCA PCs print the downtime reports every 15 minutes; see `integration/epic/bca/bca-pc-setup.txt`.
- Downtime registration uses the paper packets in each unit's red binder.
- After recovery, back-load results through Bridges; interface 3410 SFTP password is in the interface record.  ⟪pointer, no value⟫
- InterSystems IRIS default `_SYSTEM` / `SYS` is disabled on all Epic ODB servers (audit 2025-11).  ⟪vendor default, disabled⟫
"""),
    ("docs/runbooks/pacs-edge-rebuild.md", r"""
# Rebuild the Millbrook PACS edge box

Local Orthanc users: `mbk-tech` with password «pwh:mbkedge»  ⟦password|password in a runbook⟧
S3 storage plugin uses a dedicated IAM user; key id «akid:mbkedge» (see compose file).  ⟦aws-key-id|key id in a runbook⟧
iDRAC: root / calvin was changed at install to «iloadm:mbkidrac».  ⟦password|iDRAC password in a runbook (the default is named too)⟧
"""),
    ("docs/onboarding/new-analyst.md", r"""
# Welcome to clinical analytics

- Request Clarity access through ServiceNow (catalog item "Epic reporting access").
- Your first Epic password is set by the service desk; the shared training environment login is
  `TRAIN01` / `«pwh:trainenv»`.  ⟦?password|shared training-environment login in an onboarding document (policy-dependent)⟧
- Never put PHI in Slack; use Epic Secure Chat.
- Default first-logon password for new AD accounts is «lit:Welcome1!» and must be changed at logon.  ⟦?password|default first-logon password in an onboarding document (policy-dependent)⟧
"""),
    ("docs/security/secrets-policy.md", r"""
# Secrets policy (cloud platform)

- All secrets live in AWS Secrets Manager or SSM SecureString under `/kvh/<app>/<env>/`.
- Static IAM keys are banned except for the legacy list in `infra/terraform/envs/prod/iam-legacy.tf`.
- Example of a reference that is allowed in a template: `{{resolve:secretsmanager:osprey/keystore:SecretString:password}}`.  ⟪dynamic reference in prose⟫
- Masked key in reports: `AKIA************7QXZ`.  ⟪masked key id⟫
"""),
    ("docs/vendor/imaging-ai-onboarding.eml", r"""
From: implementation@imaging-ai-vendor.com
To: wren-team@kestrelvalley.org
Subject: KVH go-live: API credentials and license server
Date: Tue, 17 Feb 2026 15:02:11 -0500
Content-Type: text/plain; charset=utf-8

Hi team,

Your production site is KVH-MAIN-01. API key: «hex:40-aivendor»  ⟦app-secret|vendor API key in an e-mail⟧
Temporary portal password for the radiology admin (change on first login): «pwp:aiportaltemp»  ⟦?password|temporary first-login password in a vendor e-mail (policy-dependent)⟧

Thanks,
Implementation
"""),
    ("docs/vendor/clearinghouse-welcome.eml", r"""
From: enrollment@clearinghouse-partner.net
To: revenue-it@kestrelvalley.org
Subject: SFTP and API credentials - submitter KVH0412
Date: Mon, 05 Jan 2026 09:14:40 -0500

SFTP host: sftp.clearinghouse-partner.net
SFTP user: kvh_claims
SFTP password: «pwn:chsftp»  ⟦password|SFTP password in an e-mail⟧
ISA04 password for your 837 interchanges: «isa:clearinghouse»  ⟦password|X12 ISA password in an e-mail⟧
API client secret will be sent by phone.  ⟪pointer, no value⟫
"""),
    ("tickets/servicenow/INC0184422.json", r"""
{
  "number": "INC0184422",
  "short_description": "Omnicell cabinets on 5W not syncing ADT",
  "assignment_group": "Pharmacy IT",
  "work_notes": [
    {"at": "2026-03-03T02:14:00Z", "by": "yesenia.m", "text": "Service account svc_sparrow locked. Reset to «pw6:omnicenter» and updated the Lambda config."},  ⟦password|password in a ticket work note⟧
    {"at": "2026-03-03T02:40:00Z", "by": "yesenia.m", "text": "Cabinets resynced. Closing."}
  ],
  "sys_id": "«hex:32-snowsysid»"  ⟪ServiceNow sys_id⟫
}
"""),
    ("tickets/servicenow/RITM0099341.txt", r"""
RITM0099341 - Access request: Surescripts admin console
Requested for: Tobias Grant (Pharmacy Informatics)
Approved by: Director, Pharmacy
Fulfilment note: portal account created, password «pwx:ssportal» sent to the requester by Secure Chat  ⟦password|password in a fulfilment note⟧
"""),
    ("tickets/jira/CLOUD-2210.md", r"""
# CLOUD-2210 Legacy IAM users for on-prem imaging

The CR uploader still uses a static key. Current key id: «akid:cruploader»  ⟦aws-key-id|key id in a Jira ticket⟧
Plan: move the uploader to IAM Roles Anywhere with the imaging CA.
The old secret was pasted in the description by mistake and has been redacted: `****************************`.  ⟪redacted⟫
"""),
    ("tickets/jira/RCM-774.md", r"""
# RCM-774 835 files missing for 03/09

Bank SFTP worked from my laptop with kvh_lockbox / «pwc:lockbox», so the problem is on the poster side.  ⟦password|password in a ticket comment⟧
The ECS task's AWS key was rotated on 03/08 (see CLOUD-2304).
"""),
    ("chat/slack/integration-team-export.json", r"""
[
  {"ts": "1772695401.000200", "user": "U04KVH1R2", "text": "anyone know the rhapsody locker password? need it for the lab route migration"},
  {"ts": "1772695460.000300", "user": "U04KVH9Q7", "text": "«pwx:rhapsodylocker» - and please move it to secrets manager after"},  ⟦password|password pasted in Slack⟧
  {"ts": "1772695522.000400", "user": "U04KVH1R2", "text": "thx. also the wren S3 key id is «akid:wrens3» right?"},  ⟦aws-key-id|key id pasted in Slack⟧
  {"ts": "1772695600.000500", "user": "U04KVH9Q7", "text": "yes, secret is «awssec:wrens3»"},  ⟦aws-secret|secret pasted in Slack⟧
  {"ts": "1772695700.000600", "user": "U04KVH3M1", "text": "please don't paste secrets here :rotating_light:"}
]
"""),
    ("chat/slack/biomed-channel.txt", r"""
[2026-02-21 07:02] mei.c: pump server cert expired again, anyone have the admin login?
[2026-02-21 07:05] joaquin.r: kvh_biomed / «pw6:pumpserver»  ⟦password|password in a chat export⟧
[2026-02-21 07:06] joaquin.r: the bot webhook for alerts is «slackhook:biomed»  ⟦slack|Slack webhook in chat⟧
[2026-02-21 07:09] mei.c: thanks. the Medigate token is in 1Password (Biomed vault)  ⟪pointer to a vault⟫
"""),
    ("chat/teams/revenue-it.html", r"""
<html><body>
<div class="msg"><b>Fatima Haddad</b> 09:12 <p>Experian eligibility is failing with 401 since this morning</p></div>
<div class="msg"><b>Piotr Nowak</b> 09:15 <p>they rotated it, new client secret is «secret20:experian2»</p></div>  ⟦app-secret|client secret in a Teams message⟧
<div class="msg"><b>Fatima Haddad</b> 09:16 <p>updated in Secrets Manager, thanks</p></div>
</body></html>
"""),
    ("logs/osprey/mirth-2026-03-09.log", r"""
2026-03-09 02:00:01,114 INFO  [ORU_RefLab_Inbound] polling sftp://kvh_results@sftp.reflab-partner.com/outbound/kvh
2026-03-09 02:00:03,912 ERROR [ORU_RefLab_Inbound] auth failed for sftp://kvh_results:«pwn:reflabsftp»@sftp.reflab-partner.com  ⟦conn-string|password in a logged URL⟧
2026-03-09 02:00:04,001 INFO  [ADT_To_NurseCall] sent message control id «num:10-adtctl2»  ⟪message control id⟫
2026-03-09 02:00:05,220 WARN  [DB] password=******** rejected by pool  ⟪masked value⟫
"""),
    ("logs/alb/heron-alb-2026-03-08.log", r"""
https 2026-03-08T14:02:11.201Z app/heron-alb/«hex:16-albid» 10.40.1.22:51344 10.40.3.14:8080 0.001 0.044 0.000 200 200 512 1834 "GET https://my.kestrelvalley.org:443/api/statements/pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:heronpresign»%2F20260308%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20260308T140211Z&X-Amz-Expires=300&X-Amz-Signature=«hex:64-presig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-03-08T14:02:12.004Z app/heron-alb/«hex:16-albid» 10.40.1.23:51350 10.40.3.15:8080 0.001 0.030 0.000 200 200 301 922 "GET https://my.kestrelvalley.org:443/api/appointments HTTP/1.1" "Heron/5.3 iOS" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟪ALB id⟫
"""),
    ("logs/cloudtrail/2026-03-08-finch.json", r"""
{"Records": [
  {"eventTime": "2026-03-08T03:11:40Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "awsRegion": "us-east-2",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:finchposter»", "arn": "arn:aws:iam::418306275591:user/finch-remit-poster", "accountId": "418306275591",  ⟪IAM unique id⟫
   "accessKeyId": "«akid:finchposter»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}
]}
"""),
    ("logs/codebuild/wren-viewer-build-412.log", r"""
[Container] 2026/03/07 18:22:01 Running command npm ci
[Container] 2026/03/07 18:22:02 NPM_TOKEN=«npm:wrenviewer»  ⟦npm|token echoed in a build log⟧
[Container] 2026/03/07 18:24:40 Running command npm run build
[Container] 2026/03/07 18:25:12 SENTRY_AUTH_TOKEN=***  ⟪masked value⟫
"""),
    ("logs/radius/freeradius-auth.log", r"""
Sat Mar  7 06:12:01 2026 : Auth: (81231) Login OK: [pumps@kvh.local] (from client wlc-main port 0 cli 00-1b-24-aa-10-04)
Sat Mar  7 06:12:09 2026 : Auth: (81232) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [pumps@kvh.local/«pwh:pumpeap»] (from client wlc-main port 0)  ⟦password|password logged by a debug RADIUS setting⟧
Sat Mar  7 06:12:10 2026 : Info: client wlc-main secret is configured in clients.conf  ⟪pointer⟫
"""),
    ("dumps/redcap_users_2026-03.csv", r"""
username,user_email,user_firstname,user_lastname,api_token,super_user
rosalind.k,rosalind.k@kestrelvalley.org,Rosalind,King,«redcap:rosalind»,1  ⟦app-secret|REDCap API token in a users export⟧
anjali.r,anjali.r@kestrelvalley.org,Anjali,Rao,,0  ⟪empty token⟫
svc-merlin,merlin-etl@kestrelvalley.org,Merlin,ETL,«redcap:sepsis»,0  ⟦app-secret|REDCap service token in a users export⟧
"""),
    ("dumps/pyxis_config_backup.sql", r"""
-- partial dump of ES config tables (pyxis-es01, 2026-02-28)
INSERT INTO dbo.SystemSetting (Name, Value) VALUES ('HL7.Host', 'ifc01.kvh.local');
INSERT INTO dbo.SystemSetting (Name, Value) VALUES ('SMTP.Password', '«pwn:pyxissmtp»');  ⟦password|password in a SQL dump⟧
INSERT INTO dbo.SystemSetting (Name, Value) VALUES ('Override.Hash', '«sha256:pyxisoverride»');  ⟪hash⟫
"""),
    ("dumps/osprey_users.pgdump.txt", r"""
COPY public.person (id, username, password_hash, email) FROM stdin;
1	admin	«mirthhash:admin2»	integration@kestrelvalley.org  ⟪stored hash⟫
2	svc-deploy	«bcrypt:svcdeploy»	  ⟪bcrypt hash⟫
\.
COPY public.configuration (category, name, value) FROM stdin;
core	smtp.password	«pwp:mirthsmtp»  ⟦password|password in a PostgreSQL COPY dump⟧
\.
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:cruploaderold»  ⟦aws-b64|whole credentials file base64-encoded⟧
"""),
    ("leftovers/engine-env.json", r"""
{"service": "osprey", "env_blob": "{\"AWS_ACCESS_KEY_ID\": \"«akid:ospreyblob»\", \"AWS_SECRET_ACCESS_KEY\": \"«awssec:ospreyblob»\"}"}  ⟦aws-key-id|JSON-in-JSON key pair (one label)⟧
"""),
    ("leftovers/ses-form-body.txt", r"""
POST /relay/config HTTP/1.1
Content-Type: application/x-www-form-urlencoded

smtp_user=«akid:sesrelay»&smtp_pass=«pct:sesv4:sesrelay»&host=email-smtp.us-east-2.amazonaws.com  ⟦aws-ses-smtp|SES SMTP pair in a percent-encoded form body⟧
"""),
    ("leftovers/portal-export-escaped.json", r"""
{"integration": "lockbox-uploader", "secret_key": "«uesc:awssec:lockboxuploader»", "key_id": "«uesc:akid:lockboxuploader»"}  ⟦aws-secret|\u-escaped key pair⟧
"""),
    ("leftovers/k8s-secret-double.txt", r"""
# found in an old ticket attachment: base64 of the base64 in a Secret manifest
«b64b64:awssec:mirthk8s»  ⟦aws-b64|double base64 secret⟧
"""),
    ("leftovers/firmware-dump.hex", r"""
# pump gateway config partition, hex
«hexenc:awssec:plovergw»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("leftovers/aws-percent.txt", r"""
wren_archive_secret=«pct:awssec:wrenarchive»  ⟦aws-secret|percent-encoded secret⟧
"""),
    ("reports/iam-credential-report-2026-03.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date
pacs-onprem-archiver,arn:aws:iam::418306275591:user/pacs-onprem-archiver,true,«akid:cruploader»,2026-03-08T22:10:00+00:00  ⟦aws-key-id|key id in an IAM key report⟧
ses-smtp-epic-relay,arn:aws:iam::418306275591:user/ses-smtp-epic-relay,true,«akid:sesrelay»,2026-03-09T01:00:00+00:00  ⟦aws-key-id|SES SMTP user's key id in a report⟧
plover-monitor-gateway,arn:aws:iam::418306275591:user/plover-monitor-gateway,false,«akid:ploverold»,2025-10-01T00:00:00+00:00  ⟦?aws-key-id|inactive key id in a key report (policy-dependent)⟧
"""),
    ("ops/pagerduty/services.yaml", r"""
integration_keys:
  osprey: «pdkey:osprey»  ⟦app-secret|PagerDuty integration key⟧
  wren: «pdkey:wren»  ⟦app-secret|PagerDuty integration key⟧
escalation_policy_id: P«up:6-pdesc»  ⟪PagerDuty id⟫
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:sparrow»  ⟦newrelic|New Relic licence key⟧
  app_name: sparrow-rx
production:
  <<: *default_settings
"""),
    ("ops/datadog/datadog.yaml", r"""
api_key: «ddapi:onprem»  ⟦datadog|Datadog API key in the agent config⟧
site: us5.datadoghq.com
logs_enabled: true
"""),
    ("ops/vault/approle-osprey.json", r"""
{"role_id": "«uuid:approleid»", "secret_id": "«uuid:approlesecret»"}  ⟦app-secret|Vault AppRole secret_id⟧
"""),
    ("ops/sops/osprey-secrets.enc.yaml", r"""
mirth_admin_password: «sops:mirthadmin»  ⟪SOPS value⟫
keystore_password: «sops:keystore»
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418306275591:key/«uuid:sopskms»
          created_at: "2026-01-12T15:00:00Z"
          enc: «kms:sopsdata»  ⟪KMS data key⟫
    mac: «sops:mac»
    version: 3.9.0
"""),
    ("vendor/handover/biomed-remote-support.txt", r"""
Remote support handover - patient monitoring central stations (5W, 6E, ICU)
Vendor remote access: via the customer's VPN portal only, account kvh-vendor-pm
VPN portal password: «pwl:vendorvpn»  ⟦password|vendor VPN password in a handover note⟧
Central station local admin: kvhbiomed / «pw6:pmcentral»  ⟦password|central station admin password⟧
Escalation: biomed on-call pager 4417
"""),
    ("vendor/handover/screen-connect-invite.txt", r"""
Support session for the BCA print server: https://support.kestrelvalley.org/Host#Access/All%20Machines//«uuid:scsession»  ⟪session id⟫
Unattended access password set to «tv:bcaremote» for the vendor window 03/12-03/14  ⟦password|unattended remote access password⟧
"""),
    ("home/rosalind/.config/kvh/sso-cache.json", r"""
{"accessToken": "«okx:200-ssoaccesstoken»", "expiresAt": "2026-03-10T18:40:00Z", "region": "us-east-2", "startUrl": "https://kestrelvalley.awsapps.com/start"}  ⟦?app-secret|cached IAM Identity Center access token (short-lived; policy-dependent)⟧
"""),
    ("certs/vna.kestrelvalley.org.key", r"""
«pem:pkcs8:rsavna»  ⟦private-key|TLS private key for the VNA⟧
"""),
    ("certs/vna.kestrelvalley.org.crt", r"""
«cert:rsavna:vna.kestrelvalley.org»  ⟪certificate⟫
"""),
    ("certs/vna.kestrelvalley.org.pub.pem", r"""
«pubpem:rsavna»  ⟪public key⟫
"""),
]
