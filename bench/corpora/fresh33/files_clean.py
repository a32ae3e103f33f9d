"""fresh33 templates, clean files (Saltmere Cruises): no label and no decoy - configuration, IaC, docs and data
files with nothing secret in them, as most of a real repository is.
Markers: render.py and README.md."""

from .files_iac import SHIPS

FILES = [
    ("README.md", r"""
# saltmere-platform

Monorepo for Saltmere Cruises' shore and ship platforms: booking (tidemark), travel-agent portal (compass),
guest app, folio and SeaPass, loyalty (captains-circle), shore excursions (shorex), crew and manifests
(crewline), medical (seacare), provisioning (galley), the ship edge stacks and the wake data platform.

Secrets live in AWS Secrets Manager, SSM Parameter Store and Vault; see docs/wiki/secrets-policy.md.
"""),
    ("docs/wiki/secrets-policy.md", r"""
# Secrets policy

- No credentials in git, tickets, chat or wiki pages.
- Ship devices that cannot reach shore keep their credentials in the edge vault agent's cache.
- Rotate IAM user keys every 90 days; prefer IAM Roles Anywhere for edge servers.
- Report a leak in #sec-incidents.
"""),
    ("docs/architecture/ship-shore-links.md", r"""
# Ship-to-shore links

Each ship has a VSAT terminal (Ku band, 2 x 2.4 m antennas) and one or two LEO terminals. SD-WAN steers
traffic: PMS sync and manifests prefer VSAT (stable), guest Wi-Fi and crew internet prefer LEO (latency).
In port, the port Wi-Fi or LTE is used for bulk uploads (CCTV retention exports, data logger spools).
"""),
    ("docs/architecture/seapass.md", r"""
# SeaPass card

One card per guest: cabin door, folio charges, embarkation and tender boarding. Cards are personalised at
the terminal; keys are held by the HSM on each ship and never leave it. Lost cards are blocked at the lock
server within two minutes of the purser cancelling them.
"""),
    ("docs/runbooks/embarkation-day.md", r"""
# Embarkation day

1. 06:00 manifests reconciled with the port agent
2. 09:00 terminal check-in opens; card printers warmed up
3. 11:30 first guests onboard; muster drill at 16:00
4. 17:00 sail-away; 96-hour pre-arrival notice for the next port already sent
"""),
    ("infra/terraform/network.tf", r"""
resource "aws_vpc" "shore" {
  cidr_block           = "10.30.0.0/16"
  enable_dns_hostnames = true
  tags = { Name = "shore-prod" }
}

resource "aws_subnet" "private" {
  count             = 3
  vpc_id            = aws_vpc.shore.id
  cidr_block        = cidrsubnet("10.30.0.0/16", 4, count.index)
  availability_zone = element(["us-east-1a", "us-east-1b", "us-east-1c"], count.index)
}
"""),
    ("infra/terraform/outputs.tf", r"""
output "vpc_id" {
  value = aws_vpc.shore.id
}

output "private_subnets" {
  value = aws_subnet.private[*].id
}
"""),
    ("infra/cfn/manifest-bucket.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: manifests archive (7-year retention for immigration records)
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      ObjectLockEnabled: true
      ObjectLockConfiguration:
        ObjectLockEnabled: Enabled
        Rule:
          DefaultRetention: {Mode: COMPLIANCE, Years: 7}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
"""),
    ("infra/cfn/ops-dashboards.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudWatch dashboards for the fleet
Resources:
  Fleet:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardName: fleet-links
      DashboardBody: '{"widgets":[{"type":"metric","properties":{"metrics":[["SMC/Links","LatencyMs","Ship","AUR"]],"period":300}}]}'
"""),
    ("deploy/k8s/booking/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: booking-api
  namespace: tidemark
spec:
  selector:
    app: booking-api
  ports:
    - port: 80
      targetPort: 8080
"""),
    ("deploy/k8s/booking/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: booking-api
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: booking-api}
  minReplicas: 6
  maxReplicas: 40
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 60}}
"""),
    ("deploy/helm/muster/Chart.yaml", r"""
apiVersion: v2
name: muster-shore
version: 3.2.0
appVersion: "3.2.0"
dependencies:
  - name: postgresql
    version: 15.5.x
    repository: oci://registry-1.docker.io/bitnamicharts
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
    ("deploy/docker/Dockerfile.muster", r"""
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 1000
CMD ["gunicorn", "-b", "0.0.0.0:8000", "muster.wsgi"]
"""),
    ("apps/booking-api/pom.xml", r"""
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.saltmere</groupId>
  <artifactId>booking-api</artifactId>
  <version>7.14.2</version>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>3.3.2</version>
  </parent>
</project>
"""),
    ("apps/shorex/models.py", r"""
from dataclasses import dataclass
from datetime import datetime


@dataclass
class Excursion:
    code: str
    port: str
    title: str
    departs: datetime
    capacity: int
    price_usd: float
"""),
    ("apps/crewline/schemas/apis-manifest.xsd", r"""
<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:element name="Manifest">
    <xs:complexType>
      <xs:sequence>
        <xs:element name="Vessel" type="xs:string"/>
        <xs:element name="Person" maxOccurs="unbounded" type="xs:string"/>
      </xs:sequence>
    </xs:complexType>
  </xs:element>
</xs:schema>
"""),
    ("data/dbt/models/marts/onboard_revenue.sql", r"""
select
    voyage_id,
    ship_code,
    revenue_center,
    sum(amount_usd) as revenue_usd,
    count(distinct folio_id) as folios
from {{ ref('stg_folio_postings') }}
group by 1, 2, 3
"""),
    ("data/dbt/dbt_project.yml", r"""
name: wake
version: '1.0.0'
profile: wake
model-paths: ["models"]
models:
  wake:
    marts:
      +materialized: table
"""),
    ("data/seeds/ports.csv", r"""
code,name,country,tender
NAS,Nassau,BS,false
CZM,Cozumel,MX,false
RTB,Roatan,HN,false
STT,St. Thomas,VI,false
CLM,Cay Lumen,BS,true
"""),
    ("ships/fleet/README.md", r"""
# Fleet

| code | ship | IMO | GT | guests |
|---|---|---|---|---|
| AUR | Saltmere Aurora | 9871204 | 141,000 | 3,560 |
| BOR | Saltmere Boreal | 9871216 | 141,000 | 3,560 |
| CEL | Saltmere Celeste | 9903418 | 168,000 | 4,180 |
| DOR | Saltmere Dorada | 9903420 | 168,000 | 4,180 |
| EST | Saltmere Estrella | 9950377 | 182,500 | 4,620 |
| FJD | Saltmere Fjordia | 9950389 | 182,500 | 4,620 |
"""),
    ("island/README.md", r"""
# Cay Lumen (private island)

Tender pier, beach bars, cabanas, a 1.8 MW solar microgrid with batteries, reverse-osmosis desalination.
The island network reaches the ship over a point-to-point radio and the shore over LEO.
"""),
    ("tools/bw_report.py", r"""
import csv
import sys


def main(path: str) -> None:
    with open(path) as fh:
        rows = list(csv.DictReader(fh))
    for r in rows:
        print(f"{r['ship']}: {float(r['gb']):.1f} GB")


if __name__ == "__main__":
    main(sys.argv[1])
"""),
    ("Makefile", r"""
.PHONY: ships lint
ships:
	for s in aur bor cel dor est fjd; do docker build -t edge-$$s ships/$$s; done
lint:
	ruff check .
"""),
    (".gitignore", r"""
.env
*.pem
node_modules/
.terraform/
__pycache__/
"""),
    ("CODEOWNERS", r"""
/infra/ @saltmere/platform
/ships/ @saltmere/fleet-it
/apps/casino/ @saltmere/casino-systems
/apps/seacare/ @saltmere/medical-it
"""),
]

for code, name, imo in SHIPS:
    up = code.upper()
    FILES.append((f"ships/{code}/README.md", f"""
# {name} ({up}, IMO {imo})

Edge stack: see infra/ships/{code}/. Systems: PMS, lock server, CCTV recording server, casino floor, muster
gateway, data logger, VSAT and LEO terminals. Ship IT officer on duty: ext. 7100.
"""))
    FILES.append((f"deploy/ships/{code}/kustomization.yaml", f"""
apiVersion: kustomize.config.k8s.io/v1beta1
kind: Kustomization
namespace: ship-{code}
resources:
  - ../../base
commonLabels:
  ship: {up}
images:
  - name: telemetry-fwd
    newTag: 1.9.4
"""))
    FILES.append((f"infra/ships/{code}/main.tf", f"""
module "edge" {{
  source    = "../../modules/ship-edge"
  ship_code = "{up}"
  imo       = "{imo}"
}}
"""))
