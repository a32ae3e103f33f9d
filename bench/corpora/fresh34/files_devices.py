"""fresh34 templates, the airport's devices and vendors: baggage handling SCADA and PLC exports, airfield
lighting control, AWOS/ATIS, CCTV and access control, screening equipment, parking equipment, EV chargers,
jet bridges and PCA, BMS, the network, radios, kiosks and bag drop, back-office Windows PCs.
Markers: render.py and README.md."""

FILES = [
    ("ot/bhs/scada/WinCC_OA_config", r"""
[general]
pvss_path = "C:/Siemens/Automation/WinCC_OA/3.19"
proj_path = "D:/Projects/TRW_BHS_T2"
proj_version = "3.19"
langs = "en_US.utf8"
userName = "root"
password = "«pw6:winccoa»"  ⟦password|WinCC OA project config password⟧

[dist]
distPeer = "10.60.2.16 2"

[ValueArchiveRDB]
DbUser = "BHS_RDB"
DbPass = "«pwn:bhsrdb»"  ⟦password|RDB archive DB password⟧
DbType = "ORACLE"
"""),
    ("ot/bhs/scada/sorter_opc_users.csv", r"""
# exported from the UaExpert project by Vanmark commissioning, 2026-03-14
endpoint;user;password;role;notes
opc.tcp://10.60.3.11:4840;brs;«pwp:opcua»;read;BRS tracking  ⟦password|same OPC UA password in a CSV export⟧
opc.tcp://10.60.3.11:4840;vanmark_eng;«pw6:vanmarkeng»;engineer;vendor remote commissioning  ⟦password|vendor engineer OPC UA password⟧
opc.tcp://10.60.3.40:4840;ebs_ops;«pw6:ebsops»;operator;early bag store HMI  ⟦password|EBS operator password⟧
"""),
    ("ot/bhs/hmi/ebs_panel_backup.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<PanelBackup device="TP1500 Comfort" station="EBS-HMI-02" fw="17.0.0.0">
  <UserAdministration>
    <User name="Administrator" group="Administrator" passwordHash="«sha256:hmiadm»" />  ⟪password hash⟫
    <User name="Maint" group="Maintenance" password="«pin:6-hmimaint»" logoffTime="5" />  ⟦password|HMI maintenance user clear password (6-digit)⟧
  </UserAdministration>
  <Connections>
    <Connection name="EBS_PLC" driver="S7-1500" address="10.60.3.40" accessProtectionPassword="«pwp:s7protect»" />  ⟦password|S7 PLC access-protection password⟧
  </Connections>
</PanelBackup>
"""),
    ("ot/bhs/plc/README-vanmark-handover.txt", r"""
VANMARK SYSTEMS - T2 HBS/EBS HANDOVER PACK (rev F)
==================================================
Sorter PLC project: TRW_T2_SORT_V17.zap17 (TIA Portal V17 Upd 6)
Know-how protection on FB200-FB260 (tracking): password held by Vanmark, escrow ref VS-ESC-0091.
Safety program password (F-CPU): «pw6:fcpu»  ⟦password|F-CPU safety program password in a handover text⟧
EBS crane PLC web server: admin / «pwp:ebsweb»  ⟦password|PLC web server admin password in prose⟧
Line scanner ATRs (SICK Lector): default service password unchanged per SICK docs, see manual.  ⟪pointer to a vendor default⟫
Remote access: via Tarrow Cyberark PSM only (no TeamViewer).
"""),
    ("ot/agl/alcms/server.ini", r"""
; ALCMS - airfield ground lighting control and monitoring, TRW, both runways
[Server]
Name=ALCMS-SRV-A
Peer=ALCMS-SRV-B
HotStandby=1
[CCR]
Protocol=ModbusTCP
Count=64
[Database]
ConnStr=Provider=SQLOLEDB;Data Source=ALCMS-SQL;Initial Catalog=ALCMS;User ID=alcms;Password=«pwn:alcmsdb»  ⟦conn-string|OLEDB connection string with password⟧
[Tower]
; controller working positions in the VCR
CWP1=10.80.1.21
CWP2=10.80.1.22
SupervisorPin=«pin:4-alcmssup»  ⟦?password|supervisor PIN for runway lighting changes⟧
[Historian]
ExportUser=historian
ExportPassword=«pwn:alcmsro»  ⟦password|same historian password in ALCMS ini⟧
"""),
    ("ot/agl/alcms/stopbar-maintenance.md", r"""
# Stop bar and guard light maintenance (RWY 09/27)

Before isolating a stop bar circuit, get release from ATC (VCR supervisor) and log it in the AGL logbook.
Maintenance laptop logs into ALCMS-SRV-A as `agl-maint`; the password is in CyberArk under
`OT/AGL/agl-maint` (do not write it here again - see audit finding AF-2025-07).  ⟪pointer to a vault⟫

Individual lamp control units (ILCU) web config: `http://<ilcu-ip>/` with the vendor's factory login,
which is printed in the Lumenfield manual section 7.  ⟪pointer to a manual⟫
"""),
    ("ot/met/awos/awos.conf", r"""
# AWOS (automated weather observing) data collection platform, sensors at TDZ 09, MID, TDZ 27
[dcp]
site = TRW
sensors = ws425,ptb330,cl51,pwd22,hmp155
[metar]
ams_uplink = https://amhs-gw.trw.local/submit
ams_user = TRWMETAR
ams_password = «pw6:amhs»  ⟦password|AMHS gateway password in AWOS config⟧
[atis]
datis_push = https://datis.trw.local/api/update
datis_token = «hex:40-datis»  ⟦app-secret|D-ATIS push token⟧
[snmp]
community_ro = public  ⟪SNMP default community⟫
"""),
    ("ot/noise/nmt-stations.json", r"""
{
  "stations": [
    {"id": "NMT01", "name": "Ashby Lane", "ip": "10.88.0.11", "user": "nmt", "password": "«pwp:nmt01»"},  ⟦password|noise monitoring terminal password⟧
    {"id": "NMT02", "name": "Kelsby Church", "ip": "10.88.0.12", "user": "nmt", "password": "«pwp:nmt01»"}  ⟦password|same password on the second terminal⟧
  ],
  "upload": {"url": "https://envirosuite.invalid/api/upload", "api_key": "«b62:32-noise»"}  ⟦app-secret|same noise vendor key in the station list⟧
}
"""),
    ("ot/cctv/nvr-export.xml", r"""
<?xml version="1.0"?>
<RecordingServerConfig name="RS-T1-03" version="2025 R2">
  <Hardware name="Apron Stand 12 PTZ" address="http://10.90.12.31" driver="AXIS" userName="root" password="«pwp:axis»" />  ⟦password|camera password in a VMS hardware export⟧
  <Hardware name="Baggage Reclaim 4" address="http://10.90.14.7" driver="Hanwha" userName="admin" password="" />  ⟪empty password⟫
  <Hardware name="Forecourt 2" address="http://10.90.30.2" driver="Hanwha" userName="admin" password="«pwp:hanwha»" />  ⟦password|second camera password in a VMS export⟧
  <Hardware name="Pier B Airbridge 21" address="http://10.90.21.5" driver="AXIS" userName="root" encryptedPassword="«b64k:48-u6»" />  ⟪encrypted password⟫
  <ManagementServer url="https://vms-ms.trw.local" serviceAccount="TRW\svc-vms" />
</RecordingServerConfig>
"""),
    ("ot/access/lenel-ots.ini", r"""
[LenelOnGuard]
Server=ACS-APP01
OpenAccessUrl=https://acs-app01.trw.local:8080/api/access/onguard/openaccess
ApplicationId=«uuid:lenelapp»  ⟪application id⟫
Username=idpass_sync
Password=«pwl:lenelsync»  ⟦password|access control OpenAccess password⟧
[Readers]
; airside doors with PIN+card: staff PIN is personal, never stored here
AirsideDoorsGroup=AIRSIDE_ALL
"""),
    ("ot/access/gallagher-klb.json", r"""
{
  "server": "https://klb-cc.trw.local:8904/api",
  "api_key": "GGL-API-KEY «uhex:4-g1»-«uhex:4-g2»-«uhex:4-g3»-«uhex:4-g4»-«uhex:4-g5»-«uhex:4-g6»-«uhex:4-g7»-«uhex:4-g8»",  ⟦app-secret|access control REST API key⟧
  "client_cert_thumbprint": "«uhex:40-ggltp»",  ⟪certificate thumbprint⟫
  "division": "KLB Airside"
}
"""),
    ("ot/screening/ct-lanes/lane-config.yaml", r"""
# CT lanes (cabin baggage CT + ATRS) T1 central search, 8 lanes
lanes:
  - id: T1-L01
    ct_host: 10.95.1.11
    operator_station: OWS-01
  - id: T1-L02
    ct_host: 10.95.1.12
remote_screening:
  server: https://rsc.sec.trw.local
  service_user: lanemgr
  service_password: «pw6:rsc»  ⟦password|remote screening server service password⟧
image_archive:
  s3: s3://trw-sec-image-archive/ct
  kms_key: arn:aws:kms:eu-west-2:518204967331:key/«uuid:kmsct»  ⟪KMS ARN⟫
tip_library:
  # threat image projection library import; admin code for the supervisor console
  supervisor_code: «pin:6-tip»  ⟦?password|TIP supervisor console code⟧
"""),
    ("ot/screening/hbs-edsl3.cfg", r"""
# hold baggage screening EDS (standard 3) - network interface to BHS level 2
MACHINE_ID=HBS-T2-EDS04
L2_HOST=10.60.4.10
L2_PORT=7010
FTP_ARCHIVE_HOST=10.60.4.90
FTP_ARCHIVE_USER=edsarchive
FTP_ARCHIVE_PASS=«pw6:edsftp»  ⟦password|EDS image archive FTP password⟧
SERVICE_MODE_PW=<set by vendor on site>  ⟪placeholder⟫
"""),
    ("ot/parking/skidata/handshake.properties", r"""
# Skidata Handshake.Logic - interface to parkline pre-booking
handshake.url=https://hs-logic.trw.local/api
handshake.user=parkline
handshake.password=«pw6:skidata»  ⟦password|same parking vendor password in properties⟧
handshake.facility=TRW-MSCP-A,TRW-MSCP-B,TRW-LONGSTAY
payment.terminal.merchant=TRWPARK01
payment.terminal.tid.pattern=TRW0%03d
"""),
    ("ot/parking/paystation-07/sysconfig.txt", r"""
PAY STATION 07 (MSCP-B LEVEL 0)  SYSCONFIG DUMP  2026-10-02 04:11
---------------------------------------------------------------
IP          : 10.72.2.57
SERVER      : 10.72.0.10:4000
SERVICE PIN : «pin:6-paysvc»  ⟦password|pay station service PIN in a sysconfig dump⟧
COIN VAULT  : 2
NOTE RECYC  : OK
EMV TERMINAL: TID TRW0007 / MID TRWPARK01
VPN USER    : ps07
VPN PASS    : «pwp:ps07vpn»  ⟦password|pay station VPN password in a dump⟧
"""),
    ("ot/parking/anpr-lane-camera.cfg", r"""
[network]
ip=10.72.1.21
mask=255.255.255.0
[push]
url=https://anpr.parkline.tarrow-airports.com/ingest
user=anpr-push
password=«pwp:anprcam»  ⟦password|same ANPR push password in the camera config⟧
[web]
admin_user=admin
admin_password_hash=«hex:64-anprhash»  ⟪password hash⟫
"""),
    ("ot/ev/ocpp-chargers.csv", r"""
charge_point_id,site,model,ocpp_version,basic_auth_key,notes
TRW-STAFF-01,Staff car park,Alfen Eve Double,1.6J,«hex:20-ocpp1»,  ⟦password|OCPP basic auth key of a charger⟧
TRW-STAFF-02,Staff car park,Alfen Eve Double,1.6J,«hex:20-ocpp2»,  ⟦password|OCPP basic auth key of a second charger⟧
TRW-TAXI-01,Taxi feeder park,Kempower S,2.0.1,(security profile 3 - client cert),  ⟪certificate-based, no key⟫
KLB-PUBLIC-01,KLB short stay,Alfen Eve Single,1.6J,«hex:20-ocpp3»,replaced 2026-10  ⟦password|OCPP key of a third charger⟧
TRW-STAFF-03,Staff car park,Alfen Eve Double,1.6J,,not commissioned  ⟪empty key⟫
"""),
    ("ot/jetbridge/pbb-21/plc-remote.txt", r"""
PBB 21 (Pier B) - jet bridge + PCA + 400Hz GPU
eWON Cosy 131 remote access: Talk2M account tarrowairports
  eWON local admin: adm / «pw6:ewon»  ⟦password|remote access router admin password⟧
PCA unit (preconditioned air) Modbus gateway: 10.84.21.5, no auth
Auto-level / docking guidance (A-VDGS) web: operator «pwp:vdgs»  ⟦password|docking guidance operator password⟧
"""),
    ("ot/bms/niagara/station-users.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<users station="TRW_T1_BMS">
  <user name="admin" enabled="true" passwordHash="PBKDF2HmacSHA256/10000/«b64k:16-u7»/«b64k:32-u8»" />  ⟪PBKDF2 hash⟫
  <user name="hvac_contractor" enabled="true" password="«pwl:niagarahvac»" expiry="2026-12-31" />  ⟦password|clear password of a contractor user in a station export⟧
</users>
"""),
    ("ot/bms/bacnet-gateway.yaml", r"""
gateway: bms-gw01.trw.local
modbus:
  - name: chiller-plant-a
    host: 10.84.1.10
bacnet_sc:
  hub: wss://bacnet-hub.trw.local:4443
  device_cert: /etc/bacnet/device.pem
  device_key_password: «pwl:bmsgw»  ⟦password|same BMS gateway password as a key password⟧
mqtt_cloud:
  endpoint: a1b2c3d4e5f6g7-ats.iot.eu-west-2.amazonaws.com
  cert: /etc/bacnet/iot.crt
"""),
    ("ot/bms/iot/bms-gw01.key", r"""
«pem:trad:ec-bmsiot»  ⟦private-key|IoT device private key⟧
"""),
    ("ot/bms/iot/bms-gw01.crt", r"""
«cert:ec-bmsiot:bms-gw01.trw.local»  ⟪certificate⟫
"""),
    ("network/fortigate/FG-T1-EDGE.conf", r"""
#config-version=FG3H0F-7.4.4-FW-build2662-240514:opmode=0:vdom=0:user=admin
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2«hex:60-fgsh2»  ⟪FortiOS SH2 hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-BHS-Vanmark"
        set interface "port3"
        set remote-gw 198.51.100.23  ⟪documentation address⟫
        set psksecret «pwr:vanmarkpsk»  ⟦password|clear IPsec PSK in a FortiGate backup⟧
    next
    edit "to-aws-tgw"
        set psksecret ENC «b64k:64-u9»  ⟪FortiOS ENC value⟫
    next
    edit "to-aws-tgw-2"
        set psksecret ENC «b64k:64-u10»  ⟪FortiOS ENC value⟫
    next
end
config user local
    edit "ramp-tablet"
        set type password
        set passwd «pwp:ramptab»  ⟦password|clear local user password in a FortiGate backup⟧
    next
end
"""),
    ("network/cisco/core-sw-t2.txt", r"""
hostname CORE-SW-T2
enable secret 9 $9$«b62:14-c9salt»$«b62:43-c9hash»  ⟪type 9 hash⟫
username netadmin privilege 15 password 0 «pwl:ciscoadm»  ⟦password|Cisco type 0 password⟧
username tacfallback privilege 15 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7 (reversible)⟧
snmp-server community «pwr:snmpcomm» RO 10  ⟦password|SNMP community string⟧
tacacs server ISE1
 address ipv4 10.40.0.30
 key 0 «pwr:tacacs»  ⟦password|TACACS+ key⟧
"""),
    ("network/wlc/airline-ops-ssid.txt", r"""
(Cisco Controller) >show wlan 4
WLAN Identifier.................................. 4
Profile Name..................................... TRW-Airline-Ops
Network Name (SSID).............................. TRW-Airline-Ops
Security
   802.11 Authentication:........................ 802.1X
   RADIUS Servers
      Authentication............................. 10.40.8.20 1812 *****  ⟪masked secret⟫
(Cisco Controller) >show wlan 6
Profile Name..................................... TRW-Handheld-Scanners
   WPA2 PSK...................................... «wifipsk:scanners»  ⟦password|WPA2 PSK of the handheld scanner SSID⟧
"""),
    ("network/radio/tetra-dispatcher.ini", r"""
[TETRA]
; Airport TETRA - dispatcher console for AOC, fire (AFRS) and security
SwMI=10.100.0.5
DispatcherId=2001
Login=aoc-dispatch
Password=«pw6:tetra»  ⟦password|TETRA dispatcher console password⟧
[Recording]
Server=voicerec.trw.local
SftpUser=tetrarec
SftpPassword=«pwn:tetrarec»  ⟦password|voice recorder SFTP password⟧
"""),
    ("ot/pa/public-address.json", r"""
{
  "system": "TRW T1/T2 voice alarm and PA",
  "zones": 148,
  "api": {"url": "https://pa-core.trw.local/api", "user": "aodb-announce", "password": "«pwl:paapi»"},  ⟦password|PA system API password⟧
  "tts": {"provider": "polly", "region": "eu-west-2"},
  "emergency_override": {"requires": "fire panel input FP-12"}
}
"""),
    ("ot/kiosk/bagdrop-unit-config.xml", r"""
<BagDropUnit id="SBD-T1-07" vendor="Materna ips">
  <Platform url="https://cupps.trw.local/platform/v1" user="sbd07" password="«pw6:sbd07»" />  ⟦password|self bag drop platform password⟧
  <Scale model="Avery L200" calibrationSeal="TS-0447" />
  <Printer type="BTP" serial="«up:10-btpserial»" />  ⟪printer serial⟫
  <LocalAdmin user="kioskadmin" passwordHash="«sha256:sbdadmin»" />  ⟪password hash⟫
</BagDropUnit>
"""),
    ("ot/kiosk/cuss-kiosk-unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <AutoLogon>
        <Password>
          <Value>«unattend:pwp:kioskauto»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Username>kiosk</Username>
        <Enabled>true</Enabled>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwl:kioskadmin»</Value>  ⟦password|plain administrator password in unattend.xml⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("ot/ups/ups-t2-snmp.txt", r"""
APC NMC3 config.ini excerpt (UPS-T2-BHS-A)
[NetworkTCP/IP]
SystemIP=10.60.9.20
[SystemUserManager]
AdminUserName=apc
AdminPassword=«pwp:apcadm»  ⟦password|UPS management card admin password⟧
[NetworkSNMP]
AccessControl1Community=«pwr:snmpcomm»  ⟦password|same SNMP community on the UPS⟧
"""),
    ("ot/fuel/hydrant-scada-notes.txt", r"""
Fuel farm / hydrant system - interface notes (fuel consortium operator, not Tarrow staff)
Hydrant pit valve states are read by the AODB via the consortium API, key on their portal.
API key (rotated 2026-08): «hex:40-fuelfarm»  ⟦app-secret|same fuel farm key in interface notes⟧
Emergency shut-off (ESO) buttons are hard-wired, not in scope.
"""),
    ("ot/firesvc/station-alerting.conf", r"""
# AFRS (airport fire and rescue) station alerting - crash alarm from the tower
[alert]
tower_input = gpio:17
crash_phone_trunk = sip:crash@10.40.5.10
[sip]
user = afrs-station
secret = «pwr:afrssip»  ⟦password|SIP secret of the crash alerting endpoint⟧
[sms]
provider = twilio
account_sid = «twac:afrs»  ⟪Twilio account SID⟫
auth_token = «hex:32-twafrs»  ⟦app-secret|Twilio auth token⟧
"""),
    ("backoffice/aoc/duty-manager-logon.bat", r"""
@echo off
rem AOC duty manager PC - map shares and start the stand planning client
net use S: \\aoc-fs01\shared /persistent:no
net use R: \\rms-app01\exports /user:TRW\svc-rmsexport «pwn:rmsexport»  ⟦password|net use password in a logon batch file⟧
start "" "C:\Program Files\Corinth\RMS Client\rmsclient.exe" /server=rms.trw.local
"""),
    ("backoffice/finance/landing-fees-export.ps1", r"""
# Monthly landing, parking and passenger charges export to SAP (runs on FIN-APP02 as a scheduled task)
$sapUser = "RFC_TENANT"
$sapPass = ConvertTo-SecureString "«pw6:saprfc»" -AsPlainText -Force  ⟦password|same SAP RFC password in PowerShell⟧
$cred = New-Object System.Management.Automation.PSCredential($sapUser, $sapPass)
Invoke-Sqlcmd -ServerInstance "BILLING-SQL" -Database "Charges" -Username "charges_rpt" -Password "«pwn:chargesrpt»" -InputFile .\monthly.sql  ⟦password|Invoke-Sqlcmd -Password⟧
$smtp = Get-Credential -Message "SES SMTP"  ⟪interactive prompt⟫
"""),
    ("backoffice/finance/odbc-billing.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\BILLING_RPT]
"Driver"="C:\\Windows\\System32\\sqlsrv32.dll"
"Server"="BILLING-SQL"
"Database"="Charges"
"LastUser"="charges_rpt"
"PWD"="«pwn:chargesrpt»"  ⟦password|password in an ODBC registry export⟧
"""),
    ("backoffice/idpass/scan-to-folder.csv", r"""
# MFP address book export (ID pass office copier)
Name,Protocol,Host,Path,User,Password
IDPASS-SCANS,SMB,idpass-fs01,\scans,TRW\svc-scan,«pwp:scanfolder»  ⟦password|copier scan-to-folder password⟧
"""),
    ("backoffice/vendors/bhs-vendor-remote.rdp", r"""
full address:s:bhs-eng01.trw.local
username:s:TRW\vanmark.remote
prompt for credentials:i:0
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB«uhex:300-dpapi»  ⟪DPAPI blob⟫
"""),
]
