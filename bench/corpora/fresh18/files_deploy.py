"""fresh18 templates, deployment and CI (Halvergate Motor Group): Kubernetes manifests on EKS, kustomize, Helm values,
Argo CD, compose files for the store bridge boxes, Dockerfiles, GitHub Actions, GitLab CI, Jenkins (Jenkinsfile,
credentials.xml, configuration as code), Bitbucket Pipelines, CircleCI, Azure Pipelines, Buildkite, CodeBuild
buildspec, Drone, TeamCity, Ansible for the showroom and wash-controller PCs, Packer, fastlane and EAS, systemd,
Nomad, Vagrant.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/forecourt/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: forecourt-sync
  namespace: forecourt
type: Opaque
data:
  DB_PASSWORD: «b64:pwc:hubdb»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:forecourtk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:forecourtk8s»  ⟦aws-b64|base64 secret in a Secret⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: forecourt-reynolds
  namespace: forecourt
type: Opaque
stringData:
  rci-dealer-number: "«num:6-rcidealer»"  ⟪Reynolds dealer number⟫
  rci-password: «pwx:rcipassword»  ⟦password|stringData password⟧
"""),
    ("deploy/k8s/forecourt/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: forecourt-api
  namespace: forecourt
spec:
  replicas: 3
  selector:
    matchLabels: {app: forecourt-api}
  template:
    metadata:
      labels: {app: forecourt-api}
    spec:
      serviceAccountName: forecourt-api
      containers:
        - name: api
          image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/forecourt/api:4.11.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: forecourt-sync, key: DB_PASSWORD}  ⟪secretKeyRef⟫
            - name: FORTELLIS_SUBSCRIPTION_ID
              value: «uuid:fortsub»  ⟪Fortellis subscription id (an identifier)⟫
            - name: CARFAX_PARTNER_KEY
              value: «up:24-carfax»  ⟦app-secret|CARFAX partner key in a Deployment env⟧
            - name: JAVA_TOOL_OPTIONS
              value: -XX:MaxRAMPercentage=75
"""),
    ("deploy/k8s/torquebridge/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: torquebridge-oem
  namespace: torquebridge
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: torquebridge-oem
  data:
    - secretKey: tesla-client-secret
      remoteRef:
        key: torquebridge/tesla  ⟪remoteRef⟫
        property: client_secret
    - secretKey: smartcar-client-secret
      remoteRef:
        key: torquebridge/smartcar
        property: client_secret
"""),
    ("deploy/k8s/torquebridge/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: torquebridge-config
  namespace: torquebridge
data:
  SAMSARA_BASE_URL: https://api.samsara.com
  SAMSARA_API_TOKEN: «samsara:configmap»  ⟦app-secret|Samsara token in a ConfigMap⟧
  GEOFENCE_REFRESH_SECONDS: "300"
  MAPS_BROWSER_KEY: «aiza:fleetmaps»  ⟪Google Maps browser key, public⟫
  POSITION_STREAM: torquebridge-positions
"""),
    ("deploy/k8s/halverdrive/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: halverdrive-payments
  namespace: halverdrive
spec:
  encryptedData:
    STRIPE_SECRET_KEY: «sealed:stripe»  ⟪SealedSecret ciphertext⟫
    PERSONA_API_KEY: «sealed:persona»  ⟪SealedSecret ciphertext⟫
  template:
    metadata:
      name: halverdrive-payments
"""),
    ("deploy/k8s/lotfeed/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: cargurus-upload
  namespace: lotfeed
spec:
  schedule: "20 */2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: upload
              image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/lotfeed/uploader:2.2.0
              args:
                - --host=sftp.cargurus.com
                - --user=halvergate_feed
                - --password=«pwx:cargurussftp»  ⟦password|password in CronJob args⟧
                - --file=/feeds/cargurus_inventory.csv
"""),
    ("deploy/k8s/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: lotfeed
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8s»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/k8s/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: finline
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: finline-bureaus
    literals:
      - EXPERIAN_EAI_USER=hmgfi_eai
      - EXPERIAN_EAI_PASSWORD=«pw6:expeai»  ⟦password|kustomize secretGenerator literal⟧
      - TRANSUNION_PASSWORD=«pw6:tupass»  ⟦password|kustomize secretGenerator literal⟧
  - name: finline-routeone
    envs:
      - overlays/prod/finline.env  ⟪env file reference⟫
"""),
    ("deploy/k8s/overlays/prod/finline.env", r"""
ROUTEONE_DEALER_ID=«up:6-r1dealer»
ROUTEONE_SYSTEM_USER=HMG-DMS-SYS
ROUTEONE_SYSTEM_PASSWORD=«pwl:routeone»  ⟦password|env file password⟧
DEALERTRACK_PARTNER_KEY=«b62:32-dtpartner»  ⟦app-secret|Dealertrack partner key in an env file⟧
MENU_SERVER_URL=https://menu.finline.hmg.internal
"""),
    ("deploy/helm/forecourt/values-prod.yaml", r"""
image:
  repository: 736104928351.dkr.ecr.us-east-2.amazonaws.com/forecourt/api
  tag: 4.11.0
replicaCount: 3
postgresql:
  enabled: false
externalDatabase:
  host: forecourt.cluster-c2x8fh4kq1ve.us-east-2.rds.amazonaws.com
  user: forecourt_app
  password: «pwx:forecourtapp»  ⟦password|Helm values password⟧
  existingSecret: ""
redis:
  auth:
    existingSecret: forecourt-redis  ⟪existingSecret reference⟫
    existingSecretPasswordKey: password
ingress:
  enabled: true
  hosts: [forecourt.hmg.internal]
"""),
    ("deploy/helm/leadhub/values.yaml", r"""
datadog:
  apiKey: «ddapi:helm»  ⟦datadog|Helm datadog.apiKey⟧
  appKeyExistingSecret: datadog-app-key  ⟪existing secret reference⟫
  site: us5.datadoghq.com
leadhub:
  adfMailbox: leads@adf.halvergate-motors.com
  podium:
    locationUid: «uuid:podiumloc»  ⟪Podium location id⟫
  vinsolutions:
    dealerId: "«num:5-vsdealer»"
"""),
    ("deploy/helm/keycloak-dealers/values.yaml", r"""
auth:
  adminUser: admin
  adminPassword: «pwc:keycloak»  ⟦password|Keycloak admin password in Helm values⟧
postgresql:
  enabled: true
  auth:
    username: bn_keycloak
    password: bn_keycloak  ⟪password equal to the user, chart default⟫
    database: bitnami_keycloak
production: true
proxy: edge
ingress:
  enabled: true
  hostname: sso.dealers.halvergate-motors.com
"""),
    ("deploy/helm/airflow/values-prod.yaml", r"""
executor: KubernetesExecutor
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key in Helm values⟧
webserverSecretKey: «hex:32-airflowws»  ⟦app-secret|Airflow webserver secret key⟧
data:
  metadataConnection:
    user: airflow
    pass: «pwr:airflowdb»  ⟦password|Airflow metadata database password in Helm values⟧
    host: airflow.c2x8fh4kq1ve.us-east-2.rds.amazonaws.com
    db: airflow
webserver:
  defaultUser:
    enabled: false
"""),
    ("deploy/argocd/finline-app.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: finline
  namespace: argocd
spec:
  project: retail
  source:
    repoURL: https://github.com/halvergate/finline-chart.git
    targetRevision: v3.4.0
    path: chart
    helm:
      parameters:
        - name: routeone.systemUser
          value: HMG-DMS-SYS
        - name: routeone.systemPassword
          value: «pwl:routeone»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 3.4.0
  destination:
    server: https://kubernetes.default.svc
    namespace: finline
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-finline-chart
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/halvergate/finline-chart.git
  username: hmg-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in an Argo CD repository secret⟧
"""),
    ("docker-compose.yml", r"""
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: forecourt
      POSTGRES_PASSWORD: forecourt  ⟪local default, password equal to the user⟫
    ports: ["5432:5432"]
  api:
    build: services/forecourt
    environment:
      DATABASE_URL: postgres://forecourt:forecourt@db:5432/forecourt  ⟪local default connection string⟫
      FORTELLIS_CLIENT_SECRET: ${FORTELLIS_CLIENT_SECRET}  ⟪environment variable⟫
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
      AWS_ENDPOINT_URL: http://localstack:4566
  localstack:
    image: localstack/localstack:3.5
"""),
    ("deploy/compose/store-bridge/docker-compose.yml", r"""
# runs on the NUC in each store's server closet (keys, wash, EV chargers, signage)
services:
  keyring:
    image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/keyring/bridge:5.4.2
    restart: always
    environment:
      KEYTRAK_SQL_SERVER: 10.40.1.15\KEYTRAK
      KEYTRAK_SQL_USER: keytrak
      KEYTRAK_SQL_PASSWORD: «pwc:ktsql»  ⟦password|compose env password⟧
      AWS_ACCESS_KEY_ID: «akid:storebridge»  ⟦aws-key-id|key id in compose⟧
      AWS_SECRET_ACCESS_KEY: «awssec:storebridge»  ⟦aws-secret|secret in compose⟧
  mosquitto:
    image: eclipse-mosquitto:2.0
    volumes: ["./mosquitto:/mosquitto/config"]
  ocpp-proxy:
    image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/ev/ocpp-proxy:1.3.0
    env_file: .env
"""),
    ("deploy/compose/store-bridge/.env", r"""
STORE_CODE=HMG-FRD-CDR
MQTT_USER=bridge
MQTT_PASSWORD=«pp:mqttbridge»  ⟦password|compose .env passphrase⟧
OCPP_AUTH_KEY_SERVICE_DRIVE=«ocpp:cdrservice»  ⟦app-secret|OCPP AuthorizationKey in .env⟧
CSMS_URL=wss://csms.hmg.internal/ocpp
"""),
    ("deploy/compose/wash-bridge/compose.yaml", r"""
services:
  sitewatch-sync:
    image: 736104928351.dkr.ecr.us-east-2.amazonaws.com/washline/sitewatch-sync:0.9.7
    environment:
      SITEWATCH_SQL: Server=10.60.1.20\SITEWATCH;Database=SiteWatch;User Id=hmgsync;Password=«pwp:sitewatchsql»;  ⟦conn-string|SQL Server connection string with a password⟧
      WASHCARD_API_KEY: ${WASHCARD_API_KEY:?set in /etc/hmg/wash.env}  ⟪required environment variable⟫
    network_mode: host
"""),
    ("services/forecourt/Dockerfile", r"""
FROM eclipse-temurin:21-jre
WORKDIR /app
RUN --mount=type=secret,id=nexus_token \
    curl -fsS -H "Authorization: Bearer $(cat /run/secrets/nexus_token)" \
    https://nexus.hmg.internal/repository/releases/com/halvergate/forecourt/4.11.0/forecourt-4.11.0.jar -o app.jar  ⟪BuildKit secret mount⟫
ENV OPENTRACK_USER=HMGETL
ENV OPENTRACK_PASSWORD=«pw6:opentracketl»  ⟦password|Dockerfile ENV password⟧
ENV SPRING_PROFILES_ACTIVE=prod
ENTRYPOINT ["java", "-jar", "app.jar"]
"""),
    ("services/lotfeed/Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN pip install --no-cache-dir --index-url https://lotfeed:«pct:pwx:nexuspypi»@nexus.hmg.internal/repository/pypi/simple -r requirements.txt  ⟦conn-string|pip index URL with a password⟧
COPY lotfeed/ lotfeed/
CMD ["python", "-m", "lotfeed.publish"]
"""),
    ("services/halverdrive-admin/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc.ci ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪BuildKit secret mount⟫
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
"""),
    (".github/workflows/deploy-forecourt.yml", r"""
name: deploy-forecourt
on:
  push:
    branches: [main]
    paths: ['services/forecourt/**']
jobs:
  deploy:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «akid:ghadeploy»  ⟦aws-key-id|key id in a GitHub Actions env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghadeploy»  ⟦aws-secret|secret in a GitHub Actions env⟧
      AWS_DEFAULT_REGION: us-east-2
    steps:
      - uses: actions/checkout@v4
      - name: Login to ECR
        run: aws ecr get-login-password | docker login --username AWS --password-stdin 736104928351.dkr.ecr.us-east-2.amazonaws.com
      - name: Notify
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_DEPLOY_WEBHOOK }}  ⟪GitHub secrets reference⟫
        run: ./scripts/notify.sh
"""),
    (".github/workflows/mobile-release.yml", r"""
name: halverdrive-mobile-release
on:
  workflow_dispatch:
jobs:
  ios:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: «pp:matchpw»  ⟦password|fastlane match password in a workflow env⟧
      MATCH_GIT_BASIC_AUTHORIZATION: ${{ secrets.MATCH_GIT_BASIC_AUTHORIZATION }}  ⟪GitHub secrets reference⟫
      APP_STORE_CONNECT_API_KEY_ID: «up:10-asckid»  ⟪App Store Connect key id⟫
      APP_STORE_CONNECT_ISSUER_ID: «uuid:ascissuer»  ⟪App Store Connect issuer id⟫
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
"""),
    (".github/workflows/lotfeed-nightly.yml", r"""
name: lotfeed-nightly
on:
  schedule: [{cron: '10 6 * * *'}]
permissions:
  id-token: write
  contents: read
jobs:
  feed:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::418263950712:role/gha-lotfeed  ⟪OIDC role⟫
          aws-region: us-east-2
      - name: Pull the vAuto export
        run: |
          curl -fsS -u halvergate_api:«pwx:vautoexport» https://export.vauto.com/inventory/HMG.csv -o inv.csv  ⟦password|curl -u user:password in a workflow⟧
          python -m lotfeed.publish inv.csv
"""),
    (".gitlab-ci.yml", r"""
stages: [test, deploy]
variables:
  DMS_SANDBOX_USER: HMGQA
  DMS_SANDBOX_PASSWORD: «pw6:dmssandbox»  ⟦password|GitLab CI variable password⟧
  DOCKER_DRIVER: overlay2
test:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements-dev.txt
    - pytest -q
deploy:
  stage: deploy
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI job token variable⟫
    - docker push $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'stores' }
  stages {
    stage('Push wash menu') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'sonnys-controller', usernameVariable: 'U', passwordVariable: 'P')]) {  ⟪Jenkins credentials binding⟫
          sh 'python tools/push_menu.py --user "$U" --password "$P"'
        }
      }
    }
    stage('Copy signage playlist') {
      steps {
        sh "sshpass -p '«pwp:signage»' scp playlist.json signage@10.40.3.21:/storage/sd/"  ⟦password|sshpass -p password in a Jenkinsfile⟧
      }
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
          <scope>GLOBAL</scope>
          <id>sonnys-controller</id>
          <username>hmgadmin</username>
          <password>{AQAAABAAAAAQ«b64k:48-jenkinsenc»}</password>  ⟪Jenkins-encrypted secret⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ci/jenkins/casc/jenkins.yaml", r"""
jenkins:
  systemMessage: "Halvergate stores Jenkins - managed by JCasC"
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: keytrak-sql
              username: keytrak
              password: "«pwc:ktsql»"  ⟦password|JCasC credential password literal⟧
          - string:
              scope: GLOBAL
              id: datadog-api
              secret: "${DATADOG_API_KEY}"  ⟪JCasC variable⟫
unclassified:
  location:
    url: https://jenkins.stores.hmg.internal/
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
definitions:
  steps:
    - step: &build
        name: build dealer websites plugin
        script:
          - npm ci
          - npm run build
pipelines:
  branches:
    main:
      - step: *build
      - step:
          name: deploy to DealerInspire staging
          script:
            - export DI_SFTP_PASSWORD='«pwn:disftp»'  ⟦password|export of an SFTP password in Bitbucket Pipelines⟧
            - lftp -u halvergate,$DI_SFTP_PASSWORD sftp://sftp.dealerinspire.com -e "mirror -R dist/ wp-content/plugins/hmg-specials/; quit"
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  publish-sdk:
    docker:
      - image: cimg/node:20.15
    environment:
      NPM_TOKEN: «npm:circle»  ⟦npm|npm token in CircleCI environment⟧
    steps:
      - checkout
      - run: echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > ~/.npmrc
      - run: npm publish --access restricted
workflows:
  release:
    jobs:
      - publish-sdk:
          context: halvergate-npm  ⟪CircleCI context⟫
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-latest
variables:
  buildConfiguration: Release
  keyWatcherApiUser: hmg-integration
  keyWatcherApiPassword: «pwl:keywatcherapi»  ⟦password|Azure Pipelines variable password⟧
  sqlPassword: $(KeyWatcherSqlPassword)  ⟪pipeline variable reference⟫
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: -c $(buildConfiguration)
"""),
    (".buildkite/pipeline.yml", r"""
env:
  SONAR_HOST_URL: https://sonar.hmg.internal
  SONAR_TOKEN: sqp_«hex:40-sonar»  ⟦app-secret|SonarQube token in Buildkite env⟧
steps:
  - label: ":rust: washline controller agent"
    command: cargo build --release
  - label: ":sonarqube: scan"
    command: sonar-scanner -Dsonar.projectKey=washline-agent
"""),
    ("ci/codebuild/buildspec-halverdrive.yml", r"""
version: 0.2
env:
  variables:
    EXPO_PUBLIC_API: https://api.drive.halvergate-motors.com
    SENTRY_AUTH_TOKEN: «sntrys:codebuild»  ⟦app-secret|Sentry org auth token in a buildspec⟧
  parameter-store:
    EXPO_TOKEN: /ci/expo/token  ⟪parameter-store reference⟫
  secrets-manager:
    GOOGLE_PLAY_JSON: ci/google-play:json  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - npx eas-cli build --platform android --non-interactive
"""),
    ("ci/drone/.drone.yml", r"""
kind: pipeline
type: docker
name: parts-kiosk
steps:
  - name: build
    image: golang:1.22
    environment:
      GOPRIVATE: github.com/halvergate
      GITHUB_TOKEN:
        from_secret: github_token  ⟪Drone from_secret⟫
      KIOSK_SIGNING_PASSWORD: «pwx:kiosksign»  ⟦password|literal password in a Drone environment⟧
    commands:
      - go build ./cmd/kiosk
"""),
    ("ci/teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    params {
        password("env.OEC_PASSWORD", "credentialsJSON:«uuid:tccreds»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.OEC_DEALER", "HMG-PARTS")
        param("env.PARTSTRADER_API_KEY", "«b62:32-partstrader»")  ⟦app-secret|PartsTrader API key as a plain TeamCity param⟧
    }
    buildType(PartsSync)
}

object PartsSync : BuildType({
    name = "parts sync"
    steps { script { scriptContent = "./gradlew run" } }
})
"""),
    ("ansible/group_vars/showroom_pcs.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: HMGSTORES\svc_ansible
ansible_password: «pwc:ansiblewinrm»  ⟦password|WinRM password in group_vars⟧
showroom_signage_url: https://signage.hmg.internal/playlists
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-vault1»  ⟪ansible-vault body⟫
«hex:64-vault2»
«hex:64-vault3»
«hex:32-vault4»
"""),
    ("ansible/roles/keytrak/defaults/main.yml", r"""
keytrak_version: "5.4.2"
keytrak_sql_instance: KEYTRAK
keytrak_sql_sa_password: "«pwx:keytraksa»"  ⟦password|role default password⟧
keytrak_dms_password: "{{ lookup('amazon.aws.aws_secret', 'keyring/keytrak-dms') }}"  ⟪lookup⟫
keytrak_backup_share: \\10.40.1.10\backups\keytrak
"""),
    ("ansible/roles/signage/tasks/main.yml", r"""
- name: Push playlist to the BrightSign players
  ansible.builtin.uri:
    url: "http://{{ inventory_hostname }}/api/v1/files/sd/playlist.json"
    method: PUT
    url_username: admin
    url_password: "«pwp:brightsign»"  ⟦password|uri url_password literal⟧
    force_basic_auth: true
    src: files/playlist.json
- name: Reboot player
  ansible.builtin.uri:
    url: "http://{{ inventory_hostname }}/api/v1/control/reboot"
    method: PUT
    url_username: admin
    url_password: "{{ brightsign_password }}"  ⟪variable⟫
"""),
    ("ansible/inventory/stores.ini", r"""
[showroom_pcs]
riv-showroom-01.stores.halvergate.local
cdr-showroom-01.stores.halvergate.local

[wash_controllers]
wash-tunnel-01 ansible_host=10.60.1.30 ansible_user=sonnys ansible_ssh_pass=«pwp:sonnysssh»  ⟦password|ansible_ssh_pass in an inventory⟧

[ev_chargers:vars]
ansible_user=root
"""),
    ("packer/showroom-kiosk.pkr.hcl", r"""
variable "aws_access_key" {
  type    = string
  default = env("AWS_ACCESS_KEY_ID")  ⟪env() lookup⟫
}

source "amazon-ebs" "kiosk" {
  access_key     = var.aws_access_key
  region         = "us-east-1"
  instance_type  = "t3.medium"
  source_ami_filter {
    filters     = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners      = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwinrm»"  ⟦password|Packer winrm_password⟧
  user_data_file = "scripts/winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.kiosk"]
}
"""),
    ("fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  lane :release do
    api_key = app_store_connect_api_key(
      key_id: ENV["APP_STORE_CONNECT_API_KEY_ID"],  ⟪ENV lookup⟫
      issuer_id: ENV["APP_STORE_CONNECT_ISSUER_ID"],
      key_filepath: "./AuthKey.p8"
    )
    match(type: "appstore", readonly: true, api_key: api_key)
    build_app(scheme: "HalverDrive")
    upload_to_testflight(api_key: api_key)
  end
end
"""),
    ("fastlane/.env.default", r"""
FASTLANE_USER=mobile@halvergate-motors.com
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«applepw:fastlane»  ⟦password|Apple app-specific password⟧
MATCH_PASSWORD=«pp:matchpw»  ⟦password|match passphrase in .env.default⟧
MATCH_GIT_URL=git@github.com:halvergate/ios-certificates.git
"""),
    ("eas.json", r"""
{
  "cli": {"version": ">= 10.0.0"},
  "build": {
    "production": {
      "env": {
        "EXPO_PUBLIC_API_URL": "https://api.drive.halvergate-motors.com",
        "EXPO_PUBLIC_MAPBOX_TOKEN": "«mapbox:appmap»",  ⟪Mapbox public token⟫
        "EXPO_PUBLIC_STRIPE_PK": "«pk:halverdrive»",
        "SENTRY_AUTH_TOKEN": "«sntrys:eas»"  ⟦app-secret|Sentry auth token in eas.json⟧
      }
    }
  },
  "submit": {"production": {"ios": {"ascAppId": "«num:10-ascapp»"}}}
}
"""),
    ("deploy/systemd/keyring-bridge.service", r"""
[Unit]
Description=Halvergate keyring bridge (KeyWatcher TrueTouch -> DMS)
After=network-online.target

[Service]
User=keyring
Environment=KEYWATCHER_URL=https://10.40.1.16:8443/api
Environment=KEYWATCHER_API_TOKEN=«b62:40-keywatchertok»  ⟦app-secret|KeyWatcher API token in a systemd unit⟧
EnvironmentFile=-/etc/hmg/keyring.env
ExecStart=/opt/keyring/bin/bridge
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/nomad/ocpp.nomad.hcl", r"""
job "ocpp-proxy" {
  datacenters = ["store-cdr"]
  group "proxy" {
    task "proxy" {
      driver = "docker"
      config {
        image = "736104928351.dkr.ecr.us-east-2.amazonaws.com/ev/ocpp-proxy:1.3.0"
      }
      env {
        ENEL_X_API_KEY = "«hex:32-enelx»"  ⟦app-secret|EV charger vendor API key in a Nomad env block⟧
      }
      template {
        data        = "CSMS_TOKEN={{ with secret \"kv/data/ev/csms\" }}{{ .Data.data.token }}{{ end }}"  ⟪Vault template⟫
        destination = "secrets/csms.env"
        env         = true
      }
    }
  }
}
"""),
    ("deploy/k8s/halverdrive/ingress-auth.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: admin-basic-auth
  namespace: halverdrive
type: Opaque
data:
  auth: «b64:lit:fleetops:$apr1$Kq2v9xTz$hJ3mYp0aWc8Rt5nLs1dFe/»  ⟪base64 htpasswd line (hashed)⟫
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: halverdrive-admin
  namespace: halverdrive
  annotations:
    nginx.ingress.kubernetes.io/auth-type: basic
    nginx.ingress.kubernetes.io/auth-secret: admin-basic-auth
spec:
  rules:
    - host: admin.drive.halvergate-motors.com
"""),
    ("deploy/k8s/irsa-serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: forecourt-api
  namespace: forecourt
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418263950712:role/forecourt-api  ⟪IRSA role ARN⟫
"""),
    ("vagrant/showroom-kiosk/Vagrantfile", r"""
Vagrant.configure("2") do |config|
  config.vm.box = "gusztavvargadotcom/windows-server-2022-standard"
  config.vm.communicator = "winrm"
  config.winrm.username = "vagrant"
  config.winrm.password = "vagrant"  ⟪Vagrant box default⟫
  config.vm.provision "shell", path: "provision.ps1"
end
"""),
    ("deploy/helm/forecourt/values-dev.yaml", r"""
replicaCount: 1
postgresql:
  enabled: true
  auth:
    username: forecourt
    password: forecourt  ⟪local dev default⟫
    database: forecourt
fortellis:
  clientSecret: ""  ⟪empty value⟫
  baseUrl: https://api.fortellis.io/sandbox
"""),
    (".github/workflows/wash-agent.yml", r"""
name: wash-agent
on: [push]
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/login-action@v3
        with:
          username: halvergate-ci
          password: «dckr:gha»  ⟦docker-hub|Docker Hub token as a literal login-action password⟧
      - run: docker build -t halvergate/wash-agent:${{ github.sha }} .
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: ${{ secrets.AWS_ACCESS_KEY_ID }}  ⟪GitHub secrets reference⟫
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
          aws-region: us-east-1
"""),
]
