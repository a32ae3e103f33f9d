"""fresh9 templates, operations (Corvane Air Freight): developers' home directories, scripts, crontabs and
service configs, logs, CloudTrail, tickets, chat exports, runbooks and docs, dumps, backups, encoded
leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/kwame/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:kwame»  ⟦aws-key-id|developer default profile key id⟧
aws_secret_access_key = «awssec:kwame»  ⟦aws-secret|developer default profile secret⟧
region = us-west-2

[cvf-leipzig]
aws_access_key_id = «asia:kwameeu»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:kwameeu»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:kwameeu»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test
"""),
    ("home/kwame/.aws/config", r"""
[default]
region = us-west-2
output = json

[profile cvf-prod-admin]
sso_session = corvane
sso_account_id = 471902385516  ⟪account id⟫
sso_role_name = AdministratorAccess

[sso-session corvane]
sso_start_url = https://corvane.awsapps.com/start
sso_region = us-west-2

[profile docs-demo]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key id⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/odalys/.zsh_history", r"""
: 1776412230:0;aws s3 ls s3://cvf-gha-drop/menzies/
: 1776412291:0;export AWS_ACCESS_KEY_ID=«akid:odalys»  ⟦aws-key-id|key id exported in shell history⟧
: 1776412292:0;export AWS_SECRET_ACCESS_KEY=«awssec:odalys»  ⟦aws-secret|secret exported in shell history⟧
: 1776412340:0;mysql -h mro-mysql-legacy.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com -u mro -p«pwl:mromysql» mro  ⟦password|mysql -p password in history⟧
: 1776412501:0;PGPASSWORD='«pwn:lmread»' psql -h loadmaster.cluster-ro-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com -U lm_read loadmaster  ⟦password|PGPASSWORD in history⟧
: 1776412620:0;git log --oneline -5
: 1776412700:0;vault login -method=userpass username=odalys password=«pwn:odalysvault»  ⟦password|vault login password on the command line⟧
: 1776412802:0;aws secretsmanager get-secret-value --secret-id awbhub/db  ⟪secret name, no value⟫
"""),
    ("home/odalys/.bash_history", r"""
cd ~/src/tracktrace
npm run dev
curl -H "Authorization: Bearer «jwt:odalys-debug»" https://track.corvane.aero/api/shipments/618-44021876  ⟦jwt|bearer JWT in curl⟧
redis-cli -h master.tracktrace-cache.x1lq2d.usw2.cache.amazonaws.com --tls -a «pwr:trackredis»  ⟦password|redis-cli -a password⟧
ssh-keygen -lf ~/.ssh/id_ed25519.pub
"""),
    ("home/odalys/.ssh/id_ed25519", r"""
«openssh:edodalys:odalys@cvf-mbp-112»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/odalys/.ssh/id_ed25519.pub", r"""
«sshpub:edodalys:odalys@cvf-mbp-112»  ⟪SSH public key⟫
"""),
    ("home/odalys/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
gitlab.corvane.aero «sshpub:edgitlabhost:»  ⟪host public key⟫
"""),
    ("home/odalys/.ssh/config", r"""
Host acars-gw
  HostName 10.40.12.31
  User ec2-user
  IdentityFile ~/.ssh/cvf-ops.pem
Host bastion
  HostName bastion.ops.corvane.aero
  User odalys
"""),
    ("home/matthias/.git-credentials", r"""
https://matthias.k:«ghp:matthias»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
https://matthias:«glpat:matthias»@gitlab.corvane.aero  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""),
    ("home/matthias/.gitconfig", r"""
[user]
	name = Matthias Krüger
	email = matthias.krueger@corvane.aero
	signingkey = «uhex:16-gpgkey»  ⟪GPG key id⟫
[url "https://oauth2:«glpat:matthiasurl»@gitlab.corvane.aero/"]  ⟦gitlab|GitLab PAT in a url rewrite⟧
	insteadOf = https://gitlab.corvane.aero/
[commit]
	gpgsign = true
"""),
    ("home/matthias/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "«dockerauth:hubci»"  ⟦docker-hub|docker config auth (base64 user:PAT)⟧
    },
    "905126673014.dkr.ecr.us-west-2.amazonaws.com": {}  ⟪ECR entry with credential helper⟫
  },
  "credHelpers": {
    "905126673014.dkr.ecr.us-west-2.amazonaws.com": "ecr-login"
  }
}
"""),
    ("home/matthias/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: ops-eks
    cluster:
      server: https://«uhex:32-eksid».gr7.us-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ececa:ops-eks»  ⟪base64 CA certificate⟫
users:
  - name: legacy-admin
    user:
      token: «b62:64-k8stoken»  ⟦app-secret|static Kubernetes bearer token in kubeconfig⟧
  - name: ops-eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, ops-eks]
contexts:
  - name: ops
    context: {cluster: ops-eks, user: ops-eks}
current-context: ops
"""),
    ("home/matthias/.terraformrc", r"""
credentials "app.terraform.io" {
  token = "«tfc:matthias»"  ⟦terraform-cloud|Terraform Cloud token⟧
}
"""),
    ("home/matthias/.config/gh/hosts.yml", r"""
github.com:
    user: mkrueger-cvf
    oauth_token: «ghp:ghcli»  ⟦github|gh CLI oauth_token⟧
    git_protocol: https
"""),
    ("home/priyanka/.pgpass", r"""
loadmaster.cluster-ro-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com:5432:loadmaster:lm_read:«pwn:lmread»  ⟦password|.pgpass entry⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/priyanka/.my.cnf", r"""
[client]
host=awbhub.cluster-ro-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com
user=awb_report
password=«pwn:awbreport»  ⟦password|.my.cnf password⟧
"""),
    ("home/priyanka/.netrc", r"""
machine artifacts.corvane.aero
  login ci-reader
  password «pwn:pipreader»  ⟦password|.netrc password⟧
machine api.heroku.com
  login priyanka@corvane.aero
  password «heroku:priyanka»  ⟦app-secret|Heroku API key (UUID) in .netrc⟧
"""),
    ("home/priyanka/.snowflake/config.toml", r"""
[connections.ops]
account = "cvf-ops"
user = "PRIYANKA"
password = "«pwn:snowpriyanka»"  ⟦password|the notebook Snowflake password in config.toml⟧
authenticator = "snowflake"
"""),
    ("home/priyanka/.config/rclone/rclone.conf", r"""
[gha-drop]
type = sftp
host = s-«hex:17-transfersrv».server.transfer.us-west-2.amazonaws.com
user = menzies-lej
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧

[cvf-s3]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 access key⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
"""),
    ("home/gunnar/.s3cfg", r"""
[default]
access_key = «akid:s3cmd»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:s3cmd»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.amazonaws.com
gpg_passphrase = «pp:s3cmdgpg»  ⟦password|s3cmd gpg passphrase⟧
"""),
    ("home/gunnar/.envrc", r"""
export AWS_PROFILE=cvf-prod-admin
export DD_API_KEY=«ddapi:gunnar»  ⟦datadog|Datadog API key in direnv⟧
export PAGERDUTY_ROUTING_KEY=«pdkey:acars»  ⟦pagerduty|PagerDuty Events routing key⟧
export OPENAI_API_KEY=$(op read "op://Ops/openai/credential")  ⟪1Password op read⟫
export DOPPLER_TOKEN=«doppler:gunnar»  ⟦app-secret|Doppler service token⟧
"""),
    ("home/gunnar/.config/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>s-«hex:17-transfersrv».server.transfer.us-west-2.amazonaws.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>wfs-cdg</User>
      <Pass encoding="base64">«b64:pwn:wfssftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>GHA drop WFS</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/gunnar/WinSCP.ini", r"""
[Sessions\svc-roster@roster-sql01]
HostName=roster-sql01.corp.corvane.aero
UserName=svc-roster
Password=«uhex:56-winscp»  ⟦?password|WinSCP-obfuscated stored password (reversible without a key)⟧
FSProtocol=0
"""),
    ("home/gunnar/scripts/map-drives.bat", r"""
@echo off
net use R: \\fs01.corp.corvane.aero\roster /user:CORVANE\svc-roster «pwc:svcroster»  ⟦password|net use password⟧
net use S: \\fs01.corp.corvane.aero\shared
cmdkey /generic:roster-sql01 /user:CORVANE\svc-roster /pass:«pwc:svcroster»  ⟦password|cmdkey /pass:⟧
"""),
    ("scripts/rotate-gha-keys.sh", r"""
#!/usr/bin/env bash
# rotate the GHA drop IAM key and push it to the handling agents' vault
set -euo pipefail
OLD_KEY_ID="«akid:ghaold»"  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name gha-drop --query 'AccessKey.[AccessKeyId,SecretAccessKey]' --output text)
aws iam update-access-key --user-name gha-drop --access-key-id "$OLD_KEY_ID" --status Inactive
curl -s -u corvane:«pwc:ghaportal» -X PUT https://portal.gha-partners.aero/api/keys -d "$NEW"  ⟦password|curl -u password in a script⟧
"""),
    ("scripts/restore-loadmaster.sh", r"""
#!/bin/bash
# restore last night's loadmaster snapshot into staging
export PGPASSWORD="«pw:lmowner»"  ⟦password|PGPASSWORD export in a restore script⟧
pg_restore -h loadmaster-staging.cluster-c8fq2kq1zr3n.us-west-2.rds.amazonaws.com -U lm_owner -d loadmaster /backups/loadmaster-latest.dump
DB_PASS=$(aws secretsmanager get-secret-value --secret-id ops/loadmaster/db --query SecretString --output text)  ⟪Secrets Manager lookup⟫
"""),
    ("scripts/sync-uld-pool.py", r"""
#!/usr/bin/env python3
# nightly pull of ULD positions from the pool provider
import requests

UNILODE_USER = "corvane"
UNILODE_PASS = "«pwc:unilode»"  ⟦password|the ULD pool password again in a script⟧
session = requests.Session()
session.auth = (UNILODE_USER, UNILODE_PASS)
resp = session.get("https://api.unilode.com/v1/positions", timeout=60)
print(resp.status_code)
"""),
    ("scripts/Deploy-Roster.ps1", r"""
param([string]$Env = "prod")
$secure = Read-Host -AsSecureString "svc-roster password"  ⟪interactive prompt⟫
$plain = ConvertTo-SecureString "«pwc:svcroster»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText⟧
$cred = New-Object PSCredential("CORVANE\svc-roster", $plain)
Invoke-Command -ComputerName roster-app01 -Credential $cred -ScriptBlock { iisreset }
"""),
    ("ops/crontab.acars-gw", r"""
SHELL=/bin/bash
MAILTO=ops-alerts@corvane.aero
*/5 * * * * /opt/acars/bin/healthcheck --pd-key «pdkey:acars»  ⟦pagerduty|PagerDuty routing key on a cron line⟧
15 2 * * * AWS_ACCESS_KEY_ID=«akid:acarsgw» AWS_SECRET_ACCESS_KEY=«awssec:acarsgw» /opt/acars/bin/archive  ⟦aws-key-id|key pair inline on a cron line⟧
"""),
    ("ops/systemd/acars-gw.service", r"""
[Unit]
Description=ACARS ground gateway
After=network-online.target

[Service]
User=acars
Environment=DATALINK_PASSWORD=«pw6:datalink»  ⟦password|systemd Environment= password⟧
Environment=KINESIS_STREAM=acars-raw
EnvironmentFile=-/etc/acars/env
ExecStart=/opt/acars/bin/acars-gw --config /etc/acars/gateway.conf

[Install]
WantedBy=multi-user.target
"""),
    ("ops/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
userlist ops_admins
    user admin insecure-password «pwl:haproxyadmin»  ⟦password|HAProxy insecure-password⟧
    user gunnar password «bcrypt:haproxygunnar»  ⟪bcrypt hash⟫
listen stats
    bind :8404
    stats enable
    stats auth admin:«pwl:haproxyadmin»  ⟦password|HAProxy stats auth⟧
"""),
    ("ops/pgbouncer/userlist.txt", r"""
"lm_app" "«pwx:lmdb»"  ⟦password|PgBouncer userlist clear password⟧
"lm_read" "«pgmd5:pwn:lmread:lm_read»"  ⟪PostgreSQL md5 verifier⟫
"""),
    ("ops/nginx/.htpasswd", r"""
ops:«apr1:opsnginx»  ⟪apr1 hash⟫
grafana:«bcrypt:nginxgrafana»  ⟪bcrypt hash⟫
"""),
    ("ops/fluent-bit/fluent-bit.conf", r"""
[OUTPUT]
    Name        datadog
    Match       *
    Host        http-intake.logs.datadoghq.com
    TLS         on
    apikey      «ddapi:fluentbit»  ⟦datadog|Datadog API key in Fluent Bit output⟧
    dd_service  acars-gw

[OUTPUT]
    Name        es
    Match       tracking.*
    Host        search-cvf-tracking-«lo:26-osdomain».us-west-2.es.amazonaws.com
    HTTP_User   os-master
    HTTP_Passwd «pwn:osmaster»  ⟦password|the OpenSearch master password in Fluent Bit⟧
"""),
    ("ops/grafana/grafana.ini", r"""
[security]
admin_user = admin
admin_password = «pwl:grafanaadmin»  ⟦password|the Grafana admin password in grafana.ini⟧
secret_key = «b62:16-grafanasecret»  ⟦app-secret|Grafana secret_key⟧

[smtp]
enabled = true
host = email-smtp.us-west-2.amazonaws.com:587
user = «akid:sesairflow»  ⟦aws-key-id|the SES SMTP user key id reused⟧
password = «sesv4:sesairflow»  ⟦aws-ses-smtp|the SES SMTP password reused⟧
"""),
    ("ops/sentry/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=corvane
defaults.project=awbhub
auth.token=«hex:64-sentryauth»  ⟦app-secret|Sentry auth token (64 hex)⟧
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:roster»  ⟦newrelic|New Relic license key⟧
  app_name: rostercrew
production:
  <<: *default_settings
staging:
  <<: *default_settings
  license_key: '<%= ENV["NEW_RELIC_LICENSE_KEY"] %>'  ⟪ERB env lookup⟫
"""),
    ("docs/runbooks/acars-gateway.md", r"""
# ACARS gateway runbook

If the gateway stops receiving ARINC 620 traffic:

1. SSH to `acars-gw-1` through the bastion (`ssh -J bastion acars-gw`).
2. Check `journalctl -u acars-gw -n 200`.
3. If the datalink session dropped, log in to the provider console as `CVFGND` with password `«pw6:datalink»` and reset the circuit.  ⟦password|password in a runbook sentence⟧
4. Page the on-call with `pd-send -k $PD_ROUTING_KEY` (the key is in 1Password, vault "Ops").  ⟪reference to a vault⟫

The archive job uses the `acars-archive` IAM user; its key is rotated quarterly.
"""),
    ("docs/runbooks/peak-season-cutover.md", r"""
# Peak season cutover (Nov-Dec)

| system | account | password |
|---|---|---|
| Descartes CargoNet (backup login) | CVFOPS2 | «pwc:descartesbackup» |  ⟦password|password in a runbook table⟧
| Unilode portal | corvane | «pwc:unilode» |  ⟦password|the ULD pool password in a runbook table⟧
| Boeing Toolbox | corvane.mro | see 1Password |  ⟪reference, no value⟫

The extra Redshift capacity is a resize, not a new cluster: connection details do not change.
"""),
    ("docs/onboarding/developer-setup.md", r"""
# Developer setup

Use SSO, never long-lived keys:

```sh
aws configure sso --profile cvf-dev
export AWS_ACCESS_KEY_ID=«docs:akidx»   # NOT like this  ⟪masked placeholder key id⟫
```

The local stack runs on LocalStack (`test` / `test`), MySQL (`root` / `root`) and the Stripe test mode key
from the team vault (`sk_test_...`).  ⟪placeholders in prose⟫

The staging Grafana is https://grafana.staging.ops.corvane.aero (login with Entra ID).
"""),
    ("docs/adr/0019-static-keys-removal.md", r"""
# ADR 0019: remove static IAM keys from the ACARS gateway

Status: accepted (2026-05-12)

The gateway used the key `«akid:acarsgw»` (user `acars-archive`), written into UserData.  ⟦?aws-key-id|deactivated key id quoted in an ADR⟧
The key was deactivated on 2026-05-14 and replaced by an instance profile; `«akid:ghaold»` (GHA drop)  ⟦aws-key-id|a key id still active, quoted in an ADR⟧
follows next quarter.
"""),
    ("docs/postmortems/2026-06-03-tracktrace-outage.md", r"""
# Postmortem: tracktrace notifications stopped (2026-06-03)

Timeline (UTC)
- 07:12 SendGrid rejected all requests (401).
- 07:40 found the key `«head:sg:gist»`  ⟪masked token prefix⟫
- 08:05 new key deployed through Secrets Manager (`tracktrace/sendgrid`).

Root cause: the key was revoked by SendGrid after it was seen in a public gist; the gist held
`SENDGRID_API_KEY=«sg:gist»` and the Twilio auth token `«hex:32-twiliogist»`.  ⟦?sendgrid|revoked key quoted in a postmortem⟧
"""),
    ("docs/confluence/customs-onboarding.html", r"""
<html><body>
<h1>ICS2 conformance onboarding</h1>
<p>Conformance portal login: <code>corvane-ics2</code> / <code>«pwc:ics2conf»</code></p>  ⟦password|password in a Confluence export⟧
<p>Production secrets live in Secrets Manager under <code>customs/ics2/*</code>.</p>  ⟪secret path⟫
<p>EORI number: DE«num:15-eori»</p>  ⟪EORI, a public identifier⟫
</body></html>
"""),
    ("docs/secrets-policy.md", r"""
# Secrets policy

- Application secrets: AWS Secrets Manager (`{{resolve:secretsmanager:...}}` in CloudFormation).  ⟪documented reference form⟫
- Kubernetes: ExternalSecrets; SealedSecrets only for the legacy bookings cluster.
- SOPS for the ops repo (`sops -e`, KMS key `alias/cvf-sops`).
- Never commit `AKIA...` keys; use SSO profiles.  ⟪prefix mention⟫
"""),
    ("chat/slack-ops-2026-05.json", r"""
[
  {"ts": "1777631201.004100", "user": "U04KQ7Z2MEH", "text": "anyone know the menzies sftp password? they can't log in"},  ⟪Slack ids⟫
  {"ts": "1777631260.004300", "user": "U05B1JDRTQ2", "text": "it's «pwn:menziessftp» - I'll rotate after peak"},  ⟦password|password shared in Slack⟧
  {"ts": "1777631402.005000", "user": "U04KQ7Z2MEH", "text": "thx. also the grafana cloud token for the agent is «glsa:agent»"},  ⟦app-secret|the Grafana token in Slack⟧
  {"ts": "1777632000.006100", "user": "U05B1JDRTQ2", "text": "pls stop pasting keys :( use 1password"}
]
"""),
    ("chat/slack-dev-awbhub.txt", r"""
[2026-04-22 09:14] matthias: the CCS prod login is CVFAWB01 / «pw:ccs» if you need to replay an FWB  ⟦password|password in a chat export⟧
[2026-04-22 09:15] odalys: ok. is the old key AKIA**************** still active?  ⟪masked key id⟫
[2026-04-22 09:17] matthias: no, the new one is «akid:awbecs»  ⟦aws-key-id|key id in chat⟧
[2026-04-22 09:18] matthias: secret «awssec:awbecs» (will move to secrets manager tomorrow)  ⟦aws-secret|secret in chat⟧
"""),
    ("chat/teams-roster-migration.txt", r"""
Lucian Petrescu 10:02
the sql login for the migration box is roster_migr, password «pwn:rostermigr»  ⟦password|password in a Teams transcript⟧
Beatriz Santos 10:04
thanks - and the Entra app? the secret in the portal shows «azad:rosterapp»  ⟦azure-ad|the Entra client secret in chat⟧
Lucian Petrescu 10:05
yes, tenant «uuid:tenant»  ⟪tenant id⟫
"""),
    ("tickets/CARGO-2231.md", r"""
# CARGO-2231: DSV status push fails with 401

Reporter: henrike.vogel
Since 2026-05-30 the EventBridge connection `dsv-status-push` returns 401. DSV says the client secret
was rotated on their side; new secret from their onboarding mail: `«b62:40-dsvnew»`  ⟦app-secret|OAuth client secret in a Jira ticket⟧
Request id from their gateway: «uuid:dsvreq»  ⟪request id⟫
"""),
    ("tickets/SD-8812.txt", r"""
ServiceNow SD-8812  Priority 3
Caller: shipper portal user (Halvorsen Pharma, account 40018822)
Short description: cannot log in to book.corvane.aero
Work notes: customer says their password is «pwn:shipperportal» and it worked yesterday; reset link sent.  ⟦?password|a customer's own password quoted in a ticket⟧
Resolved: password reset by customer.
"""),
    ("tickets/SD-9020.txt", r"""
ServiceNow SD-9020  Priority 4
Caller: ramp control ANC
Short description: new starter needs Descartes CargoNet access
Work notes: account CVFRAMP14 created, temporary password «pw:cargonettemp» (must be changed at first login).  ⟦?password|temporary first-login password in a ticket⟧
Close code: solved (permanently)
"""),
    ("tickets/INC-4471-email.eml", r"""
From: support@worldfuel-partners.com
To: fuel-ops@corvane.aero
Subject: SFTP credentials for into-plane reconciliation
Date: Tue, 12 May 2026 14:02:11 +0000
Message-ID: <«hex:24-msgid»@worldfuel-partners.com>  ⟪message id⟫

Hello Corvane team,

Your SFTP account is ready.
Host: sftp.worldfuel-partners.com
User: corvane-recon
Password: «pwn:worldfuel»  ⟦password|password in a vendor e-mail⟧

Regards, Partner Support
"""),
    ("logs/tracktrace/app-2026-06-02.log", r"""
2026-06-02T07:11:58.201Z INFO  notify sent sms to=+1907****411 awb=618-44021876
2026-06-02T07:12:03.877Z ERROR sendgrid 401 Unauthorized request_id=«uuid:sglog»  ⟪request id⟫
2026-06-02T07:12:03.878Z DEBUG config dump: {"sendgridKey":"«sg:tracknotify»","region":"us-west-2"}  ⟦sendgrid|key in a debug log line⟧
2026-06-02T07:12:04.002Z WARN  retrying with fallback smtp user=«akid:sesmro» pass=«sesv4:sesmro»  ⟦aws-key-id|SES SMTP credential pair in a log line⟧
"""),
    ("logs/codebuild/customs-bridge-1187.log", r"""
[Container] 2026/05/28 03:14:21.112311 Running command go env -w GOPRIVATE=github.com/corvane/*
[Container] 2026/05/28 03:14:22.900877 Running command git config --global url."https://«ghp:ghpkgs»@github.com/".insteadOf "https://github.com/"  ⟦github|GitHub PAT echoed in a CodeBuild log⟧
[Container] 2026/05/28 03:14:59.301002 Phase complete: BUILD State: SUCCEEDED
[Container] 2026/05/28 03:15:00.011456 Build id: customs-bridge-build:«uuid:cbbuild»  ⟪build id⟫
"""),
    ("logs/alb/bookings-2026-05-30.log", r"""
https 2026-05-30T11:02:44.217Z app/bookings-alb/«hex:16-albid» 203.0.113.41:51234 10.40.3.17:3000 0.001 0.087 0.000 200 200 412 5121 "GET https://book.corvane.aero:443/exports/manifest.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260530%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-presignsig» HTTP/1.1" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-05-30T11:02:45.003Z app/bookings-alb/«hex:16-albid» 203.0.113.41:51236 10.40.3.17:3000 0.001 0.012 0.000 304 304 390 0 "GET https://book.corvane.aero:443/assets/app-«hex:20-assetdigest».js HTTP/1.1" "Mozilla/5.0" - -  ⟪asset digest⟫
"""),
    ("logs/cloudtrail/471902385516_CloudTrail_us-west-2_20260514T0930Z.json", r"""
{"Records": [
 {
  "eventVersion": "1.09",
  "userIdentity": {
   "type": "IAMUser",
   "principalId": "«aida:acarsarchive»",  ⟪IAM unique id⟫
   "arn": "arn:aws:iam::471902385516:user/acars-archive",
   "accountId": "471902385516",
   "accessKeyId": "«akid:acarsgw»",  ⟦aws-key-id|key id in a CloudTrail record⟧
   "userName": "acars-archive"
  },
  "eventTime": "2026-05-14T09:31:02Z",
  "eventSource": "s3.amazonaws.com",
  "eventName": "PutObject",
  "awsRegion": "us-west-2",
  "sourceIPAddress": "52.34.118.20",
  "requestID": "«up:16-ctreq»",  ⟪request id⟫
  "eventID": "«uuid:ctevent»"
 }
]}
"""),
    ("ops/iam/access-keys-2026-06.csv", r"""
user,access_key_id,status,created,last_used
acars-archive,«akid:acarsgw»,Inactive,2025-02-03,2026-05-14  ⟦?aws-key-id|inactive key id in a key listing⟧
gha-drop,«akid:ghanew»,Active,2026-06-01,2026-06-05  ⟦aws-key-id|active key id in a key listing⟧
jeppesen-feed,AKIA****************,Active,2026-01-11,2026-06-05  ⟪masked key id⟫
"""),
    ("ops/accounts/shared-logins.csv", r"""
system,login,password,owner
Descartes CargoNet,CVFOPS1,«pwc:descartesops»,cargo-ops  ⟦password|shared-accounts CSV password⟧
Unilode portal,corvane,«pwc:unilode»,ramp-control  ⟦password|the ULD pool password in the shared CSV⟧
FlightAware,ops@corvane.aero,«pwn:flightaware»,ops-control  ⟦password|FlightAware web login in the shared CSV⟧
SITA WorldTracer,CVFWT,sso,baggage  ⟪SSO marker, no password⟫
"""),
    ("backups/mysql/awbhub-users-2026-05-01.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36
LOCK TABLES `integration_credential` WRITE;
INSERT INTO `integration_credential` VALUES (1,'descartes','api_key','«b62:36-descartes»','2026-03-02');  ⟦app-secret|API key in a MySQL dump row⟧
INSERT INTO `integration_credential` VALUES (2,'ccs','password','«pw:ccs»','2026-03-02');  ⟦password|password in a MySQL dump row⟧
INSERT INTO `integration_credential` VALUES (3,'onerecord','client_secret_sha256','«sha256:onerecordhash»','2026-04-19');  ⟪SHA-256 digest⟫
UNLOCK TABLES;
"""),
    ("backups/postgres/loadmaster-roles.sql", r"""
--
-- PostgreSQL database cluster dump
--
CREATE ROLE lm_app;
ALTER ROLE lm_app WITH LOGIN PASSWORD '«pwx:lmdb»';  ⟦password|ALTER ROLE ... PASSWORD in clear⟧
CREATE ROLE lm_read;
ALTER ROLE lm_read WITH LOGIN PASSWORD '«scram:lmread»';  ⟪SCRAM verifier⟫
"""),
    ("backups/etc-acars-2026-05-01/gateway.conf.bak", r"""
datalink.host=gw.arinc-datalink.net
datalink.user=CVFGND
datalink.password=«pw6:datalinkold»  ⟦password|old password in a config backup⟧
kinesis.stream=acars-raw
"""),
    ("backups/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <id>artifactory-ci</id>
        <username>ci-publisher</username>
        <password>{AQAAABAAAAAw«b64k:48-jenkinsenc»}</password>  ⟪Jenkins-encrypted secret⟫
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|a whole credentials file base64-encoded⟧
"""),
    ("leftovers/key-hex.txt", r"""
# exported from the old key escrow (hex)
id=«hexenc:akid:escrow»  ⟦aws-hex|hex-encoded access key id⟧
secret=«hexenc:awssec:escrow»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("leftovers/presign-note.txt", r"""
manifest export link (expires 7d):
https://cvf-exports.s3.us-west-2.amazonaws.com/manifests/2026-05-30.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260530%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20260530T110000Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex:64-presignsig2»  ⟦aws-key-id|key id in a presigned URL⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /legacy/keys HTTP/1.1
Content-Type: application/x-www-form-urlencoded

user=slot-coordination-feed&secret=«pct:awssec:slotfeed»&region=us-west-2  ⟦aws-percent|percent-encoded AWS secret⟧
"""),
    ("ops/sops/ops-secrets.enc.yaml", r"""
grafana_admin_password: «sops:grafana»  ⟪SOPS value⟫
pagerduty_token: «sops:pd»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:905126673014:alias/cvf-sops
          created_at: "2026-03-14T10:22:31Z"
          enc: «kms:sopskms»  ⟪KMS ciphertext blob⟫
    lastmodified: "2026-05-02T08:11:00Z"
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.8.1
"""),
    ("ops/tls/acars-gw.key", r"""
«pem:pkcs8:ecacars»  ⟦private-key|PKCS#8 EC private key⟧
"""),
    ("ops/tls/acars-gw.crt", r"""
«cert:ecacars:acars-gw.ops.corvane.aero»  ⟪certificate⟫
"""),
    ("ops/keys/cargoxml-signing.pem", r"""
«pem:pkcs1:rsacargoxml»  ⟦private-key|RSA private key (PKCS#1)⟧
"""),
    ("ops/keys/cargoxml-signing.pub.pem", r"""
«pubpem:rsacargoxml»  ⟪public key PEM⟫
"""),
    ("ops/keys/deploy-key-b64.txt", r"""
# GitLab deploy key for customs-bridge (base64 of the OpenSSH key file, for the CI variable)
«b64:openssh:eddeploy:deploy@customs-bridge»  ⟦private-key|base64 of an OpenSSH private key⟧
"""),
]

FILES += [
    ("home/joaquin/.aws/cli/cache/3c9a1f5e0b7d42e68a1c4f0d9b2e7a56c31f8e04.json", r"""
{"Credentials": {"AccessKeyId": "«asia:joaquincache»", "SecretAccessKey": "«awssec:joaquincache»", "SessionToken": "«stok:joaquincache»", "Expiration": "2026-06-04T18:22:07+00:00"}, "AssumedRoleUser": {"AssumedRoleId": "«aroa:opsrole»:botocore-session-1780590127", "Arn": "arn:aws:sts::471902385516:assumed-role/ops-admin/botocore-session-1780590127"}}  ⟦aws-key-id|CLI cache with temporary key, secret and session token on one line⟧
"""),
    ("home/joaquin/wg0.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard interface private key⟧
Address = 10.99.0.14/32
DNS = 10.40.0.2

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard peer public key⟫
Endpoint = vpn.corvane.aero:51820
AllowedIPs = 10.40.0.0/16
"""),
    ("home/joaquin/.config/composer/auth.json", r"""
{
    "gitlab-token": {
        "gitlab.corvane.aero": "«glpat:joaquincomposer»"  ⟦gitlab|GitLab token in composer global auth.json⟧
    }
}
"""),
    ("ops/vpn/anc-hangar.ovpn", r"""
client
dev tun
proto udp
remote vpn-anc.corvane.aero 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Corvane VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|client private key inline in an .ovpn⟧
</key>
"""),
    ("ops/vpn/creds.txt", r"""
hangar-anc
«pwl:vpnhangar»  ⟦password|OpenVPN auth-user-pass file password line⟧
"""),
    ("docs/runbooks/mro-mysql-upgrade.md", r"""
# MRO MySQL 5.7 -> 8.0 upgrade

Blue/green through RDS. Before the switchover:

```sh
mysql -h mro-mysql-legacy.c8fq2kq1zr3n.us-west-2.rds.amazonaws.com -u mro --password='«pwl:mromysql»' -e 'SHOW SLAVE STATUS\G'  ⟦password|--password in a runbook command⟧
```

The AMOS sync user keeps its IAM key; only the DB endpoint changes. Do not paste the DB password into
the change ticket - reference `ops/mro/db` in Secrets Manager.  ⟪reference to a secret name⟫
"""),
    ("chat/slack-export-bookings/2026-06-01.json", r"""
[
    {
        "type": "message",
        "user": "U06H3P0RXKA",
        "text": "stripe dashboard shows the restricted key as «head:rk:trackdev» - who created it?",  ⟪masked key in chat⟫
        "ts": "1780300801.118209"
    },
    {
        "type": "message",
        "user": "U05B1JDRTQ2",
        "text": "me, for local dev, full key is «rk:trackdev» - sorry, rolling it now",  ⟦stripe|live restricted key pasted in Slack⟧
        "ts": "1780300877.120019"
    }
]
"""),
]
