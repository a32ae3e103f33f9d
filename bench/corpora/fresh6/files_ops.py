"""fresh6 templates, operations (Furrowline Agronomics): GitHub Actions, GitLab CI, Jenkins, Ansible, shell and
PowerShell, runbooks, ADRs, wiki, incident reports, Slack and Teams exports, logs, CloudTrail, IAM listings,
HAR, CSV and SQL dumps, encoded leftovers, monitoring configs. Markers: render.py and README.md."""

FILES = [
    (".github/workflows/deploy-probe-ingest.yml", r"""
name: deploy probe-ingest
on:
  push:
    branches: [main]
    paths: ["services/probe-ingest/**"]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@«sha:checkout»  ⟪action pinned to a commit SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318604772951:role/gha-probe-ingest
          aws-region: eu-west-1
      - run: make deploy
        env:
          SLACK_BOT_TOKEN: ${{ secrets.SLACK_BOT_TOKEN }}  ⟪secrets context⟫
          DD_API_KEY: ${{ secrets.DD_API_KEY }}
"""),
    (".github/workflows/nightly-imagery.yml", r"""
name: nightly imagery backfill
on:
  schedule: [{cron: "17 2 * * *"}]
jobs:
  backfill:
    runs-on: [self-hosted, gpu]
    env:
      AWS_ACCESS_KEY_ID: «akid:ghanightly»  ⟦aws-key-id|key ID hardcoded in a workflow⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghanightly»  ⟦aws-secret|secret hardcoded in a workflow⟧
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - uses: actions/checkout@v4
      - run: python -m imagery.backfill --since 2d
      - name: notify
        run: |
          curl -sS -X POST -H 'Content-type: application/json' \
            --data '{"text":"imagery backfill done"}' «slackhook:imagery»  ⟦slack-webhook|webhook URL in a run step⟧
"""),
    (".github/workflows/release-portal.yml", r"""
name: release agronomist portal
on:
  release:
    types: [published]
jobs:
  build:
    runs-on: ubuntu-24.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres  ⟪CI service container default⟫
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          registry-url: https://npm.pkg.github.com
      - run: npm ci && npm run build
        env:
          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪secrets context⟫
          SENTRY_AUTH_TOKEN: sntryu_«hex:64-sntryu»  ⟦app-secret|Sentry user auth token in workflow⟧
      - run: npx vercel deploy --prod --token=«b62:24-vercel»  ⟦app-secret|Vercel token on the command line⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  TF_VAR_datadog_api_key: $DATADOG_API_KEY  ⟪CI variable reference⟫
  TF_HTTP_PASSWORD: $CI_JOB_TOKEN  ⟪CI job token reference⟫
  TF_TOKEN_app_terraform_io: «tfc:gitlab»  ⟦terraform-cloud|Terraform Cloud token in CI variables⟧

build:
  stage: build
  image: docker:26
  script:
    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .

deploy:
  stage: deploy
  script:
    - curl -X POST -F token=«glptt:deploy» -F ref=main https://gitlab.com/api/v4/projects/«num:8-proj»/trigger/pipeline  ⟦gitlab|pipeline trigger token⟧
    - ./deploy.sh
"""),
    ("ops/gitlab-runner/config.toml", r"""
concurrent = 4

[[runners]]
  name = "farm-depot-runner-2"
  url = "https://gitlab.com/"
  token = "glrt-«b62:20-runner»"  ⟦gitlab|runner authentication token⟧
  executor = "docker"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:runnercache»"  ⟦aws-key-id|runner cache access key⟧
      SecretKey = "«awssec:runnercache»"  ⟦aws-secret|runner cache secret key⟧
      BucketName = "furrowline-runner-cache"
"""),
    ("ops/jenkins/Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  environment {
    AWS_CREDS = credentials('legacy-jenkins-aws')  // Jenkins credentials binding
    NEXUS = credentials('nexus-deployer')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('publish') {
      steps {
        sh 'curl -u deployer:«pw:nexus» --upload-file build/market.jar https://nexus.tools.furrowline.io/repository/releases/'  ⟦password|curl -u user:password⟧
        sh 'git push https://x-access-token:${GH_TOKEN}@github.com/furrowline/market.git HEAD:release'  ⟪shell variable⟫
      }
    }
  }
}
"""),
    ("ops/ansible/inventories/prod/group_vars/gateways.yml", r"""
---
chirpstack_version: 4.7.0
mqtt_broker: mqtt.fieldsense.furrowline.io
mqtt_user: gateway
mqtt_password: «pwc:lorawan»  ⟦password|Ansible var password⟧
ansible_become_pass: "{{ vault_become_pass }}"  ⟪vault variable⟫
ntp_servers: [0.pool.ntp.org, 1.pool.ntp.org]
"""),
    ("ops/ansible/inventories/prod/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«vault:all»  ⟪ansible-vault ciphertext⟫
"""),
    ("ops/ansible/inventories/prod/hosts.ini", r"""
[gateways]
gw-0042.fieldsense.furrowline.io ansible_user=pi ansible_password=«pw:pi0042»  ⟦password|inventory ansible_password⟧
gw-0043.fieldsense.furrowline.io ansible_user=pi ansible_ssh_private_key_file=~/.ssh/gateways_ed25519

[depot]
lleida-relay ansible_host=10.42.8.4 ansible_user=Administrator ansible_connection=winrm ansible_winrm_password=«pwx:winrm»  ⟦password|WinRM password in inventory⟧
"""),
    ("ops/ansible/roles/gateway/tasks/main.yml", r"""
---
- name: create the local admin
  ansible.builtin.user:
    name: fieldtech
    password: "{{ '«pw:fieldtech»' | password_hash('sha512') }}"  ⟦password|clear password hashed at run time⟧
    groups: [sudo]

- name: set the pi password
  ansible.builtin.shell: echo 'pi:«pw:pi0042»' | chpasswd  ⟦password|chpasswd with clear password⟧

- name: mosquitto credentials
  ansible.builtin.copy:
    dest: /etc/mosquitto/passwd
    content: "gateway:$7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»\n"  ⟪mosquitto PBKDF2 hash⟫
    mode: "0600"
"""),
    ("ops/ansible/roles/gateway/defaults/main.yml", r"""
---
gateway_admin_password: changeme  ⟪changeme default⟫
gateway_api_token: "{{ lookup('amazon.aws.aws_ssm', '/fieldsense/gateway/api-token') }}"  ⟪SSM lookup⟫
gateway_ota_key: "{{ lookup('env', 'OTA_KEY') }}"  ⟪env lookup⟫
"""),
    ("ops/scripts/restore-weighbridge.sh", r"""
#!/usr/bin/env bash
# Restore last night's weighbridge snapshot into the reporting DB (runbook RB-14)
set -euo pipefail
SNAP=$(aws rds describe-db-cluster-snapshots --db-cluster-identifier weighbridge \
  --query 'reverse(sort_by(DBClusterSnapshots,&SnapshotCreateTime))[0].DBClusterSnapshotIdentifier' --output text)
export PGPASSWORD='«pp:wbprod»'  ⟦password|PGPASSWORD export⟧
pg_dump -h weighbridge.cluster-c«b62:12-wbid».eu-west-1.rds.amazonaws.com -U wb_admin tickets > /tmp/tickets.sql
mysql -h coop-sync.internal -u coop -p«pw:coopsyncdb» coop < /tmp/coop.sql  ⟦password|mysql -p password⟧
psql "postgresql://wb_report:${WB_REPORT_PASSWORD}@wb-report.internal/tickets" -f /tmp/tickets.sql  ⟪shell variable in URL⟫
"""),
    ("ops/scripts/rotate-gateway-keys.sh", r"""
#!/bin/sh
# usage: rotate-gateway-keys.sh <site>
SITE="$1"
NEW=$(openssl rand -hex 32)
aws ssm put-parameter --name "/fieldsense/gateway/$SITE/key" --type SecureString --value "$NEW" --overwrite
curl -fsS -H "Authorization: Bearer «xoxp:rotate»" \  ⟦slack|Slack user token in curl header⟧
  -d channel=C«b62:10-opschan» -d text="rotated gateway key for $SITE" https://slack.com/api/chat.postMessage
"""),
    ("ops/scripts/provision-depot.ps1", r"""
# Provision the Lleida depot relay (Windows Server 2022)
$ErrorActionPreference = 'Stop'
$secure = ConvertTo-SecureString '«pwx:winrm»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString with a literal⟧
$cred = New-Object System.Management.Automation.PSCredential('Administrator', $secure)
[Environment]::SetEnvironmentVariable('AWS_ACCESS_KEY_ID', '«asia:depot»', 'Machine')  ⟦aws-key-id|key ID set machine-wide⟧
[Environment]::SetEnvironmentVariable('AWS_SECRET_ACCESS_KEY', $env:DEPOT_SECRET, 'Machine')
$token = (Get-SECSecretValue -SecretId depot/relay).SecretString  ⟪Secrets Manager lookup⟫
Invoke-Command -ComputerName lleida-relay -Credential $cred -ScriptBlock { Restart-Service relay }
"""),
    ("ops/scripts/mirror-repos.sh", r"""
#!/usr/bin/env bash
for r in probe-ingest irrigation imagery; do
  git clone --mirror "https://furrowline-bot:«ghfg:mirror»@github.com/furrowline/$r.git"  ⟦github|fine-grained token in clone URL⟧
done
rclone sync ./mirrors b2:furrowline-mirrors --b2-account «hex:12-b2acct» --b2-key K«b62:30-b2key»  ⟦app-secret|Backblaze application key on a command line⟧
"""),
    ("ops/history/bash_history-ops-bastion", r"""
cd /srv/relay
sudo systemctl status relay
export AWS_PROFILE=furrowline-prod-admin
aws sts get-caller-identity
mysql -u root --password=«pwc:bastionroot» -h 127.0.0.1  ⟦password|--password= on the command line⟧
redis-cli -h probe-cache.internal.furrowline.io -a «pwr:probecache» INFO keyspace  ⟦password|redis-cli -a password⟧
htpasswd -b /etc/nginx/.htpasswd grafana «pp:htgrafana»  ⟦password|htpasswd -b clear password⟧
docker login -u furrowlinebot -p «dckr:laptop»  ⟦dockerhub|docker login -p with a Docker Hub PAT⟧
git log --oneline -3
ls -la ~/.aws
"""),
    ("ops/nginx/.htpasswd", r"""
grafana:$apr1$«b62:8-aprsalt»$«b62:22-aprhash»  ⟪htpasswd APR1 hash⟫
ops:«bcrypt:ops»  ⟪bcrypt hash⟫
"""),
    ("ops/monitoring/datadog.yaml", r"""
api_key: «hex:32-ddagent»  ⟦datadog|Datadog agent api_key⟧
site: datadoghq.eu
hostname_fqdn: true
logs_enabled: true
apm_config:
  enabled: true
tags:
  - company:furrowline
  - env:prod
"""),
    ("ops/monitoring/pagerduty-services.json", r"""
{
  "services": [
    {"name": "fieldsense-ingest", "id": "P«b62:6-pdsvc1»", "integration_key": "«hex:32-pdint1»"},  ⟦pagerduty|Events API integration key⟧
    {"name": "irrigation", "id": "P«b62:6-pdsvc2»", "escalation_policy": "P«b62:6-pdesc»"}  ⟪PagerDuty object ids⟫
  ],
  "api_token": "«pdkey:ops»"  ⟦pagerduty|PagerDuty REST API token⟧
}
"""),
    ("ops/monitoring/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=furrowline
defaults.project=probe-ingest
auth.token=sntrys_«urlsafe:90-sntrys»  ⟦app-secret|Sentry org auth token⟧
"""),
    ("ops/monitoring/grafana-datasources.yaml", r"""
apiVersion: 1
datasources:
  - name: Timestream
    type: grafana-timestream-datasource
    jsonData:
      authType: keys
      defaultRegion: eu-west-1
    secureJsonData:
      accessKey: «akid:grafana»  ⟦aws-key-id|Grafana datasource access key⟧
      secretKey: «awssec:grafana»  ⟦aws-secret|Grafana datasource secret key⟧
  - name: Billing PG
    type: postgres
    url: billing-db-ro.internal.furrowline.io:5432
    user: billing_ro
    secureJsonData:
      password: $BILLING_RO_PASSWORD  ⟪env interpolation⟫
"""),
]

FILES += [
    ("docs/runbooks/RB-07-probe-ingest-lag.md", r"""
# RB-07 Probe ingest lag

Symptoms: `IteratorAgeMilliseconds` on `prod-probe-stream` above 60 s for 10 min.

1. Check the consumer: `aws ecs describe-services --cluster fieldsense --services probe-ingest`.
2. If the Aurora metadata store is throttling, log in as `fieldsense` (password `«pp:probedb»`, same as the  ⟦password|password in runbook prose⟧
   CloudFormation parameter) and check `SHOW PROCESSLIST`.
3. For the legacy FTP drop the login is in 1Password ("FieldSense FTP"), never paste it here.
4. Escalate to #fieldsense-oncall.

Example credentials in the AWS docs (AKIAIOSFODNN7EXAMPLE) are what the moto tests use.  ⟪documentation key in prose⟫
"""),
    ("docs/runbooks/RB-14-weighbridge-restore.md", r"""
# RB-14 Restore weighbridge tickets

Run `ops/scripts/restore-weighbridge.sh` from the bastion. It needs `PGPASSWORD`; take it from
Secrets Manager:

```sh
export PGPASSWORD=$(aws secretsmanager get-secret-value --secret-id weighbridge/admin --query SecretString --output text)  ⟪fetch from Secrets Manager⟫
psql -h weighbridge.internal -U wb_admin tickets
```

If Secrets Manager is down, the break-glass login is `wb_admin` / `«pp:wbprod»`.  ⟦password|break-glass password in runbook⟧
"""),
    ("docs/runbooks/RB-21-gateway-onboarding.md", r"""
# RB-21 Onboard a LoRaWAN gateway at a farm

- Flash the SD card with image `fieldsense-gw-2026.02` (sha256 `«sha256:gwimg»`).  ⟪image checksum⟫
- SSH as `pi` with the default password `raspberry`, then run the Ansible `gateway` role which rotates it.  ⟪vendor factory default⟫
- MQTT: user `gateway`, password `«pwc:lorawan»`.  ⟦password|MQTT password in runbook⟧
- Register the EUI in ChirpStack: `chirpstack-cli gateway create --eui 0016c001ff1«hex:5-eui» --tenant «uuid:tenant»`.  ⟪gateway EUI and tenant UUID⟫
"""),
    ("docs/adr/ADR-009-static-credentials-at-depots.md", r"""
# ADR-009: static AWS credentials at the Lleida depot

Status: superseded by ADR-013 (IAM Roles Anywhere)

## Context
The relay at the Lleida depot has no instance role. We issued IAM user `depot-relay` with access key
`«akid:depotold»` in 2025. It was deactivated on 2026-02-11 and deleted on 2026-03-01.  ⟦?aws-key-id|deleted key ID quoted in an ADR⟧

## Decision
Use IAM Roles Anywhere with certificates issued by the Furrowline Field Device CA.
Example configuration (placeholders):

```ini
[profile depot]
credential_process = aws_signing_helper credential-process --certificate /etc/relay/cert.pem --private-key /etc/relay/key.pem --trust-anchor-arn arn:aws:rolesanywhere:eu-west-1:318604772951:trust-anchor/«uuid:ta»  ⟪Roles Anywhere ARN⟫
aws_access_key_id = AKIAXXXXXXXXXXXXXXXX  ⟪masked key ID⟫
```
"""),
    ("docs/adr/ADR-015-secrets-in-helm.md", r"""
# ADR-015: no secrets in Helm values

We found `helm/market-web/values-prod.yaml` carrying literal secrets. From now on:

- values files hold references only: `existingSecret: market-web`, ExternalSecrets pull from AWS Secrets Manager;
- CI fails when a values file contains `password:` with a literal (we use `password: ""` and `existingSecret`).

Bad (do not copy): `password: hunter2`  ⟪illustrative bad example password⟫
Good: `password: {{ .Values.global.redisPassword }}` fed from `ExternalSecret/market-web`.  ⟪template reference⟫
"""),
    ("docs/incidents/2026-03-18-slack-webhook-leak.md", r"""
# Incident 2026-03-18: imagery Slack webhook in a public gist

Timeline (UTC):
- 08:12 a contractor pasted the nightly workflow into a public gist, including the webhook
  `«slackhook:imagery»`.  ⟦slack-webhook|webhook still live when written (rotation pending, see action items)⟧
- 08:40 GitHub secret scanning alerted us on the AWS key in the same gist: `«akid:ghanightly»`.  ⟦aws-key-id|key ID quoted in the incident report⟧
- 08:55 key deactivated; CloudTrail shows no use outside our runner IPs.
- 09:30 the old PagerDuty key `«hex:32-pdoldkey»` was also in the gist; revoked at 09:31.  ⟦?pagerduty|revoked key quoted in an incident report⟧

Action items: rotate the webhook (OPS-881), move the workflow to OIDC (done).
"""),
    ("docs/wiki/onboarding-data-team.md", r"""
# Data team onboarding

Welcome! Things you need on day one:

| system | how to get access |
|---|---|
| Redshift `yields` | ask #data-platform; user `reader` |
| MLflow | SSO |
| Metabase | `https://metabase.tools.furrowline.io`, shared login `analyst@furrowline.io` / `«pw:metabase»` until SSO lands  ⟦password|shared login in a wiki table⟧
| Sentinel Hub | client id `«uuid:shclient»`, secret in 1Password  ⟪client id only⟫

Your AWS access is through SSO (`aws sso login --profile furrowline-data`). Never create access keys.
A request id in an error message, such as `«uuid:reqid2»`, is safe to paste in tickets.  ⟪request id⟫
"""),
    ("docs/wiki/partner-apis.md", r"""
# Partner APIs

## HydroValve (valve controllers)
Base URL `https://api.hydrovalve.io/v2`. Auth: OAuth client credentials, client `furrowline-prod`.
The sandbox client secret (sandbox only, resets weekly) is `sbx-00000000-0000-0000-0000-000000000000`.  ⟪zeroed sandbox value⟫

## Co-op Union contracts API
Basic auth. The production user is `furrowline`; password is `«pw:coopbasic»` (rotate with the co-op, they cannot do self-service).  ⟦password|partner password in wiki⟧

## Meteoblue
API key: see `/furrowline/weather/meteoblue` in SSM.  ⟪SSM pointer⟫

## Atlassian (Jira automation)
Service account `jira-bot@furrowline.io`, token `«atl:jira»`  ⟦atlassian|Atlassian API token⟧
"""),
    ("docs/wiki/aws-accounts.md", r"""
# AWS accounts

| account | id | purpose |
|---|---|---|
| furrowline-prod | 318604772951 | production |
| furrowline-staging | 664120398817 | staging |
| furrowline-tooling | 905512347760 | CI, ECR, artifacts |

Role `PlatformAdmin` (unique id `«aroa:admin»`) is assumable via SSO only.  ⟪IAM role unique id⟫
User `legacy-jenkins` (unique id `«aida:jenkins»`) is scheduled for deletion.  ⟪IAM user unique id⟫
Docs on key formats use the AWS example `AKIAI44QH8DHBEXAMPLE` / `je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY`.  ⟪AWS documentation key pair⟫
"""),
    ("docs/api/telemetry-api.md", r"""
# telemetry-api

```http
GET /v1/tractors/{serial}/summary HTTP/1.1
Host: telemetry.furrowline.io
Authorization: Bearer <token>  ⟪placeholder⟫
```

Response headers include `x-amzn-RequestId: «uuid:amzreq»` and `ETag: "«hex:32-tetag»"`.  ⟪request id and ETag⟫

Tractor serials from the AKIA dealer group look like `«akidnot:serial»` (not AWS key IDs).  ⟪AKIA + 16 with 0/1/8/9⟫
"""),
]

FILES += [
    ("exports/slack/fieldsense-oncall/2026-03-02.json", r"""
[
  {
    "type": "message",
    "user": "U«b62:10-u1»",
    "text": "ingest is lagging again, who has the aurora password?",
    "ts": "1772443201.000100"
  },
  {
    "type": "message",
    "user": "U«b62:10-u2»",
    "text": "it's `«pp:probedb»` - please don't paste it anywhere else :sweat_smile:",  ⟦password|password pasted in Slack⟧
    "ts": "1772443260.000200"
  },
  {
    "type": "message",
    "user": "U«b62:10-u1»",
    "text": "thanks. also the kinesis consumer is using these old creds AWS_ACCESS_KEY_ID=«akid:probe» AWS_SECRET_ACCESS_KEY=«awssec:probe»",  ⟦aws-key-id|key pair pasted in Slack⟧
    "ts": "1772443322.000300",
    "client_msg_id": "«uuid:cmid»"  ⟪message id⟫
  },
  {
    "type": "message",
    "user": "U«b62:10-u3»",
    "text": "file id F«b62:10-f1» has the diagram",
    "ts": "1772443400.000400"
  }
]
"""),
    ("exports/slack/markets/2026-03-09.json", r"""
[
  {"type": "message", "user": "U«b62:10-u4»", "text": "new stripe restricted key for the price board: «rk:board»", "ts": "1773049000.000100"},  ⟦stripe|Stripe key pasted in Slack⟧
  {"type": "message", "user": "U«b62:10-u5»", "text": "and the publishable one is «pk:board», that one is fine to share", "ts": "1773049061.000200"},  ⟪publishable key⟫
  {"type": "message", "user": "U«b62:10-u4»", "text": "deploy sha «sha:deploy1» is live", "ts": "1773049122.000300"}  ⟪git SHA⟫
]
"""),
    ("exports/teams/imagery-chat-2026-03.txt", r"""
[03/04/2026 09:14] Ana Lopes: the planet quota reset, batch can run again
[03/04/2026 09:15] Tom Briggs: ok. copernicus login is furrowline-ops / «pw:copernicus» if anyone needs the browser UI  ⟦password|password shared in Teams⟧
[03/04/2026 09:16] Ana Lopes: please use the vault path secret/imagery/copernicus next time
[03/04/2026 09:20] Tom Briggs: also here's the openai key for the labelling spike «oai:spike»  ⟦openai|OpenAI key pasted in Teams⟧
[03/04/2026 09:22] Ana Lopes: request failed with id req_«hex:24-oaireq», retrying  ⟪request id⟫
[03/04/2026 09:40] Tom Briggs: changed my vpn password to «pw:vpnjoke» lol, will change it again  ⟦?password|own password disclosed half-jokingly in chat⟧
"""),
    ("logs/probe-ingest/2026-03-12.log", r"""
2026-03-12T06:00:01.114Z INFO  ingest starting stream=prod-probe-stream shards=4 build=«sha:build1»  ⟪build SHA⟫
2026-03-12T06:00:01.230Z INFO  aws credentials source=env access_key_id=«akid:probe»  ⟦?aws-key-id|key ID alone in an application log⟧
2026-03-12T06:00:02.002Z WARN  mysql connect retry dsn=mysql://fieldsense:****@probe-meta.internal:3306/probes  ⟪masked password⟫
2026-03-12T06:00:04.870Z ERROR uplink signature mismatch gateway=gw-0042 mac=«hex:64-badmac»  ⟪MAC value in an error⟫
2026-03-12T06:00:05.001Z DEBUG http POST https://api.hydrovalve.io/v2/token body=grant_type=client_credentials&client_id=furrowline-prod&client_secret=«b62:40-valve»  ⟦app-secret|client secret in a debug log⟧
2026-03-12T06:00:05.440Z INFO  trace_id=«hex:32-trace» span_id=«hex:16-span» batch flushed n=500  ⟪trace ids⟫
"""),
    ("logs/codebuild/market-web-build-1187.log", r"""
[Container] 2026/03/10 11:02:17.331 Running command ./gradlew publish -PartifactoryUser=ci-publisher -PartifactoryPassword=«pwx:artifactory»  ⟦password|password echoed in a build log⟧
Downloading https://services.gradle.org/distributions/gradle-8.7-bin.zip
Verifying checksum «sha256:gradle»  ⟪checksum⟫
[Container] 2026/03/10 11:04:51.002 Phase complete: BUILD State: SUCCEEDED
"""),
    ("logs/lambda/frost-forecast-2026-03-15.log", r"""
START RequestId: «uuid:lreq1» Version: $LATEST  ⟪Lambda request id⟫
2026-03-15T03:00:02.118Z	«uuid:lreq1»	INFO	forecast fetched for 1812 fields
2026-03-15T03:00:02.410Z	«uuid:lreq1»	ERROR	openai 401: Incorrect API key provided: sk-proj-********************«b62:4-oaimask»  ⟪masked key with last 4 characters⟫
END RequestId: «uuid:lreq1»
REPORT RequestId: «uuid:lreq1»	Duration: 2311.20 ms	Billed Duration: 2312 ms	Memory Size: 512 MB
"""),
    ("logs/nginx/market-access.log", r"""
10.42.1.17 - - [11/Mar/2026:14:02:11 +0000] "GET /api/prices?symbol=ZW HTTP/1.1" 200 512 "-" "python-requests/2.32"
10.42.1.17 - - [11/Mar/2026:14:02:13 +0000] "GET /export?download=1&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260311%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Signature=«hex:64-sig» HTTP/1.1" 302 0  ⟦aws-key-id|key ID in a presigned URL in an access log⟧
10.42.1.20 - - [11/Mar/2026:14:02:19 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.42.1.21 - admin [11/Mar/2026:14:03:02 +0000] "GET /admin/?token=«b62:40-madmin» HTTP/1.1" 200 8812  ⟦app-secret|admin token in a query string⟧
"""),
    ("audit/cloudtrail/2026-03-11-eu-west-1.json", r"""
{
  "Records": [
    {
      "eventVersion": "1.09",
      "userIdentity": {
        "type": "IAMUser",
        "principalId": "«aida:uploader»",  ⟪IAM unique id⟫
        "arn": "arn:aws:iam::318604772951:user/sensor-uploader",
        "accountId": "318604772951",
        "accessKeyId": "«akid:uploader»",  ⟦aws-key-id|accessKeyId in CloudTrail⟧
        "userName": "sensor-uploader"
      },
      "eventTime": "2026-03-11T22:41:09Z",
      "eventSource": "s3.amazonaws.com",
      "eventName": "PutObject",
      "sourceIPAddress": "203.0.113.77",
      "requestID": "«b62:16-ctreq»",  ⟪request id⟫
      "eventID": "«uuid:ctevt1»"  ⟪event id⟫
    },
    {
      "eventVersion": "1.09",
      "userIdentity": {
        "type": "AssumedRole",
        "principalId": "«aroa:gha»:GitHubActions",  ⟪role unique id⟫
        "accessKeyId": "ASIAXXXXXXXXXXXXXXXX"  ⟪masked temporary key ID⟫
      },
      "eventName": "UpdateService",
      "eventID": "«uuid:ctevt2»"
    }
  ]
}
"""),
    ("audit/iam/list-access-keys.json", r"""
{
  "AccessKeyMetadata": [
    {"UserName": "sensor-uploader", "AccessKeyId": "«akid:uploader»", "Status": "Active", "CreateDate": "2025-10-02T08:00:00Z"},  ⟦aws-key-id|key ID in an IAM listing⟧
    {"UserName": "legacy-jenkins", "AccessKeyId": "«akid:legacyci»", "Status": "Active", "CreateDate": "2024-01-15T10:31:00Z"},  ⟦aws-key-id|key ID in an IAM listing⟧
    {"UserName": "coop-vallesrl-reports", "AccessKeyId": "AKIA****************", "Status": "Inactive"}  ⟪masked⟫
  ]
}
"""),
    ("audit/iam/policy-imagery.json", r"""
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject"], "Resource": "arn:aws:s3:::furrowline-ndvi-tiles/*"},
    {"Effect": "Allow", "Action": "secretsmanager:GetSecretValue", "Resource": "arn:aws:secretsmanager:eu-west-1:318604772951:secret:imagery/*"},
    {"Effect": "Allow", "Action": "kms:Decrypt", "Resource": "arn:aws:kms:eu-west-1:318604772951:key/«uuid:kmsimg»"}  ⟪KMS ARN⟫
  ]
}
"""),
    ("qa/har/portal-login.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "Firefox", "version": "125.0"},
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://agronomists.furrowline.io/api/auth/callback/credentials",
          "headers": [
            {"name": "Content-Type", "value": "application/x-www-form-urlencoded"},
            {"name": "Cookie", "value": "next-auth.csrf-token=«hex:64-csrf»%7C«hex:64-csrf2»"}  ⟪CSRF token cookie⟫
          ],
          "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "email=qa.lead%40furrowline.io&password=«pct:pw:qalead»&csrfToken=«hex:64-csrf»"}  ⟦password|login password in HAR post data⟧
        },
        "response": {
          "status": 200,
          "headers": [
            {"name": "Set-Cookie", "value": "next-auth.session-token=«b62:40-sess»; Path=/; HttpOnly; Secure"}  ⟦?app-secret|session cookie in a HAR⟧
          ]
        }
      },
      {
        "request": {
          "method": "GET",
          "url": "https://api.furrowline.io/v1/fields",
          "headers": [{"name": "Authorization", "value": "Bearer «jwt:portal-user»"}]  ⟦jwt|signed bearer JWT in a HAR⟧
        },
        "response": {"status": 200, "headers": [{"name": "x-amzn-requestid", "value": "«uuid:harreq»"}]}  ⟪request id⟫
      }
    ]
  }
}
"""),
    ("data/exports/dealer-users.csv", r"""
id,email,role,password_hash,api_key,created
1,ops@furrowline.io,admin,«bcrypt:u1»,,2024-02-01  ⟪bcrypt hash⟫
2,jordi@agromaq-lleida.es,dealer,«bcrypt:u2»,«hex:40-dealerkey1»,2024-05-17  ⟦app-secret|live dealer API key in a CSV export⟧
3,sofia@tractorsud.fr,dealer,«argon:u3»,,2025-01-09  ⟪argon2 hash⟫
4,temp-import@furrowline.io,dealer,,,2025-11-30
"""),
    ("data/exports/coop-sync-dump.sql", r"""
-- MySQL dump 10.13  Distrib 8.0.36
CREATE TABLE `partner_accounts` (`id` int, `partner` varchar(64), `api_user` varchar(64), `api_password` varchar(128));
INSERT INTO `partner_accounts` VALUES (1,'coop-union','furrowline','«pw:coopbasic»');  ⟦password|partner password in a SQL dump⟧
INSERT INTO `partner_accounts` VALUES (2,'agri-erp','furrowline-events','«pw:agrierp»');  ⟦password|partner password in a SQL dump⟧
CREATE USER 'coop'@'%' IDENTIFIED BY '«pw:coopsyncdb»';  ⟦password|CREATE USER IDENTIFIED BY⟧
CREATE USER 'report'@'%' IDENTIFIED WITH caching_sha2_password AS '$A$005$«b62:20-mysqlsalt»«b62:43-mysqlhash»';  ⟪MySQL password hash⟫
INSERT INTO `sessions` VALUES ('«uuid:sess1»','2026-03-01 10:00:00');  ⟪session id⟫
"""),
    ("data/seeds/farms.sql", r"""
INSERT INTO farms (id, name, region, api_token) VALUES
  ('«uuid:farm1»', 'Mas Roig', 'Lleida', NULL),  ⟪farm UUID⟫
  ('«uuid:farm2»', 'Ferme des Saules', 'Gers', NULL);
ALTER ROLE geo_app WITH PASSWORD '«pp:postgis»';  ⟦password|ALTER ROLE WITH PASSWORD⟧
"""),
    ("ops/leftovers/encoded-creds.txt", r"""
# found in an old Lambda layer (FARM-2310); keep until the keys are confirmed rotated
b64 id:     «b64:akid:layer»  ⟦aws-b64|base64 key ID⟧
b64 secret: «b64:awssec:layer»  ⟦aws-b64|base64 secret⟧
double:     «b64x2:idsec:layer2»  ⟦aws-b64b64|double base64 ID:SECRET⟧
hex:        «hexenc:awssec:layer3»  ⟦aws-hex|hex-encoded secret⟧
escaped:    «uesc:akid:layer3»  ⟦aws-uesc|unicode-escaped key ID⟧
config:     «b64:lit:region=eu-west-1;bucket=furrowline-layers;retries=3»  ⟪base64 of plain config⟫
"""),
    ("ops/leftovers/lambda-layer-config.json", r"""
{
  "encodedCredentials": "«b64:credini:layer4»",  ⟦aws-b64|base64 of a whole credentials file⟧
  "proxyAuth": "«pct:awssec:layer5»",  ⟦aws-percent|percent-encoded secret⟧
  "note": "«uesc:awssec:layer6»",  ⟦aws-uesc|unicode-escaped secret⟧
  "checksum": "«sha256:layercs»"  ⟪checksum⟫
}
"""),
    ("ops/leftovers/README.txt", r"""
Old layer contents, see FARM-2310. Sample encodings of the AWS doc key for the scanner regression:
«b64:lit:AKIAIOSFODNN7EXAMPLE»  ⟪base64 of the documentation key⟫
«hexenc:lit:wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY»  ⟪hex of the documentation secret⟫
"""),
]

FILES += [
    ("ops/history/zsh_history-ines", r"""
: 1772551200:0;kubectl -n markets get pods
: 1772551260:0;kubectl -n markets create secret generic market-web --from-literal=db-password='«pw:mwebtask»' --dry-run=client -o yaml  ⟦password|kubectl --from-literal password⟧
: 1772551320:0;aws configure set aws_secret_access_key «awssec:inesold» --profile legacy  ⟦aws-secret|aws configure set with a secret⟧
: 1772551380:0;aws configure set aws_access_key_id «akid:inesold» --profile legacy  ⟦aws-key-id|aws configure set with a key ID⟧
: 1772551440:0;sops -d k8s/imagery/secret.sops.yaml | kubectl apply -f -
: 1772551500:0;export VAULT_TOKEN=$(vault login -method=oidc -token-only)  ⟪command substitution⟫
: 1772551560:0;git commit -m "rotate creds"
"""),
    ("docs/runbooks/RB-30-datadog-muting.md", r"""
# RB-30 Mute Datadog monitors during harvest maintenance

```sh
curl -X POST "https://api.datadoghq.eu/api/v1/downtime" \
  -H "DD-API-KEY: ${DD_API_KEY}" \  ⟪env reference⟫
  -H "DD-APPLICATION-KEY: «hex:40-ddapp2»" \  ⟦datadog|Datadog application key in a curl header⟧
  -d '{"scope": "env:prod,team:harvest-ops", "end": 1772600000}'
```

Keys: personal app keys only. The org API key lives in `/shared/datadog/api-key` (SSM).
"""),
]
