"""fresh7 templates, operations (Lanternfall Interactive): CI (GitHub Actions, GitLab, Jenkins and JCasC,
Buildkite, runner config), shell, SQL and PowerShell scripts, shell histories, runbooks, ADRs, postmortems,
wiki pages, chat exports (Slack, Discord, Teams), tickets (Jira, Zendesk), logs, CloudTrail, HAR files, data
dumps, encoded leftovers, monitoring configs, Ansible. Markers: render.py and README.md."""

FILES = [
    (".github/workflows/release-launcher.yml", r"""
name: release-launcher
on:
  push:
    tags: ['launcher-v*']
jobs:
  build:
    runs-on: windows-latest
    steps:
      - uses: actions/checkout@«sha:checkoutpin»  ⟪pinned action SHA⟫
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm run dist
        env:
          GH_TOKEN: ${{ secrets.LAUNCHER_RELEASE_TOKEN }}  ⟪Actions secret reference⟫
          CSC_KEY_PASSWORD: ${{ secrets.CSC_KEY_PASSWORD }}
      - name: notify
        if: always()
        env:
          SLACK_WEBHOOK_URL: «slackhook:launcherrel»  ⟦slack-webhook|literal Slack webhook in a workflow⟧
        run: |
          curl -sf -X POST -H 'Content-type: application/json' --data "{\"text\":\"launcher ${GITHUB_REF_NAME} built\"}" "$SLACK_WEBHOOK_URL"
"""),
    (".github/workflows/server-image.yml", r"""
name: server-image
on:
  workflow_dispatch:
jobs:
  push:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - name: login to Docker Hub
        run: echo «dckr:ghaserver» | docker login -u lanternfallci --password-stdin  ⟦dockerhub|Docker Hub PAT echoed in a workflow⟧
      - name: login to ECR
        uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::730155948862:role/gha-ecr-push  ⟪role ARN, OIDC⟫
          aws-region: us-west-2
      - run: docker build -t lanternfall/emberline-server-linux:${{ github.sha }} docker/server-linux
"""),
    (".gitlab-ci.yml", r"""
stages: [build, beta]

variables:
  FASTLANE_USER: appstore@lanternfall.gg
  FASTLANE_PASSWORD: "«pwc:gitlabfastlane»"  ⟦password|fastlane password in GitLab CI variables⟧
  LC_ALL: en_US.UTF-8

build_ios:
  stage: build
  tags: [macos]
  script:
    - bundle exec fastlane ios beta
  artifacts:
    paths: [build/*.ipa]

upload_symbols:
  stage: beta
  script:
    - curl --header "JOB-TOKEN: $CI_JOB_TOKEN" --upload-file build/dSYM.zip "$CI_API_V4_URL/projects/$CI_PROJECT_ID/packages/generic/dsym/$CI_COMMIT_SHORT_SHA/dSYM.zip"  ⟪CI job token variable⟫
"""),
    ("ci/gitlab-runner/config.toml", r"""
concurrent = 4
check_interval = 0

[[runners]]
  name = "mac-mini-ios-03"
  url = "https://gitlab.com/"
  id = 41882311
  token = "«glrt:macmini»"  ⟦gitlab|runner authentication token⟧
  token_obtained_at = 2026-07-01T09:15:22Z
  executor = "shell"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:runnercache»"  ⟦aws-key-id|runner cache access key⟧
      SecretKey = "«awssec:runnercache»"  ⟦aws-secret|runner cache secret key⟧
      BucketName = "lf-gitlab-runner-cache"
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'win-ue5' }
  environment {
    P4_CREDS = credentials('p4-build-server')  ⟪Jenkins credentials()⟫
    STEAM_USER = 'lanternfall_build'
    STEAM = credentials('steam-build-account')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('Sync') {
      steps { bat 'p4 -u %P4_CREDS_USR% -P %P4_CREDS_PSW% sync -q //emberline/main/...' }
    }
    stage('Cook') {
      steps { bat 'RunUAT.bat BuildCookRun -project=Emberline.uproject -platform=Win64 -cook -stage -pak' }
    }
    stage('Steam beta') {
      when { branch 'release/*' }
      steps { bat "steamcmd +login %STEAM_USR% %STEAM_PSW% +run_app_build build\\app_build.vdf +quit" }
    }
  }
}
"""),
    ("jenkins/casc/jenkins.yaml", r"""
jenkins:
  systemMessage: "Lanternfall build farm - ask in #build-farm before changing jobs"
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://corp.lanternfall.internal
          rootDN: dc=corp,dc=lanternfall,dc=internal
          managerDN: cn=jenkins-bind,ou=svc,dc=corp,dc=lanternfall,dc=internal
          managerPasswordSecret: "«pw:ldapbind»"  ⟦password|LDAP bind password in JCasC⟧
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: p4-build-server
              username: build-server
              password: "${P4_BUILD_SERVER_PASSWORD}"  ⟪JCasC variable⟫
          - string:
              id: slack-bot
              secret: "«xoxb:jenkins»"  ⟦slack|Slack bot token in JCasC⟧
unclassified:
  slackNotifier:
    teamDomain: lanternfall
    tokenCredentialId: slack-bot
"""),
    (".buildkite/pipeline.yml", r"""
env:
  BUILDKITE_API_TOKEN: «bkua:pipeline»  ⟦buildkite|Buildkite API token in pipeline env⟧
  ANDROID_SDK_ROOT: /opt/android-sdk
steps:
  - label: ":android: companion"
    command: ./gradlew :app:bundleRelease
    agents: {queue: android}
  - label: ":pipeline: upload artifacts"
    command: buildkite-agent artifact upload "app/build/outputs/bundle/release/*.aab"
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            RELEASE_STORE_PASSWORD: companion/android-store-password  ⟪Secrets Manager plugin reference⟫
"""),
    ("scripts/ops/rotate_boards_redis.sh", r"""
#!/usr/bin/env bash
# one-off rotation of the staging boards cache password (OPS-2302)
set -euo pipefail
HOST=boards.staging.lanternfall.internal
OLD=$(aws secretsmanager get-secret-value --secret-id boards/staging/redis --query SecretString --output text)  ⟪fetched from Secrets Manager⟫
NEW='«pp:boardsnew»'  ⟦password|new cache password in a rotation script⟧
redis-cli -h "$HOST" --tls -a "$OLD" CONFIG SET requirepass "$NEW"
redis-cli -h "$HOST" --tls -a "$NEW" PING
"""),
    ("scripts/ops/restore_economy.sh", r"""
#!/bin/bash
# restore last night's economy snapshot into the support sandbox
set -e
export PGHOST=economy-sandbox.lanternfall.internal
export PGUSER=economy_owner
export PGPASSWORD=«pwc:restoreeconomy»  ⟦password|PGPASSWORD export⟧
pg_restore --clean --no-owner -d economy /backups/economy-$(date -d yesterday +%F).dump
psql -c "update wallets set email = concat('player+', id, '@sandbox.invalid')"
"""),
    ("scripts/ops/forums_backup.sh", r"""
#!/bin/sh
# cron: 15 3 * * * /opt/scripts/forums_backup.sh
DATE=$(date +%F)
mysqldump -h forums-db.lanternfall.internal -u phpbb -p'«pwn:phpbb»' phpbb_emberline | gzip > /backups/forums-$DATE.sql.gz  ⟦password|mysqldump -p password⟧
aws s3 cp /backups/forums-$DATE.sql.gz s3://lf-backups-472913860254/forums/
find /backups -name 'forums-*.sql.gz' -mtime +14 -delete
"""),
    ("scripts/ops/create_db_users.sql", r"""
-- economy read paths for the support tooling and the BI extract (run as economy_owner)
CREATE ROLE support_ro LOGIN PASSWORD '«pwn:supportro»';  ⟦password|CREATE ROLE password⟧
GRANT USAGE ON SCHEMA wallet TO support_ro;
GRANT SELECT ON ALL TABLES IN SCHEMA wallet TO support_ro;
CREATE ROLE bi_extract LOGIN PASSWORD '«pw:biextract»' VALID UNTIL '2027-01-01';  ⟦password|CREATE ROLE password with expiry⟧
ALTER ROLE legacy_admin PASSWORD 'md5«hex:32-md5role»';  ⟪MD5 password hash, not the password⟫
"""),
    ("scripts/ops/new_devkit_users.ps1", r"""
# Creates the local QA accounts on the console devkit PCs (run elevated)
param([string[]]$Hosts = @("devkit-pc-01", "devkit-pc-02"))
$pw = ConvertTo-SecureString "«pwc:devkitqa»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText⟧
foreach ($h in $Hosts) {
    Invoke-Command -ComputerName $h -ScriptBlock {
        New-LocalUser -Name "qa" -Password $using:pw -PasswordNeverExpires
    }
}
$admin = Get-Credential -Message "domain admin"  ⟪interactive prompt⟫
"""),
    ("ops/history/bastion-usw2.bash_history", r"""
aws sts get-caller-identity
export AWS_ACCESS_KEY_ID=«akid:bastion»  ⟦aws-key-id|export in bash history⟧
export AWS_SECRET_ACCESS_KEY=«awssec:bastion»  ⟦aws-secret|export in bash history⟧
aws s3 ls s3://lf-crash-dumps-472913860254/minidumps/ | tail
psql -h economy.cluster-c«lo:10-auroraeco».us-west-2.rds.amazonaws.com -U economy_owner economy
kubectl -n social create secret generic presence-redis --from-literal=password='«pp:presredisk8s»'  ⟦password|kubectl --from-literal password⟧
vault login «hvs:bastion»  ⟦vault|vault login with a token⟧
vault kv get secret/perforce/super
history -c
"""),
    ("ops/history/build-win01_ConsoleHost_history.txt", r"""
Get-Service jenkins-agent
p4 -u build-server passwd
$env:AWS_ACCESS_KEY_ID="«asia:winbuild»"  ⟦aws-key-id|temporary key ID in PowerShell history⟧
$env:AWS_SECRET_ACCESS_KEY="«awssec:winbuild»"  ⟦aws-secret|temporary secret in PowerShell history⟧
$env:AWS_SESSION_TOKEN="«stok:winbuild»"  ⟦aws-session-token|session token in PowerShell history⟧
aws gamelift list-builds --status READY
cmdkey /add:perforce.lanternfall.internal /user:build-server /pass:«pw:cmdkey»  ⟦password|cmdkey /pass⟧
Restart-Computer
"""),
    ("ops/history/tkowalski.zsh_history", r"""
: 1763622001:0;export OPENAI_API_KEY=«oaisvc:tkowalski»  ⟦openai|OpenAI service-account key in zsh history⟧
: 1763622210:0;python tools/loc/translate_glossary.py --lang pl
: 1763623544:0;gh auth login --with-token <<< «ghp:tkowalski»  ⟦github|PAT piped into gh auth login⟧
: 1763624011:0;curl -u admin:«pwn:grafanacurl» https://grafana.lanternfall.internal/api/dashboards/uid/«b62:9-dashuid»  ⟦password|curl -u user:password⟧
: 1763624101:0;git log --oneline -5
: 1763625023:0;export GROQ_API_KEY=«groq:tkowalski»  ⟦groq|Groq key in zsh history⟧
"""),
    ("runbooks/perforce.md", r"""
# Perforce (Helix Core) runbook

Commit server `perforce.lanternfall.internal`, edges `p4-edge-usw2`, `p4-edge-euc1`. Checkpoints nightly at 02:00 UTC.

## Break-glass

If LDAP is down, log in as the local super user: `p4 -u super login`. The super password is
`«pw:p4commit»` (same as in the commit server user data; rotate after any use).  ⟦password|super password stated in a runbook⟧

## Service users

| user | used by | password |
|---|---|---|
| edge-svc | edge replicas | in Vault at `secret/perforce/edge-svc` |  ⟪Vault path⟫
| swarm | Helix Swarm | «pwn:swarm» |  ⟦password|password in a runbook table⟧
| cook-nightly | Jenkins cook jobs | ticket only (`p4 login -a`) |
"""),
    ("runbooks/gameserver-hotfix.md", r"""
# Hotfixing a dedicated server build

1. Build the server target from the hotfix stream (`//emberline/hotfix-7.2`).
2. On the upload box (no instance role, see OPS-2177):

   ```
   aws configure set aws_access_key_id «akid:hotfixupload»  ⟦aws-key-id|aws configure set in a runbook⟧
   aws configure set aws_secret_access_key «awssec:hotfixupload»  ⟦aws-secret|aws configure set secret in a runbook⟧
   aws gamelift upload-build --name emberline-hotfix --build-root Archive/WindowsServer --operating-system WINDOWS_2016
   ```

3. Create the fleet from the new build id (`build-xxxxxxxx-...`) and move the alias.  ⟪placeholder⟫
4. Post in #live-ops with the build id and the changelist.
"""),
    ("runbooks/season-launch.md", r"""
# Season launch checklist

- [ ] Freeze economy config (`liveops freeze --season s8`)
- [ ] Warm the boards cache
- [ ] Flip the `season-8-store` flag in LaunchDarkly
- [ ] Liveops console break-glass login if Okta is down: `ops-admin` / `«pwn:djadmin»`  ⟦password|break-glass login in a checklist⟧
- [ ] Post the podium announcement (Step Functions `season-rollover`)

Credentials for partner portals live in 1Password, vault "Live Ops". Never paste them here.
Example of what NOT to do: `password: <the real one>`  ⟪placeholder⟫
"""),
    ("runbooks/vivox.md", r"""
# Vivox token signing

Tokens are signed by presence with the key from Secrets Manager (`presence/vivox`).  ⟪secret name⟫
To debug locally, use Vivox's own sample issuer and key from their documentation
(`issuer: blindmelon-AppName-dev`, key `secret!`) against the sandbox domain `mt1s.vivox.com`.  ⟪vendor documentation values⟫

Never sign with the live key from a laptop.
"""),
    ("docs/adr/0011-no-secrets-in-client-builds.md", r"""
# ADR 0011: no secrets in client builds

Status: accepted (2026-09-02)

## Context

The launcher 1.6 build shipped the Backtrace submission token and, worse, the economy admin key used by the
QA cheat panel (`EconomyAdminKey`, revoked on 2026-08-30; the revoked value was `«b62:40-revokedadmin»`).  ⟦?app-secret|revoked key quoted in an ADR⟧
Dataminers posted it within a day. The AWS key `«mask:akid:adrkey»` found in the same build was a
read-only key for crash symbols; it is deleted too.  ⟪masked key ID⟫

## Decision

Client builds carry only public identifiers: the EOS client id, PlayFab title id, Photon app id, the
Sentry DSN and Datadog RUM token. A CI check fails a cook that references `Secrets.ini`.
"""),
    ("docs/postmortems/2026-08-depot-leak.md", r"""
# Postmortem: debug symbols and config leaked in the public Steam depot (2026-08-28)

## Summary

A misconfigured depot mapping shipped `Saved/Config/` in build 15530112 for 41 minutes. It contained
`DefaultEngine.ini` with the EOS client secret and a Steam Web API publisher key.

## Timeline (UTC)

- 14:02 build 15530112 set live on `public`
- 14:31 community report on Discord
- 14:43 depot rolled back; publisher key `«uhex:32-revokedsteam»` revoked in Steamworks  ⟦?app-secret|revoked Steam key quoted in a postmortem⟧
- 15:10 EOS client secret rotated; IAM key «akid:pmoldkey» (used by the crash uploader) deactivated  ⟦?aws-key-id|deactivated key ID quoted in a postmortem⟧

## Follow-ups

- OPS-2231 depot mapping lint
- OPS-2232 move the uploader to an instance role
"""),
    ("docs/onboarding/build-farm.md", r"""
# Build farm onboarding

Agents are Windows Server 2022 (`build-win01`..`build-win18`). RDP with your corp account.
If the domain is unreachable, the local `builder` account password is «pwc:builder».  ⟦password|local account password in onboarding docs⟧

Perforce: set `P4PORT=ssl:perforce.lanternfall.internal:1666` and `P4USER=<you>`; never set `P4PASSWD`
in your environment, use `p4 login`.  ⟪placeholder⟫

Sample `.p4config` for a workspace:

```
P4CLIENT=jdoe-emberline-main
P4PASSWD=your-password-here
```  ⟪placeholder⟫
"""),
    ("services/leaderboards/README.md", r"""
# leaderboards

Rust service (axum) serving season boards from Redis sorted sets.

## Running locally

    docker compose up redis
    REDIS_URL=redis://localhost:6379 cargo run

## Staging

The staging cache is reachable from the VPN:

    REDIS_URL='rediss://default:«pwr:boardsstaging»@boards.staging.lanternfall.internal:6379' cargo run  ⟦conn-string|staging Redis URL with password in a README⟧

Boards are keyed `board:{season}:{mode}:{region}`; see `src/keys.rs`.
"""),
    ("wiki/ops/shared-accounts.md", r"""
# Shared platform accounts

Ask in #platform-partners before using any of these. Owner: Hannah (partner management).

| portal | login | password | 2FA |
|---|---|---|---|
| Steamworks (publisher) | lanternfall_partner | «pwc:steamworks» | Steam Guard on the ops phone |  ⟦password|shared account password in a wiki table⟧
| Epic Dev Portal | partners@lanternfall.gg | «pw:epicportal» | TOTP in 1Password |  ⟦password|shared account password in a wiki table⟧
| Xbox Partner Center | (Entra ID SSO) | n/a | |
| Apple App Store Connect | appstore@lanternfall.gg | see `companion-ios/fastlane/.env.default` | |
"""),
    ("wiki/qa/console-devkits.md", r"""
# Console devkits

| kit | IP | admin user | admin password |
|---|---|---|---|
| PS5 devkit A | 10.40.12.21 | qa-admin | «pwl:ps5kit» |  ⟦password|devkit admin password in a wiki table⟧
| Xbox Series X devkit | 10.40.12.31 | (Device Portal) | <in 1Password, "Devkits"> |  ⟪placeholder⟫
| Switch devkit | 10.40.12.41 | - | - |

Devkit serials (`«up:12-kitserial»`, …) are in the asset register, not here.  ⟪serial number⟫
"""),
    ("chat/slack-export/build-farm/2026-11-03.json", r"""
[
    {
        "type": "message",
        "user": "U04«up:8-slu1»",
        "text": "the mac runner lost its registration again, can someone give me a token for the ios-certificates repo?",
        "ts": "1762163521.339219",
        "client_msg_id": "«uuid:slmsg1»"  ⟪message id⟫
    },
    {
        "type": "message",
        "user": "U03«up:8-slu2»",
        "text": "here, scoped to read_repository, expires friday: «glpat:slackios»",  ⟦gitlab|GitLab PAT pasted in Slack⟧
        "ts": "1762163688.102009"
    },
    {
        "type": "message",
        "user": "U04«up:8-slu1»",
        "text": "thanks. also the builder account on build-win07 rejects «pwc:builder», did it change?",  ⟦password|password in a Slack message⟧
        "ts": "1762163702.448119"
    },
    {
        "type": "message",
        "subtype": "bot_message",
        "bot_id": "B05«up:8-slbot»",  ⟪Slack bot id⟫
        "text": "Build #4411 of emberline-server succeeded (CL 884213)",
        "ts": "1762164001.000100"
    }
]
"""),
    ("chat/slack-export/economy/2026-10-17.json", r"""
[
    {
        "type": "message",
        "user": "U02«up:8-slu3»",
        "text": "refund job is failing in staging with 401, is this the right key? «sk:slackeconomy»",  ⟦stripe|live Stripe key pasted in Slack⟧
        "ts": "1760698011.229919"
    },
    {
        "type": "message",
        "user": "U02«up:8-slu4»",  ⟪Slack user id⟫
        "text": "that's the LIVE key :scream: please delete. staging db is postgres://economy_app:«pwc:slackstagingdb»@economy.staging.lanternfall.internal:5432/economy",  ⟦conn-string|connection URL pasted in Slack⟧
        "ts": "1760698102.339001"
    },
    {
        "type": "message",
        "user": "U02«up:8-slu3»",
        "text": "deleted. the IAM key the job uses is «akid:refundjob» btw, it's in the task def",  ⟦aws-key-id|key ID alone in a Slack message⟧
        "ts": "1760698240.110021"
    }
]
"""),
    ("chat/discord-export/staff-ops.json", r"""
{
  "guild": {"id": "«num:19-guild»", "name": "Lanternfall Staff"},
  "channel": {"id": "«num:19-opschan»", "type": "GuildTextChat", "name": "ops"},
  "messages": [
    {
      "id": "«num:19-dmsg1»",
      "timestamp": "2026-11-14T21:04:11.113+00:00",
      "author": {"id": "«num:18-dauth1»", "name": "rafael.ops"},
      "content": "relay box doppler token if anyone needs to redeploy tonight: «doppler:discordrelay»"  ⟦doppler|Doppler token pasted in Discord⟧
    },
    {
      "id": "«num:19-dmsg2»",
      "timestamp": "2026-11-14T21:06:40.551+00:00",
      "author": {"id": "«num:18-dauth2»", "name": "mei.community"},
      "content": "and the community server droplet root pw is «pwn:droplet» until we switch to keys"  ⟦password|password in a Discord message⟧
    }
  ]
}
"""),
    ("chat/teams/incident-bridge-2026-11-12.vtt", r"""
WEBVTT

00:03:11.000 --> 00:03:16.000
<v Bjorn Lindqvist>Okay, I'm on the OpenSearch dashboard, it wants the master login.

00:03:16.000 --> 00:03:24.000
<v Sofia Marchetti>User is modadmin, password «pwl:chatsearch», first letter capital, some letters are digits.  ⟦password|password read out on an incident bridge⟧

00:03:24.000 --> 00:03:30.000
<v Bjorn Lindqvist>Got it. I see the chat moderation index is red, two shards unassigned.
"""),
    ("tickets/jira/OPS-2291.json", r"""
{
  "key": "OPS-2291",
  "fields": {
    "summary": "QA PlayFab admin account locked out",
    "status": {"name": "Done"},
    "reporter": {"displayName": "Ines Duarte", "accountId": "«hex:24-jiraacct»"},  ⟪Atlassian account id⟫
    "description": "Unlocked and reset. New password for qa-playfab-admin@lanternfall.gg is «pw:playfabadmin» - please change at first login.",  ⟦password|password in a Jira ticket description⟧
    "comment": {"comments": [
      {"author": {"displayName": "support-sync"}, "body": "Synced from Zendesk via token «atl:supportsync»"}  ⟦atlassian|Atlassian token echoed into a ticket comment⟧
    ]}
  }
}
"""),
    ("tickets/zendesk/ticket-88412.txt", r"""
Ticket #88412  Status: solved  Channel: web form  Product: Emberline (PC)
Subject: can't log in after the patch

From: player (steam id 7656119«num:10-steamid»)  ⟪Steam id⟫
> I tried everything. My account is ashwalker_91 and my password is «pwn:playerpw», please just fix it  ⟦?password|a player's own password disclosed in a support ticket⟧

Agent (Camille): Thanks - please never share your password with us. I've triggered a reset email.
Internal note: ticket redacted per SUP-12 after this export.
"""),
    ("logs/gatekeeper-2026-11-20.log", r"""
2026-11-20T10:02:11.114Z INFO  gatekeeper starting version=4.12.0 commit=«sha:gklog»  ⟪commit SHA⟫
2026-11-20T10:02:11.401Z INFO  cognito pool=us-west-2_«b62:9-pool» jwks_keys=2
2026-11-20T10:14:52.009Z DEBUG exchange platform=steam request_id=«uuid:gkreq1» headers={"Authorization": "Bearer «jwt:lobby-svc»"}  ⟦jwt|bearer JWT in a debug log⟧
2026-11-20T10:14:52.311Z WARN  aws credentials from env key_id=«asia:gklog» (expected instance role)  ⟦?aws-key-id|temporary key ID alone in an application log⟧
2026-11-20T10:15:03.882Z INFO  exchange ok platform=epic request_id=«uuid:gkreq2» latency_ms=212  ⟪request id⟫
"""),
    ("logs/codebuild/emberline-server-4411.log", r"""
[Container] 2026/11/21 03:12:40.114 Running command p4 trust -y
[Container] 2026/11/21 03:12:41.002 Phase context status code:  Message:
[Container] 2026/11/21 03:12:41.007 Entering phase INSTALL
DEBUG env: P4USER=build-server P4PASSWD=«pw:p4buildserver» P4CLIENT=cb-server-4411  ⟦password|password printed by a debug env dump⟧
DEBUG env: SIGNING_PFX_PASSWORD=*** GAMELIFT_UPLOAD_ROLE=***  ⟪masked values⟫
[Container] 2026/11/21 03:58:12.447 Phase complete: BUILD State: SUCCEEDED
[Container] 2026/11/21 03:58:12.448 build id emberline-server:«uuid:cbbuild»  ⟪CodeBuild build id⟫
"""),
    ("logs/nginx/patches-access.log", r"""
203.0.113.41 - - [21/Nov/2026:08:14:02 +0000] "GET /emberline/manifest.json HTTP/2.0" 200 1842 "-" "LanternfallLauncher/1.8.2"
198.51.100.7 - - [21/Nov/2026:08:14:09 +0000] "GET /emberline/chunks/«sha256:chunk1».bin HTTP/2.0" 200 4194304 "-" "LanternfallLauncher/1.8.2"  ⟪content hash in path⟫
10.40.3.12 - - [21/Nov/2026:08:15:44 +0000] "GET /lf-patches-472913860254/hotfix.pak?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20261121%2Fus-west-2%2Fs3%2Faws4_request&X-Amz-Date=20261121T081544Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=«hex:64-presignsig» HTTP/1.1" 200 88123 "-" "curl/8.5.0"  ⟦aws-key-id|key ID in a presigned URL⟧
"""),
    ("logs/cloudtrail/2026-11-21-usw2.json", r"""
{"Records": [
  {
    "eventVersion": "1.09",
    "userIdentity": {
      "type": "IAMUser",
      "principalId": "«aida:ctuser»",  ⟪IAM unique id⟫
      "arn": "arn:aws:iam::472913860254:user/crash-uploader",
      "accountId": "472913860254",
      "accessKeyId": "«akid:crashupload»",  ⟦aws-key-id|accessKeyId in CloudTrail⟧
      "userName": "crash-uploader"
    },
    "eventTime": "2026-11-21T04:11:09Z",
    "eventSource": "s3.amazonaws.com",
    "eventName": "ListObjects",
    "sourceIPAddress": "198.51.100.211",
    "requestID": "«up:16-ctreq»",  ⟪request id⟫
    "eventID": "«uuid:ctevent»"  ⟪event id⟫
  }
]}
"""),
    ("logs/lambda/refund-notifier-2026-11-19.log", r"""
START RequestId: «uuid:lambdareq» Version: $LATEST  ⟪request id⟫
2026-11-19T12:00:03.112Z	«uuid:lambdareq»	INFO	cold start, config: {"FROM_ADDRESS":"support@lanternfall.gg","SENDGRID_API_KEY":"«sg:refunds»"}  ⟦sendgrid|key printed with the config on cold start⟧
2026-11-19T12:00:03.904Z	«uuid:lambdareq»	INFO	sent refund mail order=ord_«b62:14-order»
END RequestId: «uuid:lambdareq»
REPORT RequestId: «uuid:lambdareq»	Duration: 811.20 ms	Billed Duration: 812 ms	Memory Size: 256 MB	Max Memory Used: 91 MB
"""),
    ("har/store-checkout.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "startedDateTime": "2026-11-18T19:22:01.104Z",
        "request": {
          "method": "POST",
          "url": "https://store.lanternfall.gg/api/checkout",
          "headers": [
            {"name": "Authorization", "value": "Bearer «jwt:store-user»"},  ⟦jwt|bearer JWT captured in a HAR⟧
            {"name": "Cookie", "value": "__Secure-next-auth.session-token=«b62:64-sesscookie»"}  ⟦?app-secret|session cookie captured in a HAR⟧
          ],
          "postData": {"mimeType": "application/json", "text": "{\"sku\":\"founder-pack-gold\",\"qty\":1}"}
        },
        "response": {
          "status": 200,
          "headers": [{"name": "x-request-id", "value": "«uuid:harreq»"}],  ⟪request id⟫
          "content": {"mimeType": "application/json", "text": "{\"client_secret\":\"pi_«b62:24-pi»_secret_«b62:25-pisec»\"}"}  ⟪PaymentIntent client_secret, meant for the browser⟫
        }
      }
    ]
  }
}
"""),
    ("har/liveops-login.har", r"""
{
  "log": {
    "version": "1.2",
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://liveops.lanternfall.gg/accounts/login/",
          "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
          "postData": {
            "mimeType": "application/x-www-form-urlencoded",
            "text": "csrfmiddlewaretoken=«b62:64-csrf»&username=ops-admin&password=«pct:pwn:djadmin»"  ⟦password|form password in a HAR⟧
          }
        },
        "response": {"status": 302, "headers": [{"name": "Location", "value": "/dashboard/"}]}
      }
    ]
  }
}
"""),
    ("data/exports/iam-list-access-keys.json", r"""
{
    "AccessKeyMetadata": [
        {
            "UserName": "console-sdk-uploader",
            "AccessKeyId": "«akid:consoleupload»",  ⟦aws-key-id|AccessKeyId in a key listing⟧
            "Status": "Active",
            "CreateDate": "2026-02-11T09:40:01+00:00"
        },
        {
            "UserName": "console-sdk-uploader",
            "AccessKeyId": "«akid:consoleuploadold»",  ⟦aws-key-id|AccessKeyId in a key listing⟧
            "Status": "Inactive",
            "CreateDate": "2025-06-02T14:12:55+00:00"
        }
    ]
}
"""),
    ("data/dumps/liveops_users.sql", r"""
-- pg_dump excerpt, liveops.auth_user (support sandbox refresh 2026-11-02)
COPY public.auth_user (id, username, password, is_superuser, email) FROM stdin;
1	ops-admin	pbkdf2_sha256$870000$«b62:22-pbsalt»$«b64k:32-pbhash»	t	ops@lanternfall.gg  ⟪Django PBKDF2 hash⟫
2	camille.support	«argon:cam»	f	camille@lanternfall.gg  ⟪argon2 hash⟫
\.
-- legacy table from the 2023 console, dropped in 2026-12
INSERT INTO legacy_operators (login, plain_pw, role) VALUES ('nightshift', '«pwn:legacyop»', 'operator');  ⟦password|plaintext password column in a dump⟧
"""),
    ("data/dumps/forum_users.csv", r"""
user_id,username,user_password,user_email
2,Lanternfall_Admin,«bcrypt:forumadmin»,community@lanternfall.gg  ⟪bcrypt hash⟫
88,ember_mod_kai,«bcrypt:forummod»,kai.mod@lanternfall.gg  ⟪bcrypt hash⟫
"""),
    ("encoded/ci-vars.b64", r"""
# CodeBuild env for the console upload box, base64 (paste into `base64 -d > ~/.aws/credentials`)
«b64:credini:consolebox»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("encoded/support-bundle.txt", r"""
support bundle for build-win11 (collected 2026-11-20 by collect-support.ps1)
env.hex: «hexenc:awssec:supportbundle»  ⟦aws-hex|hex-encoded secret⟧
env.key_id: «akid:supportbundle»  ⟦aws-key-id|key ID next to its encoded secret⟧
proxy.url: https://proxy.lanternfall.internal/?aws_secret=«pct:awssec:proxyurl»  ⟦aws-percent|percent-encoded secret in a URL⟧
agent.blob: «b64x2:idsec:agentblob»  ⟦aws-b64b64|double base64 of ID:SECRET⟧
registry.json: {"secret":"«uesc:awssec:regjson»"}  ⟦aws-uesc|\u-escaped secret in JSON⟧
build.checksum: «sha256:bundlesum»  ⟪checksum⟫
"""),
    ("monitoring/datadog/datadog.yaml", r"""
api_key: «ddapi:agent»  ⟦datadog|Datadog API key in the agent config⟧
site: datadoghq.com
hostname_fqdn: true
tags:
  - env:live
  - team:sre
logs_enabled: true
apm_config:
  enabled: true
"""),
    ("monitoring/grafana/provisioning/datasources.yaml", r"""
apiVersion: 1
datasources:
  - name: Loki
    type: loki
    url: https://logs-prod-021.grafana.net
    basicAuth: true
    basicAuthUser: "«num:6-lokiuser»"
    secureJsonData:
      basicAuthPassword: «glc:loki»  ⟦grafana|Grafana Cloud token as a Loki password⟧
  - name: economy-replica
    type: postgres
    url: economy-ro.lanternfall.internal:5432
    user: grafana_ro
    secureJsonData:
      password: «pwc:grafanapg»  ⟦password|datasource password⟧
  - name: Redshift
    type: grafana-redshift-datasource
    secureJsonData:
      password: $__env{REDSHIFT_PASSWORD}  ⟪Grafana env reference⟫
"""),
    ("monitoring/alertmanager.yml", r"""
global:
  slack_api_url: «slackhook:alertmanager»  ⟦slack-webhook|Slack webhook in alertmanager⟧
route:
  receiver: sre-slack
  routes:
    - matchers: [severity="page"]
      receiver: sre-pagerduty
receivers:
  - name: sre-slack
    slack_configs:
      - channel: '#sre-alerts'
  - name: sre-pagerduty
    pagerduty_configs:
      - routing_key: «hex:32-pdrouting»  ⟦app-secret|PagerDuty Events v2 routing key⟧
        url: https://events.pagerduty.com/v2/enqueue
"""),
    ("ops/vault/agent-buildfarm.hcl", r"""
vault {
  address = "https://vault.lanternfall.internal:8200"
}

auto_auth {
  method "token_file" {
    config = {
      token_file_path = "/etc/vault-agent/token"  ⟪token file path⟫
    }
  }
}

# bootstrap only; delete once AppRole works on the Windows agents
cache {
  use_auto_auth_token = true
}
template {
  contents    = "{{ with secret \"secret/perforce/cook\" }}{{ .Data.data.password }}{{ end }}"  ⟪Vault template⟫
  destination = "C:/jenkins/p4cook.txt"
}
# VAULT_TOKEN=«hvb:buildfarm»  ⟦vault|batch token left in a comment⟧
"""),
    ("ops/ansible/inventory/buildfarm.ini", r"""
[win_agents]
build-win01.corp.lanternfall.internal
build-win02.corp.lanternfall.internal

[win_agents:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_user=CORP\svc-ansible
ansible_password=«pwc:ansiblewin»  ⟦password|ansible_password in an INI inventory⟧

[mac_runners]
mac-mini-ios-03 ansible_host=10.40.20.13 ansible_user=admin ansible_become_password="{{ vault_mac_become }}"  ⟪Jinja vault reference⟫
"""),
    ("ops/ansible/roles/devkits/defaults/main.yml", r"""
devkit_admin_user: qa-admin
devkit_admin_password: "CHANGE_ME"  ⟪placeholder⟫
devkit_sdk_version: "11.00.00.40"
devkit_license_server: "{{ lookup('env', 'DEVKIT_LICENSE_SERVER') }}"  ⟪Ansible lookup⟫
"""),
    ("ops/mailchimp/newsletter.env", r"""
MAILCHIMP_API_KEY=«mailchimp:newsletter»  ⟦mailchimp|Mailchimp API key with datacenter suffix⟧
MAILCHIMP_AUDIENCE_ID=«hex:10-mcaudience»  ⟪audience id⟫
MAILCHIMP_SERVER_PREFIX=us21
"""),
    ("ops/launchdarkly/ld-relay.conf", r"""
[Main]
port = 8030

[Environment "live"]
sdkKey = "«ldsdk:relaylive»"  ⟦launchdarkly|SDK key in ld-relay config⟧
mobileKey = "«ldmob:relaylive»"  ⟦?launchdarkly|mobile key: embedded in apps, still lets anyone read flag state⟧
envId = "«hex:24-ldenv»"  ⟪client-side environment id⟫

[Environment "staging"]
sdkKey = "${LD_STAGING_SDK_KEY}"  ⟪variable reference⟫
"""),
    ("ops/supabase/README.md", r"""
# Community map prototype (Supabase)

The fan-site map prototype runs on Supabase (project `«lo:20-sbproj»`). Migrations are pushed with the CLI:

    SUPABASE_ACCESS_TOKEN=«sbp:mapproto» supabase db push  ⟦supabase|Supabase access token in a README command⟧

Anon key for the web client is public by design and lives in `web/map/.env`.
"""),
    ("docs/security/secret-scanning.md", r"""
# Secret scanning

Pre-commit and CI run the scanner on every push. What it should catch, in redacted form:

| what | looks like |
|---|---|
| AWS key ID | `AKIAIOSFODNN7EXAMPLE` (AWS's documentation key) |  ⟪documentation key⟫
| GitHub PAT | `ghp_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx` |  ⟪placeholder token⟫
| Slack bot token | `xoxb-your-bot-token` |  ⟪placeholder token⟫
| Stripe secret | `sk_live_...` (never paste a full one, even here) |  ⟪truncated prefix⟫
| Perforce ticket | 32 upper-case hex after `user:` in `.p4tickets` |

If it fires on something that is not a secret (a Unity `guid:`, a Steam manifest id, a content hash),
add a reasoned entry to the ignore file, e.g. `game/Content/**/*.meta`.
A hash like `«sha256:docexamplehash»` in a path is fine.  ⟪content hash in docs⟫
"""),
    ("ops/cloudflare/purge_patch_cache.sh", r"""
#!/usr/bin/env bash
# purge the patch manifest from Cloudflare after a hotfix (legacy global key; TODO move to a scoped token)
ZONE_ID=«hex:32-cfzone»  ⟪zone id⟫
curl -s -X POST "https://api.cloudflare.com/client/v4/zones/$ZONE_ID/purge_cache" \
  -H "X-Auth-Email: sre@lanternfall.gg" \
  -H "X-Auth-Key: «hex:37-cfglobal»" \  ⟦app-secret|Cloudflare global API key⟧
  -H "Content-Type: application/json" \
  --data '{"files":["https://patches.lanternfall.gg/emberline/manifest.json"]}'
"""),
    ("logs/github-app/token-refresh.log", r"""
2026-11-21T06:00:01Z lanternfall-bot installation=«num:8-ghinst» refreshing installation token  ⟪installation id⟫
2026-11-21T06:00:02Z lanternfall-bot got token «ghs:botlog» expires_at=2026-11-21T07:00:02Z  ⟦github|installation token printed in a log⟧
2026-11-21T06:00:02Z lanternfall-bot repos=emberline-deploy,launcher-releases permissions=contents:write
"""),
]
