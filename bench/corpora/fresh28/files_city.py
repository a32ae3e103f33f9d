"""fresh28 templates, devices and on-premises systems (City of Merrow Bay): water and wastewater SCADA (lift-station
RTUs, HMIs, historian), traffic signal controllers, parking pay stations, network gear, radio and MDT configs,
fire station alerting, library and parks devices, Windows scripts and exports.
Markers: render.py and README.md."""

STATIONS = ["Saltmarsh", "Pelham Rd", "Kestrel Way", "Dunmore", "Eastgate", "Harbor Pt", "Bluff St", "Ferry Ldg",
            "Granite Ave", "Pier 4"]

FILES = []
for _i, _name in enumerate(STATIONS):
    _slug = "ls%02d" % (_i + 1)
    _lines = [
        "; Lift station RTU configuration export (Mission-style cellular RTU / SCADAPack)",
        f"; Station: {_name} ({_slug.upper()})  Exported by ot-eng 2026-10-{_i + 10:02d}",
        "[General]",
        f"StationName={_name}",
        f"StationId={_slug.upper()}",
        f"ModbusAddress={_i + 11}",
        f"IPAddress=10.40.{20 + _i}.10",
        "[DNP3]",
        f"OutstationAddress={100 + _i}",
        "MasterAddress=1",
    ]
    if _i % 3 == 0:
        _lines += ["SecureAuth=SAv5", f"UpdateKey={'«uhex:32-dnp3uk' + _slug + '»'}  ⟦app-secret|DNP3 Secure Authentication update key⟧"]
    else:
        _lines += ["SecureAuth=None"]
    _lines += ["[Web]", "AdminUser=admin"]
    if _i % 2 == 0:
        _lines.append(f"AdminPassword={'«pwt:rtu' + _slug + '»'}  ⟦password|RTU web admin password, short⟧")
    else:
        _lines.append(f"AdminPasswordHash={'«sha256:rtuhash' + _slug + '»'}  ⟪password hash⟫")
    _lines += ["[Cellular]", "APN=cmb.ot.vzwentp"]
    if _i % 4 == 1:
        _lines.append(f"APNPassword={'«pwcity:apn' + _slug + '»'}  ⟦password|private APN password⟧")
    _lines += ["[Alarms]", "WetWellHigh=8.5", "PumpFailDelay=30", "CalloutList=OT-ONCALL"]
    FILES.append((f"ot/scada/lift-stations/{_slug}-rtu.ini", "\n".join(_lines) + "\n"))

SWITCHES = [("cityhall-core01", "10.10.0.1"), ("pd-idf2-sw01", "10.71.2.1"), ("wtp-ot-sw03", "10.40.1.3"),
            ("lib-main-sw01", "10.60.0.1"), ("fs4-sw01", "10.74.4.1"), ("parks-ops-sw01", "10.62.0.1")]
for _i, (_h, _ip) in enumerate(SWITCHES):
    _l = ["!", f"! Last configuration change at 03:1{_i}:44 PST Tue Nov 17 2026 by netadmin", "!", f"hostname {_h}", "!"]
    _l.append(f"enable secret 9 $9$«b62:14-en9{_h}»$«okx:43-en9h{_h}»  ⟪Cisco type 9 hash⟫")
    if _i % 2 == 0:
        _l.append(f"username netadmin privilege 15 password 0 «pwcity:sw{_h}»  ⟦password|Cisco type 0 password⟧")
    else:
        _l.append(f"username netadmin privilege 15 secret 9 $9$«b62:14-u9{_h}»$«okx:43-u9h{_h}»")
    if _i % 3 == 1:
        _l.append(f"username backup privilege 3 password 7 «uhex:22-t7{_h}»  ⟦?password|Cisco type 7 (reversible without a key; policy)⟧")
    _l += ["!", "aaa new-model", "aaa authentication login default group tacacs+ local"]
    _l.append(f"tacacs server ISE01\n address ipv4 10.10.5.20")
    _l.append(f" key 0 «pwr:tacacs{_i % 2}»  ⟦password|TACACS+ key⟧" if _i % 3 != 2 else " key 6 «b62:30-tac6" + _h + "»  ⟪type 6 encrypted key⟫")
    _l += ["!", f"interface Vlan1{_i}", f" ip address {_ip} 255.255.255.0", "!"]
    _l.append(f"snmp-server community «pw6:snmp{_i % 3}» RO 90  ⟦password|SNMP community⟧" if _i % 2 == 1 else "snmp-server community public RO 90  ⟪SNMP default community⟫")
    _l += ["snmp-server location " + _h, "ntp server 10.10.5.1", "end"]
    FILES.append((f"network/backups/{_h}.cfg", "\n".join(_l) + "\n"))

FILES += [
    ("ot/scada/hmi/wtp-hmi-users.csv", r"""
username,role,password,last_changed
operator1,Operator,«pwt:hmiop1»,2026-03-02  ⟦password|HMI operator password in a user export⟧
operator2,Operator,«pwt:hmiop2»,2026-03-02  ⟦password|HMI operator password⟧
supervisor,Supervisor,«pwcity:hmisup»,2025-11-20  ⟦password|HMI supervisor password⟧
integrator,Engineer,«pwl:hmiint»,2024-08-15  ⟦password|integrator engineering password⟧
viewer,ReadOnly,,2026-01-05  ⟪empty password⟫
"""),
    ("ot/scada/historian/ArchestrA-odbc.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\TIDEHIST]
"Driver"="C:\\Windows\\system32\\sqlncli11.dll"
"Server"="WTP-HIST01"
"Database"="Runtime"
"LastUser"="hist_report"
"PWD"="«pwn:histodbc»"  ⟦password|ODBC DSN password in a registry export⟧
"""),
    ("ot/scada/kepware/project-channels.json", r"""
{
  "project": {"common.ALLTYPES_NAME": "WTP-Filters"},
  "channels": [
    {"common.ALLTYPES_NAME": "PLC-Filter1", "servermain.MULTIPLE_TYPES_DEVICE_DRIVER": "Allen-Bradley ControlLogix Ethernet"},
    {"common.ALLTYPES_NAME": "OPCUA-Out", "opcuaserver.SECURITY_POLICY": "Basic256Sha256",
     "opcuaserver.USER_NAME": "historian", "opcuaserver.PASSWORD": "«pwcity:opcua»"},  ⟦password|OPC UA user password in a Kepware export⟧
    {"common.ALLTYPES_NAME": "MQTT-Agent", "iot_gateway.AGENT_URL": "ssl://iot.ot.merrowbay.gov:8883",
     "iot_gateway.AGENT_PASSWORD": "«pwr:kepmqtt»"}  ⟦password|MQTT agent password⟧
  ]
}
"""),
    ("ot/scada/mosquitto/passwd", r"""
pumpgw:$7$101$«b64k:12-mosq1»$«b64k:64-mosq1h»  ⟪mosquitto PBKDF2 hash⟫
historian:$7$101$«b64k:12-mosq2»$«b64k:64-mosq2h»  ⟪mosquitto PBKDF2 hash⟫
"""),
    ("ot/scada/ignition/gateway-notes.md", r"""
# WTP Ignition gateway (wtp-ign01)

- Gateway web: https://wtp-ign01.ot.merrowbay.gov:8043 , user `admin`, password `«pwcity:ignadmin»`  ⟦password|password in backticks in a notes file⟧
- Redundant backup gateway syncs every 5 minutes.
- Alarm notification profile uses the city SMTP relay (no auth, IP allowlisted).
- Vendor remote access through the OT jump host only; see the OT remote access SOP.
- Gateway backup password (for .gwbk restore): stored in the OT KeePass, entry "Ignition gwbk".  ⟪pointer to a vault⟫
"""),
    ("traffic/controllers/cabinet-0412.json", r"""
{
  "intersection": "Harbor Blvd & 4th St",
  "cabinetId": "0412",
  "controller": {"model": "Econolite Cobalt", "fw": "32.66.10", "ip": "10.80.4.12"},
  "snmp": {"version": "v3", "user": "atms", "authProtocol": "SHA", "authKey": "«pwr:snmpv3auth»", "privProtocol": "AES", "privKey": "«pwr:snmpv3priv»"},  ⟦password|SNMPv3 auth and priv keys⟧
  "webUi": {"user": "econolite", "password": "ecpi2ecpi"},  ⟪vendor default password⟫
  "detection": {"vendor": "Iteris Vantage", "ip": "10.80.4.13"}
}
"""),
    ("traffic/controllers/cabinet-0518.json", r"""
{
  "intersection": "Pelham Rd & Kestrel Way",
  "cabinetId": "0518",
  "controller": {"model": "McCain ATC eX", "fw": "3.2.1", "ip": "10.80.5.18"},
  "snmp": {"version": "v1", "readCommunity": "«pw6:ntcipread»", "writeCommunity": "«pw6:ntcipwrite»"},  ⟦password|NTCIP SNMP communities⟧
  "webUi": {"user": "admin", "password": "«pwt:mccainweb»"},  ⟦password|controller web password, short⟧
  "preemption": {"opticom": true, "channel": "A"}
}
"""),
    ("traffic/signal-timing/corridor-harbor-blvd.csv", r"""
intersection,cabinet,cycle_am,cycle_pm,offset_am,offset_pm
Harbor Blvd & 1st St,0409,110,120,0,12
Harbor Blvd & 2nd St,0410,110,120,34,41
Harbor Blvd & 4th St,0412,110,120,71,80
Harbor Blvd & Pier Ave,0415,110,120,96,104
"""),
    ("parking/paystations/ps-config-downtown.xml", r"""
<PayStationConfig>
  <Zone>DT-1</Zone>
  <Backoffice url="https://merrowbay.iparkit-cloud.com/api" user="ps_downtown" password="«pw6:paystation»" />  ⟦password|pay station back office password⟧
  <Processor name="Elavon" merchantId="«num:12-elavonmid»" terminalPin="«pin:4-elavonpin»" />  ⟦?password|payment terminal PIN (policy: PINs)⟧
  <ServiceMenuCode>«pin:6-svcmenu»</ServiceMenuCode>  ⟦?password|service menu code (policy: PINs)⟧
  <CertThumbprint>«uhex:40-psthumb»</CertThumbprint>  ⟪certificate thumbprint⟫
</PayStationConfig>
"""),
    ("police/mdt/mdt-client.ini", r"""
[Server]
CadHost=cad-mdt.pd.merrowbay.gov
Port=7443
[Auth]
; Officers log in with their own CJIS credentials + Duo push. This is the device account for the unattended modem check.
DeviceUser=MDT-SVC
DevicePassword=«pwt:mdtsvc»  ⟦password|MDT device account password⟧
[Modem]
Model=Sierra MG90
AdminPassword=«pwcity:mg90»  ⟦password|in-car router admin password⟧
[Logging]
Level=Warn
"""),
    ("police/radio/console-aliases.txt", r"""
MOTOTRBO console CPS export - Merrow Bay PD dispatch
Radio ID  Alias          Talkgroup
1101      DISP-1         PD-MAIN
1102      DISP-2         PD-MAIN
2201      ENG-4          FIRE-OPS
Programming password (CPS read/write): «pwt:cpsradio»  ⟦password|radio programming password in an export⟧
Privacy key ARC4 (basic privacy 40-bit): «uhex:10-arc4»  ⟦app-secret|radio privacy key⟧
"""),
    ("fire/station-alerting/fs4-alerting.yaml", r"""
station: FS4
controller: westnet-firstin
cad_interface:
  host: cad-alerting.pd.merrowbay.gov
  port: 9411
  shared_key: «b64k:32-firstin»  ⟦app-secret|station alerting shared key⟧
paging:
  active911_agency_code: «up:8-active911»  ⟪agency code⟫
  active911_secret: «b62:32-active911»  ⟦app-secret|paging integration secret⟧
zones: [app-bay, dorm, dayroom]
"""),
    ("fire/knox/knox-connect-sync.ps1", r"""
# Syncs Knox key secure access log from KnoxConnect to the records share every night
$base = 'https://knoxconnect.knoxbox.com/api'
$user = 'mbfd.records'
$pass = ConvertTo-SecureString '«pwn:knox»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Invoke-RestMethod -Uri "$base/accesslog?days=1" -Credential $cred | Export-Csv \\fs01\records$\knox\log.csv -Append
"""),
    ("windows/scripts/map-drives.bat", r"""
@echo off
rem City Hall logon script - drive mappings
net use H: \\fs01\home$\%USERNAME% /persistent:no
net use P: \\fs01\permits /persistent:no
net use S: \\fs02\scans /user:CMB\svc_scan «pwcity:svcscan» /persistent:no  ⟦password|net use password⟧
net use T: \\taxroll-fs\assessor /user:%USERDOMAIN%\%USERNAME% /persistent:no
"""),
    ("windows/scripts/court-nightly-export.ps1", r"""
$sql = 'COURTSQL01'
Invoke-Sqlcmd -ServerInstance $sql -Database Docket -Username export_svc -Password '«pwn:courtexport»' -Query "EXEC dbo.usp_NightlyStateExport"  ⟦password|Invoke-Sqlcmd -Password⟧
$cred = Get-Credential -Message 'AOC SFTP'  ⟪interactive prompt⟫
$secure = Get-Secret -Name 'AOC-SFTP' -Vault CityVault  ⟪SecretManagement lookup⟫
"""),
    ("windows/scripts/election-laptops.vbs", r"""
' Poll book laptop prep (run as admin). Sets the local kiosk account and auto-logon.
Set sh = CreateObject("WScript.Shell")
sh.Run "net user pollbook «pwcity:pollbook» /add", 0, True  ⟦password|VBScript net user password⟧
sh.RegWrite "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\DefaultUserName", "pollbook", "REG_SZ"
sh.RegWrite "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\DefaultPassword", "«pwcity:pollbook»", "REG_SZ"  ⟦password|Winlogon DefaultPassword⟧
sh.RegWrite "HKLM\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon\AutoAdminLogon", "1", "REG_SZ"
"""),
    ("windows/unattend/library-publicpc.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount>
            <Password><Value>«unattend:pwcity:libpc»</Value><PlainText>false</PlainText></Password>  ⟦password-b64|unattend.xml encoded password⟧
            <Name>libadmin</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("windows/tasks/UtilityLockboxImport.xml", r"""
<?xml version="1.0" encoding="UTF-16"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <Principals><Principal id="Author"><UserId>CMB\svc_lockbox</UserId><LogonType>Password</LogonType></Principal></Principals>
  <Actions Context="Author">
    <Exec>
      <Command>C:\Program Files\WinSCP\WinSCP.com</Command>
      <Arguments>/command "open sftp://merrowbay:«pct:pwcity:lockbox»@sftp.pacificnorthbank.com/ -hostkey=&quot;ssh-ed25519 255 «b64k:32-bankhostkey»&quot;" "get /outbound/*.txt D:\Lockbox\In\" "exit"</Arguments>  ⟦conn-string|SFTP URL with password in a scheduled task⟧
    </Exec>
  </Actions>
</Task>
"""),
    ("library/printing/papercut-mf.properties", r"""
# PaperCut MF - public printing (MBPL)
server.name=lib-print01
database.type=SQLServer
database.url=jdbc:sqlserver://lib-sql01:1433;databaseName=papercut
database.username=papercut
database.password=«pwn:papercutdb»  ⟦password|PaperCut database password⟧
payment-gateway.coinop.enabled=Y
"""),
    ("parks/irrigation/central-control.ini", r"""
[Cloud]
Provider=Rain Bird IQ4
Account=merrowbay-parks
ApiUser=parks-api
ApiPassword=«pwcity:rainbird»  ⟦password|irrigation central control password⟧
[Controllers]
Count=41
[Weather]
Station=MBAY-ETO-01
"""),
    ("parks/cameras/nvr-parks-yard.txt", r"""
Parks yard NVR (Hikvision DS-7716)  - installed by NorthStar Security 2025-06
Web: http://10.62.0.50  user admin  pass «pwcity:nvrparks»  ⟦password|NVR admin password in a handover note⟧
Hik-Connect: disabled (per IT security)
Verification code on the label: «up:6-hikver»  ⟦?password|device verification code (policy: short device codes)⟧
"""),
    ("network/firewall/fortigate-pd.conf", r"""
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2«b64k:48-fgsh2»  ⟪FortiOS SH2 password hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-state-cjis"
        set interface "wan1"
        set remote-gw 198.51.100.17
        set psksecret ENC «b64k:72-fgenc»  ⟪FortiOS ENC value⟫
    next
    edit "to-county-911"
        set interface "wan2"
        set remote-gw 203.0.113.44
        set psksecret «pwr:county911psk»  ⟦password|clear-text IPsec pre-shared key in a FortiGate backup⟧
    next
end
config user local
    edit "vendor-motorola"
        set type password
        set passwd «pwcity:fgmotorola»  ⟦password|clear-text local user password⟧
    next
end
"""),
    ("network/wireless/wlc-ssids.txt", r"""
SSID                   Security         Key / Auth
CMB-Staff              WPA2-Ent         RADIUS (ISE)
CMB-Guest              Open + portal    -
MBPL-Public            WPA2-PSK         «wifipsk:mbpl»  ⟦?password|public library Wi-Fi passphrase posted for patrons (policy)⟧
CMB-IoT                WPA2-PSK         «pwr:iotpsk»  ⟦password|IoT Wi-Fi PSK⟧
PD-Mobile              WPA2-Ent         EAP-TLS
"""),
    ("elections/tabulator/ems-handover.txt", r"""
Central count EMS workstation handover (vendor field tech -> city clerk), 2026-10-28
- Windows local admin: emsadmin / «pwcity:emsadmin»  ⟦password|password in a handover note⟧
- EMS application admin: clerk_admin / «pwx:emsapp»  ⟦password|application admin password⟧
- Tabulator iButton / security key PINs are held by the county; not recorded here.  ⟪pointer, not recorded⟫
- BitLocker recovery key is escrowed in AD (key ID «uhex:8-blkid»-...)  ⟪BitLocker key id⟫
"""),
]
