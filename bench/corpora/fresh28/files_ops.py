"""fresh28 templates, operations and people (City of Merrow Bay): home-directory dotfiles, keys and certificates,
shell and PowerShell history, runbooks and wiki pages, e-mails, chat exports, tickets, logs, SQL dumps and CSV
exports, a HAR file, encoded leftovers and backups.
Markers: render.py and README.md."""

FILES = [
    ("home/jdelacroix/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:jdelacroix»  ⟦aws-key-id|key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:jdelacroix»  ⟦aws-secret|secret in ~/.aws/credentials⟧

[govcloud-cad]
aws_access_key_id = «akid:jdgov»  ⟦aws-key-id|GovCloud key id⟧
aws_secret_access_key = «awssec:jdgov»  ⟦aws-secret|GovCloud secret⟧
region = us-gov-west-1

[sso-data]
credential_process = aws-sso-util credential-process --profile data-analyst  ⟪credential_process⟫
"""),
    ("home/jdelacroix/.aws/config", r"""
[default]
region = us-west-2
output = json

[profile data-analyst]
sso_start_url = https://merrowbay.awsapps.com/start
sso_region = us-west-2
sso_account_id = 667102384951
sso_role_name = AnalystAccess
"""),
    ("home/jdelacroix/.bash_history", r"""
cd ~/src/harborlake
aws sts get-caller-identity
export PGPASSWORD='«pwr:harborlakepg»'  ⟦password|PGPASSWORD in shell history⟧
psql -h harborlake-meta.internal -U airflow airflow
mysql -h parkpass-db.internal.merrowbay.gov -u parkpass -p«pwl:parkpassdb» parkpass  ⟦password|mysql -p in shell history⟧
redis-cli -h civic-redis.internal -a «pwr:civicredis» --tls INFO  ⟦password|redis-cli -a⟧
export AWS_SESSION_TOKEN=«stok:jdhist»  ⟦aws-session-token|session token exported in shell history⟧
git log --oneline -5
helm upgrade civicdesk ./chart -f values-prod.yaml --set redis.auth.password=«pwr:civicredis»  ⟦password|helm --set password⟧
"""),
    ("home/mokafor/ConsoleHost_history.txt", r"""
Connect-VIServer vcsa01.merrowbay.gov -User administrator@vsphere.local -Password '«pwcity:vcenter»'  ⟦password|PowerCLI -Password⟧
Get-VM | Where-Object {$_.PowerState -eq 'PoweredOn'} | Measure-Object
cmdkey /add:courtsql01 /user:CMB\svc_docket /pass:«pwn:svcdocket»  ⟦password|cmdkey /pass⟧
Enter-PSSession -ComputerName wtp-hist01 -Credential (Get-Credential)
Set-ADAccountPassword -Identity tmorrow -Reset -NewPassword (ConvertTo-SecureString -AsPlainText "«pw:tmorrowreset»" -Force)  ⟦password|AD password reset in PowerShell history⟧
"""),
    ("home/mokafor/.ssh/id_ed25519", r"""
«openssh:edmokafor:mokafor@cmb-it-ws14»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/mokafor/.ssh/id_ed25519.pub", r"""
«sshpub:edmokafor:mokafor@cmb-it-ws14»  ⟪SSH public key⟫
"""),
    ("home/mokafor/.ssh/config", r"""
Host ot-jump
  HostName 10.40.0.10
  User mokafor
  IdentityFile ~/.ssh/id_ed25519
Host gis-*
  User gisadmin
  ProxyJump ot-jump
"""),
    ("home/mokafor/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key, public⟫
|1|«b64k:20-kh1»=|«b64k:20-kh2»= ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB«b64k:48-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/svc-gis/.pgpass", r"""
gis-db.internal.merrowbay.gov:5432:gis:sde:«pwn:sde»  ⟦password|.pgpass password, same as CodeBuild⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/svc-gis/.netrc", r"""
machine nexus.merrowbay.gov login pypi password «pwcity:nexus»  ⟦password|.netrc password⟧
machine git.merrowbay.gov login gis-bot password «glpat:gisbot»  ⟦gitlab|GitLab PAT in .netrc⟧
"""),
    ("home/svc-gis/.git-credentials", r"""
https://gis-bot:«ghp:gisbot»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
"""),
    ("home/kwen/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:kwen»"},  ⟦docker-hub|docker config auth⟧
    "118204937561.dkr.ecr.us-west-2.amazonaws.com": {}
  },
  "credHelpers": {"public.ecr.aws": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/kwen/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:kwen»  ⟦npm|npm token in .npmrc⟧
@merrowbay:registry=https://nexus.merrowbay.gov/repository/npm-internal/
//nexus.merrowbay.gov/repository/npm-internal/:_auth=«basic:nexusnpm»  ⟦password-b64|base64 basic auth in .npmrc⟧
"""),
    ("home/kwen/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: cmb-apps
    cluster:
      server: https://«uhex:32-eksid».gr7.us-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:cmb-apps EKS CA»  ⟪base64 CA certificate⟫
contexts:
  - name: cmb-apps
    context: {cluster: cmb-apps, user: kwen}
current-context: cmb-apps
users:
  - name: kwen
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, cmb-apps]  ⟪exec plugin⟫
  - name: legacy-rancher
    user:
      token: kubeconfig-u-«lo:5-rancheru»:«lo:54-ranchertok»  ⟦app-secret|static Rancher kubeconfig token⟧
"""),
    ("home/kwen/notes.txt", r"""
todo: move the 311 salesforce integration off my personal login
sf sandbox login: kwen@merrowbay.gov.uat / «pwn:kwensf»  ⟦password|personal notes password⟧
vpn: use the GlobalProtect portal vpn.merrowbay.gov, MFA push
parking meter vendor portal: merrowbay_it / «pwcity:ipsportal»  ⟦password|vendor portal password in notes⟧
"""),
    ("certs/permits.merrowbay.gov.key", r"""
«pem:pkcs8:rsapermits»  ⟦private-key|TLS private key⟧
"""),
    ("certs/permits.merrowbay.gov.crt", r"""
«cert:rsapermits:permits.merrowbay.gov»  ⟪certificate⟫
"""),
    ("certs/cjis-gateway-client.pem", r"""
# client certificate and key for the state CJIS message switch (bluewire CAD)
«cert:eccjis:cad-iface.pd.merrowbay.gov»  ⟪certificate⟫
«pem:pkcs1:rsacjis»  ⟦private-key|RSA private key bundled with the certificate⟧
"""),
    ("certs/iot/lift-gateway-07.key", r"""
«pem:pkcs8:ecliftgw»  ⟦private-key|IoT gateway EC key⟧
"""),
    ("docs/runbooks/cad-failover.md", r"""
# CAD failover to the backup PSAP

1. Confirm the primary CAD app servers are down (status page, Teams #psap-ops).
2. On the backup PSAP console, log into the CAD client as `BACKUP-DISP` with the password `«pw6:backupdisp»`.  ⟦password|password in runbook prose⟧
3. Switch ALI feed: on the 911 PBX web UI (https://10.71.4.2) log in as `aliadmin` / «pwt:aliadmin» and change the ALI route to "B".  ⟦password|password in runbook prose⟧
4. Notify the state switch (CJIS) operations desk; the interface credential is in Secrets Manager `cad/state-switch`.  ⟪pointer to a secret store⟫
5. After failback, rotate the BACKUP-DISP password (it is shared by the whole shift).
"""),
    ("docs/runbooks/water-scada-remote-access.md", r"""
# Remote access to water SCADA for the integrator (Cascade Controls)

Access goes through the OT jump host only (Guacamole at https://otjump.merrowbay.gov).

- Integrator accounts are disabled by default; the on-call OT engineer enables them for the window.
- The Guacamole admin account is `guacadmin`. Its password is **not** the default; it is in the OT KeePass.  ⟪pointer to a vault⟫
- Temporary integrator password for ticket OT-4471 (expires 2026-11-30): «pwl:otintegrator»  ⟦?password|time-limited temporary password (policy)⟧
- The HMI engineering password is printed on the panel door inside the control room. Do not photograph it.
"""),
    ("docs/runbooks/key-rotation-2026q3.md", r"""
# Q3 2026 access key rotation

| user | old key | new key | status |
|---|---|---|---|
| legacy-etl-cognos | «akid:oldcognos» | «akid:newcognos» | old key deactivated 2026-08-14 |  ⟦aws-key-id|key ids in a rotation table⟧
| signalworks (vendor) | «akid:signalworks» | pending | vendor has not confirmed |  ⟦aws-key-id|vendor key id, still active⟧
| gis-publisher | AKIA****************  | n/a | moved to OIDC |  ⟪masked key id⟫

New cognos secret was sent to the vendor via the secure share; do not paste it here.
"""),
    ("docs/wiki/onboarding-it-helpdesk.md", r"""
# IT Helpdesk onboarding

- New accounts get the first-logon password `«pwcity:firstlogon»` and must change it at first sign-in.  ⟦?password|shared default first-logon password (policy)⟧
- Kiosk PCs in the permit lobby auto-log on as `kioskuser`.
- Password reset self-service: https://passwordreset.microsoftonline.com
- Example AWS keys in training material use `«docs:akid»`; never real keys.  ⟪AWS documentation key id⟫
- Local admin passwords are managed by Windows LAPS; look them up in AD, never write them down.  ⟪prose pointer⟫
"""),
    ("docs/wiki/aws-access-howto.md", r"""
# Getting AWS access

Use IAM Identity Center (https://merrowbay.awsapps.com/start). Static keys are not issued any more.

If a tool insists on keys, configure them like this (values below are the AWS documentation values):

```
aws_access_key_id = «docs:akid»  ⟪AWS documentation key id⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
```

GovCloud (CJIS workloads) uses a separate start URL: https://merrowbay-gov.awsapps.com/start
"""),
    ("docs/postmortems/2026-09-311-outage.md", r"""
# Postmortem: 311 portal outage, 2026-09-14

**Impact:** 311 web and app submissions failed for 2h40m.

**Root cause:** the Salesforce integration user's password expired. The integration used a username/password
flow with password `«pwn:kwensf»` plus security token `«b62:25-sftoken»` (yes, a personal login).  ⟦password|password quoted in a postmortem⟧

**Follow-ups:** move to a connected app with JWT bearer flow (done, key in Secrets Manager `civicdesk/sf-jwt`);  ⟪pointer to a secret store⟫
rotate the security token (done).
"""),
    ("mail/2026-10-02-vendor-signalworks.eml", r"""
From: Dana Ruiz <druiz@signalworks-its.com>
To: Traffic Engineering <traffic@merrowbay.gov>
Subject: RE: ATMS upgrade - credentials for the cutover
Date: Fri, 2 Oct 2026 16:22:09 -0700
Message-ID: <«hex:24-msgid1»@signalworks-its.com>

Hi all,

For Saturday's cutover we'll use the service account below. Please change it after we're done.

  ATMS admin: swadmin
  Password:   «pwcity:swadmin»  ⟦password|password in a vendor e-mail⟧

Our S3 upload will use the key you gave us (ID «akid:signalworks»).  ⟦aws-key-id|key id in an e-mail⟧

Thanks,
Dana
"""),
    ("mail/2026-11-05-hr-payroll.eml", r"""
From: Payroll <payroll@merrowbay.gov>
To: Finance Systems <finsys@merrowbay.gov>
Subject: Year-end W-2 portal
Date: Thu, 5 Nov 2026 09:02:41 -0800

The W-2 vendor portal login is unchanged. It is in the Finance 1Password vault ("W-2 portal").  ⟪pointer to a vault⟫
Employees will get an activation code by mail; we never e-mail it.
"""),
    ("mail/2026-11-18-elections-temp.eml", r"""
From: City Clerk <clerk@merrowbay.gov>
To: Poll Worker Leads <pollleads@merrowbay.gov>
Subject: Poll book laptops - login for training day

Leads,

The training laptops use the login pollbook / «pwcity:pollbook». The election-day password is different and  ⟦password|password in an e-mail⟧
will be handed out in the sealed envelope.

Training PIN for the e-pollbook app: «pin:4-pbtraining»  ⟦?password|four-digit app PIN in an e-mail (policy)⟧
"""),
    ("chat/slack-export/it-ops/2026-10-21.json", r"""
[
  {"type": "message", "user": "U04QW8Z3K1M", "text": "who has the meterline db password? the handheld sync is failing", "ts": "1792512001.000100"},  ⟪Slack user id⟫
  {"type": "message", "user": "U05B1N7RXQ2", "text": "it's `«pwl:meterdb»` - but please don't paste it anywhere else", "ts": "1792512044.000200"},  ⟦password|password pasted in Slack⟧
  {"type": "message", "user": "U04QW8Z3K1M", "text": "thanks. also the PassPort secret in the lambda is «hex:48-passporttf» right?", "ts": "1792512102.000300"},  ⟦app-secret|vendor secret pasted in Slack⟧
  {"type": "message", "user": "U05B1N7RXQ2", "text": "yes. I'll rotate both friday. ticket CHG0041877", "ts": "1792512160.000400"}
]
"""),
    ("chat/slack-export/data-platform/2026-11-03.json", r"""
[
  {"type": "message", "user": "U06H2LQ9ZP4", "text": "athena from my laptop keeps failing, using AKIA key «akid:notebook»", "ts": "1793707200.000100"},  ⟦aws-key-id|key id in Slack⟧
  {"type": "message", "user": "U03T7MVX8A1", "text": "that key was flagged by GuardDuty, deactivate it and use SSO", "ts": "1793707290.000200"},
  {"type": "message", "user": "U06H2LQ9ZP4", "text": "ok. request id for the failing call was «uuid:athenareq»", "ts": "1793707333.000300"}  ⟪request id⟫
]
"""),
    ("chat/teams/fire-ems-it.txt", r"""
[11/04/2026 07:12] Capt. Linh Tran: ePCR tablets on Medic 2 can't sync
[11/04/2026 07:15] Sam Ortega (IT): try logging out and back in with the unit account
[11/04/2026 07:16] Capt. Linh Tran: unit account is medic2 / «pwt:medic2» ?  ⟦password|password in a Teams chat⟧
[11/04/2026 07:18] Sam Ortega (IT): yes. and please don't post passwords in this channel next time
[11/04/2026 07:31] Capt. Linh Tran: synced, thanks
"""),
    ("tickets/servicenow/INC0098812.json", r"""
{
  "number": "INC0098812",
  "short_description": "Library self-check kiosk at Eastgate offline",
  "assignment_group": "Library IT",
  "work_notes": [
    "2026-10-09 10:14 - SIP2 login failing. Reset selfcheck_eastgate SIP2 password to «pw6:sip2east» in Koha and on the kiosk.",  ⟦password|password in ticket work notes⟧
    "2026-10-09 10:40 - kiosk back online"
  ],
  "sys_id": "«hex:32-sysid»"  ⟪ServiceNow sys_id⟫
}
"""),
    ("tickets/jira/GIS-1207.md", r"""
**GIS-1207: ArcGIS Enterprise upgrade to 11.4**

Reporter: Martin Okafor  |  Status: In Progress

Portal admin after upgrade: `portaladmin` / `«pwcity:portaladmin»` (change after vendor sign-off)  ⟦password|password in a Jira ticket⟧
Server primary site administrator is unchanged (see GIS KeePass).
Webhook to Teams: «lit:https://merrowbay.webhook.office.com/webhookb2/»«uuid:teamswh1»@«uuid:teamswh2»/IncomingWebhook/«hex:32-teamswh»/«uuid:teamswh3»  ⟦app-secret|Teams incoming webhook URL⟧
"""),
    ("logs/permitline/app-2026-11-12.log", r"""
2026-11-12T08:01:13.114Z INFO  [main] Starting PermitlineApplication v3.8.2 on ip-10-20-3-41
2026-11-12T08:01:14.201Z DEBUG [main] HikariConfig: jdbcUrl=jdbc:postgresql://permitline-db.internal.merrowbay.gov:5432/permits username=permit_app password=«pwcity:permitjdbc»  ⟦password|password in a debug log line⟧
2026-11-12T08:01:16.930Z INFO  [main] PayGov client configured token=«tail:b62:40-paygov»  ⟪key tail in a log⟫
2026-11-12T08:05:42.003Z WARN  [http-nio-8080-exec-3] Login failed for inspector jmarsh from 10.20.9.14
2026-11-12T08:05:44.870Z INFO  [http-nio-8080-exec-4] request_id=«uuid:permitreq» status=200 path=/api/inspections/today  ⟪request id⟫
"""),
    ("logs/cloudtrail/2026-11-14-console-login.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-11-14T03:12:55Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "userIdentity": {"type": "IAMUser", "principalId": "AIDA«b32:17-ctprin»", "arn": "arn:aws:iam::118204937561:user/signalworks",  ⟪IAM unique id⟫
   "accessKeyId": "«akid:signalworks»"},  ⟦aws-key-id|accessKeyId in CloudTrail⟧
  "sourceIPAddress": "203.0.113.90", "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/alb/meterline-alb.log", r"""
https 2026-11-15T18:22:05.113Z app/meterline-alb/«hex:16-albid» 198.51.100.23:51822 10.20.4.8:8080 0.001 0.042 0.000 200 200 312 1480 "GET https://meterline.merrowbay.gov:443/exports/citations.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«asia:albpresign»%2F20261115%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261115T182205Z&X-Amz-Expires=900&X-Amz-Security-Token=«pct:stok:albpresign»&X-Amz-Signature=«hex:64-albsig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|temporary key id and session token in a presigned URL⟧
https 2026-11-15T18:22:09.402Z app/meterline-alb/«hex:16-albid» 198.51.100.23:51823 10.20.4.8:8080 0.001 0.011 0.000 304 304 298 0 "GET https://meterline.merrowbay.gov:443/static/app.js HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
"""),
    ("logs/radius/radius-2026-11-16.log", r"""
Mon Nov 16 07:31:02 2026 : Auth: (1022) Login OK: [pdmdt-unit14] (from client pd-vpn port 0 cli 10.71.14.2)
Mon Nov 16 07:31:40 2026 : Auth: (1023) Login incorrect (rlm_pap: Cleartext password "«pwt:wrongmdt»" does not match "known good" password): [pdmdt-unit09]  ⟦password|cleartext password attempt logged by RADIUS⟧
Mon Nov 16 07:32:05 2026 : Info: Ready to process requests
"""),
    ("db/dumps/parkpass-users-2026-10.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: parkpass-db.internal    Database: parkpass
INSERT INTO `admin_users` VALUES (1,'parks.admin@merrowbay.gov','«bcrypt:pa1»','2024-02-11'),(2,'kiosk@merrowbay.gov','«bcrypt:pa2»','2025-05-01');  ⟪bcrypt hashes⟫
INSERT INTO `integration_settings` VALUES ('activenet_api_key','«lo:30-activenetk»'),('mailchimp_api_key','«mailchimp:parks»');  ⟦app-secret|vendor keys in a SQL dump⟧
CREATE USER 'parkpass_report'@'%' IDENTIFIED BY '«pwcity:parkreport»';  ⟦password|CREATE USER password in a dump⟧
"""),
    ("db/dumps/cad-users.sql", r"""
-- bluewire CAD: users table (sanitised for the vendor? NO - contains hashes)
COPY cad.users (id, login, pwd_hash, mfa) FROM stdin;
101	disp.rwalsh	«scram:cadu1»	t  ⟪SCRAM hash⟫
102	disp.hpatel	«scram:cadu2»	t
\.
ALTER USER cad_report WITH PASSWORD '«pwn:cadreport»';  ⟦password|ALTER USER password⟧
"""),
    ("exports/hr/badge-pins.csv", r"""
employee_id,name,department,badge,door_pin
E10442,Rosalind Achebe,Water,40017,«pin:4-badge1»  ⟦?password|door access PIN in an export (policy)⟧
E10518,Declan Moyo,Police Records,40122,«pin:4-badge2»  ⟦?password|door access PIN (policy)⟧
E11007,Tomoko Ferris,Library,40388,«pin:4-badge3»  ⟦?password|door access PIN (policy)⟧
"""),
    ("exports/it/shared-accounts.csv", r"""
system,account,password,owner,notes
Granicus agenda,clerk_pub,«pwcity:granicus»,City Clerk,public meeting publishing  ⟦password|shared account sheet⟧
Accela Citizen Access admin,aca_admin,«pwx:acaadmin»,Permits,  ⟦password|shared account sheet⟧
Active Net,parks_api,«pwn:activenetui»,Parks,vendor portal  ⟦password|shared account sheet⟧
NEOGOV,hr_int,(in HR vault),HR,  ⟪pointer⟫
"""),
    ("exports/har/aquabill-login.har", r"""
{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "132.0"}, "entries": [
 {"request": {"method": "POST", "url": "https://pay.merrowbay.gov/account/login",
   "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "username=csr.jortiz&password=«pct:pwcity:csrjortiz»&csrfmiddlewaretoken=«b62:64-csrf»"}},  ⟦password|percent-encoded password in a HAR form body⟧
  "response": {"status": 302, "headers": [{"name": "Set-Cookie", "value": "sessionid=«lo:32-djsess»; HttpOnly; Secure"}]}},  ⟦?app-secret|live session cookie in a HAR (policy: it expires)⟧
 {"request": {"method": "GET", "url": "https://pay.merrowbay.gov/static/js/main.«hex:8-bundle».js", "headers": []}, "response": {"status": 200, "headers": []}}
]}}
"""),
    ("backups/ot/kepware-creds.b64", r"""
«b64:credini:otbackup»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("backups/library/sip2bridge-settings.json", r"""
{"settings": "{\"ils_url\":\"https:\\/\\/koha.merrowbay.gov\",\"ils_password\":\"«jsonesc:pw6:sip2login»\",\"kiosk_id\":\"EG-02\"}"}  ⟦password|password inside a JSON-encoded string⟧
"""),
    ("backups/permits/legacy-export.json", r"""
{"integration": "legacy-trakit", "aws_secret_access_key": "«uesc:awssec:trakit»", "region": "us-west-2"}  ⟦aws-secret|\u-escaped AWS secret⟧
"""),
    ("backups/ot/plc-gateway.env.hex", r"""
«hexenc:pwcity:plcgw»  ⟦?password|hex-encoded password (policy: encoded human password)⟧
"""),
    ("scripts/rotate_vendor_keys.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
# rotates vendor keys; called from the monthly change window
OLD_KEY=«akid:oldcognos»  ⟦aws-key-id|key id in a script⟧
aws iam update-access-key --user-name legacy-etl-cognos --access-key-id "$OLD_KEY" --status Inactive
NEW=$(aws iam create-access-key --user-name legacy-etl-cognos)
echo "$NEW" | jq -r .AccessKey.AccessKeyId
aws secretsmanager put-secret-value --secret-id vendors/cognos --secret-string "$NEW"  ⟪stores the new key, not a literal⟫
"""),
    ("scripts/elections/publish-results.sh", r"""
#!/bin/sh
# election night: pull county export and publish
export SSHPASS='«pwr:countyftps»'  ⟦password|SSHPASS in a script, same as the stack default⟧
sshpass -e sftp -oBatchMode=no merrowbay@elections-ftp.kestrelcounty.gov:/out/results.xml /tmp/results.xml
php /opt/results/publish.php /tmp/results.xml
"""),
    ("scripts/db/create_report_roles.sql", r"""
CREATE ROLE gis_reader LOGIN PASSWORD '«pwn:gisreader»';  ⟦password|CREATE ROLE password⟧
GRANT USAGE ON SCHEMA parcels TO gis_reader;
CREATE ROLE tableau_ro LOGIN PASSWORD 'md5«hex:32-tableaumd5»';  ⟪md5 password hash⟫
CREATE USER dms_reader WITH PASSWORD 'changeme';  ⟪placeholder password⟫
"""),
    ("scripts/backup/veeam-repo.ps1", r"""
Add-VBRBackupRepository -Name 'S3-Immutable' -Type AmazonS3 `
  -AccessKey '«akid:veeam»' `  ⟦aws-key-id|Veeam repository access key⟧
  -SecretKey '«awssec:veeam»' `  ⟦aws-secret|Veeam repository secret⟧
  -BucketName 'cmb-veeam-immutable' -Region 'us-west-2'
$enc = Get-VBREncryptionKey -Description 'city-backups-2026'  ⟪encryption key lookup⟫
"""),
    ("home/ltran/.config/rclone/rclone.conf", r"""
[ems-archive]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
region = us-gov-west-1

[records-share]
type = smb
host = fs01.merrowbay.gov
user = svc_ems
pass = «urlsafe:24-rcloneobscure»  ⟦?password|rclone-obscured password (reversible; policy)⟧
"""),
    ("home/ltran/.config/gh/hosts.yml", r"""
github.com:
    user: ltran-cmb
    oauth_token: «gho:ltran»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/ltran/.vault-token", r"""
«hvs:ltran»  ⟦vault|Vault token file⟧
"""),
    ("home/ltran/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:ltran»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("home/ltran/.config/openai/env", r"""
# used by the agenda summariser prototype (council minutes)
OPENAI_API_KEY=«oai:minutes»  ⟦openai|OpenAI key⟧
ANTHROPIC_API_KEY=«ant:minutes»  ⟦anthropic|Anthropic key⟧
HF_TOKEN=«hf:minutes»  ⟦app-secret|Hugging Face token⟧
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: water-scada-alarms
    integration: events-v2
    routing_key: «pdkey:scada»  ⟦pagerduty|PagerDuty routing key⟧
  - name: cad-availability
    integration: events-v2
    routing_key_ref: ssm:/ops/pagerduty/cad  ⟪SSM reference⟫
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:permit»  ⟦newrelic|New Relic license key⟧
  app_name: permitline-prod
  distributed_tracing:
    enabled: true
"""),
    ("ops/sops/elections.enc.yaml", r"""
county_ftps_password: «sops:cntyftps»  ⟪SOPS value⟫
results_push_token: «sops:pushtok»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-west-2:118204937561:key/«uuid:sopskms»
          created_at: "2026-10-01T17:02:11Z"
          enc: «kms:sopsdk»  ⟪KMS data key ciphertext⟫
          aws_profile: ""
    mac: «sops:sopsmac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("ops/vault/approle-cad.txt", r"""
# AppRole for the CAD ALI bridge (GovCloud Vault)
role_id    «uuid:approlerole»  ⟪AppRole role_id⟫
secret_id  «uuid:approlesecret»  ⟦app-secret|Vault AppRole secret_id⟧
"""),
    ("ops/monitoring/splunk-hec.conf", r"""
[http://cad-events]
token = «uuid:splunkhec»  ⟦app-secret|Splunk HEC token⟧
index = cjis_cad
sourcetype = cad:event
"""),
    ("ops/monitoring/datadog-agent.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog API key in agent config⟧
site: ddog-gov.com
logs_enabled: true
tags: [env:prod, dept:it]
"""),
]

FILES += [
    ("infra/cfn/gis-server-ec2.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ArcGIS Server site node (Linux) - atlasgis
Resources:
  GisNode:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: ami-0a3f9c27e41b6d805  ⟪AMI id⟫
      InstanceType: m6i.2xlarge
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash -xe
          export AWS_ACCESS_KEY_ID=«akid:gisnode»  ⟦aws-key-id|static key in EC2 UserData⟧
          export AWS_SECRET_ACCESS_KEY=«awssec:gisnode»  ⟦aws-secret|static secret in EC2 UserData⟧
          aws s3 cp s3://cmb-gis-installers/ArcGIS_Server_Linux_114.tar.gz /opt/
          /opt/arcgis/server/tools/createsite/createsite.sh -u siteadmin -p «pwcity:gissiteadmin» -d /gisdata/config-store  ⟦password|createsite -p password in UserData⟧
          echo "${AWS::StackName} ready" > /var/log/gis-bootstrap.done
"""),
    ("infra/cfn/court-efile-ecs.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: docketline e-filing gateway (ECS on Fargate)
Resources:
  EfileTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: docketline-efile
      RequiresCompatibilities: [FARGATE]
      Cpu: '512'
      Memory: '1024'
      ContainerDefinitions:
        - Name: efile
          Image: 118204937561.dkr.ecr.us-west-2.amazonaws.com/docketline-efile:2.4.0
          Environment:
            - Name: EFSP_URL
              Value: https://wa-efile.tylertech.cloud/EFM/EFMUserService.svc
            - Name: EFSP_USER
              Value: merrowbay.municourt
            - Name: EFSP_PASSWORD
              Value: «pwcity:efsp»  ⟦password|ECS task environment password (YAML)⟧
            - Name: DMV_API_KEY
              Value: «b62:40-dmvapi»  ⟦app-secret|state DMV API key in task env⟧
          Secrets:
            - Name: EFILE_CERT_PASSWORD
              ValueFrom: arn:aws:ssm:us-west-2:118204937561:parameter/docketline/efile-cert-password  ⟪ValueFrom reference⟫
"""),
    ("infra/lambda/meterline-sync.configuration.json", r"""
{
    "FunctionName": "meterline-citation-sync",
    "FunctionArn": "arn:aws:lambda:us-west-2:540387129465:function:meterline-citation-sync",
    "Runtime": "nodejs20.x",
    "Handler": "index.handler",
    "CodeSha256": "«b64k:32-codesha»",  ⟪CodeSha256 digest⟫
    "Environment": {
        "Variables": {
            "CITATION_DB_URL": "postgres://citations:«pct:pwl:meterdb»@meterline-db.internal:5432/citations",  ⟦conn-string|database URL in a Lambda configuration export⟧
            "COLLECTIONS_VENDOR_KEY": "«b62:36-collections»",  ⟦app-secret|collections agency API key⟧
            "DMV_LOOKUP_SECRET_ARN": "arn:aws:secretsmanager:us-west-2:540387129465:secret:meterline/dmv-«b62:6-dmvarn»"  ⟪Secrets Manager ARN⟫
        }
    },
    "RevisionId": "«uuid:lambdarev»"  ⟪revision id⟫
}
"""),
    ("deploy/k8s/registry/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: civicdesk
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:regcred»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/helm/ballotbox/values-election-night.yaml", r"""
replicaCount: 6
resultsPublisher:
  countyFtps:
    host: elections-ftp.kestrelcounty.gov
    user: merrowbay
    password: «pwr:countyftps»  ⟦password|Helm values password, same county FTPS password⟧
  cdn:
    distributionId: E2QW7HXL1M9B3K
    signingKeySecret: ballotbox-cf-signing  ⟪secret name reference⟫
notifications:
  sendgridApiKey: «sg:ballotbox»  ⟦app-secret|SendGrid key in Helm values⟧
  telegramBotToken: «telegram:results»  ⟦app-secret|Telegram bot token⟧
"""),
    ("apps/civicdesk311/worker/.env", r"""
NODE_ENV=production
QUEUE_URL=https://sqs.us-west-2.amazonaws.com/118204937561/civicdesk-escalations
SENDGRID_API_KEY=«sg:civicworker»  ⟦app-secret|SendGrid API key in .env⟧
TWILIO_ACCOUNT_SID=«twac:civicworker»  ⟪Twilio account SID⟫
TWILIO_API_KEY=«twsk:civicworker»  ⟪Twilio API key SID (identifier)⟫
TWILIO_API_SECRET=«b62:32-twiliocivic»  ⟦twilio|Twilio API key secret⟧
MAPBOX_TOKEN=pk.«b64k:45-mapboxpk»  ⟪Mapbox public token⟫
GOOGLE_OAUTH_CLIENT_SECRET=«gocspx:civic»  ⟦app-secret|Google OAuth client secret⟧
AIRTABLE_TOKEN=«pat:civicairtable»  ⟦app-secret|Airtable personal access token⟧
"""),
    ("apps/shelfmark/website/wp-config.php", r"""
<?php
define( 'DB_NAME', 'mbpl_web' );
define( 'DB_USER', 'mbpl_wp' );
define( 'DB_PASSWORD', '«pwn:mbplwp»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'lib-web-db.internal.merrowbay.gov' );
define( 'AUTH_KEY',         '«django:wpauth»' );  ⟦app-secret|WordPress AUTH_KEY salt⟧
define( 'SECURE_AUTH_KEY',  '«django:wpsecauth»' );  ⟦app-secret|WordPress SECURE_AUTH_KEY salt⟧
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );  ⟪WordPress placeholder⟫
define( 'NONCE_KEY',        'put your unique phrase here' );
$table_prefix = 'wp_';
"""),
    ("home/contractor-signalworks/wg0.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.14/32
DNS = 10.10.5.1

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard peer public key⟫
PresharedKey = «b64k:32-wgpsk»  ⟦app-secret|WireGuard preshared key⟧
Endpoint = vpn-vendors.merrowbay.gov:51820
AllowedIPs = 10.80.0.0/16
"""),
    ("chat/teams/elections-war-room.json", r"""
{"messages": [
 {"from": "Graciela Mbeki", "createdDateTime": "2026-11-03T20:41:12Z", "body": {"content": "county ftps login is merrowbay / «pwr:countyftps» if the script fails again"}},  ⟦password|password in a Teams JSON export⟧
 {"from": "Yusuf Lindqvist", "createdDateTime": "2026-11-03T20:43:55Z", "body": {"content": "got it. results page cache invalidation id «up:14-cfinv»"}},  ⟪CloudFront invalidation id⟫
 {"from": "Graciela Mbeki", "createdDateTime": "2026-11-03T20:50:03Z", "body": {"content": "push token for the app is \u0022«b62:40-resultspush»\u0022 btw"}}  ⟦app-secret|token pasted in a Teams JSON export⟧
]}
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:80-av1»  ⟪ansible-vault body⟫
«hex:80-av2»
«hex:80-av3»
"""),
    ("infra/terragrunt/library/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

inputs = {
  koha_db_password   = "«pwcity:kohadb»"  ⟦password|Terragrunt input password⟧
  overdrive_client_id = "merrowbay-pl"
  overdrive_secret    = "«b62:32-overdrive»"  ⟦app-secret|OverDrive client secret⟧
  backup_bucket       = "cmb-library-backups"
}
"""),
    ("exports/aws/iam-credential-report-2026-11.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date
legacy-etl-cognos,arn:aws:iam::118204937561:user/legacy-etl-cognos,true,«akid:newcognos»,2026-11-29T04:00:00+00:00  ⟦aws-key-id|key id in an IAM report⟧
signalworks,arn:aws:iam::118204937561:user/signalworks,true,«akid:signalworks»,2026-11-28T22:13:00+00:00  ⟦aws-key-id|key id in an IAM report⟧
veeam-s3,arn:aws:iam::118204937561:user/veeam-s3,true,«akid:veeam»,2026-11-30T01:12:00+00:00  ⟦aws-key-id|key id in an IAM report⟧
gis-publisher,arn:aws:iam::118204937561:user/gis-publisher,false,N/A,N/A
"""),
    ("scripts/water/ami-export.py", r"""
import requests

SENSUS = "https://sensus-rni.merrowbay.gov/api"
session = requests.Session()
session.auth = ("aquabill_int", "«pwcity:sensusrni»")  ⟦password|basic-auth tuple password in a script⟧
session.headers["X-Api-Key"] = "«uuid:sensusapikey»"  ⟦app-secret|AMI head-end API key⟧

reads = session.get(f"{SENSUS}/reads/daily", params={"date": "2026-11-30"}).json()
print(len(reads["meters"]), "meters read")
"""),
    ("docs/vendors/accela-cutover-checklist.md", r"""
# Accela cutover checklist (permitline v4)

- [x] Accela Construct app registered: app id `«num:12-accelaappid»`  ⟪app id⟫
- [x] App secret stored in Secrets Manager `permitline/accela` (do not paste)  ⟪pointer⟫
- [ ] Agency admin `MBAY_ADMIN` temporary password for the migration weekend: «pwcity:accelamig»  ⟦password|migration password in a checklist⟧
- [ ] GIS map service token for Accela: «esri:accelamap»  ⟦app-secret|ArcGIS key in a checklist⟧
- [ ] Retire the old Trakit export user (key in backups/permits/legacy-export.json)
"""),
    ("home/rachebe/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.pacificnorthbank.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>merrowbay</User>
      <Pass encoding="base64">«b64:pwcity:lockbox»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Bank lockbox</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
]

FILES += [
    ("ops/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>courtsql-deploy</id>
          <username>deploy_svc</username>
          <password>{«b64k:64-jenkinsenc»}</password>  ⟪Jenkins encrypted secret⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("home/svc-build/.m2/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>cmb-nexus</id>
      <username>maven-ci</username>
      <password>«pwcity:nexus»</password>  ⟦password|Maven settings password (the shared Nexus password)⟧
    </server>
    <server>
      <id>cmb-nexus-releases</id>
      <username>maven-ci</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("fire/cad-interface/zoll-rescuenet.config", r"""
<configuration>
  <appSettings>
    <add key="CadFeedUrl" value="tcp://cad-mdt.pd.merrowbay.gov:7460" />
    <add key="ZollApiUser" value="mbfd_integration" />
    <add key="ZollApiPassword" value="«pwn:zollapi»" />  ⟦password|EMS billing interface password⟧
    <add key="ZollApiKey" value="«b62:32-zollkey»" />  ⟦app-secret|EMS billing API key⟧
    <add key="ImageTrendClientSecret" value="«b64k:32-imagetrend»" />  ⟦app-secret|ePCR vendor client secret⟧
  </appSettings>
</configuration>
"""),
    ("scripts/gis/refresh_county_parcels.sh", r"""
#!/bin/bash
# pulls the county parcel fabric nightly
COUNTY_TOKEN="«b62:48-countygis»"  ⟦app-secret|county GIS token in a script⟧
curl -s -H "Authorization: Bearer $COUNTY_TOKEN" "https://gis.kestrelcounty.gov/api/parcels/export?f=geojson" -o /data/county/parcels.geojson
ogr2ogr -f PostgreSQL "PG:host=gis-db.internal.merrowbay.gov dbname=gis user=sde password=«pwn:sde»" /data/county/parcels.geojson -nln county_parcels -overwrite  ⟦password|ogr2ogr PG connection password⟧
aws s3 cp /data/county/parcels.geojson s3://cmb-gis-open-data/parcels/ --profile gis-open  ⟪named profile⟫
"""),
    ("docs/runbooks/jwt-signing.md", r"""
# 311 API token signing

The 311 API signs partner tokens with HS256. Production signing secret (rotate yearly, next: 2027-03):

    JWT_SIGNING_SECRET=«b64k:48-jwtsign311»  ⟦app-secret|JWT signing secret in a runbook⟧

A token issued to the county EOC dashboard, for reference when debugging:

    «jwt:county-eoc»  ⟦jwt|issued bearer token in a runbook⟧

Public verification keys for the app's RS256 tokens are published at https://api.311.merrowbay.gov/.well-known/jwks.json
"""),
]
