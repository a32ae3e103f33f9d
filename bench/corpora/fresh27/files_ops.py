"""fresh27 templates, people and operations (Tessaly Clinical Research): home-directory dotfiles, keys and
certificates, scripts, SQL dumps and CSV exports, logs, runbooks and wiki pages, e-mails, chat exports,
tickets, notebooks, a HAR export, backups and encoded leftovers. Markers: render.py and README.md."""

FILES = [
    ("home/mferreira/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:mateo»  ⟦aws-key-id|key ID in ~/.aws/credentials⟧
aws_secret_access_key = «awssec:mateo»  ⟦aws-secret|secret in ~/.aws/credentials⟧

[dataplat-temp]
aws_access_key_id = «asia:mateotemp»  ⟦aws-key-id|temporary ASIA key ID⟧
aws_secret_access_key = «awssec:mateotemp»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:mateotemp»  ⟦aws-session-token|session token⟧

[legacy-etl]
credential_process = /usr/local/bin/aws-vault exec legacy-etl --json  ⟪credential_process⟫
"""),
    ("home/mferreira/.aws/config", r"""
[default]
region = us-east-1
output = json

[profile dataplat]
sso_session = tessaly
sso_account_id = 264019837745  ⟪account id⟫
sso_role_name = DataPlatformEngineer

[sso-session tessaly]
sso_start_url = https://tessaly.awsapps.com/start
sso_region = us-east-1
"""),
    ("home/mferreira/.bash_history", r"""
cd ~/src/lims-api && git pull
aws sts get-caller-identity
export PGPASSWORD='«pwx:limsapp»'  ⟦password|PGPASSWORD export (the LIMS app password)⟧
psql -h quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com -U lims_app quillon -c 'select count(*) from run_batch'
mysql -h stipend-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com -u stipend -p«pwn:stipenddb» stipend  ⟦password|mysql -p password (same as the JDBC URL)⟧
redis-cli -h master.specimen-cache.x1bq0e.use1.cache.amazonaws.com --tls -a «pwr:trackerredis» ping  ⟦password|redis-cli -a (same as the Redis URL)⟧
kubectl -n lims get pods
helm upgrade grafana grafana/grafana -f values.yaml --set adminPassword=«pwp:grafanaadmin»  ⟦password|helm --set admin password (same as Helm values)⟧
aws secretsmanager get-secret-value --secret-id pv-intake/prod/vigilarc --query SecretString
history -c
"""),
    ("home/ktanabe/.zsh_history", r"""
: 1796212001:0;snowsql -a tcr-clinical -u SVC_SDTM_CI
: 1796212044:0;export SNOWSQL_PWD=«snowpw:sdtmci»  ⟦password|SNOWSQL_PWD (same as buildspec)⟧
: 1796212100:0;dbt build --select sdtm.lb
: 1796212310:0;aws s3 ls s3://tcr-lake-landing-718204593361/edc/odm/ --profile dataplat
: 1796212600:0;curl -H "Authorization: Bearer «airtable:ktanabe»" https://api.airtable.com/v0/meta/bases  ⟦app-secret|Airtable personal access token⟧
: 1796212901:0;op read "op://DataPlatform/fivetran/credential"  ⟪1Password op read⟫
"""),
    ("home/ktanabe/.pgpass", r"""
quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432:quillon:lims_reporting:«pwc:limsreporting»  ⟦password|.pgpass line (same as SecretString)⟧
ctms-prod.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com:5432:siteledger:glue_reader:«pwn:gluereader»  ⟦password|.pgpass line (Glue reader)⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/ktanabe/.snowsql/config", r"""
[connections.sdtm]
accountname = tcr-clinical
username = KTANABE
password = «pwn:ktsnow»  ⟦password|SnowSQL config password⟧
warehouse = SDTM_WH
"""),
    ("home/ktanabe/notebooks/lb_reconciliation.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# LB domain reconciliation: LIMS results vs EDC central lab data (TCR-4471-201)"]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import boto3, pandas as pd\n",
    "s3 = boto3.client('s3', aws_access_key_id='«akid:ktnotebook»', aws_secret_access_key='«awssec:ktnotebook»')\n",  ⟦aws-key-id|key pair on one notebook line⟧
    "obj = s3.get_object(Bucket='tcr-lake-landing-718204593361', Key='edc/odm/TCR-4471-201/latest.xml')\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 4,
   "metadata": {},
   "outputs": [
    {"name": "stdout", "output_type": "stream", "text": ["rows: 18422, mismatches: 37\n"]}
   ],
   "source": [
    "lims = pd.read_sql('select * from lb_results', 'postgresql://lims_reporting:«pct:pwc:limsreporting»@quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com/quillon')\n"  ⟦conn-string|connection URL in a notebook cell⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("home/ktanabe/.netrc", r"""
machine tessaly.trialform-edc.net
  login edc_reader
  password «pwn:edcreader»  ⟦password|.netrc password (same as the Airflow URI)⟧
machine nexus.tessaly-cro.com login deployer password «pwc:nexusdeploy»  ⟦password|.netrc one-line entry (Nexus)⟧
"""),
    ("home/ktanabe/.config/rclone/rclone.conf", r"""
[sponsor-sftp]
type = sftp
host = sftp.tessaly-cro.com
user = ktanabe
pass = «urlsafe:24-rclone»  ⟦?password|rclone-obscured password (reversible)⟧

[lake]
type = s3
provider = AWS
env_auth = true
region = us-east-1
"""),
    ("home/iolberg/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "«dockerauth:isolberg»"  ⟦docker-hub|docker auth (base64 user:PAT)⟧
    },
    "registry.tessaly-cro.com": {
      "auth": "«b64up:isolberg|pwl:isolbergreg»"  ⟦password-b64|docker auth for the internal registry (base64 user:password)⟧
    },
    "718204593361.dkr.ecr.us-east-1.amazonaws.com": {}
  },
  "credsStore": "desktop"  ⟪credential store reference⟫
}
"""),
    ("home/iolberg/.npmrc", r"""
registry=https://registry.npmjs.org/
@tessaly:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«ghp:isolbergnpm»  ⟦github|GitHub PAT in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪env reference⟫
"""),
    ("home/iolberg/.pypirc", r"""
[distutils]
index-servers =
    pypi
    tessaly

[pypi]
username = __token__
password = «pypi:isolberg»  ⟦app-secret|PyPI API token in .pypirc⟧

[tessaly]
repository = https://pypi.tessaly-cro.com/
username = isolberg
password = «pwn:isolbergpypi»  ⟦password|private index password in .pypirc⟧
"""),
    ("home/iolberg/.ssh/id_ed25519", r"""
«openssh:edisolberg:ingrid.solberg@tessaly-cro.com»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/iolberg/.ssh/id_ed25519.pub", r"""
«sshpub:edisolberg:ingrid.solberg@tessaly-cro.com»  ⟪SSH public key⟫
"""),
    ("home/iolberg/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-kh1»|«b64k:20-kh2» «sshpub:edkh:»  ⟪hashed known_hosts line⟫
"""),
    ("home/iolberg/.ssh/config", r"""
Host rdu-cds01
  HostName rdu-cds01.lab.tessaly-cro.com
  User labadmin
  IdentityFile ~/.ssh/id_ed25519
Host bastion
  HostName bastion.tessaly-cro.com
  User ec2-user
  IdentityFile ~/.ssh/tcr-bastion.pem
"""),
    ("home/iolberg/notes.txt", r"""
lab IT notes - Ingrid

freezer edge box rdu-frz-edge01: root / «pwl:frzedgeroot»  ⟦password|root password in personal notes⟧
modbus gw web UI admin pw «pw6:modbusgw»  ⟦password|device admin password in notes (same as Ansible)⟧
ChromaVerse license server - see vendor portal, login in 1Password "ChromaVerse support"  ⟪pointer to 1Password⟫
plate reader cloud: token rotated Oct, new one is in the k8s deployment (yes I know)
"""),
    ("home/gpetrovic/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1">
  <Servers>
    <Server>
      <Host>sftp.tessaly-cro.com</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <User>helixa-pharma</User>
      <Pass encoding="base64">«b64:pwp:fzhelixa»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>Helixa sponsor drop</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/gpetrovic/Documents/PowerShell/ConsoleHost_history.txt", r"""
Get-Service ChromaVerse*
Invoke-Sqlcmd -ServerInstance rdu-cds01\CHROMA -Database ChromaVerse -Username cv_app -Password '«pw6:cvapp»' -Query 'select top 10 * from Injection'  ⟦password|Invoke-Sqlcmd -Password (same as the CDS config)⟧
$cred = Get-Credential TCRLAB\svc_chroma  ⟪interactive prompt⟫
Restart-Service ChromaVerseServer
net user labadmin «pwl:labpcadmin»  ⟦password|net user in PowerShell history (same as the SSM document)⟧
"""),
    ("home/gpetrovic/.git-credentials", r"""
https://gpetrovic:«glpat:gpetrovic»@gitlab.tessaly-cro.com  ⟦conn-string|GitLab PAT in .git-credentials⟧
https://x-access-token:«ghs:gpetrovic»@github.com  ⟦github|GitHub app installation token in .git-credentials⟧
"""),
    ("home/gpetrovic/.vault-token", r"""
«hvs:gpetrovic»  ⟦vault|Vault token file⟧
"""),
    ("home/gpetrovic/.config/gh/hosts.yml", r"""
github.com:
    user: gpetrovic-tcr
    oauth_token: «gho:gpetrovic»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/dachterberg/.terraform.d/credentials.tfrc.json", r"""
{
  "credentials": {
    "app.terraform.io": {
      "token": "«tfc:dachterberg»"  ⟦terraform-cloud|Terraform Cloud token⟧
    }
  }
}
"""),
    ("home/dachterberg/.my.cnf", r"""
[client]
user=coa_admin
password=«pwc:coamysql»  ⟦password|.my.cnf password⟧
host=coa-db.c9xk2lq7m1ab.us-east-1.rds.amazonaws.com
"""),
    ("secrets/tls/lims.tessaly-cro.com.key", r"""
«pem:pkcs8:rsalims»  ⟦private-key|LIMS TLS private key⟧
"""),
    ("secrets/tls/lims.tessaly-cro.com.crt", r"""
«cert:rsalims:lims.tessaly-cro.com»  ⟪certificate⟫
"""),
    ("secrets/tls/coa-signing.pub.pem", r"""
«pubpem:eccoa»  ⟪public key PEM⟫
"""),
    ("secrets/bastion/tcr-bastion.pem", r"""
«pem:pkcs1:rsabastion»  ⟦private-key|EC2 key pair PEM for the bastion⟧
"""),
    ("secrets/gcp/translate-sa.json", r"""
{
  "type": "service_account",
  "project_id": "tcr-pv-translate",
  "private_key_id": "«hex:40-gcpkid»",  ⟪GCP private_key_id, an identifier⟫
  "private_key": "«jsonesc:pem:pkcs8:rsagcp»\n",  ⟦private-key|JSON-escaped PEM in a service-account file⟧
  "client_email": "pv-translate@tcr-pv-translate.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpclient»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("scripts/rotate-legacy-etl-key.sh", r"""
#!/usr/bin/env bash
# SEC-1182: rotate the legacy ETL key. Old key kept here until the runner is confirmed on the new one.
set -euo pipefail
OLD_KEY_ID=«akid:legacyetl»  ⟦aws-key-id|old key ID in a rotation script (the Terraform provider key)⟧
aws iam create-access-key --user-name legacy-etl-runner > /tmp/newkey.json
aws iam update-access-key --user-name legacy-etl-runner --access-key-id "$OLD_KEY_ID" --status Inactive
echo "new key: $(jq -r .AccessKey.AccessKeyId /tmp/newkey.json)"
"""),
    ("scripts/restore-lims-val.sh", r"""
#!/usr/bin/env bash
# Restore last night's LIMS snapshot into the validation cluster (IQ/OQ refresh). See RB-LIMS-07.
set -euo pipefail
SNAP=$(aws rds describe-db-cluster-snapshots --db-cluster-identifier quillon-prod --query 'reverse(sort_by(DBClusterSnapshots,&SnapshotCreateTime))[0].DBClusterSnapshotIdentifier' --output text)
aws rds restore-db-cluster-from-snapshot --db-cluster-identifier quillon-val --snapshot-identifier "$SNAP" --engine aurora-postgresql
PGPASSWORD="«pwc:limsval»" psql -h quillon-val.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com -U lims_app quillon -f scrub_pii.sql  ⟦password|PGPASSWORD inline (validation password)⟧
"""),
    ("scripts/sync_coa_pdfs.py", r"""
#!/usr/bin/env python3
# Push signed certificates of analysis to the sponsor portal (WordPress REST)
import requests

WP = "https://sponsors.tessaly-cro.com/wp-json/wp/v2/media"
APP_PASSWORD = "«applepw:wpapp»"  ⟦password|WordPress application password in a script⟧
session = requests.Session()
session.auth = ("coa-bot", APP_PASSWORD)
"""),
    ("scripts/create_roles.sql", r"""
-- Quillon LIMS reporting roles (change CC-2026-0377)
CREATE ROLE lims_reporting LOGIN PASSWORD '«pwc:limsreporting»';  ⟦password|CREATE ROLE password (same as SecretString)⟧
GRANT CONNECT ON DATABASE quillon TO lims_reporting;
GRANT USAGE ON SCHEMA results TO lims_reporting;
CREATE ROLE lims_auditor LOGIN PASSWORD 'SCRAM-SHA-256$4096:«b64k:16-scs1»$«b64k:32-scs2»:«b64k:32-scs3»';  ⟪SCRAM verifier⟫
ALTER ROLE tlf_runner WITH PASSWORD '«pwn:tlfrunner»';  ⟦password|ALTER ROLE password (same as the CronJob)⟧
"""),
    ("scripts/sftp-pull-helixa.sh", r"""
#!/bin/sh
export SSHPASS='«pwp:fzhelixa»'  ⟦password|SSHPASS (same as FileZilla)⟧
sshpass -e sftp -oBatchMode=no helixa-pharma@sftp.tessaly-cro.com <<EOF
get /outgoing/amendments/*.pdf /data/amendments/
EOF
"""),
    ("scripts/teams-post.ps1", r"""
param([string]$Text)
$hook = '«teamshook:labops»'  ⟦app-secret|Teams webhook in a script (same as freezer-alerts)⟧
Invoke-RestMethod -Uri $hook -Method Post -ContentType 'application/json' -Body (@{text=$Text} | ConvertTo-Json)
"""),
    ("scripts/postman-export.sh", r"""
#!/bin/bash
curl -s https://api.getpostman.com/collections -H "X-Api-Key: «pmak:qa»" > collections.json  ⟦app-secret|Postman API key in a curl header⟧
"""),
    ("scripts/buildkite-trigger.sh", r"""
#!/bin/bash
curl -s -X POST "https://api.buildkite.com/v2/organizations/tessaly/pipelines/pk-calc/builds" \
  -H "Authorization: Bearer «bkua:trigger»" \  ⟦app-secret|Buildkite API token⟧
  -d '{"commit":"HEAD","branch":"main"}'
"""),
    ("scripts/circleci-env.sh", r"""
#!/bin/bash
export CIRCLE_TOKEN=«circle:diary»  ⟦app-secret|CircleCI personal API token⟧
curl -s -H "Circle-Token: $CIRCLE_TOKEN" https://circleci.com/api/v2/me
"""),
    ("scripts/es-reindex.py", r"""
import requests

ES = "https://tmf-logs.es.us-east-1.aws.elastic-cloud.com"
HEADERS = {"Authorization": "ApiKey «elastic:tmflogs»"}  ⟦app-secret|Elastic API key header⟧
r = requests.post(f"{ES}/_reindex", json={"source": {"index": "tmf-2025"}, "dest": {"index": "tmf-2025-v2"}}, headers=HEADERS)
print(r.json())
"""),
    ("data/dumps/siteledger_users_2026-10.sql", r"""
-- PostgreSQL database dump (partial) - siteledger.users
COPY public.users (id, email, display_name, password_hash, api_token, created_at) FROM stdin;
1041	fiona.mccrae@tessaly-cro.com	Fiona McCrae	«bcrypt:u1»	\N	2025-02-11  ⟪bcrypt hash⟫
1042	bartosz.wiecek@tessaly-cro.com	Bartosz Więcek	«bcrypt:u2»	«hex:40-sluser2»	2025-03-02  ⟦app-secret|user API token in a dump⟧
1043	integration@tessaly-cro.com	Integration	«bcrypt:u3»	«b62:48-siteledger»	2025-03-02  ⟦app-secret|integration token in a dump (the SiteLedger token)⟧
\.
"""),
    ("data/dumps/stipend_payees.csv", r"""
payee_id,study,subject,card_last4,card_token,status
P-«num:6-payee1»,TCR-4471-201,0104,4417,tok_«b62:24-cardtok1»,active  ⟪payment token reference⟫
P-«num:6-payee2»,TCR-4471-201,0117,9902,tok_«b62:24-cardtok2»,active
P-«num:6-payee3»,TCR-5120-102,0009,1288,tok_«b62:24-cardtok3»,closed
"""),
    ("data/dumps/vendor-logins.csv", r"""
system,url,username,password,owner,notes
TempTrail cloud,https://cloud.temptrail.io,tessaly-admin,«pwc:temptrailweb»,Bartosz,pharmacy loggers  ⟦password|shared logins sheet row⟧
Cryoline portal,https://portal.cryoline-logistics.com,rdu-shipping,«pwn:cryolineweb»,Ravi,dry ice bookings  ⟦password|shared logins sheet row⟧
LumaPlate portal,https://portal.lumaplate.com,tessaly,«pwl:lumaweb»,Ingrid,  ⟦password|shared logins sheet row⟧
ChromaVerse support,https://support.chromaverse.com,ingrid.solberg,see 1Password,Ingrid,  ⟪pointer to 1Password⟫
"""),
    ("data/exports/airflow_connections.json", r"""
{
  "trialform_api": {"conn_type": "http", "host": "tessaly.trialform-edc.net", "login": "edc_reader", "password": "«pwn:edcreader»"},  ⟦password|Airflow connection export password⟧
  "redshift_dw": {"conn_type": "redshift", "host": "tcr-clinical-dw.c3vmx0pzq1kd.us-east-1.redshift.amazonaws.com", "login": "airflow", "password": "«pw:airflowdw»", "port": 5439},  ⟦password|Airflow connection export password, season + year⟧
  "aws_default": {"conn_type": "aws", "extra": {"region_name": "us-east-1"}}
}
"""),
    ("logs/cloudtrail/2026-11-02-legacy-etl.json", r"""
{"Records": [
 {"eventVersion": "1.09", "eventTime": "2026-11-02T03:14:09Z", "eventSource": "s3.amazonaws.com", "eventName": "GetObject",
  "userIdentity": {"type": "IAMUser", "principalId": "«aida:legacyetl»", "arn": "arn:aws:iam::718204593361:user/legacy-etl-runner",  ⟪IAM unique id⟫
   "accessKeyId": "«akid:legacyetl»"},  ⟦aws-key-id|CloudTrail accessKeyId⟧
  "sourceIPAddress": "34.201.77.18", "requestID": "«up:16-reqid»", "eventID": "«uuid:evid»"}  ⟪request and event ids⟫
]}
"""),
    ("logs/codebuild/sdtm-pipeline-4411.log", r"""
[Container] 2026/11/05 06:02:11.402144 Running command pip install -r requirements.txt
[Container] 2026/11/05 06:03:40.118702 Running command dbt deps && dbt build --target ci
06:03:44  Running with dbt=1.8.7
06:03:45  Encountered an error: Database Error: 250001: Could not connect to Snowflake backend after 2 attempt(s).
06:03:45  user=SVC_SDTM_CI password=«snowpw:sdtmci» account=tcr-clinical.us-east-1  ⟦password|password echoed into a build log⟧
06:03:45  password=****** (masked in later runs)  ⟪masked value⟫
"""),
    ("logs/alb/site-portal-2026-11-06.log", r"""
https 2026-11-06T14:02:19.381Z app/site-portal/«hex:16-alb» 81.134.62.40:51422 10.40.2.14:8080 0.001 0.044 0.000 200 200 812 10211 "GET https://sites.tessaly-cro.com:443/files/protocol-amendment-3.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=«akid:portalpresign»%2F20261106%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20261106T140219Z&X-Amz-Expires=300&X-Amz-SignedHeaders=host&X-Amz-Signature=«hexb:64-presignsig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key ID in a presigned URL in an ALB log⟧
https 2026-11-06T14:02:21.004Z app/site-portal/«hex:16-alb» 81.134.62.40:51423 10.40.2.14:8080 0.001 0.012 0.000 304 304 512 0 "GET https://sites.tessaly-cro.com:443/static/app.js HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2
"""),
    ("logs/lims/importer-2026-11-07.log", r"""
2026-11-07 02:00:01,114 INFO  [cds-import] starting batch RB-2026-4471-0311 (96 injections)
2026-11-07 02:00:02,870 DEBUG [cds-import] connecting https://rdu-cds01.lab.tessaly-cro.com:8091/api as lims_import / «pw6:cdsimportspring»  ⟦password|password in a debug log line⟧
2026-11-07 02:00:05,331 INFO  [cds-import] auth ok, token ...«tail:b62:40-cdsimport»  ⟪token tail in a log⟫
2026-11-07 02:14:48,002 WARN  [cds-import] injection 57 peak area outside calibration range, flagged
2026-11-07 02:15:10,520 INFO  [cds-import] batch complete; 95 accepted, 1 flagged
"""),
    ("logs/frostguard/alarm-2026-10-19.log", r"""
2026-10-19T03:41:07Z ALARM ULT-02 temp=-62.4C setpoint=-80C duration=14m
2026-10-19T03:41:08Z NOTIFY pagerduty routing_key=«head:pdkey:freezer» status=202  ⟪masked routing key⟫
2026-10-19T03:41:09Z NOTIFY teams status=200
2026-10-19T03:55:30Z ACK by bartosz.wiecek
2026-10-19T04:20:12Z CLEAR ULT-02 temp=-79.1C
"""),
    ("logs/har/sponsor-portal-login.har", r"""
{
  "log": {
    "version": "1.2",
    "creator": {"name": "WebInspector", "version": "537.36"},
    "entries": [
      {
        "request": {
          "method": "POST",
          "url": "https://sponsors.tessaly-cro.com/wp-login.php",
          "headers": [{"name": "Content-Type", "value": "application/x-www-form-urlencoded"}],
          "postData": {"mimeType": "application/x-www-form-urlencoded", "text": "log=helixa.dm&pwd=«pct:pwc:helixaportal»&wp-submit=Log+In"}  ⟦password|percent-encoded password in a HAR form body⟧
        },
        "response": {"status": 302, "headers": [{"name": "Set-Cookie", "value": "wordpress_logged_in_«hex:32-wpcookiename»=helixa.dm%7C1796400000%7C«b62:43-wpsess»%7C«hexb:64-wpmac»; path=/; secure; HttpOnly"}]}  ⟦?app-secret|session cookie in a HAR (expires)⟧
      },
      {
        "request": {
          "method": "GET",
          "url": "https://api.tessaly-cro.com/sponsor/v1/status?study=TCR-4471-201",
          "headers": [{"name": "Authorization", "value": "Bearer «jwt:helixa-portal»"}]  ⟦jwt|bearer JWT in a HAR⟧
        },
        "response": {"status": 200}
      }
    ]
  }
}
"""),
    ("docs/runbooks/RB-LIMS-07-validation-refresh.md", r"""
# RB-LIMS-07 Refresh the validation LIMS from production

Owner: Desmond Achterberg (CSV/QA). Frequency: before each OQ cycle.

1. Announce in #lims-val; freeze validation scripts.
2. Run `scripts/restore-lims-val.sh` from the ops bastion.
3. The scrub job connects as `lims_app` with the validation password `«pwc:limsval»`.  ⟦password|password in backticks in a runbook⟧
4. Re-apply the validation e-signature users; they get the first-logon password `Welcome1!` and must change it.  ⟦?password|default first-logon password in a runbook⟧
5. Re-run the IQ checks (`iq/quillon-iq.robot`).
"""),
    ("docs/runbooks/RB-FRZ-02-freezer-alarm.md", r"""
# RB-FRZ-02 Freezer alarm response (-80C and LN2)

1. PagerDuty pages lab on-call. Acknowledge within 10 minutes.
2. If remote: log into FrostGuard at https://raleigh-frostguard.lab.tessaly-cro.com with your SSO account.
3. Door keypad of Biorepository Room 114 is «pin:5-doorkeypad»#.  ⟦?password|door keypad code in a runbook⟧
4. Backup freezer ULT-09 has capacity for 12 racks; move racks with the cryo gloves.
5. The modbus gateway password is in the lab IT vault entry "frz-modbus" (never in this page).  ⟪pointer to a vault⟫
"""),
    ("docs/runbooks/RB-IRT-01-randogate-outage.md", r"""
# RB-IRT-01 RandoGate outage

If the IRT is down and a subject must be randomised:
1. Call RandoGate support +44 20 7946 0321; account TESSALY.
2. The manual randomisation envelope safe code at each pharmacy is held by the pharmacist.
3. Service account for the sync: `svc_irt_sync`, password is «pwl:randogate» (yes, it should be in SM - IRT-412).  ⟦password|password in runbook prose (same as k8s Secret)⟧
"""),
    ("docs/wiki/aws-access.md", r"""
# AWS access at Tessaly

Use IAM Identity Center: `aws configure sso`, start URL https://tessaly.awsapps.com/start.
Never create IAM users with access keys. The documentation key pair `«docs:akid»` / `«docs:secret»` in the AWS docs is not ours.  ⟪AWS documentation keys in prose⟫

Exception list (tracked in SEC-1182): legacy-etl-runner, frostguard-collector, ses-smtp-lims.
A masked key looks like `AKIA****************` in the key report.  ⟪masked key⟫
"""),
    ("docs/wiki/onboarding-lab-it.md", r"""
# Lab IT onboarding

- Request access to the TCRLAB domain from Ingrid.
- Instrument PCs: local admin is managed by LAPS; never reuse the old image password.
- The old image password was «pwl:oldimage» and it is still on some Pune PCs (LABIT-221).  ⟦password|old image password in an onboarding page⟧
- Label printers: the web UI password is the vendor default until LABIT-230 is done.
"""),
    ("docs/adr/0007-secrets-in-gxp-systems.md", r"""
# ADR 0007: secrets for validated (GxP) systems

Status: accepted (2026-03)

Validated systems read credentials from Secrets Manager at start-up; rotation is a documented change with
an impact assessment. Example from the template: `{{resolve:secretsmanager:quillon/prod/admin:SecretString:password}}`.  ⟪dynamic reference in prose⟫
Static keys are allowed only for instruments without IAM Roles Anywhere support.
"""),
    ("docs/postmortems/2026-08-pv-gateway.md", r"""
# Postmortem: E2B gateway rejected ICSRs for 6 hours (2026-08-21)

Impact: 14 expedited cases delayed; none past the 15-day clock.
Root cause: the AS2 keystore password was rotated in Secrets Manager but the gateway still had the old
value `«pwc:as2keystore»` in gateway.properties.  ⟦password|password quoted in a postmortem⟧
Action items: move the keystore password to SM (PV-318); add a synthetic ICSR canary.
"""),
    ("docs/sop/SOP-IT-014-passwords.md", r"""
# SOP-IT-014 Passwords and access for computerised systems

Passwords must be 14+ characters. Do not use passwords like `Tessaly2026!` or `Summer2025`.  ⟪example weak passwords in a policy⟫
Shared accounts are prohibited on GxP systems (21 CFR 11.300).
"""),
    ("mail/2026-10-21-trialform-onboarding.eml", r"""
From: onboarding@trialform-edc.net
To: keiko.tanabe@tessaly-cro.com
Subject: Your Trialform API credentials (TCR production)
Date: Wed, 21 Oct 2026 15:02:11 +0000
Content-Type: text/plain; charset=utf-8

Hi Keiko,

your API client has been created:

  client_id:     tcr-edc-bridge-prd
  client_secret: «okx:48-trialformsecret»  ⟦app-secret|client secret in a vendor e-mail⟧

The ODM export user odm_export has the temporary password «pwp:odmtemp» (change at first login).  ⟦?password|temporary password in a vendor e-mail⟧

Regards,
Trialform Onboarding
"""),
    ("mail/2026-11-03-sponsor-sftp.eml", r"""
From: bartosz.wiecek@tessaly-cro.com
To: data.management@helixa-pharma.com
Subject: RE: SFTP access for bioanalytical reports
Date: Tue, 3 Nov 2026 09:14:40 +0000

Hello,

the account is helixa-pharma on sftp.tessaly-cro.com; password «pwp:fzhelixa» (sent separately to Dr. Lindqvist by phone as well).  ⟦password|password in an e-mail (same as FileZilla)⟧
Please switch to key authentication and send us your public key.

Bartosz
"""),
    ("mail/2026-11-05-aws-abuse.eml", r"""
From: no-reply-aws@amazon.com
To: aws-root@tessaly-cro.com
Subject: Action required: your AWS access key is exposed
Date: Thu, 5 Nov 2026 18:20:02 +0000

We have become aware that the AWS access key «akid:ghsdtm», along with the corresponding secret key, is publicly available.  ⟦aws-key-id|exposed key ID in an AWS notice⟧
The access key is attached to the IAM user gh-sdtm-runner in account 718204593361.
"""),
    ("chat/slack-lab-it-export.json", r"""
[
 {"type": "message", "user": "U07«up:8-slu1»", "ts": "1796300001.000100", "text": "anyone have the modbus gw login for KRK?"},  ⟪Slack user id⟫
 {"type": "message", "user": "U07«up:8-slu2»", "ts": "1796300060.000200", "text": "admin / «pw6:modbusgw» same as RDU"},  ⟦password|password in a Slack message⟧
 {"type": "message", "user": "U07«up:8-slu1»", "ts": "1796300120.000300", "text": "thx. also the collector key for the cloud: «hex:40-frostguard»"},  ⟦app-secret|FrostGuard key in Slack⟧
 {"type": "message", "user": "U07«up:8-slu3»", "ts": "1796300500.000400", "text": "legacy etl key is «akid:legacyetl», secret in the TF provider, pls rotate"},  ⟦aws-key-id|key ID in Slack⟧
 {"type": "message", "user": "U07«up:8-slu2»", "ts": "1796300900.000500", "text": "rotated, new one in SM `legacy-etl/runner`"}  ⟪pointer to Secrets Manager⟫
]
"""),
    ("chat/teams-clinical-ops.txt", r"""
[10/28/2026 9:02 AM] Fiona McCrae: Leeds pharmacist can't log into RandoGate, account locked
[10/28/2026 9:05 AM] Mateo Ferreira: reset it - temp pw is «pwp:rgreset» , she must change it  ⟦?password|temporary password in a Teams chat⟧
[10/28/2026 9:06 AM] Fiona McCrae: thanks!
[10/28/2026 9:30 AM] Mateo Ferreira: also for the SAS box the tlf_runner pw is «pwn:tlfrunner» if Desmond needs it  ⟦password|password in a Teams chat (same as the CronJob)⟧
[10/28/2026 9:31 AM] Desmond Achterberg: please don't post passwords here :(
"""),
    ("chat/slack-dataplat-export.json", r"""
[
 {"type": "message", "user": "U07«up:8-slu4»", "ts": "1796310000.000100", "text": "fivetran api secret for the TF provider: «b62:32-fivetransec»"},  ⟦app-secret|Fivetran secret in Slack (same as variables.tf)⟧
 {"type": "message", "user": "U07«up:8-slu5»", "ts": "1796310100.000200", "text": "temp creds for the demo: «asia:slackdemo» / «awssec:slackdemo»"},  ⟦aws-key-id|temporary key pair in one Slack message⟧
 {"type": "message", "user": "U07«up:8-slu4»", "ts": "1796310200.000300", "text": "ok. the groq key is in SM now"}
]
"""),
    ("tickets/SEC-1182.json", r"""
{
  "key": "SEC-1182",
  "summary": "Static IAM keys still in use (legacy ETL, FrostGuard, SES SMTP)",
  "status": "In Progress",
  "assignee": "thandiwe.mokoena",
  "description": "Key report attached. Keys: «akid:legacyetl» (legacy-etl-runner, active), «akid:frzedge» (frostguard-collector, active).",  ⟦aws-key-id|key IDs in a ticket description⟧
  "comments": [
    {"author": "mateo.ferreira", "body": "frostguard edge still uses the compose env, will move to Roles Anywhere"},
    {"author": "thandiwe.mokoena", "body": "the old SES user key «akid:sesold» is inactive since 2026-09-30"}  ⟦?aws-key-id|inactive key ID in a ticket comment⟧
  ]
}
"""),
    ("tickets/LABIT-230.md", r"""
# LABIT-230 Change label printer web passwords

Printers still on the vendor default. Set new password per site; Raleigh done: «pw6:zebrardu».  ⟦password|new device password recorded in a ticket⟧
Leeds, Kraków pending.
"""),
    ("tickets/IRT-412.md", r"""
# IRT-412 Move RandoGate service password to Secrets Manager

The sync reads the password from `config/default.json` and the k8s Secret. Target: ExternalSecret
`irt-sync` from `irt-sync/randogate`. Reference: `arn:aws:secretsmanager:us-east-1:718204593361:secret:irt-sync/randogate-«b62:6-irtsm»`.  ⟪Secrets Manager ARN⟫
"""),
    ("reports/iam-credential-report-2026-11.csv", r"""
user,arn,access_key_1_active,access_key_1_id,access_key_1_last_rotated,access_key_2_active,access_key_2_id
legacy-etl-runner,arn:aws:iam::718204593361:user/legacy-etl-runner,true,«akid:legacyetl»,2023-04-11T10:02:00+00:00,false,N/A  ⟦aws-key-id|key ID in a credential report⟧
frostguard-collector,arn:aws:iam::718204593361:user/frostguard-collector,true,«akid:frzedge»,2025-01-20T08:12:00+00:00,false,N/A  ⟦aws-key-id|key ID in a credential report⟧
ses-smtp-lims,arn:aws:iam::718204593361:user/ses-smtp-lims,true,«akid:seslims»,2025-06-01T12:00:00+00:00,false,N/A  ⟦aws-key-id|key ID in a credential report⟧
gh-sdtm-runner,arn:aws:iam::718204593361:user/gh-sdtm-runner,false,AKIA****************,2026-11-05T19:00:00+00:00,false,N/A  ⟪masked key id⟫
"""),
    ("backups/etc/frostguard/collector.env.bak", r"""
FROSTGUARD_SITE=RDU-BIOREPO
FROSTGUARD_API_KEY=«hex:40-frostguardold»  ⟦app-secret|old FrostGuard key in a backup file⟧
AWS_ACCESS_KEY_ID=«akid:frzedgeold»  ⟦aws-key-id|old key ID in a backup⟧
AWS_SECRET_ACCESS_KEY=«awssec:frzedgeold»  ⟦aws-secret|old secret in a backup⟧
"""),
    ("backups/credentials.b64", r"""
«b64:credini:backupb64»  ⟦aws-b64|a whole base64-encoded credentials file⟧
"""),
    ("backups/lims-config-export.json", r"""
{"exported": "2026-09-30", "system": "quillon", "settings": "{\"db_password\":\"«jsonesc:pwx:limsapp»\",\"eln_token\":\"«b62:40-elnprod»\"}"}  ⟦password|JSON-in-JSON export with passwords⟧
"""),
    ("backups/instrument-gateway-env.hex", r"""
# hexdump of /etc/gateway.env captured during LABIT-199
«hexenc:awssec:gwuserdata»  ⟦aws-hex|hex-encoded secret key⟧
"""),
    ("backups/vigilarc-export.json", r"""
{"gateway": {"keystore_password": "«uesc:pwc:as2keystore»", "partner": "HELIXA-GSS"}}  ⟦password|\u-escaped keystore password⟧
"""),
    ("backups/mwaa-smtp.txt", r"""
smtp_user=«akid:sesairflow»  ⟦aws-key-id|SES SMTP user in a backup note (same as MWAA)⟧
smtp_password_urlencoded=«pct:sesv4:sesairflow»  ⟦aws-percent|percent-encoded SES SMTP password⟧
"""),
    ("docs/vendor/frostguard-api.md", r"""
# FrostGuard API quick start (vendor documentation copy)

    curl -H "X-API-Key: YOUR_API_KEY" https://<your-site>.frostguard.io/api/v2/sensors  ⟪documentation placeholder⟫

Example response: `{"sensor":"FG-0101","temp":-79.8}`.
"""),
    ("docs/vendor/cryoline-webhooks.md", r"""
# Cryoline webhooks

Cryoline signs every webhook with HMAC-SHA256. Verify with your signing secret:

    expected = hmac.new(b"whsec_your_signing_secret", body, hashlib.sha256).hexdigest()  ⟪documentation placeholder⟫

Test events use the sandbox key `cl_test_«hex:24-cltest»`.  ⟪sandbox key in vendor docs⟫
"""),
    ("docs/wiki/sops-secrets.yaml", r"""
vigilarc:
    password: «sops:vigil»  ⟪SOPS value⟫
    api_key: «sops:vigilapi»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-1:718204593361:key/«uuid:sopskms»
          enc: «kms:sopsdata»  ⟪KMS ciphertext⟫
    lastmodified: "2026-10-01T09:00:00Z"
    mac: «sops:mac»  ⟪SOPS MAC⟫
    version: 3.9.0
"""),
]

FILES += [
    ("home/rdeshpande/.bash_history", r"""
ssh ravi@rdu-ms01-acq
smbclient //rdu-ionforge01/runs -U svc_msexport%«pw6:msexport»  ⟦password|smbclient user%password (same as the instrument map)⟧
python3 qc_plots.py --batch RB-2026-4471-0311
curl -u ravi.deshpande:«pwn:ravieln» https://eln.tessaly-cro.com/api/entries?project=BA-M-0112  ⟦password|curl -u with a personal password⟧
sqlite3 ~/pk/nca_cache.db '.tables'
export IONFORGE_TOKEN=«b64k:48-ionforgedev»  ⟦app-secret|IonForge device token exported (same as acquisition.json)⟧
"""),
    ("home/yhaddad/.config/vigilarc-cli.toml", r"""
[profile.prod]
url = "https://vigilarc.tessaly-cro.com/safety/api"
user = "yasmin.haddad"
api_key = "«hex:48-vigilarcapi»"  ⟦app-secret|VigilArc API key in a CLI profile (same as the SSM literal)⟧

[profile.val]
url = "https://vigilarc-val.tessaly-cro.com/safety/api"
user = "yasmin.haddad"
api_key_cmd = "aws secretsmanager get-secret-value --secret-id vigilarc/val/yhaddad --query SecretString --output text"  ⟪command that fetches the key⟫
"""),
    ("scripts/bootstrap-eks-lab-apps.sh", r"""
#!/usr/bin/env bash
# one-off bootstrap of the lab-apps namespace (2026-05). Kept for reference.
set -euo pipefail
kubectl create namespace lab-apps
kubectl -n lab-apps create secret generic frostguard --from-literal=api-key=«hex:40-frostguard»  ⟦app-secret|kubectl --from-literal (FrostGuard key again)⟧
kubectl -n lab-apps create secret generic chain-of-custody --from-literal=db-password='«pwn:cocdb»'  ⟦password|kubectl --from-literal password⟧
kubectl -n lab-apps create secret docker-registry dockerhub-pull --docker-username=tessalyci --docker-password=«dckr:k8spull»  ⟦docker-hub|docker-registry secret from a PAT⟧
helm install influxdb influxdata/influxdb2 -n lab-apps --set adminUser.password=«pw:frzinflux»  ⟦password|helm --set password (same as compose)⟧
kubectl -n lab-apps create secret generic plate-reader --from-file=token=./plate-reader.token  ⟪secret from a file⟫
"""),
    ("backups/k8s/clinical-secrets-2026-10-01.yaml", r"""
apiVersion: v1
items:
- apiVersion: v1
  kind: Secret
  metadata:
    name: query-manager
    namespace: clinical
  data:
    DATABASE_URL: «b64:cat:postgres://qm:|pct:pwl:qmdb|@qm-db.internal:5432/qm»  ⟦conn-string|base64 database URL with a password in a Secret dump⟧
    SECRET_KEY_BASE: «b64:hexb:128-qmkeybase»  ⟦app-secret|base64 Rails secret_key_base (same as secrets.yml)⟧
- apiVersion: v1
  kind: Secret
  metadata:
    name: visit-scheduler
    namespace: clinical
  data:
    VAULT_TOKEN: «b64:hvs:visitsched»  ⟦vault|base64 Vault token in a Secret dump⟧
    SPRING_PROFILES_ACTIVE: «b64:lit:prod»  ⟪base64 of a profile name⟫
kind: List
"""),
    ("logs/apigw/sponsor-status-2026-11-04.log", r"""
{"requestId":"«uuid:apigwreq1»","ip":"185.46.212.8","requestTime":"04/Nov/2026:10:11:02 +0000","httpMethod":"GET","resourcePath":"/v1/status","status":"200","apiKeyId":"«lo:10-apikeyid1»"}  ⟪API key id and request id⟫
{"requestId":"«uuid:apigwreq2»","ip":"185.46.212.8","requestTime":"04/Nov/2026:10:11:09 +0000","httpMethod":"GET","path":"/v1/status?study=TCR-4471-201&api_key=«b62:40-apigwhelixa»","status":"403"}  ⟦app-secret|API key in a query string in an access log (the Helixa key)⟧
"""),
    ("lab/frostguard/gsm-dialer.cfg", r"""
# GSM alarm dialler, Raleigh biorepository (backup path when the network is down)
sim_pin=«pin:4-simpin»  ⟦?password|SIM PIN of the alarm dialler⟧
admin_code=«pin:6-dialeradmin»  ⟦?password|dialler admin code⟧
call_list=+19195550148,+19195550172,+19195550199
sms_template=FREEZER ALARM {unit} {temp}C
"""),
    ("docs/wiki/instrument-vendor-remote-access.md", r"""
# Instrument vendor remote access

Vendors connect through the Guacamole jump host only, with a session opened by lab IT.

| vendor | instrument | account | notes |
|---|---|---|---|
| IonForge field service | RDU-MS-01 | ionforge_fse | password `«tv:ionforgefse»`, disabled between visits |  ⟦password|vendor account password in a wiki table⟧
| ChromaVerse support | CDS server | cv_support | TeamViewer ID 1 482 993 105, unattended password «tv:cvteamviewer» |  ⟦password|TeamViewer unattended password in a wiki table⟧
| LumaPlate | RDU-PR-01 | vendor cloud only | no inbound access |

Guacamole admin recovery: see the break-glass envelope in the Raleigh safe (not here).  ⟪pointer, no value⟫
"""),
    ("mail/2026-09-14-ionforge-service-visit.eml", r"""
From: fse.team@ionforge-instruments.com
To: ingrid.solberg@tessaly-cro.com
Subject: Service visit RDU-MS-01 - 16 Sept
Date: Mon, 14 Sep 2026 11:40:00 +0000

Hi Ingrid,

for Wednesday our engineer needs the local service account on the acquisition PC. Last visit it was
«pwl:msservice», please confirm it has not changed.  ⟦password|password in a vendor e-mail⟧

The instrument firmware package is signed; SHA-256 «sha256:fwpkg».  ⟪firmware hash⟫

Best regards,
IonForge Field Service
"""),
    ("chat/teams-pv-export.json", r"""
{
  "messages": [
    {"from": "Yasmin Haddad", "createdDateTime": "2026-08-21T07:02:00Z", "body": {"content": "E2B gateway rejecting since 01:00, AS2 MDN errors"}},
    {"from": "Mateo Ferreira", "createdDateTime": "2026-08-21T07:10:00Z", "body": {"content": "keystore pw in the properties is still the old one: «pwc:as2keystore»"}},  ⟦password|password in a Teams JSON message (same as the postmortem)⟧
    {"from": "Mateo Ferreira", "createdDateTime": "2026-08-21T07:25:00Z", "body": {"content": "fixed, new one is in SM pv/as2-keystore"}},  ⟪pointer to Secrets Manager⟫
    {"from": "Yasmin Haddad", "createdDateTime": "2026-08-21T07:26:00Z", "body": {"content": "thanks, resending the 14 cases"}}
  ]
}
"""),
    ("data/dumps/quillon_integrations.sql", r"""
-- quillon.integration_client (pg_dump --inserts, filtered)
INSERT INTO integration_client (id, name, client_id, client_secret, enabled) VALUES (1, 'eln', 'eln-lims', '«okx:40-elnlims»', true);  ⟦app-secret|client secret in a SQL INSERT (same as the ELN config)⟧
INSERT INTO integration_client (id, name, client_id, client_secret, enabled) VALUES (2, 'cds-importer', 'cds-import', '«b62:40-cdsimport»', true);  ⟦app-secret|importer token in a SQL INSERT⟧
INSERT INTO integration_client (id, name, client_id, client_secret, enabled) VALUES (3, 'sponsor-portal', 'sponsor-portal', '$2b$12$«b62:53-intbcrypt»', true);  ⟪bcrypt-hashed secret⟫
INSERT INTO app_user (id, login, password_hash, must_change) VALUES (77, 'qa.reviewer', '{SSHA}«b64k:24-ssha»', false);  ⟪salted SHA hash⟫
"""),
    ("tickets/PV-318.json", r"""
{
  "number": "PV-318",
  "short_description": "Move AS2 keystore password to Secrets Manager",
  "state": "Resolved",
  "work_notes": [
    "2026-08-22 mateo.ferreira: SM secret pv/as2-keystore created, arn:aws:secretsmanager:us-east-1:718204593361:secret:pv/as2-keystore-«b62:6-as2sm»",  ⟪Secrets Manager ARN⟫
    "2026-08-22 mateo.ferreira: gateway.properties now reads ${AS2_KEYSTORE_PASSWORD}",  ⟪placeholder reference⟫
    "2026-08-23 yasmin.haddad: confirmed ICSRs flowing; val env still uses «pwp:as2val», please rotate"  ⟦password|validation keystore password in a ticket work note⟧
  ]
}
"""),
    ("sites/pnq/site-server-setup.sh", r"""
#!/bin/bash
# Pune site file server (Samba) - ISF scans and pharmacy temperature logs
set -e
apt-get install -y samba
useradd -M pnq_scan
(echo '«pwn:pnqscan»'; echo '«pwn:pnqscan»') | smbpasswd -s -a pnq_scan  ⟦password|smbpasswd piped password⟧
echo 'root:«pwl:pnqroot»' | chpasswd  ⟦password|chpasswd root password⟧
systemctl restart smbd
"""),
    ("lab/quillon/service-accounts.yaml", r"""
# Quillon LIMS integration accounts (generated by lims-admin export, 2026-10-02)
accounts:
  - login: svc_cds_import
    kind: integration
    password: «pwx:svccdsimport»  ⟦password|integration account password in an export⟧
  - login: svc_eln
    kind: integration
    password_ref: secretsmanager:quillon/prod/svc_eln  ⟪Secrets Manager reference⟫
  - login: svc_reporting
    kind: integration
    password: «pw:svcreporting»  ⟦password|integration account password, season + year⟧
"""),
]

FILES += [
    ("home/bwiecek/.aws/credentials", r"""
[tcr-sites]
aws_access_key_id=«akid:bartosz»  ⟦aws-key-id|key ID in a second person's credentials⟧
aws_secret_access_key=«awssec:bartosz»  ⟦aws-secret|secret in a second person's credentials⟧
region=eu-central-1

[krk-collector]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key id left from the how-to⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("logs/debug/epro-backend-crash-2026-10-30.log", r"""
2026-10-30T22:14:03.118Z ERROR unhandled exception in reminder worker
2026-10-30T22:14:03.119Z ERROR Error: connect ETIMEDOUT 10.40.2.88:5432
2026-10-30T22:14:03.120Z DEBUG process.env dump (DEBUG_ENV=1):
2026-10-30T22:14:03.120Z DEBUG   DB_PASSWORD=«pwl:eprodb»  ⟦password|password in an environment dump in a log (same as Argo CD)⟧
2026-10-30T22:14:03.120Z DEBUG   ONESIGNAL_REST_KEY=os_v2_app_«lo:113-onesignalrest»  ⟦app-secret|OneSignal key in an environment dump (same as serverless.yml)⟧
2026-10-30T22:14:03.120Z DEBUG   JWT_SECRET=«b64k:32-eprojwt»  ⟦app-secret|JWT signing secret in an environment dump⟧
2026-10-30T22:14:03.121Z DEBUG   AWS_SESSION_TOKEN=«stok:eprotask»  ⟦aws-session-token|task session token in an environment dump⟧
2026-10-30T22:14:03.121Z DEBUG   HOSTNAME=epro-backend-6d9c7f8b54-x2kqp
"""),
]
