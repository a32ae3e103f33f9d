"""fresh25 templates, operations (Ironvale Civil & Building): home directories and dotfiles, keys, scripts,
runbooks and documents, tickets, chat and e-mail exports, logs, dumps, encoded leftovers.
Markers: render.py and README.md."""

FILES = [
    ("home/wyatt.ramos/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:wyatt»  ⟦aws-key-id|key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:wyatt»  ⟦aws-secret|secret in ~/.aws/credentials⟧

[ivc-fleet-admin]
aws_access_key_id = «asia:wyattsts»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:wyattsts»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:wyattsts»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack test credentials⟫
aws_secret_access_key = test
"""),
    ("home/wyatt.ramos/.aws/config", r"""
[default]
region = us-west-2

[profile field-prod]
sso_session = ironvale
sso_account_id = 614208937155
sso_role_name = FieldPlatformAdmin
region = us-west-2

[sso-session ironvale]
sso_start_url = https://ironvale.awsapps.com/start
sso_region = us-west-2

[profile erp-ro]
credential_process = /usr/local/bin/aws-vault export --format=json erp-ro  ⟪credential_process⟫
"""),
    ("home/katrin.vogel/.bash_history", r"""
cd ~/src/gridpoint
git pull --rebase
mysql -h dock-db -u dock -p«pwp:dockdb» cloud_dock -e 'select count(*) from manage_device'  ⟦password|mysql -p password in bash history (reused)⟧
PGPASSWORD='«pwn:gnssdb»' psql -h localhost -U gnss controlpoints  ⟦password|PGPASSWORD in bash history (reused)⟧
export AWS_SECRET_ACCESS_KEY=«awssec:katrin»  ⟦aws-secret|secret exported in bash history⟧
export AWS_ACCESS_KEY_ID=«akid:katrin»  ⟦aws-key-id|key id exported in bash history⟧
aws s3 ls s3://ivc-survey-tools/
sshpass -p '«pwl:surveynuc»' ssh survey@10.24.17.50 'sudo systemctl restart ntrip-relay'  ⟦password|sshpass -p password⟧
history | grep caster
"""),
    ("home/jarrah.nguyen/.zsh_history", r"""
: 1778830211:0;aws configure set aws_secret_access_key «awssec:jarrah» --profile bne  ⟦aws-secret|aws configure set secret in zsh history⟧
: 1778830260:0;aws sts get-caller-identity --profile bne
: 1778830590:0;docker login -u ironvaleci -p «dckr:circle»  ⟦docker-hub|docker login -p with a Docker Hub PAT (reused)⟧
: 1778830655:0;kubectl -n sitewatch get secret grafana-basic-auth -o yaml
: 1778830701:0;ttn-lw-cli end-devices list ivc-concrete-den
"""),
    ("home/colby.hart/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service -ComputerName den-vista-app01 Viewpoint*
net use V: \\den-vista-app01\VPAttachments /user:IRONVALE\svc_vista «pwn:vpinteg»  ⟦password|net use password in PowerShell history (reused)⟧
$cred = Get-Credential IRONVALE\svc_ansible  ⟪interactive prompt⟫
New-PWLogin -DatasourceName 'pw-den01.ironvale.local:IVC-Projects' -UserName pwadmin -Password (ConvertTo-SecureString '«pwc:pwadmin»' -AsPlainText -Force)  ⟦password|ConvertTo-SecureString -AsPlainText (reused)⟧
Set-AWSCredential -AccessKey «akid:colbyps» -SecretKey «awssec:colbyps» -StoreAs fleet  ⟦aws-key-id|Set-AWSCredential key pair in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance den-vista-sql01 -Query "select top 5 * from bEMEM"
"""),
    ("home/katrin.vogel/.ssh/id_ed25519", r"""
«openssh:edkatrin:katrin.vogel@ivc-survey-nuc»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/katrin.vogel/.ssh/id_ed25519.pub", r"""
«sshpub:edkatrin:katrin.vogel@ivc-survey-nuc»  ⟪SSH public key⟫
"""),
    ("home/katrin.vogel/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/wyatt.ramos/.git-credentials", r"""
https://wyatt-ivc:«ghp:wyattgit»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://oauth2:«glpat:wyattgl»@gitlab.ironvale-civil.com  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""),
    ("home/jarrah.nguyen/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:jarrah»"},  ⟦docker-hub|docker config auth with a Docker Hub PAT⟧
    "739152804461.dkr.ecr.ap-southeast-2.amazonaws.com": {}
  },
  "credHelpers": {"739152804461.dkr.ecr.us-west-2.amazonaws.com": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/jarrah.nguyen/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: sitewatch-edge-bne
    cluster:
      server: https://10.31.4.10:6443
      certificate-authority-data: «b64cert:eck3sca:k3s-server-ca»  ⟪base64 CA certificate⟫
users:
  - name: jarrah
    user:
      token: «b62:64-k3stoken»  ⟦app-secret|static Kubernetes bearer token in a kubeconfig⟧
  - name: eks-field
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, field-prod]  ⟪EKS exec plugin⟫
contexts:
  - name: bne-edge
    context: {cluster: sitewatch-edge-bne, user: jarrah}
current-context: bne-edge
"""),
    ("home/katrin.vogel/.pgpass", r"""
fieldline-prod.cq7x1aa2b3c4.us-west-2.rds.amazonaws.com:5432:fieldline:fieldline:«pw:fielddb»  ⟦password|.pgpass line for production (reused)⟧
"""),
    ("home/colby.hart/.my.cnf", r"""
[client]
user=fms_report
password=«pwp:fmsreport»  ⟦password|.my.cnf password⟧
host=den-yard-fms01
"""),
    ("home/wyatt.ramos/.netrc", r"""
machine nexus.ironvale-civil.com login ci-deploy password «pwx:nexus»  ⟦password|.netrc password (reused)⟧
machine api.heroku.com login wyatt.ramos@ironvale-civil.com password «heroku:wyatt»  ⟦app-secret|Heroku API key in .netrc⟧
"""),
    ("home/colby.hart/.config/gh/hosts.yml", r"""
github.com:
    user: colby-ivc
    oauth_token: «gho:colbygh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/jarrah.nguyen/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:jarrah»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/katrin.vogel/.config/rclone/rclone.conf", r"""
[ivc-survey]
type = s3
provider = AWS
access_key_id = «akid:rclonesurvey»  ⟦aws-key-id|key id in rclone.conf⟧
secret_access_key = «awssec:rclonesurvey»  ⟦aws-secret|secret in rclone.conf⟧
region = us-west-2

[egnyte]
type = webdav
url = https://ironvale.egnyte.com/webdav
user = katrin.vogel@ironvale-civil.com
pass = «b64k:24-rcloneobscured»  ⟦?password|rclone-obscured password (reversible)⟧
"""),
    ("home/wyatt.ramos/.s3cfg", r"""
[default]
access_key = «akid:s3cfgwyatt»  ⟦aws-key-id|key id in .s3cfg⟧
secret_key = «awssec:s3cfgwyatt»  ⟦aws-secret|secret in .s3cfg⟧
host_base = s3.amazonaws.com
use_https = True
"""),
    ("home/jarrah.nguyen/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:jarrah»  ⟦npm|npm token in ~/.npmrc⟧
"""),
    ("home/katrin.vogel/.vault-token", r"""
«hvs:katrin»  ⟦vault|Vault token file⟧
"""),
    ("home/colby.hart/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.highwire.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>ironvale_civil</User>
      <Pass encoding="base64">«b64:pwx:highwiresftp»</Pass>  ⟦password-b64|FileZilla base64 password (reused)⟧
      <Name>Highwire prequal</Name>
    </Server>
    <Server>
      <Host>upload.earthcam.net</Host>
      <Port>990</Port>
      <Protocol>3</Protocol>
      <User>ivc_den2417</User>
      <Pass encoding="crypt" pubkey="«b64k:32-fzpub»">«b64k:48-fzcrypt»</Pass>  ⟪FileZilla master-password encrypted value⟫
      <Name>EarthCam DEN-2417</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/colby.hart/Documents/notes.txt", r"""
shop PCs - local admin is the trailer one: «pwl:traileradmin»  ⟦password|local admin password in personal notes (reused)⟧
wex portal: colby.hart / «pwn:wexportal»  ⟦password|fleet card portal password in notes⟧
VisionLink API secret -> in 1Password "Fleet / VisionLink"  ⟪pointer to a vault⟫
AWS key for the telematics laptop script: «akid:colbylaptop» / «awssec:colbylaptop»  ⟦aws-key-id|key pair on one line in notes⟧
"""),
    ("home/jarrah.nguyen/.config/snowflake/connections.toml", r"""
[jobcost]
account = "IRONVALE-JOBCOST"
user = "JARRAH_NGUYEN"
authenticator = "externalbrowser"  ⟪SSO authenticator⟫
warehouse = "ANALYST_WH"

[powerbi]
account = "IRONVALE-JOBCOST"
user = "POWERBI_SVC"
password = "«snowpw:powerbi»"  ⟦password|Snowflake password in connections.toml (reused)⟧
"""),
    ("home/wyatt.ramos/.snowflake/tf_rsa_key.p8", r"""
«pem:pkcs8:rsasnowflake»  ⟦private-key|Snowflake key-pair authentication private key⟧
"""),
    ("home/jarrah.nguyen/wireguard/bne-edge.conf", r"""
[Interface]
Address = 10.99.31.7/32
PrivateKey = «b64k:32-wgjarrah»  ⟦private-key|WireGuard private key⟧
DNS = 10.31.0.2

[Peer]
PublicKey = «b64k:32-wgpeer»  ⟪WireGuard peer public key⟫
Endpoint = vpn-bne.ironvale-civil.com:51820
AllowedIPs = 10.31.0.0/16
"""),
    ("secrets/github-app/plancore-bot.2026-04-02.private-key.pem", r"""
«pem:pkcs1:rsaghapp»  ⟦private-key|GitHub App RSA private key⟧
"""),
    ("survey/base-stations/den01-tls/receiver.key", r"""
«pem:trad:ecreceiver»  ⟦private-key|EC private key of a GNSS receiver's HTTPS interface⟧
"""),
    ("survey/base-stations/den01-tls/receiver.crt", r"""
«cert:ecreceiver:gnss-den01.ironvale-survey.net»  ⟪certificate⟫
"""),
    ("secrets/gcp/ironvale-maps-sa.json", r"""
{
  "type": "service_account",
  "project_id": "ironvale-gis",
  "private_key_id": "«sha:gcpkeyid»",  ⟪GCP private_key_id⟫
  "private_key": "«jsonstr:pem:pkcs8:rsagcp»\n",  ⟦private-key|JSON-escaped PEM in a service-account key⟧
  "client_email": "tile-renderer@ironvale-gis.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpclient»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("scripts/rotate-vendor-keys.sh", r"""
#!/usr/bin/env bash
# Rotate the static IAM keys of vendor users (EarthCam, AeroMetrix). TKT-2291 tracks moving them to roles.
set -euo pipefail
OLD_AEROMETRIX_KEY=«akid:aerometrix»  ⟦aws-key-id|old vendor key id in a rotation script (reused)⟧
for user in vendor-earthcam-upload vendor-aerometrix; do
  aws iam create-access-key --user-name "$user" > "/tmp/$user.json"
done
aws iam update-access-key --user-name vendor-aerometrix --access-key-id "$OLD_AEROMETRIX_KEY" --status Inactive
echo "send the new key to the vendor through the Egnyte secure link, never e-mail"  ⟪process statement⟫
"""),
    ("scripts/restore-vista-db.ps1", r"""
# Restore last night's Viewpoint backup into the reporting replica (den-vista-sql02)
$bak = Get-ChildItem \\den-backup01\sql\Viewpoint\*.bak | Sort-Object LastWriteTime | Select-Object -Last 1
Invoke-Sqlcmd -ServerInstance den-vista-sql02 -Username sa -Password '«pwc:vistasa»' -QueryTimeout 0 -Query @"  ⟦password|SQL Server sa password in a restore script⟧
RESTORE DATABASE Viewpoint_Rpt FROM DISK = N'$($bak.FullName)' WITH REPLACE, RECOVERY
"@
"""),
    ("scripts/sync-timberline.bat", r"""
@echo off
REM copy Timberline data to the DataSync staging share every night at 2am (Task Scheduler on yyc-ts01)
net use T: \\yyc-fs01\Timberline /user:IRONVALE\svc_datasync «pwn:datasyncyyc»  ⟦password|net use password in a batch file (reused)⟧
robocopy "T:\Timberline Office\9.5\Data" "D:\staging\tl" /MIR /R:2 /W:5
net use T: /delete
"""),
    ("scripts/sql/create-reporting-logins.sql", r"""
-- Reporting logins on den-vista-sql02 (Power BI gateway, WIP report, equipment utilisation)
CREATE LOGIN pbi_gateway WITH PASSWORD = '«pwn:pbigateway»', CHECK_POLICY = OFF;  ⟦password|CREATE LOGIN password (reused)⟧
CREATE LOGIN wip_report WITH PASSWORD = '«pw:wipreport»';  ⟦password|CREATE LOGIN password⟧
CREATE USER pbi_gateway FOR LOGIN pbi_gateway;
ALTER ROLE db_datareader ADD MEMBER pbi_gateway;
"""),
    ("scripts/fleet/pull_komtrax.sh", r"""
#!/bin/sh
# manual AEMP pull when the Lambda is broken
curl -s -u "ironvale_fleet:«pwn:komtrax»" https://aemp.komtrax.komatsu/api/v1/Fleet/1 -o fleet1.xml  ⟦password|curl -u password (reused)⟧
curl -s -u "ironvale:$HITACHI_PW" https://aemp.hitachicm.com/ISO15143/Fleet/1 -o hitachi.xml  ⟪env variable⟫
"""),
    ("docs/runbooks/ntrip-caster.md", r"""
# Runbook: NTRIP caster (caster.ironvale-survey.net)

1. SSH to `ntrip-caster-den` (SSM Session Manager, no keys).
2. Restart: `sudo systemctl restart ntripcaster`.
3. If a base shows offline, log into the receiver web UI (`admin` / `«pwp:alloyadmin»`) and check NTRIP Server.  ⟦password|receiver admin password in a runbook (reused)⟧
4. Rover logins are in `users.aut`; new crews get a login from survey IT, never the shared `ivc_rover`.
5. The encoder password is in Secrets Manager `survey/ntrip-encoder`.  ⟪pointer to Secrets Manager⟫
"""),
    ("docs/runbooks/new-jobsite-network.md", r"""
# New job site: trailer network in a day

- Cradlepoint IBR1700 from the Denver IT cage; claim it in NetCloud under the site group.
- Admin password for new routers is set by the NetCloud group config; first boot uses the sticker password.  ⟪process statement⟫
- Field Wi-Fi: SSID `IVC-FIELD`, PSK `«wifipsk:field»` (tablets get it from Knox; give it to nobody).  ⟦password|site Wi-Fi PSK in a runbook (reused)⟧
- Cameras: EarthCam installs their own LTE; OxBlue uses ours on VLAN 40.
"""),
    ("docs/runbooks/vista-month-end.md", r"""
# Vista month-end close (job cost, equipment, AP)

1. Post equipment usage from ironfleet (`EM Usage Posting`) after the telematics hour-meter import.
2. Run WIP (`JC Contract Status`) and export to the jobcost warehouse.
3. If the integration user is locked: `vp_integ`, reset in Vista Security; the password in `VistaIntegration.exe.config` is `«pwn:vpinteg»`.  ⟦password|Vista integration password in a runbook (reused)⟧
4. Never email WIP to the bonding agent - use the DocuSign envelope template.
"""),
    ("docs/onboarding/field-engineer.md", r"""
# Field engineer onboarding

- Your tablet is enrolled through Knox and SOTI; you do not need the enrolment password.  ⟪process statement⟫
- Procore, Bluebeam and ACC use single sign-on with your Ironvale account.
- First login to the time-clock kiosk admin screen uses the default PIN `1234` and forces a change.  ⟪documented default⟫
- Your first AD password is `Ironvale1!` until you change it at first logon.  ⟦?password|default first-logon password in an onboarding document⟧
- Survey controllers: ask survey IT for your own NTRIP login.
"""),
    ("docs/postmortems/2026-04-aemp-key-leak.md", r"""
# Postmortem: AWS key in a public fork of ironfleet (2026-04-21)

A developer forked ironfleet to a personal GitHub account with `scripts/backfill.py` containing
`«akid:leakfork»` (user svc-ironfleet-backfill).  ⟦aws-key-id|leaked key id quoted in a postmortem⟧
AWS Support flagged it within 11 minutes; the key was deactivated at 14:32 MDT. The secret ended in
`«tail:awssec:leakfork»`.  ⟪key tail only⟫
GuardDuty showed no calls from unknown IPs. Masked key in the Slack alert: `AKIA****************`.  ⟪masked key⟫
Action items: pre-commit scanning in the template repo; OIDC for the backfill job.
"""),
    ("docs/adr/0007-secrets-in-field-devices.md", r"""
# ADR 0007: secrets on field devices

Field devices (time-clock kiosks, GNSS receivers, turnstile controllers, routers) cannot reach
Secrets Manager. We provision their secrets through MDM managed configuration or NetCloud group
config, and keep the source of truth in Secrets Manager (`sites/*`). Example of what not to do:

    api_key = "<paste-key-here>"  ⟪placeholder⟫
    password = "${DEVICE_PASSWORD}"  ⟪variable⟫

Consequences: rotation is a MDM push; receivers still need a site visit.
"""),
    ("docs/vendors/earthcam-handover.md", r"""
# EarthCam handover (DEN-2417)

EarthCam installed 2 cameras (north laydown, east abutment). Their tech left the admin login on the
handover sheet: `root` / `«pwp:axisden»` - change it after the warranty walk.  ⟦password|camera admin password in a vendor handover (reused)⟧
The API account for time-lapse pulls is `ironvale_api`; password in Secrets Manager `sitewatch/earthcam`.  ⟪pointer to Secrets Manager⟫
"""),
    ("exports/jira/IT-4471.json", r"""
{
  "key": "IT-4471",
  "fields": {
    "summary": "stage params file has a real DB password",
    "reporter": {"displayName": "Renata Silva"},
    "description": "infra/cfn/stage-overrides.params.yaml has FieldDbPassword in clear. Rotated? The old one was «pwp:fielddbstage».",  ⟦password|password quoted in a Jira ticket (reused)⟧
    "comment": {"comments": [
      {"author": {"displayName": "Jarrah Nguyen"}, "body": "Rotated, new value in SSM /fieldline/stage/db. Closing."}  ⟪pointer to SSM⟫
    ]}
  }
}
"""),
    ("exports/servicenow/INC0091822.txt", r"""
Number: INC0091822
Caller: Lachlan Byrne (Brisbane, BNE-3104)
Short description: turnstile lane 3 not accepting inductions
Work notes:
  2026-05-13 07:42 AEST  Vendor remoted in with the controller admin (ivcadmin / «pwau:boonedam»), re-synced HammerTech.  ⟦password|controller password in an incident work note (reused)⟧
  2026-05-13 08:10 AEST  Working. Told vendor to change the password; tracked in CHG0031177.
State: Resolved
"""),
    ("exports/slack/field-ops-2026-05.json", r"""
[
  {"type": "message", "user": "U04R7KX2P9A", "ts": "1778745612.004100", "text": "anyone know why the drone upload is failing?"},
  {"type": "message", "user": "U05J2MQ8D3C", "ts": "1778745701.004300", "text": "try the old skyframe key: «akid:skyframeslack»"},  ⟦aws-key-id|key id in a Slack message⟧
  {"type": "message", "user": "U05J2MQ8D3C", "ts": "1778745709.004500", "text": "secret «awssec:skyframeslack»"},  ⟦aws-secret|secret in a Slack message⟧
  {"type": "message", "user": "U03AAQ7LZ1B", "ts": "1778745890.004900", "text": "please don't paste keys here :rotating_light: - use 1Password"}
]
"""),
    ("exports/teams/survey-channel.html", r"""
<html><body>
<div class="message"><span class="from">Siobhan Kelly</span> <span class="time">2026-05-02 09:14</span>
<p>Crew 5 rover keeps getting 401 from the caster.</p></div>
<div class="message"><span class="from">Matthias Vogel</span> <span class="time">2026-05-02 09:20</span>
<p>Use crew03 / «ntrip:crew03» until I make crew05 a login.</p></div>  ⟦password|NTRIP password in a Teams message (reused)⟧
<div class="message"><span class="from">Siobhan Kelly</span> <span class="time">2026-05-02 09:31</span>
<p>Works, thanks. Also the CDOT CORS login expired.</p></div>
</body></html>
"""),
    ("exports/email/2026-05-07-wagner-visionlink.eml", r"""
From: "Derek Pruitt" <dpruitt@wagnerequipment.com>
To: fleet@ironvale-civil.com
Subject: VisionLink API access for Ironvale
Date: Thu, 07 May 2026 10:02:11 -0600
Content-Type: text/plain; charset=utf-8

Wyatt,

Your AEMP / VisionLink API app is approved. Client ID: ironvale-aemp-prod
Client secret: «b62:36-catvl»  ⟦app-secret|VisionLink client secret in a dealer e-mail (reused)⟧
Token URL: https://fedlogin.cat.com/as/token.oauth2

Also, your temporary password for the dealer parts portal is «pwp:wagnertmp» (change at first login).  ⟦?password|temporary first-login password in a vendor e-mail⟧

Derek
"""),
    ("exports/email/2026-03-12-ses-kiosk.eml", r"""
From: "Tobias Klein" <tobias.klein@ironvale-civil.com>
To: "Harpreet Gill" <hgill@kioskworks.io>
Subject: SMTP for the time-clock kiosks
Date: Thu, 12 Mar 2026 15:40:09 -0600
Content-Type: text/plain; charset=utf-8

Hi Harpreet - SMTP settings for the kiosk receipts:
server email-smtp.us-west-2.amazonaws.com port 587
user «akid:seskiosk»  ⟦aws-ses-smtp|SES SMTP user in an e-mail (reused)⟧
password «sesv4:seskiosk»  ⟦aws-ses-smtp|SES SMTP password in an e-mail (reused)⟧
Thanks, Tobias
"""),
    ("exports/whatsapp/bne-3104-foremen.txt", r"""
[12/05/2026, 6:02:14 am] Lachlan Byrne: morning all, gate 2 turnstile down again
[12/05/2026, 6:05:40 am] Nguyen Thi Mai: crane pick at 7, wind's fine on the WeatherLink
[12/05/2026, 6:07:02 am] Lachlan Byrne: site office wifi pw is «wifipsk:bneoffice» for the concreters  ⟦password|site Wi-Fi password in a chat export⟧
[12/05/2026, 6:09:51 am] Nguyen Thi Mai: 👍
"""),
    ("exports/procore/rfi-0412.json", r"""
{
  "id": «num:7-rfiid»,
  "number": "0412",
  "subject": "Access to the post-tension monitoring portal",
  "questions": [{"body": "Please provide login for the PT stressing records portal."}],
  "responses": [
    {"created_by": {"name": "Renata Silva"}, "body": "Login: ptrecords@ironvale-civil.com / «pwl:ptportal» (read-only)."}  ⟦password|password in a Procore RFI response⟧
  ]
}
"""),
    ("logs/ironfleet/aemp-pull-2026-05-14.log", r"""
2026-05-14T06:15:02Z INFO  feed=komtrax page=1 status=200 equipment=214
2026-05-14T06:15:03Z DEBUG feed=case-sitewatch request headers={'Authorization': 'Basic «basicfleet:case»'}  ⟦password-b64|basic-auth header in a debug log⟧
2026-05-14T06:15:03Z INFO  feed=cat-visionlink token=eyJ****… (masked) expires_in=3600  ⟪masked token⟫
2026-05-14T06:15:04Z WARN  feed=liebherr-lidat status=401 user=IVC-LIDAT
"""),
    ("logs/cloudtrail/2026-05-14-field.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-05-14T15:02:11Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "awsRegion": "us-west-2", "sourceIPAddress": "73.14.201.9", "userIdentity": {"type": "IAMUser", "principalId": "«aida:aerometrix»", "arn": "arn:aws:iam::614208937155:user/vendor-aerometrix", "accountId": "614208937155", "accessKeyId": "«akid:aerometrix»", "userName": "vendor-aerometrix"}, "requestID": "«up:16-req1»"},  ⟦aws-key-id|CloudTrail accessKeyId (reused)⟧
 {"eventVersion": "1.09", "eventTime": "2026-05-14T15:04:40Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "awsRegion": "us-west-2", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:gridpoint»:gridpoint-sync", "accessKeyId": "«asia:gridpointct»"}, "requestID": "«up:16-req2»"},  ⟦aws-key-id|CloudTrail temporary accessKeyId⟧
 {"eventVersion": "1.09", "eventTime": "2026-05-14T15:09:12Z", "eventSource": "iam.amazonaws.com", "eventName": "ListUsers", "awsRegion": "us-east-1", "userIdentity": {"type": "IAMUser", "principalId": "«aida:earthcam»", "accessKeyId": "«akid:earthcamct»", "userName": "vendor-earthcam-upload"}, "requestID": "«up:16-req3»"}  ⟦aws-key-id|CloudTrail accessKeyId of a vendor⟧
]}
"""),
    ("logs/codebuild/fieldline-android-1812.log", r"""
[Container] 2026/05/11 21:04:12.331 Running command echo "sentry token: $SENTRY_AUTH_TOKEN"
sentry token: «sntrys:fieldapp»  ⟦sentry|Sentry token printed in a build log (reused)⟧
[Container] 2026/05/11 21:04:12.540 Running command ./gradlew assembleRelease
> Task :app:packageRelease
BUILD SUCCESSFUL in 4m 12s
"""),
    ("logs/alb/subgate-2026-05-14.log", r"""
https 2026-05-14T17:22:09.112Z app/subgate-prod/«hex:16-albid» 73.14.201.9:51022 10.40.2.31:8080 0.001 0.214 0.000 200 200 612 48812 "GET https://subs.ironvale-civil.com:443/docs/coi?u=https%3A%2F%2Fivc-subgate-docs.s3.us-west-2.amazonaws.com%2Fcoi%2F8812.pdf%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:subgatepresign»%252F20260514%252Fus-west-2%252Fs3%252Faws4_request%26X-Amz-Signature%3D«sha256:presignsig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|presigned URL key id in an ALB log⟧
https 2026-05-14T17:22:11.450Z app/subgate-prod/«hex:16-albid» 73.14.201.9:51022 10.40.2.31:8080 0.001 0.031 0.000 200 200 410 1212 "GET https://subs.ironvale-civil.com:443/health HTTP/1.1" "ELB-HealthChecker/2.0" - -  ⟪ALB log line⟫
"""),
    ("logs/ntripcaster/debug-2026-05-02.log", r"""
[02/May/2026:09:12:40] [1] Connection from 174.51.88.20 requesting /IVC_DEN01
[02/May/2026:09:12:40] [1] DEBUG header: Authorization: Basic «basicntrip:crew07»  ⟦password-b64|NTRIP basic auth in a caster debug log⟧
[02/May/2026:09:12:40] [1] Client crew07 authenticated, streaming /IVC_DEN01 (RTCM 3.2)
"""),
    ("dumps/subgate_users.csv", r"""
id,email,company,role,password_hash,created_at
1,renata.silva@ironvale-civil.com,Ironvale,admin,«bcrypt:u1»,2025-10-02  ⟪bcrypt hash⟫
2,estimating@frontrange-rebar.com,Front Range Rebar,sub,«bcrypt:u2»,2025-11-14
3,office@bne-formwork.com.au,BNE Formwork,sub,«bcrypt:u3»,2026-01-09
"""),
    ("dumps/fieldline_integrations.sql", r"""
-- pg_dump of fieldline.integrations (2026-05-10)
COPY public.integrations (id, vendor, config, updated_at) FROM stdin;
1	hammertech	{"api_key": "«ggkey:hammertech»"}	2026-04-01 10:00:00  ⟦app-secret|HammerTech key in a PostgreSQL COPY dump (reused)⟧
2	safetyculture	{"token_ref": "ssm:/fieldline/prod/safetyculture"}	2026-04-01 10:00:00  ⟪SSM reference⟫
\.
"""),
    ("dumps/vista_udVendorPortal.sql", r"""
-- SQL Server export of a Vista user-defined table of supplier portals (script generated 2026-04-30)
INSERT INTO dbo.udVendorPortal (Vendor, Url, Login, Pwd) VALUES (4471, N'https://portal.martinmarietta.com', N'ironvale', N'«pwc:mmportal»');  ⟦password|supplier portal password in a SQL insert⟧
INSERT INTO dbo.udVendorPortal (Vendor, Url, Login, Pwd) VALUES (5120, N'https://myaccount.unitedrentals.com', N'ivc.rentals', N'«pwn:urportal»');  ⟦password|rental portal password in a SQL insert⟧
INSERT INTO dbo.udVendorPortal (Vendor, Url, Login, Pwd) VALUES (5304, N'https://www.sunbeltrentals.com', N'ivc.rentals', NULL);
"""),
    ("leftovers/creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("leftovers/lambda-env-export.json", r"""
{"FunctionName": "fuel-sync", "Environment": "{\"Variables\":{\"AWS_ACCESS_KEY_ID\":\"«akid:fueljson»\",\"AWS_SECRET_ACCESS_KEY\":\"«awssec:fueljson»\"}}"}  ⟦aws-key-id|key pair in JSON-in-JSON⟧
"""),
    ("leftovers/wp-mail-form.txt", r"""
POST /wp-admin/options.php HTTP/1.1
Host: www.ironvale-civil.com
Content-Type: application/x-www-form-urlencoded

option_page=wp_mail_smtp&smtp_host=email-smtp.us-west-2.amazonaws.com&smtp_user=«akid:seswp»&smtp_pass=«pct:sesv4:seswp»&submit=Save  ⟦aws-ses-smtp|percent-encoded SES SMTP credential in a form body⟧
"""),
    ("leftovers/export-unicode.json", r"""
{"name": "gridpoint-sync", "value": "«uesc:awssec:gridpointesc»"}  ⟦aws-secret|\uXXXX-escaped secret⟧
"""),
    ("leftovers/double.txt", r"""
# found in an old Jenkins job parameter
«b64b64:awssec:jenkinsold»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("leftovers/hexdump.txt", r"""
telematics_secret=«hexenc:awssec:telemhex»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("leftovers/percent-secret.txt", r"""
aws_secret=«pct:awssec:pctleft»  ⟦aws-percent|percent-encoded AWS secret⟧
"""),
    ("reports/iam-key-report-2026-05.csv", r"""
user,access_key_id,status,created,last_used
vendor-aerometrix,«akid:aerometrix»,Active,2024-09-02,2026-05-14  ⟦aws-key-id|key id in an IAM key report (reused)⟧
vendor-earthcam-upload,«akid:earthcamct»,Active,2025-01-20,2026-05-14  ⟦aws-key-id|key id in an IAM key report (reused)⟧
svc-ironfleet-backfill,«akid:leakfork»,Inactive,2025-06-11,2026-04-21  ⟦?aws-key-id|inactive key id in a key report (reused)⟧
"""),
    ("secrets/sops/payrun.enc.yaml", r"""
lcptracker_api_key: «sops:lcp»  ⟪SOPS value⟫
datev_client_secret: «sops:datev»
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:280371946620:key/«uuid:kmssops»
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    lastmodified: "2026-05-01T10:00:00Z"
    mac: «sops:mac»
    version: 3.9.0
"""),
    ("ops/vault/approle-gridpoint.txt", r"""
# AppRole for the gridpoint bridge (rotated 2026-05-02)
role_id=«uuid:approlerole»  ⟪AppRole role id⟫
secret_id=«uuid:approlesecret»  ⟦vault|Vault AppRole secret_id⟧
"""),
]
