"""fresh24 templates, the terminal's own systems (Brakwater Terminals): Navis N4 and its web services, EDIFACT
interchanges (BAPLIE, COPRAR, CODECO, IFTSTA, VERMAS), OpenAS2, a truck appointment system, gate OCR, RFID and
weighbridges, reefer monitoring, crane and straddle-carrier telematics, PLCs, OPC UA, Kepware and Ignition,
OT switches, a Guacamole jump host, historians, CCTV, AIS receivers, port community and customs systems,
CargoWise, DCSA subscriptions, warehouse handhelds, SAP RFC, bank host-to-host.
Markers: render.py and README.md."""

FILES = [
    ("edi/inbound/maersk/BAPLIE_MAEU_241105_0912.edi", r"""
UNA:+.? '
UNB+UNOA:2+MAEU:ZZZ+BKWRTM:ZZZ+261105:0912+48213+«edipw:unbmaersk»'  ⟦password|EDIFACT UNB recipient password in an inbound BAPLIE⟧
UNH+1+BAPLIE:D:95B:UN:SMDG22'
BGM++48213+9'
DTM+137:2611050912:301'
TDT+20+544W+1++MAEU:172:20+++9778791:146::MAERSK EMDEN'
LOC+5+DEBRV:139:6'
LOC+61+NLRTM:139:6'
LOC+147+0140682::5'
EQD+CN+MSKU7319085+45G1+++5'
NAD+CA+MAEU:172:20'
UNT+11+1'
UNZ+1+48213'
"""),
    ("edi/inbound/msc/COPRAR_MSCU_261106.edi", r"""
UNB+UNOA:2+MSCU:ZZZ+BKWRTM:ZZZ+261106:0604+770314+«edipw:unbmsc»'  ⟦password|UNB password in an inbound COPRAR⟧
UNH+1+COPRAR:D:00B:UN:SMDG21'
BGM+45+770314+9'
TDT+20+FA645A+1++MSC:172:20+++9839131:146::MSC TESSA'
RFF+VON:FA645A'
EQD+CN+MEDU4418820+45G1:102:5+2+2+5'
LOC+11+BRSSZ:139:6'
MEA+AAE+VGM+KGM:24180'
UNT+9+1'
UNZ+1+770314'
"""),
    ("edi/outbound/hlag/CODECO_BKWRTM_261106_1402.edi", r"""
UNB+UNOA:2+BKWRTM:ZZZ+HLCU:ZZZ+261106:1402+900117+«edipw:unbhlag»'  ⟦password|UNB password in an outbound CODECO⟧
UNH+900117+CODECO:D:95B:UN:ITG14'
BGM+34+900117+9'
NAD+MS+BKWRTM:160:ZZZ'
EQD+CN+HLXU6623101+42G1:102:5++2+5'
RFF+BN:RTM2611044'
DTM+7:202611061357:203'
TDT+1++3++++++TR-91-BKX::::NL'
UNT+9+900117'
UNZ+1+900117'
"""),
    ("edi/outbound/cosco/IFTSTA_BKWDUR_261106.edi", r"""
UNB+UNOA:2+BKWDUR:ZZZ+COSU:ZZZ+261106:2210+55190'  ⟪UNB with no password element⟫
UNH+1+IFTSTA:D:99B:UN'
BGM+23+55190+9'
EQD+CN+CSNU8810372+45G1'
STS+1+46'
LOC+175+ZADUR:139:6'
UNT+7+1'
UNZ+1+55190'
"""),
    ("edi/outbound/inttra/VERMAS_BKWRTM_261107.edi", r"""
UNB+UNOA:2+BKWRTM:ZZZ+INTTRA:ZZZ+261107:0815+3302+«edipw:unbinttra»:AA'  ⟦password|UNB password with its qualifier in a VERMAS (VGM)⟧
UNH+1+VERMAS:D:16A:UN:1.0'
BGM+749+3302+9'
EQD+CN+TGHU9911043+45G1'
MEA+AAE+VGM+KGM:26440'
DOC+SHP:VGM:306+VGM-RTM-3302'
NAD+SPC+++BKW RTM WEIGHBRIDGE'
UNT+8+1'
UNZ+1+3302'
"""),
    ("edi/partners/edi-partners.csv", r"""
partner,scac,direction,messages,transport,mailbox,unb_password
Maersk,MAEU,in/out,BAPLIE;COPRAR;CODECO,SFTP,maersk-edi,«edipw:unbmaersk»  ⟦password|UNB password in a partner sheet⟧
Hapag-Lloyd,HLCU,out,CODECO;IFTSTA,AS2,HLAG-AS2,«edipw:unbhlag»  ⟦password|UNB password in a partner sheet⟧
COSCO,COSU,out,IFTSTA,SFTP,cosco-edi,
INTTRA,INTTRA,out,VERMAS,SFTP,brakwater_rtm,«edipw:unbinttra»  ⟦password|UNB password in a partner sheet⟧
"""),
    ("edi/as2/openas2/config.xml", r"""
<openas2>
  <properties storageBaseDir="%home%/../data" />
  <certificates classname="org.openas2.cert.PKCS12CertificateFactory"
                filename="%home%/as2_certs.p12"
                password="«pwx:as2p12»"  ⟦password|OpenAS2 PKCS#12 keystore password⟧
                interval="300" />
  <partnerships classname="org.openas2.partner.XMLPartnershipFactory" filename="%home%/partnerships.xml" />
  <commandProcessors>
    <commandProcessor classname="org.openas2.cmd.processor.RestCommandProcessor"
                      baseuri="http://localhost:8443"
                      userid="as2admin"
                      password="«pwp:as2rest»" />  ⟦password|OpenAS2 REST command processor password⟧
  </commandProcessors>
</openas2>
"""),
    ("edi/as2/openas2/partnerships.xml", r"""
<partnerships>
  <partner name="BKWRTM" as2_id="BKWRTM" x509_alias="bkwrtm" email="edi@brakwater-port.com" />
  <partner name="HLAG" as2_id="HLAGEDI" x509_alias="hlag" email="edi@hlag.com" />
  <partnership name="BKWRTM-HLAG">
    <sender name="BKWRTM" />
    <receiver name="HLAG" />
    <attribute name="as2_url" value="https://as2.hlag.com:4080/as2" />
    <attribute name="encrypt" value="AES256" />
    <attribute name="sign" value="SHA256" />
  </partnership>
</partnerships>
"""),
    ("n4/soapui/n4-argoservice-soapui-project.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project name="N4 ArgoService RTM" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:interface xsi:type="con:WsdlInterface" name="ArgoServiceSoapBinding" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
    <con:operation name="genericInvoke">
      <con:call name="unit lookup">
        <con:endpoint>https://n4.rtm.bkw.local/apex/services/argoservice</con:endpoint>
        <con:credentials>
          <con:username>quayline-ws</con:username>
          <con:password>«pw6:n4argows»</con:password>  ⟦password|SoapUI project credential for N4⟧
          <con:authType>Preemptive</con:authType>
        </con:credentials>
      </con:call>
      <con:call name="unit lookup ACC">
        <con:endpoint>https://n4-acc.rtm.bkw.local/apex/services/argoservice</con:endpoint>
        <con:credentials>
          <con:username>smoke-ws</con:username>
          <con:password>«pw6:n4smoke»</con:password>  ⟦password|SoapUI credential for N4 ACC (same as the workflow)⟧
        </con:credentials>
      </con:call>
    </con:operation>
  </con:interface>
</con:soapui-project>
"""),
    ("n4/tomcat/conf/context.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Context>
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/N4" auth="Container" type="javax.sql.DataSource"
            driverClassName="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@//n4db.rtm.bkw.local:1521/N4PRD"
            username="N4_OWNER"
            password="«pw6:n4dbowner»"  ⟦password|Tomcat JNDI datasource password (same as Terraform)⟧
            maxTotal="200" />
</Context>
"""),
    ("n4/code-extensions/BkwVgmGateInterceptor.groovy", r"""
import com.navis.external.framework.entity.AbstractEntityLifecycleInterceptor
import groovy.json.JsonOutput

/** Pushes the weighbridge VGM to vgm-submit when a gate transaction is completed (RTM). */
class BkwVgmGateInterceptor extends AbstractEntityLifecycleInterceptor {
    private static final String VGM_URL = "https://vgm.brakwater-port.com/v1/vgm"
    private static final String VGM_TOKEN = "«hex:40-wbapi»"  ⟦app-secret|weighbridge API token in an N4 Groovy extension (same as SAM)⟧

    void onUpdate(Object entity, Map originalFieldChanges, Map moreFieldChanges) {
        def conn = new URL(VGM_URL).openConnection()
        conn.setRequestProperty("Authorization", "Bearer " + VGM_TOKEN)
        conn.doOutput = true
        conn.outputStream << JsonOutput.toJson([unit: entity.unitId, kg: entity.grossWeight])
    }
}
"""),
    ("n4/code-extensions/BkwPortbaseNotifier.groovy", r"""
import com.navis.argo.business.api.ArgoUtils

class BkwPortbaseNotifier {
    // credentials come from the N4 general reference table PORTBASE/API, not from code
    String apiKey() { return ArgoUtils.getGeneralReference("PORTBASE", "API", "KEY") }  ⟪reference lookup⟫
}
"""),
    ("n4/xps/xps-server.ini", r"""
[Server]
Name=XPS-RTM
Port=9500
[Database]
Provider=Oracle
DataSource=n4db.rtm.bkw.local:1521/N4PRD
User=XPS_APP
Password=«pw6:xpsdb»  ⟦password|XPS server database password in an .ini⟧
[License]
Server=xps-lic.rtm.bkw.local:27000
"""),
    ("gate/tas/haulier-api-keys.csv", r"""
haulier,scac,contact,api_key,created
Van Dam Transport,VDTR,planning@vandam-transport.nl,«b62:40-haulier1»,2026-02-11  ⟦app-secret|TAS API key issued to a haulier⟧
Durban Hauliers Co-op,DHCP,ops@dhcoop.co.za,«b62:40-haulier3»,2026-05-19  ⟦app-secret|TAS API key issued to a haulier⟧
Demo account,DEMO,gate-it@brakwater-port.com,<issued on request>,2026-01-01  ⟪placeholder⟫
"""),
    ("gate/ocr/camco-gos/GosServer.ini", r"""
[General]
Terminal=RTM
Lanes=8
[N4]
Url=https://n4.rtm.bkw.local/apex/services/argoservice
User=ocr-lane
Password=«pw6:ocrlane»  ⟦password|Camco GOS N4 password in an .ini (same as the C header)⟧
[Cameras]
User=svc-ocr
Password=«pwp:cctvlanes»  ⟦password|camera password in the OCR server .ini (same as the RTSP URLs)⟧
[Database]
ConnectionString=Server=gos-sql01;Database=GOS;User Id=gos;Password=«pwl:gossql»  ⟦conn-string|SQL connection string in an .ini⟧
"""),
    ("gate/ocr/lane-pc/lane03.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Camco\LaneClient]
"LaneId"="03"
"GosHost"="gos.rtm.bkw.local"
"GosPassword"="«pwp:camcogos»"  ⟦password|registry export password (same as ECS)⟧

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="lane03"
"DefaultPassword"="«pwp:lanepc»"  ⟦password|Winlogon DefaultPassword in a .reg export⟧
"""),
    ("gate/rfid/impinj-r700-rtm-gate.json", r"""
{
  "hostname": "rfid-rtm-gate-03",
  "firmware": "8.2.0",
  "interfaces": {"rest": true, "llrp": true},
  "users": [
    {"username": "root", "password": "«pw6:rfidreaders»"},  ⟦password|RFID reader root password in a config export (same as ECS)⟧
    {"username": "monitor", "password": "impinj"}  ⟪vendor default⟫
  ],
  "webhook": {"url": "https://gatehouse.rtm.bkw.local/rfid", "authorization": "Bearer «b62:32-rfidhook»"}  ⟦app-secret|bearer token in an RFID reader webhook⟧
}
"""),
    ("gate/weighbridge/wb-station.ini", r"""
; Weighbridge station PC - RTM lane 2 (Mettler Toledo IND780 on COM3)
[Indicator]
Port=COM3
Baud=9600
[Database]
Server=wb01.rtm.bkw.local
Database=WeighLog
User=wb_station
Password=«pwp:wbstation»  ⟦password|weighbridge station database password⟧
[VGM]
Signatory=BKW RTM Weighbridge
SignPin=«pin:4-vgmpin»  ⟦password|VGM signatory PIN⟧
[AWS]
AccessKeyId=«akid:wbstation»  ⟦aws-key-id|key id in a weighbridge station .ini⟧
SecretAccessKey=«awssec:wbstation»  ⟦aws-secret|secret in a weighbridge station .ini⟧
Bucket=bkw-weighbridge-tickets-614203897551
"""),
    ("gate/kiosk/kiosk.json", r"""
{
  "kioskId": "RTM-KSK-02",
  "adminPin": "«pin:6-kioskpin»",  ⟦password|gate kiosk admin PIN (same as CDK)⟧
  "printer": "ipp://gate-prn01.rtm.bkw.local/ipp/print",
  "idScanner": {"vendor": "Regula", "licenseKey": "«uhex:32-regula»"},  ⟦app-secret|ID scanner licence key⟧
  "dockhandApi": "https://api.brakwater-port.com/dockhand",
  "mapsKey": "«aiza:kioskmaps»"  ⟪Maps key⟫
}
"""),
    ("reefer/identec/ReeferRunner.Server.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="ReeferDb" connectionString="Data Source=reefer-sql.rtm.bkw.local;Initial Catalog=ReeferRunner;User ID=rr_app;Password=«pwn:reeferrunner»" />  ⟦conn-string|.NET connection string with a password⟧
  </connectionStrings>
  <appSettings>
    <add key="TosInterface" value="N4" />
    <add key="N4User" value="reefer-ws" />
    <add key="N4Password" value="«pw6:n4reefer»" />  ⟦password|appSettings N4 password⟧
    <add key="AlertSmtpPassword" value="" />  ⟪empty value⟫
  </appSettings>
</configuration>
"""),
    ("reefer/lynx/lynx-fleet.json", r"""
{
  "tenant": "brakwater-terminals",
  "auth": {
    "tokenUrl": "https://auth.lynx.carrier.com/oauth2/token",
    "clientId": "bkw-reefer-monitor",
    "clientSecret": "«b62:48-lynxclient»"  ⟦app-secret|Carrier Lynx OAuth client secret⟧
  },
  "poll": {"intervalSeconds": 300, "sites": ["RTM", "SIN"]}
}
"""),
    ("reefer/gateway/greengrass/config.yaml", r"""
system:
  certificateFilePath: /greengrass/v2/device.pem.crt
  privateKeyPath: /greengrass/v2/private.pem.key  ⟪key path⟫
  rootCaPath: /greengrass/v2/AmazonRootCA1.pem
  thingName: rtm-rgw-01
services:
  aws.greengrass.Nucleus:
    configuration:
      awsRegion: eu-west-1
      iotDataEndpoint: a3k7q1x9vz2m5e-ats.iot.eu-west-1.amazonaws.com
  com.brakwater.ReeferBridge:
    configuration:
      plcHost: 10.44.7.30
      modbusUnit: 1
      daikinKey: «b62:32-daikin»  ⟦app-secret|Daikin reefer API key in a Greengrass component config⟧
"""),
    ("reefer/gateway/greengrass/private.pem.key", r"""
«pem:trad:ecrgw01»  ⟦private-key|IoT device private key on a reefer gateway⟧
"""),
    ("reefer/gateway/greengrass/device.pem.crt", r"""
«cert:ecrgw01:rtm-rgw-01.iot.brakwater-port.com»  ⟪device certificate⟫
"""),
    ("reefer/pti/zebra-stagenow-reefer.xml", r"""
<wap-provisioningdoc>
  <characteristic type="Wi-Fi" version="10.4">
    <parm name="SSID" value="BKW-YARD-RTM" />
    <parm name="SecurityMode" value="1" />
    <parm name="WPAMode" value="3" />
    <parm name="PassphraseWPAClear" value="«wifipsk:yardrtm»" />  ⟦password|Wi-Fi passphrase in a Zebra StageNow profile⟧
  </characteristic>
  <characteristic type="AppMgr">
    <parm name="Action" value="Install" />
    <parm name="APK" value="/sdcard/ReeferPTI-2.4.1.apk" />
  </characteristic>
</wap-provisioningdoc>
"""),
    ("warehouse/soti/mobicontrol-api.json", r"""
{
  "server": "https://mdm.brakwater-port.com/MobiControl",
  "clientId": "«hex:32-sotiid»",  ⟪API client id⟫
  "clientSecret": "«b62:32-sotisecret»",  ⟦app-secret|SOTI MobiControl API client secret⟧
  "username": "api-warehouse",
  "password": "«pwc:sotiapi»"  ⟦password|SOTI API user password⟧
}
"""),
    ("warehouse/wms/wms-rtm.properties", r"""
# CFS warehouse (Maasvlakte) - Korber WMS interface to freightdesk
wms.db.url=jdbc:sqlserver://wms-sql.rtm.bkw.local:1433;databaseName=AAD
wms.db.user=wms_if
wms.db.password=«pwl:wmsdb»  ⟦password|WMS interface database password⟧
wms.freightdesk.token=«jwt:wms-rtm»  ⟦jwt|freightdesk bearer token in WMS properties⟧
wms.label.printer=zebra-cfs-03.rtm.bkw.local
"""),
    ("ot/plc/plc-inventory.csv", r"""
asset,site,vendor,model,ip,protection,web_user,web_password,notes
STS01,RTM,Siemens,S7-1518F,10.45.3.11,level3,plcadmin,«pw6:stsplcftp»,crane CMS  ⟦password|PLC web password in an OT asset register⟧
RTG07,SIN,ABB,AC500 PM5650,10.47.3.27,none,admin,«pw6:rtgabb»,spreader controller  ⟦password|PLC web password in an OT asset register⟧
SP-BERTH4,RTM,Schneider,M580,10.45.9.4,none,,,shore power - no web (Modbus only)
REEFRACK-A,DUR,Siemens,S7-1214C,10.46.7.10,level1,admin,admin,factory default - change on commissioning  ⟪vendor default⟫
"""),
    ("ot/plc/tia-openness/Set-Protection.ps1", r"""
# TIA Portal Openness: set the read/write protection password on the STS crane CPUs before FAT
Add-Type -Path "C:\Program Files\Siemens\Automation\Portal V18\PublicAPI\V18\Siemens.Engineering.dll"
$tia = [Siemens.Engineering.TiaPortal]::new([Siemens.Engineering.TiaPortalMode]::WithoutUserInterface)
$project = $tia.Projects.Open("D:\TIA\STS01_CMS\STS01_CMS.ap18")
$pw = ConvertTo-SecureString "«pwl:s7protect»" -AsPlainText -Force  ⟦password|S7 protection password in a TIA Openness script⟧
foreach ($dev in $project.Devices) { $dev.DeviceItems[1].GetService([Siemens.Engineering.HW.Features.PlcAccessLevelProvider]).SetPassword("FullAccess", $pw) }
"""),
    ("ot/kepware/project-rtm.json", r"""
{
  "project": {
    "servermain.PROJECT_TITLE": "BKW RTM cranes and reefer racks",
    "opcuaserver.ENDPOINTS": [{"url": "opc.tcp://kep-rtm01.ot.bkw.local:49320", "security": "Basic256Sha256"}],
    "admin.users": [
      {"common.ALLTYPES_NAME": "kepadmin", "admin.USER_PASSWORD": "«pw6:kepware»"},  ⟦password|Kepware user password in a project export (same as tfvars)⟧
      {"common.ALLTYPES_NAME": "historian", "admin.USER_PASSWORD": "«pwn:kephistorian»"}  ⟦password|Kepware user password in a project export⟧
    ],
    "channels": [{"common.ALLTYPES_NAME": "STS01", "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Siemens TCP/IP Ethernet"}]
  }
}
"""),
    ("ot/ignition/gateway-network.properties", r"""
# Ignition gateway (RTM OT) - remote gateway network and DB connection backup
gan.outgoing.host=ignition-central.ot.bkw.local
gan.outgoing.port=8060
db.historian.url=jdbc:postgresql://ot-pg01.ot.bkw.local:5432/historian
db.historian.user=ignition
db.historian.password=«pwr:ignitiondb»  ⟦password|Ignition historian database password⟧
gateway.admin.user=admin
gateway.admin.password=«pwl:ignitionadmin»  ⟦password|Ignition admin password (same as tfvars)⟧
"""),
    ("ot/opcua/ua-users.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<UaServerUsers>
  <User name="cranewatch" role="Observer" password="«pwl:opcuasts»" />  ⟦password|OPC UA server user password in XML (same as Go)⟧
  <User name="engineer" role="Engineer" passwordHash="«sha256:uaeng»" />  ⟪password hash⟫
</UaServerUsers>
"""),
    ("ot/network/ie3400-rtm-ot01.cfg", r"""
hostname ie3400-rtm-ot01
!
enable secret 9 $9$«b62:14-ciscosalt»$«b62:43-ciscohash»  ⟪type 9 hash⟫
username netops privilege 15 password 0 «pwc:ieswitch»  ⟦password|Cisco type 0 password⟧
username vendor-kalmar password 7 «cisco7:20-kalmar»  ⟦?password|Cisco type 7 password (reversible)⟧
!
snmp-server community «snmp:rtmro» RO 10  ⟦password|SNMP community (same as group_vars)⟧
snmp-server community public RO 99  ⟪vendor default⟫
snmp-server user ot-mon ot-v3 v3 auth sha «pwx:snmpv3auth» priv aes 128 «pwx:snmpv3priv»  ⟦password|SNMPv3 auth and priv passwords⟧
!
interface GigabitEthernet1/1
 description STS01 CMS uplink
"""),
    ("ot/network/moxa-nport-reefer.ini", r"""
[Basic]
ServerName=NPort-REEFRACK-B
Location=SIN reefer rack B
[Network]
IP=10.47.7.11
[Password]
Password=«pw6:moxa»  ⟦password|Moxa NPort console password in an exported .ini⟧
[SNMP]
ReadCommunity=«snmp:sinro»  ⟦password|SNMP community in a Moxa export⟧
WriteCommunity=private  ⟪vendor default⟫
"""),
    ("ot/guacamole/user-mapping.xml", r"""
<user-mapping>
  <authorize username="ot-engineer" password="«pwl:guacot»">  ⟦password|Guacamole user password⟧
    <connection name="ENG-WS01 (TIA Portal)">
      <protocol>rdp</protocol>
      <param name="hostname">10.44.9.31</param>
      <param name="username">BKW\eng-ot</param>
      <param name="password">«pwc:engws»</param>  ⟦password|RDP password in a Guacamole connection⟧
    </connection>
    <connection name="PI-RTM01">
      <protocol>ssh</protocol>
      <param name="hostname">10.44.9.21</param>
      <param name="username">piadmin</param>
      <param name="private-key">«openssh:edpirtm:piadmin@ot-jump01»</param>  ⟦private-key|OpenSSH key inline in a Guacamole mapping⟧
    </connection>
  </authorize>
  <authorize username="kalmar-remote" password="«md5:pwp:kalmarremote»" encoding="md5">  ⟪MD5 password hash⟫
    <connection name="SC-FLEET">
      <protocol>vnc</protocol>
      <param name="hostname">10.44.10.5</param>
      <param name="password">«pw6:vncfleet»</param>  ⟦password|VNC password in a Guacamole connection⟧
    </connection>
  </authorize>
</user-mapping>
"""),
    ("ot/historian/grafana.ini", r"""
[server]
domain = grafana-ot.bkw.local
[database]
type = postgres
host = ot-pg01.ot.bkw.local:5432
user = grafana
password = «pwn:grafanadb»  ⟦password|grafana.ini database password⟧
[security]
admin_user = admin
secret_key = «b62:32-grafanasecret»  ⟦app-secret|grafana.ini secret_key⟧
[auth.anonymous]
enabled = false
"""),
    ("ot/historian/pi-connector-relay.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="PIServer" value="pi-rtm01.ot.bkw.local" />
    <add key="PIUser" value="svc-piwebapi" />
    <add key="PIPassword" value="«pwl:piwebapi»" />  ⟦password|PI relay password in appSettings (same as group_vars)⟧
    <add key="DataArchiveBufferDir" value="D:\PIBuffer" />
  </appSettings>
</configuration>
"""),
    ("ot/telematics/kalmar-smartfleet.yaml", r"""
fleet: RTM straddle carriers (Kalmar ESC, 62 units)
api:
  base: https://insight.kalmarglobal.com/api/v2
  key: «b62:40-kalmar»  ⟦app-secret|Kalmar Insight API key (same as ECS)⟧
mqtt:
  broker: mqtts://telemetry.ot.bkw.local:8883
  user: straddle-gw
fuel_cards:
  provider: Shell Fleet
  account: «num:10-fuelacct»  ⟪account number⟫
"""),
    ("ot/cctv/camera-register.csv", r"""
camera,site,location,model,ip,user,password,recorder
CAM-G01,RTM,gate lane 1,AXIS Q1656-LE,10.41.8.21,svc-kvs,«pwp:cctvlanes»,REC-RTM-01  ⟦password|camera password in a CCTV register (same as RTSP)⟧
CAM-Q14,DUR,quay berth 203,Hikvision DS-2DF8C442IXS,10.46.8.14,admin,«pwp:cctvdur»,REC-DUR-02  ⟦password|camera password in a CCTV register⟧
CAM-R03,SIN,reefer stack C,Hanwha XNO-8082R,10.47.8.3,admin,(see vault: cctv/sin),REC-SIN-01  ⟪pointer to a vault⟫
"""),
    ("ot/cctv/milestone-recording-server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<RecordingServer>
  <ManagementServer address="https://ms-rtm01.bkw.local" />
  <ServiceAccount user="BKW\svc-milestone" password="«pwc:milestonesvc»" />  ⟦password|Milestone service account password in XML⟧
  <Storage path="E:\MediaDatabase" retentionDays="30" />
</RecordingServer>
"""),
    ("ot/ais/slr350n-rtm.conf", r"""
# Comar SLR350N AIS receiver (RTM pilot tower) - exported 2026-09-02
network.ip=10.44.1.15
network.gateway=10.44.1.1
output.udp.1=10.44.1.40:10110
output.udp.2=5.9.207.224:6211
admin.user=admin
admin.password=«pw6:aisreceiver»  ⟦password|AIS receiver admin password⟧
"""),
    ("ot/ais/aisdispatcher.json", r"""
{
  "source": {"udp": 10110},
  "destinations": [
    {"name": "aishub", "host": "data.aishub.net", "port": 4711},
    {"name": "marinetraffic", "host": "5.9.207.224", "port": 6211},
    {"name": "lookout", "host": "10.44.1.40", "port": 10110}
  ],
  "station_id": "AH_BRAKWATER_4711"  ⟪station id⟫
}
"""),
    ("pcs/portbase/portbase-client.properties", r"""
# Portbase hinterland and port call client (RTM)
portbase.url=https://api.portbase.com
portbase.client.cert=/etc/portbase/bkw-rtm.p12
portbase.client.cert.password=«pwx:portbasep12»  ⟦password|Portbase client certificate password⟧
portbase.user=BKWRTM_SYS
"""),
    ("pcs/portbase/bkw-rtm.key", r"""
«pem:pkcs1:rsaportbase»  ⟦private-key|Portbase client certificate key⟧
"""),
    ("pcs/portbase/bkw-rtm.crt", r"""
«cert:rsaportbase:bkw-rtm.portbase.brakwater-port.com»  ⟪certificate⟫
"""),
    ("pcs/singapore/portnet-client.xml", r"""
<PortnetClient>
  <Endpoint>https://api.portnet.com/v2</Endpoint>
  <CompanyCode>BKWSIN</CompanyCode>
  <UserId>BKWSIN_API</UserId>
  <Password>«pwp:portnet»</Password>  ⟦password|PORTNET password in XML (same as Terragrunt)⟧
  <ApiKey>«uuid:portnetapikey»</ApiKey>  ⟦app-secret|PORTNET API key in XML⟧
</PortnetClient>
"""),
    ("pcs/brazil/siscomex-certificado.txt", r"""
Certificado e-CNPJ A1 - Brakwater Terminais Santos Ltda.
Arquivo: ecnpj-a1.pfx (no S3 bkw-customs-certs-287619045332/ssz/)
Validade: 2026-03-14 a 2027-03-14
Senha do certificado: «pwp:ecnpja1»  ⟦password|certificate password in a Portuguese note⟧
Responsavel: Fernanda Lima (despachante)
"""),
    ("forwarding/cargowise/eadaptor.postman_collection.json", r"""
{
  "info": {"name": "CW1 eAdaptor", "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"},
  "auth": {
    "type": "basic",
    "basic": [
      {"key": "username", "value": "BKW_EADAPTOR", "type": "string"},
      {"key": "password", "value": "«pwx:cw1eadaptor»", "type": "string"}  ⟦password|Postman collection basic-auth password⟧
    ]
  },
  "item": [
    {"name": "UniversalShipment query", "request": {"method": "POST", "url": "https://bkwtrn.wisegrid.net/eAdaptor"}}
  ]
}
"""),
    ("forwarding/dcsa/tnt-subscriptions.json", r"""
[
  {
    "subscriptionID": "«uuid:dcsasub1»",  ⟪subscription id⟫
    "callbackUrl": "https://api.brakwater-port.com/dcsa/events",
    "carrierBookingReference": "ONEYRTMA71820300",
    "secret": "«b64k:32-dcsasecret1»"  ⟦app-secret|DCSA event subscription signing secret⟧
  },
  {
    "subscriptionID": "«uuid:dcsasub2»",
    "callbackUrl": "https://api.brakwater-port.com/dcsa/events",
    "equipmentReference": "HLXU6623101",
    "secret": "«b64k:32-dcsasecret2»"  ⟦app-secret|DCSA event subscription signing secret⟧
  }
]
"""),
    ("forwarding/nvocc/partner-api-keys.yaml", r"""
# NVOCC partners calling freightdesk (booking requests, arrival notices)
partners:
  - name: Seabridge Logistics
    key_id: sbl-prod
    key: «b62:48-nvocc1»  ⟦app-secret|partner API key in YAML⟧
  - name: Cape Forwarding
    key_id: cfw-prod
    key: «b62:48-nvocc2»  ⟦app-secret|partner API key in YAML⟧
  - name: Demo NVOCC
    key_id: demo
    key: REPLACE_ME  ⟪placeholder⟫
"""),
    ("finance/sap/sapnwrfc.ini", r"""
DEST=BKW_PRD
ASHOST=sap-prd.bkw.local
SYSNR=00
CLIENT=100
USER=RFC_N4BILL
PASSWD=«pwx:saprfc»  ⟦password|SAP RFC PASSWD in sapnwrfc.ini⟧
LANG=EN
"""),
    ("finance/bank/h2h-rabobank.conf", r"""
# host-to-host payments (SEPA pain.001) - Rabobank, via SFTP with key auth
host = h2h.rabobank.nl
port = 22
user = BKW00417
identity = /opt/payrun/keys/rabo_h2h_ed25519
passphrase =  ⟪empty value⟫
"""),
    ("finance/bank/rabo_h2h_ed25519", r"""
«openssh:edrabo:payrun@bkw-fin01»  ⟦private-key|bank host-to-host SFTP key⟧
"""),
    ("finance/bank/rabo_h2h_ed25519.pub", r"""
«sshpub:edrabo:payrun@bkw-fin01»  ⟪SSH public key⟫
"""),
    ("finance/payroll/dur/sage-vip.udl", r"""
[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=«pwn:sagevip»;Persist Security Info=True;User ID=vip_reader;Initial Catalog=VIPPayroll;Data Source=dur-sql01  ⟦conn-string|OLE DB .udl connection string⟧
"""),
    ("finance/payroll/nl/loonstroken-readme.md", r"""
# Loonstroken (AFAS) - export naar het HR-portaal

De connector `Brakwater_Loonstroken` draait elke maand op de 25e. Het token staat in Secrets Manager
(`payrun/afas-token`); vraag het niet per mail op.  ⟪pointer to a vault⟫

Tijdelijk (tot de migratie): gebruiker `payrun-svc`, wachtwoord `«pwn:afaspayrun»`.  ⟦password|Dutch runbook password (wachtwoord) in backticks⟧
"""),
    ("finance/payroll/sg/talenox.md", r"""
Talenox (Singapore payroll) API

- token: stored in Pulumi config (`sin-edge:talenoxToken`)  ⟪pointer to config⟫
- IRAS AIS submission user: BKW-SIN-HR, 密码: «pwn:iras»  ⟦password|password after a Chinese label⟧
"""),
]
