"""fresh19 templates, deployment and CI (Kestrel Valley Health): Kubernetes manifests, Helm values, Argo CD, Kustomize,
docker compose, Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Azure Pipelines, Bitbucket, CircleCI, Buildkite,
Drone, TeamCity, CodeBuild buildspecs, CodePipeline, Ansible, Packer, Octopus-style PowerShell deploy steps.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/osprey/secret-mirth.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: mirth-runtime
  namespace: osprey
  labels:
    app.kubernetes.io/part-of: osprey
type: Opaque
data:
  DATABASE_PASSWORD: «b64:pwh:mirthdb»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:mirthk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:mirthk8s»  ⟦aws-b64|base64 secret in a Secret⟧
  MIRTH_LICENSE_KEY: «b64:license:mirthlic»  ⟦?app-secret|base64 Mirth commercial licence key (a licence, policy-dependent)⟧
"""),
    ("deploy/k8s/osprey/deployment-hl7-listener.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hl7-listener
  namespace: osprey
spec:
  replicas: 3
  selector:
    matchLabels: {app: hl7-listener}
  template:
    metadata:
      labels: {app: hl7-listener}
    spec:
      serviceAccountName: hl7-listener
      containers:
        - name: listener
          image: 418306275591.dkr.ecr.us-east-2.amazonaws.com/osprey/hl7-listener:5.1.0
          ports:
            - containerPort: 6661
              name: mllp-adt
            - containerPort: 6662
              name: mllp-orm
          env:
            - name: ACK_MODE
              value: AA
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: mirth-runtime, key: DATABASE_PASSWORD}  ⟪secretKeyRef⟫
            - name: CLOVERLEAF_PASSWORD
              value: "«pwh:cloverleaf»"  ⟦password|container env literal password⟧
            - name: SENDING_FACILITY_OID
              value: "«oid:kvhfac»"  ⟪HL7 facility OID⟫
"""),
    ("deploy/k8s/heron/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: heron-api
  namespace: heron
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-secrets-manager, kind: ClusterSecretStore}
  target: {name: heron-api}
  data:
    - secretKey: EPIC_CLIENT_SECRET
      remoteRef: {key: heron/prod/epic, property: client_secret}  ⟪remoteRef⟫
    - secretKey: STRIPE_SECRET_KEY
      remoteRef: {key: heron/prod/stripe, property: secret_key}
"""),
    ("deploy/k8s/heron/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: heron-api-config
  namespace: heron
data:
  EPIC_FHIR_BASE: https://fhir.kestrelvalley.org/interconnect-prd-oauth/api/FHIR/R4
  GOOGLE_MAPS_KEY: «aiza:heronmaps»  ⟪Maps browser key, public⟫
  SENTRY_DSN: «sentrynew:heronapi»  ⟪modern Sentry DSN⟫
  SEGMENT_WRITE_KEY_WEB: «segment:heronweb»  ⟪browser write key, public⟫
  FEATURE_PROXY_ACCESS: "true"
  SESSION_REDIS_URL: rediss://:«pwr:heronredis»@master.heron-sessions.q8x1ze.use2.cache.amazonaws.com:6379/0  ⟦conn-string|Redis URL with the auth token in a ConfigMap⟧
"""),
    ("deploy/k8s/wren/secret-orthanc.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: orthanc-users
  namespace: wren
type: Opaque
stringData:
  orthanc.json: |
    {
      "Name": "KVH-VNA",
      "DicomAet": "«ae:KVH_VNA»",
      "AuthenticationEnabled": true,
      "RegisteredUsers": {
        "wren-admin": "«pwx:orthancadmin»",  ⟦password|Orthanc user password in a Secret's stringData⟧
        "viewer": "«pwp:orthancviewer»"  ⟦password|short weak viewer password⟧
      },
      "DicomModalities": {
        "ct-main-1": ["KVH_CT1", "10.30.12.21", 104],
        "mr-east-1": ["KVH_MR2", "10.31.12.40", 104]
      }
    }
"""),
    ("deploy/k8s/wren/sealedsecret-pacs-ldap.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: pacs-ldap
  namespace: wren
spec:
  encryptedData:
    LDAP_BIND_PASSWORD: «sealed:pacsldap»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/merlin/jupyterhub-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: hub-extra-config
  namespace: merlin
data:
  jupyterhub_config.py: |
    c.Authenticator.admin_users = {"rosalind", "obinna"}
    c.GenericOAuthenticator.client_id = "merlin-hub"
    c.GenericOAuthenticator.client_secret = "«smartsec:merlinhub»"  ⟦app-secret|OAuth client secret in a JupyterHub config⟧
    c.JupyterHub.cookie_secret = bytes.fromhex("«hex:64-hubcookie»")  ⟦app-secret|JupyterHub cookie secret⟧
    c.ConfigurableHTTPProxy.auth_token = "${CONFIGPROXY_AUTH_TOKEN}"  ⟪env placeholder⟫
"""),
    ("deploy/k8s/plover/serviceaccount-irsa.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: device-ingest
  namespace: plover
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418306275591:role/plover-device-ingest  ⟪IRSA role⟫
"""),
    ("deploy/k8s/plover/cronjob-pump-library-sync.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pump-library-sync
  namespace: plover
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: sync
              image: 418306275591.dkr.ecr.us-east-2.amazonaws.com/plover/pump-sync:2.0.3
              args:
                - --server=https://pumpserver.kvh.local:8443
                - --user=kvh_biomed
                - --password=«pw6:pumpserver»  ⟦password|password in container args⟧
                - --library=KVH-ADULT-2026Q2
"""),
    ("deploy/helm/osprey/values-prod.yaml", r"""
image:
  repository: 418306275591.dkr.ecr.us-east-2.amazonaws.com/osprey/mirth
  tag: 4.5.2
mirth:
  adminUser: admin
  adminPassword: «pwc:mirthadmin»  ⟦password|Helm values admin password⟧
  keystore:
    storepass: «pwr:mirthks»  ⟦password|Helm values keystore password⟧
    keypass: «pwr:mirthks»  ⟦password|Helm values key password (same value)⟧
externalDatabase:
  host: osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com
  user: mirth_owner
  existingSecret: mirth-runtime  ⟪existingSecret⟫
datadog:
  apiKey: «ddapi:osprey»  ⟦datadog|Datadog API key in Helm values⟧
"""),
    ("deploy/helm/osprey/values-nonprod.yaml", r"""
mirth:
  adminUser: admin
  adminPassword: admin  ⟪vendor default⟫
  keystore:
    storepass: changeit  ⟪Java keystore default⟫
externalDatabase:
  host: localhost
  user: mirth
  password: mirth  ⟪local default equal to the user⟫
"""),
    ("deploy/helm/heron/values-prod.yaml", r"""
replicaCount: 4
env:
  NODE_ENV: production
  EPIC_CLIENT_ID: «uuid:epicportalclient»  ⟪Epic client id⟫
  OKTA_ISSUER: https://kestrelvalley.okta.com/oauth2/default
  OKTA_CLIENT_SECRET: «okx:40-heronokta»  ⟦app-secret|Okta OIDC client secret in Helm values⟧
  NEXTAUTH_SECRET: «b64k:32-heronnextauth»  ⟦app-secret|NextAuth secret in Helm values⟧
  STRIPE_SECRET_KEY: «sk:heron»  ⟦stripe|Stripe live secret key in Helm values⟧
ingress:
  enabled: true
  hosts: [my.kestrelvalley.org]
"""),
    ("deploy/helm/wren/values.yaml", r"""
ohif:
  dataSources:
    - sourceName: dicomweb
      configuration:
        qidoRoot: https://vna.kestrelvalley.org/dicom-web
        wadoRoot: https://vna.kestrelvalley.org/dicom-web
keycloak:
  auth:
    adminUser: kcadmin
    adminPassword: «pwl:keycloak»  ⟦password|Keycloak admin password in Helm values⟧
  postgresql:
    auth:
      existingSecret: keycloak-db  ⟪existingSecret⟫
"""),
    ("deploy/argocd/apps/merlin-airflow.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: merlin-airflow
  namespace: argocd
spec:
  project: research
  source:
    repoURL: https://airflow.apache.org
    chart: airflow
    targetRevision: 1.15.0
    helm:
      parameters:
        - name: webserverSecretKey
          value: «hex:32-airflowweb»  ⟦app-secret|Airflow webserver secret key as an Argo CD Helm parameter⟧
        - name: fernetKey
          value: «fernet:merlinairflow»  ⟦app-secret|Airflow Fernet key as an Argo CD Helm parameter⟧
        - name: data.metadataConnection.pass
          value: «pwn:airflowmeta»  ⟦password|metadata DB password as an Argo CD Helm parameter⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: merlin
"""),
    ("deploy/kustomize/lark/overlays/prod/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: lark
resources: [../../base]
secretGenerator:
  - name: lark-zoom
    literals:
      - ZOOM_ACCOUNT_ID=«zoomid:s2saccount»  ⟪Zoom account id⟫
      - ZOOM_CLIENT_ID=«zoomid:s2sclient»
      - ZOOM_CLIENT_SECRET=«zoomsec:s2s»  ⟦app-secret|Zoom server-to-server OAuth secret in a secretGenerator⟧
  - name: lark-interpreter
    envs: [interpreter.env]  ⟪env file reference⟫
"""),
    ("deploy/compose/osprey-dev/docker-compose.yml", r"""
services:
  mirth:
    image: nextgenhealthcare/connect:4.5.2
    ports: ["8443:8443", "6661:6661"]
    environment:
      DATABASE: postgres
      DATABASE_URL: jdbc:postgresql://db:5432/mirthdb
      DATABASE_USERNAME: mirth
      DATABASE_PASSWORD: mirth  ⟪local default⟫
      KEYSTORE_STOREPASS: ${KEYSTORE_STOREPASS}  ⟪env interpolation⟫
      VMOPTIONS: -Xmx2g
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: mirth
      POSTGRES_PASSWORD: mirth
  hapi:
    image: hapiproject/hapi:v7.4.0
    ports: ["8080:8080"]
"""),
    ("deploy/compose/pacs-edge/docker-compose.yml", r"""
# Edge DICOM cache at the Millbrook outpatient imaging centre (runs on the Dell R650 in the imaging closet)
services:
  orthanc:
    image: orthancteam/orthanc:24.6.2
    restart: always
    ports: ["104:4242", "8042:8042"]
    environment:
      ORTHANC__NAME: MILLBROOK-EDGE
      ORTHANC__DICOM_AET: «ae:MBK_EDGE»  ⟪AE title⟫
      ORTHANC__REGISTERED_USERS: '{"mbk-tech": "«pwh:mbkedge»"}'  ⟦password|Orthanc users JSON in compose env⟧
      ORTHANC__AWS_S3_STORAGE__ACCESS_KEY: «akid:mbkedge»  ⟦aws-key-id|S3 storage plugin key id in compose⟧
      ORTHANC__AWS_S3_STORAGE__SECRET_KEY: «awssec:mbkedge»  ⟦aws-secret|S3 storage plugin secret in compose⟧
      ORTHANC__AWS_S3_STORAGE__BUCKET_NAME: kvh-wren-edge-millbrook
  worklist:
    image: kvh/mwl-bridge:1.4
    environment:
      RIS_DB: "Server=ris-db.kvh.local;Database=RIS;User Id=mwl;Password=«pw6:risdb»"  ⟦conn-string|RIS connection string in compose⟧
"""),
    ("deploy/compose/merlin-local/docker-compose.yml", r"""
services:
  redcap-mock:
    image: kvh/redcap-mock:0.3
    environment:
      REDCAP_API_TOKEN: 00000000000000000000000000000000  ⟪all-zero local token⟫
  omop-db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  localstack:
    image: localstack/localstack:3.8
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
"""),
    ("deploy/docker/osprey-mirth/Dockerfile", r"""
FROM nextgenhealthcare/connect:4.5.2
LABEL org.opencontainers.image.source=https://github.com/kestrel-valley-health/osprey
COPY conf/mirth.properties /opt/connect/conf/mirth.properties
COPY extensions/ /opt/connect/extensions/
ENV KEYSTORE_STOREPASS=«pwr:mirthks»  ⟦password|keystore password baked into a Dockerfile ENV⟧
ENV MIRTH_LICENSE_SERVER=https://license.mirth-vendor.com
RUN --mount=type=secret,id=mirthlic cp /run/secrets/mirthlic /opt/connect/appdata/license.key  ⟪BuildKit secret mount⟫
"""),
    ("deploy/docker/finch-x12/Dockerfile", r"""
FROM eclipse-temurin:21-jre
ARG CH_SFTP_PASSWORD=«pwn:chsftp»  ⟦password|build-arg default with a password⟧
ENV CH_SFTP_USER=kvh_claims
WORKDIR /app
COPY build/libs/finch-x12.jar /app/
RUN pip install --index-url https://kvh-ci:«pct:pwx:nexus»@nexus.kvh.local/repository/pypi/simple edi-tools==2.1.0  ⟦conn-string|percent-encoded password in a pip index URL⟧
ENTRYPOINT ["java", "-jar", "/app/finch-x12.jar"]
"""),
    ("deploy/docker/heron-web/Dockerfile", r"""
FROM node:20-alpine AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪npmrc via secret mount⟫
COPY . .
ENV NEXT_PUBLIC_STRIPE_KEY=«pk:heronweb»  ⟪Stripe publishable key⟫
RUN npm run build
FROM node:20-alpine
COPY --from=build /src/.next /app/.next
CMD ["npm", "start"]
"""),
    ("deploy/docker/plover-gateway/Dockerfile", r"""
FROM python:3.12-slim
ENV PIP_EXTRA_INDEX_URL=https://kvh-ci:«pct:pwx:nexus»@nexus.kvh.local/repository/pypi/simple  ⟦conn-string|extra index URL with the Nexus password⟧
COPY requirements.txt .
RUN pip install -r requirements.txt
ENV PUMP_SERVER_PASSWORD=${PUMP_SERVER_PASSWORD}  ⟪build-time variable reference⟫
COPY plover /app/plover
CMD ["python", "-m", "plover.gateway"]
"""),
    (".github/workflows/osprey-deploy.yml", r"""
name: osprey deploy
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
          role-to-assume: arn:aws:iam::418306275591:role/gha-osprey-deploy  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: ./scripts/deploy.sh
        env:
          SLACK_WEBHOOK: ${{ secrets.SLACK_WEBHOOK }}  ⟪Actions secret⟫
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
"""),
    (".github/workflows/heron-mobile-release.yml", r"""
name: heron mobile release
on:
  workflow_dispatch:
jobs:
  ios:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: «pp:matchpw»  ⟦password|fastlane match password in a workflow env⟧
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: «applepw:heronios»  ⟦password|Apple app-specific password in a workflow⟧
      EXPO_TOKEN: ${{ secrets.EXPO_TOKEN }}  ⟪Actions secret⟫
    steps:
      - uses: actions/checkout@v4
      - run: bundle exec fastlane ios release
"""),
    (".github/workflows/merlin-nightly.yml", r"""
name: merlin nightly extracts
on:
  schedule:
    - cron: '0 7 * * *'
jobs:
  extract:
    runs-on: [self-hosted, research]
    steps:
      - uses: actions/checkout@v4
      - name: Configure AWS
        run: |
          aws configure set aws_access_key_id «akid:merlingha»  ⟦aws-key-id|aws configure set key id in a workflow⟧
          aws configure set aws_secret_access_key «awssec:merlingha»  ⟦aws-secret|aws configure set secret in a workflow⟧
          aws configure set region us-east-2
      - name: Extract
        run: python extract.py --irb KVH-IRB-2024-118
        env:
          REDCAP_API_TOKEN: «redcap:sepsis»  ⟦app-secret|REDCap token repeated in a workflow⟧
          WANDB_API_KEY: ${{ secrets.WANDB_API_KEY }}
"""),
    (".github/workflows/wren-viewer-ci.yml", r"""
name: wren viewer CI
on: [pull_request]
jobs:
  build:
    runs-on: ubuntu-latest
    services:
      orthanc:
        image: orthancteam/orthanc:24.6.2
        env:
          ORTHANC__REGISTERED_USERS: '{"ci": "ci"}'  ⟪CI-only default⟫
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with: {node-version: 20}
      - run: npm ci && npm test
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}  ⟪Actions secret⟫
          SONAR_TOKEN: «sqp:wrenviewer»  ⟦sonarqube|SonarQube token literal in a workflow⟧
"""),
    (".github/dependabot-private-registries.yml", r"""
version: 2
registries:
  nexus-npm:
    type: npm-registry
    url: https://nexus.kvh.local/repository/npm-group/
    username: kvh-ci
    password: ${{secrets.NEXUS_PASSWORD}}  ⟪Dependabot secret⟫
  ghcr:
    type: docker-registry
    url: ghcr.io
    username: kvh-bot
    password: «ghp:dependabot»  ⟦github|GitHub token literal in a Dependabot registry⟧
updates: []
"""),
    (".gitlab-ci.yml", r"""
stages: [build, scan, deploy]
variables:
  AWS_DEFAULT_REGION: us-east-2
  MAVEN_OPTS: -Dmaven.repo.local=.m2
  NEXUS_PASSWORD: «pwx:nexus»  ⟦password|Nexus password in GitLab CI variables⟧
build:
  stage: build
  image: maven:3.9-eclipse-temurin-21
  script:
    - mvn -s ci/settings.xml -B package
deploy-finch:
  stage: deploy
  image: amazon/aws-cli:2.17.0
  id_tokens:
    AWS_ID_TOKEN: {aud: https://gitlab.kvh.local}  ⟪OIDC id token⟫
  script:
    - aws sts assume-role-with-web-identity --role-arn arn:aws:iam::418306275591:role/gitlab-finch --web-identity-token $AWS_ID_TOKEN --role-session-name gl
    - curl -s -H "PRIVATE-TOKEN: «glpat:glci»" https://gitlab.kvh.local/api/v4/projects/118/releases  ⟦app-secret|GitLab token in a CI script⟧
"""),
    ("ci/jenkins/Jenkinsfile.rx-interfaces", r"""
pipeline {
  agent { label 'windows-rx' }
  environment {
    OMNICELL_CREDS = credentials('omnicell-svc')  ⟪Jenkins credentials()⟫
    PYXIS_SQL_PASSWORD = '«pw6:pyxissql»'  ⟦password|literal password in a Jenkinsfile environment⟧
  }
  stages {
    stage('Deploy') {
      steps {
        bat 'msdeploy -verb:sync -source:package=RxBridge.zip -dest:auto,computerName=rxapp01.kvh.local,userName=KVH\\svc-deploy,password=«pwh:msdeploy»'  ⟦password|msdeploy password in a Jenkinsfile⟧
      }
    }
  }
}
"""),
    ("ci/jenkins/casc/jenkins.yaml", r"""
jenkins:
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://dc01.kvh.local
          rootDN: DC=kvh,DC=local
          managerDN: CN=svc-jenkins,OU=Service,DC=kvh,DC=local
          managerPasswordSecret: «pwc:jenkinsldap»  ⟦password|JCasC LDAP manager password literal⟧
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              id: nexus
              username: kvh-ci
              password: "{«b64k:48-jenkinsenc»}"  ⟪Jenkins-encrypted value⟫
          - string:
              id: slack
              secret: ${SLACK_TOKEN}  ⟪env placeholder⟫
"""),
    ("ci/azure-pipelines/epic-interconnect.yml", r"""
trigger: none
pool:
  name: KVH-OnPrem-Windows
variables:
  - group: interconnect-prod  ⟪variable group⟫
  - name: InterconnectAppPool
    value: Interconnect-PRD
  - name: EmpPassword
    value: «pwh:interconnectemp»  ⟦password|Epic EMP password as a pipeline variable⟧
steps:
  - task: IISWebAppDeploymentOnMachineGroup@0
    inputs:
      WebSiteName: Interconnect-PRD
      Package: $(Pipeline.Workspace)/interconnect-config.zip
  - powershell: |
      $sec = ConvertTo-SecureString "$(EmpPassword)" -AsPlainText -Force  ⟪pipeline variable macro⟫
"""),
    ("ci/bitbucket/bitbucket-pipelines.yml", r"""
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: Deploy lab-results parser
          script:
            - pip install -r requirements.txt
            - export AWS_ACCESS_KEY_ID=«akid:labbb»  ⟦aws-key-id|exported key id in Bitbucket Pipelines⟧
            - export AWS_SECRET_ACCESS_KEY=«awssec:labbb»  ⟦aws-secret|exported secret in Bitbucket Pipelines⟧
            - sam deploy --config-env prod
            - curl -X POST -H "Authorization: Bearer $SLACK_BOT_TOKEN" https://slack.com/api/chat.postMessage  ⟪env variable⟫
"""),
    ("ci/circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  build-portal:
    docker:
      - image: cimg/node:20.11
        auth:
          username: kvhci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as an image auth password⟧
    steps:
      - checkout
      - run: npm ci
      - aws-cli/setup:
          role_arn: arn:aws:iam::720954318846:role/circleci  ⟪OIDC role⟫
workflows:
  main:
    jobs: [build-portal]
"""),
    ("ci/buildkite/pipeline.yml", r"""
env:
  DD_API_KEY: «ddapi:buildkite»  ⟦datadog|Datadog key in a Buildkite pipeline env⟧
steps:
  - label: ":hospital: build osprey channels"
    command: ./ci/build-channels.sh
    plugins:
      - docker#v5.11.0:
          image: maven:3.9
          environment: [NEXUS_PASSWORD]  ⟪env passthrough⟫
  - label: ":rocket: deploy"
    command: ./ci/deploy.sh
    agents: {queue: deploy}
"""),
    ("ci/drone/.drone.yml", r"""
kind: pipeline
type: docker
name: plover-firmware-catalog
steps:
  - name: publish
    image: plugins/s3
    settings:
      bucket: kvh-biomed-firmware
      region: us-east-2
      access_key: «akid:drone»  ⟦aws-key-id|S3 plugin access key in a Drone pipeline⟧
      secret_key: «awssec:drone»  ⟦aws-secret|S3 plugin secret in a Drone pipeline⟧
      source: catalog/**/*
  - name: notify
    image: plugins/slack
    settings:
      webhook:
        from_secret: slack_webhook  ⟪from_secret⟫
"""),
    ("ci/teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(NurseCallAdapter)
    params {
        password("env.RESPONDER_PASSWORD", "credentialsJSON:«uuid:tccred»")  ⟪TeamCity credentials token⟫
        param("env.VOCERA_API_KEY", "«hex:32-vocera»")  ⟦app-secret|clinical comms API key as a plain TeamCity parameter⟧
    }
}

object NurseCallAdapter : BuildType({
    name = "nurse-call adapter"
    steps { script { scriptContent = "./gradlew build" } }
})
"""),
    ("ci/codebuild/buildspec-osprey.yml", r"""
version: 0.2
env:
  variables:
    CHANNEL_EXPORT_BUCKET: kvh-osprey-channels
    MIRTH_CLI_PASSWORD: «pwc:mirthadmin»  ⟦password|Mirth CLI password in buildspec variables⟧
  parameter-store:
    SONAR_TOKEN: /ci/sonar-token  ⟪parameter-store reference⟫
  secrets-manager:
    DOCKERHUB_TOKEN: ci/dockerhub:token  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - ./mirth-cli/mccommand -a https://mirth.kvh.internal:8443 -u admin -p "$MIRTH_CLI_PASSWORD" -s deploy.txt
"""),
    ("ci/codebuild/buildspec-finch.yml", r"""
version: 0.2
phases:
  install:
    commands:
      - echo "//registry.npmjs.org/:_authToken=«npm:finchbuild»" > ~/.npmrc  ⟦npm|npm token echoed into .npmrc in a buildspec⟧
      - npm ci
  build:
    commands:
      - npm run build
      - aws s3 sync dist/ s3://kvh-finch-portal/
"""),
    ("ci/codepipeline/wren-pipeline.json", r"""
{
  "pipeline": {
    "name": "wren-archive",
    "roleArn": "arn:aws:iam::720954318846:role/codepipeline-wren",
    "stages": [
      {"name": "Source", "actions": [{"name": "GitHub", "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub", "version": "1"},
        "configuration": {"Owner": "kestrel-valley-health", "Repo": "wren", "Branch": "main", "OAuthToken": "«ghp:codepipeline»"}}]},  ⟦github|GitHub OAuth token in a CodePipeline definition⟧
      {"name": "Build", "actions": [{"name": "Build", "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
        "configuration": {"ProjectName": "wren-viewer"}}]}
    ]
  }
}
"""),
    ("ansible/inventories/prod/group_vars/pacs.yml", r"""
pacs_ldap_uri: ldaps://dc01.kvh.local
pacs_ldap_bind_dn: CN=svc-pacs,OU=Service,DC=kvh,DC=local
pacs_ldap_bind_password: "{{ vault_pacs_ldap_bind_password }}"  ⟪Ansible vault variable⟫
pacs_db_password: «pw:pacsdb»  ⟦password|group_vars password literal⟧
dcm4chee_keystore_password: «pwr:dcmks»  ⟦password|dcm4chee keystore password⟧
"""),
    ("ansible/inventories/prod/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:40-av3»
"""),
    ("ansible/inventories/prod/host_vars/labmw01.kvh.local.yml", r"""
# Data Innovations Instrument Manager middleware server (chemistry, hematology, coag analyzers)
im_service_account: KVH\svc-instmgr
im_service_password: «pwh:instmgr»  ⟦password|host_vars service password⟧
im_odbc_dsn: IM_PROD
im_sql_password: "{{ lookup('amazon.aws.aws_secret', 'lab/im-sql', region='us-east-2') }}"  ⟪lookup of a secret⟫
"""),
    ("ansible/roles/imprivata-agent/tasks/main.yml", r"""
- name: Install Imprivata OneSign agent
  ansible.windows.win_package:
    path: \\fs01.kvh.local\deploy\Imprivata\ImprivataAgent_x64.msi
    arguments: >-
      IPTXPRIMSERVER=https://onesign.kvh.local/sso/servlet/messagerouter
      AGENTTYPE=2 /qn
- name: Badge-tap kiosk autologon (shared clinical workstations)
  ansible.windows.win_regedit:
    path: HKLM:\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon
    name: DefaultPassword
    data: «pwh:kioskautologon»  ⟦password|Winlogon DefaultPassword in an Ansible task⟧
"""),
    ("ansible/roles/nursecall/templates/responder.ini.j2", r"""
[Database]
Server={{ responder_db_host }}
User=responder
Password={{ responder_db_password }}  ⟪Jinja variable⟫
[Paging]
SpokGateway=spok-smtp.kvh.local
"""),
    ("ansible/playbooks/pump-wifi.yml", r"""
- hosts: pump_servers
  vars:
    pump_ssid: KVH-BIOMED
    pump_wpa2_psk: «wifipsk:biomed»  ⟦password|biomed Wi-Fi PSK in a playbook var⟧
    pump_eap_identity: pumps@kvh.local
    pump_eap_password: "{{ vault_pump_eap_password }}"  ⟪vault variable⟫
  tasks:
    - name: Push the network profile to the pump server
      ansible.builtin.uri:
        url: https://{{ inventory_hostname }}:8443/api/network-profiles
        method: POST
        user: kvh_biomed
        password: «pw6:pumpserver»  ⟦password|pump server API password in a playbook task⟧
        force_basic_auth: true
        body_format: json
        body: {ssid: "{{ pump_ssid }}", psk: "{{ pump_wpa2_psk }}"}
"""),
    ("packer/clinical-workstation.pkr.hcl", r"""
source "amazon-ebs" "clinical_ws" {
  region        = "us-east-2"
  instance_type = "m6i.large"
  source_ami_filter {
    filters     = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners      = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwh:packerwinrm»"  ⟦password|Packer WinRM password literal⟧
  user_data_file = "scripts/bootstrap-winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.clinical_ws"]
  provisioner "powershell" {
    environment_vars = ["CITRIX_VDA_LICENSE=«license:citrixvda»"]  ⟦?app-secret|Citrix licence code in a Packer template (policy-dependent)⟧
    script = "scripts/install-vda.ps1"
  }
}
"""),
    ("deploy/octopus/Deploy-Bridges.ps1", r"""
# Octopus step: deploy Epic Bridges interface configuration to the interface servers
param([string]$Environment = "PRD")
$user = "KVH\svc-bridges"
$pass = ConvertTo-SecureString "«pwc:bridgessvc»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText literal⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-Command -ComputerName ifc01.kvh.local, ifc02.kvh.local -Credential $cred -ScriptBlock {
    Restart-Service EpicBridgesInterface
}
$sqlPass = $OctopusParameters["Bridges.SqlPassword"]  ⟪Octopus parameter lookup⟫
"""),
    ("deploy/k8s/lark/configmap-turn.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: coturn
  namespace: lark
data:
  turnserver.conf: |
    listening-port=3478
    fingerprint
    use-auth-secret
    static-auth-secret=«hex:48-turn»  ⟦app-secret|TURN static auth secret in a ConfigMap⟧
    realm=telehealth.kestrelvalley.org
    user=interpreter:«pwp:turnuser»  ⟦password|TURN long-term credential⟧
"""),
    ("deploy/helm/merlin/values-superset.yaml", r"""
configOverrides:
  secret: |
    SECRET_KEY = '«b64k:42-superset»'  ⟦app-secret|Superset SECRET_KEY in Helm values⟧
bootstrapScript: |
  pip install snowflake-sqlalchemy==1.6.1
supersetNode:
  connections:
    db_host: merlin-superset-db
    db_user: superset
    db_pass: «pwn:supersetdb»  ⟦password|Superset metadata DB password in Helm values⟧
"""),
    ("deploy/k8s/monitoring/grafana-datasources.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-datasources
  namespace: monitoring
stringData:
  datasources.yaml: |
    apiVersion: 1
    datasources:
      - name: clarity
        type: mssql
        url: clarity-db01.kvh.local:1433
        user: grafana_ro
        secureJsonData:
          password: «pwp:grafanaclarity»  ⟦password|Grafana datasource password in a Secret⟧
      - name: cloudwatch
        type: cloudwatch
        jsonData: {authType: default, defaultRegion: us-east-2}  ⟪default credential chain⟫
"""),
    ("ci/github/actions/deploy-interface-engine/action.yml", r"""
name: deploy interface engine channels
description: pushes Mirth channel exports to the target engine
inputs:
  mirth-url:
    required: true
  mirth-password:
    required: true
    description: admin password (pass from secrets)
runs:
  using: composite
  steps:
    - shell: bash
      run: ./mccommand -a "${{ inputs.mirth-url }}" -u admin -p "${{ inputs.mirth-password }}" -s deploy.txt  ⟪input reference⟫
"""),
]
