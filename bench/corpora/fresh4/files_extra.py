"""Second batch (rendered after the first three modules, so their values are unchanged)."""
FILES = [
("infra/cfn/glue-jobs.yaml", """
Resources:
  CustomsExport:
    Type: AWS::Glue::Job
    Properties:
      Role: !GetAtt GlueRole.Arn
      Command: {Name: glueetl, ScriptLocation: s3://tidewell-glue/scripts/customs.py}
      DefaultArguments:
        --customs_db_user: customs
        --customs_db_password: «pw:1»  ⟦password|Glue job argument⟧
        --TempDir: s3://tidewell-glue/tmp/
  CustomsConnection:
    Type: AWS::Glue::Connection
    Properties:
      CatalogId: !Ref AWS::AccountId
      ConnectionInput:
        ConnectionType: JDBC
        ConnectionProperties:
          JDBC_CONNECTION_URL: jdbc:sqlserver://customs.c3x9d2.eu-central-1.rds.amazonaws.com:1433;databaseName=customs
          USERNAME: customs
          PASSWORD: «pw:2»  ⟦password|Glue connection PASSWORD⟧
"""),
("infra/cfn/pipeline.json", """
{
  "Resources": {
    "Pipeline": {
      "Type": "AWS::CodePipeline::Pipeline",
      "Properties": {
        "Stages": [{
          "Name": "Source",
          "Actions": [{
            "Name": "GitHub",
            "ActionTypeId": {"Category": "Source", "Owner": "ThirdParty", "Provider": "GitHub", "Version": "1"},
            "Configuration": {
              "Owner": "tidewell", "Repo": "dispatch", "Branch": "main",
              "OAuthToken": "«ghp:1»"  ⟦github-token|CodePipeline OAuthToken literal⟧
            }
          }]
        }],
        "ArtifactStore": {"Type": "S3", "Location": {"Ref": "ArtifactBucket"}}
      }
    },
    "PipelineStaging": {
      "Type": "AWS::CodePipeline::Pipeline",
      "Properties": {"Stages": [{"Name": "Source", "Actions": [{"Configuration": {
        "OAuthToken": "{{resolve:secretsmanager:ci/github:SecretString:token}}"}}]}]}  ⟪resolve⟫
    }
  }
}
"""),
("infra/cfn/secrets.yaml", """
Resources:
  CarrierApiSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: prod/carrier-api
      SecretString: '{"username":"tidewell","password":"«pw:1»"}'  ⟦password|SecretString literal⟧
  GeneratedDbSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      GenerateSecretString:
        SecretStringTemplate: '{"username":"fleet"}'
        GenerateStringKey: password  ⟪generated⟫
        PasswordLength: 32
  UploaderKeyParam:
    Type: AWS::SSM::Parameter
    Properties:
      Name: /uploader/aws-access-key-id
      Type: String
      Value: «akid:1»  ⟦aws-access-key-id|SSM String parameter value⟧
"""),
("infra/cfn/ecs-service.yaml", """
Resources:
  YardTask:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: yard
      ContainerDefinitions:
        - Name: yard
          Image: !Sub '${AWS::AccountId}.dkr.ecr.${AWS::Region}.amazonaws.com/yard:3.1.0'
          Environment:
            - Name: YARD_DB_PASSWORD
              Value: «pw:1»  ⟦password|CFN ECS Environment Value⟧
            - Name: YARD_REGION
              Value: !Ref AWS::Region
          Secrets:
            - Name: YARD_API_KEY
              ValueFrom: !Ref YardApiKeyParam  ⟪ValueFrom⟫
"""),
("infra/cfn/apigw-stage.yaml", """
Resources:
  PartnerStage:
    Type: AWS::ApiGateway::Stage
    Properties:
      StageName: v1
      RestApiId: !Ref PartnerApi
      DeploymentId: !Ref PartnerDeployment
      Variables:
        backendHost: partner-backend.internal.tidewell.io
        backendApiKey: «alnum:40»  ⟦api-key|API Gateway stage variable api key⟧
        requestIdHeader: x-amzn-RequestId
"""),
("k8s/base/externalsecret.yaml", """
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: billing-db
spec:
  secretStoreRef: {name: aws-secretsmanager, kind: ClusterSecretStore}
  data:
    - secretKey: password
      remoteRef: {key: prod/billing-db, property: password}  ⟪remoteRef⟫
"""),
("charts/portal/templates/secret.yaml", """
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "portal.fullname" . }}
data:
  DATABASE_PASSWORD: {{ .Values.db.password | b64enc | quote }}  ⟪template⟫
  NEXTAUTH_SECRET: {{ randAlphaNum 44 | b64enc | quote }}  ⟪template⟫
"""),
("services/yard/Gemfile.lock", """
GEM
  remote: https://rubygems.org/
  specs:
    aws-sdk-core (3.201.3)
    aws-sdk-s3 (1.156.0)
CHECKSUMS
  aws-sdk-core (3.201.3) sha256=«sha256:1»  ⟪checksum⟫
  aws-sdk-s3 (1.156.0) sha256=«sha256:2»  ⟪checksum⟫
"""),
("services/ml/poetry.lock", """
[[package]]
name = "boto3"
version = "1.35.10"
files = [
    {file = "boto3-1.35.10-py3-none-any.whl", hash = "sha256:«sha256:1»"},  ⟪lock hash⟫
    {file = "boto3-1.35.10.tar.gz", hash = "sha256:«sha256:2»"},  ⟪lock hash⟫
]
"""),
("services/ml/requirements.txt", """
boto3==1.35.10 \\
    --hash=sha256:«sha256:1»  ⟪pip hash⟫
pandas==2.2.2 \\
    --hash=sha256:«sha256:2»  ⟪pip hash⟫
"""),
("services/ml/train.py", """
import argparse
import os

import boto3


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bucket", default="tidewell-ml-eu")
    ap.add_argument("--mlflow-password", default="«pw:1»")  ⟦password|argparse default password⟧
    ap.add_argument("--aws-key", default=os.environ.get("AWS_ACCESS_KEY_ID", ""))  ⟪env lookup⟫
    args = ap.parse_args()
    s3 = boto3.client("s3")
    run_id = "«hexs:32»"  ⟪run id⟫
    print(args.bucket, run_id, s3.meta.region_name)


if __name__ == "__main__":
    main()
"""),
("services/ml/.env.local", """
S3_UPLOADER_KEY=«akid:1»  ⟦aws-access-key-id|key ID under an unusual name⟧
S3_UPLOADER_SECRET='«awssec:1»'  ⟦aws-secret-access-key|secret under an unusual name⟧
MLFLOW_TRACKING_URI=https://mlflow.tidewell.internal
HF_HOME=/data/hf
"""),
("ops/logs/codebuild-dispatch-42.log", """
[Container] 2026/11/29 07:40:02.114 Running command printenv | sort
AWS_ACCESS_KEY_ID=«asia:1»  ⟦aws-access-key-id|printenv in build log⟧
AWS_CONTAINER_CREDENTIALS_RELATIVE_URI=/v2/credentials/«uuid:1»  ⟪credentials URI⟫
AWS_SECRET_ACCESS_KEY=«awssec:1»  ⟦aws-secret-access-key|printenv in build log⟧
AWS_SESSION_TOKEN=«sts:1»  ⟦aws-session-token|printenv in build log⟧
CODEBUILD_BUILD_ID=dispatch:«uuid:2»  ⟪build id⟫
NEXUS_PASSWORD=***  ⟪masked⟫
[Container] 2026/11/29 07:40:02.201 Phase complete: BUILD State: SUCCEEDED
"""),
("docs/adr/0007-no-static-keys.md", """
# ADR 0007: no static AWS keys

Status: accepted (2026-08-14)

Workloads use IRSA, ECS task roles or Lambda execution roles. CI uses GitHub OIDC (`role-to-assume`).
Static keys look like `AKIA` followed by 16 characters; a key such as `AKIA1234567890ABCDEF` is not  ⟪invalid alphabet⟫
even valid. The docs pair is `AKIAIOSFODNN7EXAMPLE`.  ⟪docs key⟫
Secrets are read with `{{resolve:secretsmanager:...}}` or `ValueFrom`.
"""),
("docs/runbooks/incident-2026-10-17.md", """
# Incident 2026-10-17: key in a public gist

Timeline (UTC):
- 09:12 GitHub secret scanning alerted on key `«akid:1»` (user svc-rates).  ⟦aws-access-key-id|lone key ID in incident notes⟧
- 09:20 Key deactivated; secret was `wJal****************************` (redacted).  ⟪redacted⟫
- 09:41 CloudTrail reviewed for requestID «uuid:1»; no misuse.  ⟪request id⟫
- 10:05 New role-based access deployed (commit «sha:1»).  ⟪SHA⟫
"""),
("ops/certs/ca-bundle.pem", """
# Tidewell internal CA chain for the edge proxies
«cert:ed2:edge.tidewell.internal»  ⟪certificate⟫
"""),
("ops/ssh/known_hosts", """
bastion.tidewell.io «sshpub:ed2:host»  ⟪host key⟫
git.tidewell.io «sshpub:ec2:host»  ⟪host key⟫
"""),
("keys/legacy/ci_rsa.b64", """
«b64openssh:rsa2:ci@jenkins-legacy»  ⟦private-key|base64 OpenSSH key⟧
"""),
("keys/signing/manifest-signer.pem", """
«pem:pkcs8:ed2»  ⟦private-key|Ed25519 PKCS8⟧
"""),
("ops/rds/.pgpass", """
reporting.c3x9d2.eu-central-1.rds.amazonaws.com:5432:freight:reporting:«pw:1»  ⟦password|pgpass entry⟧
*:*:*:readonly:*
"""),
("ops/netrc", """
machine api.heroku.com
  login ops@tidewell.io
  password «uuid:1»  ⟦heroku-api-key|netrc Heroku API key⟧
machine nexus.tidewell.internal
  login ci-deployer
  password «pw:1»  ⟦password|netrc password⟧
"""),
("services/portal/next.config.js", """
module.exports = {
  env: {
    NEXT_PUBLIC_STRIPE_KEY: '«pklive:1»',  ⟪publishable⟫
    NEXT_PUBLIC_MAPBOX_TOKEN: 'pk.«b64s:60»',  ⟪public mapbox⟫
    NEXT_PUBLIC_SENTRY_DSN: '«sentrypub:1»',  ⟪modern DSN⟫
  },
};
"""),
("terraform/modules/notify-lambda/main.tf", """
data "aws_secretsmanager_secret_version" "twilio" {
  secret_id = "prod/notify/twilio"  ⟪lookup⟫
}

resource "aws_lambda_function" "notify" {
  function_name = "notify"
  runtime       = "nodejs20.x"
  handler       = "index.handler"
  environment {
    variables = {
      TWILIO_AUTH_TOKEN = jsondecode(data.aws_secretsmanager_secret_version.twilio.secret_string)["token"]
      SLACK_BOT_TOKEN   = "«xoxb:1»"  ⟦slack-token|terraform lambda env slack token⟧
      SMTP_PASSWORD     = "«sesmtp:1»"  ⟦aws-ses-smtp|SES SMTP password in tf env⟧
    }
  }
}
"""),
("ops/scripts/restore-backup.sh", """
#!/usr/bin/env bash
set -euo pipefail
: "${AWS_PROFILE:=ops}"
BACKUP_SHA256=«sha256:1»  ⟪digest⟫
aws s3 cp "s3://tidewell-backups/$1" /tmp/restore.dump --profile "$AWS_PROFILE"
PGPASSWORD='«pw:1»' pg_restore -h restore-db.c3x9d2.us-west-2.rds.amazonaws.com -U restore -d freight /tmp/restore.dump  ⟦password|PGPASSWORD inline⟧
"""),
("ops/logs/app-errors.log", """
2026-11-28T22:10:41Z ERROR s3 upload failed: InvalidAccessKeyId: The AWS Access Key Id you provided does not exist in our records. (RequestId: «alnum:16», HostId: «b64s:76»)  ⟪request and host ids⟫
2026-11-28T22:10:41Z ERROR using key AKIA************MQ2X  ⟪masked key⟫
2026-11-28T22:11:05Z ERROR redis AUTH failed for rediss://:«urlpw:1»@routing-cache.abc123.usw2.cache.amazonaws.com:6379  ⟦connection-string|redis URL with password in error log⟧
"""),
("services/rates/config/config.xml", """
<configuration>
  <appSettings>
    <add key="Region" value="us-west-2" />
    <add key="AwsAccessKey" value="«akid:1»" />  ⟦aws-access-key-id|XML appSettings⟧
    <add key="AwsSecretKey" value="«awssec:1»" />  ⟦aws-secret-access-key|XML appSettings⟧
    <add key="CacheTtlSeconds" value="300" />
  </appSettings>
</configuration>
"""),
("services/dispatch/internal/jwt/keys.go", """
package jwt

// The signing key is loaded from KMS at start-up; this is the verification key's thumbprint.
const Thumbprint = "«sha256:1»"  ⟪thumbprint⟫
const KeyID = "«uuid:1»"  ⟪kid⟫
"""),
]
