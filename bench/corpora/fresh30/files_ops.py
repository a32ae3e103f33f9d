"""fresh30 templates, operations (Kestrelway Rail & Metro): home directories, keys, scripts, logs, runbooks,
wikis, chat, tickets, e-mails, HAR files, exports and encoded leftovers.
Markers: render.py and README.md."""

FILES = [
    ("home/oonagh/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:oonagh»  ⟦aws-key-id|key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:oonagh»  ⟦aws-secret|secret in ~/.aws/credentials⟧
region = eu-west-2

[krm-tdr]
sso_session = kestrelway
sso_account_id = 618204937751
sso_role_name = TdrAnalyst

[session-break-glass]
aws_access_key_id = «asia:breakglass»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:breakglass»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:breakglass»  ⟦aws-session-token|session token⟧
"""),
    ("home/oonagh/.aws/config", r"""
[profile krm-prod]
credential_process = /usr/local/bin/aws-vault exec krm-prod --json  ⟪credential_process⟫
region = eu-west-2
[sso-session kestrelway]
sso_start_url = https://kestrelway.awsapps.com/start
sso_region = eu-west-2
"""),
    ("home/bartosz/.bash_history", r"""
cd ~/src/farebridge
export PGPASSWORD='«pwc:springtaps»'  ⟦password|PGPASSWORD in bash history (same as Spring config)⟧
psql -h taps.cluster-c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com -U farebridge taps
mysql -u tvmreport -p«pwp:tvmreport» -h tvm-central.kestrelway.local  ⟦password|mysql -p in history⟧
redis-cli -h pids-cache.krm.internal -a «pwr:pidsredis» --tls  ⟦password|redis-cli -a in history (same as CFN AuthToken)⟧
aws sts get-caller-identity
helm upgrade farebridge ./chart --set postgresql.auth.password=«pwc:helmfaredb»  ⟦password|helm --set password in history⟧
git push origin main
"""),
    ("home/bartosz/.pgpass", r"""
taps.cluster-c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com:5432:taps:farebridge:«pwc:springtaps»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/bartosz/.ssh/id_ed25519", r"""
«openssh:ed-bartosz:bartosz@krm-lt-114»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/bartosz/.ssh/id_ed25519.pub", r"""
«sshpub:ed-bartosz:bartosz@krm-lt-114»  ⟪SSH public key⟫
"""),
    ("home/bartosz/.ssh/config", r"""
Host mt-jump
  HostName 10.42.1.5
  User ot-maint
  IdentityFile ~/.ssh/id_ed25519
Host kmc
  HostName kmc.obu-supplier.eu
  User kestrelway
"""),
    ("home/mei/.git-credentials", r"""
https://mei-kestrelway:«ghp:meigit»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
"""),
    ("home/mei/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:mei»"},  ⟦docker-hub|docker config auth⟧
    "618204937751.dkr.ecr.eu-west-2.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""),
    ("home/mei/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:mei»  ⟦npm|npm token in .npmrc⟧
@kestrelway:registry=https://npm.pkg.github.com
"""),
    ("home/gunnar/.netrc", r"""
machine nexus.kestrelway.local login deploy password «pwp:nexusjenkins»  ⟦password|.netrc password⟧
machine api.github.com login gunnar-krm password ${GH_TOKEN}  ⟪variable⟫
"""),
    ("home/gunnar/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: krm-eks-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.eu-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ec-eksca:krm-eks-ca»  ⟪base64 CA certificate⟫
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, krm-eks-prod]  ⟪exec plugin⟫
  - name: legacy-depot-k3s
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static Kubernetes token in kubeconfig⟧
"""),
    ("home/farida/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser -Filter 'Name -like "*roster*"'
net use R: \\krm-fs01\rostering /user:KRMOPS\svc_roster «pwn:svcroster»  ⟦password|net use password in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance TVM-CENTRAL -Database TVMSALES -Username sa -Password '«pwc:tvmsa»' -Query "select count(*) from sales"  ⟦password|Invoke-Sqlcmd -Password⟧
cmdkey /add:mt-archive /user:KRMOPS\mtlog /pass:«pwl:mtlogcmdkey»  ⟦password|cmdkey /pass⟧
$c = Get-Credential  ⟪interactive prompt⟫
"""),
    ("home/farida/Documents/WinSCP.ini", r"""
[Sessions\tvm-central]
HostName=tvm-central.kestrelway.local
UserName=tvmadmin
Password=A35C«uhex:40-winscp»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/lorcan/.config/rclone/rclone.conf", r"""
[cctv-archive]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone access key id⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone secret⟧
region = eu-west-2

[depot-nas]
type = smb
host = hawthorn-nas01
user = cctvsync
pass = «urlsafe:24-rcloneobscure»  ⟦?password|rclone-obscured password, reversible⟧
"""),
    ("home/lorcan/notes.md", r"""
# scratch

- TDR portal login for depot: kestrelway.depot / «pwn:tdrportal»  ⟦password|password in personal notes⟧
- escalator ESC-QNQ-02 fault code 51 = step chain; call LiftCare 24/7
- the Wi-Fi portal RADIUS secret is in Secrets Manager `onboard/radius`  ⟪pointer to a secret store⟫
"""),
    ("home/teodor/.vault-token", r"""
«hvs:teodor»  ⟦vault|Vault token file⟧
"""),
    ("home/teodor/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:teodor»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("home/anjali/.config/gh/hosts.yml", r"""
github.com:
    user: anjali-krm
    oauth_token: «gho:anjali»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/anjali/wireguard/occ-remote.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.14/32
[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
Endpoint = vpn.kestrelway.co.uk:51820
AllowedIPs = 10.42.0.0/16
"""),
    ("secrets/tls/cms.kestrelway.co.uk.key", r"""
«pem:pkcs8:rsa-cms»  ⟦private-key|TLS private key⟧
"""),
    ("secrets/tls/cms.kestrelway.co.uk.crt", r"""
«cert:rsa-cms:cms.kestrelway.co.uk»  ⟪certificate⟫
"""),
    ("secrets/onboard/unit387-vpn.key", r"""
«pem:pkcs8:ec-unit387»  ⟦private-key|EC private key for an on-board VPN⟧
"""),
    ("scripts/rotate_gate_keys.sh", r"""
#!/usr/bin/env bash
# rotate the fare-gate deny-list uploader key (quarterly)
set -euo pipefail
OLD_KEY_ID="«akid:gateuploader»"  ⟦aws-key-id|old key id in a rotation script⟧
aws iam create-access-key --user-name gate-denylist-uploader > /tmp/newkey.json
aws iam update-access-key --user-name gate-denylist-uploader --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/restore_roster_db.sh", r"""
#!/usr/bin/env bash
export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id rosterline/db --query SecretString --output text)"  ⟪secret fetched at run time⟫
pg_restore -h rosterline-prod.c7xq2k9vz1ab.eu-west-2.rds.amazonaws.com -U roster_owner -d roster "$1"
"""),
    ("scripts/sql/create_roles.sql", r"""
CREATE ROLE gtfs_reader LOGIN PASSWORD '«pwn:gtfsreader»';  ⟦password|CREATE ROLE password⟧
ALTER USER tvm_sync WITH PASSWORD '«pw6:tvmsyncsql»';  ⟦password|ALTER USER password⟧
CREATE ROLE roster_ro LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scramsalt»$«b64k:32-scramkey»:«b64k:32-scramsrv»';  ⟪SCRAM verifier⟫
"""),
    ("docs/runbooks/control-centre-failover.md", r"""
# Control centre failover to the backup OCC (Veldon)

1. Declare the failover on the TETRA talkgroup OCC-ALL.
2. At the backup OCC, log on to the ATS workstation as `occ_fallback` with the password `«pwc:occfallback»` (changed after every drill).  ⟦password|password in backticks in a runbook⟧
3. Confirm CBTC zone controllers report to the backup ATS (ZC-2A, ZC-2B).
4. The SCADA traction HMI password is in the red folder in the OCC safe, not here.  ⟪pointer to a physical store⟫
"""),
    ("docs/runbooks/tvm-out-of-service.md", r"""
# TVM out of service

- Open the engineer menu with the station's engineer PIN (Secrets Manager `tvm/engineer-pins`).  ⟪pointer to a secret store⟫
- If the note recycler jams, power-cycle the module (not the PC).
- Escalate to the TVM vendor desk: 0330 088 1123, account KRM-TVM.
"""),
    ("docs/runbooks/gtfs-rt-outage.md", r"""
# GTFS-RT feed outage

Check the publisher Lambda logs, then the ATS gateway stream. Re-publish manually:

    curl -X POST https://api.kestrelway.co.uk/gtfs-rt/admin/republish -H "X-Admin-Key: «hex:40-gtfsadmin»"  ⟦app-secret|admin key in a runbook curl⟧

Partner consumers (Northmoor Buses, RiverCity Trams) are told through #opendata-partners.
"""),
    ("docs/wiki/onboarding-ot-engineers.md", r"""
# Onboarding: OT engineers

Your first login to the MT jump host uses the temporary password Welcome2026! and you must change it.  ⟦?password|default first-logon password in an onboarding page⟧
Request access to the relay rooms through the permit system.
AWS access is through SSO only (https://kestrelway.awsapps.com/start).
"""),
    ("docs/wiki/partner-operators.md", r"""
# Partner operators

| operator | feed | auth |
|---|---|---|
| Northmoor Buses | SIRI-VM 2.0 | basic, password in Secrets Manager `opendata/northmoor` |  ⟪pointer to a secret store⟫
| RiverCity Trams | GTFS-RT | API key `rc-****************a91f` (masked)  ⟪masked key⟫
| National data hub | GTFS upload | OAuth client `kestrelway-opendata` |
"""),
    ("docs/adr/0014-etcs-key-management.md", r"""
# ADR 0014: ETCS key management

KMACs are generated in the KMC HSM and never leave it in clear except for the offline OBU batches,
which travel on encrypted USB under the supplier's transport key. Batches must not be copied to
shared drives or tickets. Key check values (KCV) may be shared.
"""),
    ("docs/postmortems/2026-10-14-pids-blank.md", r"""
# Postmortem: PIDs blank on Line 1 for 47 minutes

Root cause: the departures cache AuthToken was rotated but pids-renderer kept the old value from its
ConfigMap. During the incident the on-call pasted the new token into the channel: «pwr:pidsredisnew»  ⟦password|rotated cache token pasted into a postmortem⟧
(rotation is an open action, see below). Action: move pids-renderer to ExternalSecrets.
"""),
    ("comms/email/2026-09-14-northmoor-handover.eml", r"""
From: cloud-platform@kestrelway.co.uk
To: integration@northmoorbuses.co.uk
Subject: SIRI-VM archive access - credentials
Date: Mon, 14 Sep 2026 10:12:00 +0100

Hi Declan,

As agreed, here is the access key for the SIRI-VM archive bucket:

Access key ID: «akid:northmoor»  ⟦aws-key-id|partner key id in an e-mail (same as Terraform locals)⟧
Secret access key: «awssec:northmoor»  ⟦aws-secret|partner secret in an e-mail⟧

Please store it in your vault and confirm receipt.
"""),
    ("comms/email/2026-11-02-lift-vendor.eml", r"""
From: service@liftcare-connect.com
To: stations-engineering@kestrelway.co.uk
Subject: Re: ESC-QNQ-02 remote access

The remote portal account for your engineers is ready:
  user: kestrelway-eng
  temporary password: «pwp:liftcaretemp» (you will be asked to change it)  ⟦?password|temporary first-login password in a vendor e-mail⟧
"""),
    ("comms/chat/slack-occ-tech.json", r"""
[
 {"ts": "1762441200.001200", "user": "U07KRM2PL", "text": "anyone have the GTFS publisher key? pipeline is red"},
 {"ts": "1762441260.001300", "user": "U07KRM9QA", "text": "use this one for now «akid:gtfspublish» , secret in DM"},  ⟦aws-key-id|key id pasted in Slack⟧
 {"ts": "1762441320.001400", "user": "U07KRM9QA", "text": "DM: «awssec:gtfspublish»"},  ⟦aws-secret|secret pasted in Slack export⟧
 {"ts": "1762441380.001500", "user": "U07KRM2PL", "text": "thx :train:"}
]
"""),
    ("comms/chat/teams-depot-hawthorn.txt", r"""
[07:02] Siobhan Rourke: wheel lathe won't upload profiles again
[07:05] Kofi Mensah: FTP login is lathe / «pw6:wheellathe» , try that  ⟦password|password given in a chat⟧
[07:06] Siobhan Rourke: worked, cheers
"""),
    ("comms/chat/whatsapp-night-shift.txt", r"""
03/11/2026, 01:14 - Gunnar: gate 4 at MLB stuck open
03/11/2026, 01:16 - Ximena: gatemaint password is «pw6:gate-mlb»  ⟦password|password in a WhatsApp export⟧
03/11/2026, 01:20 - Gunnar: sorted
"""),
    ("tickets/ITSM-48213.txt", r"""
Ticket: ITSM-48213   Priority: P3   Category: Station systems / Help points
Summary: Help point HP-HWT-01 unregistered from Asterisk
Work notes:
  2026-10-28 09:40 (yetunde.a) Re-provisioned HP-HWT-01, SIP secret reset to «pw6:sip-hwt01»  ⟦password|SIP secret in ticket work notes (same as sip.conf)⟧
  2026-10-28 09:55 (yetunde.a) Registered OK. Resolved.
"""),
    ("tickets/JIRA-OPD-231.json", r"""
{
  "key": "OPD-231",
  "fields": {
    "summary": "Datahub upload 401",
    "description": "Upload fails with 401. Current client secret: «okx:48-datahub» (from the Lambda env)",  ⟦app-secret|client secret pasted in a Jira description⟧
    "status": {"name": "Done"}
  }
}
"""),
    ("logs/farebridge/taps-2026-11-05.log", r"""
2026-11-05T06:01:12.441Z INFO  tap aggregator started, acquirer=KRM-TFL-0042
2026-11-05T06:01:12.502Z DEBUG acquirer client config {"endpoint":"https://api.payments-acq.co.uk/v2","apiKey":"«b62:48-springacq»"}  ⟦app-secret|acquirer key in a debug log⟧
2026-11-05T06:01:13.019Z INFO  card token PAR=«up:29-par1» fare capped at 8.40  ⟪payment account reference⟫
2026-11-05T06:01:13.771Z WARN  api key «tail:b62:48-springacq» rejected by sandbox endpoint  ⟪masked key tail⟫
"""),
    ("logs/cloudtrail/2026-11-06-events.json", r"""
{"Records": [
 {"eventTime": "2026-11-06T02:14:09Z", "eventName": "GetObject", "userIdentity": {"type": "IAMUser", "userName": "partner-northmoor-siri", "accessKeyId": "«akid:northmoor»"}, "sourceIPAddress": "81.2.69.160"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
 {"eventTime": "2026-11-06T02:15:40Z", "eventName": "AssumeRole", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:gha»:gha"}, "requestID": "«uuid:ctreq»"}  ⟪role unique id and request id⟫
]}
"""),
    ("logs/alb/pids-api-2026-11-07.log", r"""
https 2026-11-07T08:00:01.120Z app/pids-api/«hex:16-albid» 10.1.4.22:51234 10.1.8.9:8080 0.001 0.012 0.000 200 200 312 1822 "GET https://pids.kestrelway.co.uk:443/v1/departures/HWT HTTP/1.1" "PIDS/3.2" - -
https 2026-11-07T08:00:02.431Z app/pids-api/«hex:16-albid» 10.1.4.23:50110 10.1.8.9:8080 0.001 0.020 0.000 200 200 410 99120 "GET https://krm-pids-media.s3.eu-west-2.amazonaws.com/loop/winter.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:pidsmedia»%2F20261107%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-presig» HTTP/1.1" "PIDS/3.2" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("logs/radius/onboard-radius.log", r"""
Fri Nov  6 22:10:01 2026 : Auth: (1021) Login OK: [crew-387] (from client unit387 port 0)
Fri Nov  6 22:10:05 2026 : Auth: (1022) Login incorrect (Wrong password): [svc-pis/«pwl:pisradiusbad»] (from client unit402 port 0)  ⟦password|password logged on a failed RADIUS login⟧
"""),
    ("har/journey-app-login.har", r"""
{"log": {"version": "1.2", "creator": {"name": "Chrome", "version": "130"}, "entries": [
 {"request": {"method": "POST", "url": "https://id.kestrelway.co.uk/oauth/token",
   "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "grant_type=password&username=qa.rider%40kestrelway.co.uk&password=«pct:pwx:harlogin»"}},  ⟦password|percent-encoded password in a HAR post body⟧
  "response": {"status": 200, "content": {"text": "{\"access_token\":\"«jwt:rider»\",\"token_type\":\"Bearer\"}"}}},  ⟦jwt|access token in a HAR response⟧
 {"request": {"method": "GET", "url": "https://api.kestrelway.co.uk/journeys?from=HWT&to=VLD",
   "headers": [{"name": "Authorization", "value": "Bearer «jwt:rider»"}]}, "response": {"status": 200}}  ⟦jwt|bearer token in a HAR header⟧
]}}
"""),
    ("backups/ssm-export-2026-08.json", r"""
{"Parameters": [
 {"Name": "/tvm/vendor-key", "Type": "SecureString", "Value": "«b64:hex:40-tvmvendorkey»"},  ⟦app-secret|base64 of a vendor key in a parameter export⟧
 {"Name": "/opendata/config", "Type": "String", "Value": "{\"agency\":\"KRM\"}"}
]}
"""),
    ("backups/old-ci/credentials.b64", r"""
«b64:credini:oldci»  ⟦aws-b64|whole base64 credentials file⟧
"""),
    ("backups/old-ci/env-dump.json", r"""
{"vars": "{\"AWS_ACCESS_KEY_ID\":\"«akid:envdump»\",\"AWS_SECRET_ACCESS_KEY\":\"«jsonesc:awssec:envdump»\"}"}  ⟦aws-key-id|JSON-in-JSON key pair⟧
"""),
    ("backups/old-ci/tvm-central.hex", r"""
# xxd -p of tvm-central connection string (found on a decommissioned depot PC)
«hexenc:lit:Server=tvm-central;User Id=sa;Password=»«hexenc:pwc:tvmsa»  ⟦password|hex-encoded password⟧
"""),
    ("backups/old-ci/double.txt", r"""
AWS_SECRET_B64B64=«b64b64:awssec:double»  ⟦aws-b64|double base64 secret⟧
"""),
    ("backups/old-ci/unicode.json", r"""
{"aws_secret_access_key": "«uesc:awssec:uesc»"}  ⟦aws-secret|\u-escaped secret⟧
"""),
    ("reports/iam-key-report-2026-11.csv", r"""
user,access_key_id,status,last_used,age_days
gate-denylist-uploader,«akid:gateuploader»,Inactive,2026-08-01,402  ⟦?aws-key-id|inactive key id in a key report⟧
ses-smtp-occ-mailer,«akid:occmailer»,Active,2026-11-06,211  ⟦aws-key-id|active key id in a report⟧
partner-northmoor-siri,«akid:northmoor»,Active,2026-11-06,53  ⟦aws-key-id|active key id in a report⟧
"""),
]


def _station_tickets():
    out = []
    items = [("hwt", "Gate aisle 3 rejecting ITSO cards", "gatemaint", "pw6:gate-hwt"),
             ("mlb", "PA zone 4 silent", "paadmin", "pwc:pa-mlb-tk"),
             ("crs", "Help point HP-CRS-02 no audio", "hpadmin", "pw6:hp-crs-tk"),
             ("qnq", "Lift LIFT-QNQ-01 remote monitoring offline", "engineer", "pwp:lift-qnq-tk"),
             ("ash", "CIS screens frozen", "cisadmin", "pwl:cis-ash-tk"),
             ("vld", "NVR storage full", "admin", "pwc:nvr-vld-tk"),
             ("brn", "Ticket office PC will not log on", "KRMOPS\\\\tofadmin", "pwn:tof-brn-tk"),
             ("twr", "Platform clock drift", "ntpadmin", "pwp:clock-twr-tk")]
    for i, (st, summary, user, ph) in enumerate(items):
        out.append((f"tickets/stations/INC00{7421 + i}.txt", f"""
Number: INC00{7421 + i}
Station: {st.upper()}
Short description: {summary}
Assignment group: Station Systems
Opened: 2026-11-{10 + i:02d} 06:{10 + i:02d}
Work notes:
  Engineer on site, logged in to the device as {user} / «{ph}»  ⟦password|device login in ticket work notes⟧
  Vendor reference: CASE-{90311 + i}  ⟪vendor case number⟫
  Resolved after restart.
"""))
    return out


def _home_histories():
    out = []
    people = [("siobhan", "cctv"), ("kofi", "depot"), ("ximena", "fares"), ("declan", "opendata")]
    for p, team in people:
        out.append((f"home/{p}/.zsh_history", f"""
: 1762300000:0;aws s3 ls s3://krm-{team}-artifacts/
: 1762300040:0;export AWS_ACCESS_KEY_ID=«akid:zsh-{p}»  ⟦aws-key-id|exported key id in zsh history⟧
: 1762300041:0;export AWS_SECRET_ACCESS_KEY=«awssec:zsh-{p}»  ⟦aws-secret|exported secret in zsh history⟧
: 1762300100:0;curl -s -H "Authorization: token ${{GITHUB_TOKEN}}" https://api.github.com/orgs/kestrelway/repos  ⟪variable⟫
: 1762300200:0;psql "postgresql://{team}_admin:«pwn:zshpg-{p}»@{team}-db.kestrelway.local/{team}"  ⟦conn-string|Postgres URL with password in zsh history⟧
: 1762300300:0;mysql -h {team}-reporting.kestrelway.local -u report -p'«pwp:zshmy-{p}»' -e 'show databases'  ⟦password|mysql -p in zsh history⟧
"""))
    return out


def _daily_logs():
    out = []
    for d in range(1, 6):
        out.append((f"logs/gtfsrt/publisher-2026-11-0{d}.log", f"""
2026-11-0{d}T04:00:00Z INFO feed build start version=2026-11-0{d}
2026-11-0{d}T04:00:03Z INFO upload to datahub client=kestrelway-opendata secret=****  ⟪masked secret⟫
2026-11-0{d}T04:00:04Z DEBUG s3 put krm-opendata/gtfs-rt using key «akid:gtfsrt-log{d}»  ⟦aws-key-id|key id in a debug log⟧
2026-11-0{d}T04:00:05Z INFO trips={3400 + d * 7} vehicles={61 + d}
"""))
    return out


FILES += _station_tickets() + _home_histories() + _daily_logs()


FILES += [
    ("docs/wiki/vendor-access-register.md", r"""
# Vendor remote access register (OT)

| vendor | system | access | credential |
|---|---|---|---|
| SSI tools vendor | interlocking data prep | jump host, named accounts | per-engineer, in the PAM vault |  ⟪pointer to PAM⟫
| LiftCare | lifts/escalators | vendor portal | `kestrelway-eng` / `«pwp:liftcareperm»` |  ⟦password|password in a wiki table⟧
| TVM vendor | TVM fleet | TeamViewer to TVM-CENTRAL | ID 1 284 551 903, password `«tv:tvmcentral»` |  ⟦password|TeamViewer password in a wiki table⟧
| Icomera | on-board routers | fleet portal | SSO (Entra ID guest) |
| CashTech | TVM cash modules | none (on site only) | - |
"""),
    ("comms/email/2026-10-05-acquirer-keys.eml", r"""
From: onboarding@payments-acq.co.uk
To: fares-team@kestrelway.co.uk
Subject: Production credentials - Kestrelway contactless (MID 4412003817)
Date: Mon, 5 Oct 2026 15:40:11 +0100

Dear Kestrelway team,

Your production API credentials are below. The webhook signing secret is shown once.

  API key:           «b62:48-springacq»  ⟦app-secret|acquirer API key in an onboarding e-mail⟧
  Webhook secret:    whsec_«b62:32-acqwh»  ⟦app-secret|webhook signing secret in an e-mail⟧
  Public client key: live_«up:32-acqclient»  ⟪public client key⟫

Regards, Merchant Onboarding
"""),
    ("docs/wiki/occ-shift-handover-2026-11-07.md", r"""
# OCC shift handover - 07/11/2026 night -> early

- L2: ZC-2B service laptop left logged in at the relay room; password was read out over the radio, so it was changed to «pwl:zc2bnew» at 04:10.  ⟦password|changed password recorded in a handover note⟧
- Signal HWT 41 flickering aspect, fault ref SMIS 224410.  ⟪fault reference⟫
- TETRA dispatcher desk 2 password unchanged (in the PAM vault).  ⟪pointer to PAM⟫
"""),
    ("exports/ticket-office-pcs.csv", r"""
hostname,station,local_admin,laps,notes
TOF-HWT-01,HWT,krmadmin,yes,
TOF-MLB-01,MLB,krmadmin,yes,
TOF-BRN-01,BRN,krmadmin,no,"LAPS broken, local admin set to «pwc:tofbrn» until rebuild"  ⟦password|local admin password in an export note⟧
TOF-CRS-01,CRS,krmadmin,yes,
"""),
    ("backups/occ-util01/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:occutil»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Username>occ-kiosk</Username>
        <Enabled>true</Enabled>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwc:occutiladm»</Value>  ⟦password|unattend.xml plain administrator password⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("reports/pentest-2026-q3-findings.md", r"""
# Penetration test 2026 Q3 - findings summary (station networks)

F-03 (High): default credentials on platform CIS displays (admin/admin) at 4 stations - fixed.  ⟪vendor default in a report⟫
F-05 (High): SNMP community `«snmp:pentest»` readable and writable on the TWR access switch.  ⟦password|SNMP community reported in a pentest report⟧
F-07 (Medium): AWS key AKIA**************** found in a depot share (masked here; rotated).  ⟪masked key⟫
F-09 (Low): TLS 1.0 on help-point SIP registrar.
"""),
    ("comms/chat/slack-opendata-partners.json", r"""
[
 {"ts": "1762600000.000100", "user": "U07KRMD4C", "text": "RiverCity: new API key for the GTFS-RT firehose is «hex:32-rivercity» (same as the k8s secret), please swap by Friday"},  ⟦app-secret|partner API key in a Slack message⟧
 {"ts": "1762600100.000200", "user": "U07RCT001", "text": "thanks, swapped"},
 {"ts": "1762600200.000300", "user": "U07KRMD4C", "text": "test feed for your QA is at https://api-staging.kestrelway.co.uk/gtfs-rt (key: rc-staging-public-readonly)"}  ⟪public staging key⟫
]
"""),
    ("apps/journey-app/.gitignore", """
node_modules/
.next/
.env.production
.env.local
*.jks
"""),
]
