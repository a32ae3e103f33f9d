"""fresh26 templates, deployment and CI (Harbourline Gaming Group): Kubernetes manifests, kustomize, Helm values,
Argo CD, compose, Dockerfiles, buildspecs, GitHub Actions, GitLab CI, Jenkins, Bitbucket, CircleCI, Azure
Pipelines, Buildkite, Ansible, Packer, Nomad, systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/igaming/wallet-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: quayside-wallet
  namespace: igaming
type: Opaque
data:
  DB_USER: «b64:lit:quayside_wallet»  ⟪base64 of a user name⟫
  DB_PASSWORD: «b64:pwn:mtwalletdb»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:eu-south-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:mtwallet»  ⟦aws-b64|base64 AWS key ID in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:mtwallet»  ⟦aws-b64|base64 AWS secret in a Secret⟧
"""),
    ("deploy/k8s/igaming/jackpot-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: jackpot-network
  namespace: igaming
  annotations:
    owner: quayside-team
type: Opaque
stringData:
  JACKPOT_NETWORK_URL: https://jp.harbourline-games.eu/api
  JACKPOT_OPERATOR_KEY: «b62:32-jpopkey»  ⟦app-secret|jackpot network operator key in stringData⟧
  JACKPOT_SIGNING_SECRET: «hmac64:jpsign»  ⟦app-secret|jackpot signing secret in stringData⟧
  REDIS_PASSWORD: «pwr:jpredis»  ⟦password|Redis password in stringData⟧
"""),
    ("deploy/k8s/igaming/bonus-deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: bonus-engine
  namespace: igaming
spec:
  replicas: 3
  selector:
    matchLabels: {app: bonus-engine}
  template:
    metadata:
      labels: {app: bonus-engine}
    spec:
      serviceAccountName: bonus-engine
      containers:
        - name: bonus
          image: 451890263307.dkr.ecr.eu-south-1.amazonaws.com/quayside/bonus@sha256:«sha256:bonusdigest»  ⟪image digest⟫
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: bonus-db, key: password}  ⟪secretKeyRef⟫
            - name: OPTIMOVE_API_KEY
              value: «b62:32-optimovek8s»  ⟦app-secret|Optimove key as a literal env value⟧
            - name: FEATURE_FLAGS_SDK_KEY
              valueFrom:
                secretKeyRef: {name: launchdarkly, key: sdk-key}  ⟪secretKeyRef⟫
            - name: LD_CLIENT_SIDE_ID
              value: «hex:24-ldclient»  ⟪LaunchDarkly client-side id, public⟫
"""),
    ("deploy/k8s/igaming/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: bonus-db
  namespace: igaming
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: bonus-db
  data:
    - secretKey: password
      remoteRef:
        key: quayside/bonus-db  ⟪remoteRef key⟫
        property: password
---
apiVersion: external-secrets.io/v1beta1
kind: ClusterSecretStore
metadata:
  name: aws-secrets-manager
spec:
  provider:
    aws:
      service: SecretsManager
      region: eu-south-1
      auth:
        jwt:
          serviceAccountRef: {name: external-secrets, namespace: external-secrets}
"""),
    ("deploy/k8s/igaming/sealed-evolution.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: evolution-api
  namespace: igaming
spec:
  encryptedData:
    API_TOKEN: «sealed:evo»  ⟪SealedSecret blob⟫
    CASINO_KEY: «sealed:evokey»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: evolution-api
"""),
    ("deploy/k8s/igaming/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: rgs-settings
  namespace: igaming
data:
  RGS_PROVIDERS: "relax,pragmatic,evolution,hub88,playngo"
  SESSION_TIMEOUT_MINUTES: "60"
  REALITY_CHECK_MINUTES: "30"
  MGA_LICENCE: "MGA/B2C/«num:3-mgalic»/2019"  ⟪licence number⟫
  PLAYNGO_PID: "«num:3-pngpid»"
  PLAYNGO_ACCESS_TOKEN: "«b62:32-pngtoken»"  ⟦app-secret|game provider token in a ConfigMap⟧
  HUB88_URL: "https://api.hub88.io/operator/generic/v2"
"""),
    ("deploy/k8s/igaming/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-regcred
  namespace: igaming
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8s»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""),
    ("deploy/k8s/igaming/cronjob-gamstop.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: gamstop-sync
  namespace: igaming
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 451890263307.dkr.ecr.eu-south-1.amazonaws.com/rg/gamstop-sync:2.3.1
              args: ["--endpoint", "https://api.gamstop.co.uk/v2", "--api-key", "«b62:36-gamstopcron»", "--since", "15m"]  ⟦app-secret|API key in CronJob args⟧
"""),
    ("deploy/k8s/kustomize/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: sportsbook
resources:
  - ../../base
images:
  - name: bet-api
    newTag: 12.4.2
secretGenerator:
  - name: bet-api-secrets
    literals:
      - KAMBI_API_KEY=«hex:32-kambik8s»  ⟦app-secret|kustomize secretGenerator literal⟧
      - LOG_LEVEL=info
    envs:
      - bet-api.env
"""),
    ("deploy/k8s/kustomize/overlays/prod/bet-api.env", r"""
WALLET_URL=https://wallet.internal.harbourline.bet/v3
WALLET_CLIENT_SECRET=«b62:40-walletclient»  ⟦app-secret|client secret in a kustomize env file⟧
GEOCOMPLY_REQUIRED=true
"""),
    ("deploy/k8s/kustomize/base/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: bet-api
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::318204957716:role/bet-api-irsa  ⟪IRSA role⟫
"""),
    ("deploy/helm/tidemark/values-prod.yaml", r"""
replicaCount: 6
image:
  repository: 927315840063.dkr.ecr.us-east-1.amazonaws.com/tidemark/bet-api
  tag: 12.4.2
postgresql:
  enabled: false
externalDatabase:
  host: betslip.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com
  user: betslip_app
  password: «pwc:betsliphelm»  ⟦password|Helm values database password⟧
redis:
  auth:
    existingSecret: bet-api-redis  ⟪existingSecret⟫
datadog:
  apiKey: «ddapi:helm»  ⟦datadog|Datadog API key in Helm values⟧
ingress:
  enabled: true
  hosts: [api.nj.harbourline.bet]
"""),
    ("deploy/helm/quayside/values-mt.yaml", r"""
global:
  jurisdiction: mt
rgs:
  relax:
    partnerId: "«num:4-relaxpid»"
    secret: «hmac64:relaxhelm»  ⟦app-secret|RGS secret in Helm values⟧
  pragmatic:
    secureLogin: hbl_mt
    secretKey: "{{ .Values.secrets.pragmatic }}"  ⟪template reference⟫
kafka:
  sasl:
    mechanism: SCRAM-SHA-512
    username: quayside
    password: «pwn:quaysidekafka»  ⟦password|Kafka SASL password in Helm values⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
webserverSecretKeySecretName: airflow-webserver-secret  ⟪secret name⟫
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
data:
  metadataConnection:
    user: airflow
    pass: «pwp:airflowmeta»  ⟦password|Airflow metadata DB password in Helm values⟧
    host: airflow-meta.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com
    db: airflow
env:
  - name: AIRFLOW_CONN_REDSHIFT_GGR
    value: redshift://ggr_loader:«pct:pwx:ggrloader»@hbl-analytics.604127739582.us-east-1.redshift-serverless.amazonaws.com:5439/ggr  ⟦conn-string|Airflow connection URI with a percent-encoded password⟧
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafanaadmin»  ⟦password|Grafana admin password in Helm values⟧
grafana.ini:
  server:
    root_url: https://grafana.ops.harbourline.internal
  auth.generic_oauth:
    enabled: true
    client_id: grafana
    client_secret: $__file{/etc/secrets/oauth/client_secret}  ⟪file reference⟫
datasources:
  datasources.yaml:
    datasources:
      - name: Trading
        type: postgres
        url: lodestar-risk.cluster-cq7w1nx0.us-east-1.rds.amazonaws.com:5432
        user: grafana_ro
        secureJsonData:
          password: $__env{GRAFANA_RO_PASSWORD}  ⟪env reference⟫
"""),
    ("deploy/argocd/apps/tidemark.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: tidemark-prod
  namespace: argocd
spec:
  project: sportsbook
  source:
    repoURL: https://github.com/harbourline/tidemark-deploy.git
    targetRevision: «sha:argorev»  ⟪commit SHA⟫
    path: helm/tidemark
    helm:
      valueFiles: [values-prod.yaml]
      parameters:
        - name: externalDatabase.password
          value: «pwn:argodb»  ⟦password|Argo CD Helm parameter password⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: sportsbook
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-tidemark-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/harbourline/tidemark-deploy.git
  username: hbl-argocd
  password: «ghfg:argocd»  ⟦github|fine-grained GitHub PAT in an Argo CD repo secret⟧
"""),
    ("deploy/compose/floor-dev/docker-compose.yml", r"""
services:
  cms-sql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<YourStrong@Passw0rd>"  ⟪documented placeholder⟫
    ports: ["1433:1433"]
  g2s-host:
    image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/floor/g2s-host:3.1.0
    environment:
      G2S_HOST_ID: "«num:4-g2shost»"
      G2S_DB: "Server=cms-sql;Database=G2S;User Id=sa;Password=<YourStrong@Passw0rd>;"  ⟪documented placeholder in a connection string⟫
      ADVANTAGE_API_KEY: "${ADVANTAGE_API_KEY}"  ⟪env reference⟫
  sas-sim:
    image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/floor/sas-simulator:0.9.4
    command: ["--egm-count", "24", "--address", "1"]
"""),
    ("deploy/compose/trading/docker-compose.yml", r"""
services:
  risk-db:
    image: postgres:16
    environment:
      POSTGRES_USER: trader
      POSTGRES_PASSWORD: «pwc:riskcompose»  ⟦password|compose database password⟧
  uof-bridge:
    image: 927315840063.dkr.ecr.us-east-1.amazonaws.com/lodestar/uof-bridge:5.0.2
    environment:
      UOF_ACCESS_TOKEN: «b62:40-uoftoken»  ⟦app-secret|Sportradar UOF token in compose⟧
      UOF_ENVIRONMENT: Integration
      RISK_DB: postgresql://trader:«pwc:riskcompose»@risk-db:5432/risk  ⟦conn-string|compose database URL⟧
  kafka-ui:
    image: provectuslabs/kafka-ui:v0.7.2
    environment:
      AUTH_TYPE: LOGIN_FORM
      SPRING_SECURITY_USER_NAME: admin
      SPRING_SECURITY_USER_PASSWORD: admin  ⟪vendor default⟫
"""),
    ("deploy/compose/trading/.env", r"""
COMPOSE_PROJECT_NAME=trading
GENIUS_CLIENT_SECRET=«b62:48-geniussec»  ⟦app-secret|Genius client secret in a compose .env⟧
BETGENIUS_FEED_PASSWORD=«pwx:betgenius»  ⟦password|feed password in a compose .env⟧
TZ=America/New_York
"""),
    ("deploy/docker/bet-api/Dockerfile", r"""
FROM eclipse-temurin:21-jre-alpine
LABEL org.opencontainers.image.source=https://github.com/harbourline/tidemark
ARG NEXUS_USER=ci-reader
ENV SPRING_PROFILES_ACTIVE=prod \
    JAVA_OPTS="-XX:MaxRAMPercentage=75" \
    KAMBI_API_KEY=«hex:32-kambidocker»  ⟦app-secret|API key baked into an image ENV⟧
COPY target/bet-api.jar /app/bet-api.jar
RUN --mount=type=secret,id=nexus,target=/root/.m2/settings.xml true  ⟪BuildKit secret mount⟫
ENTRYPOINT ["java", "-jar", "/app/bet-api.jar"]
"""),
    ("deploy/docker/kiosk-agent/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /opt/kiosk
COPY publish/ .
ENV KIOSK_CAGE_HOST=acy-cage01.floor.harbourline.internal \
    KIOSK_CAGE_USER=KIOSKSVC \
    KIOSK_CAGE_PASSWORD=«pw6:kioskcage»  ⟦password|cage service password in a Dockerfile⟧
RUN pip install --index-url https://ci-reader:«pct:pwr:nexus»@nexus.harbourline.internal/repository/pypi/simple hbl-kiosk-tools  ⟦password|percent-encoded Nexus password in an index URL⟧
CMD ["dotnet", "Harbourline.Kiosk.Agent.dll"]
"""),
    ("deploy/docker/uof-bridge/Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
ENV UOF_ACCESS_TOKEN="" \
    UOF_ENVIRONMENT=Production
USER 10001
CMD ["python", "-m", "uof_bridge"]
"""),
    ("buildspec.release.yml", r"""
version: 0.2
env:
  variables:
    GRADLE_OPTS: -Dorg.gradle.daemon=false
    SONAR_HOST_URL: https://sonar.harbourline.internal
    SONAR_TOKEN: «sqp:buildspec»  ⟦sonarqube|SonarQube token in buildspec variables⟧
  parameter-store:
    NEXUS_PASSWORD: /ci/nexus/password  ⟪parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_TOKEN: ci/dockerhub:token  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - ./gradlew build sonar
      - docker login -u harbourline-ci -p «dckr:buildspec» docker.io  ⟦docker-hub|Docker Hub token on a docker login command⟧
      - docker build -t tidemark/bet-api:$CODEBUILD_RESOLVED_SOURCE_VERSION .
"""),
    ("ci/codebuild/gli-bundle.buildspec.yml", r"""
version: 0.2
phases:
  install:
    commands:
      - pip install gli-submit==2.4.0
  build:
    commands:
      - sha256sum dist/*.zip > dist/SHA256SUMS
      - gli-submit --portal https://portal.gaminglabs.com --user harbourline.compliance --password "«pwl:gliportal»" dist/  ⟦password|GLI portal password on a command line⟧
artifacts:
  files: ['dist/**/*']
"""),
    (".github/workflows/sportsbook-web.yml", r"""
name: sportsbook-web
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    env:
      NEXT_PUBLIC_GEOCOMPLY_ENV: production
      NEXT_PUBLIC_SEGMENT_KEY: «b62:32-segbrowser»  ⟪Segment browser write key, public⟫
      SENTRY_AUTH_TOKEN: sntrys_«b64k:60-sentrytok»  ⟦app-secret|Sentry auth token in workflow env⟧
    steps:
      - uses: actions/checkout@«sha:checkoutpin»  ⟪pinned action SHA⟫
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::318204957716:role/gha-sportsbook-web  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: npm ci && npm run build
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}  ⟪secrets reference⟫
"""),
    (".github/workflows/trading-nightly.yml", r"""
name: trading-nightly
on:
  schedule:
    - cron: '0 6 * * *'
jobs:
  backtest:
    runs-on: [self-hosted, trading]
    env:
      AWS_ACCESS_KEY_ID: «akid:ghatrading»  ⟦aws-key-id|AWS key ID in workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghatrading»  ⟦aws-secret|AWS secret in workflow env⟧
      AWS_DEFAULT_REGION: us-east-1
    steps:
      - uses: actions/checkout@v4
      - run: python -m backtest --since 7d --feed sportradar
      - name: notify
        if: failure()
        run: |
          curl -X POST -H 'Content-type: application/json' --data '{"text":"nightly replay failed"}' «slackhook:tradingci»  ⟦slack|Slack webhook in a workflow step⟧
"""),
    (".github/workflows/mobile-release.yml", r"""
name: mobile-release
on:
  workflow_dispatch:
jobs:
  ios:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
        env:
          MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
          FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «applepw:fastlane»  ⟦password|Apple app-specific password in a workflow⟧
          APP_STORE_CONNECT_API_KEY_ID: «asc:asckey»  ⟪App Store Connect key id⟫
  android:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew bundleRelease -Pandroid.injected.signing.store.password=${{ secrets.KEYSTORE_PASSWORD }}  ⟪secrets reference⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [test, build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  MAVEN_OPTS: "-Dmaven.repo.local=.m2/repository"
  RGS_CERT_ENV: "production"
  HUB88_API_PASSWORD: "«pwx:hub88gl»"  ⟦password|password in GitLab CI variables⟧

unit:
  stage: test
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B verify -Dtest.db.password=localdev  ⟪local test database password⟫

deploy-mt:
  stage: deploy
  image: alpine/helm:3.15.2
  script:
    - helm upgrade --install quayside ./helm/quayside -f values-mt.yaml --set kafka.sasl.password=$KAFKA_PASSWORD  ⟪variable reference⟫
    - curl --request POST --header "PRIVATE-TOKEN: «glpat:gldeploy»" "https://gitlab.harbourline.internal/api/v4/projects/118/releases"  ⟦gitlab|GitLab PAT in a curl header⟧
"""),
    ("ci/jenkins/Jenkinsfile.cms-bridge", r"""
pipeline {
  agent { label 'windows-floor' }
  environment {
    NEXUS = credentials('nexus-ci')  ⟪Jenkins credentials() binding⟫
    SYNKROS_SVC_PASSWORD = '«pwl:synkrossvc»'  ⟦password|service password in a Jenkinsfile environment block⟧
  }
  stages {
    stage('Build') {
      steps { bat 'msbuild Harbourline.CmsBridge.sln /p:Configuration=Release' }
    }
    stage('Deploy') {
      steps {
        bat 'net use \\\\acy-cmsapp01\\deploy /user:FLOOR\\svc_deploy «pwn:floordeploy»'  ⟦password|net use password in a Jenkinsfile⟧
        bat 'robocopy bin\\Release \\\\acy-cmsapp01\\deploy\\cms-bridge /MIR'
      }
    }
  }
}
"""),
    ("ci/jenkins/casc/jenkins.yaml", r"""
jenkins:
  systemMessage: "Harbourline floor-systems Jenkins"
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://dc01.floor.harbourline.internal
          rootDN: DC=floor,DC=harbourline,DC=internal
          managerDN: CN=svc_jenkins,OU=Service,DC=floor,DC=harbourline,DC=internal
          managerPasswordSecret: «pwc:jenkinsldap»  ⟦password|LDAP manager password in Jenkins CasC⟧
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: nexus-ci
              username: ci-reader
              password: "${NEXUS_PASSWORD}"  ⟪CasC variable⟫
          - string:
              id: slack-token
              secret: «xoxb:jenkins»  ⟦slack|Slack bot token in Jenkins CasC⟧
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: affiliate portal
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: hbl-affiliates-portal
                LOCAL_PATH: build
            - curl -s -u hbl-deploy:«pwp:bbdeploy» https://nexus.harbourline.internal/service/rest/v1/status  ⟦password|curl -u password⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  host-app:
    docker:
      - image: cimg/node:20.11
        auth:
          username: harbourline-ci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as a CircleCI image auth password⟧
    steps:
      - checkout
      - run: npm ci
      - run: npx eas build --platform ios --non-interactive
    environment:
      EXPO_TOKEN: «expo:circle»  ⟦app-secret|Expo access token in CircleCI⟧
workflows:
  main:
    jobs: [host-app]
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-latest
variables:
  - name: buildConfiguration
    value: Release
  - name: surveillanceApiUser
    value: svc-genetec-sdk
  - name: surveillanceApiPassword
    value: «surv:genetecsdk»  ⟦password|Genetec SDK password in pipeline variables⟧
  - group: floor-secrets  ⟪variable group⟫
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - powershell: |
      ./deploy.ps1 -Password $(cageDeployPassword)  ⟪pipeline variable⟫
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":android: sportsbook app"
    command: ./gradlew assembleRelease
    env:
      GOOGLE_PLAY_JSON_KEY_PATH: /var/lib/buildkite-agent/secrets/play.json
      FIREBASE_TOKEN: 1//«b62:96-firebasetok»  ⟦app-secret|Firebase CLI refresh token in Buildkite env⟧
  - label: ":docker: push"
    plugins:
      - ecr#v2.9.0:
          login: true
          account_ids: "927315840063"
"""),
    ("ansible/group_vars/floor_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: FLOOR\svc_ansible
ansible_password: «pwc:winrm»  ⟦password|WinRM password in group_vars⟧
ansible_winrm_server_cert_validation: ignore
cms_sql_sa_password: "{{ vault_cms_sql_sa_password }}"  ⟪vault variable⟫
kiosk_admin_pin: "«pin:4-kioskadmin»"  ⟦password|kiosk admin PIN in group_vars⟧
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
«hex:40-av4»
"""),
    ("ansible/roles/synkros-agent/defaults/main.yml", r"""
synkros_agent_version: 11.4.2
synkros_server: nia-synkros01.floor.harbourline.internal
synkros_agent_user: SYNAGENT
synkros_agent_password: «pw6:synagent»  ⟦password|agent password in role defaults⟧
synkros_db_password: "{{ lookup('amazon.aws.aws_secret', 'floor/synkros-db') }}"  ⟪lookup⟫
"""),
    ("ansible/roles/radius/tasks/main.yml", r"""
- name: clients.conf for the floor Wi-Fi controllers
  ansible.builtin.copy:
    dest: /etc/freeradius/3.0/clients.conf
    mode: "0640"
    content: |
      client floor-wlc {
        ipaddr = 10.44.0.10
        secret = «lo:20-radiuswlc»  ⟦password|RADIUS shared secret in an Ansible task⟧
      }
      client localhost {
        ipaddr = 127.0.0.1
        secret = testing123  ⟪FreeRADIUS default⟫
      }
"""),
    ("packer/kiosk-image.pkr.hcl", r"""
source "amazon-ebs" "kiosk" {
  ami_name      = "hbl-kiosk-{{timestamp}}"
  instance_type = "t3.medium"
  region        = "us-east-1"
  communicator  = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwp:packerwinrm»"  ⟦password|Packer WinRM password⟧
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
  }
}

build {
  sources = ["source.amazon-ebs.kiosk"]
  provisioner "powershell" {
    inline = ["Install-WindowsFeature Web-Server"]
  }
}
"""),
    ("deploy/nomad/odds-cache.nomad.hcl", r"""
job "odds-cache" {
  datacenters = ["acy-dc1"]
  group "cache" {
    task "redis" {
      driver = "docker"
      config {
        image = "redis:7.2"
        args  = ["redis-server", "--requirepass", "«pwr:nomadredis»"]  ⟦password|redis --requirepass in a Nomad job⟧
      }
      template {
        data        = "{{ with secret \"kv/data/odds\" }}TOKEN={{ .Data.data.token }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/odds.env"
        env         = true
      }
    }
  }
}
"""),
    ("deploy/systemd/tito-bridge.service", r"""
[Unit]
Description=TITO bridge (Advantage ticket validation to the cage kiosk network)
After=network-online.target

[Service]
User=tito
Environment=TITO_DB_URL=sqlserver://tito_bridge:«pw6:titobridge»@acy-tito01.floor.harbourline.internal:1433/TITO  ⟦conn-string|database URL in a systemd unit⟧
Environment=TITO_LOG=/var/log/tito-bridge.log
ExecStart=/opt/tito-bridge/bin/tito-bridge --listen 0.0.0.0:7080
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/k8s/sportsbook/networkpolicy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: bet-api-egress
  namespace: sportsbook
spec:
  podSelector:
    matchLabels: {app: bet-api}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 10.40.0.0/16}
      ports:
        - {protocol: TCP, port: 5432}
        - {protocol: TCP, port: 6379}
"""),
    ("deploy/k8s/sportsbook/kubeconfig-ci.yaml", r"""
apiVersion: v1
kind: Config
clusters:
  - name: hbl-sportsbook
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-1.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:eceksca:hbl-sportsbook-ca»  ⟪base64 CA certificate⟫
users:
  - name: ci-deployer
    user:
      token: «b62:64-k8stoken»  ⟦app-secret|static Kubernetes token in a kubeconfig⟧
contexts:
  - name: ci
    context: {cluster: hbl-sportsbook, user: ci-deployer}
current-context: ci
"""),
    ("deploy/helm/genetec-bridge/values.yaml", r"""
image:
  repository: 927315840063.dkr.ecr.us-east-1.amazonaws.com/surv/genetec-bridge
  tag: 1.2.0
genetec:
  directory: acy-genetec-dir01.surv.harbourline.internal
  username: svc-incident-api
  password: ""  ⟪empty value⟫
  existingSecret: genetec-bridge  ⟪existingSecret⟫
milestone:
  server: nia-xprotect01.surv.harbourline.internal
  basicUser: incident-api
  basicPassword: «surv:milestone»  ⟦password|Milestone basic user password in Helm values⟧
"""),
]
