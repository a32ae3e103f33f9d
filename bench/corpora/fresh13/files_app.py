"""fresh13 templates, applications (Harrowgate County): .NET configs (permits, CAD interface, courts, records),
UDL and ODBC DSN files, SSIS configurations and catalog scripts, SSRS data sources, ArcGIS/arcpy scripts,
Ignition scripts, PI Web API, transit (Justride, Cradlepoint, APC, AVL, paratransit), 311, elections, open data
(Socrata, CKAN), Rails, WordPress, Django, Go, TOML, SharePoint/PnP, Exchange, LDAP, Postman, WinSCP,
PuTTY, RDP and mRemoteNG files.
Markers: render.py and README.md."""

FILES = [
    ("src/PermitPortal/appsettings.Production.json", r"""
{
  "Logging": {"LogLevel": {"Default": "Warning", "Microsoft.AspNetCore": "Warning"}},
  "AllowedHosts": "permits.harrowgatecounty.gov",
  "ConnectionStrings": {
    "Permits": "Server=permits-db.c7hq2w9ykx3n.us-east-2.rds.amazonaws.com;Database=Permits;User Id=permits_app;Password=«pwx:permitsapp»;TrustServerCertificate=True",  ⟦conn-string|connection string in appsettings.Production.json⟧
    "Hansen": "Data Source=hansen-sql.ad.harrowgatecounty.gov;Initial Catalog=Hansen8;Integrated Security=SSPI"  ⟪integrated security⟫
  },
  "Accela": {
    "BaseUrl": "https://apis.accela.com",
    "AppId": "«num:18-accelaapp»",  ⟪Accela app id⟫
    "AppSecret": "«hex:32-accela»",  ⟦app-secret|Accela app secret in appsettings⟧
    "Agency": "HARROWGATE",
    "Environment": "PROD"
  },
  "Smtp": {
    "Host": "smtp.office365.com",
    "Port": 587,
    "User": "permits-noreply@harrowgatecounty.gov",
    "Password": "«pwc:permitsmtp»"  ⟦password|SMTP password in appsettings⟧
  },
  "Recaptcha": {
    "SiteKey": "6Lc«b62:37-recap»",  ⟪reCAPTCHA site key, public⟫
    "SecretKey": "6Lc«b62:37-recapsecret»"  ⟦app-secret|reCAPTCHA secret key⟧
  }
}
"""),
    ("src/PermitPortal/appsettings.Development.json", r"""
{
  "ConnectionStrings": {
    "Permits": "Server=(localdb)\\MSSQLLocalDB;Database=Permits;Trusted_Connection=True"  ⟪LocalDB, no password⟫
  },
  "Accela": {
    "AppId": "«num:18-accelaapp»",
    "AppSecret": "<from user-secrets>",  ⟪placeholder⟫
    "Environment": "TEST"
  },
  "Smtp": {"Host": "localhost", "Port": 25, "User": "", "Password": ""}
}
"""),
    ("src/PermitPortal/nuget.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="county" value="https://proget.ad.harrowgatecounty.gov/nuget/county/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <county>
      <add key="Username" value="svc_build" />
      <add key="ClearTextPassword" value="«pwn:proget»" />  ⟦password|NuGet ClearTextPassword⟧
    </county>
  </packageSourceCredentials>
</configuration>
"""),
    ("src/CadInterface/CadInterface.exe.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.8" />
  </startup>
  <connectionStrings>
    <add name="CadDb" connectionString="Data Source=cad-sql01.ad.harrowgatecounty.gov;Initial Catalog=HexagonCAD;User ID=cad_iface;Password=«pw6:caddb»;Application Name=CadInterface" providerName="System.Data.SqlClient" />  ⟦conn-string|CAD SQL connection string in an exe.config⟧
    <add name="AliDb" connectionString="Data Source=ali01;Initial Catalog=ALI;Integrated Security=True" providerName="System.Data.SqlClient" />  ⟪integrated security⟫
  </connectionStrings>
  <appSettings>
    <add key="RapidSos.ClientId" value="«lo:32-rapidsosid»" />  ⟪RapidSOS client id⟫
    <add key="RapidSos.ClientSecret" value="«urlsafe:32-rapidsos»" />  ⟦app-secret|RapidSOS client secret in appSettings⟧
    <add key="Mdt.BroadcastPort" value="5150" />
    <add key="Mdt.RelayPassword" value="«pw:mdtrelay»" />  ⟦password|MDT relay password in appSettings⟧
  </appSettings>
</configuration>
"""),
    ("apps/cad-interface/hexagon-ici.ini", r"""
; Hexagon ICI (Intergraph CAD Interface) - state message switch and NCIC queries
[General]
Agency=HCSO
ORI=XX0450000
LogLevel=2

[MessageSwitch]
Host=msgswitch.state-bci.gov
Port=9002
Mnemonic=HCG1
TerminalId=HCGCAD01
Password=«pw6:nlets»  ⟦password|message-switch terminal password in an INI⟧

[Database]
Server=cad-sql01.ad.harrowgatecounty.gov
Database=HexagonCAD
TrustedConnection=yes
"""),
    ("apps/rms/RMSClient.udl", r"""
[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=«pw:rmsextract»;Persist Security Info=True;User ID=rms_extract;Initial Catalog=RMS;Data Source=rms-sql01.ad.harrowgatecounty.gov  ⟦conn-string|OLE DB initstring with a password in a .udl file⟧
"""),
    ("apps/munis/odbc/MunisReports.dsn", r"""
[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
UID=crystal_ro
PWD=«pwn:crystalro»  ⟦password|file DSN PWD⟧
DATABASE=munprod
WSID=FIN-WS-114
APP=Crystal Reports
SERVER=munis-sql02.ad.harrowgatecounty.gov
"""),
    ("etl/ssis/MunisEtl/MunisEtl.dtsConfig", r"""
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="HARROWGATE\lgreer" GeneratedFromPackageName="GLExport" GeneratedFromPackageID="{«uuid:ssispkg»}" GeneratedDate="3/4/2019 10:12:44 AM"/>  ⟪package id⟫
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[munprod].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=munis-sql02.ad.harrowgatecounty.gov;User ID=ssis_gl;Password=«pwn:ssisgl»;Initial Catalog=munprod;Provider=SQLNCLI11.1;Persist Security Info=True;</ConfiguredValue>  ⟦conn-string|SSIS package configuration connection string⟧
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[BankSFTP].Properties[ServerPassword]" ValueType="String">
    <ConfiguredValue>«pwc:banksftp»</ConfiguredValue>  ⟦password|SSIS configured ServerPassword⟧
  </Configuration>
</DTSConfiguration>
"""),
    ("etl/ssis/MunisEtl/GLExport.dtsx", r"""
<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts" DTS:refId="Package" DTS:ExecutableType="Microsoft.Package" DTS:ObjectName="GLExport" DTS:ProtectionLevel="3" DTS:DTSID="{«uuid:ssispkg»}">  ⟪package id⟫
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[munprod]" DTS:CreationName="OLEDB" DTS:ObjectName="munprod">
      <DTS:ObjectData>
        <DTS:ConnectionManager DTS:ConnectionString="Data Source=munis-sql02.ad.harrowgatecounty.gov;User ID=ssis_gl;Initial Catalog=munprod;Provider=SQLNCLI11.1;Auto Translate=False;">
          <DTS:Password DTS:Name="Password" Sensitive="1" Encrypted="1">«b64k:96-dtsxenc»</DTS:Password>  ⟪SSIS-encrypted password (EncryptSensitiveWithPassword)⟫
        </DTS:ConnectionManager>
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
</DTS:Executable>
"""),
    ("etl/ssis/catalog/set_environment.sql", r"""
USE SSISDB;
GO
DECLARE @env_id bigint;
IF NOT EXISTS (SELECT 1 FROM catalog.environments WHERE name = N'Prod')
    EXEC catalog.create_environment @folder_name = N'Finance', @environment_name = N'Prod';

EXEC catalog.create_environment_variable @folder_name = N'Finance', @environment_name = N'Prod',
     @variable_name = N'MunisConnection', @data_type = N'String', @sensitive = 0,
     @value = N'Data Source=munis-sql02.ad.harrowgatecounty.gov;Initial Catalog=munprod;Integrated Security=SSPI;';  ⟪integrated security⟫
EXEC catalog.create_environment_variable @folder_name = N'Finance', @environment_name = N'Prod',
     @variable_name = N'BankSftpPassword', @data_type = N'String', @sensitive = 1,
     @value = N'«pwc:banksftp»';  ⟦password|sensitive SSIS environment variable value in a script⟧
GO
"""),
    ("reports/ssrs/Finance/DataSources/MunisDW.rds", r"""
<?xml version="1.0" encoding="utf-8"?>
<RptDataSource xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema" Name="MunisDW">
  <ConnectionProperties>
    <Extension>SQL</Extension>
    <ConnectString>Data Source=munis-dw.ad.harrowgatecounty.gov;Initial Catalog=MunisDW;User ID=ssrs_reader;Password=«pwp:ssrsreader»</ConnectString>  ⟦conn-string|SSRS shared data source with a password in the connect string⟧
    <IntegratedSecurity>false</IntegratedSecurity>
  </ConnectionProperties>
  <DataSourceID>«uuid:rdsid»</DataSourceID>  ⟪data source id⟫
</RptDataSource>
"""),
    ("reports/ssrs/rsreportserver.fragment.config", r"""
<Configuration>
  <Dsn>«b64k:180-rsdsn»</Dsn>  ⟪SSRS-encrypted catalog DSN⟫
  <ConnectionType>Default</ConnectionType>
  <LogonUser></LogonUser>
  <LogonDomain></LogonDomain>
  <LogonCred></LogonCred>
  <InstallationID>{«uuid:rsinst»}</InstallationID>  ⟪installation id⟫
  <Extensions>
    <Delivery>
      <Extension Name="Report Server Email" Type="Microsoft.ReportingServices.EmailDeliveryProvider.EmailProvider,ReportingServicesEmailDeliveryProvider">
        <Configuration>
          <RSEmailDPConfiguration>
            <SMTPServer>smtp-relay.ad.harrowgatecounty.gov</SMTPServer>
            <SMTPAuthenticate>0</SMTPAuthenticate>
            <From>ssrs@harrowgatecounty.gov</From>
          </RSEmailDPConfiguration>
        </Configuration>
      </Extension>
    </Delivery>
  </Extensions>
</Configuration>
"""),
    ("gis/scripts/publish_services.py", r"""
# Publishes the map services listed in services.yml to ArcGIS Enterprise.
import argparse
import arcpy

PORTAL = "https://gis.harrowgatecounty.gov/portal"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--portal", default=PORTAL)
    ap.add_argument("--user", default="gis_publisher")
    ap.add_argument("--password")
    a = ap.parse_args()
    arcpy.SignInToPortal(a.portal, a.user, a.password or "«pwc:gispub»")  ⟦password|fallback password in arcpy.SignInToPortal⟧
    aprx = arcpy.mp.ArcGISProject(r"\\fs01\GIS\Publishing\services.aprx")
    for m in aprx.listMaps():
        print("staging", m.name)


if __name__ == "__main__":
    main()
"""),
    ("gis/scripts/parcel_sync.py", r"""
from arcgis.gis import GIS
import pyodbc

gis = GIS("https://gis.harrowgatecounty.gov/portal", "parcel_sync", "«pwn:parcelsync»")  ⟦password|ArcGIS API for Python GIS() password⟧
assessor = pyodbc.connect(
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=as400-mirror.ad.harrowgatecounty.gov;"
    "DATABASE=TaxRoll;UID=gis_reader;PWD=«pw:taxroll»;TrustServerCertificate=yes"  ⟦conn-string|ODBC string fragment with PWD⟧
)
layer = gis.content.get("«hex:32-parcelitem»").layers[0]  ⟪ArcGIS item id⟫
rows = assessor.cursor().execute("SELECT PIN, OWNER, LAND_VAL FROM dbo.Parcels").fetchall()
print(len(rows), "parcels")
"""),
    ("gis/viewer/src/config.js", r"""
// Public parcel viewer (static site on S3 + CloudFront)
export default {
  portalUrl: 'https://gis.harrowgatecounty.gov/portal',
  webmapId: '«hex:32-webmap»',  ⟪web map item id⟫
  // referrer-restricted to *.harrowgatecounty.gov in the developer dashboard
  apiKey: '«esri:viewer»',  ⟦?app-secret|ArcGIS API key shipped to browsers (referrer-restricted): policy-dependent⟧
  googleStreetViewKey: '«aiza:streetview»',  ⟪Google Maps browser key⟫
  mapboxToken: '«mapboxpk:viewer»',  ⟪Mapbox public token⟫
};
"""),
    ("scada/ignition/project/ignition/script-python/reports/daily/code.py", r"""
# Ignition gateway script: daily plant report e-mailed to the water superintendent
def send(report_bytes):
	system.net.sendEmail(
		smtp="smtp.office365.com:587",
		fromAddr="scada-reports@harrowgatecounty.gov",
		subject="Millbrook WTP daily report",
		body="Attached.",
		to=["water-ops@harrowgatecounty.gov"],
		attachmentNames=["daily.pdf"],
		attachmentData=[report_bytes],
		username="scada-reports@harrowgatecounty.gov",
		password="«pw:scadamail»",  ⟦password|password argument of system.net.sendEmail in an Ignition script⟧
		smtpProfile=None)


def historian():
	return system.db.runNamedQuery("Reports/DailyFlow", {"plant": "MILLBROOK"})
"""),
    ("scada/pi/pi_pull.py", r"""
import requests
from requests.auth import HTTPBasicAuth

PIWEBAPI = "https://pi-hist01.harrowgatewater.local/piwebapi"
AUTH = HTTPBasicAuth("HARROWGATE\\svc_piread", "«pwn:piread»")  ⟦password|PI Web API basic-auth password⟧


def tag_value(path):
    r = requests.get(f"{PIWEBAPI}/attributes", params={"path": path}, auth=AUTH, verify=False)
    r.raise_for_status()
    web_id = r.json()["WebId"]
    return requests.get(f"{PIWEBAPI}/streams/{web_id}/value", auth=AUTH, verify=False).json()["Value"]
"""),
    ("water/billing/Export-CisReads.ps1", r"""
param([string]$Cycle = (Get-Date -Format 'yyyyMM'))
$query = "EXEC dbo.ExportReads @Cycle = '$Cycle'"
Invoke-Sqlcmd -ServerInstance cis-sql.ad.harrowgatecounty.gov -Database CIS -Username ami_loader -Password '«pwn:cisloader»' -Query $query |  ⟦password|Invoke-Sqlcmd -Password⟧
    Export-Csv "\\fs01\Water\Billing\reads_$Cycle.csv" -NoTypeInformation
"""),
    ("transit/fares/src/justride-client.ts", r"""
import axios from 'axios';

const JUSTRIDE_BASE = 'https://api.justride.com/v2/brands/harrowgate';
// TODO move to Secrets Manager before go-live (FARES-212)
const JUSTRIDE_API_KEY = '«b62:40-justride»';  ⟦app-secret|Justride API key hard-coded in TypeScript⟧

export async function listProducts() {
  const { data } = await axios.get(`${JUSTRIDE_BASE}/products`, {
    headers: { 'x-api-key': JUSTRIDE_API_KEY, Accept: 'application/json' },
  });
  return data;
}
"""),
    ("transit/cradlepoint/ncm.py", r"""
# NetCloud Manager: pull router status for the 64 buses and 9 depot routers
import requests

HEADERS = {
    "X-CP-API-ID": "«hex:8-cpid»",
    "X-CP-API-KEY": "«hex:32-cpkey»",  ⟦app-secret|Cradlepoint X-CP-API-KEY header⟧
    "X-ECM-API-ID": "«uuid:ecmid»",  ⟪Cradlepoint ECM API id⟫
    "X-ECM-API-KEY": "«hex:40-ecmkey»",  ⟦app-secret|Cradlepoint X-ECM-API-KEY header⟧
    "Content-Type": "application/json",
}

r = requests.get("https://www.cradlepointecm.com/api/v2/routers/", headers=HEADERS, params={"limit": 100})
for router in r.json()["data"]:
    print(router["name"], router["state"])
"""),
    ("transit/apc/config.yaml", r"""
apc:
  vendor: infodev
  api_base: https://api.infodev-apc.com/v2
  api_token: «b62:48-infodev»  ⟦app-secret|APC vendor token in YAML config⟧
  agency: HCTA
avl:
  host: avl-sql.hcta.local
  database: CleverCAD
  user: gtfs_reader
  password: «pwn:avlsql»  ⟦password|AVL SQL password in YAML⟧
output:
  s3: s3://hcta-ridership-561093827446/apc/
"""),
    ("transit/avl/clever-bustime.properties", r"""
# BusTime Developer API proxy (public arrivals feed for the county web site)
bustime.base=https://bustime.hcta.org/bustime/api/v3
bustime.key=«b62:25-bustime»  ⟦app-secret|BusTime developer API key⟧
db.url=jdbc:sqlserver://avl-sql.hcta.local:1433;databaseName=CleverCAD
db.user=bustime_ro
db.password=«pwp:bustimero»  ⟦password|JDBC password in a .properties file⟧
cache.ttl.seconds=20
"""),
    ("transit/paratransit/trapeze-pass.ini", r"""
[Server]
Name=trapeze-app01.hcta.local
Port=2244

[Database]
Provider=Oracle
TNS=PASSPROD
User=PASS_IVR
Password=«pw6:passivr»  ⟦password|Trapeze PASS database password, terminal style⟧

[IVR]
TwilioAccountSid=«twac:ivr»  ⟪Twilio account SID⟫
TwilioAuthToken=«hex:32-twilioivr»  ⟦twilio|Twilio auth token in an INI⟧
"""),
    ("transit/fares/test/webhook.test.ts", r"""
import { verifySignature } from '../src/webhook';

const STRIPE_KEY = '«docs:stripetest»';  ⟪Stripe test-mode key in a test⟫
const HMAC = 'test-hmac-secret-not-real';  ⟪test-marked value⟫

describe('justride webhook', () => {
  it('rejects a bad signature', () => {
    expect(verifySignature('{}', 'sha256=' + '0'.repeat(64), HMAC)).toBe(false);  ⟪zero digest⟫
  });
  it('has a stripe key', () => expect(STRIPE_KEY.startsWith('sk_test_')).toBe(true));
});
"""),
    ("hc311/lambda/sms.js", r"""
const twilio = require('twilio');

// local: TWILIO_ACCOUNT_SID=ACxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx TWILIO_AUTH_TOKEN=your_auth_token  ⟪placeholders in a comment⟫
const client = twilio(process.env.TWILIO_ACCOUNT_SID, process.env.TWILIO_AUTH_TOKEN);  ⟪environment lookups⟫

exports.handler = async (event) => {
  const { phone, caseNumber } = JSON.parse(event.body);
  await client.messages.create({
    from: '+13305550142',
    to: phone,
    body: `Harrowgate 311: your request ${caseNumber} was received.`,
  });
  return { statusCode: 202 };
};
"""),
    ("courts/odyssey/OdysseyIntegration.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Odyssey.ApiUrl" value="https://odyssey.ad.harrowgatecounty.gov/OdysseyAPI/" />
    <add key="Odyssey.SiteId" value="HCGCOURTS" />
    <add key="Odyssey.UserId" value="svc_jury_sync" />
    <add key="Odyssey.Password" value="«pws:odyssey»" />  ⟦password|Odyssey API password in appSettings⟧
    <add key="Efm.Password" value="«pwc:efm»" />  ⟦password|state EFM password repeated in appSettings⟧
    <add key="Jury.SmsProvider" value="twilio" />
  </appSettings>
</configuration>
"""),
    ("courts/jury/send_summons.py", r"""
import smtplib
from email.message import EmailMessage

SMTP_HOST = "email-smtp.us-gov-west-1.amazonaws.com"
SMTP_USER = "«akid:sesjury»"  ⟦aws-ses-smtp|SES SMTP user (key id) in Python⟧
SMTP_PASS = "«sesv4:sesjury»"  ⟦aws-ses-smtp|SES SMTP password in Python⟧


def send(to, pdf):
    msg = EmailMessage()
    msg["From"] = "jury@harrowgatecounty.gov"
    msg["To"] = to
    msg["Subject"] = "Harrowgate County jury summons"
    msg.add_attachment(pdf, maintype="application", subtype="pdf", filename="summons.pdf")
    with smtplib.SMTP(SMTP_HOST, 587) as s:
        s.starttls()
        s.login(SMTP_USER, SMTP_PASS)
        s.send_message(msg)
"""),
    ("elections/enr/upload_results.py", r"""
# Runs on the ENR publishing laptop (NOT the tabulation network). Earl S., 2024 primary.
import sys
import boto3

s3 = boto3.client(
    "s3",
    region_name="us-east-2",
    aws_access_key_id="«akid:enr»",  ⟦aws-key-id|key id in a boto3 client call⟧
    aws_secret_access_key="«awssec:enr»",  ⟦aws-secret|secret in a boto3 client call⟧
)

for path in sys.argv[1:]:
    s3.upload_file(path, "hcg-enr-results-561093827446", "current/" + path.split("\\")[-1],
                   ExtraArgs={"ContentType": "application/xml", "CacheControl": "max-age=30"})
    print("uploaded", path)
"""),
    ("elections/pollbook/pollpad-sync.json", r"""
{
  "county": "Harrowgate",
  "jurisdictionCode": "HGT",
  "syncServer": "https://pollbook-sync.harrowgatecounty.gov",
  "apiKey": "«b62:40-pollpad»",  ⟦app-secret|Poll Pad sync API key⟧
  "stateVoterFile": {
    "sftpHost": "sftp.sos.state.gov",
    "username": "harrowgate_boe",
    "password": "«pwc:sosftp»"  ⟦password|state voter-file SFTP password⟧
  },
  "earlyVotingSites": 6
}
"""),
    ("elections/ballot-tracking/settings.py", r"""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DEBUG = False
ALLOWED_HOSTS = ["ballots.harrowgatecounty.gov"]
SECRET_KEY = "«django:ballots»"  ⟦app-secret|Django SECRET_KEY⟧

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "HOST": "pollbook-sync.c3kd8w1zr7qp.us-east-2.rds.amazonaws.com",
        "NAME": "ballots",
        "USER": "ballots_app",
        "PASSWORD": os.environ["DB_PASSWORD"],  ⟪environment lookup⟫
    }
}

BALLOTTRAX_API_KEY = "«hex:40-ballottrax»"  ⟦app-secret|BallotTrax API key⟧
BALLOTTRAX_CLIENT = "harrowgate"
"""),
    ("opendata/socrata/publish.py", r"""
from sodapy import Socrata

client = Socrata(
    "data.harrowgatecounty.gov",
    "«b62:25-socapp»",  ⟪Socrata app token, public⟫
    username="opendata-publisher@harrowgatecounty.gov",
    password="«pw:socratapub»",  ⟦password|Socrata publisher password⟧
    timeout=120,
)
client.replace("xq7k-3m2p", open("restaurant_inspections.csv").read())
"""),
    ("opendata/ckan/production.ini", r"""
[app:main]
use = egg:ckan
ckan.site_url = https://data.harrowgatecounty.gov
ckan.site_id = harrowgate
sqlalchemy.url = postgresql://ckan_default:«pwr:ckandb»@ckan-db.c2xq9rk4vw1m.us-east-2.rds.amazonaws.com/ckan  ⟦conn-string|CKAN sqlalchemy.url with a password⟧
ckan.datastore.write_url = postgresql://ckan_default:«pwr:ckandb»@ckan-db.c2xq9rk4vw1m.us-east-2.rds.amazonaws.com/datastore  ⟦conn-string|CKAN datastore write URL⟧
ckan.datastore.read_url = postgresql://datastore_ro:datastore_ro@ckan-db.c2xq9rk4vw1m.us-east-2.rds.amazonaws.com/datastore  ⟪password equal to the user⟫
beaker.session.secret = «b64k:32-beaker»  ⟦app-secret|CKAN beaker session secret⟧
api_token.jwt.encode.secret = string:«b64k:32-ckanjwt»  ⟦app-secret|CKAN API token signing secret⟧
api_token.jwt.decode.secret = string:«b64k:32-ckanjwt»  ⟦app-secret|CKAN API token signing secret (decode)⟧
ckan.plugins = activity datastore datapusher scheming_datasets harvest
smtp.server = email-smtp.us-east-2.amazonaws.com:587
smtp.starttls = True
smtp.user = «akid:sesckan»  ⟦aws-ses-smtp|SES SMTP user in ckan.ini⟧
smtp.password = «sesv4:sesckan»  ⟦aws-ses-smtp|SES SMTP password in ckan.ini⟧
"""),
    ("evidence/axon-pull/pull.py", r"""
import os
import boto3
import requests

AXON = "https://api.evidence.com/api/oauth2/token"
secrets = boto3.client("secretsmanager", region_name="us-gov-west-1")


def token():
    sec = secrets.get_secret_value(SecretId="evidence/axon")["SecretString"]  ⟪Secrets Manager lookup⟫
    return requests.post(AXON, data={"grant_type": "client_credentials", **__import__("json").loads(sec)}).json()["access_token"]


def handler(event, context):
    t = token()
    partner = os.environ["AXON_PARTNER_ID"]  ⟪environment lookup⟫
    return {"partner": partner, "ok": bool(t)}
"""),
    ("evidence/axon-pull/tests/test_pull.py", r"""
import pull


def test_token(monkeypatch, requests_mock):
    monkeypatch.setenv("AXON_PARTNER_ID", "00000000-0000-0000-0000-000000000000")
    requests_mock.post(pull.AXON, json={"access_token": "test-token-not-real"})  ⟪test-marked value in a test⟫
    monkeypatch.setattr(pull, "secrets", type("S", (), {"get_secret_value": lambda self, SecretId: {"SecretString": '{"client_id": "x", "client_secret": "test-secret"}'}})())  ⟪test-marked value⟫
    assert pull.handler({}, None)["ok"]
"""),
    ("records/onbase/Web.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="DataSource" value="OnBaseProd" />
    <add key="ServiceUser" value="svc_onbase_efile" />
    <add key="ServicePassword" value="«pwn:onbase»" />  ⟦password|OnBase service password in Web.config⟧
    <add key="WorkflowTimeoutSeconds" value="120" />
  </appSettings>
  <system.web>
    <machineKey validationKey="AutoGenerate,IsolateApps" decryptionKey="AutoGenerate,IsolateApps" validation="HMACSHA256" />  ⟪auto-generated machineKey⟫
  </system.web>
</configuration>
"""),
    ("library/polaris/papi.json", r"""
{
  "PAPIAccessID": "HCGKIOSK",
  "PAPIAccessKey": "«uuid:polaris»",  ⟦app-secret|Polaris PAPI access key⟧
  "BaseUrl": "https://polaris.hcpl.org/PAPIService/REST",
  "Version": "v1",
  "LangID": 1033,
  "AppID": 100,
  "OrgID": 1
}
"""),
    ("hr/neogov/sync_applicants.py", r"""
# Pull new applicants from NEOGOV Insight into the HRIS staging table
import requests

NEOGOV_API = "https://api.neogov.com/rest"
API_KEY = "«b62:32-neogov»"  ⟦app-secret|NEOGOV API key⟧
AGENCY = "harrowgatecounty"

resp = requests.get(f"{NEOGOV_API}/applications", headers={"Authorization": f"Basic {API_KEY}"}, params={"agency": AGENCY})
print(resp.status_code)
"""),
    ("finance/paymentus/recon.py", r"""
import paramiko

HOST = "sftp.paymentus.com"
USER = "harrowgatecty"
PASSWORD = "«pwr:paymentussftp»"  ⟦password|vendor SFTP password in Python⟧

t = paramiko.Transport((HOST, 22))
t.connect(username=USER, password=PASSWORD)
sftp = paramiko.SFTPClient.from_transport(t)
for name in sftp.listdir("/outbound"):
    sftp.get(f"/outbound/{name}", f"\\\\fs01\\Finance\\Paymentus\\{name}")
"""),
    ("finance/bank/positive-pay.ini", r"""
[bank]
host=securefx.heartlandfirstbank.com
port=22
user=HGTCTY_PP
password=«pw:positivepay»  ⟦password|bank positive-pay SFTP password⟧
remote_dir=/inbound/positivepay

[munis]
export_dir=\\munis-app01\exports\checks
"""),
    ("helpdesk/sdp/bulk_close.py", r"""
# Close resolved requests older than 14 days (ServiceDesk Plus 14.x, API v3)
import json
import requests

SDP = "https://servicedesk.harrowgatecounty.gov/api/v3"
HEADERS = {"authtoken": "«sdp:bulkclose»", "Accept": "application/vnd.manageengine.sdp.v3+json"}  ⟦app-secret|ServiceDesk Plus technician key in a script⟧

params = {"input_data": json.dumps({"list_info": {"row_count": 100, "search_criteria": [{"field": "status.name", "condition": "is", "value": "Resolved"}]}})}
for req in requests.get(f"{SDP}/requests", headers=HEADERS, params=params).json()["requests"]:
    requests.put(f"{SDP}/requests/{req['id']}/close", headers=HEADERS)
"""),
    ("apps/intranet/provisioning/appsettings.json", r"""
{
  "SharePoint": {
    "TenantUrl": "https://harrowgatecounty.sharepoint.us",
    "TenantId": "«uuid:tenant»",  ⟪tenant id⟫
    "ClientId": "«uuid:pnpclient»",  ⟪app registration id⟫
    "ClientSecret": "«azad:pnp»",  ⟦azure-ad|Entra client secret in appsettings⟧
    "SiteTemplate": "DepartmentSite"
  }
}
"""),
    ("apps/intranet/provisioning/New-DepartmentSite.ps1", r"""
param([Parameter(Mandatory)][string]$Department)
Connect-PnPOnline -Url https://harrowgatecounty.sharepoint.us -ClientId «uuid:pnpclient» -ClientSecret "«azad:pnp»" -AzureEnvironment USGovernmentHigh  ⟦azure-ad|Connect-PnPOnline -ClientSecret⟧
New-PnPSite -Type TeamSite -Title $Department -Alias ($Department -replace '\s', '')
"""),
    ("apps/exchange/Set-ScanToEmail.ps1", r"""
# Copiers in the courthouse relay through Exchange Online with a licensed mailbox (SMTP AUTH).
$user = 'scan-courthouse@harrowgatecounty.gov'
$pass = ConvertTo-SecureString '«pwp:scanmail»' -AsPlainText -Force  ⟦password|scan-to-email mailbox password⟧
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Send-MailMessage -SmtpServer smtp.office365.us -Port 587 -UseSsl -Credential $cred -From $user -To helpdesk@harrowgatecounty.gov -Subject 'relay check'
Connect-ExchangeOnline -CertificateThumbprint «uhex:40-exothumb» -AppId «uuid:exoapp» -Organization harrowgatecounty.onmicrosoft.us -ExchangeEnvironmentName O365USGovGCCHigh  ⟪certificate thumbprint and app id⟫
"""),
    ("apps/ad-tools/ldap.properties", r"""
ldap.url=ldaps://dc01.ad.harrowgatecounty.gov:636
ldap.base=DC=ad,DC=harrowgatecounty,DC=gov
ldap.bindDn=CN=svc_badge_sync,OU=Service Accounts,DC=ad,DC=harrowgatecounty,DC=gov
ldap.bindPassword=«pws:badgesync»  ⟦password|LDAP bind password in .properties⟧
ldap.userFilter=(&(objectClass=user)(employeeID=*))
"""),
    ("apps/jail-commissary/.env", r"""
APP_ENV=production
DB_HOST=jail-commissary.cq3k8x1m2n4p.us-gov-west-1.rds.amazonaws.com
DB_USER=commissary
DB_PASSWORD=«pwn:commissary»  ⟦password|database password in .env⟧
KEEFE_API_URL=https://api.keefegroup.com/commissary/v3
KEEFE_API_KEY=«b62:36-keefe»  ⟦app-secret|commissary vendor API key⟧
JPAY_MERCHANT_ID=«num:9-jpay»  ⟪merchant id⟫
"""),
    ("apps/animal-shelter/config/database.yml", r"""
default: &default
  adapter: postgresql
  encoding: unicode
  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>

development:
  <<: *default
  database: shelter_development

production:
  <<: *default
  host: shelter-db.c3kd8w1zr7qp.us-east-2.rds.amazonaws.com
  database: shelter_production
  username: shelter
  password: «pwn:shelterdb»  ⟦password|Rails production database password⟧
"""),
    ("apps/animal-shelter/config/master.key", r"""
«hex:32-railsmaster»  ⟦app-secret|Rails master.key⟧
"""),
    ("apps/animal-shelter/config/credentials.yml.enc", r"""
«railsenc:shelter»  ⟪Rails encrypted credentials⟫
"""),
    ("apps/parks-reservations/wp-config.php", r"""
<?php
define( 'DB_NAME', 'parks_wp' );
define( 'DB_USER', 'parks_wp' );
define( 'DB_PASSWORD', '«pwc:parkswp»' );  ⟦password|WordPress DB_PASSWORD⟧
define( 'DB_HOST', 'parks-db.c3kd8w1zr7qp.us-east-2.rds.amazonaws.com' );
define( 'DB_CHARSET', 'utf8mb4' );

define( 'AUTH_KEY',         '«wpsalt:auth»' );  ⟦app-secret|WordPress AUTH_KEY⟧
define( 'SECURE_AUTH_KEY',  '«wpsalt:secauth»' );  ⟦app-secret|WordPress SECURE_AUTH_KEY⟧
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );  ⟪the WordPress placeholder phrase⟫

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
"""),
    ("apps/parks-reservations/.htpasswd", r"""
parksadmin:«apr1:parks1»  ⟪apr1 hash⟫
rangers:«apr1:parks2»
"""),
    ("apps/911/rapidsos/client.go", r"""
package rapidsos

import (
	"net/http"
	"net/url"
	"strings"
)

const (
	tokenURL     = "https://api.rapidsos.com/oauth/token"
	clientID     = "«lo:32-rapidsosid»"
	clientSecret = "«urlsafe:32-rapidsos»"  ⟦app-secret|RapidSOS client secret as a Go constant⟧
)

func Token() (*http.Response, error) {
	form := url.Values{"grant_type": {"client_credentials"}, "client_id": {clientID}, "client_secret": {clientSecret}}
	return http.Post(tokenURL, "application/x-www-form-urlencoded", strings.NewReader(form.Encode()))
}
"""),
    ("apps/911/text-to-911/config.toml", r"""
[tcc]
provider = "comtech"
endpoint = "https://tcc.comtech-psap.net/ti"
psap_id = "OH-HGT-01"

[tcc.auth]
username = "hcg-psap"
password = "«pwl:tcc»"  ⟦password|text-to-911 control centre password in TOML⟧

[cad]
ali_host = "ali01"
"""),
    ("apps/fleet/fleetfocus.properties", r"""
# AssetWorks FleetFocus M5 - fuel interface (Fuelmaster)
m5.jdbc.url=jdbc:oracle:thin:@fleet-ora.ad.harrowgatecounty.gov:1521/M5PROD
m5.jdbc.user=FUELIF
m5.jdbc.password=«pw6:fuelif»  ⟦password|Oracle password in .properties⟧
fuelmaster.ftp.host=10.72.4.15
fuelmaster.ftp.user=fmaster
fuelmaster.ftp.password=${FUELMASTER_FTP_PASSWORD}  ⟪variable reference⟫
"""),
    ("tools/postman/Munis-API.postman_environment.json", r"""
{
  "id": "«uuid:pmenv»",  ⟪Postman environment id⟫
  "name": "Munis API - PROD",
  "values": [
    {"key": "baseUrl", "value": "https://munis-api.ad.harrowgatecounty.gov/prod/api", "type": "default", "enabled": true},
    {"key": "username", "value": "api_payroll", "type": "default", "enabled": true},
    {"key": "password", "value": "«pw:munisapi»", "type": "secret", "enabled": true},  ⟦password|Postman environment secret value⟧
    {"key": "token", "value": "", "type": "secret", "enabled": true}
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2026-09-18T13:40:02.511Z",
  "_postman_exported_using": "Postman/11.12.0"
}
"""),
    ("tools/winscp/WinSCP.ini", r"""
[Configuration\Interface]
RandomSeedFile=%APPDATA%\winscp.rnd

[Sessions\paymentus-recon]
HostName=sftp.paymentus.com
UserName=harrowgatecty
Password=«winscp:harrowgatecty@sftp.paymentus.com:pwr:paymentussftp»  ⟦?password|WinSCP obfuscated password (reversible without a key): policy-dependent⟧
FSProtocol=2

[Sessions\state-voter-file]
HostName=sftp.sos.state.gov
UserName=harrowgate_boe
PublicKeyFile=C:%5CUsers%5Cestoddard%5C.ssh%5Cboe.ppk
"""),
    ("tools/putty/sessions.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\SimonTatham\PuTTY\Sessions\scada-jump]
"HostName"="10.61.0.5"
"PortNumber"=dword:00000016
"UserName"="twrobel"
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy.ad.harrowgatecounty.gov"
"ProxyPort"=dword:00000c38
"ProxyUsername"="HARROWGATE\\twrobel"
"ProxyPassword"="«pwn:twrobel»"  ⟦password|PuTTY ProxyPassword stored in the registry⟧
"PublicKeyFile"="C:\\Users\\twrobel\\keys\\scada.ppk"
"""),
    ("tools/rdp/dispatch-console-07.rdp", r"""
screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
full address:s:cad-ws07.ad.harrowgatecounty.gov
username:s:HARROWGATE\dispatch07
password 51:b:«dpapi:rdp07»  ⟪DPAPI-protected password blob⟫
authentication level:i:2
prompt for credentials:i:0
"""),
    ("tools/mremoteng/confCons.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<mrng:Connections xmlns:mrng="http://mremoteng.org" Name="Connections" Export="false" EncryptionEngine="AES" BlockCipherMode="GCM" KdfIterations="1000" FullFileEncryption="false" Protected="«b64k:64-mrprot»" ConfVersion="2.6">
    <Node Name="DC01" Type="Connection" Descr="" Icon="Windows" Username="dpettibone" Domain="HARROWGATE" Password="«b64k:60-mrpw1»" Hostname="dc01.ad.harrowgatecounty.gov" Protocol="RDP" Port="3389" />  ⟦?password|mRemoteNG password encrypted under the default master password (reversible): policy-dependent⟧
    <Node Name="fgt-courthouse" Type="Connection" Descr="" Icon="SSH" Username="admin" Domain="" Password="" Hostname="10.10.0.1" Protocol="SSH2" Port="22" />
</mrng:Connections>
"""),
    ("apps/badge/BadgeSync.csproj", r"""
<Project Sdk="Microsoft.NET.Sdk.Worker">
  <PropertyGroup>
    <TargetFramework>net8.0-windows</TargetFramework>
    <UserSecretsId>«uuid:usersecrets»</UserSecretsId>  ⟪user-secrets id⟫
    <RootNamespace>Harrowgate.BadgeSync</RootNamespace>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="System.DirectoryServices.Protocols" Version="8.0.0" />
    <PackageReference Include="Lenel.OpenAccess.Client" Version="2.4.1" />
  </ItemGroup>
</Project>
"""),
    ("apps/badge/appsettings.json", r"""
{
  "Lenel": {
    "OpenAccessUrl": "https://lenel01.ad.harrowgatecounty.gov:8080/api/access/onguard/openaccess",
    "ApplicationId": "«uuid:lenelapp»",  ⟪Lenel application id⟫
    "UserName": "svc_badgesync",
    "Password": "«pws:badgesync»",  ⟦password|Lenel OnGuard OpenAccess password⟧
    "Directory": "id-1"
  },
  "Ldap": {"Server": "dc01.ad.harrowgatecounty.gov", "Port": 636}
}
"""),
]
