"""fresh5 templates, operations: CI files, AWS CLI files, shell histories, logs and AWS exports, runbooks,
wiki pages and chat exports, encoded secrets, Ansible. Markers: see render.py and README.md."""

FILES = [
    (".github/workflows/deploy-booking.yml", r"""
name: deploy-booking
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@«gitsha:co»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::583920174465:role/gha-deploy
          aws-region: us-east-2
      - run: ./scripts/deploy.sh
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}  ⟪GitHub secrets expression⟫
          DD_API_KEY: ${{ secrets.DD_API_KEY }}  ⟪GitHub secrets expression⟫
"""),
    (".github/workflows/nightly-etl.yml", r"""
name: nightly-etl
on:
  schedule:
    - cron: "17 6 * * *"
jobs:
  etl:
    runs-on: ubuntu-24.04
    env:
      AWS_ACCESS_KEY_ID: «akid:gha»  ⟦aws-key-id|workflow env key ID⟧
      AWS_SECRET_ACCESS_KEY: «awssec:gha»  ⟦aws-secret|workflow env secret⟧
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - run: python etl/run.py --since yesterday
"""),
    (".github/workflows/ci.yml", r"""
name: ci
on: [pull_request]
jobs:
  unit:
    runs-on: ubuntu-24.04
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres  ⟪CI service container default⟫
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest -q
        env:
          DATABASE_URL: postgres://postgres:postgres@localhost:5432/postgres  ⟪CI throwaway database⟫
          AWS_ACCESS_KEY_ID: testing  ⟪moto credentials⟫
          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}  ⟪secrets expression⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  GITLAB_DEPLOY_TOKEN: «glpat:deploy»  ⟦gitlab|GitLab PAT in CI variables⟧
  SONAR_HOST_URL: https://sonar.qf-internal.net
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI job token variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  script:
    - curl -fsS -H "Authorization: GenieKey $OPSGENIE_KEY" https://api.opsgenie.com/v2/heartbeats/deploy/ping  ⟪variable⟫
"""),
    ("ops/gitlab-runner/config.toml", r"""
concurrent = 4

[[runners]]
  name = "qf-runner-01"
  url = "https://gitlab.qf-internal.net/"
  token = "«glrt:r1»"  ⟦gitlab|GitLab runner auth token⟧
  executor = "docker"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:runner»"  ⟦aws-key-id|runner cache AccessKey⟧
      SecretKey = "«awssec:runner»"  ⟦aws-secret|runner cache SecretKey⟧
      BucketName = "qf-runner-cache"
"""),
    ("ops/jenkins/Jenkinsfile", r"""
pipeline {
  agent any
  environment {
    AWS_CREDS = credentials('qf-aws-deploy')  ⟪Jenkins credentials()⟫
    SONAR_TOKEN = credentials('sonar')  ⟪Jenkins credentials()⟫
    ARTIFACTORY_PASSWORD = '«pw:artif»'  ⟦password|Jenkinsfile literal password⟧
  }
  stages {
    stage('Build') { steps { sh './gradlew build' } }
    stage('Publish') { steps { sh 'curl -u deployer:$ARTIFACTORY_PASSWORD -T build/libs/patients.jar https://artifacts.qf-internal.net/libs/' } }
  }
}
"""),
    ("ops/aws/credentials", r"""
[default]
aws_access_key_id = «akid:laptop»  ⟦aws-key-id|credentials file key ID⟧
aws_secret_access_key = «awssec:laptop»  ⟦aws-secret|credentials file secret⟧

[qf-staging]
aws_access_key_id = «asia:stg»  ⟦aws-key-id|session key ID⟧
aws_secret_access_key = «awssec:stg»  ⟦aws-secret|session secret⟧
aws_session_token = «sesstok:stg»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack⟫
aws_secret_access_key = test  ⟪LocalStack⟫
"""),
    ("ops/aws/config", r"""
[default]
region = us-east-2
output = json

[profile qf-prod-admin]
sso_session = quillfern
sso_account_id = 583920174465
sso_role_name = AdministratorAccess

[sso-session quillfern]
sso_start_url = https://quillfern.awsapps.com/start
sso_region = us-east-2

[profile qf-billing-ro]
role_arn = arn:aws:iam::207461893352:role/billing-readonly
source_profile = default
external_id = «uuid:extid»  ⟪external id is not a secret⟫
"""),
    ("ops/aws/sso-cache.json", r"""
{"startUrl": "https://quillfern.awsapps.com/start", "region": "us-east-2", "accessToken": "aoa«b62:200-sso»", "expiresAt": "2026-06-03T18:22:01Z"}  ⟦?aws-session-token|SSO cache access token (expired)⟧
"""),
    ("ops/history/oncall-bash_history", r"""
cd ~/src/booking
aws sts get-caller-identity
export AWS_ACCESS_KEY_ID=«akid:hist»  ⟦aws-key-id|history export key ID⟧
export AWS_SECRET_ACCESS_KEY=«awssec:hist»  ⟦aws-secret|history export secret⟧
aws s3 ls s3://qf-booking-media/
mysql -h legacy-mysql.internal -u clinic_legacy -p«pw:php» clinic  ⟦password|mysql -p password⟧
psql "postgresql://booking_app:«pwu:hist»@localhost:6432/booking"  ⟦conn-string|psql URL⟧
git log --oneline -3
curl -s -H "Authorization: token «ghp:hist»" https://api.github.com/user  ⟦github|curl with GitHub token⟧
aws secretsmanager get-secret-value --secret-id qf/prod/booking-db --query SecretString  ⟪secret read command⟫
history -c
"""),
    ("ops/history/deploy-zsh_history", r"""
: 1748941210:0;kubectl -n booking get secret booking-aws -o jsonpath='{.data.AWS_SECRET_ACCESS_KEY}' | base64 -d
: 1748941290:0;docker login -u qfbuild -p «dckr:hist»  ⟦dockerhub|Docker Hub PAT on command line⟧
: 1748941330:0;vault login «hvs:hist»  ⟦vault|Vault token on command line⟧
: 1748941401:0;export TF_TOKEN_app_terraform_io=«tfc:hist»  ⟦terraform-cloud|Terraform Cloud token⟧
: 1748941460:0;git rev-parse HEAD  # «gitsha:hist»  ⟪git SHA⟫
"""),
    ("ops/logs/booking-api-2026-05-14.log", r"""
2026-05-14T09:12:01.332Z INFO  request_id=«uuid:r1» path=/v1/appointments status=200 dur_ms=41  ⟪request id⟫
2026-05-14T09:12:03.118Z INFO  request_id=«uuid:r2» path=/v1/providers status=200 dur_ms=12  ⟪request id⟫
2026-05-14T09:12:04.990Z ERROR boto3 failed: InvalidClientTokenId for key «akid:logged» (region us-east-2)  ⟦aws-key-id|key ID in an error log⟧
2026-05-14T09:12:05.001Z DEBUG settings dump: EMAIL_HOST_PASSWORD='«pw:logsmtp»' STRIPE_API_KEY='sk_live_****'  ⟦password|password in settings dump⟧
2026-05-14T09:12:07.412Z INFO  stripe webhook evt_«b62:24-evt» verified  ⟪Stripe event id⟫
2026-05-14T09:12:08.020Z WARN  slow query digest=«sha256:qd» dur_ms=912  ⟪query digest⟫
2026-05-14T09:12:09.500Z INFO  outbound POST https://hooks.slack.com/services/T«b62:8-tt»/B«b62:10-bb»/XXXXXXXXXXXXXXXXXXXXXXXX status=200  ⟪masked webhook⟫
"""),
    ("ops/logs/reminders-lambda.log", r"""
START RequestId: «uuid:lr1» Version: $LATEST  ⟪Lambda request id⟫
2026-05-14T11:00:00.120Z	«uuid:lr1»	INFO	env loaded {"TWILIO_ACCOUNT_SID":"«twsid:main»","TWILIO_AUTH_TOKEN":"«hex32:twlog»"}  ⟦twilio|auth token logged with SID⟧
2026-05-14T11:00:00.410Z	«uuid:lr1»	INFO	sent 214 reminders
END RequestId: «uuid:lr1»
REPORT RequestId: «uuid:lr1»	Duration: 290.11 ms	Billed Duration: 291 ms	Memory Size: 256 MB	Max Memory Used: 98 MB
"""),
    ("ops/logs/cloudtrail-2026-05-13.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-05-13T22:41:09Z", "eventSource": "s3.amazonaws.com", "eventName": "ListBuckets",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:ct1»", "arn": "arn:aws:iam::583920174465:user/kiosk-sync",  ⟪IAM unique id⟫
   "accountId": "583920174465", "accessKeyId": "«akid:kiosk»", "userName": "kiosk-sync"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "sourceIPAddress": "203.0.113.77", "requestID": "«b62:16-ctreq»", "eventID": "«uuid:ctev1»"},  ⟪request and event ids⟫
 {"eventVersion": "1.09", "eventTime": "2026-05-13T22:43:51Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
  "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:ct2»:gha", "accessKeyId": "ASIAXXXXXXXXXXXXXXXX"},  ⟪role id and masked key⟫
  "eventID": "«uuid:ctev2»"}
]}
"""),
    ("ops/logs/iam-keys-2026-05.csv", r"""
user,access_key_id,status,created,last_used
kiosk-sync,«akid:kiosk»,Active,2025-11-02,2026-05-13  ⟦aws-key-id|IAM key listing⟧
ehr-partner-sync,«akid:partner»,Active,2026-01-19,2026-05-12  ⟦aws-key-id|IAM key listing⟧
legacy-reports,«akidbad:lr»,Inactive,2023-04-11,N/A  ⟪AKIA with non-base32 characters (redacted export)⟫
svc-ci,AKIA****************,Active,2026-02-02,2026-05-14  ⟪masked key ID⟫
"""),
    ("ops/logs/s3-access.log", r"""
«hex64:s3o» qf-booking-media [14/May/2026:09:30:11 +0000] 203.0.113.91 - «b62:16-s3r» REST.GET.OBJECT avatars/9912.png "GET /avatars/9912.png?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:presign»%2F20260514%2Fus-east-2%2Fs3%2Faws4_request&X-Amz-Signature=«hex64:sig» HTTP/1.1" 200 - 18231 18231 11 10 "-" "Mozilla/5.0" -  ⟦aws-key-id|key ID in a presigned URL in an access log⟧
«hex64:s3o» qf-booking-media [14/May/2026:09:30:12 +0000] 203.0.113.91 arn:aws:sts::583920174465:assumed-role/booking-task/«hex32:s3sess» «b62:16-s3r2» REST.HEAD.OBJECT avatars/9913.png "HEAD /avatars/9913.png HTTP/1.1" 200 - - 19011 5 - "-" "aws-sdk-python" -  ⟪canonical owner id and request id⟫
"""),
    ("docs/runbooks/rotate-booking-db.md", r"""
# Rotating the booking database password

1. Generate a new password: `aws secretsmanager get-random-password --password-length 32`.
2. Update the secret `qf/prod/booking-db` (never paste the value in Slack).
3. Until the migration to rotation lambdas is done, the break-glass login is
   `qf_admin` / `«pw:breakglass»` on the writer endpoint.  ⟦password|runbook sentence with a password⟧
4. Restart the booking service: `aws ecs update-service --cluster qf-prod --service booking-api --force-new-deployment`.

Password policy hash for the audit table (bcrypt): `«bcrypt:rb»`  ⟪bcrypt hash in docs⟫
"""),
    ("docs/runbooks/aws-keys.md", r"""
# Handling AWS keys

Never commit keys. The AWS documentation uses `AKIAIOSFODNN7EXAMPLE` with secret  ⟪documentation key⟫
`wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`; use those in docs and tests.  ⟪documentation secret⟫

Key IDs start with `AKIA` (long-term) or `ASIA` (temporary); the 16 characters after the prefix are
base32 (`A-Z`, `2-7`). A value like `AKIA0000111188889999` is therefore not a key ID.  ⟪non-base32 AKIA in docs⟫

To find who owns a key: `aws sts get-access-key-info --access-key-id <KEY_ID>`.  ⟪placeholder⟫
"""),
    ("docs/runbooks/incident-2026-04-22.md", r"""
# Incident 2026-04-22: kiosk key published in a public gist

- 09:02 GitHub secret scanning alert for key `«akid:gist»` (user `kiosk-sync-old`).  ⟦?aws-key-id|key ID of a key revoked during the incident⟧
- 09:05 key deactivated; 09:40 deleted. CloudTrail shows no use outside our ranges.
- The gist also held the Slack token `«xoxp:gist»`, revoked 09:51.  ⟦?slack|revoked user token quoted in the postmortem⟧
- Follow-up: move kiosks to IAM Roles Anywhere (cert serial `«hex32:cserial»`).  ⟪certificate serial⟫
"""),
    ("docs/wiki/onboarding-backend.md", r"""
# Backend onboarding

Local setup:

```sh
cp services/booking/.env.example services/booking/.env
export DATABASE_URL=postgres://booking:${POSTGRES_PASSWORD}@localhost:5432/booking  ⟪variable placeholder⟫
export OPENAI_API_KEY=<your-key>  ⟪angle placeholder⟫
```

The shared staging Grafana login is `oncall` / `«pw:grafstg»` (ask #sre before changing it).  ⟦password|wiki sentence with a shared password⟧
The Grafana service account token for dashboards-as-code: `«grafana:dash»`.  ⟦grafana|Grafana service account token⟧

Image digests we pin: `sha256:«sha256:wikiimg»`.  ⟪digest⟫
"""),
    ("docs/wiki/integrations.md", r"""
# Third-party integrations

| vendor | what | where the credential lives |
|---|---|---|
| Twilio | SMS reminders | `qf/prod/twilio` (Secrets Manager) |
| SendGrid | email | `qf/prod/sendgrid` |
| PagerDuty | paging | routing key `«hex32:pdwiki»` (Events v2)  ⟦pagerduty|PagerDuty routing key in wiki table⟧
| Linear | ticket sync | `«linear:wiki»`  ⟦linear|Linear API key in wiki⟧
| Sentry | errors | DSN `«sentrypub:wiki»` (public by design)  ⟪modern public DSN⟫
| Heroku | legacy marketing site | API key in 1Password, id `«uuid:op»`  ⟪1Password item id⟫
"""),
    ("docs/adr/0007-secrets-in-ecs.md", r"""
# ADR 0007: secrets in ECS task definitions

Status: accepted

Plain `environment` entries are visible to anyone with `ecs:DescribeTaskDefinition`. We use `secrets` with
`valueFrom` pointing at Secrets Manager, e.g.:

```json
{"name": "DATABASE_PASSWORD", "valueFrom": "arn:aws:secretsmanager:us-east-2:583920174465:secret:qf/prod/booking-db"}  ⟪valueFrom example⟫
```

Counter-example (what we found in revision 41 of `fax-gateway`, since deregistered):

```json
{"name": "Phaxio__ApiSecret", "value": "«hex40:phxold»"}  ⟦?app-secret|quoted secret of a deregistered revision⟧
```
"""),
    ("docs/chat/slack-sre-2026-05.json", r"""
[
 {"ts": "1747215601.000100", "user": "U«b62:10-u1»", "text": "deploy of booking «gitsha:chat1» done"},  ⟪git SHA⟫
 {"ts": "1747215688.000200", "user": "U«b62:10-u2»", "text": "can someone rerun the ETL with AKIA key «akid:chat» and secret «awssec:chat» until the role is fixed?"},  ⟦aws-key-id|key and secret in a chat message⟧
 {"ts": "1747215702.000300", "user": "U«b62:10-u1»", "text": "please don't paste keys here :(  rotate it"},
 {"ts": "1747215790.000400", "user": "U«b62:10-u3»", "text": "sendgrid key for the staging mailer: «sg:chat»"},  ⟦sendgrid|SendGrid key in chat⟧
 {"ts": "1747215801.000500", "user": "U«b62:10-u2»", "text": "request id for the failed call: «uuid:chatreq»"}  ⟪request id⟫
]
"""),
    ("docs/chat/teams-clinic-ops.txt", r"""
[2026-05-02 08:14] Dana R.: the kiosk at Elm St won't sync again
[2026-05-02 08:16] Priya K.: rebooted it, admin pw is still «pw:kioskchat» right?  ⟦password|password in chat export⟧
[2026-05-02 08:17] Dana R.: yes. ticket QF-«num:5-tk» has the logs
[2026-05-02 08:20] Priya K.: heroku deploy key for the marketing site: HEROKU_API_KEY=«uuid:herokuchat»  ⟦heroku|Heroku API key in chat⟧
"""),
    ("docs/notes/encoded-leftovers.md", r"""
# Things found by the April audit (kept for the write-up, all rotated)

- base64 in a kiosk config: `«b64:pair:enc1»`  ⟦aws-b64|base64 ID:SECRET⟧
- double-base64 in an old Helm override: `«b64b64:pair:enc2»`  ⟦aws-b64b64|double base64 ID:SECRET⟧
- hex in a firmware blob: `«hex:pair:enc3»`  ⟦aws-hex|hex ID:SECRET⟧
- URL-encoded in a Postman export: `aws_secret=«pct:awssec:enc4»`  ⟦aws-percent|percent-encoded secret⟧
- JSON with unicode escapes: `"key": "«uesc:akid:enc5»"`  ⟦aws-uesc|escaped key ID⟧
- and its secret: `"secret": "«uesc:awssec:enc5»"`  ⟦aws-uesc|escaped secret⟧
- the same JSON had the reporting DB login: `"dbPassword": "«uesc:pw:enc6»"`  ⟦password|unicode-escaped password in a password slot⟧
- and a JDBC URL from a Tableau export: `jdbc:postgresql://booking-ro.internal:5432/booking?user=reporting&password=«pct:pw:enc7»`  ⟦conn-string|percent-encoded password in a URL⟧
- a Helm chart that base64s values twice: `password: «b64b64:pw:enc8»`  ⟦?password-b64|double base64 password⟧
"""),
    ("ops/postman/claimbridge.postman_collection.json", r"""
{
  "info": {"_postman_id": "«uuid:pm»", "name": "ClaimBridge", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},  ⟪Postman id⟫
  "auth": {"type": "awsv4", "awsv4": [
    {"key": "accessKey", "value": "«akid:postman»", "type": "string"},  ⟦aws-key-id|Postman awsv4 accessKey⟧
    {"key": "secretKey", "value": "«awssec:postman»", "type": "string"},  ⟦aws-secret|Postman awsv4 secretKey⟧
    {"key": "region", "value": "us-east-2", "type": "string"}
  ]},
  "item": [{"name": "roster", "request": {"method": "GET", "header": [{"key": "Authorization", "value": "Bearer «jwt:pm»"}],  ⟦?jwt|signed bearer JWT in a Postman request⟧
    "url": "https://api.claimbridge.io/v2/roster?api_key={{claimbridge_key}}"}}]  ⟪Postman variable⟫
}
"""),
    ("ops/encoded/kiosk-env.b64", r"""
«b64:credfile:kioskb64»  ⟦aws-b64|base64 credentials file⟧
"""),
    ("ops/encoded/relay-config.hex", r"""
# xxd -p of relay.conf, copied from the appliance
«hex:pw:relayhex»  ⟦?password|hex-encoded password with no context⟧
«hex:akid:relayhex»  ⟦aws-hex|hex-encoded key ID⟧
"""),
    ("ops/encoded/sftp-key.txt", r"""
# base64 of the fax SFTP private key (as stored in the old Jenkins)
«b64openssh:ed2:faxdrop@quillfern»  ⟦private-key|base64 OpenSSH private key⟧
"""),
    ("ops/encoded/kms-envelope.json", r"""
{"KeyId": "arn:aws:kms:us-east-2:583920174465:key/«uuid:kmsenv»", "CiphertextBlob": "«kmsblob:env»", "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"}  ⟪KMS ciphertext⟫
"""),
    ("ops/ansible/group_vars/kiosks.yml", r"""
kiosk_admin_user: kioskadmin
kiosk_admin_password: "{{ vault_kiosk_admin_password }}"  ⟪Jinja vault variable⟫
kiosk_ntp: time.aws.com
kiosk_wifi_psk: «pw:wifi»  ⟦password|Wi-Fi PSK in group vars⟧
"""),
    ("ops/ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex64:av1»  ⟪Ansible vault ciphertext⟫
«hex64:av2»  ⟪Ansible vault ciphertext⟫
«hex64:av3»
"""),
    ("ops/ansible/roles/kiosk/defaults/main.yml", r"""
# defaults, override in group_vars
kiosk_admin_password: changeme  ⟪documented default⟫
kiosk_api_token: "<set-me>"  ⟪placeholder⟫
kiosk_firmware_sha256: «sha256:fw»  ⟪firmware digest⟫
"""),
    ("ops/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
«sshpub:rsa2:bastion.qf-internal.net»  ⟪ssh host public key⟫
"""),
    ("ops/ssh/authorized_keys", r"""
«sshpub:ec1:priya@laptop»  ⟪ssh public key⟫
«sshpub:ed2:faxdrop@quillfern»  ⟪ssh public key⟫
"""),
    ("ops/netrc", r"""
machine api.heroku.com
  login ops@quillfern.health
  password «uuid:netrc»  ⟦heroku|Heroku API key in netrc⟧
machine git.qf-internal.net
  login deploy
  password «pw:netrcgit»  ⟦password|netrc password⟧
"""),
    ("ops/pgpass", r"""
booking.cluster-c«b62:12-rds».us-east-2.rds.amazonaws.com:5432:booking:qf_admin:«pw:pgpass»  ⟦password|pgpass entry⟧
*:*:*:replicator:*
"""),
    ("ops/sentry/sentry.properties", r"""
defaults.url=https://sentry.io/
defaults.org=quillfern
defaults.project=fax-gateway
dsn=«sentryleg:fax»  ⟦sentry-dsn|legacy DSN with secret⟧
"""),
    ("ops/monitoring/datadog.yaml", r"""
api_key: «hex32:ddagent»  ⟦datadog|Datadog agent api_key⟧
site: datadoghq.com
hostname_fqdn: true
logs_enabled: true
tags:
  - env:prod
  - team:sre
"""),
    ("ops/monitoring/pagerduty-services.json", r"""
{"services": [
  {"id": "P«b62:6-pd1»", "name": "booking-api", "integration_key": "«hex32:pdsvc»"},  ⟦pagerduty|PagerDuty integration key⟧
  {"id": "P«b62:6-pd2»", "name": "reminders", "escalation_policy": {"id": "P«b62:6-pd3»"}}  ⟪PagerDuty object ids⟫
]}
"""),
    ("ops/monitoring/newrelic.yml", r"""
common: &default_settings
  license_key: «hexn:36-nrlic»NRAL  ⟦newrelic|New Relic license key⟧
  app_name: patients
  distributed_tracing:
    enabled: true
"""),
    ("ops/scripts/restore-snapshot.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
SNAP_ID="${1:?snapshot id}"
export PGPASSWORD="$(aws secretsmanager get-secret-value --secret-id qf/prod/booking-db --query SecretString --output text | jq -r .password)"  ⟪read from Secrets Manager⟫
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier "booking-restore-$SNAP_ID" --snapshot-identifier "$SNAP_ID" --engine aurora-postgresql
SLACK_HOOK="«slackhook:restore»"  ⟦slack-webhook|webhook in shell script⟧
curl -s -X POST -d "{\"text\":\"restore $SNAP_ID started\"}" "$SLACK_HOOK"
"""),
    ("ops/scripts/fetch-kiosk-logs.ps1", r"""
$ErrorActionPreference = "Stop"
$env:AWS_ACCESS_KEY_ID = "«akid:ps»"  ⟦aws-key-id|PowerShell env key ID⟧
$env:AWS_SECRET_ACCESS_KEY = "«awssec:ps»"  ⟦aws-secret|PowerShell env secret⟧
$securePw = ConvertTo-SecureString "«pw:pswin»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal⟧
Read-S3Object -BucketName qf-kiosk-logs -KeyPrefix elm-st/ -Folder C:\kiosk-logs
"""),
    ("ops/codebuild/build-2026-05-14.log", r"""
[Container] 2026/05/14 10:01:02.118 Running command echo "$DOCKERHUB_PASS" | docker login -u qfbuild --password-stdin
Login Succeeded
[Container] 2026/05/14 10:01:09.551 Running command env | sort
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/«uuid:cbcred»  ⟪container credentials URI⟫
CODEBUILD_BUILD_ID=qf-booking-ci:«uuid:cbid»  ⟪build id⟫
CODEBUILD_RESOLVED_SOURCE_VERSION=«gitsha:cbsrc»  ⟪git SHA⟫
DEPLOY_BOT_TOKEN=«ghp:deploybot»  ⟦github|token printed by env in a build log⟧
DOCKERHUB_PASS=***  ⟪masked⟫
"""),
    ("ops/terraform/terraform.tfstate.backup", r"""
{
  "version": 4,
  "terraform_version": "1.8.5",
  "serial": 112,
  "lineage": "«uuid:lineage»",  ⟪state lineage UUID⟫
  "resources": [
    {
      "type": "aws_iam_access_key",
      "name": "ehr_sync",
      "instances": [{"attributes": {
        "id": "«akid:tfstate»",  ⟦aws-key-id|key ID in state⟧
        "secret": "«awssec:tfstate»",  ⟦aws-secret|secret in state⟧
        "ses_smtp_password_v4": "B«b62:43-sesstate»",  ⟦password|SES SMTP password in state⟧
        "encrypted_secret": null,
        "user": "ehr-sync"
      }}]
    }
  ]
}
"""),
    ("ops/eb/.ebextensions/env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    NODE_ENV: production
    MARKETING_SITE_SESSION_SECRET: «b64sec:32-mkt»  ⟦app-secret|session secret in Beanstalk env⟧
    NEXTAUTH_SECRET: «b64sec:32-nextauth»  ⟦app-secret|NEXTAUTH_SECRET⟧
"""),
    ("ops/README.md", r"""
# ops

Tools and configuration for Quillfern Health operations. Secrets live in AWS Secrets Manager under
`qf/<env>/<service>`; SSM parameters under `/qf/<env>/<service>/`. Nothing in this directory should hold
a live credential (see docs/runbooks/aws-keys.md).

Accounts: 583920174465 (prod), 207461893352 (staging), 941736025518 (shared services).
"""),
    ("ops/mobile/google-services.json", r"""
{
  "project_info": {"project_number": "«num:12-gpn»", "project_id": "quillfern-patient-app"},
  "client": [{
    "client_info": {"mobilesdk_app_id": "1:«num:12-gpn»:android:«hex32:andr»"},  ⟪app id⟫
    "api_key": [{"current_key": "«aiza:android»"}]  ⟪Firebase Android key is public by design⟫
  }]
}
"""),
    ("ops/mobile/fastlane/Appfile", r"""
app_identifier("health.quillfern.patient")
apple_id("mobile@quillfern.health")
team_id("«b62:10-team»")
ENV["FASTLANE_PASSWORD"] = "«pw:fastlane»"  ⟦password|Apple ID password in Fastfile⟧
ENV["MATCH_PASSWORD"] = ENV.fetch("MATCH_PASSWORD")  ⟪env lookup⟫
"""),
    ("docs/api/webhooks.md", r"""
# Webhooks

We sign every webhook with HMAC-SHA256. Example header:

    X-QF-Signature: t=1747215601,v1=«hex64:whsig»  ⟪signature, not a key⟫

Verify with your endpoint secret (shown once in the dashboard, looks like `qfwh_` + 32 characters).
Example Stripe event id: `evt_1P«b62:22-stevt»`.  ⟪event id⟫
"""),
]
