"""fresh23 templates, operations (Halverine Interactive): engineers' home directories (AWS, shell and PowerShell
history, Perforce tickets and enviro, SSH, git, docker, kube, npm and Unity UPM, netrc, gh, pgpass, rclone, Vault,
Terraform Cloud), keys and certificates (CloudFront signer), scripts, runbooks, onboarding, postmortem, policy,
tickets (Jira, ServiceNow, Zendesk), chat (Slack, Discord, Teams, KakaoTalk), e-mail, logs (game server, CloudTrail,
ALB, Jenkins, TeamCity, crash report), dumps, encoded leftovers, an IAM credential report, ops tooling.
Markers: render.py and README.md."""

FILES = [
    ("home/genevieve/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:genevieve»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:genevieve»  ⟦aws-secret|default profile secret⟧

[liveops-breakglass]
aws_access_key_id=«asia:genevievebg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:genevievebg»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:genevievebg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[docs]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/genevieve/.aws/config", r"""
[profile live]
sso_session = hvi
sso_account_id = 418273650921  ⟪account id⟫
sso_role_name = LiveOpsAdmin
region = us-east-1

[sso-session hvi]
sso_start_url = https://halverine.awsapps.com/start
sso_region = us-east-1

[profile buildfarm]
credential_process = /usr/local/bin/aws-vault export --format=json buildfarm  ⟪credential_process⟫
region = us-east-2
"""),
    ("home/genevieve/.bash_history", r"""
aws gamelift describe-fleet-utilization --fleet-ids fleet-«uuid:glfleetuse1» --profile live
export PGPASSWORD='«pwx:hearthdb»'  ⟦password|PGPASSWORD export in bash history⟧
psql -h hearth.cluster-c9v1xk2m7qd4.us-east-1.rds.amazonaws.com -U hearth_app hearth -c 'select count(*) from entitlements'
redis-cli -h master.lodestar.q7m2xk.use1.cache.amazonaws.com --tls -a '«pwr:lodestarredis»' info clients  ⟦password|redis-cli -a password⟧
helm upgrade hearth charts/hearth -f values-live.yaml --set externalDatabase.password='«pwx:hearthdb»'  ⟦password|helm --set password⟧
aws secretsmanager get-secret-value --secret-id hearth/steam --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/krzysztof/.zsh_history", r"""
: 1790312201:0;p4 -u super -P «pwx:p4super» monitor show -al  ⟦password|p4 -P password in zsh history⟧
: 1790312388:0;p4 -u svc-replica pull -lj
: 1790312502:0;mysql -h qa-tools.c1x8md2kq7vz.us-east-1.rds.amazonaws.com -u qa_admin -p'«pwn:qatoolsdb»' bugs  ⟦password|mysql -p password in zsh history⟧
: 1790312650:0;aws sso login --profile buildfarm
"""),
    ("home/krzysztof/.p4enviro", r"""
P4PORT=ssl:p4-krk.halverine.net:1666
P4USER=krzysztof.w
P4CLIENT=KRK-DEV-12_ib_main
P4PASSWD=«pwn:krzysztofp4»  ⟦password|P4PASSWD in .p4enviro⟧
P4IGNORE=.p4ignore
"""),
    ("home/krzysztof/.p4tickets", r"""
ssl:p4.halverine.net:1666=krzysztof.w:«p4ticket:krzysztof»  ⟦app-secret|Perforce ticket in .p4tickets⟧
ssl:p4-krk.halverine.net:1666=svc-replica:«p4ticket:replica»  ⟦app-secret|Perforce ticket in .p4tickets⟧
"""),
    ("home/krzysztof/.ssh/id_ed25519", r"""
«openssh:edkrzysztof:krzysztof@KRK-DEV-12»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/krzysztof/.ssh/id_ed25519.pub", r"""
«sshpub:edkrzysztof:krzysztof@KRK-DEV-12»  ⟪SSH public key⟫
"""),
    ("home/krzysztof/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/jiwoo/.docker/config.json", r"""
{
	"auths": {
		"418273650921.dkr.ecr.ap-northeast-2.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:jiwoo»"  ⟦docker-hub|docker config auth with a Docker Hub token⟧
		}
	},
	"credsStore": "desktop"
}
"""),
    ("home/jiwoo/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: gameservers-apne2
    cluster:
      server: https://«uhex:32-eksid».gr7.ap-northeast-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, gameservers-apne2]  ⟪exec plugin⟫
  - name: sel-lab-k3s
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static bearer token in a kubeconfig⟧
contexts:
  - name: live
    context: {cluster: gameservers-apne2, user: eks}
current-context: live
"""),
    ("home/jiwoo/.npmrc", r"""
@halverine:registry=https://npm.pkg.github.com
//npm.pkg.github.com/:_authToken=«ghp:jiwoonpm»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=«npm:jiwoo»  ⟦npm|npm token in .npmrc⟧
"""),
    ("home/jiwoo/.upmconfig.toml", r"""
[npmAuth."https://npm.halverine.net"]
token = "«b64k:32-upmtoken»"  ⟦app-secret|Unity UPM scoped-registry token⟧
alwaysAuth = true
"""),
    ("home/dakota/.netrc", r"""
machine nexus.halverine.net
  login anvil
  password «pwx:nexusanvil»  ⟦password|.netrc password⟧
machine api.github.com
  login dakota-hvi
  password «ghp:dakota»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/dakota/.git-credentials", r"""
https://dakota-hvi:«ghp:dakota»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://dakota:«glpat:dakota»@gitlab.halverine.net  ⟦gitlab|GitLab token in .git-credentials⟧
"""),
    ("home/dakota/.config/gh/hosts.yml", r"""
github.com:
    users:
        dakota-hvi:
            oauth_token: «gho:dakota»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
    user: dakota-hvi
"""),
    ("home/dakota/.pgpass", r"""
webshop.c2v7kx1m9qd3.us-east-1.rds.amazonaws.com:5432:webshop:webshop:«pwc:webshopdb»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/minseo/Documents/WindowsPowerShell/ConsoleHost_history.txt", r"""
Get-ChildItem \\sel-fs01\lanternfall\Builds | Sort LastWriteTime | Select -Last 5
$env:AWS_ACCESS_KEY_ID="«asia:minseo»"  ⟦aws-key-id|temporary key id in PowerShell history⟧
$env:AWS_SECRET_ACCESS_KEY="«awssec:minseo»"  ⟦aws-secret|temporary secret in PowerShell history⟧
$env:AWS_SESSION_TOKEN="«stok:minseo»"  ⟦aws-session-token|session token in PowerShell history⟧
aws gamelift list-compute --fleet-id fleet-«uuid:tfanyfleet» --region ap-northeast-2
Invoke-Sqlcmd -ServerInstance 'SEL-SQL01' -Username sa -Password '«pwc:selsqlsa»' -Query 'select @@version'  ⟦password|Invoke-Sqlcmd -Password⟧
"""),
    ("home/minseo/.config/rclone/rclone.conf", r"""
[vo-vendor]
type = sftp
host = sftp.voicebox-seoul.co.kr
user = halverine
pass = «urlsafe:24-rclone»  ⟦?password|rclone-obscured password (reversible without a key)⟧

[takes]
type = s3
provider = AWS
env_auth = true  ⟪environment credentials⟫
region = us-east-1
"""),
    ("home/travis/.vault-token", r"""
«hvs:travis»  ⟦vault|Vault token file⟧
"""),
    ("home/travis/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:travis»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/oksana/notes.md", r"""
# my notes - live ops rotation

- GameLift fleet scaling: use the `liveops-scale` runbook, never scale below 8 in use1 on patch day
- Perforce: my ticket expires every 12h, `p4 login -a`
- webshop admin (Stripe dashboard): 2FA on phone
- old Xsolla publisher account password `«pwl:xsollapub»` (shared with finance, rotate!)  ⟦password|shared publisher-account password in personal notes⟧
- Discord mod-bot token for the staging guild: `«discord:modbotdev»`  ⟦discord|Discord bot token in personal notes⟧
"""),
    ("home/luc/.s3cfg", r"""
[default]
access_key = «akid:lucs3cmd»  ⟦aws-key-id|s3cmd access_key⟧
secret_key = «awssec:lucs3cmd»  ⟦aws-secret|s3cmd secret_key⟧
bucket_location = us-east-1
host_base = s3.amazonaws.com
gpg_passphrase =  ⟪empty value⟫
"""),
    ("tools/crash/upload-symbols.ps1", r"""
# upload PDBs for the shipping build to the symbol bucket (run on the Montreal release PC)
param([string]$Build = "0.31-CL-418220")
$env:AWS_ACCESS_KEY_ID = "«akid:symbolspc»"  ⟦aws-key-id|key id in a PowerShell script⟧
$env:AWS_SECRET_ACCESS_KEY = "«awssec:symbolspc»"  ⟦aws-secret|secret in a PowerShell script⟧
aws s3 sync "D:\Archive\$Build\Symbols" "s3://hvi-symbols-736104982357/ironbloom/$Build/" --only-show-errors
"""),
    ("encoded/rclone-remote-url.txt", r"""
# remote exported from the old render-burst script (percent-encoded for the URL form)
:s3,provider=AWS,access_key_id=«akid:renderburst»:  ⟦aws-key-id|key id in an rclone remote string⟧
secret=«pct:awssec:renderburst»  ⟦aws-percent|percent-encoded secret alone on its line⟧
"""),
    ("logs/codebuild-symbols-1184.log", r"""
[Container] 2026/10/12 07:41:09.511 Running command env | sort
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/«uuid:cbcreds»  ⟪container credentials path⟫
AWS_ACCESS_KEY_ID=«asia:cbdebug»  ⟦aws-key-id|temporary key id in a build log⟧
AWS_SECRET_ACCESS_KEY=«awssec:cbdebug»  ⟦aws-secret|temporary secret in a build log⟧
AWS_SESSION_TOKEN=«stok:cbdebug»  ⟦aws-session-token|session token in a build log⟧
CODEBUILD_BUILD_ID=symbols:«uuid:cbbuild»
[Container] 2026/10/12 07:41:09.602 Phase complete: BUILD State: SUCCEEDED
"""),
    ("keys/cloudfront/pk-launcher-2026.pem", r"""
«pem:pkcs1:rsacdn»  ⟦private-key|CloudFront signed-URL private key⟧
"""),
    ("keys/cloudfront/public_key.pem", r"""
«pubpem:rsacdn»  ⟪public key PEM⟫
"""),
    ("keys/tls/hearth.halverine.games.crt", r"""
«cert:echearthtls:hearth.halverine.games»  ⟪certificate⟫
"""),
    ("keys/tls/hearth.halverine.games.key", r"""
«pem:pkcs8:echearthtls»  ⟦private-key|TLS private key⟧
"""),
    ("keys/ivs/playback-private.pem", r"""
«pem:trad:ecivsplay»  ⟦private-key|IVS playback authorization private key⟧
"""),
    ("scripts/rotate_iam_keys.sh", r"""
#!/bin/bash
# rotate the render-farm portal key; the old one stays active for 24h
OLD_KEY=«akid:deadlineportal»  ⟦aws-key-id|key id in a rotation script⟧
aws iam create-access-key --user-name deadline-portal > /tmp/new-key.json
aws iam update-access-key --user-name deadline-portal --access-key-id "$OLD_KEY" --status Inactive
"""),
    ("scripts/restore_hearth_snapshot.sh", r"""
#!/bin/bash
set -euo pipefail
SNAP=${1:?snapshot id}
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier hearth-restore --snapshot-identifier "$SNAP" --engine aurora-postgresql
PGPASSWORD='«pwc:hearthmaster»' psql -h hearth-restore.cluster-c9v1xk2m7qd4.us-east-1.rds.amazonaws.com -U hearth_admin -d hearth -f scripts/sql/post-restore.sql  ⟦password|PGPASSWORD in a restore script⟧
"""),
    ("scripts/sql/roles.sql", r"""
CREATE ROLE liveops_ro LOGIN PASSWORD '«pwn:hearthro»';  ⟦password|CREATE ROLE password⟧
ALTER ROLE economy_svc WITH PASSWORD '«pwx:econsvc»';  ⟦password|ALTER ROLE password⟧
CREATE ROLE grafana LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scramsalt»$«b64k:32-scramkey»:«b64k:32-scramsrv»';  ⟪SCRAM verifier⟫
GRANT SELECT ON ALL TABLES IN SCHEMA public TO liveops_ro;
"""),
    ("scripts/ivs_restream.sh", r"""
#!/bin/bash
# restream the Ironbloom cup to Twitch and IVS from the Austin production PC
ffmpeg -i srt://0.0.0.0:9000?mode=listener -c copy -f flv "rtmps://«lo:12-ivsingest».global-contribute.live-video.net:443/app/«ivs:showcase-us-east-1»"  ⟦app-secret|IVS stream key in an ingest URL⟧
"""),
    ("scripts/seed_playfab.py", r"""
import requests

TITLE = "«playfabtitle:tidefall»"
SECRET = "«playfab:tidefall»"  ⟦app-secret|PlayFab secret key in a seeding script⟧

r = requests.post(f"https://{TITLE}.playfabapi.com/Admin/SetTitleData",
                  headers={"X-SecretKey": SECRET}, json={"Key": "season", "Value": "7"}, timeout=30)
r.raise_for_status()
"""),
    ("docs/runbooks/gamelift-fleet-rollout.md", r"""
# GameLift fleet rollout (Ironbloom)

1. Upload the server build from the Jenkins artifact: `aws gamelift upload-build ...` (role `gamelift-deployer`).  ⟪role name⟫
2. Create the new fleet from `infra/cfn/gamelift-ironbloom.yaml`; the EOS server secret comes from `anvil/eos` in Secrets Manager.  ⟪pointer to a vault⟫
3. If EOS rejects the server (error `EOS_InvalidCredentials`), check the artifact line in DedicatedServerEngine.ini: the live server secret is `«eossec:ibserver»`.  ⟦app-secret|EOS server secret quoted in a runbook⟧
4. Swap the alias, watch `ActiveGameSessions` on the old fleet drain.
5. BattlEye RCon on the fleets answers to `«rconpw:battleyelive»` (port 2306).  ⟦password|RCon password quoted in a runbook⟧
"""),
    ("docs/runbooks/perforce-failover.md", r"""
# Perforce failover (commit server to standby)

- Standby: `p4-standby.halverine.net` (us-east-2b). Journal replication is `svc-replica`.
- Log in as super on the standby: `p4 -u super login` and use `«pwx:p4super»`.  ⟦password|Perforce super password in a runbook⟧
- `p4 failover -y -m "commit down"` then repoint `p4.halverine.net` in Route 53.
- Build agents keep their tickets; Swarm needs a new ticket (`p4 -u swarm login -a -p`).
- Horde's `svc-horde` password is in Horde globals (see ci/horde/server/globals.json), rotate after failover.
"""),
    ("docs/runbooks/launch-day.md", r"""
# Tidefall PC launch day (Austin war room)

- Steam: publish the default branch from the partner site; builder account `hvi_builder`, password `«pwc:steambuilder»` (Steam Guard on the build-farm phone).  ⟦password|Steam builder password in a runbook⟧
- PlayFab: raise title API limits; admin calls use the title secret key from Secrets Manager `tidefall/playfab`.  ⟪pointer to a vault⟫
- Discord: post to #announcements with the heralds bot; if the bot is down, use the webhook `«discordhook:announce»`.  ⟦discord|Discord webhook in a runbook⟧
- Status page: statuspage.io component ids in the dashboard, not secret.
"""),
    ("docs/onboarding/build-engineer.md", r"""
# Onboarding - build engineering

Welcome to anvil! Your first week:

1. Perforce: you get a standard user; the first-login password is `«pwc:p4firstlogin»` and p4d forces a change.  ⟦?password|first-login password in an onboarding document⟧
2. Jenkins and TeamCity use the studio SSO.
3. Build-agent local admin is `hvi-local`; the password is in 1Password (vault "Build Farm"), never in chat.  ⟪pointer to a vault⟫
4. Incredibuild coordinator UI: http://mtl-ibc-01:31104 (SSO).
"""),
    ("docs/postmortems/2026-09-ironbloom-login-outage.md", r"""
# Postmortem: Ironbloom login outage, 2026-09-14 (47 min)

Summary: hearth rejected Epic logins after the EOS client credentials for the ecommerce client were rotated in
the developer portal but not in the entitlement-sync Lambda.

Timeline (UTC)
- 17:02 rotation in the EOS dev portal; new secret pasted in #liveops by mistake: `«eossec:ecom»`  ⟦app-secret|EOS client secret pasted in a postmortem⟧
- 17:09 login errors climb (EOS_Auth_InvalidToken)
- 17:49 Lambda environment updated, errors clear

Action items: move the EOS secrets to Secrets Manager (HVI-3350); rotate the secret above (done 09-15).
"""),
    ("docs/secrets-policy.md", r"""
# Secrets at Halverine

- AWS: SSO only. Long-lived IAM keys need a ticket with an expiry (the IAM key report is reviewed monthly).
- Game and platform secrets: Secrets Manager under `<service>/<env>/<name>`, read by IAM role; example: `hearth/live/steam`.  ⟪secret name⟫
- Never paste keys in Slack or Discord; use `op://Build Farm/steam-builder/password` links.  ⟪1Password reference⟫
- Client-shipped ids (Steam app id, EOS product/sandbox/deployment ids, PlayFab title id, Firebase keys) are not secrets.
"""),
    ("tickets/IB-4412.json", r"""
{
  "key": "IB-4412",
  "fields": {
    "summary": "Playtest EU #3 server rejects admin login",
    "reporter": {"displayName": "Emeka Obi"},
    "description": "Admin password on the EU #3 box is «pwc:ibadmin» per the server Game.ini; console says 'invalid admin'. Join password «rconpw:playtesteu» works.",  ⟦password|server admin password in a Jira description⟧
    "status": {"name": "Open"},
    "customfield_10020": [{"id": 412, "name": "IB Sprint 88"}]
  }
}
"""),
    ("tickets/INC0098812.txt", r"""
Number: INC0098812
Short description: LingoForge cannot download string tables (403)
Caller: Luc Tremblay (Localisation)
Work notes:
2026-10-06 14:12 - Vendor is still on the old IAM user. Key id «akid:lingoforge» is the one in their tool.  ⟦aws-key-id|key id in a ServiceNow work note⟧
2026-10-06 14:40 - Vendor confirmed SFTP login halverine / «pwn:lingoforgesftp» works; moving them to Transfer Family.  ⟦password|vendor SFTP password in a work note⟧
State: Resolved
"""),
    ("tickets/zendesk-482117.json", r"""
{
  "ticket": {
    "id": 482117,
    "subject": "Can't log in after email change",
    "via": {"channel": "web"},
    "comments": [
      {"author": "player", "body": "I changed my email and now I can't get into my Halverine account."},
      {"author": "agent:soojin", "body": "I reset it - please log in with the temporary password «pwp:playertemp» and change it right away."}  ⟦?password|temporary password an agent gave a player⟧
    ],
    "tags": ["account_recovery", "ironbloom"]
  }
}
"""),
    ("chat/slack-buildfarm.json", r"""
[
  {"ts": "1790400112.000200", "user": "U05«up:8-u1»", "text": "steam upload failing again on MTL-BUILD-07, did someone change the builder password?"},
  {"ts": "1790400188.000300", "user": "U05«up:8-u2»", "text": "yes, it is «pwc:steambuilder» now, Steam Guard still on the phone"},  ⟦password|Steam builder password in Slack⟧
  {"ts": "1790400260.000400", "user": "U05«up:8-u1»", "text": "thx. also the horde agent token for the new KRK boxes?"},
  {"ts": "1790400301.000500", "user": "U05«up:8-u2»", "text": "«b62:64-hordeagent»"},  ⟦app-secret|Horde agent token in Slack⟧
  {"ts": "1790400344.000600", "user": "U05«up:8-u3»", "text": "pls use the vault next time :upside_down_face: it is in anvil/horde"}
]
"""),
    ("chat/discord-mod-channel.json", r"""
{
  "guild": "Halverine Community",
  "channel": "mod-leads",
  "messages": [
    {"author": "Nyx (mod lead)", "content": "new mod bot is up, token if you need to restart it: «discord:modbot»"},  ⟦discord|Discord bot token in a Discord export⟧
    {"author": "Halverine | Oksana", "content": "please delete that and DM me, I will rotate it"},
    {"author": "Nyx (mod lead)", "content": "sorry! deleted"}
  ]
}
"""),
    ("chat/teams-krakow.html", r"""
<html><body>
<div class="message"><span class="from">Agnieszka</span> <span class="time">10:14</span><p>PixelForge says the VPN account pf-qa01 is locked</p></div>
<div class="message"><span class="from">Krzysztof</span> <span class="time">10:16</span><p>unlocked, password is still <b>«pwn:pfvpn»</b></p></div>  ⟦password|VPN password in a Teams export⟧
<div class="message"><span class="from">Agnieszka</span> <span class="time">10:17</span><p>dzięki!</p></div>
</body></html>
"""),
    ("chat/kakaotalk-seoul.txt", r"""
2026년 10월 8일 오후 3:02, 지우 : 랜턴폴 플레이테스트 DB 비번 뭐였지?
2026년 10월 8일 오후 3:03, 민서 : «pwp:lfplaytest»  ⟦password|database password in a KakaoTalk export⟧
2026년 10월 8일 오후 3:03, 민서 : 끝나면 바꿀게요
2026년 10월 8일 오후 3:05, 지우 : 네이버 로그인 시크릿도 부탁 «b62:10-naversec»  ⟦app-secret|Naver client secret in a KakaoTalk export⟧
"""),
    ("mail/lingoforge-onboarding.eml", r"""
From: Luc Tremblay <luc.tremblay@halverine.games>
To: pm@lingoforge.eu
Subject: Ironbloom S8 strings - access
Date: Tue, 06 Oct 2026 09:41:12 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi Marta,

Your SFTP account for the S8 string tables is ready:
  host: sftp.halverine.games
  user: lingoforge
  key: the public key you sent us (no password)
Crowdin invites went out separately. For the glossary API please use this token: «crowdin:vendor»  ⟦app-secret|Crowdin token in a vendor e-mail⟧

Luc
"""),
    ("mail/mocap-vendor.eml", r"""
From: Brandon Hale <brandon.hale@halverine.games>
To: ops@northlight-mocap.com
Subject: Stage NAS access for the October shoot
Date: Thu, 01 Oct 2026 16:20:03 -0400
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Hi team, for the October block you can pull takes from \\mtl-mocap-nas01\takes with STUDIO\stage / «pwp:mocapnas».  ⟦password|NAS password in a vendor e-mail⟧
The stage Wi-Fi is HVI-STAGE, passphrase «wifipsk:mocapstage».  ⟦password|stage Wi-Fi passphrase in a vendor e-mail⟧

Brandon
"""),
    ("logs/gameserver-ironbloom-euc1.log", r"""
[2026.10.11-18.02.11:412][  0]LogInit: Build: ++Ironbloom+Release-0.31-CL-418220
[2026.10.11-18.02.11:415][  0]LogInit: Command Line: -log -port=7777 -EOSArtifactName=IronbloomLive -EOSClientSecret=«eossec:ibserver» -NOSTEAM  ⟦app-secret|EOS server secret echoed in a server log⟧
[2026.10.11-18.02.12:020][  0]LogEOS: Initialized, ProductId=«eosid:product», DeploymentId=«eosid:deploylive»  ⟪EOS ids⟫
[2026.10.11-18.02.12:322][  0]LogIBHearth: Server token «tail:b62:48-gshearth»  ⟪masked token tail⟫
[2026.10.11-18.02.14:901][  0]LogBattlEye: RCon listening on 0.0.0.0:2306
"""),
    ("logs/cloudtrail-2026-10-02.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-10-02T03:14:08Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "awsRegion": "us-east-1", "sourceIPAddress": "185.«num:2-ctip».41.9", "userIdentity": {"type": "IAMUser", "principalId": "«aida:audio»", "accessKeyId": "«akid:audio»", "userName": "svc-audio-hotfix"}, "requestID": "«up:16-ctreq1»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
 {"eventVersion": "1.09", "eventTime": "2026-10-02T03:15:40Z", "eventSource": "s3.amazonaws.com", "eventName": "ListBuckets", "awsRegion": "us-east-1", "sourceIPAddress": "185.«num:2-ctip».41.9", "userIdentity": {"type": "IAMUser", "principalId": "«aida:mocap»", "accessKeyId": "«akid:mocapnas»", "userName": "svc-mocap-backup"}, "requestID": "«up:16-ctreq2»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
 {"eventVersion": "1.09", "eventTime": "2026-10-02T03:16:02Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole", "awsRegion": "us-east-1", "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:liveops»:genevieve"}, "requestID": "«uuid:ctreq3»"}  ⟪role unique id⟫
]}
"""),
    ("logs/alb-webshop-2026-10-03.log", r"""
https 2026-10-03T11:22:41.118Z app/webshop-live/«hex:16-albid» 203.0.113.41:51422 10.30.2.18:3000 0.001 0.042 0.000 200 200 412 1893 "GET https://store.halverine.games:443/api/receipt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:webshopsign»%2F20261003%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261003T112241Z&X-Amz-Expires=300&X-Amz-Signature=«hex:64-presig» HTTP/1.1" "Mozilla/5.0" - -  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-10-03T11:22:44.511Z app/webshop-live/«hex:16-albid» 203.0.113.77:40112 10.30.2.19:3000 0.001 0.012 0.000 200 200 388 5121 "GET https://store.halverine.games:443/bundles/season-8 HTTP/1.1" "Mozilla/5.0" - -
"""),
    ("logs/jenkins-ue5-418220.log", r"""
Started by timer
Running on MTL-BUILD-07 in D:\jenkins\ws\ironbloom-release
[Pipeline] withCredentials
Masking supported pattern matches of %SP%
[Pipeline] bat
D:\jenkins\ws> steamcmd +login hvi_builder **** +run_app_build steam\app_build_1842270.vdf +quit  ⟪masked password⟫
[Pipeline] bat
D:\jenkins\ws> set STEAM_PASS=«pwc:steambuilder» && steamcmd +login hvi_builder %STEAM_PASS% +quit  ⟦password|unmasked password in a Jenkins console log⟧
Logging in user 'hvi_builder' to Steam Public...OK
Finished: SUCCESS
"""),
    ("logs/teamcity-agent-sel03.log", r"""
[2026-10-09 04:11:02,118]   INFO -    jetbrains.buildServer.AGENT - Registering on server https://teamcity.sel.halverine.net, AgentDetails{name='SEL-BUILD-03', authToken='***'}  ⟪masked token⟫
[2026-10-09 04:11:03,502]   INFO -    jetbrains.buildServer.AGENT - Agent authorized
[2026-10-09 04:12:44,017]  WARN - rverCommunication.HttpClient - REST call used token «teamcity:minseo»  ⟦app-secret|TeamCity access token in an agent log⟧
"""),
    ("logs/crash-report-8842.json", r"""
{
  "crash_id": "«uuid:crash8842»",
  "platform": "Win64",
  "build": "0.31-CL-418220",
  "callstack": ["IronbloomClient!UIBInventory::Apply()", "IronbloomClient!FHearthClient::OnResponse()"],
  "attributes": {
    "hearth.endpoint": "https://hearth.halverine.games",
    "env.HVI_DEV_OVERRIDE_TOKEN": "«jwt:devoverride»",  ⟦jwt|developer override JWT captured in a crash report⟧
    "gpu": "NVIDIA GeForce RTX 4070"
  },
  "minidump_sha256": "«sha256:minidump»"  ⟪dump hash⟫
}
"""),
    ("dumps/hearth-players-extract.csv", r"""
player_id,display_name,email,password_hash,created
«uuid:pl1»,Vexx,vexx@mail.ca,«bcrypt:pl1»,2026-03-01  ⟪bcrypt hash⟫
«uuid:pl2»,aurora_gg,aurora@mail.kr,«bcrypt:pl2»,2026-03-02  ⟪bcrypt hash⟫
"""),
    ("dumps/webshop-2026-10-01.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.39, for Linux (x86_64)
-- Host: webshop-legacy    Database: shop
CREATE TABLE `integrations` (`name` varchar(64), `config` json);
INSERT INTO `integrations` VALUES ('xsolla','{\"merchant_id\":«num:6-xsmerchant»,\"api_key\":\"«xsolla:legacy»\"}');  ⟦app-secret|Xsolla API key in a MySQL dump⟧
INSERT INTO `integrations` VALUES ('tebex','{\"secret\":\"«hex:40-tebex»\"}');  ⟦app-secret|Tebex secret in a MySQL dump⟧
INSERT INTO `integrations` VALUES ('paypal','{\"client_id\":\"A«b62:79-ppclient»\",\"mode\":\"live\"}');  ⟪PayPal client id⟫
"""),
    ("dumps/hearth-config.copy.sql", r"""
COPY public.service_config (service, key, value) FROM stdin;
friends	steam_web_api_key	«steamkey:friendsweb»  ⟦app-secret|Steam key in a PostgreSQL COPY dump⟧
friends	presence_ttl	90
lodestar	vivox_issuer	halverine-ironbloom-live
lodestar	vivox_key	«vivox:live»  ⟦app-secret|Vivox key in a PostgreSQL COPY dump⟧
\.
"""),
    ("encoded/ci-credentials.b64", r"""
«b64:credini:buildci»  ⟦aws-b64|whole base64-encoded credentials file⟧
"""),
    ("encoded/support-widget.json", r"""
{"widget": "helpdesk", "config": "«uesc:zendesk:widget»"}  ⟦app-secret|\uXXXX-escaped Zendesk token⟧
"""),
    ("encoded/bugreport-form.txt", r"""
POST /submit HTTP/1.1
Host: bugs.halverine.games
Content-Type: application/x-www-form-urlencoded

build=0.31-CL-418220&platform=Win64&aws_key=«akid:bugform»&aws_secret=«pct:awssec:bugform»&desc=upload+fails  ⟦aws-key-id|form body with a key id and percent-encoded secret⟧
"""),
    ("encoded/launcher-cache.json", r"""
{"version": 3, "profile": "release-pc", "blob": "«b64b64:awssec:launcherpc»"}  ⟦aws-b64|double base64 secret⟧
"""),
    ("encoded/buildfarm-env.hex", r"""
# xxd -p of the env file that shipped in the QA build (HVI-3412)
«hexenc:awssec:qabuild»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("encoded/jsonesc-event.json", r"""
{"detail-type": "config-change", "detail": "{\"service\":\"beacon\",\"env\":{\"AWS_ACCESS_KEY_ID\":\"«akid:beaconevt»\",\"AWS_SECRET_ACCESS_KEY\":\"«jsonesc:awssec:beaconevt»\"}}"}  ⟦aws-key-id|JSON-in-JSON key pair⟧
"""),
    ("reports/iam-credential-report.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_used_date
svc-audio-hotfix,arn:aws:iam::418273650921:user/svc-audio-hotfix,true,«akid:audio»,2026-10-02T03:14:00+00:00  ⟦aws-key-id|active key id in a credential report⟧
deadline-portal,arn:aws:iam::736104982357:user/deadline-portal,true,«akid:deadlineportal»,2026-10-04T11:00:00+00:00  ⟦aws-key-id|active key id in a credential report⟧
vendor-lingoforge,arn:aws:iam::604917283540:user/vendor-lingoforge,false,«akid:lingoforgeold»,2026-06-30T09:00:00+00:00  ⟦?aws-key-id|inactive key id in a credential report⟧
svc-mocap-backup,arn:aws:iam::736104982357:user/svc-mocap-backup,true,AKIA****************,2026-10-02T03:15:00+00:00  ⟪masked key id⟫
"""),
    ("ops/pagerduty/services.yaml", r"""
services:
  - name: hearth-live
    escalation_policy: P«up:6-pdep»  ⟪escalation policy id⟫
    integration:
      type: events_api_v2
      routing_key: «pdkey:hearth»  ⟦pagerduty|PagerDuty routing key⟧
  - name: gamelift-fleets
    escalation_policy: P«up:6-pdep»
    integration:
      type: cloudwatch
"""),
    ("ops/vault/approle-anvil.env", r"""
VAULT_ADDR=https://vault.halverine.net:8200
VAULT_ROLE_ID=«uuid:approlerole»  ⟪AppRole role id⟫
VAULT_SECRET_ID=«uuid:approlesecret»  ⟦vault|Vault AppRole secret id⟧
"""),
    ("ops/sops/liveops.enc.yaml", r"""
steam_publisher_key: «sops:steam»  ⟪SOPS value⟫
eos_server_secret: «sops:eos»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:us-east-1:418273650921:key/«uuid:kmssops»
      enc: «kms:sopsdk»  ⟪KMS data key⟫
  mac: «sops:mac»  ⟪SOPS MAC⟫
  version: 3.9.0
"""),
    ("ops/statuspage/components.json", r"""
{
  "page_id": "«lo:12-sppage»",
  "api_key": "«uuid:statuspage»",  ⟦app-secret|Statuspage API key⟧
  "components": {"login": "«lo:12-spc1»", "matchmaking": "«lo:12-spc2»", "store": "«lo:12-spc3»"}
}
"""),
    ("ops/newrelic/newrelic.yml", r"""
common: &default_settings
  license_key: «nrlic:webshop»  ⟦newrelic|New Relic licence key⟧
  app_name: webshop-live
  distributed_tracing:
    enabled: true
"""),
]
