"""fresh16 templates, deployment and CI (Quayline Fresh): Kubernetes, kustomize, Helm, Argo CD, compose,
Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Bitbucket, CircleCI, Azure Pipelines, Buildkite, Drone, Tekton,
fastlane, Ansible, Packer, Chef, Salt, Nomad, systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/cartwheel/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: cartwheel-env
  namespace: cartwheel
type: Opaque
data:
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:cartwheelk8s»  ⟦aws-b64|base64 key id in a Secret data field⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:cartwheelk8s»  ⟦aws-b64|base64 secret in a Secret data field⟧
  ORDERS_DB_PASSWORD: «b64:pwc:ordersdb»  ⟦password-b64|base64 database password in a Secret⟧
"""),
    ("deploy/k8s/cartwheel/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cartwheel
  namespace: cartwheel
spec:
  replicas: 6
  selector:
    matchLabels: {app: cartwheel}
  template:
    metadata:
      labels: {app: cartwheel}
    spec:
      serviceAccountName: cartwheel
      containers:
        - name: cartwheel
          image: 905361728414.dkr.ecr.us-east-1.amazonaws.com/cartwheel/api@sha256:«sha256:cwimg»  ⟪image digest⟫
          env:
            - name: SPRING_PROFILES_ACTIVE
              value: prod
            - name: ORDERS_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: cartwheel-env, key: ORDERS_DB_PASSWORD}  ⟪secretKeyRef⟫
            - name: SLOT_SERVICE_TOKEN
              value: «b62:40-slottoken»  ⟦app-secret|slot service token literal in a Deployment env⟧
            - name: LD_SDK_KEY
              value: «ldsdk:cartwheel»  ⟦app-secret|LaunchDarkly server SDK key in a Deployment⟧
"""),
    ("deploy/k8s/pantry-web/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: pantry-web
  namespace: storefront
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets, kind: ClusterSecretStore}
  target: {name: pantry-web}
  data:
    - secretKey: NEXTAUTH_SECRET
      remoteRef: {key: pantry-web/nextauth, property: secret}  ⟪remoteRef⟫
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: quaypay/stripe, property: secret_key}
"""),
    ("deploy/k8s/pantry-web/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: pantry-web-config
  namespace: storefront
data:
  NEXT_PUBLIC_STRIPE_PK: «pk:web»  ⟪Stripe publishable key⟫
  NEXT_PUBLIC_MAPBOX_TOKEN: «mbpk:web»  ⟪Mapbox public token⟫
  NEXT_PUBLIC_LD_CLIENT_ID: «hex:24-ldclient»  ⟪LaunchDarkly client-side id⟫
  NEXT_PUBLIC_SENTRY_DSN: «sentrynew:pantryweb»  ⟪modern Sentry DSN⟫
  SEGMENT_SERVER_WRITE_KEY: «segment:pantryserver»  ⟦app-secret|Segment server write key in a ConfigMap⟧
"""),
    ("deploy/k8s/pickpath/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pickpath-soti
  namespace: pickpath
spec:
  encryptedData:
    SOTI_CLIENT_SECRET: «sealed:soti»  ⟪SealedSecret blob⟫
    SOTI_PASSWORD: «sealed:sotipw»
"""),
    ("deploy/k8s/coldwatch/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: probe-battery-report
  namespace: coldwatch
spec:
  schedule: "0 5 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: 905361728414.dkr.ecr.us-east-2.amazonaws.com/coldwatch/tools:1.9.0
              args:
                - --tts-url=https://quayline.nam1.cloud.thethings.industries
                - --tts-key=«tts:battery»  ⟦app-secret|The Things Stack key in CronJob args⟧
                - --smtp-password=$(SMTP_PASSWORD)  ⟪env substitution⟫
"""),
    ("deploy/k8s/registry/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: pickpath
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:pickpath»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/k8s/lanes/secret-stringdata.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lanes-partners
  namespace: lanes
type: Opaque
stringData:
  UBER_DIRECT_CLIENT_SECRET: «okx:40-ubersec»  ⟦app-secret|Uber Direct client secret in stringData⟧
  SAMSARA_API_TOKEN: «samsara:fleet»  ⟦app-secret|Samsara token in stringData⟧
  ONFLEET_API_KEY: ""  ⟪empty value⟫
"""),
    ("deploy/kustomize/stallboard/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: stallboard
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: stallboard-shopify
    literals:
      - SHOPIFY_ADMIN_TOKEN=«shpat:stallboard»  ⟦shopify|Shopify admin token in a secretGenerator literal⟧
      - SHOPIFY_SHOP=quayline-marketplace.myshopify.com
  - name: stallboard-db
    envs:
      - db.env
images:
  - name: stallboard
    newName: 905361728414.dkr.ecr.us-east-1.amazonaws.com/stallboard/web
    newTag: 2026.12.1
"""),
    ("deploy/kustomize/stallboard/db.env", r"""
SELLER_DB_HOST=stallboard.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com
SELLER_DB_USER=stallboard
SELLER_DB_PASSWORD=«pwn:sellerdb»  ⟦password|kustomize env file password⟧
"""),
    ("deploy/helm/cartwheel/values-prod.yaml", r"""
image:
  repository: 905361728414.dkr.ecr.us-east-1.amazonaws.com/cartwheel/api
  tag: 2026.12.3
replicaCount: 6
externalDatabase:
  host: cartwheel.cluster-cq8w2kz1xn4r.us-east-1.rds.amazonaws.com
  user: cartwheel_app
  password: «pwx:cartwheelapp»  ⟦password|Helm values database password⟧
  existingSecret: ""  ⟪empty existingSecret⟫
rabbitmq:
  auth:
    username: cartwheel
    password: «pw:cwrabbit»  ⟦password|Helm RabbitMQ password, season + year⟧
    erlangCookie: «up:32-erlang»  ⟦app-secret|RabbitMQ Erlang cookie in Helm values⟧
resources:
  requests: {cpu: 500m, memory: 1Gi}
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: datadoghq.com
  apiKeyExistingSecret: datadog-keys  ⟪existing secret reference⟫
  appKey: «ddapp:helm»  ⟦datadog|Datadog application key in Helm values⟧
  clusterName: qlf-fulfilment
  logs:
    enabled: true
clusterAgent:
  token: «b62:32-ddcatoken»  ⟦app-secret|Datadog cluster agent token in Helm values⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key in Helm values⟧
fernetKey: «fernet:airflow»  ⟦app-secret|Airflow Fernet key in Helm values⟧
data:
  metadataConnection:
    user: airflow
    pass: «pwp:airflowmeta»  ⟦password|Airflow metadata DB password in Helm values⟧
    host: airflow-meta.cluster-c2k8w1qz7nxa.us-east-1.rds.amazonaws.com
    db: airflow
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪chart default⟫
"""),
    ("deploy/helm/grafana/values-coldwatch.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafanacold»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: coldwatch-influx
        type: influxdb
        url: http://influxdb.coldwatch:8086
        secureJsonData:
          token: «urlsafe:64-influx»  ⟦app-secret|InfluxDB token in Grafana provisioning⟧
      - name: athena
        type: grafana-athena-datasource
        jsonData:
          authType: default
          defaultRegion: us-east-2
"""),
    ("deploy/argocd/apps/dockside.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: dockside
  namespace: argocd
spec:
  project: fulfilment
  source:
    repoURL: https://github.com/quaylinefresh/dockside-deploy.git
    targetRevision: main
    path: chart
    helm:
      parameters:
        - name: manh.clientSecret
          value: «okx:36-manhdock»  ⟦app-secret|Manhattan client secret as an Argo CD Helm parameter⟧
        - name: autostore.host
          value: 10.40.8.10
  destination:
    server: https://kubernetes.default.svc
    namespace: dockside
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-dockside-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/quaylinefresh/dockside-deploy.git
  username: qlf-argocd
  password: «ghp:argocd»  ⟦github|GitHub token as an Argo CD repository password⟧
"""),
    ("deploy/compose/darkstore-edge/docker-compose.yml", r"""
services:
  autostore-bridge:
    image: 905361728414.dkr.ecr.us-east-2.amazonaws.com/dockside/autostore-bridge:3.8.1
    environment:
      AUTOSTORE_HOST: 10.40.8.10
      AUTOSTORE_PASSWORD: «pw6:autostore»  ⟦password|AutoStore interface password in compose⟧
      MQTT_URL: mqtts://edge-bridge:«pwr:edgemqtt»@mqtt.ewr-cfc.quayline.local:8883  ⟦conn-string|MQTT URL with a password⟧
  label-printer:
    image: 905361728414.dkr.ecr.us-east-2.amazonaws.com/dockside/zpl-spooler:1.4.0
    environment:
      PRINTNODE_API_KEY: ${PRINTNODE_API_KEY}  ⟪variable reference⟫
  mosquitto:
    image: eclipse-mosquitto:2.0.18
    volumes:
      - ./mosquitto:/mosquitto/config
"""),
    ("deploy/compose/coldwatch-local/docker-compose.yml", r"""
services:
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: coldwatch
      DOCKER_INFLUXDB_INIT_PASSWORD: coldwatch  ⟪local default, password equals user⟫
      DOCKER_INFLUXDB_INIT_ORG: quayline
      DOCKER_INFLUXDB_INIT_BUCKET: probes
  chirpstack:
    image: chirpstack/chirpstack:4
    env_file: .env
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
"""),
    ("deploy/compose/coldwatch-local/.env", r"""
CHIRPSTACK_API_SECRET=«b64k:32-chirpsecret»  ⟦app-secret|ChirpStack API secret in a compose .env⟧
CHIRPSTACK_POSTGRES_DSN=postgres://chirpstack:chirpstack@postgres/chirpstack?sslmode=disable  ⟪local default DSN⟫
TTS_API_KEY=«docs:ttnplaceholder»  ⟪X-filled placeholder key⟫
"""),
    ("deploy/compose/edi/docker-compose.yml", r"""
services:
  openas2:
    image: openas2/openas2:3.10.0
    environment:
      OPENAS2_KEYSTORE_PASSWORD: «pwx:as2keystore»  ⟦password|AS2 keystore password in compose⟧
    volumes:
      - ./config:/opt/openas2/config
  edi-translator:
    image: 905361728414.dkr.ecr.us-east-2.amazonaws.com/manifest/translator:5.2.0
    environment:
      SPS_VAN_USER: QLFRESH01
      SPS_VAN_PASSWORD: «pw6:spsvan»  ⟦password|VAN mailbox password in compose⟧
"""),
    ("deploy/docker/dockside.Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG NEXUS_USER=ci
ARG NEXUS_PASSWORD=«pwc:nexus»  ⟦password|Nexus password as a Dockerfile ARG default⟧
WORKDIR /app
COPY build/libs/dockside-bridge.jar app.jar
ENV AUTOSTORE_PORT=7010 \
    LOG_FORMAT=json
ENTRYPOINT ["java", "-jar", "app.jar"]
"""),
    ("deploy/docker/coldwatch-tools.Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /srv
COPY requirements.txt .
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt  ⟪BuildKit secret mount⟫
COPY coldwatch coldwatch
ENV TTS_API_KEY=«tts:tools»  ⟦app-secret|The Things Stack key baked into a Dockerfile ENV⟧
CMD ["python", "-m", "coldwatch.report"]
"""),
    ("deploy/docker/pantry-web.Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json .npmrc ./
RUN echo "//npm.pkg.github.com/:_authToken=«ghp:npmbuild»" >> .npmrc && npm ci  ⟦github|GitHub token written into .npmrc in a Dockerfile⟧
COPY . .
RUN npm run build

FROM node:20-alpine
WORKDIR /app
COPY --from=build /app/.next ./.next
CMD ["npm", "start"]
"""),
    (".github/workflows/pantry-web.yml", r"""
name: pantry-web
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    env:
      NEXT_PUBLIC_ALGOLIA_APP_ID: «up:10-algoliaapp»
      SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}  ⟪secrets reference⟫
      CYPRESS_RECORD_KEY: «uuid:cypress»  ⟦app-secret|Cypress record key literal in a workflow⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::905361728414:role/gha-pantry-web  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: npm ci && npm run build
      - run: npx cypress run --record
"""),
    (".github/workflows/android-release.yml", r"""
name: android-release
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: {distribution: temurin, java-version: '17'}
      - name: decode keystore
        run: echo "${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > app/upload.jks
      - name: bundle
        env:
          KEYSTORE_PASSWORD: «pwx:androidks»  ⟦password|keystore password literal in a workflow⟧
          KEY_ALIAS: quayline-upload
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
        run: ./gradlew bundleRelease
"""),
    (".github/workflows/edi-smoke.yml", r"""
name: edi-smoke
on:
  schedule:
    - cron: '15 11 * * 1-5'
jobs:
  smoke:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: send a 997 to the SPS sandbox
        run: |
          curl -sf -u QLFRESH01:«pw6:spsvan» https://sftp.spscommerce.net/ping  ⟦password|VAN password in a curl -u⟧
          python tools/edi_roundtrip.py --partner HVDAIRY
        env:
          AWS_ACCESS_KEY_ID: «akid:edismoke»  ⟦aws-key-id|key id literal in a workflow env⟧
          AWS_SECRET_ACCESS_KEY: «awssec:edismoke»  ⟦aws-secret|secret literal in a workflow env⟧
          AWS_DEFAULT_REGION: us-east-2
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_HOST_URL: https://sonar.quayline.local
  SONAR_TOKEN: «sqp:gitlab»  ⟦sonarqube|SonarQube token in GitLab CI variables⟧
build:
  stage: build
  image: gradle:8.8-jdk21
  script:
    - gradle build sonar -Dsonar.token=$SONAR_TOKEN  ⟪variable reference⟫
deploy:
  stage: deploy
  image: registry.gitlab.com/gitlab-org/cloud-deploy/aws-base:latest
  script:
    - aws ecs update-service --cluster fulfilment --service dockside --force-new-deployment
  variables:
    AWS_DEFAULT_REGION: us-east-2
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'linux' }
  environment {
    NEXUS = credentials('nexus-ci')  ⟪Jenkins credentials()⟫
    SCALE_FTP_PASSWORD = '«pw6:scaleftp»'  ⟦password|scale FTP password literal in a Jenkinsfile⟧
  }
  stages {
    stage('build') {
      steps { sh './gradlew build' }
    }
    stage('push PLU files') {
      steps {
        sh 'lftp -u plusync,$SCALE_FTP_PASSWORD ftp://q101-ctl01 -e "mirror -R out/plu /plu; bye"'
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
          <id>nexus-ci</id>
          <username>ci</username>
          <password>{«b64k:48-jenkinsenc»}</password>  ⟪Jenkins encrypted value⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("bitbucket-pipelines.yml", r"""
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: deploy manifest lambdas
          script:
            - pip install -r requirements.txt
            - export AWS_ACCESS_KEY_ID=«akid:bitbucket»  ⟦aws-key-id|key id exported in Bitbucket Pipelines⟧
            - export AWS_SECRET_ACCESS_KEY=«awssec:bitbucket»  ⟦aws-secret|secret exported in Bitbucket Pipelines⟧
            - sam deploy --no-confirm-changeset
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  node: circleci/node@5.2
jobs:
  ios-beta:
    macos:
      xcode: 15.4.0
    environment:
      MATCH_PASSWORD: «pp:match»  ⟦password|fastlane match passphrase in CircleCI environment⟧
      FASTLANE_USER: release@quaylinefresh.com
    steps:
      - checkout
      - run: bundle exec fastlane beta
workflows:
  release:
    jobs: [ios-beta]
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  - group: store-backoffice  ⟪variable group⟫
  - name: PosControllerUser
    value: qlf-deploy
  - name: PosControllerPassword
    value: «pwg:posdeploy»  ⟦password|Azure Pipelines variable with a literal password⟧
steps:
  - task: PowerShell@2
    inputs:
      targetType: inline
      script: |
        .\deploy\Push-PosPackage.ps1 -User $(PosControllerUser) -Password $(PosControllerPassword)  ⟪pipeline variable references⟫
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":android: picker app"
    command: ./gradlew :picker:assembleRelease
    env:
      ZEBRA_EMDK_LICENSE: «up:32-emdk»  ⟦?app-secret|Zebra EMDK licence key in Buildkite env⟧
      BUGSNAG_API_KEY: «hex:32-bugsnag»  ⟪Bugsnag notifier key, embedded in the app⟫
    plugins:
      - docker#v5.11.0:
          image: "905361728414.dkr.ecr.us-east-1.amazonaws.com/ci/android:34"
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: esl-pricing
steps:
  - name: build
    image: node:20
    commands:
      - npm ci && npm run build
  - name: deploy
    image: amazon/aws-cli:2.17.0
    environment:
      AWS_ACCESS_KEY_ID:
        from_secret: aws_access_key_id  ⟪Drone from_secret⟫
      AWS_SECRET_ACCESS_KEY:
        from_secret: aws_secret_access_key
    commands:
      - aws lambda update-function-code --function-name esl-price-push --zip-file fileb://dist/fn.zip
"""),
    ("deploy/tekton/pos-image-task.yaml", r"""
apiVersion: tekton.dev/v1
kind: Task
metadata:
  name: pos-image-build
spec:
  params:
    - name: store
      type: string
  steps:
    - name: build
      image: gcr.io/kaniko-project/executor:v1.23.0
      env:
        - name: REGISTRY_PASSWORD
          value: «pwp:harborpos»  ⟦password|registry password in a Tekton step⟧
      args: ["--destination=harbor.quayline.local/pos/agent:$(params.store)"]
"""),
    ("mobile/fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  lane :beta do
    app_store_connect_api_key(
      key_id: "«asc:ios»",  ⟪App Store Connect key id⟫
      issuer_id: "«uuid:ascissuer»",  ⟪issuer id⟫
      key_filepath: "./AuthKey.p8"
    )
    match(type: "appstore", readonly: true)
    build_app(scheme: "Quayline")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(slack_url: "«slackhook:iosrelease»")  ⟦slack|Slack webhook in a Fastfile⟧
  end
end
"""),
    ("mobile/fastlane/Matchfile", r"""
git_url("https://qlf-mobile:«ghp:match»@github.com/quaylinefresh/ios-certificates.git")  ⟦github|GitHub token in a Matchfile URL⟧
storage_mode("git")
type("appstore")
app_identifier(["com.quaylinefresh.app", "com.quaylinefresh.app.widgets"])
"""),
    ("ansible/group_vars/darkstores.yml", r"""
---
ansible_user: qlfops
ansible_become_password: «pwn:ansiblebecome»  ⟦password|become password in group_vars⟧
zebra_printer_admin_pin: "«pin:4-zebra»"  ⟦password|Zebra label printer admin PIN⟧
soti_agent_enrollment: "{{ vault_soti_enrollment }}"  ⟪vault variable reference⟫
mosquitto_users:
  - name: coldwatch
    password: "{{ lookup('amazon.aws.aws_secret', 'coldwatch/mqtt') }}"  ⟪secret lookup⟫
  - name: edge-bridge
    password: "«pwr:edgemqtt»"  ⟦password|MQTT user password in group_vars⟧
"""),
    ("ansible/group_vars/stores/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:40-av3»
"""),
    ("ansible/roles/scales/tasks/main.yml", r"""
---
- name: template the scale PLU sync config
  ansible.windows.win_template:
    src: plusync.ini.j2
    dest: C:\qlf\plusync.ini
- name: set the Mettler Toledo service password
  ansible.windows.win_service:
    name: MTPluSync
    username: QUAYLINE\svc-scales
    password: «pwp:scalesvc»  ⟦password|service account password in an Ansible task⟧
    state: started
"""),
    ("ansible/inventory/stores.ini", r"""
[store_controllers]
q101-ctl01 ansible_host=10.81.1.10
q102-ctl01 ansible_host=10.81.2.10

[store_controllers:vars]
ansible_connection=winrm
ansible_user=QUAYLINE\svc-ansible
ansible_password=«pwg:winrm»  ⟦password|WinRM password in an Ansible inventory⟧
ansible_winrm_transport=ntlm
"""),
    ("packer/store-controller.pkr.hcl", r"""
source "amazon-ebs" "controller" {
  region        = "us-east-1"
  instance_type = "t3.large"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwg:packerwinrm»"  ⟦password|Packer WinRM password⟧
  user_data_file = "bootstrap.ps1"
}

build {
  sources = ["source.amazon-ebs.controller"]
  provisioner "powershell" {
    environment_vars = ["POS_VENDOR_TOKEN=${var.pos_vendor_token}"]  ⟪variable reference⟫
    script           = "install-pos.ps1"
  }
}
"""),
    ("chef/cookbooks/pos_lane/attributes/default.rb", r"""
default['pos_lane']['controller'] = '10.81.1.10'
default['pos_lane']['eps']['host'] = 'eps.quayline.local'
default['pos_lane']['eps']['merchant'] = 'QLF-MARKET'
default['pos_lane']['eps']['terminal_key'] = '«uhex:32-epskey»'  ⟦app-secret|EPS terminal key in Chef attributes⟧
default['pos_lane']['manager_override_pin'] = '«pin:6-mgrpin»'  ⟦password|POS manager override PIN in Chef attributes⟧
default['pos_lane']['db_password'] = data_bag_item('pos', 'lane')['db_password']  ⟪data bag lookup⟫
"""),
    ("salt/pillar/coldwatch.sls", r"""
coldwatch:
  danfoss:
    user: qlfsvc
    password: «pwg:danfoss»  ⟦password|refrigeration controller password in a Salt pillar⟧
  influx_token: {{ salt['vault'].read_secret('secret/coldwatch/influx')['token'] }}  ⟪Salt vault lookup⟫
"""),
    ("nomad/edi-translator.nomad.hcl", r"""
job "edi-translator" {
  datacenters = ["ewr-cfc"]
  group "translator" {
    task "translator" {
      driver = "docker"
      config {
        image = "905361728414.dkr.ecr.us-east-2.amazonaws.com/manifest/translator:5.2.0"
      }
      template {
        data        = <<EOH
SPS_VAN_PASSWORD={{ with secret "kv/data/edi/sps" }}{{ .Data.data.password }}{{ end }}
EOH
        destination = "secrets/env"
        env         = true
      }
      env {
        ISA_SECURITY_PASSWORD = "«isa:nomadisa»"  ⟦password|X12 ISA04 security password in a Nomad job⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/autostore-bridge.service", r"""
[Unit]
Description=AutoStore interface bridge (dockside)
After=network-online.target

[Service]
User=dockside
Environment=AUTOSTORE_HOST=10.40.8.10
Environment=AUTOSTORE_PASSWORD=«pw6:autostore»  ⟦password|AutoStore password in a systemd unit⟧
Environment=AWS_REGION=us-east-2
ExecStart=/opt/dockside/bin/autostore-bridge
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/helm/mosquitto/values.yaml", r"""
image:
  tag: 2.0.18
auth:
  enabled: true
  users:
    - username: coldwatch
      passwordHash: $7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto PBKDF2 hash⟫
    - username: picker-gw
      password: «pwl:pickergw»  ⟦password|MQTT user password in Helm values⟧
"""),
]
