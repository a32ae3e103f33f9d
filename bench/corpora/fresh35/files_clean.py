"""fresh35 templates, clean files (Tessarine Semiconductor): files with neither a label nor a decoy, the ordinary
bulk a scanner walks past (code, configs without credentials, data files, docs).
Markers: render.py and README.md."""

FILES = [
    ("services/lotwright/src/main/java/com/tessarine/lotwright/hold/HoldService.java", r"""
package com.tessarine.lotwright.hold;

import java.time.Instant;
import java.util.List;

public final class HoldService {
    private final HoldRepository repo;

    public HoldService(HoldRepository repo) { this.repo = repo; }

    public Hold place(String lotId, String code, String reason, String user) {
        Hold h = new Hold(lotId, code, reason, user, Instant.now());
        repo.save(h);
        return h;
    }

    public List<Hold> open(String fab) { return repo.findOpenByFab(fab); }
}
"""),
    ("services/lotwright/src/main/resources/logback.xml", r"""
<configuration>
  <appender name="JSON" class="ch.qos.logback.core.ConsoleAppender">
    <encoder class="net.logstash.logback.encoder.LogstashEncoder"/>
  </appender>
  <root level="INFO"><appender-ref ref="JSON"/></root>
</configuration>
"""),
    ("services/eap-hub/Secs/S2F41Builder.cs", r"""
namespace Tessarine.Eap.Secs;

public static class S2F41Builder
{
    // Host Command Send: RCMD + list of CPNAME/CPVAL pairs
    public static SecsMessage Start(string ppid, string lotId) =>
        new SecsMessage(2, 41, true, Item.L(
            Item.A("PP-SELECT"),
            Item.L(Item.L(Item.A("PPID"), Item.A(ppid)),
                   Item.L(Item.A("LOTID"), Item.A(lotId)))));
}
"""),
    ("services/eap-hub/Secs/ceid-map.csv", r"""
ceid,name,reports
200,ProcessStart,1001
201,ProcessEnd,1002
310,WaferIn,1003
311,WaferOut,1004
500,AlarmSet,1010
501,AlarmClear,1011
"""),
    ("services/yieldscope/yieldscope/binning.py", r"""
HARD_BINS = {1: "PASS", 2: "OPEN_SHORT", 3: "IDDQ", 4: "SCAN", 5: "MEMORY_BIST", 6: "PARAMETRIC", 7: "RF_GAIN"}


def yield_pct(bins: dict[int, int]) -> float:
    total = sum(bins.values())
    return 100.0 * bins.get(1, 0) / total if total else 0.0


def edge_ring(die_xy, radius_mm: float, wafer_mm: float = 300.0, excl_mm: float = 3.0) -> bool:
    x, y = die_xy
    return (x * x + y * y) ** 0.5 > (wafer_mm / 2 - excl_mm - radius_mm)
"""),
    ("services/yieldscope/yieldscope/stdf_reader.py", r"""
import struct

REC = {(0, 10): "FAR", (1, 10): "MIR", (5, 10): "PIR", (5, 20): "PRR", (15, 10): "PTR"}


def records(fh):
    while True:
        hdr = fh.read(4)
        if len(hdr) < 4:
            return
        length, typ, sub = struct.unpack("<HBB", hdr)
        yield REC.get((typ, sub), f"{typ}/{sub}"), fh.read(length)
"""),
    ("services/yieldscope/pyproject.toml", r"""
[project]
name = "yieldscope"
version = "3.8.1"
requires-python = ">=3.11"
dependencies = ["pandas>=2.2", "pyarrow>=15", "boto3>=1.34", "psycopg2-binary>=2.9"]

[tool.ruff]
line-length = 120
"""),
    ("services/supplierlink/package.json", r"""
{
  "name": "supplierlink",
  "private": true,
  "version": "2.14.0",
  "scripts": {"dev": "next dev", "build": "next build", "test": "vitest run"},
  "dependencies": {"next": "14.2.5", "next-auth": "4.24.7", "react": "18.3.1"}
}
"""),
    ("services/supplierlink/components/PcnTable.tsx", r"""
export function PcnTable({ rows }: { rows: { id: string; supplier: string; effective: string; status: string }[] }) {
  return (
    <table className="pcn">
      <thead><tr><th>PCN</th><th>Supplier</th><th>Effective</th><th>Status</th></tr></thead>
      <tbody>{rows.map(r => <tr key={r.id}><td>{r.id}</td><td>{r.supplier}</td><td>{r.effective}</td><td>{r.status}</td></tr>)}</tbody>
    </table>
  );
}
"""),
    ("services/spc-engine/spc_engine/rules.py", r"""
def western_electric(points, mean, sigma):
    '''Return the indices that violate WE rule 1 (beyond 3 sigma) and rule 4 (8 on one side).'''
    out = [i for i, p in enumerate(points) if abs(p - mean) > 3 * sigma]
    run = 0
    for i, p in enumerate(points):
        run = run + 1 if p > mean else 0
        if run >= 8:
            out.append(i)
    return sorted(set(out))
"""),
    ("services/spc-engine/charts/CD_M1_LITH.yaml", r"""
chart: CD_M1_LITH
parameter: cd_mean_nm
target: 45.0
usl: 47.5
lsl: 42.5
ucl: 46.6
lcl: 43.4
rules: [WE1, WE2, WE4]
reaction_plan: RP-LITH-007
"""),
    ("services/pm-scheduler/pm_rules.yaml", r"""
- tool: LITH05
  pm: weekly-lens-heating-cal
  every_days: 7
- tool: ETCH12
  pm: chamber-wet-clean
  every_rf_hours: 120
- tool: CMP02
  pm: pad-change
  every_wafers: 1800
"""),
    ("services/alarm-router/src/route.go", r"""
package router

type Alarm struct {
	Tool  string
	ALID  int
	Text  string
	Level int
}

func Route(a Alarm) string {
	switch {
	case a.Level >= 3:
		return "pagerduty"
	case a.Tool == "GC-14" || a.Tool == "TGM-SF-03":
		return "facilities"
	default:
		return "teams"
	}
}
"""),
    ("eda/pdk/tsx65rf/layers.map", r"""
# layer  datatype  name       purpose
1        0         NWELL      drawing
2        0         ACTIVE     drawing
10       0         POLY       drawing
20       0         CONT       drawing
31       0         M1         drawing
32       0         VIA1       drawing
33       0         M2         drawing
"""),
    ("eda/flows/synopsys/constraints/top.sdc", r"""
create_clock -name clk_core -period 2.0 [get_ports clk_core]
set_input_delay 0.4 -clock clk_core [all_inputs]
set_output_delay 0.4 -clock clk_core [all_outputs]
set_false_path -from [get_ports rst_n]
"""),
    ("eda/tapeout/MPW-26Q4/jobdeck_summary.txt", r"""
JOBDECK MPW-26Q4  TSX65RF  14 layers
Frame: 26.0 x 33.0 mm   Reticle: 6025 binary / attPSM (M1, VIA1, POLY)
Layer  Tone  Grade  CD target
POLY   dark  A      65 nm
M1     clear A      90 nm
VIA1   dark  A      100 nm
"""),
    ("docs/wiki/lot-naming.md", r"""
# Lot naming

`T2A4475.1`: fab (`T2` = TSX2), product family letter, sequence, split number after the dot.
Child lots from a split get `.2`, `.3`, ...; merged lots keep the parent id. Wafer ids append `-NN` (slot).
"""),
    ("docs/wiki/cleanroom-classes.md", r"""
# Cleanroom classes at TSX2

| area | ISO class | notes |
|---|---|---|
| litho bays | ISO 4 | yellow light, AMC filters |
| etch/dep bays | ISO 5 | |
| service chase | ISO 7 | |
| sub-fab | unclassified | pumps, abatement, chillers |
"""),
    ("docs/wiki/secs-gem-primer.md", r"""
# SECS/GEM primer for new CIM engineers

- HSMS (SEMI E37) carries SECS-II messages over TCP; the host is usually *active*, the tool *passive*.
- T3 reply timeout, T5 connect separation, T6 control transaction, T7 not-selected, T8 network intercharacter.
- S1F13/S1F14 establish communication; S2F41 host commands; S6F11 event reports; S5F1 alarms; S7 recipes.
- GEM300: E40 process jobs, E87 carrier management, E90 substrate tracking, E94 control jobs.
"""),
    ("docs/runbooks/hold-release.md", r"""
# Runbook: releasing an engineering hold

1. Confirm disposition in the MES hold comment (owner, reason, data).
2. For QHLD, quality must approve in the MES UI; CIM never releases QHLD.
3. Release; the RTD picks the lot up in the next refresh.
"""),
    ("infra/tf/fab-network/outputs.tf", r"""
output "vpn_connection_id" {
  value = aws_vpn_connection.tsx2.id
}

output "directory_id" {
  value = aws_directory_service_directory.fab.id
}
"""),
    ("infra/tf/modules/timestream/main.tf", r"""
variable "name" { type = string }

resource "aws_timestreamwrite_database" "this" {
  database_name = var.name
}

resource "aws_timestreamwrite_table" "env" {
  database_name = aws_timestreamwrite_database.this.database_name
  table_name    = "cleanroom_env"
  retention_properties {
    memory_store_retention_period_in_hours  = 72
    magnetic_store_retention_period_in_days = 1825
  }
}
"""),
    ("infra/cfn/sqs-secs-alarms.yaml", r"""
AWSTemplateFormatVersion: '2010-09-09'
Description: SECS alarm queue (S5F1 from all EAP adapters)
Resources:
  AlarmQueue:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: secs-alarms
      MessageRetentionPeriod: 1209600
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt AlarmDlq.Arn
        maxReceiveCount: 5
  AlarmDlq:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: secs-alarms-dlq
"""),
    ("deploy/k8s/eap-hub/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: eap-hub
  namespace: eap
spec:
  replicas: 2
  selector: {matchLabels: {app: eap-hub}}
  template:
    metadata: {labels: {app: eap-hub}}
    spec:
      containers:
        - name: hub
          image: registry.tessarine.internal/eap/hub:7.3.0
          envFrom:
            - secretRef: {name: eap-hub}
          ports: [{containerPort: 8080}]
"""),
    ("deploy/k8s/yield/networkpolicy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: yield-egress
  namespace: yield
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to: [{ipBlock: {cidr: 10.42.0.0/16}}]
"""),
    ("deploy/helm/eap/Chart.yaml", r"""
apiVersion: v2
name: eap-adapter
version: 7.3.0
appVersion: "7.3.0"
description: SECS/GEM equipment adapter (one release per tool)
"""),
    (".github/workflows/lint.yml", r"""
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: astral-sh/ruff-action@v1
"""),
    ("devices/metrology/ocd/recipe_M1_OCD.json", r"""
{"recipe": "M1_OCD", "tool": "NOVA-T600", "sites": 13, "model": "M1_trench_v7", "floating": ["cd_top", "cd_bot", "swa", "depth"], "fixed": {"n_oxide": 1.462}}
"""),
    ("devices/fmcs/ffu-groups.csv", r"""
group,bay,ffu_count,setpoint_mps
B07-A,7,48,0.45
B07-B,7,48,0.45
B08-A,8,52,0.40
"""),
    ("devices/gas/purge-procedure.txt", r"""
GAS CABINET PURGE - STANDARD (WF6, NF3, SiH4)
1. Close cylinder valve; confirm process isolation.
2. Run 30 cycles N2 pressure/vent purge; verify < 1e-9 torr leak check.
3. Swap cylinder, re-run purge, leak check, log in the gas log.
"""),
    ("devices/amhs/oht-routes.txt", r"""
ROUTE  FROM    TO      VIA
R101   STK-S12 LITH05  BAY7-LOOP
R102   STK-S12 ETCH12  BAY8-LOOP
R103   LITH05  OVL01   BAY7-LOOP
"""),
    ("scripts/wafer_map_ascii.py", r"""
def render(diemap, width=30):
    rows = []
    for y in range(width):
        rows.append("".join(diemap.get((x, y), ".") for x in range(width)))
    return "\n".join(rows)
"""),
    ("scripts/check_license_usage.sh", r"""
#!/bin/bash
# print seats in use per FlexLM feature
lmutil lmstat -a -c 27020@lic01 | awk '/Users of/ {print $3, $6, $11}'
"""),
    ("monitoring/dashboards/cleanroom.json", r"""
{"title": "TSX2 cleanroom", "panels": [{"type": "timeseries", "title": "Particle 0.1um by bay", "targets": [{"query": "from(bucket:\"cleanwatch\") |> range(start:-24h) |> filter(fn:(r) => r._measurement == \"particles\")"}]}]}
"""),
    ("monitoring/alerts/fdc.rules.yml", r"""
groups:
  - name: fdc
    rules:
      - alert: FdcCollectorDown
        expr: up{job="fdc-collector"} == 0
        for: 5m
        labels: {severity: critical}
"""),
    ("README.md", r"""
# tessarine-cim

Monorepo of the CIM (computer-integrated manufacturing) team: MES adapters, equipment automation, FDC, yield,
cleanroom monitoring and the supplier portal. See `docs/wiki/` for primers and `docs/runbooks/` for on-call.
"""),
    ("CODEOWNERS", r"""
/services/lotwright/   @tessarine-semi/cim-mes
/services/eap-hub/     @tessarine-semi/cim-eap
/services/yieldscope/  @tessarine-semi/yield-eng
/infra/                @tessarine-semi/cloud-platform
"""),
    (".gitignore", r"""
.env
.env.*
!.env.example
secrets/
*.key
*.pem.key
.terraform/
__pycache__/
node_modules/
"""),
]
