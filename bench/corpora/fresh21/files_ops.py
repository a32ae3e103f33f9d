"""fresh21 templates, operations (Kestrel Valley Communications): engineers' home directories, scripts, runbooks
and docs, chat exports (Slack, Teams), tickets (Jira, ServiceNow), e-mail, logs (RADIUS, SIP, ACS, CloudTrail,
ALB, CodeBuild), dumps, encoded leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/brenna/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:brenna»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:brenna»  ⟦aws-secret|default profile secret⟧

[network-breakglass]
aws_access_key_id=«asia:brennabg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:brennabg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:brennabg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test
"""),
    ("home/brenna/.aws/config", r"""
[profile bss-prod]
sso_session = kvc
sso_account_id = 418270395561  ⟪account id⟫
sso_role_name = BssEngineer
region = us-east-2

[sso-session kvc]
sso_start_url = https://kestrelnet.awsapps.com/start
sso_region = us-east-2

[profile vault-creds]
credential_process = /usr/local/bin/vault-aws-creds noc  ⟪credential_process⟫
"""),
    ("home/brenna/.bash_history", r"""
aws sso login --profile bss-prod
export PGPASSWORD='«pwx:ledgerapp»'  ⟦password|PGPASSWORD export in bash history⟧
psql -h ledgerline.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com -U ledger_app ledgerline
kafka-console-consumer.sh --bootstrap-server b-1.ledgerlineusage.k2x9c1.c3.kafka.us-east-2.amazonaws.com:9096 --topic rated-usage --consumer.config /tmp/scram.properties
helm upgrade genieacs charts/genieacs -n switchyard --set ui.adminPassword='«pwp:acsadmin»'  ⟦password|helm --set password in history⟧
aws secretsmanager get-secret-value --secret-id switchyard/calix-smx --query SecretString  ⟪secret lookup⟫
"""),
    ("home/yusuf/.zsh_history", r"""
: 1765010101:0;ssh netops@cbr8-bvl-01
: 1765010240:0;snmpwalk -v2c -c «community:cmtsro» 10.50.0.1 docsIfCmtsCmStatusValue  ⟦password|snmpwalk community in history⟧
: 1765010702:0;mysql -h librenms-db.kvc.local -u librenms -p'«pwn:librenmsdb»' librenms  ⟦password|mysql -p in history⟧
: 1765010815:0;echo "User-Name=kv-biz-10418@kestrelnet.net,User-Password=«pwp:pppoebiz1»" | radclient -x 10.40.1.21 auth «pwx:bngradius»  ⟦password|radclient with a subscriber password and the RADIUS secret⟧
: 1765011015:0;aws sso login --profile network
"""),
    ("home/yusuf/.ssh/id_ed25519", r"""
«openssh:edyusuf:yusuf@kvc-noc-lt07»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/yusuf/.ssh/id_ed25519.pub", r"""
«sshpub:edyusuf:yusuf@kvc-noc-lt07»  ⟪SSH public key⟫
"""),
    ("home/yusuf/.ssh/config", r"""
Host cbr8-* mx960-* 7750-*
  User netops
  KexAlgorithms +diffie-hellman-group14-sha1
  HostKeyAlgorithms +ssh-rsa
Host bastion
  HostName bastion.noc.kestrelnet.net
  IdentityFile ~/.ssh/id_ed25519  ⟪key file path⟫
"""),
    ("home/yusuf/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/yusuf/.netrc", r"""
machine artifactory.kvc.local
  login ci-switchyard
  password «pwx:artifactory»  ⟦password|.netrc password⟧
machine gitlab.kvc.local login yusuf password «glpat:yusuf»  ⟦gitlab|GitLab token in .netrc⟧
"""),
    ("home/mireille/.git-credentials", r"""
https://mireille-kvc:«ghp:mireille»@github.com  ⟦github|GitHub token in .git-credentials⟧
"""),
    ("home/mireille/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:mireille»"},  ⟦docker-hub|docker auth with a Docker Hub token⟧
    "562948170323.dkr.ecr.us-east-2.amazonaws.com": {}
  },
  "credsStore": "osxkeychain"
}
"""),
    ("home/mireille/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:mireille»  ⟦npm|npm token in .npmrc⟧
@kestrelnet:registry=https://artifactory.kvc.local/artifactory/api/npm/npm/
//artifactory.kvc.local/artifactory/api/npm/npm/:_auth=«basic:npmartifactory»  ⟦password-b64|base64 basic credential in .npmrc⟧
"""),
    ("home/mireille/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: kvc-network-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, kvc-network-prod]  ⟪exec plugin⟫
  - name: lab-static
    user:
      token: «b62:64-k8sstatic»  ⟦app-secret|static Kubernetes bearer token in kubeconfig⟧
contexts:
  - name: prod
    context: {cluster: kvc-network-prod, user: eks}
current-context: prod
"""),
    ("home/mireille/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:mireille»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/mireille/.config/sops/age/keys.txt", r"""
# created: 2026-05-04T10:11:12Z
# public key: «agepub:noc»  ⟪age public key⟫
«age:mireille»  ⟦private-key|age secret key⟧
"""),
    ("home/teodor/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Connect-AzureAD
$cred = New-Object PSCredential('KVC\svc-storepc', (ConvertTo-SecureString '«pwc:storepc»' -AsPlainText -Force))  ⟦password|ConvertTo-SecureString in PowerShell history⟧
Invoke-Command -ComputerName STORE0142-PC1 -Credential $cred -ScriptBlock { gpupdate /force }
$c = Get-Credential  ⟪interactive prompt⟫
cmdkey /add:kvc-fs01 /user:KVC\svc-storepc /pass:«pwc:storepc»  ⟦password|cmdkey /pass⟧
"""),
    ("home/teodor/WinSCP.ini", r"""
[Sessions\kvc_tap@sftp.syniverse.com]
HostName=sftp.syniverse.com
UserName=kvc_tap
Password=A35C«uhex:56-winscpobf»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/teodor/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>ali-sftp.intrado.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>kvc_ali</User>
      <Pass encoding="base64">«b64:pwx:alisftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Intrado ALI</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/lakshmi/notes/porting-cheatsheet.md", r"""
# porting desk cheat sheet (mine, don't share)

- NPAC LTI: https://lti.npac.com  user kvc-lti-01 / «pwx:npaclti»  ⟦password|LTI password in personal notes⟧
- port-out PIN resets go through care, never read the PIN back to the caller
- SPID 8421 (us), 6529 (Meridian host)
"""),
    ("home/lakshmi/.s3cfg", r"""
[default]
access_key = «akid:lakshmis3»  ⟦aws-key-id|s3cmd access_key⟧
secret_key = «awssec:lakshmis3»  ⟦aws-secret|s3cmd secret_key⟧
bucket_location = us-east-2
use_https = True
"""),
    ("home/lakshmi/.config/rclone/rclone.conf", r"""
[kvc-archive]
type = s3
provider = AWS
env_auth = true
region = us-east-2

[bill-print-sftp]
type = sftp
host = sftp.inkriver-print.com
user = kvc_bills
pass = «urlsafe:24-rclonepass»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/cormac/.vault-token", r"""
«hvs:cormac»  ⟦vault|Vault token file⟧
"""),
    ("home/cormac/vpn/kvc-noc.ovpn", r"""
client
dev tun
proto udp
remote vpn.noc.kestrelnet.net 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Kestrel NOC VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client key inline in an .ovpn⟧
</key>
"""),
    ("home/cormac/vpn/creds.txt", r"""
cormac.obrien
«pwn:cormacvpn»  ⟦password|OpenVPN credentials file password⟧
"""),
    ("home/cormac/.config/tailscale/authkey", r"""
«tskey:colo»  ⟦app-secret|Tailscale auth key⟧
"""),
    ("home/cormac/.config/op/service-account.env", r"""
export OP_SERVICE_ACCOUNT_TOKEN=«ops:noc»  ⟦app-secret|1Password service-account token⟧
export OP_VAULT=NOC
"""),
    ("secrets/tls/selfcare.key", r"""
«pem:trad:rsaselfcare»  ⟦private-key|RSA TLS private key⟧
"""),
    ("secrets/tls/selfcare.crt", r"""
«cert:rsaselfcare:my.kestrelnet.net»  ⟪certificate⟫
"""),
    ("secrets/cloudfront/roost-signing.pem", r"""
«pem:pkcs8:ectvsign»  ⟦private-key|CloudFront signing private key⟧
"""),
    ("scripts/rotate-librenms-key.sh", r"""
#!/bin/bash
# rotate the colo LibreNMS poller key (the old one was «akid:librenms»)  ⟦aws-key-id|old key id named in a rotation script⟧
set -euo pipefail
NEW=$(aws iam create-access-key --user-name noc-librenms --output json)
echo "$NEW" | jq -r .AccessKey.AccessKeyId > /etc/librenms/aws-key-id
aws iam delete-access-key --user-name noc-librenms --access-key-id "$OLD_KEY_ID"  ⟪shell variable⟫
"""),
    ("scripts/olt-backup.py", r"""
#!/usr/bin/env python3
# nightly AXOS config pull; runs on noc-util-02
import paramiko

OLTS = ["10.12.0.21", "10.12.0.22", "10.12.0.23"]
USER = "calix"
PASSWORD = "«pw6:oltcli»"  ⟦password|OLT password in a Python script⟧

for ip in OLTS:
    c = paramiko.SSHClient()
    c.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    c.connect(ip, username=USER, password=PASSWORD)
    _, out, _ = c.exec_command("show running-config")
    open(f"/srv/backups/{ip}.cfg", "w").write(out.read().decode())
"""),
    ("scripts/sql/create-roles.sql", r"""
CREATE ROLE rating_ro LOGIN PASSWORD '«pw:ratingro»';  ⟦password|CREATE ROLE with a password⟧
ALTER ROLE ledger_app WITH PASSWORD '«pwx:ledgerapp»';  ⟦password|ALTER ROLE with a password⟧
ALTER ROLE perch_ro WITH PASSWORD 'md5«hex:32-perchromd5»';  ⟪md5 password hash⟫
GRANT SELECT ON ALL TABLES IN SCHEMA billing TO rating_ro, finance_bi;
"""),
    ("scripts/push-ali-updates.ps1", r"""
# E911 ALI update push from the porting desk PC
$user = 'kvc_ali'
$pass = ConvertTo-SecureString $env:ALI_SFTP_PASSWORD -AsPlainText -Force  ⟪env variable, not a literal⟫
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
New-SFTPSession -ComputerName ali-sftp.intrado.com -Credential $cred
"""),
    ("scripts/stripe-refund-batch.rb", r"""
require 'stripe'
Stripe.api_key = '«rk:refunds»'  ⟦stripe|Stripe restricted key in a Ruby script⟧
CSV.foreach('outage_credits_2026-11.csv', headers: true) do |row|
  Stripe::Refund.create(payment_intent: row['pi'], amount: row['cents'].to_i)
end
"""),
    ("docs/runbooks/cmts-rma.md", r"""
# CMTS line-card RMA

1. Drain the card: `cable modem service-group ... move`.
2. After the swap, check the shared secret is still set: `show run | i shared-secret`.
   The shared secret is `«pwx:cmtsshared»` on every CMTS (yes, same everywhere, ticket NET-2210).  ⟦password|shared secret in a runbook sentence⟧
3. Verify modems come back online: `show cable modem summary total`.
4. The lab CMTS uses `«docs:akidx»`-style placeholder keys in its S3 uploader, ignore them.  ⟪X-filled key id⟫
"""),
    ("docs/runbooks/radius-failover.md", r"""
# RADIUS failover (aerie-aaa)

- VIP 10.40.1.25 floats between radius-a and radius-b (keepalived).
- If both die, the BNGs fall back to 10.40.1.21 with secret from Secrets Manager `aaa/bng-shared-secret`.  ⟪pointer to a vault⟫
- To test a subscriber: `radtest user pass 10.40.1.25 0 $RADIUS_SECRET` (export the secret from the vault first).  ⟪variable, not a literal⟫
- The host network (Meridian) PGW uses its own secret; if they call about rejects, the value they have
  on file must be `«pwx:meridianradius»`.  ⟦password|RADIUS secret in a runbook sentence⟧
"""),
    ("docs/onboarding/noc-first-week.md", r"""
# NOC: your first week

- Request AWS SSO (network, read-only) through ServiceNow.
- Jump host: `ssh bastion`, your AD password.
- Lab gear (rack L3) uses `netops` / `«pw6:labgear»`, it's only the lab.  ⟦password|lab gear password in an onboarding doc⟧
- The AWS docs key `«docs:akid»` you see in training slides is not ours.  ⟪AWS documentation key⟫
- Default first-logon password for new NOC AD accounts is `Welcome1!` (forced change).  ⟦?password|documented default first-logon password⟧
"""),
    ("docs/adr/0007-acs-auth.md", r"""
# ADR 0007: ACS authentication for CPEs

Status: accepted

CPEs authenticate to the ACS with HTTP basic over TLS using a fleet-wide user (`cpe`) and a per-model password set
in the preconfig. Per-device passwords were rejected for the first phase (warehouse tooling can't print them).
Consequence: the fleet password must be rotated through the ACS itself; see switchyard#311.
Password hashes are stored as bcrypt, e.g. `«bcrypt:adrsample»`.  ⟪bcrypt hash⟫
"""),
    ("docs/security/secrets-policy.md", r"""
# Secrets policy (OSS/BSS)

- Application secrets live in Secrets Manager under `<app>/<env>/<name>`; ECS uses `valueFrom`.  ⟪policy text⟫
- No static IAM keys on EC2; use instance profiles. Exceptions list: LibreNMS poller (colo), Oxidized backup.
- SNMP communities and RADIUS secrets are rotated yearly by the NOC (see radius-failover.md).
- CPNI data never leaves the bss-prod account.
"""),
    ("docs/vendors/cascadia-handoff.md", r"""
# Cascadia Open Access - wholesale handoff

| item | value |
|---|---|
| BGP ASN | 64731 |
| BGP MD5 | `«pwr:bgpcascadia»` |  ⟦password|BGP MD5 key in a vendor handoff table⟧
| L2 handoff VLAN | 3101 |
| CDR SFTP | key-based, see ~/.ssh/id_cascadia |
"""),
    ("tickets/jira/NET-2291.json", r"""
{
  "key": "NET-2291",
  "fields": {
    "summary": "Meridian PGW rejecting RADIUS accounting after their maintenance",
    "description": "Their side shows bad authenticator. We confirmed our secret is «pwx:meridianradius» and they re-entered it.",  ⟦password|RADIUS secret in a Jira description⟧
    "reporter": {"displayName": "Yusuf Adeyemi"},
    "comment": {"comments": [
      {"body": "Fixed after they re-keyed. Message-Authenticator now validates (0x«hex:32-msgauth»)."}  ⟪Message-Authenticator value⟫
    ]}
  }
}
"""),
    ("tickets/servicenow/INC0048812.txt", r"""
Number: INC0048812
Short description: Store 0142 PCs can't reach S: drive
Assigned to: Teodor Marin
Work notes:
  2026-11-03 14:22 Remapped with net use, svc-storepc password «pwc:storepc» (was expired).  ⟦password|service-account password in a ServiceNow work note⟧
  2026-11-03 14:40 Confirmed with store manager. Resolved.
"""),
    ("tickets/servicenow/RITM0031207.txt", r"""
Number: RITM0031207
Item: New field technician onboarding (Wyatt Hale)
Work notes:
  Tablet enrolled, Salesforce FS licence assigned.
  Temporary Salesforce password: «pwn:wyattsf» (change at first login).  ⟦?password|temporary first-login password in a ticket⟧
  Meter VIAVI ONX-«up:6-onxser» assigned.
"""),
    ("chat/slack/noc-general.json", r"""
[
  {"ts": "1765012001.000100", "user": "U04KV2NOC", "text": "anyone have the creds for the lab CMTS?"},
  {"ts": "1765012061.000200", "user": "U02YUSUF1", "text": "netops / «pw6:cbr8lab» (lab-tech user)"},  ⟦password|password in a Slack message⟧
  {"ts": "1765012122.000300", "user": "U04KV2NOC", "text": "thx. also the librenms poller key is «akid:librenms» if you need to check it in IAM"},  ⟦aws-key-id|key id in a Slack message⟧
  {"ts": "1765012190.000400", "user": "U02YUSUF1", "text": "please don't paste keys here :("}
]
"""),
    ("chat/slack/bss-deploys.json", r"""
[
  {"ts": "1765020011.000100", "user": "U03BRENNA", "text": "stripe webhook is failing, I set STRIPE_WEBHOOK_SECRET=«whsec:perch» in the lambda, right?"},  ⟦stripe|Stripe webhook secret in Slack⟧
  {"ts": "1765020090.000200", "user": "U05MIREIL", "text": "yes that's the one in the dashboard"}
]
"""),
    ("chat/teams/field-ops-export.html", r"""
<html><body>
<div class="message"><span class="from">Darnell Okafor</span><p>Van 118 splicer is locked again, what's the code?</p></div>
<div class="message"><span class="from">Esperanza Ruiz</span><p>«pin:4-lock118», and please stop power-cycling it mid-splice</p></div>  ⟦password|splicer lock code in a Teams message⟧
<div class="message"><span class="from">Esperanza Ruiz</span><p>yes</p></div>
</body></html>
"""),
    ("mail/2026-10-02-meridian-onboarding.eml", r"""
From: wholesale-onboarding@meridian-wholesale.net
To: mvno-ops@kestrelnet.net
Subject: Your MVNO API credentials (production)
Date: Fri, 02 Oct 2026 16:04:11 +0000
Content-Type: text/plain; charset=utf-8

Hello Kestrel team,

Your production credentials for the MVNO wholesale API are:

  client_id:     kestrel-mvno
  client_secret: «okx:48-meridianmvno»  ⟦app-secret|client secret in a vendor e-mail⟧

The SMPP binds (kvcsms01/kvcsms02) use the passwords agreed on the call; we will not e-mail those.
Regards, Meridian Wholesale
"""),
    ("mail/2026-11-14-inkriver-sftp.eml", r"""
From: support@inkriver-print.com
To: billing-ops@kestrelnet.net
Subject: RE: SFTP password reset
Date: Sat, 14 Nov 2026 09:12:40 +0000

Hi,
The password for kvc_bills has been reset to: «pwn:inkriver»  ⟦password|password in a vendor e-mail⟧
Please upload the November bill files before the 18th.
"""),
    ("logs/radius/radius.log", r"""
Tue Nov 24 03:11:02 2026 : Auth: (41871) Login OK: [kv-biz-10418@kestrelnet.net] (from client bng-core-1 port 2031 cli 00:1e:c9:4a:11:02)
Tue Nov 24 03:11:09 2026 : Auth: (41872) Login incorrect (rlm_pap: Cleartext password does not match "known good" password): [kv-res-88120@kestrelnet.net/«pwp:pppoetypo»] (from client bng-core-1 port 2044)  ⟦password|password logged by auth_badpass⟧
Tue Nov 24 03:11:15 2026 : Error: (41873) Dropping packet from client meridian-pgw: Message-Authenticator invalid (0x«hex:32-msgauth2»)  ⟪Message-Authenticator value⟫
"""),
    ("logs/sip/kamailio-debug.log", r"""
Nov 24 04:20:11 sbc-a kamailio[2211]: INFO: <script>: REGISTER from sip:4125550187@talon.kestrelnet.net
Nov 24 04:20:11 sbc-a kamailio[2211]: DEBUG: auth: Authorization: Digest username="4125550187", realm="talon.kestrelnet.net", nonce="«hex:32-nonce»", uri="sip:talon.kestrelnet.net", response="«hex:32-digestresp»"  ⟪digest response hash⟫
Nov 24 04:20:12 sbc-a kamailio[2211]: DEBUG: auth_db: ha1 lookup ok user=4125550187 password=«sip:yl805ec0»  ⟦password|SIP password in a debug log⟧
"""),
    ("logs/acs/genieacs-cwmp.log", r"""
2026-11-24T05:01:33.120Z [INFO] 100.72.14.9 GP1100X-«up:8-ont1»: Inform; event="2 PERIODIC"
2026-11-24T05:01:33.410Z [DEBUG] 100.72.14.9 GP1100X-«up:8-ont1»: SetParameterValues InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase="«cpewifi:custwifi»"  ⟦password|customer Wi-Fi key in an ACS debug log⟧
2026-11-24T05:01:34.002Z [INFO] 100.72.14.9 GP1100X-«up:8-ont1»: ACS request; acsRequestId="«lo:12-acsreq»"  ⟪request id⟫
"""),
    ("logs/cloudtrail/2026-11-20-noc.json", r"""
{"Records": [
  {"eventTime": "2026-11-20T02:14:55Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "userIdentity": {"type": "IAMUser", "principalId": "«aida:oxidized»", "accessKeyId": "«akid:nocbackup»", "userName": "noc-oxidized-backup"}, "requestID": "«up:16-ctreq»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  {"eventTime": "2026-11-20T02:15:02Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:noc»:yusuf"}, "requestID": "«up:16-ctreq2»"}  ⟪role id, request id⟫
]}
"""),
    ("logs/alb/perch-access.log", r"""
https 2026-11-24T06:02:11.401Z app/perch-prod/«hex:16-albid» 203.0.113.45:51514 10.20.3.11:3000 0.001 0.052 0.000 200 200 812 4311 "GET https://my.kestrelnet.net:443/api/bill/pdf?u=https%3A%2F%2Fkvc-bills.s3.us-east-2.amazonaws.com%2F2026-11%2F10418.pdf%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:billpresign»%252F20261124%252Fus-east-2%252Fs3%252Faws4_request HTTP/1.1" "Mozilla/5.0"  ⟦aws-key-id|key id in a presigned URL in an access log⟧
https 2026-11-24T06:02:12.004Z app/perch-prod/«hex:16-albid» 203.0.113.46:51520 10.20.3.12:3000 0.001 0.013 0.000 200 200 410 1022 "GET https://my.kestrelnet.net:443/api/outages HTTP/1.1" "KestrelNet/5.2 (iPhone)"  ⟪ALB id⟫
"""),
    ("logs/codebuild/perch-web-build.log", r"""
[Container] 2026/11/23 18:40:02 Running command npm ci
[Container] 2026/11/23 18:41:30 Running command npm run build
info  - Environment: NODE_ENV=production NEXT_PUBLIC_STRIPE_KEY=«pk:perchweb»  ⟪Stripe publishable key⟫
info  - Environment: NPM_TOKEN=«npm:perch»  ⟦npm|npm token printed in a build log⟧
[Container] 2026/11/23 18:43:10 Phase complete: BUILD State: SUCCEEDED
"""),
    ("logs/app/rater-2026-11-24.log", r"""
2026-11-24 07:00:01.221 INFO  [main] n.k.l.RaterApplication : Starting RaterApplication v4.12.0
2026-11-24 07:00:02.118 DEBUG [main] o.a.k.c.s.s.ScramSaslClient : Setting SASL/SCRAM_SHA_512 client state
2026-11-24 07:00:02.940 WARN  [main] n.k.l.tax.SureTaxClient : SureTax auth failed for key ****«tail:uuid:suretax»  ⟪masked key tail⟫
2026-11-24 07:00:03.005 DEBUG [main] n.k.l.pay.OrbitalClient : connecting with user=KVCORB01 password=«pw6:orbital»  ⟦password|password in a debug log⟧
"""),
    ("dumps/crm-port-pins-2026-09.csv", r"""
account,tn,port_out_pin,pin_updated
KV-10418,4125550187,«pin:6-portpin1»,2026-08-30  ⟦?password|customer port-out PIN in a CRM export⟧
KV-10422,4125550142,«pin:6-portpin2»,2026-09-02  ⟦?password|customer port-out PIN in a CRM export⟧
KV-10430,4125550199,,2026-09-05
"""),
    ("dumps/radius-radcheck.sql", r"""
COPY public.radcheck (id, username, attribute, op, value) FROM stdin;
1	kv-biz-10418@kestrelnet.net	Cleartext-Password	:=	«pwp:pppoebiz1»  ⟦password|Cleartext-Password in a radcheck dump⟧
3	kv-res-88120@kestrelnet.net	Crypt-Password	:=	«md5crypt:res88120»  ⟪md5-crypt hash⟫
\.
"""),
    ("dumps/pbx-users.sql", r"""
INSERT INTO `sip` (`id`, `keyword`, `data`, `flags`) VALUES ('6001','secret','«sip:ext6001»',2);  ⟦password|SIP secret in a FreePBX dump⟧
INSERT INTO `sip` (`id`, `keyword`, `data`, `flags`) VALUES ('6001','callerid','Front Desk <6001>',3);
INSERT INTO `ampusers` (`username`, `password_sha1`) VALUES ('admin','«sha:ampadmin»');  ⟪SHA-1 password hash⟫
"""),
    ("encoded/k8s-legacy-secret.b64", r"""
«b64:credini:legacyacs»  ⟦aws-b64|whole credentials file base64-encoded⟧
"""),
    ("encoded/stb-diag-upload.json", r"""
{"job": "stb-diag", "config": "{\"bucket\":\"kvc-stb-diag\",\"accessKeyId\":\"«akid:stbdiag»\",\"secretAccessKey\":\"«awssec:stbdiag»\"}"}  ⟦aws-key-id|key pair inside a JSON-in-JSON string⟧
"""),
    ("encoded/portal-form-body.txt", r"""
POST /api/vendor/register HTTP/1.1
Host: partners.kestrelnet.net
Content-Type: application/x-www-form-urlencoded

user=cascadia-ops&password=«pct:pwx:cascadiaportal»&remember=1  ⟦password|percent-encoded password in a form body⟧
"""),
    ("encoded/ses-secret-pct.txt", r"""
# from a broken URL in the mailer config (percent-encoded twice by the templating)
smtp_password=«pct:sesv4:sesoss»  ⟦aws-percent|percent-encoded SES SMTP password⟧
"""),
    ("encoded/uesc-export.json", r"""
{"name": "cdr-export", "value": "«uesc:awssec:cdrexport»"}  ⟦aws-secret|\uXXXX-escaped secret⟧
"""),
    ("encoded/double-b64.txt", r"""
«b64b64:awssec:tapdouble»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("encoded/hex-export.cfg", r"""
awsKeyId=«hexenc:akid:hexexport»  ⟦aws-hex|hex-encoded AWS key id⟧
awsSecret=«hexenc:awssec:hexexport»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("encoded/base64-ssh-key.txt", r"""
# from the old bastion user-data
«b64openssh:edbastion:root@bastion-old»  ⟦private-key|base64 OpenSSH private key⟧
"""),
    ("reports/iam-key-report-2026-11.csv", r"""
user,access_key_id,status,last_used,age_days
noc-librenms,«akid:librenms»,Active,2026-11-23,611  ⟦aws-key-id|key id in an IAM key report⟧
noc-oxidized-backup,«akid:nocbackup»,Active,2026-11-20,402  ⟦aws-key-id|key id in an IAM key report⟧
ses-smtp-oss,«akid:sesoss»,Active,2026-11-24,54  ⟦aws-key-id|key id in an IAM key report⟧
old-mediation,«akid:oldmediation»,Inactive,2025-02-01,990  ⟦?aws-key-id|inactive key id in a report⟧
masked,AKIA************«up:4-masked»,Active,,  ⟪masked key id⟫
"""),
    ("ops/pagerduty/routing.yaml", r"""
services:
  access-network:
    integration_key: «pdkey:access»  ⟦pagerduty|PagerDuty integration key in a routing file⟧
  voice:
    integration_key: ${PD_VOICE_KEY}  ⟪environment reference⟫
"""),
    ("ops/datadog/datadog.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog API key in datadog.yaml⟧
site: datadoghq.com
hostname: radius-a
logs_enabled: true
"""),
    ("ops/dynatrace/oneagent.env", r"""
DT_TENANT=kvcprod7f3
DT_API_TOKEN=«dt:oneagent»  ⟦app-secret|Dynatrace API token⟧
"""),
    ("ops/sops/noc-secrets.enc.yaml", r"""
snmp_community: «sops:snmp»  ⟪SOPS value⟫
tacacs_key: «sops:tacacs»  ⟪SOPS value⟫
sops:
  age:
    - recipient: «agepub:noc»
      enc: |
        -----BEGIN AGE ENCRYPTED FILE-----
        «b64k:60-ageenc»
        -----END AGE ENCRYPTED FILE-----
  lastmodified: "2026-11-01T10:00:00Z"
  mac: «sops:mac»  ⟪SOPS MAC⟫
"""),
    ("ops/vault/approle-login.sh", r"""
#!/bin/bash
vault write auth/approle/login role_id=«uuid:approleid» secret_id=«uuid:approlesecret»  ⟦vault|Vault AppRole secret_id on a command line⟧
"""),
    ("ops/postman/kvc-wholesale.postman_environment.json", r"""
{
  "name": "Meridian wholesale prod",
  "values": [
    {"key": "base_url", "value": "https://wholesale.meridian-wholesale.net", "enabled": true},
    {"key": "client_secret", "value": "«okx:48-meridianmvno»", "enabled": true},  ⟦app-secret|client secret in a Postman environment⟧
    {"key": "postman_api_key", "value": "«pmak:lakshmi»", "enabled": true}  ⟦app-secret|Postman API key⟧
  ]
}
"""),
    ("ops/grafana/cloud-agent.river", r"""
prometheus.remote_write "cloud" {
  endpoint {
    url = "https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push"
    basic_auth {
      username = "«num:7-grafanauser»"
      password = "«glc:agent»"  ⟦app-secret|Grafana Cloud access-policy token⟧
    }
  }
}
"""),
]
