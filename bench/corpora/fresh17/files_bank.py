"""fresh17 templates, the credit union's own systems (Tarnwell Mutual): the hosted Symitar core (SymXchange,
PowerOn, Episys host scripts), teller PCs and branch devices (cash recyclers, check scanners, signature pads,
instant-issue printers, alarm and CCTV), ATMs and key management (key ceremonies, payShield, the ATM switch),
card processing, payments rails (ACH, Fedwire, SWIFT Lite2, Zelle, shared branching, settlement), fraud and AML,
credit bureaus and loan origination, the contact centre, statements and notices.
Markers: render.py and README.md."""

FILES = [
    ("core/symxchange/requests/GetMemberByAccount.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:acc="http://www.symxchange.generated.symitar.com/account">
  <soapenv:Body>
    <acc:getAccountSelectFields>
      <Request MessageId="keel-diag-0412">
        <Credentials>
          <AdministrativeCredentials>
            <Password>«symx:symxadmin»</Password>  ⟦password|SymXchange AdministrativeCredentials password in a saved SOAP request⟧
          </AdministrativeCredentials>
        </Credentials>
        <DeviceInformation DeviceNumber="20401" DeviceType="KEEL"/>
        <AccountNumber>«memberno:10-diag»</AccountNumber>  ⟪member account number, not a credential⟫
      </Request>
    </acc:getAccountSelectFields>
  </soapenv:Body>
</soapenv:Envelope>
"""),
    ("core/symxchange/soapui-project.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<con:soapui-project name="SymXchange UAT" soapui-version="5.7.2" xmlns:con="http://eviware.com/soapui/config">
  <con:properties>
    <con:property><con:name>deviceNumber</con:name><con:value>20499</con:value></con:property>
    <con:property><con:name>adminPassword</con:name><con:value>«symx:symxuatadmin»</con:value></con:property>  ⟦password|SymXchange UAT admin password in a SoapUI project property⟧
    <con:property><con:name>userNumber</con:name><con:value>0931</con:value></con:property>
    <con:property><con:name>userPassword</con:name><con:value>${#Env#SYMX_USER_PW}</con:value></con:property>  ⟪SoapUI environment reference⟫
  </con:properties>
</con:soapui-project>
"""),
    ("core/poweron/TMCU.DIGITAL.XFER", r"""
[ TMCU.DIGITAL.XFER - transfer between shares for the digital channels, called through SymXchange ]
TARGET=ACCOUNT

DEFINE
 VENDORURL=CHARACTER
 VENDORKEY=CHARACTER
 AMOUNT=MONEY
END

SETUP
 VENDORURL="https://limits.fraudsvc-partner.com/v2/check"
 VENDORKEY="«hex:40-limitsvendor»"  ⟦app-secret|fraud-limit vendor key hard-coded in a PowerOn specfile⟧
 AMOUNT=@ENVARGNUMBER
END

PRINT TITLE="DIGITAL XFER"
 HEADER=""
END
"""),
    ("core/episys/cron/card_files.sh", r"""
#!/bin/ksh
# Episys host (AIX) - push the daily card maintenance file to the card processor and pull the posting file
cd /SYM/SYM000/LETTERSPECS/CARDS
SFTP_USER=tarnwellfcu
export SSHPASS='«symx:pscusftp»'  ⟦password|SSHPASS export in an Episys cron script⟧
sshpass -e sftp -oBatchMode=no $SFTP_USER@sftp.cardprocessor-cu.com <<EOF
put CARDMAINT.$(date +%m%d)
get POSTING.$(date +%m%d)
bye
EOF
"""),
    ("core/episys/cron/ach_pickup.exp", r"""
#!/usr/bin/expect -f
# pulls the FedLine ACH receipt file that ops drops on the transfer server
set timeout 60
spawn sftp achops@xfer01.tmcu.local
expect "password:"
send "«pwl:achops»\r"  ⟦password|password sent by an expect script⟧
expect "sftp>"
send "get /inbound/fedach/ACHRECV.*\r"
expect "sftp>"
send "bye\r"
"""),
    ("core/episys/host-access.md", r"""
# Episys host access (hosted by the core vendor)

- Host: `episys.tarnwell.hosted` over the vendor VPN (tunnel in `infra/cfn/branch-vpn.yaml`).
- Our AIX logins are named `tmcu_<initials>`; ask the core team lead for one.
- The shared `symop` operator login exists only for the vendor's night operator. Its password is in the
  PAM vault under *Core / symop* — never write it down here.  ⟪pointer to a vault⟫
- Console password for SYM000 maintenance mode was changed on 2026-02-03 to `«symx:sym000maint»`.  ⟦password|maintenance password written in a host-access document⟧
"""),
    ("core/symconnect/odbc.ini", r"""
[SymitarODS]
Driver=/opt/symconnect/lib/libsymodbc.so
Server=episys.tarnwell.hosted
Port=50001
Database=SYM000
UID=dwextract
PWD=«symx:dwextract»  ⟦password|ODBC DSN password⟧

[ReportingLocal]
Driver=PostgreSQL Unicode
Servername=localhost
Database=ods
UserName=ods
Password=  ⟪empty value⟫
"""),
    ("branch/teller/SymitarTeller.ini", r"""
[Host]
Address=episys.tarnwell.hosted
Port=4431
SymNumber=000

[Station]
ConsoleNumber=«num:3-console»
BranchNumber=14
AutoLogon=1
AutoLogonUser=0814
AutoLogonPassword=«pw6:br14auto»  ⟦password|teller station auto-logon password⟧

[Peripherals]
CheckScanner=DigitalCheck TS240
ReceiptPrinter=Epson TM-S9000
CashRecycler=Glory RBG-200
"""),
    ("branch/teller/fcc.ini", r"""
[Connection]
Host=127.0.0.1
Port=55561
Protocol=FCC-SOAP

[Security]
SupervisorCode=«pinn:glorysuper»  ⟦password|cash recycler supervisor code⟧
MaintenanceCode=«pinn:glorymaint»  ⟦password|cash recycler maintenance code⟧
ServiceCode=000000  ⟪factory default code⟫
"""),
    ("branch/teller/tellerscan.cfg", r"""
; Digital Check TellerScan - branch 14
[Scanner]
Model=TS240
Endorse=1
EndorseText=TARNWELL MUTUAL FCU BR14 %DATE%
[Archive]
SharePath=\\img01.tmcu.local\CheckImages\BR14
ShareUser=TMCU\svc-checkscan
SharePassword=«pwp:checkscan»  ⟦password|check-image share password in a scanner config⟧
"""),
    ("branch/teller/launch-teller.bat", r"""
@echo off
rem maps the forms share and starts Symitar Teller - deployed by GPO to every teller PC
net use T: \\fs01.tmcu.local\TellerForms /user:TMCU\svc-tellerforms «pwc:tellerforms» /persistent:no  ⟦password|net use password in a logon batch file⟧
net use S: \\fs01.tmcu.local\Scans
start "" "C:\Program Files\Symitar\Teller\SymTeller.exe" /station:%COMPUTERNAME%  ⟪environment reference⟫
"""),
    ("branch/teller/set-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="lobbykiosk"
"DefaultDomainName"="TMCU"
"DefaultPassword"="«pwp:lobbykiosk»"  ⟦password|Winlogon DefaultPassword in a .reg export⟧
"""),
    ("branch/teller/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <UserAccounts>
        <AdministratorPassword>
          <Value>«unattend:pwc:telleradmin»</Value>  ⟦password-b64|unattend.xml encoded administrator password⟧
          <PlainText>false</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <AutoLogon>
        <Password>
          <Value>«pwc:telleradmin»</Value>  ⟦password|unattend.xml AutoLogon password in plain text⟧
          <PlainText>true</PlainText>
        </Password>
        <Username>tmcuadmin</Username>
      </AutoLogon>
    </component>
  </settings>
</unattend>
"""),
    ("branch/devices/cd800-printer.cfg", r"""
# Entrust CD800 instant issue printer - branch 14 - exported from the printer web UI
[network]
ip=10.14.20.31
dhcp=off
[security]
admin_user=admin
admin_password=«pw6:cd800admin»  ⟦password|instant-issue printer admin password⟧
encryption=AES256
[issuance]
server=https://cardatonce.fiserv-issuance.net
terminal_id=TMCU-BR14-01
"""),
    ("branch/devices/alarm-panel-codes.csv", r"""
branch,panel,user,role,code
BR14,Bosch B6512,open-close-1,branch manager,«pin:6-alarm14a»  ⟦password|alarm panel user code in a branch list⟧
BR14,Bosch B6512,open-close-2,assistant manager,«pin:6-alarm14b»  ⟦password|alarm panel user code⟧
BR14,Bosch B6512,installer,vendor,123456  ⟪installer default code⟫
BR09,Bosch B6512,open-close-1,branch manager,«pin:6-alarm09a»  ⟦password|alarm panel user code⟧
"""),
    ("branch/devices/nvr-export.json", r"""
{
  "site": "BR14",
  "recorder": {"model": "Milestone Husky IX2", "ip": "10.14.30.5"},
  "cameras": [
    {"name": "Teller line", "ip": "10.14.30.21", "user": "root", "password": "«pwn:camtellers»"},  ⟦password|camera password in an NVR export⟧
    {"name": "Vault door", "ip": "10.14.30.22", "user": "root", "password": "«pwn:camvault»"},  ⟦password|camera password in an NVR export⟧
    {"name": "ATM vestibule", "ip": "10.14.30.23", "user": "root", "password": "pass"}  ⟪vendor default⟫
  ]
}
"""),
    ("branch/devices/coin-counter.ini", r"""
[Device]
Model=Cummins JetSort 3000
ComPort=COM3
[Upload]
Url=https://coinsvc.tmcu.local/api/batches
ApiKey=«b62:32-coinsvc»  ⟦app-secret|coin counter upload API key⟧
"""),
    ("branch/network/br14-fortigate.conf", r"""
config system admin
    edit "admin"
        set accprofile "super_admin"
        set password ENC SH2«hex:64-fgthash»  ⟪FortiOS password hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "hub-east"
        set interface "wan1"
        set remote-gw 203.0.113.18
        set psksecret ENC «b64k:64-fgtenc»  ⟪FortiOS ENC value⟫
    next
    edit "coop-atm"
        set interface "wan2"
        set remote-gw 198.51.100.90
        set psksecret «lo:20-coopatm»  ⟦password|clear IPsec PSK in a FortiGate backup⟧
    next
end
config user local
    edit "vendor-glory"
        set type password
        set passwd «pwl:gloryvendor»  ⟦password|clear local user password in a FortiGate backup⟧
    next
end
"""),
    ("branch/network/core-sw01.cfg", r"""
hostname br14-core-sw01
enable secret 9 $9$«b64k:10-c9salt»$«b64k:32-c9hash»  ⟪Cisco type 9 hash⟫
username netops privilege 15 password 0 «pwc:ciscoops»  ⟦password|Cisco type 0 password⟧
username backup privilege 1 password 7 «uhex:20-type7»  ⟦?password|Cisco type 7 (reversible) password⟧
snmp-server community «lo:12-snmpro» RO 10  ⟦password|SNMP community⟧
snmp-server community public RO  ⟪SNMP default⟫
tacacs server ISE
 address ipv4 10.40.1.12
 key 0 «pwr:tacacs»  ⟦password|TACACS+ key⟧
"""),
    ("atm/key-ceremony/2026-03-TMK-BR14-ATM2.txt", r"""
TARNWELL MUTUAL FCU - ATM TERMINAL MASTER KEY LOAD RECORD
Terminal: BR14-ATM2 (NCR SelfServ 6622)   Date: 2026-03-18   Dual control: G. Albrecht / O. Lindqvist

Component 1 (custodian A): «keycomp:tmk14c1»  ⟦app-secret|clear TMK key component written on a load record⟧
KCV component 1: «kcv:tmk14c1»  ⟪key check value⟫
Component 2 (custodian B): «keycomp:tmk14c2»  ⟦app-secret|clear TMK key component⟧
KCV component 2: «kcv:tmk14c2»  ⟪key check value⟫
Combined TMK KCV: «kcv:tmk14»  ⟪key check value⟫

Envelope serials: TM-0331 / TM-0332. Scan of the signed form is in the vault binder; this text copy should have been shredded.
"""),
    ("atm/key-ceremony/kcv-register.csv", r"""
terminal,key,loaded,kcv,loaded_by
BR14-ATM1,TMK,2026-03-18,«kcv:reg1»,albrecht/lindqvist  ⟪key check value⟫
BR14-ATM2,TMK,2026-03-18,«kcv:tmk14»,albrecht/lindqvist  ⟪key check value⟫
BR09-ATM1,TMK,2026-02-27,«kcv:reg3»,osei/brandt
BR02-ITM1,TMK,2026-01-09,«kcv:reg4»,osei/brandt
"""),
    ("atm/hsm/key-inventory.csv", r"""
label,type,scheme,cryptogram,kcv,owner
ZMK-COOP,ZMK,U,«lmk:zmkcoop»,«kcv:zmkcoop»,card-ops  ⟪cryptogram under the LMK⟫
ZPK-COOP,ZPK,U,«lmk:zpkcoop»,«kcv:zpkcoop»,card-ops  ⟪cryptogram under the LMK⟫
PVK-DEBIT,PVK,U,«lmk:pvk»,«kcv:pvk»,card-ops
CVK-DEBIT,CVK,U,«lmk:cvk»,«kcv:cvk»,card-ops
BDK-ITM,BDK,S,«tr31:bdk»,«kcv:bdk»,atm-ops  ⟪TR-31 key block⟫
"""),
    ("atm/hsm/zmk-exchange-email.txt", r"""
From: card-ops@tarnwellmutual.org
To: keymgmt@co-op-network-partner.com
Date: Tue, 14 Apr 2026 10:02:11 -0400
Subject: RE: ZMK exchange for the new ATM switch link

Hi Dana,

Our custodians are out this week, so to keep the cutover date here is our component 3 for the new ZMK:

    «keycomp:zmkc3»  ⟦app-secret|clear ZMK key component sent by e-mail⟧
    KCV «kcv:zmkc3»  ⟪key check value⟫

Components 1 and 2 go by courier as usual. Sorry for the shortcut.

Marisa Okafor, Card Operations
"""),
    ("atm/hsm/payshield-host.properties", r"""
payshield.host=10.40.8.21
payshield.port=1500
payshield.header=TMCU
payshield.lmk.id=00
payshield.console.user=secofficer1
payshield.console.password=«pwx:payshieldso»  ⟦password|payShield security officer password in properties⟧
payshield.smartcard.pin=«pin:8-so1card»  ⟦password|security-officer smart card PIN⟧
"""),
    ("atm/switch/atm-switch.yaml", r"""
switch:
  name: coop-network-link
  host: coop-switch.co-opfs.org
  port: 7011
  protocol: iso8583-1987
  mac:
    enabled: true
    key_under_lmk: «lmk:mackey»  ⟪cryptogram under the LMK⟫
  tls:
    keystore: /etc/atm-switch/link.p12
    keystore_password: «pwr:atmgwks»  ⟦password|keystore password in the ATM switch config⟧
monitoring:
  atmwatch_api_key: «b62:40-atmwatch»  ⟦app-secret|ATM monitoring vendor key⟧
"""),
    ("atm/ncr/aptra-vision.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<VisionAgent>
  <Server host="vision.tmcu.local" port="8443" />
  <Credentials user="atmagent" password="«pwn:visionagent»" />  ⟦password|ATM monitoring agent password in XML⟧
  <Terminal id="BR14-ATM2" model="SelfServ 6622" />
  <Journal upload="true" path="C:\Program Files\NCR APTRA\Advance NDC\Data\EJDATA.LOG" />
</VisionAgent>
"""),
    ("atm/ncr/supervisor-access.txt", r"""
ATM supervisor mode - branch staff quick card (laminated, kept in the branch manager office)

Hyosung MX8200 (drive-up, BR09):  operator password «pinn:hyosungop»  ⟦password|ATM operator password on a staff quick card⟧
NCR SelfServ 6622 (lobby, BR14): supervisor password «pinn:ncrsuper»  ⟦password|ATM supervisor password on a staff quick card⟧
Factory default on new units is 000000 - change it at install.  ⟪factory default⟫
"""),
    ("atm/ej/ej-uploader.ini", r"""
; electronic-journal uploader on each ATM (copies EJDATA.LOG to S3 every hour)
[S3]
Bucket=tmcu-atm-ej-382716504938
Region=us-east-2
AccessKey=«akid:ejupload»  ⟦aws-key-id|EJ uploader access key on the ATMs⟧
SecretKey=«awssec:ejupload»  ⟦aws-secret|EJ uploader secret on the ATMs⟧
[Schedule]
IntervalMinutes=60
"""),
    ("atm/ej/EJDATA-BR14-ATM2-20260402.log", r"""
04/02/26 08:14:22 TRANSACTION START
04/02/26 08:14:25 CARD INSERTED  PAN ************«pin:4-pan1»  ⟪masked PAN⟫
04/02/26 08:14:31 PIN ENTERED
04/02/26 08:14:33 WITHDRAWAL 100.00 FROM CHK  AUTH 4F1A22  STAN 001842
04/02/26 08:14:41 NOTES PRESENTED 5 X 20
04/02/26 08:14:46 TRANSACTION END
04/02/26 09:02:10 SUPERVISOR MODE ENTERED BY TECH 0041
04/02/26 09:02:55 CASSETTE 1 REPLENISHED 2000
"""),
    ("cards/processor/coop-connect.ini", r"""
[SFTP]
Host=sftp.cardprocessor-cu.com
Port=22
User=tarnwellfcu
Password=«symx:pscusftp»  ⟦password|card processor SFTP password in an .ini⟧
RemoteDir=/outbound/TMCU
[API]
BaseUrl=https://api.cardprocessor-cu.com/v2
ClientId=tmcu-card-ops
ClientSecret=«b62:40-coopapi»  ⟦app-secret|card processor API client secret⟧
"""),
    ("cards/disputes/chargeback-vendor.json", r"""
{
  "vendor": "chargeback ops partner",
  "portal": "https://portal.cb-ops-partner.com",
  "users": [
    {"login": "tmcu.disputes1", "password": "«pwn:cbuser1»", "mfa": "sms"},  ⟦password|dispute portal password in a vendor JSON⟧
    {"login": "tmcu.disputes2", "password": null, "mfa": "totp"}  ⟪null password⟫
  ],
  "api_key": "«b62:40-cbvendorkey»"  ⟦app-secret|dispute vendor API key⟧
}
"""),
    ("cards/marqeta/webhook-test.json", r"""
{
  "name": "tmcu-card-events-uat",
  "active": true,
  "config": {
    "url": "https://uat.slate.tmcu.local/marqeta/events",
    "basic_auth_username": "marqeta",
    "basic_auth_password": "test-password-uat-only"  ⟪test-marked value⟫
  },
  "events": ["transaction.*", "cardtransition.*"]
}
"""),
    ("cards/visa-dps/client.properties", r"""
dps.endpoint=https://api.visadps.com/cardservices/v1
dps.issuer.bin=«num:6-bin»  ⟪BIN, public⟫
dps.keystore=/opt/slate/dps-client.p12
dps.keystore.password=«pwr:dpscert»  ⟦password|DPS client keystore password⟧
dps.user=TMCUAPI
dps.password=«bureau:dpsuser»  ⟦password|DPS API password⟧
"""),
    ("payments/ach/TMCU0402.ach", r"""
101 «routing:fed»«routing:odfi»2604020601A094101FEDERAL RESERVE BANK   TARNWELL MUTUAL FCU            ⟪NACHA header, routing numbers⟫
5220TARNWELL MUTUAL                     «num:10-ach1»PPDPAYROLL   260403   1«routing:odfi8»0000001
622«routing:rdfi1»«memberno:17-acct1»0000125000«memberno:15-indiv1»J OKAFOR               0«routing:odfi8»0000001
8220000001«routing:rdfi1b»000000000000000000125000«num:10-ach1»                         «routing:odfi8»0000001
9000001000001000000010«routing:rdfi1b»000000000000000000125000
"""),
    ("payments/lite2/autoclient.properties", r"""
# SWIFT Alliance Lite2 AutoClient - international wires
autoclient.bic=TMCUUS44XXX
autoclient.inbox=D:\AutoClient\Emission
autoclient.outbox=D:\AutoClient\Reception
autoclient.lau.enabled=true
autoclient.lau.key.left=«lau:lite2left»  ⟦app-secret|Lite2 LAU key half in AutoClient properties⟧
autoclient.lau.key.right=«lau:lite2right»  ⟦app-secret|Lite2 LAU key half⟧
autoclient.token.pin=  ⟪empty value⟫
"""),
    ("payments/fedline/fedline-command.properties", r"""
fedline.command.server=fedlinecommand.frb.org
fedline.command.routing=«routing:odfi»
fedline.command.keystore=C:\FedLine\certs\tmcu-fc.jks
fedline.command.keystore.password=«pwr:fedlineks»  ⟦password|FedLine Command keystore password⟧
fedline.command.truststore.password=changeit  ⟪Java truststore default⟫
"""),
    ("payments/zelle/ews-client.yaml", r"""
ews:
  environment: production
  base-url: https://api.earlywarning.com/zelle/v3
  participant-id: TMCU«num:6-ewspid»
  client-id: tarnwell-fcu-prod
  client-secret: ${EWS_CLIENT_SECRET}  ⟪environment placeholder⟫
  mtls:
    keystore: classpath:ews-mtls.p12
    keystore-password: «pwr:zellekeystore»  ⟦password|Zelle mTLS keystore password⟧
"""),
    ("payments/sharedbranch/cusc.properties", r"""
cusc.endpoint=https://sharedbranch-network.coop/api/v4
cusc.cuid=«num:5-cuid»
cusc.api.key=«uhex:32-cusc»  ⟦app-secret|shared branching network API key⟧
cusc.teller.default.password=«symx:cuscteller»  ⟦password|shared-branch teller login password⟧
"""),
    ("payments/billpay/ipay-sso.md", r"""
# Bill pay SSO (iPay)

The portal signs an SSO request with the shared key we exchanged with the bill-pay vendor on 2025-11-20.

Shared key (production): `«ssoshared:ipay»`  ⟦app-secret|bill-pay SSO shared key pasted into a README⟧

The UAT key is `{{IPAY_UAT_SHARED_KEY}}` in Bitbucket variables.  ⟪template placeholder⟫
"""),
    ("payments/wires/wire-templates.csv", r"""
template,beneficiary,bank,routing,account,approver_pin
PAYROLL-ADP,ADP Payroll Services,JPMORGAN CHASE,«routing:adp»,«memberno:12-adpacct»,  ⟪routing and account, no credential⟫
CATALYST-SETTLE,Catalyst Corporate FCU,CATALYST CORP,«routing:catalyst»,«memberno:10-catacct»,«pin:6-wirepin1»  ⟦password|wire approver PIN kept in a template sheet⟧
"""),
    ("fraud/verafin/upload.sh", r"""
#!/bin/bash
set -euo pipefail
# nightly AML extract to Verafin (runs on dw-util01)
FILE=/data/verafin/TMCU_$(date +%Y%m%d).zip
sshpass -p '«pwx:verafinsftp»' sftp -oStrictHostKeyChecking=no tarnwell_fcu@upload.verafin.com <<< "put $FILE /incoming/"  ⟦password|sshpass -p password⟧
"""),
    ("fraud/bridger/BridgerXG.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="Bridger.ClientId" value="TMCU«num:5-bridgercid»" />
    <add key="Bridger.UserId" value="wires-ofac" />
    <add key="Bridger.Password" value="«bureau:bridger»" />  ⟦password|sanctions screening password in an appSettings pair⟧
    <add key="Bridger.Endpoint" value="https://bridger.lexisnexis.com/LN.WebServices/11.4/XGServices.svc" />
  </appSettings>
</configuration>
"""),
    ("fraud/abrigo/bam.ini", r"""
[Database]
Server=abrigo-sql01.tmcu.local
Database=BAM
User=bam_app
Password=«pwn:abrigo»  ⟦password|BSA/AML suite database password⟧
[Import]
CoreFeed=\\fs01.tmcu.local\AML\Symitar
"""),
    ("fraud/pindrop/README.md", r"""
# Pindrop Passport

The Connect IVR calls Pindrop through `ivr-member-auth`. The API token lives in Secrets Manager
(`contact/pindrop-token`) and is injected at deploy time; the one in the Lambda environment is
a leftover and should be removed (CC-311).  ⟪pointer to a secret, no value⟫
"""),
    ("lending/bureaus/transunion.properties", r"""
tu.url=https://netaccess.transunion.com
tu.subscriber.code=«num:8-tusub»
tu.subscriber.prefix=«num:4-tupre»
tu.password=«bureau:transunion»  ⟦password|TransUnion subscriber password in properties⟧
tu.industry=C
"""),
    ("lending/bureaus/equifax.yaml", r"""
equifax:
  environment: production
  member-number: «num:10-efxmember»
  customer-code: «up:3-efxsec»«num:2-efxsec2»
  client-id: «b62:32-efxid»
  client-secret: «b62:32-equifax»  ⟦app-secret|Equifax client secret in YAML⟧
"""),
    ("lending/meridianlink/cra-logins.csv", r"""
cra,login,password,last_rotated
Experian,TMCU01,«bureau:experian»,2026-01-15  ⟦password|Experian login in a CRA logins sheet⟧
Equifax,TMCUEFX,«bureau:efxcra»,2026-01-15  ⟦password|Equifax login⟧
TransUnion,TMCUTU,«bureau:transunion»,2026-01-16  ⟦password|TransUnion login⟧
Factual Data (merged),TMCUFD,,retired  ⟪empty, retired⟫
"""),
    ("lending/docusign/docusign_private.key", r"""
«pem:pkcs1:rsadocusign»  ⟦private-key|DocuSign JWT grant RSA private key⟧
"""),
    ("lending/docusign/README.md", r"""
# DocuSign JWT grant

Integration key `«docusign:intkey»` (not secret), impersonated user `«uuid:dsuser»`.  ⟪integration key and user id⟫
Public key registered with DocuSign:

«pubpem:rsadocusign»  ⟪public key PEM⟫
"""),
    ("lending/encompass/SDKConfig.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<EncompassSDK>
  <Server>https://«encid:prod».ea.elliemae.net$«encid:prod»</Server>
  <UserID>svc_millrace</UserID>
  <Password>«pwc:encompassapi»</Password>  ⟦password|Encompass SDK password in XML⟧
  <ClientID>«lo:8-encclient»</ClientID>
</EncompassSDK>
"""),
    ("lending/flood/floodcert.cfg", r"""
[Account]
User=TMCU01
Password=«pw6:floodcert»  ⟦password|flood-certification vendor password⟧
Product=LifeOfLoan
"""),
    ("lending/collections/accurint.json", r"""
{
  "service": "skip tracing",
  "endpoint": "https://wsonline.seisint.com/WsAccurint",
  "username": "TMCUCOLL",
  "password": "«bureau:accurint»",  ⟦password|skip-tracing service password⟧
  "permissible_purpose": "collections"
}
"""),
    ("contact-centre/flows/member-auth-flow.json", r"""
{
  "Version": "2019-10-30",
  "StartAction": "invoke-auth",
  "Actions": [
    {
      "Identifier": "invoke-auth",
      "Type": "InvokeLambdaFunction",
      "Parameters": {
        "LambdaFunctionARN": "arn:aws:lambda:us-east-2:733190562481:function:ivr-member-auth",
        "InvocationTimeLimitSeconds": "8",
        "LambdaInvocationAttributes": {
          "pinLength": "4",
          "bypassPin": "«pin:4-ivrbypass»"  ⟦?password|IVR bypass PIN hard-coded in a contact flow⟧
        }
      },
      "Transitions": {"NextAction": "end"}
    }
  ]
}
"""),
    ("contact-centre/calabrio/recorder.env", r"""
CALABRIO_TENANT=tarnwell
CALABRIO_API_KEY=«b62:40-calabrio»  ⟦app-secret|Calabrio API key in an env file⟧
CONNECT_KINESIS_STREAM=arn:aws:kinesis:us-east-2:733190562481:stream/ctr-stream
"""),
    ("statements/print-vendor/WinSCP.ini", r"""
[Sessions\tmcu_stmt@sftp.printmail-partner.com]
HostName=sftp.printmail-partner.com
UserName=tmcu_stmt
Password=«hex:60-winscpobf»  ⟪WinSCP obfuscated password⟫
RemoteDirectory=/incoming/statements
"""),
    ("statements/print-vendor/handover.txt", r"""
Statement print vendor - SFTP handover (from their onboarding e-mail, 2025-10-02)

Host: sftp.printmail-partner.com
User: tmcu_stmt
Password: «pwp:printvendor»  ⟦password|print vendor password in a handover note⟧
PGP: encrypt to their key 0x«uhex:16-pgpid» before upload  ⟪PGP key id⟫
"""),
    ("statements/dtsConfig/StatementLoad.dtsConfig", r"""
<?xml version="1.0"?>
<DTSConfiguration>
  <Configuration ConfiguredType="Property" Path="\Package.Connections[StatementsDB].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=stmt-sql01;Initial Catalog=Statements;User ID=ssis_stmt;Password=«pwc:ssisstmt»;Provider=SQLNCLI11.1;</ConfiguredValue>  ⟦conn-string|SSIS package configuration connection string⟧
  </Configuration>
</DTSConfiguration>
"""),
    ("digital/alkami/sso-config.json", r"""
{
  "partner": "alkami",
  "fi_id": "TMCU",
  "saml": {
    "idp_entity_id": "https://my.tarnwellmutual.org/saml",
    "signing_cert": "«b64cert:rsasaml:my.tarnwellmutual.org»"  ⟪base64 certificate⟫
  },
  "shared_secret": "«ssoshared:alkami»"  ⟦app-secret|online-banking SSO shared secret in JSON⟧
}
"""),
    ("digital/alkami/saml-signing.key", r"""
«pem:pkcs8:rsasaml»  ⟦private-key|SAML signing private key⟧
"""),
    ("digital/akoya/fdx-client.yaml", r"""
akoya:
  provider: tarnwell
  client_id: «lo:24-akoyaid»
  client_secret: «b62:40-akoya»  ⟦app-secret|Akoya client secret⟧
  redirect_uri: https://my.tarnwellmutual.org/akoya/callback
"""),
]
