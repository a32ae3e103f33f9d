"""fresh36 templates, clean files (Thornbury Rovers FC): deployment files, code, documents and exports that carry
no credential and no deliberate decoy (no label, no decoy). Markers: render.py and README.md."""

FILES = [
    ("infra/terraform/vpc.tf", r"""
module "vpc" {
  source  = "terraform-aws-modules/vpc/aws"
  version = "5.8.1"
  name    = "stadium"
  cidr    = "10.40.0.0/16"
  azs             = ["eu-west-2a", "eu-west-2b", "eu-west-2c"]
  private_subnets = ["10.40.1.0/24", "10.40.2.0/24", "10.40.3.0/24"]
  public_subnets  = ["10.40.101.0/24", "10.40.102.0/24", "10.40.103.0/24"]
  enable_nat_gateway = true
  single_nat_gateway = false
}
"""),
    ("infra/terraform/outputs.tf", r"""
output "vpc_id" {
  value = module.vpc.vpc_id
}

output "private_subnets" {
  value = module.vpc.private_subnets
}
"""),
    ("infra/terraform/s3-turnstile-scans.tf", r"""
resource "aws_s3_bucket" "scans" {
  bucket = "trfc-turnstile-scans-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_lifecycle_configuration" "scans" {
  bucket = aws_s3_bucket.scans.id
  rule {
    id     = "expire-after-two-seasons"
    status = "Enabled"
    expiration { days = 730 }
  }
}

data "aws_caller_identity" "current" {}
"""),
    ("infra/terraform/cloudwatch-matchday.tf", r"""
resource "aws_cloudwatch_metric_alarm" "gate_rejects" {
  alarm_name          = "gatehouse-reject-rate"
  namespace           = "Gatehouse"
  metric_name         = "ScanRejected"
  statistic           = "Sum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 200
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.matchday.arn]
}

resource "aws_sns_topic" "matchday" {
  name = "matchday-alerts"
}
"""),
    ("infra/terraform/modules/wifi/variables.tf", r"""
variable "broadcast_psk" {
  type      = string
  sensitive = true
}

variable "ssids" {
  type    = list(string)
  default = ["TRFC-STAFF", "TRFC-PRESS", "TRFC-BROADCAST", "TRFC-HOSPITALITY"]
}
"""),
    ("infra/cfn/cloudwatch-dashboard.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: match-day dashboard (ingress per stand, scan latency, app sessions)
Resources:
  MatchdayDashboard:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardName: matchday
      DashboardBody: !Sub |
        {"widgets":[{"type":"metric","properties":{"metrics":[["Gatehouse","ScanAccepted","Stand","Ironworks"],
        ["Gatehouse","ScanAccepted","Stand","Kestrel End"],["Gatehouse","ScanAccepted","Stand","Riverside"],
        ["Gatehouse","ScanAccepted","Stand","Millyard Main"]],"period":60,"stat":"Sum","region":"${AWS::Region}","title":"Ingress"}}]}
"""),
    ("infra/cfn/s3-highlights.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  HighlightsBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Sub trfc-highlights-${AWS::AccountId}
      VersioningConfiguration: {Status: Enabled}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
"""),
    ("infra/cfn/sqs-barcode-dlq.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Resources:
  BarcodeDlq:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: gatehouse-barcode-dlq
      MessageRetentionPeriod: 1209600
Outputs:
  DlqArn:
    Value: !GetAtt BarcodeDlq.Arn
    Export: {Name: gatehouse-barcode-dlq-arn}
"""),
    ("deploy/k8s/gatehouse/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: gatehouse-api
  namespace: ticketing
spec:
  selector: {app: gatehouse-api}
  ports:
    - port: 80
      targetPort: 8080
"""),
    ("deploy/k8s/gatehouse/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: gatehouse-api
  namespace: ticketing
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: gatehouse-api}
  minReplicas: 4
  maxReplicas: 40
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
"""),
    ("deploy/k8s/matchcentre/ingress.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: matchcentre
  namespace: fanapp
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - host: matchcentre.thornburyrovers.co.uk
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: matchcentre, port: {number: 80}}}
"""),
    ("deploy/k8s/performance/namespace.yaml", r"""
apiVersion: v1
kind: Namespace
metadata:
  name: performance
  labels:
    data-classification: special-category
"""),
    ("deploy/k8s/scouting/networkpolicy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: scouting-deny-egress
  namespace: scouting
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{namespaceSelector: {matchLabels: {name: kube-system}}}]
"""),
    ("deploy/helm/gatehouse/Chart.yaml", r"""
apiVersion: v2
name: gatehouse
description: ticketing API for the Millyard
version: 2.14.0
appVersion: "2026.08.3"
"""),
    ("deploy/helm/gatehouse/templates/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: {{ include "gatehouse.fullname" . }}
spec:
  replicas: {{ .Values.replicaCount }}
  template:
    spec:
      containers:
        - name: api
          image: "{{ .Values.image.repository }}:{{ .Values.image.tag }}"
          envFrom:
            - secretRef: {name: {{ .Values.externalDatabase.existingSecret }}}
"""),
    ("docker/scouting-portal.Dockerfile", r"""
FROM python:3.12-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
CMD ["gunicorn", "scouting.wsgi", "--bind", "0.0.0.0:8000", "--workers", "4"]
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
    directory: /apps/kestrel-app
    schedule: {interval: weekly}
  - package-ecosystem: gradle
    directory: /apps/gatehouse
    schedule: {interval: weekly}
"""),
    ("ansible/inventory/stadium.ini", r"""
[turnstile_jump]
10.44.0.5

[stadium_windows]
boxoffice-pc01.stadium.trfc
boxoffice-pc02.stadium.trfc
controlroom-pc01.stadium.trfc

[scoreboard]
10.40.8.20
"""),
    ("ansible/site.yml", r"""
- hosts: stadium_windows
  roles: [windows-baseline, boxoffice-printers]
- hosts: turnstile_jump
  roles: [turnstiles]
- hosts: scoreboard
  roles: [lumaboard-relay]
"""),
    ("infra/sam/template-ingress-report.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  IngressReportFn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: report.handler
      Timeout: 120
      Events:
        AfterMatch:
          Type: Schedule
          Properties: {Schedule: 'cron(0 19 ? * SAT *)'}
"""),
    ("apps/gatehouse/src/main/java/uk/co/trfc/gatehouse/ScanController.java", r"""
package uk.co.trfc.gatehouse;

import org.springframework.web.bind.annotation.*;

@RestController
@RequestMapping("/api/v2")
public class ScanController {
    private final BarcodeService barcodes;

    public ScanController(BarcodeService barcodes) {
        this.barcodes = barcodes;
    }

    @PostMapping("/validate")
    public ScanResult validate(@RequestBody ScanRequest req) {
        return barcodes.check(req.gate(), req.payload(), req.scannedAt());
    }
}
"""),
    ("apps/kestrel-app/src/screens/MatchCentre.tsx", r"""
import React from 'react';
import {useLiveMatch} from '../hooks/useLiveMatch';

export function MatchCentre({matchId}: {matchId: string}) {
  const {score, minute, events} = useLiveMatch(matchId);
  return (
    <MatchHeader home="Thornbury Rovers" away={score.awayName} score={`${score.home} - ${score.away}`} minute={minute}>
      {events.map(e => <EventRow key={e.id} event={e} />)}
    </MatchHeader>
  );
}
"""),
    ("analytics/dbt/models/marts/player_load.sql", r"""
with sessions as (
    select player_id, session_date, total_distance_m, hsr_distance_m, sprint_count
    from {{ ref('stg_vest_sessions') }}
)
select
    player_id,
    session_date,
    sum(total_distance_m) over (partition by player_id order by session_date rows between 6 preceding and current row) as acute_7d,
    sum(total_distance_m) over (partition by player_id order by session_date rows between 27 preceding and current row) / 4 as chronic_28d
from sessions
"""),
    ("analytics/dbt/dbt_project.yml", r"""
name: trfc_performance
version: '1.0.0'
profile: trfc_performance
model-paths: [models]
models:
  trfc_performance:
    marts:
      +materialized: table
"""),
    ("analytics/tracking/xt_grid.py", r"""
import numpy as np


def expected_threat(moves: np.ndarray, shots: np.ndarray, goals: np.ndarray, n_iter: int = 30) -> np.ndarray:
    \"\"\"Karun Singh's expected threat on a 16x12 pitch grid.\"\"\"
    xt = np.zeros_like(shots, dtype=float)
    p_goal = np.divide(goals, shots, out=np.zeros_like(xt), where=shots > 0)
    for _ in range(n_iter):
        xt = shots * p_goal + (moves * xt).sum(axis=(2, 3))
    return xt
"""),
    ("docs/fixtures-2026-27.csv", r"""
date,kickoff,opponent,venue,competition
2026-08-08,15:00,Ashcombe Town,H,League
2026-08-15,15:00,Port Lennox,A,League
2026-08-22,12:30,Harwick United,H,League
2026-08-26,19:45,Dunmore Athletic,H,Cup R1
2026-08-29,15:00,Kingsbridge City,A,League
"""),
    ("docs/stadium/capacity-by-stand.md", r"""
# The Millyard - capacity by stand (safety certificate 2026/27)

| stand | seats | accessible | away allocation |
|---|---|---|---|
| Millyard Main Stand (West) | 9,120 | 64 | - |
| Ironworks Stand (North) | 8,410 | 40 | - |
| Riverside Stand (East) | 7,930 | 36 | up to 2,000 |
| Kestrel End (South) | 6,380 | 28 | - |
"""),
    ("docs/runbooks/power-failure.md", r"""
# Stadium power failure

1. Safety officer decides on a pause; PA/VA runs on its own UPS for 30 minutes.
2. Floodlights: the generator restarts the lamps in banks; LED lamps need 90 s.
3. Turnstiles fall back to offline mode (cached whitelist) automatically.
4. Tell the broadcaster's engineer; the OB compound is on its own supply.
"""),
    ("docs/wiki/ticket-types.md", r"""
# Ticket types

- Season card (NFC on the membership card, QR in the wallet pass)
- Match ticket (rotating QR in the app; print-at-home is off since 2025)
- Hospitality (QR plus lounge wristband)
- Away allocation (issued to the visiting club as a file; their fans get QR codes from their own box office)
"""),
    ("docs/medical/concussion-protocol.md", r"""
# Concussion protocol (summary for staff)

Any suspected concussion: remove from play, no return that day. Graduated return over at least 6 days,
signed off by the club doctor. Records go in PhysioLedger only, never in email.
"""),
    ("docs/scouting/report-template.md", r"""
# Scouting report

Player:            Club:            Date of birth:
Match watched:     Position:        Minutes:

Technical (1-5):   Physical (1-5):  Tactical (1-5):   Mental (1-5):
Summary:
Recommendation: [ ] monitor  [ ] second look  [ ] bring in for trial
"""),
    ("exports/turnstile-ingress-2026-08-09.csv", r"""
gate,stand,opened,first_scan,last_scan,accepted,rejected
N07,Ironworks,13:00,13:01:12,15:04:40,1822,14
N08,Ironworks,13:00,13:00:58,15:05:02,1790,9
S01,Kestrel End,13:00,13:02:30,15:03:11,1201,31
E02,Riverside,13:00,13:01:40,14:58:20,1988,6
"""),
    ("exports/shop/top-sellers-august.csv", r"""
sku,product,units,revenue_gbp
HK26-ADULT,Home shirt 26/27 adult,4120,267800.00
AK26-ADULT,Away shirt 26/27 adult,1310,85150.00
SCF-BAR,Bar scarf,980,14700.00
HK26-JUNIOR,Home shirt 26/27 junior,1560,70200.00
"""),
    ("logs/gatehouse-api-health.log", r"""
2026-08-09T12:00:00Z INFO  health ok db=up redis=up queue_depth=0
2026-08-09T13:00:00Z INFO  health ok db=up redis=up queue_depth=12
2026-08-09T14:00:00Z INFO  health ok db=up redis=up queue_depth=340
2026-08-09T15:00:00Z INFO  health ok db=up redis=up queue_depth=3
"""),
    ("chat/slack-groundstaff.json", r"""
[
  {"ts": "1723190401.000100", "user": "U05K8L2QW7", "text": "pitch covers off at 10, lights off at 6 please"},
  {"ts": "1723190460.000200", "user": "U05K8L2QW8", "text": "will do, mowing at 11 (stripes north-south for the telly)"}
]
"""),
    ("README.md", r"""
# trfc-platform

Thornbury Rovers FC's platform repository: ticketing (gatehouse), the fan app (kestrel), the club shop
integrations, the stadium (turnstiles, scoreboard, BMS, Wi-Fi), performance analytics, and the infrastructure
that runs them (`infra/`, `deploy/`, `ansible/`).

Secrets are never committed: use Secrets Manager, SSM Parameter Store or the ansible vault.
"""),
    ("Makefile", r"""
.PHONY: lint plan deploy-gatehouse

lint:
	ruff check . && npm --prefix apps/kestrel-app run lint

plan:
	terraform -chdir=infra/terraform plan

deploy-gatehouse:
	aws ecs update-service --cluster ticketing --service gatehouse-api --force-new-deployment
"""),
]
