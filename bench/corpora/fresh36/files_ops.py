"""fresh36 templates, operations (Thornbury Rovers FC): home directories, scripts, runbooks and wikis, chat,
tickets and e-mails, logs and HAR files, exports and backups with encoded credentials, key reports, and a
second batch of deployment files (kustomize, Argo CD, Terragrunt, Drone, TeamCity, Tekton, Helmfile).
Markers: render.py and README.md."""

FILES = [
    ("home/dpatel/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:dpatel»  ⟦aws-key-id|access key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:dpatel»  ⟦aws-secret|secret key in ~/.aws/credentials⟧

[stadium-ro]
aws_access_key_id = «asia:dpatelsess»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:dpatelsess»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:dpatelsess»  ⟦aws-session-token|session token⟧

[perf]
credential_process = /usr/local/bin/aws-vault exec perf --json  ⟪credential_process⟫
"""),
    ("home/dpatel/.aws/config", r"""
[profile stadium]
sso_start_url = https://trfc.awsapps.com/start
sso_region = eu-west-2
sso_account_id = 466273019853
sso_role_name = StadiumOps
"""),
    ("home/dpatel/.bash_history", r"""
cd ~/src/gatehouse
export PGPASSWORD='«pwc:ticketdb»'  ⟦password|PGPASSWORD in shell history⟧
psql -h gatehouse.cluster-c7kd81.eu-west-2.rds.amazonaws.com -U gatehouse_admin gatehouse
redis-cli -h matchcentre.abc123.euw2.cache.amazonaws.com --tls -a «pwr:mcredis» info  ⟦password|redis-cli -a in history⟧
aws s3 ls s3://trfc-turnstile-scans-466273019853/2026/08/
mysql -h epos-reporting.stadium.trfc -u reports -p«pwp:eposreports» RetailEPOS  ⟦password|mysql -p in history⟧
curl -u lightadmin:«pw6:floodlight» https://10.47.1.10/api/scenes/matchday_tv  ⟦password|curl -u in history⟧
sshpass -p '«pw6:tcadmin»' ssh tcadmin@10.44.12.38  ⟦password|sshpass -p in history⟧
history -c
"""),
    ("home/dpatel/.ssh/id_ed25519", r"""
«openssh:edpatel:dpatel@trfc-laptop»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/dpatel/.ssh/id_ed25519.pub", r"""
«sshpub:edpatel:dpatel@trfc-laptop»  ⟪SSH public key⟫
"""),
    ("home/dpatel/.ssh/config", r"""
Host turnstile-jump
  HostName 10.44.0.5
  User tcadmin
  IdentityFile ~/.ssh/id_ed25519
Host scoreboard
  HostName 10.40.8.20
  User relay
"""),
    ("home/dpatel/.pgpass", r"""
gatehouse.cluster-c7kd81.eu-west-2.rds.amazonaws.com:5432:gatehouse:gatehouse_admin:«pwc:ticketdb»  ⟦password|.pgpass entry⟧
scouting-db.c7kd81.eu-west-2.rds.amazonaws.com:5432:*:scout_admin:«pwn:scoutdb»  ⟦password|.pgpass entry⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/dpatel/.git-credentials", r"""
https://dpatel:«ghp:dpatel»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
https://trfc-ci:«glpat:dpatel»@gitlab.thornburyrovers.co.uk  ⟦app-secret|GitLab PAT in .git-credentials⟧
"""),
    ("home/dpatel/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:dpatel»"},  ⟦docker-hub|docker auth entry⟧
    "719305628441.dkr.ecr.eu-west-2.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""),
    ("home/dpatel/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
- name: trfc-prod
  cluster:
    server: https://«uhex:32-eksid».gr7.eu-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
    certificate-authority-data: «b64cert:eceksca:trfc-prod-eks»  ⟪CA certificate⟫
users:
- name: trfc-prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, trfc-prod]  ⟪exec plugin⟫
- name: stadium-edge
  user:
    token: «b62:64-k3stoken»  ⟦app-secret|static bearer token for the stadium edge cluster⟧
"""),
    ("home/dpatel/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:dpatel»  ⟦npm|npm token in .npmrc⟧
@trfc:registry=https://nexus.thornburyrovers.co.uk/repository/npm/
//nexus.thornburyrovers.co.uk/repository/npm/:_auth=«basic:nexusnpm»  ⟦password-b64|base64 basic auth in .npmrc⟧
"""),
    ("home/dpatel/.netrc", r"""
machine nexus.thornburyrovers.co.uk login deployer password «pwc:nexus»  ⟦password|.netrc password⟧
machine api.github.com login dpatel password «ghp:dpatel»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/dpatel/notes/matchday-checklist.md", r"""
# my match-day checklist (IT on duty)

- 11:00 gates online? TC-400 manager, tcadmin / «pw6:tcadmin»  ⟦password|login in a personal checklist⟧
- 11:15 Wi-Fi: check TRFC-STAFF on the concourse, PSK `«wifipsk:staff»`  ⟦password|staff Wi-Fi PSK in notes⟧
- 12:00 scoreboard relay up (systemctl status lumaboard-relay)
- 13:30 broadcast: SRT to the rights holder green in the encoder UI
- keep the IAM key for the relay in mind: rotation is overdue (see TKT-4519)
"""),
    ("home/kwalsh/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service *Turnpike*
net use Z: \\tg-fs01\vests /user:THORNBURY\svc-vest «kitpw:vestshare»  ⟦password|net use password in PowerShell history⟧
$cred = Get-Credential THORNBURY\svc-ansible  ⟪interactive prompt⟫
Invoke-Sqlcmd -ServerInstance boxoffice-sql.stadium.trfc -Username boxoffice -Password '«pwc:boxofficesql»' -Query "select count(*) from Tickets"  ⟦password|Invoke-Sqlcmd -Password⟧
cmdkey /add:acs-sql01 /user:acs_svc /pass:«pwc:acssql»  ⟦password|cmdkey /pass⟧
Restart-Computer -ComputerName BOXOFFICE-PC04
"""),
    ("home/kwalsh/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.awayclub-tickets.co.uk</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>thornbury</User>
      <Pass encoding="base64">«b64:pw6:awayclub»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>away club allocations</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/kwalsh/WinSCP.ini", r"""
[Sessions\caterer-sftp]
HostName=sftp.platepro-catering.co.uk
UserName=trfc
Password=A35C«uhex:60-winscp»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/analyst/.snowsql/config", r"""
[connections.perf]
accountname = trfc-perf
username = analyst_svc
password = «snowpw:analyst»  ⟦password|SnowSQL config password⟧
"""),
    ("home/analyst/.config/rclone/rclone.conf", r"""
[vests]
type = smb
host = tg-fs01
user = svc-vest
pass = «b62:40-rcloneobscure»  ⟦?password|rclone-obscured password (reversible)⟧

[tracking]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 access key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
region = eu-west-2
"""),
    ("home/analyst/.vault-token", r"""
«hvs:analyst»  ⟦vault|Vault token file⟧
"""),
    ("home/analyst/.config/gh/hosts.yml", r"""
github.com:
    user: trfc-analyst
    oauth_token: «gho:analyst»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/analyst/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:analyst»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("scripts/rotate-relay-key.sh", r"""
#!/usr/bin/env bash
# rotate the scoreboard relay's IAM key (TKT-4519)
set -euo pipefail
OLD_KEY=«akid:relay»  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name scoreboard-relay)
aws iam update-access-key --user-name scoreboard-relay --access-key-id "$OLD_KEY" --status Inactive
echo "$NEW" | jq -r .AccessKey.AccessKeyId
"""),
    ("scripts/restore-ticket-db.sh", r"""
#!/bin/bash
# restore last night's snapshot into stage for the ticket exchange tests
SNAP=$(aws rds describe-db-cluster-snapshots --db-cluster-identifier gatehouse --query 'DBClusterSnapshots[-1].DBClusterSnapshotIdentifier' --output text)
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier gatehouse-stage --snapshot-identifier "$SNAP" --engine aurora-postgresql
aws rds modify-db-cluster --db-cluster-identifier gatehouse-stage --master-user-password '«pwc:stagedb»' --apply-immediately  ⟦password|--master-user-password on a CLI line⟧
"""),
    ("scripts/sql/create-roles.sql", r"""
CREATE ROLE grafana_ro LOGIN PASSWORD '«pwp:grafanaro»';  ⟦password|CREATE ROLE ... PASSWORD⟧
GRANT SELECT ON ALL TABLES IN SCHEMA reports TO grafana_ro;
ALTER USER gatehouse_app WITH PASSWORD '«pwc:ticketdb»';  ⟦password|ALTER USER ... PASSWORD⟧
CREATE ROLE exchange_bot LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scsalt»$«b64k:32-scstored»:«b64k:32-scserver»';  ⟪SCRAM verifier⟫
"""),
    ("scripts/windows/map-drives.bat", r"""
@echo off
rem box office PCs - mapped at logon by GPO
net use S: \\boxoffice-fs\shared /persistent:yes
net use P: \\boxoffice-fs\printing /user:THORNBURY\boprint «pw6:ticketprinter»  ⟦password|net use password in a logon script⟧
"""),
    ("scripts/windows/nightly-ticket-report.ps1", r"""
$smtpUser = '«akid:sesbox»'  ⟦aws-key-id|SES SMTP user (key id) in PowerShell⟧
$smtpPass = ConvertTo-SecureString '«sesv4:sesbox»' -AsPlainText -Force  ⟦aws-ses-smtp|SES SMTP password in PowerShell⟧
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)
Send-MailMessage -SmtpServer email-smtp.eu-west-2.amazonaws.com -Port 587 -UseSsl -Credential $cred `
  -From boxoffice@thornburyrovers.co.uk -To ticketing@thornburyrovers.co.uk -Subject 'Nightly sales' -Attachments C:\Reports\sales.csv
"""),
    ("scripts/windows/boxoffice-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="boxoffice-kiosk"
"DefaultPassword"="«pwp:kioskwin»"  ⟦password|Winlogon DefaultPassword⟧
"""),
    ("scripts/windows/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:localadmin»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Username>trfcadmin</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("scripts/perf/upload_match_tracking.py", r"""
\"\"\"Upload the optical tracking file after a match (run by the analyst on duty).\"\"\"
import boto3

session = boto3.Session(aws_access_key_id="«akid:trackingetl»",  ⟦aws-key-id|key id in a Python script⟧
                        aws_secret_access_key="«awssec:trackingetl»")  ⟦aws-secret|secret in a Python script⟧
session.client("s3").upload_file("match.jsonl", "trfc-tracking-302961845527", "optical/latest/match.jsonl")
"""),
    ("scripts/shop/bulk-price-update.sh", r"""
#!/bin/sh
# end-of-season sale: 30% off last season's away kit
curl -s -X PUT "https://thornbury-rovers-store.myshopify.com/admin/api/2024-07/variants/$1.json" \
  -H "X-Shopify-Access-Token: «shpat:glueorders»" \  ⟦app-secret|Shopify token in a curl header⟧
  -H 'Content-Type: application/json' -d "{\"variant\":{\"price\":\"$2\"}}"
"""),
    ("docs/runbooks/matchday-it.md", r"""
# Match-day IT runbook

## Before gates open (T-3h)
- Check the gatehouse dashboard. The read-only login for the control room is `controlroom` / `«kitpw:controlroom»`.  ⟦password|read-only login in a runbook⟧
- If the scoreboard relay is down: `ssh relay@10.40.8.20`, then `sudo systemctl restart lumaboard-relay`.
  Controller password (for the LumaBoard web UI) is in 1Password, vault "Stadium".  ⟪pointer to a password manager⟫

## Broadcast
- SRT passphrases come from the rights holder each season; current club-channel passphrase: «srtpass:clubchannel»  ⟦password|SRT passphrase in a runbook⟧

## After the match
- Export turnstile counts for the SAG: Reports > Ingress by gate > CSV.
"""),
    ("docs/runbooks/gate-failure.md", r"""
# A gate refuses every ticket

Most often the controller lost its clock (barcodes rotate every 15 s). Check NTP, then:
1. Log in on the gate (menu 7, PIN «pin:6-tcservice»).  ⟦password|service PIN in a runbook⟧
2. Resync time, then `Tools > Pull whitelist`.
3. If still failing, call Turnpike support on 0161 496 0733 and quote contract TP-TRFC-2021.
"""),
    ("docs/wiki/stadium-network.md", r"""
# Stadium network (wiki)

| VLAN | what | notes |
|---|---|---|
| 312 | turnstiles | controllers 10.44.12.0/22 |
| 330 | access control | ACS server ACS-SQL01 |
| 340 | scoreboard and ribbons | relay 10.40.8.20 |
| 400 | press box | PSK on the card on the press box door |

SNMP read community on everything in the bowl: `«lo:12-coresnmp»` (yes, we know).  ⟦password|SNMP community in a wiki⟧
TACACS for the switches through ISE; local fallback user `netops`, password in the safe.  ⟪pointer to a safe⟫
"""),
    ("docs/wiki/new-starter-it.md", r"""
# New starters (club office)

Your first password is `Rovers2026!` and you will be asked to change it at first logon.  ⟦?password|default first-logon password in an onboarding page⟧
Wi-Fi in the club offices: TRFC-STAFF, ask the IT desk for the key.
Never share your ticketing login; the box office audits every comp ticket.
"""),
    ("docs/adr/0007-turnstile-site-key.md", r"""
# ADR 7: one site key for all turnstile controllers

Status: accepted (2024), revisit when the vendor supports per-device keys.

The TC-400 firmware holds a single shared HMAC key per site. We store it in Secrets Manager
(`stadium/turnstiles/site-key`) and in the ansible vault. Compromise of one controller exposes the key; the
mitigation is the turnstile VLAN and the firewall.  ⟪reference to a secret store⟫
"""),
    ("docs/postmortems/2026-03-14-gates.md", r"""
# Postmortem: slow entry at the Kestrel End, 14 March

Timeline (all times GMT)
- 14:12 gates S01-S06 start rejecting valid season cards
- 14:19 IT on duty finds the gates pointing at the old backend after the weekend's firmware push
- 14:24 site key re-entered on each gate; the old key `«devkey:tcold»` had been left in the firmware image  ⟦?app-secret|old (rotated) turnstile key quoted in a postmortem⟧
- 14:41 queues cleared

Actions: rotate the site key (done 15/03), remove keys from the firmware build (TKT-4402).
"""),
    ("docs/policies/secrets.md", r"""
# Secrets policy (IT)

- Secrets live in AWS Secrets Manager or SSM Parameter Store, never in git.
- Device passwords (turnstiles, scoreboard, PA/VA, floodlights) live in 1Password vault "Stadium".
- The AWS documentation key pair (`«docs:akid»` / `«docs:secret»`) is used in our training slides only.  ⟪AWS documentation keys⟫
- Masked values in tickets look like `AKIA****************`.  ⟪masked key id⟫
- LocalStack in CI uses the access key `test` and the secret `test`; that is not a leak.  ⟪LocalStack defaults in prose⟫
- Key ids filled with X (`«docs:akidx»`) in diagrams are placeholders.  ⟪X-filled key id⟫
"""),
    ("tickets/TKT-4519.txt", r"""
TKT-4519  Scoreboard relay IAM key older than 365 days  [P3]
Reporter: security-hub-bot
Created: 2026-08-02

Security Hub finding IAM.3 on user scoreboard-relay, key «akid:relay».  ⟦aws-key-id|key id in a ticket⟧

Comment (dpatel, 2026-08-04): the key is in the relay UserData too, I'll rotate it after the Cup tie.
"""),
    ("tickets/TKT-4388.txt", r"""
TKT-4388  Vendor cannot reach the lift modem  [P2]
Comment (contractor): modem web UI login is admin / «pw6:liftmodem», please open 443 from our office IP  ⟦password|password in a ticket comment⟧
Comment (kwalsh): firewall rule added for 195.12.40.0/28, closing.
"""),
    ("tickets/servicenow-INC0041123.json", r"""
{
  "number": "INC0041123",
  "short_description": "Fan cannot log into the app after membership renewal",
  "work_notes": "Reset the fan account and gave a temporary password over the phone: Kestrel77 - asked them to change it",  ⟦?password|temporary password given to a fan, in work notes⟧
  "assignment_group": "Fan Services",
  "sys_id": "«hex:32-sysid»"  ⟪record id⟫
}
"""),
    ("tickets/zendesk-918274.json", r"""
{"ticket":{"id":918274,"subject":"Wrong name printed on shirt","description":"Order #TR-55102, name SMITH 9 printed as SMTH 9","requester_id":«num:11»,"via":{"channel":"web"}}}
"""),
    ("chat/slack-it-matchday.json", r"""
[
  {"ts": "1723215601.000200", "user": "U05K8L2QW1", "text": "gate N08 keeps rebooting"},
  {"ts": "1723215660.000300", "user": "U05K8L2QW2", "text": "log in and check, tcadmin / «pw6:tcadmin»"},  ⟦password|password in a Slack message⟧
  {"ts": "1723215720.000400", "user": "U05K8L2QW1", "text": "in. also the relay is using «akid:relay», is that the one security hub flagged?"},  ⟦aws-key-id|key id in a Slack message⟧
  {"ts": "1723215790.000500", "user": "U05K8L2QW2", "text": "yes, after the match"}
]
"""),
    ("chat/teams-broadcast-channel.html", r"""
<div class="message"><span class="author">Broadcast Ops</span><p>New season passphrase for the club channel SRT feed is <b>«srtpass:clubchannel»</b> - update the IPTV headend please</p></div>  ⟦password|SRT passphrase in a Teams message⟧
<div class="message"><span class="author">IT</span><p>done, headend updated</p></div>
"""),
    ("chat/whatsapp-groundstaff.txt", r"""
12/08/2026, 06:41 - Head Groundsman: heating panel asking for the password again
12/08/2026, 06:43 - Stadium Engineer: it's «pw6:ushplc» for the PLC, grounds / «kitpw:grounds» on the screen  ⟦password|PLC password in a WhatsApp export⟧
12/08/2026, 06:50 - Head Groundsman: sorted thanks
"""),
    ("mail/2026-07-29-turnstile-vendor.eml", r"""
From: support@turnpike-access.com
To: it@thornburyrovers.co.uk
Subject: RE: TC-400 firmware 4.8.2 - remote update window
Date: Wed, 29 Jul 2026 10:12:44 +0100

Hi Kieran,

We will push 4.8.2 on Thursday at 09:00. Our engineer will log into the gate manager with the support account
we set up: trfc-support / «pw6:turnpikesupport»  ⟦password|vendor support login in an e-mail⟧
Please make sure the VPN pre-shared key is still «pwr:tsvendorvpn» on your side.  ⟦password|VPN PSK in an e-mail⟧

Regards, Turnpike Access Support
"""),
    ("mail/2026-08-05-scoreboard-quote.eml", r"""
From: sales@lumaboard-displays.com
To: stadium.manager@thornburyrovers.co.uk
Subject: Quote Q-2291 ribbon board extension

Please find attached the quote for extending the Riverside ribbon board by 24 m. Installation over the
international break. Payment terms 30 days.
"""),
    ("logs/gatehouse-api-2026-08-09.log", r"""
2026-08-09T13:58:01.114Z INFO  ScanController gate=N07 ticket=TK-9917340 result=ACCEPT
2026-08-09T13:58:01.301Z DEBUG FanIdClient request headers={x-fanid-key=«b62:48-fanid», accept=application/json}  ⟦app-secret|API key in a debug log⟧
2026-08-09T13:58:01.420Z INFO  FanIdClient key=«tail:b62:48-fanid» verified=true  ⟪key tail in a log⟫
2026-08-09T13:58:02.002Z WARN  AdyenClient refund failed psp=«up:16-psp» reason=Expired  ⟪PSP reference⟫
2026-08-09T13:58:02.650Z INFO  DataSource connected url=jdbc:postgresql://gatehouse.cluster-c7kd81.eu-west-2.rds.amazonaws.com/gatehouse user=gatehouse_app password=****  ⟪masked password⟫
"""),
    ("logs/cloudtrail-2026-08-09.json", r"""
{"Records":[
{"eventTime":"2026-08-09T12:01:22Z","eventName":"PutObject","userIdentity":{"type":"IAMUser","userName":"scoreboard-relay","accessKeyId":"«akid:relay»"},"sourceIPAddress":"81.145.22.14"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
{"eventTime":"2026-08-09T12:04:10Z","eventName":"GetObject","userIdentity":{"type":"AssumedRole","principalId":"«aroa:relay»:i-0ab12cd34ef567890","accessKeyId":"«asia:ctrole»"},"sourceIPAddress":"10.40.8.20"},  ⟦aws-key-id|CloudTrail temporary accessKeyId⟧
{"eventTime":"2026-08-09T12:05:00Z","eventName":"ListBuckets","userIdentity":{"type":"IAMUser","userName":"vendor-turnpike-support","accessKeyId":"«akid:vendorlegacy»"},"requestID":"«uuid:ctreq»"}  ⟦aws-key-id|CloudTrail accessKeyId of a vendor⟧
]}
"""),
    ("logs/freeradius-auth.log", r"""
Sat Aug  9 13:10:01 2026 : Auth: (4411) Login OK: [steward.0412] (from client wlc1 port 0 cli 4C-11-AE-02-1F-33)
Sat Aug  9 13:10:07 2026 : Auth: (4412) Login incorrect (Failed retrieving values required to evaluate condition): [steward.0413/«kitpw:stewardradius»] (from client wlc1 port 0)  ⟦password|password logged by a misconfigured RADIUS auth log⟧
"""),
    ("logs/codebuild-kestrel-android.log", r"""
[Container] 2026/08/07 10:02:11 Running command ./gradlew bundleRelease
[Container] 2026/08/07 10:02:12 KEYSTORE_PASSWORD=«pwl:keystore» SENTRY_ORG=thornbury-rovers  ⟦password|password echoed into a build log⟧
[Container] 2026/08/07 10:09:40 BUILD SUCCESSFUL in 7m 28s
"""),
    ("logs/alb-ticketsite.log", r"""
https 2026-08-09T14:02:11.123456Z app/gatehouse-prod/«hex:16-albid» 92.40.1.22:51544 10.40.3.11:8080 0.001 0.052 0.000 200 200 512 2048 "GET https://tickets.thornburyrovers.co.uk:443/exports/sales.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260809%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-presignsig» HTTP/1.1"  ⟦aws-key-id|key id in a presigned URL in an access log⟧
"""),
    ("exports/har/ticket-exchange-bug.har", r"""
{"log":{"version":"1.2","creator":{"name":"Firefox","version":"128.0"},"entries":[
{"request":{"method":"POST","url":"https://tickets.thornburyrovers.co.uk/api/exchange/list","headers":[
{"name":"Authorization","value":"Bearer «jwt:exchangefan»"},  ⟦jwt|bearer JWT in a HAR file⟧
{"name":"Cookie","value":"GH_SESSION=«b62:48-ghsession»"}],"postData":{"text":"{\"ticket\":\"TK-9917340\",\"price\":42}"}},  ⟦app-secret|session cookie in a HAR file⟧
"response":{"status":500}}]}}
"""),
    ("exports/har/shop-checkout.har", r"""
{"log":{"entries":[{"request":{"url":"https://thornbury-rovers-store.myshopify.com/cart","headers":[{"name":"X-Shopify-Storefront-Access-Token","value":"«hex:32-storefront»"}]}}]}}  ⟪Storefront token, public by design⟫
"""),
    ("exports/iam-credential-report-2026-08.csv", r"""
user,arn,password_enabled,access_key_1_active,access_key_1_last_rotated,access_key_1_id
scoreboard-relay,arn:aws:iam::466273019853:user/scoreboard-relay,false,true,2025-06-02T09:11:00+00:00,«akid:relay»  ⟦aws-key-id|key id in a credential report⟧
vendor-turnpike-support,arn:aws:iam::466273019853:user/vendor-turnpike-support,false,true,2024-11-20T15:40:00+00:00,«akid:vendorlegacy»  ⟦aws-key-id|vendor key id in a credential report⟧
ses-smtp-boxoffice,arn:aws:iam::584120937716:user/ses-smtp-boxoffice,false,true,2025-08-01T08:00:00+00:00,«akid:sesbox»  ⟦aws-key-id|SMTP user key id in a credential report⟧
old-tracking,arn:aws:iam::302961845527:user/old-tracking,false,false,2023-02-10T08:00:00+00:00,«akid:oldtracking»  ⟦?aws-key-id|inactive key id in a credential report⟧
"""),
    ("exports/backups/turnstile-manager-settings.b64", r"""
«b64:credini:tsmanager»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("exports/backups/relay-secrets.json", r"""
{"relay":{"aws":"{\"id\":\"«akid:relay»\",\"secret\":\"«awssec:relay»\"}","region":"eu-west-2"}}  ⟦aws-key-id|key pair in an escaped JSON-in-JSON blob⟧
"""),
    ("exports/backups/vest-dock-export.hex", r"""
# TG-DOCK-1 settings dump (hex) - vendor asked for it
«hexenc:awssec:vestdock»  ⟦aws-hex|hex-encoded AWS secret in a device dump⟧
"""),
    ("exports/backups/signage-player-prefs.json", r"""
{"prefs":{"cloudSync":{"awsKeyId":"«uesc:akid:signage»","awsSecret":"«uesc:awssec:signage»"}}}  ⟦aws-key-id|\u-escaped AWS key pair⟧
"""),
    ("exports/backups/kiosk-image-secrets.txt", r"""
# kiosk image build leftovers (double base64, the imager encodes twice)
«b64b64:awssec:kioskimg»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("exports/backups/form-post-capture.txt", r"""
POST /setup/aws HTTP/1.1
Host: 10.40.8.20:8080
Content-Type: application/x-www-form-urlencoded

access_key=«akid:relayform»&secret_key=«pct:awssec:relayform»&region=eu-west-2  ⟦aws-key-id|form body with key id and percent-encoded secret⟧
"""),
    ("exports/backups/boxoffice-db-dump.sql", r"""
INSERT INTO integration_settings (name, value) VALUES ('printer_password', '«pw6:ticketprinter»');  ⟦password|password in a SQL dump⟧
INSERT INTO integration_settings (name, value) VALUES ('smtp_key_id', '«akid:sesbox»');  ⟦aws-key-id|SMTP key id in a SQL dump⟧
INSERT INTO users (login, password_hash) VALUES ('bo_manager', '«bcrypt:bo»');  ⟪bcrypt hash⟫
"""),
    ("exports/stewards-logins.csv", r"""
name,role,login,temp_password
A. Okafor,Senior Steward,steward.0101,«kitpw:st0101»  ⟦password|steward temp password in a CSV⟧
J. Byrne,Steward,steward.0412,«kitpw:st0412»  ⟦password|steward temp password in a CSV⟧
M. Nowak,Safety Officer,safety.officer,(SSO)
"""),
    ("deploy/kustomize/wifi-portal/kustomization.yaml", r"""
resources: [deployment.yaml, service.yaml]
secretGenerator:
  - name: portal-secrets
    literals:
      - RADIUS_SECRET=«pwr:radius»  ⟦password|kustomize secretGenerator literal⟧
      - CAPTIVE_SESSION_KEY=«b64k:32-captive»  ⟦app-secret|kustomize secretGenerator literal⟧
    envs: [portal.env]
"""),
    ("deploy/kustomize/wifi-portal/portal.env", r"""
CRM_OPTIN_API_KEY=«b62:32-optinapi»  ⟦app-secret|kustomize env file API key⟧
PORTAL_THEME=matchday
"""),
    ("deploy/argocd/scoreboard-app.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata: {name: scoreboard-relay, namespace: argocd}
spec:
  source:
    repoURL: https://gitlab.thornburyrovers.co.uk/stadium/scoreboard.git
    path: chart
    helm:
      parameters:
        - name: controller.password
          value: «pw6:lumactl»  ⟦password|Argo CD Helm parameter password⟧
  destination: {server: https://kubernetes.default.svc, namespace: stadium}
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-stadium
  namespace: argocd
  labels: {argocd.argoproj.io/secret-type: repository}
stringData:
  url: https://gitlab.thornburyrovers.co.uk/stadium/scoreboard.git
  username: argocd
  password: «glpat:argocd»  ⟦app-secret|GitLab token as an Argo CD repo password⟧
"""),
    ("infra/terragrunt/stadium/terragrunt.hcl", r"""
include "root" { path = find_in_parent_folders() }
inputs = {
  bms_vpn_psk      = "«pwr:plantvpn2»"  ⟦password|Terragrunt input PSK⟧
  turnstile_vendor = "turnpike"
  grafana_admin    = get_env("GRAFANA_ADMIN_PASSWORD")  ⟪get_env⟫
}
"""),
    (".drone.yml", r"""
kind: pipeline
name: signage
steps:
  - name: publish
    image: plugins/s3
    settings:
      bucket: trfc-signage-466273019853
      access_key: «akid:drone»  ⟦aws-key-id|access key id in a Drone step⟧
      secret_key: «awssec:drone»  ⟦aws-secret|secret key in a Drone step⟧
      source: dist/**/*
"""),
    (".teamcity/settings.kts", r"""
object BoxOfficeBuild : BuildType({
    name = "Box office"
    params {
        password("env.SQL_PASSWORD", "credentialsJSON:«uuid:tcjson»")  ⟪TeamCity credentials reference⟫
        param("env.PRINTER_PASSWORD", "«pw6:ticketprinter»")  ⟦password|TeamCity plain param password⟧
    }
})
"""),
    ("deploy/tekton/tracking-pipeline.yaml", r"""
apiVersion: tekton.dev/v1
kind: Pipeline
metadata: {name: tracking-models}
spec:
  params:
    - name: wandb-key
      default: «wandb:tracking»  ⟦app-secret|W&B key as a Tekton param default⟧
  tasks:
    - name: train
      taskRef: {name: train-xt}
"""),
    ("deploy/helmfile.yaml", r"""
releases:
  - name: fan-predictor
    chart: ./charts/predictor
    values:
      - mongo:
          auth:
            rootPassword: «pp:predictormongo»  ⟦password|helmfile inline values password⟧
  - name: stadium-grafana
    chart: grafana/grafana
    values: [../helm/stadium-grafana/values.yaml]
"""),
]

FILES += [
    ("docs/wiki/broadcast-feeds.md", r"""
# Broadcast feeds (wiki)

| feed | protocol | where the passphrase lives |
|---|---|---|
| rights holder primary | SRT caller to `contribution.rightsholder-tv.com:20400` | Secrets Manager `srt/rights-holder` |  ⟪pointer to a secret store⟫
| club channel | SRT from the OB truck | Secrets Manager `srt/ob-truck` |  ⟪pointer to a secret store⟫
| VAR review | SRT on the isolated VLAN, no passphrase (air-gapped) | n/a |

Stream keys for the club's social live streams are rotated by the platform after every stream; the key shown
in the encoder UI (`live_****************`) is masked.  ⟪masked stream key⟫
"""),
    ("docs/wiki/aws-accounts.md", r"""
# AWS accounts

| account | id | what |
|---|---|---|
| fan platform | 584120937716 | ticketing, fan app, membership, shop |
| performance | 302961845527 | tracking, scouting, medical, analytics |
| shared services | 719305628441 | ECR, CI, artifacts, Terraform state |
| stadium | 466273019853 | turnstiles, BMS VPN, CCTV exports, signage |

Log in through IAM Identity Center (https://trfc.awsapps.com/start). Access keys are not issued to people.
Role ARNs look like `arn:aws:iam::466273019853:role/StadiumOps`; unique ids like `«aroa:doc»` in CloudTrail are not secrets.  ⟪IAM unique id⟫
"""),
    ("mail/2026-08-11-pos-vendor.eml", r"""
From: onboarding@tillpoint.cloud
To: concessions.manager@thornburyrovers.co.uk
Subject: Your Tillpoint back office is ready

Hello,

Your back office for site millyard-01 is live at https://millyard-01.tillpoint.cloud.
Username: concessions.manager@thornburyrovers.co.uk
Temporary password: «pwp:tillpointtemp»  ⟦?password|temporary first-login password from a vendor⟧
Your API key for the menu sync (keep it safe): «b62:32-tillapi»  ⟦app-secret|POS API key in a vendor e-mail⟧

The Tillpoint team
"""),
    ("mail/2026-06-30-kit-supplier.eml", r"""
From: b2b@kitprint-studio.com
To: retail@thornburyrovers.co.uk
Subject: API access for shirt personalisation

Hi both,
Production key for the personalisation API: «b62:32-kitprinter»  ⟦app-secret|API key in a supplier e-mail⟧
Sandbox key (for your developers): sandbox_test_0000000000000000  ⟪sandbox test key⟫
Webhook signatures are HMAC-SHA256 with your key; our public IP list is on our docs site.
"""),
    ("tickets/TKT-4402.txt", r"""
TKT-4402  Remove turnstile keys from the firmware build  [P2]
Description: the TC-400 image build script writes the site key into /etc/tc400/site.key. See postmortem 2026-03-14.
Comment (dpatel): build now reads the key from Secrets Manager at flash time: `aws secretsmanager get-secret-value --secret-id stadium/turnstiles/site-key`.  ⟪CLI reference to a secret⟫
Comment (kwalsh): old key «devkey:tcold» is revoked on all gates, confirmed by the vendor.  ⟦?app-secret|revoked turnstile key quoted in a ticket⟧
"""),
    ("logs/scoreboard-relay.log", r"""
2026-08-09 14:59:58 relay INFO  clock sync ok offset=3ms
2026-08-09 15:00:01 relay INFO  kick-off received from OB feed
2026-08-09 15:00:02 relay DEBUG login controller 10.40.8.21 user=operator pass=«pw6:lumactl»  ⟦password|password in a device debug log⟧
2026-08-09 15:47:12 relay INFO  goal event team=home player=9 minute=47
2026-08-09 15:47:12 relay INFO  ribbon push ok token=**** sha=«sha:ribbonpush»  ⟪masked token and commit hash⟫
"""),
    ("logs/iot-turnstile-rule-errors.json", r"""
{"ruleName":"ScanRule","actionType":"HTTP","failures":[{"failedAction":"HttpAction","errorMessage":"HTTP 401 from gatehouse","httpHeaders":[{"key":"X-Gatehouse-Key","value":"«b62:36-gatehousescan»"}]}]}  ⟦app-secret|API key echoed in an IoT rule error log⟧
"""),
    ("exports/crm/membership-export-sample.csv", r"""
member_id,tier,season,email_hash,card_uid
M-0041821,Gold,2026,«sha256:em1»,04A2«uhex:10-uid1»  ⟪email hash and card UID⟫
M-0041822,Junior,2026,«sha256:em2»,04A2«uhex:10-uid2»  ⟪email hash and card UID⟫
M-0041823,Silver,2026,«sha256:em3»,04A2«uhex:10-uid3»  ⟪email hash and card UID⟫
"""),
    ("scripts/perf/gps_vendor_test.py", r"""
\"\"\"Smoke check of the GPS vest API - run from a laptop at the training ground.\"\"\"
import requests

API = "https://cloud.vestlink-performance.com/api"
KEY = "«b62:40-vestapikey»"  ⟦app-secret|vest API key in a smoke-check script⟧
print(requests.get(f"{API}/athletes", headers={"Authorization": f"Bearer {KEY}"}, timeout=10).status_code)
"""),
    ("apps/gatehouse/src/test/java/uk/co/trfc/gatehouse/BarcodeTest.java", r"""
package uk.co.trfc.gatehouse;

class BarcodeTest {
    // RFC-style vector, not a production key
    private static final String KEY = "0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0";  ⟪test vector in a test path⟫
    private static final String FAKE_ADYEN = "AQE_test_not_a_real_key";  ⟪test-marked value⟫
}
"""),
    ("stadium/turnstiles/tc400-gate-S01.cfg", r"""
; Turnpike TC-400 controller configuration export - gate S01 (Kestrel End) after board replacement
[backend]
url=https://gatehouse.thornburyrovers.co.uk/api/v2/validate
site_key=********************************  ⟪masked key in an export⟫
[admin]
user=tcadmin
password=«pw6:tcs01»  ⟦password|admin password in a gate export⟧
[mqtt]
user=gate-s01
password=«kitpw:tsmqtt»  ⟦password|MQTT password in a gate export⟧
"""),
    ("stadium/hospitality/lounge-ipad-profile.mobileconfig", r"""
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key><string>com.apple.wifi.managed</string>
      <key>SSID_STR</key><string>TRFC-HOSPITALITY</string>
      <key>Password</key><string>«wifipsk:hospitality»</string>  ⟦password|Wi-Fi PSK in a configuration profile⟧
      <key>EncryptionType</key><string>WPA2</string>
    </dict>
  </array>
  <key>PayloadUUID</key><string>«uuid:mcprofile»</string>  ⟪profile UUID⟫
</dict>
</plist>
"""),
    ("stadium/medical-room/defib-monitor.txt", r"""
Defibrillator fleet monitoring (8 units around the bowl)
Portal: https://portal.aedwatch-uk.com  login: medical@thornburyrovers.co.uk  password: «pwn:aedportal»  ⟦password|medical equipment portal password in a note⟧
Units report self-tests daily over LTE; check battery dates before the season opener.
"""),
]
