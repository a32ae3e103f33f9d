"""fresh27 templates, more IaC and CI (Tessaly Clinical Research): a nested CloudFormation set for the
clinical-data landing zone, ECS services on EC2, Batch, Step Functions, Cognito, a second samconfig, AWS
Copilot, Terragrunt, Pulumi, Kustomize, Skaffold, Buildkite, CircleCI, Drone, Tekton.
Markers: render.py and README.md."""

FILES = [
    ("infra/cfn/landing-zone/parent.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: clinical data landing zone (parent stack) - buckets, Lake Formation, nested network and ingest
Parameters:
  IngestDbPassword:
    Type: String
    NoEcho: true
    Default: «pwn:ingestdb»  ⟦password|NoEcho parameter Default⟧
  PartnerLabApiKey:
    Type: String
    NoEcho: true
Resources:
  Network:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://tcr-cfn-artifacts-264019837745.s3.amazonaws.com/landing-zone/network.yaml
  Ingest:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://tcr-cfn-artifacts-264019837745.s3.amazonaws.com/landing-zone/ingest.yaml
      Parameters:
        DbPassword: !Ref IngestDbPassword
        PartnerLabApiKey: !Ref PartnerLabApiKey  ⟪Ref to a NoEcho parameter without Default⟫
        CentralLabSftpPassword: «pwc:centrallabsftp»  ⟦password|nested stack parameter literal⟧
"""),
    ("infra/cfn/landing-zone/ingest.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: ingest nested stack - central-lab transfers, EDC extracts, IRT feeds into raw zone
Parameters:
  DbPassword:
    Type: String
    NoEcho: true
  PartnerLabApiKey:
    Type: String
    NoEcho: true
  CentralLabSftpPassword:
    Type: String
    NoEcho: true
Resources:
  IngestDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.large
      MasterUsername: ingest
      MasterUserPassword: !Ref DbPassword
  PartnerLabSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: ingest/partner-lab
      SecretString: !Sub '{"api_key":"${PartnerLabApiKey}","sftp_password":"${CentralLabSftpPassword}"}'  ⟪Sub of NoEcho parameters⟫
  RawBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: tcr-lake-raw-264019837745
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault:
              SSEAlgorithm: aws:kms
              KMSMasterKeyID: arn:aws:kms:us-east-1:264019837745:key/«uuid:kmsraw»  ⟪KMS key ARN⟫
"""),
    ("infra/cfn/landing-zone/params-prod.json", r"""
{
  "Parameters": {
    "IngestDbPassword": "«pwn:ingestdb»",  ⟦password|parameter file (same as the NoEcho Default)⟧
    "PartnerLabApiKey": "«hex:40-partnerlab»"  ⟦app-secret|partner lab API key in a parameter file⟧
  },
  "Tags": {"cost-centre": "CDM-210", "gxp": "true"}
}
"""),
    ("infra/cfn/batch-pk-modelling.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Batch for population PK modelling (NONMEM-style runs on Spot)
Resources:
  JobDef:
    Type: AWS::Batch::JobDefinition
    Properties:
      Type: container
      JobDefinitionName: poppk-run
      ContainerProperties:
        Image: 718204593361.dkr.ecr.us-east-1.amazonaws.com/poppk:7.5
        Vcpus: 16
        Memory: 65536
        Environment:
          - Name: LICENSE_FILE_URL
            Value: s3://tcr-licenses-718204593361/poppk/license.lic
          - Name: LICENSE_SERVER_PASSWORD
            Value: «pw6:poppklic»  ⟦password|licence server password in a Batch job definition⟧
          - Name: RESULTS_BUCKET
            Value: tcr-pk-results-718204593361
        Secrets:
          - Name: DB_PASSWORD
            ValueFrom: arn:aws:secretsmanager:us-east-1:718204593361:secret:poppk/db-«b62:6-poppkdb»  ⟪ValueFrom Secrets Manager ARN⟫
"""),
    ("infra/cfn/stepfunctions-sdtm.json", r"""
{
  "Comment": "SDTM delivery: validate with the conformance engine, package define.xml, push to sponsor",
  "StartAt": "Validate",
  "States": {
    "Validate": {
      "Type": "Task",
      "Resource": "arn:aws:states:::ecs:runTask.sync",
      "Parameters": {
        "Cluster": "dataplat",
        "TaskDefinition": "sdtm-validate:14",
        "Overrides": {
          "ContainerOverrides": [{
            "Name": "validate",
            "Environment": [
              {"Name": "CONFORMANCE_API_KEY", "Value": "«b62:40-conformance»"},  ⟦app-secret|conformance engine key in a state machine override⟧
              {"Name": "STUDY", "Value.$": "$.study"}
            ]
          }]
        }
      },
      "Next": "Push"
    },
    "Push": {
      "Type": "Task",
      "Resource": "arn:aws:states:::lambda:invoke",
      "Parameters": {"FunctionName": "sdtm-push", "Payload.$": "$"},
      "End": true
    }
  }
}
"""),
    ("infra/cfn/cognito-epro.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: Cognito user pool for DiaryPath ePRO participants
Resources:
  Pool:
    Type: AWS::Cognito::UserPool
    Properties:
      UserPoolName: diarypath-participants
      MfaConfiguration: OPTIONAL
  AppleIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Pool
      ProviderName: SignInWithApple
      ProviderType: SignInWithApple
      ProviderDetails:
        client_id: com.tessaly.diarypath.signin
        team_id: «up:10-appleteam»  ⟪Apple team id⟫
        key_id: «up:10-applekeyid»  ⟪Apple key id⟫
        private_key: «jsonesc:pem:pkcs8:ecapplesignin»  ⟦private-key|Sign in with Apple key inline (escaped PEM)⟧
        authorize_scopes: email name
  GoogleIdp:
    Type: AWS::Cognito::UserPoolIdentityProvider
    Properties:
      UserPoolId: !Ref Pool
      ProviderName: Google
      ProviderType: Google
      ProviderDetails:
        client_id: «num:12-googleclient»-«lo:32-googleclientid».apps.googleusercontent.com  ⟪Google OAuth client id⟫
        client_secret: «gocspx:diary»  ⟦app-secret|Google OAuth client secret⟧
        authorize_scopes: openid email
"""),
    ("infra/sam/coa-signer/samconfig.toml", r"""
version = 0.1
[prod.deploy.parameters]
stack_name = "coa-signer"
region = "us-east-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = [
  "SigningKeyPassphrase=«pp:coasign»",  ⟦password|signing key passphrase in samconfig parameter_overrides⟧
  "TimestampAuthorityUrl=https://tsa.tessaly-cro.com/tsr",
  "PdfServiceToken=«b62:36-pdfsvc»",  ⟦app-secret|PDF service token in samconfig⟧
]
"""),
    ("infra/copilot/query-manager/manifest.yml", r"""
name: query-manager
type: Load Balanced Web Service
http:
  path: '/'
  healthcheck: /healthz
image:
  build: Dockerfile
  port: 3000
cpu: 512
memory: 1024
variables:
  RAILS_ENV: production
  TRIALFORM_BASE_URL: https://tessaly.trialform-edc.net/api/v3
  TRIALFORM_WEBHOOK_TOKEN: «hex:32-qmwebhook»  ⟦app-secret|webhook token as a plain Copilot variable⟧
secrets:
  DATABASE_URL: /copilot/query-manager/prod/secrets/DATABASE_URL  ⟪Copilot secret reference⟫
  SECRET_KEY_BASE:
    secretsmanager: query-manager/secret-key-base  ⟪Copilot secretsmanager reference⟫
"""),
    ("infra/terragrunt/prod/redshift/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "../../../modules/redshift"
}

inputs = {
  cluster_identifier = "tcr-clinical-dw"
  master_username    = "dwadmin"
  etl_user_password  = "«pwx:dwetl»"  ⟦password|Terragrunt input password⟧
  tableau_password   = get_env("TABLEAU_DW_PASSWORD")  ⟪get_env reference⟫
}
"""),
    ("infra/pulumi/biorepo/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-1
  biorepo:frostguardApiKey:
    secure: v1:«b64k:16-pulnonce»:«b64k:48-pulct»  ⟪Pulumi secure value⟫
  biorepo:modbusPassword: «pw6:pulmodbus»  ⟦password|Pulumi plaintext config password⟧
  biorepo:siteCode: RDU-BIOREPO
"""),
    ("infra/pulumi/biorepo/index.ts", r"""
import * as pulumi from "@pulumi/pulumi";
import * as aws from "@pulumi/aws";

const cfg = new pulumi.Config();
const apiKey = cfg.requireSecret("frostguardApiKey");  ⟪Pulumi requireSecret⟫

new aws.ssm.Parameter("frostguard-key", {
    name: "/biorepo/frostguard-api-key",
    type: "SecureString",
    value: apiKey,
});
"""),
    ("deploy/kustomize/pv/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: pv
resources:
  - ../../base
images:
  - name: pv-intake
    newName: 718204593361.dkr.ecr.us-east-1.amazonaws.com/pv-intake
    newTag: 3.8.2
secretGenerator:
  - name: pv-intake-env
    literals:
      - VIGILARC_PASSWORD=«pwl:vigilk8s»  ⟦password|Kustomize secretGenerator literal⟧
      - E2B_GATEWAY_KEY=«pwr:e2bgateway»  ⟦password|gateway key in secretGenerator (same as samconfig)⟧
"""),
    ("deploy/skaffold/skaffold.yaml", r"""
apiVersion: skaffold/v4beta9
kind: Config
metadata:
  name: specimen-tracker
build:
  artifacts:
    - image: specimen-tracker
      docker:
        buildArgs:
          NPM_TOKEN: "{{.NPM_TOKEN}}"  ⟪Skaffold template reference⟫
deploy:
  helm:
    releases:
      - name: specimen-tracker
        chartPath: deploy/helm/specimen-tracker
        valuesFiles: [deploy/helm/specimen-tracker/values-dev.yaml]
"""),
    (".buildkite/pipeline.yml", r"""
env:
  DOCKER_BUILDKIT: "1"
  SONAR_TOKEN: «sqp:pkcalc»  ⟦app-secret|SonarQube token in Buildkite env⟧
steps:
  - label: ":gradle: build"
    command: ./gradlew build
    plugins:
      - docker-login#v3.0.0:
          username: tessalyci
          password-env: DOCKERHUB_PASSWORD  ⟪password from env⟫
  - label: ":rocket: publish"
    command: ./scripts/publish.sh
    env:
      ARTIFACTORY_API_KEY: «akcp:buildkite»  ⟦app-secret|Artifactory key in a Buildkite step⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  build-diary:
    docker:
      - image: cimg/node:20.11
        auth:
          username: tessalyci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub PAT as an image auth password⟧
    environment:
      EXPO_TOKEN: «expo:diary»  ⟦app-secret|Expo access token in CircleCI config⟧
      SENTRY_ORG: tessaly
    steps:
      - checkout
      - run: npm ci && npx eas build --platform all --non-interactive
workflows:
  release:
    jobs: [build-diary]
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: freezer-gw

steps:
  - name: build
    image: golang:1.22
    commands:
      - go build ./...
  - name: publish
    image: plugins/ecr
    settings:
      access_key:
        from_secret: ecr_access_key  ⟪Drone from_secret⟫
      secret_key:
        from_secret: ecr_secret_key
      repo: 718204593361.dkr.ecr.us-east-1.amazonaws.com/freezer-gw
  - name: notify
    image: plugins/webhook
    settings:
      urls: «discord:krkfreezer»  ⟦app-secret|Discord webhook in a Drone step (same as Go config)⟧
"""),
    ("deploy/tekton/tmf-indexer-pipelinerun.yaml", r"""
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: tmf-indexer-
spec:
  pipelineRef:
    name: build-and-deploy
  params:
    - name: git-url
      value: https://github.com/tessaly-cro/tmf-indexer.git
    - name: git-token
      value: «ghfg:tekton»  ⟦github|fine-grained GitHub PAT as a PipelineRun param⟧
    - name: image
      value: 718204593361.dkr.ecr.us-east-1.amazonaws.com/tmf-indexer
"""),
    ("infra/ecs/coa-mailer-ec2.taskdef.json", r"""
{
  "family": "coa-mailer",
  "requiresCompatibilities": ["EC2"],
  "containerDefinitions": [{
    "name": "mailer",
    "image": "718204593361.dkr.ecr.us-east-1.amazonaws.com/coa-mailer:1.4.0",
    "memory": 512,
    "environment": [
      {"name": "SMTP_HOST", "value": "email-smtp.us-east-1.amazonaws.com"},
      {"name": "SMTP_USER", "value": "«akid:sescoa»"},  ⟦aws-key-id|SES SMTP user in ECS env⟧
      {"name": "SMTP_PASS", "value": "«sesv4:sescoa»"},  ⟦aws-ses-smtp|SES SMTP password in ECS env⟧
      {"name": "MAILGUN_API_KEY", "value": "«mailgun:coa»"}  ⟦app-secret|Mailgun key in ECS env (same as Ruby)⟧
    ]
  }]
}
"""),
    ("infra/cfn/iot-freezer-things.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: IoT Core things for the new wireless freezer probes (Brisbane pilot)
Resources:
  ProbeThing:
    Type: AWS::IoT::Thing
    Properties:
      ThingName: bne-ult-01-probe
  ProbeCert:
    Type: AWS::IoT::Certificate
    Properties:
      CertificateSigningRequest: |
        «csr:rsabneprobe»  ⟪certificate signing request⟫
      Status: ACTIVE
"""),
    ("infra/cfn/elasticbeanstalk-legacy-portal.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    LEGACY_PORTAL_DB_PASSWORD: «pwn:legacyportal»  ⟦password|.ebextensions environment password⟧
    LEGACY_PORTAL_SESSION_KEY: «hex:64-legacysession»  ⟦app-secret|session key in .ebextensions⟧
    NEW_RELIC_LICENSE_KEY: «nrlic:legacyportal»  ⟦newrelic|New Relic licence key⟧
  aws:elasticbeanstalk:environment:proxy:
    ProxyServer: nginx
"""),
]

FILES += [
    ("infra/cfn/directory-lab.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AWS Managed Microsoft AD for the TCRLAB domain (instrument PCs, CDS service accounts)
Resources:
  LabDirectory:
    Type: AWS::DirectoryService::MicrosoftAD
    Properties:
      Name: lab.tessaly-cro.com
      ShortName: TCRLAB
      Edition: Standard
      Password: «pwc:labdirectory»  ⟦password|Managed AD admin password literal⟧
      VpcSettings:
        VpcId: vpc-0d91e3b7a5c24f618
        SubnetIds: [subnet-04c8a1e95f3b7d260, subnet-0e7b2c4d9a1f56830]
"""),
    ("infra/cfn/docdb-tmf-meta.json", r"""
{
  "Resources": {
    "TmfMeta": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "DBClusterIdentifier": "tmf-meta-val",
        "MasterUsername": "tmfmeta",
        "MasterUserPassword": "«pwn:tmfmetaval»",  ⟦password|DocumentDB master password literal in JSON⟧
        "StorageEncrypted": true
      }
    },
    "TmfMetaProd": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "DBClusterIdentifier": "tmf-meta-prod",
        "MasterUsername": "tmfmeta",
        "ManageMasterUserPassword": true,  ⟪managed master password⟫
        "StorageEncrypted": true
      }
    }
  }
}
"""),
    ("deploy/compose/ldap/docker-compose.yml", r"""
# lab LDAP for instrument software that cannot do Kerberos (ChromaVerse 9.x clients)
services:
  openldap:
    image: osixia/openldap:1.5.0
    environment:
      LDAP_ORGANISATION: Tessaly Lab
      LDAP_DOMAIN: lab.tessaly-cro.com
      LDAP_ADMIN_PASSWORD: «pwl:ldapadmin»  ⟦password|OpenLDAP admin password in compose⟧
      LDAP_CONFIG_PASSWORD: «pwp:ldapconfig»  ⟦password|OpenLDAP config password in compose⟧
      LDAP_READONLY_USER: "true"
      LDAP_READONLY_USER_PASSWORD: readonly  ⟪vendor default read-only password⟫
"""),
    (".github/workflows/terraform-lakehouse.yml", r"""
name: terraform-lakehouse
on:
  pull_request:
    paths: ['infra/terraform/lakehouse/**']
jobs:
  plan:
    runs-on: ubuntu-24.04
    env:
      TF_VAR_snowflake_password: «pwc:snowtf»  ⟦password|TF_VAR password in a workflow (same as tfvars)⟧
      TF_VAR_fivetran_api_secret: ${{ secrets.FIVETRAN_API_SECRET }}  ⟪GitHub secrets reference⟫
      TF_TOKEN_app_terraform_io: «tfc:gha»  ⟦terraform-cloud|Terraform Cloud token in workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: hashicorp/setup-terraform@v3
      - run: terraform -chdir=infra/terraform/lakehouse init && terraform -chdir=infra/terraform/lakehouse plan
"""),
]
