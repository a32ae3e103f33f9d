"""Network device and AAA configuration (session 15 round 2, the fresh21 telecom misses), through the CLI.

Spellings of other industries (a hospital, a retailer, a university, a plant, a clinic, a bank): radsecproxy
"secret X" with "=" and "#" inside the value; tac_plus "key = X" and "login = cleartext X"; an AAA server line
"tacacs server H secret X", a CMTS "cable shared-secret 0 X", a Nokia command echoed after "#"; Calix "snmp v2
community X ro", Huawei "snmp-agent community read simple X", snmptrapd "authCommunity", a Junos "community X {"
block, LibreNMS/Observium config.php, a Helm list under "communities:"; RANCID .cloginrc (login and enable);
DOCSIS/PacketCable SnmpMibObject; a TR-069 GenieACS declare(); Oxidized "vars: enable:" and OXIDIZED_ENABLE;
Terragrunt snmpv3_priv; Yealink admin:X; AudioCodes INI Account rows; Junos set commands in an Ansible lines list.
Clean: a vendor default whose password is its user name (username craft password craft), type 7, Huawei cipher,
Nokia hash2, templates, protocol names and references.

Fixtures: tests/fixtures/s15r2_netdev/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s15r2_netdev"

# (file under hit/, line, rule, secret)
HITS = {
    ("hospital/radius/radsecproxy.conf", 4, "radius-secret-line", "Wd7=Kq2)Lx#9pRz!4v"),
    ("hospital/tacacs/tac_plus.conf", 1, "tacplus-daemon-key", "Hs8%Tq3^Wx6!Lp2z"),
    ("hospital/tacacs/tac_plus.conf", 3, "tacplus-clear-key", "Bm4d!Ro7"),
    ("retail/net/store-edge.cfg", 2, "aaa-server-clear-secret", "Rt5^Qw8(Zx3%Lm"),
    ("retail/net/store-edge.cfg", 3, "snmp-community-device-line", "storeRO48"),
    ("retail/net/store-edge.cfg", 4, "snmp-community-device-line", "Hw5Shelf8q"),
    ("retail/net/store-edge.cfg", 5, "aaa-server-clear-secret", "Cm7!Dq2.Nz5^Hp"),
    ("retail/net/store-edge.cfg", 6, "aaa-server-clear-secret", "Ps4=_Lk8(Qt2+"),
    ("retail/rancid/.cloginrc", 2, "rancid-cloginrc-password", "Sr7c!Kq2Lx"),
    ("retail/rancid/.cloginrc", 2, "rancid-cloginrc-enable-password", "En5b8Wq"),
    ("retail/rancid/.cloginrc", 3, "rancid-cloginrc-password", "Dc4Lg9Vz"),
    ("uni/snmp/snmptrapd.conf", 1, "snmp-community-device-line", "campusTrap61"),
    ("uni/librenms/config.php", 2, "librenms-snmp-credential", "campusRO52"),
    ("uni/librenms/config.php", 3, "librenms-snmp-credential", "Lb7Auth2Qx9w"),
    ("uni/helm/values.yaml", 4, "snmp-community-yaml-list", "labPoll73"),
    ("plant/cmts/modem-basic.cfg", 4, "docsis-snmp-mib-secret", "PlcMdm7Qx2"),
    ("plant/cmts/modem-basic.cfg", 5, "docsis-snmp-mib-secret", "Ft4Dig8Pwz"),
    ("plant/acs/inform.js", 2, "tr069-parameter-password", "Pl7Crq2Xw9"),
    ("plant/oxidized/config", 4, "oxidized-vars-enable", "Ox4Pl7nt"),
    ("plant/tf/oxidized.nomad.hcl", 5, "netops-enable-secret", "Nm6Ena3Qx"),
    ("plant/tf/terragrunt.hcl", 3, "snmpv3-auth-priv-setting", "Pv9*Kq2^Lz7x"),
    ("clinic/voice/0015651234ab.cfg", 2, "voip-phone-admin-credential", "Cl9Ph4ne"),
    ("clinic/voice/mediant.ini", 3, "audiocodes-ini-account-password", "Ck8Sip3Wq2x"),
    ("bank/ansible/bgp.yml", 4, "device-cli-command-secret", "Bk7Md5Lq2Zx9"),
    ("bank/junos/edge.conf", 2, "snmp-community-block", "Bnk4Comm9x"),
}


def _rows(found: list, root: Path) -> set:
    out = set()
    for f in found:
        for loc in f.get("locations") or [f]:
            rel = loc["path"].replace("\\", "/").split(f"{root.name}/", 1)[-1]
            out.add((rel, loc["line"], f["rule_id"], f["secret"]))
            assert f["severity"] in ("medium", "high"), (rel, f["rule_id"], f["severity"])
    return out


def test_network_device_classes_are_reported(tmp_path: Path) -> None:
    root = FIX / "hit"
    code, found = scan_built_in(root, tmp_path)
    got = _rows(found, root)
    missing = sorted(HITS - got)
    assert not missing, missing
    extra = sorted(got - HITS)
    assert not extra, extra
    assert code == 1


def test_defaults_hashes_and_references_stay_quiet(tmp_path: Path) -> None:
    code, found = scan_built_in(FIX / "clean", tmp_path)
    assert found == [], [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found]
    assert code == 0


def test_device_user_default() -> None:
    from credgate.linter.filters import device_user_default

    data = b"username craft password craft\nusername admin password Qz7Lw2Kx\n"
    assert device_user_default(data, data.index(b"craft\n"), "craft")
    at = data.index(b"Qz7")
    assert device_user_default(data, at, "Qz7Lw2Kx") is None
