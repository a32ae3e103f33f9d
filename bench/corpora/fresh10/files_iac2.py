"""fresh10 templates, infrastructure tools beyond CloudFormation (Northmarch Energy Networks): Terraform,
Terragrunt, Atlantis, CDK, Pulumi, Crossplane, Kubernetes, kustomize, Helm, Argo, Tekton, compose,
Dockerfiles, Packer, Ansible, Salt, Chef, CI definitions (GitHub Actions, GitLab, Jenkins, Buildkite, Drone,
Woodpecker, Spinnaker, Azure Pipelines), devcontainers and task runners.
Markers: render.py and README.md."""

FILES = [
    ("infra/terraform/providers.tf", r"""
terraform {
  required_version = ">= 1.7"
  backend "s3" {
    bucket         = "nmen-tfstate-772050186343"
    key            = "grid/prod.tfstate"
    region         = "us-east-2"
    dynamodb_table = "nmen-tf-locks"
  }
}

provider "aws" {
  region     = "us-east-2"
  access_key = "«akid:tfprovider»"  ⟦aws-key-id|key id in a Terraform provider block⟧
  secret_key = "«awssec:tfprovider»"  ⟦aws-secret|secret in a Terraform provider block⟧
}

provider "aws" {
  alias  = "canada"
  region = "ca-central-1"
  assume_role {
    role_arn = "arn:aws:iam::318406275591:role/terraform-deployer"  ⟪role ARN⟫
  }
}

provider "pagerduty" {
  token = var.pagerduty_token  ⟪variable reference⟫
}
"""),
    ("infra/terraform/variables.tf", r"""
variable "pagerduty_token" {
  type      = string
  sensitive = true
}

variable "oms_db_password" {
  type      = string
  sensitive = true
  default   = "«pw:omsdbtf»"  ⟦password|sensitive variable default, season + year⟧
}

variable "arcgis_portal_password" {
  description = "named user for the ArcGIS Enterprise portal federation"
  type        = string
  default     = ""  ⟪empty default⟫
}

variable "honeycomb_api_key" {
  type    = string
  default = "«honeycomb:tfvar»"  ⟦app-secret|Honeycomb key as a variable default⟧
}
"""),
    ("infra/terraform/rds.tf", r"""
resource "random_password" "settle" {
  length  = 32
  special = true
}

resource "aws_db_instance" "historian_sql" {
  identifier          = "historian-sql"
  engine              = "sqlserver-se"
  instance_class      = "db.m6i.xlarge"
  username            = "pi_admin"
  password            = "«pwn:pisqladmin»"  ⟦password|aws_db_instance literal password⟧
  license_model       = "license-included"
  skip_final_snapshot = false
}

resource "aws_rds_cluster" "settle" {
  cluster_identifier = "settle-aux"
  engine             = "aurora-postgresql"
  master_username    = "settle"
  master_password    = random_password.settle.result  ⟪random_password result⟫
}
"""),
    ("infra/terraform/iam-vendors.tf", r"""
resource "aws_iam_user" "itron_export" {
  name = "vendor-itron-export"
  tags = { vendor = "itron", ticket = "GRID-3318" }
}

resource "aws_iam_access_key" "itron_export" {
  user    = aws_iam_user.itron_export.name
  pgp_key = "keybase:nmen_secops"  ⟪PGP key reference⟫
}

output "itron_export_secret" {
  value     = aws_iam_access_key.itron_export.encrypted_secret
  sensitive = true
}

# imported from the console in 2024, kept so plan shows no drift
# current key: «akid:itronexport» (see GRID-3318)  ⟦aws-key-id|key id in a Terraform comment⟧
"""),
    ("infra/terraform/envs/prod.tfvars", r"""
env                = "prod"
vpc_cidr           = "10.42.0.0/16"
pagerduty_token    = "«b62:20-pdrest»"  ⟦pagerduty|PagerDuty REST API token in tfvars⟧
oms_db_password    = "«pwc:omsdbprod»"  ⟦password|tfvars password⟧
arcgis_portal_user = "nmen_gis_admin"
arcgis_portal_password = "«pwl:arcgisportal»"  ⟦password|tfvars password, leetspeak⟧
datadog_api_key    = "«ddapi:tfprod»"  ⟦datadog|Datadog API key in tfvars⟧
datadog_app_key    = "«ddapp:tfprod»"  ⟦datadog|Datadog application key in tfvars⟧
"""),
    ("infra/terraform/envs/nonprod.auto.tfvars.json", r"""
{
  "env": "nonprod",
  "oms_db_password": "«pwshort:omsnonprod»",  ⟦password|tfvars JSON password, short⟧
  "honeycomb_api_key": "<set-in-terraform-cloud>",  ⟪placeholder⟫
  "alert_emails": ["grid-nonprod@northmarch-energy.com"]
}
"""),
    ("infra/terraform/.terraform.lock.hcl", r"""
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.72.1"
  constraints = ">= 5.40.0"
  hashes = [
    "h1:«b64k:32-u2»",  ⟪provider hash⟫
    "zh:«sha256:tfaws1»",
    "zh:«sha256:tfaws2»",
  ]
}

provider "registry.terraform.io/pagerduty/pagerduty" {
  version = "3.15.6"
  hashes = [
    "h1:«b64k:32-u3»",
    "zh:«sha256:tfpd1»",  ⟪provider hash⟫
  ]
}
"""),
    ("infra/terraform/modules/honeycomb/main.tf", r"""
terraform {
  required_providers {
    honeycombio = { source = "honeycombio/honeycombio", version = "~> 0.27" }
  }
}

provider "honeycombio" {
  api_key_id     = "hcxik_01«lo:26-hcid»"  ⟪Honeycomb management key id⟫
  api_key_secret = "«lo:32-hcsecret»"  ⟦app-secret|Honeycomb management key secret in a provider block⟧
}

resource "honeycombio_trigger" "read_gap" {
  name    = "AMI read gap > 2%"
  dataset = "meterhub"
}
"""),
    ("infra/terraform/modules/fastly/main.tf", r"""
provider "fastly" {
  api_key = "«fastly:outagemap»"  ⟦app-secret|Fastly API token in a provider block⟧
}

resource "fastly_service_vcl" "outage_map" {
  name = "outage-map"
  domain { name = "outages.northmarch-energy.com" }
  backend {
    address = "outage-map.s3-website.us-east-2.amazonaws.com"
    name    = "s3"
  }
}
"""),
    ("infra/terraform/ssm.tf", r"""
resource "aws_ssm_parameter" "mailgun" {
  name  = "/outage/mailgun/api-key"
  type  = "SecureString"
  value = "«mailgun:tfssm»"  ⟦app-secret|Mailgun key as a literal SecureString value⟧
}

resource "aws_secretsmanager_secret_version" "samsara" {
  secret_id     = aws_secretsmanager_secret.samsara.id
  secret_string = jsonencode({ token = "samsara_api_«b62:30-samsara2»" })  ⟦app-secret|Samsara token in a secret version⟧
}

resource "aws_ssm_parameter" "veg_bucket" {
  name  = "/veg/bucket"
  type  = "String"
  value = "nmen-veg-imagery"
}
"""),
    ("infra/terragrunt/prod/us-east-2/oms/terragrunt.hcl", r"""
include "root" {
  path = find_in_parent_folders()
}

terraform {
  source = "git::ssh://git@github.com/northmarch-energy/tf-modules.git//oms?ref=v4.3.0"
}

inputs = {
  env              = "prod"
  db_password      = get_env("OMS_DB_PASSWORD")  ⟪get_env reference⟫
  esri_api_key     = "«arcgis:terragrunt»"  ⟦app-secret|ArcGIS key in Terragrunt inputs⟧
  twilio_auth_token = run_cmd("--terragrunt-quiet", "op", "read", "op://grid/twilio/auth-token")  ⟪op read command⟫
}
"""),
    ("infra/atlantis/repos.yaml", r"""
repos:
  - id: github.com/northmarch-energy/infra
    apply_requirements: [approved, mergeable]
    workflow: terragrunt
workflows:
  terragrunt:
    plan:
      steps:
        - env:
            name: TF_VAR_pagerduty_token
            command: 'aws ssm get-parameter --with-decryption --name /tf/pagerduty --query Parameter.Value --output text'  ⟪command, no value⟫
        - env:
            name: INFRACOST_API_KEY
            value: ico-«b62:32-infracost»  ⟦app-secret|Infracost API key in Atlantis repo config⟧
        - run: terragrunt plan -out $PLANFILE
"""),
    ("infra/cdk/lib/grid-stack.ts", r"""
import * as cdk from 'aws-cdk-lib';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';

export class GridStack extends cdk.Stack {
  constructor(scope: cdk.App, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const db = new rds.DatabaseCluster(this, 'Derms', {
      engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_15_6 }),
      credentials: rds.Credentials.fromGeneratedSecret('derms'),  ⟪generated secret⟫
      writer: rds.ClusterInstance.serverlessV2('writer'),
    });
    const legacy = rds.Credentials.fromPassword('derms_legacy', cdk.SecretValue.unsafePlainText('«pwn:dermslegacy»'));  ⟦password|CDK unsafePlainText password⟧
    new lambda.Function(this, 'Forecast', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('lambda/forecast'),
      environment: {
        SOLCAST_API_KEY: '«b62:32-solcast»',  ⟦app-secret|Solcast API key in CDK environment⟧
        DB_SECRET_ARN: db.secret!.secretArn,
        UPLIGHT_SECRET: secretsmanager.Secret.fromSecretNameV2(this, 'U', 'gridedge/uplight').secretValue.unsafeUnwrap(),  ⟪secret by name⟫
      },
    });
  }
}
"""),
    ("infra/cdk/app.py", r"""
import aws_cdk as cdk
from aws_cdk import aws_ecs as ecs, aws_secretsmanager as sm

app = cdk.App()
stack = cdk.Stack(app, "FieldOps", env=cdk.Environment(account="318406275591", region="us-east-2"))  ⟪account id⟫
task = ecs.FargateTaskDefinition(stack, "Dispatch")
task.add_container(
    "dispatch",
    image=ecs.ContainerImage.from_registry("772050186343.dkr.ecr.us-east-2.amazonaws.com/dispatch:3.1.0"),
    environment={
        "SAMSARA_WEBHOOK_SECRET": "«b64k:32-u4»",  ⟦app-secret|Samsara webhook signing secret in CDK Python⟧
        "WHAT3WORDS_API_KEY": "«up:8-w3w»",
    },
    secrets={"DB_PASSWORD": ecs.Secret.from_secrets_manager(sm.Secret.from_secret_name_v2(stack, "Db", "fieldops/db"))},  ⟪secret by name⟫
)
app.synth()
"""),
    ("infra/pulumi/Pulumi.prod.yaml", r"""
config:
  aws:region: us-east-2
  evcharge:dbPassword:
    secure: v1:«b64k:12-u5»:«b64k:40-u6»  ⟪Pulumi secure value⟫
  evcharge:chargepointUser: nmen-fleet
  evcharge:chargepointPassword: «pwc:chargepoint»  ⟦password|Pulumi config password left unencrypted⟧
  evcharge:ocppUrl: wss://ocpp.northmarch-energy.com/ocpp16
"""),
    ("infra/crossplane/providerconfig-aws.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: aws-creds
  namespace: crossplane-system
type: Opaque
stringData:
  creds: |
    [default]
    aws_access_key_id = «akid:crossplane»  ⟦aws-key-id|key id in a Crossplane credentials Secret⟧
    aws_secret_access_key = «awssec:crossplane»  ⟦aws-secret|secret in a Crossplane credentials Secret⟧
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: default
spec:
  credentials:
    source: Secret
    secretRef:
      namespace: crossplane-system
      name: aws-creds
      key: creds
---
apiVersion: aws.upbound.io/v1beta1
kind: ProviderConfig
metadata:
  name: irsa
spec:
  credentials:
    source: IRSA  ⟪IRSA, no static key⟫
"""),
    ("k8s/base/outage-mgr-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: outage-mgr
  namespace: oms
type: Opaque
data:
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:omsk8s»  ⟦aws-b64|base64 key id in a Secret data:⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:omsk8s»  ⟦aws-b64|base64 secret in a Secret data:⟧
  MAILGUN_API_KEY: «b64:mailgun:outage»  ⟦app-secret|base64 Mailgun key in a Secret data:⟧
  DB_USER: «b64:lit:oms_app»
  DB_PASSWORD: «b64:pw:omsk8sdb»  ⟦password|base64 password in a Secret data:⟧
"""),
    ("k8s/base/outage-mgr-deploy.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: outage-mgr
  namespace: oms
spec:
  replicas: 3
  selector:
    matchLabels: {app: outage-mgr}
  template:
    metadata:
      labels: {app: outage-mgr}
    spec:
      serviceAccountName: outage-mgr
      containers:
        - name: api
          image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/outage-mgr@sha256:«sha256:omimg»  ⟪image digest⟫
          env:
            - name: TOMORROW_API_KEY
              value: «b62:32-tomorrow»  ⟦app-secret|Tomorrow.io key repeated in a Deployment⟧
            - name: ARCGIS_CLIENT_SECRET
              valueFrom:
                secretKeyRef: {name: arcgis, key: client_secret}  ⟪secretKeyRef⟫
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: outage-mgr
                  key: DB_PASSWORD
"""),
    ("k8s/base/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: arcgis
  namespace: oms
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: arcgis}
  data:
    - secretKey: client_secret
      remoteRef: {key: oms/arcgis, property: client_secret}  ⟪remoteRef⟫
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-sm
spec:
  provider:
    aws:
      service: SecretsManager
      region: us-east-2
      auth:
        jwt:
          serviceAccountRef: {name: external-secrets, namespace: external-secrets}
"""),
    ("k8s/base/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: gridedge
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8spull»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("k8s/base/gridedge-configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: gridedge-config
  namespace: gridedge
data:
  VTN_URL: https://vtn.northmarch-energy.com/OpenADR3
  IEEE2030_5_SERVER: https://csip.northmarch-energy.com:8443
  BUILD_ID: «hex:40-buildid»  ⟪build id⟫
  config.yaml: |
    mqtt:
      host: a3kx9q1vz7m2pd-ats.iot.us-east-2.amazonaws.com
      client_id: gridedge-aggregator
    enphase:
      api_key: «hex:32-enphase»  ⟦app-secret|Enphase key inside a ConfigMap⟧
    modbus:
      unit_id: 1
"""),
    ("k8s/cronjobs/pi-archive-export.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pi-archive-export
  namespace: historian
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/pi-export:1.3.2
              args: ["--piwebapi", "https://pi.nmen.internal/piwebapi", "--user", "NMEN\\svc-piexport", "--password", "«pwn:piexport»"]  ⟦password|container args password⟧
              env:
                - name: AWS_ROLE_ARN
                  value: arn:aws:iam::318406275591:role/pi-export
"""),
    ("k8s/argocd/repo-infra.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-infra
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/northmarch-energy/k8s-manifests
  username: nmen-argocd
  password: «ghfg:argocd»  ⟦github|fine-grained GitHub token as an Argo CD repo password⟧
"""),
    ("k8s/argo-workflows/veg-scoring.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Workflow
metadata:
  generateName: veg-scoring-
  namespace: vegetation
spec:
  entrypoint: score
  arguments:
    parameters:
      - name: circuit
        value: "OH-1142"
      - name: planet-key
        value: PLAK«hex:32-planet»  ⟦app-secret|Planet API key as a workflow parameter⟧
  templates:
    - name: score
      container:
        image: 772050186343.dkr.ecr.us-east-2.amazonaws.com/veg-score:7.2.0
        command: [python, score.py, --circuit, "{{workflow.parameters.circuit}}"]
        env:
          - name: PLANET_API_KEY
            value: "{{workflow.parameters.planet-key}}"  ⟪workflow parameter reference⟫
"""),
    ("k8s/tekton/build-gridedge.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-basic
  annotations:
    tekton.dev/docker-0: https://ghcr.io
type: kubernetes.io/basic-auth
stringData:
  username: nmen-bot
  password: «ghp:tektonghcr»  ⟦github|GitHub token in a Tekton basic-auth Secret⟧
---
apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: go-test
spec:
  steps:
    - name: unit
      image: golang:1.23
      script: |
        go vet ./...
        go build ./...
"""),
    ("k8s/sealed/fieldops-sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: fieldops
  namespace: fieldops
spec:
  encryptedData:
    SALESFORCE_CLIENT_SECRET: «sealed:sf»  ⟪SealedSecret ciphertext⟫
    SAMSARA_API_TOKEN: «sealed:samsara»  ⟪SealedSecret ciphertext⟫
"""),
    ("k8s/cert-manager/route53-issuer.yaml", r"""
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-dns
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: platform@northmarch-energy.com
    privateKeySecretRef:
      name: letsencrypt-account  ⟪secret reference⟫
    solvers:
      - dns01:
          route53:
            region: us-east-2
            accessKeyID: «akid:certmgr»  ⟦aws-key-id|cert-manager Route53 accessKeyID⟧
            secretAccessKeySecretRef:
              name: route53-credentials
              key: secret-access-key
"""),
    ("k8s/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: oms
resources:
  - ../../base
secretGenerator:
  - name: oms-esri
    literals:
      - ESRI_CLIENT_ID=«b62:16-esricid»  ⟪client id⟫
      - ESRI_CLIENT_SECRET=«hex:32-esricsec»  ⟦app-secret|ArcGIS secret in a secretGenerator literal⟧
  - name: oms-redis
    literals:
      - REDIS_PASSWORD=«pwr:omscache»  ⟦password|Redis password in a secretGenerator literal⟧
images:
  - name: outage-mgr
    newTag: 2026.11.18-«sha:omtag»  ⟪git SHA tag⟫
"""),
    ("k8s/monitoring/alertmanager.yaml", r"""
global:
  resolve_timeout: 5m
  smtp_smarthost: email-smtp.us-east-2.amazonaws.com:587
  smtp_from: alerts@northmarch-energy.com
  smtp_auth_username: «akid:sesalertmgr»  ⟦aws-key-id|SES SMTP user key id in Alertmanager⟧
  smtp_auth_password: «sesv4:alertmgr»  ⟦aws-ses-smtp|SES SMTP password in Alertmanager⟧
  slack_api_url: «slackhook:alertmgr»  ⟦slack|Slack webhook in Alertmanager⟧
route:
  receiver: grid-oncall
receivers:
  - name: grid-oncall
    pagerduty_configs:
      - routing_key: «pdkey:alertmgr»  ⟦pagerduty|PagerDuty routing key in Alertmanager⟧
      - routing_key_file: /etc/alertmanager/secrets/pd-derms  ⟪file reference⟫
"""),
    ("k8s/monitoring/prometheus-scrape.yaml", r"""
scrape_configs:
  - job_name: substation-rtu-exporter
    scheme: https
    basic_auth:
      username: prom
      password: «pwshort:promrtu»  ⟦password|Prometheus basic_auth password, short⟧
    static_configs:
      - targets: ['rtu-gw-01.scada.nmen.internal:9100', 'rtu-gw-02.scada.nmen.internal:9100']
  - job_name: ami-collectors
    basic_auth:
      username: prom
      password_file: /etc/prometheus/secrets/ami  ⟪password_file reference⟫
    static_configs:
      - targets: ['ami-col-01:9100']
"""),
    ("k8s/monitoring/otel-collector.yaml", r"""
receivers:
  otlp:
    protocols:
      grpc: {}
exporters:
  otlp/honeycomb:
    endpoint: api.honeycomb.io:443
    headers:
      x-honeycomb-team: «honeycomb:otel»  ⟦app-secret|Honeycomb key in an OTel collector header⟧
  datadog:
    api:
      key: ${env:DD_API_KEY}  ⟪env reference⟫
      site: datadoghq.com
service:
  pipelines:
    traces:
      receivers: [otlp]
      exporters: [otlp/honeycomb, datadog]
"""),
    ("helm/outage-mgr/values.yaml", r"""
image:
  repository: 772050186343.dkr.ecr.us-east-2.amazonaws.com/outage-mgr
  tag: ""
env:
  TOMORROW_API_KEY: ""
  MAILGUN_API_KEY: "<mailgun-key>"  ⟪placeholder⟫
postgresql:
  auth:
    username: oms_app
    password: changeme  ⟪placeholder⟫
    existingSecret: ""
redis:
  auth:
    existingSecret: oms-redis  ⟪existingSecret⟫
"""),
    ("helm/outage-mgr/values-prod.yaml", r"""
replicaCount: 4
env:
  TOMORROW_API_KEY: «b62:32-tomorrow»  ⟦app-secret|Tomorrow.io key in prod Helm values⟧
  MAILGUN_API_KEY: «mailgun:outage»  ⟦app-secret|Mailgun key in prod Helm values⟧
postgresql:
  auth:
    password: «pw:omshelm»  ⟦password|Helm values password⟧
ingress:
  enabled: true
  hosts: [oms.northmarch-energy.com]
"""),
    ("helm/datadog/values-grid.yaml", r"""
datadog:
  site: datadoghq.com
  apiKey: «ddapi:helmgrid»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:helmgrid»  ⟦datadog|Datadog app key in Helm values⟧
  clusterName: grid-prod-use2
  logs:
    enabled: true
clusterAgent:
  token: «b62:32-ddclusteragent»  ⟦app-secret|Datadog cluster agent token⟧
"""),
    ("helm/keycloak/values.yaml", r"""
auth:
  adminUser: admin
  adminPassword: «pwc:keycloakadm»  ⟦password|Keycloak admin password in Helm values⟧
postgresql:
  enabled: false
externalDatabase:
  host: keycloak.cluster-cq8w1ex0rj2d.us-east-2.rds.amazonaws.com
  user: keycloak
  existingSecret: keycloak-db  ⟪existingSecret⟫
  existingSecretPasswordKey: password
"""),
    ("helm/mosquitto/values-lab.yaml", r"""
# lab broker for the feeder sensor pilot (not prod)
auth:
  users:
    - username: pilot-sensors
      password: «pwshort:pilotsens»  ⟦password|Mosquitto user in Helm values, short⟧
    - username: grafana
      password: grafana  ⟪password equal to the user⟫
persistence:
  enabled: true
"""),
    ("helmfile.yaml", r"""
repositories:
  - name: bitnami
    url: https://charts.bitnami.com/bitnami
  - name: nmen
    url: https://nmen.jfrog.io/artifactory/api/helm/helm-local
    username: helm-reader
    password: '{{ requiredEnv "ARTIFACTORY_HELM_PASSWORD" }}'  ⟪requiredEnv⟫
releases:
  - name: outage-mgr
    namespace: oms
    chart: nmen/outage-mgr
    values: [helm/outage-mgr/values.yaml, helm/outage-mgr/values-prod.yaml]
"""),
    ("docker-compose.yml", r"""
services:
  mdm-db:
    image: postgres:16
    environment:
      POSTGRES_USER: mdm
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  meterhub:
    build: services/meterhub
    environment:
      SPRING_DATASOURCE_URL: jdbc:postgresql://mdm-db:5432/mdm
      SPRING_DATASOURCE_PASSWORD: postgres
      LG_GRIDSTREAM_API_KEY: ${LG_GRIDSTREAM_API_KEY}  ⟪compose variable⟫
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
  localstack:
    image: localstack/localstack:3.8
"""),
    ("deploy/compose/historian-lab.yml", r"""
version: "3.8"
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: grid
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwn:influxlab»  ⟦password|compose InfluxDB init password⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxtok»  ⟦app-secret|InfluxDB admin token⟧
  telegraf:
    image: telegraf:1.32
    environment:
      - INFLUX_TOKEN=${INFLUX_TOKEN}  ⟪compose variable⟫
      - MODBUS_GATEWAY=10.60.4.21
  nodered:
    image: nodered/node-red:4.0
    environment:
      - NODE_RED_CREDENTIAL_SECRET=«b62:24-noderedcred»  ⟦app-secret|Node-RED credential secret⟧
"""),
    ("deploy/compose/evcharge.yml", r"""
services:
  ocpp:
    image: 772050186343.dkr.ecr.ca-central-1.amazonaws.com/evcharge-ocpp:0.19.2
    environment:
      DATABASE_URL: ecto://evcharge:«pwc:evchargedb»@db/evcharge  ⟦conn-string|Ecto URL repeated in compose⟧
      SECRET_KEY_BASE: «b62:64-phoenixskb»  ⟦app-secret|Phoenix secret_key_base repeated in compose⟧
    secrets:
      - stripe_key
secrets:
  stripe_key:
    file: ./secrets/stripe_key.txt  ⟪secret file reference⟫
"""),
    ("services/meterhub/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG ARTIFACTORY_PASSWORD
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENV ITRON_CE_PASSWORD=«pwc:itronce»  ⟦password|Dockerfile ENV password⟧
COPY build/libs/meterhub.jar /app/meterhub.jar
RUN --mount=type=secret,id=artifactory curl -fsS -u ci-reader:$(cat /run/secrets/artifactory) https://nmen.jfrog.io/artifactory/certs/nmen-root.pem -o /usr/local/share/ca-certificates/nmen.crt  ⟪BuildKit secret mount⟫
ENTRYPOINT ["java", "-jar", "/app/meterhub.jar"]
"""),
    ("services/outage-mgr/Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt --extra-index-url https://ci-reader:«pct:pwr:artreader»@nmen.jfrog.io/artifactory/api/pypi/pypi-virtual/simple  ⟦conn-string|pip index URL with password in a Dockerfile⟧
COPY . .
CMD ["uvicorn", "oms.main:app", "--host", "0.0.0.0"]
"""),
    ("services/historian-bridge/Dockerfile.windows", r"""
# escape=`
FROM mcr.microsoft.com/dotnet/aspnet:8.0-windowsservercore-ltsc2022
SHELL ["powershell", "-Command"]
RUN net user pibridge «pwl:pibridgesvc» /add ; `  ⟦password|net user password in a Windows Dockerfile⟧
    net localgroup Administrators pibridge /add
ENV PIWEBAPI_URL=https://pi.nmen.internal/piwebapi
COPY publish/ C:/app/
ENTRYPOINT ["dotnet", "C:/app/HistorianBridge.dll"]
"""),
    ("services/evcharge/Dockerfile", r"""
FROM hexpm/elixir:1.17.3-erlang-27.1-debian-bookworm-20241016 AS build
ENV MIX_ENV=prod
ARG HEX_ORGANIZATION_KEY
RUN mix hex.organization auth northmarch --key «hex:32-hexorg»  ⟦app-secret|Hex organization key in a Dockerfile RUN⟧
COPY . .
RUN mix deps.get --only prod && mix release
"""),
    (".github/workflows/meterhub.yml", r"""
name: meterhub
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@«sha:gha1»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::772050186343:role/gha-meterhub  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: ./gradlew build
        env:
          ARTIFACTORY_PASSWORD: ${{ secrets.ARTIFACTORY_PASSWORD }}  ⟪GitHub secrets expression⟫
          SONAR_TOKEN: «sqat:meterhub»  ⟦sonarqube|SonarQube token pasted into a workflow⟧
"""),
    (".github/workflows/outage-deploy.yml", r"""
name: outage-mgr deploy
on: workflow_dispatch
env:
  AWS_DEFAULT_REGION: us-east-2
  AWS_ACCESS_KEY_ID: «akid:ghaoms»  ⟦aws-key-id|key id in workflow env⟧
  AWS_SECRET_ACCESS_KEY: «awssec:ghaoms»  ⟦aws-secret|secret in workflow env⟧
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: helm upgrade --install outage-mgr helm/outage-mgr -f helm/outage-mgr/values-prod.yaml
"""),
    (".github/workflows/myaccount.yml", r"""
name: myaccount
on: [push]
jobs:
  e2e:
    runs-on: ubuntu-24.04
    env:
      LD_SDK_KEY: ${{ secrets.LD_SDK_KEY }}  ⟪GitHub secrets expression⟫
      NPM_TOKEN: «npm:myaccount»  ⟦npm|npm token in workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npm run build
      - run: npx vercel deploy --prod --token «b62:24-vercel»  ⟦app-secret|Vercel token on a command line⟧
"""),
    (".github/workflows/veg-notebooks.yml", r"""
name: vegetation notebooks
on:
  schedule:
    - cron: '0 6 * * 1'
jobs:
  run:
    runs-on: [self-hosted, gpu]
    steps:
      - uses: actions/checkout@v4
      - run: |
          huggingface-cli login --token ${{ secrets.HF_TOKEN }}
          papermill notebooks/encroachment.ipynb out.ipynb -p planet_key "${{ secrets.PLANET_API_KEY }}"  ⟪secrets expression⟫
          curl -X POST -H 'Content-Type: application/json' -d '{"text":"veg run done"}' «slackhook:vegnb»  ⟦slack|Slack webhook in a run step⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  GRIDSTREAM_SANDBOX_URL: https://sandbox.gridstream.landisgyr.com
  SNYK_TOKEN: «snyk:gitlab»  ⟦app-secret|Snyk token (UUID) in GitLab CI variables⟧
build:
  stage: build
  image: docker:27
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI job token variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  script:
    - curl --fail -X POST -F token=«glptt:deploy» -F ref=main https://gitlab.northmarch-energy.com/api/v4/projects/118/trigger/pipeline  ⟦gitlab|pipeline trigger token in a curl⟧
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'linux-docker' }
  environment {
    PI_CREDS = credentials('pi-webapi-svc')  ⟪Jenkins credentials()⟫
    NEXUS_PASSWORD = '«pwc:nexusjenkins»'  ⟦password|Jenkins environment password literal⟧
  }
  stages {
    stage('Build') {
      steps {
        sh 'dotnet build HistorianBridge.sln -c Release'
        sh "dotnet nuget push bin/*.nupkg -s https://nexus.nmen.internal/repository/nuget-hosted/ -k «uuid:nugetkey»"  ⟦app-secret|Nexus NuGet API key (UUID) on a push command⟧
      }
    }
  }
}
"""),
    (".buildkite/pipeline.yml", r"""
env:
  BUILDKITE_PLUGIN_DOCKER_LOGIN_USERNAME: nmen-ci
steps:
  - label: ":golang: gridedge"
    command: go build ./...
    plugins:
      - docker-login#v3.0.0:
          username: nmen-ci
          password-env: DOCKER_LOGIN_PASSWORD  ⟪env var name⟫
  - label: ":rocket: annotate"
    command: |
      curl -H "Authorization: Bearer «bkua:annotate»" https://api.buildkite.com/v2/organizations/northmarch/pipelines  ⟦app-secret|Buildkite API token in a command⟧
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: evcharge

steps:
  - name: test
    image: hexpm/elixir:1.17.3-erlang-27.1-alpine-3.20.3
    environment:
      MIX_ENV: test
      DATABASE_URL: ecto://postgres:postgres@db/evcharge_ci  ⟪local default in CI URL⟫
    commands:
      - mix deps.get
      - mix compile --warnings-as-errors
  - name: publish
    image: plugins/ecr
    settings:
      access_key: «akid:droneecr»  ⟦aws-key-id|Drone ECR plugin access_key⟧
      secret_key: «awssec:droneecr»  ⟦aws-secret|Drone ECR plugin secret_key⟧
      repo: evcharge-ocpp
      registry: 772050186343.dkr.ecr.ca-central-1.amazonaws.com
  - name: notify
    image: plugins/slack
    settings:
      webhook:
        from_secret: slack_webhook  ⟪from_secret⟫

services:
  - name: db
    image: postgres:16
"""),
    (".woodpecker/deploy.yaml", r"""
when:
  - event: tag
steps:
  - name: deploy-docs
    image: alpine:3.20
    environment:
      NETLIFY_AUTH_TOKEN:
        from_secret: netlify_token  ⟪from_secret⟫
      RCLONE_CONFIG_R2_ACCESS_KEY_ID: «hex:32-r2id»  ⟪Cloudflare R2 access key id⟫
      RCLONE_CONFIG_R2_SECRET_ACCESS_KEY: «hex:64-r2secret»  ⟦app-secret|Cloudflare R2 secret access key⟧
    commands:
      - rclone sync site/ r2:nmen-docs
"""),
    ("ci/spinnaker/outage-pipeline.json", r"""
{
  "application": "outagemgr",
  "name": "deploy-prod",
  "stages": [
    {
      "type": "webhook",
      "name": "Notify ServiceNow change",
      "url": "https://northmarch.service-now.com/api/now/table/change_request",
      "method": "POST",
      "customHeaders": {"Authorization": "Basic «basic:snowchg»"},  ⟦password-b64|base64 basic-auth header in a Spinnaker webhook⟧
      "payload": {"short_description": "outage-mgr deploy ${trigger.buildInfo.number}"}
    },
    {
      "type": "deployManifest",
      "account": "grid-prod-use2",
      "manifestArtifactId": "«uuid:spinart»"  ⟪artifact id⟫
    }
  ]
}
"""),
    ("ci/azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-2022
variables:
  - group: fieldops-prod  ⟪variable group⟫
  - name: NUGET_FEED_PAT
    value: «gpat:fieldopsfeed»  ⟦azure-devops|Azure DevOps PAT in pipeline variables⟧
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: restore
      feedsToUse: config
      nugetConfigPath: NuGet.Config
  - script: dotnet publish -c Release -o $(Build.ArtifactStagingDirectory)  ⟪pipeline variable⟫
"""),
    ("ci/packer/mqtt-broker.pkr.hcl", r"""
source "amazon-ebs" "broker" {
  region        = "us-east-2"
  instance_type = "t3.medium"
  source_ami_filter {
    filters = { name = "al2023-ami-*-x86_64" }
    owners  = ["137112412989"]  ⟪AWS account id of the AMI owner⟫
  }
  ssh_username = "ec2-user"
  ami_name     = "mqtt-broker-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.broker"]
  provisioner "shell" {
    inline = [
      "sudo dnf install -y mosquitto",
      "sudo mosquitto_passwd -c -b /etc/mosquitto/passwd bridge «pwshort:mqttbridge»",  ⟦password|mosquitto_passwd -b in a Packer provisioner⟧
    ]
  }
}
"""),
    ("ansible/group_vars/scada_dmz.yml", r"""
ntp_servers: [10.60.0.10, 10.60.0.11]
pi_webapi_user: "NMEN\\svc-piwebapi"
pi_webapi_password: "«pwn:piwebapi»"  ⟦password|Ansible group_vars password repeated from UserData⟧
dnp3_master_address: 1
snmp_community_ro: "«lo:12-snmpro»"  ⟦?password|custom SNMP v2c community string⟧
snmp_community_rw: "{{ vault_snmp_rw }}"  ⟪Jinja vault reference⟫
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault ciphertext⟫
«hex:64-av2»
«hex:64-av3»
"""),
    ("ansible/inventory/substations.ini", r"""
[rtu_gateways]
rtu-gw-01.scada.nmen.internal ansible_user=gridops
rtu-gw-02.scada.nmen.internal ansible_user=gridops

[hmi_windows]
hmi-ws-07.scada.nmen.internal

[hmi_windows:vars]
ansible_connection=winrm
ansible_user=NMEN\ansible-winrm
ansible_password=«pw:winrmhmi»  ⟦password|WinRM inventory password⟧
ansible_winrm_transport=ntlm
"""),
    ("salt/pillar/ami_collectors.sls", r"""
ami:
  collector:
    headend_url: https://openway-ce.nmen.internal:8443
    headend_user: svc_collector
    headend_password: «pwc:amicollector»  ⟦password|Salt pillar password⟧
    gpg_password: |
      -----BEGIN PGP MESSAGE-----  ⟪GPG-encrypted pillar value⟫
      hQEMA«b62:40-gpgpillar»
      -----END PGP MESSAGE-----
"""),
    ("chef/data_bags/oms/credentials.json", r"""
{
  "id": "credentials",
  "oms_db_password": "«pwn:omschef»",  ⟦password|Chef data bag password in clear⟧
  "esri_license_key": "ECP«up:22-esrilic»",  ⟦app-secret|Esri license authorization code⟧
  "ldap_bind_dn": "CN=svc-oms,OU=Service,DC=nmen,DC=internal"
}
"""),
    ("chef/data_bags/oms/encrypted.json", r"""
{
  "id": "encrypted",
  "oms_db_password": {
    "encrypted_data": "«b64k:48-u7»",  ⟪Chef encrypted data bag ciphertext⟫
    "iv": "«b64k:12-u8»",
    "auth_tag": "«b64k:16-u9»",
    "version": 3,
    "cipher": "aes-256-gcm"
  }
}
"""),
    (".devcontainer/devcontainer.json", r"""
{
  "name": "gridedge",
  "image": "mcr.microsoft.com/devcontainers/go:1.23",
  "containerEnv": {
    "AWS_PROFILE": "nmen-dev",
    "ENPHASE_API_KEY": "«hex:32-enphase»",  ⟦app-secret|Enphase key in devcontainer env⟧
    "GOFLAGS": "-mod=mod"
  },
  "remoteEnv": {
    "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}"  ⟪localEnv reference⟫
  },
  "features": {"ghcr.io/devcontainers/features/aws-cli:1": {}}
}
"""),
    ("Taskfile.yml", r"""
version: '3'
env:
  PI_WEBAPI_URL: https://pi.nmen.internal/piwebapi
tasks:
  sync-tags:
    cmds:
      - python tools/sync_pi_tags.py --user svc-pitags --password '«pwn:pitags»'  ⟦password|password flag in a Taskfile⟧
  lint:
    cmds:
      - ruff check .
"""),
    ("justfile", r"""
set dotenv-load

snowflake_user := "SVC_SETTLE"

# pull the settlement day into the warehouse
settle day:
    SNOWSQL_PWD='«pwx:snowsettle»' snowsql -a nmen-grid01 -u {{snowflake_user}} -f sql/settle.sql -D day={{day}}  ⟦password|SNOWSQL_PWD inline in a justfile⟧

fmt:
    sqlfluff fix sql/
"""),
    ("skaffold.yaml", r"""
apiVersion: skaffold/v4beta11
kind: Config
build:
  artifacts:
    - image: outage-mgr
      docker:
        buildArgs:
          PIP_INDEX_URL: "{{.PIP_INDEX_URL}}"  ⟪template reference⟫
deploy:
  helm:
    releases:
      - name: outage-mgr
        chartPath: helm/outage-mgr
        setValues:
          env.TOMORROW_API_KEY: «b62:32-tomorrow»  ⟦app-secret|Tomorrow.io key in skaffold setValues⟧
"""),
    ("Earthfile", r"""
VERSION 0.8
FROM golang:1.23
WORKDIR /src

deps:
    COPY go.mod go.sum ./
    RUN --secret GOPROXY_TOKEN go mod download  ⟪Earthly secret⟫

build:
    FROM +deps
    COPY . .
    RUN go build -o /out/gridedge ./cmd/gridedge
    SAVE ARTIFACT /out/gridedge
"""),
    ("infra/nomad/pi-replay.nomad.hcl", r"""
job "pi-replay" {
  datacenters = ["use2"]
  group "replay" {
    task "replay" {
      driver = "docker"
      config {
        image = "772050186343.dkr.ecr.us-east-2.amazonaws.com/pi-replay:0.4.1"
      }
      template {
        data        = <<EOH
PI_PASSWORD={{ with nomadVar "nomad/jobs/pi-replay" }}{{ .pi_password }}{{ end }}
EOH
        destination = "secrets/env"  ⟪Nomad template⟫
        env         = true
      }
      env {
        INFLUX_TOKEN = "«urlsafe:64-influxtok»"  ⟦app-secret|InfluxDB token in a Nomad job env⟧
      }
    }
  }
}
"""),
    ("infra/eb/.ebextensions/env.config", r"""
option_settings:
  aws:elasticbeanstalk:application:environment:
    RAILS_ENV: production
    SECRET_KEY_BASE: «hex:128-ebskb»  ⟦app-secret|Rails secret_key_base in ebextensions⟧
    DATABASE_URL: postgres://contractor_portal:«pct:pwx:cportal»@cportal.cq8w1ex0rj2d.us-east-2.rds.amazonaws.com/cportal  ⟦conn-string|database URL in ebextensions⟧
    RAILS_MASTER_KEY: '`{"Fn::GetOptionSetting": {"OptionName": "MasterKey"}}`'  ⟪option setting reference⟫
"""),
]
