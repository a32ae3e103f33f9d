"""fresh18 templates, the dealerships' own systems (Halvergate Motor Group): DMS terminal clients and login scripts
(CDK Drive, Reynolds ERA), OEM diagnostic and service tools (Techstream/TIS, FDRS/Motorcraft Service, i-HDS, Autel,
HunterNet, NASTF key codes), key cabinets and key-drop kiosks (KeyTrak, KeyWatcher, KEYper), car-wash controllers,
pay stations and LPR cameras (SiteWatch, Sonny's, Unitec), parts lockers and vending, F&I and bureau desktops
(AutoCheck, PEN providers, Converge PIN pads), the loaner and rental counter (TSD, Bluebird, WEX), the collision
centre (PPG, scan-to-folder copiers), EV chargers (OCPP exports), showroom and service-drive PCs (logon scripts,
registry exports, scheduled tasks, unattend.xml, .rdp), IP phones, NVRs, lot gates, IT vendor handover notes.
Markers: render.py and README.md."""

FILES = [
    ("stores/riverside/pcs/parts-counter-01/BlueZone/drive-login.bzs", r"""
' BlueZone auto-login to CDK Drive (parts counter 1) - recorded by IT 2024-03, runs at logon
Sub Main
  Set host = CreateObject("BZWhll.WhllObj")
  host.Connect "A"
  host.WaitForText "LOGIN:", 1, 1, 10
  host.SendKey "HMGPARTS1<Enter>"
  host.WaitForText "PASSWORD:", 1, 1, 10
  host.SendKey "«pw6:drivepartspw»<Enter>"  ⟦password|terminal emulator login macro password⟧
  host.WaitForText "MENU", 1, 1, 10
  host.SendKey "PTS<Enter>"
End Sub
"""),
    ("stores/riverside/pcs/office-02/ERA/ERA-IGNITE.ini", r"""
[Connection]
Server=era-riverside.reyrey.net
Port=9443
Dealer=«num:6-rcidealer»
Store=01
Branch=01
[Login]
UserID=HMGOFFICE2
Password=«pw6:eraoffice»  ⟦password|Reynolds ERA client auto-login password⟧
RememberPassword=1
"""),
    ("stores/riverside/service/techstream-laptop-notes.txt", r"""
Techstream laptop (bay 7) - Halvergate Toyota Riverside
------------------------------------------------------
Mongoose-Plus VIM serial: «up:10-vimserial»
TIS login (shared tech account, do not change without telling Marco): hmg.riv.techs / «pwb:tisshared»  ⟦password|TIS shared login in a notes file⟧
Techstream licence: «gh_lic:techstreamlic»  ⟦?app-secret|Techstream software licence key⟧
Calibration files go to D:\Techstream\Cal, ECU reflash needs the laptop on the shop wired network.
"""),
    ("stores/cedar-falls/service/fdrs-setup.txt", r"""
FDRS / Motorcraft Service setup - Cedar Falls Ford (P&A code «num:5-pacode»)
VCM 3 serial «up:12-vcmserial» registered to the dealership account.
Motorcraft Service subscription login: cedarfalls.service@halvergate-motors.com
Password: «pwl:motorcraft»  ⟦password|OEM service-information login in a setup note⟧
PTS access uses the WSLX ID of the service manager - never the shared account.
"""),
    ("stores/millbrook/service/ihds/ihds-config.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<iHDSConfig>
  <Dealer number="«num:6-hondadealer»" name="Halvergate Honda Millbrook"/>
  <ServiceExpress>
    <User>hmg.mlb.shop</User>
    <Password>«pwn:hondasx»</Password>  ⟦password|Honda Service Express password in the i-HDS config⟧
  </ServiceExpress>
  <MVCI serial="«up:10-mvciserial»"/>
</iHDSConfig>
"""),
    ("stores/cedar-falls/service/key-programming.md", r"""
# Key programming (lost-all-keys jobs)

* Key codes come through NASTF SDRM: our VSP ID is «num:8-nastfvsp», registered to Ana Ruiz.
* NASTF VSP login: aruiz.vsp / «pwx:nastfvsp»  ⟦password|NASTF VSP registry password in a shop doc⟧
* Autel IM608 is logged in to the shop's Autel ID: keys@halvergate-motors.com, password «pwp:autelid»  ⟦password|Autel account password⟧
* Last released key code (RO «num:6-rokey», 2021 F-150, VIN «vin:f150»): «keycode:f150»  ⟦?password|vehicle key code released by the OEM⟧
* Never write an immobiliser PIN here; they are in the RO notes only.
"""),
    ("stores/cedar-falls/service/hunter/HunterNet.ini", r"""
[HunterNet2]
Enabled=1
ShopID=«num:7-huntershop»
Username=cedarfalls_alignment
Password=«pwp:hunternet»  ⟦password|HunterNet login in an alignment machine .ini⟧
UploadReports=1
[Printer]
Name=Service Drive HP
"""),
    ("stores/riverside/keys/KeyTrak/KeyTrak.ini", r"""
[Database]
Server=RIV-KEYTRAK\KEYTRAK
Database=KeyTrak
UserName=keytrak
Password=«pwc:ktsql»  ⟦password|KeyTrak database password in an .ini⟧
[DMS]
Interface=CDK
PollMinutes=5
[Security]
MasterUser=ADMIN
MasterPIN=«pin:6-ktmaster»  ⟦password|key cabinet master PIN⟧
"""),
    ("stores/cedar-falls/keys/KeyWatcher/KWServer.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DbServer" value="CDR-KEYS\SQLEXPRESS" />
    <add key="DbUser" value="kwserver" />
    <add key="DbPassword" value="«pwn:kwdb»" />  ⟦password|KeyWatcher server database password⟧
    <add key="SmtpHost" value="email-smtp.us-east-1.amazonaws.com" />
    <add key="SmtpUser" value="«akid:seskeywatcher»" />  ⟦aws-key-id|SES SMTP user in the KeyWatcher config⟧
    <add key="SmtpPassword" value="«sesv4:seskeywatcher»" />  ⟦aws-ses-smtp|SES SMTP password in the KeyWatcher config⟧
  </appSettings>
</configuration>
"""),
    ("stores/cedar-falls/keys/KeyWatcher/users-export.csv", r"""
UserId,Name,Role,PIN,CardId,Groups
1001,Ana Ruiz,Administrator,«pin:6-kwpin1»,«num:8-kwcard1»,ALL  ⟦password|key cabinet user PIN in an export⟧
1044,Ty Marsh,Porter,«pin:4-kwpin2»,«num:8-kwcard2»,LOT;SERVICE  ⟦password|key cabinet user PIN in an export⟧
1107,Dee Okafor,Sales,«pin:4-kwpin3»,«num:8-kwcard3»,NEW;USED  ⟦password|key cabinet user PIN in an export⟧
1190,Loaner Desk,Kiosk,****,«num:8-kwcard4»,LOANER  ⟪masked PIN⟫
"""),
    ("stores/riverside/keys/keyper-kiosk.json", r"""
{
  "kiosk": "RIV-KEYDROP-01",
  "vendor": "KEYper Systems",
  "cloud": {
    "url": "https://cloud.keypersystems.com/api/v2",
    "username": "halvergate",
    "password": "«pwx:keyperapi»"  ⟦password|key-drop kiosk cloud password⟧
  },
  "adminPin": "«pin:6-keyperpin»",  ⟦password|key-drop kiosk admin PIN⟧
  "notify": "arn:aws:sns:us-east-2:418263950712:keydrop-alerts"
}
"""),
    ("stores/wash/SiteWatch/SiteWatch.ini", r"""
[General]
SiteCode=HMGX01
SiteName=Halvergate Express Wash
[Database]
Server=WASH-SRV01\SITEWATCH
Database=SiteWatch
User=sa
Password=«pwp:sitewatchsql»  ⟦password|SiteWatch database password⟧
[CreditCard]
Processor=Heartland
PublicApiKey=«pkapi:wash»  ⟪Heartland public API key⟫
SecretApiKey=«skapi:wash»  ⟦app-secret|Heartland secret API key in SiteWatch.ini⟧
DeviceId=«num:8-hlsdevice»
"""),
    ("stores/wash/controller/tunnel-controller-backup.cfg", r"""
# Sonny's Controls tunnel controller - configuration backup 2026-08-30
site_code=HMGX01
conveyor_length_ft=120
web_admin_user=hmgadmin
web_admin_password=«pwp:sonnys»  ⟦password|tunnel controller web admin password⟧
vnc_enabled=1
vnc_password=«pw6:washvnc»  ⟦password|tunnel controller VNC password⟧
plc_ip=10.60.1.31
modbus_port=502
"""),
    ("stores/wash/paystation/unitec-paystation.cfg", r"""
[Paystation]
Id=PS-01
Lane=1
[Converge]
ssl_merchant_id=«num:7-convmerchant»
ssl_user_id=webpage_hmgx01
ssl_pin=«converge:wash»  ⟦app-secret|Elavon Converge ssl_pin in a pay station config⟧
ssl_test_mode=false
[Menu]
Basic=10.00
Ultimate=22.00
"""),
    ("stores/wash/lpr/entry-camera.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<CameraConfig model="AXIS P1465-LE-3" site="HMGX01" role="membership-lpr">
  <Network ip="10.60.1.41" gateway="10.60.1.1"/>
  <Users>
    <User name="root" password="«pwl:lprroot»" role="admin"/>  ⟦password|LPR camera root password in a config export⟧
    <User name="onvif" password="«pwp:lpronvif»" role="operator"/>  ⟦password|ONVIF user password in a config export⟧
  </Users>
  <Push url="https://washline.hmg.internal/lpr" token="${LPR_PUSH_TOKEN}"/>  ⟪variable⟫
</CameraConfig>
"""),
    ("stores/riverside/parts/parts-locker/settings.json", r"""
{
  "site": "HMG-TOY-RIV",
  "lockerBank": "Parts pickup - north door",
  "vendorApi": "https://api.smiota.com/v1",
  "apiKey": "«b62:40-smiota»",  ⟦app-secret|parts locker vendor API key⟧
  "webhookSecret": "«hex:32-smiotawh»",  ⟦app-secret|parts locker webhook secret⟧
  "printer": "ZD421-PARTS"
}
"""),
    ("stores/cedar-falls/parts/AutoCrib/AutoCrib.ini", r"""
[Database]
DSN=AutoCrib
UID=acadmin
PWD=«pwn:autocrib»  ⟦password|tool-crib vending database password⟧
[Machine]
Id=RS-500-CDR
Port=COM3
"""),
    ("stores/riverside/fi/AutoCheck/autocheck.cfg", r"""
# Experian AutoCheck desktop integration (F&I office 1)
customer_id=«num:8-autocheckcust»
user=HMGRIVFI
password=«pw6:autocheck»  ⟦password|AutoCheck password in a desktop config⟧
auto_pull_on_deal=true
"""),
    ("stores/riverside/fi/pen-providers.csv", r"""
provider,product,dealer_code,api_user,api_password,notes
Zurich,VSC,«up:6-penzur»,hmg_pen,«pwx:penzurich»,rated through PEN  ⟦password|F&I product provider API password in a CSV⟧
Assurant,GAP,«up:6-penasr»,hmg_pen_gap,«pwr:penassurant»,  ⟦password|F&I product provider API password in a CSV⟧
JM&A,Appearance,«up:6-penjma»,,,via Dealertrack PEN (SSO)  ⟪row without credentials⟫
"""),
    ("stores/riverside/fi/quickqualify-widget.html", r"""
<!-- 700Credit QuickQualify prequalification widget for the website (public, no credentials in the page) -->
<div id="qq-widget"></div>
<script src="https://quickqualify.700credit.com/widget.js"
        data-dealer="HALVERGATE01"
        data-widget-key="«uuid:qqwidget»"  ⟪public widget key⟫
        data-theme="hmg"></script>
"""),
    ("stores/cedar-falls/rental/tsd-dealer/TSD.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="TsdAccount" value="HMG-CDR" />
    <add key="TsdUser" value="loanerdesk" />
    <add key="TsdPassword" value="«pwb:tsdloaner»" />  ⟦password|loaner management system password⟧
    <add key="DmsRoLink" value="true" />
  </appSettings>
</configuration>
"""),
    ("stores/riverside/rental/bluebird/bluebird.ini", r"""
[Bluebird]
Location=RIV
Server=bluebird.hmg.internal
User=RIVCOUNTER
Password=«pw6:bluebird»  ⟦password|rental counter system password⟧
[Toll]
Provider=PlatePass
AccountId=«num:9-platepass»
"""),
    ("stores/rental/wex-fleet-api.json", r"""
{
  "program": "WEX Fleet",
  "accountNumber": "«num:13-wexacct»",
  "apiUser": "halvergate_fleet",
  "apiPassword": "«pwc:wexapi»",  ⟦password|fuel card API password⟧
  "cardMask": "**** **** **** 4417"
}
"""),
    ("stores/riverside/rental/converge.properties", r"""
# Verifone PIN pad at the rental counter -> Elavon Converge
converge.url=https://api.convergepay.com/VirtualMerchant/processxml.do
converge.merchant_id=«num:7-convmerchantriv»
converge.user_id=rentalcounter
converge.pin=«converge:rental»  ⟦app-secret|Converge PIN in .properties⟧
"""),
    ("stores/collision/paint/PPG_LINQ.ini", r"""
[LINQ]
Tenant=halvergate-collision
Station=MIXROOM-01
User=mixroom
Password=«pwx:ppglinq»  ⟦password|paint-mix system password⟧
ScaleCom=COM4
"""),
    ("stores/collision/copier/scan-to-folder.csv", r"""
Name,Type,Host,Path,User,Password
Estimates,SMB,10.40.12.15,\CCCPhotos\scans,HMGSTORES\svc_scan,«pwp:scansvc»  ⟦password|scan-to-folder password in a copier address book export⟧
Parts,SMB,10.40.12.15,\Parts\invoices,HMGSTORES\svc_scan,«pwp:scansvc»  ⟦password|scan-to-folder password in a copier address book export⟧
Front Desk,Email,,estimates@halvergate-motors.com,,
"""),
    ("stores/cedar-falls/ev/charger-ocpp-export.json", r"""
{
  "chargePointId": "CDR-LOT-03",
  "vendor": "ABB",
  "model": "Terra AC W22",
  "firmware": "1.8.21",
  "configurationKey": [
    {"key": "CentralSystemURL", "value": "wss://csms.hmg.internal/ocpp/CDR-LOT-03", "readonly": false},
    {"key": "SecurityProfile", "value": "1", "readonly": false},
    {"key": "AuthorizationKey", "value": "«ocpp:cdrlot»", "readonly": false},  ⟦app-secret|OCPP AuthorizationKey in a charger configuration export⟧
    {"key": "HeartbeatInterval", "value": "300", "readonly": false}
  ]
}
"""),
    ("stores/cedar-falls/ev/chargepoint-admin.txt", r"""
ChargePoint station local admin (service drive, CT4000 x2)
Station IDs: «num:6-cpst1», «num:6-cpst2»
Local web UI: https://10.40.5.11  user admin  pw «pwb:chargepointlocal»  ⟦password|EV charger local admin password in a note⟧
Cloud: managed by the ChargePoint org "Halvergate Motor Group" - SSO, no shared password.
"""),
    ("stores/netlogon/showroom-logon.bat", r"""
@echo off
REM showroom and F&I PCs - mapped drives and the deal-jacket scanner share
net use S: \\riv-fs01\sales /persistent:no
net use J: \\riv-fs01\dealjackets /user:HMGSTORES\svc_scan «pwp:scansvc» /persistent:no  ⟦password|net use password in a logon script⟧
net use P: \\riv-fs01\photos /persistent:no
start "" "C:\Program Files\CDK\Drive Flex\DriveFlex.exe"
"""),
    ("stores/riverside/pcs/service-drive-03/winlogon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="svc-drive-kiosk"
"DefaultDomainName"="HMGSTORES"
"DefaultPassword"="«pwp:drivekiosk»"  ⟦password|Winlogon DefaultPassword in a registry export⟧
"""),
    ("stores/riverside/pcs/service-drive-03/putty-sessions.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\CDK%20Drive%20-%20Riverside]
"HostName"="drive-riv.cdk.hmg.internal"
"PortNumber"=dword:00000016
"UserName"="HMGSVC3"
"Protocol"="ssh"

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\SshHostKeys]
"ssh-ed25519@22:drive-riv.cdk.hmg.internal"="0x«hex:64-puttyhk1»,0x«hex:64-puttyhk2»"  ⟪cached SSH host key⟫
"""),
    ("stores/riverside/pcs/tasks/UploadHomeNetFeed.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo><Author>HMGSTORES\it-admin</Author><URI>\Halvergate\UploadHomeNetFeed</URI></RegistrationInfo>
  <Triggers><CalendarTrigger><StartBoundary>2024-02-01T05:30:00</StartBoundary><ScheduleByDay><DaysInterval>1</DaysInterval></ScheduleByDay></CalendarTrigger></Triggers>
  <Actions Context="Author">
    <Exec>
      <Command>C:\Program Files (x86)\WinSCP\WinSCP.com</Command>
      <Arguments>/command "open ftp://hmg_riverside:«pct:pwp:homenetftp»@iol.homenetinc.com/" "put D:\feeds\homenet.csv /" "exit"</Arguments>  ⟦conn-string|FTP URL with a password in a scheduled task⟧
    </Exec>
  </Actions>
</Task>
"""),
    ("stores/images/showroom-unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:pcadmin»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>HMGAdmin</Username>
      </AutoLogon>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount>
            <Password><Value>«pwc:pcadmin»</Value><PlainText>true</PlainText></Password>  ⟦password|unattend.xml plain-text local account password⟧
            <Name>HMGAdmin</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("stores/riverside/pcs/fi-office-01/DMS-TerminalServer.rdp", r"""
screen mode id:i:2
full address:s:riv-ts01.stores.halvergate.local
username:s:HMGSTORES\fi.office1
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000«uhex:200-dpapi»  ⟪RDP DPAPI blob⟫
authentication level:i:2
"""),
    ("stores/phones/yealink/805ec0a1b2c3.cfg", r"""
#!version:1.0.0.1
## Yealink T54W - Riverside BDC desk 4
account.1.enable = 1
account.1.label = BDC 4
account.1.auth_name = 4104
account.1.user_name = 4104
account.1.password = «pwr:sip4104»  ⟦password|SIP account password in phone provisioning⟧
account.1.sip_server.1.address = pbx.stores.hmg.internal
static.security.user_password = admin:«pin:6-phoneadmin»  ⟦password|phone web admin password⟧
"""),
    ("stores/security/nvr-lot-cameras.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<NVR model="DS-9664NI-M8" site="HMG-TOY-RIV">
  <Admin user="admin" password="«pwl:nvradmin»"/>  ⟦password|NVR admin password in a config export⟧
  <Channels count="48"/>
  <Cloud enabled="false"/>
  <Snmp community="public" version="v2c"/>  ⟪SNMP default community⟫
</NVR>
"""),
    ("stores/security/lot-gate-dks.txt", r"""
DoorKing 1838 access plus - Riverside back lot gate
Remote account (for the Remote Account Manager software): RIV-LOTGATE
Remote password: «pin:4-dkspw»  ⟦password|gate controller remote password⟧
Master code: see the facilities binder (not here)  ⟪pointer to another place⟫
"""),
    ("stores/it-vendor/handover-2026-02.txt", r"""
Handover from Crestline IT (outgoing MSP) to Halvergate IT - Feb 2026

- Meraki dashboard: org "Halvergate Stores", admin crestline-noc@crestline-it.com, password «pwl:merakicrest»  ⟦password|Meraki dashboard password in a handover note⟧
- TeamViewer unattended on all showroom PCs, same password everywhere: «tv:teamviewer»  ⟦password|TeamViewer unattended password⟧
- Local HMGAdmin on PCs: «pwc:pcadmin»  ⟦password|local admin password in a handover note⟧
- Domain admin: handed over on paper, not in this file  ⟪pointer to another place⟫
- Backups: Veeam to the Riverside NAS, encryption password in the Veeam console (ask Crestline once, then rotate)
"""),
    ("stores/millbrook/service/wpa_supplicant.conf", r"""
ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
update_config=1
country=US

network={
    ssid="HMG-SHOP"
    psk="«wifipsk:shopwifi»"  ⟦password|Wi-Fi PSK on a service-drive tablet⟧
    key_mgmt=WPA-PSK
}
"""),
    ("stores/riverside/showroom/lounge-wifi-sign.txt", r"""
WELCOME TO HALVERGATE TOYOTA RIVERSIDE
Customer lounge Wi-Fi
Network: HMG-Guest
Password: «wifipsk:guestwifi»  ⟦?password|guest Wi-Fi password printed on a lounge sign⟧
Ask your service advisor about our shuttle!
"""),
    ("stores/riverside/service/mykaarma.json", r"""
{
  "dealerUuid": "«uuid:mkdealer»",
  "serviceApi": "https://api.mykaarma.com/dealer/v2",
  "username": "riverside-integration",
  "password": "«pwx:mykaarma»",  ⟦password|service-drive messaging API password⟧
  "advisors": ["ADV01", "ADV02", "ADV07"]
}
"""),
    ("stores/titling/cvr-clerk-notes.txt", r"""
Title clerk desk - Riverside
CVR (electronic registration) portal: https://cvr.dmv-portal.net  dealer # «num:6-dmvlic»
User HMG4471 / pass «pwb:cvr»  ⟦password|state registration portal password in a clerk's note⟧
ELT lienholder inquiries go through the titling service now, not this login.
"""),
    ("stores/finance/floorplan-audit.md", r"""
# Floor plan audit prep (NextGear)

Auditor arrives Tuesday. Pull the aged-unit list from the DMS and match VINs to the NextGear statement.

NextGear dealer portal: halvergate.controller / «pw:nextgear»  ⟦password|floor plan lender portal password in a document⟧
Ally SmartAuction: SSO through the Ally dealer portal.  ⟪no credential⟫
Sample unit for the walk: VIN «vin:auditunit», stock N25-0417.  ⟪VIN⟫
"""),
    ("stores/used-cars/manheim.yml", r"""
manheim:
  env: production
  api_key: «b62:24-manheimkey»  ⟪Manheim API key id⟫
  api_secret: «b62:10-manheimsecret»  ⟦app-secret|Manheim (Cox) API secret⟧
  auction_access_number: "«num:9-auctionaccess»"
  buyer_rep: 5MILLBROOK
"""),
    ("stores/cedar-falls/office/shared-logins.csv", r"""
System,URL,User,Password,Owner
FMCDealer / WSLX,https://www.fmcdealer.com,CDR-SVC1,«pwb:fmcdealer»,Service manager  ⟦password|OEM dealer portal password in a shared logins sheet⟧
Ford Pro Fleet,https://fordpro.com,fleet@halvergate-motors.com,«pwc:fordprofleet»,Fleet manager  ⟦password|fleet portal password in a shared logins sheet⟧
RouteOne,https://www.routeone.net,cdr.fi1,«pwn:routeonefi»,F&I  ⟦password|RouteOne user password in a shared logins sheet⟧
CARFAX for Dealers,https://dealers.carfax.com,SSO (Okta),,Used car manager  ⟪row without a password⟫
"""),
    ("stores/riverside/showroom/signage/autorun.json", r"""
{
  "player": "BrightSign XT1144",
  "network": {"bsnCloud": true, "setupToken": "«b64k:48-bsnsetup»"},  ⟦app-secret|BrightSign BSN.cloud setup token⟧
  "localWebUi": {"enabled": true, "user": "admin", "password": "«pwp:brightsign»"},  ⟦password|signage player local web password⟧
  "playlist": "https://signage.hmg.internal/playlists/riverside-showroom.json"
}
"""),
    ("stores/riverside/service/xtime-integration.properties", r"""
xtime.dealer.code=HMGRIV
xtime.api.url=https://api.xtime.com/v1
xtime.api.key=«b62:32-xtimekey»  ⟦app-secret|service scheduling API key⟧
xtime.webhook.url=https://forecourt.hmg.internal/xtime/events
"""),
    ("stores/collision/ccc/SecureShare.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<SecureShare>
  <Shop id="«num:6-cccshop»" name="Halvergate Collision Center"/>
  <App id="«uuid:cccapp»"/>  ⟪app id⟫
  <AppSecret>«b62:48-cccsecret»</AppSecret>  ⟦app-secret|CCC Secure Share app secret in a desktop config⟧
  <Events>EstimateCommitted,RepairOrderClosed</Events>
</SecureShare>
"""),
    ("stores/riverside/fi/menu-pc/odbc.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\MenuVantage]
"Driver"="C:\\Windows\\system32\\sqlsrv32.dll"
"Server"="riv-fi-sql01"
"Database"="MenuVantage"
"LastUser"="mvuser"
"PWD"="«pwn:mvodbc»"  ⟦password|ODBC DSN password in a registry export⟧
"""),
    ("stores/wash/membership/rfid-readers.csv", r"""
reader_id,lane,ip,firmware,admin_user,admin_password
RFID-01,1,10.60.1.51,4.2.0,admin,«pw6:rfidadmin»  ⟦password|RFID reader admin password in an inventory CSV⟧
RFID-02,2,10.60.1.52,4.2.0,admin,«pw6:rfidadmin»  ⟦password|RFID reader admin password in an inventory CSV⟧
"""),
    ("stores/riverside/pcs/fi-office-01/cmdkey-setup.cmd", r"""
@echo off
rem stores credentials for the deal-jacket scanner and the DMS print server
cmdkey /add:riv-fs01 /user:HMGSTORES\svc_scan /pass:«pwp:scansvc»  ⟦password|cmdkey /pass: password⟧
cmdkey /add:riv-print01 /user:HMGSTORES\svc_print /pass  ⟪cmdkey without a password (prompts)⟫
"""),
    ("stores/riverside/service/tire-storage-labels.csv", r"""
RO,VIN,Customer,Rack,Bin,Tread 32nds
«num:6-ro1»,«vin:tire1»,PIKE J,R2,14,7/7/6/6  ⟪VIN and RO number⟫
«num:6-ro2»,«vin:tire2»,NGUYEN T,R2,15,9/9/9/8  ⟪VIN and RO number⟫
"""),
    ("stores/cedar-falls/keys/loaner-agreement-template.txt", r"""
LOANER VEHICLE AGREEMENT - Halvergate Ford Cedar Falls
Customer: {{customer_name}}   RO: {{ro_number}}
Vehicle: {{year}} {{make}} {{model}}  VIN: {{vin}}   Plate: {{plate}}
Key tag: {{key_tag}}  Fuel out: {{fuel_out}}  Miles out: {{miles_out}}
Keyless unlock code (texted to the customer): {{unlock_code}}  ⟪template variable⟫
"""),
    ("stores/riverside/pcs/ConsoleHost_history.txt", r"""
Get-Service KeyTrak*
Restart-Service KeyTrakBridge
Invoke-Sqlcmd -ServerInstance 'RIV-KEYTRAK\KEYTRAK' -Username sa -Password '«pwx:keytraksa»' -Query 'SELECT COUNT(*) FROM dbo.KeyEvents'  ⟦password|Invoke-Sqlcmd -Password in PowerShell history⟧
$cred = Get-Credential HMGSTORES\it-admin  ⟪interactive prompt⟫
Enter-PSSession riv-fs01 -Credential $cred
"""),
]
