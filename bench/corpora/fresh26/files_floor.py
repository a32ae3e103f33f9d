"""fresh26 templates, the casino floor and the resort (Harbourline Gaming Group): slot management systems (IGT
Advantage, Konami Synkros, Aristocrat Oasis 360), SAS and G2S hosts, TITO, cage and kiosks, jackpots and W-2G,
table games (RFID chips, shufflers), surveillance (Genetec, Milestone, cameras), hotel PMS and POS, building
systems, network gear and the back-office Windows PCs of the properties.
Markers: render.py and README.md."""

FILES = [
    ("floor/advantage/AdvantageServices.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Advantage" connectionString="Data Source=ACY-CMS-DB01;Initial Catalog=ADVANTAGE;User ID=adv_svc;Password=«pw6:advsvc»;" providerName="System.Data.SqlClient" />  ⟦conn-string|slot system connection string with a password⟧
    <add name="Reporting" connectionString="Data Source=ACY-CMS-RPT01;Initial Catalog=ADV_RPT;Integrated Security=SSPI;" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="SasPollIntervalMs" value="200" />
    <add key="HandpayThresholdCents" value="120000" />
    <add key="CashlessHostPassword" value="«pw6:cashless»" />  ⟦password|cashless host password in an App.config add key⟧
    <add key="SmtpPassword" value="«sesv4:sesadv»" />  ⟦aws-ses-smtp|SES SMTP password in an App.config⟧
    <add key="SmtpUser" value="«akid:sesadv»" />  ⟦aws-key-id|SES SMTP user (key ID) in App.config⟧
  </appSettings>
</configuration>
"""),
    ("floor/advantage/sas-host.ini", r"""
; SAS 6.02 host channel config - Atlantic City floor, banks 10-48
[Host]
Address=1
Channels=32
SecureEnhancedValidation=1
ValidationSystemId=«num:2-sevid»  ⟪system id⟫
ValidationSeed=«sev:sasseed»  ⟦?app-secret|SAS secure enhanced validation seed (policy: a system seed, not a login)⟧
[Database]
Server=ACY-CMS-DB01
User=sas_host
Password=«pw6:sashost»  ⟦password|SAS host database password in an .ini⟧
[AFT]
AssetRange=10000-48999
AftRegistrationKey=«uhex:40-aftreg»  ⟦app-secret|AFT registration key⟧
"""),
    ("floor/synkros/Synkros.Server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<SynkrosServer site="NIA" property="Harbourline Niagara">
  <Database server="NIA-SYN-DB01" catalog="SYNKROS" user="synkros_app" password="«pw6:synkrosapp»" />  ⟦password|Synkros database password in XML⟧
  <G2S hostId="«num:3-g2shostnia»" egmCommsTimeout="30000" />
  <Certificates store="LocalMachine\My" thumbprint="«uhex:40-g2sthumb»" />  ⟪certificate thumbprint⟫
  <PlayerTracking cardPinLength="4" maxPinAttempts="3" />
  <Kiosk adminUser="KIOSKADM" adminPassword="«pwp:synkiosk»" />  ⟦password|kiosk admin password in XML⟧
</SynkrosServer>
"""),
    ("floor/synkros/g2s-host.yaml", r"""
g2s:
  host_id: «num:3-g2shostnia»
  transport: soap-https
  listen: 0.0.0.0:8443
  tls:
    cert: /etc/g2s/host.crt
    key: /etc/g2s/host.key
  egm_defaults:
    comm_timeout_ms: 30000
    keep_alive_ms: 10000
  database:
    url: sqlserver://NIA-SYN-DB01:1433;databaseName=G2S
    username: g2s_host
    password: «pwn:g2shost»  ⟦password|G2S host database password in YAML⟧
"""),
    ("floor/synkros/g2s-host.key", r"""
«pem:pkcs8:ecg2s»  ⟦private-key|G2S host TLS private key⟧
"""),
    ("floor/synkros/g2s-host.crt", r"""
«cert:ecg2s:g2s-host.nia.floor.harbourline.internal»  ⟪certificate⟫
"""),
    ("floor/oasis/oasis360-integration.properties", r"""
oasis.api.url=https://acy-oasis01.floor.harbourline.internal/Oasis360/api
oasis.api.user=INTEGR8
oasis.api.password=«pw6:oasisapi»  ⟦password|Oasis 360 API password⟧
oasis.jackpot.url=https://acy-oasis01.floor.harbourline.internal/JackpotService
oasis.jackpot.shared.secret=«b62:32-oasisjp»  ⟦app-secret|jackpot service shared secret⟧
oasis.audit.retention.days=1825
"""),
    ("floor/cage/cage-db-backup.bat", r"""
@echo off
REM nightly cage DB backup to the AWS Storage Gateway share (INC-5102)
set SQLUSER=cage_backup
set SQLPASS=«pwc:cagebackup»  ⟦password|password in a batch file⟧
sqlcmd -S ACY-CAGE-DB -U %SQLUSER% -P %SQLPASS% -Q "BACKUP DATABASE CAGE TO DISK='\\acy-sgw01\cage\CAGE.bak' WITH COMPRESSION"
net use Z: \\acy-sgw01\cage /user:FLOOR\svc_cagebak «pwn:cagebaksmb»  ⟦password|net use password in a batch file⟧
"""),
    ("floor/cage/jackpot-approval-matrix.md", r"""
# Jackpot and handpay approval (Atlantic City)

| amount | approvals | forms |
|---|---|---|
| $1,200 - $4,999 | slot attendant + slot supervisor | W-2G |
| $5,000 - $9,999 | + cage supervisor | W-2G |
| $10,000+ | + shift manager, surveillance notified | W-2G, CTR |

The supervisor override code on the handpay terminals is set per shift and read from the cage board; it is not
written down anywhere else. Surveillance callback number: 609-555-0143.
"""),
    ("floor/cage/handpay-terminal.cfg", r"""
[terminal]
id=HPT-ACY-07
location=cage window 3
printer=Epson TM-T88VI
[auth]
supervisor_override=«pin:6-hpoverride»  ⟦password|handpay supervisor override code in a terminal config⟧
tech_mode_pin=«pin:4-hptech»  ⟦password|technician mode PIN⟧
[host]
url=https://acy-cms-app01.floor.harbourline.internal/handpay
api_key=«uhex:32-hpapi»  ⟦app-secret|handpay host API key⟧
"""),
    ("floor/cage/kiosk-fleet.json", r"""
{
  "fleet": "acy-cage-kiosks",
  "vendor": "Everi",
  "kiosks": [
    {"id": "K-ACY-01", "ip": "10.44.30.11", "serial": "«up:10-k1»", "bna": "JCM iVIZION"},  ⟪serial number⟫
    {"id": "K-ACY-02", "ip": "10.44.30.12", "serial": "«up:10-k2»", "bna": "JCM iVIZION"},
    {"id": "K-ACY-03", "ip": "10.44.30.13", "serial": "«up:10-k3»", "bna": "MEI SC Advance"}
  ],
  "remote_support": {"vendor_user": "everi_fs", "vendor_password": "«pwl:everifs»"}  ⟦password|vendor remote-support password in a kiosk fleet JSON⟧
}
"""),
    ("floor/tables/chiptrack/reader-config.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<ChipTrack site="ACY">
  <Readers>
    <Reader table="BJ01" ip="10.44.12.41" />
    <Reader table="BJ02" ip="10.44.12.42" />
    <Reader table="BAC3" ip="10.44.12.43" />
  </Readers>
  <Server host="10.44.12.30" port="5020" user="collector" password="«pw6:chiptrack»" />  ⟦password|RFID chip server password in XML⟧
  <ChipEncoding keyVersion="3" masterKey="«uhex:32-chipmaster»" />  ⟦app-secret|chip encoding master key⟧
</ChipTrack>
"""),
    ("floor/tables/shufflers.txt", r"""
Shuffler inventory - table games tech bench (updated 2026-11-02)

DeckMate 2   BJ01  SN «up:8-dm1»   firmware 4.2.1  web UI admin / «pw6:deckmate»  ⟦password|shuffler web UI password in a tech note⟧
DeckMate 2   BJ02  SN «up:8-dm2»   firmware 4.2.1  web UI admin / same as BJ01
MD3          BAC3  SN «up:8-md3»   firmware 3.9.0  tech PIN «pin:4-md3pin»  ⟦password|shuffler technician PIN⟧
i-Deal       CR2   SN «up:8-ideal»  factory default login still set: admin / admin  ⟦?password|vendor default still set on a live device (policy)⟧
"""),
    ("floor/surveillance/genetec/SecurityCenter-export.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<SecurityCenterExport version="5.12">
  <Directory server="ACY-GENETEC-DIR01" />
  <Archivers>
    <Archiver name="ACY-ARCH01" retentionDays="30" />
    <Archiver name="ACY-ARCH02" retentionDays="30" />
  </Archivers>
  <Units>
    <Unit name="Cage-Window-3" ip="10.60.3.33" manufacturer="Axis" user="root" password="«surv:axiscage»" />  ⟦password|camera password in a surveillance export⟧
    <Unit name="Pit-2-PTZ" ip="10.60.4.12" manufacturer="Bosch" user="service" password="«surv:boschpit»" />  ⟦password|PTZ camera password⟧
    <Unit name="Count-Room" ip="10.60.9.2" manufacturer="Hanwha" user="admin" passwordEncrypted="«b64k:48-genetecenc»" />  ⟪encrypted password⟫
  </Units>
  <License key="«lic:genetec»" />  ⟦?app-secret|surveillance licence key (policy: a licence, not a login)⟧
</SecurityCenterExport>
"""),
    ("floor/surveillance/milestone/recording-server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<RecordingServer>
  <ManagementServer address="https://nia-xprotect01.surv.harbourline.internal" />
  <ServiceAccount user="SURV\svc_xprotect" password="«pwc:xprotectsvc»" />  ⟦password|recording server service password⟧
  <Storage path="E:\MediaDatabase" retentionHours="720" />
  <Encryption enabled="true" />
</RecordingServer>
"""),
    ("floor/surveillance/camera-vlan-notes.txt", r"""
Surveillance VLAN 60 (ACY) / 160 (NIA). Cameras must never be routable from the floor VLANs.
Camera accounts are managed in Genetec; the onvif service user is provisioned per camera by the install
wizard. Gaming control requires 7-day retention minimum on cage, count room and table cameras (we keep 30).
NVR serials: «up:12-nvr1», «up:12-nvr2».  ⟪serial numbers⟫
Installer note: new cameras come up with the onvif user set to «surv:onvif» by the wizard; change it on hand-over.  ⟦password|camera onvif password in an install note⟧
"""),
    ("floor/network/acy-floor-core.cfg", r"""
hostname acy-floor-core01
!
enable secret 9 $9$«b62:14-c9salt»$«b62:43-c9hash»  ⟪Cisco type 9 hash⟫
username netops privilege 15 secret 9 $9$«b62:14-c9salt2»$«b62:43-c9hash2»
username floorvendor privilege 5 password 7 «uhex:22-cisco7»  ⟦?password|Cisco type 7 (reversible) vendor password⟧
username breakglass privilege 15 password 0 «pwl:breakglass»  ⟦password|Cisco type 0 clear password⟧
!
snmp-server community «lo:12-snmpro» RO 10  ⟦password|SNMP community string⟧
snmp-server community public RO 99  ⟪vendor default community⟫
!
tacacs server ISE01
 address ipv4 10.40.1.20
 key 0 «b62:20-tacacskey»  ⟦password|TACACS+ key⟧
!
interface Vlan44
 description SLOT-FLOOR-SAS
 ip address 10.44.0.1 255.255.0.0
"""),
    ("floor/network/pa-acy-vpn.xml", r"""
<config version="11.1.0">
  <devices><entry name="localhost.localdomain"><network>
    <ike><gateway>
      <entry name="aws-tgw-1">
        <authentication><pre-shared-key><key>-AQ==«b64k:24-panenc»=</key></pre-shared-key></authentication>  ⟪PAN-OS encrypted key⟫
        <peer-address><ip>34.201.«num:2-tgwip1».«num:2-tgwip2»</ip></peer-address>
      </entry>
    </gateway></ike>
  </network></entry></devices>
</config>
"""),
    ("floor/network/wlc-ssids.txt", r"""
ACY floor wireless (Cisco 9800) - exported 2026-11-20
SSID HBL-STAFF     WPA2-Enterprise  RADIUS 10.40.1.30/31
SSID HBL-SLOTTECH  WPA2-PSK  psk «wifipsk:slottech»  ⟦password|Wi-Fi PSK for slot technicians⟧
SSID HBL-KIOSK     WPA2-PSK  psk «wifipsk:kiosk»  ⟦password|Wi-Fi PSK for kiosks⟧
SSID HBL-GUEST     open + captive portal
"""),
    ("floor/network/guest-wifi-card.txt", r"""
        HARBOURLINE NIAGARA - POKER ROOM GUEST WI-FI
        Network: HBL-POKER-GUEST
        Password: «wifipsk:poker»  ⟦?password|Wi-Fi password printed for guests (policy)⟧
        Valid through the tournament series. Ask your dealer for help.
"""),
    ("floor/building/bms-niagara.yaml", r"""
# Tridium Niagara supervisor - HVAC, lighting, pit air handlers
supervisor:
  host: nia-bms-sup01.bldg.harbourline.internal
  fox_port: 4911
  admin_user: bmsadmin
  admin_password: «pwl:bmsadmin»  ⟦password|BMS admin password in YAML⟧
bacnet:
  network: 1001
  device_instance_base: 100000
mqtt_bridge:
  url: mqtts://a«lo:14-iotep»-ats.iot.us-east-1.amazonaws.com:8883  ⟪IoT endpoint⟫
  client_id: nia-bms-bridge
"""),
    ("floor/building/bms-bridge.key", r"""
«pem:pkcs1:rsabms»  ⟦private-key|IoT device key of the BMS bridge⟧
"""),
    ("floor/building/access-control.ini", r"""
[Lenel]
Server=ACY-ONGUARD01
Database=AccessControl
DbUser=lnl_dbo
DbPassword=«pw6:lenel»  ⟦password|access control DB password in .ini⟧
[Doors]
CountRoomDualAuth=1
CageVaultDualAuth=1
"""),
    ("floor/resort/pms/infor-hms-interface.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Interface name="HMS-CMS" site="NIA">
  <Endpoint url="https://nia-hms01.resort.harbourline.internal/hms/ws/interface" />
  <Credentials user="IFC_CMS" password="«pw6:hmsifc»" />  ⟦password|PMS interface password in XML⟧
  <Mapping compType="ROOM" postingCode="«num:4-postcode»" />
</Interface>
"""),
    ("floor/resort/pos/infogenesis-terminal.ini", r"""
[Terminal]
TerminalId=«num:3-igterm»
Outlet=Harbour Steakhouse
[Server]
Host=acy-ig01.resort.harbourline.internal
Port=8080
[Manager]
ManagerCard=«num:8-mgrcard»  ⟪manager card number (an id)⟫
ManagerPin=«pin:4-mgrpin»  ⟦password|POS manager PIN⟧
"""),
    ("floor/resort/pos/payment-terminals.json", r"""
{
  "processor": "Shift4",
  "terminals": [
    {"lane": 1, "model": "Verifone P400", "serial": "«num:9-p400a»"},
    {"lane": 2, "model": "Verifone P400", "serial": "«num:9-p400b»"}
  ],
  "auth_token": "«uuid:shift4auth»",  ⟦app-secret|payment processor auth token⟧
  "client_guid": "«uuid:shift4guid»"  ⟪client GUID, an identifier⟫
}
"""),
    ("floor/pc/cage-supervisor/autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="cagesup"
"DefaultDomainName"="FLOOR"
"DefaultPassword"="«pwp:cagesup»"  ⟦password|Winlogon DefaultPassword⟧
"""),
    ("floor/pc/slot-tech/map-drives.cmd", r"""
@echo off
cmdkey /add:acy-cms-app01 /user:FLOOR\slottech /pass:«pwn:slottech»  ⟦password|cmdkey /pass⟧
net use S: \\acy-cms-app01\SlotTools /persistent:yes
net use T: \\acy-cms-app01\Firmware /persistent:yes
"""),
    ("floor/pc/slot-tech/ConsoleHost_history.txt", r"""
Get-Service *Advantage*
Restart-Service AdvantageSasHost
Invoke-Sqlcmd -ServerInstance ACY-CMS-DB01 -Database ADVANTAGE -Username adv_svc -Password "«pw6:advsvc»" -Query "SELECT TOP 20 * FROM Handpay ORDER BY Created DESC"  ⟦password|Invoke-Sqlcmd -Password in PowerShell history⟧
Test-NetConnection 10.44.30.12 -Port 443
$c = Get-Credential
"""),
    ("floor/pc/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:floorimage»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>floortech</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("floor/pc/vendor-remote/teamviewer-handover.txt", r"""
IGT field service remote session - ACY slot floor server room
TeamViewer ID: «num:10-tvid»  ⟪TeamViewer id⟫
Unattended password: «tv:igtremote»  ⟦password|TeamViewer unattended password⟧
Session approved by: slot ops manager (change CHG-20811)
"""),
    ("floor/pc/vendor-remote/anydesk-system.conf", r"""
ad.anynet.id=«num:9-adid»
ad.security.permission_profiles._unattended_access.pwd_hash=«sha256:adhash»  ⟪AnyDesk password hash⟫
ad.security.permission_profiles._unattended_access.salt=«hex:32-adsalt»
ad.features.unattended=true
"""),
    ("floor/pc/vendor-remote/WinSCP.ini", r"""
[Sessions\gli-lab-upload]
HostName=sftp.gaminglabs.com
UserName=harbourline
Password=A35C«uhex:60-winscpobf»  ⟪WinSCP obfuscated password⟫
[Sessions\dge-drop]
HostName=sftp.njdge.harbourline.internal
UserName=hbl_ggr
"""),
    ("floor/pbx/mitel-export.csv", r"""
extension,name,device,voicemail_pin,sip_password
4101,Cage Window 1,6920,«pin:4-vm4101»,«pwr:sip4101»  ⟦password|PBX voicemail PIN and SIP password⟧
4102,Cage Window 2,6920,«pin:4-vm4102»,«pwr:sip4102»  ⟦password|PBX voicemail PIN and SIP password⟧
4150,Surveillance Desk,6930,«pin:4-vm4150»,«pwr:sip4150»  ⟦password|PBX voicemail PIN and SIP password⟧
4199,Lobby Courtesy,6910,,
"""),
    ("floor/pbx/sip-trunk.conf", r"""
[harbourline-trunk]
type=peer
host=sip.bandwidth.com
fromuser=hbl-acy
defaultuser=hbl-acy
secret=«pwr:siptrunk»  ⟦password|SIP trunk secret⟧
insecure=port,invite
context=from-trunk
"""),
    ("floor/iptv/lynk-config.json", r"""
{
  "server": "https://acy-iptv01.resort.harbourline.internal",
  "channels": 112,
  "casinoPromoFeed": "https://promos.harbourline.bet/iptv.json",
  "adminPassword": "«pwp:iptvadmin»"  ⟦password|IPTV admin password⟧
}
"""),
    ("floor/lottery/keno-server.properties", r"""
keno.draw.interval.seconds=240
keno.rng.device=/dev/hwrng
keno.rng.cert=GLI-19-«num:6-kenogli»
keno.db.url=jdbc:sqlserver://ACY-KENO-DB;databaseName=KENO
keno.db.user=keno
keno.db.password=«pw:kenodb»  ⟦password|keno DB password, season + year⟧
"""),
    ("floor/kiosk/player-club-kiosk.env", r"""
KIOSK_ID=PC-ACY-04
CMS_URL=https://acy-cms-app01.floor.harbourline.internal/playerclub
CMS_KIOSK_TOKEN=«b62:40-pckiosk»  ⟦app-secret|player-club kiosk token⟧
PRINTER=Nanoptix PayCheck 4
PROMO_ENGINE_URL=https://anchorage.internal.harbourline.bet/promos
"""),
    ("floor/cage/ctr-export.ps1", r"""
# Daily CTR candidate export from the cage system for bulwark (runs on ACY-CAGE-APP01 at 06:05)
$conn = "Server=ACY-CAGE-DB;Database=CAGE;User Id=ctr_export;Password=«pwn:ctrexport»;"  ⟦conn-string|connection string in a PowerShell script⟧
$rows = Invoke-Sqlcmd -ConnectionString $conn -Query "EXEC dbo.usp_CtrCandidates @GamingDay = '$(Get-Date -Format yyyy-MM-dd)'"
$rows | Export-Csv -NoTypeInformation D:\bulwark\ctr_$(Get-Date -Format yyyyMMdd).csv
$env:AWS_ACCESS_KEY_ID = "«akid:ctrexport»"  ⟦aws-key-id|key ID in a PowerShell script⟧
$env:AWS_SECRET_ACCESS_KEY = "«awssec:ctrexport»"  ⟦aws-secret|secret in a PowerShell script⟧
aws s3 cp D:\bulwark\ s3://hbl-bulwark-604127739582/ctr/ --recursive
"""),
]
