"""fresh24 templates, deployment and CI (Brakwater Terminals): Kubernetes, kustomize, Helm, Argo CD, compose,
Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Azure Pipelines, Bitbucket Pipelines, CircleCI, TeamCity,
Octopus, Drone, Buildkite, Ansible, Packer, Nomad, systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/quayline/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: quayline-edi
  namespace: quayline
type: Opaque
data:
  N4_WS_PASSWORD: «b64:pw6:n4argows»  ⟦password|base64 N4 password in a Secret data field⟧
  AWS_REGION: «b64:lit:eu-west-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:quaylinek8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:quaylinek8s»  ⟦aws-b64|base64 secret in a Secret⟧
stringData:
  UNB_PASSWORD_MAERSK: «edipw:unbmaersk»  ⟦password|EDIFACT interchange password in stringData⟧
  RABBITMQ_URL: amqps://baplie-consumer:«pct:pw:baplieconsumer»@b-«uuid:mqbroker».mq.eu-west-1.amazonaws.com:5671  ⟦conn-string|AMQP URL with password⟧
"""),
    ("deploy/k8s/quayline/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: quayline-edi
  namespace: quayline
spec:
  replicas: 3
  selector:
    matchLabels: {app: quayline-edi}
  template:
    metadata:
      labels: {app: quayline-edi}
    spec:
      serviceAccountName: quayline-edi
      containers:
        - name: edi
          image: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/quayline-edi@sha256:«sha256:quaylineimg»  ⟪image digest⟫
          env:
            - name: N4_WS_PASSWORD
              valueFrom:
                secretKeyRef: {name: quayline-edi, key: N4_WS_PASSWORD}  ⟪secretKeyRef⟫
            - name: PORTBASE_API_KEY
              value: «b62:40-portbaseapi»  ⟦app-secret|Portbase API key as a literal env value⟧
            - name: INTTRA_PASSWORD
              value: «pwc:inttravgm»  ⟦password|INTTRA password literal in a Deployment (same as samconfig)⟧
"""),
    ("deploy/k8s/quayline/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: quayline-partners
  namespace: quayline
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: quayline-partners
  data:
    - secretKey: HLAG_SFTP_PASSWORD
      remoteRef:
        key: edi/hapag-lloyd  ⟪remoteRef⟫
        property: password
"""),
    ("deploy/k8s/quayline/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: quayline-edi
  namespace: quayline
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::614203897551:role/quayline-edi-irsa  ⟪IRSA role⟫
"""),
    ("deploy/k8s/gatehouse/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: gatehouse-config
  namespace: gatehouse
data:
  N4_SCOPE: BKW/RTM/MVQ/MVQ
  OCR_LANES: "1,2,3,4,5,6,7,8"
  GATE_PRINTER_URL: ipp://gate-prn01.rtm.bkw.local/ipp/print
  HIKVISION_ISAPI: http://admin:«pct:pwp:hikgate»@10.41.8.40/ISAPI/Streaming/channels/101/picture  ⟦conn-string|camera ISAPI URL with a password in a ConfigMap⟧
  KAPSCH_READER_PASSWORD: «pw6:kapsch»  ⟦password|RFID reader password in a ConfigMap⟧
  PORTBASE_CLIENT_ID: brakwater-tas-prd  ⟪client id⟫
"""),
    ("deploy/k8s/gatehouse/cronjob-vgm.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: vgm-reconcile
  namespace: gatehouse
spec:
  schedule: "*/15 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reconcile
              image: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/vgm-tools:0.9.4
              args:
                - --weighlog
                - "Server=wb01.rtm.bkw.local;Database=WeighLog;User Id=wb_reader;Password=«pwp:wbreader»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string in CronJob args⟧
                - --n4-scope
                - BKW/RTM/MVQ/MVQ
"""),
    ("deploy/k8s/gatehouse/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: gatehouse
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:gatehouse»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""),
    ("deploy/k8s/coldchain/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: coldchain-vendors
  namespace: coldchain
spec:
  encryptedData:
    LYNX_API_KEY: «sealed:lynx»  ⟪SealedSecret blob⟫
    TRACKING_PASSWORD: «sealed:tk»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/coldchain/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: coldchain
resources:
  - deployment.yaml
  - sealedsecret.yaml
secretGenerator:
  - name: coldchain-orbcomm
    literals:
      - ORBCOMM_API_KEY=«b62:32-orbcomm»  ⟦app-secret|ORBCOMM key in a kustomize secretGenerator literal (same as samconfig)⟧
      - ORBCOMM_USER=bkw-reefer
  - name: coldchain-db
    envs:
      - db.env
"""),
    ("deploy/k8s/coldchain/db.env", r"""
PGHOST=coldchain.cluster-c2p7k1v9xq4d.ap-southeast-1.rds.amazonaws.com
PGUSER=coldchain
PGPASSWORD=«pwl:coldchaindb»  ⟦password|kustomize env file password⟧
"""),
    ("deploy/k8s/ot/node-red-settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    flowFile: 'flows.json',
    credentialSecret: "«b62:24-noderedcred»",  ⟦app-secret|Node-RED credentialSecret⟧
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ot-admin",
            password: "«bcrypt:nodered»",  ⟪bcrypt hash⟫
            permissions: "*"
        }]
    },
    functionGlobalContext: {}
};
"""),
    ("deploy/k8s/ot/flows_cred.json", r"""
{"$": "«hex:96-flowscred»"}  ⟪Node-RED encrypted credentials⟫
"""),
    ("deploy/helm/gatehouse/values-prod.yaml", r"""
image:
  repository: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/gatehouse
  tag: 5.12.0
replicaCount: 4
postgresql:
  enabled: false
externalDatabase:
  host: gatehouse-tas.cz8m1q4v7xwe.eu-west-1.rds.amazonaws.com
  user: tas_app
  password: «pwn:tasdb»  ⟦password|Helm values database password (same as the parameter file)⟧
  existingSecret: ""
redis:
  auth:
    password: «pwp:gateredis»  ⟦password|Helm Redis auth password⟧
datadog:
  apiKey: «ddapi:helmgate»  ⟦datadog|Datadog API key in Helm values⟧
sentry:
  dsn: «sentrynew:gatehouse»  ⟪modern Sentry DSN⟫
"""),
    ("deploy/helm/freightdesk/values.yaml", r"""
image:
  repository: ghcr.io/brakwater/freightdesk-api
  tag: "2026.11.4"
env:
  SPRING_PROFILES_ACTIVE: prod
  CW1_EADAPTOR_USER: BKW_EADAPTOR
envFromSecret: freightdesk-env  ⟪secret reference⟫
externalSecrets:
  enabled: true
  refs:
    - key: freightdesk/prod  ⟪remote key⟫
rabbitmq:
  auth:
    username: freightdesk
    existingPasswordSecret: freightdesk-rabbit  ⟪existing secret⟫
"""),
    ("deploy/helm/historian/values.yaml", r"""
grafana:
  adminUser: admin
  adminPassword: «pwc:grafanaadmin»  ⟦password|Grafana admin password in Helm values (same as tfvars)⟧
  grafana.ini:
    auth.generic_oauth:
      client_id: grafana-ot
      client_secret: «b62:32-grafanaoauth»  ⟦app-secret|Grafana OAuth client secret in Helm⟧
influxdb2:
  adminUser:
    user: admin
    password: «pwl:influxadmin»  ⟦password|InfluxDB admin password in Helm⟧
    token: «influx:ot»  ⟦app-secret|InfluxDB admin token (same as tfvars)⟧
"""),
    ("deploy/helm/lookout/values.yaml", r"""
lookout:
  receivers:
    - name: rtm-maasvlakte
      host: 10.44.1.15
      port: 10110
      protocol: udp
    - name: dur-pier1
      host: 10.46.1.15
      port: 10110
  aishub:
    username: AH_BRAKWATER_4711  ⟪user name⟫
  spire:
    tokenSecret: lookout-spire  ⟪secret name⟫
  marinetraffic:
    apiKey: «hex:40-mtps07»  ⟦app-secret|MarineTraffic key in Helm values (same as the Lambda)⟧
"""),
    ("deploy/argocd/coldchain-app.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: coldchain
  namespace: argocd
spec:
  project: terminal
  source:
    repoURL: https://github.com/brakwater/deploy.git
    path: helm/coldchain
    targetRevision: main
    helm:
      parameters:
        - name: thermoking.password
          value: «pwx:thermoking»  ⟦password|Argo CD Helm parameter password (same as EventBridge)⟧
        - name: daikin.apiKeySecret
          value: coldchain-daikin
  destination:
    server: https://kubernetes.default.svc
    namespace: coldchain
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/brakwater/deploy.git
  username: bkw-argocd
  password: «ghp:argocd»  ⟦github|GitHub token as an Argo CD repository password⟧
"""),
    ("deploy/compose/gate-lab/docker-compose.yml", r"""
services:
  ocr-sim:
    image: brakwater/ocr-sim:2.1
    environment:
      CAMCO_GOS_PASSWORD: «pwp:camcogos»  ⟦password|compose env password (same as ECS)⟧
      N4_URL: http://n4-acc.rtm.bkw.local:9080/apex/services/argoservice
      N4_USER: gate-sim
      N4_PASSWORD: ${N4_PASSWORD}  ⟪variable⟫
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "«pwl:labsa»"  ⟦password|SQL Server SA password in compose⟧
"""),
    ("deploy/compose/reefer-edge/docker-compose.yml", r"""
services:
  mosquitto:
    image: eclipse-mosquitto:2.0
    volumes: ["./mosquitto:/mosquitto/config"]
  reefer-agent:
    image: 930471862214.dkr.ecr.ap-southeast-1.amazonaws.com/reefer-agent:4.2.1
    env_file: .env
    command: ["--mqtt", "mqtt://reefer:«pct:pp:reefermqtt»@mosquitto:1883", "--site", "SIN"]  ⟦conn-string|MQTT URL with a password in a compose command⟧
"""),
    ("deploy/compose/reefer-edge/.env", r"""
SITE=SIN
IDENTEC_SERVER=reefer.sin.bkw.local
IDENTEC_API_KEY=«uhex:32-identec»  ⟦app-secret|Identec reefer API key in a compose .env⟧
AWS_ACCESS_KEY_ID=«akid:reeferedge»  ⟦aws-key-id|key id in a compose .env⟧
AWS_SECRET_ACCESS_KEY=«awssec:reeferedge»  ⟦aws-secret|secret in a compose .env⟧
AWS_DEFAULT_REGION=ap-southeast-1
"""),
    ("deploy/compose/reefer-edge/.env.example", r"""
SITE=
IDENTEC_SERVER=
IDENTEC_API_KEY=<identec-api-key>  ⟪placeholder⟫
AWS_ACCESS_KEY_ID=«docs:akid»  ⟪documentation key⟫
AWS_SECRET_ACCESS_KEY=«docs:secret»  ⟪documentation secret⟫
"""),
    ("deploy/compose/forwarding-dev/compose.yaml", r"""
name: freightdesk-dev
services:
  api:
    build: ../../..
    environment:
      SPRING_DATASOURCE_URL: jdbc:postgresql://db:5432/fd
      SPRING_DATASOURCE_USERNAME: fd
      SPRING_DATASOURCE_PASSWORD: fd  ⟪password equal to the user, local⟫
      CW1_EADAPTOR_URL: https://bkwtrn-trn.wisegrid.net/eAdaptor
      CW1_EADAPTOR_PASSWORD: «pwp:cw1training»  ⟦password|CargoWise training eAdaptor password in compose⟧
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
"""),
    ("deploy/docker/quayline.Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG NEXUS_URL=https://ci-quayline:«pct:pwx:nexusci»@nexus.bkw.local/repository/maven-public  ⟦conn-string|repository URL with a password in a Dockerfile ARG⟧
ENV TZ=Europe/Amsterdam
ENV N4_SCOPE=BKW/RTM/MVQ/MVQ
COPY target/quayline-edi.jar /app/app.jar
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
"""),
    ("deploy/docker/gate-ocr.Dockerfile", r"""
FROM python:3.12-slim
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf pip install --no-cache-dir gate-ocr-relay==3.7.2  ⟪BuildKit secret mount⟫
ENV OCR_N4_USER=ocr-relay
ENV OCR_N4_PASSWORD=«pw6:ocrn4»  ⟦password|ENV password in a Dockerfile (same as UserData)⟧
CMD ["gate-ocr-relay", "--config", "/etc/gate-ocr.yaml"]
"""),
    ("deploy/docker/edi-translator.Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/runtime:8.0
WORKDIR /app
COPY publish/ .
ENV EDI__SftpHost=sftp.inttra.com
ENV EDI__SftpUser=brakwater_rtm
ENV EDI__SftpPassword=  ⟪empty value⟫
ENV ASPNETCORE_ENVIRONMENT=Production
ENTRYPOINT ["dotnet", "Brakwater.EdiTranslator.dll"]
"""),
    ("ci/github/workflows/quayline.yml", r"""
name: quayline
on:
  push:
    branches: [main]
permissions:
  id-token: write
  contents: read
jobs:
  build:
    runs-on: ubuntu-24.04
    env:
      NEXUS_PASSWORD: ${{ secrets.NEXUS_PASSWORD }}  ⟪secrets reference⟫
      SONAR_TOKEN: «sqp:quayline»  ⟦app-secret|SonarQube token in a workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::930471862214:role/gha-quayline  ⟪OIDC role⟫
          aws-region: eu-west-1
      - run: mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.bkw.local
"""),
    ("ci/github/workflows/dockhand-release.yml", r"""
name: dockhand-release
on:
  workflow_dispatch:
jobs:
  android:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «akid:ghadockhand»  ⟦aws-key-id|key id as a literal action input⟧
          aws-secret-access-key: «awssec:ghadockhand»  ⟦aws-secret|secret as a literal action input⟧
          aws-region: eu-west-1
      - run: npx eas-cli build -p android --non-interactive
        env:
          EXPO_TOKEN: ${{ secrets.EXPO_TOKEN }}  ⟪secrets reference⟫
          SENTRY_AUTH_TOKEN: sntrys_«b64k:120-sntrys»  ⟦sentry|Sentry org auth token in a workflow⟧
"""),
    ("ci/github/workflows/n4-smoke.yml", r"""
name: n4-smoke
on:
  schedule:
    - cron: '0 5 * * *'
jobs:
  smoke:
    runs-on: [self-hosted, rtm-ot]
    steps:
      - run: |
          curl -sf -u 'smoke-ws:«pw6:n4smoke»' -H 'Content-Type: text/xml' \  ⟦password|curl -u password in a workflow run step⟧
            --data @ci/n4/ping.xml https://n4-acc.rtm.bkw.local/apex/services/argoservice
      - run: echo "${{ secrets.GITHUB_TOKEN }}" | gh auth login --with-token  ⟪GITHUB_TOKEN reference⟫
"""),
    ("ci/gitlab/.gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  CW1_ENTERPRISE: BKW
  CW1_EADAPTOR_PASSWORD: «pwx:cw1eadaptor»  ⟦password|GitLab CI variable password (the eAdaptor password again)⟧
  ARTIFACTORY_TOKEN: «jfref:gitlab»  ⟦app-secret|JFrog reference token in GitLab CI⟧
build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -B package -Dartifactory.token=$ARTIFACTORY_TOKEN  ⟪variable⟫
deploy:
  stage: deploy
  script:
    - aws ecs update-service --cluster forwarding --service freightdesk-api --force-new-deployment
"""),
    ("ci/jenkins/Jenkinsfile.n4", r"""
pipeline {
    agent { label 'windows-n4' }
    environment {
        N4_ADMIN = credentials('n4-admin-rtm')  ⟪credentials() binding⟫
        OCTOPUS_API_KEY = '«octo:jenkins»'  ⟦app-secret|Octopus Deploy API key in a Jenkinsfile⟧
    }
    stages {
        stage('Package') {
            steps {
                bat 'gradlew.bat groovyExtensionsZip'
            }
        }
        stage('Deploy to ACC') {
            steps {
                bat 'octo push --package build\\n4-ext.zip --server https://octopus.bkw.local --apiKey %OCTOPUS_API_KEY%'  ⟪variable⟫
                bat 'net use \\\\n4-acc01\\deploy /user:BKW\\svc-n4deploy «pwc:n4deployshare»'  ⟦password|net use password in a Jenkinsfile⟧
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
          <id>n4-admin-rtm</id>
          <username>n4admin</username>
          <password>{«b64k:64-jenkinsenc»}</password>  ⟪Jenkins encrypted value⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ci/azure-pipelines/payrun.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-2022
variables:
  - group: payrun-prod  ⟪variable group⟫
  - name: AFAS_ENV
    value: '84512'
  - name: AFAS_TOKEN_B64
    value: '«afastoken:uhex:64-afas»'  ⟦app-secret|AFAS Profit token (base64 token XML) as a pipeline variable⟧
steps:
  - task: PowerShell@2
    inputs:
      targetType: inline
      script: |
        $headers = @{ Authorization = "AfasToken $(AFAS_TOKEN_B64)" }  ⟪pipeline variable⟫
        Invoke-RestMethod -Uri "https://84512.rest.afas.online/ProfitRestServices/connectors/Brakwater_Loonstroken" -Headers $headers
  - script: sqlcmd -S payrun-sql.bkw.local -U payrun -P «pwn:payrunsql» -i export.sql  ⟦password|sqlcmd -P password in an Azure pipeline⟧
"""),
    ("ci/bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: driver portal
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.1
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: eu-west-1
                S3_BUCKET: bkw-driver-portal-614203897551
            - curl -s -u brakwater-ci:«atbb:ci» https://api.bitbucket.org/2.0/repositories/brakwater/driver-portal/downloads -F files=@dist.zip  ⟦app-secret|Bitbucket app password on a curl line⟧
"""),
    ("ci/circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  deploy-ais:
    docker:
      - image: cimg/python:3.12
    environment:
      AWS_ACCESS_KEY_ID: «akid:circleais»  ⟦aws-key-id|key id in CircleCI environment⟧
      AWS_SECRET_ACCESS_KEY: «awssec:circleais»  ⟦aws-secret|secret in CircleCI environment⟧
      AWS_DEFAULT_REGION: eu-west-1
    steps:
      - checkout
      - run: make deploy-lookout
workflows:
  main:
    jobs: [deploy-ais]
"""),
    ("ci/teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(N4Extensions)
    params {
        password("env.N4_DEPLOY_PASSWORD", "credentialsJSON:«uuid:tccred»")  ⟪TeamCity secure token reference⟫
        param("env.XPS_LICENSE_SERVER", "xps-lic.rtm.bkw.local:27000")
        param("env.TC_REST_TOKEN", "«tcjwt:kts»")  ⟦app-secret|TeamCity access token as a plain parameter⟧
    }
}

object N4Extensions : BuildType({
    name = "N4 code extensions"
    steps {
        script { scriptContent = "./gradlew groovyExtensionsZip" }
    }
})
"""),
    ("ci/octopus/deployment-process.ocl", r"""
step "deploy-n4-extensions" {
    name = "Deploy N4 code extensions"

    action {
        action_type = "Octopus.Script"
        properties = {
            Octopus.Action.Script.ScriptBody = <<-EOT
                $pw = ConvertTo-SecureString "«pwc:n4deployshare»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString literal in an Octopus script step⟧
                $cred = New-Object System.Management.Automation.PSCredential("BKW\svc-n4deploy", $pw)
                Copy-Item .\n4-ext.zip \\n4-rtm01\deploy\ -Credential $cred
                EOT
            Octopus.Action.Script.ScriptSource = "Inline"
        }
    }
}
"""),
    ("ci/drone/.drone.yml", r"""
kind: pipeline
type: docker
name: weighbridge-bridge
steps:
  - name: build
    image: mcr.microsoft.com/dotnet/sdk:8.0
    commands:
      - dotnet publish -c Release -o publish
  - name: publish
    image: plugins/ecr
    settings:
      access_key:
        from_secret: ecr_access_key  ⟪from_secret⟫
      secret_key:
        from_secret: ecr_secret_key
      repo: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/wb-bridge
"""),
    ("ci/buildkite/pipeline.yml", r"""
env:
  BUILDKITE_ANALYTICS_TOKEN: «b62:24-bkanalytics»  ⟦app-secret|Buildkite test analytics token in pipeline.yml⟧
steps:
  - label: ":python: lookout"
    command: make test-lookout
    plugins:
      - aws-assume-role-with-web-identity#v1.1.0:
          role-arn: arn:aws:iam::930471862214:role/buildkite-lookout  ⟪OIDC role⟫
"""),
    ("ansible/group_vars/rtm_ot/vars.yml", r"""
ot_domain: ot.bkw.local
kepware_user: kepadmin
kepware_password: "{{ vault_kepware_password }}"  ⟪vault variable⟫
pi_web_api_user: BKW\svc-piwebapi
pi_web_api_password: «pwl:piwebapi»  ⟦password|PI Web API password in Ansible group_vars (same as ECS)⟧
snmp_community_ro: «snmp:rtmro»  ⟦password|SNMP community in group_vars⟧
snmp_community_rw: private  ⟪vendor default⟫
"""),
    ("ansible/group_vars/rtm_ot/vault.yml", r"""
«ansiblevault:ot»  ⟪ansible-vault body⟫
"""),
    ("ansible/group_vars/gate_kiosks/winrm.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: BKW\svc-ansible
ansible_password: «pwc:ansiblewinrm»  ⟦password|WinRM password in group_vars⟧
ansible_winrm_server_cert_validation: ignore
"""),
    ("ansible/roles/plc-backup/tasks/main.yml", r"""
- name: pull S7 project archives from the engineering station
  ansible.windows.win_copy:
    src: \\eng-ws01.ot.bkw.local\TIA\Archives\
    dest: D:\PLCBackup\
    remote_src: true
  vars:
    ansible_become_password: "{{ lookup('amazon.aws.aws_secret', 'ot/eng-ws01') }}"  ⟪lookup⟫
- name: fetch crane PLC config over FTP
  ansible.builtin.get_url:
    url: ftp://plcadmin:«pct:pw6:stsplcftp»@10.45.3.11/config/sts01.cfg  ⟦conn-string|FTP URL with a PLC password⟧
    dest: /srv/plc-backup/sts01-{{ ansible_date_time.date }}.cfg
"""),
    ("ansible/roles/guacamole/defaults/main.yml", r"""
guacamole_db_password: «pwr:guacdb»  ⟦password|role default database password⟧
guacamole_totp_enabled: true
guacamole_admin_password: guacadmin  ⟪vendor default⟫
"""),
    ("ansible/inventory/hosts.ini", r"""
[rtm_ot]
ot-jump01.rtm ansible_host=10.44.9.10
pi-rtm01 ansible_host=10.44.9.21

[dur_gate]
dur-gate01 ansible_host=10.46.2.10 ansible_user=gateadmin ansible_password=«pwp:durgate»  ⟦password|inventory ansible_password⟧

[sin_reefer]
sin-rgw01 ansible_host=10.47.5.10 ansible_ssh_private_key_file=~/.ssh/sin-ot.pem  ⟪key path⟫
"""),
    ("packer/yard-pc.pkr.hcl", r"""
source "amazon-ebs" "yard_pc" {
  region         = "eu-west-1"
  instance_type  = "t3.large"
  source_ami     = "ami-0e12d9c4a7b3f5861"  ⟪AMI id⟫
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer WinRM password⟧
  user_data_file = "bootstrap.ps1"
}

build {
  sources = ["source.amazon-ebs.yard_pc"]
  provisioner "powershell" {
    inline = ["choco install -y navis-xps-client --version 3.8.1"]
  }
}
"""),
    ("nomad/historian-relay.nomad.hcl", r"""
job "historian-relay" {
  datacenters = ["rtm-ot"]
  group "relay" {
    task "relay" {
      driver = "docker"
      config {
        image = "930471862214.dkr.ecr.eu-west-1.amazonaws.com/historian-relay:2.3.0"
      }
      template {
        data        = <<EOH
PI_PASSWORD={{ with secret "ot/data/pi" }}{{ .Data.data.password }}{{ end }}  ⟪Vault template⟫
EOH
        destination = "secrets/pi.env"
        env         = true
      }
      env {
        CANARY_API_TOKEN = "«uuid:canary»"  ⟦app-secret|Canary API token in a Nomad env block (same as CDK)⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/gate-ocr-relay.service", r"""
[Unit]
Description=Gate OCR relay (Camco GOS -> gatehouse)
After=network-online.target

[Service]
User=gateocr
Environment=OCR_N4_USER=ocr-relay
Environment=OCR_N4_PASSWORD=«pw6:ocrn4»  ⟦password|systemd Environment password (same as UserData)⟧
EnvironmentFile=-/etc/gate-ocr.env
ExecStart=/opt/gate-ocr/bin/relay --lanes 1-8

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/k8s/tallyman/secret-ics2.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ics2-eidas
  namespace: tallyman
type: kubernetes.io/tls
data:
  tls.crt: «b64cert:rsaeidas:ics2.brakwater-port.com»  ⟪base64 certificate⟫
  tls.key: «b64pem:pkcs8:rsaeidas»  ⟦private-key|base64 private key in a TLS Secret⟧
"""),
    ("deploy/k8s/dockhand/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: dockhand-api
  namespace: dockhand
spec:
  template:
    spec:
      containers:
        - name: api
          image: 930471862214.dkr.ecr.eu-west-1.amazonaws.com/dockhand-api:7.2.0
          env:
            - name: MAPBOX_SECRET_TOKEN
              value: «mapboxsk:dockhand»  ⟦app-secret|Mapbox secret token in a Deployment⟧
            - name: HERE_API_KEY
              value: «here:dockhand»  ⟦app-secret|HERE routing API key in a Deployment⟧
            - name: GOOGLE_MAPS_BROWSER_KEY
              value: «aiza:dockhandweb»  ⟪browser Maps key, public⟫
            - name: INFOBIP_API_KEY
              valueFrom:
                secretKeyRef: {name: dockhand-infobip, key: apiKey}  ⟪secretKeyRef⟫
"""),
    ("deploy/k8s/ot/mosquitto-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mosquitto-passwd
  namespace: ot
stringData:
  passwd: |
    reefer:$7$101$«b64k:12-mqsalt»$«b64k:64-mqhash»  ⟪mosquitto PBKDF2 hash⟫
    straddle-gw:$7$101$«b64k:12-mqsalt2»$«b64k:64-mqhash2»  ⟪mosquitto PBKDF2 hash⟫
"""),
]
