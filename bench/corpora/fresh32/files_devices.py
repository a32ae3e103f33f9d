"""fresh32 templates, the mountain's own devices and their vendors' exports (Talusridge Mountain Resorts): lift
and ropeway PLCs and their maintenance laptops (Ewon remote access, TIA Portal, WinCC, Moxa, Hirschmann), RFID
gates (Axess, Skidata), snowmaking (TechnoAlpin ATASSplus, HKD), weather stations (Campbell, weewx, Davis),
grooming telematics and RTK, avalanche control towers, patrol radios (MOTOTRBO, TRBOnet), rental and retail
POS (Siriusware, Shift4), hotel door locks and encoders, lodge Wi-Fi, webcams and signage.
Markers: render.py and README.md."""

AREAS = (("cndr", "Cinder Peak"), ("hlwb", "Hollow Basin"), ("lrks", "Larkspur Bowl"), ("ptrm", "Ptarmigan Ridge"))

FILES = [
    ("ot/lifts/cndr/C4-Summit-Express/maint-laptop/TIA_project_notes.txt", r"""
C4 Summit Express (Doppelmayr D-Line, 2019) - S7-1500 F / WinCC Unified comfort panel
Project: CNDR_C4_SummitExpress_V18.ap18  (copy on \\ot-fs\lifts\cndr\C4\)
Know-how protection on FB_DriveCtrl, FB_Brakes (set by Doppelmayr, we do NOT have that password)
Project protection (our own, set 2024-10 after the audit):
  user: liftmaint
  pass: «plc:c4project»  ⟦password|TIA project protection password in a maintenance note⟧
CPU access level: full access with password «plc:c4cpu»  ⟦password|S7 CPU access-level password⟧
HMI web server (https://10.62.11.30) admin / «pwn:c4hmiweb»  ⟦password|WinCC web-server admin password in notes⟧
F-CPU safety password: held by the Doppelmayr service engineer only (sealed envelope in lift office safe)  ⟪pointer to a sealed envelope⟫
Drive: SINAMICS S120, STARTER project, no password
"""),
    ("ot/lifts/hlwb/G1-Basin-Gondola/WinCC/UserAdmin_export.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<UserAdministration Project="HLWB_G1_Gondola" Exported="2026-10-03T07:12:44">
  <Group Name="Operators" Level="100"/>
  <Group Name="Maintenance" Level="500"/>
  <User Name="operator" Group="Operators" Password="«pin:4-g1op»" Logoff="5"/>  ⟦password|WinCC user password exported in clear⟧
  <User Name="maint" Group="Maintenance" Password="«plc:g1maint»" Logoff="15"/>  ⟦password|WinCC maintenance user password⟧
  <User Name="leitner" Group="Maintenance" PasswordHash="«sha256:g1leitner»" Logoff="15"/>  ⟪password hash⟫
</UserAdministration>
"""),
    ("ot/lifts/lrks/moxa-nport-lift-C2.txt", r"""
# Moxa NPort 5150A - C2 bottom terminal, serial to the anemometer and the ropeway-position encoder
[System]
Server name=LRKS-C2-BT
Password=«pwp:moxac2»  ⟦password|Moxa NPort console password in an export⟧
[SNMP]
Read community=public  ⟪SNMP public community⟫
Write community=«lo:10-moxasnmp»  ⟦password|SNMP write community⟧
[Serial]
Port1 Baudrate=9600
Port1 Mode=TCP Server
"""),
    ("ot/network/hirschmann-rsp-cndr-core.cli", r"""
! Hirschmann RSP35 - CNDR OT core ring (lifts, snowmaking pump houses)
! HiOS-3S 09.1.00
users add liftadmin
users password liftadmin «pwx:hirschmann»  ⟦password|switch user password in a CLI backup⟧
users access-role liftadmin administrator
snmp community rw «lo:12-hirschsnmp»  ⟦password|SNMP rw community⟧
snmp community ro public  ⟪public community⟫
radius server add 1 10.60.0.21 secret «b62:20-radiusot»  ⟦password|RADIUS shared secret⟧
mrp domain modify role client
"""),
    ("ot/lifts/ptrm/ropeway-diag/RopeDiag.ini", r"""
; Leitner LEITControl remote diagnostics client - PTRM T1 (tram)
[Connection]
Host=10.64.12.5
Port=4840
SecurityPolicy=Basic256Sha256
User=trmr_ptrm
Password=«plc:leitctrl»  ⟦password|Leitner diagnostics client password in .ini⟧
[Vendor]
SupportPortal=https://support.leitner.com
SupportUser=talusridge.ptrm
SupportPassword=  ⟪empty value⟫
"""),
    ("ot/lifts/cndr/C4-Summit-Express/maint-laptop/ropetension_logger.py", r"""
# reads rope tension and wind from the C4 PLC (S7comm, DB210) every 2 s and writes to the historian
import snap7
from influxdb_client import InfluxDBClient

PLC_IP = "10.62.11.10"
INFLUX_URL = "http://hist.cndr.trmr.local:8086"
INFLUX_TOKEN = "«urlsafe:64-histcndr»"  ⟦app-secret|InfluxDB token in a maintenance-laptop script⟧
INFLUX_ORG = "talusridge"

client = snap7.client.Client()
client.set_session_password("«plc:c4cpu»")  ⟦password|S7 session password in code (same as the CPU access level)⟧
client.connect(PLC_IP, 0, 1)
"""),
    ("ot/gates/skidata/DTA_Config.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<DTAConfiguration version="4.3">
  <Server host="dta01.hlwb.trmr.local" port="9001" tls="true"/>
  <Interface name="firnline" type="AccessEvents">
    <Credentials user="firnline" password="«pwr:dtaifc»"/>  ⟦password|Skidata DTA interface password in XML⟧
  </Interface>
  <Interface name="pos" type="Sales">
    <Credentials user="siriusware" password="${DTA_POS_PASSWORD}"/>  ⟪${VAR}⟫
  </Interface>
  <Certificate thumbprint="«uhex:40-dtathumb»"/>  ⟪certificate thumbprint⟫
  <License key="«up:20-dtalic»"/>  ⟦?app-secret|DTA licence key (policy)⟧
</DTAConfiguration>
"""),
    ("ot/gates/axess/AX500_keyfile.txt", r"""
Axess AX500 Smart Gate - site key card and media keys (ISO 15693 / Mifare DESFire)
Site: Talusridge (site no. 2217)
Printed 2026-09-14 by the Axess commissioning engineer, keep with the gate spare parts
DESFire application master key (AES-128): «sitecode:32-desfiremk»  ⟦app-secret|DESFire application master key⟧
Read key (AES-128):                        «sitecode:32-desfirerk»  ⟦app-secret|DESFire read key⟧
Key version: 0x02
Key check value: «uhex:6-kcv»  ⟪key check value⟫
Mifare Classic sector 4 key A: A0A1A2A3A4A5 (MAD default, public)  ⟪well-known MAD key A⟫
"""),
    ("ot/gates/pass-printer/Zebra_ZXP7_settings.json", r"""
{
  "printer": "ZXP7-ticket-office-cndr",
  "encoder": {"type": "iCLASS", "keyReference": "slot2"},
  "network": {"ip": "10.62.40.31", "snmpCommunity": "public"},
  "webAdmin": {"user": "admin", "password": "«pwp:zxp7»"},  ⟦password|Zebra printer web admin password⟧
  "firmware": "V01.00.20"
}
"""),
    ("ot/snowmaking/hkd/SnowMaker_site.json", r"""
{
  "site": "Hollow Basin",
  "controller": "HKD SnowMaker 6",
  "pumpHouses": ["PH1-lower", "PH2-midway"],
  "remote": {
    "vpn": "ovpn.hkdsnowmakers.com",
    "user": "talusridge-hlwb",
    "password": "«pwl:hkdvpn»"  ⟦password|vendor VPN password in a controller JSON⟧
  },
  "modbus": {"gateway": "10.63.20.5", "unitId": 1},
  "weatherStations": ["WS-top", "WS-base"],
  "cloud": {"endpoint": "https://api.hkd.cloud/v2", "apiKey": "«hex:40-hkdcloud»"}  ⟦app-secret|HKD cloud API key⟧
}
"""),
    ("ot/snowmaking/pumphouse/PH2_HMI_Ignition_gateway.properties", r"""
# Ignition 8.1 gateway backup excerpt - PH2 midway pump house
gateway.name=PH2-midway
gateway.systemName=hlwb-ph2
opcua.server.user=opcua-ph2
opcua.server.password=«plc:ph2opcua»  ⟦password|Ignition OPC UA password in properties⟧
db.connection.historian.url=jdbc:postgresql://hist.hlwb.trmr.local:5432/ignition
db.connection.historian.username=ignition
db.connection.historian.password=«pwn:ignitionhist»  ⟦password|Ignition DB password in properties⟧
web.admin.password.hash=«sha256:ignadmin»  ⟪hash⟫
"""),
    ("ot/weather/campbell/CR1000X_summit.CR1X", r"""
'CR1000X Series Datalogger - CNDR summit station (wind, temp, RH, snow depth SR50A, radiation)
'Program author: mountain ops / J. Sander  2026-08-21
Public AirTC, RH, WS_ms, WindDir, SnowDepth, BattV
'PakBus security codes (set with DevConfig as well)
SetSecurity («pin:4-cs1», «pin:4-cs2», «pin:4-cs3»)  ⟦password|Campbell datalogger security codes in the program⟧
'send to the avalanche forecast centre FTP every 15 min
FTPClient ("ftp.avycenter.org", "talusridge", "«pwp:avyftp»", "Table1", "cndr_summit_" , 2, 0, 15, Min, -1008)  ⟦password|FTPClient password in a CRBasic program⟧
BeginProg
  Scan (5, Sec, 0, 0)
  Battery (BattV)
  NextScan
EndProg
"""),
    ("ot/weather/davis/weatherlink_live.conf", r"""
# WLL at the LRKS top of C2 - polled by weewx (weatherlinklive driver) and the v2 API
[WeatherLinkLive]
host = 10.63.30.40
polling_interval = 10
api_key = «lo:32-wllkey»
api_secret = «lo:32-wllsecret»  ⟦app-secret|WeatherLink API secret⟧
station_id = 184422
"""),
    ("ot/grooming/snowsat/onboard_unit.cfg", r"""
# SNOWsat ProMaster onboard unit - PB600 #14 (CNDR)
[unit]
serial = SS-PB600-14-0381
area = CNDR
[uplink]
apn = m2m.telco.net
server = tcp://mqtt.snowsat.com:8883
client_id = trmr-pb600-14
password = «b62:24-snowsatunit»  ⟦password|onboard unit MQTT password⟧
[gnss]
ntrip_caster = rtk.talusridge.com:2101
ntrip_mount = CNDR_BASE
ntrip_user = snowcat14
ntrip_password = «ntrip:snowcat14»  ⟦password|NTRIP caster password in an onboard config⟧
"""),
    ("ot/grooming/rtk-base/str2str.sh", r"""
#!/bin/sh
# RTK base at CNDR patrol HQ: u-blox ZED-F9P -> our caster (snowcats, snow-depth mapping)
exec str2str -in serial://ttyACM0:115200#ubx \
  -out ntrips://:«pct:pwx:ntripsrv»@rtk.talusridge.com:2101/CNDR_BASE#rtcm3 \  ⟦password|NTRIP server password in a str2str URL⟧
  -msg "1005(10),1074,1084,1094,1124,1230"
"""),
    ("ot/grooming/prinoth/fleet_export.csv", r"""
vehicle,model,telematics_id,sim_iccid,portal_user,portal_pin
HLWB-07,Leitwolf,PRN-7731,8901260882291234567,hlwb-fleet,«pin:6-prinothpin»  ⟦password|fleet portal PIN in a CSV export⟧
HLWB-08,Bison X,PRN-7735,8901260882291234571,hlwb-fleet,(same)
LRKS-02,Husky,PRN-6120,8901260882291239870,lrks-fleet,******  ⟪masked value⟫
"""),
    ("ot/avalanche/wyssen/tower_controller_LRKS.yaml", r"""
# Wyssen avalanche tower controller - LRKS Headwall towers T1..T4
site: LRKS Headwall
towers: [T1, T2, T3, T4]
link:
  type: iridium-sbd
  rockblock_user: avy-lrks@talusridge.com
  rockblock_password: «pw:rockblock»  ⟦password|RockBLOCK account password in a controller config⟧
  imei: 300434067812340
command_auth:
  # two-person rule: the patrol director and the snow safety lead each enter a PIN at the console
  fire_pin_hash: «sha256:firepin»  ⟪PIN hash⟫
  arming_code: «pin:8-armcode»  ⟦password|arming code in a controller config⟧
"""),
    ("ot/avalanche/gazex/remote-station-notes.md", r"""
# Gazex exploders - PTRM Cirque (O2/propane), remote station 3

The TAS remote-control PC lives in patrol HQ (PTRM-AVY-01). Login `snowsafety` / `«pwn:gazexpc»`.  ⟦password|Gazex control PC login in backticks⟧
Radio modem: Satel 3AS, 458.250 MHz, encryption key in the modem config (not here).  ⟪pointer to the modem config⟫
Cellular fallback router (Teltonika RUT955) web UI: admin, password is on the DYMO label inside the enclosure door.  ⟪pointer to a label⟫
"""),
    ("ot/radio/mototrbo/patrol_codeplug_export.csv", r"""
Zone,Channel,RX MHz,TX MHz,Color Code,Privacy Type,Privacy Key ID,Privacy Key
PATROL,P1 CNDR,458.1125,453.1125,1,Enhanced,1,«radiokey:10-ep1»  ⟦app-secret|MOTOTRBO Enhanced Privacy ARC4 key in a codeplug export⟧
PATROL,P2 HLWB,458.1375,453.1375,1,Enhanced,2,«radiokey:10-ep2»  ⟦app-secret|second Enhanced Privacy key⟧
LIFTS,L1 Ops,461.2250,466.2250,2,Basic,3,«pin:5-basic»  ⟦?app-secret|Basic Privacy key (16-bit, weak but a key: policy)⟧
EVENTS,E1 Talk,462.5625,462.5625,1,None,,
"""),
    ("ot/radio/trbonet/TRBOnet.Server.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="TRBOnet" connectionString="Data Source=PATROL-SQL\TRBONET;Initial Catalog=TRBOnetDB;User ID=trbonet;Password=«pwn:trbonetdb»" providerName="System.Data.SqlClient"/>  ⟦conn-string|SQL Server connection string in a TRBOnet config⟧
  </connectionStrings>
  <appSettings>
    <add key="RepeaterAuthKey" value="«radiokey:40-rptauth»"/>  ⟦app-secret|Capacity Plus repeater authentication key⟧
    <add key="SmtpPassword" value=""/>  ⟪empty value⟫
  </appSettings>
</configuration>
"""),
    ("ot/radio/zello-work-admin.txt", r"""
Zello Work network: talusridge.zellowork.com
admin login: radioadmin
admin password: «pwl:zello»  ⟦password|Zello Work admin password in a note⟧
API key (for the dispatch bridge): «hex:32-zelloapi»  ⟦app-secret|Zello Work API key⟧
"""),
    ("pos/siriusware/Sirius.ini", r"""
[Database]
Server=POS-SQL01\SIRIUS
Database=SiriusSQL
UseTrusted=0
UserName=sirius_app
Password=«pwc:siriusapp»  ⟦password|Siriusware database password in Sirius.ini⟧
[SalesWare]
Location=CNDR-Rental-Main
Salespoint=RENT03
[RFID]
AxessDCI=https://dci.cndr.trmr.local:8443
AxessUser=salesware
AxessPass=«pwl:axessdci»  ⟦password|Axess DCI password in Sirius.ini (same as the gate bridge)⟧
[Email]
SmtpServer=email-smtp.us-west-2.amazonaws.com
SmtpUser=«akid:sesrental»  ⟦aws-key-id|SES SMTP user in Sirius.ini⟧
SmtpPassword=«sesv4:sesrental»  ⟦aws-ses-smtp|SES SMTP password in Sirius.ini⟧
"""),
    ("pos/shift4/UTG2_config.ini", r"""
[UTG]
APISerialNumber=«num:6-utgserial»
APIPassword=«b62:12-utgpw»  ⟦password|Shift4 UTG API password⟧
AuthToken=«uuid:shift4auth»  ⟦app-secret|Shift4 auth token in UTG config⟧
Merchant=Talusridge Rentals CNDR
[TCP]
Port=17476
"""),
    ("pos/rental/fitting-station/DIN_setting.properties", r"""
# Wintersteiger ski-fit / DIN binding-test station - LRKS rental shop
station.id=LRKS-FIT-2
backoffice.url=https://rental.talusridge.com/api/fit
backoffice.apikey=«b62:32-rentalfit»  ⟦app-secret|rental back-office API key on a fitting station⟧
printer.ip=10.63.50.21
"""),
    ("pos/lightspeed/retail-sync.env", r"""
LIGHTSPEED_ACCOUNT_ID=281044
LIGHTSPEED_CLIENT_ID=«hex:64-lsclientid»
LIGHTSPEED_CLIENT_SECRET=«hex:64-lssecret»  ⟦app-secret|Lightspeed client secret⟧
LIGHTSPEED_REFRESH_TOKEN=«hex:40-lsrefresh»  ⟦app-secret|Lightspeed refresh token⟧
STORE_NAMES="Summit Sports CNDR,Basin Board Shop"
"""),
    ("lodging/locks/salto/ProAccessSpace.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DatabaseServer" value="LODGE-SQL01"/>
    <add key="DatabaseUser" value="salto"/>
    <add key="DatabasePassword" value="«pwc:saltodb»"/>  ⟦password|Salto ProAccess database password⟧
    <add key="PmsInterfacePort" value="8090"/>
    <add key="PmsInterfaceKey" value="«sitecode:32-saltopms»"/>  ⟦app-secret|Salto PMS interface key⟧
  </appSettings>
</configuration>
"""),
    ("lodging/locks/ambiance/encoder-stations.csv", r"""
station,lodge,ip,operator_pin
FD-ENC-1,Summit Lodge,10.65.10.11,«pin:6-enc1»  ⟦password|door-lock encoder operator PIN⟧
FD-ENC-2,Summit Lodge,10.65.10.12,«pin:6-enc2»  ⟦password|second encoder operator PIN⟧
FD-ENC-3,Basin Inn,10.66.10.11,000000  ⟪all-zero factory PIN⟫
"""),
    ("lodging/pms/rtpone_interface.properties", r"""
rtpone.base=https://talusridge.rtp.io/api
rtpone.username=ifc_lodging
rtpone.password=«pwr:rtponeifc»  ⟦password|RTP ONE interface password⟧
inntopia.endpoint=https://api.inntopia.travel/v1
inntopia.password=${INNTOPIA_PASSWORD}  ⟪${VAR}⟫
"""),
    ("lodging/wifi/ruckus-lodge-wlans.txt", r"""
ruckus(config)# wlan Summit-Guest
ruckus(config-wlan)# ssid Summit-Guest
ruckus(config-wlan)# encryption none
ruckus(config-wlan)# web-auth portal https://wifi.talusridge.com/portal
ruckus(config)# wlan TRMR-Staff
ruckus(config-wlan)# encryption wpa2 passphrase «wifipsk:staff»  ⟦password|staff WLAN passphrase in a controller CLI⟧
ruckus(config)# wlan TRMR-Lifts
ruckus(config-wlan)# encryption wpa2 passphrase «wifipsk:lifts»  ⟦password|lift-ops WLAN passphrase⟧
ruckus(config)# admin password $1$«b62:8-r1salt»$«b62:22-r1hash»  ⟪md5-crypt hash⟫
"""),
    ("lodging/wifi/guest-wifi-card.txt", r"""
  WELCOME TO SUMMIT LODGE
  Wi-Fi: Summit-Guest (no password, accept the terms on the page)
  Conference centre: TRMR-Events   password: «wifipsk:events»  ⟦?password|event Wi-Fi password printed for guests (policy)⟧
  Ski valet opens 7:30. Lifts open 8:30.
"""),
    ("webcams/axis/param_export_Q6135.txt", r"""
root.Network.HostName=cam-cndr-summit
root.Network.FTP.Enabled=yes
root.Event.E0.Actions.A0.Host=upload.roundshot.com
root.Event.E0.Actions.A0.User=talusridge_cndr
root.Event.E0.Actions.A0.Password=«pwp:axisftp»  ⟦password|Axis camera FTP upload password in a parameter export⟧
root.SNMP.V1ReadCommunity=public  ⟪SNMP public⟫
root.Properties.System.SerialNumber=ACCC8EF0A31B
"""),
    ("webcams/prism/stream_keys.yaml", r"""
# Prism (Ski resort live streams) - RTMP ingest keys per cam
cameras:
  - name: cndr-summit
    ingest: rtmp://ingest.prism.live/live
    stream_key: «lo:24-prismcndr»  ⟦app-secret|live stream key⟧
  - name: hlwb-base
    ingest: rtmp://ingest.prism.live/live
    stream_key: <set in the Prism dashboard>  ⟪placeholder⟫
youtube:
  stream_key: «lo:4-yt»-«lo:4-yt2»-«lo:4-yt3»-«lo:4-yt4»-«lo:4-yt5»  ⟦app-secret|YouTube stream key⟧
"""),
    ("signage/brightsign/autorun-setup.json", r"""
{
  "unitName": "lift-line-display-C4",
  "network": {"wifi": {"ssid": "TRMR-Lifts", "passphrase": "«wifipsk:lifts»"}},  ⟦password|Wi-Fi passphrase in a signage setup file (same as the controller)⟧
  "bsnCloud": {"network": "talusridge", "token": "«b62:48-bsncloud»"},  ⟦app-secret|BrightSign cloud token⟧
  "dws": {"enabled": true, "password": ""}  ⟪empty DWS password⟫
}
"""),
    ("ot/access/genetec/SynergisCloudLink_backup.xml", r"""
<CloudLinkBackup unit="CL-PATROL-HQ" firmware="4.1.0">
  <WebAdmin user="admin" password="«pwx:genetec»"/>  ⟦password|Synergis Cloud Link admin password in a backup⟧
  <Directory server="sc.trmr.local" port="5500"/>
  <Reader name="Explosives magazine" type="HID iCLASS SE" osdp="true" scbk="«sitecode:32-osdpscbk»"/>  ⟦app-secret|OSDP secure channel base key⟧
  <Reader name="Patrol HQ front" type="HID iCLASS SE" osdp="true" scbk="303132333435363738393A3B3C3D3E3F"/>  ⟪OSDP default SCBK-D (public)⟫
</CloudLinkBackup>
"""),
]

_EWON = {
    "cndr": ("«pwn:ewoncndr»", "«pw:t2mcndr»"),
    "hlwb": ("«pwp:ewonhlwb»", "«pwc:t2mhlwb»"),
    "lrks": ("adm", "«pwl:t2mlrks»"),
    "ptrm": ("«plc:ewonptrm»", "«pw:t2mptrm»"),
}
for code, name in AREAS:
    usr, t2m = _EWON[code]
    umark = "  ⟪Ewon factory default adm⟫" if usr == "adm" else f"  ⟦password|Ewon Flexy adm password ({code})⟧"
    FILES.append((f"ot/lifts/{code}/ewon/comcfg.txt", f"""
# eWON Flexy 205 - {name} lift remote access (Doppelmayr Connect / Talk2M)
Identification:EwonName:TRMR-{code.upper()}-LIFTS
System:AdmPassword:{usr}{umark}
Talk2M:T2MAccount:doppelmayr-na
Talk2M:T2MUser:{code}-lifts
Talk2M:T2MPassword:{t2m}  ⟦password|Talk2M account password in comcfg ({code})⟧
Talk2M:T2MKey:«hex:32-t2mkey{code}»  ⟦app-secret|Talk2M activation key ({code})⟧
WAN:WANItfProt:2
LAN:IPAddress:10.6{AREAS.index((code, name)) + 2}.11.250
"""))

_GATE = {
    "cndr": ("«pwl:axessdci»", "password", "DCI password on a gate controller (same as Lambda)"),
    "hlwb": ("«pwr:gatehlwb»", "password", "gate controller DCI password"),
    "lrks": ("${AXESS_DCI_PASSWORD}", None, ""),
    "ptrm": ("«pwp:gateptrm»", "password", "gate controller DCI password"),
}
for code, name in AREAS:
    pw, kind, note = _GATE[code]
    mark = f"  ⟦{kind}|{note} ({code})⟧" if kind else "  ⟪${VAR}⟫"
    FILES.append((f"ot/gates/axess/{code}/AX500_gatecontroller.ini", f"""
; Axess Smart Gate controller - {name}
[Site]
Name={name}
Turnstiles={len(name)}
[DCI]
Url=https://dci.{code}.trmr.local:8443
User=gatectl_{code}
Password={pw}{mark}
[Offline]
WhitelistFile=C:\\AXESS\\whitelist_{code}.dat
HoursValid=36
[Service]
TechUser=axess
TechPassword=axess  ⟪vendor default⟫
"""))

_ATASS = {
    "cndr": "«plc:atasscndr»",
    "hlwb": "«plc:atasshlwb»",
    "lrks": "«plc:atasslrks»",
    "ptrm": "«pwl:atassptrm»",
}
for code, name in AREAS:
    FILES.append((f"ot/snowmaking/technoalpin/{code}/atass.ini", f"""
[ATASSplus]
Site={name}
Server=snow-{code}.ot.trmr.local
DbUser=atass
DbPassword={_ATASS[code]}  ⟦password|ATASSplus database password ({code})⟧
[Guns]
Count={10 * len(code) + len(name)}
WetBulbStart=-2.5
[Remote]
TechnoAlpinSupport=teamviewer
TeamViewerId={3 + len(name)}12 884 {len(code)}09
TeamViewerPassword=«tv:tv{code}»  ⟦password|TeamViewer unattended password ({code})⟧
"""))

_WEEWX = {
    "cndr": ("«lo:8-wucndr»", "password"),
    "hlwb": ("«lo:8-wuhlwb»", "password"),
    "lrks": ("replace_me", None),
    "ptrm": ("«lo:8-wuptrm»", "password"),
}
for code, name in AREAS:
    wu, kind = _WEEWX[code]
    mark = f"  ⟦{kind}|Weather Underground station key in weewx.conf ({code})⟧" if kind else "  ⟪replace_me placeholder⟫"
    FILES.append((f"ot/weather/weewx/{code}/weewx.conf", f"""
# weewx 5 - {name} base station
WEEWX_ROOT = /home/weewx/weewx-data
[Station]
    location = "{name}, Talusridge"
    altitude = {2400 + 100 * len(name)}, meter
    station_type = Vantage
[StdRESTful]
    [[Wunderground]]
        enable = true
        station = KCOTALUS{len(name)}
        password = {wu}{mark}
    [[CWOP]]
        enable = true
        station = FW{len(name)}412
        passcode = -1  ⟪CWOP passcode -1 (unregistered)⟫
    [[MQTT]]
        server_url = mqtt://weewx:«pct:pwp:weewxmqtt»@mqtt.ot.trmr.local:1883/  ⟦conn-string|MQTT URL with password⟧
"""))
