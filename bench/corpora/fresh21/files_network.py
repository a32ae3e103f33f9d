"""fresh21 templates, the operator's own systems (Kestrel Valley Communications): NOC gear configs (Cisco cBR-8 CMTS,
Juniper MX, Nokia 7750, Calix E9 and Adtran OLTs, Arista, FortiGate), NOC tooling (Oxidized, RANCID, LibreNMS,
Zabbix, NetBox, tac_plus, snmptrapd, keepalived, chrony, BIND, Kea), AAA (FreeRADIUS, radsecproxy, freeDiameter),
voice (Asterisk, Kamailio, Yealink and Polycom provisioning, BroadWorks, FreePBX, AudioCodes, Kannel SMPP), the
MVNO (SIM vendor output files, transport keys, HSS load, SM-DP+), IPTV (Verimatrix, encoders, middleware, EPG),
CPE (TR-069 preconfig, router label batches, MTA configs), field meters and splicers, retail stores and the care
centre, wholesale interconnect, porting and E911.
Markers: render.py and README.md."""

FILES = [
    ("noc/configs/cmts/cbr8-bvl-01.cfg", r"""
!
hostname cbr8-bvl-01
!
enable secret 9 «ciscoscrypt:cbr8enable»  ⟪Cisco type 9 hash⟫
username netops privilege 15 secret 9 «ciscoscrypt:cbr8netops»  ⟪Cisco type 9 hash⟫
username lab-tech privilege 15 password 0 «pw6:cbr8lab»  ⟦password|Cisco type 0 local password⟧
!
cable shared-secret 0 «pwx:cmtsshared»  ⟦password|DOCSIS shared secret in the clear on the CMTS⟧
cable privacy hotlist manufacturer «hex:40-bpihotlist»  ⟪certificate hotlist fingerprint⟫
!
tacacs server tac-dal-1
 address ipv4 10.40.1.20
 key 7 «cisco7:pwx:tacacs»  ⟦?password|Cisco type 7 TACACS+ key (reversible without a key)⟧
!
snmp-server community «community:cmtsro» RO 90  ⟦password|SNMP community on the CMTS⟧
snmp-server user noc-v3 NOCGRP v3 auth sha «pwx:snmpv3auth» priv aes 128 «pwx:snmpv3priv»  ⟦password|SNMPv3 auth and priv passwords⟧
!
interface Cable1/0/0
 load-interval 30
 downstream Integrated-Cable 1/0/0 rf-channel 0-31
!
end
"""),
    ("noc/configs/mx/mx960-core-01.conf", r"""
## Last commit: 2026-11-18 03:12:44 UTC by netops
system {
    host-name mx960-core-01;
    root-authentication {
        encrypted-password "«crypt6:mxroot»"; ## SECRET-DATA  ⟪sha512-crypt hash⟫
    }
    login {
        user netops {
            class super-user;
            authentication {
                ssh-ed25519 "«sshpub:ednetops:netops@kvc-noc»";  ⟪SSH public key⟫
            }
        }
    }
}
snmp {
    community «community:mxro» {  ⟦password|SNMP community in a Junos config⟧
        authorization read-only;
        clients {
            10.40.1.0/24;
        }
    }
}
protocols {
    bgp {
        group cascadia {
            neighbor 169.254.41.2 {
                peer-as 64731;
            }
        }
    }
}
"""),
    ("noc/configs/nokia/7750-agg-02.cfg", r"""
# TiMOS-C-23.10.R2 cpm/hops64 Nokia 7750 SR
    system
        name "7750-agg-02"
        security
            user "netops"
                password "«b62:22-nokiahash»" hash2  ⟪hash2 value⟫
                access console ftp snmp
            exit
            radius
                server 1 address 10.40.1.21 secret "«b62:22-nokiaradhash»" hash2  ⟪hash2 value⟫
            exit
        exit
    exit
# pasted for the BNG migration (remove after cut-over):
#   /configure subscriber-mgmt radius-server-policy "aerie" servers server 1 secret «pwx:bngradius»  ⟦password|RADIUS secret pasted into a config comment⟧
"""),
    ("noc/configs/calix/e9-olt-bvl.txt", r"""
! Calix E9-2 AXOS 23.2
hostname olt-bvl-01
aaa authentication-order tacacs-if-up-else-local
aaa user sysadmin password «crypt6:calixsysadmin» role admin  ⟪sha512-crypt hash⟫
aaa user fieldtech password «pw6:oltcli» role oper  ⟦password|local OLT user password in clear⟧
snmp v2 community «community:oltro» ro  ⟦password|SNMP community on the OLT⟧
tacacs server 10.40.1.20 secret «pwx:tacacs»  ⟦password|TACACS+ secret on the OLT⟧
ont-profile gp1100x
 pppoe-profile res-pppoe
  username-format "%account%@kestrelnet.net"
"""),
    ("noc/configs/adtran/ta5000-shelf3.txt", r"""
! ADTRAN TA5000 SM shelf 3 - Pinecrest CO
hostname ta5k-pnc-3
username admin password «pw6:adtranadmin»  ⟦password|Adtran admin password⟧
username craft password craft  ⟪vendor default⟫
snmp-server community public RO  ⟪SNMP default community⟫
"""),
    ("noc/configs/fortigate/fw-colo-dal.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«b64k:48-fgtsh2»  ⟪FortiOS SH2 hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "cascadia-oan"
        set interface "port3"
        set remote-gw 198.51.100.77
        set psksecret ENC «b64k:96-fgtpsk»  ⟪FortiOS ENC value⟫
    next
    edit "field-dialup"
        set type dynamic
        set psksecret «b62:24-fieldpsk»  ⟦password|IPsec PSK in clear in a FortiGate backup⟧
    next
end
"""),
    ("noc/oxidized/config", r"""
---
username: netops
password: «pwx:cmtsnetops»  ⟦password|Oxidized device password⟧
model: ios
interval: 3600
vars:
  enable: «pw6:oxidizedenable»  ⟦password|Oxidized enable secret⟧
groups:
  olt:
    username: calix
source:
  default: http
  http:
    url: https://netbox.kvc.local/api/dcim/devices/?status=active
    headers:
      Authorization: Token «netbox:oxidized»  ⟦app-secret|NetBox token in an Oxidized HTTP source⟧
output:
  default: git
  git:
    repo: /var/lib/oxidized/configs.git
"""),
    ("noc/rancid/.cloginrc", r"""
# RANCID credentials, most specific first
add user        *-olt-*         calix
add password    *-olt-*         {«pw6:oltcli»}  ⟦password|RANCID .cloginrc password⟧
add user        cbr8-*          netops
add password    cbr8-*          {«pwx:cmtsnetops»} {«pw6:oxidizedenable»}  ⟦password|RANCID login and enable passwords⟧
add method      *               ssh
add user        *               netops
add password    *               {{ vault_rancid }}  ⟪template placeholder⟫
"""),
    ("noc/librenms/config.php", r"""
<?php
$config['db_host'] = 'librenms-db.kvc.local';
$config['db_user'] = 'librenms';
$config['db_pass'] = '«pwn:librenmsdb»';  ⟦password|LibreNMS DB password in config.php⟧
$config['snmp']['community'] = ['«community:librenms»'];  ⟦password|SNMP community in LibreNMS config⟧
$config['base_url'] = '/';
"""),
    ("noc/zabbix/zabbix_server.conf", r"""
LogFile=/var/log/zabbix/zabbix_server.log
DBHost=zabbix-db.kvc.local
DBName=zabbix
DBUser=zabbix
DBPassword=«pwl:zabbixdb»  ⟦password|Zabbix server DBPassword⟧
StartPollers=40
StartSNMPTrapper=1
"""),
    ("noc/netbox/configuration.py", r"""
ALLOWED_HOSTS = ["netbox.kvc.local"]
DATABASE = {
    "NAME": "netbox",
    "USER": "netbox",
    "PASSWORD": "«pwn:netboxdb»",  ⟦password|NetBox DB password⟧
    "HOST": "netbox-db.kvc.local",
}
REDIS = {"tasks": {"HOST": "localhost", "PASSWORD": ""}, "caching": {"HOST": "localhost", "PASSWORD": ""}}  ⟪empty passwords⟫
SECRET_KEY = "«django:netbox»"  ⟦app-secret|NetBox SECRET_KEY⟧
NAPALM_USERNAME = "netops"
"""),
    ("noc/tacacs/tac_plus.conf", r"""
key = «pwx:tacacs»  ⟦password|tac_plus shared key⟧
accounting file = /var/log/tac_plus.acct

group = netops {
    default service = permit
    service = exec { priv-lvl = 15 }
}
user = netops {
    member = netops
    login = des «b62:13-tacdes»  ⟪DES hash⟫
}
user = cascadia-ro {
    login = cleartext «pwp:cascadiaro»  ⟦password|tac_plus cleartext login⟧
    service = exec { priv-lvl = 1 }
}
"""),
    ("noc/snmp/snmptrapd.conf", r"""
authCommunity log,execute,net «community:traps»  ⟦password|snmptrapd community⟧
createUser -e 0x80001f8880«hex:24-engineid» trapuser SHA "«pwx:trapauth»" AES "«pwx:trappriv»"  ⟦password|snmptrapd USM user passwords⟧
traphandle default /usr/local/bin/trap2pagerduty
"""),
    ("noc/chrony/chrony.keys", r"""
# symmetric keys for the GPS grandmasters
1 SHA1 HEX:«uhex:40-chrony1»  ⟦app-secret|chrony symmetric key⟧
"""),
    ("noc/dns/named.conf.keys", r"""
key "ddns-kea" {
    algorithm hmac-sha256;
    secret "«b64k:32-tsigkea»";  ⟦app-secret|BIND TSIG secret⟧
};
"""),
    ("noc/ipmi/racadm-reset.sh", r"""
#!/bin/bash
# reset the iDRACs of the RADIUS hosts after the firmware push
for h in 10.40.9.11 10.40.9.12 10.40.9.13; do
  racadm -r "$h" -u root -p '«pwc:idrac»' racreset  ⟦password|racadm -p password⟧
done
racadm -r 10.40.9.14 -u root -p calvin getsysinfo  ⟪Dell iDRAC factory default⟫
"""),
    ("noc/ups/nmc-dal-a.ini", r"""
[NetworkTCP/IP]
SystemIP=10.40.9.50
[Users]
SuperUserName=apc
SuperUserPassword=«pw6:apcsuper»  ⟦password|APC NMC super-user password⟧
AdminUserName=noc
[SNMPv1]
Community1=public  ⟪SNMP default community⟫
"""),
    ("aaa/freeradius/clients.conf", r"""
client bng-core-1 {
    ipaddr = 10.40.0.11
    secret = «pwx:bngradius»  ⟦password|RADIUS client secret⟧
    nas_type = other
}
client localhost {
    ipaddr = 127.0.0.1
    secret = testing123  ⟪FreeRADIUS documented default⟫
}
"""),
    ("aaa/freeradius/mods-config/files/authorize", r"""
# static-IP business customers still on PPPoE with fixed credentials (migrating to IPoE option 82)
kv-biz-10418@kestrelnet.net    Cleartext-Password := "«pwp:pppoebiz1»"  ⟦password|PPPoE subscriber Cleartext-Password⟧
                                Framed-IP-Address = 198.51.100.130
kv-biz-10422@kestrelnet.net    Cleartext-Password := "«pwn:pppoebiz2»"  ⟦password|PPPoE subscriber Cleartext-Password⟧
                                Framed-IP-Address = 198.51.100.131
DEFAULT    Auth-Type := Reject
"""),
    ("aaa/freeradius/mods-available/sql", r"""
sql {
    dialect = "postgresql"
    driver = "rlm_sql_${dialect}"
    server = "aaa-db.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com"
    port = 5432
    login = "radius"
    password = "«pwl:radiusdb»"  ⟦password|rlm_sql password⟧
    radius_db = "radius"
}
"""),
    ("aaa/radsecproxy/radsecproxy.conf", r"""
tls default {
    CACertificateFile /etc/radsecproxy/ca.pem
    CertificateFile /etc/radsecproxy/proxy.pem
    CertificateKeyFile /etc/radsecproxy/proxy.key  ⟪key file path⟫
}
server meridian-aaa {
    type udp
    host 172.31.221.10
    secret «pwx:meridianradius»  ⟦password|radsecproxy server secret⟧
}
"""),
    ("aaa/freediameter/tls/dra1.key", r"""
«pem:pkcs8:ecdra1»  ⟦private-key|Diameter peer TLS private key⟧
"""),
    ("aaa/freediameter/tls/dra1.pem", r"""
«cert:ecdra1:dra1.aaa.kestrelnet.net»  ⟪certificate⟫
"""),
    ("voice/asterisk/pjsip.conf", r"""
[inteliquent-auth]
type=auth
auth_type=userpass
username=kvc-tg4471
password=«sip:inteliquent»  ⟦password|PJSIP trunk auth password⟧

[6001]
type=auth
auth_type=userpass
username=6001
password=«sip:ext6001»  ⟦password|PJSIP extension password⟧

[6002]
type=auth
auth_type=md5
username=6002
md5_cred=«hex:32-md5cred6002»  ⟪MD5 digest credential⟫
"""),
    ("voice/kamailio/kamailio-local.cfg", r"""
#!define DBURL "mysql://kamailio:«pct:pwn:kamdb»@talon-db.cluster-cq1w7x3k9z2m.us-east-2.rds.amazonaws.com/kamailio"  ⟦conn-string|Kamailio DBURL define⟧
#!define DBRWURL "mysql://kamailioro:${KAM_RO_PASS}@talon-db-ro/kamailio"  ⟪environment placeholder⟫
modparam("auth_db", "calculate_ha1", yes)
modparam("auth_db", "password_column", "password")
"""),
    ("voice/provisioning/yealink/805ec0a41b7d.cfg", r"""
#!version:1.0.0.1
account.1.enable = 1
account.1.label = Front Desk
account.1.user_name = 4125550187
account.1.auth_name = 4125550187
account.1.password = «sip:yl805ec0»  ⟦password|Yealink SIP account password⟧
account.1.sip_server.1.address = pbx.talon.kestrelnet.net
static.security.user_name.admin = admin
static.security.user_password = admin:«pw6:yealinkadmin»  ⟦password|Yealink web admin password⟧
"""),
    ("voice/provisioning/polycom/0004f2e19a33-reg.cfg", r"""
<?xml version="1.0" encoding="UTF-8"?>
<polycomConfig>
  <reg reg.1.address="4125550142" reg.1.label="Dispatch"
       reg.1.auth.userId="4125550142"
       reg.1.auth.password="«sip:plcm0004»"  ⟦password|Polycom registration password⟧
       reg.1.server.1.address="pbx.talon.kestrelnet.net"/>
  <device device.set="1" device.auth.localAdminPassword.set="1"
          device.auth.localAdminPassword="«pw6:polyadmin»"/>  ⟦password|Polycom local admin password⟧
</polycomConfig>
"""),
    ("voice/broadworks/oci-client.properties", r"""
oci.url=https://bw-xsp.kvc.local/webservice/services/ProvisioningService
oci.user=kvc_sync
oci.password=«pwx:broadworksoci»  ⟦password|BroadWorks OCI password⟧
"""),
    ("voice/freepbx/freepbx.conf", r"""
<?php
$amp_conf['AMPDBUSER'] = 'freepbxuser';
$amp_conf['AMPDBPASS'] = '«pwr:freepbxdb»';  ⟦password|FreePBX AMPDBPASS⟧
$amp_conf['AMPDBHOST'] = 'localhost';
$amp_conf['AMPDBNAME'] = 'asterisk';
require_once('/var/www/html/admin/bootstrap.php');
"""),
    ("voice/audiocodes/mediant-bvl.ini", r"""
[SYSTEM Params]
SyslogServerIP = 10.40.1.30

[ Account ]
FORMAT Index = ServedIPGroupName, ServingIPGroupName, Username, Password, HostName, Register;
Account 0 = "PBX-Talon", "ITSP-Inteliquent", "kvc-tg4471", "«sip:inteliquent»", "sip.inteliquent.com", 1;  ⟦password|AudioCodes account password⟧
[ \Account ]

[WebUsers]
"""),
    ("voice/kannel/kannel.conf", r"""
group = core
admin-port = 13000
admin-password = «pwp:kanneladmin»  ⟦password|Kannel admin-password⟧

group = smsc
smsc = smpp
smsc-id = meridian-a
host = smsc-a.meridian-wholesale.net
port = 2775
smsc-username = kvcsms01
smsc-password = «smpp:meridiana»  ⟦password|Kannel smsc-password (SMPP)⟧

group = sendsms-user
username = alerts
password = «pwn:kannelsend»  ⟦password|Kannel sendsms-user password⟧
"""),
    ("voice/e911/msag-upload.sh", r"""
#!/bin/bash
# nightly MSAG/ALI record push to the 911 database provider
set -e
export SSHPASS='«pwx:alisftp»'  ⟦password|SSHPASS export⟧
sshpass -e sftp -oBatchMode=no kvc_ali@ali-sftp.intrado.com <<EOF
put /srv/e911/out/ali_$(date +%Y%m%d).txt
EOF
"""),
    ("mvno/sim/KVC2611_batch.out", r"""
*HEADER DESCRIPTION
Customer: Kestrel Valley Communications
Quantity: 4
Type: USIM 128K
Profile: KVC_MVNO_V3
Batch: KVC2611
Transport_key: 7
*INPUT VARIABLES
Ser_nb: 89012607000000000100
*OUTPUT VARIABLES
var_out: ICCID/IMSI/PIN1/PUK1/PIN2/PUK2/KI/OPC
«iccid:s1» «imsi:s1» 0000 «pin:8-puk1» 1234 «pin:8-puk2» «ki:s1ki» «ki:s1opc»  ⟦app-secret|SIM Ki and OPc in clear in a vendor output file⟧
«iccid:s2» «imsi:s2» 0000 «pin:8-puk3» 1234 «pin:8-puk4» «ki:s2ki» «ki:s2opc»  ⟦app-secret|SIM Ki and OPc in clear in a vendor output file⟧
"""),
    ("mvno/sim/KVC2612_batch.out", r"""
*HEADER DESCRIPTION
Customer: Kestrel Valley Communications
Quantity: 2
Batch: KVC2612
Transport_key: 7
*OUTPUT VARIABLES
var_out: ICCID/IMSI/EKI/EOPC
«iccid:t1» «imsi:t1» «ki:t1eki» «ki:t1eopc»  ⟪Ki and OPc encrypted under the transport key⟫
«iccid:t2» «imsi:t2» «ki:t2eki» «ki:t2eopc»  ⟪Ki and OPc encrypted under the transport key⟫
"""),
    ("mvno/sim/transport-keys.txt", r"""
# K4 transport keys agreed with the SIM vendor (key ceremony 2026-03-12)
# DO NOT COMMIT - move to the HSM
TK7 = «ki:tk7»  ⟦app-secret|SIM transport key (K4)⟧
"""),
    ("mvno/hss/load-subscribers.sql", r"""
-- open5gs-style HSS bulk load for batch KVC2611 (lab HSS before the host MNO takes the profiles)
INSERT INTO subscribers (imsi, k, opc, amf, sqn) VALUES ('«imsi:s1»', '«ki:s1ki»', '«ki:s1opc»', '8000', 0);  ⟦app-secret|SIM K and OPc in an SQL load⟧
"""),
    ("mvno/smdp/es2plus-client.key", r"""
«pem:trad:ecsmdp»  ⟦private-key|SM-DP+ ES2+ client TLS key⟧
"""),
    ("mvno/smdp/es2plus-client.crt", r"""
«cert:ecsmdp:es2plus.kestrelnet.net»  ⟪certificate⟫
"""),
    ("iptv/verimatrix/vcas.properties", r"""
vcas.db.url=jdbc:postgresql://vcas-db.roost.kvc.local:5432/vcas
vcas.db.user=vcas
vcas.db.password=«pwr:vcasdb»  ⟦password|VCAS DB password⟧
vcas.api.user=roostmw
vcas.api.password=«pw6:vcas»  ⟦password|VCAS API password⟧
vcas.license.file=/opt/vcas/license/kvc.lic
"""),
    ("iptv/encoders/electra-x3-01.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<ElectraConfig version="6.2">
  <Management>
    <User name="admin" password="«pw6:electraadmin»" role="administrator"/>  ⟦password|encoder admin password in an XML export⟧
    <User name="monitor" passwordHash="«sha256:electramon»" role="viewer"/>  ⟪password hash⟫
  </Management>
  <Outputs>
    <Output id="1" type="SRT" address="10.60.4.11" port="9001" passphrase="«b62:24-srtpass»"/>  ⟦password|SRT passphrase on an encoder output⟧
  </Outputs>
</ElectraConfig>
"""),
    ("iptv/middleware/stb-fleet.json", r"""
{
  "fleet": "amino-h200",
  "middleware": "https://mw.roost.kestrelnet.net/api/v3",
  "bootstrapSecret": "«b64k:24-stbdevice»",  ⟦app-secret|fleet-wide STB bootstrap secret⟧
  "otaServer": "https://ota.roost.kestrelnet.net",
  "devices": [
    {"serial": "A2H200-«up:10-stbser1»", "mac": "«mac:stb1»"},  ⟪device serial and MAC⟫
    {"serial": "A2H200-«up:10-stbser2»", "mac": "«mac:stb2»"}
  ]
}
"""),
    ("iptv/epg/gracenote.cfg", r"""
[onconnect]
endpoint = https://data.tmsapi.com/v1.1
api_key = «lo:24-gracenote»  ⟦app-secret|Gracenote API key⟧
lineup = USA-OTA15213
"""),
    ("cpe/preconfig/gp1100x-default.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!-- factory preconfig loaded at the warehouse before the ONT ships -->
<InternetGatewayDevice>
  <ManagementServer>
    <URL>https://acs.kestrelnet.net:7547</URL>
    <Username>cpe</Username>
    <Password>«pwc:cwmpauth»</Password>  ⟦password|TR-069 ACS password in a CPE preconfig⟧
    <ConnectionRequestUsername>kvcacs</ConnectionRequestUsername>
    <ConnectionRequestPassword>«pwr:cpeconnreq»</ConnectionRequestPassword>  ⟦password|TR-069 connection-request password⟧
  </ManagementServer>
  <UserInterface>
    <SupportUser name="kvcsupport" password="«pwc:cpesupport»"/>  ⟦password|CPE support login baked into the preconfig⟧
  </UserInterface>
</InternetGatewayDevice>
"""),
    ("cpe/labels/KVC-GW7-batch-0931.csv", r"""
serial,mac,ssid,wpa_key,admin_password
GW7-«up:8-gw1»,«mac:gw1»,Kestrel-«up:4-ssid1»,«cpewifi:gw1»,«cpewifi:gw1admin»  ⟦password|router label Wi-Fi key and admin password⟧
GW7-«up:8-gw2»,«mac:gw2»,Kestrel-«up:4-ssid2»,«cpewifi:gw2»,«cpewifi:gw2admin»  ⟦password|router label Wi-Fi key and admin password⟧
"""),
    ("cpe/mta/voice-res.txt", r"""
# eMTA config source (PacketCable 1.5, SIP)
SnmpMibObject pktcMtaDevEnabled.0 Integer 1;
SnmpMibObject sipCfgProxyAdr.1 String "pbx.talon.kestrelnet.net";
SnmpMibObject pktcEUEUsrIMPUId.1 String "sip:+14125550199@talon.kestrelnet.net";
SnmpMibObject pktcEUEDigestPassword.1 String "«sip:mta199»";  ⟦password|SIP digest password in an MTA config⟧
"""),
    ("field/meters/viavi-onex-profile.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<OneExpertProfile name="KVC-Field-2026">
  <StrataSync server="stratasync.viavisolutions.com" account="kestrelnet" techId="${TECH_ID}"/>  ⟪template variable⟫
  <Wifi ssid="KVC-FIELD" security="WPA2-PSK" psk="«wifipsk:fieldwifi»"/>  ⟦password|field Wi-Fi PSK in a meter profile⟧
  <Docsis>
    <ConfigFileServer user="meter" password="«pwp:meterfetch»"/>  ⟦password|meter config-server password⟧
  </Docsis>
</OneExpertProfile>
"""),
    ("field/meters/exfo-max-settings.json", r"""
{
  "device": "MAX-730D",
  "connect": {
    "tenant": "kestrelnet",
    "clientSecret": "«urlsafe:32-exfo»"  ⟦app-secret|EXFO Connect secret on a meter⟧
  }
}
"""),
    ("field/splicers/fleet-lock-codes.txt", r"""
Fujikura 90S+ fleet - security lock codes (splicer won't arc without it after a theft flag)
Van 112  FSM-90S-«up:6-fs1»  lock code «pin:4-lock112»  ⟦password|splicer lock code⟧
Van 118  FSM-90S-«up:6-fs2»  lock code «pin:4-lock118»  ⟦password|splicer lock code⟧
Van 121  FSM-90S-«up:6-fs3»  not locked
"""),
    ("field/tablets/kvc-field-wifi.mobileconfig", r"""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
  <key>PayloadContent</key>
  <array>
    <dict>
      <key>PayloadType</key><string>com.apple.wifi.managed</string>
      <key>SSID_STR</key><string>KVC-FIELD</string>
      <key>EncryptionType</key><string>WPA2</string>
      <key>Password</key><string>«wifipsk:fieldwifi»</string>  ⟦password|Wi-Fi PSK in a configuration profile⟧
    </dict>
  </array>
  <key>PayloadIdentifier</key><string>net.kestrelnet.field.wifi</string>
  <key>PayloadUUID</key><string>«uuid:mobileconfig»</string>  ⟪payload UUID⟫
</dict>
</plist>
"""),
    ("retail/stores/0142/store.ini", r"""
[store]
id=0142
name=Pinecrest Plaza
[wifi]
staff_ssid=KVC-STORE
staff_psk=«wifipsk:storestaff»  ⟦password|store staff Wi-Fi PSK⟧
guest_ssid=KestrelNet Guest
guest_psk=
[pos]
manager_override=«pin:6-mgroverride»  ⟦password|POS manager override code⟧
"""),
    ("retail/pc/logon.bat", r"""
@echo off
rem store PCs: map the shared drive and the label printer
net use S: \\kvc-fs01\stores /user:KVC\svc-storepc «pwc:storepc» /persistent:no  ⟦password|net use password in a logon script⟧
net use LPT2: \\store-print\zebra
"""),
    ("retail/pc/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">  ⟪assembly publicKeyToken⟫
      <AutoLogon>
        <Password>
          <Value>«unattend:pwc:storekiosk»</Value>  ⟦password-b64|unattend.xml encoded AutoLogon password⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>storekiosk</Username>
      </AutoLogon>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount>
            <Password>
              <Value>«pwc:storeadmin»</Value>  ⟦password|unattend.xml plain-text local account password⟧
              <PlainText>true</PlainText>
            </Password>
            <Name>kvcadmin</Name>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("care/genesys/data-action-credentials.json", r"""
{
  "name": "ledgerline-billing",
  "type": "userDefinedOAuth",
  "credentialFields": {
    "clientId": "care-genesys",
    "clientSecret": "«b62:40-ledgercare»",  ⟦app-secret|data-action OAuth client secret in an export⟧
    "loginUrl": "https://id.kestrelnet.net/oauth2/token"
  }
}
"""),
    ("care/ivr/account-lookup.xml", r"""
<?xml version="1.0"?>
<ivrConfig>
  <datasource name="crm" url="jdbc:sqlserver://crm-sql.kvc.local:1433;databaseName=CRM" user="ivr_ro" password="«pwn:ivrcrm»"/>  ⟦password|IVR datasource password⟧
  <tts provider="polly" voice="Joanna"/>
  <asr provider="deepgram" key="«hex:40-deepgram»"/>  ⟦app-secret|Deepgram API key in IVR config⟧
</ivrConfig>
"""),
    ("wholesale/interconnect/sbc-peers.csv", r"""
peer,ip,auth,username,password
inteliquent-a,64.124.41.10,digest,kvc-tg4471,«sip:inteliquent»  ⟦password|SIP peer digest password in a CSV⟧
bandwidth-a,216.82.238.134,ip,,
cascadia-voice,198.51.100.78,digest,cascadia-kvc,«sip:cascadiavoice»  ⟦password|SIP peer digest password in a CSV⟧
"""),
    ("wholesale/cdr-exchange/sftp-targets.cfg", r"""
[syniverse-tap]
host = sftp.syniverse.com
user = kvc_tap
password = «pwp:tapsftp»  ⟦password|clearing-house SFTP password⟧
remote_dir = /inbound/TAP3

[cascadia-cdr]
host = sftp.cascadia-oan.net
user = kvc
key_file = ~/.ssh/id_cascadia  ⟪key file path⟫
"""),
    ("porting/soa/soa-client.xml", r"""
<?xml version="1.0"?>
<SoaClient>
  <Npac region="Midwest" url="https://soa.npac.com/mw/cmip" spid="8421"/>
  <Credentials user="kvc-soa-prd" password="«pwx:npacsoa»"/>  ⟦password|NPAC SOA password in XML⟧
</SoaClient>
"""),
]
