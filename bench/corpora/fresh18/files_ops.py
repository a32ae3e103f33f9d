"""fresh18 templates, operations (Halvergate Motor Group): engineers' home directories, keys and certificates, scripts,
runbooks and documents, e-mail, tickets (Jira, ServiceNow), chat exports (Slack, Teams, WhatsApp), logs (SOAP debug,
ALB, CloudTrail, CodeBuild, OCPP, the keyring bridge), dumps (CSV, MySQL, PostgreSQL COPY), encoded leftovers, an
IAM credential report, Vault, PagerDuty, New Relic, Datadog, SOPS.
Markers: render.py and README.md."""

FILES = [
    ("home/deshawn/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:deshawn»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:deshawn»  ⟦aws-secret|default profile secret⟧

[retail-prod-breakglass]
aws_access_key_id=«asia:deshawnbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:deshawnbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:deshawnbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[sdk-docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/deshawn/.aws/config", r"""
[profile retail-prod]
sso_session = hmg
sso_account_id = 418263950712  ⟪account id⟫
sso_role_name = PlatformAdmin
region = us-east-2

[sso-session hmg]
sso_start_url = https://halvergate.awsapps.com/start
sso_region = us-east-2

[profile fleet]
credential_process = /usr/local/bin/aws-vault export --format=json fleet  ⟪credential_process⟫
region = us-east-2
"""),
    ("home/deshawn/.bash_history", r"""
aws ecs list-services --cluster forecourt --profile retail-prod
export PGPASSWORD='«pwx:forecourtapp»'  ⟦password|PGPASSWORD export in bash history⟧
psql -h forecourt.cluster-c2x8fh4kq1ve.us-east-2.rds.amazonaws.com -U forecourt_app forecourt
mysql -h 10.40.1.15 -u keytrak -p'«pwc:ktsql»' KeyTrak -e 'select count(*) from KeyEvents'  ⟦password|mysql -p password in history⟧
aws configure set aws_secret_access_key «awssec:deshawncli» --profile vendor-cox  ⟦aws-secret|aws configure set with a secret in history⟧
aws secretsmanager get-secret-value --secret-id forecourt/prod/fortellis --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/katarzyna/.zsh_history", r"""
: 1790251101:0;cd ~/src/torquebridge
: 1790251140:0;export AWS_ACCESS_KEY_ID=«akid:katarzyna»  ⟦aws-key-id|key id export in zsh history⟧
: 1790251141:0;export AWS_SECRET_ACCESS_KEY=«awssec:katarzyna»  ⟦aws-secret|secret export in zsh history⟧
: 1790251390:0;curl -s -H 'Authorization: Bearer «samsara:kcurl»' https://api.samsara.com/fleet/vehicles/locations | jq .  ⟦app-secret|Samsara token in a curl header⟧
: 1790251702:0;sshpass -p '«pwp:sonnysssh»' ssh sonnys@10.60.1.30 'cat /var/log/tunnel.log'  ⟦password|sshpass -p in history⟧
: 1790252015:0;aws sso login --profile fleet
"""),
    ("home/katarzyna/.pgpass", r"""
forecourt.cluster-c2x8fh4kq1ve.us-east-2.rds.amazonaws.com:5432:forecourt:forecourt_app:«pwx:forecourtapp»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/katarzyna/.my.cnf", r"""
[client]
host=partsdesk-mysql.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com
user=kat
password=«pwn:katmysql»  ⟦password|.my.cnf password⟧
"""),
    ("home/mateo/.ssh/id_ed25519", r"""
«openssh:edmateo:mateo@hmg-mbp16»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/mateo/.ssh/id_ed25519.pub", r"""
«sshpub:edmateo:mateo@hmg-mbp16»  ⟪SSH public key⟫
"""),
    ("home/mateo/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub's published host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 AAAAC3NzaC1lZDI1NTE5«b64k:39-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/mateo/.git-credentials", r"""
https://mateo-hmg:«ghp:mateogit»@github.com  ⟦github|PAT in .git-credentials⟧
"""),
    ("home/mateo/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:mateo»"},  ⟦docker-hub|docker config auth with a Docker Hub token⟧
    "736104928351.dkr.ecr.us-east-2.amazonaws.com": {}
  },
  "credHelpers": {"736104928351.dkr.ecr.us-east-2.amazonaws.com": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/mateo/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: retail-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: store-k3s
    cluster:
      server: https://10.40.1.20:6443
      insecure-skip-tls-verify: true
users:
  - name: retail-prod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, retail-prod]  ⟪EKS exec plugin⟫
  - name: store-k3s
    user:
      token: «b62:64-k3stoken»  ⟦app-secret|static Kubernetes token in kubeconfig⟧
contexts:
  - name: retail-prod
    context: {cluster: retail-prod, user: retail-prod}
current-context: retail-prod
"""),
    ("home/ingrid/.netrc", r"""
machine nexus.hmg.internal
  login forecourt-ci
  password «pwr:nexusmaven»  ⟦password|.netrc password⟧
machine api.github.com
  login ingrid-hmg
  password «ghfg:ingridnetrc»  ⟦github|fine-grained PAT in .netrc⟧
"""),
    ("home/ingrid/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:ingrid»  ⟦npm|npm token in .npmrc⟧
@halvergate:registry=https://npm.pkg.github.com
"""),
    ("home/ingrid/.config/gh/hosts.yml", r"""
github.com:
    user: ingrid-hmg
    oauth_token: «gho:ingridgh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
"""),
    ("home/ingrid/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:ingrid»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/ingrid/.vault-token", r"""
«hvs:ingrid»  ⟦vault|Vault token file⟧
"""),
    ("home/farah/.s3cfg", r"""
[default]
access_key = «akid:farahs3cmd»  ⟦aws-key-id|s3cmd access_key⟧
secret_key = «awssec:farahs3cmd»  ⟦aws-secret|s3cmd secret_key⟧
host_base = s3.us-east-2.amazonaws.com
use_https = True
"""),
    ("home/farah/.config/rclone/rclone.conf", r"""
[photos]
type = s3
provider = AWS
access_key_id = «akid:farahrclone»  ⟦aws-key-id|rclone access_key_id⟧
secret_access_key = «awssec:farahrclone»  ⟦aws-secret|rclone secret_access_key⟧
region = us-east-2

[homenet]
type = ftp
host = iol.homenetinc.com
user = hmg_riverside
pass = «b64k:24-rcloneobscured»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/farah/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.cargurus.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>halvergate_feed</User>
      <Pass encoding="base64">«b64:pwx:cargurussftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>CarGurus feed</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/callum/.config/openvpn/hmg-stores.ovpn", r"""
client
dev tun
proto udp
remote vpn.stores.halvergate-motors.com 1194
remote-cert-tls server
<ca>
«cert:ecvpnca:Halvergate Stores VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client private key inline in an .ovpn⟧
</key>
"""),
    ("home/callum/notes/todo.md", r"""
- [ ] move the vAuto export login to Secrets Manager (currently halvergate_api / «pwx:vautoexport»)  ⟦password|password in personal notes⟧
- [ ] ask CDK for a second Fortellis app for UAT
- [x] KeyTrak bridge: Riverside done, Millbrook next week
- [ ] Meraki API key for the audit script is in 1Password, not here  ⟪pointer to a vault⟫
"""),
    ("home/yusuf/.ssh/dms-bastion.pem", r"""
«pem:trad:rsabastion»  ⟦private-key|RSA private key for the bastion⟧
"""),
    ("home/yusuf/snippets/assume-fleet.txt", r"""
# pasted from `aws sts assume-role` while debugging the Invers unlock issue (Sep 18)
export AWS_ACCESS_KEY_ID=«asia:yusufsts»  ⟦aws-key-id|temporary key id pasted in a snippet⟧
export AWS_SECRET_ACCESS_KEY=«awssec:yusufsts»  ⟦aws-secret|temporary secret pasted in a snippet⟧
export AWS_SESSION_TOKEN=«stok:yusufsts»  ⟦aws-session-token|session token pasted in a snippet⟧
"""),
    ("ops/tls/drive.halvergate-motors.com.key", r"""
«pem:pkcs8:ecdrive»  ⟦private-key|TLS private key⟧
"""),
    ("ops/tls/drive.halvergate-motors.com.crt", r"""
«cert:ecdrive:drive.halvergate-motors.com»  ⟪certificate⟫
"""),
    ("ops/scripts/rotate-vendor-keys.sh", r"""
#!/usr/bin/env bash
# rotate the DealerSocket vendor key; the old one is deactivated after they confirm
set -euo pipefail
USER=vendor-dealersocket
OLD_KEY=«akid:dealersocket»  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name "$USER" --output json)
echo "$NEW" | jq -r '.AccessKey.AccessKeyId'
aws iam update-access-key --user-name "$USER" --access-key-id "$OLD_KEY" --status Inactive
"""),
    ("ops/scripts/restore-dms-extract.sh", r"""
#!/bin/sh
# restore last night's DMS extract into the reporting database
set -e
aws s3 cp s3://hmg-lake-418263950712/forecourt/dumps/nightly.dump /tmp/nightly.dump
PGPASSWORD='«pwr:reportingdb»' pg_restore -h reporting.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com -U reporting -d reporting --clean /tmp/nightly.dump  ⟦password|inline PGPASSWORD in a script⟧
rm -f /tmp/nightly.dump
"""),
    ("ops/scripts/sql/create-roles.sql", r"""
-- reporting roles for the store managers' dashboards
CREATE ROLE dash_reader LOGIN PASSWORD '«pwn:dashreader»';  ⟦password|CREATE ROLE ... PASSWORD⟧
GRANT USAGE ON SCHEMA marts TO dash_reader;
ALTER USER looker_svc WITH PASSWORD '«pwr:lookersvc»';  ⟦password|ALTER USER ... PASSWORD⟧
ALTER ROLE glue_reader PASSWORD '«scram:gluereader»';  ⟪SCRAM verifier, not a password⟫
"""),
    ("ops/scripts/meraki-audit.py", r"""
import meraki

API_KEY = "«hex:40-merakiaudit»"  ⟦app-secret|Meraki API key in a script⟧
ORG_ID = "«num:6-merakiorg»"

dashboard = meraki.DashboardAPI(API_KEY, suppress_logging=True)
for net in dashboard.organizations.getOrganizationNetworks(ORG_ID):
    for ssid in dashboard.wireless.getNetworkWirelessSsids(net["id"]):
        print(net["name"], ssid["name"], ssid.get("authMode"))
"""),
    ("ops/scripts/bureau-healthcheck.ps1", r"""
# checks the 700Credit and Experian endpoints from the F&I subnet
$user = 'HALVERGATE01'
$pass = ConvertTo-SecureString '«pwb:credit700»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-WebRequest -Uri 'https://www.700creditsolution.com/XCRS/Ping.aspx' -Credential $cred -UseBasicParsing
$admin = Get-Credential -Message 'F&I SQL admin'  ⟪interactive prompt⟫
"""),
    ("ops/scripts/notify-fleet.sh", r"""
#!/bin/bash
# posts geofence breaches to the fleet channel in Teams and to the lot porters' Telegram group
TEAMS_HOOK='«teamshook:fleet»'  ⟦app-secret|Teams incoming webhook URL⟧
TG_BOT='«telegram:porters»'  ⟦app-secret|Telegram bot token⟧
msg="$1"
curl -s -H 'Content-Type: application/json' -d "{\"text\": \"$msg\"}" "$TEAMS_HOOK"
curl -s "https://api.telegram.org/bot$TG_BOT/sendMessage" -d chat_id=-100«num:10-tgchat» -d text="$msg"
"""),
    ("ops/scripts/adf-summarise.py", r"""
import os

from anthropic import Anthropic
from openai import OpenAI

# quick hack for the BDC: summarise inbound ADF leads for the morning meeting
openai_client = OpenAI(api_key="«oai:adf»")  ⟦openai|OpenAI key in a script⟧
claude = Anthropic(api_key="«ant:adf»")  ⟦anthropic|Anthropic key in a script⟧
HF_TOKEN = os.environ.get("HF_TOKEN")  ⟪environment lookup⟫
"""),
    ("docs/runbooks/dms-sync-outage.md", r"""
# DMS sync outage

1. Check the `forecourt-sync` task in ECS; if it is crash-looping, read the log for `SOAP fault`.
2. OpenTrack lockouts happen after three bad logins. Unlock from the Dealertrack admin console, then test by
   hand with user `HMGAPI` and password `«pw6:opentrackprod»`.  ⟦password|password in backticks in a runbook⟧
3. Fortellis 401s: the client secret is in Secrets Manager (`forecourt/prod/fortellis`); do not paste it here.  ⟪pointer to a vault⟫
4. Reynolds RCI: call Reynolds support with the dealer number «num:6-rcidealer».
"""),
    ("docs/runbooks/key-cabinet-offline.md", r"""
# Key cabinet offline (KeyTrak / KeyWatcher)

* If the drawer will not release, use the override from the cabinet keypad: admin user 1001, PIN «pin:6-kwpin1».  ⟦password|cabinet admin PIN in a runbook⟧
* Restart `KeyTrakBridge` on the bridge host (keyring-bridge-01), then check the DMS link.
* KeyWatcher support: 1-800-555-0131, site number on the cabinet label.
"""),
    ("docs/runbooks/wash-controller-reset.md", r"""
# Tunnel controller reset (Express Wash)

Stop the conveyor from the E-stop first. Then log in to https://10.60.1.30 as `hmgadmin` with `«pwp:sonnys»`,  ⟦password|controller password in a runbook⟧
open Maintenance -> Restart PLC, wait 90 s. If the pay stations show OFFLINE, restart them from the kiosk menu
(the kiosk menu PIN is on the laminated card in the equipment room, not here).  ⟪pointer to another place⟫
"""),
    ("docs/onboarding/new-store-it.md", r"""
# Bringing a new rooftop online

* Network: Meraki MX in the server closet, the VPN tunnels come from Terraform (`infra/terraform/dealer-vpn.tf`).
* PCs are imaged with the showroom image; the first logon password for new staff is «pwc:firstlogon» and they  ⟦?password|default first-logon password in an onboarding document⟧
  must change it at first logon.
* DMS accounts are requested through the DMS vendor portal; never share the store's system user.
* Key cabinet and key-drop kiosk: the vendor installs them; we only join them to the store VLAN.
"""),
    ("docs/postmortems/2026-07-bureau-credentials.md", r"""
# Postmortem: credit-bureau password in a public gist (2026-07-14)

A developer pasted a debug script into a public gist. It contained the 700Credit account password
(«pwb:credit700») and an IAM key of the finline-ci user («akid:finlineci»).  ⟦aws-key-id|key id quoted in a postmortem⟧
The 700Credit password is now rotated; the IAM key was deactivated 41 minutes after the gist went up.  ⟪no value⟫
GitHub's secret scanning found the key; nobody found the bureau password for nine days.

Masked for this document: `HALVERGATE01` / `«head:pwb:credit700»`.  ⟪masked value⟫
"""),
    ("docs/security/secrets-policy.md", r"""
# Secrets policy

Secrets live in AWS Secrets Manager or Parameter Store (SecureString). In code and config write references:

    DB_PASSWORD: '{{resolve:secretsmanager:forecourt/prod/db:SecretString:password}}'  ⟪dynamic reference in a document⟫
    password: ${DB_PASSWORD}  ⟪placeholder in a document⟫

Never use the AWS documentation keys in tests either (`«docs:akid»`); use LocalStack's `test`/`test`.  ⟪AWS documentation key in a document⟫
Vendor passwords (DMS, bureaus, OEM portals) go into 1Password "Stores - Integrations" and are rotated quarterly.
"""),
    ("ops/mail/2026-09-12-keywatcher-onboarding.eml", r"""
From: Onboarding <support@morsewatchman.example-vendor.net>
To: it@halvergate-motors.com
Subject: KeyWatcher TrueTouch - Cedar Falls cabinet commissioning
Date: Sat, 12 Sep 2026 10:04:11 -0400
Content-Type: text/plain; charset=utf-8

Hello,

Your cabinet (serial «up:8-kwserial») is commissioned. Your web console login:
  user: hmg-integration
  temporary password: «pwp:kwtemp»  ⟦?password|temporary first-login password in a vendor e-mail⟧
The API token for the DMS integration is «b62:40-keywatchertok» (shown once).  ⟦app-secret|KeyWatcher API token in a vendor e-mail⟧

Regards,
Onboarding team
"""),
    ("ops/mail/2026-05-02-routeone-account.eml", r"""
From: Dealer Support <dealersupport@routeone.example-vendor.net>
To: fi-systems@halvergate-motors.com
Subject: RE: DMS system user for Halvergate Toyota Riverside
Date: Sat, 02 May 2026 15:30:40 -0400
Content-Type: text/plain; charset=utf-8

The DMS system user is set up:
  Dealer ID: «up:6-r1dealer»
  User: HMG-DMS-SYS
  Password: «pwl:routeone»  ⟦password|RouteOne password in an e-mail⟧
Please configure it in your DMS credit-app export.
"""),
    ("ops/tickets/JIRA-FC-2291.md", r"""
FC-2291  OpenTrack sync fails for Millbrook after password change
Status: Done   Assignee: katarzyna   Reporter: beatriz

Description
-----------
Since the Dealertrack password change on Friday, Millbrook ROs stopped syncing. New password set in the admin
console is «pw6:opentrackmlb» - please update the task definition.  ⟦password|password in a Jira description⟧

Comments
--------
katarzyna: updated, and while at it the sync role key for the Millbrook box is «akid:millbrookbox» / «awssec:millbrookbox»  ⟦aws-key-id|key pair pasted in a Jira comment⟧
katarzyna: (that key is now deactivated, see FC-2302)
"""),
    ("ops/tickets/servicenow-INC0093312.json", r"""
{
  "number": "INC0093312",
  "short_description": "Pay station 1 declines all cards",
  "assignment_group": "Stores IT",
  "sys_id": "«hex:32-snsysid»",  ⟪ServiceNow sys_id⟫
  "work_notes": "Converge PIN on the pay station had been reset by Elavon. New PIN entered: «converge:wash». Working now.",  ⟦app-secret|Converge PIN in a ticket work note⟧
  "close_code": "Solved (Permanently)"
}
"""),
    ("ops/chat/slack-dms-integrations.json", r"""
[
  {"type": "message", "user": "U04«up:8-slu1»", "ts": "1790331200.001100", "text": "who owns the DealerSocket key? it is still active"},  ⟪Slack user id⟫
  {"type": "message", "user": "U04«up:8-slu2»", "ts": "1790331262.001200", "text": "that's «akid:dealersocket», theirs since 2022"},  ⟦aws-key-id|key id in a Slack message⟧
  {"type": "message", "user": "U04«up:8-slu1»", "ts": "1790331300.001300", "text": "secret for the vAuto user is «awssec:coxphotos» if you need to try the pull"},  ⟦aws-secret|AWS secret in a Slack message⟧
  {"type": "message", "user": "U04«up:8-slu2»", "ts": "1790331344.001400", "text": "bot token for the DMS alerts app: «xoxb:dmsalerts»"},  ⟦slack|Slack bot token in a message⟧
  {"type": "message", "user": "U04«up:8-slu1»", "ts": "1790331400.001500", "text": "please stop pasting secrets in here :facepalm:"}
]
"""),
    ("ops/chat/teams-fleet-ops.html", r"""
<html><body>
<div class="message"><span class="from">Yusuf Adeyemi</span> <span class="time">9/18/2026 8:02 AM</span>
<p>Samsara token for the new loaner gateways: «samsara:teams»</p></div>  ⟦app-secret|Samsara token in a Teams export⟧
<div class="message"><span class="from">Siobhan Kelly</span> <span class="time">9/18/2026 8:05 AM</span>
<p>Geotab login for the rental fleet is api-torquebridge / «pwn:geotab»</p></div>  ⟦password|Geotab password in a Teams export⟧
<div class="message"><span class="from">Yusuf Adeyemi</span> <span class="time">9/18/2026 8:07 AM</span>
<p>thanks, moving both to Secrets Manager today</p></div>
</body></html>
"""),
    ("ops/chat/whatsapp-service-managers.txt", r"""
18/09/2026, 07:41 - Marco (Riverside): anyone have the TIS login? techs locked out
18/09/2026, 07:43 - Ana (Cedar Falls): hmg.riv.techs / «pwb:tisshared»  ⟦password|OEM service login in a WhatsApp export⟧
18/09/2026, 07:44 - Marco (Riverside): 🙏
18/09/2026, 07:52 - Dee (Millbrook): shop wifi changed btw: «wifipsk:shopwifi»  ⟦password|Wi-Fi password in a WhatsApp export⟧
"""),
    ("ops/logs/forecourt-sync-debug.log", r"""
2026-10-02T05:00:01.112Z INFO  [sync] store=HMG-HON-MLB starting OpenTrack pull requestId=«uuid:reqid1»  ⟪request id⟫
2026-10-02T05:00:01.340Z DEBUG [soap] >> <soap:Header><Authentication><UserName>HMGAPI</UserName><Password>«pw6:opentrackmlb»</Password></Authentication></soap:Header>  ⟦password|password in a SOAP debug log⟧
2026-10-02T05:00:02.901Z INFO  [sync] 41 repair orders, 7 deals
2026-10-02T05:00:03.004Z DEBUG [fortellis] token ok client_secret=****  ⟪masked secret⟫
"""),
    ("ops/logs/alb-halverdrive.log", r"""
https 2026-10-02T14:11:09.221Z app/halverdrive-prod/«hex:16-albid» 203.0.113.40:51822 10.20.3.14:8080 0.001 0.042 0.000 200 200 412 1893 "GET https://api.drive.halvergate-motors.com:443/v2/damage-photos?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:photopresign»%2F20261002%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20261002T141109Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex:64-presignsig» HTTP/1.1" "HalverDrive/4.2.0" -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-10-02T14:11:10.004Z app/halverdrive-prod/«hex:16-albid» 203.0.113.40:51822 10.20.3.14:8080 0.001 0.013 0.000 200 200 220 310 "GET https://api.drive.halvergate-motors.com:443/v2/health HTTP/1.1" "ELB-HealthChecker/2.0" -
"""),
    ("ops/logs/cloudtrail-2026-10-01.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-10-01T03:14:22Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "us-east-2", "sourceIPAddress": "198.51.100.23",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:coxphotos»", "arn": "arn:aws:iam::418263950712:user/vendor-cox-photos",
   "accessKeyId": "«akid:coxphotos»", "userName": "vendor-cox-photos"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "requestID": "«up:16-ctreq1»", "eventID": "«uuid:ctevent1»"},  ⟪request and event ids⟫
 {"eventVersion": "1.09", "eventTime": "2026-10-01T03:20:51Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "awsRegion": "us-east-2",
  "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:fleetrole»:torquebridge", "arn": "arn:aws:sts::590371846225:assumed-role/torquebridge/torquebridge",  ⟪role unique id⟫
   "accessKeyId": "«asia:ctfleet»"},  ⟦aws-key-id|CloudTrail temporary accessKeyId⟧
  "requestID": "«up:16-ctreq2»", "eventID": "«uuid:ctevent2»"}
]}
"""),
    ("ops/logs/codebuild-dms-etl.log", r"""
[Container] 2026/10/02 04:00:12.441 Running command env | sort
CODEBUILD_BUILD_ID=forecourt-dms-etl:«uuid:cbbuild»
FORTELLIS_SECRET=***  ⟪masked by CodeBuild⟫
OPENTRACK_PASSWORD=«pw6:opentracketl»  ⟦password|PLAINTEXT variable printed in a build log⟧
OPENTRACK_USER=HMGETL
[Container] 2026/10/02 04:00:12.502 Phase complete: BUILD State: SUCCEEDED
"""),
    ("ops/logs/ocpp-csms.log", r"""
2026-10-02 06:01:12,004 INFO  ws connect CDR-LOT-03 from 10.40.5.23 Authorization: Basic «basic:CDR-LOT-03=ocpp:cdrlot»  ⟦password-b64|HTTP basic credential of a charger in a CSMS log⟧
2026-10-02 06:01:12,110 INFO  BootNotification CDR-LOT-03 vendor=ABB model=Terra AC W22 serial=«up:12-abbserial»
2026-10-02 06:01:12,301 INFO  Heartbeat interval 300 accepted
"""),
    ("ops/logs/keyring-bridge.log", r"""
2026-09-30 22:14:03.118 ERROR KeyringBridge.Sync - SqlException connecting with "Server=RIV-KEYTRAK\KEYTRAK;Database=KeyTrak;User Id=keytrak;Password=«pwc:ktsql»;" : timeout  ⟦conn-string|connection string with a password in an exception log⟧
2026-09-30 22:14:33.552 INFO  KeyringBridge.Sync - reconnected, 14 pending key events flushed
"""),
    ("ops/dumps/forecourt_integration_users.csv", r"""
id,username,role,password_hash,api_password,created_at
1,admin,admin,«bcrypt:fc1»,,2024-01-09  ⟪bcrypt hash⟫
2,xtime,integration,«bcrypt:fc2»,«pwr:xtimeint»,2024-06-21  ⟦password|plain API password column in a CSV dump⟧
3,mykaarma,integration,«bcrypt:fc3»,,2025-02-03
"""),
    ("ops/dumps/partsdesk_vendors.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: partsdesk-mysql    Database: partsdesk
DROP TABLE IF EXISTS `vendor_accounts`;
CREATE TABLE `vendor_accounts` (`id` int NOT NULL, `vendor` varchar(40), `login` varchar(80), `secret` varchar(120), PRIMARY KEY (`id`));
INSERT INTO `vendor_accounts` VALUES (1,'oec','HMG-PARTS','«pwx:oecpw»');  ⟦password|vendor password in a MySQL dump⟧
INSERT INTO `vendor_accounts` VALUES (2,'partstrader','halvergate','«b62:32-partstrader»');  ⟦app-secret|vendor API key in a MySQL dump⟧
INSERT INTO `vendor_accounts` VALUES (3,'revolutionparts','api','');
"""),
    ("ops/dumps/finline_settings.copy.sql", r"""
COPY public.integration_settings (id, name, value) FROM stdin;
1	routeone.endpoint	https://www.routeone.net/XRD/dealer
2	routeone.password	«pwl:routeone»  ⟦password|password in a PostgreSQL COPY dump⟧
3	darwin.api_key	«b62:40-darwin»  ⟦app-secret|API key in a PostgreSQL COPY dump⟧
4	menu.theme	hmg-standard-2026
\.
"""),
    ("ops/leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("ops/leftovers/dealer-sync-env.json", r"""
{"name": "dealer-sync", "env": "{\"AWS_ACCESS_KEY_ID\":\"«akid:jsonjson»\",\"AWS_SECRET_ACCESS_KEY\":\"«jsonesc:awssec:jsonjson»\"}"}  ⟦aws-key-id|JSON-in-JSON key pair⟧
"""),
    ("ops/leftovers/wp-smtp-form.txt", r"""
action=save&smtp_host=email-smtp.us-east-2.amazonaws.com&smtp_user=«akid:seswp»&smtp_pass=«pct:sesv4:seswp»&submit=Save  ⟦aws-ses-smtp|percent-encoded SES SMTP credential in a form body⟧
"""),
    ("ops/leftovers/photo-sync.env.pct", r"""
PHOTO_SYNC_SECRET=«pct:awssec:photosync»  ⟦aws-percent|percent-encoded AWS secret⟧
PHOTO_SYNC_BUCKET=hmg-photos-418263950712
"""),
    ("ops/leftovers/export-escaped.json", r"""
{"name": "lotfeed-photos", "value": "«uesc:awssec:lotfeedesc»"}  ⟦aws-secret|\uXXXX-escaped secret⟧
"""),
    ("ops/leftovers/old-secret.b64b64", r"""
«b64b64:awssec:washlegacy»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("ops/leftovers/kiosk-dump.hex", r"""
awsKeyId=«hexenc:akid:kioskhex»  ⟦aws-hex|hex-encoded AWS key id⟧
awsSecret=«hexenc:awssec:kioskhex»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("ops/reports/iam-credential-report.csv", r"""
user,arn,password_enabled,access_key_1_active,access_key_1_id,access_key_1_last_used_date
vendor-dealersocket,arn:aws:iam::418263950712:user/vendor-dealersocket,false,true,«akid:dealersocket»,2026-10-01T09:14:00+00:00  ⟦aws-key-id|active key id in an IAM report⟧
vendor-cox-photos,arn:aws:iam::418263950712:user/vendor-cox-photos,false,true,«akid:coxphotos»,2026-10-01T03:14:00+00:00  ⟦aws-key-id|active key id in an IAM report⟧
finline-ci,arn:aws:iam::418263950712:user/finline-ci,false,false,«akid:finlineci»,2026-07-14T11:02:00+00:00  ⟦?aws-key-id|inactive key id in an IAM report⟧
ses-smtp-dms,arn:aws:iam::418263950712:user/ses-smtp-dms,false,true,AKIA****************,2026-10-02T05:00:00+00:00  ⟪masked key id⟫
breakglass,arn:aws:iam::736104928351:user/breakglass,true,false,N/A,N/A
"""),
    ("ops/vault/approle-finline.txt", r"""
role_id     «uuid:approleid»  ⟪AppRole role_id⟫
secret_id   «uuid:approlesecret»  ⟦vault|AppRole secret_id⟧
"""),
    ("ops/pagerduty/services.json", r"""
{
  "services": [
    {"name": "forecourt", "escalation_policy": "P«up:6-pdesc»", "integration_key": "«hex:32-pdforecourt»"},  ⟦pagerduty|PagerDuty Events v2 integration key⟧
    {"name": "torquebridge", "escalation_policy": "P«up:6-pdesc2»", "integration_key": "${PD_TORQUEBRIDGE_KEY}"}  ⟪variable⟫
  ]
}
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:forecourt»  ⟦newrelic|New Relic license key⟧
  app_name: forecourt
production:
  <<: *default_settings
"""),
    ("ops/datadog/datadog.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog agent api_key⟧
site: us5.datadoghq.com
logs_enabled: true
tags:
  - store:HMG-TOY-RIV
  - role:bridge
"""),
    ("ops/sops/finline.enc.yaml", r"""
routeone_password: «sops:r1»  ⟪SOPS value⟫
darwin_api_key: «sops:darwin»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:418263950712:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS-encrypted data key⟫
    lastmodified: "2026-09-01T10:00:00Z"
    mac: «sops:mac»
    version: 3.9.0
"""),
    ("ops/scripts/fleet-recall-check.py", r"""
import requests

# NHTSA recalls API is public; no key needed
VINS = ["«vin:recall1»", "«vin:recall2»"]  ⟪VINs⟫
for vin in VINS:
    r = requests.get(f"https://api.nhtsa.gov/recalls/recallsByVehicle?vin={vin}", timeout=10)
    print(vin, len(r.json().get("results", [])))
"""),
    ("ops/scripts/s3-photo-sync.ps1", r"""
# sync the studio booth photos to S3 (runs on RIV-PHOTO-01)
Set-AWSCredential -AccessKey «akid:photobooth» -SecretKey «awssec:photobooth» -StoreAs photobooth  ⟦aws-key-id|key pair on a Set-AWSCredential line⟧
Write-S3Object -BucketName hmg-photos-418263950712 -Folder D:\Booth\Out -KeyPrefix riverside/ -Recurse -ProfileName photobooth
"""),
]
