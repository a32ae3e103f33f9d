"""Ops share: scripts, runbooks, exports, logs, dotfiles, keys."""
FILES = {}

FILES["ops/scripts/rotate-reporting-creds.sh"] = '''
#!/usr/bin/env bash
set -euo pipefail
# one-off rotation, run from the bastion (OPS-4471)
export PGPASSWORD='«pw:rot_pg»' ⟦password⟧
psql -h reporting-db.internal -U postgres -c "ALTER ROLE metabase WITH PASSWORD '${NEW_METABASE_PASSWORD}';"
mysqldump -h legacy-crm.internal -u backup -p'«pw:rot_mysql»' crm | gzip > /backups/crm-$(date +%F).sql.gz ⟦password|mysql CLI flag⟧
sha256sum /backups/crm-*.sql.gz
'''

FILES["ops/scripts/Publish-Reports.ps1"] = '''
param([string]$Environment = "live")
$ErrorActionPreference = "Stop"

$secure = ConvertTo-SecureString "«pw:ps_sp»" -AsPlainText -Force ⟦password|service principal secret as plain text⟧
$cred = New-Object System.Management.Automation.PSCredential("«uuid:ps_app»", $secure)
Connect-AzAccount -ServicePrincipal -Credential $cred -Tenant "«uuid:tenant»"

$kvSecret = Get-AzKeyVaultSecret -VaultName "kv-tallypine-reports" -Name "ReportsDb" -AsPlainText
Publish-AzWebApp -ResourceGroupName "rg-reports-$Environment" -Name "tallypine-reports" -ArchivePath .\\out.zip
'''

FILES["ops/scripts/backfill_exports.py"] = '''
"""Backfill invoice exports into the new bucket (ran once on 2024-06-18)."""
import boto3

session = boto3.Session(
    aws_access_key_id="«asia:backfill»", ⟦aws-access-key-id|temporary⟧
    aws_secret_access_key="«aws_secret:backfill»", ⟦aws-secret-access-key|temporary⟧
    aws_session_token="«aws_session:backfill»", ⟦aws-session-token⟧
    region_name="eu-west-1",
)
s3 = session.client("s3")
for page in s3.get_paginator("list_objects_v2").paginate(Bucket="tallypine-exports-old"):
    for obj in page.get("Contents", []):
        s3.copy_object(Bucket="tallypine-exports-live", Key=obj["Key"],
                       CopySource={"Bucket": "tallypine-exports-old", "Key": obj["Key"]})
'''

FILES["ops/scripts/verify-artifacts.sh"] = '''
#!/bin/sh
# expected digests for release 2024.07.2
cat > /tmp/SHA256SUMS <<'SUMS'
«sha256:a1»  tallypine-cli-linux-amd64
«sha256:a2»  tallypine-cli-darwin-arm64
«sha256:a3»  tallypine-cli-windows-amd64.exe
SUMS
sha256sum -c /tmp/SHA256SUMS
'''

FILES["ops/scripts/doppler-bootstrap.sh"] = '''
#!/usr/bin/env bash
# bootstrap a fresh CI runner with the live service token
doppler configure set token «doppler:ci» --scope /srv/ci ⟦doppler-token⟧
doppler run --project billing --config prd -- ./migrate.sh
'''

FILES["ops/newrelic/newrelic.yml"] = '''
common: &default_settings
  license_key: «nr_license:apm» ⟦newrelic-license-key⟧
  app_name: Tallypine Billing
  distributed_tracing:
    enabled: true
production:
  <<: *default_settings
'''

FILES["ops/newrelic/sync_alerts.py"] = '''
import requests

NERDGRAPH = "https://api.eu.newrelic.com/graphql"
HEADERS = {"API-Key": "«nrak:sync»", "Content-Type": "application/json"} ⟦newrelic-user-key⟧


def list_policies(account_id):
    q = "{ actor { account(id: %d) { alerts { policiesSearch { policies { id name } } } } } }" % account_id
    return requests.post(NERDGRAPH, json={"query": q}, headers=HEADERS, timeout=10).json()
'''

FILES["docs/runbooks/vault-recovery.md"] = '''
# Vault recovery after an auto-unseal failure

1. Check `vault status` on all three nodes; `Sealed: true` means KMS auto-unseal failed.
2. Use the recovery keys from the sealed envelopes (never stored digitally). Format: `vault operator unseal <key-share>`.
3. During INC-2031 we generated a temporary root token; it was **not** revoked until 2024-06-03:

   ```
   export VAULT_ADDR=https://vault.tallypine.net:8200
   export VAULT_TOKEN=«hvs:root» ⟦vault-token⟧
   vault token revoke -self
   ```
4. Terraform Cloud workspace `vault-live` re-applies the policies; its team token is in 1Password.
'''

FILES["docs/runbooks/okta-scim-resync.md"] = '''
# Okta SCIM resync

When provisioning to Zendesk stalls, push users manually:

    curl -s -H "Accept: application/json" \\
      -H "Authorization: SSWS «okta:scim»" \\ ⟦okta-api-token⟧
      "https://tallypine.okta.com/api/v1/apps/0oa9x2kq1ZpLrM5Ts417/users?limit=200"

Rate limit: 600 req/min on this endpoint. Pagination uses the `after` cursor from the `Link` header.
'''

FILES["docs/integrations/jira-sync.md"] = '''
## Jira Cloud sync (ops-bot)

The bot authenticates with basic auth (email + API token):

| setting | value |
|---|---|
| site | https://tallypine.atlassian.net |
| email | ops-bot@tallypine.com |
| token | «atlassian:jira» | ⟦atlassian-api-token⟧

Token belongs to the ops-bot service account; rotate yearly.
'''

FILES["docs/onboarding/first-week.md"] = '''
# First week setup

1. Ask IT for SSO; run `aws configure sso` (profile `tp-dev`).
2. Copy `.env.sample` to `.env` and fill in your own values:

   ```
   STRIPE_SECRET_KEY=sk_live_<your restricted key>
   GITHUB_TOKEN=ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
   AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
   AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
   ```
3. Never commit `.env`; the pre-commit hook blocks it.
'''

FILES["docs/adr/0011-password-policy.md"] = '''
# ADR 0011: Customer password policy

Status: accepted (2024-02-19)

- `password_min_length = 12`, `password_max_length = 128`
- `password_require_symbols = false` (NIST 800-63B)
- `password_history = 5`, `password_max_age_days = 0` (no forced rotation)
- Hashing: argon2id, `memory_cost=65536`, `time_cost=3`
- Breached-password check against the k-anonymity range API.
'''

FILES["README.md"] = '''
# tallypine

Monorepo for the Tallypine invoicing platform.

| path | what |
|---|---|
| services/ | backend services (Python, Node, Go, Java, Ruby, PHP, .NET) |
| apps/ | dashboard and mobile |
| infra/ | CloudFormation, SAM, CDK, Terraform, Helm, k8s |
| ops/ | scripts and runbooks |

Secrets live in AWS Secrets Manager and Doppler; see docs/onboarding/first-week.md.
'''

FILES["ops/exports/jira/OPS-4519.json"] = '''
{
  "key": "OPS-4519",
  "fields": {
    "summary": "Migrate status page + marketing site off Heroku/DO",
    "reporter": {"displayName": "Sam Okafor"},
    "created": "2024-06-21T10:04:11.000+0000",
    "comment": {"comments": [
      {"author": {"displayName": "Sam Okafor"}, "body": "Heroku API key for the old team account, needed for the pg:backups export: «heroku:ops»"}, ⟦heroku-api-key⟧
      {"author": {"displayName": "Lena Brandt"}, "body": "DO token with write scope so the droplet snapshots can be moved: «dop:ops»"}, ⟦digitalocean-token⟧
      {"author": {"displayName": "Sam Okafor"}, "body": "Done, both revoked. Attachment sha: «sha256:att»"}
    ]}
  }
}
'''

FILES["ops/exports/slack/platform-eng/2024-06-11.json"] = '''
[
  {"ts": "1718101201.118259", "user": "U04JQ2K7H", "text": "anyone know why the exporter user keeps failing?"},
  {"ts": "1718101266.220411", "user": "U05AB8R1Z", "text": "using these for now, will rotate after standup"},
  {"ts": "1718101270.220511", "user": "U05AB8R1Z", "text": "aws_access_key_id=«akid:slack»"}, ⟦aws-access-key-id⟧
  {"ts": "1718101271.220611", "user": "U05AB8R1Z", "text": "aws_secret_access_key=«aws_secret:slack»"}, ⟦aws-secret-access-key⟧
  {"ts": "1718101390.331002", "user": "U04JQ2K7H", "text": "also the release bot PAT expired, new one: «ghpat:slack»"}, ⟦github-fine-grained-pat⟧
  {"ts": "1718101455.331101", "user": "U02ZZ9KQ1", "text": "please use 1Password :pleading_face: request id «uuid:req»"}
]
'''

FILES["ops/exports/teams/incident-bridge-2024-07-02.txt"] = '''
[09:14] Priya Raman: TF Cloud runs are stuck, I used my user token locally
[09:15] Priya Raman: TFE_TOKEN=«tfc:incident» ⟦terraform-cloud-token⟧
[09:21] Jonas Feld: sentry releases are broken too, here's the org token for the CI fix: «sntrys:incident» ⟦sentry-auth-token⟧
[09:22] Jonas Feld: DSN for the dashboard is «sentry_dsn:dash» (public, fine) ⟪sentry dsn⟫
[09:40] Priya Raman: resolved, trace id 4bf92f3577b34da6a3ce929d0e0e4736
'''

FILES["ops/exports/helpscout/conversation-88123.eml"] = '''
From: "Carla Jensen" <carla@nordlys-retail.dk>
To: support@tallypine.com
Subject: Re: SendGrid integration not sending invoices
Date: Tue, 09 Jul 2024 13:02:55 +0200
Message-ID: <«uuid:msgid»@nordlys-retail.dk>

Hi,

we created a new key in SendGrid for you as requested:

«sendgrid:customer» ⟦sendgrid-api-key⟧

Also our Slack bot for the #finance channel uses «xoxb:customer» if that helps. ⟦slack-bot-token⟧

Best,
Carla
'''

FILES["ops/logs/deploy-2024-07-14.log"] = '''
2024-07-14T08:01:12Z INFO  deploy start release=2024.07.2 request_id=«uuid:d1»
2024-07-14T08:01:13Z INFO  fetching charts
2024-07-14T08:01:14Z DEBUG exec: git clone https://deploy-bot:«pw:gitea»@git.internal.tallypine.net/platform/charts.git /tmp/charts ⟦basic-auth-url⟧
2024-07-14T08:01:20Z INFO  helm upgrade billing ./charts/billing -f values-live.yaml
2024-07-14T08:02:41Z INFO  rollout complete digest=sha256:«sha256:d2»
'''

FILES["ops/logs/nginx/api-access.log.1"] = '''
10.42.3.18 - - [14/Jul/2024:08:03:10 +0000] "GET /v2/invoices?limit=50&cursor=eyJjcmVhdGVkX2F0IjoiMjAyNC0wNy0xMVQwOToxMjowMFoiLCJpZCI6OTkxMjN9 HTTP/1.1" 200 18211 "-" "tallypine-sdk-py/3.1.0"
10.42.3.18 - - [14/Jul/2024:08:03:11 +0000] "GET /v2/customers?page_token=«b64_44:pt»&limit=100 HTTP/1.1" 200 40223 "-" "tallypine-sdk-js/2.0.4"
10.42.7.2 - - [14/Jul/2024:08:03:14 +0000] "POST /v2/webhooks/stripe HTTP/1.1" 200 2 "-" "Stripe/1.0 (+https://stripe.com/docs/webhooks)"
10.42.7.9 - - [14/Jul/2024:08:03:20 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
'''

FILES["ops/logs/worker-crash-2024-05-30.log"] = '''
Traceback (most recent call last):
  File "/app/worker/main.py", line 41, in <module>
    conn = kombu.Connection(BROKER_URL)
kombu.exceptions.OperationalError: [Errno 111] Connection refused
BROKER_URL=amqp://invoicing:«pw:amqp_crash»@rabbitmq-0.rabbitmq.billing.svc:5672/invoicing ⟦amqp-uri⟧
MONGO_URL=mongodb+srv://audit_writer:«pw:mongo»@audit.x7kq2.mongodb.net/audit?retryWrites=true ⟦mongodb-uri⟧
worker exited with status 1
'''

FILES["home/dmitri/.aws/credentials"] = '''
[default]
aws_access_key_id = «akid:dmitri» ⟦aws-access-key-id⟧
aws_secret_access_key = «aws_secret:dmitri» ⟦aws-secret-access-key⟧

[tp-legacy]
aws_access_key_id = «akid:dmitri_legacy» ⟦aws-access-key-id⟧
aws_secret_access_key = «aws_secret:dmitri_legacy» ⟦aws-secret-access-key⟧
region = eu-central-1
'''

FILES["home/dmitri/.aws/config"] = '''
[profile tp-dev]
sso_session = tallypine
sso_account_id = 918273645501
sso_role_name = Developer
region = eu-west-1

[sso-session tallypine]
sso_start_url = https://tallypine.awsapps.com/start
sso_region = eu-west-1

[profile tp-ci]
credential_process = /usr/local/bin/aws-vault exec tp-ci --json
'''

FILES["home/dmitri/.netrc"] = '''
machine api.heroku.com
  login dmitri@tallypine.com
  password «heroku_uuid:netrc» ⟦heroku-api-key⟧
machine git.heroku.com
  login dmitri@tallypine.com
  password «heroku_uuid:netrc» ⟦heroku-api-key⟧
machine github.com
  login dmitri-tp
  password «gho:netrc» ⟦github-oauth-token⟧
'''

FILES["home/dmitri/.npmrc"] = '''
//registry.npmjs.org/:_authToken=«npm:dmitri» ⟦npm-token⟧
init-author-name=Dmitri Volkov
save-exact=true
'''

FILES["home/dmitri/.docker/config.json"] = '''
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "«dockerauth:dmitri|b64»" ⟦docker-registry-auth⟧
    },
    "918273645501.dkr.ecr.eu-west-1.amazonaws.com": {}
  },
  "credHelpers": {
    "918273645501.dkr.ecr.eu-west-1.amazonaws.com": "ecr-login"
  },
  "credsStore": "desktop"
}
'''

FILES["home/dmitri/.kube/config"] = '''
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: «cert:kube_ca|b64»
    server: https://3F1C2A9B7E.gr7.eu-west-1.eks.amazonaws.com
  name: live
- cluster:
    server: https://k3s.lab.tallypine.net:6443
    insecure-skip-tls-verify: true
  name: lab
contexts:
- context: { cluster: live, user: live-sso }
  name: live
- context: { cluster: lab, user: lab-admin }
  name: lab
current-context: live
users:
- name: live-sso
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: ["eks", "get-token", "--cluster-name", "live"]
- name: lab-admin
  user:
    token: «jwt_k8s:lab» ⟦kubernetes-token⟧
'''

FILES["home/dmitri/.pgpass"] = '''
# hostname:port:database:username:password
ledger-primary.db.tallypine.net:5432:ledger:ledger_rw:«pw:ledger_db» ⟦password⟧
reporting-db.internal:5432:*:postgres:«pw:rot_pg» ⟦password⟧
localhost:5432:*:postgres:*
'''

FILES["home/dmitri/.git-credentials"] = '''
https://dmitri-tp:«ghp:gitcred»@github.com ⟦github-pat⟧
https://oauth2:«glpat:gitcred»@gitlab.com ⟦gitlab-token⟧
'''

FILES["home/dmitri/.bash_history"] = '''
cd ~/src/tallypine
git pull --rebase
export ANTHROPIC_API_KEY=«anthropic:shell» ⟦anthropic-api-key⟧
python services/ranker/scripts/smoke.py
curl -u admin:«pw:nexus» https://nexus.tallypine.net/service/rest/v1/repositories ⟦password|curl -u⟧
curl -H "Authorization: Bearer «xoxp:shell»" https://slack.com/api/auth.test ⟦slack-user-token⟧
kubectl --context lab get pods -A
ls -la ~/.ssh
'''

FILES["home/ci-runner/.pypirc"] = '''
[distutils]
index-servers =
    pypi
    tallypine

[pypi]
username = __token__
password = «pypi:runner» ⟦pypi-token⟧

[tallypine]
repository = https://nexus.tallypine.net/repository/pypi-internal/
username = ci-publisher
password = «pw:nexus_ci» ⟦password⟧
'''

FILES["home/ci-runner/.config/gh/hosts.yml"] = '''
github.com:
    users:
        tallypine-ci:
            oauth_token: «gho:ghcli» ⟦github-oauth-token⟧
    git_protocol: https
    user: tallypine-ci
'''

FILES["home/ci-runner/.gitlab-runner/config.toml"] = '''
concurrent = 4
check_interval = 0

[[runners]]
  name = "ci-runner-eu-1"
  url = "https://gitlab.com/"
  token = "«glrt:runner»" ⟦gitlab-runner-token⟧
  executor = "docker"
  [runners.docker]
    image = "alpine:3.20"
    privileged = false
'''

FILES["home/dmitri/.ssh/id_ed25519"] = '''
«ossh:dmitri_tallypine|strip» ⟦private-key-openssh⟧
'''

FILES["home/dmitri/.ssh/id_ed25519.pub"] = '''
«osshpub:dmitri_tallypine»
'''

FILES["home/dmitri/.ssh/known_hosts"] = '''
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl
gitlab.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIAfuCHKVTjquxvt6CM6tdG4SLp1Btn/nOeHHE5UOzRdf
|1|«b64_44:kh1»|«b64_44:kh2» ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBE
'''

FILES["ops/keys/gcp/bq-exporter-sa.json"] = '''
{
  "type": "service_account",
  "project_id": "tallypine-analytics",
  "private_key_id": "«hex40:sa_kid»",
  "private_key": "«rsa8:gcp_sa|json»", ⟦gcp-service-account-key⟧
  "client_email": "bq-exporter@tallypine-analytics.iam.gserviceaccount.com",
  "client_id": "1«hex32:sa_cid»",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "universe_domain": "googleapis.com"
}
'''

FILES["ops/keys/payout-signing.key"] = '''
«ec:payout|strip» ⟦private-key-ec⟧
'''

FILES["ops/keys/partner-sftp-legacy.pem"] = '''
«rsa1:sftp|strip» ⟦private-key-rsa⟧
'''

FILES["ops/certs/api.tallypine.com.crt"] = '''
«cert:api_tallypine_com|strip»
'''

FILES["ops/certs/partner-sftp-legacy.pub.pem"] = '''
«pub:sftp|strip»
'''

FILES["ops/scripts/geocode_backfill.py"] = '''
"""Server-side geocoding for invoice addresses (Cloud Run job, not shipped to clients)."""
import requests

GEOCODE_KEY = "«gapi:server»" ⟦google-api-key|server-side⟧


def geocode(addr):
    r = requests.get("https://maps.googleapis.com/maps/api/geocode/json",
                     params={"address": addr, "key": GEOCODE_KEY}, timeout=5)
    return r.json()["results"][0]["geometry"]["location"]
'''

FILES["ops/stripe/refund_batch.rb"] = '''
require "stripe"

# restricted key: refunds write, charges read
Stripe.api_key = "«rk_live:refunds»" ⟦stripe-restricted-key⟧

CSV.foreach(ARGV[0], headers: true) do |row|
  Stripe::Refund.create(charge: row["charge_id"], reason: "requested_by_customer")
end
'''

FILES["ops/twilio/verify_keys.sh"] = '''
#!/bin/sh
# API key SID is an identifier; the secret authenticates
curl -s -u "«twilio_sk:verify»:«alnum32:twilio_key_secret»" \\ ⟦twilio-api-key-secret⟧
  https://api.twilio.com/2010-04-01/Accounts/«twilio_ac:notif»/Balance.json
'''

FILES["ops/github/app-installation-token.txt"] = '''
# captured from the deploy job log before masking was fixed (DEVX-301); expired after 1h
token=«ghs:app» ⟦github-app-token⟧
expires_at=2024-05-28T11:42:07Z
'''

FILES["ops/huggingface/push_model.sh"] = '''
#!/usr/bin/env bash
huggingface-cli login --token "${HF_TOKEN:?}"
huggingface-cli upload tallypine/invoice-ner ./artifacts/ner-v5 .
'''

FILES["db/migrations/0042_seed_support_admin.sql"] = '''
-- support admin, password set via reset link on first login
INSERT INTO users (id, email, password_hash, role, created_at)
VALUES ('«uuid:admin»', 'support-admin@tallypine.com', '«bcrypt:admin»', 'admin', now());
INSERT INTO api_clients (id, name, secret_sha256) VALUES ('«uuid:apic»', 'zapier', '«sha256:apic»');
'''

FILES["ops/gpg/release-signing.pub.asc"] = '''
-----BEGIN PGP PUBLIC KEY BLOCK-----

mQINBGY«b64_44:pgp1»
«b64_44:pgp2»«b64_44:pgp3»
«b64_44:pgp4»
=«alnum32:crc»
-----END PGP PUBLIC KEY BLOCK-----
'''
