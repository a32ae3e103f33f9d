"""fresh29 templates, devices, controllers and instruments of the hangars, engine shop, stores and school:
borescope stations, NDT instruments, engine run-cell data systems, hangar door PLCs, foam deluge panels, RFID
readers, tablets and MDM, network gear, printers, cameras, Windows shop-floor PCs.
Markers: bench/corpora/render.py and README.md."""

FILES = []

for i in range(1, 7):
    pk = ["pw6", "pwp", "pw6", "pwn", "pw6", "pwc"][i - 1]
    FILES.append((f"devices/borescope/station-{i:02d}/scopestation.ini", f"""
; Optiview VX-4 borescope station {i:02d} - engine shop bay {(i + 1) // 2}
[Station]
Name=ESB-SCOPE-{i:02d}
Operator=shared

[Upload]
Target=https://scopevault.kestrel-mro.aero/api/upload
ApiToken=«b62:40-scope{i}»  ⟦app-secret|scopevault upload token on a borescope station⟧
Retry=5

[NetworkShare]
Path=\\\\ks-fs01\\borescope\\raw
User=KESTREL\\scope-upload
Password=«{pk}:scopeshare{i}»  ⟦password|borescope share password on a station⟧

[Licence]
Serial=VX4-«up:12-scopeser{i}»  ⟪device serial⟫
"""))

NDT = [("ut-flaw-detector", "UT"), ("eddy-current", "ET"), ("phased-array", "PAUT"), ("fpi-line", "FPI"),
       ("xray-cabinet", "RT"), ("mpi-bench", "MPI")]
for i, (name, meth) in enumerate(NDT):
    if i % 3 == 2:
        body = f"""  "upload": {{
    "endpoint": "https://ndtlog.kestrel-mro.aero/api/v2/results",
    "api_key_ref": "vault:ndt/{name}"  ⟪vault reference⟫
  }}"""
    else:
        body = f"""  "upload": {{
    "endpoint": "https://ndtlog.kestrel-mro.aero/api/v2/results",
    "api_key": "«uhex:32-ndtapi»"  ⟦app-secret|NDT log API key on an instrument⟧
  }},
  "admin_pin": "«pin:6-ndt{i}»"  ⟦password|instrument admin PIN⟧"""
    FILES.append((f"devices/ndt/{name}/instrument.json", f"""
{{
  "instrument": "{name}",
  "method": "{meth}",
  "asset_tag": "KAT-NDT-{100 + i}",
  "calibration_due": "2027-0{(i % 9) + 1}-15",
{body}
}}
"""))

for i, cell in enumerate(["RC1", "RC2", "RC3"]):
    FILES.append((f"devices/runcell/{cell.lower()}/daq.conf", f"""
# engine run cell {cell} data acquisition (Ashcombe engine shop)
[daq]
scan_rate_hz = 50
channels = N1,N2,EGT,FF,VIB1,VIB2,OIL_P,OIL_T

[historian]
url = influx://cellwatch-edge.internal:8086
org = kestrel
bucket = runcell-{cell.lower()}
token = «urlsafe:64-influxtok»  ⟦app-secret|InfluxDB token on a run-cell DAQ⟧

[opcua]
endpoint = opc.tcp://10.43.{i + 1}.10:4840
user = daq
password = «pw6:opc{cell}»  ⟦password|OPC UA password on a run-cell DAQ⟧
"""))
FILES.append(("devices/runcell/rc1/plc-export.xml", """
<?xml version="1.0"?>
<Project Name="RC1_Safety" Controller="GuardLogix 5580">
  <Security Protection="SourceKey" SourceKey="«pw6:rc1src»" />  ⟦password|PLC source protection key⟧
  <Users>
    <User Name="tech" Role="Maintenance" PasswordHash="«sha256:rc1hash»" />  ⟪password hash⟫
  </Users>
</Project>
"""))

for i, hg in enumerate(["h1-ashcombe", "h2-ridgefield"]):
    FILES.append((f"devices/hangar-doors/{hg}/door-plc.cfg", f"""
# hangar door drive controller ({hg}), 6 leaves, wind interlock
hostname=DOOR-{hg.upper()}
modbus.listen=502
web.admin.user=admin
web.admin.password=«pwp:door{i}»  ⟦password|door controller web admin password⟧
snmp.community=«lo:10-snmpdoor{i}»  ⟦password|SNMP community string⟧
interlock.wind_limit_kt=35
"""))
    FILES.append((f"devices/fire/{hg}/deluge-panel.txt", f"""
FOAM DELUGE RELEASE PANEL - {hg.upper()}
Panel: Firewatch FX-3000, firmware 4.2.1
Level 2 (engineer) access code: «pin:4-fx{i}»  ⟦password|fire panel engineer access code⟧
Level 3 (commissioning) code: held by Sentinel Fire Ltd, ask via ticket  ⟪pointer, no value⟫
Remote monitoring: MQTT to doorguard, user fx{i}, password «pwc:fxmqtt{i}»  ⟦password|fire panel MQTT password⟧
"""))

for i in range(1, 5):
    FILES.append((f"devices/rfid/portal-{i}/reader.yaml", f"""
reader:
  model: Speedway R700
  hostname: rfid-portal-{i}.stores.kestrel.lan
  mac: "00:16:25:1{i}:«hex:2-mac{i}a»:«hex:2-mac{i}b»"
  admin_password: "«pw6:impinjrdr»"  ⟦password|RFID reader admin password⟧
  antennas: [1, 2, 3, 4]
  tag_filter: "urn:epc:pat:sgtin-96:3.0614141.*"
mqtt:
  broker: mqtt://partsyard-edge:1883
  user: portal{i}
  password_file: /etc/rfid/mqtt.pass  ⟪file reference⟫
"""))

FILES.append(("devices/efb/mdm/efb-wifi-profile.mobileconfig", """
<?xml version="1.0" encoding="UTF-8"?>
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>SSID_STR</key>
      <string>KAT-HANGAR-TECH</string>
      <key>EncryptionType</key>
      <string>WPA2</string>
      <key>Password</key>
      <string>«wifipsk:hangar»</string>  ⟦password|Wi-Fi PSK in an iOS configuration profile⟧
    </dict>
  </array>
  <key>PayloadIdentifier</key>
  <string>aero.kestrel.efb.wifi</string>
  <key>PayloadUUID</key>
  <string>«uuid:payload»</string>  ⟪payload UUID⟫
</dict>
</plist>
"""))
FILES.append(("devices/efb/mdm/android-enrolment.json", """
{
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_COMPONENT_NAME": "com.kestrel.dpc/.AdminReceiver",
  "android.app.extra.PROVISIONING_WIFI_SSID": "KAT-HANGAR-TECH",
  "android.app.extra.PROVISIONING_WIFI_PASSWORD": "«wifipsk:hangar»",  ⟦password|Wi-Fi password in an Android enrolment QR payload⟧
  "android.app.extra.PROVISIONING_DEVICE_ADMIN_SIGNATURE_CHECKSUM": "«urlsafe:32-dpcsum»"  ⟪APK signature checksum⟫
}
"""))
FILES.append(("devices/network/core-sw01.cfg", """
hostname KAT-CORE-SW01
!
enable secret 9 $9$«okx:14-c9salt»$«okx:43-c9hash»  ⟪type 9 hash⟫
username netadmin privilege 15 password 0 «pwc:ciscoadm»  ⟦password|Cisco type 0 password⟧
username oxidized privilege 15 password 7 «uhex:20-type7»  ⟦?password|Cisco type 7 reversible password⟧
!
snmp-server community «lo:12-snmpcore» RO  ⟦password|SNMP community⟧
snmp-server community public RO 99  ⟪vendor default community, ACL-limited lab⟫
!
tacacs server ISE1
 address ipv4 10.40.1.30
 key 0 «pwx:tacacs»  ⟦password|TACACS key⟧
!
end
"""))
FILES.append(("devices/network/fw-hangar.conf", """
config system admin
    edit "admin"
        set password ENC SH2«hex:64-fgadm»  ⟪FortiOS hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws"
        set remote-gw 52.«num:2-ip1».«num:2-ip2».17
        set psksecret «pwr:vpnpsk»  ⟦password|IPsec pre-shared key in clear⟧
    next
    edit "to-engine-oem"
        set psksecret ENC «b64k:48-fgenc»  ⟪FortiOS encrypted value⟫
    next
end
"""))
FILES.append(("devices/network/wlc-hangar.txt", """
WLAN 7 KAT-HANGAR-TECH  WPA2-PSK  passphrase: «wifipsk:hangar»  ⟦password|Wi-Fi PSK in a controller export⟧
WLAN 8 KAT-VISITOR      captive portal (guest sponsor)
RADIUS 10.40.1.31 shared-secret «pwx:radius»  ⟦password|RADIUS shared secret⟧
"""))
FILES.append(("devices/printers/tag-printer-stores.prn.cfg", """
^XA
^FX Zebra ZT411 serviceable-tag printer, stores counter
^FX network settings
! U1 setvar "ip.addr" "10.42.20.40"
! U1 setvar "wlan.wpa.psk" "«wifipsk:stores»"  ⟦password|Wi-Fi PSK in a printer config⟧
! U1 setvar "device.pnp_option" "none"
^XZ
"""))
FILES.append(("devices/cameras/nvr-export.csv", """
camera,ip,user,password,location
H1-APRON-01,10.44.1.11,viewer,«pwp:cam1»,hangar 1 apron  ⟦password|camera password in an NVR export⟧
H1-BAY-02,10.44.1.12,viewer,«pwp:cam1»,hangar 1 bay 2  ⟦password|camera password in an NVR export⟧
H2-DOOR-01,10.44.2.11,admin,«pw6:cam3»,hangar 2 door  ⟦password|camera admin password⟧
ES-RUNCELL-01,10.44.3.11,viewer,,engine shop run cell  ⟪empty password⟫
"""))
FILES.append(("devices/toolcrib/torque-controller.ini", """
[Controller]
Model=QA-Tq 800
Station=CRIB-01
[Sync]
Url=https://toolcrib.kestrel-mro.aero/api/calibration
Key=«hex:32-tqsync»  ⟦app-secret|tooling sync key on a torque controller⟧
[Supervisor]
Pin=«pin:4-tqsup»  ⟦password|torque controller supervisor PIN⟧
"""))
FILES.append(("devices/shopfloor/kiosk-autologon.reg", """
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="hangar-kiosk"
"DefaultDomainName"="KESTREL"
"DefaultPassword"="«pwp:kioskauto»"  ⟦password|Winlogon autologon password⟧
"""))
FILES.append(("devices/shopfloor/unattend.xml", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup">
      <UserAccounts>
        <AdministratorPassword>
          <Value>«unattend:pwc:shopadmin»</Value>  ⟦password-b64|unattend.xml encoded administrator password⟧
          <PlainText>false</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""))
FILES.append(("devices/shopfloor/map-drives.bat", """
@echo off
rem task card printers and manuals share - hangar workstations
net use P: \\\\ks-fs01\\taskcards /user:KESTREL\\svc-taskcard «pwp:taskcardshare» /persistent:yes  ⟦password|net use password in a logon script⟧
net use M: \\\\ks-fs01\\manuals /persistent:yes
"""))
FILES.append(("devices/shopfloor/sync-manuals.ps1", """
# pulls the OEM manual revision set onto the shop-floor PCs nightly
$cred = Get-Credential -Message "OEM portal"  ⟪interactive prompt⟫
$svcPass = ConvertTo-SecureString "«pwn:manualsync»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString plain text⟧
$svc = New-Object System.Management.Automation.PSCredential("KESTREL\\svc-manuals", $svcPass)
Invoke-WebRequest -Uri https://techpubs.vantorq-engines.com/revset/current.zip -Headers @{"X-Api-Key"="«hex:40-oemsync»"} -OutFile C:\\manuals\\current.zip  ⟦app-secret|OEM API key in a PowerShell script⟧
"""))
