"""fresh14 templates, the hotels themselves (Corvane Hospitality): door-lock servers and key-card encoders, guest
Wi-Fi gateways and controllers, building management and energy systems, PBX and IPTV, CCTV, POS workstations,
back-office Windows PCs (PowerShell, batch, registry exports, scheduled tasks, unattend.xml, RDP files, ODBC DSNs)
and the IT vendors' remote-support tools.
Markers: render.py and README.md."""

FILES = [
    ("property/algv/locks/Visionline/vlconfig.ini", r"""
[Server]
Name=ALGV-VL01
Port=2900
Database=C:\Visionline\Data\vl.fdb

[Database]
User=SYSDBA
Password=«pw6:vlfirebird»  ⟦password|Firebird SYSDBA password in a Visionline ini⟧

[PMS]
Interface=FIAS
Host=10.61.10.20
Port=5011
Password=«pw6:vlfias»  ⟦password|Visionline FIAS interface password⟧

[Encoders]
Encoder1=10.61.30.11
Encoder2=10.61.30.12
"""),
    ("property/algv/locks/encoders.csv", r"""
encoder,ip,location,user,pin
ENC-FD1,10.61.30.11,Front desk left,FD1,«pin:4-encfd1»  ⟦password|encoder PIN in a CSV⟧
ENC-FD2,10.61.30.12,Front desk right,FD2,«pin:4-encfd2»  ⟦password|encoder PIN in a CSV⟧
ENC-SPA,10.61.30.13,Spa reception,SPA,
"""),
    ("property/miab/locks/ambiance/ambiance.properties", r"""
# dormakaba Ambiance on-premise connector, Miami Beach
ambiance.server.url=https://ambiance-miab.corvane.local:8443
ambiance.db.url=jdbc:sqlserver://miab-sql01:1433;databaseName=Ambiance
ambiance.db.user=ambiance
ambiance.db.password=«pwl:ambiancedb»  ⟦password|Ambiance DB password in properties⟧
ambiance.pms.interface=HTNG
ambiance.pms.sharedsecret=«b62:24-ambiancepms»  ⟦app-secret|PMS shared secret for the lock system⟧
ambiance.cloud.clientSecret=«okx:44-ambiance»  ⟦app-secret|Ambiance cloud client secret on site⟧
"""),
    ("property/sntr/locks/salto/ProAccessSpace.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DatabaseServer" value="SNTR-SALTO\SQLEXPRESS" />
    <add key="DatabaseUser" value="salto" />
    <add key="DatabasePassword" value="«pwc:saltodb»" />  ⟦password|Salto DB password in an XML appSettings⟧
    <add key="ShipPort" value="8100" />
    <add key="ShipPassword" value="«pw6:saltoship»" />  ⟦password|Salto SHIP interface password⟧
    <add key="LicenseKey" value="«up:25-saltolic»" />  ⟦?app-secret|Salto licence key⟧
  </appSettings>
</configuration>
"""),
    ("property/algv/wifi/nomadix-ag5900.cfg", r"""
! Nomadix AG 5900 configuration backup - ALGV guest network
system name "ALGV-NSE01"
system location "Algarve Cliffs MDF"
admin user "admin" password «pw6:nomadixadmin»  ⟦password|Nomadix admin password in a config backup⟧
radius server 1 10.61.1.10 1812 secret «wifipsk:radnomadix»  ⟦password|RADIUS secret in a gateway config⟧
pms interface micros-fidelio 10.61.10.20 5012
snmp community read public  ⟪SNMP default community⟫
portal page https://wifi.corvane-hotels.com/algv
"""),
    ("property/miab/wifi/ruckus-sz-backup.txt", r"""
ruckus# show running-config
hostname MIAB-SZ01
!
aaa-server radius "harborlink"
  ip 10.72.1.10
  port 1812
  shared-secret «wifipsk:radmiab»  ⟦password|RADIUS secret in a SmartZone running-config⟧
!
wlan "Corvane Guest"
  ssid "Corvane Guest"
  type hotspot
!
wlan "CVH-Staff"
  ssid "CVH-Staff"
  encryption wpa2 passphrase «wifipsk:staffmiab»  ⟦password|staff WLAN passphrase⟧
!
user admin privilege 15 password encrypted «b64k:24-szenc»  ⟪encrypted password⟫
"""),
    ("property/crte/wifi/hostapd.conf", r"""
interface=wlan0
driver=nl80211
ssid=CVH-Pool-Bar
hw_mode=g
channel=6
wpa=2
wpa_key_mgmt=WPA-PSK
rsn_pairwise=CCMP
wpa_passphrase=«wifipsk:poolbar»  ⟦password|Wi-Fi passphrase in hostapd.conf⟧
"""),
    ("property/sntr/wifi/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=ES

network={
    ssid="CVH-BMS"
    psk="«wifipsk:bmsssid»"  ⟦password|BMS Wi-Fi PSK in wpa_supplicant⟧
    key_mgmt=WPA-PSK
}

network={
    ssid="CVH-IoT"
    psk=«hex:64-iotpsk»  ⟦password|raw 64-hex PSK in wpa_supplicant⟧
}
"""),
    ("property/algv/wifi/guest-wifi-card.txt", r"""
Corvane Algarve Cliffs Resort
Complimentary Wi-Fi

Network: Corvane Guest
Sign in with your room number and last name.

Meeting rooms: Corvane Events
Password: «wifipsk:eventsalgv»  ⟦?password|conference Wi-Fi password printed on a card for guests⟧
"""),
    ("property/algv/network/fortigate-backup.conf", r"""
#config-version=FGT60F-7.2.8-FW-build1639:opmode=0:vdom=0:user=brightpath-msp
config system global
    set hostname "ALGV-FGT01"
    set timezone 80
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2«b64k:60-fgthash»  ⟪FortiOS password hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "aws-tgw-1"
        set interface "wan1"
        set remote-gw 52.18.204.117
        set psksecret ENC «b64k:96-fgtpsk»  ⟪FortiOS encrypted PSK⟫
    next
    edit "brightpath"
        set interface "wan1"
        set remote-gw 198.51.100.40
        set psksecret «pwc:brightpathvpn»  ⟦password|clear-text IPsec PSK in a FortiGate backup⟧
    next
end
config user local
    edit "vendor-inncom"
        set type password
        set passwd «pwp:inncomvpn»  ⟦password|clear-text local user password in a FortiGate backup⟧
    next
end
"""),
    ("property/miab/network/switch-core.txt", r"""
hostname MIAB-CORE-SW1
!
enable secret 9 $9$«b64k:10-c9salt»$«b64k:32-c9hash»  ⟪Cisco type 9 hash⟫
username brightpath privilege 15 password 0 «pwc:miabsw»  ⟦password|Cisco type 0 password⟧
!
snmp-server community «lo:12-snmpmiab» RO 10  ⟦password|SNMP community in a switch config⟧
!
tacacs server ISE
 address ipv4 10.72.0.50
 key 7 «uhex:22-tac7»  ⟦?password|Cisco type 7 key (reversible)⟧
"""),
    ("property/algv/bms/niagara/station-export.bog.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<bajaObjectGraph version="4.0" reversibleEncodingKeySource="none" FIPSEnabled="false">
<p m="b=baja" t="b:Station">
<p n="Services" t="b:ServiceContainer">
  <p n="UserService" t="baja:UserService">
    <p n="cvh_bms" t="baja:User">
      <p n="fullName" v="Corvane BMS integration"/>
      <p n="authenticator" t="baja:PasswordAuthenticator">
        <p n="password" v="«pwl:niagara»"/>  ⟦password|clear password in a Niagara station export⟧
      </p>
    </p>
  </p>
</p>
<p n="Drivers" t="driver:DriverContainer">
  <p n="BacnetNetwork" t="bacnet:BacnetNetwork"/>
  <p n="MqttNetwork" t="abstractMqttDriver:AbstractMqttDriverNetwork">
    <p n="brokerPassword" v="«pwl:mqttbacnet»"/>  ⟦password|MQTT broker password in a station export⟧
  </p>
</p>
</p>
</bajaObjectGraph>
"""),
    ("property/algv/bms/mosquitto/mosquitto.conf", r"""
listener 8883
cafile /mosquitto/config/ca.crt
certfile /mosquitto/config/server.crt
keyfile /mosquitto/config/server.key
password_file /mosquitto/config/passwd
allow_anonymous false

connection aws-iot
address «lo:14-iotep»-ats.iot.eu-west-1.amazonaws.com:8883
bridge_cafile /mosquitto/config/AmazonRootCA1.pem
bridge_certfile /mosquitto/config/algv-bms.cert.pem
bridge_keyfile /mosquitto/config/algv-bms.private.key  ⟪key file path⟫
topic cvh/algv/bms/# out 1
"""),
    ("property/algv/bms/mosquitto/passwd", r"""
bacnet:$7$101$«b64k:12-mqsalt1»$«b64k:64-mqhash1»  ⟪mosquitto PBKDF2 hash⟫
nodered:$7$101$«b64k:12-mqsalt2»$«b64k:64-mqhash2»
"""),
    ("property/algv/bms/algv-bms.private.key", r"""
«pem:trad:ecbmsalgv»  ⟦private-key|IoT device private key on a BMS gateway⟧
"""),
    ("property/algv/bms/algv-bms.cert.pem", r"""
«cert:ecbmsalgv:algv-bms.iot.corvane-hotels.com»  ⟪device certificate⟫
"""),
    ("property/miab/bms/ecostruxure/ebo-export.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ObjectSet ExportMode="Standard" Version="6.0.4.90" Note="MIAB chillers">
  <ExportedObjects>
    <OI NAME="Modbus TCP Network" TYPE="modbus.network.TCPNetwork">
      <PI Name="IPAddress" Value="10.72.40.20" />
    </OI>
    <OI NAME="ChillerPlantWebService" TYPE="webservice.RESTClient">
      <PI Name="BaseURL" Value="https://ingest.greenvantage-energy.com/v2" />
      <PI Name="UserName" Value="corvane-miab" />
      <PI Name="Password" Value="«pwx:greenvantagemiab»" />  ⟦password|web service password in an EcoStruxure export⟧
    </OI>
  </ExportedObjects>
</ObjectSet>
"""),
    ("property/crte/energy/inncom-deckx.ini", r"""
[INNCOM]
Site=CRTE
DeckServer=10.90.20.5
[Interface]
Type=FIAS
Host=10.90.10.25
Port=5014
Password=«pw6:inncomfias»  ⟦password|INNCOM PMS interface password⟧
[Cloud]
ApiToken=«hex:32-inncomcrte»  ⟦app-secret|INNCOM cloud API token in an ini⟧
"""),
    ("property/sntr/energy/telkonet.env", r"""
TELKONET_SITE=SNTR
TELKONET_API_URL=https://ecosmart.telkonet.com/api/v3
TELKONET_API_TOKEN=«b62:36-telkonet»  ⟦app-secret|Telkonet API token in an env file⟧
TELKONET_USER=cvh_sntr
"""),
    ("property/algv/pbx/mitel-mivb-users.csv", r"""
Number,First Name,Last Name,Voicemail PIN,SIP Password
2001,Front,Desk,,«pwr:sip2001»  ⟦password|SIP password in a PBX export⟧
2002,Night,Audit,«pin:4-vm2002»,«pwr:sip2002»  ⟦password|SIP password and voicemail PIN in a PBX export⟧
2100,Guest,Room Template,,
"""),
    ("property/miab/pbx/sip.conf", r"""
[general]
context=corvane-default
allowguest=no

[twilio-trunk]
type=peer
host=corvane.pstn.twilio.com
username=miab-trunk
secret=«pwr:siptrunk»  ⟦password|SIP trunk secret in sip.conf⟧
fromdomain=corvane.pstn.twilio.com

[2001]
type=friend
host=dynamic
"""),
    ("property/algv/iptv/lynk-reach.json", r"""
{
  "property": "ALGV",
  "server": "https://lynk.samsunghbs.com",
  "accountId": "«num:8-lynkacct»",
  "apiKey": "«hex:32-lynk»",  ⟦app-secret|Samsung LYNK Reach API key⟧
  "pmsInterface": {"type": "FIAS", "host": "10.61.10.20", "port": 5013},
  "welcomeChannel": 1
}
"""),
    ("property/miab/cctv/milestone-recording-server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<recordingserver>
  <server>
    <address>miab-nvr01.corvane.local</address>
    <webserverport>7563</webserverport>
  </server>
  <authorizationserver>
    <address>http://miab-mgmt01/</address>
  </authorizationserver>
  <hardware>
    <camera name="Lobby-01" address="10.72.50.11" user="root" password="«pw6:axiscam»" />  ⟦password|camera password in a recording server config⟧
    <camera name="Loading-Dock" address="10.72.50.12" user="root" password="pass" />  ⟪vendor default⟫
  </hardware>
</recordingserver>
"""),
    ("property/algv/pos/simphony/CAL/ServiceHost.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ServiceHost>
  <Property>ALGV</Property>
  <RevenueCenter>Atlantico Restaurant</RevenueCenter>
  <Workstation id="41" name="ATL-WS01" />
  <EnterpriseUrl>https://simphony-emc.corvane-hotels.com/EGateway/EGateway.asmx</EnterpriseUrl>
  <DatabaseConnection>Server=ALGV-POS01;Database=CheckPostingDB;User Id=possvc;Password=«pwc:simphonyws»</DatabaseConnection>  ⟦conn-string|connection string with a password in a POS workstation file⟧
</ServiceHost>
"""),
    ("property/miab/pos/toast-export/restaurant-config.json", r"""
{
  "restaurantGuid": "«uuid:toastrest»",  ⟪restaurant GUID⟫
  "managementGroupGuid": "«uuid:toastmg»",
  "name": "Corvane Miami Beach - Sal y Mar",
  "integration": {
    "clientId": "«b62:32-toastid»",
    "clientSecret": "«b62:64-toastsec»",  ⟦app-secret|Toast client secret in an integration export⟧
    "userAccessType": "TOAST_MACHINE_CLIENT"
  }
}
"""),
    ("property/sntr/pos/spa-book4time-sync.ps1", r"""
# nightly: copy spa sales from Book4Time into the Simphony posting folder
$ErrorActionPreference = 'Stop'
$headers = @{ 'X-B4T-Key' = '«b62:36-b4t»' }  ⟦app-secret|Book4Time key in a PowerShell hashtable⟧
$sales = Invoke-RestMethod -Uri 'https://api.book4time.com/v2/sales?location=SNTR' -Headers $headers
$sales | Export-Csv -Path '\\sntr-pos01\Posting\spa_sales.csv' -NoTypeInformation
"""),
    ("property/algv/backoffice/scripts/map-drives.bat", r"""
@echo off
REM Back-office drive mapping - Algarve. Run at logon by GPO.
net use N: \\algv-fs01\NightAudit /persistent:yes
net use S: \\algv-fs01\Sage «pwn:sageshare» /user:CORVANE\svc-sage  ⟦password|net use password in a logon batch file⟧
net use P: \\algv-fs01\Purchasing /persistent:yes
"""),
    ("property/algv/backoffice/scripts/opera-night-audit.ps1", r"""
# Runs on ALGV-OPERA after the end of day; exports the reports and mails them
$secure = ConvertTo-SecureString '«pw6:operareports»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString password in a script⟧
$cred = New-Object System.Management.Automation.PSCredential('NA_REPORTS', $secure)
$smtpPass = ConvertTo-SecureString '«sesv4:sesopera»' -AsPlainText -Force  ⟦aws-ses-smtp|SES SMTP password in PowerShell⟧
$smtpCred = New-Object System.Management.Automation.PSCredential('«akid:sesopera»', $smtpPass)  ⟦aws-ses-smtp|SES SMTP user in PowerShell⟧
Send-MailMessage -SmtpServer email-smtp.eu-west-1.amazonaws.com -Port 587 -UseSsl -Credential $smtpCred `
  -From 'nightaudit@corvane-hotels.com' -To 'algv-gm@corvane-hotels.com' -Subject 'Night audit' -Attachments 'D:\NA\out\*.pdf'
"""),
    ("property/algv/backoffice/scripts/backup-sage.ps1", r"""
param(
    [string]$SqlInstance = 'ALGV-SQL01\SAGE',
    [securestring]$Password = (Read-Host -AsSecureString 'sa password')  ⟪interactive prompt⟫
)
$env:AWS_ACCESS_KEY_ID = '«akid:sagebackup»'  ⟦aws-key-id|key id set in a PowerShell backup script⟧
$env:AWS_SECRET_ACCESS_KEY = '«awssec:sagebackup»'  ⟦aws-secret|secret set in a PowerShell backup script⟧
$env:AWS_DEFAULT_REGION = 'eu-west-1'
Backup-SqlDatabase -ServerInstance $SqlInstance -Database SAGE300 -BackupFile "D:\Backups\SAGE300_$(Get-Date -f yyyyMMdd).bak"
aws s3 cp D:\Backups\ s3://cvh-property-backups-335908174620/algv/sage/ --recursive --exclude "*" --include "*.bak"
"""),
    ("property/algv/backoffice/scripts/cmdkey-setup.cmd", r"""
@echo off
cmdkey /add:algv-fs01 /user:CORVANE\svc-scan /pass:«pwp:scanuser»  ⟦password|cmdkey /pass: password⟧
cmdkey /add:algv-opera /user:CORVANE\na_reports /pass:%NA_PASSWORD%  ⟪environment variable⟫
"""),
    ("property/algv/backoffice/registry/odbc-opera.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\OperaReports]
"Driver"="C:\\oracle\\product\\19.0.0\\client_1\\BIN\\SQORA32.DLL"
"ServerName"="ALGV-OPERA"
"UserID"="opera_rpt"
"Password"="«pwn:pmsreplica»"  ⟦password|password in an ODBC DSN registry export⟧

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\ODBC Data Sources]
"OperaReports"="Oracle in OraClient19Home1"
"""),
    ("property/algv/backoffice/registry/autologon-kiosk.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="ALGV-KIOSK01"
"DefaultPassword"="«pwp:kioskauto»"  ⟦password|Winlogon DefaultPassword in a registry export⟧
"""),
    ("property/algv/backoffice/tasks/Upload NightAudit.xml", r"""
<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>CORVANE\tomasz.w</Author>
    <URI>\Corvane\Upload NightAudit</URI>
  </RegistrationInfo>
  <Triggers>
    <CalendarTrigger>
      <StartBoundary>2026-01-01T05:15:00</StartBoundary>
      <ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay>
    </CalendarTrigger>
  </Triggers>
  <Principals>
    <Principal id="Author">
      <UserId>S-1-5-21-«num:10-sid1»-«num:10-sid2»-«num:10-sid3»-1131</UserId>  ⟪SID⟫
      <LogonType>Password</LogonType>
    </Principal>
  </Principals>
  <Actions Context="Author">
    <Exec>
      <Command>C:\Program Files\Amazon\AWSCLIV2\aws.exe</Command>
      <Arguments>s3 sync D:\NA\out s3://cvh-nightaudit-207946381155/algv/</Arguments>
    </Exec>
  </Actions>
</Task>
"""),
    ("property/algv/backoffice/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪publicKeyToken⟫
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwc:unattendadmin»</Value>  ⟦password|clear administrator password in unattend.xml⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
        <LocalAccounts>
          <LocalAccount wcm:action="add" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
            <Name>cvhsupport</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>«unattend:lit:CHANGE_ME»</Value>  ⟪encoded placeholder⟫
              <PlainText>false</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:unattendadmin»</Value>  ⟦password-b64|base64 UTF-16 AutoLogon password in unattend.xml⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>Administrator</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("property/miab/backoffice/accounting.rdp", r"""
full address:s:miab-rds01.corvane.local
username:s:CORVANE\miab.accounting
prompt for credentials:i:0
authentication level:i:2
gatewayhostname:s:rdgw.corvane-hotels.com
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000«uhex:400-dpapi»  ⟪DPAPI blob⟫
"""),
    ("property/miab/backoffice/Sage300/sage.ini", r"""
[Database]
Server=MIAB-SQL01\SAGE
Company=CVHMIA
User=ADMIN
Password=«pw6:sageadmin»  ⟦password|Sage 300 admin password in an ini⟧
[Bank]
PositivePayFolder=\\miab-fs01\Finance\PositivePay
"""),
    ("property/algv/backoffice/opera5/ORAWEB.ini", r"""
[OPERA]
APPSERVER=http://algv-opera:8080
DB=OPERA
DBUSER=opera
DBPASS=«pw6:operadb»  ⟦password|OPERA 5 database password in an ini⟧
LANG=E
[PRINT]
FOLIOPRINTER=\\algv-print01\FD-Folio
"""),
    ("property/crte/backoffice/printers/konica-scan-to-folder.csv", r"""
No.,Name,Host,Path,User,Password
1,Front Office,crte-fs01,\Scans\FrontOffice,svc-scan,«pwp:scanuser»  ⟦password|scan-to-folder password in a copier address book export⟧
2,Accounting,crte-fs01,\Scans\Accounting,svc-scan,«pwp:scanuser»  ⟦password|scan-to-folder password, second entry⟧
3,HR,crte-fs01,\Scans\HR,,
"""),
    ("property/algv/vendor/brightpath/screenconnect-access.txt", r"""
BrightPath IT - Corvane Algarve
ScreenConnect instance: https://brightpath.screenconnect.com
Unattended access group: Corvane-ALGV
Break-glass local admin on back-office PCs: cvhsupport / «pwc:localadmin»  ⟦password|local admin password in a vendor handover note⟧
TeamViewer (spa PC only) ID 1 284 907 331, unattended password «tv:spapc»  ⟦password|TeamViewer unattended password⟧
"""),
    ("property/algv/vendor/datto/rmm-agent.conf", r"""
[Agent]
PlatformURL=https://merlot.centrastage.net
SiteUID=«uuid:dattosite»  ⟪site UID⟫
[API]
Key=«b62:32-dattokey»  ⟪API key id (public half)⟫
Secret=«b62:32-dattosecret»  ⟦app-secret|Datto RMM API secret⟧
"""),
    ("property/sntr/vendor/anydesk/system.conf", r"""
ad.anynet.id=«num:9-anydeskid»
ad.security.interactive_access=2
ad.security.permission_profiles._unattended_access.pwd=«hex:64-anydeskpw»  ⟪AnyDesk salted password hash⟫
ad.security.permission_profiles._unattended_access.salt=«hex:64-anydesksalt»
"""),
    ("property/miab/vendor/vendor-logins.xlsx.csv", r"""
System,URL,Username,Password,Owner
Visionline (locks),https://miab-vl01:2900,admin,«pw6:vlmiab»,Front office manager  ⟦password|lock server password in a shared logins sheet⟧
Nomadix,https://10.72.1.2,admin,«pw6:nomadixmiab»,BrightPath  ⟦password|gateway password in a shared logins sheet⟧
Milestone,https://miab-mgmt01,,(AD login),Security
Mitel,https://10.72.60.5,installer,«pwn:mitelmiab»,Telecom vendor  ⟦password|PBX installer password in a shared logins sheet⟧
"""),
]
