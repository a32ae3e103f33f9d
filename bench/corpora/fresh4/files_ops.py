"""CI configs, shell histories, logs, CloudTrail and IAM exports, docs and runbooks."""
FILES = [
(".github/workflows/deploy.yml", """
name: deploy
on: {push: {branches: [main]}}
permissions: {id-token: write, contents: read}
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@«sha:1»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418277350962:role/gha-deploy
          aws-region: eu-central-1
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}  ⟪secrets context⟫
"""),
(".github/workflows/nightly-sync.yml", """
name: nightly-sync
on: {schedule: [{cron: '0 2 * * *'}]}
jobs:
  sync:
    runs-on: ubuntu-22.04
    env:
      AWS_ACCESS_KEY_ID: «akid:1»  ⟦aws-access-key-id|GHA env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:1»  ⟦aws-secret-access-key|GHA env⟧
      AWS_DEFAULT_REGION: us-west-2
      GH_TOKEN: «ghp:1»  ⟦github-token|GitHub PAT⟧
    steps:
      - run: aws s3 sync s3://tidewell-manifests-us ./manifests
"""),
(".gitlab-ci.yml", """
stages: [build, deploy]
variables:
  DOCKER_TLS_CERTDIR: "/certs"
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD  ⟪CI variable⟫
  SONAR_LOGIN: «hexs:40»  ⟦generic-secret|SonarQube token under SONAR_LOGIN⟧
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI token variable⟫
    - git clone https://oauth2:«glpat:1»@gitlab.tidewell.io/platform/charts.git  ⟦gitlab-token|glpat in clone URL⟧
"""),
("ci/Jenkinsfile", """
pipeline {
  agent { label 'docker' }
  environment {
    AWS_CREDS = credentials('aws-deploy-prod')  ⟪Jenkins credentials()⟫
    DOCKERHUB_TOKEN = '«dckr:1»'  ⟦dockerhub-token|Docker Hub PAT⟧
  }
  stages {
    stage('publish') {
      steps {
        sh 'twine upload -u __token__ -p «pypi:1» dist/*'  ⟦pypi-token|PyPI token⟧
      }
    }
  }
}
"""),
("ci/codebuild/buildspec-integration.yml", """
version: 0.2
env:
  variables:
    TF_TOKEN_app_terraform_io: «tfc:1»  ⟦terraform-token|Terraform Cloud token⟧
    GITLAB_RUNNER_TOKEN: «glrt:1»  ⟦gitlab-token|runner token⟧
phases:
  install:
    commands:
      - pip install -r requirements.txt
  build:
    commands:
      - export PGPASSWORD=«pw:1»  ⟦password|PGPASSWORD export⟧
      - psql -h integ-db.c3x9d2.eu-central-1.rds.amazonaws.com -U integ -f seed.sql
"""),
("ops/history/ops-jump.bash_history", """
aws sts get-caller-identity
aws configure set aws_access_key_id «akid:1»  ⟦aws-access-key-id|configure set⟧
aws configure set aws_secret_access_key «awssec:1»  ⟦aws-secret-access-key|configure set⟧
aws s3 ls s3://tidewell-manifests-eu
mysql -h reporting.c3x9d2.eu-central-1.rds.amazonaws.com -u reporting -p«pw:1» freight  ⟦password|mysql -p⟧
git log --oneline -3
sha256sum backup.tar.gz
export AWS_SESSION_TOKEN=«stsold:1»  ⟦aws-session-token|exported session token⟧
curl -H "Authorization: Bearer «ghs:1»" https://api.github.com/repos/tidewell/charts  ⟦github-token|installation token in curl⟧
"""),
("ops/history/dev-laptop.zsh_history", """
: 1764421001:0;kubectl -n ingest get secret s3-sync-credentials -o yaml
: 1764421033:0;echo «b64:akid:1» | base64 -d  ⟦aws-base64|base64 key ID in a shell history⟧
: 1764421090:0;export AWS_ACCESS_KEY_ID=«akid:2»  ⟦aws-access-key-id|zsh history export⟧
: 1764421091:0;export AWS_SECRET_ACCESS_KEY=«awssec:2»  ⟦aws-secret-access-key|zsh history export⟧
: 1764421150:0;docker login -u tidewell -p «dckr:1»  ⟦dockerhub-token|docker login⟧
: 1764421200:0;git commit -m 'rotate keys'
"""),
("ops/logs/s3-access.log", """
79a5b3 tidewell-exports [29/Nov/2026:10:12:44 +0000] 203.0.113.7 - «etag:1» REST.GET.OBJECT manifests/2026-11-29.csv "GET /manifests/2026-11-29.csv HTTP/1.1" 200 - 48211 48211 31 30 "-" "curl/8.4.0" -  ⟪request id⟫
79a5b3 tidewell-exports [29/Nov/2026:10:13:02 +0000] 198.51.100.23 - «etag:2» REST.GET.OBJECT manifests/2026-11-28.csv "GET /manifests/2026-11-28.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:1»%2F20261129%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Signature=«sha256:1» HTTP/1.1" 200 - 51002 51002 40 39 "-" "python-requests/2.32" -  ⟦aws-access-key-id|presigned URL key ID in access log⟧
"""),
("ops/logs/cloudtrail-2026-11-29.json", """
{"Records": [
{"eventVersion": "1.09", "eventTime": "2026-11-29T08:14:22Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
 "userIdentity": {"type": "IAMUser", "principalId": "«aroa:AIDA»", "arn": "arn:aws:iam::418277350962:user/svc-edi",  ⟪AIDA unique ID⟫
  "accessKeyId": "«akid:1»"},  ⟦?aws-access-key-id|key ID in CloudTrail record (policy)⟧
 "requestID": "«alnum:16»", "eventID": "«uuid:1»"},  ⟪request and event IDs⟫
{"eventVersion": "1.09", "eventTime": "2026-11-29T08:15:40Z", "eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
 "userIdentity": {"type": "AssumedRole", "accessKeyId": "«asia:1»"},  ⟦?aws-access-key-id|ASIA key ID in CloudTrail (policy)⟧
 "responseElements": {"credentials": {"accessKeyId": "«asia:2»", "sessionToken": "HIDDEN_DUE_TO_SECURITY_REASONS"}}}  ⟦?aws-access-key-id|issued ASIA in responseElements (policy)⟧
]}
"""),
("ops/audit/iam-access-keys.csv", """
user,access_key_id,status,created,last_used
svc-edi,«akid:1»,Active,2025-02-11,2026-11-29  ⟦?aws-access-key-id|IAM key listing (policy)⟧
svc-label-printer,«akid:2»,Inactive,2024-07-03,2025-01-19  ⟦?aws-access-key-id|IAM key listing (policy)⟧
ci-legacy,AKIA****************,Active,2023-05-30,2026-11-28  ⟪masked⟫
"""),
("ops/audit/list-access-keys.json", """
{
    "AccessKeyMetadata": [
        {
            "UserName": "svc-edi",
            "AccessKeyId": "«akid:1»",  ⟦?aws-access-key-id|list-access-keys output (policy)⟧
            "Status": "Active",
            "CreateDate": "2025-02-11T09:31:00+00:00"
        }
    ]
}
"""),
("ops/logs/ingest-worker.log", """
2026-11-29T09:01:12.331Z INFO  starting ingest worker build=«sha:1»  ⟪git SHA⟫
2026-11-29T09:01:12.502Z DEBUG boto config: {'region': 'eu-central-1', 'aws_access_key_id': '«akid:1»', 'aws_secret_access_key': '«awssec:1»'}  ⟦aws-access-key-id|debug log dumps the pair⟧
2026-11-29T09:01:13.007Z INFO  connected to amqps://dispatcher:«urlpw:1»@b-«uuid:1».mq.eu-central-1.amazonaws.com:5671  ⟦connection-string|amqps URL in log⟧
2026-11-29T09:01:13.440Z WARN  retrying request RequestId=«uuid:2»  ⟪request ID⟫
"""),
("ops/logs/lambda-export.txt", """
$ aws lambda get-function-configuration --function-name label-printer --query Environment
{
    "Variables": {
        "PRINTER_BUCKET": "tidewell-labels-418277350962",
        "ZEBRA_CLOUD_PASSWORD": "«pw:1»",  ⟦password|exported Lambda env⟧
        "PRINTER_API_TOKEN": "«alnum:32»"  ⟦generic-secret|token under API_TOKEN name⟧
    }
}
"""),
("docs/runbooks/rotate-db-password.md", """
# Rotating the reporting DB password

1. Open Secrets Manager `prod/reporting` in eu-central-1 (account 418277350962).
2. Generate a new value with `aws secretsmanager get-random-password`.
3. Update the secret; never paste it in this page.

Until the rotation lambda is fixed the fallback login is `reporting` / `«pw:1»`.  ⟦password|runbook sentence⟧

The AWS docs use `AKIAIOSFODNN7EXAMPLE` and `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.  ⟪docs keys⟫
"""),
("docs/wiki/onboarding-export.html", """
<html><body>
<h1>Onboarding: ingest team</h1>
<p>Ask #platform for an SSO profile; do not create IAM users.</p>
<p>Old shared key (revoked?): <code>«akid:1»</code></p>  ⟦aws-access-key-id|lone key ID in wiki⟧
<p>Key IDs look like <code>AKIA0000111122228888</code>.</p>  ⟪invalid alphabet⟫
<p>Grafana: admin / <b>«pw:1»</b></p>  ⟦password|wiki password⟧
</body></html>
"""),
("docs/slack-export/platform-channel.json", """
[
 {"ts": "1764420100.001200", "user": "U04QX7J2P", "text": "anyone know whose key this is? «akid:1»"},  ⟦aws-access-key-id|lone key ID in chat⟧
 {"ts": "1764420160.002300", "user": "U02LK8M4R", "text": "svc-edi I think, rotating now"},
 {"ts": "1764420222.004100", "user": "U04QX7J2P", "text": "new webhook for alerts: «slackhook:1»"}  ⟦slack-webhook|webhook in chat⟧
]
"""),
("ops/encoded/app-secrets.b64", """
# base64 of ID:SECRET, as pasted by the vendor bridge
«b64:pair:1»  ⟦aws-base64|base64 ID:SECRET⟧
"""),
("ops/encoded/double.txt", """
bridge_blob=«b64b64:pair:1»  ⟦aws-base64|double base64 pair⟧
"""),
("ops/encoded/presign-helper.conf", """
[signer]
access_key = «akid:1»  ⟦aws-access-key-id|key ID in clear⟧
secret_key_urlencoded = «pct:awssec:1»  ⟦aws-percent|percent-encoded secret⟧
"""),
("ops/encoded/creds-url.txt", """
s3://«akid:1»:«pct:awssec:1»@tidewell-archive/backups/  ⟦aws-access-key-id|key ID with percent secret in URL⟧
"""),
("ops/kms/envelope.json", """
{
  "KeyId": "arn:aws:kms:eu-central-1:418277350962:key/«uuid:1»",
  "CiphertextBlob": "«kmsblob:1»",  ⟪KMS ciphertext⟫
  "EncryptionAlgorithm": "SYMMETRIC_DEFAULT"
}
"""),
("ops/ansible/group_vars/prod/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
«hexs:64»  ⟪ansible vault body⟫
«hexs:64»
«hexs:64»
"""),
("ops/ansible/group_vars/prod/main.yml", """
grafana_admin_password: "{{ vault_grafana_admin_password }}"  ⟪Jinja reference⟫
newrelic_api_key: «nrak:1»  ⟦newrelic-key|New Relic user key⟧
heroku_api_key: «uuid:2»  ⟦heroku-api-key|Heroku key under heroku_api_key⟧
shopify_admin_token: «shpat:1»  ⟦shopify-token|Shopify admin token⟧
"""),
("ops/airflow/airflow.cfg", """
[core]
executor = CeleryExecutor
fernet_key = «fernet:1»  ⟦fernet-key|Airflow fernet key⟧
[database]
sql_alchemy_conn = postgresql+psycopg2://airflow:«urlpw:1»@airflow-db.c3x9d2.us-west-2.rds.amazonaws.com/airflow  ⟦connection-string|SQLAlchemy URL⟧
[webserver]
secret_key = «b64s:32»  ⟦generic-secret|Airflow webserver secret_key⟧
"""),
("ops/databricks/.databrickscfg", """
[DEFAULT]
host = https://dbc-7f3a91c2-4b1e.cloud.databricks.com
token = «dapi:1»  ⟦databricks-token|Databricks PAT⟧
"""),
("ops/google/oauth-client.json", """
{"web": {"client_id": "«digits:12»-«alnum:32».apps.googleusercontent.com",
 "client_secret": "«gocspx:1»",  ⟦google-oauth-secret|GOCSPX client secret⟧
 "redirect_uris": ["https://portal.tidewell.io/api/auth/callback/google"]}}
"""),
("ops/sentry.properties", """
defaults.org=tidewell
defaults.project=dispatch
legacy.dsn=«sentry:1»  ⟦sentry-dsn|legacy DSN with secret⟧
"""),
("ops/aws/credentials", """
[default]
aws_access_key_id = «akid:1»  ⟦aws-access-key-id|credentials file⟧
aws_secret_access_key = «awssec:1»  ⟦aws-secret-access-key|credentials file⟧

[partner-bridge]
aws_access_key_id = «asia:1»  ⟦aws-access-key-id|temporary key⟧
aws_secret_access_key = «awssec:2»  ⟦aws-secret-access-key|temporary secret⟧
aws_session_token = «sts:1»  ⟦aws-session-token|session token in credentials file⟧
"""),
("ops/aws/config", """
[profile prod]
sso_start_url = https://tidewell.awsapps.com/start
sso_account_id = 418277350962
sso_role_name = PlatformAdmin
region = eu-central-1
"""),
("docs/security/approved-scanners.md", """
# Secret scanning

Our hooks reject strings shaped like `AKIA` + 16 base-32 characters. To check the hook, use the
documented pair `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.  ⟪docs keys⟫

Commit SHA of the policy: «sha:1»  ⟪SHA⟫
"""),
]
