"""Device configurations, whole-file credential formats and tables (session 12, issue 17), through the CLI.

1. Cisco IOS/ASA: type 7 (reversible) passwords and keys, clear (type 0) keys of AAA server blocks, key chains,
   NTP, OSPF, BGP, IKE, Wi-Fi, SNMPv3; hashes (type 5/6/8/9, ASA "encrypted") stay quiet;
2. Junos "$9$" (reversible) and plain-text-password-value, FortiOS clear "set psksecret/passwd" (never "ENC"),
   HPE/Aruba "plaintext", pfSense config.xml elements;
3. "key value" daemon configs (Mosquitto remote_password), SEL relay access-level passwords (not the factory
   defaults), .reg exports (VNC hex password, Winlogon DefaultPassword), iRODS .irodsA;
4. whole-file formats: OpenVPN auth-user-pass, one-line password files, rsyncd.secrets, chap-secrets, davfs2;
5. tables: a Markdown key/value row, an HTML table's password column, CSV/SQL secret columns (client_secret,
   update_key, a COPY block's secret column), a credentials table's machine-drawn key with no column list.

Fixtures: tests/fixtures/s12_devconf_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from credgate.iac import credfiles, csvtable, doctable, sqldump
from tests.helpers import findings_by_line, scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12_devconf_classes"

# (file under hit/, line) -> (rule, secret)
HITS = {
    ("net/edge-rtr02.cfg", 4): ("cisco-type7-password", "045802150C2E1D1C5A"),
    ("net/edge-rtr02.cfg", 5): ("network-device-clear-key", "Qw7Er9Ty"),
    ("net/edge-rtr02.cfg", 8): ("network-device-clear-key", "Hollow7Brook"),
    ("net/edge-rtr02.cfg", 10): ("cisco-type7-block-key", "104D000A0618"),
    ("net/edge-rtr02.cfg", 11): ("network-device-clear-key", "Tv9Wq3Lz7"),
    ("net/edge-rtr02.cfg", 14): ("network-device-clear-key", "Rq5Pn8Lx2W"),
    ("net/edge-rtr02.cfg", 16): ("network-device-clear-key", "Jp4Rt7Nv2"),
    ("net/edge-rtr02.cfg", 18): ("network-device-clear-key", "Zk8Hw3Tp5"),
    ("net/edge-rtr02.cfg", 19): ("network-device-clear-key", "Mx2Vb7Nc4Q"),
    ("net/edge-rtr02.cfg", 20): ("network-device-clear-key", "Au7hKey2Qz"),
    ("net/edge-rtr02.cfg", 21): ("network-device-clear-key", "Asa-Psk-4Kz9"),
    ("net/edge-rtr02.cfg", 22): ("network-device-clear-key", "Warehouse-WiFi-Kx7"),
    ("net/mx-core.conf", 6): ("junos-reversible-secret", "$9$Hq.5F69pBIcSe8XNdk.mfTznCtp0IRhrl"),
    ("net/mx-core.conf", 11): ("network-os-plaintext-secret", "Jn0sPlain7"),
    ("net/fgt-branch.conf", 8): ("network-os-plaintext-secret", "Fg7PlainPsk9"),
    ("net/fgt-branch.conf", 13): ("network-os-plaintext-secret", "Fort1Local8"),
    ("net/aruba-2930.cfg", 2): ("network-os-plaintext-secret", "Ar7ubaMgr9"),
    ("net/aruba-2930.cfg", 3): ("network-os-plaintext-secret", "Tac7Pl4in"),
    ("net/pfsense/config.xml", 3): ("firewall-config-xml-secret", "PfS3nsePsk9"),
    ("net/pfsense/config.xml", 4): ("firewall-config-xml-secret", "LdapB1nd8"),
    ("mqtt/bridge.conf", 4): ("conf-whitespace-secret", "rivet82q"),
    ("ot/relay-sel751-f7.txt", 3): ("sel-relay-access-password", "QK3VTRPM"),
    ("ot/relay-sel751-f7.txt", 4): ("sel-relay-access-password", "W7NBXL"),
    ("ot/dnp3-outstations.csv", 2): ("csv-secret-column", "5C1E9A07B3D24F68A0E7C31B9D4F2A86"),
    ("win/vnc-export.reg", 4): ("windows-registry-export-password", "hex:3b,91,c2,5e,07,da,44,18"),
    ("win/autologon.reg", 6): ("windows-registry-export-password", "Fl33tTab#22"),
    ("home/.irods/.irodsA", 1): ("irods-scrambled-password-file", "Ujq4Tb8wLx2NcR7vPz3KmS9e"),
    ("vpn/creds.txt", 2): ("credential-file-password", "Quarry2291x"),
    ("secrets/db_password.txt", 1): ("credential-file-password", "Hv3rLw8qTz2x"),
    ("etc/rsyncd.secrets", 1): ("credential-file-password", "Rs7ncPw9x"),
    ("etc/ppp/chap-secrets", 2): ("credential-file-password", "Chap7Sec9"),
    ("etc/davfs2/secrets", 1): ("davfs2-secrets-password", "Dav7Pw9xQ"),
    ("docs/dmz-access.html", 5): ("doc-table-password", "Turb1n3%58"),
    ("docs/uploader-onboarding.md", 6): ("doc-table-password", "K3str3l!58"),
    ("data/idp-apps.csv", 2): ("csv-secret-column", "Xq7vLm2RtK9wZp4NcB8sYd3FhJ6gTa1UeW5oQi0E"),
    ("data/lims.sql", 3): ("sql-dump-secret-column", "7E2B9C41D05A8F36B1C4E9D27A60F358"),
    ("data/lims.sql", 4): ("sql-dump-secret-column", "HQ4YKZ9"),
    ("data/portal.sql", 2): ("sql-dump-secret-column", "9mZq2LwX7vKc4RtN8pBs3YhD6fGj1QeA5uTo0WiE"),
    # round 2: line vty/con passwords, HPE Comware/Huawei "simple", PAN-OS and Junos set commands, SNMP trap
    # communities, NUT, APC, NTP keys, pppd peers, stunnel PSK, DNP3 XML
    ("net/access-sw.cfg", 2): ("network-device-clear-key", "Con7Pass9"),
    ("net/access-sw.cfg", 4): ("cisco-type7-password", "0822455D0A16"),
    ("net/access-sw.cfg", 6): ("snmp-community-setting", "Cm7Qx2Vb9"),
    ("net/comware-sw.cfg", 2): ("network-device-clear-key", "H3c7Simple9"),
    ("net/comware-sw.cfg", 4): ("network-device-clear-key", "H3c8Key2x"),
    ("net/comware-sw.cfg", 6): ("network-device-clear-key", "Hw7Psk9xQ"),
    ("net/set-commands.txt", 1): ("network-os-plaintext-secret", "Pan7Psk9xQ"),
    ("net/set-commands.txt", 2): ("snmp-community-setting", "Jn7CommStr9"),
    ("ups/upsmon.conf", 1): ("nut-upsmon-password", "Nut7Mon9x"),
    ("ups/apc-nmc.ini", 2): ("snmp-community-key-value", "Apc8Comm3"),
    ("etc/ntp.keys", 1): ("ntp-symmetric-key-file", "Ntp7Key9xQ"),
    ("etc/ntp.keys", 2): ("ntp-symmetric-key-file", "5a8f2c9e1b7d3f6a5c0e8b2d4f1a7c9e12345678"),
    ("etc/ppp/peers/isp", 2): ("credential-file-password", "Ppp7Peer9"),
    ("etc/ppp/options", 3): ("ppp-peer-password", "Opt7Ppp9x"),
    ("etc/stunnel/psk.txt", 1): ("credential-file-password", "4a8f2c9e1b7d3f6a5c0e8b2d4f1a7c9e"),
    ("ot/dnp3-master.xml", 3): ("dnp3-sav5-update-key", "9D4F2A865C1E9A07B3D24F68A0E7C31B"),
    ("docs/jira-wiki.txt", 4): ("doc-table-password", "Turb1n3%77"),
    ("docs/no-pipes.md", 3): ("doc-table-password", "Kx8#vLq2Tz"),
    # an inline <auth-user-pass> block: the password line only (its user line is no generic "pass>" value)
    ("vpn/tablet.ovpn", 7): ("openvpn-inline-auth-user-pass", "Kiln5518q"),
    ("net/wlc-5520.txt", 1): ("network-device-clear-key", "Wlc7Psk9xQ"),
    ("net/wlc-5520.txt", 2): ("network-device-clear-key", "Wlc8Rad2x"),
    ("net/aos-cx.cfg", 1): ("network-os-plaintext-secret", "Cx7Aos9q"),
}


def test_device_configs_files_and_tables_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = findings_by_line(found, root)
    missing = sorted(set(HITS) - set(got))
    assert not missing, missing
    for where, (rule, secret) in HITS.items():
        f = got[where]
        assert (f["rule_id"], f["secret"]) == (rule, secret), (where, f["rule_id"], f["secret"])
        assert f["severity"] in ("medium", "high"), (where, f["severity"])  # every one blocks at medium
    extra = sorted(set(got) - set(HITS))
    assert not extra, [(w, got[w]["rule_id"], got[w]["secret"]) for w in extra]
    assert code == 1


def test_hashes_ciphertext_defaults_and_look_alikes_stay_quiet(tmp_path: Path) -> None:
    """Cisco type 5/6/9 and ASA "encrypted", FortiOS ENC, a key chain's key number, SEL factory defaults, an
    empty VNC password, an API parameter table's types, notes and masks in table cells, key ids and hints
    beside secret columns, a non-credential table's token, a two-line README, an example password file."""
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_line_rules_agree_under_both_matchers(tmp_path: Path) -> None:
    """The hyperscan database of every rule and the pure-Python matcher find the same lines (a "(?m)^[ \\t]*"
    start lost matches in the full hyperscan database: devices.toml starts its line rules "(?:^|[\\r\\n])")."""
    import os

    root = FIX / "hit"
    seen = {}
    for matcher in ("python", "auto"):
        old = os.environ.get("CREDGATE_MATCHER")
        os.environ["CREDGATE_MATCHER"] = matcher
        try:
            _code, found = scan_built_in(root, tmp_path)
        finally:
            if old is None:
                os.environ.pop("CREDGATE_MATCHER", None)
            else:
                os.environ["CREDGATE_MATCHER"] = old
        seen[matcher] = set(findings_by_line(found, root))
    assert seen["python"] == seen["auto"], seen["python"] ^ seen["auto"]


def test_secret_column_names() -> None:
    for col in ("client_secret", "secret", "api_key", "apikey", "update_key", "access_token", "webhook_secret",
                "psk", "pre_shared_key", "refresh_token", "signing_key", "token"):
        assert sqldump.secret_column(csvtable.column_name(col)), col
    for col in ("key_id", "token_type", "api_key_last4", "secret_name", "client_secret_expires_at", "key",
                "secret_arn", "token_url", "password", "api_key_hint", "has_token"):
        assert not sqldump.secret_column(csvtable.column_name(col)), col
    # a hex key in a key column is the key (in a password column it is read as a digest)
    assert sqldump.secret_cell_problem("5C1E9A07B3D24F68A0E7C31B9D4F2A86", "update_key") is None
    assert sqldump.secret_cell_problem("abc123", "api_key")  # too short for a key
    assert sqldump.secret_cell_problem("${API_KEY}", "api_key")


def test_credential_file_kinds_by_name() -> None:
    assert credfiles.kind("ops/vpn/creds.txt", 30) == "pair"
    assert credfiles.kind("openvpn/auth.txt", 30) == "pair"
    assert credfiles.kind("secrets/db_password.txt", 13) == "password-file"
    assert credfiles.kind("run/secrets/postgres-password", 13) == "password-file"
    assert credfiles.kind("etc/rsyncd.secrets", 20) == "rsyncd"
    assert credfiles.kind("etc/ppp/chap-secrets", 20) == "chap-secrets"
    assert credfiles.kind("secrets/db_password.txt.example", 13) is None
    assert credfiles.kind("src/app.py", 30) is None
    assert credfiles.kind("vpn/creds.txt", 10 ** 6) is None
    # a two-line file whose second line holds words is not a login file
    assert list(credfiles.credential_file_hits("ops-team\nask the NOC\n", "vpn/creds.txt")) == []


def test_doc_table_reads_rows_and_columns() -> None:
    md = "| Field | Value |\n|---|---|\n| Admin password | Rk8!vQ2mLp |\n| Password policy | 14chars |\n"
    assert [h.secret for h in doctable.doc_table_hits(md)] == ["Rk8!vQ2mLp"]
    # a parameter table's type column is not a value column
    md = "| Name | Type |\n|---|---|\n| password | Kw8vTq2LzRx9 |\n"
    assert list(doctable.doc_table_hits(md)) == []
    html = ("<table><tr><th>User</th><th>API key</th></tr>"
            "<tr><td>svc</td><td><code>Zp4Nc8sYd3FhJ6gTa1Ue</code></td></tr></table>")
    assert [h.secret for h in doctable.doc_table_hits(html)] == ["Zp4Nc8sYd3FhJ6gTa1Ue"]
