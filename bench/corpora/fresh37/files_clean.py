"""fresh37 templates, clean files (Karrabin Resources): no label and no decoy. Markers: render.py and README.md."""

FILES = [
    ("README.md", r"""
# karrabin-site-platform

Monorepo for the Mount Tarrow site systems: fleet management (haulmind), truck health (vims), autonomy
supervisor (ahs), plant SCADA gateway (plantsight), historian bridge, LIMS link (assaylink), drill and blast
(shotfirer, magtrack), survey and drones (surveyhub), tailings monitoring (tsfwatch), camp (campstay, roster),
rail loadout (railout), fuel and tyres.

Secrets live in AWS Secrets Manager and SSM Parameter Store. See docs/secrets.md.
"""),
    ("docs/architecture/pit-network.md", r"""
# Pit network

The pit runs on a self-healing mesh of vehicle-mounted and trailer-mounted radios. Each haul truck carries an
onboard unit (OBU) that talks to the dispatch server over the mesh; shovels and drills carry the same unit with
a different payload module. Fixed nodes sit on light towers along the ramps and on the crusher pad.

Coverage holes are logged by the OBUs and mapped weekly by the survey team.
"""),
    ("docs/architecture/plant-data-flow.md", r"""
# Plant data flow

PLCs (ControlLogix in the crushing circuit, S7-1500 in the mill and flotation) -> OPC UA server -> PI
interface node in the OT DMZ -> PI Data Archive -> PI-to-S3 export -> lake (raw, curated) -> dbt -> Snowflake
marts (throughput, recovery, grade reconciliation) -> dashboards.
"""),
    ("docs/tailings/tarp-levels.md", r"""
# TSF-2 trigger action response plan (summary)

| level | trigger | action |
|---|---|---|
| green | all piezometers below design | routine monitoring |
| amber | any VW piezometer above 160 kPa, or 5 mm/month InSAR | EoR notified, daily inspection |
| red | above 180 kPa, or seepage turbidity | stop deposition, evacuate downstream haul road |
"""),
    ("docs/camp/swing-patterns.md", r"""
# FIFO swing patterns

- 2/1: two weeks on, one off (operators)
- 8/6: eight days on, six off (maintenance)
- 5/2: residential staff, Monday to Friday

Charter flights: Perth - Tarrow airstrip, Tue/Wed/Thu, 100-seat regional jet.
"""),
    ("services/haulmind/src/main/java/au/com/karrabin/haulmind/Assignment.java", r"""
package au.com.karrabin.haulmind;

public record Assignment(String truckId, String loaderId, String destination, double expectedTonnes) {
    public boolean isCrusher() {
        return destination.startsWith("CR");
    }
}
"""),
    ("services/haulmind/src/main/java/au/com/karrabin/haulmind/QueueModel.java", r"""
package au.com.karrabin.haulmind;

import java.util.List;

public final class QueueModel {
    private QueueModel() {}

    public static double meanWaitMinutes(List<Double> arrivals, double serviceMinutes) {
        double rho = arrivals.size() * serviceMinutes / 60.0;
        return rho >= 1.0 ? Double.POSITIVE_INFINITY : serviceMinutes * rho / (2 * (1 - rho));
    }
}
"""),
    ("services/vims/vims/parsers.py", r"""
from dataclasses import dataclass


@dataclass
class Event:
    truck: str
    code: str
    severity: int


def parse(line: str) -> Event:
    truck, code, sev = line.strip().split(",")
    return Event(truck, code, int(sev))
"""),
    ("services/vims/tests/test_parsers.py", r"""
from vims.parsers import parse


def test_parse():
    e = parse("HT117,E0412,2\n")
    assert e.truck == "HT117" and e.severity == 2
"""),
    ("services/assaylink/assaylink/units.py", r"""
PPM_PER_PERCENT = 10_000


def to_ppm(percent: float) -> float:
    return percent * PPM_PER_PERCENT


def gpt_to_ppm(grams_per_tonne: float) -> float:
    return grams_per_tonne
"""),
    ("services/shotfirer/src/lib/powderFactor.ts", r"""
export function powderFactor(chargeKg: number, volumeBcm: number): number {
  if (volumeBcm <= 0) throw new Error("volume must be positive");
  return chargeKg / volumeBcm;
}
"""),
    ("services/shotfirer/package.json", r"""
{
  "name": "shotfirer",
  "private": true,
  "version": "3.2.0",
  "scripts": {"dev": "next dev", "build": "next build", "test": "vitest"},
  "dependencies": {"next": "14.2.5", "react": "18.3.1", "zod": "3.23.8"}
}
"""),
    ("services/surveyhub/surveyhub/volumes.py", r"""
import numpy as np


def cut_fill(before: np.ndarray, after: np.ndarray, cell_m2: float) -> tuple[float, float]:
    diff = after - before
    return float(diff[diff > 0].sum() * cell_m2), float(-diff[diff < 0].sum() * cell_m2)
"""),
    ("services/railout/railout/consist.go", r"""
package railout

// Consist is one train under the loadout bin.
type Consist struct {
	ID    string
	Cars  int
	Tonne float64
}

func (c Consist) PerCar() float64 { return c.Tonne / float64(c.Cars) }
"""),
    ("services/campstay/src/RoomAllocator.php", r"""
<?php
namespace Campstay;

final class RoomAllocator
{
    public function allocate(array $rooms, string $swing): ?string
    {
        foreach ($rooms as $room => $free) {
            if ($free && str_starts_with($room, $swing === '8/6' ? 'K' : 'A')) {
                return $room;
            }
        }
        return null;
    }
}
"""),
    ("infra/terraform/outputs.tf", r"""
output "vpc_id" {
  value = aws_vpc.site.id
}

output "ot_dmz_subnets" {
  value = aws_subnet.ot_dmz[*].id
}
"""),
    ("infra/terraform/network.tf", r"""
resource "aws_vpc" "site" {
  cidr_block           = var.vpc_cidr
  enable_dns_hostnames = true
  tags = { Name = "tarrow-site" }
}

resource "aws_subnet" "ot_dmz" {
  count             = 2
  vpc_id            = aws_vpc.site.id
  cidr_block        = cidrsubnet(var.vpc_cidr, 8, count.index + 10)
  availability_zone = element(["ap-southeast-2a", "ap-southeast-2b"], count.index)
}
"""),
    ("infra/cfn/s3-lake.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: data lake buckets (raw, curated)
Resources:
  Raw:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: krb-lake-raw
      VersioningConfiguration: {Status: Enabled}
      BucketEncryption:
        ServerSideEncryptionConfiguration:
          - ServerSideEncryptionByDefault: {SSEAlgorithm: aws:kms}
  Curated:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: krb-lake-curated
"""),
    ("deploy/k8s/fleet/namespace.yaml", r"""
apiVersion: v1
kind: Namespace
metadata:
  name: fleet
  labels:
    pod-security.kubernetes.io/enforce: restricted
"""),
    ("deploy/k8s/fleet/service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: vims-ingest
  namespace: fleet
spec:
  selector:
    app: vims-ingest
  ports:
    - port: 8080
      targetPort: http
"""),
    ("deploy/k8s/plant/configmap.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: plantsight-config
  namespace: plant
data:
  OPCUA_ENDPOINT: opc.tcp://plant-kep01:49320
  SCAN_RATE_MS: "1000"
  TAG_PREFIX: TARROW.PLANT
"""),
    ("deploy/helm/surveyhub/Chart.yaml", r"""
apiVersion: v2
name: surveyhub
version: 0.9.3
appVersion: "3.4.2"
dependencies:
  - name: postgresql
    version: 15.5.0
    repository: oci://registry-1.docker.io/bitnamicharts
"""),
    ("deploy/docker/vims.Dockerfile", r"""
FROM python:3.12-slim
WORKDIR /app
COPY pyproject.toml .
RUN pip install --no-cache-dir .
COPY vims ./vims
USER 10001
CMD ["python", "-m", "vims"]
"""),
    (".github/workflows/lint.yml", r"""
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install ruff && ruff check .
"""),
    (".editorconfig", r"""
root = true

[*]
indent_style = space
indent_size = 4
end_of_line = lf
"""),
    ("ot/plant/plc/tag-naming.md", r"""
# Plant tag naming

AREA_EQUIP_SIGNAL, e.g. CR1_FDR_SPD (crusher 1 feeder speed), ML1_BRG_TMP (mill 1 bearing temperature).
Alarms end in _ALM; interlocks in _ILK.
"""),
    ("ot/pit/obu/README.md", r"""
# Onboard unit exports

One INI per machine, exported from the OBU service menu after each firmware update. The fleet team diffs
them against the golden config before a truck is released to production.
"""),
    ("ot/lab/sample-prep.md", r"""
# Sample preparation

Drill chips -> dry (105 C) -> crush to 2 mm -> split 1 kg -> pulverise to 75 um -> fire assay (Au) / XRF (Fe, SiO2,
Al2O3, P, S) -> LIMS.
"""),
    ("ot/blast/pattern-2026-10-17.csv", r"""
hole,x,y,depth_m,charge_kg,delay_ms
B001,512034.2,7421088.1,12.0,410,0
B002,512040.2,7421088.1,12.0,410,17
B003,512046.2,7421088.1,12.0,410,34
"""),
    ("ot/tailings/piezometers.csv", r"""
id,easting,northing,tip_rl,install_date
VW01,512880.0,7420110.0,402.5,2024-03-11
VW02,512910.0,7420115.0,401.8,2024-03-11
VW03,512940.0,7420121.0,400.9,2024-03-12
"""),
    ("ot/rail/consist-schedule.csv", r"""
train,arrive,depart,cars,target_t
T2041,2026-10-14T04:10,2026-10-14T07:05,240,28800
T2042,2026-10-14T11:30,2026-10-14T14:20,240,28800
"""),
    ("ops/runbooks/truck-release.md", r"""
# Releasing a truck to production after maintenance

1. Workshop signs off the work order in SAP PM.
2. Fleet controller checks the OBU heartbeat in the FMS.
3. Payload calibration within 2 % on the check weighbridge.
4. Truck assigned to a loader by the dispatcher.
"""),
    ("ops/postmortems/2026-09-crusher-outage.md", r"""
# Crusher 1 outage, 2026-09-12

Impact: 6 h 40 min lost crushing time. Cause: a failed feeder VFD; the spare was on site but its parameter
set was out of date. Actions: keep drive parameter backups in the engineering share; add the VFD to the
critical spares review.
"""),
    ("ops/adr/0007-secrets.md", r"""
# ADR 0007: secrets in AWS Secrets Manager

Status: accepted. Services read secrets at start-up through the SDK or the ECS/EKS integrations. No secret in
Git, images or parameter files. Rotation through Lambda rotators where the target supports it.
"""),
    ("data/dbt/models/marts/throughput.sql", r"""
select
    date_trunc('hour', ts) as hour,
    sum(tonnes) as tonnes
from {{ ref('stg_weightometer') }}
group by 1
"""),
    ("data/dbt/dbt_project.yml", r"""
name: karrabin
version: '1.0.0'
profile: karrabin
model-paths: ["models"]
models:
  karrabin:
    marts:
      +materialized: table
"""),
    ("data/airflow/dags/lake_compaction.py", r"""
from airflow import DAG
from airflow.operators.bash import BashOperator
import pendulum

with DAG("lake_compaction", start_date=pendulum.datetime(2026, 1, 1), schedule="@daily", catchup=False) as dag:
    BashOperator(task_id="compact", bash_command="python -m lake.compact --days 1")
"""),
    ("services/tsfwatch/tsfwatch/levels.py", r"""
GREEN, AMBER, RED = "green", "amber", "red"


def level(pore_kpa: float) -> str:
    if pore_kpa > 180:
        return RED
    if pore_kpa > 160:
        return AMBER
    return GREEN
"""),
    ("services/tsfwatch/tests/test_levels.py", r"""
from tsfwatch.levels import level


def test_levels():
    assert level(100) == "green"
    assert level(170) == "amber"
    assert level(190) == "red"
"""),
    ("services/fuelbay/src/burn.sql", r"""
select truck_id, sum(litres) / nullif(sum(engine_hours), 0) as l_per_h
from fuel_dispense
group by truck_id
"""),
    ("services/tyretrack/README.md", r"""
# tyretrack

Tracks OTR tyre hours, position rotations and pressure/temperature alerts from the tyre gateways on each truck.
"""),
    ("Makefile", r"""
.PHONY: test lint
test:
	pytest -q
lint:
	ruff check .
"""),
    ("pyproject.toml", r"""
[tool.ruff]
line-length = 120

[tool.pytest.ini_options]
testpaths = ["services"]
"""),
    ("ops/oncall/rota.md", r"""
# OT on-call

Week 42: Kylie W (primary), Callum R (secondary). Escalation: Site IT lead, then the OT security manager.
"""),
]
