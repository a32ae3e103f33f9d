"""fresh15 templates, operations (Lowmoor University): staff and student home directories, scripts, runbooks and
docs, tickets (TeamDynamix, Jira), chat (Slack, Teams, Discord), e-mail, logs, dumps, encoded leftovers, keys and
certificates.
Markers: render.py and README.md."""

FILES = [
    ("home/oluwaseun/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:oluwaseun»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:oluwaseun»  ⟦aws-secret|default profile secret⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[aws-docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/oluwaseun/.aws/config", r"""
[profile enterprise]
sso_session = lmu
sso_account_id = 418273650192  ⟪account id⟫
sso_role_name = EnterpriseAppsAdmin
region = us-east-1

[sso-session lmu]
sso_start_url = https://lowmoor.awsapps.com/start
sso_region = us-east-1

[profile vault-broker]
credential_process = /usr/local/bin/vault-aws-creds --role rc-admin  ⟪credential_process⟫
"""),
    ("home/oluwaseun/.bash_history", r"""
aws sso login --profile enterprise
export PGPASSWORD='«pwx:canvasdb»'  ⟦password|PGPASSWORD in bash history⟧
psql -h canvas-db.cluster-c6r9tq2lx0bk.us-east-1.rds.amazonaws.com -U canvas canvas_production
curl -H "Authorization: Bearer «canvas:oluwaseun»" https://canvas.lowmoor.edu/api/v1/accounts/1/courses?per_page=100  ⟦app-secret|Canvas token in a curl history line⟧
aws secretsmanager get-secret-value --secret-id lectern/prod/db --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/margit/.zsh_history", r"""
: 1764923101:0;ssh fen-head
: 1764923240:0;mysql -h fen-slurmdbd.c1x8rq2kd4ma.us-east-2.rds.amazonaws.com -u slurm_acct -p'«pwp:slurmdbd»' slurm_acct_db  ⟦password|mysql -p password in zsh history⟧
: 1764923391:0;sacctmgr add account chem-lab-okafor
: 1764923702:0;export AWS_ACCESS_KEY_ID=«akid:margit» AWS_SECRET_ACCESS_KEY=«awssec:margit»  ⟦aws-key-id|key pair exported on one history line⟧
: 1764924015:0;aws s3 ls s3://lmu-rc-projects/
: 1764924101:0;globus login --no-local-server
"""),
    ("home/margit/.ssh/id_ed25519", r"""
«openssh:edmargit:margit@fen-admin»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/margit/.ssh/id_ed25519.pub", r"""
«sshpub:edmargit:margit@fen-admin»  ⟪SSH public key⟫
"""),
    ("home/margit/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI«b62:43-khkey»  ⟪hashed known_hosts entry⟫
"""),
    ("home/margit/.irods/.irodsA", r"""
«b64k:24-irodsa»  ⟪iRODS scrambled password file⟫
"""),
    ("home/deshawn/.git-credentials", r"""
https://deshawn-lmu:«ghp:deshawn»@github.com  ⟦github|PAT in .git-credentials⟧
https://oauth2:«glpat:deshawn»@gitlab.cs.lowmoor.edu  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""),
    ("home/deshawn/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:deshawn»"},  ⟦docker-hub|docker auth with a Docker Hub PAT⟧
    "256908417733.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credHelpers": {"public.ecr.aws": "ecr-login"}  ⟪credential helper⟫
}
"""),
    ("home/deshawn/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: lectern-prod
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: cs-k3s
    cluster:
      server: https://k3s.cs.lowmoor.edu:6443
users:
  - name: lectern-prod
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, lectern-prod]  ⟪exec plugin⟫
  - name: cs-k3s-admin
    user:
      token: K10«hex:64-k3snode»::server:«hex:32-k3ssrv»  ⟦app-secret|k3s server token as a kubeconfig user token⟧
contexts:
  - name: lectern-prod
    context: {cluster: lectern-prod, user: lectern-prod}
current-context: lectern-prod
"""),
    ("home/deshawn/.netrc", r"""
machine nexus.rc.lowmoor.edu
  login rc-ci
  password «pwx:nexusrc»  ⟦password|.netrc password⟧
machine urs.earthdata.nasa.gov login lmu_climate password «pwn:earthdata»  ⟦password|Earthdata login in .netrc⟧
"""),
    ("home/deshawn/.npmrc", r"""
//registry.npmjs.org/:_authToken=«npm:deshawn»  ⟦npm|npm token in ~/.npmrc⟧
@lowmoor:registry=https://npm.pkg.github.com
"""),
    ("home/akiko/.config/rclone/rclone.conf", r"""
[lmu-s3]
type = s3
provider = AWS
access_key_id = «akid:akikorclone»  ⟦aws-key-id|rclone S3 access key⟧
secret_access_key = «awssec:akikorclone»  ⟦aws-secret|rclone S3 secret⟧
region = us-east-2

[box]
type = box

[cluster-sftp]
type = sftp
host = dtn.rc.lowmoor.edu
user = akiko
pass = «urlsafe:24-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/akiko/Documents/cyberduck/lmu-rc-projects.duck", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>Protocol</key>
	<string>s3</string>
	<key>Hostname</key>
	<string>s3.amazonaws.com</string>
	<key>Username</key>
	<string>«akid:akikoduck»</string>  ⟦aws-key-id|access key id as a Cyberduck bookmark user name⟧
	<key>Path</key>
	<string>/lmu-rc-projects</string>
</dict>
</plist>
"""),
    ("home/bartek/.pgpass", r"""
banner-ppe.ea.lowmoor.edu:5432:*:ods_reader:«pwsis:odsreader»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/bartek/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Connect-MgGraph -Scopes User.Read.All
$sec = ConvertTo-SecureString '«pwc:readmin»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString in PowerShell history⟧
$cred = New-Object System.Management.Automation.PSCredential('re_admin', $sec)
Invoke-Sqlcmd -ServerInstance advancement-prod.c3k8wq1zd2ha.us-east-1.rds.amazonaws.com -Credential $cred -Query 'select count(*) from Gifts'
Set-AWSCredential -AccessKey «akid:bartekps» -SecretKey «awssec:bartekps» -StoreAs advancement  ⟦aws-key-id|Set-AWSCredential with both keys⟧
cmdkey /add:re-app01.ad.lowmoor.edu /user:AD\svc-re /pass:«pwc:sverereapp»  ⟦password|cmdkey /pass⟧
$pw = Read-Host -AsSecureString 'password'  ⟪interactive prompt⟫
"""),
    ("home/bartek/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.blackbaud.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>lowmoor_re</User>
      <Pass encoding="base64">«b64:pwc:rebbsftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Blackbaud RE export</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/bartek/AppData/Roaming/WinSCP.ini", r"""
[Sessions\ods@banner-ppe]
HostName=banner-ppe.ea.lowmoor.edu
UserName=ods_reader
Password=«uhex:60-winscpobf»  ⟪WinSCP obfuscated password⟫
"""),
    ("home/nadia/notes/todo.md", r"""
# Tuesday

- ask Ciaran for the new Kaltura partner secret (old one was rotated after the breach drill)
- EZproxy admin is `libsys` / `«pwl:ezadmin»`  ⟦password|password in backticks in notes⟧
- renew the JSTOR IP list
"""),
    ("home/nadia/.config/gh/hosts.yml", r"""
github.com:
    users:
        nadia-lib:
            oauth_token: «gho:nadia»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
    user: nadia-lib
"""),
    ("home/ciaran/.vault-token", r"""
«hvs:ciaran»  ⟦vault|Vault token file⟧
"""),
    ("home/ciaran/.config/openvpn/rc-vpn.ovpn", r"""
client
dev tun
proto udp
remote vpn.rc.lowmoor.edu 1194
auth-user-pass rc-vpn.creds
<ca>
«cert:ecvpnca:Lowmoor Research VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnclient»  ⟦private-key|VPN client key inline in an .ovpn⟧
</key>
"""),
    ("home/ciaran/.config/openvpn/rc-vpn.creds", r"""
ciaran
«pwn:ciaranvpn»  ⟦password|OpenVPN auth-user-pass file password⟧
"""),
    ("home/ciaran/.config/wireguard/wg-health.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.7/32

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
Endpoint = wg.health.lowmoor.edu:51820
AllowedIPs = 10.88.0.0/16
"""),
    ("home/yusuf/.ssh/id_rsa_cs", r"""
«pem:trad:rsacsgrader»  ⟦private-key|RSA private key in PKCS#1 form⟧
"""),
    ("home/yusuf/thesis/experiments/run_all.sh", r"""
#!/bin/bash
# thesis experiments on fen - do not commit the key! (too late)
export OPENAI_API_KEY=«oai:yusufthesis»  ⟦openai|OpenAI key in a thesis script⟧
export ANTHROPIC_API_KEY=$(cat ~/.secrets/anthropic)  ⟪file lookup⟫
sbatch --array=0-31 jobs/eval.sbatch
"""),
    ("home/thanh/.config/stripe/config.toml", r"""
[heron-concessions]
device_name = "thanh-mbp"
live_mode_api_key = "«rk:thanhcli»"  ⟦stripe|Stripe CLI live restricted key⟧
test_mode_api_key = "«docs:stripetest»"  ⟪test-mode key⟫
"""),
    ("scripts/rotate_canvas_relay_key.sh", r"""
#!/bin/bash
# rotate the SES SMTP key used by Canvas. old key below is to be deleted after cutover (it was not)
OLD_KEY_ID=«akid:canvasrelay»  ⟦aws-key-id|old SES key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name ses-smtp-canvas-relay)
NEW_ID=$(echo "$NEW" | jq -r .AccessKey.AccessKeyId)
aws iam update-access-key --user-name ses-smtp-canvas-relay --access-key-id "$OLD_KEY_ID" --status Inactive
"""),
    ("scripts/restore_banner_ppe.sh", r"""
#!/bin/bash
set -euo pipefail
# refresh PPRD from the PROD RMAN backup (quarterly)
export ORACLE_SID=PPRD
rman target sys/«pwsis:rmansys» catalog rman/«pwsis:rmancat»@RCAT <<EOF  ⟦password|rman user/password pairs on a command line⟧
run { duplicate database to PPRD from active database; }
EOF
"""),
    ("scripts/sql/create_roles.sql", r"""
-- reporting roles for the institutional research warehouse
CREATE USER ir_tableau WITH PASSWORD '«pwc:irtableau»';  ⟦password|CREATE USER password⟧
ALTER USER ods_reader WITH PASSWORD '«pwsis:odsreader»';  ⟦password|ALTER USER password⟧
CREATE ROLE ir_readonly;
GRANT ir_readonly TO ir_tableau;
ALTER ROLE advancement_etl PASSWORD NULL;  ⟪password removed⟫
"""),
    ("scripts/sql/oracle_grants.sql", r"""
CREATE USER QUADRANT_API IDENTIFIED BY "«pwsis:quadrantora»";  ⟦password|Oracle IDENTIFIED BY password⟧
GRANT CONNECT, SELECT ANY TABLE TO QUADRANT_API;
ALTER USER BANPROXY IDENTIFIED BY VALUES 'S:«uhex:60-orahash»';  ⟪Oracle password verifier (hash)⟫
"""),
    ("scripts/course_shell_provision.py", r"""
#!/usr/bin/env python3
# create Canvas course shells from Banner SSASECT for next term
import os, requests

CANVAS = "https://canvas.lowmoor.edu/api/v1"
HEADERS = {"Authorization": "Bearer " + os.environ["CANVAS_TOKEN"]}  ⟪env lookup⟫
FALLBACK = {"Authorization": "Bearer «canvas:provision»"}  ⟦app-secret|Canvas token hard-coded as a fallback⟧
"""),
    ("docs/runbooks/canvas-outage.md", r"""
# Canvas outage runbook

1. Check https://status.instructure.com and the `#lms-ops` channel.
2. If the database is the problem, connect as `canvas` (password in Secrets Manager: `lectern/prod/db`).  ⟪pointer to a vault⟫
3. Break-glass DB login if Secrets Manager is down: `canvas` / `«pwx:canvasdb»`  ⟦password|break-glass password in a runbook⟧
4. Restart the job servers: `kubectl -n lectern rollout restart deploy/canvas-jobs`.
"""),
    ("docs/runbooks/eduroam.md", r"""
# eduroam troubleshooting

- Test from the RADIUS host: `radtest -t mschap user@lowmoor.edu PASSWORD 127.0.0.1 0 testing123`  ⟪documented placeholder and default⟫
- The federation (FLR) shared secret is «radsec:nro» - it is in the NRO portal as well.  ⟦password|RADIUS secret in a runbook sentence⟧
- Aruba controllers: `show aaa authentication-server radius statistics`.
"""),
    ("docs/runbooks/hpc-onboarding.md", r"""
# HPC (fen) onboarding for new RC staff

Your Slurm account is made by `sacctmgr`. The shared `rcadmin` Globus account password is
**«pwc:rcglobus»**. Change it after the migration.  ⟦password|shared password in bold in a runbook⟧

For the cryo-EM facility PCs use the `krios` account (ask Margit). First-logon password for new
department admins is `Welcome1!` until changed.  ⟦?password|default first-logon password in an onboarding document⟧
"""),
    ("docs/runbooks/onecard-failover.md", r"""
# OneCard failover

CS Gold primary: csgold-db.onecard.lowmoor.edu. If the primary is down, fail over with DataGuard, then update
`OracleDataSource` in `CSGold.Gateway.config`. The gateway password is NOT in this document; use the OneCard
vault entry "CSGOLD_GW".  ⟪pointer to a vault⟫
"""),
    ("docs/adr/0007-no-static-keys.md", r"""
# ADR 0007: no static AWS keys for vendors

Status: accepted (2025-02-11)

Vendors get a role with an external id (`sts:ExternalId`), not an IAM user. Example of what we stop doing:
`AKIA` + 16 characters pasted into a vendor portal. The Echo360 user is the last one (INC0214553).
The documentation key pair «docs:akid» / «docs:secret» is what the CLI docs show.  ⟪AWS documentation keys in prose⟫
"""),
    ("docs/policies/secrets.md", r"""
# Secrets policy (Information Security Office)

- Secrets live in AWS Secrets Manager or the ISO's Vault (`vault.iso.lowmoor.edu`).
- Use `{{resolve:secretsmanager:...}}` in CloudFormation and `valueFrom` in ECS.
- Masked example in logs is fine: `AKIA****************`.  ⟪masked key⟫
- Never put a password in a TeamDynamix ticket.
"""),
    ("docs/howto/aws-access-for-researchers.md", r"""
# Getting AWS access for a grant

Request an account through the RC portal. You will get Identity Center access; no IAM users.
If a tool insists on static keys (some instrument software does), request a scoped user and keep the key
in the instrument vendor's credential store. A placeholder in docs looks like
`aws_access_key_id = AKIAXXXXXXXXXXXXXXXX`.  ⟪X-filled key id⟫
"""),
    ("docs/postmortems/2026-03-ezproxy-abuse.md", r"""
# Postmortem: EZproxy credential abuse (2026-03-09)

A student's NetID was phished and used to download 40 GB from a publisher in one night. The publisher blocked
our proxy IP. Timeline: 02:10 first download, 07:45 block, 09:30 NetID disabled.

What made it worse: the walk-in account `walkin` (password «pwp:ezwalkin») was shared in a public Discord.  ⟦password|password quoted in a postmortem⟧
Action items: rotate walk-in password weekly, enable EZproxy usage limits.
"""),
    ("docs/email/2026-02-echo360-support.eml", r"""
From: support@echo360.com
To: lecture-capture@lowmoor.edu
Subject: RE: [Case 00371266] S3 export failing
Date: Tue, 10 Feb 2026 16:02:11 +0000
Message-ID: <«hex:24-msgid»@echo360.com>  ⟪message id⟫
Content-Type: text/plain; charset=utf-8

Hi Ingrid,

Can you confirm the key on file? We have access key «akid:echo360» and secret «awssec:echo360».  ⟦aws-key-id|vendor e-mail quoting a key pair⟧
If you rotated it, please re-enter it in the admin portal.

Regards,
Echo360 Support
"""),
    ("docs/email/2026-08-new-department-admin.eml", r"""
From: it-accounts@lowmoor.edu
To: k.mensah@lowmoor.edu
Subject: Your departmental server access
Date: Mon, 17 Aug 2026 09:14:00 -0400
Content-Type: text/plain; charset=utf-8

Kofi,

Your local admin account on the Physics web server is kmensah-adm, temporary password «pwp:kofiadm»  ⟦?password|temporary first-login password in an e-mail⟧
(you will be asked to change it at first login).

Regards,
IT Accounts
"""),
    ("docs/tickets/TDX-204417.json", r"""
{
  "ID": 204417,
  "Title": "Alumni portal cannot post gifts",
  "ServiceName": "Advancement Systems",
  "Description": "Error 401 from SKY API. Current key in config is «hex:32-skysub», is it expired?",  ⟦app-secret|subscription key pasted in a TeamDynamix ticket⟧
  "Requestor": "bartek.wisniewski@lowmoor.edu",
  "CreatedDate": "2026-10-02T14:11:09Z",
  "Feed": [
    {"Body": "Rotated, new key is in Secrets Manager advancement/sky.", "CreatedBy": "ea-oncall"}  ⟪pointer to a vault⟫
  ]
}
"""),
    ("docs/tickets/RC-1182.md", r"""
RC-1182: Cannot push to lmu-rc-spack-mirror from the build node

Reporter: yusuf.al-amin
The CI uses the mirror user. I tried with the key from the wiki:
    aws_secret_access_key = «awssec:spackmirror»  ⟦aws-secret|secret pasted into a Jira ticket⟧
and got AccessDenied. Request id «up:16-s3reqid».  ⟪request id⟫
"""),
    ("docs/tickets/INC0220871.txt", r"""
Incident INC0220871 - Ethos API key committed to a public parameter file
Opened 2026-05-14 by ISO. Key ending «tail:uuid:ethosprod» revoked and reissued.  ⟪key tail⟫
Root cause: params file edited on a laptop and pushed to a fork.
"""),
    ("chat/slack/lms-ops-2026-09.json", r"""
[
  {"ts": "1758123001.000100", "user": "U04«up:7-slk1»", "text": "canvas jobs stuck again"},  ⟪Slack ids⟫
  {"ts": "1758123102.000200", "user": "U05«up:7-slk2»", "text": "use my token for now: «canvas:oluwaseun»"},  ⟦app-secret|Canvas token shared in Slack⟧
  {"ts": "1758123203.000300", "user": "U04«up:7-slk1»", "text": "thx. also the SES key id for the relay is «akid:canvasrelay» if anyone asks"},  ⟦aws-key-id|key id in Slack⟧
  {"ts": "1758123304.000400", "user": "U06«up:7-slk3»", "text": "please stop pasting secrets in here :upside_down_face:"}
]
"""),
    ("chat/slack/rc-admins-2026-10.json", r"""
[
  {"ts": "1760001001.000100", "user": "U07«up:7-slk4»", "text": "slurmdbd pw for the new RDS is «pwp:slurmdbd» (temporary)"},  ⟦password|password shared in Slack⟧
  {"ts": "1760001102.000200", "user": "U08«up:7-slk5»", "text": "and the webhook for #rc-alerts: «slackhook:rcquota»"},  ⟦slack|Slack webhook shared in Slack⟧
  {"ts": "1760001203.000300", "user": "U07«up:7-slk4»", "text": "rotated the globus secret, new one in Secrets Manager rc/globus"}  ⟪pointer to a vault⟫
]
"""),
    ("chat/teams/library-systems.html", r"""
<html><body>
<div class="message"><span class="author">Nadia Haddad</span> <span class="time">09:14</span>
<p>OCLC gave us a new WSKey for EZproxy: <code>«b62:60-ezwskey»</code></p></div>  ⟦app-secret|WSKey in a Teams export⟧
<div class="message"><span class="author">Eilidh Ross</span> <span class="time">09:20</span>
<p>Put it in the vault please, not here.</p></div>
</body></html>
"""),
    ("chat/discord/heron-robotics-export.txt", r"""
[2026-10-03 21:14] kirbyfan: bot keeps crashing lol
[2026-10-03 21:15] deshawn_w: token was reset, new one: «discord:robobot»  ⟦app-secret|Discord token in a Discord export⟧
[2026-10-03 21:16] kirbyfan: and the atlas pw is «pwstu:scoutdb» right?  ⟦password|password in a chat export⟧
[2026-10-03 21:16] deshawn_w: yes. dont post it in general
"""),
    ("logs/ezproxy/ezproxy-2026-10-14.log", r"""
10.50.3.77 - jdoe42 [14/Oct/2026:10:02:11 -0400] "GET https://www.jstor.org:443/stable/«num:7-jstor» HTTP/1.1" 200 48211  ⟪access log line⟫
10.50.3.91 - walkin [14/Oct/2026:10:03:40 -0400] "POST https://ezproxy.lib.lowmoor.edu:443/login?user=walkin&pass=«pwp:ezwalkin» HTTP/1.1" 302 0  ⟦password|password in a logged login query string⟧
"""),
    ("logs/alb/lectern-alb-2026-10-14.log", r"""
https 2026-10-14T14:11:02.551Z app/lectern-prod/«hex:16-albid» 10.60.4.11:51544 10.60.8.23:8080 0.001 0.032 0.000 200 200 611 1422 "GET https://lti.lowmoor.edu:443/files/export.zip?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:lecternk8s»%2F20261014%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261014T141102Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex:64-sig» HTTP/1.1" "Mozilla/5.0" - -  ⟦aws-key-id|presigned URL key id in an ALB log⟧
https 2026-10-14T14:11:05.102Z app/lectern-prod/«hex:16-albid» 10.60.4.12:51601 10.60.8.24:8080 0.001 0.018 0.000 200 200 590 311 "GET https://lti.lowmoor.edu:443/health HTTP/1.1" "ELB-HealthChecker/2.0" - -  ⟪health check⟫
"""),
    ("logs/cloudtrail/418273650192_CloudTrail_us-east-1_20261014.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-10-14T03:12:44Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "userIdentity": {"type": "IAMUser", "principalId": "AIDA«up:17-aidaecho»", "userName": "vendor-echo360",  ⟪IAM unique id⟫
   "accessKeyId": "«akid:echo360»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "sourceIPAddress": "203.0.113.50", "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"},  ⟪request and event ids⟫
 {"eventVersion": "1.09", "eventTime": "2026-10-14T03:15:02Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
  "userIdentity": {"type": "AssumedRole", "principalId": "AROA«up:17-aroa»:oluwaseun"},  ⟪IAM role unique id⟫
  "responseElements": {"credentials": {"accessKeyId": "«asia:ctassumed»", "expiration": "Oct 14, 2026, 4:15:02 AM"}}}  ⟦aws-key-id|temporary key id in CloudTrail⟧
]}
"""),
    ("logs/rc/globus-transfer-debug.log", r"""
2026-10-11 02:11:44,120 DEBUG globus_sdk.transport: request POST https://auth.globus.org/v2/oauth2/token
2026-10-11 02:11:44,121 DEBUG globus_sdk.transport: body grant_type=client_credentials&client_id=«uuid:globusclient»&client_secret=«pct:b64k:32-globussecret»  ⟦app-secret|percent-encoded client secret in a debug log⟧
2026-10-11 02:11:44,642 DEBUG globus_sdk.transport: response 200 (access_token=****)  ⟪masked token⟫
"""),
    ("logs/freeradius/radius.log", r"""
Tue Oct 14 08:01:12 2026 : Auth: (1201) Login OK: [jdoe42@lowmoor.edu] (from client aruba-mm-1 port 0 via TLS tunnel)
Tue Oct 14 08:01:19 2026 : Auth: (1202) Login incorrect (mschap: MS-CHAP2-Response is incorrect): [labprinter3/«pwp:labprinter»] (from client aruba-mm-2 port 0)  ⟦password|password logged by auth_badpass⟧
Tue Oct 14 08:02:30 2026 : Info: Ready to process requests
"""),
    ("logs/codebuild/banner9-deploy-4411.log", r"""
[Container] 2026/10/12 02:11:02.311 Running command ./gradlew war -PartifactoryUser=ea-ci -PartifactoryPassword=«pwx:artifactory»  ⟦password|password echoed into a build log⟧
[Container] 2026/10/12 02:13:55.901 Phase complete: BUILD State: SUCCEEDED
[Container] 2026/10/12 02:13:56.002 Running command aws s3 cp build/libs/StudentSelfService.war s3://lmu-artifacts-418273650192/banner/
"""),
    ("dumps/advancement/constituents_2026-09.csv", r"""
constituent_id,name,class_year,email,portal_password
«num:7-c1»,Rafael Ortega,1998,rortega@alumni.lowmoor.edu,«pwn:rortega»  ⟦password|plaintext portal password in a CSV export⟧
«num:7-c2»,Anneke de Vries,2011,adevries@alumni.lowmoor.edu,«bcrypt:adevries»  ⟪bcrypt hash⟫
"""),
    ("dumps/moodle/mdl_config.sql", r"""
INSERT INTO mdl_config (name, value) VALUES ('smtphosts', 'email-smtp.us-east-1.amazonaws.com:587');
INSERT INTO mdl_config (name, value) VALUES ('noreplyaddress', 'noreply@cpd.lowmoor.edu');
INSERT INTO mdl_config (name, value) VALUES ('recaptchaprivatekey', '«okx:40-moodlerecap»');  ⟦app-secret|reCAPTCHA secret key in a SQL dump⟧
INSERT INTO mdl_config (name, value) VALUES ('siteidentifier', '«b62:32-moodlesite»moodle.cpd.lowmoor.edu');  ⟪site identifier⟫
"""),
    ("dumps/canvas/developer_keys.copy", r"""
COPY public.developer_keys (id, name, api_key, redirect_uri, workflow_state) FROM stdin;
170000000000412	Peer Review	«b62:64-canvasdevkey»	https://lti.lowmoor.edu/peer/oauth	active  ⟦app-secret|Canvas developer key secret in a COPY dump⟧
170000000000413	Gradescope	\N	https://www.gradescope.com/auth/lti	active  ⟪null key⟫
\.
"""),
    ("leftovers/lecterncreds.b64", r"""
«b64:credini:lectern»  ⟦aws-b64|whole base64 AWS credentials file⟧
"""),
    ("leftovers/heronsports-env.json", r"""
{"function": "scan-ingest", "env": "{\"AWS_ACCESS_KEY_ID\":\"«akid:scanenv»\",\"AWS_SECRET_ACCESS_KEY\":\"«jsonesc:awssec:scanenv»\",\"PACIOLAN_API_KEY\":\"«hex:32-paciolan»\"}"}  ⟦aws-key-id|JSON-in-JSON env with an AWS key pair⟧
"""),
    ("leftovers/ir-form-body.txt", r"""
POST /admin/connections HTTP/1.1
Host: airflow.ir.lowmoor.edu
Content-Type: application/x-www-form-urlencoded

conn_id=aws_ir&login=«akid:irform»&password=«pct:awssec:irform»&extra=%7B%22region_name%22%3A%22us-east-1%22%7D  ⟦aws-key-id|form body with a key id and a percent-encoded secret⟧
"""),
    ("leftovers/parking-export.json", r"""
{"name": "t2-sync", "value": "«uesc:awssec:t2sync»"}  ⟦aws-secret|\uXXXX-escaped AWS secret⟧
"""),
    ("leftovers/housing-keys.txt", r"""
«b64b64:awssec:housingold»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("leftovers/instrument-dump.hex", r"""
aws_secret=«hexenc:awssec:cryoem»  ⟦aws-hex|hex-encoded AWS secret⟧
"""),
    ("leftovers/sso-assume-output.json", r"""
{
    "Credentials": {
        "AccessKeyId": "«asia:assumeout»",  ⟦aws-key-id|STS output key id⟧
        "SecretAccessKey": "«awssec:assumeout»",  ⟦aws-secret|STS output secret⟧
        "SessionToken": "«stok:assumeout»",  ⟦aws-session-token|STS output session token⟧
        "Expiration": "2026-10-14T16:12:44+00:00"
    },
    "AssumedRoleUser": {"AssumedRoleId": "AROA«up:17-aroa2»:oluwaseun", "Arn": "arn:aws:sts::730164829351:assumed-role/rc-admin/oluwaseun"}  ⟪role id⟫
}
"""),
    ("leftovers/iam-credential-report.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date
vendor-echo360,arn:aws:iam::418273650192:user/vendor-echo360,true,«akid:echo360»,2026-10-14T03:12:00+00:00  ⟦aws-key-id|key id in a credential report⟧
corefac-cryoem,arn:aws:iam::730164829351:user/corefac-cryoem,true,«akid:cryoem»,2026-10-13T22:40:00+00:00  ⟦aws-key-id|key id in a credential report⟧
ses-smtp-chem,arn:aws:iam::418273650192:user/ses-smtp-chem,false,«akid:chemscanold»,N/A  ⟦?aws-key-id|inactive key id in a credential report⟧
"""),
    ("keys/tls/ezproxy.lib.lowmoor.edu.key", r"""
«pem:trad:rsaezproxy»  ⟦private-key|RSA TLS key for EZproxy⟧
"""),
    ("keys/tls/ezproxy.lib.lowmoor.edu.crt", r"""
«cert:rsaezproxy:ezproxy.lib.lowmoor.edu»  ⟪certificate⟫
"""),
    ("keys/workspace/lmu-directory-sync.json", r"""
{
  "type": "service_account",
  "project_id": "lmu-workspace-sync",
  "private_key_id": "«hex:40-gsakid»",  ⟪private key id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsaworkspace»",  ⟦private-key|JSON-escaped PEM in a Google service account file⟧
  "client_email": "directory-sync@lmu-workspace-sync.iam.gserviceaccount.com",
  "client_id": "«num:21-gsaclient»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("keys/hid/reader-signing-ec.pem", r"""
«pem:pkcs8:echidreader»  ⟦private-key|EC key for mobile-credential reader signing⟧
"""),
    ("docs/howto/redcap-secrets.enc.yaml", r"""
redcap_token: «sops:redcaptok»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:582017364490:key/«uuid:sopskms»
          created_at: "2026-06-01T10:11:12Z"
          enc: «kms:sopsdk»  ⟪KMS data key⟫
    mac: «sops:sopsmac»  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
]
