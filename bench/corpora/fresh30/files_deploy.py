"""fresh30 templates, deployment and CI (Kestrelway Rail & Metro): Kubernetes, Helm, kustomize, compose,
Dockerfiles, GitHub Actions, GitLab CI, Jenkins, Bitbucket, Azure Pipelines, CircleCI, Buildkite, Ansible.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/journey-api-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: journey-api
  namespace: wayfarer
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:journeyk8s»  ⟦aws-b64|base64 key id in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:journeyk8s»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: «b64:lit:eu-west-2»  ⟪base64 of a region name⟫
"""),
    ("deploy/k8s/otp-graph-builder-cronjob.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: otp-graph-build
  namespace: wayfarer
spec:
  schedule: "15 2 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: builder
              image: ghcr.io/kestrelway/otp-builder:2.6.0
              args:
                - --gtfs=s3://krm-opendata/gtfs/kestrelway.zip
                - --osm=s3://krm-opendata/osm/region.pbf
                - --upload-password=«pwn:otpupload»  ⟦password|CronJob argument password⟧
              env:
                - name: DATAHUB_SECRET
                  valueFrom:
                    secretKeyRef: {name: datahub, key: secret}  ⟪secretKeyRef⟫
"""),
    ("deploy/k8s/siri-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: siri-partners
  namespace: opendata
type: Opaque
stringData:
  northmoor-buses.password: «pwp:northmoorsiri»  ⟦password|stringData partner SIRI password⟧
  rivercity-trams.apikey: «hex:32-rivercity»  ⟦app-secret|partner tram operator API key in stringData⟧
  subscriber-ref: KRM-SIRI-0007  ⟪subscriber id⟫
"""),
    ("deploy/k8s/external-secret-farebridge.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: farebridge
spec:
  refreshInterval: 1h
  secretStoreRef: {name: aws-sm, kind: ClusterSecretStore}
  target: {name: farebridge}
  data:
    - secretKey: acquirer
      remoteRef: {key: farebridge/prod/acquirer, property: api_secret}  ⟪remoteRef⟫
"""),
    ("deploy/k8s/sealed-roster.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: roster-db
  namespace: rosterline
spec:
  encryptedData:
    password: «sealed:roster»  ⟪SealedSecret blob⟫
"""),
    ("deploy/k8s/regcred.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: regcred
  namespace: onboard
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:regcred»  ⟦docker-hub|base64 dockerconfigjson with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/configmap-pids.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: pids-renderer
data:
  departures.url: https://api.kestrelway.co.uk/departures/v1
  cms.user: pids-render
  cms.password: «pwl:pidscms»  ⟦password|password in a ConfigMap⟧
  font.cache: /var/cache/pids/fonts
"""),
    ("deploy/helm/farebridge/values-prod.yaml", r"""
replicaCount: 4
image:
  repository: 618204937751.dkr.ecr.eu-west-2.amazonaws.com/farebridge
  tag: 3.18.2
postgresql:
  auth:
    username: farebridge
    password: «pwc:helmfaredb»  ⟦password|Helm values postgresql password⟧
    existingSecret: ""
redis:
  auth:
    existingSecret: farebridge-redis  ⟪existingSecret⟫
datadog:
  apiKey: «ddapi:helmfare»  ⟦datadog|Helm Datadog API key⟧
"""),
    ("deploy/helm/wifi-portal/values.yaml", r"""
portal:
  ssid: Kestrelway_Free_WiFi
  termsVersion: 2026-03
  radius:
    host: radius.onboard.kestrelway.local
    secret: «pwr:helmradius»  ⟦password|Helm RADIUS shared secret⟧
  analytics:
    segmentWriteKey: «segment:wifiportal»  ⟦app-secret|Segment server write key in Helm values⟧
  recaptchaSiteKey: 6L«b62:38-recaptcha»  ⟪reCAPTCHA site key, public⟫
"""),
    ("deploy/helm/grafana-occ/values.yaml", r"""
adminUser: admin
adminPassword: «pw:grafanaocc»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: ats-influx
        type: influxdb
        url: http://influx.occ.kestrelway.local:8086
        secureJsonData:
          token: «urlsafe:64-influxocc»  ⟦app-secret|InfluxDB token in Grafana datasource⟧
      - name: cloudwatch
        type: cloudwatch
        jsonData: {authType: default, defaultRegion: eu-west-2}
"""),
    ("deploy/kustomize/depot-yard/kustomization.yaml", r"""
resources:
  - deployment.yaml
secretGenerator:
  - name: yard-mqtt
    literals:
      - username=yard-bridge
      - password=«pwn:yardmqtt»  ⟦password|kustomize secretGenerator literal⟧
  - name: yard-signing
    envs: [signing.env]
"""),
    ("deploy/kustomize/depot-yard/signing.env", r"""
YARD_SIGNING_KEY=«hex:64-yardsign»  ⟦app-secret|kustomize env file signing key⟧
YARD_SIGNING_ALG=HS256
"""),
    ("deploy/compose/depot-maint/docker-compose.yml", r"""
services:
  maximo-bridge:
    image: registry.kestrelway.co.uk/maint/maximo-bridge:4.2
    environment:
      MAXIMO_URL: https://maximo.kestrelway.local/maximo
      MAXIMO_USER: MXINTADM
      MAXIMO_PASSWORD: «pwc:maximointadm»  ⟦password|compose environment password⟧
      OBD_READER_TOKEN: ${OBD_READER_TOKEN}  ⟪compose variable⟫
  postgres:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres  ⟪local default password equal to user⟫
  mqtt:
    image: eclipse-mosquitto:2
    volumes: [./mosquitto:/mosquitto/config]
"""),
    ("deploy/compose/depot-maint/.env", r"""
COMPOSE_PROJECT_NAME=depotmaint
OBD_READER_TOKEN=«okx:32-obdreader»  ⟦app-secret|compose .env token⟧
WHEEL_LATHE_FTP_PASSWORD=«pw6:wheellathe»  ⟦password|wheel lathe FTP password in .env⟧
"""),
    ("deploy/compose/opendata/docker-compose.yml", r"""
services:
  gtfs-validator:
    image: ghcr.io/mobilitydata/gtfs-validator:5.0
  otp:
    image: opentripplanner/opentripplanner:2.6.0
    environment:
      JAVA_TOOL_OPTIONS: -Xmx6g
  feed-proxy:
    image: nginx:1.27
    environment:
      UPSTREAM_BASIC: «basic:feedproxy»  ⟦password-b64|base64 basic-auth value in compose⟧
"""),
    ("deploy/docker/onboard-pis.Dockerfile", r"""
FROM debian:bookworm-slim
ARG ARTIFACTORY_USER=ci-onboard
ENV PIS_CMS_URL=https://cms.kestrelway.co.uk
ENV PIS_CMS_PASSWORD=«pwx:pisdocker»  ⟦password|Dockerfile ENV password⟧
RUN --mount=type=secret,id=artifactory,target=/root/.netrc apt-get update && apt-get install -y pis-player  ⟪BuildKit secret mount⟫
CMD ["/usr/bin/pis-player", "--fullscreen"]
"""),
    ("deploy/docker/tvm-sim.Dockerfile", r"""
FROM eclipse-temurin:21-jre
COPY tvm-simulator.jar /app/
ENV TVM_SIM_MODE=offline
ENV EMV_KERNEL_CONFIG=/app/kernel.xml
ENTRYPOINT ["java", "-jar", "/app/tvm-simulator.jar", "--acquirer-key", "«zmk:tvmsim»"]  ⟦app-secret|acquirer key component in Dockerfile ENTRYPOINT⟧
"""),
    (".github/workflows/deploy-wayfarer.yml", r"""
name: deploy-wayfarer
on:
  push: {branches: [main]}
permissions:
  id-token: write
  contents: read
jobs:
  deploy:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::618204937751:role/gha-wayfarer  ⟪OIDC role⟫
          aws-region: eu-west-2
      - run: sam deploy --no-confirm-changeset
        env:
          SENTRY_AUTH_TOKEN: ${{ secrets.SENTRY_AUTH_TOKEN }}  ⟪GitHub secret reference⟫
"""),
    (".github/workflows/app-release.yml", r"""
name: journey-app-release
on: workflow_dispatch
jobs:
  android:
    runs-on: ubuntu-24.04
    env:
      PLAY_KEYSTORE_PASSWORD: «pwn:keystore»  ⟦password|keystore password in workflow env⟧
      EXPO_TOKEN: «expo:journeyapp»  ⟦app-secret|Expo token in workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - run: ./gradlew bundleRelease
"""),
    (".github/workflows/gtfs-publish.yml", r"""
name: gtfs-publish
on:
  schedule: [{cron: "0 3 * * *"}]
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - name: push to national data hub
        run: |
          curl -sf -u kestrelway-opendata:«pwx:datahubupload» \  ⟦password|curl -u password in a workflow⟧
            -F file=@build/gtfs.zip https://data-hub.transport.gov.uk/api/upload
      - run: aws s3 cp build/gtfs.zip s3://krm-opendata/gtfs/kestrelway.zip
        env:
          AWS_ACCESS_KEY_ID: «akid:gtfspublish»  ⟦aws-key-id|key id in workflow env⟧
          AWS_SECRET_ACCESS_KEY: «awssec:gtfspublish»  ⟦aws-secret|secret in workflow env⟧
"""),
    (".gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  SONAR_TOKEN: «sqp:gitlab»  ⟦sonarqube|SonarQube token in CI variables⟧
build:
  stage: build
  image: docker:27
  script:
    - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin $CI_REGISTRY  ⟪CI variables⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy-onboard:
  stage: deploy
  script:
    - ansible-playbook -i inventories/fleet onboard.yml --extra-vars "ansible_password=«pwc:fleetansible»"  ⟦password|ansible_password in extra-vars⟧
"""),
    ("ci/Jenkinsfile", r"""
pipeline {
  agent { label 'ot-builder' }
  environment {
    SSI_VENDOR_CREDS = credentials('ssi-vendor-portal')  ⟪Jenkins credentials()⟫
    NEXUS_PASSWORD = '«pwp:nexusjenkins»'  ⟦password|Jenkinsfile environment password⟧
  }
  stages {
    stage('Package interlocking data') {
      steps {
        sh 'python tools/pack_ixl.py --site HWT --out build/'
        sh 'curl -u deploy:$NEXUS_PASSWORD --upload-file build/HWT.ixl https://nexus.kestrelway.local/repository/ot/'
      }
    }
  }
}
"""),
    ("bitbucket-pipelines.yml", r"""
image: python:3.12
pipelines:
  branches:
    main:
      - step:
          name: roster rules
          script:
            - pip install -r requirements.txt
            - pytest -q
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪pipeline variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: krm-roster-rules
"""),
    ("ci/azure-pipelines.yml", r"""
trigger: [main]
pool: {vmImage: windows-latest}
variables:
  buildConfiguration: Release
  TvmSigningCertPassword: «pwl:tvmsigncert»  ⟦password|Azure Pipelines variable password⟧
steps:
  - task: NuGetCommand@2
    inputs: {command: restore}
  - script: signtool sign /f tvmcert.pfx /p $(TvmSigningCertPassword) TvmShell.exe  ⟪pipeline variable reference⟫
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  pis-build:
    docker:
      - image: cimg/node:20.11
        auth:
          username: kestrelci
          password: «dckr:circle»  ⟦docker-hub|Docker Hub PAT in CircleCI auth⟧
    steps:
      - checkout
      - run: npm ci && npm run build
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":train: tdr-decoder"
    command: make tdr-decoder
    env:
      GITHUB_TOKEN: «ghp:buildkite»  ⟦github|GitHub PAT in Buildkite env⟧
    plugins:
      - docker#v5.11.0:
          image: "golang:1.22"
"""),
    ("ansible/group_vars/onboard_routers.yml", r"""
# Icomera/Nomad on-board routers (4G/5G bonding, passenger Wi-Fi)
ansible_user: admin
ansible_password: "{{ vault_onboard_router_password }}"  ⟪vault reference⟫
snmp_ro_community: «snmp:onboardro»  ⟦password|SNMP community in group_vars⟧
wifi_crew_psk: «wifipsk:crew»  ⟦password|crew Wi-Fi PSK in group_vars⟧
"""),
    ("ansible/group_vars/station_switches.yml", r"""
ansible_network_os: cisco.ios.ios
ansible_user: netops
ansible_password: «pwn:stationswitch»  ⟦password|network device password in group_vars⟧
ansible_become_password: "{{ lookup('amazon.aws.aws_secret', 'net/enable') }}"  ⟪lookup⟫
"""),
    ("ansible/roles/pa-system/defaults/main.yml", r"""
pa_controller_port: 8443
pa_controller_user: paadmin
pa_controller_password: changeme  ⟪placeholder password⟫
pa_zones_file: /etc/pa/zones.yml
"""),
    ("ansible/vault/occ.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-vault1»  ⟪ansible-vault body⟫
«hex:64-vault2»
«hex:40-vault3»
"""),
    ("packer/tvm-shell.pkr.hcl", r"""
source "amazon-ebs" "tvm_shell" {
  region        = "eu-west-2"
  instance_type = "t3.medium"
  source_ami    = "ami-0d2f4a81c9e63b7a5"
  winrm_username = "Administrator"
  winrm_password = "«pwc:packerwinrm»"  ⟦password|Packer WinRM password⟧
  communicator  = "winrm"
}
build {
  sources = ["source.amazon-ebs.tvm_shell"]
}
"""),
]


def _helm_services():
    out = []
    svcs = [("crew-app", "oauth.clientSecret", "okx", "app-secret", "crew app OAuth client secret"),
            ("lost-property", "db.password", "pwn", "password", "DB password"),
            ("asset-register", "maximo.apiKey", "lo", "app-secret", "Maximo API key"),
            ("apc-ingest", "vendor.password", "pwp", "password", "APC vendor password"),
            ("incident-log", "smtp.password", "pwl", "password", "SMTP password"),
            ("help-points", "sip.secret", "pw6", "password", "SIP secret"),
            ("station-cms", "db.password", "pwc", "password", "CMS DB password"),
            ("delay-repay", "stripe.secretKey", "sk", "stripe", "Stripe live secret key")]
    for i, (svc, key, fn, kind, note) in enumerate(svcs):
        a, b = key.split(".")
        ref = "" if i % 2 else f"""
  existingSecret: {svc}-creds  ⟪existingSecret⟫"""
        out.append((f"deploy/helm/{svc}/values-prod.yaml", f"""
image:
  repository: 618204937751.dkr.ecr.eu-west-2.amazonaws.com/{svc}
  tag: 2.{i}.0
resources:
  requests: {{cpu: 200m, memory: 256Mi}}
podAnnotations:
  checksum/config: «sha256:helmcfg-{svc}»  ⟪config checksum⟫
{a}:{ref}
  {b}: «{fn}:helm-{svc}»  ⟦{kind}|Helm values {note}⟧
"""))
    return out


FILES += _helm_services()


def _k8s_secrets():
    svcs = [("rosterline", "db-password", "pwn"), ("pids-renderer", "cms-password", "pwl"),
            ("siri-gateway", "northmoor-password", "pwp"), ("lost-property", "smtp-password", "pwc"),
            ("help-points", "ami-secret", "pw6"), ("apc-ingest", "vendor-password", "pwx")]
    out = []
    for svc, key, fn in svcs:
        out.append((f"deploy/k8s/secrets/{svc}.yaml", f"""
apiVersion: v1
kind: Secret
metadata:
  name: {svc}
  namespace: {svc}
  annotations:
    kubectl.kubernetes.io/last-applied-configuration: ""
type: Opaque
data:
  username: «b64:lit:svc-{svc}»  ⟪base64 of a user name⟫
  {key}: «b64:{fn}:k8s-{svc}»  ⟦password-b64|base64 password in Secret data⟧
  admin-password: «b64:pwx:k8sadm-{svc}»  ⟦password-b64|base64 admin password in Secret data⟧
"""))
    return out


FILES += _k8s_secrets()
