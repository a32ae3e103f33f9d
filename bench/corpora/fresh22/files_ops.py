"""fresh22 templates, operations (Marwick Hale Tennant LLP): engineers' and lawyers' home directories (Linux,
macOS and Windows), keys and certificates, scripts, runbooks and documents, tickets, chat exports (Slack,
Teams, WhatsApp), e-mail, logs, dumps and encoded leftovers.
Markers: render.py and README.md."""

FILES = [
    ("home/ingrid/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:ingrid»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:ingrid»  ⟦aws-secret|default profile secret⟧

[ediscovery-breakglass]
aws_access_key_id=«asia:ingridbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:ingridbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:ingridbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/ingrid/.aws/config", r"""
[profile practice]
sso_session = mht
sso_account_id = 418305927614  ⟪account id⟫
sso_role_name = PlatformEngineer
region = us-east-1

[sso-session mht]
sso_start_url = https://mhtlaw.awsapps.com/start
sso_region = us-east-1

[profile ediscovery]
credential_process = /usr/local/bin/aws-vault exec ediscovery --json  ⟪credential_process⟫
region = us-east-1
"""),
    ("home/ingrid/.bash_history", r"""
aws ecs list-services --cluster practice --profile practice
export PGPASSWORD='«pwn:clearancedb»'  ⟦password|PGPASSWORD export in bash history⟧
psql -h clearance.cluster-c3m1x9qz2k7w.us-east-1.rds.amazonaws.com -U clearance clearance
sqlcmd -S e3e-sql01.mhtlaw.internal -U ledgerline -P '«pwx:elitesql»' -Q "select count(*) from Timecard where WorkDate > '2026-11-01'"  ⟦password|sqlcmd -P password in history⟧
helm upgrade sieve charts/sieve -f values-prod.yaml --set postgresql.auth.password='«pwn:sievepg»'  ⟦password|helm --set password⟧
aws secretsmanager get-secret-value --secret-id sieve/relativity/sa --query SecretString --output text  ⟪secret lookup⟫
export AWS_ACCESS_KEY_ID=«akid:ingridcli»  ⟦aws-key-id|exported key id in bash history⟧
export AWS_SECRET_ACCESS_KEY=«awssec:ingridcli»  ⟦aws-secret|exported secret in bash history⟧
"""),
    ("home/matthias/.zsh_history", r"""
: 1763459101:0;curl -s -u mht-ci:«pwx:artifactory» https://mhtlaw.jfrog.io/artifactory/api/storage/libs-release  ⟦password|curl -u password in zsh history⟧
: 1763459240:0;export OPENAI_API_KEY=«oai:matthias»  ⟦openai|OpenAI key exported in zsh history⟧
: 1763459391:0;mysql -h ledger.cluster-c4r8zq1mxt2e.us-east-1.rds.amazonaws.com -u ledger_admin -p'«pwn:ledgerdb»' escrowline  ⟦password|mysql -p password in history⟧
: 1763459702:0;redis-cli -h master.lodestar-sess.x7d1kq.euw2.cache.amazonaws.com --tls -a '«pwr:lodestarredis»' info  ⟦password|redis-cli -a password⟧
: 1763460015:0;aws sso login --profile practice
"""),
    ("home/matthias/.pgpass", r"""
tallyman.cluster-c3m1x9qz2k7w.us-east-1.rds.amazonaws.com:5432:tallyman:tallyman:«pwn:tallymandb»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/matthias/.ssh/id_ed25519", r"""
«openssh:edmatthias:matthias@mht-mbp16»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/matthias/.ssh/id_ed25519.pub", r"""
«sshpub:edmatthias:matthias@mht-mbp16»  ⟪SSH public key⟫
"""),
    ("home/matthias/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»=|«b64k:20-khhash»= ecdsa-sha2-nistp256 «b64k:104-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/kenji/.git-credentials", r"""
https://kenji-mht:«ghp:kenji»@github.com  ⟦github|token in .git-credentials⟧
https://kenji.sato:«glpat:kenji»@gitlab.mhtlaw.com  ⟦app-secret|GitLab token in .git-credentials⟧
"""),
    ("home/kenji/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:kenji»"},  ⟦docker-hub|docker config auth with a Docker Hub token⟧
    "375920184463.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credHelpers": {"public.ecr.aws": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/kenji/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: practice-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ecekca:kubernetes»  ⟪base64 CA certificate⟫
  - name: ediscovery-onprem
    cluster:
      server: https://k8s-ed.mhtlaw.internal:6443
contexts:
  - name: practice-prod
    context: {cluster: practice-prod, user: eks}
  - name: ediscovery-onprem
    context: {cluster: ediscovery-onprem, user: ed-admin}
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, practice-prod]  ⟪exec plugin⟫
  - name: ed-admin
    user:
      token: «b62:64-k8stoken»  ⟦app-secret|static Kubernetes token in kubeconfig⟧
"""),
    ("home/kenji/.netrc", r"""
machine mhtlaw.jfrog.io
  login mht-ci
  password «pwx:artifactory»  ⟦password|.netrc password⟧
"""),
    ("home/kenji/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:kenji»  ⟦npm|npm token in a user .npmrc⟧
init-author-name=Kenji Sato
"""),
    ("home/aurelie/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser -Filter 'Department -eq "Litigation Support"' | Select-Object SamAccountName
net use P: \\par-fs01\cabinet /user:MHTLAW\svc-scan «pwc:svcscan»  ⟦password|net use password in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance e3e-sql01.mhtlaw.internal -Username NxFramework -Password '«pwx:nxframework»' -Query 'EXEC dbo.NxRebuildCache'  ⟦password|Invoke-Sqlcmd -Password in history⟧
$cred = Get-Credential MHTLAW\adm-aurelie  ⟪interactive prompt⟫
Set-ADAccountPassword -Identity jholloway -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '«pwp:hollowayreset»' -Force)  ⟦password|reset password in PowerShell history⟧
"""),
    ("home/aurelie/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.lumen-discovery.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>mht_ingest</User>
      <Pass encoding="base64">«b64:pwr:lumensftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Lumen processing</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/aurelie/AppData/Roaming/WinSCP.ini", r"""
[Sessions\mht_adv@sftp.sg-payroll-bureau.com]
HostName=sftp.sg-payroll-bureau.com
UserName=mht_adv
Password=A35C«uhex:60-winscp»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/aurelie/Documents/RDP/e3e-app01.rdp", r"""
full address:s:e3e-app01.mhtlaw.internal
username:s:MHTLAW\adm-aurelie
password 51:b:«dpapi:rdpaurelie»  ⟪DPAPI blob⟫
screen mode id:i:2
"""),
    ("home/joaquim/.config/rclone/rclone.conf", r"""
[kiteworks-archive]
type = sftp
host = files.mhtlaw.com
user = archive-sync
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧

[s3-archive]
type = s3
provider = AWS
env_auth = true  ⟪environment credentials⟫
region = sa-east-1
"""),
    ("home/joaquim/.s3cfg", r"""
[default]
access_key = «akid:joaquims3»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:joaquims3»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.sa-east-1.amazonaws.com
use_https = True
"""),
    ("home/joaquim/.vault-token", r"""
«hvs:joaquim»  ⟦vault|Vault token file⟧
"""),
    ("home/joaquim/.config/gh/hosts.yml", r"""
github.com:
    user: joaquim-mht
    oauth_token: «gho:joaquim»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/joaquim/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:joaquim»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/siobhan/notes/logins.md", r"""
# my logins (move to 1Password!!)

- Westlaw: siobhan.brennan@mhtlaw.com / «pwn:westlawsb»  ⟦password|research-platform password in personal notes⟧
- PACER: sbrennan_mht / «pwl:pacersb»  ⟦password|PACER password in personal notes⟧
- Practical Law: SSO via Okta
- Companies House key for the intake script: «uuid:chkey»  ⟦app-secret|Companies House key in personal notes⟧
"""),
    ("home/siobhan/.config/openvpn/mht-ldn.ovpn", r"""
client
dev tun
proto udp
remote vpn-ldn.mhtlaw.com 1194
<ca>
«cert:ecvpnca:MHT VPN CA»  ⟪CA certificate⟫
</ca>
<cert>
«cert:ecvpnsiobhan:siobhan.brennan»
</cert>
<key>
«pem:pkcs8:ecvpnsiobhan»  ⟦private-key|inline client key in an OpenVPN profile⟧
</key>
"""),
    ("home/siobhan/.config/wireguard/wg-fra.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.14/32
DNS = 10.40.1.20

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
PresharedKey = «b64k:32-wgpsk»  ⟦password|WireGuard preshared key⟧
Endpoint = vpn-fra.mhtlaw.com:51820
AllowedIPs = 10.40.0.0/16
"""),
    ("home/tariq/.m2/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>mht-releases</id>
      <username>mht-ci</username>
      <password>«pwx:artifactory»</password>  ⟦password|Maven settings.xml password⟧
    </server>
    <server>
      <id>mht-snapshots</id>
      <username>mht-ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("home/tariq/.config/pip/pip.conf", r"""
[global]
index-url = https://mht-ci:«pct:pwx:artifactory»@mhtlaw.jfrog.io/artifactory/api/pypi/pypi-remote/simple  ⟦conn-string|pip index URL with a password⟧
timeout = 60
"""),
    ("ops/tls/clients.mhtlaw.com.key", r"""
«pem:pkcs8:rsaextranet»  ⟦private-key|TLS private key⟧
"""),
    ("ops/tls/clients.mhtlaw.com.crt", r"""
«cert:rsaextranet:clients.mhtlaw.com»  ⟪certificate⟫
"""),
    ("ops/scripts/rotate-nuix-vendor-key.sh", r"""
#!/usr/bin/env bash
# rotate the Nuix vendor export key (quarterly); the old key id is deactivated, then deleted a week later
set -euo pipefail
OLD_KEY_ID="«akid:nuixvendor»"  ⟦aws-key-id|old key id in a rotation script⟧
USER=vendor-nuix-export
aws iam create-access-key --user-name "$USER" > /tmp/newkey.json
aws iam update-access-key --user-name "$USER" --access-key-id "$OLD_KEY_ID" --status Inactive
jq -r .AccessKey.AccessKeyId /tmp/newkey.json
"""),
    ("ops/scripts/restore-e3e-uat.ps1", r"""
# restore last night's Elite 3E backup into UAT and scrub client names
$server = 'e3e-sql-uat.mhtlaw.internal'
Restore-SqlDatabase -ServerInstance $server -Database TE_3E_UAT -BackupFile \\backup01\e3e\TE_3E_PROD_full.bak -ReplaceDatabase
Invoke-Sqlcmd -ServerInstance $server -Username sa -Password '«pwcity:e3euatsa»' -InputFile .\scrub-clients.sql  ⟦password|Invoke-Sqlcmd -Password in a script⟧
Invoke-Sqlcmd -ServerInstance $server -Username sa -Password $env:E3E_UAT_SA -Query 'DBCC SHRINKDATABASE(TE_3E_UAT)'  ⟪env lookup⟫
"""),
    ("ops/scripts/sql/reporting-logins.sql", r"""
-- SSRS and Power BI gateway logins on e3e-sql01
CREATE LOGIN [rpt_powerbi] WITH PASSWORD = N'«pwx:rptpowerbi»', CHECK_POLICY = ON;  ⟦password|CREATE LOGIN with a literal password⟧
CREATE LOGIN [rpt_ssrs] WITH PASSWORD = N'«pwn:rptssrs»', CHECK_POLICY = OFF;  ⟦password|CREATE LOGIN with a literal password⟧
CREATE LOGIN [MHTLAW\svc-ssrs] FROM WINDOWS;  ⟪Windows login, no password⟫
"""),
    ("ops/scripts/ad/new-starter.ps1", r"""
# New starter: AD account, mailbox, iManage and Intapp groups. First-logon password is the firm default.
param([string]$Sam, [string]$Given, [string]$Surname, [string]$Office)
$initial = ConvertTo-SecureString 'Welcome2MHT!' -AsPlainText -Force  ⟦?password|firm-wide default first-logon password⟧
New-ADUser -SamAccountName $Sam -GivenName $Given -Surname $Surname -AccountPassword $initial -ChangePasswordAtLogon $true -Enabled $true -Path "OU=$Office,OU=Lawyers,DC=mhtlaw,DC=internal"
Add-ADGroupMember -Identity "iManage-$Office" -Members $Sam
"""),
    ("ops/scripts/print/map-followme.bat", r"""
@echo off
rem follow-me print for hot desks (Paris office)
net use \\print-par01.mhtlaw.internal\IPC$ /user:MHTLAW\svc-print «pwcity:svcprint»  ⟦password|net use password in a batch file⟧
rundll32 printui.dll,PrintUIEntry /in /n "\\print-par01.mhtlaw.internal\FollowMe-Mono"
"""),
    ("ops/scripts/datasite_export.py", r"""
#!/usr/bin/env python3
# pull the Q&A log from a Datasite project into the matter workspace
import os
import requests

TOKEN = os.environ.get("DATASITE_API_TOKEN")  ⟪environ lookup⟫
SLACK = "«slackhook:dealteam»"  ⟦slack|Slack webhook in a script⟧

r = requests.get("https://api.datasite.com/v1/projects/«uuid:dsproject»/qna", headers={"Authorization": f"Bearer {TOKEN}"})
requests.post(SLACK, json={"text": f"{len(r.json())} Q&A items exported"})
"""),
    ("docs/runbooks/ediscovery-processing.md", r"""
# Runbook: e-discovery processing (Nuix workers)

1. Check the licence server: `nuix-licence-check --server nms.ediscovery.mhtlaw.internal:27443`.
2. If workers fail with "licence denied", log into the NMS console as `nms-admin` with `«pwl:nmsadmin»`.  ⟦password|password in backticks in a runbook⟧
3. The SQL password for the worker database is in Secrets Manager under `sieve/worker/sql`.  ⟪pointer to a vault⟫
4. Exports to the review vendor go through `export_to_s3.rb`; never e-mail a production.
"""),
    ("docs/runbooks/trust-reconciliation.md", r"""
# Runbook: client trust reconciliation (escrowline)

The three-way reconciliation runs at 06:30 ET after the BAI2 prior-day file lands.

- If the bank's SFTP rejects the positive-pay file, the bank's support line asks for the company PIN:
  it is «pin:6-bankpin».  ⟦password|bank support PIN in a runbook sentence⟧
- Ledger DB admin: user `ledger_admin`, password rotated monthly; current value: «pwn:ledgerdb»  ⟦password|ledger password in a runbook⟧
- Plaid dashboard access is SSO only.
"""),
    ("docs/runbooks/citrix-outage.md", r"""
# Runbook: Citrix gateway outage

- Check NetScaler HA state: `show ha node` on ns-ldn01 / ns-ldn02 (login `nsroot`, password in CyberArk safe NET-ADC).  ⟪pointer to a vault⟫
- Cloud connectors: restart the Citrix Remote Broker Provider service on both connectors.
- If the Cloud API client was rotated, the new secret must go into `citrix/cloud-api` in Secrets Manager, not into the CSV.
- Emergency local admin on the connectors: `mhtadmin` / `«pwcity:nuixlocal»`  ⟦password|emergency local admin password in a runbook⟧
"""),
    ("docs/onboarding/it-pack-trainee-solicitors.md", r"""
# IT pack - trainee solicitors (September intake)

- Your first password is `Welcome2MHT!`; you will be asked to change it on first logon.  ⟦?password|default first-logon password in an onboarding document⟧
- Visitor Wi-Fi for clients: **MHT-Visitors**, passphrase `«wifipsk:visitors»`.  ⟦?password|visitor Wi-Fi passphrase shown to clients⟧
- Dictation: your BigHand app pairs with your Okta login; no separate password.
- Never paste client documents into public AI tools; use quillon (https://quillon.mhtlaw.internal).
"""),
    ("docs/adr/0011-ai-provider-keys.md", r"""
# ADR 0011: how AI provider keys reach quillon

Status: accepted (2026-09)

Keys are stored in Secrets Manager (`quillon/openai`, `quillon/anthropic`) and mounted through the
External Secrets operator. A key looks like `sk-proj-...` or `sk-ant-api03-...`; never paste one into a  ⟪key shapes described in prose⟫
ticket. Local development uses `OPENAI_API_KEY=sk-dummy` against the mock server.  ⟪dummy value⟫
"""),
    ("docs/postmortem/2026-10-pacer-lockout.md", r"""
# Postmortem: PACER account lockout (2026-10-21)

Summary: the docketing poller kept retrying with the old password after it was changed on the PACER site.
The new password («pwl:pacer») was updated in Lambda env but not in the compose `.env` on the on-prem box.  ⟦password|password quoted in a postmortem⟧
Actions: move PACER credentials to Secrets Manager (DOCK-311); alert on three consecutive 401s.
"""),
    ("docs/security/secrets-handling.md", r"""
# Secrets handling at MHT

- Store credentials in Secrets Manager or CyberArk; reference them as `{{resolve:secretsmanager:...}}`,  ⟪reference syntax in prose⟫
  `valueFrom`, or `${ssm:/path}`.
- Example of what NOT to commit: `aws_access_key_id = «docs:akidx»`.  ⟪X-filled key id⟫
- Client data-room passwords are given by phone, never written in tickets.
"""),
    ("docs/aws-access.md", r"""
# Getting AWS access

Use SSO (`aws sso login --profile practice`). Long-lived keys are not issued to people.
The AWS docs use `«docs:akid»` / `«docs:secret»` in examples; those are not ours.  ⟪AWS documentation keys⟫
"""),
    ("tickets/jira/LITSUP-2231.json", r"""
{
  "key": "LITSUP-2231",
  "fields": {
    "summary": "Relativity hosting: SFTP upload failing for PROD004",
    "reporter": {"displayName": "Oluwaseun Adeyemi"},
    "description": "Upload to sftp.lumen-discovery.com fails with auth error. Using mht_ingest / «pwr:lumensftp» as in the handover mail.",  ⟦password|password pasted in a Jira description⟧
    "comment": {"comments": [
      {"author": {"displayName": "Service Desk"}, "body": "Vendor reset it; new one is in the LitSupport vault entry."}  ⟪pointer to a vault⟫
    ]}
  }
}
"""),
    ("tickets/servicenow/INC0091822.txt", r"""
Number: INC0091822
Caller: Reception LDN
Short description: Boardroom Teams Room not signing in
Work notes:
  2026-11-12 09:14 - resource account password expired; reset to «pwx:mtrldn» and updated SkypeSettings.xml on the device  ⟦password|reset password in a ServiceNow work note⟧
  2026-11-12 09:20 - signed in, resolved
Assignment group: EUC-London
"""),
    ("chat/slack/platform-2026-11.json", r"""
[
  {"ts": "1763312011.000200", "user": "U04«up:8-slu1»", "text": "who owns the key the Nuix vendor uses? CloudTrail shows it from a new IP"},  ⟪Slack ids⟫
  {"ts": "1763312090.000300", "user": "U04«up:8-slu2»", "text": "it's «akid:nuixvendor», the vendor-nuix-export user"},  ⟦aws-key-id|key id quoted in Slack⟧
  {"ts": "1763312155.000400", "user": "U04«up:8-slu1»", "text": "ok and the secret they were given? `«awssec:nuixvendor»`"},  ⟦aws-secret|secret pasted in Slack⟧
  {"ts": "1763312201.000500", "user": "U04«up:8-slu2»", "text": "please don't paste secrets here, rotating now"}
]
"""),
    ("chat/teams/litsupport-channel.html", r"""
<html><body>
<div class="message"><span class="author">Oluwaseun Adeyemi</span> <span class="time">17/11/2026 16:40</span>
<p>Lumen sent the workspace admin login - user mht.admin@mhtlaw.com, temp password «pwx:relhostadmin»</p></div>  ⟦?password|temporary vendor password relayed in a chat⟧
<div class="message"><span class="author">Jonas Weber</span> <span class="time">17/11/2026 16:42</span>
<p>For the Frankfurt custodians, the zip password is «pwr:fracustzip»</p></div>  ⟦password|archive password in a Teams message⟧
</body></html>
"""),
    ("chat/whatsapp/sg-partners.txt", r"""
18/11/2026, 08:02 - Tariq Hussain: Wi-Fi at the client's office is AldergroveGuest / «wifipsk:aldergrove»  ⟦?password|a client's guest Wi-Fi passphrase⟧
18/11/2026, 08:05 - Yuki Tanaka: thanks. Westlaw is asking me to log in again on the iPad
18/11/2026, 08:06 - Tariq Hussain: use the team login sg-research@mhtlaw.com / «pwn:westlawsg»  ⟦password|shared research password in a WhatsApp export⟧
18/11/2026, 08:07 - Yuki Tanaka: 👍
"""),
    ("mail/2026-11-vendor-papercut.eml", r"""
From: PaperCut Partner Support <support@printworks-partner.co.uk>
To: euc-london@mhtlaw.com
Subject: RE: Site server for the Madrid office
Date: Wed, 11 Nov 2026 11:20:04 +0000
Content-Type: text/plain; charset=utf-8

Hello,

The Madrid site server is installed. The PaperCut web services token we configured is
«b62:32-papercutws» (same as the primary).  ⟦app-secret|PaperCut token quoted in an e-mail⟧
The local admin for the site server is papercut-admin / «pwcity:papercutmad».  ⟦password|admin password in a vendor e-mail⟧

Kind regards, PrintWorks
"""),
    ("mail/2026-10-ediscovery-vendor-keys.eml", r"""
From: Platform Engineering <platform@mhtlaw.com>
To: ops@lumen-discovery.com
Subject: S3 access for productions (Aldergrove)
Date: Mon, 19 Oct 2026 10:04:51 +0000
Content-Type: text/plain; charset=utf-8

Access key id: «akid:relpartner»  ⟦aws-key-id|key id in an e-mail⟧
Secret access key: «awssec:relpartner»  ⟦aws-secret|secret in an e-mail⟧
Bucket: mht-ediscovery-exports-629174038552 (prefix aldergrove/)
"""),
    ("logs/folio-bridge/2026-11-18.log", r"""
2026-11-18T06:00:01.114Z INFO  sync.start run=«uuid:folrun1» matters=118  ⟪run id⟫
2026-11-18T06:00:02.402Z DEBUG http POST https://dms.mhtlaw.com/auth/oauth2/token headers={'Authorization': 'Basic «basic:imanagebasic»'}  ⟦password-b64|basic-auth header logged at DEBUG⟧
2026-11-18T06:00:02.913Z INFO  imanage token ok expires_in=1800 token=eyJ****  ⟪masked token⟫
2026-11-18T06:00:05.771Z WARN  netdocs 429 retry-after=30 client_secret=****«tail:b62:40-ndsec»  ⟪masked secret tail⟫
2026-11-18T06:03:41.008Z INFO  sync.done workspaces=118 errors=0
"""),
    ("logs/alb/vestibule-alb-2026-11-18.log", r"""
https 2026-11-18T09:12:44.001122Z app/vestibule-alb/«hex:16-albid» 81.2.69.142:53311 10.70.3.21:8080 0.001 0.084 0.000 200 200 512 2211 "GET https://clients.mhtlaw.com:443/docs/download?key=closing%2Fheron%2FSPA-v14.pdf&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:vestibulerails»%2F20261118%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261118T091244Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=«sha256:presig»" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-11-18T09:12:45.310021Z app/vestibule-alb/«hex:16-albid» 81.2.69.142:53312 10.70.3.22:8080 0.001 0.012 0.000 304 304 498 0 "GET https://clients.mhtlaw.com:443/static/app.css HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
"""),
    ("logs/cloudtrail/418305927614_CloudTrail_us-east-1_20261118.json", r"""
{"Records": [
  {"eventVersion": "1.10", "eventTime": "2026-11-18T02:14:09Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "AIDA«b32:17-aidanuix»", "userName": "vendor-nuix-export",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:nuixvendor»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "185.220.101.7", "requestID": "«up:16-ctreq1»", "eventID": "«uuid:ctev1»"},
  {"eventVersion": "1.10", "eventTime": "2026-11-18T02:15:40Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
   "userIdentity": {"type": "AssumedRole", "principalId": "AROA«b32:17-aroaed»:ingrid",
    "accessKeyId": "«asia:ctingrid»"},  ⟦aws-key-id|CloudTrail temporary accessKeyId⟧
   "requestID": "«up:16-ctreq2»", "eventID": "«uuid:ctev2»"}
]}
"""),
    ("logs/codebuild/ledgerline-ci-1187.log", r"""
[Container] 2026/11/17 22:01:03.118 Running command printenv | sort
CODEBUILD_BUILD_ID=ledgerline-ci:«uuid:cbbuild»  ⟪build id⟫
ELITE_TS_PASSWORD=***  ⟪masked by CodeBuild⟫
AWS_ACCESS_KEY_ID=«akid:cbledger»  ⟦aws-key-id|key id printed by printenv in a build log⟧
AWS_SECRET_ACCESS_KEY=«awssec:cbledger»  ⟦aws-secret|secret printed by printenv in a build log⟧
NUGET_PAT=«gpat:nugetledger»  ⟦app-secret|PAT printed by printenv in a build log⟧
SONAR_TOKEN=«sqp:ledgerline»  ⟦sonarqube|Sonar token printed in a build log⟧
[Container] 2026/11/17 22:01:03.201 Phase complete: BUILD State: SUCCEEDED
"""),
    ("logs/nuix/worker-03-2026-11-16.log", r"""
2026-11-16 21:44:10,115 INFO  [main] Licence source: server nms.ediscovery.mhtlaw.internal:27443
2026-11-16 21:44:10,502 ERROR [main] Licence login failed for user=sieve-worker password=«pwx:nuixnms» (denied: seat limit)  ⟦password|password echoed in a worker log⟧
2026-11-16 21:44:40,517 INFO  [main] Retrying in 30s
2026-11-16 21:45:11,004 INFO  [main] Licence acquired: enterprise-workstation (8 workers) case=«uuid:nuixcase»  ⟪case GUID⟫
"""),
    ("logs/docusign-connect/listener-2026-11-18.log", r"""
09:41:22 INFO envelope=«uuid:env1» status=completed signer=1/1 x-docusign-signature-1=«b64k:32-dssig1»  ⟪HMAC signature header⟫
09:41:23 INFO filed to iManage LDN_ACTIVE doc=«num:8-imdoc».1  ⟪document number⟫
09:52:10 INFO envelope=«uuid:env2» status=sent
"""),
    ("dumps/vestibule_users.sql", r"""
-- pg_dump of vestibule.users and api_tokens (taken for the 2026-11 migration rehearsal)
COPY public.users (id, email, password_digest, role) FROM stdin;
1	m.hale@mhtlaw.com	«pbkdf2:u1»	admin  ⟪password hash⟫
2	client.ops@aldergrove-capital.com	«bcrypt:u2»	client  ⟪bcrypt hash⟫
\.
COPY public.api_tokens (id, owner, token, created_at) FROM stdin;
1	datasite-webhooks	«b62:40-apigwdatasite»	2026-09-02  ⟦app-secret|API token in a database dump⟧
\.
"""),
    ("dumps/intapp_integration_settings.csv", r"""
setting,value
Elite.Server,e3e-sql01.mhtlaw.internal
Elite.User,intapp_int
Elite.Password,«pwn:intappint»  ⟦password|password in a settings export⟧
Ldap.BindPassword,ENC:«b64k:48-intappenc»  ⟪encrypted value⟫
"""),
    ("leftovers/aws-credentials.b64", r"""
«b64:credini:ledgerci»  ⟦aws-b64|a whole credentials file, base64⟧
"""),
    ("leftovers/ci-secrets-dump.json", r"""
{"name": "ledgerline-ci", "secrets": "{\"AWS_ACCESS_KEY_ID\":\"«akid:ledgerjson»\",\"AWS_SECRET_ACCESS_KEY\":\"«awssec:ledgerjson»\"}"}  ⟦aws-key-id|JSON-in-JSON with a key pair on one line⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /login HTTP/1.1
Host: lodestar.mhtlaw.internal
Content-Type: application/x-www-form-urlencoded

username=lodestar-admin&password=«pct:pwl:lodestar»&remember=1  ⟦password|percent-encoded password in a form body⟧
"""),
    ("leftovers/export-escaped.json", r"""
{"integration": "escrowline-plaid", "config": "«uesc:plaid:prod»"}  ⟦app-secret|\uXXXX-escaped Plaid secret⟧
"""),
    ("leftovers/double-encoded.txt", r"""
# found in an old Jenkins job's parameters (double base64 of the secret)
«b64b64:awssec:tfbootstrap»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("leftovers/hexdump.txt", r"""
# xxd -p of the key the vendor sent back
«hexenc:awssec:relpartner»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("leftovers/pct-secret.txt", r"""
SES_SMTP_PASSWORD=«pct:sesv4:tallysmtp»  ⟦aws-percent|percent-encoded SES SMTP password⟧
"""),
    ("leftovers/region.b64", r"""
«b64:lit:eu-west-2»  ⟪base64 of a region name⟫
"""),
    ("ops/iam/access-keys-2026-11.csv", r"""
user,access_key_id,status,created,last_used
vendor-nuix-export,«akid:nuixvendor»,Active,2025-02-11,2026-11-18  ⟦aws-key-id|key id in a key audit⟧
vendor-relativity-productions,«akid:relpartner»,Active,2024-06-03,2026-11-17  ⟦aws-key-id|key id in a key audit⟧
ses-smtp-mfp-scan,«akid:mfpsmtp»,Active,2023-09-19,2026-11-18  ⟦aws-key-id|key id in a key audit⟧
svc-legacy-scan,«akid:legacyscan»,Inactive,2021-01-12,2022-04-30  ⟦?aws-key-id|inactive key id in a key audit⟧
"""),
    ("ops/vault/approle-quillon.json", r"""
{
  "role_id": "«uuid:approlerole»",
  "secret_id": "«uuid:approlesecret»"  ⟦app-secret|Vault AppRole secret_id⟧
}
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: docketeer
    escalation_policy: litigation-support
    integration_key: «pdkey:docketeer»  ⟦app-secret|PagerDuty routing key⟧
  - name: escrowline
    escalation_policy: finance-it
    integration_key: "{{ vault:pagerduty/escrowline }}"  ⟪vault reference⟫
"""),
    ("ops/sops/extranet.enc.yaml", r"""
highq_client_secret: «sops:highq»  ⟪SOPS value⟫
db_password: «sops:extdb»
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:851046273390:key/«uuid:kmssops»
          created_at: "2026-09-12T10:11:05Z"
          enc: AQICAHh«b64k:150-sopskms»  ⟪KMS data key⟫
    lastmodified: "2026-09-12T10:11:05Z"
    mac: «sops:mac»
    version: 3.9.0
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:tallyman»  ⟦newrelic|New Relic licence key⟧
  app_name: tallyman
  distributed_tracing:
    enabled: true
production:
  <<: *default_settings
"""),
]
