"""fresh8 templates, operations (Fernhollow Mutual): developer home directories, tool configs (rclone, s3cmd,
boto, git, terraformrc, kube, docker, ssh, pgpass, my.cnf, netrc, npmrc, Maven security, saml2aws, direnv),
shell and PowerShell scripts, Windows batch, crontab, systemd, supervisord, HAProxy, Redis, PgBouncer, nginx,
Fluent Bit, Logstash, Splunk, New Relic, Sentry, FileZilla and WinSCP exports, SQL and CSV dumps, runbooks,
wiki and Confluence exports, Slack and Teams exports, an email, Jira and ServiceNow tickets, logs, CloudTrail,
an IAM key listing, encoded leftovers. Markers: render.py and README.md."""

FILES = [
    ("home/rohan.k/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:rohandefault»  ⟦aws-key-id|key ID in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:rohandefault»  ⟦aws-secret|secret in ~/.aws/credentials⟧

[fhm-nonprod-sso]
aws_access_key_id = «asia:rohansso»  ⟦aws-key-id|temporary key ID cached by saml2aws⟧
aws_secret_access_key = «awssec:rohansso»  ⟦aws-secret|temporary secret cached by saml2aws⟧
aws_session_token = «stok:rohansso»  ⟦aws-session-token|session token cached by saml2aws⟧
x_security_token_expires = 2026-11-19T18:02:11Z
"""),
    ("home/rohan.k/.aws/config", r"""
[default]
region = us-east-2
output = json

[profile fhm-prod-readonly]
sso_session = fhm
sso_account_id = 318604257719
sso_role_name = ReadOnly

[sso-session fhm]
sso_start_url = https://fernhollow.awsapps.com/start
sso_region = us-east-2
"""),
    ("home/rohan.k/.saml2aws", r"""
[default]
app_id               =
url                  = https://fernhollow.okta.com/home/amazon_aws/0oa«b62:17-oktaawsapp»/272  ⟪Okta app id in a URL⟫
username             = rohan.kulkarni@fernhollow.com
provider             = Okta
mfa                  = PUSH
aws_session_duration = 28800
aws_profile          = fhm-nonprod-sso
role_arn             = arn:aws:iam::604118392750:role/Developer
"""),
    ("home/rohan.k/.config/rclone/rclone.conf", r"""
[fhm-claims-archive]
type = s3
provider = AWS
access_key_id = «akid:rclonearchive»  ⟦aws-key-id|key ID in rclone.conf⟧
secret_access_key = «awssec:rclonearchive»  ⟦aws-secret|secret in rclone.conf⟧
region = us-east-2

[cmh-fileshare]
type = smb
host = fs01.cmh.fernhollow.internal
user = rohan.k
pass = «urlsafe:24-rcloneobscured»  ⟦?password|rclone-obscured password, reversible with rclone reveal⟧
"""),
    ("home/darnell.w/.s3cfg", r"""
[default]
access_key = «akid:s3cmdreins»  ⟦aws-key-id|key ID in .s3cfg⟧
secret_key = «awssec:s3cmdreins»  ⟦aws-secret|secret in .s3cfg⟧
bucket_location = us-east-2
host_base = s3.amazonaws.com
use_https = True
gpg_passphrase = «pp:s3cmdgpg»  ⟦password|s3cmd GPG passphrase⟧
"""),
    ("home/darnell.w/.boto", r"""
[Credentials]
aws_access_key_id = AKIAIOSFODNN7EXAMPLE  ⟪AWS documentation key ID⟫
aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY  ⟪AWS documentation secret⟫

[Boto]
debug = 0
num_retries = 10
"""),
    ("home/darnell.w/.git-credentials", r"""
https://darnell-fhm:«ghp:darnellgitcred»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://darnell.washington:«atbb:darnellbb»@bitbucket.org  ⟦bitbucket|Bitbucket app password in .git-credentials⟧
"""),
    ("home/darnell.w/.gitconfig", r"""
[user]
	name = Darnell Washington
	email = darnell.washington@fernhollow.com
	signingkey = ~/.ssh/id_ed25519.pub
[gpg]
	format = ssh
[credential]
	helper = store
[url "https://github.com/fernhollow/"]
	insteadOf = git@github.com:fernhollow/
"""),
    ("home/darnell.w/.terraformrc", r"""
credentials "app.terraform.io" {
  token = "«tfc:darnell»"  ⟦terraform-cloud|Terraform Cloud token in .terraformrc⟧
}
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
"""),
    ("home/darnell.w/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: fhm-prod-use2
    cluster:
      server: https://«uhex:32-eksendpoint».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ec-eksca:fhm-prod-use2.eks»  ⟪base64 CA certificate⟫
contexts:
  - name: prod
    context: {cluster: fhm-prod-use2, user: ci-deployer}
current-context: prod
users:
  - name: ci-deployer
    user:
      token: «jwt:k8s-ci-deployer»  ⟦jwt|bearer token in a kubeconfig⟧
"""),
    ("home/darnell.w/.docker/config.json", r"""
{
  "auths": {
    "fernhollow.jfrog.io": {
      "auth": "«dockerauth:dockerhome»"  ⟦password-b64|base64 user:API key in docker config.json⟧
    },
    "927351604482.dkr.ecr.us-east-2.amazonaws.com": {}
  },
  "credsStore": "osxkeychain"
}
"""),
    ("home/darnell.w/.ssh/id_ed25519", r"""
«openssh:ed-darnell:darnell@fhm-mbp-0419»  ⟦private-key|OpenSSH private key in a home directory⟧
"""),
    ("home/darnell.w/.ssh/id_ed25519.pub", r"""
«sshpub:ed-darnell:darnell@fhm-mbp-0419»  ⟪SSH public key⟫
"""),
    ("home/darnell.w/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub's public host key⟫
bastion.cmh.fernhollow.internal «sshpub:ed-bastion:»  ⟪host public key⟫
"""),
    ("home/gretchen.h/.pgpass", r"""
# hostname:port:database:username:password
claims-reporting.c8w2x.us-east-2.rds.amazonaws.com:5432:claims:adjuster_ro:«pwn:adjusterro»  ⟦password|.pgpass entry⟧
localhost:5433:policycore:policycore:postgres  ⟪local default⟫
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/gretchen.h/.my.cnf", r"""
[client]
host=rating-tables.c8w2x.us-east-2.rds.amazonaws.com
user=rating_admin
password=«pw:ratingtables»  ⟦password|MySQL client password in .my.cnf⟧
"""),
    ("home/gretchen.h/.netrc", r"""
machine fernhollow.jfrog.io login gretchen.hoffman password «pwn:gretchenart»  ⟦password|.netrc password⟧
machine api.github.com login gretchen-fhm password «ghp:gretchennetrc»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/gretchen.h/.npmrc", r"""
@fernhollow:registry=https://fernhollow.jfrog.io/artifactory/api/npm/npm-local/
//fernhollow.jfrog.io/artifactory/api/npm/npm-local/:_authToken=«artref:gretchennpm»  ⟦artifactory|Artifactory token in .npmrc⟧
//registry.npmjs.org/:_authToken=«npm:gretchen»  ⟦npm|npm token in .npmrc⟧
save-exact=true
"""),
    ("home/gretchen.h/.m2/settings-security.xml", r"""
<settingsSecurity>
  <master>«mvnenc:m2master»</master>  ⟪Maven master password, encrypted⟫
</settingsSecurity>
"""),
    ("home/gretchen.h/.zsh_history", r"""
: 1763476211:0;aws sso login --profile fhm-prod-readonly
: 1763476388:0;psql "host=claims-reporting.c8w2x.us-east-2.rds.amazonaws.com user=adjuster_ro dbname=claims"
: 1763476502:0;export PGPASSWORD="$(op read 'op://Claims Ops/adjuster_ro/password')"  ⟪1Password CLI reference⟫
: 1763477120:0;mysql -h rating-tables.c8w2x.us-east-2.rds.amazonaws.com -u rating_admin -p«pw:ratingtables» rating  ⟦password|mysql -p in shell history⟧
: 1763477900:0;git log --oneline -5
: 1763478011:0;aws secretsmanager get-secret-value --secret-id policycore/prod/billing-read --query SecretString  ⟪secret name⟫
: 1763478340:0;curl -s -H "X-Api-Key: $CLAIMSDESK_API_KEY" https://claimsdesk-stg.fernhollow.internal/api/v2/health  ⟪environment reference⟫
: 1763479002:0;export AWS_ACCESS_KEY_ID=«akid:gretchenhist» AWS_SECRET_ACCESS_KEY=«awssec:gretchenhist»  ⟦aws-key-id|key ID and secret exported in shell history⟧
"""),
    ("home/gretchen.h/projects/claims-reporting/.envrc", r"""
export AWS_PROFILE=fhm-prod-readonly
export PGHOST=claims-reporting.c8w2x.us-east-2.rds.amazonaws.com
export PGUSER=adjuster_ro
export PGPASSWORD=$(op read "op://Claims Ops/adjuster_ro/password")  ⟪1Password CLI reference⟫
export LOOKER_CLIENT_SECRET=«b62:24-looker»  ⟦app-secret|Looker API client secret in .envrc⟧
"""),
    ("home/tobias.m/.config/gh/hosts.yml", r"""
github.com:
    users:
        tobias-fhm:
            oauth_token: «ghp:tobiasgh»  ⟦github|gh CLI oauth_token⟧
    git_protocol: https
    user: tobias-fhm
"""),
    ("home/tobias.m/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.lockbox-print.net</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>fernhollow</User>
      <Pass encoding="base64">«b64:pwr:lockboxsftp»</Pass>  ⟦password-b64|base64 password in FileZilla sitemanager.xml⟧
      <Name>lockbox print (prod)</Name>
    </Server>
    <Server>
      <Host>sftp.reinsurer-portal.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>fhm-bordereaux</User>
      <Logontype>2</Logontype>
      <Name>reinsurance bordereaux</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/tobias.m/Documents/WinSCP.ini", r"""
[Sessions\fhm-bordereaux@sftp.reinsurer-portal.com]
HostName=sftp.reinsurer-portal.com
UserName=fhm-bordereaux
Password=«uhex:76-winscp»  ⟦?password|WinSCP-obfuscated stored password, reversible without a key⟧
PublicKeyFile=C:%5CUsers%5Ctobias.m%5C.ssh%5Cbordereaux.ppk

[Configuration\Interface]
RandomSeedFile=%25USERPROFILE%25%5CAppData%5CLocal%5CWinSCP.rnd
"""),
    ("home/tobias.m/bin/deploy-broker.cmd", r"""
@echo off
REM map the release share and copy the broker portal build (old IIS farm, pre-ECS)
net use R: \\brkweb01\releases /user:FHMCLOUD\svc-brokerdeploy «pwc:brokerdeploy» /persistent:no  ⟦password|net use password in a batch file⟧
robocopy .\publish R:\BrokerPortal\%1 /MIR /NFL /NDL
cmdkey /generic:brkweb02 /user:FHMCLOUD\svc-brokerdeploy /pass:«pwc:brokerdeploy»  ⟦password|cmdkey /pass: in a batch file⟧
net use R: /delete
"""),
    ("ops/scripts/rotate-vendor-keys.sh", r"""
#!/usr/bin/env bash
# Rotate the access key of an IAM user that a vendor holds. Prints the new key once; paste it into the
# vendor's portal and delete the old one after they confirm. Usage: rotate-vendor-keys.sh vendor-iso-upload
set -euo pipefail
user="$1"
old=$(aws iam list-access-keys --user-name "$user" --query 'AccessKeyMetadata[0].AccessKeyId' --output text)
new=$(aws iam create-access-key --user-name "$user")
echo "$new" | jq -r '.AccessKey | "\(.AccessKeyId) \(.SecretAccessKey)"'
echo "old key $old: deactivate after the vendor confirms (aws iam update-access-key --status Inactive)"
# last run 2026-10-02 for vendor-iso-upload; old key AKIA************ deactivated 2026-10-04  ⟪masked key ID⟫
"""),
    ("ops/scripts/restore-claims-reporting.sh", r"""
#!/usr/bin/env bash
# restore the claims-reporting DB from the nightly dump into a scratch instance (DR drill)
set -euo pipefail
SNAP=${1:?snapshot date}
aws s3 cp "s3://fhm-db-dumps/claims-reporting/${SNAP}.dump" /tmp/claims.dump
export PGPASSWORD='«pwl:drscratch»'  ⟦password|PGPASSWORD in a restore script⟧
pg_restore -h claims-dr-scratch.c8w2x.us-east-2.rds.amazonaws.com -U dr_owner -d claims --no-owner /tmp/claims.dump
psql -h claims-dr-scratch.c8w2x.us-east-2.rds.amazonaws.com -U dr_owner -d claims -c "ALTER ROLE adjuster_ro PASSWORD '«pwn:adjusterro»'"  ⟦password|ALTER ROLE ... PASSWORD in a script⟧
"""),
    ("ops/scripts/Reset-SasServiceAccounts.ps1", r"""
# Reset the SAS workspace service accounts after the quarterly AD password expiry (runs on sas-workspace-01)
param([string]$Server = "sas-workspace-01")
Import-Module ActiveDirectory
$spawner = Read-Host -Prompt "new svc-sasspawner password" -AsSecureString  ⟪interactive secure prompt⟫
Set-ADAccountPassword -Identity "svc-sasspawner" -Reset -NewPassword $spawner
$cred = Get-Credential -UserName "FHMCLOUD\svc-sasadmin" -Message "SAS admin"  ⟪interactive credential prompt⟫
Invoke-Command -ComputerName $Server -Credential $cred -ScriptBlock { Restart-Service -Name "SAS [Config-Lev1] Object Spawner" }
"""),
    ("ops/cron/crontab.reporting", r"""
# m h dom mon dow  command   (reporting-etl01)
15 2 * * * /opt/etl/bin/nightly_extract.sh >> /var/log/etl/nightly.log 2>&1
40 2 * * * PGPASSWORD=«pwc:etlreporting» pg_dump -h claims-reporting.c8w2x.us-east-2.rds.amazonaws.com -U etl_owner -Fc claims > /backup/claims-$(date +\%F).dump  ⟦password|PGPASSWORD inline in a crontab⟧
0 6 * * 1 /opt/etl/bin/weekly_bordereaux.sh
"""),
    ("ops/systemd/mqbridge.service", r"""
[Unit]
Description=Fernhollow MQ bridge (z/OS MQ -> S3 / Amazon MQ)
After=network-online.target

[Service]
User=mqbridge
EnvironmentFile=/etc/mqbridge/bridge.env
Environment=MQ_KEYSTORE_PASSWORD=«pwc:mqkeystore»  ⟦password|keystore password in a systemd unit Environment=⟧
Environment=JAVA_OPTS=-Xmx1g
ExecStart=/usr/bin/java -jar /opt/mqbridge/mqbridge.jar
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""),
    ("ops/supervisor/etl.conf", r"""
[program:bordereaux-export]
command=/opt/etl/venv/bin/python -m bordereaux.export
directory=/opt/etl
environment=REINS_SFTP_PASSWORD="«pp:reinssftp»",REINS_SFTP_USER="fhm-bordereaux"  ⟦password|password in a supervisord environment line⟧
autorestart=true
stdout_logfile=/var/log/etl/bordereaux.log
"""),
    ("ops/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
    maxconn 4096

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s

listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth ops:«pwc:haproxystats»  ⟦password|HAProxy stats auth⟧

backend rating_onprem
    balance roundrobin
    server rate01 10.12.4.21:8443 check ssl verify none
    server rate02 10.12.4.22:8443 check ssl verify none
"""),
    ("ops/redis/redis-ratecache.conf", r"""
bind 0.0.0.0
port 6379
protected-mode yes
requirepass «pwr:ratecache»  ⟦password|Redis requirepass⟧
maxmemory 6gb
maxmemory-policy allkeys-lru
"""),
    ("ops/pgbouncer/userlist.txt", r"""
"adjuster_ro" "«pgmd5:pwn:adjusterro:adjuster_ro»"  ⟪PostgreSQL md5 password hash⟫
"claimsdesk" "«scram:cdscram»"  ⟪SCRAM-SHA-256 verifier⟫
"etl_owner" "«pwc:etlreporting»"  ⟦password|plain-text password in PgBouncer userlist.txt⟧
"""),
    ("ops/nginx/claims-docs.conf", r"""
server {
    listen 443 ssl;
    server_name claims-docs.fernhollow.internal;
    ssl_certificate     /etc/nginx/tls/claims-docs.crt;
    ssl_certificate_key /etc/nginx/tls/claims-docs.key;
    location /scans/ {
        auth_basic "claims scans";
        auth_basic_user_file /etc/nginx/htpasswd.scans;
        proxy_pass http://127.0.0.1:9000/;
        proxy_set_header Authorization "Basic «basic:nginxscans»";  ⟦password-b64|basic-auth credential in an nginx proxy header⟧
    }
}
"""),
    ("ops/nginx/htpasswd.scans", r"""
siu:«apr1:siu»  ⟪Apache apr1 hash⟫
adjusters:«bcrypt:adjusters»  ⟪bcrypt hash⟫
"""),
    ("ops/fluent-bit/fluent-bit.conf", r"""
[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name         tail
    Path         /var/log/claimsdesk/*.log

[OUTPUT]
    Name         splunk
    Match        *
    Host         http-inputs-fernhollow.splunkcloud.com
    Port         443
    TLS          On
    Splunk_Token «uuid:splunkhecfb»  ⟦splunk|Splunk HEC token in Fluent Bit⟧
"""),
    ("ops/logstash/bordereaux.conf", r"""
input {
  jdbc {
    jdbc_connection_string => "jdbc:postgresql://claims-reporting.c8w2x.us-east-2.rds.amazonaws.com:5432/claims"
    jdbc_user => "etl_owner"
    jdbc_password => "${JDBC_PASSWORD}"  ⟪environment reference⟫
    statement => "SELECT * FROM bordereaux_lines WHERE updated_at > :sql_last_value"
  }
}
output {
  opensearch {
    hosts => ["https://search-claims-search-«lo:26-osdomain».us-east-2.es.amazonaws.com:443"]  ⟪OpenSearch domain id⟫
    user => "search-admin"
    password => "${OPENSEARCH_PASSWORD}"  ⟪environment reference⟫
  }
}
"""),
    ("ops/splunk/outputs.conf", r"""
[tcpout]
defaultGroup = fhm_cloud

[tcpout:fhm_cloud]
server = idx1.fernhollow.splunkcloud.com:9997
sslPassword = «pwl:splunkssl»  ⟦password|Splunk forwarder sslPassword⟧
sslVerifyServerCert = true
"""),
    ("services/policycore/newrelic.yml", r"""
common: &default_settings
  license_key: '<%= ENV["NEW_RELIC_LICENSE_KEY"] %>'  ⟪ERB environment reference⟫
  app_name: policycore
  distributed_tracing:
    enabled: true

production:
  <<: *default_settings
  license_key: «nrlic:policycore»  ⟦newrelic|New Relic license key in newrelic.yml⟧
"""),
    ("agent-mobile/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=fernhollow
defaults.project=agent-mobile
auth.token=«sntrys:mobile»  ⟦sentry|Sentry auth token in sentry.properties⟧
"""),
]

FILES += [
    ("docs/runbooks/cat-event-surge.md", r"""
# Runbook: catastrophe event surge (hurricane, derecho, hail)

When claims-platform declares a CAT event (`CatastropheDeclared` on the bus), FNOL volume goes 10-40x.

1. Scale the FNOL router: `aws lambda put-function-concurrency --function-name fnol-router-prod --reserved-concurrent-executions 800`.
2. Scale claimsdesk workers: `kubectl -n claims scale deploy/claimsdesk-worker --replicas=24`.
3. Open the surge IVR tree in Twilio (console user `cat-ops@fernhollow.com`, the password is in 1Password, vault "Claims Ops").  ⟪pointer to a password manager⟫
4. Independent adjusters (IA firms) get temporary claimsdesk accounts. Use the bulk script with the
   shared first-login password `«pw:iafirstlogin»`; they must change it at first sign-in.  ⟦password|shared first-login password in a runbook⟧
5. PagerDuty: the surge service key is `«hex:32-pdsurge»` (integration key, Events API v2).  ⟦pagerduty|PagerDuty Events integration key in a runbook⟧
6. Raise the Textract TPS quota (Service Quotas, `L-«up:8-textractq»`).  ⟪service quota code⟫

Do not paste AWS keys into the CAT bridge channel. Use `AKIA…` placeholders in tickets, e.g. `AKIAXXXXXXXXXXXXXXXX`.  ⟪AKIAXXXX placeholder⟫
"""),
    ("docs/runbooks/mainframe-billing-cycle.md", r"""
# Runbook: daily billing cycle (z/OS) and the MQ bridge

| step | where | who | credential |
|---|---|---|---|
| submit PCBILL01 | TSO, FHMPLEX1 | ops-batch | RACF `PCBAT01` / `«pw8:racfjcl»` |  ⟦password|RACF password in a runbook table⟧
| check MQ depth | MQ Explorer, FHMPQM01 | ops-batch | `MQBRG01` / see CyberArk safe `MF-MQ`  |  ⟪pointer to a vault⟫
| restart bridge | mqbridge01/02 | platform | `sudo systemctl restart mqbridge` |
| billing web | https://billing.cmh.fernhollow.internal | billing | AD login |

If the bridge rejects the channel (MQRC 2035), the RACF password has expired: ops-batch resets it and
platform updates `MQ_PASSWORD` in `/etc/mqbridge/bridge.env` on both hosts (value: `<new RACF password>`).  ⟪placeholder⟫
"""),
    ("docs/runbooks/vendor-credentials.md", r"""
# Vendor credentials: where they live

| vendor | used by | secret location |
|---|---|---|
| LexisNexis CLUE | quoteforge | `quoteforge/prod/lexisnexis` (Secrets Manager)  |  ⟪secret name⟫
| TransUnion | quoteforge | `quoteforge/prod/transunion` |
| ISO ClaimSearch | fraud-scoring | SSM `/fraud/iso-claimsearch/password` |  ⟪SSM parameter name⟫
| Xactimate | claimsdesk | `claimsdesk/prod/xactimate` |
| Twilio | fnol | `fnol/twilio` (auth token), SID `«twac:ivr»` is not secret |  ⟪Twilio account SID⟫
| Stripe | payouts | `payouts/stripe` (`rk_live_…` restricted key), publishable `«pk:payouts»` |  ⟪Stripe publishable key⟫
| Plaid | payouts | `payouts/plaid`, client id `«hex:24-plaidclient»` |  ⟪Plaid client id⟫

Nonprod values follow the same names under `nonprod/`. Unit tests use `plaid-unit-test-secret` and
`sk_test_51unitTestsOnlyNotARealKey000000000000`; neither is accepted by any provider.  ⟪clearly marked test values⟫
The DocuSign integration key `«uuid:docusignik»` is a client id; the RSA key is the secret.  ⟪DocuSign integration key⟫
"""),
    ("docs/wiki/confluence-export-onboarding.html", r"""
<!DOCTYPE html>
<html><head><title>Claims Platform - New engineer onboarding</title><meta name="confluence-page-id" content="«num:9-confpage»"></head>  ⟪Confluence page id⟫
<body>
<h1>New engineer onboarding</h1>
<h2>Accounts</h2>
<ul>
<li>Okta: request the <code>claims-platform-eng</code> group from your manager.</li>
<li>AWS: SSO only (<code>aws sso login --profile fhm-nonprod</code>). Never create IAM users.</li>
<li>Nonprod claimsdesk admin: <code>eng-admin</code> / <code>«pwc:cdnonprodadmin»</code> (shared, rotated each quarter).</li>  ⟦password|shared nonprod admin password in a Confluence page⟧
<li>Snowflake: request <code>ACTUARIAL_READ</code>; the service user <code>SVC_RESERVING</code> is not for humans.</li>
</ul>
<h2>Local setup</h2>
<pre>cp .env.example .env   # fill in FNOL_TWILIO_AUTH_TOKEN=&lt;from 1Password&gt;</pre>  ⟪placeholder⟫
<p>Artifactory: generate your own identity token under <em>Edit Profile</em>; do not reuse <code>svc-*</code> tokens.</p>
<p>Page history: v14 by gretchen.hoffman, 2026-09-30 (<code>«sha:confrev»</code>)</p>  ⟪revision hash⟫
</body></html>
"""),
    ("services/fnol-intake/.env.example", r"""
FNOL_CLAIMSDESK_URL=http://localhost:8000
FNOL_CLAIMSDESK_API_KEY=<claimsdesk-api-key>  ⟪placeholder⟫
FNOL_TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx  ⟪placeholder SID⟫
FNOL_TWILIO_AUTH_TOKEN=your-twilio-auth-token  ⟪placeholder⟫
FNOL_RECAPTCHA_SECRET=  ⟪empty value⟫
AWS_ACCESS_KEY_ID=test  ⟪LocalStack default⟫
AWS_SECRET_ACCESS_KEY=test  ⟪LocalStack default⟫
"""),
    ("services/fnol-intake/.env", r"""
FNOL_CLAIMSDESK_URL=https://claimsdesk-stg.fernhollow.internal
FNOL_CLAIMSDESK_API_KEY=«b62:40-claimsdeskstg»  ⟦app-secret|API key in a committed .env⟧
FNOL_TWILIO_ACCOUNT_SID=«twac:ivr»  ⟪Twilio account SID⟫
FNOL_TWILIO_AUTH_TOKEN=${TWILIO_AUTH_TOKEN}  ⟪dotenv-expand reference⟫
FNOL_OPENAI_API_KEY=«oai:fnoldev»  ⟦openai|OpenAI key in .env⟧
FNOL_ANTHROPIC_API_KEY=«ant:fnoldev»  ⟦anthropic|Anthropic key in .env⟧
"""),
    ("chat/slack-export/claims-platform/2026-11-19.json", r"""
[
  {"type": "message", "user": "U05«up:8-slu1»", "ts": "1763547001.118209", "text": "FNOL router is throwing 401s from claimsdesk since the deploy"},  ⟪Slack user id⟫
  {"type": "message", "user": "U05«up:8-slu2»", "ts": "1763547090.221400", "text": "the staging key got baked into prod. correct one is «b62:40-claimsdeskapi» - updating the Lambda env now"},  ⟦app-secret|API key pasted in Slack⟧
  {"type": "message", "user": "U05«up:8-slu1»", "ts": "1763547188.330911", "text": "please put it in SSM this time :pray:"},
  {"type": "message", "user": "U05«up:8-slu3»", "ts": "1763547300.401207", "text": "also for the IA firm accounts, first-login password is «pw:iafirstlogin» until Friday"},  ⟦password|password in a Slack message⟧
  {"type": "message", "user": "U05«up:8-slu2»", "ts": "1763547420.512300", "text": "request id for the 401 was «uuid:slackreq», trace 1-«hex:8-xray1»-«hex:24-xray2»"},  ⟪request and trace ids⟫
  {"type": "message", "user": "U05«up:8-slu4»", "ts": "1763547600.600001", "text": "btw the reinsurance export user key is «akid:bordereaux», can someone check CloudTrail for it?"}  ⟦aws-key-id|key ID alone in a Slack message⟧
]
"""),
    ("chat/slack-export/actuarial/2026-10-07.json", r"""
[
  {"type": "message", "user": "U04«up:9-slact1»", "ts": "1759840100.000100", "text": "Snowflake locked SVC_RESERVING again (too many failed logins from the SAS box)"},
  {"type": "message", "user": "U04«up:9-slact2»", "ts": "1759840222.000200", "text": "unlocked. pw is still «pwc:snowreserving», someone has an old one in autoexec"},  ⟦password|service password in a Slack message⟧
  {"type": "message", "user": "U04«up:9-slact1»", "ts": "1759840300.000300", "text": "thx. file checksum for the Sept triangles: «sha256:triangles»"},  ⟪file checksum⟫
  {"type": "message", "user": "U04«up:9-slact3»", "ts": "1759840444.000400", "text": "Databricks token for the reserving job: «dapi:slackact»"}  ⟦databricks|Databricks token in a Slack message⟧
]
"""),
    ("chat/teams/broker-portal-cutover.txt", r"""
[11/14/2026 21:02] Yusuf Demir: cutover starting, freezing the old IIS farm
[11/14/2026 21:05] Colleen Brady: DNS TTL already at 60, go ahead
[11/14/2026 21:19] Yusuf Demir: sa password on the new SQL box is «pwn:brokersa», change it after we're done  ⟦password|SQL sa password in a Teams chat⟧
[11/14/2026 21:20] Colleen Brady: ok. ticket CHG0041187  ⟪change ticket number⟫
[11/14/2026 21:44] Yusuf Demir: Service Bus key for the events namespace is in the pipeline library now, not in appsettings
[11/14/2026 22:10] Colleen Brady: smoke tests green, thumbprint of the new cert is «uhex:40-certthumb»  ⟪certificate thumbprint⟫
"""),
    ("mail/2026-09-03-vendor-onboarding.eml", r"""
From: integrations@cccone-partner.com
To: claims-platform@fernhollow.com
Subject: Your production API credentials (Fernhollow Mutual)
Date: Wed, 3 Sep 2026 14:22:08 -0400
Message-ID: <«hex:24-msgid»@mail.cccone-partner.com>  ⟪message id⟫
Content-Type: text/plain; charset=utf-8

Hello Fernhollow team,

Your production tenant is live. Credentials:

  Tenant ID:   FHM-«num:6-ccctenant»
  API key:     «hex:32-cccone»  ⟦app-secret|vendor API key in an onboarding email⟧
  Webhook signing secret: «b64k:32-cccwebhook»  ⟦app-secret|webhook signing secret in an email⟧

Please store them in your secrets manager and reply to confirm receipt.
"""),
    ("tickets/jira/FHM-2402.json", r"""
{
  "key": "FHM-2402",
  "fields": {
    "summary": "Comparative rater bridge returns 403 for Harbor & Vine agencies",
    "status": {"name": "In Progress"},
    "reporter": {"accountId": "«hex:24-jiraacct»"},  ⟪Jira account id⟫
    "description": "Repro with the agency login HV-AGENCY-0117 / «pwc:acordagency» against prod. Request attached (policy-inquiry-rq.xml).",  ⟦password|agency password in a Jira description⟧
    "comment": {
      "comments": [
        {"author": {"displayName": "Everett Lin"}, "body": "EZLynx says our API user is fine; their request id «uuid:ezlynxreq»"},  ⟪vendor request id⟫
        {"author": {"displayName": "Nadia Farouk"}, "body": "Jira API token for the automation user (so the bridge can comment): «atl:jirabot»"}  ⟦atlassian|Atlassian API token in a Jira comment⟧
      ]
    }
  }
}
"""),
    ("tickets/servicenow/INC0093317.csv", r"""
number,opened_at,short_description,caller,work_notes
INC0093317,2026-11-02 08:14:55,"Policyholder cannot log in to the customer portal","Ingrid Sorensen","Customer says her password is «pwn:policyholderingrid»; reset link sent, asked her not to share passwords by phone."  ⟦?password|a policyholder's own password quoted in a ticket⟧
INC0093318,2026-11-02 08:31:02,"Adjuster laptop BitLocker recovery","Wendell Price","Recovery key id «uhex:8-blid»-«uhex:4-blid2», key given by phone after ID check"  ⟪BitLocker recovery key id⟫
INC0093321,2026-11-02 09:02:40,"SAS spawner down","Brock Tanner","svc-sasspawner password reset to «pwl:sasspawner» per runbook"  ⟦password|service password in a ServiceNow work note⟧
"""),
    ("logs/policycore/app-2026-11-18.log", r"""
2026-11-18 14:02:51.118 INFO  [main] c.f.p.PolicycoreApplication : Starting PolicycoreApplication v2026.11.2 using Java 21.0.5
2026-11-18 14:02:53.402 INFO  [main] c.z.h.HikariDataSource : HikariPool-1 - Starting...
2026-11-18 14:02:54.870 ERROR [main] c.z.h.pool.HikariPool : HikariPool-1 - Exception during pool initialization: jdbc:postgresql://pc_app:«pwc:pcapp»@policycore.cluster-c8w2x.us-east-2.rds.amazonaws.com:5432/policycore  ⟦conn-string|JDBC URL with a password in a startup log⟧
2026-11-18 14:02:55.011 INFO  [main] c.f.p.mq.BridgeClient : connecting to ssl://b-«uuid:mqbroker»-1.mq.us-east-2.amazonaws.com:61617 as policycore-bridge (password=********)  ⟪masked password⟫
2026-11-18 14:03:10.552 WARN  [http-nio-8080-exec-3] c.f.p.iso.RatingClient : ISO rating call failed, requestId=«uuid:isoreq» status=429  ⟪request id⟫
2026-11-18 14:03:12.004 DEBUG [http-nio-8080-exec-7] c.f.p.docusign.JwtAuth : token request for user «uuid:docusignuser» ok, expires_in=3600  ⟪DocuSign user id⟫
"""),
    ("logs/codebuild/agent-mobile-eas-1187.log", r"""
[Container] 2026/11/12 16:40:01.118 Running on CodeBuild On-demand
[Container] 2026/11/12 16:40:03.220 Phase context status code:  Message:
[Container] 2026/11/12 16:40:05.771 Running command printenv | sort
AWS_REGION=us-east-2
CODEBUILD_BUILD_ID=agent-mobile-eas:«uuid:cbbuild»  ⟪CodeBuild build id⟫
EAS_PROJECT_ID=«uuid:easproject»  ⟪EAS project id⟫
EXPO_TOKEN=«expo:codebuild»  ⟦expo|Expo token printed by printenv in a build log⟧
HOME=/root
[Container] 2026/11/12 16:40:06.002 Running command eas build --platform android --non-interactive
"""),
    ("logs/alb/agent-portal-2026-11-18.log", r"""
https 2026-11-18T15:04:11.201932Z app/agent-portal-alb/«hex:16-albid» 198.51.100.24:51822 10.40.3.17:8080 0.001 0.142 0.000 200 200 812 20433 "GET https://agents.fernhollow.com:443/api/policies/HO3-OH-00418822 HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:318604257719:targetgroup/portal/«hex:16-tgid» "Root=1-«hex:8-alb1»-«hex:24-alb2»"  ⟪ALB and trace ids⟫
https 2026-11-18T15:04:12.882100Z app/agent-portal-alb/«hex:16-albid» 198.51.100.24:51822 10.40.3.17:8080 0.001 0.090 0.000 302 302 640 312 "GET https://agents.fernhollow.com:443/api/docs/dl?u=https%3A%2F%2Ffhm-agent-docs.s3.us-east-2.amazonaws.com%2Fdec-pages%2FHO3-OH-00418822.pdf%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:agentdocs»%252F20261118%252Fus-east-2%252Fs3%252Faws4_request HTTP/2.0" "Mozilla/5.0" - - - "-"  ⟦aws-key-id|key ID inside a presigned URL in an ALB access log⟧
"""),
    ("logs/cloudtrail/2026-11-19-bordereaux.json", r"""
{
  "Records": [
    {
      "eventVersion": "1.10",
      "userIdentity": {
        "type": "IAMUser",
        "principalId": "«aida:reinsexport»",  ⟪IAM unique id⟫
        "arn": "arn:aws:iam::318604257719:user/reins-bordereaux-export",
        "accountId": "318604257719",
        "accessKeyId": "«akid:bordereaux»",  ⟦aws-key-id|key ID in a CloudTrail record⟧
        "userName": "reins-bordereaux-export"
      },
      "eventTime": "2026-11-19T03:14:09Z",
      "eventSource": "s3.amazonaws.com",
      "eventName": "GetObject",
      "sourceIPAddress": "203.0.113.77",
      "requestID": "«up:16-ctreq»",  ⟪request id⟫
      "eventID": "«uuid:ctevent»"  ⟪event id⟫
    },
    {
      "eventVersion": "1.10",
      "userIdentity": {
        "type": "AssumedRole",
        "principalId": "«aroa:siu»:lakshmi.rao@fernhollow.com",  ⟪IAM role unique id⟫
        "accessKeyId": "«asia:siuct»"  ⟦aws-key-id|temporary key ID in a CloudTrail record⟧
      },
      "eventName": "ListObjectsV2",
      "eventID": "«uuid:ctevent2»"
    }
  ]
}
"""),
    ("ops/iam/list-access-keys-2026-11.txt", r"""
$ aws iam list-access-keys --user-name vendor-iso-upload --output table
-------------------------------------------------------------------------------------
|                                  ListAccessKeys                                    |
+-----------------------------------------------------------------------------------+
||                               AccessKeyMetadata                                  ||
|+---------------------------+------------------------+-----------+-----------------+|
||        AccessKeyId        |       CreateDate       |  Status   |    UserName     ||
|+---------------------------+------------------------+-----------+-----------------+|
||  «akid:isoupload»     |  2026-10-02T13:02:44Z  |  Active   |  vendor-iso-upload ||  ⟦aws-key-id|key ID in an IAM key listing⟧
||  «akid:isouploadold»     |  2025-09-29T10:11:05Z  |  Inactive |  vendor-iso-upload ||  ⟦?aws-key-id|an inactive key ID in a listing⟧
|+---------------------------+------------------------+-----------+-----------------+|
"""),
    ("backups/mysql/integration_settings-2026-11-01.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: agency-portal.c8w2x.us-east-2.rds.amazonaws.com    Database: agency_portal
DROP TABLE IF EXISTS `integration_settings`;
CREATE TABLE `integration_settings` (`id` int NOT NULL, `name` varchar(64), `value` text, PRIMARY KEY (`id`));
INSERT INTO `integration_settings` VALUES (1,'hubspot_token','pat-na1-«uuid:hubspot»');  ⟦hubspot|HubSpot token in a SQL dump⟧
INSERT INTO `integration_settings` VALUES (2,'ivans_password','«pwn:ivans»');  ⟦password|agency download (IVANS) password in a SQL dump⟧
INSERT INTO `integration_settings` VALUES (3,'ivans_mailbox','HV0117');
INSERT INTO `integration_settings` VALUES (4,'session_secret_sha','«sha256:sessionsha»');  ⟪hash⟫
INSERT INTO `users` VALUES (17,'ops@harborvine.com','«bcrypt:hvops»');  ⟪bcrypt hash⟫
"""),
    ("backups/postgres/claims_roles.sql", r"""
--
-- PostgreSQL database cluster dump (roles only)
--
CREATE ROLE adjuster_ro;
ALTER ROLE adjuster_ro WITH LOGIN PASSWORD '«pgmd5:pwn:adjusterro:adjuster_ro»';  ⟪md5 password hash⟫
CREATE ROLE claimsdesk;
ALTER ROLE claimsdesk WITH LOGIN PASSWORD '«scram:cdscram2»';  ⟪SCRAM verifier⟫
CREATE ROLE etl_owner;
ALTER ROLE etl_owner WITH LOGIN PASSWORD '«pwc:etlreporting»';  ⟦password|clear-text password in a roles dump⟧
"""),
    ("exports/vendor-accounts-2026Q3.csv", r"""
vendor,portal,username,password,owner,notes
LexisNexis,https://risk.lexisnexis.com,fhm-quoting,«pwx:lnclue»,quoting,prod  ⟦password|password column in a shared-accounts CSV⟧
Lockbox Print,https://portal.lockbox-print.net,fernhollow,«pwr:lockboxsftp»,billing,SFTP + portal  ⟦password|password column in a shared-accounts CSV⟧
ISO ClaimSearch,https://claimsearch.iso.com,FHMSIU01,(CyberArk safe SIU-VENDORS),siu,  ⟪pointer to a vault⟫
Reinsurer portal,https://portal.reinsurer-portal.com,fhm-bordereaux,(SSO),reinsurance,uses Okta  ⟪SSO, no password⟫
IVANS,https://exchange.ivans.com,HV0117,see 1Password,agency,  ⟪pointer to a password manager⟫
"""),
    ("ops/leftovers/old-bridge-creds.b64", r"""
«b64:credini:oldbridge»  ⟦aws-b64|a whole credentials file, base64-encoded⟧
"""),
    ("ops/leftovers/partner-keys.hex", r"""
# hex dump the telematics vendor sent with their key rotation notice
access_key_id_hex=«hexenc:akid:cmtpartner»  ⟦aws-hex|hex-encoded access key ID⟧
secret_hex=«hexenc:awssec:cmtpartner»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("ops/leftovers/docs-export-link.txt", r"""
presigned link the old doc portal generated (expired), kept for the incident timeline:
https://fhm-agent-docs.s3.us-east-2.amazonaws.com/dec-pages/HO3-OH-00418822.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:agentdocs»%2F20261118%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Date=20261118T150412Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=«sha256:presig»  ⟦aws-key-id|key ID in a presigned URL⟧
the bridge secret as the old uploader logged it (URL-encoded): «pct:awssec:mqbridge»  ⟦aws-percent|percent-encoded secret⟧
"""),
    ("docs/adr/0019-vendor-iam-users.md", r"""
# ADR 0019: vendor IAM users instead of cross-account roles (accepted, 2025-09)

Context: the ISO ClaimSearch upload agent and the print vendor run on hosts we do not control and cannot
assume roles. We create one IAM user per vendor (`infra/cfn/vendor-iam-users.yaml`), rotate quarterly with
`ops/scripts/rotate-vendor-keys.sh`, and alarm on use from unexpected IPs.

The key that leaked in the 2025-08 incident (`«akid:isouploadold»`, since deactivated) is why the alarm exists.  ⟦?aws-key-id|a deactivated key ID quoted in an ADR⟧

Alternatives: IAM Roles Anywhere (the vendor could not install the signing helper); a presigned-URL API
(vendor refused to change their agent). Example policy ARN: `arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess`.  ⟪AWS managed policy ARN⟫
"""),
    ("docs/postmortems/2026-08-iso-upload-key.md", r"""
# Postmortem: ISO upload key exposed in a vendor support ticket (2026-08-12)

Timeline (UTC)
- 13:02 vendor support attaches our `.s3cfg` to a public Zendesk ticket.
- 13:40 GuardDuty: `UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS` for the key.
- 13:44 key `«akid:s3cmdreins»` deactivated; secret `«tail:awssec:s3cmdreins»` rotated.  ⟦?aws-key-id|a key ID quoted in a postmortem after deactivation⟧
- 14:10 CloudTrail shows 14 `ListBuckets` calls from 203.0.113.9, no data access.

Follow-ups: FHM-2231 (Secrets Manager for the DR password), FHM-1977 (MQ bridge off user keys).
The exposed file's SHA-256 was `«sha256:s3cfgsha»`.  ⟪file hash⟫
"""),
    ("docs/secret-scanning.md", r"""
# Secret scanning at Fernhollow

The pre-commit hook and the CI job block commits that contain credentials. False positives go to
`#sec-eng` with the file and line, never the value. Known non-secrets the scanner should ignore:

- AWS documentation keys (`AKIAIOSFODNN7EXAMPLE`, `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`).  ⟪AWS documentation keys⟫
- Stripe publishable keys (`pk_live_...`) and Firebase web API keys (`AIza...`).
- Twilio account SIDs (`AC` + 32 hex), DocuSign integration keys (UUIDs), Salesforce consumer keys (`3MVG9...`).
- Hashes in lock files (`package-lock.json`, `go.sum`, `.terraform.lock.hcl`).
- SOPS values such as `«sops:docsops»` and KMS ciphertext such as `«kms:docskms»`.  ⟪SOPS value⟫
"""),
    ("infra/sops/claims-nonprod.enc.yaml", r"""
xactimate:
    client_secret: «sops:sopsxact»  ⟪SOPS-encrypted value⟫
twilio:
    auth_token: «sops:sopstwilio»  ⟪SOPS-encrypted value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:604118392750:key/«uuid:sopskms»
          created_at: "2026-06-11T14:20:03Z"
          enc: «kms:sopsenc»  ⟪KMS ciphertext blob⟫
          aws_profile: ""
    lastmodified: "2026-10-01T09:12:44Z"
    mac: «sops:sopsmac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("infra/secrets/sealed-claimsdesk.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: claimsdesk-nonprod
  namespace: claims-nonprod
spec:
  encryptedData:
    DATABASE_PASSWORD: Ag«b64k:256-sealed1»  ⟪SealedSecret ciphertext⟫
    XACTIMATE_CLIENT_SECRET: Ag«b64k:256-sealed2»  ⟪SealedSecret ciphertext⟫
"""),
    ("certs/claims-docs.crt", r"""
«cert:ec-claimsdocs:claims-docs.fernhollow.internal»  ⟪certificate⟫
"""),
    ("certs/claims-docs.key", r"""
«pem:pkcs8:ec-claimsdocs»  ⟦private-key|EC private key beside its certificate⟧
"""),
    ("certs/docusign-public.pem", r"""
«pubpem:rsa-docusign»  ⟪public key PEM⟫
"""),
    ("certs/lockbox-sftp-host.pem", r"""
«pem:trad:rsa-lockboxhost»  ⟦private-key|RSA private key (PKCS#1) of an SFTP host⟧
"""),
]
