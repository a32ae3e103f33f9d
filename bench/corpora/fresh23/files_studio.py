"""fresh23 templates, the studio's own systems (Halverine Interactive): Perforce/Helix Core (server setup, Swarm,
triggers, tickets, P4V registry, trust file), the build farm (Incredibuild, Horde server, Unreal Cloud DDC, build
agents, steamcmd and app build scripts, Epic BuildPatchTool), console dev kits and store submissions (Xbox Device
Portal, PlayStation partner portal, Nintendo server certificate, MicrosoftGame.config), the motion-capture stage
(drive mapping, unattend.xml, stage network, NAS backup), audio (Wwise sound-bank upload, voice-over vendor),
artists' workstations and the render farm (Deadline), community dedicated servers, QA and localisation vendors,
studio IT (Wi-Fi, FortiGate, OpenVPN, logon scripts), playtest keys.
Markers: render.py and README.md."""

FILES = [
    ("studio/perforce/p4d-setup.sh", r"""
#!/bin/bash
# Helix Core commit server (p4.halverine.net), rebuilt 2026-08 on r7i.4xlarge, depots on io2
set -euo pipefail
export P4ROOT=/hxdepots/p4/1/root
export P4PORT=ssl:1666
export P4SSLDIR=/hxdepots/p4/1/ssl  ⟪SSL directory⟫
p4d -Gc
p4d -r $P4ROOT -p $P4PORT -d
p4 -p ssl:localhost:1666 trust -y
p4 -u super user -f super
echo "«pwx:p4super»" | p4 -u super passwd  ⟦password|Perforce super password piped to p4 passwd⟧
p4 -u super configure set security=4
p4 -u super configure set dm.user.noautocreate=2
p4 -u super configure set server.depot.root=/hxdepots/p4/1/depots
"""),
    ("studio/perforce/swarm/config.php", r"""
<?php
return array(
    'environment' => array('hostname' => 'swarm.halverine.net'),
    'p4' => array(
        'port'     => 'ssl:p4.halverine.net:1666',
        'user'     => 'swarm',
        'password' => '«p4ticket:swarm»',  ⟦app-secret|Perforce ticket as the Swarm user password⟧
    ),
    'mail' => array(
        'transport' => array(
            'host'     => 'email-smtp.us-east-1.amazonaws.com',
            'port'     => 587,
            'connection_class'  => 'login',
            'connection_config' => array(
                'username' => '«akid:swarmses»',  ⟦aws-key-id|SES SMTP user (a key id) in Swarm config⟧
                'password' => '«sesv4:swarmses»',  ⟦aws-ses-smtp|SES SMTP password in Swarm config⟧
                'ssl'      => 'tls',
            ),
        ),
    ),
    'jira' => array('host' => 'https://halverine.atlassian.net', 'user' => 'swarm@halverine.games', 'password' => '«atl:swarmjira»'),  ⟦app-secret|Atlassian API token in Swarm config⟧
);
"""),
    ("studio/perforce/triggers/check_jira.py", r"""
#!/usr/bin/env python3
# change-submit trigger: the description must name an open HVI/IB/TF Jira issue
import re
import sys

import requests

JIRA = "https://halverine.atlassian.net"
AUTH = ("p4-trigger@halverine.games", "«atl:p4trigger»")  ⟦app-secret|Atlassian API token in a Perforce trigger⟧
KEY = re.compile(r"\b(HVI|IB|TF|LF)-\d+\b")

desc = sys.stdin.read()
m = KEY.search(desc)
if not m:
    print("Submit rejected: name a Jira issue (HVI-123) in the description.")
    sys.exit(1)
r = requests.get(f"{JIRA}/rest/api/3/issue/{m.group(0)}", auth=AUTH, timeout=10)
sys.exit(0 if r.ok else 1)
"""),
    ("studio/perforce/triggers/triggers.txt", r"""
Triggers:
	jira-check change-submit //depot/... "/p4/common/bin/triggers/check_jira.py"
	typemap-guard form-in typemap "/p4/common/bin/triggers/typemap_guard.py %formfile%"
	swarm.job form-commit job "%quote%/p4/swarm/p4-trigger.sh%quote% -t job -v %formname%"
"""),
    ("studio/perforce/p4trust.txt", r"""
ssl:10.40.1.20:1666 «p4fp:commit»  ⟪Perforce trust fingerprint⟫
ssl:10.52.1.20:1666 «p4fp:edgekrk»  ⟪Perforce trust fingerprint⟫
"""),
    ("studio/perforce/p4v-env.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\Software\Perforce\environment]
"P4PORT"="ssl:p4.halverine.net:1666"
"P4USER"="svc-cinematics"
"P4CLIENT"="MTL-CINE-02_ib_main"
"P4PASSWD"="«pwp:p4cine»"  ⟦password|P4PASSWD in a registry export⟧
"P4CHARSET"="utf8"
"""),
    ("studio/buildfarm/incredibuild/coordinator-install.bat", r"""
@echo off
rem Incredibuild coordinator, MTL-IBC-01 (build farm VLAN 40)
IBSetupConsole.exe /Install /Components=Coordinator /Coordinator:Port=31104 /Coordinator:Database=SQL
sqlcmd -S MTL-SQL02 -U ib_coord -P «pwn:ibcoordsql» -Q "ALTER LOGIN ib_coord WITH CHECK_POLICY = OFF"  ⟦password|sqlcmd -P password in a batch file⟧
net user ibadmin «pwp:ibadmin» /add  ⟦password|net user password in a batch file⟧
"""),
    ("studio/buildfarm/horde/server.json", r"""
{
  "Horde": {
    "ServerUrl": "https://horde.halverine.net",
    "AuthMethod": "OpenIdConnect",
    "OidcAuthority": "https://halverine.okta.com/oauth2/default",
    "OidcClientId": "0oa«b62:17-hordeoidc»",
    "OidcClientSecret": "«ibauth:hordeoidc»",  ⟦app-secret|Horde OIDC client secret⟧
    "DatabaseConnectionString": "mongodb://horde:«pwx:hordemongo»@horde-docdb.cluster-c3k8d1ws7qpx.us-east-2.docdb.amazonaws.com:27017/?tls=true&replicaSet=rs0",  ⟦conn-string|MongoDB URI in Horde server.json⟧
    "JwtSecret": "«b64k:32-hordejwt»",  ⟦app-secret|Horde JWT secret⟧
    "Plugins": {"Build": {"Perforce": [{"Name": "default", "Servers": [{"ServerAndPort": "ssl:p4.halverine.net:1666"}]}]}}
  }
}
"""),
    ("studio/buildfarm/ddc/cloud-ddc.appsettings.json", r"""
{
  "S3": {
    "BucketName": "hvi-cloud-ddc-736104982357",
    "Region": "us-east-2"
  },
  "AWSCredentials": {
    "AccessKey": "«akid:clouddc»",  ⟦aws-key-id|key id in Unreal Cloud DDC appsettings⟧
    "SecretKey": "«awssec:clouddc»"  ⟦aws-secret|secret in Unreal Cloud DDC appsettings⟧
  },
  "Scylla": {"ConnectionString": "Contact Points=scylla.ddc.internal;Default Keyspace=jupiter"},
  "Auth": {"Schemes": {"Bearer": {"JwtAuthority": "https://halverine.okta.com/oauth2/default", "JwtAudience": "api://unreal"}}}
}
"""),
    ("studio/buildfarm/agents/MTL-BUILD-07/setup.ps1", r"""
# build agent bootstrap, Montreal rack B (physical, not EC2)
$ErrorActionPreference = "Stop"
net use S: \\mtl-fs01\buildshare /user:STUDIO\svc-build «pwc:buildshare» /persistent:yes  ⟦password|net use password in a PowerShell script⟧
p4 set -s P4PORT=ssl:p4.halverine.net:1666
p4 set -s P4USER=svc-anvil
p4 set -s P4PASSWD=«pwx:p4anvil»  ⟦password|p4 set P4PASSWD in a setup script⟧
& C:\steamcmd\steamcmd.exe +login hvi_builder «pwc:steambuilder» +quit  ⟦password|steamcmd login in a setup script⟧
$svc = Get-Credential -Message "Jenkins agent account"  ⟪interactive prompt⟫
New-Service -Name jenkins-agent -BinaryPathName "C:\jenkins\agent.exe" -Credential $svc
"""),
    ("studio/buildfarm/steam/app_build_1842270.vdf", r"""
"AppBuild"
{
	"AppID" "1842270"
	"Desc" "Ironbloom CL 418220"
	"ContentRoot" "..\Archive\Windows\"
	"BuildOutput" "..\steam-output\"
	"SetLive" "beta"
	"Depots"
	{
		"1842271" "depot_build_1842271.vdf"
	}
}
"""),
    ("studio/buildfarm/steam/steamcmd-upload.sh", r"""
#!/bin/bash
# Tidefall Linux/Steam Deck depot upload (Austin). Steam Guard for hvi_builder is on the build-farm phone.
STEAM_USER=hvi_builder
STEAM_PASS='«pwc:steambuilder»'  ⟦password|Steam builder password in a shell script⟧
steamcmd +login "$STEAM_USER" "$STEAM_PASS" +run_app_build "$(pwd)/app_build_2215640.vdf" +quit
"""),
    ("studio/buildfarm/epic/upload-egs.bat", r"""
@echo off
rem Epic Games Store upload for Ironbloom (Montreal release PC)
set BPT=D:\BuildPatchTool\Engine\Binaries\Win64\BuildPatchTool.exe
%BPT% -OrganizationId=o-«lo:30-epicorg» -ProductId=«eosid:product» -ArtifactId=«eosid:artifact» -ClientId=«eoscid:bpt» -ClientSecretEnvVar=BPT_CLIENT_SECRET -mode=UploadBinary -BuildRoot=%1 -CloudDir=D:\bpt-cloud -BuildVersion=%2  ⟪ClientSecretEnvVar⟫
"""),
    ("studio/consoles/devkits.csv", r"""
hostname,platform,location,ip,portal_user,portal_password,owner
MTL-XSX-014,Xbox Series X devkit,MTL QA lab,10.40.8.14,hvi-qa,«pwp:xdk14»,qa-mtl  ⟦password|Xbox Device Portal password in a dev-kit inventory⟧
MTL-XSS-022,Xbox Series S devkit,MTL QA lab,10.40.8.22,hvi-qa,«pwp:xdk22»,qa-mtl  ⟦password|Xbox Device Portal password in a dev-kit inventory⟧
KRK-PS5-031,PS5 devkit,KRK QA lab,10.52.8.31,,,qa-krk
SEL-NX-007,Switch dev unit,SEL,10.61.8.7,,,tidefall
"""),
    ("studio/consoles/xbox/deploy-devkit.ps1", r"""
param([string]$Kit = "10.40.8.14", [string]$Package = ".\out\Ironbloom_Xbox.msixvc")
# Windows Device Portal on the devkit; the QA account is shared (see devkits.csv)
$pair = "hvi-qa:«pwp:xdk14»"  ⟦password|Device Portal credentials in a PowerShell script⟧
$auth = [Convert]::ToBase64String([Text.Encoding]::ASCII.GetBytes($pair))
Invoke-RestMethod -Uri "https://$Kit`:11443/api/app/packagemanager/package" -Method Post -InFile $Package -Headers @{Authorization = "Basic $auth"} -SkipCertificateCheck
"""),
    ("studio/consoles/xbox/MicrosoftGame.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<Game configVersion="1">
  <Identity Name="Halverine.Ironbloom" Publisher="CN=«uuid:msftpublisher»" Version="0.31.2.0"/>  ⟪publisher id⟫
  <ExecutableList>
    <Executable Name="Ironbloom.exe" TargetDeviceFamily="Scarlett" Id="Game"/>
  </ExecutableList>
  <TitleId>«uhex:8-xbltitle»</TitleId>  ⟪Xbox title id⟫
  <MSAAppId>«up:12-msaappid»</MSAAppId>  ⟪MSA app id⟫
  <StoreId>9N«up:10-storeid»</StoreId>
</Game>
"""),
    ("studio/consoles/playstation/submission-notes.md", r"""
# Ironbloom PS5 submission notes (Krakow)

- Partner portal (DevNet) shared account for certification uploads: `ps-cert@halverine.games`, password `«pwl:psdevnet»` - ask Zofia before using it, 2FA is on her phone.  ⟦password|partner portal password in submission notes⟧
- Title ID and NP Communication IDs are in the product sheet, not secret.
- The S2S client secret for the entitlement API lives in Secrets Manager `quartermaster/psn`.  ⟪pointer to a vault⟫
"""),
    ("studio/consoles/nintendo/server-cert-README.txt", r"""
Nintendo server-to-server certificate (Tidefall, NSO entitlement checks)
Files: tidefall-s2s.pfx (in the quartermaster cert bucket), tidefall-s2s.cer
PFX password: «pwr:nsopfx»  ⟦password|PFX password in a README⟧
Renew before 2027-03-01 via the Nintendo Developer Portal (Seoul studio lead has access).
"""),
    ("studio/mocap/stage-pc/map-drives.bat", r"""
@echo off
rem MTL mocap stage - Shogun Live and Motive capture PCs
net use T: \\mtl-mocap-nas01\takes /user:STUDIO\stage «pwp:mocapnas» /persistent:yes  ⟦password|net use password on the mocap stage PC⟧
net use R: \\mtl-mocap-nas01\reference /user:STUDIO\stage «pwp:mocapnas» /persistent:yes  ⟦password|net use password on the mocap stage PC⟧
start "" "C:\Program Files\Vicon\ShogunLive1.14\ShogunLive.exe"
"""),
    ("studio/mocap/stage-pc/unattend.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS">
      <AutoLogon>
        <Password>
          <Value>«unattend:pwp:mocapstage»</Value>  ⟦password-b64|encoded AutoLogon password in unattend.xml⟧
          <PlainText>false</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <Username>stage</Username>
      </AutoLogon>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount>
            <Password>
              <Value>«pwp:mocapstage»</Value>  ⟦password|plain local account password in unattend.xml⟧
              <PlainText>true</PlainText>
            </Password>
            <Name>stage</Name>
            <Group>Administrators</Group>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
    </component>
  </settings>
</unattend>
"""),
    ("studio/mocap/stage-network/hap-ax3.rsc", r"""
# 2026-09-30 by RouterOS 7.15.3 - MTL mocap stage wireless (tablets for the director and the clapper app)
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=stage-sec passphrase="«wifipsk:mocapstage»"  ⟦password|Wi-Fi passphrase in a RouterOS export⟧
/interface wifi
set [ find default-name=wifi1 ] configuration.ssid=HVI-STAGE security=stage-sec
/snmp community
set [ find default=yes ] name=public  ⟪SNMP default community⟫
"""),
    ("studio/mocap/nas/hyper-backup.json", r"""
{
  "task": "takes-to-s3",
  "target": {
    "type": "s3",
    "endpoint": "s3.us-east-1.amazonaws.com",
    "bucket": "hvi-mocap-takes-736104982357",
    "access_key": "«akid:mocapnas»",  ⟦aws-key-id|key id in a NAS backup task⟧
    "secret_key": "«awssec:mocapnas»"  ⟦aws-secret|secret in a NAS backup task⟧
  },
  "schedule": "daily 02:00",
  "encryption": {"enabled": true, "password_hint": "in 1Password: Mocap NAS backup"}  ⟪pointer to a vault⟫
}
"""),
    ("studio/audio/soundbanks/upload.sh", r"""
#!/bin/bash
# Wwise sound banks -> S3 for the live-ops audio hotfix path (Austin audio team)
export AWS_ACCESS_KEY_ID=«akid:audio»  ⟦aws-key-id|key id exported in an audio upload script⟧
export AWS_SECRET_ACCESS_KEY=«awssec:audio»  ⟦aws-secret|secret exported in an audio upload script⟧
WwiseConsole.sh generate-soundbank Ironbloom.wproj --platform Windows Linux --language English(US) French(Canada) Korean Polish
aws s3 sync GeneratedSoundBanks/ s3://hvi-audio-hotfix-418273650921/ironbloom/ --delete
"""),
    ("studio/audio/vo/vendor-aspera.env", r"""
# voice-over recording vendor (Seoul) - Aspera drop for KO/JA sessions
ASPERA_HOST=ats-aws-us-east-1.aspera.io
ASPERA_USER=halverine_vo
ASPERA_SCP_PASS=«pwn:asperavo»  ⟦password|Aspera password in an env file⟧
DROPBOX_TOKEN=«dropbox:vo»  ⟦app-secret|Dropbox access token in an env file⟧
"""),
    ("studio/artists/workstation-setup.ps1", r"""
# artist workstation post-image (MTL/KRK), run as the IT tech
[Environment]::SetEnvironmentVariable("ADSKFLEX_LICENSE_FILE", "27000@lic01.studio.hvi.local", "Machine")  ⟪licence server address⟫
[Environment]::SetEnvironmentVariable("SGTK_SCRIPT_KEY", "«shotgrid:toolkit»", "Machine")  ⟦app-secret|ShotGrid script key set machine-wide⟧
[Environment]::SetEnvironmentVariable("HOUDINI_LICENSE_SERVER", "lic01.studio.hvi.local", "Machine")
$sec = ConvertTo-SecureString "«pwn:artistlocal»" -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText password⟧
New-LocalUser -Name "artist-local" -Password $sec
"""),
    ("studio/render/deadline/connection.ini", r"""
[Connection]
Hostname=render-mongo01.studio.hvi.local
Port=27100
DatabaseName=deadline10db
Authenticate=True
Username=deadline
Password=«pwx:deadlinemongo»  ⟦password|Deadline repository database password⟧
EnableSSL=True
"""),
    ("studio/render/deadline/awsportal.json", r"""
{
  "region": "us-east-1",
  "infrastructure": "render-burst",
  "access_key_id": "«akid:deadlineportal»",  ⟦aws-key-id|key id in the Deadline AWS Portal settings⟧
  "secret_access_key": "«awssec:deadlineportal»",  ⟦aws-secret|secret in the Deadline AWS Portal settings⟧
  "spot_fleet_role": "arn:aws:iam::736104982357:role/aws-ec2-spot-fleet-tagging-role"
}
"""),
    ("studio/dedicated/community-server/server.cfg", r"""
// Ironbloom community server kit - example config written by a partner host (Nitrado EU)
hostname "Ironbloom | Nitrado EU #12"
sv_password ""
rcon_password "«rconpw:nitrado12»"  ⟦password|rcon_password in a community server config⟧
sv_maxplayers 36
sv_region 3
"""),
    ("studio/dedicated/community-server/Game.ini", r"""
[/Script/Ironbloom.IBGameSession]
ServerName=Ironbloom Community Kit (default)
ServerPassword=  ⟪empty value⟫
AdminPassword=ChangeThisAdminPassword  ⟪placeholder default⟫
"""),
    ("studio/qa/vendor-access.md", r"""
# QA outsourcing - access for PixelForge QA (Krakow) and Brightline LQA (Montreal)

| what | value |
|---|---|
| SFTP (bug videos) | `sftp.halverine.games`, user `pixelforge`, password `«pwl:pixelforgesftp»` |  ⟦password|SFTP password in a vendor access table⟧
| VPN | FortiClient to `vpn-krk.halverine.net`, user `pf-qa01`, password `«pwn:pfvpn»` |  ⟦password|VPN password in a vendor access table⟧
| Jira | their own accounts, invited to the IB project |
| Dev kits | see devkits.csv; PS5 kits do not need a password |
"""),
    ("studio/qa/bugsubmitter/config.ini", r"""
[jira]
url = https://halverine.atlassian.net
user = bugsubmitter@halverine.games
token = «atl:bugsubmitter»  ⟦app-secret|Atlassian token in an in-game bug submitter config⟧
project = IB

[upload]
bucket = hvi-qa-repro-736104982357
"""),
    ("studio/loc/lingoforge-sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.0" platform="windows">
  <Servers>
    <Server>
      <Host>sftp.lingoforge.eu</Host>
      <Port>22</Port>
      <Protocol>1</Protocol>
      <Type>0</Type>
      <User>halverine</User>
      <Pass encoding="base64">«b64:pwn:lingoforgesftp»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>LingoForge string tables</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("studio/it/wifi/guest-card.txt", r"""
HALVERINE MONTREAL - VISITORS
Network: HVI-Guest
Password: «wifipsk:guestmtl»  ⟦?password|guest Wi-Fi password printed on a card for visitors⟧
Valid until 2026-12-31. Staff: use HVI-Corp with your studio login.
"""),
    ("studio/it/wifi/hostapd-playtest.conf", r"""
interface=wlan0
ssid=HVI-PLAYTEST
hw_mode=a
channel=36
wpa=2
wpa_key_mgmt=WPA-PSK
wpa_passphrase=«wifipsk:playtest»  ⟦password|hostapd wpa_passphrase⟧
rsn_pairwise=CCMP
"""),
    ("studio/it/firewall/fortigate-krk.conf", r"""
config system admin
    edit "admin"
        set password ENC SH2«b64k:42-fgadmin»  ⟪FortiOS hash⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws-use2"
        set interface "wan1"
        set remote-gw 3.«num:2-fgip1».«num:2-fgip2».17
        set psksecret «pwr:krkvpnpsk»  ⟦password|IPsec pre-shared key in clear⟧
    next
    edit "to-mtl"
        set psksecret ENC «b64k:60-fgenc»  ⟪FortiOS ENC value⟫
    next
end
"""),
    ("studio/it/vpn/seoul-studio.ovpn", r"""
client
dev tun
proto udp
remote vpn-sel.halverine.net 1194
auth-user-pass
<ca>
«cert:edvpnca:Halverine Studio VPN CA»  ⟪CA certificate⟫
</ca>
<key>
«pem:pkcs8:ecvpnsel»  ⟦private-key|VPN client private key inline in an .ovpn⟧
</key>
"""),
    ("studio/it/gpo/logon.bat", r"""
@echo off
rem KRK logon script (GPO: Studio Users)
net use P: \\krk-fs01\projects /persistent:no
net use Q: \\krk-fs01\qa /user:STUDIO\svc-qa «pwn:svcqa» /persistent:no  ⟦password|net use password in a logon script⟧
cmdkey /generic:krk-license01 /user:STUDIO\svc-lic /pass:«pwp:svclic»  ⟦password|cmdkey /pass: in a logon script⟧
"""),
    ("studio/playtest/steam-keys-wave3.csv", r"""
batch,key,assigned_to,sent
wave3-creators,«steamkeycd:k1»,creator_aurora,2026-10-02  ⟦?app-secret|unredeemed Steam product key⟧
wave3-creators,«steamkeycd:k2»,creator_vexx,2026-10-02  ⟦?app-secret|unredeemed Steam product key⟧
wave3-press,REDEEMED,ign_ca,2026-09-28
"""),
    ("studio/render/nodes/render-node-init.sh", r"""
#!/bin/bash
# on-prem render node (AUS rack C) first boot
hostnamectl set-hostname "$1"
echo "render:«pwp:rendernode»" | chpasswd  ⟦password|chpasswd in a first-boot script⟧
mount -t nfs aus-fs01:/render /mnt/render
/opt/Thinkbox/Deadline10/bin/deadlinecommand -SetIniFileSetting ConnectionType Repository
"""),
    ("studio/buildfarm/teamcity/internal.properties", r"""
teamcity.git.fetch.process.max.memory=4096M
teamcity.vcs.perforce.ticket.timeout=43200
teamcity.server.buildAgentAuthorization.tokenLength=32
"""),
    ("studio/perforce/p4broker.conf", r"""
target      = ssl:p4.halverine.net:1666;
listen      = 1667;
directory   = /hxdepots/p4/broker;
logfile     = /hxlogs/p4broker.log;
admin-name  = "Build Engineering";
admin-email = buildeng@halverine.games;
command: obliterate
{
    action = reject;
    message = "obliterate goes through a ticket to Build Engineering";
}
"""),
    ("studio/anticheat/eac-integrity.cfg", r"""
# Easy Anti-Cheat integrity tool settings (Ironbloom)
productid=«eosid:product»
sandboxid=«eosid:sandboxlive»
deploymentid=«eosid:deploylive»
integrity_key_path=../Keys/base_private.key  ⟪key path⟫
"""),
    ("studio/anticheat/Keys/base_private.key", r"""
«pem:pkcs1:rsaeac»  ⟦private-key|anti-cheat integrity signing key⟧
"""),
    ("studio/mocap/faceware/portal-notes.txt", r"""
Faceware Portal (facial solves for IB season 8 cinematics)
API user: cine-pipeline@halverine.games
API token: «b62:40-faceware»  ⟦app-secret|facial-solve vendor API token in notes⟧
Upload via the Python client; results land in s3://hvi-cine-faces-736104982357/solves/
"""),
]
