"""fresh27 templates, ordinary clean files (Tessaly Clinical Research): no label and no decoy. Code, schemas,
IaC without credentials, docs, data extracts and logs, so that a scanner's false alarms on everyday files
are measured too. Markers: none."""

FILES = [
    ("infra/cfn/lake-buckets.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: lakehouse buckets (raw, curated, sdtm, adam) with Object Lock for GxP retention
Resources:
  CuratedBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: tcr-lake-curated-264019837745
      ObjectLockEnabled: true
      VersioningConfiguration:
        Status: Enabled
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
  SdtmBucket:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: tcr-lake-sdtm-264019837745
      VersioningConfiguration:
        Status: Enabled
"""),
    ("infra/cfn/alarms-lims.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: CloudWatch alarms for the LIMS (CPU, connections, importer lag)
Parameters:
  AlarmTopic:
    Type: String
Resources:
  DbCpu:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: quillon-db-cpu-high
      Namespace: AWS/RDS
      MetricName: CPUUtilization
      Dimensions:
        - Name: DBClusterIdentifier
          Value: quillon-prod
      Statistic: Average
      Period: 300
      EvaluationPeriods: 3
      Threshold: 80
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref AlarmTopic]
  ImporterLag:
    Type: AWS::CloudWatch::Alarm
    Properties:
      AlarmName: cds-importer-queue-age
      Namespace: AWS/SQS
      MetricName: ApproximateAgeOfOldestMessage
      Dimensions:
        - Name: QueueName
          Value: cds-results-prod
      Statistic: Maximum
      Period: 300
      EvaluationPeriods: 2
      Threshold: 1800
      ComparisonOperator: GreaterThanThreshold
      AlarmActions: [!Ref AlarmTopic]
"""),
    ("infra/cfn/iam-readonly-auditors.json", r"""
{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Description": "Read-only role for the sponsor audit (21 CFR Part 11 / Annex 11 inspections)",
  "Resources": {
    "AuditorRole": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "RoleName": "gxp-auditor-readonly",
        "AssumeRolePolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::718204593361:root"}, "Action": "sts:AssumeRole", "Condition": {"Bool": {"aws:MultiFactorAuthPresent": "true"}}}]
        },
        "ManagedPolicyArns": ["arn:aws:iam::aws:policy/ReadOnlyAccess"]
      }
    }
  }
}
"""),
    ("infra/terraform/modules/site-vpn/variables.tf", r"""
variable "site_code" {
  type        = string
  description = "Three-letter site code (LDS, RDU, KRK, PNQ, MTY, BNE)"
}

variable "customer_gateway" {
  type = string
}

variable "bgp_asn" {
  type = number
}

variable "tunnel1_psk" {
  type      = string
  sensitive = true
}

variable "tunnel2_psk" {
  type      = string
  sensitive = true
}

variable "transit_gateway" {
  type = string
}
"""),
    ("infra/terraform/modules/site-vpn/main.tf", r"""
resource "aws_customer_gateway" "site" {
  bgp_asn    = var.bgp_asn
  ip_address = var.customer_gateway
  type       = "ipsec.1"
  tags       = { Name = "cgw-${lower(var.site_code)}" }
}

resource "aws_vpn_connection" "site" {
  customer_gateway_id   = aws_customer_gateway.site.id
  transit_gateway_id    = var.transit_gateway
  type                  = "ipsec.1"
  tunnel1_preshared_key = var.tunnel1_psk
  tunnel2_preshared_key = var.tunnel2_psk
  tags                  = { Name = "vpn-${lower(var.site_code)}" }
}
"""),
    ("infra/terraform/modules/redshift/outputs.tf", r"""
output "endpoint" {
  value = aws_redshift_cluster.this.endpoint
}

output "cluster_namespace_arn" {
  value = aws_redshift_cluster.this.cluster_namespace_arn
}
"""),
    ("deploy/k8s/lims/hpa.yaml", r"""
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: lims-api
  namespace: lims
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: lims-api
  minReplicas: 3
  maxReplicas: 8
  metrics:
    - type: Resource
      resource:
        name: cpu
        target: {type: Utilization, averageUtilization: 70}
"""),
    ("deploy/k8s/lims/pdb.yaml", r"""
apiVersion: policy/v1
kind: PodDisruptionBudget
metadata:
  name: lims-api
  namespace: lims
spec:
  minAvailable: 2
  selector:
    matchLabels: {app: lims-api}
"""),
    ("deploy/k8s/ingress/lab-apps.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: lab-apps
  namespace: lab-apps
  annotations:
    cert-manager.io/cluster-issuer: tessaly-internal-ca
    nginx.ingress.kubernetes.io/proxy-body-size: 200m
spec:
  ingressClassName: nginx
  tls:
    - hosts: [ionforge.lab.tessaly-cro.com, plates.lab.tessaly-cro.com]
      secretName: ionforge-tls
  rules:
    - host: ionforge.lab.tessaly-cro.com
      http:
        paths:
          - path: /
            pathType: Prefix
            backend: {service: {name: ionforge-proxy, port: {number: 80}}}
"""),
    ("deploy/helm/specimen-tracker/Chart.yaml", r"""
apiVersion: v2
name: specimen-tracker
description: Specimen chain-of-custody and label printing for the central lab
type: application
version: 2.14.0
appVersion: "2.14.0"
dependencies:
  - name: redis
    version: 19.5.2
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
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install ruff==0.6.9 && ruff check . && ruff format --check .
  hadolint:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: hadolint/hadolint-action@v3.1.0
        with:
          dockerfile: services/lims-api/Dockerfile
"""),
    ("services/freezer-gw/Dockerfile", r"""
FROM golang:1.22 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -o /out/freezer-gw .

FROM gcr.io/distroless/static-debian12
COPY --from=build /out/freezer-gw /freezer-gw
USER nonroot:nonroot
ENTRYPOINT ["/freezer-gw"]
"""),
    ("services/sdtm-pipeline/sdtm/domains/lb.py", r"""
'''LB (laboratory test results) domain mapping from LIMS result rows to SDTM IG 3.4.'''
from __future__ import annotations

import pandas as pd

LBTESTCD = {"ALT": "Alanine Aminotransferase", "AST": "Aspartate Aminotransferase", "CREAT": "Creatinine",
            "HGB": "Hemoglobin", "PK01": "TCR-4471 Plasma Concentration"}


def map_lb(results: pd.DataFrame, study: str) -> pd.DataFrame:
    out = pd.DataFrame({
        "STUDYID": study,
        "DOMAIN": "LB",
        "USUBJID": study + "-" + results["subject_id"],
        "LBTESTCD": results["analyte_code"],
        "LBTEST": results["analyte_code"].map(LBTESTCD),
        "LBORRES": results["value"].astype(str),
        "LBORRESU": results["unit"],
        "LBDTC": pd.to_datetime(results["collected_at"]).dt.strftime("%Y-%m-%dT%H:%M"),
    })
    out["LBSEQ"] = out.groupby("USUBJID").cumcount() + 1
    return out
"""),
    ("services/sdtm-pipeline/sdtm/run.py", r"""
import argparse
import logging

from .domains.lb import map_lb
from .io import read_results, write_xpt

log = logging.getLogger("sdtm")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--study", required=True)
    ap.add_argument("--out", default="out/")
    a = ap.parse_args()
    lb = map_lb(read_results(a.study), a.study)
    write_xpt(lb, a.out + "lb.xpt")
    log.info("wrote %d LB records", len(lb))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
"""),
    ("services/sdtm-pipeline/requirements.txt", r"""
pandas==2.2.3
pyreadstat==1.2.7
boto3==1.35.36
lxml==5.3.0
pydantic==2.9.2
"""),
    ("services/lims-api/src/main/java/com/tessaly/lims/run/RunBatchService.java", r"""
package com.tessaly.lims.run;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RunBatchService {
    private final RunBatchRepository repo;
    private final AuditTrail audit;

    public RunBatchService(RunBatchRepository repo, AuditTrail audit) {
        this.repo = repo;
        this.audit = audit;
    }

    @Transactional
    public RunBatch accept(String batchId, String reviewer, String reason) {
        RunBatch b = repo.findById(batchId).orElseThrow();
        b.setStatus(RunStatus.ACCEPTED);
        b.setReviewedAt(Instant.now());
        audit.record(batchId, reviewer, "ACCEPT", reason);
        return repo.save(b);
    }

    public List<RunBatch> pending() {
        return repo.findByStatus(RunStatus.PENDING_REVIEW);
    }
}
"""),
    ("services/specimen-tracker/src/labels.ts", r"""
// ZPL for 1.0 x 0.5 inch cryo labels (2D DataMatrix + human-readable)
export function cryoLabel(barcode: string, subject: string, visit: string): string {
  return [
    '^XA',
    '^FO20,20^BXN,4,200^FD' + barcode + '^FS',
    '^FO110,22^A0N,22,22^FD' + barcode + '^FS',
    '^FO110,50^A0N,20,20^FD' + subject + ' ' + visit + '^FS',
    '^XZ',
  ].join('\n');
}
"""),
    ("services/instrument-relay/RelayWorker.cs", r"""
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace InstrumentRelay;

public sealed class RelayWorker(ILogger<RelayWorker> log, ICdsClient cds, IResultSink sink) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            var runs = await cds.GetCompletedRunsAsync(ct);
            foreach (var run in runs)
            {
                await sink.PushAsync(run, ct);
                log.LogInformation("relayed run {RunId} ({Injections} injections)", run.Id, run.Injections.Count);
            }
            await Task.Delay(TimeSpan.FromMinutes(2), ct);
        }
    }
}
"""),
    ("services/freezer-gw/main.go", r"""
package main

import (
	"log"
	"time"
)

func main() {
	cfg := Load()
	poller := NewModbusPoller(cfg.ModbusAddr, 1, 48)
	for range time.Tick(30 * time.Second) {
		readings, err := poller.Read()
		if err != nil {
			log.Printf("modbus read: %v", err)
			continue
		}
		for _, r := range readings {
			if r.TempC > r.AlarmHighC {
				log.Printf("ALARM unit=%d temp=%.1f", r.Unit, r.TempC)
			}
		}
	}
}
"""),
    ("services/freezer-gw/go.mod", r"""
module github.com/tessaly-cro/freezer-gw

go 1.22

require (
	github.com/eclipse/paho.mqtt.golang v1.4.3
	github.com/goburrow/modbus v0.1.0
)
"""),
    ("services/pv-intake/intake/e2b.py", r"""
'''Build ICH E2B(R3) ICSR messages from intake cases.'''
from xml.etree import ElementTree as ET

NS = "urn:hl7-org:v3"


def icsr(case: dict) -> bytes:
    root = ET.Element("{%s}MCCI_IN200100UV01" % NS, ITSVersion="XML_1.0")
    msg = ET.SubElement(root, "{%s}PORR_IN049016UV" % NS)
    ET.SubElement(msg, "{%s}id" % NS, root="2.16.840.1.113883.3.989.2.1.3.1", extension=case["case_id"])
    ET.SubElement(msg, "{%s}creationTime" % NS, value=case["received"].strftime("%Y%m%d%H%M%S"))
    return ET.tostring(root, xml_declaration=True, encoding="UTF-8")
"""),
    ("db/migrations/V41__chain_of_custody.sql", r"""
CREATE TABLE custody_event (
    id            BIGSERIAL PRIMARY KEY,
    tube_barcode  VARCHAR(32)  NOT NULL,
    event_type    VARCHAR(16)  NOT NULL CHECK (event_type IN ('RECEIVED','ALIQUOTED','STORED','SHIPPED','DESTROYED')),
    location      VARCHAR(64),
    performed_by  VARCHAR(64)  NOT NULL,
    performed_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    reason        TEXT
);
CREATE INDEX custody_event_tube ON custody_event (tube_barcode, performed_at);
"""),
    ("db/migrations/V42__esign_manifestation.sql", r"""
ALTER TABLE esignature ADD COLUMN meaning VARCHAR(32) NOT NULL DEFAULT 'REVIEWED';
ALTER TABLE esignature ADD COLUMN printed_name VARCHAR(128);
COMMENT ON COLUMN esignature.meaning IS '21 CFR 11.50: the meaning associated with the signature';
"""),
    ("data/reference/analytes.csv", r"""
analyte_code,name,matrix,lloq,uloq,unit,method
PK01,TCR-4471,K2EDTA plasma,0.500,500,ng/mL,BA-M-0112 LC-MS/MS
PK02,TCR-4471-M1,K2EDTA plasma,0.250,250,ng/mL,BA-M-0112 LC-MS/MS
PK03,TCR-5120,Serum,1.00,1000,ng/mL,BA-M-0127 LC-MS/MS
ADA1,anti-TCR-5120 antibodies,Serum,,,titer,BA-M-0131 ECL
"""),
    ("data/reference/sites.csv", r"""
site_code,name,country,timezone,pi,irb
LDS-01,Leeds Clinical Research Unit,GB,Europe/London,Dr. A. Whitfield,Yorkshire REC
RDU-02,Raleigh Phase I Unit,US,America/New_York,Dr. M. Okafor,WCG IRB
KRK-01,Kraków Clinical Pharmacology Centre,PL,Europe/Warsaw,Dr. K. Nowak,KB Kraków
PNQ-03,Pune Clinical Trials Centre,IN,Asia/Kolkata,Dr. S. Kulkarni,IEC Pune
MTY-01,Monterrey Unidad de Investigación,MX,America/Monterrey,Dr. L. Garza,CEI Monterrey
BNE-02,Brisbane Early Phase Unit,AU,Australia/Brisbane,Dr. J. Holloway,Bellberry HREC
"""),
    ("data/exports/deviations-2026-Q3.csv", r"""
deviation_id,site,study,category,description,severity,status
DEV-2026-0311,LDS-01,TCR-4471-201,Visit window,Visit 4 performed on day 31 (window 28 +/- 2),Minor,Closed
DEV-2026-0318,KRK-01,TCR-4471-201,IP storage,Pharmacy fridge excursion 9.1C for 22 minutes,Major,Open
DEV-2026-0322,RDU-02,TCR-5120-102,Sample handling,PK sample centrifuged 45 min after draw (limit 30),Minor,Closed
"""),
    ("logs/lims/importer-2026-11-08.log", r"""
2026-11-08 02:00:01,009 INFO  [cds-import] starting batch RB-2026-4471-0312 (96 injections)
2026-11-08 02:00:04,551 INFO  [cds-import] auth ok
2026-11-08 02:13:20,877 INFO  [cds-import] calibration curve r2=0.9984 (weighting 1/x^2)
2026-11-08 02:13:59,310 INFO  [cds-import] batch complete; 96 accepted, 0 flagged
"""),
    ("logs/ecs/tmf-indexer-2026-11-09.log", r"""
{"ts":"2026-11-09T01:00:00.120Z","level":"info","msg":"index run started","artifacts":1832}
{"ts":"2026-11-09T01:04:12.801Z","level":"warn","msg":"OCR confidence low","artifact":"TMF-05.01.01-LDS-01-0044","confidence":0.61}
{"ts":"2026-11-09T01:09:40.002Z","level":"info","msg":"index run finished","indexed":1829,"skipped":3}
"""),
    ("docs/architecture/data-flow.md", r"""
# Clinical data flow

```
Sites (EDC, ePRO) --> Trialform EDC --nightly ODM--> S3 raw --Glue--> curated --dbt--> SDTM --> define.xml --> sponsor
Central lab LIMS --results--> S3 raw (LB) ---------------------------^
IRT (RandoGate) --webhooks--> irt-sync --> CTMS (SiteLedger)
Safety: intake --> VigilArc --E2B(R3) over AS2--> sponsors / regulators
```

All stores are encrypted with customer managed KMS keys; credentials live in Secrets Manager and are read at start-up.
"""),
    ("docs/architecture/lims-validation.md", r"""
# Quillon LIMS: validation approach (GAMP 5 category 4)

- URS, FS and configuration specification are in Docketa eTMF (system file, not study file).
- IQ is automated (Robot Framework); OQ scripts are executed by QA in the validation environment.
- Any change to the importer mapping is a minor change with regression of the CDS import OQ scripts.
- Audit trail review: monthly, by the bioanalytical QA lead.
"""),
    ("docs/runbooks/RB-EDC-03-odm-export-failure.md", r"""
# RB-EDC-03 ODM export failure

1. Check the `edc-bridge-pull` Lambda logs in CloudWatch for HTTP 401/429.
2. A 401 means the client secret was rotated: update `edc-bridge/trialform` in Secrets Manager and redeploy.
3. A 429 means Trialform throttled us; re-run after 30 minutes with `--studies` limited to the failed study.
4. Record the outage in the data management log; notify the study data manager if the cut-off is within 48 h.
"""),
    ("docs/wiki/glossary.md", r"""
# Glossary

- **CDS**: chromatography data system (ChromaVerse).
- **EDC**: electronic data capture (Trialform).
- **IRT**: interactive response technology, randomisation and drug supply (RandoGate).
- **eTMF**: electronic trial master file (Docketa).
- **ICSR**: individual case safety report (E2B R3).
- **LLOQ**: lower limit of quantification.
- **SDTM / ADaM**: CDISC tabulation and analysis data models.
"""),
    ("docs/wiki/oncall.md", r"""
# Lab and platform on-call

Rotation: weekly, Monday 09:00 Eastern. Primary pages come from PagerDuty services "Freezers", "LIMS",
"Clinical data platform". Freezer pages must be acknowledged within 10 minutes (RB-FRZ-02).
Hand-over notes go in #lab-oncall with open alarms and any deviations raised.
"""),
    ("mail/2026-11-10-audit-schedule.eml", r"""
From: desmond.achterberg@tessaly-cro.com
To: lab-leads@tessaly-cro.com
Subject: Helixa sponsor audit 17-18 November
Date: Tue, 10 Nov 2026 08:00:00 +0000

All,

Helixa QA will audit the bioanalytical lab on 17-18 November (method BA-M-0112, LIMS audit trail, freezer
mapping). Please have the freezer alarm records for Q3 and the CDS audit trail review forms ready.

Desmond
"""),
    ("chat/slack-lab-general.json", r"""
[
 {"type": "message", "user": "U07BX41LQ2", "ts": "1796400001.000100", "text": "MS-01 back up after source clean, tune passed"},
 {"type": "message", "user": "U07CR19MZ8", "ts": "1796400100.000200", "text": "great, batch 0313 can start at 14:00"},
 {"type": "message", "user": "U07BX41LQ2", "ts": "1796400160.000300", "text": "dry ice delivery moved to Thursday"}
]
"""),
    ("tickets/LABIT-241.md", r"""
# LABIT-241 Plate reader export path changed after Windows update

After the October update the reader software writes to `D:\Exports` instead of the share. Fixed by
re-applying the export profile; added a check to the instrument PC baseline.
"""),
    ("notebooks/pk_nca_summary.ipynb", r"""
{
 "cells": [
  {"cell_type": "markdown", "metadata": {}, "source": ["# NCA summary, TCR-4471-201 part A"]},
  {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": [],
   "source": ["import pandas as pd\n", "conc = pd.read_parquet('s3://tcr-pk-results-718204593361/4471-201/partA/conc.parquet')\n"]},
  {"cell_type": "code", "execution_count": 2, "metadata": {}, "outputs": [],
   "source": ["summary = conc.groupby(['cohort', 'dose_mg']).agg(cmax=('conc', 'max'))\n", "summary"]}
 ],
 "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("scripts/freezer-mapping-report.py", r"""
#!/usr/bin/env python3
'''Summarise a freezer temperature-mapping study (9 probes, 72 h) into the mapping report table.'''
import csv
import statistics
import sys

rows = list(csv.DictReader(open(sys.argv[1])))
by_probe = {}
for r in rows:
    by_probe.setdefault(r["probe"], []).append(float(r["temp_c"]))
for probe, temps in sorted(by_probe.items()):
    print(f"{probe}: min={min(temps):.1f} max={max(temps):.1f} mean={statistics.mean(temps):.2f}")
"""),
    ("scripts/check-cert-expiry.sh", r"""
#!/usr/bin/env bash
# Warn 30 days before any lab TLS certificate expires
set -euo pipefail
for host in lims.tessaly-cro.com ionforge.lab.tessaly-cro.com raleigh-frostguard.lab.tessaly-cro.com; do
  end=$(echo | openssl s_client -connect "$host:443" -servername "$host" 2>/dev/null | openssl x509 -noout -enddate | cut -d= -f2)
  if [ "$(date -d "$end" +%s)" -lt "$(date -d '+30 days' +%s)" ]; then
    echo "WARN $host expires $end"
  fi
done
"""),
    ("ansible/inventory/lab.ini", r"""
[instrument_pcs]
rdu-hplc01-pc ansible_host=10.40.20.11
rdu-hplc02-pc ansible_host=10.40.20.12
rdu-ms01-acq ansible_host=10.40.20.21
krk-hplc01-pc ansible_host=10.42.20.11

[freezer_edge]
rdu-frz-edge01 ansible_host=10.40.30.2
krk-frz-edge01 ansible_host=10.42.30.2
"""),
    ("ansible/playbooks/instrument-baseline.yml", r"""
- hosts: instrument_pcs
  gather_facts: false
  tasks:
    - name: Disable automatic Windows Update restarts
      ansible.windows.win_regedit:
        path: HKLM:\SOFTWARE\Policies\Microsoft\Windows\WindowsUpdate\AU
        name: NoAutoRebootWithLoggedOnUsers
        data: 1
        type: dword
    - name: Time sync to lab NTP
      ansible.windows.win_shell: w32tm /config /manualpeerlist:ntp.lab.tessaly-cro.com /syncfromflags:manual /update
"""),
    ("README.md", r"""
# tessaly-platform

Infrastructure, services and operational docs for Tessaly Clinical Research's lab and clinical data platform.

- `infra/`: CloudFormation, SAM, Terraform, CDK, Pulumi
- `deploy/`: Kubernetes, Helm, compose
- `services/`: LIMS API, specimen tracker, EDC bridge, IRT sync, PV intake, and more
- `lab/`, `clinical/`, `safety/`, `sites/`: system configuration
- `docs/`: runbooks, ADRs, SOP extracts

Secrets belong in AWS Secrets Manager. See `docs/adr/0007-secrets-in-gxp-systems.md`.
"""),
    (".gitignore", r"""
.terraform/
*.tfstate
*.tfstate.backup
.env
.env.*
!.env.example
__pycache__/
node_modules/
target/
bin/
obj/
"""),
    (".pre-commit-config.yaml", r"""
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v4.6.0
    hooks:
      - id: check-yaml
        args: [--unsafe]
      - id: end-of-file-fixer
      - id: trailing-whitespace
  - repo: https://github.com/antonbabenko/pre-commit-terraform
    rev: v1.92.0
    hooks:
      - id: terraform_fmt
"""),
    ("CODEOWNERS", r"""
/infra/            @tessaly-cro/platform
/deploy/           @tessaly-cro/platform
/lab/              @tessaly-cro/lab-it
/clinical/         @tessaly-cro/clinical-systems
/safety/           @tessaly-cro/pv-systems
/docs/sop/         @tessaly-cro/quality
"""),
]
