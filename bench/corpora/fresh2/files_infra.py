"""fresh2 templates, infrastructure: CDK, SAM, CloudFormation, ECS, Kubernetes, Helm, GitOps, Terraform, Ansible."""
from __future__ import annotations

FILES = []


def F(path: str, text: str) -> None:
    FILES.append((path, text))


F("cdk/ts/lib/ingest-stack.ts", r'''
import * as cdk from 'aws-cdk-lib';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import { Construct } from 'constructs';

export class IngestStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0c4d2e1f3a5b79680' });

    const db = new rds.DatabaseInstance(this, 'IngestDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret('ingest_admin'),  ⟪generated secret⟫
    });

    const replica = new rds.DatabaseInstance(this, 'ReportingDb', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_4 }),
      vpc,
      credentials: rds.Credentials.fromPassword('reporting', cdk.SecretValue.unsafePlainText('«pw:cdkts»')),  ⟦password|unsafePlainText password in CDK TS⟧
    });

    new lambda.Function(this, 'Router', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('../../services/ingest-router/dist'),
      environment: {
        DB_SECRET_ARN: db.secret!.secretArn,
        SLACK_BOT_TOKEN: '«xoxb:cdk»',  ⟦slack-token|Slack bot token in Lambda env (CDK)⟧
        PARTNER_WEBHOOK_SECRET: cdk.SecretValue.secretsManager('fc/ingest/webhook').unsafeUnwrap(),  ⟪Secrets Manager reference⟫
        BUILD_SHA: '«sha:cdkbuild»',  ⟪git SHA⟫
      },
    });
  }
}
''')

F("cdk/ts/bin/app.ts", r'''
#!/usr/bin/env node
import * as cdk from 'aws-cdk-lib';
import { IngestStack } from '../lib/ingest-stack';

const app = new cdk.App();
new IngestStack(app, 'fc-ingest-prd', { env: { account: '418273645019', region: 'eu-west-1' } });
new IngestStack(app, 'fc-ingest-stg', { env: { account: '730912846601', region: 'eu-west-1' } });
''')

F("cdk/ts/cdk.context.json", r'''
{
  "vpc-provider:account=418273645019:filter.vpc-id=vpc-0c4d2e1f3a5b79680:region=eu-west-1:returnAsymmetricSubnets=true": {
    "vpcId": "vpc-0c4d2e1f3a5b79680",
    "vpcCidrBlock": "10.42.0.0/16",
    "ownerAccountId": "418273645019"
  },
  "acknowledged-issue-numbers": [32775],
  "@aws-cdk/core:bootstrapQualifier": "hnb659fds"
}
''')

F("cdk/ts/package-lock.json", r'''
{
  "name": "fc-ingest-cdk",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "node_modules/aws-cdk-lib": {
      "version": "2.170.0",
      "resolved": "https://registry.npmjs.org/aws-cdk-lib/-/aws-cdk-lib-2.170.0.tgz",
      "integrity": "«sri:cdk»"  ⟪lockfile integrity⟫
    },
    "node_modules/constructs": {
      "version": "10.4.2",
      "resolved": "https://registry.npmjs.org/constructs/-/constructs-10.4.2.tgz",
      "integrity": "«sri:constructs»"  ⟪lockfile integrity⟫
    }
  }
}
''')

F("cdk/py/stacks/warehouse_stack.py", r'''
from aws_cdk import SecretValue, Stack
from aws_cdk import aws_elasticache as elasticache
from aws_cdk import aws_opensearchservice as opensearch
from aws_cdk import aws_redshift as redshift
from constructs import Construct


class WarehouseStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)

        redshift.CfnCluster(
            self, "Dwh",
            cluster_type="multi-node",
            number_of_nodes=4,
            node_type="ra3.xlplus",
            db_name="analytics",
            master_username="fcadmin",
            master_user_password="«pw:rsmaster»",  ⟦password|Redshift master password in CDK Python⟧
        )

        elasticache.CfnReplicationGroup(
            self, "QueryCache",
            replication_group_description="query result cache",
            engine="redis",
            cache_node_type="cache.r7g.large",
            transit_encryption_enabled=True,
            auth_token="«strongpw:redis»",  ⟦password|ElastiCache auth_token literal⟧
        )

        opensearch.Domain(
            self, "Search",
            version=opensearch.EngineVersion.OPENSEARCH_2_15,
            fine_grained_access_control=opensearch.AdvancedSecurityOptions(
                master_user_name="fc-search-admin",
                master_user_password=SecretValue.unsafe_plain_text("«weakpw:os»"),  ⟦password|OpenSearch master password, low entropy⟧
            ),
        )

        opensearch.Domain(
            self, "SearchStaging",
            version=opensearch.EngineVersion.OPENSEARCH_2_15,
            fine_grained_access_control=opensearch.AdvancedSecurityOptions(
                master_user_name="fc-search-admin",
                master_user_password=SecretValue.secrets_manager("fc/search/staging-master"),  ⟪Secrets Manager reference⟫
            ),
        )
''')

F("cdk/java/src/main/java/io/ferncastle/infra/StreamingStack.java", r'''
package io.ferncastle.infra;

import java.util.Map;

import software.amazon.awscdk.SecretValue;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.services.docdb.CfnDBCluster;
import software.amazon.awscdk.services.lambda.Code;
import software.amazon.awscdk.services.lambda.Function;
import software.amazon.awscdk.services.lambda.Runtime;
import software.constructs.Construct;

public class StreamingStack extends Stack {
    public StreamingStack(final Construct scope, final String id, final StackProps props) {
        super(scope, id, props);

        CfnDBCluster.Builder.create(this, "EventsDocDb")
                .masterUsername("events_admin")
                .masterUserPassword("«pw:docdbjava»")  ⟦password|DocumentDB masterUserPassword in CDK Java⟧
                .engineVersion("5.0.0")
                .build();

        Function.Builder.create(this, "Enricher")
                .runtime(Runtime.JAVA_21)
                .handler("io.ferncastle.enrich.Handler::handleRequest")
                .code(Code.fromAsset("../../services/enricher/target/enricher.jar"))
                .environment(Map.of(
                        "NEW_RELIC_LICENSE_KEY", "«nrlicense:java»",  ⟦newrelic-key|New Relic ingest license key⟧
                        "NEW_RELIC_APP_NAME", "fc-enricher",
                        "DEPLOY_ID", "«uuid:deploy»"))  ⟪deploy UUID⟫
                .build();
    }
}
''')

F("sam/metrics-api/template.yaml", r'''
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: metrics-api (SAM)

Parameters:
  Stage:
    Type: String
    AllowedValues: [stg, prd]
  DbPassword:
    Type: String
    NoEcho: true
  AlertingPassword:
    Type: String
    NoEcho: true
    Default: «pw:samdefault»  ⟦password|NoEcho parameter with a literal Default⟧

Globals:
  Function:
    Runtime: python3.12
    Timeout: 15
    Environment:
      Variables:
        STAGE: !Ref Stage
        DB_HOST: !GetAtt MetricsDb.Endpoint.Address
        DB_PASSWORD: !Ref DbPassword  ⟪Ref of NoEcho parameter⟫
        CACHE_PASSWORD: «pw:samcache»  ⟦password|literal in Lambda Globals environment⟧

Resources:
  MetricsDb:
    Type: AWS::RDS::DBInstance
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      AllocatedStorage: 50
      MasterUsername: metrics
      MasterUserPassword: '{{resolve:secretsmanager:fc/metrics/db:SecretString:password}}'  ⟪dynamic reference⟫

  Cache:
    Type: AWS::ElastiCache::ReplicationGroup
    Properties:
      ReplicationGroupDescription: metrics cache
      Engine: redis
      CacheNodeType: cache.t4g.small
      TransitEncryptionEnabled: true
      AuthToken: «strongpw:samauth»  ⟦password|ElastiCache AuthToken literal in SAM⟧

  ApiFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: app.handler
      Environment:
        Variables:
          PAGERDUTY_ROUTING_KEY: «hex32:pdsam»  ⟦pagerduty-key|PagerDuty routing key in Lambda env⟧
          SENTRY_DSN: «sentry:samdsn»  ⟪modern Sentry DSN⟫
          ENCRYPTED_PARTNER_TOKEN: «kmsblob:sam»  ⟪KMS ciphertext blob⟫

  DeployUser:
    Type: AWS::IAM::User
  DeployUserKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref DeployUser

Outputs:
  DeployKeyId:
    Value: !Ref DeployUserKey
  DeployKeySecret:
    Value: !GetAtt DeployUserKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output, no literal⟫
''')

F("sam/metrics-api/samconfig.toml", r'''
version = 0.1

[default.deploy.parameters]
stack_name = "fc-metrics-api-stg"
resolve_s3 = true
s3_prefix = "fc-metrics-api"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"stg\" DbPassword=\"«pw:samconf»\""  ⟦password|samconfig parameter_overrides password⟧

[prd.deploy.parameters]
stack_name = "fc-metrics-api-prd"
region = "eu-west-1"
capabilities = "CAPABILITY_IAM"
parameter_overrides = "Stage=\"prd\" DbPassword=\"{{resolve:ssm-secure:/fc/metrics/prd/db-password}}\""  ⟪dynamic reference⟫
''')

F("sam/ingest-webhook/template.json", r'''
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Transform": "AWS::Serverless-2016-10-31",
  "Parameters": {
    "DocDbPassword": {"Type": "String", "NoEcho": true, "MinLength": 12}
  },
  "Resources": {
    "WebhookFunction": {
      "Type": "AWS::Serverless::Function",
      "Properties": {
        "Runtime": "nodejs20.x",
        "Handler": "index.handler",
        "CodeUri": "dist/",
        "Environment": {
          "Variables": {
            "STRIPE_SECRET_KEY": "«sklive:wh»",  ⟦stripe-key|Stripe secret key in Lambda env⟧
            "STRIPE_WEBHOOK_SECRET": "«whsec:wh»",  ⟦stripe-key|Stripe webhook signing secret⟧
            "STRIPE_PUBLISHABLE_KEY": "«pklive:wh»",  ⟪publishable key⟫
            "EVENTS_TABLE": {"Ref": "EventsTable"}
          }
        }
      }
    },
    "EventsTable": {
      "Type": "AWS::DynamoDB::Table",
      "Properties": {
        "BillingMode": "PAY_PER_REQUEST",
        "AttributeDefinitions": [{"AttributeName": "pk", "AttributeType": "S"}],
        "KeySchema": [{"AttributeName": "pk", "KeyType": "HASH"}]
      }
    },
    "SearchDomain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "EngineVersion": "OpenSearch_2.15",
        "AdvancedSecurityOptions": {
          "Enabled": true,
          "InternalUserDatabaseEnabled": true,
          "MasterUserOptions": {
            "MasterUserName": "webhook-admin",
            "MasterUserPassword": "«pw:osjson»"  ⟦password|OpenSearch MasterUserPassword literal (JSON)⟧
          }
        }
      }
    },
    "EventsDocDb": {
      "Type": "AWS::DocDB::DBCluster",
      "Properties": {
        "MasterUsername": "webhook",
        "MasterUserPassword": {"Ref": "DocDbPassword"},  ⟪Ref of NoEcho parameter⟫
        "StorageEncrypted": true
      }
    }
  }
}
''')

F("cfn/redshift-cluster.yaml", r'''
AWSTemplateFormatVersion: '2010-09-09'
Description: Ferncastle analytics warehouse (legacy stack, pre-CDK)
Resources:
  Warehouse:
    Type: AWS::Redshift::Cluster
    Properties:
      ClusterType: multi-node
      NumberOfNodes: 2
      NodeType: ra3.xlplus
      DBName: analytics
      MasterUsername: fcadmin
      MasterUserPassword: «weakpw:rscfn»  ⟦password|low-entropy MasterUserPassword⟧
      Encrypted: true
      KmsKeyId: arn:aws:kms:eu-west-1:418273645019:key/«uuid:kmskey»  ⟪KMS key ARN⟫
  WarehouseSubnets:
    Type: AWS::Redshift::ClusterSubnetGroup
    Properties:
      Description: private subnets
      SubnetIds: [subnet-0a1b2c3d4e5f60718, subnet-0b2c3d4e5f6071829]
''')

F("cfn/params/prd.json", r'''
[
  {"ParameterKey": "Stage", "ParameterValue": "prd"},
  {"ParameterKey": "DbPassword", "ParameterValue": "«pw:paramprd»"},  ⟦password|parameter file password⟧
  {"ParameterKey": "BastionPublicKey", "ParameterValue": "«sshpub:ed.bastion:ops@ferncastle»"},  ⟪SSH public key in parameter file⟫
  {"ParameterKey": "KmsKeyArn", "ParameterValue": "arn:aws:kms:eu-west-1:418273645019:key/«uuid:kmsprd»"}
]
''')

F("cfn/params/stg.json", r'''
{
  "Parameters": {
    "Stage": "stg",
    "DbPassword": "«sops:stgdb»",  ⟪SOPS value in parameter file⟫
    "AlertingPassword": "ssm:/fc/metrics/stg/alerting-password",  ⟪SSM path⟫
    "ImageTag": "«sha:stgtag»"
  }
}
''')

F("cfn/ci-user.yaml", r'''
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  CiUser:
    Type: AWS::IAM::User
    Properties:
      UserName: fc-ci-publisher
  CiKey:
    Type: AWS::IAM::AccessKey
    Properties:
      UserName: !Ref CiUser
  PartnerApiSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: fc/partner/api
      SecretString: '{"username":"ferncastle","password":"«pw:smcfn»"}'  ⟦password|literal SecretString password⟧
  GeneratedSecret:
    Type: AWS::SecretsManager::Secret
    Properties:
      Name: fc/partner/generated
      GenerateSecretString:
        SecretStringTemplate: '{"username":"ferncastle"}'
        GenerateStringKey: password
        PasswordLength: 32
Outputs:
  CiAccessKeyId:
    Value: !Ref CiKey
  CiSecretAccessKey:
    Value: !GetAtt CiKey.SecretAccessKey  ⟪GetAtt SecretAccessKey output⟫
''')

F("cfn/query-gateway-ecs.yaml", r'''
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  TaskDef:
    Type: AWS::ECS::TaskDefinition
    Properties:
      Family: fc-query-gateway
      RequiresCompatibilities: [FARGATE]
      Cpu: '512'
      Memory: '1024'
      NetworkMode: awsvpc
      ContainerDefinitions:
        - Name: gateway
          Image: 418273645019.dkr.ecr.eu-west-1.amazonaws.com/fc-query-gateway:3.4.1
          Environment:
            - Name: OPENSEARCH_USER
              Value: gateway
            - Name: OPENSEARCH_PASSWORD
              Value: «pw:ecscfn»  ⟦password|ECS container env password in CFN⟧
            - Name: LOG_LEVEL
              Value: info
          Secrets:
            - Name: DB_PASSWORD
              ValueFrom: arn:aws:ssm:eu-west-1:418273645019:parameter/fc/gateway/db-password  ⟪ValueFrom⟫
''')

F("ecs/taskdefs/collector.json", r'''
{
  "family": "fc-event-collector",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::418273645019:role/fc-ecs-exec",
  "containerDefinitions": [
    {
      "name": "collector",
      "image": "418273645019.dkr.ecr.eu-west-1.amazonaws.com/fc-event-collector@sha256:«sha256:colimg»",  ⟪image digest⟫
      "environment": [
        {"name": "AWS_REGION", "value": "eu-west-1"},
        {"name": "AWS_ACCESS_KEY_ID", "value": "«akid:12»"},  ⟦aws-access-key-id|ECS env key ID⟧
        {"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:12»"},  ⟦aws-secret-access-key|ECS env secret⟧
        {"name": "KINESIS_STREAM", "value": "fc-events-prd"}
      ],
      "secrets": [
        {"name": "CONFLUENT_API_SECRET", "valueFrom": "arn:aws:secretsmanager:eu-west-1:418273645019:secret:fc/collector/confluent-a1B2c3"}
      ],
      "repositoryCredentials": {"credentialsParameter": "arn:aws:secretsmanager:eu-west-1:418273645019:secret:fc/dockerhub-Xy12Ab"},
      "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/fc-event-collector", "awslogs-region": "eu-west-1", "awslogs-stream-prefix": "collector"}}
    }
  ]
}
''')

F("ecs/taskdefs/query-gateway.json", r'''
{
  "family": "fc-query-gateway",
  "containerDefinitions": [
    {
      "name": "gateway",
      "image": "418273645019.dkr.ecr.eu-west-1.amazonaws.com/fc-query-gateway:3.4.1",
      "environment": [
        {"name": "NEW_RELIC_APP_NAME", "value": "fc-query-gateway"},
        {"name": "DD_ENV", "value": "prd"},
        {"name": "CACHE_PASSWORD", "value": "${CACHE_PASSWORD}"}  ⟪templated env⟫
      ],
      "secrets": [
        {"name": "DD_API_KEY", "valueFrom": "arn:aws:ssm:eu-west-1:418273645019:parameter/fc/datadog/api-key"},  ⟪valueFrom⟫
        {"name": "NEW_RELIC_LICENSE_KEY", "valueFrom": "arn:aws:secretsmanager:eu-west-1:418273645019:secret:fc/newrelic-Pq9Rs8:license::"}
      ]
    }
  ]
}
''')

F("k8s/base/ingest-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ingest-aws
  namespace: ingest
type: Opaque
data:
  AWS_ACCESS_KEY_ID: «b64:akid:13»  ⟦aws-b64|base64 key ID in Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:13»  ⟦aws-b64|base64 secret in Secret data⟧
  AWS_REGION: ZXUtd2VzdC0x
stringData:
  PGPASSWORD: «pw:k8spg»  ⟦password|stringData password⟧
  PGUSER: ingest
''')

F("k8s/base/ingest-configmap.yaml", r'''
apiVersion: v1
kind: ConfigMap
metadata:
  name: ingest-config
  namespace: ingest
data:
  BUCKET: fc-lake-raw-prd
  REGION: eu-west-1
  TENANT_ID: «uuid:cmtenant»  ⟪UUID in ConfigMap⟫
  SCHEMA_HASH: «sha256:schema»  ⟪schema hash⟫
  DB_PASSWORD_SECRET: arn:aws:secretsmanager:eu-west-1:418273645019:secret:fc/ingest/db-Lm3No4
  FEATURE_FLAGS: "dedupe,late-arrivals"
''')

F("k8s/base/warehouse-sealedsecret.yaml", r'''
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: warehouse
  namespace: lakehouse
spec:
  encryptedData:
    REDSHIFT_PASSWORD: «sealed:rs»  ⟪SealedSecret blob⟫
    DATABRICKS_TOKEN: «sealed:dbx»  ⟪SealedSecret blob⟫
  template:
    metadata:
      name: warehouse
''')

F("k8s/base/redshift-externalsecret.yaml", r'''
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: redshift
  namespace: lakehouse
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: redshift
  data:
    - secretKey: password
      remoteRef:
        key: fc/lakehouse/redshift
        property: password
''')

F("k8s/overlays/legacy/partner-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: partner-credentials
  namespace: partner
type: Opaque
data:
  credentials: «b64:credfile:14»  ⟦aws-b64|base64 credentials file in Secret data⟧
  config: W2RlZmF1bHRdCnJlZ2lvbiA9IGV1LXdlc3QtMQo=
''')

F("helm/query-gateway/values.yaml", r'''
replicaCount: 3
image:
  repository: 418273645019.dkr.ecr.eu-west-1.amazonaws.com/fc-query-gateway
  tag: 3.4.1
datadog:
  enabled: true
  apiKey: «hex32:ddhelm»  ⟦datadog-api-key|Datadog apiKey in Helm values⟧
  appKey: «hex40:ddapp»  ⟦datadog-app-key|Datadog appKey in Helm values⟧
  site: datadoghq.eu
postgresql:
  auth:
    existingSecret: query-gateway-db
    password: ""
redis:
  auth:
    enabled: true
    password: «weakpw:helmredis»  ⟦password|low-entropy redis password in Helm values⟧
ingress:
  enabled: true
  hosts: [query.ferncastle.io]
podAnnotations:
  checksum/config: «sha256:helmcfg»  ⟪config checksum⟫
''')

F("helm/query-gateway/templates/deployment.yaml", r'''
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "query-gateway.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: gateway
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          env:
            - name: DD_API_KEY
              value: {{ .Values.datadog.apiKey | quote }}  ⟪Helm templating⟫
            - name: REDIS_PASSWORD
              valueFrom:
                secretKeyRef:
                  name: {{ .Release.Name }}-redis
                  key: redis-password
''')

F("helm/query-gateway/values-prd.enc.yaml", r'''
datadog:
  apiKey: «sops:helmdd»  ⟪SOPS value⟫
redis:
  auth:
    password: «sops:helmredisprd»  ⟪SOPS value⟫
sops:
  kms:
    - arn: arn:aws:kms:eu-west-1:418273645019:key/«uuid:sopskms»
      created_at: "2026-10-02T11:20:31Z"
      enc: «kmsblob:sopsenc»  ⟪KMS-encrypted data key⟫
      aws_profile: ""
  lastmodified: "2026-11-20T09:12:44Z"
  mac: «sops:mac»
  version: 3.9.1
''')

F("helm/legacy-sync/values.yaml", r'''
legacy:
  enabled: true
  # double-encoded because the old chart base64'd the value again in its Secret template
  awsCredentials: «b64b64:credfile:15»  ⟦aws-b64b64|double base64 credentials file in Helm values⟧
  schedule: "*/30 * * * *"
''')

F("argocd/applications/lakehouse.yaml", r'''
apiVersion: argoproj.io/v1alpha1
kind: Application
metadata:
  name: lakehouse
  namespace: argocd
spec:
  project: data-platform
  source:
    repoURL: https://github.com/ferncastle/lakehouse-deploy.git
    targetRevision: «sha:argorev»  ⟪pinned git SHA⟫
    path: overlays/prd
  destination:
    server: https://kubernetes.default.svc
    namespace: lakehouse
  syncPolicy:
    automated: {prune: true, selfHeal: true}
''')

F("argocd/repo-creds.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: ferncastle-github
  namespace: argocd
  labels:
    argocd.argoproj.io/secret-type: repo-creds
stringData:
  type: git
  url: https://github.com/ferncastle
  username: fc-argocd-bot
  password: «ghp:argo»  ⟦github-token|GitHub PAT in Argo CD repo-creds⟧
''')

F("flux/clusters/prd/gotk-sync.yaml", r'''
apiVersion: source.toolkit.fluxcd.io/v1
kind: GitRepository
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 1m0s
  ref:
    branch: main
  secretRef:
    name: flux-system
  url: ssh://git@github.com/ferncastle/fleet
---
apiVersion: kustomize.toolkit.fluxcd.io/v1
kind: Kustomization
metadata:
  name: flux-system
  namespace: flux-system
spec:
  interval: 10m0s
  path: ./clusters/prd
  prune: true
  sourceRef:
    kind: GitRepository
    name: flux-system
  decryption:
    provider: sops
''')

F("flux/clusters/prd/flux-system-secret.yaml", r'''
apiVersion: v1
kind: Secret
metadata:
  name: flux-system
  namespace: flux-system
type: Opaque
data:
  identity: «b64openssh:ed.flux:flux@fc-prd»  ⟦private-key|base64 OpenSSH private key in Secret data⟧
  known_hosts: Z2l0aHViLmNvbSBzc2gtZWQyNTUxOSBBQUFBQzNOemFDMWxaREkxTlRFNUFBQUFJT01xcW5rVnpybTBTZEc2VU9vcUtMc2FiZ0g1Qzlva1dpMGRoMmw5R0tKbAo=
''')

F("terraform/providers.tf", r'''
terraform {
  required_version = ">= 1.8"
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.70" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.46" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.98" }
  }
}

provider "aws" {
  region     = "eu-west-1"
  access_key = "«akid:16»"  ⟦aws-access-key-id|Terraform provider access_key⟧
  secret_key = "«awssec:16»"  ⟦aws-secret-access-key|Terraform provider secret_key⟧
}

provider "aws" {
  alias   = "audit"
  region  = "eu-west-1"
  profile = "fc-audit"
}

provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

provider "snowflake" {
  account  = "fc12345"
  user     = "TERRAFORM"
  password = "«pw:tfsnow»"  ⟦password|Snowflake provider password⟧
  role     = "SYSADMIN"
}
''')

F("terraform/variables.tf", r'''
variable "datadog_api_key" {
  type      = string
  sensitive = true
}

variable "datadog_app_key" {
  type      = string
  sensitive = true
}

variable "redshift_master_password" {
  type      = string
  sensitive = true
  default   = "changeme"  ⟪changeme default⟫
}

variable "msk_scram_password" {
  type      = string
  sensitive = true
  default   = "«pw:tfmsk»"  ⟦password|sensitive variable with literal default⟧
}

variable "environment" {
  type    = string
  default = "prd"
}
''')

F("terraform/prd.tfvars", r'''
environment              = "prd"
vpc_id                   = "vpc-0c4d2e1f3a5b79680"
redshift_master_password = "«pw:tfvars»"  ⟦password|tfvars password⟧
pagerduty_token          = "«pdtoken:tf»"  ⟦pagerduty-key|PagerDuty REST API token⟧
datadog_api_key          = "«hex32:tfdd»"  ⟦datadog-api-key|Datadog key in tfvars⟧
datadog_app_key          = "«hex40:tfddapp»"  ⟦datadog-app-key|Datadog app key in tfvars⟧
alert_email              = "data-oncall@ferncastle.io"
''')

F("terraform/modules/msk/main.tf", r'''
resource "aws_msk_cluster" "events" {
  cluster_name           = "fc-events"
  kafka_version          = "3.7.x"
  number_of_broker_nodes = 3
  broker_node_group_info {
    instance_type   = "kafka.m7g.large"
    client_subnets  = var.subnet_ids
    security_groups = [aws_security_group.msk.id]
  }
  client_authentication {
    sasl { scram = true }
  }
}

resource "random_password" "consumer" {
  length  = 32
  special = false
}

resource "aws_secretsmanager_secret" "producer" {
  name       = "AmazonMSK_fc_producer"
  kms_key_id = aws_kms_key.msk.arn
}

resource "aws_secretsmanager_secret_version" "producer" {
  secret_id     = aws_secretsmanager_secret.producer.id
  secret_string = jsonencode({ username = "producer", password = "«pw:tfmskprod»" })  ⟦password|literal password in secret_string⟧
}

resource "aws_secretsmanager_secret_version" "consumer" {
  secret_id     = aws_secretsmanager_secret.consumer.id
  secret_string = jsonencode({ username = "consumer", password = random_password.consumer.result })
}
''')

F("terraform/modules/ci/iam.tf", r'''
resource "aws_iam_user" "publisher" {
  name = "fc-ci-publisher"
}

resource "aws_iam_access_key" "publisher" {
  user    = aws_iam_user.publisher.name
  pgp_key = "keybase:ferncastle_ops"  ⟪pgp_key reference⟫
}

output "publisher_secret" {
  value = aws_iam_access_key.publisher.encrypted_secret
}
''')

F("terraform/.terraform.lock.hcl", r'''
# This file is maintained automatically by "terraform init".
provider "registry.terraform.io/hashicorp/aws" {
  version     = "5.70.0"
  constraints = "~> 5.70"
  hashes = [
    "«h1:aws»",  ⟪provider hash⟫
    "zh:«sha256:awszh1»",
    "zh:«sha256:awszh2»",
  ]
}
''')

F("terraform/terraform.tfstate.backup", r'''
{
  "version": 4,
  "terraform_version": "1.9.8",
  "serial": 42,
  "lineage": "«uuid:lineage»",
  "resources": [
    {
      "mode": "managed",
      "type": "aws_iam_access_key",
      "name": "partner",
      "instances": [
        {
          "attributes": {
            "id": "«akid:17»",  ⟦aws-access-key-id|key ID in tfstate⟧
            "secret": "«awssec:17»",  ⟦aws-secret-access-key|secret in tfstate⟧
            "ses_smtp_password_v4": "«sessmtp:1»",  ⟦aws-ses-smtp-password|SES SMTP password in tfstate⟧
            "status": "Active",
            "user": "fc-partner-sync"
          }
        }
      ]
    }
  ]
}
''')

F("ansible/group_vars/all/vault.yml", r'''
$ANSIBLE_VAULT;1.1;AES256
«vaultblob:all»
''')

F("ansible/group_vars/emr_edge/vars.yml", r'''
airflow_version: 2.10.4
airflow_admin_user: admin
airflow_admin_password: «pw:ansairflow»  ⟦password|plaintext admin password in group_vars⟧
redshift_password: "{{ vault_redshift_password }}"  ⟪vault variable reference⟫
datadog_api_key: "{{ lookup('amazon.aws.aws_ssm', '/fc/datadog/api-key') }}"  ⟪SSM lookup⟫
pagerduty_integration_key: «hex32:anspd»  ⟦pagerduty-key|PagerDuty integration key in group_vars⟧
emr_edge_packages: [python3-pip, jq, postgresql16]
''')

F("ansible/roles/airflow/templates/airflow.cfg.j2", r'''
[database]
sql_alchemy_conn = postgresql+psycopg2://{{ airflow_db_user }}:{{ airflow_db_password }}@{{ airflow_db_host }}/airflow  ⟪Jinja templating⟫

[webserver]
secret_key = {{ airflow_webserver_secret_key }}
''')

F("ansible/roles/airflow/tasks/main.yml", r'''
- name: Install Airflow
  ansible.builtin.pip:
    name: "apache-airflow=={{ airflow_version }}"
- name: Create admin user
  ansible.builtin.command: >
    airflow users create --username {{ airflow_admin_user }} --password {{ airflow_admin_password }}
    --firstname Data --lastname Ops --role Admin --email data-ops@ferncastle.io
  no_log: true
''')
