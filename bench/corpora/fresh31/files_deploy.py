"""fresh31 templates, more deployment definitions (Skerrymor Energy): one set of manifests per service of the
platform, written by the service's own team in its own format (ECS task definitions, Kubernetes Secrets and
Deployments, CloudFormation parameter files, Terraform modules, Dockerfiles, compose, CI jobs, Ansible and
Packer). Each carries a literal secret next to the references that are done right.
Markers: render.py and README.md."""

# (service, team, env key, placeholder, label kind, what)
SERVICES = [
    ("scada-bridge", "roc", "AEOLITH_CLIENT_SECRET", "«okx:40-aeolithcs»", "app-secret", "SCADA vendor OAuth client secret"),
    ("lidar-ingest", "met", "STRATOLUME_API_KEY", "«b62:36-stratolume»", "app-secret", "LiDAR vendor key"),
    ("ppa-portal", "commercial", "STRIPE_SECRET_KEY", "«sk:ppaportal»", "stripe", "Stripe live secret key"),
    ("blade-triage", "blades", "ROBOFLOW_API_KEY", "«b62:20-roboflow»", "app-secret", "vision model API key"),
    ("cms-api", "cms", "CMS_DB_PASSWORD", "«pwc:cmsapi»", "password", "CMS database password"),
    ("weather-ingest", "forecast", "METEOMATICS_PASSWORD", "«pwr:meteomatics»", "password", "weather API password"),
    ("bess-optimiser", "bess", "KELDA_TOKEN", "«b62:48-keldacomm»", "app-secret", "EMS cloud token"),
    ("trading-bidder", "trading", "REDIS_AUTH", "«pwr:bidredis»", "password", "Redis AUTH token"),
    ("forecast-api", "forecast", "MLFLOW_DB_PASSWORD", "«pwn:mlflowdb»", "password", "MLflow backend password"),
    ("pob-api", "marine", "NORTHLIFT_API_KEY", "«b62:40-northliftkey»", "app-secret", "helicopter operator key"),
    ("rego-sync", "commercial", "REGISTRY_PASSWORD", "«pwc:regoapi»", "password", "certificate registry password"),
    ("remit-reporter", "trading", "RRM_PASSWORD", "«pwl:rrm»", "password", "RRM password"),
    ("tracker-fleet", "solar", "SUNAXIS_API_TOKEN", "«hex:40-sunaxisapi»", "app-secret", "tracker fleet API token"),
    ("inverter-poller", "solar", "BWI_API_KEY", "«uhex:32-bwiapi»", "app-secret", "inverter vendor API key"),
]

FILES = []

for i, (svc, team, key, ph, kind, what) in enumerate(SERVICES):
    acct = ("618204937551", "274019386620", "482650193377")[i % 3]
    digest = f"«sha256:img{svc}»"
    # 1) ECS task definition (JSON), literal env next to a valueFrom
    FILES.append((f"deploy/ecs/{svc}.taskdef.json", f"""
{{
  "family": "{svc}",
  "cpu": "512",
  "memory": "1024",
  "requiresCompatibilities": ["FARGATE"],
  "executionRoleArn": "arn:aws:iam::{acct}:role/ecsTaskExecutionRole",
  "containerDefinitions": [
    {{
      "name": "{svc}",
      "image": "903157248816.dkr.ecr.eu-west-2.amazonaws.com/{team}/{svc}@sha256:{digest}",  ⟪image digest⟫
      "essential": true,
      "environment": [
        {{"name": "TEAM", "value": "{team}"}},
        {{"name": "{key}", "value": "{ph}"}}  ⟦{kind}|{what} in an ECS task definition⟧
      ],
      "secrets": [
        {{"name": "SENTRY_DSN", "valueFrom": "arn:aws:ssm:eu-west-2:{acct}:parameter/{svc}/sentry-dsn"}}  ⟪valueFrom SSM⟫
      ],
      "logConfiguration": {{"logDriver": "awslogs", "options": {{"awslogs-group": "/ecs/{svc}", "awslogs-region": "eu-west-2"}}}}
    }}
  ]
}}
"""))

# 2) Kubernetes: the same services on EKS; half write a Secret, half inline env in a Deployment
for i, (svc, team, key, ph, kind, what) in enumerate(SERVICES[:10]):
    if i % 2 == 0:
        FILES.append((f"deploy/k8s/{team}/{svc}-secret.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: {svc}-env
  namespace: {team}
  annotations:
    owner: {team}@skerrymor.energy
type: Opaque
stringData:
  {key}: "{ph}"  ⟦{kind}|{what} in a Secret stringData⟧
  LOG_LEVEL: info
"""))
    else:
        FILES.append((f"deploy/k8s/{team}/{svc}-deployment.yaml", f"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {svc}
  namespace: {team}
spec:
  replicas: 2
  selector: {{matchLabels: {{app: {svc}}}}}
  template:
    metadata:
      labels: {{app: {svc}}}
    spec:
      serviceAccountName: {svc}  ⟪IRSA service account⟫
      containers:
        - name: app
          image: 903157248816.dkr.ecr.eu-west-2.amazonaws.com/{team}/{svc}:1.{i}.0
          env:
            - name: {key}
              value: "{ph}"  ⟦{kind}|{what} inline in a Deployment⟧
            - name: SENTRY_DSN
              valueFrom:
                secretKeyRef: {{name: {svc}-sentry, key: dsn}}  ⟪secretKeyRef⟫
"""))

# 3) CloudFormation parameter files (JSON and the CLI's Key=Value form)
for i, (svc, team, key, ph, kind, what) in enumerate(SERVICES[:8]):
    pname = "".join(w.capitalize() for w in key.lower().split("_"))
    if i % 2 == 0:
        FILES.append((f"infra/cfn/params/{svc}.prod.json", f"""
[
  {{"ParameterKey": "Env", "ParameterValue": "prod"}},
  {{"ParameterKey": "{pname}", "ParameterValue": "{ph}"}},  ⟦{kind}|{what} in a parameter file⟧
  {{"ParameterKey": "VpcId", "ParameterValue": "vpc-0{i}e3c1a94bd2f5086"}},  ⟪VPC id⟫
  {{"ParameterKey": "AlarmTopic", "ParameterValue": "arn:aws:sns:eu-west-2:618204937551:{team}-alarms"}}
]
"""))
    else:
        FILES.append((f"infra/cfn/params/{svc}.preprod.json", f"""
{{
  "Parameters": {{
    "Env": "preprod",
    "{pname}": "{ph}",  ⟦{kind}|{what} in a CodePipeline template configuration⟧
    "{pname}Arn": "arn:aws:secretsmanager:eu-west-2:618204937551:secret:{svc}/{key.lower()}-«b62:6-arn{svc}»"  ⟪Secrets Manager ARN⟫
  }},
  "Tags": {{"team": "{team}", "cost-centre": "44{i}0"}}
}}
"""))

# 4) Terraform per-service modules: one literal, one generated
for i, (svc, team, key, ph, kind, what) in enumerate(SERVICES[2:10]):
    FILES.append((f"infra/terraform/services/{svc}/main.tf", f"""
module "{svc.replace('-', '_')}" {{
  source      = "../../modules/fargate-service"
  name        = "{svc}"
  team        = "{team}"
  cpu         = 512
  memory      = 1024
  environment = {{
    {key} = "{ph}"  ⟦{kind}|{what} in a Terraform module call⟧
    TEAM = "{team}"
  }}
  secrets = {{
    SENTRY_DSN = aws_ssm_parameter.sentry_dsn.arn  ⟪SSM parameter ARN reference⟫
  }}
}}

resource "random_password" "{svc.replace('-', '_')}_db" {{
  length  = 32
  special = false
}}

resource "aws_ssm_parameter" "{svc.replace('-', '_')}_db" {{
  name  = "/{svc}/db-password"
  type  = "SecureString"
  value = random_password.{svc.replace('-', '_')}_db.result  ⟪random_password result⟫
}}
"""))

# 5) Dockerfiles that bake a build-time token
for i, (svc, tok, kind, what) in enumerate([
        ("cms-api", "«ghp:cmsbuild»", "github", "GitHub PAT as a Dockerfile ARG default"),
        ("forecast-api", "«glpat:forecastbuild»", "app-secret", "GitLab token as a Dockerfile ENV"),
        ("pob-api", "«gpat:pobnuget»", "app-secret", "Azure DevOps PAT in a NuGet source command"),
        ("trading-bidder", "«npm:bidder»", "npm", "npm token written into .npmrc in a Dockerfile"),
        ("tracker-fleet", "«b62:32-gemfury»", "app-secret", "private package index token in a Dockerfile")]):
    line = {
        0: f"ARG GITHUB_TOKEN={tok}",
        1: f"ENV GITLAB_TOKEN={tok}",
        2: f"RUN dotnet nuget add source https://pkgs.dev.azure.com/skerrymor/_packaging/hmi/nuget/v3/index.json -n hmi -u ci -p {tok} --store-password-in-clear-text",
        3: f"RUN echo \"//registry.npmjs.org/:_authToken={tok}\" > /root/.npmrc",
        4: f"RUN pip install --index-url https://{tok}:@pypi.fury.io/skerrymor/ sunaxis-client==0.9.2",
    }[i]
    base = "node:20-bookworm-slim" if i == 3 else ("mcr.microsoft.com/dotnet/sdk:8.0" if i == 2 else "public.ecr.aws/docker/library/python:3.12-slim")
    install = "npm ci --omit=dev" if i == 3 else ("dotnet publish -c Release -o /out" if i == 2 else "pip install -r requirements.txt")
    FILES.append((f"deploy/docker/{svc}.Dockerfile", f"""
FROM {base}@sha256:«sha256:base{svc}»  ⟪base image digest⟫
WORKDIR /app
{line}  ⟦{kind}|{what}⟧
RUN --mount=type=secret,id=build_env,target=/run/secrets/build_env {install}  ⟪BuildKit secret mount⟫
COPY . .
USER 10001
"""))

# 6) CI jobs per team, in the CI vendor each team picked
CI = [
    ("ci/teams/roc/.gitlab-ci.yml", "gitlab", "«pwn:nexusroc»", "password", "Nexus password in GitLab variables"),
    ("ci/teams/met/Jenkinsfile", "jenkins", "«awssec:metjenkins»", "aws-secret", "secret key in a Jenkinsfile"),
    ("ci/teams/solar/.github/workflows/deploy.yml", "gha", "«akid:solargha»", "aws-key-id", "access key id inline in a workflow"),
    ("ci/teams/bess/bitbucket-pipelines.yml", "bitbucket", "«pwl:bessdeploy»", "password", "deploy password in Bitbucket Pipelines"),
    ("ci/teams/marine/azure-pipelines.yml", "azure", "«gpat:marineado»", "app-secret", "Azure DevOps PAT in pipeline YAML"),
    ("ci/teams/cms/.circleci/config.yml", "circle", "«ddapi:cmsci»", "datadog", "Datadog API key in CircleCI env"),
    ("ci/teams/forecast/buildspec.yml", "codebuild", "«hf:forecastci»", "app-secret", "Hugging Face token in buildspec"),
    ("ci/teams/trading/.drone.yml", "drone", "«pwx:tradingdrone»", "password", "registry password in a Drone pipeline"),
]
for path, vendor, ph, kind, what in CI:
    body = {
        "gitlab": f"""
variables:
  NEXUS_USER: ci-roc
  NEXUS_PASSWORD: "{ph}"  ⟦{kind}|{what}⟧
  SAST_DISABLED: "false"
publish:
  script:
    - mvn -s ci/settings.xml deploy -Dnexus.password=$NEXUS_PASSWORD
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY  ⟪CI variables⟫
""",
        "jenkins": f"""
pipeline {{
  agent any
  environment {{
    AWS_ACCESS_KEY_ID = credentials('met-aws-id')  ⟪Jenkins credentials()⟫
    AWS_SECRET_ACCESS_KEY = '{ph}'  ⟦{kind}|{what}⟧
  }}
  stages {{ stage('sync') {{ steps {{ sh 'aws s3 sync out/ s3://skm-met-raw-618204937551/curated/' }} }} }}
}}
""",
        "gha": f"""
name: solar-deploy
on: workflow_dispatch
jobs:
  deploy:
    runs-on: ubuntu-24.04
    env:
      AWS_ACCESS_KEY_ID: {ph}  ⟦{kind}|{what}⟧
      AWS_SECRET_ACCESS_KEY: ${{{{ secrets.SOLAR_AWS_SECRET }}}}  ⟪secrets reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: sam deploy --config-env prod
""",
        "bitbucket": f"""
pipelines:
  custom:
    deploy-ems-adapter:
      - step:
          script:
            - sshpass -p '{ph}' scp build/ems-adapter.tar.gz deploy@10.45.0.20:/opt/ems/  ⟦{kind}|{what}⟧
            - echo $BESS_SSH_KEY | base64 -d > key  ⟪pipeline variable⟫
""",
        "azure": f"""
variables:
  - name: System.Debug
    value: false
  - name: ADO_FEED_PAT
    value: {ph}  ⟦{kind}|{what}⟧
  - group: marine-secrets  ⟪variable group⟫
steps:
  - script: dotnet restore --configfile nuget.config
""",
        "circle": f"""
version: 2.1
jobs:
  test:
    docker: [{{image: cimg/python:3.12}}]
    environment:
      DD_API_KEY: {ph}  ⟦{kind}|{what}⟧
      DD_SITE: datadoghq.eu
    steps: [checkout, {{run: pytest -q}}]
""",
        "codebuild": f"""
version: 0.2
env:
  variables:
    HF_TOKEN: {ph}  ⟦{kind}|{what}⟧
  secrets-manager:
    WANDB_API_KEY: forecast/wandb:key  ⟪secrets-manager reference⟫
phases:
  build: {{commands: [python train.py --push-to-hub]}}
""",
        "drone": f"""
kind: pipeline
type: docker
name: bidder
steps:
  - name: publish
    image: plugins/docker
    settings:
      registry: harbor.skerrymor.energy
      username: robot$trading
      password: {ph}  ⟦{kind}|{what}⟧
      repo: harbor.skerrymor.energy/trading/bidder
  - name: notify
    image: plugins/slack
    settings:
      webhook: {{from_secret: slack_webhook}}  ⟪from_secret⟫
""",
    }[vendor]
    FILES.append((path, body))

# 7) Ansible inventories for the site edge hosts and Packer templates for the OT images
for code in ("skb", "mhr", "cwf", "tlg"):
    FILES.append((f"ansible/inventories/{code}/group_vars/edge.yml", f"""
ansible_user: ansible
ansible_become_password: "«pwp:become{code}»"  ⟦password|{code.upper()} become password in group_vars⟧
ntp_servers: [10.40.0.5, 10.40.0.6]
greengrass_thing: edge-{code}-gw1
influx_token: "{{{{ vault_influx_token_{code} }}}}"  ⟪vault variable⟫
"""))
for img, ph, what in (("ot-jump", "«pwx:packerjump»", "Windows image admin password in a Packer template"),
                      ("edge-gw", "«pw:packeredge»", "ssh_password of the edge image build")):
    FILES.append((f"packer/{img}.pkr.hcl", f"""
source "amazon-ebs" "{img}" {{
  region        = "eu-west-2"
  instance_type = "t3.large"
  source_ami_filter {{
    filters = {{ name = "Windows_Server-2022-English-Full-Base-*" }}
    owners  = ["amazon"]
  }}
  communicator   = "ssh"
  ssh_username   = "builder"
  ssh_password   = "{ph}"  ⟦password|{what}⟧
  kms_key_id     = "alias/ot-images"  ⟪KMS alias⟫
}}

build {{ sources = ["source.amazon-ebs.{img}"] }}
"""))

# 8) compose stacks on the solar and storage site servers
for code, ph, kind, what in (("cwf", "«pwl:scadacwf»", "password", "site SCADA database password in compose"),
                             ("brk", "«mqttpw:brkbroker»", "password", "MQTT broker password in compose"),
                             ("tlg", "«pwn:emsdbtlg»", "password", "EMS historian password in compose")):
    FILES.append((f"deploy/compose/site-{code}.yml", f"""
services:
  historian:
    image: timescale/timescaledb:2.17.2-pg16
    environment:
      POSTGRES_USER: scada
      POSTGRES_PASSWORD: "{ph}"  ⟦{kind}|{what}⟧
  node-red:
    image: nodered/node-red:4.0.5
    environment:
      NODE_RED_CREDENTIAL_SECRET: ${{NODE_RED_CREDENTIAL_SECRET}}  ⟪compose variable⟫
  telegraf:
    image: telegraf:1.32
    env_file: ./telegraf.env
"""))

# 9) the right way, for contrast (decoys and clean)
FILES += [
    ("infra/cfn/secrets-rotation.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: market credentials with rotation (the pattern ADR 0011 asks for)
Resources:
  M7Secret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: tidemark/m7
      GenerateSecretString:  ⟪GenerateSecretString⟫
        SecretStringTemplate: '{"user": "SKMTRD01"}'
        GenerateStringKey: password
        PasswordLength: 32
  Db:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      MasterUsername: tidemark
      ManageMasterUserPassword: true  ⟪RDS-managed password⟫
"""),
    ("infra/cdk/lib/lakehouse-stack.ts", r"""
import * as cdk from "aws-cdk-lib";
import * as rds from "aws-cdk-lib/aws-rds";
import * as sm from "aws-cdk-lib/aws-secretsmanager";

export class LakehouseStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string) {
    super(scope, id);
    const creds = rds.Credentials.fromGeneratedSecret("lake_admin");  ⟪fromGeneratedSecret⟫
    const api = sm.Secret.fromSecretNameV2(this, "Windcast", "forecast/windcast");  ⟪fromSecretNameV2⟫
    new cdk.CfnOutput(this, "ApiSecretArn", { value: api.secretArn });
  }
}
"""),
    ("infra/cdk/lakehouse_stack.py", r"""
from aws_cdk import SecretValue, Stack
from aws_cdk import aws_rds as rds


class TradingDb(Stack):
    def __init__(self, scope, cid, **kw):
        super().__init__(scope, cid, **kw)
        rds.DatabaseInstance(self, "Pg", engine=rds.DatabaseInstanceEngine.POSTGRES,
                             credentials=rds.Credentials.from_password(
                                 "tidemark", SecretValue.secrets_manager("tidemark/pg")))  ⟪SecretValue.secretsManager⟫
"""),
    ("deploy/k8s/trading/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: tidemark-bidder
  namespace: trading
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::618204937551:role/tidemark-bidder  ⟪IRSA role⟫
"""),
    ("deploy/helm/site-skb/Chart.yaml", r"""
apiVersion: v2
name: site-skb
version: 3.4.1
dependencies:
  - {name: edge-common, version: 1.8.0, repository: oci://903157248816.dkr.ecr.eu-west-2.amazonaws.com/charts}
"""),
    ("infra/terraform/lakehouse/.terraform.lock.hcl", r"""
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.76.0"
  constraints = "~> 5.70"
  hashes = [
    "h1:«b64k:32-tflock1»",  ⟪lock file hash⟫
    "zh:«sha256:tflock2»",  ⟪lock file hash⟫
  ]
}
"""),
    ("infra/terraform/modules/fargate-service/variables.tf", r"""
variable "name" { type = string }
variable "team" { type = string }
variable "cpu" { type = number }
variable "memory" { type = number }
variable "environment" {
  type    = map(string)
  default = {}
}
variable "secrets" {
  type    = map(string)
  default = {}
}
"""),
]
