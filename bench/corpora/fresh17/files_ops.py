"""fresh17 templates, operations (Tarnwell Mutual): engineers' home directories, scripts, runbooks and docs,
chat exports, tickets, e-mail, logs, dumps, encoded leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/gwendolyn/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:gwen»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:gwen»  ⟦aws-secret|default profile secret⟧

[core-breakglass]
aws_access_key_id=«asia:gwenbg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:gwenbg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:gwenbg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/gwendolyn/.aws/config", r"""
[profile digital-prod]
sso_session = tmcu
sso_account_id = 614209837152  ⟪account id⟫
sso_role_name = PlatformAdmin
region = us-east-2

[sso-session tmcu]
sso_start_url = https://tarnwell.awsapps.com/start
sso_region = us-east-2

[profile vendor-tool]
credential_process = /usr/local/bin/aws-vault export --format=json vendor-tool  ⟪credential_process⟫
"""),
    ("home/gwendolyn/.bash_history", r"""
aws ecs list-services --cluster keel --profile core-prod
export PGPASSWORD='«pwx:keelapp»'  ⟦password|PGPASSWORD export in bash history⟧
psql -h keel-journal.cluster-cq4z8m1wfx3b.us-east-2.rds.amazonaws.com -U keel_app keel_journal
redis-cli -h master.keel-cache.x81kdq.use2.cache.amazonaws.com --tls -a '«pwr:keelredis»' info  ⟦password|redis-cli -a password⟧
helm upgrade keel charts/keel -f values-prod.yaml --set rabbitmq.auth.password='«pwc:rabbitkeel»'  ⟦password|helm --set password⟧
aws secretsmanager get-secret-value --secret-id keel/prod/symxchange --query SecretString --output text  ⟪secret lookup⟫
AWS_ACCESS_KEY_ID=«akid:dwloader» AWS_SECRET_ACCESS_KEY=«awssec:dwloader» aws s3 ls s3://tmcu-dw-exports  ⟦aws-key-id|inline key pair in a history line⟧
"""),
    ("home/oskar/.zsh_history", r"""
: 1775121901:0;mysql -h millrace-ml-export.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com -u mlexport -p'«pwl:mlexport»' millrace  ⟦password|mysql -p password in zsh history⟧
: 1775122011:0;curl -s -H "X-API-Key: «b62:40-atmwatch»" https://ingest.atmwatch-vendor.net/v2/terminals | jq .  ⟦app-secret|vendor key in a curl header⟧
: 1775122302:0;dbt run --select marts.deposits --target prod
: 1775122390:0;export ANTHROPIC_API_KEY=«ant:oskar»  ⟦anthropic|Anthropic key exported in zsh history⟧
"""),
    ("home/oskar/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser -Filter 'Name -like "*teller*"' | Select Name
$p = ConvertTo-SecureString '«pwc:telleradmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance stmt-sql01 -Database Statements -Username ssis_stmt -Password '«pwc:ssisstmt»' -Query 'select count(*) from dbo.Runs'  ⟦password|Invoke-Sqlcmd -Password⟧
cmdkey /add:img01.tmcu.local /user:TMCU\svc-checkscan /pass:«pwp:checkscan»  ⟦password|cmdkey /pass:⟧
$cred = Get-Credential  ⟪interactive prompt⟫
Set-AWSCredential -AccessKey «akid:oskarps» -SecretKey «awssec:oskarps» -StoreAs branch-tools  ⟦aws-key-id|Set-AWSCredential with a key pair⟧
"""),
    ("home/oskar/.pgpass", r"""
keel-journal.cluster-cq4z8m1wfx3b.us-east-2.rds.amazonaws.com:5432:keel_journal:keel_ro:«pwn:keelro»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/oskar/sts-output.json", r"""
{
    "Credentials": {
        "AccessKeyId": "«asia:oskarsts»",  ⟦aws-key-id|assume-role output key id saved to a file⟧
        "SecretAccessKey": "«awssec:oskarsts»",  ⟦aws-secret|assume-role output secret⟧
        "SessionToken": "«stok:oskarsts»",  ⟦aws-session-token|assume-role output session token⟧
        "Expiration": "2026-04-02T19:44:10+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "«aroa:oskarsts»:oskar",  ⟪role unique id⟫
        "Arn": "arn:aws:sts::382716504938:assumed-role/CardOps/oskar"
    }
}
"""),
    ("home/rashida/.ssh/id_ed25519", r"""
«openssh:edrashida:rashida@tmcu-mbp16»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/rashida/.ssh/id_ed25519.pub", r"""
«sshpub:edrashida:rashida@tmcu-mbp16»  ⟪SSH public key⟫
"""),
    ("home/rashida/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/rashida/.git-credentials", r"""
https://rashida-tmcu:«ghp:rashida»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://rashida:«pct:pwn:bitbucket»@bitbucket.tmcu.local  ⟦conn-string|password in a .git-credentials URL⟧
"""),
    ("home/rashida/.docker/config.json", r"""
{
	"auths": {
		"250468193377.dkr.ecr.us-east-2.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:rashida»"  ⟦docker-hub|docker config auth with a Docker Hub token⟧
		}
	},
	"credsStore": "osxkeychain"
}
"""),
    ("home/rashida/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: tmcu-digital-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, tmcu-digital-prod]  ⟪exec plugin⟫
  - name: branch-k3s-admin
    user:
      token: «b62:64-k3stoken»  ⟦app-secret|static bearer token in a kubeconfig⟧
contexts:
  - name: prod
    context: {cluster: tmcu-digital-prod, user: eks}
current-context: prod
"""),
    ("home/rashida/.netrc", r"""
machine nexus.tmcu.local
  login ci-deploy
  password «pwx:nexus»  ⟦password|.netrc password⟧
machine api.github.com
  login rashida-tmcu
  password «gho:rashidacli»  ⟦github|GitHub OAuth token in .netrc⟧
"""),
    ("home/teodor/.s3cfg", r"""
[default]
access_key = «akid:teodors3»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:teodors3»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.us-east-2.amazonaws.com
gpg_passphrase = «pp:s3gpg»  ⟦password|s3cmd GPG passphrase⟧
"""),
    ("home/teodor/.config/rclone/rclone.conf", r"""
[dw-archive]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
region = us-east-2

[print-vendor]
type = sftp
host = sftp.printmail-partner.com
user = tmcu_stmt
pass = «urlsafe:40-rcloneobs»  ⟦?password|rclone-obscured password (reversible)⟧
"""),
    ("home/teodor/.boto", r"""
[Credentials]
aws_access_key_id = «akid:boto»  ⟦aws-key-id|legacy .boto key id⟧
aws_secret_access_key = «awssec:boto»  ⟦aws-secret|legacy .boto secret⟧
[Boto]
debug = 0
"""),
    ("home/teodor/.vault-token", r"""
«hvs:teodor»  ⟦vault|Vault token file⟧
"""),
    ("home/teodor/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:teodor»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/teodor/.config/gh/hosts.yml", r"""
github.com:
    user: teodor-tmcu
    oauth_token: «gho:teodorgh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: ssh
"""),
    ("home/mireille/notes/todo.md", r"""
# todo

- [ ] rotate the Verafin key after the cutover (old one: «akid:verafinold»)  ⟦aws-key-id|old key id in personal notes⟧
- [ ] ask the card team why the HSM proxy still has a literal admin password
- [ ] SymXchange UAT admin pw is «symx:symxuatadmin» — move it to the vault  ⟦password|UAT password in personal notes⟧
- [x] renew the portal TLS certificate
"""),
    ("home/mireille/.config/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.5" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.cardprocessor-cu.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>tarnwellfcu</User>
      <Pass encoding="base64">«b64:symx:pscusftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>card processor</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/mireille/vpn/tmcu-remote.ovpn", r"""
client
dev tun
proto udp
remote vpn.tarnwellmutual.org 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Tarnwell Mutual VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client private key inline in an .ovpn⟧
</key>
"""),
    ("home/mireille/vpn/creds.txt", r"""
mireille.b
«pwn:mireillevpn»  ⟦password|OpenVPN credentials file⟧
"""),
    ("ops/tls/my.tarnwellmutual.org.key", r"""
«pem:trad:rsaportal»  ⟦private-key|RSA TLS private key⟧
"""),
    ("ops/tls/my.tarnwellmutual.org.crt", r"""
«cert:rsaportal:my.tarnwellmutual.org»  ⟪certificate⟫
"""),
    ("ops/tls/jwks-public.pem", r"""
«pubpem:ecjwks»  ⟪public key PEM⟫
"""),
    ("ops/scripts/rotate-vendor-keys.sh", r"""
#!/bin/bash
set -euo pipefail
# rotates the static key of a vendor IAM user and prints the new one for the vendor's portal
USER=${1:?vendor user}
OLD=«akid:verafinold»  ⟦aws-key-id|old key id hard-coded in a rotation script⟧
aws iam create-access-key --user-name "$USER" --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text  ⟪command, no value⟫
aws iam update-access-key --user-name "$USER" --access-key-id "$OLD" --status Inactive
"""),
    ("ops/scripts/restore-journal.sh", r"""
#!/bin/bash
# restore the posting journal snapshot into the DR account for the quarterly test
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier keel-journal-drrun --snapshot-identifier "$1" --engine aurora-postgresql
PGPASSWORD=«pw:journaldr» psql -h keel-journal-drrun.cluster-cq4z8m1wfx3b.us-west-2.rds.amazonaws.com -U keel_admin -c 'select count(*) from postings'  ⟦password|inline PGPASSWORD in a script⟧
"""),
    ("ops/scripts/sql/roles.sql", r"""
CREATE ROLE pbi_ro LOGIN PASSWORD '«pwc:pbiods»';  ⟦password|CREATE ROLE with a password⟧
GRANT USAGE ON SCHEMA ods TO pbi_ro;
ALTER USER dwextract WITH PASSWORD '«symx:dwextract»';  ⟦password|ALTER USER with a password⟧
CREATE USER audit_ro WITH PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scs»$«b64k:32-sck»:«b64k:32-scv»';  ⟪SCRAM verifier⟫
"""),
    ("ops/scripts/branch-audit.py", r"""
import requests

MERAKI = "https://api.meraki.com/api/v1"
HEADERS = {"X-Cisco-Meraki-API-Key": "«meraki:audit»"}  ⟦app-secret|Meraki key in a Python script⟧

for net in requests.get(f"{MERAKI}/organizations/«num:6-merakiorg»/networks", headers=HEADERS, timeout=30).json():
    print(net["name"])
"""),
    ("ops/scripts/teller-pc-backup.ps1", r"""
# nightly teller config backup to S3 - scheduled task on every branch utility PC
$env:AWS_ACCESS_KEY_ID = '«akid:tellerbackup»'  ⟦aws-key-id|key id in a PowerShell script⟧
$env:AWS_SECRET_ACCESS_KEY = '«awssec:tellerbackup»'  ⟦aws-secret|secret in a PowerShell script⟧
$stamp = Get-Date -Format yyyyMMdd
Compress-Archive -Path 'C:\ProgramData\Symitar\Teller\*.ini' -DestinationPath "C:\Temp\teller-$stamp.zip"
aws s3 cp "C:\Temp\teller-$stamp.zip" "s3://tmcu-branch-backups/$env:COMPUTERNAME/"  ⟪environment reference⟫
"""),
    ("ops/scripts/notice-mailer.ps1", r"""
$smtpUser = '«akid:sesnotice»'  ⟦aws-key-id|SES SMTP user (a key id) in PowerShell⟧
$smtpPass = ConvertTo-SecureString '«sesv4:sesnotice»' -AsPlainText -Force  ⟦aws-ses-smtp|SES SMTP password in PowerShell⟧
$cred = New-Object System.Management.Automation.PSCredential($smtpUser, $smtpPass)
Send-MailMessage -SmtpServer email-smtp.us-east-2.amazonaws.com -Port 587 -UseSsl -Credential $cred -From notices@tarnwellmutual.org -To $args[0] -Subject 'Your notice is ready'
"""),
    ("ops/runbooks/core-outage.md", r"""
# Runbook: SymXchange unreachable

1. Check the vendor VPN tunnels (`aws ec2 describe-vpn-connections`). Both tunnels down means the hosting
   provider's side; call their NOC.
2. If only keel is failing, log into the bridge host and test with the device password
   `«symx:keeldevice»` from `/opt/keel/bin/symx-ping`.  ⟦password|password in backticks in a runbook⟧
3. The IVR falls back to "card-lock only" mode automatically.
4. The administrative password is in Secrets Manager `keel/prod/symxchange` — do not paste it in Slack.  ⟪pointer to a secret⟫
"""),
    ("ops/runbooks/atm-key-load.md", r"""
# Runbook: loading a terminal master key

- Two custodians, each with one component from the key safe; neither may see the other's.
- Enter the components at the ATM in supervisor mode; record only the KCVs in `atm/key-ceremony/kcv-register.csv`.
- Never type a component into e-mail, chat or a ticket. If it happens, the key is compromised: generate a new one.
- Example KCV format: `A1B2C3`.  ⟪format placeholder⟫
"""),
    ("ops/runbooks/bureau-rotation.md", r"""
# Runbook: credit bureau password rotation (every 90 days)

The bureaus force a change every 90 days. The current Experian password is «bureau:experian»,  ⟦password|password in a runbook sentence⟧
TransUnion's is in the same vault entry. After changing it, update `lending/meridianlink/cra-logins.csv`
(yes, we know) and tfvars.
"""),
    ("ops/runbooks/dr-test.md", r"""
# DR test checklist

- [ ] Restore the journal into us-west-2 (`ops/scripts/restore-journal.sh`).
- [ ] Start the DR bridge: `systemctl start keel-bridge` on dr-bridge01.
- [ ] Log into the DR Connect instance as `cc.supervisor.night` with password `«pw:ccnight»`.  ⟦password|Connect password in a DR checklist⟧
- [ ] Confirm statements render (`statement-render` Lambda).
"""),
    ("ops/docs/onboarding-engineer.md", r"""
# Engineer onboarding

- Your laptop arrives with a local account; the first-logon password is `Tarnwell2026!` and you must  ⟦?password|default first-logon password in an onboarding document⟧
  change it at first login.
- AWS access is through IAM Identity Center (`https://tarnwell.awsapps.com/start`). Never create access keys.
- A key written as `«docs:akidx»` in a wiki page is a placeholder and is fine.  ⟪X-filled key id⟫
"""),
    ("ops/docs/adr-0009-core-credentials.md", r"""
# ADR 0009: where core credentials live

Status: accepted (2026-01-20)

SymXchange device and administrative passwords, PowerOn user passwords and the Episys SFTP logins move to
Secrets Manager under `keel/<env>/...`, read through External Secrets in Kubernetes and `{{resolve:...}}` in
CloudFormation.  ⟪references in prose⟫ Rotation is manual (the core vendor rotates device passwords on request).
"""),
    ("ops/docs/postmortem-2026-02-card-outage.md", r"""
# Postmortem: debit card declines, 2026-02-19

Between 14:02 and 15:47 ET about 9% of debit authorisations were declined. The ATM switch link dropped
after its keystore was replaced; the new keystore had a different password, and the old one
(`«pwr:atmgwks»`) was still in Chef attributes.  ⟦password|keystore password quoted in a postmortem⟧

Action items: move keystore passwords to Secrets Manager (CARD-221); alert on the link's sign-on state.
"""),
    ("ops/docs/secrets-policy.md", r"""
# Secrets policy (summary)

- Production secrets live in AWS Secrets Manager or SSM Parameter Store (SecureString), never in Git.
- Use `{{resolve:secretsmanager:...}}`, `valueFrom`, `secretKeyRef` or `${ssm:...}`.  ⟪references in prose⟫
- Test fixtures may contain values that say so, e.g. `test-key-not-real`.  ⟪test-marked value⟫
- Key components and PIN-related keys never leave the key safe or the HSM.
"""),
    ("ops/email/2026-03-09-vendor-onboarding.eml", r"""
From: onboarding@rdc-vendor-support.com
To: digital-team@tarnwellmutual.org
Subject: Your remote deposit production credentials
Date: Mon, 9 Mar 2026 16:20:05 -0500
Content-Type: text/plain; charset=utf-8

Hello Tarnwell team,

Your production API user is tarnwell_mrdc and the initial password is «bureau:rdc»  ⟦password|vendor password in an e-mail⟧
Please change it within 30 days. The client key for the SDK is «uhex:32-rdckey».  ⟦app-secret|vendor client key in an e-mail⟧

Regards, Vendor Onboarding
"""),
    ("ops/email/2026-04-01-it-vendor.eml", r"""
From: tech@branchit-services.net
To: it-ops@tarnwellmutual.org
Subject: BR09 teller PC rebuild done
Date: Wed, 1 Apr 2026 18:44:51 -0400

All three teller PCs at BR09 are rebuilt. Local admin is tmcuadmin / «pwc:telleradmin» as per your image.  ⟦password|local admin password in a vendor e-mail⟧
The recycler supervisor code was reset to the value on your sheet. Temporary user for the manager: brmgr09 / Welcome«pin:2-tmp»!  ⟦?password|temporary first-login password in a vendor e-mail⟧
"""),
    ("ops/tickets/SEC-2291.json", r"""
{
  "key": "SEC-2291",
  "fields": {
    "summary": "Verafin still using the old IAM key",
    "description": "Verafin confirmed the new key works but their nightly job still used «akid:verafinold» on 2026-03-30. Secret for reference: «awssec:verafinold» (will be rotated).",  ⟦aws-key-id|key id and secret in a Jira description⟧
    "status": {"name": "In Progress"},
    "assignee": {"displayName": "Mireille Beaulieu"}
  }
}
"""),
    ("ops/tickets/INC0041877.txt", r"""
Number: INC0041877
Caller: BR14 Branch Manager
Short description: Glory recycler locked after three bad supervisor codes
Work notes:
  2026-04-03 09:12 Reset the supervisor code from the service console. New code: «pinn:glorysuper»  ⟦password|recycler supervisor code in a ticket work note⟧
  2026-04-03 09:20 Confirmed with branch; closing.
"""),
    ("ops/tickets/CC-311.md", r"""
# CC-311 remove the Pindrop token from the Lambda env

Current value (prod): «b62:48-pindrop»  ⟦app-secret|Pindrop token pasted into a ticket⟧
Target: `contact/pindrop-token` in Secrets Manager, read at cold start.  ⟪pointer to a secret⟫
"""),
    ("ops/tickets/member-complaint-7781.json", r"""
{
  "ticket": 7781,
  "channel": "phone",
  "member": "«memberno:8-complaint»",
  "notes": [
    "Member locked out of online banking after moving; agent reset the login and read out the temporary password «pwp:memberreset» on the call.",  ⟦?password|temporary password an agent gave a member⟧
    "Member confirmed new password set; temporary one expired."
  ]
}
"""),
    ("ops/chat/slack-core-team-2026-03.json", r"""
[
  {"ts": "1774002311.004200", "user": "U0«up:8-slu1»", "text": "anyone have the uat symx admin pw? soapui needs it"},  ⟪Slack user id⟫
  {"ts": "1774002390.004500", "user": "U0«up:8-slu2»", "text": "«symx:symxuatadmin» - don't tell Mireille"},  ⟦password|password in a Slack message⟧
  {"ts": "1774002612.005100", "user": "U0«up:8-slu1»", "text": "and the dw loader key? AKIA... starts with «akid:dwloader»"},  ⟦aws-key-id|key id in a Slack message⟧
  {"ts": "1774002700.005300", "user": "U0«up:8-slu2»", "text": "use the role, not the key. secret's in the vault"}
]
"""),
    ("ops/chat/teams-card-ops.html", r"""
<html><body>
<div class="message"><span class="from">Marisa Okafor</span> <span class="time">4/14/2026 9:41 AM</span>
<p>Co-op asked for the ZMK component again, I'm sending it by mail this time</p></div>
<div class="message"><span class="from">Leopold Brandt</span> <span class="time">4/14/2026 9:43 AM</span>
<p>please don't. if you have to, here's the dispute portal login for Thursday instead: tmcu.disputes1 / «pwn:cbuser1»</p></div>  ⟦password|password in a Teams export⟧
</body></html>
"""),
    ("ops/chat/whatsapp-branch-managers.txt", r"""
03/28/26, 07:52 - Imani (BR09): alarm keeps asking for a code, new one?
03/28/26, 07:53 - Cormac (Ops): use «pin:6-alarm09a» and call me after  ⟦password|alarm code in a WhatsApp export⟧
03/28/26, 07:58 - Imani (BR09): worked thanks
03/28/26, 08:10 - Cormac (Ops): lobby wifi for the shred event is «wifipsk:lobby»  ⟦password|Wi-Fi PSK in a chat export⟧
"""),
    ("ops/logs/keel-bridge-debug.log", r"""
2026-04-02T13:04:11.882Z DEBUG SymxClient - request device=20401 type=KEEL password=«symx:keeldevice»  ⟦password|password in a debug log line⟧
2026-04-02T13:04:11.990Z INFO  SymxClient - getAccountSelectFields account=******«pin:4-acctlast» took=108ms  ⟪masked account⟫
2026-04-02T13:04:12.101Z INFO  Poster - posted transfer id=«uuid:xferid» status=OK  ⟪transfer id⟫
2026-04-02T13:05:40.002Z WARN  SymxClient - admin password=******** rejected, retrying with device credentials  ⟪masked password⟫
"""),
    ("ops/logs/alb-portal-2026-04-02.log", r"""
https 2026-04-02T14:22:31.518311Z app/portal-alb/«hex:16-albid» 203.0.113.77:51544 10.61.4.18:3000 0.001 0.043 0.000 200 200 612 2311 "GET https://my.tarnwellmutual.org:443/statements/download?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260402%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20260402T142231Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=«sha256:presignsig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-04-02T14:22:33.004120Z app/portal-alb/«hex:16-albid» 203.0.113.77:51544 10.61.4.18:3000 0.001 0.012 0.000 200 200 488 1022 "GET https://my.tarnwellmutual.org:443/api/health HTTP/1.1" "ELB-HealthChecker/2.0" - -
"""),
    ("ops/logs/cloudtrail-2026-04-02.json", r"""
{"Records": [
  {"eventVersion": "1.09", "eventTime": "2026-04-02T03:14:55Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:verafin»", "arn": "arn:aws:iam::907351248826:user/vendor-verafin", "accountId": "907351248826",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:verafinold»", "userName": "vendor-verafin"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "198.51.100.140", "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}  ⟪request and event ids⟫
]}
"""),
    ("ops/logs/codebuild-poweron-412.log", r"""
[Container] 2026/04/01 22:14:05.118 Running command echo "deploying specfiles to $EPISYS_HOST"
deploying specfiles to episys-uat.tarnwell.hosted
[Container] 2026/04/01 22:14:05.201 Running command env | sort
AWS_DEFAULT_REGION=us-east-2
EPISYS_SFTP_PASSWORD=«symx:episysuat»  ⟦password|password printed by env in a build log⟧
SYMX_PROD_PASSWORD=***  ⟪masked by CodeBuild⟫
"""),
    ("ops/logs/ivr-auth.log", r"""
2026-04-02 19:22:10 INFO ivr-member-auth contact=«uuid:contact1» member=******«pin:4-mem1» pin_ok=true
2026-04-02 19:22:11 INFO ivr-member-auth pindrop risk=12 token=«tail:b62:48-pindrop»  ⟪key tail in a log⟫
"""),
    ("ops/dumps/vendor-contacts.csv", r"""
vendor,contact,portal,login,password,notes
card processor,Dana Ruiz,https://portal.cardprocessor-cu.com,tmcu.cardops,«bureau:cardportal»,shared by card ops  ⟦password|vendor portal password in a CSV⟧
core hosting,NOC,https://support.corehost.com,tmcu.it,«pwc:corehostportal»,MFA on Gwen's phone  ⟦password|vendor portal password in a CSV⟧
print vendor,Support,https://portal.printmail-partner.com,tmcu_stmt,see vault,  ⟪pointer to a vault⟫
"""),
    ("ops/dumps/portal-users.sql", r"""
-- pg_dump of ferrylight.staff_users (UAT refresh, 2026-03-30)
COPY public.staff_users (id, email, password_hash, role) FROM stdin;
1	gwendolyn.a@tarnwellmutual.org	«bcrypt:gwenhash»	admin  ⟪bcrypt hash⟫
2	oskar.l@tarnwellmutual.org	«bcrypt:oskarhash»	support
\.
COPY public.integration_settings (name, value) FROM stdin;
alloy_token	«alloy:prodtoken»  ⟦app-secret|Alloy token in a database dump⟧
plaid_secret	«plaidsec:ferryprod»  ⟦app-secret|Plaid secret in a database dump⟧
\.
"""),
    ("ops/dumps/lending-settings.sql", r"""
INSERT INTO integration_config (system, setting, value) VALUES ('experian', 'password', '«bureau:experian»');  ⟦password|password in a MySQL dump INSERT⟧
INSERT INTO integration_config (system, setting, value) VALUES ('experian', 'subscriber', '«num:7-expsub»');
INSERT INTO integration_config (system, setting, value) VALUES ('docusign', 'integration_key', '«docusign:intkey»');  ⟪integration key⟫
"""),
    ("ops/leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|a whole base64 credentials file⟧
"""),
    ("ops/leftovers/secret-blob.json", r"""
{"name": "keel/legacy", "SecretString": "{\"aws_access_key_id\":\"«akid:jsonjson»\",\"aws_secret_access_key\":\"«jsonesc:awssec:jsonjson»\"}"}  ⟦aws-key-id|JSON-in-JSON key pair⟧
"""),
    ("ops/leftovers/form-post.txt", r"""
POST /admin/integrations HTTP/1.1
Host: fraud.tmcu.local
Content-Type: application/x-www-form-urlencoded

name=ses&smtp_user=«akid:sesform»&smtp_password=«pct:sesv4:sesform»&region=us-east-2  ⟦aws-ses-smtp|percent-encoded SES SMTP credential in a form body⟧
"""),
    ("ops/leftovers/export-escaped.json", r"""
{"vendor": "atm-monitoring", "aws_access_key_id": "«uesc:akid:uesc»", "aws_secret_access_key": "«uesc:awssec:uesc»"}  ⟦aws-key-id|\uXXXX-escaped key pair⟧
"""),
    ("ops/leftovers/double.txt", r"""
# found in an old Jenkins job description
«b64b64:awssec:double»  ⟦aws-b64|double base64 secret⟧
"""),
    ("ops/leftovers/hexdump.txt", r"""
aws_secret_access_key (hex): «hexenc:awssec:hexleft»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("ops/leftovers/percent-secret.txt", r"""
# copied out of a broken query string
secret=«pct:awssec:pctleft»  ⟦aws-percent|percent-encoded AWS secret⟧
"""),
    ("ops/leftovers/sops-secrets.yaml", r"""
symx_admin_password: «sops:symx»  ⟪SOPS value⟫
plaid_secret: «sops:plaid»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:250468193377:key/«uuid:sopskms»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.8.1
"""),
    ("ops/iam/key-report-2026-04.csv", r"""
user,access_key_id,status,created,last_used,owner
vendor-verafin,«akid:verafinold»,Active,2024-07-19,2026-03-30,dw  ⟦aws-key-id|key id in an IAM key report⟧
ses-smtp-notices,«akid:sesnotice»,Active,2026-02-11,2026-04-02,statements  ⟦aws-key-id|key id in an IAM key report⟧
svc-teller-backup,«akid:tellerbackup»,Active,2025-09-01,2026-04-02,branch-it  ⟦aws-key-id|key id in an IAM key report⟧
ci-legacy,AKIA****************,Inactive,2022-01-04,2023-06-30,platform  ⟪masked key id⟫
"""),
    ("ops/vault/approle-keel.json", r"""
{
  "role_id": "«uuid:approlerole»",
  "secret_id": "«uuid:approlesecret»"  ⟦vault|Vault AppRole secret_id⟧
}
"""),
    ("ops/monitoring/pagerduty-services.json", r"""
{
  "services": [
    {"name": "keel", "integration_key": "«pdkey:keel»"},  ⟦pagerduty|PagerDuty integration key⟧
    {"name": "slate", "integration_key": "${PD_SLATE_KEY}"}  ⟪placeholder⟫
  ]
}
"""),
    ("ops/monitoring/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:keel»  ⟦newrelic|New Relic licence key in newrelic.yml⟧
  app_name: keel-api
production:
  <<: *default_settings
"""),
    ("ops/monitoring/datadog-monitors.tf", r"""
resource "datadog_monitor" "symx_latency" {
  name    = "SymXchange p95 latency"
  type    = "metric alert"
  query   = "avg(last_5m):p95:keel.symx.latency{env:prod} > 2000"
  message = "@pagerduty-keel @slack-core-alerts"
}

resource "datadog_synthetics_test" "portal_login" {
  name   = "portal login"
  type   = "browser"
  status = "live"
  config_variable {
    name  = "LOGIN_PASSWORD"
    type  = "text"
    value = "«pwn:synthlogin»"  ⟦password|synthetic login password as a plain config variable⟧
  }
}
"""),
    ("ops/monitoring/grafana-contact-points.yaml", r"""
apiVersion: 1
contactPoints:
  - orgId: 1
    name: card-ops
    receivers:
      - uid: cardops-slack
        type: slack
        settings:
          url: «slackhook:grafana»  ⟦slack|Slack webhook in Grafana provisioning⟧
      - uid: cardops-pd
        type: pagerduty
        settings:
          integrationKey: $__file{/etc/grafana/pd-key}  ⟪file reference⟫
"""),
    ("ops/docs/aws-access.md", r"""
# Getting AWS access

Use `aws sso login --profile digital-prod`. Static keys are only for vendors that cannot assume roles;
their secrets are handed over through the vendor's portal, never by e-mail.

The AWS docs use `«docs:akid»` / `«docs:secret»` in their examples; those are not ours.  ⟪AWS documentation key pair⟫
"""),
]
