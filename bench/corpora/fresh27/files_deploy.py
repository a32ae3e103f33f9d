"""fresh27 templates, deployment and CI (Tessaly Clinical Research): docker-compose, Dockerfiles, Kubernetes
manifests and Secrets, Helm values, Argo CD, GitHub Actions, GitLab CI, Bitbucket Pipelines, Azure Pipelines,
Jenkins, Ansible. Markers: render.py and README.md."""

FILES = [
    ("deploy/compose/lims-dev/docker-compose.yml", r"""
services:
  db:
    image: postgres:15.6
    environment:
      POSTGRES_DB: quillon
      POSTGRES_USER: quillon
      POSTGRES_PASSWORD: quillon  ⟪local default, password equal to the user⟫
    ports: ["5432:5432"]
  lims-api:
    build: ../../../services/lims-api
    environment:
      SPRING_PROFILES_ACTIVE: local
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/quillon
      SPRING_DATASOURCE_PASSWORD: quillon
      CHROMAVERSE_URL: http://host.docker.internal:8091
  keycloak:
    image: quay.io/keycloak/keycloak:24.0
    environment:
      KEYCLOAK_ADMIN: admin
      KEYCLOAK_ADMIN_PASSWORD: admin  ⟪vendor default⟫
"""),
    ("deploy/compose/freezer-edge/docker-compose.yml", r"""
# FrostGuard edge stack at the Raleigh biorepository (runs on rdu-frz-edge01, not in AWS)
services:
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    volumes: ["./mosquitto:/mosquitto/config"]
  collector:
    image: registry.tessaly-cro.com/lab/frostguard-collector:3.4.2
    environment:
      MQTT_URL: mqtt://collector:«pwp:mqttcollector»@mosquitto:1883  ⟦conn-string|MQTT URL with a weak password⟧
      FROSTGUARD_CLOUD_KEY: «hex:40-frostguard»  ⟦app-secret|FrostGuard API key (same as freezer-alerts)⟧
      AWS_ACCESS_KEY_ID: «akid:frzedge»  ⟦aws-key-id|key ID in compose environment⟧
      AWS_SECRET_ACCESS_KEY: «awssec:frzedge»  ⟦aws-secret|secret key in compose environment⟧
      AWS_REGION: us-east-1
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: frzadmin
      DOCKER_INFLUXDB_INIT_PASSWORD: «pw:frzinflux»  ⟦password|InfluxDB init password, season + year⟧
      DOCKER_INFLUXDB_INIT_ORG: tessaly-lab
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxtoken»  ⟦app-secret|InfluxDB admin token⟧
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_PASSWORD__FILE: /run/secrets/grafana_admin  ⟪password file reference⟫
"""),
    ("deploy/compose/edc-bridge/docker-compose.override.yml", r"""
services:
  edc-bridge:
    environment:
      TRIALFORM_CLIENT_SECRET: ${TRIALFORM_CLIENT_SECRET:?set it in .env}  ⟪env reference with error⟫
      TRIALFORM_ODM_PASSWORD: ${TRIALFORM_ODM_PASSWORD}  ⟪env reference⟫
      LOCALSTACK_ENDPOINT: http://localstack:4566
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack test credentials⟫
      AWS_SECRET_ACCESS_KEY: test
  localstack:
    image: localstack/localstack:3.4
"""),
    ("deploy/compose/medwriter/docker-compose.yml", r"""
services:
  medwriter:
    image: 718204593361.dkr.ecr.us-east-1.amazonaws.com/medwriter:0.8.4
    environment:
      - ANTHROPIC_API_KEY=«ant:medwriter»  ⟦anthropic|Anthropic key in compose (same as the Lambda)⟧
      - HF_TOKEN=«hf:medwriter»  ⟦app-secret|Hugging Face token⟧
      - VECTOR_DB_URL=postgresql://rag:«pwn:ragdb»@pgvector:5432/rag  ⟦conn-string|pgvector URL with a password⟧
      - LANGFUSE_SECRET_KEY=sk-lf-«uuid:langfusesec»  ⟦app-secret|Langfuse secret key⟧
      - LANGFUSE_PUBLIC_KEY=pk-lf-«uuid:langfusepub»  ⟪Langfuse public key⟫
  pgvector:
    image: pgvector/pgvector:pg16
    environment:
      POSTGRES_PASSWORD: «pwn:ragdb»  ⟦password|pgvector password (same as the URL)⟧
"""),
    ("services/lims-api/Dockerfile", r"""
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY .mvn/ .mvn/
COPY pom.xml .
RUN --mount=type=secret,id=mvnsettings,target=/root/.m2/settings.xml mvn -B dependency:go-offline  ⟪BuildKit secret mount⟫
COPY src/ src/
RUN mvn -B -DskipTests package

FROM eclipse-temurin:21-jre
COPY --from=build /src/target/lims-api.jar /app/lims-api.jar
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
USER 10001
ENTRYPOINT ["sh", "-c", "java $JAVA_OPTS -jar /app/lims-api.jar"]
"""),
    ("services/specimen-tracker/Dockerfile", r"""
FROM node:20-bookworm-slim
WORKDIR /app
ARG NPM_TOKEN=«npm:trackerbuild»  ⟦npm|npm token as a Dockerfile ARG default⟧
RUN echo "//npm.pkg.github.com/:_authToken=${NPM_TOKEN}" > .npmrc
COPY package.json package-lock.json ./
RUN npm ci --omit=dev && rm -f .npmrc
COPY dist/ dist/
ENV ZEBRA_PRINTER_PIN=«pin:4-zebra»  ⟦?password|label printer PIN baked into an image⟧
CMD ["node", "dist/server.js"]
"""),
    ("services/sdtm-pipeline/Dockerfile", r"""
FROM python:3.12-slim
ENV PIP_INDEX_URL=https://sdtm-ci:«pct:pwc:pypiproxy»@pypi.tessaly-cro.com/simple/  ⟦conn-string|pip index URL with a percent-encoded password⟧
ENV PIP_EXTRA_INDEX_URL=https://pypi.org/simple/
WORKDIR /opt/sdtm
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY sdtm/ sdtm/
ENTRYPOINT ["python", "-m", "sdtm.run"]
"""),
    ("services/instrument-relay/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .
ENV ConnectionStrings__Cds="Server=rdu-cds01.lab.tessaly-cro.com;Database=ChromaVerse;User Id=relay_ro;Password=«pw6:relayro»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string in a Dockerfile ENV⟧
ENV IonForge__ApiBase=https://rdu-ionforge01.lab.tessaly-cro.com:8443
ENTRYPOINT ["dotnet", "InstrumentRelay.dll"]
"""),
    ("deploy/k8s/lims/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lims-api
  namespace: lims
type: Opaque
data:
  SPRING_DATASOURCE_PASSWORD: «b64:pwx:limsapp»  ⟦password|k8s Secret data, base64 of the LIMS app password⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:limsk8s»  ⟦aws-b64|base64 key ID in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:limsk8s»  ⟦aws-b64|base64 secret key in a Secret⟧
  CDS_SHARED_SECRET: «b64:b64k:32-cdsshared»  ⟦app-secret|base64 CDS shared secret⟧
"""),
    ("deploy/k8s/lims/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: lims-api
  namespace: lims
spec:
  replicas: 3
  selector:
    matchLabels: {app: lims-api}
  template:
    metadata:
      labels: {app: lims-api}
    spec:
      serviceAccountName: lims-api
      containers:
        - name: api
          image: 718204593361.dkr.ecr.us-east-1.amazonaws.com/lims-api:5.3.0
          env:
            - name: SPRING_DATASOURCE_PASSWORD
              valueFrom:
                secretKeyRef: {name: lims-api, key: SPRING_DATASOURCE_PASSWORD}  ⟪secretKeyRef⟫
            - name: LIMS_AUDIT_SIGNING_KEY
              value: «hexb:64-auditsign»  ⟦app-secret|audit trail signing key as a literal env value⟧
            - name: JAVA_TOOL_OPTIONS
              value: -Djavax.net.ssl.trustStorePassword=changeit  ⟪JDK default truststore password⟫
"""),
    ("deploy/k8s/pv/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: vigilarc
  namespace: pv
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-sm
    kind: ClusterSecretStore
  target:
    name: vigilarc
  data:
    - secretKey: VIGILARC_PASSWORD
      remoteRef:
        key: pv-intake/prod/vigilarc  ⟪ExternalSecret remoteRef⟫
        property: password
"""),
    ("deploy/k8s/pv/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: pv-intake
  namespace: pv
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::718204593361:role/eks-pv-intake  ⟪IRSA role ARN⟫
"""),
    ("deploy/k8s/irt/secret-stringdata.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: irt-sync
  namespace: irt
type: Opaque
stringData:
  RANDOGATE_API_PASSWORD: "«pwl:randogate»"  ⟦password|Secret stringData password⟧
  RANDOGATE_WEBHOOK_SECRET: "«hex:64-randogatehook»"  ⟦app-secret|RandoGate webhook secret (same as SAM)⟧
  SLACK_BOT_TOKEN: "«xoxb:irt»"  ⟦slack|Slack bot token⟧
"""),
    ("deploy/k8s/irt/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: irt-sync-depot
  namespace: irt
spec:
  encryptedData:
    DEPOT_PASSWORD: «sealed:depot»  ⟪SealedSecret blob⟫
    DEPOT_USER: «sealed:depotuser»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/registry/pull-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: lab-apps
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8spull»  ⟦docker-hub|base64 docker config with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/tls/ionforge-ingress-tls.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ionforge-tls
  namespace: lab-apps
type: kubernetes.io/tls
data:
  tls.crt: «b64cert:ecionforge:ionforge.lab.tessaly-cro.com»  ⟪base64 certificate⟫
  tls.key: «b64pem:pkcs8:ecionforge»  ⟦private-key|base64 PEM private key in a TLS Secret⟧
"""),
    ("deploy/k8s/monitoring/datadog-agent.yaml", r"""
apiVersion: datadoghq.com/v2alpha1
kind: DatadogAgent
metadata:
  name: datadog
  namespace: monitoring
spec:
  global:
    site: datadoghq.com
    credentials:
      apiSecret:
        secretName: datadog-secret  ⟪secret reference⟫
        keyName: api-key
      appKey: «ddapp:k8sagent»  ⟦datadog|Datadog app key inline in the DatadogAgent⟧
    clusterName: tcr-prod-eks
"""),
    ("deploy/k8s/cronjobs/tlf-refresh.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: tlf-refresh
  namespace: dataplat
spec:
  schedule: "30 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: tlf
              image: 264019837745.dkr.ecr.us-east-1.amazonaws.com/tlf-refresh:2.0.7
              args: ["--study", "TCR-4471-201", "--cut", "IA2"]
              env:
                - name: REDSHIFT_URL
                  value: redshift://tlf_runner:«pwn:tlfrunner»@tcr-clinical-dw.c3vmx0pzq1kd.us-east-1.redshift.amazonaws.com:5439/clinical  ⟦conn-string|Redshift URL with a password⟧
                - name: SAS_LICENSE_SITE
                  value: "70081234"
"""),
    ("deploy/k8s/kubeconfig-ci.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: tcr-prod-eks
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:kubernetes»  ⟪base64 cluster CA certificate⟫
users:
  - name: ci-deployer
    user:
      token: «jwt:ci-deployer»  ⟦jwt|static service-account token in a kubeconfig⟧
  - name: sso
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, tcr-prod-eks]  ⟪EKS exec plugin⟫
contexts:
  - name: prod
    context: {cluster: tcr-prod-eks, user: ci-deployer}
current-context: prod
"""),
    ("deploy/helm/specimen-tracker/values-prod.yaml", r"""
replicaCount: 3
image:
  repository: 718204593361.dkr.ecr.us-east-1.amazonaws.com/specimen-tracker
  tag: 2.14.0
postgresql:
  enabled: false
externalDatabase:
  host: specimen-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com
  user: tracker
  password: «pwc:trackerdb»  ⟦password|Helm values external database password⟧
  existingSecret: ""
redis:
  auth:
    existingSecret: specimen-redis  ⟪existingSecret reference⟫
zebra:
  printers:
    - host: 10.40.12.31
      name: rdu-recv-zt411
config:
  cryolineApiKey: «uuid:cryolinekey»  ⟦app-secret|Cryoline API key in Helm values⟧
  sentryDsn: «sentrynew:tracker»  ⟪modern Sentry DSN⟫
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwp:grafanaadmin»  ⟦password|Grafana admin password in Helm values⟧
grafana.ini:
  server:
    root_url: https://grafana.lab.tessaly-cro.com
  auth.generic_oauth:
    enabled: true
    client_id: grafana-lab
    client_secret: $__file{/etc/secrets/oauth/client_secret}  ⟪Grafana file reference⟫
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: FrostGuard Influx
        type: influxdb
        url: http://influxdb.lab-apps:8086
        secureJsonData:
          token: «urlsafe:64-influxtoken»  ⟦app-secret|InfluxDB token in Grafana datasource (same as compose)⟧
"""),
    ("deploy/helm/airflow/values-dataplat.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:eksairflow»  ⟦app-secret|Airflow Fernet key in Helm values⟧
webserverSecretKeySecretName: airflow-webserver-secret  ⟪secret name reference⟫
data:
  metadataSecretName: airflow-metadata
env:
  - name: AIRFLOW_CONN_TRIALFORM_API
    value: http://edc_reader:«pct:pwn:edcreader»@tessaly.trialform-edc.net/api  ⟦conn-string|Airflow connection URI with a password⟧
  - name: AIRFLOW_VAR_SLACK_WEBHOOK
    value: «slackhook:airflow»  ⟦slack|Slack webhook URL⟧
"""),
    ("deploy/helm/keycloak/values.yaml", r"""
auth:
  adminUser: kcadmin
  existingSecret: keycloak-admin  ⟪existingSecret reference⟫
postgresql:
  enabled: true
  auth:
    username: keycloak
    password: «pwn:keycloakdb»  ⟦password|bundled PostgreSQL password in Helm values⟧
    postgresPassword: «pw:keycloakpg»  ⟦password|postgres superuser password in Helm values⟧
extraEnvVars:
  - name: KC_SPI_EVENTS_LISTENER_SIEM_TOKEN
    value: "{{ .Values.siemToken }}"  ⟪Helm template reference⟫
"""),
    ("deploy/argocd/apps/epro-backend.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: epro-backend
  namespace: argocd
spec:
  project: clinical
  source:
    repoURL: https://gitlab.tessaly-cro.com/clinical/epro-backend.git
    targetRevision: main
    path: chart
    helm:
      parameters:
        - name: db.password
          value: «pwl:eprodb»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 1.22.0
  destination:
    server: https://kubernetes.default.svc
    namespace: epro
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gitlab-clinical
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  url: https://gitlab.tessaly-cro.com/clinical/epro-backend.git
  username: argocd
  password: «glpat:argocd»  ⟦app-secret|GitLab PAT as Argo CD repository password⟧
"""),
    (".github/workflows/lims-api.yml", r"""
name: lims-api
on:
  push:
    branches: [main]
  pull_request:
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@«sha:checkout»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::718204593361:role/gha-lims-api  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: mvn -B verify
        env:
          SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}  ⟪GitHub secrets reference⟫
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
"""),
    (".github/workflows/sdtm-nightly.yml", r"""
name: sdtm-nightly
on:
  schedule:
    - cron: '0 6 * * *'
jobs:
  run:
    runs-on: [self-hosted, dataplat]
    env:
      AWS_ACCESS_KEY_ID: «akid:ghsdtm»  ⟦aws-key-id|key ID in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghsdtm»  ⟦aws-secret|secret key in a workflow env⟧
      AWS_DEFAULT_REGION: us-east-1
      DBT_SNOWFLAKE_PASSWORD: ${{ secrets.DBT_SNOWFLAKE_PASSWORD }}
    steps:
      - uses: actions/checkout@v4
      - run: make sdtm STUDY=TCR-4471-201
"""),
    (".github/workflows/release-epro-app.yml", r"""
name: release-epro-app
on:
  workflow_dispatch:
jobs:
  ios:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - name: fastlane
        env:
          MATCH_PASSWORD: «pp:matchpw»  ⟦password|fastlane match passphrase in a workflow⟧
          FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «applepw:diaryrelease»  ⟦password|Apple app-specific password⟧
          APP_STORE_CONNECT_KEY_ID: «asc:diarykey»  ⟪App Store Connect key id⟫
        run: bundle exec fastlane ios release
      - name: Notify
        run: curl -sS -X POST -H 'Content-type: application/json' --data '{"text":"DiaryPath iOS released"}' «slackhook:mobile»  ⟦slack|Slack webhook in a run step⟧
"""),
    (".github/workflows/docs-site.yml", r"""
name: docs-site
on:
  push:
    paths: ['docs/**']
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci && npm run build
      - run: npx wrangler pages deploy build --project-name tcr-docs
        env:
          CLOUDFLARE_API_TOKEN: ${{ secrets.CF_PAGES_TOKEN }}
          CLOUDFLARE_ACCOUNT_ID: «hex:32-cfaccount»  ⟪Cloudflare account id⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [lint, build, deploy]

variables:
  DOCKER_TLS_CERTDIR: "/certs"
  ARTIFACTORY_USER: gitlab-ci
  ARTIFACTORY_TOKEN: «akcp:gitlab»  ⟦app-secret|Artifactory API key as a GitLab CI variable⟧
  SONAR_HOST_URL: https://sonar.tessaly-cro.com
  SONAR_TOKEN: «sqp:epro»  ⟦app-secret|SonarQube project token⟧

lint:
  stage: lint
  image: python:3.12
  script:
    - pip install ruff && ruff check .

build:
  stage: build
  image: docker:26
  services: [docker:26-dind]
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY  ⟪CI variable reference⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy:
  stage: deploy
  script:
    - helm upgrade --install epro chart/ --set db.password=«pwl:eprodb» --namespace epro  ⟦password|helm --set password (same as Argo CD)⟧
  environment: production
"""),
    ("ci/gitlab/runner-config.toml", r"""
concurrent = 4
check_interval = 0

[[runners]]
  name = "rdu-lab-runner-01"
  url = "https://gitlab.tessaly-cro.com/"
  token = "«glrt:rdulab»"  ⟦app-secret|GitLab runner authentication token⟧
  executor = "docker"
  [runners.docker]
    image = "alpine:3.19"
    privileged = false
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:runnercache»"  ⟦aws-key-id|runner cache access key⟧
      SecretKey = "«awssec:runnercache»"  ⟦aws-secret|runner cache secret key⟧
      BucketName = "tcr-gitlab-runner-cache"
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20

definitions:
  steps:
    - step: &build
        name: Build site-portal frontend
        caches: [node]
        script:
          - npm ci
          - npm run build
pipelines:
  branches:
    main:
      - step: *build
      - step:
          name: Deploy to S3
          deployment: production
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable reference⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: us-east-1
                S3_BUCKET: tcr-site-portal-web
                LOCAL_PATH: build
          after-script:
            - curl -u ci-bot:«atbb:sitebot» -X POST https://api.bitbucket.org/2.0/repositories/tessaly/site-portal/commit/$BITBUCKET_COMMIT/statuses/build  ⟦app-secret|Bitbucket app password in curl -u⟧
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]

pool:
  name: lab-windows-agents

variables:
  - group: chromaverse-release  ⟪variable group reference⟫
  - name: buildConfiguration
    value: Release
  - name: NuGetFeedPassword
    value: «gpat:nugetfeed»  ⟦app-secret|Azure DevOps PAT as a pipeline variable⟧

steps:
  - task: NuGetAuthenticate@1
  - script: dotnet build InstrumentRelay.sln -c $(buildConfiguration)
  - task: PowerShell@2
    inputs:
      targetType: inline
      script: |
        $sec = ConvertTo-SecureString "$(CdsDeployPassword)" -AsPlainText -Force  ⟪pipeline variable reference⟫
        Copy-Item publish\* \\rdu-cds01\relay$ -Recurse -Force
  - script: sqlcmd -S rdu-cds01 -U relay_deploy -P «pw6:relaydeploy» -i migrations\release_5_3.sql  ⟦password|sqlcmd -P in a pipeline step⟧
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'lab-linux' }
  environment {
    NEXUS_CREDS = credentials('nexus-deployer')  ⟪Jenkins credentials() reference⟫
    IONFORGE_LICENSE_KEY = '«up:25-ionforgelic»'  ⟦?app-secret|instrument software licence key in a Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps { sh './gradlew build' }
    }
    stage('Publish') {
      steps {
        sh 'curl -u deployer:«pwc:nexusdeploy» --upload-file build/libs/pk-calc.jar https://nexus.tessaly-cro.com/repository/releases/'  ⟦password|curl -u password in a Jenkinsfile⟧
      }
    }
  }
  post {
    failure {
      slackSend channel: '#lab-ci', tokenCredentialId: 'slack-lab-ci'
    }
  }
}
"""),
    ("ci/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1337.v60b_d7b_c7b_c9f">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>nexus-deployer</id>
          <username>deployer</username>
          <password>{«b64k:64-jenkinsenc»}</password>  ⟪Jenkins encrypted secret⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ansible/group_vars/instrument_pcs.yml", r"""
ansible_user: TCRLAB\svc_ansible
ansible_password: «pwn:ansiblewin»  ⟦password|Ansible WinRM password in group_vars⟧
ansible_connection: winrm
ansible_winrm_transport: ntlm
chromaverse_service_password: "{{ vault_chromaverse_service_password }}"  ⟪ansible vault variable⟫
ionforge_license_server: lic01.lab.tessaly-cro.com
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hexb:80-av1»  ⟪ansible-vault body⟫
«hexb:80-av2»
«hexb:80-av3»
«hexb:48-av4»
"""),
    ("ansible/roles/frostguard/tasks/main.yml", r"""
- name: Install FrostGuard collector
  ansible.builtin.package:
    name: frostguard-collector
    state: present

- name: Collector config
  ansible.builtin.template:
    src: collector.ini.j2
    dest: /etc/frostguard/collector.ini
    mode: '0600'

- name: Register with FrostGuard cloud
  ansible.builtin.command: >
    frostguard-ctl register --site {{ site_code }}
    --api-key {{ lookup('amazon.aws.aws_secret', 'frostguard/api-key') }}  ⟪Ansible lookup⟫

- name: Modbus gateway admin
  ansible.builtin.uri:
    url: http://{{ modbus_gw }}/api/login
    method: POST
    body_format: json
    body: {"user": "admin", "password": "«pw6:modbusgw»"}  ⟦password|device admin password in an Ansible task⟧
"""),
    ("packer/instrument-gateway.pkr.hcl", r"""
source "amazon-ebs" "gateway" {
  region        = "us-east-1"
  instance_type = "t3.medium"
  source_ami_filter {
    filters = {
      name = "al2023-ami-*-x86_64"
    }
    owners      = ["amazon"]
    most_recent = true
  }
  ssh_username = "ec2-user"
  ami_name     = "instrument-gateway-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.gateway"]
  provisioner "shell" {
    environment_vars = [
      "SMB_PASSWORD=«pwl:cdssmb»",  ⟦password|SMB password in a Packer provisioner (same as UserData)⟧
      "REGION=us-east-1",
    ]
    script = "scripts/gateway.sh"
  }
}
"""),
    ("deploy/k8s/epro/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: epro-backend
  namespace: epro
data:
  LOG_LEVEL: info
  DIARY_REMINDER_HOUR: "18"
  FIREBASE_PROJECT: diarypath-prod
  FIREBASE_WEB_API_KEY: «aiza:diaryweb»  ⟪Firebase web API key, public⟫
  FCM_SERVER_KEY: AAAA«b62:7-fcmid»:APA91b«okx:134-fcmsrv»  ⟦app-secret|legacy FCM server key in a ConfigMap⟧
  PUBLIC_JWKS_URL: https://login.tessaly-cro.com/.well-known/jwks.json
"""),
    ("deploy/k8s/epro/networkpolicy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: epro-backend
  namespace: epro
spec:
  podSelector:
    matchLabels: {app: epro-backend}
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector:
            matchLabels: {kubernetes.io/metadata.name: ingress-nginx}
  egress:
    - to:
        - ipBlock: {cidr: 10.40.0.0/16}
"""),
]

# ECS/k8s/Helm deployment descriptors for the smaller lab services: one of each per service, mostly clean
_SVCS = [
    ("plate-reader-bridge", "lab-apps", "«b62:32-platereader»", "app-secret", "plate reader vendor cloud token"),
    ("coa-mailer", "lab-apps", None, None, None),
    ("chain-of-custody", "lab-apps", "«pwn:cocdb»", "password", "chain-of-custody DB password"),
    ("protocol-deviation", "clinical", None, None, None),
    ("sponsor-status-api", "clinical", "«hex:40-sponsorstatus»", "app-secret", "HMAC key for sponsor status callbacks"),
    ("query-manager", "clinical", None, None, None),
    ("visit-scheduler", "clinical", "«pwp:visitsched»", "password", "scheduler DB password"),
    ("unblinding-audit", "clinical", None, None, None),
]
for _name, _ns, _val, _kind, _note in _SVCS:
    _env = (f"""            - name: SERVICE_SECRET
              value: "{_val}"  ⟦{_kind}|{_note} as a literal Deployment env value⟧
""" if _val else """            - name: SERVICE_SECRET
              valueFrom:
                secretKeyRef: {name: %s, key: service-secret}  ⟪secretKeyRef⟫
""" % _name)
    FILES.append((f"deploy/k8s/{_ns}/{_name}.yaml", f"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {_name}
  namespace: {_ns}
  labels:
    app.kubernetes.io/name: {_name}
    tessaly.io/gxp: "true"
spec:
  replicas: 2
  selector:
    matchLabels: {{app.kubernetes.io/name: {_name}}}
  template:
    metadata:
      labels: {{app.kubernetes.io/name: {_name}}}
    spec:
      containers:
        - name: app
          image: 718204593361.dkr.ecr.us-east-1.amazonaws.com/{_name}:1.0.0
          ports: [{{containerPort: 8080}}]
          env:
            - name: LOG_FORMAT
              value: json
{_env}          readinessProbe:
            httpGet: {{path: /healthz, port: 8080}}
---
apiVersion: v1
kind: Service
metadata:
  name: {_name}
  namespace: {_ns}
spec:
  selector: {{app.kubernetes.io/name: {_name}}}
  ports: [{{port: 80, targetPort: 8080}}]
"""))
