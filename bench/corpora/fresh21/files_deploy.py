"""fresh21 templates, deployment and CI (Kestrel Valley Communications): Kubernetes manifests, kustomize, Helm
values, Argo CD, compose, Dockerfiles, CI files of many systems (GitHub Actions, GitLab CI, Jenkins, Bitbucket,
CircleCI, Azure Pipelines, Buildkite, Drone, Woodpecker, TeamCity), Ansible for network gear, Packer, Nomad,
systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/switchyard/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: usp-controller
  namespace: switchyard
type: Opaque
data:
  MQTT_PASSWORD: «b64:pwx:uspmqtt»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:uspk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:uspk8s»  ⟦aws-b64|base64 secret in a Secret⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: calix-smx
  namespace: switchyard
stringData:
  username: switchyard
  password: «pwx:smxapi»  ⟦password|stringData password⟧
"""),
    ("deploy/k8s/switchyard/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: usp-controller
  namespace: switchyard
spec:
  replicas: 3
  selector:
    matchLabels: {app: usp-controller}
  template:
    metadata:
      labels: {app: usp-controller}
    spec:
      serviceAccountName: usp-controller
      containers:
        - name: controller
          image: 562948170323.dkr.ecr.us-east-2.amazonaws.com/switchyard/usp-controller:1.8.2
          env:
            - name: MQTT_BROKER
              value: ssl://usp-mqtt.kvc.local:8883
            - name: MQTT_PASSWORD
              valueFrom:
                secretKeyRef: {name: usp-controller, key: MQTT_PASSWORD}  ⟪secretKeyRef⟫
            - name: ADTRAN_MOSAIC_API_KEY
              value: «b62:36-mosaic»  ⟦app-secret|Adtran Mosaic API key in a Deployment env⟧
            - name: USP_CONTROLLER_ENDPOINT_ID
              value: proto::kvc-controller-01
"""),
    ("deploy/k8s/switchyard/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: genieacs-ext
  namespace: switchyard
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secretsmanager, kind: ClusterSecretStore}
  target: {name: genieacs-ext}
  data:
    - secretKey: calix-token
      remoteRef: {key: switchyard/calix-smx, property: token}  ⟪remoteRef⟫
    - secretKey: nokia-altiplano
      remoteRef: {key: switchyard/altiplano, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/roost/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: roost-web
  namespace: roost
data:
  NEXT_PUBLIC_FIREBASE_API_KEY: «aiza:roostweb»  ⟪Firebase web key, public⟫
  NEXT_PUBLIC_CONVIVA_CUSTOMER_KEY: «hex:40-convivapub»  ⟪Conviva customer key, ships in the player⟫
  NEXT_PUBLIC_SENTRY_DSN: «sentrynew:roostweb»  ⟪modern Sentry DSN⟫
  EPG_CACHE_TTL: "300"
  VERIMATRIX_API_PASSWORD: «pw6:vcas»  ⟦password|Verimatrix password in a ConfigMap⟧
"""),
    ("deploy/k8s/roost/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: roost-web
  namespace: roost
spec:
  encryptedData:
    NEXTAUTH_SECRET: «sealed:roostnextauth»  ⟪SealedSecret blob⟫
    GRACENOTE_API_KEY: «sealed:roostgracenote»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/noc/oxidized-cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: netbox-sync
  namespace: noc
spec:
  schedule: "*/30 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 562948170323.dkr.ecr.us-east-2.amazonaws.com/noc/netbox-sync:0.9.1
              args:
                - --netbox=https://netbox.kvc.local
                - --token=«netbox:sync»  ⟦app-secret|NetBox token in CronJob args⟧
                - --librenms-db=mysql://librenms:«pct:pwn:librenmsdb»@librenms-db.kvc.local/librenms  ⟦conn-string|MySQL URL with password in CronJob args⟧
"""),
    ("deploy/k8s/noc/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: noc
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:noc»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""),
    ("deploy/k8s/perch/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: perch
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: perch-api
    literals:
      - BRAINTREE_ACCESS_TOKEN=«btat:perchapp»  ⟦app-secret|Braintree access token in a secretGenerator literal⟧
      - BRAINTREE_MERCHANT_ID=«lo:16-btmerchant»  ⟪Braintree merchant id⟫
    envs:
      - perch.env
"""),
    ("deploy/k8s/perch/perch.env", r"""
NEXTAUTH_URL=https://my.kestrelnet.net
NEXTAUTH_SECRET=«b64k:32-perchnextauth»  ⟦app-secret|NextAuth secret in a kustomize env file⟧
HUBSPOT_TOKEN=«hubspot:perch»  ⟦app-secret|HubSpot private app token in a kustomize env file⟧
USPS_USER_ID=«up:12-uspsid»  ⟪USPS Web Tools user id⟫
"""),
    ("deploy/k8s/aaa/diameter-gw.yaml", r"""
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: diameter-gw
  namespace: aaa
spec:
  serviceName: diameter-gw
  replicas: 2
  selector: {matchLabels: {app: diameter-gw}}
  template:
    metadata: {labels: {app: diameter-gw}}
    spec:
      containers:
        - name: fd
          image: 562948170323.dkr.ecr.us-east-2.amazonaws.com/aaa/freediameter:1.5.0
          env:
            - name: FD_IDENTITY
              value: dra1.aaa.kestrelnet.net
            - name: PCRF_DB_DSN
              value: "Server=pcrf-db.kvc.local;Database=pcrf;User Id=pcrf_app;Password=«pwr:pcrfdb»;"  ⟦conn-string|SQL Server connection string with password in env⟧
          volumeMounts:
            - {name: tls, mountPath: /etc/freeDiameter/tls, readOnly: true}
      volumes:
        - name: tls
          secret: {secretName: diameter-tls}  ⟪secret volume reference⟫
"""),
    ("deploy/helm/genieacs/values-prod.yaml", r"""
image:
  repository: 562948170323.dkr.ecr.us-east-2.amazonaws.com/switchyard/genieacs
  tag: 1.2.13
mongodb:
  enabled: false
externalMongodb:
  uri: mongodb://genieacs:«pct:pwn:acsmongo»@docdb-acs.cluster-cq1w7x3k9z2m.us-east-2.docdb.amazonaws.com:27017/genieacs  ⟦conn-string|Mongo URI with password in Helm values⟧
ui:
  adminUser: admin
  adminPassword: «pwp:acsadmin»  ⟦password|GenieACS admin password in Helm values⟧
cwmp:
  auth:
    username: cpe
    password: «pwc:cwmpauth»  ⟦password|ACS CWMP basic-auth password for CPEs in Helm values⟧
"""),
    ("deploy/helm/librenms/values.yaml", r"""
librenms:
  appKey: «laravel:librenms»  ⟦app-secret|LibreNMS (Laravel) APP_KEY in Helm values⟧
  snmp:
    communities:
      - «community:librenms»  ⟦password|SNMP community in Helm values⟧
      - public  ⟪SNMP default community⟫
mysql:
  auth:
    existingSecret: librenms-mysql  ⟪existingSecret⟫
rrdcached:
  enabled: true
"""),
    ("deploy/helm/grafana-noc/values.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafananoc»  ⟦password|Grafana admin password in Helm values⟧
grafana.ini:
  auth.generic_oauth:
    enabled: true
    client_id: «uuid:grafanaoauthid»  ⟪OAuth client id⟫
    client_secret: «azad:grafananoc»  ⟦azure-ad|Entra client secret in Grafana Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: Zabbix
        type: alexanderzobnin-zabbix-datasource
        url: https://zabbix.kvc.local/api_jsonrpc.php
        jsonData: {username: grafana}
        secureJsonData:
          password: $__file{/etc/secrets/zabbix-password}  ⟪file reference⟫
"""),
    ("deploy/helm/perch/values-prod.yaml", r"""
replicaCount: 4
env:
  STRIPE_PUBLISHABLE_KEY: «pk:perchweb»  ⟪Stripe publishable key⟫
  STRIPE_SECRET_KEY: «sk:perch»  ⟦stripe|Stripe live secret key in Helm values⟧
  SEGMENT_WRITE_KEY: «segment:perchsrv»  ⟦app-secret|Segment server write key in Helm values⟧
  DD_API_KEY:
    secretKeyRef: {name: datadog, key: api-key}  ⟪secretKeyRef⟫
ingress:
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:us-east-2:418270395561:certificate/«uuid:acmperch»  ⟪ACM ARN⟫
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: datadoghq.com
  apiKey: «ddapi:helm»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:helm»  ⟦datadog|Datadog app key in Helm values⟧
  clusterName: kvc-network-prod
  logs:
    enabled: true
"""),
    ("deploy/argocd/apps/ledgerline.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: ledgerline
  namespace: argocd
spec:
  project: bss
  source:
    repoURL: https://github.com/kestrelnet/ledgerline-deploy.git
    targetRevision: main
    path: chart
    helm:
      parameters:
        - name: db.password
          value: «pwx:ledgerapp»  ⟦password|Argo CD Helm parameter password⟧
        - name: suretax.validationKey
          value: «uuid:suretax»  ⟦app-secret|SureTax key as an Argo CD Helm parameter⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: ledgerline
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-network-configs
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.kvc.local/noc/network-configs.git
  username: argocd
  password: «glpat:argocd»  ⟦gitlab|GitLab token as an Argo CD repository password⟧
"""),
    ("deploy/compose/genieacs/docker-compose.yml", r"""
services:
  mongo:
    image: mongo:7.0
    environment:
      MONGO_INITDB_ROOT_USERNAME: root
      MONGO_INITDB_ROOT_PASSWORD: «pwp:acslabmongo»  ⟦password|Mongo root password in compose⟧
  genieacs:
    image: drumsergio/genieacs:1.2.13
    depends_on: [mongo]
    environment:
      GENIEACS_MONGODB_CONNECTION_URL: mongodb://root:«pct:pwp:acslabmongo»@mongo:27017/genieacs?authSource=admin  ⟦conn-string|Mongo URL with password in compose⟧
      GENIEACS_UI_JWT_SECRET: ${GENIEACS_UI_JWT_SECRET}  ⟪compose variable⟫
    ports: ["7547:7547", "7557:7557", "3000:3000"]
"""),
    ("deploy/compose/noc-lab/docker-compose.yml", r"""
services:
  librenms:
    image: librenms/librenms:24.10.1
    env_file: .env
    environment:
      DB_HOST: db
      DB_USER: librenms
      DB_PASSWORD: ${DB_PASSWORD}  ⟪compose variable⟫
  db:
    image: mariadb:10.11
    environment:
      MARIADB_ROOT_PASSWORD: «pwn:noclabroot»  ⟦password|MariaDB root password in compose⟧
      MARIADB_PASSWORD: ${DB_PASSWORD}
  oxidized:
    image: oxidized/oxidized:0.30.1
    environment:
      CONFIG_RELOAD_INTERVAL: 600
      OXIDIZED_DEVICE_PASSWORD: «pw6:oxidizeddev»  ⟦password|device login password for Oxidized in compose⟧
"""),
    ("deploy/compose/noc-lab/.env", r"""
DB_PASSWORD=«pwl:noclabdb»  ⟦password|compose .env database password⟧
TZ=America/Chicago
LIBRENMS_SNMP_COMMUNITY=«community:noclab»  ⟦password|SNMP community in a compose .env⟧
"""),
    ("deploy/compose/pbx-lab/docker-compose.yaml", r"""
services:
  freepbx:
    image: tiredofit/freepbx:16
    environment:
      DB_EMBEDDED: "FALSE"
      DB_HOST: pbxdb
      DB_USER: asterisk
      DB_PASS: «pwc:pbxlabdb»  ⟦password|FreePBX DB password in compose⟧
  pbxdb:
    image: mariadb:10.11
    environment:
      MYSQL_ROOT_PASSWORD: password  ⟪default-word local lab password⟫
      MYSQL_USER: asterisk
"""),
    ("deploy/docker/rater/Dockerfile", r"""
FROM 562948170323.dkr.ecr.us-east-2.amazonaws.com/base/temurin:21-jre@sha256:«sha256:raterbase»  ⟪image digest⟫
ARG ARTIFACTORY_USER=ci-ledgerline
ENV SPRING_PROFILES_ACTIVE=prod \
    SURETAX_URL=https://api.taxrating.net/Services/V07/SureTax.asmx
ENV SURETAX_VALIDATION_KEY=«uuid:suretax»  ⟦app-secret|SureTax key baked into a Dockerfile ENV⟧
COPY build/libs/rater.jar /app/rater.jar
ENTRYPOINT ["java", "-jar", "/app/rater.jar"]
"""),
    ("deploy/docker/docsis-builder/Dockerfile", r"""
FROM python:3.12-slim
RUN apt-get update && apt-get install -y --no-install-recommends docsis snmp && rm -rf /var/lib/apt/lists/*
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir -r /tmp/requirements.txt  ⟪BuildKit secret mount⟫
ENV PIP_INDEX_URL=https://ci-switchyard:«pct:pwx:artifactory»@artifactory.kvc.local/artifactory/api/pypi/pypi/simple  ⟦conn-string|index URL with a password in a Dockerfile⟧
COPY docsis/ /srv/docsis/
ENV DOCSIS_SHARED_SECRET=«pwx:cmtsshared»  ⟦password|DOCSIS shared secret in a Dockerfile ENV⟧
CMD ["python", "-m", "builder"]
"""),
    ("deploy/docker/stb-ota/Dockerfile", r"""
FROM nginx:1.27-alpine
COPY ota/ /usr/share/nginx/html/ota/
COPY nginx.conf /etc/nginx/nginx.conf
# basic auth for the OTA manifests, STBs send it from the firmware
RUN printf 'stb:%s\n' '«apr1:stbota»' > /etc/nginx/.htpasswd  ⟪apr1 hash⟫
"""),
    (".github/workflows/ledgerline-ci.yml", r"""
name: ledgerline-ci
on:
  push:
    branches: [main]
  pull_request:
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-latest
    services:
      postgres:
        image: postgres:15
        env:
          POSTGRES_PASSWORD: postgres  ⟪local CI default⟫
    env:
      SURETAX_VALIDATION_KEY: ${{ secrets.SURETAX_VALIDATION_KEY }}  ⟪secrets reference⟫
      ARTIFACTORY_TOKEN: «b62:64-artifactoryci»  ⟦app-secret|Artifactory token in a workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::562948170323:role/gha-ledgerline  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: ./gradlew build
"""),
    (".github/workflows/noc-configs-backup.yml", r"""
name: noc-configs-backup
on:
  schedule: [{cron: '0 6 * * *'}]
jobs:
  push:
    runs-on: [self-hosted, noc]
    steps:
      - uses: actions/checkout@v4
      - name: push to S3
        env:
          AWS_ACCESS_KEY_ID: «akid:nocbackup»  ⟦aws-key-id|key id in a workflow env⟧
          AWS_SECRET_ACCESS_KEY: «awssec:nocbackup»  ⟦aws-secret|secret in a workflow env⟧
          AWS_DEFAULT_REGION: us-east-2
        run: aws s3 sync configs/ s3://kvc-noc-config-archive/
      - name: notify
        run: |
          curl -s -X POST -H 'Content-type: application/json' --data '{"text":"configs archived"}' «slackhook:nocbackup»  ⟦slack|Slack webhook in a workflow run step⟧
"""),
    (".github/workflows/perch-release.yml", r"""
name: perch-release
on:
  workflow_dispatch:
jobs:
  mobile:
    runs-on: macos-14
    steps:
      - uses: actions/checkout@v4
      - run: npm ci
      - name: EAS build
        env:
          EXPO_TOKEN: ${{ secrets.EXPO_TOKEN }}  ⟪secrets reference⟫
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
        run: npx eas-cli build --platform all --non-interactive
      - name: upload sourcemaps
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}
        run: npx sentry-cli sourcemaps upload dist
"""),
    (".gitlab-ci.yml", r"""
stages: [lint, test, deploy]
variables:
  ANSIBLE_FORCE_COLOR: "1"
  NETBOX_URL: https://netbox.kvc.local
  NETBOX_TOKEN: «netbox:gitlabci»  ⟦app-secret|NetBox token in GitLab CI variables⟧
lint:
  stage: lint
  image: python:3.12
  script:
    - pip install ansible-lint
    - ansible-lint playbooks/
deploy-configs:
  stage: deploy
  image: 562948170323.dkr.ecr.us-east-2.amazonaws.com/noc/ansible:9
  script:
    - ansible-playbook -i inventories/prod playbooks/push-configs.yml --vault-password-file $VAULT_PASS_FILE  ⟪file variable reference⟫
  only: [main]
"""),
    ("Jenkinsfile", r"""
pipeline {
  agent { label 'bss-linux' }
  environment {
    ORBITAL_CREDS = credentials('chase-orbital')  ⟪Jenkins credentials()⟫
    ORBITAL_MERCHANT_ID = '«num:12-orbitalmid»'
    VERTEX_TRUSTED_ID = '«b62:24-vertex»'  ⟦app-secret|Vertex O Series trusted id in a Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps { sh './gradlew clean build' }
    }
    stage('Integration') {
      steps {
        sh 'psql "postgresql://ledger_it:«pct:pwp:ledgerit»@ledgerline-it.kvc.local:5432/ledgerline" -f it/seed.sql'  ⟦conn-string|PostgreSQL URL with password in a Jenkinsfile⟧
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
          <id>chase-orbital</id>
          <username>KVCORB01</username>
          <password>{«b64k:48-jenkinsenc»}</password>  ⟪Jenkins-encrypted value⟫
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
          name: deploy store-locator
          script:
            - npm ci
            - export AWS_ACCESS_KEY_ID=«akid:storelocator»  ⟦aws-key-id|key id exported in a Bitbucket step⟧
            - export AWS_SECRET_ACCESS_KEY=«awssec:storelocator»  ⟦aws-secret|secret exported in a Bitbucket step⟧
            - npx serverless deploy --stage prod
            - pipe: atlassian/slack-notify:2.2.0
              variables:
                WEBHOOK_URL: $SLACK_WEBHOOK  ⟪repository variable⟫
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  roost-android:
    docker:
      - image: cimg/android:2024.10
        auth:
          username: kestrelci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as an image auth password⟧
    environment:
      GRADLE_OPTS: -Xmx4g
      ROOST_UPLOAD_STORE_PASSWORD: «pwl:roostks»  ⟦password|keystore password in CircleCI environment⟧
    steps:
      - checkout
      - run: ./gradlew bundleOperatorRelease
workflows:
  build:
    jobs: [roost-android]
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  - group: care-desktop  ⟪variable group reference⟫
  - name: GENESYS_ENV
    value: usw2.pure.cloud
  - name: NICE_CXONE_ACCESS_KEY_SECRET
    value: «b62:48-cxone»  ⟦app-secret|NICE CXone access key secret in pipeline variables⟧
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      projects: src/CareDesktop/CareDesktop.csproj
  - powershell: |
      $pw = ConvertTo-SecureString '«pwc:careinstaller»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in a pipeline⟧
      Publish-Installer -Credential (New-Object PSCredential('kvc\svc-care-deploy', $pw))
"""),
    (".buildkite/pipeline.yml", r"""
env:
  BUILDKITE_PLUGIN_S3_CACHE_BUCKET: kvc-ci-cache
steps:
  - label: ":android: roost STB app"
    command: ./gradlew assembleOperatorRelease
    env:
      ROOST_SIGNING_KEY_PASSWORD: «pwl:roostkey»  ⟦password|signing key password in Buildkite env⟧
    plugins:
      - docker-login#v3.0.0:
          username: kestrelci
          password-env: DOCKER_LOGIN_PASSWORD  ⟪env variable name⟫
  - label: ":rocket: notify"
    command: "curl -H 'Authorization: Bearer «bkua:notify»' https://api.buildkite.com/v2/builds"  ⟦app-secret|Buildkite API token in a pipeline command⟧
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: docsis-builder
steps:
  - name: test
    image: python:3.12
    environment:
      DOCSIS_SHARED_SECRET:
        from_secret: docsis_shared_secret  ⟪from_secret reference⟫
    commands:
      - pip install -r requirements.txt
      - pytest -q
  - name: publish
    image: plugins/ecr
    settings:
      access_key: «akid:drone»  ⟦aws-key-id|key id in Drone plugin settings⟧
      secret_key: «awssec:drone»  ⟦aws-secret|secret in Drone plugin settings⟧
      repo: switchyard/docsis-builder
      registry: 562948170323.dkr.ecr.us-east-2.amazonaws.com
"""),
    (".woodpecker/noc-lint.yaml", r"""
when:
  - event: push
steps:
  - name: yamllint
    image: cytopia/yamllint
    commands: [yamllint -s .]
  - name: batfish
    image: batfish/allinone
    environment:
      BF_NETWORK: kvc-core
      GITLAB_TOKEN: «glpat:woodpecker»  ⟦gitlab|GitLab token in Woodpecker environment⟧
    commands: [python3 ci/batfish_check.py]
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*

version = "2024.03"

project {
    params {
        password("env.ORBITAL_PASSWORD", "credentialsJSON:«uuid:tcorbital»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.VERTEX_URL", "https://kestrelnet.ondemand.vertexinc.com")
        param("env.AVALARA_LICENSE_KEY", "«uhex:16-avalarastage»")  ⟦app-secret|Avalara licence key as a TeamCity param⟧
    }
}
"""),
    ("ansible/inventories/prod/group_vars/cmts.yml", r"""
ansible_network_os: cisco.ios.ios
ansible_connection: ansible.netcommon.network_cli
ansible_user: netops
ansible_password: «pwx:cmtsnetops»  ⟦password|ansible_password for the CMTS group⟧
ansible_become: true
ansible_become_method: enable
ansible_become_password: "{{ vault_cmts_enable }}"  ⟪vault variable⟫
docsis_shared_secret: «pwx:cmtsshared»  ⟦password|DOCSIS shared secret in group_vars⟧
"""),
    ("ansible/inventories/prod/group_vars/olt.yml", r"""
ansible_connection: ansible.netcommon.netconf
ansible_user: calix
ansible_password: "{{ lookup('amazon.aws.aws_secret', 'noc/olt-netconf') }}"  ⟪lookup()⟫
olt_snmp_community: «community:oltro»  ⟦password|SNMP community in group_vars⟧
olt_pppoe_test_profile: none
"""),
    ("ansible/inventories/prod/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-vault1»  ⟪ansible-vault body⟫
«hex:64-vault2»
«hex:64-vault3»
"""),
    ("ansible/roles/radius/defaults/main.yml", r"""
radius_listen: 0.0.0.0
radius_clients:
  - name: bng-core-1
    ipaddr: 10.40.0.11
    secret: «pwx:bngradius»  ⟦password|RADIUS client secret in role defaults⟧
  - name: wifi-ap-controller
    ipaddr: 10.44.2.5
    secret: testing123  ⟪FreeRADIUS documented default⟫
"""),
    ("ansible/roles/juniper-mx/tasks/main.yml", r"""
- name: BGP peer towards Cascadia Open Access
  junipernetworks.junos.junos_config:
    lines:
      - set protocols bgp group cascadia neighbor 169.254.41.2 authentication-key "«pwr:bgpcascadia»"  ⟦password|BGP MD5 authentication key in a Junos task⟧
      - set system login user netops authentication encrypted-password "«crypt6:mxnetops»"  ⟪sha512-crypt hash⟫
"""),
    ("ansible/playbooks/ont-wifi-reset.yml", r"""
- hosts: localhost
  gather_facts: false
  vars:
    acs_url: https://acs.kestrelnet.net:7557
    acs_user: ansible
    acs_password: «pwc:acsansible»  ⟦password|ACS API password in playbook vars⟧
  tasks:
    - name: push a new Wi-Fi key to the customer ONT
      ansible.builtin.uri:
        url: "{{ acs_url }}/devices/{{ device_id }}/tasks?connection_request"
        method: POST
        user: "{{ acs_user }}"
        password: "{{ acs_password }}"
        body_format: json
        body: {name: setParameterValues, parameterValues: [["InternetGatewayDevice.LANDevice.1.WLANConfiguration.1.KeyPassphrase", "{{ new_psk }}", "xsd:string"]]}
"""),
    ("packer/radius-ami.pkr.hcl", r"""
source "amazon-ebs" "radius" {
  region        = "us-east-2"
  instance_type = "c7g.large"
  source_ami_filter {
    filters = { name = "al2023-ami-*-arm64" }
    owners  = ["amazon"]
  }
  ssh_username = "ec2-user"
  ami_name     = "kvc-freeradius-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.radius"]
  provisioner "shell" {
    environment_vars = [
      "RADIUS_SQL_PASSWORD=«pwl:radiusdb»",  ⟦password|password in Packer environment_vars⟧
      "INSTALL_MONITORING=1",
    ]
    script = "scripts/install-freeradius.sh"
  }
}
"""),
    ("deploy/nomad/oxidized.nomad.hcl", r"""
job "oxidized" {
  datacenters = ["colo-dal"]
  group "oxidized" {
    task "oxidized" {
      driver = "docker"
      config {
        image = "oxidized/oxidized:0.30.1"
      }
      template {
        destination = "secrets/oxidized.env"
        env         = true
        data        = <<EOT
OXIDIZED_PASSWORD={{ with secret "kv/noc/oxidized" }}{{ .Data.data.password }}{{ end }}  ⟪Vault template⟫
EOT
      }
      env {
        OXIDIZED_ENABLE = "«pw6:oxidizedenable»"  ⟦password|enable password in a Nomad env block⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/kamailio-sync.service", r"""
[Unit]
Description=Sync hosted-PBX subscribers from BroadWorks into Kamailio
After=network-online.target

[Service]
Type=simple
User=kamailio
Environment=BW_OCI_URL=https://bw-xsp.kvc.local/webservice/services/ProvisioningService
Environment=BW_OCI_USER=kvc_sync
Environment=BW_OCI_PASSWORD=«pwx:broadworksoci»  ⟦password|BroadWorks OCI password in a systemd unit⟧
ExecStart=/opt/talon/bin/bw-sync --interval 300
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/k8s/switchyard/mqtt-broker.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: emqx-acl
  namespace: switchyard
data:
  emqx.conf: |
    authentication = [
      {
        mechanism = password_based
        backend = built_in_database
        user_id_type = username
        bootstrap_file = "/opt/emqx/etc/users.csv"
      }
    ]
  users.csv: |
    user_id,password,is_superuser
    usp-controller,«pwx:uspmqtt»,true  ⟦password|MQTT user password in a ConfigMap bootstrap file⟧
    cpe-fleet,«pwr:uspcpe»,false  ⟦password|shared CPE MQTT password in a ConfigMap⟧
"""),
]
