"""fresh14 templates, deployment and CI (Corvane Hospitality): Kubernetes manifests on EKS, kustomize, Helm values,
Argo CD, External Secrets, compose files, Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Bitbucket Pipelines,
CircleCI, Azure Pipelines, Buildkite, fastlane (Fastfile, Matchfile, Appfile), EAS, Bitrise, Ansible, Packer,
Chef and Salt for the property servers, Vagrant, and deployed-service files.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/crs/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: crs-api
  namespace: crs
type: Opaque
data:
  SPRING_DATASOURCE_PASSWORD: «b64:pwx:crsapp»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:crsk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:crsk8s»  ⟦aws-b64|base64 secret in a Secret⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: crs-channel-partners
  namespace: crs
type: Opaque
stringData:
  siteminder-username: corvane_pmsx
  siteminder-password: «pwr:siteminder»  ⟦password|stringData password⟧
  sabre-pcc: 7H2K  ⟪pseudo city code⟫
"""),
    ("deploy/k8s/crs/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: crs-rate-loader
  namespace: crs
spec:
  replicas: 2
  selector:
    matchLabels: {app: crs-rate-loader}
  template:
    metadata:
      labels: {app: crs-rate-loader}
    spec:
      serviceAccountName: crs-rate-loader
      containers:
        - name: loader
          image: 861530294472.dkr.ecr.us-east-1.amazonaws.com/tidewater/rate-loader:5.14.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: crs-api, key: SPRING_DATASOURCE_PASSWORD}  ⟪secretKeyRef⟫
            - name: RATEGAIN_API_KEY
              value: «b62:32-rategain»  ⟦app-secret|RateGain API key in a Deployment env⟧
            - name: JAVA_TOOL_OPTIONS
              value: -XX:MaxRAMPercentage=75
"""),
    ("deploy/k8s/crs/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: crs-sabre
  namespace: crs
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: crs-sabre
  data:
    - secretKey: password
      remoteRef:
        key: crs/sabre  ⟪remoteRef⟫
        property: password
"""),
    ("deploy/k8s/loyalty/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: gullwing-web
  namespace: loyalty
data:
  NEXT_PUBLIC_SEGMENT_KEY: «segment:web»  ⟪Segment browser write key, public⟫
  NEXT_PUBLIC_FIREBASE_API_KEY: «aiza:gullwingweb»  ⟪Firebase web key⟫
  NEXT_PUBLIC_ADYEN_CLIENT_KEY: live_«up:32-adyenclient»  ⟪Adyen client key⟫
  BRAZE_SDK_KEY: «uuid:brazesdk»  ⟪Braze SDK key, public⟫
  BRAZE_REST_KEY: «uuid:brazerestweb»  ⟦app-secret|Braze REST key in a ConfigMap⟧
  LOYALTY_API: https://api.corvane-hotels.com/loyalty/v2
"""),
    ("deploy/k8s/loyalty/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: gullwing-web
  namespace: loyalty
spec:
  encryptedData:
    NEXTAUTH_SECRET: «sealed:nextauth»  ⟪SealedSecret blob⟫
    ADYEN_API_KEY: «sealed:adyenweb»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: gullwing-web
"""),
    ("deploy/k8s/harborlink/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: voucher-expiry
  namespace: harborlink
spec:
  schedule: "15 3 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: expire
              image: 861530294472.dkr.ecr.eu-west-1.amazonaws.com/harborlink/tools:4.8.0
              command: ["/bin/sh", "-c"]
              args:
                - psql "postgresql://portal:«pct:pwp:portaldb»@harborlink.cluster-c91mzt4q7wqe.eu-west-1.rds.amazonaws.com/portal" -c "delete from vouchers where expires_at < now()"  ⟦conn-string|PostgreSQL URL with password in CronJob args⟧
"""),
    ("deploy/k8s/harborlink/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: vendor-registry
  namespace: harborlink
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:harbor»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""),
    ("deploy/k8s/kustomize/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: crs
resources:
  - ../../base
images:
  - name: crs-api
    newTag: 5.14.1
secretGenerator:
  - name: crs-gds
    literals:
      - AMADEUS_API_KEY=«b62:32-amadeuskey»  ⟪Amadeus API key (client id half)⟫
      - AMADEUS_API_SECRET=«b62:16-amadeussec»  ⟦app-secret|Amadeus API secret in a secretGenerator literal⟧
  - name: crs-env
    envs:
      - crs.env
"""),
    ("deploy/k8s/kustomize/overlays/prod/crs.env", r"""
SPRING_PROFILES_ACTIVE=prod
PCI_TOKENISER_URL=https://vaultline.internal.corvane-hotels.com
PCI_TOKENISER_KEY=«hex:64-tokeniser»  ⟦app-secret|tokeniser API key in a kustomize env file⟧
FEATURE_DYNAMIC_PACKAGES=true
"""),
    ("deploy/helm/crs/values-prod.yaml", r"""
replicaCount: 4
image:
  repository: 861530294472.dkr.ecr.us-east-1.amazonaws.com/tidewater/crs-api
  tag: 5.14.1
postgresql:
  enabled: false
externalDatabase:
  host: crs.cluster-c7h2kq9xw1ab.us-east-1.rds.amazonaws.com
  user: crs_app
  password: «pwx:crsapp»  ⟦password|Helm values external database password⟧
  existingSecret: ""
redis:
  auth:
    enabled: true
datadog:
  apiKey: «ddapi:helmcrs»  ⟦datadog|Datadog key in Helm values⟧
ingress:
  enabled: true
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-1:493817260514:certificate/«uuid:acmcrs»  ⟪ACM ARN⟫
"""),
    ("deploy/helm/harborlink/values.yaml", r"""
portal:
  replicas: 2
  brand: Corvane Guest Wi-Fi
  terms: https://corvane-hotels.com/wifi-terms
radius:
  sharedSecret: ""  ⟪empty⟫
  existingSecret: harborlink-radius  ⟪existingSecret⟫
ruckus:
  smartzone: https://sz.corvane.local:8443
  username: harborlink
  password: «pwl:smartzone»  ⟦password|Ruckus SmartZone password in Helm values⟧
nomadix:
  subscriptionKey: «up:24-nomadixsub»  ⟦app-secret|Nomadix cloud subscription key in Helm values⟧
"""),
    ("deploy/helm/grafana-bms/values.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafanabms»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: Timestream
        type: grafana-timestream-datasource
        jsonData:
          authType: keys
          defaultRegion: eu-west-1
        secureJsonData:
          accessKey: «akid:grafanats»  ⟦aws-key-id|key id in Grafana datasource secureJsonData⟧
          secretKey: «awssec:grafanats»  ⟦aws-secret|secret in Grafana datasource secureJsonData⟧
      - name: Niagara-Influx
        type: influxdb
        url: http://influx.bms.corvane.local:8086
        jsonData:
          version: Flux
          organization: corvane-bms
        secureJsonData:
          token: «urlsafe:64-influx»  ⟦app-secret|InfluxDB token in Grafana secureJsonData⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key⟧
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key⟧
data:
  metadataConnection:
    user: airflow
    pass: «pwn:airflowmeta»  ⟦password|Airflow metadata DB password in Helm values⟧
    host: airflow-meta.cluster-c4r8zq1mxt2e.us-east-1.rds.amazonaws.com
    db: airflow
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪default password equal to user⟫
"""),
    ("deploy/argocd/apps/crs.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: crs
  namespace: argocd
spec:
  project: guest-platform
  source:
    repoURL: https://github.com/corvane-hospitality/platform-charts.git
    targetRevision: main
    path: charts/crs
    helm:
      valueFiles: [values-prod.yaml]
      parameters:
        - name: externalDatabase.password
          value: «pwx:crsapp»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 5.14.1
  destination:
    server: https://kubernetes.default.svc
    namespace: crs
"""),
    ("deploy/argocd/repo-platform-charts.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-platform-charts
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/corvane-hospitality/platform-charts.git
  username: cvh-argocd
  password: «ghfg:argocd»  ⟦github|GitHub fine-grained token in an Argo CD repository secret⟧
"""),
    ("deploy/compose/pms-bridge-dev/docker-compose.yml", r"""
services:
  bridge:
    build: .
    environment:
      FIAS_HOST: 10.61.10.20
      FIAS_PORT: 5010
      FIAS_INTERFACE_PASSWORD: «pw6:fiasifc»  ⟦password|FIAS password in compose environment⟧
      DB_URL: mysql://bridge:bridge@db:3306/pmsbridge  ⟪local default password equal to user⟫
      ACTIVEMQ_PASSWORD: admin  ⟪ActiveMQ default⟫
    depends_on: [db, mq]
  db:
    image: mysql:8.0
    environment:
      MYSQL_ROOT_PASSWORD: «pwp:bridgeroot»  ⟦password|MySQL root password in compose⟧
      MYSQL_DATABASE: pmsbridge
  mq:
    image: apache/activemq-classic:5.18.3
"""),
    ("deploy/compose/nightaudit-server/compose.yaml", r"""
# runs on algv-util01 (Ubuntu 22.04 in the back office rack)
services:
  sftpgo:
    image: drakkan/sftpgo:v2.6
    environment:
      SFTPGO_DEFAULT_ADMIN_USERNAME: admin
      SFTPGO_DEFAULT_ADMIN_PASSWORD: «pwc:sftpgoalgv»  ⟦password|SFTPGo admin password in compose⟧
      SFTPGO_DATA_PROVIDER__CREATE_DEFAULT_ADMIN: "true"
    volumes:
      - /srv/nightaudit:/srv/sftpgo/data
  uptime:
    image: louislam/uptime-kuma:1
    ports: ["3001:3001"]
  unifi:
    image: lscr.io/linuxserver/unifi-network-application:8.4.62
    environment:
      - MONGO_USER=unifi
      - MONGO_PASS=«pwn:unifimongo»  ⟦password|compose list-form password⟧
      - MONGO_HOST=unifi-db
"""),
    ("deploy/compose/bms-gateway/docker-compose.yml", r"""
version: "3.8"
services:
  node-red:
    image: nodered/node-red:3.1
    environment:
      - TZ=Europe/Lisbon
      - NODE_RED_CREDENTIAL_SECRET=«b62:24-noderedcred»  ⟦app-secret|Node-RED credential secret⟧
    volumes: ["./data:/data"]
  mosquitto:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  bacnet-bridge:
    image: 861530294472.dkr.ecr.eu-west-1.amazonaws.com/bms/bacnet-bridge:2.2.0
    environment:
      MQTT_USERNAME: bacnet
      MQTT_PASSWORD: ${MQTT_PASSWORD:?set it in .env}  ⟪required variable⟫
"""),
    ("deploy/compose/bms-gateway/.env", r"""
MQTT_PASSWORD=«pwl:mqttbacnet»  ⟦password|compose .env password⟧
INFLUX_TOKEN=«urlsafe:64-influx»  ⟦app-secret|InfluxDB token in .env⟧
TZ=Europe/Lisbon
"""),
    ("deploy/docker/pms-bridge/Dockerfile", r"""
FROM eclipse-temurin:21-jre-jammy
ARG NEXUS_USER=ci
ARG NEXUS_PASSWORD
RUN --mount=type=secret,id=nexus,env=NEXUS_PASSWORD curl -fsSu "$NEXUS_USER:$NEXUS_PASSWORD" -o /opt/htng.jar https://nexus.corvane.local/repository/releases/htng-client-2.4.jar  ⟪BuildKit secret mount⟫
ENV FIAS_HOST=10.61.10.20 \
    FIAS_INTERFACE_PASSWORD=«pw6:fiasifc»  ⟦password|FIAS password in a Dockerfile ENV⟧
COPY target/pms-bridge.jar /opt/app.jar
ENTRYPOINT ["java", "-jar", "/opt/app.jar"]
"""),
    ("deploy/docker/captive-portal/Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --index-url https://cvh-ci:«pct:pwx:nexuspy»@nexus.corvane.local/repository/pypi-group/simple -r requirements.txt  ⟦conn-string|package index URL with a password in a Dockerfile⟧
COPY . .
ENV PORTAL_SECRET_KEY=""
CMD ["gunicorn", "portal.wsgi", "-b", "0.0.0.0:8000"]
"""),
    ("deploy/docker/radius/Dockerfile", r"""
FROM freeradius/freeradius-server:3.2.3
COPY raddb/ /etc/raddb/
RUN sed -i 's/testing123/${ENV_RADIUS_SECRET}/' /etc/raddb/clients.conf  ⟪FreeRADIUS default secret in a sed⟫
EXPOSE 1812/udp 1813/udp
"""),
    (".github/workflows/crs-deploy.yml", r"""
name: crs-deploy
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::861530294472:role/gha-crs-deploy  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: ./gradlew build -PnexusPassword=${{ secrets.NEXUS_PASSWORD }}  ⟪secrets reference⟫
      - name: Smoke
        env:
          CRS_SMOKE_KEY: «b62:40-crssmoke»  ⟦app-secret|CRS API key in a workflow env⟧
        run: ./scripts/smoke.sh
"""),
    (".github/workflows/gullwing-ios.yml", r"""
name: gullwing-ios
on:
  workflow_dispatch:
  push:
    tags: ['ios-v*']
jobs:
  release:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: ${{ secrets.MATCH_PASSWORD }}
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «applepw:gullwing»  ⟦password|Apple app-specific password in a workflow env⟧
      APP_STORE_CONNECT_API_KEY_ID: «asc:gullwing»  ⟪App Store Connect key id⟫
      APP_STORE_CONNECT_ISSUER_ID: «uuid:ascissuer»  ⟪issuer id⟫
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
"""),
    (".github/workflows/loyalty-web.yml", r"""
name: loyalty-web
on: [push]
jobs:
  build:
    runs-on: ubuntu-22.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20, registry-url: 'https://npm.pkg.github.com'}
      - run: npm ci
        env:
          NODE_AUTH_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪github.token⟫
      - run: npx sentry-cli releases new "$GITHUB_SHA"
        env:
          SENTRY_AUTH_TOKEN: sntrys_«b64k:96-sntrys»  ⟦sentry|Sentry org auth token in a workflow⟧
          SENTRY_ORG: corvane
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «akid:ghaloyalty»  ⟦aws-key-id|static key id in a workflow⟧
          aws-secret-access-key: ${{ secrets.AWS_SECRET_ACCESS_KEY }}  ⟪secrets reference⟫
          aws-region: us-east-1
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  NEXUS_URL: https://nexus.corvane.local
  SONAR_TOKEN: «sqp:pmsbridge»  ⟦sonarqube|SonarQube token in GitLab CI variables⟧

build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -s ci/settings.xml -Dnexus.password=$NEXUS_PASSWORD package  ⟪CI variable⟫

deploy-prod:
  stage: deploy
  image: amazon/aws-cli:2.17.0
  variables:
    AWS_ACCESS_KEY_ID: «akid:gitlabdeploy»  ⟦aws-key-id|key id in GitLab CI variables⟧
    AWS_SECRET_ACCESS_KEY: «awssec:gitlabdeploy»  ⟦aws-secret|secret in GitLab CI variables⟧
    AWS_DEFAULT_REGION: us-east-1
  script:
    - aws ecs update-service --cluster pms --service pms-bridge --force-new-deployment
  only: [main]
"""),
    ("ci/jenkins/Jenkinsfile.opera-interfaces", r"""
pipeline {
  agent { label 'windows-build' }
  environment {
    NEXUS = credentials('nexus-ci')  ⟪Jenkins credentials()⟫
    OPERA_WS_USER = 'IFC_CVH'
    OPERA_WS_PASSWORD = '«pw6:operaws»'  ⟦password|OPERA web services password in a Jenkinsfile environment⟧
  }
  stages {
    stage('Build') {
      steps {
        bat 'msbuild OperaInterfaces.sln /p:Configuration=Release'
      }
    }
    stage('Deploy') {
      steps {
        bat 'net use \\\\algv-ifc01\\c$ /user:CORVANE\\svc-deploy «pwn:svcdeploy»'  ⟦password|net use password in a Jenkinsfile⟧
        bat 'robocopy bin\\Release \\\\algv-ifc01\\c$\\Interfaces\\Opera /MIR'
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
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>nexus-ci</id>
          <username>cvh-ci</username>
          <password>{«b64k:64-jenkinsenc»}</password>  ⟪Jenkins-encrypted password⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Deploy spa widget
          script:
            - npm ci && npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: us-east-1
                S3_BUCKET: cvh-spa-widget
            - curl -X POST -H "Authorization: Basic «basic:b4tdeploy»" https://api.book4time.com/v2/cache/purge  ⟦password-b64|basic auth header in a pipeline⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  android: circleci/android@2.5.0
jobs:
  android-release:
    executor:
      name: android/android-machine
      tag: 2024.04.1
    environment:
      GRADLE_OPTS: -Dorg.gradle.daemon=false
      KEYSTORE_PASSWORD: «pwl:androidks»  ⟦password|keystore password in CircleCI environment⟧
    steps:
      - checkout
      - run: echo "$PLAY_JSON_B64" | base64 -d > play.json  ⟪project variable⟫
      - run: bundle exec fastlane android deploy
workflows:
  release:
    jobs: [android-release]
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  name: Property-Windows
variables:
  - group: opera-interfaces  ⟪variable group⟫
  - name: SagePassword
    value: '«pwc:sage300»'  ⟦password|Azure Pipelines variable password⟧
  - name: BuildConfiguration
    value: Release
steps:
  - task: VSBuild@1
    inputs:
      solution: 'SageBridge.sln'
      configuration: '$(BuildConfiguration)'
  - powershell: .\deploy.ps1 -SagePassword "$(SagePassword)"  ⟪pipeline variable⟫
"""),
    (".buildkite/pipeline.yml", r"""
env:
  EXPO_TOKEN: «expo:buildkite»  ⟦app-secret|Expo access token in Buildkite env⟧
  EAS_NO_VCS: "1"
steps:
  - label: ":expo: staff app build"
    command: npx eas-cli build --platform all --non-interactive --profile production
    agents:
      queue: macos
  - label: ":slack: notify"
    command: curl -s -X POST -d '{"text":"staff app built"}' «slackhook:buildkite»  ⟦slack|Slack webhook in a Buildkite step⟧
"""),
    ("mobile/gullwing-ios/fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  lane :release do
    app_store_connect_api_key(
      key_id: "«asc:gullwing»",  ⟪App Store Connect key id⟫
      issuer_id: "«uuid:ascissuer»",
      key_content: ENV["ASC_KEY_P8"],  ⟪ENV reference⟫
    )
    match(type: "appstore", readonly: true)
    build_app(scheme: "Gullwing", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Gullwing iOS uploaded", slack_url: "«slackhook:mobile»")  ⟦slack|Slack webhook in a Fastfile⟧
  end
end
"""),
    ("mobile/gullwing-ios/fastlane/Matchfile", r"""
git_url("https://github.com/corvane-hospitality/ios-certificates.git")
storage_mode("git")
type("appstore")
app_identifier(["com.corvane.gullwing", "com.corvane.gullwing.widget"])
username("mobile-release@corvane-hotels.com")
git_basic_authorization("«basic:matchgit»")  ⟦password-b64|base64 basic auth in a Matchfile⟧
"""),
    ("mobile/gullwing-ios/fastlane/Appfile", r"""
app_identifier("com.corvane.gullwing")
apple_id("mobile-release@corvane-hotels.com")
itc_team_id("«num:9-itcteam»")  ⟪team id⟫
team_id("«up:10-teamid»")  ⟪team id⟫
"""),
    ("mobile/gullwing-ios/fastlane/.env.default", r"""
FASTLANE_USER=mobile-release@corvane-hotels.com
FASTLANE_PASSWORD=«pwc:appleid»  ⟦password|Apple ID password in a fastlane .env⟧
FASTLANE_SESSION=
"""),
    ("mobile/staff-app/eas.json", r"""
{
  "cli": {"version": ">= 12.0.0"},
  "build": {
    "production": {
      "env": {
        "EXPO_PUBLIC_API_URL": "https://staff-api.corvane-hotels.com",
        "SENTRY_AUTH_TOKEN": "sntrys_«b64k:96-sntrysstaff»",  ⟦sentry|Sentry token in eas.json env⟧
        "EXPO_PUBLIC_SENTRY_DSN": "«sentrynew:staff»"  ⟪modern Sentry DSN⟫
      }
    }
  },
  "submit": {
    "production": {
      "android": {"serviceAccountKeyPath": "./play-service-account.json", "track": "internal"},
      "ios": {"ascAppId": "«num:10-ascapp»", "appleTeamId": "«up:10-teamid»"}  ⟪app and team ids⟫
    }
  }
}
"""),
    ("mobile/gullwing-android/bitrise.yml", r"""
format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
app:
  envs:
    - GRADLE_BUILD_FILE_PATH: build.gradle.kts
    - BITRISEIO_ANDROID_KEYSTORE_PASSWORD: «pwl:androidks»  ⟦password|keystore password in bitrise.yml app env⟧
      opts: {is_expand: false}
    - BITRISEIO_ANDROID_KEYSTORE_ALIAS: gullwing-release
workflows:
  deploy:
    steps:
      - android-build@1: {inputs: [{variant: release}]}
      - sign-apk@1: {}
      - google-play-deploy@3:
          inputs:
            - service_account_json_key_path: $BITRISEIO_SERVICE_ACCOUNT_JSON_KEY_URL  ⟪env reference⟫
            - package_name: com.corvane.gullwing
"""),
    ("ansible/group_vars/backoffice_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: CORVANE\svc-ansible
ansible_password: «pwn:svcansible»  ⟦password|WinRM password in group_vars⟧
sage_sql_sa_password: "«pwc:sagesa»"  ⟦password|SQL Server sa password in group_vars⟧
opera_client_share: \\algv-fs01\OperaClient
"""),
    ("ansible/group_vars/property_linux/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-vault1»  ⟪ansible-vault body⟫
«hex:64-vault2»
«hex:64-vault3»
"""),
    ("ansible/roles/freeradius/defaults/main.yml", r"""
radius_clients:
  - name: nomadix-algv
    ipaddr: 10.61.1.2
    secret: "{{ vault_radius_secret_algv }}"  ⟪vault variable⟫
  - name: nomadix-miab
    ipaddr: 10.72.1.2
    secret: "«wifipsk:radmiab»"  ⟦password|RADIUS client secret in role defaults⟧
radius_sql_password: "{{ lookup('amazon.aws.aws_secret', 'harborlink/radius-db') }}"  ⟪lookup⟫
"""),
    ("ansible/roles/fortigate/tasks/main.yml", r"""
- name: Configure admin for the MSP
  fortinet.fortios.fortios_system_admin:
    vdom: root
    state: present
    system_admin:
      name: brightpath-msp
      accprofile: super_admin
      password: "«pw:fgtmsp»"  ⟦password|FortiGate admin password in an Ansible task⟧
      trusthost1: 203.0.113.0 255.255.255.0
"""),
    ("packer/backoffice-win2022.pkr.hcl", r"""
source "amazon-ebs" "backoffice" {
  region         = "eu-west-1"
  instance_type  = "t3.large"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwin»"  ⟦password|Packer WinRM password⟧
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data_file = "./bootstrap_win.txt"
}

build {
  sources = ["source.amazon-ebs.backoffice"]
  provisioner "powershell" {
    inline = ["choco install -y 7zip sql-server-management-studio"]
  }
}
"""),
    ("chef/property-linux/attributes/default.rb", r"""
default['corvane']['property_code'] = 'SNTR'
default['corvane']['ntp_servers'] = %w(10.80.0.1 10.80.0.2)
default['corvane']['snmp']['community'] = '«lo:12-snmpsntr»'  ⟦password|SNMP community in Chef attributes⟧
default['corvane']['zabbix']['psk'] = '«hex:64-zabbixpsk»'  ⟦app-secret|Zabbix agent PSK in Chef attributes⟧
default['corvane']['zabbix']['psk_identity'] = 'PSK-SNTR-01'
"""),
    ("salt/pillar/property/crte.sls", r"""
property:
  code: CRTE
  name: Corvane Chania Bay
ifc8:
  host: 10.90.10.25
  opera_user: IFC8_CRTE
  opera_password: «pw6:ifc8crte»  ⟦password|OPERA IFC8 password in a Salt pillar⟧
telkonet:
  api_token: {{ salt['vault'].read_secret('property/crte/telkonet')['token'] }}  ⟪Salt vault lookup⟫
"""),
    ("vagrant/opera-lab/Vagrantfile", r"""
Vagrant.configure("2") do |config|
  config.vm.box = "gusztavvargadr/windows-server-2022-standard"
  config.vm.communicator = "winrm"
  config.winrm.username = "vagrant"
  config.winrm.password = "vagrant"  ⟪Vagrant box default⟫
  config.vm.provision "shell", inline: <<-SHELL
    net user opera_lab «pwp:operalab» /add  ⟦password|net user password in a Vagrantfile provisioner⟧
  SHELL
end
"""),
    ("deploy/systemd/fias-listener.service", r"""
[Unit]
Description=FIAS listener (OPERA 5 interface) for the Algarve property
After=network-online.target

[Service]
User=fias
Environment=FIAS_HOST=10.61.10.20
Environment=FIAS_PORT=5010
Environment="FIAS_PASSWORD=«pw6:fiasifc»"  ⟦password|password in a systemd Environment line⟧
ExecStart=/opt/fias-listener/bin/fias-listener --config /etc/fias-listener.yml
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/nomad/vouchers.nomad.hcl", r"""
job "vouchers" {
  datacenters = ["algv"]
  group "api" {
    task "api" {
      driver = "docker"
      config { image = "861530294472.dkr.ecr.eu-west-1.amazonaws.com/harborlink/vouchers:4.8.0" }
      template {
        data        = <<EOH
DB_PASSWORD={{ with secret "kv/harborlink/db" }}{{ .Data.data.password }}{{ end }}  ⟪Nomad Vault template⟫
EOH
        destination = "secrets/env"
        env         = true
      }
      env {
        PRINTER_API_KEY = "«b62:24-printerapi»"  ⟦app-secret|API key in a Nomad env stanza⟧
      }
    }
  }
}
"""),
]
