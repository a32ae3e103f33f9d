"""fresh23 templates, deployment and CI (Halverine Interactive): Agones fleets and allocator on EKS, Kubernetes
Secrets, Deployments, ExternalSecret, ConfigMap, SealedSecret, CronJob, kustomize, Helm values, Argo CD, compose
files, Dockerfiles, GitHub Actions (game-ci Unity, steamcmd), GitLab CI, Jenkins (Jenkinsfile and JCasC),
TeamCity (agent properties and Kotlin DSL), Unreal Horde and BuildGraph, CircleCI, Azure Pipelines, Buildkite,
Codemagic, fastlane, Ansible, Packer, systemd, Nomad.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/agones/fleet-ironbloom.yaml", r"""
apiVersion: agones.dev/v1
kind: Fleet
metadata:
  name: ironbloom-live
  namespace: gameservers
spec:
  replicas: 40
  scheduling: Packed
  template:
    spec:
      ports:
        - name: game
          containerPort: 7777
          protocol: UDP
      health:
        initialDelaySeconds: 30
      template:
        spec:
          containers:
            - name: ironbloom-server
              image: 418273650921.dkr.ecr.us-east-1.amazonaws.com/ironbloom/server:0.31.2
              env:
                - name: EOS_CLIENT_SECRET
                  valueFrom:
                    secretKeyRef: {name: ironbloom-gs-eos, key: EOS_CLIENT_SECRET}  ⟪secretKeyRef⟫
                - name: BE_RCON_PASSWORD
                  value: «rconpw:battleyelive»  ⟦password|BattlEye RCon password in a Fleet env⟧
                - name: HEARTH_SERVER_TOKEN
                  value: «b62:48-gshearth»  ⟦app-secret|server-to-platform token in a Fleet env⟧
"""),
    ("deploy/k8s/agones/gameserver-dev.yaml", r"""
apiVersion: agones.dev/v1
kind: GameServer
metadata:
  generateName: ironbloom-dev-
  namespace: gameservers-dev
spec:
  ports:
    - name: game
      containerPort: 7777
  template:
    spec:
      containers:
        - name: ironbloom-server
          image: 418273650921.dkr.ecr.us-east-1.amazonaws.com/ironbloom/server:dev
          env:
            - name: BE_RCON_PASSWORD
              value: changeme  ⟪placeholder⟫
            - name: EOS_CLIENT_SECRET
              value: ${EOS_CLIENT_SECRET}  ⟪${VAR}⟫
"""),
    ("deploy/k8s/agones/allocator-client.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: allocator-client-lodestar
  namespace: lodestar
type: kubernetes.io/tls
data:
  tls.crt: «b64cert:rsaallocclient:lodestar-allocator-client»  ⟪base64 certificate⟫
  tls.key: «b64pem:pkcs1:rsaallocclient»  ⟦private-key|base64 PEM private key of the Agones allocator client⟧
  ca.crt: «b64cert:edallocca:agones-allocator-ca»  ⟪base64 CA certificate⟫
"""),
    ("deploy/k8s/hearth/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: hearth-aws
  namespace: hearth
type: Opaque
data:
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:hearthk8s»  ⟦aws-b64|base64 key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:hearthk8s»  ⟦aws-b64|base64 secret in a Secret⟧
---
apiVersion: v1
kind: Secret
metadata:
  name: hearth-console-stores
  namespace: hearth
type: Opaque
stringData:
  psn-client-id: «uuid:psnclient»
  psn-client-secret: «b62:32-psnsecret»  ⟦app-secret|PSN server-to-server client secret in stringData⟧
  xbox-relying-party-pfx-password: «pwr:xblrp»  ⟦password|Xbox relying party PFX password in stringData⟧
"""),
    ("deploy/k8s/hearth/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hearth-friends
  namespace: hearth
spec:
  replicas: 6
  selector:
    matchLabels: {app: hearth-friends}
  template:
    metadata:
      labels: {app: hearth-friends}
    spec:
      serviceAccountName: hearth-friends
      containers:
        - name: friends
          image: 418273650921.dkr.ecr.us-east-1.amazonaws.com/hearth/friends:2.19.0
          env:
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: hearth-db, key: password}  ⟪secretKeyRef⟫
            - name: STEAM_WEB_API_KEY
              value: «steamkey:friendsweb»  ⟦app-secret|Steam Web API key in a Deployment env⟧
            - name: EOS_CLIENT_ID
              value: «eoscid:friends»  ⟪EOS client id⟫
"""),
    ("deploy/k8s/lodestar/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lodestar-vivox
  namespace: lodestar
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: lodestar-vivox
  data:
    - secretKey: token-key
      remoteRef:
        key: lodestar/vivox  ⟪remoteRef⟫
        property: token_key
"""),
    ("deploy/k8s/lodestar/openmatch-config.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: om-configmap-override
  namespace: open-match
data:
  matchmaker_config_override.yaml: |-
    api:
      backend:
        hostname: om-backend
    redis:
      hostname: lodestar-redis.open-match.svc.cluster.local
      port: 6379
      pool:
        maxIdle: 200
      passwordPath: /opt/bitnami/redis/secrets/redis-password  ⟪password file path⟫
      password: «pwr:omredis»  ⟦password|Open Match Redis password in a ConfigMap⟧
"""),
    ("deploy/k8s/webshop/sealed.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: webshop-stripe
  namespace: webshop
spec:
  encryptedData:
    STRIPE_SECRET_KEY: «sealed:webshopstripe»  ⟪SealedSecret blob⟫
    XSOLLA_API_KEY: «sealed:webshopxsolla»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-regcred
  namespace: gameservers
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:regcred»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub token⟧
"""),
    ("deploy/k8s/cronjob-leaderboard-reset.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: season-leaderboard-reset
  namespace: hearth
spec:
  schedule: "0 15 * * 2"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: reset
              image: 418273650921.dkr.ecr.us-east-1.amazonaws.com/hearth/tools:2.19.0
              args: ["leaderboards", "reset", "--season", "S7", "--db-url", "postgresql://lb_admin:«pct:pwx:lbadmin»@hearth-lb.cluster-c9v1xk2m7qd4.us-east-1.rds.amazonaws.com/leaderboards"]  ⟦conn-string|connection URL with a password in CronJob args⟧
"""),
    ("deploy/k8s/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: community
resources:
  - heralds-deployment.yaml
secretGenerator:
  - name: heralds
    literals:
      - DISCORD_BOT_TOKEN=«discord:heraldsk8s»  ⟦discord|Discord bot token in a secretGenerator literal⟧
      - TWITCH_BOT_OAUTH=oauth:«twitchsec:chatbot»  ⟦app-secret|Twitch chat OAuth token in a secretGenerator literal⟧
      - LOG_LEVEL=info
  - name: heralds-env
    envs:
      - heralds.env
"""),
    ("deploy/helm/hearth/values-live.yaml", r"""
image:
  repository: 418273650921.dkr.ecr.us-east-1.amazonaws.com/hearth/api
  tag: 2.19.0
postgresql:
  enabled: false
externalDatabase:
  host: hearth.cluster-c9v1xk2m7qd4.us-east-1.rds.amazonaws.com
  user: hearth_app
  password: «pwx:hearthdb»  ⟦password|Helm values password⟧
  existingSecret: ""
redis:
  auth:
    existingSecret: hearth-redis  ⟪existingSecret⟫
    existingSecretPasswordKey: token
platform:
  jwtSecret: «b64k:48-hearthjwt»  ⟦app-secret|JWT signing secret in Helm values⟧
  eosDeploymentId: «eosid:deploylive»
"""),
    ("deploy/helm/hearth/values-dev.yaml", r"""
externalDatabase:
  host: localhost
  user: hearth
  password: hearth  ⟪local default, password equals the user⟫
platform:
  jwtSecret: dev-only-jwt-secret-do-not-use  ⟪marked dev value⟫
  steamWebApiKey: <your-steam-web-api-key>  ⟪placeholder⟫
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafana»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: beacon-redshift
        type: grafana-redshift-datasource
        jsonData:
          authType: keys
          defaultRegion: us-east-1
        secureJsonData:
          accessKey: «akid:grafanars»  ⟦aws-key-id|key id in Grafana secureJsonData⟧
          secretKey: «awssec:grafanars»  ⟦aws-secret|secret in Grafana secureJsonData⟧
      - name: gs-logs
        type: grafana-opensearch-datasource
        basicAuth: true
        basicAuthUser: grafana
        secureJsonData:
          basicAuthPassword: ${GS_LOGS_PASSWORD}  ⟪${VAR}⟫
"""),
    ("deploy/helm/datadog/values.yaml", r"""
datadog:
  apiKey: «ddapi:agents»  ⟦datadog|Datadog API key in Helm values⟧
  appKeyExistingSecret: datadog-app-key  ⟪existing secret name⟫
  site: datadoghq.com
  clusterName: gameservers-use1
  logs:
    enabled: true
clusterAgent:
  token: «b62:32-ddcluster»  ⟦app-secret|Datadog cluster agent token⟧
"""),
    ("deploy/argocd/apps/hearth.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: hearth-live
  namespace: argocd
spec:
  project: platform
  source:
    repoURL: https://gitlab.halverine.net/platform/hearth-deploy.git
    targetRevision: main
    path: charts/hearth
    helm:
      valueFiles: [values-live.yaml]
      parameters:
        - name: externalDatabase.password
          value: «pwx:hearthdb»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 2.19.0
  destination:
    server: https://kubernetes.default.svc
    namespace: hearth
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-hearth-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.halverine.net/platform/hearth-deploy.git
  username: argocd
  password: «glpat:argocd»  ⟦gitlab|GitLab token in an Argo CD repository Secret⟧
"""),
    ("deploy/compose/horde/docker-compose.yml", r"""
services:
  mongo:
    image: mongo:7.0
    environment:
      MONGO_INITDB_ROOT_USERNAME: horde
      MONGO_INITDB_ROOT_PASSWORD: «pwx:hordemongo»  ⟦password|compose Mongo root password⟧
    volumes: [mongo:/data/db]
  redis:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "«pwr:hordeq»"]  ⟦password|redis-server --requirepass in compose⟧
  horde:
    image: 736104982357.dkr.ecr.us-east-2.amazonaws.com/epic/horde-server:5.5.4
    environment:
      Horde__DatabaseConnectionString: mongodb://horde:«pwx:hordemongo»@mongo:27017  ⟦conn-string|MongoDB URI in compose⟧
      Horde__RedisConnectionConfig: redis:6379,password=«pwr:hordeq»  ⟦conn-string|Redis connection config with password in compose⟧
    ports: ["13340:13340"]
volumes:
  mongo: {}
"""),
    ("deploy/compose/community/docker-compose.yml", r"""
services:
  modbot:
    image: 604917283540.dkr.ecr.us-east-1.amazonaws.com/community/modbot:1.12.0
    env_file: .env
    environment:
      DISCORD_GUILD_ID: "«snowflake:guild»"  ⟪Discord guild id⟫
      OPENAI_API_KEY: «oai:modbot»  ⟦openai|OpenAI key in compose env⟧
      PERSPECTIVE_API_KEY: ${PERSPECTIVE_API_KEY}  ⟪${VAR}⟫
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: modbot
      POSTGRES_PASSWORD: «pwn:modbotpg»  ⟦password|compose POSTGRES_PASSWORD⟧
"""),
    ("deploy/compose/community/.env", r"""
DISCORD_BOT_TOKEN=«discord:modbot»  ⟦discord|Discord bot token in a compose .env⟧
DISCORD_CLIENT_SECRET=«b62:32-modbotoauth»  ⟦app-secret|Discord OAuth client secret in .env⟧
LOG_LEVEL=info
SENTRY_DSN=«sentrynew:modbot»  ⟪modern Sentry DSN⟫
"""),
    ("deploy/compose/local-dev/docker-compose.yml", r"""
services:
  localstack:
    image: localstack/localstack:3.6
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack default⟫
      AWS_SECRET_ACCESS_KEY: test
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  hearth:
    build: ../../services/hearth
    environment:
      SPRING_DATASOURCE_PASSWORD: postgres
      STEAM_PUBLISHER_KEY: ${STEAM_PUBLISHER_KEY:-}  ⟪${VAR}⟫
"""),
    ("deploy/docker/dedicated-server.Dockerfile", r"""
FROM ubuntu:22.04
RUN useradd -m ironbloom
COPY --chown=ironbloom LinuxServer/ /home/ironbloom/server/
ENV EOS_ARTIFACT=IronbloomLive \
    BE_RCON_PORT=2306
ENV BE_RCON_PASSWORD=«rconpw:battleyelive»  ⟦password|RCon password baked into a Dockerfile ENV⟧
USER ironbloom
EXPOSE 7777/udp
ENTRYPOINT ["/home/ironbloom/server/IronbloomServer.sh", "-log"]
"""),
    ("deploy/docker/crash-proc.Dockerfile", r"""
FROM python:3.12-slim
ARG PIP_INDEX_URL=https://anvil:«pct:pwx:nexusanvil»@nexus.halverine.net/repository/pypi/simple  ⟦conn-string|pip index URL with a password⟧
RUN pip install --no-cache-dir minidump-tools==2.4.1 hvi-symbolicate==0.9.3
COPY proc/ /app/
CMD ["python", "/app/worker.py"]
"""),
    ("deploy/docker/webshop.Dockerfile", r"""
# syntax=docker/dockerfile:1.7
FROM node:20-alpine AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci  ⟪BuildKit secret mount⟫
COPY . .
RUN npm run build
FROM node:20-alpine
COPY --from=build /app/.next /app/.next
CMD ["npm", "start"]
"""),
    ("deploy/docker/horde-agent.Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/runtime:8.0
COPY HordeAgent/ /opt/horde/
ENV Horde__ServerProfiles__0__Name=live \
    Horde__ServerProfiles__0__Url=https://horde.halverine.net
ENV Horde__ServerProfiles__0__Token=«b62:64-hordeagent»  ⟦app-secret|Horde agent registration token in a Dockerfile ENV⟧
ENTRYPOINT ["dotnet", "/opt/horde/HordeAgent.dll"]
"""),
    (".github/workflows/unity-build.yml", r"""
name: tidefall-build
on:
  push:
    branches: [main]
jobs:
  build:
    runs-on: [self-hosted, unity]
    strategy:
      matrix:
        targetPlatform: [Android, iOS, StandaloneWindows64]
    steps:
      - uses: actions/checkout@v4
        with: {lfs: true}
      - uses: game-ci/unity-builder@v4
        env:
          UNITY_EMAIL: buildbot@halverine.games
          UNITY_PASSWORD: «pwc:unitybuildbot»  ⟦password|Unity account password in a workflow⟧
          UNITY_SERIAL: «unityserial:ci»  ⟦?app-secret|Unity licence serial in a workflow⟧
        with:
          targetPlatform: ${{ matrix.targetPlatform }}
          androidKeystorePass: ${{ secrets.ANDROID_KEYSTORE_PASS }}  ⟪secrets reference⟫
          androidKeyaliasPass: ${{ secrets.ANDROID_KEYALIAS_PASS }}
"""),
    (".github/workflows/steam-deploy.yml", r"""
name: steam-deploy
on:
  workflow_dispatch:
    inputs:
      branch: {default: beta}
jobs:
  upload:
    runs-on: [self-hosted, steam]
    steps:
      - uses: actions/download-artifact@v4
        with: {name: tidefall-win64}
      - name: Upload to Steam
        run: |
          steamcmd +login hvi_builder «pwc:steambuilder» +run_app_build $GITHUB_WORKSPACE/steam/app_build_2215640.vdf +quit  ⟦password|steamcmd login password in a workflow⟧
      - name: Notify
        run: |
          curl -X POST -H 'Content-Type: application/json' -d '{"content":"Tidefall uploaded"}' "${{ secrets.DISCORD_RELEASES_WEBHOOK }}"  ⟪secrets reference⟫
"""),
    (".github/workflows/webshop.yml", r"""
name: webshop-deploy
on:
  push:
    branches: [main]
    paths: ['services/webshop/**']
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
          role-to-assume: arn:aws:iam::604917283540:role/gha-webshop  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: npx copilot svc deploy --name webshop --env live
  invalidate:
    runs-on: ubuntu-latest
    env:
      AWS_ACCESS_KEY_ID: «akid:ghawebshop»  ⟦aws-key-id|key id in a workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:ghawebshop»  ⟦aws-secret|secret in a workflow env⟧
    steps:
      - run: aws cloudfront create-invalidation --distribution-id E1«up:12-wsdist» --paths '/*'
"""),
    (".gitlab-ci.yml", r"""
# Krakow studio tools (GitLab at gitlab.halverine.net)
stages: [build, package, upload]
variables:
  GIT_DEPTH: "10"
  CROWDIN_PROJECT_ID: "«num:6-crowdinproj»"  ⟪Crowdin project id⟫
  CROWDIN_PERSONAL_TOKEN: "«crowdin:gitlab»"  ⟦app-secret|Crowdin personal access token in GitLab CI variables⟧
build-tools:
  stage: build
  image: mcr.microsoft.com/dotnet/sdk:8.0
  script:
    - dotnet publish Tools/LocSync -c Release -o out
package:
  stage: package
  script:
    - echo "//gitlab.halverine.net/api/v4/projects/212/packages/npm/:_authToken=${CI_JOB_TOKEN}" > .npmrc  ⟪$CI_JOB_TOKEN⟫
    - npm publish
upload:
  stage: upload
  script:
    - crowdin upload sources --token $CROWDIN_PERSONAL_TOKEN
"""),
    ("ci/jenkins/Jenkinsfile.ue5", r"""
pipeline {
  agent { label 'ue5-win' }
  environment {
    P4_CREDS = credentials('p4-svc-anvil')  ⟪Jenkins credentials()⟫
    UE_ROOT = 'D:\\UE5'
  }
  stages {
    stage('BuildCookRun') {
      steps {
        bat "%UE_ROOT%\\Engine\\Build\\BatchFiles\\RunUAT.bat BuildCookRun -project=Ironbloom\\Ironbloom.uproject -platform=Win64 -clientconfig=Shipping -build -cook -stage -pak -archive"
      }
    }
    stage('Upload to Epic') {
      steps {
        bat "D:\\BuildPatchTool\\Engine\\Binaries\\Win64\\BuildPatchTool.exe -OrganizationId=o-«lo:30-epicorg» -ProductId=«eosid:product» -ArtifactId=«eosid:artifact» -ClientId=«eoscid:bpt» -ClientSecret=«eossec:bpt» -mode=UploadBinary -BuildRoot=Archive\\Windows -CloudDir=D:\\bpt-cloud -BuildVersion=%BUILD_TAG%"  ⟦app-secret|BuildPatchTool client secret on a Jenkins command line⟧
      }
    }
    stage('Upload to Steam') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'steam-builder', usernameVariable: 'SU', passwordVariable: 'SP')]) {  ⟪withCredentials⟫
          bat 'steamcmd +login %SU% %SP% +run_app_build steam\\app_build_1842270.vdf +quit'
        }
      }
    }
  }
}
"""),
    ("ci/jenkins/casc/jenkins.yaml", r"""
jenkins:
  systemMessage: "anvil - Halverine build farm (Montreal)"
  securityRealm:
    ldap:
      configurations:
        - server: ldaps://dc01.studio.hvi.local
          rootDN: DC=studio,DC=hvi,DC=local
          managerDN: CN=svc-jenkins,OU=Service,DC=studio,DC=hvi,DC=local
          managerPasswordSecret: «pwx:jenkinsldap»  ⟦password|JCasC LDAP manager password⟧
credentials:
  system:
    domainCredentials:
      - credentials:
          - usernamePassword:
              scope: GLOBAL
              id: p4-svc-anvil
              username: svc-anvil
              password: ${P4_SVC_ANVIL_PASSWORD}  ⟪JCasC variable⟫
          - string:
              scope: GLOBAL
              id: discord-builds-webhook
              secret: «discordhook:builds»  ⟦discord|Discord webhook in a JCasC string credential⟧
          - usernamePassword:
              scope: GLOBAL
              id: steam-builder
              username: hvi_builder
              password: "{AQAAABAAAAAQ«b64k:40-jenkinsenc»}"  ⟪Jenkins-encrypted value⟫
"""),
    ("ci/teamcity/buildAgent.properties", r"""
## TeamCity build agent configuration (Seoul studio, SEL-BUILD-03)
serverUrl=https://teamcity.sel.halverine.net
name=SEL-BUILD-03
workDir=D:/BuildAgent/work
tempDir=D:/BuildAgent/temp
systemDir=../system
authorizationToken=«teamcityagent:sel03»  ⟦app-secret|TeamCity agent authorizationToken⟧
env.UE_ROOT=D:/UE5
system.p4.port=ssl:p4-sel.halverine.net:1666
"""),
    ("ci/teamcity/.teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    params {
        password("env.STEAM_BUILDER_PASSWORD", "credentialsJSON:«uuid:tcsteam»")  ⟪TeamCity credentialsJSON reference⟫
        param("env.BUGSPLAT_CLIENT_SECRET", "«hex:32-bssecret»")  ⟦app-secret|BugSplat client secret as a plain TeamCity param⟧
        param("env.P4PORT", "ssl:p4-sel.halverine.net:1666")
    }
    buildType(LanternfallEditor)
}

object LanternfallEditor : BuildType({
    name = "Lanternfall Editor Win64"
    steps {
        script { scriptContent = "RunUAT.bat BuildEditor -project=Lanternfall.uproject" }
    }
})
"""),
    ("ci/horde/agent/appsettings.json", r"""
{
  "Horde": {
    "ServerProfiles": [
      {
        "Name": "live",
        "Environment": "prod",
        "Url": "https://horde.halverine.net",
        "Token": "«b62:64-hordeagent»"  ⟦app-secret|Horde agent token in appsettings.json⟧
      }
    ],
    "WorkingDir": "D:\\Horde",
    "Ephemeral": false
  }
}
"""),
    ("ci/horde/server/globals.json", r"""
{
  "perforceClusters": [
    {
      "name": "default",
      "servers": [{"serverAndPort": "ssl:p4.halverine.net:1666"}],
      "credentials": [
        {"userName": "svc-horde", "password": "«pwx:p4horde»"},  ⟦password|Perforce password in Horde globals.json⟧
        {"userName": "svc-horde-ro", "ticket": "«p4ticket:hordero»"}  ⟦app-secret|Perforce ticket in Horde globals.json⟧
      ]
    }
  ],
  "projects": [{"id": "ironbloom", "path": "ironbloom.project.json"}]
}
"""),
    ("ci/buildgraph/Ironbloom.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<BuildGraph xmlns="http://www.epicgames.com/BuildGraph">
  <Option Name="PublishToSteam" DefaultValue="false" Description="Upload the packaged build to Steam"/>
  <Property Name="SteamUser" Value="hvi_builder"/>
  <Property Name="SteamPassword" Value="«pwc:steambuilder»"/>  ⟦password|BuildGraph property with the Steam builder password⟧
  <Property Name="SteamGuardPath" Value="$(RootDir)/Build/Steam/ssfn"/>
  <Agent Name="Package Win64" Type="Win64">
    <Node Name="Package Client">
      <Command Name="BuildCookRun" Arguments="-project=Ironbloom/Ironbloom.uproject -platform=Win64 -build -cook -stage -pak"/>
    </Node>
  </Agent>
</BuildGraph>
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  deploy-forums-theme:
    docker:
      - image: cimg/ruby:3.3
        auth:
          username: halverine-ci
          password: $DOCKERHUB_TOKEN  ⟪$VAR⟫
    environment:
      DISCOURSE_URL: https://forums.halverine.games
      DISCOURSE_API_KEY: «hex:64-discourseapi»  ⟦app-secret|Discourse API key in CircleCI config⟧
    steps:
      - checkout
      - run: discourse_theme upload . --url $DISCOURSE_URL --api-key $DISCOURSE_API_KEY
workflows:
  theme:
    jobs: [deploy-forums-theme]
"""),
    ("azure-pipelines.yml", r"""
# Xbox and Microsoft Store submission (Partner Center ingestion)
trigger: none
pool:
  vmImage: windows-latest
variables:
  TenantId: «uuid:entratenant»
  ClientId: «uuid:xboxapp»
  ClientSecret: «azad:partnercenter»  ⟦azure-ad|Entra client secret in pipeline variables⟧
  StoreId: 9N«up:10-storeid»  ⟪Store id⟫
steps:
  - task: store-publish@0
    inputs:
      serviceEndpoint: 'Partner Center'
      appId: $(StoreId)
      packagePath: '$(Build.ArtifactStagingDirectory)\*.msixvc'
  - powershell: |
      $env:MSSTORE_CLIENT_SECRET = "$(ClientSecret)"  ⟪$(Var)⟫
      msstore publish .\out --appId $(StoreId)
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":unreal: lanternfall linux server"
    command: ./ci/build-server.sh
    agents:
      queue: ue5-linux
    env:
      P4PORT: ssl:p4-sel.halverine.net:1666
      P4USER: svc-buildkite
      P4PASSWD: «pwn:p4buildkite»  ⟦password|Perforce password in Buildkite env⟧
  - wait
  - label: ":rocket: GameLift upload"
    command: aws gamelift upload-build --name lanternfall-$BUILDKITE_BUILD_NUMBER --build-root out/LinuxServer --operating-system AMAZON_LINUX_2023
    plugins:
      - aws-assume-role-with-web-identity#v1.1.0:
          role-arn: arn:aws:iam::418273650921:role/buildkite-gamelift  ⟪web-identity role⟫
"""),
    ("ci/codemagic.yaml", r"""
workflows:
  tidefall-android:
    name: Tidefall Android release
    environment:
      vars:
        CM_KEYSTORE_PATH: /tmp/tidefall-upload.keystore
        CM_KEYSTORE_PASSWORD: «pwl:tfkeystore»  ⟦password|Android keystore password in codemagic.yaml⟧
        CM_KEY_ALIAS: upload
        CM_KEY_PASSWORD: «pwl:tfkeystore»  ⟦password|Android key password in codemagic.yaml⟧
      groups:
        - google_play  ⟪variable group⟫
    scripts:
      - name: Build AAB
        script: ./gradlew bundleRelease
"""),
    ("fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  lane :beta do
    match(type: "appstore", readonly: true)
    build_app(workspace: "Tidefall.xcworkspace", scheme: "Tidefall")
    upload_to_app_store(skip_metadata: true, skip_screenshots: true)
    slack(message: "Tidefall iOS build uploaded", slack_url: "«slackhook:mobile»")  ⟦slack|Slack webhook in a Fastfile⟧
  end
end
"""),
    ("fastlane/.env.default", r"""
FASTLANE_USER=mobile-release@halverine.games
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«applepw:release»  ⟦password|Apple app-specific password in fastlane .env⟧
MATCH_PASSWORD=«pp:matchrepo»  ⟦password|match repository passphrase⟧
FASTLANE_ITC_TEAM_ID=«num:9-itcteam»
"""),
    ("ansible/group_vars/buildfarm_windows.yml", r"""
ansible_user: STUDIO\svc-ansible
ansible_password: "{{ vault_svc_ansible_password }}"  ⟪Ansible vault variable⟫
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
local_admin_user: hvi-local
local_admin_password: «pwl:localadmin»  ⟦password|local admin password in group_vars⟧
incredibuild_coordinator: ib-coord.halverine.net
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-av1»  ⟪ansible-vault body⟫
«hex:64-av2»
«hex:64-av3»
«hex:40-av4»
"""),
    ("ansible/roles/perforce/tasks/main.yml", r"""
- name: Install Helix Core server
  ansible.builtin.apt:
    name: helix-p4d
    state: present
- name: Configure p4d instance
  ansible.builtin.command: /opt/perforce/sbin/configure-helix-p4d.sh master -n -p ssl:1666 -r /hxdepots/p4/1 -u super -P «pwx:p4super» --case 1 --unicode  ⟦password|Perforce super password on a configure command line⟧
  args:
    creates: /etc/perforce/p4dctl.conf.d/master.conf
- name: Security level
  ansible.builtin.shell: p4 -p ssl:1666 -u super configure set security=4
  environment:
    P4PASSWD: "{{ lookup('amazon.aws.aws_secret', 'perforce/super') }}"  ⟪lookup⟫
"""),
    ("ansible/roles/deadline/defaults/main.yml", r"""
deadline_version: 10.3.2.1
deadline_repository: /mnt/repo/DeadlineRepository10
deadline_db_host: render-mongo01.studio.hvi.local
deadline_db_user: deadline
deadline_db_password: «pwx:deadlinemongo»  ⟦password|Deadline database password in role defaults⟧
deadline_license_server: 27008@lic01.studio.hvi.local
"""),
    ("packer/build-agent-win.pkr.hcl", r"""
source "amazon-ebs" "ue5_agent" {
  region         = "us-east-2"
  instance_type  = "c7i.4xlarge"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer WinRM password literal⟧
  user_data_file = "scripts/enable-winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.ue5_agent"]
  provisioner "powershell" {
    environment_vars = ["P4PASSWD=${vault("secret/data/anvil/p4", "password")}"]  ⟪Packer vault() lookup⟫
    scripts = ["scripts/install-vs2022.ps1", "scripts/install-ue5-prereqs.ps1"]
  }
}
"""),
    ("deploy/systemd/p4d-replica.service", r"""
[Unit]
Description=Helix Core edge server (Krakow)
After=network.target

[Service]
Type=forking
User=perforce
Environment=P4ROOT=/hxdepots/p4/edge-krk
Environment=P4PORT=ssl:1666
Environment=P4TARGET=ssl:p4.halverine.net:1666
Environment=P4USER=svc-replica
Environment=P4PASSWD=«pwx:p4replica»  ⟦password|P4PASSWD in a systemd unit⟧
ExecStart=/opt/perforce/sbin/p4d -r $P4ROOT -p $P4PORT -d
Restart=on-failure

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/nomad/voice-relay.nomad", r"""
job "voice-relay" {
  datacenters = ["sel"]
  group "relay" {
    count = 2
    task "relay" {
      driver = "docker"
      config {
        image = "418273650921.dkr.ecr.ap-northeast-2.amazonaws.com/parley/relay:1.6.3"
      }
      template {
        data        = <<EOT
VIVOX_TOKEN_KEY={{ with secret "kv/data/parley" }}{{ .Data.data.vivox_key }}{{ end }}
EOT
        destination = "secrets/vivox.env"  ⟪Vault template⟫
        env         = true
      }
      env {
        TURN_SHARED_SECRET = "«b62:32-turnsecret»"  ⟦app-secret|TURN shared secret in a Nomad env block⟧
      }
    }
  }
}
"""),
    ("deploy/k8s/grafana-agent-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-cloud
  namespace: monitoring
type: Opaque
stringData:
  GRAFANA_CLOUD_USER: "«num:6-gcuser»"
  GRAFANA_CLOUD_API_KEY: «glsa:agent»  ⟦app-secret|Grafana service account token in stringData⟧
"""),
    ("ci/gitlab/krakow-tools.gitlab-ci.yml", r"""
include:
  - project: platform/ci-templates
    file: /dotnet.yml
variables:
  LOKALISE_PROJECT_ID: "«num:9-lokproj».«hex:8-lokproj»"  ⟪Lokalise project id⟫
  LOKALISE_API_TOKEN: "«hex:40-lokalise»"  ⟦app-secret|Lokalise API token in GitLab CI variables⟧
  QASE_API_TOKEN: $QASE_API_TOKEN  ⟪$VAR⟫
pull-strings:
  script:
    - lokalise2 --token $LOKALISE_API_TOKEN --project-id $LOKALISE_PROJECT_ID file download --format json
"""),
]
