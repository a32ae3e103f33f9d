"""fresh19 templates, the hospital's own systems (Kestrel Valley Health): integration engine (Mirth Connect, Rhapsody,
Cloverleaf), Epic Interconnect, Bridges, Clarity and BCA, FHIR backend services, immunization registry SOAP, PDMP,
Surescripts, Direct messaging, X12 clearinghouse files, imaging (Orthanc, dcm4chee, Keycloak, PowerScribe, Dragon,
modalities), lab middleware and reference labs, pharmacy (Omnicell, Pyxis, carousel, compounding), infusion pumps
and biomedical devices, nurse call and clinical communications (WCTP paging, Vocera, Spectralink), Zebra
wristband printers, pneumatic tube, research (REDCap, i2b2, OHDSI WebAPI, SAS, R), Citrix ICA files, Group
Policy Preferences, badge-tap workstations.
Markers: render.py and README.md."""

FILES = [
    ("integration/mirth/conf/mirth.properties", r"""
# Mirth Connect server configuration (osprey prod, engine 2)
http.port = 8080
https.port = 8443
password.retrylimit = 5
keystore.path = ${dir.appdata}/keystore.jks
keystore.storepass = «pwr:mirthks»  ⟦password|Mirth keystore.storepass⟧
keystore.keypass = «pwr:mirthks»  ⟦password|Mirth keystore.keypass⟧
keystore.type = JCEKS
database = postgres
database.url = jdbc:postgresql://osprey.cluster-cq4r2x8vt1ze.us-east-2.rds.amazonaws.com:5432/mirthdb
database.username = mirth_owner
database.password = «pwh:mirthdb»  ⟦password|Mirth database.password⟧
database.max-connections = 40
"""),
    ("integration/mirth/conf/mirth-cli-config.properties", r"""
address=https://mirth-eng2.kvh.internal:8443
user=admin
password=«pwc:mirthadmin»  ⟦password|Mirth CLI config password⟧
"""),
    ("integration/mirth/channels/ORU_RefLab_Inbound.xml", r"""
<channel version="4.5.2">
  <id>«uuid:chreflab»</id>
  <name>ORU_RefLab_Inbound</name>
  <description>Reference lab results (ORU^R01) from the partner SFTP drop, split per patient and routed to Epic Beaker</description>
  <sourceConnector version="4.5.2">
    <properties class="com.mirth.connect.connectors.file.FileReceiverProperties" version="4.5.2">
      <scheme>SFTP</scheme>
      <host>sftp.reflab-partner.com/outbound/kvh</host>
      <fileFilter>*.hl7</fileFilter>
      <username>kvh_results</username>
      <password>«pwn:reflabsftp»</password>  ⟦password|SFTP password in a Mirth channel export⟧
      <secure>true</secure>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.5.2">
      <name>Epic Beaker</name>
      <properties class="com.mirth.connect.connectors.tcp.TcpDispatcherProperties" version="4.5.2">
        <remoteAddress>ifc01.kvh.local</remoteAddress>
        <remotePort>7320</remotePort>
      </properties>
    </connector>
    <connector version="4.5.2">
      <name>Audit DB</name>
      <properties class="com.mirth.connect.connectors.jdbc.DatabaseDispatcherProperties" version="4.5.2">
        <driver>org.postgresql.Driver</driver>
        <url>jdbc:postgresql://osprey-audit.kvh.internal:5432/audit</url>
        <username>audit_writer</username>
        <password>${audit_db_password}</password>  ⟪Mirth configuration map variable⟫
      </properties>
    </connector>
  </destinationConnectors>
</channel>
"""),
    ("integration/mirth/channels/ADT_To_NurseCall.xml", r"""
<channel version="4.5.2">
  <id>«uuid:chadtnc»</id>
  <name>ADT_To_NurseCall</name>
  <sourceConnector version="4.5.2">
    <properties class="com.mirth.connect.connectors.tcp.TcpReceiverProperties" version="4.5.2">
      <listenerConnectorProperties version="4.5.2"><host>0.0.0.0</host><port>6671</port></listenerConnectorProperties>
    </properties>
  </sourceConnector>
  <destinationConnectors>
    <connector version="4.5.2">
      <name>Responder REST</name>
      <properties class="com.mirth.connect.connectors.http.HttpDispatcherProperties" version="4.5.2">
        <host>https://responder5.kvh.local/api/adt</host>
        <useAuthentication>true</useAuthentication>
        <authenticationType>Basic</authenticationType>
        <username>kvh-integration</username>
        <password>«pwh:responder»</password>  ⟦password|HTTP sender basic-auth password in a Mirth channel⟧
      </properties>
    </connector>
  </destinationConnectors>
</channel>
"""),
    ("integration/mirth/configurationMap.properties", r"""
# Mirth configuration map (exported 2026-03-02 from prod before the 4.5 upgrade)
audit_db_password=«pwn:auditdb»  ⟦password|configuration map password⟧
iis_wsdl=https://iis.state-health.gov/IISService/services/cdc
iis_username=KVH_HOSP
iis_password=«pwh:iissoap»  ⟦password|immunization registry SOAP password in the configuration map⟧
iis_facility_id=«num:6-iisfac»  ⟪registry facility id⟫
pdmp_client_id=kestrelvalley-ehr
"""),
    ("integration/mirth/users-export.csv", r"""
id,username,first,last,email,last_login,password_hash
1,admin,Mirth,Admin,integration@kestrelvalley.org,2026-03-01T10:22:01Z,«mirthhash:admin»  ⟪stored password hash⟫
2,obinna.e,Obinna,Eze,obinna.eze@kestrelvalley.org,2026-03-02T08:10:44Z,«mirthhash:obinna»
3,svc-deploy,Service,Deploy,,2026-02-27T03:00:12Z,«mirthhash:svcdeploy»
"""),
    ("integration/rhapsody/rhapsody.properties", r"""
# Rhapsody 7 engine (legacy lab and radiology routes, retiring Q4)
rhapsody.engine.name=KVH-RHAP-01
rhapsody.web.port=8444
rhapsody.keystore.file=conf/rhapsody.jks
rhapsody.keystore.password=«pwx:rhapsodyks»  ⟦password|Rhapsody keystore password⟧
rhapsody.locker.masterPassword=«pwx:rhapsodylocker»  ⟦password|Rhapsody locker master password⟧
rhapsody.smtp.host=smtp.kvh.local
"""),
    ("integration/cloverleaf/siteInfo.ini", r"""
[site]
name=kvh_prod
hcisitedir=/hci/cis19.1/integrator/kvh_prod
[db]
dsn=CLV_AUDIT
user=clv_audit
pwd=«pw6:clvaudit»  ⟦password|Cloverleaf audit DSN password⟧
[alerts]
smtp=smtp.kvh.local
to=integration-oncall@kestrelvalley.org
"""),
    ("integration/epic/interconnect/web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Environment" value="PRD" />
    <add key="EMPUser" value="OSPREY" />
    <add key="EMPPassword" value="«pwh:interconnectemp»" />  ⟦password|Epic Interconnect EMP password in web.config appSettings⟧
    <add key="ClientID" value="«uuid:epicicclient»" />  ⟪Epic client id⟫
    <add key="MyChartSSOKey" value="«b64k:32-mychartsso»" />  ⟦app-secret|MyChart SSO shared key in web.config⟧
    <add key="ValidateCertificates" value="true" />
  </appSettings>
  <connectionStrings>
    <add name="Clarity" connectionString="Data Source=clarity-db01.kvh.local;Initial Catalog=Clarity;User ID=ic_reader;Password=«pwh:icclarity»;Encrypt=True" providerName="System.Data.SqlClient" />  ⟦conn-string|Clarity connection string in web.config⟧
    <add name="Audit" connectionString="Data Source=ic-audit.kvh.local;Initial Catalog=ICAudit;Integrated Security=SSPI" providerName="System.Data.SqlClient" />  ⟪integrated security⟫
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«uhex:128-icvalidation»" decryptionKey="«uhex:48-icdecrypt»" validation="HMACSHA512" decryption="AES" />  ⟦app-secret|ASP.NET machineKey in web.config⟧
  </system.web>
</configuration>
"""),
    ("integration/epic/backend-services/kvh-pophealth-private.pem", r"""
«pem:pkcs8:rsaepicbackend»  ⟦private-key|Epic backend services signing key (RSA)⟧
"""),
    ("integration/epic/backend-services/jwks.json", r"""
{"keys": [{"kty": "RSA", "kid": "kvh-pophealth-2026", "use": "sig", "alg": "RS384", "e": "AQAB", "n": "«urlsafe:256-jwksn»"}]}  ⟪public JWKS⟫
"""),
    ("integration/epic/backend-services/README.md", r"""
# Epic backend services (bulk FHIR) registration

- Client id (non-prod): `«uuid:epicbulknp»`  ⟪client id⟫
- Client id (prod): `«uuid:epicbulkclient»`
- Public key set: https://pophealth.kestrelvalley.org/.well-known/jwks.json
- The private key lives in SSM `/pophealth/epic/backend-jwk`; the copy in this folder is the one we registered first
  and must be rotated (CLOUD-2291).
"""),
    ("integration/epic/bridges/interface-3410-oru-outbound.txt", r"""
Epic Bridges - interface 3410 - ORU results outbound to Riverbend Family Practice (athenaOne)
Record: 3410  Type: Results Outgoing  Protocol: SFTP (batched every 15 min)
Host: sftp.athena-partner-drop.net   Port: 22
User: kvh_3410
Password: «pw:bridges3410»  ⟦password|SFTP password in an interface build record⟧
Contact: interfaces@riverbendfp.com
Notes: filename KVH_ORU_yyyymmddhhmmss.hl7, MSH-4 = «oid:kvhfac»  ⟪facility OID⟫
"""),
    ("integration/epic/clarity/odbc-clarity.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\ODBC\ODBC.INI\CLARITY_PRD]
"Driver"="C:\\Windows\\System32\\msodbcsql18.dll"
"Server"="clarity-db01.kvh.local"
"Database"="Clarity"
"LastUser"="crystal_rpt"
"PWD"="«pwp:crystalrpt»"  ⟦password|ODBC DSN password in a .reg export⟧
"Encrypt"="Yes"
"""),
    ("integration/epic/bca/bca-pc-setup.txt", r"""
BCA (business continuity access) PC build - one per unit, red label, on the red UPS outlet
1. Log on as local account bcauser / «pwh:bcauser»  ⟦password|BCA PC local account password in a build sheet⟧
2. Confirm the BCA Web share maps: net use B: \\bca-print-01\BCA /user:KVH\svc-bca «pwh:bcasvc» /persistent:yes  ⟦password|net use password⟧
3. Print the test page from the Epic BCA Web client and file it in the downtime binder.
4. Do not join the PC to the wireless network.
"""),
    ("integration/epic/hyperspace/Epic-PRD.ica", r"""
[WFClient]
Version=2
HttpBrowserAddress=citrix-sf.kvh.local
[ApplicationServers]
Epic Hyperspace PRD=
[Epic Hyperspace PRD]
Address=;40;STA«uhex:12-sta»;«uhex:32-staticket»  ⟪STA ticket⟫
InitialProgram=#Epic Hyperspace PRD
Domain=KVH
Username=svc-ed-tracker
ClearPassword=«pwh:edtracker»  ⟦password|Citrix ICA ClearPassword⟧
TWIMode=On
DesiredColor=8
"""),
    ("integration/iis/submitSingleMessage-request.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" xmlns:urn="urn:cdc:iisb:2011">
  <soap:Header/>
  <soap:Body>
    <urn:submitSingleMessage>
      <urn:username>KVH_HOSP</urn:username>
      <urn:password>«pwh:iissoap»</urn:password>  ⟦password|CDC IIS SOAP submitSingleMessage password⟧
      <urn:facilityID>«num:6-iisfac»</urn:facilityID>  ⟪facility id⟫
      <urn:hl7Message>MSH|^~\&amp;|KVH_EPIC|KVH|IIS|STATE|20260311093012||VXU^V04^VXU_V04|«num:10-vxu»|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS</urn:hl7Message>
    </urn:submitSingleMessage>
  </soap:Body>
</soap:Envelope>
"""),
    ("integration/pdmp/narx-gateway.properties", r"""
# PMP Gateway integration (NarxCare in the Epic workflow)
gateway.url=https://gateway.pmpgateway.net/v5_1
gateway.client=kestrelvalley-ehr
gateway.username=kestrelvalley_ehr
gateway.password=«pwr:pmpgw»  ⟦password|PMP Gateway password in properties⟧
gateway.hmac.key=«b64k:32-pmphmac»  ⟦app-secret|PMP Gateway request-signing key⟧
"""),
    ("integration/surescripts/surescripts.properties", r"""
ss.endpoint=https://smr-cert.surescripts.net/erx/kvh/v6_1
ss.portal.id=KVHHOSP01
ss.keystore=/opt/sparrow/certs/kvh-surescripts.p12
ss.keystore.password=«pwx:ssks»  ⟦password|Surescripts keystore password in properties⟧
ss.truststore.password=changeit  ⟪Java truststore default⟫
ss.ncpdp.id=«num:7-ncpdp»  ⟪NCPDP id⟫
"""),
    ("integration/direct/hisp-client.properties", r"""
# DirectTrust HISP (clinical summaries to skilled nursing facilities)
direct.address=referrals@direct.kestrelvalley.org
direct.smtp.host=smtp.hisp-partner.net
direct.smtp.user=kvh-referrals
direct.smtp.password=«pwn:directsmtp»  ⟦password|Direct HISP SMTP password⟧
direct.signing.key=/opt/direct/keys/referrals.key
"""),
    ("integration/direct/keys/referrals.key", r"""
«pem:pkcs1:rsadirect»  ⟦private-key|Direct messaging signing key (PKCS#1)⟧
"""),
    ("integration/direct/keys/referrals.crt", r"""
«cert:ecdirectcert:referrals.direct.kestrelvalley.org»  ⟪certificate⟫
"""),
    ("revenue/outbound/837P_20260310_0412.x12", r"""
ISA*00*          *01*«isa:clearinghouse»*ZZ*KVH0412        *ZZ*CLRHOUSE       *260310*0412*^*00501*000104121*0*P*:~  ⟦password|X12 ISA04 security information (ISA03 = 01, a password)⟧
GS*HC*KVH0412*CLRHOUSE*20260310*0412*104121*X*005010X222A1~
ST*837*0001*005010X222A1~
BHT*0019*00*KVH104121*20260310*0412*CH~
NM1*85*2*KESTREL VALLEY HEALTH*****XX*«npi:kvhgroup»~  ⟪billing NPI⟫
SE*5*0001~
GE*1*104121~
IEA*1*000104121~
"""),
    ("revenue/outbound/837I_20260310_0412.x12", r"""
ISA*00*          *00*          *ZZ*KVH0412        *ZZ*CLRHOUSE       *260310*0413*^*00501*000104122*0*P*:~  ⟪ISA with no security information⟫
GS*HC*KVH0412*CLRHOUSE*20260310*0413*104122*X*005010X223A2~
ST*837*0001*005010X223A2~
SE*2*0001~
GE*1*104122~
IEA*1*000104122~
"""),
    ("revenue/clearinghouse/WinSCP.ini", r"""
[Sessions\kvh-claims@sftp.clearinghouse-partner.net]
HostName=sftp.clearinghouse-partner.net
UserName=kvh_claims
Password=«hex:64-winscpobf»  ⟪WinSCP obfuscated password⟫
LocalDirectory=D:%5CClaims%5COutbound
[Sessions\lockbox@sftp.bank-remit.com]
HostName=sftp.bank-remit.com
UserName=kvh_lockbox
"""),
    ("revenue/eligibility/experian-eligibility.yaml", r"""
vendor: experian-health
endpoint: https://eligibility.experianhealth-api.com/v3/270
submitter_id: KVH0412
auth:
  client_id: «lo:24-experianid»  ⟪client id⟫
  client_secret: «secret20:experian»  ⟦app-secret|eligibility vendor client secret in YAML⟧
payer_overrides:
  - payer: MEDICAID-STATE
    portal_user: kvh_elig
    portal_password: «pwh:medicaidportal»  ⟦password|state Medicaid portal password⟧
"""),
    ("revenue/lockbox/bai2-import.ps1", r"""
# Pulls the BAI2 and 835 remittance files from the bank and drops them for Epic Resolute
$session = New-Object WinSCP.SessionOptions -Property @{
    Protocol = [WinSCP.Protocol]::Sftp
    HostName = "sftp.bank-remit.com"
    UserName = "kvh_lockbox"
    Password = "«pwc:lockbox»"  ⟦password|WinSCP .NET session password in PowerShell⟧
    SshHostKeyFingerprint = "ssh-ed25519 255 «b64k:32-bankfp»"  ⟪host key fingerprint⟫
}
"""),
    ("revenue/statements/patient-pay-widget.js", r"""
// embedded on pay.kestrelvalley.org (bill pay, guest checkout)
window.KVHPay = {
  instamedPublicKey: "«uuid:instamedpub»",  // public checkout key  ⟪publishable checkout key⟫
  stripeKey: "«pk:payweb»",  ⟪Stripe publishable key⟫
  recaptchaSiteKey: "6L«okx:38-recaptchasite»",
};
"""),
    ("imaging/orthanc/orthanc.json", r"""
{
  "Name": "KVH-VNA-ONPREM",
  "DicomAet": "«ae:KVH_VNA»",
  "DicomPort": 4242,
  "RemoteAccessAllowed": true,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "wren-admin": "«pwx:orthancadmin»",  ⟦password|Orthanc RegisteredUsers password⟧
    "powerscribe": "«pwn:orthancps»"  ⟦password|Orthanc RegisteredUsers password (dictation system)⟧
  },
  "DicomModalities": {
    "CT1": ["KVH_CT1", "10.30.12.21", 104],
    "US-ED": ["KVH_US_ED", "10.30.14.77", 104]
  },
  "PostgreSQL": {"EnableIndex": true, "Host": "vna-db.kvh.local", "Database": "orthanc", "Username": "orthanc", "Password": "«pwr:orthancpg»"}  ⟦password|Orthanc PostgreSQL plugin password⟧
}
"""),
    ("imaging/dcm4chee/standalone-datasource.xml", r"""
<datasources xmlns="urn:jboss:domain:datasources:7.0">
  <datasource jndi-name="java:/PacsDS" pool-name="PacsDS" enabled="true">
    <connection-url>jdbc:postgresql://pacs-db.kvh.local:5432/pacsdb</connection-url>
    <driver>postgresql</driver>
    <security>
      <user-name>pacs</user-name>
      <password>«pwn:dcmpacsdb»</password>  ⟦password|WildFly datasource password⟧
    </security>
  </datasource>
  <datasource jndi-name="java:/ArchiveAuditDS" pool-name="ArchiveAuditDS" enabled="true">
    <connection-url>jdbc:postgresql://pacs-db.kvh.local:5432/audit</connection-url>
    <security>
      <security-domain>auditds-vault</security-domain>  ⟪security domain reference⟫
    </security>
  </datasource>
</datasources>
"""),
    ("imaging/dcm4chee/ldap.properties", r"""
java.naming.factory.initial=com.sun.jndi.ldap.LdapCtxFactory
java.naming.provider.url=ldap://slapd.wren.svc:389/dc=dcm4che,dc=org
java.naming.security.principal=cn=admin,dc=dcm4che,dc=org
java.naming.security.credentials=«pwr:dcmldap»  ⟦password|LDAP credentials in dcm4che ldap.properties⟧
"""),
    ("imaging/keycloak/realm-dcm4che.json", r"""
{
  "realm": "dcm4che",
  "enabled": true,
  "clients": [
    {"clientId": "dcm4chee-arc-rs", "enabled": true, "publicClient": false, "secret": "«uuid:kcarcrs»"},  ⟦app-secret|Keycloak confidential client secret in a realm export⟧
    {"clientId": "dcm4chee-arc-ui", "enabled": true, "publicClient": true}
  ],
  "smtpServer": {"host": "smtp.kvh.local", "port": "587", "auth": "true", "user": "keycloak@kestrelvalley.org", "password": "«pwp:kcsmtp»"},  ⟦password|Keycloak SMTP password in a realm export⟧
  "users": [
    {"username": "rad-admin", "credentials": [{"type": "password", "hashedSaltedValue": "«b64k:64-kchash»", "salt": "«b64k:16-kcsalt»", "hashIterations": 27500}]}  ⟪hashed credential⟫
  ]
}
"""),
    ("imaging/powerscribe/PowerScribe360.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="ServerUrl" value="https://ps360.kvh.local/RadPortal" />
    <add key="IntegrationUser" value="ps360_ris" />
    <add key="IntegrationPassword" value="«pwc:ps360»" />  ⟦password|PowerScribe integration password in appSettings⟧
    <add key="SiteCode" value="KVH" />
  </appSettings>
</configuration>
"""),
    ("imaging/dragon/dmo-deploy.cmd", r"""
@echo off
rem Dragon Medical One - silent install on clinical workstations (SCCM package DMO-2026.1)
msiexec /i "\\fs01.kvh.local\deploy\Nuance\DragonMedicalOne.msi" /qn ^
  ORGANIZATIONTOKEN=«uuid:dmoorg» ^  ⟦?app-secret|Dragon Medical One organization token (a licensing credential, policy-dependent)⟧
  SERVERURL=https://kvh.nuancehdp.com/basic
"""),
    ("imaging/modalities/ct-main-1-service.txt", r"""
GE Revolution CT (CT1, main campus) - field service handover 2026-01-19
AE title: KVH_CT1   IP 10.30.12.21   Port 104   Storage commit to KVH_VNA
Service laptop login (InSite ExC): kvh-biomed / «pwh:ctservice»  ⟦password|modality service login in a handover note⟧
Modality worklist: AE KVH_MWL at 10.12.8.61:104 (no credentials, AE filtering only)
Remote service VPN (vendor managed): do not change the tunnel; vendor ticket 4471-20931
"""),
    ("imaging/modalities/us-fleet-wifi.csv", r"""
asset_tag,model,location,ssid,security,psk,dicom_aet
BM-04411,LOGIQ E10,ED,KVH-BIOMED,WPA2-PSK,«wifipsk:biomed»,KVH_US_ED  ⟦password|ultrasound Wi-Fi PSK in an asset export⟧
BM-04412,Venue Go,ICU,KVH-BIOMED,WPA2-Enterprise,,KVH_US_ICU  ⟪enterprise auth, no PSK⟫
BM-04418,EPIQ Elite,Women's,KVH-BIOMED,WPA2-PSK,«wifipsk:biomed»,KVH_US_WOM  ⟦password|same PSK on a second device row⟧
"""),
    ("lab/instrument-manager/IM.ini", r"""
[System]
SiteName=KVH Core Lab
[Database]
DSN=IM_PROD
UID=im_app
PWD=«pw6:imdb»  ⟦password|Instrument Manager DSN password⟧
[LIS]
Host=beaker-ifc.kvh.local
Port=5123
[Instruments]
cobas8000=10.22.4.11:5000
XN-9100=10.22.4.20:4001
"""),
    ("lab/reference/quest-hub.properties", r"""
# Quest Quanum Hub - orders out / results in over HTTPS
hub.url=https://hubservices.quest-partner.com/hub-resource-manager/rest
hub.username=KVH_ORDERS
hub.password=«pwx:questhub»  ⟦password|reference lab hub password⟧
hub.client.code=«up:8-questclient»
"""),
    ("lab/bloodbank/safetrace-backup.cfg", r"""
; blood bank system nightly backup
[backup]
target=\\fs02.kvh.local\bbk$
run_as=KVH\svc-bbkbackup
run_as_password=«pwh:bbkbackup»  ⟦password|blood bank backup run-as password⟧
[sql]
instance=bbk-sql01\BBK
auth=windows  ⟪Windows authentication⟫
"""),
    ("lab/pathology/copath-export.py", r"""
import pyodbc

CONN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=copath-db.kvh.local;DATABASE=CoPath;"
    "UID=copath_extract;PWD=«pwn:copath»;Encrypt=yes;TrustServerCertificate=yes"  ⟦conn-string|ODBC connection string in Python⟧
)


def cases_since(day):
    with pyodbc.connect(CONN) as c:
        return c.execute("select case_no, signout_dt from c_case where signout_dt >= ?", day).fetchall()
"""),
    ("pharmacy/omnicell/OmniCenter.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="OmniCenterDB" connectionString="Server=omnisql01.kvh.local;Database=OmniCenter;User Id=omni_app;Password=«pw6:omnisql»;" />  ⟦conn-string|OmniCenter SQL connection string⟧
  </connectionStrings>
  <appSettings>
    <add key="InterfaceHost" value="ifc01.kvh.local" />
    <add key="ADTPort" value="6690" />
    <add key="ServicePassword" value="«pw6:omnicenter»" />  ⟦password|OmniCenter service password in appSettings⟧
  </appSettings>
</configuration>
"""),
    ("pharmacy/pyxis/es-server-notes.txt", r"""
Pyxis ES server (pyxis-es01) - pharmacy IT notes
- Console admin: KVH\rx-pyxisadmin (domain account, MFA via Duo)
- SQL sa is disabled; app login pyxis_es password «pw6:pyxissql» (also in the Jenkins job, fix that)  ⟦password|password in pharmacy IT notes⟧
- Cabinet override report runs nightly 02:00 to \\fs01\rx\overrides
- BD remote support: via the vendor portal only, see KB-RX-014
"""),
    ("pharmacy/carousel/swisslog-pillpick.ini", r"""
[Host]
Address=10.24.2.10
Port=7000
[HL7]
InboundPort=7001
[Service]
ServiceUser=pillpick
ServicePassword=«pw6:pillpick»  ⟦password|carousel service password⟧
[Vendor]
SupportPin=«pin:4-pillpin»  ⟦password|vendor support PIN⟧
"""),
    ("pharmacy/formulary/fdb-license.xml", r"""
<?xml version="1.0"?>
<FDBConfig>
  <Product>MedKnowledge</Product>
  <LicenseKey>«license:fdb»</LicenseKey>  ⟦?app-secret|drug database licence key (policy-dependent)⟧
  <UpdateServer>https://download.fdbhealth-partner.com/updates</UpdateServer>
  <UpdateUser>kvh_pharm</UpdateUser>
  <UpdatePassword>«pwn:fdbupdate»</UpdatePassword>  ⟦password|drug database update password in XML⟧
</FDBConfig>
"""),
    ("pharmacy/covermymeds/cmm.env", r"""
CMM_API_ID=kestrelvalley
CMM_API_SECRET=«b62:32-cmm»  ⟦app-secret|prior-authorisation API secret in .env⟧
CMM_ENVIRONMENT=production
"""),
    ("biomed/pumps/alaris-network-profile.xml", r"""
<?xml version="1.0"?>
<NetworkProfile name="KVH-BIOMED-2026">
  <SSID>KVH-BIOMED</SSID>
  <Security>WPA2-Enterprise</Security>
  <EAP method="PEAP" inner="MSCHAPv2">
    <Identity>pumps@kvh.local</Identity>
    <Password>«pwh:pumpeap»</Password>  ⟦password|PEAP password in an infusion pump network profile⟧
  </EAP>
  <ServerCert>KVH-RADIUS-2026</ServerCert>
  <PumpServer host="pumpserver.kvh.local" port="8443" />
</NetworkProfile>
"""),
    ("biomed/pumps/pump-server-api.py", r"""
import requests

BASE = "https://pumpserver.kvh.local:8443/api"
session = requests.Session()
session.auth = ("kvh_biomed", "«pw6:pumpserver»")  ⟦password|basic-auth tuple in Python⟧
session.verify = "/etc/pki/kvh-root.pem"


def active_alarms():
    return session.get(f"{BASE}/alarms", params={"state": "active"}).json()
"""),
    ("biomed/monitors/gateway-snmp.conf", r"""
# Patient monitoring gateway - SNMP and HL7 export
snmp.v2c.community.ro=«lo:12-snmpro»  ⟦password|SNMP read community⟧
snmp.v2c.community.rw=public  ⟪SNMP default⟫
snmp.v3.user=kvh-nms
snmp.v3.auth.protocol=SHA
snmp.v3.auth.password=«pwr:snmpv3auth»  ⟦password|SNMPv3 auth password⟧
snmp.v3.priv.password=«pwr:snmpv3priv»  ⟦password|SNMPv3 privacy password⟧
hl7.export.host=ifc01.kvh.local
hl7.export.port=6680
"""),
    ("biomed/device-security/medigate-sync.yaml", r"""
# Device inventory sync from the medical-device security platform into the CMMS
source:
  url: https://kvh.medigate-platform.io/api/v1/devices
  api_token: «okx:64-medigate»  ⟦app-secret|device security platform API token⟧
sink:
  cmms: https://kestrelvalley.service-now.com/api/now/table/x_nuvo_eam_clinical_devices
  user: svc-cmms-sync
  password: «pwn:cmmssync»  ⟦password|CMMS integration password⟧
"""),
    ("biomed/tube/translogic-controller.txt", r"""
Pneumatic tube system - central controller (ICU/ED/lab zone)
Web UI: https://tube-ctl.kvh.local  user: facilities  pass: «pwp:tubectl»  ⟦password|tube system controller password in a note⟧
Secure-transaction PIN for pharmacy stations: «pin:4-tubepin»  ⟦password|secure transaction PIN⟧
Vendor support: 24/7 line, contract TL-88120
"""),
    ("comms/spok/wctp-send.xml", r"""
<?xml version="1.0"?>
<!DOCTYPE wctp-Operation SYSTEM "http://dtd.wctp.org/wctp-dtd-v1r1.dtd">
<wctp-Operation wctpVersion="wctp-dtd-v1r1">
  <wctp-SubmitRequest>
    <wctp-SubmitHeader>
      <wctp-Originator senderID="kvh-nursecall" securityCode="«b62:12-wctp»"/>  ⟦password|WCTP securityCode of a paging originator⟧
      <wctp-MessageControl messageID="«num:9-wctpmsg»" allowResponse="true"/>
      <wctp-Recipient recipientID="4417"/>
    </wctp-SubmitHeader>
    <wctp-Payload><wctp-Alphanumeric>RM 512B BED 1 - CODE BLUE</wctp-Alphanumeric></wctp-Payload>
  </wctp-SubmitRequest>
</wctp-Operation>
"""),
    ("comms/vocera/vs.properties", r"""
vs.server.host=vocera.kvh.local
vs.db.user=vocera
vs.db.password=«pwc:vocera»  ⟦password|Vocera server DB password⟧
vs.ldap.bind.dn=CN=svc-vocera,OU=Service,DC=kvh,DC=local
vs.ldap.bind.password=«pwh:vocerald»  ⟦password|Vocera LDAP bind password⟧
vs.engage.api.key=«hex:32-vocera»  ⟦app-secret|Vocera Engage API key (also in TeamCity)⟧
"""),
    ("comms/vocera/badge-config.properties", r"""
# Vocera badge configuration utility export (B3000n)
ESSID=KVH-VOICE
SecurityType=WPA2-PSK
PSK=«wifipsk:voice»  ⟦password|badge Wi-Fi PSK⟧
ServerIP=10.12.8.80
"""),
    ("comms/spectralink/84xx-site.cfg", r"""
<?xml version="1.0" encoding="UTF-8"?>
<PHONE_CONFIG>
  <WIRELESS wi.enable="1" wi.wlan.ssid="KVH-VOICE" wi.wlan.security="WPA2-PSK" wi.wlan.psk="«wifipsk:voice»"/>  ⟦password|Spectralink Wi-Fi PSK in a site config⟧
  <REG reg.1.address="4417" reg.1.auth.userId="4417" reg.1.auth.password="«num:8-sip4417»"/>  ⟦password|SIP registration password⟧
  <DEVICE device.auth.localAdminPassword="456"/>  ⟪vendor default admin password⟫
</PHONE_CONFIG>
"""),
    ("comms/tigerconnect/config.json", r"""
{
  "org_token": "«b62:32-tigerorg»",
  "api_key": "«b62:32-tigerkey»",
  "api_secret": "«b64k:33-tigersec»",  ⟦app-secret|secure texting API secret in JSON⟧
  "webhook_url": "https://ifc.kestrelvalley.org/tc/events"
}
"""),
    ("devices/zebra/wristband-printer-ZD621.zpl", r"""
! U1 setvar "device.friendly_name" "ED-REG-WB01"
! U1 setvar "wlan.essid" "KVH-DEVICES"
! U1 setvar "wlan.security" "5"
! U1 setvar "wlan.wpa.psk" "«wifipsk:devices»"  ⟦password|Zebra printer WPA passphrase in an SGD script⟧
! U1 setvar "ip.dhcp.enable" "on"
! U1 setvar "device.web_password" "1234"  ⟪Zebra default web password⟫
"""),
    ("devices/imprivata/onesign-agent.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\SSOProvider\ISXAgent]
"IPTXPrimServer"="https://onesign.kvh.local/sso/servlet/messagerouter"
"AgentType"=dword:00000002
"EnableFUS"=dword:00000001

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kvh-kiosk-user"
"DefaultDomainName"="KVH"
"DefaultPassword"="«pwh:kioskautologon»"  ⟦password|Winlogon DefaultPassword on a badge-tap workstation⟧
"""),
    ("devices/gpo/ClinicalWS-LocalAdmin/Groups.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}">
  <User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="kvhadmin" image="2" changed="2019-08-14 10:22:31" uid="{«uuid:gppuid»}">
    <Properties action="U" newName="" fullName="KVH local admin" description="" cpassword="«gpp:clinws»" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="kvhadmin"/>  ⟦?password|GPP cpassword (encrypted under Microsoft's published key, reversible; policy-dependent)⟧
  </User>
</Groups>
"""),
    ("devices/workstations/unattend-clinical.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <UserAccounts>
        <AdministratorPassword>
          <Value>«unattend:pwh:wsadmin»</Value>  ⟦password-b64|unattend.xml encoded administrator password⟧
          <PlainText>false</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Username>kvh-imaging</Username>
        <Password>
          <Value>«pwh:wsautologon»</Value>  ⟦password|unattend.xml AutoLogon plain-text password⟧
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("research/redcap/database.php", r"""
<?php
// REDCap database connection (redcap.kestrelvalley.org)
$hostname   = 'redcap-db.kvh.local';
$db         = 'redcap';
$username   = 'redcap_app';
$password   = '«pwn:redcapdb»';  ⟦password|REDCap database.php password⟧
$db_ssl_ca  = '/etc/pki/tls/certs/rds-ca.pem';
// salt used to hash identifiers in de-identified exports: never change once data exist
$salt = '«hex:40-redcapsalt»';  ⟦app-secret|REDCap salt (a secret hashing key)⟧
"""),
    ("research/redcap/pull_sepsis_cohort.R", r"""
library(REDCapR)

uri   <- "https://redcap.kestrelvalley.org/api/"
token <- "«redcap:sepsis»"  ⟦app-secret|REDCap token in an R script⟧
ds <- redcap_read(redcap_uri = uri, token = token)$data

token_dev <- Sys.getenv("REDCAP_DEV_TOKEN")  ⟪environment lookup⟫
"""),
    ("research/i2b2/crc-ds.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<datasources>
  <datasource jta="false" jndi-name="java:/QueryToolDemoDS" pool-name="QueryToolDemoDS" enabled="true">
    <connection-url>jdbc:postgresql://i2b2-db.kvh.local:5432/i2b2</connection-url>
    <driver>postgresql</driver>
    <security>
      <user-name>i2b2demodata</user-name>
      <password>demouser</password>  ⟪i2b2 documented demo default⟫
    </security>
  </datasource>
  <datasource jta="false" jndi-name="java:/QueryToolKVHDS" pool-name="QueryToolKVHDS" enabled="true">
    <connection-url>jdbc:postgresql://i2b2-db.kvh.local:5432/i2b2</connection-url>
    <security>
      <user-name>i2b2kvhdata</user-name>
      <password>«pwl:i2b2kvh»</password>  ⟦password|i2b2 CRC datasource password⟧
    </security>
  </datasource>
</datasources>
"""),
    ("research/ohdsi/webapi-settings.xml", r"""
<settings>
  <profiles>
    <profile>
      <id>webapi-redshift</id>
      <properties>
        <datasource.url>jdbc:redshift://merlin-omop.c9zq1x7r2abc.us-east-2.redshift.amazonaws.com:5439/omop</datasource.url>
        <datasource.username>webapi</datasource.username>
        <datasource.password>«pwx:webapi»</datasource.password>  ⟦password|OHDSI WebAPI datasource password⟧
        <security.provider>AtlasRegularSecurity</security.provider>
      </properties>
    </profile>
  </profiles>
</settings>
"""),
    ("research/sas/omop_extract.sas", r"""
/* IRB KVH-IRB-2024-118: sepsis cohort extract */
libname omop odbc noprompt="DSN=MERLIN_RS;UID=sas_extract;PWD=«pwh:sasextract»" schema=cdm;  ⟦password|SAS libname PWD⟧
libname kvhlib "/sasdata/irb118";
proc sql;
  create table kvhlib.cohort as
  select person_id, condition_start_date from omop.condition_occurrence where condition_concept_id = 132797;
quit;
"""),
    ("research/notebooks/readmission_model.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "import snowflake.connector\n",
    "conn = snowflake.connector.connect(account='kvh-research', user='ANJALI_R', password='«snowpw:anjali»', warehouse='RESEARCH_WH')\n",  ⟦password|Snowflake password in a notebook cell⟧
    "os.environ['WANDB_API_KEY'] = '«wandb:merlin»'\n"  ⟦app-secret|Weights and Biases key in a notebook cell⟧
   ]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("telehealth/interpreter/dialin.yaml", r"""
vendor: language-line-partner
dial_in: +18005550199
account: KVH-4471
access_code: «num:8-interpaccess»  ⟦password|interpreter service access code⟧
video:
  api: https://api.interpreter-partner.com/v2
  token: «b62:40-interp»  ⟦app-secret|interpreter video API token in YAML⟧
"""),
    ("telehealth/zoom/s2s-oauth.json", r"""
{
  "account_id": "«zoomid:s2saccount»",
  "client_id": "«zoomid:s2sclient»",
  "client_secret": "«zoomsec:s2s»",  ⟦app-secret|Zoom server-to-server OAuth client secret in JSON⟧
  "secret_token": "«b62:22-zoomwebhook»",  ⟦app-secret|Zoom webhook secret token⟧
  "scopes": ["meeting:write:admin", "user:read:admin"]
}
"""),
    ("portal/kiosk/checkin-kiosk.json", r"""
{
  "kioskId": "MBK-LOBBY-02",
  "vendorApi": "https://api.checkin-partner.com/v4",
  "vendorApiKey": "«b62:40-kioskvendor»",  ⟦app-secret|patient check-in kiosk vendor API key⟧
  "cardReader": {"model": "ID TECH SREDKey 2", "p2pe": true},
  "adminPin": "«pin:6-kioskpin»",  ⟦password|kiosk admin PIN⟧
  "idleTimeoutSec": 90
}
"""),
    ("facilities/bed-management/teletracking.properties", r"""
tt.api.base=https://kvh.teletracking-partner.com/api/v3
tt.api.client=kvh-capacity
tt.api.secret=«secret20:teletracking»  ⟦app-secret|capacity management API secret⟧
tt.hl7.listener.port=6700
"""),
    ("facilities/spd/censitrac.udl", r"""
[oledb]
; Everything after this line is an OLE DB initstring
Provider=MSOLEDBSQL.1;Persist Security Info=True;User ID=censitrac;Password=«pw6:censitrac»;Initial Catalog=Censitrac;Data Source=spd-sql01.kvh.local  ⟦conn-string|sterile processing UDL connection string⟧
"""),
    ("facilities/patient-tv/getwell.env", r"""
GWN_TENANT=kestrelvalley
GWN_API_KEY=«b62:36-gwn»  ⟦app-secret|patient TV platform API key in .env⟧
GWN_ADT_FEED=ifc01.kvh.local:6695
GWN_WEB_PUBLIC_KEY=pub_«b62:24-gwnpub»  ⟪public embed key⟫
"""),
    ("integration/hl7/samples/ADT_A01_synthetic.hl7", r"""
MSH|^~\&|EPIC|KVH|NURSECALL|KVH|20260311083001||ADT^A01|«num:10-adtctl»|P|2.5.1  ⟪HL7 message control id⟫
EVN|A01|20260311083001
PID|1||E«num:7-mrn»^^^KVH^MR||SYNTH^PATIENT^A||19700101|F
PV1|1|I|5W^512^B^KVH||||«npi:attending»^CHEN^MEI|||MED  ⟪attending NPI⟫
"""),
]
