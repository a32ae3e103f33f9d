"""fresh25 templates, deployment and CI (Ironvale Civil & Building): Kubernetes, kustomize, Helm, Argo CD,
compose, Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Bitbucket, CircleCI, Azure Pipelines, Buildkite,
Drone, TeamCity, Ansible, Packer, systemd and Nomad.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/costbook/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: costbook-erp
  namespace: costbook
type: Opaque
data:
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:costbookk8s»  ⟦aws-b64|base64 key id in a Secret data field⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:costbookk8s»  ⟦aws-b64|base64 secret in a Secret data field⟧
  VISTA_SQL_PASSWORD: «b64:pwx:vistasql»  ⟦password-b64|base64 Vista SQL password (the same as the ECS env)⟧
"""),
    ("deploy/k8s/costbook/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: costbook-api
  namespace: costbook
spec:
  replicas: 3
  selector:
    matchLabels: {app: costbook-api}
  template:
    metadata:
      labels: {app: costbook-api}
    spec:
      serviceAccountName: costbook
      containers:
        - name: api
          image: 739152804461.dkr.ecr.us-east-2.amazonaws.com/costbook-api:4.12.0
          env:
            - name: SAGE_CRE_ODBC_PWD
              value: "«pw6:sagecre»"  ⟦password|Sage 300 CRE ODBC password in a Deployment (reused)⟧
            - name: VISTA_SQL_PASSWORD
              valueFrom:
                secretKeyRef: {name: costbook-erp, key: VISTA_SQL_PASSWORD}  ⟪secretKeyRef⟫
"""),
    ("deploy/k8s/costbook/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: costbook-spectrum
  namespace: costbook
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: costbook-spectrum}
  data:
    - secretKey: SPECTRUM_AUTH_ID
      remoteRef: {key: costbook/prod/spectrum-sde, property: authorization_id}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/sitewatch/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: sitewatch-config
  namespace: sitewatch
data:
  EARTHCAM_BASE_URL: https://webservice.earthcam.net/v2
  CAMERA_RTSP_DEN2417: rtsp://viewer:«pwp:axisden»@10.24.17.21:554/axis-media/media.amp  ⟦conn-string|RTSP URL with camera password in a ConfigMap⟧
  OXBLUE_PROJECT_IDS: "8812,8813,9004"
  MAPBOX_TOKEN: «mapboxpk:web»  ⟪Mapbox public token⟫
"""),
    ("deploy/k8s/sitewatch/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: sitewatch-brivo
  namespace: sitewatch
spec:
  encryptedData:
    BRIVO_CLIENT_SECRET: «sealed:brivo»  ⟪SealedSecret blob⟫
    BRIVO_API_KEY: «sealed:brivokey»
"""),
    ("deploy/k8s/sitewatch/cronjob-weather.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: davis-weather-pull
  namespace: sitewatch
spec:
  schedule: "*/10 * * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: pull
              image: 739152804461.dkr.ecr.us-west-2.amazonaws.com/weather-pull:1.0.7
              args:
                - --api-key=«wlink:key»  ⟪WeatherLink api-key (the identifier half)⟫
                - --api-secret-file=/etc/weatherlink/api-secret
                - --stations=«num:6-wlst1»,«num:6-wlst2»
"""),
    ("deploy/k8s/fieldline/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: fieldline
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: fieldline-vendors
    literals:
      - SAFETYCULTURE_API_TOKEN=«hex:64-safetyculture»  ⟦app-secret|SafetyCulture token in a secretGenerator literal (reused)⟧
    envs:
      - vendors.env
images:
  - name: fieldline-api
    newTag: 2026.05.14
"""),
    ("deploy/k8s/fieldline/vendors.env", r"""
HAMMERTECH_API_KEY=«ggkey:hammertech»  ⟦app-secret|HammerTech key in a kustomize env file (reused)⟧
SMARTSHEET_ACCESS_TOKEN=«smartsheet:fieldline»  ⟦app-secret|Smartsheet API access token⟧
PROCORE_COMPANY_ID=«num:6-procoreco»
"""),
    ("deploy/k8s/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: dockerhub-pull
  namespace: gridpoint
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:pull»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/gridpoint/serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: gridpoint-sync
  namespace: gridpoint
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::614208937155:role/gridpoint-sync-irsa  ⟪IRSA role⟫
"""),
    ("deploy/helm/ironfleet/values-prod.yaml", r"""
image:
  repository: 739152804461.dkr.ecr.us-west-2.amazonaws.com/ironfleet
  tag: 3.8.2
replicaCount: 2
postgresql:
  enabled: false
externalDatabase:
  host: ironfleet-prod.cluster-cq7x1aa2b3c4.us-west-2.rds.amazonaws.com
  user: ironfleet
  password: «pwc:fleetdbhelm»  ⟦password|Helm externalDatabase password⟧
  existingSecret: ""
telematics:
  visionlink:
    clientId: ironvale-aemp-prod
    existingSecret: ironfleet-visionlink  ⟪existingSecret⟫
  komtrax:
    user: ironvale_fleet
    password: «pwn:komtrax»  ⟦password|Komtrax password in Helm values (reused)⟧
  jdlink:
    clientSecret: «okx:43-deere»  ⟦app-secret|Deere client secret in Helm values (reused)⟧
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwl:grafanaadmin»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: Timestream
        type: grafana-timestream-datasource
        jsonData: {authType: default, defaultRegion: us-west-2}
      - name: sitewatch-influx
        type: influxdb
        url: http://influxdb.sitewatch:8086
        jsonData: {version: Flux, organization: ironvale, defaultBucket: concrete}
        secureJsonData:
          token: «urlsafe:64-influx»  ⟦app-secret|InfluxDB token in Grafana provisioning⟧
smtp:
  existingSecret: grafana-smtp  ⟪existingSecret⟫
"""),
    ("deploy/helm/subgate/values.yaml", r"""
# defaults - real values come from the environment overlays
image:
  repository: 739152804461.dkr.ecr.us-west-2.amazonaws.com/subgate
  tag: ""
env:
  ISN_PASSWORD: ""  ⟪empty value⟫
  AVETTA_API_KEY: "<avetta-api-key>"  ⟪placeholder⟫
  TEXTURA_PASSWORD: changeme  ⟪placeholder word⟫
  DATABASE_URL: postgres://subgate:${SUBGATE_DB_PASSWORD}@subgate-db:5432/subgate  ⟪env interpolation in a URL⟫
"""),
    ("deploy/argocd/apps/subgate-prod.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: subgate-prod
  namespace: argocd
spec:
  project: field
  source:
    repoURL: https://github.com/ironvale-civil/deploy-charts.git
    targetRevision: main
    path: subgate
    helm:
      parameters:
        - name: env.AVETTA_API_KEY
          value: «b62:40-avetta»  ⟦app-secret|Avetta key as an Argo CD Helm parameter (reused)⟧
        - name: env.TEXTURA_PASSWORD
          value: «pwc:textura»  ⟦password|Textura password as an Argo CD Helm parameter⟧
  destination:
    server: https://«uhex:32-eksid».gr7.us-west-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
    namespace: subgate
"""),
    ("deploy/argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: deploy-charts-repo
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/ironvale-civil/deploy-charts.git
  username: ironvale-argocd
  password: «ghp:argocd»  ⟦github|GitHub token as an Argo CD repository password⟧
"""),
    ("deploy/compose/survey-office/docker-compose.yml", r"""
services:
  snip-caster:
    image: ironvale/snip-caster:3.18
    ports: ["2101:2101"]
    environment:
      CASTER_ADMIN_PASSWORD: «ntrip:casteradmin»  ⟦password|NTRIP caster admin password in compose⟧
      SOURCE_PASSWORD_IVC_DEN01: «ntrip:densource»  ⟦password|NTRIP source password in compose (reused)⟧
  postgres:
    image: postgis/postgis:16-3.4
    environment:
      POSTGRES_USER: gnss
      POSTGRES_PASSWORD: «pwn:gnssdb»  ⟦password|PostGIS password in compose (the same as the CDK Java)⟧
  pgadmin:
    image: dpage/pgadmin4:8
    environment:
      PGADMIN_DEFAULT_EMAIL: survey-admin@ironvale-civil.com
      PGADMIN_DEFAULT_PASSWORD: ${PGADMIN_PASSWORD}  ⟪env interpolation⟫
"""),
    ("deploy/compose/sitewatch-edge/docker-compose.yml", r"""
services:
  chirpstack:
    image: chirpstack/chirpstack:4
    command: -c /etc/chirpstack
    environment:
      POSTGRESQL_DSN: postgres://chirpstack:«pwp:chirpdb»@postgres/chirpstack?sslmode=disable  ⟦conn-string|ChirpStack PostgreSQL DSN with password⟧
      API_SECRET: «b64k:32-chirpapi»  ⟦app-secret|ChirpStack API JWT signing secret⟧
  mosquitto:
    image: eclipse-mosquitto:2
    volumes: ["./mosquitto:/mosquitto/config"]
  node-red:
    image: nodered/node-red:3.1
    environment:
      NODE_RED_CREDENTIAL_SECRET: «b62:24-noderedcred»  ⟦app-secret|Node-RED credential secret⟧
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
"""),
    ("deploy/compose/sitewatch-edge/.env", r"""
COMPOSE_PROJECT_NAME=sitewatch-edge
TTN_APP_KEY=«appkey:maturity01»  ⟦app-secret|LoRaWAN AppKey⟧
SITE_CODE=DEN-2417
"""),
    ("deploy/compose/dev/docker-compose.yml", r"""
# local development only
services:
  localstack:
    image: localstack/localstack:3
    environment:
      AWS_ACCESS_KEY_ID: test  ⟪LocalStack test credentials⟫
      AWS_SECRET_ACCESS_KEY: test
  sqlserver:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "<YourStrong@Passw0rd>"  ⟪documented placeholder⟫
"""),
    ("docker/costbook/Dockerfile", r"""
FROM eclipse-temurin:21-jre
WORKDIR /app
COPY target/costbook-api.jar app.jar
ENV SPECTRUM_SDE_URL=https://spectrum.ironvale-civil.ca/ws/ \
    SPECTRUM_COMPANY=IVC \
    SPECTRUM_AUTH_ID=«spectrum:sde-calgary»  ⟦app-secret|Spectrum authorization id baked into a Dockerfile ENV (reused)⟧
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "app.jar"]
"""),
    ("docker/pix4d/Dockerfile", r"""
FROM ubuntu:22.04
ARG PIX4D_LICENSE_KEY=«up:20-pix4dlic»  ⟦?app-secret|Pix4D licence key as a build ARG default⟧
RUN apt-get update && apt-get install -y --no-install-recommends python3 python3-pip && rm -rf /var/lib/apt/lists/*
RUN --mount=type=secret,id=pix4d_secret PIX4D_CLIENT_SECRET=$(cat /run/secrets/pix4d_secret) ./activate.sh  ⟪BuildKit secret mount⟫
COPY engine/ /opt/pix4d
"""),
    ("docker/snip/Dockerfile", r"""
FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y curl ca-certificates && rm -rf /var/lib/apt/lists/*
RUN curl -fsSL -u deploy:«pwx:nexus» https://nexus.ironvale-civil.com/repository/raw-tools/snip/snip-3.18.tgz | tar -xz -C /opt  ⟦password|Nexus password in a Dockerfile curl -u (reused)⟧
COPY relay.cfg /opt/snip/relay.cfg
CMD ["/opt/snip/snip", "-c", "/opt/snip/relay.cfg"]
"""),
    (".github/workflows/costbook.yml", r"""
name: costbook
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
      NEXUS_PASSWORD: ${{ secrets.NEXUS_PASSWORD }}  ⟪GitHub secret reference⟫
      SONAR_TOKEN: «sqp:costbook»  ⟦sonarqube|SonarQube token in workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::739152804461:role/gha-deploy
          aws-region: us-east-2
      - run: mvn -B verify sonar:sonar -Dsonar.host.url=https://sonar.ironvale-civil.com
"""),
    (".github/workflows/skyframe-release.yml", r"""
name: skyframe-release
on:
  workflow_dispatch:
jobs:
  release:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - name: upload orthomosaic tiles
        env:
          AWS_ACCESS_KEY_ID: «akid:skyframegha»  ⟦aws-key-id|key id in a workflow step env⟧
          AWS_SECRET_ACCESS_KEY: «awssec:skyframegha»  ⟦aws-secret|secret in a workflow step env⟧
          AWS_DEFAULT_REGION: us-west-2
        run: aws s3 sync tiles/ s3://ivc-skyframe-tiles/
      - name: notify
        run: |
          curl -s -X POST -H 'Content-type: application/json' \
            --data '{"text":"skyframe tiles published"}' «slackhook:skyframe»  ⟦slack|Slack webhook in a workflow run step⟧
"""),
    (".github/workflows/fieldline-android.yml", r"""
name: fieldline-android
on: [push]
jobs:
  assemble:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: {distribution: temurin, java-version: '17'}
      - run: ./gradlew assembleRelease
        env:
          KEYSTORE_PASSWORD: ${{ secrets.KEYSTORE_PASSWORD }}
          MAPBOX_DOWNLOADS_TOKEN: «mapboxsk:downloads»  ⟦app-secret|Mapbox secret downloads token in a workflow⟧
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
"""),
    (".gitlab-ci.yml", r"""
stages: [test, build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  PW_DATASOURCE: "pw-den01.ironvale.local:IVC-Projects"
  PW_USER: "svc_plancore"
  PW_PASSWORD: "«pwl:pwsync»"  ⟦password|ProjectWise password in GitLab CI variables (reused)⟧
  APS_CLIENT_SECRET: "«aps:plancore»"  ⟦app-secret|Autodesk Platform Services client secret in GitLab CI⟧
unit:
  stage: test
  image: python:3.12
  script:
    - pip install -r requirements.txt
    - pytest -q
build:
  stage: build
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI_JOB_TOKEN⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHA .
deploy:
  stage: deploy
  script:
    - curl -s --header "PRIVATE-TOKEN: «glpat:deploy»" "https://gitlab.ironvale-civil.com/api/v4/projects/88/deployments"  ⟦gitlab|GitLab PAT in a curl header⟧
"""),
    ("ci/jenkins/Jenkinsfile.vista-reports", r"""
pipeline {
  agent { label 'windows-erp' }
  environment {
    VISTA_CRED = credentials('vista-reports-sql')  ⟪Jenkins credentials()⟫
    SSRS_PASSWORD = '«pwn:ssrs»'  ⟦password|SSRS service password in a Jenkinsfile environment⟧
  }
  stages {
    stage('Deploy reports') {
      steps {
        bat 'rs.exe -i deploy.rss -s http://den-vista-ssrs/ReportServer -u IRONVALE\\svc_ssrs -p %SSRS_PASSWORD%'
        bat 'sqlcmd -S den-vista-sql01 -U vista_rpt -P «pw6:vistarpt» -i grants.sql'  ⟦password|sqlcmd -P password in a Jenkinsfile⟧
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
          <id>vista-reports-sql</id>
          <username>vista_rpt</username>
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
          name: Build subgate web
          caches: [node]
          script:
            - npm ci
            - npm run build
      - step:
          name: Deploy
          script:
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: «akid:bbdeploy»  ⟦aws-key-id|key id in a Bitbucket pipe⟧
                AWS_SECRET_ACCESS_KEY: «awssec:bbdeploy»  ⟦aws-secret|secret in a Bitbucket pipe⟧
                AWS_DEFAULT_REGION: us-west-2
                S3_BUCKET: ivc-subgate-web
                LOCAL_PATH: dist
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  tbc-export:
    docker:
      - image: cimg/python:3.12
        auth:
          username: ironvaleci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub PAT as CircleCI image auth⟧
    steps:
      - checkout
      - run: python export_alignments.py
workflows:
  nightly:
    jobs: [tbc-export]
"""),
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main]
pool:
  vmImage: windows-2022
variables:
  - group: projectwise-prod  ⟪variable group⟫
  - name: PWPS_DAB_LICENSE
    value: «up:24-pwpslic»  ⟦?app-secret|pwps_dab licence key in a pipeline variable⟧
  - name: PW_ADMIN_PASSWORD
    value: '«pwc:pwadmin»'  ⟦password|ProjectWise admin password as a pipeline variable⟧
steps:
  - powershell: |
      Import-Module pwps_dab
      New-PWLogin -DatasourceName 'pw-den01.ironvale.local:IVC-Projects' -UserName pwadmin -Password (ConvertTo-SecureString $(PW_ADMIN_PASSWORD) -AsPlainText -Force)  ⟪pipeline variable macro⟫
      Get-PWFolders -FolderPath 'Projects\2417 I-70 Interchange' | Export-Csv folders.csv
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":hammer: build gridpoint"
    command: make build
  - label: ":rocket: publish"
    command: make publish
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            NPM_TOKEN: ci/npm-token  ⟪secrets plugin reference⟫
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: fuel-sync
steps:
  - name: test
    image: python:3.12
    commands:
      - pip install -r requirements.txt
      - pytest -q
  - name: publish
    image: plugins/ecr
    settings:
      access_key: «akid:drone»  ⟦aws-key-id|key id in a Drone ECR plugin⟧
      secret_key: «awssec:drone»  ⟦aws-secret|secret in a Drone ECR plugin⟧
      repo: 739152804461.dkr.ecr.us-west-2.amazonaws.com/fuel-sync
      registry: 739152804461.dkr.ecr.us-west-2.amazonaws.com
  - name: notify
    image: plugins/slack
    settings:
      webhook:
        from_secret: slack_webhook  ⟪from_secret⟫
"""),
    (".teamcity/settings.kts", r"""
import jetbrains.buildServer.configs.kotlin.*
import jetbrains.buildServer.configs.kotlin.buildSteps.script

version = "2024.03"

project {
    buildType(TbcMacros)
    params {
        password("env.TRIMBLE_ID_PASSWORD", "credentialsJSON:«uuid:tccredjson»")  ⟪TeamCity credentialsJSON token⟫
        param("env.P6_WS_USER", "svc_p6ws")
        param("env.P6_WS_PASSWORD", "«pwn:p6ws»")  ⟦password|Primavera P6 web services password as a TeamCity param⟧
    }
}

object TbcMacros : BuildType({
    name = "TBC macros"
    steps {
        script { scriptContent = "msbuild TbcMacros.sln /p:Configuration=Release" }
    }
})
"""),
    ("ansible/group_vars/site_trailers.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_user: IRONVALE\svc_ansible
ansible_password: «pwl:ansiblewinrm»  ⟦password|WinRM password in Ansible group_vars⟧
ansible_winrm_server_cert_validation: ignore
trailer_plotter_share: \\den-fs02\plot
bluebeam_license_serial: "{{ vault_bluebeam_serial }}"  ⟪vault variable⟫
"""),
    ("ansible/group_vars/site_routers/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hexenc:b64k:96-ansvault»  ⟪ansible-vault body⟫
"""),
    ("ansible/roles/timeclock-kiosk/defaults/main.yml", r"""
kiosk_user: kiosk
kiosk_exit_pin: "«pin:4-kioskexit»"  ⟦?password|kiosk exit PIN (four digits)⟧
kiosk_api_base: https://timeclock.ironvale-civil.com/api
kiosk_wifi_ssid: IVC-FIELD
kiosk_wifi_psk: "{{ lookup('amazon.aws.aws_secret', 'sites/wifi-field') }}"  ⟪Ansible lookup⟫
"""),
    ("ansible/roles/gnss-base/tasks/main.yml", r"""
- name: configure the Trimble Alloy base receiver over its web API
  ansible.builtin.uri:
    url: "http://{{ inventory_hostname }}/prog/set?NtripServer&Caster=caster.ironvale-survey.net&Port=2101&Mount={{ mount }}&Password={{ source_password }}"
    url_username: admin
    url_password: "«pwp:alloyadmin»"  ⟦password|GNSS receiver web admin password in an Ansible task⟧
    force_basic_auth: true
- name: set the receiver's NTRIP client login
  ansible.builtin.uri:
    url: "http://{{ inventory_hostname }}/prog/set?NtripClient&User=ivc_rover&Password=«ntrip:rover»"  ⟦password|NTRIP client password in a receiver API URL⟧
    url_username: admin
    url_password: "{{ vault_alloy_admin }}"  ⟪vault variable⟫
"""),
    ("ansible/roles/site-router/templates/cradlepoint.json.j2", r"""
{
  "system": {"system_id": "{{ site_code }}-r1", "admin": {"password": "{{ router_admin_password }}"}},  ⟪Jinja variable⟫
  "wlan": {"radio": [{"bss": [{"ssid": "IVC-FIELD", "wpapsk": "«wifipsk:field»"}]}]},  ⟦password|site Wi-Fi PSK in a router config template⟧
  "wan": {"rules2": [{"trigger_name": "LTE-Verizon", "modem": {"apn": "ironvale.vzwentp", "username": "ivc", "password": "«aptpw:vzapn»"}}]}  ⟦password|private LTE APN password⟧
}
"""),
    ("packer/trailer-pc.pkr.hcl", r"""
source "amazon-ebs" "trailer" {
  region        = "us-west-2"
  instance_type = "t3.large"
  source_ami_filter {
    filters = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners  = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:packerwinrm»"  ⟦password|Packer WinRM password⟧
  user_data_file = "scripts/bootstrap.ps1"
}

build {
  sources = ["source.amazon-ebs.trailer"]
  provisioner "powershell" {
    environment_vars = ["BLUEBEAM_SERIAL=${var.bluebeam_serial}"]  ⟪variable reference⟫
    script           = "scripts/install-bluebeam.ps1"
  }
}
"""),
    ("deploy/systemd/ntrip-relay.service", r"""
[Unit]
Description=NTRIP relay (RTKLIB str2str) for the Denver base
After=network-online.target

[Service]
ExecStart=/usr/local/bin/str2str -in serial://ttyUSB0:115200 -out ntrips://:«ntrip:densource»@caster.ironvale-survey.net:2101/IVC_DEN01  ⟦password|NTRIP server password in an str2str command line (reused)⟧
Restart=always
User=gnss

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/nomad/fuel-sync.nomad.hcl", r"""
job "fuel-sync" {
  datacenters = ["den-yard"]
  group "sync" {
    task "sync" {
      driver = "docker"
      config { image = "739152804461.dkr.ecr.us-west-2.amazonaws.com/fuel-sync:1.4.0" }
      template {
        data        = <<EOH
FUELFORCE_PASSWORD={{ with secret "kv/data/fuel" }}{{ .Data.data.fuelforce }}{{ end }}  ⟪Vault template⟫
EOH
        destination = "secrets/env"
        env         = true
      }
      env {
        GASBOY_API_PASSWORD = "«pwp:gasboy»"  ⟦password|Gasboy fuel controller password in a Nomad job⟧
      }
    }
  }
}
"""),
    ("deploy/k8s/ingress-basic-auth.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: grafana-basic-auth
  namespace: sitewatch
type: Opaque
stringData:
  auth: "sitewatch:«apr1:grafanaba»"  ⟪htpasswd apr1 hash⟫
  token: «jwt:sitewatch-reader»  ⟦jwt|bearer JWT in a Secret stringData⟧
"""),
    ("deploy/helm/chirpstack/values.yaml", r"""
chirpstack:
  postgresql:
    dsn: postgres://chirpstack:«pwp:chirpdb»@chirpstack-db:5432/chirpstack  ⟦conn-string|ChirpStack DSN in Helm values (reused)⟧
  integration:
    mqtt:
      server: tcp://mosquitto:1883
      username: chirpstack
      password: '«pwp:mqttchirp»'  ⟦password|MQTT password in Helm values⟧
"""),
    ("ansible/inventory/site_routers.ini", r"""
[site_routers]
den-2417-r1 ansible_host=10.24.17.1
den-2452-r1 ansible_host=10.24.52.1
yyc-5110-r1 ansible_host=10.51.10.1

[site_routers:vars]
ansible_network_os=cradlepoint
ansible_user=admin
ansible_password=«pwp:routeri70»  ⟦password|router password in an Ansible inventory (reused)⟧
"""),
]
