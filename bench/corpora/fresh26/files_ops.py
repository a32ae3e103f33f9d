"""fresh26 templates, operations (Harbourline Gaming Group): developer home directories, scripts, runbooks,
tickets, chat exports, e-mails, logs, database dumps, encoded leftovers, key material and secret stores.
Markers: render.py and README.md."""

FILES = [
    ("home/dkowalczyk/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:dkdefault»  ⟦aws-key-id|key ID in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:dkdefault»  ⟦aws-secret|secret in ~/.aws/credentials⟧

[sportsbook-prod]
aws_access_key_id = «asia:dksb»  ⟦aws-key-id|temporary key ID⟧
aws_secret_access_key = «awssec:dksb»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:dksb»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack value⟫
aws_secret_access_key = test
"""),
    ("home/dkowalczyk/.aws/config", r"""
[default]
region = us-east-1

[profile casino-prod]
sso_start_url = https://harbourline.awsapps.com/start
sso_region = us-east-1
sso_account_id = 604127739582
sso_role_name = FloorEngineer

[profile legacy-floor]
region = us-east-1
aws_access_key_id = «akid:dklegacy»  ⟦aws-key-id|key ID in ~/.aws/config⟧
aws_secret_access_key = «awssec:dklegacy»  ⟦aws-secret|secret in ~/.aws/config⟧

[profile vault-creds]
credential_process = /usr/local/bin/vault-aws-creds --role floor-eng  ⟪credential_process⟫
"""),
    ("home/dkowalczyk/.bash_history", r"""
cd ~/src/tidemark
git pull --rebase
export PGPASSWORD='«pwn:riskdb»'  ⟦password|PGPASSWORD in shell history⟧
psql -h lodestar-risk.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com -U trader risk -c '\dt'
mysql -h affiliates.cq7w1nx0.eu-west-2.rds.amazonaws.com -u wp_affiliates -p«pwn:wpaff» affiliates  ⟦password|mysql -p in shell history⟧
redis-cli -h tidemark-bets.abc123.ng.0001.use1.cache.amazonaws.com --tls -a «pwr:betredis» ping  ⟦password|redis-cli -a in shell history⟧
aws secretsmanager get-secret-value --secret-id tidemark/pam-db --query SecretString --output text  ⟪fetches from the vault⟫
helm upgrade tidemark ./helm/tidemark --set externalDatabase.password=«pwc:betsliphelm»  ⟦password|helm --set password in shell history⟧
kubectl -n sportsbook get pods
"""),
    ("home/dkowalczyk/.pgpass", r"""
betslip.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432:betslip:betslip_app:«pwc:betsliphelm»  ⟦password|.pgpass line⟧
pam.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432:pam:pam_app:«pwn:pamprops»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/dkowalczyk/.ssh/id_ed25519", r"""
«openssh:eddk:dkowalczyk@hbl-mbp»  ⟦private-key|OpenSSH private key in a home directory⟧
"""),
    ("home/dkowalczyk/.ssh/id_ed25519.pub", r"""
«sshpub:eddk:dkowalczyk@hbl-mbp»  ⟪SSH public key⟫
"""),
    ("home/dkowalczyk/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ecdsa-sha2-nistp256 «b64k:104-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/dkowalczyk/.git-credentials", r"""
https://dkowalczyk:«ghp:dkgit»@github.com  ⟦github|GitHub PAT in .git-credentials⟧
https://dkowalczyk:«glpat:dkgit»@gitlab.harbourline.internal  ⟦gitlab|GitLab PAT in .git-credentials⟧
"""),
    ("home/dkowalczyk/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:dkdocker»"},  ⟦docker-hub|docker config auth entry⟧
    "927315840063.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credHelpers": {"public.ecr.aws": "ecr-login"}
}
"""),
    ("home/dkowalczyk/.npmrc", r"""
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=«npm:dknpm»  ⟦npm|npm token in .npmrc⟧
@harbourline:registry=https://nexus.harbourline.internal/repository/npm-private/
//nexus.harbourline.internal/repository/npm-private/:_auth=«basic:dknexus»  ⟦password-b64|base64 basic auth in .npmrc⟧
"""),
    ("home/dkowalczyk/.m2/settings.xml", r"""
<settings>
  <servers>
    <server>
      <id>hbl-nexus</id>
      <username>ci-reader</username>
      <password>«pwr:nexus»</password>  ⟦password|Maven settings password⟧
    </server>
    <server>
      <id>hbl-nexus-releases</id>
      <username>release-bot</username>
      <password>{«b64k:32-mvnenc»}</password>  ⟪Maven-encrypted password⟫
    </server>
  </servers>
</settings>
"""),
    ("home/dkowalczyk/.netrc", r"""
machine nexus.harbourline.internal
  login ci-reader
  password «pwr:nexus»  ⟦password|.netrc password⟧
machine api.heroku.com
  login ops@harbourline.bet
  password «heroku:dkheroku»  ⟦app-secret|Heroku API key in .netrc⟧
"""),
    ("home/dkowalczyk/.config/rclone/rclone.conf", r"""
[gli-share]
type = sftp
host = sftp.gaminglabs.com
user = harbourline
pass = «urlsafe:48-rcloneobs»  ⟦?password|rclone-obscured password (reversible without a key)⟧

[s3-archive]
type = s3
provider = AWS
env_auth = true
"""),
    ("home/dkowalczyk/.config/gh/hosts.yml", r"""
github.com:
    user: dkowalczyk
    oauth_token: «gho:dkgh»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/mlindqvist/.zsh_history", r"""
: 1795001122:0;aws configure list
: 1795001190:0;export AWS_ACCESS_KEY_ID=«akid:mlzsh»  ⟦aws-key-id|export of a key ID in zsh history⟧
: 1795001191:0;export AWS_SECRET_ACCESS_KEY=«awssec:mlzsh»  ⟦aws-secret|export of a secret in zsh history⟧
: 1795001240:0;aws s3 ls s3://hbl-regulatory-318204957716/nj/dge/
: 1795001302:0;curl -H "x-api-key: «sradar:mlcurl»" https://api.sportradar.com/oddscomparison-ust1/en/us/sports.json  ⟦app-secret|Sportradar key on a curl command⟧
: 1795001377:0;vault login -method=userpass username=mlindqvist
: 1795001390:0;sshpass -p '«pwn:mlsshpass»' ssh tradeops@10.40.22.5  ⟦password|sshpass -p⟧
"""),
    ("home/mlindqvist/.vault-token", r"""
«hvs:mlvault»  ⟦vault|Vault token file⟧
"""),
    ("home/mlindqvist/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {"token": "«tfc:mltfc»"}  ⟦terraform-cloud|Terraform Cloud token⟧
  }
}
"""),
    ("home/mlindqvist/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: hbl-igaming-mt
    cluster:
      server: https://«uhex:32-eksmt».yl4.eu-south-1.eks.amazonaws.com
      certificate-authority-data: «b64cert:eceksmt:hbl-igaming-mt-ca»  ⟪base64 CA certificate⟫
users:
  - name: mlindqvist
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, hbl-igaming-mt]  ⟪exec plugin⟫
contexts:
  - name: mt
    context: {cluster: hbl-igaming-mt, user: mlindqvist}
current-context: mt
"""),
    ("home/mlindqvist/notes/trading-oncall.md", r"""
# trading on-call notes (mine, not the runbook)

- Genius feed drops: restart `genius-poller`, check the client secret hasn't been rotated (it's in
  Secrets Manager `lodestar/genius`).
- Kambi UAT login for repro: `hbl_uat_trader` / `«pwl:kambiuat»`  ⟦password|UAT login password in personal notes⟧
- Betgenius feed console: harbourline_trading / «pwx:betgenius»  ⟦password|feed console password in notes⟧
- MSK from laptop: `kafka-console-consumer --bootstrap-server b-1...:9096 --consumer.config scram.properties`
"""),
    ("home/mlindqvist/scram.properties", r"""
security.protocol=SASL_SSL
sasl.mechanism=SCRAM-SHA-512
sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username="odds-reader" password="«pwr:mskreader»";  ⟦password|Kafka SCRAM password in a client properties file⟧
"""),
    ("home/ayeboah/.s3cfg", r"""
[default]
access_key = «akid:ays3cfg»  ⟦aws-key-id|key ID in .s3cfg⟧
secret_key = «awssec:ays3cfg»  ⟦aws-secret|secret in .s3cfg⟧
host_base = s3.amazonaws.com
use_https = True
"""),
    ("home/ayeboah/.pypirc", r"""
[distutils]
index-servers = pypi nexus

[pypi]
username = __token__
password = «pypi:aypypi»  ⟦app-secret|PyPI token in .pypirc⟧

[nexus]
repository = https://nexus.harbourline.internal/repository/pypi-internal/
username = ayeboah
password = «pwn:aynexus»  ⟦password|Nexus password in .pypirc⟧
"""),
    ("home/ayeboah/.config/pip/pip.conf", r"""
[global]
index-url = https://ayeboah:«pct:pwn:aynexus»@nexus.harbourline.internal/repository/pypi/simple  ⟦password|percent-encoded password in a pip index URL⟧
timeout = 60
"""),
    ("home/ayeboah/snowflake/connections.toml", r"""
[hbl_marketing]
account = "hbl-marketing"
user = "AYEBOAH"
password = "«pwl:snowmkt»"  ⟦password|Snowflake connection password⟧
warehouse = "CRM_WH"
role = "CRM_ANALYST"
"""),
    ("home/ayeboah/my.cnf", r"""
[client]
host=affiliates.cq7w1nx0.eu-west-2.rds.amazonaws.com
user=aff_reporting
password=«pwp:affreport»  ⟦password|.my.cnf password⟧
"""),
    ("home/ayeboah/braze-export.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
BRAZE_KEY="«uuid:brazeexport»"  ⟦app-secret|Braze REST key in a shell script⟧
curl -s -X POST https://rest.iad-05.braze.com/users/export/segment \
  -H "Authorization: Bearer ${BRAZE_KEY}" \
  -H 'Content-Type: application/json' \
  -d '{"segment_id":"«uuid:brazeseg»","fields_to_export":["external_id","email"]}'  ⟪segment id⟫
"""),
    ("scripts/rotate-vendor-keys.sh", r"""
#!/usr/bin/env bash
# Rotate the Sportradar reports IAM key. Old key kept until SR confirms.
set -euo pipefail
OLD_KEY_ID="«akid:srreports»"  ⟦aws-key-id|old key ID in a rotation script⟧
aws iam create-access-key --user-name vendor-sportradar-reports > /tmp/new-key.json
aws iam update-access-key --user-name vendor-sportradar-reports --access-key-id "$OLD_KEY_ID" --status Inactive
echo "send /tmp/new-key.json to SR through the secure portal, then delete it"
"""),
    ("scripts/restore-cms-replica.ps1", r"""
param([string]$Snapshot = "acy-cms-replica-2026-11-30")
Import-Module AWSPowerShell
Restore-RDSDBInstanceFromDBSnapshot -DBInstanceIdentifier acy-cms-restore -DBSnapshotIdentifier $Snapshot
$sa = "«pwc:cmsreplica»"  ⟦password|SQL Server password in a PowerShell script⟧
Invoke-Sqlcmd -ServerInstance acy-cms-restore.cq7w1nx0.us-east-1.rds.amazonaws.com -Username cmsadmin -Password $sa -Query "ALTER DATABASE ADVANTAGE SET SINGLE_USER"
"""),
    ("scripts/sql/roles.sql", r"""
-- reporting roles for the GGR warehouse
CREATE USER dge_monitor PASSWORD '«pwx:dgemonitor»';  ⟦password|CREATE USER PASSWORD⟧
GRANT SELECT ON ALL TABLES IN SCHEMA marts TO dge_monitor;
ALTER USER tableau_ro PASSWORD '«pw:tableauro»';  ⟦password|ALTER USER PASSWORD⟧
CREATE USER dbt_ci PASSWORD DISABLE;
CREATE USER airflow PASSWORD 'md5«hex:32-rsmd5»';  ⟪md5 password hash⟫
"""),
    ("scripts/odds_replay.py", r"""
import json
import sys

import requests

API = "https://api.sportradar.com/oddscomparison-ust1/en/us"
KEY = sys.argv[1] if len(sys.argv) > 1 else "«sradar:replay»"  ⟦app-secret|Sportradar key as a script default⟧

for line in open("events.jsonl"):
    ev = json.loads(line)
    print(requests.get(f"{API}/sport_events/{ev['id']}/markets.json", params={"api_key": KEY}, timeout=10).status_code)
"""),
    ("runbooks/sportsbook-feed-outage.md", r"""
# Runbook: sportsbook odds feed outage

1. Check Sportradar status page and the UOF connection in Grafana (`uof-consumer` dashboard).
2. Suspend markets in the trading UI (Risk > Suspend all pre-match for the affected sport).
3. If the UOF token was rotated, fetch the new one from Secrets Manager `lodestar/uof`; never paste it in Slack.
4. Fallback feed: Genius Sports. Console login is in 1Password ("Genius trading console").
5. For the NJ DGE incident report, the internal reporting portal account is `hbl-incidents` with password `«pwl:dgeincidents»`.  ⟦password|portal password in backticks in a runbook⟧
6. Notify #trading-ops and the duty compliance officer.
"""),
    ("runbooks/cage-kiosk-recovery.md", r"""
# Runbook: cage kiosk recovery (Everi / JCM)

- Kiosk stuck in "Out of Service": open the service door with the cage key, hold the reset button 5 s.
- Service menu PIN: «pin:6-kioskservice»  ⟦password|kiosk service menu PIN in a runbook⟧
- Bill validator jam: follow the JCM card in the cage binder.
- If the kiosk reports ticket validation errors, call slot ops; do not re-enrol the kiosk yourself.
- Cage service account password: see the cage vault (ask the cage manager).  ⟪pointer to a vault⟫
"""),
    ("runbooks/g2s-cert-renewal.md", r"""
# Runbook: G2S host certificate renewal (Niagara)

The G2S host certificate is issued by the internal CA and pinned on every EGM. Renew 30 days before expiry:

```
openssl req -new -key g2s-host.key -subj "/CN=g2s-host.nia.floor.harbourline.internal" -out g2s.csr
```

The PFX for the Synkros server is protected with the password `«pwc:g2spfx»`.  ⟦password|PFX password in a runbook⟧
Thumbprint after renewal must be updated in `Synkros.Server.config` (`«uhex:40-g2sthumb»` today).  ⟪thumbprint⟫
"""),
    ("runbooks/regulator-sftp.md", r"""
# Regulator SFTP drops

| regulator | host | user | auth |
|---|---|---|---|
| NJ DGE | sftp.njdge.harbourline.internal | hbl_ggr | key (Transfer Family) |
| AGCO / iGO | sftp.igamingontario.ca | hbl-igo | password in Secrets Manager `transfer/igo/harbourline` |
| UKGC | regulatory returns portal | n/a | web |
| MGA | sftp.mga.org.mt | harbourline | connector secret `mga/sftp/harbourline` |

AGCO temporary password while the account is being re-provisioned: «pwn:agcotemp»  ⟦password|temporary regulator password in a runbook⟧
"""),
    ("docs/onboarding/floor-engineering.md", r"""
# Welcome to floor engineering

- Your floor domain account (FLOOR\\firstname.lastname) is created by IT with a first-logon password of
  `«welcome:floor»` which you must change at first logon.  ⟦?password|default first-logon password in an onboarding doc (policy)⟧
- Request Advantage and Synkros access through ServiceNow (catalog item "Slot system access").
- Never share slot-system credentials over chat. Use 1Password vault "Floor Eng".
"""),
    ("docs/adr/0014-secrets-on-the-floor.md", r"""
# ADR 0014: secrets on the casino floor network

Status: accepted (2026-05-14)

The floor network (slots, cage, kiosks) is air-gapped from AWS except through the floor DMZ. Floor services
cannot call Secrets Manager directly; we run a read-only Vault cluster in the DMZ (`vault.floor.harbourline.internal`)
with AppRole per service. The AppRole secret ids are wrapped (`vault write -wrap-ttl=5m ...`) and delivered by
the deployment job; they are never written to configuration files.
Example role id: `«uuid:approleex»` (an identifier, not a secret).  ⟪AppRole role id⟫
"""),
    ("docs/postmortems/2026-10-cashout-outage.md", r"""
# Postmortem: cash-out unavailable 41 minutes (2026-10-19)

Cause: the ElastiCache auth token for the pricing cache was rotated in Secrets Manager but the CloudFormation
stack still had the old token as the NoEcho default. During the incident the on-call engineer tested the old
token with `redis-cli -a «pwr:cashoutredis»` from the bastion, which is how it ended up in this document.  ⟦password|auth token quoted in a postmortem⟧

Actions: move the auth token to a dynamic reference (done in PR #2291); scrub shell history on the bastion.
"""),
    ("docs/vendor-contacts.md", r"""
# Vendor contacts

| vendor | system | support | account |
|---|---|---|---|
| IGT | Advantage (ACY) | +1 702 555 0199 | customer 88213 |
| Konami | Synkros (NIA) | +1 702 555 0111 | site NIA |
| Aristocrat | Oasis 360 (ACY bank 22) | +1 702 555 0188 | — |
| Sportradar | UOF, odds comparison | support portal | bookmaker «num:5-bookmaker» |  ⟪bookmaker id⟫
| GeoComply | location checks | support@ | NJ/ON licences |
| Everi | cage kiosks (ACY) | +1 702 555 0123 | portal hbl-cage / «pwp:everiportal» |  ⟦password|vendor portal password in a contacts table⟧
"""),
    ("tickets/SEC-2291.md", r"""
SEC-2291  Exposed AWS key in the trading repo
Reporter: GitHub secret scanning alert #14

The alert points at `trading-nightly.yml` (AWS key «akid:ghatrading»). The key belongs to IAM user  ⟦aws-key-id|key ID quoted in a ticket⟧
`svc-trading-nightly`. Action: deactivate, move the workflow to OIDC, purge from history.
Status: key deactivated 2026-11-27 10:14 UTC.
"""),
    ("tickets/SUP-88410.json", r"""
{
  "id": 88410,
  "subject": "Cannot log in after password reset",
  "requester": "player-«num:8-playerid»",  ⟪player id⟫
  "comments": [
    {"author": "agent.rfarrell", "public": true, "body": "I've reset your account. Your temporary password is «pwp:playertemp» - you'll be asked to change it."},  ⟦?password|temporary password an agent gave a player (policy)⟧
    {"author": "agent.rfarrell", "public": false, "body": "Checked geolocation logs, player was in NJ. GeoComply transaction «uuid:geotxn»."}  ⟪transaction id⟫
  ]
}
"""),
    ("tickets/CHG-20811.txt", r"""
Change CHG-20811 - IGT field service firmware update, ACY bank 10-14
Implementer: IGT field engineer (on site), escorted by slot ops
Vendor jump host account: vendoradmin / «pwc:jumpadmin»  ⟦password|jump host password in a change record⟧
Back-out: restore previous firmware from \\acy-cms-app01\Firmware\bank10-14\2026-08
GLI approval reference: GLI-11-«num:6-gli1»  ⟪certificate number⟫
"""),
    ("chat/slack-trading-ops.json", r"""
[
  {"ts": "1795610211.000100", "user": "U04QF«up:6-slu1»", "text": "genius feed is down again, anyone have the UAT creds?"},  ⟪Slack user id⟫
  {"ts": "1795610260.000200", "user": "U05KD«up:6-slu2»", "text": "GENIUS_CLIENT_SECRET=«b62:48-geniussec» (prod, don't use for UAT)"},  ⟦app-secret|client secret pasted in Slack⟧
  {"ts": "1795610291.000300", "user": "U04QF«up:6-slu1»", "text": "thanks. also is the old AWS key «akid:ghatrading» still live?"},  ⟦aws-key-id|key ID in Slack⟧
  {"ts": "1795610330.000400", "user": "U05KD«up:6-slu2»", "text": "no, deactivated in SEC-2291"}
]
"""),
    ("chat/teams-cage-ops.html", r"""
<html><body>
<div class="msg"><span class="from">Cage Supervisor ACY</span><p>kiosk 3 down again, anyone know the service PIN?</p></div>
<div class="msg"><span class="from">Slot Tech Lead</span><p>it's «pin:6-kioskservice», same as the runbook</p></div>  ⟦password|kiosk PIN in a Teams export⟧
<div class="msg"><span class="from">Cage Supervisor ACY</span><p>thanks, back up. Handpay override today is on the board.</p></div>
</body></html>
"""),
    ("chat/whatsapp-host-team.txt", r"""
11/28/26, 21:04 - Marco (Host): the host app won't load comps for the Patel party
11/28/26, 21:05 - Priya (Host Mgr): use the web console, login hosts / «pwn:hostconsole»  ⟦password|console password in a WhatsApp export⟧
11/28/26, 21:06 - Marco (Host): worked, thx
11/28/26, 21:07 - Priya (Host Mgr): delete that msg pls
"""),
    ("mail/2026-11-gli-submission.eml", r"""
From: compliance@harbourline.bet
To: submissions@gaminglabs.com
Subject: Harbourline - iGaming platform submission 2026.12 (MGA, NJ)
Date: Tue, 24 Nov 2026 14:02:11 +0000
Content-Type: text/plain; charset=utf-8

Hello GLI team,

The submission package is on your SFTP under /inbound/harbourline/2026.12. The archive password is
«pwx:gliarchive» (sent separately to the lab manager as well).  ⟦password|archive password in an e-mail⟧

SHA-256 of the archive: «sha256:gliarchivesha»  ⟪checksum⟫

Kind regards,
Harbourline Compliance
"""),
    ("mail/2026-10-psp-onboarding.eml", r"""
From: onboarding@paygate-europe.net
To: payments@harbourline.bet
Subject: Your live credentials
Date: Fri, 09 Oct 2026 09:12:40 +0000
Content-Type: text/plain; charset=utf-8

Dear Harbourline,

Your merchant account is live. Use the credentials below in your integration; you will be asked to change the
portal password at first login.

Merchant ID: «num:9-pspmid»
API key: «b62:40-pspapikey»  ⟦app-secret|live API key in a PSP onboarding e-mail⟧
Portal user: payments@harbourline.bet
"""),
    ("logs/bet-api/2026-11-30.log", r"""
2026-11-30T19:02:11.412Z INFO  [bet-api] placed bet id=«uuid:bet1» stake=2500 legs=3 jurisdiction=nj  ⟪bet id⟫
2026-11-30T19:02:11.988Z WARN  [bet-api] geolocation stale for player=«num:8-playerid», rechecking
2026-11-30T19:02:12.104Z DEBUG [wallet-client] POST /v3/debit Authorization: Bearer «jwtrs:betapi»  ⟦jwt|bearer token logged at DEBUG⟧
2026-11-30T19:02:12.311Z INFO  [wallet-client] debit ok txn=«uuid:txn1»
2026-11-30T19:02:13.020Z ERROR [kambi] 401 with key ****«tail:hex:32-kambi»  ⟪masked key tail⟫
"""),
    ("logs/cloudtrail/2026-11-27-sample.json", r"""
{"Records": [
  {"eventTime": "2026-11-27T09:58:02Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "us-east-1",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:trading»", "accountId": "318204957716",  ⟪IAM unique id⟫
    "accessKeyId": "«akid:ghatrading»", "userName": "svc-trading-nightly"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
   "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/alb/tidemark-web-alb.log", r"""
https 2026-11-29T22:14:09.331Z app/tidemark-web/«hex:16-albid» 71.185.44.19:51002 10.40.2.18:8080 0.001 0.044 0.000 200 200 812 1421 "GET https://nj.harbourline.bet:443/api/promos HTTP/2.0" "Mozilla/5.0" - - - "Root=1-«hex:8-tr1»-«hex:24-tr2»"  ⟪trace id⟫
https 2026-11-29T22:14:10.002Z app/tidemark-web/«hex:16-albid» 71.185.44.19:51002 10.40.2.18:8080 0.001 0.051 0.000 200 200 640 99811 "GET https://hbl-promo-assets.s3.amazonaws.com:443/banner.mp4?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261129%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-presig» HTTP/2.0" "Mozilla/5.0" - - -  ⟦aws-key-id|key ID in a presigned URL in an access log⟧
"""),
    ("logs/cms-bridge/debug.log", r"""
2026-11-12 03:10:44,120 DEBUG CmsBridge connecting Server=ACY-CMS-DB01;Database=ADVANTAGE;User Id=adv_svc;Password=«pw6:advsvc»;  ⟦conn-string|connection string in a debug log⟧
2026-11-12 03:10:44,402 INFO  CmsBridge connected, 2143 EGMs online
2026-11-12 03:10:45,001 INFO  CmsBridge handpay 10044 amount=1850.00 W2G required
"""),
    ("logs/codebuild/gli-bundle-build.log", r"""
[Container] 2026/11/24 13:40:02.118 Running command gli-submit --portal https://portal.gaminglabs.com --user harbourline.compliance --password "«pwl:gliportal»" dist/  ⟦password|password echoed in a build log⟧
uploading dist/harbourline-igaming-2026.12.zip (412 MB)
[Container] 2026/11/24 13:52:40.770 Phase complete: BUILD State: SUCCEEDED
"""),
    ("dumps/anchorage_hosts.csv", r"""
host_id,name,email,property,console_password
H001,Marco Ruiz,mruiz@harbourline.bet,ACY,«pwn:hostmarco»  ⟦password|plaintext password column in a CSV dump⟧
H002,Priya Natarajan,pnatarajan@harbourline.bet,ACY,«pwn:hostpriya»  ⟦password|plaintext password column in a CSV dump⟧
H003,Luc Tremblay,ltremblay@harbourline.bet,NIA,«bcrypt:hostluc»  ⟪bcrypt hash (migrated row)⟫
"""),
    ("dumps/affiliates_wp_users.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36
INSERT INTO `wp_users` VALUES (1,'hbladmin','$P$B«b62:31-phpass1»','hbladmin','web@harbourline.bet','',NOW(),'',0,'Admin');  ⟪phpass hash⟫
INSERT INTO `aff_api_keys` VALUES (1,'cellxpert','«b62:48-cellxpert»','2026-02-01');  ⟦app-secret|API key in a SQL dump⟧
INSERT INTO `aff_api_keys` VALUES (2,'myaffiliates','«pwc:myaff»','2026-02-01');  ⟦password|password in a SQL dump⟧
"""),
    ("dumps/pam_players.copy.sql", r"""
COPY public.player_credentials (player_id, username, password_hash, pin_hash) FROM stdin;
«num:8-p1»	jdoe77	«scram:p1»	«sha256:pin1»  ⟪password hashes⟫
«num:8-p2»	luckyLou	«scram:p2»	«sha256:pin2»
\.
COPY public.service_accounts (name, api_key) FROM stdin;
host-app	«b62:40-synproxy»  ⟦app-secret|service API key in a PostgreSQL COPY dump⟧
\.
"""),
    ("leftovers/creds.b64", r"""
«b64:credini:b64file»  ⟦aws-b64|a whole credentials file base64-encoded⟧
"""),
    ("leftovers/lambda-env-dump.json", r"""
{"FunctionName": "floor-jackpot-notify", "Environment": "{\"Variables\":{\"W2G_SERVICE_PASSWORD\":\"«jsonesc:pwc:w2gsvc»\",\"AWS_ACCESS_KEY_ID\":\"«akid:jsoninjson»\",\"AWS_SECRET_ACCESS_KEY\":\"«awssec:jsoninjson»\"}}"}  ⟦aws-key-id|JSON-in-JSON with a key pair and a password⟧
"""),
    ("leftovers/deposit-form.txt", r"""
POST /psp/skrill/status HTTP/1.1
Host: wallet.harbourline.bet
Content-Type: application/x-www-form-urlencoded

pay_to_email=payments%40harbourline.bet&merchant_id=«num:9-skrillmid»&secret_word=«pct:pwl:skrillsw»&status=2  ⟦password|percent-encoded secret word in a form body⟧
"""),
    ("leftovers/i18n-export.json", r"""
{"key": "ops.smtp", "value": "«uesc:sesv4:sesadv»"}  ⟦aws-ses-smtp|\\u-escaped SES SMTP password⟧
"""),
    ("leftovers/double.txt", r"""
«b64b64:awssec:doubleb64»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("leftovers/hexdump.txt", r"""
key_id_hex=«hexenc:akid:hexleft»  ⟦aws-hex|hex-encoded AWS key ID⟧
note=hex of the kiosk uploader key, from the old firmware packer
"""),
    ("leftovers/auth-header.txt", r"""
Authorization: Basic «basic:legacyrelay»  ⟦password-b64|basic auth header⟧
"""),
    ("secrets/sops/prod.enc.yaml", r"""
geocomply:
    api_key: «sops:geosops»  ⟪SOPS value⟫
    decrypt_key: «sops:geosops2»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:318204957716:key/«uuid:sopskms»
          created_at: "2026-09-01T10:00:00Z"
          enc: «kms:sopsdk»  ⟪KMS data key⟫
          aws_profile: ""
    lastmodified: "2026-11-01T12:00:00Z"
    mac: «sops:sopsmac»  ⟪SOPS MAC⟫
    version: 3.9.0
"""),
    ("secrets/iam-key-report.csv", r"""
user,access_key_id,status,created,last_used
svc-trading-nightly,«akid:ghatrading»,Inactive,2025-04-02,2026-11-27  ⟦?aws-key-id|inactive key ID in an IAM key report (policy)⟧
vendor-sportradar-reports,«akid:srreports»,Active,2025-11-10,2026-11-30  ⟦aws-key-id|active key ID in a key report⟧
ses-smtp-backoffice,«akid:sesadv»,Active,2024-08-19,2026-11-30  ⟦aws-key-id|SES SMTP user key ID in a key report⟧
"""),
    ("secrets/vault-approle.env", r"""
VAULT_ADDR=https://vault.floor.harbourline.internal
VAULT_ROLE_ID=«uuid:approlecms»  ⟪AppRole role id⟫
VAULT_SECRET_ID=«uuid:approlesecret»  ⟦vault|AppRole secret id⟧
"""),
    ("certs/tidemark-web.key", r"""
«pem:pkcs8:rsaweb»  ⟦private-key|TLS private key⟧
"""),
    ("certs/tidemark-web.crt", r"""
«cert:rsaweb:www.harbourline.bet»  ⟪certificate⟫
"""),
    ("certs/apns/AuthKey.p8", r"""
«pem:pkcs8:ecapns»  ⟦private-key|APNs .p8 key⟧
"""),
    ("certs/coinbase-cdp.json", r"""
{
  "name": "organizations/«uuid:cdporg»/apiKeys/«uuid:cdpkey»",  ⟪API key name⟫
  "privateKey": "«jsonesc:pem:trad:eccdp»"  ⟦private-key|JSON-escaped EC private key⟧
}
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: sportsbook-bet-api
    integration_key: «pdkey:betapi»  ⟦pagerduty|PagerDuty integration key⟧
  - name: cage-kiosks
    integration_key: «pdkey:kiosk»  ⟦pagerduty|PagerDuty integration key⟧
escalation_policy: P«up:6-pdesc»  ⟪escalation policy id⟫
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: '«nrlic:opsnr»'  ⟦newrelic|New Relic license key⟧
  app_name: tidemark-pam
  distributed_tracing:
    enabled: true
production:
  <<: *default_settings
"""),
    ("ops/datadog/datadog.yaml", r"""
api_key: «ddapi:agentops»  ⟦datadog|Datadog agent API key⟧
site: datadoghq.com
logs_enabled: true
tags:
  - env:prod
  - property:acy
"""),
    ("ops/openvpn/vendor-konami.ovpn", r"""
client
dev tun
proto udp
remote vpn.harbourline.bet 1194
auth-user-pass konami-creds.txt
<ca>
«cert:edvpnca:Harbourline Vendor VPN CA»  ⟪CA certificate⟫
</ca>
<tls-crypt>
-----BEGIN OpenVPN Static key V1-----
«hex:32-ovpn1»  ⟦app-secret|OpenVPN tls-crypt static key⟧
«hex:32-ovpn2»
-----END OpenVPN Static key V1-----
</tls-crypt>
"""),
    ("ops/openvpn/konami-creds.txt", r"""
konami-fs
«pwl:konamivpn»  ⟦password|OpenVPN credentials file password⟧
"""),
    ("ops/wireguard/wg-floor-dmz.conf", r"""
[Interface]
PrivateKey = «b64k:32-wgpriv»  ⟦private-key|WireGuard private key⟧
Address = 10.99.0.2/32

[Peer]
PublicKey = «b64k:32-wgpub»  ⟪WireGuard public key⟫
Endpoint = dmz-gw.harbourline.bet:51820
AllowedIPs = 10.44.0.0/16
"""),
    ("ops/browser/spaceship-session.txt", r"""
# fastlane spaceship session for the App Store account (copied from ~/.fastlane/spaceship)
myacinfo=DAW«b62:180-myacinfo»  ⟦?app-secret|Apple session cookie (expires; policy)⟧
dqsid=«b62:60-dqsid»
"""),
    ("ops/ci-agents/buildkite-agent.cfg", r"""
token="«b62:50-bkagent»"  ⟦app-secret|Buildkite agent token⟧
name="floor-agent-%n"
tags="queue=floor,os=windows"
build-path="C:\\buildkite\\builds"
"""),
    ("chat/slack-payments.json", r"""
[
  {"ts": "1795702001.000100", "user": "U06PA«up:6-slu3»", "text": "checkout.com webhooks failing on prod, can someone sanity check the key we deployed?"},
  {"ts": "1795702044.000200", "user": "U06PB«up:6-slu4»", "text": "we have «cko:saltire» in the pipeline config, matches the dashboard"},  ⟦app-secret|Checkout.com secret key pasted in Slack⟧
  {"ts": "1795702102.000300", "user": "U06PA«up:6-slu3»", "text": "and paysafe? header is Basic «paysafe:wallet»"},  ⟦app-secret|Paysafe API key pasted in Slack⟧
  {"ts": "1795702160.000400", "user": "U06PB«up:6-slu4»", "text": "both fine, it was the WAF rule. please delete these msgs"}
]
"""),
    ("logs/geocomply/decrypt-errors.log", r"""
2026-11-21T02:14:55Z ERROR beacon-geocomply-decrypt padding error for txn «uuid:geotxn2»  ⟪transaction id⟫
2026-11-21T02:14:55Z DEBUG beacon-geocomply-decrypt key=«hex:32-geodecrypt» iv=«hex:32-geoiv» mode=CBC  ⟦app-secret|decrypt key and IV written to a debug log⟧
2026-11-21T02:14:56Z INFO  beacon-geocomply-decrypt retry ok
"""),
    ("mail/2026-12-vpn-access.eml", r"""
From: it-servicedesk@harbourline.bet
To: slot.vendor@konami-fs.com
Subject: RE: VPN access for the Niagara Synkros upgrade
Date: Tue, 01 Dec 2026 16:20:05 +0000
Content-Type: text/plain; charset=utf-8

Hi,

Your VPN account konami-fs is active until 18 December. The profile is attached; the password is
«pwl:konamivpn» and the Synkros service console login for the upgrade window is SYNADMIN / «pw6:synadmin».  ⟦password|VPN and console passwords in an e-mail⟧

Regards,
IT Service Desk
"""),
    ("runbooks/settlement-rerun.md", r"""
# Runbook: re-run settlement for an event

1. Confirm the official result in the Sportradar results feed and the Genius fallback.
2. Connect to the settlement database:

   psql "postgresql://settle_ops:«pct:pwx:settleops»@lodestar-settle.cluster-cq7w1nx0.ca-central-1.rds.amazonaws.com:5432/settlement"  ⟦conn-string|database URL with a password in a runbook⟧

3. `SELECT lodestar.resettle_event('sr:match:12345678');` then check the wallet credit queue drains.
4. File the resettlement note with the compliance duty officer (iGO requires it within 24 hours).
"""),
    ("home/ayeboah/.config/optimove/cli.json", r"""
{
  "tenant": «num:3-opttenant»,
  "apiKey": "«b62:32-optimove»",  ⟦app-secret|Optimove API key in a CLI config⟧
  "region": "us"
}
"""),
]
