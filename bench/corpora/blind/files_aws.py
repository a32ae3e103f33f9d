"""AWS-centric repositories: Lambda, CDK, CloudFormation/SAM, ECS, CodeBuild/Pipeline, Step Functions,
~/.aws, boto3, Terraform (+ tfstate), Packer, and AWS CLI output backups."""
from __future__ import annotations

import json
from functools import partial

from . import keys
from .core import T, f, mark_pem

jd = partial(json.dumps, ensure_ascii=False)


# ---------------------------------------------------------------- Lambda handlers
@f("lambda-orders/src/handler.py")
def _(c):
    return T('''
import json
import logging
import os

import boto3
import stripe

logger = logging.getLogger()
logger.setLevel(logging.INFO)

_sm = boto3.client("secretsmanager")
_ddb = boto3.resource("dynamodb")
TABLE = _ddb.Table(os.environ.get("ORDERS_TABLE", "orders-prod"))

# ORD-1182: copied over from the old EC2 worker, remove once the env var is wired everywhere
stripe.api_key = os.environ.get("STRIPE_SECRET_KEY", "⟨sk⟩")⟦stripe-secret-key|hard-coded fallback⟧


def _webhook_secret() -> str:
    resp = _sm.get_secret_value(SecretId="prod/orders/stripe-webhook")⟪Secrets Manager reference⟫
    return json.loads(resp["SecretString"])["signing_secret"]


def handler(event, context):
    body = json.loads(event.get("body") or "{}")
    sig = event["headers"].get("stripe-signature", "")
    try:
        evt = stripe.Webhook.construct_event(event["body"], sig, _webhook_secret())
    except stripe.error.SignatureVerificationError:
        logger.warning("bad signature request_id=%s", context.aws_request_id)
        return {"statusCode": 400, "body": "bad signature"}
    if evt["type"] == "checkout.session.completed":
        sess = evt["data"]["object"]
        TABLE.update_item(
            Key={"order_id": sess["client_reference_id"]},
            UpdateExpression="SET #s = :paid, payment_intent = :pi",
            ExpressionAttributeNames={"#s": "status"},
            ExpressionAttributeValues={":paid": "PAID", ":pi": sess["payment_intent"]},
        )
    return {"statusCode": 200, "body": json.dumps({"received": True, "items": len(body)})}
''', sk=c.t.stripe_sk())


@f("lambda-orders/template.yaml")
def _(c):
    return T('''
AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Description: harborline orders webhooks + fulfilment

Parameters:
  Env:
    Type: String
    AllowedValues: [staging, prod]
  DatadogApiKey:
    Type: String
    NoEcho: true⟪NoEcho parameter without default⟫
  LegacyFtpPassword:
    Type: String
    NoEcho: true
    Default: "⟨ftp⟩"⟦password|NoEcho parameter with literal Default⟧

Globals:
  Function:
    Runtime: python3.12
    Architectures: [arm64]
    MemorySize: 512
    Timeout: 20
    Tracing: Active
    Environment:
      Variables:
        DD_API_KEY: !Ref DatadogApiKey⟪!Ref to NoEcho param⟫
        DD_SITE: datadoghq.com
        POWERTOOLS_SERVICE_NAME: orders

Resources:
  StripeWebhookFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: src/
      Handler: handler.handler
      Role: arn:aws:iam::⟨acct⟩:role/orders-lambda-exec⟪IAM role ARN⟫
      Environment:
        Variables:
          ORDERS_TABLE: !Ref OrdersTable
          STRIPE_SECRET_KEY: '{{resolve:secretsmanager:prod/orders/stripe:SecretString:secret_key}}'⟪dynamic reference⟫
          SLACK_WEBHOOK_URL: '{{resolve:ssm:/orders/prod/slack-webhook:4}}'
      Events:
        Webhook:
          Type: HttpApi
          Properties: { Path: /webhooks/stripe, Method: post }

  FtpSyncFunction:
    Type: AWS::Serverless::Function
    Properties:
      CodeUri: ftp_sync/
      Handler: app.lambda_handler
      Environment:
        Variables:
          FTP_HOST: ftp.partner-freight.net
          FTP_USER: harborline
          FTP_PASSWORD: !Ref LegacyFtpPassword
          SFTP_KEY_PASSPHRASE: "⟨pp⟩"⟦password|literal in Environment.Variables⟧
      Events:
        Nightly:
          Type: Schedule
          Properties: { Schedule: "cron(15 3 * * ? *)" }

  OrdersTable:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: order_id, AttributeType: S }]
      KeySchema: [{ AttributeName: order_id, KeyType: HASH }]
      SSESpecification:
        SSEEnabled: true
        KMSMasterKeyId: arn:aws:kms:us-east-1:⟨acct⟩:key/⟨kid⟩⟪KMS key ARN⟫
''', acct=c.acct_prod, ftp=c.t.password(), pp=c.t.passphrase(), kid=c.r.uuid())


@f("lambda-orders/events/sqs-fulfilment.json")
def _(c):
    recs = []
    for i in range(3):
        recs.append({
            "messageId": c.r.uuid(),
            "receiptHandle": "AQEB" + c.t.b64(150).replace("=", ""),
            "body": jd({"order_id": f"ORD-{c.r.digits(7)}", "sku": "HL-PAL-120", "qty": i + 1}),
            "attributes": {"ApproximateReceiveCount": "1", "SentTimestamp": str(1717400000000 + i * 713),
                           "SenderId": "AROA" + c.r.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":orders-api",
                           "ApproximateFirstReceiveTimestamp": str(1717400000100 + i * 713)},
            "messageAttributes": {},
            "md5OfBody": c.t.r.s(32, "0123456789abcdef"),
            "eventSource": "aws:sqs",
            "eventSourceARN": f"arn:aws:sqs:us-east-1:{c.acct_prod}:orders-fulfilment",
            "awsRegion": "us-east-1",
        })
    return jd({"Records": recs}, indent=2) + "⟪SQS test event: receiptHandle blobs, md5, AROA ids⟫"


@f("lambda-notify/index.mjs")
def _(c):
    return T('''
import { SSMClient, GetParameterCommand } from "@aws-sdk/client-ssm";

const ssm = new SSMClient({});
// #ops-alerts; rotated after INC-2291? (no -- still the original hook)
const FALLBACK_HOOK = "⟨hook⟩";⟦slack-webhook⟧

let cachedToken;
async function botToken() {
  if (!cachedToken) {
    const out = await ssm.send(new GetParameterCommand({ Name: "/notify/prod/slack-bot-token", WithDecryption: true }));⟪SSM reference⟫
    cachedToken = out.Parameter.Value;
  }
  return cachedToken;
}

export const handler = async (event) => {
  const alarm = JSON.parse(event.Records[0].Sns.Message);
  const text = `:rotating_light: ${alarm.AlarmName} is ${alarm.NewStateValue} (${alarm.Region})`;
  const url = process.env.SLACK_WEBHOOK_URL || FALLBACK_HOOK;
  const res = await fetch(url, { method: "POST", body: JSON.stringify({ text }) });
  if (!res.ok && process.env.SLACK_CHANNEL) {
    await fetch("https://slack.com/api/chat.postMessage", {
      method: "POST",
      headers: { Authorization: `Bearer ${await botToken()}`, "Content-Type": "application/json" },
      body: JSON.stringify({ channel: process.env.SLACK_CHANNEL, text }),
    });
  }
  return { statusCode: 200 };
};
''', hook=c.t.slack_hook())


@f("lambda-notify/package-lock.json")
def _(c):
    pk = {}
    for name, ver in [("@aws-sdk/client-ssm", "3.592.0"), ("@smithy/types", "3.0.0"), ("tslib", "2.6.3"),
                      ("@aws-crypto/sha256-js", "5.2.0"), ("fast-xml-parser", "4.2.5"), ("strnum", "1.0.5")]:
        pk[f"node_modules/{name}"] = {"version": ver, "resolved": f"https://registry.npmjs.org/{name}/-/{name.split('/')[-1]}-{ver}.tgz",
                                      "integrity": "sha512-" + c.t.b64(64)}
    return jd({"name": "lambda-notify", "version": "1.4.0", "lockfileVersion": 3, "requires": True,
                       "packages": {"": {"name": "lambda-notify", "version": "1.4.0"}, **pk}}, indent=2) + "⟪integrity hashes⟫"


@f("lambda-thumbnail/main.go")
def _(c):
    return T('''
package main

import (
	"bytes"
	"context"
	"image"
	"image/jpeg"
	"log"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"golang.org/x/image/draw"
)

// The partner CDN bucket lives in their account; they issued us an IAM user.
const (
	partnerBucket    = "pfn-cdn-harborline-thumbs"
	partnerKeyID     = "⟨ak⟩"⟦aws-access-key-id⟧
	partnerSecretKey = "⟨sk⟩"⟦aws-secret-access-key⟧
)

func handler(ctx context.Context, evt events.S3Event) error {
	own, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return err
	}
	src := s3.NewFromConfig(own)
	dst := s3.NewFromConfig(aws.Config{
		Region:      "eu-central-1",
		Credentials: credentials.NewStaticCredentialsProvider(partnerKeyID, partnerSecretKey, ""),
	})
	for _, rec := range evt.Records {
		obj, err := src.GetObject(ctx, &s3.GetObjectInput{Bucket: &rec.S3.Bucket.Name, Key: &rec.S3.Object.Key})
		if err != nil {
			return err
		}
		img, _, err := image.Decode(obj.Body)
		if err != nil {
			log.Printf("skip %s: %v", rec.S3.Object.Key, err)
			continue
		}
		thumb := image.NewRGBA(image.Rect(0, 0, 320, 320*img.Bounds().Dy()/img.Bounds().Dx()))
		draw.CatmullRom.Scale(thumb, thumb.Bounds(), img, img.Bounds(), draw.Over, nil)
		var buf bytes.Buffer
		_ = jpeg.Encode(&buf, thumb, &jpeg.Options{Quality: 82})
		key := "thumbs/" + rec.S3.Object.Key
		if _, err := dst.PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String(partnerBucket), Key: &key, Body: &buf}); err != nil {
			return err
		}
	}
	return nil
}

func main() { lambda.Start(handler) }
''', ak=c.t.akid(), sk=c.t.aws_secret())


@f("lambda-thumbnail/go.sum")
def _(c):
    mods = ["github.com/aws/aws-lambda-go v1.47.0", "github.com/aws/aws-sdk-go-v2 v1.27.2",
            "github.com/aws/aws-sdk-go-v2/config v1.27.18", "github.com/aws/aws-sdk-go-v2/credentials v1.17.18",
            "github.com/aws/aws-sdk-go-v2/service/s3 v1.55.1", "github.com/aws/smithy-go v1.20.2",
            "golang.org/x/image v0.17.0", "github.com/jmespath/go-jmespath v0.4.0"]
    out = []
    for m in mods:
        out.append(f"{m} h1:{c.t.b64(32)}")
        out.append(f"{m}/go.mod h1:{c.t.b64(32)}")
    return "\n".join(out) + "⟪go.sum hashes⟫"


@f("lambda-audit/src/main/java/io/harborline/audit/AuditForwarder.java")
def _(c):
    return T('''
package io.harborline.audit;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.CloudWatchLogsEvent;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Forwards CloudTrail digests to Datadog Logs. */
public class AuditForwarder implements RequestHandler<CloudWatchLogsEvent, String> {

    private static final String DD_SITE = System.getenv().getOrDefault("DD_SITE", "datadoghq.com");
    // TODO: read from Secrets Manager (arn:aws:secretsmanager:us-east-1:⟨acct⟩:secret:prod/datadog-⟨sfx⟩)⟪Secrets Manager ARN⟫
    private static final String DD_API_KEY = "⟨dd⟩";⟦datadog-api-key⟧
    private static final String DD_APP_KEY = "⟨ddapp⟩";⟦datadog-app-key⟧
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Override
    public String handleRequest(CloudWatchLogsEvent event, Context context) {
        String payload = event.getAwsLogs().getData();
        HttpRequest req = HttpRequest.newBuilder(URI.create("https://http-intake.logs." + DD_SITE + "/api/v2/logs"))
                .header("DD-API-KEY", DD_API_KEY)
                .header("DD-APPLICATION-KEY", DD_APP_KEY)
                .header("Content-Encoding", "gzip")
                .POST(HttpRequest.BodyPublishers.ofString(payload))
                .build();
        try {
            HttpResponse<String> resp = HTTP.send(req, HttpResponse.BodyHandlers.ofString());
            context.getLogger().log("datadog status=" + resp.statusCode() + " request=" + context.getAwsRequestId());
            return Integer.toString(resp.statusCode());
        } catch (Exception e) {
            throw new RuntimeException(e);
        }
    }
}
''', acct=c.acct_prod, sfx=c.r.s(6), dd=c.t.dd_api(), ddapp=c.t.dd_app())


@f("lambda-audit/pom.xml")
def _(c):
    return T('''
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.harborline</groupId>
  <artifactId>lambda-audit</artifactId>
  <version>2.3.1</version>
  <properties>
    <maven.compiler.release>21</maven.compiler.release>
  </properties>
  <repositories>
    <repository>
      <id>harborline-codeartifact</id>
      <url>https://harborline-⟨acct⟩.d.codeartifact.us-east-1.amazonaws.com/maven/internal/</url>⟪CodeArtifact URL, no creds⟫
    </repository>
  </repositories>
  <dependencies>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-core</artifactId><version>1.2.3</version></dependency>
    <dependency><groupId>com.amazonaws</groupId><artifactId>aws-lambda-java-events</artifactId><version>3.11.5</version></dependency>
  </dependencies>
</project>
''', acct=c.acct_shared)


# ---------------------------------------------------------------- CDK
@f("cdk-platform/lib/ledger-stack.ts")
def _(c):
    return T('''
import * as cdk from 'aws-cdk-lib';
import { SecretValue } from 'aws-cdk-lib';
import * as ec2 from 'aws-cdk-lib/aws-ec2';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import * as rds from 'aws-cdk-lib/aws-rds';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';

export class LedgerStack extends cdk.Stack {
  constructor(scope: Construct, id: string, props?: cdk.StackProps) {
    super(scope, id, props);
    const vpc = ec2.Vpc.fromLookup(this, 'Vpc', { vpcId: 'vpc-0⟨vpc⟩' });

    // reporting replica: the BI vendor could not use IAM auth, so this one has a fixed password
    const reporting = new rds.DatabaseInstance(this, 'ReportingReplica', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),
      vpc,
      credentials: rds.Credentials.fromPassword('bi_reader', SecretValue.unsafePlainText('⟨pw⟩')),⟦password|SecretValue.unsafePlainText⟧
    });

    const primary = new rds.DatabaseInstance(this, 'Primary', {
      engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16_3 }),
      vpc,
      credentials: rds.Credentials.fromGeneratedSecret('ledger_admin'),⟪generated secret⟫
    });

    const ddKey = secretsmanager.Secret.fromSecretNameV2(this, 'DdKey', 'prod/datadog/api-key');
    const flags = ssm.StringParameter.valueForStringParameter(this, '/ledger/prod/feature-flags');

    new lambda.Function(this, 'Reconciler', {
      runtime: lambda.Runtime.NODEJS_20_X,
      handler: 'index.handler',
      code: lambda.Code.fromAsset('dist/reconciler'),
      vpc,
      environment: {
        DB_SECRET_ARN: primary.secret!.secretArn,
        DD_API_KEY_SECRET_ARN: ddKey.secretArn,⟪secret ARN reference⟫
        FEATURE_FLAGS: flags,
        NEW_RELIC_USER_KEY: '⟨nrak⟩',⟦newrelic-user-key⟧
        REPORTING_HOST: reporting.dbInstanceEndpointAddress,
      },
    });
  }
}
''', vpc=c.r.s(16, "0123456789abcdef"), pw=c.t.password(), nrak=c.t.nrak())


@f("cdk-platform/bin/platform.ts")
def _(c):
    return T('''
#!/usr/bin/env node
import 'source-map-support/register';
import * as cdk from 'aws-cdk-lib';
import { LedgerStack } from '../lib/ledger-stack';

const app = new cdk.App();
new LedgerStack(app, 'LedgerStaging', { env: { account: '⟨stg⟩', region: 'us-east-1' } });⟪account id⟫
new LedgerStack(app, 'LedgerProd', { env: { account: '⟨prod⟩', region: 'us-east-1' } });
cdk.Tags.of(app).add('cost-center', 'CC-4410');
''', stg=c.acct_stg, prod=c.acct_prod)


@f("cdk-platform/cdk.context.json")
def _(c):
    d = {
        f"vpc-provider:account={c.acct_prod}:filter.vpc-id=vpc-0{c.r.s(16, '0123456789abcdef')}:region=us-east-1:returnAsymmetricSubnets=true": {
            "vpcId": "vpc-0" + c.r.s(16, "0123456789abcdef"), "vpcCidrBlock": "10.40.0.0/16", "ownerAccountId": c.acct_prod,
            "availabilityZones": [], "subnetGroups": [{"name": "Private", "type": "Private", "subnets": [
                {"subnetId": "subnet-0" + c.r.s(16, "0123456789abcdef"), "cidr": "10.40.1.0/24", "availabilityZone": "us-east-1a",
                 "routeTableId": "rtb-0" + c.r.s(16, "0123456789abcdef")}]}]},
        f"ami:account={c.acct_prod}:filters.image-type.0=machine:filters.name.0=al2023-ami-2023.*-arm64:owners.0=amazon:region=us-east-1":
            "ami-0" + c.r.s(16, "0123456789abcdef"),
        f"hosted-zone:account={c.acct_prod}:domainName=harborline.io:region=us-east-1": {"Id": "/hostedzone/Z0" + c.r.s(19, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "Name": "harborline.io."},
        "acknowledged-issue-numbers": [31885, 32775],
    }
    return jd(d, indent=2) + "⟪resource ids⟫"


@f("cdk-platform/cdk.out/LedgerProd.template.json")
def _(c):
    # the synthesized template carries the unsafePlainText value again (a realistic second leak)
    pw = c.t.password()
    tpl = {
        "Resources": {
            "ReportingReplicaA1B2C3D4": {"Type": "AWS::RDS::DBInstance", "Properties": {
                "DBInstanceClass": "db.t3.medium", "Engine": "postgres", "EngineVersion": "16.3",
                "MasterUsername": "bi_reader", "MasterUserPassword": pw + "⟦password|synthesized unsafePlainText⟧",
                "StorageEncrypted": True}, "Metadata": {"aws:cdk:path": "LedgerProd/ReportingReplica/Resource"}},
            "PrimarySecretAttachment9F8E7D6C": {"Type": "AWS::SecretsManager::SecretTargetAttachment", "Properties": {
                "SecretId": {"Ref": "PrimarySecretB0A1C2D3"}, "TargetType": "AWS::RDS::DBInstance"}},
            "ReconcilerServiceRole": {"Type": "AWS::IAM::Role", "Properties": {"ManagedPolicyArns": [
                "arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole"]}},
            "Reconciler5C7E2A11": {"Type": "AWS::Lambda::Function", "Properties": {
                "Code": {"S3Bucket": f"cdk-hnb659fds-assets-{c.acct_prod}-us-east-1",
                         "S3Key": c.t.sha256() + ".zip⟪asset hash⟫"},
                "Environment": {"Variables": {
                    "DB_SECRET_ARN": {"Ref": "PrimarySecretAttachment9F8E7D6C"},
                    "DD_API_KEY_SECRET_ARN": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/datadog/api-key",
                    "NEW_RELIC_USER_KEY": c.t.nrak() + "⟦newrelic-user-key|synthesized env var⟧",
                    "FEATURE_FLAGS": {"Ref": "SsmParameterValueledgerprodfeatureflags"}}},
                "Handler": "index.handler", "Runtime": "nodejs20.x"}},
        },
        "Parameters": {"BootstrapVersion": {"Type": "AWS::SSM::Parameter::Value<String>",
                                            "Default": "/cdk-bootstrap/hnb659fds/version"}},
    }
    return jd(tpl, indent=1)


@f("cdk-data/stacks/ingest_stack.py")
def _(c):
    return T('''
from aws_cdk import Duration, Stack
from aws_cdk import aws_ecs as ecs
from aws_cdk import aws_secretsmanager as sm
from aws_cdk import aws_ssm as ssm
from constructs import Construct


class IngestStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, *, cluster: ecs.ICluster, **kwargs) -> None:
        super().__init__(scope, construct_id, **kwargs)
        db_secret = sm.Secret.from_secret_name_v2(self, "DbSecret", "prod/warehouse/loader")
        hf = ssm.StringParameter.from_secure_string_parameter_attributes(
            self, "HfToken", parameter_name="/ml/prod/hf-token", version=3)⟪SSM reference⟫

        task = ecs.FargateTaskDefinition(self, "Task", cpu=1024, memory_limit_mib=4096)
        task.add_container(
            "enricher",
            image=ecs.ContainerImage.from_registry("⟨acct⟩.dkr.ecr.us-east-1.amazonaws.com/enricher:2024.06.1"),
            environment={
                "WAREHOUSE": "analytics",
                "LLM_PROVIDER": "openai",
                "OPENAI_API_KEY": "⟨oai⟩",⟦openai-api-key⟧
                "BATCH_SIZE": "250",
            },
            secrets={
                "DB_PASSWORD": ecs.Secret.from_secrets_manager(db_secret, "password"),⟪ecs.Secret reference⟫
                "HF_TOKEN": ecs.Secret.from_ssm_parameter(hf),
            },
            logging=ecs.LogDrivers.aws_logs(stream_prefix="enricher"),
            stop_timeout=Duration.seconds(60),
        )
''', acct=c.acct_shared, oai=c.t.openai())


# ---------------------------------------------------------------- CloudFormation
@f("cloudformation/bastion.yaml")
def _(c):
    return T('''
AWSTemplateFormatVersion: "2010-09-09"
Description: ops bastion (legacy, pre-SSM Session Manager)
Parameters:
  LatestAmi:
    Type: AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>
    Default: /aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-arm64⟪public SSM path⟫
Resources:
  Bastion:
    Type: AWS::EC2::Instance
    Properties:
      ImageId: !Ref LatestAmi
      InstanceType: t4g.small
      KeyName: ops-bastion-2022
      IamInstanceProfile: ops-bastion-profile
      UserData:
        Fn::Base64: !Sub |
          #!/bin/bash
          set -euo pipefail
          dnf install -y postgresql15 jq amazon-cloudwatch-agent
          # the instance profile cannot reach the log-archive account, so: static keys
          aws configure set aws_access_key_id ⟨ak⟩ --profile logarchive⟦aws-access-key-id⟧
          aws configure set aws_secret_access_key ⟨sk⟩ --profile logarchive⟦aws-secret-access-key⟧
          aws configure set region ${AWS::Region} --profile logarchive
          echo "ec2-user:⟨pw⟩" | chpasswd⟦password|chpasswd in UserData⟧
          /opt/aws/amazon-cloudwatch-agent/bin/amazon-cloudwatch-agent-ctl -a fetch-config -m ec2 -s -c ssm:/ops/cwagent/bastion
      Tags:
        - { Key: Name, Value: ops-bastion }
Outputs:
  BastionId:
    Value: !Ref Bastion
''', ak=c.t.akid(), sk=c.t.aws_secret(), pw=c.t.password())


@f("cloudformation/aurora-reporting.json")
def _(c):
    tpl = {
        "AWSTemplateFormatVersion": "2010-09-09",
        "Description": "Aurora PostgreSQL for reporting",
        "Parameters": {
            "MasterUsername": {"Type": "String", "Default": "reporting_admin"},
            "MasterPassword": {"Type": "String", "NoEcho": True, "Default": c.t.password() + "⟦password|NoEcho Default in JSON template⟧"},
            "ReplicationPassword": {"Type": "String", "NoEcho": True, "MinLength": 16},
        },
        "Resources": {
            "DbSecret": {"Type": "AWS::SecretsManager::Secret", "Properties": {
                "Name": "prod/reporting/aurora",
                "GenerateSecretString": {"SecretStringTemplate": "{\"username\": \"app\"}", "GenerateStringKey": "password",
                                         "PasswordLength": 32, "ExcludeCharacters": "\"@/\\"}}},
            "Cluster": {"Type": "AWS::RDS::DBCluster", "Properties": {
                "Engine": "aurora-postgresql", "EngineVersion": "15.4",
                "MasterUsername": {"Ref": "MasterUsername"},
                "MasterUserPassword": {"Ref": "MasterPassword"},
                "StorageEncrypted": True,
                "KmsKeyId": f"arn:aws:kms:us-east-1:{c.acct_prod}:key/{c.r.uuid()}"}},
            "AppUser": {"Type": "Custom::PgUser", "Properties": {
                "ServiceToken": f"arn:aws:lambda:us-east-1:{c.acct_prod}:function:pg-user-provisioner",
                "Password": {"Fn::Sub": "{{resolve:secretsmanager:${DbSecret}:SecretString:password}}⟪dynamic reference⟫"},
                "ReplicationPassword": {"Ref": "ReplicationPassword"}}},
        },
    }
    return jd(tpl, indent=2)


@f("cloudformation/params/prod-network.json")
def _(c):
    p = [{"ParameterKey": "Env", "ParameterValue": "prod"},
         {"ParameterKey": "VpcCidr", "ParameterValue": "10.40.0.0/16"},
         {"ParameterKey": "KeyPairName", "ParameterValue": "ops-bastion-2022"},
         {"ParameterKey": "VpnSharedSecret", "ParameterValue": c.r.s(32, "abcdefghijklmnopqrstuvwxyz0123456789_.") + "⟦password|VPN PSK in parameter file⟧"},
         {"ParameterKey": "TransitGatewayId", "ParameterValue": "tgw-0" + c.r.s(16, "0123456789abcdef")},
         {"ParameterKey": "CertificateArn", "ParameterValue": f"arn:aws:acm:us-east-1:{c.acct_prod}:certificate/{c.r.uuid()}⟪ACM ARN⟫"}]
    return jd(p, indent=2)


@f("cloudformation/vpc-endpoints.yaml")
def _(c):
    return T('''
AWSTemplateFormatVersion: "2010-09-09"
Description: interface endpoints for private subnets
Parameters:
  VpcId: { Type: AWS::EC2::VPC::Id }
  SubnetIds: { Type: List<AWS::EC2::Subnet::Id> }
Mappings:
  Prefix:
    us-east-1: { S3: pl-63a5400a, DynamoDB: pl-02cd2c6b }
Resources:
  SecretsManagerEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref VpcId
      ServiceName: !Sub com.amazonaws.${AWS::Region}.secretsmanager
      VpcEndpointType: Interface
      PrivateDnsEnabled: true
      SubnetIds: !Ref SubnetIds
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: "arn:aws:iam::⟨acct⟩:root" }⟪account ARN⟫
            Action: secretsmanager:GetSecretValue
            Resource: "arn:aws:secretsmanager:us-east-1:⟨acct⟩:secret:prod/*"
            Condition:
              StringEquals: { "aws:PrincipalOrgID": "o-⟨org⟩" }
''', acct=c.acct_prod, org=c.r.s(10, "abcdefghijklmnopqrstuvwxyz0123456789"))


# ---------------------------------------------------------------- ECS
@f("ecs/taskdef-orders-api.json")
def _(c):
    pw = c.t.url_password()
    td = {
        "family": "orders-api", "networkMode": "awsvpc", "requiresCompatibilities": ["FARGATE"], "cpu": "512", "memory": "1024",
        "executionRoleArn": f"arn:aws:iam::{c.acct_prod}:role/ecsTaskExecutionRole",
        "taskRoleArn": f"arn:aws:iam::{c.acct_prod}:role/orders-api-task",
        "containerDefinitions": [{
            "name": "api",
            "image": f"{c.acct_shared}.dkr.ecr.us-east-1.amazonaws.com/orders-api@sha256:{c.t.sha256()}⟪image digest⟫",
            "portMappings": [{"containerPort": 8080, "protocol": "tcp"}],
            "environment": [
                {"name": "NODE_ENV", "value": "production"},
                {"name": "SENDGRID_API_KEY", "value": c.t.sendgrid() + "⟦sendgrid-api-key|ECS environment (not secrets)⟧"},
                {"name": "DATABASE_URL", "value": f"postgres://orders_app:{pw}@orders-prod.cluster-c{c.r.s(11, 'abcdefghijklmnopqrstuvwxyz0123456789')}.us-east-1.rds.amazonaws.com:5432/orders⟦db-uri-password⟧"},
                {"name": "AWS_REGION", "value": "us-east-1"},
            ],
            "secrets": [
                {"name": "STRIPE_SECRET_KEY", "valueFrom": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/orders/stripe-{c.r.s(6)}:secret_key::⟪valueFrom ARN⟫"},
                {"name": "JWT_SIGNING_KEY", "valueFrom": f"arn:aws:ssm:us-east-1:{c.acct_prod}:parameter/orders/prod/jwt-signing-key"},
            ],
            "logConfiguration": {"logDriver": "awslogs", "options": {"awslogs-group": "/ecs/orders-api", "awslogs-region": "us-east-1", "awslogs-stream-prefix": "api"}},
        }],
    }
    return jd(td, indent=2)


@f("ecs/taskdef-label-printer.json")
def _(c):
    td = {
        "family": "label-printer", "networkMode": "awsvpc", "cpu": "256", "memory": "512",
        "executionRoleArn": f"arn:aws:iam::{c.acct_prod}:role/ecsTaskExecutionRole",
        "containerDefinitions": [{
            "name": "printer", "image": f"{c.acct_shared}.dkr.ecr.us-east-1.amazonaws.com/label-printer:1.9.0",
            "environment": [{"name": "PRINTER_POOL", "value": "dock-b"}, {"name": "ZPL_DPI", "value": "203"},
                            {"name": "DB_PASSWORD_SECRET_ARN", "value": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/printer/db⟪ARN in a *_PASSWORD_* name⟫"}],
            "secrets": [{"name": "DB_PASSWORD", "valueFrom": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/printer/db:password::"},
                        {"name": "CUPS_ADMIN_PASSWORD", "valueFrom": "/printer/prod/cups-admin⟪SSM name⟫"}],
            "repositoryCredentials": {"credentialsParameter": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:dockerhub/harborci"},
        }],
    }
    return jd(td, indent=2)


# ---------------------------------------------------------------- CodeBuild / CodePipeline / Step Functions
@f("service-billing/buildspec.yml")
def _(c):
    return T('''
version: 0.2
env:
  variables:
    IMAGE_REPO: ⟨acct⟩.dkr.ecr.us-east-1.amazonaws.com/billing
    DOCKERHUB_USER: harborci
    DOCKERHUB_TOKEN: ⟨dckr⟩⟦dockerhub-pat|plaintext env variable⟧
  parameter-store:
    NPM_TOKEN: /ci/npm/publish-token⟪parameter-store reference⟫
  secrets-manager:
    SONAR_TOKEN: prod/ci/sonarcloud:token⟪secrets-manager reference⟫
  exported-variables:
    - IMAGE_TAG
phases:
  install:
    runtime-versions:
      nodejs: 20
  pre_build:
    commands:
      - echo "$DOCKERHUB_TOKEN" | docker login -u "$DOCKERHUB_USER" --password-stdin
      - aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${IMAGE_REPO%%/*}
      - export IMAGE_TAG=$(echo $CODEBUILD_RESOLVED_SOURCE_VERSION | cut -c1-8)
  build:
    commands:
      - npm ci && npm run lint && npm test -- --ci
      - npx sonar-scanner -Dsonar.token=$SONAR_TOKEN
      - docker build -t $IMAGE_REPO:$IMAGE_TAG .
  post_build:
    commands:
      - docker push $IMAGE_REPO:$IMAGE_TAG
      - printf '[{"name":"billing","imageUri":"%s"}]' $IMAGE_REPO:$IMAGE_TAG > imagedefinitions.json
artifacts:
  files: [imagedefinitions.json]
''', acct=c.acct_shared, dckr=c.t.dckr())


@f("pipelines/orders-pipeline.json")
def _(c):
    pl = {"pipeline": {
        "name": "orders-prod", "roleArn": f"arn:aws:iam::{c.acct_shared}:role/codepipeline-orders",
        "artifactStore": {"type": "S3", "location": f"codepipeline-us-east-1-{c.r.digits(12)}",
                          "encryptionKey": {"id": f"arn:aws:kms:us-east-1:{c.acct_shared}:alias/codepipeline", "type": "KMS"}},
        "stages": [
            {"name": "Source", "actions": [{"name": "GitHub", "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub", "version": "1"},
                                            "configuration": {"Owner": "harborline", "Repo": "orders", "Branch": "main", "PollForSourceChanges": "false",
                                                              "OAuthToken": c.t.ghp() + "⟦github-pat|GitHub v1 source action⟧"},
                                            "outputArtifacts": [{"name": "src"}]}]},
            {"name": "Build", "actions": [{"name": "Build", "actionTypeId": {"category": "Build", "owner": "AWS", "provider": "CodeBuild", "version": "1"},
                                           "configuration": {"ProjectName": "orders-build"}, "inputArtifacts": [{"name": "src"}], "outputArtifacts": [{"name": "img"}]}]},
            {"name": "Deploy", "actions": [{"name": "ECS", "actionTypeId": {"category": "Deploy", "owner": "AWS", "provider": "ECS", "version": "1"},
                                            "configuration": {"ClusterName": "prod", "ServiceName": "orders-api"}, "inputArtifacts": [{"name": "img"}]}]},
        ], "version": 7}}
    return jd(pl, indent=2)


@f("pipelines/billing-pipeline.get-pipeline.json")
def _(c):
    pl = {"pipeline": {
        "name": "billing-prod", "roleArn": f"arn:aws:iam::{c.acct_shared}:role/codepipeline-billing",
        "stages": [{"name": "Source", "actions": [{"name": "GitHub", "actionTypeId": {"category": "Source", "owner": "ThirdParty", "provider": "GitHub", "version": "1"},
                                                   "configuration": {"Owner": "harborline", "Repo": "billing", "Branch": "main",
                                                                     "OAuthToken": "****⟪masked by get-pipeline⟫"}}]},
                   {"name": "Source2", "actions": [{"name": "Conn", "actionTypeId": {"category": "Source", "owner": "AWS", "provider": "CodeStarSourceConnection", "version": "1"},
                                                    "configuration": {"ConnectionArn": f"arn:aws:codestar-connections:us-east-1:{c.acct_shared}:connection/{c.r.uuid()}",
                                                                      "FullRepositoryId": "harborline/billing", "BranchName": "main"}}]}],
        "version": 12},
        "metadata": {"pipelineArn": f"arn:aws:codepipeline:us-east-1:{c.acct_shared}:billing-prod", "created": "2023-02-11T10:14:55.120000+00:00"}}
    return jd(pl, indent=2)


@f("stepfunctions/shopify-sync.asl.json")
def _(c):
    asl = {
        "Comment": "Nightly inventory push to Shopify",
        "StartAt": "LoadInventory",
        "States": {
            "LoadInventory": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                              "Parameters": {"FunctionName": f"arn:aws:lambda:us-east-1:{c.acct_prod}:function:inventory-snapshot", "Payload.$": "$"},
                              "ResultSelector": {"items.$": "$.Payload.items"}, "Next": "PushEach"},
            "PushEach": {"Type": "Map", "ItemsPath": "$.items", "MaxConcurrency": 4, "Iterator": {
                "StartAt": "Push", "States": {"Push": {
                    "Type": "Task", "Resource": "arn:aws:states:::http:invoke",
                    "Parameters": {
                        "ApiEndpoint": "https://harborline-supply.myshopify.com/admin/api/2024-04/inventory_levels/set.json",
                        "Method": "POST",
                        "Authentication": {"ConnectionArn": f"arn:aws:events:us-east-1:{c.acct_prod}:connection/shopify/{c.r.uuid()}⟪EventBridge connection⟫"},
                        "Headers": {"X-Shopify-Access-Token": c.t.shopify() + "⟦shopify-access-token|header literal in ASL⟧", "Content-Type": "application/json"},
                        "RequestBody.$": "$"},
                    "Retry": [{"ErrorEquals": ["States.Http.StatusCode.429"], "IntervalSeconds": 2, "BackoffRate": 2, "MaxAttempts": 5}],
                    "End": True}}}, "Next": "Done"},
            "Done": {"Type": "Succeed"},
        },
    }
    return jd(asl, indent=2)


@f("stepfunctions/settlement.asl.json")
def _(c):
    asl = {"StartAt": "GetCreds", "States": {
        "GetCreds": {"Type": "Task", "Resource": "arn:aws:states:::aws-sdk:secretsmanager:getSecretValue",
                     "Parameters": {"SecretId": "prod/settlement/square⟪secret id⟫"}, "ResultSelector": {"creds.$": "States.StringToJson($.SecretString)"}, "Next": "Settle"},
        "Settle": {"Type": "Task", "Resource": "arn:aws:states:::lambda:invoke",
                   "Parameters": {"FunctionName": "settle-batch", "Payload": {"token.$": "$.creds.access_token", "execution.$": "$$.Execution.Id"}},
                   "TimeoutSeconds": 300, "End": True}}}
    return jd(asl, indent=2)


# ---------------------------------------------------------------- ~/.aws
@f("home/mkovacs/.aws/credentials")
def _(c):
    return T('''
[default]
aws_access_key_id = ⟨a1⟩⟦aws-access-key-id⟧
aws_secret_access_key = ⟨s1⟩⟦aws-secret-access-key⟧

[harborline-breakglass]
aws_access_key_id = ⟨a2⟩⟦aws-access-key-id⟧
aws_secret_access_key = ⟨s2⟩⟦aws-secret-access-key⟧
region = us-east-1

# pasted from the console "Command line or programmatic access" box during the DMS migration
[tmp-dms]
aws_access_key_id = ⟨a3⟩⟦aws-access-key-id|temporary ASIA key⟧
aws_secret_access_key = ⟨s3⟩⟦aws-secret-access-key⟧
aws_session_token = ⟨st⟩⟦aws-session-token⟧
''', a1=c.t.akid(), s1=c.t.aws_secret(), a2=c.t.akid(), s2=c.t.aws_secret(), a3=c.t.asia(), s3=c.t.aws_secret(), st=c.t.session_token())


@f("home/mkovacs/.aws/config")
def _(c):
    return T('''
[default]
region = us-east-1
output = json
cli_pager =

[sso-session harborline]
sso_start_url = https://harborline.awsapps.com/start
sso_region = us-east-1
sso_registration_scopes = sso:account:access

[profile prod-readonly]
sso_session = harborline
sso_account_id = ⟨prod⟩⟪account id⟫
sso_role_name = ReadOnlyAccess
region = us-east-1

[profile prod-deploy]
role_arn = arn:aws:iam::⟨prod⟩:role/deploy⟪role ARN⟫
source_profile = default
mfa_serial = arn:aws:iam::⟨shared⟩:mfa/mkovacs
duration_seconds = 3600

[profile vault]
credential_process = /usr/local/bin/aws-vault export --format=json harborline-breakglass⟪credential_process⟫

[profile legacy-ci]
# the Jenkins box still reads this profile; do not delete (ask Marta)
aws_access_key_id = ⟨ak⟩⟦aws-access-key-id|keys inside config file⟧
aws_secret_access_key = ⟨sk⟩⟦aws-secret-access-key⟧
region = eu-west-1
''', prod=c.acct_prod, shared=c.acct_shared, ak=c.t.akid(), sk=c.t.aws_secret())


@f("home/jli/.aws/credentials")
def _(c):
    return T('''
# AWS docs sample, kept for reference:
#   aws_access_key_id = AKIAIOSFODNN7EXAMPLE⟪AWS documented example key⟫
#   aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY⟪AWS documented example secret⟫
[default]
aws_access_key_id=⟨ak⟩⟦aws-access-key-id⟧
aws_secret_access_key=⟨sk⟩⟦aws-secret-access-key⟧

[localstack]
aws_access_key_id = test⟪LocalStack convention⟫
aws_secret_access_key = test
''', ak=c.t.akid(), sk=c.t.aws_secret())


@f("home/jli/.aws/cli/cache/6f1d3c0f2b9a8e7d41c5a0b9e3f2d1c4b5a69788.json")
def _(c):
    d = {"Credentials": {"AccessKeyId": c.t.asia(), "SecretAccessKey": c.t.aws_secret(), "SessionToken": c.t.session_token(),
                         "Expiration": "2024-06-03T18:22:41+00:00"},
         "AssumedRoleUser": {"AssumedRoleId": "AROA" + c.r.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":botocore-session-1717430561",
                             "Arn": f"arn:aws:sts::{c.acct_prod}:assumed-role/deploy/botocore-session-1717430561"},
         "ResponseMetadata": {"RequestId": c.r.uuid(), "HTTPStatusCode": 200}}
    return jd(d).replace('"SessionToken"', '"SessionToken"', 1) + "⟦aws-session-token|CLI cache: ASIA key, secret and session token on one line⟧"


# ---------------------------------------------------------------- boto3 scripts
@f("ops-tools/aws/rotate_access_keys.py")
def _(c):
    return T('''
"""Rotate IAM user access keys older than N days.

Usage: python rotate_access_keys.py --max-age 90 [--dry-run]

The docs use AKIAIOSFODNN7EXAMPLE as the sample key id; real ids look the same.⟪documented example⟫
"""
import argparse
import datetime as dt

import boto3

# break-glass account used when SSO is down (see INC-2291); rotate me!
BREAKGLASS = {
    "aws_access_key_id": "⟨ak⟩",⟦aws-access-key-id⟧
    "aws_secret_access_key": "⟨sk⟩",⟦aws-secret-access-key⟧
    "region_name": "us-east-1",
}


def session(use_breakglass: bool) -> boto3.session.Session:
    if use_breakglass:
        return boto3.session.Session(**BREAKGLASS)
    return boto3.session.Session(profile_name="prod-deploy")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--max-age", type=int, default=90)
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--breakglass", action="store_true")
    a = ap.parse_args()
    iam = session(a.breakglass).client("iam")
    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.max_age)
    for page in iam.get_paginator("list_users").paginate():
        for user in page["Users"]:
            for key in iam.list_access_keys(UserName=user["UserName"])["AccessKeyMetadata"]:
                if key["CreateDate"] < cutoff and key["Status"] == "Active":
                    print(f"{user['UserName']}: {key['AccessKeyId']} is {(dt.datetime.now(dt.timezone.utc) - key['CreateDate']).days}d old")
                    if not a.dry_run:
                        iam.update_access_key(UserName=user["UserName"], AccessKeyId=key["AccessKeyId"], Status="Inactive")


if __name__ == "__main__":
    main()
''', ak=c.t.akid(), sk=c.t.aws_secret())


@f("ops-tools/aws/presign_invoices.py")
def _(c):
    return '''
"""Generate 7-day presigned links for the monthly invoice PDFs (finance asks for these)."""
import sys

import boto3

s3 = boto3.client("s3", region_name="us-east-1")
BUCKET = "harborline-finance-invoices"

for key in sys.argv[1:]:
    url = s3.generate_presigned_url("get_object", Params={"Bucket": BUCKET, "Key": key}, ExpiresIn=7 * 24 * 3600)
    print(url)
'''


@f("ops-tools/aws/out/presigned-2024-05.txt")
def _(c):
    ak = c.t.akid()
    lines = []
    for i, name in enumerate(["INV-2024-05-0193.pdf", "INV-2024-05-0194.pdf", "INV-2024-05-0201.pdf"]):
        lines.append(f"https://harborline-finance-invoices.s3.amazonaws.com/2024/05/{name}?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                     f"&X-Amz-Credential={ak}%2F20240601%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240601T0912{10 + i}Z"
                     f"&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature={c.t.sha256()}"
                     "⟪presigned URL: access key id without its secret, and a one-off signature⟫")
    return "\n".join(lines)


# ---------------------------------------------------------------- Terraform
@f("terraform/prod/providers.tf")
def _(c):
    return T('''
terraform {
  required_version = ">= 1.6"
  required_providers {
    aws     = { source = "hashicorp/aws", version = "~> 5.50" }
    datadog = { source = "DataDog/datadog", version = "~> 3.39" }
  }
  backend "s3" {
    bucket         = "harborline-tfstate-⟨shared⟩"⟪account id in bucket name⟫
    key            = "prod/core.tfstate"
    region         = "us-east-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}

provider "aws" {
  region = "us-east-1"
  assume_role {
    role_arn     = "arn:aws:iam::⟨prod⟩:role/terraform-apply"
    session_name = "tf-prod"
  }
}

# log-archive account is not in the org yet
provider "aws" {
  alias      = "logarchive"
  region     = "us-east-1"
  access_key = "⟨ak⟩"⟦aws-access-key-id⟧
  secret_key = "⟨sk⟩"⟦aws-secret-access-key⟧
}

provider "datadog" {
  api_key = var.datadog_api_key⟪variable reference⟫
  app_key = var.datadog_app_key
}
''', shared=c.acct_shared, prod=c.acct_prod, ak=c.t.akid(), sk=c.t.aws_secret())


@f("terraform/prod/main.tf")
def _(c):
    return '''
resource "random_password" "ledger_db" {
  length           = 32
  special          = true
  override_special = "!#%*-_=+"
}

resource "aws_secretsmanager_secret" "ledger_db" {
  name       = "prod/ledger/db"
  kms_key_id = aws_kms_key.secrets.arn
}

resource "aws_secretsmanager_secret_version" "ledger_db" {
  secret_id = aws_secretsmanager_secret.ledger_db.id
  secret_string = jsonencode({
    username = "ledger_admin"
    password = random_password.ledger_db.result⟪reference to generated password⟫
  })
}

resource "aws_db_instance" "ledger" {
  identifier                  = "ledger-prod"
  engine                      = "postgres"
  engine_version              = "16.3"
  instance_class              = "db.r6g.large"
  username                    = "ledger_admin"
  password                    = random_password.ledger_db.result
  storage_encrypted           = true
  deletion_protection         = true
  db_subnet_group_name        = aws_db_subnet_group.private.name
}

resource "aws_db_instance" "analytics" {
  identifier                  = "analytics-prod"
  engine                      = "postgres"
  instance_class              = "db.r6g.xlarge"
  username                    = "analytics"
  manage_master_user_password = true⟪RDS-managed secret⟫
}

resource "aws_iam_user" "legacy_sftp" {
  name = "svc-legacy-sftp"
}

resource "aws_iam_access_key" "legacy_sftp" {
  user = aws_iam_user.legacy_sftp.name
}

resource "tls_private_key" "sftp_host" {
  algorithm = "RSA"
  rsa_bits  = 2048
}
'''


@f("terraform/prod/terraform.tfvars")
def _(c):
    return T('''
env              = "prod"
aws_account_id   = "⟨prod⟩"⟪account id⟫
vpc_cidr         = "10.40.0.0/16"
alarm_sns_topic  = "arn:aws:sns:us-east-1:⟨prod⟩:ops-alarms"
datadog_api_key  = "⟨dd⟩"⟦datadog-api-key⟧
datadog_app_key  = "⟨ddapp⟩"⟦datadog-app-key⟧
pagerduty_service = "P⟨pd⟩"
grafana_admin_password = "⟨pw⟩"⟦password⟧
''', prod=c.acct_prod, dd=c.t.dd_api(), ddapp=c.t.dd_app(), pd=c.r.s(6, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), pw=c.t.password())


@f("terraform/prod/terraform.tfstate")
def _(c):
    k = c.key("rsa:tfstate")
    priv_pkcs1 = keys.pem(k, "pkcs1")
    priv_pkcs8 = keys.pem(k, "pkcs8")
    priv_ssh = keys.openssh(k, c.r, "")
    pub = keys.pub_pem(k)
    pub_ssh = keys.ssh_pub(k, "").strip() + "\n"
    dbpw = c.t.password(32)
    ak, sk = c.t.akid(), c.t.aws_secret()
    state = {
        "version": 4, "terraform_version": "1.8.4", "serial": 412, "lineage": c.r.uuid(),
        "outputs": {"ledger_endpoint": {"value": "ledger-prod.c" + c.r.s(11, "abcdefghijklmnopqrstuvwxyz0123456789") + ".us-east-1.rds.amazonaws.com:5432", "type": "string"}},
        "resources": [
            {"mode": "managed", "type": "random_password", "name": "ledger_db", "provider": "provider[\"registry.terraform.io/hashicorp/random\"]",
             "instances": [{"schema_version": 3, "attributes": {
                 "bcrypt_hash": "$2a$10$" + c.r.s(53, "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") + "⟪bcrypt hash⟫",
                 "id": "none", "length": 32, "override_special": "!#%*-_=+",
                 "result": dbpw + "⟦password|random_password.result in state⟧", "special": True},
                 "sensitive_attributes": [[{"type": "get_attr", "value": "result"}]]}]},
            {"mode": "managed", "type": "aws_db_instance", "name": "ledger", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 2, "attributes": {
                 "arn": f"arn:aws:rds:us-east-1:{c.acct_prod}:db:ledger-prod", "engine": "postgres", "engine_version": "16.3",
                 "identifier": "ledger-prod", "instance_class": "db.r6g.large", "username": "ledger_admin",
                 "password": dbpw + "⟦password|aws_db_instance.password in state⟧",
                 "kms_key_id": f"arn:aws:kms:us-east-1:{c.acct_prod}:key/{c.r.uuid()}", "resource_id": "db-" + c.r.s(26, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")},
                 "sensitive_attributes": [[{"type": "get_attr", "value": "password"}]]}]},
            {"mode": "managed", "type": "aws_iam_access_key", "name": "legacy_sftp", "provider": "provider[\"registry.terraform.io/hashicorp/aws\"]",
             "instances": [{"schema_version": 0, "attributes": {
                 "create_date": "2023-09-18T08:41:02Z", "encrypted_secret": None, "encrypted_ses_smtp_password_v4": None,
                 "id": ak + "⟦aws-access-key-id|aws_iam_access_key.id⟧", "key_fingerprint": None,
                 "secret": sk + "⟦aws-secret-access-key|aws_iam_access_key.secret⟧",
                 "ses_smtp_password_v4": "B" + c.r.s(43, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "⟦aws-ses-smtp-password|ses_smtp_password_v4⟧",
                 "status": "Active", "user": "svc-legacy-sftp"},
                 "sensitive_attributes": []}]},
            {"mode": "managed", "type": "tls_private_key", "name": "sftp_host", "provider": "provider[\"registry.terraform.io/hashicorp/tls\"]",
             "instances": [{"schema_version": 1, "attributes": {
                 "algorithm": "RSA", "ecdsa_curve": "P224", "id": c.t.sha1(),
                 "private_key_openssh": mark_pem(priv_ssh, "private-key-openssh", "tls_private_key.private_key_openssh"),
                 "private_key_pem": mark_pem(priv_pkcs1, "private-key-rsa", "tls_private_key.private_key_pem"),
                 "private_key_pem_pkcs8": mark_pem(priv_pkcs8, "private-key-pkcs8", "tls_private_key.private_key_pem_pkcs8"),
                 "public_key_fingerprint_md5": ":".join(c.r.s(2, "0123456789abcdef") for _ in range(16)) + "⟪fingerprint⟫",
                 "public_key_fingerprint_sha256": "SHA256:" + c.t.b64(32).rstrip("="),
                 "public_key_openssh": pub_ssh + "⟪public key⟫", "public_key_pem": pub + "⟪public key PEM⟫", "rsa_bits": 2048},
                 "sensitive_attributes": [[{"type": "get_attr", "value": "private_key_pem"}]]}]},
        ],
        "check_results": None,
    }
    return jd(state, indent=2, ensure_ascii=False)


@f("terraform/modules/ecs-service/variables.tf")
def _(c):
    return '''
variable "name" {
  type = string
}

variable "image" {
  type        = string
  description = "ECR image URI incl. digest"
}

variable "db_password" {
  type        = string
  sensitive   = true
  default     = ""⟪empty default⟫
  description = "Only for local plans; prod passes secret_arns instead."
}

variable "api_token" {
  type      = string
  sensitive = true
  default   = "CHANGE_ME"⟪placeholder⟫
}

variable "secret_arns" {
  type        = map(string)
  default     = {}
  description = "env var name -> Secrets Manager ARN (e.g. arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/x)"⟪documentation account id⟫
}
'''


@f("terraform/.terraform.lock.hcl")
def _(c):
    out = ["# This file is maintained automatically by \"terraform init\".", "# Manual edits may be lost in future updates.", ""]
    for prov, ver in [("hashicorp/aws", "5.53.0"), ("hashicorp/random", "3.6.2"), ("hashicorp/tls", "4.0.5"), ("datadog/datadog", "3.39.0")]:
        out.append(f'provider "registry.terraform.io/{prov}" {{')
        out.append(f'  version     = "{ver}"')
        out.append(f'  constraints = "~> {ver.rsplit(".", 1)[0]}"')
        out.append("  hashes = [")
        out.append(f'    "h1:{c.t.b64(32)}",⟪provider hash⟫')
        for _ in range(4):
            out.append(f'    "zh:{c.t.sha256()}",')
        out.append("  ]")
        out.append("}")
        out.append("")
    return "\n".join(out)


@f("terraform/identity/okta.auto.tfvars")
def _(c):
    return T('''
okta_org_name  = "harborline"
okta_base_url  = "okta.com"
okta_api_token = "⟨tok⟩"⟦okta-api-token⟧
aws_saml_app_label = "AWS IAM Identity Center"
aws_sso_acs_url = "https://us-east-1.signin.aws.amazon.com/platform/saml/acs/⟨u⟩"⟪ACS URL id⟫
''', tok=c.t.okta(), u=c.r.uuid())


@f("packer/al2023-base.pkr.hcl")
def _(c):
    return T('''
packer {
  required_plugins {
    amazon = { source = "github.com/hashicorp/amazon", version = ">= 1.3.0" }
  }
}

variable "artifactory_user" {
  type    = string
  default = "svc-packer"
}

variable "artifactory_password" {
  type      = string
  sensitive = true
  default   = "⟨pw⟩"⟦password|variable default⟧
}

source "amazon-ebs" "al2023" {
  region        = "us-east-1"
  instance_type = "t4g.medium"
  ssh_username  = "ec2-user"
  ami_name      = "harborline-al2023-base-{{timestamp}}"
  ami_users     = ["⟨stg⟩", "⟨prod⟩"]⟪account ids⟫
  source_ami_filter {
    filters = {
      name                = "al2023-ami-2023.*-kernel-6.1-arm64"
      virtualization-type = "hvm"
    }
    owners      = ["137112412989"]
    most_recent = true
  }
}

build {
  sources = ["source.amazon-ebs.al2023"]
  provisioner "shell" {
    environment_vars = ["ART_USER=${var.artifactory_user}", "ART_PASS=${var.artifactory_password}"]⟪variable interpolation⟫
    inline = [
      "sudo dnf -y update",
      "curl -fsSL -u \\"$ART_USER:$ART_PASS\\" https://artifacts.harborline.io/artifactory/ops/cwagent.json -o /tmp/cw.json",
      "sudo install -m 0644 /tmp/cw.json /opt/aws/amazon-cloudwatch-agent/etc/amazon-cloudwatch-agent.json",
    ]
  }
}
''', pw=c.t.password(), stg=c.acct_stg, prod=c.acct_prod)


# ---------------------------------------------------------------- AWS CLI output backups
@f("ops/ssm/get-parameters-by-path-orders-prod.json")
def _(c):
    params = []

    def p(name, typ, val, ver):
        params.append({"Name": name, "Type": typ, "Value": val, "Version": ver,
                       "LastModifiedDate": "2024-05-2%dT11:02:4%d.118000+00:00" % (ver % 10, ver % 10),
                       "ARN": f"arn:aws:ssm:us-east-1:{c.acct_prod}:parameter{name}", "DataType": "text"})
    p("/orders/prod/log-level", "String", "info", 3)
    p("/orders/prod/allowed-origins", "StringList", "https://harborline.io,https://app.harborline.io", 2)
    p("/orders/prod/db-password", "SecureString", c.t.password() + "⟦password|--with-decryption output⟧", 7)
    p("/orders/prod/sendgrid-key", "SecureString", c.t.sendgrid() + "⟦sendgrid-api-key|--with-decryption output⟧", 4)
    p("/orders/prod/jwt-signing-key", "SecureString", c.t.kms_blob(120) + "⟪ciphertext (not decrypted)⟫", 2)
    return jd({"Parameters": params}, indent=4)


@f("ops/secretsmanager/get-secret-value-ledger-db.json")
def _(c):
    inner = jd({"username": "ledger_admin", "password": c.t.password(32), "engine": "postgres",
                        "host": "ledger-prod.c" + c.r.s(11, "abcdefghijklmnopqrstuvwxyz0123456789") + ".us-east-1.rds.amazonaws.com",
                        "port": 5432, "dbname": "ledger"})
    d = {"ARN": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/ledger/db-{c.r.s(6)}", "Name": "prod/ledger/db",
         "VersionId": c.r.uuid(), "SecretString": inner + "⟦password|SecretString JSON⟧", "VersionStages": ["AWSCURRENT"],
         "CreatedDate": "2024-04-02T09:12:44.551000+00:00"}
    return jd(d, indent=4)


@f("ops/secretsmanager/describe-secret-orders-stripe.json")
def _(c):
    d = {"ARN": f"arn:aws:secretsmanager:us-east-1:{c.acct_prod}:secret:prod/orders/stripe-{c.r.s(6)}", "Name": "prod/orders/stripe",
         "KmsKeyId": f"arn:aws:kms:us-east-1:{c.acct_prod}:key/{c.r.uuid()}", "RotationEnabled": True,
         "RotationLambdaARN": f"arn:aws:lambda:us-east-1:{c.acct_prod}:function:stripe-key-rotator",
         "RotationRules": {"AutomaticallyAfterDays": 30}, "LastRotatedDate": "2024-05-30T00:00:12.003000+00:00",
         "VersionIdsToStages": {c.r.uuid(): ["AWSCURRENT"], c.r.uuid(): ["AWSPREVIOUS"]},
         "Tags": [{"Key": "owner", "Value": "payments"}]}
    return jd(d, indent=4) + "⟪metadata only⟫"


@f("ops/sts/assume-role-2024-06-01.json")
def _(c):
    return T('''
{
    "Credentials": {
        "AccessKeyId": "⟨a⟩",⟦aws-access-key-id|temporary key id⟧
        "SecretAccessKey": "⟨s⟩",⟦aws-secret-access-key⟧
        "SessionToken": "⟨t⟩",⟦aws-session-token⟧
        "Expiration": "2024-06-01T15:40:02+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA⟨aroa⟩:incident-2291",⟪role id⟫
        "Arn": "arn:aws:sts::⟨prod⟩:assumed-role/IncidentResponder/incident-2291"
    }
}
''', a=c.t.asia(), s=c.t.aws_secret(), t=c.t.session_token(), aroa=c.r.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), prod=c.acct_prod)


@f("ops/iam/list-access-keys-svc-reporting.json")
def _(c):
    d = {"AccessKeyMetadata": [{"UserName": "svc-reporting", "AccessKeyId": c.t.akid() + "⟪key id alone (no secret)⟫", "Status": "Active", "CreateDate": "2022-11-04T10:20:31+00:00"},
                               {"UserName": "svc-reporting", "AccessKeyId": c.t.akid(), "Status": "Inactive", "CreateDate": "2021-03-19T08:02:11+00:00"}],
         "IsTruncated": False}
    return jd(d, indent=4)


@f("ops/cloudtrail/console-and-api-2024-06-02.json")
def _(c):
    recs = []
    for i in range(4):
        recs.append({"eventVersion": "1.09", "userIdentity": {
            "type": "AssumedRole", "principalId": "AROA" + c.r.s(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") + ":mkovacs@harborline.io",
            "arn": f"arn:aws:sts::{c.acct_prod}:assumed-role/AWSReservedSSO_AdministratorAccess_{c.r.s(16, '0123456789abcdef')}/mkovacs@harborline.io",
            "accountId": c.acct_prod, "accessKeyId": c.t.asia() + "⟪CloudTrail key id, no secret⟫",
            "sessionContext": {"attributes": {"creationDate": "2024-06-02T08:01:12Z", "mfaAuthenticated": "false"}}},
            "eventTime": f"2024-06-02T08:1{i}:0{i}Z", "eventSource": "secretsmanager.amazonaws.com", "eventName": "GetSecretValue",
            "awsRegion": "us-east-1", "sourceIPAddress": f"203.0.113.{20 + i}", "userAgent": "aws-cli/2.15.58",
            "requestParameters": {"secretId": "prod/ledger/db"}, "responseElements": None,
            "requestID": c.r.uuid(), "eventID": c.r.uuid(), "readOnly": True, "eventType": "AwsApiCall",
            "recipientAccountId": c.acct_prod})
    return jd({"Records": recs}, indent=2)


@f("ops/kms/encrypted-app-config.json")
def _(c):
    d = {"_comment": "encrypted with alias/app-config; decrypt with `aws kms decrypt --ciphertext-blob fileb://<(base64 -d ...)`",
         "key_arn": f"arn:aws:kms:us-east-1:{c.acct_prod}:alias/app-config",
         "values": {"DB_PASSWORD": c.t.kms_blob(96) + "⟪KMS ciphertext⟫", "STRIPE_SECRET_KEY": c.t.kms_blob(160),
                    "SLACK_BOT_TOKEN": c.t.kms_blob(110)}}
    return jd(d, indent=2)


@f("ops/cognito/describe-user-pool-client-driver-app.json")
def _(c):
    d = {"UserPoolClient": {"UserPoolId": "us-east-1_" + c.r.s(9), "ClientName": "driver-app-backend",
                            "ClientId": c.r.s(26, "abcdefghijklmnopqrstuvwxyz0123456789") + "⟪client id⟫",
                            "ClientSecret": c.t.cognito_secret() + "⟦oauth-client-secret|Cognito app client secret⟧",
                            "RefreshTokenValidity": 30, "AllowedOAuthFlows": ["client_credentials"],
                            "AllowedOAuthScopes": ["orders/read", "orders/write"], "AllowedOAuthFlowsUserPoolClient": True}}
    return jd(d, indent=4)


@f("ops/ecr/describe-images-orders-api.json")
def _(c):
    imgs = [{"registryId": c.acct_shared, "repositoryName": "orders-api", "imageDigest": "sha256:" + c.t.sha256(),
             "imageTags": [f"2024.06.{i}", c.r.s(8, "0123456789abcdef")], "imageSizeInBytes": 81234567 + i * 1000,
             "imagePushedAt": f"2024-06-0{i + 1}T10:00:00+00:00", "imageManifestMediaType": "application/vnd.oci.image.manifest.v1+json"}
            for i in range(4)]
    return jd({"imageDetails": imgs, "nextToken": c.t.b64(190) + "⟪pagination token⟫"}, indent=4) + "⟪digests⟫"
