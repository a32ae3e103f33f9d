"""fresh22 templates, deployment and CI (Marwick Hale Tennant LLP): Kubernetes, kustomize, Helm, Argo CD, Flux,
compose, Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Azure Pipelines, Bitbucket, CircleCI, Buildkite,
TeamCity, Drone, Octopus, CodeBuild buildspecs, Ansible, Packer, Puppet, DSC, Nomad and systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/ediscovery/secret-processing.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: sieve-processing
  namespace: ediscovery
type: Opaque
data:
  NUIX_LICENCE_PASSWORD: «b64:pwx:nuixnms»  ⟦password|base64 password in a Secret data field⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:sievek8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:sievek8s»  ⟦aws-b64|base64 secret in a Secret⟧
  LOG_LEVEL: «b64:lit:info»
"""),
    ("deploy/k8s/ediscovery/secret-relativity.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: relativity-rip
  namespace: ediscovery
type: Opaque
stringData:
  RELATIVITY_CLIENT_ID: «hex:32-relid»  ⟪client id⟫
  RELATIVITY_CLIENT_SECRET: «b62:40-relsec»  ⟦app-secret|Relativity client secret in stringData⟧
  RELATIVITY_SQL: "Server=rel-sql01.ediscovery.mhtlaw.internal;Database=EDDS;User Id=rip_svc;Password=«pwn:ripsql»;"  ⟦conn-string|SQL Server connection string in stringData⟧
"""),
    ("deploy/k8s/ediscovery/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: sieve-worker-sql
  namespace: ediscovery
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: sieve-worker-sql
  data:
    - secretKey: password
      remoteRef:
        key: sieve/worker/sql  ⟪remoteRef key⟫
        property: password
"""),
    ("deploy/k8s/quillon/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: quillon-api
  namespace: ai-drafting
spec:
  replicas: 3
  selector:
    matchLabels: {app: quillon-api}
  template:
    metadata:
      labels: {app: quillon-api}
    spec:
      serviceAccountName: quillon-api
      containers:
        - name: api
          image: 375920184463.dkr.ecr.eu-west-2.amazonaws.com/quillon/api:1.19.0
          env:
            - name: ANTHROPIC_API_KEY
              value: «ant:quillon»  ⟦anthropic|Anthropic key in a Deployment env⟧
            - name: OPENAI_API_KEY
              valueFrom:
                secretKeyRef: {name: quillon-openai, key: api-key}  ⟪secretKeyRef⟫
            - name: COHERE_API_KEY
              value: «b62:40-cohere»  ⟦app-secret|Cohere API key in a Deployment env⟧
            - name: HARVEY_WORKSPACE
              value: mht-eu
"""),
    ("deploy/k8s/quillon/sealed-secret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: quillon-openai
  namespace: ai-drafting
spec:
  encryptedData:
    api-key: «sealed:quillonoai»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/quillon/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: quillon-api
  namespace: ai-drafting
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::418305927614:role/quillon-api-irsa  ⟪IRSA role⟫
"""),
    ("deploy/k8s/lodestar/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: lodestar-indexer
  namespace: km
data:
  OPENSEARCH_URL: https://search-lodestar-prod-«lo:26-osdom».eu-west-2.es.amazonaws.com
  OPENSEARCH_USER: lodestar-admin
  OPENSEARCH_PASSWORD: «pwl:lodestar»  ⟦password|password in a ConfigMap⟧
  IMANAGE_INSIGHT_URL: https://dms.mhtlaw.com/insight
  COVEO_ORG: marwickhaletennantllp«lo:8-coveoorg»
"""),
    ("deploy/k8s/lodestar/cronjob-reindex.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: precedent-reindex
  namespace: km
spec:
  schedule: "30 1 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reindex
              image: 375920184463.dkr.ecr.eu-west-2.amazonaws.com/lodestar/reindex:3.2.1
              args:
                - --source=imanage
                - --opensearch=https://lodestar-admin:«pct:pwl:lodestar»@search-lodestar-prod-«lo:26-osdom».eu-west-2.es.amazonaws.com  ⟦conn-string|URL with a password in CronJob args⟧
                - --batch=500
"""),
    ("deploy/k8s/registry/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: vestibule
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:regcred»  ⟦docker-hub|base64 docker config with a Docker Hub token⟧
"""),
    ("deploy/kustomize/vestibule/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: vestibule
resources:
  - ../../base/vestibule
secretGenerator:
  - name: vestibule-env
    literals:
      - HIGHQ_CLIENT_SECRET=«b62:32-highqsec»  ⟦app-secret|secretGenerator literal⟧
  - name: vestibule-files
    envs:
      - vestibule.env
images:
  - name: vestibule
    newName: 375920184463.dkr.ecr.eu-west-2.amazonaws.com/vestibule/web
    digest: sha256:«sha256:vestimg»  ⟪image digest⟫
"""),
    ("deploy/kustomize/vestibule/vestibule.env", r"""
KITEWORKS_URL=https://files.mhtlaw.com
KITEWORKS_CLIENT_ID=vestibule-portal
KITEWORKS_CLIENT_SECRET=«hex:40-kiteworksprod»  ⟦app-secret|Kiteworks client secret in a kustomize env file⟧
SESSION_SECRET=«b64k:48-vestsess»  ⟦app-secret|session secret in a kustomize env file⟧
"""),
    ("deploy/helm/sieve/values-prod.yaml", r"""
image:
  repository: 375920184463.dkr.ecr.us-east-1.amazonaws.com/sieve/ingest
  tag: 7.4.2
ingest:
  s3Bucket: mht-ediscovery-intake-629174038552
  maxConcurrentCustodians: 40
postgresql:
  auth:
    username: sieve
    password: «pwn:sievepg»  ⟦password|Helm values database password⟧
    existingSecret: ""
nuix:
  licenceServer: nms.ediscovery.mhtlaw.internal:27443
  licenceUser: sieve-worker
  licencePasswordSecret: sieve-processing  ⟪existing secret name⟫
"""),
    ("deploy/helm/tallyman/values.yaml", r"""
replicaCount: 2
image:
  repository: 375920184463.dkr.ecr.us-east-1.amazonaws.com/tallyman/api
  tag: 5.0.3
config:
  intappTime:
    url: https://mhtlaw.time.intapp.com/api
    apiKey: «b62:40-intapptime»  ⟦app-secret|Intapp Time API key in Helm values⟧
  elite:
    transactionServiceUrl: https://e3e-app01.mhtlaw.internal/TE_3E_PROD/WebUI/TransactionService.asmx
    serviceUser: MHTLAW\svc-tallyman
    servicePassword: «pwcity:tallyman»  ⟦password|Elite 3E transaction service password in Helm values⟧
redis:
  auth:
    enabled: true
    existingSecret: tallyman-redis  ⟪existingSecret⟫
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  site: datadoghq.eu
  apiKeyExistingSecret: datadog-keys  ⟪existing secret⟫
  appKey: «ddapp:helm»  ⟦datadog|Datadog application key in Helm values⟧
  clusterName: mht-practice-prod
  logs:
    enabled: true
    containerCollectAll: false
clusterAgent:
  token: «b62:32-ddclusteragent»  ⟦app-secret|Datadog cluster agent token in Helm values⟧
"""),
    ("deploy/argocd/apps/tallyman.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: tallyman
  namespace: argocd
spec:
  project: practice
  source:
    repoURL: https://github.com/marwickhale/deploy.git
    targetRevision: main
    path: helm/tallyman
    helm:
      valueFiles: [values.yaml]
      parameters:
        - name: config.elite.servicePassword
          value: «pwcity:tallyman»  ⟦password|Argo CD Helm parameter password⟧
  destination:
    server: https://kubernetes.default.svc
    namespace: practice
"""),
    ("deploy/argocd/repo-deploy.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/marwickhale/deploy.git
  username: mht-argocd
  password: «ghp:argocd»  ⟦github|GitHub token as an Argo CD repository password⟧
"""),
    ("deploy/flux/scribe-helmrelease.yaml", r"""
apiVersion: helm.toolkit.fluxcd.io/v2
kind: HelmRelease
metadata:
  name: scribe
  namespace: dictation
spec:
  interval: 10m
  chart:
    spec:
      chart: scribe
      sourceRef: {kind: HelmRepository, name: mht-charts}
  valuesFrom:
    - kind: Secret
      name: scribe-values  ⟪valuesFrom secret⟫
  values:
    speechlive:
      apiUser: api.mht@speechlive.com
      apiPassword: «pwp:speechlive»  ⟦password|SpeechLive password in HelmRelease values⟧
"""),
    ("deploy/compose/docker-compose.yml", r"""
services:
  ledgerline:
    image: 375920184463.dkr.ecr.us-east-1.amazonaws.com/ledgerline/api:9.1.0
    environment:
      ConnectionStrings__Elite: "Server=e3e-sql01.mhtlaw.internal;Database=TE_3E_PROD;User Id=ledgerline;Password=«pwx:elitesql»;TrustServerCertificate=True"  ⟦conn-string|SQL Server connection string in compose⟧
      ConnectionStrings__Aderant: "Server=ade-sql01.mhtlaw.internal;Database=ExpertDB;Integrated Security=SSPI"  ⟪integrated security, no password⟫
      LEGAL_TRACKER_PASSWORD: ${LEGAL_TRACKER_PASSWORD}  ⟪compose variable⟫
    ports: ["8080:8080"]
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<YourStrong@Passw0rd>"  ⟪documented placeholder⟫
"""),
    ("deploy/compose/ediscovery-lab.compose.yaml", r"""
services:
  nuix-rest:
    image: mht/nuix-rest:9.10
    environment:
      NUIX_LICENCE_SOURCE: server
      NUIX_LICENCE_SERVER: nms.ediscovery.mhtlaw.internal:27443
      NUIX_LICENCE_USER: sieve-lab
      NUIX_LICENCE_PASSWORD: «pw:nuixlab»  ⟦password|Nuix licence password in compose⟧
  minio:
    image: minio/minio:RELEASE.2024-10-13T13-34-11Z
    command: server /data
    environment:
      MINIO_ROOT_USER: minioadmin
      MINIO_ROOT_PASSWORD: minioadmin  ⟪vendor default⟫
  opensearch:
    image: opensearchproject/opensearch:2.15.0
    environment:
      OPENSEARCH_INITIAL_ADMIN_PASSWORD: «pwl:oslab»  ⟦password|OpenSearch initial admin password in compose⟧
"""),
    ("deploy/compose/docketeer.compose.yml", r"""
version: "3.9"
services:
  docketeer:
    build: .
    env_file: .env
    depends_on: [redis]
  redis:
    image: redis:7.4
    command: ["redis-server", "--requirepass", "«pwr:docketredis»"]  ⟦password|redis-server --requirepass in compose⟧
"""),
    ("deploy/compose/.env", r"""
PACER_USERNAME=mhtdocket01
PACER_PASSWORD=«pwl:pacer»  ⟦password|PACER password in a compose .env⟧
REDIS_URL=redis://:«pwr:docketredis»@redis:6379/0  ⟦conn-string|Redis URL with a password in .env⟧
LOG_LEVEL=info
"""),
    ("deploy/docker/ledgerline.Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
WORKDIR /src
COPY . .
RUN dotnet nuget add source https://pkgs.dev.azure.com/marwickhale/_packaging/elite-sdk/nuget/v3/index.json \
      --name elite-sdk --username build --password «gpat:nugetledger» --store-password-in-clear-text  ⟦app-secret|Azure DevOps PAT on a dotnet nuget command in a Dockerfile⟧
RUN --mount=type=secret,id=sonar,env=SONAR_TOKEN dotnet build -c Release  ⟪BuildKit secret mount⟫
FROM mcr.microsoft.com/dotnet/aspnet:8.0
COPY --from=build /src/out /app
ENTRYPOINT ["dotnet", "/app/Ledgerline.Api.dll"]
"""),
    ("deploy/docker/scribe.Dockerfile", r"""
FROM python:3.12-slim
ENV PIP_INDEX_URL=https://build:«pct:pwx:artifactory»@mhtlaw.jfrog.io/artifactory/api/pypi/pypi-remote/simple  ⟦conn-string|package index URL with a password in a Dockerfile⟧
COPY requirements.txt /app/
RUN pip install --no-cache-dir -r /app/requirements.txt
ENV SPEECHLIVE_API_PASSWORD=«pwp:speechlive»  ⟦password|ENV password in a Dockerfile⟧
COPY . /app
CMD ["python", "-m", "scribe.router"]
"""),
    ("deploy/docker/quillon.Dockerfile", r"""
FROM public.ecr.aws/lambda/python:3.12
ARG PINECONE_API_KEY
ENV PINECONE_INDEX=precedents-3072
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY src/ ${LAMBDA_TASK_ROOT}
CMD ["draft.handler"]
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
    runs-on: windows-2022
    env:
      ELITE_TS_USER: MHTLAW\svc-ci-3e
      ELITE_TS_PASSWORD: ${{ secrets.ELITE_TS_PASSWORD }}  ⟪Actions secret⟫
      NUGET_AUTH_TOKEN: «gpat:nugetledger»  ⟦app-secret|Azure DevOps PAT in a workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::375920184463:role/gha-ledgerline  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: dotnet test -c Release
"""),
    (".github/workflows/extranet-deploy.yml", r"""
name: extranet-deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - name: Configure AWS
        uses: aws-actions/configure-aws-credentials@v4
        with:
          aws-access-key-id: «akid:ghaextranet»  ⟦aws-key-id|key id literal in a workflow⟧
          aws-secret-access-key: «awssec:ghaextranet»  ⟦aws-secret|secret literal in a workflow⟧
          aws-region: eu-west-2
      - run: npm ci && npm run build
      - run: aws s3 sync dist/ s3://mht-extranet-web-851046273390 --delete
      - name: Notify
        run: curl -X POST -d '{"text":"extranet deployed"}' «slackhook:extranet»  ⟦slack|Slack webhook in a workflow step⟧
"""),
    (".github/workflows/quillon-eval.yml", r"""
name: quillon-eval
on:
  schedule:
    - cron: "0 3 * * 1"
jobs:
  eval:
    runs-on: ubuntu-24.04
    env:
      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
      LANGSMITH_API_KEY: «lsv2:ci»  ⟦app-secret|LangSmith token in a workflow⟧
      HF_TOKEN: «hf:ci»  ⟦app-secret|Hugging Face token in a workflow⟧
      GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪built-in token reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r eval/requirements.txt && python eval/run.py --suite clauses
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  ARTIFACTORY_USER: build
  ARTIFACTORY_PASSWORD: «pwx:artifactory»  ⟦password|CI variable password in .gitlab-ci.yml⟧
  SIEVE_IMAGE: $CI_REGISTRY_IMAGE/sieve:$CI_COMMIT_SHORT_SHA  ⟪CI variables⟫
build:
  stage: build
  image: docker:27
  script:
    - docker login -u "$CI_REGISTRY_USER" -p "$CI_JOB_TOKEN" "$CI_REGISTRY"
    - docker build -t "$SIEVE_IMAGE" .
deploy:
  stage: deploy
  script:
    - curl --request POST --form token=«glptt:sievedeploy» --form ref=main https://gitlab.mhtlaw.com/api/v4/projects/118/trigger/pipeline  ⟦app-secret|GitLab pipeline trigger token in a CI script⟧
"""),
    ("ci/jenkins/Jenkinsfile", r"""
pipeline {
  agent { label 'windows-3e' }
  environment {
    ADERANT_API = 'https://expert.mhtlaw.internal/api'
    ADERANT_KEY = credentials('aderant-api-key')  ⟪Jenkins credentials()⟫
    OCTOPUS_API_KEY = '«octo:jenkins»'  ⟦app-secret|Octopus Deploy API key in a Jenkinsfile⟧
  }
  stages {
    stage('Build') { steps { bat 'msbuild Ledgerline.sln /p:Configuration=Release' } }
    stage('Package') {
      steps {
        bat 'octo pack --id=Ledgerline --format=zip'
        bat "octo push --package=Ledgerline.zip --server=https://octopus.mhtlaw.internal --apiKey=%OCTOPUS_API_KEY%"  ⟪batch variable⟫
      }
    }
  }
}
"""),
    ("ci/azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-latest
variables:
  - group: ledgerline-prod
  - name: ELITE_SERVER
    value: e3e-app01.mhtlaw.internal
  - name: ELITE_SQL_PASSWORD
    value: «pwx:elitesql»  ⟦password|pipeline variable password in azure-pipelines.yml⟧
steps:
  - task: NuGetAuthenticate@1
  - script: dotnet build -c Release
  - script: sqlcmd -S $(ELITE_SERVER) -U ledgerline -P $(ELITE_SQL_PASSWORD) -i migrations.sql  ⟪pipeline variable⟫
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
pipelines:
  branches:
    main:
      - step:
          name: Build extranet widgets
          script:
            - npm ci
            - npm run build
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: eu-west-2
                S3_BUCKET: mht-extranet-widgets
            - git push https://mht-release:«bbapp:release»@bitbucket.org/marwickhale/extranet-widgets.git --tags  ⟦conn-string|Bitbucket app password in a push URL⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  test:
    docker:
      - image: cimg/python:3.12
        auth:
          username: mhtlaw-ci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as CircleCI image auth⟧
    steps:
      - checkout
      - run: pip install -r requirements.txt && pytest -q
workflows:
  main:
    jobs: [test]
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":hammer: scribe"
    command: make build
    env:
      BUILDKITE_PLUGIN_S3_CACHE_BUCKET: mht-bk-cache
      SENTRY_AUTH_TOKEN: sntrys_«b64k:96-sntrysbk»  ⟦sentry|Sentry org auth token in Buildkite env⟧
  - label: ":rocket: deploy"
    command: make deploy
    plugins:
      - aws-assume-role-with-web-identity#v1.1.0:
          role-arn: arn:aws:iam::375920184463:role/buildkite-scribe  ⟪OIDC role⟫
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(DmsBridge)
    params {
        password("env.IMANAGE_SERVICE_PASSWORD", "credentialsJSON:«uuid:tcjson»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.NETDOCS_CLIENT_SECRET", "«b62:40-ndsec»")  ⟦app-secret|NetDocuments client secret as a plain TeamCity param⟧
    }
}

object DmsBridge : BuildType({
    name = "folio-dms-bridge"
    steps { script { scriptContent = "./gradlew build" } }
})
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: docketeer
steps:
  - name: test
    image: python:3.12
    environment:
      PACER_TRAINING_USER: mhttrain
      PACER_TRAINING_PASSWORD:
        from_secret: pacer_training_password  ⟪from_secret⟫
    commands:
      - pip install -r requirements.txt
      - pytest -q
  - name: notify
    image: plugins/webhook
    settings:
      urls: «slackhook:docket»  ⟦slack|Slack webhook in a Drone step⟧
"""),
    ("deploy/octopus/variables.json", r"""
{
  "Variables": [
    {"Name": "Elite.ServiceUser", "Value": "MHTLAW\\svc-3e-octo", "IsSensitive": false},
    {"Name": "Elite.ServicePassword", "Value": "«pwcity:eliteocto»", "IsSensitive": false},  ⟦password|Octopus variable password exported unmasked⟧
    {"Name": "Aderant.ApiKey", "Value": null, "IsSensitive": true},  ⟪sensitive variable, value withheld⟫
    {"Name": "Octopus.Action.Package.DownloadOnTentacle", "Value": "True", "IsSensitive": false}
  ]
}
"""),
    ("buildspec-sieve.yml", r"""
version: 0.2
env:
  variables:
    NUIX_VERSION: "9.10.4"
    RELATIVITY_CLIENT_SECRET: «b62:40-relsec»  ⟦app-secret|Relativity secret in buildspec env variables⟧
  parameter-store:
    NUIX_LICENCE_PASSWORD: /sieve/nuix/licence-password  ⟪parameter-store reference⟫
  secrets-manager:
    SQL_PASSWORD: sieve/worker/sql:password  ⟪secrets-manager reference⟫
phases:
  build:
    commands:
      - ./build.sh
"""),
    ("buildspec-docket.yml", r"""
version: 0.2
phases:
  install:
    runtime-versions: {python: 3.12}
  build:
    commands:
      - export AWS_ACCESS_KEY_ID=«akid:codebuilddocket»  ⟦aws-key-id|exported key id in a buildspec⟧
      - export AWS_SECRET_ACCESS_KEY=«awssec:codebuilddocket»  ⟦aws-secret|exported secret in a buildspec⟧
      - aws s3 cp s3://mht-efiling-418305927614/fixtures/ ./fixtures --recursive
      - pytest -q
"""),
    ("ansible/group_vars/vdi_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: MHTLAW\svc-ansible
ansible_password: «pwcity:ansiblewin»  ⟦password|WinRM password in group_vars⟧
fslogix_profile_share: \\fsx-profiles.mhtlaw.internal\profiles
citrix_vda_version: "2407"
"""),
    ("ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
"""),
    ("ansible/roles/papercut/tasks/main.yml", r"""
- name: Install PaperCut site server
  win_package:
    path: C:\install\pcmf-setup.exe
    arguments: /VERYSILENT /TYPE=secondary_server
- name: Configure the primary server link
  win_template:
    src: connection.properties.j2
    dest: C:\Program Files\PaperCut MF\server\connection.properties
  vars:
    primary_server: papercut.mhtlaw.internal
    auth_token: "{{ vault_papercut_ws_token }}"  ⟪vault variable⟫
- name: Set SNMP community on the Ricoh fleet
  community.general.snmp_facts:
    host: "{{ item }}"
    version: v2c
    community: «lo:12-snmpcomm»  ⟦password|SNMP community string in an Ansible task⟧
  loop: "{{ groups['mfp_ricoh'] }}"
"""),
    ("ansible/roles/citrix/defaults/main.yml", r"""
citrix_cloud_customer: mhtlawllp
citrix_cloud_client_id: «uuid:citrixclient»  ⟪Citrix client id⟫
citrix_cloud_client_secret: "{{ lookup('amazon.aws.aws_secret', 'citrix/cloud-api') }}"  ⟪lookup⟫
storefront_url: https://apps.mhtlaw.com/Citrix/StoreWeb
"""),
    ("packer/vdi-golden-image.pkr.hcl", r"""
source "amazon-ebs" "vdi" {
  region         = "eu-west-2"
  instance_type  = "m6i.xlarge"
  source_ami     = "ami-0d2f8e7c1a4b3c596"  ⟪AMI id⟫
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer WinRM password⟧
  user_data_file = "scripts/bootstrap_winrm.ps1"
  ami_name       = "mht-vdi-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.vdi"]
  provisioner "powershell" {
    scripts = ["scripts/install-office.ps1", "scripts/install-imanage-agent.ps1", "scripts/install-bighand.ps1"]
  }
}
"""),
    ("puppet/hieradata/common.yaml", r"""
mht::ntp_servers:
  - 169.254.169.123
mht::bighand::server: bighand-app01.mhtlaw.internal
mht::bighand::sql_password: «pwx:bighandsql»  ⟦password|password in Puppet hiera⟧
mht::bighand::licence_key: ENC[PKCS7,«b64k:180-hieraeyaml»]  ⟪hiera-eyaml encrypted value⟫
"""),
    ("dsc/WorkstationConfig.ps1", r"""
Configuration LawyerWorkstation {
    Import-DscResource -ModuleName PSDesiredStateConfiguration
    Node $AllNodes.NodeName {
        Registry iManageServer {
            Key       = 'HKLM:\SOFTWARE\iManage\Work\Servers'
            ValueName = 'Default'
            ValueData = 'dms.mhtlaw.com'
        }
        User LocalSupport {
            UserName = 'mhtsupport'
            Password = (New-Object PSCredential('mhtsupport', (ConvertTo-SecureString '«pwcity:localsupport»' -AsPlainText -Force)))  ⟦password|ConvertTo-SecureString in a DSC configuration⟧
            Ensure   = 'Present'
        }
    }
}
"""),
    ("deploy/nomad/scribe-worker.nomad.hcl", r"""
job "scribe-worker" {
  datacenters = ["ldn"]
  group "worker" {
    task "transcribe" {
      driver = "docker"
      config { image = "375920184463.dkr.ecr.eu-west-2.amazonaws.com/scribe/worker:2.11.4" }
      template {
        data        = <<EOH
REVAI_ACCESS_TOKEN={{ with secret "kv/data/scribe" }}{{ .Data.data.revai }}{{ end }}
EOH
        destination = "secrets/env"
        env         = true
      }
      env {
        BIGHAND_API_KEY = "«b62:32-bighandapi»"  ⟦app-secret|BigHand API key in a Nomad job env⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/papercut-sync.service", r"""
[Unit]
Description=PaperCut user sync from Okta
After=network-online.target

[Service]
Type=oneshot
User=papercut
Environment=OKTA_ORG=https://mhtlaw.okta.com
Environment=OKTA_API_TOKEN=«ssws:papercut»  ⟦app-secret|Okta token in a systemd unit⟧
EnvironmentFile=-/etc/mht/papercut-sync.env  ⟪environment file reference⟫
ExecStart=/opt/mht/papercut-sync/bin/sync
"""),
    ("deploy/k8s/kyc/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: clearance-api
  namespace: intake
spec:
  template:
    spec:
      containers:
        - name: api
          image: 375920184463.dkr.ecr.us-east-1.amazonaws.com/clearance/api:3.8.0
          envFrom:
            - secretRef: {name: clearance-env}  ⟪secretRef⟫
          env:
            - name: WORLDCHECK_API_KEY
              value: «uuid:wc1key»  ⟪World-Check key id⟫
            - name: DB_URL
              value: postgresql://clearance:«pct:pwn:clearancedb»@clearance.cluster-c3m1x9qz2k7w.us-east-1.rds.amazonaws.com:5432/clearance  ⟦conn-string|PostgreSQL URL with a password in Deployment env⟧
"""),
    ("deploy/k8s/vestibule/ingress.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: vestibule
  namespace: vestibule
  annotations:
    alb.ingress.kubernetes.io/certificate-arn: arn:aws:acm:eu-west-2:851046273390:certificate/«uuid:acmext2»  ⟪ACM ARN⟫
    alb.ingress.kubernetes.io/wafv2-acl-arn: arn:aws:wafv2:eu-west-2:851046273390:regional/webacl/vestibule/«uuid:waf»
spec:
  rules:
    - host: clients.mhtlaw.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: vestibule, port: {number: 80}}}
"""),
    ("deploy/helm/vestibule/values-uat.yaml", r"""
replicaCount: 1
env:
  HIGHQ_BASE: https://mht-uat.highq.com/mht/api/16
  HIGHQ_CLIENT_SECRET: ""  ⟪empty value⟫
  KITEWORKS_CLIENT_SECRET: REPLACE_ME  ⟪placeholder⟫
  SESSION_SECRET: «b64k:48-vestsessuat»  ⟦app-secret|session secret in UAT Helm values⟧
"""),
    ("deploy/k8s/monitoring/datadog-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: datadog-keys
  namespace: monitoring
type: Opaque
data:
  api-key: «b64:ddapi:k8s»  ⟦datadog|base64 Datadog API key in a Secret⟧
"""),
]
