"""fresh27 templates, the lab and the clinical systems (Tessaly Clinical Research): LIMS, ChromaVerse CDS,
IonForge mass-spec acquisition, plate readers, FrostGuard freezer monitoring, label printers, courier
integrations, EDC/IRT/eTMF/CTMS/pharmacovigilance connectors, site workstations and instrument PCs.
Markers: render.py and README.md."""

FILES = [
    ("lab/quillon/quillon-server.ini", r"""
[server]
listen = 0.0.0.0:7443
tls_cert = C:\Quillon\certs\lims.crt
tls_key = C:\Quillon\certs\lims.key

[database]
driver = postgresql
host = quillon-prod.cluster-c9xk2lq7m1ab.us-east-1.rds.amazonaws.com
user = lims_app
password = «pwx:limsapp»  ⟦password|LIMS server .ini database password (same as ECS)⟧

[eln]
endpoint = https://eln.tessaly-cro.com/api
token = «b62:40-elnprod»  ⟦app-secret|ELN integration token in .ini⟧

[esign]
; 21 CFR Part 11 e-signature: reason codes and manifestation
require_reason = true
"""),
    ("lab/quillon/instrument-map.csv", r"""
instrument_id,type,host,share,service_account,password
RDU-HPLC-01,ChromaVerse,rdu-cds01,\\rdu-cds01\results,svc_cdsexport,«pwl:cdssmb»  ⟦password|instrument share password in a CSV (same as UserData)⟧
RDU-HPLC-02,ChromaVerse,rdu-cds01,\\rdu-cds01\results,svc_cdsexport,«pwl:cdssmb»  ⟦password|same password on the next row⟧
RDU-MS-01,IonForge,rdu-ionforge01,\\rdu-ionforge01\runs,svc_msexport,«pw6:msexport»  ⟦password|mass-spec export account password in CSV⟧
RDU-PR-01,PlateReader,rdu-pr01,\\rdu-pr01\exports,svc_prexport,
KRK-HPLC-01,ChromaVerse,krk-cds01,\\krk-cds01\results,svc_cdsexport,(see vault: lab/krk/cds)  ⟪pointer to a vault⟫
"""),
    ("lab/chromaverse/ChromaVerse.Server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<ChromaVerseServer>
  <Database Server="rdu-cds01\CHROMA" Name="ChromaVerse" Auth="Sql" User="cv_app" Password="«pw6:cvapp»" />  ⟦password|CDS database password in XML attributes⟧
  <Licensing Server="lic01.lab.tessaly-cro.com" Port="27000" />
  <AuditTrail Enabled="true" Retention="Indefinite" />
  <Service Account="TCRLAB\svc_chroma" PasswordHash="«sha256:cvsvchash»" />  ⟪password hash⟫
</ChromaVerseServer>
"""),
    ("lab/chromaverse/export-profiles.xml", r"""
<ExportProfiles>
  <Profile name="LIMS-Results" format="AIA-ANDI" target="sftp://lims-import.lab.tessaly-cro.com/incoming">
    <Credential user="cds_push" password="«pwn:cdspush»" />  ⟦password|SFTP push password in an export profile⟧
  </Profile>
  <Profile name="Sponsor-Helixa" format="PDF" target="s3://tcr-sponsor-exchange/helixa/reports">
    <Credential accessKey="«akid:cdssponsor»" secretKey="«awssec:cdssponsor»" />  ⟦aws-key-id|key pair on one line in a CDS export profile⟧
  </Profile>
</ExportProfiles>
"""),
    ("lab/ionforge/acquisition.json", r"""
{
  "instrument": "RDU-MS-01",
  "model": "IonForge QX-9 triple quadrupole",
  "acquisitionPc": "rdu-ms01-acq",
  "resultsShare": "\\\\rdu-ionforge01\\runs",
  "cloudSync": {
    "enabled": true,
    "endpoint": "https://cloud.ionforge-instruments.com/api/v1",
    "deviceToken": "«b64k:48-ionforgedev»"  ⟦app-secret|IonForge cloud device token⟧
  },
  "serviceMode": { "pin": "«pin:6-msservice»" }  ⟦?password|instrument service-mode PIN⟧
}
"""),
    ("lab/ionforge/tune-RDU-MS-01-2026-10-02.json", r"""
{
  "instrument": "RDU-MS-01",
  "tuneFile": "ESI_pos_2026-10-02.tune",
  "sha256": "«sha256:tunefile»",  ⟪file hash⟫
  "operator": "ravi.deshpande",
  "capillaryVoltage": 3.2,
  "sourceTemp": 150,
  "desolvationTemp": 500
}
"""),
    ("lab/frostguard/collector.ini", r"""
[site]
code = RDU-BIOREPO
timezone = America/New_York

[cloud]
url = https://raleigh-frostguard.lab.tessaly-cro.com/api/v2
api_key = «hex:40-frostguard»  ⟦app-secret|FrostGuard key in collector .ini (same key again)⟧

[modbus]
gateway = 10.40.30.5
unit_ids = 1-48

[snmp]
community = «pwr:frzsnmp»  ⟦password|SNMP community string for the UPS⟧
v3_user = frostguard
v3_auth = «pw:frzsnmpauth»  ⟦password|SNMPv3 auth passphrase⟧

[sms]
provider = twilio
account_sid = «twac:freezer»  ⟪Twilio account SID⟫
"""),
    ("lab/frostguard/sensors-RDU.csv", r"""
sensor_id,freezer,location,setpoint_c,alarm_high_c,probe_serial
FG-0101,ULT-01,Biorepository Room 114,-80,-70,«up:10-probe1»
FG-0102,ULT-02,Biorepository Room 114,-80,-70,«up:10-probe2»
FG-0103,LN2-01,Biorepository Room 116,-190,-150,«up:10-probe3»
FG-0104,FRZ-07,Bioanalytical Lab 2,-20,-10,«up:10-probe4»
"""),
    ("lab/frostguard/mosquitto/passwd", r"""
collector:$7$101$«b64k:12-mqsalt1»$«b64k:64-mqhash1»  ⟪mosquitto PBKDF2 hash⟫
grafana:$7$101$«b64k:12-mqsalt2»$«b64k:64-mqhash2»  ⟪mosquitto PBKDF2 hash⟫
"""),
    ("lab/label-printers/zt411-rdu-recv.zpl.cfg", r"""
! U1 setvar "device.friendly_name" "rdu-recv-zt411"
! U1 setvar "ip.addr" "10.40.12.31"
! U1 setvar "wlan.essid" "TCR-LAB-IOT"
! U1 setvar "wlan.wpa.psk" "«wifipsk:labiot»"  ⟦password|Wi-Fi PSK in a printer config⟧
! U1 setvar "device.web_authentication.password" "1234"  ⟪vendor default printer password⟫
"""),
    ("lab/plate-reader/reader-cloud.yaml", r"""
device: RDU-PR-01
vendor_cloud:
  url: https://portal.lumaplate.com/api
  org: tessaly
  token: «b62:32-platereader»  ⟦app-secret|plate reader cloud token (same as the k8s Deployment)⟧
export:
  format: xlsx
  path: \\rdu-pr01\exports
"""),
    ("lab/eln/eln-integrations.yaml", r"""
integrations:
  quillon_lims:
    base_url: https://lims.tessaly-cro.com:7443
    client_id: eln-lims
    client_secret: «okx:40-elnlims»  ⟦app-secret|ELN-to-LIMS OAuth client secret⟧
  box:
    client_id: «lo:32-boxclient»  ⟪Box client id⟫
    client_secret: «b62:32-boxsecret»  ⟦app-secret|Box client secret⟧
  figma:
    token: «figd:eln»  ⟦app-secret|Figma personal access token⟧
"""),
    ("clinical/trialform/odm-export-job.xml", r"""
<ExportJob name="nightly-odm" study="TCR-4471-201">
  <Source url="https://tessaly.trialform-edc.net/odm/v1.3.2" user="odm_export" password="«pwx:odmexport»" />  ⟦password|ODM export password in XML (same as Lambda)⟧
  <Target type="s3" bucket="tcr-lake-landing-718204593361" prefix="edc/odm/" />
  <Schedule cron="0 4 * * *" />
</ExportJob>
"""),
    ("clinical/trialform/api-clients.md", r"""
# Trialform EDC API clients

| client | owner | scopes | secret |
|---|---|---|---|
| tcr-edc-bridge-prd | Keiko Tanabe | odm.read, subjects.read | in Secrets Manager `edc-bridge/trialform` |  ⟪pointer to Secrets Manager⟫
| tcr-query-mgr | Mateo Ferreira | queries.write | `«okx:40-trialformqm»` |  ⟦app-secret|client secret in a wiki table⟧
| tcr-coding | Yasmin Haddad | coding.write | rotated 2026-09, ask PV |
"""),
    ("clinical/randogate/site-users-export.csv", r"""
site,user,role,temp_password,status
LDS-01,a.whitfield,Pharmacist,«pwp:rgtemp1»,pending  ⟦?password|IRT temporary first-login password in an export⟧
RDU-02,m.okafor,Investigator,«pwp:rgtemp2»,pending  ⟦?password|IRT temporary first-login password in an export⟧
KRK-01,k.nowak,Site Coordinator,,active
PNQ-03,s.kulkarni,Pharmacist,,active
"""),
    ("clinical/randogate/unblinding-emergency.txt", r"""
EMERGENCY UNBLINDING - TCR-4471-201
24/7 line: +1 919 555 0148
IRT emergency code for investigators (rotated quarterly, Q4-2026): «pin:6-unblind»  ⟦?password|IRT emergency unblinding PIN⟧
Do not share outside the investigator file.
"""),
    ("clinical/docketa/tmf-migration.properties", r"""
source.sharepoint.site=https://tessalycro.sharepoint.com/sites/eTMF-legacy
source.sharepoint.client.id=«uuid:spclient»  ⟪Entra application id⟫
source.sharepoint.client.secret=«azad:spmigrate»  ⟦azure-ad|Entra client secret in migration properties⟧
target.docketa.url=https://tessaly.docketa.com/api/v2
target.docketa.user=migration_svc
target.docketa.password=«pwn:docketamig»  ⟦password|Docketa migration password in .properties⟧
"""),
    ("clinical/siteledger/connector.yaml", r"""
siteledger:
  tenant: tessaly-prod
  api: https://tessaly.siteledger.io/api
  token: "«b62:48-siteledger»"  ⟦app-secret|SiteLedger token again, in a connector file⟧
  payments:
    investigator_grants_export: s3://tcr-finance-264019837745/grants/
    bank_sftp: sftp://h2h.northbank-corp.com
    bank_sftp_user: TESSALY01
    bank_sftp_password: «pwr:banksftp»  ⟦password|bank host-to-host SFTP password⟧
"""),
    ("safety/vigilarc/gateway.properties", r"""
vigilarc.e2b.as2.id=TESSALY-PV
vigilarc.e2b.partner.as2.id=HELIXA-GSS
vigilarc.e2b.as2.url=https://as2.helixa-pharma.com/receive
vigilarc.e2b.keystore=/opt/vigilarc/as2/tessaly-pv.p12
vigilarc.e2b.keystore.password=«pwc:as2keystore»  ⟦password|AS2 keystore password⟧
vigilarc.db.url=jdbc:oracle:thin:@vigilarc-db.tessaly-cro.com:1521/SAFETY
vigilarc.db.user=vigil_app
vigilarc.db.password=«pwl:vigildb»  ⟦password|safety database password⟧
vigilarc.meddra.license=«up:20-meddralic»  ⟦?app-secret|MedDRA subscription licence key⟧
"""),
    ("safety/vigilarc/as2-partner-cert.pem", r"""
«cert:ecpartnercert:as2.helixa-pharma.com»  ⟪partner certificate⟫
"""),
    ("safety/literature-search/config.yaml", r"""
embase:
  api_key: «hex:32-embase»  ⟦app-secret|literature database API key⟧
  insttoken: «hex:32-embaseinst»  ⟦app-secret|institution token⟧
pubmed:
  email: pv-literature@tessaly-cro.com
  api_key: «hex:36-ncbi»  ⟦app-secret|NCBI E-utilities API key⟧
"""),
    ("sites/workstations/coordinator-pc-setup.ps1", r"""
# Site coordinator laptops (Leeds, Raleigh, Kraków, Pune, Monterrey, Brisbane)
$ErrorActionPreference = 'Stop'
$site = $env:TCR_SITE
Add-Computer -DomainName corp.tessaly-cro.com -Credential (Get-Credential)  ⟪interactive credential prompt⟫
$wifi = @"
<WLANProfile><name>TCR-STAFF</name><MSM><security><sharedKey><keyMaterial>«wifipsk:staff»</keyMaterial></sharedKey></security></MSM></WLANProfile>  ⟦password|staff Wi-Fi key in a WLAN profile⟧
"@
$wifi | Out-File "$env:TEMP\wifi.xml"; netsh wlan add profile filename="$env:TEMP\wifi.xml"
cmdkey /add:tmf-scan.tessaly-cro.com /user:CORP\svc_scan /pass:«pwp:scansvc»  ⟦password|cmdkey /pass: in a setup script⟧
"""),
    ("sites/workstations/instrument-pc-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="cdsoperator"
"DefaultDomainName"="TCRLAB"
"DefaultPassword"="«pw6:cdsoperator»"  ⟦password|Winlogon DefaultPassword⟧
"""),
    ("sites/workstations/unattend-instrument-pc.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64">
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount>
            <Name>labadmin</Name>
            <Password><Value>«unattend:pwl:labpcadmin»</Value><PlainText>false</PlainText></Password>  ⟦password-b64|unattend.xml encoded local admin password⟧
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("sites/workstations/map-drives.bat", r"""
@echo off
REM Leeds site - map the ISF scan share and the pharmacy temperature logs
net use S: \\lds-fs01\isf-scans /user:TCRSITE\lds_scan «pwn:ldsscan» /persistent:yes  ⟦password|net use password in a batch file⟧
net use T: \\lds-fs01\pharmacy-temps /persistent:yes
"""),
    ("sites/pharmacy/temp-logger.conf", r"""
# TempTrail data logger base station, Leeds investigational pharmacy
station_id = LDS-PHARM-01
upload_url = https://cloud.temptrail.io/api/upload
upload_key = «b62:24-temptrail»  ⟦app-secret|data logger cloud upload key⟧
admin_password = «pw6:temptrailadm»  ⟦password|base station admin password⟧
"""),
    ("sites/pharmacy/README.md", r"""
# Investigational product (IP) pharmacy - site checklist

1. Temperature excursions: the TempTrail station uploads every 5 minutes; excursions open a deviation in SiteLedger.
2. Accountability logs are scanned to `\\<site>-fs01\isf-scans` within 48 h.
3. IRT kit receipt: confirm shipment in RandoGate the same day.
4. The pharmacy fridge alarm dialler uses the site's standard PIN (ask the site IT lead; it is not written here).  ⟪pointer, no value⟫
"""),
    ("lab/courier/cryoline-shipments.json", r"""
{
  "account": "TESSALY-RDU",
  "apiKey": "«uuid:cryolinekey»",  ⟦app-secret|Cryoline API key in a shipments export⟧
  "shipments": [
    {"awb": "CRL«num:10-awb1»", "from": "LDS-01", "to": "RDU-BIOREPO", "temp": "dry-ice", "specimens": 48},
    {"awb": "CRL«num:10-awb2»", "from": "KRK-01", "to": "RDU-BIOREPO", "temp": "-80", "specimens": 96}
  ]
}
"""),
    ("lab/biorepository/manifest-2026-11-14.csv", r"""
manifest_id,subject_id,visit,matrix,aliquot,tube_barcode,freezer,rack,box,position
MF-2026-1114,4471-201-0104,V3,K2EDTA plasma,1,TCR-SPC-«num:8-tube1»,ULT-01,R3,B12,A1
MF-2026-1114,4471-201-0104,V3,K2EDTA plasma,2,TCR-SPC-«num:8-tube2»,ULT-01,R3,B12,A2
MF-2026-1114,4471-201-0117,V3,Serum,1,TCR-SPC-«num:8-tube3»,ULT-02,R1,B04,C7
MF-2026-1114,4471-201-0117,V3,Urine,1,TCR-SPC-«num:8-tube4»,ULT-02,R1,B04,C8
"""),
    ("lab/network/lab-switch-rdu.cfg", r"""
hostname rdu-lab-sw01
!
enable secret 9 $9$«b64k:10-c9salt»$«b64k:32-c9hash»  ⟪Cisco type 9 hash⟫
username netadmin privilege 15 password 0 «pwc:labswitch»  ⟦password|Cisco type 0 password⟧
username backup privilege 1 password 7 «uhex:22-type7»  ⟦?password|Cisco type 7 (reversible) password⟧
!
snmp-server community «pwr:labsnmp» RO 10  ⟦password|SNMP community⟧
snmp-server community public RO 11  ⟪SNMP public community⟫
!
radius server ISE
 address ipv4 10.40.1.20 auth-port 1812 acct-port 1813
 key «pwr:labradius»  ⟦password|RADIUS shared secret⟧
"""),
    ("lab/network/fortigate-krk.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«b64k:48-fgsh2»  ⟪FortiOS SH2 hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws-tgw"
        set remote-gw 52.58.201.14
        set psksecret ENC «b64k:64-fgpsk»  ⟪FortiOS ENC value⟫
    next
    edit "to-rdu"
        set remote-gw 66.150.44.210
        set psksecret «pwr:krkrdupsk»  ⟦password|FortiGate clear pre-shared key⟧
    next
end
"""),
]

# one instrument PC profile per site: two of the six carry the operator password in clear
_SITES = [("LDS", "Leeds", "pw6", True), ("RDU", "Raleigh", "pw6", False), ("KRK", "Krakow", "pwn", True),
          ("PNQ", "Pune", "pw6", False), ("MTY", "Monterrey", "pwp", True), ("BNE", "Brisbane", "pw6", False)]
for _code, _city, _fn, _leak in _SITES:
    _line = (f"operator_password = «{_fn}:op{_code.lower()}»  ⟦password|{_city} instrument PC operator password⟧"
             if _leak else "operator_password_ref = ssm:/labpc/" + _code.lower() + "/operator  ⟪SSM reference⟫")
    FILES.append((f"sites/{_code.lower()}/instrument-pc.ini", f"""
; Tessaly instrument PC profile - {_city} ({_code})
[site]
code = {_code}
city = {_city}
domain = TCRLAB
[operator]
account = {_code.lower()}_operator
{_line}
[cds]
server = {_code.lower()}-cds01.lab.tessaly-cro.com
project_root = D:\\ChromaVerse\\Projects
[backup]
target = \\\\{_code.lower()}-fs01\\instrument-backup
schedule = daily 23:30
"""))
