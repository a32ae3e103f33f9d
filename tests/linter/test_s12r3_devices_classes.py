"""Building-management, hotel and site-device credentials (session 12 round 3, issue 17), through the CLI.

1. BMS XML name/value properties: Niagara .bog <p n="password" v="X"/> and <p n="brokerPassword" v="X"/>,
   EcoStruxure <PI Name="Password" Value="X"/> and <Property Name="...Password" Value="X"/>;
2. gateway CLIs: Nomadix 'admin user "U" password X' and 'radius server N IP [PORT] secret X', Ruckus SmartZone
   'encryption wpa2 passphrase X', Aruba IAP 'wpa-passphrase X';
3. an indented Cisco ' key 7 <hex>' (and ' pac key 7') after another indented server-block line;
4. logs: FreeRADIUS 'Login incorrect (...): [user/pw]' and 'Login OK: [user/pw]', Opera FIAS 'LD|...|PW<pw>|';
5. notes: a TeamViewer / AnyDesk ID with its unattended password;
6. quiet: Niagara pbkdf2 hashes, masks, references, FreeRADIUS '<via Auth-Type = EAP>', AnyDesk system.conf
   pwd/pwd_hash/salt (salted SHA-256 hashes), an unattend.xml <PlainText>false</PlainText> value whose decoded
   password is a placeholder (validators.unattend_value; a real one is still reported).

Fixtures: tests/fixtures/s12r3_devices_classes/{hit,clean} (synthetic values), scanned with an empty config.
"""
from __future__ import annotations

from pathlib import Path

from tests.helpers import scan_built_in

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "s12r3_devices_classes"

# (file under hit/, line, secret) -> rule
HITS = {
    ("bms/ebo-export.xml", 6, "7hQz%Lw2vRk9_Tp"): "bms-xml-named-password-property",
    ("bms/ebo-export.xml", 8, "Crs4n#Mail8"): "bms-xml-named-password-property",
    ("bms/station.bog", 6, "Qk7#bmsTr42"): "bms-xml-named-password-property",
    ("bms/station.bog", 10, "Mq8!brkWz5"): "bms-xml-named-password-property",
    ("logs/fias-bridge.log", 1, "Q7ZK48"): "fias-pms-password-field",
    ("logs/radius.log", 1, "Lobby2031"): "radius-log-user-password",
    ("logs/radius.log", 2, "Sunset#77"): "radius-log-user-password",
    ("net/core-sw.txt", 5, "0822455D0A165E1F0B"): "cisco-type7-block-key",
    ("net/core-sw.txt", 9, "104D000A0618120C"): "cisco-type7-block-key",
    ("notes/remote.txt", 1, "9wr7KmQx"): "remote-access-id-password",
    ("notes/remote.txt", 2, "4Tz8pLqN2"): "remote-access-id-password",
    ("notes/remote.txt", 3, "Kq7#vLx2"): "remote-access-id-password",
    ("wifi/nomadix.cfg", 3, "K8V2QW7P"): "gateway-cli-user-password",
    ("wifi/nomadix.cfg", 4, "LagoonHarbor61"): "gateway-cli-user-password",
    ("wifi/nomadix.cfg", 5, "LagoonHarbor62"): "gateway-cli-user-password",
    ("wifi/sz-backup.txt", 4, "CoralTerrace29"): "gateway-cli-user-password",
    ("wifi/sz-backup.txt", 7, "Ops7#Reef42"): "gateway-cli-user-password",
    ("win/unattend.xml", 4, "QwB2AGgAIwAxAFAAYQBzAHMAdwBvAHIAZAA="): "windows-unattend-password",
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
    assert not [(f["path"], f["line"], f["rule_id"], f["secret"]) for f in found], found
