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

# (file under hit/, line, secret) -> rule
HITS = {
    ("ado/portal-prod.json", 5, "g4Q9tsfOCxUt#KIUW%Zy=7m"): "variable-group-json-secret",
    ("ado/portal-prod.json", 7, "Zq8RkW2mXv5NcL7p"): "variable-group-json-secret",
    ("ado/portal-prod.json", 10, "TWNA1"): "variable-group-json-secret",
    ("choco/config.ps1", 1, "Prx7#chQz2"): "chocolatey-source-credential",
    ("choco/config.ps1", 2, "Prx8!chWx3"): "config-set-secret-value",
    ("choco/install-agents.ps1", 1, "quill48"): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 2, "Nx7!pQ2w"): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 3, "5d1c9a3e-7b24-4f68-9e0a-2c6b8d4f1a37"): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 4, "8e2f4a6c-1d3b-4c5e-9f7a-0b2d4e6f8a1c"): "chocolatey-source-credential",
    ("choco/install-agents.ps1", 5, "3a5c7e9b-2d4f-4a6b-8c0e-1f3a5c7e9b2d"): "chocolatey-source-credential",
    ("ckan/production.ini", 4, "Kq8vLm2RtX9wZp4NcB7sYd3F"): "generic-password-assignment",
    ("ckan/production.ini", 5, "SqtlUoZJmk7u4XrwU/eCOqJklZKnSBc8einiIrcBlZQ="): "ini-typed-string-secret",
    ("ckan/production.ini", 6, "SqtlUoZJmk7u4XrwU/eCOqJklZKnSBc8einiIrcBlZQ="): "ini-typed-string-secret",
    ("ckan/production.ini", 7, "Wt7fCsrfQ2xLm9Vb"): "generic-password-assignment",
    ("ckan/production.ini", 8, "Dw8#kLqZ"): "postgres-uri-password",
    ("gis/publish.py", 3, "Canyon2026!"): "password-fallback-default",
    ("gis/publish.py", 4, "Pub7#mapQ"): "url-user-password-call",
    ("gis/publish.py", 5, "Gis8!adminZ"): "url-user-password-call",
    ("gis/sde.py", 1, "Sde7#gisQz"): "arcgis-database-connection-password",
    ("kp/keepass-export.xml", 9, "QRM28K9"): "keepass-xml-password",
    ("kp/keepass-export.xml", 14, "k7HgLuxPg4taYkiLrW"): "keepass-xml-password",
    ("msdeploy/Portal.SetParameters.xml", 4, "canyon-depot-73"): "webdeploy-setparameter-secret",
    ("msdeploy/Portal.SetParameters.xml", 5, "M4il!rLy9"): "webdeploy-setparameter-secret",
    ("msdeploy/Portal.SetParameters.xml", 6, "Wb8#qLz3"): "connection-string-password",
    ("net/fgt.conf", 4, "Hd7#kQz2Wm"): "network-os-plaintext-secret",
    ("net/fgt.conf", 10, "Anx7Psk9Qw"): "network-os-plaintext-secret",
    ("net/fgt.conf", 15, "Twn2024x"): "fortios-snmp-community-name",
    ("net/nxos-core.cfg", 4, "Twn2026!"): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 5, "Aud7#kQz"): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 6, "3MQTMXFAZIS3VC58"): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 7, "Pz7QwLm3Xk"): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 8, "Rd8KpLm2Qx"): "network-device-quoted-server-key",
    ("net/nxos-core.cfg", 9, "M6xgYiz3OV2ZQ9"): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 10, "Rq4TnW8zLp"): "network-device-plaintext-password",
    ("net/nxos-core.cfg", 11, "Snm7Auth9x"): "snmpv3-user-auth-password",
    ("net/nxos-core.cfg", 11, "Snm7Priv9x"): "snmpv3-user-priv-password",
    ("net/orion.py", 1, "Or7#swisQz2"): "orion-swis-client-password",
    ("net/pa-running.xml", 8, "PAWN7x"): "appliance-xml-community-secret",
    ("net/pa-set.txt", 1, "Pw7snmpQz2"): "panos-set-snmp-community",
    ("net/paloalto.sh", 3, "LUFRPTzq8Jdlv84ZL3xJ7YoFmbrfNFAvwwwiyczVCfjzMv1okEq/Mb/+ZgRwhF/mWs2r7zYHmpCCOnK7+ldhVv47s84s=="): "panos-api-key",
    ("net/paloalto.sh", 5, "LUFRPT14MW5xOEo1R09KVlBZNnpnemh0VHRBOWl6TGM9bXcwM3JtTzVwa3ZHc1dKSU5QdGpVZz09"): "panos-api-key",
    ("net/solarwinds-snmpv3.csv", 2, "Z(xM9AJYyk4HP_zU9_aRYL)ZuWQ"): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 2, "e8.A3!rM8sebf=2(bpNy7"): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 3, "Rt7#monAuthQ2"): "csv-password-column",
    ("net/solarwinds-snmpv3.csv", 3, "Rt7#monPrivW4"): "csv-password-column",
    ("sccm/Set-TSVariables.ps1", 3, "svcJ0in2024$"): "task-sequence-variable-password",
    ("sccm/Set-TSVariables.ps1", 4, "L0cal!Adm7"): "task-sequence-variable-password",
    ("sccm/Set-TSVariables.ps1", 5, "Dj7#kQz2"): "task-sequence-variable-password",
    ("sccm/customsettings.ini", 4, "Mdt7!Join9"): "generic-password-assignment",
    ("sccm/customsettings.ini", 5, "LocAdm#42x"): "generic-password-assignment",
    ("sdp/bulk_close.py", 2, "88AFFCD7-19E4-4715-9B66-A74F257AB6C1"): "servicedesk-plus-technician-key",
    ("sdp/bulk_close.py", 3, "2F6B9D1E-4A7C-4E3F-8B5D-0C2E4A6B8D1F"): "servicedesk-plus-technician-key",
    ("sdp/close.ps1", 1, "5A7C9E1B-3D5F-4A7B-9C1D-2E4F6A8B0C3D"): "servicedesk-plus-technician-key",
    ("sdp/technician-keys.txt", 2, "2CC529BB-7820-4FF0-A30F-423993383779"): "named-guid-key-list",
    ("sdp/technician-keys.txt", 3, "686C745F-CE04-4982-99EE-EC43982D81C9"): "named-guid-key-list",
    ("splunk/apps/aws_inputs/local/inputs.conf", 8, "7c2e5a91-3b4d-4f6e-8a0c-1d3f5b7e9a2c"): "splunk-hec-token-setting",
    ("splunk/apps/aws_inputs/local/inputs.conf", 12, "9e4a6c8b-2d1f-4e3a-b5c7-0f2e4a6c8b1d"): "splunk-hec-token-setting",
    ("splunk/outputs.conf", 2, "4b6d8f0a-3c5e-4a7b-9d1f-2e4a6c8b0d3f"): "splunk-hec-token-setting",
    ("sql/accounts.sql", 2, "Rk2mWq9ZtLx4VbN8sYcH"): "sql-dump-secret-column",
    ("sql/accounts.sql", 3, "TOWN2024"): "sql-dump-secret-column",
    ("sql/accounts.sql", 4, "Gq5#nLv8"): "sql-dump-password-column",
    ("sql/agent-job.sql", 3, "harbor-ledger-41"): "dtexec-decrypt-password",
    ("sql/logins.sql", 3, "Wint3r2019*"): "tsql-national-string-password",
    ("sql/logins.sql", 4, "Summ3r2023!"): "tsql-national-string-password",
    ("sql/logins.sql", 6, "Kq7v!mR2wz"): "sql-user-password",
    ("sql/logins.sql", 7, "Nv8#pLq2Tx"): "tsql-national-string-password",
    ("sql/logins.sql", 7, "Rt5$kWm9Qz"): "tsql-national-string-password",
    ("sql/logins.sql", 8, "Q7T2KXW"): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 9, "Lnk9#rPx4"): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 10, "Pz4!vNq8Lm"): "sql-user-password",
    ("sql/logins.sql", 11, "Leg4cy#Pw7"): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 12, "Np3$wRt8Kv"): "sqlserver-proc-password-argument",
    ("sql/logins.sql", 13, "Sc7!qWz2Rv9"): "generic-password-assignment",
    ("sql/logins.sql", 14, "Pvk8!rTq3Zm"): "tsql-national-string-password",
    ("sql/logins.sql", 15, "Dbm7#lQz2x"): "tsql-national-string-password",
    ("sql/run-packages.cmd", 1, "vault-ridge-27"): "dtexec-decrypt-password",
    ("sql/run-packages.cmd", 2, "Tr4nsit#88"): "dtexec-decrypt-password",
    ("sql/setup-ec2.yaml", 8, "Hy7#Lq2+Wm9Zt4Xk"): "tsql-national-string-password",
    ("sql/setup-ec2.yaml", 9, "Bt6!zQm3Vr"): "iac-userdata-secret",
    ("ssdt/Munis.publish.xml", 4, "Etl7#pubQz2"): "sqlcmd-variable-password",
    ("ssdt/deploy.cmd", 1, "Md7#depQz2"): "generic-password-assignment",
    ("ssdt/deploy.cmd", 2, "Sq8!varWx3"): "generic-password-assignment",
    ("ssdt/deploy.sql", 1, "Sv7#cmdQz2"): "sqlcmd-variable-password",
    ("ssdt/deploy.sql", 2, "Rp8!setWx3"): "sqlcmd-variable-password",
    ("ssis/Payroll.dtsConfig", 7, "PAYR#"): "ssis-config-password",
    ("ssis/Payroll.dtsConfig", 10, "Ftp7zQ9w"): "ssis-config-password",
    ("ssis/Payroll.dtsConfig", 13, "Cs9!rTq2"): "connection-string-password",
    ("ssis/env.sql", 7, "LEDG#7"): "ssis-catalog-sensitive-value",
    ("ssis/env.sql", 9, "Sf7!kQ2x"): "ssis-catalog-sensitive-value",
    ("ssm/activation.yaml", 3, "7qx+vrvsW/3noVqj4wnh"): "ssm-hybrid-activation-code",
    ("ssm/install.log", 1, "19GsZtHe6J5YfZmf5Okn"): "ssm-hybrid-activation-code",
    ("ssm/register.sh", 1, "Kp3mN8qRt2VwXy5Zb7Lc"): "ssm-hybrid-activation-code",
    ("ssm/register.sh", 2, "Qw4eRt6yUi8oPa1sDf3g"): "ssm-hybrid-activation-code",
    ("ssm/register.sh", 3, "Mq3nR8tW2vXy5Zb7LcKp"): "ssm-hybrid-activation-code",
    ("ssm/register.yaml", 5, "19GsZtHe6J5YfZmf5Okn"): "ssm-hybrid-activation-code",
    ("tf/cloudfront.tf", 7, "WZkLRdRVS2z49SslovVWYEbyz0N3Cg5q"): "cdn-origin-custom-header-secret",
    ("tf/cloudfront.tf", 11, "Kx7mQ2wRt9LpZv4NbC8s"): "cdn-origin-custom-header-secret",
    ("tf/prod.tfvars", 2, "badge-canyon-62"): "iac-terraform-secret",
    ("tf/prod.tfvars", 3, "depot-harbor-52"): "iac-terraform-secret",
    ("tf/prod.tfvars", 4, "Tn1Psk7qWzX"): "iac-terraform-secret",
    ("tf/prod.tfvars", 5, "Ipsec7PskQw9"): "iac-terraform-secret",
    ("wifi/pollpad-wifi.txt", 2, "bridge-parcel-57"): "wifi-ssid-key-list",
    ("wifi/pollpad-wifi.txt", 3, "bridge-dispatch-85"): "wifi-ssid-key-list",
    ("wifi/pollpad-wifi.txt", 4, "kiosk-lantern-44"): "wifi-ssid-key-list",
}


def test_hits(tmp_path):
    _, found = scan_built_in(FIX / "hit", tmp_path)
    got = {}
    for f in found:
        for loc in f.get("locations") or [f]:
            key = (loc["path"].replace("\\", "/").split("hit/", 1)[-1], loc["line"], f["secret"])
            got.setdefault(key, set()).add(f["rule_id"])
    missing = {k: r for k, r in HITS.items() if r not in got.get(k, ())}
    assert not missing, missing


def test_clean(tmp_path):
    _, found = scan_built_in(FIX / "clean", tmp_path)
    # the bcrypt hash of the SQL INSERT stays a low finding (bcrypt-hash-in-dump: a crackable hash, not blocking)
    blocking = [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found if f["severity"] != "low"]
    assert not blocking, blocking


def test_psk_names_are_secret_slots():
    from credgate.iac import names

    for name in ("vpn_psk_tunnel1", "tunnel2_psk", "wpa_psk", "IpsecPsk"):
        assert names.is_secret_name(name), name
    for name in ("psk_identity", "psk_enabled", "PskLength", "vpn_psk_arn"):
        assert not names.is_secret_name(name), name
