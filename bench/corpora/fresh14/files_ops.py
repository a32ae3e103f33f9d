"""fresh14 templates, operations (Corvane Hospitality): engineers' home directories, scripts, runbooks and docs,
chat exports (Slack, Teams, WhatsApp), tickets (Jira, ServiceNow, Zendesk), e-mail, logs, dumps, encoded leftovers,
keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/marisol/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:marisol»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:marisol»  ⟦aws-secret|default profile secret⟧

[guest-prod-breakglass]
aws_access_key_id=«asia:marisolbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:marisolbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:marisolbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[docs-walkthrough]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/marisol/.aws/config", r"""
[profile guest-prod]
sso_session = cvh
sso_account_id = 493817260514  ⟪account id⟫
sso_role_name = PlatformAdmin
region = us-east-1

[sso-session cvh]
sso_start_url = https://corvane.awsapps.com/start
sso_region = us-east-1

[profile properties]
role_arn = arn:aws:iam::335908174620:role/PropertyIT
source_profile = default
region = eu-west-1
"""),
    ("home/marisol/.bash_history", r"""
aws ecs list-services --cluster crs --profile guest-prod
export PGPASSWORD=«pwx:crsapp»  ⟦password|PGPASSWORD export in bash history⟧
psql -h crs.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com -U crs_app crs
redis-cli -h master.crs-ari.x7d1kq.use1.cache.amazonaws.com --tls -a '«pwr:crsredis»' dbsize  ⟦password|redis-cli -a password⟧
helm upgrade crs charts/crs -f values-prod.yaml --set externalDatabase.password='«pwx:crsapp»'  ⟦password|helm --set password⟧
aws secretsmanager get-secret-value --secret-id pms-bridge/prod/ohip --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/dimitri/.zsh_history", r"""
: 1764923101:0;snow sql -c loader -q 'select count(*) from raw.opera_reservations'
: 1764923240:0;export SNOWFLAKE_PASSWORD='«snowpw:dimitri»'  ⟦password|Snowflake password exported in zsh history⟧
: 1764923391:0;dbt run --select marts.revenue --target prod
: 1764923702:0;mysql -h opera-archive.c4r8zq1mxt2e.us-east-1.rds.amazonaws.com -u opera_arch -p'«pw6:operaarch»' opera5  ⟦password|mysql -p password in history⟧
: 1764924015:0;aws sso login --profile data
"""),
    ("home/dimitri/.snowsql/config", r"""
[connections]
accountname = cvh-analytics
username = DIMITRI_K
authenticator = externalbrowser

[connections.loader]
accountname = cvh-analytics
username = LOADER_SVC
password = «snowpw:loader»  ⟦password|SnowSQL config password⟧
warehousename = LOAD_WH
"""),
    ("home/dimitri/.pgpass", r"""
crs.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com:5432:crs:crs_rpt:«pwn:crsrpt»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/dimitri/.my.cnf", r"""
[client]
host=pmsbridge.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com
user=bridge_admin
password="«pwc:bridgedb»"  ⟦password|.my.cnf password⟧
"""),
    ("home/henrik/.ssh/id_ed25519", r"""
«openssh:edhenrik:henrik@cvh-mbp14»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/henrik/.ssh/id_ed25519.pub", r"""
«sshpub:edhenrik:henrik@cvh-mbp14»  ⟪SSH public key⟫
"""),
    ("home/henrik/.ssh/config", r"""
Host algv-util01
  HostName 10.61.0.21
  User henrik
  ProxyJump bastion.corvane-hotels.com
  IdentityFile ~/.ssh/id_ed25519  ⟪key path⟫

Host *.corvane.local
  User henrik
"""),
    ("home/henrik/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/henrik/.git-credentials", r"""
https://henrik-cvh:«ghp:henrik»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://henrik:«pwn:bitbucket»@bitbucket.corvane.local  ⟦conn-string|password in a .git-credentials URL⟧
"""),
    ("home/henrik/.docker/config.json", r"""
{
	"auths": {
		"861530294472.dkr.ecr.us-east-1.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:henrik»"  ⟦docker-hub|docker config auth with a Docker Hub token⟧
		}
	},
	"credsStore": "osxkeychain"
}
"""),
    ("home/henrik/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: cvh-guest-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: eks-admin
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, cvh-guest-prod]  ⟪exec plugin⟫
  - name: algv-k3s
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static bearer token in a kubeconfig⟧
contexts:
  - name: prod
    context: {cluster: cvh-guest-prod, user: eks-admin}
current-context: prod
"""),
    ("home/henrik/.netrc", r"""
machine nexus.corvane.local
  login cvh-ci
  password «pwx:nexuspy»  ⟦password|.netrc password⟧
machine api.github.com
  login henrik-cvh
  password «ghp:henrik»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/aaliyah/.npmrc", r"""
@corvane:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:aaliyahnpm»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=«npm:aaliyah»  ⟦npm|npm token in .npmrc⟧
"""),
    ("home/aaliyah/.gradle/gradle.properties", r"""
org.gradle.daemon=true
corvaneNexusUser=cvh-ci
corvaneNexusPassword=«pwx:nexuspy»  ⟦password|Nexus password in a user gradle.properties⟧
signing.keyId=«uhex:8-gpgid»  ⟪GPG key id⟫
signing.password=«pp:gpgsign»  ⟦password|signing key passphrase⟧
"""),
    ("home/aaliyah/.fastlane/spaceship/session.txt", r"""
# fastlane spaceship session for mobile-release@corvane-hotels.com (expires)
FASTLANE_SESSION='---\n- !ruby/object:HTTP::Cookie\n  name: myacinfo\n  value: DAWTKNV«b62:320-myacinfo»\n  domain: apple.com\n'  ⟦?app-secret|Apple session cookie in a spaceship session⟧
"""),
    ("home/priya/.config/stripe/config.toml", r"""
color = ""

[corvane]
device_name = "priya-mbp"
display_name = "Corvane Hospitality"
live_mode_api_key = "«rk:priya»"  ⟦stripe|Stripe restricted key in the Stripe CLI config⟧
live_mode_pub_key = "«pk:priya»"  ⟪Stripe publishable key⟫
test_mode_api_key = "sk_test_«b62:24-stripetm»"  ⟪Stripe test-mode key⟫
"""),
    ("home/priya/adyen-notes.md", r"""
# Adyen go-live checklist (vaultline)

1. Live endpoint prefix: `«hex:16-adyenprefix»-CorvaneHospitality` (from Customer Area > Developers > API URLs)  ⟪endpoint prefix⟫
2. ws@Company.CorvaneHospitality API key - rotated 2026-11-03, new one in Secrets Manager `vaultline/prod/adyen-api-key`  ⟪secret name⟫
3. Old key (revoke after cut-over): `«adyen:vaultlineold»`  ⟦app-secret|Adyen API key in personal notes⟧
4. Webhook user: `adyen-notify` / `«pwx:adyenwebhook»`  ⟦password|webhook basic-auth password in notes⟧
"""),
    ("home/tomasz/Documents/WindowsPowerShell/ConsoleHost_history.txt", r"""
Get-ADComputer -Filter 'Name -like "ALGV-*"' | Select Name
$env:AWS_ACCESS_KEY_ID="«asia:tomasz»"  ⟦aws-key-id|temporary key id in PowerShell history⟧
$env:AWS_SECRET_ACCESS_KEY="«awssec:tomasz»"  ⟦aws-secret|temporary secret in PowerShell history⟧
$env:AWS_SESSION_TOKEN="«stok:tomasz»"  ⟦aws-session-token|session token in PowerShell history⟧
aws s3 ls s3://cvh-property-backups-335908174620/algv/
$cred = Get-Credential CORVANE\svc-deploy  ⟪interactive prompt⟫
Enter-PSSession -ComputerName algv-ifc01 -Credential $cred
net user cvhsupport «pwc:localadmin» /domain  ⟦password|net user password in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance 'ALGV-SQL01\SAGE' -Username sa -Password '«pwc:sagesa»' -Query 'select @@version'  ⟦password|Invoke-Sqlcmd -Password⟧
"""),
    ("home/tomasz/AppData/Roaming/WinSCP.ini", r"""
[Sessions\corvane_payroll@sftp.bank-partner.com]
HostName=sftp.bank-partner.com
UserName=corvane_payroll
FSProtocol=2
Password=«uhex:72-winscp»  ⟪WinSCP obfuscated password⟫

[Sessions\nightaudit@algv-util01]
HostName=10.61.0.21
UserName=nightaudit
PublicKeyFile=C:\Users\tomasz\.ssh\algv.ppk  ⟪key path⟫
"""),
    ("home/tomasz/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.ideas.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>corvane_g3</User>
      <Pass encoding="base64">«b64:pw:ideassftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>IDeaS G3</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/fergus/.config/rclone/rclone.conf", r"""
[nightaudit-s3]
type = s3
provider = AWS
access_key_id = «akid:rclonealgv»  ⟦aws-key-id|key id in rclone.conf⟧
secret_access_key = «awssec:rclonealgv»  ⟦aws-secret|secret in rclone.conf⟧
region = eu-west-1

[algv-fs01]
type = smb
host = algv-fs01.corvane.local
user = svc-datasync
pass = «b64k:24-rcloneobscured»  ⟦?password|rclone-obscured password (reversible)⟧
"""),
    ("home/fergus/.s3cfg", r"""
[default]
access_key = «akid:fergus»  ⟦aws-key-id|s3cmd key id⟧
secret_key = «awssec:fergus»  ⟦aws-secret|s3cmd secret⟧
host_base = s3.eu-west-1.amazonaws.com
use_https = True
"""),
    ("home/kwame/.config/zendesk/config.json", r"""
{
  "subdomain": "corvanehospitality",
  "email": "kwame.asante@corvane-hotels.com/token",
  "token": "«zendesk:kwame»"  ⟦app-secret|Zendesk API token in a CLI config⟧
}
"""),
    ("home/henrik/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:henrik»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/henrik/.vault-token", r"""
«hvs:henrik»  ⟦vault|Vault token file⟧
"""),
    ("home/henrik/.config/gh/hosts.yml", r"""
github.com:
    users:
        henrik-cvh:
            oauth_token: «gho:henrikgh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
    user: henrik-cvh
"""),
    ("home/aaliyah/.config/openvpn/algv-vendor.ovpn", r"""
client
dev tun
proto udp
remote vpn.corvane-hotels.com 1194
auth-user-pass algv-vendor.creds
<ca>
«cert:ecvpnca:Corvane Properties VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client private key inline in an .ovpn⟧
</key>
"""),
    ("home/aaliyah/.config/openvpn/algv-vendor.creds", r"""
aaliyah.b
«pwn:aaliyahvpn»  ⟦password|OpenVPN credentials file⟧
"""),
    ("home/fergus/wg0.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgfergus»  ⟦private-key|WireGuard private key⟧
Address = 10.200.0.14/32
DNS = 10.61.0.10

[Peer]
PublicKey = «b64k:32-wgpeerpub»  ⟪WireGuard peer public key⟫
Endpoint = algv-wg.corvane-hotels.com:51820
AllowedIPs = 10.61.0.0/16
"""),
    ("ops/tls/booking.corvane-hotels.com.key", r"""
«pem:trad:rsabooking»  ⟦private-key|RSA TLS private key⟧
"""),
    ("ops/tls/booking.corvane-hotels.com.crt", r"""
«cert:rsabooking:booking.corvane-hotels.com»  ⟪certificate⟫
"""),
    ("ops/tls/jwks-pub.pem", r"""
«pubpem:ecjwks»  ⟪public key PEM⟫
"""),
    ("ops/scripts/rotate-duetto-key.sh", r"""
#!/usr/bin/env bash
# one-off: rotate the hand-made Duetto pull key (CHG-21044)
set -euo pipefail
OLD_KEY=«akid:duettopull»  ⟦aws-key-id|key id in a rotation script⟧
aws iam create-access-key --user-name vendor-duetto-pull > /tmp/newkey.json
aws iam update-access-key --user-name vendor-duetto-pull --access-key-id "$OLD_KEY" --status Inactive
"""),
    ("ops/scripts/restore-crs-snapshot.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
SNAP=${1:?snapshot id}
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier crs-restore --snapshot-identifier "$SNAP" \
  --engine aurora-postgresql
aws rds modify-db-cluster --db-cluster-identifier crs-restore --master-user-password '«pwc:crsrestore»' --apply-immediately  ⟦password|master password on a CLI line in a script⟧
"""),
    ("ops/scripts/sync_loyalty_segments.py", r"""
import requests

SEGMENT_TOKEN = "«segment:profileapi»"  ⟦app-secret|Segment profile API token in a script⟧
SPACE = "spa_«b62:22-segspace»"  ⟪space id⟫


def traits(user_id: str) -> dict:
    r = requests.get(f"https://profiles.segment.com/v1/spaces/{SPACE}/collections/users/profiles/user_id:{user_id}/traits",
                     auth=(SEGMENT_TOKEN, ""), timeout=10)
    r.raise_for_status()
    return r.json()["traits"]
"""),
    ("ops/scripts/create_roles.sql", r"""
-- warehouse roles for the revenue team (run as rs_admin)
CREATE USER tableau_svc PASSWORD '«pwx:rstableau»';  ⟦password|CREATE USER PASSWORD in SQL⟧
CREATE USER dbt_runner PASSWORD DISABLE;  ⟪password disabled⟫
ALTER USER lucia_r PASSWORD '«pw:luciars»';  ⟦password|ALTER USER PASSWORD in SQL⟧
GRANT USAGE ON SCHEMA marts TO GROUP analysts;
"""),
    ("ops/scripts/meraki-audit.py", r"""
import meraki

dashboard = meraki.DashboardAPI(api_key="«meraki:audit»", suppress_logging=True)  ⟦app-secret|Meraki API key in a script⟧
for org in dashboard.organizations.getOrganizations():
    print(org["id"], org["name"])
"""),
    ("ops/runbooks/pms-interface-down.md", r"""
# Runbook: PMS interface down (FIAS)

Symptoms: keys not encoding, Wi-Fi charges not posting, minibar posts queueing.

1. Check the FIAS listener on the property: `systemctl status fias-listener`.
2. If the link is up but OPERA rejects the LR record, the interface password was changed in OPERA.
   Current password for ALGV is `«pw6:fiasifc»`; set it in `/etc/fias-listener.yml` and restart.  ⟦password|password in backticks in a runbook⟧
3. Escalate to BrightPath (+351 21 000 4412) if the OPERA IFC8 service itself is down.
"""),
    ("ops/runbooks/door-lock-server.md", r"""
# Runbook: Visionline server restart (ALGV-VL01)

- Log in to ALGV-VL01 with the local account **vladmin**, password **«pw6:vladmin»**  ⟦password|bold password in a runbook⟧
- Stop the "Visionline" service, wait for the encoders to show OFFLINE, start it again.
- Check the FIAS link in Visionline > Settings > PMS.
- Never restore the Firebird database from a backup older than 24 h (cards issued since will not open doors).
"""),
    ("ops/runbooks/guest-wifi-vouchers.md", r"""
# Guest Wi-Fi vouchers

Event organisers get voucher codes from the harborlink admin (https://wifi-admin.corvane-hotels.com).
Admin login: the shared account `events-desk`, password in 1Password ("harborlink events-desk").  ⟪pointer to a vault⟫
Vouchers look like `CVH-XXXX-XXXX`; they are not secrets once handed out.
"""),
    ("ops/docs/onboarding-property-it.md", r"""
# Onboarding - property IT coordinators

Welcome! You will need:

| system | how to get access |
|---|---|
| Back-office PCs | AD account from the service desk |
| Visionline | ask the front office manager |
| Nomadix | BrightPath ticket |
| Shared mailbox | `propertyit@corvane-hotels.com` |

Your first-day AD password is `Welcome1!` and you must change it at first logon.  ⟦?password|default first-logon password in an onboarding doc⟧
Never write passwords on the back of the encoder.
"""),
    ("ops/docs/adr-012-payments-tokenisation.md", r"""
# ADR-012: card tokenisation in vaultline

Status: accepted (2026-03-14)

Cards never touch the CRS: the booking engine uses Adyen's drop-in with the client key
(`live_«up:32-adyenclient»`, public) and the CRS stores only the recurring detail reference.  ⟪public client key⟫
OPERA receives a token through the OHIP payment interface. The Braintree vault stays for legacy
PayPal flows only.
"""),
    ("ops/docs/postmortem-2026-10-wifi-outage.md", r"""
# Postmortem: guest Wi-Fi outage at MIAB, 2026-10-18

## What happened
The RADIUS container lost its client list after a redeploy; the Nomadix gateway rejected every login for 2h40.

## Root cause
The client secret for MIAB was only in the Ansible role defaults (`«wifipsk:radmiab»`), not in the image.  ⟦password|RADIUS secret quoted in a postmortem⟧

## Actions
- Move RADIUS client secrets to Secrets Manager (owner: henrik).
- Alert on Access-Reject rate.
"""),
    ("ops/docs/secrets-policy.md", r"""
# Secrets policy (platform)

- Application secrets live in Secrets Manager; CloudFormation uses `{{resolve:secretsmanager:...}}`.  ⟪policy prose⟫
- Property device passwords live in 1Password, one vault per property.
- Never paste keys like `AKIA****************` into tickets; use the secret's name instead.  ⟪masked forms⟫
- A key written as `«docs:akidx»` in a wiki page is a placeholder and is fine.  ⟪X-filled key id⟫
- Rotate vendor keys every 90 days.
"""),
    ("ops/docs/vendor-email-brightpath.eml", r"""
From: Rui Matos <rui.matos@brightpath-it.pt>
To: tomasz.wojcik@corvane-hotels.com
Subject: RE: ALGV new back-office PCs
Date: Tue, 17 Nov 2026 10:42:11 +0000
Content-Type: text/plain; charset="utf-8"

Hi Tomasz,

The six new PCs are imaged and joined. Local admin on all of them is cvhsupport / «pwc:localadmin»  ⟦password|local admin password in a vendor e-mail⟧
until you roll LAPS out. The Konica scan user is svc-scan with the password you gave us.

Temporary password for your ScreenConnect login: «pwp:screenconnecttmp» (change at first login)  ⟦?password|temporary first-login password in a vendor e-mail⟧

Rui
"""),
    ("ops/docs/ideas-g3-integration.eml", r"""
From: integrations@ideas.com
To: revenue-systems@corvane-hotels.com
Subject: Corvane - G3 RMS SFTP credentials
Date: Mon, 02 Feb 2026 15:10:00 +0000

Hello,

Your SFTP account for the daily decisions file is ready.

Host: sftp.ideas.com
User: corvane_g3
Password: «pw:ideassftp»  ⟦password|SFTP password in a vendor e-mail⟧

Regards,
IDeaS Integration Services
"""),
    ("ops/tickets/JIRA-PLAT-2291.md", r"""
PLAT-2291  Night-audit collector failing at SNTR since 03:00
Reporter: fergus.m   Assignee: henrik.l   Priority: High

fergus.m: the collector log says ORA-01017. Did someone change NA_REPORTS?
henrik.l: yes, OPERA forced a rotation. New password is «pw6:operareports», updating samconfig now.  ⟦password|password in a Jira comment⟧
fergus.m: works, thanks. Closing.
"""),
    ("ops/tickets/SNOW-INC0048812.txt", r"""
Number: INC0048812
Short description: Spa PC at SNTR cannot print folios
Caller: Lucia Romero
Assignment group: Property IT - EMEA
Work notes:
  2026-11-21 09:14 - connected via TeamViewer 1 284 907 331 / «tv:spapc»  ⟦password|TeamViewer password in a ServiceNow work note⟧
  2026-11-21 09:30 - reinstalled Konica driver, test page ok
  2026-11-21 09:31 - resolved
"""),
    ("ops/tickets/zendesk-ticket-88412.json", r"""
{
  "ticket": {
    "id": 88412,
    "subject": "Cannot log in to the app after password reset",
    "requester_id": «num:12-zdreq»,
    "status": "solved",
    "comments": [
      {"author": "guest", "body": "I reset my password but the app still says invalid."},
      {"author": "agent:kwame.asante", "body": "I set a temporary password for you: «pwn:guesttmp». Please change it after you log in.", "public": true}  ⟦?password|temporary password given to a guest in a support ticket⟧
    ]
  }
}
"""),
    ("ops/chat/slack-platform-export.json", r"""
[
  {"type": "message", "user": "U04HNRK2L", "ts": "1764921001.004100", "text": "who owns the duetto pull key?"},  ⟪Slack ids⟫
  {"type": "message", "user": "U02P8AM6Q", "ts": "1764921144.004300", "text": "it's «akid:duettopull», created by hand in 2023, see PLAT-2240"},  ⟦aws-key-id|key id in a Slack message⟧
  {"type": "message", "user": "U04HNRK2L", "ts": "1764921301.004500", "text": "ok. and the crs redis auth is `«pwr:crsredis»` if anyone needs it for the migration"},  ⟦password|password in a Slack message⟧
  {"type": "message", "user": "U02P8AM6Q", "ts": "1764921388.004700", "text": "please don't paste those here :upside_down_face:"},
  {"type": "message", "user": "U04HNRK2L", "ts": "1764921420.004900", "text": "sorry - rotated it, new one is in secrets manager as crs/redis-auth"}  ⟪secret name in chat⟫
]
"""),
    ("ops/chat/teams-property-it.html", r"""
<html><body>
<div class="message"><span class="from">Fergus Mahon</span> <span class="time">18/11/2026 07:52</span>
<p>Morning - the Wi-Fi voucher printer at ALGV is offline again</p></div>
<div class="message"><span class="from">Tomasz Wójcik</span> <span class="time">18/11/2026 07:55</span>
<p>Log in to the Nomadix as admin / «pw6:nomadixadmin» and reboot the print server from Tools</p></div>  ⟦password|password in a Teams message⟧
<div class="message"><span class="from">Fergus Mahon</span> <span class="time">18/11/2026 08:03</span>
<p>Done, thanks</p></div>
</body></html>
"""),
    ("ops/chat/whatsapp-algv-frontoffice.txt", r"""
17/11/2026, 22:41 - Inês (FOM): Encoder 2 is asking for the PIN again
17/11/2026, 22:43 - Fergus: it's «pin:4-encfd2»  ⟦password|encoder PIN in a WhatsApp export⟧
17/11/2026, 22:44 - Inês (FOM): 👍
18/11/2026, 06:58 - Inês (FOM): night auditor can't log into OPERA, NA_REPORTS locked
18/11/2026, 07:10 - Fergus: unlocked. password unchanged
18/11/2026, 07:12 - Inês (FOM): and the staff wifi is «wifipsk:staffalgv» right?  ⟦password|staff Wi-Fi password in a WhatsApp export⟧
18/11/2026, 07:12 - Fergus: yes
"""),
    ("ops/logs/pms-bridge-2026-11-20.log", r"""
2026-11-20T03:02:11.418Z INFO  [fias-algv] link up 10.61.10.20:5010
2026-11-20T03:02:11.502Z DEBUG [fias-algv] > LS|DA261120|TI030211|  ⟪FIAS link start record⟫
2026-11-20T03:02:11.510Z DEBUG [fias-algv] > LD|DA261120|TI030211|V#7.3|IFWW|PW«pw6:fiasifc»|  ⟦password|password in a FIAS link description record in a debug log⟧
2026-11-20T03:02:11.622Z DEBUG [fias-algv] < LA|DA261120|TI030211|
2026-11-20T03:05:48.007Z WARN  [ohip] token refresh took 2210 ms
2026-11-20T03:05:48.010Z INFO  [ohip] using client_id=corvane_ohip_prd client_secret=****** app_key=«tail:uuid:ohipappkey»  ⟪masked secret and key tail⟫
2026-11-20T03:05:48.112Z DEBUG [ohip] POST /oauth/v1/tokens client_id=corvane_ohip_prd client_secret=«okx:36-ohip»  ⟦app-secret|client secret in a debug log⟧
"""),
    ("ops/logs/harborlink-radius.log", r"""
Fri Nov 20 21:14:02 2026 : Auth: (2211) Login OK: [412-garcia] (from client nomadix-algv port 0 cli 3C-22-FB-1A-90-4E)
Fri Nov 20 21:14:40 2026 : Auth: (2212) Login incorrect (rlm_sql: bad password): [staff/«pwp:radstaffbad»] (from client nomadix-algv port 0)  ⟦password|password logged by a RADIUS server⟧
Fri Nov 20 21:15:03 2026 : Info: Ready to process requests
"""),
    ("ops/logs/booking-alb.log", r"""
https 2026-11-20T18:02:11.004129Z app/booking-alb/«hex:16-albid» 203.0.113.77:51422 10.20.3.14:8080 0.001 0.087 0.000 200 200 512 3201 "GET https://book.corvane-hotels.com:443/api/availability?hotel=ALGV&arrive=2026-12-20 HTTP/2.0" "Mozilla/5.0" TLS_AES_128_GCM_SHA256 TLSv1.3  ⟪ALB id⟫
https 2026-11-20T18:02:13.771020Z app/booking-alb/«hex:16-albid» 198.51.100.23:40218 10.20.3.14:8080 0.001 0.012 0.000 302 302 344 0 "GET https://book.corvane-hotels.com:443/media/brochure.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261120%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261120T180213Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=«sha256:presignsig» HTTP/2.0" "curl/8.5.0"  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("ops/logs/cloudtrail-2026-11-19.json", r"""
{"Records": [
  {"eventVersion": "1.09", "eventTime": "2026-11-19T02:14:55Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "awsRegion": "us-east-1", "sourceIPAddress": "34.201.11.42",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:duetto»", "arn": "arn:aws:iam::207946381155:user/vendor-duetto-pull",  ⟪IAM unique id⟫
    "accountId": "207946381155",
    "accessKeyId": "«akid:duettopull»"},  ⟦aws-key-id|accessKeyId in CloudTrail⟧
   "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}
]}
"""),
    ("ops/logs/codebuild-gullwing-android.log", r"""
[Container] 2026/11/18 11:02:44.117 Running command ./gradlew assembleRelease
[Container] 2026/11/18 11:02:44.120 Phase context status code:  Message:
> Task :app:validateSigningRelease
Signing with storePassword=«pwl:androidks» keyAlias=gullwing-release  ⟦password|keystore password echoed in a build log⟧
BUILD SUCCESSFUL in 4m 12s
"""),
    ("ops/dumps/guest_profiles_export.csv", r"""
profile_id,first_name,last_name,email,loyalty_tier,card_token
«uuid:gp1»,Ana,Pereira,ana.p@mail.pt,GOLD,tok_«b62:24-ctok1»  ⟪payment token reference⟫
«uuid:gp2»,James,O'Neill,jon@mail.ie,SILVER,tok_«b62:24-ctok2»
"""),
    ("ops/dumps/pmsbridge-users.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: pmsbridge.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com    Database: pmsbridge
DROP TABLE IF EXISTS `interface_accounts`;
CREATE TABLE `interface_accounts` (
  `id` int NOT NULL AUTO_INCREMENT,
  `property` char(4) NOT NULL,
  `username` varchar(64) NOT NULL,
  `password` varchar(128) NOT NULL,
  PRIMARY KEY (`id`)
);
INSERT INTO `interface_accounts` VALUES (1,'ALGV','IFC_WW','«pw6:fiasifc»'),(2,'MIAB','IFC_WW','«pw6:fiasmiab»');  ⟦password|clear interface passwords in a MySQL dump row⟧
INSERT INTO `portal_users` VALUES (1,'admin','«bcrypt:portaladmin»');  ⟪bcrypt hash⟫
"""),
    ("ops/dumps/harborlink-vouchers.sql", r"""
--
-- PostgreSQL database dump
--
COPY public.gateway_credentials (id, property, api_user, api_password) FROM stdin;
1	ALGV	portal	«pw6:nomadix»  ⟦password|gateway password in a PostgreSQL COPY block⟧
\.
ALTER ROLE portal WITH PASSWORD '«scram:portalrole»';  ⟪SCRAM verifier⟫
"""),
    ("ops/leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("ops/leftovers/debug-env.json", r"""
{"function": "pos-bridge-simphony", "env": "{\"AWS_ACCESS_KEY_ID\":\"«akid:posdebug»\",\"AWS_SECRET_ACCESS_KEY\":\"«jsonesc:awssec:posdebug»\",\"SHIFT4_ACCESS_TOKEN\":\"«uuid:shift4»\"}"}  ⟦aws-key-id|JSON-in-JSON env with an AWS key pair⟧
"""),
    ("ops/leftovers/form-post.txt", r"""
POST /wp-admin/options.php HTTP/1.1
Host: weddings.corvane-hotels.com
Content-Type: application/x-www-form-urlencoded

option_page=wp_mail_smtp&smtp_host=email-smtp.us-east-1.amazonaws.com&smtp_user=«akid:seswp»&smtp_pass=«pct:sesv4:seswp»&submit=Save  ⟦aws-ses-smtp|percent-encoded SES SMTP credential in a form body⟧
"""),
    ("ops/leftovers/export-escaped.json", r"""
{"name": "revenue-sync", "value": "«uesc:awssec:revsyncesc»"}  ⟦aws-secret|\uXXXX-escaped secret⟧
"""),
    ("ops/leftovers/k8s-secret-dump.txt", r"""
$ kubectl get secret crs-legacy -o jsonpath='{.data.creds}'
«b64b64:awssec:crslegacy»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("ops/leftovers/hex-note.txt", r"""
# from the old Simphony export tool config (hex encoded by the vendor)
awsSecret=«hexenc:awssec:simphonyexport»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("ops/iam/key-report-2026-11.csv", r"""
user,access_key_id,status,created,last_used
vendor-duetto-pull,«akid:duettopull»,Active,2023-04-11,2026-11-19  ⟦aws-key-id|key id in an IAM key report⟧
ses-smtp-opera,«akid:sesopera»,Active,2022-09-02,2026-11-20  ⟦aws-key-id|SES SMTP user key id in a key report⟧
vendor-revpar-consulting,«akid:revparold»,Inactive,2024-01-15,2024-06-30  ⟦?aws-key-id|inactive key id in a key report⟧
"""),
    ("ops/vault/approle-pms-bridge.txt", r"""
$ vault read auth/approle/role/pms-bridge/role-id
role_id    «uuid:vaultrole»  ⟪AppRole role id⟫
$ vault write -f auth/approle/role/pms-bridge/secret-id
secret_id             «uuid:vaultsecretid»  ⟦vault|AppRole secret_id in a terminal capture⟧
secret_id_accessor    «uuid:vaultaccessor»  ⟪accessor⟫
"""),
    ("ops/monitoring/pagerduty-services.yaml", r"""
services:
  - name: PMS interfaces
    integration_key: «pdkey:pmsifc»  ⟦pagerduty|PagerDuty integration key⟧
  - name: Guest Wi-Fi
    integration_key: ${PD_WIFI_KEY}  ⟪variable reference⟫
"""),
    ("ops/monitoring/newrelic-infra.yml", r"""
license_key: «nrlic:infra»  ⟦newrelic|New Relic license key⟧
display_name: algv-util01
custom_attributes:
  property: ALGV
"""),
    ("ops/monitoring/datadog.yaml", r"""
api_key: «ddapi:agentalgv»  ⟦datadog|Datadog agent API key⟧
site: datadoghq.eu
tags:
  - property:algv
logs_enabled: true
"""),
    ("deploy/sops/pms-bridge.enc.yaml", r"""
fias:
    algv_password: «sops:fiasalgv»  ⟪SOPS value⟫
    miab_password: «sops:fiasmiab»  ⟪SOPS value⟫
ohip:
    client_secret: «sops:ohip»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:493817260514:key/«uuid:kmssops»
          created_at: "2026-10-02T09:14:51Z"
          enc: «kms:sopsdek»  ⟪KMS-encrypted data key⟫
          aws_profile: ""
    lastmodified: "2026-11-12T16:40:03Z"
    mac: «sops:mac»  ⟪SOPS MAC⟫
    unencrypted_suffix: _unencrypted
    version: 3.9.1
"""),
    ("ops/docs/aws-access-howto.md", r"""
# Getting AWS access (engineers)

1. Sign in at https://corvane.awsapps.com/start with your Entra account.
2. `aws configure sso` and pick the account and role; never create access keys for yourself.
3. If a tool only takes static keys, use a profile with `credential_process`:

```ini
[profile legacy-tool]
credential_process = aws configure export-credentials --profile guest-prod --format process  ⟪credential_process⟫
```

The AWS docs use `«docs:akid»` / `«docs:secret»` in their examples; those are not ours.  ⟪AWS documentation key pair⟫
In CI, read keys from the environment: `AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}`.  ⟪variable reference⟫
"""),
]
