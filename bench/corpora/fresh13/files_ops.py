"""fresh13 templates, operations (Harrowgate County): home directories (Linux and Windows: PSReadLine history,
PowerShell profiles), network devices (FortiGate, Palo Alto, Cisco ASA and IOS, NetScaler), Splunk, SolarWinds,
LAPS exports, AD scripts, SQL Server scripts, BIND TSIG keys, RADIUS, SNMP, printers and UPS cards, keys and
certificates, runbooks and docs, vendor e-mails, help-desk tickets, Teams/Slack/Webex exports, logs (IIS,
process-creation events, SSM agent, CloudTrail), dumps, KeePass and credential exports, encoded leftovers.
Markers: render.py and README.md."""

FILES = [
    ("home/glindqvist/.aws/credentials", r"""
[hcg-gov-admin]
aws_access_key_id = «akid:glgov»  ⟦aws-key-id|GovCloud profile key id⟧
aws_secret_access_key = «awssec:glgov»  ⟦aws-secret|GovCloud profile secret⟧

[hcg-transit]
aws_access_key_id=«asia:gltransit»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key=«awssec:gltransit»  ⟦aws-secret|temporary secret⟧
aws_session_token=«stok:gltransit»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack test credentials⟫
aws_secret_access_key = test
"""),
    ("home/glindqvist/.aws/config", r"""
[profile gov-readonly]
sso_session = hcg-gov
sso_account_id = 184736290517  ⟪account id⟫
sso_role_name = ReadOnlyAccess
region = us-gov-west-1

[sso-session hcg-gov]
sso_start_url = https://start.us-gov-home.awsapps.com/directory/d-98672a1b3c
sso_region = us-gov-west-1

[profile enr-laptop]
region = us-east-2
aws_access_key_id = «akid:glcli»  ⟦aws-key-id|key id written into the config file, not credentials⟧
aws_secret_access_key = «awssec:glcli»  ⟦aws-secret|secret written into the config file⟧

[profile veeam-capacity]
credential_process = "C:\Program Files\aws-vault\aws-vault.exe" export --format=json veeam-capacity  ⟪credential_process⟫
"""),
    ("home/glindqvist/.bash_history", r"""
aws sts get-caller-identity --profile hcg-gov-admin
aws configure set aws_secret_access_key «awssec:glcli» --profile enr-laptop  ⟦aws-secret|aws configure set with a secret in history⟧
aws configure set aws_access_key_id «akid:glcli» --profile enr-laptop  ⟦aws-key-id|aws configure set with a key id in history⟧
psql "host=ckan-db.c2xq9rk4vw1m.us-east-2.rds.amazonaws.com user=ckan_admin password=«pwr:ckanmaster» dbname=ckan sslmode=require"  ⟦conn-string|libpq keyword connection string in history⟧
curl -s -u admin:«pwl:ignitiongw» https://scada-gw01.harrowgatewater.local:8043/system/gwinfo  ⟦password|curl -u in history⟧
terraform -chdir=infra/terraform/govcloud plan -var-file=env/prod.tfvars
aws ssm start-session --target mi-0c83e1f9a27d4b650 --region us-gov-west-1  ⟪managed instance id⟫
"""),
    ("home/glindqvist/.terraformrc", r"""
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
credentials "app.terraform.io" {
  token = "«tfc:gl»"  ⟦terraform-cloud|Terraform Cloud token in .terraformrc⟧
}
"""),
    ("home/dpettibone/.ssh/id_rsa", r"""
«pem:pkcs1:rsanet»  ⟦private-key|RSA private key (PKCS#1)⟧
"""),
    ("home/dpettibone/.ssh/id_rsa.pub", r"""
«sshpub:rsanet:dpettibone@hcg-net-07»  ⟪SSH public key⟫
"""),
    ("home/dpettibone/.ssh/config", r"""
Host fgt-*
  User admin
  KexAlgorithms +diffie-hellman-group14-sha1
Host sw-*
  User netadmin
  HostKeyAlgorithms +ssh-rsa
  PubkeyAcceptedAlgorithms +ssh-rsa
Host scada-jump
  HostName 10.61.0.5
  ProxyJump bastion.ad.harrowgatecounty.gov
  IdentityFile ~/.ssh/id_rsa
"""),
    ("home/dpettibone/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub's published host key⟫
|1|«b64k:20-kh1»|«b64k:20-kh2» ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTYAAAAIbmlzdHAyNTYAAABBB«b64k:48-kh3»  ⟪hashed known_hosts entry⟫
"""),
    ("home/bokafor/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-ADUser -Filter 'Enabled -eq $false' -SearchBase 'OU=Staff,DC=ad,DC=harrowgatecounty,DC=gov' | measure
Set-ADAccountPassword -Identity kdunmore -Reset -NewPassword (ConvertTo-SecureString -AsPlainText '«pw:kdunmorereset»' -Force)  ⟦password|Set-ADAccountPassword in PSReadLine history⟧
Unlock-ADAccount -Identity kdunmore
net user svc_scan «pws:svcscan» /domain  ⟦password|net user password in PSReadLine history⟧
cmdkey /add:fs01.ad.harrowgatecounty.gov /user:HARROWGATE\bokafor.adm /pass:«pwn:bokaforadm»  ⟦password|cmdkey /pass: in PSReadLine history⟧
Get-LapsADPassword -Identity CAD-WS07 -AsPlainText
Enter-PSSession -ComputerName munis-app01 -Credential (Get-Credential)  ⟪interactive credential prompt⟫
Restart-Service -Name 'Veeam Backup Service' -ComputerName veeam01
"""),
    ("home/bokafor/Documents/WindowsPowerShell/Microsoft.PowerShell_profile.ps1", r"""
Set-Location C:\Scripts
Import-Module ActiveDirectory
$AdmUser = 'HARROWGATE\bokafor.adm'
$AdmPass = ConvertTo-SecureString '«pwn:bokaforadm»' -AsPlainText -Force  ⟦password|admin password in a PowerShell profile⟧
$Global:AdmCred = New-Object System.Management.Automation.PSCredential($AdmUser, $AdmPass)
function Connect-Exo { Connect-ExchangeOnline -UserPrincipalName bokafor@harrowgatecounty.gov -ExchangeEnvironmentName O365USGovGCCHigh }
"""),
    ("home/lgreer/scripts/refresh-munis-train.sql", r"""
-- Refresh MUNTRAIN from last night's MUNPROD backup (Lashonda, keep for the yearly Tyler upgrade)
RESTORE DATABASE muntrain FROM DISK = N'\\veeam01\sqldumps\munprod_full.bak'
  WITH MOVE 'munprod' TO 'E:\Data\muntrain.mdf', MOVE 'munprod_log' TO 'F:\Logs\muntrain.ldf', REPLACE;
GO
USE muntrain;
CREATE LOGIN trainer WITH PASSWORD = N'«pwp:muntrainer»', CHECK_POLICY = OFF;  ⟦password|CREATE LOGIN WITH PASSWORD⟧
CREATE USER trainer FOR LOGIN trainer;
ALTER ROLE db_datareader ADD MEMBER trainer;
EXEC sp_addlinkedserver @server = N'AS400', @srvproduct = N'DB2', @provider = N'IBMDA400', @datasrc = N'as400.ad.harrowgatecounty.gov';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'AS400', @useself = N'FALSE', @locallogin = NULL, @rmtuser = N'MUNLINK', @rmtpassword = N'«pw6:munlink»';  ⟦password|sp_addlinkedsrvlogin @rmtpassword⟧
GO
"""),
    ("home/twrobel/.pgpass", r"""
# hostname:port:database:username:password
gis-pg01.ad.harrowgatecounty.gov:5432:gisprod:sde:«pw:sdepg»  ⟦password|.pgpass line⟧
historian-db.internal:5432:*:ignition:«pwc:ignitiondb»  ⟦password|.pgpass line for the historian⟧
localhost:5432:*:postgres:postgres  ⟪local default⟫
"""),
    ("home/praman/.npmrc", r"""
registry=https://registry.npmjs.org/
@hcta:registry=https://npm.pkg.github.com/
//npm.pkg.github.com/:_authToken=«ghp:praman»  ⟦github|GitHub token in .npmrc⟧
//registry.npmjs.org/:_authToken=${NPM_TOKEN}  ⟪variable reference⟫
"""),
    ("home/praman/.config/gh/hosts.yml", r"""
github.com:
    users:
        praman-hcta:
            oauth_token: «gho:praman»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
    user: praman-hcta
    oauth_token: «gho:praman»  ⟦github|gh CLI OAuth token (top-level copy)⟧
"""),
    ("home/praman/.docker/config.json", r"""
{
  "auths": {
    "https://index.docker.io/v1/": {
      "auth": "«dockerauth:praman»"  ⟦docker-hub|docker config auth (base64 user:PAT)⟧
    },
    "561093827446.dkr.ecr.us-east-2.amazonaws.com": {}
  },
  "credHelpers": {
    "561093827446.dkr.ecr.us-east-2.amazonaws.com": "ecr-login"  ⟪credential helper⟫
  }
}
"""),
    ("home/praman/.git-credentials", r"""
https://praman-hcta:«ghp:pramancred»@github.com  ⟦github|token in .git-credentials⟧
https://praman:«pwn:pramanbb»@bitbucket.hcta.local  ⟦conn-string|password in a .git-credentials URL⟧
"""),
    ("home/cbauer/projects/permit-scraper/.env", r"""
ACCELA_USER=cbauer@harrowgatecounty.gov
ACCELA_PASSWORD=«pwn:cbauer»  ⟦password|personal Accela password in a project .env⟧
OPENAI_API_KEY=«oai:cbauer»  ⟦openai|OpenAI key in .env⟧
SLACK_BOT_TOKEN=«xoxb:cbauer»  ⟦slack|Slack bot token in .env⟧
"""),
    ("home/mybarra/notebooks/parcel_qc.ipynb", r"""
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 3,
   "metadata": {},
   "outputs": [],
   "source": [
    "from arcgis.gis import GIS\n",
    "gis = GIS('https://gis.harrowgatecounty.gov/portal', 'mybarra', '«pwn:mybarra»')\n",  ⟦password|ArcGIS password in a notebook cell⟧
    "parcels = gis.content.get('«hex:32-parcelitem»')"
   ]
  },
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["## Duplicate PIN check"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "ArcGIS Pro", "language": "python", "name": "arcgispro-py3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
"""),
    ("home/sk/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: «b64cert:eceks:eks-transit-ca»  ⟪base64 CA certificate⟫
    server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com
  name: transit
contexts:
- context: {cluster: transit, user: sk-eks}
  name: transit
- context: {cluster: transit, user: ci-deployer}
  name: transit-ci
current-context: transit
users:
- name: sk-eks
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [eks, get-token, --cluster-name, transit, --region, us-east-2]  ⟪EKS exec plugin⟫
- name: ci-deployer
  user:
    token: «jwt:ci-deployer»  ⟦jwt|static service-account token in a kubeconfig⟧
"""),
    ("home/estoddard/Desktop/enr-laptop-notes.txt", r"""
ENR laptop (HP, asset 20417) - election night checklist
- log in as local user enr / «pwp:enrlaptop»  ⟦password|local login on a desktop note⟧
- Clarity FTP: harrowgate_oh / «pp:clarity»  ⟦password|Clarity FTP password on a desktop note⟧
- upload_results.py is on the desktop, keys already inside
- call Garrett if CloudFront shows old results (cell in the binder)
"""),
    ("ops/fortigate/fgt-courthouse.conf", r"""
#config-version=FGT100F-7.2.8-FW-build1639-240313:opmode=0:vdom=0:user=dpettibone
#conf_file_ver=«num:15-fgtver»  ⟪config file version⟫
#buildno=1639
#global_vdom=1
config system global
    set hostname "fgt-courthouse"
    set timezone 12
    set admin-sport 8443
end
config system admin
    edit "admin"
        set accprofile "super_admin"
        set vdom "root"
        set password ENC SH2«hex:60-fgtadmin»  ⟪FortiOS hashed admin password⟫
    next
end
config system snmp community
    edit 1
        set name "«pwc:snmpfgt»"  ⟦password|SNMP community name in a FortiGate backup⟧
        config hosts
            edit 1
                set ip 10.20.5.40 255.255.255.255
            next
        end
    next
end
config user local
    edit "vendor-hexagon"
        set type password
        set passwd «fortienc:hexvpn»  ⟪FortiOS-encrypted password⟫
    next
end
config vpn ipsec phase1-interface
    edit "to-aws-govcloud"
        set interface "wan1"
        set peertype any
        set proposal aes256-sha256
        set remote-gw 15.200.14.33
        set psksecret «fortienc:awspsk»  ⟪FortiOS-encrypted PSK⟫
    next
end
"""),
    ("ops/fortigate/add-vendor-user.txt", r"""
# pasted into the CLI console on 2026-10-21 (CHG-2291)
config user local
    edit "vendor-axon"
        set type password
        set passwd «pwc:axonvpn»  ⟦password|FortiOS CLI snippet with a clear-text password⟧
    next
end
config user group
    edit "VPN-Vendors"
        append member "vendor-axon"
    next
end
"""),
    ("ops/paloalto/keygen-and-export.sh", r"""
#!/bin/sh
# Palo Alto PA-3220 (water plant): pull the running config nightly for the config archive
FW=10.61.0.1
KEY=$(curl -sk "https://$FW/api/?type=keygen&user=cfgbackup&password=«pwn:pacfg»" | sed -n 's:.*<key>\(.*\)</key>.*:\1:p')  ⟦password|PAN-OS keygen password in a URL⟧
# key from the first run, kept so the cron job does not need the password:
KEY="«panos:watercfg»"  ⟦app-secret|PAN-OS XML API key⟧
curl -sk "https://$FW/api/?type=export&category=configuration&key=$KEY" -o /srv/cfgarchive/pa-water-$(date +%F).xml  ⟪variable reference in a URL⟫
"""),
    ("ops/paloalto/pa-water-running.xml", r"""
<?xml version="1.0"?>
<config version="10.2.0" urldb="paloaltonetworks">
  <mgt-config>
    <users>
      <entry name="admin">
        <phash>«sha512crypt:paadmin»</phash>  ⟪password hash⟫
        <permissions><role-based><superuser>yes</superuser></role-based></permissions>
      </entry>
      <entry name="cfgbackup">
        <phash>«sha512crypt:pacfg»</phash>
      </entry>
    </users>
  </mgt-config>
  <devices>
    <entry name="localhost.localdomain">
      <deviceconfig>
        <system>
          <snmp-setting>
            <access-setting>
              <version><v2c><snmp-community-string>«pwc:snmpwater»</snmp-community-string></v2c></version>  ⟦password|SNMP community in a PAN-OS running config⟧
            </access-setting>
          </snmp-setting>
        </system>
      </deviceconfig>
    </entry>
  </devices>
  <shared>
    <local-user-database/>
  </shared>
</config>
"""),
    ("ops/cisco/asa-courthouse-running.txt", r"""
asa-courthouse# more system:running-config
: Saved
ASA Version 9.16(4)
!
hostname asa-courthouse
enable password «b64k:12-asaenable» pbkdf2  ⟪hashed enable password⟫
names
!
tunnel-group 203.0.113.77 type ipsec-l2l
tunnel-group 203.0.113.77 ipsec-attributes
 ikev1 pre-shared-key «pp:millbrookpsk»  ⟦password|IKEv1 pre-shared key in clear (more system:running-config)⟧
tunnel-group 203.0.113.90 type ipsec-l2l
tunnel-group 203.0.113.90 ipsec-attributes
 ikev2 remote-authentication pre-shared-key *****  ⟪masked PSK⟫
!
snmp-server host inside 10.20.5.40 community ***** version 2c  ⟪masked community⟫
"""),
    ("ops/cisco/sw-ct-idf3.cfg", r"""
!
version 15.2
service timestamps log datetime msec
no service password-encryption
hostname sw-ct-idf3
!
enable secret 9 $9$«b64k:10-ios9salt»$«b64k:32-ios9hash»  ⟪type 9 secret hash⟫
username netadmin privilege 15 password 7 «type7:pwc:iosnetadmin»  ⟦?password|Cisco type 7 password (reversible without a key): policy-dependent⟧
!
snmp-server community «pw:snmpro» RO 90  ⟦password|SNMP community in an IOS config⟧
snmp-server location Courthouse IDF3
tacacs server ISE01
 address ipv4 10.20.5.60
 key «pwr:tacacskey»  ⟦password|TACACS+ key in clear⟧
!
line vty 0 15
 transport input ssh
!
end
"""),
    ("ops/netscaler/ns.conf", r"""
#NS13.1 Build 53.17
set ns config -IPAddress 10.20.9.10 -netmask 255.255.255.0
set system user nsroot «sha512crypt:nsroot» -encrypted -hashmethod SHA512  ⟪hashed nsroot password⟫
add authentication ldapAction LDAP-HCG -serverIP 10.20.1.11 -serverPort 636 -ldapBase "DC=ad,DC=harrowgatecounty,DC=gov" -ldapBindDn svc_netscaler@ad.harrowgatecounty.gov -ldapBindDnPassword «hex:64-nsldap» -encrypted -encryptmethod ENCMTHD_3 -kek -suffix 2026_10_02_11_40_12  ⟪NetScaler KEK-encrypted bind password⟫
add lb vserver lb-storefront SSL 10.20.9.21 443
bind lb vserver lb-storefront sf01
"""),
    ("ops/splunk/apps/hcg_aws_inputs/local/inputs.conf", r"""
[http]
disabled = 0
enableSSL = 1

[http://aws_firehose_govcloud]
disabled = 0
index = aws_govcloud
indexes = aws_govcloud
sourcetype = aws:cloudtrail
token = «uuid:hecgov»  ⟦app-secret|Splunk HEC token in inputs.conf⟧
useACK = 1

[http://gtfsrt]
disabled = 0
index = transit
token = «uuid:hectransit»  ⟦app-secret|second HEC token⟧
"""),
    ("ops/splunk/apps/hcg_forwarders/local/outputs.conf", r"""
[tcpout]
defaultGroup = hcg_indexers

[tcpout:hcg_indexers]
server = idx01.ad.harrowgatecounty.gov:9997, idx02.ad.harrowgatecounty.gov:9997
sslPassword = $7$«b64k:48-splunk7»  ⟪Splunk-encrypted value⟫
useACK = true
"""),
    ("ops/splunk/apps/hcg_auth/local/authentication.conf", r"""
[authentication]
authType = LDAP
authSettings = HCG_AD

[HCG_AD]
host = dc01.ad.harrowgatecounty.gov
port = 636
SSLEnabled = 1
bindDN = CN=svc_splunk_ldap,OU=Service Accounts,DC=ad,DC=harrowgatecounty,DC=gov
bindDNpassword = «pws:splunkldap»  ⟦password|Splunk LDAP bindDNpassword in clear before first restart⟧
userBaseDN = OU=Staff,DC=ad,DC=harrowgatecounty,DC=gov
groupBaseDN = OU=Groups,DC=ad,DC=harrowgatecounty,DC=gov
"""),
    ("ops/solarwinds/snmpv3-credentials.csv", r"""
CredentialName,UserName,AuthMethod,AuthKey,PrivMethod,PrivKey,Context
HCG-Switches,swmon,SHA256,«pwx:snmpv3auth»,AES256,«pwx:snmpv3priv»,  ⟦password|SNMPv3 auth and privacy keys in a credential export⟧
HCG-UPS,upsmon,SHA1,,None,,  ⟪empty values⟫
"""),
    ("ops/laps/laps-export-2026-10.csv", r"""
"ComputerName","Account","Password","ExpirationTimestamp"
"CAD-WS07","Administrator","«pwx:laps1»","11/14/2026 2:10:44 AM"  ⟦password|LAPS password in an exported CSV⟧
"CAD-WS08","Administrator","«pwx:laps2»","11/14/2026 2:11:02 AM"  ⟦password|LAPS password in an exported CSV⟧
"RMS-SQL01","Administrator","","1/1/1601 12:00:00 AM"  ⟪empty value⟫
"""),
    ("ops/ad/New-ServiceAccounts.ps1", r"""
Import-Module ActiveDirectory
$ou = 'OU=Service Accounts,DC=ad,DC=harrowgatecounty,DC=gov'
New-ADUser -Name svc_fme -SamAccountName svc_fme -Path $ou -Enabled $true -PasswordNeverExpires $true `
  -AccountPassword (ConvertTo-SecureString '«pws:fmesvc»' -AsPlainText -Force)  ⟦password|New-ADUser -AccountPassword literal⟧
New-ADUser -Name svc_axon_sync -SamAccountName svc_axon_sync -Path $ou -Enabled $true `
  -AccountPassword (Read-Host -AsSecureString 'svc_axon_sync password')  ⟪interactive prompt⟫
New-ADServiceAccount -Name gmsa-ssis -DNSHostName gmsa-ssis.ad.harrowgatecounty.gov -PrincipalsAllowedToRetrieveManagedPassword 'SQL-Servers'  ⟪gMSA, no password⟫
"""),
    ("ops/ad/reset-kiosk-accounts.bat", r"""
@echo off
rem Library kiosks: reset the auto-logon accounts every Monday (scheduled on dc02)
net user hcpl-kiosk01 «pwp:hcplkiosk» /domain  ⟦password|net user password in a batch file⟧
net user hcpl-kiosk02 «pwp:hcplkiosk» /domain  ⟦password|same kiosk password for the second account⟧
net user hcpl-kiosk03 %KIOSK_PW% /domain  ⟪environment variable⟫
"""),
    ("ops/scripts/backup-cad.bat", r"""
@echo off
net use Z: \\nas01.ad.harrowgatecounty.gov\cadbackup /user:HARROWGATE\svc_backup «pws:svcbackup» /persistent:no  ⟦password|net use password⟧
robocopy D:\CADBackups Z:\ /MIR /R:2 /W:5 /LOG:C:\Logs\cadbackup.log
net use Z: /delete /y
"""),
    ("ops/scripts/sync-evidence.sh", r"""
#!/bin/bash
# one-off: copy the 2019-2021 BWC archive from the Isilon to the GovCloud evidence bucket (RITM0041877)
export AWS_ACCESS_KEY_ID=«akid:evidmig»  ⟦aws-key-id|key id exported in a migration script⟧
export AWS_SECRET_ACCESS_KEY=«awssec:evidmig»  ⟦aws-secret|secret exported in a migration script⟧
export AWS_DEFAULT_REGION=us-gov-west-1
aws s3 sync /mnt/isilon/bwc-archive s3://hcg-evidence-prod-184736290517/archive/ --storage-class DEEP_ARCHIVE
"""),
    ("ops/scripts/rotate-enr-key.sh", r"""
#!/bin/bash
set -euo pipefail
OLD=«akid:enr»  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name enr-uploader --query AccessKey --output json)
aws iam update-access-key --user-name enr-uploader --access-key-id "$OLD" --status Inactive
echo "$NEW" | jq -r '.AccessKeyId'
"""),
    ("ops/cron/water.crontab", r"""
SHELL=/bin/bash
MAILTO=water-it@harrowgatecounty.gov
*/15 * * * * curl -s -u ami_export:«pwl:sensus» https://rni.harrowgatewater.local:8443/api/exports/current -o /data/ami/current.xml  ⟦password|curl -u in a crontab⟧
0 2 * * * /opt/scripts/pi_pull.py --yesterday >> /var/log/pi_pull.log 2>&1
"""),
    ("ops/printers/ricoh-courthouse-3f-addressbook.csv", r"""
# Format Version: 5.3.1.0
# Generated at: 2026/09/08 10:15:22
Index in ACLs and Groups,Name,Set General Settings,Folder Protocol,Path,Folder User Name,Folder Password
[1],Clerk Scans,1,SMB,\\fs01\Clerk\Scans,HARROWGATE\svc_scan,«pws:svcscan»  ⟦password|SMB folder password in a copier address-book export⟧
[2],Probate,1,SMB,\\fs01\Probate\Scans,HARROWGATE\svc_scan,«pws:svcscan»  ⟦password|same scan password, second entry⟧
[3],Jury,1,SMB,\\fs01\Jury\Scans,,  ⟪empty value⟫
"""),
    ("ops/ups/apc-nmc-config.ini", r"""
; Schneider Electric Network Management Card config.ini (AP9641) - UPS-CT-MDF
[SystemDate/Time]
NTPPrimaryServer=time.ad.harrowgatecounty.gov
[NetworkSNMP]
SNMPv1Enable=enabled
AccessCommunity1=«pwc:upscommunity»  ⟦password|SNMP community in a UPS card config.ini⟧
AccessType1=Read
NMSIP1=10.20.5.40
[SystemUserManager]
; admin password is not exported by the card
"""),
    ("ops/vpn/vendor-access.csv", r"""
vendor,contact,username,initial_password,expires,notes
Hexagon,support-na@hexagon.com,vendor-hexagon,«pwc:hexvpn»,2027-01-31,CAD upgrade  ⟦password|vendor VPN password in a tracking sheet⟧
Tyler,munis-support@tylertech.com,vendor-tyler,«pwc:tylervpn»,2026-12-31,Munis 2026.1  ⟦password|vendor VPN password in a tracking sheet⟧
Axon,,vendor-axon,(see CHG-2291),2026-12-15,dock firmware  ⟪reference to a change ticket⟫
"""),
    ("ops/dns/named.conf.local", r"""
key "xfer-dmz" {
    algorithm hmac-sha256;
    secret "«b64k:32-tsig»";  ⟦app-secret|BIND TSIG key secret⟧
};
key "ddns-dhcp" {
    algorithm hmac-sha256;
    secret "«b64k:32-ddns»";  ⟦app-secret|BIND TSIG key for DHCP updates⟧
};
zone "hcta.org" {
    type primary;
    file "/var/named/hcta.org.zone";
    allow-transfer { key "xfer-dmz"; };
};
"""),
    ("ops/radius/clients.conf", r"""
client fgt-courthouse {
    ipaddr = 10.10.0.1
    secret = «pwr:radiusfgt»  ⟦password|RADIUS shared secret⟧
    shortname = fgt-courthouse
}
client aruba-ct {
    ipaddr = 10.40.0.5
    secret = «pw:radiusaruba»  ⟦password|RADIUS shared secret, season + year⟧
}
client localhost {
    ipaddr = 127.0.0.1
    secret = testing123  ⟪FreeRADIUS shipped default⟫
}
"""),
    ("ops/snmp/snmpd.conf", r"""
sysLocation    Millbrook WTP server room
sysContact     water-it@harrowgatecounty.gov
rocommunity «pwc:snmpwater» 10.61.0.0/16  ⟦password|snmpd rocommunity⟧
createUser hcgmon SHA-256 "«pwx:snmpv3auth»" AES "«pwx:snmpv3priv»"  ⟦password|snmpd createUser auth and privacy passphrases⟧
rouser hcgmon priv
"""),
    ("ops/sql/create-logins.sql", r"""
USE master;
GO
CREATE LOGIN [HARROWGATE\SQL-DBAs] FROM WINDOWS;  ⟪Windows login, no password⟫
CREATE LOGIN gis_reader WITH PASSWORD = N'«pw:taxroll»', DEFAULT_DATABASE = TaxRoll;  ⟦password|CREATE LOGIN WITH PASSWORD⟧
CREATE LOGIN crystal_ro WITH PASSWORD = 0x0200«uhex:136-sqlhash» HASHED, CHECK_POLICY = ON;  ⟪hashed password⟫
ALTER LOGIN rms_extract WITH PASSWORD = N'«pw:rmsextract»';  ⟦password|ALTER LOGIN WITH PASSWORD⟧
GO
"""),
    ("ops/sql/agent-job-gl.sql", r"""
EXEC msdb.dbo.sp_add_jobstep @job_name = N'Munis GL Export', @step_name = N'Run package',
     @subsystem = N'SSIS',
     @command = N'/FILE "\"D:\SSIS\GLExport.dtsx\"" /DECRYPT «pp:dtsxpkg» /CHECKPOINTING OFF /REPORTING E',  ⟦password|dtexec /DECRYPT package password in an Agent job step⟧
     @database_name = N'master';
"""),
    ("ops/tls/permits.harrowgatecounty.gov.key", r"""
«pem:pkcs8:ecpermits»  ⟦private-key|TLS private key (PKCS#8 EC)⟧
"""),
    ("ops/tls/permits.harrowgatecounty.gov.crt", r"""
«cert:ecpermits:permits.harrowgatecounty.gov»  ⟪certificate⟫
"""),
    ("ops/tls/README.txt", r"""
permits.harrowgatecounty.gov - issued 2026-05-01, 397 days
The .pfx for IIS on web03 is in the Cloud Ops vault. PFX password: «pp:pfxpermits»  ⟦password|PFX password in a README⟧
Renew through the county's Sectigo account (Garrett or Shannon).
"""),
    ("ops/tls/evidence-signing.pub.pem", r"""
«pubpem:ecevidsign»  ⟪public key⟫
"""),
    ("ops/iot/bus-1142/private.pem.key", r"""
«pem:pkcs1:rsabus»  ⟦private-key|IoT device private key (RSA) on a bus router⟧
"""),
    ("ops/iot/bus-1142/certificate.pem.crt", r"""
«cert:rsabus:hcta-bus-1142»  ⟪device certificate⟫
"""),
    ("ops/intune/Get-GraphToken.ps1", r"""
$tenant = '«uuid:tenant»'
$body = @{
    client_id     = '«uuid:intunegraph»'
    client_secret = '«azad:intune»'  ⟦azure-ad|Entra client secret in a Graph token script⟧
    scope         = 'https://graph.microsoft.us/.default'
    grant_type    = 'client_credentials'
}
$tok = Invoke-RestMethod -Method Post -Uri "https://login.microsoftonline.us/$tenant/oauth2/v2.0/token" -Body $body
"""),
    ("ops/kiosk/envisionware.ini", r"""
[Server]
Host=envisionware.hcpl.org
Port=9432
SharedSecret=«b62:24-envisionware»  ⟦app-secret|EnvisionWare shared secret in the kiosk INI⟧
[Kiosk]
Branch=MAIN
AutoLogonUser=hcpl-kiosk01
"""),
    ("ops/scheduled-tasks/CADBackup.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<Task version="1.4" xmlns="http://schemas.microsoft.com/windows/2004/02/mit/task">
  <RegistrationInfo>
    <Author>HARROWGATE\bokafor</Author>
    <URI>\HCG\CADBackup</URI>
  </RegistrationInfo>
  <Principals>
    <Principal id="Author">
      <UserId>S-1-5-21-«num:10-sid1»-«num:10-sid2»-«num:9-sid3»-4127</UserId>  ⟪account SID⟫
      <LogonType>Password</LogonType>
    </Principal>
  </Principals>
  <Actions Context="Author">
    <Exec>
      <Command>C:\Scripts\backup-cad.bat</Command>
    </Exec>
  </Actions>
</Task>
"""),
    ("docs/runbooks/cad-failover.md", r"""
# CAD database failover (cad-sql01 -> cad-sql02)

1. Confirm with the 911 floor supervisor that units are on manual cards.
2. On cad-sql02, fail the availability group over:
   `ALTER AVAILABILITY GROUP [AG-CAD] FORCE_FAILOVER_ALLOW_DATA_LOSS;`
3. If the listener does not move, log in to SSMS as `sa` with `«pwx:cadsa»` and run the DNS update job.  ⟦password|sa password in backticks in a runbook⟧
4. Restart the `Hexagon ICI` service on cad-app01 and cad-app02.
5. The MDT relay password (if the relay asks again) is in Secret Server under "CAD / MDT relay".  ⟪reference to a vault entry⟫
"""),
    ("docs/runbooks/election-night.md", r"""
# Election night results (ENR)

| step | who | detail |
|---|---|---|
| 1 | Elections IT | export summary XML from the tabulation server to the write-once USB |
| 2 | Elections IT | on the ENR laptop run `python upload_results.py summary.xml` |
| 3 | Cloud Ops | invalidate CloudFront `/current/*` |
| 4 | PIO | post the link |

The uploader's key is `«akid:enr»` (user `enr-uploader`, s3:PutObject only).  ⟦aws-key-id|key id quoted in a runbook⟧
Clarity: user `harrowgate_oh`, password `«pp:clarity»`.  ⟦password|FTP password in a runbook⟧
"""),
    ("docs/runbooks/water-scada-dr.md", r"""
# Millbrook WTP SCADA - disaster recovery

| system | address | account | password |
|---|---|---|---|
| Ignition gateway | https://scada-gw01.harrowgatewater.local:8043 | admin | «pwl:ignitiongw» |  ⟦password|password in a runbook table⟧
| Kepware | 10.61.9.5 | sitewise | «pwn:kepware» |  ⟦password|OPC UA password in a runbook table⟧
| PI historian | pi-hist01 | HARROWGATE\svc_piread | see Secret Server |  ⟪reference⟫
| HMI PCs | WTP-HMI-01..04 | operator | (badge login) |

If the plant network is isolated, operate from the local HMIs; do not bridge to the county network.
"""),
    ("docs/runbooks/veeam-restore.md", r"""
# Restoring a VM from the Veeam capacity tier

1. In the Veeam console, Home > Backups > Object Storage, pick the restore point.
2. The backup encryption password is in Secret Server ("Veeam / CJIS jobs"); the console prompts for it.  ⟪reference⟫
3. Restore to the `Restore` resource pool with the network disconnected.
4. Log the restore in ServiceDesk Plus (category Infrastructure > Backup).
"""),
    ("docs/onboarding/helpdesk-new-tech.md", r"""
# Help desk - new technician onboarding

- New staff accounts are created by the HR feed; the first password is `Harrowgate` + the employee's
  4-digit badge number + `!` (for example the badge 4417 account gets it with 4417).  ⟪a pattern, no literal⟫
- The shared help-desk mailbox is helpdesk@harrowgatecounty.gov (you get delegate access on day one).
- Kiosk PCs in the library log on automatically; if one is stuck, log in as `hcpl-kiosk01` / `«pwp:hcplkiosk»`.  ⟦password|kiosk password in an onboarding doc⟧
- ServiceDesk Plus API key for your scripts: ask Keisha; never use the technician key of the 311 integration.
"""),
    ("docs/security/password-policy.md", r"""
# Password policy (county IT, rev. 2026-04)

- 14 characters minimum for staff, 20 for service accounts, 30 for break-glass accounts.
- Do not build passwords from seasons and years, the county's name, or your badge number.
- Secrets in code or config go to AWS Secrets Manager (GovCloud: `arn:aws-us-gov:secretsmanager:...`) or Secret Server.  ⟪documentation⟫
- Example of what the scanner blocks: `Password=<your password here>`.  ⟪placeholder⟫
- Service templates use `{{resolve:secretsmanager:app/name:SecretString:password}}` and never a literal.  ⟪dynamic reference in a doc⟫
- Masked keys in tickets look like `AKIA************WXYZ`; never paste more than the last four characters.  ⟪masked key⟫
- Local development may use `postgres` / `postgres` and LocalStack's `test` / `test`.  ⟪local defaults⟫
- AWS keys in documentation must be the documented ones, e.g. «docs:akid».  ⟪AWS documentation key⟫
"""),
    ("docs/adr/0004-govcloud-for-cjis.md", r"""
# ADR 0004: GovCloud for CJIS workloads

Status: accepted (2025-02)

CJIS data (CAD, RMS, evidence, jail) goes to AWS GovCloud (US-West) in account 184736290517; everything
public-facing (transit feeds, open data, permits, ENR) stays in the commercial partition (561093827446).
Cross-partition access is never by IAM keys: data moves through S3 replication to a neutral bucket or
through the on-premises SFTP gateway. Exceptions are listed in SEC-340.
"""),
    ("docs/adr/0009-static-keys-inventory.md", r"""
# ADR 0009: inventory of the remaining static IAM keys

| key id | user | status | plan |
|---|---|---|---|
| «akid:historian» | ignition-historian-export | active | move to IAM Roles Anywhere (Q1) |  ⟦aws-key-id|active key id listed in an ADR⟧
| «akid:veeam» | veeam-sobr-capacity | active | Veeam does not support roles for the capacity tier |  ⟦aws-key-id|active key id listed in an ADR⟧
| «akid:oldgis» | gis-tiles-legacy | deleted 2026-06-30 | done |  ⟦?aws-key-id|deleted key id listed in an ADR: policy-dependent⟧
"""),
    ("docs/vendors/hexagon-remote-access.eml", r"""
From: Dwayne Pettibone <dpettibone@harrowgatecounty.gov>
To: support-na@hexagon.com
Subject: RE: HxGN OnCall Dispatch 9.4 upgrade - remote access
Date: Tue, 20 Oct 2026 15:41:09 -0400
Message-ID: <«hex:24-msgid»@harrowgatecounty.gov>  ⟪message id⟫
Content-Type: text/plain; charset="utf-8"

Hi Marcus,

Your VPN account is ready: portal vpn.harrowgatecounty.gov, user vendor-hexagon, password «pwc:hexvpn»  ⟦password|vendor VPN password in an e-mail⟧
(you will be asked to change it). MFA is by FortiToken; the activation e-mail comes separately.

The CAD SQL login for the upgrade scripts is cad_upgrade / «pw6:cadupgrade».  ⟦password|database password in an e-mail⟧

Dwayne
"""),
    ("docs/vendors/tyler-munis-upgrade.eml", r"""
From: munis-support@tylertech.com
To: Lashonda Greer <lgreer@harrowgatecounty.gov>
Subject: Munis 2026.1 upgrade - Tyler Hosted Portal access
Date: Mon, 2 Nov 2026 09:02:55 -0500
Content-Type: text/plain; charset="utf-8"

Lashonda,

Your temporary password for the Tyler Client Portal is «pwp:tylerportal» and must be changed at first login.  ⟦?password|vendor portal temporary first-login password: policy-dependent⟧
The upgrade window is confirmed for Nov 14, 18:00-02:00 ET.

Tyler Technologies - ERP Support
"""),
    ("docs/tickets/SDP-48213.txt", r"""
Request ID : 48213
Subject    : Cannot log in to Munis after password change
Requester  : Ronald Haskett (Courts IT)
Technician : Keisha Dunmore
Status     : Resolved
Created    : 11/03/2026 08:14 AM

[11/03/2026 08:14 AM] Ronald Haskett:
My Munis password stopped working after the AD change. I changed it to «pwn:rhaskett» this morning.  ⟦password|user's own password in a help-desk ticket⟧

[11/03/2026 08:40 AM] Keisha Dunmore:
Munis uses its own login for your role; I reset it to «pw:munisreset» - change it at next login.  ⟦password|reset password in a help-desk reply⟧

[11/03/2026 09:02 AM] Ronald Haskett:
Works, thanks.
"""),
    ("docs/tickets/SDP-49002.json", r"""
{
  "request": {
    "id": "49002",
    "subject": "GTFS upload job failing since Friday",
    "requester": {"name": "Priya Raman", "email_id": "praman@hcta.org"},
    "status": {"name": "Open"},
    "description": "<div>The gtfs-deploy workflow says InvalidAccessKeyId. The key in the workflow is «akid:gtfsci», can someone check if it was rotated?</div>",  ⟦aws-key-id|key id quoted in a ticket description⟧
    "created_time": {"display_value": "Nov 9, 2026 10:21 AM", "value": "1794237660000"},
    "udf_fields": {"udf_sline_301": "Transit", "udf_pick_302": "P3"}
  }
}
"""),
    ("docs/tickets/SEC-340.md", r"""
# SEC-340 Remove static IAM keys outside Secrets Manager

- [x] gis-tiles-legacy: deleted
- [ ] ignition-historian-export: still in Terraform locals (`infra/terraform/govcloud/iam-legacy.tf`)
- [ ] veeam-sobr-capacity: secret was pasted here by mistake on 10/02, then the key was rotated:
      «awssec:veeamold»  ⟦?aws-secret|secret of a rotated (deleted) key pasted in a ticket: policy-dependent⟧
- [ ] cad-mdt-uploader: found in an old state backup with its secret; must be deactivated
"""),
    ("docs/chat/teams-cloud-ops-2026-11.json", r"""
{
  "@odata.context": "https://graph.microsoft.us/v1.0/$metadata#chats('19%3A«hex:32-chatid»%40thread.v2')/messages",
  "value": [
    {
      "id": "1794403311002",
      "createdDateTime": "2026-11-11T14:41:51.002Z",
      "from": {"user": {"displayName": "Garrett Lindqvist", "id": "«uuid:aadgl»"}},
      "body": {"contentType": "html", "content": "<p>veeam capacity key for the new repo: «akid:veeam» / «awssec:veeam»</p>"}  ⟦aws-key-id|key pair pasted in a Teams message⟧
    },
    {
      "id": "1794403402117",
      "createdDateTime": "2026-11-11T14:43:22.117Z",
      "from": {"user": {"displayName": "Shannon Kowalczyk", "id": "«uuid:aadsk»"}},
      "body": {"contentType": "html", "content": "<p>please put it in Secret Server and delete this message</p>"}
    },
    {
      "id": "1794403551830",
      "createdDateTime": "2026-11-11T14:45:51.830Z",
      "from": {"user": {"displayName": "Brenda Okafor", "id": "«uuid:aadbo»"}},
      "body": {"contentType": "html", "content": "<p>fsxadmin on the ONTAP is «pwl:fsxadmin» until we wire it to the vault</p>"}  ⟦password|FSx admin password in a Teams message⟧
    }
  ]
}
"""),
    ("docs/chat/slack-hcta-dev.json", r"""
[
  {"type": "message", "user": "U04K2LQ9N1X", "ts": "1794566820.112900", "text": "swiftly key for staging is the same as prod for now: «hex:32-swiftly»"},  ⟦app-secret|Swiftly key pasted in Slack⟧
  {"type": "message", "user": "U03P7RM2D8C", "ts": "1794566901.113400", "text": "ok. masabi gave us a sandbox key too, it's in 1Password under HCTA Fares"},
  {"type": "message", "user": "U04K2LQ9N1X", "ts": "1794567012.114100", "text": "redis auth for the gtfsrt cache: «pwr:gtfsredis»", "thread_ts": "1794566820.112900"}  ⟦password|Redis auth token pasted in Slack⟧
]
"""),
    ("docs/chat/webex-dispatch-it.txt", r"""
Webex space "Dispatch IT" - exported 11/20/2026

[10/29/2026 2:14 AM] Night Supervisor (ECC): CAD workstation 7 says the MDT relay login failed
[10/29/2026 2:16 AM] Dwayne Pettibone: try mdt-relay / «pw:mdtrelay» in the relay config screen  ⟦password|password posted in a Webex space⟧
[10/29/2026 2:21 AM] Night Supervisor (ECC): that worked
[10/29/2026 8:05 AM] Shannon Kowalczyk: Dwayne, I am rotating that one today; please don't post passwords here
"""),
    ("docs/meetings/cab-2026-11-12.md", r"""
# Change Advisory Board - 2026-11-12

- CHG-2291 Axon dock firmware (approved). Vendor VPN account vendor-axon created; password «pwc:axonvpn» given by phone.  ⟦password|password recorded in CAB minutes⟧
- CHG-2302 FortiGate 7.2.8 -> 7.2.10 (approved, Sunday window).
- CHG-2305 Munis 2026.1 (approved; Tyler on site).
"""),
    ("docs/pentest/2026-internal-findings.md", r"""
# Internal penetration test - findings summary (draft, do not distribute)

## H-02 Cleartext credentials on file shares
`\\fs01\IT$\old\setup.cmd` contained `HARROWGATE\svc_sccmpush` with the password `«pws:sccmpush»`.  ⟦password|service password quoted in a pentest report⟧

## H-03 NTLM hash reuse
The local Administrator NT hash `«ntlm:localadmin»` was identical on 212 workstations (LAPS not deployed on the CAD image).  ⟦?password|NT hash usable for pass-the-hash: policy-dependent⟧

## M-05 GPP passwords
Two Group Policy Preferences files still hold a cpassword (see deploy/gpo/).
"""),
    ("logs/iis/W3SVC2/u_ex261118.log", r"""
#Software: Microsoft Internet Information Services 10.0
#Version: 1.0
#Date: 2026-11-18 14:02:10
#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) sc-status sc-substatus sc-win32-status time-taken
2026-11-18 14:02:10 10.20.9.31 GET /PermitLookup/api/parcel pin=0412-07-118 443 - 10.40.3.77 Mozilla/5.0 200 0 0 31
2026-11-18 14:02:44 10.20.9.31 GET /RecordsArchive/login.aspx user=ypruitt&password=«pwn:ypruitt»&ReturnUrl=%2f 443 - 10.40.3.81 Mozilla/5.0 302 0 0 15  ⟦password|password in a logged query string⟧
2026-11-18 14:03:01 10.20.9.31 GET /PermitLookup/health - 443 - 10.20.9.10 NetScaler-Monitor 200 0 0 2
"""),
    ("logs/windows/4688-process-creation.csv", r"""
TimeCreated,Computer,SubjectUserName,NewProcessName,CommandLine
2026-11-17T09:14:22.481Z,MUNIS-APP01.ad.harrowgatecounty.gov,svc_munis_job,C:\Windows\System32\cmd.exe,"cmd /c C:\jobs\munis\export-gl.cmd"
2026-11-17T09:14:22.502Z,MUNIS-APP01.ad.harrowgatecounty.gov,svc_munis_job,C:\Program Files\Microsoft SQL Server\Client SDK\ODBC\170\Tools\Binn\SQLCMD.EXE,"sqlcmd -S munis-sql02 -U ssis_gl -P «pwn:ssisgl» -Q ""EXEC gl.Export"" -b"  ⟦password|sqlcmd -P captured in a process-creation event⟧
2026-11-17T09:20:03.118Z,FS01.ad.harrowgatecounty.gov,bokafor.adm,C:\Windows\System32\net.exe,"net use \\nas01\cadbackup /user:HARROWGATE\svc_backup «pws:svcbackup»"  ⟦password|net use password captured in an event⟧
2026-11-17T09:31:40.007Z,DC01.ad.harrowgatecounty.gov,SYSTEM,C:\Windows\System32\lsass.exe,
"""),
    ("logs/ssm/install-onprem.log", r"""
2026-10-05 11:20:14 INFO  Downloading AmazonSSMAgentSetup.exe from amazon-ssm-us-gov-west-1
2026-10-05 11:20:31 INFO  Running: AmazonSSMAgentSetup.exe /q /log install.log CODE=«ssmact:ssmact2» ID=«uuid:ssmact2» REGION=us-gov-west-1  ⟦app-secret|SSM activation code in an install log⟧
2026-10-05 11:21:02 INFO  Registration succeeded: mi-0c83e1f9a27d4b650
2026-10-05 11:21:03 INFO  Service AmazonSSMAgent started
"""),
    ("logs/cloudtrail/184736290517_CloudTrail_us-gov-west-1_20261120.json", r"""
{"Records": [
  {
    "eventVersion": "1.09",
    "userIdentity": {"type": "IAMUser", "principalId": "AIDA«b32:17-ctp»", "arn": "arn:aws-us-gov:iam::184736290517:user/cad-mdt-uploader", "accountId": "184736290517", "accessKeyId": "«akid:mdtupl»", "userName": "cad-mdt-uploader"},  ⟦aws-key-id|accessKeyId in a CloudTrail record⟧
    "eventTime": "2026-11-20T03:12:44Z",
    "eventSource": "s3.amazonaws.com",
    "eventName": "PutObject",
    "awsRegion": "us-gov-west-1",
    "sourceIPAddress": "198.51.100.24",
    "requestID": "«up:16-ctreq»",  ⟪request id⟫
    "eventID": "«uuid:ctev»"
  }
]}
"""),
    ("logs/gtfsrt/gtfsrt-2026-11-21.log", r"""
2026-11-21T06:00:01.114-05:00 INFO  FeedBuilder - building TripUpdates from 61 vehicles
2026-11-21T06:00:01.530-05:00 WARN  SwiftlyClient - GET https://api.goswift.ly/real-time/harrowgate-transit/predictions?api_key=«hex:32-swiftly»&stop=1042 returned 429  ⟦app-secret|API key in a logged URL⟧
2026-11-21T06:00:02.001-05:00 INFO  FeedBuilder - wrote 58 trip updates (3 stale)
"""),
    ("logs/veeam/Job.CAD-SQL.Backup.log", r"""
[18.11.2026 22:00:04] <01> Info     Job started by scheduler, job id {«uuid:veeamjob»}  ⟪job id⟫
[18.11.2026 22:00:05] <01> Info     Connecting to vCenter vcsa01.ad.harrowgatecounty.gov as svc_veeam@vsphere.local
[18.11.2026 22:14:40] <01> Info     Processing cad-sql01 ... success, 41.2 GB read
[18.11.2026 22:15:02] <01> Info     Offloading to capacity tier hcg-veeam-immutable-290457183664
[18.11.2026 22:15:03] <01> Info     Amazon S3 connection: account "veeam-sobr-capacity", access key «akid:veeam», region us-gov-west-1  ⟦aws-key-id|key id in a backup job log⟧
"""),
    ("data/dumps/permits_integration_accounts.sql", r"""
-- SQL Server export (Generate Scripts, data only) - Permits.dbo.IntegrationAccounts
SET IDENTITY_INSERT [dbo].[IntegrationAccounts] ON
INSERT [dbo].[IntegrationAccounts] ([Id], [Name], [Username], [Secret], [Hashed]) VALUES (1, N'Paymentus', N'harrowgatecty', N'«pwr:paymentussftp»', 0)  ⟦password|plaintext integration secret in a data dump⟧
INSERT [dbo].[IntegrationAccounts] ([Id], [Name], [Username], [Secret], [Hashed]) VALUES (2, N'PortalAdmin', N'admin', N'«bcrypt:portaladmin»', 1)  ⟪bcrypt hash⟫
INSERT [dbo].[IntegrationAccounts] ([Id], [Name], [Username], [Secret], [Hashed]) VALUES (3, N'StateLicensing', N'hgt_permits', N'«pwc:statelic»', 0)  ⟦password|plaintext integration password in a dump⟧
SET IDENTITY_INSERT [dbo].[IntegrationAccounts] OFF
"""),
    ("data/exports/keepass-it-shared.csv", r"""
"Group","Title","Username","Password","URL","Notes"
"Network","fgt-courthouse","admin","«pwx:fgtadmin»","https://10.10.0.1:8443",""  ⟦password|KeePass CSV export row⟧
"Servers","vcsa01 SSO","administrator@vsphere.local","«pwl:vcsasso»","https://vcsa01.ad.harrowgatecounty.gov",""  ⟦password|KeePass CSV export row⟧
"Cloud","GovCloud root","root@harrowgatecounty.gov","«pwx:govroot»","https://console.amazonaws-us-gov.com","MFA token in the safe"  ⟦password|KeePass CSV export row for a root login⟧
"Cloud","Transit Slack","","","https://hcta.slack.com","SSO"  ⟪empty values⟫
"""),
    ("data/exports/iam-credential-report.csv", r"""
user,arn,user_creation_time,password_enabled,password_last_used,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date
<root_account>,arn:aws-us-gov:iam::184736290517:root,2024-06-03T15:11:02+00:00,not_supported,N/A,true,false,N/A,N/A
cad-mdt-uploader,arn:aws-us-gov:iam::184736290517:user/cad-mdt-uploader,2025-02-11T16:19:51+00:00,false,N/A,false,true,2025-02-11T16:20:07+00:00,2026-11-20T03:12:00+00:00
veeam-sobr-capacity,arn:aws-us-gov:iam::184736290517:user/service/veeam-sobr-capacity,2024-07-19T12:40:33+00:00,false,N/A,false,true,2026-10-02T19:01:44+00:00,2026-11-18T22:15:00+00:00
"""),
    ("data/exports/ad-service-accounts.csv", r"""
SamAccountName,ObjectGUID,PasswordLastSet,PasswordNeverExpires,Description
svc_domainjoin,«uuid:guid1»,2021-03-14,True,MDT/SCCM/vSphere domain join  ⟪object GUID⟫
svc_backup,«uuid:guid2»,2019-11-02,True,CAD backups to nas01
svc_scan,«uuid:guid3»,2018-05-30,True,copier scan-to-folder
svc_kronos,«uuid:guid4»,2017-02-21,True,Kronos timeclock import - pw «pw:kronos»  ⟦password|password left in an AD description field⟧
"""),
    ("leftovers/aws-creds.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|a whole credentials file base64-encoded⟧
"""),
    ("leftovers/sts-assume-role.json", r"""
{
    "Credentials": {
        "AccessKeyId": "«asia:stsbreakglass»",  ⟦aws-key-id|temporary key id in an assume-role output⟧
        "SecretAccessKey": "«awssec:stsbreakglass»",  ⟦aws-secret|temporary secret in an assume-role output⟧
        "SessionToken": "«stok:stsbreakglass»",  ⟦aws-session-token|session token in an assume-role output⟧
        "Expiration": "2026-11-20T05:12:44+00:00"
    },
    "AssumedRoleUser": {
        "AssumedRoleId": "AROA«b32:17-aroabg»:glindqvist",  ⟪role unique id⟫
        "Arn": "arn:aws-us-gov:sts::184736290517:assumed-role/BreakGlass/glindqvist"
    }
}
"""),
    ("leftovers/ssm-get-parameters.json", r"""
{
    "Parameters": [
        {
            "Name": "/hcta/realtime/swiftly-api-key",
            "Type": "SecureString",
            "Value": "«hex:32-swiftly»",  ⟦app-secret|decrypted SecureString in a get-parameters output⟧
            "Version": 3,
            "LastModifiedDate": "2026-08-14T10:22:31.540000-04:00",
            "ARN": "arn:aws:ssm:us-east-2:561093827446:parameter/hcta/realtime/swiftly-api-key",
            "DataType": "text"
        }
    ],
    "InvalidParameters": []
}
"""),
    ("leftovers/get-secret-value-cad.json", r"""
{
    "ARN": "arn:aws-us-gov:secretsmanager:us-gov-west-1:184736290517:secret:cad/message-switch-«b62:6-msgsw»",
    "Name": "cad/message-switch",
    "VersionId": "«uuid:smver»",
    "SecretString": "{\"username\":\"HCGCAD01\",\"password\":\"«pw6:nlets»\"}",  ⟦password|SecretString in a get-secret-value output⟧
    "VersionStages": ["AWSCURRENT"],
    "CreatedDate": "2026-03-02T09:40:11.201000-05:00"
}
"""),
    ("leftovers/winlogon-autologon.reg", r"""
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\SOFTWARE\Microsoft\Windows NT\CurrentVersion\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="hcpl-kiosk01"
"DefaultDomainName"="HARROWGATE"
"DefaultPassword"="«pwp:hcplkiosk»"  ⟦password|Winlogon DefaultPassword in a .reg file⟧
"""),
    ("leftovers/Web.config.2019.bak", r"""
<?xml version="1.0"?>
<configuration>
  <connectionStrings>
    <add name="Tax" connectionString="Provider=IBMDA400;Data Source=as400.ad.harrowgatecounty.gov;User ID=WEBTAX;Password=«pw6:webtax»;" />  ⟦conn-string|AS/400 OLE DB connection string in a config backup⟧
  </connectionStrings>
</configuration>
"""),
    ("leftovers/debug-dump.hex", r"""
# hexdump of the ENR uploader's settings buffer (crash on 2024-03-19)
«hexenc:awssec:enr»  ⟦aws-hex|hex-encoded secret⟧
"""),
    ("leftovers/form-post.txt", r"""
POST /admin/integrations/aws HTTP/1.1
Host: permits-admin.harrowgatecounty.gov
Content-Type: application/x-www-form-urlencoded

region=us-east-2&access_key_id=«akid:permitsform»&secret_access_key=«pct:awssec:permitsform»&bucket=hcg-permit-docs  ⟦aws-key-id|key id and percent-encoded secret in a form body⟧
"""),
    ("leftovers/unattend-capture.txt", r"""
Panther\unattend.xml copied off CAD-WS11 during the reimage (for the pentest write-up):
<AdministratorPassword><Value>«unattend:AdministratorPassword:pw:cadws11»</Value><PlainText>false</PlainText></AdministratorPassword>  ⟦?password-b64|unattend hidden password (base64 UTF-16): policy-dependent⟧
"""),
    ("ops/helpdesk/sdp-technician-keys.txt", r"""
ServiceDesk Plus technician API keys (generated 2026-09-01, expire 2027-09-01)
kdunmore   «sdp:kdunmore»  ⟦app-secret|technician key in a text file⟧
hc311-int  «sdp:hc311»  ⟦app-secret|integration technician key in a text file⟧
"""),
    ("ops/opendata/socrata-keys.txt", r"""
Socrata API keys for data.harrowgatecounty.gov (Open Data team)
key id:     «socid:mirror»
key secret: «socsec:mirror»  ⟦app-secret|Socrata API key secret in a notes file⟧
app token (public, ok to share): «b62:25-socapp»  ⟪public app token⟫
"""),
    ("ops/evidence/axon-dock-inventory.csv", r"""
dock_serial,location,ip,mac,firmware,web_admin
X60A«up:8-dock1»,Sheriff HQ bay 1,10.50.12.21,00:25:DF:«up:2-m1»:«up:2-m2»:«up:2-m3»,3.4.7,admin / «pwc:axondock»  ⟦password|device admin password in an inventory sheet⟧
X60A«up:8-dock2»,Sheriff HQ bay 2,10.50.12.22,00:25:DF:«up:2-m4»:«up:2-m5»:«up:2-m6»,3.4.7,same  ⟪serials and MAC addresses⟫
X60A«up:8-dock3»,East district,10.52.4.11,00:25:DF:«up:2-m7»:«up:2-m8»:«up:2-m9»,3.4.5,
"""),
    ("ops/gis/ags-admin-token.ps1", r"""
# ArcGIS Server admin token (for the nightly service restarts)
$body = @{ username = 'siteadmin'; password = '«pwl:agssite»'; client = 'requestip'; f = 'json' }  ⟦password|ArcGIS Server primary site administrator password in a hashtable⟧
$tok = (Invoke-RestMethod -Method Post -Uri https://gisserver.ad.harrowgatecounty.gov:6443/arcgis/admin/generateToken -Body $body).token
Invoke-RestMethod -Method Post -Uri "https://gisserver.ad.harrowgatecounty.gov:6443/arcgis/admin/services/Parcels.MapServer/stop?f=json&token=$tok"
"""),
    ("ops/elections/pollpad-wifi.txt", r"""
Early voting Poll Pad hotspots (MiFi) - do NOT connect to county Wi-Fi
EV-1 Main library      SSID HGT-EV-1   key «pp:evwifi1»  ⟦password|hotspot Wi-Fi key in a notes file⟧
EV-2 Eastfork annex    SSID HGT-EV-2   key «pp:evwifi2»  ⟦password|hotspot Wi-Fi key in a notes file⟧
"""),
    ("ops/transit/cradlepoint-router-backup.json", r"""
{
  "config": {
    "system": {"system_id": "HCTA-BUS-1142", "admin": {"user": "admin"}},
    "wlan": {
      "radio": [{"bss": [{"ssid": "HCTA-Free-WiFi", "authmode": "none"}, {"ssid": "HCTA-Ops", "authmode": "wpa2psk", "wpapsk": "«pp:busops»"}]}]  ⟦password|bus router Wi-Fi PSK in a config backup⟧
    },
    "certmgmt": {"certs": [{"name": "iot-core", "key": "$1$«b62:40-cpkeyenc»"}]}  ⟪router-encrypted key⟫
  }
}
"""),
]
