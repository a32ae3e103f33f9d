"""fresh35 templates, operations (Tessarine Semiconductor): home directories, scripts, runbooks and wiki pages,
tickets, chat and e-mail exports, logs, reports, dumps and encoded leftovers.
Markers: render.py and README.md."""

FILES = [
    ("home/kbauer/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:kbauer»  ⟦aws-key-id|key id in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:kbauer»  ⟦aws-secret|secret key in ~/.aws/credentials⟧

[tsx-gov-eda]
aws_access_key_id = «asia:kbauergov»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:kbauergov»  ⟦aws-secret|temporary secret key⟧
aws_session_token = «stok:kbauergov»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test  ⟪LocalStack default⟫
"""),
    ("home/kbauer/.aws/config", r"""
[profile cim-prod]
sso_start_url = https://tessarine.awsapps.com/start
sso_region = eu-central-1
sso_account_id = 618204937115
sso_role_name = CIMEngineer
[profile vault-backed]
credential_process = /usr/local/bin/aws-vault exec cim-prod --json  ⟪credential_process⟫
"""),
    ("home/kbauer/.bash_history", r"""
cd ~/src/lotwright
export AWS_PROFILE=cim-prod
aws sso login
psql "host=wip.cluster-cq4x.eu-central-1.rds.amazonaws.com user=mesadmin dbname=lotwright password=«pwc:mesdb»"  ⟦conn-string|psql connection string with the MES master password⟧
PGPASSWORD='«pwn:yieldro»' psql -h wip-ro.tsx2 -U yield_ro lotwright -c "select count(*) from lot where state='HOLD'"  ⟦password|PGPASSWORD in shell history⟧
kubectl -n eap logs deploy/eap-hub --since=1h | grep LITH05
helm upgrade grafana-fab ./charts/grafana --set grafana.adminPassword='«pwl:grafana»'  ⟦password|helm --set password (same as values)⟧
redis-cli -h rtd-cache.tsx2 -a «pwr:rtdredis» keys 'dispatch:*'  ⟦password|redis-cli -a password⟧
vault kv get kv/fab/fmcs  ⟪vault read⟫
aws configure set aws_secret_access_key «awssec:kbauer» --profile default  ⟦aws-secret|secret key on an aws configure set line⟧
history | grep ssh
"""),
    ("home/kbauer/.pgpass", r"""
wip.cluster-cq4x.eu-central-1.rds.amazonaws.com:5432:lotwright:mesadmin:«pwc:mesdb»  ⟦password|.pgpass line (MES master password)⟧
spc-db.tsx2:5432:spc:spc_app:«pwp:spcapp»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/kbauer/.ssh/id_ed25519", r"""
«openssh:edkbauer:kbauer@cim-ws14»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/kbauer/.ssh/id_ed25519.pub", r"""
«sshpub:edkbauer:kbauer@cim-ws14»  ⟪SSH public key⟫
"""),
    ("home/kbauer/.ssh/config", r"""
Host eap-mgmt01
  HostName 10.42.8.21
  User eapadmin
  IdentityFile ~/.ssh/id_ed25519
Host lic0*
  User flexadm
  ProxyJump bastion-gov.design.tessarine.internal
Host *
  IdentityAgent ~/Library/Group Containers/2BUA8C4S2C.com.1password/t/agent.sock  ⟪1Password SSH agent socket⟫
"""),
    ("home/kbauer/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-g25»|«b64k:20-g26» ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b62:43-g27»  ⟪hashed known_hosts line⟫
"""),
    ("home/kbauer/.git-credentials", r"""
https://kbauer-tsx:«ghp:kbauer»@github.com  ⟦github|PAT in .git-credentials⟧
https://kbauer:«glpat:kbauer»@gitlab.design.tessarine.internal  ⟦app-secret|GitLab PAT in .git-credentials⟧
"""),
    ("home/kbauer/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:kbauer»"},  ⟦docker-hub|docker config auth with a Docker Hub token⟧
    "839157204466.dkr.ecr.eu-central-1.amazonaws.com": {}
  },
  "credsStore": "desktop"
}
"""),
    ("home/kbauer/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: fab-edge-tsx2
    cluster:
      server: https://10.42.8.30:6443
      certificate-authority-data: «b64cert:eceks:fab-edge-tsx2»  ⟪base64 CA certificate⟫
users:
  - name: eks-cim
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, cim-prod]  ⟪exec plugin⟫
  - name: fab-edge-admin
    user:
      token: «b62:48-edgeadm»  ⟦app-secret|static bearer token in a kubeconfig⟧
"""),
    ("home/kbauer/.netrc", r"""
machine artifactory.tessarine.internal login ci-yield password «pwx:pypiidx»  ⟦password|.netrc password (same as the package index URL)⟧
machine api.github.com login kbauer-tsx password «ghp:kbauer»  ⟦github|PAT in .netrc (same as .git-credentials)⟧
"""),
    ("home/kbauer/notes.md", r"""
# misc

- LITH05 host PC: asmlsvc / «pw6:lith05» (FSE changes it quarterly - check with Marc)  ⟦password|host PC password in personal notes⟧
- RTD admin console: http://apf-rtd01:7040/admin  RTDMES
- sparrow vendor portal login kbauer@tessarine-semi.com, pw in 1Password "Sparrow FDC"  ⟪pointer to a vault⟫
- new SPC rule set goes live WW49
"""),
    ("home/ltran/.bash_history", r"""
ssh flexadm@lic01
lmstat -a -c 27020@lic01
sshpass -p '«pwn:flexadm»' ssh flexadm@lic02 'sudo systemctl restart lmgrd'  ⟦password|sshpass -p password (same as user_data)⟧
mysql -h probecard-db -u pcadmin -p«pwn:probecard» probecards -e 'select * from card where touchdowns > 400000'  ⟦password|mysql -p password⟧
export SNOWSQL_PWD=«snowpw:ltran»  ⟦password|SNOWSQL_PWD export⟧
snowsql -a tessarine-yield -u LTRAN
"""),
    ("home/ltran/.config/rclone/rclone.conf", r"""
[osat-amkor]
type = sftp
host = sftp.amkortech-partner.com
user = osat_pull
pass = «urlsafe:24-rclone»  ⟦?password|rclone-obscured password (reversible; policy-dependent)⟧

[s3-yield]
type = s3
provider = AWS
env_auth = true  ⟪env auth⟫
"""),
    ("home/ltran/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0">
  <Servers>
    <Server>
      <Host>wat-ftp.tsx2.fab.tessarine.internal</Host>
      <Port>21</Port>
      <User>watpull</User>
      <Pass encoding="base64">«b64:pwp:watftp»</Pass>  ⟦password-b64|FileZilla base64 password (WAT FTP)⟧
      <Name>WAT tester FTP</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/ltran/Documents/PowerShell/ConsoleHost_history.txt", r"""
Get-ADUser svc_eap -Properties PasswordLastSet
$s = ConvertTo-SecureString '«pwl:eapshare»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText (EAP share password)⟧
New-PSDrive -Name R -PSProvider FileSystem -Root \\eap-fs01\recipes -Credential (New-Object PSCredential('FAB\svc_eap',$s))
Invoke-Sqlcmd -ServerInstance eapsql01 -Database EAP -Username eap_app -Password '«pwl:eapsql»' -Query 'select top 10 * from AlarmLog order by ts desc'  ⟦password|Invoke-Sqlcmd -Password⟧
cmdkey /add:lic-cmx.fab.tessarine.local /user:FAB\cmxadmin /pass:«pwc:cmxadmin»  ⟦password|cmdkey /pass:⟧
$cred = Get-Credential  ⟪interactive prompt⟫
"""),
    ("home/ltran/.snowsql/config", r"""
[connections.yield]
accountname = tessarine-yield
username = LTRAN
password = «snowpw:ltran»  ⟦password|SnowSQL config password (same as the export)⟧
"""),
    ("home/eapadmin/.my.cnf", r"""
[client]
user=eap_report
password=«pwr:eapmysql»  ⟦password|.my.cnf password⟧
host=eap-report-db.tsx2
"""),
    ("home/eapadmin/.vault-token", r"""
«hvs:eapadmin»  ⟦vault|Vault token file⟧
"""),
    ("home/eapadmin/.config/gh/hosts.yml", r"""
github.com:
    user: tsx-eapadmin
    oauth_token: «gho:eapadmin»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/eapadmin/.terraform.d/credentials.tfrc.json", r"""
{"credentials": {"app.terraform.io": {"token": "«tfc:eapadmin»"}}}  ⟦terraform-cloud|Terraform Cloud token⟧
"""),
    ("home/eapadmin/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:eapadmin»  ⟦npm|npm token in .npmrc⟧
@tessarine:registry=https://artifactory.tessarine.internal/api/npm/npm-local/
//artifactory.tessarine.internal/api/npm/npm-local/:_auth=«basic:npmartif»  ⟦password-b64|base64 _auth in .npmrc⟧
"""),
    ("home/eapadmin/vpn/fab-vendor.ovpn", r"""
client
dev tun
proto udp
remote vpn-vendor.tessarine-semi.com 1194
auth-user-pass creds.txt
<ca>
«cert:ecvpnca:Tessarine Vendor VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|private key inline in an OpenVPN profile⟧
</key>
"""),
    ("home/eapadmin/vpn/creds.txt", r"""
vendor-lam-fse
«pwp:vpnlam»  ⟦password|OpenVPN auth-user-pass file password⟧
"""),
    ("secrets/tls/supplierlink.key", r"""
«pem:pkcs8:rsaportaltls»  ⟦private-key|TLS private key of the supplier portal⟧
"""),
    ("secrets/tls/supplierlink.crt", r"""
«cert:rsaportaltls:supplierlink.tessarine-semi.com»  ⟪certificate⟫
"""),
    ("secrets/tls/greengrass-subfab.pem.key", r"""
«pem:pkcs8:ecggcore»  ⟦private-key|Greengrass core device private key⟧
"""),
    ("secrets/tls/greengrass-subfab.public.pem", r"""
«pubpem:ecggcore»  ⟪public key PEM⟫
"""),
    ("scripts/rotate_recipe_sync_key.sh", r"""
#!/usr/bin/env bash
# rotate the recipe-sync IAM key (old key kept until the fab-edge runners pick up the new one)
set -euo pipefail
OLD_KEY=«akid:recipesync»  ⟦aws-key-id|old key id in a rotation script (the workflow's key)⟧
aws iam create-access-key --user-name svc-recipe-sync > /tmp/newkey.json
aws iam update-access-key --user-name svc-recipe-sync --access-key-id "$OLD_KEY" --status Inactive
"""),
    ("scripts/restore_wip_snapshot.sh", r"""
#!/bin/bash
SNAP=${1:?snapshot id}
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier wip-restore --snapshot-identifier "$SNAP" --engine aurora-postgresql
aws rds modify-db-cluster --db-cluster-identifier wip-restore --master-user-password '«pwr:wiprestore»' --apply-immediately  ⟦password|master password on an AWS CLI line⟧
"""),
    ("scripts/sql/create_roles.sql", r"""
CREATE ROLE yield_ro LOGIN PASSWORD '«pwn:yieldro»';  ⟦password|CREATE ROLE … PASSWORD (same as notebook)⟧
GRANT CONNECT ON DATABASE lotwright TO yield_ro;
CREATE ROLE grafana_ro LOGIN PASSWORD '«scram:grafro»';  ⟪SCRAM verifier⟫
ALTER USER mes_app WITH PASSWORD '«pwc:mesapp»';  ⟦password|ALTER USER … PASSWORD (same as Spring)⟧
"""),
    ("scripts/toolpc/set_local_admin.ps1", r"""
# LAPS is not supported on the Windows 7 tool PCs (IMPL03, DIFF09) - set the local admin by hand
param([string[]]$Computers = @('IMPL03-HOSTPC','DIFF09-HOSTPC'))
foreach ($c in $Computers) {
  Invoke-Command -ComputerName $c -ScriptBlock { net user fabadmin «pw6:toolpcadmin» }  ⟦password|net user password (tool-PC local admin)⟧
}
"""),
    ("scripts/toolpc/collect_logs.ps1", r"""
$pass = Read-Host -AsSecureString 'svc_fdc password'  ⟪interactive prompt⟫
$cred = New-Object PSCredential('FAB\svc_fdc', $pass)
Get-ChildItem \\*-HOSTPC\c$\Logs -Credential $cred
"""),
    ("docs/runbooks/eap-adapter-restart.md", r"""
# Runbook: EAP adapter lost HSMS connection (S9F9 / T7 timeouts)

1. Check the tool is ONLINE-REMOTE on its panel (operator can confirm).
2. `kubectl -n eap rollout restart deploy/eap-<tool>`.
3. If the host PC share is unreachable, log on to the host PC as `EAPSVC` with password `«pw6:eap-litho-scanner»` and check `R:`.  ⟦password|runbook password in backticks (litho EAP share)⟧
4. If the MES shows the lot stuck in TRACKIN, use the MES UI "force track-out" (needs a CIM lead).
5. Never reboot the scanner host PC without the ASML FSE.
"""),
    ("docs/runbooks/fmcs-alarm-storm.md", r"""
# Runbook: FMCS alarm storm (particle / DP) after a power dip

- Acknowledge in Desigo CC (account cw_ops, password is in the CyberArk safe FAB-FMCS).  ⟪pointer to a vault⟫
- Check FFU groups on the bay; the Ewon in the sub-fab has the chiller HMI (Talk2M account `subfab-tsx2`).
- If the Lighthouse server stopped: restart "LMS Express RT" service on LMSSQL01; db login lms_app / «pw:lms».  ⟦password|runbook user / password (LMS)⟧
- Notify the shift manager; open a ServiceNow P2 against FAC-CLEANROOM.
"""),
    ("docs/runbooks/mask-upload.md", r"""
# Runbook: mask data upload failed

The reticle-vault connector uses the Secrets Manager secret `reticle/photronix` (ARN in the CloudFormation
template); do not paste credentials in the ticket. For Toppan, ask the mask ops lead - the MFT password is
rotated by Toppan every 90 days and mailed to mask-ops@.
"""),
    ("docs/wiki/onboarding-cim.md", r"""
# CIM onboarding

Welcome to the CIM team! Accounts you will get on day one:

- AD account in FAB.TESSARINE.LOCAL (first logon password `«welcome:tsxonboard»`, you must change it)  ⟦?password|default first-logon password in onboarding (policy-dependent)⟧
- GitHub (tessarine-semi org), AWS SSO, Grafana, PagerDuty.
- Tool-floor access needs gowning certification first (LMS course CR-101).

The MES test instance is `mes-uat.tsx2`; log in with your AD account.
"""),
    ("docs/wiki/supplier-onboarding.md", r"""
# Supplier onboarding (supplierlink)

New supplier users get an invite from the portal. For the CoA SFTP drop, we create a Transfer Family user and
the supplier sends us an SSH public key. Example key line (ours, for the docs): `«sshpub:eddocs:docs@tessarine»`.  ⟪SSH public key in docs⟫
For the API, keys are generated per supplier (API Gateway) and shared via the portal, never by e-mail.
Docs AWS example: `«docs:akid»` is the AWS documentation key, not ours.  ⟪AWS documentation key⟫
"""),
    ("docs/wiki/fab-network-passwords.md", r"""
# Fab network - shared device logins (MIGRATE TO CYBERARK, Q1)

| device | user | password |
|---|---|---|
| tsx2-fab-core-sw01 | fse-lam | «pwp:fselam» |  ⟦password|wiki table password (core switch FSE user)⟧
| gas cabinet GC-14 | admin | «pw6:gc14» |  ⟦password|wiki table password (gas cabinet)⟧
| Moxa NPort 07 | admin | «pw6:moxa07» |  ⟦password|wiki table password (Moxa)⟧
| UPS sub-fab | apc | «pwp:upsadmin» |  ⟦password|wiki table password (UPS)⟧
| CAM viewer | viewer | ******** |  ⟪masked value⟫
"""),
    ("docs/adr/0012-secrets-in-eap.md", r"""
# ADR 0012: secrets for equipment adapters

Status: accepted. EAP adapters read share and FTP passwords from Kubernetes Secrets created by External Secrets
from AWS Secrets Manager (`eap/<tool>/recipe`). Inline values in Helm values are to be removed by WW06.
Tool host PCs that cannot use domain accounts keep a local account whose password is stored in CyberArk.
"""),
    ("docs/postmortems/2026-10-17-litho-downtime.md", r"""
# Postmortem: LITH05 down 6h (2026-10-17)

Timeline (UTC):
- 03:12 EAP adapter for LITH05 lost HSMS (T7). Auto-restart loop.
- 03:40 On-call found the host PC password had been changed by the FSE to `«pw6:lith05new»` without telling CIM.  ⟦password|new host PC password quoted in a postmortem⟧
- 05:55 Share credential updated in the Secret; adapter online.
- 09:20 Lots released from hold.
Action items: store host PC credentials in CyberArk (owner: CIM lead), FSE change process (owner: litho module).
"""),
    ("tickets/SNOW-INC0094412.txt", r"""
Number: INC0094412
Short description: OSAT STDF pull failing since 02:00
Assignment group: YIELD-ENG
Work notes:
2026-11-02 07:41 ltran: Amkor rotated the SFTP password. New one from their IT: «pwx:osatnew»  ⟦password|new SFTP password in a ticket work note⟧
2026-11-02 07:55 ltran: updated secret osat/amkortech/sftp in Secrets Manager, cronjob re-run OK.
2026-11-02 08:02 system: state changed to Resolved
"""),
    ("tickets/JIRA-CIM-2291.json", r"""
{
  "key": "CIM-2291",
  "fields": {
    "summary": "Tool PC image: alarm mail via SES",
    "description": "Use SES SMTP from the tool PCs (port 587). User: «akid:sessmtp» password: «sesv4:sessmtp» - same creds as the CFN outputs.",  ⟦aws-ses-smtp|SES SMTP pair in a Jira description⟧
    "status": {"name": "Done"},
    "assignee": {"accountId": "«hex:24-jiraacct»"}  ⟪account id⟫
  }
}
"""),
    ("tickets/vendor-case-lam-448812.eml", r"""
From: fse.support@lamresearch-services.com
To: cim-oncall@tessarine-semi.com
Subject: Case 448812 - ETCH12 remote session
Date: Tue, 10 Nov 2026 14:02:11 +0100
Message-ID: <«hex:24-g28»@lamresearch-services.com>  ⟪message id⟫
Content-Type: text/plain; charset=utf-8

Hello CIM team,

for tomorrow's remote session on ETCH12 we will use the Secomea link. Please make sure the service account is
enabled: user lamsvc, password «pw6:fse-ETCH12».  ⟦password|vendor e-mail with a tool PC password⟧
After the session we recommend you change it.

Best regards,
Lam Research Field Service
"""),
    ("tickets/email-photronix-onboarding.eml", r"""
From: it-onboarding@photronix-masks.com
To: mask-ops@tessarine-semi.com
Subject: Your MaskTrack portal account
Content-Type: text/plain; charset=utf-8

Dear customer,

your MaskTrack account has been created.
  Login: tessarine_maskops
  Temporary password: «pwp:masktrack»  ⟦?password|temporary first-login password in a vendor e-mail (policy-dependent)⟧
You will be asked to change it at first login.
"""),
    ("chat/slack-cim-oncall.json", r"""
[
  {"ts": "1762412400.001200", "user": "U05KBAUER", "text": "fdc vendor says the old key still works: «akid:fdcvendorold» - can someone deactivate?"},  ⟦aws-key-id|key id pasted in Slack⟧
  {"ts": "1762412460.001300", "user": "U04LTRAN", "text": "done, deactivated. next time DM the key *id* only pls"},
  {"ts": "1762412700.001400", "user": "U05KBAUER", "text": "grafana admin is `«pwl:grafana»` if you need it tonight"},  ⟦password|password in a Slack message (Grafana)⟧
  {"ts": "1762412760.001500", "user": "U04LTRAN", "text": "thx. also RTD redis pw: «pwr:rtdredis»"},  ⟦password|password in a Slack message (RTD redis)⟧
  {"ts": "1762412790.001550", "user": "U05KBAUER", "text": "fab-edge kube token if argo is down: «b62:48-edgeadm»"},  ⟦app-secret|static kube token pasted in Slack (same as kubeconfig)⟧
  {"ts": "1762412800.001600", "user": "U0BOT", "text": "PagerDuty: incident #«num:6» acknowledged"}  ⟪incident number⟫
]
"""),
    ("chat/teams-litho-module.html", r"""
<html><body>
<div class="msg"><b>Marc D.</b> 06:12 the FSE changed LITH05 host pc pw again, it's now <code>«pw6:lith05new»</code></div>  ⟦password|password in a Teams export (new host PC password)⟧
<div class="msg"><b>Yufei L.</b> 06:14 can we please put these in CyberArk</div>
<div class="msg"><b>Marc D.</b> 06:15 yes yes after the ramp</div>
</body></html>
"""),
    ("chat/whatsapp-subfab-techs.txt", r"""
11/14/26, 22:41 - Thabo: chiller 3 HMI locked again
11/14/26, 22:42 - Ivo: engineer login «pwp:chilleng»  ⟦password|HMI password in a WhatsApp export⟧
11/14/26, 22:43 - Thabo: ok in
11/14/26, 22:50 - Ivo: ewon talk2m is subfab-tsx2 / «pwl:talk2m» if the vpn drops  ⟦password|Talk2M password in a WhatsApp export⟧
"""),
    ("logs/eap-hub/eap-hub-2026-11-20.log", r"""
2026-11-20T06:10:01.112Z INFO  LITH05 HSMS SELECT.rsp status=0
2026-11-20T06:10:01.340Z INFO  LITH05 S1F13 -> S1F14 COMMACK=0
2026-11-20T06:10:04.018Z DEBUG RecipeShare connect \\litho-scanner-hostpc\recipes user=EAPSVC pass=«pw6:eap-litho-scanner»  ⟦password|password in a debug log line⟧
2026-11-20T06:10:04.512Z DEBUG POST https://rms.tsx2.fab.tessarine.internal/api/recipes Authorization: Basic «basic:rmsapi»  ⟦password-b64|basic-auth header in a debug log⟧
2026-11-20T06:10:04.771Z INFO  LITH05 S7F19 recipe list 214 entries
2026-11-20T06:10:09.402Z WARN  ETCH12 T3 timeout S2F41 (HCACK pending) retry=1
2026-11-20T06:10:12.003Z INFO  MES token=****«tail:mesapi:eaphub»  ⟪masked token tail⟫
"""),
    ("logs/cloudtrail/2026-11-18-fdc-vendor.json", r"""
{"Records": [
  {"eventTime": "2026-11-18T21:04:55Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:fdcvendor»", "userName": "vendor-sparrowfdc-support",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:fdcvendorold»"},  ⟦aws-key-id|CloudTrail accessKeyId (the key from Slack)⟧
   "sourceIPAddress": "185.220.101.4", "requestID": "«up:16-g29»", "eventID": "«uuid:ctev»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/alb/supplierlink-2026-11-19.log", r"""
https 2026-11-19T10:22:01.004Z app/supplierlink/«hex:16-g30» 81.2.69.160:50412 10.50.1.12:443 0.001 0.102 0.000 200 200 512 80211 "GET https://supplierlink.tessarine-semi.com:443/files/coa/HF24-1187.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:portalpresign»%2F20261119%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20261119T102200Z&X-Amz-Expires=300&X-Amz-Signature=«hex:64-g31» HTTP/1.1" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
"""),
    ("logs/codebuild/tapeout-drc-smoke-1187.log", r"""
[Container] 2026/11/12 03:14:10 Running command git clone https://x-access-token:«ghs:codebuildapp»@github.com/tessarine-semi/pdk-tsx65rf.git  ⟦github|installation token in a CodeBuild log⟧
[Container] 2026/11/12 03:14:22 Running command calibre -drc -hier -turbo 32 rules/tsx65rf_drc.svrf
[Container] 2026/11/12 03:52:40 DRC RESULTS: 0 violations
"""),
    ("reports/iam-credential-report-2026-11.csv", r"""
user,arn,access_key_1_active,access_key_1_last_rotated,access_key_1_id,access_key_2_active,access_key_2_id
svc-recipe-sync,arn:aws:iam::839157204466:user/svc-recipe-sync,true,2025-02-11T09:00:00+00:00,«akid:recipesync»,false,N/A  ⟦aws-key-id|key id in an IAM key report (the workflow's key)⟧
vendor-sparrowfdc-support,arn:aws:iam::618204937115:user/vendor-sparrowfdc-support,false,2024-06-01T00:00:00+00:00,«akid:fdcvendorold»,false,N/A  ⟦?aws-key-id|inactive key id in a report (policy-dependent)⟧
ses-smtp-toolalarm,arn:aws:iam::618204937115:user/ses-smtp-toolalarm,true,2025-08-30T00:00:00+00:00,«akid:sessmtp»,false,N/A  ⟦aws-key-id|SES SMTP key id in a report⟧
"""),
    ("exports/eap-config-backup.b64", r"""
«b64:credini:eapbackup»  ⟦aws-b64|whole base64-encoded credentials file⟧
"""),
    ("exports/toolpc-migration.json", r"""
{
  "source": "IMPL03-HOSTPC",
  "target": "IMPL03-HOSTPC-W10",
  "settings": "{\"share\":\"\\\\\\\\eap-fs01\\\\recipes\\\\IMPL03\",\"user\":\"FAB\\\\svc_rms\",\"password\":\"«pwl:rmsshare»\"}"  ⟦password|JSON-in-JSON password (same share password)⟧
}
"""),
    ("exports/fdc-vendor-handover.txt", r"""
FDC vendor handover - encoded settings block as exported from the collector's admin page
AWS_SECRET (hex): «hexenc:awssec:fdcvendor»  ⟦aws-hex|hex-encoded secret key⟧
AWS_KEY_ID: «akid:fdcvendor»  ⟦aws-key-id|key id of the vendor's current key⟧
collector_pw (b64b64): «b64b64:pwr:fdccollector»  ⟦password-b64|double base64 collector password⟧
"""),
    ("exports/ses-relay.form", r"""
relay=email-smtp.eu-central-1.amazonaws.com&port=587&user=«akid:ewonsmtp»&pass=«pct:sesv4:ewonsmtp»&tls=1  ⟦aws-ses-smtp|percent-encoded SES SMTP credential in a saved form body⟧
"""),
    ("exports/mes-ui-localStorage.json", r"""
{"mes.session": "{\"user\":\"kbauer\",\"apiToken\":\"«uesc:mesapi:mesuilocal»\"}"}  ⟦app-secret|\u-escaped MES API token in a localStorage export⟧
"""),
    ("backups/mysql/probecards-2026-11-01.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36
CREATE TABLE `integration` (`name` varchar(64), `user` varchar(64), `secret` varchar(255));
INSERT INTO `integration` VALUES ('formfactor-portal','tsx_probe','«pwx:formfactor»'),('cmms','pc_sync','«pwp:pcsync»');  ⟦password|credentials in a MySQL dump INSERT⟧
INSERT INTO `card` VALUES ('PC-TSX65-0042','FormFactor',412003,'2026-10-30');
"""),
    ("backups/postgres/lotwright-integrations.copy", r"""
COPY public.integration (name, endpoint, username, password_hash, api_key) FROM stdin;
osat_amkor	https://b2b.amkortech-partner.com	tessarine-b2b	«bcrypt:amk»	\N  ⟪bcrypt hash⟫
jmp_live	https://jmplive.tessarine-semi.com	svc_jmp	\N	«b62:40-jmplive»  ⟦app-secret|JMP Live key in a COPY dump (same as Python)⟧
\.
"""),
    ("backups/vault/approle.txt", r"""
role_id    «uuid:approleid»  ⟪AppRole role id⟫
secret_id  «uuid:approlesecret»  ⟦vault|Vault AppRole secret_id⟧
"""),
    ("monitoring/pagerduty-services.yaml", r"""
services:
  - name: fdc-excursions
    integration_key: «pdkey:fdcpd»  ⟦pagerduty|PagerDuty integration key (same as SAM)⟧
  - name: fmcs-critical
    integration_key: ${PD_FMCS_KEY}  ⟪env reference⟫
"""),
    ("monitoring/newrelic-infra.yml", r"""
license_key: «nrlic:fabedge»  ⟦newrelic|New Relic licence key⟧
display_name: eap-mgmt01
custom_attributes:
  fab: TSX2
"""),
    ("monitoring/splunk/inputs.conf", r"""
[http://toolpc-events]
token = «uuid:splunkhec»  ⟦app-secret|Splunk HEC token⟧
index = fab_tools
sourcetype = secs:events
"""),
]

# shift handover notes from the fab floor (mostly no secrets; one pasted a login)
for _i, (_shift, _leak) in enumerate((("A", False), ("B", False), ("C", True), ("D", False))):
    body = ("- LITH05 back up after FSE visit, monitoring overlay\n- CMP02 pad change done, 3 qual wafers OK\n"
            "- WET02 HF bath changed 04:30\n")
    if _leak:
        pass
    body += "- CyberArk checkout for GC-14 purge log recorded (safe FAB-GAS)  ⟪pointer to a vault⟫\n"
    if _leak:
        body += "- gas cabinet GC-14 web login for the purge log: admin / «pw6:gc14»  ⟦password|gas cabinet password in a shift handover⟧\n"
    FILES.append((f"docs/shift-handover/2026-11-2{_i}-shift-{_shift}.md", f"""
# Shift {_shift} handover - TSX2 - 2026-11-2{_i}

Lots on hold: {3 + _i} (2 ENG, {1 + _i} QHLD)
{body}- WIP moves: {4100 + 37 * _i}
"""))

FILES += [
    ("exports/keepass-cim-shared.csv", r"""
"Group","Title","Username","Password","URL","Notes"
"Fab/Tools","LITH05 host PC","asmlsvc","«pw6:lith05new»","","after 2026-10-17 change"  ⟦password|KeePass CSV export row (LITH05)⟧
"Fab/Tools","ETCH12 host PC","lamsvc","«pw6:fse-ETCH12»","",""  ⟦password|KeePass CSV export row (ETCH12)⟧
"Fab/Tools","IMPL03 host PC","axsvc","«pw6:fse-IMPL03»","","Win7"  ⟦password|KeePass CSV export row (IMPL03)⟧
"Fab/AMHS","MCS host","MCSHOST","«pw6:mcshost»","tcp://mcs01.amhs.tsx2:6000",""  ⟦password|KeePass CSV export row (MCS)⟧
"Fab/FMCS","Desigo CC ops","cw_ops","«pwc:desigoops»","https://desigo-cc.tsx2.tessarine.internal:8085",""  ⟦password|KeePass CSV export row (Desigo ops)⟧
"Fab/FMCS","Lighthouse LMS","lms_app","«pw:lms»","",""  ⟦password|KeePass CSV export row (LMS)⟧
"Fab/Gas","Midas TGM-SF-03","admin","«pw6:midas»","http://10.42.95.80",""  ⟦password|KeePass CSV export row (toxic gas monitor)⟧
"Cloud","AWS root (fab-data)","aws-root-fabdata@tessarine-semi.com","«pwx:awsroot»","https://console.aws.amazon.com","MFA token in the safe"  ⟦password|KeePass CSV export row (AWS root password)⟧
"Cloud","Snowflake ACCOUNTADMIN","TF_ADMIN","«snowpw:tfsnow»","tessarine-yield",""  ⟦password|KeePass CSV export row (Snowflake)⟧
"Vendors","Secomea GateManager","tessarine-admin","«pwl:gatemgr»","https://gm.secomea-fab.com",""  ⟦password|KeePass CSV export row (Secomea)⟧
"Vendors","Cimetrix portal","eap@tessarine-semi.com","","https://portal.cimetrix.com","SSO"  ⟪empty password⟫
"""),
    ("exports/toolpc-env-LITH05.txt", r"""
C:\Users\asmlsvc>set
ALLUSERSPROFILE=C:\ProgramData
COMPUTERNAME=LITH05-HOSTPC
ASML_HOME=C:\ASML\TWINSCAN
FDC_UPLOAD_URL=https://fdc-ingest.tsx2.fab.tessarine.internal/upload
FDC_UPLOAD_TOKEN=«b62:40-fdcupload»  ⟦app-secret|FDC upload token in a tool-PC environment dump⟧
HSMS_PORT=5000
NUMBER_OF_PROCESSORS=8
OS=Windows_NT
RECIPE_FTP_PASS=«pwp:recipeftp»  ⟦password|recipe FTP password in an environment dump (the same)⟧
USERNAME=asmlsvc
"""),
    ("exports/postman/mes-api.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",  ⟪Postman environment id⟫
  "name": "MES prod",
  "values": [
    {"key": "baseUrl", "value": "https://lotwright.tsx2.fab.tessarine.internal/api/v3", "enabled": true},
    {"key": "apiToken", "value": "«mesapi:postman»", "enabled": true},  ⟦app-secret|MES API token in a Postman environment⟧
    {"key": "sapPassword", "value": "«pw:saprfc»", "enabled": true},  ⟦password|SAP RFC password in a Postman environment⟧
    {"key": "oauthClientSecret", "value": "{{vault:mes-oauth}}", "enabled": true}  ⟪Postman vault reference⟫
  ],
  "_postman_variable_scope": "environment"
}
"""),
    ("docs/wiki/secrets-policy.md", r"""
# CIM secrets policy (v3, 2026-09)

Where secrets live:

- AWS: Secrets Manager (`arn:aws:secretsmanager:eu-central-1:618204937115:secret:lotwright/prod/db-«b62:6-polmes»`) and SSM SecureString (`/lotwright/api-token`).  ⟪Secrets Manager ARN in policy text⟫
- Kubernetes: External Secrets (`remoteRef: {key: eap/cimetrix}`), never `stringData:` in git.  ⟪remoteRef in policy text⟫
- CI: `${{ secrets.NAME }}` in GitHub Actions, `$VAR` masked variables in GitLab, `credentials('id')` in Jenkins.  ⟪CI references in policy text⟫
- Tool host PCs: CyberArk safe `FAB-TOOLPC`; the EAP reads the share password from `eap/<tool>/recipe`.  ⟪pointer to a vault⟫

What a leaked value looks like (all masked here): `AKIA****************`, `ghp_****`, `xoxb-****`.  ⟪masked values⟫
Placeholders in templates must be obvious: `<password>`, `CHANGE_ME`, `${MES_DB_PASSWORD}`.  ⟪placeholders⟫
AWS documentation keys (`«docs:akid»` / `«docs:secret»`) appear in vendor docs; they are not ours.  ⟪AWS documentation key pair⟫
"""),
    ("services/eap-hub/tests/fixtures/toolpc-settings.json", r"""
{
  "ToolPcShareUser": "FAB\\svc_eap_test",
  "ToolPcSharePassword": "unit-test-password",  ⟪test value in a test path⟫
  "Mes": {"ApiToken": "wtk_TESTTOKEN000000000000000000000000000000"},  ⟪test value in a test path⟫
  "Aws": {"AccessKeyId": "«docs:akid»", "SecretAccessKey": "«docs:secret»"},  ⟪AWS documentation key pair⟫
  "Cimetrix": {"LicenseKey": "00000-00000-00000-00000-00000"}  ⟪all-zero licence⟫
}
"""),
    ("services/supplierlink/public/.well-known/jwks.json", r"""
{"keys": [
  {"kty": "RSA", "use": "sig", "kid": "«hex:16-kid1»", "alg": "RS256", "n": "«urlsafe:256-g32»", "e": "AQAB"},  ⟪public JWK⟫
  {"kty": "RSA", "use": "sig", "kid": "«hex:16-kid2»", "alg": "RS256", "n": "«urlsafe:256-g33»", "e": "AQAB"}  ⟪public JWK⟫
]}
"""),
    ("services/supplierlink/package-lock.json", r"""
{
  "name": "supplierlink",
  "lockfileVersion": 3,
  "packages": {
    "node_modules/next": {"version": "14.2.5", "resolved": "https://registry.npmjs.org/next/-/next-14.2.5.tgz", "integrity": "«sri:next»"},  ⟪SRI hash⟫
    "node_modules/next-auth": {"version": "4.24.7", "resolved": "https://registry.npmjs.org/next-auth/-/next-auth-4.24.7.tgz", "integrity": "«sri:nextauth»"},  ⟪SRI hash⟫
    "node_modules/react": {"version": "18.3.1", "resolved": "https://registry.npmjs.org/react/-/react-18.3.1.tgz", "integrity": "«sri:react»"},  ⟪SRI hash⟫
    "node_modules/jose": {"version": "4.15.9", "resolved": "https://registry.npmjs.org/jose/-/jose-4.15.9.tgz", "integrity": "«sri:jose»"}  ⟪SRI hash⟫
  }
}
"""),
    ("docs/wiki/vendor-integrations.md", r"""
# Vendor integrations - identifiers (no secrets on this page)

| vendor | what | identifier |
|---|---|---|
| DocuSign | integration key | «uuid:docusignik» |  ⟪DocuSign integration key (id)⟫
| Entra | supplier portal app id | «uuid:entraportal» |  ⟪Entra application id⟫
| Entra | tenant | «uuid:tenant» |  ⟪tenant id⟫
| Twilio | account SID | «twac:alarm» |  ⟪Twilio account SID⟫
| Firebase | MES UI web key | «aiza:mesui» |  ⟪Firebase web key (public)⟫
| Stripe | training shop publishable key | «pk:trainshop» |  ⟪Stripe publishable key⟫
| Sentry | portal DSN | «sentrynew:portal» |  ⟪modern Sentry DSN⟫
| AWS | fab-data account | 618204937115 |
| Secrets Manager | OSAT SFTP | `osat/amkortech/sftp` |  ⟪secret name⟫
"""),
    ("logs/fmcs/cleanwatch-bridge-2026-11-21.log", r"""
2026-11-21 02:00:01,114 INFO  connecting opc.tcp://fmcs-srv01:4840 as opc_cleanwatch
2026-11-21 02:00:01,522 INFO  session «uuid:opcsess» activated  ⟪session id⟫
2026-11-21 02:00:02,003 WARN  B07.PC01 0.1um count 1220 > alert 1000 (ISO5)
2026-11-21 02:00:02,011 INFO  posted excursion to slack webhook https://hooks.slack.com/services/T********/B********/********  ⟪masked webhook⟫
2026-11-21 02:00:05,870 ERROR auth failed for lms_app (password=****) retry in 30s  ⟪masked password⟫
2026-11-21 02:00:36,144 INFO  LMS connected
2026-11-21 02:01:00,000 INFO  aws credentials from instance profile arn:aws:iam::618204937115:instance-profile/cleanwatch  ⟪instance profile⟫
"""),
    ("docs/wiki/aws-access.md", r"""
# AWS access for CIM engineers

Use AWS SSO: `aws configure sso` with start URL https://tessarine.awsapps.com/start, then `aws sso login`.
Never create IAM users with access keys. If you must use a key for a tool PC, ask Cloud Platform; keys are
issued from the vault and rotate every 90 days. Example of what *not* to commit:

```
aws_access_key_id = «docs:akidx»  ⟪X-filled key id⟫
aws_secret_access_key = <secret>  ⟪placeholder⟫
```

The Terraform pattern for a vendor key is `pgp_key = "keybase:tessarine_secops"` and `encrypted_secret`.  ⟪pgp key reference⟫
"""),
    ("services/yieldscope/tests/test_warehouse.py", r"""
import os
from yieldscope.warehouse import connect

TEST_PASSWORD = "yield-test-only"  ⟪test value in a test path⟫


def test_connect_uses_env(monkeypatch):
    monkeypatch.setenv("YS_PASSWORD", TEST_PASSWORD)
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "«docs:akid»")  ⟪AWS documentation key id⟫
    assert connect(dry_run=True).user == "ys_app"
"""),
    ("backups/windows/toolpc-IMPL03-reg-export.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\Axcelis\PurionHost\Host]
"SecsPort"=dword:000013b0
"RecipeShare"="\\\\eap-fs01\\recipes\\IMPL03"
"RecipeUser"="FAB\\svc_rms"
"RecipePassword"="«pwl:rmsshare»"  ⟦password|registry export with the recipe share password⟧
"FdcToken"=hex:«hexenc:b62:40-fdcupload»  ⟦app-secret|hex-encoded FDC upload token in a registry export (same token)⟧

[HKEY_LOCAL_MACHINE\SOFTWARE\WOW6432Node\ORL\WinVNC3]
"Password"=hex:«hex:16-g34»  ⟪VNC DES-obfuscated password (viewer-only, retired)⟫
"""),
]
