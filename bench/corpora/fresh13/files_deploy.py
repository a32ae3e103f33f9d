"""fresh13 templates, deployment and CI (Harrowgate County): Azure DevOps, GitHub Actions, GitLab CI, Jenkins,
Octopus Deploy, Ansible for Windows and FortiGate, PowerShell DSC (configuration data and a compiled MOF), MDT,
SCCM task-sequence scripts, unattend.xml, Intune remediations and Wi-Fi profiles, Group Policy Preferences,
IIS and Web Deploy, Kubernetes on EKS and Helm, compose, Dockerfiles, PowerCLI, Veeam, Citrix.
Markers: render.py and README.md."""

FILES = [
    ("azure-pipelines.yml", r"""
trigger:
  branches:
    include: [main, release/*]

pool:
  name: HCG-OnPrem-Windows

variables:
  - group: permit-portal-prod
  - name: buildConfiguration
    value: Release
  - name: proGetUser
    value: svc_build
  - name: proGetPassword
    value: «pwn:proget»  ⟦password|ProGet password as a plain pipeline variable⟧
  - name: sqlPackagePassword
    value: $(PermitsDbPassword)  ⟪Azure DevOps macro reference⟫

steps:
  - task: NuGetAuthenticate@1
  - script: dotnet restore --configfile nuget.config
  - script: dotnet build --configuration $(buildConfiguration) --no-restore
  - task: SqlAzureDacpacDeployment@1
    inputs:
      authenticationType: server
      serverName: permits-db.c7hq2w9ykx3n.us-east-2.rds.amazonaws.com
      databaseName: Permits
      sqlUsername: permits_deploy
      sqlPassword: $(sqlPackagePassword)  ⟪Azure DevOps macro reference⟫
  - task: AWSShellScript@1
    inputs:
      awsCredentials: hcg-commercial-deploy  ⟪service connection name⟫
      regionName: us-east-2
      scriptType: inline
      inlineScript: aws ecs update-service --cluster permits --service web --force-new-deployment
"""),
    ("ci/azure-devops/variable-groups/permit-portal-prod.json", r"""
{
  "id": 14,
  "name": "permit-portal-prod",
  "type": "Vsts",
  "variables": {
    "PermitsDbPassword": {"value": "«pwx:permitsapp»", "isSecret": false},  ⟦password|variable-group value exported with isSecret false⟧
    "PaymentusApiKey": {"value": null, "isSecret": true},  ⟪secret variable, value withheld by the export⟫
    "AccelaAgency": {"value": "HARROWGATE", "isSecret": false},
    "SmtpPassword": {"value": "«pwc:permitsmtp»", "isSecret": false}  ⟦password|SMTP password in a variable-group export⟧
  },
  "createdBy": {"displayName": "Dmitri Volkov", "uniqueName": "dvolkov@harrowgatecounty.gov"},
  "modifiedOn": "2026-10-02T14:11:58.47Z"
}
"""),
    (".github/workflows/gtfs-deploy.yml", r"""
name: gtfs-deploy
on:
  push:
    branches: [main]
    paths: ['gtfs/**']
permissions:
  contents: read
  id-token: write
jobs:
  publish:
    runs-on: ubuntu-24.04
    env:
      AWS_REGION: us-east-2
      AWS_ACCESS_KEY_ID: «akid:gtfsci»  ⟦aws-key-id|key id hard-coded in workflow env⟧
      AWS_SECRET_ACCESS_KEY: «awssec:gtfsci»  ⟦aws-secret|secret hard-coded in workflow env⟧
    steps:
      - uses: actions/checkout@v4
      - name: validate feed
        run: |
          pip install gtfs-validator-cli==5.0.1
          gtfs-validator -i gtfs/ -o report/
      - name: upload
        run: aws s3 sync gtfs/ s3://hcta-gtfs-public/current/ --delete
  publish-oidc:
    runs-on: ubuntu-24.04
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::561093827446:role/gh-gtfs-publish  ⟪OIDC role⟫
          aws-region: us-east-2
"""),
    (".github/workflows/opendata-harvest.yml", r"""
name: opendata-harvest
on:
  schedule:
    - cron: '20 5 * * *'
  workflow_dispatch: {}
jobs:
  harvest:
    runs-on: ubuntu-24.04
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: '3.12'
      - run: pip install -r harvester/requirements.txt
      - run: python harvester/run.py --all
        env:
          CKAN_API_TOKEN: ${{ secrets.CKAN_API_TOKEN }}  ⟪secrets expression⟫
          SOCRATA_KEY_ID: ${{ vars.SOCRATA_KEY_ID }}  ⟪vars expression⟫
          SOCRATA_KEY_SECRET: ${{ secrets.SOCRATA_KEY_SECRET }}  ⟪secrets expression⟫
          GITHUB_TOKEN: ${{ github.token }}  ⟪github.token expression⟫
"""),
    (".github/workflows/gis-tiles.yml", r"""
name: gis-tiles
on: [workflow_dispatch]
jobs:
  tiles:
    runs-on: [self-hosted, windows, gis]
    steps:
      - uses: actions/checkout@v4
      - name: Sign in to Portal and export vector tiles
        shell: pwsh
        run: |
          & "C:\Program Files\ArcGIS\Pro\bin\Python\envs\arcgispro-py3\python.exe" tools\export_tiles.py `
            --portal https://gis.harrowgatecounty.gov/portal `
            --username gis_publisher --password "«pwc:gispub»"  ⟦password|ArcGIS password on a workflow command line⟧
      - name: Mapbox upload
        run: mapbox upload harrowgate-gis.parcels tiles/parcels.mbtiles
        env:
          MAPBOX_ACCESS_TOKEN: «mapboxsk:upload»  ⟦app-secret|Mapbox secret (sk.) token in workflow env⟧
"""),
    (".github/dependabot.yml", r"""
version: 2
registries:
  proget:
    type: nuget-feed
    url: https://proget.ad.harrowgatecounty.gov/nuget/county/v3/index.json
    username: svc_dependabot
    password: ${{ secrets.PROGET_PASSWORD }}  ⟪secrets expression⟫
updates:
  - package-ecosystem: nuget
    directory: /
    registries: [proget]
    schedule:
      interval: weekly
"""),
    (".gitlab-ci.yml", r"""
stages: [validate, publish]

variables:
  ARCGIS_PORTAL: https://gis.harrowgatecounty.gov/portal
  ARCGIS_USER: gis_publisher
  FME_FLOW_URL: https://fme.ad.harrowgatecounty.gov
  FME_TOKEN: «hex:40-fmetoken»  ⟦app-secret|FME Flow token in GitLab CI variables⟧
  PGPASSWORD: $SDE_PASSWORD  ⟪variable reference⟫

validate:
  stage: validate
  image: python:3.12-slim
  script:
    - pip install -r requirements.txt
    - python -m pytest tests/

publish-services:
  stage: publish
  tags: [windows, arcgis]
  script:
    - python publish_services.py --portal $ARCGIS_PORTAL --user $ARCGIS_USER --password $ARCGIS_PASSWORD  ⟪CI variable references⟫
  only: [main]

refresh-parcels:
  stage: publish
  image: registry.gitlab.com/harrowgate/gis-tools:2.3
  script:
    - psql "postgresql://sde:«pw:sdepg»@gis-pg01.ad.harrowgatecounty.gov:5432/gisprod" -f sql/refresh_parcels.sql  ⟦conn-string|PostgreSQL URL with password in a CI script⟧
"""),
    ("ci/Jenkinsfile.ssis", r"""
pipeline {
  agent { label 'windows-sql' }
  environment {
    SSIS_SERVER = 'munis-sql02.ad.harrowgatecounty.gov'
    DEPLOY_CREDS = credentials('ssis-deploy')  ⟪Jenkins credentials() binding⟫
  }
  stages {
    stage('Build ispac') {
      steps {
        bat '"C:\\Program Files\\Microsoft Visual Studio\\2022\\Professional\\Common7\\IDE\\devenv.com" MunisEtl.sln /Build Release'
      }
    }
    stage('Deploy') {
      steps {
        bat 'ISDeploymentWizard.exe /Silent /SourcePath:"MunisEtl\\bin\\Release\\MunisEtl.ispac" /DestinationServer:"%SSIS_SERVER%" /DestinationPath:"/SSISDB/Finance/MunisEtl"'
        bat 'sqlcmd -S %SSIS_SERVER% -U svc_ssis_deploy -P «pw:ssisdeploy» -i sql\\set_environment.sql'  ⟦password|sqlcmd -P password in a Jenkinsfile⟧
      }
    }
  }
}
"""),
    ("ci/jenkins/jobs/munis-nightly/config.xml", r"""
<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Munis nightly GL export to the finance lake</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>MUNIS_DB_PASSWORD</name>
          <defaultValue>«pwn:munisro»</defaultValue>  ⟦password|password default of a Jenkins string parameter⟧
          <trim>false</trim>
        </hudson.model.StringParameterDefinition>
        <hudson.model.PasswordParameterDefinition>
          <name>SFTP_PASSWORD</name>
          <defaultValue>{AQAAABAAAAAQ«b64k:32-jenkinsenc»}</defaultValue>  ⟪Jenkins-encrypted secret⟫
        </hudson.model.PasswordParameterDefinition>
      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <scm class="hudson.scm.NullSCM"/>
  <assignedNode>windows-sql</assignedNode>
  <builders>
    <hudson.tasks.BatchFile>
      <command>powershell -File C:\jobs\munis\export-gl.ps1 -Password %MUNIS_DB_PASSWORD%</command>  ⟪%VAR% reference⟫
    </hudson.tasks.BatchFile>
  </builders>
</project>
"""),
    ("deploy/octopus/variables-permit-portal.json", r"""
{
  "Id": "variableset-Projects-41",
  "OwnerId": "Projects-41",
  "Version": 37,
  "Variables": [
    {
      "Id": "«uuid:oct1»",  ⟪variable id⟫
      "Name": "ConnectionStrings:Permits",
      "Value": "Server=permits-db.c7hq2w9ykx3n.us-east-2.rds.amazonaws.com;Database=Permits;User Id=permits_app;Password=«pwx:permitsapp»;",  ⟦conn-string|Octopus variable with a connection string⟧
      "Type": "String",
      "IsSensitive": false,
      "Scope": {"Environment": ["Environments-3"]}
    },
    {
      "Id": "«uuid:oct2»",
      "Name": "Paymentus:ApiKey",
      "Value": null,
      "Type": "Sensitive",
      "IsSensitive": true,  ⟪sensitive variable, value withheld⟫
      "Scope": {}
    },
    {
      "Id": "«uuid:oct3»",
      "Name": "Accela:AppSecret",
      "Value": "«hex:32-accela»",  ⟦app-secret|Accela app secret in an Octopus variable set export⟧
      "Type": "String",
      "IsSensitive": false,
      "Scope": {}
    }
  ]
}
"""),
    ("deploy/ansible/inventories/prod/group_vars/windows.yml", r"""
ansible_user: HARROWGATE\svc_ansible
ansible_password: «pws:ansiblewin»  ⟦password|ansible_password for WinRM⟧
ansible_connection: winrm
ansible_winrm_transport: kerberos
ansible_winrm_server_cert_validation: ignore
ansible_port: 5986
veeam_backup_admin_password: "{{ vault_veeam_backup_admin_password }}"  ⟪Jinja vault reference⟫
"""),
    ("deploy/ansible/inventories/prod/hosts.ini", r"""
[dc]
dc01.ad.harrowgatecounty.gov
dc02.ad.harrowgatecounty.gov

[sql]
munis-sql02.ad.harrowgatecounty.gov
rms-sql01.ad.harrowgatecounty.gov

[scada_historians]
pi-hist01.harrowgatewater.local ansible_user=Administrator ansible_password=«pwc:pihist» ansible_connection=winrm ansible_winrm_transport=ntlm  ⟦password|inline ansible_password in an INI inventory⟧

[fortigates]
fgt-courthouse ansible_host=10.10.0.1 ansible_user=ansible ansible_httpapi_pass=«pwl:fgtansible» ansible_network_os=fortinet.fortios.fortios  ⟦password|FortiGate httpapi password in an inventory⟧
"""),
    ("deploy/ansible/roles/veeam/defaults/main.yml", r"""
veeam_version: 12.2.0.334
veeam_install_dir: C:\Program Files\Veeam\Backup and Replication
veeam_sql_instance: VEEAMSQL2019
veeam_service_account: HARROWGATE\svc_veeam
veeam_service_password: «pws:veeam»  ⟦password|Veeam service account password in role defaults⟧
veeam_config_backup_encryption_password: ""  ⟪empty value⟫
veeam_license_file: files/veeam-harrowgate.lic
"""),
    ("deploy/ansible/playbooks/fortigate-vpn.yml", r"""
- name: Site-to-site VPN to the Millbrook water plant
  hosts: fortigates
  connection: httpapi
  collections: [fortinet.fortios]
  vars:
    vdom: root
  tasks:
    - name: phase1
      fortios_vpn_ipsec_phase1_interface:
        vdom: "{{ vdom }}"
        state: present
        vpn_ipsec_phase1_interface:
          name: to-millbrook
          interface: wan1
          remote_gw: 203.0.113.77
          proposal: aes256-sha256
          psksecret: «pp:millbrookpsk»  ⟦password|IPsec pre-shared key in a FortiOS Ansible task⟧
          dhgrp: "14"
    - name: phase1 to the transit depot
      fortios_vpn_ipsec_phase1_interface:
        vdom: "{{ vdom }}"
        state: present
        vpn_ipsec_phase1_interface:
          name: to-depot
          interface: wan1
          remote_gw: 203.0.113.90
          psksecret: "{{ vault_depot_psk }}"  ⟪vault reference⟫
"""),
    ("deploy/ansible/group_vars/all/vault.yml", r"""
$ANSIBLE_VAULT;1.1;AES256  ⟪ansible-vault header⟫
«hex:64-av1»  ⟪ansible-vault ciphertext⟫
«hex:64-av2»
«hex:64-av3»
«hex:40-av4»
"""),
    ("deploy/dsc/ConfigurationData.psd1", r"""
@{
    AllNodes = @(
        @{
            NodeName                    = '*'
            PSDscAllowPlainTextPassword = $true
            PSDscAllowDomainUser        = $true
        },
        @{
            NodeName     = 'FS01'
            Role         = 'FileServer'
            ShareAdmin   = 'HARROWGATE\svc_fileshare'
            SharePassword = '«pws:fileshare»'  ⟦password|DSC configuration data password⟧
        },
        @{
            NodeName     = 'PRINT02'
            Role         = 'PrintServer'
            ShareAdmin   = 'HARROWGATE\svc_print'
            SharePassword = (Get-Content C:\dsc\secrets\print.txt)  ⟪value read from a file⟫
        }
    )
}
"""),
    ("deploy/dsc/output/FS01.mof", r"""
/*
@TargetNode='FS01'
@GeneratedBy=bwoodson
@GenerationDate=11/14/2026 09:12:40
@GenerationHost=HCG-ADM-07
*/

instance of MSFT_Credential as $MSFT_Credential1ref
{
Password = "«pws:fileshare»";  ⟦password|plaintext password in a compiled DSC MOF⟧
 UserName = "HARROWGATE\\svc_fileshare";

};

instance of MSFT_SmbShare as $MSFT_SmbShare1ref
{
ResourceID = "[SmbShare]Planning";
 FullAccess = {
    "HARROWGATE\\Planning-Admins"
};
 Path = "D:\\Shares\\Planning";
 Name = "Planning";
 PsDscRunAsCredential = $MSFT_Credential1ref;  ⟪MOF reference to the credential instance⟫
 ModuleName = "ComputerManagementDsc";
 ModuleVersion = "9.1.0";
 ConfigurationName = "HcgFileServer";
};

instance of OMI_ConfigurationDocument
{
 Version="2.0.0";
 MinimumCompatibleVersion = "1.0.0";
 Author="bwoodson";
 GenerationDate="11/14/2026 09:12:40";
 GenerationHost="HCG-ADM-07";
 Name="HcgFileServer";
};
"""),
    ("deploy/dsc/HcgFileServer.ps1", r"""
Configuration HcgFileServer {
    param (
        [Parameter(Mandatory)]
        [PSCredential] $ShareCredential  ⟪credential parameter⟫
    )
    Import-DscResource -ModuleName ComputerManagementDsc
    Node $AllNodes.Where({ $_.Role -eq 'FileServer' }).NodeName {
        SmbShare Planning {
            Name                 = 'Planning'
            Path                 = 'D:\Shares\Planning'
            FullAccess           = @('HARROWGATE\Planning-Admins')
            PsDscRunAsCredential = $ShareCredential
        }
    }
}

$cred = Get-Credential -UserName 'HARROWGATE\svc_fileshare' -Message 'File share service account'  ⟪interactive prompt⟫
HcgFileServer -ConfigurationData .\ConfigurationData.psd1 -ShareCredential $cred -OutputPath .\output
"""),
    ("deploy/mdt/Control/CustomSettings.ini", r"""
[Settings]
Priority=DefaultGateway, Default
Properties=MyCustomProperty

[DefaultGateway]
10.40.0.1=Courthouse
10.50.0.1=SheriffHQ

[Courthouse]
MachineObjectOU=OU=Workstations,OU=Courthouse,DC=ad,DC=harrowgatecounty,DC=gov

[SheriffHQ]
MachineObjectOU=OU=MDT,OU=Sheriff,DC=ad,DC=harrowgatecounty,DC=gov

[Default]
OSInstall=Y
SkipBDDWelcome=YES
SkipDomainMembership=YES
JoinDomain=ad.harrowgatecounty.gov
DomainAdmin=svc_mdtjoin
DomainAdminDomain=HARROWGATE
DomainAdminPassword=«pws:mdtjoin»  ⟦password|MDT DomainAdminPassword⟧
SkipAdminPassword=YES
AdminPassword=«pw:mdtlocal»  ⟦password|MDT local AdminPassword⟧
SkipTimeZone=YES
TimeZoneName=Eastern Standard Time
SkipApplications=NO
SkipBitLocker=YES
SLShare=\\mdt01\Logs$
"""),
    ("deploy/mdt/Control/Bootstrap.ini", r"""
[Settings]
Priority=Default

[Default]
DeployRoot=\\mdt01.ad.harrowgatecounty.gov\DeploymentShare$
UserDomain=HARROWGATE
UserID=svc_mdtread
UserPassword=«pwp:mdtread»  ⟦password|MDT Bootstrap.ini UserPassword⟧
KeyboardLocale=en-US
SkipBDDWelcome=YES
"""),
    ("deploy/sccm/unattend-win11.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <AutoLogon>
        <Password>
          <Value>«pw:kioskautologon»</Value>  ⟦password|unattend AutoLogon password in plain text⟧
          <PlainText>true</PlainText>
        </Password>
        <Enabled>true</Enabled>
        <LogonCount>2</LogonCount>
        <Username>kiosk</Username>
      </AutoLogon>
      <UserAccounts>
        <AdministratorPassword>
          <Value>«unattend:AdministratorPassword:pw:mdtlocal»</Value>  ⟦?password-b64|unattend AdministratorPassword "hidden" (base64 UTF-16, reversible): policy-dependent⟧
          <PlainText>false</PlainText>
        </AdministratorPassword>
      </UserAccounts>
      <OOBE>
        <HideEULAPage>true</HideEULAPage>
        <ProtectYourPC>3</ProtectYourPC>
      </OOBE>
    </component>
  </settings>
</unattend>
"""),
    ("deploy/sccm/scripts/Set-TSVariables.ps1", r"""
# Runs as the first step of the "Win11 23H2 - Sheriff MDT" task sequence.
$tsenv = New-Object -ComObject Microsoft.SMS.TSEnvironment
$tsenv.Value("OSDDomainName") = "ad.harrowgatecounty.gov"
$tsenv.Value("OSDJoinAccount") = "HARROWGATE\svc_sccmjoin"
$tsenv.Value("OSDJoinPassword") = "«pws:sccmjoin»"  ⟦password|task sequence join password set from a script⟧
$tsenv.Value("OSDLocalAdminPassword") = $tsenv.Value("_SMSTSLocalAdminPw")  ⟪task sequence variable reference⟫
$tsenv.Value("OSDComputerName") = "SO-" + (Get-WmiObject Win32_BIOS).SerialNumber
"""),
    ("deploy/intune/remediations/Fix-LocalAdmin.ps1", r"""
<#
 Intune proactive remediation - re-creates the break-glass local admin on dispatch consoles
 (LAPS is not available on the CAD image until the Hexagon upgrade).
#>
$User = 'hcg-bg'
$Password = ConvertTo-SecureString '«pwl:breakglass»' -AsPlainText -Force  ⟦password|break-glass local admin password in an Intune remediation⟧
if (-not (Get-LocalUser -Name $User -ErrorAction SilentlyContinue)) {
    New-LocalUser -Name $User -Password $Password -PasswordNeverExpires -AccountNeverExpires
    Add-LocalGroupMember -Group Administrators -Member $User
}
exit 0
"""),
    ("deploy/intune/profiles/wifi-hcg-fleet.xml", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>HCG-Fleet</name>
  <SSIDConfig>
    <SSID>
      <name>HCG-Fleet</name>
    </SSID>
  </SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM>
    <security>
      <authEncryption>
        <authentication>WPA2PSK</authentication>
        <encryption>AES</encryption>
        <useOneX>false</useOneX>
      </authEncryption>
      <sharedKey>
        <keyType>passPhrase</keyType>
        <protected>false</protected>
        <keyMaterial>«pp:fleetwifi»</keyMaterial>  ⟦password|Wi-Fi pre-shared key in a WLAN profile⟧
      </sharedKey>
    </security>
  </MSM>
</WLANProfile>
"""),
    ("deploy/intune/profiles/wifi-hcg-staff.xml", r"""
<?xml version="1.0"?>
<WLANProfile xmlns="http://www.microsoft.com/networking/WLAN/profile/v1">
  <name>HCG-Staff</name>
  <SSIDConfig><SSID><name>HCG-Staff</name></SSID></SSIDConfig>
  <connectionType>ESS</connectionType>
  <connectionMode>auto</connectionMode>
  <MSM>
    <security>
      <authEncryption>
        <authentication>WPA2</authentication>
        <encryption>AES</encryption>
        <useOneX>true</useOneX>
      </authEncryption>
    </security>
  </MSM>
</WLANProfile>
"""),
    ("deploy/gpo/{6E1B4A3C-92D7-4F05-B8C1-3A7D2E9F0B64}/Machine/Preferences/Groups/Groups.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{3125E937-EB16-4b4c-9934-544FC6D24D26}"><User clsid="{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}" name="hcgsupport" image="2" changed="2016-04-12 15:02:11" uid="{A3C94F28-6D1B-4E57-9C02-7B81E4F5D3A6}"><Properties action="U" newName="" fullName="HCG Desktop Support" description="legacy support account" cpassword="«cpassword:gpp1»" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="hcgsupport"/></User>  ⟦?password|Group Policy Preferences cpassword (AES key published by Microsoft): policy-dependent⟧
</Groups>
"""),
    ("deploy/gpo/{0F3A9B21-5C4E-4D87-A6B2-E19C7D503F48}/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<ScheduledTasks clsid="{CC63F200-7309-4ba0-B154-A71CD118DBCC}"><TaskV2 clsid="{D8896631-B747-47a7-84A6-C155337F3BC8}" name="CopyBadgePhotos" image="2" changed="2019-08-30 11:41:07" uid="{5B2E8D41-7C93-4A06-B1F5-2D9E8C4A7F13}" userContext="0" removePolicy="0"><Properties action="U" name="CopyBadgePhotos" runAs="HARROWGATE\svc_badge" cpassword="«cpassword:gpp2»" logonType="Password"><Task version="1.2"><Actions Context="Author"><Exec><Command>robocopy</Command><Arguments>\\badge01\photos \\fs01\HR\BadgePhotos /MIR</Arguments></Exec></Actions></Task></Properties></TaskV2>  ⟦?password|GPP scheduled task cpassword: policy-dependent⟧
</ScheduledTasks>
"""),
    ("deploy/iis/applicationHost.fragment.config", r"""
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
  <system.applicationHost>
    <applicationPools>
      <add name="PermitLookup" managedRuntimeVersion="v4.0">
        <processModel identityType="SpecificUser" userName="HARROWGATE\svc_permitweb" password="«iisenc:pool»" />  ⟪IIS-encrypted app pool password⟫
      </add>
    </applicationPools>
    <sites>
      <site name="RecordsArchive" id="4">
        <application path="/" applicationPool="RecordsArchive">
          <virtualDirectory path="/" physicalPath="\\fs01\RecordsArchive$\web" userName="HARROWGATE\svc_records_web" password="«pws:recordsweb»" />  ⟦password|IIS virtual directory password in clear⟧
        </application>
      </site>
    </sites>
  </system.applicationHost>
</configuration>
"""),
    ("deploy/msdeploy/PermitLookup.SetParameters.xml", r"""
<?xml version="1.0" encoding="utf-8"?>
<parameters>
  <setParameter name="IIS Web Application Name" value="Default Web Site/PermitLookup" />
  <setParameter name="HansenDb-Web.config Connection String" value="Data Source=hansen-sql.ad.harrowgatecounty.gov;Initial Catalog=Hansen8;User ID=hansen_web;Password=«pwc:hansenweb»" />  ⟦conn-string|Web Deploy SetParameters connection string⟧
  <setParameter name="GisTokenPassword" value="«pp:gisviewer»" />  ⟦password|Web Deploy parameter password⟧
</parameters>
"""),
    ("src/PermitLookup/Properties/PublishProfiles/IIS-Prod.pubxml", r"""
<?xml version="1.0" encoding="utf-8"?>
<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <WebPublishMethod>MSDeploy</WebPublishMethod>
    <LastUsedBuildConfiguration>Release</LastUsedBuildConfiguration>
    <SiteUrlToLaunchAfterPublish>https://permits.harrowgatecounty.gov/lookup</SiteUrlToLaunchAfterPublish>
    <MSDeployServiceURL>https://web03.ad.harrowgatecounty.gov:8172/msdeploy.axd</MSDeployServiceURL>
    <DeployIisAppPath>Default Web Site/PermitLookup</DeployIisAppPath>
    <AllowUntrustedCertificate>True</AllowUntrustedCertificate>
    <UserName>HARROWGATE\svc_webdeploy</UserName>
    <Password>«pwn:webdeploy»</Password>  ⟦password|Web Deploy password in a publish profile⟧
    <_SavePWD>True</_SavePWD>
  </PropertyGroup>
</Project>
"""),
    ("src/PermitLookup/Web.Release.config", r"""
<?xml version="1.0" encoding="utf-8"?>
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="HansenDb" connectionString="Data Source=hansen-sql.ad.harrowgatecounty.gov;Initial Catalog=Hansen8;Integrated Security=SSPI" xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />  ⟪integrated security, no password⟫
  </connectionStrings>
  <appSettings>
    <add key="ArcGisTokenPassword" value="«pp:gisviewer»" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />  ⟦password|appSettings password in a config transform⟧
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
"""),
    ("deploy/k8s/gtfsrt/secret.yaml", r"""
apiVersion: v1
kind: Secret
metadata:
  name: gtfsrt-vendors
  namespace: transit
type: Opaque
stringData:
  SWIFTLY_API_KEY: «hex:32-swiftly»  ⟦app-secret|Swiftly key in a Secret stringData⟧
  CLEVER_AVL_PASSWORD: «pwn:avlsql»  ⟦password|AVL password in a Secret stringData⟧
data:
  AWS_REGION: «b64:lit:us-east-2»  ⟪base64 of a region name⟫
  AWS_ACCESS_KEY_ID: «b64:akid:gtfsk8s»  ⟦aws-b64|base64 key id in a Secret data⟧
  AWS_SECRET_ACCESS_KEY: «b64:awssec:gtfsk8s»  ⟦aws-b64|base64 secret in a Secret data⟧
"""),
    ("deploy/k8s/gtfsrt/deployment.yaml", r"""
apiVersion: apps/v1
kind: Deployment
metadata:
  name: gtfsrt
  namespace: transit
spec:
  replicas: 2
  selector:
    matchLabels: {app: gtfsrt}
  template:
    metadata:
      labels: {app: gtfsrt}
    spec:
      serviceAccountName: gtfsrt
      containers:
        - name: gtfsrt
          image: 561093827446.dkr.ecr.us-east-2.amazonaws.com/hcta/gtfsrt:4.2.0
          env:
            - name: SWIFTLY_API_KEY
              valueFrom:
                secretKeyRef: {name: gtfsrt-vendors, key: SWIFTLY_API_KEY}  ⟪secretKeyRef⟫
            - name: TRANSITCLOCK_API_KEY
              value: "«hex:8-transitclock»"  ⟦app-secret|TransitClock API key in a Deployment env⟧
            - name: ALERTS_DB_URL
              value: postgres://alerts:«pwc:alertsdb»@alerts-db.c2xq9rk4vw1m.us-east-2.rds.amazonaws.com:5432/alerts  ⟦conn-string|PostgreSQL URL in a Deployment env⟧
          ports:
            - containerPort: 8080
"""),
    ("deploy/k8s/opendata/external-secret.yaml", r"""
apiVersion: external-secrets.io/v1beta1
kind: ExternalSecret
metadata:
  name: ckan
  namespace: opendata
spec:
  refreshInterval: 1h
  secretStoreRef:
    name: aws-secrets-manager
    kind: ClusterSecretStore
  target:
    name: ckan-env
  data:
    - secretKey: CKAN_SYSADMIN_TOKEN
      remoteRef:
        key: opendata/ckan-sysadmin  ⟪remoteRef⟫
    - secretKey: CKAN_DB_PASSWORD
      remoteRef:
        key: opendata/ckan-db
        property: password
"""),
    ("deploy/k8s/opendata/sealed-smtp.yaml", r"""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: ckan-smtp
  namespace: opendata
spec:
  encryptedData:
    SMTP_PASSWORD: «sealed:ckansmtp»  ⟪SealedSecret ciphertext⟫
  template:
    metadata:
      name: ckan-smtp
"""),
    ("deploy/helm/ckan/values-prod.yaml", r"""
ckan:
  siteUrl: https://data.harrowgatecounty.gov
  siteTitle: Harrowgate County Open Data
  sysadminName: opendata-admin
  sysadminPassword: «pwc:ckanadmin»  ⟦password|CKAN sysadmin password in Helm values⟧
  sysadminEmail: opendata@harrowgatecounty.gov
  psql:
    masterUser: ckan_admin
    masterPassword: «pwr:ckandb»  ⟦password|PostgreSQL master password in Helm values⟧
  datastore:
    RwDbPassword: «pwr:ckands»  ⟦password|datastore read-write password⟧
    RoDbPassword: datastore_ro  ⟪password equal to the user, a local default⟫
  smtp:
    server: email-smtp.us-east-2.amazonaws.com:587
    user: «akid:sesckan»  ⟦aws-ses-smtp|SES SMTP user in Helm values⟧
    password: «sesv4:sesckan»  ⟦aws-ses-smtp|SES SMTP password in Helm values⟧
solr:
  auth:
    adminPassword: ""  ⟪empty value⟫
"""),
    ("deploy/helm/grafana-transit/values.yaml", r"""
adminUser: admin
adminPassword: «pwp:grafanatransit»  ⟦password|Grafana admin password in Helm values⟧
grafana.ini:
  server:
    root_url: https://ops.hcta.org/grafana
  auth.azuread:
    enabled: true
    client_id: «uuid:grafanaaad»  ⟪Entra client id⟫
    client_secret: «azad:grafana»  ⟦azure-ad|Entra client secret in grafana.ini via Helm⟧
    auth_url: https://login.microsoftonline.us/«uuid:tenant»/oauth2/v2.0/authorize
datasources:
  datasources.yaml:
    apiVersion: 1
    datasources:
      - name: Timestream
        type: grafana-timestream-datasource
        jsonData: {authType: default, defaultRegion: us-east-2}
"""),
    ("deploy/helm/grafana-transit/values-dev.yaml", r"""
adminUser: admin
adminPassword: admin  ⟪local default password equal to the user⟫
persistence:
  enabled: false
"""),
    ("docker-compose.yml", r"""
services:
  ckan:
    image: ckan/ckan-base:2.10
    environment:
      CKAN_SITE_URL: http://localhost:5000
      CKAN_SQLALCHEMY_URL: postgresql://ckan:ckan@db/ckan  ⟪local default, password equal to the user⟫
      CKAN_SYSADMIN_PASSWORD: changeme  ⟪changeme placeholder⟫
      CKAN_SMTP_PASSWORD: ${CKAN_SMTP_PASSWORD}  ⟪variable reference⟫
      CKAN___BEAKER__SESSION__SECRET: «b64k:32-beaker»  ⟦app-secret|production beaker secret copied into the local compose file⟧
    ports: ["5000:5000"]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: ckan
      POSTGRES_PASSWORD: ckan
  solr:
    image: ckan/ckan-solr:2.10-solr9
"""),
    ("deploy/docker/ignition/docker-compose.yml", r"""
services:
  gateway:
    image: inductiveautomation/ignition:8.1.43
    hostname: scada-gw01
    ports:
      - "8088:8088"
      - "62541:62541"
    environment:
      ACCEPT_IGNITION_EULA: "Y"
      GATEWAY_ADMIN_USERNAME: admin
      GATEWAY_ADMIN_PASSWORD: «pwl:ignitiongw»  ⟦password|Ignition gateway admin password in compose⟧
      IGNITION_EDITION: standard
      TZ: America/New_York
    command: >
      -n millbrook-gw
      -m 4096
      -- gateway.useProxyForwardedHeader=true
    volumes:
      - gw-data:/usr/local/bin/ignition/data
  historian-db:
    image: mariadb:11.4
    environment:
      MARIADB_ROOT_PASSWORD: «pwc:mariadbroot»  ⟦password|MariaDB root password in compose⟧
      MARIADB_DATABASE: history
      MARIADB_USER: ignition
      MARIADB_PASSWORD: «pwc:ignitiondb»  ⟦password|historian DB password in compose⟧
volumes:
  gw-data: {}
"""),
    ("src/PermitPortal/Dockerfile", r"""
FROM mcr.microsoft.com/dotnet/sdk:8.0 AS build
ARG PROGET_USER=svc_build
ARG PROGET_PASSWORD=«pwn:proget»  ⟦password|NuGet feed password as a Dockerfile ARG default⟧
WORKDIR /src
COPY . .
RUN dotnet nuget add source https://proget.ad.harrowgatecounty.gov/nuget/county/v3/index.json -n county \
      -u "$PROGET_USER" -p "$PROGET_PASSWORD" --store-password-in-clear-text \  ⟪shell variable references⟫
 && dotnet publish src/PermitPortal -c Release -o /out

FROM mcr.microsoft.com/dotnet/aspnet:8.0
WORKDIR /app
COPY --from=build /out .
ENTRYPOINT ["dotnet", "PermitPortal.dll"]
"""),
    ("services/gtfsrt/Dockerfile", r"""
FROM eclipse-temurin:21-jre
RUN --mount=type=secret,id=swiftly,target=/run/secrets/swiftly true  ⟪BuildKit secret mount⟫
ENV SWIFTLY_AGENCY=harrowgate-transit \
    TZ=America/New_York
COPY build/libs/gtfsrt.jar /app/gtfsrt.jar
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/gtfsrt.jar"]
"""),
    ("ops/powercli/Deploy-DispatchVMs.ps1", r"""
#Requires -Modules VMware.PowerCLI
Set-PowerCLIConfiguration -InvalidCertificateAction Ignore -Confirm:$false | Out-Null
Connect-VIServer -Server vcsa01.ad.harrowgatecounty.gov -User administrator@vsphere.local -Password '«pwl:vcsasso»'  ⟦password|Connect-VIServer -Password⟧

$spec = Get-OSCustomizationSpec -Name 'HCG-Win2022-Domain'
foreach ($n in 1..4) {
    $name = 'CAD-WS{0:D2}' -f $n
    New-VM -Name $name -Template 'tpl-win2022-2026-10' -VMHost esx-ct-0$n.ad.harrowgatecounty.gov -OSCustomizationSpec $spec -Datastore vsanDatastore
}
Set-OSCustomizationSpec -OSCustomizationSpec $spec -DomainUsername svc_domainjoin -DomainPassword '«pws:domjoin»'  ⟦password|OS customization domain password⟧
Disconnect-VIServer -Confirm:$false
"""),
    ("ops/veeam/Configure-Repositories.ps1", r"""
Import-Module Veeam.Backup.PowerShell
Connect-VBRServer -Server veeam01.ad.harrowgatecounty.gov

# capacity tier: S3 Object Lock in GovCloud (see infra/cfn/govcloud/backup-vault.yaml)
$acct = Add-VBRAmazonAccount -AccessKey «akid:veeam» -SecretKey «awssec:veeam» -Description "veeam-sobr-capacity"  ⟦aws-key-id|Veeam AWS account key pair on one line⟧
$conn = Connect-VBRAmazonS3Service -Account $acct -RegionType Government -ServiceType CapacityTier
$linux = Add-VBRCredentials -Type Linux -User veeamrepo -Password "«pwc:veeamrepo»" -Description "hardened repo"  ⟦password|Add-VBRCredentials -Password⟧
$enc = Add-VBREncryptionKey -Password (Read-Host -AsSecureString -Prompt 'Backup encryption password') -Description 'CJIS jobs'  ⟪interactive prompt⟫
"""),
    ("ops/citrix/secureclient.csv", r"""
ID,Secret,Customer
«uuid:citrixid»,«b64k:16-citrixsecret»,hcgcty8f2k1  ⟦app-secret|Citrix Cloud secure client secret (downloaded CSV)⟧
"""),
    ("ops/citrix/Update-StoreFront.ps1", r"""
# Run on sf01 after the Citrix Cloud connector upgrade
asnp Citrix*
$creds = Import-Csv "$PSScriptRoot\secureclient.csv"
Set-XDCredentials -CustomerId "hcgcty8f2k1" -APIKey $creds.ID -SecretKey $creds.Secret -ProfileType CloudAPI  ⟪values read from a file⟫
Get-BrokerSite
"""),
    ("deploy/choco/install-agents.ps1", r"""
# Chocolatey for Business against the internal ProGet feed
choco source add -n=county -s="https://proget.ad.harrowgatecounty.gov/nuget/choco/" -u=svc_choco -p="«pwn:chocofeed»" --priority=1  ⟦password|choco source add -p password⟧
choco source disable -n=chocolatey
choco install splunk-universalforwarder --version 9.2.1 -y --install-arguments="'DEPLOYMENT_SERVER=splunk-ds.ad.harrowgatecounty.gov:8089'"
choco apikey --key «uuid:chocoapikey» --source https://proget.ad.harrowgatecounty.gov/nuget/choco/  ⟦app-secret|choco apikey (ProGet API key, a UUID) on a command line⟧
"""),
    ("deploy/k8s/argocd/argocd-cm.yaml", r"""
apiVersion: v1
kind: ConfigMap
metadata:
  name: argocd-cm
  namespace: argocd
data:
  url: https://argocd.hcta.org
  dex.config: |
    connectors:
      - type: microsoft
        id: microsoft
        name: Harrowgate Entra ID
        config:
          clientID: «uuid:argoaad»  ⟪Entra client id⟫
          clientSecret: $dex.microsoft.clientSecret  ⟪Argo CD secret reference⟫
          tenant: «uuid:tenant»  ⟪tenant id⟫
"""),
]
