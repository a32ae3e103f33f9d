"""Templates, part C: notebooks, SQL, logs, shell history, dotfiles, Postman/HAR, Makefile, web servers,
systemd, cron, compose, markdown, ops tooling, certificates, generated/minified assets."""
import json

FILES_C = {}


def F(path, text):
    FILES_C[path] = text


# ------------------------------------------------------------------ Jupyter
def nb(cells):
    out = []
    for kind, src, outputs in cells:
        lines = src.strip("\n").split("\n")
        c = {"cell_type": kind, "metadata": {},
             "source": [ln + "\n" for ln in lines[:-1]] + [lines[-1]]}
        if kind == "code":
            c["execution_count"] = None if outputs is None else 1
            c["outputs"] = outputs or []
        out.append(c)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                     "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.11.9"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"


def llm_eval_nb(ns):
    png = "iVBORw0KGgoAAAANSUhEUgAA" + ns["b64"](ns["t"].r.token_bytes(1800))
    return nb([
        ("markdown", "# Support-bot eval\nCompare Claude vs. the fine-tuned model on the March ticket sample.", None),
        ("code", f"""
import anthropic, pandas as pd
from huggingface_hub import login

client = anthropic.Anthropic(api_key="{ns['anthropic']()}")⟦anthropic-api-key⟧
login(token="{ns['hf']()}")⟦huggingface-token⟧
tickets = pd.read_parquet("s3://acme-support-exports/2024-03/tickets.parquet")
""", []),
        ("code", "tickets.sample(5, random_state=7)[['id', 'subject']]",
         [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
           "data": {"text/plain": [f"   id  subject\n0  {ns['uuid']()}  refund not received"]}}]),
        ("code", "ax = scores.plot.bar(); ax.figure.savefig('scores.png')",
         [{"output_type": "display_data", "metadata": {},
           "data": {"image/png": png + "⟪base64-image⟫", "text/plain": ["<Figure size 640x480 with 1 Axes>"]}}]),
    ])


def bq_export_nb(ns):
    key = ns["pem"](ns["K"]["gcp2"]).replace("\n", "\\n")
    return nb([
        ("code", f"""
import os
from google.oauth2 import service_account
from google.cloud import bigquery

os.environ["GOOGLE_API_KEY"] = "{ns['aiza']()}"⟦google-api-key|AIza key set server-side for the Gemini/Places client⟧
sa_info = {{
    "type": "service_account",
    "project_id": "acme-analytics-prod",
    "private_key_id": "{ns['hex'](40)}",
    "private_key": "{key}",⟦gcp-service-account-key⟧
    "client_email": "bq-export@acme-analytics-prod.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}}
creds = service_account.Credentials.from_service_account_info(sa_info)
bq = bigquery.Client(credentials=creds, project="acme-analytics-prod")
""", []),
        ("code", "bq.query('SELECT order_id FROM sales.orders LIMIT 3').to_dataframe()",
         [{"output_type": "execute_result", "execution_count": 1, "metadata": {},
           "data": {"text/plain": ["                               order_id\n" + "\n".join(
               f"{i}  {ns['uuid']()}" for i in range(3))]}}]),
    ])


F("notebooks/support_llm_eval.ipynb", llm_eval_nb)
F("notebooks/bq_export.ipynb", bq_export_nb)


def gcp_sa_file(ns):
    doc = {"type": "service_account", "project_id": "acme-data-prod",
           "private_key_id": ns["hex"](40), "private_key": ns["pem"](ns["K"]["gcp1"]),
           "client_email": "etl-runner@acme-data-prod.iam.gserviceaccount.com",
           "client_id": ns["digits"](21), "auth_uri": "https://accounts.google.com/o/oauth2/auth",
           "token_uri": "https://oauth2.googleapis.com/token",
           "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
           "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/etl-runner%40acme-data-prod.iam.gserviceaccount.com",
           "universe_domain": "googleapis.com"}
    text = json.dumps(doc, indent=2) + "\n"
    return text.replace('"private_key": "', '"private_key": "⟦gcp-service-account-key⟧', 1)


F("etl/secrets/etl-runner-sa.json", gcp_sa_file)

# ------------------------------------------------------------------ SQL
F("db/dumps/app_2024-03-11.sql", """
-- PostgreSQL database dump
-- Dumped from database version 15.6
SET statement_timeout = 0;
SET client_encoding = 'UTF8';

CREATE TABLE public.users (id uuid PRIMARY KEY, email text NOT NULL, password_hash text NOT NULL, created_at timestamptz);
CREATE TABLE public.integrations (id serial PRIMARY KEY, provider text, shop text, access_token text, refreshed_at timestamptz);

COPY public.users (id, email, password_hash, created_at) FROM stdin;
⟨uuid()⟩	ana@acme-corp.net	$2b$12$⟨t.r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)⟩	2023-09-02 10:11:12+00⟪password-hash⟫
⟨uuid()⟩	raj@acme-corp.net	$2b$12$⟨t.r.chars('./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', 53)⟩	2023-11-20 08:01:44+00
\\.

INSERT INTO public.integrations (provider, shop, access_token, refreshed_at) VALUES ('shopify', 'acme-eu.myshopify.com', '⟨shpat()⟩', '2024-03-01 00:00:00+00');⟦shopify-access-token⟧
INSERT INTO public.integrations (provider, shop, access_token, refreshed_at) VALUES ('github', 'acme-corp', '⟨ghp('gho_')⟩', '2024-03-04 12:30:00+00');⟦github-oauth-token⟧
INSERT INTO public.integrations (provider, shop, access_token, refreshed_at) VALUES ('manual', 'n/a', NULL, NULL);

CREATE USER report_reader WITH PASSWORD '⟨pw()⟩';⟦password⟧
GRANT SELECT ON ALL TABLES IN SCHEMA public TO report_reader;
-- PostgreSQL database dump complete
""")

F("db/migrations/V7__reporting_role.sql", """
-- Flyway migration: reporting role for the BI tool
CREATE ROLE bi_reader LOGIN PASSWORD '⟨pw()⟩' VALID UNTIL '2025-12-31';⟦password⟧
GRANT USAGE ON SCHEMA analytics TO bi_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA analytics TO bi_reader;
ALTER ROLE legacy_etl PASSWORD NULL;⟪password-null⟫
""")

F("db/seed/feature_toggles.sql", """
INSERT INTO feature_toggles (key, enabled, rollout, updated_by) VALUES
  ('checkout_v3', true, 100, '⟨uuid()⟩'),
  ('password_strength_meter', true, 50, '⟨uuid()⟩'),⟪toggle-name⟫
  ('sso_only_login', false, 0, '⟨uuid()⟩');
INSERT INTO settings (key, value) VALUES ('min_password_length', '12'), ('session_ttl_minutes', '720');⟪password-policy⟫
""")

# ------------------------------------------------------------------ logs
def worker_log(ns):
    u, h = ns["uuid"], ns["hex"]
    lines = []
    for i in range(40):
        lines.append(f"2024-06-14T09:{i:02d}:0{i % 10}.{i * 7 % 1000:03d}Z INFO  worker.settle request_id={u()} "
                     f"trace_id={h(32)} span_id={h(16)} batch={1200 + i} took_ms={(i * 37) % 900}")
        if i == 7:
            lines.append(f"2024-06-14T09:07:09.114Z DEBUG http.client POST https://ledger.acme-internal.net/v1/settle "
                         f"headers={{'Authorization': 'Bearer {ns['jwt'](aud='ledger')}', 'Content-Type': 'application/json'}}⟦jwt⟧")
        if i == 15:
            lines.append(f"2024-06-14T09:15:02.008Z WARN  vault.client token renewal failed token={ns['vault_token']()} "
                         f"status=403⟦vault-token⟧")
        if i == 22:
            lines.append("2024-06-14T09:22:41.530Z INFO  auth.login user=ops-bot password=*** result=ok⟪redacted⟫")
        if i == 31:
            lines.append(f"2024-06-14T09:31:17.902Z INFO  s3.list NextToken={ns['b64'](ns['t'].r.token_bytes(96))}⟪pagination-token⟫")
    return "\n".join(lines) + "\n"


F("logs/worker-2024-06-14.log", worker_log)


def ci_log(ns):
    akid, sec, tok = ns["aws_id"]("ASIA"), ns["aws_secret"](), ns["aws_session"]()
    return f"""Running with gitlab-runner 16.11.1 (⟨hex(8)⟩)
  on shared-runner-7 ⟨alnum(8)⟩, system ID: s_⟨hex(12)⟩
Preparing the "docker+machine" executor
Using docker image sha256:⟨sha256()⟩ for amazon/aws-cli:2.15.58
$ aws sts assume-role --role-arn arn:aws:iam::⟨digits(12)⟩:role/deploy --role-session-name ci-88231
{{
    "Credentials": {{
        "AccessKeyId": "{akid}",⟦aws-access-key-id⟧
        "SecretAccessKey": "{sec}",⟦aws-secret-access-key⟧
        "SessionToken": "{tok}",⟦aws-session-token⟧
        "Expiration": "2024-05-21T14:02:11+00:00"
    }},
    "AssumedRoleUser": {{
        "AssumedRoleId": "AROA⟨t.r.chars('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 17)⟩:ci-88231",⟪role-id⟫
        "Arn": "arn:aws:sts::⟨digits(12)⟩:assumed-role/deploy/ci-88231"
    }}
}}
$ ./scripts/deploy.sh production
Uploading artifacts for successful job
Job succeeded
"""


F("logs/ci/job-88231.log", ci_log)


def access_log(ns):
    ips = ["10.20.1.11", "203.0.113.54", "198.51.100.7", "192.0.2.33"]
    out = []
    for i in range(30):
        path = ["/healthz", "/api/v2/orders?page=3", "/static/app.4f9c2b.js", "/api/v2/cart"][i % 4]
        out.append(f'{ips[i % 4]} - - [14/Jun/2024:10:{i:02d}:11 +0000] "GET {path} HTTP/1.1" 200 {512 + i * 13} "-" '
                   f'"Mozilla/5.0" rt=0.0{i % 9}{i % 7} uri_id={ns["hex"](16)}')
        if i == 12:
            out.append(f'203.0.113.54 - - [14/Jun/2024:10:12:40 +0000] "POST /hooks/deploy?private_token={ns["glpat"]()} HTTP/1.1" 202 17 "-" "curl/8.5.0"⟦gitlab-pat⟧')
        if i == 20:
            out.append(f'198.51.100.7 - - [14/Jun/2024:10:20:02 +0000] "GET /reset?csrf_token={ns["alnum"](43)} HTTP/1.1" 302 0 "-" "Mozilla/5.0"⟪csrf-token⟫')
    return "\n".join(out) + "\n"


F("logs/nginx/access.log", access_log)

# ------------------------------------------------------------------ shell history & dotfiles
F("home/deploy/.zsh_history", """
: 1717912101:0;cd ~/src/platform
: 1717912110:0;git log --oneline -5
: 1717912141:0;git checkout ⟨hex(40)⟩⟪commit-sha⟫
: 1717912200:0;export VAULT_ADDR=https://vault.acme-internal.net:8200
: 1717912206:0;export VAULT_TOKEN=⟨vault_token()⟩⟦vault-token⟧
: 1717912231:0;vault kv get -field=password kv/prod/ledger/db
: 1717912290:0;mysql -h reporting-db.internal -u admin -p'⟨pw()⟩' reporting⟦password⟧
: 1717912355:0;aws configure set aws_access_key_id ⟨aws_id()⟩ --profile legacy⟦aws-access-key-id⟧
: 1717912361:0;aws configure set aws_secret_access_key ⟨aws_secret()⟩ --profile legacy⟦aws-secret-access-key⟧
: 1717912400:0;aws s3 ls s3://acme-legacy-exports --profile legacy
: 1717912452:0;echo $GITHUB_TOKEN | docker login ghcr.io -u acme-deploy --password-stdin⟪env-reference⟫
: 1717912513:0;curl -s -H "Authorization: token ⟨ghp()⟩" https://api.github.com/orgs/acme-corp/repos | jq '.[].name'⟦github-pat⟧
: 1717912580:0;sha256sum dist/platform-cli-linux-amd64
: 1717912622:0;kubectl -n payments rollout restart deploy/worker
: 1717912700:0;sshpass -p '⟨pw()⟩' ssh admin@10.20.9.40⟦password⟧
: 1717912790:0;history | tail
""")

F("home/deploy/.psql_history", """
\\dt analytics.*
SELECT count(*) FROM analytics.events WHERE ts > now() - interval '1 day';
ALTER USER metabase WITH PASSWORD '⟨pw()⟩';⟦password⟧
\\password bi_reader
SELECT usename, passwd IS NOT NULL AS has_pw FROM pg_shadow;
""")

F("home/deploy/.config/doctl/config.yaml", """
access-token: ⟨do_token()⟩⟦digitalocean-token⟧
context: default
output: text
""")

F("home/deploy/.vault-token", "⟨vault_token(short=True)⟩⟦vault-token⟧\n")

F("home/deploy/.s3cfg", """
[default]
access_key = ⟨aws_id()⟩⟦aws-access-key-id⟧
secret_key = ⟨aws_secret()⟩⟦aws-secret-access-key⟧
bucket_location = EU
host_base = s3.amazonaws.com
host_bucket = %(bucket)s.s3.amazonaws.com
use_https = True
gpg_passphrase =
""")

F("home/deploy/.ssh/id_ed25519", "⟨mark_first(openssh(K['ed_deploy']), 'private-key-openssh')⟩")
F("home/deploy/.ssh/id_ed25519.pub", "⟨ssh_pub(K['ed_deploy'], 'deploy@bastion01')⟩⟪ssh-public-key⟫\n")
F("home/deploy/.ssh/config", """
Host bastion
  HostName bastion01.prod.acme-internal.net
  User deploy
  IdentityFile ~/.ssh/id_ed25519
  IdentitiesOnly yes

Host 10.20.*
  ProxyJump bastion
  User deploy
""")

F("home/deploy/.aws/config", """
[default]
region = eu-west-1
output = json

[profile prod-admin]
sso_session = acme
sso_account_id = ⟨digits(12)⟩
sso_role_name = AdministratorAccess
region = eu-west-1

[profile deploy]
role_arn = arn:aws:iam::⟨digits(12)⟩:role/deploy
source_profile = default
external_id = ⟨uuid()⟩⟪external-id⟫

[sso-session acme]
sso_start_url = https://acme.awsapps.com/start
sso_region = eu-west-1
""")

F("home/deploy/.config/pip/pip.conf", """
[global]
index-url = https://ci-reader:⟨pw_urlsafe()⟩@pypi.acme-internal.net/simple/⟦basic-auth-password⟧
extra-index-url = https://pypi.org/simple
timeout = 30
""")

F("home/deploy/.config/rclone/rclone.conf", """
[archive]
type = s3
provider = AWS
access_key_id = ⟨aws_id()⟩⟦aws-access-key-id⟧
secret_access_key = ⟨aws_secret()⟩⟦aws-secret-access-key⟧
region = eu-west-1
storage_class = GLACIER_IR

[gdrive]
type = drive
scope = drive.readonly
""")

# ------------------------------------------------------------------ Postman / HAR
def postman_collection(ns):
    def req(name, method, path, headers, body=None):
        r = {"name": name, "request": {"method": method, "header": headers,
                                       "url": {"raw": "{{baseUrl}}" + path, "host": ["{{baseUrl}}"],
                                               "path": path.strip("/").split("/")}}}
        if body:
            r["request"]["body"] = {"mode": "raw", "raw": json.dumps(body)}
        return r
    doc = {"info": {"_postman_id": ns["uuid"](), "name": "Payments API",
                    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
           "auth": {"type": "bearer", "bearer": [{"key": "token", "value": "{{accessToken}}", "type": "string"}]},
           "item": [
               req("List charges", "GET", "/v1/charges", [{"key": "Accept", "value": "application/json"}]),
               req("Create refund (direct Stripe)", "POST", "/v1/refunds",
                   [{"key": "Authorization", "value": "Bearer " + ns["stripe"]() + "⟦stripe-secret-key⟧"}],
                   {"charge": "ch_" + ns["alnum"](24), "amount": 1299}),
               req("Idempotent capture", "POST", "/v1/captures",
                   [{"key": "Idempotency-Key", "value": ns["uuid"]() + "⟪idempotency-key⟫"}]),
           ],
           "variable": [{"key": "baseUrl", "value": "https://payments.acme-internal.net"}]}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def postman_env(ns):
    doc = {"id": ns["uuid"](), "name": "prod",
           "values": [
               {"key": "baseUrl", "value": "https://payments.acme-internal.net", "type": "default", "enabled": True},
               {"key": "shopifyToken", "value": ns["shpat"]() + "⟦shopify-access-token⟧", "type": "secret", "enabled": True},
               {"key": "adminPassword", "value": ns["pw"]() + "⟦password⟧", "type": "secret", "enabled": True},
               {"key": "accessToken", "value": "", "type": "secret", "enabled": True},
           ],
           "_postman_variable_scope": "environment", "_postman_exported_using": "Postman/11.2.0"}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


F("postman/Payments.postman_collection.json", postman_collection)
F("postman/prod.postman_environment.json", postman_env)


def har(ns):
    def entry(method, url, headers, status=200, mime="application/json", text="{}", enc=None):
        content = {"size": len(text), "mimeType": mime, "text": text}
        if enc:
            content["encoding"] = enc
        return {"startedDateTime": "2024-05-30T12:01:02.345Z", "time": 83.2,
                "request": {"method": method, "url": url, "httpVersion": "HTTP/2",
                            "headers": [{"name": k, "value": v} for k, v in headers],
                            "queryString": [], "cookies": [], "headersSize": -1, "bodySize": 0},
                "response": {"status": status, "statusText": "", "httpVersion": "HTTP/2", "headers": [],
                             "cookies": [], "content": content, "redirectURL": "", "headersSize": -1,
                             "bodySize": len(text)},
                "cache": {}, "timings": {"send": 0.2, "wait": 70.1, "receive": 12.9}}
    logo = ns["b64"](b"\x89PNG\r\n\x1a\n" + ns["t"].r.token_bytes(2400))
    doc = {"log": {"version": "1.2", "creator": {"name": "WebInspector", "version": "537.36"},
                   "pages": [{"startedDateTime": "2024-05-30T12:01:01.000Z", "id": "page_1",
                              "title": "https://shop.acme-corp.net/checkout", "pageTimings": {}}],
                   "entries": [
                       entry("GET", "https://shop.acme-corp.net/api/cart",
                             [("accept", "application/json"), ("x-request-id", ns["uuid"]() + "⟪request-id⟫"),
                              ("authorization", "Bearer " + ns["jwt"](aud="shop", extra={"cart": ns["uuid"]()}) + "⟦jwt⟧")],
                             text=json.dumps({"items": 2, "etag": ns["hex"](32)})),
                       entry("GET", "https://shop.acme-corp.net/static/logo.png", [("accept", "image/png")],
                             mime="image/png", text=logo + "⟪base64-image⟫", enc="base64"),
                       entry("GET", "https://api.github.com/repos/acme-corp/storefront/releases/latest",
                             [("authorization", "token " + ns["ghp"]() + "⟦github-pat⟧"),
                              ("accept", "application/vnd.github+json")],
                             text=json.dumps({"tag_name": "v5.12.0", "target_commitish": ns["sha1"]()})),
                       entry("POST", "https://shop.acme-corp.net/checkout",
                             [("content-type", "application/x-www-form-urlencoded"),
                              ("x-csrf-token", ns["alnum"](40) + "⟪csrf-token⟫")], status=302, text=""),
                   ]}}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


F("har/checkout-flow-2024-05-30.har", har)

# ------------------------------------------------------------------ Makefile / web servers / systemd / cron / compose
F("Makefile", """
SHELL := /bin/bash
APP   := platform
TAG   ?= $(shell git rev-parse --short HEAD)

.PHONY: build test dump-prod push

build:
\tdocker build -t registry.acme-internal.net/$(APP):$(TAG) .

test:
\tgo test ./... -race -count=1

dump-prod:
\tPGPASSWORD='⟨pw()⟩' pg_dump -h core-db.internal -U core_ro core > dumps/core-$$(date +%F).sql⟦password⟧

push:
\t@echo "$(REGISTRY_TOKEN)" | docker login registry.acme-internal.net -u ci --password-stdin⟪env-reference⟫
\tdocker push registry.acme-internal.net/$(APP):$(TAG)
""")

F("deploy/nginx/sites-available/partner-proxy.conf", """
upstream partner_backend {
    server partner-gw.acme-internal.net:8443;
    keepalive 16;
}

server {
    listen 443 ssl http2;
    server_name partner.acme-corp.net;

    ssl_certificate     /etc/nginx/tls/partner.crt;
    ssl_certificate_key /etc/nginx/tls/partner.key;
    ssl_protocols       TLSv1.2 TLSv1.3;

    location /api/ {
        proxy_pass https://partner_backend;
        proxy_set_header Authorization "Basic ⟨b64(('partner-sync:' + pw()).encode())⟩";⟦basic-auth-header|base64(user:password) in a static Authorization header⟧
        proxy_set_header X-Request-ID $request_id;
    }

    location /metrics {
        auth_basic "metrics";
        auth_basic_user_file /etc/nginx/htpasswd.metrics;
    }
}
""")

F("deploy/apache/legacy-portal.conf", """
<VirtualHost *:443>
    ServerName portal.acme-corp.net
    DocumentRoot /var/www/portal/public

    SSLEngine on
    SSLCertificateFile    /etc/ssl/certs/portal.crt
    SSLCertificateKeyFile /etc/ssl/private/portal.key

    SetEnv PORTAL_DB_USER portal
    SetEnv PORTAL_DB_PASSWORD ⟨pw()⟩⟦password⟧
    SetEnv PORTAL_SESSION_LIFETIME 1800

    ProxyPass        /reports/ http://reports:⟨pw_urlsafe()⟩@reporting.internal:8080/⟦basic-auth-password⟧
    ProxyPassReverse /reports/ http://reporting.internal:8080/

    <Directory /var/www/portal/public>
        AllowOverride All
        Require all granted
    </Directory>
</VirtualHost>
""")

F("deploy/systemd/postgres-exporter.service", """
[Unit]
Description=Prometheus PostgreSQL exporter
After=network-online.target

[Service]
User=prometheus
Environment=DATA_SOURCE_NAME=postgresql://exporter:⟨pw_urlsafe()⟩@localhost:5432/postgres?sslmode=disable⟦db-uri-password⟧
Environment=GOMAXPROCS=2
ExecStart=/usr/local/bin/postgres_exporter --web.listen-address=:9187
Restart=on-failure

[Install]
WantedBy=multi-user.target
""")

F("deploy/systemd/restic-backup.service", """
[Unit]
Description=restic backup of /srv
Wants=network-online.target

[Service]
Type=oneshot
Environment="RESTIC_REPOSITORY=s3:s3.eu-west-1.amazonaws.com/acme-backups/srv"
Environment="RESTIC_PASSWORD=⟨pw()⟩"⟦password⟧
EnvironmentFile=/etc/restic/aws.env⟪env-file-ref⟫
LoadCredential=restic-key:/etc/credstore/restic.key
ExecStart=/usr/bin/restic backup /srv --exclude-caches
Nice=10
""")

F("deploy/cron/ops.crontab", """
SHELL=/bin/bash
MAILTO=ops@acme-corp.net
# m h dom mon dow command
*/5 * * * * /usr/local/bin/healthcheck --quiet
15 2 * * * curl -fsS -u backup-bot:⟨pw_urlsafe()⟩ -X POST https://jenkins.acme-internal.net/job/nightly-backup/build⟦password⟧
30 2 * * * curl -fsS -m 10 --retry 5 https://hc-ping.com/⟨uuid()⟩ > /dev/null⟪healthcheck-uuid⟫
0 4 * * 0 /usr/sbin/logrotate -f /etc/logrotate.d/app
""")

F("docker-compose.override.yml", """
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_USER: acme
      POSTGRES_PASSWORD: ⟨pw()⟩⟦password⟧
    ports: ["5432:5432"]
  minio:
    image: minio/minio:RELEASE.2024-06-11T03-13-30Z
    command: server /data --console-address :9001
    environment:
      MINIO_ROOT_USER: acme-admin
      MINIO_ROOT_PASSWORD: ⟨pw()⟩⟦password⟧
  api:
    environment:
      DATABASE_URL: postgres://acme:${POSTGRES_PASSWORD:-}@db:5432/acme⟪templated-secret-ref⟫
      LOG_LEVEL: ${LOG_LEVEL:-debug}
""")

F("docker-compose.ci.yml", """
services:
  db:
    image: postgres:16.3
    environment:
      POSTGRES_HOST_AUTH_METHOD: trust
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD}⟪env-reference⟫
    tmpfs: [/var/lib/postgresql/data]
  redis:
    image: redis:7.2-alpine@sha256:⟨sha256()⟩
""")

# ------------------------------------------------------------------ markdown
F("docs/troubleshooting/gitlab-runner.md", """
# GitLab runner won't register

Symptoms: `ERROR: Verifying runner... is not valid` after the 16.x upgrade.

1. Check the runner config on the host:

   ```toml
   [[runners]]
     name = "shared-runner-7"
     url = "https://gitlab.acme-internal.net"
     token = "⟨glrt()⟩"⟦gitlab-runner-token⟧
     executor = "docker+machine"
   ```

2. The AWS credentials in the machine driver config should look like the docs,
   e.g. `AKIAIOSFODNN7EXAMPLE` / `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`.⟪documented-aws-example⟫

3. If the token was rotated, re-register with `gitlab-runner register --token $RUNNER_TOKEN`.
""")

F("docs/incidents/2024-02-slack-notifications.md", """
# 2024-02-07: alert notifications silently dropped

## Timeline (UTC)
- 09:12 deploy of notifier `⟨hex(7)⟩` ⟪short-sha⟫
- 09:40 on-call notices no alerts since 09:12

## Debugging notes
Reproduced with the on-call's own user token (rotated afterwards? **TODO confirm**):

```
curl -s -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer ⟨xoxp()⟩" \\⟦slack-user-token⟧
  -d channel=C0⟨alnum(8).upper()⟩ -d text=ping
```

The webhook in the notifier config was the old one:
`⟨slack_hook()⟩`⟦slack-webhook⟧

## Follow-ups
- move webhook URLs into Secrets Manager (`prod/notifier/slack`)
""")

F("docs/api/authentication.md", """
# Authenticating to the API

Send a JWT in the `Authorization` header. Tokens look like the jwt.io sample:

    eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c⟪documented-jwt-example⟫

For the payments sandbox use Stripe's documented test key `sk_test_4eC39HqLyjWDarjtT1zdp7dc`.⟪documented-stripe-example⟫

```bash
curl -H "Authorization: Bearer $ACME_TOKEN" https://api.acme-corp.net/v2/me
export OPENAI_API_KEY=sk-...⟪placeholder⟫
```

Password rules: at least 12 characters; `password` and `password_confirmation` must match.
""")

F("docs/onboarding.md", """
# Onboarding

1. Request access in #it-help; you will get an SSO invite.
2. Run `make bootstrap`; it writes `~/.aws/config` with SSO profiles (no static keys).
3. Copy `.env.sample` to `.env` and fill in `<REPLACE_ME>` values from 1Password (vault "Engineering").⟪placeholder⟫
4. Database: `DATABASE_URL=postgres://app:${DB_PASSWORD}@localhost:5432/app`⟪templated-secret-ref⟫

| Variable           | Where to get it                   |
|--------------------|-----------------------------------|
| `STRIPE_SECRET_KEY`| 1Password → Stripe (restricted)   |
| `GITHUB_TOKEN`     | `gh auth token`                   |
""")

F("docs/troubleshooting/npm-publish.md", """
# `npm publish` fails with E401

We hit this on the release runner on 2024-04-18. `npm whoami` worked locally, so I
copied the CI token into my shell to compare:

```
$ NPM_TOKEN=⟨npm()⟩ npm whoami --registry https://registry.npmjs.org⟦npm-token⟧
acme-release-bot
```

Turned out the runner's `.npmrc` pointed at the GitHub registry. Fixed in ⟨hex(40)⟩.⟪commit-sha⟫
""")

F("CHANGELOG.md", "# Changelog\n\n" + "".join(
    f"## {v} ({d})\n- {msg} (⟨hex(7)⟩)\n- bump deps (⟨hex(40)⟩)\n\n" for v, d, msg in [
        ("5.12.0", "2024-06-10", "checkout: retry idempotent captures"),
        ("5.11.2", "2024-05-28", "fix password reset email locale"),
        ("5.11.1", "2024-05-20", "rotate webhook signing secret handling"),
        ("5.11.0", "2024-05-06", "add API token scopes"),
    ]))

F("README.md", """
# acme platform monorepo

[![ci](https://github.com/acme-corp/platform/actions/workflows/ci.yml/badge.svg)](https://github.com/acme-corp/platform/actions)

Services, infrastructure and tooling for the Acme storefront.

- `services/` — backend services (Scala, Java, Python)
- `infra/`, `pulumi/`, `cloudformation/` — infrastructure as code
- `web/`, `ios/`, `android/` — clients

Secrets live in AWS Secrets Manager and Vault; never commit them. See `docs/onboarding.md`.
""")

# ------------------------------------------------------------------ ops tooling
F("ops/redis/sentinel.conf", """
port 26379
sentinel monitor mymaster 10.20.7.10 6379 2
sentinel auth-pass mymaster ⟨pw()⟩⟦password⟧
sentinel down-after-milliseconds mymaster 5000
sentinel failover-timeout mymaster 60000
requirepass ⟨pw()⟩⟦password⟧
""")

F("ops/rabbitmq/definitions.json", """
{
  "rabbit_version": "3.13.2",
  "users": [
    {
      "name": "events-admin",
      "password_hash": "⟨b64(t.r.token_bytes(36))⟩",⟪password-hash|salted SHA-256 hash, not a usable credential⟫
      "hashing_algorithm": "rabbit_password_hashing_sha256",
      "tags": ["administrator"]
    }
  ],
  "vhosts": [{ "name": "/events" }],
  "permissions": [{ "user": "events-admin", "vhost": "/events", "configure": ".*", "write": ".*", "read": ".*" }]
}
""")

F("ops/grafana/provisioning/datasources/datasources.yaml", """
apiVersion: 1
datasources:
  - name: Prometheus
    type: prometheus
    url: https://prometheus.acme-internal.net
    basicAuth: true
    basicAuthUser: grafana
    secureJsonData:
      basicAuthPassword: ⟨pw()⟩⟦password⟧
  - name: Loki
    type: loki
    url: https://loki.acme-internal.net
    secureJsonData:
      httpHeaderValue1: "Bearer $__env{LOKI_TOKEN}"⟪env-reference⟫
""")

F("ops/alertmanager/alertmanager.yml", """
global:
  resolve_timeout: 5m
  slack_api_url: '⟨slack_hook()⟩'⟦slack-webhook⟧

route:
  receiver: default
  routes:
    - matchers: [severity="page"]
      receiver: pagerduty

receivers:
  - name: default
    slack_configs:
      - channel: '#alerts'
  - name: pagerduty
    pagerduty_configs:
      - routing_key: ⟨pagerduty()⟩⟦pagerduty-integration-key⟧
  - name: opsgenie
    opsgenie_configs:
      - api_key_file: /etc/alertmanager/secrets/opsgenie⟪secret-file-ref⟫
""")

F("ops/prometheus/prometheus.yml", """
global:
  scrape_interval: 30s
scrape_configs:
  - job_name: node
    static_configs:
      - targets: ["10.20.1.11:9100", "10.20.1.12:9100"]
  - job_name: federate
    basic_auth:
      username: federate
      password_file: /etc/prometheus/secrets/federate⟪secret-file-ref⟫
    authorization:
      credentials_file: /var/run/secrets/kubernetes.io/serviceaccount/token
""")

F("ops/fluent-bit/fluent-bit.conf", """
[SERVICE]
    Flush        5
    Log_Level    info

[INPUT]
    Name   tail
    Path   /var/log/containers/*.log
    Tag    kube.*

[OUTPUT]
    Name            es
    Match           kube.*
    Host            logs.acme-internal.net
    Port            9243
    HTTP_User       fluentbit
    HTTP_Passwd     ⟨pw()⟩⟦password⟧
    tls             On

[OUTPUT]
    Name        datadog
    Match       kube.*
    Host        http-intake.logs.datadoghq.eu
    TLS         on
    apikey      ⟨dd_api()⟩⟦datadog-api-key⟧
""")

F("ops/logstash/pipeline/jdbc.conf", """
input {
  jdbc {
    jdbc_driver_class => "org.postgresql.Driver"
    jdbc_connection_string => "jdbc:postgresql://crm-db.internal:5432/crm"
    jdbc_user => "logstash"
    jdbc_password => "⟨pw()⟩"⟦password⟧
    schedule => "*/10 * * * *"
    statement => "SELECT * FROM tickets WHERE updated_at > :sql_last_value"
  }
}
output {
  elasticsearch {
    hosts => ["https://logs.acme-internal.net:9243"]
    user => "logstash_writer"
    password => "${ES_PWD}"⟪env-reference⟫
  }
}
""")

F("ops/vault/init-output.txt", """
Unseal Key 1: ⟨b64(t.r.token_bytes(33))⟩⟦vault-unseal-key⟧
Unseal Key 2: ⟨b64(t.r.token_bytes(33))⟩⟦vault-unseal-key⟧
Unseal Key 3: ⟨b64(t.r.token_bytes(33))⟩⟦vault-unseal-key⟧

Initial Root Token: ⟨vault_token(short=True)⟩⟦vault-token⟧

Vault initialized with 5 key shares and a key threshold of 3.
""")

F("ops/vault/policies/ledger.hcl", """
path "kv/data/prod/ledger/*" {
  capabilities = ["read"]
}
path "database/creds/ledger-rw" {
  capabilities = ["read"]
}
path "auth/token/renew-self" {
  capabilities = ["update"]
}
""")

F("ops/wireguard/wg0.conf", """
[Interface]
Address = 10.99.0.1/24
ListenPort = 51820
PrivateKey = ⟨wg_key()⟩⟦wireguard-private-key⟧

[Peer]
# laptop-ana
PublicKey = ⟨wg_key()⟩⟪wireguard-public-key⟫
AllowedIPs = 10.99.0.2/32

[Peer]
# laptop-raj
PublicKey = ⟨wg_key()⟩
PresharedKey = ⟨wg_key()⟩⟦wireguard-preshared-key⟧
AllowedIPs = 10.99.0.3/32
""")

F("ops/pgbouncer/userlist.txt", """
"pgbouncer_admin" "⟨pw()⟩"⟦password⟧
"ledger" "⟨pw()⟩"⟦password⟧
""")

F("ops/doppler/doppler.yaml", """
setup:
  - project: ledger
    config: prd
    token: ⟨doppler()⟩⟦doppler-token⟧
""")

# ------------------------------------------------------------------ certificates
F("certs/api.acme-internal.net.key", "⟨mark_first(pem(K['api_rsa'], 'trad'), 'private-key-rsa')⟩")
F("certs/api.acme-internal.net.crt", "⟨cert(K['api_rsa'], 'api.acme-internal.net', K['ca'], 'Acme Internal Root CA')⟩")
F("certs/acme-internal-root-ca.crt", "⟨cert(K['ca'], 'Acme Internal Root CA', ca=True)⟩")
F("certs/api.acme-internal.net.csr", "⟨csr(K['api_rsa'], 'api.acme-internal.net')⟩")
F("certs/jwt-verify.pub.pem", "⟨pub_pem(K['api_rsa'])⟩")
F("deploy/certs/ecdsa-staging.key", "⟨mark_first(pem(K['ec384'], 'trad'), 'private-key-ec')⟩")
F("deploy/certs/fullchain-staging.pem",
  "⟨cert(K['tls_k8s'], 'staging.acme-internal.net', K['ca'], 'Acme Internal Root CA')⟩"
  "⟨cert(K['ca'], 'Acme Internal Root CA', ca=True)⟩")

# ------------------------------------------------------------------ scripts
F("scripts/publish_pypi.sh", """
#!/usr/bin/env bash
set -euo pipefail
python -m build
sha256sum dist/*
twine upload --non-interactive -u __token__ -p ⟨pypi()⟩ dist/*⟦pypi-token⟧
""")

F("scripts/sync_models.py", """
\"\"\"Mirror the fine-tuned checkpoints to the Hub.\"\"\"
from huggingface_hub import HfApi

api = HfApi(token="⟨hf()⟩")⟦huggingface-token⟧

for rev in ("⟨hex(40)⟩", "⟨hex(40)⟩"):⟪commit-sha⟫
    api.upload_folder(folder_path=f"checkpoints/{rev}", repo_id="acme-corp/support-intent", revision="main")
""")

F("scripts/rotate_secret.sh", """
#!/usr/bin/env bash
# rotate the ledger DB password via Secrets Manager (nothing stored here)
set -euo pipefail
SECRET_ID="prod/ledger/db"
current=$(aws secretsmanager get-secret-value --secret-id "$SECRET_ID" --query SecretString --output text)⟪secrets-manager-ref⟫
new_pw=$(openssl rand -base64 32)
aws secretsmanager put-secret-value --secret-id "$SECRET_ID" --secret-string "{\\"password\\":\\"${new_pw}\\"}"
token=""
while :; do
  page=$(aws ssm describe-parameters ${token:+--next-token "$token"})
  token=$(jq -r '.NextToken // empty' <<<"$page")
  [ -z "$token" ] && break
done
""")

F("scripts/ssm-parameters-page.json", """
{
    "Parameters": [
        {
            "Name": "/ledger/prod/db-password",
            "Type": "SecureString",
            "KeyId": "alias/aws/ssm",
            "LastModifiedDate": "2024-04-02T10:11:12.345000+00:00",
            "Version": 7
        }
    ],
    "NextToken": "AAEAA⟨b64(t.r.token_bytes(180))⟩"⟪pagination-token⟫
}
""")

F("tools/repo-audit/main.go", """
package main

import (
	"context"
	"fmt"

	"github.com/google/go-github/v62/github"
)

const (
	auditToken  = "⟨ghp()⟩"⟦github-pat⟧
	pinnedBase  = "⟨hex(40)⟩"⟪commit-sha⟫
	requestUUID = "⟨uuid()⟩"
)

func main() {
	client := github.NewClient(nil).WithAuthToken(auditToken)
	repos, _, err := client.Repositories.ListByOrg(context.Background(), "acme-corp", nil)
	if err != nil {
		panic(err)
	}
	for _, r := range repos {
		fmt.Println(r.GetFullName(), pinnedBase, requestUUID)
	}
}
""")

F("tools/standup-bot/bot.py", """
import os
import uuid

from slack_sdk import WebClient

SLACK_TOKEN = "⟨xoxb()⟩"⟦slack-bot-token⟧
CHANNEL = os.environ.get("STANDUP_CHANNEL", "C0⟨alnum(8).upper()⟩")
RUN_ID = uuid.UUID("⟨uuid()⟩")⟪uuid⟫

client = WebClient(token=SLACK_TOKEN)
client.chat_postMessage(channel=CHANNEL, text=f"Stand-up time! run={RUN_ID}")
""")

F("data/fixtures/integration_tokens.yaml", """
# fixtures for the token-scrubber unit tests — all values are fake
github: ghp_000000000000000000000000000000000000⟪fake-fixture⟫
slack: xoxb-fake-token-for-tests
stripe: sk_live_dummy_value_do_not_use⟪fake-fixture⟫
aws_access_key_id: AKIAIOSFODNN7EXAMPLE⟪documented-aws-example⟫
aws_secret_access_key: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
password: test123
api_key: "${API_KEY}"
""")

F("data/seed/users.csv", "id,email,display_name,password_hash,created_at\n" + "".join(
    f"⟨uuid()⟩,user{i}@acme-corp.net,User {i},$argon2id$v=19$m=65536,t=3,p=4$⟨b64(t.r.token_bytes(16)).rstrip('=')⟩$⟨b64(t.r.token_bytes(32)).rstrip('=')⟩,2024-0{1 + i % 9}-1{i % 10}\n"
    for i in range(12)))

F(".pre-commit-config.yaml", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: ⟨hex(40)⟩  # frozen: v4.6.0⟪commit-sha⟫
    hooks:
      - id: check-yaml
      - id: detect-private-key
  - repo: https://github.com/astral-sh/ruff-pre-commit
    rev: ⟨hex(40)⟩  # frozen: v0.4.8
    hooks:
      - id: ruff
""")

F(".devcontainer/devcontainer.json", """
{
  "name": "platform",
  "image": "mcr.microsoft.com/devcontainers/python:3.12@sha256:⟨sha256()⟩",
  "features": { "ghcr.io/devcontainers/features/node:1": { "version": "20" } },
  "remoteEnv": { "GITHUB_TOKEN": "${localEnv:GITHUB_TOKEN}" },⟪env-reference⟫
  "postCreateCommand": "make bootstrap"
}
""")


# ------------------------------------------------------------------ generated assets
def minified_js(ns):
    t, h, u = ns["t"], ns["hex"], ns["uuid"]
    parts = ["/*! storefront v5.12.0 | (c) Acme */"]
    parts.append('!function(){"use strict";var e={' + ",".join(
        f'{i}:function(t,n,r){{r.d(n,{{a:function(){{return o}}}});var o="{h(8)}"}}' for i in range(40)) + "};")
    parts.append('var fb={apiKey:"' + ns["aiza"]() + '",authDomain:"acme-shop-prod.firebaseapp.com",projectId:"acme-shop-prod"};⟪firebase-client-api-key⟫')
    parts.append('var st="' + ns["stripe"]("pk_live_") + '";')
    parts.append("var ids=[" + ",".join(f'"{u()}"' for _ in range(30)) + "];")
    parts.append('var sri="sha384-' + ns["b64"](t.r.token_bytes(48)) + '";')
    parts.append('var ico="data:image/png;base64,' + ns["b64"](b"\x89PNG\r\n\x1a\n" + t.r.token_bytes(3000)) + '";')
    parts.append("var t=" + json.dumps({f"k{i}": h(24) for i in range(60)}) + ";")
    parts.append('function n(e){return e.replace(/[A-Za-z0-9+\\/]{40}/g,"***")}window.__acme={fb:fb,st:st,ids:ids,sri:sri,ico:ico,t:t,n:n}}();')
    return "".join(parts) + "\n"


F("web/public/static/js/app.4f9c2b.min.js", minified_js)


def fonts_css(ns):
    return ("@font-face{font-family:\"Acme Sans\";font-display:swap;src:url(data:font/woff2;base64,"
            + ns["b64"](b"wOF2" + ns["t"].r.token_bytes(9000)) + ") format(\"woff2\")}⟪base64-font⟫\n"
            "body{font-family:\"Acme Sans\",system-ui,sans-serif}\n")


F("web/src/assets/fonts.css", fonts_css)


def package_lock(ns):
    pk = {"": {"name": "@acme-corp/storefront-web", "version": "5.12.0"}}
    for n, v in [("react", "18.3.1"), ("react-dom", "18.3.1"), ("scheduler", "0.23.2"),
                 ("loose-envify", "1.4.0"), ("js-tokens", "4.0.0"), ("firebase", "10.12.2"),
                 ("vite", "5.2.13"), ("esbuild", "0.20.2"), ("rollup", "4.18.0"), ("postcss", "8.4.38"),
                 ("nanoid", "3.3.7"), ("picocolors", "1.0.1"), ("source-map-js", "1.2.0")]:
        pk[f"node_modules/{n}"] = {"version": v, "resolved": f"https://registry.npmjs.org/{n}/-/{n}-{v}.tgz",
                                   "integrity": "sha512-" + ns["b64"](ns["t"].r.token_bytes(64)),
                                   "license": "MIT"}
    return json.dumps({"name": "@acme-corp/storefront-web", "version": "5.12.0", "lockfileVersion": 3,
                       "requires": True, "packages": pk}, indent=2) + "\n"


F("web/package-lock.json", package_lock)


def cargo_lock(ns):
    out = ["# This file is automatically @generated by Cargo.\n# It is not intended for manual editing.\nversion = 3\n"]
    for n, v in [("anyhow", "1.0.86"), ("bytes", "1.6.0"), ("serde", "1.0.203"), ("serde_json", "1.0.117"),
                 ("sqlx", "0.7.4"), ("tokio", "1.38.0"), ("tracing", "0.1.40"), ("secrecy", "0.8.0"),
                 ("reqwest", "0.12.4"), ("aws-sdk-s3", "1.36.0")]:
        out.append(f'\n[[package]]\nname = "{n}"\nversion = "{v}"\n'
                   f'source = "registry+https://github.com/rust-lang/crates.io-index"\n'
                   f'checksum = "{ns["sha256"]()}"\n')
    return "".join(out)


F("crates/ingest/Cargo.lock", cargo_lock)
