"""fresh37 templates, operations (Karrabin Resources): home directories, scripts, runbooks, wiki pages, chat,
tickets, e-mails, logs, HAR files, reports, backups with encoded credentials. Markers: render.py and README.md."""

FILES = [
    ("ops/runbooks/fms-failover.md", r"""
# FMS failover to the DR dispatch server (Perth DC)

1. Put all trucks into manual dispatch on the radio (PIT OPS 1).
2. On DISP-DR01 run `systemctl start haulmind` as root.
3. Log into the dispatch console as `supervisor` with password `«pwl:dispdr»`.  ⟦password|runbook password in backticks⟧
4. Re-point the mesh DNS: Rajant BC|Commander -> DNS -> fms.pit -> 10.40.8.21.
5. The DB replica password is in Secrets Manager `fms/dr/db`; do not copy it here.  ⟪pointer to a secret store⟫
"""),
    ("ops/runbooks/lims-restore.md", r"""
# LIMS restore (LabWorks on lims-db)

```
sqlcmd -S lims-db -U sa -P '«pwx:limssa»' -Q "RESTORE DATABASE LabWorks FROM DISK='D:\bak\LabWorks.bak' WITH REPLACE"  ⟦password|sqlcmd -P password in a runbook⟧
```
After the restore, re-run the XRF backlog: `assaylink replay --since 24h`.
"""),
    ("ops/runbooks/blast-day-checklist.md", r"""
# Blast day - systems checklist (drill & blast, pit control, OT)

- [ ] Exclusion zone loaded in the FMS (geofence sync) - token is in 1Password "Geofence API"  ⟪pointer to a password manager⟫
- [ ] Siren controller armed: web UI http://10.44.0.31, user blastctl, pass «pwp:siren»  ⟦password|siren controller password in a checklist⟧
- [ ] Electronic initiation system: base station key switch with the shotfirer; logger PIN «pin:6-logger»  ⟦password|blasting logger PIN⟧
- [ ] Dust/vibration monitors online (VM-01..VM-05)
"""),
    ("ops/wiki/ot-remote-access.md", r"""
# OT remote access for vendors

Vendors connect through the Secomea/Ewon-style gateway in the plant DMZ, never directly.

| vendor | account | how |
|---|---|---|
| crusher OEM | crusher-oem | gateway, MFA |
| mill drives | abb-drives | gateway, MFA |
| FMS vendor | vendor-fms | FortiClient, password «pwn:fgvendor» (ask Kylie to rotate)  ⟦password|vendor VPN password in a wiki table⟧ |
| LIMS vendor | lims-support | gateway, MFA |

The old shared `otvendor` account was disabled in August; its password hash is kept for audit: `$2b$12$«b64k:40-bcr»`  ⟪bcrypt hash⟫
"""),
    ("ops/wiki/aws-access.md", r"""
# AWS access for site engineers

Use `aws sso login --profile krb-site`. Long-lived keys are not allowed.
The documented example key pair in the AWS CLI guide (`«docs:akid»` / `«docs:secret»`) is what you see in the screenshots.  ⟪AWS documentation keys⟫
If you still have an `AKIA****************` key in ~/.aws, raise a ticket to delete it.  ⟪masked key id⟫
"""),
    ("ops/chat/pit-control-slack.json", r"""
[
 {"ts": "1791427200.001200", "user": "U04PITCTL", "text": "mesh is down on the north wall again, rebooting BC-214"},
 {"ts": "1791427260.001300", "user": "U05OTENG", "text": "use the radio admin login, it's admin / «pwc:rajantssh»"},  ⟦password|radio password in a Slack message⟧
 {"ts": "1791427320.001400", "user": "U04PITCTL", "text": "ta. also who has the drone dock key? need to fly TSF-2 crest"},
 {"ts": "1791427380.001500", "user": "U06SURV", "text": "org key is «b62:32-flighthub», don't paste it anywhere else lol"},  ⟦app-secret|drone org key in chat⟧
 {"ts": "1791427440.001600", "user": "U05OTENG", "text": "AWS key for the pointcloud bucket if you need it: «akid:slacksurvey» «awssec:slacksurvey»"}  ⟦aws-key-id|key id and secret pasted in chat⟧
]
"""),
    ("ops/chat/teams-camp-it.html", r"""
<div class="message"><span class="from">Bronwyn (Village reception)</span>
<p>Keycafe locker at reception is asking for the admin password again after the power cut</p></div>
<div class="message"><span class="from">Darcy (Site IT)</span>
<p>it's <b>«pwp:keycafeadm»</b> - change it once you're in</p></div>  ⟦password|password in a Teams chat export⟧
<div class="message"><span class="from">Bronwyn (Village reception)</span><p>thanks!!</p></div>
"""),
    ("ops/tickets/INC0048817.txt", r"""
Number: INC0048817
Short description: weighbridge 2 not sending tickets to SAP
Assignment group: Site IT - OT
Work notes (2026-10-21 06:12 AWST, Callum R.):
  RFC user RFC_WB locked after the password change. Reset in SU01, new pw «pwl:saprfc2»  ⟦password|password in ServiceNow work notes⟧
  updated WeighbridgeService.exe.config on WB2-PC, restarted service. Tickets flowing.
Resolution code: Solved (permanently)
"""),
    ("ops/tickets/JIRA-OTSEC-212.md", r"""
**OTSEC-212** Historian mirror uses a shared SQL login

Found during the ISA/IEC 62443 gap assessment: `pi_mirror` is used by 6 apps.
Current password (to be rotated when the apps move to gMSA): «pwr:pimirror»  ⟦password|password in a Jira ticket⟧
Evidence: screenshot 3 (password masked as ********).  ⟪masked value⟫
"""),
    ("ops/email/2026-09-vendor-handover.eml", r"""
From: support@fms-vendor-partner.com
To: fleet-systems@karrabin.com.au
Subject: RE: Tarrow upgrade 4.12 - handover
Date: Tue, 29 Sep 2026 14:05:11 +0800
Content-Type: text/plain; charset=utf-8

Hi Shane,

Upgrade complete. Accounts we created on the FMS servers:
  fmsadmin   «pwx:fmsadminvendor»  ⟦password|vendor handover e-mail password⟧
  reporting  «pwp:fmsreporting»  ⟦password|vendor handover e-mail password⟧
Temporary console password for your supervisors is Welcome2026! - they are forced to change it at first logon.  ⟦?password|temporary first-logon password in an e-mail⟧

Regards,
FMS Support
"""),
    ("ops/email/camp-ses-setup.eml", r"""
From: darcy.k@karrabin.com.au
To: campstay-dev@karrabin.com.au
Subject: SMTP creds for room allocation emails

SES SMTP for campstay (ap-southeast-2):
user: «akid:campses»  ⟦aws-key-id|SES SMTP user in an e-mail⟧
pass: «sesv4:campses»  ⟦aws-ses-smtp|SES SMTP password in an e-mail⟧
"""),
    ("ops/logs/fms-gateway-2026-10-14.log", r"""
2026-10-14T02:11:03.114Z INFO  gateway  unit HT117 connected from 10.41.17.117
2026-10-14T02:11:03.220Z DEBUG auth     unit=HT117 user=obu password=«pw6:obu-HT117» result=OK  ⟦password|unit password in a debug log⟧
2026-10-14T02:11:04.001Z INFO  gateway  payload HT117 287.4t -> CR1
2026-10-14T02:12:40.876Z WARN  s3sync   upload with key «akid:fmslog» failed: RequestTimeTooSkewed  ⟦aws-key-id|key id in an application log⟧
2026-10-14T02:12:41.002Z INFO  s3sync   request-id «up:16-reqid» retried  ⟪request id⟫
"""),
    ("ops/logs/cloudtrail-2026-10-14.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-10-14T03:04:11Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:ctpid»", "accessKeyId": "«akid:pis3»", "userName": "svc-pi-export"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevt»"},  ⟪request and event ids⟫
 {"eventTime": "2026-10-14T03:05:20Z", "eventName": "AssumeRole",
  "userIdentity": {"type": "AssumedRole", "accessKeyId": "«asia:ctsts»"}}  ⟦aws-key-id|CloudTrail session key id⟧
]}
"""),
    ("ops/har/lims-portal.har", r"""
{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "131.0"},
 "entries": [
  {"request": {"method": "POST", "url": "https://lims.tarrow.karrabin.internal/api/v2/login",
    "headers": [{"name": "Content-Type", "value": "application/json"}],
    "postData": {"mimeType": "application/json", "text": "{\"user\":\"labmgr\",\"password\":\"«pwn:labmgr»\"}"}},  ⟦password|login body in a HAR file⟧
   "response": {"status": 200, "headers": [{"name": "Set-Cookie", "value": "LIMSSESSION=«lo:32-limssess»; Secure; HttpOnly"}]}},  ⟦?app-secret|session cookie in a HAR file⟧
  {"request": {"method": "GET", "url": "https://lims.tarrow.karrabin.internal/api/v2/batches?open=1",
    "headers": [{"name": "Authorization", "value": "Bearer «jwt:limsbearer»"}]}}  ⟦jwt|bearer JWT in a HAR file⟧
 ]}}
"""),
    ("ops/backups/ot-creds-export.b64", r"""
# exported from the old OT jump host (base64 of the credentials file), keep until migration done
«b64:credini:otjump»  ⟦aws-b64|whole AWS credentials file base64-encoded⟧
"""),
    ("ops/backups/gateway-config.json", r"""
{"gateway": "plant-dmz-gw1", "exported": "2026-08-30",
 "cloud_key": "«hexenc:awssec:gwhex»",  ⟦aws-hex|hex-encoded AWS secret in a gateway export⟧
 "cloud_key_id": "«akid:gwhex»",  ⟦aws-key-id|key id in a gateway export⟧
 "admin": "«b64b64:pwc:gwadmin»",  ⟦password-b64|double base64 admin password⟧
 "note": "\u0061\u0064\u006d\u0069\u006e"}  ⟪unicode-escaped word admin⟫
"""),
    ("ops/backups/camp-booking-webhook.txt", r"""
POST /hooks/roster HTTP/1.1
Host: camp.karrabin.com.au
Content-Type: application/x-www-form-urlencoded

user=rostersync&secret=«pct:pwx:rosterhook»&swing=8%2F6  ⟦password|percent-encoded password in a form body⟧
"""),
    ("ops/backups/fleet-export-escaped.json", r"""
{"export": "fleet-settings", "aws": {"id": "«uesc:akid:fleetesc»", "secret": "«uesc:awssec:fleetesc»"}}  ⟦aws-key-id|unicode-escaped key id and secret⟧
"""),
    ("ops/reports/iam-credential-report-2026-10.csv", r"""
user,arn,access_key_1_active,access_key_1_last_rotated,access_key_1_id
svc-pi-export,arn:aws:iam::618204937551:user/svc-pi-export,true,2024-02-11T00:00:00+00:00,«akid:pis3»  ⟦aws-key-id|active key id in a credential report⟧
vendor-fms-support,arn:aws:iam::618204937551:user/vendor-fms-support,false,2023-06-01T00:00:00+00:00,«akid:oldvendor»  ⟦?aws-key-id|inactive key id in a report⟧
"""),
    ("ops/scripts/rotate-radio-psk.sh", r"""
#!/usr/bin/env bash
# rotate the pit mesh PSK - reads the new one from Secrets Manager
set -euo pipefail
NEW_PSK=$(aws secretsmanager get-secret-value --secret-id ot/mesh-psk --query SecretString --output text)  ⟪Secrets Manager lookup⟫
bccmd --host bcc.pit.karrabin.internal --user admin --password "«pwc:bccadmin»" set-psk "$NEW_PSK"  ⟦password|CLI password argument in a script⟧
"""),
    ("ops/scripts/pg-roles.sql", r"""
-- survey GIS roles
CREATE ROLE gis_reader LOGIN PASSWORD '«pwn:gisreader»';  -- ⟦password|SQL CREATE ROLE password⟧
ALTER USER gis_editor WITH PASSWORD '«pwl:giseditor»';  -- ⟦password|SQL ALTER USER password⟧
CREATE ROLE gis_app LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scs»$«b64k:32-sck»:«b64k:32-scv»';  -- ⟪SCRAM verifier⟫
"""),
    ("ops/dumps/camp-users.csv", r"""
username,full_name,role,password
reception1,Village Reception,front_desk,«pwp:rec1»  ⟦password|plaintext password in a user export⟧
bronwyn.t,Bronwyn Tate,supervisor,«pwn:bronwyn»  ⟦password|plaintext password in a user export⟧
kiosk,Check-in kiosk,kiosk,
"""),
    ("ops/keys/plant-jump_ed25519", r"""
«openssh:edjump:ot@plant-jump»  ⟦private-key|OpenSSH private key of the plant jump host⟧
"""),
    ("ops/keys/plant-jump_ed25519.pub", r"""
«sshpub:edjump:ot@plant-jump»  ⟪SSH public key⟫
"""),
    ("ops/keys/drone-signing.pem", r"""
«pem:pkcs8:ecdrone»  ⟦private-key|EC private key for drone log signing⟧
"""),
    ("ops/keys/drone-signing.pub.pem", r"""
«pubpem:ecdrone»  ⟪public key PEM⟫
"""),
    ("ops/vault/approle.txt", r"""
role_id    «uuid:approleid»  ⟪AppRole role id⟫
secret_id  «uuid:approlesecret»  ⟦app-secret|Vault AppRole secret id⟧
token      «hvs:approle»  ⟦vault|Vault token⟧
"""),
    ("ops/notes/handover-nightshift.txt", r"""
Night shift handover - OT / site IT - 14 Oct
- mill 1 HMI froze 01:40, restarted via ThinManager (tmadmin as usual)
- crusher OEM remote session 02:00-03:30, vendor used the gateway
- LIMS: XRF upload stalled, restarted bridge. key unchanged
- Datadog agent on PIINT01 reinstalled with api key «ddapi:pidd»  ⟦datadog|Datadog API key in a handover note⟧
- reminder: the SES SMTP creds in the camp e-mail need rotating (see OTSEC-219)
"""),
]

# -- engineers' home directories ------------------------------------------------------------------------------
_PEOPLE = [("shane.m", "fleet"), ("kylie.w", "ot"), ("ravi.p", "data"), ("aroha.n", "survey"),
           ("callum.r", "siteit"), ("tahnee.b", "geotech")]
_CRED = r"""
[default]
region = ap-southeast-2

[krb-@R@]
aws_access_key_id = «akid:home-@U@»  ⟦aws-key-id|@U@ credentials file key id⟧
aws_secret_access_key = «awssec:home-@U@»  ⟦aws-secret|@U@ credentials file secret⟧

[krb-@R@-sso]
sso_session = karrabin
sso_account_id = 618204937551
sso_role_name = SiteEngineer
"""
_HIST = r"""
cd ~/src/@R@-tools
git pull
aws s3 ls s3://krb-@R@-data/ --profile krb-@R@
export PGPASSWORD='«@PW@:hist-@U@»'  ⟦password|@U@ PGPASSWORD in shell history⟧
psql -h survey-gis.karrabin.internal -U gis_admin gis
mysql -h camp-db -u camp_ro -p«@PW2@:histmy-@U@» campstay  ⟦password|@U@ mysql -p in shell history⟧
ssh ot@plant-jump
history | grep ssh
"""
_PWS = ["pwc", "pwn", "pwl", "pwp", "pw", "pwx"]
for _i, (_u, _r) in enumerate(_PEOPLE):
    _f = lambda t: (t.replace("@U@", _u).replace("@R@", _r).replace("@PW@", _PWS[_i])
                    .replace("@PW2@", _PWS[(_i + 2) % 6]))
    FILES.append((f"home/{_u}/.aws/credentials", _f(_CRED)))
    FILES.append((f"home/{_u}/.bash_history", _f(_HIST)))
FILES += [
    ("home/ravi.p/.pgpass", r"""
survey-gis.karrabin.internal:5432:gis:gis_admin:«pwc:gisdb»  ⟦password|.pgpass password⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/ravi.p/.snowsql/config", r"""
[connections.prod]
accountname = karrabin-tarrow_prd
username = RAVI_P
password = «snowpw:ravi»  ⟦password|SnowSQL password⟧
"""),
    ("home/kylie.w/.git-credentials", r"""
https://kylie-w:«ghp:kyliegit»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
"""),
    ("home/kylie.w/.docker/config.json", r"""
{"auths": {"https://index.docker.io/v1/": {"auth": "«dockerauth:kylie»"}},  ⟦docker-hub|docker config auth (base64 of user and token)⟧
 "credHelpers": {"618204937551.dkr.ecr.ap-southeast-2.amazonaws.com": "ecr-login"}}  ⟪credential helper⟫
"""),
    ("home/callum.r/.netrc", r"""
machine artifactory.karrabin.com.au login callum.r password «pwr:netrc»  ⟦password|.netrc password⟧
"""),
    ("home/callum.r/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:callum»  ⟦npm|npm token in .npmrc⟧
"""),
    ("home/shane.m/.config/gh/hosts.yml", r"""
github.com:
    user: shane-m-krb
    oauth_token: «gho:shane»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/shane.m/.ssh/config", r"""
Host plant-jump
  HostName 10.52.0.5
  User ot
  IdentityFile ~/.ssh/plant-jump_ed25519
Host disp-dr01
  HostName 10.40.8.21
"""),
    ("home/tahnee.b/Documents/tsf-logins.txt", r"""
TSF monitoring logins (personal notes)
geotech partner portal   tahnee.b   «pwn:tarpportal»  ⟦password|portal password in personal notes⟧
InSAR viewer             tahnee.b   SSO
Datalogger web           tsf2logger «pwl:cr1000»  ⟦password|datalogger password in personal notes⟧
"""),
    ("home/aroha.n/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Connect-PIDataArchive -PIArchiveMachineName PIDA01
net use Z: \\survey-nas01\drone /user:KARRABIN\aroha.n «pwn:arohanas»  ⟦password|net use password in PowerShell history⟧
cmdkey /add:survey-nas01 /user:KARRABIN\svc_drone /pass:«pwp:cmdkeydrone»  ⟦password|cmdkey password in PowerShell history⟧
Get-ChildItem Z:\2026-10 | Measure-Object
"""),
]
