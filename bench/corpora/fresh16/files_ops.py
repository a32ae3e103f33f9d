"""fresh16 templates, operations (Quayline Fresh): engineers' home directories, keys and certificates, scripts,
runbooks and docs, chat exports (Slack, Teams, WhatsApp), e-mail, tickets (Jira, ServiceNow, Zendesk), logs,
dumps, encoded leftovers, key reports and monitoring configs.
Markers: render.py and README.md."""

FILES = [
    ("home/oksana/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:oksana»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:oksana»  ⟦aws-secret|default profile secret⟧

[fulfilment-breakglass]
aws_access_key_id=«asia:oksanabg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:oksanabg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:oksanabg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[aws-docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/oksana/.aws/config", r"""
[profile commerce]
sso_session = qlf
sso_account_id = 618204937551  ⟪account id⟫
sso_role_name = PlatformAdmin
region = us-east-1

[sso-session qlf]
sso_start_url = https://quaylinefresh.awsapps.com/start
sso_region = us-east-1

[profile edi-partner]
credential_process = /usr/local/bin/aws-vault export --format=json edi  ⟪credential_process⟫
region = us-east-2
"""),
    ("home/oksana/.bash_history", r"""
aws ecs list-services --cluster fulfilment --profile fulfilment-breakglass
export PGPASSWORD='«pwx:cartwheelapp»'  ⟦password|PGPASSWORD in bash history⟧
psql -h cartwheel.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com -U cartwheel_app cartwheel
redis-cli -h master.pickpath.x1k7qa.use2.cache.amazonaws.com --tls -a '«pwr:pickredis»' info keyspace  ⟦password|redis-cli -a password⟧
aws configure set aws_secret_access_key «awssec:edgeboot» --profile edge  ⟦aws-secret|secret set with aws configure in history⟧
aws secretsmanager get-secret-value --secret-id dockside/db --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/oksana/.zsh_history", r"""
: 1764923101:0;snow sql -c loader -q 'select count(*) from raw.pos_journal'
: 1764923240:0;export SNOWFLAKE_PASSWORD='«snowpw:oksana»'  ⟦password|Snowflake password in zsh history⟧
: 1764923391:0;dbt run --select marts.baskets --target prod
: 1764923702:0;mysql -h stallboard-legacy.c4r8zq1mxt2e.us-east-1.rds.amazonaws.com -u sb_ro -p'«pwn:sbro»' stallboard  ⟦password|mysql -p password in history⟧
"""),
    ("home/deshawn/.ssh/id_ed25519", r"""
«openssh:eddeshawn:deshawn@qlf-mbp16»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/deshawn/.ssh/id_ed25519.pub", r"""
«sshpub:eddeshawn:deshawn@qlf-mbp16»  ⟪SSH public key⟫
"""),
    ("home/deshawn/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/deshawn/.git-credentials", r"""
https://deshawn-qlf:«ghp:deshawn»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://deshawn:«pwn:bitbucketds»@bitbucket.quayline.local  ⟦conn-string|password in a .git-credentials URL⟧
"""),
    ("home/deshawn/.docker/config.json", r"""
{
	"auths": {
		"905361728414.dkr.ecr.us-east-1.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:deshawn»"  ⟦docker-hub|docker config auth with a Docker Hub token⟧
		}
	},
	"credsStore": "osxkeychain"
}
"""),
    ("home/deshawn/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: qlf-fulfilment
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: ewr-cfc-edge
    cluster:
      server: https://10.40.9.5:6443
contexts:
  - name: fulfilment
    context: {cluster: qlf-fulfilment, user: eks}
  - name: edge
    context: {cluster: ewr-cfc-edge, user: edge-admin}
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, qlf-fulfilment]  ⟪exec plugin⟫
  - name: edge-admin
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static Kubernetes token for the edge cluster⟧
"""),
    ("home/deshawn/.netrc", r"""
machine api.mapbox.com
  login mapbox
  password «mbsk:downloads»  ⟦app-secret|Mapbox downloads token in .netrc⟧
machine repo.quayline.local
  login ci
  password «pwc:nexus»  ⟦password|Nexus password in .netrc⟧
"""),
    ("home/mireille/.pgpass", r"""
cartwheel.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com:5432:cartwheel:cw_rpt:«pwn:cwrpt»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/mireille/.my.cnf", r"""
[client]
host=stallboard-legacy.c4r8zq1mxt2e.us-east-1.rds.amazonaws.com
user=sb_ro
password="«pwn:sbro»"  ⟦password|.my.cnf password⟧
"""),
    ("home/mireille/.config/gh/hosts.yml", r"""
github.com:
    user: mireille-qlf
    oauth_token: «gho:mireille»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
"""),
    ("home/mireille/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:mireille»  ⟦npm|npm token in a home .npmrc⟧
init-author-name=Mireille Dubois
"""),
    ("home/tobias/.s3cfg", r"""
[default]
access_key = «akid:tobiass3»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:tobiass3»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.amazonaws.com
use_https = True
"""),
    ("home/tobias/.config/rclone/rclone.conf", r"""
[supplier-images]
type = s3
provider = AWS
access_key_id = «akid:rclonesup»  ⟦aws-key-id|rclone S3 key id⟧
secret_access_key = «awssec:rclonesup»  ⟦aws-secret|rclone S3 secret⟧
region = us-east-2

[gsgreens-ftp]
type = sftp
host = ftp.gsgreens.com
user = qlfresh
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/tobias/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service MTPluSync -ComputerName q101-ctl01
cmdkey /add:q101-ctl01 /user:QUAYLINE\svc-scales /pass:«pwp:scalesvc»  ⟦password|cmdkey /pass in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance Q101-CTL01\POS -Database StoreDB -Username pos_sa -Password '«pw6:possa»' -Query "select count(*) from Lanes"  ⟦password|Invoke-Sqlcmd -Password in history⟧
$c = Get-Credential QUAYLINE\tobias.k  ⟪interactive prompt⟫
Enter-PSSession q102-ctl01 -Credential $c
"""),
    ("home/tobias/.vault-token", r"""
«hvs:tobias»  ⟦vault|Vault token file⟧
"""),
    ("home/tobias/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:tobias»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/anjali/notes/todo.md", r"""
# todo (anjali)

- [ ] rotate the frostline export key «akid:frostline» (still in terraform locals!)  ⟦aws-key-id|key id in personal notes⟧
- [ ] ask NordGrid for the AutoStore service login (they said it's `«pwg:asservice»`, check)  ⟦password|password in personal notes⟧
- [x] move Onfleet key to Secrets Manager (done, arn:aws:secretsmanager:us-east-2:274930816602:secret:lanes/onfleet-«b62:6-onfleetarn»)  ⟪Secrets Manager ARN⟫
"""),
    ("home/anjali/.config/stripe/config.toml", r"""
color = ""
[default]
device_name = "anjali-mbp"
display_name = "Quayline Fresh"
live_mode_api_key = "«rk:cli»"  ⟦stripe|Stripe CLI live restricted key⟧
live_mode_publishable_key = "«pk:cli»"  ⟪publishable key⟫
test_mode_api_key = "«docs:stripetest»"  ⟪test-mode key⟫
"""),
    ("home/anjali/.gradle/gradle.properties", r"""
org.gradle.daemon=true
qlfNexusUser=ci
qlfNexusPassword=«pwc:nexus»  ⟦password|Nexus password in ~/.gradle⟧
"""),
    ("home/rafael/.ssh/config", r"""
Host ewr-edge
  HostName 10.40.9.5
  User rafael
  ProxyJump bastion.quaylinefresh.com
  IdentityFile ~/.ssh/id_ed25519  ⟪key path⟫
"""),
    ("home/rafael/AppData/Roaming/WinSCP.ini", r"""
[Sessions\plusync@q101-ctl01]
HostName=q101-ctl01
UserName=plusync
FSProtocol=5
Password=A35C«uhex:60-winscp»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/rafael/.config/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>ftp.atlseafood.com</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>quayline</User>
      <Pass encoding="base64">«b64:pwg:atlseafood»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Atlantic Seafood</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/rafael/vpn/ewr-cfc.ovpn", r"""
client
dev tun
proto udp
remote vpn.ewr-cfc.quaylinefresh.com 1194
auth-user-pass
<ca>
«cert:ecvpnca:Quayline EWR VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client key inline in an .ovpn⟧
</key>
"""),
    ("home/rafael/vpn/wg-bos1.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.1.7/32

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
PresharedKey = «b64k:32-wgpsk»  ⟦password|WireGuard preshared key⟧
Endpoint = bos1-edge.quaylinefresh.com:51820
AllowedIPs = 10.50.0.0/16
"""),
    ("ops/tls/pickpath.quaylinefresh.com.key", r"""
«pem:trad:rsapickpath»  ⟦private-key|RSA TLS private key⟧
"""),
    ("ops/tls/pickpath.quaylinefresh.com.crt", r"""
«cert:rsapickpath:pickpath.quaylinefresh.com»  ⟪certificate⟫
"""),
    ("ops/jwks/signing-public.pem", r"""
«pubpem:ecjwks»  ⟪public key PEM⟫
"""),
    ("scripts/rotate-frostline-key.sh", r"""
#!/usr/bin/env bash
# FUL-1987: replace the refrigeration contractor's export key
set -euo pipefail
OLD=«akid:frostline»  ⟦aws-key-id|old key id in a rotation script⟧
NEW_JSON=$(aws iam create-access-key --user-name frostline-export)
aws iam update-access-key --user-name frostline-export --access-key-id "$OLD" --status Inactive
echo "$NEW_JSON" | jq -r .AccessKey.AccessKeyId  ⟪key from a command⟫
"""),
    ("scripts/restore-orders-snapshot.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
SNAP=${1:?snapshot id}
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier cartwheel-restore --snapshot-identifier "$SNAP" \
  --engine aurora-postgresql
PGPASSWORD=«pwc:ordersdb» psql -h cartwheel-restore.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com -U cartwheel_admin -c '\l'  ⟦password|PGPASSWORD inline in a script⟧
"""),
    ("scripts/sql/create-roles.sql", r"""
-- reporting roles for the baskets warehouse (run as qlf_admin)
CREATE USER tableau_rpt PASSWORD '«pwp:tableaurs»';  ⟦password|CREATE USER with a password⟧
CREATE USER looker_svc PASSWORD '«pwx:lookerrs»';  ⟦password|CREATE USER with a password⟧
ALTER USER dbt_prod PASSWORD 'md5«hex:32-dbtmd5»';  ⟪md5 password hash⟫
GRANT USAGE ON SCHEMA marts TO tableau_rpt, looker_svc;
"""),
    ("scripts/meraki-ssid-audit.py", r"""
import os
import meraki

KEY = os.environ.get("MERAKI_DASHBOARD_API_KEY") or "«meraki:tf»"  ⟦app-secret|Meraki key as a fallback in a script⟧
dash = meraki.DashboardAPI(KEY, suppress_logging=True)
for net in dash.organizations.getOrganizationNetworks("«num:6-merakiorg»"):  ⟪Meraki org id⟫
    for s in dash.wireless.getNetworkWirelessSsids(net["id"]):
        print(net["name"], s["name"], s["authMode"])
"""),
    ("scripts/klaviyo-backfill.py", r"""
import requests

HEADERS = {"Authorization": "Klaviyo-API-Key «klaviyo:web»", "revision": "2024-10-15"}  ⟦app-secret|Klaviyo private key in a script⟧

def profiles(cursor=None):
    return requests.get("https://a.klaviyo.com/api/profiles/", headers=HEADERS, params={"page[cursor]": cursor}).json()
"""),
    ("docs/runbooks/autostore-outage.md", r"""
# AutoStore grid down (Edison CFC)

1. Check the controller UI at https://10.40.8.10 (service login `asservice`, password `«pwg:asservice»`).  ⟦password|password in a runbook sentence⟧
2. If the bridge lost its session, restart `autostore-bridge` on the edge box; it logs in as `dockside`
   with the interface password `«pw6:autostore»`.  ⟦password|password in a runbook⟧
3. Page NordGrid (+1 732 555 0190) if the grid is in Emergency Stop for more than 10 minutes.
4. The WMS holds waves automatically; do not release them by hand.
"""),
    ("docs/runbooks/coldchain-excursion.md", r"""
# Temperature excursion

- Alarm comes from coldwatch (PagerDuty service "Cold chain").
- Log in to the AK-SM 800 at the store; the qlfsvc login is «pwg:danfoss».  ⟦password|controller password in a runbook⟧
- Product above 5 C for more than 2 hours is written off (food safety SOP FS-07).
- API keys for The Things Stack are in Secrets Manager under `coldwatch/tts`; never paste them in Slack.  ⟪pointer to a vault⟫
"""),
    ("docs/runbooks/edi-failures.md", r"""
# EDI failures

| symptom | fix |
|---|---|
| 997 rejected, ISA04 mismatch | UNFI expects security info `«isa:unfi»` (qualifier 01) |  ⟦password|ISA password in a runbook table⟧
| TrueCommerce poll fails | mailbox QLFRESH-TC01, password `«pw6:tcmailbox»` |  ⟦password|VAN mailbox password in a runbook table⟧
| AS2 MDN unsigned | check partnerships.xml `as2_mdn_options` |
"""),
    ("docs/onboarding/store-it.md", r"""
# Store IT onboarding

New store back-office PCs are joined to QUAYLINE and get the standard local admin `qlfadmin`.
Your first AD logon password is `Fresh2026!`; you must change it at first logon.  ⟦?password|default first-logon password in an onboarding document⟧
Scales, ESL and POS lanes are managed centrally; never change their passwords on site.
"""),
    ("docs/adr/0014-secrets-in-stores.md", r"""
# ADR 0014: secrets on store devices

Status: accepted (2026-09)

Store controllers fetch secrets at boot from SSM (`{{ssm-secure:/stores/...}}`) through the SSM agent.  ⟪ssm-secure reference in prose⟫
Scales and ESL access points cannot; their passwords are rotated quarterly by the payments-and-stores team and
kept in 1Password (`op read op://Stores/Scales/password`).  ⟪op read reference⟫
"""),
    ("docs/postmortems/2026-10-18-freezer-alarms.md", r"""
# Postmortem: missed freezer alarms at BKN2 (2026-10-18)

Timeline
- 02:14 gateway BKN2-GW1 lost its LNS session after the key rotation
- 02:40 probes stop reporting; no alert (the staleness check was disabled)
- 06:05 opening shift finds freezer F3 at -4 C

Root cause: the new gateway key was pasted into tc.key with a trailing space. The key in use now is
`«tts:gatewaybkn2»`.  ⟦app-secret|gateway API key pasted in a postmortem⟧

Actions: staleness alert (done), move gateway keys to the TTS console only (open).
"""),
    ("docs/security/aws-access.md", r"""
# AWS access at Quayline Fresh

Use IAM Identity Center (`aws sso login`). Never create IAM users for people.
The SDK docs use `«docs:akid»` / `«docs:secret»`; that pair is not ours and never works.  ⟪documentation key pair⟫
Masked keys in reports look like `AKIA************WQ7Z`.  ⟪masked key⟫
"""),
    ("exports/slack/fulfilment-eng/2026-11-20.json", r"""
[
 {"type": "message", "user": "U07«up:8-u1»", "ts": "1763640121.112900", "text": "edge box bootstrap still uses the old user, key id is «akid:edgeboot»"},  ⟦aws-key-id|key id in a Slack message⟧
 {"type": "message", "user": "U07«up:8-u1»", "ts": "1763640140.113100", "text": "secret is «awssec:edgeboot» - rotating after the peak"},  ⟦aws-secret|secret in a Slack message⟧
 {"type": "message", "user": "U07«up:8-u2»", "ts": "1763640201.113500", "text": "pls don't paste secrets here :facepalm: use 1Password"},
 {"type": "message", "user": "U07«up:8-u2»", "ts": "1763640260.113900", "text": "the masked one in the report was AKIA****************"}  ⟪masked key⟫
]
"""),
    ("exports/teams/store-ops-2026-11.html", r"""
<html><body>
<div class="message"><span class="from">Beatriz Lima</span><span class="time">11/21/2026 7:02 AM</span>
<p>Q102 scales lost the PLU share again. svc-scales password is «pwp:scalesvc» if someone can remap it</p></div>  ⟦password|password in a Teams message⟧
<div class="message"><span class="from">Luca Romano</span><span class="time">11/21/2026 7:09 AM</span>
<p>done, remapped from the back office PC</p></div>
</body></html>
"""),
    ("exports/whatsapp/darkstore-leads.txt", r"""
21/11/2026, 05:41 - Yusuf Demir: anyone know the kiosk exit on the TC53s? picker 14 is stuck
21/11/2026, 05:43 - Haruto Sato: «pw6:sotiexit» but don't tell the pickers  ⟦password|kiosk exit password in a WhatsApp export⟧
21/11/2026, 05:44 - Yusuf Demir: thx. and backroom wifi for the new printer?
21/11/2026, 05:44 - Haruto Sato: «wifipsk:backroom»  ⟦password|Wi-Fi PSK in a WhatsApp export⟧
"""),
    ("exports/email/2026-11-12-autostore-vendor.eml", r"""
From: Olumide Adeyemi <olumide.adeyemi@quaylinefresh.com>
To: support@nordgrid-systems.com
Subject: Remote access for the grid 1 firmware update
Date: Thu, 12 Nov 2026 16:20:11 -0500
Message-ID: <«hex:24-msgid1»@quaylinefresh.com>
Content-Type: text/plain; charset=utf-8

Hi team,

Your engineer can use the vendor VPN account nordgrid-01 with the temporary password «pwp:nordgridvpn»  ⟦?password|temporary password in a vendor e-mail⟧
(it expires on Friday). For the firmware bucket, use access key «akid:autostorevendor» and the  ⟦aws-key-id|key id in a vendor e-mail⟧
secret I will send by SMS.

Olumide
"""),
    ("exports/email/2026-11-25-hvdairy-as2.eml", r"""
From: EDI Desk <edi@hvdairy.coop>
To: edi@quaylinefresh.com
Subject: RE: AS2 HTTP auth after cert renewal
Date: Wed, 25 Nov 2026 09:02:44 -0500
Content-Type: text/plain; charset=utf-8

Our gateway now needs basic auth on the AS2 endpoint. User quayline, password «pwn:hvdairyhttp».  ⟦password|AS2 password in a partner e-mail⟧
Please update your partnership and send a test 850.
"""),
    ("tickets/jira/FUL-2231.json", r"""
{
  "key": "FUL-2231",
  "fields": {
    "summary": "AutoStore integrator needs read access to the grid log bucket",
    "description": "Created IAM user vendor-autostore-support. Key id «akid:autostorevendor», secret sent by SMS to their lead. Remove after go-live.",  ⟦aws-key-id|key id in a Jira description⟧
    "status": {"name": "In Progress"},
    "assignee": {"accountId": "«hex:24-jiraacct»"}  ⟪account id⟫
  }
}
"""),
    ("tickets/servicenow/INC0048812.txt", r"""
Number: INC0048812
Short description: Q101 NVR not recording aisle 4 camera
Caller: Store Manager Q101
Work notes:
  2026-11-22 10:14 (SecureSight) logged in as admin/«pwl:nvradmin», channel 12 disabled after firmware update  ⟦password|NVR password in ServiceNow work notes⟧
  2026-11-22 10:31 re-enabled, recording confirmed
State: Resolved
"""),
    ("tickets/zendesk/ticket-99812.json", r"""
{
  "ticket": {
    "id": 99812,
    "subject": "Can't log in to my account after the app update",
    "comments": [
      {"author": "shopper", "body": "It says my password is wrong."},
      {"author": "agent", "body": "I've reset it for you, the temporary password is «pwp:shopperreset» - please change it after signing in."}  ⟦?password|temporary password an agent gave a shopper⟧
    ],
    "requester_id": «num:11-zdreq»
  }
}
"""),
    ("logs/dockside/bridge-2026-11-30.log", r"""
2026-11-30T03:00:01.117Z INFO  [wave] released wave W-88213 lines=412 zone=AMBIENT
2026-11-30T03:00:02.904Z DEBUG [manh] token request client_id=quayline-dockside client_secret=«okx:36-manhdock» grant_type=client_credentials  ⟦app-secret|client secret in a debug log⟧
2026-11-30T03:00:03.201Z INFO  [manh] token ok expires_in=3599
2026-11-30T03:00:05.448Z WARN  [autostore] session reset, re-login user=dockside password=****  ⟪masked password⟫
2026-11-30T03:00:05.990Z INFO  [autostore] port 2 open, bins queued=37 request_id=«uuid:reqid1»  ⟪request id⟫
"""),
    ("logs/cloudtrail/2026-11-29-fulfilment.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-11-29T14:02:11Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "us-east-2",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:frostline»", "arn": "arn:aws:iam::274930816602:user/frostline-export", "accessKeyId": "«akid:frostline»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "requestID": "«up:16-ctreq1»", "eventID": "«uuid:ctevt1»"},
 {"eventVersion": "1.09", "eventTime": "2026-11-29T14:05:40Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "awsRegion": "us-east-2",
  "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:lanes»:lanes-dispatch", "arn": "arn:aws:sts::274930816602:assumed-role/lanes-dispatch/lanes-dispatch"},  ⟪role unique id⟫
  "requestID": "«up:16-ctreq2»", "eventID": "«uuid:ctevt2»"}
]}
"""),
    ("logs/alb/pantry-api-2026-11-30.log", r"""
https 2026-11-30T12:01:44.118Z app/pantry-api/«hex:16-albid» 73.61.14.9:51022 10.20.3.41:8080 0.001 0.042 0.000 200 200 512 1893 "GET https://api.quaylinefresh.com:443/v1/catalog/aisles HTTP/2.0" "Quayline/7.3 iOS" - - arn:aws:elasticloadbalancing:us-east-1:618204937551:targetgroup/pantry-api/«hex:16-tg» "Root=1-«hex:8-tr1»-«hex:24-tr2»"  ⟪ALB log line⟫
https 2026-11-30T12:01:45.330Z app/pantry-api/«hex:16-albid» 73.61.14.9:51024 10.20.3.41:8080 0.001 0.051 0.000 302 302 611 402 "GET https://api.quaylinefresh.com:443/v1/receipts/«uuid:receipt».pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:receiptsigner»%2F20261130%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261130T120145Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex:64-sig» HTTP/2.0" "Quayline/7.3 iOS" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("logs/codebuild/quayline-android-release-412.log", r"""
[Container] 2026/11/28 21:10:03.551 Running command ./gradlew bundleRelease --info
[Container] 2026/11/28 21:10:03.552 Phase context status code:  Message:
> Task :app:signReleaseBundle
Signing with store file /codebuild/output/src/app/upload.jks, storePassword=«pwx:androidks», keyAlias=quayline-upload  ⟦password|keystore password printed in a build log⟧
[Container] 2026/11/28 21:14:40.102 Phase complete: BUILD State: SUCCEEDED
"""),
    ("logs/coldwatch/ingest-2026-11-30.log", r"""
2026-11-30 04:10:02,118 INFO uplink dev_eui=«eui:bos1f2» temp_c=-18.4 rssi=-97 fcnt=88122
2026-11-30 04:10:02,907 INFO uplink dev_eui=«eui:bos1c1» temp_c=3.1 rssi=-88 fcnt=51003
2026-11-30 04:10:03,001 DEBUG tts auth using key ...«tail:tts:ingest»  ⟪key tail in a log⟫
"""),
    ("dumps/store-managers.csv", r"""
store,manager,email,backoffice_user,backoffice_password
101,R. Alvarez,q101.manager@quaylinefresh.com,q101mgr,«pwg:q101mgr»  ⟦password|back-office password in a CSV dump⟧
102,B. Lima,q102.manager@quaylinefresh.com,q102mgr,«pwn:q102mgr»  ⟦password|back-office password in a CSV dump⟧
103,(vacant),q103.manager@quaylinefresh.com,q103mgr,
"""),
    ("dumps/stallboard_legacy.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: stallboard-legacy    Database: stallboard
CREATE TABLE `seller_api` (`seller_id` int NOT NULL, `api_key` varchar(64), `api_secret` varchar(64), `pw_hash` varchar(80));
INSERT INTO `seller_api` VALUES (4471,'«hex:16-sk4471»','«shopsk:s4471»','«bcrypt:s4471»');  ⟦app-secret|seller API secret in a MySQL dump⟧
INSERT INTO `seller_api` VALUES (4480,'«hex:16-sk4480»',NULL,'«bcrypt:s4480»');  ⟪key id and bcrypt hash⟫
"""),
    ("dumps/cartwheel_webhooks.sql", r"""
COPY public.partner_webhooks (id, partner, url, signing_secret, created_at) FROM stdin;
1	instacart	https://connect.instacart.com/hooks/quayline	«hex:64-instahook»	2026-03-02 10:11:00+00  ⟦app-secret|webhook signing secret in a PostgreSQL COPY⟧
2	doordash	https://openapi.doordash.com/drive/v2/webhooks	\N	2026-03-02 10:12:00+00
\.
"""),
    ("leftovers/old-laptop/credentials.b64", r"""
«b64:credini:b64file»  ⟦aws-b64|a whole credentials file in base64⟧
"""),
    ("leftovers/config-blob.json", r"""
{"service": "coldwatch-reports", "config": "{\"aws_access_key_id\":\"«akid:blob»\",\"aws_secret_access_key\":\"«jsonesc:awssec:blob»\",\"bucket\":\"qlf-coldchain-reports\"}"}  ⟦aws-key-id|AWS key pair in JSON inside JSON⟧
"""),
    ("leftovers/ses-form.txt", r"""
POST /admin/settings/mail HTTP/1.1
Host: backoffice.quaylinefresh.com
Content-Type: application/x-www-form-urlencoded

smtp_host=email-smtp.us-east-1.amazonaws.com&smtp_user=«akid:sesform»  ⟦aws-ses-smtp|SES SMTP user in a form body⟧
&smtp_pass=«pct:sesv4:sesform»  ⟦aws-percent|percent-encoded SES SMTP password⟧
"""),
    ("leftovers/unicode-export.json", r"""
{"name": "pos-extract", "aws_secret_access_key": "«uesc:awssec:uni»"}  ⟦aws-secret|secret written as \uXXXX escapes⟧
"""),
    ("leftovers/double-b64.txt", r"""
# from the old pickpath helm release (values were base64'd twice by mistake)
AWS_SECRET_ACCESS_KEY: «b64b64:awssec:dbl»  ⟦aws-b64|double base64 secret⟧
"""),
    ("leftovers/hexdump.txt", r"""
«hexenc:credini:hex»  ⟦aws-hex|hex-encoded credentials file⟧
"""),
    ("ops/iam/key-report-2026-11.csv", r"""
user,access_key_id,status,last_used,created
frostline-export,«akid:frostline»,Active,2026-11-29,2025-06-11  ⟦aws-key-id|key id in an IAM key report⟧
ses-store-reports,«akid:sesstores»,Active,2026-11-30,2025-02-03  ⟦aws-key-id|key id in an IAM key report⟧
vendor-autostore-support,«akid:autostorevendor»,Active,2026-11-26,2026-11-12  ⟦aws-key-id|key id in an IAM key report⟧
pos-extract-old,«akid:posold»,Inactive,2025-08-01,2023-04-19  ⟦?aws-key-id|inactive key id in a report⟧
"""),
    ("ops/vault/approle-manifest.json", r"""
{
  "role_id": "«uuid:approleid»",  ⟪AppRole role id⟫
  "secret_id": "«uuid:approlesecret»"  ⟦vault|AppRole secret id⟧
}
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: Cold chain
    escalation_policy: coldchain-oncall
    integration_key: «pdkey:coldwatch»  ⟦pagerduty|PagerDuty integration key⟧
  - name: Storefront
    escalation_policy: web-oncall
    integration_key_ref: ssm:/ops/pagerduty/storefront  ⟪SSM reference⟫
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:kelp»  ⟦newrelic|New Relic license key⟧
  app_name: kelp-loyalty
production:
  <<: *default_settings
"""),
    ("ops/datadog/datadog.yaml", r"""
api_key: «ddapi:edge»  ⟦datadog|Datadog agent API key⟧
site: datadoghq.com
hostname: ewr-cfc-edge01
tags:
  - site:ewr-cfc
  - team:fulfilment
"""),
    ("ops/sops/lanes.enc.yaml", r"""
onfleet_api_key: «sops:onfleet»  ⟪SOPS value⟫
uber_client_secret: «sops:uber»
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:274930816602:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: ENC[AES256_GCM,data:«b64k:32-sopsmac»,iv:«b64k:32-sopsiv»,tag:«b64k:16-sopstag»,type:str]
    version: 3.9.1
"""),
    ("ops/sentry/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=quayline-fresh
defaults.project=quayline-ios
auth.token=«sntrys:ios»  ⟦sentry|Sentry auth token⟧
"""),
    ("ops/ci/openai-eval.env", r"""
# substitutions model evaluation (ML team)
OPENAI_API_KEY=«oai:mleval»  ⟦openai|OpenAI key in an env file⟧
ANTHROPIC_API_KEY=«ant:mleval»  ⟦anthropic|Anthropic key in an env file⟧
HF_TOKEN=«hf:mleval»  ⟦app-secret|Hugging Face token⟧
"""),
]
