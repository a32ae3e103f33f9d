"""fresh37 templates, the company's devices and OT (Karrabin Resources): haul truck onboard units, pit mesh
radios, PLC and HMI exports, historians, lab instruments, magazines, survey drones and GNSS bases, tailings
dataloggers, rail loadout, camp systems. Markers: render.py and README.md."""

FILES = [
    ("ot/plant/plc/crusher1-ControlLogix.L5X", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="PCR1_Crusher" TargetType="Controller">
<Controller Use="Target" Name="PCR1_Crusher" ProcessorType="1756-L83E" MajorRev="33">
<SecurityOptions SecurityCode="0" ChangesToDetect="16#ffff_ffff_ffff_ffff"/>
<Tags>
<Tag Name="HMI_MaintPassword" TagType="Base" DataType="STRING">
<Data Format="String" Length="8">«pw6:crusherhmi»</Data>  ⟦password|maintenance password kept as a PLC STRING tag⟧
</Tag>
<Tag Name="Feeder_SP" TagType="Base" DataType="REAL"><Data Format="Decorated">4200.0</Data></Tag>
</Tags>
</Controller>
</RSLogix5000Content>
"""),
    ("ot/plant/scada/citect/citect.ini", r"""
[General]
TagDB=1
[Client]
Password=«pwx:citectclient»  ⟦password|SCADA client INI password⟧
Primary=PLANT-SCADA01
[CtAPI]
Remote=1
User=ctapi_reader
; password is the service account's: see KeePass "OT/Citect"  ⟪pointer to a password manager⟫
"""),
    ("ot/plant/historian/pi-interface.ini", r"""
[PI-OPCUA-Interface]
ps=OPC
id=1
host=PIDA01:5450
OPCServer=opc.tcp://plant-kep01:49320
OPCUser=pi_reader
OPCPassword=«pwl:kepware»  ⟦password|OPC password in a PI interface INI⟧
f=00:00:05
"""),
    ("ot/plant/kepware/project-export.json", r"""
{
  "project": {
    "channels": [
      {"common.ALLTYPES_NAME": "Mill1_S7", "servermain.CHANNEL_DEVICE_DRIVER": "Siemens TCP/IP Ethernet",
       "devices": [{"common.ALLTYPES_NAME": "MILL1", "siemens_tcpip_ethernet.DEVICE_PASSWORD": "«pw6:s7mill»"}]},  ⟦password|S7 device password in a KEPServerEX export⟧
      {"common.ALLTYPES_NAME": "Thickener_MB", "servermain.CHANNEL_DEVICE_DRIVER": "Modbus TCP/IP Ethernet"}
    ],
    "_iot_gateway": [{"iot_gateway.AGENTTYPES_TYPE": "MQTT Client", "iot_gateway.MQTT_CLIENT_PASSWORD": "«pwr:kepmqtt»"}]  ⟦password|IoT gateway MQTT password⟧
  }
}
"""),
    ("ot/plant/hmi/thinmanager-notes.txt", r"""
ThinManager - processing plant control room
-------------------------------------------
TMS01 / TMS02 (redundant), 14 thin clients in CCR, 6 in the crusher MCC
Admin console login: tmadmin / «pwp:thinmgr»  ⟦password|admin login in a notes file⟧
Terminal autologin user KARRABIN\hmi_ccr, password in the AD vault (CyberArk safe OT-HMI)  ⟪pointer to a vault⟫
"""),
    ("ot/pit/mesh/rajant-bc-commander-export.json", r"""
{
  "network": "TARROW-PIT-MESH",
  "breadcrumbs": 214,
  "security": {
    "mode": "AES256",
    "wpa_passphrase": "«wifipsk:rajant»",  ⟦password|mesh Wi-Fi passphrase in a radio export⟧
    "ssh_admin_password": "«pwc:rajantssh»",  ⟦password|radio SSH admin password⟧
    "bc_commander_cert_fingerprint": "«sha256:bccfp»"  ⟪certificate fingerprint⟫
  }
}
"""),
    ("ot/pit/radio/mototrbo-cps-notes.md", r"""
# MOTOTRBO codeplug - Tarrow pit
- Channels: PIT OPS 1, PIT OPS 2, BLAST, EMERG, DRILL, LOADOUT
- Enhanced privacy key (AES-256) for BLAST: `«uhex:64-trboaes»`  ⟦app-secret|radio AES privacy key in notes⟧
- CPS read password for field techs: «pin:4-cps»  ⟦?password|codeplug read PIN⟧
- Key ID is 7 (public identifier)
"""),
    ("ot/pit/gnss/base-station.cfg", r"""
# Trimble Alloy base station TARROW_BASE1 (NTRIP caster to dozers, drills, shovels and the drone RTK)
NTRIP_CASTER_HOST=ntrip.karrabin.internal
NTRIP_CASTER_PORT=2101
NTRIP_SOURCE_PASSWORD=«pwp:ntripsrc»  ⟦password|NTRIP source password⟧
WEB_ADMIN_USER=admin
WEB_ADMIN_PASSWORD=password  ⟪vendor default⟫
"""),
    ("ot/lab/xrf/instrument.conf", r"""
[instrument]
model = XRF-WD-4000
serial = XW4-0417
[lims]
upload_url = https://lims.tarrow.karrabin.internal/api/v2/results
api_key = «hex:32-xrfconf»  ⟦app-secret|instrument upload API key⟧
[service]
; vendor remote service password (TeamViewer on the instrument PC)
teamviewer_password = «tv:xrf»  ⟦password|TeamViewer unattended password⟧
"""),
    ("ot/lab/balances/balance-bridge.yaml", r"""
balances:
  - id: FA-BAL-01
    port: /dev/ttyUSB0
  - id: FA-BAL-02
    port: /dev/ttyUSB1
lims:
  user: balance_bridge
  password: «pwn:balbridge»  ⟦password|balance bridge LIMS password⟧
"""),
    ("ot/blast/magazine-3/alarm-panel.txt", r"""
MAGAZINE 3 (Class 1.1D, 40 t NEQ) - intruder alarm panel
Installer code: «pin:6-maginst»  ⟦password|alarm installer code⟧
Master user code: «pin:4-magmaster»  ⟦password|alarm master user code⟧
Monitoring: ArmourGuard central station, account 4471
Duress code is set and known to the magazine keepers (not written down)  ⟪prose about a code, no value⟫
"""),
    ("ot/blast/mmu/mmu-telematics.json", r"""
{
  "unit": "MMU-07",
  "description": "mobile manufacturing unit (bulk emulsion)",
  "telematics": {
    "provider": "fleet-telematics",
    "device_imei": "«num:15-mmuimei»",  ⟪device IMEI⟫
    "mqtt_username": "mmu07",
    "mqtt_password": "«pwr:mmumqtt»"  ⟦password|MMU telematics MQTT password⟧
  }
}
"""),
    ("ot/tailings/datalogger/CR1000X-TSF2.CR1X", r"""
'TSF-2 embankment - vibrating wire piezometers VW01-VW24, inclinometers IN01-IN06
'CR1000X Series program
Public VW(24)
Const HTTP_USER = "tsf2logger"
Const HTTP_PASS = "«pwl:cr1000»"  ' ⟦password|datalogger HTTP password constant⟧
Const MODEM_PIN = "0000"  ' ⟪default SIM PIN⟫
BeginProg
  Scan (10,Min,0,0)
    HTTPPost("https://tarp.geotech-partner.com.au/ingest", "data", "", "Authorization: Bearer «okx:40-crpost»")  ' ⟦app-secret|bearer token in a datalogger program⟧
  NextScan
EndProg
"""),
    ("ot/tailings/insar/README.txt", r"""
InSAR deformation product for TSF-1 and TSF-2, monthly
Delivery: SFTP to sftp.karrabin.com.au as insar_vendor
Vendor password was rotated 2026-10-02 and is in Secrets Manager (tsf/insar-sftp)  ⟪pointer to a secret store⟫
"""),
    ("ot/rail/loadout/tlo-hmi.ini", r"""
[TLO_HMI]
Station=LOADOUT-HMI2
PlcAddress=10.70.1.15
[Security]
EngineerPassword=«pw6:tloeng»  ⟦password|loadout HMI engineer password⟧
OperatorPassword=«pin:4-tloop»  ⟦password|loadout HMI operator PIN⟧
"""),
    ("ot/camp/keycafe/locker-config.json", r"""
{
  "site": "Tarrow Village reception",
  "lockers": 4,
  "api": {"base": "https://api.keycafe.example.invalid/v1", "key": "<set in device portal>"}  ⟪placeholder⟫
}
"""),
    ("ot/camp/pbx/sip.conf", r"""
[general]
context=camp-rooms
[krb-trunk]
type=peer
host=sip.telco-partner.net.au
username=61891234567
secret=«pwr:siptrunk»  ⟦password|SIP trunk secret⟧
[ext-reception]
type=friend
secret=«pin:6-extrec»  ⟦password|SIP extension secret⟧
"""),
    ("ot/network/fortigate-pit-fw.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«hex:60-fgsh2»  ⟪FortiOS SH2 hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-perth-dc"
        set psksecret «pwx:ipsecpsk»  ⟦password|IPsec PSK in clear in a FortiGate backup⟧
    next
    edit "to-port"
        set psksecret ENC «b64k:64-fgenc»  ⟪FortiOS ENC value⟫
    next
end
config user local
    edit "vendor-fms"
        set passwd «pwn:fgvendor»  ⟦password|local user password in clear⟧
    next
end
"""),
    ("ot/network/pit-core-sw.cfg", r"""
hostname PIT-CORE-SW1
enable secret 9 $9$«b64k:10-c9salt»$«b64k:32-c9hash»  ⟪Cisco type 9 hash⟫
username netadmin privilege 15 password 0 «pwc:ciscoclear»  ⟦password|Cisco type 0 password⟧
username radmon password 7 «uhex:20-ciscot7»  ⟦?password|Cisco type 7 (reversible)⟧
snmp-server community «pwl:snmprw» RW  ⟦password|SNMP RW community⟧
snmp-server community public RO  ⟪vendor default community⟫
radius-server key «pwr:radkey»  ⟦password|RADIUS key⟧
"""),
]

# -- haul trucks: onboard FMS units, one export per truck ------------------------------------------------
_TRUCK = r"""
# onboard unit export - @T@ (@M@), fleet system client 4.12
[unit]
truck_id = @T@
model = @M@
payload_class_t = 290
[network]
mesh_ssid = TARROW-PIT-MESH
wpa_psk = «wifipsk:rajant»  ⟦password|@T@ mesh PSK copied into the onboard unit⟧
[fms]
server = fms.pit.karrabin.internal
port = 7400
unit_password = «pw6:obu-@T@»  ⟦password|@T@ onboard unit password⟧
[maintenance]
service_login = tech
service_pin = «pin:4-svc-@T@»  ⟦password|@T@ maintenance PIN⟧
firmware_sha256 = «sha256:fw-@T@»  ⟪firmware digest⟫
"""
_TRUCKS = [("HT101", "CAT 793F"), ("HT104", "CAT 793F"), ("HT117", "Komatsu 930E-5"), ("HT122", "Komatsu 930E-5"),
           ("HT138", "Komatsu 930E-5"), ("HT142", "CAT 793F"), ("WT07", "CAT 777 water cart"), ("DZ21", "CAT D11"),
           ("SH03", "Hitachi EX5600 shovel"), ("DR12", "Epiroc PV-271 drill")]
for _t, _m in _TRUCKS:
    FILES.append((f"ot/pit/obu/{_t}.ini", _TRUCK.replace("@T@", _t).replace("@M@", _m)))

# -- drones: flight logs / docks ---------------------------------------------------------------------------
_DOCK = r"""
{
  "dock": "@D@",
  "location": "@L@",
  "rtk": {"caster": "ntrip.karrabin.internal:2101", "mountpoint": "TARROW_RTK", "user": "@D@", "password": "«pwp:dock-@D@»"},  ⟦password|@D@ drone dock NTRIP password⟧
  "cloud": {"org_key": "«b62:32-flighthub»", "device_sn": "«up:14-sn-@D@»"},  ⟦app-secret|@D@ dock organisation key⟧
  "livestream": {"rtmp": "rtmp://media.karrabin.internal/live/@D@?key=«lo:20-rtmp-@D@»"}  ⟦app-secret|@D@ RTMP stream key⟧
}
"""
for _d, _l in [("DOCK-N1", "north wall"), ("DOCK-S2", "south ramp"), ("DOCK-TSF", "TSF-2 crest"), ("DOCK-ROM", "ROM pad")]:
    FILES.append((f"ot/survey/docks/{_d.lower()}.json", _DOCK.replace("@D@", _d).replace("@L@", _l)))

# -- tailings piezometer gateways (one modem each) --------------------------------------------------------
_GW = r"""
# cellular gateway @G@ - TSF-2 @L@
config interface 'wan'
	option proto '3g'
	option apn 'krb.m2m'
	option password '«pwn:apn-@G@»'  ⟦password|@G@ APN password⟧
config rpcd
	option username 'root'
	option password '$1$«b64k:6-md5s-@G@»$«b64k:16-md5h-@G@»'  ⟪md5-crypt hash⟫
config mqtt 'uplink'
	option password '«pwr:mq-@G@»'  ⟦password|@G@ MQTT uplink password⟧
"""
for _g, _l in [("TSFGW01", "left abutment"), ("TSFGW02", "main embankment"), ("TSFGW03", "decant tower"),
               ("TSFGW04", "seepage collection")]:
    FILES.append((f"ot/tailings/gateways/{_g}.uci", _GW.replace("@G@", _g).replace("@L@", _l)))

# -- plant PLC/HMI: per-area panel notes ------------------------------------------------------------------
_AREA = r"""
<?xml version="1.0"?>
<PanelView name="@A@-HMI" area="@A@">
  <Runtime>FactoryTalk View ME 13</Runtime>
  <Security>
    <User name="OPERATOR" password="«pin:4-op-@A@»"/>  ⟦password|@A@ HMI operator password in an export⟧
    <User name="MAINT" password="«pw6:mt-@A@»"/>  ⟦password|@A@ HMI maintenance password⟧
    <User name="DEFAULT" password=""/>  ⟪empty default user⟫
  </Security>
</PanelView>
"""
for _a in ["CRUSH1", "MILL1", "FLOT2", "THICK1", "FILTER", "STACKER"]:
    FILES.append((f"ot/plant/hmi/{_a.lower()}-panelview.xml", _AREA.replace("@A@", _a)))

# -- weighbridges and ANPR cameras -----------------------------------------------------------------------
_WB = r"""
; weighbridge @W@ indicator + ANPR export (site: @L@)
[Indicator]
Model=RinstrumR420
Port=COM1
[Camera]
Address=10.72.@N@.50
User=admin
Password=«pw6:anpr-@W@»  ; ⟦password|@W@ ANPR camera password⟧
[Upload]
Url=https://weighbridge.karrabin.com.au/api/tickets
ApiKey=«b62:32-wb-@W@»  ; ⟦app-secret|@W@ ticket upload API key⟧
CertThumbprint=«uhex:40-wbthumb-@W@»  ; ⟪certificate thumbprint⟫
"""
for _n, (_w, _l) in enumerate([("WB1", "ROM pad"), ("WB2", "product stockyard"), ("WB3", "explosives gate"),
                                ("WB4", "fuel farm"), ("WB5", "rail loadout")]):
    FILES.append((f"ot/weighbridges/{_w.lower()}.ini", _WB.replace("@W@", _w).replace("@L@", _l).replace("@N@", str(_n + 1))))
