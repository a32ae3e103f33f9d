"""fresh11 templates, containers and delivery (Quillmere Biosciences): Kubernetes, kustomize, Helm, compose,
Dockerfiles, workflow engines (Nextflow, Snakemake, Cromwell, Argo Workflows), CI definitions, and deployed
service definitions (a systemd unit, a GitLab runner, Jenkins' credential store, SOPS, a Cloudflare tunnel).
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/seqera/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: tower-backend
  namespace: seqflow
type: Opaque
data:
  TOWER_DB_PASSWORD: «b64:pwx:towerdb»  ⟦password|base64 password in a Secret data: field⟧
  TOWER_DB_USER: «b64:lit:tower»  ⟪base64 user name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:towerk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:towerk8s»  ⟦aws-b64|base64 secret in a Secret⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 region name⟫
---
apiVersion: v1
kind: Secret
metadata:
  name: tower-license
  namespace: seqflow
stringData:
  TOWER_LICENSE: «b64k:96-towerlic»  ⟦?app-secret|Seqera Platform licence key (an entitlement, not a login): policy-dependent⟧
  TOWER_ROOT_USERS: platform@quillmere.bio
"""),
    ("deploy/k8s/seqera/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: tower-backend
  namespace: seqflow
  annotations:
    deployment.kubernetes.io/revision: "37"
spec:
  replicas: 2
  selector:
    matchLabels: {app: tower-backend}
  template:
    metadata:
      labels: {app: tower-backend}
    spec:
      containers:
        - name: backend
          image: cr.seqera.io/private/nf-tower-enterprise/backend:v24.2.3@sha256:«sha256:towerimg»  ⟪image digest⟫
          envFrom:
            - secretRef: {name: tower-backend}  ⟪secretRef⟫
          env:
            - name: TOWER_JWT_SECRET
              value: «b62:64-towerjwt»  ⟦app-secret|JWT signing secret in a Deployment env⟧
            - name: TOWER_REDIS_URL
              value: redis://tower-redis:6379
            - name: TOWER_SMTP_PASSWORD
              valueFrom:
                secretKeyRef: {name: tower-smtp, key: password}  ⟪secretKeyRef⟫
"""),
    ("deploy/k8s/lims/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: lims-config
  namespace: lims
data:
  DJANGO_ALLOWED_HOSTS: lims.quillmere.bio
  LABWARE_HOST: labware01.lab.quillmere.bio
  LABWARE_PASSWORD: «pw6:labware»  ⟦password|legacy LIMS password in a ConfigMap⟧
  ZEBRA_PRINTER_POOL: "bb-zebra-01,bb-zebra-02"
  SENTRY_DSN: «sentrynew:lims»  ⟪modern Sentry DSN, public⟫
  BUILD_ID: «hex:16-buildid»  ⟪build id⟫
"""),
    ("deploy/k8s/lims/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lims-db
  namespace: lims
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: lims-db}
  data:
    - secretKey: password
      remoteRef: {key: lims/db, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/lims/sealed-benchling.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: benchling
  namespace: lims
spec:
  encryptedData:
    api_key: «sealed:benchling»  ⟪SealedSecret ciphertext⟫
    webhook_secret: «sealed:benchlingwh»  ⟪SealedSecret ciphertext⟫
"""),
    ("deploy/k8s/foldml/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: weights-sync
  namespace: foldml
spec:
  schedule: "0 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 772651094338.dkr.ecr.us-east-1.amazonaws.com/foldml-tools:0.9.0
              args: ["huggingface-cli", "download", "quillmere/esm2-binder-v3", "--token", "«hf:cron»"]  ⟦app-secret|Hugging Face token in container args⟧
              env:
                - name: AWS_ROLE_ARN
                  value: arn:aws:iam::618204937152:role/foldml-irsa
"""),
    ("deploy/k8s/registry/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: foldml
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8s»  ⟦docker-hub|base64 dockerconfigjson holding a Docker Hub token⟧
"""),
    ("deploy/k8s/velero/credentials-velero.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: cloud-credentials
  namespace: velero
data:
  cloud: «b64:credini:velero»  ⟦aws-b64|base64 AWS credentials file for Velero⟧
"""),
    ("deploy/k8s/cert-manager/issuer.yaml", r"""
apiVersion: cert-manager.io/v1
kind: ClusterIssuer
metadata:
  name: letsencrypt-route53
spec:
  acme:
    server: https://acme-v02.api.letsencrypt.org/directory
    email: platform@quillmere.bio
    privateKeySecretRef: {name: le-account-key}
    solvers:
      - dns01:
          route53:
            region: us-east-1
            hostedZoneID: Z07318462N3KQ8V1XRBCE  ⟪hosted zone id⟫
            accessKeyID: «akid:certmgr»  ⟦aws-key-id|key id in a cert-manager issuer⟧
            secretAccessKeySecretRef: {name: route53-secret, key: secret-access-key}  ⟪secret ref⟫
"""),
    ("deploy/k8s/argo-workflows/variant-calling.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: WorkflowTemplate
metadata:
  name: variant-calling
  namespace: seqflow
spec:
  entrypoint: main
  arguments:
    parameters:
      - name: sample-sheet
      - name: ica-api-key
        value: "«b62:32-ica»"  ⟦app-secret|Illumina Connected Analytics API key as a workflow parameter default⟧
  templates:
    - name: main
      container:
        image: quay.io/quillmere/deepvariant-runner:1.6.1
        command: [run.sh]
        args: ["--sheet", "{{workflow.parameters.sample-sheet}}", "--ica-key", "{{workflow.parameters.ica-api-key}}"]  ⟪Argo parameter reference⟫
"""),
    ("deploy/k8s/kustomize/lims/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: lims
resources: [../../lims]
secretGenerator:
  - name: lims-extra
    literals:
      - FREEZERWORKS_PASSWORD=«pwn:fwx»  ⟦password|kustomize secretGenerator literal⟧
      - REDCAP_URL=https://redcap.partnerhospital.org/api/
configMapGenerator:
  - name: lims-flags
    literals:
      - FEATURE_PLATE_V2=true
images:
  - name: helix-lims
    digest: sha256:«sha256:kustimg»  ⟪image digest⟫
"""),
    ("deploy/helm/seqera/values-prod.yaml", r"""
global:
  imageRegistry: cr.seqera.io
backend:
  replicas: 2
  env:
    TOWER_SERVER_URL: https://tower.quillmere.bio
    TOWER_CONTACT_EMAIL: platform@quillmere.bio
database:
  host: tower-db.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
  user: tower
  password: «pwx:towerdb»  ⟦password|Helm values database password⟧
  existingSecret: ""
redis:
  auth:
    enabled: true
    password: "«pwp:towerredis»"  ⟦password|short Redis password in Helm values⟧
smtp:
  host: email-smtp.us-east-1.amazonaws.com
  user: «akid:sestower»  ⟦aws-key-id|SES SMTP user in Helm values⟧
  password: «sesv4:sestower»  ⟦aws-ses-smtp|SES SMTP password in Helm values⟧
"""),
    ("deploy/helm/seqera/values-staging.yaml", r"""
database:
  host: tower-db-staging.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
  password: ""  ⟪empty⟫
  existingSecret: tower-db  ⟪existingSecret⟫
redis:
  auth:
    password: changeme  ⟪placeholder⟫
smtp:
  password: "{{ .Values.global.smtpPassword }}"  ⟪Helm template⟫
"""),
    ("deploy/helm/jupyterhub/config.yaml", r"""
hub:
  config:
    GenericOAuthenticator:
      client_id: jupyterhub-lab
      client_secret: «b62:40-jhoauth»  ⟦app-secret|OAuth client secret in JupyterHub config⟧
      oauth_callback_url: https://jupyter.quillmere.bio/hub/oauth_callback
      authorize_url: https://quillmere.okta.com/oauth2/v1/authorize
    JupyterHub:
      authenticator_class: generic-oauth
  cookieSecret: «hex:64-jhcookie»  ⟦app-secret|JupyterHub cookie secret⟧
proxy:
  secretToken: «hex:64-jhproxy»  ⟦app-secret|JupyterHub proxy secret token⟧
singleuser:
  image:
    name: quay.io/quillmere/lab-notebook
    tag: "2026.11"
  extraEnv:
    WANDB_BASE_URL: https://api.wandb.ai
    GRANT_SUDO: "no"
"""),
    ("deploy/helm/metabase/values.yaml", r"""
database:
  type: postgres
  host: reporting.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
  dbname: metabase
  username: metabase
  password: «pwn:metabasedb»  ⟦password|Metabase DB password in Helm values⟧
  encryptionKey: «b62:32-mbenc»  ⟦app-secret|Metabase encryption key⟧
jetty:
  maxThreads: 254
ingress:
  hosts: [bi.quillmere.bio]
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: datadoghq.com
  apiKey: «ddapi:helm»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:helm»  ⟦datadog|Datadog app key in Helm values⟧
  clusterName: qmb-research-use1
  logs:
    enabled: true
  apiKeyExistingSecret: ""  ⟪empty⟫
clusterAgent:
  token: «b62:32-ddcatoken»  ⟦app-secret|Datadog cluster agent token⟧
"""),
    ("deploy/helm/airflow/values-override.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-afweb»  ⟦app-secret|Airflow webserver secret key⟧
fernetKeySecretName: airflow-fernet  ⟪secret name⟫
data:
  metadataConnection:
    user: airflow
    pass: «pp:afmeta»  ⟦password|Airflow metadata DB password in Helm values⟧
    host: airflow-meta.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com
    db: airflow
env:
  - name: AIRFLOW_CONN_SNOWFLAKE_DEFAULT
    value: snowflake://AIRFLOW_LOADER:«pct:pwx:sfairflow»@qmb12345/RESEARCH/RAW?warehouse=LOAD_WH&role=LOADER  ⟦conn-string|Airflow connection URI with password⟧
"""),
    ("deploy/helmfile.yaml", r"""
repositories:
  - name: seqera
    url: https://charts.seqera.io
releases:
  - name: tower
    namespace: seqflow
    chart: seqera/tower
    values:
      - deploy/helm/seqera/values-prod.yaml
    set:
      - name: license
        value: {{ requiredEnv "TOWER_LICENSE" }}  ⟪helmfile requiredEnv⟫
"""),
    ("docker-compose.yml", r"""
services:
  lims:
    build: .
    environment:
      DATABASE_URL: postgres://lims:lims@db:5432/helixlims  ⟪local default: password equals user⟫
      DJANGO_SECRET_KEY: dev-only-insecure-key  ⟪marked development value⟫
      BENCHLING_API_KEY: ${BENCHLING_API_KEY}  ⟪env reference⟫
    depends_on: [db, mq]
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  mq:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: guest  ⟪RabbitMQ default⟫
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
"""),
    ("services/biobank-telemetry/docker-compose.prod.yml", r"""
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: biobank
      DOCKER_INFLUXDB_INIT_PASSWORD: «pwl:influx»  ⟦password|InfluxDB init password in compose⟧
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influx»  ⟦app-secret|InfluxDB admin token⟧
      DOCKER_INFLUXDB_INIT_ORG: quillmere
  grafana:
    image: grafana/grafana:11.3.0
    environment:
      GF_SECURITY_ADMIN_PASSWORD: «pwp:grafadmin»  ⟦password|Grafana admin password in compose⟧
      GF_AUTH_GENERIC_OAUTH_CLIENT_SECRET__FILE: /run/secrets/okta  ⟪file reference⟫
  mqtt:
    image: eclipse-mosquitto:2.0.20
    command: ["sh", "-c", "mosquitto_passwd -b -c /mosquitto/config/pw freezer «pw:mqtt» && mosquitto -c /mosquitto/config/mosquitto.conf"]  ⟦password|mosquitto_passwd -b password in a compose command⟧
"""),
    ("services/cro-portal/compose.override.yml", r"""
services:
  web:
    environment:
      - STRIPE_SECRET_KEY=«docs:stripetest»  ⟪Stripe test-mode key, marked⟫
      - NEXTAUTH_URL=http://localhost:3000
      - NEXTAUTH_SECRET=${NEXTAUTH_SECRET:?set it in .env.local}  ⟪env reference⟫
      - POSTMARK_TOKEN=POSTMARK_API_TEST  ⟪Postmark documented test token⟫
"""),
    ("services/helix-lims/Dockerfile", r"""
FROM python:3.12-slim@sha256:«sha256:pyslim» AS build  ⟪base image digest⟫
ARG PIP_INDEX_URL
WORKDIR /src
COPY requirements/ requirements/
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip install --no-cache-dir -r requirements/prod.txt  ⟪BuildKit secret mount⟫
COPY . .
FROM python:3.12-slim
ENV DJANGO_SETTINGS_MODULE=helix.settings.prod
COPY --from=build /usr/local /usr/local
COPY --from=build /src /app
CMD ["gunicorn", "helix.wsgi", "-b", "0.0.0.0:8000"]
"""),
    ("services/assayhub/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ENV SPRING_PROFILES_ACTIVE=prod \
    RABBITMQ_USERNAME=platereader \
    RABBITMQ_PASSWORD=«pw:mqplate»  ⟦password|broker password baked into a Dockerfile ENV⟧
COPY target/assayhub.jar /opt/app.jar
ENTRYPOINT ["java", "-jar", "/opt/app.jar"]
"""),
    ("services/foldml/Dockerfile", r"""
FROM nvcr.io/nvidia/pytorch:24.10-py3
ARG HF_TOKEN
RUN pip install --no-cache-dir transformers==4.46.2 wandb==0.17.9
RUN huggingface-cli login --token $HF_TOKEN && huggingface-cli download facebook/esm2_t33_650M_UR50D  ⟪build-arg reference⟫
ENV WANDB_API_KEY=«wandb:dockerfile»  ⟦app-secret|W&B key in a Dockerfile ENV⟧
COPY . /workspace
"""),
    ("services/specimen-api/Dockerfile", r"""
FROM golang:1.23 AS build
WORKDIR /src
RUN git config --global url."https://quillmere-bot:«ghfg:gomod»@github.com/".insteadOf "https://github.com/"  ⟦github|fine-grained GitHub PAT in a git insteadOf URL⟧
ENV GOPRIVATE=github.com/quillmere/*
COPY . .
RUN CGO_ENABLED=0 go build -o /out/bootstrap ./cmd/custody
FROM public.ecr.aws/lambda/provided:al2023
COPY --from=build /out/bootstrap /var/runtime/bootstrap
"""),
    ("pipelines/seqflow/nextflow.config", r"""
// seqflow - shared Nextflow configuration
manifest {
    name            = 'quillmere/seqflow'
    nextflowVersion = '!>=24.04.0'
}

aws {
    region = 'us-east-1'
    accessKey = '«akid:nfconf»'  ⟦aws-key-id|accessKey in nextflow.config⟧
    secretKey = '«awssec:nfconf»'  ⟦aws-secret|secretKey in nextflow.config⟧
    batch {
        cliPath = '/home/ec2-user/miniconda/bin/aws'
    }
}

tower {
    enabled     = true
    accessToken = secrets.TOWER_ACCESS_TOKEN  ⟪Nextflow secrets reference⟫
    workspaceId = '«num:15-towerws»'  ⟪workspace id⟫
}

params {
    basespace_token = '«hex:32-basespace»'  ⟦app-secret|BaseSpace token in Nextflow params⟧
    igenomes_base   = 's3://ngi-igenomes/igenomes'
}
"""),
    ("pipelines/seqflow/conf/eu.config", r"""
// London data residency profile
aws.region = 'eu-west-2'
aws.client.s3PathStyleAccess = false
process.executor = 'awsbatch'
process.queue = 'seqflow-eu-spot'
env {
    ICA_API_KEY = "${System.getenv('ICA_API_KEY')}"  ⟪env reference⟫
    SYNAPSE_AUTH_TOKEN = "«jwt:synapse»"  ⟦jwt|Synapse token in a Nextflow env block⟧
}
"""),
    ("pipelines/crispr-screen/profiles/slurm/config.yaml", r"""
# snakemake --profile profiles/slurm
executor: slurm
jobs: 200
default-resources:
  slurm_account: crispr
  slurm_partition: cpu
  mem_mb: 8000
remote-provider: S3
envvars:
  - BENCHLING_API_KEY
config:
  - benchling_api_key=«benchling:snake»  ⟦app-secret|Benchling key passed as Snakemake config⟧
  - s3_bucket=qmb-crispr-screens
"""),
    ("pipelines/wdl/cromwell.conf", r"""
include required(classpath("application"))
backend {
  default = "AWSBatch"
}
database {
  profile = "slick.jdbc.MySQLProfile$"
  db {
    driver = "com.mysql.cj.jdbc.Driver"
    url = "jdbc:mysql://cromwell-db.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com/cromwell?rewriteBatchedStatements=true"
    user = "cromwell"
    password = "«pwc:cromwell»"  ⟦password|Cromwell HOCON database password⟧
    connectionTimeout = 5000
  }
}
"""),
    (".github/workflows/lims-deploy.yml", r"""
name: lims-deploy
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
      - uses: actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::618204937152:role/gha-lims-deploy  ⟪OIDC role⟫
          aws-region: us-east-1
      - name: Migrate
        env:
          DATABASE_URL: ${{ secrets.LIMS_DATABASE_URL }}  ⟪Actions secret⟫
        run: python manage.py migrate --noinput
      - name: Notify
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"lims deployed"}' «slackhook:gha»  ⟦slack|Slack webhook in a workflow run step⟧
"""),
    (".github/workflows/foldml-train.yml", r"""
name: foldml-train
on: workflow_dispatch
env:
  WANDB_PROJECT: binder-design
  WANDB_API_KEY: «wandb:gha»  ⟦app-secret|W&B key in a workflow env⟧
  HF_TOKEN: ${{ secrets.HF_TOKEN }}  ⟪Actions secret⟫
jobs:
  train:
    runs-on: [self-hosted, gpu]
    steps:
      - uses: actions/checkout@v4
      - run: python train.py --config configs/esm2-binder.yaml
"""),
    (".github/workflows/release-pypi.yml", r"""
name: release
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: python -m build
      - run: twine upload dist/* -u __token__ -p «pypi:qmbtools»  ⟦pypi|PyPI token on a twine command line⟧
"""),
    (".github/workflows/codeql.yml", r"""
name: codeql
on:
  schedule:
    - cron: '41 5 * * 1'
jobs:
  analyze:
    runs-on: ubuntu-latest
    permissions:
      security-events: write
    steps:
      - uses: actions/checkout@v4
      - uses: github/codeql-action/init@v3
        with:
          languages: python, javascript, go
      - uses: github/codeql-action/analyze@v3
        env:
          GITHUB_TOKEN: ${{ github.token }}  ⟪GitHub token expression⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_HOST_URL: https://sonar.quillmere.bio
  SONAR_TOKEN: «sqp:gitlab»  ⟦sonarqube|SonarQube token in GitLab CI variables⟧
build:
  stage: build
  image: docker:27
  script:
    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" $CI_REGISTRY  ⟪CI job token variable⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - helm upgrade --install tower seqera/tower --set database.password=«pwx:towerdb»  ⟦password|helm --set password on a CI line⟧
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'linux-docker' }
  environment {
    NEXUS_CREDS = credentials('nexus-deploy')  ⟪Jenkins credentials()⟫
    ARTIFACTORY_API_KEY = 'AKCp8«b62:68-artkey»'  ⟦app-secret|JFrog Artifactory API key (AKCp8 prefix) in a Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps {
        sh 'mvn -B -s ci/settings.xml deploy'
      }
    }
    stage('Smoke') {
      steps {
        sh "mysql -h eln-archive.cq8v2nmx4k1e.us-east-1.rds.amazonaws.com -u eln -p'«pwn:elnarchive»' -e 'select 1'"  ⟦password|mysql -p password in a Jenkinsfile⟧
      }
    }
  }
}
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: build benchsync
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/aws-sam-deploy:2.2.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: us-east-1
                STACK_NAME: benchsync
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  e2e:
    docker:
      - image: cimg/node:20.18
        auth:
          username: quillmereci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as a CircleCI image auth password⟧
    environment:
      CYPRESS_RECORD_KEY: «uuid:cypress»  ⟦app-secret|Cypress Cloud record key (UUID) under its provider key⟧
    steps:
      - checkout
      - run: npx cypress run --record
workflows:
  main:
    jobs: [e2e]
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: specimen-api
steps:
  - name: build
    image: golang:1.23
    environment:
      GOPRIVATE: github.com/quillmere/*
      GITHUB_TOKEN:
        from_secret: github_token  ⟪Drone from_secret⟫
    commands:
      - go test ./...
  - name: publish
    image: plugins/ecr
    settings:
      access_key: «akid:drone»  ⟦aws-key-id|key id in a Drone ECR plugin⟧
      secret_key: «awssec:drone»  ⟦aws-secret|secret in a Drone ECR plugin⟧
      registry: 772651094338.dkr.ecr.us-east-1.amazonaws.com
      repo: specimen-api
"""),
    (".woodpecker/docs.yaml", r"""
when:
  - event: push
    branch: main
steps:
  - name: build-docs
    image: squidfunk/mkdocs-material:9.5
    commands:
      - mkdocs build
  - name: publish
    image: rclone/rclone:1.68
    environment:
      RCLONE_CONFIG_DOCS_TYPE: sftp
      RCLONE_CONFIG_DOCS_HOST: docs.lab.quillmere.bio
      RCLONE_CONFIG_DOCS_USER: docs
      RCLONE_CONFIG_DOCS_PASS:
        from_secret: docs_sftp_obscured  ⟪Woodpecker secret reference⟫
    commands:
      - rclone sync site docs:/var/www/docs
"""),
    ("tekton/pipelinerun-omics.yaml", r"""
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: omics-publish-
spec:
  pipelineRef: {name: omics-publish}
  params:
    - name: image
      value: 772651094338.dkr.ecr.us-east-1.amazonaws.com/omics-germline:4.2.0
    - name: dnanexus-token
      value: «b62:32-dnanexus»  ⟦app-secret|DNAnexus token as a Tekton param⟧
  workspaces:
    - name: shared
      volumeClaimTemplate:
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 1Gi}}
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-helix-lims
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/quillmere/helix-lims.git
  username: quillmere-argocd
  password: «ghp:argocd»  ⟦github|GitHub token as an Argo CD repository password⟧
"""),
    ("deploy/flux/gotk-sync.yaml", r"""
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: main
  secretRef:
    name: flux-system  ⟪secretRef⟫
  url: ssh://git@github.com/quillmere/platform-gitops
---
apiVersion: v1
kind: Secret
metadata:
  name: flux-system
  namespace: flux-system
stringData:
  known_hosts: github.com ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBBEmKSENjQEezOmxkZMy7opKgwFB9nkt5YRrYMjNuG5N87uRgg6CLrbo5wAdT/y6v0mKV0U2w0WZ2YB/++Tpockg=  ⟪GitHub host key⟫
  identity: «b64openssh:edflux:flux-system»  ⟦private-key|base64 of an OpenSSH private key in a Flux secret⟧
"""),
    ("deploy/nomad/freezer-gw.nomad.hcl", r"""
job "freezer-gw" {
  datacenters = ["lab-cambridge"]
  group "gw" {
    task "gw" {
      driver = "docker"
      config {
        image = "quay.io/quillmere/freezer-gw:2.3.1"
      }
      template {
        data = <<EOH
MQTT_PASSWORD={{ with secret "kv/data/freezer" }}{{ .Data.data.mqtt }}{{ end }}
EOH
        destination = "secrets/env"  ⟪Nomad Vault template⟫
        env = true
      }
      env {
        SENSAPHONE_PASSWORD = "«pwl:sensaphone»"  ⟦password|alarm portal password in a Nomad env block⟧
      }
    }
  }
}
"""),
    ("deploy/ansible/group_vars/instruments.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: LAB\instadmin
ansible_password: «pwn:winrm»  ⟦password|WinRM password in Ansible group_vars⟧
qs_exporter_version: 3.1.4
share_password: "{{ vault_share_password }}"  ⟪Ansible variable⟫
"""),
    ("deploy/ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:80-av1»  ⟪ansible-vault ciphertext⟫
«hex:80-av2»
«hex:80-av3»
"""),
    ("deploy/packer/instrument-gw.pkr.hcl", r"""
source "amazon-ebs" "gw" {
  region         = "us-east-1"
  instance_type  = "m6i.large"
  source_ami     = "ami-07f2d4b61c9a83e55"
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwin»"  ⟦password|Packer winrm_password⟧
  user_data_file = "bootstrap_win.txt"
}
build {
  sources = ["source.amazon-ebs.gw"]
}
"""),
    ("ops/gitlab-runner/config.toml", r"""
concurrent = 4
[[runners]]
  name = "lab-gpu-01"
  url = "https://gitlab.lab.quillmere.bio"
  token = "«glrt:gpu01»"  ⟦gitlab|GitLab runner token⟧
  executor = "docker"
  [runners.cache.s3]
    ServerAddress = "s3.amazonaws.com"
    AccessKey = "«akid:runnercache»"  ⟦aws-key-id|runner cache AccessKey⟧
    SecretKey = "«awssec:runnercache»"  ⟦aws-secret|runner cache SecretKey⟧
    BucketName = "qmb-runner-cache"
"""),
    ("ops/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1371.vfee6b_095f0a_">
  <domainCredentialsMap>
    <entry>
      <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <id>nexus-deploy</id>
        <username>ci-deployer</username>
        <password>{«b64k:64-jenkinsenc»}</password>  ⟪Jenkins-encrypted password⟫
      </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("secrets/lims.enc.yaml", r"""
db_password: «sops:limsdb»  ⟪SOPS value⟫
benchling_key: «sops:benchling»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:618204937152:key/«uuid:sopskms»
          enc: «kms:sopsenc»  ⟪KMS blob⟫
          created_at: "2026-10-01T09:00:00Z"
    mac: ENC[AES256_GCM,data:«b64k:48-sopsmac»,iv:«b64k:32-sopsiv»,tag:«b64k:16-sopstag»,type:str]  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
    ("ops/cloudflare/tunnel.yml", r"""
tunnel: «uuid:cftunnel»  ⟪tunnel id⟫
credentials-file: /etc/cloudflared/«uuid:cftunnel».json
ingress:
  - hostname: omero.quillmere.bio
    service: http://localhost:4080
  - service: http_status:404
"""),
    ("ops/cloudflare/tunnel-credentials.json", r"""
{"AccountTag": "«hex:32-cfacct»", "TunnelSecret": "«b64k:32-cftunsec»", "TunnelID": "«uuid:cftunnel»"}  ⟦app-secret|Cloudflare tunnel secret⟧
"""),
    ("ops/systemd/freezer-gw.service", r"""
[Unit]
Description=freezer telemetry gateway
After=network-online.target

[Service]
Environment=MQTT_PASSWORD=«pw:mqtt»  ⟦password|systemd Environment password⟧
Environment=INFLUX_URL=https://influx.lab.quillmere.bio
EnvironmentFile=-/etc/freezer-gw/env
ExecStart=/usr/local/bin/freezer-gw --config /etc/freezer-gw/config.toml
Restart=always
"""),
]
