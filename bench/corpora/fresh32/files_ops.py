"""fresh32 templates, operations (Talusridge Mountain Resorts): home directories of engineers, lift
maintainers and contractors, scripts, runbooks and wiki pages, chat, tickets and e-mails, logs, HAR files,
exports and backups with encoded credentials, key reports and key material.
Markers: render.py and README.md."""

FILES = [
    ("home/kenji/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:kenji»  ⟦aws-key-id|credentials file key id⟧
aws_secret_access_key = «awssec:kenji»  ⟦aws-secret|credentials file secret⟧

[mfa]
aws_access_key_id = «asia:kenjimfa»  ⟦aws-key-id|temporary key id in a credentials file⟧
aws_secret_access_key = «awssec:kenjimfa»  ⟦aws-secret|temporary secret in a credentials file⟧
aws_session_token = «stok:kenjimfa»  ⟦aws-session-token|session token in a credentials file⟧

[ot-readonly]
role_arn = arn:aws:iam::270381946512:role/ot-readonly
source_profile = default

[sso-data]
sso_session = trmr
sso_account_id = 392760184453
sso_role_name = DataEngineer
"""),
    ("home/kenji/.aws/config", r"""
[default]
region = us-west-2
[profile vendor-hkd]
credential_process = /usr/local/bin/aws-vault exec vendor-hkd --json  ⟪credential_process⟫
[sso-session trmr]
sso_start_url = https://talusridge.awsapps.com/start
"""),
    ("home/kenji/.bash_history", r"""
cd ~/src/ridgeline
export AWS_ACCESS_KEY_ID=«docs:akid»  ⟪documentation key id from a tutorial⟫
export SNOWFLAKE_PASSWORD='«pwn:kenjisnow»'  ⟦password|export of a password in bash history (same as dbt dev)⟧
dbt run -s marts.lift_utilization
PGPASSWORD=«pwn:hivemeta» psql -h ridgeline-metastore.c7xq2ld9f1ab.us-west-2.rds.amazonaws.com -U hive metastore  ⟦password|PGPASSWORD in history (same as Terraform)⟧
aws sts get-session-token --duration-seconds 3600
export AWS_SESSION_TOKEN=«stok:kenjisess»  ⟦aws-session-token|session token exported in history⟧
redis-cli -h switchback-cache.trmr.local --tls -a «pwp:sbredis» ping  ⟦password|redis-cli -a (same as Helm)⟧
mysql -u wp_www -p«pwl:wpdb» -h cms-db.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com talusridge_www  ⟦password|mysql -p (same as wp-config)⟧
git push origin main
"""),
    ("home/kenji/.pgpass", r"""
ridgeline-metastore.c7xq2ld9f1ab.us-west-2.rds.amazonaws.com:5432:metastore:hive:«pwn:hivemeta»  ⟦password|.pgpass line (same as Terraform)⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/kenji/.netrc", r"""
machine nexus.trmr.io login talusridge-build password «pwx:nexusbuild»  ⟦password|.netrc password (same as the buildspec)⟧
machine api.github.com login kenji-trmr password «ghp:kenji»  ⟦github|GitHub PAT in .netrc⟧
"""),
    ("home/kenji/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:kenji»"},  ⟦docker-hub|docker config auth (Docker Hub PAT in base64)⟧
    "614829305177.dkr.ecr.us-west-2.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""),
    ("home/kenji/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: trmr-mtn
    cluster:
      server: https://«uhex:32-eksid».gr7.us-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceks:trmr-mtn-eks»  ⟪base64 CA certificate⟫
users:
  - name: trmr-mtn
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, trmr-mtn]  ⟪exec plugin⟫
  - name: k3s-cndr-edge
    user:
      token: «lo:8-k3s».«lo:16-k3s2»  ⟦app-secret|k3s bearer token in a kubeconfig⟧
"""),
    ("home/kenji/.ssh/id_ed25519", r"""
«openssh:edkenji:kenji@trmr-mbp»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/kenji/.ssh/id_ed25519.pub", r"""
«sshpub:edkenji:kenji@trmr-mbp»  ⟪SSH public key⟫
"""),
    ("home/kenji/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTY=  ⟪hashed known_hosts line⟫
"""),
    ("home/liftmaint/Documents/ot-logins.txt", r"""
OT LOGINS - lift maintenance crew (do not email this file!!)
Kepware CNDR admin: Administrator / «pw:kepcndr»  ⟦password|Kepware admin login in a shared notes file⟧
Kepware HLWB admin: Administrator / «pw:kephlwb»  ⟦password|Kepware HLWB (same as the edge stack)⟧
Ewon CNDR adm: «pwn:ewoncndr»  ⟦password|Ewon adm (same as comcfg)⟧
Doppelmayr Connect portal: liftmaint@talusridge.com / ask Colm (he has the Authenticator)  ⟪pointer to a person⟫
PTRM tram HMI: see the laminated card in the drive room  ⟪pointer to a card⟫
Snowmaking ATASS PTRM: «pwl:atassptrm»  ⟦password|ATASS password in notes (same as atass.ini)⟧
"""),
    ("home/liftmaint/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Test-NetConnection 10.62.11.10 -Port 102
net use Z: \\ot-fs\lifts /user:OT\liftmaint «pwn:liftmaintad»  ⟦password|net use password in PowerShell history⟧
cmdkey /generic:TERMSRV/ot-jump01 /user:OT\liftmaint /pass:«pwn:liftmaintad»  ⟦password|cmdkey /pass: (same)⟧
$pw = Read-Host -AsSecureString  ⟪interactive prompt⟫
Copy-Item Z:\cndr\C4\*.ap18 C:\Projects\ -Recurse
"""),
    ("home/liftmaint/AppData/Roaming/WinSCP.ini", r"""
[Sessions\ot-fs]
HostName=ot-fs.ot.trmr.local
UserName=liftmaint
Password=A35C4E5B6D6A6F6C2E6E6F333A3B2F6D6B  ⟪WinSCP obfuscated password⟫
[Sessions\ewon-cndr]
HostName=10.62.11.250
UserName=adm
"""),
    ("home/liftmaint/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.66.4">
  <Servers>
    <Server>
      <Host>ftp.avycenter.org</Host>
      <Port>21</Port>
      <User>talusridge</User>
      <Pass encoding="base64">«b64:pwp:avyftp»</Pass>  ⟦password-b64|FileZilla base64 password (same as the CRBasic program)⟧
      <Name>Avy centre</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/astrid/.config/rclone/rclone.conf", r"""
[webcams]
type = s3
provider = AWS
access_key_id = «akid:webcamvendor»  ⟦aws-key-id|rclone key id (same as the uploader)⟧
secret_access_key = «awssec:webcamvendor»  ⟦aws-secret|rclone secret (same)⟧
region = us-west-2

[avy-ftp]
type = ftp
host = ftp.avycenter.org
user = talusridge
pass = «b64k:24-rcloneobscured»  ⟦?password|rclone-obscured password (reversible, policy)⟧
"""),
    ("home/astrid/.s3cfg", r"""
[default]
access_key = «akid:astrid»  ⟦aws-key-id|s3cmd key id⟧
secret_key = «awssec:astrid»  ⟦aws-secret|s3cmd secret⟧
host_base = s3.amazonaws.com
"""),
    ("home/astrid/.git-credentials", r"""
https://astrid-trmr:«ghfg:astrid»@github.com  ⟦github|fine-grained GitHub PAT in .git-credentials⟧
"""),
    ("home/astrid/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:astrid»  ⟦npm|npm token in .npmrc⟧
@talusridge:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=${GITHUB_TOKEN}  ⟪${VAR}⟫
"""),
    ("home/astrid/.my.cnf", r"""
[client]
user=wp_www
password="«pwl:wpdb»"  ⟦password|.my.cnf password (same as wp-config)⟧
host=cms-db.cluster-c7xq2ld9f1ab.us-west-2.rds.amazonaws.com
"""),
    ("home/contractor-hkd/.vault-token", r"""
«hvs:hkd»  ⟦vault|Vault token file⟧
"""),
    ("home/contractor-hkd/openvpn/trmr-ot.ovpn", r"""
client
dev tun
proto udp
remote vpn-ot.talusridge.com 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:TRMR OT VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|OpenVPN client key inline⟧
</key>
<tls-crypt>
-----BEGIN OpenVPN Static key V1-----  ⟦private-key|OpenVPN tls-crypt static key⟧
«hex:32-tc1»
«hex:32-tc2»
«hex:32-tc3»
«hex:32-tc4»
-----END OpenVPN Static key V1-----
</tls-crypt>
"""),
    ("home/contractor-hkd/openvpn/creds.txt", r"""
hkd-tech
«pwl:hkdvpn»  ⟦password|OpenVPN credentials file password (same as the controller JSON)⟧
"""),
    ("scripts/rotate_gate_keys.sh", r"""
#!/usr/bin/env bash
# rotate the firnline gate-bridge IAM key (run from the OT jump host); see RB-14
set -euo pipefail
OLD_KEY_ID="«akid:gatebridgeold»"  ⟦aws-key-id|old key id hard-coded in a rotation script⟧
NEW=$(aws iam create-access-key --user-name firnline-gate-bridge)
aws iam update-access-key --user-name firnline-gate-bridge --access-key-id "$OLD_KEY_ID" --status Inactive
aws secretsmanager put-secret-value --secret-id firnline/gate-bridge --secret-string "$NEW"  ⟪secret from a command⟫
"""),
    ("scripts/restore_pos_db.ps1", r"""
# restore SiriusSQL nightly copy to the reporting server
$cs = 'Server=POS-RPT01;Database=SiriusSQL_rpt;User Id=sa;Password=«pwc:posrptsa»;TrustServerCertificate=true'  ⟦conn-string|sa connection string in a restore script⟧
Invoke-Sqlcmd -ConnectionString $cs -Query "RESTORE DATABASE SiriusSQL_rpt FROM DISK='\\backup\pos\SiriusSQL.bak' WITH REPLACE"
"""),
    ("scripts/seasonal_onboard.py", r"""
# bulk-create seasonal staff accounts (lift ops, rental, ski school) from the HR CSV
import csv
import ldap3

DEFAULT_FIRST_LOGON = "«pw:seasonfirst»"  ⟦password|default first-logon password for seasonal staff⟧
BIND_DN = "CN=svc-onboard,OU=Service,DC=trmr,DC=local"
BIND_PW = "«pwx:svconboard»"  ⟦password|LDAP bind password in a script⟧
"""),
    ("scripts/snow_report_push.sh", r"""
#!/bin/sh
# push the 5 am snow report to OnTheSnow / Skiresort.info feeds
curl -fsS -X POST https://feeds.onthesnow.com/v2/resorts/talusridge \
  -H "X-Api-Key: «hex:32-ots»" \  ⟦app-secret|partner feed API key in a curl header⟧
  -d @/var/lib/snowreport/today.json
curl -fsS -u "talusridge:$SKIRESORT_PW" https://api.skiresort.info/report  ⟪$VAR⟫
"""),
    ("docs/runbooks/RB-14-gate-outage.md", r"""
# RB-14 RFID gates offline at an area

1. Check the gate bridge pod: `kubectl -n gates logs deploy/gate-bridge-cndr`.
2. If DCI answers 401, the password was rotated: the current one is in Secrets Manager `firnline/dci`.  ⟪pointer to Secrets Manager⟫
3. Gates fall back to the offline whitelist for 36 h. To force a whitelist push from the gate PC use the
   Axess service login `axesstech` with password `«pwr:axesstech»`.  ⟦password|runbook password in backticks⟧
4. Turnstiles can be opened manually with the lift-op key (KABA 1470) - no code needed.
"""),
    ("docs/runbooks/RB-22-snowmaking-night-shift.md", r"""
# Snowmaking night shift - handover

- ATASS at CNDR/HLWB: log in as `nightshift` (password changes monthly, posted in #snowmaking-ops pinned message).  ⟪pointer to a pinned message⟫
- If the HKD cloud is down, use the local SnowMaker UI on PH2: http://10.63.20.5, user admin, pw «pwp:hkdlocal»  ⟦password|local UI password in a handover runbook⟧
- Compressor house at LRKS: the Atlas Copco SMARTLINK login is on the vendor sheet.
"""),
    ("docs/wiki/Avalanche-Control-Systems.md", r"""
# Avalanche control systems (snow safety)

| Area | System | Link | Account |
|---|---|---|---|
| LRKS | Wyssen towers T1-T4 | Iridium SBD via RockBLOCK | avy-lrks@talusridge.com / «pw:rockblock» |  ⟦password|RockBLOCK password in a wiki table (same as the controller)⟧
| PTRM | Gazex x6 | Satel radio + RUT955 | see the Gazex page |
| CNDR | hand charges + avalauncher | n/a | n/a |

The explosives magazine door (HID iCLASS + PIN) audit export goes to the ATF binder every Monday.
"""),
    ("docs/wiki/Lodging-Interfaces.md", r"""
# Lodging interfaces

RTP|ONE ⇄ Inntopia ⇄ Salto/Ambiance. The bridge runs on PMS-BRIDGE01 (UserData in `infra/cfn/lodging-pms.yaml`).
For the Ambiance API we authenticate with an API key kept in SSM `/lodging/ambiance/api-key`.  ⟪pointer to SSM⟫
RTP ONE sandbox: https://talusridge-sb.rtp.io user `ifc_sandbox` password `sandbox123`  ⟪sandbox default⟫
Front desk encoders: PIN is set per station, see `lodging/locks/ambiance/encoder-stations.csv`.
"""),
    ("docs/onboarding/it-seasonal-staff.md", r"""
# First day - seasonal IT checklist

Your AD account is first.last; the first-logon password is «pw:seasonfirst» and you must change it.  ⟦?password|default first-logon password in an onboarding doc (policy)⟧
Lift-ops tablets: PIN 1234 until they are enrolled in Knox.  ⟪documented default PIN⟫
Wi-Fi for staff devices: TRMR-Staff, passphrase «wifipsk:staff»  ⟦password|staff Wi-Fi passphrase in an onboarding doc (same as the controller)⟧
"""),
    ("docs/postmortems/2026-11-28-opening-day-gates.md", r"""
# Postmortem: opening day, gates at CNDR rejected valid passes for 47 minutes

Root cause: the DCI password was rotated in Axess but not in Sirius.ini and the gate bridge fallback.
Timeline 08:31 - gate bridge logs `401 Unauthorized user=gatebridge`.
08:44 - Colm hard-coded the old password («pwl:axessdci») in the Rust fallback to get gates open.  ⟦password|password quoted in a postmortem⟧
09:18 - all gates green. Action items: move DCI creds to Secrets Manager (GATE-311), remove FALLBACK.
"""),
    ("docs/vendors/doppelmayr-connect-access.md", r"""
# Doppelmayr Connect remote access

Doppelmayr service connects through Talk2M to the Ewons at each area. Our Talk2M account `doppelmayr-na`,
the per-area users are in `ot/lifts/<area>/ewon/comcfg.txt`.
Emergency access code for the Doppelmayr hotline (they ask for it before remoting in): «num:8-dmhotline»  ⟦?password|vendor hotline verification code (policy)⟧
"""),
    ("chat/slack-mountain-ops-export.json", r"""
[
  {"ts": "1764402311.002100", "user": "U07LIFTMNT", "text": "PTRM tram HMI locked us out again, anyone have the maint login?"},
  {"ts": "1764402388.002400", "user": "U05COLMRD", "text": "maint / «plc:tramhmi» - and please stop writing it on the whiteboard"},  ⟦password|HMI password in a Slack message⟧
  {"ts": "1764402401.002500", "user": "U07LIFTMNT", "text": "ty"},
  {"ts": "1764402460.002600", "user": "U05COLMRD", "text": "the Talk2M login is in Keeper: Lifts/Doppelmayr Connect"},  ⟪pointer to a vault⟫
  {"ts": "1764489201.004100", "user": "U03KENJIS", "text": "for the vendor, temp key: «akid:hkdtemp» / «awssec:hkdtemp» (delete after friday)"},  ⟦aws-key-id|key id and secret pasted in Slack⟧
  {"ts": "1764489290.004300", "user": "U03KENJIS", "text": "the old one was AKIA****************, already disabled"}  ⟪masked key⟫
]
"""),
    ("chat/teams-lodging-frontdesk.html", r"""
<div class="message"><span class="author">Noemi Ricci</span><span class="time">12/02/2026 06:41</span>
<p>Encoder 2 at Summit Lodge wants the operator PIN after the update, what is it?</p></div>
<div class="message"><span class="author">Pernille Holm</span><span class="time">12/02/2026 06:43</span>
<p>«pin:6-enc2» (same as before). Don't put it on the sticky note again please</p></div>  ⟦password|encoder PIN in a Teams message (same as the CSV)⟧
"""),
    ("chat/whatsapp-grooming-crew.txt", r"""
12/3/26, 21:02 - Sander: snowsat portal is asking to log in again on the PB600 14 tablet
12/3/26, 21:04 - Yusuf: user hlwb-fleet, pin «pin:6-prinothpin» for prinoth, for snowsat use the shared one  ⟦password|fleet PIN in a WhatsApp export (same as the CSV)⟧
12/3/26, 21:05 - Yusuf: snowsat shared login grooming@talusridge.com / «pwp:snowsatportal»  ⟦password|portal password in a WhatsApp export⟧
12/3/26, 21:07 - Sander: 👍
"""),
    ("tickets/jira-GATE-311.json", r"""
{
  "key": "GATE-311",
  "fields": {
    "summary": "Move Axess DCI credentials to Secrets Manager",
    "description": "Today the DCI password lives in Sirius.ini, the gate bridge fallback, Argo CD and the Lambda env. Current value for reference: «pwl:axessdci»",  ⟦password|password in a Jira description (same as everywhere)⟧
    "status": {"name": "In Progress"},
    "customfield_10020": [{"name": "Sprint 41"}]
  }
}
"""),
    ("tickets/servicenow-INC0041877.txt", r"""
Number: INC0041877        Opened: 2026-12-04 07:55       Caller: Lorenzo Bassi (Rental CNDR)
Short description: Fitting station LRKS-FIT-2 can't sync DIN records
Work notes:
  2026-12-04 08:20 (Riven Okafor) back-office API key on the station was the old one, replaced with «b62:32-rentalfit». Synced OK.  ⟦app-secret|API key in a ServiceNow work note (same as the properties)⟧
  2026-12-04 08:24 (Riven Okafor) closing.
"""),
    ("tickets/zendesk-guest-88213.json", r"""
{
  "id": 88213,
  "subject": "Can't log in to my pass account",
  "comments": [
    {"author": "guest", "body": "I reset it but never got the email"},
    {"author": "agent:ingrid", "body": "I've set a temporary password for you: «pwn:guesttemp». Please change it after you log in."}  ⟦?password|temporary password an agent gave a guest (policy)⟧
  ]
}
"""),
    ("mail/2026-10-14-hkd-vendor-access.eml", r"""
From: Kenji Watanabe <kenji.watanabe@talusridge.com>
To: service@hkdsnowmakers.com
Subject: AWS access for the PH2 telemetry upload
Date: Wed, 14 Oct 2026 16:22:09 -0600
Content-Type: text/plain; charset=utf-8

Hi Tom,

as discussed, here is the key for the bucket (write-only to hkd-inbox/):

  Access key ID: «akid:hkdvendor»  ⟦aws-key-id|key id in an e-mail (same as Terraform locals)⟧
  Secret: «awssec:hkdvendor»  ⟦aws-secret|secret in an e-mail⟧

Kenji
"""),
    ("mail/2026-11-20-ses-smtp-skischool.eml", r"""
From: IT Ops <it@talusridge.com>
To: support@snowsportsbooking.com
Subject: Re: SMTP relay for lesson confirmations
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

Server: email-smtp.us-west-2.amazonaws.com, port 587, STARTTLS
Username: «akid:sesskischool»  ⟦aws-key-id|SES SMTP user in an e-mail (same as the stack comment)⟧
Password: «sesv4:sesskischool»  ⟦aws-ses-smtp|SES SMTP password in an e-mail⟧
"""),
    ("mail/2026-12-01-payroll-sftp.eml", r"""
From: payroll@talusridge.com
To: integrations@j1sponsor.org
Subject: new SFTP credentials
Content-Type: text/plain

Username: talusridge
Password: «pwx:j1sponsor»  ⟦password|SFTP password in an e-mail (same as the SecretString)⟧
Host key fingerprint: SHA256:«b64k:32-j1fp»  ⟪host key fingerprint⟫
"""),
    ("logs/gate-bridge-cndr-2026-11-28.log", r"""
2026-11-28T08:31:02.114Z INFO  dci: POST https://dci.cndr.trmr.local:8443/api/v4/whitelist user=gatebridge
2026-11-28T08:31:02.200Z WARN  dci: 401 Unauthorized user=gatebridge
2026-11-28T08:44:51.001Z DEBUG dci: request headers {"Authorization": "Basic «basicof:gatebridge=pwl:axessdci»"}  ⟦password-b64|basic-auth header logged at DEBUG (the DCI password)⟧
2026-11-28T08:44:51.310Z INFO  dci: 200 OK whitelist=48211 entries
"""),
    ("logs/cloudtrail-2026-12-05.json", r"""
{"Records": [
  {"eventTime": "2026-12-05T03:14:07Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "userIdentity": {"type": "IAMUser", "principalId": "«aida:hkd»", "accessKeyId": "«akid:hkdvendor»", "userName": "vendor-hkd"}, "sourceIPAddress": "185.44.12.9", "requestID": "«up:16-req1»"},  ⟦aws-key-id|CloudTrail accessKeyId (same as the e-mail)⟧
  {"eventTime": "2026-12-05T03:20:44Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:ot»:liftstatus", "accessKeyId": "«asia:ctot»"}, "requestID": "«up:16-req2»"}  ⟦aws-key-id|CloudTrail temporary key id⟧
]}
"""),
    ("logs/lift-status-2026-12-06.log", r"""
2026-12-06 07:59:58,112 INFO opcua connecting opc.tcp://kep-cndr.ot.trmr.local:49320 user=liftstatus_ro
2026-12-06 07:59:58,301 INFO lift C4 state=RUNNING speed=5.0 wind=7.2
2026-12-06 08:00:03,420 WARN lift T1 state=WIND_HOLD wind=21.8 gust=27.4
2026-12-06 08:00:05,002 DEBUG config loaded: {'opcua_user': 'liftstatus_ro', 'opcua_password': '«plc:opcualift»', 'push_url': 'https://api.talusridge.com/mountain/lifts'}  ⟦password|password in a DEBUG config dump (same as ECS)⟧
2026-12-06 08:00:05,010 INFO opcua password=****** (masked)  ⟪masked value⟫
"""),
    ("logs/alb-switchback-2026-12-01.log", r"""
https 2026-12-01T17:02:11.412Z app/switchback-prod/«hex:16-alb» 71.212.44.9:51812 10.40.2.41:8080 0.001 0.044 0.000 200 200 812 1450 "GET https://passes.talusridge.com:443/api/renewals?token=«jwt:renewal» HTTP/2.0" "Mozilla/5.0" - -  ⟦jwt|signed renewal token in an ALB log query string⟧
https 2026-12-01T17:02:12.003Z app/switchback-prod/«hex:16-alb» 71.212.44.9:51812 10.40.2.41:8080 0.001 0.012 0.000 302 302 640 220 "GET https://trmr-pass-photos.s3.us-west-2.amazonaws.com/p/88213.jpg?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:passphotos»%2F20261201%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«sha256:presig» HTTP/2.0" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("har/switchback-checkout.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://passes.talusridge.com/api/cart/checkout",
          "headers": [
            {"name": "authorization", "value": "Bearer «jwt:checkout»"},  ⟦jwt|bearer JWT in a HAR file⟧
            {"name": "cookie", "value": "__Secure-next-auth.session-token=«b62:64-nasession»"}  ⟦app-secret|session cookie in a HAR file⟧
          ],
          "postData": {"mimeType": "application/json", "text": "{\"cartId\":\"«uuid:cart»\",\"paymentMethod\":\"pm_1«b62:23-pm»\"}"}  ⟪payment method id⟫
        },
        "response": {"status": 200}
      }
    ]
  }
}
"""),
    ("har/salesware-api-debug.har", r"""
{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://salesware.trmr.local/api/login",
          "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "user=sb-web&password=«pct:pwx:salesweb»&site=CNDR"}  ⟦password|percent-encoded password in a HAR form body⟧
        },
        "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "SWSESSION=«uhex:32-swsess»; HttpOnly"}]}  ⟦?app-secret|session cookie in a HAR response (expires, policy)⟧
      }
    ]
  }
}
"""),
    ("backups/gate-pc-cndr/registry_export.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\AXESS\GateClient]
"DciUser"="gatectl_cndr"
"DciPasswordB64"="«b64:pwl:axessdci»"  ⟦password-b64|base64 password in a registry export⟧
"OfflineHours"=dword:00000024

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="gatepc"
"DefaultPassword"="«pwp:gatepcauto»"  ⟦password|Winlogon DefaultPassword⟧
"""),
    ("backups/edge-cndr/edge.env.b64", r"""
«b64:credini:edgecndr»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("backups/signage/player-state.json", r"""
{
  "player": "lift-line-display-C4",
  "uploader": {"region": "us-west-2", "bucket": "trmr-signage-270381946512", "key_id": "«akid:signageota»",  ⟦aws-key-id|key id in a player state backup (same as the workflow)⟧
  "secret_b64b64": "«b64b64:awssec:signageota»"}  ⟦aws-b64|double-base64 AWS secret in a player backup⟧
}
"""),
    ("backups/pos/possync-settings.hex", r"""
# PosSync settings blob as dumped by the support tool (hex of the UTF-8 JSON)
«hexenc:jsonkv:aws_secret_access_key=awssec:possync»  ⟦aws-hex|hex-encoded JSON with an AWS secret⟧
"""),
    ("backups/pos/possync-settings.unicode.json", r"""
{"profile": "possync", "region": "us-west-2",
 "key": "\u0041\u004b\u0049\u0041«uesc:b32:16-possyncid»",  ⟦aws-key-id|u-escaped AWS key id⟧
 "secret": "«uesc:awssec:possync»"}  ⟦aws-secret|u-escaped AWS secret (same as the hex blob)⟧
"""),
    ("backups/cms/wp-offload-media.form.txt", r"""
POST /wp-admin/options-general.php?page=amazon-s3-and-cloudfront HTTP/1.1
Content-Type: application/x-www-form-urlencoded

as3cf_access_key_id=«akid:wpoffload»&as3cf_secret_access_key=«pct:awssec:wpoffload»&bucket=trmr-cms-media  ⟦aws-key-id|percent-encoded form body with a key id and secret⟧
as3cf_secret_access_key_confirm=«pct:awssec:wpoffload»  ⟦aws-percent|percent-encoded AWS secret alone on its line⟧
"""),
    ("exports/iam-credential-report-2026-12-01.csv", r"""
user,arn,password_enabled,access_key_1_active,access_key_1_last_rotated,access_key_1_id
vendor-hkd,arn:aws:iam::845109273366:user/vendor-hkd,false,true,2025-10-14T16:01:00+00:00,«akid:hkdvendor»  ⟦aws-key-id|key id in a credential report (same as the e-mail)⟧
firnline-gate-bridge,arn:aws:iam::614829305177:user/firnline-gate-bridge,false,false,2024-11-02T10:00:00+00:00,«akid:gatebridgeold»  ⟦?aws-key-id|inactive key id in a report (policy)⟧
ses-smtp-skischool,arn:aws:iam::614829305177:user/ses-smtp-skischool,false,true,2026-11-20T09:00:00+00:00,«akid:sesskischool»  ⟦aws-key-id|SES SMTP key id in a report⟧
"""),
    ("exports/staff_housing_wifi.csv", r"""
dorm,room,ssid,psk
Basin Dorm A,101-120,TRMR-Dorm-A,«wifipsk:dorma»  ⟦password|dorm Wi-Fi PSK in a CSV⟧
Basin Dorm B,201-230,TRMR-Dorm-B,«wifipsk:dormb»  ⟦password|dorm Wi-Fi PSK in a CSV⟧
Ptarmigan Bunkhouse,all,TRMR-Bunk,(open, captive portal)
"""),
    ("exports/pos-db-dump-users.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36 (rental waiver kiosk DB)
INSERT INTO `kiosk_users` VALUES (1,'admin','«bcrypt:kiosk1»','2026-10-01');  ⟪bcrypt hash⟫
INSERT INTO `integrations` VALUES (1,'skiwaivers','«b62:36-waiver»','active');  ⟦app-secret|API key in a SQL dump (same as Rails)⟧
INSERT INTO `integrations` VALUES (2,'mailchimp','','disabled');  ⟪empty value⟫
"""),
    ("certs/switchback-tls.key", r"""
«pem:pkcs8:rsatls»  ⟦private-key|TLS private key⟧
"""),
    ("certs/switchback-tls.crt", r"""
«cert:rsatls:passes.talusridge.com»  ⟪certificate⟫
"""),
    ("certs/gate-jwks.pub.pem", r"""
«pubpem:ecjwks»  ⟪public key PEM⟫
"""),
    ("notebooks/ops/lift_wind_holds.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# Wind holds by lift, 2025/26"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [], "source": [
    "from influxdb_client import InfluxDBClient\n",
    "c = InfluxDBClient(url='http://hist.cndr.trmr.local:8086', token='«urlsafe:64-histcndr»', org='talusridge')\n"  ⟦app-secret|InfluxDB token in a notebook (same as the maintenance script)⟧
  ]}
 ],
 "metadata": {},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("monitoring/datadog/datadog.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog agent api_key⟧
site: datadoghq.com
tags: [env:prod, area:cndr]
logs_enabled: true
"""),
    ("monitoring/pagerduty/services.json", r"""
{
  "services": [
    {"name": "Lift status API", "integration_key": "«pdkey:liftstatus»"},  ⟦pagerduty|PagerDuty integration key⟧
    {"name": "Gates", "integration_key": "R0«up:30-pdint»"}  ⟦pagerduty|PagerDuty integration key⟧
  ]
}
"""),
    ("monitoring/sentry/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=talusridge
defaults.project=patrol-app
auth.token=sntrys_«b62:60-sentryauth»  ⟦sentry|Sentry auth token⟧
"""),
    ("secrets/sops/switchback.enc.yaml", r"""
stripe_secret_key: «sops:sbstripe»  ⟪SOPS value⟫
db_password: «sops:sbdb»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:us-west-2:614829305177:key/«uuid:kmssops»
      enc: «kms:sopsdatakey»  ⟪KMS data key⟫
  mac: «sops:mac»  ⟪SOPS MAC⟫
  version: 3.8.1
"""),
]

FILES += [
    ("docs/security/secrets-policy.md", r"""
# Secrets policy (IT and OT)

Never paste keys in chat. AWS documentation uses `«docs:akid»` / `«docs:secret»`; if you see those in  ⟪AWS documentation key pair⟫
a config, it is a copy-paste from the docs and will not work. Key ids look like `AKIA` + 16 characters;
a masked id in a report looks like `AKIA************WXYZ`.  ⟪masked key id⟫
Placeholders in templates are written `<your-token-here>` or `REPLACE_ME`.  ⟪placeholders⟫
Key id with X's for slides: «docs:akidx»  ⟪X-filled key id⟫
OT passwords live in the OT vault (Keeper, folder "Lifts/<area>"); IT in Secrets Manager.  ⟪pointer to a vault⟫
"""),
    ("docs/wiki/WeatherLink-API.md", r"""
# Using the WeatherLink v2 API

    curl "https://api.weatherlink.com/v2/current/184422?api-key=<your-api-key>" \  ⟪placeholder⟫
         -H "X-Api-Secret: <your-api-secret>"  ⟪placeholder⟫

Our station ids: 184422 (LRKS C2 top), 184430 (CNDR base). The key pair lives in SSM under
`/weather/wlink/*`.  ⟪pointer to SSM⟫
"""),
    ("logs/switchback-api-2026-12-02.log", r"""
2026-12-02T15:04:11.201Z INFO  req=«uuid:req1» POST /api/cart/checkout 200 184ms
2026-12-02T15:04:11.380Z INFO  stripe charge ok id=ch_3«b62:21-ch» key=sk_live_...«b62:4-sktail»  ⟪Stripe key tail in a log⟫
2026-12-02T15:04:12.009Z WARN  affirm auth failed key=****************  ⟪masked key⟫
2026-12-02T15:05:40.512Z INFO  renewal token issued jti=«uuid:jti1»  ⟪token id⟫
2026-12-02T15:05:41.114Z DEBUG s3 put etag="«hex:32-etag»"  ⟪ETag⟫
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.44.0"
  constraints = "~> 5.40"
  hashes = [
    "h1:«b64k:32-lock1»",  ⟪lock-file hash⟫
    "zh:«sha256:lock2»",  ⟪lock-file hash⟫
    "zh:«sha256:lock3»",  ⟪lock-file hash⟫
  ]
}
"""),
    ("apps/lift-status/go.sum", r"""
github.com/gopcua/opcua v0.5.3 h1:«b64k:32-gosum1»  ⟪go.sum hash⟫
github.com/gopcua/opcua v0.5.3/go.mod h1:«b64k:32-gosum2»  ⟪go.sum hash⟫
golang.org/x/crypto v0.21.0 h1:«b64k:32-gosum3»  ⟪go.sum hash⟫
"""),
    ("apps/switchback-web/package-lock.json", r"""
{
  "name": "switchback-web",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {
      "version": "14.2.3",
      "resolved": "https://registry.npmjs.org/next/-/next-14.2.3.tgz",
      "integrity": "«sri:next»"  ⟪SRI hash⟫
    },
    "node_modules/stripe": {
      "version": "15.5.0",
      "integrity": "«sri:stripe»"  ⟪SRI hash⟫
    }
  }
}
"""),
    ("deploy/compose/localstack/docker-compose.yml", r"""
services:
  localstack:
    image: localstack/localstack:3.4
    environment:
      - SERVICES=s3,sqs,dynamodb,kinesis
      - AWS_ACCESS_KEY_ID=test  ⟪LocalStack test key⟫
      - AWS_SECRET_ACCESS_KEY=test  ⟪LocalStack test secret⟫
  gate-bridge:
    image: ghcr.io/talusridge/gate-bridge:dev
    environment:
      DCI_PASSWORD: local-dev-only  ⟪local dev value⟫
      AWS_ENDPOINT_URL: http://localstack:4566
"""),
    ("apps/gate-bridge/tests/fixtures/dci_whitelist.json", r"""
{
  "site": 2217,
  "auth": {"user": "gatebridge", "password": "fixture-password"},  ⟪test value in a test path⟫
  "desfire_read_key": "00000000000000000000000000000000",  ⟪all-zero key in a test fixture⟫
  "entries": [{"mediaId": "«up:16-media1»", "validUntil": "2026-12-08T06:00:00Z"}]  ⟪media id⟫
}
"""),
    ("auth/saml/idp-metadata.xml", r"""
<EntityDescriptor xmlns="urn:oasis:names:tc:SAML:2.0:metadata" entityID="https://id.talusridge.com/saml">
  <IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <KeyDescriptor use="signing">
      <ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>«b64cert:rsasaml:id.talusridge.com»</ds:X509Certificate></ds:X509Data></ds:KeyInfo>  ⟪base64 certificate⟫
    </KeyDescriptor>
  </IDPSSODescriptor>
</EntityDescriptor>
"""),
    ("auth/jwks.json", r"""
{"keys": [{"kty": "EC", "crv": "P-256", "kid": "«hex:16-kid»", "use": "sig", "x": "«urlsafe:32-jx»", "y": "«urlsafe:32-jy»"}]}  ⟪public JWK⟫
"""),
    ("backups/gate-pc-ptrm/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <AutoLogon>
        <Username>gatepc</Username>
        <Password>
          <Value>«unattend:pwp:gatepcauto»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password (same as the registry export)⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwl:gatepcadmin»</Value>  ⟦password|unattend.xml plain administrator password⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("tools/postman/Talusridge-Prod.postman_environment.json", r"""
{
  "name": "Talusridge Prod",
  "values": [
    {"key": "baseUrl", "value": "https://api.talusridge.com", "enabled": true},
    {"key": "inntopiaPassword", "value": "«pwr:inntopia»", "enabled": true},  ⟦password|Postman environment password (same as ECS)⟧
    {"key": "skischoolAdminJwt", "value": "«jwt:skischool-admin»", "enabled": true},  ⟦jwt|JWT in a Postman environment (same as the app config)⟧
    {"key": "stripeKey", "value": "", "enabled": false}  ⟪empty value⟫
  ]
}
"""),
    ("ci/gitlab-runner/config.toml", r"""
concurrent = 4
[[runners]]
  name = "ot-jump-runner"
  url = "https://gitlab.talusridge.com"
  token = "«glrt:otjump»"  ⟦app-secret|GitLab runner authentication token⟧
  executor = "shell"
"""),
    ("apps/marketing/copy-assistant/.env", r"""
OPENAI_API_KEY=«oai:copy»  ⟦openai|OpenAI key for the marketing copy tool⟧
ANTHROPIC_API_KEY=«ant:copy»  ⟦anthropic|Anthropic key for the marketing copy tool⟧
CONTENTFUL_SPACE=t9x2kqv71m4p  ⟪space id⟫
"""),
    ("ot/grooming/telegram-bot/bot.py", r"""
# night grooming crew bot: posts the SNOWsat depth map links to the crew group at 5 am
import telegram

BOT_TOKEN = "«telegram:groomers»"  ⟦app-secret|Telegram bot token⟧
CHAT_ID = -100«num:10-tgchat»  ⟪chat id⟫
"""),
    ("apps/patrol-app/sentry.properties", r"""
# old legacy DSN from 2019, the Android crash reporter still uses it
io.sentry.dsn=«sentryold:patrol»  ⟦sentry|legacy Sentry DSN with a secret part⟧
io.sentry.environment=production
"""),
]
