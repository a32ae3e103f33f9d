"""fresh31 templates, field devices and OEM exports (Skerrymor Energy): turbine controllers and SCADA servers
from the fictional OEMs (Nordvik Turbines, Aeolith Systems), met mast loggers and LiDAR, substations (RTUs,
protection relays, gateways, firewalls), inverters and trackers, the BESS EMS, vessels and helicopter ops,
CCTV and site access, network gear. Markers: render.py and README.md."""

FILES = [
    ("sites/skb/wtg/NVC8_param_export_F07.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Nordvik NVC-8 turbine controller parameter export. Turbine SKB-F07, serial NV11-2025-00417 -->
<NvcParameterSet controller="NVC-8" fw="8.14.2" exported="2026-10-03T11:42:10Z" tool="NV ServiceLink 5.3">
  <Group name="Grid">
    <Param id="G101" name="NominalVoltage" unit="V">66000</Param>
    <Param id="G140" name="LVRT_Profile">GC0137-B</Param>
  </Group>
  <Group name="Access">
    <Param id="A001" name="ServiceLevel1Password">«pw6:nvcl1»</Param>  ⟦password|turbine controller service level 1 password in a parameter export⟧
    <Param id="A002" name="ServiceLevel2Password">«svc:nvcl2»</Param>  ⟦password|turbine controller service level 2 password⟧
    <Param id="A003" name="ServiceLevel3PasswordHash">«sha256:nvcl3»</Param>  ⟪password hash⟫
    <Param id="A010" name="ScadaOpcUaUser">scada</Param>
    <Param id="A011" name="ScadaOpcUaPassword">«pwr:nvcopc»</Param>  ⟦password|OPC UA password in the controller export⟧
  </Group>
</NvcParameterSet>
"""),
    ("sites/skb/wtg/servicelink_profiles.ini", r"""
; NV ServiceLink 5.3 - technician laptop connection profiles (copied off the Jan ROC laptop)
[SKB-Farm]
Gateway=10.40.10.1
User=tech
Password=«pw6:servicelink»  ⟦password|OEM service tool profile password⟧
ObfPassword=«b64k:18-slobf»  ⟪ServiceLink obfuscated password blob⟫

[MHR-Farm]
Gateway=10.41.10.1
User=tech
Password=
"""),
    ("sites/skb/scada/aeolith_server.cfg", r"""
# Aeolith WindPortal 7 server configuration - SKB ROC node 1
[database]
driver = mssql
server = skb-scada-db01\AEOLITH
user = aeolith_svc
password = «pwc:aeolithdb»  ⟦password|SCADA server database password⟧

[opcua_server]
endpoint = opc.tcp://0.0.0.0:4841
security = SignAndEncrypt
user_admin_pw_hash = «bcrypt:aeolithadm»  ⟪bcrypt hash⟫

[cloud_link]
enabled = true
endpoint = https://cloud.aeolith.oemcloud.com/ingest
tenant = skerrymor
api_secret = «b62:32-aeolithglue»  ⟦app-secret|SCADA cloud link API secret (same as the Glue argument)⟧
"""),
    ("sites/skb/scada/iec61400-25_mms.conf", r"""
# IEC 61400-25-4 MMS server mapping - SKB WTG logical devices (WROT, WGEN, WNAC, WTUR, WMET)
server.port=102
server.authentication=password
server.password=«pw6:mmsauth»  ⟦password|MMS ACSE authentication password⟧
ld.prefix=SKBWTG
report.buffered=true
"""),
    ("sites/mhr/met/CR1000X_MHR-M1.CR1X", r"""
'CR1000X Series Datalogger - MHR met mast M1 (100 m hub height, IEC 61400-12-1 class 1 cup anemometers)
'Program author: met team, 2026-03
Public WS_100m, WS_80m, WD_98m, Temp_96m, RH_96m, Press_8m
Const PAKBUS_ADDR = 41
'Security codes (CRBasic SetSecurity): level1, level2, level3
SetSecurity («pin:4-crsec1», «pin:4-crsec2», «pin:4-crsec3»)  ⟦password|datalogger SetSecurity codes in a CRBasic program⟧
'FTP push to the met server
Const FTPUser = "mhrmast"
Const FTPPass = "«pwp:mastftp»"  ⟦password|FTP password constant in a CRBasic program⟧
BeginProg
  Scan (1, Sec, 0, 0)
    WindSpeed(WS_100m, P_SW, 0.0462, 0.21)
  NextScan
EndProg
"""),
    ("sites/skb/met/stratolume_fl400_config.json", r"""
{
  "device": "FL400",
  "serial": "FL400-0117",
  "location": {"lat": 57.8813, "lon": -1.2407, "site": "SKB-E"},
  "heights_m": [40, 60, 80, 100, 120, 140, 160, 180, 200],
  "uplink": {"type": "iridium+4g", "apn": "skm.m2m"},
  "portal": {"user": "skerrymor-met", "api_key": "«b62:36-stratolume»"},  ⟦app-secret|LiDAR portal API key in the buoy config export⟧
  "ssh": {"enabled": true, "root_password": "«pwl:fl400root»"}  ⟦password|buoy root password in config export⟧
}
"""),
    ("sites/crn/met/sodar_remote.txt", r"""
SODAR remote access - Carn Dubh (CRN) - unit SFAS-2214
-----------------------------------------------------
modem: Teltonika RUT241, public IP via APN skm.m2m
web:   http://10.42.9.5  user admin   pass «pwp:sodarweb»  ⟦password|SODAR web password in a notes file⟧
data:  rsync every 30 min to met-archive:/srv/sodar/crn/
"""),
    ("sites/skb/substation/rtu_ot-sub-rtu01.conf", r"""
# SKB onshore substation RTU (IEC 60870-5-104 to the TSO, DNP3 to the offshore platform)
[iec104_tso]
remote = 185.44.206.1
k = 12
w = 8
[dnp3_offshore]
master_addr = 1
outstation_addr = 10
sa_enabled = true
sa_update_key = «dnp3:skboffshore»  ⟦app-secret|DNP3 SA update key in RTU config⟧
[web]
admin_user = engineer
admin_password = «pw6:rtuweb»  ⟦password|RTU web admin password⟧
"""),
    ("sites/skb/substation/relay_F87T_settings.txt", r"""
FERRANT GRID PROTECTION - FGP-487T TRANSFORMER DIFFERENTIAL - SETTINGS REPORT
Substation: SKB Onshore 400/66 kV   Bay: SGT1   Relay S/N: 487T-22-10391
Firmware: R4.07   Printed: 2026-08-14 09:12

GROUP 1
  87P  = 0.30 pu     SLP1 = 25 %    SLP2 = 60 %
  50P1 = 8.00 A      TDURD = 0.05 s

ACCESS
  ACC (Level 1)  = «pw6:relayacc»  ⟦password|protection relay level 1 password in a settings report⟧
  2AC (Level 2)  = «pw6:relay2ac»  ⟦password|protection relay level 2 password in a settings report⟧
  CAL            = (hidden)  ⟪hidden value⟫
"""),
    ("sites/skb/substation/gateway_iec61850.scd.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<SCL xmlns="http://www.iec.ch/61850/2003/SCL" version="2007" revision="B">
  <Header id="SKB_ONS_SUB" version="14" revision="3" toolID="FGP Configurator 9.1"/>
  <Communication>
    <SubNetwork name="StationBus" type="8-MMS">
      <ConnectedAP iedName="GW01" apName="S1">
        <Address>
          <P type="IP">10.40.1.40</P>
          <P type="IP-SUBNET">255.255.255.0</P>
          <P type="OSI-AP-Title">1,1,9999,1</P>
        </Address>
      </ConnectedAP>
    </SubNetwork>
  </Communication>
  <Private type="FGP-Access">
    <Account user="gwadmin" password="«pwn:gwadmin»"/>  ⟦password|gateway account password in an SCD Private section⟧
  </Private>
</SCL>
"""),
    ("sites/cwf/inverters/BWI-3125_fleet_export.csv", r"""
site,block,inverter,serial,ip,fw,modbus_id,web_user,web_password
CWF,B01,INV01,BWI3125-24-00811,10.43.21.11,3.2.7,1,installer,«pw6:bwiinst1»  ⟦password|inverter installer password in a fleet CSV⟧
CWF,B01,INV02,BWI3125-24-00812,10.43.21.12,3.2.7,1,installer,«pw6:bwiinst1»  ⟦password|same installer password on the next inverter⟧
CWF,B02,INV03,BWI3125-24-00905,10.43.22.11,3.2.7,1,installer,«pw6:bwiinst2»  ⟦password|inverter installer password⟧
CWF,B02,INV04,BWI3125-24-00906,10.43.22.12,3.2.6,1,installer,
"""),
    ("sites/brk/trackers/sunaxis_ncu.yaml", r"""
# SunAxis network control unit (single-axis trackers, backtracking, stow on wind > 18 m/s)
ncu:
  id: BRK-NCU-03
  zigbee_pan: 0x3A1F
  stow_wind_ms: 18
  anemometer: {type: gill-windsonic, port: /dev/ttyS1}
cloud:
  endpoint: https://fleet.sunaxis.oemcloud.com
  device_secret: «hex:40-sunaxisdev»  ⟦app-secret|tracker NCU device secret⟧
local_ui:
  password_sha256: «sha256:sunaxisui»  ⟪password hash⟫
"""),
    ("sites/brk/string-monitor/combiner_box_modbus.json", r"""
{
  "gateway": "BRK-SCB-GW2",
  "poll": [{"unit": 11, "registers": "30001-30032"}, {"unit": 12, "registers": "30001-30032"}],
  "ftp_push": {"host": "10.44.1.20", "user": "scb", "password": "«pwp:scbftp»"},  ⟦password|combiner box gateway FTP password⟧
  "snmp": {"community_ro": "public"}  ⟪vendor default SNMP community⟫
}
"""),
    ("sites/tlg/ems/kelda_ems_site.yaml", r"""
# Kelda EMS site configuration - Tollgate BESS (40 x KES-2.5 containers, 4 PCS skids)
site: TLG
pcs:
  - {id: PCS1, host: 10.45.10.11, protocol: modbus-tcp}
  - {id: PCS2, host: 10.45.10.12, protocol: modbus-tcp}
bms:
  vendor: Kelda
  password: «pw6:bmsmaint»  ⟦password|BMS maintenance password⟧
cloud:
  token: «b62:48-keldacomm»  ⟦app-secret|EMS cloud token (the commissioning token in the Go client)⟧
fire_suppression:
  panel: 10.45.30.2
  modbus_unit: 3
"""),
    ("sites/tlg/ems/hvac_bacnet.ini", r"""
[bacnet]
device_instance=45001
port=47808
[bbmd]
address=10.45.30.1
[web]
user=hvac
password=«pwp:hvacbess»  ⟦password|container HVAC controller web password⟧
"""),
    ("sites/network/fgt-ot-core.conf", r"""
#config-version=FGT60F-7.4.4-FW-build2662-240514:opmode=0:vdom=0
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2«b64k:48-fgtsh2»  ⟪FortiOS SH2 hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-skb-platform"
        set interface "wan1"
        set remote-gw 185.44.206.40
        set psksecret ENC «b64k:64-fgtpskenc»  ⟪FortiOS ENC value⟫
    next
    edit "to-orca-ctv"
        set remote-gw 81.2.188.14
        set psksecret «pwx:fgtctv»  ⟦password|clear-text IPsec PSK in a FortiGate config⟧
    next
end
config user local
    edit "vendor-aeolith"
        set type password
        set passwd «pwn:fgtaeolith»  ⟦password|clear-text local user password in a FortiGate config⟧
    next
end
"""),
    ("sites/network/skb-platform-sw01.txt", r"""
!
hostname skb-osp-sw01
!
enable secret 9 $9$«b62:14-c9salt»$«b62:43-c9hash»  ⟪Cisco type 9 hash⟫
username netadmin privilege 15 password 0 «pwl:ospsw»  ⟦password|Cisco type 0 password⟧
username scada privilege 5 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7 (reversible) password⟧
!
snmp-server community «snmp:ospsw» RO 10  ⟦password|SNMP community on a platform switch⟧
snmp-server community public RO  ⟪default community⟫
!
tacacs server ISE1
 address ipv4 10.40.0.30
 key 0 «pwr:tacacs»  ⟦password|TACACS+ key in clear⟧
!
"""),
    ("sites/network/teltonika_rut241_backup.cfg", r"""
config system
	option hostname 'crn-met-rut241'
config rms_connect_mqtt
	option enabled '1'
config mobile
	option apn 'skm.m2m'
	option auth 'chap'
	option username 'skm'
	option password '«pw6:apnpw»'  ⟦password|private APN CHAP password in a router backup⟧
config wireless 'ap'
	option key '«wifipsk:crnhut»'  ⟦password|Wi-Fi PSK in a router backup⟧
"""),
    ("sites/skb/vessel/orca_ctv_tablet_setup.md", r"""
# Orca Marine CTV "Orca Sentinel" - bridge tablet and Wi-Fi

- Bridge tablet PIN: «pin:6-ctvtablet»  ⟦password|tablet PIN in a setup note⟧
- Crew Wi-Fi (SSID `ORCA-SENTINEL-CREW`): «wifipsk:ctvcrew»  ⟦?password|crew Wi-Fi passphrase posted for crew⟧
- Starlink router admin: see the vessel binder (not here).  ⟪pointer to a binder⟫
- Marine Traffic fleet API key lives in the POB app config, see apps/marine/pob.  ⟪pointer⟫
"""),
    ("sites/skb/helideck/hli_weather_station.ini", r"""
[station]
name=SKB-OSP Helideck HMS
standard=CAP 437
[upload]
url=https://hms.northlift-aviation.heliops.com/upload
station_key=«b62:24-hmskey»  ⟦app-secret|helideck monitoring upload key⟧
interval_s=60
"""),
    ("sites/skb/cctv/nvr_export.json", r"""
{
  "nvr": "SKB-OSP-NVR01",
  "model": "DS-9632NI",
  "cameras": [
    {"name": "OSP-Helideck", "rtsp": "rtsp://viewer:«pwp:nvrviewer»@10.40.50.21:554/Streaming/Channels/101"},  ⟦conn-string|RTSP URL with password⟧
    {"name": "OSP-Boatlanding", "rtsp": "rtsp://10.40.50.22:554/Streaming/Channels/101"}
  ],
  "admin_hash": "«sha256:nvradm»"  ⟪hash⟫
}
"""),
    ("sites/mhr/access/gate_controller.txt", r"""
MHR site compound gate - Paxton Net2 plus controller
Engineer code: «pin:6-gatecode»  ⟦password|gate controller engineer code⟧
Visitor keypad code rotates monthly - ask the ROC.  ⟪pointer⟫
"""),
    ("sites/cwf/weather/weatherlink_live.json", r"""
{"station_id": 218830, "api_key": "«lo:32-wlkey»", "api_secret": "«lo:32-wlsecret»", "site": "CWF-POA"}  ⟦app-secret|weather station API secret (and key) in one JSON line⟧
"""),
    ("sites/skb/wtg/shadow_flicker_module.txt", r"""
Shadow flicker / bat curtailment module - SKB does not use it (offshore). Kept from the template.
module.enabled = false
module.license = NONE  ⟪no licence⟫
"""),
]

# turbine controller exports from the onshore fleet: same NVC format, per-turbine service passwords
for site, tag, n in (("mhr", "MHR", 3), ("crn", "CRN", 2)):
    for i in range(1, n + 1):
        FILES.append((f"sites/{site}/wtg/NVC8_param_export_{tag}-T{i:02d}.xml", f"""
<?xml version="1.0" encoding="UTF-8"?>
<NvcParameterSet controller="NVC-6" fw="6.9.{i}" exported="2026-0{i + 2}-1{i}T09:00:00Z" tool="NV ServiceLink 5.2">
  <Group name="Access">
    <Param id="A001" name="ServiceLevel1Password">«pw6:nvc{site}{i}»</Param>  ⟦password|{tag}-T{i:02d} controller service password⟧
    <Param id="A010" name="ScadaOpcUaUser">scada</Param>
  </Group>
  <Group name="Curtailment">
    <Param id="C210" name="BatCutInWind" unit="m/s">5.5</Param>
  </Group>
</NvcParameterSet>
"""))

# inverter and PCS web exports (one per solar / storage block), some written carefully
for site, blk in (("cwf", "B03"), ("cwf", "B04"), ("brk", "B01"), ("brk", "B02"), ("tlg", "PCS3")):
    FILES.append((f"sites/{site}/inverters/{blk}_webui_backup.json", f"""
{{
  "block": "{blk}",
  "site": "{site.upper()}",
  "users": [
    {{"name": "owner", "password": "«pw6:inv{site}{blk}»"}},  ⟦password|{site.upper()} {blk} inverter owner password in a web UI backup⟧
    {{"name": "installer", "password_hash": "«sha256:inv{site}{blk}h»"}}  ⟪password hash⟫
  ],
  "grid_code": "G99",
  "export_limit_kw": 3125
}}
"""))

FILES += [
    ("sites/mhr/edge/node-red/flows_cred.json", r"""
{
  "3f1a9c2e.b8d4": {"user": "ppc-read", "password": "«pw6:noderedppc»"},  ⟦password|Node-RED flows_cred.json in clear (no credentialSecret)⟧
  "7c0e21aa.19f2": {"token": "«urlsafe:64-influxmhr»"},  ⟦app-secret|InfluxDB token in Node-RED credentials⟧
  "b2d7e9f0.4a11": {"apiKey": "«b62:32-windcast»"}  ⟦app-secret|forecast token in Node-RED credentials⟧
}
"""),
    ("sites/mhr/edge/greengrass/config.yaml", r"""
system:
  certificateFilePath: /greengrass/v2/device.pem.crt
  privateKeyPath: /greengrass/v2/private.pem.key  ⟪key-file path⟫
  rootCaPath: /greengrass/v2/AmazonRootCA1.pem
  thingName: edge-mhr-gw1
services:
  aws.greengrass.Nucleus:
    configuration:
      awsRegion: eu-west-2
      iotDataEndpoint: a3k7qz9x1vb2m-ats.iot.eu-west-2.amazonaws.com
  com.skerrymor.Modbus:
    configuration:
      ppcPassword: "«pw6:ppcwebmhr»"  ⟦password|PPC password in a Greengrass component configuration⟧
  com.skerrymor.Uploader:
    configuration:
      fallbackAccessKeyId: "«akid:ggfallback»"  ⟦aws-key-id|fallback access key id in Greengrass config⟧
      fallbackSecretAccessKey: "«awssec:ggfallback»"  ⟦aws-secret|fallback secret key in Greengrass config⟧
"""),
    ("sites/skb/network/secomea_sitemanager_backup.txt", r"""
# Secomea SiteManager 1149 - SKB-OSP - configuration backup 2026-10-28
GM.Address=gm.secomea.oemcloud.com
GM.Token=«up:24-secomeagm»  ⟦app-secret|remote-access GateManager token in a device backup⟧
Device.Name=SKB-OSP-SM1149
Admin.Password=«pwl:secomeaadm»  ⟦password|remote-access appliance admin password⟧
Agent.1=Modbus TCP 10.40.3.10
Agent.2=Siemens S7 10.40.3.30
"""),
    ("sites/tlg/sim/iot_sim_export.csv", r"""
iccid,imsi,device,apn,apn_user,apn_password,pin,puk
8944110068152209331,234500091823311,TLG-PCS1-RUT,skm.m2m,skm,«pw6:apnpw»,«pin:4-simpin1»,«pin:8-simpuk1»  ⟦password|APN password, SIM PIN and PUK in a SIM export⟧
8944110068152209349,234500091823312,TLG-PCS2-RUT,skm.m2m,skm,«pw6:apnpw»,«pin:4-simpin2»,«pin:8-simpuk2»  ⟦password|APN password, SIM PIN and PUK in a SIM export⟧
"""),
    ("sites/skb/wtg/turbine_list.csv", r"""
wtg,serial,controller,fw,commissioned
SKB-A01,NV11-2025-00301,NVC-8,8.14.2,2025-04-11
SKB-A02,NV11-2025-00302,NVC-8,8.14.2,2025-04-13
SKB-F07,NV11-2025-00417,NVC-8,8.14.2,2025-08-02
"""),
    ("deploy/k8s/ops/network-policy.yaml", r"""
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: deny-ot-egress
  namespace: ops
spec:
  podSelector: {}
  policyTypes: [Egress]
  egress:
    - to:
        - ipBlock: {cidr: 10.50.0.0/16}
"""),
]
