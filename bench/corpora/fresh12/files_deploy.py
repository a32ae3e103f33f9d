"""fresh12 templates, deployment and CI definitions (Brightwater Media): Kubernetes manifests (Secret, Deployment,
ConfigMap, ExternalSecret, SealedSecret, CronJob, Strimzi KafkaUser, a Flink deployment), kustomize, Helm values,
helmfile, compose, Dockerfiles, GitHub Actions (iOS/tvOS fastlane, Android, Roku, CDK), GitLab CI, Jenkins,
CircleCI, Bitbucket Pipelines, Buildkite, Codemagic, Bitrise, EAS, Argo CD, Ansible, Packer, fastlane.
Markers: render.py and README.md."""

FILES = [
    ("k8s/adtech/harbor-secrets.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: harbor-aws
  namespace: adtech
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:harbork8s»  ⟦aws-b64|base64 key id in a Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:harbork8s»  ⟦aws-b64|base64 secret in a Secret data⟧
  AWS_REGION: «b64:lit:us-east-1»  ⟪base64 of a region name⟫
---
apiVersion: v1
kind: Secret
metadata:
  name: harbor-ssp
  namespace: adtech
type: Opaque
stringData:
  PUBMATIC_PASSWORD: «pwn:pubmatic»  ⟦password|SSP password in stringData⟧
  INDEX_EXCHANGE_KEY: «hex:32-ixkey»  ⟦app-secret|SSP key in stringData⟧
  GAM_NETWORK_CODE: "«num:8-gamnet»"  ⟪Ad Manager network code⟫
"""),
    ("k8s/analytics/snowplow-collector.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: snowplow-collector
  namespace: analytics
spec:
  replicas: 4
  selector:
    matchLabels: {app: snowplow-collector}
  template:
    metadata:
      labels: {app: snowplow-collector}
    spec:
      serviceAccountName: snowplow-collector
      containers:
        - name: collector
          image: snowplow/scala-stream-collector-kafka:3.2.0
          args: ["--config", "/snowplow/config/config.hocon"]
          env:
            - name: KAFKA_SASL_PASSWORD
              value: «pwn:snowplowscram»  ⟦password|SCRAM password as a literal container env⟧
            - name: KAFKA_SASL_USERNAME
              value: snowplow-loader
            - name: COOKIE_DOMAIN
              value: .brightwater.tv
            - name: IGLU_API_KEY
              valueFrom:
                secretKeyRef: {name: iglu, key: api-key}  ⟪secretKeyRef⟫
"""),
    ("k8s/analytics/configmap-enrich.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: enrich-config
  namespace: analytics
data:
  ENRICH_PARTITION: "user_ipaddress"
  IP_LOOKUPS_DB: s3://bwm-data-artifacts-530981274466/maxmind/GeoIP2-City.mmdb
  MAXMIND_LICENSE_KEY: «maxmind:enrich»  ⟦app-secret|MaxMind key left in a ConfigMap⟧
  IAB_SPIDERS_URI: s3://bwm-data-artifacts-530981274466/iab/
"""),
    ("k8s/analytics/external-secrets.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: iglu
  namespace: analytics
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: iglu
  data:
    - secretKey: api-key
      remoteRef:
        key: analytics/iglu  ⟪remoteRef⟫
        property: api_key
"""),
    ("k8s/adtech/sealed-ssp.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: harbor-openrtb
  namespace: adtech
spec:
  encryptedData:
    OPENRTB_SIGNING_KEY: «sealed:openrtb»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: harbor-openrtb
"""),
    ("k8s/data/kafkauser-braze.yaml", r"""
apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaUser
metadata:
  name: braze-currents
  namespace: kafka
  labels:
    strimzi.io/cluster: events-onprem
spec:
  authentication:
    type: scram-sha-512
    password:
      valueFrom:
        secretKeyRef:
          name: braze-currents-password  ⟪secretKeyRef⟫
          key: password
  authorization:
    type: simple
    acls:
      - resource: {type: topic, name: braze.currents, patternType: prefix}
        operations: [Write, Describe]
---
apiVersion: v1
kind: Secret
metadata:
  name: braze-currents-password
  namespace: kafka
stringData:
  password: «pp:brazecurrents»  ⟦password|KafkaUser password in a Secret stringData⟧
"""),
    ("k8s/data/flink-sessionizer.yaml", r"""
apiVersion: flink.apache.org/v1beta1
kind: FlinkDeployment
metadata:
  name: sessionizer-eks
  namespace: flink
spec:
  image: 702164839517.dkr.ecr.us-east-1.amazonaws.com/beacon/sessionizer:2.8.1
  flinkVersion: v1_18
  flinkConfiguration:
    taskmanager.numberOfTaskSlots: "4"
    state.checkpoints.dir: s3://bwm-flink-state-530981274466/sessionizer/checkpoints
    s3.access-key: «akid:flinkeks»  ⟦aws-key-id|S3 access key in flinkConfiguration⟧
    s3.secret-key: «awssec:flinkeks»  ⟦aws-secret|S3 secret key in flinkConfiguration⟧
  serviceAccount: flink
  jobManager:
    resource: {memory: "2048m", cpu: 1}
  taskManager:
    resource: {memory: "4096m", cpu: 2}
  job:
    jarURI: local:///opt/flink/usrlib/sessionizer.jar
    parallelism: 8
"""),
    ("k8s/recs/cronjob-retrain.yaml", r"""
apiVersion: batch/v1
kind: CronJob
metadata:
  name: drift-nightly-export
  namespace: recs
spec:
  schedule: "15 4 * * *"
  jobTemplate:
    spec:
      template:
        spec:
          restartPolicy: OnFailure
          containers:
            - name: export
              image: 702164839517.dkr.ecr.us-east-1.amazonaws.com/drift/exporter:1.9.0
              args:
                - --source=postgresql://drift_export:«pwn:driftexport»@features.c2mvx7kq9d1e.us-east-1.rds.amazonaws.com/features  ⟦conn-string|Postgres URL with password in CronJob args⟧
                - --dest=s3://bwm-ml-features-530981274466/nightly/
"""),
    ("k8s/recs/kustomization.yaml", r"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: recs
resources:
  - deployment.yaml
  - service.yaml
secretGenerator:
  - name: drift-api
    literals:
      - REDIS_PASSWORD=«pwr:driftredis»  ⟦password|kustomize secretGenerator literal⟧
      - BRAZE_API_KEY=«uuid:brazerest»  ⟦app-secret|Braze REST key in a secretGenerator literal⟧
  - name: drift-tls
    files:
      - tls.crt=certs/drift.crt
      - tls.key=certs/drift.key  ⟪key file reference⟫
images:
  - name: drift/recs-api
    newTag: 4.12.1
"""),
    ("helm/wowza/values-prod.yaml", r"""
replicaCount: 2
image:
  repository: wowzamedia/wowza-streaming-engine-linux
  tag: 4.8.28
wse:
  license: «up:4-wzlk1»-«up:5-wzlk2»-«up:5-wzlk3»-«up:5-wzlk4»-«up:5-wzlk5»-«up:5-wzlk6»-«up:5-wzlk7»  ⟦?app-secret|Wowza licence key in Helm values⟧
  adminUser: bwadmin
  adminPassword: «pwc:wowzaadmin»  ⟦password|Wowza admin password in Helm values⟧
  publishers:
    - name: encoder1
      password: «pw:wowzapublish»  ⟦password|publisher password in Helm values⟧
    - name: obs-remote
      password: ""  ⟪empty value⟫
service:
  type: LoadBalancer
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: nlb
"""),
    ("helm/prebid-server/values.yaml", r"""
image:
  repository: prebid/prebid-server
  tag: "0.291.0"
config:
  host_cookie:
    domain: .brightwater.tv
    family: brightwater
  stored_requests:
    postgres:
      connection:
        host: pbs-stored-requests.c2mvx7kq9d1e.us-east-1.rds.amazonaws.com
        user: pbs
        password: «pw:pbsdb»  ⟦password|stored requests DB password in Helm values⟧
  adapters:
    rubicon:
      xapi:
        username: brightwater_pbs
        password: '{{ .Values.secrets.rubiconXapi }}'  ⟪Helm template reference⟫
    appnexus:
      platform_id: "«num:4-anplat»"  ⟪adapter platform id⟫
"""),
    ("helm/kafka-ui/values.yaml", r"""
yamlApplicationConfig:
  kafka:
    clusters:
      - name: beacon-msk
        bootstrapServers: b-1.beaconevents.k3x9qa.c4.kafka.us-east-1.amazonaws.com:9096
        properties:
          security.protocol: SASL_SSL
          sasl.mechanism: SCRAM-SHA-512
          sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="kafka-ui" password="«pwl:kafkaui»";  ⟦password|SCRAM password in a JAAS line in Helm values⟧
  auth:
    type: LOGIN_FORM
  spring:
    security:
      user:
        name: admin
        password: admin  ⟪local default, password equals user⟫
"""),
    ("helm/grafana/values-liveops.yaml", r"""
adminUser: admin
adminPassword: «pwp:grafanaadmin»  ⟦password|Grafana admin password in Helm values⟧
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: CloudWatch
        type: cloudwatch
        jsonData:
          authType: keys
          defaultRegion: us-east-1
        secureJsonData:
          accessKey: «akid:grafanacw»  ⟦aws-key-id|CloudWatch datasource access key⟧
          secretKey: «awssec:grafanacw»  ⟦aws-secret|CloudWatch datasource secret key⟧
      - name: OpenSearch QoE
        type: grafana-opensearch-datasource
        url: https://vpc-bw-player-qoe-«lo:26-osdom».us-east-1.es.amazonaws.com
        basicAuth: true
        basicAuthUser: qoe-admin
        secureJsonData:
          basicAuthPassword: «pwl:qoeos»  ⟦password|OpenSearch password in a Grafana datasource⟧
"""),
    ("helm/airflow/values-analytics.yaml", r"""
executor: KubernetesExecutor
webserverSecretKey: «hex:32-afwebkey»  ⟦app-secret|Airflow webserver secret key in Helm values⟧
fernetKeySecretName: airflow-fernet  ⟪secret name⟫
data:
  metadataSecretName: airflow-metadata
env:
  - name: AIRFLOW_CONN_BRAZE_API
    value: http://:«uuid:brazerest»@rest.iad-05.braze.com  ⟦app-secret|Braze key in an Airflow connection URI⟧
  - name: AIRFLOW_CONN_REDSHIFT_ADTECH
    value: '{{ .Values.redshiftConn }}'  ⟪Helm reference⟫
"""),
    ("helmfile.d/analytics.yaml", r"""
repositories:
  - name: apache-airflow
    url: https://airflow.apache.org
  - name: kafka-ui
    url: https://provectus.github.io/kafka-ui-charts

releases:
  - name: airflow
    namespace: analytics
    chart: apache-airflow/airflow
    version: 1.15.0
    values:
      - ../helm/airflow/values-analytics.yaml
    set:
      - name: redshiftConn
        value: {{ requiredEnv "AIRFLOW_REDSHIFT_CONN" | quote }}  ⟪helmfile requiredEnv⟫
  - name: kafka-ui
    namespace: analytics
    chart: kafka-ui/kafka-ui
    version: 0.7.6
    values:
      - ../helm/kafka-ui/values.yaml
"""),
    ("argocd/apps/harbor.yaml", r"""
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: harbor-adserver
  namespace: argocd
spec:
  project: adtech
  source:
    repoURL: https://github.com/brightwater-media/harbor-deploy.git
    targetRevision: main
    path: charts/harbor
    helm:
      parameters:
        - name: db.password
          value: «pw:harbordb»  ⟦password|Argo CD Helm parameter password⟧
        - name: image.tag
          value: 7.3.0
  destination:
    server: https://kubernetes.default.svc
    namespace: adtech
  syncPolicy:
    automated: {prune: true, selfHeal: true}
"""),
    ("argocd/repo-secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: repo-harbor-deploy
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repository
stringData:
  type: git
  url: https://github.com/brightwater-media/harbor-deploy.git
  username: bwm-argocd
  password: «ghp:argocdrepo»  ⟦github|GitHub token in an Argo CD repository secret⟧
"""),
    ("compose/live-lab/docker-compose.yml", r"""
services:
  wowza:
    image: wowzamedia/wowza-streaming-engine-linux:4.8.28
    ports: ["1935:1935", "8087:8087", "8088:8088"]
    environment:
      WSE_MGR_USER: bwadmin
      WSE_MGR_PASS: «pwc:wowzalab»  ⟦password|Wowza manager password in compose env⟧
      WSE_LIC: ${WSE_LIC}  ⟪${VAR} reference⟫
  srt-relay:
    image: haivision/srt-live-transmit:1.5.3
    command: ["srt://:9000?mode=listener&passphrase=«pct:pwx:srtlab»&pbkeylen=16", "udp://wowza:10000"]  ⟦password|SRT passphrase in a compose command⟧
  mediamtx:
    image: bluenviron/mediamtx:1.9.3
    volumes: ["./mediamtx.yml:/mediamtx.yml"]
"""),
    ("compose/analytics/docker-compose.yaml", r"""
version: "3.9"
services:
  kafka:
    image: bitnami/kafka:3.7
    environment:
      KAFKA_CFG_NODE_ID: "0"
      KAFKA_CFG_PROCESS_ROLES: controller,broker
      KAFKA_CLIENT_USERS: beacon-producer
      KAFKA_CLIENT_PASSWORDS: «pwx:scramprod»  ⟦password|prod SCRAM password reused in local compose⟧
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres  ⟪local default⟫
  iglu:
    image: snowplow/iglu-server:0.12.0
    environment:
      IGLU_SUPER_API_KEY: «uuid:iglukey»  ⟦app-secret|Iglu super API key in compose⟧
"""),
    ("compose/cms/docker-compose.override.yml", r"""
services:
  wordpress:
    environment:
      WORDPRESS_DB_HOST: db
      WORDPRESS_DB_USER: anchor_wp
      WORDPRESS_DB_PASSWORD: ${WORDPRESS_DB_PASSWORD:-changeme}  ⟪default changeme⟫
      WORDPRESS_CONFIG_EXTRA: |
        define('WP_HOME', 'http://localhost:8080');
  db:
    image: mariadb:11
    environment:
      MARIADB_ROOT_PASSWORD: root  ⟪local default⟫
"""),
    ("docker/encoder/Dockerfile", r"""
FROM nvidia/cuda:12.4.1-runtime-ubuntu22.04
ARG FFMPEG_VERSION=7.0.2
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates libsrt1.4-openssl \
 && rm -rf /var/lib/apt/lists/*
COPY --from=ffmpeg-build /opt/ffmpeg /opt/ffmpeg
ENV PATH=/opt/ffmpeg/bin:$PATH
ENV WOWZA_PUBLISH_USER=encoder1
ENV WOWZA_PUBLISH_PASSWORD=«pw:wowzapublish»  ⟦password|publish password baked into an image ENV⟧
ENV SRT_PASSPHRASE_FILE=/run/secrets/srt_passphrase  ⟪secret file path⟫
ENTRYPOINT ["/usr/local/bin/encode.sh"]
"""),
    ("docker/recs-api/Dockerfile", r"""
FROM python:3.12-slim AS build
WORKDIR /src
COPY requirements.txt .
RUN --mount=type=secret,id=pipconf,target=/etc/pip.conf pip wheel -r requirements.txt -w /wheels  ⟪BuildKit secret mount⟫
FROM python:3.12-slim
COPY --from=build /wheels /wheels
RUN pip install --no-index /wheels/*
COPY drift /app/drift
ARG GIT_SHA
ENV GIT_SHA=${GIT_SHA}
CMD ["gunicorn", "drift.api:app", "-k", "uvicorn.workers.UvicornWorker", "-b", "0.0.0.0:8080"]
"""),
    ("docker/cms/Dockerfile", r"""
FROM wordpress:6.6-php8.3-fpm
COPY auth.json /root/.composer/auth.json
RUN composer config -g github-oauth.github.com «ghp:composeroauth» && composer install --no-dev  ⟦github|GitHub token in composer config in a Dockerfile⟧
COPY wp-content /var/www/html/wp-content
"""),
    (".github/workflows/ios-release.yml", r"""
name: iOS and tvOS release
on:
  push:
    tags: ['v*']
jobs:
  release:
    runs-on: macos-14
    env:
      MATCH_PASSWORD: «pp:matchpw»  ⟦password|fastlane match passphrase in workflow env⟧
      MATCH_GIT_BASIC_AUTHORIZATION: «basic:matchgit»  ⟦password-b64|base64 basic auth for the match repo⟧
      FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD: ${{ secrets.APPLE_ASP }}  ⟪${{ secrets.X }}⟫
      APP_STORE_CONNECT_API_KEY_ID: «appid:asckey»  ⟪App Store Connect key id⟫
    steps:
      - uses: actions/checkout@v4
      - uses: ruby/setup-ruby@v1
        with: {bundler-cache: true}
      - run: bundle exec fastlane ios release
      - run: bundle exec fastlane tvos release
"""),
    (".github/workflows/android-release.yml", r"""
name: Android release
on:
  workflow_dispatch:
jobs:
  bundle:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with: {distribution: temurin, java-version: '17'}
      - name: Decode keystore
        run: echo "${{ secrets.UPLOAD_KEYSTORE_B64 }}" | base64 -d > app/upload.jks  ⟪secrets reference⟫
      - name: Build
        run: ./gradlew bundleRelease
        env:
          KEYSTORE_PASSWORD: «pwn:androidks»  ⟦password|keystore password inline in a workflow step env⟧
          KEY_PASSWORD: «pwn:androidks»  ⟦password|key password (same value) inline⟧
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${{ secrets.PLAY_SA_JSON }}
          packageName: tv.brightwater.plus
          releaseFiles: app/build/outputs/bundle/release/app-release.aab
          track: internal
"""),
    (".github/workflows/roku-sideload.yml", r"""
name: Roku sideload to lab devices
on: [pull_request]
jobs:
  sideload:
    runs-on: [self-hosted, tvlab]
    steps:
      - uses: actions/checkout@v4
      - run: npm ci && npx bsc --create-package
      - name: Sideload
        run: |
          curl --digest -u rokudev:«pwp:rokudev» -F "mysubmit=Install" -F "archive=@out/bwplus.zip" http://10.70.3.41/plugin_install  ⟦password|Roku dev password in curl --digest⟧
"""),
    (".github/workflows/cdk-deploy.yml", r"""
name: cdk deploy
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
          role-to-assume: arn:aws:iam::702164839517:role/gha-cdk-deploy  ⟪OIDC role⟫
          aws-region: us-east-1
      - run: npm ci && npx cdk deploy --all --require-approval never
        env:
          SLACK_WEBHOOK_URL: ${{ secrets.SLACK_DEPLOYS }}
"""),
    (".gitlab-ci.yml", r"""
stages: [build, package, publish]

variables:
  SHAKA_PACKAGER_IMAGE: google/shaka-packager:v3.2.0
  DRM_KEY_SERVER: https://drm-speke.bwm-media.net/v2/speke
  SPEKE_API_KEY: «b62:40-spekeapi»  ⟦app-secret|SPEKE API key in GitLab CI variables⟧

package:vod:
  stage: package
  image: $SHAKA_PACKAGER_IMAGE
  script:
    - ./scripts/package.sh "$CI_COMMIT_TAG"
  rules:
    - if: $CI_COMMIT_TAG

publish:
  stage: publish
  image: amazon/aws-cli:2.17.0
  script:
    - aws s3 sync out/ s3://bwm-vod-packaged-418273659021/$CI_COMMIT_TAG/
  variables:
    AWS_ACCESS_KEY_ID: «akid:gitlabpub»  ⟦aws-key-id|key id in a GitLab job's variables⟧
    AWS_SECRET_ACCESS_KEY: «awssec:gitlabpub»  ⟦aws-secret|secret in a GitLab job's variables⟧
"""),
    ("jenkins/Jenkinsfile.playout", r"""
pipeline {
  agent { label 'windows-playout' }
  environment {
    PLAYOUT_API = 'https://playout-api.fac.bwm.local'
    PLAYOUT_TOKEN = credentials('playout-api-token')  ⟪Jenkins credentials()⟫
    FTP_PASSWORD = '«pw6:playoutftp»'  ⟦password|playout FTP password in a Jenkinsfile environment⟧
  }
  stages {
    stage('Push schedule') {
      steps {
        bat 'curl -T schedules\\BW1-%DATE%.xml ftp://playout-ftp:%FTP_PASSWORD%@10.20.1.15/incoming/'
      }
    }
  }
}
"""),
    (".circleci/config.yml", r"""
version: 2.1
orbs:
  aws-cli: circleci/aws-cli@4.1
jobs:
  recs-train:
    docker:
      - image: cimg/python:3.12
        auth:
          username: brightwatermedia
          password: «dckr:circle»  ⟦docker-hub|Docker Hub token as the image auth password⟧
    environment:
      WANDB_API_KEY: «wandb:recs»  ⟦app-secret|W&B key in CircleCI job environment⟧
    steps:
      - checkout
      - run: pip install -r requirements.txt && python -m drift.train --config configs/ranker.yaml
workflows:
  nightly:
    jobs: [recs-train]
"""),
    ("bitbucket-pipelines.yml", r"""
image: node:20
definitions:
  steps:
    - step: &deploy-cms-theme
        name: Deploy CMS theme
        script:
          - npm ci && npm run build
          - pipe: atlassian/sftp-deploy:0.10.0
            variables:
              USER: anchor-deploy
              SERVER: cms-origin.bwm-media.net
              REMOTE_PATH: /var/www/anchor/wp-content/themes/brightwater
              LOCAL_PATH: dist/
              PASSWORD: «pwc:cmssftp»  ⟦password|SFTP deploy password in a pipe variable⟧
pipelines:
  branches:
    main:
      - step: *deploy-cms-theme
"""),
    (".buildkite/pipeline.yml", r"""
env:
  BUILDKITE_PLUGIN_S3_CACHE_BUCKET: bwm-buildkite-cache-702164839517
steps:
  - label: ":android: unit"
    command: ./gradlew testReleaseUnitTest
    agents: {queue: android}
  - label: ":rocket: firebase app distribution"
    command: ./scripts/distribute.sh
    env:
      FIREBASE_TOKEN: "1//0«urlsafe:75-fbcitoken»"  ⟦app-secret|Firebase CLI refresh token in Buildkite env⟧
    agents: {queue: android}
  - label: ":shipit: notify"
    command: ./scripts/notify.sh
    plugins:
      - seek-oss/aws-sm#v2.3.2:
          env:
            SLACK_TOKEN: buildkite/slack-bot-token  ⟪aws-sm plugin reference⟫
"""),
    ("codemagic.yaml", r"""
workflows:
  tvos-release:
    name: tvOS release
    instance_type: mac_mini_m2
    environment:
      groups:
        - app_store_credentials  ⟪Codemagic environment group⟫
      vars:
        APP_STORE_APPLE_ID: «num:10-asappid»
        CERTIFICATE_PRIVATE_KEY_PASSWORD: «pwp:certp12»  ⟦password|certificate password in codemagic vars⟧
      xcode: 15.4
    scripts:
      - name: Build
        script: xcode-project build-ipa --workspace BrightwaterPlus.xcworkspace --scheme "BW+ tvOS"
    publishing:
      app_store_connect:
        api_key: $APP_STORE_CONNECT_PRIVATE_KEY
        key_id: $APP_STORE_CONNECT_KEY_IDENTIFIER
        issuer_id: «uuid:ascissuer»  ⟪App Store Connect issuer id⟫
"""),
    ("bitrise.yml", r"""
format_version: "13"
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: react-native
app:
  envs:
    - BITRISE_PROJECT_PATH: ios/BrightwaterNews.xcworkspace
    - BITRISE_SCHEME: BrightwaterNews
    - SEGMENT_WRITE_KEY_IOS: «b62:32-segios»  ⟪Segment client-side write key (shipped in the app)⟫
    - CODEPUSH_DEPLOYMENT_KEY: «urlsafe:30-codepush»  ⟦app-secret|CodePush deployment key in Bitrise app envs⟧
workflows:
  deploy:
    steps:
      - git-clone@8: {}
      - npm@1:
          inputs:
            - command: ci
      - xcode-archive@5:
          inputs:
            - distribution_method: app-store
"""),
    ("apps/news-rn/eas.json", r"""
{
  "cli": {"version": ">= 12.0.0"},
  "build": {
    "production": {
      "env": {
        "EXPO_PUBLIC_API_URL": "https://api.news.brightwater.tv",
        "SENTRY_AUTH_TOKEN": "sntrys_«b64k:90-sentryauth»"  ⟦sentry|Sentry auth token in eas.json env⟧
      },
      "autoIncrement": true
    }
  },
  "submit": {
    "production": {
      "ios": {"ascAppId": "«num:10-asappid»", "appleTeamId": "«appid:teamid»"},  ⟪App Store app id and team id⟫
      "android": {"serviceAccountKeyPath": "./play-sa.json", "track": "internal"}
    }
  }
}
"""),
    ("apps/bwplus-ios/fastlane/Fastfile", r"""
default_platform(:ios)

platform :ios do
  lane :release do
    app_store_connect_api_key(
      key_id: "«appid:asckey»",  ⟪App Store Connect key id⟫
      issuer_id: "«uuid:ascissuer»",
      key_filepath: "./fastlane/AuthKey.p8"
    )
    match(type: "appstore", readonly: true)
    build_app(scheme: "BrightwaterPlus", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(slack_url: "«slackhook:fastlane»", message: "iOS build uploaded")  ⟦slack|Slack webhook inline in a Fastfile⟧
  end
end

platform :tvos do
  lane :release do
    match(type: "appstore", platform: "tvos", readonly: true)
    build_app(scheme: "BrightwaterPlus tvOS")
    upload_to_testflight
  end
end
"""),
    ("apps/bwplus-ios/fastlane/Appfile", r"""
app_identifier("tv.brightwater.plus")
apple_id("appstore@brightwater.tv")
itc_team_id("«num:9-itcteam»")  ⟪App Store Connect team id⟫
team_id("«appid:teamid»")
"""),
    ("apps/bwplus-ios/fastlane/.env.default", r"""
FASTLANE_USER=appstore@brightwater.tv
FASTLANE_PASSWORD=«pwc:appleid»  ⟦password|Apple ID password in fastlane .env⟧
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=«asp:fastlane»  ⟦password|Apple app-specific password⟧
MATCH_PASSWORD=«pp:matchpw»  ⟦password|match passphrase in fastlane .env⟧
FASTLANE_SKIP_UPDATE_CHECK=1
"""),
    ("ansible/group_vars/playout_windows.yml", r"""
ansible_connection: winrm
ansible_winrm_transport: ntlm
ansible_winrm_server_cert_validation: ignore
ansible_user: BWMFAC\svc-ansible
ansible_password: «pwn:ansiblewinrm»  ⟦password|WinRM password in group_vars⟧
playout_service_account: BWMFAC\svc-playout
playout_service_password: "{{ vault_playout_service_password }}"  ⟪Jinja vault variable⟫
"""),
    ("ansible/group_vars/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256
«hex:64-vault1»  ⟪ansible-vault ciphertext⟫
«hex:64-vault2»
«hex:64-vault3»
«hex:40-vault4»
"""),
    ("ansible/roles/intercom/tasks/main.yml", r"""
- name: push intercom matrix configuration
  ansible.builtin.uri:
    url: "https://{{ inventory_hostname }}/api/v1/config"
    method: PUT
    user: admin
    password: «pw6:intercomadmin»  ⟦password|intercom frame admin password in a uri task⟧
    force_basic_auth: true
    validate_certs: false
    body_format: json
    body: "{{ lookup('file', 'matrix-' + inventory_hostname + '.json') }}"
"""),
    ("packer/encoder-ami.pkr.hcl", r"""
packer {
  required_plugins {
    amazon = { version = ">= 1.3.2", source = "github.com/hashicorp/amazon" }
  }
}

source "amazon-ebs" "encoder" {
  region        = "us-east-1"
  instance_type = "g5.xlarge"
  ssh_username  = "ubuntu"
  ami_name      = "bwm-encoder-{{timestamp}}"
  access_key    = "«akid:packer»"  ⟦aws-key-id|access key in a Packer source⟧
  secret_key    = "«awssec:packer»"  ⟦aws-secret|secret key in a Packer source⟧
  source_ami_filter {
    filters = { name = "ubuntu/images/hvm-ssd/ubuntu-jammy-22.04-amd64-server-*" }
    owners      = ["099720109477"]
    most_recent = true
  }
}

build {
  sources = ["source.amazon-ebs.encoder"]
  provisioner "shell" {
    script = "scripts/install-ffmpeg.sh"
  }
}
"""),
    ("k8s/ingest/srt-gateway.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: srt-gateway
  namespace: ingest
spec:
  replicas: 2
  selector:
    matchLabels: {app: srt-gateway}
  template:
    metadata:
      labels: {app: srt-gateway}
    spec:
      containers:
        - name: sls
          image: 702164839517.dkr.ecr.us-east-1.amazonaws.com/ingest/srt-live-server:1.4.9
          ports:
            - containerPort: 9710
              protocol: UDP
          envFrom:
            - secretRef:
                name: srt-gateway  ⟪secretRef⟫
          resources:
            limits: {cpu: "2", memory: 2Gi}
"""),
]
