"""fresh20 templates, the plants themselves (Ardent Forge Industries): PLCs and HMIs (Rockwell, Siemens), OPC UA
(Kepware, application-instance keys), Node-RED and Sparkplug edge nodes, SCADA and historians (Ignition, AVEVA
Historian, Canary, PI), CNC (DNC, MTConnect, Haas, FANUC), robot cells (FANUC, ABB, Universal Robots), vision
(Cognex, Keyence), label printing (Zebra, BarTender), warehouse and yard (WMS, StageNow, SOTI, gate kiosks, LPR
cameras), AS2 with Mendelson, PLM and licence servers (FlexLM, Teamcenter, Windchill), OT jump hosts and remote
access (mRemoteNG, PuTTY, Secomea, unattend.xml, RDP, Winlogon), OT network gear (Moxa, Cisco IE, FortiGate) and
OT security monitoring.
Markers: render.py and README.md."""

FILES = [
    ("plants/day1/plc/press4/Press4_Main.L5X", r"""
<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="Press4_Main" TargetType="Controller" ContainsContext="false" ExportDate="Thu Nov 12 09:41:22 2026" ExportOptions="NoRawData L5KData DecoratedData ForceProtectedEncoding AllProjDocTrans">
<Controller Use="Target" Name="Press4_Main" ProcessorType="1756-L83E" MajorRev="33" MinorRev="11" ProjectSN="16#«uhex:8-projsn»">  ⟪project serial⟫
<Programs>
<Program Name="Tonnage" Class="Standard">
<Routines>
<Routine Name="Curve_Monitor" Type="RLL">
<EncodedData EncodedType="Routine" Name="Curve_Monitor" Type="RLL" EncryptionConfig="8" SignatureID="16#«uhex:8-sigid»">  ⟪source-protection signature id⟫
«b64k:96-l5xenc»  ⟪source-protected routine ciphertext⟫
</EncodedData>
</Routine>
</Routines>
</Program>
</Programs>
</Controller>
</RSLogix5000Content>
"""),
    ("plants/brn/plc/tia-portal/protection-levels.txt", r"""
BRN line 2 - S7-1500 CPUs, protection levels (engineering PC BRN-ENG03, do not copy)
CPU 1516-3 PN/DP  LINE2-PRESS   access level: no access (complete protection)
  full access password:      «ftpw:s7brnfull»  ⟦password|S7-1500 full-access password in a text note⟧
  read access password:      «pw6:s7brnread»  ⟦password|S7-1500 read-access password in a text note⟧
CPU 1511C         LINE2-WASH    access level: full access (no protection)
know-how protection on FB 210 (servo tuning): «pwl:s7knowhow»  ⟦password|know-how protection password⟧
"""),
    ("plants/slt/hmi/panelview/FTViewME-users.csv", r"""
User,Group,Password,Logout Timeout,Language
OPERATOR,Operators,«pin:4-hmiop»,10,es-MX  ⟦password|HMI operator password in a user export⟧
MAINT,Maintenance,«pw6:hmimaint»,30,es-MX  ⟦password|HMI maintenance password in a user export⟧
ENGINEER,Engineering,«pwc:hmieng»,60,en-US  ⟦password|HMI engineer password in a user export⟧
DEFAULT,Operators,,0,es-MX
"""),
    ("plants/day1/opcua/kepware/project-export.json", r"""
{
  "project": {
    "common.ALLTYPES_DESCRIPTION": "DAY1 press shop and machining",
    "servermain.PROJECT_TITLE": "DAY1-KEP01",
    "channels": [
      {"common.ALLTYPES_NAME": "Press4", "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Allen-Bradley ControlLogix Ethernet"},
      {"common.ALLTYPES_NAME": "Machining", "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Fanuc Focas Ethernet"}
    ],
    "_iot_gateway": {
      "mqtt_clients": [
        {
          "common.ALLTYPES_NAME": "plant-broker",
          "iot_gateway.MQTT_CLIENT_URL": "ssl://mqtt.day1.af.corp:8883",
          "iot_gateway.MQTT_CLIENT_USERNAME": "kepware-day1",
          "iot_gateway.MQTT_CLIENT_PASSWORD": "«pwr:kepmqttday1»"  ⟦password|Kepware IoT Gateway MQTT password in a project export⟧
        }
      ]
    },
    "_datalogger": {
      "log_groups": [
        {"common.ALLTYPES_NAME": "press-tonnage", "datalogger.LOG_GROUP_DSN": "MES_Tonnage",
         "datalogger.LOG_GROUP_DSN_USERNAME": "kep_logger", "datalogger.LOG_GROUP_DSN_PASSWORD": "«pwn:keplogger»"}  ⟦password|Kepware DataLogger DSN password⟧
      ]
    }
  }
}
"""),
    ("plants/day1/opcua/pki/own/private/anvil-bridge [3F9AC0E1D27B4A5E88C1F0D9A6B2E7C4135D8F20].pem", r"""
«pem:pkcs1:rsaopcua»  ⟦private-key|OPC UA application-instance private key⟧
"""),
    ("plants/day1/opcua/pki/own/certs/anvil-bridge [3F9AC0E1D27B4A5E88C1F0D9A6B2E7C4135D8F20].pem", r"""
«cert:rsaopcua:day1-mes01.ot.af.corp»  ⟪application-instance certificate⟫
"""),
    ("plants/slt/node-red/flows_cred.json", r"""
{
    "«hex:16-nrnode1»": {
        "user": "nodered",
        "password": "«pwp:mqttnodered»"  ⟦password|Node-RED unencrypted credentials file⟧
    },
    "«hex:16-nrnode2»": {
        "user": "mes_reader",
        "password": "«pwn:nrmssql»"  ⟦password|Node-RED unencrypted credentials file⟧
    },
    "«hex:16-nrnode3»": {
        "token": "«b62:43-ignitionnr»"  ⟦app-secret|Ignition API token in Node-RED credentials⟧
    }
}
"""),
    ("plants/slt/node-red/settings.js", r"""
module.exports = {
    uiPort: process.env.PORT || 1880,
    credentialSecret: false,  ⟪credential encryption disabled, no value⟫
    adminAuth: {
        type: "credentials",
        users: [{
            username: "ot-eng",
            password: "«bcrypt:nrslt»",  ⟪bcrypt hash⟫
            permissions: "*"
        }]
    },
    flowFile: "flows.json"
};
"""),
    ("plants/pnq/mqtt/sparkplug-edge.properties", r"""
# Sparkplug B edge node, PNQ line 1 (Cirrus Link MQTT Transmission settings, exported)
group.id=PNQ
edge.node.id=LINE1-GW
primary.host.id=IgnitionSCADA
server.1.url=ssl://mqtt.pnq.af.corp:8883
server.1.username=pnq-line1
server.1.password=«pwp:sparkplugpnq»  ⟦password|MQTT server password in Sparkplug edge properties⟧
server.2.url=ssl://mqtt.ardentforge.com:8883
server.2.username=pnq-line1
server.2.password=
"""),
    ("plants/day1/scada/ignition/config/resources/core/ignition/database-connection/MES/config.json", r"""
{
  "driver": "MSSQL JDBC Driver",
  "connectURL": "jdbc:sqlserver://mes-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com:1433;databaseName=OpcenterEXDI",
  "username": "ignition_mes",
  "password": {
    "type": "Embedded",
    "data": {"protected": "«urlsafe:24-ignprot»", "encrypted_key": "", "iv": "«urlsafe:12-igniv»", "ciphertext": "«urlsafe:32-igncipher»", "tag": "«urlsafe:16-igntag»"}  ⟪Ignition embedded encrypted secret⟫
  },
  "validationQuery": "SELECT 1"
}
"""),
    ("plants/day1/scada/ignition/config/resources/core/ignition/opc-connection/KEPWARE/config.json", r"""
{
  "endpoint": "opc.tcp://day1-kep01.ot.af.corp:49320",
  "securityPolicy": "Basic256Sha256",
  "securityMode": "SignAndEncrypt",
  "username": "ignition",
  "password": {
    "type": "Referenced",
    "data": {"providerName": "aws-secrets", "secretName": "ignition/day1/kepware-opcua"}  ⟪Ignition referenced secret⟫
  }
}
"""),
    ("plants/day1/historian/aveva/purge-and-backup.cmd", r"""
@echo off
rem AVEVA Historian (DAY1-HIST01) - weekly backup of Runtime and purge of the staging DB
sqlcmd -S DAY1-HIST01 -U aaAdmin -P «pwc:aaadmin» -Q "BACKUP DATABASE Runtime TO DISK='E:\Backup\Runtime.bak' WITH INIT"  ⟦password|sqlcmd -P password in a batch file⟧
sqlcmd -S DAY1-HIST01 -U aaUser -P pwUser -d Runtime -Q "EXEC dbo.aaPurgeStaging"  ⟪vendor default⟫
robocopy E:\Backup \\DAY1-FS01\backup$\historian Runtime.bak /R:2 /W:30
"""),
    ("plants/day1/historian/canary/SenderService.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ReceiverHost" value="canary.ot.af.corp" />
    <add key="ReceiverPort" value="55253" />
    <add key="ApiToken" value="«uuid:canarysender»" />  ⟦app-secret|Canary sender API token in a service config⟧
    <add key="BufferPath" value="D:\Canary\Buffer" />
  </appSettings>
</configuration>
"""),
    ("plants/day1/cnc/cimco/DNCMax.ini", r"""
[General]
Server=DAY1-DNC01
ProgramRoot=\\DAY1-FS01\cnc$\programs

[Machine.DMU65-01]
Protocol=FTP
Host=10.20.12.21
User=dnc
Password=«ftpw:dncdmu»  ⟦password|DNC FTP password for a machining centre⟧

[Machine.HAAS-VF4-03]
Protocol=NetShare
Share=\\10.20.12.33\Programs
User=HAAS
Password=«pw6:haasshare»  ⟦password|DNC share password for a Haas control⟧

[Machine.MAZAK-QTN-02]
Protocol=RS232
Port=COM4
Baud=9600
"""),
    ("plants/day1/cnc/mtconnect/agent.cfg", r"""
Devices = devices.xml
ServiceName = MTConnectAgent-DAY1
Port = 5000
BufferSize = 17
AllowPut = false
Adapters {
  DMU65-01 { Host = 10.20.12.21
             Port = 7878 }
  HAAS-VF4-03 { Host = 10.20.12.33
                Port = 7878 }
}
"""),
    ("plants/slt/cnc/haas/settings-export-VF2-07.txt", r"""
HAAS NGC SETTINGS EXPORT  100.22.000.1040  S/N 1«num:6-haassn»
SETTING 900  CNC NETWORK NAME          : SLT-VF2-07
SETTING 901  OBTAIN ADDRESS AUTO       : OFF
SETTING 902  IP ADDRESS                : 10.30.12.47
SETTING 907  REMOTE SHARE PATH         : \\SLT-FS01\cnc\VF2-07
SETTING 908  REMOTE SHARE USER NAME    : SLT\svc-haas
SETTING 909  REMOTE SHARE PASSWORD     : «pw6:haasslt»  ⟦password|Haas remote-share password in a settings export⟧
SETTING 1211 HAAS CONNECT              : ON
"""),
    ("plants/brn/cnc/fanuc_program_pull.py", r"""
# pulls O-programs from the FANUC 31i controls over their built-in FTP server (Data Server option)
from ftplib import FTP

CONTROLS = {"BRN-NLX-04": "10.40.12.14", "BRN-NLX-05": "10.40.12.15"}
FTP_USER = "FANUC"
FTP_PASS = "«pw6:fanucftp»"  ⟦password|FANUC Data Server FTP password in Python⟧


def pull(name: str, ip: str) -> None:
    with FTP(ip) as ftp:
        ftp.login(FTP_USER, FTP_PASS)
        ftp.cwd("//MEMCARD/")
        for prog in ftp.nlst():
            with open(f"programs/{name}/{prog}", "wb") as fh:
                ftp.retrbinary(f"RETR {prog}", fh.write)
"""),
    ("plants/day1/robots/fanuc/Backup-RobotControllers.ps1", r"""
# nightly all-of-above backups of the FANUC R-30iB controllers (weld and palletising cells)
$robots = @{ 'DAY1-R01' = '10.20.14.11'; 'DAY1-R02' = '10.20.14.12'; 'DAY1-PAL1' = '10.20.14.21' }
foreach ($r in $robots.GetEnumerator()) {
    $user = 'anonymous'; $pass = ''  ⟪anonymous FTP⟫
    if ($r.Key -eq 'DAY1-PAL1') { $user = 'backup'; $pass = '«pw6:fanucpal»' }  ⟦password|robot controller FTP password in PowerShell⟧
    & C:\Tools\WinSCP\WinSCP.com /command "open ftp://$($user):$($pass)@$($r.Value)/" "get md:/*.* D:\RobotBackups\$($r.Key)\" "exit"
}
"""),
    ("plants/slt/robots/abb/rws_poll.py", r"""
import requests
from requests.auth import HTTPDigestAuth

# RobotWare 6 controllers use digest auth; the factory user is documented by ABB
FACTORY = HTTPDigestAuth("Default User", "robotics")  ⟪vendor default⟫
CELL = HTTPDigestAuth("af-mes", "«pwl:abbrws»")  ⟦password|ABB Robot Web Services password in Python⟧


def rapid_state(ip: str) -> str:
    r = requests.get(f"http://{ip}/rw/rapid/execution?json=1", auth=CELL, timeout=5)
    r.raise_for_status()
    return r.json()["_embedded"]["_state"][0]["ctrlexecstate"]
"""),
    ("plants/brn/robots/ur/cell-handover.txt", r"""
UR10e palletiser, BRN line 3 - handover from integrator (Robotika Morava s.r.o.), 2026-10-02
PolyScope admin password changed from the factory default (easybot) to: «pwc:urbrn»  ⟦password|robot admin password in a handover note⟧
Safety configuration password: «pin:6-ursafety»  ⟦password|robot safety configuration password⟧
Dashboard server port 29999 is enabled and reachable from the line PC only.
"""),
    ("plants/brn/vision/Upload-Rejects.ps1", r"""
# copies Cognex In-Sight reject images from the vision PC to S3 (runs every 10 minutes)
Import-Module AWS.Tools.S3
Set-AWSCredential -AccessKey «akid:visionpc» -SecretKey «awssec:visionpc» -StoreAs vision  ⟦aws-key-id|key pair on a Set-AWSCredential line⟧
Get-ChildItem D:\InSight\Rejects -Filter *.bmp | Where-Object LastWriteTime -gt (Get-Date).AddMinutes(-15) | ForEach-Object {
    Write-S3Object -ProfileName vision -BucketName af-quench-rejects-730164928357 -Key "brn/$($_.Name)" -File $_.FullName
}
"""),
    ("plants/day1/vision/keyence/CV-X-output.ini", r"""
[FTPOutput]
Enable=1
Server=10.20.15.5
Port=21
User=cvx
Password=«pw6:keyenceftp»  ⟦password|Keyence vision FTP output password⟧
Folder=/images/line4
[PLCLink]
Type=EtherNet/IP
"""),
    ("plants/slt/vision/insight-devices.csv", r"""
device,ip,user,password,job
SLT-IS7-01,10.30.15.11,admin,,bracket_presence.job  ⟪empty vendor default password⟫
SLT-IS7-02,10.30.15.12,admin,,weld_nut_check.job
SLT-IS2-03,10.30.15.13,admin,«pw6:insightslt»,label_verify.job  ⟦password|vision sensor password in a device list⟧
"""),
    ("plants/day1/labels/zebra/ZT411-01-allconfig.txt", r"""
  "device.friendly_name" : "DAY1-ZT411-01"
  "ip.addr" : "10.20.16.31"
  "wlan.essid" : "AF-SCAN"
  "wlan.wpa.psk" : "********"  ⟪masked value⟫
  "ip.snmp.get_community_name" : "public"  ⟪SNMP default community⟫
  "ip.snmp.set_community_name" : "«lo:12-zebrasnmp»"  ⟦password|SNMP set community in a printer config dump⟧
  "device.frontpanel.passcode" : "«pin:4-zebrakp»"  ⟦password|printer front-panel passcode⟧
"""),
    ("plants/day1/labels/bartender/ShippingLabels.btin", r"""
<?xml version="1.0" encoding="utf-8"?>
<Integration Name="ShippingLabels" Version="2022">
  <FileTrigger Folder="\\DAY1-FS01\labels$\drop" Filter="*.csv" />
  <Actions>
    <PrintDocument Document="D:\Labels\AIAG-B10.btw" Printer="DAY1-ZT411-01" />
    <SendEmail Server="smtp.office365.com" Port="587" UserName="labels@ardentforge.com" Password="«pwp:btmail»" To="shipping-day1@ardentforge.com" />  ⟦password|e-mail action password in a BarTender integration⟧
  </Actions>
</Integration>
"""),
    ("plants/day1-dc/wms/AdvantageWMS.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="WMS" connectionString="Server=wms-prd.c2k8zq1vx7ap.us-east-2.rds.amazonaws.com;Database=AAD;User ID=wmsapp;Password=«pwl:wmsdb»" />  ⟦conn-string|WMS connection string with a password⟧
    <add name="Archive" connectionString="Server=DAY1-SQL02;Database=AAD_ARCHIVE;Trusted_Connection=True" />  ⟪trusted connection⟫
  </connectionStrings>
  <appSettings>
    <add key="SapIdocEndpoint" value="https://crucible.af.corp/idoc/in" />
    <add key="SapIdocPassword" value="«pwc:wmsidoc»" />  ⟦password|IDoc endpoint password in WMS appSettings⟧
  </appSettings>
</configuration>
"""),
    ("plants/day1-dc/scanners/StageNow-AF-SCAN.xml", r"""
<wap-provisioningdoc>
  <characteristic type="Wi-Fi" version="9.3">
    <parm name="WiFiAction" value="enable" />
    <characteristic type="Profiles">
      <parm name="ProfileAction" value="Add" />
      <parm name="SSID" value="AF-SCAN" />
      <parm name="SecurityMode" value="1" />
      <parm name="WPAMode" value="3" />
      <parm name="PassphraseWPAClear" value="«sgpsk:dcscan»" />  ⟦password|WLAN passphrase in a StageNow profile⟧
    </characteristic>
  </characteristic>
</wap-provisioningdoc>
"""),
    ("plants/day1-dc/scanners/Get-MobiControlDevices.ps1", r"""
# SOTI MobiControl API - list the TC52/MC93 scanners that have not checked in for 24 h
$base = 'https://mc.ardentforge.com/MobiControl/api'
$client = '«hex:32-sotiid»'  ⟪API client id⟫
$secret = '«b62:32-sotisecret»'  ⟦app-secret|SOTI MobiControl API client secret in PowerShell⟧
$pair = "$client`:$secret"
$tok = Invoke-RestMethod -Method Post "$base/token" -Headers @{Authorization = 'Basic ' + [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))} -Body "grant_type=password&username=api-admin&password=«pwc:sotiadmin»"  ⟦password|password in a token request body⟧
Invoke-RestMethod "$base/devices?filter=LastCheckInTime lt now-1d" -Headers @{Authorization = "Bearer $($tok.access_token)"}
"""),
    ("plants/day1-dc/yard/gate-kiosk.ini", r"""
[Kiosk]
Gate=North
Printer=GATE-N-TM-T88
[Yardmaster]
Url=https://yard.ardentforge.com/api/gate
User=gate-north
Password=«pwp:gatekiosk»  ⟦password|gate kiosk password in an ini⟧
[Scale]
Port=COM3
"""),
    ("plants/day1-dc/yard/lpr-cameras.csv", r"""
name,ip,model,user,password
GATE-N-IN,10.21.20.11,Axis P1465-LE-3,root,«pw6:lprcam»  ⟦password|LPR camera password in a CSV⟧
GATE-N-OUT,10.21.20.12,Axis P1465-LE-3,root,«pw6:lprcam»  ⟦password|LPR camera password in a CSV⟧
GATE-S-IN,10.21.20.13,Axis P1465-LE-3,root,pass  ⟪vendor default⟫
"""),
    ("plants/slt/edi/mendelson/partner-CASTECHMX.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<partner>
  <name>CASTECHMX</name>
  <as2ident>CASTECHMX</as2ident>
  <url>https://as2.castech.mx:4080/as2/HttpReceiver</url>
  <signalias>castechmx</signalias>
  <cryptalias>castechmx</cryptalias>
  <httpauth enabled="true">
    <user>ardentforge</user>
    <pass>«pwx:mendelsonhttp»</pass>  ⟦password|AS2 HTTP authentication password in a Mendelson partner export⟧
  </httpauth>
  <contentTransferEncoding>binary</contentTransferEncoding>
</partner>
"""),
    ("plm/flexlm/af-lic01.lic", r"""
SERVER af-lic01 «hex:12-hostid» 28000  ⟪FlexLM host id⟫
VENDOR ugslmd PORT=28001
FEATURE NX_DESIGN ugslmd 2026.0 31-dec-2026 25 SUPERSEDE DUP_GROUP=UHD ISSUED=01-Jan-2026 \
	SIGN="«uhex:60-flexsign1»"  ⟪FlexLM feature signature⟫
FEATURE NX_CAM_MILL5X ugslmd 2026.0 31-dec-2026 8 SUPERSEDE ISSUED=01-Jan-2026 \
	SIGN="«uhex:60-flexsign2»"
"""),
    ("plm/teamcenter/security/infodba.pwf", r"""
«pwc:infodba»  ⟦password|Teamcenter plain-text password file⟧
"""),
    ("plm/teamcenter/security/dcproxy.pwf", r"""
«b64k:32-tcencpwf»  ⟪encryptpwf output⟫
"""),
    ("plm/teamcenter/scripts/nightly_sap_sync.bat", r"""
@echo off
call D:\Siemens\Teamcenter14\tc_menu\tc_profilevars.bat
%TC_BIN%\plmxml_import -u=infodba -p=«pwc:infodba» -g=dba -xml_file=\\AF-PLM01\exchange\sap\matmas.xml -import_mode=overwrite  ⟦password|Teamcenter utility -p= password in a batch file⟧
%TC_BIN%\plmxml_export -u=infodba -pf=D:\Siemens\security\dcproxy.pwf -g=dba -class=Item -xml_file=\\AF-PLM01\exchange\sap\released.xml  ⟪password file reference⟫
"""),
    ("plm/windchill/codebase/wt.properties.xconf.fragment", r"""
<Property name="wt.pom.dbUser" overridable="true" targetFile="db/db.properties" value="wcadmin"/>
<Property name="wt.pom.dbPassword" overridable="true" targetFile="db/db.properties" value="«pwc:wcdb»"/>  ⟦password|Windchill database password in an xconf⟧
<Property name="wt.pom.jdbc.host" overridable="true" targetFile="db/db.properties" value="wc-db01.plm.af.corp"/>
<Property name="wt.admin.defaultAdministratorName" overridable="true" targetFile="codebase/wt.properties" value="wcadmin"/>
"""),
    ("plm/nx/ugii_env.dat", r"""
UGII_BASE_DIR=D:\Siemens\NX2406
SPLM_LICENSE_SERVER=28000@af-lic01.af.corp  ⟪licence server address⟫
UGII_CAM_POST_DIR=\\AF-PLM01\nx\postprocessors\
UGII_TMP_DIR=C:\Temp\nx
"""),
    ("ot/jump/mRemoteNG/confCons.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="«frob:mrngprot»" ConfVersion="2.6">  ⟪mRemoteNG protected marker⟫
  <Node Name="DAY1" Type="Container">
    <Node Name="DAY1-HMI-ENG01" Type="Connection" Protocol="RDP" Hostname="10.20.3.21" Username="otadmin" Domain="AF-OT" Password="«frob:mrng1»" />  ⟦?password|mRemoteNG password encrypted under the default master password⟧
    <Node Name="DAY1-KEP01" Type="Connection" Protocol="RDP" Hostname="10.20.8.15" Username="otadmin" Domain="AF-OT" Password="«frob:mrng2»" />  ⟦?password|mRemoteNG password encrypted under the default master password⟧
  </Node>
</mrng:Connections>
"""),
    ("ot/jump/putty-sessions.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\slt-moxa-nport-01]
"HostName"="10.30.2.41"
"Protocol"="telnet"
"PortNumber"=dword:00000017
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.slt.af.corp"
"ProxyUsername"="SLT\\svc-otjump"
"ProxyPassword"="«pwn:puttyproxy»"  ⟦password|PuTTY session proxy password in a registry export⟧

[HKEY_CURRENT_USER\Software\SimonTatham\SshHostKeys]
"ssh-ed25519@22:10.30.2.10"="0x«hex:64-puttyhk1»,0x«hex:64-puttyhk2»"  ⟪cached host key⟫
"""),
    ("ot/jump/secomea/gatemanager-accounts.txt", r"""
Secomea GateManager - OEM machine-builder access (kept on OT-JUMP-DAY1 desktop)
GateManager: gm.ardentforge.com   domain: AF.OT
LinkManager Mobile user for Schuler press service: schuler-svc / «pwl:secomeaschuler»  ⟦password|remote-access account password in a text note⟧
LinkManager user for Trumpf laser cell:            trumpf-svc / «pwl:secomeatrumpf»  ⟦password|remote-access account password in a text note⟧
SiteManager appliance web UI (DAY1-SM01) admin: «pw6:sitemanager»  ⟦password|SiteManager admin password in a text note⟧
"""),
    ("ot/jump/build/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly public key token⟫
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwc:otjumplocal»</Value>  ⟦password|plain-text AdministratorPassword in unattend.xml⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:otjumplocal»</Value>  ⟦password-b64|encoded AutoLogon password in unattend.xml⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>Administrator</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("ot/jump/rdp/DAY1-HMI-ENG01.rdp", r"""
full address:s:10.20.3.21
username:s:AF-OT\otadmin
prompt for credentials:i:0
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000«uhex:300-dpapi»  ⟪DPAPI-protected blob⟫
gatewayhostname:s:rdgw.ardentforge.com
"""),
    ("ot/network/moxa/nport-5150-slt-01.ini", r"""
[Basic Settings]
Server name=SLT-NPORT-01
Server location=SLT weld line, panel 4
[Network Settings]
IP address=10.30.2.41
[Password]
Password=«pw6:moxaslt»  ⟦password|Moxa NPort password in a configuration export⟧
[SNMP Agent]
Read community=public  ⟪SNMP default community⟫
Write community=«lo:10-moxasnmp»  ⟦password|SNMP write community in a Moxa export⟧
"""),
    ("ot/network/cisco/day1-ie3400-cell4.txt", r"""
hostname DAY1-IE3400-CELL4
enable secret 9 $9$«b62:14-c9salt»$«b62:43-c9hash»  ⟪type 9 hash⟫
username netops privilege 15 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7 password, reversible without a key⟧
tacacs server ISE-DAY1
 address ipv4 10.20.0.20
 key 0 «pwr:tacacsday1»  ⟦password|TACACS+ key in clear in a running-config⟧
snmp-server community «lo:12-snmpro» RO 10  ⟦password|SNMP community in a running-config⟧
cip enable
ptp mode e2etransparent
"""),
    ("ot/network/fortigate/ipsec-brn-to-aws.txt", r"""
config vpn ipsec phase1-interface
    edit "aws-tgw-brn-1"
        set interface "wan1"
        set ike-version 2
        set peertype any
        set proposal aes256gcm-prfsha384
        set remote-gw 3.«num:2-fgip1».«num:2-fgip2».«num:2-fgip3»
        set psksecret «b62:32-fgpskbrn»  ⟦password|IPsec pre-shared key in a FortiGate CLI script⟧
    next
    edit "aws-tgw-brn-2"
        set psksecret ENC «b64k:80-fgenc»  ⟪FortiOS encrypted value⟫
    next
end
"""),
    ("ot/security/nozomi/export-assets.sh", r"""
#!/bin/bash
# pull the asset inventory from the Nozomi Guardian at DAY1 for the CMDB
GUARDIAN=https://day1-guardian.ot.af.corp
KEY_NAME=cmdb-export
KEY_TOKEN=«b62:48-nozomi»  ⟦app-secret|Nozomi Guardian API key token in a shell script⟧
curl -sk -X POST "$GUARDIAN/api/open/sign_in" -d "key_name=$KEY_NAME&key_token=$KEY_TOKEN" -D headers.txt -o /dev/null
curl -sk -H "Authorization: $(grep -i ^authorization headers.txt | cut -d' ' -f2-)" "$GUARDIAN/api/open/query/do?query=assets" > assets.json
"""),
    ("plants/pnq/hmi/line-pc-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="lineop"
"DefaultDomainName"="PNQ-LINE1-PC04"
"DefaultPassword"="«pwp:pnqlinepc»"  ⟦password|Winlogon DefaultPassword in a registry export⟧
"""),
    ("plants/slt/shopfloor/andon-tv-kiosk.bat", r"""
@echo off
rem andon TVs on the SLT shop floor: map the board share and start the browser in kiosk mode
net use Z: \\SLT-FS01\andon /user:SLT\andon-tv «pwp:andontv» /persistent:no  ⟦password|net use password in a batch file⟧
start "" "C:\Program Files\Google\Chrome\Application\chrome.exe" --kiosk https://andon.slt.af.corp/board/line3
"""),
    ("plants/day1/cmm/PiWebUpload.ini", r"""
[Server]
Url=https://piweb.brn.af.corp:8082
User=cmm-day1
Password=«pwp:piweb»  ⟦password|Zeiss PiWeb upload password in a CMM ini⟧
[Calypso]
ResultsFolder=C:\Users\Public\Documents\Zeiss\CALYPSO\workarea\results
"""),
    ("plants/brn/shopfloor/tool-presetter.json", r"""
{
  "device": "ZOLLER venturion 450",
  "toolDb": {"server": "BRN-TMS01\\TMS", "database": "ZollerTMS", "user": "tms", "password": "«pw6:zollerdb»"},  ⟦password|tool-management DB password in a presetter config⟧
  "postprocessor": "Heidenhain TNC640",
  "transfer": {"type": "share", "path": "\\\\BRN-FS01\\tools$\\presetter"}
}
"""),
    ("plants/pnq/energy/em-gateway.yaml", r"""
# energy-metering gateway (Modbus TCP meters -> MQTT -> IoT SiteWise)
meters:
  - {name: PNQ-MDB-01, ip: 10.50.30.11, unit: 1}
  - {name: PNQ-COMPRESSOR-2, ip: 10.50.30.12, unit: 3}
mqtt:
  url: ssl://mqtt.pnq.af.corp:8883
  user: energy-gw
  password: «pwp:energypnq»  ⟦password|MQTT password in an energy gateway YAML⟧
sitewise:
  asset_model: «uuid:swmodel»  ⟪asset model id⟫
"""),
    ("plants/day1/shopfloor/rfid-tool-reader.conf", r"""
# Balluff BIS tool-ID readers on the DMU cells, forwarded to the MES
reader.1.host = 10.20.12.61
reader.1.port = 10001
mes.endpoint = https://opcenter.af.corp/OpcenterEXDI/api/ToolEvents
mes.user = tool-reader
mes.password = «pwn:rfidmes»  ⟦password|MES password in a reader config⟧
"""),
    ("plants/slt/hmi/wincc-unified/users-export.json", r"""
{
  "exportedBy": "SLT-ENG02",
  "users": [
    {"name": "Operador", "role": "Operator", "password": "«pw6:winccop»"},  ⟦password|HMI user password in a WinCC Unified export⟧
    {"name": "Mantenimiento", "role": "Maintenance", "passwordHash": "«sha256:winccmaint»"}  ⟪password hash⟫
  ]
}
"""),
    ("plants/brn/historian/pi/PI-Buffer-Subsystem-notes.txt", r"""
BRN PI collectives: brn-pida01 (primary), brn-pida02 (secondary). Interfaces authenticate with PI mappings to
AF\svc-pi-int (Windows integrated security, no password stored on the interface nodes).  ⟪no secret, integrated security⟫
PI Web API uses Kerberos for the plant clients; the tempering Lambda uses basic auth (see secrets in AWS).
"""),
    ("plants/day1/cnc/probe-macros/O9810-calibrate.nc", r"""
%
O9810 (RENISHAW OMP40 CALIBRATION - DAY1 DMU65-01)
#100=8.0 (STYLUS DIA)
G65 P9801 D#100 Z50.0
M30
%
"""),
]
