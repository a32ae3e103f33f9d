"""fresh35 templates, fab equipment and cleanroom devices (Tessarine Semiconductor): tool host PCs, SECS/GEM
host settings, equipment front-end modules, RFID readers, AMHS, testers and probers, particle counters, FMCS
and BMS exports, gas cabinets, sub-fab gateways, network gear and vendor remote access.
Markers: render.py and README.md."""

FILES = [
    ("devices/toolpc/LITH05/autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="asmlsvc"
"DefaultDomainName"="LITH05"
"DefaultPassword"="«pw6:lith05»"  ⟦password|Winlogon DefaultPassword on the scanner host PC (same as the equipment config)⟧
"""),
    ("devices/toolpc/ETCH12/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <AutoLogon>
        <Password>
          <Value>«unattend:pw6:etch12»</Value>  ⟦password-b64|unattend.xml AutoLogon password (UTF-16LE base64)⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>lamsvc</Username>
      </AutoLogon>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Password><Value>«pw6:toolpcadmin»</Value><PlainText>true</PlainText></Password>  ⟦password|plain-text local admin password in unattend.xml⟧
            <Name>fabadmin</Name>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("devices/toolpc/IMPL03/startup.bat", r"""
@echo off
REM mount recipe share and start the Purion host software - do not change, vendor FSE 2024-03
net use R: \\eap-fs01\recipes\IMPL03 /user:FAB\svc_rms «pwl:rmsshare» /persistent:no  ⟦password|net use password in a tool-PC batch file (same as the ECS task)⟧
net use T: \\eap-fs01\traces /user:FAB\svc_fdc
cd /d C:\Axcelis\Purion\bin
start "" PurionHost.exe /secs /port:5040
"""),
    ("devices/toolpc/CMP02/vnc.ini", r"""
[admin]
UseRegistry=0
PortNumber=5900
AuthRequired=1
; VNC password for FSE remote support (obfuscated by the viewer, but fixed key)
passwd=«uhex:16-vncpw»  ⟦?password|UltraVNC DES-obfuscated password (reversible with a fixed key; policy-dependent)⟧
passwd2=«uhex:16-vncro»  ⟦?password|UltraVNC view-only password (policy-dependent)⟧
"""),
    ("devices/toolpc/METRO-CD01/HostLink.cfg", r"""
# Hitachi CG7300 host link - exported from the tool's Maintenance > Host Comm screen
[HSMS]
Mode=Passive
LocalPort=5070
DeviceID=0
T3=45
T5=10
T6=5
T7=10
T8=5
[FTP]
RecipeServer=10.42.70.5
RecipeUser=cdsem
RecipePassword=«pw6:cdsemftp»  ⟦password|CD-SEM recipe FTP password in a host-link export⟧
[Account]
MaintenanceLevel=3
MaintenancePassword=«pin:4-cdsem»  ⟦password|four-digit maintenance-level password of a CD-SEM⟧
"""),
    ("devices/toolpc/PROBE07/prober.ini", r"""
[Prober]
Model=PRECIO octo
Station=PRB07
GpibAddress=5
[Tester]
Type=V93000
Host=v93k-07.test.tsx2.fab.tessarine.internal
SocUser=sort
SocPassword=«pwp:v93k07»  ⟦password|tester workstation password in a prober .ini⟧
[ProbeCard]
Reader=omron-v680
"""),
    ("devices/testers/v93k-07/.smartest_env", r"""
export SMARTEST_HOME=/opt/hp93000/soc
export STDF_UPLOAD=sftp://stdfup:«pwp:stdfup»@stdf-gw.tsx2.fab.tessarine.internal/in/  ⟦conn-string|SFTP URL with a password on a tester⟧
export WAFERMAP_FORMAT=E142
"""),
    ("devices/efem/brooks-ap01/efem_config.xml", r"""
<EFEM vendor="Brooks" model="JET-300" station="AP01">
  <LoadPorts count="4" type="E84"/>
  <Aligner notchFind="true"/>
  <Service>
    <Login user="service" password="«pw6:brooksvc»"/>  ⟦password|EFEM service login in XML⟧
    <Login user="operator" password="operator"/>  ⟪vendor default⟫
  </Service>
</EFEM>
"""),
    ("devices/rfid/omron-v640-readers.csv", r"""
reader_id,tool,ip,firmware,admin_user,admin_password,notes
RF-LITH05-LP1,LITH05,10.42.61.41,2.31,admin,«pw6:rfid1»,FOUP carrier id reader  ⟦password|RFID reader admin password in a CSV⟧
RF-LITH05-LP2,LITH05,10.42.61.42,2.31,admin,«pw6:rfid1»,same as LP1  ⟦password|same password on the next reader⟧
RF-ETCH12-LP1,ETCH12,10.42.62.41,2.29,admin,«pw6:rfid3»,  ⟦password|RFID reader admin password⟧
RF-CMP02-LP1,CMP02,10.42.63.41,2.29,admin,(see KeePass),moved to vault 2026-10  ⟪pointer to a vault⟫
"""),
    ("devices/amhs/oht-controller/ocs.conf", r"""
# Overhead hoist transport controller (OCS) - TSX2 interbay
ocs.id=OCS-TSX2-A
ocs.vehicles=148
mcs.host=mcs01.amhs.tsx2.fab.tessarine.internal
mcs.port=6000
mcs.user=MCSHOST
mcs.password=«pw6:mcshost»  ⟦password|MCS password in the OHT controller (same as Helm values)⟧
hmi.admin.password=«pw6:ocshmi»  ⟦password|OHT controller HMI admin password⟧
"""),
    ("devices/amhs/stocker-s12/E84_IO.txt", r"""
STOCKER S12 E84 I/O MAP (export 2026-10-02 06:14)
PORT  VALID  CS_0  CS_1  TR_REQ  L_REQ  U_REQ  READY  BUSY  COMPT  HO_AVBL  ES
LP01  1      1     0     1       1      0      1      0     0      1        1
LP02  0      0     0     0       0      0      0      0     0      1        1
"""),
    ("devices/fmcs/desigo/tsx2-cleanroom-points.csv", r"""
"Point","Description","Value","Unit","Alarm"
"TSX2.CR.B07.DP01","Bay 7 differential pressure","12.4","Pa","OK"
"TSX2.CR.B07.PC01","Bay 7 particle count 0.1um","3","cnt/ft3","OK"
"TSX2.CR.B07.RH01","Bay 7 relative humidity","43.1","%","OK"
"TSX2.SF.UPW.RES","UPW resistivity","18.2","MOhm-cm","OK"
"""),
    ("devices/fmcs/desigo/cc_web_api.json", r"""
{
  "server": "https://desigo-cc.tsx2.tessarine.internal:8085/WSI/api",
  "username": "cw_reader",
  "password": "«pwc:desigo-tsx2»",  ⟦password|Desigo CC password in a JSON client config (same as the TSX2 .env)⟧
  "subscriptions": ["TSX2.CR.*.DP*", "TSX2.CR.*.PC*", "TSX2.SF.UPW.*"]
}
"""),
    ("devices/fmcs/lighthouse/LMS_Express.ini", r"""
[Database]
Server=LMSSQL01\LMS
Database=LMSExpressRT
User=lms_app
Password=«pw:lms»  ⟦password|LMS database password (same as UserData)⟧
[Counters]
Protocol=ModbusTCP
PollSeconds=60
"""),
    ("devices/fmcs/bacnet/bbmd.conf", r"""
# BACnet/IP broadcast management - cleanroom AHUs and FFU controllers
bbmd_enable = yes
bdt = 10.41.200.10:47808, 10.42.200.10:47808, 10.43.200.10:47808
dcc_password = «pw6:bacnetdcc»  ⟦password|BACnet DCC password (same as the Salt pillar)⟧
reinit_password = «pw6:bacnetreinit»  ⟦password|BACnet ReinitializeDevice password⟧
"""),
    ("devices/gas/gas-cabinet-gc14.json", r"""
{
  "cabinet": "GC-14",
  "gas": "WF6",
  "controller": "Air Liquide ALOHA",
  "ip": "10.42.95.14",
  "modbus_unit": 14,
  "web_admin": {"user": "admin", "password": "«pw6:gc14»"},  ⟦password|gas cabinet controller admin password⟧
  "purge_cycles": 30,
  "leak_check_torr": 1e-9
}
"""),
    ("devices/gas/toxic-gas-monitor.txt", r"""
TOXIC GAS MONITORING SYSTEM - HONEYWELL MIDAS - CONFIG DUMP
Site: TSX2   Panel: TGM-SF-03   Firmware: 3.12.0
Points: 64   Active: 61
Sensor cartridges due: PH3 (B12, B13), AsH3 (B04)
Network: DHCP off, 10.42.95.80/24, gw 10.42.95.1
Modbus: enabled, unit 3
Web: enabled  user=admin  password=«pw6:midas»  ⟦password|toxic gas monitor password in a config dump⟧
SNMP: v2c community=«pw6:midassnmp»  ⟦password|SNMP community in a config dump⟧
"""),
    ("devices/subfab/ewon-flexy/comcfg.txt", r"""
HTTPPort:80
FTPServerPort:21
Identification:TSX2-SUBFAB-01
VPNCnxType:2
VPNDriverType:1
TalkAccount:tessarine
TalkUser:subfab-tsx2
TalkPassword:«pwl:talk2m»  ⟦password|Talk2M account password in an Ewon comcfg⟧
SmtpServerAddr:email-smtp.eu-central-1.amazonaws.com
SmtpUserName:«akid:ewonsmtp»  ⟦aws-ses-smtp|SES SMTP user on an Ewon gateway⟧
SmtpPassword:«sesv4:ewonsmtp»  ⟦aws-ses-smtp|SES SMTP password on an Ewon gateway⟧
"""),
    ("devices/subfab/moxa-nport-07.ini", r"""
[Overview]
Model Name=NPort 5610-16
Serial No.=TAEAB1102345
[Password]
Password=«pw6:moxa07»  ⟦password|Moxa NPort password in a config export⟧
[SNMP]
Read community=public  ⟪vendor default community⟫
Write community=«pw6:moxawrite»  ⟦password|SNMP write community⟧
"""),
    ("devices/subfab/chiller-plc/hmi_users.xml", r"""
<Users>
  <User name="Operator" level="1" password="1111"/>  ⟪vendor default PIN⟫
  <User name="Maintenance" level="2" password="«pin:6-chillmaint»"/>  ⟦password|HMI maintenance password⟧
  <User name="Engineer" level="3" password="«pwp:chilleng»"/>  ⟦password|HMI engineer password⟧
</Users>
"""),
    ("devices/upw/upw-skid-scada.yaml", r"""
# UPW (ultrapure water) polishing loop - vendor SCADA connection for the remote service contract
scada:
  vendor: evoqua
  endpoint: opc.tcp://upw-scada.tsx2.fab.tessarine.internal:4840
  security_policy: Basic256Sha256
  user: svc_evoqua
  password: «pwx:evoqua»  ⟦password|UPW SCADA OPC UA password⟧
  certificate: /etc/upw/client.der
"""),
    ("devices/network/fab-core-sw01.cfg", r"""
!
hostname tsx2-fab-core-sw01
!
enable secret 9 $9$«b62:14-g19»$«b62:43-g20»  ⟪Cisco type 9 hash⟫
username netadmin privilege 15 secret 9 $9$«b62:14-g21»$«b62:43-g22»  ⟪Cisco type 9 hash⟫
username fse-lam privilege 5 password 0 «pwp:fselam»  ⟦password|Cisco type 0 password⟧
username fse-asml privilege 5 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7 password (reversible; policy-dependent)⟧
!
snmp-server community «pw6:coresnmp» RO 10  ⟦password|SNMP community on a core switch⟧
snmp-server community public RO 99  ⟪default community⟫
!
tacacs server ise01
 address ipv4 10.40.1.20
 key 0 «pwr:tacacs»  ⟦password|TACACS+ key in clear⟧
!
ntp authentication-key 1 md5 «pw6:ntpkey»  ⟦password|NTP authentication key in clear⟧
crypto isakmp key «pwr:isakmpsvc» address 198.51.100.24  ⟦password|ISAKMP pre-shared key in clear⟧
!
interface Vlan610
 description TOOL-LITHO
 ip address 10.42.61.1 255.255.255.0
!
end
"""),
    ("devices/network/tool-firewall-fg100.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«hex:60-g23»  ⟪FortiOS hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-ebara-svc"
        set remote-gw 203.0.113.77
        set psksecret ENC «b64k:48-g24»  ⟪FortiOS ENC value⟫
    next
    edit "to-lam-svc"
        set remote-gw 198.51.100.24
        set psksecret «pwr:lamvpn»  ⟦password|clear IPsec PSK in a FortiGate backup⟧
    next
end
"""),
    ("devices/network/wlc-fab-floor.txt", r"""
(Cisco Controller) >show wlan 4
WLAN Identifier.................................. 4
Network Name (SSID).............................. TSX-FAB-HANDHELD
Status........................................... Enabled
Security
   802.11 Authentication:........................ Open System
   WPA2.......................................... Enabled
   PSK........................................... Enabled
   PSK Key (ASCII)............................... «wifipsk:fabhh»  ⟦password|Wi-Fi PSK in a wireless controller output⟧
"""),
    ("devices/network/hosts-toolnet.csv", r"""
hostname,ip,vlan,owner,notes
LITH05-HOSTPC,10.42.61.15,610,litho,
ETCH12-HOSTPC,10.42.62.12,620,etch,
IMPL03-HOSTPC,10.42.64.3,640,implant,win7 - isolated
CMP02-HOSTPC,10.42.63.2,630,cmp,
"""),
    ("devices/cctv/cleanroom-cams.json", r"""
{
  "nvr": "milestone-tsx2",
  "cameras": [
    {"id": "CAM-B07-01", "rtsp": "rtsp://viewer:«pw6:camview»@10.42.120.71:554/Streaming/Channels/101"},  ⟦conn-string|RTSP URL with a password⟧
    {"id": "CAM-B07-02", "rtsp": "rtsp://10.42.120.72:554/Streaming/Channels/101"}
  ]
}
"""),
    ("devices/badge/lenel-panels.ini", r"""
[LNL-3300]
Panel01=10.42.130.11
Panel02=10.42.130.12
[Comm]
EncryptionMode=AES
MasterKey=«uhex:32-lenelmk»  ⟦app-secret|access panel master key⟧
"""),
    ("devices/printers/zebra-foup-labels.zpl", r"""
^XA
^FO40,40^A0N,40,40^FDLOT T2A4475.1^FS
^FO40,100^BCN,80,Y,N,N^FDT2A4475.1^FS
^FO40,220^A0N,28,28^FDTSX65RF  WPH 25  QTY 25^FS
^XZ
"""),
    ("devices/ups/sub-fab-ups-nmc.ini", r"""
[NetworkTCP/IP]
SystemIP=10.42.99.10
[NetworkSNMP]
AccessControl1Community=«pw6:upssnmp»  ⟦password|UPS network card SNMP community⟧
[SystemUserManager]
Administrator=apc
AdministratorPassword=«pwp:upsadmin»  ⟦password|UPS network card admin password⟧
"""),
]

# tool host PCs: the vendors' FSE left a small "readme" with the service login on the desktop
_FSE = [("LITH05", "ASML", "asmlsvc"), ("ETCH12", "Lam Research", "lamsvc"), ("IMPL03", "Axcelis", "axsvc"),
        ("CVD04", "Applied Materials", "amatsvc"), ("DIFF09", "Kokusai", "kesvc"), ("WET02", "SCREEN", "sesvc"),
        ("CMP02", "Ebara", "ebsvc"), ("OVL01", "KLA", "klasvc")]
for _tool, _vendor, _user in _FSE:
    FILES.append((f"devices/toolpc/{_tool}/Desktop/FSE_README.txt", f"""
{_tool} - {_vendor} host PC
Field service login for remote sessions (Secomea) and local console:
  user: {_user}
  pass: «pw6:fse-{_tool}»  ⟦password|vendor FSE password in a desktop note ({_tool})⟧
  BIOS/UEFI setup password: «pin:6-bios-{_tool}»  ⟦password|BIOS password in a desktop note ({_tool})⟧
Host PC service tag: «up:7-tag-{_tool}»  ⟪service tag⟫
Do NOT install Windows updates - breaks the host software. Call the CIM on-call before rebooting.
"""))

# wafer metrology result files (no secrets): KLARF headers from three inspection tools
for _i, _tool in enumerate(("KLA2930-01", "KLA2930-02", "SP7-01")):
    FILES.append((f"devices/metrology/klarf/{_tool}_T2A4475.001", f"""
FileVersion 1 2;
FileTimestamp 11-20-26 06:{10 + _i}:41;
InspectionStationID "KLA" "{_tool}" "{_tool}";
SampleType WAFER;
ResultTimestamp 11-20-26 06:{10 + _i}:02;
LotID "T2A4475.1";
SampleSize 1 300;
DeviceID "TSX65RF";
SetupID "M1_ADI" 11-02-26 14:55:10;
StepID "M1ADI";
WaferID "T2A4475.1-0{_i + 3}";
SlotNumber {_i + 3};
DefectRecordSpec 17 DEFECTID XREL YREL XINDEX YINDEX XSIZE YSIZE DEFECTAREA DSIZE CLASSNUMBER TEST CLUSTERNUMBER ROUGHBINNUMBER FINEBINNUMBER REVIEWSAMPLE IMAGECOUNT IMAGELIST;
DefectList
 1 1532.44 8822.10 4 -7 0.21 0.18 0.03 0.20 12 1 0 3 31 1 0 0
 2 9021.87 410.66 -2 11 0.44 0.40 0.17 0.42 7 1 0 2 22 0 0 0;
SummarySpec 5 TESTNO NDEFECT DEFDENSITY NDIE NDEFDIE;
SummaryList
 1 2 0.0028 412 2;
EndOfFile;
"""))
