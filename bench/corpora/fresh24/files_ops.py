"""fresh24 templates, operations (Brakwater Terminals): engineers' home directories, scripts, runbooks and
docs (English, Dutch, Portuguese), tickets (Jira, ServiceNow), chat exports (Slack, Teams, WhatsApp), e-mail,
logs, dumps, encoded leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/joris/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:joris»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:joris»  ⟦aws-secret|default profile secret⟧

[terminal-breakglass]
aws_access_key_id=«asia:jorisbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:jorisbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:jorisbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[aws-docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/joris/.aws/config", r"""
[profile terminal]
sso_session = bkw
sso_account_id = 614203897551  ⟪account id⟫
sso_role_name = TerminalAdmin
region = eu-west-1

[sso-session bkw]
sso_start_url = https://brakwater.awsapps.com/start
sso_region = eu-west-1

[profile forwarding-ci]
credential_process = /usr/local/bin/aws-vault exec forwarding-ci --json  ⟪credential_process⟫
region = eu-central-1
"""),
    ("home/joris/.bash_history", r"""
aws ecs list-services --cluster gatehouse --profile terminal
export PGPASSWORD='«pwn:tasdb»'  ⟦password|PGPASSWORD export in bash history (the TAS DB password)⟧
psql -h gatehouse-tas.cz8m1q4v7xwe.eu-west-1.rds.amazonaws.com -U tas_app tas
aws configure set aws_secret_access_key «awssec:jorisold» --profile legacy  ⟦aws-secret|aws configure set secret in history⟧
aws secretsmanager get-secret-value --secret-id quayline/prod/n4-argoservice --query SecretString  ⟪secret lookup⟫
"""),
    ("home/thandiwe/.zsh_history", r"""
: 1764921101:0;cd ~/src/tallyman
: 1764921240:0;export AWS_ACCESS_KEY_ID=«akid:thandiwe»  ⟦aws-key-id|key id exported in zsh history⟧
: 1764921241:0;export AWS_SECRET_ACCESS_KEY=«awssec:thandiwe»  ⟦aws-secret|secret exported in zsh history⟧
: 1764921391:0;psql "postgresql://tallyman:«pct:pwc:tallymandb»@tallyman.cq1z8k2x7v3m.eu-central-1.rds.amazonaws.com/filings"  ⟦conn-string|PostgreSQL URL in zsh history⟧
: 1764921702:0;sqlplus N4_RO/«pw6:n4ro»@n4db.rtm.bkw.local:1521/N4RPT  ⟦password|sqlplus user/password in history⟧
"""),
    ("home/mariana/Documents/WindowsPowerShell/ConsoleHost_history.txt", r"""
Get-ADComputer -Filter 'Name -like "SSZ-LANE*"' | Select Name
Set-AWSCredential -AccessKey «akid:mariana» -SecretKey «awssec:mariana» -StoreAs ssz  ⟦aws-key-id|key pair in Set-AWSCredential⟧
cmdkey /add:ssz-fs01 /user:BKW\svc-ocr /pass:«pwp:cctvlanes»  ⟦password|cmdkey /pass in PowerShell history⟧
net use Z: \\ssz-fs01\gate /user:BKW\mariana.s «pwn:mariana»  ⟦password|net use password in PowerShell history⟧
$cred = Get-Credential BKW\svc-deploy  ⟪interactive prompt⟫
Read-Host -AsSecureString "PFX password"  ⟪interactive prompt⟫
"""),
    ("home/weiliang/.ssh/id_ed25519", r"""
«openssh:edweiliang:weiliang@bkw-sin-lt07»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/weiliang/.ssh/id_ed25519.pub", r"""
«sshpub:edweiliang:weiliang@bkw-sin-lt07»  ⟪SSH public key⟫
"""),
    ("home/weiliang/.ssh/config", r"""
Host ot-jump-sin
  HostName 10.47.9.10
  User weiliang
  IdentityFile ~/.ssh/id_ed25519  ⟪key path⟫
Host *.ot.bkw.local
  ProxyJump ot-jump-sin
"""),
    ("home/weiliang/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» «sshpub:edjumphost:»  ⟪hashed known_hosts line⟫
"""),
    ("home/weiliang/wg0.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgweiliang»  ⟦private-key|WireGuard private key⟧
Address = 10.210.0.7/32

[Peer]
PublicKey = «b64k:32-wgpeer»  ⟪WireGuard peer public key⟫
Endpoint = wg-sin.brakwater-port.com:51820
AllowedIPs = 10.47.0.0/16
"""),
    ("home/weiliang/.docker/config.json", r"""
{
  "auths": {
    "ghcr.io": {"auth": "«basic:brakwater-ci=ghp:ghcrpush»"},  ⟦password-b64|base64 user:GitHub token in a docker auth⟧
    "930471862214.dkr.ecr.ap-southeast-1.amazonaws.com": {}
  },
  "credHelpers": {"930471862214.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/sipho/.netrc", r"""
machine artifactory.bkw.local
  login sipho.n
  password «akcp:sipho»  ⟦app-secret|Artifactory API key in .netrc⟧
machine api.github.com
  login sipho-bkw
  password «ghp:sipho»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/sipho/.npmrc", r"""
@brakwater:registry=https://artifactory.bkw.local/artifactory/api/npm/npm-local/
//artifactory.bkw.local/artifactory/api/npm/npm-local/:_auth=«basic:sipho.n=pwn:siphoart»  ⟦password-b64|base64 basic auth in .npmrc⟧
//registry.npmjs.org/:_authToken=«npm:sipho»  ⟦npm|npm token in .npmrc⟧
"""),
    ("home/fernanda/.m2/settings-security.xml", r"""
<settingsSecurity>
  <master>«mvnenc:master»</master>  ⟪Maven master password, encrypted⟫
</settingsSecurity>
"""),
    ("home/pieter/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: terminal-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.eu-west-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: rtm-edge-k3s
    cluster:
      server: https://10.44.9.50:6443
      insecure-skip-tls-verify: true
users:
  - name: terminal-prod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, terminal-prod]  ⟪exec plugin⟫
  - name: rtm-edge-admin
    user:
      token: «lo:6-k3sid».«lo:16-k3ssecret»  ⟦app-secret|static bootstrap token for an edge k3s cluster⟧
contexts:
  - name: terminal-prod
    context: {cluster: terminal-prod, user: terminal-prod}
current-context: terminal-prod
"""),
    ("home/pieter/.config/gh/hosts.yml", r"""
github.com:
    users:
        pieter-bkw:
            oauth_token: «gho:pieter»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
    user: pieter-bkw
"""),
    ("home/nurul/.pgpass", r"""
coldchain.cluster-c2p7k1v9xq4d.ap-southeast-1.rds.amazonaws.com:5432:coldchain:coldchain:«pwl:coldchaindb»  ⟦password|.pgpass line (same as the kustomize env)⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/nurul/.my.cnf", r"""
[client]
host=dur-web01.dur.bkw.local
user=haulier
password="«pwp:haulierphp»"  ⟦password|.my.cnf password (same as the PHP portal)⟧
"""),
    ("home/thiago/.s3cfg", r"""
[default]
access_key = «akid:thiago»  ⟦aws-key-id|s3cmd key id⟧
secret_key = «awssec:thiago»  ⟦aws-secret|s3cmd secret⟧
host_base = s3.sa-east-1.amazonaws.com
"""),
    ("home/thiago/.config/rclone/rclone.conf", r"""
[customs-archive]
type = s3
provider = AWS
access_key_id = «akid:rclonessz»  ⟦aws-key-id|key id in rclone.conf⟧
secret_access_key = «awssec:rclonessz»  ⟦aws-secret|secret in rclone.conf⟧
region = sa-east-1

[ssz-fs01]
type = smb
host = ssz-fs01.ssz.bkw.local
user = svc-datasync
pass = «urlsafe:32-rcloneobscured»  ⟦?password|rclone-obscured password (reversible)⟧
"""),
    ("home/annelies/.git-credentials", r"""
https://annelies-bkw:«ghp:annelies»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://oauth2:«glpat:annelies»@gitlab.brakwater-port.com  ⟦app-secret|GitLab token in .git-credentials⟧
"""),
    ("home/annelies/.vault-token", r"""
«hvs:annelies»  ⟦vault|Vault token file⟧
"""),
    ("home/annelies/.config/openvpn/ot-vendor.ovpn", r"""
client
dev tun
proto udp
remote vpn-ot.brakwater-port.com 1194
<ca>
«cert:ecvpnca:Brakwater OT VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client key inline in an .ovpn⟧
</key>
"""),
    ("home/kagiso/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.sars.gov.za</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>BKWDUR01</User>
      <Pass encoding="base64">«b64:edipw:sarsvan»</Pass>  ⟦password-b64|FileZilla base64 password (the SARS mailbox)⟧
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/rajesh/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:rajesh»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/rajesh/notes.txt", r"""
forwarding onboarding notes
- CW1 training instance: BKW_EADAPTOR / «pwp:cw1training»  ⟦password|user / password line in personal notes⟧
- Descartes portal user rajesh.k, MFA on phone
- old personal key (deleted? check): «akid:rajeshold»  ⟦aws-key-id|key id in personal notes⟧
"""),
    ("ops/scripts/rotate-camco-key.sh", r"""
#!/usr/bin/env bash
# rotate the hand-made Camco OCR vendor key (SEC-812)
set -euo pipefail
OLD_KEY=«akid:camcovendor»  ⟦aws-key-id|key id in a rotation script (same as Terraform locals)⟧
aws iam create-access-key --user-name vendor-camco-ocr > /tmp/camco-new.json
aws iam update-access-key --user-name vendor-camco-ocr --access-key-id "$OLD_KEY" --status Inactive
"""),
    ("ops/scripts/restore-n4-acc.ps1", r"""
param([string]$Dump = "D:\dumps\N4PRD_full.dmp")
# refresh N4 ACC from the Sunday export
impdp "N4_OWNER/«pw6:n4dbowner»@n4db-acc.rtm.bkw.local:1521/N4ACC" directory=DUMPS dumpfile=N4PRD_full.dmp remap_schema=N4_OWNER:N4_OWNER  ⟦password|impdp user/password connect string⟧
Invoke-Sqlcmd -ServerInstance 'wb01.rtm.bkw.local' -Username sa -Password '«pwc:wbsa»' -Query "exec dbo.AnonymiseAcc"  ⟦password|Invoke-Sqlcmd -Password⟧
$secure = Read-Host -AsSecureString  ⟪interactive prompt⟫
"""),
    ("ops/scripts/create_users.sql", r"""
-- N4 reporting users (Oracle), run as N4_OWNER
CREATE USER N4_RO IDENTIFIED BY "«pw6:n4ro»";  ⟦password|Oracle CREATE USER IDENTIFIED BY⟧
GRANT SELECT ANY TABLE TO N4_RO;
ALTER USER N4_BI IDENTIFIED BY VALUES 'S:«uhex:60-orahash»';  ⟪Oracle password verifier⟫
"""),
    ("ops/scripts/ses_smtp_check.py", r"""
import smtplib

HOST = "email-smtp.eu-west-1.amazonaws.com"
USER = "«akid:sespayrun»"  ⟦aws-ses-smtp|SES SMTP user (a key id)⟧
PASS = "«sesv4:sespayrun»"  ⟦aws-ses-smtp|SES SMTP password⟧

with smtplib.SMTP(HOST, 587) as s:
    s.starttls()
    s.login(USER, PASS)
    s.sendmail("payroll@brakwater-port.com", ["joris.devries@brakwater-port.com"], "Subject: ses check\n\nok")
"""),
    ("ops/scripts/dd-reefer-monitor.sh", r"""
#!/usr/bin/env bash
DD_API_KEY=«ddapi:reefer»  ⟦datadog|Datadog API key in a script⟧
DD_APP_KEY=${DD_APP_KEY:?set DD_APP_KEY}  ⟪variable⟫
curl -s -X POST "https://api.datadoghq.eu/api/v1/monitor" -H "DD-API-KEY: $DD_API_KEY" -H "DD-APPLICATION-KEY: $DD_APP_KEY" -d @reefer-monitor.json
"""),
    ("ops/scripts/opsgenie-heartbeat.sh", r"""
#!/bin/sh
# ping the OT historian heartbeat every 5 minutes (cron on pi-rtm01)
curl -s -X GET 'https://api.eu.opsgenie.com/v2/heartbeats/pi-rtm01/ping' -H 'Authorization: GenieKey «opsgenie:pirtm»'  ⟦app-secret|Opsgenie API key in a curl header⟧
"""),
    ("ops/vault/approle-quayline.txt", r"""
role_id:   «uuid:approleid»  ⟪AppRole role id⟫
secret_id: «uuid:approlesecret»  ⟦vault|AppRole secret_id⟧
vault write auth/approle/login role_id=... secret_id=...
"""),
    ("ops/runbooks/gate-ocr-outage.md", r"""
# Gate OCR outage (RTM)

1. Check the Camco GOS service on `gos-rtm01` (Services > Camco GOS Server).
2. If lanes show "N4 unreachable", check the web service with the lane account `ocr-lane` / `«pw6:ocrlane»`.  ⟦password|runbook password in backticks⟧
3. Fall back to manual gate: clerks log in to the N4 gate form with their own accounts.
4. Camera passwords are in Secrets Manager `cctv/rtm-lanes`; do not paste them in tickets.  ⟪pointer to a vault⟫
"""),
    ("ops/runbooks/vessel-ops-nightshift.md", r"""
# Vessel operations - night shift (RTM)

- Emergency N4 account when SSO is down: `n4-ops-emergency`, password `«pwc:n4emergency»` (sealed envelope copy in the shift leader safe)  ⟦password|emergency account password in a runbook⟧
- BAPLIE from the line missing: ask the vessel planner to re-send; never edit the UNB header.
- Reefer alarms go to #rtm-reefers and to PagerDuty service `coldchain`.
"""),
    ("ops/runbooks/ssz-despacho.md", r"""
# Despacho aduaneiro - Santos (Portal Unico)

1. Abrir o Portal Unico com o certificado e-CNPJ A1 (instalado no PC do despachante).
2. Usuario do Porto Sem Papel: `bkwssz`, senha: `«pw:pspsenha»`  ⟦password|Portuguese runbook password (senha) in backticks⟧
3. A senha do certificado esta no cofre `tallyman/ssz/ecnpj` (nao enviar por e-mail).  ⟪pointer to a vault⟫
"""),
    ("ops/onboarding/new-vessel-planner.md", r"""
# Welcome, vessel planners

Your N4 and XPS accounts are created by the service desk. First logon password is `Haven2026!` and must be
changed at first logon.  ⟦?password|default first-logon password in an onboarding document⟧
Stowage plans (BAPLIE) come in through quayline; you never need the EDI mailbox passwords.
"""),
    ("ops/onboarding/aws-access.md", r"""
# Getting AWS access

Use IAM Identity Center (`https://brakwater.awsapps.com/start`). Never create IAM users with access keys;
if a vendor needs a key, open a SEC ticket. Example of what NOT to commit: `AKIA****************`.  ⟪masked key⟫
"""),
    ("ops/tickets/JIRA-GATE-1182.json", r"""
{
  "key": "GATE-1182",
  "fields": {
    "summary": "Lane 5 RFID reader rejects config push",
    "status": {"name": "Done"},
    "comment": {
      "comments": [
        {"author": {"displayName": "Kagiso Mokoena"}, "body": "Reset the reader, root password is now «pw6:rfidreaders» again (same as fleet)"},  ⟦password|password in a Jira comment⟧
        {"author": {"displayName": "Daan Visser"}, "body": "Thanks, pushed config via Ansible. Closing."}
      ]
    }
  }
}
"""),
    ("ops/tickets/INC0091823.txt", r"""
Number: INC0091823
Short description: Camco OCR vendor using old access key after rotation
Opened by: SOC
Description:
  GuardDuty finding on key «akid:camcovendor» (user vendor-camco-ocr) from 185.220.101.4  ⟦aws-key-id|key id in a ServiceNow incident⟧
  Request id «uuid:gdreq»  ⟪request id⟫
Work notes:
  Key deactivated 2026-11-06 09:12 UTC, vendor given the new one by phone.
"""),
    ("ops/chat/slack-rtm-it.json", r"""
[
  {"user": "U07QK2MZ1", "ts": "1762424310.118209", "text": "who owns «akid:slackleak»? it's in the gate-lab repo"},  ⟦aws-key-id|key id pasted in Slack⟧
  {"user": "U02BC7XR4", "ts": "1762424388.221001", "text": "mine, sorry - secret was «awssec:slackleak», deactivating now"},  ⟦aws-secret|secret pasted in Slack⟧
  {"user": "U07QK2MZ1", "ts": "1762424402.330114", "text": "thx. also the grafana admin is `«pwc:grafanaadmin»` if you need it tonight"},  ⟦password|password in backticks in Slack (same as tfvars)⟧
  {"user": "U02BC7XR4", "ts": "1762424460.441203", "text": "got it, it's in 1Password too"}  ⟪pointer to a vault⟫
]
"""),
    ("ops/chat/teams-ot-vendor.html", r"""
<html><body>
<div class="message"><span class="from">Pieter Bakker</span><p>Kalmar team: remote access to the straddle fleet server is via Guacamole.</p></div>
<div class="message"><span class="from">Pieter Bakker</span><p>VNC password for SC-FLEET: «pw6:vncfleet»</p></div>  ⟦password|VNC password in a Teams chat export (same as Guacamole)⟧
<div class="message"><span class="from">Kalmar Service</span><p>Thanks, connected. PLC protection level stays at 3.</p></div>
</body></html>
"""),
    ("ops/chat/whatsapp-dur-gate.txt", r"""
[06/11/2026, 05:41:12] Sipho Ndlovu: Morning, kiosk 2 at DUR gate asking for admin pin again
[06/11/2026, 05:43:50] Kagiso Mokoena: pin is «pin:6-durkioskpin»  ⟦password|kiosk admin PIN in a WhatsApp export⟧
[06/11/2026, 05:44:02] Sipho Ndlovu: 👍 working
[06/11/2026, 05:50:31] Kagiso Mokoena: and the lane PC login is gateadmin / «pwp:durgate»  ⟦password|user / password in a WhatsApp message (same as the inventory)⟧
"""),
    ("ops/email/kalmar-remote-access.eml", r"""
From: Annelies Jansen <annelies.jansen@brakwater-port.com>
To: service@kalmarglobal.com
Subject: Remote access for the RTM straddle carrier commissioning
Date: Thu, 05 Nov 2026 14:02:11 +0100
Content-Type: text/plain; charset=utf-8

Hello,

Your Guacamole account is kalmar-remote. Temporary password: «pwp:kalmarremote» (you will be asked to change it).  ⟦?password|temporary password in a vendor e-mail⟧
The OT VPN profile is attached; the VPN password will be sent by SMS.

Regards,
Annelies
"""),
    ("ops/email/abi-bureau-welcome.eml", r"""
From: onboarding@customs-bureau.net
To: thandiwe.khumalo@brakwater-port.com
Subject: Your ABI gateway credentials (filer BK7)
Date: Mon, 02 Nov 2026 16:20:00 -0500
Content-Type: text/plain; charset=utf-8

User ID: BKWABI01
Password: «pw6:aceabi»  ⟦password|password in a vendor welcome e-mail (same as tfvars)⟧
Please keep these credentials confidential.
"""),
    ("ops/email/tallyman-ics2.eml", r"""
From: Joris de Vries <joris.devries@brakwater-port.com>
To: customs-it@brakwater-port.com
Subject: ICS2 release 3 cut-over
Content-Type: text/plain; charset=utf-8

The eIDAS seal key is in Secrets Manager (tallyman/ics2/eidas-seal); the provider key is in SSM.  ⟪pointer to a vault⟫
Key fingerprint for the record: SHA256:«b64k:32-fpr»  ⟪key fingerprint⟫
"""),
    ("ops/logs/gatehouse-api.log", r"""
2026-11-06T05:40:01.118Z INFO  slot booked haulier=VDTR slot=2026-11-06T07:00 lane=auto
2026-11-06T05:40:02.331Z DEBUG outbound POST https://n4.rtm.bkw.local/apex/services/argoservice headers={Authorization: Basic «basic:quayline-ws=pw6:n4argows»}  ⟦password-b64|basic-auth header in a debug log⟧
2026-11-06T05:40:02.998Z INFO  N4 gate transaction created gkey=«num:9-gkey»
2026-11-06T05:41:10.004Z DEBUG portbase token=«head:b62:40-portbaseapi»  ⟪masked token⟫
2026-11-06T05:41:12.551Z WARN  OCR mismatch lane=5 ocr=MSKU731908S n4=MSKU7319085
"""),
    ("ops/logs/quayline-edi.log", r"""
2026-11-05 09:12:04,118 INFO  [sftp-maersk] received BAPLIE_MAEU_241105_0912.edi (4118 bytes)
2026-11-05 09:12:04,201 DEBUG [parser] UNB+UNOA:2+MAEU:ZZZ+BKWRTM:ZZZ+261105:0912+48213+«edipw:unbmaersk»'  ⟦password|UNB header with its password in a debug log⟧
2026-11-05 09:12:04,377 INFO  [n4] 412 units updated, vessel MAERSK EMDEN voyage 544W
2026-11-05 09:12:05,002 INFO  [ack] CONTRL sent to MAEU ref=48213
"""),
    ("ops/logs/cloudtrail-2026-11-06.json", r"""
{"Records": [
  {"eventTime": "2026-11-06T09:10:44Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:camco»", "userName": "vendor-camco-ocr",  ⟪IAM unique id⟫
     "accessKeyId": "«akid:camcovendor»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "185.220.101.4", "requestID": "«up:16-ctreq»"},
  {"eventTime": "2026-11-06T09:11:02Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
   "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:gha»:gha-quayline",  ⟪role unique id⟫
     "accessKeyId": "«asia:ctgha»"},  ⟦aws-key-id|CloudTrail temporary accessKeyId⟧
   "requestID": "«up:16-ctreq2»"}
]}
"""),
    ("ops/logs/alb-portal.log", r"""
https 2026-11-06T10:02:11.913Z app/portal-prod/«hex:16-albid» 41.13.22.9:51022 10.40.3.18:443 0.001 0.044 0.000 200 200 412 9811 "GET https://portal.brakwater-port.com:443/dl?u=https%3A%2F%2Fbkw-docs-287619045332.s3.eu-central-1.amazonaws.com%2Fbl%2FRTM2611044.pdf%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:presign»%252F20261106%252Feu-central-1%252Fs3%252Faws4_request%26X-Amz-Signature%3D«hex:64-presig» HTTP/1.1" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-11-06T10:02:12.100Z app/portal-prod/«hex:16-albid» 41.13.22.9:51022 10.40.3.18:443 0.001 0.012 0.000 200 200 390 1211 "GET https://portal.brakwater-port.com:443/api/me HTTP/1.1" "Mozilla/5.0" - -
"""),
    ("ops/logs/codebuild-n4-extensions.log", r"""
[Container] 2026/11/06 08:01:12.118 Running command mvn -B -s ci/settings.xml verify
[Container] 2026/11/06 08:01:12.120 ARTIFACTORY_API_KEY=***  ⟪masked in the log⟫
[Container] 2026/11/06 08:03:40.551 Running command curl -u ci-n4:«akcp:cin4» -T target/n4-ext.zip https://artifactory.bkw.local/artifactory/n4/  ⟦app-secret|Artifactory key echoed on a curl line in a build log (same as CodeBuild)⟧
[Container] 2026/11/06 08:03:41.902 Phase complete: BUILD State: SUCCEEDED
"""),
    ("ops/dumps/tas_users.csv", r"""
id,username,email,password_hash,temp_password,role
1,gate-admin,gate-it@brakwater-port.com,«bcrypt:tas1»,,admin  ⟪bcrypt hash⟫
2,vdtr-planner,planning@vandam-transport.nl,«bcrypt:tas2»,,haulier
3,dhcp-ops,ops@dhcoop.co.za,,«pwp:tastemp»,haulier  ⟦password|plain temporary password column in a user dump⟧
"""),
    ("ops/dumps/n4_general_reference.sql", r"""
-- N4 general reference (ARGO_GENERAL_REFERENCES), exported for the ACC refresh
INSERT INTO argo_general_references (gkey, type, id1, id2, value1) VALUES (1041, 'PORTBASE', 'API', 'KEY', '«b62:40-portbaseapi»');  ⟦app-secret|Portbase API key in a SQL dump (same as the Deployment)⟧
INSERT INTO argo_general_references (gkey, type, id1, id2, value1) VALUES (1042, 'PORTBASE', 'API', 'URL', 'https://api.portbase.com');
INSERT INTO argo_general_references (gkey, type, id1, id2, value1) VALUES (1043, 'VGM', 'SMTP', 'PASSWORD', '«pwp:vgmsmtp»');  ⟦password|SMTP password row in a reference-table dump⟧
"""),
    ("ops/dumps/weighlog-settings.sql", r"""
USE WeighLog;
UPDATE dbo.Settings SET Value = 'email-smtp.eu-west-1.amazonaws.com' WHERE Name = 'SMTPServer';
UPDATE dbo.Settings SET Value = '«akid:seswb»' WHERE Name = 'SMTPUser';  ⟦aws-ses-smtp|SES SMTP user in a settings row⟧
UPDATE dbo.Settings SET Value = '«sesv4:seswb»' WHERE Name = 'SMTPPassword';  ⟦aws-ses-smtp|SES SMTP password in a settings row⟧
"""),
    ("ops/encoded/aws-credentials.b64", r"""
# left in the gate-lab repo by the old provisioning script
«b64:credini:leftover»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("ops/encoded/lambda-event.json", r"""
{"body": "{\"action\":\"sync\",\"aws\":{\"accessKeyId\":\"«akid:jsonjson»\",\"secretAccessKey\":\"«jsonesc:awssec:jsonjson»\"}}", "isBase64Encoded": false}  ⟦aws-key-id|key pair in JSON-in-JSON⟧
"""),
    ("ops/encoded/haulier-form.txt", r"""
POST /admin/settings HTTP/1.1
Content-Type: application/x-www-form-urlencoded

smtp_host=email-smtp.af-south-1.amazonaws.com&smtp_user=«akid:sesdur»&smtp_pass=«pct:sesv4:sesdur»&save=1  ⟦aws-ses-smtp|percent-encoded SES credential in a form body (the PHP portal's)⟧
"""),
    ("ops/encoded/export-unicode.json", r"""
{"name": "reefer-edge", "value": "«uesc:awssec:reeferedge»"}  ⟦aws-secret|\uXXXX-escaped secret (the reefer edge one)⟧
"""),
    ("ops/encoded/legacy-secret.txt", r"""
# double-encoded by the old config tool
«b64b64:awssec:legacygate»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("ops/encoded/plc-backup-hex.txt", r"""
awsSecret=«hexenc:awssec:plcbackup»  ⟦aws-hex|hex-encoded AWS secret⟧
awsKeyId=«hexenc:akid:plcbackup»  ⟦aws-hex|hex-encoded key id⟧
"""),
    ("ops/encoded/percent-secret.txt", r"""
aws_secret_access_key=«pct:awssec:percentleft»  ⟦aws-percent|percent-encoded AWS secret⟧
"""),
    ("ops/iam/credential-report.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date
vendor-camco-ocr,arn:aws:iam::614203897551:user/vendor-camco-ocr,false,«akid:camcovendor»,2026-11-06T09:10:00+00:00  ⟦?aws-key-id|inactive key id in a key report⟧
vendor-identec-reefer,arn:aws:iam::614203897551:user/vendor-identec-reefer,true,«akid:identectf»,2026-11-05T22:01:00+00:00  ⟦aws-key-id|active key id in a key report (same as the Terraform provider)⟧
"""),
    ("ops/security/secrets-policy.md", r"""
# Secrets policy (terminal and forwarding)

- Secrets live in AWS Secrets Manager or SSM SecureString; reference them (`{{resolve:...}}`, `valueFrom`).  ⟪policy prose⟫
- Placeholders in examples: `<your-n4-password>`, `REPLACE_ME`, `${N4_PASSWORD}`.  ⟪placeholders⟫
- EDIFACT UNB passwords are partner credentials: treat them like any other password.
"""),
    ("ops/postmortem/2026-10-reefer-alarms.md", r"""
# Postmortem: reefer alarms not reaching PagerDuty (SIN, 2026-10-14)

Cause: the ORBCOMM key in samconfig was rotated by the vendor; the new key was pasted into the ticket
(`«b62:32-orbcommnew»`) and only later moved to Secrets Manager.  ⟦app-secret|new ORBCOMM key pasted in a postmortem⟧
Action: keys of vendors are only exchanged through the vendor portal and stored as secrets.
"""),
    ("ops/tls/gatehouse.brakwater-port.com.key", r"""
«pem:pkcs8:ecgatehouse»  ⟦private-key|TLS private key⟧
"""),
    ("ops/tls/gatehouse.brakwater-port.com.crt", r"""
«cert:ecgatehouse:gatehouse.brakwater-port.com»  ⟪certificate⟫
"""),
    ("ops/tls/jwks-pub.pem", r"""
«pubpem:ecjwks»  ⟪public key PEM⟫
"""),
    ("ops/sops/freightdesk.enc.yaml", r"""
cw1:
    password: «sops:cw1»  ⟪SOPS value⟫
descartes:
    client_secret: «sops:descartes»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:eu-central-1:287619045332:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("ops/scripts/pagerduty-trigger.sh", r"""
#!/usr/bin/env bash
curl -s https://events.eu.pagerduty.com/v2/enqueue -H 'Content-Type: application/json' -d '{
  "routing_key": "«pdkey:reefer»",  ⟦pagerduty|PagerDuty routing key in a script (same as samconfig)⟧
  "event_action": "trigger",
  "payload": {"summary": "reefer alarm storm SIN", "source": "coldchain", "severity": "critical"}
}'
"""),
]
