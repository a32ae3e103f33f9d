"""fresh32 templates, clean files (Talusridge Mountain Resorts): infrastructure, code and documents with no
credential and no decoy, so that a finding in them is a false positive.
Markers: render.py and README.md (none here)."""

AREAS = (("cndr", "Cinder Peak"), ("hlwb", "Hollow Basin"), ("lrks", "Larkspur Bowl"), ("ptrm", "Ptarmigan Ridge"))

FILES = [
    ("infra/cfn/alarms-lift-status.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudWatch alarms for the lift-status API
Resources:
  Api5xx:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: lift-status-5xx
      Namespace: AWS/ApplicationELB
      MetricName: HTTPCode_Target_5XX_Count
      Statistic: Sum
      Period: 60
      EvaluationPeriods: 5
      Threshold: 10
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!ImportValue ops-alerts-topic]
"""),
    ("infra/cfn/s3-webcam-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub trmr-webcam-archive-${AWS::AccountId}
      LifecycleConfiguration:
        Rules:
          - Id: glacier-after-30
            Status: Enabled
            Transitions: [{StorageClass: GLACIER_IR, TransitionInDays: 30}]
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
"""),
    ("infra/cfn/vpc-mountain-ops.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Cidr: {Type: String, Default: 10.60.0.0/16}
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: {CidrBlock: !Ref Cidr, EnableDnsHostnames: true}
  PrivateA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
      CidrBlock: !Select [0, !Cidr [!Ref Cidr, 4, 12]]
      AvailabilityZone: !Select [0, !GetAZs '']
Outputs:
  VpcId: {Value: !Ref Vpc, Export: {Name: mtn-ops-vpc}}
"""),
    ("infra/terraform/outputs.tf", r"""
output "gate_events_table" {
  value = aws_dynamodb_table.gate_events.name
}

output "webcam_bucket" {
  value = aws_s3_bucket.webcams.bucket
}
"""),
    ("infra/terraform/s3-lake.tf", r"""
resource "aws_s3_bucket" "lake" {
  bucket = "trmr-lake-392760184453"
}

resource "aws_s3_bucket_server_side_encryption_configuration" "lake" {
  bucket = aws_s3_bucket.lake.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms"
    }
  }
}
"""),
    ("infra/terraform/versions.tf", r"""
terraform {
  required_providers {
    aws       = { source = "hashicorp/aws", version = "~> 5.40" }
    datadog   = { source = "DataDog/datadog", version = "~> 3.38" }
    snowflake = { source = "Snowflake-Labs/snowflake", version = "~> 0.87" }
  }
}
"""),
    ("infra/sam/patrol-dispatch/src/index.js", r"""
exports.handler = async (event) => {
  const msg = JSON.parse(event.body || '{}');
  const text = `[${msg.area}] ${msg.from}: ${msg.text}`;
  console.log(JSON.stringify({ level: 'info', text }));
  return { statusCode: 202, body: '' };
};
"""),
    ("deploy/k8s/switchback/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: switchback-api
  namespace: commerce
spec:
  selector: {app: switchback-api}
  ports:
    - port: 80
      targetPort: 8080
"""),
    ("deploy/k8s/switchback/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: switchback-api
  namespace: commerce
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: switchback-api}
  minReplicas: 3
  maxReplicas: 30
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
"""),
    ("deploy/helm/gates/Chart.yaml", r"""
apiVersion: v2
name: gate-bridge
description: firnline RFID gate bridge, one release per ski area
version: 4.1.0
appVersion: "4.1.0"
"""),
    ("deploy/helm/gates/templates/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gate-bridge-{{ .Values.area }}
spec:
  replicas: 2
  selector:
    matchLabels: {app: gate-bridge, area: "{{ .Values.area }}"}
  template:
    metadata:
      labels: {app: gate-bridge, area: "{{ .Values.area }}"}
    spec:
      containers:
        - name: bridge
          image: "{{ .Values.image.repository }}@sha256:{{ .Values.image.digest }}"
          ports: [{containerPort: 8080}]
"""),
    ("deploy/docker/lift-status/Dockerfile", r"""
FROM golang:1.22 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/lift-status ./cmd/status

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/lift-status /lift-status
USER nonroot
ENTRYPOINT ["/lift-status"]
"""),
    (".github/workflows/lint.yml", r"""
name: lint
on: [pull_request]
jobs:
  lint:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: '3.12'}
      - run: pip install ruff && ruff check .
"""),
    (".github/dependabot.yml", r"""
version: 2
updates:
  - package-ecosystem: npm
    directory: /apps/switchback-web
    schedule: {interval: weekly}
  - package-ecosystem: gomod
    directory: /apps/lift-status
    schedule: {interval: weekly}
"""),
    ("ansible/roles/weather/templates/weewx.conf.j2", r"""
[Station]
    location = "{{ station_location }}"
    altitude = {{ station_altitude }}, meter
    station_type = {{ station_type }}
"""),
    ("ansible/site.yml", r"""
- hosts: weather
  become: true
  roles: [weather]
- hosts: lodging_windows
  roles: [salto_bridge]
"""),
    ("apps/switchback-web/next.config.js", r"""
/** @type {import('next').NextConfig} */
module.exports = {
  reactStrictMode: true,
  images: { remotePatterns: [{ protocol: 'https', hostname: 'cdn.talusridge.com' }] },
  async redirects() {
    return [{ source: '/epic-alternative', destination: '/passes', permanent: true }];
  },
};
"""),
    ("apps/switchback-web/src/lib/price.ts", r"""
export type PassTier = 'full' | 'weekday' | 'college' | 'child' | 'senior';

export function renewalPrice(base: number, tier: PassTier, renewedBy: Date): number {
  const early = renewedBy < new Date('2026-04-30T23:59:59-06:00');
  const factor = { full: 1, weekday: 0.72, college: 0.55, child: 0.4, senior: 0.5 }[tier];
  return Math.round(base * factor * (early ? 0.9 : 1));
}
"""),
    ("apps/lift-status/internal/lift/state.go", r"""
package lift

type State int

const (
	Stopped State = iota
	Running
	WindHold
	Maintenance
)

func (s State) String() string {
	return [...]string{"STOPPED", "RUNNING", "WIND_HOLD", "MAINTENANCE"}[s]
}
"""),
    ("apps/skischool/lessons/models.py", r"""
from django.db import models


class Lesson(models.Model):
    KINDS = [("private", "Private"), ("group", "Group"), ("adaptive", "Adaptive"), ("race", "Race program")]
    kind = models.CharField(max_length=16, choices=KINDS)
    area = models.CharField(max_length=4)
    starts_at = models.DateTimeField()
    instructor = models.ForeignKey("instructors.Instructor", on_delete=models.PROTECT)
    max_students = models.PositiveSmallIntegerField(default=6)
"""),
    ("apps/gate-bridge/src/main.rs", r"""
mod config;

fn main() {
    env_logger::init();
    let cfg = config::load("/etc/gate-bridge/dci.toml").unwrap_or(config::FALLBACK);
    log::info!("gate bridge starting, dci={}", cfg.url);
}
"""),
    ("apps/patrol-app/README.md", r"""
# Patrol app

Android app for ski patrol: incident reports, toboggan dispatch, avalanche control logs, and the
hazard map. Builds in CI; release builds are signed by the Play upload key (see the mobile runbook).
"""),
    ("data/dbt/models/marts/lift_utilization.sql", r"""
select
    l.area,
    l.lift_code,
    date_trunc('hour', s.scanned_at) as hour,
    count(*) as rides,
    count(distinct s.media_id) as riders
from {{ ref('stg_scans') }} s
join {{ ref('dim_lifts') }} l using (gate_id)
group by 1, 2, 3
"""),
    ("data/dbt/dbt_project.yml", r"""
name: ridgeline
version: '1.0.0'
profile: ridgeline
model-paths: [models]
models:
  ridgeline:
    marts:
      +materialized: table
"""),
    ("docs/architecture/overview.md", r"""
# Talusridge platform overview

Guests buy passes on switchback (passes.talusridge.com). Passes are written to Axess/Skidata media at
the ticket offices and scanned at the RFID gates; scans flow through firnline to Kinesis and the
ridgeline lake. Lodging runs on RTP|ONE with Inntopia for packages; door locks are Salto (Summit Lodge)
and dormakaba Ambiance (Basin Inn). Lifts are controlled locally by their PLCs; we only read status.
"""),
    ("docs/adr/0007-gate-offline-whitelist.md", r"""
# ADR 7: gates keep a 36-hour offline whitelist

Status: accepted (2025-09)

Gates must open for valid passes when the base lodge loses its uplink. Each gate controller keeps a
whitelist of media ids valid for the next 36 hours, refreshed every 10 minutes when online.
"""),
    ("docs/runbooks/RB-03-wind-hold.md", r"""
# RB-03 Wind hold announcements

1. Lift ops sets the lift to WIND_HOLD on the HMI; lift-status publishes within 30 s.
2. Guest services posts the hold on the app banner (Contentful entry `banner-wind`).
3. When the lift resumes, clear the banner. Never estimate reopening times on social media.
"""),
    ("docs/wiki/Snowmaking-Targets.md", r"""
# Snowmaking targets 2026/27

| Area | Trails | Target open | Wet bulb start |
|---|---|---|---|
| CNDR | Lower Ember, Summit Run | Nov 21 | -2.5 C |
| HLWB | Basin Loop | Nov 28 | -2.0 C |
| LRKS | Larkspur Lane | Dec 5 | -2.5 C |
| PTRM | none (natural only) | - | - |
"""),
    ("ot/lifts/README.md", r"""
# Lift and ropeway documentation

Per area and lift: the integrator's TIA Portal exports, wiring diagrams, annual inspection reports
(ANSI B77.1) and the rope NDT reports. Passwords do not go in this folder; use the OT password vault.
"""),
    ("ot/weather/station-list.csv", r"""
area,station,type,elevation_m,lat,lon
cndr,summit,CR1000X,3410,39.61234,-106.39012
cndr,base,WLL,2790,39.60011,-106.37760
hlwb,top,Vantage Pro2,3290,39.55120,-106.30544
lrks,c2-top,WLL,3180,39.48822,-106.28110
"""),
    ("ot/radio/channel-plan.md", r"""
# Radio channel plan (public summary)

P1-P4 patrol (digital, encrypted), L1-L3 lift ops, G1 grooming, S1 snowmaking, E1 events (analog).
Mutual-aid channels with county SAR are programmed in zone MA (analog, no privacy).
"""),
    ("scripts/make_trail_report.py", r"""
import csv
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
open_trails = [r["trail"] for r in rows if r["status"] == "open"]
print(f"{len(open_trails)} of {len(rows)} trails open")
"""),
    ("Makefile", r"""
.PHONY: lint test build
lint:
	ruff check . && npm --prefix apps/switchback-web run lint
test:
	pytest -q apps/skischool
build:
	docker build -t lift-status apps/lift-status
"""),
]

for code, name in AREAS:
    FILES.append((f"deploy/k8s/areas/{code}/namespace.yaml", f"""
apiVersion: v1
kind: Namespace
metadata:
  name: ot-{code}
  labels:
    trmr.io/area: {code}
    trmr.io/area-name: "{name.replace(' ', '-').lower()}"
"""))
    FILES.append((f"infra/cfn/areas/{code}-dashboards.yaml", f"""
AWSTemplateFormatVersion: '2010-09-09'
Description: {name} operations dashboard (lifts, gates, snowmaking)
Resources:
  Dashboard:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardName: trmr-{code}-ops
      DashboardBody: !Sub '{{"widgets":[{{"type":"metric","properties":{{"metrics":[["TRMR/Lifts","Riders","Area","{code}"]],"region":"${{AWS::Region}}"}}}}]}}'
"""))
    FILES.append((f"ot/lifts/{code}/lift-inventory.yaml", f"""
area: {code}
name: {name}
lifts:
  - code: {code.upper()}-1
    type: detachable quad
    manufacturer: Doppelmayr
    year: {2000 + len(name)}
  - code: {code.upper()}-2
    type: fixed-grip triple
    manufacturer: Leitner-Poma
    year: {1990 + len(name)}
"""))
