"""fresh36 templates, the stadium and training-ground devices (Thornbury Rovers FC): turnstile controllers and
their exports, the access-control server, scoreboard and ribbon boards, PA/VA, CCTV and the control room,
floodlights, pitch heating and grow lights, BMS, stadium Wi-Fi, concessions POS terminals, IPTV and signage,
broadcast encoders, GPS vest docks, the medical room and the training ground. Markers: render.py and README.md."""

FILES = [
    ("stadium/turnstiles/tc400-gate-N07.cfg", r"""
; Turnpike TC-400 controller configuration export
; exported 2026-08-01 09:12 by tcadmin from gate N07 (Ironworks Stand, lane 3)
[network]
ip=10.44.12.37
mask=255.255.255.0
gw=10.44.12.1
ntp=10.44.0.1
[backend]
url=https://gatehouse.thornburyrovers.co.uk/api/v2/validate
site_key=«devkey:tcshared»  ⟦app-secret|turnstile controller shared key in a device export⟧
offline_whitelist=/data/whitelist.bin
[admin]
user=tcadmin
password=«pw6:tcadmin»  ⟦password|turnstile controller admin password⟧
service_pin=«pin:6-tcservice»  ⟦password|turnstile service menu PIN⟧
[mqtt]
broker=mqtts://10.44.0.20:8883
user=gate-n07
password=«kitpw:tsmqtt»  ⟦password|turnstile MQTT password in a device export⟧
"""),
    ("stadium/turnstiles/gates-inventory.csv", r"""
gate,stand,lane,controller_ip,firmware,reader,admin_user,admin_pass,notes
N07,Ironworks,3,10.44.12.37,4.8.2,QR+NFC,tcadmin,«pw6:tcadmin»,  ⟦password|admin password column in a device inventory⟧
N08,Ironworks,4,10.44.12.38,4.8.2,QR+NFC,tcadmin,«pw6:tcadmin»,  ⟦password|same admin password on the next controller⟧
S01,Kestrel End,1,10.44.14.11,4.8.1,QR,tcadmin,«pw6:tcs01»,replaced board after flood  ⟦password|admin password of a replaced controller⟧
E02,Riverside,2,10.44.16.12,4.7.9,QR+NFC,tcadmin,********,vendor reset pending  ⟪masked password⟫
W11,Millyard Main,11,10.44.18.21,4.8.2,QR+NFC+Bio,tcadmin,see vault,accessible lane  ⟪pointer to a vault⟫
"""),
    ("stadium/turnstiles/offline-mode-runbook.md", r"""
# Turnstile offline mode (when Gatehouse is unreachable)

1. On the control-room PC open the TC-400 manager and log in as `tcadmin`.
2. Push the last whitelist (`Tools > Push whitelist`). It is signed with the site key, so a gate will refuse a
   whitelist from anywhere else.
3. If a gate shows `E41 KEY MISMATCH`, re-enter the site key on the gate's keypad menu 7-3. The key is
   `«devkey:tcshared»` (same on every gate, the vendor will not let us have one per gate).  ⟦app-secret|turnstile site key in a runbook⟧
4. The service menu PIN is «pin:6-tcservice». Do not give it to stewards.  ⟦password|service PIN in a runbook sentence⟧
5. When the link is back, `Tools > Upload offline scans` before the half-time report.
"""),
    ("stadium/access-control/acs-server.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<AccessServer version="9.2">
  <Database server="ACS-SQL01\ACS" name="AccessCtl" user="acs_svc" password="«pwc:acssql»"/>  ⟦password|access-control database password in XML⟧
  <Controllers>
    <Controller id="DC-01" ip="10.44.20.11" commKey="«hex:16-dc01»"/>  ⟦app-secret|door controller comm key⟧
    <Controller id="DC-02" ip="10.44.20.12" commKey="«hex:16-dc02»"/>  ⟦app-secret|door controller comm key⟧
  </Controllers>
  <CardFormat name="TRFC-Staff-26bit" facility="118"/>
  <DESFire appId="F51130" readKeyRef="HSM:slot4"/>  ⟪reference to an HSM slot⟫
  <Firmware controllerImage="dc-9.2.4.bin" sha1="«sha:acsfw»"/>  ⟪firmware hash⟫
  <Smtp host="email-smtp.eu-west-2.amazonaws.com" port="587" user="«akid:sesacs»" password="«sesv4:sesacs»"/>  ⟦aws-ses-smtp|SES SMTP pair in an access-control server config⟧
</AccessServer>
"""),
    ("stadium/access-control/desfire-keys.txt", r"""
Staff card DESFire EV3 application keys - personalisation run 2026-07-14 (cards 40001-41200)
Held by: Head of Security. Copy to the card printer PC only during a print run.
App F51130
  key0 (master) AES: «uhex:32-desfire0»  ⟦app-secret|DESFire application master key⟧
  key1 (read)   AES: «uhex:32-desfire1»  ⟦app-secret|DESFire read key⟧
PICC master key diversification input: UID || F51130 || "TRFC"
"""),
    ("stadium/scoreboard/lumaboard-controller.json", r"""
{
  "controller": "LumaBoard LB-9 main scoreboard",
  "serial": "LB9-2023-00418",
  "network": {"ip": "10.40.8.21", "gateway": "10.40.8.1"},
  "users": [
    {"name": "operator", "password": "«pw6:lumactl»", "role": "operator"},  ⟦password|scoreboard operator password in a device JSON⟧
    {"name": "lbservice", "password": "«pw6:lbservice»", "role": "vendor"}  ⟦password|vendor service password in a device JSON⟧
  ],
  "inputs": {"clock": "udp://10.40.8.5:7002", "stats": "https://feeds.thornburyrovers.co.uk/live"},
  "firmware_sha256": "«sha256:lbfw»"  ⟪firmware hash⟫
}
"""),
    ("stadium/scoreboard/ribbon-playlist.ini", r"""
[ribbon]
controller=10.40.8.22
login=ribbon
password=«pw6:ribbon»  ⟦password|ribbon board password in an ini⟧
[playlist]
slot1=sponsor_main.mp4
slot2=matchday_welcome.png
slot3=next_fixture.png
"""),
    ("stadium/pa-va/zone-controller-backup.txt", r"""
! PA/VA zone controller config dump (EN 54-16 voice alarm)
hostname PAVA-CTRL-1
zones 24
zone 1 "Ironworks Lower"
zone 2 "Ironworks Upper"
zone 9 "Concourse North"
snmp community ro «lo:12-pavaro»  ⟦password|SNMP read community on the PA/VA controller⟧
snmp community rw «lo:12-pavarw»  ⟦password|SNMP write community on the PA/VA controller⟧
web-admin user pava password «pw6:pavaweb»  ⟦password|PA/VA web admin password⟧
evac-message 3 "evac_gen_en.wav"
"""),
    ("stadium/cctv/nvr-export.xml", r"""
<NVRConfig model="SecureVault 64" site="Millyard Control Room">
  <User name="admin" password="«pwc:nvradmin»" level="Administrator"/>  ⟦password|NVR admin password⟧
  <User name="police_view" password="«pwn:policeview»" level="Viewer"/>  ⟦password|police viewing account password⟧
  <Camera id="C014" name="Gate N07 lanes" ip="10.46.2.14" user="root" password="«pw6:camn07»"/>  ⟦password|camera password in an NVR export⟧
  <Camera id="C015" name="Away concourse" ip="10.46.2.15" user="root" password="$1$«lo:8»$«b62:22»"/>  ⟪crypt hash⟫
  <Export target="\\cctv-nas01\exports\incidents" user="svc-datasync" password="«pwn:cctvnas»"/>  ⟦password|NAS export password in an NVR export⟧
</NVRConfig>
"""),
    ("stadium/cctv/face-match-vendor.env", r"""
# crowd safety analytics (banning orders list) - vendor appliance in the control room
FACEWATCH_TENANT=trfc-millyard
FACEWATCH_API_KEY=«b62:48-facewatch»  ⟦app-secret|crowd analytics vendor API key in an env file⟧
BANNING_LIST_SFTP=sftp://police-liaison.thornburyrovers.co.uk
BANNING_LIST_PASSWORD=«pwx:banninglist»  ⟦password|banning list SFTP password⟧
"""),
    ("stadium/floodlights/controller-settings.json", r"""
{
  "system": "LuxArena Pro",
  "controller_ip": "10.47.1.10",
  "admin": {"user": "lightadmin", "password": "«pw6:floodlight»"},  ⟦password|floodlight controller admin password⟧
  "dmx_universes": 4,
  "scenes": ["training", "matchday_tv", "light_show", "emergency"],
  "cloud": {"endpoint": "https://cloud.luxarena.io", "api_token": "«b62:40-luxcloud»"},  ⟦app-secret|floodlight cloud API token⟧
  "snmp": {"community": "«lo:14»"}  ⟦password|floodlight SNMP community (same as the Terraform default)⟧
}
"""),
    ("stadium/pitch/undersoil-heating-plc.txt", r"""
Undersoil heating PLC - S7-1200 - backup notes (groundsman's copy)
CPU protection level: full access (incl. fail-safe) password «pw6:ushplc»  ⟦password|PLC protection password in notes⟧
HMI KTP700 runtime user: grounds / «kitpw:grounds»  ⟦password|HMI user password in notes⟧
Remote access router: eWON-like box at 10.47.5.2, login adm / «pw6:ushrouter»  ⟦password|remote access router password⟧
Boiler setpoint 45C, pitch soil target 8C at 100mm.
"""),
    ("stadium/pitch/growlights-rig.yaml", r"""
rig: SGL-style mobile lighting rig x12
controller: 10.47.6.10
cloud:
  portal: https://portal.growrig-lighting.com
  api_key: «sgl:growlights»  ⟦app-secret|grow-light rig API key in a rig config⟧
  site_id: millyard-pitch
schedule:
  - {days: [mon, tue, wed, thu], from: "20:00", to: "06:00", rigs: all}
"""),
    ("stadium/bms/niagara-station.bog.xml", r"""
<bajaObjectGraph version="4.0">
  <p n="Drivers">
    <p n="BacnetNetwork" t="bacnet:BacnetNetwork">
      <p n="deviceId" v="1201"/>
    </p>
    <p n="NiagaraNetwork">
      <p n="PlantRoom" t="niagaraDriver:NiagaraStation">
        <p n="address" v="ip:10.47.0.5"/>
        <p n="username" v="station_link"/>
        <p n="password" v="«pwl:niagaralink»"/>  ⟦password|Niagara station link password in clear⟧
        <p n="passwordHash" v="PBKDF2_SHA256:10000:«b64k:16-niagarasalt»:«b64k:32-niagarahash»"/>  ⟪password hash⟫
      </p>
    </p>
  </p>
  <p n="Services">
    <p n="EmailService">
      <p n="smtpUser" v="«akid:sesbms»"/>  ⟦aws-key-id|SES SMTP user in a BMS station⟧
      <p n="smtpPassword" v="«sesv4:sesbms»"/>  ⟦aws-ses-smtp|SES SMTP password in a BMS station⟧
    </p>
  </p>
</bajaObjectGraph>
"""),
    ("stadium/bms/energy-meter-gateway.conf", r"""
# Modbus/BACnet energy meter gateway - uploads half-hourly data to the energy broker
[upload]
endpoint = https://ingest.voltwise-energy.co.uk/v1/readings
account = TRFC-MILLYARD
api_key = «b62:36-voltwise»  ⟦app-secret|energy broker API key in a gateway config⟧
[local]
web_password = «pwp:metergw»  ⟦password|meter gateway web password⟧
"""),
    ("stadium/wifi/controller-running-config.txt", r"""
! stadium Wi-Fi controller (1,100 APs across the bowl and concourses)
hostname MILLYARD-WLC-1
username admin privilege 15 secret 9 $9$«b62:14»$«b62:43»  ⟪type 9 hash⟫
username vendorsupport password 0 «pw6:wlcvendor»  ⟦password|type 0 password on the Wi-Fi controller⟧
radius server STADIUM-RADIUS
 address ipv4 10.44.0.10 auth-port 1812 acct-port 1813
 key 0 «pwr:radius»  ⟦password|RADIUS key on the Wi-Fi controller⟧
wlan TRFC-STAFF 2 TRFC-STAFF
 security wpa psk set-key ascii 0 «wifipsk:staff»  ⟦password|staff Wi-Fi PSK⟧
wlan TRFC-PRESS 3 TRFC-PRESS
 security wpa psk set-key ascii 0 «wifipsk:pressbox»  ⟦password|press box Wi-Fi PSK⟧
wlan TRFC-BROADCAST 4 TRFC-BROADCAST
 security wpa psk set-key ascii 8 «hex:40-bcastpsk»  ⟪encrypted PSK (type 8)⟫
snmp-server community «lo:10-wlcsnmp» RO  ⟦password|SNMP community on the Wi-Fi controller⟧
"""),
    ("stadium/wifi/press-box-card.txt", r"""
THE MILLYARD - PRESS BOX
Welcome to the Millyard. Wi-Fi: TRFC-PRESS
Password: «wifipsk:pressbox»  ⟦?password|Wi-Fi password printed for visiting press⟧
Kick-off 15:00. Team sheets at 14:00 from the media manager.
"""),
    ("stadium/wifi/freeradius-clients.conf", r"""
client wlc1 {
    ipaddr = 10.44.0.30
    secret = «pwr:radius»  ⟦password|FreeRADIUS client secret⟧
}
client turnstile-vlan {
    ipaddr = 10.44.12.0/22
    secret = testing123  ⟪FreeRADIUS default⟫
}
"""),
    ("stadium/concessions/tillpoint-terminal-N12.ini", r"""
[Terminal]
Id=N12-KIOSK-03
Stand=Ironworks
Mode=SelfService
[Server]
Url=https://millyard-01.tillpoint.cloud/api
SiteKey=«b62:32-tillnorth»  ⟦app-secret|POS site key on a terminal⟧
[Manager]
ManagerPin=«pin:4-tillmgr»  ⟦password|POS manager PIN⟧
[PaymentDevice]
Model=Ingenico Move/5000
TerminalId=«num:8»  ⟪payment terminal id⟫
"""),
    ("stadium/concessions/bar-stock-tablet.json", r"""
{"app":"BarStock","version":"3.1.0","stand":"Riverside","sync":{"url":"https://stock.internal.trfc/api","user":"barstock","password":"«pwp:barstock»"},"printers":["10.45.16.40"]}  ⟦password|bar stock tablet password in one-line JSON⟧
"""),
    ("stadium/concessions/cash-office-note.txt", r"""
cash office - end of match
safe combination changed 12/08: «pin:6-safe»  ⟦password|safe combination in a note⟧
float per kiosk 150.00, card only in the Kestrel End since July
"""),
    ("stadium/iptv/headend-config.yaml", r"""
headend: Millyard IPTV (hospitality boxes, concourse screens, control room)
channels:
  - {name: "Club Channel", source: "srt://10.48.0.10:9000?passphrase=«srtpass:clubchannel»"}  ⟦password|SRT passphrase of the club channel feed⟧
  - {name: "Match Feed Clean", source: "udp://239.10.0.2:5000"}
  - {name: "Rights Holder Feed", source: "srt://ob-gw.stadium.trfc:7010?passphrase=«srtpass:rightsholder»"}  ⟦password|rights holder SRT passphrase⟧
management:
  url: https://iptv-mgmt.stadium.trfc
  admin_password: «pwc:iptvadmin»  ⟦password|IPTV head-end admin password⟧
"""),
    ("stadium/signage/player-settings.xml", r"""
<SignagePlayer>
  <Cms url="https://signage.thornburyrovers.co.uk" displayKey="«hex:32-signagekey»"/>  ⟦app-secret|signage CMS display key⟧
  <LocalAdmin user="player" password="«pw6:signage»"/>  ⟦password|signage player local admin password⟧
  <Proxy enabled="false"/>
</SignagePlayer>
"""),
    ("stadium/broadcast/encoder-preset.json", r"""
{
  "encoder": "OB-ENC-2",
  "outputs": [
    {"name": "rights-holder-primary", "type": "srt", "mode": "caller", "host": "contribution.rightsholder-tv.com", "port": 20400,
     "latency_ms": 800, "passphrase": "«srtpass:rightsholder»", "pbkeylen": 32},  ⟦password|SRT passphrase in an encoder preset⟧
    {"name": "club-channel", "type": "rtmp", "url": "rtmps://live.clubstream-platform.com:443/app", "stream_key": "live_«num:9»_«b62:30-rtmpkey»"},  ⟦app-secret|RTMP stream key in an encoder preset⟧
    {"name": "var-review-feed", "type": "srt", "host": "10.49.0.5", "port": 9100, "passphrase": ""}  ⟪empty passphrase⟫
  ]
}
"""),
    ("stadium/broadcast/ob-compound-handover.md", r"""
# OB compound handover - rights holder match day

Broadcaster's engineer arrives 07:00. Give them:
- Compound power: 2 x 125A 3-phase, keys with the stadium manager.
- Fibre: SMF pairs 5/6 and 7/8 to the comms room.
- Contribution: SRT to `contribution.rightsholder-tv.com:20400`, passphrase `«srtpass:rightsholder»`.  ⟦password|SRT passphrase in a handover document⟧
- Goal-line camera feeds come from the goal-line vendor's own cabin: we do not touch them.
- Club channel encoder web UI: http://10.48.0.11 admin / «pw6:encoderweb»  ⟦password|encoder web UI password in a handover⟧
"""),
    ("stadium/goal-line/vendor-vpn.ovpn", r"""
client
dev tun
proto udp
remote gl-support.goalsight-systems.com 1194
auth-user-pass
<ca>
«cert:edglca:goalsight-ca»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecglvpn»  ⟦private-key|VPN client private key inline⟧
</key>
"""),
    ("training-ground/vest-dock/dock-settings.ini", r"""
[Dock]
Name=TG-DOCK-1
Location=Kestrel Park training ground, sports science office
[Cloud]
Region=eu
Team=thornbury-rovers-first-team
UploadToken=«b62:40-vestapikey»  ⟦app-secret|GPS vest dock upload token⟧
[LocalShare]
Path=\\tg-fs01\vests
User=svc-vest
Password=«kitpw:vestshare»  ⟦password|dock local share password⟧
"""),
    ("training-ground/force-plates/export-config.json", r"""
{"device":"ForceDeck-2","org":"TRFC Academy","api":{"base":"https://api.jumpmetrics-labs.com","client_id":"trfc-academy","client_secret":"«b62:40-forceplates»"},"autoSync":true}  ⟦app-secret|force plate vendor client secret⟧
"""),
    ("training-ground/medical/dexa-scanner.ini", r"""
[Export]
Target=\\med-dexa01\exports
Format=DICOM+CSV
[PACSLink]
AETitle=TRFCDEXA
Host=10.50.1.20
[Login]
ServiceUser=fieldservice
ServicePassword=«pw6:dexaservice»  ⟦password|scanner field service password⟧
"""),
    ("training-ground/medical/physio-app-sync.yaml", r"""
# PhysioLedger (injury records) nightly sync to the performance warehouse
source:
  base_url: https://trfc.physioledger.com/api/v4
  api_key: «b62:44-physioledger»  ⟦app-secret|medical records platform API key⟧
target:
  warehouse: snowflake
  account: trfc-perf
  user: physio_sync
  password: "{{ env_var('PHYSIO_SYNC_PASSWORD') }}"  ⟪env_var reference⟫
fields_excluded: [diagnosis_notes, gp_letters]
"""),
    ("training-ground/video-analysis/hudl-uploader.cfg", r"""
[uploader]
team = Thornbury Rovers U21
watch_folder = D:\Matchday\Exports
upload_user = analysis@thornburyrovers.co.uk
upload_password = «pwn:analysisupload»  ⟦password|video analysis uploader password⟧
api_key = «hex:40-videoupload»  ⟦app-secret|video platform uploader API key⟧
"""),
    ("training-ground/gym/kiosk-checkin.env", r"""
KIOSK_MODE=gym
ROSTER_API=https://perf.thornburyrovers.co.uk/api/roster
ROSTER_API_TOKEN=«jwt:gymkiosk»  ⟦jwt|long-lived JWT on a gym kiosk⟧
"""),
    ("stadium/control-room/radio-console.ini", r"""
[Console]
Site=Millyard Control Room
Talkgroups=Stewards,Safety,Medical,Police-Liaison
[Gateway]
Host=10.44.30.5
User=console1
Password=«pw6:radioconsole»  ⟦password|radio dispatch console password⟧
[Recording]
Target=\\cctv-nas01\radio
"""),
    ("stadium/control-room/safety-officer-laptop-notes.txt", r"""
SAG inspection prep
- crowd counts from gatehouse: https://gatehouse.thornburyrovers.co.uk/reports/ingress (login safety.officer / «pwn:safetyofficer»)  ⟦password|login in personal notes⟧
- steward briefing 12:30 in the Ironworks lounge
- ask IT why the N08 gate counts doubled last week
"""),
    ("stadium/lifts/lift-monitoring.conf", r"""
[remote_monitoring]
provider = liftwatch
device = MILLYARD-LIFT-04
apn = m2m.mobile
modem_admin_password = «pw6:liftmodem»  ⟦password|lift monitoring modem admin password⟧
"""),
    ("stadium/fire/panel-network-card.txt", r"""
Fire panel network card - settings label (photographed 03/07)
IP 10.47.9.10  Mask 255.255.255.0
Web login: engineer / level 3 code «pin:4-firepanel»  ⟦password|fire panel access level 3 code⟧
"""),
    ("stadium/hospitality/lounge-door-locks.csv", r"""
lounge,encoder,encoder_ip,operator,operator_pin
Ironworks Suite,ENC-01,10.45.20.11,hospitality,«pin:4-lounge1»  ⟦password|door-lock encoder operator PIN⟧
Riverside Club,ENC-02,10.45.20.12,hospitality,«pin:4-lounge2»  ⟦password|door-lock encoder operator PIN⟧
Directors Box,ENC-03,10.45.20.13,directors,n/a
"""),
    ("stadium/network/core-switch.cfg", r"""
hostname MILLYARD-CORE-1
enable secret 9 $9$«b62:14-coresalt»$«b62:43-corehash»  ⟪type 9 enable hash⟫
username netops privilege 15 password 7 «uhex:22-ciscoseven»  ⟦?password|Cisco type 7 password (reversible)⟧
tacacs server ISE
 address ipv4 10.44.0.12
 key 0 «pwr:tacacs»  ⟦password|TACACS key in clear⟧
snmp-server community «lo:12-coresnmp» RO 10  ⟦password|SNMP community on the core switch⟧
"""),
    ("stadium/network/firewall-backup.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«b64k:40-fgadmin»  ⟪hashed admin password⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws-plant"
        set remote-gw 35.176.12.84
        set psksecret ENC «b64k:48-fgpsk»  ⟪encrypted PSK⟫
    next
    edit "turnstile-vendor"
        set remote-gw 195.12.40.5
        set psksecret «pwr:tsvendorvpn»  ⟦password|IPsec PSK in clear in a firewall backup⟧
    next
end
"""),
]

# each concourse screen player carries the same CMS display key file, written by the installer
for _n, _stand in enumerate(("ironworks", "kestrel-end", "riverside"), 1):
    FILES.append((f"stadium/signage/players/{_stand}-concourse.conf", f"""
# signage player {_stand} concourse (installer image v{_n}.2)
cms_url=https://signage.thornburyrovers.co.uk
display_key=«hex:32-signagekey»  ⟦app-secret|signage display key on a player⟧
orientation=landscape
volume=0
"""))
