"""fresh20 templates, deployment and CI (Ardent Forge Industries): Kubernetes, kustomize, Helm, Argo CD, compose,
Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Azure Pipelines, Bitbucket Pipelines, CircleCI, TeamCity, Drone,
Buildkite, Woodpecker, Tekton, Ansible, Packer, Puppet and systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/anvil-mes/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: anvil-mes-env
  namespace: anvil-mes
type: Opaque
data:
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:mesk8s»  ⟦aws-b64|base64 access key id in a Secret data block⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:mesk8s»  ⟦aws-b64|base64 secret in a Secret data block⟧
  OPCENTER_DB_PASSWORD: «b64:pwx:opcenterdb»  ⟦password|base64 password in a Secret data block⟧
stringData:
  OPCENTER_API_USER: anvil-int
  OPCENTER_API_PASSWORD: «pwc:opcenterapi»  ⟦password|stringData password⟧
"""),
    ("deploy/k8s/anvil-mes/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: anvil-dispatch
  namespace: anvil-mes
spec:
  replicas: 2
  selector:
    matchLabels: {app: anvil-dispatch}
  template:
    metadata:
      labels: {app: anvil-dispatch}
    spec:
      serviceAccountName: anvil-dispatch
      containers:
        - name: dispatch
          image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/anvil/dispatch:4.11.0
          env:
            - name: OPCENTER_URL
              value: https://opcenter.af.corp/OpcenterEXDI
            - name: SAP_CONFIRMATION_PASSWORD
              value: «sappw:mesconf»  ⟦password|literal env value in a Deployment⟧
            - name: OPCENTER_DB_PASSWORD
              valueFrom:
                secretKeyRef: {name: anvil-mes-env, key: OPCENTER_DB_PASSWORD}  ⟪secretKeyRef⟫
            - name: LINE_DISPLAY_TOKEN
              value: «hex:40-linedisplay»  ⟦app-secret|andon display token as a literal env value⟧
"""),
    ("deploy/k8s/anvil-mes/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: anvil-sap
  namespace: anvil-mes
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: anvil-sap
  data:
    - secretKey: SAP_PASSWD
      remoteRef:
        key: anvil-mes/sap-rfc  ⟪remoteRef⟫
        property: password
"""),
    ("deploy/k8s/anvil-mes/secret-qas.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: anvil-mes-env
  namespace: anvil-mes-qas
type: Opaque
data:
  AWS_REGION: «b64:lit:eu-central-1»  ⟪base64 of a region name⟫
  OPCENTER_DB_PASSWORD: «b64:lit:changeme»  ⟪base64 of a placeholder⟫
  OPCENTER_API_USER: «b64:lit:anvil-int»
"""),
    ("deploy/k8s/tempering/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: tempering-config
  namespace: tempering
data:
  INFLUX_URL: http://influxdb.tempering.svc:8086
  INFLUX_ORG: ardent-forge-ot
  INFLUX_TOKEN: «urlsafe:64-influxcm»  ⟦app-secret|InfluxDB token in a ConfigMap⟧
  PI_WEBAPI_URL: https://day1-piweb01.ot.af.corp/piwebapi
  CANARY_VIEWS_URL: https://canary.ot.af.corp:55236
"""),
    ("deploy/k8s/tempering/cronjob-pi-backfill.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: pi-backfill
  namespace: tempering
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: backfill
              image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/tempering/backfill:1.7.2
              args:
                - --pi-server=slt-pida01.ot.af.corp
                - --pi-user=AF\svc-tempering
                - --pi-password=«pw:piday1slt»  ⟦password|password in CronJob args⟧
                - --since=26h
"""),
    ("deploy/k8s/tempering/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: tempering-writer
  namespace: tempering
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::730164928357:role/tempering-writer  ⟪IRSA role ARN⟫
"""),
    ("deploy/k8s/ignition/statefulset.yaml", r"""
apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: ignition-frontend
  namespace: ignition
spec:
  serviceName: ignition
  replicas: 1
  selector:
    matchLabels: {app: ignition}
  template:
    metadata:
      labels: {app: ignition}
    spec:
      containers:
        - name: gateway
          image: inductiveautomation/ignition:8.1.44
          args: ["-n", "af-ignition-fe", "-m", "2048"]
          env:
            - {name: ACCEPT_IGNITION_EULA, value: "Y"}
            - {name: GATEWAY_ADMIN_USERNAME, value: afadmin}
            - {name: GATEWAY_ADMIN_PASSWORD, value: «pwl:ignitionfe»}  ⟦password|Ignition gateway admin password in a StatefulSet⟧
            - {name: IGNITION_EDITION, value: standard}
            - {name: GATEWAY_NETWORK_0_HOST, value: ignition-backend.ot.af.corp}
        - name: gateway-sidecar
          image: inductiveautomation/ignition:8.1.44
          env:
            - {name: GATEWAY_ADMIN_PASSWORD_FILE, value: /run/secrets/gateway-admin-password}  ⟪password file path⟫
"""),
    ("deploy/k8s/registry-pull-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: artifactory-pull
  namespace: anvil-mes
type: kubernetes.io/dockerconfigjson
stringData:
  .dockerconfigjson: '{"auths":{"artifactory.ardentforge.com":{"username":"svc-k8s-pull","password":"«artkey:k8spull»"}}}'  ⟦app-secret|Artifactory API key in a dockerconfigjson⟧
"""),
    ("deploy/k8s/crucible/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: crucible-sap
  namespace: crucible
spec:
  encryptedData:
    SAP_PASSWD: «sealed:crucible1»  ⟪SealedSecret blob⟫
    BTP_CLIENT_SECRET: «sealed:crucible2»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/mosquitto/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: mosquitto-conf
  namespace: bellows
data:
  mosquitto.conf: |
    listener 8883
    cafile /mosquitto/certs/ca.pem
    certfile /mosquitto/certs/broker.pem
    keyfile /mosquitto/certs/broker.key  ⟪key file path⟫
    password_file /mosquitto/config/passwd
    connection plant-to-cloud
    address mqtt.ardentforge.com:8883
    remote_username bridge-day1
    remote_password «pwr:mqttbridgeday1»  ⟦password|mosquitto bridge remote_password in a ConfigMap⟧
    topic af/day1/# out 1
"""),
    ("deploy/kustomize/overlays/slt/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: anvil-mes-slt
resources:
  - ../../base
secretGenerator:
  - name: slt-line-secrets
    literals:
      - KEPWARE_PASSWORD=«ftpw:kepslt»  ⟦password|secretGenerator literal password⟧
      - ANDON_PA_PASSWORD=«pw6:paslt»  ⟦password|secretGenerator literal password⟧
      - LINE=slt-line3
  - name: slt-env
    envs:
      - secrets.env
images:
  - name: anvil/dispatch
    newTag: 4.11.0
"""),
    ("deploy/kustomize/overlays/slt/secrets.env", r"""
OPCENTER_DB_PASSWORD=«pwn:opcenterslt»  ⟦password|kustomize env-file password⟧
SAP_CONFIRMATION_PASSWORD=«sappw:mesconfslt»  ⟦password|kustomize env-file password⟧
PLANT_TZ=America/Monterrey
"""),
    ("deploy/helm/anvil-mes/values-prd.yaml", r"""
image:
  repository: 256908417733.dkr.ecr.us-east-2.amazonaws.com/anvil/dispatch
  tag: 4.11.0
opcenter:
  url: https://opcenter.af.corp/OpcenterEXDI
  existingSecret: anvil-mes-env  ⟪existingSecret⟫
sap:
  ashost: s4p-app01.erp.af.corp
  client: "100"
  user: RFC_ANVIL
  password: «sappw:rfcanvil»  ⟦password|SAP RFC password in Helm values⟧
mssql:
  host: mes-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com
  auth:
    username: anvil
    password: «pwx:opcenterdb»  ⟦password|database password in Helm values⟧
rabbitmq:
  auth:
    username: anvil
    password: «pwc:idocmq»  ⟦password|RabbitMQ password in Helm values⟧
    erlangCookie: «up:32-erlang»  ⟦app-secret|RabbitMQ Erlang cookie⟧
"""),
    ("deploy/helm/tempering/values.yaml", r"""
influxdb2:
  adminUser:
    organization: ardent-forge-ot
    bucket: plant-telemetry
    user: admin
    password: «pw:influxadmin»  ⟦password|InfluxDB admin password in Helm values⟧
    token: «urlsafe:64-influxcm»  ⟦app-secret|InfluxDB admin token in Helm values⟧
    existingSecret: ""  ⟪empty existingSecret⟫
telegraf:
  config:
    inputs:
      - opcua:
          endpoint: opc.tcp://day1-kep01.ot.af.corp:49320
          username: telegraf
          password: «ftpw:telegrafday1»  ⟦password|OPC UA password in Telegraf Helm values⟧
"""),
    ("deploy/helm/grafana/values-ot.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafanaot»  ⟦password|Grafana admin password in Helm values⟧
envFromSecret: grafana-ot-env  ⟪envFromSecret⟫
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: PlantInflux
        type: influxdb
        url: http://influxdb.tempering.svc:8086
        jsonData: {version: Flux, organization: ardent-forge-ot}
        secureJsonData:
          token: «urlsafe:64-influxcm»  ⟦app-secret|InfluxDB token in Grafana datasource⟧
      - name: MES-SQL
        type: mssql
        url: mes-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com:1433
        user: grafana_ro
        secureJsonData:
          password: «pwp:grafanamssql»  ⟦password|SQL Server datasource password⟧
      - name: Historian
        type: influxdb
        secureJsonData:
          password: $__env{HISTORIAN_PW}  ⟪Grafana env interpolation⟫
"""),
    ("deploy/helm/node-red/values.yaml", r"""
image:
  repository: nodered/node-red
  tag: 4.0.5
settings:
  credentialSecret: «hex:32-noderedcred»  ⟦app-secret|Node-RED credentialSecret in Helm values⟧
  adminAuth:
    type: credentials
    users:
      - username: ot-eng
        password: «bcrypt:nodered»  ⟪bcrypt hash⟫
        permissions: "*"
"""),
    ("deploy/argocd/apps/tempering.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: tempering
  namespace: argocd
spec:
  project: ot-platform
  source:
    repoURL: https://gitlab.ardentforge.com/ot/tempering.git
    targetRevision: main
    path: charts/tempering
    helm:
      parameters:
        - name: influxdb2.adminUser.password
          value: «pw:influxadmin»  ⟦password|password as an Argo CD Helm parameter⟧
        - name: replicaCount
          value: "2"
  destination:
    server: https://kubernetes.default.svc
    namespace: tempering
"""),
    ("deploy/argocd/repo-gitlab.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-gitlab-ot
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://gitlab.ardentforge.com/ot/tempering.git
  username: argocd
  password: «gldt:argocd»  ⟦gitlab|GitLab deploy token in an Argo CD repository Secret⟧
"""),
    ("deploy/compose/plant-edge/docker-compose.yml", r"""
services:
  ignition:
    image: inductiveautomation/ignition:8.1.44
    ports: ["8088:8088", "8060:8060"]
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: afadmin
      GATEWAY_ADMIN_PASSWORD: «pwl:ignitionedge»  ⟦password|Ignition admin password in compose⟧
      IGNITION_EDITION: edge
    volumes: [ignition-data:/usr/local/bin/ignition/data]
  broker:
    image: eclipse-mosquitto:2.0.20
    ports: ["8883:8883"]
    volumes: [./mosquitto:/mosquitto/config]
  influxdb:
    image: influxdb:2.7
    environment:
      DOCKER_INFLUXDB_INIT_MODE: setup
      DOCKER_INFLUXDB_INIT_USERNAME: admin
      DOCKER_INFLUXDB_INIT_PASSWORD: ${INFLUX_PASSWORD}  ⟪compose variable⟫
      DOCKER_INFLUXDB_INIT_ORG: ardent-forge-ot
      DOCKER_INFLUXDB_INIT_ADMIN_TOKEN: «urlsafe:64-influxedge»  ⟦app-secret|InfluxDB init admin token in compose⟧
  nodered:
    image: nodered/node-red:4.0.5
    environment:
      NODE_RED_CREDENTIAL_SECRET: «hex:32-noderededge»  ⟦app-secret|Node-RED credential secret in compose⟧
volumes:
  ignition-data: {}
"""),
    ("deploy/compose/plant-edge/.env", r"""
COMPOSE_PROJECT_NAME=plant-edge
INFLUX_PASSWORD=«pwp:influxedge»  ⟦password|compose .env password⟧
PLANT=DAY1
KEPWARE_HOST=10.20.8.15
"""),
    ("deploy/compose/mes-dev/docker-compose.yml", r"""
# local development only
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-CU14-ubuntu-22.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<YourStrong@Passw0rd>"  ⟪documented sample password⟫
    ports: ["1433:1433"]
  rabbit:
    image: rabbitmq:3.13-management
    environment:
      RABBITMQ_DEFAULT_USER: guest
      RABBITMQ_DEFAULT_PASS: guest  ⟪vendor default⟫
  sap-mock:
    image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/crucible/sap-mock:0.9.3
    environment:
      SAP_PASSWD: ${SAP_PASSWD:-changeme}  ⟪variable with a placeholder default⟫
"""),
    ("deploy/compose/edi/docker-compose.yml", r"""
services:
  openas2:
    image: openas2/openas2:3.10.0
    ports: ["4080:10080"]
    environment:
      OPENAS2PROP_system.as2.keystore.password: «pwx:as2keystore»  ⟦password|OpenAS2 keystore password in compose⟧
      OPENAS2PROP_system.as2.sender.id: ARDENTFORGE
    volumes:
      - ./config:/opt/openas2/config
      - ./data:/opt/openas2/data
  translator:
    image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/ingot/x12-translator:3.2.0
    environment:
      VAN_SFTP_URL: sftp://ardentforge:«pct:pwx:vansftp»@sftp.opentext-van.net:22/outbound  ⟦conn-string|SFTP URL with a password in compose⟧
"""),
    ("deploy/docker/crucible/Dockerfile", r"""
FROM public.ecr.aws/docker/library/eclipse-temurin:21-jre
WORKDIR /opt/crucible
COPY target/crucible.jar .
COPY lib/sapjco3.jar lib/libsapjco3.so /opt/sap/
ENV SAP_ASHOST=s4p-app01.erp.af.corp \
    SAP_CLIENT=100 \
    SAP_USER=RFC_CRUCIBLE
ENV SAP_PASSWD=«sappw:rfccrucible»  ⟦password|SAP password in a Dockerfile ENV⟧
RUN --mount=type=secret,id=btp_secret cat /run/secrets/btp_secret > /dev/null  ⟪BuildKit secret mount⟫
ENTRYPOINT ["java", "-Djava.library.path=/opt/sap", "-jar", "crucible.jar"]
"""),
    ("deploy/docker/opcua-collector/Dockerfile", r"""
FROM public.ecr.aws/docker/library/python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir --index-url https://svc-build:«pct:pwx:artpypi»@artifactory.ardentforge.com/artifactory/api/pypi/pypi-virtual/simple -r requirements.txt  ⟦conn-string|pip index URL with a password in a Dockerfile⟧
COPY collector/ collector/
USER 10001
CMD ["python", "-m", "collector"]
"""),
    ("deploy/docker/vision-gateway/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY publish/ .
ENV AWS_DEFAULT_REGION=eu-central-1
ENV AWS_ACCESS_KEY_ID=«akid:visiongw»  ⟦aws-key-id|key id in a Dockerfile ENV⟧
ENV AWS_SECRET_ACCESS_KEY=«awssec:visiongw»  ⟦aws-secret|secret in a Dockerfile ENV⟧
ENV COGNEX_INSIGHT_USER=admin
ENV COGNEX_INSIGHT_PASSWORD=  ⟪empty vendor default⟫
ENTRYPOINT ["dotnet", "VisionGateway.dll"]
"""),
    ("deploy/docker/label-service/Dockerfile", r"""
FROM public.ecr.aws/docker/library/node:20-alpine AS build
WORKDIR /src
COPY package*.json ./
RUN echo "//registry.npmjs.org/:_authToken=«npm:labelsvc»" > .npmrc && npm ci && rm .npmrc  ⟦npm|npm token echoed into .npmrc in a Dockerfile⟧
COPY . .
RUN npm run build

FROM public.ecr.aws/docker/library/node:20-alpine
COPY --from=build /src/dist /app
CMD ["node", "/app/server.js"]
"""),
    (".github/workflows/bellows-release.yml", r"""
name: bellows-release
on:
  push:
    tags: ['v*']
permissions:
  id-token: write
  contents: write
env:
  SONAR_HOST_URL: https://sonar.ardentforge.com
  SONAR_TOKEN: «squ:bellows»  ⟦sonarqube|SonarQube user token in workflow env⟧
jobs:
  release:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::256908417733:role/gha-bellows-release  ⟪OIDC role⟫
          aws-region: us-east-2
      - run: gdk component build && gdk component publish
      - uses: softprops/action-gh-release@v2
        with:
          token: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
"""),
    (".github/workflows/crucible-deploy.yml", r"""
name: crucible-deploy
on:
  workflow_dispatch:
jobs:
  deploy:
    runs-on: [self-hosted, erp]
    steps:
      - uses: actions/checkout@v4
      - name: login to artifactory
        run: docker login artifactory.ardentforge.com -u svc-gha -p «artkey:gha»  ⟦app-secret|Artifactory API key on a docker login command line⟧
      - name: deploy
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.CRUCIBLE_AWS_KEY_ID }}  ⟪secrets reference⟫
          AWS_SECRET_ACCESS_KEY: ${{ secrets.CRUCIBLE_AWS_SECRET }}
        run: ./scripts/deploy.sh prd
"""),
    (".github/workflows/plc-lint.yml", r"""
name: plc-lint
on: [pull_request]
jobs:
  lint:
    runs-on: windows-2022
    steps:
      - uses: actions/checkout@v4
      - run: python tools/l5x_lint.py projects/
      - name: notify
        if: failure()
        run: |
          curl -s -X POST -H 'Content-type: application/json' --data '{"text":"PLC lint failed"}' «slackhook:plclint»  ⟦slack|Slack webhook URL in a workflow⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]

variables:
  DOCKER_DRIVER: overlay2
  IGNITION_GATEWAY: https://ignition-backend.ot.af.corp:8043
  DOWNSTREAM_TRIGGER_TOKEN: «glptt:downstream»  ⟦gitlab|GitLab pipeline trigger token in CI variables⟧
  REGISTRY_PASSWORD: $CI_JOB_TOKEN  ⟪CI job token variable⟫

build:
  stage: build
  image: docker:27
  script:
    - docker login -u gitlab-ci-token -p "$CI_JOB_TOKEN" $CI_REGISTRY
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .

deploy-edge:
  stage: deploy
  variables:
    AWS_ACCESS_KEY_ID: «akid:gitlabedge»  ⟦aws-key-id|key id in GitLab CI variables⟧
    AWS_SECRET_ACCESS_KEY: «awssec:gitlabedge»  ⟦aws-secret|secret in GitLab CI variables⟧
  script:
    - aws greengrassv2 create-deployment --cli-input-json file://deployments/slt-line3.json
    - curl -X POST -F token=$DOWNSTREAM_TRIGGER_TOKEN -F ref=main https://gitlab.ardentforge.com/api/v4/projects/412/trigger/pipeline
"""),
    ("ci/gitlab/ignition-projects.gitlab-ci.yml", r"""
push-projects:
  stage: deploy
  image: curlimages/curl:8.10.1
  script:
    - curl -fsS -X POST -H "X-Ignition-API-Token: «b62:43-ignitionci»" "$IGNITION_GATEWAY/data/api/v1/scan/projects"  ⟦app-secret|Ignition API token in a CI script⟧
  rules:
    - if: $CI_COMMIT_BRANCH == "main"
"""),
    ("deploy/jenkins/Jenkinsfile.plm", r"""
pipeline {
  agent { label 'windows-plm' }
  environment {
    WINDCHILL_URL = 'https://windchill.plm.af.corp/Windchill'
    WINDCHILL_CREDS = credentials('windchill-svc')  ⟪Jenkins credentials()⟫
  }
  stages {
    stage('export BOMs') {
      steps {
        bat 'curl -u wcadmin:«pwc:wcadmin» -o boms.json "%WINDCHILL_URL%/servlet/odata/ProdMgmt/Parts?$expand=Uses"'  ⟦password|password in a curl -u on a Jenkins bat step⟧
        bat 'python tools\\bom_to_sap.py boms.json'
      }
    }
    stage('push to SAP') {
      steps {
        withCredentials([usernamePassword(credentialsId: 'sap-rfc-plm', usernameVariable: 'U', passwordVariable: 'P')]) {  ⟪withCredentials⟫
          bat 'python tools\\rfc_push.py --user %U% --password %P%'
        }
      }
    }
  }
}
"""),
    ("deploy/jenkins/credentials.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1371.vfee6b_095f0a_3">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain><specifications/></com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <id>windchill-svc</id>
          <username>wcadmin</username>
          <password>{AQAAABAAAAAQ«b64k:48-jenkenc1»}</password>  ⟪Jenkins-encrypted value⟫
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <id>sonar</id>
          <secret>{AQAAABAAAAAw«b64k:64-jenkenc2»}</secret>  ⟪Jenkins-encrypted value⟫
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
"""),
    ("ci/azure/plm-cad-tools.yml", r"""
trigger:
  branches: {include: [main]}
pool:
  name: plm-windows
variables:
  NX_LICENSE_SERVER: 28000@af-lic01.af.corp  ⟪licence server address⟫
  TEAMCENTER_USER: infodba
  TEAMCENTER_PASSWORD: «pwc:infodba»  ⟦password|Teamcenter infodba password in pipeline variables⟧
  NUGET_PAT: $(ArtifactsPat)  ⟪pipeline variable reference⟫
steps:
  - script: nuget sources add -Name af -Source https://pkgs.dev.azure.com/ardentforge/_packaging/plm/nuget/v3/index.json -Username az -Password «gpat:nugetplm»  ⟦password|Azure DevOps PAT as a nuget source password⟧
  - script: msbuild AfNxTools.sln /p:Configuration=Release
"""),
    ("services/quench/bitbucket-pipelines.yml", r"""
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: test and deploy
          script:
            - pip install -r requirements.txt
            - pytest -q
            - pipe: atlassian/aws-lambda-deploy:1.12.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                AWS_DEFAULT_REGION: us-east-2
                FUNCTION_NAME: quench-spc-alerts
                COMMAND: update
                ZIP_FILE: build/quench.zip
            - curl -s -u quench-bot:«atl:quench» https://ardentforge.atlassian.net/rest/api/3/issue -d @release-note.json  ⟦app-secret|Atlassian API token on a curl command line⟧
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  pulumi-up:
    docker:
      - image: pulumi/pulumi-python:3.137.0
    environment:
      PULUMI_ACCESS_TOKEN: «pulumi:circle»  ⟦app-secret|Pulumi access token in CircleCI environment⟧
      PULUMI_STACK: ardent-forge/smelter/prd
    steps:
      - checkout
      - aws-cli/setup:
          role_arn: arn:aws:iam::256908417733:role/circleci-smelter  ⟪OIDC role⟫
      - run: cd infra/pulumi/smelter && pulumi up --yes --stack $PULUMI_STACK
workflows:
  smelter:
    jobs: [pulumi-up]
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    params {
        password("env.ARTIFACTORY_TOKEN", "credentialsJSON:«uuid:tccred»")  ⟪TeamCity credentialsJSON token⟫
        password("env.HANA_PASSWORD", "«sappw:tchana»", display = ParameterDisplay.HIDDEN)  ⟦password|literal value of a TeamCity password parameter⟧
        param("env.HANA_HOST", "s4q-hana.erp.af.corp:30015")
    }
    buildType(MesReports)
}

object MesReports : BuildType({
    name = "MES reports"
    steps {
        script { scriptContent = "./gradlew :reports:build" }
    }
})
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: ewon-poller

steps:
  - name: build
    image: golang:1.23
    commands:
      - go build ./cmd/ewon-poller
  - name: publish
    image: plugins/ecr
    settings:
      registry: 256908417733.dkr.ecr.us-east-2.amazonaws.com
      repo: ot/ewon-poller
      access_key:
        from_secret: ecr_access_key  ⟪from_secret⟫
      secret_key:
        from_secret: ecr_secret_key
  - name: smoke
    image: golang:1.23
    environment:
      T2M_DEVELOPER_ID: «uuid:t2mdevid»  ⟦?app-secret|Talk2M developer id, a partner credential more than an identifier⟧
      T2M_PASSWORD: «pwn:talk2m»  ⟦password|Talk2M password in Drone environment⟧
    commands:
      - ./ewon-poller --once
"""),
    (".buildkite/pipeline.yml", r"""
env:
  TS_AUTHKEY: «tskey:buildkite»  ⟦app-secret|Tailscale auth key in a Buildkite pipeline⟧
steps:
  - label: ":package: historian agent"
    command: make agent
    agents:
      queue: ot-builders
  - label: ":rocket: push to plants"
    command: scripts/push-agents.sh DAY1 SLT BRN PNQ
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            PLANT_SSH_KEY: ot/push-agents/ssh-key  ⟪Secrets Manager plugin reference⟫
"""),
    (".woodpecker.yml", r"""
steps:
  - name: build-hmi-tools
    image: mcr.microsoft.com/dotnet/sdk:8.0
    commands:
      - dotnet build HmiTools.sln -c Release
  - name: upload
    image: amazon/aws-cli:2.18.0
    environment:
      AWS_ACCESS_KEY_ID:
        from_secret: hmi_upload_key  ⟪from_secret⟫
      AWS_SECRET_ACCESS_KEY:
        from_secret: hmi_upload_secret
    commands:
      - aws s3 cp out/ s3://af-ot-tools-730164928357/hmi/ --recursive
"""),
    ("ci/tekton/pipelinerun-firmware.yaml", r"""
apiVersion: tekton.dev/v1
kind: PipelineRun
metadata:
  generateName: firmware-
  namespace: ci
spec:
  pipelineRef:
    name: firmware-build
  params:
    - name: artifactory-url
      value: https://artifactory.ardentforge.com/artifactory/firmware-local
    - name: artifactory-token
      value: «artref:tekton»  ⟦app-secret|JFrog reference token as a PipelineRun param⟧
    - name: signing-key-secret
      value: firmware-signing-key  ⟪secret name⟫
  workspaces:
    - name: source
      volumeClaimTemplate:
        spec:
          accessModes: [ReadWriteOnce]
          resources: {requests: {storage: 2Gi}}
"""),
    ("ansible/inventories/plants/group_vars/ot_jumphosts.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: AF-OT\svc-ansible
ansible_password: «pwl:ansiblewinrm»  ⟦password|WinRM password in Ansible group_vars⟧
secomea_gm_password: "{{ vault_secomea_gm_password }}"  ⟪vault variable⟫
"""),
    ("ansible/inventories/plants/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:80-vault1»  ⟪ansible-vault body⟫
«hex:80-vault2»
«hex:64-vault3»
"""),
    ("ansible/roles/kepware/tasks/main.yml", r"""
- name: create the IoT Gateway MQTT agent
  ansible.builtin.uri:
    url: "https://{{ inventory_hostname }}:57513/config/v1/project/_iot_gateway/mqtt_clients"
    method: POST
    url_username: Administrator
    url_password: «ftpw:kepconfig»  ⟦password|Kepware configuration API password in an Ansible task⟧
    force_basic_auth: true
    validate_certs: false
    body_format: json
    body:
      common.ALLTYPES_NAME: sitewise-agent
      iot_gateway.MQTT_CLIENT_URL: "ssl://{{ iot_endpoint }}:8883"
      iot_gateway.MQTT_CLIENT_PASSWORD: "{{ lookup('amazon.aws.aws_secret', 'bellows/kepware-mqtt') }}"  ⟪lookup()⟫
"""),
    ("ansible/roles/mosquitto/defaults/main.yml", r"""
mosquitto_listener_port: 8883
mosquitto_users:
  - name: nodered
    password: «pwp:mqttnodered»  ⟦password|MQTT user password in role defaults⟧
  - name: ignition
    password: «pwr:mqttignition»  ⟦password|MQTT user password in role defaults⟧
  - name: readonly
    password: "{{ vault_mqtt_readonly }}"  ⟪vault variable⟫
"""),
    ("ansible/roles/zebra_printers/tasks/main.yml", r"""
- name: push WLAN settings to the ZT411 label printers over port 9100
  ansible.builtin.shell: |
    printf '! U1 setvar "wlan.essid" "AF-SCAN"\r\n! U1 setvar "wlan.wpa.psk" "«sgpsk:zebrawlan»"\r\n! U1 do "device.reset" ""\r\n' | nc -q1 {{ item }} 9100  ⟦password|WLAN passphrase in Zebra SGD commands⟧
  loop: "{{ groups['zebra_printers'] }}"

- name: set the printer control-panel password
  ansible.builtin.shell: printf '^XA^KP«pin:4-zebrakp»^JUS^XZ' | nc -q1 {{ item }} 9100  ⟦password|ZPL ^KP printer password⟧
  loop: "{{ groups['zebra_printers'] }}"
"""),
    ("ansible/playbooks/cisco-ie-switches.yml", r"""
- hosts: ie_switches
  gather_facts: false
  connection: ansible.netcommon.network_cli
  tasks:
    - name: baseline
      cisco.ios.ios_config:
        lines:
          - snmp-server community «lo:12-snmpro» RO 10  ⟦password|SNMP community in a switch playbook⟧
          - username netops privilege 15 secret 0 «pwl:ienetops»  ⟦password|type 0 secret in a switch playbook⟧
          - snmp-server community public RO  ⟪SNMP default community⟫
          - ntp server 10.20.0.5
"""),
    ("packer/ot-jump.pkr.hcl", r"""
source "amazon-ebs" "ot_jump" {
  region          = "us-east-2"
  instance_type   = "t3.large"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwinrm»"  ⟦password|WinRM password in a Packer template⟧
  winrm_use_ssl  = true
  winrm_insecure = true
  user_data_file = "scripts/winrm-bootstrap.ps1"
  ami_name       = "af-ot-jump-{{timestamp}}"
}

build {
  sources = ["source.amazon-ebs.ot_jump"]
  provisioner "powershell" {
    scripts = ["scripts/install-factorytalk-tools.ps1", "scripts/install-tia-portal.ps1"]
  }
}
"""),
    ("packer/hmi-image.pkr.hcl", r"""
variable "ssh_password" {
  type      = string
  sensitive = true
}

source "qemu" "hmi" {
  iso_url      = "https://cdimage.debian.org/cdimage/release/12.8.0/amd64/iso-cd/debian-12.8.0-amd64-netinst.iso"
  iso_checksum = "sha256:«sha256:hmiiso»"  ⟪ISO checksum⟫
  ssh_username = "hmi"
  ssh_password = var.ssh_password  ⟪variable reference⟫
}
"""),
    ("puppet/hieradata/role/historian.yaml", r"""
---
profile::historian::pi_server: brn-pida01.ot.af.corp
profile::historian::service_account: AF\svc-pi
profile::historian::service_password: >
  ENC[PKCS7,«b64k:180-eyaml»]  ⟪hiera-eyaml encrypted value⟫
profile::historian::canary_api_token: «uuid:canaryhiera»  ⟦app-secret|Canary historian API token in hiera⟧
"""),
    ("puppet/hieradata/common.yaml", r"""
---
profile::base::ntp_servers: [10.20.0.5, 10.30.0.5]
profile::base::smtp_relay: email-smtp.us-east-2.amazonaws.com
profile::base::smtp_user: «akid:sespuppet»  ⟦aws-key-id|SES SMTP user in hiera⟧
profile::base::smtp_password: «sesv4:puppet»  ⟦aws-ses-smtp|SES SMTP password in hiera⟧
profile::base::local_admin_password: «pwc:puppetlocal»  ⟦password|local admin password in hiera⟧
"""),
    ("deploy/systemd/opcua-collector.service", r"""
[Unit]
Description=Ardent Forge OPC UA collector (line PCs)
After=network-online.target

[Service]
User=collector
Environment=OPCUA_ENDPOINT=opc.tcp://10.40.8.15:4840
Environment=OPCUA_USER=collector
Environment=OPCUA_PASSWORD=«ftpw:opcuabrn»  ⟦password|password in a systemd Environment line⟧
EnvironmentFile=-/etc/default/opcua-collector
ExecStart=/opt/collector/bin/collector
Restart=always

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/helm/anvil-mes/templates/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: {{ include "anvil.fullname" . }}-sap
type: Opaque
data:
  SAP_PASSWD: {{ .Values.sap.password | b64enc | quote }}  ⟪Helm template expression⟫
  DB_PASSWORD: {{ required "mssql.auth.password" .Values.mssql.auth.password | b64enc | quote }}
"""),
    ("ci/github/composite-actions/sap-transport/action.yml", r"""
name: sap-transport
description: release an SAP transport request through the CTS+ web service
inputs:
  transport:
    required: true
  cts-user:
    default: CTS_GHA
  cts-password:
    description: CTS+ password
    default: «sappw:ctsgha»  ⟦password|literal default of an action input⟧
runs:
  using: composite
  steps:
    - shell: bash
      run: ./release.sh "${{ inputs.transport }}" "${{ inputs.cts-user }}" "${{ inputs.cts-password }}"  ⟪input reference⟫
"""),
]
