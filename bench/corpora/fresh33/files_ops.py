"""fresh33 templates, operations (Saltmere Cruises): home directories, shell history, scripts, runbooks and
wikis, chat, tickets, e-mails, logs, HAR files, reports, exports and backups with encoded credentials.
Markers: render.py and README.md."""

FILES = [
    ("home/rvargas/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:rvargas»  ⟦aws-key-id|credentials file key id⟧
aws_secret_access_key = «awssec:rvargas»  ⟦aws-secret|credentials file secret⟧

[fleet-ro]
role_arn = arn:aws:iam::604391827716:role/fleet-readonly  ⟪role ARN⟫
source_profile = default

[sso-data]
credential_process = /usr/local/bin/aws-sso-util credential-process --profile data  ⟪credential_process⟫
"""),
    ("home/rvargas/.aws/config", r"""
[default]
region = us-east-1
[profile tmp-incident]
aws_access_key_id = «asia:incident»  ⟦aws-key-id|temporary key id in config⟧
aws_secret_access_key = «awssec:incident»  ⟦aws-secret|temporary secret in config⟧
aws_session_token = «stok:incident»  ⟦aws-session-token|session token in config⟧
"""),
    ("home/rvargas/.bash_history", r"""
cd ~/src/fleet-config
git pull
export AWS_PROFILE=fleet-ro
aws s3 ls s3://smc-aur-spool-604391827716/2026/12/
psql "postgresql://tidemark_admin:«pwc:bookingdb»@tidemark.cluster-c7lq2bz0wx1e.us-east-1.rds.amazonaws.com/tidemark" -c 'select count(*) from holds'  ⟦conn-string|psql URL with password in history⟧
mysql -h spa-booking.smc.internal -u spa -p«pwn:spamysql» spa  ⟦password|mysql -p in history⟧
redis-cli -h holds.smc.internal --tls -a '«pwr:holdsredis»' keys 'hold:*' | wc -l  ⟦password|redis-cli -a in history⟧
curl -u smc-netops:«vsat:noc» https://noc.maritime-vsat.net/api/v3/links  ⟦password|curl -u user:password⟧
history -c
"""),
    ("home/jdas/.zsh_history", r"""
: 1796201100:0;kubectl -n tidemark get pods
: 1796201160:0;helm upgrade muster ./muster --set postgresql.auth.password='«pw:musterhelm»'  ⟦password|helm --set password⟧
: 1796201220:0;export GITHUB_TOKEN=«ghp:jdas»  ⟦github|GitHub token export⟧
: 1796201280:0;gh pr list
: 1796201340:0;vault login -method=oidc  ⟪interactive login⟫
"""),
    ("home/mtorres/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service *Fidelio*
net use Z: \\fcs-aur\exports /user:SMC\svc-fcs «pw6:netuse»  ⟦password|net use password⟧
cmdkey /add:cage.aur.ship.smc.internal /user:SMC\cage_app /pass:«pw6:cmdkey»  ⟦password|cmdkey /pass⟧
$pw = Read-Host -AsSecureString  ⟪interactive prompt⟫
Restart-Computer -ComputerName aur-purser-07
"""),
    ("home/mtorres/.pgpass", r"""
tidemark.cluster-c7lq2bz0wx1e.us-east-1.rds.amazonaws.com:5432:tidemark:booking_ro:«pwn:pgpassro»  ⟦password|.pgpass password⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/mtorres/.git-credentials", r"""
https://mtorres:«ghp:mtorresgit»@github.com  ⟦github|git-credentials PAT⟧
"""),
    ("home/mtorres/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:mtorres»"},  ⟦docker-hub|docker config auth (base64 user:PAT)⟧
    "912640387155.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""),
    ("home/mtorres/.ssh/id_ed25519", r"""
«openssh:edmtorres:mtorres@smc-laptop-114»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/mtorres/.ssh/id_ed25519.pub", r"""
«sshpub:edmtorres:mtorres@smc-laptop-114»  ⟪SSH public key⟫
"""),
    ("home/mtorres/.ssh/config", r"""
Host aur-edge
  HostName 10.40.1.10
  User smcadmin
  IdentityFile ~/.ssh/id_ed25519
  ProxyJump bastion.shore.saltmere.com
"""),
    ("home/svc-netops/.netrc", r"""
machine noc.maritime-vsat.net login smc-netops password «vsat:netrc»  ⟦password|.netrc password⟧
machine api.github.com login saltmere-bot password «ghp:netrcbot»  ⟦github|.netrc GitHub token⟧
"""),
    ("home/svc-netops/.config/rclone/rclone.conf", r"""
[shorefs]
type = sftp
host = shorefs.smc.internal
user = svc-netops
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible)⟧

[wasabi-cctv]
type = s3
provider = Wasabi
access_key_id = «up:20-wasabi»  ⟦app-secret|Wasabi access key id⟧
secret_access_key = «b62:40-wasabisec»  ⟦app-secret|Wasabi secret key⟧
"""),
    ("home/svc-netops/.vault-token", r"""
«hvs:svcnetops»  ⟦vault|Vault token file⟧
"""),
    ("home/ohernandez/notes.md", r"""
# things to remember (ship IT, Aurora rotation Dec)

- purser PCs domain join account: SMC\joiner / «pwn:joiner»  ⟦password|domain join password in personal notes⟧
- casino cage server is cage.aur, RDP only from the IT room
- VSAT NOC phone +1 305 555 0143, portal login in 1Password  ⟪pointer to a vault⟫
- muster wearables: if gateway hangs, power-cycle AP-7-12
- bridge logger upload key: «akid:ohnotes» (asked shore to rotate)  ⟦aws-key-id|key id in personal notes⟧
"""),
    ("home/ohernandez/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>sftp.bsa-nassau.bs</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>saltmere</User>
      <Pass encoding="base64">«b64:pwn:agentnas»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Nassau agent</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("certs/booking/tls.key", r"""
«pem:pkcs8:rsabooking»  ⟦private-key|TLS private key⟧
"""),
    ("certs/booking/tls.crt", r"""
«cert:ecbookingcrt:www.saltmere.com»  ⟪certificate⟫
"""),
    ("certs/seapass/issuer-pub.pem", r"""
«pubpem:ecseapass»  ⟪public key PEM⟫
"""),
    ("scripts/rotate_logger_keys.sh", r"""
#!/bin/bash
# rotate the ship data-logger upload keys (one IAM user per ship); run from the shore jump host
set -euo pipefail
OLD_KEY_ID=«akid:loggeraur»  ⟦aws-key-id|key id in a rotation script⟧
for ship in aur bor cel dor est fjd; do
  aws iam create-access-key --user-name "logger-$ship" > "/secure/rotation/$ship.json"
done
aws iam update-access-key --user-name logger-aur --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/manifest_resend.py", r"""
#!/usr/bin/env python3
# re-send a crew/passenger manifest to a port agent after the 96-hour deadline was missed (ops emergency use)
import paramiko

HOST = "sftp.bsa-nassau.bs"
t = paramiko.Transport((HOST, 22))
t.connect(username="saltmere", password="«pwn:agentnas»")  ⟦password|paramiko connect password⟧
sftp = paramiko.SFTPClient.from_transport(t)
sftp.put("/data/manifests/out/AUR_NAS_ARR.xml", "/inbound/AUR_NAS_ARR.xml")
"""),
    ("scripts/sql/roles.sql", r"""
-- wake warehouse roles (Redshift)
CREATE USER looker_svc PASSWORD '«pwx:lookerrs»';  ⟦password|CREATE USER PASSWORD⟧
ALTER USER wake_etl PASSWORD '«pwc:wakeetl»';  ⟦password|ALTER USER PASSWORD⟧
CREATE USER analyst_ro PASSWORD DISABLE;  ⟪no password⟫
GRANT USAGE ON SCHEMA marts TO analyst_ro;
"""),
    ("scripts/ship_pc_setup.bat", r"""
@echo off
REM purser / guest services PCs (Windows 11), run once after imaging
net user smcadmin «pwl:pcsetup» /add  ⟦password|net user password⟧
net localgroup administrators smcadmin /add
reg add "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon" /v DefaultPassword /t REG_SZ /d «pwp:autologon» /f  ⟦password|Winlogon DefaultPassword in reg add⟧
"""),
    ("docs/runbooks/vsat-failover.md", r"""
# Runbook: VSAT to LEO failover (all ships)

1. Check the link dashboard (Grafana "fleet links").
2. Log in to the SD-WAN orchestrator as `smc-netops` with password `«vsat:sdwanrun»`.  ⟦password|runbook password in backticks⟧
3. Move the `crew-internet` and `guest-wifi` policies to the LEO underlay; keep `pms-sync` on VSAT.
4. The hub API token is in Vault at `kv/netops/hub` - never paste it in tickets.  ⟪pointer to a vault⟫
5. Post in #fleet-ops when done.
"""),
    ("docs/runbooks/folio-closeout.md", r"""
# End-of-cruise folio close-out (guest services / purser)

- Run the close-out report in the PMS at 04:00 on disembarkation day.
- Card settlement: if the batch fails, re-post with the settlement service account
  (user `IFC_SETTLE`, password «pw6:settle»).  ⟦password|runbook sentence password⟧
- Casino markers are settled separately by the cage; do not touch them from the folio.
"""),
    ("docs/runbooks/muster-drill.md", r"""
# Muster drill - systems checklist

- Wearable gateway healthy (all stations green)
- Muster app on crew tablets signed in (the shared login is per station; ask the Safety Officer)  ⟪no value⟫
- After the drill export the attendance CSV to the shore portal
- Default gateway login `admin` / `admin` must be changed on new units  ⟪vendor default⟫
"""),
    ("docs/wiki/shore-excursions-partners.md", r"""
# Shore excursions - partner integrations

| port | partner | integration | credential |
|---|---|---|---|
| Nassau | Bahamas Shipping Agencies | SFTP | in 1Password "Shorex-Agents" |  ⟪pointer to a vault⟫
| Cozumel | Agencia Maritima | REST | api key «b62:32-agentczm» |  ⟦app-secret|API key in a wiki table⟧
| Roatan | Island Tours Roatan | e-mail + portal | user saltmere, pw «pwn:roatanwiki» |  ⟦password|portal password in a wiki table⟧
| Cay Lumen | own | island-gw | n/a |
"""),
    ("docs/wiki/onboarding-ship-it.md", r"""
# Onboarding: ship IT officers

Welcome aboard! Your first week:
- Your temporary domain password is `«pwc:onboardtmp»`; you will be asked to change it at first logon.  ⟦?password|temporary first-logon password in an onboarding page⟧
- Request VSAT NOC access through ServiceNow (catalog item "Fleet network access").
- Read the secrets policy: nothing goes in Confluence, tickets or chat.
"""),
    ("docs/wiki/aws-access.md", r"""
# AWS access for shipboard systems

Ships cannot use SSO when the link is down, so the data loggers and edge servers use IAM users with keys
stored on the device. Keys look like `AKIAXXXXXXXXXXXXXXXX` and must be rotated every 90 days.  ⟪X-filled key id⟫
For the docs example the AWS docs use «docs:akid» / «docs:secret».  ⟪AWS documentation key pair⟫
"""),
    ("docs/adr/0007-store-and-forward.md", r"""
# ADR 0007: store-and-forward over VSAT and LEO

Decision: ship systems write to a local spool and upload when the link allows; credentials come from the
edge server's IAM Roles Anywhere certificate (not long-lived keys). Status: accepted, rollout 2 of 6 ships.
"""),
    ("docs/postmortems/2026-10-bor-pms-outage.md", r"""
# Postmortem: Boreal PMS interface outage (2026-10-14)

Timeline (ship time)
- 07:42 door lock link to PMS dropped; new SeaPass cards could not be encoded
- 08:10 IT officer restarted the interface; it failed with "bad link password"
- 08:25 found the lock server had been restored from a backup with the old link password
  (`«pw6:lockbor»`); the PMS side had the new one.  ⟦password|password in a postmortem⟧
- 08:31 link restored

Action items: move the link password to the fleet vault (SEC-2410).
"""),
    ("comms/slack/fleet-ops-2026-11.json", r"""
[
 {"ts": "1795640100.000200", "user": "U05K2QW8J1", "text": "Estrella LEO dish offline again, failing over"},
 {"ts": "1795640220.000300", "user": "U04P7ZE3KM", "text": "noc portal pw for tonight is «vsat:slacknoc» - change it tomorrow"},  ⟦password|password in a Slack message⟧
 {"ts": "1795640400.000100", "user": "U05K2QW8J1", "text": "using the logger key «akid:slacklogger» for the upload check, will rotate"},  ⟦aws-key-id|key id in a Slack message⟧
 {"ts": "1795640520.000500", "user": "U04P7ZE3KM", "text": "ok. the request id was «uuid:reqid»"}  ⟪request id⟫
]
"""),
    ("comms/teams/casino-systems.html", r"""
<html><body>
<div class="msg"><b>Casino Systems Manager</b> 11/20 21:14<br>Cage app login on Dorada is cage_app / «pw6:cagedor» until the vendor resets it</div>  ⟦password|password in a Teams message export⟧
<div class="msg"><b>IT Officer DOR</b> 11/20 21:16<br>thanks, in</div>
</body></html>
"""),
    ("comms/whatsapp/port-agent-cozumel.txt", r"""
[03/11/2026, 06:12:44] Agencia Maritima: Buenos dias, the portal changed, new user for Saltmere is smc_ops
[03/11/2026, 06:13:02] Agencia Maritima: password «pwn:whatsczm»  ⟦password|password in a WhatsApp export⟧
[03/11/2026, 06:20:17] Shorex Manager AUR: perfect, manifest uploaded
"""),
    ("comms/email/2026-09-vendor-cctv.eml", r"""
From: support@vms-integrator.com
To: ship-it@saltmere.com
Subject: RE: Celeste recording server access
Date: Tue, 22 Sep 2026 14:02:11 +0000
Content-Type: text/plain; charset=utf-8

Hi team,

We created the remote support account on CEL-RS01:
  user: vmsint-support
  password: «pwl:vmsemail»  ⟦password|password in a vendor e-mail⟧
Please enable it only during the maintenance window.

Regards, VMS Integrator Support
"""),
    ("comms/email/2026-11-loyalty-partner.eml", r"""
From: integrations@skymiles-exchange.com
To: loyalty-dev@saltmere.com
Subject: Production credentials - Saltmere Captain's Circle
Content-Type: text/plain

Client ID: saltmere
Client secret: «b62:40-airlinesecret»  ⟦app-secret|partner client secret in an e-mail⟧
Sandbox secret: sbx_not_for_production  ⟪sandbox placeholder⟫
"""),
    ("tickets/SNOW-INC0087731.txt", r"""
Number: INC0087731
Short description: Fjordia - casino slot floor cannot reach player tracking
Assignment group: Fleet IT - Casino
Work notes:
  2026-11-02 19:40 (ship) Reset the SAS host service. Vendor remote login used: igtsupport / «pw6:igtsnow»  ⟦password|password in ticket work notes⟧
  2026-11-02 20:05 Resolved after host restart.
"""),
    ("tickets/JIRA-SEC-2291.json", r"""
{"key": "SEC-2291", "fields": {"summary": "Bunker vendor still uses long-lived IAM key", "description": "Key id «akid:bunkervendor» is in their agent config; secret rotated 2026-06, id unchanged.", "status": {"name": "In Progress"}}}  ⟦aws-key-id|key id in a Jira description⟧
"""),
    ("tickets/zendesk-482211.json", r"""
{
  "ticket": {
    "id": 482211,
    "subject": "Can't log in to the Saltmere app after booking",
    "comments": [
      {"author": "guest", "body": "I booked cruise AUR-20261212 and the app says invalid password"},
      {"author": "agent", "body": "I reset it for you, your temporary password is «pwp:guesttmp» - please change it in the app"}  ⟦?password|temporary password given to a guest in a ticket⟧
    ]
  }
}
"""),
    ("logs/cloudtrail/2026-12-01-console.json", r"""
{"Records": [
  {"eventVersion": "1.09", "eventTime": "2026-12-01T03:12:44Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:loggerdor»", "userName": "logger-dor",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:loggerdor»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "203.0.113.44", "requestID": "«up:16-ctreq»"}
]}
"""),
    ("logs/edge/telemetry-fwd.log", r"""
2026-11-29T02:00:01Z INFO  fwd starting ship=EST spool=/data/spool backlog=1841
2026-11-29T02:00:02Z DEBUG aws creds from env key=«akid:edgefwd» secret=«awssec:edgefwd»  ⟦aws-key-id|key pair in a debug log line⟧
2026-11-29T02:00:05Z WARN  link=leo latency=48ms uploaded=1841 failed=0
2026-11-29T02:10:05Z INFO  token=****«tail:awssec:edgefwd»  ⟪masked tail⟫
"""),
    ("logs/pms/fias-link-aur.log", r"""
2026-12-02 05:01:10 LinkStart LS|DA261202|TI050110|V#4.1|IF|WW|
2026-12-02 05:01:10 LinkAlive LA|DA261202|TI050110|
2026-12-02 05:01:11 LinkAuth  LD|DA261202|TI050111|IFFC|PW«pw6:lockaur»|  ⟦password|FIAS link description record with the link password⟧
2026-12-02 05:02:40 KeyEncode KR|RN7214|KC2|GNHUANG|
"""),
    ("logs/alb/booking-2026-12-03.log", r"""
https 2026-12-03T10:11:12.123456Z app/booking-alb/«hex:16-albid» 198.51.100.7:51234 10.40.3.5:8080 0.001 0.120 0.000 200 200 512 2048 "GET https://www.saltmere.com:443/media/ship-plan.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261203%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=«sha256:presignsig» HTTP/1.1"  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("logs/codebuild/seapass-app-1182.log", r"""
[Container] 2026/11/30 18:01:02 Running command npm ci
[Container] 2026/11/30 18:03:40 Running command eas build --platform ios --non-interactive
[Container] 2026/11/30 18:03:41 EXPO_TOKEN=«expo:seapassapp»  ⟦app-secret|token echoed in a build log⟧
[Container] 2026/11/30 18:21:10 Phase complete: BUILD State: SUCCEEDED
"""),
    ("har/booking-checkout.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://www.saltmere.com/api/checkout/hold",
          "headers": [
            {"name": "Cookie", "value": "smc_session=«urlsafe:32-harsess»; _ga=GA1.2.«num:9-ga».1796201100"},  ⟦?app-secret|session cookie in a HAR file (expires)⟧
            {"name": "Authorization", "value": "Bearer «jwt:harguest»"}  ⟦jwt|bearer token in a HAR file⟧
          ]
        },
        "response": {"status": 200, "headers": [{"name": "x-amzn-RequestId", "value": "«uuid:harreq»"}]}  ⟪request id⟫
      }
    ]
  }
}
"""),
    ("har/ta-portal-login.har", r"""
{"log": {"version": "1.2", "entries": [
  {"request": {"method": "POST", "url": "https://agents.saltmere.com/login",
    "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "agency=4471902&username=oceanwide.travel&password=«pct:pwl:harta»"}}}  ⟦password|percent-encoded password in a HAR form post⟧
]}}
"""),
    ("reports/iam-credential-report-2026-12.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date,access_key_2_active,access_key_2_id
logger-aur,arn:aws:iam::604391827716:user/logger-aur,true,«akid:loggeraur2»,2026-12-01T03:00:00+00:00,false,N/A  ⟦aws-key-id|key id in an IAM report⟧
vendor-ballastwise-upload,arn:aws:iam::604391827716:user/vendor-ballastwise-upload,false,«akid:ballastold»,2026-03-11T00:00:00+00:00,false,N/A  ⟦?aws-key-id|inactive key id in an IAM report⟧
"""),
    ("backups/edge-aur/credentials.b64", r"""
«b64:credini:edgeaurb64»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("backups/edge-bor/settings-export.json", r"""
{
  "exported": "2026-10-01T00:00:00Z",
  "ship": "BOR",
  "settings": "{\"s3\":{\"accessKeyId\":\"«akid:borexport»\",\"secretAccessKey\":\"«awssec:borexport»\"}}"  ⟦aws-key-id|key pair in JSON-in-JSON⟧
}
"""),
    ("backups/edge-cel/keys.hex", r"""
# hexdump -e of /etc/logger/secret (do not commit)
«hexenc:awssec:loggercel»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("backups/edge-dor/config.b64b64", r"""
«b64b64:awssec:loggerdor»  ⟦aws-b64|double-base64 AWS secret⟧
"""),
    ("backups/edge-est/unicode-export.json", r"""
{"loggerSecret": "«uesc:awssec:loggerest»"}  ⟦aws-secret|\u-escaped AWS secret⟧
"""),
    ("backups/edge-fjd/form-post.txt", r"""
POST /api/logger/config HTTP/1.1
Host: 10.45.20.50
Content-Type: application/x-www-form-urlencoded

key_id=«akid:loggerfjd»&secret=«pct:awssec:loggerfjd»&region=us-east-1  ⟦aws-key-id|percent-encoded pair in a form body⟧
"""),
    ("backups/doorlocks/encoder-config.b64", r"""
# base64 of the encoder config as exported by the vendor tool
«b64:lit:[Encoder]»
«b64:pw6:encoderb64»  ⟦password-b64|base64 encoder password⟧
"""),
    ("exports/crew-logins.csv", r"""
system,user,password,notes
crew-portal-admin,crewadmin,«pwn:crewportal»,HR Manila  ⟦password|password column in a shared export⟧
manning-sftp,smc,see vault,  ⟪pointer to a vault⟫
roster-vendor,smc_sync,«pwx:rostercsv»,API user  ⟦password|password column in a shared export⟧
"""),
    ("exports/pg_dump_loyalty.sql", r"""
-- PostgreSQL database dump (captains-circle, config table only)
COPY public.integrations (name, key, value) FROM stdin;
braze	rest_api_key	«uuid:brazedump»  ⟦app-secret|API key in a COPY dump⟧
airline	client_id	saltmere
airline	webhook_hmac	«hex:64-airlinedump»  ⟦app-secret|HMAC key in a COPY dump⟧
\.
"""),
    ("ops/pagerduty/services.json", r"""
{"services": [{"name": "fleet-links", "integration_key": "«pdkey:fleetlinks»"}, {"name": "booking", "integration_key": "${PD_BOOKING_KEY}"}]}  ⟦pagerduty|PagerDuty integration key⟧
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:booking»  ⟦newrelic|New Relic license key⟧
  app_name: tidemark-booking
"""),
    ("ops/sops/crew-app.enc.yaml", r"""
roster_api_key: «sops:roster»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:718204963355:key/«uuid:sopskms»
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("ops/vault/approle-edge.txt", r"""
role_id    «uuid:approlerole»  ⟪AppRole role id⟫
secret_id  «uuid:approlesecret»  ⟦vault|AppRole secret id⟧
"""),
    ("ops/openvpn/shore-admin.ovpn", r"""
client
dev tun
proto udp
remote vpn.shore.saltmere.com 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:vpn.shore.saltmere.com»  ⟪CA certificate⟫
</ca>
<tls-crypt>
-----BEGIN OpenVPN Static key V1-----  ⟦private-key|OpenVPN static tls-crypt key⟧
«hex:32-ovpn1»
«hex:32-ovpn2»
«hex:32-ovpn3»
«hex:32-ovpn4»
«hex:32-ovpn5»
«hex:32-ovpn6»
«hex:32-ovpn7»
«hex:32-ovpn8»
«hex:32-ovpn9»
«hex:32-ovpn10»
«hex:32-ovpn11»
«hex:32-ovpn12»
«hex:32-ovpn13»
«hex:32-ovpn14»
«hex:32-ovpn15»
«hex:32-ovpn16»
-----END OpenVPN Static key V1-----
</tls-crypt>
"""),
    ("ops/wireguard/island-gw.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.60.250.1/24
[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
AllowedIPs = 10.40.0.0/13
"""),
]

FILES += [
    ("docs/wiki/lock-vendor-handover.md", r"""
# Lock system vendor handover (Estrella new-build)

The vendor delivered the lock server with the following:
- Lock server Windows admin: `lsadmin` / `«pwl:lockhandover»` (change after sea trials)  ⟦password|handover password⟧
- Encoder service account uses the DPAPI-protected value in LockServer.ini  ⟪no value⟫
- Card keys are loaded from the HSM, not from the ini files  ⟪no value⟫
- Licence: «up:25-locklic»  ⟦?app-secret|lock system licence key⟧
"""),
    ("docs/wiki/iam-key-hygiene.md", r"""
# IAM key hygiene (shore)

Masked key ids in reports look like AKIA****************, and you should only ever paste the last four.  ⟪masked key id⟫
LocalStack tests use `test` / `test` for the key pair.  ⟪LocalStack default⟫
Run `aws sts get-caller-identity` to see which key you are using.
"""),
    ("apps/ta-portal/tests/fixtures/agency.json", r"""
{"agency": "4471902", "apiKey": "test_agency_key_000000000000", "secret": "not-a-real-secret"}  ⟪test fixture⟫
"""),
    ("apps/folio/tests/FolioTests.cs", r"""
using Xunit;

public class FolioTests
{
    private const string AdyenKey = "AQE_TEST_ONLY_KEY";  ⟪test value in a test path⟫
    private const string Hmac = "0000000000000000000000000000000000000000000000000000000000000000";  ⟪all-zero test key⟫

    [Fact]
    public void PostsCharge() { Assert.True(true); }
}
"""),
    ("logs/muster/gateway-aur.log", r"""
2026-12-01 16:00:02 drill start stations=6 wearables=1398
2026-12-01 16:00:03 mqtt connect user=muster-gw password=******** ok  ⟪masked⟫
2026-12-01 16:14:40 drill end present=1391 missing=7
2026-12-01 16:14:41 shore sync id=«uuid:musterlog» status=202  ⟪event id⟫
"""),
    ("logs/provisioning/asn-2026-11-27.log", r"""
2026-11-27T04:00:00Z asn-ingest start bucket=smc-provisioning-inbound
2026-11-27T04:00:01Z asn file=SYSCO_ASN_9921.xml sha256=«sha256:asnfile»  ⟪file hash⟫
2026-11-27T04:00:01Z connecting sftp://saltmere_asn:«pwn:chandlersftp»@sftp.bahamaship-supply.com  ⟦password|URL with password in a log⟧
2026-11-27T04:00:03Z 14 lines, 3 pallets, etag=«hex:32-etag»  ⟪ETag⟫
"""),
    ("reports/pentest-2026-q3-findings.md", r"""
# External pentest Q3 2026 - summary

F-03 (high): travel-agent portal returned a stack trace containing the SMTP username «akid:tases».  ⟦aws-key-id|key id quoted in a pentest report⟧
F-07 (medium): guest Wi-Fi portal allowed SeaPass number enumeration.
F-11 (low): TLS certificate on agents.saltmere.com had SHA-1 fingerprint «sha:tlsfp».  ⟪certificate fingerprint⟫
"""),
    ("exports/casino-cage-users.csv", r"""
username,role,password_hash,last_login
cage_app,service,«bcrypt:cagehash»,2026-12-01  ⟪bcrypt hash⟫
cashier01,cashier,«bcrypt:cagehash2»,2026-11-30  ⟪bcrypt hash⟫
"""),
    ("exports/mosquitto/passwd", r"""
muster-gw:$7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto PBKDF2 hash⟫
telemetry:$7$101$«b64k:12-mqsalt2»$«b64k:64-mqhash2»  ⟪mosquitto PBKDF2 hash⟫
"""),
    ("ops/datadog/monitors.json", r"""
{"name": "fleet link latency", "type": "metric alert", "query": "avg(last_10m):avg:smc.link.latency{*} by {ship} > 900",
 "message": "@pagerduty-fleet-links", "tags": ["team:netops"], "id": «num:8-ddmon»}  ⟪monitor id⟫
"""),
    ("ops/git-crypt/README.md", r"""
Files under ops/secrets/ are encrypted with git-crypt; the GPG key id is «uhex:16-gpgid».  ⟪GPG key id⟫
Unlock with `git-crypt unlock` after your key is added.
"""),
    ("home/ksato/.snowsql/config", r"""
[connections.wake]
accountname = smc-wake
username = KSATO
password = «snowpw:ksato»  ⟦password|SnowSQL config password⟧
warehouseName = ADHOC_WH
"""),
    ("home/ksato/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:ksato»  ⟦npm|npmrc auth token⟧
//npm.pkg.github.com/:_authToken=${GITHUB_PACKAGES_TOKEN}  ⟪env reference⟫
"""),
    ("home/ksato/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: shore-eks-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: shore-eks-prod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, shore-eks-prod]  ⟪EKS exec plugin⟫
  - name: aur-k3s
    user:
      token: «b62:40-k3stoken»  ⟦app-secret|static k3s token in kubeconfig⟧
"""),
    ("scripts/bunker_report.ps1", r"""
# monthly bunker (fuel) report to the emissions portal
$user = 'saltmere-fleet'
$pass = ConvertTo-SecureString '«pw:dcsportal»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-RestMethod -Uri https://dcs.flagstate-registry.org/api/reports -Method Post -Credential $cred -InFile .\bunker.xml
"""),
    ("scripts/sendgrid_bounce_cleanup.py", r"""
import os
import requests

KEY = os.environ["SENDGRID_API_KEY"]  ⟪environment reference⟫
r = requests.get("https://api.sendgrid.com/v3/suppression/bounces", headers={"Authorization": f"Bearer {KEY}"})
print(len(r.json()))
"""),
    ("comms/email/2026-12-port-authority.eml", r"""
From: it-helpdesk@portauthority-nassau.bs
To: crewline@saltmere.com
Subject: New APIs gateway account
Content-Type: text/plain

Dear Saltmere,

Your account on the new gateway is SALTMERE01. A one-time password will be sent by SMS.  ⟪no value⟫
The gateway's public certificate fingerprint is «sha256:pafp».  ⟪certificate fingerprint⟫
"""),
    ("comms/slack/sec-incidents.json", r"""
[
 {"ts": "1796001100.000100", "user": "U02SEC0001", "text": "rotated the leaked bunker vendor key, new id ends in …«tail:akid:bunkervendor»"},  ⟪masked key tail⟫
 {"ts": "1796001200.000100", "user": "U02SEC0001", "text": "if you see AKIA + 16 chars in chat, report it; the docs one is «docs:akid»"}  ⟪AWS documentation key id⟫
]
"""),
]
