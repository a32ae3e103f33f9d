"""fresh11 templates, operations (Quillmere Biosciences): developers' home directories, scripts, service configs,
runbooks and docs, chat exports, tickets, logs, dumps, encoded leftovers, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/tariq/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:tariq»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:tariq»  ⟦aws-secret|default profile secret⟧

[genomics]
aws_access_key_id=«asia:tariqgen»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:tariqgen»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:tariqgen»  ⟦aws-session-token|session token⟧

[docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/tariq/.aws/config", r"""
[profile research-admin]
sso_session = qmb
sso_account_id = 618204937152  ⟪account id⟫
sso_role_name = AdministratorAccess
region = us-east-1

[sso-session qmb]
sso_start_url = https://quillmere.awsapps.com/start
sso_region = us-east-1

[profile legacy-ci]
credential_process = /usr/local/bin/aws-vault export --format=json legacy-ci  ⟪credential_process⟫
"""),
    ("home/tariq/.bash_history", r"""
aws s3 ls s3://qmb-genomics-work-340917265803/nxf/ --profile genomics
export PGPASSWORD='«pwx:limsapp»'  ⟦password|PGPASSWORD export in shell history⟧
psql -h helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com -U lims_app helixlims
unset PGPASSWORD
redis-cli -h master.lims-sessions.x8kq2f.use1.cache.amazonaws.com --tls -a «pwr:redisauth» info keyspace  ⟦password|redis-cli -a password⟧
git log --oneline -5
docker login -u AWS -p $(aws ecr get-login-password) 772651094338.dkr.ecr.us-east-1.amazonaws.com  ⟪command substitution⟫
"""),
    ("home/ingrid/.zsh_history", r"""
: 1764590211:0;nextflow run quillmere/seqflow -profile awsbatch -r v4.2.0
: 1764590388:0;export TOWER_ACCESS_TOKEN=«b64k:48-tower»  ⟦app-secret|Seqera token exported in shell history⟧
: 1764590402:0;tw runs list -w quillmere/production
: 1764591020:0;mysql -h cromwell-db.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com -u cromwell -p«pwc:cromwell» cromwell  ⟦password|mysql -p password in history⟧
: 1764591777:0;huggingface-cli login --token «hf:ingrid»  ⟦app-secret|Hugging Face token on a CLI line⟧
: 1764592004:0;aws sts get-caller-identity
"""),
    ("home/ingrid/.ssh/id_ed25519", r"""
«openssh:edingrid:ingrid@qmb-mbp»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/ingrid/.ssh/id_ed25519.pub", r"""
«sshpub:edingrid:ingrid@qmb-mbp»  ⟪SSH public key⟫
"""),
    ("home/ingrid/.ssh/config", r"""
Host cryo-head
  HostName 10.42.8.31
  User ec2-user
  IdentityFile ~/.ssh/cryo-ops-2026.pem
Host bastion
  HostName bastion.lab.quillmere.bio
  User ingrid
"""),
    ("home/ingrid/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» «sshpub:edhostbastion:»  ⟪hashed known_hosts entry⟫
"""),
    ("home/ingrid/.git-credentials", r"""
https://ingrid-qmb:«ghp:gitcred»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://ingrid:«glpat:gitcred»@gitlab.lab.quillmere.bio  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""),
    ("home/ingrid/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:ingrid»"},  ⟦docker-hub|base64 user:token in docker config⟧
    "772651094338.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credsStore": "osxkeychain"
}
"""),
    ("home/ingrid/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: qmb-research-use1
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: lab-k3s-admin
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static Kubernetes bearer token in kubeconfig⟧
  - name: qmb-research-use1
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, qmb-research-use1]  ⟪exec credential plugin⟫
"""),
    ("home/ingrid/.config/tower/credentials", r"""
# tw CLI
TOWER_API_ENDPOINT=https://tower.quillmere.bio/api
TOWER_ACCESS_TOKEN=«b64k:48-towerpersonal»  ⟦app-secret|Seqera tw CLI personal token⟧
"""),
    ("home/declan/.netrc", r"""
machine api.wandb.ai
  login user
  password «wandb:declan»  ⟦app-secret|W&B key in .netrc⟧
machine urs.earthdata.nasa.gov login declanqmb password «pwn:earthdata»  ⟦password|netrc one-line password⟧
machine nexus.quillmere.bio login ci-reader password «pwx:nexus»  ⟦password|netrc password for the package proxy⟧
"""),
    ("home/declan/.pypirc", r"""
[distutils]
index-servers = pypi quillmere

[pypi]
username = __token__
password = «pypi:declan»  ⟦pypi|PyPI token in .pypirc⟧

[quillmere]
repository = https://nexus.quillmere.bio/repository/pypi-internal/
username = ci-reader
password = «pwx:nexus»  ⟦password|.pypirc password⟧
"""),
    ("home/declan/.config/pip/pip.conf", r"""
[global]
index-url = https://ci-reader:«pct:pwx:nexus»@nexus.quillmere.bio/repository/pypi-all/simple  ⟦conn-string|pip index-url with password⟧
timeout = 60
"""),
    ("home/declan/.cache/huggingface/token", r"""
«hf:declan»  ⟦app-secret|Hugging Face token file⟧
"""),
    ("home/declan/.config/gh/hosts.yml", r"""
github.com:
    users:
        declan-qmb:
            oauth_token: «gho:declan»  ⟦github|gh CLI oauth token⟧
    git_protocol: https
    user: declan-qmb
"""),
    ("home/nnamdi/.pgpass", r"""
helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432:helixlims:lims_app:«pwx:limsapp»  ⟦password|.pgpass line⟧
omics-meta.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com:5432:omics:analyst:«pwn:rmdomics»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/nnamdi/.my.cnf", r"""
[client]
host=eln-archive.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
user=eln
password="«pwn:elnarchive»"  ⟦password|.my.cnf password⟧
"""),
    ("home/nnamdi/.snowsql/config", r"""
[connections.research]
accountname = qmb12345.us-east-1
username = NNAMDI
password = «pwn:snowsql»  ⟦password|SnowSQL config password⟧
warehousename = ANALYST_WH
"""),
    ("home/nnamdi/.s3cfg", r"""
[default]
access_key = «akid:s3cmd»  ⟦aws-key-id|s3cmd access_key⟧
secret_key = «awssec:s3cmd»  ⟦aws-secret|s3cmd secret_key⟧
host_base = s3.amazonaws.com
gpg_passphrase =  ⟪empty⟫
"""),
    ("home/nnamdi/.config/rclone/rclone.conf", r"""
[lab-nas]
type = sftp
host = nas01.lab.quillmere.bio
user = nnamdi
pass = «urlsafe:24-rclone»  ⟦?password|rclone-obscured password (reversible): policy-dependent⟧

[qmb-s3]
type = s3
provider = AWS
env_auth = true
region = us-east-1
"""),
    ("home/paloma/AppData/Roaming/Globus Connect/config.ini", r"""
[General]
DataDirectory=C:\Users\paloma\Globus
SetupKey=«uuid:gcpsetup»  ⟦app-secret|Globus Connect Personal setup key (one-use, but live until used)⟧
[Proxy]
Enabled=false
"""),
    ("home/paloma/Documents/WindowsPowerShell/profile.ps1", r"""
Set-Alias ll Get-ChildItem
$env:AWS_PROFILE = "research-admin"
$env:BENCHLING_API_KEY = "«benchling:paloma»"  ⟦app-secret|Benchling key in a PowerShell profile⟧
$secure = Read-Host -AsSecureString "LIMS password"  ⟪interactive prompt⟫
function Connect-Lims { Invoke-RestMethod -Uri https://lims.quillmere.bio/api/me -Headers @{Authorization = "Token $env:LIMS_TOKEN"} }
"""),
    ("home/paloma/scripts/map-drives.bat", r"""
@echo off
REM map the instrument share and the NAS on login
net use Z: \\fsx-win.lab.quillmere.bio\instruments /user:LAB\paloma «pwn:palomanet»  ⟦password|net use password in a batch file⟧
net use Y: \\nas01.lab.quillmere.bio\imaging /user:LAB\paloma %NAS_PASSWORD%  ⟪%VAR% reference⟫
"""),
    ("home/solveig/.config/filezilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.croalliance.eu</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>quillmere_drop</User>
      <Pass encoding="base64">«b64:pwx:croftp»</Pass>  ⟦password-b64|FileZilla base64 stored password⟧
      <Name>CRO Alliance drop</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/solveig/.envrc", r"""
export AWS_PROFILE=research-admin
export REDCAP_API_TOKEN=«redcap:solveig»  ⟦app-secret|REDCap token in direnv .envrc⟧
export OP_SECRET=$(op read "op://Lab/Okta/credential")  ⟪1Password reference⟫
"""),
    ("scripts/rotate-ica-key.sh", r"""
#!/usr/bin/env bash
# rotate the Illumina ICA push user's key (INFRA-812). Old key stays active until ICA confirms.
set -euo pipefail
OLD_KEY_ID="«akid:icalegacy»"  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name ica-fastq-push --output json)
echo "$NEW" | jq -r .AccessKey.AccessKeyId
aws iam update-access-key --user-name ica-fastq-push --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/restore-lims-snapshot.sh", r"""
#!/bin/bash
# restore last night's LIMS snapshot into the reporting replica
SNAP=$(aws rds describe-db-cluster-snapshots --db-cluster-identifier helix-lims --query 'DBClusterSnapshots[-1].DBClusterSnapshotIdentifier' --output text)
pg_restore --no-owner -d "postgresql://reporting_owner:«pct:pwn:reportowner»@reporting.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/reporting" /tmp/lims.dump  ⟦conn-string|pg_restore URI with password⟧
echo "restored $SNAP"
"""),
    ("scripts/sync_basespace.py", r"""
#!/usr/bin/env python3
import os

import requests

BS_API = "https://api.basespace.illumina.com/v2"
TOKEN = os.environ.get("BASESPACE_ACCESS_TOKEN") or "«hex:32-bsscript»"  ⟦app-secret|BaseSpace token as a fallback literal⟧


def runs():
    return requests.get(f"{BS_API}/runs", headers={"x-access-token": TOKEN}, timeout=30).json()["Items"]
"""),
    ("scripts/New-InstrumentUser.ps1", r"""
param([string]$Instrument)
$password = "«pwp:instlocal»"  ⟦password|PowerShell password variable⟧
$sec = ConvertTo-SecureString $password -AsPlainText -Force
New-LocalUser -Name "$Instrument-svc" -Password $sec -PasswordNeverExpires
$cred = New-Object System.Management.Automation.PSCredential ("LAB\instadmin", (ConvertTo-SecureString "«pwn:winrm»" -AsPlainText -Force))  ⟦password|inline ConvertTo-SecureString literal⟧
"""),
    ("scripts/freezer-export.sql", r"""
-- monthly freezer inventory export for the biobank committee
CREATE USER freezer_report WITH PASSWORD '«pw:freezerrpt»';  ⟦password|CREATE USER ... WITH PASSWORD⟧
GRANT SELECT ON inventory.tubes TO freezer_report;
ALTER ROLE custody_rw PASSWORD '«pwx:custody»';  ⟦password|ALTER ROLE ... PASSWORD⟧
ALTER ROLE analyst PASSWORD 'md5«hex:32-md5analyst»';  ⟪PostgreSQL md5 verifier⟫
"""),
    ("ops/cron/lims.crontab", r"""
MAILTO=lab-informatics@quillmere.bio
15 2 * * * AWS_ACCESS_KEY_ID=«akid:cron» AWS_SECRET_ACCESS_KEY=«awssec:cron» /opt/lims/bin/offsite-backup.sh  ⟦aws-key-id|key pair on one crontab line⟧
0 6 * * 1 /opt/lims/bin/weekly-report.sh >> /var/log/lims/report.log 2>&1
"""),
    ("ops/slurm/slurmdbd.conf", r"""
AuthType=auth/munge
DbdHost=cryo-head
SlurmUser=slurm
StorageType=accounting_storage/mysql
StorageHost=slurmdb.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
StorageUser=slurm_acct
StoragePass=«pwn:slurmdb»  ⟦password|slurmdbd StoragePass⟧
LogFile=/var/log/slurm/slurmdbd.log
"""),
    ("ops/mosquitto/passwd", r"""
freezer:$7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto PBKDF2 hash⟫
grafana:$7$101$«b64k:12-mqsalt2»$«b64k:64-mqhash2»
"""),
    ("ops/nginx/htpasswd", r"""
labdocs:«apr1:labdocs»  ⟪apr1 hash⟫
kiosk:«bcrypt:kiosk»  ⟪bcrypt hash⟫
"""),
    ("ops/grafana/grafana.ini", r"""
[security]
admin_user = admin
admin_password = «pwp:grafadmin»  ⟦password|grafana.ini admin password⟧
secret_key = «b62:32-grafsecret»  ⟦app-secret|Grafana secret_key⟧

[smtp]
enabled = true
host = email-smtp.eu-west-2.amazonaws.com:587
user = «akid:sesgraf»  ⟦aws-key-id|SES SMTP user in grafana.ini⟧
password = «sesv4:sesgraf»  ⟦aws-ses-smtp|SES SMTP password in grafana.ini⟧
"""),
    ("ops/grafana/provisioning/datasources/influx.yaml", r"""
apiVersion: 1
datasources:
  - name: freezers
    type: influxdb
    url: https://influx.lab.quillmere.bio
    jsonData:
      version: Flux
      organization: quillmere
    secureJsonData:
      token: $INFLUX_TOKEN  ⟪Grafana env interpolation⟫
"""),
    ("ops/pgbouncer/userlist.txt", r"""
"lims_app" "«pwx:limsapp»"  ⟦password|PgBouncer userlist clear password⟧
"analyst" "«scram:analyst»"  ⟪SCRAM verifier⟫
"""),
    ("ops/haproxy/haproxy.cfg", r"""
global
  log stdout format raw local0
userlist ops
  user labops insecure-password «pwl:haproxy»  ⟦password|HAProxy insecure-password⟧
  user viewer password «bcrypt:haproxyview»  ⟪hashed password⟫
listen stats
  bind :8404
  stats enable
  stats auth admin:«pwp:hastats»  ⟦password|HAProxy stats auth⟧
"""),
    ("ops/fluent-bit/fluent-bit.conf", r"""
[OUTPUT]
    Name              es
    Match             lims.*
    Host              search-litsearch-«lo:26-osdomain».us-east-1.es.amazonaws.com
    Port              443
    HTTP_User         lit-admin
    HTTP_Passwd       «pwl:litsearch»  ⟦password|Fluent Bit HTTP_Passwd⟧
    tls               On
[OUTPUT]
    Name              datadog
    Match             *
    apikey            ${DD_API_KEY}  ⟪env reference⟫
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: '«nrlic:lims»'  ⟦newrelic|New Relic license key⟧
  app_name: helix-lims
production:
  <<: *default_settings
"""),
    ("ops/vpn/qmb-lab.ovpn", r"""
client
dev tun
proto udp
remote vpn.lab.quillmere.bio 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Quillmere Lab VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client private key inline⟧
</key>
"""),
    ("ops/vpn/creds.txt", r"""
haruto
«pwn:vpnharuto»  ⟦password|OpenVPN auth-user-pass file password line⟧
"""),
    ("ops/wireguard/wg-cryo.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.77.0.4/32
[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
Endpoint = wg.lab.quillmere.bio:51820
AllowedIPs = 10.42.0.0/16
"""),
    ("ops/tls/lims.quillmere.bio.key", r"""
«pem:trad:rsalims»  ⟦private-key|RSA private key⟧
"""),
    ("ops/tls/lims.quillmere.bio.crt", r"""
«cert:rsalims:lims.quillmere.bio»  ⟪certificate⟫
"""),
    ("ops/tls/device-signing.pub.pem", r"""
«pubpem:rsalims»  ⟪public key PEM⟫
"""),
    ("ops/iot/freezer-07/private.pem.key", r"""
«pem:trad:ecfreezer07»  ⟦private-key|IoT device EC private key⟧
"""),
    ("docs/runbooks/lims-db-failover.md", r"""
# Runbook: helix-lims database failover

1. Page the on-call DBA (PagerDuty service "helix-lims").
2. Confirm writer health: `psql "host=helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com user=lims_owner"`.
3. If the console is unreachable, the break-glass master login is `lims_owner` / `«pwc:limsdb»`.  ⟦password|runbook break-glass password in backticks⟧
4. Fail over: `aws rds failover-db-cluster --db-cluster-identifier helix-lims`.
5. The application password lives in Secrets Manager (`lims/db`); do not paste it here.  ⟪prose pointing at a secret store⟫
"""),
    ("docs/runbooks/sequencer-onboarding.md", r"""
# Onboarding a NovaSeq X to BaseSpace and the run-folder uploader

| Setting | Value |
|---|---|
| BaseSpace workgroup | Quillmere Genomics Core |
| Uploader service account | seq-uploader |
| Uploader password | «pwl:sequploader» |  ⟦password|password in a runbook table⟧
| Run-folder bucket | s3://qmb-genomics-work-340917265803/runs |
| Instrument control PC admin | see 1Password "NovaSeq X ICS" |  ⟪reference to a vault item⟫

The ICS must reach `api.basespace.illumina.com` on 443. The uploader reads its key from `C:\Illumina\uploader.json`.
"""),
    ("docs/runbooks/cryo-cluster.md", r"""
# cryo-EM cluster notes

Submit with `sbatch --partition gpu relion_refine.sh`. The cryoSPARC web UI is on the head node port 39000;
first login was created by the install script with user `ops` and password «pwl:cryosparc», change it on first use.  ⟦password|initial password quoted in prose⟧
Globus endpoint id «uuid:globusep» (public, fine to share with collaborators).  ⟪endpoint id⟫
"""),
    ("docs/onboarding/new-scientist.md", r"""
# Welcome to Quillmere computational biology

- Request AWS access through the access portal (SSO); never create IAM users.
- JupyterHub: https://jupyter.quillmere.bio (Okta login).
- Shared wifi in the Cambridge lab: network `QMB-Lab`, password `«pp:wifi»`.  ⟦password|wifi password in an onboarding doc⟧
- Benchling: ask #lab-informatics for a seat. Do not share API keys in Slack.
- Conda channel token: run `qmb-tools conda-login`; the README token `<your-token>` is a placeholder.  ⟪placeholder⟫
"""),
    ("docs/adr/0007-static-keys-for-instruments.md", r"""
# ADR 0007: static IAM keys on instrument PCs

Status: superseded by ADR 0012 (IAM Roles Anywhere)

Instrument PCs cannot run SSO. In 2025 we issued one IAM user per instrument room. The B2 room key
`«akid:instb2»` was deactivated on 2026-03-02;  ⟦?aws-key-id|deactivated key id quoted in an ADR: policy-dependent⟧
the B3 room key `«akid:instb3»` is still active pending the Roles Anywhere rollout.  ⟦aws-key-id|still-active key id quoted in an ADR⟧
Keys are tagged `instrument-room` and rotated every 90 days by `scripts/rotate-instrument-keys.sh`.
"""),
    ("docs/postmortems/2026-09-portal-email.md", r"""
# Postmortem: CRO portal order e-mails not delivered (2026-09-14)

Root cause: the SendGrid key `«sg:oldportal»` was revoked by SendGrid after it appeared in a public gist.  ⟦?sendgrid|revoked SendGrid key quoted in a postmortem: policy-dependent⟧
We moved to Postmark. The new token is in Secrets Manager `cro-portal/postmark`.  ⟪pointer to secret store⟫
Request ids for the failed sends: «uuid:pmreq1», «uuid:pmreq2».  ⟪request ids⟫
"""),
    ("docs/security/secrets-policy.md", r"""
# Secrets policy (lab informatics)

Never commit a value like `AKIA****************` or `sk_live_...`; use Secrets Manager or SSM.  ⟪masked forms in policy prose⟫
Documentation examples must use AWS's published sample key `«docs:akid»`.  ⟪AWS documentation key⟫
Hashes in lock files (for example `«sri:policy»`) are not secrets.  ⟪SRI hash⟫
"""),
    ("docs/vendor/zebra-cloud-email.eml", r"""
From: support@labprint-solutions.co.uk
To: facilities@quillmere.bio
Subject: Re: cloud printing API access
Date: Tue, 03 Nov 2026 10:14:22 +0000
Message-ID: <«hex:24-msgid»@mail.labprint-solutions.co.uk>  ⟪message id⟫

Hello Paloma,

your tenant is provisioned. API key: «b62:32-zebra»  ⟦app-secret|vendor e-mail with the API key⟧
Temporary portal password: «pwp:zebraportal» (you will be asked to change it).  ⟦?password|temporary first-login password in a vendor e-mail: policy-dependent⟧

Kind regards
"""),
    ("docs/tickets/INFRA-812.md", r"""
INFRA-812  Rotate Illumina ICA push credentials
Reporter: tariq  Assignee: ingrid  Status: In Progress

tariq: ICA still uses the key we mailed them in 2025: «akid:icalegacy» / «awssec:icalegacy»  ⟦aws-key-id|key id and secret quoted together in a ticket⟧
ingrid: new key created, waiting on Illumina to switch. Old one goes Inactive on Friday.
tariq: build id for the switch test: «hex:20-ibuild»  ⟪build id⟫
"""),
    ("docs/tickets/LAB-2231.md", r"""
LAB-2231  QuantStudio 7 in B3 cannot send run e-mails
Reporter: haruto  Status: Resolved

haruto: the instrument SMTP settings were wiped by the vendor update. Re-entered:
  server email-smtp.us-east-1.amazonaws.com:587
  user «akid:sesinst»  ⟦aws-key-id|SES SMTP user re-entered in a ticket⟧
  password «sesv4:sesinst»  ⟦aws-ses-smtp|SES SMTP password in a ticket⟧
solveig: works again, correlation id «uuid:lab2231»  ⟪correlation id⟫
"""),
    ("docs/tickets/SNOW-INC0048812.txt", r"""
Number: INC0048812
Caller: Dr. Anneliese Brandt (partner hospital)
Short description: cannot log into the specimen portal
Work notes:
  2026-11-21 09:12 caller reset her own portal password to «pwn:anneliese» and it still fails  ⟦?password|third party's own password quoted in a ticket: policy-dependent⟧
  2026-11-21 09:40 account was locked by Okta; unlocked. Session id «hex:32-oktasess»  ⟪session id in a ticket⟫
"""),
    ("docs/chat/slack-lab-informatics-2026-11.json", r"""
[
  {"ts": "1764324112.002100", "user": "U04R7K2QW", "text": "anyone have the benchling key for the plate importer? cron is failing"},  ⟪Slack ids⟫
  {"ts": "1764324188.002300", "user": "U02M1JX8P", "text": "here: «benchling:assay» (please move it to SSM after)"},  ⟦app-secret|Benchling key pasted in Slack⟧
  {"ts": "1764324240.002500", "user": "U04R7K2QW", "text": "thanks. also the rabbit pw for platereader is «pw:mqplate» right?"},  ⟦password|broker password in chat⟧
  {"ts": "1764324301.002700", "user": "U02M1JX8P", "text": "yes. the db one is in secrets manager, don't paste it"}
]
"""),
    ("docs/chat/slack-genomics-2026-10.txt", r"""
[10:02] ingrid: the nextflow head job died with AccessDenied
[10:05] rafael: using my own key for now, AKIA id is «akid:rafaelnf»  ⟦aws-key-id|key id in a chat line⟧
[10:05] rafael: and secret «awssec:rafaelnf» (I'll rotate tonight)  ⟦aws-secret|secret in a chat line⟧
[10:07] ingrid: pls no. run id for the failed job: «uuid:nfrunid»  ⟪run id⟫
"""),
    ("docs/chat/teams-biobank-export.html", r"""
<div class="message"><span class="from">Yusuf Okafor</span><span class="time">2026-11-18 14:03</span>
<p>Freezerworks API login for the custody lambda is custody-svc / «pwn:fwx»</p></div>  ⟦password|password in a Teams HTML export⟧
<div class="message"><span class="from">Paloma Ruiz</span><span class="time">2026-11-18 14:05</span>
<p>got it, message id «uuid:teamsmsg»</p></div>  ⟪message id⟫
"""),
    ("docs/chat/discord-collab-export.json", r"""
{"messages": [
  {"id": "«num:18-discordid1»", "author": "declan", "content": "HF token for the shared org so you can pull the binder model: «hf:declan»"},  ⟦app-secret|Hugging Face token in a chat export⟧
  {"id": "«num:18-discordid2»", "author": "collab-ucl", "content": "thanks, pulled sha «sha:hfrev»"}  ⟪commit SHA⟫
]}
"""),
    ("logs/lims-web-2026-11-30.log", r"""
2026-11-30T08:14:02.113Z INFO  request_id=«uuid:req1» path=/api/plates/ status=200 dur_ms=41  ⟪request id⟫
2026-11-30T08:14:07.520Z ERROR boto3 auth failed for key «akid:limsweb» secret «awssec:limsweb»  ⟦aws-key-id|key id and secret in a debug log line⟧
2026-11-30T08:15:11.004Z WARN  benchling retry nonce=«hex:32-nonce1» attempt=2  ⟪nonce⟫
2026-11-30T08:16:40.889Z DEBUG db connect postgres://lims_app:«pct:pwx:limsapp»@helix-lims.cluster-cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/helixlims  ⟦conn-string|connection URL in a debug log⟧
"""),
    ("logs/codebuild-seqflow-8841.log", r"""
[Container] 2026/11/28 03:11:42.118 Running command echo "Build id «uuid:cbid»"  ⟪build id⟫
[Container] 2026/11/28 03:11:44.902 Running command docker login -u "quillmere+ci_pusher" -p "«quay:ci»" quay.io  ⟦app-secret|Quay robot token echoed in a build log⟧
WARNING! Using --password via the CLI is insecure. Use --password-stdin.
[Container] 2026/11/28 03:12:10.004 Phase complete: PRE_BUILD State: SUCCEEDED
"""),
    ("logs/alb-cro-portal.log", r"""
https 2026-11-29T22:03:11.104Z app/cro-portal/«hex:16-alb» 81.2.69.160:51224 10.42.9.11:3000 0.001 0.022 0.000 200 200 412 1893 "GET https://cro.quillmere.bio:443/api/orders?page=2 HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 - "Root=1-«hex:8-tr1»-«hex:24-tr2»"  ⟪trace id⟫
https 2026-11-29T22:04:50.772Z app/cro-portal/«hex:16-alb» 81.2.69.160:51290 10.42.9.11:3000 0.001 0.031 0.000 302 302 377 0 "GET https://cro.quillmere.bio:443/download?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261129%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-sig» HTTP/2.0" "curl/8.7.1"  ⟦aws-key-id|key id in a presigned URL in an access log⟧
"""),
    ("logs/cloudtrail-2026-11-27.json", r"""
{"Records": [
  {"eventTime": "2026-11-27T17:44:09Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:ica»", "arn": "arn:aws:iam::340917265803:user/ica-fastq-push",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:icalegacy»"},  ⟦aws-key-id|accessKeyId in a CloudTrail record⟧
   "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/iam-access-keys-2026-11.csv", r"""
user,access_key_id,status,created,last_used
ica-fastq-push,«akid:icalegacy»,Active,2025-03-11,2026-11-27  ⟦aws-key-id|active key id in a key listing⟧
ica-fastq-push,«akid:icanew»,Active,2026-11-26,N/A  ⟦aws-key-id|new key id in a key listing⟧
inst-b2,«akid:instb2»,Inactive,2025-06-02,2026-03-01  ⟦?aws-key-id|inactive key id in a listing: policy-dependent⟧
"""),
    ("data/shared/instrument-logins.csv", r"""
instrument,room,account,password,notes
NovaSeq X,B1,seq-uploader,«pwl:sequploader»,BaseSpace uploader  ⟦password|password column in a shared CSV⟧
QuantStudio 7,B3,instsvc,«pwc:instgw»,local admin  ⟦password|password column in a shared CSV⟧
Echo 650,B2,echo-op,see 1Password,  ⟪vault pointer⟫
Opentrons Flex,B2,,,no login  ⟪empty⟫
"""),
    ("data/dumps/lims-users.sql", r"""
-- pg_dump of auth tables (partial), 2026-10-02
COPY public.auth_user (id, username, password, email) FROM stdin;
1	admin	pbkdf2_sha256$870000$«b62:22-djsalt»$«b64k:32-djhash»	admin@quillmere.bio  ⟪Django password hash⟫
2	katarzyna	pbkdf2_sha256$870000$«b62:22-djsalt2»$«b64k:32-djhash2»	katarzyna@quillmere.bio
\.
COPY public.integrations_credential (id, name, secret) FROM stdin;
1	benchling	«benchling:lims»  ⟦app-secret|integration secret in a dump⟧
2	redcap	«redcap:biobank»  ⟦app-secret|REDCap token in a dump⟧
3	labware	«pw6:labware»  ⟦password|legacy password in a dump⟧
\.
"""),
    ("data/dumps/eln_archive.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39
INSERT INTO `settings` VALUES ('smtp_user','«akid:seseln»'),('smtp_password','«sesv4:seseln»');  ⟦aws-key-id|SES SMTP pair in a MySQL dump row⟧
INSERT INTO `settings` VALUES ('checksum','«sha256:elnsum»');  ⟪SHA-256 in a dump⟫
"""),
    ("data/exports/okta-apps.csv", r"""
app,client_id,client_secret,redirect
jupyterhub-lab,jupyterhub-lab,«b62:40-jhoauth»,https://jupyter.quillmere.bio/hub/oauth_callback  ⟦app-secret|OAuth client secret in an exported CSV⟧
grafana,«b62:20-grafid»,<stored in SSM>,https://grafana.lab.quillmere.bio/login/generic_oauth  ⟪placeholder⟫
"""),
    ("backups/router-lab-b.cfg", r"""
hostname lab-b-edge
enable secret 9 $9$«b62:14-ciscosalt»$«b62:43-ciscohash»  ⟪Cisco type 9 hash⟫
username netops privilege 15 password 0 «pwc:ciscopw»  ⟦password|Cisco type 0 (clear) password⟧
snmp-server community «pwp:snmp» RO  ⟦password|SNMP community string⟧
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|whole credentials file base64-encoded⟧
"""),
    ("leftovers/debug-dump.hex", r"""
# hexdump of the env block from a crashed uploader
«hexenc:awssec:uploaderhex»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /admin/integrations/aws HTTP/1.1
Host: lims.quillmere.bio
Content-Type: application/x-www-form-urlencoded

region=us-east-1&secret_access_key=«pct:awssec:formpost»&csrfmiddlewaretoken=«b62:64-csrf»  ⟦aws-percent|percent-encoded secret in a form body⟧
"""),
    ("leftovers/settings-export.json", r"""
{"exportedAt": "2026-11-02T10:11:12Z", "build": "«sha:exportsha»",  ⟪commit SHA⟫
 "blob": "{\"aws\":{\"key\":\"«akid:exportjson»\",\"secret\":\"«jsonesc:awssec:exportjson»\"}}"}  ⟦aws-key-id|JSON-escaped nested key pair on one line⟧
"""),
    ("leftovers/uploader-config.unicode.json", r"""
{"name": "run-uploader", "secret": "«uesc:awssec:uesc»"}  ⟦aws-secret|\uXXXX-escaped secret⟧
"""),
    ("leftovers/double-encoded.txt", r"""
# found in an old Jenkins build parameter
AWS_CREDS=«b64b64:akid:dbl»  ⟦aws-b64|double base64 key id⟧
"""),
    ("ops/vault/approle-login.sh", r"""
#!/bin/sh
vault write auth/approle/login role_id="«uuid:approle»" secret_id="«uuid:secretid»"  ⟦app-secret|Vault AppRole secret_id on a command line⟧
export VAULT_TOKEN=«hvs:approle»  ⟦vault|Vault token export⟧
vault kv get -field=password kv/freezer  ⟪vault path⟫
"""),
    ("ops/terraform-cloud/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:tfrc»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: helix-lims
    escalation_policy: P7K2M9Q  ⟪PagerDuty object id⟫
    integration_key: «pdkey:lims»  ⟦pagerduty|PagerDuty integration key⟧
api:
  token: «b62:20-pdrest»  ⟦pagerduty|PagerDuty REST API token⟧
"""),
    ("ops/opsgenie/heartbeat.sh", r"""
#!/bin/bash
curl -s -X GET 'https://api.opsgenie.com/v2/heartbeats/freezer-gw/ping' -H "Authorization: GenieKey «uuid:opsgenie»"  ⟦app-secret|Opsgenie GenieKey header⟧
"""),
    ("ops/sentry/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=quillmere
defaults.project=helix-lims
auth.token=sntrys_«urlsafe:48-sntrys»  ⟦sentry|Sentry org auth token⟧
"""),
    ("ops/atlassian/jira-cli.yml", r"""
server: https://quillmere.atlassian.net
login: tariq@quillmere.bio
api_token: «atl:jiracli»  ⟦atlassian|Atlassian API token⟧
project: INFRA
"""),
    ("ops/openai/labassist.env", r"""
OPENAI_API_KEY=«oai:labassist»  ⟦openai|OpenAI key⟧
ANTHROPIC_API_KEY=«ant:labassist»  ⟦anthropic|Anthropic key⟧
LABASSIST_MODEL_TEMPERATURE=0.2
"""),
    ("ops/npm/.npmrc-publish", r"""
//registry.npmjs.org/:_authToken=«npm:publish»  ⟦npm|npm token⟧
"""),
    ("ops/telegram/freezer-bot.env", r"""
TELEGRAM_BOT_TOKEN=«telegram:freezer»  ⟦telegram|Telegram bot token⟧
TELEGRAM_CHAT_ID=-100«num:10-tgchat»  ⟪chat id⟫
"""),
    ("ops/gitlab/ci-variables-export.json", r"""
[
  {"key": "DEPLOY_TOKEN", "value": "«glpat:ciexport»", "masked": true, "protected": true},  ⟦gitlab|GitLab PAT in a CI variables export⟧
  {"key": "IMAGE_DIGEST", "value": "sha256:«sha256:civar»", "masked": false}  ⟪image digest⟫
]
"""),
    ("ops/docker/daemon-registry-auth.txt", r"""
# registry mirror auth for the lab k3s nodes (base64 of user:password)
mirror.lab.quillmere.bio «basic:mirror»  ⟦password-b64|base64 basic credential⟧
"""),
    ("ops/dropbox/sync.conf", r"""
[dropbox]
app_key = «lo:15-dbxappkey»  ⟪Dropbox app key, public⟫
app_secret = «lo:15-dbxsecret»  ⟦app-secret|Dropbox app secret⟧
refresh_token = «b62:64-dbxrefresh»  ⟦app-secret|Dropbox refresh token⟧
"""),
    ("ops/box/box_config.json", r"""
{
  "boxAppSettings": {
    "clientID": "«lo:32-boxid»",  ⟪Box client id⟫
    "clientSecret": "«b62:32-boxsecret»",  ⟦app-secret|Box client secret⟧
    "appAuth": {"publicKeyID": "«lo:8-boxkid»", "privateKey": "«jsonesc:pem:pkcs8:rsabox»", "passphrase": "«hex:32-boxpass»"}  ⟦private-key|private key PEM in a JSON string⟧
  },
  "enterpriseID": "«num:9-boxent»"  ⟪enterprise id⟫
}
"""),
]
