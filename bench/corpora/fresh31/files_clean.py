"""fresh31 templates, clean files (Skerrymor Energy): no label and no decoy. Data samples, models, code and
documents that hold no credential, so a scanner's false positives on ordinary renewable-energy files show.
Markers: render.py and README.md (none are used here)."""

FILES = [
    ("README.md", r"""
# skerrymor-platform

Monorepo of the Skerrymor Energy digital team: the ROC (remote operations centre) tools, the site edge stack,
the trading gateway (tidemark), forecasting (windcast), condition monitoring and the lakehouse.

- `infra/` CloudFormation, SAM, Terraform
- `deploy/` compose, Kubernetes, Helm
- `apps/` services
- `sites/` per-site device configuration exports (OT team)
- `docs/` runbooks, wiki, ADRs
"""),
    ("apps/forecast/windcast/power_curve.py", r"""
'''Per-turbine power curves binned per IEC 61400-12-1 (0.5 m/s bins, air-density normalised).'''
from __future__ import annotations

import numpy as np

RHO_REF = 1.225


def normalise_speed(ws: np.ndarray, rho: np.ndarray) -> np.ndarray:
    return ws * (rho / RHO_REF) ** (1.0 / 3.0)


def bin_curve(ws: np.ndarray, power: np.ndarray, width: float = 0.5) -> tuple[np.ndarray, np.ndarray]:
    edges = np.arange(0.0, 30.0 + width, width)
    idx = np.digitize(ws, edges)
    centres = edges[:-1] + width / 2
    means = np.array([power[idx == i].mean() if (idx == i).any() else np.nan for i in range(1, len(edges))])
    return centres, means
"""),
    ("apps/forecast/windcast/aggregate.py", r"""
'''Park aggregation: sum of turbine forecasts minus wake and electrical losses, capped at export capacity.'''

EXPORT_CAP_MW = {"SKB": 940.8, "MHR": 173.6, "CRN": 92.4}
ELECTRICAL_LOSS = {"SKB": 0.028, "MHR": 0.019, "CRN": 0.021}


def park_mw(site: str, turbine_mw: list[float], wake_factor: float) -> float:
    gross = sum(turbine_mw) * (1.0 - wake_factor)
    net = gross * (1.0 - ELECTRICAL_LOSS[site])
    return min(net, EXPORT_CAP_MW[site])
"""),
    ("apps/lakehouse/dbt/models/marts/fct_availability.sql", r"""
-- time-based availability per turbine and month (IEC 61400-26-1 categories)
with tenmin as (
    select * from {{ ref('stg_scada_tenmin') }}
)
select
    site_code,
    turbine_id,
    date_trunc('month', ts) as month,
    sum(case when iec_category in ('IAOGFP', 'IAONGFP', 'IAOFM') then 600 else 0 end) as available_s,
    sum(case when iec_category <> 'IANOINFO' then 600 else 0 end) as known_s,
    available_s / nullif(known_s, 0) as time_availability
from tenmin
group by 1, 2, 3
"""),
    ("apps/lakehouse/dbt/models/staging/stg_scada_tenmin.sql", r"""
select
    site as site_code,
    wtg as turbine_id,
    ts_utc as ts,
    wind_speed_avg as ws,
    active_power_avg as p_kw,
    iec_state as iec_category
from {{ source('scada', 'tenmin_raw') }}
where ts_utc >= '2024-01-01'
"""),
    ("apps/lakehouse/dbt/models/marts/fct_curtailment.sql", r"""
-- lost energy from curtailment: DNO ANM, BM bid acceptances, grid constraints, bat/shadow modules
select
    c.site_code,
    c.instruction_id,
    c.source,
    c.start_ts,
    c.end_ts,
    sum(f.expected_kw - f.p_kw) / 6.0 as lost_kwh
from {{ ref('stg_curtailment') }} c
join {{ ref('fct_expected_power') }} f
  on f.site_code = c.site_code and f.ts between c.start_ts and c.end_ts
group by 1, 2, 3, 4, 5
"""),
    ("apps/cms/vibration/spectra.py", r"""
'''Order tracking and envelope spectra for drive-train bearings (main bearing, gearbox HSS, generator DE/NDE).'''
import numpy as np


def envelope(signal: np.ndarray) -> np.ndarray:
    from scipy.signal import hilbert
    return np.abs(hilbert(signal))


def bearing_freqs(rpm: float, n_balls: int, d_ball: float, d_pitch: float, angle_deg: float = 0.0) -> dict:
    fr = rpm / 60.0
    c = np.cos(np.radians(angle_deg)) * d_ball / d_pitch
    return {"BPFO": n_balls / 2 * fr * (1 - c), "BPFI": n_balls / 2 * fr * (1 + c),
            "BSF": d_pitch / (2 * d_ball) * fr * (1 - c ** 2), "FTF": fr / 2 * (1 - c)}
"""),
    ("apps/bess/optimiser/internal/dispatch/soc.go", r"""
package dispatch

// Clamp keeps the state of charge inside the warranty window (5-95 %) with a reserve for dynamic containment.
func Clamp(soc, reserve float64) float64 {
	lo, hi := 0.05+reserve, 0.95-reserve
	if soc < lo {
		return lo
	}
	if soc > hi {
		return hi
	}
	return soc
}
"""),
    ("docs/wiki/grid-code-compliance.md", r"""
# Grid code compliance notes (GB)

- Fault ride through per the Grid Code CC.6.3.15; type C/D power park modules.
- Reactive capability: 0.95 lead/lag at the grid entry point; voltage control slope 4 %.
- Frequency response: LFSM-O droop 10 %, deadband ±0.015 Hz.
- Compliance simulations are kept in the `grid/` share, one folder per PPM.
"""),
    ("docs/wiki/alarm-codes-nvc8.md", r"""
# NVC-8 alarm codes the ROC sees most

| code | text | action |
|---|---|---|
| 1012 | Pitch axis 2 deviation | remote reset once, then OEM |
| 2201 | Yaw misalignment > 15° for 600 s | check met sensor |
| 3140 | Gearbox oil temp high | no reset, dispatch |
| 4410 | Converter grid fault (LVRT) | wait for grid OK, reset |
| 5102 | Ice detected (blade) | stop, heating on |
"""),
    ("docs/wiki/ctv-fleet.md", r"""
# Crew transfer vessels

| vessel | operator | length | PAX | Hs limit |
|---|---|---|---|---|
| Orca Sentinel | Orca Marine | 27 m | 24 | 1.5 m |
| Orca Guardian | Orca Marine | 27 m | 24 | 1.5 m |
| Skerry Swift | Orca Marine (SES) | 30 m | 24 | 1.8 m |
"""),
    ("docs/wiki/helicopter-ops.md", r"""
# Helicopter operations (SKB)

Northlift operates AW169s from Aberdeen. Hoisting to WTG nacelles for rows A-F; helideck landings on the OSP.
Weather minima: cloud base 600 ft, visibility 3 km by day. Passenger manifests are sent the day before.
"""),
    ("docs/adr/0004-iceberg-lakehouse.md", r"""
# ADR 0004: Iceberg tables on S3 with Glue catalog

Status: accepted. SCADA 10-minute and 1-second data land as Iceberg tables; Trino and Snowflake read them
through the Glue catalog. Compaction runs nightly; snapshots kept 14 days.
"""),
    ("infra/cfn/README.md", r"""
# CloudFormation stacks

Deploy with `sam deploy --config-env <env>`. Stack outputs are consumed by the Helm charts through External
Secrets; nothing sensitive is passed on the command line.
"""),
    ("deploy/k8s/lakehouse/namespace.yaml", r"""
apiVersion: v1
kind: Namespace
metadata:
  name: lakehouse
  labels:
    team: data-platform
    cost-centre: "4410"
"""),
    ("deploy/k8s/lakehouse/trino-service.yaml", r"""
apiVersion: v1
kind: Service
metadata:
  name: trino
  namespace: lakehouse
spec:
  selector: {app: trino, component: coordinator}
  ports:
    - {name: http, port: 8080, targetPort: 8080}
"""),
    ("deploy/helm/cms/Chart.yaml", r"""
apiVersion: v2
name: cms
description: condition monitoring web app and collectors
type: application
version: 4.2.0
appVersion: "4.2.0"
"""),
    ("ci/.github/workflows/lint.yml", r"""
name: lint
on: [pull_request]
jobs:
  ruff:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with: {python-version: '3.12'}
      - run: pip install ruff==0.7.4 && ruff check .
"""),
    ("infra/terraform/lakehouse/outputs.tf", r"""
output "warehouse_bucket" {
  value = "skm-lakehouse-274019386620"
}

output "glue_database" {
  value = "scada"
}
"""),
    ("sites/skb/layout/turbine_positions.csv", r"""
wtg,row,easting,northing,hub_height_m,water_depth_m,foundation
SKB-A01,A,512204,6412870,124,38.2,monopile
SKB-A02,A,513310,6413015,124,39.0,monopile
SKB-A03,A,514418,6413162,124,40.1,monopile
SKB-B01,B,512051,6411762,124,37.5,monopile
SKB-B02,B,513157,6411908,124,38.8,monopile
SKB-F07,F,518995,6407411,124,44.6,jacket
"""),
    ("sites/mhr/layout/turbines.geojson", r"""
{"type": "FeatureCollection", "features": [
  {"type": "Feature", "properties": {"wtg": "MHR-T01", "model": "NV-5.6"}, "geometry": {"type": "Point", "coordinates": [-3.9121, 56.4410]}},
  {"type": "Feature", "properties": {"wtg": "MHR-T02", "model": "NV-5.6"}, "geometry": {"type": "Point", "coordinates": [-3.9054, 56.4438]}}
]}
"""),
    ("sites/cwf/layout/blocks.csv", r"""
block,inverter_model,inverters,strings,modules_per_string,dc_kwp,ac_kw
B01,BWI-3125,2,412,28,6452,6250
B02,BWI-3125,2,410,28,6421,6250
B03,BWI-3125,2,414,28,6483,6250
B04,BWI-3125,2,408,28,6389,6250
"""),
    ("sites/tlg/ems/dispatch_schedule_2026-12-01.csv", r"""
settlement_period,service,mw,soc_start
1,DC-H,25.0,0.52
2,DC-H,25.0,0.51
3,wholesale_discharge,80.0,0.50
4,wholesale_discharge,80.0,0.38
5,BM_offer,60.0,0.27
"""),
    ("apps/trading/ppa-settlement/README.md", r"""
# PPA settlement

Monthly job: metered export (half-hourly, from the meter operator) x contract shape x strike price, minus
curtailment compensation where the contract says so. REGOs transfer through the Ofgem register after the
month closes. Credentials come from Secrets Manager at run time.
"""),
    ("apps/trading/tidemark/docs/m7-contracts.md", r"""
# M7 contract naming

Products: `XBID_Hour_Power`, `XBID_Half_Hour_Power`, `XBID_Quarter_Hour_Power`. Delivery areas: GB (10YGB----------A).
Order types: limit, iceberg, block. Throttling: 50 orders per second per user.
"""),
    ("apps/drone/bladescope-sync/defect_taxonomy.yaml", r"""
categories:
  - {code: LE1, name: leading-edge erosion, severity: [1, 2, 3, 4, 5]}
  - {code: LP2, name: lightning receptor damage, severity: [2, 3, 4, 5]}
  - {code: TE3, name: trailing-edge crack, severity: [3, 4, 5]}
  - {code: GC4, name: gelcoat delamination, severity: [1, 2, 3]}
"""),
    ("apps/offtaker-portal/package.json", r"""
{
  "name": "offtaker-portal",
  "private": true,
  "version": "2.7.1",
  "scripts": {"dev": "next dev", "build": "next build", "start": "next start"},
  "dependencies": {"next": "14.2.18", "next-auth": "4.24.10", "react": "18.3.1"}
}
"""),
    ("apps/marine/pob/Pob.Api.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.Identity.Web" Version="3.3.1" />
  </ItemGroup>
</Project>
"""),
    ("sites/skb/met/lidar_heights.md", r"""
# FL400 measurement heights

40, 60, 80, 100, 120, 140, 160, 180, 200 m above mean sea level; motion compensation on; 10-minute averages
with TI and shear exponents exported hourly to S3.
"""),
    ("docs/runbooks/curtailment-instruction.md", r"""
# Runbook: DNO ANM curtailment instruction

1. The ANM signal arrives over IEC 104 at the PPC; the PPC ramps at 10 % of capacity per minute.
2. Acknowledge in the ROC dashboard within 2 minutes.
3. Record start/end for the curtailment compensation claim.
"""),
]

# monthly SCADA 10-minute samples per site (clean data)
for site, wtg in (("skb", "SKB-A01"), ("mhr", "MHR-T01"), ("crn", "CRN-T04")):
    for month in ("2026-09", "2026-10", "2026-11"):
        FILES.append((f"data/samples/{site}/tenmin_{month}.csv", f"""
ts_utc,wtg,ws_avg,ws_std,wd_avg,p_avg_kw,rotor_rpm,pitch_deg,iec_state
{month}-01T00:00:00Z,{wtg},8.41,0.92,241.2,3211.5,10.4,0.1,IAOGFP
{month}-01T00:10:00Z,{wtg},8.77,1.01,243.0,3502.0,10.6,0.1,IAOGFP
{month}-01T00:20:00Z,{wtg},9.12,0.88,244.9,3890.4,10.9,0.4,IAOGFP
{month}-01T00:30:00Z,{wtg},3.05,0.41,250.1,0.0,0.0,86.0,IAONGFP
"""))
