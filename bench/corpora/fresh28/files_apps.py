"""fresh28 templates, one stack per city application (City of Merrow Bay): a CloudFormation stack, a Kubernetes
manifest, an ECS task definition and an application .env for each of twenty line-of-business systems. Which
of them hold a literal secret and which keep it by reference varies by system, as it does in a real estate.
Markers: render.py and README.md."""

# slug, description, engine, vendor key name, value fn, account, GovCloud?
APPS = [
    ("permitline", "building permits and inspections (Accela-style portal)", "postgres", "ACCELA_APP_SECRET", "b62:32", "118204937561", False),
    ("civicdesk311", "311 citizen requests (web, app, phone)", "postgres", "SALESFORCE_CLIENT_SECRET", "uhex:64", "118204937561", False),
    ("taxroll", "property tax billing and assessment roll", "sqlserver", "PAYMENTUS_API_KEY", "hex:40", "118204937561", False),
    ("aquabill", "utility billing (water, sewer, stormwater)", "oracle", "INVOICECLOUD_API_KEY", "b62:40", "118204937561", False),
    ("bluewire-cad", "police computer-aided dispatch (CJIS)", "sqlserver", "RAPIDSOS_CLIENT_SECRET", "b62:48", "302915746208", True),
    ("casefile-rms", "police records management (CJIS)", "postgres", "NLETS_GATEWAY_KEY", "uhex:32", "302915746208", True),
    ("emberlog", "fire and EMS patient care reports", "postgres", "ESO_API_TOKEN", "b62:36", "302915746208", True),
    ("docketline", "municipal court case management and e-payments", "sqlserver", "TYLER_PAY_SECRET", "b62:44", "118204937561", False),
    ("shelfmark", "library ILS, patron accounts and self-checkout", "mysql", "OVERDRIVE_CLIENT_SECRET", "b62:32", "118204937561", False),
    ("parkpass", "parks facility and shelter reservations", "mysql", "ACTIVENET_API_KEY", "lo:30", "118204937561", False),
    ("greenwave", "traffic signal management and detection", "postgres", "MIOVISION_API_KEY", "b62:40", "540387129465", False),
    ("meterline", "parking meters, permits and citations", "postgres", "PASSPORT_API_SECRET", "hex:48", "540387129465", False),
    ("tidewater-hist", "water/wastewater SCADA historian replica", "sqlserver", "AQUATICS_REPORTING_KEY", "b62:32", "540387129465", True),
    ("atlasgis", "GIS portal, parcel and address services", "postgres", "ESRI_CLIENT_SECRET", "hex:32", "118204937561", False),
    ("ballotbox", "elections support - poll worker scheduling and results publishing", "postgres", "SENDGRID_KEY", "sg:x", "118204937561", False),
    ("paystub", "HR and payroll integration hub", "oracle", "ADP_CLIENT_SECRET", "b62:36", "118204937561", False),
    ("harborlake", "data platform ingest (Glue, Athena, Redshift)", "redshift", "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE", "pwx:x", "667102384951", False),
    ("fleetyard", "fleet maintenance and fuel", "mysql", "SAMSARA_API_TOKEN", "samsara:x", "118204937561", False),
    ("codewatch", "code enforcement and nuisance cases", "postgres", "TWILIO_AUTH_TOKEN", "hex:32", "118204937561", False),
    ("strayline", "animal services shelter and licensing", "mysql", "PETPOINT_API_KEY", "uuid:x", "118204937561", False),
]

ENG = {"postgres": ("aurora-postgresql", "15.6", "postgresql", 5432), "sqlserver": ("sqlserver-se", "16.00", "sqlserver", 1433),
       "oracle": ("oracle-se2", "19", "oracle", 1521), "mysql": ("aurora-mysql", "8.0.mysql_aurora.3.06.0", "mysql", 3306),
       "redshift": ("redshift", "1.0", "redshift", 5439)}
PWF = ("pw", "pwcity", "pwn", "pwx", "pwr", "pwl", "pwp")


def _pwfn(i: int) -> str:
    return PWF[i % len(PWF)]


def _cfn(i, slug, desc, eng, vkey, vfn, acct, gov):
    engine, ver, _, port = ENG[eng]
    region = "us-gov-west-1" if gov else "us-west-2"
    part = "aws-us-gov" if gov else "aws"
    lines = [
        "AWSTemplateFormatVersion: '2010-09-09'",
        f"Description: {slug} - {desc}, owned by City of Merrow Bay IT (Enterprise Applications)",
        "Parameters:",
        "  Env:",
        "    Type: String",
        "    AllowedValues: [prod, stage]",
    ]
    mode = i % 4
    if mode == 2:
        lines += ["  DbMasterPassword:", "    Type: String", "    NoEcho: true", "    MinLength: 12"]
    if mode == 3:
        lines += ["  DbMasterPassword:", "    Type: String", "    NoEcho: true",
                  f"    Default: «{_pwfn(i)}:{slug}-db»  ⟦password|NoEcho parameter with a literal Default⟧"]
    lines += ["Resources:"]
    if eng == "redshift":
        lines += ["  Warehouse:", "    Type: AWS::Redshift::Cluster", "    Properties:",
                  "      ClusterType: multi-node", "      NodeType: ra3.xlplus", "      NumberOfNodes: 2",
                  "      DBName: harbor", "      MasterUsername: hl_admin"]
    else:
        lines += ["  AppDb:", "    Type: AWS::RDS::DBInstance" if eng in ("sqlserver", "oracle") else "    Type: AWS::RDS::DBCluster",
                  "    Properties:", f"      Engine: {engine}", f"      EngineVersion: '{ver}'",
                  f"      MasterUsername: {slug.replace('-', '_')[:12]}_adm"]
    if mode == 0:
        lines.append(f"      MasterUserPassword: «{_pwfn(i)}:{slug}-db»  ⟦password|literal master password in a stack⟧")
    elif mode == 1:
        lines.append(f"      MasterUserPassword: '{{{{resolve:secretsmanager:{slug}/{{{{Env}}}}/db:SecretString:password}}}}'  ⟪dynamic reference⟫".replace("{{Env}}", "prod"))
    else:
        lines.append("      MasterUserPassword: !Ref DbMasterPassword")
    lines += ["      StorageEncrypted: true",
              f"      KmsKeyId: arn:{part}:kms:{region}:{acct}:key/«uuid:kms-{slug}»  ⟪KMS key ARN⟫",
              "      Tags:", "        - Key: department", f"          Value: {slug}",
              "        - Key: data-class", "          Value: " + ("cjis" if gov else "internal")]
    lines += ["  SyncFunction:", "    Type: AWS::Lambda::Function", "    Properties:",
              f"      FunctionName: !Sub {slug}-vendor-sync-${{Env}}", "      Runtime: python3.12",
              "      Handler: sync.handler", f"      Role: !Sub arn:{part}:iam::{acct}:role/{slug}-sync",
              "      Code:", f"        S3Bucket: cmb-artifacts-{acct}", f"        S3Key: {slug}/sync.zip",
              "      Environment:", "        Variables:", f"          LOG_LEVEL: INFO"]
    if i % 2 == 0:
        lines.append(f"          {vkey}: «{vfn.replace(':x', ':' + slug) if vfn.endswith(':x') else vfn + '-' + slug}»  ⟦app-secret|vendor secret in Lambda env⟧")
    else:
        lines.append(f"          {vkey}_ARN: arn:{part}:secretsmanager:{region}:{acct}:secret:{slug}/vendor-«b62:6-{slug}sm»  ⟪Secrets Manager ARN⟫")
    if i % 5 == 1:
        lines.append(f"          VENDOR_BASE_URL: https://api.vendor-{slug}.com/v2")
    lines += ["Outputs:", "  DbEndpoint:", "    Value: !GetAtt " + ("Warehouse.Endpoint.Address" if eng == "redshift" else "AppDb.Endpoint.Address")]
    return (f"infra/cfn/apps/{slug}.yaml", "\n".join(lines) + "\n")


def _k8s(i, slug, desc, eng, vkey, vfn, acct, gov):
    _, _, scheme, port = ENG[eng]
    host = f"{slug}-db.cluster-c{['h3k', 'q8w', 'z2m', 'v6p'][i % 4]}x1lmb.us-west-2.rds.amazonaws.com"
    if i % 3 == 0:
        text = f"""apiVersion: v1
kind: Secret
metadata:
  name: {slug}-db
  namespace: {slug}
  labels:
    app.kubernetes.io/part-of: {slug}
type: Opaque
data:
  DB_HOST: «b64:lit:{host}»  ⟪base64 of a host name⟫
  DB_USER: «b64:lit:{slug.replace('-', '_')}_app»
  DB_PASSWORD: «b64:{_pwfn(i + 1)}:{slug}-app»  ⟦password|base64 password in a Secret data block⟧
"""
    elif i % 3 == 1:
        text = f"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: {slug}-api
  namespace: {slug}
spec:
  replicas: 2
  selector:
    matchLabels: {{app: {slug}-api}}
  template:
    metadata:
      labels: {{app: {slug}-api}}
    spec:
      serviceAccountName: {slug}-api
      containers:
        - name: api
          image: {acct}.dkr.ecr.us-west-2.amazonaws.com/{slug}-api@sha256:«sha256:img-{slug}»  ⟪image digest⟫
          ports: [{{containerPort: 8080}}]
          env:
            - name: DB_HOST
              value: {host}
            - name: DB_PASSWORD
              valueFrom:
                secretKeyRef: {{name: {slug}-db, key: password}}  ⟪secretKeyRef⟫
            - name: {vkey}
              valueFrom:
                secretKeyRef: {{name: {slug}-vendor, key: token}}
"""
    else:
        text = f"""apiVersion: v1
kind: Secret
metadata:
  name: {slug}-app
  namespace: {slug}
type: Opaque
stringData:
  DATABASE_URL: {scheme}://{slug.replace('-', '_')}_app:«pct:{_pwfn(i + 2)}:{slug}-app»@{host}:{port}/{slug.replace('-', '_')}  ⟦conn-string|database URL with password in stringData⟧
  SESSION_SECRET: «hex:64-{slug}sess»  ⟦app-secret|session signing secret⟧
  SUPPORT_EMAIL: it-apps@merrowbay.gov
"""
    return (f"deploy/k8s/{slug}/{'secret' if i % 3 != 1 else 'deployment'}.yaml", text)


def _ecs(i, slug, desc, eng, vkey, vfn, acct, gov):
    region = "us-gov-west-1" if gov else "us-west-2"
    part = "aws-us-gov" if gov else "aws"
    env = [f'        {{"name": "APP_ENV", "value": "prod"}},',
           f'        {{"name": "AWS_REGION", "value": "{region}"}},']
    secrets = []
    if i % 4 == 0:
        env.append(f'        {{"name": "DB_PASSWORD", "value": "«{_pwfn(i + 1)}:{slug}-app»"}},  ⟦password|ECS environment password⟧')
    else:
        secrets.append(f'        {{"name": "DB_PASSWORD", "valueFrom": "arn:{part}:secretsmanager:{region}:{acct}:secret:{slug}/app-«b62:6-{slug}ecs»:password::"}}  ⟪ValueFrom reference⟫')
    if i % 4 == 1:
        env.append(f'        {{"name": "SMTP_USERNAME", "value": "«akid:ses-{slug}»"}},  ⟦aws-key-id|SES SMTP user in task env⟧')
        env.append(f'        {{"name": "SMTP_PASSWORD", "value": "«sesv4:ses-{slug}»"}},  ⟦aws-ses-smtp|SES SMTP password in task env⟧')
    if i % 4 == 3:
        env.append(f'        {{"name": "AWS_ACCESS_KEY_ID", "value": "«akid:ecs-{slug}»"}},  ⟦aws-key-id|static key in task env⟧')
        env.append(f'        {{"name": "AWS_SECRET_ACCESS_KEY", "value": "«awssec:ecs-{slug}»"}},  ⟦aws-secret|static secret in task env⟧')
    env.append('        {"name": "LOG_FORMAT", "value": "json"}')
    body = "\n".join(env)
    sec = ""
    if secrets:
        sec = ',\n      "secrets": [\n' + "\n".join(secrets) + "\n      ]"
    text = f"""{{
  "family": "{slug}-worker",
  "networkMode": "awsvpc",
  "requiresCompatibilities": ["FARGATE"],
  "cpu": "512",
  "memory": "1024",
  "executionRoleArn": "arn:{part}:iam::{acct}:role/{slug}-ecs-exec",
  "taskRoleArn": "arn:{part}:iam::{acct}:role/{slug}-worker",
  "containerDefinitions": [
    {{
      "name": "worker",
      "image": "{acct}.dkr.ecr.{region}.amazonaws.com/{slug}-worker:2026.11.{i + 3}",
      "essential": true,
      "environment": [
{body}
      ]{sec},
      "logConfiguration": {{
        "logDriver": "awslogs",
        "options": {{"awslogs-group": "/ecs/{slug}", "awslogs-region": "{region}", "awslogs-stream-prefix": "worker"}}
      }}
    }}
  ]
}}
"""
    return (f"infra/ecs/{slug}-worker.json", text)


def _dotenv(i, slug, desc, eng, vkey, vfn, acct, gov):
    _, _, scheme, port = ENG[eng]
    u = slug.replace("-", "_")
    lines = [f"# {slug} - {desc}", f"APP_NAME={slug}", "APP_ENV=production", f"APP_URL=https://{slug}.merrowbay.gov"]
    if i % 2 == 1:
        lines.append(f"DB_CONNECTION={scheme}")
        lines.append(f"DB_HOST={slug}-db.internal.merrowbay.gov")
        lines.append(f"DB_PORT={port}")
        lines.append(f"DB_USERNAME={u}_app")
        lines.append(f"DB_PASSWORD=«{_pwfn(i + 3)}:{slug}-env»  ⟦password|.env database password⟧")
    else:
        lines.append(f"DB_SECRET_ID={slug}/prod/app  ⟪secret name⟫")
    if i % 3 == 0:
        lines.append(f"{vkey}=«{vfn.replace(':x', ':env' + slug) if vfn.endswith(':x') else vfn + '-env' + slug}»  ⟦app-secret|vendor key in .env⟧")
    if i % 5 == 2:
        lines.append(f"JWT_SECRET=«b64k:48-{slug}jwt»  ⟦app-secret|JWT signing secret⟧")
    if i % 5 == 4:
        lines.append(f"SENTRY_DSN=«sentrynew:{slug}»  ⟪modern Sentry DSN, public⟫")
    lines.append("MAIL_FROM=noreply@merrowbay.gov")
    lines.append("TZ=America/Los_Angeles")
    return (f"apps/{slug}/.env.production", "\n".join(lines) + "\n")


FILES = []
for _i, _a in enumerate(APPS):
    FILES.append(_cfn(_i, *_a))
    FILES.append(_k8s(_i, *_a))
    FILES.append(_ecs(_i, *_a))
    FILES.append(_dotenv(_i, *_a))
