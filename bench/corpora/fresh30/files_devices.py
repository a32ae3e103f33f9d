"""fresh30 templates, devices and vendors (Kestrelway Rail & Metro): ETCS KMC exports, interlocking maintenance
terminals, CBTC zone-controller service files, on-board routers, CCTV NVRs, PIDs, TVMs, fare gates, lifts and
escalators, PA, depot tools, network gear, radio.
Markers: render.py and README.md."""

FILES = [
    ("devices/etcs/kmc/offline-kmac-batch-2026-11.txt", r"""
KMC OFFLINE KEY DISTRIBUTION - KESTRELWAY (ETCS ID 0x2A7)
Batch: 2026-11-B  Operator: KMC-OP-03  Transport: encrypted USB (KTRANS under vendor key)
OBU ETCS-ID  RBC ETCS-ID  KMAC                                               KCV     VALID-FROM
0x00A31F     0x0001C2     «kmac:obu1»  ⟦app-secret|ETCS KMAC in a KMC offline batch⟧
0x00A320     0x0001C2     «kmac:obu2»  ⟦app-secret|ETCS KMAC⟧
0x00A321     0x0001C2     «kmac:obu3»  ⟦app-secret|ETCS KMAC⟧
KCVs: «kcv:obu1» «kcv:obu2» «kcv:obu3»  ⟪key check values⟫
"""),
    ("devices/etcs/kmc/kmc-transfer.sh", r"""
#!/bin/sh
# push signed KMAC batches to the OBU supplier's KMC (SUBSET-137 online key management, fallback SFTP)
sshpass -p '«pwx:kmcpush»' sftp -oBatchMode=no kestrelway@kmc.obu-supplier.eu:/inbox <<END  ⟦password|sshpass -p in a shell script⟧
put offline-kmac-batch-2026-11.enc
END
"""),
    ("devices/interlocking/mt-hwt/MTConfig.ini", r"""
; Interlocking maintenance terminal - Hawthorn Junction (HWT) SSI/CBI
[Site]
Name=HWT Junction CBI
Panel=OCC-WS-04
[Logging]
Archive=\\mt-archive\logs\HWT
[Access]
TechnicianUser=ixl_tech
TechnicianPassword=«pw6:mt-hwt»  ⟦password|interlocking maintenance terminal technician password⟧
SupervisorPassword=«pw6:mt-hwt-sup»  ⟦password|maintenance terminal supervisor password⟧
ReadOnlyViewerPassword=
"""),
    ("devices/interlocking/mt-crs/README.txt", r"""
Crossgate CBI maintenance terminal
==================================
Laptop: KRM-MT-CRS-02 (Panasonic FZ-55, BitLocker)
Login to the MT app as ixl_tech, password is on the sealed card in the relay room key safe.  ⟪pointer to a sealed card⟫
Data logger download: Tools > Event Recorder > Export (CSV).
Do NOT connect this laptop to the corporate network.
"""),
    ("devices/cbtc/zc-line2/zc_service.cfg", r"""
# Zone controller ZC-2B service port (maintenance only; serial over IP via MOXA NPort)
zc.id = ZC2B
zc.maint.ip = 172.31.20.12
zc.maint.user = maint
zc.maint.password = «pwl:zc2b»  ⟦password|CBTC zone controller maintenance password⟧
zc.dcs.wpa2.psk = «psk:dcs2b»  ⟦password|CBTC DCS radio raw PSK⟧
"""),
    ("devices/cbtc/dcs/ap-trackside-list.csv", r"""
ap_id,km,track,ip,mac,radius_secret
AP-L2-031,12.410,T1,172.31.40.31,00:1B:2C:3A:4F:31,«pwr:dcs-ap31»  ⟦password|DCS trackside AP RADIUS secret in a CSV⟧
AP-L2-032,12.690,T1,172.31.40.32,00:1B:2C:3A:4F:32,«pwr:dcs-ap32»  ⟦password|DCS trackside AP RADIUS secret⟧
AP-L2-033,12.950,T2,172.31.40.33,00:1B:2C:3A:4F:33,«pwr:dcs-ap33»  ⟦password|DCS trackside AP RADIUS secret⟧
"""),
    ("devices/onboard/router-unit387.cfg", r"""
# Icomera X6 export - unit 387 (4-car EMU), firmware 6.12.3
system.hostname=krm-387-rt1
system.admin.user=admin
system.admin.password=«pwp:rt387»  ⟦password|on-board router admin password⟧
wifi.ssid.0=Kestrelway_Free_WiFi
wifi.security.0=open
wifi.ssid.1=KRM-CREW
wifi.psk.1=«wifipsk:crew»  ⟦password|crew Wi-Fi PSK on a train router⟧
cellular.apn=krm.rail.private
cellular.apn.password=«pwl:apn387»  ⟦password|private APN password⟧
ground.vpn.cert=/etc/vpn/krm-387.crt
"""),
    ("devices/onboard/cctv-nvr-unit402.xml", r"""
<?xml version="1.0"?>
<NvrConfig model="TrainGuard-NVR16" unit="402">
  <Network ip="192.168.60.10" />
  <Users>
    <User name="admin" password="«pwc:nvr402»" level="admin" />  ⟦password|on-board NVR admin password in a config export⟧
    <User name="btp-view" passwordHash="«sha256:nvrbtp»" level="viewer" />  ⟪password hash⟫
  </Users>
  <Offload protocol="ftps" host="cctv-offload.depot.kestrelway.local" user="nvr402" password="«pw6:nvr402ftp»" />  ⟦password|NVR offload FTPS password⟧
</NvrConfig>
"""),
    ("devices/onboard/pis-display-unit-manifest.json", r"""
{
  "unit": "411",
  "displays": [
    {"car": "A", "pos": "saloon-1", "mac": "00:0C:F6:11:4A:01", "fw": "3.2.0"},
    {"car": "A", "pos": "saloon-2", "mac": "00:0C:F6:11:4A:02", "fw": "3.2.0"},
    {"car": "B", "pos": "saloon-1", "mac": "00:0C:F6:11:4A:03", "fw": "3.1.9"}
  ],
  "firmwareSha256": "«sha256:pisfw»",  ⟪firmware digest⟫
  "provisioningPassword": "«pwp:pisprov411»"  ⟦password|PIS provisioning password in a manifest⟧
}
"""),
    ("devices/onboard/tdr-download-tool.ini", r"""
[TDR]
Model=Hasler TELOC 3000
PortalUrl=https://tdr-portal.railsight-analytics.com
PortalUser=kestrelway.depot
PortalPassword=«pwn:tdrportal»  ⟦password|TDR portal password in a download tool ini⟧
LastUnit=403
"""),
    ("devices/fares/gate-array-mlb.conf", r"""
# Millbrook gateline (8 aisles), controller firmware 5.4
GATE_CONTROLLER_IP=10.70.12.5
GATE_MAINT_USER=gatemaint
GATE_MAINT_PASSWORD=«pw6:gate-mlb»  ⟦password|fare gate maintenance password⟧
DENYLIST_URL=https://farebridge.internal.kestrelway.co.uk/denylist
DENYLIST_VERIFY_KEY=/etc/gate/denylist-pub.pem  ⟪path to a public key⟫
ITSO_ISAM_SLOT=2
"""),
    ("devices/fares/tvm-cash-module.txt", r"""
TVM coin/note module service sheet (CRS-TVM-04)
Serviced: 2026-10-22 by CashTech (job 88142)
Vault door code changed to «pin:6-tvmvault» after the service (old code revoked)  ⟦password|TVM cash vault door code in a service sheet⟧
Note recycler: JCM iVIZION, firmware 2.21
"""),
    ("devices/fares/samav-personalisation.log", r"""
2026-09-30 10:02:11 SAM-AV3 personalisation station PERS-01
2026-09-30 10:02:11 batch 0142: 40 SAMs, key set KRM-ITSO-2026
2026-09-30 10:02:12 master key KCV «kcv:samkcv» ok  ⟪key check value⟫
2026-09-30 10:02:14 PICC master key loaded from HSM slot 4 (value not shown)  ⟪no value⟫
2026-09-30 10:02:15 DEBUG transport key=«zmk:samtransport»  ⟦app-secret|SAM transport key printed in a debug log⟧
2026-09-30 10:03:40 batch 0142 done
"""),
    ("devices/stations/lift-gateway-ash.json", r"""
{
  "site": "ASH",
  "gateway": "LiftCare Edge 2",
  "assets": ["LIFT-ASH-01", "LIFT-ASH-02", "ESC-ASH-01"],
  "cloud": {"endpoint": "https://api.liftcare-connect.com/v3", "apiKey": "«okx:40-liftash»"},  ⟦app-secret|lift vendor API key on a station gateway⟧
  "local": {"modbusUnit": 7, "webUser": "engineer", "webPassword": "«pwp:liftash»"}  ⟦password|lift gateway web password⟧
}
"""),
    ("devices/stations/pa-controller-vld.xml", r"""
<PAController site="VLD" model="ASL iPAM-400">
  <Zones count="9" />
  <Admin user="admin" password="admin" />  ⟪vendor default⟫
  <Integration type="CIS">
    <Endpoint>https://cis.kestrelway.local/announce</Endpoint>
    <Password>«pwc:pa-vld-cis»</Password>  ⟦password|PA controller CIS integration password⟧
  </Integration>
</PAController>
"""),
    ("devices/network/occ-fw01.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«hex:60-fortihash»  ⟪FortiOS hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws-tun1"
        set psksecret ENC «b64k:48-fortienc»  ⟪FortiOS ENC value⟫
    next
    edit "to-backup-occ"
        set psksecret «lo:24-backupocc»  ⟦password|FortiGate clear pre-shared key⟧
    next
end
"""),
    ("devices/network/station-sw-twr.txt", r"""
hostname TWR-ACC-SW1
enable secret 9 $9$«lo:14-ciscosalt»$«lo:43-ciscohash»  ⟪Cisco type 9 hash⟫
username netops privilege 15 password 0 «pwn:twrsw»  ⟦password|Cisco type 0 password⟧
username legacy privilege 15 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7, reversible⟧
snmp-server community «snmp:twrsw» RO  ⟦password|SNMP community⟧
tacacs-server key «pwr:tacacs»  ⟦password|TACACS key⟧
"""),
    ("devices/radio/tetra-dispatcher.ini", r"""
[Dispatcher]
Server=10.44.2.30
Port=5070
Operator=OCC-DESK-2
Password=«pwp:tetradesk»  ⟦password|TETRA dispatcher console password⟧
[Recorder]
Path=\\occ-rec01\tetra
"""),
    ("devices/depot/wheel-lathe-hegenscheidt.ini", r"""
[Machine]
Type=U2000-400
Depot=Hawthorn
[Upload]
Mode=FTP
Host=10.80.3.14
User=lathe
Password=«pw6:wheellathe»  ⟦password|wheel lathe FTP password (same as .env)⟧
"""),
    ("devices/depot/train-wash.txt", r"""
Train wash PLC (Siemens S7-1500) - Barnmoor depot
Web server: https://10.80.5.2 user: washadmin
Protection level password (TIA Portal): «pwl:washplc»  ⟦password|PLC protection password in a note⟧
"""),
]


def _tvms():
    out = []
    stations = ["hwt", "mlb", "crs", "qnq", "ash", "vld", "brn", "twr", "okl", "swd", "pwy", "dnm"]
    for i, st in enumerate(stations):
        if i % 4 == 3:
            body = f"""
# TVM {st.upper()}-01 local config (no secrets on device; fetched at boot from the TVM central)
station={st.upper()}
device=TVM-{st.upper()}-01
central=https://tvm-central.kestrelway.local
software_sha256=«sha256:tvmsw-{st}»  ⟪software digest⟫
enrol_token_ref=ssm:/tvm/enrol/{st}  ⟪SSM reference⟫
"""
        else:
            body = f"""
# TVM {st.upper()}-01 local config
station={st.upper()}
device=TVM-{st.upper()}-01
central=https://tvm-central.kestrelway.local
software_sha256=«sha256:tvmsw-{st}»  ⟪software digest⟫
engineer_pin=«pin:6-tvmpin-{st}»  ⟦password|TVM engineer PIN⟧
emv_terminal_id=KRM{i:04d}{st.upper()}  ⟪terminal id⟫
"""
        out.append((f"devices/fares/tvm/{st}-01.properties", body))
    return out


def _onboard_units():
    out = []
    for i, unit in enumerate(range(380, 389)):
        kind = i % 3
        if kind == 0:
            body = f"""
# unit {unit} - passenger Wi-Fi captive portal agent
unit={unit}
portal=https://wifi.kestrelway.co.uk
agent_secret=«hex:32-agent{unit}»  ⟦app-secret|on-board portal agent secret⟧
"""
        elif kind == 1:
            body = f"""
# unit {unit} - CCTV offload
unit={unit}
offload_host=cctv-offload.depot.kestrelway.local
offload_user=nvr{unit}
offload_password=«pw6:nvrftp{unit}»  ⟦password|NVR offload password⟧
"""
        else:
            body = f"""
# unit {unit} - PIS agent (certificate auth; no password)
unit={unit}
cms=https://cms.kestrelway.co.uk
client_cert=/etc/pis/unit{unit}.crt
client_key=/etc/pis/unit{unit}.key
ca_fingerprint=«sha256:ca{unit}»  ⟪certificate fingerprint⟫
"""
        out.append((f"devices/onboard/units/{unit}.conf", body))
    return out


FILES += _tvms() + _onboard_units()


def _station_cctv():
    out = []
    for i, st in enumerate(["hwt", "mlb", "crs", "qnq", "ash", "vld", "brn", "twr"]):
        out.append((f"devices/stations/cctv/{st}-cameras.csv", f"""
camera,model,ip,user,password,rtsp
{st.upper()}-P1-01,AXIS P3268-LVE,10.7{i}.20.11,root,«pwp:cam-{st}»,rtsp://10.7{i}.20.11/axis-media/media.amp  ⟦password|camera password in a commissioning CSV⟧
{st.upper()}-P1-02,AXIS P3268-LVE,10.7{i}.20.12,viewer,$2y$10$«b62:53-bc-{st}»,-  ⟪bcrypt hash⟫
{st.upper()}-CON-01,AXIS M4328-P,10.7{i}.20.13,root,«pwp:cam-{st}»,rtsp://10.7{i}.20.13/axis-media/media.amp  ⟦password|same camera password reused⟧
"""))
    return out


def _escalators():
    out = []
    for i, st in enumerate(["ash", "qnq", "vld", "crs", "twr", "swd"]):
        out.append((f"devices/stations/escalators/esc-{st}-01.ini", f"""
[Controller]
Site={st.upper()}
Asset=ESC-{st.upper()}-01
Model=Schindler 9300 AE
[RemoteMonitoring]
Gateway=10.6{i}.4.10
Protocol=MQTT
MqttUser=esc-{st}
MqttPassword=«pwl:esc-{st}»  ⟦password|escalator remote-monitoring MQTT password⟧
CaFile=/etc/esc/ca.pem
[Service]
ServiceToolPin=0000  ⟪vendor default service PIN⟫
"""))
    return out


FILES += _station_cctv() + _escalators()
