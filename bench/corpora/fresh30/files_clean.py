"""fresh30 templates, clean files (Kestrelway Rail & Metro): no label and no decoy. GTFS static files, station
pages, code, timetables, Terraform and Kubernetes without secrets.
Markers: render.py and README.md."""

STATIONS = [("HWT", "Hawthorn Junction", 53.4801, -2.2421), ("MLB", "Millbrook", 53.4712, -2.2105),
            ("CRS", "Crossgate", 53.4630, -2.1987), ("QNQ", "Quayside North", 53.4585, -2.1820),
            ("ASH", "Ashfield Parkway", 53.4499, -2.1653), ("VLD", "Veldon Central", 53.4402, -2.1511),
            ("BRN", "Barnmoor", 53.4321, -2.1398), ("TWR", "Tower Street", 53.4877, -2.2550),
            ("OKL", "Oakley Lane", 53.4950, -2.2701), ("SWD", "Southwold Road", 53.5032, -2.2866)]

FILES = [
    ("opendata/gtfs/agency.txt", """
agency_id,agency_name,agency_url,agency_timezone,agency_lang,agency_phone
KRM,Kestrelway Rail & Metro,https://www.kestrelway.co.uk,Europe/London,en,0330 088 1100
"""),
    ("opendata/gtfs/routes.txt", """
route_id,agency_id,route_short_name,route_long_name,route_type,route_color,route_text_color
L1,KRM,1,Hawthorn Junction - Southwold Road,1,D7263D,FFFFFF
L2,KRM,2,Tower Street - Barnmoor (CBTC),1,1B998B,FFFFFF
R5,KRM,R5,Regional: Veldon Central - Pennyworth,2,2E294E,FFFFFF
"""),
    ("opendata/gtfs/stops.txt", "\nstop_id,stop_code,stop_name,stop_lat,stop_lon,location_type,wheelchair_boarding\n" +
     "".join(f"{c},{c},{n},{la:.4f},{lo:.4f},1,1\n" for c, n, la, lo in STATIONS)),
    ("opendata/gtfs/calendar.txt", """
service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date
WK,1,1,1,1,1,0,0,20261213,20270516
SA,0,0,0,0,0,1,0,20261213,20270516
SU,0,0,0,0,0,0,1,20261213,20270516
"""),
    ("opendata/gtfs/feed_info.txt", """
feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version
Kestrelway Rail & Metro,https://www.kestrelway.co.uk/open-data,en,20261213,20270516,2026-12-A
"""),
    ("opendata/gtfs/transfers.txt", """
from_stop_id,to_stop_id,transfer_type,min_transfer_time
HWT,HWT,2,240
VLD,VLD,2,300
"""),
    ("opendata/README.md", """
# Open data

GTFS static is rebuilt nightly from the timetable system and published under the Open Government Licence.
GTFS-Realtime (TripUpdates, VehiclePositions, ServiceAlerts) is refreshed every 15 seconds.
SIRI-VM and SIRI-SX are offered to partner operators by subscription.
"""),
    ("apps/opendata/publisher/src/tripupdates.ts", """
import { transit_realtime as rt } from 'gtfs-realtime-bindings';

export function toTripUpdate(pos: { trip: string; stop: string; delay: number }): rt.ITripUpdate {
  return {
    trip: { tripId: pos.trip },
    stopTimeUpdate: [{ stopId: pos.stop, arrival: { delay: pos.delay } }],
  };
}
"""),
    ("apps/opendata/publisher/src/vehicles.ts", """
export interface AtsPosition { train: string; berth: string; lat: number; lon: number; ts: number }

export function stale(p: AtsPosition, now: number): boolean {
  return now - p.ts > 90_000;
}
"""),
    ("apps/crew-app/server/rest_rules.py", """
'''Driver rest rules (company agreement 2024): minimum 12h between turns, 8h30 maximum driving.'''
from datetime import timedelta

MIN_REST = timedelta(hours=12)
MAX_DRIVING = timedelta(hours=8, minutes=30)


def rest_ok(prev_end, next_start) -> bool:
    return next_start - prev_end >= MIN_REST
"""),
    ("apps/tdr-decoder/decode.go", """
package main

import (
	"encoding/binary"
	"io"
)

// JRU record header (SUBSET-027): 2-byte type, 4-byte timestamp.
type Header struct {
	Type uint16
	TS   uint32
}

func readHeader(r io.Reader) (Header, error) {
	var h Header
	err := binary.Read(r, binary.BigEndian, &h)
	return h, err
}
"""),
    ("apps/farebridge/src/main/java/uk/co/kestrelway/fares/Capping.java", """
package uk.co.kestrelway.fares;

public final class Capping {
    private Capping() {}

    /** Daily cap in pence for the zones touched. */
    public static int dailyCap(int zones) {
        return zones <= 2 ? 840 : zones <= 4 ? 1120 : 1490;
    }
}
"""),
    ("infra/terraform/modules/opendata-bucket/main.tf", """
resource "aws_s3_bucket" "opendata" {
  bucket = "krm-opendata"
}

resource "aws_s3_bucket_public_access_block" "opendata" {
  bucket                  = aws_s3_bucket.opendata.id
  block_public_acls       = true
  block_public_policy     = false
  ignore_public_acls      = true
  restrict_public_buckets = false
}
"""),
    ("infra/terraform/modules/opendata-bucket/outputs.tf", """
output "bucket_arn" {
  value = aws_s3_bucket.opendata.arn
}
"""),
    ("infra/cfn/ats-dashboards.yaml", """
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudWatch dashboards for the ATS mirror
Resources:
  AtsDashboard:
    Type: AWS::CloudWatch::Dashboard
    Properties:
      DashboardName: ats-mirror
      DashboardBody: '{"widgets":[{"type":"metric","properties":{"metrics":[["AWS/Kinesis","IncomingRecords","StreamName","ats-train-positions"]],"region":"eu-west-2"}}]}'
"""),
    ("deploy/k8s/otp-deployment.yaml", """
apiVersion: apps/v1
kind: Deployment
metadata:
  name: otp
  namespace: wayfarer
spec:
  replicas: 3
  selector:
    matchLabels: {app: otp}
  template:
    metadata:
      labels: {app: otp}
    spec:
      containers:
        - name: otp
          image: opentripplanner/opentripplanner:2.6.0
          resources:
            requests: {cpu: "2", memory: 8Gi}
"""),
    ("deploy/k8s/otp-service.yaml", """
apiVersion: v1
kind: Service
metadata:
  name: otp
  namespace: wayfarer
spec:
  selector: {app: otp}
  ports:
    - port: 80
      targetPort: 8080
"""),
    ("docs/wiki/line2-cbtc-overview.md", """
# Line 2 CBTC overview

Line 2 runs moving-block CBTC (GoA2) between Tower Street and Barnmoor. Zone controllers ZC-2A and ZC-2B
cover the line; the DCS radio network uses trackside APs every 250-300 m. The ATS mirror in the cloud is
read-only and never sends commands to the field.
"""),
    ("docs/wiki/depot-hawthorn.md", """
# Hawthorn depot

Roads 1-6: stabling. Road 7: wheel lathe. Road 8: wash. Shore supply 750 V DC on roads 1-4.
Depot protection: red lamps and derailers; road permits via the depot controller.
"""),
    ("docs/standards/naming.md", """
# Naming

Stations use their three-letter codes (HWT, MLB, CRS...). Units are numbered 380-411 (EMU) and 501-520 (metro).
AWS resources: krm-<env>-<service>-<purpose>.
"""),
    ("timetables/2026-12/line1-weekday.csv", "\ntrip_id,departure,from,to\n" +
     "".join(f"L1-WK-{i:03d},{5 + i // 6:02d}:{(i % 6) * 10:02d},HWT,SWD\n" for i in range(24))),
    ("timetables/2026-12/line2-weekday.csv", "\ntrip_id,departure,from,to\n" +
     "".join(f"L2-WK-{i:03d},{5 + i // 8:02d}:{(i % 8) * 7 + 2:02d},TWR,BRN\n" for i in range(24))),
    ("timetables/README.md", """
# Timetables

Working timetables are exported from the planning system each timetable change (December and May).
"""),
    ("ci/scripts/lint.sh", """
#!/usr/bin/env bash
set -euo pipefail
ruff check .
npm run lint --workspaces
"""),
    ("Makefile", """
.PHONY: gtfs tdr-decoder
gtfs:
\tpython tools/build_gtfs.py --out build/gtfs.zip
tdr-decoder:
\tcd apps/tdr-decoder && go build -o ../../build/tdr-decoder .
"""),
    ("CODEOWNERS", """
/infra/           @kestrelway/cloud-platform
/apps/farebridge/ @kestrelway/fares
/devices/         @kestrelway/ot-engineering
/opendata/        @kestrelway/opendata
"""),
]


def _station_pages():
    out = []
    for c, n, la, lo in STATIONS:
        out.append((f"docs/stations/{c.lower()}.md", f"""
# {n} ({c})

- Location: {la:.4f}, {lo:.4f}
- Step-free access: yes (lifts LIFT-{c}-01, LIFT-{c}-02)
- Gateline: yes; help points on every platform
- Station supervisor office: ground floor, next to the ticket office
"""))
    return out


def _lambdas():
    out = []
    for name, body in [("dwell-times", "return {'p50': 42, 'p95': 96}"),
                       ("lift-status", "return {'working': True}"),
                       ("disruption-digest", "return {'sent': 0}"),
                       ("platform-occupancy", "return {'occupancy': []}"),
                       ("crowding-index", "return {'index': 0.0}"),
                       ("escalator-uptime", "return {'uptime': 0.999}")]:
        out.append((f"apps/lambdas/{name}/handler.py", f"""
import json
import logging

log = logging.getLogger()


def handler(event, context):
    log.info("event %s", json.dumps(event)[:200])
    {body}
"""))
    return out


FILES += _station_pages() + _lambdas()
