"""fresh12 templates, operations (Brightwater Media): home directories (AWS, Akamai .edgerc, SSH, App Store
Connect keys, Gradle, gh, netrc, pgpass, docker, my.cnf, rclone, s3cmd, kubeconfig, Vault and Terraform Cloud
tokens, a PuTTY registry export, a broadcast engineer's notes), scripts and crontab, runbooks, onboarding, ADR,
postmortem, a vendor e-mail, chat exports (Slack JSON and text, Mattermost JSONL, Zoom chat), tickets (Jira,
Zendesk, ServiceNow CSV, Linear), logs (Wowza, CloudFront, app, CodeBuild, MediaLive, CloudTrail, ALB), dumps
(PostgreSQL, MySQL, Redis MONITOR), a KeePass XML export, a shared-logins CSV, encoded leftovers, a HAR file,
an Insomnia export, a REST Client file, TLS and SSH keys.
Markers: render.py and README.md."""

FILES = [
    ("home/dmitri/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:dmitri»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:dmitri»  ⟦aws-secret|default profile secret⟧

[live-break-glass]
aws_access_key_id = «asia:dmitribg»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:dmitribg»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:dmitribg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack test/test⟫
aws_secret_access_key = test
"""),
    ("home/dmitri/.aws/config", r"""
[default]
region = us-east-1

[profile live-prod]
sso_session = bwm
sso_account_id = 418273659021  ⟪account id⟫
sso_role_name = LiveOpsAdmin
region = us-east-1

[sso-session bwm]
sso_start_url = https://brightwater.awsapps.com/start
sso_region = us-east-1

[profile facility]
credential_process = /opt/homebrew/bin/aws-vault export --format=json facility  ⟪credential_process⟫
"""),
    ("home/dmitri/.bash_history", r"""
aws medialive list-channels --query 'Channels[].{n:Name,s:State}' --output table
aws medialive start-channel --channel-id «num:7-mlchan»  ⟪channel id⟫
curl --digest -u bwadmin:«pwc:wowzaadmin» http://wowza-origin.bwm-media.net:8087/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live/instances/_definst_/incomingstreams  ⟦password|Wowza admin password in curl -u⟧
kcat -b b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096 -X security.protocol=SASL_SSL -X sasl.mechanisms=SCRAM-SHA-512 -X sasl.username=beacon-producer -X sasl.password=«pwx:scramprod» -t player.heartbeat -C -c 5  ⟦password|kcat SCRAM password⟧
ffplay "srt://news24-backup.live.bwm-media.net:5000?passphrase=«pct:pwx:srtnews24»"  ⟦password|SRT passphrase in ffplay⟧
aws secretsmanager get-secret-value --secret-id live/partner-rtmp --query SecretString --output text  ⟪secret lookup⟫
history -c
"""),
    ("home/dmitri/.edgerc", r"""
[default]
client_secret = «b64k:32-tfcs»  ⟦app-secret|EdgeGrid client secret in .edgerc⟧
host = akab-«lo:16-tfakhost»-«lo:16-tfakhost2».luna.akamaiapis.net
access_token = «akab:tfat»  ⟦app-secret|EdgeGrid access token in .edgerc⟧
client_token = «akab:tfct»  ⟦?app-secret|EdgeGrid client token in .edgerc⟧

[ccu]
client_secret = «b64k:32-purgecs»  ⟦app-secret|purge client secret in .edgerc⟧
host = akab-«lo:16-akhost»-«lo:16-akhost2».purge.akamaiapis.net
access_token = «akab:purgeat»  ⟦app-secret|purge access token in .edgerc⟧
client_token = «akab:purgect»  ⟦?app-secret|purge client token in .edgerc⟧
"""),
    ("home/dmitri/.ssh/id_ed25519", r"""
«openssh:eddmitri:dmitri@bw-liveops-mbp»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/dmitri/.ssh/id_ed25519.pub", r"""
«sshpub:eddmitri:dmitri@bw-liveops-mbp»  ⟪SSH public key⟫
"""),
    ("home/dmitri/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» «sshpub:edbastion:»  ⟪hashed known_hosts entry⟫
"""),
    ("home/hyejin/.zsh_history", r"""
: 1764412001:0;bundle exec fastlane ios beta
: 1764412390:0;FASTLANE_PASSWORD='«pwc:appleid»' bundle exec fastlane spaceauth -u appstore@brightwater.tv  ⟦password|Apple ID password inline in zsh history⟧
: 1764412877:0;keytool -list -v -keystore upload.jks -storepass «pwn:androidks»  ⟦password|keytool -storepass⟧
: 1764413002:0;adb -s 10.70.3.52:5555 install -r app-release.apk
: 1764413120:0;export ASC_KEY_PATH=~/.appstoreconnect/private_keys/AuthKey_7QK2M9XF4D.p8
"""),
    ("home/hyejin/.appstoreconnect/private_keys/AuthKey_7QK2M9XF4D.p8", r"""
«pem:pkcs8:ecasc»  ⟦private-key|App Store Connect API key in the home directory⟧
"""),
    ("home/hyejin/.config/gh/hosts.yml", r"""
github.com:
    users:
        hyejin-bwm:
            oauth_token: «gho:hyejin»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
    user: hyejin-bwm
"""),
    ("home/oskar/.netrc", r"""
machine nexus.bwm-media.net
  login android-ci
  password «pwx:nexusandroid»  ⟦password|Nexus password in .netrc⟧
machine api.github.com
  login oskar-bwm
  password «ghfg:oskar»  ⟦github|fine-grained GitHub token in .netrc⟧
"""),
    ("home/oskar/.pgpass", r"""
paywall.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com:5432:paywall:paywall_app:«pwx:paywalldb»  ⟦password|.pgpass line⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/oskar/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {"auth": "«dockerauth:oskar»"},  ⟦docker-hub|base64 user:token in docker config⟧
    "702164839517.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credsStore": "osxkeychain"
}
"""),
    ("home/thandiwe/.my.cnf", r"""
[client]
host=harbor.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com
user=thandiwe
password=«pwn:thandiwemysql»  ⟦password|.my.cnf client password⟧
ssl-mode=REQUIRED
"""),
    ("home/thandiwe/.config/rclone/rclone.conf", r"""
[archive]
type = s3
provider = AWS
access_key_id = «akid:rclone»  ⟦aws-key-id|rclone S3 access key⟧
secret_access_key = «awssec:rclone»  ⟦aws-secret|rclone S3 secret⟧
region = us-east-1

[mam-sftp]
type = sftp
host = mam-nas01.fac.bwm.local
user = svc-mam
pass = «urlsafe:30-rcloneobscured»  ⟦?password|rclone-obscured password (reversible without a key)⟧
"""),
    ("home/thandiwe/.s3cfg", r"""
[default]
access_key = «akid:s3cmd»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:s3cmd»  ⟦aws-secret|s3cmd secret key⟧
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
"""),
    ("home/lorcan/Documents/facility-notes.txt", r"""
ATL facility - things I always forget
=====================================
router control (NV9000): 10.20.3.5, login ctrl / «pw6:routerctl»  ⟦password|router control password in personal notes⟧
intercom frames: admin / «pw6:intercomadmin»  ⟦password|intercom password in personal notes⟧
PTZ ops account: ptzop «pwn:ptzop»  ⟦password|PTZ password in notes⟧
multiviewers: no password (!) - ticket FAC-311 open
teleprompter PCs: local admin is in the vault, ask Marisol
"""),
    ("home/lorcan/putty-sessions.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\atl-core-sw01]
"HostName"="10.20.0.2"
"Protocol"="ssh"
"UserName"="noc"
"ProxyMethod"=dword:00000005
"ProxyHost"="jump.fac.bwm.local"
"ProxyUsername"="lorcan"
"ProxyPassword"="«pwn:lorcanjump»"  ⟦password|PuTTY ProxyPassword in a registry export⟧

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\enc-atl-01-bmc]
"HostName"="10.20.9.11"
"Protocol"="ssh"
"UserName"="ADMIN"
"""),
    ("home/marisol/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: bwm-media-use1
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 CA certificate⟫
  - name: fac-k3s
    cluster:
      server: https://10.20.7.10:6443
      insecure-skip-tls-verify: true
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, bwm-media-use1]  ⟪exec plugin⟫
  - name: fac-admin
    user:
      token: «b62:48-k3stoken»  ⟦app-secret|static bearer token for the facility k3s⟧
contexts:
  - {name: eks, context: {cluster: bwm-media-use1, user: eks}}
  - {name: fac, context: {cluster: fac-k3s, user: fac-admin}}
current-context: eks
"""),
    ("home/marisol/.vault-token", r"""
«hvs:marisol»  ⟦vault|Vault token file⟧
"""),
    ("home/marisol/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:marisol»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("scripts/rotate-conviva-key.sh", r"""
#!/usr/bin/env bash
# LIVEOPS-1882: rotate the Conviva exporter key; the vendor still runs the old one until they redeploy
set -euo pipefail
OLD_KEY_ID=«akid:conviva»  ⟦aws-key-id|old key id in a rotation script⟧
aws iam create-access-key --user-name vendor-conviva-export > /tmp/new-key.json
aws iam update-access-key --user-name vendor-conviva-export --access-key-id "$OLD_KEY_ID" --status Inactive
jq -r '.AccessKey | "\(.AccessKeyId) \(.SecretAccessKey)"' /tmp/new-key.json  ⟪jq expression⟫
"""),
    ("scripts/restore-cms-db.sh", r"""
#!/bin/bash
# restore last night's anchor dump into the preview cluster
set -e
aws s3 cp s3://bwm-cms-backups-418273659021/anchor/latest.sql.gz - | gunzip | \
  mysql -h anchor-preview.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com -u anchor_wp -p'«pwc:cmspreview»' anchor  ⟦password|mysql -p password in a restore script⟧
"""),
    ("ops/crontab.liveops", r"""
MAILTO=liveops@brightwater.tv
# m h dom mon dow command
15 3 * * * PGPASSWORD='«pwx:paywalldb»' pg_dump -h paywall.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com -U paywall_app paywall | gzip > /backups/paywall-$(date +\%F).sql.gz  ⟦password|PGPASSWORD in a crontab line⟧
30 3 * * * AWS_ACCESS_KEY_ID=«akid:cronbackup» AWS_SECRET_ACCESS_KEY=«awssec:cronbackup» aws s3 sync /backups s3://bwm-db-backups-702164839517/liveops/  ⟦aws-key-id|key pair in one crontab line⟧
*/5 * * * * /opt/liveops/bin/check-inputs.sh >/dev/null 2>&1
"""),
    ("docs/runbooks/live-event-checklist.md", r"""
# Live event checklist (tentpoles, elections, esports)

1. T-60: start the MediaLive channel (`aws medialive start-channel --channel-id <id>`). Channel ids are in the
   live-ops dashboard.
2. T-45: confirm the facility feeds: RTMP primary to Wowza, SRT backup to MediaConnect.
3. T-30: simulcast destinations:

| destination | server | key / credential |
|---|---|---|
| YouTube (BW News) | rtmp://a.rtmp.youtube.com/live2 | `«ytkey:news24»` |  ⟦app-secret|YouTube stream key in a runbook table⟧
| Facebook (election night) | rtmps://live-api-s.facebook.com:443/rtmp | `«fbkey:election»` |  ⟦app-secret|Facebook stream key in a runbook table⟧
| partner OTT | rtmp://ingest.partner-ott.net/live | bwm-push / `«pp:partnerrtmp»` |  ⟦password|partner RTMP password in a runbook table⟧
| Twitch (esports) | auto | from Secrets Manager `live/esports/twitch-stream-key` |  ⟪secret name⟫

4. T-15: the SRT passphrase for field kits is `«pwx:srtcontrib»` (same for all kits this season).  ⟦password|SRT passphrase in a runbook sentence⟧
5. T-0: go. If the primary drops for more than 5 s MediaLive fails over by itself; do not touch it.
"""),
    ("docs/runbooks/drm-key-rotation.md", r"""
# Rotating the DRM provider credentials

Widevine signing key and IV come from Google as a pair; FairPlay ASK and key from the Apple FPS portal.

```sh
aws secretsmanager put-secret-value --secret-id lighthouse/widevine \
  --secret-string '{"signing_key":"«hex:64-wvsignnext»","signing_iv":"«hex:32-wvivnext»"}'  ⟦app-secret|next Widevine key pair pasted into a runbook⟧
aws ecs update-service --cluster lighthouse --service keyserver --force-new-deployment
```

Never paste the key in tickets; the values above are the *next* pair and must be deleted from this page after
the cut-over (2026-12-15). Staging uses the public `widevine_test` provider.
Reference for the current pair: `arn:aws:secretsmanager:us-east-1:418273659021:secret:lighthouse/widevine-«b62:6-wvarn»`.  ⟪Secrets Manager ARN⟫
"""),
    ("docs/runbooks/facility-failover.md", r"""
# Playout failover to the cloud DR node

When both BW1 playout servers are down in Atlanta:

1. Connect to the VPN (profile `bwm-fac`), RDP to `playout-dr.cloud.fac.bwm.local`.
2. Log in as `BWMCLOUD\Admin` with «pwl:managedad» if AD is reachable; otherwise the local admin in the vault.  ⟦password|Managed AD admin password in a runbook sentence⟧
3. Load today's schedule from the FTP drop (`playout-ftp` / see vault entry "Playout FTP").  ⟪vault reference⟫
4. Switch the MediaLive input of BW1 to `cloud-playout`.
"""),
    ("docs/onboarding/mobile.md", r"""
# Mobile team onboarding

- Xcode 15.4, Android Studio Koala, Node 20, Ruby 3.3 (rbenv).
- The shared App Store Connect account is appstore@brightwater.tv. Use your own Apple ID for TestFlight;
  the shared one is only for fastlane (its password: «pwc:appleid», 2FA goes to the mobile phone in the drawer).  ⟦password|shared Apple ID password in an onboarding doc⟧
- The match passphrase is in 1Password ("iOS match"). Do not copy it into `.env` files.  ⟪password manager reference⟫
- Roku dev boxes: `rokudev` / ask Hyejin. Samsung Tizen certificates are in `tv/tizen/*` in Secrets Manager.
"""),
    ("docs/adr/0042-cloudfront-signed-cookies.md", r"""
# ADR 0042: key groups instead of the root key pair for CloudFront signing

Status: accepted (2026-04-02)

We signed premium VOD URLs with a CloudFront key pair of the root user (`«apka:legacy»`). Key pairs need the
root user and cannot be rotated per distribution. We move to trusted key groups (`bwplus-premium`, public key
`«cfkid:signer2026»`) with the private key in Secrets Manager.  ⟪CloudFront key ids (public)⟫

The IAM key the old signer Lambda used, «akid:oldsigner», was deactivated the same day.  ⟦?aws-key-id|deactivated key id quoted in an ADR⟧
"""),
    ("docs/postmortems/2026-10-19-youtube-key-leak.md", r"""
# Postmortem: BW News stream key in a public repo (2026-10-19)

Impact: for 41 minutes an unknown party could push to our YouTube channel's secondary ingest. Nothing was
broadcast. The key (`«ytkey:leaked»`) was reset in YouTube Studio at 14:07 UTC.  ⟦?app-secret|revoked stream key quoted in a postmortem⟧

Root cause: a contractor committed `obs-profile.zip` to a public fork; the masked value in our alert was
`«head:ytkey:leaked»`.  ⟪masked key⟫

Actions: stream keys only in Secrets Manager (done), secret scanning on forks (LIVEOPS-2290).
"""),
    ("docs/vendor/akamai-welcome.eml", r"""
From: Akamai Provisioning <provisioning@akamai.com>
To: dmitri@brightwater.tv
Subject: Your Akamai Control Center account
Date: Tue, 14 Apr 2026 16:02:11 +0000
Message-ID: <«hex:24-akmsgid»@akamai.com>  ⟪message id⟫

Hello Dmitri,

your Control Center user dmitri.bwm has been created for contract ctr_«up:7-akctr».
Temporary password: «pwx:akamaitemp»  ⟦?password|temporary first-login password in a vendor e-mail⟧
You will be asked to change it at first login.

Akamai Provisioning
"""),
    ("chat/slack-live-ops-2026-11.json", r"""
[
  {"type": "message", "user": "U04QK7N2D1P", "ts": "1764338102.004519", "text": "partner says they never got the RTMP creds, resending: user bwm-push pass «pp:partnerrtmp»"},  ⟦password|partner RTMP password in Slack⟧
  {"type": "message", "user": "U02HJ9M4C7S", "ts": "1764338190.004700", "text": "ugh. also the encoder box in Kampala has static keys: «akid:kampala» / «awssec:kampala» - can someone rotate after the show"},  ⟦aws-key-id|key pair in one Slack message⟧
  {"type": "message", "user": "U04QK7N2D1P", "ts": "1764338244.004811", "text": "rotated, new one is «head:akid:kampalanew»... in the vault"},  ⟪masked key id⟫
  {"type": "message", "user": "U07B1X3Q9LM", "ts": "1764339001.005002", "text": "thread_ts for the runbook: 1764338102.004519"}
]
"""),
    ("chat/slack-newsroom-dm.txt", r"""
[2026-11-21 07:42] fenella: are you still locked out of anchor?
[2026-11-21 07:43] kwame: yes, the reset mail never arrives
[2026-11-21 07:44] fenella: use the desk account for now: newsdesk / «pwc:newsdeskwp»  ⟦password|CMS desk account password in a DM⟧
[2026-11-21 07:44] fenella: and change nothing in the homepage layout please
[2026-11-21 07:51] kwame: in, thanks
"""),
    ("chat/mattermost-broadcast-eng.jsonl", r"""
{"type":"post","post":{"channel":"broadcast-eng","user":"lorcan","create_at":1764152001223,"message":"intercom frame 2 reset to factory after the firmware update, I set admin back to «pw6:intercomadmin»"}}  ⟦password|intercom password in a Mattermost export⟧
{"type":"post","post":{"channel":"broadcast-eng","user":"esperanza","create_at":1764152203881,"message":"and the new PTZ in studio B? ONVIF user ptzop, pass «pwn:ptzop»"}}  ⟦password|PTZ password in a Mattermost export⟧
{"type":"post","post":{"channel":"broadcast-eng","user":"lorcan","create_at":1764152399010,"message":"ok. please stop posting passwords here, use the vault"}}
"""),
    ("chat/zoom-ott-launch-2026-11-03.txt", r"""
10:02:11 From  Oskar Lindqvist  to  Everyone:
	checkout is failing in prod, anyone with Stripe dashboard access?
10:03:40 From  Priyanka Rao  to  Everyone:
	use the restricted key from the CLI config for now: «rk:stripecli»  ⟦stripe|restricted live key pasted in a Zoom chat⟧
10:04:02 From  Oskar Lindqvist  to  Everyone:
	got it, thanks
"""),
    ("tickets/LIVEOPS-2231.md", r"""
## LIVEOPS-2231 SES SMTP for the newsroom alerting appliance

**Reporter:** Kwame Mensah  **Assignee:** Dmitri Volkov  **Status:** Done

The alerting appliance only speaks SMTP AUTH. Created the user via CloudFormation (`ses-smtp-notify`).

Settings for the appliance:
- server: email-smtp.us-east-1.amazonaws.com:587 (STARTTLS)
- user: «akid:sesnews»  ⟦aws-key-id|SES SMTP user in a ticket⟧
- password: «sesv4:sesnews»  ⟦aws-ses-smtp|SES SMTP password in a ticket⟧

> Comment (Marisol): please move this to the appliance's vault, tickets are readable by the whole company.
"""),
    ("tickets/zendesk-48812.json", r"""
{
  "ticket": {
    "id": 48812,
    "subject": "Roku channel certification - partner dashboard access",
    "status": "solved",
    "requester_id": «num:12-zdreq»,
    "comments": [
      {"author": "Hyejin Park", "public": false, "body": "Roku partner dashboard login for the cert team: partners@brightwater.tv / «pwc:rokupartner»"},  ⟦password|partner dashboard password in a Zendesk comment⟧
      {"author": "Roku Partner Success", "public": true, "body": "Thanks, certification started. Reference «up:12-rokuref»."}  ⟪vendor reference⟫
    ]
  }
}
"""),
    ("tickets/servicenow-export.csv", r"""
number,short_description,assignment_group,state,work_notes
INC0091822,"enc-atl-03 BMC unreachable",Broadcast Engineering,Resolved,"reset BMC, new ADMIN password «up:10-bmc3» set and put in the vault"  ⟦password|BMC password in a ServiceNow work note⟧
INC0091845,"Studio A jib camera offline",Broadcast Engineering,Resolved,"PoE port flapped, replaced patch lead"
INC0091871,"Wowza origin 2 high CPU",Live Ops,Closed,"transcoder profile for news24/remote fixed, see change CHG0033120"  ⟪change number⟫
"""),
    ("tickets/linear-ENG-1204.md", r"""
# ENG-1204 ad-hoc Flink cluster cannot checkpoint to S3

Stack trace says 403 on `PutObject`. Config on the box:

```
state.checkpoints.dir: s3://bwm-flink-state-530981274466/adhoc/checkpoints
s3.access-key: «akid:flinkadhoc»  ⟦aws-key-id|S3 key id pasted in a Linear issue⟧
s3.secret-key: «awssec:flinkadhoc»  ⟦aws-secret|S3 secret pasted in a Linear issue⟧
```

Cause: the IAM user's policy only allows the `sessionizer/` prefix. Fix: use the IRSA role instead of keys.
"""),
    ("logs/wowza/wowzastreamingengine_access.log", r"""
#Fields: date	time	tz	x-event	x-category	x-severity	x-status	x-ctx	x-comment	x-vhost	x-app	x-appinst	x-duration	s-ip	s-port	s-uri	c-ip	c-proto	c-referrer	c-user-agent	c-client-id
2026-11-30	14:00:02	UTC	connect	session	INFO	200	203.0.113.77	-	_defaultVHost_	live	_definst_	0.004	10.60.1.15	1935	rtmp://wowza-origin.bwm-media.net:1935/live?username=encoder1&password=«pw:wowzapublish»	203.0.113.77	rtmp	-	FMLE/3.0	«num:9-wzcid»  ⟦password|publish password in a Wowza access log URI⟧
2026-11-30	14:00:02	UTC	publish	stream	INFO	200	news24/primary	-	_defaultVHost_	live	_definst_	0.101	10.60.1.15	1935	rtmp://wowza-origin.bwm-media.net:1935/live	203.0.113.77	rtmp	-	FMLE/3.0	«num:9-wzcid»
2026-11-30	14:05:40	UTC	play	stream	INFO	200	news24/primary?wowzatokenhash=«urlsafe:32-wzhash»	-	_defaultVHost_	live	_definst_	0.322	10.60.1.15	443	https://wowza-origin.bwm-media.net/live/news24/primary/playlist.m3u8	198.51.100.140	http	-	AppleCoreMedia/1.0	«num:9-wzcid2»  ⟪SecureToken hash (per request)⟫
"""),
    ("logs/cloudfront/E3K7QX2M9VB1DT.2026-11-30-14.log", r"""
#Version: 1.0
#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query
2026-11-30	14:12:07	IAD89-P2	18422	198.51.100.23	GET	d1x9kq2v7m3b4n.cloudfront.net	/ep204/video_1080p/seg_00412.m4s	200	-	Mozilla/5.0	Policy=«b64k:120-cfpolicy»&Signature=«urlsafe:128-cfsig2»&Key-Pair-Id=«cfkid:signer2026»  ⟪signed-URL policy and signature (not secrets)⟫
2026-11-30	14:12:08	IAD89-P2	522	198.51.100.23	GET	d1x9kq2v7m3b4n.cloudfront.net	/ep204/manifest.mpd	403	-	Mozilla/5.0	-
"""),
    ("logs/paywall/app-2026-11-28.log", r"""
2026-11-28T09:14:02.118Z INFO  paywall.checkout started session=«uuid:chk1» plan=annual  ⟪session id⟫
2026-11-28T09:14:02.640Z ERROR paywall.stripe_client StripeError while creating session; client config={'api_base': 'https://api.stripe.com', 'api_key': '«sk:paywall»', 'max_network_retries': 2}  ⟦stripe|live Stripe key in an error log⟧
2026-11-28T09:14:02.641Z WARN  paywall.stripe_client key in use: «head:sk:paywall»  ⟪masked key⟫
2026-11-28T09:14:05.002Z INFO  paywall.checkout request_id=req_«b62:14-reqid» retried ok  ⟪request id⟫
"""),
    ("logs/codebuild/player-web-build-8812.log", r"""
[Container] 2026/11/27 16:20:44.101937 Running command env | sort
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/«uuid:cbcreds»  ⟪container credentials URI⟫
AWS_DEFAULT_REGION=us-east-1
CODEBUILD_BUILD_ID=player-web-build:«uuid:cbbuild»  ⟪build id⟫
NODE_ENV=production
NPM_TOKEN=«npm:playerweb»  ⟦npm|npm token printed by env in a build log⟧
[Container] 2026/11/27 16:20:44.204112 Running command npm ci
"""),
    ("logs/medialive/channel-alerts.json", r"""
{
  "version": "0",
  "id": "«uuid:mlalert»",  ⟪event id⟫
  "detail-type": "MediaLive Channel Alert",
  "source": "aws.medialive",
  "account": "418273659021",
  "time": "2026-11-30T14:03:11Z",
  "region": "us-east-1",
  "resources": ["arn:aws:medialive:us-east-1:418273659021:channel:«num:7-mlchan»"],
  "detail": {
    "alarm_state": "SET",
    "alarm_id": "«sha:mlalarm»",  ⟪alarm id⟫
    "alert_type": "RTMP Has No Audio/Video",
    "pipeline": "0",
    "channel_arn": "arn:aws:medialive:us-east-1:418273659021:channel:«num:7-mlchan»",
    "message": "Waiting for RTMP input"
  }
}
"""),
    ("logs/cloudtrail/2026-11-29-conviva.json", r"""
{
  "Records": [
    {
      "eventVersion": "1.09",
      "userIdentity": {
        "type": "IAMUser",
        "principalId": "«aida:conviva»",  ⟪IAM unique id⟫
        "arn": "arn:aws:iam::418273659021:user/vendor-conviva-export",
        "accountId": "418273659021",
        "accessKeyId": "«akid:conviva»",  ⟦aws-key-id|CloudTrail accessKeyId⟧
        "userName": "vendor-conviva-export"
      },
      "eventTime": "2026-11-29T03:12:44Z",
      "eventSource": "s3.amazonaws.com",
      "eventName": "PutObject",
      "sourceIPAddress": "34.201.88.17",
      "requestID": "«up:16-ctreq»",  ⟪request id⟫
      "eventID": "«uuid:ctevent»"  ⟪event id⟫
    }
  ]
}
"""),
    ("logs/alb/harbor-alb-2026-11-30.log", r"""
https 2026-11-30T10:01:22.118012Z app/harbor-alb/«hex:16-albid» 198.51.100.9:51832 10.60.4.21:8080 0.001 0.032 0.000 200 200 512 8841 "GET https://ads.harbor.bwm-media.net:443/creative/preview?src=https%3A%2F%2Fbwm-creatives-418273659021.s3.amazonaws.com%2Fq4%2Fpromo.mp4%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:creativepresign»%252F20261130%252Fus-east-1%252Fs3%252Faws4_request%26X-Amz-Signature%3D«hex:64-presig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-11-30T10:01:23.402977Z app/harbor-alb/«hex:16-albid» 198.51.100.9:51840 10.60.4.22:8080 0.001 0.004 0.000 204 204 301 0 "GET https://ads.harbor.bwm-media.net:443/imp?cb=«num:10-cb»&li=«num:7-lineitem» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
"""),
    ("dumps/paywall-partners.sql", r"""
--
-- PostgreSQL database dump
--
SET client_encoding = 'UTF8';

COPY public.partner_accounts (id, name, contact_email, api_token, webhook_secret, password_hash) FROM stdin;
1	Acme Telco Bundles	bundles@northline-telco.net	«b62:40-partnertok1»	«b62:32-partnerwh1»	«bcrypt:partner1»  ⟦app-secret|partner API token and webhook secret in a dump row⟧
2	Campus TV	ops@campustv.org	\N	\N	«bcrypt:partner2»  ⟪bcrypt hash⟫
\.

CREATE ROLE paywall_ro WITH LOGIN PASSWORD '«pwc:paywallro»';  ⟦password|CREATE ROLE password in a dump⟧
"""),
    ("dumps/anchor-options.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
-- Host: anchor-cms.cluster-c2mvx7kq9d1e.us-east-1.rds.amazonaws.com    Database: anchor
LOCK TABLES `bw_options` WRITE;
INSERT INTO `bw_options` VALUES (112,'siteurl','https://anchor.brightwater.tv','yes'),(113,'blogname','Brightwater News','yes');
INSERT INTO `bw_options` VALUES (981,'wp_mail_smtp','a:2:{s:4:\"mail\";a:1:{s:6:\"mailer\";s:4:\"smtp\";}s:4:\"smtp\";a:3:{s:4:\"host\";s:34:\"email-smtp.us-east-1.amazonaws.com\";s:4:\"user\";s:20:\"«akid:sesnews»\";s:4:\"pass\";s:44:\"«sesv4:sesnews»\";}}','yes');  ⟦aws-ses-smtp|SES SMTP user and password in a serialized option⟧
INSERT INTO `bw_users` VALUES (1,'newsdesk','$P$B«b62:31-phpass»','newsdesk','desk@brightwater.tv','',NOW(),'',0,'News Desk');  ⟪phpass hash⟫
UNLOCK TABLES;
"""),
    ("dumps/redis-monitor-harbor.txt", r"""
1764497001.118203 [0 10.60.4.21:41822] "AUTH" "default" "«pwr:harborredis»"  ⟦password|AUTH command in a Redis MONITOR capture⟧
1764497001.119004 [0 10.60.4.21:41822] "INCRBY" "fc:li:«num:7-lineitem»:u:«hex:16-fcuser»" "1"  ⟪frequency-cap key⟫
1764497001.119230 [0 10.60.4.21:41822] "EXPIRE" "fc:li:«num:7-lineitem»:u:«hex:16-fcuser»" "86400"
1764497001.131770 [0 10.60.4.22:41940] "GET" "pacing:li:«num:7-lineitem»"
"""),
    ("exports/keepass-facility.xml", r"""
<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<KeePassFile>
  <Meta><Generator>KeePass</Generator><DatabaseName>Facility</DatabaseName></Meta>
  <Root>
    <Group>
      <Name>Facility</Name>
      <Entry>
        <UUID>«b64k:16-kpuuid1»</UUID>  ⟪entry UUID⟫
        <String><Key>Title</Key><Value>NV9000 router control</Value></String>
        <String><Key>UserName</Key><Value>ctrl</Value></String>
        <String><Key>Password</Key><Value>«pw6:routerctl»</Value></String>  ⟦password|router password in a KeePass XML export⟧
      </Entry>
      <Entry>
        <UUID>«b64k:16-kpuuid2»</UUID>
        <String><Key>Title</Key><Value>Playout SQL (as-run)</Value></String>
        <String><Key>UserName</Key><Value>asrun_writer</Value></String>
        <String><Key>Password</Key><Value>«pw6:asrunsql»</Value></String>  ⟦password|SQL password in a KeePass XML export⟧
      </Entry>
      <Entry>
        <UUID>«b64k:16-kpuuid3»</UUID>
        <String><Key>Title</Key><Value>Cloud playout DR local admin</Value></String>
        <String><Key>UserName</Key><Value>Administrator</Value></String>
        <String><Key>Password</Key><Value>«pwr:drlocaladmin»</Value></String>  ⟦password|local admin password in a KeePass XML export⟧
      </Entry>
    </Group>
  </Root>
</KeePassFile>
"""),
    ("exports/shared-logins.csv", r"""
title,url,username,password,notes
Wowza Streaming Cloud,https://cloud.wowza.com,liveops@brightwater.tv,«pwc:wowzacloud»,shared by live ops  ⟦password|shared login password in a CSV⟧
YouTube CMS,https://studio.youtube.com,youtube@brightwater.tv,«pw:youtubecms»,2FA on the ops phone  ⟦password|shared login password in a CSV⟧
Akamai Control Center,https://control.akamai.com,dmitri.bwm,(SSO),
Conviva Pulse,https://pulse.conviva.com,qoe@brightwater.tv,«pwn:convivapulse»,  ⟦password|shared login password in a CSV⟧
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:facilityupload»  ⟦aws-b64|whole credentials file, base64⟧
"""),
    ("leftovers/hexdump-keychain.txt", r"""
# security find-generic-password -s bw-archive-upload -w | xxd -p (pasted for debugging)
«hexenc:awssec:archiveupload»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /admin/integrations/s3 HTTP/1.1
Host: anchor.brightwater.tv
Content-Type: application/x-www-form-urlencoded

bucket=bwm-cms-offload-418273659021&region=us-east-1&access_key=«akid:formpost»&secret_key=«pct:awssec:formpost»&save=1  ⟦aws-key-id|key id with a percent-encoded secret in a form body⟧
"""),
    ("leftovers/settings-export.json", r"""
{
  "exportedAt": "2026-11-02T18:22:09Z",
  "integration": "s3-archive",
  "payload": "{\"accessKeyId\":\"«akid:jsoninjson»\",\"secretAccessKey\":\"«jsonesc:awssec:jsoninjson»\",\"bucket\":\"bwm-archive-291837465502\"}",  ⟦aws-key-id|key pair as JSON inside JSON⟧
  "smtp": {"user": "alerts", "pass": "«uesc:pwc:alertsmtp»"}  ⟦password|\uXXXX-escaped password⟧
}
"""),
    ("har/paywall-checkout.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "startedDateTime": "2026-11-03T10:01:12.441Z",
        "request": {
          "method": "POST",
          "url": "https://api.stripe.com/v1/checkout/sessions",
          "headers": [
            {"name": "Authorization", "value": "Bearer «sk:paywall»"},  ⟦stripe|live Stripe key in a HAR Authorization header⟧
            {"name": "Stripe-Version", "value": "2024-06-20"},
            {"name": "Idempotency-Key", "value": "«uuid:idem»"}  ⟪idempotency key⟫
          ]
        },
        "response": {"status": 200, "headers": [{"name": "Request-Id", "value": "req_«b62:14-reqid2»"}]}
      }
    ]
  }
}
"""),
    ("api/insomnia-export.json", r"""
{
  "_type": "export",
  "__export_format": 4,
  "__export_source": "insomnia.desktop.app:v2023.5.8",
  "resources": [
    {
      "_id": "env_«hex:32-insenv»",
      "_type": "environment",
      "name": "Mux production",
      "data": {
        "mux_token_id": "«uuid:muxid»",  ⟪Mux token id⟫
        "mux_token_secret": "«mux:thumb»"  ⟦app-secret|Mux token secret in an Insomnia environment⟧
      }
    },
    {
      "_id": "req_«hex:32-insreq»",
      "_type": "request",
      "name": "List assets",
      "method": "GET",
      "url": "https://api.mux.com/video/v1/assets",
      "authentication": {"type": "basic", "username": "{{ _.mux_token_id }}", "password": "{{ _.mux_token_secret }}"}  ⟪Insomnia template references⟫
    }
  ]
}
"""),
    ("api/wowza-rest.http", r"""
@host = https://wowza-origin.bwm-media.net:8087
@user = svc-build

### incoming streams
GET {{host}}/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live/instances/_definst_/incomingstreams
Accept: application/json
Authorization: Basic «basic:wowzahttp»  ⟦password-b64|base64 basic auth in a REST Client file⟧

### stream targets (uses the prompt)
# @prompt password
GET {{host}}/v2/servers/_defaultServer_/vhosts/_defaultVHost_/applications/live/pushpublish/mapentries
Authorization: Basic {{user}} {{password}}  ⟪REST Client variables⟫
"""),
    ("keys/tls/drm-speke.key", r"""
«pem:pkcs8:rsaspeke»  ⟦private-key|TLS private key of the SPEKE endpoint⟧
"""),
    ("keys/tls/drm-speke.crt", r"""
«cert:rsaspeke:drm-speke.bwm-media.net»  ⟪certificate⟫
"""),
    ("keys/ssh/playout_deploy", r"""
«openssh:edplayout:playout-deploy@jenkins»  ⟦private-key|deploy SSH key for the playout servers⟧
"""),
    ("docs/security/secrets-policy.md", r"""
# Secrets policy (engineering)

- Stream keys, DRM credentials and payment keys live in AWS Secrets Manager (`live/*`, `lighthouse/*`,
  `paywall/*`) and are read at runtime by role. Examples in docs use `<stream-key>` or `${STREAM_KEY}`.  ⟪placeholders⟫
- CloudFormation: `{{resolve:secretsmanager:...}}` only; NoEcho parameters never get a Default.
- Terraform: `manage_master_user_password = true` or `random_password`; never literals in tfvars.
- Facility devices: passwords in the KeePass "Facility" database, never in tickets or chat.
- Report a leak in #sec-incidents; rotation first, then the postmortem.
- Snippets in docs that need an AWS key use AWS's documentation pair (`«docs:akid»` / `«docs:secret»`).  ⟪AWS documentation key pair⟫
"""),
]
