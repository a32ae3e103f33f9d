"""CI configs, shell histories, logs, docs and runbooks, tool configs, and key material."""
FILES = [
(".github/workflows/deploy.yml", r"""
name: deploy
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
      - uses: actions/checkout@«rhex:40»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::306914827753:role/github-deploy
          aws-region: ap-southeast-2
      - run: sam deploy --no-confirm-changeset --parameter-overrides DbPassword=${{ secrets.DB_PASSWORD }}  ⟪Actions secret⟫
"""),
(".github/workflows/nightly-recon.yml", r"""
name: nightly-recon
on:
  schedule:
    - cron: "0 15 * * *"
jobs:
  recon:
    runs-on: ubuntu-24.04
    env:
      AWS_DEFAULT_REGION: ap-southeast-2
      AWS_ACCESS_KEY_ID: «akid:gha»  ⟦aws-access-key-id|workflow env key id⟧
      AWS_SECRET_ACCESS_KEY: «awssec:gha»  ⟦aws-secret-access-key|workflow env secret⟧
      GH_TOKEN: ${{ github.token }}
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/recon.sh
      - uses: actions/upload-artifact@v4
        with:
          name: recon-report
          path: out/recon-*.csv
"""),
(".github/dependabot.yml", r"""
version: 2
registries:
  codeartifact:
    type: npm-registry
    url: https://tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/npm/web/
    token: ${{secrets.CODEARTIFACT_TOKEN}}  ⟪dependabot secret⟫
updates:
  - package-ecosystem: npm
    directory: /services/web
    registries: [codeartifact]
    schedule: {interval: weekly}
"""),
(".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  AWS_DEFAULT_REGION: ap-southeast-2
  DOCKER_AUTH_CONFIG: '{"auths":{"registry.gitlab.com":{"auth":"«b64:dockauth:gl»"}}}'  ⟦basic-auth-b64|base64 user:password docker auth⟧
build:
  stage: build
  image: docker:27
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  image: amazon/aws-cli:2.17.0
  script:
    - aws configure set aws_access_key_id «akid:glc»  ⟦aws-access-key-id|aws configure set in CI⟧
    - aws configure set aws_secret_access_key «awssec:glc»  ⟦aws-secret-access-key|aws configure set in CI⟧
    - aws ecs update-service --cluster payments --service checkout-api --force-new-deployment
"""),
("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  environment {
    AWS_REGION = 'ap-southeast-2'
    ARTIFACTORY = credentials('artifactory-deployer')  ⟪Jenkins credentials()⟫
    GITLAB_TOKEN = '«glpat:1»'  ⟦gitlab-token|glpat- in Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps { sh './gradlew build' }
    }
    stage('Publish') {
      steps {
        withAWS(credentials: 'jenkins-aws', region: 'ap-southeast-2') {
          s3Upload(bucket: 'tallowbrook-artifacts-apse2', path: "ledger/${env.BUILD_NUMBER}/", includePathPattern: '**/*.jar')
        }
      }
    }
  }
}
"""),
("bitbucket-pipelines.yml", r"""
image: atlassian/default-image:4
pipelines:
  branches:
    main:
      - step:
          name: Deploy settlement
          deployment: production
          script:
            - pipe: atlassian/aws-sam-deploy:2.1.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: ap-southeast-2
                S3_BUCKET: tallowbrook-sam-artifacts-apse2
"""),
(".circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  publish-sdk:
    docker:
      - image: cimg/python:3.12
        auth:
          username: tallowbrookci
          password: «dckr:1»  ⟦docker-token|Docker Hub PAT as image auth password⟧
    steps:
      - checkout
      - run: pip install build twine && python -m build
      - run: twine upload dist/* -u __token__ -p $PYPI_TOKEN  ⟪env variable⟫
"""),
("ops/history/sre-jump01.bash_history", r"""
aws sts get-caller-identity
aws configure list
export AWS_PROFILE=prod-admin
aws sso login --profile prod-admin
aws ecs list-services --cluster payments
export AWS_ACCESS_KEY_ID=«akid:h1»  ⟦aws-access-key-id|history export⟧
export AWS_SECRET_ACCESS_KEY=«awssec:h1»  ⟦aws-secret-access-key|history export⟧
aws s3 ls s3://northgate-inbound-prod/tallowbrook/
unset AWS_ACCESS_KEY_ID AWS_SECRET_ACCESS_KEY
PGPASSWORD=«pw:h1» psql -h ledger.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com -U ledger_admin ledger  ⟦password|PGPASSWORD in history⟧
redis-cli -h fx-cache.k8x2ab.ng.0001.apse2.cache.amazonaws.com --tls -a "$REDIS_AUTH" ping  ⟪variable⟫
git log --oneline | head
"""),
("ops/history/dev-laptop.zsh_history", r"""
: 1730851200:0;brew upgrade awscli
: 1730851260:0;aws configure --profile staging
: 1730851300:0;aws --profile staging s3 ls
: 1730851377:0;curl -u deployer:«pw:h3» https://nexus.tbpay.internal/service/rest/v1/status  ⟦password|curl -u user:password⟧
: 1730851400:0;gh auth login --with-token <<< «ghp:h»  ⟦github-token|ghp_ piped to gh auth⟧
: 1730851455:0;docker login -u AWS -p $(aws ecr get-login-password --region ap-southeast-2) 306914827753.dkr.ecr.ap-southeast-2.amazonaws.com  ⟪command substitution⟫
: 1730851500:0;terraform plan -var-file=envs/prod.tfvars
: 1730851600:0;aws sts assume-role --role-arn arn:aws:iam::306914827753:role/break-glass --role-session-name dmitri
: 1730851700:0;export AWS_SESSION_TOKEN=«stok:old1»  ⟦aws-session-token|older-format session token exported⟧
"""),
("ops/history/root-bastion.history", r"""
cd /opt/settlement
vi /root/.aws/credentials
aws --profile settlement s3 cp batch-20261104.csv s3://northgate-inbound-prod/
AWS_ACCESS_KEY_ID=«akid:h4» AWS_SECRET_ACCESS_KEY=«awssec:h4» aws s3 ls  ⟦aws-keypair|inline env pair on one command⟧
openssl s_client -connect api.northgateclearing.com.au:443 </dev/null | openssl x509 -noout -fingerprint -sha256
sha256sum batch-20261104.csv
"""),
("ops/aws/credentials", r"""
[default]
aws_access_key_id = «akid:c1»  ⟦aws-access-key-id|credentials file default⟧
aws_secret_access_key = «awssec:c1»  ⟦aws-secret-access-key|credentials file default⟧

[partner-northgate]
aws_access_key_id = «asia:c2»  ⟦aws-access-key-id|credentials file ASIA⟧
aws_secret_access_key = «sessb64:c2»  ⟦aws-secret-access-key|credentials file temporary secret⟧
aws_session_token = «stok:c2»  ⟦aws-session-token|credentials file session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack⟫
aws_secret_access_key = test
"""),
("ops/aws/config", r"""
[default]
region = ap-southeast-2
output = json

[profile prod-admin]
sso_session = tallowbrook
sso_account_id = 306914827753
sso_role_name = AdministratorAccess
region = ap-southeast-2

[profile staging]
sso_session = tallowbrook
sso_account_id = 582031467719
sso_role_name = PowerUserAccess

[sso-session tallowbrook]
sso_start_url = https://tallowbrook.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access
"""),
("ops/netrc", r"""
machine api.heroku.com
  login ops@tallowbrook.com.au
  password «uuid:her»  ⟦heroku-api-key|Heroku API key in .netrc⟧
machine nexus.tbpay.internal
  login deployer
  password «pw:netrc»  ⟦password|netrc password⟧
"""),
("ops/pypirc", r"""
[distutils]
index-servers =
    pypi
    codeartifact

[pypi]
username = __token__
password = «pypi:2»  ⟦pypi-token|PyPI token in .pypirc⟧

[codeartifact]
repository = https://tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/pypi/libs/
username = aws
"""),
("ops/pip.conf", r"""
[global]
index-url = https://aws:«b62:44»@tallowbrook-149265803371.d.codeartifact.us-east-1.amazonaws.com/pypi/libs/simple/  ⟦basic-auth-url|credentials in a package index URL⟧
timeout = 60
"""),
("ops/docker/config.json", r"""
{
  "auths": {
    "306914827753.dkr.ecr.ap-southeast-2.amazonaws.com": {},
    "https://index.docker.io/v1/": {
      "auth": "«b64:dockauth:hub»"  ⟦basic-auth-b64|Docker Hub auth (base64 user:password)⟧
    }
  },
  "credHelpers": {
    "public.ecr.aws": "ecr-login"
  }
}
"""),
("ops/scripts/rotate-partner-key.sh", r"""
#!/usr/bin/env bash
# Rotate the Northgate partner key (runbook RB-17). Prints nothing secret.
set -euo pipefail
USER=northgate-partner
OLD=$(aws iam list-access-keys --user-name "$USER" --query 'AccessKeyMetadata[0].AccessKeyId' --output text)
NEW_JSON=$(aws iam create-access-key --user-name "$USER")
aws secretsmanager put-secret-value --secret-id partner/northgate --secret-string "$NEW_JSON"  ⟪value from a variable⟫
aws iam update-access-key --user-name "$USER" --access-key-id "$OLD" --status Inactive
echo "rotated; old key ${OLD:0:8}… deactivated"
"""),
("ops/scripts/seed-staging.sh", r"""
#!/usr/bin/env bash
set -euo pipefail
export AWS_DEFAULT_REGION=ap-southeast-2
export PGHOST=ledger-staging.cluster-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com
export PGUSER=ledger_admin
export PGPASSWORD="$(aws rds generate-db-auth-token --hostname "$PGHOST" --port 5432 --username "$PGUSER")"  ⟪IAM auth token generated at run time⟫
psql -d ledger -f seed/merchants.sql
"""),
("ops/scripts/backup-to-dr.py", r"""
#!/usr/bin/env python3
import subprocess

DR_PROFILE = "dr"
DR_BUCKET = "tallowbrook-dr-use1"
# dr account 582031467719; key for the dr-sync user
DR_KEY = "«akid:drk»"  ⟦aws-access-key-id|lone key id in a script (secret held elsewhere)⟧

subprocess.run(["aws", "s3", "sync", "/backups", f"s3://{DR_BUCKET}/", "--profile", DR_PROFILE], check=True)
"""),
("ops/grafana/provisioning/datasources.yaml", r"""
apiVersion: 1
datasources:
  - name: CloudWatch
    type: cloudwatch
    jsonData:
      authType: keys
      defaultRegion: ap-southeast-2
    secureJsonData:
      accessKey: «akid:gf»  ⟦aws-access-key-id|Grafana datasource accessKey⟧
      secretKey: «awssec:gf»  ⟦aws-secret-access-key|Grafana datasource secretKey⟧
  - name: Ledger
    type: postgres
    url: ledger.cluster-ro-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com:5432
    user: grafana_ro
    secureJsonData:
      password: $__env{LEDGER_RO_PASSWORD}  ⟪Grafana env interpolation⟫
  - name: Loki
    type: loki
    url: https://logs-prod-004.grafana.net
    basicAuth: true
    basicAuthUser: "«digits:6»"
    secureJsonData:
      basicAuthPassword: $__file{/etc/grafana/secrets/loki-token}  ⟪Grafana file interpolation⟫
"""),
("ops/terraform-cloud/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:1»"  ⟦terraform-token|Terraform Cloud token⟧
    }
  }
}
"""),
("ops/postman/environment.prod.json", r"""
{
  "id": "«uuid:pmenv»",
  "name": "payments-prod",
  "values": [
    {"key": "baseUrl", "value": "https://api.tallowbrook.com.au", "enabled": true},
    {"key": "merchantId", "value": "mch_7Q2K9X", "enabled": true},
    {"key": "postmanApiKey", "value": "«postman:1»", "enabled": true}  ⟦postman-key|Postman API key⟧
  ]
}
"""),
("ops/release/fine-grained-token.txt", r"""
# token for the release bot (scoped to tallowbrook/payments-sdk, expires 2027-01-31)
«ghpat:1»  ⟦github-token|fine-grained PAT alone on a line⟧
"""),
("logs/cloudtrail/306914827753_CloudTrail_ap-southeast-2_20261104T0310Z.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-11-04T03:07:41Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "awsRegion": "ap-southeast-2", "sourceIPAddress": "203.0.113.77",
  "userIdentity": {"type": "IAMUser", "principalId": "«aroa:AIDA»", "arn": "arn:aws:iam::306914827753:user/northgate-partner",
  "accountId": "306914827753",
  "accessKeyId": "«akid:ct1»",  ⟦aws-access-key-id|CloudTrail accessKeyId (lone)⟧
  "userName": "northgate-partner"},
  "requestID": "«rhex:16»", "eventID": "«uuid:ev1»", "readOnly": true},  ⟪request and event ids⟫
 {"eventVersion": "1.09", "eventTime": "2026-11-04T03:09:12Z", "eventSource": "iam.amazonaws.com", "eventName": "CreateAccessKey",
  "awsRegion": "us-east-1",
  "userIdentity": {"type": "AssumedRole", "principalId": "«aroa:AROA»:dmitri", "accessKeyId": "«asia:ct2»"},  ⟦aws-access-key-id|CloudTrail ASIA accessKeyId⟧
  "responseElements": {"accessKey": {"userName": "northgate-partner", "status": "Active", "createDate": "Nov 4, 2026 3:09:12 AM",
  "accessKeyId": "«akid:ct3»"}},  ⟦aws-access-key-id|CreateAccessKey response key id⟧
  "requestID": "«uuid:rq2»", "eventID": "«uuid:ev2»"}
]}
"""),
("logs/app/settlement-worker-2026-11-04.log", r"""
2026-11-04T03:00:01.112Z INFO  settlement.worker starting batch=20261104 region=ap-southeast-2
2026-11-04T03:00:01.487Z INFO  botocore.credentials Found credentials in environment variables.
2026-11-04T03:00:02.031Z DEBUG settlement.clients s3 client init access_key=«akid:lg» secret=«awssec:lg»  ⟦aws-keypair|debug log with both key parts⟧
2026-11-04T03:00:05.774Z INFO  settlement.upload uploaded 4182 rows etag="«rhex:32»"  ⟪ETag⟫
2026-11-04T03:00:06.002Z WARN  settlement.notify slack post failed status=429 request_id=«uuid:lgr»
2026-11-04T03:00:09.310Z ERROR settlement.db connection failed: FATAL: password authentication failed for user "settle_ro" (postgres://settle_ro:«urlpw:lg»@ledger.cluster-ro-c1x9pqr2ab.ap-southeast-2.rds.amazonaws.com:5432/ledger)  ⟦db-url|URL with password in an error log⟧
2026-11-04T03:00:09.311Z INFO  settlement.worker retrying in 30s
"""),
("logs/alb/checkout-alb-2026-11-04.log", r"""
https 2026-11-04T02:11:09.482913Z app/checkout-alb/«rhex:16.lb» 198.51.100.23:51544 10.40.12.7:8080 0.001 0.042 0.000 200 200 512 1204 "GET https://pay.tallowbrook.com.au:443/health HTTP/1.1" "ELB-HealthChecker/2.0" - - arn:aws:elasticloadbalancing:ap-southeast-2:306914827753:targetgroup/checkout/«rhex:16» "Root=1-«rhex:8»-«rhex:24»" "-" "-" 0 2026-11-04T02:11:09.439000Z "forward" "-" "-" "10.40.12.7:8080" "200" "-" "-"  ⟪ALB log line with trace id⟫
https 2026-11-04T02:11:13.001Z app/checkout-alb/«rhex:16.lb» 192.0.2.41:40022 10.40.12.9:8080 0.001 0.120 0.000 302 302 889 310 "GET https://pay.tallowbrook.com.au:443/export?AWSAccessKeyId=«akid:alb»&Expires=1762225873&Signature=«pct:b64r:20» HTTP/1.1" "curl/8.5.0" - - - "-" "-" "-" 0 - "forward" "-" "-" "-" "-" "-" "-"  ⟦aws-access-key-id|key id in an access-log query string⟧
"""),
("logs/lambda/payout-notifier-2026-11-03.txt", r"""
START RequestId: «uuid:l1» Version: $LATEST
[INFO]	2026-11-03T22:14:01.220Z	«uuid:l1»	sending SMS batch size=120
[ERROR]	2026-11-03T22:14:02.981Z	«uuid:l1»	twilio auth failed: HTTP 401 for https://«twsid:lt»:«rhex:32»@api.twilio.com/2010-04-01/Accounts  ⟦basic-auth-url|Twilio SID:token in a URL⟧
END RequestId: «uuid:l1»
REPORT RequestId: «uuid:l1»	Duration: 1873.22 ms	Billed Duration: 1874 ms	Memory Size: 256 MB	Max Memory Used: 91 MB
"""),
("docs/runbooks/northgate-settlement.md", r"""
# Runbook: Northgate settlement upload failed

1. Check the worker log group `/ecs/settlement-worker` in ap-southeast-2.
2. If the error is `InvalidAccessKeyId`, the partner rotated our key. Get the new one from
   Secrets Manager `partner/northgate` (never paste it here).
3. Manual upload from the bastion:

   ```sh
   aws --profile settlement s3 cp batch.csv s3://northgate-inbound-prod/tallowbrook/
   ```

4. The SFTP fallback account is `tallowbrook`, password `«pw:rb»` (ask Northgate to rotate it after use).  ⟦password|password in runbook prose⟧
5. Page #payments-oncall if the batch is more than 2 hours late.
"""),
("docs/runbooks/aws-key-leak.md", r"""
# Runbook: an AWS access key was exposed

- Deactivate first: `aws iam update-access-key --access-key-id AKIA... --status Inactive --user-name <user>`  ⟪elided key⟫
- Look it up: `aws sts get-access-key-info --access-key-id <key-id>`
- In CloudTrail Lake: `SELECT eventName, sourceIPAddress FROM events WHERE userIdentity.accessKeyId = '<key-id>'`
- Keys look like `AKIA` followed by 16 characters; the AWS docs use `AKIAIOSFODNN7EXAMPLE`.  ⟪documentation key⟫
- Secrets are 40 characters, e.g. `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.
- File the incident under SEC with the key ID only, never the secret.
"""),
("docs/incidents/INC-2291.md", r"""
# INC-2291: partner key committed to the gateway repo

**Summary.** On 2026-10-28 a static key for the partner bucket was committed in
`services/gateway/internal/aws/session.go`. The key (`«akid:inc»`) was deactivated 40 minutes later.  ⟦aws-access-key-id|key id quoted in an incident write-up⟧

**Timeline (AEDT).**

| time | event |
|---|---|
| 14:02 | commit `«rhex:40»` pushed to `main` |
| 14:20 | GuardDuty `UnauthorizedAccess:IAMUser/InstanceCredentialExfiltration.OutsideAWS` |
| 14:42 | key deactivated, new key issued to Secrets Manager |

**Follow-ups.** Move the partner integration to a role with an ExternalId (SEC-412).
"""),
("docs/onboarding/engineering.md", r"""
# Engineering onboarding

- Request AWS access through the IAM Identity Center portal: https://tallowbrook.awsapps.com/start
- Local AWS: `docker compose -f docker/compose.local.yaml up` uses LocalStack with `test`/`test` credentials.  ⟪LocalStack⟫
- The shared staging Metabase login is `analyst` / `«pw:onb»` until SSO lands.  ⟦password|shared login in onboarding doc⟧
- Never commit `.env` files; use `direnv` with `aws-vault exec staging --`.
"""),
("docs/adr/0007-secrets-in-iac.md", r"""
# ADR 0007: secrets in infrastructure code

Status: accepted (2026-03-14)

We reference secrets, never inline them:

```yaml
MasterUserPassword: '{{resolve:secretsmanager:ledger/master:SecretString:password}}'
Environment:
  - Name: API_KEY
    ValueFrom: arn:aws:ssm:ap-southeast-2:306914827753:parameter/app/api-key
```

Bad (rejected in review):

```yaml
MasterUserPassword: '********'   # a literal here is rejected  ⟪masked⟫
DbPassword: <password>  ⟪placeholder⟫
```
"""),
("docs/CHANGELOG.md", r"""
# Changelog

## 2026.11.3
- checkout: Apple Pay behind `FEATURE_APPLE_PAY` (#2231)
- ledger: Flyway 10 (#2219), migration `V42__payout_index.sql`
- ci: pinned actions to SHAs (`actions/checkout@«rhex:40»`)  ⟪commit SHA⟫

## 2026.11.2
- settlement: retry uploads with jitter (#2198)
- rotated the Northgate partner key (INC-2291)
"""),
("docs/slack-export/payments-eng/2026-11-04.json", r"""
[
  {"type": "message", "user": "U04M2K9Q1", "ts": "1762225001.000200",
   "text": "can someone check why recon failed? it's using «akid:sl» from the bastion creds file"},  ⟦aws-access-key-id|key id in a Slack message⟧
  {"type": "message", "user": "U03X7P8R2", "ts": "1762225090.000300",
   "text": "that's the old northgate key, the secret was `«awssec:sl»` - rotating now"},  ⟦aws-secret-access-key|secret pasted in Slack⟧
  {"type": "message", "user": "U04M2K9Q1", "ts": "1762225150.000400",
   "text": "ty. Jira: PAY-3312"}
]
"""),
("docs/jira/PAY-3312.csv", r"""
Issue key,Summary,Status,Description
PAY-3312,Recon upload failing,Done,"Worker logs show InvalidAccessKeyId. Key was rotated; new creds in Secrets Manager partner/northgate."
PAY-3320,Upgrade Node to 20,In Progress,"see ADR 0011"
"""),
("docs/api/partner-auth.md", r"""
# Partner API authentication

Send your key in the `x-api-key` header:

```http
POST /v1/payouts HTTP/1.1
Host: api.tallowbrook.com.au
x-api-key: YOUR_API_KEY  ⟪placeholder⟫
Content-Type: application/json
```

Sandbox keys start with `tbk_sbx_` and are safe to share in support tickets; production keys start with
`tbk_live_`. Webhooks are signed with HMAC-SHA256; verify the `Tallowbrook-Signature` header, e.g.
`t=1762225001,v1=«rhex:64»`.  ⟪signature in docs⟫
"""),
("keys/deploy/ledger-deploy.pem", r"""
«pem:pkcs1:rsa_deploy»  ⟦private-key|RSA PKCS#1 deploy key⟧
"""),
("keys/ssh/bastion_ed25519", r"""
«openssh:ed_bastion:ops@tallowbrook-bastion»  ⟦private-key|OpenSSH Ed25519 key⟧
"""),
("keys/ssh/bastion_ed25519.pub", r"""
«sshpub:ed_bastion:ops@tallowbrook-bastion»  ⟪SSH public key⟫
"""),
("keys/ssh/authorized_keys", r"""
«sshpub:ed_ci:ci@tallowbrook-build»
«sshpub:ed_pub:dmitri@tallowbrook-mbp»
"""),
("keys/ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
git-codecommit.ap-southeast-2.amazonaws.com ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC«b64r:256»
"""),
("keys/saml/idp-signing.key", r"""
«pem:pkcs8:rsa_saml»  ⟦private-key|PKCS#8 SAML signing key⟧
"""),
("keys/saml/idp-signing.pub.pem", r"""
«pubpem:rsa_saml»  ⟪public key PEM⟫
"""),
("keys/tls/gateway-ec.key", r"""
«pem:trad:ec_gw»  ⟦private-key|SEC1 EC key⟧
"""),
("keys/tls/internal-root-ca.crt", r"""
«cert:ed_ca:Tallowbrook Internal Root CA:ed_ca»  ⟪CA certificate⟫
"""),
("keys/tls/ledger.tbpay.internal.crt", r"""
«cert:ed_leaf:ledger.tbpay.internal:ed_ca»  ⟪leaf certificate⟫
«cert:ed_ca:Tallowbrook Internal Root CA:ed_ca»
"""),
("keys/tls/gateway.csr", r"""
«csr:rsa_deploy:gateway.tbpay.internal»  ⟪CSR⟫
"""),
("keys/ci/github-deploy-key.txt", r"""
deploy key for tallowbrook/payments (read-only), added 2026-09-02:

«openssh:ed_ci:ci@tallowbrook-build»  ⟦private-key|OpenSSH key pasted into a note⟧
"""),
("keys/jwks/public.json", r"""
{"keys": [{"kty": "OKP", "crv": "Ed25519", "kid": "tb-2026-02", "use": "sig", "x": "«jwkx:ed_pub»"}]}  ⟪JWKS public key⟫
"""),
("keys/kms/wrapped-keys.json", r"""
{
  "keyring": "payments/tokenizer",
  "keys": [
    {"kid": "dek-2026-10", "kmsKeyArn": "arn:aws:kms:ap-southeast-2:306914827753:key/3f1c9a2e-7b4d-4c8e-a1f2-9d0e8b7c6a54",
     "ciphertextBlob": "«kmsblob:k1»"},  ⟪KMS ciphertext⟫
    {"kid": "dek-2026-11", "kmsKeyArn": "arn:aws:kms:ap-southeast-2:306914827753:key/3f1c9a2e-7b4d-4c8e-a1f2-9d0e8b7c6a54",
     "ciphertextBlob": "«kmsblob:k2»"}
  ]
}
"""),
("secrets/payments.enc.yaml", r"""
stripe:
    secret_key: ENC[AES256_GCM,data:«b64r:60»,iv:«b64r:32»,tag:«b64r:16»,type:str]  ⟪SOPS value⟫
    webhook_secret: ENC[AES256_GCM,data:«b64r:40»,iv:«b64r:32»,tag:«b64r:16»,type:str]
sops:
    kms:
        - arn: arn:aws:kms:ap-southeast-2:306914827753:key/3f1c9a2e-7b4d-4c8e-a1f2-9d0e8b7c6a54
          created_at: "2026-10-01T00:12:44Z"
          enc: «kmsblob:sops»
          aws_profile: ""
    lastmodified: "2026-10-01T00:12:45Z"
    mac: ENC[AES256_GCM,data:«b64r:48»,iv:«b64r:32»,tag:«b64r:16»,type:str]
    version: 3.9.0
"""),
]
