"""fresh22 templates, the firm's own industry systems (Marwick Hale Tennant LLP): iManage and NetDocuments,
Elite 3E and Aderant, Intapp, Relativity and Nuix (with load files), docketing and court e-filing (PACER,
Tyler EFSP, beA, RPVA, LexNET, PJe), e-signature, extranets and deal rooms, dictation, the trust ledger and
bank files, payroll and tax engines, secure file transfer, Citrix/NetScaler/FSLogix, print and scan fleets,
mobile device management, video conferencing rooms, fax, translation memory servers.
Markers: render.py and README.md."""

FILES = [
    ("legal/imanage/WorkServer/Config/ServerConfig.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ServerConfig version="10.4.2">
  <Libraries>
    <Library name="LDN_ACTIVE" dbServer="imsql-ldn01.mhtlaw.internal" dbName="LDN_ACTIVE" dbUser="mhsql" dbPassword="«pw6:imsql»" />  ⟦password|iManage library database password (terminal-style)⟧
    <Library name="FRA_ACTIVE" dbServer="imsql-fra01.mhtlaw.internal" dbName="FRA_ACTIVE" dbUser="mhsql" dbPassword="«pw6:imsql»" />  ⟦password|same library password reused for Frankfurt⟧
  </Libraries>
  <Indexer host="imidx-ldn01" port="9500" />
  <Preview enabled="true" />
  <TrustedLogin serviceAccount="MHTLAW\svc-imanage" />  ⟪service account name⟫
</ServerConfig>
"""),
    ("legal/imanage/desktop/iManageWork-connector.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\iManage\Work\Connector]
"ServerUrl"="https://dms.mhtlaw.com"
"ClientId"="mht-desktop-connector"
"ClientSecret"="«b62:40-imdesktop»"  ⟦app-secret|iManage desktop connector secret in a .reg export⟧
"AutoSignIn"=dword:00000001
"ProxyPassword"=hex:«dpapi:improxy»  ⟪DPAPI-protected value⟫
"""),
    ("legal/imanage/import/bulk-import.ini", r"""
; WorkSite bulk import - Frankfurt lateral hire (documents from the previous firm)
[Server]
Name=dms.mhtlaw.com
Library=FRA_ACTIVE
User=migr_fra
Password=«pwl:imimport»  ⟦password|import utility password in an ini⟧
[Defaults]
Class=DOC
Author=MIGRATION
Client=«num:6-client»
Matter=«num:4-matter»
"""),
    ("legal/elite3e/WebUI/web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="TE_3E_PROD" connectionString="Data Source=e3e-sql01.mhtlaw.internal;Initial Catalog=TE_3E_PROD;User ID=NxFramework;Password=«pwx:nxframework»" providerName="System.Data.SqlClient" />  ⟦conn-string|Elite 3E connection string in web.config⟧
  </connectionStrings>
  <system.web>
    <machineKey validationKey="«uhex:128-e3evalkey»" decryptionKey="«uhex:48-e3edeckey»" validation="HMACSHA256" decryption="AES" />  ⟦app-secret|ASP.NET machineKey in web.config⟧
    <authentication mode="Windows" />
  </system.web>
  <appSettings>
    <add key="NextGen.WapiBaseUrl" value="https://e3e-app01.mhtlaw.internal/TE_3E_PROD/web/api" />
    <add key="NextGen.CacheServer" value="e3e-app01:6379" />
  </appSettings>
</configuration>
"""),
    ("legal/elite3e/scripts/proforma-run.ps1", r"""
# Elite 3E - nightly proforma generation for the New York office (run by Task Scheduler on e3e-app02)
$user = 'MHTLAW\svc-3e-batch'
$pass = ConvertTo-SecureString '«pwcity:e3ebatch»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in a billing script⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
$ts = New-WebServiceProxy -Uri 'https://e3e-app01.mhtlaw.internal/TE_3E_PROD/WebUI/TransactionService.asmx?wsdl' -Credential $cred
$ts.ExecuteProcess('ProfGenerate', '<ProfGenerate><Office>NYC</Office></ProfGenerate>', 1)
"""),
    ("legal/aderant/Expert/Aderant.Framework.Server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <aderantServer>
    <database server="ade-sql01.mhtlaw.internal" name="ExpertDB" user="cmsdbo" password="«pw6:cmsdbo»" />  ⟦password|Aderant Expert database password in XML⟧
    <messaging queueServer="ade-app01" />
    <sso enabled="true" issuer="https://mhtlaw.okta.com" />
  </aderantServer>
</configuration>
"""),
    ("legal/aderant/ExpertAssistant/settings.json", r"""
{
  "ExpertServer": "https://expert.mhtlaw.internal",
  "Office365": {
    "TenantId": "«uuid:entratenant»",  ⟪Entra tenant id⟫
    "ClientId": "«uuid:expertapp»",
    "ClientSecret": "«azad:expertassistant»"  ⟦azure-ad|Entra client secret in a JSON settings file⟧
  },
  "TimeEntry": {"MinimumIncrement": 0.1}
}
"""),
    ("legal/intapp/integrate/connections.json", r"""
{
  "connections": [
    {"name": "Elite3E", "type": "SqlServer", "server": "e3e-sql01.mhtlaw.internal", "database": "TE_3E_PROD", "user": "intapp_int", "password": "«pwn:intappint»"},  ⟦password|Intapp Integrate connection password in JSON⟧
    {"name": "iManage", "type": "iManageWork", "url": "https://dms.mhtlaw.com", "user": "svc-intapp", "password": "«pwcity:intappim»"},  ⟦password|second connection password in JSON⟧
    {"name": "Workday", "type": "Workday", "tenant": "marwickhale", "user": "ISU_Intapp", "passwordRef": "vault://intapp/workday"},  ⟪vault reference⟫
    {"name": "ActiveDirectory", "type": "Ldap", "server": "ldaps://mhtlaw.internal", "bindDn": "CN=svc-intapp,OU=Service,DC=mhtlaw,DC=internal", "password": "«pwl:intappldap»"}  ⟦password|LDAP bind password in JSON⟧
  ]
}
"""),
    ("legal/intapp/conflicts/IntappOpen.Integration.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<IntegrationConfig>
  <DataSource name="Conflicts" type="SQL">
    <ConnectionString>Server=intapp-sql01.mhtlaw.internal;Database=IntappOpen;User Id=open_svc;Password=«pwx:intappsql»;</ConnectionString>  ⟦conn-string|connection string in an Intapp integration XML⟧
  </DataSource>
  <Schedule>0 */15 * * * ?</Schedule>
  <Notification to="conflicts@mhtlaw.com" />
</IntegrationConfig>
"""),
    ("legal/relativity/InstanceSettings.sql", r"""
-- Relativity Server: instance settings set after the 2026-10 upgrade (run on rel-sql01 EDDS)
UPDATE [EDDS].[eddsdbo].[InstanceSetting] SET [Value] = 'smtp.mhtlaw.internal' WHERE [Section] = 'kCura.Notification' AND [Name] = 'SMTPServer';
UPDATE [EDDS].[eddsdbo].[InstanceSetting] SET [Value] = 'relativity-notify' WHERE [Section] = 'kCura.Notification' AND [Name] = 'SMTPUserName';
UPDATE [EDDS].[eddsdbo].[InstanceSetting] SET [Value] = '«pwp:relsmtp»' WHERE [Section] = 'kCura.Notification' AND [Name] = 'SMTPPassword';  ⟦password|Relativity SMTP password in an instance-setting UPDATE⟧
UPDATE [EDDS].[eddsdbo].[InstanceSetting] SET [Value] = '«uuid:relinstance»' WHERE [Name] = 'InstanceIdentifier';  ⟪instance GUID⟫
ALTER LOGIN [EDDSDBO] WITH PASSWORD = '«pwx:eddsdbo»';  ⟦password|ALTER LOGIN with a literal password⟧
"""),
    ("legal/relativity/loadfiles/PROD003/DATA/PROD003.dat", r"""
þBegBatesþþEndBatesþþBegAttachþþCustodianþþDateSentþþMD5HashþþSHA1HashþþNativeLinkþ
þMHT-PROD0041187þþMHT-PROD0041187þþMHT-PROD0041187þþHolloway, J.þþ03/14/2024þþ«md5:d1»þþ«sha1:d1»þþNATIVES\001\MHT-PROD0041187.msgþ  ⟪document hashes in a load file⟫
þMHT-PROD0041188þþMHT-PROD0041190þþMHT-PROD0041187þþHolloway, J.þþ03/14/2024þþ«md5:d2»þþ«sha1:d2»þþNATIVES\001\MHT-PROD0041188.xlsxþ
þMHT-PROD0041191þþMHT-PROD0041191þþMHT-PROD0041191þþAdeyemi, O.þþ03/15/2024þþ«md5:d3»þþ«sha1:d3»þþNATIVES\001\MHT-PROD0041191.pdfþ  ⟪document hashes in a load file⟫
"""),
    ("legal/relativity/loadfiles/PROD003/DATA/PROD003.opt", r"""
MHT-PROD0041187,PROD003,IMAGES\001\MHT-PROD0041187.tif,Y,,,1
MHT-PROD0041188,PROD003,IMAGES\001\MHT-PROD0041188.tif,Y,,,3
MHT-PROD0041191,PROD003,IMAGES\001\MHT-PROD0041191.tif,Y,,,2
"""),
    ("legal/relativity/loadfiles/PROD003/transmittal.txt", r"""
PRODUCTION TRANSMITTAL - In re Aldergrove Capital Securities Litigation, No. 1:24-cv-«num:5-civ» (S.D.N.Y.)  ⟪case number⟫
Volume: PROD003   Bates range: MHT-PROD0041187 - MHT-PROD0044920
Media: encrypted download link (Kiteworks), expires 2026-12-01
Decryption password (sent separately by phone, repeated here for the vendor): «pwr:prod003zip»  ⟦password|production volume password in a transmittal⟧
SHA-256 of PROD003.zip: «sha256:prod003»  ⟪archive hash⟫
"""),
    ("legal/nuix/engine/nuix-engine.properties", r"""
nuix.licence.source=server
nuix.licence.servers=nms.ediscovery.mhtlaw.internal:27443
nuix.licence.username=sieve-worker
nuix.licence.password=«pwx:nuixnms»  ⟦password|Nuix licence password in properties⟧
nuix.processing.workers=8
nuix.processing.workerMemory=16g
nuix.export.s3.bucket=mht-ediscovery-exports-629174038552
"""),
    ("legal/nuix/scripts/export_to_s3.rb", r"""
# Nuix Workstation script: push a production export to the review vendor's S3 bucket
require 'java'
java_import 'software.amazon.awssdk.auth.credentials.AwsBasicCredentials'

VENDOR_KEY_ID = '«akid:nuixvendor»'  ⟦aws-key-id|key id in a Nuix Ruby script⟧
VENDOR_SECRET = '«awssec:nuixvendor»'  ⟦aws-secret|secret in a Nuix Ruby script⟧
creds = AwsBasicCredentials.create(VENDOR_KEY_ID, VENDOR_SECRET)

$current_case.search('production-set:"PROD003"').each do |item|
  puts "#{item.guid} #{item.digests.md5}"
end
"""),
    ("legal/nuix/profiles/DefaultProcessing.npf.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<processing-profile name="MHT Default (dedupe MD5)">
  <digests md5="true" sha1="true" sha256="false" />
  <passwords>
    <password-list name="Custodian Passwords (Aldergrove)" file="\\nuix-fs01\lists\aldergrove-passwords.txt" />  ⟪path to a password list⟫
  </passwords>
  <dedupe>md5</dedupe>
</processing-profile>
"""),
    ("legal/nuix/lists/aldergrove-passwords.txt", r"""
# passwords supplied by the client for locked custodian files (matter 04471-0012), tried by the worker
«pwn:custodian1»  ⟦password|custodian file password in a processing list⟧
«pw:custodian2»  ⟦password|custodian file password in a processing list⟧
«pwn:custodian3»  ⟦password|custodian file password in a processing list⟧
"""),
    ("legal/docketing/compulaw/CompuLawVision.ini", r"""
[Database]
Server=compulaw-sql01.mhtlaw.internal
Database=CLVision
UID=clvadmin
PWD=«pw6:compulaw»  ⟦password|CompuLaw database password in an ini⟧
[RulesUpdate]
Url=https://rules.compulaw.com/update
Account=MHT-US
"""),
    ("legal/docketing/pacer-accounts.csv", r"""
office,attorney,pacer_username,pacer_password,notes
NYC,J. Holloway,jholloway_mht,«pwn:pacerholloway»,client code per matter  ⟦password|PACER password in a shared accounts sheet⟧
NYC,docketing,mhtdocket01,«pwl:pacer»,ECF NextGen linked  ⟦password|PACER password in a shared accounts sheet⟧
CHI,R. Okafor,rokafor_mht,«pwcity:paceokafor»,  ⟦password|PACER password in a shared accounts sheet⟧
DC,docketing,mhtdocket03,(see 1Password),  ⟪pointer to a vault⟫
"""),
    ("legal/docketing/courtalert-watchlist.csv", r"""
court,case_number,caption,responsible_attorney,alert_id
SDNY,1:24-cv-«num:5-civ»,In re Aldergrove Capital Sec. Litig.,J. Holloway,«uuid:caw1»  ⟪case number and alert id⟫
DDE,1:25-cv-«num:5-civ2»,Kestrel Bio v. Quorum Pharma,R. Okafor,«uuid:caw2»
EDTX,2:25-cv-«num:5-civ3»,Nimbus IP LLC v. Hartwell Devices,R. Okafor,«uuid:caw3»
"""),
    ("legal/efiling/tyler/efsp.properties", r"""
# Tyler Odyssey eFileAndServe - firm EFSP integration (Illinois, Texas)
efsp.endpoint.il=https://il.tylertech.cloud/EFM/EFMUserService.svc
efsp.endpoint.tx=https://texas.tylertech.cloud/EFM/EFMUserService.svc
efsp.client.token=«uuid:tylertoken»  ⟦app-secret|Tyler EFSP client token in properties⟧
efsp.keystore=/opt/docketeer/tyler/mht-efsp.jks
efsp.keystore.password=«pwn:tylerjks»  ⟦password|EFSP keystore password⟧
efsp.firm.admin=efiling@mhtlaw.com
"""),
    ("legal/efiling/bea/bea-client-security.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- beA Client Security: Konfiguration fuer den Postfachdienst Frankfurt (technischer Nutzer) -->
<beaConfig>
  <postfach safeId="DE.BRAK.«hex:8-safeid».«hex:4-safeid2»-«uuid:safeid3»" />  ⟪beA SAFE-ID⟫
  <softwarezertifikat pfad="C:\bea\kanzlei-postfach.p12" pin="«bea:kanzlei»" />  ⟦password|beA software certificate PIN in XML (German)⟧
  <proxy host="proxy.mhtlaw.internal" port="3128" />
</beaConfig>
"""),
    ("legal/efiling/lexnet/lexnet-madrid.ini", r"""
; LexNET Abogacía - despacho de Madrid. Certificado ACA del procurador colaborador (copia en fichero .pfx)
[Certificado]
Ruta=\\mad-fs01\despacho\lexnet\aca-procurador.pfx
Contrasena=«pwl:lexnet»  ⟦password|LexNET certificate password (Spanish)⟧
[Proxy]
Servidor=proxy.mhtlaw.internal:3128
"""),
    ("legal/efiling/pje/LEIAME-certificado.txt", r"""
Escritorio Sao Paulo - PJe / e-SAJ (TJSP)
Certificado digital A1 (e-CNPJ) do escritorio: \\sao-fs01\juridico\certificados\mht-ecnpj-2026.pfx
Senha do certificado: «pwcity:ecnpj»  ⟦password|ICP-Brasil A1 certificate password in a Portuguese note⟧
Validade: 12/03/2027. Renovar com a AC Certisign 30 dias antes.
"""),
    ("legal/esign/docusign/mht-jwt-private.key", r"""
«pem:pkcs1:rsadocusign»  ⟦private-key|DocuSign JWT grant RSA private key⟧
"""),
    ("legal/esign/docusign/mht-jwt-public.pem", r"""
«pubpem:rsadocusign»  ⟪public key PEM⟫
"""),
    ("legal/extranet/highq/sp-metadata.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="https://mht.highq.com/mht">
  <md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing">
      <ds:KeyInfo><ds:X509Data><ds:X509Certificate>«b64cert:ecextranet:mht.highq.com»</ds:X509Certificate></ds:X509Data></ds:KeyInfo>  ⟪base64 certificate⟫
    </md:KeyDescriptor>
    <md:AssertionConsumerService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="https://mht.highq.com/mht/saml/SSO" index="0" />
  </md:SPSSODescriptor>
</md:EntityDescriptor>
"""),
    ("legal/dealroom/datasite/project-heron-access.md", r"""
# Project Heron - Datasite access for the buy-side team

- Room: https://app.datasite.com/projects/«uuid:dsproject»  ⟪project id⟫
- Shared reviewer login for the Tokyo associates (until their own invites arrive):
  `heron-review-tyo@mhtlaw.com` / `«pwp:heronreview»`  ⟦password|shared reviewer password in backticks⟧
- Q&A is handled in the room; do not e-mail the target directly.
"""),
    ("legal/dictation/BigHand.Server.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<BigHandServer>
  <Database connection="Server=bighand-sql.mhtlaw.internal,1433;Database=BigHand;User Id=bh_router;Password=«pwx:bighandsql»" />  ⟦conn-string|BigHand server connection string⟧
  <Smtp host="smtp.mhtlaw.internal" port="25" />
  <Licence key="BH-«up:5-bhlic1»-«up:5-bhlic2»-«up:5-bhlic3»" />  ⟦?app-secret|product licence key⟧
</BigHandServer>
"""),
    ("legal/dictation/philips/SpeechExecEnterprise-DPM.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<DeviceProfile name="LDN-Partners-DPM8000" model="DPM8000">
  <Security>
    <DevicePin enabled="true">«pin:4-dpmpin»</DevicePin>  ⟦password|dictation device PIN in a deployment profile⟧
    <FileEncryption>AES256</FileEncryption>
    <EncryptionPassword>«pw6:dpmenc»</EncryptionPassword>  ⟦password|dictation file encryption password in a device profile⟧
  </Security>
  <Upload>
    <Ftp host="sftp.mhtlaw.com" user="dpm-ldn" password="«pwr:dpmftp»" />  ⟦password|device FTP upload password⟧
  </Upload>
</DeviceProfile>
"""),
    ("legal/trust/positive-pay/MHT_PP_20261118.csv", r"""
ACCOUNT,CHECK_NO,ISSUE_DATE,AMOUNT,PAYEE,VOID
******4471,«num:6-chk1»,20261118,125000.00,ALDERGROVE ESCROW AGENT LLC,N  ⟪masked account and check number⟫
******4471,«num:6-chk2»,20261118,8450.75,CITY MARSHAL NYC,N
******4471,«num:6-chk3»,20261118,0.00,VOID,Y
"""),
    ("legal/trust/bai2/prior-day-20261117.bai", r"""
01,MHTLLP,021000021,261118,0600,1,,,2/
02,MHTLLP,021000021,1,261117,,USD,2/
03,«num:10-baiacct»,USD,010,845210344,,,015,845210344,,/  ⟪bank account number in a statement file⟫
16,165,125000000,0,«num:12-bairef»,,ALDERGROVE WIRE IN/
49,1815420688,3/
98,1815420688,1,5/
99,1815420688,1,7/
"""),
    ("legal/trust/sftp/id_ed25519_positivepay", r"""
«openssh:edpositivepay:escrowline@mht-trust»  ⟦private-key|OpenSSH key for the bank's positive-pay SFTP⟧
"""),
    ("legal/trust/sftp/id_ed25519_positivepay.pub", r"""
«sshpub:edpositivepay:escrowline@mht-trust»  ⟪SSH public key⟫
"""),
    ("legal/payroll/adp/adp-connection.properties", r"""
adp.api.url=https://api.adp.com
adp.client.id=«uuid:adpid»
adp.client.secret=«uuid:adpsec»  ⟦app-secret|ADP client secret in properties⟧
adp.ssl.cert=/opt/payroll/adp/mht_auth.pem
adp.ssl.key=/opt/payroll/adp/mht_auth.key  ⟪key file path⟫
"""),
    ("legal/payroll/adp/mht_auth.key", r"""
«pem:pkcs8:rsaadp»  ⟦private-key|ADP API mutual-TLS private key⟧
"""),
    ("legal/payroll/adp/mht_auth.pem", r"""
«cert:rsaadp:mht-auth.api.adp.com»  ⟪certificate⟫
"""),
    ("legal/tax/cch-axcess/integration.json", r"""
{
  "firmId": "«num:6-cchfirm»",
  "integrator": "MHT Advisory Tax",
  "clientId": "«uuid:cchclient»",
  "clientSecret": "«b64k:36-cchsec»",  ⟦app-secret|CCH Axcess integration secret in JSON⟧
  "scopes": ["tax.returns.read", "tax.organizers.write"]
}
"""),
    ("legal/sft/globalscape/EFT-event-rules.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<EventRules site="MHT-Advisory-SFT">
  <Rule name="Push payroll to Singapore bureau">
    <Trigger event="FileUploaded" folder="/payroll/sg/outbound" />
    <Action type="CopyMove">
      <Remote protocol="SFTP" host="sftp.sg-payroll-bureau.com" port="22" user="mht_adv" password="«pw6:sgbureau»" />  ⟦password|SFTP password in a Globalscape event rule⟧
    </Action>
  </Rule>
  <Rule name="Archive">
    <Action type="CopyMove"><Remote protocol="S3" bucket="mht-adv-sft-archive-207318465921" useInstanceRole="true" /></Action>  ⟪instance role⟫
  </Rule>
</EventRules>
"""),
    ("legal/citrix/netscaler/ns.conf", r"""
#NS14.1 Build 29.63
set ns config -IPAddress 10.40.0.10 -netmask 255.255.255.0
set system user nsroot «netscalerhash:nsroot» -encrypted -hashmethod SHA512  ⟪NetScaler encrypted password hash⟫
add authentication ldapAction LDAP_MHT -serverIP 10.40.1.20 -serverPort 636 -ldapBase "DC=mhtlaw,DC=internal" -ldapBindDn svc-netscaler@mhtlaw.internal -ldapBindDnPassword «netscalerhash:ldapbind» -encrypted -encryptmethod ENCMTHD_3  ⟪encrypted LDAP bind password⟫
add authentication radiusAction RAD_DUO -serverIP 10.40.1.25 -serverPort 1812 -radKey «netscalerhash:radkey» -encrypted -encryptmethod ENCMTHD_3
add vpn vserver GW_MHT SSL 10.40.0.50 443
bind vpn vserver GW_MHT -policy RAD_DUO_POL -priority 100
"""),
    ("legal/citrix/netscaler/change-CHG0048812.txt", r"""
CHG0048812 - rebuild LDAP action after the bind account password rotation
Steps executed on ns-ldn01 (pasted from the SSH session):
> rm authentication ldapAction LDAP_MHT
> add authentication ldapAction LDAP_MHT -serverIP 10.40.1.20 -serverPort 636 -ldapBase "DC=mhtlaw,DC=internal" -ldapBindDn svc-netscaler@mhtlaw.internal -ldapBindDnPassword «pwcity:nsldap» -ldapLoginName sAMAccountName  ⟦password|LDAP bind password on a NetScaler command line⟧
> save ns config
Result: OK
"""),
    ("legal/citrix/cloud/secureclient-mht-automation.csv", r"""
ID,Secret
«uuid:citrixauto»,«citrixsec:automation»  ⟦app-secret|Citrix Cloud secure client CSV as downloaded⟧
"""),
    ("legal/citrix/fslogix/CloudCache.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\FSLogix\Profiles]
"Enabled"=dword:00000001
"CCDLocations"="type=smb,name=\"FSx LDN\",connectionString=\\\\fsx-profiles.mhtlaw.internal\\profiles;type=azure,name=\"DR blob\",connectionString=\"|fslogix/DefaultEndpointsProtocol=https;AccountName=mhtfslogixdr;AccountKey=«azstor:fslogix»;EndpointSuffix=core.windows.net\""  ⟦conn-string|Azure storage connection string with AccountKey in FSLogix Cloud Cache⟧
"VolumeType"="VHDX"
"SizeInMBs"=dword:00007530
"""),
    ("legal/print/papercut/server.properties", r"""
### PaperCut MF - application server (papercut.mhtlaw.internal)
database.type=SQLServer
database.driver=net.sourceforge.jtds.jdbc.Driver
database.url=jdbc:jtds:sqlserver://papercut-sql01.mhtlaw.internal/papercut
database.username=papercut
database.password=«pwp:papercutdb»  ⟦password|PaperCut database password in server.properties⟧
server.ssl.keystore-password=«pw6:papercutks»  ⟦password|PaperCut keystore password⟧
admin.password=«b64k:24-pcadminhash»  ⟪hashed admin password⟫
"""),
    ("legal/print/ricoh/addressbook-LDN-7F.csv", r"""
# Ricoh IM C6000 address book export (LDN 7th floor), Web Image Monitor
Index,Name,Email,Folder Path,Folder User,Folder Password
1,Scan to Home,,\\ldn-fs02\scans\%USERNAME%,MHTLAW\svc-scan,«pwc:svcscan»  ⟦password|SMB scan folder password in an MFP address book export⟧
2,Litigation Support,litsupport@mhtlaw.com,,,
3,Post Room,,\\ldn-fs02\postroom,MHTLAW\postroom,«pwp:postroom»  ⟦password|SMB scan folder password in an MFP address book export⟧
"""),
    ("legal/print/konica/bizhub-smtp.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<DeviceSetting model="bizhub C450i" location="FRA-3OG">
  <Smtp server="email-smtp.eu-west-2.amazonaws.com" port="587" starttls="on">
    <Auth user="«akid:mfpsmtp»" password="«sesv4:mfpsmtp»" />  ⟦aws-ses-smtp|SES SMTP user and password on one line of an MFP export⟧
  </Smtp>
  <AdminPassword>12345678</AdminPassword>  ⟪vendor default admin password⟫
</DeviceSetting>
"""),
    ("legal/print/snmp/mfp-snmpv3.cfg", r"""
# SNMPv3 users pushed to the MFP fleet by PaperCut device scripts
user=mht-monitor
auth_protocol=SHA
auth_passphrase=«pwr:snmpauth»  ⟦password|SNMPv3 auth passphrase⟧
priv_protocol=AES
priv_passphrase=«pwr:snmppriv»  ⟦password|SNMPv3 privacy passphrase⟧
read_community=public  ⟪vendor default community⟫
"""),
    ("legal/mobile/jamf/api-client.json", r"""
{
  "jamfUrl": "https://mhtlaw.jamfcloud.com",
  "clientId": "«uuid:jamfclient»",
  "clientSecret": "«okx:64-jamfsec»",  ⟦app-secret|Jamf Pro API client secret in JSON⟧
  "roles": ["Read Computers", "Update Mobile Devices"]
}
"""),
    ("legal/mobile/intune/wifi-MHT-Staff.xml", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>MHT-Visitors</name>
  <SSIDConfig><SSID><name>MHT-Visitors</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <MSM>
    <security>
      <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>
      <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>«wifipsk:visitors»</keyMaterial></sharedKey>  ⟦?password|visitor Wi-Fi passphrase also shown in meeting rooms⟧
    </security>
  </MSM>
</WLANProfile>
"""),
    ("legal/mobile/intune/wifi-MHT-Devices.xml", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>MHT-Devices</name>
  <SSIDConfig><SSID><name>MHT-Devices</name></SSID></SSIDConfig>
  <MSM>
    <security>
      <authEncryption><authentication>WPA2PSK</authentication><encryption>AES</encryption></authEncryption>
      <sharedKey><keyType>passPhrase</keyType><protected>false</protected><keyMaterial>«wifipsk:devices»</keyMaterial></sharedKey>  ⟦password|device Wi-Fi PSK in a WLAN profile⟧
    </security>
  </MSM>
</WLANProfile>
"""),
    ("legal/video/poly/g7500-LDN-Boardroom.cfg", r"""
<?xml version="1.0" encoding="UTF-8"?>
<PHONE_CONFIG>
  <DEVICE device.set="1"
    device.prov.serverType="HTTPS"
    device.prov.serverName="poly-prov.mhtlaw.internal/g7500"
    device.prov.user="polyprov"
    device.prov.password="«pw6:polyprov»"  ⟦password|Poly provisioning password⟧
    device.auth.localAdminPassword="«pwcity:polyadmin»"  ⟦password|Poly local admin password⟧
    device.auth.localUserPassword="" />  ⟪empty password⟫
</PHONE_CONFIG>
"""),
    ("legal/video/teams-rooms/SkypeSettings.xml", r"""
<SkypeSettings>
  <AutoScreenShare>1</AutoScreenShare>
  <UserAccount>
    <SkypeSignInAddress>mtr-ldn-boardroom@mhtlaw.com</SkypeSignInAddress>
    <ExchangeAddress>mtr-ldn-boardroom@mhtlaw.com</ExchangeAddress>
    <Password>«pwx:mtrldn»</Password>  ⟦password|Teams Rooms resource account password in SkypeSettings.xml⟧
    <ModernAuthEnabled>1</ModernAuthEnabled>
  </UserAccount>
  <DualScreenMode>1</DualScreenMode>
</SkypeSettings>
"""),
    ("legal/video/zoom-rooms/client-meeting-invite.ics", r"""
BEGIN:VCALENDAR
VERSION:2.0
BEGIN:VEVENT
SUMMARY:Project Heron - SPA negotiation (all parties)
DTSTART:20261120T140000Z
LOCATION:https://mhtlaw.zoom.us/j/«num:11-zoommtg»?pwd=«b62:32-zoompwd»  ⟦?password|meeting passcode embedded in a calendar invite⟧
DESCRIPTION:Meeting ID: «num:11-zoommtg»\nPasscode: «num:6-zoompass»  ⟦?password|meeting passcode in a calendar invite⟧
END:VEVENT
END:VCALENDAR
"""),
    ("legal/fax/RightFax/RFWin.ini", r"""
[RightFax]
Server=rfax-ldn01.mhtlaw.internal
UseNTAuthentication=0
UserID=FAXLIT
Password=«pw6:rightfax»  ⟦password|RightFax user password in an ini⟧
[SMTPGateway]
Relay=smtp.mhtlaw.internal
"""),
    ("legal/fax/tokyo/efax-gateway.conf", r"""
# 東京オフィス FAX ゲートウェイ設定 (裁判所・法務局向け送信)
[gateway]
host = fax-tyo01.mhtlaw.internal
account = tyo-fax-gw
password = «pwn:tyofax»  ⟦password|fax gateway password (Japanese comments)⟧
[notify]
mail = tokyo-secretaries@mhtlaw.com
"""),
    ("legal/translation/groupshare/GroupShare.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="GroupShareServer" value="https://tm.mhtlaw.internal" />
    <add key="TmServiceUser" value="svc-tmsync" />
    <add key="TmServicePassword" value="«pwx:groupshare»" />  ⟦password|translation-memory server password in XML⟧
    <add key="DeepLAuthKey" value="«deepl:pro»" />  ⟦app-secret|DeepL key in a translation config⟧
  </appSettings>
</configuration>
"""),
    ("legal/km/insight-crawler.yaml", r"""
crawler:
  name: imanage-insight-ldn
  source:
    type: imanage-work
    url: https://dms.mhtlaw.com
    libraries: [LDN_ACTIVE, FRA_ACTIVE]
    user: svc-insight
    password: «pwcity:insightcrawl»  ⟦password|crawler password in YAML⟧
  sink:
    type: opensearch
    url: https://search-lodestar-prod-«lo:26-osdom».eu-west-2.es.amazonaws.com
    auth: iam  ⟪IAM auth, no secret⟫
"""),
    ("legal/conflicts/intake-export-2026-11.csv", r"""
intake_id,client_number,matter_number,client_name,adverse_party,status,cleared_by
INT-«num:6-int1»,«num:6-client»,«num:4-matter»,Aldergrove Capital LP,Quorum Pharma Inc.,CLEARED,S. Brennan  ⟪intake and matter numbers⟫
INT-«num:6-int2»,«num:6-client2»,0001,Hartwell Devices GmbH,Nimbus IP LLC,WAIVER REQUIRED,S. Brennan
"""),
    ("legal/ediscovery/vendor-handover/relativity-hosting.eml", r"""
From: Hosting Support <support@lumen-discovery.com>
To: litsupport@mhtlaw.com
Subject: Workspace 1018«num:4-relws» ready - admin credentials
Date: Tue, 17 Nov 2026 16:02:11 +0000
Content-Type: text/plain; charset=utf-8

Hi team,

The Aldergrove review workspace is live. Your firm admin account:

  URL: https://lumen.relativity.one
  User: mht.admin@mhtlaw.com
  Temporary password: «pwx:relhostadmin»  ⟦?password|temporary first-login password from a hosting vendor⟧

Please change it at first login. The processing SFTP remains sftp.lumen-discovery.com (user mht_ingest,
password «pwr:lumensftp»).  ⟦password|vendor SFTP password in an e-mail⟧

Regards, Lumen Discovery Hosting
"""),
]
