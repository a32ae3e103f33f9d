"""fresh15 templates, deployment and CI (Lowmoor University): Kubernetes, kustomize, Helm, Argo CD, compose,
Dockerfiles, CI files of many systems, Ansible, Puppet/Hiera, Salt, Packer, Vagrant, Nomad, systemd.
Markers: render.py and README.md."""

FILES = [
    ("deploy/k8s/lectern/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lectern-lti
  namespace: lectern
type: Opaque
data:
  CANVAS_API_TOKEN: «b64:canvas:peerreview»  ⟦app-secret|base64 Canvas token in a Secret data field⟧
  AWS_ACCESS_KEY_ID: «b64:akid:lecternk8s»  ⟦aws-b64|base64 AWS key id in a Secret⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:lecternk8s»  ⟦aws-b64|base64 AWS secret in a Secret⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 region name⟫
  LOG_LEVEL: «b64:lit:info»  ⟪base64 log level⟫
"""),
    ("deploy/k8s/lectern/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gradebook-sync
  namespace: lectern
spec:
  replicas: 2
  selector:
    matchLabels: {app: gradebook-sync}
  template:
    metadata:
      labels: {app: gradebook-sync}
    spec:
      serviceAccountName: gradebook-sync
      containers:
        - name: sync
          image: 256908417733.dkr.ecr.us-east-1.amazonaws.com/lectern/gradebook-sync:2.14.0
          env:
            - name: BANNER_API_USER
              value: lectern_gb
            - name: BANNER_API_PASSWORD
              value: «pwsis:lecterngb»  ⟦password|literal password in a Deployment env⟧
            - name: CANVAS_API_TOKEN
              valueFrom:
                secretKeyRef: {name: lectern-lti, key: CANVAS_API_TOKEN}  ⟪secretKeyRef⟫
            - name: SENTRY_DSN
              value: «sentrynew:gradebook»  ⟪modern Sentry DSN, public⟫
"""),
    ("deploy/k8s/lectern/externalsecret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: lectern-db
  namespace: lectern
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: lectern-db
  data:
    - secretKey: password
      remoteRef:
        key: lectern/prod/db  ⟪remoteRef⟫
        property: password
"""),
    ("deploy/k8s/heronpass/shibboleth-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: shibboleth-idp
  namespace: heronpass
type: Opaque
stringData:
  secrets.properties: |
    idp.sealer.storePassword = «pwr:shibsealer»  ⟦password|Shibboleth sealer store password in stringData⟧
    idp.authn.LDAP.bindDNCredential = «pwl:ldapbind»  ⟦password|LDAP bind credential⟧
    idp.attribute.resolver.LDAP.bindDNCredential = %{idp.authn.LDAP.bindDNCredential:undefined}  ⟪property reference⟫
"""),
    ("deploy/k8s/heronpass/sealedsecret.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: grouper-ws
  namespace: heronpass
spec:
  encryptedData:
    GROUPER_WS_PASSWORD: «sealed:grouperws»  ⟪SealedSecret blob⟫
    GROUPER_DB_PASSWORD: «sealed:grouperdb»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: grouper-ws
"""),
    ("deploy/k8s/heronpass/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: grouper-config
  namespace: heronpass
data:
  grouper.hibernate.properties: |
    hibernate.connection.url = jdbc:postgresql://grouper-db.ea.lowmoor.edu:5432/grouper
    hibernate.connection.username = grouper
    hibernate.connection.password = «pp:grouperdb»  ⟦password|Grouper DB password in a ConfigMap⟧
  grouper-loader.properties: |
    ldap.personLdap.url = ldaps://ad.lowmoor.edu:636
    ldap.personLdap.user = CN=svc-grouper,OU=Service,DC=ad,DC=lowmoor,DC=edu
    ldap.personLdap.pass = ${elConfigEnv("GROUPER_LDAP_PASS")}  ⟪EL env reference⟫
"""),
    ("deploy/k8s/rc/cronjob-quota.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: storage-quota-report
  namespace: rc-portal
spec:
  schedule: "0 7 * * 1"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: report
              image: 256908417733.dkr.ecr.us-east-2.amazonaws.com/rc/quota-report:0.4.2
              args:
                - --coldfront-url=https://coldfront.rc.lowmoor.edu
                - --coldfront-token=«hex:40-coldfront»  ⟦app-secret|ColdFront API token in CronJob args⟧
                - --slack-webhook=«slackhook:rcquota»  ⟦slack|Slack webhook URL in args⟧
"""),
    ("deploy/k8s/rc/dockerconfig.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: ghcr-pull
  namespace: rc-portal
type: kubernetes.io/dockerconfigjson
data:
  .dockerconfigjson: «b64:dockercfg:rcpull»  ⟦docker-hub|base64 docker config with a Docker Hub PAT⟧
"""),
    ("deploy/k8s/rc/irsa-serviceaccount.yaml", r"""
apiVersion: v1
kind: ServiceAccount
metadata:
  name: quota-report
  namespace: rc-portal
  annotations:
    eks.amazonaws.com/role-arn: arn:aws:iam::730164829351:role/rc-quota-report  ⟪IRSA role⟫
"""),
    ("deploy/kustomize/onecard/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: onecard
resources:
  - deployment.yaml
secretGenerator:
  - name: transact
    literals:
      - TRANSACT_API_KEY=«hex:40-transact»  ⟦app-secret|kustomize secretGenerator literal⟧
      - CSGOLD_PASSWORD=«pwsis:csgoldiface»  ⟦password|kustomize literal password⟧
  - name: onguard
    envs:
      - onguard.env
"""),
    ("deploy/kustomize/onecard/onguard.env", r"""
OPENACCESS_USER=svc_lmu_sync
OPENACCESS_PASSWORD=«pw6:openaccess»  ⟦password|Lenel OpenAccess password in a kustomize env file⟧
OPENACCESS_DIRECTORY=id-1
"""),
    ("deploy/helm/canvas/values-prod.yaml", r"""
# Canvas LMS self-hosted (open source) - values for the instructure chart fork
image:
  repository: 256908417733.dkr.ecr.us-east-1.amazonaws.com/lectern/canvas-lms
  tag: 2026-09-17
postgresql:
  enabled: false
externalDatabase:
  host: canvas-db.cluster-c6r9tq2lx0bk.us-east-1.rds.amazonaws.com
  user: canvas
  password: «pwx:canvasdb»  ⟦password|Helm values database password⟧
redis:
  auth:
    existingSecret: canvas-redis  ⟪existingSecret⟫
canvas:
  encryptionKeySecret: canvas-security  ⟪existing secret name⟫
  outgoingMail:
    address: email-smtp.us-east-1.amazonaws.com
    existingSecret: canvas-ses-smtp
  googleDrive:
    clientId: «num:12»-«lo:32-gdrive».apps.googleusercontent.com  ⟪Google client id⟫
    clientSecret: «gocspx:canvasdrive»  ⟦app-secret|Google OAuth client secret⟧
"""),
    ("deploy/helm/jupyterhub/config.yaml", r"""
hub:
  config:
    GenericOAuthenticator:
      client_id: rc-jupyterhub
      client_secret: «b62:32-jhcilogon»  ⟦app-secret|JupyterHub OAuth client secret in z2jh config⟧
      oauth_callback_url: https://jupyter.rc.lowmoor.edu/hub/oauth_callback
      authorize_url: https://login.lowmoor.edu/cas/oidc/authorize
    JupyterHub:
      authenticator_class: generic-oauth
  cookieSecret: «hex:64-jhcookie»  ⟦app-secret|JupyterHub cookie secret⟧
singleuser:
  extraEnv:
    HF_HUB_OFFLINE: "0"
    WANDB_API_KEY: «wandb:rcwandb»  ⟦app-secret|W&B key in single-user env⟧
"""),
    ("deploy/helm/grafana/values.yaml", r"""
adminUser: admin
adminPassword: «pwc:grafana»  ⟦password|Grafana admin password in Helm values⟧
grafana.ini:
  auth.generic_oauth:
    enabled: true
    client_id: grafana-rc
    client_secret: $__file{/etc/secrets/oauth/client_secret}  ⟪file reference⟫
datasources:
  datasources.yaml:
    datasources:
      - name: slurm-influx
        type: influxdb
        url: http://influx.rc.lowmoor.edu:8086
        jsonData:
          organization: rc
        secureJsonData:
          token: «b64k:64-influx»  ⟦app-secret|InfluxDB token in a Grafana datasource⟧
"""),
    ("deploy/helm/mirth/values.yaml", r"""
mirth:
  database:
    url: jdbc:postgresql://mirth-db.health.lowmoor.edu:5432/mirthdb
    username: mirth
    password: «pwn:mirthdb»  ⟦password|Mirth DB password reused in Helm values⟧
  keystore:
    storepass: "${KEYSTORE_STOREPASS}"  ⟪env placeholder⟫
  channels:
    epicAdt:
      mllpHost: 10.88.4.21
      mllpPort: 6661
"""),
    ("deploy/argocd/apps/library.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: stacks-discovery
  namespace: argocd
spec:
  project: library
  source:
    repoURL: https://github.com/lowmoor-university/stacks-charts
    targetRevision: main
    path: charts/discovery
    helm:
      parameters:
        - name: alma.apiKey
          value: «alma:almaprod»  ⟦app-secret|Alma key in an Argo CD Helm parameter⟧
        - name: primo.vid
          value: 01LMU_INST:LMU
  destination:
    server: https://kubernetes.default.svc
    namespace: stacks
"""),
    ("deploy/argocd/repo-creds.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: lmu-gitlab-creds
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  type: git
  url: https://gitlab.cs.lowmoor.edu
  username: argocd
  password: «glpat:argocd»  ⟦gitlab|GitLab PAT as an Argo CD repo credential⟧
"""),
    ("deploy/compose/ezproxy/docker-compose.yml", r"""
services:
  ezproxy:
    image: 256908417733.dkr.ecr.us-east-1.amazonaws.com/stacks/ezproxy:7.3.8
    ports: ["443:443", "2048:2048"]
    environment:
      EZPROXY_WSKEY: «b62:60-ezwskey»  ⟦app-secret|EZproxy OCLC WSKey in compose env⟧
      EZPROXY_ADMIN_PASSWORD: «pwl:ezadmin»  ⟦password|EZproxy admin password reused in compose⟧
    volumes:
      - ./config.txt:/usr/local/ezproxy/config.txt
  shipper:
    image: fluent/fluent-bit:3.1
    environment:
      - AWS_ACCESS_KEY_ID=${AWS_ACCESS_KEY_ID}  ⟪env reference⟫
      - AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
"""),
    ("deploy/compose/rc-portal/docker-compose.yml", r"""
version: "3.9"
services:
  coldfront:
    image: ghcr.io/lowmoor-rc/coldfront:1.1.6
    environment:
      - DB_URL=postgres://coldfront:«pct:pwn:rcportal»@coldfront-db:5432/coldfront  ⟦conn-string|Postgres URL with a percent-encoded password⟧
      - SECRET_KEY=«django:coldfront»  ⟦app-secret|Django secret key in compose⟧
      - SLURM_REST_TOKEN=«jwt:slurmrest»  ⟦jwt|slurmrestd JWT in compose env⟧
  coldfront-db:
    image: postgres:16
    environment:
      POSTGRES_USER: coldfront
      POSTGRES_PASSWORD: coldfront  ⟪local default equal to the user⟫
  xdmod:
    image: tools-ext-01.ccr.xsede.org/xdmod:11.0.0
    environment:
      XDMOD_DB_PASSWORD: «pwx:xdmod»  ⟦password|XDMoD DB password reused in compose⟧
"""),
    ("deploy/compose/student-clubs/.env", r"""
# heron robotics club - discord bot + match scouting app on the club's Lightsail box
DISCORD_TOKEN=«discord:robobot»  ⟦app-secret|Discord bot token in a .env⟧
MONGO_URI=mongodb+srv://scout:«pwstu:scoutdb»@cluster0.«lo:5-atl».mongodb.net/scouting?retryWrites=true  ⟦conn-string|MongoDB Atlas URI with a password⟧
OPENAI_API_KEY=«oai:robobot»  ⟦openai|OpenAI key in a student .env⟧
"""),
    ("deploy/compose/student-clubs/docker-compose.yml", r"""
services:
  bot:
    build: ./bot
    env_file: .env
    restart: unless-stopped
  scouting:
    build: ./scouting
    ports: ["80:3000"]
    environment:
      NEXTAUTH_SECRET: «b64k:32-clubnextauth»  ⟦app-secret|NEXTAUTH_SECRET in compose⟧
      NEXTAUTH_URL: https://scout.heronrobotics.org
"""),
    ("deploy/docker/canvas/Dockerfile", r"""
FROM instructure/ruby-passenger:3.3
ENV RAILS_ENV=production \
    CANVAS_LMS_ADMIN_EMAIL=lms-admins@lowmoor.edu
ARG CANVAS_ENCRYPTION_KEY=«hex:64-canvasenc»  ⟦app-secret|encryption key baked as a build ARG⟧
COPY --chown=docker:docker . /usr/src/app
RUN --mount=type=secret,id=bundle_token BUNDLE_GEMS__LOWMOOR__EDU=$(cat /run/secrets/bundle_token) bundle install  ⟪BuildKit secret mount⟫
RUN bundle exec rake canvas:compile_assets
"""),
    ("deploy/docker/banner-ssb/Dockerfile", r"""
FROM tomcat:9.0-jdk17-temurin
ENV JAVA_OPTS="-Xms2g -Xmx4g -Dbanner.db.user=BANPROXY -Dbanner.db.password=«pwsis:banproxy»"  ⟦password|Oracle password in a JAVA_OPTS ENV⟧
COPY StudentSelfService.war /usr/local/tomcat/webapps/
COPY tomcat-users.xml /usr/local/tomcat/conf/
"""),
    ("deploy/docker/rc-base/Dockerfile", r"""
FROM rockylinux:9
RUN dnf install -y python3.11 git && dnf clean all
# pip index on the research computing Nexus
RUN pip3.11 config set global.index-url https://rc-ci:«pct:pwx:nexusrc»@nexus.rc.lowmoor.edu/repository/pypi-all/simple  ⟦password|percent-encoded Nexus password in a pip index URL⟧
ENV HF_TOKEN=«hf:rcbase»  ⟦app-secret|Hugging Face token baked into ENV⟧
"""),
    ("deploy/docker/ood/Dockerfile", r"""
FROM ghcr.io/osc/ondemand:4.0
ARG OIDC_CLIENT_SECRET
ENV OOD_AUTH_OIDC_CLIENT_SECRET=${OIDC_CLIENT_SECRET}  ⟪build arg reference⟫
COPY ood_portal.yml /etc/ood/config/ood_portal.yml
"""),
    (".github/workflows/lectern-deploy.yml", r"""
name: lectern deploy
on:
  push:
    branches: [main]
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
          role-to-assume: arn:aws:iam::418273650192:role/github-deploy-lectern  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: npm ci && npm run build
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}  ⟪secrets reference⟫
      - run: npx cdk deploy --require-approval never
      - name: notify
        run: curl -X POST -d '{"text":"lectern deployed"}' ${{ secrets.SLACK_WEBHOOK }}
"""),
    (".github/workflows/autograder.yml", r"""
name: autograder image
on: [push]
jobs:
  build:
    runs-on: ubuntu-24.04
    env:
      AWS_ACCESS_KEY_ID: ${{ secrets.AUTOGRADER_AWS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: ${{ secrets.AUTOGRADER_AWS_SECRET }}
      AWS_DEFAULT_REGION: us-east-1
      GRADESCOPE_TOKEN: ${{ secrets.GRADESCOPE_TOKEN }}  ⟪secrets reference⟫
    steps:
      - uses: actions/checkout@v4
      - run: docker build -t cs2110-autograder .
      - run: aws ecr get-login-password | docker login --username AWS --password-stdin 256908417733.dkr.ecr.us-east-1.amazonaws.com
"""),
    (".github/workflows/docs.yml", r"""
name: docs
on:
  push:
    paths: ["docs/**"]
jobs:
  publish:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: "3.12"}
      - run: pip install mkdocs-material && mkdocs build
      - run: aws s3 sync site/ s3://docs.rc.lowmoor.edu/
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.DOCS_KEY_ID }}  ⟪secrets reference⟫
          AWS_SECRET_ACCESS_KEY: ${{ secrets.DOCS_SECRET }}
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}  ⟪GITHUB_TOKEN reference⟫
"""),
    ("ci/gitlab/cs-course-infra.gitlab-ci.yml", r"""
stages: [build, deploy]
variables:
  DOCKER_DRIVER: overlay2
  COURSE: cs3210
  MOODLE_WS_TOKEN: «moodle:cs3210»  ⟦app-secret|Moodle web-service token in GitLab CI variables⟧
build:
  stage: build
  image: docker:27
  script:
    - docker login -u gitlab-ci-token -p $CI_JOB_TOKEN $CI_REGISTRY  ⟪CI_JOB_TOKEN⟫
    - docker build -t $CI_REGISTRY_IMAGE:$CI_COMMIT_SHORT_SHA .
deploy:
  stage: deploy
  script:
    - sshpass -p '«pwstu:cs3210ta»' ssh ta@cs3210.cs.lowmoor.edu 'sudo systemctl restart grader'  ⟦password|sshpass -p in a CI script⟧
"""),
    ("ci/gitlab/runner-config.toml", r"""
concurrent = 8
check_interval = 0

[[runners]]
  name = "cs-docker-autoscaler"
  url = "https://gitlab.cs.lowmoor.edu"
  token = "«glrt:csrunner»"  ⟦gitlab|GitLab runner authentication token⟧
  executor = "docker-autoscaler"
  [runners.cache]
    Type = "s3"
    [runners.cache.s3]
      ServerAddress = "s3.amazonaws.com"
      AccessKey = "«akid:glcache»"  ⟦aws-key-id|S3 cache access key in a runner config⟧
      SecretKey = "«awssec:glcache»"  ⟦aws-secret|S3 cache secret key⟧
      BucketName = "lmu-cs-gitlab-cache"
      BucketLocation = "us-east-1"
"""),
    ("ci/jenkins/Jenkinsfile", r"""
pipeline {
  agent { label 'ea-linux' }
  environment {
    ORACLE_CREDS = credentials('banner-prod-baninst1')  // Jenkins credentials binding
    ETHOS_KEY    = credentials('ethos-api-key')  ⟪Jenkins credentials()⟫
    SONAR_TOKEN  = '«sqp:banner»'  ⟦sonarqube|SonarQube token in a Jenkinsfile⟧
  }
  stages {
    stage('Build') {
      steps { sh './gradlew war' }
    }
    stage('Deploy PPE') {
      steps {
        sh "sqlplus -s BANINST1/«pwsis:baninst1ppe»@PPRD @deploy/grants.sql"  ⟦password|sqlplus user/password@tns in a Jenkinsfile⟧
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
          <id>banner-prod-baninst1</id>
          <username>BANINST1</username>
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
          name: deploy advancement ETL
          script:
            - pip install -r requirements.txt
            - export SKY_SUBSCRIPTION_KEY=«hex:32-skysub»  ⟦app-secret|SKY subscription key reused in Bitbucket Pipelines⟧
            - python etl/gifts.py --since yesterday
            - pipe: atlassian/aws-s3-deploy:1.6.0
              variables:
                AWS_ACCESS_KEY_ID: $AWS_ACCESS_KEY_ID  ⟪repository variable⟫
                AWS_SECRET_ACCESS_KEY: $AWS_SECRET_ACCESS_KEY
                S3_BUCKET: lmu-advancement-etl
                LOCAL_PATH: dist
"""),
    (".circleci/config.yml", r"""
version: 2.1
jobs:
  build:
    docker:
      - image: cimg/node:20.17
        auth:
          username: lowmoorrc
          password: «dckr:circleci»  ⟦docker-hub|Docker Hub PAT as a CircleCI image auth password⟧
    steps:
      - checkout
      - run: npm ci
      - run: npm run build
      - run:
          name: publish app
          command: npx expo publish --non-interactive
          environment:
            EXPO_TOKEN: «expo:heronapp»  ⟦app-secret|Expo token in CircleCI⟧
"""),
    ("ci/azure/alumni-portal.azure-pipelines.yml", r"""
trigger:
  branches: {include: [main]}
pool:
  vmImage: windows-2022
variables:
  buildConfiguration: Release
  AlumniDbPassword: «pwc:alumniportal»  ⟦password|Azure Pipelines variable password⟧
  AzureAdClientSecret: $(alumni-ad-secret)  ⟪pipeline variable reference⟫
steps:
  - task: DotNetCoreCLI@2
    inputs:
      command: publish
      arguments: --configuration $(buildConfiguration)
  - task: AWSCLI@1
    inputs:
      awsCredentials: lmu-aws-advancement  ⟪service connection name⟫
      regionName: us-east-1
      awsCommand: s3
      awsSubCommand: cp
"""),
    (".buildkite/pipeline.yml", r"""
steps:
  - label: ":hammer: relion image"
    command: scripts/build-relion.sh
    agents:
      queue: rc-gpu
    env:
      NGC_API_KEY: «b64k:64-ngc»  ⟦app-secret|NVIDIA NGC API key in Buildkite env⟧
  - label: ":rocket: push"
    command: scripts/push.sh
    plugins:
      - ecr#v2.9.0:
          login: true
          account_ids: "256908417733"
"""),
    (".drone.yml", r"""
kind: pipeline
type: docker
name: physics-wiki

steps:
  - name: build
    image: node:20
    commands:
      - npm ci && npm run build
  - name: deploy
    image: drillster/drone-rsync
    settings:
      hosts: [wiki.physics.lowmoor.edu]
      user: deploy
      key:
        from_secret: physics_deploy_key  ⟪from_secret⟫
      target: /var/www/wiki
"""),
    (".travis.yml", r"""
# legacy: chem department's NMR data portal, still built on travis-ci.com
language: python
python: "3.8"
env:
  global:
    - NMR_PORTAL_DB_URL=mysql://nmr:«pwn:nmrportal»@nmr-db.chem.lowmoor.edu/nmr  ⟦conn-string|MySQL URL with a password in Travis env⟧
    - secure: "«b64k:256-travissec»"  ⟪Travis encrypted variable⟫
script: pytest -q
deploy:
  provider: s3
  access_key_id: $AWS_ACCESS_KEY_ID
  secret_access_key:
    secure: "«b64k:256-travissec2»"  ⟪Travis encrypted value⟫
  bucket: lmu-chem-nmr-releases
"""),
    (".woodpecker.yml", r"""
steps:
  build:
    image: golang:1.23
    commands:
      - go build ./...
  publish:
    image: plugins/docker
    settings:
      repo: registry.cs.lowmoor.edu/os-course/xv6-grader
      username: os-course
      password:
        from_secret: registry_password  ⟪from_secret⟫
"""),
    ("ansible/group_vars/radius/vars.yml", r"""
freeradius_clients:
  - name: aruba-mm-1
    ipaddr: 10.40.0.11
    secret: «radsec:arubamm1»  ⟦password|RADIUS client secret reused in Ansible vars⟧
  - name: aruba-mm-2
    ipaddr: 10.40.0.12
    secret: "{{ vault_radius_mm2 }}"  ⟪vault variable⟫
eduroam_nro_secret: "{{ lookup('amazon.aws.aws_ssm', '/eduroam/radius/nro') }}"  ⟪SSM lookup⟫
freeradius_ldap_password: «pwl:ldapbind»  ⟦password|LDAP bind password reused in Ansible vars⟧
"""),
    ("ansible/group_vars/radius/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:80-vault1»  ⟪ansible-vault body⟫
«hex:80-vault2»
«hex:40-vault3»
"""),
    ("ansible/group_vars/labpcs/winrm.yml", r"""
ansible_user: LMU\svc-ansible
ansible_password: «pwc:winrm»  ⟦password|WinRM password in group_vars⟧
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
"""),
    ("ansible/roles/slurm/defaults/main.yml", r"""
slurm_cluster_name: fen
slurmdbd_storage_user: slurm_acct
slurmdbd_storage_pass: «pwp:slurmdbd»  ⟦password|slurmdbd StoragePass in role defaults⟧
munge_key_b64: «b64k:128-munge»  ⟦app-secret|base64 munge key in role defaults⟧
slurm_jwt_key_path: /etc/slurm/jwt_hs256.key
"""),
    ("ansible/roles/shibboleth/tasks/main.yml", r"""
- name: install the IdP
  ansible.builtin.unarchive:
    src: https://shibboleth.net/downloads/identity-provider/5.1.3/shibboleth-identity-provider-5.1.3.tar.gz
    dest: /opt
    remote_src: true
- name: generate sealer
  ansible.builtin.command: >
    /opt/shibboleth-idp/bin/seckeygen.sh --storefile /opt/shibboleth-idp/credentials/sealer.jks
    --storepass «pwr:shibsealer» --versionfile /opt/shibboleth-idp/credentials/sealer.kver --alias secret  ⟦password|sealer store password on a command line⟧
  args:
    creates: /opt/shibboleth-idp/credentials/sealer.jks
"""),
    ("ansible/roles/ezproxy/templates/user.txt.j2", r"""
# EZproxy user.txt - local accounts, CAS for everyone else
::CAS
LoginURL https://login.lowmoor.edu/cas/login
ServiceValidateURL https://login.lowmoor.edu/cas/serviceValidate
/CAS
libsys:{{ ezproxy_admin_password }}:Admin  ⟪Jinja variable⟫
walkin:«pwp:ezwalkin»  ⟦password|EZproxy walk-in account password in user.txt⟧
"""),
    ("puppet/hieradata/role/hpc_login.yaml", r"""
---
profile::slurm::cluster_name: fen
profile::slurm::dbd_password: «pwp:slurmdbd»  ⟦password|Puppet Hiera slurmdbd password⟧
profile::ldap::bind_dn: cn=svc-hpc,ou=Service,dc=ad,dc=lowmoor,dc=edu
profile::ldap::bind_pw: >
  ENC[PKCS7,«b64k:180-eyaml»]  ⟪hiera-eyaml encrypted value⟫
profile::xdmod::shredder_password: «pwx:xdmod»  ⟦password|XDMoD password reused in Hiera⟧
profile::globus::client_secret: «b64k:32-globussecret»  ⟦app-secret|Globus secret reused in Hiera⟧
"""),
    ("puppet/modules/lmu_lab/manifests/autologon.pp", r"""
class lmu_lab::autologon (
  String $user = 'labuser',
) {
  registry_value { 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\DefaultPassword':
    ensure => present,
    type   => string,
    data   => '«pwp:labuser»',  ⟦password|Winlogon DefaultPassword in a Puppet manifest⟧
  }
  registry_value { 'HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\AutoAdminLogon':
    ensure => present,
    type   => string,
    data   => '1',
  }
}
"""),
    ("salt/pillar/papercut.sls", r"""
papercut:
  server: print.lowmoor.edu
  webservices_token: «papercut:pcwebsvc»  ⟦app-secret|PaperCut token reused in a Salt pillar⟧
  db_password: {{ salt['vault.read_secret']('secret/printing/papercut')['db'] }}  ⟪Salt vault lookup⟫
"""),
    ("packer/lab-image.pkr.hcl", r"""
source "amazon-ebs" "lab" {
  region        = "us-east-1"
  instance_type = "m7i.large"
  source_ami_filter {
    filters     = { name = "Windows_Server-2022-English-Full-Base-*" }
    owners      = ["amazon"]
    most_recent = true
  }
  communicator   = "winrm"
  winrm_username = "Administrator"
  winrm_password = "«pwl:labadmin»"  ⟦password|Packer WinRM password reused⟧
  user_data_file = "scripts/winrm.ps1"
}

build {
  sources = ["source.amazon-ebs.lab"]
  provisioner "powershell" {
    inline = ["choco install -y matlab-runtime spss"]
  }
}
"""),
    ("vagrant/cs-os-course/Vagrantfile", r"""
Vagrant.configure("2") do |config|
  config.vm.box = "bento/ubuntu-24.04"
  config.ssh.username = "vagrant"
  config.ssh.password = "vagrant"  ⟪Vagrant default⟫
  config.vm.provision "shell", inline: <<-SHELL
    apt-get install -y qemu-system-x86 gdb-multiarch
    echo 'machine submit.cs.lowmoor.edu login os-course password «pwstu:oscoursesubmit»' > /home/vagrant/.netrc  ⟦password|netrc password written by a Vagrant provisioner⟧
  SHELL
end
"""),
    ("deploy/nomad/ezproxy-stats.nomad.hcl", r"""
job "ezproxy-stats" {
  datacenters = ["lib"]
  group "stats" {
    task "goaccess" {
      driver = "docker"
      config { image = "allinurl/goaccess:1.9" }
      template {
        data        = <<EOT
LIBINSIGHT_SECRET={{ with secret "kv/data/stacks/libinsight" }}{{ .Data.data.secret }}{{ end }}
EOT
        destination = "secrets/env"
        env         = true
      }
      env {
        COUNTER_SUSHI_API_KEY = "«b62:32-sushi»"  ⟦app-secret|COUNTER SUSHI API key in a Nomad env block⟧
      }
    }
  }
}
"""),
    ("deploy/systemd/mirth-sync.service", r"""
[Unit]
Description=Lowmoor Health ADT sync to the research registry
After=network-online.target

[Service]
User=mirthsync
Environment=EPIC_INTERCONNECT_USER=emp$LMUSYNC
Environment=EPIC_INTERCONNECT_PASSWORD=«pwsis:interconnect»  ⟦password|Epic Interconnect password in a systemd unit⟧
Environment=REGISTRY_DSN=postgresql://registry@registry-db.health.lowmoor.edu/registry
ExecStart=/opt/mirthsync/bin/adt-sync --loop

[Install]
WantedBy=multi-user.target
"""),
    ("deploy/k8s/athletics/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: ticket-scan-api
  namespace: heronsports
spec:
  template:
    spec:
      containers:
        - name: api
          image: 256908417733.dkr.ecr.us-east-1.amazonaws.com/heronsports/scan-api:3.2.0
          env:
            - name: PACIOLAN_API_KEY
              value: «hex:32-paciolan»  ⟦app-secret|Paciolan key reused in a Deployment⟧
            - name: STRIPE_SECRET_KEY
              value: «sk:concessions»  ⟦stripe|Stripe live secret key in a Deployment⟧
            - name: STRIPE_PUBLISHABLE_KEY
              value: «pk:concessions»  ⟪Stripe publishable key⟫
"""),
    ("deploy/k8s/alumni/secret-data.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: alumni-app
  namespace: advancement
type: Opaque
data:
  BLACKBAUD_CLIENT_SECRET: «b64:b64k:32-skysecret»  ⟦app-secret|base64 SKY secret in a Secret⟧
  SALESFORCE_PASSWORD: «b64:pwc:alumnisf»  ⟦password|base64 Salesforce password in a Secret⟧
  SALESFORCE_USERNAME: «b64:lit:integration@lowmoor.edu»  ⟪base64 user name⟫
"""),
    ("ci/gitea/.gitea/workflows/robotics.yml", r"""
name: robotics-sim
on: [push]
jobs:
  sim:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && python sim/run.py
        env:
          NGROK_AUTHTOKEN: «ngrok:robosim»  ⟦app-secret|ngrok authtoken in a Gitea Actions workflow⟧
          WANDB_MODE: offline
"""),
]
