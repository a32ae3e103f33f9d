"""fresh17 templates, deployment and CI (Tarnwell Mutual): Kubernetes, kustomize, Helm, Argo CD, compose,
Dockerfiles, CI systems (GitHub Actions, GitLab, Jenkins, Bitbucket, CircleCI, Azure Pipelines, Buildkite, Drone,
TeamCity, Woodpecker), Ansible, Packer, Chef, Salt, Nomad, systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/keel/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: keel-aws
  namespace: keel
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:keelk8s»  ⟦aws-b64|base64 key id in a Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:keelk8s»  ⟦aws-b64|base64 secret in a Secret data⟧
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
"""),
    ("deploy/k8s/keel/db-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: keel-journal-db
  namespace: keel
type: Opaque
stringData:
  username: keel_app
  password: «pwx:keelapp»  ⟦password|stringData password⟧
  host: keel-journal.cluster-cq4z8m1wfx3b.us-east-2.rds.amazonaws.com
"""),
    ("deploy/k8s/keel/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: keel-api
  namespace: keel
spec:
  replicas: 3
  selector:
    matchLabels: {app: keel-api}
  template:
    metadata:
      labels: {app: keel-api}
    spec:
      serviceAccountName: keel-api
      containers:
        - name: api
          image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/keel-api:4.2.1
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: keel-journal-db, key: password}  ⟪secretKeyRef⟫
            - name: SYMX_DEVICE_PASSWORD
              value: «symx:keeldevice»  ⟦password|device password as a plain env value in a Deployment⟧
            - name: NEW_RELIC_LICENSE_KEY
              value: «nrlic:keel»  ⟦newrelic|New Relic licence key in a Deployment⟧
"""),
    ("deploy/k8s/keel/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: keel-symx
  namespace: keel
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: keel-symx}
  data:
    - secretKey: password
      remoteRef: {key: keel/prod/symxchange, property: password}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/ferrylight/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: portal-config
  namespace: ferrylight
data:
  NEXT_PUBLIC_PLAID_ENV: production
  NEXT_PUBLIC_RECAPTCHA_SITE_KEY: 6L«b62:38-recap»  ⟪reCAPTCHA site key, public⟫
  NEXT_PUBLIC_SEGMENT_KEY: «segment:portalweb»  ⟪Segment browser write key, public⟫
  ALKAMI_SSO_SHARED_SECRET: «ssoshared:alkami»  ⟦app-secret|online-banking SSO shared secret in a ConfigMap⟧
  LOG_LEVEL: info
"""),
    ("deploy/k8s/ferrylight/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: portal-nextauth
  namespace: ferrylight
spec:
  encryptedData:
    NEXTAUTH_SECRET: «sealed:nextauth»  ⟪SealedSecret blob⟫
    PLAID_SECRET: «sealed:plaid»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/ferrylight/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: ferrylight
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:k8spull»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/k8s/dw/cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: verafin-extract
  namespace: dw
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: extract
              image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/verafin-extract:2.0.3
              args:
                - --sftp-host=upload.verafin.com
                - --sftp-user=tarnwell_fcu
                - --sftp-password=«pwx:verafinsftp»  ⟦password|SFTP password in CronJob args⟧
                - --since=24h
"""),
    ("deploy/k8s/dw/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: dw
resources: [cronjob.yaml]
secretGenerator:
  - name: dbt-redshift
    literals:
      - DBT_USER=dbt_svc
      - DBT_PASSWORD=«pwl:dbtsvc»  ⟦password|kustomize secretGenerator literal⟧
  - name: tableau
    envs: [tableau.env]
"""),
    ("deploy/k8s/dw/tableau.env", r"""
TABLEAU_SERVER=https://tableau.tarnwellmutual.org
TABLEAU_PAT_NAME=dw-refresh
TABLEAU_PAT_SECRET=«tsc:dwrefresh»  ⟦app-secret|Tableau PAT secret in a kustomize env file⟧
"""),
    ("deploy/argocd/keel-app.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: keel
  namespace: argocd
spec:
  project: core
  source:
    repoURL: https://github.com/tarnwell-mutual/keel-deploy.git
    path: charts/keel
    targetRevision: main
    helm:
      parameters:
        - name: rabbitmq.auth.password
          value: «pwc:rabbitkeel»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 4.2.1
  destination:
    server: https://kubernetes.default.svc
    namespace: keel
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-keel-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/tarnwell-mutual/keel-deploy.git
  username: tmcu-argocd
  password: «ghp:argocd»  ⟦github|GitHub PAT in an Argo CD repository secret⟧
"""),
    ("deploy/helm/keel/values-prod.yaml", r"""
image:
  repository: 250468193377.dkr.ecr.us-east-2.amazonaws.com/keel-api
  tag: 4.2.1
rabbitmq:
  auth:
    username: keel
    password: «pwc:rabbitkeel»  ⟦password|Helm values password⟧
    erlangCookie: «up:32-erlang»  ⟦app-secret|RabbitMQ Erlang cookie in Helm values⟧
postgresql:
  auth:
    existingSecret: keel-journal-db  ⟪existingSecret⟫
datadog:
  apiKeyExistingSecret: datadog-keys
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: us5.datadoghq.com
  apiKey: «ddapi:helm»  ⟦datadog|Datadog API key in Helm values⟧
  appKey: «ddapp:helm»  ⟦datadog|Datadog application key in Helm values⟧
  clusterName: tmcu-digital-prod
  logs:
    enabled: true
clusterAgent:
  token: «b62:32-dca»  ⟦app-secret|Datadog cluster-agent token⟧
"""),
    ("deploy/helm/airflow/values.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key in Helm values⟧
fernetKeySecretName: airflow-fernet  ⟪secret name⟫
data:
  metadataConnection:
    user: airflow
    pass: «pwp:airflowmeta»  ⟦password|Airflow metadata DB password in Helm values⟧
    host: airflow-meta.cq4z8m1wfx3b.us-east-2.rds.amazonaws.com
    db: airflow
webserver:
  defaultUser:
    enabled: true
    username: admin
    password: admin  ⟪vendor default⟫
"""),
    ("deploy/helm/ferrylight/values-uat.yaml", r"""
replicaCount: 1
env:
  PLAID_ENV: sandbox
  PLAID_SECRET: ""  ⟪empty value⟫
  NEXTAUTH_URL: https://uat.my.tarnwellmutual.org
  NEXTAUTH_SECRET: "{{ .Values.global.nextauthSecret }}"  ⟪Helm template reference⟫
  MX_API_KEY: your-mx-api-key  ⟪placeholder⟫
"""),
    ("deploy/compose/docker-compose.yml", r"""
services:
  keel-journal:
    image: postgres:16
    environment:
      POSTGRES_USER: keel
      POSTGRES_PASSWORD: keel  ⟪local default equal to the user⟫
    ports: ["5432:5432"]
  symx-mock:
    image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/symx-mock:1.4
    environment:
      SYMX_DEVICE_PASSWORD: ${SYMX_DEVICE_PASSWORD}  ⟪compose variable⟫
  rabbit:
    image: rabbitmq:3.12-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: guest  ⟪vendor default⟫
"""),
    ("deploy/compose/docker-compose.branch-hub.yml", r"""
services:
  recycler-hub:
    image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/recycler-hub:1.3.0
    restart: always
    environment:
      GLORY_HUB_USER: glorysvc
      GLORY_HUB_PASSWORD: «pwp:gloryhub»  ⟦password|recycler hub password in compose⟧
      CORE_URL: https://keel.internal
  signature-pad-bridge:
    image: 250468193377.dkr.ecr.us-east-2.amazonaws.com/sigpad-bridge:0.6.2
    environment:
      TOPAZ_LICENSE: «up:20-topaz»  ⟦?app-secret|signature pad SDK licence key⟧
      BRIDGE_ADMIN_PASS: «pwp:sigpad»  ⟦password|bridge admin password in compose⟧
"""),
    ("deploy/compose/.env", r"""
COMPOSE_PROJECT_NAME=keel
SYMX_DEVICE_PASSWORD=«symx:symxuat»  ⟦password|compose .env device password⟧
RABBIT_PASSWORD=«pwn:rabbitdev»  ⟦password|compose .env broker password⟧
"""),
    ("deploy/compose/monitoring.yml", r"""
services:
  grafana:
    image: grafana/grafana:10.4.2
    environment:
      GF_SECURITY_ADMIN_USER: admin
      GF_SECURITY_ADMIN_PASSWORD: «pwl:grafana»  ⟦password|Grafana admin password in compose⟧
  snmp-exporter:
    image: prom/snmp-exporter:v0.25.0
    command: ["--config.file=/etc/snmp_exporter/snmp.yml"]
"""),
    ("docker/keel-api/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG NEXUS_URL=https://ci-deploy:«pct:pwx:nexus»@nexus.tmcu.local/repository/maven-public  ⟦conn-string|Nexus password in a Dockerfile ARG URL⟧
WORKDIR /app
COPY target/keel-api.jar /app/keel-api.jar
ENV SPRING_PROFILES_ACTIVE=prod
ENV SYMX_DEVICE_PASSWORD=«symx:keeldevice»  ⟦password|device password baked into an image ENV⟧
ENTRYPOINT ["java", "-jar", "/app/keel-api.jar"]
"""),
    ("docker/dw-loader/Dockerfile", r"""
FROM python:3.12-slim
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install -r requirements.txt  ⟪BuildKit secret mount⟫
ENV AWS_ACCESS_KEY_ID=«akid:dwloader»  ⟦aws-key-id|key id in a Dockerfile ENV⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:dwloader»  ⟦aws-secret|secret in a Dockerfile ENV⟧
COPY loader /loader
CMD ["python", "-m", "loader"]
"""),
    ("docker/portal/Dockerfile", r"""
FROM node:20-alpine AS build
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc  ⟪build arg reference⟫
COPY . .
RUN npm ci && npm run build
FROM node:20-alpine
COPY --from=build /app/.next /app/.next
ENV NEXT_PUBLIC_MAPBOX_TOKEN=pk.«b64k:40-mapbox»  ⟪Mapbox public token⟫
CMD ["npm", "start"]
"""),
    (".github/workflows/keel-deploy.yml", r"""
name: keel-deploy
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
          role-to-assume: arn:aws:iam::382716504938:role/gha-keel-deploy  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: ./gradlew build -PnexusPassword=${{ secrets.NEXUS_PASSWORD }}  ⟪secrets reference⟫
      - run: helm upgrade --install keel charts/keel -f values-prod.yaml
        env:
          SONAR_TOKEN: «sqp:keel»  ⟦sonarqube|SonarQube token pasted into a workflow⟧
"""),
    (".github/workflows/portal-e2e.yml", r"""
name: portal-e2e
on: [pull_request]
jobs:
  e2e:
    runs-on: ubuntu-latest
    env:
      PLAID_CLIENT_ID: «plaidid:ferry»
      PLAID_SECRET: «plaidsec:ferrysandbox»  ⟦app-secret|Plaid sandbox secret in a workflow (still a live credential)⟧
      E2E_MEMBER_PASSWORD: «pwn:e2emember»  ⟦password|synthetic member login password used against UAT⟧
      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: npx playwright test
"""),
    (".github/workflows/release-mobile.yml", r"""
name: release-mobile
on:
  workflow_dispatch:
jobs:
  android:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "${{ secrets.KEYSTORE_B64 }}" | base64 -d > release.jks  ⟪secrets reference⟫
      - run: ./gradlew bundleRelease
        env:
          KEYSTORE_PASSWORD: ${{ secrets.KEYSTORE_PASSWORD }}
      - uses: slackapi/slack-github-action@v1.26.0
        with:
          payload: '{"text":"android release built"}'
        env:
          SLACK_BOT_TOKEN: «xoxb:mobile»  ⟦slack|Slack bot token in a workflow⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [test, build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  EPISYS_SFTP_USER: poweron
  EPISYS_SFTP_PASSWORD: «symx:episysuat»  ⟦password|GitLab CI variable with the Episys SFTP password⟧
  REGISTRY_PASSWORD: $CI_REGISTRY_PASSWORD  ⟪CI variable reference⟫
deploy-specfiles:
  stage: deploy
  image: alpine:3.19
  script:
    - apk add --no-cache lftp
    - lftp -u "$EPISYS_SFTP_USER,$EPISYS_SFTP_PASSWORD" sftp://episys-uat.tarnwell.hosted -e "mirror -R REPWRITER /SYM/SYM000/REPWRITERSPECS; bye"
  only: [main]
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'windows-teller' }
  environment {
    NUGET_API_KEY = credentials('nuget-internal')  ⟪Jenkins credentials()⟫
    TELLER_SIGN_PFX_PASSWORD = '«pwr:tellerpfx»'  ⟦password|code-signing PFX password in a Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps { bat 'msbuild TellerExtensions.sln /p:Configuration=Release' }
    }
    stage('Sign') {
      steps { bat 'signtool sign /f tmcu-codesign.pfx /p %TELLER_SIGN_PFX_PASSWORD% /tr http://timestamp.digicert.com bin\\Release\\*.dll' }  ⟪environment reference⟫
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
          <id>nuget-internal</id>
          <username>ci-nuget</username>
          <password>{«b64k:48-jenkinsenc»}</password>  ⟪Jenkins-encrypted value⟫
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
          name: dbt build
          script:
            - pip install dbt-redshift==1.7.4
            - export DBT_PASSWORD=«pwl:dbtsvc»  ⟦password|dbt password exported in Bitbucket Pipelines⟧
            - dbt build --target prod
      - step:
          name: notify
          script:
            - pipe: atlassian/slack-notify:2.1.0
              variables:
                WEBHOOK_URL: $SLACK_WEBHOOK  ⟪repository variable⟫
                MESSAGE: dbt prod build finished
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  statements:
    docker:
      - image: cimg/openjdk:21.0
        auth:
          username: tarnwellci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as a CircleCI image auth password⟧
    steps:
      - checkout
      - run: ./mvnw -B verify
      - run:
          name: publish
          command: ./mvnw -B deploy -Dnexus.password=$NEXUS_PASSWORD  ⟪environment reference⟫
workflows:
  build:
    jobs: [statements]
"""),
    ("azure-pipelines.yml", r"""
trigger: [main]
pool:
  vmImage: windows-latest
variables:
  buildConfiguration: Release
  encompassSdkUser: admin@encompass:«encid:prod»
  encompassSdkPassword: «pwc:encompasssdk»  ⟦password|Encompass SDK password in an Azure Pipelines variable⟧
  artifactFeedPat: $(FEED_PAT)  ⟪pipeline variable reference⟫
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: build
      arguments: --configuration $(buildConfiguration)
  - script: dotnet test --filter Category=Integration
    env:
      ENCOMPASS_PASSWORD: $(encompassSdkPassword)
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":android: build"
    command: ./gradlew assembleRelease
    env:
      SENTRY_AUTH_TOKEN: sntrys_«b64k:120-sntrys»  ⟦sentry|Sentry org auth token in Buildkite env⟧
      GRADLE_OPTS: -Xmx4g
  - label: ":rocket: upload"
    command: ./scripts/upload.sh
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            PLAY_JSON: mobile/play-service-account  ⟪secrets plugin reference⟫
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: atm-ej-parser
steps:
  - name: test
    image: golang:1.22
    commands:
      - go test ./...
  - name: publish
    image: plugins/ecr
    settings:
      registry: 250468193377.dkr.ecr.us-east-2.amazonaws.com
      repo: atm-ej-parser
      access_key: «akid:drone»  ⟦aws-key-id|key id in a Drone ECR step⟧
      secret_key: «awssec:drone»  ⟦aws-secret|secret in a Drone ECR step⟧
      region: us-east-2
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(TellerPlugins)
    params {
        password("env.SYMITAR_TELLER_SDK_PASSWORD", "credentialsJSON:«uuid:tcjson»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.TELLER_LICENSE_SERVER", "lic.tmcu.local")
        param("env.OCTOPUS_API_KEY", "API-«up:27-octo»")  ⟦app-secret|Octopus Deploy API key as a plain TeamCity param⟧
    }
}

object TellerPlugins : BuildType({
    name = "Teller plugins"
    steps { script { scriptContent = "dotnet build TellerPlugins.sln" } }
})
"""),
    (".woodpecker.yml", r"""
steps:
  lint:
    image: python:3.12
    commands:
      - pip install ruff && ruff check .
  upload-rules:
    image: curlimages/curl:8.7.1
    environment:
      ABRIGO_API_TOKEN:
        from_secret: abrigo_token  ⟪from_secret reference⟫
    commands:
      - curl -u fraudops:«pwn:fraudops» -T rules.json https://bsa.abrigo-host.net/api/rules  ⟦password|curl -u password in a Woodpecker step⟧
"""),
    ("ansible/group_vars/branch_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: TMCU\svc-ansible
ansible_password: «pwc:ansiblewin»  ⟦password|WinRM password in group_vars⟧
ansible_winrm_server_cert_validation: ignore
teller_symitar_host: episys.tarnwell.hosted
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
"""),
    ("ansible/roles/glory/tasks/main.yml", r"""
- name: install Glory FCC service
  win_package:
    path: \\fs01.tmcu.local\deploy\Glory\FCC_5.4.2.msi
    state: present
- name: configure recycler service account
  win_service:
    name: GloryFCC
    username: .\gloryfcc
    password: "{{ vault_glory_service_password }}"  ⟪vault variable⟫
- name: write recycler supervisor code
  win_lineinfile:
    path: C:\ProgramData\Glory\FCC\fcc.ini
    regexp: '^SupervisorCode='
    line: 'SupervisorCode=«pinn:glorysuper»'  ⟦password|recycler supervisor code written by an Ansible task⟧
"""),
    ("ansible/roles/fortigate/tasks/main.yml", r"""
- name: branch IPsec tunnel to the hub
  fortinet.fortios.fortios_vpn_ipsec_phase1_interface:
    vdom: root
    state: present
    vpn_ipsec_phase1_interface:
      name: hub-east
      interface: wan1
      remote_gw: 203.0.113.18
      psksecret: «lo:20-branchpsk»  ⟦password|IPsec PSK in an Ansible task⟧
- name: admin user
  fortinet.fortios.fortios_system_admin:
    system_admin:
      name: netops
      password: "{{ lookup('amazon.aws.aws_secret', 'net/fortigate-netops') }}"  ⟪lookup()⟫
"""),
    ("packer/teller-pc.pkr.hcl", r"""
source "amazon-ebs" "teller" {
  region        = "us-east-2"
  instance_type = "t3.large"
  source_ami    = "ami-04f2c8e1a7d93b560"
  communicator  = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwin»"  ⟦password|WinRM password in a Packer template⟧
  user_data_file = "scripts/winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.teller"]
  provisioner "powershell" {
    environment_vars = ["SYMITAR_TELLER_LICENSE=${var.teller_license}"]  ⟪variable reference⟫
    script           = "scripts/install-teller.ps1"
  }
}
"""),
    ("chef/cookbooks/atm_gateway/attributes/default.rb", r"""
default['atm_gateway']['switch_host'] = 'coop-switch.co-opfs.org'
default['atm_gateway']['switch_port'] = 7011
default['atm_gateway']['keystore_password'] = '«pwr:atmgwks»'  ⟦password|Java keystore password in Chef attributes⟧
default['atm_gateway']['db_password'] = data_bag_item('atm', 'db')['password']  ⟪data bag lookup⟫
"""),
    ("salt/pillar/branch.sls", r"""
branch:
  recycler:
    service_user: gloryfcc
    service_password: «pwp:gloryfccsvc»  ⟦password|recycler service password in a Salt pillar⟧
  scanner:
    ranger_license: {{ salt['vault'].read_secret('secret/branch/ranger')['license'] }}  ⟪Salt vault read⟫
"""),
    ("deploy/nomad/ej-collector.nomad.hcl", r"""
job "ej-collector" {
  datacenters = ["branch-east"]
  group "collector" {
    task "collector" {
      driver = "docker"
      config { image = "250468193377.dkr.ecr.us-east-2.amazonaws.com/ej-collector:1.1.0" }
      template {
        data        = <<EOH
ATM_SFTP_PASSWORD={{ with secret "kv/data/atm/ej" }}{{ .Data.data.password }}{{ end }}
EOH
        destination = "secrets/env"
        env         = true
      }
      env {
        ATM_VENDOR_KEY = "«b62:32-ejvendor»"  ⟦app-secret|ATM vendor key in a Nomad env block⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/keel-bridge.service", r"""
[Unit]
Description=keel SymXchange bridge (DR host)
After=network-online.target

[Service]
User=keel
Environment=SYMX_DEVICE_NUMBER=20401
Environment=SYMX_DEVICE_PASSWORD=«symx:keeldevice»  ⟦password|device password in a systemd unit⟧
EnvironmentFile=-/etc/keel/keel.env
ExecStart=/opt/keel/bin/keel-bridge

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/k8s/ferrylight/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: portal
  namespace: ferrylight
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::614209837152:role/ferrylight-portal  ⟪IRSA role ARN⟫
"""),
    (".github/workflows/terraform.yml", r"""
name: terraform
on:
  pull_request:
    paths: ['infra/terraform/**']
permissions:
  id-token: write
  contents: read
jobs:
  plan:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::250468193377:role/gha-terraform  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: terraform -chdir=infra/terraform plan -var-file=env/prod.tfvars
        env:
          TF_VAR_datadog_app_key: ${{ secrets.DATADOG_APP_KEY }}
          TF_VAR_experian_password: ${{ secrets.EXPERIAN_PASSWORD }}
"""),
    ("deploy/k8s/keel/rabbit-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: keel-rabbit
  namespace: keel
type: Opaque
data:
  username: «b64:lit:keel»
  password: «b64:pwc:rabbitkeel»  ⟦password-b64|base64 broker password in a Secret data⟧
  url: «b64:lit:amqps://b-4c1e.mq.us-east-2.amazonaws.com:5671»  ⟪base64 of a URL without a password⟫
"""),
]
