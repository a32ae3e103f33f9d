"""Windows administration, SQL Server, AWS hybrid agents and network appliances (session 12 round 2, issue 17),
through the CLI.

1. SQL Server: CREATE/ALTER LOGIN ... PASSWORD = N'X' (also inside Invoke-Sqlcmd in UserData), OLD_PASSWORD,
   sp_addlinkedsrvlogin @rmtpassword (named and positional), sp_addlogin, sp_password; SSMS-scripted INSERT
   [dbo].[T] ([col], ...) VALUES (N'...') read by the dump reader; a 0x0200 login hash stays quiet;
2. SSIS: .dtsConfig ConfiguredValue of a Password property, SSISDB catalog @value / @parameter_value of a
   password-named variable, dtexec /DECRYPT and /De;
3. Windows deployment: SCCM/MDT $tsenv.Value("...Password"), Chocolatey source add -p= / apikey --key / push
   --api-key, Web Deploy SetParameters.xml, Azure DevOps variable-group JSON;
4. AWS SSM hybrid activation codes (create-activation output, amazon-ssm-agent -register -code,
   AmazonSSMAgentSetup.exe CODE=, $code = "...");
5. appliances: PAN-OS LUFRPT keys and XML SNMP communities, FortiOS snmp community names, NX-OS "role"/"group"
   tails, quoted tacacs/radius keys and SNMPv3 users, SolarWinds CSV passwords with parentheses, KeePass XML;
6. Splunk HEC tokens, ServiceDesk Plus technician keys (headers and key lists), CKAN "string:" secrets, psk-named
   tfvars, Python "password or 'X'" fallbacks, Terraform CloudFront custom_header values, Wi-Fi SSID key lists;
7. quiet: IIS [enc:...], Jenkins {AQAAAB...}, NetScaler -encrypted values, ASA "community *****", references.

Fixtures: tests/fixtures/s12r2_win_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r2_win_classes"

# (file under hit/, line) -> rule
HITS = {
    ("ado/portal-prod.json", 5): "variable-group-json-secret",
    ("ado/portal-prod.json", 7): "variable-group-json-secret",
    ("ado/portal-prod.json", 10): "variable-group-json-secret",
    ("choco/install-agents.ps1", 1): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 2): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 3): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 4): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 5): "chocolatey-source-credential",
    ("ckan/production.ini", 4): "generic-password-assignment",
    ("ckan/production.ini", 5): "ini-typed-string-secret",
    ("ckan/production.ini", 6): "ini-typed-string-secret",
    ("ckan/production.ini", 7): "generic-password-assignment",
    ("ckan/production.ini", 8): "postgres-uri-password",
    ("gis/publish.py", 3): "password-fallback-default",
    ("gis/publish.py", 4): "url-user-password-call",
    ("gis/publish.py", 5): "url-user-password-call",
    ("kp/keepass-export.xml", 9): "keepass-xml-password",
    ("kp/keepass-export.xml", 14): "keepass-xml-password",
    ("msdeploy/Portal.SetParameters.xml", 4): "webdeploy-setparameter-secret",
    ("msdeploy/Portal.SetParameters.xml", 5): "webdeploy-setparameter-secret",
    ("msdeploy/Portal.SetParameters.xml", 6): "connection-string-password",
    ("net/fgt.conf", 4): "network-os-plaintext-secret",
    ("net/fgt.conf", 10): "network-os-plaintext-secret",
    ("net/fgt.conf", 15): "fortios-snmp-community-name",
    ("net/nxos-core.cfg", 4): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 5): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 6): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 7): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 8): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 9): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 10): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 11): "snmpv3-user-auth-password",
    ("net/nxos-core.cfg", 11): "snmpv3-user-priv-password",
    ("net/pa-running.xml", 8): "appliance-xml-community-secret",
    ("net/paloalto.sh", 3): "panos-api-key",
    ("net/paloalto.sh", 5): "panos-api-key",
    ("net/solarwinds-snmpv3.csv", 2): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 2): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 3): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 3): "csv-password-column",
    ("sccm/Set-TSVariables.ps1", 3): "task-sequence-variable-password",
    ("sccm/Set-TSVariables.ps1", 4): "task-sequence-variable-password",
    ("sccm/Set-TSVariables.ps1", 5): "task-sequence-variable-password",
    ("sccm/customsettings.ini", 4): "generic-password-assignment",
    ("sccm/customsettings.ini", 5): "generic-password-assignment",
    ("sdp/bulk_close.py", 2): "servicedesk-plus-technician-key",
    ("sdp/bulk_close.py", 3): "servicedesk-plus-technician-key",
    ("sdp/close.ps1", 1): "servicedesk-plus-technician-key",
    ("sdp/technician-keys.txt", 2): "named-guid-key-list",
    ("sdp/technician-keys.txt", 3): "named-guid-key-list",
    ("splunk/apps/aws_inputs/local/inputs.conf", 8): "splunk-hec-token-setting",
    ("splunk/apps/aws_inputs/local/inputs.conf", 12): "splunk-hec-token-setting",
    ("splunk/outputs.conf", 2): "splunk-hec-token-setting",
    ("sql/accounts.sql", 2): "sql-dump-secret-column",
    ("sql/accounts.sql", 3): "sql-dump-secret-column",
    ("sql/accounts.sql", 4): "sql-dump-password-column",
    ("sql/agent-job.sql", 3): "dtexec-decrypt-password",
    ("sql/logins.sql", 3): "sql-user-password",
    ("sql/logins.sql", 4): "sql-user-password",
    ("sql/logins.sql", 6): "sql-user-password",
    ("sql/logins.sql", 7): "sql-user-password",
    ("sql/logins.sql", 7): "sql-user-password",
    ("sql/logins.sql", 8): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 9): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 10): "sql-user-password",
    ("sql/logins.sql", 11): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 12): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 13): "generic-password-assignment",
    ("sql/run-packages.cmd", 1): "dtexec-decrypt-password",
    ("sql/run-packages.cmd", 2): "dtexec-decrypt-password",
    ("sql/setup-ec2.yaml", 8): "sql-user-password",
    ("sql/setup-ec2.yaml", 9): "iac-userdata-secret",
    ("ssis/Payroll.dtsConfig", 7): "ssis-config-password",
    ("ssis/Payroll.dtsConfig", 10): "ssis-config-password",
    ("ssis/Payroll.dtsConfig", 13): "connection-string-password",
    ("ssis/env.sql", 7): "ssis-catalog-sensitive-value",
    ("ssis/env.sql", 9): "ssis-catalog-sensitive-value",
    ("ssm/activation.yaml", 3): "ssm-hybrid-activation-code",
    ("ssm/install.log", 1): "ssm-hybrid-activation-code",
    ("ssm/register.sh", 1): "ssm-hybrid-activation-code",
    ("ssm/register.sh", 2): "ssm-hybrid-activation-code",
    ("ssm/register.yaml", 5): "ssm-hybrid-activation-code",
    ("tf/cloudfront.tf", 7): "cdn-origin-custom-header-secret",
    ("tf/cloudfront.tf", 11): "cdn-origin-custom-header-secret",
    ("tf/prod.tfvars", 2): "iac-terraform-secret",
    ("tf/prod.tfvars", 3): "iac-terraform-secret",
    ("tf/prod.tfvars", 4): "iac-terraform-secret",
    ("tf/prod.tfvars", 5): "iac-terraform-secret",
    ("wifi/pollpad-wifi.txt", 2): "wifi-ssid-key-list",
    ("wifi/pollpad-wifi.txt", 3): "wifi-ssid-key-list",
    ("wifi/pollpad-wifi.txt", 4): "wifi-ssid-key-list",
}


def test_hits(tmp_path):
    root = FIX / "hit"
    _, found = scan_built_in(root, tmp_path)
    got = {}
    for f in found:
        for loc in f.get("locations") or [f]:
            key = (loc["path"].replace("\\", "/").split("hit/", 1)[-1], loc["line"])
            got.setdefault(key, set()).add(f["rule_id"])
    missing = {k: r for k, r in HITS.items() if r not in got.get(k, ())}
    assert not missing, missing


def test_clean(tmp_path):
    _, found = scan_built_in(FIX / "clean", tmp_path)
    # the bcrypt hash of the SQL INSERT stays a low finding (bcrypt-hash-in-dump: a crackable hash, not blocking)
    blocking = [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found if f["severity"] != "low"]
    assert not blocking, blocking
