"""fresh28 templates, ordinary files with no label and no decoy (City of Merrow Bay): READMEs, schemas, GIS
layers, CSV reports, build files, code without credentials, policies and agendas.
Markers: none (these files are clean on purpose)."""

DEPTS = ["permits", "civicdesk311", "taxroll", "aquabill", "docketline", "shelfmark", "parkpass", "greenwave",
         "meterline", "atlasgis", "ballotbox", "paystub", "fleetyard", "codewatch", "strayline"]

FILES = []
for _i, _d in enumerate(DEPTS):
    FILES.append((f"apps/{_d}/README.md", f"""
# {_d}

Owner: City of Merrow Bay IT, Enterprise Applications (team channel #apps-{_d}).

## Run locally

```
make dev
make check
```

Configuration is read from the environment at start-up; production values come from AWS Secrets Manager
through the deployment pipeline. Nothing secret belongs in this repository.

## Support

Business hours: the {_d} product owner. After hours: the IT on-call rotation in PagerDuty.
"""))

for _i, _d in enumerate(DEPTS[:10]):
    FILES.append((f"apps/{_d}/Makefile", f"""
.PHONY: dev check build

dev:
\tdocker compose -f compose.dev.yml up --build

check:
\truff check . && pytest -q

build:
\tdocker build -t {_d}:$(shell git rev-parse --short HEAD) .
"""))

FILES += [
    ("gis/layers/council-districts.geojson", r"""
{"type": "FeatureCollection", "name": "council_districts", "features": [
 {"type": "Feature", "properties": {"district": 1, "member": "Ana Petrakis"}, "geometry": {"type": "Polygon", "coordinates": [[[-122.712, 47.041], [-122.690, 47.041], [-122.690, 47.060], [-122.712, 47.060], [-122.712, 47.041]]]}},
 {"type": "Feature", "properties": {"district": 2, "member": "Joel Nakamura"}, "geometry": {"type": "Polygon", "coordinates": [[[-122.690, 47.041], [-122.668, 47.041], [-122.668, 47.060], [-122.690, 47.060], [-122.690, 47.041]]]}}
]}
"""),
    ("gis/layers/hydrants.csv", r"""
hydrant_id,street,cross_street,flow_gpm,last_tested
H-0001,Harbor Blvd,1st St,1450,2026-05-02
H-0002,Harbor Blvd,2nd St,1380,2026-05-02
H-0117,Pelham Rd,Kestrel Way,1120,2026-06-19
H-0245,Bluff St,Ferry Ldg,990,2026-07-08
"""),
    ("db/schema/permits.sql", r"""
CREATE TABLE permits (
    permit_id      BIGSERIAL PRIMARY KEY,
    permit_number  TEXT NOT NULL UNIQUE,
    parcel_id      TEXT NOT NULL,
    permit_type    TEXT NOT NULL,
    status         TEXT NOT NULL DEFAULT 'submitted',
    submitted_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    issued_at      TIMESTAMPTZ
);
CREATE INDEX permits_parcel_idx ON permits (parcel_id);
"""),
    ("db/schema/service_requests.sql", r"""
CREATE TABLE service_requests (
    request_id    BIGSERIAL PRIMARY KEY,
    service_code  TEXT NOT NULL,
    description   TEXT,
    lat           NUMERIC(9,6),
    lon           NUMERIC(9,6),
    district      SMALLINT,
    status        TEXT NOT NULL DEFAULT 'open',
    opened_at     TIMESTAMPTZ NOT NULL DEFAULT now()
);
"""),
    ("reports/311-monthly-2026-10.csv", r"""
service_code,requests,median_days_to_close
POTHOLE,412,3.5
STREETLIGHT,188,6.0
GRAFFITI,97,2.0
ILLEGAL_DUMPING,143,4.5
MISSED_PICKUP,260,1.0
"""),
    ("reports/library-circulation-2026q3.csv", r"""
branch,checkouts,renewals,holds_placed,new_cards
Main,48211,12004,9140,611
Eastgate,17652,4410,3388,204
Saltmarsh,9120,2295,1702,98
"""),
    ("docs/policies/acceptable-use.md", r"""
# Acceptable Use of City Information Systems

1. City systems are for city business; limited personal use is allowed if it does not interfere with work.
2. Do not share accounts. Each person signs in with their own account and MFA.
3. Store credentials only in the approved password manager or in AWS Secrets Manager.
4. Report suspected compromise to the IT Service Desk (x4357) immediately.
5. CJIS systems are subject to the CJIS Security Policy and additional training.
"""),
    ("docs/agendas/it-steering-2026-11.md", r"""
# IT Steering Committee, 19 November 2026

- Permit portal replacement: RFP scoring complete, award recommendation to council in January.
- 311 app release 5.2: accessibility fixes, Spanish and Vietnamese translations.
- Water SCADA network segmentation: phase 2 (lift stations) 60% complete.
- Budget: FY27 requests due 15 December.
"""),
    ("infra/cfn/shared/vpc.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: shared application VPC (three AZs, private subnets, interface endpoints)
Parameters:
  CidrBlock:
    Type: String
    Default: 10.20.0.0/16
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties:
      CidrBlock: !Ref CidrBlock
      EnableDnsHostnames: true
      EnableDnsSupport: true
  FlowLogs:
    Type: AWS::EC2::FlowLog
    Properties:
      ResourceId: !Ref Vpc
      ResourceType: VPC
      TrafficType: ALL
      LogDestinationType: s3
      LogDestination: arn:aws:s3:::cmb-vpc-flow-logs
"""),
    ("infra/terraform/modules/bucket/main.tf", r"""
variable "name" { type = string }

resource "aws_s3_bucket" "this" {
  bucket = var.name
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

output "arn" { value = aws_s3_bucket.this.arn }
"""),
    ("deploy/k8s/base/civicdesk/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: civicdesk-api
  namespace: civicdesk
spec:
  selector:
    app: civicdesk-api
  ports:
    - port: 80
      targetPort: 8080
"""),
    ("deploy/k8s/base/civicdesk/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: civicdesk-api
  namespace: civicdesk
spec:
  scaleTargetRef: {apiVersion: apps/v1, kind: Deployment, name: civicdesk-api}
  minReplicas: 2
  maxReplicas: 8
  metrics:
    - type: Resource
      resource: {name: cpu, target: {type: Utilization, averageUtilization: 70}}
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
        with: {python-version: "3.12"}
      - run: pip install ruff && ruff check .
"""),
    ("apps/civicdesk311/src/routing.py", r"""
SERVICE_QUEUES = {
    "POTHOLE": "public-works-streets",
    "STREETLIGHT": "public-works-electrical",
    "GRAFFITI": "parks-maintenance",
    "ILLEGAL_DUMPING": "code-enforcement",
    "MISSED_PICKUP": "solid-waste",
}


def queue_for(service_code: str) -> str:
    return SERVICE_QUEUES.get(service_code, "311-triage")
"""),
    ("apps/taxroll/src/levy.py", r"""
from decimal import Decimal, ROUND_HALF_UP


def levy(assessed_value: Decimal, rate_per_thousand: Decimal, exemption: Decimal = Decimal(0)) -> Decimal:
    taxable = max(Decimal(0), assessed_value - exemption)
    return (taxable / 1000 * rate_per_thousand).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
"""),
    ("ot/scada/lift-stations/README.md", r"""
# Lift station RTU exports

One file per station, exported from the RTU configuration tool after each change and reviewed by the OT
engineer on call. Stations LS01-LS10 report to the WTP master over DNP3; LS11+ are on the new cellular
RTUs (phase 2).
"""),
    ("network/README.md", r"""
# Network configuration backups

Nightly backups from Oxidized. Diff alerts go to #net-changes. Switch and firewall credentials are in the
network team's vault; TACACS+ is the primary login path everywhere.
"""),
    ("docs/wiki/glossary.md", r"""
# Glossary

- **CAD**: computer-aided dispatch.
- **RMS**: records management system (police).
- **ePCR**: electronic patient care report (EMS).
- **ILS**: integrated library system.
- **AMI**: advanced metering infrastructure (water meters).
- **ATMS**: advanced traffic management system.
- **PSAP**: public safety answering point.
"""),
    ("apps/meterline/src/rates.json", r"""
{"zones": [
  {"zone": "DT-1", "rate_per_hour": 2.50, "max_hours": 2, "enforced": "08:00-18:00 Mon-Sat"},
  {"zone": "WF-2", "rate_per_hour": 1.75, "max_hours": 4, "enforced": "10:00-20:00 daily"},
  {"zone": "EG-3", "rate_per_hour": 1.00, "max_hours": 3, "enforced": "08:00-18:00 Mon-Fri"}
]}
"""),
]
