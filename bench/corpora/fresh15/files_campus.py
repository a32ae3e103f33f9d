"""fresh15 templates, the university's own systems (Lowmoor University): identity (Shibboleth, CAS, Duo, Grouper,
SSSD), student systems (Banner, Canvas), research computing (Slurm, OnDemand, iRODS, Globus, Spack, Nextflow,
Apptainer, cryoSPARC, instrument PCs), library (EZproxy, ArchivesSpace, Omeka), campus card and doors, eduroam
and the wireless network, athletics, the teaching hospital partner (Mirth, REDCap, Orthanc), departmental servers.
Markers: render.py and README.md."""

FILES = [
    ("campus/identity/shibboleth-idp/credentials/secrets.properties", r"""
# Access to this file should be restricted to the user running the IdP.
idp.sealer.storePassword = «pwr:shibsealer»  ⟦password|Shibboleth sealer store password in secrets.properties⟧
idp.sealer.keyPassword = «pwr:shibsealer»  ⟦password|sealer key password⟧
idp.authn.LDAP.bindDNCredential = «pwl:ldapbind»  ⟦password|LDAP bind credential in secrets.properties⟧
idp.persistentId.salt = «b62:44-pidsalt»  ⟦app-secret|persistent-id salt⟧
idp.persistentId.sourceAttribute = employeeNumber
"""),
    ("campus/identity/shibboleth-idp/conf/ldap.properties", r"""
idp.authn.LDAP.authenticator = bindSearchAuthenticator
idp.authn.LDAP.ldapURL = ldaps://ad.lowmoor.edu:636
idp.authn.LDAP.baseDN = OU=People,DC=ad,DC=lowmoor,DC=edu
idp.authn.LDAP.bindDN = CN=svc-shib,OU=Service,DC=ad,DC=lowmoor,DC=edu
# idp.authn.LDAP.bindDNCredential is in credentials/secrets.properties  ⟪pointer to the credentials file⟫
idp.authn.LDAP.trustCertificates = %{idp.home}/credentials/ad-ca.crt
"""),
    ("campus/identity/cas/etc/cas/config/cas.properties", r"""
cas.server.name=https://login.lowmoor.edu
cas.server.prefix=${cas.server.name}/cas
cas.tgc.crypto.signing.key=«casjwk:tgcsign»  ⟦app-secret|CAS TGC signing key reused in cas.properties⟧
cas.tgc.crypto.encryption.key=«casenc:tgcenc»  ⟦app-secret|CAS TGC encryption key reused⟧
cas.authn.ldap[0].ldap-url=ldaps://ad.lowmoor.edu
cas.authn.ldap[0].bind-dn=CN=svc-cas,OU=Service,DC=ad,DC=lowmoor,DC=edu
cas.authn.ldap[0].bind-credential=«pwc:casbind»  ⟦password|CAS LDAP bind credential⟧
cas.authn.mfa.duo[0].duo-secret-key=«duoskey:cas»  ⟦app-secret|Duo secret key in cas.properties⟧
cas.authn.mfa.duo[0].duo-integration-key=«duoikey:cas»  ⟪Duo integration key⟫
cas.authn.mfa.duo[0].duo-api-host=api-«hex:8-duohost».duosecurity.com
"""),
    ("campus/identity/duo/authproxy.cfg", r"""
[main]
debug=false

[ad_client]
host=dc1.ad.lowmoor.edu
host_2=dc2.ad.lowmoor.edu
service_account_username=svc-duoproxy
service_account_password=«pwc:duoproxy»  ⟦password|Duo Authentication Proxy AD service account password⟧
search_dn=DC=ad,DC=lowmoor,DC=edu

[radius_server_auto]
ikey=«duoikey:vpn»  ⟪Duo integration key⟫
skey=«duoskey:vpn»  ⟦app-secret|Duo secret key in authproxy.cfg⟧
api_host=api-«hex:8-duohost».duosecurity.com
radius_ip_1=10.40.8.5
radius_secret_1=«radsec:duovpn»  ⟦password|RADIUS secret between the VPN and the Duo proxy⟧
failmode=safe
client=ad_client
port=1812

[radius_server_auto2]
ikey=«duoikey:wlc»
skey_protected=«b64k:64-duoprot»  ⟪DPAPI-protected skey⟫
radius_ip_1=10.40.0.11
radius_secret_protected_1=«b64k:64-duoprot2»  ⟪DPAPI-protected secret⟫
"""),
    ("campus/identity/sssd/sssd.conf", r"""
[sssd]
services = nss, pam, ssh
domains = ad.lowmoor.edu

[domain/ad.lowmoor.edu]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://ad.lowmoor.edu
ldap_search_base = dc=ad,dc=lowmoor,dc=edu
ldap_default_bind_dn = cn=svc-linux,ou=Service,dc=ad,dc=lowmoor,dc=edu
ldap_default_authtok_type = password
ldap_default_authtok = «pwc:sssdbind»  ⟦password|SSSD ldap_default_authtok⟧
cache_credentials = true
"""),
    ("campus/sis/banner/banner_configuration.groovy", r"""
// Banner 9 Student Self-Service - externalised configuration
bannerDataSource {
    url      = "jdbc:oracle:thin:@//banner-db.ea.lowmoor.edu:1521/PROD"
    username = "BAN_SS_USER"
    password = "«pwsis:banssuser»"  ⟦password|Banner Groovy datasource password⟧
    driver   = "oracle.jdbc.OracleDriver"
}
bannerSsbDataSource {
    username = "BAN_DEFAULT_M"
    password = System.getenv("BAN_DEFAULT_M_PW")  ⟪System.getenv⟫
}
banner.transactionTimeout = 300
grails.plugin.springsecurity.cas.serverUrlPrefix = "https://login.lowmoor.edu/cas"
"""),
    ("campus/sis/banner/jobsub/banenv", r"""
#!/bin/ksh
# Banner job submission environment (jobsub server banjobs01)
export ORACLE_SID=PROD
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export BANNER_HOME=/u01/banner/PROD
export BANJOBS_PW=«pwsis:banjobs»  ⟦password|BANJOBS password exported in a ksh environment file⟧
export UIDPSWD="BANJOBS/$BANJOBS_PW"  ⟪variable reference⟫
export PATH=$ORACLE_HOME/bin:$BANNER_HOME/general/exe:$PATH
"""),
    ("campus/sis/banner/scripts/nsc_extract.shl", r"""
#!/bin/ksh
# National Student Clearinghouse enrolment extract (SFRNSLC), then SFTP to NSC
sqlplus -s baninst1/«pwsis:baninst1»@PROD <<EOF  ⟦password|sqlplus user/password on a heredoc line⟧
@$BANNER_HOME/student/misc/sfrnslc_prep.sql
EOF
$BANNER_HOME/student/exe/sfrnslc PROD
lftp -u 00«num:6-nscschool»,«pw6:nscsftp» sftp://ftps.studentclearinghouse.org -e "put $OUT/nsc_enrl.txt; bye"  ⟦password|lftp -u user,password⟧
"""),
    ("campus/lms/canvas/config/file_store.yml", r"""
production:
  storage: s3
  bucket_name: lmu-canvas-files
  # credentials come from the instance profile (canvas-app-role)
  region: us-east-1
"""),
    ("campus/lms/canvas/config/outgoing_mail.yml", r"""
production:
  address: email-smtp.us-east-1.amazonaws.com
  port: "587"
  user_name: «akid:canvasrelay»  ⟦aws-key-id|SES SMTP user reused in outgoing_mail.yml⟧
  password: «sesv4:canvasrelay»  ⟦aws-ses-smtp|SES SMTP password reused in outgoing_mail.yml⟧
  authentication: login
  domain: lowmoor.edu
  outgoing_address: notifications@lowmoor.edu
"""),
    ("campus/lms/canvas/lti-tools-export.csv", r"""
tool,consumer_key,shared_secret,installed_by,installed_on
Respondus LockDown Browser,lowmoor-ldb,«b62:32-respondus»,lms-admins,2023-08-14  ⟦app-secret|LTI shared secret in a tool export⟧
Turnitin LTI 1.1 (retired),lmu-tii,«b62:32-tii11»,lms-admins,2019-01-07  ⟦app-secret|retired LTI shared secret still in the export⟧
Gradescope (LTI 1.3),-,-,lms-admins,2024-06-02  ⟪LTI 1.3 tool, no shared secret⟫
"""),
    ("campus/lms/zoom/zoom-lti-pro.json", r"""
{
  "lti_key": "«b62:22-zoomltikey»",  ⟪Zoom LTI Pro key, an identifier⟫
  "lti_secret": "«b62:32-zoomltisec»",  ⟦app-secret|Zoom LTI Pro secret⟧
  "account": "lowmoor.zoom.us",
  "webhook_secret_token": "«urlsafe:16-zoomwebhook»"  ⟦app-secret|Zoom webhook secret token⟧
}
"""),
    ("campus/rc/slurm/slurmdbd.conf", r"""
AuthType=auth/munge
DbdHost=fen-head
SlurmUser=slurm
StorageType=accounting_storage/mysql
StorageHost=fen-slurmdbd.c1x8rq2kd4ma.us-east-2.rds.amazonaws.com
StorageUser=slurm_acct
StoragePass=«pwp:slurmdbd»  ⟦password|slurmdbd.conf StoragePass⟧
StorageLoc=slurm_acct_db
LogFile=/var/log/slurmdbd.log
"""),
    ("campus/rc/ood/ood_portal.yml", r"""
servername: ondemand.rc.lowmoor.edu
auth:
  - 'AuthType openid-connect'
  - 'Require valid-user'
oidc_uri: /oidc
oidc_provider_metadata_url: https://login.lowmoor.edu/cas/oidc/.well-known/openid-configuration
oidc_client_id: ondemand
oidc_client_secret: «b62:36-oodsecret»  ⟦app-secret|Open OnDemand OIDC client secret in ood_portal.yml⟧
oidc_remote_user_claim: preferred_username
oidc_settings:
  OIDCCryptoPassphrase: «hex:32-oidccrypto»  ⟦app-secret|mod_auth_openidc crypto passphrase⟧
"""),
    ("campus/rc/irods/server_config.json", r"""
{
  "zone_name": "lmuZone",
  "zone_key": "«b62:32-izonekey»",  ⟦app-secret|iRODS zone key⟧
  "negotiation_key": "«b62:32-inegkey»",  ⟦app-secret|iRODS negotiation key⟧
  "zone_user": "rods",
  "catalog_service_role": "provider",
  "default_resource_name": "s3Resc"
}
"""),
    ("campus/rc/irods/s3resc.keypair", r"""
«akid:irodss3»  ⟦aws-key-id|iRODS S3 resource keypair file, key id line⟧
«awssec:irodss3»  ⟦aws-secret|iRODS S3 resource keypair file, secret line⟧
"""),
    ("campus/rc/spack/mirrors.yaml", r"""
mirrors:
  lmu-s3:
    fetch:
      url: s3://lmu-rc-spack-mirror
      access_pair: [«akid:spackmirror», «awssec:spackmirror»]  ⟦aws-key-id|Spack mirror access_pair key id and secret⟧
    push:
      url: s3://lmu-rc-spack-mirror
      access_pair:
        id_variable: SPACK_MIRROR_KEY_ID  ⟪variable names⟫
        secret_variable: SPACK_MIRROR_SECRET
  spack-public:
    url: https://mirror.spack.io
"""),
    ("campus/rc/nextflow/nextflow.config", r"""
process.executor = 'awsbatch'
process.queue = 'rc-nf-spot'
workDir = 's3://lmu-rc-nextflow/work'
aws {
    region = 'us-east-2'
    accessKey = '«akid:nextflow»'  ⟦aws-key-id|Nextflow aws.accessKey⟧
    secretKey = '«awssec:nextflow»'  ⟦aws-secret|Nextflow aws.secretKey⟧
    batch { cliPath = '/home/ec2-user/miniconda/bin/aws' }
}
tower {
    accessToken = "$TOWER_ACCESS_TOKEN"  ⟪env reference⟫
    enabled = true
}
"""),
    ("campus/rc/apptainer/remote.yaml", r"""
Active: SylabsCloud
Remotes:
  SylabsCloud:
    URI: cloud.sylabs.io
    Token: «jwt:sylabs»  ⟦jwt|Sylabs Cloud token in remote.yaml⟧
    System: true
Credentials:
- URI: oras://ghcr.io
  Insecure: false
  Username: lmu-rc-bot
  Password: «ghp:rcbuild»  ⟦github|GitHub PAT reused as an ORAS credential⟧
"""),
    ("campus/rc/cryosparc/config.sh", r"""
export CRYOSPARC_LICENSE_ID="«uuid:cryosparclic»"  ⟦?app-secret|cryoSPARC licence id (a licence key)⟧
export CRYOSPARC_MASTER_HOSTNAME="cryoem-master.rc.lowmoor.edu"
export CRYOSPARC_DB_PATH="/data/cryosparc/database"
export CRYOSPARC_BASE_PORT=39000
export CRYOSPARC_DB_PASSWORD="«pwn:cryosparcdb»"  ⟦password|cryoSPARC database password⟧
"""),
    ("campus/rc/globus/deployment-key.json", r"""
{"client_id": "«uuid:globusdeploy»", "secret": "«b64k:32-globusdeploysec»", "deployment_key": true}  ⟦app-secret|Globus Connect Server deployment key JSON⟧
"""),
    ("campus/rc/labarchives/la_config.yaml", r"""
api_url: https://api.labarchives.com/api
access_key_id: Lowmoor_Chem_«num:4-laid»  ⟪LabArchives access key id, an identifier⟫
access_password: «b62:32-lapass»  ⟦app-secret|LabArchives access password (the signing secret)⟧
uid_owner: «b64k:48-lauid»  ⟪user id token⟫
"""),
    ("campus/rc/box/box_config.json", r"""
{
  "boxAppSettings": {
    "clientID": "«lo:32-boxclient»",  ⟪Box client id⟫
    "clientSecret": "«hmsess:boxsecret»",  ⟦app-secret|Box client secret⟧
    "appAuth": {
      "publicKeyID": "«lo:8-boxkid»",
      "passphrase": "«hex:32-boxpass»"  ⟦app-secret|Box JWT key passphrase⟧
    }
  },
  "enterpriseID": "«num:9-boxent»"
}
"""),
    ("campus/rc/instruments/cryoem-krios/upload_epu.bat", r"""
@echo off
rem Krios G4 EPU session upload to S3 (runs on the microscope support PC, Windows 10 LTSC)
set AWS_ACCESS_KEY_ID=«akid:cryoem»  ⟦aws-key-id|AWS key id in an instrument-PC batch file⟧
set AWS_SECRET_ACCESS_KEY=«awssec:cryoem»  ⟦aws-secret|AWS secret in an instrument-PC batch file⟧
set AWS_DEFAULT_REGION=us-east-2
"C:\Program Files\Amazon\AWSCLIV2\aws.exe" s3 sync "D:\EPU\%1" s3://lmu-rc-projects/instruments/krios/%1
net use Z: \\corefac-fs01\cryoem /user:AD\svc-krios «pwp:krios»  ⟦password|net use password⟧
"""),
    ("campus/rc/instruments/nmr-600/topspin-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="nmruser"
"DefaultDomainName"="NMR600"
"DefaultPassword"="«pwp:nmruser»"  ⟦password|Winlogon DefaultPassword in a .reg export⟧
"""),
    ("campus/rc/instruments/massspec/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <AutoLogon>
        <Password>
          <Value>«unattend:pwp:orbitrap»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>xcalibur</Username>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>«pwl:labadmin»</Value>  ⟦password|unattend.xml plain administrator password⟧
          <PlainText>true</PlainText>
        </AdministratorPassword>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("campus/library/ezproxy/config.txt", r"""
Name ezproxy.lib.lowmoor.edu
LoginPort 80
LoginPortSSL 443
Option ForceHTTPSLogin
Audit Most
AuditPurge 180
Option StatusUser
WSKey «b62:60-ezwskey»  ⟦app-secret|OCLC WSKey in EZproxy config.txt⟧

Title JSTOR
URL https://www.jstor.org
DJ jstor.org

Title Westlaw Campus Research (form login)
URL https://lawschool.westlaw.com/
Form -name=LoginForm https://signon.thomsonreuters.com/
FormVariable username=lowmoor_lib
FormVariable password=«pw6:westlaw»  ⟦password|vendor login password as an EZproxy FormVariable⟧

Title Statista
URL https://www.statista.com/login?user=lowmoor&pass=«pwc:statista»  ⟦password|password in a proxied URL query string⟧
DJ statista.com
"""),
    ("campus/library/archivesspace/config/config.rb", r"""
AppConfig[:db_url] = "jdbc:mysql://aspace-db.lib.lowmoor.edu:3306/archivesspace?user=as&password=«pwn:aspace»&useUnicode=true&characterEncoding=UTF-8"  ⟦conn-string|JDBC URL with user and password query parameters⟧
AppConfig[:frontend_cookie_secret] = "«hex:64-asfront»"  ⟦app-secret|ArchivesSpace frontend cookie secret⟧
AppConfig[:public_url] = "https://archives.lib.lowmoor.edu"
"""),
    ("campus/library/illiad/Sync-IlliadPatrons.ps1", r"""
# nightly: push Banner patron changes to ILLiad through the ILLiad API
$ApiKey = '«uuid:illiadkey»'  ⟦app-secret|ILLiad API key in a PowerShell script⟧
$Headers = @{ ApiKey = $ApiKey; Accept = 'application/json' }
$cred = Get-Credential -UserName 'AD\svc-illiad' -Message 'ILLiad SQL'  ⟪interactive prompt⟫
Invoke-Sqlcmd -ServerInstance illiad-sql.lib.lowmoor.edu -Database ILLData -Username illiad_sync -Password '«pwsis:illiadsql»' -Query 'EXEC dbo.SyncPatrons'  ⟦password|Invoke-Sqlcmd -Password⟧
"""),
    ("campus/library/alma/bursar-sftp.conf", r"""
# Alma bursar export -> Banner AR (TSAAREV feed)
Host alma-sftp
    HostName sftp.exlibrisgroup.com
    User lowmoor_bursar
    IdentityFile ~/.ssh/alma_bursar_ed25519
    # password fallback for the Ex Libris FTP (ticket 00912113): «pwsis:almasftp»  ⟦password|SFTP password in an ssh_config comment⟧
"""),
    ("campus/onecard/csgold/CSGold.Gateway.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="OracleDataSource" value="csgold-db.onecard.lowmoor.edu:1521/CSGOLD" />
    <add key="OracleUser" value="CSGOLD_GW" />
    <add key="OraclePassword" value="«pwsis:csgoldgw»" />  ⟦password|CS Gold gateway password in an XML appSetting⟧
    <add key="BannerFeedPath" value="\\onecard-fs\feeds\banner" />
    <add key="TransactApiKey" value="«hex:40-transact»" />  ⟦app-secret|Transact key reused in a gateway config⟧
  </appSettings>
</configuration>
"""),
    ("campus/onecard/onguard/ACS.INI", r"""
[DataBase]
Connect=ODBC;DSN=Lenel;UID=lenel;PWD=«pw6:lenel»;  ⟦password|OnGuard ODBC connect string PWD⟧
DatabaseType=SQLServer
[LicenseServer]
Host=onguard.onecard.lowmoor.edu
Port=8189
[Service]
LoginDriver=1
"""),
    ("campus/onecard/hid-mobile/origo.env", r"""
HID_ORIGO_ORG_ID=«num:6-origoorg»
HID_ORIGO_CLIENT_ID=lowmoor-mobile-access
HID_ORIGO_CLIENT_SECRET=«b62:40-origo»  ⟦app-secret|HID Origo client secret⟧
HID_ORIGO_APP_ID=HID-LOWMOOR-«num:4-origoapp»  ⟪application id⟫
"""),
    ("campus/network/freeradius/clients.conf", r"""
client localhost {
	ipaddr = 127.0.0.1
	secret = testing123  ⟪FreeRADIUS shipped default⟫
}
client aruba-mm-1 {
	ipaddr = 10.40.0.11
	secret = «radsec:arubamm1»  ⟦password|RADIUS client secret reused in clients.conf⟧
	shortname = mm1
}
client eduroam-flr-1 {
	ipaddr = 192.0.2.10
	secret = «radsec:nro»  ⟦password|eduroam federation-level RADIUS secret reused⟧
	shortname = flr1
}
"""),
    ("campus/network/freeradius/mods-available/eap", r"""
eap {
	default_eap_type = peap
	tls-config tls-common {
		private_key_password = whatever  ⟪FreeRADIUS shipped default⟫
		private_key_file = ${certdir}/server.key
		certificate_file = ${certdir}/server.pem
	}
}
"""),
    ("campus/network/radsecproxy.conf", r"""
tls default {
    CACertificatePath /etc/ssl/certs
    CertificateFile /etc/radsecproxy/lowmoor.pem
    CertificateKeyFile /etc/radsecproxy/lowmoor.key
}
server tld1 {
    host tld1.eduroam.us
    type tls
    secret radsec  ⟪RadSec fixed default secret⟫
}
client campus-radius {
    host 10.40.2.20
    type udp
    secret «radsec:radsecproxy»  ⟦password|radsecproxy UDP client secret⟧
}
"""),
    ("campus/network/aruba/mm-running-config.txt", r"""
hostname lmu-mm-1
aaa authentication-server radius "cppm-pub"
    host "10.40.2.30"
    key «radsec:cppm»  ⟦password|Aruba RADIUS server key reused⟧
    nas-ip 10.40.0.11
!
wlan ssid-profile "LMU-Devices"
    essid "LMU-Devices"
    opmode wpa2-psk-aes
    wpa-passphrase «wifipsk:devices»  ⟦password|Aruba wpa-passphrase for the IoT SSID⟧
!
wlan ssid-profile "eduroam"
    essid "eduroam"
    opmode wpa3-aes-ccm-128
!
snmp-server community «lo:14-snmp»  ⟦password|SNMP community⟧
snmp-server community public  ⟪SNMP default community⟫
mgmt-user admin root «hex:56-arubahash»  ⟪Aruba hashed management password⟫
"""),
    ("campus/network/paloalto/running-config-snippet.xml", r"""
<config version="11.1.0">
  <devices><entry name="localhost.localdomain">
    <network><ike><gateway>
      <entry name="lowmoor-health">
        <authentication><pre-shared-key><key>-AQ==«b64k:20-panhash»=«b64k:48-panenc»</key></pre-shared-key></authentication>  ⟪PAN-OS encrypted PSK⟫
      </entry>
      <entry name="research-partner-csu">
        <authentication><pre-shared-key><key>«pwl:csuvpn»</key></pre-shared-key></authentication>  ⟦password|pre-shared key left in clear in a config snippet⟧
      </entry>
    </gateway></ike></network>
  </entry></devices>
</config>
"""),
    ("campus/network/guest-wifi-sign.txt", r"""
WELCOME TO LOWMOOR UNIVERSITY
Visitors: connect to LMU-Guest and accept the terms. No password needed.
Conference attendees (Ashby Hall, 14-16 October): network LMU-Events, password «wifipsk:events»  ⟦?password|conference Wi-Fi password printed for visitors⟧
Students and staff: use eduroam with your NetID@lowmoor.edu.
"""),
    ("campus/athletics/turnstile/scanner.ini", r"""
[Paciolan]
Venue=HERON_STADIUM
ApiBase=https://api.paciolan.com/v2
ApiKey=«hex:32-paciolan»  ⟦app-secret|Paciolan key reused in a scanner .ini⟧
[Device]
AdminPin=«pin:4-scanner»  ⟦password|scanner admin PIN⟧
Gate=North
"""),
    ("campus/health/mirth/mirth.properties", r"""
http.port = 8080
https.port = 8443
keystore.path = ${dir.appdata}/keystore.jks
keystore.storepass = «pwr:mirthks»  ⟦password|Mirth keystore.storepass⟧
database = postgres
database.url = jdbc:postgresql://mirth-db.health.lowmoor.edu:5432/mirthdb
database.username = mirth
database.password = «pwn:mirthdb»  ⟦password|Mirth database.password reused⟧
"""),
    ("campus/health/mirth/channels/lab-results-db-reader.xml", r"""
<channel version="4.5.0">
  <id>«uuid:mirthchannel»</id>  ⟪channel id⟫
  <name>Epic Beaker results to research registry</name>
  <sourceConnector>
    <properties class="com.mirth.connect.connectors.jdbc.DatabaseReceiverProperties">
      <driver>com.microsoft.sqlserver.jdbc.SQLServerDriver</driver>
      <url>jdbc:sqlserver://clarity-rpt.lowmoorhealth.org:1433;databaseName=Clarity</url>
      <username>RSCH_MIRTH</username>
      <password>«pwsis:clarity»</password>  ⟦password|Clarity reader password in a Mirth channel export⟧
      <select>SELECT * FROM RSCH_LAB_RESULTS WHERE EXTRACTED = 0</select>
    </properties>
  </sourceConnector>
</channel>
"""),
    ("campus/health/redcap/database.php", r"""
<?php
global $log_all_errors;
$log_all_errors = FALSE;
$hostname   = 'redcap-db.health.lowmoor.edu';
$db         = 'redcap';
$username   = 'redcap_app';
$password   = '«pwx:redcapdb»';  ⟦password|REDCap database.php password⟧
$salt       = '«hex:16-redcapsalt»';  ⟦app-secret|REDCap salt⟧
$db_ssl_ca  = '/etc/ssl/certs/rds-combined-ca-bundle.pem';
"""),
    ("campus/health/orthanc/orthanc.json", r"""
{
  "Name": "LMU-RESEARCH-PACS",
  "DicomAet": "LMURSCH",
  "DicomPort": 4242,
  "AuthenticationEnabled": true,
  "RegisteredUsers": {
    "radiology-research": "«pwn:orthanc»"  ⟦password|Orthanc RegisteredUsers password⟧
  },
  "AwsS3Storage": {
    "BucketName": "lmu-health-dicom",
    "Region": "us-east-1",
    "AccessKey": "",
    "SecretKey": ""
  }
}
"""),
    ("campus/health/epic/backend-services-private.pem", r"""
«pem:pkcs8:rsaepic»  ⟦private-key|Epic backend-services JWT signing key⟧
"""),
    ("campus/health/epic/jwks.json", r"""
{"keys": [{"kty": "RSA", "kid": "lmu-research-2026", "use": "sig", "alg": "RS384", "e": "AQAB", "n": "«urlsafe:256-jwkn»"}]}  ⟪public JWKS⟫
"""),
    ("campus/advancement/salesforce-dataloader/config.properties", r"""
sfdc.endpoint=https://lowmoor.my.salesforce.com
sfdc.username=dataloader@lowmoor.edu
sfdc.password=«hex:64-sfdcenc»  ⟪Data Loader encrypted password⟫
process.encryptionKeyFile=C:\dataloader\key.txt
sfdc.timeoutSecs=600
"""),
    ("campus/advancement/salesforce-dataloader/process-conf.xml", r"""
<beans>
  <bean id="giftsUpsert" class="com.salesforce.dataloader.process.ProcessRunner" scope="prototype">
    <property name="configOverrideMap">
      <map>
        <entry key="sfdc.username" value="gifts-loader@lowmoor.edu"/>
        <entry key="sfdc.password" value="«pwc:alumnisf»«b62:25-sftoken»"/>  ⟦password|Salesforce password + security token in a Data Loader process-conf⟧
        <entry key="process.operation" value="upsert"/>
      </map>
    </property>
  </bean>
</beans>
"""),
    ("campus/depts/cs/nagios/resource.cfg", r"""
$USER1$=/usr/lib64/nagios/plugins
$USER3$=«pwp:nagiosmysql»  ⟦password|Nagios $USER3$ resource password⟧
$USER5$=public
"""),
    ("campus/depts/cs/zabbix/zabbix_agentd.psk", r"""
«hex:64-zabbixpsk»  ⟦app-secret|Zabbix agent PSK file⟧
"""),
    ("campus/depts/cs/tomcat/tomcat-users.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <user username="tomcat" password="&lt;must-be-changed&gt;" roles="manager-gui"/>  ⟪shipped placeholder⟫
  <user username="webgrader" password="«pwstu:webgrader»" roles="manager-gui,manager-script"/>  ⟦password|tomcat-users.xml password attribute⟧
</tomcat-users>
"""),
    ("campus/depts/cs/jupyter/jupyter_server_config.py", r"""
c = get_config()  # noqa
c.ServerApp.ip = '0.0.0.0'
c.ServerApp.port = 8888
c.ServerApp.token = '«hex:48-jupytertok»'  ⟦app-secret|Jupyter server token⟧
c.ServerApp.password = 'argon2:$argon2id$v=19$m=10240,t=10,p=8$«b64k:16-argonsalt»$«b64k:32-argonhash»'  ⟪argon2 password hash⟫
"""),
    ("campus/depts/esports/minecraft/server.properties", r"""
#Minecraft server properties
enable-rcon=true
rcon.port=25575
rcon.password=«pwstu:rcon»  ⟦password|Minecraft rcon.password⟧
motd=Lowmoor Esports SMP
white-list=true
"""),
    ("campus/depts/physics/.htpasswd", r"""
grads:«apr1:physgrads»  ⟪apr1 hash⟫
colloq:«bcrypt:physcolloq»  ⟪bcrypt hash⟫
"""),
    ("campus/depts/chem/printer-scan-to-email.csv", r"""
Device,SMTP Server,Port,SMTP User,SMTP Password,From
CHEM-MFP-2F,email-smtp.us-east-1.amazonaws.com,587,«akid:chemscan»,«sesv4:chemscan»,scans@chem.lowmoor.edu  ⟦aws-ses-smtp|SES SMTP user and password in a copier export row⟧
CHEM-MFP-3F,smtp.lowmoor.edu,25,,,scans@chem.lowmoor.edu  ⟪relay without auth⟫
"""),
    ("campus/facilities/bms/desigo-cc-export.txt", r"""
[Desigo CC - Lowmoor Central Plant]
BACnet/SC hub: wss://bms-hub.facilities.lowmoor.edu:443
Site admin: lmu_fac_admin / «pwl:desigo»  ⟦password|building management admin password in an export⟧
Tridium Niagara station 'ASHBY_HALL': admin password hashed (PBKDF2)  ⟪note about a hash⟫
"""),
]
