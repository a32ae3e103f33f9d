"""fresh33 templates, shipboard and island devices (Saltmere Cruises): cabin door-lock servers and encoders,
VSAT modems and LEO terminals, core switches, CCTV recorders, bridge and engine-room data loggers, ballast
and fuel monitoring, casino floor systems, muster wearables gateways; one set per ship (from the fleet list
of files_iac.py, each ship with its own habits), then the private island and a few one-offs.
Markers: render.py and README.md."""

from .files_iac import SHIPS

FILES = []

for i, (code, name, imo) in enumerate(SHIPS):
    up = code.upper()
    even = i % 2 == 0
    # cabin door locks: the lock server's interface to the PMS (FIAS-like link) and the encoders
    lock_pw = (f"LinkPassword={'«pw6:lock' + code + '»'}  ⟦password|lock server PMS link password ({up})⟧" if even
               else f"LinkPasswordEnc={'«b64k:48-lockdpapi' + code + '»'}  ⟪DPAPI-protected value⟫")
    FILES.append((f"ships/{code}/doorlocks/LockServer.ini", f"""
; {name} - cabin lock server (2,140 cabin doors, 31 crew-area doors)
[General]
Ship={up}
Database=C:\\LockSrv\\data\\locks.db
[PMSLink]
Protocol=FIAS
Host=10.4{i}.3.12
Port=5010
{lock_pw}
[Encoders]
Count=14
SiteCode={'«up:8-site' + code + '»'}  ⟦app-secret|lock site code (card encoding secret, {up})⟧
MasterCardPin={'«pin:4-mcpin' + code + '»'}  ⟦password|master card PIN ({up})⟧
"""))
    FILES.append((f"ships/{code}/network/vsat-modem-{code}.opt", f"""
# iDirect-style options file, {name}, remote {imo}-1
[OPTIONS_FILE]
   did = {10000000 + i * 7331}
[ETH0]
   ip = 10.4{i}.0.2
[ADMIN]
   username = admin
   password = {'«vsat:modemopt' + code + '»'}  ⟦password|VSAT modem options-file admin password ({up})⟧
[SNMP]
   community_ro = {'«lo:12-snmp' + code + '»'}  ⟦password|SNMP community ({up})⟧
   community_rw = private  ⟪vendor default community⟫
[BEAM]
   current = 3
   map_server = 10.4{i}.0.3
"""))
    FILES.append((f"ships/{code}/network/leo-terminal-{code}.json", f"""
{{
  "terminalId": "ut{'«hex:24-ut' + code + '»'}",  ⟪terminal id⟫
  "shipCode": "{up}",
  "router": {{"wifi": false, "bypassMode": true}},
  "localApi": {{"host": "192.168.100.1", "grpcPort": 9200}},
  "fleetPortal": {{
    "serviceAccount": "smc-{code}-noc",
    "{'apiToken' if even else 'apiTokenRef'}": "{'«b62:44-leotok' + code + '»' if even else 'vault:kv/ships/' + code + '/leo'}"  {'⟦app-secret|LEO fleet portal token (' + up + ')⟧' if even else '⟪vault reference⟫'}
  }}
}}
"""))
    FILES.append((f"ships/{code}/network/core-sw01.cfg", f"""
! {name} core switch, bridge IT room rack B
hostname {code}-core-sw01
service password-encryption
enable secret 9 ${'«b62:14-sw9a' + code + '»'}${'«b62:43-sw9b' + code + '»'}  ⟪type 9 hash⟫
username netops privilege 15 secret 9 ${'«b62:14-sw9c' + code + '»'}${'«b62:43-sw9d' + code + '»'}  ⟪type 9 hash⟫
username ship-it password 7 {'«uhex:22-sw7' + code + '»'}  ⟦?password|Cisco type 7 (reversible) ({up})⟧
snmp-server community {'«lo:10-swsnmp' + code + '»'} RO 99  ⟦password|SNMP community ({up})⟧
tacacs server shore
 address ipv4 10.40.0.20
 key 0 {'«pwr:tacacs' + code + '»'}  ⟦password|TACACS key type 0 ({up})⟧
vlan 410
 name GUEST-WIFI
vlan 420
 name CASINO
"""))
    cctv = (f'<Password>{"«pw6:nvr" + code + "»"}</Password>  ⟦password|NVR export password ({up})⟧' if i != 3
            else '<Password encrypted="true">' + "«b64k:32-nvrenc" + code + "»" + '</Password>  ⟪encrypted password⟫')
    FILES.append((f"ships/{code}/cctv/recorder-export.xml", f"""
<?xml version="1.0" encoding="UTF-8"?>
<RecordingServer name="{up}-RS01" ship="{name}">
  <Cameras count="{900 + i * 37}" />
  <Storage retentionDays="30" path="E:\\MediaDatabase" />
  <ManagementServer url="https://vms.{code}.ship.smc.internal" />
  <ServiceAccount>
    <User>SMC\\svc-vms-{code}</User>
    {cctv}
  </ServiceAccount>
  <Certificate thumbprint="{'«uhex:40-thumb' + code + '»'}" />  ⟪certificate thumbprint⟫
</RecordingServer>
"""))
    FILES.append((f"ships/{code}/engine/datalogger.conf", f"""
# bridge/engine-room data logger: NMEA 0183 from the VDR splitter, Modbus from the AMS, ballast and fuel flowmeters
[site]
ship = {up}
imo = {imo}
[inputs]
nmea = udp://0.0.0.0:10110
ams_modbus = tcp://10.4{i}.20.10:502
ballast = tcp://10.4{i}.20.31:502
fuel_flow = tcp://10.4{i}.20.40:502
[upload]
mode = store-and-forward
s3_bucket = smc-{code}-spool-604391827716
aws_access_key_id = {'«akid:logger' + code + '»'}  ⟦aws-key-id|data logger upload key id ({up})⟧
aws_secret_access_key = {'«awssec:logger' + code + '»'}  ⟦aws-secret|data logger upload secret ({up})⟧
[vendor]
remote_support_user = kvs-support
remote_support_password = {'«vsat:dlsupport' + code + '»' if i % 3 == 0 else '*** (in the vendor support portal)'}  {'⟦password|vendor support password (' + up + ')⟧' if i % 3 == 0 else '⟪masked⟫'}
"""))
    FILES.append((f"ships/{code}/casino/floor.ini", f"""
[SlotFloor]
Ship={up}
Machines={240 + i * 11}
SasHost=10.4{i}.42.5
[Cage]
DbServer=cage.{code}.ship.smc.internal
DbUser=cage_app
DbPassword={'«pw6:cage' + code + '»'}  ⟦password|casino cage DB password ({up})⟧
[Tito]
ValidationSeed={'«uhex:16-tito' + code + '»'}  ⟦app-secret|TITO validation seed ({up})⟧
"""))
    FILES.append((f"ships/{code}/muster/gateway.json", f"""
{{
  "ship": "{up}",
  "wearables": {{"type": "BLE", "beacons": {1400 + i * 50}}},
  "stations": ["A", "B", "C", "D", "E", "F"],
  "mqtt": {{"host": "10.4{i}.60.2", "port": 8883, "username": "muster-gw", "password": "{'«pwx:mustermqtt' + code + '»'}"}},  ⟦password|muster gateway MQTT password ({up})⟧
  "lifeboat_release_panel": {{"read_only": true}},
  "shore_sync": {{"url": "https://muster.shore.saltmere.com/v1/ships/{code}", "token": "{'«jwt:muster' + code + '»' if i < 2 else '${MUSTER_SYNC_TOKEN}'}"}}  {'⟦jwt|muster shore sync JWT (' + up + ')⟧' if i < 2 else '⟪env reference⟫'}
}}
"""))

FILES += [
    ("island/network/ptp-radio-backup.cfg", r"""
# Cay Lumen <-> ship tender pier point-to-point radio (airMAX style backup, tar of system.cfg)
aaa.1.wpa.psk=«wifipsk:ptp»  ⟦password|point-to-point link WPA PSK⟧
users.1.name=ubnt-cay
users.1.password=$1$«b62:8-md5salt»$«b62:22-md5hash»  ⟪MD5-crypt hash⟫
snmp.community=«lo:10-ptpsnmp»  ⟦password|SNMP community⟧
radio.1.freq=5745
"""),
    ("island/network/guest-ssid.conf", r"""
# hostapd on the beach APs (guests see "Saltmere Cay" - captive portal)
interface=wlan0
ssid=Saltmere Cay
wpa=0
# staff network
bss=wlan0_1
ssid=CAY-STAFF
wpa=2
wpa_passphrase=«wifipsk:caystaff»  ⟦password|staff Wi-Fi passphrase⟧
"""),
    ("island/power/microgrid-ems.yaml", r"""
site: cay-lumen
pv_kw: 1800
bess_kwh: 4200
gensets: 3
ems:
  modbus_gateway: 10.60.5.10
  vendor_cloud:
    url: https://cloud.microgrid-ems.com/api
    api_key: «b62:40-ems»  ⟦app-secret|microgrid EMS cloud API key⟧
    site_id: CLM-01
"""),
    ("island/desal/plc-notes.txt", r"""
Reverse-osmosis plant (desal) HMI - Cay Lumen
HMI login: operator / «pwp:desalhmi»  ⟦password|HMI login in notes⟧
PLC programming port is behind the OT firewall; ask the facilities lead for the engineering laptop.
Chlorine dosing alarm setpoints: low 0.5 ppm, high 2.0 ppm
"""),
    ("island/tender/boarding-scanner.json", r"""
{
  "device": "zebra-tc52",
  "app": "seapass-tender",
  "mdm": {"server": "https://smc.soti.net", "enrollmentId": "«up:10-soti»"},  ⟪enrollment id⟫
  "api": {"base": "https://island-gw.cay.smc.internal", "deviceSecret": "«b62:32-tender»"}  ⟦app-secret|tender scanner device secret⟧
}
"""),
    ("ships/fleet/bridge/ecdis-update-agent.ini", r"""
; ECDIS chart update agent (ENC permits from the chart agent; pulls weekly updates when the LEO link is up)
[ChartAgent]
Url=https://avcs.chart-agent.com/api
AccountNo=SMC-FLEET-2207
Password=«pwl:chartagent»  ⟦password|chart agent password⟧
[Permits]
UserPermit=«uhex:28-userpermit»  ⟪ENC user permit (device id, not a credential)⟫
"""),
    ("ships/fleet/engine/bunker-mfm-gateway.yaml", r"""
# mass-flow-meter gateway for bunkering (Coriolis meters, MARPOL Annex VI reporting)
meters:
  - id: MFM-HFO-1
    modbus: 10.40.20.41
  - id: MFM-MGO-1
    modbus: 10.40.20.42
report:
  dcs_portal: https://dcs.flagstate-registry.org/api
  username: saltmere-fleet
  password: «pw:dcsportal»  ⟦password|emissions DCS portal password⟧
"""),
    ("ships/fleet/bridge/weather-routing.env", r"""
ROUTING_VENDOR=https://api.oceanroute.io/v4
ROUTING_API_KEY=«hex:32-routing»  ⟦app-secret|weather routing API key⟧
ROUTING_FLEET_ID=smc
"""),
    ("ships/fleet/doorlocks/encoder-pins.csv", r"""
ship,deck,encoder,location,pin
AUR,5,ENC-05A,Guest Services desk,«pin:4-encA»  ⟦password|encoder PIN in a CSV⟧
AUR,5,ENC-05B,Guest Services desk,«pin:4-encB»  ⟦password|encoder PIN in a CSV⟧
BOR,4,ENC-04A,Purser back office,«pin:4-encC»  ⟦password|encoder PIN in a CSV⟧
CEL,6,ENC-06A,Security office,****  ⟪masked⟫
"""),
    ("ships/fleet/medical/defib-fleet.json", r"""
{"vendor": "aed-fleet-cloud", "account": "saltmere", "apiKey": "«b62:32-aed»", "devices": 186}  ⟦app-secret|AED fleet cloud API key⟧
"""),
    ("ships/fleet/laundry/plc-remote.txt", r"""
Galley and laundry equipment remote support (Ewon-style remote access router)
Talk2M account: saltmere-marine
user: smc.technical
password: «pwn:talk2m»  ⟦password|remote access router account password⟧
device password (each router): see the ship's Technical Superintendent
"""),
    ("ships/fleet/iptv/headend.json", r"""
{
  "headend": "cabin-iptv",
  "middleware": {"url": "https://iptv.ship.smc.internal", "admin": "smc_iptv", "password": "«pw6:iptv»"},  ⟦password|IPTV middleware admin password⟧
  "content_license": "LIC-«up:16-iptvlic»",  ⟦?app-secret|IPTV content licence key⟧
  "drm": {"keyServer": "https://drm.vendor.tv/keys", "keyRef": "kms:alias/iptv-drm"}  ⟪key reference⟫
}
"""),
]

FILES += [
    ("ships/fleet/ballast/bwts-controller-export.txt", r"""
BWTS CONTROLLER EXPORT  (ballast water treatment, UV + filter)  unit BWTS-EST-1
---------------------------------------------------------------
[network]   ip=10.44.20.31  mask=255.255.255.0
[users]
  level1  operator     pin=«pin:4-bwtsop»  ⟦password|controller operator PIN⟧
  level2  chief_eng    pin=«pin:6-bwtsce»  ⟦password|controller chief engineer PIN⟧
  level3  service      pin=(factory, see manual)  ⟪vendor default pointer⟫
[remote]
  vendor_vpn_user=bwts-svc-est
  vendor_vpn_psk=«pwr:bwtspsk»  ⟦password|vendor VPN pre-shared key⟧
[log]  IMO D-2 record book sync to https://records.bwts-vendor.com token=«b62:32-bwtsrec»  ⟦app-secret|record book sync token⟧
"""),
    ("ships/fleet/pos/bars-terminal.cfg", r"""
# bar and restaurant POS terminals (charge to SeaPass), one image for the fleet
[Terminal]
Revenue=BAR
OfflineMode=queue
[FolioInterface]
Url=https://fcs.ship.smc.internal/ifc/pos
User=POSIFC
Password=«pw6:posifc»  ⟦password|POS folio interface password⟧
[Manager]
OverridePin=«pin:5-posmgr»  ⟦password|POS manager override PIN⟧
"""),
    ("island/cabanas/smart-locks.json", r"""
{
  "vendor": "cabana-locks",
  "hub": "10.60.7.2",
  "cloud": {"account": "saltmere-cay", "apiKey": "«b62:40-cabanalock»"},  ⟦app-secret|cabana smart lock cloud API key⟧
  "installerCode": "«pin:6-cabanainst»",  ⟦password|lock installer code⟧
  "guestCodes": "generated per booking by shorex"  ⟪no value⟫
}
"""),
    ("ships/fleet/crew/crew-wifi-radius-clients.conf", r"""
# FreeRADIUS clients for crew Wi-Fi controllers (one per ship)
client aur-wlc { ipaddr = 10.40.43.2  secret = «pwr:radaur» }  ⟦password|RADIUS client secret⟧
client bor-wlc { ipaddr = 10.41.43.2  secret = «pwr:radbor» }  ⟦password|RADIUS client secret⟧
client lab     { ipaddr = 127.0.0.1   secret = testing123 }  ⟪FreeRADIUS default⟫
"""),
]
