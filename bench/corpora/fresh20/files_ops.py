"""fresh20 templates, operations (Ardent Forge Industries): engineers' home directories (Linux, macOS and Windows
profiles), keys and certificates, scripts, runbooks and docs, tickets (ServiceNow, Jira), chat (Slack, Teams,
WhatsApp), e-mail, logs (IDoc listener, CloudTrail, ALB, Greengrass, CodeBuild), dumps, encoded leftovers and a
SOPS file.
Markers: render.py and README.md."""

FILES = [
    ("home/ravi/.aws/credentials", r"""
[default]
aws_access_key_id = «akid:ravi»  ⟦aws-key-id|default profile key id⟧
aws_secret_access_key = «awssec:ravi»  ⟦aws-secret|default profile secret⟧

[ot-data-admin]
aws_access_key_id = «asia:raviot»  ⟦aws-key-id|temporary key id⟧
aws_secret_access_key = «awssec:raviot»  ⟦aws-secret|temporary secret⟧
aws_session_token = «stok:raviot»  ⟦aws-session-token|session token⟧

[localstack]
aws_access_key_id = test  ⟪LocalStack default⟫
aws_secret_access_key = test

[training]
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
"""),
    ("home/ravi/.aws/config", r"""
[profile enterprise]
sso_session = af
sso_account_id = 418273650912  ⟪account id⟫
sso_role_name = PlatformEngineer
region = us-east-2

[sso-session af]
sso_start_url = https://ardentforge.awsapps.com/start
sso_region = us-east-2

[profile ot-data]
credential_process = /usr/local/bin/aws-vault exec ot-data --json  ⟪credential_process⟫
region = us-east-2
"""),
    ("home/ravi/.bash_history", r"""
aws sts get-caller-identity --profile enterprise
export AWS_ACCESS_KEY_ID=«akid:gitlabedge»  ⟦aws-key-id|key id exported in bash history⟧
export AWS_SECRET_ACCESS_KEY=«awssec:gitlabedge»  ⟦aws-secret|secret exported in bash history⟧
aws greengrassv2 list-core-devices --thing-group-arn arn:aws:iot:us-east-2:730164928357:thinggroup/slt-line3
export PGPASSWORD='«pwn:crucibledb»'  ⟦password|PGPASSWORD in bash history⟧
psql -h crucible.cluster-c2k8zq1vx7ap.us-east-2.rds.amazonaws.com -U crucible_admin crucible
helm upgrade tempering charts/tempering -n tempering --set influxdb2.adminUser.password='«pw:influxadmin»'  ⟦password|helm --set password in bash history⟧
curl -u wcadmin:«pwc:wcadmin» https://windchill.plm.af.corp/Windchill/servlet/odata/v5/ProdMgmt/Parts?\$top=5  ⟦password|curl -u password in bash history⟧
aws secretsmanager get-secret-value --secret-id crucible/prd/db --query SecretString --output text  ⟪secret lookup⟫
"""),
    ("home/ravi/.ssh/id_ed25519", r"""
«openssh:edravi:ravi@af-mbp-0231»  ⟦private-key|OpenSSH private key⟧
"""),
    ("home/ravi/.ssh/id_ed25519.pub", r"""
«sshpub:edravi:ravi@af-mbp-0231»  ⟪SSH public key⟫
"""),
    ("home/ravi/.ssh/config", r"""
Host ot-jump-day1
  HostName 10.20.3.5
  User ravi
  ProxyJump bastion.ardentforge.com
  IdentityFile ~/.ssh/id_ed25519  ⟪key path⟫

Host *.ot.af.corp
  User ravi
  ProxyJump ot-jump-day1
"""),
    ("home/ravi/.ssh/known_hosts", r"""
github.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl  ⟪GitHub host key⟫
|1|«b64k:20-khsalt»|«b64k:20-khhash» ssh-ed25519 «b64k:51-khkey»  ⟪hashed known_hosts line⟫
"""),
    ("home/marta/.zsh_history", r"""
: 1763641201:0;aws configure set aws_secret_access_key «awssec:marta» --profile smelter  ⟦aws-secret|aws configure set secret in zsh history⟧
: 1763641245:0;aws configure set aws_access_key_id «akid:marta» --profile smelter  ⟦aws-key-id|aws configure set key id in zsh history⟧
: 1763641390:0;export ARTIFACTORY_ACCESS_TOKEN=«artref:marta»  ⟦app-secret|JFrog reference token exported in zsh history⟧
: 1763641502:0;jf c add af --url https://artifactory.ardentforge.com --user marta --password '«pwl:martaart»' --interactive=false  ⟦password|jf c add --password in zsh history⟧
: 1763641733:0;psql "postgresql://smelter_admin:«pct:pwc:redshift»@smelter.«num:12-rsacct».us-east-2.redshift-serverless.amazonaws.com:5439/smelter"  ⟦conn-string|connection URI with a password in zsh history⟧
: 1763641901:0;dbt run --select marts.oee --target prd
"""),
    ("home/marta/.git-credentials", r"""
https://marta-af:«ghp:marta»@github.com  ⟦github|GitHub token in .git-credentials⟧
https://oauth2:«glpat:marta»@gitlab.ardentforge.com  ⟦gitlab|GitLab token in .git-credentials⟧
"""),
    ("home/marta/.docker/config.json", r"""
{
	"auths": {
		"256908417733.dkr.ecr.us-east-2.amazonaws.com": {},
		"https://index.docker.io/v1/": {
			"auth": "«dockerauth:marta»"  ⟦docker-hub|docker config auth with a Docker Hub token⟧
		}
	},
	"credsStore": "osxkeychain"
}
"""),
    ("home/marta/.kube/config", r"""
apiVersion: v1
kind: Config
clusters:
  - name: af-ot-prd
    cluster:
      server: https://«uhex:32-eksid».gr7.us-east-2.eks.amazonaws.com  ⟪EKS endpoint id⟫
      certificate-authority-data: «b64cert:ekscaec:kubernetes»  ⟪base64 CA certificate⟫
  - name: slt-edge-k3s
    cluster:
      server: https://10.30.5.10:6443
users:
  - name: eks
    user:
      exec:
        apiVersion: client.authentication.k8s.io/v1beta1
        command: aws
        args: [eks, get-token, --cluster-name, af-ot-prd]  ⟪exec plugin⟫
  - name: slt-admin
    user:
      token: «b62:48-k3sslt»  ⟦app-secret|static bearer token in a kubeconfig⟧
contexts:
  - name: prd
    context: {cluster: af-ot-prd, user: eks}
current-context: prd
"""),
    ("home/marta/.netrc", r"""
machine artifactory.ardentforge.com
  login svc-build
  password «pwx:artpypi»  ⟦password|.netrc password⟧
machine api.github.com
  login marta-af
  password «ghp:marta»  ⟦github|GitHub token in .netrc⟧
"""),
    ("home/jakub/.npmrc", r"""
@ardent-forge:registry=https://artifactory.ardentforge.com/artifactory/api/npm/npm-virtual/
//artifactory.ardentforge.com/artifactory/api/npm/npm-virtual/:_auth=«basic:jakubnpm»  ⟦password-b64|base64 basic auth in .npmrc⟧
//registry.npmjs.org/:_authToken=«npm:jakub»  ⟦npm|npm token in .npmrc⟧
"""),
    ("home/jakub/.config/pip/pip.conf", r"""
[global]
index-url = https://jakub:«artkey:jakubpip»@artifactory.ardentforge.com/artifactory/api/pypi/pypi-virtual/simple  ⟦app-secret|Artifactory API key in a pip index URL⟧
timeout = 60
"""),
    ("home/jakub/.jfrog/jfrog-cli.conf.v6", r"""
{
  "servers": [
    {
      "url": "https://artifactory.ardentforge.com/",
      "artifactoryUrl": "https://artifactory.ardentforge.com/artifactory/",
      "user": "jakub",
      "accessToken": "«artref:jakubcli»",  ⟦app-secret|JFrog reference token in jfrog-cli config⟧
      "serverId": "af",
      "isDefault": true
    }
  ],
  "version": "6"
}
"""),
    ("home/jakub/.s3cfg", r"""
[default]
access_key = «akid:jakubs3»  ⟦aws-key-id|s3cmd access key⟧
secret_key = «awssec:jakubs3»  ⟦aws-secret|s3cmd secret key⟧
bucket_location = us-east-2
host_base = s3.amazonaws.com
use_https = True
"""),
    ("home/jakub/.config/rclone/rclone.conf", r"""
[af-rejects]
type = s3
provider = AWS
access_key_id = «akid:jakubrclone»  ⟦aws-key-id|rclone S3 access key id⟧
secret_access_key = «awssec:jakubrclone»  ⟦aws-secret|rclone S3 secret⟧
region = eu-central-1

[van-sftp]
type = sftp
host = sftp.opentext-van.net
user = ardentforge
pass = «urlsafe:24-rcloneobscured»  ⟦?password|rclone-obscured password, reversible without a key⟧
"""),
    ("home/lupita/AppData/Roaming/Microsoft/Windows/PowerShell/PSReadLine/ConsoleHost_history.txt", r"""
Get-Service -ComputerName SLT-KEP01 KEPServerEXV6
$env:AWS_SECRET_ACCESS_KEY = '«awssec:lupita»'  ⟦aws-secret|secret set in PowerShell history⟧
$env:AWS_ACCESS_KEY_ID = '«akid:lupita»'  ⟦aws-key-id|key id set in PowerShell history⟧
cmdkey /generic:SLT-FS01 /user:SLT\svc-backup /pass:«pwl:sltbackup»  ⟦password|cmdkey /pass in PowerShell history⟧
Invoke-Sqlcmd -ServerInstance SLT-SQL01 -Username sa -Password '«pwc:sltsa»' -Query 'SELECT name FROM sys.databases'  ⟦password|Invoke-Sqlcmd -Password in PowerShell history⟧
$cred = Get-Credential AF-OT\otadmin  ⟪interactive prompt⟫
Enter-PSSession -ComputerName SLT-HMI-ENG02 -Credential $cred
"""),
    ("home/lupita/AppData/Roaming/WinSCP.ini", r"""
[Sessions\svc-haas@SLT-FS01]
HostName=SLT-FS01
UserName=svc-haas
FSProtocol=0
Password=«uhex:56-winscpobf»  ⟪WinSCP obfuscated password⟫

[Configuration\Interface]
Theme=Light
"""),
    ("home/lupita/AppData/Roaming/FileZilla/sitemanager.xml", r"""
<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.67.1" platform="windows">
  <Servers>
    <Server>
      <Host>10.30.12.47</Host>
      <Port>21</Port>
      <Protocol>0</Protocol>
      <User>HAAS</User>
      <Pass encoding="base64">«b64:pw6:haasslt»</Pass>  ⟦password-b64|FileZilla base64 password⟧
      <Name>SLT-VF2-07</Name>
    </Server>
  </Servers>
</FileZilla3>
"""),
    ("home/dwayne/.terraformrc", r"""
credentials "app.terraform.io" {
  token = "«tfc:dwayne»"  ⟦terraform-cloud|Terraform Cloud token in .terraformrc⟧
}
plugin_cache_dir = "$HOME/.terraform.d/plugin-cache"
"""),
    ("home/dwayne/.config/gh/hosts.yml", r"""
github.com:
    user: dwayne-af
    oauth_token: «gho:dwayne»  ⟦github|gh CLI OAuth token⟧
    git_protocol: https
"""),
    ("home/dwayne/.vault-token", r"""
«hvs:dwayne»  ⟦vault|Vault token file⟧
"""),
    ("home/dwayne/.pypirc", r"""
[distutils]
index-servers = pypi af

[pypi]
username = __token__
password = «pypi:dwayne»  ⟦pypi|PyPI token in .pypirc⟧

[af]
repository = https://artifactory.ardentforge.com/artifactory/api/pypi/pypi-local
username = dwayne
password = «artkey:dwaynepypirc»  ⟦app-secret|Artifactory API key in .pypirc⟧
"""),
    ("home/dwayne/notes/plant-visits.md", r"""
# plant visits, things to remember

- SLT: scanner Wi-Fi is AF-SCAN, passphrase «sgpsk:sltscanners»  ⟦password|Wi-Fi passphrase in personal notes⟧
- BRN: PI admin on brn-pida01 is AF\svc-pi, password «pw:brnpiadmin» (Ingrid rotates it in March)  ⟦password|password in personal notes⟧
- PNQ: gate is slow, bring the badge. Kiosk password is in the vault, not here.  ⟪pointer to a vault⟫
"""),
    ("home/ingrid/.openvpn/af-plant-vpn.ovpn", r"""
client
dev tun
proto udp
remote vpn.ardentforge.com 1194
auth-user-pass creds.txt  ⟪credentials file reference⟫
remote-cert-tls server
<ca>
«cert:ecvpnca:vpn-ca.ardentforge.com»  ⟪CA certificate⟫
</ca>
<cert>
«cert:ecvpningrid:ingrid.vpn.ardentforge.com»  ⟪client certificate⟫
</cert>
<key>
«pem:pkcs8:ecvpningrid»  ⟦private-key|client private key inline in an OpenVPN profile⟧
</key>
"""),
    ("home/ingrid/.openvpn/creds.txt", r"""
ingrid.novak
«pwn:ingridvpn»  ⟦password|OpenVPN credentials file password⟧
"""),
    ("home/ingrid/.sentryclirc", r"""
[defaults]
org = ardent-forge
project = fieldwrench-ios

[auth]
token = «sntrys:ingrid»  ⟦sentry|Sentry organisation auth token⟧
"""),
    ("home/ingrid/.databrickscfg", r"""
[DEFAULT]
host = https://dbc-«hex:8-dbhost»-«hex:4-dbhost2».cloud.databricks.com
token = «dapi:ingrid»  ⟦app-secret|Databricks token in .databrickscfg⟧
"""),
    ("ops/keys/greengrass-claim/claim.private.pem.key", r"""
«pem:trad:ecclaim»  ⟦private-key|Greengrass fleet-provisioning claim private key⟧
"""),
    ("ops/keys/greengrass-claim/claim.pem.crt", r"""
«cert:ecclaim:bellows-claim.iot.ardentforge.com»  ⟪claim certificate⟫
"""),
    ("ops/keys/gcp/af-vertex-sa.json", r"""
{
  "type": "service_account",
  "project_id": "af-quality-vision",
  "private_key_id": "«hex:40-gcpkid»",  ⟪private_key_id⟫
  "private_key": "«jsonesc:pem:pkcs8:rsagcp»\n",  ⟦private-key|JSON-escaped private key in a service-account file⟧
  "client_email": "vision-trainer@af-quality-vision.iam.gserviceaccount.com",
  "client_id": "«num:21-gcpclient»",
  "token_uri": "https://oauth2.googleapis.com/token"
}
"""),
    ("ops/keys/dealers-tls/dealers.ardentforge.com.key", r"""
«pem:pkcs8:ecdealers»  ⟦private-key|TLS private key⟧
"""),
    ("ops/keys/dealers-tls/dealers.ardentforge.com.crt", r"""
«cert:ecdealers:dealers.ardentforge.com»  ⟪certificate⟫
"""),
    ("ops/keys/dealers-tls/webhook-signing.pub.pem", r"""
«pubpem:ecdealers»  ⟪public key⟫
"""),
    ("ops/scripts/rotate-vision-uploader-key.sh", r"""
#!/bin/bash
# rotate the BRN vision uploader key (OPS-2291). The old key was pasted into vision-archive.yaml; remove it there too.
set -euo pipefail
OLD_KEY=«akid:visionpc»  ⟦aws-key-id|old key id in a rotation script⟧
NEW=$(aws iam create-access-key --user-name vision-uploader-brn --output json)
aws iam update-access-key --user-name vision-uploader-brn --access-key-id "$OLD_KEY" --status Inactive
echo "$NEW" | jq -r '.AccessKey.AccessKeyId'
"""),
    ("ops/scripts/restore-mes-db.sh", r"""
#!/bin/bash
# restore last night's Opcenter backup into the QAS instance
export AWS_ACCESS_KEY_ID=«akid:mesrestore»  ⟦aws-key-id|key id in a restore script⟧
export AWS_SECRET_ACCESS_KEY=«awssec:mesrestore»  ⟦aws-secret|secret in a restore script⟧
aws s3 cp s3://af-mes-backups-418273650912/prd/OpcenterEXDI_nightly.bak /var/opt/mssql/backup/
/opt/mssql-tools18/bin/sqlcmd -S mes-qas.af.corp -U sa -P '«pwx:mesqassa»' -C -Q "RESTORE DATABASE OpcenterEXDI FROM DISK='/var/opt/mssql/backup/OpcenterEXDI_nightly.bak' WITH REPLACE"  ⟦password|sqlcmd -P password in a restore script⟧
"""),
    ("ops/scripts/sap_user_audit.py", r"""
# flags SAP users that still carry a documented default password (SAP* / DDIC / EARLYWATCH / TMSADM)
from pyrfc import Connection

DEFAULTS = {"SAP*": ["06071992", "PASS"], "DDIC": ["19920706"], "EARLYWATCH": ["support"], "TMSADM": ["PASSWORD"]}  ⟪documented vendor defaults⟫

conn = Connection(ashost="s4p-app01.erp.af.corp", sysnr="00", client="000", user="AUDIT_RFC", passwd="«sappw:auditrfc»")  ⟦password|pyrfc passwd in an audit script⟧

for user, candidates in DEFAULTS.items():
    for pw in candidates:
        r = conn.call("SUSR_LOGIN_CHECK_RFC", BNAME=user, PASSWORD=pw)
        print(user, "DEFAULT PASSWORD ACTIVE" if not r.get("EXCEPTION") else "ok")
"""),
    ("ops/scripts/Backup-PlcProjects.ps1", r"""
# copies Studio 5000 and TIA Portal projects from every engineering PC to the OT backup share
$sec = ConvertTo-SecureString '«pwl:sltbackup»' -AsPlainText -Force  ⟦password|ConvertTo-SecureString -AsPlainText in a backup script⟧
$cred = New-Object System.Management.Automation.PSCredential ('SLT\svc-backup', $sec)
New-PSDrive -Name OTB -PSProvider FileSystem -Root \\SLT-FS01\otbackup$ -Credential $cred | Out-Null
Get-Content .\engineering-pcs.txt | ForEach-Object { robocopy "\\$_\C$\Projects" "OTB:\$_" *.ACD *.ap18 *.zap18 /S /R:1 /W:5 }
"""),
    ("ops/scripts/install-greengrass-core.sh", r"""
#!/bin/bash
# manual install for a replacement gateway (when fleet provisioning is down)
export AWS_ACCESS_KEY_ID=«akid:gginstall»  ⟦aws-key-id|key id in an install script⟧
export AWS_SECRET_ACCESS_KEY=«awssec:gginstall»  ⟦aws-secret|secret in an install script⟧
sudo -E java -Droot=/greengrass/v2 -Dlog.store=FILE -jar ./GreengrassInstaller/lib/Greengrass.jar \
  --aws-region us-east-2 --thing-name "$1" --thing-group-name "$2" \
  --tes-role-name BellowsTokenExchangeRole --tes-role-alias-name BellowsTokenExchangeRoleAlias \
  --component-default-user ggc_user:ggc_group --provision true --setup-system-service true
"""),
    ("ops/scripts/shift_report_summary.py", r"""
# summarises MES shift notes into a morning report for the plant managers
import anthropic
import openai

claude = anthropic.Anthropic(api_key="«ant:shiftreport»")  ⟦anthropic|Anthropic API key in Python⟧
gpt = openai.OpenAI(api_key="«oai:shiftreport»")  ⟦openai|OpenAI project key in Python⟧


def summarise(notes: str) -> str:
    msg = claude.messages.create(model="claude-sonnet-4-5", max_tokens=800,
                                 messages=[{"role": "user", "content": "Summarise for a plant manager:\n" + notes}])
    return msg.content[0].text
"""),
    ("ops/runbooks/ot-plc-lockout.md", r"""
# Runbook: an engineer is locked out of a PLC project

1. Check the project is source-protected (Studio 5000: *Logix Designer > Tools > Security*).
2. Source keys live in the OT vault (`OT/plc-source-keys`), never on the engineering PC.  ⟪pointer to a vault⟫
3. For the DAY1 press line the FactoryTalk Security directory admin is `ftadmin`, password `«pwc:ftadmin»`.  ⟦password|password in backticks in a runbook⟧
4. If the CPU itself is protected (S7-1500), ask the BRN controls lead for the access-level password.
"""),
    ("ops/runbooks/sap-rfc-user-reset.md", r"""
# Runbook: reset an RFC/system user in S/4HANA

Use SU01 in client 100 with a user that has S_USER_GRP for group RFC. System users do not have to change the
password at logon. Set a new password with the `<new-password>` you generate in the vault.  ⟪placeholder⟫

Last reset (2026-11-03, CHG0031877): RFC_CRUCIBLE was set to «sappw:rfccrucible» and pushed to ECS.  ⟦password|password in a runbook sentence⟧
"""),
    ("ops/runbooks/greengrass-core-replacement.md", r"""
# Runbook: replace a Greengrass core device on a line

1. Flash the gateway image (`af-gw-2026.10`) and boot on the plant OT VLAN.
2. Fleet provisioning uses the claim certificate in `ops/keys/greengrass-claim/`; the device gets its own
   certificate on first connect. The claim key is also in Secrets Manager at `bellows/claim-key`.  ⟪secret name⟫
3. If fleet provisioning is down, use `ops/scripts/install-greengrass-core.sh` with a short-lived key pair
   from the `gg-installer` IAM user (ask platform on-call).
4. Check `/greengrass/v2/logs/greengrass.log` for `Connected to AWS IoT Core`.
"""),
    ("ops/onboarding/plant-it-new-starter.md", r"""
# New starter - plant IT (all sites)

- Your AD account is created by HR onboarding. First logon password: `«pwc:firstlogon»` - you must change it.  ⟦?password|first-logon password in an onboarding document⟧
- Visitor Wi-Fi for contractors: SSID AF-GUEST, password «wifipsk:guest» (printed at reception, changes monthly).  ⟦?password|guest Wi-Fi password printed for visitors⟧
- OT accounts (AF-OT domain) are separate and need a CyberArk request; never reuse your IT password.
"""),
    ("ops/adr/0014-secrets-at-the-edge.md", r"""
# ADR 0014: secrets at the edge

Status: accepted (2026-08-19)

Greengrass components read credentials through the `aws.greengrass.SecretManager` component
(`GetSecretValue` over IPC); recipes carry the secret ARN, never the value.  ⟪design statement⟫
Kepware and Ignition keep their own encrypted stores. Line PCs with the v1 agent still use static keys and are
being migrated (see OPS-2291). Passwords in recipes such as `password: ${OPCUA_PASSWORD}` are resolved at deploy.  ⟪placeholder⟫
"""),
    ("ops/postmortems/2026-09-14-slt-line3-mqtt.md", r"""
# Postmortem: SLT line 3 stopped reporting for 5 h (2026-09-14)

Impact: no OEE data and no SAP confirmations for line 3 from 01:10 to 06:20 CST.
Cause: the broker password for kepbridge-slt3 was rotated in the deployment but the Kepware agent still had
the old one. The working value is «pwp:slt3mqtt»; the old one was disabled.  ⟦password|password pasted into a postmortem⟧
Action items: move the Kepware MQTT agent to a referenced secret (OTP-1201).
"""),
    ("ops/docs/aws-access-for-integrators.md", r"""
# AWS access for system integrators

Integrators never get IAM users. They get a role in the sandbox account through IAM Identity Center.
If a tool insists on keys, it looks like this (documentation values):

```ini
aws_access_key_id = «docs:akid»  ⟪AWS documentation key⟫
aws_secret_access_key = «docs:secret»  ⟪AWS documentation secret⟫
```

Keys like `«docs:akidx»` in vendor manuals are placeholders.  ⟪X-filled key id⟫
A key that was revoked shows up in the console as `AKIA****************` only.  ⟪masked key id⟫
"""),
    ("ops/tickets/SNOW-INC0048213.json", r"""
{
  "number": "INC0048213",
  "short_description": "BRN line 2 HMI cannot write recipes to the MES",
  "assignment_group": "OT Support BRN",
  "work_notes": [
    {"by": "petra.hruba", "at": "2026-11-17 07:42:10", "text": "MES service account was locked. Unlocked and set to «pwn:mesbrnsvc», updated in the HMI runtime."},  ⟦password|password in ticket work notes⟧
    {"by": "petra.hruba", "at": "2026-11-17 08:05:51", "text": "Recipes writing again. Will rotate via CyberArk and close."}
  ],
  "sys_id": "«hex:32-snowsys»"  ⟪record id⟫
}
"""),
    ("ops/tickets/JIRA-OTP-1187.md", r"""
OTP-1187  Robot cell vendor cannot pull cycle-time data
Reporter: tobias.lang   Assignee: keiko.ota   Status: Done

tobias.lang: vendor needs our Grafana for the cell dashboards. Created a service account token for them:
«glsa:vendorcell»  ⟦app-secret|Grafana service-account token pasted in a ticket⟧
keiko.ota: please do not paste tokens in Jira. Revoked that one, the new one is in the vendor portal.
"""),
    ("ops/chat/slack-ot-platform-2026-11.json", r"""
[
  {"type": "message", "user": "«up:11-slu1»", "ts": "1763540021.004100", "text": "gateway day1-gw07 can't reach S3, which key is on it?"},  ⟪Slack user id⟫
  {"type": "message", "user": "«up:11-slu2»", "ts": "1763540077.004300", "text": "the legacy agent one, «akid:legacyagent»"},  ⟦aws-key-id|key id in a Slack message⟧
  {"type": "message", "user": "«up:11-slu2»", "ts": "1763540102.004500", "text": "secret is «awssec:legacyagent» - rotate after the audit pls"},  ⟦aws-secret|secret in a Slack message⟧
  {"type": "message", "user": "«up:11-slu1»", "ts": "1763540190.004700", "text": "also the sonar token for bellows expired, new one: «squ:bellows2»"},  ⟦sonarqube|SonarQube token in a Slack message⟧
  {"type": "message", "user": "«up:11-slu3»", "ts": "1763540255.004900", "text": "please use the vault for these :pray:"}
]
"""),
    ("ops/chat/teams-plant-it-brn.html", r"""
<div class="message"><span class="from">Jakub Dvorak</span> <span class="time">10:14</span>
<p>the new local admin on the BRN jump hosts is otbreakglass / «pwl:otjumpbg»</p>  ⟦password|password in a Teams message export⟧
</div>
<div class="message"><span class="from">Ingrid Novak</span> <span class="time">10:16</span>
<p>thanks - moving it to CyberArk now, please delete this</p>
</div>
"""),
    ("ops/chat/whatsapp-maintenance-slt.txt", r"""
14/11/26, 23:41 - Hector Ruiz: la HMI de la prensa 3 pide contraseña de mantenimiento otra vez
14/11/26, 23:43 - Lupita Garza: es «pw6:hmimaint», usuario MAINT  ⟦password|HMI password in a WhatsApp export⟧
14/11/26, 23:44 - Hector Ruiz: ya entró, gracias
15/11/26, 06:02 - Lupita Garza: el wifi de las terminales es AF-SCAN / «sgpsk:sltscanners»  ⟦password|Wi-Fi passphrase in a WhatsApp export⟧
"""),
    ("ops/mail/2026-11-04-integrator-handover.eml", r"""
From: Petr Svoboda <petr.svoboda@robotika-morava.cz>
To: ingrid.novak@ardentforge.com
Subject: BRN line 3 palletiser - handover credentials
Date: Wed, 4 Nov 2026 16:22:08 +0100
Message-ID: <«hex:24-msgid»@robotika-morava.cz>  ⟪message id⟫
Content-Type: text/plain; charset=utf-8

Dear Ingrid,

as agreed, the cell is handed over. Credentials:
- PolyScope admin: «pwc:urbrn»  ⟦password|robot admin password in an integrator e-mail⟧
- Safety password: «pin:6-ursafety»  ⟦password|robot safety password in an integrator e-mail⟧
- Our remote support account on your Secomea will be disabled by you; the temporary password we used was
  «pwp:robotikatemp»  ⟦?password|temporary password an integrator used⟧

Best regards, Petr
"""),
    ("ops/mail/2026-10-21-edi-onboarding.eml", r"""
From: EDI Team <edi@castech.mx>
To: edi@ardentforge.com
Subject: RE: SFTP access for 856 ASNs
Date: Wed, 21 Oct 2026 09:10:44 -0600
Content-Type: text/plain; charset=utf-8

Hola, please use our SFTP for the 856 files:
host: sftp.castech.mx  user: ardentforge_asn  password: «pwl:castechsftp»  ⟦password|supplier SFTP password in an e-mail⟧
Our AS2 certificate is attached (castechmx.cer). Thanks!
"""),
    ("ops/logs/crucible-idoc-2026-11-20.log", r"""
2026-11-20 08:14:02.118 INFO  [main] c.a.crucible.IdocServer - starting JCo server CRUCIBLE_IDOC_IN on s4p-app01.erp.af.corp
2026-11-20 08:14:02.240 DEBUG [main] c.a.crucible.JcoConfig - destination S4P {ashost=s4p-app01.erp.af.corp, client=100, user=RFC_CRUCIBLE, passwd=«sappw:rfccrucible»}  ⟦password|password printed by a debug log line⟧
2026-11-20 08:14:02.511 INFO  [main] c.a.crucible.JcoConfig - destination S4Q {ashost=s4q-app01.erp.af.corp, client=200, user=RFC_CRUCIBLE, passwd=********}  ⟪masked value⟫
2026-11-20 08:14:07.930 INFO  [jco-1] c.a.crucible.IdocHandler - received ORDERS05 docnum=«num:16-docnum»
"""),
    ("ops/logs/cloudtrail-2026-11-19.json", r"""
{"Records": [
  {"eventVersion": "1.10", "eventTime": "2026-11-19T02:11:46Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject",
   "awsRegion": "eu-central-1", "sourceIPAddress": "185.«num:2-ctip1».«num:2-ctip2».«num:2-ctip3»",
   "userIdentity": {"type": "IAMUser", "principalId": "«aida:visionuser»", "arn": "arn:aws:iam::730164928357:user/vision-uploader-brn",  ⟪IAM unique id⟫
                    "accountId": "730164928357",
                    "accessKeyId": "«akid:visionpc»",  ⟦aws-key-id|CloudTrail accessKeyId⟧
                    "userName": "vision-uploader-brn"},
   "requestID": "«up:16-ctreq»", "eventID": "«uuid:ctevent»"}  ⟪request and event ids⟫
]}
"""),
    ("ops/logs/alb-dealerline-2026-11-18.log", r"""
https 2026-11-18T15:02:11.411221Z app/dealerline-alb/«hex:16-albid» 198.51.100.23:51822 10.80.4.17:3000 0.001 0.084 0.000 200 200 512 20431 "GET https://dealers.ardentforge.com:443/api/warranty/photo?u=https%3A%2F%2Faf-dealerline-uploads.s3.us-east-2.amazonaws.com%2Fclaims%2F88213.jpg%3FX-Amz-Algorithm%3DAWS4-HMAC-SHA256%26X-Amz-Credential%3D«akid:dealeruploads»%252F20261118%252Fus-east-2%252Fs3%252Faws4_request%26X-Amz-Signature%3D«hex:64-presig» HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟦aws-key-id|key id in a presigned URL in an ALB log⟧
https 2026-11-18T15:02:12.002918Z app/dealerline-alb/«hex:16-albid» 198.51.100.23:51823 10.80.4.17:3000 0.001 0.012 0.000 200 200 380 1822 "GET https://dealers.ardentforge.com:443/api/parts?q=AF-HG-2204 HTTP/1.1" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2  ⟪ALB id⟫
"""),
    ("ops/logs/greengrass-day1-gw07.log", r"""
2026-11-19T06:00:01.220Z [INFO] (main) com.aws.greengrass.lifecyclemanager.Kernel: Connected to AWS IoT Core. clientId=day1-gw07
2026-11-19T06:00:03.871Z [INFO] (pool-2-thread-4) com.ardentforge.KepwareBridge: stdout. connecting mqtts://cell-broker.local:8883 as kepbridge password=«pwr:kepbridgemqtt». {scriptName=services.com.ardentforge.KepwareBridge.lifecycle.Run}  ⟦password|password printed in a Greengrass component log⟧
2026-11-19T06:00:04.102Z [INFO] (pool-2-thread-4) com.ardentforge.OpcUaCollector: stdout. session opened opc.tcp://localhost:49320 user=gg-collector password=****. {scriptName=services.com.ardentforge.OpcUaCollector.lifecycle.Run}  ⟪masked value⟫
"""),
    ("ops/logs/codebuild-bellows-firmware-1187.log", r"""
[Container] 2026/11/20 13:02:41.118 Running command echo "artifactory: $ARTIFACTORY_URL"
artifactory: https://artifactory.ardentforge.com/artifactory
[Container] 2026/11/20 13:02:41.204 Running command curl -sf -H "X-JFrog-Art-Api: «artkey:codebuild»" "$ARTIFACTORY_URL/api/system/ping"  ⟦app-secret|API key echoed in a CodeBuild log⟧
OK
[Container] 2026/11/20 13:02:42.771 Running command gdk component build
"""),
    ("ops/dumps/mes_users.csv", r"""
user_id,login,display_name,role,password,last_login
101,line3lead,Hector Ruiz,SHIFT_LEAD,«pwn:mesline3lead»,2026-11-14 23:50  ⟦password|plain-text password column in a user dump⟧
102,qa_brn,Petra Hruba,QUALITY,«pwp:mesqabrn»,2026-11-17 07:40  ⟦password|plain-text password column in a user dump⟧
103,svc_ignition,Ignition Gateway,SERVICE,,2026-11-20 08:00
"""),
    ("ops/dumps/crucible_config.sql", r"""
--
-- PostgreSQL database dump (crucible, table partner_endpoints)
--
COPY public.partner_endpoints (id, partner, url, auth_user, auth_secret) FROM stdin;
1	CASTECHMX	https://as2.castech.mx:4080/as2/HttpReceiver	ardentforge	«pwx:mendelsonhttp»  ⟦password|secret column in a COPY dump⟧
2	SPS	https://api.spscommerce.com/transactions/v5	ardentforge	\N
\.
INSERT INTO public.portal_users (id, email, password_hash) VALUES (7, 'quality@castech.mx', '«bcrypt:portaluser»');  ⟪bcrypt hash⟫
"""),
    ("ops/dumps/iam-credential-report-2026-11.csv", r"""
user,arn,password_enabled,access_key_1_active,access_key_1_last_rotated,access_key_1_id,access_key_2_active,access_key_2_id
vision-uploader-brn,arn:aws:iam::730164928357:user/vision-uploader-brn,false,true,2024-03-02T10:11:00+00:00,«akid:visionpc»,false,N/A  ⟦aws-key-id|key id in an IAM key report⟧
bellows-legacy,arn:aws:iam::730164928357:user/bellows-legacy,false,true,2023-07-19T08:42:00+00:00,«akid:legacyagent»,false,N/A  ⟦aws-key-id|key id in an IAM key report⟧
ses-smtp-andon,arn:aws:iam::418273650912:user/ses-smtp-andon,false,false,2022-11-01T12:00:00+00:00,«akid:oldandon»,false,N/A  ⟦?aws-key-id|inactive key id in an IAM key report⟧
"""),
    ("ops/leftovers/aws-credentials.b64", r"""
«b64:credini:leftover»  ⟦aws-b64|base64 of a whole credentials file⟧
"""),
    ("ops/leftovers/secret-describe.json", r"""
{"kind":"Secret","apiVersion":"v1","metadata":{"name":"bellows-legacy","annotations":{"kubectl.kubernetes.io/last-applied-configuration":"{\"stringData\":{\"credentials\":\"«jsonesc:jsonesc:credini:k8sleft»\"}}"}}}  ⟦aws-key-id|escaped credentials file in JSON-in-JSON⟧
"""),
    ("ops/leftovers/form-post.txt", r"""
POST /settings/integrations HTTP/1.1
Host: yard.ardentforge.com
Content-Type: application/x-www-form-urlencoded

provider=s3&bucket=af-yard-photos&region=us-east-2&secret_access_key=«pct:awssec:yardform»&save=1  ⟦aws-percent|percent-encoded secret in a form body⟧
"""),
    ("ops/leftovers/vendor-export-unicode.json", r"""
{"integration":"lpr-cloud-sync","awsSecretAccessKey":"«uesc:awssec:lprsync»","bucket":"af-yard-lpr"}  ⟦aws-secret|secret written as \u escapes⟧
"""),
    ("ops/leftovers/double-encoded.txt", r"""
# from the old kepware-bridge user data, base64 twice by the launch template tooling
«b64b64:awssec:kepold»  ⟦aws-b64|double base64 AWS secret⟧
"""),
    ("ops/leftovers/plc-gateway-eeprom.hex", r"""
# dump of the Pune S7 gateway's config block (offset 0x0400)
awsSecret=«hexenc:awssec:pnqgw»  ⟦aws-hex|hex-encoded AWS secret⟧
mqttHost=«hexenc:lit:mqtt.pnq.af.corp»  ⟪hex of a host name⟫
"""),
    ("ops/leftovers/session-cookie.txt", r"""
# copied from the browser while debugging the dealer portal SSO (2026-11-12)
Authorization: Bearer «jwt:dealer-admin»  ⟦jwt|bearer JWT pasted in a file⟧
"""),
    ("ops/sops/plant-secrets.enc.yaml", r"""
opcua:
    password: «sops:opcua»  ⟪SOPS value⟫
kepware:
    admin_password: «sops:kepware»  ⟪SOPS value⟫
sops:
    kms:
        - arn: arn:aws:kms:us-east-2:730164928357:key/«uuid:sopskms»
          created_at: "2026-10-02T09:14:51Z"
          enc: AQICAHh«b64k:120-sopskmsenc»  ⟪KMS data key⟫
    lastmodified: "2026-10-02T09:14:52Z"
    mac: ENC[AES256_GCM,data:«b64k:48-sopsmac»,iv:«b64k:32-sopsiv»,tag:«b64k:16-sopstag»,type:str]  ⟪SOPS MAC⟫
    version: 3.9.1
"""),
]
