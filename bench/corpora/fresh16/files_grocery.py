"""fresh16 templates, the grocery business itself (Quayline Fresh): the Edison CFC's automation (AutoStore,
Locus, Dematic, Kepware/OPC UA, Ignition, Siemens PLCs, Zebra printers), dark-store handhelds (StageNow,
Android Enterprise, SOTI), cold chain (LoRa Basics Station, probe sheets, Danfoss, Dixell, Monnit, Sensitech,
reefer telematics), store POS, PIN pads, payments terminals, scales, ESL, self-checkout, back office, supplier
EDI (AS2, X12, VAN, SFTP sheets), marketplace sellers, delivery fleet and the customer-service centre.
Markers: render.py and README.md."""

FILES = [
    ("sites/ewr-cfc/autostore/interface.ini", r"""
; AutoStore controller interface - Edison CFC grid 1 (integrator: NordGrid Systems)
[Controller]
Host=10.40.8.10
Port=7010
ClientName=dockside
Password=«pw6:autostore»  ⟦password|AutoStore interface password in the integrator's ini⟧

[Service]
ServiceUser=asservice
ServicePassword=«pwg:asservice»  ⟦password|AutoStore service login in an ini⟧

[Ports]
Port1=PICK
Port2=PICK
Port3=DECANT
"""),
    ("sites/ewr-cfc/locus/site-config.yaml", r"""
site: EWR-CFC
locus:
  api: https://qlf-ewr.locusbots.io/api/v2
  api_key: «b62:40-locus»  ⟦app-secret|Locus Robotics API key in a site config⟧
wms_callback:
  url: https://dockside.internal.quaylinefresh.com/locus/events
  basic_auth: «basic:locuscb»  ⟦password-b64|base64 basic-auth for a WMS callback⟧
zones: [AMBIENT, CHILL, FROZEN]
"""),
    ("sites/ewr-cfc/sorter/dematic-iq.properties", r"""
# Dematic iQ - tote sorter and pouch buffer, Edison CFC
iq.db.url=jdbc:oracle:thin:@//ewr-iq-db.quayline.local:1521/IQPROD
iq.db.user=IQ_APP
iq.db.password=«pw6:dematicdb»  ⟦password|Dematic iQ database password⟧
iq.host.wms.user=MHE_DOCKSIDE
iq.host.wms.password=«pwc:mhewms»  ⟦password|MHE integration password in properties⟧
iq.ui.session.timeout=900
"""),
    ("sites/ewr-cfc/wms/mhe-endpoints.json", r"""
{
  "facility": "EWR-CFC",
  "endpoints": [
    {"name": "autostore", "type": "tcp", "host": "10.40.8.10", "port": 7010},
    {"name": "dematic-iq", "type": "rest", "url": "https://ewr-iq.quayline.local/api", "user": "MHE_DOCKSIDE", "password": "«pwc:mhewms»"},  ⟦password|MHE password in a WMS endpoint list⟧
    {"name": "locus", "type": "rest", "url": "https://qlf-ewr.locusbots.io/api/v2", "apiKeyRef": "ssm:/fulfilment/prod/locus-api-key"}  ⟪SSM reference⟫
  ]
}
"""),
    ("sites/ewr-cfc/plc/kepware-users.csv", r"""
user,group,password,notes
ewr_hmi,Operators,«pwg:kephmi»,HMI panels on the decant stations  ⟦password|OPC UA user password in an integrator's handover CSV⟧
dockside_opc,Integrations,«pwr:kepdock»,read/write conveyor tags  ⟦password|OPC UA user password in an integrator's handover CSV⟧
Administrator,Administrators,,set at commissioning - ask NordGrid  ⟪empty password cell⟫
"""),
    ("sites/ewr-cfc/plc/commissioning-notes.md", r"""
# Conveyor PLCs - commissioning notes (Edison CFC, line 2)

- CPU 1516-3 PN/DP, TIA Portal V18, project `EWR_L2_Conveyor.ap18`
- Access level: "HMI access"; full access password is `«pwl:s7full»`  ⟦password|PLC access password in commissioning notes⟧
- Web server user `admin` disabled, `maint` has read-only diagnostics
- Safety program signature: `«uhex:8-f-sig»`  ⟪safety program signature⟫
- Spare CPUs are in the MDF cage, labelled with the same password.
"""),
    ("sites/ewr-cfc/ignition/mqtt-engine-servers.json", r"""
{
  "servers": [
    {
      "name": "ewr-cfc-broker",
      "url": "ssl://mqtt.ewr-cfc.quayline.local:8883",
      "username": "ignition-engine",
      "password": "«pwx:ignitionmqtt»",  ⟦password|MQTT Engine server password in an Ignition export⟧
      "enabled": true
    }
  ],
  "primaryHostId": "EWR-SCADA-01"
}
"""),
    ("sites/ewr-cfc/printers/zt610-setup.zpl", r"""
^XA
^KP«pin:4-zt610»  ⟦password|ZPL printer password (^KP)⟧
^JUS
^XZ
! U1 setvar "wlan.essid" "QLF-Backroom"
! U1 setvar "wlan.wpa.psk" "«wifipsk:backroom»"  ⟦password|Wi-Fi PSK in a ZPL setvar⟧
! U1 setvar "ip.dhcp.enable" "on"
! U1 do "device.reset" ""
"""),
    ("sites/bos1/handhelds/stagenow-wifi.xml", r"""
<wap-provisioningdoc>
  <characteristic version="10.4" type="Wi-Fi">
    <parm name="WiFiAction" value="Add" />
    <characteristic type="network-profile">
      <parm name="SSID" value="QLF-Backroom" />
      <parm name="SecurityMode" value="1" />
      <parm name="WPAMode" value="3" />
      <characteristic type="pre-shared-key">
        <parm name="PreSharedKey" value="«wifipsk:backroom»" />  ⟦password|Wi-Fi PSK in a Zebra StageNow profile⟧
      </characteristic>
    </characteristic>
  </characteristic>
  <characteristic type="MxMgr">
    <parm name="ErrorMode" value="2" />
  </characteristic>
</wap-provisioningdoc>
"""),
    ("sites/bos1/handhelds/enrollment-qr.json", r"""
{
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "net.soti.mobicontrol.androidwork/net.soti.mobicontrol.admin.AdminReceiver",
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "«urlsafe:32-soticksum»",  ⟪package signature checksum⟫
  "android.app.extra.PROVISIONING_WIFI_SSID": "QLF-Backroom",
  "android.app.extra.PROVISIONING_WIFI_SECURITY_TYPE": "WPA",
  "android.app.extra.PROVISIONING_WIFI_PASSWORD": "«wifipsk:backroom»",  ⟦password|Wi-Fi password in an Android Enterprise provisioning QR⟧
  "android.app.extra.PROVISIONING_ADMIN_EXTRAS_BUNDLE": {"enrollmentId": "«up:8-sotienroll»"}  ⟪enrollment id⟫
}
"""),
    ("sites/bos1/handhelds/picker-kiosk-mode.md", r"""
# Picker handhelds (Zebra TC53) - kiosk mode exit

If a handheld is stuck in the SOTI lockdown, the exit password on the device is `«pw6:sotiexit»` (same on  ⟦password|kiosk exit password in a site guide⟧
every dark store). Do not give it to pickers; shift leads only. Re-enrol via the QR on the back-office wall.
"""),
    ("sites/bos1/coldchain/basicstation/tc.key", r"""
Authorization: Bearer «tts:gatewaybos1»  ⟦app-secret|LoRa Basics Station tc.key with a gateway API key⟧
"""),
    ("sites/bos1/coldchain/basicstation/tc.uri", r"""
wss://quayline.nam1.cloud.thethings.industries:8887
"""),
    ("sites/bos1/coldchain/probes.csv", r"""
site,location,dev_eui,join_eui,app_key,model
BOS1,freezer-aisle-f1,«eui:bos1f1»,«eui:joineui»,«appkey:bos1f1»,Milesight EM300-TH  ⟦app-secret|LoRaWAN AppKey in a probe provisioning sheet⟧
BOS1,freezer-aisle-f2,«eui:bos1f2»,«eui:joineui»,«appkey:bos1f2»,Milesight EM300-TH  ⟦app-secret|LoRaWAN AppKey in a probe provisioning sheet⟧
BOS1,chiller-dairy-c1,«eui:bos1c1»,«eui:joineui»,«appkey:bos1c1»,Milesight EM300-TH  ⟦app-secret|LoRaWAN AppKey in a probe provisioning sheet⟧
BOS1,walkin-produce,«eui:bos1wp»,«eui:joineui»,,Dragino LHT65N (joined via TTS console)  ⟪row with no key⟫
"""),
    ("sites/bos1/coldchain/danfoss-aksm800-users.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<aksm_export unit="BOS1-AKSM" firmware="G08.110">
  <users>
    <user name="Supervisor" level="3" password="«pw6:aksmsup»" />  ⟦password|refrigeration controller user password in an export⟧
    <user name="qlfsvc" level="2" password="«pwg:danfoss»" />  ⟦password|refrigeration controller user password in an export⟧
    <user name="Guest" level="0" password="12345" />  ⟪vendor default⟫
  </users>
  <network ip="10.50.1.40" gateway="10.50.1.1" />
</aksm_export>
"""),
    ("sites/phl1/coldchain/xweb-users.csv", r"""
XWEB500 user export - PHL1
username;profile;password;language
admin;Administrator;«pwn:xwebadmin»;en  ⟦password|Dixell XWEB password in a user export⟧
store;Viewer;store;en  ⟪password equal to the user name⟫
"""),
    ("sites/phl1/coldchain/sensitech-upload.ps1", r"""
# uploads TempTale reader exports from the inbound dock PC to Sensitech ColdStream
$user = 'quayline_phl1'
$pass = ConvertTo-SecureString '«pwp:sensitech»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText password⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Get-ChildItem C:\TempTale\Export\*.ttx | ForEach-Object {
    Invoke-WebRequest -Uri https://upload.coldstream.sensitech.com/api/files -Method Post -InFile $_.FullName -Credential $cred
}
"""),
    ("sites/dca1/coldchain/monnit-gateway.cfg", r"""
[gateway]
model=EGW-4G
site=DCA1
server=sensorsgateway.imonnit.com
port=3000
[api]
key_id=«b62:24-monnitid»
secret=«b62:32-monnitsec»  ⟦app-secret|iMonnit API secret on a gateway config⟧
"""),
    ("lanes/reefer/telematics.json", r"""
{
  "thermoking_tracking": {"url": "https://api.tracking.thermoking.com/v1", "user": "quayline-fleet", "password": "«pwl:tkfleet»"},  ⟦password|reefer telematics password in JSON⟧
  "carrier_lynx": {"url": "https://api.lynxfleet.carrier.com", "apiKey": "«hex:40-lynx»"},  ⟦app-secret|reefer telematics API key⟧
  "units": ["QLF-R12", "QLF-R14", "QLF-R19"]
}
"""),
    ("stores/q101/pos/StoreServer.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="StoreDb" connectionString="Data Source=Q101-CTL01\POS;Initial Catalog=StoreDB;User ID=pos_sa;Password=«pw6:possa»" providerName="System.Data.SqlClient" />  ⟦conn-string|POS store server connection string⟧
  </connectionStrings>
  <appSettings>
    <add key="StoreNumber" value="101" />
    <add key="EpsHost" value="eps.quayline.local" />
    <add key="EpsTerminalKey" value="«uhex:32-epskey»" />  ⟦app-secret|EPS terminal key in the store server config⟧
    <add key="PriceFeedUrl" value="https://prices.internal.quaylinefresh.com/stores/101" />
  </appSettings>
</configuration>
"""),
    ("stores/q101/pos/lane07/pos.ini", r"""
[Lane]
Number=7
Type=Assisted
Controller=10.81.1.10
[Security]
ManagerOverridePin=«pin:6-mgrpin»  ⟦password|POS manager override PIN in a lane ini⟧
TrainingModePassword=«pw6:postrain»  ⟦password|POS training-mode password⟧
[Printer]
Model=Epson TM-T88VII
"""),
    ("stores/q101/pos/pinpads/lane3000.cfg", r"""
# Ingenico Lane/3000 - TCP/IP to the POS, configured by the payments team
TERMINAL_ID=QLF101L07
HOST_IP=10.81.1.57
HOST_PORT=12000
ADMIN_PASSWORD=«pin:6-pinpadadmin»  ⟦password|PIN-pad admin password⟧
KEY_INJECTION=DUKPT  ⟪key management scheme, not a key⟫
"""),
    ("stores/q101/pos/triPOS.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<tripos>
  <application id="«num:4-tpapp»" name="QuaylinePOS" version="26.11" />
  <credentials>
    <acceptorId>«num:9-tpaccept»</acceptorId>  ⟪Worldpay acceptor id⟫
    <accountId>«num:7-tpacct»</accountId>
    <accountToken>«uhex:96-tptoken»</accountToken>  ⟦app-secret|Worldpay triPOS account token⟧
  </credentials>
  <lanes><lane id="7" terminalId="QLF101L07" /></lanes>
</tripos>
"""),
    ("stores/q101/scales/uc-evo-network.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<ScaleNetwork store="101" model="METTLER TOLEDO UC Evo">
  <PluServer host="q101-ctl01" protocol="FTP" user="plusync" password="«pw6:scaleftp»" path="/plu" />  ⟦password|scale PLU server FTP password⟧
  <Service user="service" password="«pin:4-mtservice»" />  ⟦password|scale service-menu password⟧
  <Scales>
    <Scale id="DELI1" ip="10.81.1.121" />
    <Scale id="DELI2" ip="10.81.1.122" />
    <Scale id="PROD1" ip="10.81.1.131" />
  </Scales>
</ScaleNetwork>
"""),
    ("stores/q102/scales/bizerba-rps.ini", r"""
[RetailPowerScale]
Store=102
Department=Cheese
[Backoffice]
Url=https://retailconnect.quayline.local/api
User=rps102
Password=«pwg:bizerba»  ⟦password|scale back-office password in an ini⟧
[Supervisor]
Pin=«pin:4-bizsup»  ⟦password|scale supervisor PIN⟧
"""),
    ("stores/q101/backoffice/plusync.ini", r"""
[Source]
Export=\\pos-hq\exports\plu\101
[Scales]
FtpHost=q101-ctl01
FtpUser=plusync
FtpPassword=«pw6:scaleftp»  ⟦password|PLU sync FTP password⟧
[Schedule]
Every=00:30
"""),
    ("stores/q101/backoffice/PluSync.bat", r"""
@echo off
rem maps the scale share and runs the PLU sync (scheduled every 30 min)
net use S: \\q101-ctl01\scales /user:QUAYLINE\svc-scales «pwp:scalesvc» /persistent:no  ⟦password|net use password in a batch file⟧
"C:\Program Files\Quayline\PluSync\plusync.exe" /config C:\qlf\plusync.ini
net use S: /delete /y
"""),
    ("stores/q101/esl/vusion-store.json", r"""
{
  "storeId": "QLF-101",
  "vusionCloud": {"subscriptionKey": "«hex:32-vusion»"},  ⟦app-secret|VusionCloud subscription key in a store config⟧
  "accessPoints": [
    {"id": "AP-101-1", "ip": "10.81.1.201", "adminPassword": "«pw6:eslap»"},  ⟦password|ESL access point admin password⟧
    {"id": "AP-101-2", "ip": "10.81.1.202", "adminPassword": "«pw6:eslap»"}  ⟦password|ESL access point admin password⟧
  ]
}
"""),
    ("stores/q101/selfcheckout/attendant-pins.csv", r"""
employee_id,name,role,sco_pin
40112,R. Alvarez,Front-end lead,«pin:4-scoa»  ⟦password|self-checkout attendant PIN⟧
40187,J. Okafor,Attendant,«pin:4-scob»  ⟦password|self-checkout attendant PIN⟧
40203,M. Chen,Attendant,  ⟪no PIN yet⟫
"""),
    ("stores/q101/backoffice/timeclock.ini", r"""
[UKG InTouch DX]
Device=Q101-TC01
Server=https://quaylinefresh.prd.mykronos.com
DeviceUser=tc_q101
DevicePassword=«pwg:ukgclock»  ⟦password|time-clock device password⟧
SupervisorBadge=«num:6-supbadge»  ⟪badge number⟫
"""),
    ("stores/q101/network/nvr-handover.txt", r"""
Q101 camera system handover (SecureSight Integrators)
NVR: Hikvision DS-9632NI-M8 at 10.81.1.250
admin / «pwl:nvradmin»  ⟦password|NVR admin password in an installer handover⟧
Hik-Connect verification code: «up:6-hikverif»  ⟦?password|camera cloud verification code⟧
30 days retention, exported footage goes to \\q101-ctl01\cctv
"""),
    ("edi/openas2/config.xml", r"""
<openas2>
  <properties storageBaseDir="/opt/openas2/data" />
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="«pwx:as2keystore»"  ⟦password|OpenAS2 keystore password⟧
                interval="300" />
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml" />
  <processor classname="org.openas2.processor.DefaultProcessor" pendingMDN="%home%/pendingMDN3" />
</openas2>
"""),
    ("edi/openas2/partnerships.xml", r"""
<partnerships>
  <partner name="QUAYLINEFRESH" as2_id="QUAYLINEFRESH" x509_alias="quayline" email="edi@quaylinefresh.com" />
  <partner name="HVDAIRY" as2_id="HVDAIRY" x509_alias="hvdairy" email="edi@hvdairy.coop" />
  <partnership name="QUAYLINEFRESH-HVDAIRY">
    <sender name="QUAYLINEFRESH" />
    <receiver name="HVDAIRY" />
    <attribute name="as2_url" value="https://as2.hvdairy.coop:4080/as2" />
    <attribute name="as2_mdn_options" value="signed-receipt-protocol=optional, pkcs7-signature; signed-receipt-micalg=optional, SHA256" />
    <attribute name="http_user" value="quayline" />
    <attribute name="http_password" value="«pwn:hvdairyhttp»" />  ⟦password|AS2 partner HTTP password in partnerships.xml⟧
  </partnership>
</partnerships>
"""),
    ("edi/outbound/850_UNFI_20261130_0930.x12", r"""
ISA*00*          *01*«isa:unfi»*ZZ*QUAYLINEFRESH  *ZZ*UNFIEAST       *261130*0930*U*00401*000004812*0*P*>~  ⟦password|X12 ISA04 security password in an interchange⟧
GS*PO*QUAYLINEFRESH*UNFIEAST*20261130*0930*4812*X*004010~
ST*850*0001~
BEG*00*SA*PO-EWR-88213**20261130~
PO1*1*120*CA*24.15**UP*0«num:11-upc1»~
PO1*2*48*CA*31.80**UP*0«num:11-upc2»~
CTT*2~
SE*7*0001~
GE*1*4812~
IEA*1*000004812~
"""),
    ("edi/inbound/997_HVDAIRY_20261130_1012.x12", r"""
ISA*00*          *00*          *ZZ*HVDAIRY        *ZZ*QUAYLINEFRESH  *261130*1012*U*00401*000000377*0*P*>~  ⟪ISA with no security information⟫
GS*FA*HVDAIRY*QUAYLINEFRESH*20261130*1012*377*X*004010~
ST*997*0001~
AK1*PO*4811~
AK9*A*1*1*1~
SE*4*0001~
GE*1*377~
IEA*1*000000377~
"""),
    ("edi/partners/supplier-sftp-accounts.csv", r"""
supplier,protocol,host,username,password,contact
Hudson Valley Dairy Coop,AS2,as2.hvdairy.coop,quayline,(see partnerships.xml),edi@hvdairy.coop
KeHE Distributors,SFTP,sftp.kehe.com,quayline,«pwp:kehesftp»,edi-support@kehe.com  ⟦password|supplier SFTP password in an accounts sheet⟧
Garden State Greens,SFTP,ftp.gsgreens.com,qlfresh,«pwn:gsgreens»,ops@gsgreens.com  ⟦password|supplier SFTP password in an accounts sheet⟧
Atlantic Seafood,FTP,ftp.atlseafood.com,quayline,«pwg:atlseafood»,it@atlseafood.com  ⟦password|supplier FTP password in an accounts sheet⟧
UNFI East,VAN,SPS Commerce,QLFRESH01,stored in Secrets Manager (edi/sps-van),edi@unfi.com  ⟪pointer to a vault⟫
"""),
    ("edi/van/truecommerce.ini", r"""
[Mailbox]
Network=TrueCommerce
MailboxId=QLFRESH-TC01
Password=«pw6:tcmailbox»  ⟦password|VAN mailbox password⟧
PollMinutes=15
[Archive]
Path=D:\EDI\archive
"""),
    ("edi/connectors/sps_id_ed25519", r"""
«openssh:edspsclient:manifest@qlf-edi»  ⟦private-key|OpenSSH private key for a VAN connector⟧
"""),
    ("edi/connectors/sps_id_ed25519.pub", r"""
«sshpub:edspsclient:manifest@qlf-edi»  ⟪SSH public key⟫
"""),
    ("edi/gdsn/1worldsync.properties", r"""
ows.env=production
ows.app_id=quayline-fresh-retailer
ows.secret_key=«b62:32-1ws»  ⟦app-secret|1WorldSync secret key in properties⟧
ows.gln=«num:13-gln»  ⟪GLN, an identifier⟫
"""),
    ("marketplace/onboarding/seller-4471-handoff.txt", r"""
Seller 4471 - Brooklyn Pickle Works (Shopify store brooklynpickle.myshopify.com)
Onboarded by: camila.r, 2026-11-18
Custom app token they pasted into the intake form: «shpat:seller4471»  ⟦shopify|seller's Shopify token in an onboarding note⟧
Their wholesale portal login for us: orders@quaylinefresh.com / «pwn:bpwportal»  ⟦password|seller portal password in an onboarding note⟧
Payouts: Stripe Connect acct_«b62:16-acct4471»  ⟪Stripe connected account id⟫
"""),
    ("marketplace/mirakl/operator.env", r"""
MIRAKL_URL=https://quayline-prod.mirakl.net
MIRAKL_OPERATOR_KEY=«uuid:mirakl»  ⟦app-secret|Mirakl operator key in an env file⟧
MIRAKL_SHOP_ID=2001
"""),
    ("lanes/drivers/onboarding-batch-2026-11.csv", r"""
driver_id,name,depot,onfleet_phone,temp_password
D-3381,K. Mensah,BOS1,+1617555«num:4-d1ph»,«pwp:drv3381»  ⟦?password|temporary first-login password for a driver⟧
D-3384,L. Ferreira,BKN2,+1718555«num:4-d2ph»,«pwp:drv3384»  ⟦?password|temporary first-login password for a driver⟧
D-3390,A. Novak,PHL1,+1215555«num:4-d3ph»,(SSO)  ⟪no password⟫
"""),
    ("lanes/fleet/fuel-cards.json", r"""
{
  "provider": "WEX",
  "api": "https://api.wexinc.com/fleet/v1",
  "client_id": "quayline-fleet",
  "client_secret": "«okx:48-wex»",  ⟦app-secret|fuel-card API client secret⟧
  "cards_masked": ["•••• 4412", "•••• 4419"]  ⟪masked card numbers⟫
}
"""),
    ("lanes/fleet/geotab.json", r"""
{
  "server": "my.geotab.com",
  "database": "quaylinefresh",
  "userName": "api-lanes@quaylinefresh.com",
  "password": "«pwl:geotab»"  ⟦password|MyGeotab password in JSON⟧
}
"""),
    ("cs/zendesk/sunshine-conversations.json", r"""
{
  "appId": "«hex:24-sunco»",
  "keyId": "app_«hex:24-suncokid»",  ⟪key id⟫
  "secret": "«urlsafe:48-suncosec»",  ⟦app-secret|Sunshine Conversations key secret⟧
  "webhook": "https://tidedesk.internal.quaylinefresh.com/sunco"
}
"""),
    ("cs/connect/softphone-desk-notes.md", r"""
# Customer-service centre - desk setup (Newark)

1. Sign in to the CCP with your SSO account.
2. Headset: Jabra Engage 55, pair with the dongle on the desk.
3. Refund approvals above $75 need a team lead; the shared lead login for the refunds tool is
   `cs-leads` / `«pwp:csleads»` until SSO lands (TD-488).  ⟦password|shared login in desk notes⟧
4. Never read a card number back to a shopper.
"""),
    ("payments/snap/ebt-edge.cfg", r"""
# FIS EBT Edge - SNAP and EBT Cash online purchasing
endpoint=https://ebtedge.fisglobal.com/api/v2
merchant_fns=«num:7-fns»  ⟪FNS number⟫
client_id=quayline-online
client_secret=«b62:40-ebtedge»  ⟦app-secret|EBT processor client secret⟧
"""),
    ("loyalty/talon/deploy-rules.sh", r"""
#!/usr/bin/env bash
# pushes the campaign rules to Talon.One (run from the loyalty laptop)
set -euo pipefail
KEY="ManagementKey-v1 «hex:64-talonmgmt»"  ⟦app-secret|Talon.One management key in a script⟧
curl -sf -X PUT "https://quayline.europe-west1.talon.one/v1/applications/3/campaigns/41/rulesets" \
  -H "Authorization: $KEY" -H "Content-Type: application/json" -d @rules/holiday-2026.json
"""),
    ("stores/q102/pos/sco/fastlane.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ScoConfig lanes="6" store="102">
  <Attendant mode="Remote" host="10.81.2.60" />
  <Database user="scot" password="«pw6:scodb»" />  ⟦password|self-checkout database password⟧
  <WeightsTolerance grams="15" />
</ScoConfig>
"""),
    ("stores/q102/backoffice/store-wifi-card.txt", r"""
QUAYLINE MARKET #102 - STAFF ROOM
Wi-Fi: QLF-Staff
Password: «wifipsk:staffq102»  ⟦password|staff Wi-Fi password printed on a card⟧
Customer Wi-Fi is "Quayline Free WiFi" (no password)
"""),
    ("stores/q101/pos/hq-price-export.log", r"""
2026-11-30 02:00:01 INFO  export start store=101 items=18433
2026-11-30 02:00:04 INFO  connected ftp://plusync@q101-ctl01/plu
2026-11-30 02:00:09 WARN  retry login user=plusync password=****** (masked)  ⟪masked password in a log⟫
2026-11-30 02:00:12 INFO  pushed 412 changed PLUs to DELI1, DELI2, PROD1
2026-11-30 02:00:13 INFO  ESL batch «uuid:eslbatch» queued to VusionCloud  ⟪batch id⟫
"""),
]
