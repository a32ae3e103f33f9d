"""fresh10 templates, operations (Northmarch Energy Networks): developers' home directories, scripts,
service configs, substation and network device configs, logs, CloudTrail, tickets, chat exports, runbooks,
dumps, encoded leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/ingrid/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:ingrid»  ⟦aws-key-id|developer default profile key id⟧
aws_secret_access_key = «awssec:ingrid»  ⟦aws-secret|developer default profile secret⟧

[nmen-canada]
aws_access_key_id=«asia:ingridca»  ⟦aws-key-id|temporary key id, no spaces around =⟧
aws_secret_access_key=«awssec:ingridca»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:ingridca»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test
"""),
    ("home/ingrid/.aws/config", r"""
[default]
region = us-east-2

[profile nmen-prod-ro]
sso_session = northmarch
sso_account_id = 318406275591  ⟪account id⟫
sso_role_name = ReadOnly

[sso-session northmarch]
sso_start_url = https://northmarch.awsapps.com/start
sso_region = us-east-2

[profile docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key id⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/ingrid/.zsh_history", r"""
: 1791012230:0;aws sts get-caller-identity --profile nmen-prod-ro
: 1791012291:0;export AWS_ACCESS_KEY_ID=«akid:ingridsh»  ⟦aws-key-id|key id exported in shell history⟧
: 1791012292:0;export AWS_SECRET_ACCESS_KEY=«awssec:ingridsh»  ⟦aws-secret|secret exported in shell history⟧
: 1791012340:0;psql "postgresql://mdm_app:«pct:pwn:mdmapp»@localhost:15432/mdm"  ⟦conn-string|psql URL with password through a tunnel⟧
: 1791012501:0;restic -r s3:s3.us-east-2.amazonaws.com/nmen-restic-ops snapshots
: 1791012620:0;RESTIC_PASSWORD='«pp:restic»' restic -r s3:s3.us-east-2.amazonaws.com/nmen-restic-ops restore «hex:8-snap» --target /tmp/r  ⟦password|RESTIC_PASSWORD inline⟧
: 1791012700:0;op read op://grid/pi-webapi/password  ⟪op read, no value⟫
: 1791012802:0;mosquitto_pub -h mqtt-legacy.nmen.internal -p 8883 -u gridedge -P «pwshort:mqttgridedge» -t feeder/OH-1142/cmd -m ping  ⟦password|mosquitto_pub -P password⟧
"""),
    ("home/ingrid/.ssh/id_ed25519", r"""
«openssh:edingrid:ingrid@nmen-mbp-041»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/ingrid/.ssh/id_ed25519.pub", r"""
«sshpub:edingrid:ingrid@nmen-mbp-041»  ⟪SSH public key⟫
"""),
    ("home/ingrid/.ssh/config", r"""
Host bastion-use2
  HostName 3.142.88.17
  User ec2-user
  IdentityFile ~/.ssh/id_ed25519  ⟪identity file path⟫
Host rtu-gw-*
  ProxyJump bastion-use2
  User gridops
"""),
    ("home/rafael/.git-credentials", r"""
https://rafael-nmen:«ghp:rafaelgc»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://oauth2:«glpat:rafaelgl»@gitlab.northmarch-energy.com  ⟦gitlab|GitLab token in .git-credentials⟧
"""),
    ("home/rafael/.gitconfig", r"""
[user]
    name = Rafael Quintero
    email = rafael.quintero@northmarch-energy.com
    signingkey = «uhex:16-gpgraf»  ⟪GPG key id⟫
[credential]
    helper = osxkeychain
[url "https://rafael-nmen:«ghp:rafaelgc»@github.com/"]  ⟦github|token in a gitconfig insteadOf URL⟧
    insteadOf = https://github.com/
"""),
    ("home/rafael/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: grid-prod-use2
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: substation-lab
    cluster:
      server: https://10.60.8.10:6443
users:
  - name: grid-prod-use2
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, grid-prod]
  - name: lab-admin
    user:
      client-certificate-data: «b64cert:eclabadm:lab-admin»
      client-key-data: «b64pem:trad:eclabadm»  ⟦private-key|base64 PEM private key in kubeconfig client-key-data⟧
  - name: lab-ci
    user:
      token: «b62:48-k8stoken»  ⟦app-secret|static Kubernetes bearer token⟧
contexts:
  - name: prod
    context: {cluster: grid-prod-use2, user: grid-prod-use2}
current-context: prod
"""),
    ("home/rafael/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:rafael»"},  ⟦docker-hub|Docker Hub auth (base64 user:PAT)⟧
    "772050186343.dkr.ecr.us-east-2.amazonaws.com": {}
  },
  "credHelpers": {"772050186343.dkr.ecr.us-east-2.amazonaws.com": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/rafael/.config/containers/auth.json", r"""
{
  "auths": {
    "ghcr.io": {"auth": "«ghauth:podmanghcr»"},  ⟦github|base64 user:token for ghcr.io in a containers auth file⟧
    "quay.io": {"auth": ""}
  }
}
"""),
    ("home/rafael/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:rafael»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/rafael/.config/gh/hosts.yml", r"""
github.com:
    user: rafael-nmen
    oauth_token: «gho:rafaelgh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/meiling/.pgpass", r"""
oms.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com:5432:oms:oms_ro:«pwn:omsro»  ⟦password|.pgpass entry⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/meiling/.my.cnf", r"""
[client]
host=cportal-mysql.nmen.internal
user=meiling
password="«pw:meilingmysql»"  ⟦password|.my.cnf password⟧
"""),
    ("home/meiling/.netrc", r"""
machine nmen.jfrog.io
login ci-reader
password «pwr:artreader»  ⟦password|.netrc password repeated⟧

machine api.heroku.com
login meiling@northmarch-energy.com
password «heroku:meiling»  ⟦app-secret|Heroku API key (UUID) in .netrc⟧
"""),
    ("home/meiling/.snowsql/config", r"""
[connections.settle]
accountname = nmen-grid01
username = MEILING
password = «pwn:nbsnow»  ⟦password|SnowSQL config password repeated⟧
warehousename = ANALYST_WH

[options]
log_level = INFO
"""),
    ("home/meiling/.config/pypoetry/auth.toml", r"""
[http-basic.nmen]
username = "ci-reader"
password = "«pwr:artreader»"  ⟦password|poetry auth.toml password⟧
"""),
    ("home/meiling/.condarc", r"""
channels:
  - https://nmen:«pwc:condachan»@nmen.jfrog.io/artifactory/api/conda/conda-virtual  ⟦conn-string|conda channel URL with password⟧
  - conda-forge
ssl_verify: true
"""),
    ("home/tobias/.gem/credentials", r"""
---
:rubygems_api_key: rubygems_«hex:48-rubygems»  ⟦app-secret|RubyGems API key⟧
:nexus: Basic «basic:gemnexus»  ⟦password-b64|base64 basic auth for a gem source⟧
"""),
    ("home/tobias/.cargo/credentials.toml", r"""
[registry]
token = "cio«b62:32-cratesio»"  ⟦app-secret|crates.io API token⟧

[registries.nmen]
token = "Bearer «b62:40-cargonexus»"  ⟦app-secret|private Cargo registry token⟧
"""),
    ("home/tobias/.bundle/config", r"""
---
BUNDLE_PATH: "vendor/bundle"
BUNDLE_GEMS__CONTRIBSYS__COM: "«hex:8-sqid»:«hex:8-sqpw»"  ⟦app-secret|Sidekiq Pro credentials in bundler config⟧
BUNDLE_NMEN__JFROG__IO: "ci-reader:«pwr:artreader»"  ⟦password|bundler source credentials⟧
"""),
    ("home/tobias/.sbt/.credentials", r"""
realm=Artifactory Realm
host=nmen.jfrog.io
user=ci-deployer
password=«pwx:mavendeploy»  ⟦password|sbt credentials password repeated⟧
"""),
    ("home/tobias/.config/helm/repositories.yaml", r"""
apiVersion: ""
generated: "2026-09-30T10:12:44.118Z"
repositories:
  - name: nmen
    url: https://nmen.jfrog.io/artifactory/api/helm/helm-local
    username: helm-reader
    password: «pwc:helmreader»  ⟦password|Helm repositories.yaml password⟧
  - name: bitnami
    url: https://charts.bitnami.com/bitnami
    username: ""
    password: ""
"""),
    ("home/tobias/.mc/config.json", r"""
{
  "version": "10",
  "aliases": {
    "lab-minio": {"url": "https://minio.lab.nmen.internal:9000", "accessKey": "lidar-ingest", "secretKey": "«b62:40-minio»", "api": "s3v4", "path": "auto"},  ⟦app-secret|MinIO secret key in mc config⟧
    "s3": {"url": "https://s3.amazonaws.com", "accessKey": "«akid:mcs3»", "secretKey": "«awssec:mcs3»", "api": "s3v4", "path": "dns"},  ⟦aws-key-id|AWS key pair in one mc alias line⟧
    "play": {"url": "https://play.min.io", "accessKey": "«docs:minioid»", "secretKey": "«docs:miniosecret»", "api": "s3v4", "path": "auto"}  ⟪MinIO public play server documented credentials⟫
  }
}
"""),
    ("home/tobias/.saml2aws", r"""
[default]
name                 = default
app_id               =
url                  = https://northmarch.okta.com/home/amazon_aws/«b62:20-oktaapp»/272
username             = tobias.brandt@northmarch-energy.com
password             = «pwn:tobiasokta»  ⟦password|password saved in saml2aws config⟧
provider             = Okta
mfa                  = PUSH
aws_profile          = nmen-saml
"""),
    ("home/tobias/.muttrc", r"""
set from = "tobias.brandt@northmarch-energy.com"
set imap_user = "tobias.brandt@northmarch-energy.com"
set imap_pass = "«pwn:tobiasmail»"  ⟦password|mutt IMAP password⟧
set smtp_url = "smtp://tobias.brandt@northmarch-energy.com@smtp.office365.com:587/"
set smtp_pass = `pass show nmen/mail`  ⟪password manager command⟫
"""),
    ("home/tobias/.msmtprc", r"""
defaults
auth on
tls on
account ses
host email-smtp.us-east-2.amazonaws.com
port 587
user «akid:sesmsmtp»  ⟦aws-key-id|SES SMTP key id in msmtprc⟧
password «sesv4:msmtp»  ⟦aws-ses-smtp|SES SMTP password in msmtprc⟧
from noreply@northmarch-energy.com
account default : ses
"""),
    ("home/nadia/sftp-config.json", r"""
{
    // Sublime SFTP, vegetation contractor drop
    "type": "sftp",
    "host": "s-«hex:17-transferid».server.transfer.us-east-2.amazonaws.com",  ⟪Transfer server id⟫
    "user": "asplundh-ohio",
    "password": "«pwc:sublimesftp»",  ⟦password|Sublime SFTP password⟧
    "remote_path": "/nmen-veg-drop/asplundh",
    "upload_on_save": false
}
"""),
    ("home/nadia/.vscode/sftp.json", r"""
{
    "name": "historian lab",
    "host": "10.60.8.31",
    "protocol": "sftp",
    "port": 22,
    "username": "gridops",
    "privateKeyPath": "~/.ssh/id_ed25519",  ⟪key path⟫
    "passphrase": "«pp:nadiakey»",  ⟦password|SSH key passphrase in VS Code sftp.json⟧
    "remotePath": "/opt/pi-replay"
}
"""),
    ("home/nadia/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser svc-pibridge -Properties PasswordLastSet
cmdkey /add:pi-da01.scada.nmen.internal /user:NMEN\svc-pibridge /pass:«pwn:pibridgeapp»  ⟦password|cmdkey /pass: password in PowerShell history⟧
$cred = Get-Credential  ⟪interactive prompt⟫
Set-ADAccountPassword -Identity svc-oms -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "«pw:svcomsreset»" -Force)  ⟦password|Set-ADAccountPassword with a plaintext secure string⟧
net use Z: \\fs01.nmen.internal\gis /user:NMEN\nadia.k «pwn:nadiaad»  ⟦password|net use password⟧
"""),
    ("home/nadia/Desktop/pi-da01.rdp", r"""
full address:s:pi-da01.scada.nmen.internal
username:s:NMEN\nadia.k
prompt for credentials:i:0
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000«uhex:300-dpapi»  ⟪DPAPI-encrypted RDP password⟫
"""),
    ("home/nadia/export/putty-sessions.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\rtu-gw-01]
"HostName"="rtu-gw-01.scada.nmen.internal"
"UserName"="gridops"
"PublicKeyFile"="C:\\Users\\nadia.k\\.ssh\\gridops.ppk"

[HKEY_CURRENT_USER\Software\ORL\WinVNC3\Password]
"Password"=hex:«hexpairs:8-vnc»  ⟦?password|VNC-obfuscated password (fixed DES key, reversible)⟧
"""),
    ("home/desmond/.envrc", r"""
export AWS_PROFILE=nmen-nonprod
export PAGERDUTY_TOKEN=«b62:20-pdrest»  ⟦pagerduty|PagerDuty REST token in direnv⟧
export AGE_KEY=«age:desmond»  ⟦private-key|age secret key in .envrc⟧
export SOPS_AGE_RECIPIENTS=age1«lo:58-agepub»  ⟪age public recipient⟫
"""),
    ("home/desmond/.config/rclone/rclone.conf", r"""
[r2]
type = s3
provider = Cloudflare
access_key_id = «hex:32-r2id»
secret_access_key = «hex:64-r2secret»  ⟦app-secret|R2 secret repeated in rclone.conf⟧
endpoint = https://«hex:32-cfacct».r2.cloudflarestorage.com

[veg-sftp]
type = sftp
host = sftp.asplundh.com
user = northmarch
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/desmond/wg0.conf", r"""
[Interface]
PrivateKey = «b64k:32-u20»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.14/32

[Peer]
PublicKey = «b64k:32-u21»  ⟪WireGuard public key⟫
Endpoint = vpn.northmarch-energy.com:51820
AllowedIPs = 10.60.0.0/16
"""),
    ("logs/nginx/cportal-access-2026-10-05.log", r"""
10.42.7.19 - - [05/Oct/2026:09:14:02 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rid=«hex:32-ngx1»  ⟪request id⟫
10.42.7.19 - - [05/Oct/2026:09:14:09 +0000] "POST /admin/integrations/aws?secret_key=«pct:awssec:cportalform»&region=us-east-2 HTTP/1.1" 302 0 "-" "Mozilla/5.0"  ⟦aws-percent|percent-encoded AWS secret alone in an access log query string⟧
10.42.7.19 - - [05/Oct/2026:09:14:11 +0000] "GET /admin/integrations HTTP/1.1" 200 5120 "-" "Mozilla/5.0" rid=«hex:32-ngx2»
"""),
    ("docs/runbooks/evcharge-payments.md", r"""
# EV fleet charging payments

Refunds for fleet card disputes go through Stripe. The refunds job uses a restricted key
(`refunds:write`, `charges:read` only): `«rk:evrefund»`.  ⟦stripe|Stripe restricted key quoted in a runbook⟧
The webhook endpoint id is `we_«b62:24-stripewe»`; the signing secret is in SSM (`/evcharge/stripe/whsec`).  ⟪webhook endpoint id and SSM path⟫
Publishable key for the depot kiosk: `«pk:evcharge»` (public by design).  ⟪Stripe publishable key⟫
"""),
    ("scripts/rotate-mqtt-broker-key.sh", r"""
#!/usr/bin/env bash
# rotates the access key written into the MQTT broker's UserData (GRID-3511)
set -euo pipefail
OLD_KEY=«akid:mqttbroker»  ⟦aws-key-id|old key id hard-coded in a rotation script⟧
NEW=$(aws iam create-access-key --user-name mqtt-broker --query AccessKey --output json)  ⟪command substitution⟫
aws iam update-access-key --user-name mqtt-broker --access-key-id "$OLD_KEY" --status Inactive
echo "$NEW" | jq -r .AccessKeyId
"""),
    ("scripts/restore-oms.sh", r"""
#!/bin/bash
set -e
export PGPASSWORD="«pwc:omsmigrate»"  ⟦password|PGPASSWORD exported in a script⟧
pg_restore -h oms.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com -U oms_migrate -d oms_restore "$1"
redis-cli -h fieldops-cache.x1lq2d.use2.cache.amazonaws.com --tls -a "«pwr:fieldredis»" FLUSHDB  ⟦password|redis-cli -a password⟧
"""),
    ("scripts/sync_pi_tags.py", r"""
#!/usr/bin/env python3
'''Copy PI point definitions into the asset registry (run from the historian bridge).'''
import argparse
import requests
from requests_ntlm import HttpNtlmAuth

ap = argparse.ArgumentParser()
ap.add_argument("--user", default="NMEN\\svc-pitags")
ap.add_argument("--password", default="«pwn:pitags»")  ⟦password|argparse default password⟧
a = ap.parse_args()
s = requests.Session()
s.auth = HttpNtlmAuth(a.user, a.password)
points = s.get("https://pi.nmen.internal/piwebapi/dataservers/F1DS«b62:22-pisrv»/points").json()  ⟪PI WebID⟫
"""),
    ("scripts/Deploy-HistorianBridge.ps1", r"""
param([string]$Target = "pi-bridge-01")
$user = "NMEN\svc-deploy"
$pass = ConvertTo-SecureString "«pwc:svcdeploy»" -AsPlainText -Force  ⟦password|PowerShell plaintext secure string⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$s3Key = Read-Host -AsSecureString "S3 key"  ⟪interactive prompt⟫
Invoke-Command -ComputerName $Target -Credential $cred -ScriptBlock { Restart-Service HistorianBridge }
"""),
    ("scripts/ami_backfill.sql", r"""
-- one-off backfill from the legacy MDM over a database link (run as MDM_ADMIN)
CREATE DATABASE LINK legacy_mdm CONNECT TO mdm_ro IDENTIFIED BY «pw6:mdmoraro» USING 'MDMPRD';  ⟦password|Oracle database link IDENTIFIED BY⟧
INSERT INTO interval_read SELECT * FROM interval_read@legacy_mdm WHERE read_ts > DATE '2026-01-01';
"""),
    ("ops/crontab.historian", r"""
# m h dom mon dow command
15 1 * * * AWS_ACCESS_KEY_ID=«akid:pibridge» AWS_SECRET_ACCESS_KEY=«awssec:pibridge» aws s3 sync /data/pi-export s3://nmen-historian-lake/raw/  ⟦aws-key-id|key pair on one crontab line⟧
0 3 * * 0 /opt/pi/bin/piartool -backup /backup >> /var/log/pi-backup.log 2>&1
"""),
    ("ops/systemd/oms-gateway.service", r"""
[Unit]
Description=OMS SCADA alarm gateway
After=network-online.target

[Service]
User=omsgw
Environment=OMS_DB_PASSWORD=«pwn:omsgw»  ⟦password|systemd Environment= password⟧
EnvironmentFile=-/etc/oms-gateway/gateway.env
LoadCredentialEncrypted=esri:/etc/credstore.encrypted/esri  ⟪systemd encrypted credential⟫
ExecStart=/opt/oms-gateway/bin/gateway

[Install]
WantedBy=multi-user.target
"""),
    ("ops/haproxy/haproxy.cfg", r"""
global
    log /dev/log local0
userlist ops
    user gridops insecure-password «pwl:haproxyops»  ⟦password|HAProxy insecure-password⟧
    user viewer password «bcrypt:haproxyview»  ⟪bcrypt hash⟫
listen stats
    bind :8404
    stats enable
    stats auth admin:«pwshort:haproxystats»  ⟦password|HAProxy stats auth⟧
"""),
    ("ops/mosquitto/passwd", r"""
gridedge:$7$101$«b64k:12-u22»$«b64k:64-u23»  ⟪Mosquitto PBKDF2 hash⟫
telegraf:$7$101$«b64k:12-u24»$«b64k:64-u25»
"""),
    ("ops/mosquitto/bridge.conf", r"""
connection iot-core-bridge
address a3kx9q1vz7m2pd-ats.iot.us-east-2.amazonaws.com:8883
bridge_cafile /etc/mosquitto/certs/AmazonRootCA1.pem
bridge_keyfile /etc/mosquitto/certs/bridge.key  ⟪key file path⟫
connection legacy-substations
address 10.60.4.30:1883
remote_username subs-bridge
remote_password «pwshort:subsbridge»  ⟦password|Mosquitto bridge remote_password⟧
"""),
    ("ops/sssd/sssd.conf", r"""
[domain/nmen.internal]
id_provider = ldap
ldap_uri = ldaps://ldap.nmen.internal
ldap_default_bind_dn = uid=svc-sssd,ou=services,dc=nmen,dc=internal
ldap_default_authtok_type = password
ldap_default_authtok = «pwc:sssdbind»  ⟦password|sssd ldap_default_authtok⟧
"""),
    ("ops/strongswan/ipsec.secrets", r"""
# site-to-site to the Toledo control centre
198.51.100.24 203.0.113.7 : PSK "«pwx:ipsecpsk»"  ⟦password|IPsec pre-shared key⟧
: RSA /etc/ipsec.d/private/gw.key  ⟪key file reference⟫
"""),
    ("ops/network/core-sw01.cfg", r"""
hostname core-sw01-akron
!
enable secret 5 $1$«b62:4-ciscosalt»$«b62:22-ciscomd5»  ⟪Cisco type 5 MD5 hash⟫
username netops privilege 15 secret 9 $9$«b62:14-c9salt»$«b62:43-c9hash»  ⟪Cisco type 9 scrypt hash⟫
username rancid password 7 «uhex:22-cisco7»  ⟦?password|Cisco type 7 password (reversible without a key)⟧
!
snmp-server community public RO  ⟪default SNMP community⟫
tacacs server ise01
 address ipv4 10.60.0.40
 key 0 «pwc:tacacskey»  ⟦password|TACACS+ key in clear (type 0)⟧
!
"""),
    ("ops/substation/relay-sel751-f1142.txt", r"""
SEL-751 settings export, feeder OH-1142 (Akron North substation), 2026-08-19
Port 1: DNP3 LAN/WAN, master address 1, outstation 42
Access level passwords (changed from factory at commissioning):
  ACC  «pw6:selacc»  ⟦password|SEL relay access-level password⟧
  2AC  «pw6:sel2ac»  ⟦password|SEL relay level-2 password⟧
Factory defaults on the bench spare (not installed): ACC OTTER, 2AC TAIL  ⟪published factory defaults⟫
"""),
    ("ops/substation/dnp3-outstations.csv", r"""
station,ip,outstation,auth_mode,update_key
Akron North,10.60.4.21,42,SAv5,«uhex:32-dnp3uk1»  ⟦app-secret|DNP3 Secure Authentication update key⟧
Toledo East,10.60.5.21,43,SAv5,«uhex:32-dnp3uk2»  ⟦app-secret|DNP3 Secure Authentication update key⟧
Canton West,10.60.6.21,44,none,
"""),
    ("ops/rundeck/jobs/pi-restart.yaml", r"""
- name: restart PI bridge
  group: historian
  sequence:
    commands:
      - exec: sudo systemctl restart pi-bridge
      - script: |
          curl -s -u admin:«pwn:rundeckadm» https://rundeck.nmen.internal/api/45/job/«uuid:rdjob»/run  ⟦password|curl -u password in a Rundeck job⟧
  options:
    - name: db_password
      secure: true
      storagePath: keys/historian/db  ⟪Rundeck key storage path⟫
"""),
    ("ops/grafana/grafana.ini", r"""
[security]
admin_user = admin
admin_password = «pw:grafanaadm»  ⟦password|grafana.ini admin password⟧
secret_key = «b62:32-grafanasec»  ⟦app-secret|grafana.ini secret_key⟧

[smtp]
enabled = true
host = email-smtp.us-east-2.amazonaws.com:587
user = «akid:sesgrafana»  ⟦aws-key-id|SES SMTP key id in grafana.ini⟧
password = $__file{/etc/grafana/ses-password}  ⟪file provider reference⟫
"""),
    ("ops/nginx/.htpasswd", r"""
gridops:«apr1:nginx1»  ⟪apr1 hash⟫
viewer:«apr1:nginx2»
"""),
    ("ops/vpn/akron-field.ovpn", r"""
client
dev tun
proto udp
remote vpn-field.northmarch-energy.com 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Northmarch Field VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|client private key inline in an OpenVPN profile⟧
</key>
"""),
    ("ops/vpn/creds.txt", r"""
field-tablet-17
«pwc:fieldvpn»  ⟦password|OpenVPN auth-user-pass password line⟧
"""),
    ("ops/tls/csip.key", r"""
«pem:pkcs8:rsacsip»  ⟦private-key|IEEE 2030.5 server TLS key (RSA)⟧
"""),
    ("ops/tls/csip.crt", r"""
«cert:rsacsip:csip.northmarch-energy.com»  ⟪certificate⟫
"""),
    ("ops/keys/vtn-signing.pem", r"""
«pem:trad:ecvtn»  ⟦private-key|EC private key (SEC1) for OpenADR signing⟧
"""),
    ("ops/keys/vtn-signing.pub.pem", r"""
«pubpem:ecvtn»  ⟪public key PEM⟫
"""),
    ("ops/sops/grid-secrets.enc.yaml", r"""
pi_webapi_password: «sops:pi»  ⟪SOPS value⟫
samsara_token: «sops:samsara»  ⟪SOPS value⟫
sops:
    age:
        - recipient: age1«lo:58-agepub»
          enc: |
            -----BEGIN AGE ENCRYPTED FILE-----  ⟪age-encrypted data key⟫
            YWdlLWVuY3J5cHRpb24ub3JnL3YxCi0+IFgyNTUxOSB«b62:40-agehdr»
            -----END AGE ENCRYPTED FILE-----
    lastmodified: "2026-10-30T12:01:55Z"
    mac: ENC[AES256_GCM,data:«b64k:48-u26»,iv:«b64k:32-u27»,tag:«b64k:16-u28»,type:str]  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("docs/runbooks/storm-mode.md", r"""
# Storm mode runbook (OMS + IVR)

1. Page the storm desk via PagerDuty (`storm-desk` service).
2. Raise IVR capacity: Amazon Connect instance `«uuid:connectinst»`, queue `storm-overflow`.  ⟪instance id⟫
3. If the OMS database is unreachable from the IVR, use the break-glass login
   `oms_breakglass` / `«pw:omsbreakglass»` on the read replica (rotate afterwards!).  ⟦password|break-glass password in a runbook⟧
4. Mutual-aid crews get the field VPN profile; the shared password is in 1Password ("Field VPN").  ⟪pointer to a password manager⟫
5. Public outage map cache purge: `curl -X POST -H "Fastly-Key: «fastly:outagemap»" https://api.fastly.com/service/«b62:22-fastlysvc»/purge_all`  ⟦app-secret|Fastly key in a runbook command⟧
"""),
    ("docs/runbooks/pi-historian.md", r"""
# PI historian bridge

The bridge runs as `NMEN\svc-pibridge` (password: **«pwn:pibridgeapp»**, same as in LDAP seed).  ⟦password|bold password in a runbook sentence⟧
PI Web API basic auth for OMF ingest is the header below (base64 of user:password):

    Authorization: Basic «basic:piomf»  ⟦password-b64|base64 basic-auth header repeated in docs⟧

Backups: see `infra/ssm/run-pi-backup.json`. The backup password lives in SSM `/pi/backup/password`.  ⟪parameter path⟫
"""),
    ("docs/onboarding/data-team.md", r"""
# Data team onboarding

- Snowflake: request a user in #data-access. Shared service user for dashboards: `SVC_DASH` / `«pwc:svcdash»`.  ⟦password|shared service password in onboarding doc⟧
- EIA and NOAA keys: EIA key `«b62:40-eia»` is the team key, do not regenerate.  ⟦app-secret|EIA key quoted in onboarding doc⟧
- Never commit `AKIA...` keys; use `aws sso login --profile nmen-prod-ro`.  ⟪truncated key prefix in advice⟫
- Example of what a leaked key looks like in our docs: `AKIAXXXXXXXXXXXXXXXX`.  ⟪masked key⟫
"""),
    ("docs/adr/0031-iot-core-instead-of-static-keys.md", r"""
# ADR 0031: feeder sensors move from static keys to IoT Core certificates

Status: accepted (2026-07-02)

The Mosquitto broker wrote `«akid:mqttbroker»` into its UserData; that key was deactivated on 2026-07-10.  ⟦?aws-key-id|deactivated key id quoted in an ADR⟧
Sensors now authenticate with per-device X.509 certificates; the CA ARN is
`arn:aws:iot:us-east-2:318406275591:cacert/«hex:64-iotca»`.  ⟪CA certificate id in an ARN⟫
"""),
    ("docs/postmortems/2026-08-21-sms-outage.md", r"""
# Postmortem: outage SMS not delivered for 47 minutes

Impact: 18,204 customers in Summit County got no restoration texts.
Root cause: the Mailgun key `«mailgun:oldmg»` had been revoked after it was posted in a public gist, and the  ⟦?app-secret|revoked Mailgun key quoted in a postmortem⟧
fallback to Twilio used a stale auth token. Request ids: «uuid:pmreq1», «uuid:pmreq2».  ⟪request ids⟫
Action items: GRID-3620 move all notification keys to Secrets Manager.
"""),
    ("docs/confluence/scada-dmz-access.html", r"""
<html><body>
<h1>SCADA DMZ access</h1>
<p>Jump host: <code>jump-dmz.scada.nmen.internal</code>. Local account for emergencies:</p>
<table>
<tr><th>Host</th><th>User</th><th>Password</th></tr>
<tr><td>hmi-ws-07</td><td>hmiadmin</td><td>«pwl:hmiadmin»</td></tr>  ⟦password|password in a Confluence table⟧
<tr><td>rtu-gw-01</td><td>gridops</td><td>(key only)</td></tr>  ⟪no password⟫
</table>
</body></html>
"""),
    ("docs/vendor/itron-onboarding.eml", r"""
From: integration-support@itron.example.net
To: grid-data@northmarch-energy.com
Subject: OpenWay Riva API access for Northmarch
Date: Tue, 14 Apr 2026 16:02:11 -0400
Message-ID: <«hex:24-msgid»@mail.itron.example.net>

Hi team,

Your production API credentials are below. Please store them securely.

  Client ID:     nmen-prod-riva
  Client secret: «b62:44-itronriva»  ⟦app-secret|vendor client secret in an e-mail⟧

Regards, Itron Integration Support
"""),
    ("chat/slack-grid-ops-2026-09.json", r"""
[
  {"type": "message", "user": "U04«up:8-su1»", "ts": "1788001201.000200", "text": "who has the PI bridge creds? the scheduled export failed"},
  {"type": "message", "user": "U05«up:8-su2»", "ts": "1788001299.000300", "text": "svc-pibridge / «pwn:pibridgeapp» - please dont paste it anywhere else"},  ⟦password|password pasted in Slack⟧
  {"type": "message", "user": "U04«up:8-su1»", "ts": "1788001390.000400", "text": "thx. also the broker key is «akid:mqttbroker» right?"},  ⟦aws-key-id|key id in a Slack message⟧
  {"type": "message", "user": "U05«up:8-su2»", "ts": "1788001411.000500", "text": "yes, secret is «awssec:mqttbroker»"},  ⟦aws-secret|secret in a Slack message⟧
  {"type": "message", "subtype": "bot_message", "ts": "1788001500.000600", "text": "Deploy outage-mgr «sha:slackdeploy» succeeded"}  ⟪commit SHA⟫
]
"""),
    ("chat/teams-fieldops-migration.txt", r"""
[10/02/2026 09:14] Yusuf Demir: the Salesforce integration user is fs_integration@northmarch-energy.com
[10/02/2026 09:15] Yusuf Demir: password «pwn:sfinteg» + security token «sfpw:sfinteg»  ⟦password|Salesforce password and security token in Teams⟧
[10/02/2026 09:17] Marisol Vega: got it, I'll move it to Secrets Manager under fieldops/salesforce
[10/02/2026 09:20] Marisol Vega: ARN arn:aws:secretsmanager:us-east-2:318406275591:secret:fieldops/salesforce-«b62:6-sfsm»  ⟪Secrets Manager ARN⟫
"""),
    ("chat/mattermost-scada-export.jsonl", r"""
{"type":"post","post":{"team":"grid","channel":"scada-dmz","user":"piotr","message":"HMI ws-07 local admin reset to «pw:hmireset», change at next login","create_at":1789102233000}}  ⟦?password|temporary reset password in chat⟧
{"type":"post","post":{"team":"grid","channel":"scada-dmz","user":"hana","message":"ok, firewall change CHG0041187 approved","create_at":1789102299000}}
{"type":"post","post":{"team":"grid","channel":"scada-dmz","user":"piotr","message":"RTU gw enable pw is still the same as the relay ACC, «pw6:selacc»","create_at":1789102400000}}  ⟦password|password in a Mattermost export⟧
"""),
    ("tickets/GRID-3318.md", r"""
# GRID-3318 Itron export user

Created `vendor-itron-export` with key `«akid:itronexport»`; secret sent to Itron via their portal.  ⟦aws-key-id|key id quoted in a ticket⟧
Secret (for our records until the vault migration): `«awssec:itronexport»`  ⟦aws-secret|secret quoted in a ticket⟧
Linked: CHG0040921, request id «uuid:grid3318»  ⟪request id⟫
"""),
    ("tickets/SNOW-INC0093317.txt", r"""
Number: INC0093317
Caller: residential customer, account 4410-9921-07
Short description: cannot log in to My Account
Work notes: customer read out her password «pwn:customerpw» over the phone; confirmed it works, issue was MFA.  ⟦?password|a customer's own password quoted in a ticket⟧
Resolution: MFA reset. Audit id «uuid:snowaudit»  ⟪audit id⟫
"""),
    ("tickets/SNOW-RITM0210044.txt", r"""
Number: RITM0210044
Item: Contractor portal account
Work notes: account for Davey Tree foreman created, temporary password «pw:daveytemp» (must change at first login).  ⟦?password|temporary first-login password in a ticket⟧
"""),
    ("logs/outage-mgr/api-2026-09-14.log", r"""
2026-09-14T18:02:11.412Z INFO  request_id=«uuid:log1» GET /api/v2/incidents?circuit=OH-1142 200 41ms  ⟪request id⟫
2026-09-14T18:02:12.003Z ERROR db connect failed: postgresql://oms_notify:«pct:pwx:omsnotify»@oms.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com:5432/oms timeout  ⟦conn-string|database URL with password in an error log⟧
2026-09-14T18:02:13.551Z WARN  twilio retry sid=SM«hex:32-smsid» status=429  ⟪message SID⟫
2026-09-14T18:02:14.900Z DEBUG mailgun POST https://api:«mailgun:outage»@api.mailgun.net/v3/mg.northmarch-energy.com/messages  ⟦app-secret|Mailgun key in a debug URL⟧
2026-09-14T18:02:15.000Z INFO  cache key=tiles:z12:«hex:16-tilekey» hit  ⟪cache key⟫
"""),
    ("logs/codebuild/gridedge-2291.log", r"""
[Container] 2026/10/03 11:02:44.118 Running command printenv | sort
CODEBUILD_BUILD_ID=gridedge-build:«uuid:cbid»  ⟪build id⟫
GITHUB_TOKEN=«ghp:gridedgecb»  ⟦github|token printed by printenv in a build log⟧
GOPRIVATE=github.com/northmarch-energy/*
SONAR_TOKEN=***  ⟪masked by CodeBuild⟫
[Container] 2026/10/03 11:02:45.001 Phase complete: BUILD State: SUCCEEDED
"""),
    ("logs/alb/myaccount-2026-10-01.log", r"""
https 2026-10-01T13:11:08.118Z app/myaccount-alb/«hex:16-albid» 73.22.14.9:51234 10.42.3.18:3000 0.001 0.032 0.000 200 200 512 2211 "GET https://my.northmarch-energy.com:443/api/usage?range=30d HTTP/2.0" "Mozilla/5.0" - - arn:aws:elasticloadbalancing:us-east-2:318406275591:targetgroup/myaccount/«hex:16-tg» "Root=1-«hex:8-xr1»-«hex:24-xr2»"  ⟪trace id⟫
https 2026-10-01T13:11:09.402Z app/myaccount-alb/«hex:16-albid» 73.22.14.9:51236 10.42.3.18:3000 0.001 0.020 0.000 200 200 498 118 "GET https://my.northmarch-energy.com:443/bills/2026-09.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261001%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-sig» HTTP/2.0" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an access log⟧
"""),
    ("logs/cloudtrail/318406275591_CloudTrail_us-east-2_20261002T1410Z.json", r"""
{"Records": [
  {"eventVersion": "1.09", "eventTime": "2026-10-02T14:08:51Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:pib»", "arn": "arn:aws:iam::318406275591:user/pi-bridge",  ⟪IAM unique id⟫
    "accountId": "318406275591", "accessKeyId": "«akid:pibridge»", "userName": "pi-bridge"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "10.60.8.31", "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctev»"}  ⟪request and event ids⟫
]}
"""),
    ("ops/iam/access-keys-2026-10.csv", r"""
user,access_key_id,status,created,last_used
pi-bridge,«akid:pibridge»,Active,2025-03-02,2026-10-02  ⟦aws-key-id|active key id in a key listing⟧
mqtt-broker,«akid:mqttbroker»,Inactive,2024-11-19,2026-07-09  ⟦?aws-key-id|inactive key id in a key listing⟧
vendor-itron-export,«akid:itronexport»,Active,2026-04-15,2026-10-01  ⟦aws-key-id|active key id in a key listing⟧
"""),
    ("ops/accounts/shared-logins.csv", r"""
system,url,username,password,owner
Samsara dashboard,https://cloud.samsara.com,fleet@northmarch-energy.com,«pwc:samsaraweb»,fleet  ⟦password|shared login in a CSV⟧
ArcGIS portal,https://gis.northmarch-energy.com/portal,nmen_gis_admin,«pwl:arcgisportal»,gis  ⟦password|shared login repeated in a CSV⟧
Tomorrow.io,https://app.tomorrow.io,weather@northmarch-energy.com,(SSO),ops  ⟪SSO, no password⟫
"""),
    ("backups/mysql/cportal-users-2026-09-01.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39
INSERT INTO `users` VALUES (1,'admin@northmarch-energy.com','«bcrypt:cportal1»','2024-01-11');  ⟪bcrypt hash⟫
INSERT INTO `integrations` VALUES (3,'davey-tree','api','«b62:40-daveyapi»','2026-02-02');  ⟦app-secret|integration API key in a dump row⟧
CREATE USER 'cportal_ro'@'%' IDENTIFIED BY '«pwn:cportalro»';  ⟦password|CREATE USER IDENTIFIED BY in a dump⟧
"""),
    ("backups/postgres/oms-roles.sql", r"""
CREATE ROLE oms_app;
ALTER ROLE oms_app WITH LOGIN PASSWORD '«scram:omsapp»';  ⟪SCRAM verifier⟫
CREATE ROLE oms_report;
ALTER ROLE oms_report WITH LOGIN PASSWORD '«pwshort:omsreport»';  ⟦password|ALTER ROLE with a clear password⟧
"""),
    ("backups/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider>
  <domainCredentialsMap>
    <entry>
      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <id>pi-webapi-svc</id>
        <username>NMEN\svc-piwebapi</username>
        <password>{«b64k:64-u29»}</password>  ⟪Jenkins-encrypted password⟫
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|a whole credentials file base64-encoded⟧
"""),
    ("leftovers/key-hex.txt", r"""
# from the old broker image, hex of the secret (xxd -p)
«hexenc:awssec:mqttbroker»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /admin/integrations/aws HTTP/1.1
Host: cportal.northmarch-energy.com
Content-Type: application/x-www-form-urlencoded

access_key=«akid:cportalform»&secret_key=«pct:awssec:cportalform»&region=us-east-2  ⟦aws-key-id|key id and percent-encoded secret in a form body⟧
"""),
    ("leftovers/escaped-config.ndjson", r"""
{"service":"pi-export","config":"{\"aws_secret_access_key\":\"«jesc:awssec:piexportcfg»\",\"bucket\":\"nmen-historian-lake\"}"}  ⟦aws-secret|JSON-escaped secret inside a string⟧
{"service":"pi-export","unicode":"«uesc:awssec:piexportcfg»"}  ⟦aws-secret|\u-escaped AWS secret⟧
"""),
    ("leftovers/double-b64.txt", r"""
# found in a Helm release secret (helm stores releases base64 twice)
«b64b64:awssec:helmrelease»  ⟦aws-b64|double base64 AWS secret⟧
"""),
]
