"""fresh31 templates, operations (Skerrymor Energy): home directories, scripts, runbooks, wiki pages, chat,
tickets, e-mails, logs, HAR files, reports, dumps and backups with encoded credentials, keys and certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/callum/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:callum»  ⟦aws-key-id|access key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:callum»  ⟦aws-secret|secret key in ~/.aws/credentials⟧

[skm-ot]
aws_access_key_id = «asia:callumsts»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:callumsts»  ⟦aws-secret|temporary secret key⟧
aws_session_token = «stok:callumsts»  ⟦aws-session-token|session token in credentials file⟧

[skm-sso]
credential_process = aws-sso-util credential-process --profile skm-lakehouse  ⟪credential_process⟫
"""),
    ("home/callum/.aws/config", r"""
[profile skm-lakehouse]
sso_start_url = https://skerrymor.awsapps.com/start
sso_region = eu-west-2
sso_account_id = 274019386620
sso_role_name = DataEngineer
"""),
    ("home/callum/.bash_history", r"""
cd ~/src/gale-historian
aws sts get-caller-identity
psql "postgresql://gale_admin:«pwc:tenmindb»@gale-tenmin.cluster-c9x2ab.eu-west-2.rds.amazonaws.com/tenmin" -c '\dt'  ⟦conn-string|psql URL with the Aurora master password in bash history⟧
export PGPASSWORD='«pwr:trinopi»'  ⟦password|PGPASSWORD in bash history⟧
mysql -h cms-legacy.skerrymor.internal -u cms -p«pwn:cmsmysql» cms_legacy  ⟦password|mysql -p in bash history⟧
redis-cli -h tidemark-cache.x7q2ab.euw2.cache.amazonaws.com --tls -a «pwr:bidredis» ping  ⟦password|redis-cli -a in bash history⟧
curl -s -H "X-API-Key: $STRATOLUME_API_KEY" https://portal.stratolume.oemcloud.net/api/v2/buoys  ⟪env reference in curl⟫
git push origin main
"""),
    ("home/callum/.pgpass", r"""
gale-tenmin.cluster-c9x2ab.eu-west-2.rds.amazonaws.com:5432:tenmin:gale_admin:«pwc:tenmindb»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/callum/.ssh/id_ed25519", r"""
«openssh:ed-callum:callum@roc-laptop»  ⟦private-key|OpenSSH private key in a home directory⟧
"""),
    ("home/callum/.ssh/id_ed25519.pub", r"""
«sshpub:ed-callum:callum@roc-laptop»  ⟪SSH public key⟫
"""),
    ("home/callum/.ssh/config", r"""
Host skb-jump
  HostName 10.40.0.10
  User callum
  IdentityFile ~/.ssh/id_ed25519
Host *.ot.skerrymor.local
  ProxyJump skb-jump
"""),
    ("home/ingrid/.netrc", r"""
machine nexus.skerrymor.energy login ingrid.b password «pwn:ingridnexus»  ⟦password|.netrc password⟧
machine api.aeolith.oemcloud.com login skerrymor password «pw:aeolithconn»  ⟦password|.netrc password for the SCADA vendor (same as the Airflow connection)⟧
"""),
    ("home/ingrid/.git-credentials", r"""
https://ingrid-skm:«ghp:ingrid»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
https://ingrid.b:«glpat:ingrid»@gitlab.skerrymor.energy  ⟦app-secret|GitLab PAT in .git-credentials⟧
"""),
    ("home/ingrid/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:ingrid»"},  ⟦docker-hub|docker config auth (base64 user:PAT)⟧
    "903157248816.dkr.ecr.eu-west-2.amazonaws.com": {}
  },
  "credsStore": "desktop"  ⟪credential helper⟫
}
"""),
    ("home/ingrid/.config/gh/hosts.yml", r"""
github.com:
    user: ingrid-skm
    oauth_token: «gho:ingrid»  ⟦github|gh CLI oauth token⟧
    git_protocol: https
"""),
    ("home/ingrid/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: lakehouse
    cluster:
      server: https://«uhex:32-eksid».gr7.eu-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
users:
  - name: lakehouse
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, lakehouse]  ⟪exec plugin⟫
  - name: edge-mhr-k3s
    user:
      token: «b62:64-k3stoken»  ⟦app-secret|static bearer token for a site k3s cluster⟧
"""),
    ("home/magnus/Documents/notes.txt", r"""
ROC shift notes - Magnus

PI Vision: svc-pi-roc / «pwn:pivision»  ⟦password|user/password pair in personal notes⟧
aeolith web (SKB): roc01 password is «pw:aeolithroc»  ⟦password|"password is" sentence in personal notes⟧
Nordvik hotline PIN for remote resets: «pin:6-nvkhotline»  ⟦?password|OEM hotline caller PIN⟧
BMRS key for the dashboards -> ask Ingrid (in 1Password "Market APIs")  ⟪pointer to a vault⟫
"""),
    ("home/magnus/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service Aeolith*
Enter-PSSession -ComputerName skb-scada-app01
$p = ConvertTo-SecureString '«pwc:aeolithsvc»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString in PowerShell history⟧
New-PSDrive -Name R -PSProvider FileSystem -Root \\skb-scada-db01\backup -Credential (New-Object PSCredential('SKM\svc-backup',$p))
cmdkey /add:skb-hmi01 /user:SKM\roc /pass:«pwp:cmdkeyhmi»  ⟦password|cmdkey /pass: in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance skb-scada-db01\AEOLITH -Username sa -Password «pwl:scadasa» -Query "select @@version"  ⟦password|Invoke-Sqlcmd -Password⟧
$c = Get-Credential  ⟪interactive prompt⟫
"""),
    ("home/magnus/AppData/Roaming/WinSCP.ini", r"""
[Sessions\met-archive]
HostName=met-archive.skerrymor.internal
UserName=magnus
Password=«uhex:64-winscpobf»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/magnus/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3>
  <Servers>
    <Server>
      <Host>10.42.8.15</Host>
      <Port>21</Port>
      <User>cr1000x</User>
      <Pass encoding="base64">«b64:pwp:mastftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>CRN met mast</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/siobhan/.snowsql/config", r"""
[connections.lakehouse]
accountname = skerrymor-lakehouse
username = SIOBHAN_K
password = «snowpw:siobhan»  ⟦password|SnowSQL config password⟧
"""),
    ("home/siobhan/.config/rclone/rclone.conf", r"""
[bladescope]
type = sftp
host = s-2e1f8a9c7b.server.transfer.eu-west-2.amazonaws.com
user = bladescope-upload
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible)⟧

[lake]
type = s3
provider = AWS
access_key_id = «akid:rclonelake»  ⟦aws-key-id|rclone S3 access key id⟧
secret_access_key = «awssec:rclonelake»  ⟦aws-secret|rclone S3 secret key⟧
"""),
    ("home/siobhan/.s3cfg", r"""
[default]
access_key = «akid:s3cfg»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:s3cfg»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.eu-west-2.amazonaws.com
"""),
    ("home/siobhan/.vault-token", r"""
«hvs:siobhan»  ⟦vault|Vault token file⟧
"""),
    ("home/siobhan/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:siobhan»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("home/fraser/.openvpn/skm-ot.ovpn", r"""
client
dev tun
proto udp
remote vpn-ot.skerrymor.energy 1194
auth-user-pass skm-ot.auth
<ca>
«cert:ec-vpnca:vpn-ot.skerrymor.energy»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ec-fraservpn»  ⟦private-key|inline private key in an OpenVPN profile⟧
</key>
"""),
    ("home/fraser/.openvpn/skm-ot.auth", r"""
fraser.m
«pwn:fraservpn»  ⟦password|OpenVPN auth-user-pass file password line⟧
"""),
    ("home/fraser/wg-skb.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgfraser»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.14/32
[Peer]
PublicKey = «b64k:32-wgpeer»  ⟪WireGuard public key⟫
Endpoint = 185.44.206.19:51820
AllowedIPs = 10.40.0.0/16
"""),
    ("secrets/tls/roc-portal.key", r"""
«pem:pkcs1:rsa-rocportal»  ⟦private-key|RSA private key file⟧
"""),
    ("secrets/tls/roc-portal.crt", r"""
«cert:rsa-rocportal:roc.skerrymor.energy»  ⟪certificate⟫
"""),
    ("secrets/iot/skb-edge-gg.private.key", r"""
«pem:pkcs8:ec-ggskb»  ⟦private-key|Greengrass core device private key⟧
"""),
    ("secrets/iot/skb-edge-gg.public.key", r"""
«pubpem:ec-ggskb»  ⟪public key PEM⟫
"""),
    ("scripts/rotate_vendor_keys.sh", r"""
#!/usr/bin/env bash
# quarterly rotation of the OEM vendor IAM users (Aeolith, Nordvik, Stratolume)
set -euo pipefail
for u in vendor-aeolith-support vendor-nordvik-cms vendor-stratolume; do
  aws iam create-access-key --user-name "$u" > "/tmp/$u.json"
done
# old Nordvik key, delete after they confirm: «akid:nvkold»  ⟦aws-key-id|old vendor key id left in a script comment⟧
"""),
    ("scripts/pull_bmrs.py", r"""
#!/usr/bin/env python3
'''Pull BOAs and FPNs for our BMUs (T_SKBW-1, T_MHRW-1, T_TLGB-1) from Elexon.'''
import requests

API = "https://data.elexon.mktgw.co.uk/bmrs/api/v1"
KEY = "«lo:15-bmrs»"  ⟦app-secret|Elexon key hard-coded in a script (same as Spring YAML)⟧

for bmu in ("T_SKBW-1", "T_MHRW-1", "T_TLGB-1"):
    r = requests.get(f"{API}/balancing/acceptances", params={"bmUnit": bmu, "apikey": KEY}, timeout=30)
    print(bmu, r.status_code)
"""),
    ("scripts/restore_cms_db.ps1", r"""
# restore the CMS database to the test server after a vibration-model regression
$sa = "«pwl:cmssa»"  ⟦password|sa password assigned in a PowerShell script⟧
sqlcmd -S cms-test01 -U sa -P $sa -Q "RESTORE DATABASE CMS FROM DISK='D:\bak\CMS_full.bak' WITH REPLACE"
net use \\skb-scada-db01\backup /user:SKM\svc-backup «pwc:aeolithsvc»  ⟦password|net use password⟧
"""),
    ("scripts/sql/roles.sql", r"""
CREATE ROLE forecast_rw LOGIN PASSWORD '«pwn:forecastrw»';  ⟦password|CREATE ROLE password⟧
ALTER USER trino_ro WITH PASSWORD '«pw:trinoro»';  ⟦password|ALTER USER password⟧
CREATE USER lake_ro WITH PASSWORD :'lake_ro_pw';  ⟪psql variable⟫
"""),
    ("docs/runbooks/roc-turbine-remote-reset.md", r"""
# Runbook: remote reset of a tripped turbine (ROC)

1. Check the alarm in Aeolith WindPortal; never reset more than twice in 24 h without the OEM.
2. Log in to the farm gateway as `tech`. The password is `«pw6:servicelink»`.  ⟦password|runbook password in backticks⟧
3. For grid-side trips (LVRT, ROCOF) call the Nordvik hotline first.
4. Record the reset in the shift log with the alarm code.

Service level 2 is only for the OEM; its password is in the OEM vault, not here.  ⟪pointer⟫
"""),
    ("docs/runbooks/bess-black-start.md", r"""
# Tollgate BESS - black start / grid restoration test

EMS local HMI: user `operator`, password «pw6:bessoperator»  ⟦password|HMI password in a runbook⟧
PCS breaker interlocks must be confirmed by the AP (Authorised Person) under the safety rules.
Fire panel reset code: held by the site AP only.  ⟪pointer⟫
"""),
    ("docs/runbooks/ctv-weather-window.md", r"""
# CTV transfer go/no-go (SKB)

Limits: Hs 1.5 m for the Orca 27 m cats, 1.8 m for the SES; wind 25 kn at the boat landing.
Forecast source: Windcast marine product; API access for the marine team uses the key in
AWS Secrets Manager `marine/windcast`.  ⟪Secrets Manager pointer⟫
Example call (redacted): `curl -H "x-api-key: ****" ...`  ⟪masked⟫
"""),
    ("docs/wiki/scada-vendor-access.md", r"""
# OEM and SCADA vendor remote access

| vendor | path | account | credential |
|---|---|---|---|
| Aeolith | FortiGate SSL-VPN | vendor-aeolith | «pwn:fgtaeolith» |  ⟦password|vendor account password in a wiki table⟧
| Nordvik | Secomea SiteManager | nvk-remote | 1Password "OT vendors" |  ⟪vault pointer⟫
| Kelda | Tosibox | kelda-eng | «pw6:toskelda» |  ⟦password|vendor Tosibox password in a wiki table⟧

AWS key for Aeolith's cloud link (they asked to have it here): «akid:aeolithlink» / «awssec:aeolithlink»  ⟦aws-key-id|key pair in a wiki sentence⟧
"""),
    ("docs/wiki/met-mast-onboarding.md", r"""
# Met mast onboarding (Campbell CR1000X)

Default security codes are 0 (off). Set them per the template and log them in the met vault.  ⟪documentation of defaults⟫
The LoggerNet server account for the cloud poller is `loggernet-svc`, password: «pwp:loggernet»  ⟦password|wiki password after a colon (same as Lambda env)⟧
"""),
    ("docs/adr/0011-market-credentials.md", r"""
# ADR 0011: market operator credentials

Status: accepted. Every market credential (EPEX M7, Nord Pool, Elexon, RRM) lives in Secrets Manager under
`tidemark/*` and is read at start-up. Example of the shape: `{"user": "SKMTRD01", "password": "<from SM>"}`.  ⟪placeholder⟫
"""),
    ("docs/postmortems/2026-07-skb-comms-loss.md", r"""
# Postmortem: SKB offshore comms loss (2026-07-18)

Timeline: 02:14 fibre alarm on export cable 2; 02:16 SCADA lost 42 WTGs; 02:40 failover to the microwave link.
During recovery the on-call pasted the platform switch login into the bridge call chat:
`netadmin` / `«pwl:ospsw»` (since rotated? no - still live, see action 4).  ⟦password|credential pasted in a postmortem⟧
Action 4: rotate the switch credentials and move them to the OT vault.
"""),
    ("docs/onboarding/new-roc-operator.md", r"""
# Welcome to the ROC

Your first login to the ROC workstation uses the temporary password «pwp:rocfirst» - change it at first logon.  ⟦?password|temporary first-login password in onboarding⟧
Aeolith WindPortal accounts are requested through ServiceNow (catalogue item "SCADA access").
"""),
    ("comms/email/2026-05-02_nordvik_handover.eml", r"""
From: commissioning@nordvik-turbines.oemcloud.com
To: roc@skerrymor.energy
Subject: SKB - handover of controller access, rows A-F
Date: Sat, 02 May 2026 16:20:11 +0000
Content-Type: text/plain; charset=utf-8

Hello ROC team,

as agreed at the take-over certificate meeting, here is the access for the NVC-8 controllers:

  Service level 1: «pw6:nvcl1»  ⟦password|controller password in an OEM e-mail⟧
  ServiceLink cloud portal: skerrymor-roc / «svc:nvkportal»  ⟦password|OEM portal password in an e-mail⟧

Level 2 stays with Nordvik under the service agreement.

Best regards,
Commissioning team
"""),
    ("comms/email/2026-09-11_rrm_onboarding.eml", r"""
From: onboarding@remit-reporting.rrmhub.eu
To: trading-ops@skerrymor.energy
Subject: Your RRM account
Content-Type: text/plain

Dear customer, your SFTP account has been created. User: skerrymor. Your initial password will be sent by SMS.  ⟪no value⟫
"""),
    ("comms/chat/roc-slack-export.json", r"""
[
  {"ts": "1783412050.001200", "user": "U07K2LQ9A1B", "text": "anyone have the CRN sodar login? need the 80 m profile"},  ⟪Slack ids⟫
  {"ts": "1783412111.001400", "user": "U05P8XZ3C7D", "text": "admin / «pwp:sodarweb» on 10.42.9.5"},  ⟦password|chat message with a login⟧
  {"ts": "1783412230.001700", "user": "U07K2LQ9A1B", "text": "ta. also the AWS key for the forecast bucket was «akid:forecastchat», secret in DM"},  ⟦aws-key-id|access key id in chat⟧
  {"ts": "1783412299.001900", "user": "U05P8XZ3C7D", "text": "«awssec:forecastchat»"}  ⟦aws-secret|bare secret key in chat⟧
]
"""),
    ("comms/chat/marine-teams.html", r"""
<div class="message"><span class="author">Jorge (Marine)</span><p>Northlift manifest API is down again, using the portal. login marine@skerrymor.energy pw «pwn:northliftportal»</p></div>  ⟦password|Teams message with a password⟧
<div class="message"><span class="author">Oona</span><p>please don't post passwords here, use the vault</p></div>
"""),
    ("comms/chat/whatsapp_skb_technicians.txt", r"""
14/08/2026, 07:02 - Kofi: Boat at 07:30, F-row today
14/08/2026, 07:05 - Torvald: F07 HMI code is «pin:4-f07hmi» if anyone needs it  ⟦password|HMI code in a WhatsApp export⟧
14/08/2026, 07:06 - Kofi: 👍
"""),
    ("tickets/jira/OM-2207.json", r"""
{
  "key": "OM-2207",
  "fields": {
    "summary": "BRK soiling station commissioning",
    "description": "Station online at 10.44.9.12. Web admin password set to «pw6:soiling» (please change after handover).",  ⟦password|password in a Jira description (same as the Go comment)⟧
    "status": {"name": "Done"},
    "labels": ["solar", "brk"]
  }
}
"""),
    ("tickets/servicenow/INC0048812.txt", r"""
Number: INC0048812
Short description: Kelda EMS cloud link failing after certificate renewal
Work notes (2026-10-04 11:02 Ravi S.):
  Tried the cloud token by hand: curl -H "Authorization: Bearer «b62:48-keldacomm»" https://cloud.kelda-storage.oemcloud.com/v1/site/TLG  ⟦app-secret|bearer token in ServiceNow work notes⟧
  -> 200. Issue is the intermediate CA missing in the bundle.
Resolution: added intermediate; closed.
"""),
    ("tickets/servicenow/RITM0031177.txt", r"""
Number: RITM0031177
Item: SCADA access - Aeolith WindPortal (read-only)
Requested for: Agnieszka W.
Fulfilment note: account created, temporary password sent via the secure portal.  ⟪no value⟫
"""),
    ("logs/edge-mhr/gateway-2026-11-02.log", r"""
2026-11-02T03:11:04Z INFO  modbus  poll ok inverter=none ppc=10.41.3.10 latency_ms=41
2026-11-02T03:11:09Z WARN  mqtt    reconnect url=mqtts://edge-mhr:«mqttpw:edgemhr»@iot.mhr.ot.skerrymor.local:8883  ⟦conn-string|MQTT URL with password in a gateway log⟧
2026-11-02T03:11:10Z INFO  mqtt    connected client_id=edge-mhr-gw1
2026-11-02T03:12:00Z INFO  aws     sts assumed role arn:aws:sts::482650193377:assumed-role/edge-gw/edge-mhr key=«asia:edgemhr»  ⟦aws-key-id|session key id in a gateway log⟧
2026-11-02T03:12:00Z DEBUG aws     credentials refreshed token=****  ⟪masked⟫
"""),
    ("logs/cloudtrail/2026-11-09-lakehouse.json", r"""
{"Records": [
  {"eventTime": "2026-11-09T22:41:03Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:sparkemr»", "userName": "svc-spark-emr",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:sparkemr»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "sourceIPAddress": "81.2.188.77", "requestID": "«up:16-reqid»"}  ⟪request id⟫
]}
"""),
    ("logs/codebuild/edge-gateway-image-1187.log", r"""
[Container] 2026/11/12 10:02:11.812 Running command echo "NVK_SDK_TOKEN=$NVK_SDK_TOKEN"
NVK_SDK_TOKEN=«b62:40-nvksdk»  ⟦app-secret|token echoed in a build log⟧
[Container] 2026/11/12 10:02:12.004 Running command ./fetch-sdk.sh
downloading nvk-sdk-8.14.2.tar.gz ... ok (sha256 «sha256:nvksdktar»)  ⟪checksum⟫
"""),
    ("logs/trading/m7-client-2026-12-01.log", r"""
2026-12-01 10:00:00.113 INFO  M7 session opened user=SKMTRD01 broker=m7-sim.epexspot.mktgw.com
2026-12-01 10:00:00.115 DEBUG login payload {"user":"SKMTRD01","password":"«pwr:m7amqp»","clientVersion":"6.16"}  ⟦password|M7 password in a debug log⟧
2026-12-01 10:00:01.020 INFO  orderbook snapshot contracts=96 products=XBID_Quarter_Hour_Power
"""),
    ("logs/alb/roc-portal-2026-11-20.log", r"""
https 2026-11-20T08:14:22.11Z app/roc-portal/«hex:16-albid» 81.2.188.77:51422 10.50.3.12:8080 0.001 0.044 0.000 200 200 512 1880 "GET https://roc.skerrymor.energy:443/export/tenmin.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261120%2Feu-west-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-presig» HTTP/1.1"  ⟦aws-key-id|key id in a presigned URL in an access log⟧
"""),
    ("reports/iam-credential-report-2026-11.csv", r"""
user,arn,user_creation_time,password_enabled,access_key_1_active,access_key_1_last_rotated,access_key_1_id
svc-spark-emr,arn:aws:iam::274019386620:user/svc-spark-emr,2024-02-11T10:00:00+00:00,false,true,2025-01-07T09:00:00+00:00,«akid:sparkemr»  ⟦aws-key-id|active key id in a credential report⟧
vendor-nordvik-cms,arn:aws:iam::618204937551:user/vendor-nordvik-cms,2023-06-01T10:00:00+00:00,false,false,2024-03-01T09:00:00+00:00,«akid:nvkold»  ⟦?aws-key-id|inactive key id in a credential report⟧
"""),
    ("exports/har/offtaker-portal-login.har", r"""
{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "132.0"},
 "entries": [
  {"request": {"method": "POST", "url": "https://ppa.skerrymor.energy/api/auth/callback/credentials",
    "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
    "postData": {"mimeType": "application/x-www-form-urlencoded",
      "text": "username=ops%40calderrail.clientnet.com&password=«pct:pwx:calderportal»&csrfToken=«hex:64-csrf»"}},  ⟦password|percent-encoded password in a HAR form body⟧
   "response": {"status": 302, "headers": [{"name": "Set-Cookie", "value": "next-auth.session-token=«jwt:portalsession»; Path=/; HttpOnly"}]}},  ⟦?jwt|session cookie in a HAR (expires)⟧
  {"request": {"method": "GET", "url": "https://ppa.skerrymor.energy/api/meter?site=MHR",
    "headers": [{"name": "Authorization", "value": "Bearer «jwt:portalapi»"}]}}  ⟦jwt|bearer JWT in a HAR request⟧
 ]}}
"""),
    ("backups/config/edge-gw-skb.b64", r"""
# base64 of the gateway env file, from the 2026-06 USB backup
«b64:credini:edgeskbbak»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("backups/config/pi-relay.json", r"""
{"relay": "pi-relay-01", "creds": "«b64b64:pwc:pirelay»"}  ⟦password-b64|double base64 of the PI relay password⟧
"""),
    ("backups/config/scada-export-escaped.json", r"""
{"export": "aeolith-settings", "payload": "{\"cloud\":{\"api_secret\":\"«uesc:b62:32-aeolithglue»\"}}"}  ⟦app-secret|\\u-escaped API secret in a JSON export⟧
"""),
    ("backups/config/lake-keys.hex", r"""
# hexdump of the key file left on the analytics share
«hexenc:awssec:lakehex»  ⟦aws-hex|hex-encoded secret key⟧
"""),
    ("backups/config/relay-settings.json", r"""
{"relay": "FGP-487T", "payload": "«jsonesc:pwx:relayjson»"}  ⟦password|JSON-escaped relay password⟧
"""),
    ("exports/dumps/scada_users.csv", r"""
username,role,email,password
roc01,operator,roc01@skerrymor.energy,«pw:aeolithroc»  ⟦password|plain password in a SCADA user export⟧
roc02,operator,roc02@skerrymor.energy,«pwn:roc02»  ⟦password|plain password in a SCADA user export⟧
audit,viewer,audit@skerrymor.energy,
"""),
    ("exports/dumps/pob_users.sql", r"""
INSERT INTO users (id, login, pw_hash) VALUES (1, 'jorge', '«bcrypt:pobjorge»');  ⟪bcrypt hash⟫
INSERT INTO api_clients (id, name, secret) VALUES (3, 'northlift', '«b62:40-northliftkey»');  ⟦app-secret|API client secret in a SQL dump⟧
"""),
    ("ops/pagerduty/roc-services.tf", r"""
provider "pagerduty" {
  token = "«okx:20-pdapi»"  ⟦pagerduty|PagerDuty API token in provider⟧
}
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:cms»  ⟦newrelic|New Relic license key⟧
  app_name: cms-web
"""),
    ("ops/vault/approle-forecast.txt", r"""
role_id    «uuid:approleid»  ⟪AppRole role id⟫
secret_id  «uuid:approlesecret»  ⟦vault|AppRole secret id⟧
"""),
    ("ops/sops/market.enc.yaml", r"""
epex_m7_password: «sops:m7»  ⟪SOPS value⟫
nordpool_secret: «sops:np»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:eu-west-2:618204937551:key/«uuid:sopskms»  ⟪KMS ARN⟫
"""),
    ("ops/ses/smtp-settings.txt", r"""
SES SMTP for the settlement mailer (eu-west-2)
host: email-smtp.eu-west-2.amazonaws.com:587
user: «akid:sessettle»  ⟦aws-key-id|SES SMTP user in a settings note⟧
pass: «sesv4:sessettle»  ⟦aws-ses-smtp|SES SMTP password in a settings note⟧
"""),
    ("ops/ses/postfix_sasl_passwd", r"""
[email-smtp.eu-west-2.amazonaws.com]:587 «akid:sespostfix»:«sesv4:sespostfix»  ⟦aws-ses-smtp|postfix sasl_passwd with SES credentials⟧
"""),
]

# per-site shift handover notes: the ROC writes one a week, some with a login
HANDOVER = [
    ("skb", "«pw6:hmiskb»", True), ("mhr", None, False), ("crn", "«pw6:hmicrn»", True),
    ("cwf", None, False), ("brk", "«pw6:hmibrk»", True), ("tlg", None, False),
]
for code, pw, has in HANDOVER:
    line = (f"Local HMI login changed this week: operator / {pw}  ⟦password|{code.upper()} HMI password in a handover note⟧"
            if has else "Local HMI login: unchanged, in the OT vault.  ⟪pointer⟫")
    FILES.append((f"docs/handover/{code}-week48.md", f"""
# {code.upper()} weekly handover - week 48

- Availability 97.{len(code)} %, two forced outages (see Aeolith event log).
- Curtailment instructions from the DNO: 3 (ANM), all acknowledged.
- {line}
"""))

FILES += [
    ("docs/wiki/market-apis.md", r"""
# Market operator APIs (trading desk)

- EPEX M7 simulation user `SKMTRD01`, password `«pwr:m7amqp»` (prod uses the same one, we know).  ⟦password|market password in a wiki code span⟧
- Nord Pool: client `skerrymor_api`, secret in Secrets Manager `tidemark/nordpool`.  ⟪pointer⟫
- Elexon Insights: no key needed for the public endpoints.
- ENTSO-E transparency token: «uuid:entsoe»  ⟦app-secret|ENTSO-E token in a wiki page⟧
"""),
    ("comms/email/2026-11-03_windcast_trial.eml", r"""
From: support@windcast.oemcloud.com
To: forecast@skerrymor.energy
Subject: Re: API access for the SKB day-ahead trial
Content-Type: text/plain

Hi,
your trial is now a production subscription. Your API token is unchanged:
«b62:32-windcast»  ⟦app-secret|forecast vendor token alone on a line in an e-mail⟧
Rate limit is 600 requests per hour.
"""),
    ("tickets/jira/DATA-412.md", r"""
**DATA-412** Lakehouse: analysts cannot read tenmin Iceberg tables from Trino

Comment (Siobhan): workaround until the Lake Formation grant lands - use the service user
`trino_pi` with `«pwr:trinopi»` from the catalog file.  ⟦password|password in a Jira comment (same as the Trino catalog)⟧
Comment (Callum): please don't, ticket readers include the OEM. Grant applied 14:20.
"""),
]
