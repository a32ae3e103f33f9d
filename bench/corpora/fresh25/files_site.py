"""fresh25 templates, the company's own industry systems (Ironvale Civil & Building): survey (NTRIP casters,
GNSS base stations, RTKLIB, controllers), machine control, equipment telematics and OEM portals, drones,
site cameras, badge access and turnstiles, concrete and LoRaWAN sensors, weather stations, time-clock
kiosks, fuel management, MDM, site Wi-Fi and LTE, the construction ERP (Vista, Spectrum, Sage 300 CRE),
scheduling (P6), plotters, and the German and Australian payroll interfaces.
Markers: render.py and README.md."""

FILES = [
    ("survey/ntripcaster/conf/ntripcaster.conf", r"""
# BKG Professional NtripCaster - caster.ironvale-survey.net (Denver base network + Calgary shop base)
location Denver, CO
rp_email survey-it@ironvale-civil.com
server_url http://caster.ironvale-survey.net
max_clients 200
max_sources 20
encoder_password «ntrip:encoder»  ⟦password|NtripCaster encoder (source) password⟧
server_name caster.ironvale-survey.net
port 2101
logdir /var/log/ntripcaster
logfile ntripcaster.log
"""),
    ("survey/ntripcaster/conf/users.aut", r"""
# user:password  (rover logins; one per crew tablet or machine)
ivc_rover:«ntrip:rover»  ⟦password|NTRIP rover login in users.aut (reused)⟧
dozer_d6_0417:«ntrip:dozer0417»  ⟦password|NTRIP login of a dozer's machine-control receiver⟧
grader_14m_0932:«ntrip:grader0932»  ⟦password|NTRIP login of a grader⟧
crew_yyc_02:«ntrip:yyc02»  ⟦password|NTRIP login of a Calgary survey crew⟧
"""),
    ("survey/ntripcaster/conf/clientmounts.aut", r"""
# mountpoint:group  (no passwords here; groups are in groups.aut)
/IVC_DEN01:rovers,machines
/IVC_DEN02:rovers
/IVC_YYC01:rovers_ca
"""),
    ("survey/rtklib/rtkrcv-den01.conf", r"""
# rtkrcv options for the Denver reference check rover (pi in the survey van)
pos1-posmode       =kinematic
pos1-frequency     =l1+l2
pos2-armode        =fix-and-hold
inpstr1-type       =serial
inpstr1-path       =ttyACM0:115200:8:n:1:off
inpstr1-format     =ubx
inpstr2-type       =ntripcli
inpstr2-path       =ivc_rover:«ntrip:rover»@caster.ironvale-survey.net:2101/IVC_DEN01  ⟦password|NTRIP user:password in an rtkrcv input path (reused)⟧
inpstr2-format     =rtcm3
outstr1-type       =file
outstr1-path       =/home/pi/rtk/den01_%Y%m%d.pos
"""),
    ("survey/base-stations/den01-alloy-clone.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- Trimble Alloy clone file, base IVC_DEN01 (roof of the Denver office), exported 2026-03-02 -->
<CloneFile model="Alloy" firmware="6.25">
  <Users>
    <User name="admin" role="admin" password="«pwp:alloyadmin»"/>  ⟦password|GNSS receiver admin password in a clone file (the same as the Ansible task)⟧
    <User name="survey" role="user" password="«pwn:alloysurvey»"/>  ⟦password|GNSS receiver user password⟧
    <User name="anonymous" role="none" password=""/>
  </Users>
  <IoPorts>
    <NtripServer enabled="true" caster="caster.ironvale-survey.net" port="2101" mountpoint="IVC_DEN01" version="2">
      <Password>«ntrip:densource»</Password>  ⟦password|NTRIP server password in a receiver clone file (reused)⟧
    </NtripServer>
  </IoPorts>
  <Position lat="39.7517" lon="-104.9991" height="1609.4"/>
</CloneFile>
"""),
    ("survey/controllers/TSC7-crew03/RTK-Internet.style.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- Trimble Access survey style "RTK Internet IVC" (copied from crew 3's TSC7) -->
<SurveyStyle name="RTK Internet IVC">
  <RoverOptions antennaType="R12i Internal" elevationMask="10"/>
  <RoverRadio type="Internet">
    <NTRIP use="true" useProxy="false">
      <Server>caster.ironvale-survey.net</Server>
      <Port>2101</Port>
      <MountPoint>IVC_DEN01</MountPoint>
      <UserName>crew03</UserName>
      <Password>«ntrip:crew03»</Password>  ⟦password|NTRIP password in a Trimble Access survey style⟧
    </NTRIP>
  </RoverRadio>
  <CORS>
    <Provider name="CDOT CORS" host="cors.codot.gov" port="2101" mount="RTCM3_MAX" user="ironvale" password="«pwn:cdotcors»"/>  ⟦password|state DOT CORS network password⟧
  </CORS>
</SurveyStyle>
"""),
    ("survey/controllers/leica-cs20/internet-profiles.csv", r"""
Profile,Server,Port,Mountpoint,User,Password,Network
IVC Munich,ntrip.ironvale-bau.de,2101,IVC_MUC01,polier_mueller,«ntrip:muc01»,NTRIP  ⟦password|NTRIP password in a Leica controller profile export⟧
SAPOS Bayern,sapos-by-ntrip.de,2101,VRS_3_4G_BY,IVCBAU,«pw7:sapos»,NTRIP  ⟦password|SAPOS state reference network password⟧
AUSCORS,ntrip.data.gnss.ga.gov.au,443,BNE300AUS0,ironvale_bne,«pwau:auscors»,NTRIP  ⟦password|AUSCORS NTRIP password⟧
"""),
    ("survey/machine-control/D6-0417/earthworks_sync.ini", r"""
; Trimble Earthworks display - WorksManager device sync (dozer CAT D6 XE, unit 0417)
[Device]
SerialNumber=«up:10-tdd0417»
Unit=0417
[WorksManager]
Server=https://worksmanager.trimble.com
Organization=ironvale-civil
DeviceUser=mc-0417
DevicePassword=«pw6:mc0417»  ⟦password|machine-control device password in a sync ini⟧
"""),
    ("survey/machine-control/smart-construction.env", r"""
# Komatsu Smart Construction (EARTHBRAIN) - drone-to-design progress and iMC 2.0 fleet
SC_TENANT=ironvale-us
SC_CLIENT_ID=«b62:24-smartconid»
SC_CLIENT_SECRET=«okx:48-smartcon»  ⟦app-secret|Smart Construction client secret⟧
SITELINK3D_API_KEY=«b62:40-sitelink»  ⟦app-secret|Topcon Sitelink3D API key⟧
"""),
    ("fleet/oem-portal-logins.csv", r"""
portal,url,login,password,owner,notes
CAT VisionLink,https://visionlink.cat.com,fleet@ironvale-civil.com,«pwc:visionlinkweb»,Wyatt Ramos,web login (API uses client creds)  ⟦password|OEM portal password in a shared spreadsheet⟧
John Deere Operations Center,https://operationscenter.deere.com,fleet@ironvale-civil.com,«pwl:deereweb»,Colby Hart,  ⟦password|Deere portal password in a shared sheet⟧
Wagner Equipment (CAT dealer) parts,https://parts.wagnerequipment.com,IVC4471,«pwp:wagnerparts»,Purchasing,  ⟦password|dealer parts portal password⟧
HCSS Equipment360,https://equipment360.hcss.com,see 1Password,,Shop,  ⟪pointer to a vault⟫
"""),
    ("fleet/geotab/mygeotab.json", r"""
{
  "server": "my.geotab.com",
  "database": "ironvale_civil",
  "userName": "api.integration@ironvale-civil.com",
  "password": "«pwx:geotab»",  ⟦password|MyGeotab API password⟧
  "sessionId": "«geotab:session»",  ⟦?app-secret|cached MyGeotab session id (expires)⟧
  "groups": ["GroupCompanyId", "b27A4"]
}
"""),
    ("fleet/aemp/feeds.yaml", r"""
# ironfleet AEMP 2.0 feeds (ISO 15143-3). Basic-auth feeds keep their password here until TKT-2291 lands.
feeds:
  - name: hitachi-conSite
    url: https://aemp.hitachicm.com/ISO15143/Fleet/1
    auth: basic
    user: ironvale
    password: «pwc:consite»  ⟦password|Hitachi ConSite AEMP password in a feed list⟧
  - name: liebherr-lidat
    url: https://lidat.liebherr.com/aemp/Fleet/1
    auth: basic
    user: IVC-LIDAT
    password: «pwn:lidat»  ⟦password|Liebherr LiDAT password⟧
  - name: cat-visionlink
    auth: oauth2
    client_secret_ref: ironfleet/visionlink  ⟪secret reference⟫
"""),
    ("drones/dji-cloud-api/application.yml", r"""
# self-hosted DJI Cloud API (FlightHub-style dock management for the two Dock 2 units at the I-70 job)
server:
  port: 6789
spring:
  datasource:
    druid:
      url: jdbc:mysql://dock-db:3306/cloud_dock?useSSL=false
      username: dock
      password: «pwp:dockdb»  ⟦password|DJI dock server MySQL password⟧
  redis:
    host: dock-redis
    password: «pwr:dockredis»  ⟦password|Redis password⟧
cloud-api:
  app:
    app-id: «num:6-djiappid»
    app-key: «djikey:flighthub»  ⟦app-secret|DJI Cloud API app key (reused)⟧
    app-license: «djilic:dock»  ⟦?app-secret|DJI Cloud API app licence⟧
mqtt:
  BASIC:
    protocol: MQTT
    host: dock-emqx
    port: 1883
    username: dock-server
    password: «pwp:dockmqtt»  ⟦password|EMQX password⟧
"""),
    ("drones/scripts/dronedeploy_export.sh", r"""
#!/usr/bin/env bash
# Export the latest orthomosaic of every active plan to S3 (runs on the survey NUC)
set -euo pipefail
DD_API_KEY="«b62:32-dronedeploy»"  ⟦app-secret|DroneDeploy key in a shell script (reused)⟧
AIRDATA_TOKEN="«b62:32-airdata»"  ⟦app-secret|AirData UAV API token⟧
for plan in $(curl -s -H "Authorization: Bearer ${DD_API_KEY}" https://api.dronedeploy.com/v2/plans | jq -r '.[].id'); do
  curl -s -H "Authorization: Bearer ${DD_API_KEY}" "https://api.dronedeploy.com/v2/plans/${plan}/exports" -o "/tmp/${plan}.json"
done
aws s3 sync /tmp/ s3://ivc-skyframe-ingest-614208937155/dronedeploy/ --exclude '*' --include '*.json'
"""),
    ("drones/pix4d/pix4dcloud.json", r"""
{
  "api": "https://cloud.pix4d.com/api/v3",
  "client_id": "«b62:24-pix4did»",
  "client_secret": "«okx:40-pix4d»",  ⟦app-secret|Pix4D client secret in a JSON config (reused)⟧
  "project_group": "Ironvale - earthworks"
}
"""),
    ("cameras/earthcam/starcam-den2417.conf", r"""
# EarthCam StarCam / time-lapse upload (camera 1, I-70 interchange, pole on the north laydown)
camera_name=IVC-DEN2417-N
upload_protocol=ftps
upload_host=upload.earthcam.net
upload_user=ivc_den2417
upload_password=«pwp:ecftp»  ⟦password|camera FTPS upload password⟧
admin_user=root
admin_password=«pwp:axisden»  ⟦password|camera admin password (the same as the RTSP viewer)⟧
"""),
    ("access/hid-vertx/den-office-v1000.xml", r"""
<?xml version="1.0"?>
<!-- HID VertX V1000 controller export (Denver office + yard gate), used by Brivo migration -->
<VertXController mac="00:06:8E:«up:6-hidmac»">
  <Network dhcp="false" ip="10.20.1.40"/>
  <WebAdmin user="admin" password="«pw6:vertx»"/>  ⟦password|access-control controller admin password⟧
  <HostComm protocol="ssl" host="netbox-den.ironvale.local" port="4070" sharedKey="«hex:32-vertxkey»"/>  ⟦app-secret|controller-to-host shared key⟧
  <Readers count="6"/>
</VertXController>
"""),
    ("access/turnstiles/bne-3104-turnstile.ini", r"""
; Boon Edam Speedlane / full-height turnstile controller, Brisbane BNE-3104 (Queen's Wharf precinct)
[Controller]
Site=BNE-3104
Lanes=4
[Admin]
User=ivcadmin
Password=«pwau:boonedam»  ⟦password|turnstile controller password in an ini (the same as the Pulumi program)⟧
[Wiegand]
Format=H10301
FacilityCode=«num:3-fac»
"""),
    ("sensors/lorawan/devices-den2417.csv", r"""
dev_eui,join_eui,app_key,pour,element
«uhex:16-deveui1»,70B3D57ED0000001,«appkey:maturity01»,P-114,deck span 3  ⟦app-secret|LoRaWAN AppKey in a device list (reused)⟧
«uhex:16-deveui2»,70B3D57ED0000001,«appkey:maturity02»,P-114,deck span 4  ⟦app-secret|LoRaWAN AppKey⟧
"""),
    ("sensors/lorawan/gateway/global_conf.json", r"""
{
  "SX130x_conf": {"com_type": "SPI", "com_path": "/dev/spidev0.0", "lorawan_public": true, "clksrc": 0},
  "gateway_conf": {
    "gateway_ID": "«uhex:16-gweui»",  ⟪gateway EUI⟫
    "server_address": "nam1.cloud.thethings.network",
    "serv_port_up": 1700,
    "serv_port_down": 1700
  }
}
"""),
    ("sensors/lorawan/.ttn-lw-cli.yml", r"""
oauth-server-address: https://nam1.cloud.thethings.network/oauth
identity-server-grpc-address: nam1.cloud.thethings.network:8884
gateway-server-grpc-address: nam1.cloud.thethings.network:8884
api-key: «ttn:cli»  ⟦app-secret|The Things Stack API key in the CLI config⟧
"""),
    ("sensors/concrete/command-alkon.ini", r"""
; Command Alkon CONNECT - ready-mix delivery tickets for the I-70 and Union Station pours
[Connect]
BaseUrl=https://api.commandalkon.io
Tenant=ironvale
ClientId=«uuid:cmdalkonid»
ClientSecret=«okx:40-cmdalkon»  ⟦app-secret|Command Alkon CONNECT client secret⟧
[Suppliers]
Aggregate Industries=ON
Martin Marietta=ON
"""),
    ("weather/weewx/weewx.conf", r"""
# WEEWX CONFIGURATION FILE - Davis Vantage Pro2 on the DEN-2417 site trailer
[Station]
    location = "Ironvale I-70 Interchange, Denver"
    latitude = 39.78
    longitude = -104.94
    station_type = Vantage
[StdRESTful]
    [[Wunderground]]
        enable = true
        station = KCODENVE«num:3-wustation»
        password = «b62:8-wukey»  ⟦password|Weather Underground station key in weewx.conf⟧
        rapidfire = false
    [[AWEKAS]]
        enable = false
        username = replace_me  ⟪placeholder⟫
        password = replace_me
"""),
    ("weather/campbell/CR1000X_DEN2417.CR1X", r"""
'CR1000X Series Datalogger - trench dewatering and wind monitoring, DEN-2417
'Wind > 34 mph stops crane picks (Crane Lift Plan CLP-07)
Public WS_ms, WindDir, PTemp, Batt, Stage_m
Units WS_ms = m/s

BeginProg
  SetSecurity («pakbus:lvl1», «pakbus:lvl2», 0)  ⟦?password|CRBasic datalogger security codes⟧
  Scan (5, Sec, 0, 0)
    PanelTemp (PTemp, 60)
    Battery (Batt)
    PulseCount (WS_ms, 1, P_SW, 1, 1, 0.75, 0.2)
  NextScan
EndProg
"""),
    ("timeclock/kiosk-managed-config.json", r"""
{
  "kind": "androidenterprise#managedConfiguration",
  "productId": "app:com.ironvale.timeclock",
  "managedProperty": [
    {"key": "server_url", "valueString": "https://timeclock.ironvale-civil.com"},
    {"key": "admin_pin", "valueString": "«pin:6-kioskadmin»"},  ⟦password|kiosk admin PIN in a managed configuration⟧
    {"key": "photo_capture", "valueBool": true}
  ]
}
"""),
    ("fuel/fuelmaster/FMS.ini", r"""
[Database]
Server=den-yard-fms01\SQLEXPRESS
Database=FuelMaster
UID=fms
PWD=«pwp:fmsdb»  ⟦password|fuel management database password in an ini⟧
[Islands]
Island1=Gasboy Islander PRIME, 10.30.0.21
Island2=Gasboy Islander PRIME, 10.30.0.22
[Export]
VistaEMUser=fuel_import
VistaEMPassword=«pwn:fuelimport»  ⟦password|Vista equipment-module import password⟧
"""),
    ("fuel/tls450_poll.py", r"""
'''Poll the Veeder-Root TLS-450 at the Denver yard for tank inventory (function I201) over TCP 10001.'''
import socket

HOST, PORT = "10.30.0.30", 10001
SECURITY_CODE = "«veeder:denyard»"  ⟦?password|tank gauge serial security code (six digits)⟧
SOH = "\x01"


def inventory() -> bytes:
    with socket.create_connection((HOST, PORT), timeout=10) as s:
        s.sendall((SOH + SECURITY_CODE + "I20100").encode())
        return s.recv(8192)
"""),
    ("mdm/intune/fieldline-appconfig.json", r"""
{
  "@odata.type": "#microsoft.graph.androidManagedStoreAppConfiguration",
  "displayName": "fieldline - production tablets",
  "packageId": "app:com.ironvale.fieldline",
  "payloadJson": "«b64:lit:{"kind":"androidenterprise#managedConfiguration","managedProperty":[{"key":"env","valueString":"prod"}]}»",  ⟪base64 of a non-secret managed config⟫
  "permissionActions": [],
  "appSupportsOemConfig": false,
  "profileApplicability": "default",
  "settings": [
    {"appConfigKey": "procore_company", "appConfigKeyType": "stringType", "appConfigKeyValue": "«num:6-procoreco»"},
    {"appConfigKey": "safetyculture_token", "appConfigKeyType": "stringType", "appConfigKeyValue": "«hex:64-safetyculture»"}  ⟦app-secret|SafetyCulture token in an Intune app configuration (reused)⟧
  ]
}
"""),
    ("mdm/knox/kme-profile-field-tablets.json", r"""
{
  "profileName": "IVC Field Tablets (Galaxy Tab Active5)",
  "mdmApkUrl": "https://play.google.com/managed",
  "customJson": "{\"wifi\":{\"ssid\":\"IVC-FIELD\",\"security\":\"WPA2\",\"psk\":\"«wifipsk:field»\"},\"soti\":{\"server\":\"mc.ironvale-civil.com\",\"addDevicePassword\":\"«pw6:sotienroll»\"}}",  ⟦password|Wi-Fi PSK and enrolment password in a Knox profile's custom JSON⟧
  "skipSetupWizard": true,
  "dualDar": false
}
"""),
    ("network/ubnt/ptp-den2417-system.cfg", r"""
aaa.1.status=enabled
users.status=enabled
users.1.name=ubnt-ivc
users.1.password=«md5crypt:ubnt»  ⟪crypt hash⟫
wireless.1.ssid=IVC-PTP-2417
wpasupplicant.status=enabled
wpasupplicant.profile.1.network.1.ssid=IVC-PTP-2417
wpasupplicant.profile.1.network.1.psk=«pwx:ptp2417»  ⟦password|airOS point-to-point link PSK⟧
snmp.community=public  ⟪default SNMP community⟫
snmp.status=enabled
"""),
    ("network/cradlepoint/den-2452-r1-config.json", r"""
{
  "system": {"system_id": "DEN-2452-r1", "admin": {"user": "admin", "password": "«pwp:routerus»"}},  ⟦password|router admin password in a config export⟧
  "wlan": {"radio": [{"bss": [{"ssid": "IVC-FIELD", "wpapsk": "«wifipsk:field»"}, {"ssid": "IVC-GUEST", "wpapsk": "Welcome2IVC"}]}]},  ⟦password|site Wi-Fi PSKs in a router export (reused)⟧
  "snmp": {"v3": {"users": [{"name": "nms", "auth_password": "«pwr:snmpv3»", "priv_password": "«pwr:snmpv3priv»"}]}}  ⟦password|SNMPv3 auth and priv passwords⟧
}
"""),
    ("it/site-trailer/wifi-card.txt", r"""
IRONVALE - SITE TRAILER WIFI (DEN-2417)
Network: IVC-GUEST
Password: «wifipsk:guest2417»  ⟦?password|guest Wi-Fi password printed for visitors⟧
Crew network IVC-FIELD is for company tablets only - ask the site admin.
"""),
    ("it/plotters/den2417-designjet-scan.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<!-- HP DesignJet T1700 - scan-to-network-folder destinations (site trailer DEN-2417) -->
<ScanDestinations>
  <Folder name="Plans" path="\\den-fs02\scans\2417" user="IRONVALE\svc_scan" password="«pwp:scanfolder»"/>  ⟦password|plotter scan-to-folder password⟧
  <Email smtp="email-smtp.us-west-2.amazonaws.com" port="587" user="«akid:sesplotter»" password="«sesv4:sesplotter»"/>  ⟦aws-ses-smtp|SES SMTP credential on a plotter⟧
</ScanDestinations>
"""),
    ("erp/vista/VistaIntegration.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Viewpoint" connectionString="Data Source=den-vista-sql01;Initial Catalog=Viewpoint;User ID=vp_integ;Password=«pwn:vpinteg»" providerName="System.Data.SqlClient"/>  ⟦conn-string|Vista connection string in an exe.config⟧
  </connectionStrings>
  <appSettings>
    <add key="KeystoneUser" value="vpkeystone"/>
    <add key="KeystonePassword" value="«pw6:keystone»"/>  ⟦password|Viewpoint Keystone password in appSettings⟧
    <add key="AttachmentShare" value="\\den-vista-app01\VPAttachments"/>
    <add key="VistaWebKey" value="«uuid:vpweb»"/>  ⟦app-secret|Viewpoint web services key in appSettings⟧
  </appSettings>
</configuration>
"""),
    ("erp/spectrum/soapui/SDE-GetJob-request.xml", r"""
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:dex="http://www.dexterchaney.com/">
   <soapenv:Header/>
   <soapenv:Body>
      <dex:GetJob>
         <dex:pAuthorization_ID>«spectrum:sde-calgary»</dex:pAuthorization_ID>  ⟦app-secret|Spectrum authorization id in a saved SOAP request (reused)⟧
         <dex:pGUID>«uuid:sdeguid»</dex:pGUID>
         <dex:pCompany_Code>IVC</dex:pCompany_Code>
         <dex:pJob_Number>5110</dex:pJob_Number>
      </dex:GetJob>
   </soapenv:Body>
</soapenv:Envelope>
"""),
    ("erp/sage300cre/Timberline-ODBC.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\Timberline Data Source]
"Driver"="C:\\Windows\\SysWOW64\\TSODBC32.DLL"
"DBQ"="\\\\yyc-fs01\\Timberline Office\\9.5\\Data"
"UID"="costbook"
"PWD"="«pw6:sagecre»"  ⟦password|Sage 300 CRE ODBC password in a registry export (reused)⟧
"ShortenNames"="N"
"""),
    ("erp/sage300cre/rollout-notes.md", r"""
# Sage 300 CRE on the Calgary terminal server

- Service account for the ODBC bridge: `costbook`, password in the registry export (yes, we know).
- Payroll admin login for the Timberline Payroll module is `PRADMIN` / `«pw6:pradmin»` - Dolores only.  ⟦password|payroll module password in backticks in notes⟧
- Union rate tables live in `\\yyc-fs01\Timberline Office\9.5\Data\PR`.
"""),
    ("scheduling/p6/PrmBootStrapV2.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<BOOTSTRAP>
  <DATABASE>
    <ALIAS>IVC_PMDB</ALIAS>
    <DBTYPE>Oracle</DBTYPE>
    <SERVER>den-p6-db01:1521/PMDB</SERVER>
    <USERNAME>pubuser</USERNAME>
    <PASSWORD>«b64k:24-p6enc»</PASSWORD>  ⟪P6 bootstrap encrypted password⟫
    <PRIVATEUSER>privuser</PRIVATEUSER>
  </DATABASE>
</BOOTSTRAP>
"""),
    ("scheduling/p6/integration-api.properties", r"""
# P6 Integration API (remote mode) used by the schedule-to-cost link
p6.ws.url=https://p6.ironvale-civil.com/p6ws/services
p6.ws.user=svc_p6ws
p6.ws.password=«pwn:p6ws»  ⟦password|P6 integration password in .properties (reused)⟧
p6.db.instance=1
msproject.import.share=\\\\den-fs02\\schedules
"""),
    ("payroll/de/Lodas-Schnittstelle.ini", r"""
; DATEV LODAS / Lohn und Gehalt - Exportschnittstelle der Baustellen-Zeiterfassung (Ironvale Bau GmbH, München)
[Allgemein]
Beraternummer=«num:7-datevberater»
Mandantennummer=«num:5-datevmandant»
Abrechnungskreis=Gewerbliche
[DATEVconnect]
Benutzer=ivc_lohn
Kennwort=«pw7:datevconnect»  ⟦password|DATEVconnect password under a German key (Kennwort)⟧
[SOKA-BAU]
Betriebskontonummer=«num:9-sokabetrieb»
Passwort=«pw7:sokabau»  ⟦password|SOKA-BAU portal password under a German key (Passwort)⟧
"""),
    ("payroll/de/svnet-konfiguration.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- sv.net/comfort Konfiguration - Meldungen an die Krankenkassen (DEÜV) -->
<Konfiguration>
  <Absender betriebsnummer="«num:8-btrnr»" name="Ironvale Bau GmbH"/>
  <Zertifikat datei="C:\svnet\zert\ivcbau.p12" pin="«pw7:svnetpin»"/>  ⟦password|sv.net certificate PIN⟧
  <Kommunikation server="https://gkv-com.de" proxy=""/>
</Konfiguration>
"""),
    ("payroll/de/LIESMICH-Lohn.md", r"""
# Lohnabrechnung München - Zugänge

- ELSTER (Lohnsteuer-Anmeldung): Zertifikat `ironvale-bau.pfx` auf dem Lohn-PC, PIN liegt im Tresor.  ⟪Verweis auf einen Tresor⟫
- SV-Meldeportal: Benutzer `IVCBAU01`, Passwort `«pw7:svmelde»` (läuft im Juni ab).  ⟦password|SV-Meldeportal password in a German readme (reused)⟧
- ZVK-Bau (Zusatzversorgung) Online-Portal: Zugang über SOKA-BAU, siehe oben.
"""),
    ("payroll/au/sbr/keystore.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- ATO Machine Credential keystore (RAM) for STP Phase 2 lodgments, Ironvale Constructions Pty Ltd -->
<store xmlns="http://auth.abr.gov.au/credential/xsd/SBRCredentialStore" version="1.0">
  <salt>«b64k:16-kssalt»</salt>  ⟪keystore salt⟫
  <credentials>
    <credential id="ABRD:«num:11-abn»_IVCSTP" credentialType="D">
      <name>Ironvale STP</name>
      <abn>«num:11-abn»</abn>
      <credentialSalt>«b64k:16-credsalt»</credentialSalt>
      <credentialPrivateKey>«b64k:1200-credpriv»</credentialPrivateKey>  ⟪encrypted credential private key⟫
    </credential>
  </credentials>
</store>
"""),
    ("payroll/au/stp.properties", r"""
sbr.endpoint=https://sbr.gov.au/services/ebms3
sbr.keystore.path=/etc/payrun/sbr/keystore.xml
sbr.keystore.password=«pwau:sbrks»  ⟦password|SBR keystore password in .properties (reused)⟧
sbr.credential.alias=ABRD:«num:11-abn»_IVCSTP
"""),
    ("payroll/au/xero-payroll.json", r"""
{
  "tenant": "Ironvale Constructions Pty Ltd",
  "client_id": "«uhex:32-xeroid»",
  "client_secret": "«xero:payroll»",  ⟦app-secret|Xero client secret in JSON (reused)⟧
  "scopes": "payroll.employees payroll.payruns offline_access",
  "redirect_uri": "https://payrun.ironvale-civil.com/xero/callback"
}
"""),
    ("payroll/us/certified-payroll.ini", r"""
; WH-347 and state certified payroll exports (CDOT, Denver Prevailing Wage)
[EliteCMS]
; Denver Labor's Elations prevailing-wage portal
User=ironvale.payroll
Password=«pwc:elations»  ⟦password|prevailing-wage portal password⟧
"""),
    ("payroll/ca/wcb-ab.env", r"""
# WCB Alberta employer online services + Spectrum payroll export (Calgary)
WCB_AB_ACCOUNT=«num:7-wcbab»
WCB_AB_USER=ivc.payroll.yyc
WCB_AB_PASSWORD=«pwn:wcbab»  ⟦password|WCB Alberta portal password in an env file⟧
CERIDIAN_DAYFORCE_PASSWORD=
"""),
    ("safety/incident-app/config/production.json", r"""
{
  "port": 8080,
  "db": {"host": "safety-prod.cq7x1aa2b3c4.us-west-2.rds.amazonaws.com", "user": "safety", "password": "«pwl:safetydb»"},  ⟦password|incident app database password in JSON⟧
  "s3": {"bucket": "ivc-incident-photos", "region": "us-west-2"},
  "osha300": {"itaUser": "ironvale-safety", "itaToken": "«okx:64-oshaita»"},  ⟦app-secret|OSHA ITA API token⟧
  "sentry": {"dsn": "«sentryold:safety»"}  ⟦sentry|legacy Sentry DSN with secret⟧
}
"""),
    ("subcontractors/prequal/highwire-sftp.txt", r"""
Highwire nightly prequal scores - SFTP drop
host: sftp.highwire.com
user: ironvale_civil
pass: «pwx:highwiresftp»  ⟦password|prequalification SFTP password in a text note⟧
path: /outbound/scores_YYYYMMDD.csv
"""),
    ("subcontractors/compliance/textura-settings.json", r"""
{
  "environment": "production",
  "textura": {"url": "https://usprod.texturacorp.com/api", "user": "ironvale.api", "password": "«pwc:textura»"},  ⟦password|Textura password in JSON (reused)⟧
  "trimble_pay": {"enabled": false, "api_key": ""}
}
"""),
    ("survey/tbc/license-server.txt", r"""
Trimble Business Center - network licence (Denver survey office)
License server: den-lic01.ironvale.local:27000
Entitlement ID: «up:4-tbcent1»-«up:4-tbcent2»-«up:4-tbcent3»-«up:4-tbcent4»  ⟪licence entitlement id⟫
Trimble ID admin: survey-admin@ironvale-civil.com / «pwn:trimbleid»  ⟦password|Trimble ID password in a licence note (the same as the CodeBuild variable)⟧
"""),
    ("cameras/oxblue/cameras.csv", r"""
camera_id,project,location,api_key
8812,DEN-2417,north laydown,«hex:24-oxbluekey»  ⟪OxBlue API key id (paired with the secret)⟫
8813,DEN-2417,east abutment,«hex:24-oxbluekey»
9004,YYC-5110,shop yard,«hex:24-oxbluekey»
"""),
    ("access/brivo/brivo-onair.env", r"""
BRIVO_CLIENT_ID=«uuid:brivoclient»
BRIVO_CLIENT_SECRET=«b62:32-brivocs»  ⟦app-secret|Brivo client secret in an env file⟧
BRIVO_API_KEY=«b62:32-brivoapikey»  ⟦app-secret|Brivo API key (reused)⟧
BRIVO_ADMIN_USER=badge-admin@ironvale-civil.com
BRIVO_ADMIN_PASSWORD=«pwc:brivoadmin»  ⟦password|Brivo admin password⟧
"""),
]
