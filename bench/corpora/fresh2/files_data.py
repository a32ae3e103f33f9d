"""fresh2 templates, data platform: Airflow, dbt, Spark/EMR, Glue, Step Functions, notebooks, logs, exports."""
from __future__ import annotations

FILES = []


def F(path: str, text: str) -> None:
    FILES.append((path, text))


F("airflow/dags/s3_to_redshift.py", r'''
"""Nightly copy of partner drops from S3 into the warehouse."""
from __future__ import annotations

import pendulum
from airflow import DAG
from airflow.models import Variable
from airflow.providers.amazon.aws.transfers.s3_to_redshift import S3ToRedshiftOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook

DEFAULT_ARGS = {"owner": "data-eng", "retries": 2, "retry_delay": pendulum.duration(minutes=10)}
BUCKET = Variable.get("partner_drop_bucket", default_var="fc-partner-drops-prd")
# TODO(mira): move to the redshift_etl connection once the rotation lands
REDSHIFT_ETL_PASSWORD = "«pw:rs1»"  ⟦password|literal warehouse password in a DAG⟧

with DAG(
    dag_id="s3_to_redshift_partner_orders",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    schedule="15 2 * * *",
    catchup=False,
    default_args=DEFAULT_ARGS,
    tags=["partner", "redshift"],
) as dag:
    load = S3ToRedshiftOperator(
        task_id="copy_orders",
        schema="raw_partner",
        table="orders",
        s3_bucket=BUCKET,
        s3_key="orders/{{ ds_nodash }}/",
        redshift_conn_id="redshift_etl",
        aws_conn_id="aws_default",
        copy_options=["FORMAT AS PARQUET"],
    )


def vacuum() -> None:
    hook = PostgresHook(postgres_conn_id="redshift_etl")
    hook.run("VACUUM raw_partner.orders")
''')

F("airflow/.env", r'''
# local docker-compose for the scheduler; copied from the prod bastion by hand (see DATA-1388)
AIRFLOW_UID=50000
AIRFLOW__CORE__EXECUTOR=CeleryExecutor
AIRFLOW__CORE__FERNET_KEY=«fernet:af»  ⟦fernet-key|Airflow fernet key⟧
AIRFLOW__WEBSERVER__SECRET_KEY=«hex32:web»  ⟦app-secret-key|Airflow webserver secret_key⟧
AIRFLOW_CONN_AWS_DEFAULT=aws://«akid:1»:«pct:awssec:1»@/?region_name=eu-west-1  ⟦aws-access-key-id|AWS conn URI, percent-encoded secret⟧
AIRFLOW_CONN_REDSHIFT_ETL=redshift://etl_loader:«urlpw:rs2»@fc-dwh.c9xkq2m3ab.eu-west-1.redshift.amazonaws.com:5439/analytics  ⟦db-url|Redshift conn URI with password⟧
AIRFLOW_CONN_SNOWFLAKE_DEFAULT=snowflake://svc_airflow:<password>@/ANALYTICS?account=fc12345&warehouse=LOAD_WH  ⟪placeholder in conn URI⟫
AIRFLOW_CONN_HTTP_PARTNER=https://partner-api.ferncastle.io
AIRFLOW_VAR_PARTNER_DROP_BUCKET=fc-partner-drops-prd
AIRFLOW__LOGGING__REMOTE_LOG_CONN_ID=aws_default
''')

F("airflow/airflow.cfg", r'''
[core]
dags_folder = /opt/airflow/dags
executor = CeleryExecutor
parallelism = 32
# generated on the host with the cryptography helper, do not commit (too late)
fernet_key =
load_examples = False

[database]
sql_alchemy_conn = postgresql+psycopg2://airflow_meta:«urlpw:meta»@fc-airflow-meta.cluster-cz1abc2def.eu-west-1.rds.amazonaws.com:5432/airflow  ⟦db-url|metadata DB connection string⟧

[webserver]
base_url = https://airflow.int.ferncastle.io
secret_key = «hex64:ws»  ⟦app-secret-key|webserver secret_key⟧
expose_config = False

[smtp]
smtp_host = email-smtp.eu-west-1.amazonaws.com
smtp_user =
smtp_password =
smtp_port = 587

[secrets]
backend = airflow.providers.amazon.aws.secrets.secrets_manager.SecretsManagerBackend
backend_kwargs = {"connections_prefix": "airflow/connections", "variables_prefix": "airflow/variables"}
''')

F("airflow/connections.yaml", r'''
# airflow connections import connections.yaml
aws_lake_writer:
  conn_type: aws
  login: «akid:2»  ⟦aws-access-key-id|connection login is the key ID⟧
  password: «awssec:2»  ⟦aws-secret-access-key|connection password is the secret⟧
  extra:
    region_name: eu-west-1
aws_cross_account:
  conn_type: aws
  extra:
    role_arn: arn:aws:iam::418273645019:role/fc-lake-reader
    region_name: eu-west-1
warehouse_ro:
  conn_type: postgres
  host: fc-dwh.c9xkq2m3ab.eu-west-1.redshift.amazonaws.com
  login: bi_reader
  password: "{{ var.value.warehouse_ro_password }}"  ⟪Jinja reference⟫
  port: 5439
  schema: analytics
mongo_events:
  conn_type: mongo
  host: fc-docdb.cluster-cz1abc2def.eu-west-1.docdb.amazonaws.com
  login: events_ro
  password: «weakpw:docdb»  ⟦password|low-entropy DocumentDB password⟧
  port: 27017
''')

F("airflow/variables.json", r'''
{
  "partner_drop_bucket": "fc-partner-drops-prd",
  "slack_alerts_webhook": "«slackhook:alerts»",  ⟦slack-webhook|Slack webhook in Airflow variables⟧
  "dbt_cloud_token": "«dbtc:1»",  ⟦dbt-cloud-token|dbt Cloud service token⟧
  "dbt_cloud_account_id": "70403103992781",
  "datadog_api_key": "«hex32:dd»",  ⟦datadog-api-key|Datadog API key under provider-named key⟧
  "warehouse_ro_password_secret": "arn:aws:secretsmanager:eu-west-1:418273645019:secret:airflow/variables/warehouse_ro-Qz81Lk",  ⟪secret ARN⟫
  "run_id_namespace": "«uuid:ns»",  ⟪UUID namespace⟫
  "max_active_partitions": "48"
}
''')

F("airflow/docker-compose.yaml", r'''
x-airflow-common: &airflow-common
  image: 418273645019.dkr.ecr.eu-west-1.amazonaws.com/fc-airflow:2.10.4-py3.11
  env_file: .env
  environment:
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN: postgresql+psycopg2://airflow:${POSTGRES_PASSWORD}@postgres/airflow  ⟪env interpolation⟫
    AIRFLOW__CELERY__BROKER_URL: redis://:${REDIS_PASSWORD:-}@redis:6379/0
    _AIRFLOW_WWW_USER_USERNAME: admin
    _AIRFLOW_WWW_USER_PASSWORD: ${_AIRFLOW_WWW_USER_PASSWORD:-changeme}  ⟪changeme default⟫
  volumes:
    - ./dags:/opt/airflow/dags
    - ./plugins:/opt/airflow/plugins

services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: airflow
      POSTGRES_PASSWORD: «pw:pgdev»  ⟦password|literal POSTGRES_PASSWORD in compose⟧
      POSTGRES_DB: airflow
  redis:
    image: redis:7.2
    command: ["redis-server", "--requirepass", "«pw:redisdev»"]  ⟦password|redis requirepass literal⟧
  scheduler:
    <<: *airflow-common
    command: scheduler
''')

F("airflow/keys/partner_sftp_ed25519", r'''
«openssh:ed.sftp:airflow@fc-partner-sftp»  ⟦private-key|OpenSSH ed25519 key for partner SFTP⟧
''')

F("airflow/keys/partner_sftp_ed25519.pub", r'''
«sshpub:ed.sftp:airflow@fc-partner-sftp»  ⟪SSH public key⟫
''')

F("airflow/logs/scheduler/2026-11-30.log", r'''
[2026-11-30T02:15:00.104+0000] {scheduler_job_runner.py:423} INFO - 1 tasks up for execution: <TaskInstance: s3_to_redshift_partner_orders.copy_orders scheduled__2026-11-29T02:15:00+00:00 [scheduled]>
[2026-11-30T02:15:01.882+0000] {base_aws.py:587} INFO - Credentials retrieved from login
[2026-11-30T02:15:01.883+0000] {connection.py:274} INFO - Using connection ID 'aws_default' for task execution: aws://***:***@/?region_name=eu-west-1  ⟪masked connection⟫
[2026-11-30T02:15:02.015+0000] {credentials.py:1136} DEBUG - Found credentials in environment variables. access_key=«akid:3»  ⟦aws-access-key-id|key ID leaked by boto debug logging⟧
[2026-11-30T02:15:02.016+0000] {credentials.py:1137} DEBUG - secret_key=«awssec:3» token=None  ⟦aws-secret-access-key|secret leaked by debug logging⟧
[2026-11-30T02:15:07.551+0000] {s3_to_redshift.py:201} INFO - Executing COPY command... request_id=«uuid:req1»  ⟪request UUID⟫
[2026-11-30T02:16:44.009+0000] {taskinstance.py:1225} INFO - Marking task as SUCCESS. dag_id=s3_to_redshift_partner_orders, task_id=copy_orders, run_id=scheduled__2026-11-29T02:15:00+00:00
[2026-11-30T02:16:44.120+0000] {local_task_job_runner.py:240} INFO - Task exited with return code 0
''')

F("dbt/profiles.yml", r'''
ferncastle:
  target: prod
  outputs:
    prod:
      type: redshift
      host: fc-dwh.c9xkq2m3ab.eu-west-1.redshift.amazonaws.com
      user: dbt_prod
      password: «pw:dbt»  ⟦password|dbt Redshift password⟧
      port: 5439
      dbname: analytics
      schema: marts
      threads: 8
    snow:
      type: snowflake
      account: fc12345.eu-west-1
      user: DBT_SVC
      password: "{{ env_var('SNOWFLAKE_PASSWORD') }}"  ⟪env_var templating⟫
      role: TRANSFORMER
      database: ANALYTICS
      warehouse: TRANSFORM_WH
      schema: marts
    lakehouse:
      type: databricks
      host: dbc-4f1e2a7b-93cd.cloud.databricks.com
      http_path: /sql/1.0/warehouses/«hex32:wh»
      token: «dapi:1»  ⟦databricks-token|Databricks PAT in dbt profile⟧
      schema: marts
''')

F("dbt/dbt_project.yml", r'''
name: ferncastle
version: "1.14.0"
config-version: 2
profile: ferncastle
model-paths: ["models"]
vars:
  partner_salt_column: partner_hash
  default_tenant: «uuid:tenant»  ⟪tenant UUID⟫
models:
  ferncastle:
    staging:
      +materialized: view
    marts:
      +materialized: table
''')

F("dbt/package-lock.yml", r'''
packages:
  - package: dbt-labs/dbt_utils
    version: 1.3.0
  - package: calogica/dbt_expectations
    version: 0.10.4
sha1_hash: «sha:dbtlock»  ⟪lock hash⟫
''')

F("dbt/models/staging/stg_partner_orders.sql", r'''
with source as (
    select * from {{ source('raw_partner', 'orders') }}
),
renamed as (
    select
        order_id,
        md5(partner_id || '«hex32:salt»') as partner_hash,  ⟪salt constant in SQL⟫
        cast(created_at as timestamp) as created_at,
        amount_cents / 100.0 as amount
    from source
    where tenant_id <> '«uuid:skip»'
)
select * from renamed
''')

F("spark/conf/spark-defaults.conf", r'''
spark.master                              yarn
spark.submit.deployMode                   cluster
spark.eventLog.enabled                    true
spark.eventLog.dir                        s3a://fc-spark-history-prd/events/
spark.sql.catalogImplementation           hive
spark.hadoop.fs.s3a.impl                  org.apache.hadoop.fs.s3a.S3AFileSystem
spark.hadoop.fs.s3a.access.key            «akid:4»  ⟦aws-access-key-id|s3a access key⟧
spark.hadoop.fs.s3a.secret.key            «awssec:4»  ⟦aws-secret-access-key|s3a secret key⟧
spark.hadoop.fs.s3a.endpoint              s3.eu-west-1.amazonaws.com
spark.hadoop.fs.s3a.fast.upload           true
spark.serializer                          org.apache.spark.serializer.KryoSerializer
''')

F("spark/conf/spark-defaults.emr.conf", r'''
# on EMR the instance profile supplies credentials; keep the keys out
spark.hadoop.fs.s3a.aws.credentials.provider  com.amazonaws.auth.InstanceProfileCredentialsProvider
spark.hadoop.fs.s3a.access.key                ${S3A_ACCESS_KEY}  ⟪env reference⟫
spark.hadoop.fs.s3a.secret.key                ${S3A_SECRET_KEY}  ⟪env reference⟫
spark.dynamicAllocation.enabled               true
spark.executor.memory                         18g
''')

F("emr/configurations.json", r'''
[
  {
    "Classification": "hive-site",
    "Properties": {
      "javax.jdo.option.ConnectionURL": "jdbc:mysql://fc-hive-meta.cz1abc2def.eu-west-1.rds.amazonaws.com:3306/hive?createDatabaseIfNotExist=true",
      "javax.jdo.option.ConnectionDriverName": "org.mariadb.jdbc.Driver",
      "javax.jdo.option.ConnectionUserName": "hive",
      "javax.jdo.option.ConnectionPassword": "«pw:hive»"  ⟦password|Hive metastore password in EMR configuration⟧
    }
  },
  {
    "Classification": "core-site",
    "Properties": {
      "fs.s3a.access.key": "AKIAIOSFODNN7EXAMPLE",  ⟪AWS documentation key ID⟫
      "fs.s3a.secret.key": "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",  ⟪AWS documentation secret⟫
      "fs.s3a.connection.maximum": "200"
    }
  },
  {
    "Classification": "spark-env",
    "Configurations": [
      {"Classification": "export", "Properties": {"PYSPARK_PYTHON": "/usr/bin/python3"}}
    ]
  }
]
''')

F("emr/bootstrap/install_deps.sh", r'''
#!/bin/bash
# EMR bootstrap action: python deps and a credentials file for the legacy partner bucket
set -euo pipefail
sudo python3 -m pip install --quiet pyarrow==17.0.0 boto3==1.35.40
mkdir -p /home/hadoop/.aws
echo '«b64:credfile:5»' | base64 -d > /home/hadoop/.aws/credentials  ⟦aws-b64|base64 of a whole credentials file⟧
chmod 600 /home/hadoop/.aws/credentials
aws s3 cp s3://fc-emr-bootstrap-prd/jars/ /usr/lib/spark/jars/ --recursive
echo "bootstrap done $(date -u +%FT%TZ) build=«sha:bootbuild»"  ⟪git SHA⟫
''')

F("emr/bootstrap/legacy_creds.sh", r'''
#!/bin/sh
# the 2024 cluster template stored the partner credentials twice encoded; kept until DATA-1502 closes
PARTNER_CREDS='«b64b64:pair:6»'  ⟦aws-b64b64|double base64 of ID:SECRET⟧
echo "$PARTNER_CREDS" | base64 -d | base64 -d | tr ':' '\n' > /tmp/partner.creds
''')

F("glue/jobs/orders_etl.py", r'''
import sys

import boto3
from awsglue.context import GlueContext
from awsglue.job import Job
from awsglue.utils import getResolvedOptions
from pyspark.context import SparkContext

args = getResolvedOptions(sys.argv, ["JOB_NAME", "secret_id", "target_path"])
sc = SparkContext()
glue = GlueContext(sc)
job = Job(glue)
job.init(args["JOB_NAME"], args)

secret = boto3.client("secretsmanager").get_secret_value(SecretId=args["secret_id"])  ⟪Secrets Manager lookup⟫
LEGACY_JDBC = "jdbc:postgresql://fc-orders-legacy.cz1abc2def.eu-west-1.rds.amazonaws.com:5432/orders?user=glue_reader&password=«urlpw:glue1»"  ⟦db-url|JDBC URL with password⟧

df = glue.read.format("jdbc").option("url", LEGACY_JDBC).option("dbtable", "public.orders").load()
df.write.mode("overwrite").parquet(args["target_path"])
job.commit()
''')

F("glue/jobs/orders_etl.job.json", r'''
{
  "Name": "fc-orders-etl",
  "Role": "arn:aws:iam::418273645019:role/fc-glue-orders",
  "GlueVersion": "4.0",
  "Command": {"Name": "glueetl", "ScriptLocation": "s3://fc-glue-scripts-prd/orders_etl.py", "PythonVersion": "3"},
  "DefaultArguments": {
    "--TempDir": "s3://fc-glue-tmp-prd/orders/",
    "--secret_id": "arn:aws:secretsmanager:eu-west-1:418273645019:secret:fc/glue/orders-8QpLmZ",  ⟪secret ARN⟫
    "--target_path": "s3://fc-lake-raw-prd/orders/",
    "--partner_api_password": "«weakpw:glueapi»",  ⟦password|low-entropy password in Glue DefaultArguments⟧
    "--enable-metrics": "true"
  },
  "NonOverridableArguments": {
    "--partner_creds_hex": "«hex:pair:7»"  ⟦aws-hex|hex of ID:SECRET in Glue arguments⟧
  },
  "MaxRetries": 1,
  "WorkerType": "G.1X",
  "NumberOfWorkers": 10
}
''')

F("glue/connections/redshift.json", r'''
{
  "ConnectionInput": {
    "Name": "fc-redshift-glue",
    "ConnectionType": "JDBC",
    "ConnectionProperties": {
      "JDBC_CONNECTION_URL": "jdbc:redshift://fc-dwh.c9xkq2m3ab.eu-west-1.redshift.amazonaws.com:5439/analytics",
      "USERNAME": "glue_writer",
      "PASSWORD": "«pw:gluecn»",  ⟦password|Glue connection PASSWORD⟧
      "JDBC_ENFORCE_SSL": "true"
    },
    "PhysicalConnectionRequirements": {
      "SubnetId": "subnet-0a1b2c3d4e5f60718",
      "SecurityGroupIdList": ["sg-0f1e2d3c4b5a69788"],
      "AvailabilityZone": "eu-west-1a"
    }
  }
}
''')

F("glue/connections/docdb.json", r'''
{
  "ConnectionInput": {
    "Name": "fc-docdb-glue",
    "ConnectionType": "MONGODB",
    "ConnectionProperties": {
      "CONNECTION_URL": "mongodb://fc-docdb.cluster-cz1abc2def.eu-west-1.docdb.amazonaws.com:27017",
      "SECRET_ID": "fc/glue/docdb"
    }
  }
}
''')

F("spark/jobs/SessionAggregator.scala", r'''
package io.ferncastle.spark

import org.apache.spark.sql.{SparkSession, functions => F}

object SessionAggregator {
  // the partner's bucket still needs static keys; escaped so the grep in pre-commit would not see it (it did)
  private val PartnerKeyId = "«uesc:akid:8»"  ⟦aws-unicode|key ID as \u escapes⟧
  private val PartnerSecret = "«uesc:awssec:8»"  ⟦aws-unicode|secret as \u escapes⟧

  def main(args: Array[String]): Unit = {
    val spark = SparkSession.builder().appName("session-aggregator").getOrCreate()
    val hc = spark.sparkContext.hadoopConfiguration
    hc.set("fs.s3a.bucket.fc-partner-drops-prd.access.key", PartnerKeyId)
    hc.set("fs.s3a.bucket.fc-partner-drops-prd.secret.key", PartnerSecret)
    hc.set("fs.s3a.access.key", sys.env.getOrElse("S3A_ACCESS_KEY", ""))
    val events = spark.read.parquet(args(0))
    events.groupBy(F.col("session_id")).agg(F.count("*").as("events")).write.parquet(args(1))
  }
}
''')

F("spark/notebooks/partner_exploration.ipynb", r'''
{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "«hex32:c1»",
   "metadata": {},
   "source": ["# Partner drop exploration\n", "Quick look at the November drops before the backfill."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "«hex32:c2»",
   "metadata": {},
   "outputs": [],
   "source": [
    "import os\n",
    "import boto3\n",
    "os.environ[\"AWS_ACCESS_KEY_ID\"] = \"«akid:9»\"\n",  ⟦aws-access-key-id|key ID in a notebook cell⟧
    "os.environ[\"AWS_SECRET_ACCESS_KEY\"] = \"«awssec:9»\"\n",  ⟦aws-secret-access-key|secret in a notebook cell⟧
    "s3 = boto3.client(\"s3\", region_name=\"eu-west-1\")"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "«hex32:c3»",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": ["{'ResponseMetadata': {'RequestId': '«uuid:nbreq»', 'HTTPStatusCode': 200}, 'ETag': '\"«hex32:etag»\"'}\n"]  ⟪request ID and ETag⟫
    }
   ],
   "source": ["s3.head_object(Bucket=\"fc-partner-drops-prd\", Key=\"orders/20261101/part-0000.parquet\")"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "«hex32:c4»",
   "metadata": {},
   "outputs": [
    {
     "data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="},
     "metadata": {},
     "output_type": "display_data"
    }
   ],
   "source": ["df.plot()"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
''')

F("stepfunctions/nightly-load.asl.json", r'''
{
  "Comment": "Nightly partner load: crawl, transform, notify",
  "StartAt": "StartCrawler",
  "States": {
    "StartCrawler": {
      "Type": "Task",
      "Resource": "arn:aws:states:::aws-sdk:glue:startCrawler",
      "Parameters": {"Name": "fc-partner-orders"},
      "Next": "RunJob"
    },
    "RunJob": {
      "Type": "Task",
      "Resource": "arn:aws:states:::glue:startJobRun.sync",
      "Parameters": {"JobName": "fc-orders-etl", "Arguments": {"--secret_id.$": "$.secret_arn"}},
      "Next": "NotifyDatadog"
    },
    "NotifyDatadog": {
      "Type": "Task",
      "Resource": "arn:aws:states:::http:invoke",
      "Parameters": {
        "ApiEndpoint": "https://api.datadoghq.eu/api/v1/events",
        "Method": "POST",
        "Headers": {"DD-API-KEY": "«hex32:ddsfn»"},  ⟦datadog-api-key|Datadog key in an HTTP task header⟧
        "Authentication": {"ConnectionArn": "arn:aws:events:eu-west-1:418273645019:connection/datadog/«uuid:conn»"},  ⟪EventBridge connection ARN⟫
        "RequestBody": {"title": "partner load done", "tags": ["team:data-eng"]}
      },
      "End": true
    }
  }
}
''')

F("stepfunctions/backfill.asl.json", r'''
{
  "Comment": "Backfill one month; credentials come from the execution role",
  "StartAt": "Map",
  "States": {
    "Map": {
      "Type": "Map",
      "ItemsPath": "$.days",
      "MaxConcurrency": 4,
      "Iterator": {
        "StartAt": "Load",
        "States": {
          "Load": {
            "Type": "Task",
            "Resource": "arn:aws:lambda:eu-west-1:418273645019:function:fc-backfill-day:live",
            "ResultPath": "$.result",
            "End": true
          }
        }
      },
      "End": true
    }
  }
}
''')

F("logs/cloudtrail/418273645019_CloudTrail_eu-west-1_20261130T0215Z.json", r'''
{"Records": [
 {"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "principalId": "AROAV4QJ2K7LHWNM3XZ5E:airflow-worker", "arn": "arn:aws:sts::418273645019:assumed-role/fc-airflow-worker/airflow-worker", "accountId": "418273645019",
  "accessKeyId": "«asia:ct1»",  ⟦aws-access-key-id|temporary key ID in CloudTrail⟧
  "sessionContext": {"attributes": {"creationDate": "2026-11-30T02:10:11Z", "mfaAuthenticated": "false"}}},
  "eventTime": "2026-11-30T02:15:02Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject", "awsRegion": "eu-west-1",
  "sourceIPAddress": "10.42.7.19", "userAgent": "[Boto3/1.35.40 md/Botocore#1.35.40 ua/2.0 os/linux]",
  "requestID": "«b64bin:12.r1»", "eventID": "«uuid:ev1»", "readOnly": true, "eventType": "AwsApiCall", "recipientAccountId": "418273645019"},  ⟪request and event IDs⟫
 {"eventVersion": "1.09", "userIdentity": {"type": "IAMUser", "principalId": "AIDAV4QJ2K7LDRT6YPMNC", "arn": "arn:aws:iam::418273645019:user/svc-partner-sync", "accountId": "418273645019",
  "accessKeyId": "«akid:ct2»",  ⟦aws-access-key-id|long-term key ID in CloudTrail⟧
  "userName": "svc-partner-sync"},
  "eventTime": "2026-11-30T02:15:40Z", "eventSource": "iam.amazonaws.com", "eventName": "CreateAccessKey", "awsRegion": "us-east-1",
  "requestParameters": {"userName": "svc-partner-sync"},
  "responseElements": {"accessKey": {"userName": "svc-partner-sync", "accessKeyId": "«akid:ct3»", "status": "Active", "createDate": "Nov 30, 2026 2:15:40 AM"}},  ⟦aws-access-key-id|new key ID in CreateAccessKey response⟧
  "requestID": "«uuid:ev2r»", "eventID": "«uuid:ev2»", "eventType": "AwsApiCall", "recipientAccountId": "418273645019"}
]}
''')

F("logs/app/metrics-api-2026-12-01.log", r'''
2026-12-01T08:00:01.220Z INFO  metrics-api starting version=3.18.2 commit=«sha:mcommit»  ⟪git SHA⟫
2026-12-01T08:00:01.604Z INFO  config loaded from /etc/metrics-api/config.yaml (aws key AKIA**************** masked)  ⟪masked key⟫
2026-12-01T08:00:01.611Z DEBUG db pool init dsn=postgres://metrics_api:«urlpw:mlog»@fc-metrics.cz1abc2def.eu-west-1.rds.amazonaws.com:5432/metrics?sslmode=require  ⟦db-url|DSN with password in a debug log⟧
2026-12-01T08:00:02.017Z INFO  GET /healthz 200 1.2ms request_id=«uuid:mreq1» trace=«hex32:tr1»
2026-12-01T08:03:44.930Z WARN  slow query 2311ms fingerprint=«sha256:fp»  ⟪query fingerprint⟫
2026-12-01T08:05:10.002Z ERROR partner webhook rejected: signature mismatch (expected sha256=«sha256:sig») request_id=«uuid:mreq2»  ⟪HMAC digest⟫
''')

F("exports/slack/data-eng/2026-11-28.json", r'''
[
 {"type": "message", "user": "U04FQ8L2KJM", "ts": "1732781022.401299", "text": "anyone know why the partner sync fails with SignatureDoesNotMatch?"},
 {"type": "message", "user": "U05A1M9ZQ3B", "ts": "1732781107.551829", "text": "the key in the notebook is old, use this one: «akid:10»"},  ⟦aws-access-key-id|key ID pasted in chat⟧
 {"type": "message", "user": "U05A1M9ZQ3B", "ts": "1732781120.110409", "text": "secret is «awssec:10» (I'll rotate after the backfill)"},  ⟦aws-secret-access-key|secret pasted in chat⟧
 {"type": "message", "user": "U04FQ8L2KJM", "ts": "1732781188.009219", "text": "thanks! also the bot token for #alerts is «xoxb:alerts»"},  ⟦slack-token|bot token pasted in chat⟧
 {"type": "message", "user": "U06T3RHNX8C", "ts": "1732781290.771309", "text": "please don't paste keys here :face_with_rolling_eyes: use `aws secretsmanager get-secret-value --secret-id fc/partner/sync`"},
 {"type": "message", "user": "U04FQ8L2KJM", "ts": "1732781301.002199", "text": "ok, the rotated one will be AKIA... in the vault, ping me", "client_msg_id": "«uuid:cmid»"}  ⟪message UUID⟫
]
''')

F("exports/jira/DATA-1423.csv", r'''
Issue key,Summary,Status,Reporter,Created,Description
DATA-1423,Partner bucket access broken after rotation,Done,mira.okafor,2026-11-12 09:14,"The connector reads creds from PARTNER_CREDS_B64. Current value: «b64:pair:11» — rotate when done."  ⟦aws-b64|base64 ID:SECRET in a ticket⟧
DATA-1424,Airflow metadata DB password rotation,In Progress,jon.baptiste,2026-11-12 10:02,"New password goes into Secrets Manager at airflow/meta; the old value was changeme in dev only."  ⟪changeme in prose⟫
DATA-1431,dbt Cloud job failing,Done,mira.okafor,2026-11-14 16:40,"Token expired; see commit «sha:jiracommit» for the new job config."  ⟪git SHA⟫
''')

F("logs/nginx/conn-checker.access.log", r'''
10.42.7.19 - - [29/Nov/2026:14:02:11 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.31"
10.42.7.33 - - [29/Nov/2026:14:05:40 +0000] "GET /api/v1/check?conn=aws_partner&key_id=«akid:23» HTTP/1.1" 200 88 "-" "python-requests/2.32.3"  ⟦aws-access-key-id|key ID in an access-log query string⟧
10.42.7.33 - - [29/Nov/2026:14:05:41 +0000] "GET /api/v1/check?conn=aws_partner&secret=«pct:awssec:23» HTTP/1.1" 200 88 "-" "python-requests/2.32.3"  ⟦aws-percent|percent-encoded secret in a query string⟧
10.42.7.33 - - [29/Nov/2026:14:06:02 +0000] "GET /api/v1/check?conn=warehouse_ro&secret_arn=arn%3Aaws%3Asecretsmanager%3Aeu-west-1%3A418273645019%3Asecret%3Afc%2Fwarehouse-Qz81Lk HTTP/1.1" 200 91 "-" "python-requests/2.32.3"  ⟪percent-encoded secret ARN⟫
''')

F("spark/jobs/submit_backfill.sh", r'''
#!/bin/bash
# one-off backfill from the partner's bucket (their account, static keys, DATA-1502)
set -euo pipefail
spark-submit --deploy-mode cluster --class io.ferncastle.spark.SessionAggregator \
  s3://fc-emr-artifacts-prd/jars/sessions-1.9.2.jar \
  "s3a://«akid:24»:«pct:awssec:24»@fc-partner-archive/events/2025/" \  ⟦aws-percent|key pair inline in an s3a URI, secret percent-encoded⟧
  s3://fc-lake-raw-prd/sessions/backfill/
''')
