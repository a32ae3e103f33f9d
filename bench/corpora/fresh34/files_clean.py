"""fresh34 templates, clean files: no secret and no decoy (code, configs, docs, data and schemas that an airport
repository holds in numbers). Markers: render.py and README.md."""

FILES = [
    ("apps/aodb-api/aodb/models/flight.py", r"""
from dataclasses import dataclass
from datetime import datetime
from typing import Optional


@dataclass
class FlightLeg:
    carrier: str
    number: str
    suffix: Optional[str]
    schedule_date: datetime
    direction: str  # A or D
    stand: Optional[str] = None
    gate: Optional[str] = None
    belt: Optional[str] = None
    sobt: Optional[datetime] = None
    eobt: Optional[datetime] = None
    tobt: Optional[datetime] = None
    tsat: Optional[datetime] = None
    aobt: Optional[datetime] = None

    @property
    def key(self) -> str:
        return f"{self.carrier}{self.number}{self.suffix or ''}/{self.schedule_date:%d%b}".upper()
"""),
    ("apps/aodb-api/aodb/typeb.py", r"""
import re
from dataclasses import dataclass

MVT_AD = re.compile(r"^AD(?P<off>\d{4})/(?P<air>\d{4})(?: EA(?P<ea>\d{4}) (?P<dest>[A-Z]{3}))?")


@dataclass
class Movement:
    flight: str
    offblock: str
    airborne: str


def parse_mvt(text: str) -> Movement:
    lines = [l.strip() for l in text.strip().splitlines()]
    flight = lines[3].split("/")[0]
    m = MVT_AD.match(lines[4])
    if not m:
        raise ValueError("no AD line")
    return Movement(flight, m["off"], m["air"])
"""),
    ("apps/aodb-api/aodb/milestones.py", r"""
'''A-CDM milestones (EUROCONTROL A-CDM implementation manual numbering).'''
MILESTONES = {
    1: "ATC flight plan activation",
    2: "EOBT - 2h",
    3: "take off from outstation",
    5: "final approach",
    6: "landing",
    7: "in-block",
    9: "TOBT confirmed",
    10: "TSAT issued",
    12: "boarding start",
    15: "off-block",
    16: "take off",
}


def label(n: int) -> str:
    return MILESTONES.get(n, f"milestone {n}")
"""),
    ("apps/aodb-api/requirements.txt", r"""
Django==5.1.3
djangorestframework==3.15.2
psycopg[binary]==3.2.3
gunicorn==23.0.0
boto3==1.35.71
pika==1.3.2
requests==2.32.3
"""),
    ("apps/aodb-api/pyproject.toml", r"""
[project]
name = "aodb-api"
version = "2026.11.18"
requires-python = ">=3.12"

[tool.ruff]
line-length = 110

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "config.settings_ci"
"""),
    ("apps/fids/player/src/Layout/DepartureBoard.cs", r"""
namespace Tarrow.Fids.Player.Layout;

public sealed class DepartureBoard
{
    public int Rows { get; init; } = 18;
    public string[] Languages { get; init; } = ["en", "cy"];
    public TimeSpan PageInterval { get; init; } = TimeSpan.FromSeconds(12);

    public string StatusText(FlightRow row) => row.Status switch
    {
        "BOA" => "Boarding",
        "GCL" => "Gate closed",
        "DEP" => "Departed",
        "DLY" => $"Delayed {row.Estimated:HH:mm}",
        _ => row.Gate is null ? "Wait in lounge" : $"Go to gate {row.Gate}",
    };
}
"""),
    ("apps/fids/player/FidsPlayer.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0-windows</TargetFramework>
    <Nullable>enable</Nullable>
    <RuntimeIdentifier>win-x64</RuntimeIdentifier>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="MQTTnet" Version="4.3.7.1207" />
    <PackageReference Include="Microsoft.Extensions.Hosting.WindowsServices" Version="8.0.1" />
  </ItemGroup>
</Project>
"""),
    ("apps/bagtrack/brs/src/main/java/com/tarrow/brs/BsmParser.java", r"""
package com.tarrow.brs;

import java.util.ArrayList;
import java.util.List;

/** Parses IATA Resolution 753 baggage source messages (BSM). */
public final class BsmParser {
    public List<String> tagNumbers(String bsm) {
        List<String> tags = new ArrayList<>();
        for (String line : bsm.split("\n")) {
            if (line.startsWith(".N/")) {
                String n = line.substring(3, 13);
                int count = Integer.parseInt(line.substring(13, 16));
                long first = Long.parseLong(n);
                for (int i = 0; i < count; i++) tags.add(String.format("%010d", first + i));
            }
        }
        return tags;
    }
}
"""),
    ("apps/bagtrack/brs/pom.xml", r"""
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.tarrow</groupId>
  <artifactId>brs</artifactId>
  <version>4.11.0</version>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.5</version>
  </parent>
  <dependencies>
    <dependency><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-amqp</artifactId></dependency>
    <dependency><groupId>org.eclipse.milo</groupId><artifactId>sdk-client</artifactId><version>0.6.14</version></dependency>
  </dependencies>
</project>
"""),
    ("apps/bagtrack/docs/bsm-elements.md", r"""
# BSM elements we use

| element | meaning |
|---|---|
| `.V/` | version and supplementary data (1L = local, 1T = transfer) |
| `.F/` | outbound flight |
| `.I/` | inbound flight (transfer bags) |
| `.N/` | tag number and count |
| `.P/` | passenger name |
| `.S/` | reconciliation data (authority to load) |
| `.W/` | pieces and weight |
"""),
    ("apps/parkline/src/lib/tariff.ts", r"""
export type Product = 'short-stay' | 'mid-stay' | 'long-stay' | 'meet-greet';

const DAILY: Record<Product, number> = {
  'short-stay': 39.0,
  'mid-stay': 22.5,
  'long-stay': 11.0,
  'meet-greet': 34.0,
};

export function price(product: Product, days: number, earlyBird: boolean): number {
  const base = DAILY[product] * Math.max(1, Math.ceil(days));
  return Math.round((earlyBird ? base * 0.85 : base) * 100) / 100;
}
"""),
    ("apps/parkline/package.json", r"""
{
  "name": "parkline",
  "private": true,
  "version": "3.7.1",
  "scripts": {"dev": "next dev", "build": "next build", "start": "next start", "lint": "next lint"},
  "dependencies": {"next": "14.2.18", "react": "18.3.1", "stripe": "17.3.1", "mysql2": "3.11.4"},
  "devDependencies": {"@playwright/test": "1.49.0", "typescript": "5.6.3"}
}
"""),
    ("apps/parkline/tsconfig.json", r"""
{
  "compilerOptions": {
    "target": "ES2022",
    "module": "esnext",
    "moduleResolution": "bundler",
    "strict": true,
    "jsx": "preserve",
    "paths": {"@/*": ["./src/*"]}
  },
  "include": ["src", "next-env.d.ts"]
}
"""),
    ("apps/passenger-app/src/screens/FlightCard.tsx", r"""
import React from 'react';
import { Text, View } from 'react-native';

export function FlightCard({ flight }: { flight: { number: string; gate?: string; status: string } }) {
  return (
    <View style={{ padding: 12 }}>
      <Text accessibilityRole="header">{flight.number}</Text>
      <Text>{flight.gate ? `Gate ${flight.gate}` : 'Gate not yet open'}</Text>
      <Text>{flight.status}</Text>
    </View>
  );
}
"""),
    ("apps/tenant-portal/app/models/turnover_statement.rb", r"""
class TurnoverStatement < ApplicationRecord
  belongs_to :concession
  validates :period, :gross_sales, presence: true

  # Rent is the greater of the minimum annual guarantee (pro rata) and the turnover percentage.
  def rent_due
    [concession.mag_monthly, gross_sales * concession.turnover_rate].max.round(2)
  end
end
"""),
    ("apps/tenant-portal/Gemfile", r"""
source "https://rubygems.org"
ruby "3.3.5"
gem "rails", "~> 7.2"
gem "pg", "~> 1.5"
gem "savon", "~> 2.15"
gem "puma", "~> 6.4"
"""),
    ("apps/screening/queue-predictor/model.py", r"""
import numpy as np


def predict_wait(pax_in_queue: int, open_lanes: int, rate_per_lane: float = 2.6) -> float:
    '''Minutes of wait from the queue length and lane throughput (pax per minute per lane).'''
    if open_lanes <= 0:
        return float("inf")
    return pax_in_queue / (open_lanes * rate_per_lane)


def smooth(series: np.ndarray, alpha: float = 0.3) -> np.ndarray:
    out = np.empty_like(series, dtype=float)
    out[0] = series[0]
    for i in range(1, len(series)):
        out[i] = alpha * series[i] + (1 - alpha) * out[i - 1]
    return out
"""),
    ("analytics/dbt/models/marts/fct_turnarounds.sql", r"""
with legs as (
    select * from {{ ref('stg_aodb__legs') }}
),
pairs as (
    select a.stand, a.flight_key as arr_key, d.flight_key as dep_key,
           a.aibt, d.aobt,
           datediff('minute', a.aibt, d.aobt) as turnaround_minutes
    from legs a
    join legs d on a.linked_leg_id = d.leg_id
    where a.direction = 'A'
)
select * from pairs where turnaround_minutes between 15 and 600
"""),
    ("analytics/dbt/models/staging/schema.yml", r"""
version: 2
models:
  - name: stg_aodb__legs
    columns:
      - name: leg_id
        tests: [unique, not_null]
      - name: direction
        tests:
          - accepted_values: {values: ['A', 'D']}
"""),
    ("analytics/dbt/dbt_project.yml", r"""
name: trw_analytics
version: '1.8.0'
profile: trw_analytics
model-paths: ["models"]
models:
  trw_analytics:
    staging: {+materialized: view}
    marts: {+materialized: table}
"""),
    ("infra/terraform/modules/vpc/main.tf", r"""
resource "aws_vpc" "this" {
  cidr_block           = var.cidr
  enable_dns_hostnames = true
  tags = { Name = var.name }
}

resource "aws_subnet" "private" {
  for_each          = var.private_subnets
  vpc_id            = aws_vpc.this.id
  cidr_block        = each.value
  availability_zone = each.key
}
"""),
    ("infra/terraform/modules/vpc/variables.tf", r"""
variable "name" {
  type = string
}

variable "cidr" {
  type = string
}

variable "private_subnets" {
  type = map(string)
}
"""),
    ("infra/terraform/modules/vpc/outputs.tf", r"""
output "vpc_id" {
  value = aws_vpc.this.id
}

output "private_subnet_ids" {
  value = [for s in aws_subnet.private : s.id]
}
"""),
    ("infra/cfn/s3-ot-archive.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: OT archive bucket (PLC project backups, historian exports) with object lock
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      VersioningConfiguration: {Status: Enabled}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
"""),
    ("infra/cfn/sns-aoc-alerts.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: AOC alert topics
Resources:
  RunwayStateTopic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: aoc-runway-state
  BhsTopic:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: aoc-bhs-faults
Outputs:
  RunwayStateArn:
    Value: !Ref RunwayStateTopic
"""),
    ("deploy/k8s/parkline/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: parkline-api
  namespace: parkline
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: parkline-api}
  minReplicas: 3
  maxReplicas: 12
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 65}}
"""),
    ("deploy/k8s/parkline/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: parkline-api
  namespace: parkline
spec:
  selector: {app: parkline-api}
  ports:
    - port: 80
      targetPort: 3000
"""),
    ("deploy/k8s/fids/networkpolicy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: fids-render-egress
spec:
  podSelector: {matchLabels: {app: fids-render}}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 10.20.0.0/16}
      ports:
        - {protocol: TCP, port: 443}
"""),
    ("deploy/helm/aodb/Chart.yaml", r"""
apiVersion: v2
name: aodb
version: 1.14.0
appVersion: "2026.11.18"
dependencies:
  - name: rabbitmq
    version: 15.0.5
    repository: oci://registry-1.docker.io/bitnamicharts
"""),
    (".github/workflows/lint.yml", r"""
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/ruff-action@v1
  tflint:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: terraform-linters/setup-tflint@v4
      - run: tflint --recursive
"""),
    (".github/dependabot.yml", r"""
version: 2
updates:
  - package-ecosystem: pip
    directory: /apps/aodb-api
    schedule: {interval: weekly}
  - package-ecosystem: npm
    directory: /apps/parkline
    schedule: {interval: weekly}
"""),
    ("ot/agl/alcms/ccr-map.csv", r"""
ccr,circuit,description,stages
CCR-01,RWY09-27-EDGE-A,runway edge lights interleave A,5
CCR-02,RWY09-27-EDGE-B,runway edge lights interleave B,5
CCR-03,RWY09-CL,runway centreline 09,5
CCR-07,TWY-A-CL,taxiway A centreline,3
CCR-11,STOPBAR-A1,stop bar holding point A1,1
CCR-12,STOPBAR-A2,stop bar holding point A2,1
CCR-20,PAPI-09,PAPI runway 09,5
"""),
    ("ot/bhs/plc/alarm-classes.csv", r"""
class,priority,colour,ack_required
JAM,1,red,yes
EMERGENCY_STOP,1,red,yes
MOTOR_OVERLOAD,2,orange,yes
PHOTOCELL_BLOCKED,3,yellow,no
TRACKING_LOST,2,orange,yes
"""),
    ("ot/stands/stand-list.csv", r"""
stand,pier,type,max_wingspan_m,pbb,gpu,pca
1,A,contact,36,yes,yes,yes
2,A,contact,36,yes,yes,yes
12,B,contact,65,yes,yes,yes
21,B,contact,52,yes,yes,yes
40R,remote,remote,36,no,yes,no
41R,remote,remote,36,no,yes,no
"""),
    ("docs/wiki/AOC/Low-visibility-procedures.md", r"""
# Low visibility procedures (LVP) - AOC actions

When ATC declares LVP preparation (RVR below 1000 m or cloud base below 300 ft):
1. Confirm ILS-critical areas are clear of vehicles; tell ground handlers by radio.
2. AGL: check stop bars are serviceable on all holding points in use.
3. Reduce movement rate per ATC; inform airlines via the A-CDM portal.
4. Log start and end times in the AOC log.
"""),
    ("docs/wiki/Engineering/jet-bridge-faults.md", r"""
# Jet bridge fault codes (common)

| code | meaning | first action |
|---|---|---|
| E12 | auto-level sensor | reset at cab console |
| E31 | rotunda limit | call engineering |
| E44 | canopy not retracted | retract canopy manually |
| E50 | GPU cable interlock | stow cable |
"""),
    ("docs/wiki/Security/screening-kpis.md", r"""
# Screening KPIs

- 95% of passengers through central search within 15 minutes (DfT target for T1 at peak).
- Reject rate per lane (bags sent to manual search) tracked daily.
- Staff search throughput per hour reported weekly to the Head of Security.
"""),
    ("docs/adr/0003-aodb-event-bus.md", r"""
# ADR 0003: AODB fan-out on RabbitMQ

Status: accepted (2024). The AODB publishes flight updates to a topic exchange `aodb.flights` with routing
keys `<airport>.<direction>.<carrier>`; FIDS, RMS, BRS and the passenger app consume. We chose Amazon MQ for
RabbitMQ over SNS/SQS because the FIDS vendor already speaks AMQP.
"""),
    ("docs/runbooks/snow-plan.md", r"""
# Winter operations: snow plan summary

- Snow committee convenes on a forecast of 2 cm or more.
- Runway clearance sequence: RWY 09/27 first, then taxiway A, then aprons by pier priority.
- De-icing pads D1 and D2 open on request from handlers; glycol recovery tanks checked each shift.
- Friction measurements reported as RCR through the AOC.
"""),
    ("data/gtfs/stops.txt", r"""
stop_id,stop_name,stop_lat,stop_lon
TRW-T1,Tarrow Airport Terminal 1,51.4712,-1.9831
TRW-T2,Tarrow Airport Terminal 2,51.4705,-1.9790
TRW-PR,Tarrow Airport Parkway rail,51.4660,-1.9702
KLB-TERM,Kelsby Airport Terminal,52.0114,-1.4421
"""),
    ("data/schemas/flight-update.schema.json", r"""
{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "title": "AODB flight update",
  "type": "object",
  "required": ["flightKey", "direction", "updatedAt"],
  "properties": {
    "flightKey": {"type": "string"},
    "direction": {"enum": ["A", "D"]},
    "stand": {"type": ["string", "null"]},
    "gate": {"type": ["string", "null"]},
    "updatedAt": {"type": "string", "format": "date-time"}
  }
}
"""),
    ("scripts/check_stand_conflicts.py", r"""
'''Report stands with overlapping allocations in the next 24 h (read-only, uses the AODB API via SSO role).'''
import datetime as dt


def overlaps(a_start, a_end, b_start, b_end) -> bool:
    return a_start < b_end and b_start < a_end


def conflicts(allocs):
    out = []
    by_stand = {}
    for a in allocs:
        by_stand.setdefault(a["stand"], []).append(a)
    for stand, items in by_stand.items():
        items.sort(key=lambda x: x["start"])
        for x, y in zip(items, items[1:]):
            if overlaps(x["start"], x["end"], y["start"], y["end"]):
                out.append((stand, x["flight"], y["flight"]))
    return out
"""),
    ("Makefile", r"""
.PHONY: lint test fmt
lint:
	ruff check apps
	tflint --recursive
test:
	pytest -q apps/aodb-api
fmt:
	ruff format apps
	terraform fmt -recursive infra/terraform
"""),
    ("CODEOWNERS", r"""
/apps/aodb-api/      @tarrow-airports/aodb
/apps/bagtrack/      @tarrow-airports/bhs-systems
/apps/parkline/      @tarrow-airports/commercial-digital
/infra/              @tarrow-airports/cloud-platform
/ot/                 @tarrow-airports/ot-engineering
"""),
    ("README.md", r"""
# tarrow-airports platform monorepo

Systems for Tarrow International (TRW) and Kelsby Regional (KLB): AODB, FIDS, baggage tracking, parking,
tenant billing, passenger app, and the read-only OT integrations. See `docs/` for runbooks and ADRs.
Secrets live in AWS Secrets Manager and CyberArk; nothing secret belongs in this repository.
"""),
]
